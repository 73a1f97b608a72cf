"""Blind set DP: casinos and gaming venues.

Slot management and player-tracking systems, loyalty programs, cage and cashless wallets,
sportsbook feeds and odds APIs, surveillance and VMS, hotel PMS integration, compliance reporting
to regulators, KYC/AML vendors, and the ops around them; and their decoys. Generated fakes only,
drawn from seeds 1130000-1139999 (the venues, hosts and people are made up).
"""
from __future__ import annotations

import base64
import random
import string
import uuid
from typing import List, Optional

from tests.accuracy.labelled import LabelledCase

ALNUM = string.ascii_letters + string.digits
HEX = "0123456789abcdef"
B64 = ALNUM + "+/"
SEED_LOW, SEED_HIGH = 1130000, 1139999
_SEED = [SEED_LOW]

CASES: List[LabelledCase] = []


def _rng() -> random.Random:
    _SEED[0] += 7
    assert SEED_LOW <= _SEED[0] <= SEED_HIGH, _SEED[0]
    return random.Random(_SEED[0])


def chars(n: int, alphabet: str = ALNUM) -> str:
    r = _rng()
    return "".join(r.choice(alphabet) for _ in range(n))


def mixed(n: int, alphabet: str = ALNUM) -> str:
    """As services issue tokens: both cases and a digit (a bounded number of redraws)."""
    r = _rng()
    value = ""
    for _ in range(50):
        value = "".join(r.choice(alphabet) for _ in range(n))
        if any(c.isdigit() for c in value) and any(c.isupper() for c in value) and any(c.islower() for c in value):
            break
    return value


def hexs(n: int, upper: bool = False) -> str:
    value = chars(n, HEX)
    return value.upper() if upper else value


def b64bytes(n: int) -> str:
    r = _rng()
    return base64.b64encode(bytes(r.getrandbits(8) for _ in range(n))).decode()


def b64(text: str) -> str:
    return base64.b64encode(text.encode()).decode()


def uuid4() -> str:
    return str(uuid.UUID(int=_rng().getrandbits(128), version=4))


WORDS = ["Jackpot", "Baccarat", "Roulette", "Croupier", "Mesa", "Tidewater", "Pitboss", "Keno", "Highroller",
         "Craps", "Dealer", "Canyon", "Marquee", "Bingo", "Lucky", "Copper", "Silver", "Diamond", "Riverboat",
         "Horseshoe", "Sunset", "Falcon", "Granite", "Harbor", "Cobalt", "Juniper", "Saguaro", "Lantern"]


def human_pw(syms: str = "!#$*@%") -> str:
    """A password a person chose: words, digits and a symbol."""
    r = _rng()
    a, b = r.sample(WORDS, 2)
    pattern = r.randrange(4)
    if pattern == 0:
        return f"{a}{r.choice(syms)}{b}{r.randint(10, 9999)}"
    if pattern == 1:
        return f"{a.lower()}{r.randint(100, 999)}{r.choice(syms)}{b}"
    if pattern == 2:
        return f"{a}_{b}{r.choice(syms)}{r.randint(1, 99)}"
    return f"{a[:4]}{r.randint(1000, 9999)}{b.lower()}{r.choice(syms)}"


def url_pw() -> str:
    """A password that sits in a URL's userinfo as is."""
    r = _rng()
    a, b = r.sample(WORDS, 2)
    return f"{a}{r.choice('-_.')}{b.lower()}{r.randint(100, 99999)}"


def gen_pw(n: int = 20, extra: str = "") -> str:
    return mixed(n, ALNUM + extra) if not extra else chars(n, ALNUM + extra)


def pem(label: str, nlines: int, head: str, width: int = 64) -> str:
    r = _rng()
    body = [head + "".join(r.choice(B64) for _ in range(width - len(head)))]
    body += ["".join(r.choice(B64) for _ in range(width)) for _ in range(nlines - 2)]
    last = "".join(r.choice(B64) for _ in range(r.randint(16, width - 8)))
    body.append(last + ("=" if len(last) % 4 == 3 else ""))
    return f"-----BEGIN {label}-----\n" + "\n".join(body) + f"\n-----END {label}-----"


def rsa_key() -> str:
    return pem("RSA PRIVATE KEY", 25, "MIIEpAIBAAKCAQEA")


def pkcs8_rsa_key() -> str:
    return pem("PRIVATE KEY", 26, "MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQ")


def ec_key() -> str:
    return pem("EC PRIVATE KEY", 3, "MHcCAQEEI")


def p8_key() -> str:
    return pem("PRIVATE KEY", 3, "MIGTAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBHkwdwIBAQQg")


def openssh_key() -> str:
    return pem("OPENSSH PRIVATE KEY", 5, "b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW", 70)


def certificate(nlines: int = 18) -> str:
    return pem("CERTIFICATE", nlines, "MIID")


def bcrypt_hash() -> str:
    return "$2b$12$" + chars(53, "./" + ALNUM)


def indent(block: str, spaces: int) -> str:
    pad = " " * spaces
    return "\n".join(pad + line for line in block.splitlines())


def add(cat: str, file_name: str, text: str, secret: Optional[str], source: str, /, **subs: str) -> None:
    """One case: `cat` is "<format>/<kind>"; «name» in the text is replaced by subs[name]."""
    for name, value in subs.items():
        text = text.replace("\u00ab" + name + "\u00bb", value)
    assert "\u00ab" not in text, file_name
    text = text.lstrip("\n")
    CASES.append(LabelledCase("blind-dp/" + cat, file_name, text, secret, source))


# ---------------------------------------------------------------------------------------------
# Slot management and player tracking
# ---------------------------------------------------------------------------------------------

_pw = human_pw()
add("ini/password", "slot-bridge/config/AdvantageBridge.ini", r"""
; Slot accounting bridge - Silver Mesa Resort & Casino
; Polls the floor controller and forwards meter snapshots to the CMS data warehouse.
[General]
SiteCode=SMR01
PollIntervalSec=30
LogLevel=INFO
LogPath=D:\SlotBridge\logs

[FloorController]
Host=10.40.2.15
Port=5050
Protocol=SAS602
RetryCount=3

[Database]
Provider=SQLOLEDB
Server=SMR-SQL02\SLOTDW
Database=SlotAccounting
UserName=svc_slotbridge
Password=«pw»
CommandTimeout=120

[Export]
MeterExportDir=\\smr-fs01\slot-exports\meters
Format=CSV
""", _pw, "Windows INI profile files; OLE DB provider for SQL Server connection keywords", pw=_pw)

_pw = human_pw("!#$*@%?")
add("xml/connection-string", "src/PlayerTracking.Service/App.config", r"""
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <startup>
    <supportedRuntime version="v4.0" sku=".NETFramework,Version=v4.8" />
  </startup>
  <connectionStrings>
    <add name="PlayerDb"
         connectionString="Data Source=TWG-SQLCL01\PTS;Initial Catalog=PlayerTracking;User ID=pts_app;Password=«pw»;MultipleActiveResultSets=True;Encrypt=True;TrustServerCertificate=True"
         providerName="System.Data.SqlClient" />
  </connectionStrings>
  <appSettings>
    <add key="CardReaderTimeoutMs" value="4000" />
    <add key="UncardedSessionThresholdSec" value="90" />
    <add key="PointsPerDollarSlots" value="1" />
    <add key="PointsPerDollarTable" value="0.5" />
    <add key="FloorControllerEndpoint" value="net.tcp://twg-flc01:8731/FloorService" />
  </appSettings>
  <system.diagnostics>
    <trace autoflush="true" />
  </system.diagnostics>
</configuration>
""", _pw, "Microsoft Docs: SqlConnection.ConnectionString, .NET Framework app.config connectionStrings", pw=_pw)

_pw = gen_pw(22)
add("properties/password", "slot-event-bridge/src/main/resources/application-prod.properties", r"""
spring.application.name=slot-event-bridge
server.port=8085
spring.datasource.url=jdbc:sqlserver://cc-sql-floor.corp.coppercanyon.local:1433;databaseName=SlotEvents;encrypt=true;trustServerCertificate=true
spring.datasource.username=slot_events_rw
spring.datasource.password=«pw»
spring.datasource.hikari.maximum-pool-size=12
spring.jpa.hibernate.ddl-auto=validate
spring.jpa.open-in-view=false

g2s.host.id=1
g2s.host.endpoint=https://g2s-host.corp.coppercanyon.local:8443/g2s/host
g2s.keepalive.interval-ms=30000
g2s.event.subscriptions=G2S_cabinet,G2S_meters,G2S_handpay,G2S_voucher

management.endpoints.web.exposure.include=health,info,prometheus
logging.level.com.coppercanyon.slots=INFO
""", _pw, "Spring Boot common application properties (spring.datasource.*); GSA G2S protocol classes", pw=_pw)

_key = mixed(40)
add("json/api-key", "src/Oasis.CmsConnector/appsettings.Production.json", r"""
{
  "Logging": {
    "LogLevel": {
      "Default": "Information",
      "Microsoft.AspNetCore": "Warning"
    }
  },
  "CmsApi": {
    "BaseUrl": "https://cms-api.tidewater.local/oasis/v2/",
    "ApiKey": "«key»",
    "TimeoutSeconds": 20,
    "Property": "TWG-NORTH"
  },
  "Floor": {
    "Zones": [ "HighLimit", "MainFloor", "Smoking", "Terrace" ],
    "MeterSnapshotCron": "0 */15 * * * *"
  },
  "AllowedHosts": "*"
}
""", _key, "ASP.NET Core configuration: appsettings.{Environment}.json", key=_key)

_pw = human_pw()
add("csharp/connection-string", "src/Tidewater.PlayerClub.Data/PlayerTrackingRepository.cs", r"""
using System.Collections.Generic;
using Dapper;
using MySqlConnector;

namespace Tidewater.PlayerClub.Data
{
    public sealed class PlayerTrackingRepository
    {
        // TODO move to config before go-live (ticket PC-412)
        private const string ConnectionString =
            "Server=pc-mysql01.tidewater.local;Port=3306;Database=playerclub;Uid=pc_api;Pwd=«pw»;SslMode=Required;";

        public IEnumerable<TierStatus> GetTierStatus(long playerId)
        {
            using var conn = new MySqlConnection(ConnectionString);
            return conn.Query<TierStatus>(
                "SELECT tier_code, tier_points, next_tier_points FROM player_tier WHERE player_id = @playerId",
                new { playerId });
        }

        public void AddPoints(long playerId, int points, string source)
        {
            using var conn = new MySqlConnection(ConnectionString);
            conn.Execute(
                "INSERT INTO point_ledger (player_id, points, source, created_utc) " +
                "VALUES (@playerId, @points, @source, UTC_TIMESTAMP())",
                new { playerId, points, source });
        }
    }
}
""", _pw, "MySqlConnector connection string options (Server, Uid, Pwd, SslMode)", pw=_pw)

_pw = url_pw()
add("python/connection-url", "sas_poller/settings.py", r"""
# SAS poller settings - Copper Canyon slot floor
import os

FLOOR_ID = os.environ.get("FLOOR_ID", "CC-MAIN")
SERIAL_PORTS = ["/dev/ttyS0", "/dev/ttyS1", "/dev/ttyUSB0"]
SAS_ADDRESSES = range(1, 32)
POLL_INTERVAL = 0.2  # seconds between general polls
EXCEPTION_QUEUE_DEPTH = 256

# broker for meter and exception events
AMQP_URL = "amqp://sas_poller:«pw»@mq-floor01.coppercanyon.local:5672/slots"
AMQP_EXCHANGE = "sas.events"

METER_CODES = {
    "coin_in": 0x11,
    "coin_out": 0x12,
    "jackpot": 0x14,
    "games_played": 0x05,
}
""", _pw, "RabbitMQ URI specification (amqp://user:pass@host:port/vhost); IGT SAS 6.02 meter codes", pw=_pw)

_pw = gen_pw(16)
add("yaml/password", "g2s-host/config/application.yml", r"""
server:
  port: 8443
  ssl:
    enabled: true
    key-store: /opt/g2s-host/tls/host.p12
    key-store-password: «pw»
    key-store-type: PKCS12
    client-auth: need
    trust-store: /opt/g2s-host/tls/egm-ca.p12
    trust-store-type: PKCS12

g2s:
  host-id: 1
  schema-version: "2.1.0"
  comms:
    keep-alive: PT30S
    time-to-live: PT60S
  device-classes:
    - cabinet
    - communications
    - gamePlay
    - meters
    - voucher
    - handpay
""", _pw, "Spring Boot server.ssl.* properties; GSA G2S message protocol v2.1 device classes", pw=_pw)

_key = pkcs8_rsa_key()
_cert = certificate(16)
add("pem/private-key", "deploy/g2s/egm-client-bundle.pem", "\n" + _cert + "\n" + _key + "\n", _key,
    "RFC 7468 textual encodings (CERTIFICATE, PRIVATE KEY); G2S transport over mutual TLS")

_pw = human_pw()
add("sql/password", "db/migrations/V2023_11_02__reporting_logins.sql", r"""
-- Reporting logins for the player tracking warehouse (change CHG0041822)
USE [master];
GO
IF NOT EXISTS (SELECT 1 FROM sys.server_principals WHERE name = N'pt_reporting')
BEGIN
    CREATE LOGIN [pt_reporting] WITH PASSWORD = N'«pw»',
        DEFAULT_DATABASE = [PlayerTrackingDW], CHECK_POLICY = ON, CHECK_EXPIRATION = OFF;
END
GO
USE [PlayerTrackingDW];
GO
CREATE USER [pt_reporting] FOR LOGIN [pt_reporting];
ALTER ROLE [db_datareader] ADD MEMBER [pt_reporting];
GRANT EXECUTE ON SCHEMA::[rpt] TO [pt_reporting];
GO
""", _pw, "Microsoft Docs: CREATE LOGIN (Transact-SQL)", pw=_pw)

_pw = human_pw("!#$*@%?")
add("powershell/password", "scripts/Deploy-SlotDataService.ps1", r"""
<#
  Deploys SlotDataService to the floor app servers. Run from the jump host as an admin.
#>
param(
    [string[]]$Servers = @('SMR-SLOTAPP01', 'SMR-SLOTAPP02'),
    [string]$Package = '\\smr-fs01\deploy\SlotDataService\SlotDataService-4.2.1.zip'
)

$user = 'SMR\svc_slotdeploy'
$pass = ConvertTo-SecureString '«pw»' -AsPlainText -Force
$cred = New-Object System.Management.Automation.PSCredential($user, $pass)

foreach ($server in $Servers) {
    Write-Host "Deploying to $server"
    $session = New-PSSession -ComputerName $server -Credential $cred
    Invoke-Command -Session $session -ScriptBlock { Stop-Service -Name 'SlotDataService' -ErrorAction SilentlyContinue }
    Copy-Item -Path $Package -Destination 'C:\Deploy\' -ToSession $session -Force
    Invoke-Command -Session $session -ScriptBlock {
        Expand-Archive -Path 'C:\Deploy\SlotDataService-4.2.1.zip' -DestinationPath 'C:\Services\SlotDataService' -Force
        Start-Service -Name 'SlotDataService'
    }
    Remove-PSSession $session
}
""", _pw, "PowerShell docs: ConvertTo-SecureString -AsPlainText, PSCredential", pw=_pw)

_pw = human_pw()
add("shell-history/password", "ops/jumpbox/home/rmartinez/.bash_history", r"""
cd /opt/loyalty-api
sudo systemctl status loyalty-api
tail -n 200 /var/log/loyalty-api/app.log | grep -i tier
df -h
mysql -h pc-mysql01.tidewater.local -u loyalty_admin -p'«pw»' playerclub
sudo systemctl restart loyalty-api
curl -s localhost:8080/health | jq .
exit
""", _pw, "MySQL client manual: --password / -p option", pw=_pw)

_key = mixed(40)
add("go/api-key", "internal/kiosk/redemption_client.go", r"""
package kiosk

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"time"
)

const (
	redemptionBaseURL = "https://tito-redeem.smr.local/api/v1"
	redemptionAPIKey  = "«key»"
)

type RedeemRequest struct {
	KioskID          string `json:"kioskId"`
	ValidationNumber string `json:"validationNumber"`
	AmountCents      int64  `json:"amountCents"`
}

type Client struct{ http *http.Client }

func NewClient() *Client { return &Client{http: &http.Client{Timeout: 8 * time.Second}} }

func (c *Client) Redeem(ctx context.Context, req RedeemRequest) error {
	body, _ := json.Marshal(req)
	httpReq, err := http.NewRequestWithContext(ctx, http.MethodPost, redemptionBaseURL+"/tickets/redeem", bytes.NewReader(body))
	if err != nil {
		return err
	}
	httpReq.Header.Set("Content-Type", "application/json")
	httpReq.Header.Set("X-Api-Key", redemptionAPIKey)
	resp, err := c.http.Do(httpReq)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return fmt.Errorf("redeem failed: %s", resp.Status)
	}
	return nil
}
""", _key, "Go net/http: Header.Set; API keys sent in an X-Api-Key header", key=_key)

_key = uuid4()
add("dotenv/api-key", "loyalty-campaigns/.env.production", r"""
NODE_ENV=production
PORT=3000
BRAZE_REST_ENDPOINT=https://rest.iad-05.braze.com
BRAZE_REST_API_KEY=«key»
BRAZE_APP_GROUP=players-club
TIER_UPGRADE_CAMPAIGN_ID=tier-upgrade-2024
BIRTHDAY_FREEPLAY_AMOUNT=25
LOG_LEVEL=info
""", _key, "Braze docs: REST API key (Authorization: Bearer), REST endpoints per instance", key=_key)

_key = "SG." + chars(22, ALNUM + "-_") + "." + chars(43, ALNUM + "-_")
add("typescript/api-key", "services/offers/src/mailer.ts", r"""
import sgMail from "@sendgrid/mail";
import { Offer, Player } from "./types";

sgMail.setApiKey("«key»");

const FROM = { email: "playersclub@tidewatergaming.com", name: "Tidewater Players Club" };

export async function sendOfferEmail(player: Player, offer: Offer): Promise<void> {
  if (!player.emailOptIn || player.selfExcluded) {
    return; // never market to excluded or opted-out players
  }
  await sgMail.send({
    to: player.email,
    from: FROM,
    templateId: "d-offer-weekly",
    dynamicTemplateData: {
      firstName: player.firstName,
      tier: player.tier,
      freePlay: offer.freePlayAmount,
      validThrough: offer.expiresOn,
    },
  });
}
""", _key, "SendGrid docs: @sendgrid/mail setApiKey, API key format SG.<id>.<secret>", key=_key)

_pw = human_pw()
add("compose/password", "kiosk-stack/docker-compose.yml", r"""
version: "3.8"
services:
  kiosk-api:
    image: registry.smr.local/kiosk/api:3.7.2
    ports:
      - "8080:8080"
    environment:
      DB_HOST: kiosk-db
      DB_NAME: kiosk
      DB_USER: kiosk
      DB_PASSWORD: "«pw»"
      TITO_VALIDATION_URL: https://tito-redeem.smr.local/api/v1
    depends_on:
      - kiosk-db
  kiosk-db:
    image: postgres:15.5
    environment:
      POSTGRES_DB: kiosk
      POSTGRES_USER: kiosk
      POSTGRES_PASSWORD: "«pw»"
    volumes:
      - kiosk-data:/var/lib/postgresql/data
volumes:
  kiosk-data:
""", _pw, "Docker Hub postgres image: POSTGRES_PASSWORD; Compose file reference", pw=_pw)

_pw = gen_pw(24)
add("k8s-secret/password", "k8s/player-portal/db-secret.yaml", r"""
apiVersion: v1
kind: Secret
metadata:
  name: player-portal-db
  namespace: player-portal
  labels:
    app.kubernetes.io/name: player-portal
type: Opaque
data:
  DB_HOST: «host»
  DB_USER: «user»
  DB_PASSWORD: «pwb64»
""", _pw, "Kubernetes docs: Secret data values are base64-encoded",
    host=b64("pp-postgres.player-portal.svc.cluster.local"), user=b64("portal_app"), pwb64=b64(_pw))

_pw = gen_pw(28)
add("helm/password", "charts/comp-engine/values-prod.yaml", r"""
replicaCount: 3
image:
  repository: registry.tidewater.local/marketing/comp-engine
  tag: "2.14.0"
  pullPolicy: IfNotPresent

compRules:
  adtPercent: 0.3
  reinvestmentRate: 0.22
  maxDailyCompCents: 150000

redis:
  enabled: true
  architecture: standalone
  auth:
    enabled: true
    password: «pw»
  master:
    persistence:
      size: 4Gi

ingress:
  enabled: true
  className: nginx
  hosts:
    - host: comp-engine.tidewater.local
      paths: [{ path: /, pathType: Prefix }]
""", _pw, "Bitnami Redis Helm chart: auth.password", pw=_pw)

_pw = human_pw("!#$*%")
add("terraform/password", "infra/loyalty/rds.tf", r"""
resource "aws_db_subnet_group" "loyalty" {
  name       = "loyalty-prod"
  subnet_ids = var.private_subnet_ids
}

resource "aws_db_instance" "loyalty" {
  identifier              = "loyalty-prod"
  engine                  = "postgres"
  engine_version          = "15.4"
  instance_class          = "db.r6g.large"
  allocated_storage       = 200
  db_name                 = "loyalty"
  username                = "loyalty_master"
  password                = "«pw»"
  db_subnet_group_name    = aws_db_subnet_group.loyalty.name
  vpc_security_group_ids  = [aws_security_group.loyalty_db.id]
  backup_retention_period = 14
  storage_encrypted       = true
  deletion_protection     = true
  skip_final_snapshot     = false

  tags = {
    Property = "silver-mesa"
    Owner    = "player-marketing"
  }
}
""", _pw, "Terraform AWS provider: aws_db_instance username/password arguments", pw=_pw)

_pw = human_pw()
add("ansible/password", "ansible/inventories/smr/group_vars/slot_floor_servers.yml", r"""
---
ansible_user: SMR\svc_ansible
ansible_password: "«pw»"
ansible_connection: winrm
ansible_winrm_transport: ntlm
ansible_winrm_server_cert_validation: ignore
ansible_port: 5986

slot_services:
  - SlotDataService
  - MeterCollector
  - BonusingEngine
slot_app_root: 'D:\Services'
""", _pw, "Ansible docs: Windows Remote Management (ansible_password, ansible_winrm_transport)", pw=_pw)

_key = "API-" + chars(27, string.ascii_uppercase + string.digits)
add("jenkinsfile/api-key", "slot-floor-services/Jenkinsfile", r"""
pipeline {
    agent { label 'windows-build' }
    environment {
        OCTOPUS_SERVER = 'https://octopus.smr.local'
        PACKAGE_VERSION = "4.2.${env.BUILD_NUMBER}"
    }
    stages {
        stage('Build') {
            steps {
                bat 'dotnet publish src\\SlotDataService -c Release -o out'
            }
        }
        stage('Pack') {
            steps {
                bat "octo pack --id SlotDataService --version ${PACKAGE_VERSION} --basePath out --format zip"
            }
        }
        stage('Push') {
            steps {
                bat "octo push --package SlotDataService.${PACKAGE_VERSION}.zip --server ${OCTOPUS_SERVER} --apiKey «key»"
            }
        }
    }
}
""", _key, "Octopus Deploy docs: octo push --apiKey, API keys (API-...)", key=_key)

_hook = ("https://hooks.slack.com/services/T" + chars(8, string.ascii_uppercase + string.digits) + "/B"
         + chars(10, string.ascii_uppercase + string.digits) + "/" + mixed(24))
add("github-actions/webhook", ".github/workflows/jackpot-monitor.yml", r"""
name: jackpot-monitor-deploy
on:
  push:
    branches: [main]
    paths: ["jackpot-monitor/**"]

jobs:
  deploy:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-python@v5
        with:
          python-version: "3.11"
      - run: pip install -r jackpot-monitor/requirements.txt
      - run: pytest jackpot-monitor/tests
      - name: Notify floor ops
        if: always()
        run: |
          curl -X POST -H 'Content-type: application/json' \
            --data "{\"text\":\"jackpot-monitor deploy ${{ job.status }} (${{ github.sha }})\"}" \
            «hook»
""", _hook, "Slack docs: Incoming webhooks URL format", hook=_hook)

_key = "npm_" + mixed(36)
add("dockerfile/token", "player-app-web/Dockerfile", r"""
FROM node:20-alpine AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN echo "@tidewater:registry=https://registry.npmjs.org/" > .npmrc && \
    echo "//registry.npmjs.org/:_authToken=«key»" >> .npmrc && \
    npm ci && rm -f .npmrc
COPY . .
RUN npm run build

FROM nginx:1.25-alpine
COPY --from=build /app/dist /usr/share/nginx/html
COPY nginx.conf /etc/nginx/conf.d/default.conf
EXPOSE 80
""", _key, "npm docs: .npmrc _authToken; npm access tokens (npm_...)", key=_key)

_pw = human_pw()
add("markdown/password", "docs/runbooks/cage-reconciliation.md", r"""
# Cage end-of-day reconciliation

Owner: Cage Systems (ext. 4417). Run after the 06:00 gaming day rollover.

## 1. Confirm the drop import finished

```sql
SELECT TOP 20 * FROM cage.DropImportLog ORDER BY ImportedAt DESC;
```

## 2. If the variance report is empty

Connect to `SMR-SQL01\CAGE` with SSMS:

- Login: `cage_recon`
- Password: `«pw»`

Then run `EXEC cage.usp_RebuildVariance @GamingDay = '<yyyy-mm-dd>';`

## 3. Sign-off

Cage manager signs the variance sheet; file the PDF under `\\smr-fs01\cage\recon\<yyyy>\<mm>`.
""", _pw, "Runbook practice; SQL Server Management Studio logins", pw=_pw)

_sid = "AC" + hexs(32)
_tok = hexs(32)
add("ruby/token", "jackpot_notifier/lib/jackpot_notifier/sms.rb", r"""
require "twilio-ruby"

module JackpotNotifier
  class Sms
    ACCOUNT_SID = "«sid»"
    AUTH_TOKEN  = "«tok»"
    FROM_NUMBER = "+17025550143"

    def initialize
      @client = Twilio::REST::Client.new(ACCOUNT_SID, AUTH_TOKEN)
    end

    # Texts the slot shift manager when a handpay needs a W-2G.
    def handpay_alert(to:, machine:, amount_cents:)
      dollars = format("%.2f", amount_cents / 100.0)
      @client.messages.create(
        from: FROM_NUMBER,
        to: to,
        body: "Handpay $#{dollars} at #{machine} - W-2G required"
      )
    end
  end
end
""", _tok, "Twilio docs: twilio-ruby Client.new(account_sid, auth_token)", sid=_sid, tok=_tok)

_pw = human_pw("!#$*%@")
add("php/password", "playersclub-site/wp-config.php", r"""
<?php
/** Players Club marketing site - Copper Canyon */
define( 'DB_NAME', 'cc_playersclub' );
define( 'DB_USER', 'cc_wp' );
define( 'DB_PASSWORD', '«pw»' );
define( 'DB_HOST', 'wp-db.coppercanyon.local' );
define( 'DB_CHARSET', 'utf8mb4' );
define( 'DB_COLLATE', '' );

$table_prefix = 'ccpc_';

define( 'WP_DEBUG', false );
define( 'DISALLOW_FILE_EDIT', true );

if ( ! defined( 'ABSPATH' ) ) {
	define( 'ABSPATH', __DIR__ . '/' );
}
require_once ABSPATH . 'wp-settings.php';
""", _pw, "WordPress docs: Editing wp-config.php (DB_PASSWORD)", pw=_pw)

_key = b64bytes(64)
add("java/signing-key", "wallet-api/src/main/java/com/silvermesa/wallet/auth/WalletTokenService.java", r"""
package com.silvermesa.wallet.auth;

import io.jsonwebtoken.Jwts;
import io.jsonwebtoken.io.Decoders;
import io.jsonwebtoken.security.Keys;

import javax.crypto.SecretKey;
import java.time.Instant;
import java.util.Date;

public final class WalletTokenService {

    // HS512 key for mobile wallet session tokens
    private static final String SIGNING_KEY =
            "«key»";

    private final SecretKey key = Keys.hmacShaKeyFor(Decoders.BASE64.decode(SIGNING_KEY));

    public String issue(String playerId, String deviceId) {
        Instant now = Instant.now();
        return Jwts.builder()
                .subject(playerId)
                .claim("dev", deviceId)
                .claim("scope", "wallet:transfer")
                .issuedAt(Date.from(now))
                .expiration(Date.from(now.plusSeconds(900)))
                .signWith(key)
                .compact();
    }
}
""", _key, "JJWT docs: Keys.hmacShaKeyFor, Decoders.BASE64", key=_key)

_key = mixed(40)
add("kotlin/api-key", "sportsbook-android/app/build.gradle.kts", r"""
plugins {
    id("com.android.application")
    id("org.jetbrains.kotlin.android")
}

android {
    namespace = "com.tidewater.sportsbook"
    compileSdk = 34

    defaultConfig {
        applicationId = "com.tidewater.sportsbook"
        minSdk = 26
        targetSdk = 34
        versionCode = 412
        versionName = "4.12.0"
        buildConfigField("String", "SPORTRADAR_API_KEY", "\"«key»\"")
        buildConfigField("String", "ODDS_BASE_URL", "\"https://api.sportradar.com/oddscomparison-usp/production/v2\"")
    }

    buildFeatures { buildConfig = true }

    buildTypes {
        release {
            isMinifyEnabled = true
            proguardFiles(getDefaultProguardFile("proguard-android-optimize.txt"), "proguard-rules.pro")
        }
    }
}
""", _key, "Android Gradle plugin: buildConfigField; Sportradar API key query parameter", key=_key)

_key = "api_live_us." + mixed(11, ALNUM + "-_") + "." + mixed(32, ALNUM + "-_")
add("swift/api-key", "PlayerApp/Onboarding/IdentityVerification.swift", r"""
import Foundation

enum IdentityConfig {
    static let onfidoBaseURL = URL(string: "https://api.us.onfido.com/v3.6")!
    static let onfidoAPIToken = "«key»"
}

struct ApplicantResponse: Decodable { let id: String }

final class IdentityVerification {
    func createApplicant(firstName: String, lastName: String) async throws -> String {
        var request = URLRequest(url: IdentityConfig.onfidoBaseURL.appendingPathComponent("applicants"))
        request.httpMethod = "POST"
        request.setValue("Token token=\(IdentityConfig.onfidoAPIToken)", forHTTPHeaderField: "Authorization")
        request.setValue("application/json", forHTTPHeaderField: "Content-Type")
        request.httpBody = try JSONEncoder().encode(["first_name": firstName, "last_name": lastName])
        let (data, _) = try await URLSession.shared.data(for: request)
        return try JSONDecoder().decode(ApplicantResponse.self, from: data).id
    }
}
""", _key, "Onfido API v3.6 docs: Authorization: Token token=<api_token>, regional base URLs", key=_key)


# ---------------------------------------------------------------------------------------------
# Cage, cashless wallets and payments
# ---------------------------------------------------------------------------------------------

_key = "sk_live_51" + mixed(97)
add("yaml/api-key", "igaming-deposits/config/payments.prod.yml", r"""
# Online deposits - Tidewater iGaming (NJ). Reviewed by payments + compliance.
stripe:
  secret_key: «key»
  api_version: "2023-10-16"
  statement_descriptor: TIDEWATER GAMING
  webhook_tolerance_seconds: 300

deposits:
  currency: usd
  min_cents: 1000
  max_single_cents: 500000
  responsible_gaming:
    enforce_deposit_limits: true
    block_during_cooling_off: true
    block_self_excluded: true

geofence:
  required: true
  allowed_states: [NJ]
""", _key, "Stripe docs: API keys (sk_live_...), Stripe API versioning", key=_key)

_key = "AQE" + mixed(60) + "=-" + chars(43, B64) + "=-" + mixed(12, ALNUM + "+:<>")
add("dotenv/api-key", "cashier-service/.env", r"""
# cashier-service (production)
ADYEN_ENVIRONMENT=LIVE
ADYEN_LIVE_URL_PREFIX=1797a841fbb37ca7-TidewaterGaming
ADYEN_MERCHANT_ACCOUNT=TidewaterGamingECOM
ADYEN_API_KEY=«key»
ADYEN_CLIENT_KEY=live_7QKJ2VZ4QBGNHL4XWBPDOYC6SQ3PDEJQ
PAYOUT_REVIEW_THRESHOLD_CENTS=1000000
CTR_AGGREGATION_WINDOW_HOURS=24
""", _key, "Adyen docs: API credentials (X-API-Key), live endpoint URL prefix, client keys", key=_key)

_secret = mixed(48, ALNUM + "-_")
add("json/client-secret", "cashless-gateway/config/wallet.production.json", r"""
{
  "wallet": {
    "provider": "cashless-wallet",
    "baseUrl": "https://wallet-api.cashless-partner.example.net/v3",
    "oauth": {
      "tokenUrl": "https://auth.cashless-partner.example.net/oauth2/token",
      "clientId": "smr-cashless-prod",
      "clientSecret": "«secret»",
      "scope": "wallet.fund wallet.transfer egm.session"
    },
    "propertyCode": "SMR01",
    "maxTransferToEgmCents": 300000,
    "dailyFundingLimitCents": 1000000
  },
  "egm": {
    "transferProtocol": "SAS-AFT",
    "lockTimeoutMs": 15000
  }
}
""", _secret, "RFC 6749 section 4.4: client credentials grant (client_id, client_secret)", secret=_secret)

_pw = human_pw("!#$*%")
add("xml/password", "cage/CashAccess/CashAccessConfig.xml", r"""
<?xml version="1.0" encoding="UTF-8"?>
<CashAccessConfiguration version="7">
  <Property code="CC01" name="Copper Canyon Casino" />
  <Processor>
    <Endpoint>https://cashaccess-gw.processor.example.com/authorize</Endpoint>
    <MerchantId>440091273</MerchantId>
    <TerminalPrefix>CCCAGE</TerminalPrefix>
    <UserName>cc_cage_iface</UserName>
    <Password>«pw»</Password>
    <TimeoutSeconds>25</TimeoutSeconds>
  </Processor>
  <Services>
    <Service type="POSDebit" enabled="true" feePercent="3.5" />
    <Service type="CreditCashAdvance" enabled="true" feePercent="4.99" />
    <Service type="ACHCheck" enabled="false" />
  </Services>
  <Receipt printer="Epson TM-T88VI" copies="2" />
</CashAccessConfiguration>
""", _pw, "Casino cash-access (POS debit / cash advance) integration settings", pw=_pw)

_key = hexs(64, upper=True)
add("csharp/signing-key", "src/Kiosk.Redemption/RequestSigner.cs", r"""
using System;
using System.Security.Cryptography;
using System.Text;

namespace SilverMesa.Kiosk.Redemption
{
    /// Signs ticket redemption requests to the TITO validation host (HMAC-SHA256).
    internal static class RequestSigner
    {
        private static readonly byte[] SharedSecret =
            Convert.FromHexString("«key»");

        public static string Sign(string kioskId, string validationNumber, long amountCents, long unixTime)
        {
            var payload = $"{kioskId}|{validationNumber}|{amountCents}|{unixTime}";
            using var hmac = new HMACSHA256(SharedSecret);
            return Convert.ToBase64String(hmac.ComputeHash(Encoding.UTF8.GetBytes(payload)));
        }
    }
}
""", _key, ".NET docs: HMACSHA256, Convert.FromHexString", key=_key)

_key = hexs(32)
add("python/api-key", "cage_payments/braintree_gateway.py", r"""
import braintree

gateway = braintree.BraintreeGateway(
    braintree.Configuration(
        environment=braintree.Environment.Production,
        merchant_id="k7x2mq9rtw4hzb3c",
        public_key="v9dbzq2n4j8pxr6w",
        private_key="«key»",
    )
)


def charge_front_money(nonce: str, amount: str, player_id: str) -> str:
    # front money deposits for high-limit guests, settled to the cage account
    result = gateway.transaction.sale({
        "amount": amount,
        "payment_method_nonce": nonce,
        "custom_fields": {"player_id": player_id},
        "options": {"submit_for_settlement": True},
    })
    if not result.is_success:
        raise RuntimeError(result.message)
    return result.transaction.id
""", _key, "Braintree docs: Configuration(merchant_id, public_key, private_key)", key=_key)

_pw = human_pw()
add("reg/password", "cage/terminal/CageTerminal-SMR.reg", r"""
Windows Registry Editor Version 5.00

[HKEY_LOCAL_MACHINE\SOFTWARE\SilverMesa\CageTerminal]
"SiteCode"="SMR01"
"WindowNumber"=dword:00000004
"ReceiptPrinter"="EPSON TM-T88VI"

[HKEY_LOCAL_MACHINE\SOFTWARE\SilverMesa\CageTerminal\Database]
"Server"="SMR-SQL01\\CAGE"
"Database"="CageMaster"
"User"="cage_terminal"
"Password"="«pw»"
"Encrypt"=dword:00000001

[HKEY_LOCAL_MACHINE\SOFTWARE\SilverMesa\CageTerminal\CurrencyCounter]
"Port"="COM3"
"Model"="Cummins JetScan iFX i200"
""", _pw, "Microsoft Docs: .reg file syntax (Registry Editor Version 5.00)", pw=_pw)

_pw = gen_pw(20)
add("shell/password", "ops/backup/cage_db_backup.sh", r"""
#!/usr/bin/env bash
# Nightly dump of the cage ledger to the backup NAS. Cron: 15 6 * * *
set -euo pipefail

export PGHOST=cage-pg01.tidewater.local
export PGUSER=cage_backup
export PGPASSWORD='«pw»'
STAMP=$(date +%Y%m%d)
OUT=/mnt/backup-nas/cage/cage_ledger_${STAMP}.dump

pg_dump --format=custom --no-owner --file="$OUT" cage_ledger
sha256sum "$OUT" > "$OUT.sha256"
find /mnt/backup-nas/cage -name 'cage_ledger_*.dump*' -mtime +35 -delete
echo "cage backup ok: $OUT"
""", _pw, "PostgreSQL docs: libpq environment variables (PGPASSWORD)", pw=_pw)

_key = b64bytes(32)
add("json/connection-string", "src/Cashless.Events/appsettings.json", r"""
{
  "ServiceBus": {
    "ConnectionString": "Endpoint=sb://tidewater-cashless.servicebus.windows.net/;SharedAccessKeyName=RootManageSharedAccessKey;SharedAccessKey=«key»",
    "Topics": {
      "WalletFunded": "wallet-funded",
      "EgmTransfer": "egm-transfer",
      "CashoutCompleted": "cashout-completed"
    }
  },
  "Retry": { "MaxAttempts": 5, "BackoffSeconds": 2 },
  "Logging": { "LogLevel": { "Default": "Information" } }
}
""", _key, "Azure Service Bus docs: connection string with SharedAccessKeyName and SharedAccessKey", key=_key)

_key = hexs(32)
add("terraform/api-key", "infra/monitoring/prod.auto.tfvars", r"""
environment         = "prod"
property            = "copper-canyon"
datadog_api_url     = "https://api.us5.datadoghq.com/"
datadog_api_key     = "«key»"
alert_channel_slack = "@slack-cage-systems"

monitored_services = [
  "cage-ledger",
  "cashless-gateway",
  "kiosk-api",
  "tito-validation",
]
""", _key, "Terraform Datadog provider: api_key; Datadog API keys (32 hex)", key=_key)

_secret = hexs(30)
add("k8s-secret/api-key", "k8s/igaming/funding/plaid-secret.yaml", r"""
apiVersion: v1
kind: Secret
metadata:
  name: plaid-credentials
  namespace: igaming-funding
type: Opaque
stringData:
  PLAID_ENV: production
  PLAID_CLIENT_ID: 64b7f0e2c91a3d0019ab44f2
  PLAID_SECRET: «secret»
  PLAID_PRODUCTS: auth,identity
""", _secret, "Plaid docs: client_id and secret; Kubernetes Secret stringData", secret=_secret)

_pw = human_pw("!#$*%")
add("sql/linked-server-password", "db/cage/linked_servers.sql", r"""
-- Linked server from the cage DB to the player tracking warehouse (for marker reports)
EXEC master.dbo.sp_addlinkedserver
    @server = N'PTSDW',
    @srvproduct = N'',
    @provider = N'MSOLEDBSQL',
    @datasrc = N'TWG-SQLCL01\PTS';

EXEC master.dbo.sp_addlinkedsrvlogin
    @rmtsrvname = N'PTSDW',
    @useself = N'False',
    @locallogin = NULL,
    @rmtuser = N'cage_marker_ro',
    @rmtpassword = N'«pw»';

EXEC master.dbo.sp_serveroption @server = N'PTSDW', @optname = N'rpc out', @optvalue = N'true';
GO
""", _pw, "Microsoft Docs: sp_addlinkedsrvlogin (@rmtuser, @rmtpassword)", pw=_pw)


# ---------------------------------------------------------------------------------------------
# Sportsbook feeds and odds APIs
# ---------------------------------------------------------------------------------------------

_key = mixed(40)
add("python/api-key", "odds_ingest/sportradar_client.py", r"""
import requests

BASE = "https://api.sportradar.com/oddscomparison-usp/production/v2/en"
SPORTRADAR_KEY = "«key»"


def fetch_competition_odds(competition_id: str) -> dict:
    resp = requests.get(
        f"{BASE}/competitions/{competition_id}/sport_event_markets.json",
        params={"api_key": SPORTRADAR_KEY},
        timeout=10,
    )
    resp.raise_for_status()
    return resp.json()


def best_moneyline(markets: dict) -> dict:
    best = {}
    for event in markets.get("competition_sport_event_markets", []):
        for market in event.get("markets", []):
            if market.get("name") != "moneyline":
                continue
            for book in market.get("books", []):
                for outcome in book.get("outcomes", []):
                    key = (event["sport_event"]["id"], outcome["type"])
                    best[key] = max(best.get(key, -10000), int(outcome["odds_american"]))
    return best
""", _key, "Sportradar Odds Comparison API docs: api_key query parameter", key=_key)

_key = hexs(32)
add("javascript/api-key", "sportsbook-tools/scripts/pull-odds.js", r"""
// Pulls NFL spreads for the trading desk's line comparison sheet.
const axios = require("axios");
const fs = require("fs");

const API_KEY = "«key»";
const url = "https://api.the-odds-api.com/v4/sports/americanfootball_nfl/odds";

async function main() {
  const { data, headers } = await axios.get(url, {
    params: { apiKey: API_KEY, regions: "us", markets: "spreads,totals", oddsFormat: "american" },
  });
  console.log("requests remaining:", headers["x-requests-remaining"]);
  const rows = data.map((g) => [g.commence_time, g.home_team, g.away_team, g.bookmakers.length].join(","));
  fs.writeFileSync("nfl_lines.csv", "commence,home,away,books\n" + rows.join("\n"));
}

main().catch((err) => {
  console.error(err.message);
  process.exit(1);
});
""", _key, "The Odds API v4 docs: apiKey query parameter, x-requests-remaining header", key=_key)

_key = hexs(32)
add("go/api-key", "feeds/sportsdata/client.go", r"""
package sportsdata

import (
	"encoding/json"
	"fmt"
	"net/http"
	"time"
)

const subscriptionKey = "«key»"

type GameOdds struct {
	GameID          int    `json:"GameId"`
	HomeTeamName    string `json:"HomeTeamName"`
	AwayTeamName    string `json:"AwayTeamName"`
	PregameOdds     []Odd  `json:"PregameOdds"`
}

type Odd struct {
	Sportsbook        string `json:"Sportsbook"`
	HomeMoneyLine     *int   `json:"HomeMoneyLine"`
	AwayMoneyLine     *int   `json:"AwayMoneyLine"`
}

func GameOddsByDate(date time.Time) ([]GameOdds, error) {
	url := fmt.Sprintf("https://api.sportsdata.io/v3/nba/odds/json/GameOddsByDate/%s", date.Format("2006-01-02"))
	req, _ := http.NewRequest(http.MethodGet, url, nil)
	req.Header.Set("Ocp-Apim-Subscription-Key", subscriptionKey)
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	var out []GameOdds
	return out, json.NewDecoder(resp.Body).Decode(&out)
}
""", _key, "SportsDataIO API docs: Ocp-Apim-Subscription-Key header", key=_key)

_pw = human_pw()
add("yaml/password", "exchange-hedger/config/betfair.yaml", r"""
# Hedging bot config - trading desk use only
betfair:
  identity_url: https://identitysso-cert.betfair.com/api/certlogin
  betting_url: https://api.betfair.com/exchange/betting/rest/v1.0/
  app_key: ${BETFAIR_APP_KEY}
  username: twg_trading_desk
  password: "«pw»"
  cert_file: certs/client-2048.crt
  key_file: certs/client-2048.key

hedging:
  max_liability_gbp: 25000
  markets: [MATCH_ODDS, OVER_UNDER_25]
  min_edge_pct: 1.5
""", _pw, "Betfair Exchange API docs: non-interactive (bot) login with certificate, X-Application app key",
    pw=_pw)

_pw = gen_pw(18)
add("python/password", "feed_consumer/consumer.py", r"""
import json
import ssl

import pika

FEED_HOST = "feed.betgenius-partner.example.com"
FEED_USER = "tidewater_nj_prod"
FEED_PASSWORD = "«pw»"
QUEUE = "tidewater_nj_prod.fixtures.markets"


def on_message(channel, method, properties, body):
    message = json.loads(body)
    # forward to the trading engine's inbound topic
    print(message.get("header", {}).get("messageType"), message.get("fixtureId"))
    channel.basic_ack(delivery_tag=method.delivery_tag)


def main():
    credentials = pika.PlainCredentials(FEED_USER, FEED_PASSWORD)
    context = ssl.create_default_context()
    params = pika.ConnectionParameters(
        host=FEED_HOST, port=5671, virtual_host="/", credentials=credentials,
        ssl_options=pika.SSLOptions(context, FEED_HOST), heartbeat=30,
    )
    connection = pika.BlockingConnection(params)
    channel = connection.channel()
    channel.basic_qos(prefetch_count=200)
    channel.basic_consume(queue=QUEUE, on_message_callback=on_message)
    channel.start_consuming()


if __name__ == "__main__":
    main()
""", _pw, "pika docs: PlainCredentials, ConnectionParameters with SSLOptions", pw=_pw)

_tok = mixed(64)
add("toml/token", "feed-adapter/config/production.toml", r"""
[service]
name = "kambi-feed-adapter"
listen = "0.0.0.0:9400"
log_level = "info"

[kambi]
offering = "tidewaternj"
base_url = "https://ctn-api.kambi.com/offering/v2018"
push_url = "wss://push.kambi.com/socket.io/"
auth_token = "«tok»"
lang = "en_US"
market = "US-NJ"

[publish]
kafka_brokers = ["kafka-01.tidewater.local:9092", "kafka-02.tidewater.local:9092"]
topic = "sportsbook.offers.v1"
""", _tok, "TOML v1.0 spec; sportsbook offering API token configuration", tok=_tok)

_basic = b64("tidewater_api:" + human_pw())
add("csharp/basic-auth", "src/Trading.LineFeed/PinnacleLineClient.cs", r"""
using System;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Threading.Tasks;

namespace Tidewater.Trading.LineFeed
{
    public class PinnacleLineClient
    {
        private readonly HttpClient _http;

        public PinnacleLineClient(HttpClient http)
        {
            _http = http;
            _http.BaseAddress = new Uri("https://api.pinnacle.com/");
            _http.DefaultRequestHeaders.Authorization =
                new AuthenticationHeaderValue("Basic", "«basic»");
        }

        public Task<string> GetStraightOddsAsync(int sportId, long since) =>
            _http.GetStringAsync($"v3/odds?sportId={sportId}&oddsFormat=American&since={since}");

        public Task<string> GetFixturesAsync(int sportId) =>
            _http.GetStringAsync($"v3/fixtures?sportId={sportId}");
    }
}
""", _basic, "RFC 7617 Basic authentication; Pinnacle API v3 odds and fixtures endpoints", basic=_basic)

_pw = gen_pw(32)
add("properties/password", "odds-ingest/config/kafka-client.properties", r"""
bootstrap.servers=pkc-4r087.us-east-2.aws.confluent.cloud:9092
security.protocol=SASL_SSL
sasl.mechanism=PLAIN
sasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule required username="R7KQ2XW4MZ3PLN6D" password="«pw»";
client.dns.lookup=use_all_dns_ips
session.timeout.ms=45000
acks=all
key.serializer=org.apache.kafka.common.serialization.StringSerializer
value.serializer=io.confluent.kafka.serializers.KafkaAvroSerializer
schema.registry.url=https://psrc-8kz20.us-east-2.aws.confluent.cloud
""", _pw, "Confluent Cloud docs: Java client configuration (sasl.jaas.config PlainLoginModule)", pw=_pw)

_pw = gen_pw(12)
add("rust/password", "lsports-bridge/src/config.rs", r"""
use std::time::Duration;

pub struct FeedConfig {
    pub host: &'static str,
    pub port: u16,
    pub username: &'static str,
    pub password: &'static str,
    pub package_id: u32,
    pub heartbeat: Duration,
}

pub const PREMATCH: FeedConfig = FeedConfig {
    host: "prematch-rmq.lsports.eu",
    port: 5672,
    username: "trading@tidewatergaming.com",
    password: "«pw»",
    package_id: 4417,
    heartbeat: Duration::from_secs(580),
};

pub fn amqp_uri(cfg: &FeedConfig) -> String {
    format!(
        "amqp://{}:{}@{}:{}/Customers?heartbeat={}",
        cfg.username, cfg.password, cfg.host, cfg.port, cfg.heartbeat.as_secs()
    )
}
""", _pw, "LSports TRADE360 docs: RabbitMQ feed connection (package id, username, password)", pw=_pw)

_key = hexs(32)
add("notebook/api-key", "analytics/notebooks/closing_line_value.ipynb", r"""
{
 "cells": [
  {
   "cell_type": "markdown",
   "metadata": {},
   "source": ["# Closing line value vs. market\n", "Compare our NBA closing lines to the consensus."]
  },
  {
   "cell_type": "code",
   "execution_count": 3,
   "metadata": {},
   "outputs": [],
   "source": [
    "import pandas as pd\n",
    "import requests\n",
    "\n",
    "ODDS_API_KEY = \"«key»\"\n",
    "hist = requests.get(\n",
    "    \"https://api.the-odds-api.com/v4/historical/sports/basketball_nba/odds\",\n",
    "    params={\"apiKey\": ODDS_API_KEY, \"regions\": \"us\", \"date\": \"2024-01-15T23:00:00Z\"},\n",
    ").json()"
   ]
  },
  {
   "cell_type": "code",
   "execution_count": 4,
   "metadata": {},
   "outputs": [],
   "source": ["ours = pd.read_parquet(\"s3://twg-analytics/closing_lines/nba_2024.parquet\")\n", "ours.head()"]
  }
 ],
 "metadata": {
  "kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"},
  "language_info": {"name": "python", "version": "3.11.6"}
 },
 "nbformat": 4,
 "nbformat_minor": 5
}
""", _key, "Jupyter nbformat v4 JSON; The Odds API historical odds endpoint", key=_key)

_pw = human_pw()
add("r/password", "analytics/hold_by_game.R", r"""
library(DBI)
library(odbc)
library(dplyr)

con <- dbConnect(
  odbc::odbc(),
  Driver   = "ODBC Driver 18 for SQL Server",
  Server   = "smr-sql02.smr.local",
  Database = "SlotAccounting",
  UID      = "analyst_ro",
  PWD      = "«pw»",
  TrustServerCertificate = "yes"
)

hold <- dbGetQuery(con, "
  SELECT GameTheme, Denom, SUM(CoinIn) AS coin_in, SUM(CoinIn - CoinOut - Jackpots) AS win
  FROM dbo.DailyMachineMeters
  WHERE GamingDay >= DATEADD(day, -90, CAST(GETDATE() AS date))
  GROUP BY GameTheme, Denom") %>%
  mutate(hold_pct = round(100 * win / coin_in, 2)) %>%
  arrange(desc(coin_in))

write.csv(hold, "hold_by_game_90d.csv", row.names = FALSE)
dbDisconnect(con)
""", _pw, "odbc R package: dbConnect(odbc::odbc(), UID, PWD)", pw=_pw)

_tok = mixed(48)
add("markdown/token", "docs/integrations/risk-feed.md", r"""
# Risk feed integration (sharp-action alerts)

The risk vendor pushes liability alerts; we can also poll them.

## Quick test from the trading VLAN

```bash
curl -s https://risk-api.sportsbook-risk.example.com/v2/alerts?since=2024-02-01T00:00:00Z \
  -H "Authorization: Bearer «tok»" \
  -H "Accept: application/json" | jq '.alerts[] | {event_id, market, liability}'
```

Alerts with `liability > 50000` page the on-call trader. See `alerts/rules.yaml`.
""", _tok, "RFC 6750 Bearer token usage in the Authorization header", tok=_tok)

_tok = mixed(40)
add("json/token", "odds-relay/config/production.json", r"""
{
  "relay": {
    "listenPort": 7070,
    "upstream": "wss://stream.odds-provider.example.net/v1/live?token=«tok»&sports=soccer,tennis,basketball",
    "reconnectDelayMs": 2000,
    "maxMessageBytes": 1048576
  },
  "publish": {
    "redisChannel": "live-odds",
    "throttleMs": 250
  }
}
""", _tok, "Streaming odds feeds: token passed as a WebSocket URL query parameter", tok=_tok)

_key = hexs(32)
add("php/signing-key", "sportsbook-web/config/geocomply.php", r"""
<?php

return [
    // GeoComply geolocation checks for the NJ online sportsbook
    'oobee_url'      => 'https://oobee.geocomply.example.com/',
    'license_url'    => env('GEOCOMPLY_LICENSE_URL'),
    'decrypt_key'    => '«key»',
    'decrypt_iv'     => '«iv»',
    'reason_codes'   => ['LOGIN', 'DEPOSIT', 'WAGER', 'INTERVAL'],
    'recheck_seconds' => 1200,
    'allowed_jurisdictions' => ['US-NJ'],
];
""", _key, "GeoComply integration: AES key and IV for decrypting geolocation packets", key=_key, iv=hexs(32))

_pw = gen_pw(32)
add("javascript/connection-url", "betslip-service/src/cache.js", r"""
"use strict";

const { createClient } = require("redis");

// bet slip drafts and price snapshots live for 15 minutes
const client = createClient({
  url: "rediss://default:«pw»@betslip-cache.tidewater.local:6380/2",
  socket: { reconnectStrategy: (retries) => Math.min(retries * 100, 3000) },
});

client.on("error", (err) => console.error("redis error", err));

async function saveSlip(playerId, slip) {
  await client.set(`slip:${playerId}`, JSON.stringify(slip), { EX: 900 });
}

async function loadSlip(playerId) {
  const raw = await client.get(`slip:${playerId}`);
  return raw ? JSON.parse(raw) : null;
}

module.exports = { client, saveSlip, loadSlip };
""", _pw, "node-redis docs: createClient({ url: 'rediss://user:password@host:port/db' })", pw=_pw)


# ---------------------------------------------------------------------------------------------
# Surveillance and VMS
# ---------------------------------------------------------------------------------------------

_pw = human_pw()
add("yaml/password", "surveillance/bookmark-sync/config.yaml", r"""
# Pulls XProtect bookmarks for table-games incidents into the investigations DB
xprotect:
  api_gateway: https://vms-mgmt.smr.local/api/rest/v1
  idp_token_url: https://vms-mgmt.smr.local/API/IDP/connect/token
  client_id: GrantValidatorClient
  grant_type: password
  username: svc_bookmarks
  password: "«pw»"
  verify_tls: true

investigations_db:
  dsn_env: INVESTIGATIONS_DSN

sync:
  interval_minutes: 5
  bookmark_prefixes: ["TG-", "CAGE-", "SLOT-"]
""", _pw, "Milestone XProtect API Gateway docs: OAuth token via /API/IDP/connect/token (password grant)", pw=_pw)

_pw = url_pw()
_rows = []
_r = _rng()
for _i in range(1, 15):
    _rows.append(f"PIT3-CAM{_i:02d},Pit 3 table {_i},10.60.3.{20 + _i},"
                 f"rtsp://viewer:{_pw}@10.60.3.{20 + _i}:554/axis-media/media.amp?resolution=1920x1080,"
                 f"{_r.choice(['P3245-LVE', 'P3268-LVE', 'M3086-V'])}")
add("csv/password", "surveillance/inventory/cameras_pit3.csv",
    "camera_id,description,ip,stream_url,model\n" + "\n".join(_rows) + "\n", _pw,
    "Axis VAPIX docs: RTSP stream URL axis-media/media.amp; RFC 3986 userinfo", )

_pw = human_pw("!#$*%@")
add("csharp/password", "src/Surveillance.AlarmBridge/GenetecConnection.cs", r"""
using System;
using Genetec.Sdk;

namespace CopperCanyon.Surveillance.AlarmBridge
{
    internal sealed class GenetecConnection : IDisposable
    {
        private readonly Engine _engine = new Engine();

        public void Connect()
        {
            _engine.ClientCertificate = "KxsD11z743Hf5Gq9mv3+5ekxzemlCiUXkTFY5ba1NOGcLCmGstt2n0zYE9NsNimv";
            var state = _engine.LogOn("gsc-dir01.coppercanyon.local", "svc_alarmbridge", "«pw»");
            if (state != ConnectionStateCode.Success)
            {
                throw new InvalidOperationException($"Security Center logon failed: {state}");
            }
        }

        public void RaiseTableGamesAlarm(Guid alarmGuid, Guid cameraGuid)
        {
            _engine.AlarmManager.TriggerAlarm(alarmGuid, cameraGuid);
        }

        public void Dispose()
        {
            _engine.LogOff();
            _engine.Dispose();
        }
    }
}
""", _pw, "Genetec Security Center SDK: Engine.LogOn(server, username, password), ClientCertificate", pw=_pw)

_pw = human_pw()
add("python/password", "surveillance/tools/ptz_presets.py", r"""
#!/usr/bin/env python3
# Re-applies the PTZ presets on the cage and count-room domes after a firmware update.
from onvif import ONVIFCamera

DOMES = {
    "CAGE-PTZ01": "10.60.9.11",
    "CAGE-PTZ02": "10.60.9.12",
    "COUNT-PTZ01": "10.60.9.21",
}
PRESETS = {"window1": 1, "window2": 2, "vault_door": 3, "count_table": 4}


def main():
    for name, ip in DOMES.items():
        cam = ONVIFCamera(ip, 80, "onvif_admin", "«pw»")
        media = cam.create_media_service()
        ptz = cam.create_ptz_service()
        token = media.GetProfiles()[0].token
        existing = {p.Name for p in ptz.GetPresets({"ProfileToken": token})}
        missing = [p for p in PRESETS if p not in existing]
        print(f"{name}: missing presets {missing}")


if __name__ == "__main__":
    main()
""", _pw, "python-onvif-zeep: ONVIFCamera(host, port, user, passwd)", pw=_pw)

_pw = gen_pw(14)
add("shell/password", "surveillance/scripts/axis_set_overlay.sh", r"""
#!/bin/sh
# Sets the text overlay (table number + gaming day) on every Axis camera in the list.
CAMERAS="10.60.3.21 10.60.3.22 10.60.3.23 10.60.3.24 10.60.3.25"
DAY=$(date +%Y-%m-%d)

for ip in $CAMERAS; do
  curl --silent --digest -u 'root:«pw»' \
    "http://$ip/axis-cgi/param.cgi?action=update&Image.I0.Text.String=Pit3%20$DAY&Image.I0.Text.TextEnabled=yes" \
    || echo "failed: $ip"
done
""", _pw, "Axis VAPIX docs: param.cgi update with HTTP digest authentication", pw=_pw)

_key = hexs(64)
add("json/api-key", "surveillance/acc-connector/config.json", r"""
{
  "acc": {
    "webEndpoint": "https://acc-server.tidewater.local:8443/mt/api/rest/v1",
    "username": "integration_svc",
    "clientName": "tidewater-incident-connector",
    "userNonce": "tidewater-incident",
    "userKey": "«key»",
    "integrationIdentifier": "tw-incident-01"
  },
  "incidents": {
    "pollSeconds": 10,
    "siteIds": ["NORTH", "SOUTH"]
  }
}
""", _key, "Avigilon Control Center Web Endpoint API: user nonce and user key for the authorization token", key=_key)

_pw = human_pw()
add("python/password", "surveillance/tools/nvr_health.py", r"""
import requests
from requests.auth import HTTPDigestAuth
import xml.etree.ElementTree as ET

NVRS = ["10.61.0.10", "10.61.0.11", "10.61.0.12"]
AUTH = HTTPDigestAuth("admin", "«pw»")
NS = {"hik": "http://www.hikvision.com/ver20/XMLSchema"}


def hdd_status(ip: str) -> list:
    r = requests.get(f"http://{ip}/ISAPI/ContentMgmt/Storage/hdd", auth=AUTH, timeout=5)
    r.raise_for_status()
    root = ET.fromstring(r.content)
    return [(h.findtext("hik:id", namespaces=NS), h.findtext("hik:status", namespaces=NS))
            for h in root.findall("hik:hdd", NS)]


for ip in NVRS:
    for disk_id, status in hdd_status(ip):
        flag = "" if status == "ok" else "  <-- check retention!"
        print(f"{ip} disk {disk_id}: {status}{flag}")
""", _pw, "Hikvision ISAPI: /ISAPI/ContentMgmt/Storage/hdd with HTTP digest auth", pw=_pw)

_pw = url_pw()
add("yaml/password", "surveillance/go2rtc/go2rtc.yaml", r"""
# Restreams for the count room monitor wall (read-only viewers)
streams:
  count_room_wide: rtsp://wall_viewer:«pw»@10.60.9.31:554/Streaming/Channels/101
  count_room_table: rtsp://wall_viewer:«pw»@10.60.9.32:554/Streaming/Channels/101
  soft_count_scale: rtsp://wall_viewer:«pw»@10.60.9.33:554/Streaming/Channels/102

api:
  listen: ":1984"
  origin: "*"

rtsp:
  listen: ":8554"

webrtc:
  candidates:
    - 10.60.9.5:8555
""", _pw, "go2rtc docs: streams with RTSP sources (rtsp://user:pass@host)", pw=_pw)

_key = b64bytes(32)
add("wireguard/private-key", "surveillance/remote-review/wg0.conf", r"""
# Remote review tunnel: gaming control agent workstation -> surveillance review subnet
[Interface]
Address = 10.200.50.2/32
PrivateKey = «key»
DNS = 10.60.0.53

[Peer]
PublicKey = «pub»
Endpoint = vpn-surv.smr-resort.com:51820
AllowedIPs = 10.60.0.0/16
PersistentKeepalive = 25
""", _key, "WireGuard wg-quick(8) configuration: [Interface] PrivateKey", key=_key, pub=b64bytes(32))

_key = pkcs8_rsa_key()
add("openvpn/private-key", "surveillance/vendor-access/integrator.ovpn", r"""
client
dev tun
proto udp
remote vpn.coppercanyon-surv.net 1194
resolv-retry infinite
nobind
persist-key
persist-tun
remote-cert-tls server
cipher AES-256-GCM
auth SHA256
verb 3
ca ca.crt
cert integrator.crt
<key>
«key»
</key>
""", _key, "OpenVPN reference manual: inline files (<key>...</key>)", key=_key)

_pw = human_pw("!#$*%")
add("cisco/password", "network/surveillance/surv-core-sw01.cfg", r"""
!
hostname surv-core-sw01
!
service timestamps log datetime msec
service password-encryption
!
username netops privilege 15 password 0 «pw»
!
vlan 60
 name SURV-CAMERAS
vlan 61
 name SURV-NVR
!
interface range GigabitEthernet1/0/1 - 44
 description camera access
 switchport mode access
 switchport access vlan 60
 spanning-tree portfast
!
interface Vlan61
 ip address 10.61.0.1 255.255.255.0
!
ip ssh version 2
line vty 0 15
 login local
 transport input ssh
!
end
""", _pw, "Cisco IOS command reference: username ... password 0 (unencrypted)", pw=_pw)


# ---------------------------------------------------------------------------------------------
# Hotel PMS integration
# ---------------------------------------------------------------------------------------------

_secret = mixed(36, ALNUM + "-_")
add("json/client-secret", "pms-sync/config/ohip.production.json", r"""
{
  "ohip": {
    "gatewayUrl": "https://ohip-gw.example-hospitality.com",
    "hotelId": "SMRRESORT",
    "clientId": "smr_casino_comp_Client",
    "clientSecret": "«secret»",
    "appKeyFrom": "env:OHIP_APP_KEY",
    "enterpriseId": "SMRCORP",
    "username": "SMR_CASINO_INT"
  },
  "sync": {
    "postCompsToFolio": true,
    "routingCode": "CASINO",
    "transactionCode": 9120
  }
}
""", _secret, "Oracle Hospitality Integration Platform docs: OAuth token with client id/secret and x-app-key",
    secret=_secret)

_pw = human_pw()
add("python/password", "pms_bridge/oxi_client.py", r"""
import requests

OXI_URL = "https://opera-oxi.smr.local/Operajserv/OXIServlets/PMSInterface"
OXI_USER = "OXI_CASINO"
OXI_PASSWORD = "«pw»"
RESORT = "SMR"


def post_room_comp(confirmation_no: str, amount: str, comp_ref: str) -> None:
    # posts a casino room comp to the guest folio
    envelope = f'''<?xml version="1.0" encoding="UTF-8"?>
<Posting resort="{RESORT}" confirmation="{confirmation_no}">
  <TrxCode>9120</TrxCode><Amount>{amount}</Amount><Reference>{comp_ref}</Reference>
</Posting>'''
    r = requests.post(OXI_URL, data=envelope, auth=(OXI_USER, OXI_PASSWORD),
                      headers={"Content-Type": "text/xml"}, timeout=15)
    r.raise_for_status()
""", _pw, "Oracle OPERA OXI interface: HTTP posting with interface user credentials", pw=_pw)

_pw = human_pw("!#$*%")
add("xml/password", "pms-integration/samples/htng-reservation-request.xml", r"""
<?xml version="1.0" encoding="UTF-8"?>
<soap:Envelope xmlns:soap="http://www.w3.org/2003/05/soap-envelope"
               xmlns:wsse="http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-secext-1.0.xsd"
               xmlns:ota="http://www.opentravel.org/OTA/2003/05">
  <soap:Header>
    <wsse:Security soap:mustUnderstand="true">
      <wsse:UsernameToken>
        <wsse:Username>CC_CASINO_HTNG</wsse:Username>
        <wsse:Password Type="http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-username-token-profile-1.0#PasswordText">«pw»</wsse:Password>
      </wsse:UsernameToken>
    </wsse:Security>
  </soap:Header>
  <soap:Body>
    <ota:OTA_ReadRQ Version="1.0" EchoToken="casino-host-lookup">
      <ota:ReadRequests>
        <ota:ReadRequest>
          <ota:UniqueID Type="14" ID="48120571" />
        </ota:ReadRequest>
      </ota:ReadRequests>
    </ota:OTA_ReadRQ>
  </soap:Body>
</soap:Envelope>
""", _pw, "OASIS WS-Security UsernameToken Profile 1.0 (PasswordText); HTNG / OTA_ReadRQ", pw=_pw)

_secret = mixed(40)
add("dotenv/client-secret", "pos-comp-bridge/.env.prod", r"""
# Agilysys POS -> casino comp bridge
AGILYSYS_BASE_URL=https://stay-api.tidewater-resort.com
AGILYSYS_TENANT_ID=tidewater
AGILYSYS_CLIENT_ID=casino-comp-bridge
AGILYSYS_CLIENT_SECRET=«secret»
COMP_OUTLETS=STEAKHOUSE,NOODLEBAR,BUFFET,POOLBAR
COMP_TENDER_CODE=CASCOMP
""", _secret, "OAuth 2.0 client credentials for a hospitality POS API", secret=_secret)

_pw = human_pw()
add("properties/password", "crs-rate-sync/src/main/resources/synxis.properties", r"""
# SynXis CRS channel connection - casino rate codes (CASINO, COMPRM, HOSTOFFER)
synxis.endpoint=https://services.synxis.com/interface/Channel
synxis.chain.code=21544
synxis.hotel.code=61877
synxis.username=CopperCanyonCasinoIface
synxis.password=«pw»
synxis.rate.codes=CASINO,COMPRM,HOSTOFFER
synxis.sync.cron=0 0/30 * * * *
synxis.timeout.ms=20000
""", _pw, "Sabre SynXis Channel Connect: SOAP interface credentials per chain and hotel", pw=_pw)

_pw = gen_pw(16, "!#%")
add("yaml/password", "hms-integration/config/infor-hms.yaml", r"""
infor_hms:
  wsdl: https://hms.tidewater-resort.com/HMSWebServices/GuestService.svc?wsdl
  property_code: TWR
  credentials:
    username: casino_marketing
    password: '«pw»'
  timeouts:
    connect: 10
    read: 30

mapping:
  vip_codes:
    DIAMOND: VIP1
    PLATINUM: VIP2
    GOLD: VIP3
  casino_host_field: UDF_CASINO_HOST
""", _pw, "Infor HMS web services (WSDL) integration settings", pw=_pw)

_pw = human_pw("!#%*")
add("shell/password", "pms/night-audit/push_night_audit.sh", r"""
#!/bin/bash
# Ships the PMS night audit extract to the casino data warehouse landing zone.
set -e
AUDIT_DIR=/data/opera/exports/night_audit
FILE=$(ls -t "$AUDIT_DIR"/NA_*.csv | head -1)

sshpass -p '«pw»' sftp -oBatchMode=no -oStrictHostKeyChecking=accept-new \
  svc_pmsfeed@dw-landing.smr.local <<EOF
cd /landing/pms/night_audit
put $FILE
bye
EOF

echo "$(date -Is) uploaded $FILE" >> /var/log/push_night_audit.log
""", _pw, "sshpass(1): -p password; sftp(1) batch upload", pw=_pw)

_access = hexs(32, upper=True) + "-" + hexs(31, upper=True)
add("json/token", "hotel-tower-b/mews-connector.json", r"""
{
  "platformAddress": "https://api.mews.com",
  "client": "SMR Casino Host Tool 1.4",
  "clientToken": "${MEWS_CLIENT_TOKEN}",
  "accessToken": "«access»",
  "enterpriseId": "«ent»",
  "services": {
    "stay": "«svc»"
  },
  "postings": {
    "accountingCategory": "Casino comps",
    "currency": "USD"
  }
}
""", _access, "Mews Connector API docs: ClientToken and AccessToken in each request",
    access=_access, ent=uuid4(), svc=uuid4())


# ---------------------------------------------------------------------------------------------
# Compliance reporting (FinCEN, gaming regulators, MTL/CTR warehouses)
# ---------------------------------------------------------------------------------------------

_pw = human_pw("!#$*%@")
add("shell/password", "compliance/bsa/submit_ctr_batch.sh", r"""
#!/usr/bin/env bash
# Uploads the nightly CTR batch (FinCEN Form 112 XML) through BSA E-Filing SDTM.
set -euo pipefail

BATCH_DIR=/srv/compliance/ctr/outbound
BATCH=$(ls -1t "$BATCH_DIR"/CTRX_*.xml | head -n 1)
SDTM_HOST=bsaefiling-direct.fincen.treas.gov

xmllint --noout --schema /srv/compliance/schemas/EFL_CTRXBatchSchema.xsd "$BATCH"

lftp -u 'SDTM_SMR01,«pw»' -p 2222 "sftp://$SDTM_HOST" <<EOF
cd submissions
put "$BATCH"
bye
EOF

mv "$BATCH" /srv/compliance/ctr/sent/
logger -t ctr-submit "submitted $(basename "$BATCH")"
""", _pw, "FinCEN BSA E-Filing: Secure Direct Transfer Mode (SFTP); lftp(1) -u user,password", pw=_pw)

_pw = human_pw()
add("python/password", "compliance/sar/fetch_acknowledgements.py", r"""
\"\"\"Downloads FinCEN acknowledgement files for SARC batches and marks them filed.\"\"\"
import pathlib

import paramiko

HOST = "bsaefiling-direct.fincen.treas.gov"
PORT = 2222
USER = "SDTM_TWG02"
PASSWORD = "«pw»"
LOCAL = pathlib.Path("/srv/compliance/sar/acks")


def main() -> None:
    transport = paramiko.Transport((HOST, PORT))
    transport.connect(username=USER, password=PASSWORD)
    sftp = paramiko.SFTPClient.from_transport(transport)
    try:
        for name in sftp.listdir("acks"):
            if name.startswith("SARX") and name.endswith(".ACKED.xml"):
                sftp.get(f"acks/{name}", str(LOCAL / name))
                print("downloaded", name)
    finally:
        sftp.close()
        transport.close()


if __name__ == "__main__":
    main()
""".replace('\\"', '"'), _pw, "paramiko docs: Transport.connect(username, password), SFTPClient", pw=_pw)

_key = openssh_key()
add("yaml/private-key", "compliance/regulator-feeds/dge-sftp.yaml", r"""
# Daily gross revenue and wagering data to the state regulator's SFTP
regulator: NJ-DGE
licensee_id: "T-0417"
sftp:
  host: sftp.regulator-reporting.example.gov
  port: 22
  username: tidewater_igaming
  remote_dir: /inbound/t0417/daily
  private_key: |
«key»
schedule:
  cron: "30 7 * * *"
files:
  - pattern: "DGR_{gaming_day:%Y%m%d}.csv"
  - pattern: "WAGERS_{gaming_day:%Y%m%d}.csv.gz"
""", _key, "OpenSSH private key format (openssh-key-v1) in a YAML block scalar", key=indent(_key, 4))

_pw = gen_pw(16)
add("java/password", "regulatory-reports/src/main/java/com/coppercanyon/reports/ReportMailer.java", r"""
package com.coppercanyon.reports;

import jakarta.mail.*;
import jakarta.mail.internet.*;
import java.io.File;
import java.util.Properties;

public class ReportMailer {

    private static final String SMTP_HOST = "smtp.office365.com";
    private static final String SMTP_USER = "gaming-reports@coppercanyoncasino.com";
    private static final String SMTP_PASS = "«pw»";

    public void sendMonthlyTaxReport(File pdf, String to) throws Exception {
        Properties props = new Properties();
        props.put("mail.smtp.auth", "true");
        props.put("mail.smtp.starttls.enable", "true");
        props.put("mail.smtp.host", SMTP_HOST);
        props.put("mail.smtp.port", "587");

        Session session = Session.getInstance(props, new Authenticator() {
            @Override
            protected PasswordAuthentication getPasswordAuthentication() {
                return new PasswordAuthentication(SMTP_USER, SMTP_PASS);
            }
        });

        MimeMessage msg = new MimeMessage(session);
        msg.setFrom(new InternetAddress(SMTP_USER));
        msg.setRecipients(Message.RecipientType.TO, InternetAddress.parse(to));
        msg.setSubject("Monthly gaming tax report");
        MimeBodyPart attachment = new MimeBodyPart();
        attachment.attachFile(pdf);
        Multipart mp = new MimeMultipart();
        mp.addBodyPart(attachment);
        msg.setContent(mp);
        Transport.send(msg);
    }
}
""", _pw, "Jakarta Mail: Session with Authenticator / PasswordAuthentication over SMTP STARTTLS", pw=_pw)

_pw = url_pw()
add("yaml/connection-url", "airflow/config/connections.yaml", r"""
# airflow connections import -f connections.yaml
mtl_warehouse:
  conn_type: mssql
  description: Multiple transaction log / CTR aggregation warehouse
  conn_uri: mssql://mtl_etl:«pw»@smr-sql03.smr.local:1433/MTL
slot_dw:
  conn_type: mssql
  description: Slot accounting warehouse (read only, Kerberos)
  host: smr-sql02.smr.local
  schema: SlotAccounting
  extra:
    trusted_connection: "yes"
""", _pw, "Apache Airflow docs: airflow connections import (YAML), connection URI format", pw=_pw)

_pw = url_pw()
add("helm/connection-url", "airflow/helm/values-prod.yaml", r"""
executor: KubernetesExecutor
images:
  airflow:
    repository: registry.tidewater.local/data/airflow
    tag: 2.8.1-compliance

env:
  - name: AIRFLOW__CORE__LOAD_EXAMPLES
    value: "False"
  - name: AIRFLOW_CONN_TITLE31_DB
    value: "postgresql://t31_loader:«pw»@title31-pg.tidewater.local:5432/title31"
  - name: COMPLIANCE_REPORT_BUCKET
    value: "s3://twg-compliance-reports"

dags:
  gitSync:
    enabled: true
    repo: git@git.tidewater.local:data/compliance-dags.git
    branch: main
""", _pw, "Apache Airflow: AIRFLOW_CONN_<CONN_ID> environment variables; official Helm chart env", pw=_pw)

_pw = human_pw()
add("yaml/password", "compliance_dbt/profiles.yml", r"""
compliance_dbt:
  target: prod
  outputs:
    prod:
      type: snowflake
      account: twg-nj01.us-east-1
      user: DBT_COMPLIANCE
      password: "«pw»"
      role: COMPLIANCE_TRANSFORMER
      database: COMPLIANCE
      warehouse: COMPLIANCE_WH
      schema: MARTS
      threads: 6
      client_session_keep_alive: false
""", _pw, "dbt docs: Snowflake profile (user/password authentication)", pw=_pw)

_key = b64bytes(64)
add("json/connection-string", "compliance-archiver/local.settings.json", r"""
{
  "IsEncrypted": false,
  "Values": {
    "FUNCTIONS_WORKER_RUNTIME": "dotnet-isolated",
    "AzureWebJobsStorage": "DefaultEndpointsProtocol=https;AccountName=ccworm01archive;AccountKey=«key»;EndpointSuffix=core.windows.net",
    "ArchiveContainer": "w2g-1042s-archive",
    "RetentionYears": "5",
    "Schedule": "0 0 8 * * *"
  }
}
""", _key, "Azure Functions docs: local.settings.json; Azure Storage connection string with AccountKey", key=_key)

_kid = "AKIA" + chars(16, string.ascii_uppercase + "234567")
_sk = chars(40, ALNUM + "/+")
add("ini/aws-secret-key", "ops/compliance-exports/aws/credentials", r"""
[default]
region = us-east-1

[compliance-exports]
aws_access_key_id = «kid»
aws_secret_access_key = «sk»
region = us-east-1

[readonly]
role_arn = arn:aws:iam::418275506713:role/compliance-readonly
source_profile = compliance-exports
""", _sk, "AWS CLI docs: shared credentials file (aws_access_key_id, aws_secret_access_key)", kid=_kid, sk=_sk)

_key = pkcs8_rsa_key()
_key_json = _key.replace("\n", "\\n") + "\\n"
add("json/private-key", "compliance/bq-loader/service-account.json", r"""
{
  "type": "service_account",
  "project_id": "smr-compliance-analytics",
  "private_key_id": "«kid»",
  "private_key": "«key»",
  "client_email": "bq-loader@smr-compliance-analytics.iam.gserviceaccount.com",
  "client_id": "104528817730925184411",
  "auth_uri": "https://accounts.google.com/o/oauth2/auth",
  "token_uri": "https://oauth2.googleapis.com/token",
  "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",
  "client_x509_cert_url": "https://www.googleapis.com/robot/v1/metadata/x509/bq-loader%40smr-compliance-analytics.iam.gserviceaccount.com"
}
""", _key_json, "Google Cloud docs: service account key file (JSON, private_key)", kid=hexs(40), key=_key_json)

_pw = human_pw("!#$*%")
add("powershell/password", "compliance/Send-W2GExtract.ps1", r"""
# Sends the W-2G / 1042-S extract to the tax vendor's upload API.
$ErrorActionPreference = 'Stop'
$extract = Get-ChildItem '\\smr-fs01\compliance\tax\outbound\W2G_*.csv' | Sort-Object LastWriteTime | Select-Object -Last 1

$secure = ConvertTo-SecureString -String "«pw»" -AsPlainText -Force
$cred = [pscredential]::new('smr_tax_upload', $secure)

$form = @{
    propertyCode = 'SMR01'
    taxYear      = (Get-Date).Year
    file         = Get-Item $extract.FullName
}
Invoke-RestMethod -Uri 'https://upload.taxfiling-vendor.example.com/api/v1/w2g' -Method Post `
    -Credential $cred -Authentication Basic -Form $form

Move-Item $extract.FullName '\\smr-fs01\compliance\tax\sent\' -Force
""", _pw, "PowerShell 7 Invoke-RestMethod: -Credential, -Authentication Basic, -Form", pw=_pw)

_pw = human_pw("!#$*%")
add("xml/password", "ssis/MTL_Load/MTL_Load.dtsConfig", r"""
<?xml version="1.0"?>
<DTSConfiguration>
  <DTSConfigurationHeading>
    <DTSConfigurationFileInfo GeneratedBy="SMR\etl_dev" GeneratedFromPackageName="MTL_Load" GeneratedDate="3/14/2023 10:22:41 AM" />
  </DTSConfigurationHeading>
  <Configuration ConfiguredType="Property" Path="\Package.Connections[CageMaster].Properties[ConnectionString]" ValueType="String">
    <ConfiguredValue>Data Source=SMR-SQL01\CAGE;Initial Catalog=CageMaster;Provider=SQLNCLI11.1;Integrated Security=SSPI;</ConfiguredValue>
  </Configuration>
  <Configuration ConfiguredType="Property" Path="\Package.Connections[MTL].Properties[UserName]" ValueType="String">
    <ConfiguredValue>mtl_loader</ConfiguredValue>
  </Configuration>
  <Configuration ConfiguredType="Property" Path="\Package.Connections[MTL].Properties[Password]" ValueType="String">
    <ConfiguredValue>«pw»</ConfiguredValue>
  </Configuration>
  <Configuration ConfiguredType="Property" Path="\Package.Variables[User::CtrThreshold].Properties[Value]" ValueType="Int32">
    <ConfiguredValue>10000</ConfiguredValue>
  </Configuration>
</DTSConfiguration>
""", _pw, "Microsoft Docs: SSIS package configurations (.dtsConfig XML)", pw=_pw)

_pw = gen_pw(14)
add("shell/password", "compliance/exclusion-list/load_exclusions.sh", r"""
#!/bin/ksh
# Loads the state self-exclusion list into the player DB (Oracle) and flags matches.
LIST=/data/exclusions/incoming/exclusion_list_$(date +%Y%m%d).csv
export ORACLE_SID=PTSPRD

sqlldr userid=excl_loader/«pw»@PTSPRD control=/opt/excl/exclusions.ctl data="$LIST" \
  log=/opt/excl/logs/exclusions.log bad=/opt/excl/logs/exclusions.bad

sqlplus -s excl_loader/«pw»@PTSPRD <<'SQL'
WHENEVER SQLERROR EXIT FAILURE
EXEC excl.flag_excluded_players;
COMMIT;
EXIT
SQL
""", _pw, "Oracle SQL*Loader and SQL*Plus: userid=user/password@connect_identifier", pw=_pw)


# ---------------------------------------------------------------------------------------------
# KYC / AML vendors
# ---------------------------------------------------------------------------------------------

_secret = mixed(32)
add("python/api-key", "kyc/jumio_client.py", r"""
import requests

JUMIO_API_TOKEN = "«tok»"
JUMIO_API_SECRET = "«secret»"
JUMIO_BASE = "https://account.amer-1.jumio.ai/api/v1"
USER_AGENT = "TidewaterGaming KYC/2.3"


def create_account(customer_ref: str, callback: str) -> dict:
    payload = {
        "customerInternalReference": customer_ref,
        "workflowDefinition": {"key": 10013},
        "callbackUrl": callback,
    }
    r = requests.post(f"{JUMIO_BASE}/accounts", json=payload,
                      auth=(JUMIO_API_TOKEN, JUMIO_API_SECRET),
                      headers={"User-Agent": USER_AGENT}, timeout=20)
    r.raise_for_status()
    return r.json()
""", _secret, "Jumio KYX API docs: HTTP Basic with API token and API secret, User-Agent required",
    tok=uuid4(), secret=_secret)

_tok = "prd:" + mixed(24) + "." + mixed(32)
add("yaml/token", "kyc-service/config/sumsub.yml", r"""
sumsub:
  base_url: https://api.sumsub.com
  app_token: "«tok»"
  secret_key: "{{ vault:secret/kyc/sumsub#secret_key }}"
  level_name: casino-onboarding-us
  ttl_seconds: 1800
  webhook:
    path: /webhooks/sumsub
    digest_alg: HMAC_SHA256_HEX
""", _tok, "Sumsub API docs: App Token (X-App-Token) and secret key request signing", tok=_tok)

_secret = uuid4()
add("typescript/webhook-secret", "player-onboarding/pages/api/webhooks/veriff.ts", r"""
import crypto from "crypto";
import type { NextApiRequest, NextApiResponse } from "next";

const VERIFF_SHARED_SECRET = "«secret»";

export const config = { api: { bodyParser: false } };

async function rawBody(req: NextApiRequest): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const body = await rawBody(req);
  const expected = crypto.createHmac("sha256", VERIFF_SHARED_SECRET).update(body).digest("hex");
  if (req.headers["x-hmac-signature"] !== expected) {
    return res.status(401).end();
  }
  const event = JSON.parse(body.toString("utf8"));
  // decision: approved / declined / resubmission_requested
  console.log("veriff decision", event.verification?.id, event.verification?.status);
  return res.status(200).json({ ok: true });
}
""", _secret, "Veriff docs: X-HMAC-SIGNATURE computed with the integration's shared secret key", secret=_secret)

_key = hexs(32)
add("csharp/api-key", "src/Onboarding.Kyc/TruliooVerifier.cs", r"""
using System.Net.Http;
using System.Net.Http.Json;
using System.Threading.Tasks;

namespace CopperCanyon.Onboarding.Kyc
{
    public class TruliooVerifier
    {
        private const string ApiKey = "«key»";
        private readonly HttpClient _http = new HttpClient { BaseAddress = new System.Uri("https://gateway.trulioo.com/") };

        public TruliooVerifier()
        {
            _http.DefaultRequestHeaders.Add("x-trulioo-api-key", ApiKey);
        }

        public async Task<string> VerifyAsync(object dataFields)
        {
            var body = new
            {
                AcceptTruliooTermsAndConditions = true,
                ConfigurationName = "Identity Verification",
                CountryCode = "US",
                DataFields = dataFields
            };
            var resp = await _http.PostAsJsonAsync("verifications/v1/verify", body);
            resp.EnsureSuccessStatusCode();
            return await resp.Content.ReadAsStringAsync();
        }
    }
}
""", _key, "Trulioo GlobalGateway docs: x-trulioo-api-key header, verifications/v1/verify", key=_key)

_key = uuid4()
add("java/api-key", "kyc-gateway/src/main/java/com/tidewater/kyc/SocureClient.java", r"""
package com.tidewater.kyc;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

public class SocureClient {
    private static final String ENDPOINT = "https://service.socure.com/api/3.0/EmailAuthScore";
    private static final String API_KEY = "«key»";

    private final HttpClient http = HttpClient.newHttpClient();

    public String score(String json) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(ENDPOINT))
                .header("Authorization", "SocureApiKey " + API_KEY)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json))
                .build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("Socure error " + response.statusCode());
        }
        return response.body();
    }
}
""", _key, "Socure ID+ API docs: Authorization: SocureApiKey <key>", key=_key)

_pw = human_pw("!#$*%")
add("xml/password", "aml/watchlist/BridgerSettings.xml", r"""
<?xml version="1.0" encoding="utf-8"?>
<WatchlistSettings>
  <Service>
    <Url>https://bridger.lexisnexis.com/LN.WebServices/11.4/XGServices.svc</Url>
    <ClientID>CCCASINO</ClientID>
    <UserID>cc_aml_batch</UserID>
    <Password>«pw»</Password>
  </Service>
  <Screening>
    <PredefinedSearch>OFAC+PEP Casino</PredefinedSearch>
    <MinimumScore>85</MinimumScore>
    <Triggers>
      <Trigger>NewPlayerEnrollment</Trigger>
      <Trigger>MarkerApplication</Trigger>
      <Trigger>W2GPayout</Trigger>
    </Triggers>
  </Screening>
</WatchlistSettings>
""", _pw, "LexisNexis Bridger Insight XG web services: ClientID / UserID / Password context", pw=_pw)

_key = mixed(32)
add("python/api-key", "aml/screening/complyadvantage.py", r"""
import requests

CA_API = "https://api.complyadvantage.com"
CA_KEY = "«key»"


def screen_player(full_name: str, birth_year: int, player_id: str) -> dict:
    body = {
        "search_term": full_name,
        "client_ref": player_id,
        "fuzziness": 0.6,
        "filters": {"birth_year": birth_year, "types": ["sanction", "pep", "warning", "adverse-media"]},
        "share_url": 1,
    }
    r = requests.post(f"{CA_API}/searches", json=body,
                      headers={"Authorization": f"Token {CA_KEY}"}, timeout=15)
    r.raise_for_status()
    return r.json()["content"]["data"]
""", _key, "ComplyAdvantage API docs: POST /searches with Authorization: Token <api_key>", key=_key)

_key = "persona_production_" + uuid4()
add("ruby/api-key", "player-portal/config/initializers/persona.rb", r"""
# Persona inquiries for online account registration (age + identity)
Rails.application.config.persona = ActiveSupport::OrderedOptions.new.tap do |persona|
  persona.api_base = "https://withpersona.com/api/v1"
  persona.api_key = "«key»"
  persona.template_id = "itmpl_Xf3kQ9vB2nL7mR4sT8wY1cZ6"
  persona.api_version = "2023-01-05"
end

PERSONA_HEADERS = {
  "Authorization" => "Bearer #{Rails.application.config.persona.api_key}",
  "Persona-Version" => Rails.application.config.persona.api_version,
  "Key-Inflection" => "camel"
}.freeze
""", _key, "Persona API docs: Bearer API keys (persona_production_...), Persona-Version header", key=_key)

_pw = human_pw()
add("php/password", "onboarding/src/Kyc/IdologyClient.php", r"""
<?php

namespace Tidewater\Onboarding\Kyc;

use GuzzleHttp\Client;

final class IdologyClient
{
    private const USERNAME = 'tidewater_nj_api';
    private const PASSWORD = '«pw»';

    private Client $http;

    public function __construct()
    {
        $this->http = new Client(['base_uri' => 'https://web.idologylive.com/api/', 'timeout' => 20]);
    }

    public function expectId(array $applicant): string
    {
        $response = $this->http->post('idiq.svc', [
            'form_params' => array_merge([
                'username' => self::USERNAME,
                'password' => self::PASSWORD,
            ], $applicant),
        ]);
        return (string) $response->getBody();
    }
}
""", _pw, "IDology ExpectID API: form-encoded username and password", pw=_pw)

_secret = mixed(32)
add("json/api-key", "postman/alloy-production.postman_environment.json", r"""
{
  "id": "«envid»",
  "name": "Alloy - production",
  "values": [
    { "key": "baseUrl", "value": "https://api.alloy.co/v1", "type": "default", "enabled": true },
    { "key": "workflowToken", "value": "«tok»", "type": "default", "enabled": true },
    { "key": "workflowSecret", "value": "«secret»", "type": "secret", "enabled": true },
    { "key": "journeyToken", "value": "J-vyZHtqsAPzRDqdQrvLGw", "type": "default", "enabled": true }
  ],
  "_postman_variable_scope": "environment",
  "_postman_exported_at": "2024-03-02T17:44:09.512Z",
  "_postman_exported_using": "Postman/10.23.5"
}
""", _secret, "Alloy API docs: workflow token and secret (HTTP Basic); Postman environment export format",
    envid=uuid4(), tok=mixed(32), secret=_secret)


# ---------------------------------------------------------------------------------------------
# Ops around the floor: alerting, build tooling, hosting, mobile apps
# ---------------------------------------------------------------------------------------------

_tok = f"xoxb-{_rng().randint(10**10, 10**11)}-{_rng().randint(10**12, 10**13)}-{mixed(24)}"
add("python/token", "jackpot-monitor/jackpot_monitor/notify.py", r"""
from slack_sdk import WebClient

# bot: @jackpot-bot in #slot-floor-ops and #surveillance-desk
client = WebClient(token="«tok»")

THRESHOLDS = {"handpay": 1200_00, "progressive": 10000_00}


def announce(event: dict) -> None:
    amount = event["amount_cents"]
    kind = event["kind"]
    if amount < THRESHOLDS.get(kind, 0):
        return
    text = (f":slot_machine: {kind.title()} ${amount / 100:,.2f} on {event['asset']} "
            f"({event['location']}) - attendant {event.get('attendant', 'unassigned')}")
    client.chat_postMessage(channel="#slot-floor-ops", text=text)
    if amount >= 50000_00:
        client.chat_postMessage(channel="#surveillance-desk", text=text + " - please review")
""", _tok, "Slack docs: bot tokens (xoxb-), slack_sdk WebClient(token=...)", tok=_tok)

_key = hexs(32)
add("yaml/api-key", "monitoring/alertmanager/alertmanager.yml", r"""
global:
  resolve_timeout: 5m

route:
  receiver: floor-systems-default
  group_by: [alertname, property]
  routes:
    - matchers: [severity="critical", team="cage-systems"]
      receiver: cage-pager

receivers:
  - name: floor-systems-default
    email_configs:
      - to: floor-systems@smr-resort.com
        send_resolved: true
  - name: cage-pager
    pagerduty_configs:
      - routing_key: «key»
        severity: critical
        description: '{{ .CommonAnnotations.summary }}'
""", _key, "Prometheus Alertmanager docs: pagerduty_config routing_key (Events API v2)", key=_key)

_key = hexs(36) + "NRAL"
add("yaml/api-key", "loyalty-api/newrelic.yml", r"""
common: &default_settings
  license_key: '«key»'
  app_name: Loyalty API
  log_level: info
  distributed_tracing:
    enabled: true
  attributes:
    exclude:
      - request.headers.authorization
      - request.parameters.cardNumber

production:
  <<: *default_settings
  app_name: Loyalty API (prod)

staging:
  <<: *default_settings
  app_name: Loyalty API (staging)
""", _key, "New Relic docs: newrelic.yml license_key; license keys ending in NRAL", key=_key)

_tok = "ghp_" + mixed(36)
add("npmrc/token", "player-app-web/.npmrc", r"""
@smr-resort:registry=https://npm.pkg.github.com
//npm.pkg.github.com/:_authToken=«tok»
always-auth=true
engine-strict=true
save-exact=true
""", _tok, "GitHub Packages docs: authenticating to the npm registry with a personal access token", tok=_tok)

_pat = chars(52, "abcdefghijklmnopqrstuvwxyz234567")
add("xml/token", "src/NuGet.config", r"""
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <packageSources>
    <clear />
    <add key="nuget.org" value="https://api.nuget.org/v3/index.json" />
    <add key="smr-floor" value="https://pkgs.dev.azure.com/smr-resort/_packaging/floor-systems/nuget/v3/index.json" />
  </packageSources>
  <packageSourceCredentials>
    <smr-floor>
      <add key="Username" value="build@smr-resort.com" />
      <add key="ClearTextPassword" value="«pat»" />
    </smr-floor>
  </packageSourceCredentials>
</configuration>
""", _pat, "NuGet docs: nuget.config packageSourceCredentials ClearTextPassword (Azure Artifacts PAT)", pat=_pat)

_pw = url_pw()
add("ini/connection-url", "analytics/pip.conf", r"""
[global]
index-url = https://analytics-ci:«pw»@artifactory.tidewater.local/artifactory/api/pypi/pypi-virtual/simple
trusted-host = artifactory.tidewater.local
timeout = 60

[install]
no-cache-dir = true
""", _pw, "pip docs: configuration file, index-url with credentials", pw=_pw)

_pw = gen_pw(20)
add("xml/password", "build/maven/settings.xml", r"""
<?xml version="1.0" encoding="UTF-8"?>
<settings xmlns="http://maven.apache.org/SETTINGS/1.2.0"
          xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
          xsi:schemaLocation="http://maven.apache.org/SETTINGS/1.2.0 https://maven.apache.org/xsd/settings-1.2.0.xsd">
  <servers>
    <server>
      <id>cc-nexus-releases</id>
      <username>ci-deployer</username>
      <password>«pw»</password>
    </server>
  </servers>
  <mirrors>
    <mirror>
      <id>cc-nexus</id>
      <mirrorOf>*</mirrorOf>
      <url>https://nexus.coppercanyon.local/repository/maven-public/</url>
    </mirror>
  </mirrors>
</settings>
""", _pw, "Apache Maven: settings.xml servers/server/password", pw=_pw)

_pw = gen_pw(24)
add("pgpass/password", "ops/reporting-host/.pgpass", r"""
# hostname:port:database:username:password
cage-pg01.tidewater.local:5432:cage_ledger:report_reader:«pw»
cage-pg02.tidewater.local:5432:cage_ledger:report_reader:«pw»
title31-pg.tidewater.local:5432:title31:report_reader:«pw»
title31-pg.tidewater.local:5432:title31_archive:report_reader:«pw»
""", _pw, "PostgreSQL docs: the password file (.pgpass)", pw=_pw)

_pw = human_pw("!#$*%@")
add("ini/password", "ops/loyalty-db/.my.cnf", r"""
[client]
user=loyalty_ops
password="«pw»"
host=pc-mysql01.tidewater.local
default-character-set=utf8mb4

[mysqldump]
single-transaction
quick
""", _pw, "MySQL docs: option files ([client] password)", pw=_pw)

_pw = human_pw("!#$*%")
add("ini/password", "ops/etl-linux/odbc.ini", r"""
[SlotDW]
Driver=ODBC Driver 18 for SQL Server
Server=tcp:smr-sql02.smr.local,1433
Database=SlotAccounting
UID=etl_linux
PWD=«pw»
Encrypt=yes
TrustServerCertificate=yes

[CageMaster]
Driver=ODBC Driver 18 for SQL Server
Server=tcp:smr-sql01.smr.local,1433
Database=CageMaster
Trusted_Connection=yes
""", _pw, "Microsoft ODBC Driver for SQL Server on Linux: odbc.ini DSN keywords (UID, PWD)", pw=_pw)

_key = chars(50, string.ascii_lowercase + string.digits + "!@#$%^&*(-_=+)")
add("python/signing-key", "host_portal/host_portal/settings/production.py", r"""
from .base import *  # noqa

DEBUG = False
ALLOWED_HOSTS = ["hosts.coppercanyoncasino.com"]

SECRET_KEY = "«key»"

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": "host_portal",
        "HOST": "hostportal-db.coppercanyon.local",
        "USER": "host_portal",
        "PASSWORD": os.environ["HOST_PORTAL_DB_PASSWORD"],
    }
}

SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
SESSION_COOKIE_AGE = 60 * 60 * 8  # one host shift
""", _key, "Django docs: SECRET_KEY setting (get_random_secret_key)", key=_key)

_key = "base64:" + b64bytes(32)
add("dotenv/signing-key", "promotions-kiosk/.env", r"""
APP_NAME="Promo Kiosk"
APP_ENV=production
APP_KEY=«key»
APP_DEBUG=false
APP_URL=https://promo-kiosk.tidewater.local

LOG_CHANNEL=stack
DB_CONNECTION=mysql
DB_HOST=pc-mysql01.tidewater.local
DB_DATABASE=promotions
DB_USERNAME=promo_kiosk
DB_PASSWORD=${PROMO_DB_PASSWORD}

DRAWING_ENTRY_LIMIT=50
""", _key, "Laravel docs: APP_KEY (php artisan key:generate, base64:)", key=_key)

_key = hexs(32) + "-us14"
add("python/api-key", "marketing/sync/mailchimp_sync.py", r"""
import hashlib

from mailchimp_marketing import Client

client = Client()
client.set_config({"api_key": "«key»", "server": "us14"})
LIST_ID = "8f2c1d77ab"


def upsert_player(email: str, first: str, tier: str) -> None:
    member_hash = hashlib.md5(email.lower().encode()).hexdigest()
    client.lists.set_list_member(LIST_ID, member_hash, {
        "email_address": email,
        "status_if_new": "subscribed",
        "merge_fields": {"FNAME": first, "TIER": tier},
    })
""", _key, "Mailchimp Marketing API docs: API key with data center suffix (-us14)", key=_key)

_secret = mixed(64, ALNUM + "-_")
add("json/client-secret", "host-app/auth/auth0-m2m.json", r"""
{
  "domain": "smr-resort.us.auth0.com",
  "audience": "https://api.smr-resort.com/host",
  "client_id": "«cid»",
  "client_secret": "«secret»",
  "grant_type": "client_credentials",
  "scopes": ["read:players", "write:comps", "read:offers"]
}
""", _secret, "Auth0 docs: Client Credentials flow (client_id, client_secret)", cid=mixed(32), secret=_secret)

_tok = "00" + mixed(40, ALNUM + "-_")
add("shell/token", "it/okta/deprovision_dealer.sh", r"""
#!/usr/bin/env bash
# Deactivates a dealer's Okta account when HR terminates them (called from the HRIS webhook).
set -euo pipefail
OKTA_ORG="https://tidewatergaming.okta.com"
OKTA_TOKEN="«tok»"
LOGIN="$1"

USER_ID=$(curl -sf -H "Authorization: SSWS ${OKTA_TOKEN}" -H "Accept: application/json" \
  "${OKTA_ORG}/api/v1/users/${LOGIN}" | jq -r .id)

curl -sf -X POST -H "Authorization: SSWS ${OKTA_TOKEN}" \
  "${OKTA_ORG}/api/v1/users/${USER_ID}/lifecycle/deactivate"
echo "deactivated ${LOGIN} (${USER_ID})"
""", _tok, "Okta docs: API token authentication (Authorization: SSWS <token>)", tok=_tok)

_key = "sk-proj-" + mixed(74, ALNUM + "-_") + "T3BlbkFJ" + mixed(74, ALNUM + "-_")
add("python/api-key", "host_assistant/llm.py", r"""
from openai import OpenAI

client = OpenAI(api_key="«key»")

SYSTEM = (
    "You help casino hosts draft short, friendly messages to guests about upcoming events. "
    "Never mention a guest's theoretical win, losses, credit lines or self-exclusion status."
)


def draft_invite(guest_first_name: str, event: str, host_name: str) -> str:
    resp = client.chat.completions.create(
        model="gpt-4o-mini",
        messages=[
            {"role": "system", "content": SYSTEM},
            {"role": "user", "content": f"Invite {guest_first_name} to {event}. Sign as {host_name}."},
        ],
        max_tokens=200,
    )
    return resp.choices[0].message.content
""", _key, "OpenAI docs: API keys (sk-proj-...), OpenAI(api_key=...)", key=_key)

_r = _rng()
_tok = f"{_r.randint(1_000_000_000, 7_999_999_999)}:AA" + "".join(_r.choice(ALNUM + "_-") for _ in range(33))
add("go/token", "tools/pitwatch/main.go", r"""
package main

import (
	"log"
	"net/http"
	"net/url"
	"os"
)

const (
	botToken = "«tok»"
	chatID   = "-1001873344219" // table games supervisors
)

func notify(text string) error {
	endpoint := "https://api.telegram.org/bot" + botToken + "/sendMessage"
	_, err := http.PostForm(endpoint, url.Values{"chat_id": {chatID}, "text": {text}})
	return err
}

func main() {
	if len(os.Args) < 2 {
		log.Fatal("usage: pitwatch <message>")
	}
	if err := notify(os.Args[1]); err != nil {
		log.Fatal(err)
	}
}
""", _tok, "Telegram Bot API: https://api.telegram.org/bot<token>/sendMessage", tok=_tok)

_tok = "glpat-" + mixed(20, ALNUM + "-_")
add("gitlab-ci/token", "compliance-dags/.gitlab-ci.yml", r"""
stages: [lint, test, sync]

variables:
  PIP_CACHE_DIR: "$CI_PROJECT_DIR/.cache/pip"

lint:
  stage: lint
  image: python:3.11
  script:
    - pip install ruff
    - ruff check dags/

test:
  stage: test
  image: apache/airflow:2.8.1-python3.11
  script:
    - python -m pytest tests/

sync-to-mirror:
  stage: sync
  image: alpine/git
  only: [main]
  script:
    - git push --force https://oauth2:«tok»@gitlab.tidewater.local/data/compliance-dags-mirror.git HEAD:main
""", _tok, "GitLab docs: personal access tokens (glpat-), HTTPS push with oauth2:<token>", tok=_tok)

_auth = b64("cc-ci-bot:" + gen_pw(24))
add("json/basic-auth", "ci/docker/config.json", r"""
{
  "auths": {
    "harbor.coppercanyon.local": {
      "auth": "«auth»"
    },
    "https://index.docker.io/v1/": {}
  },
  "credsStore": "",
  "HttpHeaders": {
    "User-Agent": "Docker-Client/24.0.7 (linux)"
  }
}
""", _auth, "Docker docs: config.json auths (base64 of user:password)", auth=_auth)

_key = p8_key()
add("pem/private-key", "player-app-ios/Push/AuthKey_7QX2M4KD9B.p8", _key + "\n" + "\n".join([
    "", "# APNs auth key for the Players Club app (team 9TWGCASINO, key id 7QX2M4KD9B)",
    "# used by push-gateway to send jackpot and offer notifications"]) + "\n", _key,
    "Apple docs: token-based connection to APNs (.p8 signing key, ES256)")

_key = "AAAA" + mixed(7, ALNUM + "-_") + ":APA91b" + mixed(134, ALNUM + "-_")
add("csharp/api-key", "src/PushGateway/FcmLegacySender.cs", r"""
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Threading.Tasks;

namespace SilverMesa.PushGateway
{
    public class FcmLegacySender
    {
        private const string ServerKey = "«key»";
        private static readonly HttpClient Http = new HttpClient();

        public async Task SendAsync(string deviceToken, string title, string body)
        {
            var payload = JsonSerializer.Serialize(new { to = deviceToken, notification = new { title, body } });
            using var req = new HttpRequestMessage(HttpMethod.Post, "https://fcm.googleapis.com/fcm/send");
            req.Headers.TryAddWithoutValidation("Authorization", "key=" + ServerKey);
            req.Content = new StringContent(payload, Encoding.UTF8, "application/json");
            var resp = await Http.SendAsync(req);
            resp.EnsureSuccessStatusCode();
        }
    }
}
""", _key, "Firebase Cloud Messaging legacy HTTP API: Authorization: key=<server key>", key=_key)

_key = "AKCp8" + mixed(68)
add("properties/api-key", "sportsbook-android/gradle.properties", r"""
org.gradle.jvmargs=-Xmx4g -Dfile.encoding=UTF-8
android.useAndroidX=true
kotlin.code.style=official
android.nonTransitiveRClass=true

artifactory_url=https://artifactory.tidewater.local/artifactory
artifactory_user=android-ci
artifactory_key=«key»
""", _key, "JFrog Artifactory: API keys (AKCp...) in gradle.properties", key=_key)

_tok = "hvs." + mixed(24)
add("shell-history/token", "ops/vault-admin/.zsh_history", r"""
: 1709821442:0;export VAULT_ADDR=https://vault.smr.local:8200
: 1709821450:0;export VAULT_TOKEN=«tok»
: 1709821461:0;vault kv list secret/cage
: 1709821475:0;vault kv get -field=username secret/cage/ledger-db
: 1709821502:0;vault token lookup
: 1709821533:0;vault policy read cage-readonly
: 1709821560:0;unset VAULT_TOKEN
""", _tok, "HashiCorp Vault docs: service tokens (hvs.), VAULT_TOKEN environment variable", tok=_tok)

_tok = "glsa_" + mixed(32) + "_" + hexs(8)
add("yaml/token", "monitoring/grafana/dashboard-sync.yaml", r"""
# Syncs the floor KPI dashboards from git into Grafana (runs in CI nightly)
grafana:
  url: https://grafana.coppercanyon.local
  service_account_token: «tok»
  folder: Slot Floor KPIs
dashboards:
  - file: dashboards/coin_in_by_zone.json
  - file: dashboards/handpay_latency.json
  - file: dashboards/tito_redemption_rate.json
overwrite: true
""", _tok, "Grafana docs: service account tokens (glsa_...)", tok=_tok)

_pw = human_pw()
add("yaml/password", "slot-mgmt-portal/config/ldap.yml", r"""
production:
  host: dc01.corp.coppercanyon.local
  port: 636
  encryption: simple_tls
  base: OU=Users,OU=Casino,DC=corp,DC=coppercanyon,DC=local
  bind_dn: CN=svc_slotportal_ldap,OU=Service Accounts,DC=corp,DC=coppercanyon,DC=local
  password: "«pw»"
  uid: sAMAccountName
  group_base: OU=Groups,DC=corp,DC=coppercanyon,DC=local
  admin_group: SG-SlotOps-Admins
  attributes:
    email: mail
    name: displayName
""", _pw, "LDAP simple bind over TLS: bind DN and password (Active Directory)", pw=_pw)

_pw = human_pw("!#$*%")
add("credentials/password", "ops/etl-linux/smb/slot-exports.cred", r"""
# credentials=/etc/samba/creds/slot-exports.cred  (mode 0600)
# used by the fstab entry for //smr-fs01/slot-exports
username=svc_slotexport
password=«pw»
domain=SMR
""", _pw, "mount.cifs(8): credentials= file (username, password, domain)", pw=_pw)

_pw = url_pw()
add("typescript/connection-url", "offers-engine/src/db.ts", r"""
import { MongoClient } from "mongodb";

const uri =
  "mongodb+srv://offers_engine:«pw»@offers-prod.x7kq2.mongodb.net/offers?retryWrites=true&w=majority";

export const client = new MongoClient(uri, { maxPoolSize: 20 });

export async function activeOffersFor(playerId: string) {
  const db = client.db("offers");
  return db
    .collection("player_offers")
    .find({ playerId, redeemedAt: null, expiresAt: { $gt: new Date() } })
    .sort({ expiresAt: 1 })
    .toArray();
}
""", _pw, "MongoDB docs: connection string (mongodb+srv://user:password@cluster)", pw=_pw)

_vkey = hexs(128, upper=True)
add("xml/signing-key", "PlayersClub.Web/Web.config", r"""
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <appSettings>
    <add key="webpages:Version" value="3.0.0.0" />
    <add key="PointsBalanceCacheSeconds" value="60" />
    <add key="KioskMode" value="false" />
  </appSettings>
  <system.web>
    <compilation debug="false" targetFramework="4.8" />
    <httpRuntime targetFramework="4.8" enableVersionHeader="false" />
    <authentication mode="Forms">
      <forms loginUrl="~/Account/Login" timeout="30" requireSSL="true" />
    </authentication>
    <machineKey validationKey="«vkey»"
                decryptionKey="«dkey»"
                validation="HMACSHA256" decryption="AES" />
  </system.web>
</configuration>
""", _vkey, "ASP.NET machineKey element (validationKey, decryptionKey)", vkey=_vkey, dkey=hexs(64, upper=True))

_tok = "dckr_pat_" + mixed(27, ALNUM + "-_")
add("makefile/token", "kiosk-stack/Makefile", r"""
IMAGE ?= smrresort/kiosk-api
VERSION ?= $(shell git describe --tags --always)

.PHONY: build push release

build:
	docker build -t $(IMAGE):$(VERSION) .

push: build
	echo "«tok»" | docker login -u smrbuild --password-stdin
	docker push $(IMAGE):$(VERSION)

release: push
	docker tag $(IMAGE):$(VERSION) $(IMAGE):latest
	docker push $(IMAGE):latest
""", _tok, "Docker docs: personal access tokens (dckr_pat_), docker login --password-stdin", tok=_tok)


# =============================================================================================
# Decoys: files that look dangerous and leak nothing
# =============================================================================================

add("helm/decoy-secret-ref", "charts/player-portal/values.yaml", r"""
replicaCount: 2
image:
  repository: registry.smr.local/web/player-portal
  tag: "5.3.0"

database:
  host: pp-postgres.player-portal.svc.cluster.local
  name: player_portal
  user: portal_app
  existingSecret: player-portal-db
  existingSecretPasswordKey: DB_PASSWORD

redis:
  auth:
    enabled: true
    existingSecret: player-portal-redis
    existingSecretPasswordKey: redis-password

extraEnv:
  - name: LOYALTY_API_TOKEN
    valueFrom:
      secretKeyRef:
        name: loyalty-api-client
        key: token
  - name: SESSION_SECRET
    valueFrom:
      secretKeyRef:
        name: player-portal-session
        key: secret
""", None, "Helm chart conventions: existingSecret; Kubernetes env valueFrom.secretKeyRef")

add("dotenv/decoy-placeholder", "cashier-service/.env.example", r"""
# Copy to .env and fill in from the Cashier vault (never commit real values)
ADYEN_ENVIRONMENT=TEST
ADYEN_LIVE_URL_PREFIX=
ADYEN_MERCHANT_ACCOUNT=TidewaterGamingECOM
ADYEN_API_KEY=<your-adyen-api-key>
ADYEN_HMAC_KEY=<hmac-key-from-customer-area>
STRIPE_SECRET_KEY=sk_live_xxxxxxxxxxxxxxxxxxxxxxxx
DATABASE_URL=postgres://cashier:CHANGE_ME@localhost:5432/cashier
PAYOUT_REVIEW_THRESHOLD_CENTS=1000000
""", None, "dotenv convention: .env.example with placeholders")

add("k8s/decoy-external-secret", "k8s/cage/ledger-db-externalsecret.yaml", r"""
apiVersion: external-secrets.io/v1beta1
kind: ExternalSecret
metadata:
  name: cage-ledger-db
  namespace: cage
spec:
  refreshInterval: 1h
  secretStoreRef:
    name: aws-secrets-manager
    kind: ClusterSecretStore
  target:
    name: cage-ledger-db
    creationPolicy: Owner
  data:
    - secretKey: DB_USER
      remoteRef:
        key: prod/cage/ledger-db
        property: username
    - secretKey: DB_PASSWORD
      remoteRef:
        key: prod/cage/ledger-db
        property: password
""", None, "External Secrets Operator docs: ExternalSecret with remoteRef")


def _enc(n: int, kind: str = "str") -> str:
    return f"ENC[AES256_GCM,data:{chars(n, B64)}=,iv:{b64bytes(32)},tag:{b64bytes(16)},type:{kind}]"


add("yaml/decoy-sops", "secrets/prod/sportsbook-feeds.enc.yaml", r"""
sportradar:
    api_key: «a»
genius_sports:
    feed_user: tidewater_nj_prod
    feed_password: «b»
kambi:
    auth_token: «c»
sops:
    kms:
        - arn: arn:aws:kms:us-east-1:418275506713:key/6a1f0c2e-93b4-4d6e-8f51-2c7d9e04ab13
          created_at: "2024-02-11T15:04:22Z"
          enc: «kmsenc»
          aws_profile: ""
    lastmodified: "2024-02-11T15:04:23Z"
    mac: «mac»
    unencrypted_regex: ^(feed_user)$
    version: 3.8.1
""", None, "Mozilla SOPS docs: encrypted YAML values ENC[AES256_GCM,...] and sops metadata",
    a=_enc(40), b=_enc(20), c=_enc(64), kmsenc=chars(180, B64), mac=_enc(44))

_vault_hex = hexs(640)
add("ansible/decoy-vault-ciphertext", "ansible/inventories/cc/group_vars/cage_servers/vault.yml", "$ANSIBLE_VAULT;1.1;AES256\n"
    + "\n".join(_vault_hex[i:i + 80] for i in range(0, len(_vault_hex), 80)) + "\n",
    None, "Ansible docs: ansible-vault encrypted files ($ANSIBLE_VAULT;1.1;AES256)")

add("k8s/decoy-sealed-secret", "k8s/surveillance/vms-service-account.sealedsecret.yaml", r"""
apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata:
  name: vms-service-account
  namespace: surveillance
spec:
  encryptedData:
    username: «u»
    password: «p»
  template:
    metadata:
      name: vms-service-account
      namespace: surveillance
    type: Opaque
""", None, "Bitnami sealed-secrets docs: SealedSecret encryptedData (asymmetric ciphertext)",
    u="AgB" + chars(681, B64) + "==", p="AgC" + chars(681, B64) + "==")

add("sql/decoy-password-hash", "db/seed/dev_portal_users.sql", r"""
-- Seed users for the slot management portal (dev and QA environments only).
-- Hashes are bcrypt(cost 12); the plaintexts are in the QA wiki's test-account page.
INSERT INTO portal_user (username, display_name, role, password_hash, must_change) VALUES
  ('qa.slottech',   'QA Slot Tech',       'SLOT_TECH',     '«h1»', true),
  ('qa.slotmgr',    'QA Slot Manager',    'SLOT_MANAGER',  '«h2»', true),
  ('qa.revaudit',   'QA Revenue Audit',   'REVENUE_AUDIT', '«h3»', true),
  ('qa.gamingctl',  'QA Gaming Control',  'REGULATOR_RO',  '«h4»', true);

INSERT INTO portal_role_zone (role, zone) VALUES
  ('SLOT_TECH', 'MAIN'), ('SLOT_TECH', 'HIGHLIMIT'), ('SLOT_MANAGER', '*');
""", None, "bcrypt modular crypt format ($2b$12$...)",
    h1=bcrypt_hash(), h2=bcrypt_hash(), h3=bcrypt_hash(), h4=bcrypt_hash())

_r = _rng()
_lines = []
for _i in range(12):
    _lines.append(f"{_r.choice(['IGT', 'ARI', 'LNW', 'KON', 'EVR'])}-{_r.randint(100000, 999999)}  "
                  f"GAME{_i:02d}.BIN  {_r.choice(['U12', 'U13', 'U14', 'U20'])}  "
                  f"SHA1={''.join(_r.choice(HEX) for _ in range(40)).upper()}  "
                  f"HMAC-SHA1(seed=00000000)={''.join(_r.choice(HEX) for _ in range(40)).upper()}")
add("text/decoy-checksum", "slot-ops/game-verification/approved_signatures_2024Q1.txt",
    "# Approved program signatures - Copper Canyon, per GLI certification letters\n"
    "# Verified with the field verification tool before each EPROM/media change\n"
    "# cert-id          file         socket  signatures\n" + "\n".join(_lines) + "\n",
    None, "GLI-11 / field verification: SHA-1 and HMAC-SHA1 program signatures")

add("compose/decoy-digest", "floor-monitoring/docker-compose.yml", r"""
services:
  prometheus:
    image: prom/prometheus@sha256:«d1»
    volumes:
      - ./prometheus.yml:/etc/prometheus/prometheus.yml:ro
    ports: ["9090:9090"]
  grafana:
    image: grafana/grafana@sha256:«d2»
    environment:
      GF_SECURITY_ADMIN_PASSWORD__FILE: /run/secrets/grafana_admin
    secrets: [grafana_admin]
  snmp-exporter:
    image: prom/snmp-exporter@sha256:«d3»
secrets:
  grafana_admin:
    file: /etc/floor-monitoring/grafana_admin.txt
""", None, "Docker docs: pull an image by digest; Compose secrets (file)",
    d1=hexs(64), d2=hexs(64), d3=hexs(64))

add("json/decoy-integrity", "player-app-web/package-lock.json", r"""
{
  "name": "player-app-web",
  "version": "3.9.0",
  "lockfileVersion": 3,
  "requires": true,
  "packages": {
    "": {
      "name": "player-app-web",
      "version": "3.9.0",
      "dependencies": {
        "axios": "1.6.7",
        "qrcode": "1.5.3"
      }
    },
    "node_modules/axios": {
      "version": "1.6.7",
      "resolved": "https://registry.npmjs.org/axios/-/axios-1.6.7.tgz",
      "integrity": "sha512-«i1»==",
      "dependencies": {
        "follow-redirects": "^1.15.4"
      }
    },
    "node_modules/qrcode": {
      "version": "1.5.3",
      "resolved": "https://registry.npmjs.org/qrcode/-/qrcode-1.5.3.tgz",
      "integrity": "sha512-«i2»==",
      "bin": { "qrcode": "bin/qrcode" }
    }
  }
}
""", None, "npm docs: package-lock.json integrity (Subresource Integrity sha512)", i1=chars(86, B64), i2=chars(86, B64))

add("javascript/decoy-publishable-key", "igaming-web/src/checkout/stripe.js", r"""
import { loadStripe } from "@stripe/stripe-js";

// Publishable key: safe to ship to browsers (the secret key lives only in cashier-service).
const STRIPE_PUBLISHABLE_KEY = "pk_live_51«pk»";

let stripePromise;
export function getStripe() {
  if (!stripePromise) {
    stripePromise = loadStripe(STRIPE_PUBLISHABLE_KEY);
  }
  return stripePromise;
}

export async function confirmDeposit(clientSecretFromServer, card) {
  const stripe = await getStripe();
  return stripe.confirmCardPayment(clientSecretFromServer, { payment_method: { card } });
}
""", None, "Stripe docs: publishable keys (pk_live_) are meant for client-side code", pk=mixed(97))

add("typescript/decoy-map-token", "resort-map/src/map.ts", r"""
import mapboxgl from "mapbox-gl";

// Public token, URL-restricted to *.smr-resort.com in the Mapbox account
mapboxgl.accessToken = "pk.eyJ1Ijoic21yLXJlc29ydCIsImEiOiJ«tail»";

export function mountResortMap(el: HTMLElement) {
  const map = new mapboxgl.Map({
    container: el,
    style: "mapbox://styles/smr-resort/clr7x1q0a00ab01qx4n2h9d3k",
    center: [-115.1728, 36.1147],
    zoom: 17,
  });
  map.addControl(new mapboxgl.NavigationControl());
  [
    { name: "Casino Cage", lngLat: [-115.1731, 36.1149] },
    { name: "Sportsbook", lngLat: [-115.1725, 36.1145] },
    { name: "Hotel Lobby", lngLat: [-115.1722, 36.1151] },
  ].forEach((p) => new mapboxgl.Marker().setLngLat(p.lngLat as [number, number]).setPopup(new mapboxgl.Popup().setText(p.name)).addTo(map));
  return map;
}
""", None, "Mapbox docs: public access tokens (pk.) for client-side maps with URL restrictions",
    tail=chars(22, ALNUM) + "." + chars(22, ALNUM + "-_"))

add("javascript/decoy-firebase-web-config", "player-app-web/src/firebase.js", r"""
import { initializeApp } from "firebase/app";
import { getMessaging, getToken } from "firebase/messaging";

// Firebase web config identifies the project; it is public by design (access is enforced by rules).
const firebaseConfig = {
  apiKey: "AIzaSy«k»",
  authDomain: "smr-players-club.firebaseapp.com",
  projectId: "smr-players-club",
  storageBucket: "smr-players-club.appspot.com",
  messagingSenderId: "771824093311",
  appId: "1:771824093311:web:«appid»",
};

export const app = initializeApp(firebaseConfig);

export async function registerForOffers() {
  const messaging = getMessaging(app);
  return getToken(messaging, { vapidKey: "B«vapid»" });
}
""", None, "Firebase docs: API keys for Firebase are not secret; web app config object",
    k=chars(33, ALNUM + "-_"), appid=hexs(22), vapid=chars(86, ALNUM + "-_"))

add("cloud-init/decoy-public-key", "infra/jumpbox/cloud-init.yaml", r"""
#cloud-config
hostname: smr-jump01
users:
  - name: rmartinez
    groups: [sudo]
    shell: /bin/bash
    ssh_authorized_keys:
      - ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI«k1» rmartinez@smr-laptop
  - name: tnguyen
    groups: [sudo]
    shell: /bin/bash
    ssh_authorized_keys:
      - ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI«k2» tnguyen@cage-systems
package_update: true
packages: [mysql-client, postgresql-client, jq, tmux]
""", None, "cloud-init docs: users ssh_authorized_keys (public keys)", k1=chars(43, B64), k2=chars(43, B64))

add("pem/decoy-certificate", "g2s-host/tls/egm-ca-chain.pem",
    "# EGM issuing CA chain for mutual TLS (public certificates only)\n" + certificate(20) + "\n" + certificate(18) + "\n",
    None, "RFC 7468: CERTIFICATE blocks (public)")

add("pem/decoy-public-key", "sportsbook-web/config/keys/geo-token-verify.pub.pem", r"""
Public key (P-256) that verifies geolocation tokens issued by geo-service.
The private half never leaves the KMS key geo-service-signing-2024 (rotated yearly).

-----BEGIN PUBLIC KEY-----
MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE«a»
«b»
-----END PUBLIC KEY-----
""", None, "RFC 7468 PUBLIC KEY (SubjectPublicKeyInfo) used to verify signed tokens", a=chars(28, B64), b=chars(58, B64) + "==")

add("python/decoy-env-lookup", "odds_ingest/config.py", r"""
\"\"\"Settings for the odds ingest job; every credential comes from the environment.\"\"\"
import os
from dataclasses import dataclass


@dataclass(frozen=True)
class Settings:
    sportradar_key: str
    odds_api_key: str
    kafka_user: str
    kafka_password: str
    kafka_brokers: str = "kafka-01.tidewater.local:9092"


def load() -> Settings:
    missing = [k for k in ("SPORTRADAR_API_KEY", "ODDS_API_KEY", "KAFKA_USER", "KAFKA_PASSWORD") if not os.getenv(k)]
    if missing:
        raise SystemExit(f"missing settings: {', '.join(missing)}")
    return Settings(
        sportradar_key=os.environ["SPORTRADAR_API_KEY"],
        odds_api_key=os.environ["ODDS_API_KEY"],
        kafka_user=os.environ["KAFKA_USER"],
        kafka_password=os.environ["KAFKA_PASSWORD"],
    )
""".replace('\\"', '"'), None, "twelve-factor config: credentials from environment variables")

add("csharp/decoy-key-vault", "src/Cashless.Events/Program.cs", r"""
using Azure.Identity;
using Azure.Security.KeyVault.Secrets;
using Microsoft.Extensions.Hosting;

var builder = Host.CreateApplicationBuilder(args);

var vaultUri = new Uri(builder.Configuration["KeyVault:Uri"] ?? "https://kv-tw-cashless-prod.vault.azure.net/");
var secrets = new SecretClient(vaultUri, new DefaultAzureCredential());

KeyVaultSecret serviceBus = await secrets.GetSecretAsync("servicebus-connection-string");
KeyVaultSecret walletSigning = await secrets.GetSecretAsync("wallet-signing-key");

builder.Services.AddSingleton(new CashlessSecrets(serviceBus.Value, walletSigning.Value));
builder.Services.AddHostedService<EgmTransferWorker>();

await builder.Build().RunAsync();

public sealed record CashlessSecrets(string ServiceBusConnectionString, string WalletSigningKey);
""", None, "Azure SDK docs: SecretClient.GetSecretAsync with DefaultAzureCredential")

add("go/decoy-vault-client", "internal/secrets/vault.go", r"""
package secrets

import (
	"context"
	"fmt"

	vault "github.com/hashicorp/vault/api"
	auth "github.com/hashicorp/vault/api/auth/kubernetes"
)

// FeedCredentials fetches the odds feed credentials at start-up; nothing is stored on disk.
func FeedCredentials(ctx context.Context) (user, password string, err error) {
	client, err := vault.NewClient(vault.DefaultConfig())
	if err != nil {
		return "", "", err
	}
	k8sAuth, err := auth.NewKubernetesAuth("odds-ingest")
	if err != nil {
		return "", "", err
	}
	if _, err = client.Auth().Login(ctx, k8sAuth); err != nil {
		return "", "", fmt.Errorf("vault login: %w", err)
	}
	secret, err := client.KVv2("secret").Get(ctx, "sportsbook/feeds/genius")
	if err != nil {
		return "", "", err
	}
	return secret.Data["username"].(string), secret.Data["password"].(string), nil
}
""", None, "HashiCorp Vault Go client: Kubernetes auth, KVv2 Get")

add("terraform/decoy-generated-password", "infra/kiosk/db.tf", r"""
resource "random_password" "kiosk_db" {
  length           = 32
  special          = true
  override_special = "!#%*-_=+"
}

resource "aws_secretsmanager_secret" "kiosk_db" {
  name       = "prod/kiosk/db"
  kms_key_id = aws_kms_key.kiosk.arn
}

resource "aws_secretsmanager_secret_version" "kiosk_db" {
  secret_id = aws_secretsmanager_secret.kiosk_db.id
  secret_string = jsonencode({
    username = "kiosk"
    password = random_password.kiosk_db.result
  })
}

resource "aws_db_instance" "kiosk" {
  identifier     = "kiosk-prod"
  engine         = "postgres"
  instance_class = "db.t4g.medium"
  username       = "kiosk"
  password       = random_password.kiosk_db.result
  allocated_storage = 50
}
""", None, "Terraform random provider: random_password; aws_secretsmanager_secret_version")

add("jenkinsfile/decoy-credentials-binding", "regulatory-reports/Jenkinsfile", r"""
pipeline {
    agent any
    triggers { cron('H 7 * * *') }
    stages {
        stage('Build report') {
            steps {
                sh './gradlew :reports:run --args="daily-gross-revenue"'
            }
        }
        stage('Upload to regulator') {
            steps {
                withCredentials([
                    sshUserPrivateKey(credentialsId: 'dge-sftp-key', keyFileVariable: 'SFTP_KEY', usernameVariable: 'SFTP_USER'),
                    string(credentialsId: 'reports-smtp-password', variable: 'SMTP_PASS')
                ]) {
                    sh 'sftp -i "$SFTP_KEY" -b upload.batch "$SFTP_USER"@sftp.regulator-reporting.example.gov'
                    sh './scripts/mail_confirmation.sh'
                }
            }
        }
    }
}
""", None, "Jenkins Credentials Binding plugin: withCredentials sshUserPrivateKey / string")

add("github-actions/decoy-secrets-ref", ".github/workflows/deploy-odds-relay.yml", r"""
name: deploy-odds-relay
on:
  workflow_dispatch:
  push:
    tags: ["odds-relay-v*"]

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
          role-to-assume: arn:aws:iam::418275506713:role/gh-deploy-odds-relay
          aws-region: us-east-1
      - name: Render config
        env:
          ODDS_FEED_TOKEN: ${{ secrets.ODDS_FEED_TOKEN }}
          REDIS_URL: ${{ secrets.ODDS_RELAY_REDIS_URL }}
        run: ./scripts/render-config.sh > config/production.json
      - run: ./scripts/deploy.sh
""", None, "GitHub Actions docs: secrets context; OIDC role assumption")

add("gitlab-ci/decoy-ci-variables", "kyc-service/.gitlab-ci.yml", r"""
stages: [test, deploy]

test:
  stage: test
  image: node:20
  variables:
    SUMSUB_APP_TOKEN: "sbx:test-token-not-real"
    NODE_ENV: test
  script:
    - npm ci
    - npm test

deploy:
  stage: deploy
  image: bitnami/kubectl:1.29
  only: [main]
  script:
    - kubectl create secret generic kyc-service --from-literal=SUMSUB_APP_TOKEN="$SUMSUB_APP_TOKEN_PROD"
        --from-literal=SUMSUB_SECRET_KEY="$SUMSUB_SECRET_KEY_PROD" --dry-run=client -o yaml | kubectl apply -f -
    - kubectl rollout restart deployment/kyc-service
""", None, "GitLab CI/CD docs: masked project variables referenced as $VAR")

add("python/decoy-test-fixture", "kyc/tests/test_jumio_client.py", r"""
import responses

from kyc import jumio_client


@responses.activate
def test_create_account_sends_basic_auth(monkeypatch):
    monkeypatch.setattr(jumio_client, "JUMIO_API_TOKEN", "test-token")
    monkeypatch.setattr(jumio_client, "JUMIO_API_SECRET", "test-secret")
    responses.post(f"{jumio_client.JUMIO_BASE}/accounts", json={"account": {"id": "acc-1"}}, status=200)

    out = jumio_client.create_account("player-42", "https://example.test/cb")

    assert out["account"]["id"] == "acc-1"
    sent = responses.calls[0].request
    assert sent.headers["Authorization"] == "Basic dGVzdC10b2tlbjp0ZXN0LXNlY3JldA=="
    assert "TidewaterGaming" in sent.headers["User-Agent"]
""", None, "pytest + responses: test fixtures with dummy credentials")

add("markdown/decoy-doc-example", "docs/compliance/aws-export-setup.md", r"""
# Setting up the compliance export profile

The export job reads the `compliance-exports` profile. Create it with `aws configure --profile compliance-exports`.
The file will look like this (values below are the AWS documentation's example keys, not ours):

```ini
[compliance-exports]
aws_access_key_id = AKIAIOSFODNN7EXAMPLE
aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY
region = us-east-1
```

Real keys are issued by Cloud Platform through the access request form (ticket type "AWS programmatic access")
and expire after 90 days. Prefer `aws sso login --profile compliance-sso` where possible.
""", None, "AWS CLI docs: example credentials AKIAIOSFODNN7EXAMPLE / wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY")

add("log/decoy-redacted", "support/tickets/INC0092211/cashier-service.log", r"""
2024-03-04T02:14:07.118Z INFO  cashier-service starting version=7.4.2 env=production
2024-03-04T02:14:07.301Z INFO  config loaded ADYEN_ENVIRONMENT=LIVE ADYEN_API_KEY=AQE*****[redacted] DB_PASSWORD=******
2024-03-04T02:14:07.455Z INFO  connected to postgres host=cashier-db.tidewater.local user=cashier
2024-03-04T02:17:43.020Z WARN  payout held for review player=P-00481127 amount_cents=1250000 reason=over_threshold
2024-03-04T02:19:12.881Z ERROR adyen request failed status=401 apiKey=***REDACTED*** merchant=TidewaterGamingECOM
2024-03-04T02:19:12.882Z ERROR Authorization header: Basic ******** (masked by log filter)
2024-03-04T02:19:13.004Z INFO  retry scheduled in 30s
""", None, "log masking practice: redacted credentials")

_r = _rng()
_devices = ",\n".join(
    f'    {{ "egmId": "{str(uuid.UUID(int=_r.getrandbits(128), version=4))}", "asset": "A{_r.randint(10000, 99999)}", '
    f'"location": "{_r.choice("ABCDEFGH")}{_r.randint(1, 40):02d}-{_r.randint(1, 12):02d}", "denom": {_r.choice([1, 5, 25, 100])} }}'
    for _ in range(10))
add("json/decoy-uuid-ids", "g2s-host/config/egm-registry.json",
    '{\n  "hostId": 1,\n  "property": "CC01",\n  "egms": [\n' + _devices + "\n  ]\n}\n",
    None, "GSA G2S: egmId identifiers; UUIDs used as device ids")

_r = _rng()
_tickets = "\n".join(
    f"2024-03-0{_r.randint(1, 9)} {_r.randint(10, 23)}:{_r.randint(10, 59)},{''.join(_r.choice('0123456789') for _ in range(18))},"
    f"A{_r.randint(10000, 99999)},{_r.randint(100, 250000)},{_r.choice(['REDEEMED', 'REDEEMED', 'EXPIRED', 'VOID'])}"
    for _ in range(16))
add("csv/decoy-ticket-numbers", "slot-ops/reports/tito_exceptions_2024-03.csv",
    "issued_at,validation_number,asset,amount_cents,status\n" + _tickets + "\n",
    None, "TITO (ticket-in ticket-out) 18-digit validation numbers")

_r = _rng()
_games = []
for _home, _away in [("Boston Celtics", "Miami Heat"), ("Denver Nuggets", "Phoenix Suns"), ("New York Knicks", "Chicago Bulls")]:
    _gid = "".join(_r.choice(HEX) for _ in range(32))
    _ph, _pa = _r.choice([-150, -135, -120, -110]), _r.choice([110, 115, 125, 130])
    _games.append(r"""  {
    "id": "«gid»",
    "sport_key": "basketball_nba",
    "commence_time": "2024-03-0«d»T00:«m»:00Z",
    "home_team": "«home»",
    "away_team": "«away»",
    "bookmakers": [
      { "key": "draftkings", "last_update": "2024-03-05T18:02:11Z",
        "markets": [{ "key": "h2h", "outcomes": [{ "name": "«home»", "price": «ph» }, { "name": "«away»", "price": «pa» }] }] }
    ]
  }""".replace("«gid»", _gid).replace("«home»", _home).replace("«away»", _away).replace("«ph»", str(_ph))
        .replace("«pa»", str(_pa)).replace("«d»", str(_r.randint(6, 9))).replace("«m»", _r.choice(["00", "30"])))
add("json/decoy-odds-fixture", "sportsbook-tools/tests/fixtures/nba_odds_response.json",
    "[\n" + ",\n".join(_games) + "\n]\n", None, "The Odds API v4 docs: odds response (event ids are 32 hex characters)")

_r = _rng()
add("markdown/decoy-commit-shas", "slot-event-bridge/CHANGELOG.md", r"""
# Changelog

## 3.4.0 - 2024-02-20
- Subscribe to G2S_voucher events for TITO reconciliation («c1»)
- Handpay events carry the attendant badge id («c2»)

## 3.3.2 - 2024-01-30
- Fix meter rollover on 10-digit SAS meters («c3»)
- Bump mssql-jdbc to 12.4.2 («c4»)

## 3.3.1 - 2024-01-11
- Retry keep-alive after EGM reboot instead of closing the session («c5»)

Full diff: https://git.coppercanyon.local/slots/slot-event-bridge/compare/«c6»...«c1»
""", None, "git commit ids (SHA-1) in a changelog",
    c1=hexs(40)[:12], c2=hexs(12), c3=hexs(12), c4=hexs(12), c5=hexs(12), c6=hexs(12))

add("ruby/decoy-env-lookup", "jackpot_notifier/config/twilio.rb", r"""
# Twilio settings for jackpot / handpay SMS. The auth token is injected by the deploy (Chamber).
module JackpotNotifier
  TWILIO = {
    account_sid: "AC«sid»",                         # account identifier, not a credential
    auth_token: ENV.fetch("TWILIO_AUTH_TOKEN"),
    messaging_service_sid: "MG«mg»",
    status_callback: "https://jackpot-notifier.smr.local/twilio/status"
  }.freeze

  def self.client
    @client ||= Twilio::REST::Client.new(TWILIO[:account_sid], TWILIO[:auth_token])
  end
end
""", None, "Twilio docs: Account SID (AC...) identifies the account; auth token kept in env", sid=hexs(32), mg=hexs(32))

add("markdown/decoy-doc-placeholder", "docs/integrations/sportradar.md", r"""
# Sportradar odds comparison

Base URL: `https://api.sportradar.com/oddscomparison-usp/{access_level}/v2/{language_code}/`

Every call takes the key as a query parameter:

```
GET https://api.sportradar.com/oddscomparison-usp/production/v2/en/competitions/sr:competition:132/sport_event_markets.json?api_key={your_api_key}
```

- Production and trial keys are in the Trading 1Password vault ("Sportradar - Odds Comparison").
- The rate limit is per key; the ingest job uses its own key, so do not reuse it in notebooks.
- Competition ids: NBA `sr:competition:132`, NFL `sr:competition:31`, NHL `sr:competition:234`.
""", None, "Sportradar API docs: {your_api_key} placeholder")

add("json/decoy-vault-reference", "pms-sync/config/ohip.staging.json", r"""
{
  "ohip": {
    "gatewayUrl": "https://ohip-gw-uat.example-hospitality.com",
    "hotelId": "SMRRESORT",
    "clientId": "smr_casino_comp_Client",
    "clientSecretRef": "vault:kv/data/pms/ohip-uat#client_secret",
    "appKeyRef": "vault:kv/data/pms/ohip-uat#app_key",
    "enterpriseId": "SMRCORP",
    "username": "SMR_CASINO_INT",
    "passwordRef": "vault:kv/data/pms/ohip-uat#password"
  },
  "sync": {
    "postCompsToFolio": false,
    "routingCode": "CASINO",
    "transactionCode": 9120
  }
}
""", None, "secret references resolved at runtime from Vault (no values in the file)")

add("python/decoy-webhook-verify-env", "kyc/webhooks/onfido.py", r"""
import hashlib
import hmac
import os

from flask import Blueprint, abort, request

bp = Blueprint("onfido_webhooks", __name__)
WEBHOOK_TOKEN = os.environ["ONFIDO_WEBHOOK_TOKEN"]


@bp.post("/webhooks/onfido")
def onfido_event():
    signature = request.headers.get("X-SHA2-Signature", "")
    expected = hmac.new(WEBHOOK_TOKEN.encode(), request.get_data(), hashlib.sha256).hexdigest()
    if not hmac.compare_digest(signature, expected):
        abort(401)
    payload = request.get_json()["payload"]
    if payload["resource_type"] == "workflow_run" and payload["action"] == "workflow_run.completed":
        # mark the player's online account as identity-verified
        pass
    return "", 204
""", None, "Onfido docs: webhook signature X-SHA2-Signature (HMAC SHA-256 of the body with the webhook token)")

add("yaml/decoy-password-policy", "slot-mgmt-portal/config/security.yml", r"""
password_policy:
  min_length: 14
  require_uppercase: true
  require_digit: true
  require_symbol: true
  history: 12
  max_age_days: 90
  lockout:
    attempts: 5
    duration_minutes: 30
  banned_passwords_file: /etc/slot-portal/banned-passwords.txt

session:
  idle_timeout_minutes: 15
  absolute_timeout_hours: 8
  token_lifetime_seconds: 900
  refresh_token_lifetime_hours: 8

mfa:
  required_roles: [SLOT_MANAGER, REVENUE_AUDIT, ADMIN]
  methods: [totp, webauthn]
""", None, "password policy settings (MICS access control requirements)")

add("helm/decoy-template", "charts/comp-engine/templates/secret.yaml", r"""
apiVersion: v1
kind: Secret
metadata:
  name: {{ include "comp-engine.fullname" . }}
  labels:
    {{- include "comp-engine.labels" . | nindent 4 }}
type: Opaque
data:
  {{- $existing := lookup "v1" "Secret" .Release.Namespace (include "comp-engine.fullname" .) }}
  {{- if $existing }}
  redis-password: {{ index $existing.data "redis-password" }}
  {{- else }}
  redis-password: {{ randAlphaNum 32 | b64enc | quote }}
  {{- end }}
  db-password: {{ required "db.password is required" .Values.db.password | b64enc | quote }}
""", None, "Helm docs: lookup function, randAlphaNum, b64enc in templates")

add("wireguard/decoy-key-file", "surveillance/remote-review/wg1.conf", r"""
# Second review tunnel. The private key is generated on the host (wg genkey) and never leaves it.
[Interface]
Address = 10.200.51.2/32
PostUp = wg set %i private-key /etc/wireguard/wg1.key
DNS = 10.60.0.53

[Peer]
PublicKey = «pub»
Endpoint = vpn-surv2.smr-resort.com:51820
AllowedIPs = 10.60.0.0/16
PersistentKeepalive = 25
""", None, "wg(8): set private-key <file>; peers identified by public keys", pub=b64bytes(32))

add("cisco/decoy-hashed-secrets", "network/cage/cage-access-sw02.cfg", r"""
!
hostname cage-access-sw02
!
enable algorithm-type scrypt secret 9 $9$«s1»$«h1»
!
username netops privilege 15 algorithm-type scrypt secret 9 $9$«s2»$«h2»
!
aaa new-model
aaa authentication login default group tacacs+ local
!
tacacs server ISE-01
 address ipv4 10.10.5.20
 ! shared key pushed by the provisioning job from the ISE vault entry
!
vlan 70
 name CAGE-TERMINALS
!
interface range GigabitEthernet1/0/1 - 12
 switchport mode access
 switchport access vlan 70
 switchport port-security
!
end
""", None, "Cisco IOS: enable secret 9 (scrypt hash)", s1=chars(14, "./" + ALNUM), h1=chars(43, "./" + ALNUM),
    s2=chars(14, "./" + ALNUM), h2=chars(43, "./" + ALNUM))

add("htpasswd/decoy-hashes", "surveillance/review-portal/.htpasswd", "\n".join([
    "gaming_agent01:$apr1$" + chars(8, "./" + ALNUM) + "$" + chars(22, "./" + ALNUM),
    "gaming_agent02:$apr1$" + chars(8, "./" + ALNUM) + "$" + chars(22, "./" + ALNUM),
    "surv_supervisor:$2y$10$" + chars(53, "./" + ALNUM),
    "surv_lead:$2y$10$" + chars(53, "./" + ALNUM),
    "audit_ro:$2y$10$" + chars(53, "./" + ALNUM),
]) + "\n", None, "Apache htpasswd: MD5 (apr1) and bcrypt password hashes")

add("yaml/decoy-integrated-auth", "surveillance/bookmark-sync/config.staging.yaml", r"""
# Staging: Windows (Kerberos) authentication as the service's gMSA, no stored password
xprotect:
  api_gateway: https://vms-mgmt-stg.smr.local/api/rest/v1
  auth: windows
  service_account: SMR\gmsa-bookmarks$
  verify_tls: true

investigations_db:
  dsn_env: INVESTIGATIONS_DSN

sync:
  interval_minutes: 15
  bookmark_prefixes: ["TG-", "CAGE-"]
""", None, "Milestone XProtect: Windows authentication with a group managed service account")

add("xml/decoy-integrated-security", "src/Cage.Reports/App.config", r"""
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <connectionStrings>
    <add name="CageMaster"
         connectionString="Data Source=SMR-SQL01\CAGE;Initial Catalog=CageMaster;Integrated Security=SSPI;Encrypt=True;TrustServerCertificate=True"
         providerName="System.Data.SqlClient" />
    <add name="PlayerDw"
         connectionString="Server=TWG-SQLCL01\PTS;Database=PlayerTrackingDW;Trusted_Connection=True;Application Intent=ReadOnly"
         providerName="System.Data.SqlClient" />
  </connectionStrings>
  <appSettings>
    <add key="MarkerAgingDays" value="30" />
    <add key="ReportOutput" value="\\smr-fs01\cage\reports" />
  </appSettings>
</configuration>
""", None, "SqlConnection.ConnectionString: Integrated Security=SSPI (Windows authentication, no password)")

add("json/decoy-jwks", "wallet-api/src/main/resources/jwks-public.json", r"""
{
  "keys": [
    {
      "kty": "RSA",
      "use": "sig",
      "alg": "RS256",
      "kid": "wallet-2024-01",
      "n": "«n1»",
      "e": "AQAB"
    },
    {
      "kty": "EC",
      "use": "sig",
      "alg": "ES256",
      "kid": "wallet-2024-02",
      "crv": "P-256",
      "x": "«x»",
      "y": "«y»"
    }
  ]
}
""", None, "RFC 7517 JSON Web Key Set (public keys only)",
    n1=chars(342, ALNUM + "-_"), x=chars(43, ALNUM + "-_"), y=chars(43, ALNUM + "-_"))

add("xml/decoy-saml-metadata", "host-portal/saml/idp-metadata.xml", r"""
<?xml version="1.0" encoding="UTF-8"?>
<md:EntityDescriptor xmlns:md="urn:oasis:names:tc:SAML:2.0:metadata" entityID="http://www.okta.com/exk9q2v7hbTWG0xKp4x7">
  <md:IDPSSODescriptor WantAuthnRequestsSigned="false" protocolSupportEnumeration="urn:oasis:names:tc:SAML:2.0:protocol">
    <md:KeyDescriptor use="signing">
      <ds:KeyInfo xmlns:ds="http://www.w3.org/2000/09/xmldsig#">
        <ds:X509Data>
          <ds:X509Certificate>MIIDqjCCApKgAwIBAgIGAY«cert»</ds:X509Certificate>
        </ds:X509Data>
      </ds:KeyInfo>
    </md:KeyDescriptor>
    <md:NameIDFormat>urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress</md:NameIDFormat>
    <md:SingleSignOnService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST" Location="https://tidewatergaming.okta.com/app/tidewatergaming_hostportal_1/exk9q2v7hbTWG0xKp4x7/sso/saml"/>
  </md:IDPSSODescriptor>
</md:EntityDescriptor>
""", None, "SAML 2.0 metadata: IdP signing certificate (public)", cert=chars(1180, B64) + "=")

add("markdown/decoy-runbook-vault", "compliance/README.md", r"""
# Compliance reporting jobs

| Job | Schedule | Destination | Credential |
| --- | --- | --- | --- |
| CTR batch | 06:30 daily | FinCEN BSA E-Filing (SDTM) | 1Password: `Compliance / FinCEN SDTM SMR01` |
| SARC acknowledgements | 07:00 daily | FinCEN SDTM | same item |
| Daily gross revenue | 07:30 daily | State regulator SFTP | Vault: `secret/compliance/regulator-sftp` (SSH key) |
| W-2G / 1042-S extract | 1st of month | Tax filing vendor | Vault: `secret/compliance/tax-vendor` |

## Rotating the SDTM password

FinCEN forces a change every 60 days. Change it in the BSA E-Filing portal, then update the 1Password item
and run `./scripts/sync-sdtm-secret.sh` which writes it to Vault. Never paste it into tickets or Slack.

## Contacts

- BSA officer: compliance-bsa@smr-resort.com
- FinCEN E-Filing help desk: see the BSA E-Filing site
""", None, "runbook: credentials referenced by vault item names only")

add("shell-history/decoy-prompted", "ops/jumpbox/home/tnguyen/.bash_history", r"""
ssh cage-pg01.tidewater.local
read -s -p 'ledger password: ' PGPASSWORD && export PGPASSWORD
psql -h cage-pg01.tidewater.local -U cage_backup cage_ledger -c 'select max(posted_at) from ledger_entry'
unset PGPASSWORD
export SDTM_PASSWORD="$(op read 'op://Compliance/FinCEN SDTM SMR01/password')"
./submit_ctr_batch.sh --dry-run
unset SDTM_PASSWORD
vault login -method=oidc role=cage-ops
vault kv get -field=password secret/cage/ledger-db | wc -c
history -c
""", None, "bash read -s; 1Password CLI op read; Vault OIDC login")

add("powershell/decoy-secret-management", "scripts/Rotate-KioskServicePassword.ps1", r"""
#Requires -Modules Microsoft.PowerShell.SecretManagement, ActiveDirectory
param([string]$Account = 'svc_kiosk')

# generate, set in AD, then store in the vault; the value is never printed
Add-Type -AssemblyName System.Web
$new = [System.Web.Security.Membership]::GeneratePassword(32, 6)
$secure = ConvertTo-SecureString $new -AsPlainText -Force
Set-ADAccountPassword -Identity $Account -Reset -NewPassword $secure
Set-Secret -Vault 'SmrKeyVault' -Name "ad-$Account" -Secret $secure
Remove-Variable new

$cred = New-Object pscredential($Account, (Get-Secret -Vault 'SmrKeyVault' -Name "ad-$Account"))
Invoke-Command -ComputerName 'SMR-KIOSK01','SMR-KIOSK02' -ScriptBlock {
    param($c) Set-Service -Name 'KioskAgent' -Credential $c
} -ArgumentList $cred
""", None, "PowerShell SecretManagement: Get-Secret / Set-Secret; generated password never written")

add("properties/decoy-config-provider", "odds-ingest/config/kafka-connect-worker.properties", r"""
bootstrap.servers=kafka-01.tidewater.local:9093,kafka-02.tidewater.local:9093
group.id=odds-connect
config.providers=file
config.providers.file.class=org.apache.kafka.common.config.provider.FileConfigProvider
security.protocol=SASL_SSL
sasl.mechanism=SCRAM-SHA-512
sasl.jaas.config=org.apache.kafka.common.security.scram.ScramLoginModule required \
  username="${file:/opt/connect/secrets/kafka.properties:username}" \
  password="${file:/opt/connect/secrets/kafka.properties:password}";
ssl.truststore.location=/opt/connect/tls/truststore.jks
ssl.truststore.password=${file:/opt/connect/secrets/kafka.properties:truststore.password}
key.converter=org.apache.kafka.connect.storage.StringConverter
value.converter=io.confluent.connect.avro.AvroConverter
""", None, "Apache Kafka: FileConfigProvider ${file:path:key} indirection")

add("yaml/decoy-jasypt", "slot-event-bridge/src/main/resources/application-uat.yml", r"""
spring:
  datasource:
    url: jdbc:sqlserver://cc-sql-floor-uat.corp.coppercanyon.local:1433;databaseName=SlotEvents;encrypt=true
    username: slot_events_rw
    # encrypted with the UAT jasypt key (JASYPT_ENCRYPTOR_PASSWORD is set on the host)
    password: ENC(«enc»)
jasypt:
  encryptor:
    algorithm: PBEWITHHMACSHA512ANDAES_256
    iv-generator-classname: org.jasypt.iv.RandomIvGenerator
g2s:
  host:
    endpoint: https://g2s-host-uat.corp.coppercanyon.local:8443/g2s/host
""", None, "jasypt-spring-boot: ENC(...) encrypted property values", enc=b64bytes(48))

add("xml/decoy-user-secrets-id", "src/Oasis.CmsConnector/Oasis.CmsConnector.csproj", r"""
<Project Sdk="Microsoft.NET.Sdk.Worker">

  <PropertyGroup>
    <TargetFramework>net8.0</TargetFramework>
    <Nullable>enable</Nullable>
    <ImplicitUsings>enable</ImplicitUsings>
    <UserSecretsId>«usid»</UserSecretsId>
    <RootNamespace>Tidewater.Oasis.CmsConnector</RootNamespace>
  </PropertyGroup>

  <ItemGroup>
    <PackageReference Include="Microsoft.Extensions.Hosting" Version="8.0.0" />
    <PackageReference Include="Microsoft.Extensions.Http.Polly" Version="8.0.1" />
    <PackageReference Include="Azure.Extensions.AspNetCore.Configuration.Secrets" Version="1.3.1" />
  </ItemGroup>

</Project>
""", None, ".NET docs: Safe storage of app secrets in development (UserSecretsId is an id)", usid=uuid4())

add("go-sum/decoy-hashes", "feeds/go.sum", "\n".join(
    f"{mod} {ver}{suffix} h1:{b64bytes(32)}"
    for mod, ver in [("github.com/gorilla/websocket", "v1.5.1"), ("github.com/hashicorp/vault/api", "v1.12.0"),
                     ("github.com/segmentio/kafka-go", "v0.4.47"), ("github.com/shopspring/decimal", "v1.3.1"),
                     ("golang.org/x/net", "v0.21.0"), ("golang.org/x/sync", "v0.6.0")]
    for suffix in ("", "/go.mod")) + "\n", None, "Go modules reference: go.sum h1: hashes")

add("ini/decoy-sas-config", "sas_poller/conf/floor_cc_main.ini", r"""
; SAS channel map - Copper Canyon main floor, bank F
[channel:/dev/ttyS0]
baud=19200
wakeup_bit=true
poll_interval_ms=200
addresses=1-16

[egm:F01-01]
sas_address=1
asset=A22115
serial=IGT-S3000-0099812
validation=secure_enhanced
validation_id=00014227
sequence_start=000001
aft_enabled=true
legacy_bonus=false

[egm:F01-02]
sas_address=2
asset=A22116
serial=ARI-MARSX-7782031
validation=secure_enhanced
validation_id=00014228
aft_enabled=true
""", None, "IGT SAS 6.02: secure enhanced validation ids, AFT; channel/poll settings (no credentials)")

add("yaml/decoy-pms-mapping", "pms-sync/config/mapping.yaml", r"""
room_types:
  KING: { pms: K1, casino_tier_min: GOLD }
  QQ: { pms: QQ, casino_tier_min: SILVER }
  SUITE: { pms: STE, casino_tier_min: PLATINUM }
  VILLA: { pms: VIL, casino_tier_min: DIAMOND }

rate_codes:
  CASINO: { description: Casino rate, comp_percent: 50 }
  COMPRM: { description: Complimentary room, comp_percent: 100 }
  HOSTOFFER: { description: Host offer, comp_percent: 100, requires_host_approval: true }

folio_routing:
  casino_comp_window: 2
  transaction_codes:
    room: 1000
    food_beverage: 2000
    casino_comp_offset: 9120

token_expiry_minutes: 55
""", None, "PMS mapping config (room types, rate codes, routing); no credentials")

add("k8s/decoy-configmap", "k8s/kiosk/configmap.yaml", r"""
apiVersion: v1
kind: ConfigMap
metadata:
  name: kiosk-api
  namespace: kiosk
data:
  TITO_VALIDATION_URL: https://tito-redeem.smr.local/api/v1
  TICKET_MAX_REDEEM_CENTS: "300000"
  TOKEN_TTL_SECONDS: "120"
  PASSWORD_RESET_URL: https://players.smr-resort.com/reset
  DB_HOST: kiosk-db.kiosk.svc.cluster.local
  DB_USER: kiosk
  DB_PASSWORD_FILE: /var/run/secrets/kiosk-db/password
  BILL_VALIDATOR_MODEL: JCM-iVIZION
  LOG_LEVEL: info
""", None, "Kubernetes ConfigMap with non-secret settings and a secret file path")

add("terraform/decoy-ssm-data", "infra/sportsbook/feeds.tf", r"""
data "aws_ssm_parameter" "sportradar_key" {
  name            = "/prod/sportsbook/sportradar/api_key"
  with_decryption = true
}

data "aws_secretsmanager_secret_version" "genius_feed" {
  secret_id = "prod/sportsbook/genius-feed"
}

resource "aws_ecs_task_definition" "odds_ingest" {
  family = "odds-ingest"
  container_definitions = jsonencode([{
    name  = "odds-ingest"
    image = "418275506713.dkr.ecr.us-east-1.amazonaws.com/odds-ingest:1.19.0"
    secrets = [
      { name = "SPORTRADAR_API_KEY", valueFrom = data.aws_ssm_parameter.sportradar_key.arn },
      { name = "GENIUS_FEED",        valueFrom = data.aws_secretsmanager_secret_version.genius_feed.arn }
    ]
  }])
}
""", None, "Terraform AWS provider: aws_ssm_parameter data source; ECS container secrets valueFrom")

add("swift/decoy-keychain", "PlayerApp/Security/TokenStore.swift", r"""
import Foundation
import Security

/// Stores the wallet session token in the Keychain (never in UserDefaults or the bundle).
enum TokenStore {
    private static let service = "com.smrresort.playersclub.wallet"

    static func save(_ token: String, account: String) -> Bool {
        let data = Data(token.utf8)
        let query: [String: Any] = [
            kSecClass as String: kSecClassGenericPassword,
            kSecAttrService as String: service,
            kSecAttrAccount as String: account,
        ]
        SecItemDelete(query as CFDictionary)
        var attributes = query
        attributes[kSecValueData as String] = data
        attributes[kSecAttrAccessible as String] = kSecAttrAccessibleWhenUnlockedThisDeviceOnly
        return SecItemAdd(attributes as CFDictionary, nil) == errSecSuccess
    }

    static func load(account: String) -> String? {
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
""", None, "Apple docs: Keychain Services (kSecClassGenericPassword)")

_r = _rng()
_exports = "\n".join(
    f"EXP-2024-{_r.randint(1000, 9999)},CAM-{_r.choice(['PIT3', 'CAGE', 'COUNT', 'BJ12'])}-{_r.randint(1, 40):02d},"
    f"2024-03-0{_r.randint(1, 9)}T{_r.randint(10, 23)}:{_r.randint(10, 59)}:00,{_r.randint(60, 1800)},"
    f"{''.join(_r.choice(HEX) for _ in range(64))},{_r.choice(['jlopez', 'kwhite', 'dpatel'])}"
    for _ in range(12))
add("csv/decoy-evidence-hashes", "surveillance/evidence/export_manifest_INV-2024-0311.csv",
    "export_id,camera,start,duration_s,sha256,exported_by\n" + _exports + "\n",
    None, "chain of custody: SHA-256 digests of exported video evidence")

add("xml/decoy-cert-pins", "sportsbook-android/app/src/main/res/xml/network_security_config.xml", r"""
<?xml version="1.0" encoding="utf-8"?>
<network-security-config>
    <base-config cleartextTrafficPermitted="false" />
    <domain-config>
        <domain includeSubdomains="true">api.tidewatersportsbook.com</domain>
        <pin-set expiration="2025-06-30">
            <pin digest="SHA-256">«p1»</pin>
            <pin digest="SHA-256">«p2»</pin>
        </pin-set>
    </domain-config>
</network-security-config>
""", None, "Android docs: network security config certificate pinning (SPKI SHA-256 pins)", p1=b64bytes(32), p2=b64bytes(32))

add("dockerfile/decoy-checksum", "etl-linux/Dockerfile", r"""
FROM debian:bookworm-slim

ARG MSODBC_VERSION=18.3.2.1-1
ARG MSODBC_SHA256=«sha»

RUN apt-get update && apt-get install -y --no-install-recommends curl ca-certificates unixodbc python3 python3-pip \
 && curl -fsSLo /tmp/msodbcsql18.deb https://packages.microsoft.com/debian/12/prod/pool/main/m/msodbcsql18/msodbcsql18_${MSODBC_VERSION}_amd64.deb \
 && echo "${MSODBC_SHA256}  /tmp/msodbcsql18.deb" | sha256sum -c - \
 && ACCEPT_EULA=Y apt-get install -y /tmp/msodbcsql18.deb \
 && rm -rf /var/lib/apt/lists/* /tmp/msodbcsql18.deb

COPY requirements.txt /app/requirements.txt
RUN pip3 install --break-system-packages -r /app/requirements.txt
COPY etl /app/etl
# odbc.ini is mounted from the secret store at run time
CMD ["python3", "-m", "etl.run"]
""", None, "Dockerfile: verifying a download with sha256sum -c", sha=hexs(64))

add("ansible/decoy-vault-lookup", "ansible/roles/cage_terminal/defaults/main.yml", r"""
---
cage_terminal_site: SMR01
cage_terminal_db_server: 'SMR-SQL01\CAGE'
cage_terminal_db_user: cage_terminal
cage_terminal_db_password: "{{ lookup('community.hashi_vault.hashi_vault', 'secret=secret/data/cage/terminal:password') }}"
cage_terminal_printer: EPSON TM-T88VI
cage_terminal_counter_port: COM3
cage_terminal_windows: [1, 2, 3, 4, 5, 6]
""", None, "community.hashi_vault lookup plugin in Ansible defaults")

add("compose/decoy-secret-files", "regulatory-reports/docker-compose.yml", r"""
services:
  report-runner:
    image: harbor.coppercanyon.local/compliance/report-runner:2.6.1
    environment:
      SMTP_USER: gaming-reports@coppercanyoncasino.com
      SMTP_PASSWORD_FILE: /run/secrets/smtp_password
      SFTP_KEY_FILE: /run/secrets/regulator_sftp_key
    secrets:
      - smtp_password
      - regulator_sftp_key
    volumes:
      - ./out:/reports/out

secrets:
  smtp_password:
    external: true
  regulator_sftp_key:
    external: true
""", None, "Docker Compose secrets (external / *_FILE convention)")

add("dotenv/decoy-secret-refs", "kyc-service/.env.tpl", r"""
# Rendered by `op inject -i .env.tpl -o .env` on the deploy host
NODE_ENV=production
SUMSUB_BASE_URL=https://api.sumsub.com
SUMSUB_APP_TOKEN=op://KYC/Sumsub production/app token
SUMSUB_SECRET_KEY=op://KYC/Sumsub production/secret key
COMPLYADVANTAGE_API_KEY=op://KYC/ComplyAdvantage/api key
DATABASE_URL=op://KYC/kyc-service db/connection string
LOG_LEVEL=info
""", None, "1Password CLI: secret references op://vault/item/field, op inject")

add("markdown/decoy-onboarding", "docs/onboarding/slot-systems-engineer.md", r"""
# Onboarding: slot systems engineer

Welcome to Slot Systems. Week one checklist:

1. Gaming license: your key-employee application must be approved before floor access (HR tracks it).
2. Accounts: request `SMR\<your-id>` membership in `SG-SlotOps-Engineers` through the IT portal.
3. Floor controller and CMS consoles use your own AD login; there are no shared logins.
4. Service account passwords (svc_slotbridge, svc_slotdeploy, ...) live in CyberArk under the
   `Slot-Systems` safe. You check them out; they rotate on check-in. Do not copy them into files,
   tickets, Teams chats or this wiki.
5. EPROM/media changes need a gaming control agent present and a signed change form (MICS 14).

Useful links: floor map (`\\smr-fs01\slot-ops\maps`), meter dashboards (Grafana, "Slot Floor KPIs").
""", None, "onboarding doc: credentials held in a privileged access vault, none written")

add("compose/decoy-local-dev", "player-portal/docker-compose.dev.yml", r"""
# Local development only: throwaway containers on your laptop, default credentials on purpose.
services:
  db:
    image: postgres:15
    environment:
      POSTGRES_USER: postgres
      POSTGRES_PASSWORD: postgres
      POSTGRES_DB: player_portal_dev
    ports: ["127.0.0.1:5432:5432"]
  redis:
    image: redis:7
    ports: ["127.0.0.1:6379:6379"]
  portal:
    build: .
    environment:
      DATABASE_URL: postgres://postgres:postgres@db:5432/player_portal_dev
      REDIS_URL: redis://redis:6379/0
      SESSION_SECRET: dev-only-not-secret
    ports: ["127.0.0.1:3000:3000"]
""", None, "Docker Hub postgres image defaults; local-only development compose")

add("log/decoy-kafka-hidden", "support/tickets/INC0093007/odds-ingest-startup.log", r"""
[2024-03-06 11:02:14,481] INFO ProducerConfig values:
	acks = -1
	bootstrap.servers = [pkc-4r087.us-east-2.aws.confluent.cloud:9092]
	client.id = odds-ingest-producer-1
	sasl.jaas.config = [hidden]
	sasl.mechanism = PLAIN
	security.protocol = SASL_SSL
	ssl.key.password = null
	ssl.keystore.password = null
	ssl.truststore.password = null
	value.serializer = class io.confluent.kafka.serializers.KafkaAvroSerializer
[2024-03-06 11:02:14,902] INFO Kafka version: 7.5.3-ccs
[2024-03-06 11:02:15,377] WARN [Producer clientId=odds-ingest-producer-1] Error while fetching metadata: TOPIC_AUTHORIZATION_FAILED
""", None, "Apache Kafka client logs: password-type configs printed as [hidden]")

_r = _rng()
_inv = "\n".join(
    f"A{_r.randint(10000, 99999)},{_r.choice(['IGT', 'Aristocrat', 'Light & Wonder', 'Konami', 'Everi'])},"
    f"{_r.choice(['CrystalDual 27', 'MarsX', 'Kascada', 'DIMENSION 49J', 'Empire Flex'])},"
    f"{_r.choice(['GLI-11', 'NV-GCB'])}-{_r.randint(100000, 999999)},{hexs(8, upper=True)},"
    f"{_r.choice(['MAIN', 'HIGHLIMIT', 'TERRACE'])},{_r.choice(['0.01', '0.05', '0.25', '1.00'])}"
    for _ in range(14))
add("csv/decoy-slot-inventory", "slot-ops/inventory/floor_inventory_2024-03.csv",
    "asset,manufacturer,cabinet,approval,program_crc32,zone,denom\n" + _inv + "\n",
    None, "slot floor inventory: asset numbers, approvals, CRC32 program checks")

add("xml/decoy-g2s-message", "g2s-host/tests/resources/meterInfo-request.xml", r"""
<?xml version="1.0" encoding="UTF-8"?>
<g2s:g2sMessage xmlns:g2s="http://www.gamingstandards.com/g2s/schemas/v1.0.3">
  <g2s:g2sBody g2s:hostId="1" g2s:egmId="CC_«egm»" g2s:dateTimeSent="2024-03-05T14:22:31.457-07:00">
    <g2s:meters g2s:deviceId="1" g2s:commandId="48221" g2s:sessionType="G2S_request"
                g2s:sessionId="9917" g2s:timeToLive="30000" g2s:sessionRetry="false">
      <g2s:getMeterInfo g2s:meterInfoType="G2S_onDemand">
        <g2s:getCurrencyMeters g2s:deviceClass="G2S_all" g2s:deviceId="-1" />
        <g2s:getGameDenomMeters g2s:deviceClass="G2S_all" g2s:deviceId="-1" />
        <g2s:getDeviceMeters g2s:deviceClass="G2S_cabinet" g2s:deviceId="1" />
      </g2s:getMeterInfo>
    </g2s:meters>
  </g2s:g2sBody>
</g2s:g2sMessage>
""", None, "GSA G2S protocol: g2sMessage / meters getMeterInfo request", egm=hexs(16, upper=True))

add("yaml/decoy-openapi-example", "kiosk-api/openapi.yaml", r"""
openapi: 3.0.3
info:
  title: Kiosk redemption API
  version: 1.4.0
servers:
  - url: https://tito-redeem.smr.local/api/v1
security:
  - apiKey: []
components:
  securitySchemes:
    apiKey:
      type: apiKey
      in: header
      name: X-Api-Key
      description: "Issued per kiosk by Slot Systems. Example: `X-Api-Key: YOUR_API_KEY`."
paths:
  /tickets/redeem:
    post:
      summary: Redeem a TITO ticket
      requestBody:
        required: true
        content:
          application/json:
            example:
              kioskId: KIOSK-07
              validationNumber: "000000000000000000"
              amountCents: 2500
      responses:
        "200": { description: Redeemed }
        "409": { description: Already redeemed or voided }
""", None, "OpenAPI 3.0: apiKey security scheme with placeholder example")

add("json/decoy-postman-empty", "postman/kiosk-api.postman_environment.json", r"""
{
  "id": "«envid»",
  "name": "Kiosk API - UAT",
  "values": [
    { "key": "baseUrl", "value": "https://tito-redeem-uat.smr.local/api/v1", "type": "default", "enabled": true },
    { "key": "apiKey", "value": "", "type": "secret", "enabled": true },
    { "key": "kioskId", "value": "KIOSK-UAT-01", "type": "default", "enabled": true }
  ],
  "_postman_variable_scope": "environment",
  "_postman_exported_at": "2024-02-19T09:12:40.118Z",
  "_postman_exported_using": "Postman/10.22.14"
}
""", None, "Postman environment export with the secret value left empty", envid=uuid4())

add("ini/decoy-file-provider", "floor-monitoring/grafana/grafana.ini", r"""
[server]
domain = grafana.coppercanyon.local
root_url = https://grafana.coppercanyon.local/

[database]
type = postgres
host = grafana-db.coppercanyon.local:5432
name = grafana
user = grafana
password = $__file{/run/secrets/grafana_db_password}

[security]
admin_user = admin
admin_password = $__file{/run/secrets/grafana_admin}
secret_key = $__env{GF_SECRET_KEY}
cookie_secure = true

[auth.ldap]
enabled = true
config_file = /etc/grafana/ldap.toml
""", None, "Grafana docs: variable expansion $__file{} and $__env{} in configuration")

add("nginx/decoy-key-path", "infra/nginx/sportsbook-api.conf", r"""
server {
    listen 443 ssl http2;
    server_name api.tidewatersportsbook.com;

    ssl_certificate     /etc/nginx/tls/api.tidewatersportsbook.com.fullchain.pem;
    ssl_certificate_key /etc/nginx/tls/api.tidewatersportsbook.com.key;
    ssl_protocols TLSv1.2 TLSv1.3;
    ssl_session_tickets off;

    # geolocation header must be present for wagering endpoints
    location /v1/wagers {
        if ($http_x_geo_token = "") { return 451; }
        proxy_pass http://wager-service:8080;
        proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
    }

    location / {
        proxy_pass http://sportsbook-api:8080;
    }
}
""", None, "nginx docs: ssl_certificate_key (a file path)")

add("hcl/decoy-vault-policy", "vault/policies/cage-readonly.hcl", r"""
# Cage systems read-only: application reads its own secrets, nothing else
path "secret/data/cage/*" {
  capabilities = ["read"]
}

path "secret/metadata/cage/*" {
  capabilities = ["list"]
}

path "database/creds/cage-ledger-ro" {
  capabilities = ["read"]
}

path "secret/data/cage/admin/*" {
  capabilities = ["deny"]
}
""", None, "HashiCorp Vault docs: ACL policies (path capabilities)")

add("kubeconfig/decoy-exec-plugin", "ops/kube/kubeconfig-sportsbook-prod.yaml", r"""
apiVersion: v1
kind: Config
clusters:
  - name: sportsbook-prod
    cluster:
      server: https://«eks».gr7.us-east-1.eks.amazonaws.com
      certificate-authority-data: «ca»
contexts:
  - name: sportsbook-prod
    context:
      cluster: sportsbook-prod
      user: sso-user
current-context: sportsbook-prod
users:
  - name: sso-user
    user:
      exec:
        apiVersion: client.authentication.k8s.io/v1beta1
        command: aws
        args: [eks, get-token, --cluster-name, sportsbook-prod, --region, us-east-1]
        env:
          - name: AWS_PROFILE
            value: sportsbook-sso
""", None, "Kubernetes docs: kubeconfig exec credential plugin; certificate-authority-data (public CA)",
    eks=hexs(32, upper=True), ca=b64(certificate(14) + "\n"))

add("json/decoy-redacted-export", "identity/keycloak/realm-host-portal.json", r"""
{
  "realm": "host-portal",
  "enabled": true,
  "sslRequired": "external",
  "clients": [
    {
      "clientId": "host-portal-web",
      "publicClient": true,
      "redirectUris": ["https://hosts.coppercanyoncasino.com/*"],
      "webOrigins": ["https://hosts.coppercanyoncasino.com"]
    },
    {
      "clientId": "comp-engine",
      "publicClient": false,
      "clientAuthenticatorType": "client-secret",
      "secret": "**********",
      "serviceAccountsEnabled": true
    }
  ],
  "smtpServer": {
    "host": "smtp.office365.com",
    "port": "587",
    "from": "no-reply@coppercanyoncasino.com",
    "user": "no-reply@coppercanyoncasino.com",
    "password": "**********",
    "starttls": "true"
  }
}
""", None, "Keycloak partial export: secrets masked as **********")

_r = _rng()
_hashed = ",\n".join(
    f'      "{"".join(_r.choice(HEX) for _ in range(64))},{_r.choice(["GOLD", "PLAT", "DIAM", "SILV"])},{_r.randint(40, 2400)}.{_r.randint(10, 99)},{_r.randint(1, 60)}\\n"'
    for _ in range(6))
add("notebook/decoy-hashed-ids", "analytics/notebooks/churn_features.ipynb", r"""
{
 "cells": [
  {
   "cell_type": "markdown",
   "metadata": {},
   "source": ["# Churn features\n", "Player ids are salted SHA-256 (salt held by Data Governance); no PII in this notebook."]
  },
  {
   "cell_type": "code",
   "execution_count": 2,
   "metadata": {},
   "outputs": [
    {
     "name": "stdout",
     "output_type": "stream",
     "text": [
      "player_key,tier,adt,visits_90d\n",
«rows»
     ]
    }
   ],
   "source": ["df = pd.read_parquet(\"features/churn_2024q1.parquet\")\n", "print(df.head(6).to_csv(index=False))"]
  }
 ],
 "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""", None, "Jupyter nbformat v4; pseudonymised (hashed) player keys", rows=_hashed)

add("python/decoy-test-vector", "kiosk_sim/tests/test_signing.py", r"""
\"\"\"The kiosk simulator's request signer, checked against RFC 4231 test case 1.\"\"\"
import hmac
import hashlib

from kiosk_sim.signing import sign_bytes

RFC4231_KEY = bytes.fromhex("0b" * 20)
RFC4231_DATA = b"Hi There"
RFC4231_HMAC_SHA256 = "b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7"


def test_matches_rfc4231_case_1():
    assert sign_bytes(RFC4231_KEY, RFC4231_DATA).hex() == RFC4231_HMAC_SHA256


def test_matches_stdlib():
    key = b"unit-test-key"
    msg = b"KIOSK-07|000000000000000000|2500|1700000000"
    assert sign_bytes(key, msg) == hmac.new(key, msg, hashlib.sha256).digest()
""".replace('\\"', '"'), None, "RFC 4231: HMAC-SHA-256 test vectors")

add("sql/decoy-hash-function", "db/warehouse/views/v_player_pseudonymised.sql", r"""
-- Pseudonymised player view for analysts. The salt is read from a restricted table at run time.
CREATE OR ALTER VIEW rpt.v_player_pseudonymised
AS
SELECT
    CONVERT(char(64), HASHBYTES('SHA2_256', CONCAT(s.SaltValue, p.PlayerId)), 2) AS PlayerKey,
    p.TierCode,
    DATEDIFF(year, p.BirthDate, GETDATE()) / 10 * 10                           AS AgeBand,
    p.HomeZip3,
    p.EnrolledOn
FROM dbo.Player AS p
CROSS JOIN sec.PseudonymSalt AS s
WHERE s.Purpose = 'ANALYTICS'
  AND p.IsSelfExcluded = 0;
GO
""", None, "Transact-SQL HASHBYTES for pseudonymisation; salt kept in a restricted table")

add("java/decoy-spring-value", "cage-api/src/main/java/com/tidewater/cage/config/LedgerClientConfig.java", r"""
package com.tidewater.cage.config;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.client.RestClient;

@Configuration
public class LedgerClientConfig {

    @Value("${cage.ledger.base-url}")
    private String baseUrl;

    @Value("${cage.ledger.api-key}")
    private String apiKey;

    @Value("${cage.ledger.hmac-secret:#{null}}")
    private String hmacSecret;

    @Bean
    RestClient ledgerClient(RestClient.Builder builder) {
        return builder.baseUrl(baseUrl)
                .defaultHeader("X-Api-Key", apiKey)
                .build();
    }
}
""", None, "Spring docs: @Value property placeholders resolved from the environment")

add("php/decoy-env", "sportsbook-web/config/services.php", r"""
<?php

return [
    'sportradar' => [
        'key' => env('SPORTRADAR_API_KEY'),
        'base_url' => 'https://api.sportradar.com/oddscomparison-usp/production/v2/en',
    ],
    'geocomply' => [
        'decrypt_key' => env('GEOCOMPLY_DECRYPT_KEY'),
        'decrypt_iv' => env('GEOCOMPLY_DECRYPT_IV'),
    ],
    'sendgrid' => [
        'api_key' => env('SENDGRID_API_KEY'),
    ],
    'stripe' => [
        'key' => env('STRIPE_KEY'),
        'secret' => env('STRIPE_SECRET'),
        'webhook_secret' => env('STRIPE_WEBHOOK_SECRET'),
    ],
];
""", None, "Laravel docs: config files reading env()")

add("markdown/decoy-redacted-curl", "docs/integrations/odds-relay.md", r"""
# Odds relay

The relay holds one upstream WebSocket to the odds provider and fans it out over Redis.

## Checking the upstream by hand

```bash
export ODDS_FEED_TOKEN=...   # from Vault: secret/sportsbook/odds-provider
websocat "wss://stream.odds-provider.example.net/v1/live?token=${ODDS_FEED_TOKEN}&sports=tennis"
curl -s -H "Authorization: Bearer <token>" https://api.odds-provider.example.net/v1/status
```

Expected: a `hello` frame, then `odds_update` messages every few hundred milliseconds.
If the provider answers 401, the token was rotated: re-run `scripts/render-config.sh`.
""", None, "docs with placeholders and environment references")

add("yaml/decoy-pinned-revs", "slot-event-bridge/.pre-commit-config.yaml", r"""
repos:
  - repo: https://github.com/pre-commit/pre-commit-hooks
    rev: «r1»  # frozen: v4.5.0
    hooks:
      - id: check-yaml
      - id: end-of-file-fixer
      - id: detect-private-key
  - repo: https://github.com/gitleaks/gitleaks
    rev: «r2»  # frozen: v8.18.2
    hooks:
      - id: gitleaks
  - repo: https://github.com/macisamuele/language-formatters-pre-commit-hooks
    rev: «r3»  # frozen: v2.12.0
    hooks:
      - id: pretty-format-java
        args: [--autofix]
""", None, "pre-commit docs: rev pinned to a commit SHA (--freeze)", r1=hexs(40), r2=hexs(40), r3=hexs(40))

add("kotlin/decoy-local-properties", "sportsbook-android/app/build.release.gradle.kts", r"""
import java.util.Properties

val localProps = Properties().apply {
    val f = rootProject.file("local.properties")
    if (f.exists()) f.inputStream().use { load(it) }
}

fun secretProp(name: String): String =
    System.getenv(name) ?: localProps.getProperty(name) ?: error("$name is not set (CI secret or local.properties)")

android {
    defaultConfig {
        // the odds key is fetched by the app from our backend at runtime; only the public base URL is baked in
        buildConfigField("String", "ODDS_BASE_URL", "\"https://api.tidewatersportsbook.com/odds\"")
    }
    signingConfigs {
        create("release") {
            storeFile = file(secretProp("SB_KEYSTORE_PATH"))
            storePassword = secretProp("SB_KEYSTORE_PASSWORD")
            keyAlias = "sportsbook-release"
            keyPassword = secretProp("SB_KEY_PASSWORD")
        }
    }
}
""", None, "Gradle Kotlin DSL: signing config from environment / local.properties")

add("typescript/decoy-fake-tokens", "offers-engine/test/mailer.test.ts", r"""
import { jest } from "@jest/globals";

jest.mock("@sendgrid/mail", () => ({
  setApiKey: jest.fn(),
  send: jest.fn(async () => [{ statusCode: 202 }]),
}));

import sgMail from "@sendgrid/mail";
import { sendOfferEmail } from "../src/mailer";

const FAKE_SENDGRID_KEY = "SG.fake-key-for-tests.not-a-real-secret";

describe("sendOfferEmail", () => {
  beforeAll(() => sgMail.setApiKey(FAKE_SENDGRID_KEY));

  it("skips self-excluded players", async () => {
    await sendOfferEmail({ email: "a@example.com", emailOptIn: true, selfExcluded: true } as any, {} as any);
    expect(sgMail.send).not.toHaveBeenCalled();
  });

  it("sends to opted-in players", async () => {
    await sendOfferEmail({ email: "b@example.com", emailOptIn: true, selfExcluded: false, firstName: "Bo", tier: "GOLD" } as any,
      { freePlayAmount: 25, expiresOn: "2024-04-01" } as any);
    expect(sgMail.send).toHaveBeenCalledTimes(1);
  });
});
""", None, "Jest mocks: tokens that declare themselves fake")

add("r/decoy-keyring", "analytics/table_games_hold.R", r"""
library(DBI)
library(odbc)
library(keyring)

# credentials are in the analyst's OS keychain: keyring::key_set("smr-sql02", "analyst_ro")
con <- dbConnect(
  odbc::odbc(),
  Driver   = "ODBC Driver 18 for SQL Server",
  Server   = "smr-sql02.smr.local",
  Database = "TableGames",
  UID      = "analyst_ro",
  PWD      = keyring::key_get("smr-sql02", "analyst_ro"),
  TrustServerCertificate = "yes"
)

drop <- dbGetQuery(con, "SELECT GamingDay, Pit, GameType, Drop, Win FROM dbo.PitDaily WHERE GamingDay >= '2024-01-01'")
drop$hold <- round(100 * drop$Win / drop$Drop, 2)
aggregate(hold ~ GameType, data = drop, FUN = median)
dbDisconnect(con)
""", None, "keyring R package: key_get from the OS credential store")

add("powershell/decoy-clixml", "scripts/Invoke-FloorMeterExport.ps1", r"""
# Credential file created once per service host with:
#   Get-Credential | Export-Clixml -Path 'D:\Secure\svc_meterexport.xml'
# (DPAPI-protected: only this user on this machine can decrypt it)
$cred = Import-Clixml -Path 'D:\Secure\svc_meterexport.xml'

$params = @{
    ServerInstance = 'SMR-SQL02\SLOTDW'
    Database       = 'SlotAccounting'
    Credential     = $cred
    Query          = 'EXEC rpt.usp_DailyMeterExport @GamingDay = NULL'
}
$rows = Invoke-Sqlcmd @params
$rows | Export-Csv -Path "\\smr-fs01\slot-exports\meters\meters_$(Get-Date -Format yyyyMMdd).csv" -NoTypeInformation
""", None, "PowerShell docs: Export-Clixml / Import-Clixml credentials protected by DPAPI")

add("toml/decoy-env-interp", "feed-adapter/config/staging.toml", r"""
[service]
name = "kambi-feed-adapter"
listen = "0.0.0.0:9400"
log_level = "debug"

[kambi]
offering = "tidewaternjstg"
base_url = "https://ctn-api.kambi.com/offering/v2018"
auth_token = "${KAMBI_AUTH_TOKEN}"
lang = "en_US"
market = "US-NJ"

[publish]
kafka_brokers = ["kafka-stg.tidewater.local:9092"]
topic = "sportsbook.offers.v1.staging"
""", None, "config with ${ENV} interpolation instead of values")
