"""Blind set GU: arcades and family entertainment centres.

Game card and token systems, redemption-prize inventory, party bookings, laser tag arenas and VR
rigs, cashless kiosks, loyalty apps, CCTV and the office IT behind them, in the code, configs, CI,
infrastructure, notebooks, runbooks, exports and logs such teams commit. Generated fakes only
(seeds 2490000-2499999).
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
UPHEX = "0123456789ABCDEF"
UPALNUM = string.ascii_uppercase + string.digits
LOWALNUM = string.ascii_lowercase + string.digits
URLSAFE = ALNUM + "-_"
B64 = ALNUM + "+/"
SEED_LO, SEED_HI = 2490000, 2499999
_SEED = [SEED_LO]


def _seed() -> int:
    _SEED[0] += 7
    assert _SEED[0] <= SEED_HI
    return _SEED[0]


def _rng() -> random.Random:
    return random.Random(_seed())


def draw(n: int, alphabet: str = ALNUM) -> str:
    return fakes.drawn_mixed(_seed(), n, alphabet)


def hexs(n: int) -> str:
    return draw(n, HEX)


WORDS = ["Pinball", "Skeeball", "Rocket", "Comet", "Tokens", "Jackpot", "Neon", "Galaxy", "Arcade", "Prize",
         "Bumper", "Laser", "Turbo", "Pixel", "Ticket", "Claw", "Mega", "Hoops", "Dino", "Blaster"]
LOWER = ["popcorn", "lantern", "rocket", "marble", "puzzle", "candy", "meteor", "saddle", "gumball",
         "whistle", "orbit", "pretzel", "bumper", "fizzy", "tumble", "zigzag"]


def words_pw(symbols: str = "!#$%*@") -> str:
    r = _rng()
    return r.choice(WORDS) + r.choice(symbols) + r.choice(WORDS) + str(r.randint(10, 9999))


def rand_pw(n: int = 20, extra: str = "") -> str:
    return draw(n, ALNUM + extra) if extra else draw(n)


def passphrase(sep: str = "-") -> str:
    r = _rng()
    return sep.join(r.sample(LOWER, 4)) + str(r.randint(1, 99))


def b64(s: str) -> str:
    return base64.b64encode(s.encode()).decode()


def uuid_s() -> str:
    return fakes.uuid4(_seed())


def pem(kind: str = "RSA", lines: int = 8, last: int = 40) -> str:
    r = _rng()
    label = f"{kind} PRIVATE KEY" if kind else "PRIVATE KEY"
    body = ["".join(r.choice(B64) for _ in range(64)) for _ in range(lines)]
    body.append("".join(r.choice(B64) for _ in range(last)) + "==")
    return f"-----BEGIN {label}-----\n" + "\n".join(body) + f"\n-----END {label}-----"


def pkcs8_body() -> List[str]:
    """The base64 lines of an unencrypted PKCS#8 RSA key (its real opening, random after)."""
    r = _rng()
    first = "MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQ" + "".join(r.choice(B64) for _ in range(14))
    rest = ["".join(r.choice(B64) for _ in range(64)) for _ in range(9)]
    return [first] + rest + ["".join(r.choice(B64) for _ in range(28)) + "=="]


def ec_p8() -> str:
    """An Apple .p8 (PKCS#8 P-256) key block: its real opening, random after."""
    r = _rng()
    head = "MIGTAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBHkwdwIBAQQg"
    line1 = head + "".join(r.choice(B64) for _ in range(64 - len(head)))
    lines = [line1] + ["".join(r.choice(B64) for _ in range(64)) for _ in range(2)] + ["".join(r.choice(B64) for _ in range(8))]
    return "-----BEGIN PRIVATE KEY-----\n" + "\n".join(lines) + "\n-----END PRIVATE KEY-----"


def openssh_key() -> str:
    r = _rng()
    head = "b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW"
    lines = [head] + ["".join(r.choice(B64) for _ in range(70)) for _ in range(3)] + ["".join(r.choice(B64) for _ in range(32)) + "="]
    return "-----BEGIN OPENSSH PRIVATE KEY-----\n" + "\n".join(lines) + "\n-----END OPENSSH PRIVATE KEY-----"


def cert_pem() -> str:
    r = _rng()
    body = ["MIIDdzCCAl+gAwIBAgIU" + "".join(r.choice(B64) for _ in range(44))]
    body += ["".join(r.choice(B64) for _ in range(64)) for _ in range(6)]
    body.append("".join(r.choice(B64) for _ in range(36)) + "=")
    return "-----BEGIN CERTIFICATE-----\n" + "\n".join(body) + "\n-----END CERTIFICATE-----"


def stripe_key(prefix: str = "sk_live_", n: int = 99) -> str:
    return prefix + draw(n)


def whsec() -> str:
    return "whsec_" + draw(32)


def square_token() -> str:
    return "EAAA" + draw(60, URLSAFE)


def adyen_key() -> str:
    return "AQE" + draw(60) + "=-" + draw(43, B64) + "=-" + draw(10)


def slack_bot() -> str:
    r = _rng()
    return f"xoxb-{r.randint(10**10, 10**11)}-{r.randint(10**12, 10**13)}-" + "".join(r.choice(ALNUM) for _ in range(24))


def slack_webhook() -> str:
    return "https://hooks.slack.com/services/T" + draw(8, UPALNUM) + "/B" + draw(10, UPALNUM) + "/" + draw(24)


def sendgrid_key() -> str:
    return "SG." + draw(22, URLSAFE) + "." + draw(43, URLSAFE)


def azure_secret() -> str:
    return draw(3) + "8Q~" + draw(34, ALNUM + "_.-~")


def azure_account_key() -> str:
    return draw(86, B64) + "=="


def aws_id() -> str:
    return fakes.aws_key_id(_seed())


def aws_secret() -> str:
    return fakes.aws_secret_key(_seed())


def mapbox(prefix: str) -> str:
    user = b64('{"u":"galaxygrove","a":"' + draw(25, LOWALNUM) + '"}').rstrip("=")
    return prefix + "." + user + "." + draw(22, URLSAFE)


def sha256() -> str:
    return hexs(64)


def mac() -> str:
    r = _rng()
    return ":".join(f"{r.randint(0, 255):02X}" for _ in range(6))


def recaptcha() -> str:
    return "6L" + draw(38, URLSAFE)


def jwt_like_header() -> str:
    return b64('{"alg":"HS256","typ":"JWT"}').rstrip("=")


CASES: List[LabelledCase] = []


def add(category: str, file_name: str, source: str, text: str, secret: Optional[str] = None, **fields: str) -> None:
    """One case; `@@name@@` in the text is filled from `secret` and the fields."""
    if text.startswith("\n"):
        text = text[1:]
    if secret is not None:
        fields = dict(fields, secret=secret)
    for name, value in fields.items():
        text = text.replace(f"@@{name}@@", value)
    assert "@@" not in text, (file_name, text)
    CASES.append(LabelledCase(f"blind-gu/{category}", file_name, text, secret, source))


# ---------------------------------------------------------------------------------------------
# Game card and token systems: card readers, card servers, top-up kiosks, card sync jobs.
# ---------------------------------------------------------------------------------------------

add("env/embed-api-secret", "card-sync/.env.production", "Embed cloud card API: key id and HMAC secret per site",
    """
# card-sync: pushes card balances from the Embed site servers to the loyalty backend
NODE_ENV=production
LOG_LEVEL=info
PORT=8087

SITES=riverside,eastgate,lakeshore
EMBED_GATEWAY_URL=https://gw.embedsystems.net/v3
EMBED_KEY_ID=ggf-sync-01
EMBED_API_SECRET=@@secret@@
EMBED_POLL_SECONDS=45

LOYALTY_API_URL=https://loyalty-api.galaxygrove-fun.com/internal
LOYALTY_API_TOKEN_FILE=/run/secrets/loyalty_api_token

# card numbers are masked before they reach the logs
MASK_CARD_NUMBERS=true
""", secret=hexs(64))

add("python/intercard-api-key", "card_sync/intercard_client.py", "Intercard iCMS web API: site id and API key per request",
    '''
"""Thin client for the Intercard iCMS web API (balances, card status, bonus loads)."""
import logging
from dataclasses import dataclass

import requests

log = logging.getLogger(__name__)


@dataclass
class IntercardClient:
    site_id: str
    api_key: str
    base_url: str = "https://icms.intercardinc.net/api/v2"
    timeout: float = 8.0

    def _headers(self) -> dict:
        return {"X-Site-Id": self.site_id, "X-Api-Key": self.api_key, "Accept": "application/json"}

    def card(self, card_number: str) -> dict:
        r = requests.get(f"{self.base_url}/cards/{card_number}", headers=self._headers(), timeout=self.timeout)
        r.raise_for_status()
        return r.json()

    def load_bonus(self, card_number: str, points: int, reason: str) -> dict:
        body = {"points": points, "reason": reason}
        r = requests.post(f"{self.base_url}/cards/{card_number}/bonus", json=body,
                          headers=self._headers(), timeout=self.timeout)
        r.raise_for_status()
        log.info("bonus %s -> %s (%s)", points, card_number[-4:], reason)
        return r.json()


# TODO(mike): move to settings once the Eastgate cutover is done
default_client = IntercardClient(site_id="GGF-EASTGATE-02", api_key="@@secret@@")
''', secret=draw(40))

add("csharp/sqlserver-password", "CardServer.Reports/ReportDb.cs", "SqlClient connection string keywords (Microsoft docs)",
    """
using System.Data;
using Microsoft.Data.SqlClient;

namespace CardServer.Reports
{
    /// <summary>Read-only access to the card server database for the nightly revenue reports.</summary>
    public static class ReportDb
    {
        private const string ConnectionString =
            "Server=CE-SQL01\\\\CENTEREDGE;Database=CenterEdge;User Id=ce_reports;Password=@@secret@@;" +
            "Encrypt=True;TrustServerCertificate=True;Application Name=ggf-reports";

        public static DataTable Query(string sql, params SqlParameter[] parameters)
        {
            using var connection = new SqlConnection(ConnectionString);
            using var command = new SqlCommand(sql, connection) { CommandTimeout = 120 };
            command.Parameters.AddRange(parameters);
            var table = new DataTable();
            connection.Open();
            using var reader = command.ExecuteReader();
            table.Load(reader);
            return table;
        }

        public static DataTable DailyGameRevenue(System.DateTime day) =>
            Query("SELECT GameId, SUM(Amount) AS Revenue, COUNT(*) AS Swipes FROM dbo.GameSwipes " +
                  "WHERE SwipeDate = @day GROUP BY GameId ORDER BY Revenue DESC",
                  new SqlParameter("@day", day.Date));
    }
}
""", secret=words_pw())

add("ini/device-password", "readers/sacoa/reader-eastgate.ini", "Sacoa card reader settings file (server and service login)",
    """
; Sacoa reader settings pushed by the site tool - Eastgate, row C (redemption)
[reader]
id=EG-C-014
game=Ticket Monster Deluxe
price_credits=4
ticket_multiplier=1

[server]
host=10.40.2.10
port=7010
timeout_ms=2500
retry=3

[service]
; technician login on the reader menu and the web page
user=tech
password=@@secret@@

[display]
brightness=80
language=en-US
""", secret=rand_pw(12))

add("powershell/sqlserver-password", "ops/parafait/Backup-ParafaitDb.ps1", "sqlcmd -S -U -P options (Microsoft docs)",
    r"""
<#
.SYNOPSIS
  Nightly full backup of the Semnox Parafait database, copied to the NAS.
#>
param(
    [string]$Instance = "PARAFAIT-DB\SQLEXPRESS",
    [string]$Database = "Parafait",
    [string]$Target   = "\\ggf-nas01\backups\parafait"
)

$stamp = Get-Date -Format "yyyyMMdd-HHmm"
$file  = "D:\Backups\$Database-$stamp.bak"

& sqlcmd -S $Instance -U sa_backup -P "@@secret@@" -b -Q "BACKUP DATABASE [$Database] TO DISK = N'$file' WITH COMPRESSION, CHECKSUM, INIT"
if ($LASTEXITCODE -ne 0) {
    Write-EventLog -LogName Application -Source "ParafaitBackup" -EntryType Error -EventId 501 -Message "Backup failed ($LASTEXITCODE)"
    exit 1
}

Copy-Item $file -Destination $Target
Get-ChildItem "D:\Backups" -Filter "*.bak" | Where-Object LastWriteTime -lt (Get-Date).AddDays(-7) | Remove-Item
""", secret=words_pw())

add("yaml/mqtt-password", "reader-bridge/config/bridge.yaml", "Eclipse Paho / Mosquitto client username and password",
    """
# reader-bridge: forwards swipe events from the game readers to the card server
site: riverside
readers:
  subnet: 10.20.8.0/22
  heartbeat_seconds: 30

mqtt:
  host: mqtt.riverside.ggf.local
  port: 8883
  tls: true
  ca_file: /etc/reader-bridge/ca.crt
  client_id: reader-bridge-riverside
  username: bridge
  password: "@@secret@@"
  topics:
    swipes: ggf/riverside/readers/+/swipe
    status: ggf/riverside/readers/+/status

cardserver:
  url: http://10.20.0.5:8090/api
  timeout: 3s

metrics:
  listen: 0.0.0.0:9108
""", secret=fakes.redis_password(_seed()))

add("json/device-provisioning-secret", "provisioning/readers/eastgate.json", "Card reader fleet provisioning file (site enrolment secret)",
    """
{
  "site": "eastgate",
  "cardServer": "https://cards-eg.ggf.local:8443",
  "ntp": ["10.30.0.1", "pool.ntp.org"],
  "firmware": {
    "channel": "stable",
    "minimum": "4.12.3"
  },
  "enrolment": {
    "mode": "auto",
    "siteCode": "EG02",
    "enrolmentSecret": "@@secret@@"
  },
  "readerDefaults": {
    "debounceMs": 120,
    "ledIdle": "blue",
    "ledLowBalance": "amber"
  }
}
""", secret=draw(32, URLSAFE))

add("go/hmac-signing-key", "topup/internal/sign/sign.go", "HMAC-SHA256 request signing (Go crypto/hmac)",
    """
package sign

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"strconv"
	"time"
)

// topUpKey signs the top-up requests the kiosks send to the card server.
// The card server checks the same key (see cardserver/config/topup.yaml).
var topUpKey = []byte("@@secret@@")

// Sign returns the X-Topup-Signature header for a body sent at t.
func Sign(body []byte, t time.Time) (string, string) {
	ts := strconv.FormatInt(t.Unix(), 10)
	mac := hmac.New(sha256.New, topUpKey)
	mac.Write([]byte(ts))
	mac.Write([]byte("."))
	mac.Write(body)
	return ts, hex.EncodeToString(mac.Sum(nil))
}

// Valid reports whether sig is the signature of body sent at ts.
func Valid(body []byte, ts, sig string) bool {
	mac := hmac.New(sha256.New, topUpKey)
	mac.Write([]byte(ts))
	mac.Write([]byte("."))
	mac.Write(body)
	want := hex.EncodeToString(mac.Sum(nil))
	return hmac.Equal([]byte(want), []byte(sig))
}
""", secret=draw(48))

add("rust/basic-auth-password", "reader-updater/src/fetch.rs", "reqwest RequestBuilder::basic_auth (docs.rs)",
    """
use std::path::Path;
use std::time::Duration;

use anyhow::{Context, Result};
use reqwest::blocking::Client;

const UPDATE_HOST: &str = "https://updates.ggf.local/readers";

/// Downloads a firmware image for the given model into `dest`.
pub fn fetch_firmware(model: &str, version: &str, dest: &Path) -> Result<()> {
    let client = Client::builder()
        .timeout(Duration::from_secs(60))
        .build()?;
    let url = format!("{UPDATE_HOST}/{model}/{version}.bin");
    let bytes = client
        .get(&url)
        .basic_auth("reader-updater", Some("@@secret@@"))
        .send()
        .context("firmware request")?
        .error_for_status()?
        .bytes()?;
    std::fs::write(dest, &bytes).with_context(|| format!("writing {}", dest.display()))?;
    Ok(())
}
""", secret=rand_pw(18))

add("shell/basic-auth-password", "scripts/cards/export-balances.sh", "curl -u user:password (curl manual)",
    """
#!/usr/bin/env bash
# Nightly export of outstanding card balances for the finance team (deferred revenue).
set -euo pipefail

SITE="${1:-lakeshore}"
DAY="$(date -d yesterday +%F)"
OUT="/srv/exports/cards/${SITE}-${DAY}.csv"

curl -fsS -u finance-export:@@secret@@ \\
  -H "Accept: text/csv" \\
  "https://cards-${SITE}.ggf.local:8443/api/reports/balances?asOf=${DAY}" \\
  -o "$OUT"

gzip -f "$OUT"
aws s3 cp "${OUT}.gz" "s3://ggf-finance-exports/cards/${SITE}/" --only-show-errors
echo "exported ${SITE} balances for ${DAY}"
""", secret=words_pw("._-"))

add("log/database-password", "logs/cardserver/cardserver-2024-03-09.log", "Application startup log echoing its connection string",
    """
2024-03-09 08:58:01.112 INFO  [main] CardServer 7.4.2 starting (site=lakeshore, pid=4120)
2024-03-09 08:58:01.140 INFO  [main] Loading config C:\\CardServer\\cardserver.config
2024-03-09 08:58:01.402 DEBUG [main] Db: Data Source=LS-CARDS01;Initial Catalog=Cards;User ID=cardsvc;Password=@@secret@@;Pooling=true;Max Pool Size=50
2024-03-09 08:58:02.007 INFO  [main] Database Cards online, schema 112
2024-03-09 08:58:02.010 INFO  [main] 214 readers registered, 3 offline (LS-A-003, LS-D-021, LS-D-022)
2024-03-09 08:58:02.511 INFO  [http] Listening on https://0.0.0.0:8443
2024-03-09 09:00:14.877 INFO  [swipe] card=****1187 game=LS-B-010 credits=-3.00 balance=27.00
2024-03-09 09:00:15.203 INFO  [swipe] card=****0452 game=LS-B-011 credits=-3.00 balance=9.00
2024-03-09 09:00:17.660 WARN  [reader] LS-D-021 heartbeat missed (3)
2024-03-09 09:00:19.004 INFO  [topup] kiosk=LS-K2 card=****7730 amount=20.00 bonus=5.00 txn=8b1f0c2e
""", secret=rand_pw(16))

add("sql/sqlserver-password", "db/migrations/2023_11_02_embed_sync_login.sql", "CREATE LOGIN ... WITH PASSWORD (Transact-SQL docs)",
    """
-- Login for the Embed sync job (reads game swipes, writes nothing)
USE [master];
GO
IF NOT EXISTS (SELECT 1 FROM sys.server_principals WHERE name = N'embed_sync')
    CREATE LOGIN [embed_sync] WITH PASSWORD = N'@@secret@@', CHECK_POLICY = ON, DEFAULT_DATABASE = [GameData];
GO
USE [GameData];
GO
IF NOT EXISTS (SELECT 1 FROM sys.database_principals WHERE name = N'embed_sync')
    CREATE USER [embed_sync] FOR LOGIN [embed_sync];
GO
ALTER ROLE [db_datareader] ADD MEMBER [embed_sync];
GRANT EXECUTE ON SCHEMA::[sync] TO [embed_sync];
GO
""", secret=words_pw())

add("xml/sqlserver-password", "Parafait.POS/App.config", "System.Configuration connectionStrings element (Microsoft docs)",
    """
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <configSections>
    <section name="log4net" type="log4net.Config.Log4NetConfigurationSectionHandler, log4net" />
  </configSections>
  <connectionStrings>
    <add name="ParafaitDB"
         connectionString="Data Source=PARAFAIT-DB\\SQLEXPRESS;Initial Catalog=Parafait;User ID=pos_user;Password=@@secret@@;MultipleActiveResultSets=True"
         providerName="System.Data.SqlClient" />
  </connectionStrings>
  <appSettings>
    <add key="SiteId" value="1004" />
    <add key="PosMachine" value="EG-POS-03" />
    <add key="ReceiptPrinter" value="EPSON TM-T88VI" />
    <add key="CardReaderPort" value="COM3" />
  </appSettings>
  <startup>
    <supportedRuntime version="v4.0" sku=".NETFramework,Version=v4.7.2" />
  </startup>
</configuration>
""", secret=rand_pw(14))

add("properties/mysql-password", "kiosk-topup/src/main/resources/application-prod.properties", "Spring Boot spring.datasource.* properties",
    """
# top-up kiosk backend, production profile
server.port=8080
server.servlet.context-path=/topup
spring.datasource.url=jdbc:mysql://topup-db.ggf.local:3306/topup?useSSL=true&serverTimezone=UTC
spring.datasource.username=topup_app
spring.datasource.password=@@secret@@
spring.datasource.hikari.maximum-pool-size=12
spring.jpa.hibernate.ddl-auto=validate
spring.jpa.open-in-view=false
topup.bonus.tiers=20:2,50:10,100:25
topup.card-server.url=https://cards-rs.ggf.local:8443/api
management.endpoints.web.exposure.include=health,info,prometheus
""", secret=passphrase())

# decoys of the card systems

add("csv/decoy-card-numbers", "exports/cards/riverside-balances-2024-02-29.csv", "Card server balance export (card serials and balances)",
    """
card_number,card_type,issued,last_used,credits,bonus_credits,tickets,status
100402771187,standard,2023-06-11,2024-02-29,27.00,0.00,412,active
100402770452,standard,2023-07-02,2024-02-28,9.00,0.00,38,active
100402779913,party,2024-02-17,2024-02-17,0.00,0.00,0,expired
100402771420,vip,2022-12-01,2024-02-29,143.50,25.00,3380,active
100402776601,standard,2023-09-23,2024-01-06,4.50,0.00,12,active
100402770078,employee,2021-05-14,2024-02-29,0.00,0.00,0,active
100402775526,standard,2024-02-03,2024-02-03,12.00,5.00,0,active
100402778810,lost,2023-03-30,2023-11-19,0.00,0.00,0,blocked
""")

add("python/decoy-env-reference", "card_sync/settings.py", "pydantic-settings BaseSettings reading the environment",
    '''
"""Settings of the card sync service, read from the environment (see deploy/card-sync.env.example)."""
from typing import List

from pydantic import Field, SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="CARD_SYNC_", env_file=None)

    sites: List[str] = Field(default_factory=lambda: ["riverside", "eastgate", "lakeshore"])
    embed_gateway_url: str = "https://gw.embedsystems.net/v3"
    embed_key_id: str
    embed_api_secret: SecretStr
    intercard_site_id: str = "GGF-EASTGATE-02"
    intercard_api_key: SecretStr
    loyalty_api_url: str
    loyalty_api_token: SecretStr
    poll_seconds: int = 45


settings = Settings()  # raises if a required variable is missing
''')

add("ini/decoy-placeholder", "readers/sacoa/reader-template.ini", "Sacoa reader settings template with placeholders",
    """
; Template for new readers - copy to reader-<site>.ini and fill in from the site binder.
[reader]
id=<SITE>-<ROW>-<NNN>
game=<game name as in the card server>
price_credits=0
ticket_multiplier=1

[server]
host=<card server IP>
port=7010
timeout_ms=2500
retry=3

[service]
; technician login: set on site, never commit the real one
user=tech
password=CHANGE_ME_ON_SITE
""")

add("json/decoy-reader-uids", "fixtures/readers/reader_inventory.json", "Reader fleet inventory (serials, MAC addresses, firmware hashes)",
    """
[
  {"reader": "RS-A-001", "serial": "SR4-22310871", "mac": "@@m1@@", "firmware": "4.12.3", "sha256": "@@h1@@"},
  {"reader": "RS-A-002", "serial": "SR4-22310872", "mac": "@@m2@@", "firmware": "4.12.3", "sha256": "@@h1@@"},
  {"reader": "RS-B-010", "serial": "SR4-22311904", "mac": "@@m3@@", "firmware": "4.11.0", "sha256": "@@h2@@"},
  {"reader": "RS-B-011", "serial": "SR4-22311905", "mac": "@@m4@@", "firmware": "4.12.3", "sha256": "@@h1@@"},
  {"reader": "RS-C-014", "serial": "SR4-23000412", "mac": "@@m5@@", "firmware": "4.12.3", "sha256": "@@h1@@"},
  {"reader": "RS-D-021", "serial": "SR4-23000588", "mac": "@@m6@@", "firmware": "4.10.7", "sha256": "@@h3@@"}
]
""", m1=mac(), m2=mac(), m3=mac(), m4=mac(), m5=mac(), m6=mac(), h1=sha256(), h2=sha256(), h3=sha256())

add("go/decoy-test-fixture", "topup/internal/sign/sign_test.go", "Go test with a fixed test-only key",
    """
package sign

import (
	"testing"
	"time"
)

// The tests swap in a throwaway key so they never depend on the real one.
func withTestKey(t *testing.T) {
	t.Helper()
	saved := topUpKey
	topUpKey = []byte("test-key-not-used-anywhere")
	t.Cleanup(func() { topUpKey = saved })
}

func TestSignRoundTrip(t *testing.T) {
	withTestKey(t)
	body := []byte(`{"card":"100402771187","amount":2000}`)
	ts, sig := Sign(body, time.Unix(1709200000, 0))
	if !Valid(body, ts, sig) {
		t.Fatalf("signature %s did not validate", sig)
	}
	if Valid([]byte(`{"card":"100402771187","amount":9000}`), ts, sig) {
		t.Fatal("tampered body validated")
	}
}
""")

add("sql/decoy-password-hash", "db/seed/003_staff_accounts.sql", "Seed data with bcrypt password hashes (never the passwords)",
    """
-- Staff accounts for the card server back office. Hashes only: bcrypt cost 12.
-- Everyone must reset on first login (must_reset = 1).
INSERT INTO staff_accounts (username, display_name, role, password_hash, must_reset, site) VALUES
  ('jgarcia',  'Julia Garcia',   'manager',    '$2b$12$@@h1@@', 1, 'riverside'),
  ('tnguyen',  'Tom Nguyen',     'supervisor', '$2b$12$@@h2@@', 1, 'riverside'),
  ('aokafor',  'Ada Okafor',     'cashier',    '$2b$12$@@h3@@', 1, 'eastgate'),
  ('bschmidt', 'Ben Schmidt',    'technician', '$2b$12$@@h4@@', 1, 'eastgate'),
  ('lpatel',   'Lena Patel',     'cashier',    '$2b$12$@@h5@@', 1, 'lakeshore');

UPDATE staff_accounts SET created_at = CURRENT_TIMESTAMP WHERE created_at IS NULL;
""", h1=draw(53, ALNUM + "./"), h2=draw(53, ALNUM + "./"), h3=draw(53, ALNUM + "./"),
    h4=draw(53, ALNUM + "./"), h5=draw(53, ALNUM + "./"))

add("log/decoy-masked-value", "logs/topup/topup-kiosk-2024-03-10.log", "Kiosk log with masked card numbers and redacted tokens",
    """
2024-03-10 11:02:44 INFO  kiosk=RS-K1 session=4f1c start
2024-03-10 11:02:51 INFO  kiosk=RS-K1 card=****1187 read ok
2024-03-10 11:03:05 INFO  kiosk=RS-K1 payment terminal=V400m amount=20.00 ref=@@r1@@
2024-03-10 11:03:19 INFO  kiosk=RS-K1 payment approved auth=0K41Z7 pan=541333******0019
2024-03-10 11:03:20 INFO  kiosk=RS-K1 topup POST /api/topup signature=[redacted] status=200
2024-03-10 11:03:20 INFO  kiosk=RS-K1 card=****1187 credits=+25.00 (20.00 + bonus 5.00)
2024-03-10 11:03:21 DEBUG kiosk=RS-K1 auth header: Bearer ************************ (len 64)
2024-03-10 11:03:24 INFO  kiosk=RS-K1 receipt printed, session=4f1c end
""", r1=draw(16, UPALNUM))

# ---------------------------------------------------------------------------------------------
# Redemption prizes: the prize counter's inventory, the online prize shop, vendors and shipping.
# ---------------------------------------------------------------------------------------------

add("python/shopify-access-token", "prize_shop/sync_inventory.py", "Shopify Admin API access token (X-Shopify-Access-Token header)",
    '''
"""Push prize-counter stock levels to the online prize shop (Shopify) every 15 minutes."""
import csv
import sys

import requests

SHOP = "galaxy-grove-prizes.myshopify.com"
API_VERSION = "2024-01"
TOKEN = "@@secret@@"
LOCATION_ID = 71234560021


def set_level(inventory_item_id: int, available: int) -> None:
    r = requests.post(
        f"https://{SHOP}/admin/api/{API_VERSION}/inventory_levels/set.json",
        headers={"X-Shopify-Access-Token": TOKEN, "Content-Type": "application/json"},
        json={"location_id": LOCATION_ID, "inventory_item_id": inventory_item_id, "available": available},
        timeout=15,
    )
    r.raise_for_status()


def main(path: str) -> int:
    with open(path, newline="") as handle:
        for row in csv.DictReader(handle):
            if row["shopify_item_id"]:
                set_level(int(row["shopify_item_id"]), max(0, int(row["on_hand"]) - int(row["reserved"])))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
''', secret="shpat_" + hexs(32))

add("csv/ftp-password", "docs/vendors/prize_vendors.csv", "Vendor contact sheet exported from a spreadsheet (portal and FTP logins)",
    """
vendor,account_no,contact,email,phone,order_portal,portal_user,portal_password,notes
Rhode Island Novelty,RIN-448210,Dana Price,dana.price@rinovelty.example,800-555-0144,https://portal.rinovelty.example,ggf-orders,(SSO),weekly Tuesday
Redemption Plus,RP-20931,Marco Ellis,marco@redemptionplus.example,913-555-0187,https://b2b.redemptionplus.example,galaxygrove,(SSO),free freight over 1500
Candy Warehouse,CW-77120,Sam Ortiz,sam.ortiz@candywh.example,626-555-0109,ftp://edi.candywh.example,ggf_edi,@@secret@@,EDI 850 files uploaded nightly
Toy Factory,TF-5531,Priya Nair,pnair@toyfactory.example,954-555-0121,https://order.toyfactory.example,galaxygrove,(SSO),plush min order 12 cases
""", secret=words_pw())

add("shell/sftp-password", "scripts/prizes/upload-po.sh", "lftp -u user,password (lftp manual)",
    """
#!/bin/sh
# Uploads the day's purchase orders (EDI 850) to the candy distributor.
set -eu

PO_DIR=/srv/prizes/outbound
ARCHIVE=/srv/prizes/archive/$(date +%Y/%m)
mkdir -p "$ARCHIVE"

ls "$PO_DIR"/*.edi >/dev/null 2>&1 || { echo "no purchase orders today"; exit 0; }

lftp -u ggf_edi,'@@secret@@' sftp://edi.candywh.example:2222 <<'LFTP'
set sftp:auto-confirm yes
cd /inbound/850
mput /srv/prizes/outbound/*.edi
bye
LFTP

mv "$PO_DIR"/*.edi "$ARCHIVE"/
logger -t upload-po "uploaded purchase orders to candy distributor"
""", secret=rand_pw(16, "!#%"))

add("yaml/postgres-password", "airflow/config/connections.yaml", "Airflow connections as URIs (Airflow docs: Managing Connections)",
    """
# Loaded by `airflow connections import` on the ETL box.
prize_inventory_db:
  conn_type: postgres
  description: prize counter inventory (POS export)
  conn_uri: postgresql://etl_reader:@@secret@@@prize-db.ggf.local:5432/prizes

warehouse:
  conn_type: google_cloud_platform
  description: BigQuery, key file mounted by the chart
  extra:
    key_path: /opt/airflow/secrets/bq-etl.json
    project: ggf-analytics

slack_ops:
  conn_type: slackwebhook
  description: webhook kept in the secrets backend
  extra:
    webhook_token_secret: airflow/connections/slack_ops
""", secret=rand_pw(20))

add("notebook/postgres-password", "notebooks/prize_shrinkage_q1.ipynb", "SQLAlchemy create_engine database URL in a Jupyter notebook",
    """
{
 "cells": [
  {
   "cell_type": "markdown",
   "metadata": {},
   "source": ["# Prize counter shrinkage, Q1\\n", "Tickets redeemed vs. prizes issued per site."]
  },
  {
   "cell_type": "code",
   "execution_count": 1,
   "metadata": {},
   "outputs": [],
   "source": [
    "import pandas as pd\\n",
    "from sqlalchemy import create_engine\\n",
    "\\n",
    "engine = create_engine(\\"postgresql+psycopg2://analyst:@@secret@@@prize-db.ggf.local:5432/prizes\\")"
   ]
  },
  {
   "cell_type": "code",
   "execution_count": 2,
   "metadata": {},
   "outputs": [],
   "source": [
    "q = \\"SELECT site, sku, SUM(tickets) AS tickets, SUM(qty) AS issued FROM redemptions WHERE day >= '2024-01-01' GROUP BY 1, 2\\"\\n",
    "df = pd.read_sql(q, engine)\\n",
    "df['tickets_per_item'] = df.tickets / df.issued\\n",
    "df.sort_values('tickets_per_item').head(20)"
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
""", secret=words_pw("._-"))

add("typescript/airtable-token", "prize-dashboard/app/api/restock/route.ts", "Airtable personal access token (Authorization: Bearer pat...)",
    """
import { NextResponse } from "next/server";

const BASE_ID = "appX4q2Lr8PzN1kTd";
const TABLE = "Restock Requests";
const AIRTABLE_TOKEN =
  "@@secret@@";

type Restock = { site: string; sku: string; qty: number; requestedBy: string };

export async function POST(request: Request) {
  const body = (await request.json()) as Restock;
  if (!body.site || !body.sku || body.qty <= 0) {
    return NextResponse.json({ error: "site, sku and a positive qty are required" }, { status: 400 });
  }
  const res = await fetch(`https://api.airtable.com/v0/${BASE_ID}/${encodeURIComponent(TABLE)}`, {
    method: "POST",
    headers: { Authorization: `Bearer ${AIRTABLE_TOKEN}`, "Content-Type": "application/json" },
    body: JSON.stringify({ records: [{ fields: { Site: body.site, SKU: body.sku, Qty: body.qty, "Requested by": body.requestedBy } }] }),
  });
  if (!res.ok) {
    return NextResponse.json({ error: "airtable rejected the request" }, { status: 502 });
  }
  return NextResponse.json({ ok: true });
}
""", secret="pat" + draw(14) + "." + hexs(64))

add("ruby/mailgun-api-key", "prize_shop/lib/low_stock_mailer.rb", "mailgun-ruby Mailgun::Client.new(api_key)",
    """
require "mailgun-ruby"

# Emails the prize buyers when a SKU falls under its reorder point.
class LowStockMailer
  DOMAIN = "mg.galaxygrove-fun.com".freeze
  BUYERS = %w[prizes@galaxygrove-fun.com jgarcia@galaxygrove-fun.com].freeze

  def initialize(client: Mailgun::Client.new("@@secret@@"))
    @client = client
  end

  def deliver(items)
    return if items.empty?

    lines = items.map { |i| format("%-10s %-40s on hand %3d (reorder at %d)", i.sku, i.name, i.on_hand, i.reorder_point) }
    @client.send_message(DOMAIN, {
      from: "Prize Counter <no-reply@#{DOMAIN}>",
      to: BUYERS.join(","),
      subject: "Low stock: #{items.size} prize SKUs",
      text: lines.join("\\n")
    })
  end
end
""", secret="key-" + hexs(32))

add("php/woocommerce-consumer-secret", "wp-content/plugins/ggf-prize-sync/ggf-prize-sync.php", "WooCommerce REST API consumer key and secret",
    """
<?php
/**
 * Plugin Name: GGF Prize Sync
 * Description: Mirrors the prize counter catalogue into the online prize shop.
 * Version: 1.3.0
 */

if (!defined('ABSPATH')) {
    exit;
}

define('GGF_WC_URL', 'https://shop.galaxygrove-fun.com');
define('GGF_WC_KEY', 'ck_@@key@@');
define('GGF_WC_SECRET', '@@secret@@');

function ggf_prize_sync_request(string $method, string $path, array $body = []) {
    $args = [
        'method'  => $method,
        'timeout' => 20,
        'headers' => [
            'Authorization' => 'Basic ' . base64_encode(GGF_WC_KEY . ':' . GGF_WC_SECRET),
            'Content-Type'  => 'application/json',
        ],
    ];
    if ($body) {
        $args['body'] = wp_json_encode($body);
    }
    return wp_remote_request(GGF_WC_URL . '/wp-json/wc/v3/' . ltrim($path, '/'), $args);
}

add_action('ggf_prize_sync_hourly', function () {
    $items = get_option('ggf_prize_counter_items', []);
    foreach ($items as $sku => $qty) {
        ggf_prize_sync_request('PUT', "products/sku/$sku", ['stock_quantity' => (int) $qty]);
    }
});
""", secret="cs_" + hexs(40), key=hexs(40))

_ss_key, _ss_secret = hexs(32), hexs(32)
add("json/shipstation-api-secret", "integrations/shipping/shipstation.json", "ShipStation API: HTTP Basic with API key and secret",
    """
{
  "name": "ShipStation - prize shop orders",
  "enabled": true,
  "baseUrl": "https://ssapi.shipstation.com",
  "headers": {
    "Authorization": "Basic @@secret@@",
    "Content-Type": "application/json"
  },
  "storeId": 418822,
  "defaults": {
    "carrierCode": "stamps_com",
    "serviceCode": "usps_ground_advantage",
    "packageCode": "package",
    "confirmation": "none"
  },
  "pollMinutes": 20
}
""", secret=b64(f"{_ss_key}:{_ss_secret}"))

# decoys of the prize counter

add("csv/decoy-product-codes", "data/prizes/catalogue_2024_spring.csv", "Prize catalogue export (SKUs, UPC barcodes, ticket prices)",
    """
sku,upc,name,category,ticket_price,unit_cost,case_qty,reorder_point,vendor
PLU-10021,081234567893,Jumbo Unicorn Plush 24in,plush,9500,11.40,12,6,Toy Factory
PLU-10022,081234567909,Mini Dino Plush 8in,plush,1200,1.35,72,48,Toy Factory
CND-20310,041420019234,Sour Belts 2oz,candy,150,0.22,240,120,Candy Warehouse
CND-20311,034000002405,Chocolate Bar King Size,candy,300,0.61,144,72,Candy Warehouse
NOV-30877,688955123452,Light-Up Yo-Yo,novelty,400,0.48,144,60,Rhode Island Novelty
NOV-30878,688955123469,Sticky Hands (12),novelty,50,0.04,1440,500,Rhode Island Novelty
ELE-40112,194252123456,Wireless Earbuds,electronics,45000,18.90,10,4,Redemption Plus
ELE-40118,840080512347,Mini Drone with Camera,electronics,60000,24.75,6,2,Redemption Plus
""")

add("yaml/decoy-env-reference", "prize-sync/deploy/values.yaml", "Helm values referencing existing Kubernetes Secrets",
    """
image:
  repository: ghcr.io/galaxygrove/prize-sync
  tag: 1.8.2
  pullPolicy: IfNotPresent

schedule: "*/15 * * * *"

env:
  SHOPIFY_SHOP: galaxy-grove-prizes.myshopify.com
  SHOPIFY_API_VERSION: "2024-01"
  PRIZE_DB_HOST: prize-db.ggf.local
  PRIZE_DB_NAME: prizes

secretEnv:
  SHOPIFY_TOKEN:
    secretName: prize-sync-shopify
    key: admin-token
  PRIZE_DB_PASSWORD:
    secretName: prize-db-credentials
    key: password

resources:
  requests: {cpu: 50m, memory: 96Mi}
  limits: {memory: 256Mi}
""")

add("python/decoy-regex", "prize_counter/barcodes.py", "UPC-A/EAN-13 check digit validation (GS1 General Specifications)",
    '''
"""Barcode helpers for the prize counter scanners."""
import re

UPC_A = re.compile(r"^\\d{12}$")
EAN_13 = re.compile(r"^\\d{13}$")
PRIZE_SKU = re.compile(r"^(PLU|CND|NOV|ELE)-\\d{5}$")
TICKET_VOUCHER = re.compile(r"^TV[0-9A-F]{14}$")  # printed by the ticket eaters


def gs1_check_digit(digits: str) -> int:
    total = sum(int(d) * (3 if i % 2 == 0 else 1) for i, d in enumerate(reversed(digits)))
    return (10 - total % 10) % 10


def valid_upc(code: str) -> bool:
    return bool(UPC_A.match(code)) and gs1_check_digit(code[:-1]) == int(code[-1])


def valid_ean(code: str) -> bool:
    return bool(EAN_13.match(code)) and gs1_check_digit(code[:-1]) == int(code[-1])
''')

add("markdown/decoy-vault-reference", "docs/runbooks/prize-restock.md", "Runbook pointing at the password manager, no credentials",
    """
# Prize restock (weekly)

1. Pull the low-stock report: **Reports > Inventory > Below reorder point** in the POS back office.
2. Check the prize room shelves against it; correct counts with *Adjust stock* (reason: `recount`).
3. Place orders:
   - Plush and novelties: vendor portals (SSO with your Google account).
   - Candy: the EDI upload runs nightly from `scripts/prizes/upload-po.sh`; the SFTP login is in
     1Password, vault **Prize Counter**, item *Candy Warehouse EDI*.
4. When cases arrive, receive them against the PO; the prize shop stock syncs within 15 minutes.

| Site | Prize room key holder | Backup |
|------|-----------------------|--------|
| Riverside | Julia Garcia | Tom Nguyen |
| Eastgate | Ada Okafor | Ben Schmidt |
| Lakeshore | Lena Patel | on-call manager |

Never paste vendor logins into tickets or Slack; share the 1Password item instead.
""")

add("json/decoy-ids", "prize_shop/fixtures/products.json", "Shopify product fixture (numeric ids, handles, GraphQL gids)",
    """
{
  "products": [
    {
      "id": 8123456789012,
      "admin_graphql_api_id": "gid://shopify/Product/8123456789012",
      "handle": "jumbo-unicorn-plush",
      "title": "Jumbo Unicorn Plush",
      "variants": [{"id": 44123456789012, "sku": "PLU-10021", "inventory_item_id": 46234567890123, "price": "39.99"}]
    },
    {
      "id": 8123456789013,
      "admin_graphql_api_id": "gid://shopify/Product/8123456789013",
      "handle": "mini-drone-with-camera",
      "title": "Mini Drone with Camera",
      "variants": [{"id": 44123456789013, "sku": "ELE-40118", "inventory_item_id": 46234567890124, "price": "89.00"}]
    }
  ],
  "checksum": "@@sum@@"
}
""", sum=sha256())

# ---------------------------------------------------------------------------------------------
# Party bookings: booking site, deposits, reminders, confirmations and the party coordinators.
# ---------------------------------------------------------------------------------------------

add("env/roller-client-secret", "bookings/.env", "ROLLER API: OAuth client credentials (client id and secret)",
    """
APP_URL=https://book.galaxygrove-fun.com
APP_ENV=production
TZ=America/Chicago

ROLLER_API_URL=https://api.roller.app
ROLLER_CLIENT_ID=@@cid@@
ROLLER_CLIENT_SECRET=@@secret@@
ROLLER_VENUE_RIVERSIDE=1004
ROLLER_VENUE_EASTGATE=1005

PARTY_DEPOSIT_PERCENT=50
PARTY_MIN_GUESTS=8
""", secret=draw(64), cid=uuid_s())

add("python/stripe-secret-key", "bookings/payments/deposits.py", "Stripe Python library stripe.api_key",
    '''
"""Party deposits: a Checkout Session for 50% of the package, the rest paid on the day."""
from decimal import Decimal

import stripe

stripe.api_key = "@@secret@@"

PACKAGE_PRICES = {
    "galaxy-basic": "price_1OqR8vGgF4n2LrKq0aBcDeF1",
    "galaxy-deluxe": "price_1OqR9xGgF4n2LrKq7hIjKlM2",
    "laser-party": "price_1OqRAbGgF4n2LrKqNoPqRsT3",
}


def deposit_session(booking_id: str, package: str, guests: int, email: str) -> str:
    session = stripe.checkout.Session.create(
        mode="payment",
        customer_email=email,
        line_items=[{"price": PACKAGE_PRICES[package], "quantity": guests}],
        payment_intent_data={"metadata": {"booking_id": booking_id, "kind": "deposit"}},
        metadata={"booking_id": booking_id},
        success_url="https://book.galaxygrove-fun.com/parties/thanks?b=" + booking_id,
        cancel_url="https://book.galaxygrove-fun.com/parties/" + booking_id,
    )
    return session.url


def deposit_amount(total: Decimal) -> Decimal:
    return (total / 2).quantize(Decimal("0.01"))
''', secret=stripe_key())

add("typescript/stripe-restricted-key", "booking-widget/server/refunds.ts", "Stripe restricted API keys (rk_live_)",
    """
import Stripe from "stripe";

// Restricted key: refunds + read charges only. Used by the party coordinators' refund button.
const stripe = new Stripe("@@secret@@", {
  apiVersion: "2023-10-16",
  maxNetworkRetries: 2,
});

export async function refundDeposit(paymentIntentId: string, reason: string, coordinator: string) {
  const intent = await stripe.paymentIntents.retrieve(paymentIntentId);
  if (intent.metadata.kind !== "deposit") {
    throw new Error(`payment ${paymentIntentId} is not a party deposit`);
  }
  return stripe.refunds.create({
    payment_intent: paymentIntentId,
    reason: "requested_by_customer",
    metadata: { note: reason.slice(0, 200), coordinator },
  });
}
""", secret=stripe_key("rk_live_", 99))

add("github-actions/stripe-webhook-secret", ".github/workflows/bookings-deploy.yml", "GitHub Actions workflow env (a literal instead of ${{ secrets.* }})",
    """
name: deploy bookings
on:
  push:
    branches: [main]
    paths: ["bookings/**"]

jobs:
  deploy:
    runs-on: ubuntu-latest
    environment: production
    env:
      AWS_REGION: us-east-2
      STRIPE_SECRET_KEY: ${{ secrets.STRIPE_SECRET_KEY }}
      STRIPE_WEBHOOK_SECRET: @@secret@@
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-python@v5
        with:
          python-version: "3.12"
      - run: pip install -r bookings/requirements.txt
      - run: pytest -q bookings/tests
      - uses: aws-actions/configure-aws-credentials@v4
        with:
          role-to-assume: arn:aws:iam::318274650192:role/gha-bookings-deploy
          aws-region: ${{ env.AWS_REGION }}
      - run: |
          aws ssm put-parameter --overwrite --type SecureString \\
            --name /bookings/prod/stripe_webhook_secret --value "$STRIPE_WEBHOOK_SECRET"
          ./bookings/deploy.sh
""", secret=whsec())

add("php/mysql-password", "site/wp-config.php", "WordPress wp-config.php DB_PASSWORD",
    """
<?php
/** Galaxy Grove marketing + party booking site */

define( 'DB_NAME', 'ggf_wp' );
define( 'DB_USER', 'ggf_wp' );
define( 'DB_PASSWORD', '@@secret@@' );
define( 'DB_HOST', 'wp-db.cluster-c8xk2mq1ab3d.us-east-2.rds.amazonaws.com' );
define( 'DB_CHARSET', 'utf8mb4' );
define( 'DB_COLLATE', '' );

$table_prefix = 'ggf_';

define( 'WP_DEBUG', false );
define( 'DISALLOW_FILE_EDIT', true );
define( 'WP_AUTO_UPDATE_CORE', 'minor' );
define( 'FORCE_SSL_ADMIN', true );

if ( ! defined( 'ABSPATH' ) ) {
	define( 'ABSPATH', __DIR__ . '/' );
}

require_once ABSPATH . 'wp-settings.php';
""", secret=rand_pw(24, "!#%^&*()-_"))

add("php/square-access-token", "party-addons/src/SquareCatalog.php", "Square PHP SDK SquareClient accessToken",
    """
<?php

namespace Ggf\\PartyAddons;

use Square\\SquareClient;
use Square\\Environment;

final class SquareCatalog
{
    private SquareClient $client;

    public function __construct()
    {
        $this->client = new SquareClient([
            'accessToken' => '@@secret@@',
            'environment' => Environment::PRODUCTION,
        ]);
    }

    /** Party add-ons (pizza, extra tokens, goodie bags) as sold at the café counter. */
    public function addons(): array
    {
        $result = $this->client->getCatalogApi()->searchCatalogItems(
            new \\Square\\Models\\SearchCatalogItemsRequest(['category_ids' => ['PARTY_ADDONS']])
        );
        if (!$result->isSuccess()) {
            return [];
        }
        return array_map(fn ($item) => [
            'id' => $item->getId(),
            'name' => $item->getItemData()->getName(),
        ], $result->getResult()->getItems() ?? []);
    }
}
""", secret=square_token())

add("ruby/twilio-auth-token", "reminders/app/services/party_reminder.rb", "twilio-ruby Twilio::REST::Client.new(account_sid, auth_token)",
    """
require "twilio-ruby"

# Texts the host the day before a party: time, room, headcount link.
class PartyReminder
  ACCOUNT_SID = "AC@@sid@@".freeze
  AUTH_TOKEN = "@@secret@@".freeze
  MESSAGING_SERVICE = "MG@@mg@@".freeze

  def initialize(client = Twilio::REST::Client.new(ACCOUNT_SID, AUTH_TOKEN))
    @client = client
  end

  def send_for(booking)
    body = "Hi #{booking.host_first_name}! Your party at Galaxy Grove #{booking.site_name} is tomorrow at " \\
           "#{booking.starts_at.strftime('%-l:%M %p')} in the #{booking.room}. Update your headcount: " \\
           "https://book.galaxygrove-fun.com/p/#{booking.short_code}"
    @client.messages.create(messaging_service_sid: MESSAGING_SERVICE, to: booking.host_phone, body: body)
  end
end
""", secret=hexs(32), sid=hexs(32), mg=hexs(32))

add("java/sendgrid-api-key", "booking-service/src/main/java/com/galaxygrove/booking/mail/ConfirmationMailer.java", "sendgrid-java new SendGrid(apiKey)",
    """
package com.galaxygrove.booking.mail;

import com.sendgrid.Method;
import com.sendgrid.Request;
import com.sendgrid.Response;
import com.sendgrid.SendGrid;
import com.sendgrid.helpers.mail.Mail;
import com.sendgrid.helpers.mail.objects.Email;
import com.sendgrid.helpers.mail.objects.Personalization;
import java.io.IOException;

public class ConfirmationMailer {

    private static final String TEMPLATE_ID = "d-4f7a9c2e81b34d5f9e0a6b7c8d9e0f12";
    private final SendGrid sendGrid = new SendGrid("@@secret@@");

    public int send(String to, String hostName, String partyDate, String room) throws IOException {
        Mail mail = new Mail();
        mail.setFrom(new Email("parties@galaxygrove-fun.com", "Galaxy Grove Parties"));
        mail.setTemplateId(TEMPLATE_ID);
        Personalization p = new Personalization();
        p.addTo(new Email(to));
        p.addDynamicTemplateData("host", hostName);
        p.addDynamicTemplateData("date", partyDate);
        p.addDynamicTemplateData("room", room);
        mail.addPersonalization(p);

        Request request = new Request();
        request.setMethod(Method.POST);
        request.setEndpoint("mail/send");
        request.setBody(mail.build());
        Response response = sendGrid.api(request);
        return response.getStatusCode();
    }
}
""", secret=sendgrid_key())

_sa_body = pkcs8_body()
add("json/gcp-service-account-key", "bookings/credentials/calendar-sync-sa.json", "Google Cloud service account key file (JSON, private_key)",
    """
{
  "type": "service_account",
  "project_id": "ggf-party-calendar",
  "private_key_id": "@@kid@@",
  "private_key": "-----BEGIN PRIVATE KEY-----\\n@@key@@\\n-----END PRIVATE KEY-----\\n",
  "client_email": "calendar-sync@ggf-party-calendar.iam.gserviceaccount.com",
  "client_id": "104857362910284756301",
  "auth_uri": "https://accounts.google.com/o/oauth2/auth",
  "token_uri": "https://oauth2.googleapis.com/token",
  "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",
  "client_x509_cert_url": "https://www.googleapis.com/robot/v1/metadata/x509/calendar-sync%40ggf-party-calendar.iam.gserviceaccount.com",
  "universe_domain": "googleapis.com"
}
""", secret=_sa_body[1], kid=hexs(40), key="\\n".join(_sa_body))

add("go/adyen-api-key", "payments/adyen/client.go", "Adyen API key in the X-API-Key header (Adyen docs)",
    """
package adyen

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"time"
)

const (
	merchantAccount = "GalaxyGroveECOM"
	checkoutURL     = "https://1797a841fbb37ca7-GalaxyGrove-checkout-live.adyenpayments.com/checkout/v71"
	apiKey          = "@@secret@@"
)

var httpClient = &http.Client{Timeout: 20 * time.Second}

// PaymentLink creates a pay-by-link for the balance of a party booking.
func PaymentLink(ctx context.Context, bookingRef string, amountCents int64, currency string) (string, error) {
	body, _ := json.Marshal(map[string]any{
		"merchantAccount": merchantAccount,
		"reference":       bookingRef,
		"amount":          map[string]any{"value": amountCents, "currency": currency},
		"description":     "Party balance " + bookingRef,
	})
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, checkoutURL+"/paymentLinks", bytes.NewReader(body))
	if err != nil {
		return "", err
	}
	req.Header.Set("X-API-Key", apiKey)
	req.Header.Set("Content-Type", "application/json")
	resp, err := httpClient.Do(req)
	if err != nil {
		return "", err
	}
	defer resp.Body.Close()
	var out struct{ URL string `json:"url"` }
	if err := json.NewDecoder(resp.Body).Decode(&out); err != nil {
		return "", fmt.Errorf("adyen: %w", err)
	}
	return out.URL, nil
}
""", secret=adyen_key())

add("markdown/portal-password", "docs/handover/party-coordinator-handover.md", "Staff handover note with a shared login",
    """
# Party coordinator handover (Riverside) - Kayla -> Marcus

Covering from Mon 4 March while Kayla is on leave.

## Daily
- 9:30 check tomorrow's parties in ROLLER (Bookings > Calendar, filter *Parties*).
- Call hosts with a headcount under 8; the minimum is charged either way.
- Print the room sheets (Party Room A/B, Laser Lounge) and leave them at the front desk.

## Logins
- ROLLER back office: your own login (ask Julia if it doesn't work).
- Party email inbox parties@galaxygrove-fun.com: shared login, user `parties@galaxygrove-fun.com`,
  password `@@secret@@` (2FA goes to the party phone in the coordinator drawer).
- Bakery order portal: saved in the browser on the party office PC.

## Open items
- Booking GGF-RS-24-0311 (Lopez, 14 guests): wants the Dino cake, bakery confirmed.
- Booking GGF-RS-24-0315 (Chen): deposit refund approved, needs the refund button in Stripe.
""", secret=words_pw())

add("sql/booking-api-secret", "db/seed/020_integrations.sql", "Seed rows of an integrations settings table",
    """
-- Integration settings for the booking service (one row per provider and key).
CREATE TABLE IF NOT EXISTS integration_settings (
    provider    VARCHAR(40)  NOT NULL,
    setting     VARCHAR(60)  NOT NULL,
    value       TEXT         NOT NULL,
    updated_at  TIMESTAMP    NOT NULL DEFAULT CURRENT_TIMESTAMP,
    PRIMARY KEY (provider, setting)
);

INSERT INTO integration_settings (provider, setting, value) VALUES
    ('checkfront', 'base_url', 'https://galaxygrove.checkfront.com/api/3.0'),
    ('checkfront', 'api_key', '@@ck@@'),
    ('checkfront', 'api_secret', '@@secret@@'),
    ('checkfront', 'item_ids', '14,15,22'),
    ('calendar', 'calendar_id', 'parties@galaxygrove-fun.com'),
    ('calendar', 'timezone', 'America/Chicago');
""", secret=hexs(64), ck=hexs(40))

add("csharp/mailchimp-api-key", "Marketing.Sync/Program.cs", "Mailchimp Marketing API key (<key>-<dc>)",
    """
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

// Adds party hosts who opted in to the "Party Hosts" audience.
const string ApiKey = "@@secret@@";
const string ListId = "9e4b7c1a2f";
var dc = ApiKey.Split('-')[1];

using var http = new HttpClient { BaseAddress = new Uri($"https://{dc}.api.mailchimp.com/3.0/") };
http.DefaultRequestHeaders.Authorization =
    new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.ASCII.GetBytes($"anystring:{ApiKey}")));

foreach (var line in File.ReadLines(args[0]).Skip(1))
{
    var cols = line.Split(',');
    var member = new { email_address = cols[0], status_if_new = "subscribed", merge_fields = new { FNAME = cols[1], SITE = cols[2] } };
    var hash = Convert.ToHexString(System.Security.Cryptography.MD5.HashData(Encoding.UTF8.GetBytes(cols[0].ToLowerInvariant()))).ToLowerInvariant();
    var content = new StringContent(JsonSerializer.Serialize(member), Encoding.UTF8, "application/json");
    var response = await http.PutAsync($"lists/{ListId}/members/{hash}", content);
    Console.WriteLine($"{cols[0]}: {(int)response.StatusCode}");
}
""", secret=hexs(32) + "-us21")

add("toml/smtp-password", "notifier/config/production.toml", "SMTP relay settings in a TOML config",
    """
[service]
name = "party-notifier"
listen = "0.0.0.0:8095"
timezone = "America/Chicago"

[smtp]
host = "smtp.office365.com"
port = 587
starttls = true
username = "parties@galaxygrove-fun.com"
password = "@@secret@@"
from = "Galaxy Grove Parties <parties@galaxygrove-fun.com>"

[templates]
dir = "/etc/party-notifier/templates"
confirmation = "confirmation.html"
reminder = "reminder.html"
thank_you = "thank-you.html"

[schedule]
reminder_hours_before = 24
thank_you_hours_after = 3
""", secret=words_pw())

add("compose/postgres-password", "bookings/docker-compose.prod.yml", "Docker Compose environment (postgres image POSTGRES_PASSWORD)",
    """
services:
  db:
    image: postgres:16-alpine
    restart: unless-stopped
    environment:
      POSTGRES_DB: bookings
      POSTGRES_USER: bookings
      POSTGRES_PASSWORD: @@secret@@
    volumes:
      - pgdata:/var/lib/postgresql/data
    healthcheck:
      test: ["CMD-SHELL", "pg_isready -U bookings"]
      interval: 10s

  api:
    image: ghcr.io/galaxygrove/bookings-api:2.14.0
    restart: unless-stopped
    depends_on:
      db:
        condition: service_healthy
    environment:
      DATABASE_HOST: db
      DATABASE_USER: bookings
      DATABASE_NAME: bookings
      STRIPE_SECRET_KEY_FILE: /run/secrets/stripe_secret_key
    secrets:
      - stripe_secret_key
    ports:
      - "127.0.0.1:8000:8000"

secrets:
  stripe_secret_key:
    file: ./secrets/stripe_secret_key.txt

volumes:
  pgdata:
""", secret=passphrase())

add("python/openai-api-key", "party_bot/answer.py", "OpenAI Python client OpenAI(api_key=...)",
    '''
"""The party FAQ bot on the booking site: answers from the party packages page, nothing else."""
from openai import OpenAI

client = OpenAI(api_key="@@secret@@")

SYSTEM = (
    "You answer questions about birthday parties at Galaxy Grove Fun Centers. "
    "Use only the package facts below; if unsure, offer the party line (555-0142)."
)


def answer(question: str, packages_text: str) -> str:
    response = client.chat.completions.create(
        model="gpt-4o-mini",
        temperature=0.2,
        max_tokens=300,
        messages=[
            {"role": "system", "content": SYSTEM + "\\n\\n" + packages_text},
            {"role": "user", "content": question[:1000]},
        ],
    )
    return response.choices[0].message.content.strip()
''', secret=fakes.openai_key(_seed()))

add("java/heartland-secret-key", "pos-bridge/src/main/java/com/galaxygrove/pos/HeartlandConfig.java", "Heartland (Global Payments) Java SDK PorticoConfig.setSecretApiKey",
    """
package com.galaxygrove.pos;

import com.global.api.ServicesContainer;
import com.global.api.serviceConfigs.PorticoConfig;

/** Card-not-present payments for party balances taken over the phone. */
public final class HeartlandConfig {

    private HeartlandConfig() {}

    public static void configure() throws Exception {
        PorticoConfig config = new PorticoConfig();
        config.setSecretApiKey("@@secret@@");
        config.setDeveloperId("002914");
        config.setVersionNumber("3026");
        config.setServiceUrl("https://api2.heartlandportico.com");
        config.setTimeout(30000);
        ServicesContainer.configureService(config);
    }
}
""", secret="skapi_prod_" + draw(43, URLSAFE))

add("env/paypal-client-secret", "gift-cards/.env.live", "PayPal REST app client id and secret",
    """
# gift card storefront - live
PAYPAL_MODE=live
PAYPAL_CLIENT_ID=A@@cid@@
PAYPAL_CLIENT_SECRET=@@secret@@
PAYPAL_WEBHOOK_ID=8PT597110X687430LKGECATA

GIFTCARD_MIN=10
GIFTCARD_MAX=500
GIFTCARD_BONUS_RULES=50:5,100:15
""", secret="E" + draw(79, URLSAFE), cid=draw(79, URLSAFE))

add("ruby/braintree-private-key", "gift_cards/config/initializers/braintree.rb", "braintree-ruby Braintree::Gateway(merchant_id, public_key, private_key)",
    """
# Gift card purchases on the website go through Braintree (PayPal + cards).
BRAINTREE_GATEWAY = Braintree::Gateway.new(
  environment: :production,
  merchant_id: "k7x2q9m4tbn5wz8c",
  public_key: "r3vd9w6yp2h8m5qf",
  private_key: "@@secret@@"
)

Rails.application.config.after_initialize do
  Rails.logger.info("Braintree gateway ready (merchant k7x2q9m4tbn5wz8c)")
end
""", secret=hexs(32))

add("python/klaviyo-private-key", "marketing/klaviyo_events.py", "Klaviyo private API key (Authorization: Klaviyo-API-Key pk_...)",
    '''
import requests

KLAVIYO_KEY = "@@secret@@"
REVISION = "2024-02-15"


def track_party_booked(email: str, site: str, package: str, party_date: str, value: float) -> None:
    payload = {
        "data": {
            "type": "event",
            "attributes": {
                "properties": {"site": site, "package": package, "party_date": party_date},
                "value": value,
                "metric": {"data": {"type": "metric", "attributes": {"name": "Party Booked"}}},
                "profile": {"data": {"type": "profile", "attributes": {"email": email}}},
            },
        }
    }
    r = requests.post(
        "https://a.klaviyo.com/api/events/",
        json=payload,
        headers={"Authorization": f"Klaviyo-API-Key {KLAVIYO_KEY}", "revision": REVISION},
        timeout=10,
    )
    r.raise_for_status()
''', secret="pk_" + hexs(34))

# decoys of the party bookings

add("typescript/decoy-publishable-key", "booking-widget/src/stripe.ts", "Stripe publishable keys are meant for the browser (Stripe docs: API keys)",
    """
import { loadStripe, type Stripe } from "@stripe/stripe-js";

// Publishable key: safe in the browser bundle. The secret key lives only on the bookings API.
const PUBLISHABLE_KEY = "pk_live_@@pk@@";

let stripePromise: Promise<Stripe | null> | undefined;

export function getStripe(): Promise<Stripe | null> {
  if (!stripePromise) {
    stripePromise = loadStripe(PUBLISHABLE_KEY, { locale: "en" });
  }
  return stripePromise;
}

export async function payDeposit(bookingId: string): Promise<void> {
  const res = await fetch(`/api/bookings/${bookingId}/deposit`, { method: "POST" });
  const { sessionId } = await res.json();
  const stripe = await getStripe();
  await stripe?.redirectToCheckout({ sessionId });
}
""", pk=draw(99))

add("typescript/decoy-site-key", "booking-widget/src/components/PartyEnquiryForm.tsx", "reCAPTCHA site key: public, rendered in the page (Google reCAPTCHA docs)",
    """
import { useRef, useState } from "react";
import ReCAPTCHA from "react-google-recaptcha";

const RECAPTCHA_SITE_KEY = "@@sk@@";

export function PartyEnquiryForm({ site }: { site: string }) {
  const captcha = useRef<ReCAPTCHA>(null);
  const [sent, setSent] = useState(false);

  async function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const token = captcha.current?.getValue();
    const form = new FormData(event.currentTarget);
    form.set("g-recaptcha-response", token ?? "");
    form.set("site", site);
    await fetch("/api/party-enquiry", { method: "POST", body: form });
    setSent(true);
  }

  if (sent) return <p>Thanks! A party coordinator will call you within one business day.</p>;
  return (
    <form onSubmit={submit}>
      <input name="name" placeholder="Your name" required />
      <input name="phone" placeholder="Phone" required />
      <input name="date" type="date" required />
      <ReCAPTCHA ref={captcha} sitekey={RECAPTCHA_SITE_KEY} />
      <button type="submit">Send enquiry</button>
    </form>
  );
}
""", sk=recaptcha())

add("html/decoy-client-id", "site/gift-cards/index.html", "PayPal JS SDK script tag with the public client-id (PayPal docs)",
    """
<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>Gift Cards | Galaxy Grove Fun Centers</title>
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <link rel="stylesheet" href="/assets/site.css">
  <script src="https://www.paypal.com/sdk/js?client-id=A@@cid@@&currency=USD&components=buttons"></script>
</head>
<body>
  <main class="gift-cards">
    <h1>Give the gift of play</h1>
    <p>Gift cards load straight onto a Galaxy Grove game card. Spend $50, get $5 bonus play.</p>
    <select id="amount">
      <option value="25">$25</option>
      <option value="50" selected>$50 (+$5 bonus)</option>
      <option value="100">$100 (+$15 bonus)</option>
    </select>
    <div id="paypal-buttons"></div>
  </main>
  <script src="/assets/gift-cards.js" defer></script>
</body>
</html>
""", cid=draw(79, URLSAFE))

add("php/decoy-placeholder", "site/wp-config-sample.php", "WordPress wp-config-sample.php placeholders",
    """
<?php
/**
 * Copy to wp-config.php on the server and fill in. Do not commit wp-config.php.
 */
define( 'DB_NAME', 'database_name_here' );
define( 'DB_USER', 'username_here' );
define( 'DB_PASSWORD', 'password_here' );
define( 'DB_HOST', 'localhost' );
define( 'DB_CHARSET', 'utf8mb4' );
define( 'DB_COLLATE', '' );

define( 'AUTH_KEY',         'put your unique phrase here' );
define( 'SECURE_AUTH_KEY',  'put your unique phrase here' );
define( 'LOGGED_IN_KEY',    'put your unique phrase here' );
define( 'NONCE_KEY',        'put your unique phrase here' );
define( 'AUTH_SALT',        'put your unique phrase here' );
define( 'SECURE_AUTH_SALT', 'put your unique phrase here' );
define( 'LOGGED_IN_SALT',   'put your unique phrase here' );
define( 'NONCE_SALT',       'put your unique phrase here' );

$table_prefix = 'ggf_';
define( 'WP_DEBUG', false );

if ( ! defined( 'ABSPATH' ) ) {
	define( 'ABSPATH', __DIR__ . '/' );
}
require_once ABSPATH . 'wp-settings.php';
""")

add("csv/decoy-booking-refs", "exports/parties/riverside-2024-03.csv", "Booking system export (booking references, payment intent ids)",
    """
booking_ref,party_date,start,room,package,guests,host,deposit_paid,stripe_payment_intent,status
GGF-RS-24-0301,2024-03-02,11:00,Party Room A,galaxy-basic,10,M. Lopez,112.50,pi_3OqT1aGgF4n2LrKq1x2Y3z4A,completed
GGF-RS-24-0302,2024-03-02,13:30,Party Room B,galaxy-deluxe,16,R. Chen,256.00,pi_3OqT2bGgF4n2LrKq5b6C7d8E,completed
GGF-RS-24-0305,2024-03-03,12:00,Laser Lounge,laser-party,12,D. Walker,210.00,pi_3OqT3cGgF4n2LrKq9f0G1h2I,completed
GGF-RS-24-0311,2024-03-09,11:00,Party Room A,galaxy-deluxe,14,A. Lopez,224.00,pi_3OqT4dGgF4n2LrKq3j4K5l6M,booked
GGF-RS-24-0315,2024-03-09,15:00,Party Room B,galaxy-basic,8,J. Chen,90.00,pi_3OqT5eGgF4n2LrKq7n8O9p0Q,refunded
GGF-RS-24-0318,2024-03-10,14:00,Laser Lounge,laser-party,20,S. Patel,350.00,pi_3OqT6fGgF4n2LrKq1r2S3t4U,booked
""")

add("github-actions/decoy-secrets-reference", ".github/workflows/booking-widget.yml", "GitHub Actions encrypted secrets (${{ secrets.NAME }})",
    """
name: booking widget
on:
  pull_request:
    paths: ["booking-widget/**"]
  push:
    branches: [main]
    paths: ["booking-widget/**"]

jobs:
  build:
    runs-on: ubuntu-latest
    defaults:
      run:
        working-directory: booking-widget
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-node@v4
        with:
          node-version: 20
          cache: npm
          cache-dependency-path: booking-widget/package-lock.json
      - run: npm ci
      - run: npm test -- --ci
      - run: npm run build
        env:
          NEXT_PUBLIC_SITE: https://book.galaxygrove-fun.com
      - name: deploy
        if: github.ref == 'refs/heads/main'
        run: npx vercel deploy --prod --token "$VERCEL_TOKEN"
        env:
          VERCEL_TOKEN: ${{ secrets.VERCEL_TOKEN }}
          VERCEL_ORG_ID: ${{ vars.VERCEL_ORG_ID }}
          VERCEL_PROJECT_ID: ${{ vars.VERCEL_PROJECT_ID }}
""")

add("markdown/decoy-docs-example", "docs/integrations/roller.md", "ROLLER API docs: client credentials example with placeholders",
    """
# ROLLER integration

The bookings API reads party bookings from ROLLER with OAuth client credentials.

## Getting a token

```bash
curl -s https://api.roller.app/token \\
  -H "Content-Type: application/json" \\
  -d '{"client_id": "<ROLLER_CLIENT_ID>", "client_secret": "<ROLLER_CLIENT_SECRET>"}'
```

The response holds `access_token` (valid 3600 s). Send it as `Authorization: Bearer <token>`.

## Where the credentials live

| Environment | Client id | Secret |
|-------------|-----------|--------|
| production | AWS Secrets Manager `bookings/prod/roller` | same entry, key `client_secret` |
| staging | AWS Secrets Manager `bookings/staging/roller` | same entry, key `client_secret` |

Rotate the secret in the ROLLER back office (*Settings > API*) and update the Secrets Manager entry;
the service picks it up on the next deploy.
""")

add("ruby/decoy-env-reference", "reminders/config/initializers/twilio.rb", "twilio-ruby configured from ENV (Account SID is an identifier)",
    """
# Twilio for party reminders. The auth token comes from the environment (Kubernetes Secret).
Twilio.configure do |config|
  config.account_sid = ENV.fetch("TWILIO_ACCOUNT_SID", "AC@@sid@@")
  config.auth_token = ENV.fetch("TWILIO_AUTH_TOKEN")
end

Rails.application.config.x.twilio_messaging_service = ENV.fetch("TWILIO_MESSAGING_SERVICE_SID")
Rails.application.config.x.reminder_quiet_hours = (21..8)
""", sid=hexs(32))

add("yaml/decoy-redacted-fixture", "bookings/tests/cassettes/test_deposit_session.yaml", "vcrpy cassette with filter_headers replacing the key",
    """
interactions:
- request:
    body: customer_email=host%40example.com&line_items[0][price]=price_1OqR8vGgF4n2LrKq0aBcDeF1&line_items[0][quantity]=10&mode=payment
    headers:
      Authorization:
      - <STRIPE_SECRET_KEY>
      Content-Type:
      - application/x-www-form-urlencoded
      Idempotency-Key:
      - @@idem@@
    method: POST
    uri: https://api.stripe.com/v1/checkout/sessions
  response:
    body:
      string: '{"id": "cs_live_a1B2c3D4e5F6g7H8i9J0kLmNoPqRsTuVwXyZ", "object": "checkout.session", "url": "https://checkout.stripe.com/c/pay/cs_live_a1B2c3D4e5F6g7H8i9J0kLmNoPqRsTuVwXyZ"}'
    headers:
      Request-Id:
      - req_@@req@@
    status:
      code: 200
      message: OK
version: 1
""", idem=uuid_s(), req=draw(14))

add("python/decoy-test-fixture", "bookings/tests/test_webhooks.py", "Stripe webhook signature tests with a test-only secret",
    '''
import json
import time

import stripe

from bookings.webhooks import handle

TEST_SECRET = "whsec_test_only"


def signed(payload: dict) -> tuple:
    body = json.dumps(payload)
    ts = int(time.time())
    sig = stripe.WebhookSignature._compute_signature(f"{ts}.{body}", TEST_SECRET)
    return body, f"t={ts},v1={sig}"


def test_deposit_paid_marks_booking(monkeypatch, booking):
    monkeypatch.setenv("STRIPE_WEBHOOK_SECRET", TEST_SECRET)
    body, header = signed({"type": "checkout.session.completed", "data": {"object": {"metadata": {"booking_id": booking.id}}}})
    assert handle(body, header).status_code == 200
    booking.refresh()
    assert booking.deposit_paid


def test_bad_signature_is_rejected(monkeypatch):
    monkeypatch.setenv("STRIPE_WEBHOOK_SECRET", TEST_SECRET)
    assert handle("{}", "t=1,v1=00").status_code == 400
''')

# ---------------------------------------------------------------------------------------------
# Laser tag arenas and VR rigs: arena controllers, vests, game PCs, headsets, session managers.
# ---------------------------------------------------------------------------------------------

add("ini/device-admin-password", "arena/riverside/arena-controller.ini", "Laser tag arena controller settings (admin web login)",
    """
[arena]
name=Riverside Nebula Arena
site=riverside
packs=30
bases=6
game_length_s=900
briefing_s=120

[network]
controller_ip=10.20.40.2
gateway=10.20.40.1
pack_channel=3
scoreboard_url=http://10.20.40.5:8080/scores

[web]
port=80
admin_user=arena-admin
admin_password=@@secret@@
session_timeout_min=30

[sound]
volume_briefing=70
volume_game=85
""", secret=words_pw("!#$%*"))

add("ansible/windows-admin-password", "ansible/inventories/vr/group_vars/vr_rigs.yml", "Ansible WinRM connection variables (ansible_user / ansible_password)",
    """
# VR game PCs (one per pod), managed over WinRM from the ops box
ansible_connection: winrm
ansible_winrm_transport: ntlm
ansible_winrm_server_cert_validation: ignore
ansible_port: 5986
ansible_user: .\\vradmin
ansible_password: "@@secret@@"

steamvr_channel: stable
nvidia_driver_version: "551.61"
vr_launcher_version: 3.9.1
pods:
  - name: pod-1
    headset: vive-pro-2
  - name: pod-2
    headset: vive-pro-2
  - name: pod-3
    headset: valve-index
  - name: pod-4
    headset: valve-index
""", secret=rand_pw(16, "!@#$"))

add("powershell/windows-autologon-password", "vr/setup/Set-PodAutoLogon.ps1", "Winlogon AutoAdminLogon / DefaultPassword registry values (Microsoft docs)",
    r"""
# Makes a VR pod PC log straight into the kiosk account and start the launcher.
# Run as administrator once per pod after imaging.
$winlogon = "HKLM:\SOFTWARE\Microsoft\Windows NT\CurrentVersion\Winlogon"

Set-ItemProperty -Path $winlogon -Name AutoAdminLogon -Value "1"
Set-ItemProperty -Path $winlogon -Name DefaultUserName -Value "vrpod"
Set-ItemProperty -Path $winlogon -Name DefaultDomainName -Value $env:COMPUTERNAME
Set-ItemProperty -Path $winlogon -Name DefaultPassword -Value "@@secret@@"

# Launcher at logon, power plan that never sleeps
$startup = "$env:ProgramData\Microsoft\Windows\Start Menu\Programs\StartUp"
Copy-Item "C:\VRLauncher\VRLauncher.lnk" -Destination $startup -Force
powercfg /setactive 8c5e7fda-e8bf-4a96-9a85-a6e23a8c635c
powercfg /change standby-timeout-ac 0
powercfg /change monitor-timeout-ac 0

Write-Host "Auto-logon set for vrpod on $env:COMPUTERNAME; reboot to test."
""", secret=words_pw("!#%*@"))

add("shell/wifi-psk", "vr/headsets/provision-quest.sh", "adb shell cmd wifi connect-network <ssid> wpa2 <passphrase> (Android cmd wifi)",
    """
#!/usr/bin/env bash
# Provision a standalone headset for the free-roam arena: Wi-Fi, kiosk app, no guardian prompts.
# usage: ./provision-quest.sh <serial> <pod-number>
set -euo pipefail
SERIAL="$1"
POD="$2"

adb -s "$SERIAL" wait-for-device
adb -s "$SERIAL" shell cmd wifi set-wifi-enabled enabled
adb -s "$SERIAL" shell cmd wifi connect-network "GGF-ARENA-5G" wpa2 "@@secret@@"
adb -s "$SERIAL" install -r -g builds/arena-client-latest.apk
adb -s "$SERIAL" shell settings put global ggf_pod "$POD"
adb -s "$SERIAL" shell setprop debug.oculus.guardian_pause 0
adb -s "$SERIAL" shell am start -n com.galaxygrove.arena/.MainActivity

echo "headset $SERIAL provisioned as pod $POD"
""", secret=passphrase(""))

add("json/springboard-api-key", "vr/launcher/config/springboard.json", "SpringboardVR venue API key for the launcher",
    """
{
  "venue": "Galaxy Grove Eastgate",
  "station": "EG-VR-03",
  "springboard": {
    "apiUrl": "https://api.springboardvr.com/v1",
    "apiKey": "@@secret@@",
    "heartbeatSeconds": 20
  },
  "session": {
    "defaultMinutes": 12,
    "warningAtSeconds": 60,
    "allowExtend": false
  },
  "library": ["beat-saber", "richies-plank-experience", "arizona-sunshine", "space-pirate-trainer"]
}
""", secret=draw(48))

add("csharp/playfab-secret-key", "ArenaLeaderboard/Server/PlayFabSetup.cs", "PlayFab server API: PlayFabSettings.staticSettings.DeveloperSecretKey",
    """
using PlayFab;
using PlayFab.ServerModels;

namespace ArenaLeaderboard.Server
{
    public static class PlayFabSetup
    {
        public static void Init()
        {
            PlayFabSettings.staticSettings.TitleId = "9A41C";
            PlayFabSettings.staticSettings.DeveloperSecretKey = "@@secret@@";
        }

        public static async System.Threading.Tasks.Task PostScoreAsync(string playFabId, int score)
        {
            var result = await PlayFabServerAPI.UpdatePlayerStatisticsAsync(new UpdatePlayerStatisticsRequest
            {
                PlayFabId = playFabId,
                Statistics = new System.Collections.Generic.List<StatisticUpdate>
                {
                    new StatisticUpdate { StatisticName = "arena_weekly", Value = score }
                }
            });
            if (result.Error != null)
                System.Console.Error.WriteLine(result.Error.GenerateErrorReport());
        }
    }
}
""", secret=draw(52, UPALNUM))

add("log/mqtt-password", "logs/arena/scoreboard-2024-03-16.log", "Client log printing its broker URL with credentials",
    """
[2024-03-16 10:00:02] scoreboard 2.3.0 starting on arena-lakeshore
[2024-03-16 10:00:02] config: /etc/scoreboard/scoreboard.toml
[2024-03-16 10:00:02] connecting to mqtts://scoreboard:@@secret@@@10.50.40.2:8883 (client scoreboard-ls)
[2024-03-16 10:00:03] connected, subscribed to arena/ls/game/#
[2024-03-16 10:04:41] game 1781 started: 18 players, mode=Team Battle, 15:00
[2024-03-16 10:19:41] game 1781 ended: RED 48210 / GREEN 45570, mvp pack 07 (Zapper)
[2024-03-16 10:19:42] posted 18 scores to leaderboard (212 ms)
[2024-03-16 10:23:10] game 1782 started: 11 players, mode=Solo, 12:00
[2024-03-16 10:27:55] warning: pack 22 battery 14%
[2024-03-16 10:35:10] game 1782 ended: winner pack 03 (NovaKid) 21380
""", secret=rand_pw(14))

add("python/redis-password", "vr_sessions/queue.py", "redis-py Redis.from_url with credentials in the URL",
    '''
"""Walk-up queue for the VR pods: guests scan their card, get a slot, the pod calls them."""
import json
import time

import redis

r = redis.Redis.from_url("redis://:@@secret@@@vr-queue.ggf.local:6379/2", decode_responses=True)
QUEUE = "vr:queue:{site}"
PODS = "vr:pods:{site}"


def join(site: str, card: str, party_size: int = 1) -> int:
    entry = json.dumps({"card": card[-4:], "size": party_size, "at": int(time.time())})
    return r.rpush(QUEUE.format(site=site), entry)


def next_for(site: str, pod: str):
    raw = r.lpop(QUEUE.format(site=site))
    if raw is None:
        return None
    r.hset(PODS.format(site=site), pod, raw)
    return json.loads(raw)


def waiting(site: str) -> int:
    return r.llen(QUEUE.format(site=site))
''', secret=fakes.redis_password(_seed()).replace(".", "x"))

add("dockerfile/private-index-password", "vr/session-manager/Dockerfile", "pip --extra-index-url with credentials in the URL (pip docs)",
    """
FROM python:3.12-slim AS build
WORKDIR /src
COPY requirements.txt .
RUN pip install --no-cache-dir --prefix=/install \\
      --extra-index-url https://ci-reader:@@secret@@@pypi.ggf.local/simple \\
      -r requirements.txt
COPY . .
RUN pip install --no-cache-dir --prefix=/install --no-deps .

FROM python:3.12-slim
ENV PYTHONUNBUFFERED=1 TZ=America/Chicago
COPY --from=build /install /usr/local
USER 10001
EXPOSE 8070
HEALTHCHECK --interval=30s CMD python -c "import urllib.request; urllib.request.urlopen('http://127.0.0.1:8070/health')"
CMD ["vr-session-manager", "--bind", "0.0.0.0:8070"]
""", secret=rand_pw(22))

add("markdown/ssh-password", "arena/README.md", "Arena README with the controller's SSH login",
    """
# Laser tag arena controller

Each arena runs a small Linux controller (Debian 12) that drives the packs, bases and the
briefing-room screens. The scoreboard service posts results to the leaderboard.

## Access

```
ssh arena@10.20.40.2        # Riverside
ssh arena@10.30.40.2        # Eastgate
ssh arena@10.50.40.2        # Lakeshore
```

Login `arena`, password `@@secret@@` (same on all three; sudo allowed).
Please don't change it without telling the techs - the pack charging stations use it too.

## Updating the pack firmware

1. Dock all packs, wait for the green LEDs.
2. `sudo arena-fw update --channel stable`
3. Run a 2-minute test game from the admin page before opening.

## Logs

`journalctl -u arena-controller -f` and `/var/log/scoreboard/`.
""", secret=words_pw())

add("yaml/datadog-api-key", "vr/monitoring/datadog.yaml", "Datadog Agent datadog.yaml api_key (Datadog docs)",
    """
## Datadog Agent on the VR pod PCs (Windows), deployed by ansible
api_key: @@secret@@
site: datadoghq.com
hostname_fqdn: true
tags:
  - env:prod
  - role:vr-pod
  - venue:galaxygrove
logs_enabled: true
process_config:
  process_collection:
    enabled: true
windows_counter_refresh_interval: 60
logs_config:
  container_collect_all: false
""", secret=hexs(32))

add("conf/wifi-psk", "arena/eastgate/hostapd.conf", "hostapd.conf wpa_passphrase (hostapd documentation)",
    """
# Pack network for the Eastgate arena (2.4 GHz, hidden, packs only)
interface=wlan1
driver=nl80211
ssid=GGF-EG-PACKS
ignore_broadcast_ssid=1
hw_mode=g
channel=6
ieee80211n=1
wmm_enabled=1
country_code=US
macaddr_acl=1
accept_mac_file=/etc/hostapd/packs.allow
auth_algs=1
wpa=2
wpa_key_mgmt=WPA-PSK
rsn_pairwise=CCMP
wpa_passphrase=@@secret@@
""", secret=rand_pw(20))

add("go/discord-webhook", "leaderboard/cmd/weekly/main.go", "Discord webhook URL (Discord developer docs: Execute Webhook)",
    """
package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"log"
	"net/http"

	"github.com/galaxygrove/leaderboard/store"
)

const webhook = "https://discord.com/api/webhooks/@@wid@@/@@secret@@"

func main() {
	top, err := store.WeeklyTop(10)
	if err != nil {
		log.Fatal(err)
	}
	var b bytes.Buffer
	b.WriteString("**Laser tag top 10 this week**\\n")
	for i, p := range top {
		fmt.Fprintf(&b, "%d. %s - %d (%s)\\n", i+1, p.Callsign, p.Score, p.Site)
	}
	body, _ := json.Marshal(map[string]string{"content": b.String(), "username": "Arena Bot"})
	resp, err := http.Post(webhook, "application/json", bytes.NewReader(body))
	if err != nil {
		log.Fatal(err)
	}
	resp.Body.Close()
	log.Printf("posted weekly top 10: %s", resp.Status)
}
""", secret=draw(68, URLSAFE), wid=str(_rng().randint(10**17, 10**18)))

add("kotlin/vr-session-api-token", "headset-launcher/app/src/main/java/com/galaxygrove/launcher/SessionApi.kt", "OkHttp Authorization: Bearer header in an Android app",
    """
package com.galaxygrove.launcher

import okhttp3.MediaType.Companion.toMediaType
import okhttp3.OkHttpClient
import okhttp3.Request
import okhttp3.RequestBody.Companion.toRequestBody
import org.json.JSONObject

object SessionApi {
    private const val BASE = "https://vr-sessions.ggf.local/api"
    private const val STATION_TOKEN = "@@secret@@"
    private val client = OkHttpClient()
    private val json = "application/json".toMediaType()

    fun startSession(station: String, card: String, title: String): Boolean {
        val body = JSONObject(mapOf("station" to station, "card" to card, "title" to title)).toString()
        val request = Request.Builder()
            .url("$BASE/sessions")
            .header("Authorization", "Bearer $STATION_TOKEN")
            .post(body.toRequestBody(json))
            .build()
        client.newCall(request).execute().use { return it.isSuccessful }
    }
}
""", secret=draw(40, URLSAFE))

add("k8s-secret/redis-password", "deploy/k8s/leaderboard/redis-secret.yaml", "Kubernetes Secret data (base64)",
    """
apiVersion: v1
kind: Secret
metadata:
  name: leaderboard-redis
  namespace: arena
  labels:
    app.kubernetes.io/name: leaderboard
    app.kubernetes.io/component: cache
type: Opaque
data:
  redis-host: @@host@@
  redis-port: NjM3OQ==
  redis-password: @@enc@@
""", secret=(_lb := fakes.redis_password(_seed())), host=b64("leaderboard-redis.arena.svc"), enc=b64(_lb))

add("pem/private-key", "arena/keys/arena-deploy", "OpenSSH private key file (ssh-keygen -t ed25519)",
    """
@@secret@@
""", secret=openssh_key())

# decoys of the arenas and the VR rigs

add("csv/decoy-device-ids", "arena/inventory/packs.csv", "Laser tag pack inventory (serials, IR ids, RFID tags)",
    """
pack,site,serial,ir_id,rfid_tag,battery_cycles,last_service,status
01,riverside,LF-P8-210441,0x11,E2003412B802011A7C9D4F21,412,2024-01-12,ok
02,riverside,LF-P8-210442,0x12,E2003412B802011A7C9D4F22,398,2024-01-12,ok
03,riverside,LF-P8-210443,0x13,E2003412B802011A7C9D4F23,455,2024-01-12,ok
07,riverside,LF-P8-210447,0x17,E2003412B802011A7C9D4F27,501,2023-11-30,battery
22,lakeshore,LF-P8-220918,0x36,E2003412B802011A7C9DA118,377,2024-02-02,ok
23,lakeshore,LF-P8-220919,0x37,E2003412B802011A7C9DA119,366,2024-02-02,ok
24,lakeshore,LF-P8-220920,0x38,E2003412B802011A7C9DA11A,12,2024-03-01,new
""")

add("log/decoy-session-ids", "logs/vr/session-manager-2024-03-17.log", "Session manager log (session UUIDs, request ids, hashes)",
    """
2024-03-17T14:00:01Z INFO  session-manager 1.9.4 ready on 0.0.0.0:8070
2024-03-17T14:02:12Z INFO  session start id=@@s1@@ station=EG-VR-03 title=ocean-dive card=****7730
2024-03-17T14:02:12Z DEBUG license checkout request_id=@@r1@@ fingerprint=sha256:@@f1@@
2024-03-17T14:10:14Z INFO  session end id=@@s1@@ minutes=8 result=completed
2024-03-17T14:11:40Z INFO  session start id=@@s2@@ station=EG-VR-01 title=zombie-siege card=****0452
2024-03-17T14:11:41Z WARN  station EG-VR-01 gpu temperature 83C
2024-03-17T14:23:41Z INFO  session end id=@@s2@@ minutes=12 result=completed
""", s1=uuid_s(), r1=hexs(32), f1=sha256(), s2=uuid_s())

add("ansible/decoy-vault-encrypted", "ansible/inventories/vr/group_vars/vr_rigs_vault.yml", "Ansible Vault encrypted variable (!vault |)",
    """
# Encrypted with `ansible-vault encrypt_string`; the vault password is in the ops 1Password.
ansible_password: !vault |
  $ANSIBLE_VAULT;1.1;AES256
  @@l1@@
  @@l2@@
  @@l3@@
  @@l4@@
  @@l5@@
launcher_api_token: !vault |
  $ANSIBLE_VAULT;1.1;AES256
  @@l6@@
  @@l7@@
  @@l8@@
  @@l9@@
  @@l10@@
""", **{f"l{i}": hexs(80) for i in range(1, 11)})

add("ini/decoy-empty-password", "arena/arena-controller.template.ini", "Controller settings template: password supplied at install time",
    """
; Template used by the installer. The admin password is asked for during install and stored
; hashed in /etc/arena/admin.hash; leave admin_password empty here.
[arena]
name=
site=
packs=30
bases=6
game_length_s=900

[network]
controller_ip=
gateway=
pack_channel=3

[web]
port=80
admin_user=arena-admin
admin_password=
session_timeout_min=30
""")

add("powershell/decoy-credential-prompt", "vr/setup/Join-PodDomain.ps1", "Get-Credential prompt and Credential Manager, no stored password",
    """
# Joins a VR pod PC to the office domain. Prompts for the domain admin credential.
param([Parameter(Mandatory)][string]$PodName)

$credential = Get-Credential -Message "Domain admin for GGF.LOCAL" -UserName "GGF\\it-admin"
Rename-Computer -NewName $PodName -Force
Add-Computer -DomainName "ggf.local" -OUPath "OU=VR Pods,OU=Devices,DC=ggf,DC=local" `
    -Credential $credential -Options JoinWithNewName,AccountCreate -Restart

# The launcher's license login is fetched from Windows Credential Manager at start:
#   $c = Get-StoredCredential -Target "VRLauncher/License"
""")

add("json/decoy-hashes", "vr/launcher/manifest.json", "Release manifest with SHA-256 checksums of builds",
    """
{
  "channel": "stable",
  "version": "3.9.1",
  "released": "2024-03-04T18:22:00Z",
  "files": [
    {"path": "VRLauncher.exe", "size": 48213504, "sha256": "@@h1@@"},
    {"path": "VRLauncher.dll", "size": 2209280, "sha256": "@@h2@@"},
    {"path": "titles/zombie-siege.pak", "size": 3012558848, "sha256": "@@h3@@"},
    {"path": "titles/ocean-dive.pak", "size": 1873401856, "sha256": "@@h4@@"}
  ],
  "signature": {"alg": "ed25519", "keyId": "release-2024", "value": "@@sig@@"}
}
""", h1=sha256(), h2=sha256(), h3=sha256(), h4=sha256(), sig=draw(86, B64) + "==")

# ---------------------------------------------------------------------------------------------
# Cashless kiosks: top-up kiosks, card dispensers, payment terminals, kiosk fleet management.
# ---------------------------------------------------------------------------------------------

add("json/nayax-api-token", "kiosk-fleet/config/nayax.json", "Nayax Lynx API bearer token (operator level)",
    """
{
  "provider": "nayax-lynx",
  "baseUrl": "https://lynx.nayax.com/operational/api/v1",
  "operatorId": 2048113,
  "token": "@@secret@@",
  "machines": [
    {"id": 941220331, "name": "RS-CARD-DISPENSER-1", "site": "riverside"},
    {"id": 941220332, "name": "RS-CARD-DISPENSER-2", "site": "riverside"},
    {"id": 941220517, "name": "EG-CARD-DISPENSER-1", "site": "eastgate"},
    {"id": 941220604, "name": "LS-CARD-DISPENSER-1", "site": "lakeshore"}
  ],
  "pollSeconds": 300,
  "alertOnOfflineMinutes": 20
}
""", secret=draw(96, URLSAFE))

add("kotlin/android-keystore-password", "kiosk-android/app/build.gradle.kts", "Android Gradle signingConfigs storePassword / keyPassword",
    """
plugins {
    id("com.android.application")
    id("org.jetbrains.kotlin.android")
}

android {
    namespace = "com.galaxygrove.kiosk"
    compileSdk = 34

    defaultConfig {
        applicationId = "com.galaxygrove.kiosk"
        minSdk = 28
        targetSdk = 34
        versionCode = 412
        versionName = "4.12.0"
    }

    signingConfigs {
        create("release") {
            storeFile = file("../keystore/ggf-kiosk.jks")
            storePassword = "@@secret@@"
            keyAlias = "ggf-kiosk"
            keyPassword = "@@secret@@"
        }
    }

    buildTypes {
        release {
            isMinifyEnabled = true
            signingConfig = signingConfigs.getByName("release")
            proguardFiles(getDefaultProguardFile("proguard-android-optimize.txt"), "proguard-rules.pro")
        }
    }
}

dependencies {
    implementation("com.squareup.okhttp3:okhttp:4.12.0")
    implementation("androidx.core:core-ktx:1.12.0")
}
""", secret=words_pw("!#%*@"))

add("typescript/square-access-token", "kiosk-electron/src/main/payments.ts", "Square Node.js SDK Client({ accessToken })",
    """
import { Client, Environment } from "square";
import { randomUUID } from "node:crypto";

// Top-up kiosk: the Square Terminal next to the screen takes the card.
const square = new Client({
  environment: Environment.Production,
  accessToken: "@@secret@@",
});

export async function startCheckout(deviceId: string, amountCents: number, note: string) {
  const { result } = await square.terminalApi.createTerminalCheckout({
    idempotencyKey: randomUUID(),
    checkout: {
      amountMoney: { amount: BigInt(amountCents), currency: "USD" },
      deviceOptions: { deviceId, skipReceiptScreen: false },
      note,
    },
  });
  return result.checkout?.id;
}

export async function checkoutStatus(checkoutId: string) {
  const { result } = await square.terminalApi.getTerminalCheckout(checkoutId);
  return result.checkout?.status;
}
""", secret=square_token())

add("csharp/clover-api-token", "Kiosk.Payments/CloverClient.cs", "Clover REST API: Authorization: Bearer <api token> (Clover docs)",
    """
using System.Net.Http;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Threading.Tasks;

namespace Kiosk.Payments
{
    /// <summary>Reads the café orders from Clover so party add-ons land on the booking.</summary>
    public sealed class CloverClient
    {
        private const string MerchantId = "Q8X1N4ZP7TB31";
        private const string ApiToken = "@@secret@@";
        private readonly HttpClient _http;

        public CloverClient(HttpClient http)
        {
            _http = http;
            _http.BaseAddress = new System.Uri("https://api.clover.com/v3/merchants/" + MerchantId + "/");
            _http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", ApiToken);
        }

        public Task<OrderPage?> OrdersSinceAsync(long sinceMillis) =>
            _http.GetFromJsonAsync<OrderPage>($"orders?filter=modifiedTime>={sinceMillis}&expand=lineItems&limit=100");
    }

    public sealed record OrderPage(Order[] Elements);
    public sealed record Order(string Id, long Total, string? Note);
}
""", secret=uuid_s())

add("xml/worldpay-account-token", "Kiosk.Payments/Worldpay.config", "Worldpay Express (Element) credentials: AccountID, AccountToken, AcceptorID",
    """
<?xml version="1.0" encoding="utf-8"?>
<!-- Worldpay Express settings for the card dispensers (triPOS lanes). -->
<worldpay>
  <express endpoint="https://transaction.elementexpress.com/">
    <credentials>
      <AccountID>1078834</AccountID>
      <AccountToken>@@secret@@</AccountToken>
      <AcceptorID>874767781</AcceptorID>
    </credentials>
    <application>
      <ApplicationID>12641</ApplicationID>
      <ApplicationName>GGF Kiosk</ApplicationName>
      <ApplicationVersion>4.12.0</ApplicationVersion>
    </application>
    <terminal TerminalID="0001" TerminalType="2" CardholderPresentCode="2" CardInputCode="4" />
  </express>
  <lanes>
    <lane id="1" device="RS-K1" />
    <lane id="2" device="RS-K2" />
  </lanes>
</worldpay>
""", secret=draw(64, UPHEX))

add("ini/kiosk-admin-password", "kiosk-electron/resources/kiosk.ini", "Kiosk shell settings: exit / maintenance password",
    """
[kiosk]
site=eastgate
device=EG-K3
start_url=app://topup/index.html
idle_reset_seconds=90
screensaver=attract/loop-2024.mp4

[maintenance]
; five taps on the logo then this password exits kiosk mode
exit_password=@@secret@@
allow_devtools=false

[printer]
model=Custom VKP80III
paper_width_mm=80
logo=receipt-logo.bmp
""", secret=str(_rng().randint(10**7, 10**8)) + "Gg!")

add("k8s-secret/stripe-secret-key", "deploy/k8s/kiosk-backend/stripe-secret.yaml", "Kubernetes Secret data (base64)",
    """
apiVersion: v1
kind: Secret
metadata:
  name: kiosk-backend-stripe
  namespace: kiosks
type: Opaque
data:
  STRIPE_SECRET_KEY: @@enc@@
  STRIPE_ACCOUNT: @@acct@@
""", secret=(_ks := stripe_key()), enc=b64(_ks), acct=b64("acct_1Ng7QhGgF4n2LrKq"))

add("terraform/rds-password", "infra/kiosk-backend/rds.tf", "Terraform aws_db_instance password argument",
    """
resource "aws_db_subnet_group" "kiosk" {
  name       = "kiosk-backend"
  subnet_ids = module.vpc.private_subnets
}

resource "aws_db_instance" "kiosk" {
  identifier              = "kiosk-backend-prod"
  engine                  = "postgres"
  engine_version          = "16.2"
  instance_class          = "db.t4g.small"
  allocated_storage       = 50
  db_name                 = "kiosk"
  username                = "kiosk_admin"
  password                = "@@secret@@"
  db_subnet_group_name    = aws_db_subnet_group.kiosk.name
  vpc_security_group_ids  = [aws_security_group.kiosk_db.id]
  backup_retention_period = 14
  deletion_protection     = true
  storage_encrypted       = true
  skip_final_snapshot     = false

  tags = {
    service = "kiosk-backend"
    owner   = "it@galaxygrove-fun.com"
  }
}
""", secret=rand_pw(24))

add("yaml/esper-api-key", "kiosk-fleet/esper/config.yml", "Esper device management API key (Authorization: Bearer)",
    """
# Esper MDM: pushes the kiosk APK and the nightly reboot policy to the Android kiosks
esper:
  tenant: galaxygrove
  endpoint: https://galaxygrove-api.esper.cloud/api
  enterprise_id: @@eid@@
  api_key: @@secret@@

groups:
  riverside: @@g1@@
  eastgate: @@g2@@
  lakeshore: @@g3@@

app:
  package: com.galaxygrove.kiosk
  release_channel: production

policy:
  reboot_at: "04:30"
  lock_status_bar: true
""", secret=draw(30), eid=uuid_s(), g1=uuid_s(), g2=uuid_s(), g3=uuid_s())

add("shell/basic-auth-header", "scripts/kiosk/cardconnect-settle.sh", "CardPointe Gateway API: HTTP Basic Authorization header",
    """
#!/usr/bin/env bash
# Closes the batch for the kiosk merchant id every night at 23:55.
set -euo pipefail

MID=496160873888
SITE=https://fts.cardconnect.com/cardconnect/rest

resp=$(curl -sS -X GET "${SITE}/settlestat?merchid=${MID}&date=$(date +%m%d)" \\
  -H "Authorization: Basic @@secret@@" \\
  -H "Content-Type: application/json")

echo "$resp" | jq -r '.[] | "\\(.batchid) \\(.hoststat) \\(.respcode)"' \\
  | tee -a /var/log/kiosk/settle.log
""", secret=b64("ggfkiosk:" + words_pw("!*.")))

# decoys of the kiosks

add("xml/decoy-encrypted-config", "Kiosk.Service/Web.config", "ASP.NET protected configuration (RsaProtectedConfigurationProvider, CipherValue)",
    """
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
            <CipherValue>@@k@@</CipherValue>
          </CipherData>
        </EncryptedKey>
      </KeyInfo>
      <CipherData>
        <CipherValue>@@v@@</CipherValue>
      </CipherData>
    </EncryptedData>
  </connectionStrings>
  <appSettings>
    <add key="Site" value="lakeshore" />
    <add key="ReceiptFooter" value="Thanks for playing at Galaxy Grove!" />
  </appSettings>
</configuration>
""", k=draw(342, B64) + "==", v=draw(214, B64) + "==")

add("json/decoy-device-ids", "kiosk-fleet/inventory/kiosks.json", "Kiosk fleet inventory (device UUIDs, serials, terminal ids)",
    """
{
  "kiosks": [
    {"name": "RS-K1", "deviceId": "@@d1@@", "serial": "KSK-2207-0141", "terminal": "Square Terminal", "terminalId": "@@t1@@"},
    {"name": "RS-K2", "deviceId": "@@d2@@", "serial": "KSK-2207-0142", "terminal": "Square Terminal", "terminalId": "@@t2@@"},
    {"name": "EG-K3", "deviceId": "@@d3@@", "serial": "KSK-2301-0007", "terminal": "Ingenico Lane/3000", "terminalId": "TID-00010773"},
    {"name": "LS-K2", "deviceId": "@@d4@@", "serial": "KSK-2310-0033", "terminal": "Verifone V400m", "terminalId": "V400m-402-881-337"}
  ],
  "updated": "2024-03-01T09:00:00Z"
}
""", d1=uuid_s(), d2=uuid_s(), d3=uuid_s(), d4=uuid_s(),
    t1="device:" + draw(15, UPALNUM), t2="device:" + draw(15, UPALNUM))

add("terraform/decoy-variable-reference", "infra/kiosk-backend/variables.tf", "Terraform sensitive variables and random_password",
    """
variable "db_password" {
  description = "Master password of the kiosk database; set from TF_VAR_db_password in CI"
  type        = string
  sensitive   = true
}

variable "stripe_secret_key_arn" {
  description = "ARN of the Secrets Manager secret holding the Stripe key"
  type        = string
  default     = "arn:aws:secretsmanager:us-east-2:318274650192:secret:kiosk/stripe-3QdX1a"
}

resource "random_password" "api_signing" {
  length  = 48
  special = false
}

resource "aws_ssm_parameter" "api_signing" {
  name  = "/kiosk-backend/prod/api_signing_key"
  type  = "SecureString"
  value = random_password.api_signing.result
}
""")

add("k8s/decoy-secret-key-ref", "deploy/k8s/kiosk-backend/deployment.yaml", "Kubernetes env valueFrom.secretKeyRef",
    """
apiVersion: apps/v1
kind: Deployment
metadata:
  name: kiosk-backend
  namespace: kiosks
spec:
  replicas: 2
  selector:
    matchLabels: {app: kiosk-backend}
  template:
    metadata:
      labels: {app: kiosk-backend}
    spec:
      containers:
        - name: api
          image: ghcr.io/galaxygrove/kiosk-backend:4.12.0
          ports: [{containerPort: 8080}]
          env:
            - name: SPRING_PROFILES_ACTIVE
              value: prod
            - name: STRIPE_SECRET_KEY
              valueFrom:
                secretKeyRef: {name: kiosk-backend-stripe, key: STRIPE_SECRET_KEY}
            - name: SPRING_DATASOURCE_PASSWORD
              valueFrom:
                secretKeyRef: {name: kiosk-db, key: password}
          readinessProbe:
            httpGet: {path: /actuator/health/readiness, port: 8080}
""")

add("properties/decoy-encrypted-value", "kiosk-topup/src/main/resources/application-staging.properties", "Jasypt ENC(...) encrypted property values",
    """
# staging profile; values in ENC() are decrypted at start with JASYPT_ENCRYPTOR_PASSWORD
spring.datasource.url=jdbc:mysql://topup-db.staging.ggf.local:3306/topup
spring.datasource.username=topup_app
spring.datasource.password=ENC(@@e1@@)
topup.card-server.url=https://cards-staging.ggf.local:8443/api
topup.card-server.api-key=ENC(@@e2@@)
jasypt.encryptor.algorithm=PBEWITHHMACSHA512ANDAES_256
jasypt.encryptor.iv-generator-classname=org.jasypt.iv.RandomIvGenerator
""", e1=draw(64, B64), e2=draw(88, B64))

add("csharp/decoy-test-card-numbers", "Kiosk.Payments.Tests/CardMaskTests.cs", "Payment network test card numbers (public test PANs)",
    """
using Kiosk.Payments;
using Xunit;

public class CardMaskTests
{
    [Theory]
    [InlineData("4111111111111111", "411111******1111")]
    [InlineData("5555555555554444", "555555******4444")]
    [InlineData("378282246310005", "378282*****0005")]
    [InlineData("6011111111111117", "601111******1117")]
    public void Masks_All_But_Bin_And_Last_Four(string pan, string expected)
    {
        Assert.Equal(expected, CardMask.Mask(pan));
    }

    [Fact]
    public void Rejects_Bad_Luhn()
    {
        Assert.False(CardMask.LuhnValid("4111111111111112"));
    }
}
""")

add("yaml/decoy-external-secret", "deploy/k8s/kiosk-backend/external-secret.yaml", "External Secrets Operator ExternalSecret (remoteRef)",
    """
apiVersion: external-secrets.io/v1beta1
kind: ExternalSecret
metadata:
  name: kiosk-db
  namespace: kiosks
spec:
  refreshInterval: 1h
  secretStoreRef:
    name: aws-secrets-manager
    kind: ClusterSecretStore
  target:
    name: kiosk-db
    creationPolicy: Owner
  data:
    - secretKey: password
      remoteRef:
        key: kiosk/prod/db
        property: password
    - secretKey: username
      remoteRef:
        key: kiosk/prod/db
        property: username
""")

add("log/decoy-emv-tags", "logs/kiosk/terminal-EG-K3-2024-03-18.log", "Payment terminal EMV log (AIDs, TVR, ARQC cryptograms)",
    """
2024-03-18 16:41:07.201 [lane2] txn start amount=50.00 currency=840
2024-03-18 16:41:12.774 [lane2] card inserted, app selected AID=A0000000041010 (Mastercard)
2024-03-18 16:41:12.790 [lane2] 9F26 ARQC=@@arqc@@ 9F36 ATC=01A7 95 TVR=0000008000
2024-03-18 16:41:12.791 [lane2] 9F37 UN=@@un@@ 9F10 IAD=0110A00003220000000000000000000000FF
2024-03-18 16:41:14.302 [lane2] online auth approved code=041Z7K host_ref=@@ref@@
2024-03-18 16:41:14.310 [lane2] pan=541333******0019 exp=**/** entry=chip cvm=no-cvm
2024-03-18 16:41:15.022 [lane2] txn end status=approved
""", arqc=draw(16, UPHEX), un=draw(8, UPHEX), ref=draw(12, string.digits))

# ---------------------------------------------------------------------------------------------
# Loyalty apps: the mobile app, its backend, push, messaging and marketing integrations.
# ---------------------------------------------------------------------------------------------

add("json/fcm-server-key", "loyalty-functions/.runtimeconfig.json", "Firebase Cloud Messaging legacy server key (AAAA...:APA91b...)",
    """
{
  "loyalty": {
    "points_per_dollar": "10",
    "birthday_bonus": "500",
    "tier_thresholds": "0,2500,10000"
  },
  "fcm": {
    "server_key": "@@secret@@",
    "sender_id": "@@sender@@"
  },
  "cardserver": {
    "url": "https://loyalty-api.galaxygrove-fun.com/internal"
  }
}
""", secret="AAAA" + draw(7, URLSAFE) + ":APA91b" + draw(134, URLSAFE), sender=str(_rng().randint(10**11, 10**12)))

add("swift/onesignal-rest-api-key", "LoyaltyApp/Sources/Admin/PushComposer.swift", "OneSignal REST API key (Authorization: Key ...)",
    """
import Foundation

/// Staff-only screen in the internal build: sends a push to a segment ("Double tickets tonight!").
struct PushComposer {
    static let appId = "@@appid@@"
    private static let restApiKey = "@@secret@@"

    static func send(title: String, message: String, segment: String) async throws -> Int {
        var request = URLRequest(url: URL(string: "https://api.onesignal.com/notifications")!)
        request.httpMethod = "POST"
        request.setValue("Key \\(restApiKey)", forHTTPHeaderField: "Authorization")
        request.setValue("application/json", forHTTPHeaderField: "Content-Type")
        let body: [String: Any] = [
            "app_id": appId,
            "included_segments": [segment],
            "headings": ["en": title],
            "contents": ["en": message],
        ]
        request.httpBody = try JSONSerialization.data(withJSONObject: body)
        let (_, response) = try await URLSession.shared.data(for: request)
        return (response as? HTTPURLResponse)?.statusCode ?? 0
    }
}
""", secret="os_v2_app_" + draw(113, string.ascii_lowercase + "234567"), appid=uuid_s())

add("kotlin/braze-rest-api-key", "loyalty-backend/src/main/kotlin/com/galaxygrove/loyalty/braze/BrazeClient.kt", "Braze REST API key (Authorization: Bearer)",
    """
package com.galaxygrove.loyalty.braze

import io.ktor.client.HttpClient
import io.ktor.client.request.bearerAuth
import io.ktor.client.request.post
import io.ktor.client.request.setBody
import io.ktor.http.ContentType
import io.ktor.http.contentType

class BrazeClient(private val http: HttpClient) {

    private val endpoint = "https://rest.iad-05.braze.com"
    private val apiKey = "@@secret@@"

    suspend fun trackTierChange(externalId: String, tier: String, points: Long) {
        http.post("$endpoint/users/track") {
            bearerAuth(apiKey)
            contentType(ContentType.Application.Json)
            setBody(
                mapOf(
                    "attributes" to listOf(
                        mapOf("external_id" to externalId, "loyalty_tier" to tier, "loyalty_points" to points)
                    )
                )
            )
        }
    }
}
""", secret=uuid_s())

add("pem/apple-apns-key", "loyalty-backend/certs/AuthKey_7QX4K2M9LB.p8", "Apple APNs / App Store Connect .p8 auth key (PKCS#8 EC)",
    """
@@secret@@
""", secret=ec_p8())

add("ruby/match-password", "LoyaltyApp/fastlane/Fastfile", "fastlane match: MATCH_PASSWORD decrypts the certificates repo",
    """
default_platform(:ios)

ENV["MATCH_PASSWORD"] = "@@secret@@"
ENV["FASTLANE_XCODEBUILD_SETTINGS_TIMEOUT"] = "120"

platform :ios do
  desc "Build and upload to TestFlight"
  lane :beta do
    setup_ci if ENV["CI"]
    match(type: "appstore", readonly: true, git_url: "git@github.com:galaxygrove/ios-certificates.git")
    increment_build_number(xcodeproj: "LoyaltyApp.xcodeproj", build_number: latest_testflight_build_number + 1)
    build_app(scheme: "LoyaltyApp", export_method: "app-store")
    upload_to_testflight(skip_waiting_for_build_processing: true)
    slack(message: "Loyalty app beta uploaded", slack_url: ENV["SLACK_URL"]) if ENV["SLACK_URL"]
  end
end
""", secret=passphrase(" "))

add("yaml/jwt-secret", "loyalty-backend/config/production.yaml", "Application config with the HS256 JWT signing secret",
    """
server:
  port: 8080
  forwarded_headers: true

database:
  host: loyalty-db.ggf.local
  name: loyalty
  user: loyalty_app
  password_file: /run/secrets/loyalty_db_password

auth:
  issuer: https://loyalty-api.galaxygrove-fun.com
  audience: ggf-loyalty-app
  access_token_ttl: 15m
  refresh_token_ttl: 30d
  jwt_secret: "@@secret@@"

points:
  per_dollar: 10
  birthday_bonus: 500
  expiry_months: 18
""", secret=draw(64, URLSAFE))

add("python/django-secret-key", "loyalty_admin/loyalty_admin/settings/production.py", "Django SECRET_KEY setting",
    '''
from .base import *  # noqa: F401,F403

DEBUG = False
SECRET_KEY = "@@secret@@"
ALLOWED_HOSTS = ["loyalty-admin.galaxygrove-fun.com"]
CSRF_TRUSTED_ORIGINS = ["https://loyalty-admin.galaxygrove-fun.com"]

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "HOST": "loyalty-db.ggf.local",
        "NAME": "loyalty",
        "USER": "loyalty_admin",
        "PASSWORD": os.environ["LOYALTY_DB_PASSWORD"],  # noqa: F405
        "CONN_MAX_AGE": 60,
    }
}

SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
SECURE_HSTS_SECONDS = 31536000
''', secret=fakes.django_secret_key(_seed()))

add("typescript/sentry-auth-token", "loyalty-app/app.config.ts", "Sentry Expo plugin authToken (sntryu_ user auth token)",
    """
import type { ExpoConfig } from "expo/config";

const config: ExpoConfig = {
  name: "Galaxy Grove Rewards",
  slug: "galaxy-grove-rewards",
  version: "3.4.0",
  orientation: "portrait",
  icon: "./assets/icon.png",
  ios: { bundleIdentifier: "com.galaxygrove.rewards", supportsTablet: false },
  android: { package: "com.galaxygrove.rewards" },
  plugins: [
    "expo-barcode-scanner",
    [
      "@sentry/react-native/expo",
      {
        organization: "galaxy-grove",
        project: "rewards-app",
        authToken: "@@secret@@",
      },
    ],
  ],
  extra: { eas: { projectId: "@@pid@@" } },
};

export default config;
""", secret="sntryu_" + hexs(64), pid=uuid_s())

add("env/expo-access-token", "loyalty-app/.env.ci", "Expo EAS CLI EXPO_TOKEN (robot access token)",
    """
# used by the self-hosted runner for `eas build --non-interactive`
EXPO_TOKEN=@@secret@@
EAS_BUILD_PROFILE=production
EXPO_PUBLIC_API_URL=https://loyalty-api.galaxygrove-fun.com
EXPO_PUBLIC_SITE_LIST=riverside,eastgate,lakeshore
SENTRY_ORG=galaxy-grove
SENTRY_PROJECT=rewards-app
""", secret=draw(40, URLSAFE))

add("json/twilio-api-secret", "loyalty-backend/config/verify.json", "Twilio API key SID (SK...) and secret for Verify",
    """
{
  "verify": {
    "provider": "twilio",
    "accountSid": "AC@@ac@@",
    "apiKeySid": "SK@@sk@@",
    "apiKeySecret": "@@secret@@",
    "serviceSid": "VA@@va@@",
    "channel": "sms",
    "codeLength": 6,
    "maxAttemptsPerHour": 5
  }
}
""", secret=draw(32), ac=hexs(32), sk=hexs(32), va=hexs(32))

add("go/postgres-password", "loyalty-points/internal/db/db.go", "lib/pq key=value connection string (password=)",
    """
package db

import (
	"database/sql"
	"time"

	_ "github.com/lib/pq"
)

const dsn = "host=loyalty-db.ggf.local port=5432 user=points_svc password=@@secret@@ dbname=loyalty sslmode=require"

// Open returns the pool used by the points service.
func Open() (*sql.DB, error) {
	pool, err := sql.Open("postgres", dsn)
	if err != nil {
		return nil, err
	}
	pool.SetMaxOpenConns(20)
	pool.SetMaxIdleConns(5)
	pool.SetConnMaxLifetime(30 * time.Minute)
	return pool, pool.Ping()
}
""", secret=rand_pw(22))

add("rust/webhook-signing-secret", "loyalty-webhooks/src/verify.rs", "HMAC-SHA256 webhook signature check (hmac crate)",
    """
use hmac::{Hmac, Mac};
use sha2::Sha256;

type HmacSha256 = Hmac<Sha256>;

/// Shared with the card server: it signs every balance-changed event with this secret.
const CARD_EVENTS_SECRET: &[u8] = b"@@secret@@";

pub fn verify(body: &[u8], timestamp: &str, signature_hex: &str) -> bool {
    let Ok(expected) = hex::decode(signature_hex) else { return false };
    let mut mac = HmacSha256::new_from_slice(CARD_EVENTS_SECRET).expect("any key length");
    mac.update(timestamp.as_bytes());
    mac.update(b".");
    mac.update(body);
    mac.verify_slice(&expected).is_ok()
}

#[cfg(test)]
mod tests {
    #[test]
    fn rejects_garbage() {
        assert!(!super::verify(b"{}", "1", "zz"));
    }
}
""", secret="cev_" + draw(40))

add("sql/postgres-password", "loyalty-db/migrations/V7__reporting_role.sql", "PostgreSQL CREATE ROLE ... PASSWORD",
    """
-- Read-only role for the marketing dashboards (Metabase)
CREATE ROLE metabase_ro WITH LOGIN PASSWORD '@@secret@@' CONNECTION LIMIT 5;
GRANT CONNECT ON DATABASE loyalty TO metabase_ro;
GRANT USAGE ON SCHEMA reporting TO metabase_ro;
GRANT SELECT ON ALL TABLES IN SCHEMA reporting TO metabase_ro;
ALTER DEFAULT PRIVILEGES IN SCHEMA reporting GRANT SELECT ON TABLES TO metabase_ro;

-- members and points are visible only through the reporting views
REVOKE ALL ON SCHEMA public FROM metabase_ro;
""", secret=words_pw("!#*"))

add("notebook/snowflake-password", "analytics/loyalty_churn.ipynb", "snowflake-connector-python connect(user=, password=, account=)",
    """
{
 "cells": [
  {
   "cell_type": "markdown",
   "metadata": {},
   "source": ["## Loyalty churn: members with no visit in 90 days"]
  },
  {
   "cell_type": "code",
   "execution_count": 3,
   "metadata": {},
   "outputs": [],
   "source": [
    "import snowflake.connector\\n",
    "conn = snowflake.connector.connect(\\n",
    "    account=\\"ggf-xy41823\\",\\n",
    "    user=\\"ANALYTICS_SVC\\",\\n",
    "    password=\\"@@secret@@\\",\\n",
    "    warehouse=\\"ANALYTICS_WH\\", database=\\"LOYALTY\\", schema=\\"MART\\",\\n",
    ")"
   ]
  },
  {
   "cell_type": "code",
   "execution_count": 4,
   "metadata": {},
   "outputs": [],
   "source": [
    "df = conn.cursor().execute(\\"SELECT tier, COUNT(*) FROM members WHERE last_visit < DATEADD(day, -90, CURRENT_DATE) GROUP BY 1\\").fetch_pandas_all()\\n",
    "df"
   ]
  }
 ],
 "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""", secret=rand_pw(18, "#$%"))

add("plist/punchh-api-secret", "LoyaltyApp/Config/Production.plist", "Property list with the loyalty platform's client secret",
    """
<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
<dict>
	<key>APIBaseURL</key>
	<string>https://loyalty-api.galaxygrove-fun.com</string>
	<key>PunchhBaseURL</key>
	<string>https://server.punchh.com</string>
	<key>PunchhClientID</key>
	<string>@@cid@@</string>
	<key>PunchhSecret</key>
	<string>@@secret@@</string>
	<key>CardScanEnabled</key>
	<true/>
	<key>SupportEmail</key>
	<string>rewards@galaxygrove-fun.com</string>
</dict>
</plist>
""", secret=hexs(64), cid=hexs(64))

add("ruby/intercom-access-token", "loyalty_admin/app/jobs/sync_intercom_job.rb", "intercom-ruby Intercom::Client.new(token:)",
    """
# Copies the member's tier and points to Intercom so guest services see them in the inbox.
class SyncIntercomJob < ApplicationJob
  queue_as :low

  INTERCOM = Intercom::Client.new(token: "@@secret@@")

  def perform(member_id)
    member = Member.find(member_id)
    INTERCOM.contacts.create(
      role: "user",
      external_id: member.uuid,
      email: member.email,
      custom_attributes: { tier: member.tier, points: member.points, home_site: member.home_site }
    )
  rescue Intercom::ResourceNotUniqueError
    contact = INTERCOM.contacts.search(query: { field: "external_id", operator: "=", value: member.uuid }).first
    contact.custom_attributes.merge!(tier: member.tier, points: member.points)
    INTERCOM.contacts.save(contact)
  end
end
""", secret=b64("tok:" + uuid_s().replace("-", "_") + ":1:0"))

add("env/mapbox-secret-token", "site-locator/.env.local", "Mapbox secret access token (sk.) for the uploads API",
    """
# public token for the map on the website (safe to expose)
NEXT_PUBLIC_MAPBOX_TOKEN=@@pk@@
# secret token with uploads:write, used by scripts/upload-sites.ts only
MAPBOX_UPLOAD_TOKEN=@@secret@@
MAPBOX_USERNAME=galaxygrove
MAPBOX_TILESET=galaxygrove.sites-2024
""", secret=mapbox("sk"), pk=mapbox("pk"))

add("python/hubspot-private-app-token", "crm/sync_party_leads.py", "HubSpot private app access token (pat-na1-...)",
    '''
"""Party enquiries from the website become HubSpot contacts + deals for the coordinators."""
from hubspot import HubSpot
from hubspot.crm.contacts import SimplePublicObjectInputForCreate

api = HubSpot(access_token="@@secret@@")
PIPELINE = "party-bookings"
STAGE_NEW = "appointmentscheduled"


def create_lead(name: str, email: str, phone: str, site: str, party_date: str) -> str:
    first, _, last = name.partition(" ")
    contact = api.crm.contacts.basic_api.create(
        SimplePublicObjectInputForCreate(properties={
            "firstname": first, "lastname": last, "email": email, "phone": phone, "home_site": site,
        })
    )
    deal = api.crm.deals.basic_api.create({"properties": {
        "dealname": f"Party {party_date} - {name}", "pipeline": PIPELINE, "dealstage": STAGE_NEW,
    }})
    api.crm.associations.v4.basic_api.create_default("deals", deal.id, "contacts", contact.id)
    return deal.id
''', secret="pat-na1-" + uuid_s())

add("javascript/algolia-admin-key", "site/scripts/index-prizes.js", "Algolia admin API key (algoliasearch(appId, adminKey))",
    """
// Rebuilds the "prizes" search index from the catalogue export. Run from CI after a catalogue change.
const algoliasearch = require("algoliasearch");
const fs = require("fs");
const { parse } = require("csv-parse/sync");

const client = algoliasearch("K8Q2ZP41XV", "@@secret@@");
const index = client.initIndex("prizes");

const rows = parse(fs.readFileSync(process.argv[2]), { columns: true });
const records = rows.map((r) => ({
  objectID: r.sku,
  name: r.name,
  category: r.category,
  tickets: Number(r.ticket_price),
}));

index
  .replaceAllObjects(records, { safe: true })
  .then(() => console.log(`indexed ${records.length} prizes`))
  .catch((err) => {
    console.error(err);
    process.exit(1);
  });
""", secret=hexs(32))

add("php/recaptcha-secret-key", "site/party-enquiry.php", "reCAPTCHA siteverify: the secret key stays on the server",
    """
<?php
// Party enquiry form handler (legacy PHP site, still used by the Lakeshore landing page)
const RECAPTCHA_SECRET = '@@secret@@';

function verify_captcha(string $token, string $ip): bool {
    $response = file_get_contents('https://www.google.com/recaptcha/api/siteverify', false, stream_context_create([
        'http' => [
            'method'  => 'POST',
            'header'  => 'Content-Type: application/x-www-form-urlencoded',
            'content' => http_build_query(['secret' => RECAPTCHA_SECRET, 'response' => $token, 'remoteip' => $ip]),
        ],
    ]));
    $data = json_decode($response, true);
    return !empty($data['success']) && ($data['score'] ?? 0) >= 0.5;
}

if (!verify_captcha($_POST['g-recaptcha-response'] ?? '', $_SERVER['REMOTE_ADDR'])) {
    http_response_code(400);
    exit('Please try again.');
}
mail('parties@galaxygrove-fun.com', 'Party enquiry: ' . strip_tags($_POST['name']), print_r($_POST, true));
header('Location: /parties/thanks');
""", secret=recaptcha())

add("properties/android-keystore-password", "loyalty-android/gradle.properties", "Gradle properties used by signingConfigs (RELEASE_STORE_PASSWORD)",
    """
org.gradle.jvmargs=-Xmx4g -Dfile.encoding=UTF-8
org.gradle.parallel=true
android.useAndroidX=true
kotlin.code.style=official
android.nonTransitiveRClass=true

RELEASE_STORE_FILE=../keystore/rewards-release.jks
RELEASE_KEY_ALIAS=rewards
RELEASE_STORE_PASSWORD=@@secret@@
RELEASE_KEY_PASSWORD=@@secret@@
""", secret=words_pw())

add("swift/basic-auth-password", "LoyaltyApp/Sources/Kiosk/CardServerClient.swift", "HTTP Basic credentials built in code (RFC 7617)",
    """
import Foundation

/// In-store tablet build only: looks a guest's card up on the site's card server.
final class CardServerClient {
    private let base = URL(string: "https://cards-rs.ggf.local:8443/api")!
    private let user = "tablet"
    private let password = "@@secret@@"

    private var authHeader: String {
        let raw = "\\(user):\\(password)"
        return "Basic " + Data(raw.utf8).base64EncodedString()
    }

    func balance(card: String) async throws -> Decimal {
        var request = URLRequest(url: base.appendingPathComponent("cards/\\(card)/balance"))
        request.setValue(authHeader, forHTTPHeaderField: "Authorization")
        let (data, _) = try await URLSession.shared.data(for: request)
        let json = try JSONSerialization.jsonObject(with: data) as? [String: Any]
        return Decimal(string: json?["credits"] as? String ?? "0") ?? 0
    }
}
""", secret=rand_pw(15))

add("kotlin/basic-auth-password", "loyalty-android/app/src/main/java/com/galaxygrove/rewards/net/StaffApi.kt", "OkHttp Credentials.basic(username, password)",
    """
package com.galaxygrove.rewards.net

import okhttp3.Credentials
import okhttp3.OkHttpClient
import okhttp3.Request

/** Staff mode: redeem a reward at the prize counter. */
object StaffApi {
    private val client = OkHttpClient()
    private val auth = Credentials.basic("prize-counter", "@@secret@@")

    fun redeem(memberId: String, rewardId: String): Boolean {
        val request = Request.Builder()
            .url("https://loyalty-api.galaxygrove-fun.com/staff/members/$memberId/rewards/$rewardId/redeem")
            .header("Authorization", auth)
            .post(okhttp3.RequestBody.create(null, ByteArray(0)))
            .build()
        client.newCall(request).execute().use { return it.isSuccessful }
    }
}
""", secret=words_pw("!#%*"))

# decoys of the loyalty apps

add("plist/decoy-firebase-config", "LoyaltyApp/Resources/GoogleService-Info.plist", "Firebase config file: API keys in it are public identifiers (Firebase docs)",
    """
<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
<dict>
	<key>API_KEY</key>
	<string>AIza@@k@@</string>
	<key>GCM_SENDER_ID</key>
	<string>@@sender@@</string>
	<key>PLIST_VERSION</key>
	<string>1</string>
	<key>BUNDLE_ID</key>
	<string>com.galaxygrove.rewards</string>
	<key>PROJECT_ID</key>
	<string>ggf-rewards</string>
	<key>STORAGE_BUCKET</key>
	<string>ggf-rewards.appspot.com</string>
	<key>IS_GCM_ENABLED</key>
	<true/>
	<key>IS_SIGNIN_ENABLED</key>
	<true/>
	<key>GOOGLE_APP_ID</key>
	<string>1:@@sender@@:ios:@@app@@</string>
</dict>
</plist>
""", k="Sy" + draw(33, URLSAFE), sender=str(_rng().randint(10**11, 10**12)), app=hexs(22))

add("json/decoy-firebase-config", "loyalty-android/app/google-services.json", "google-services.json (Firebase Android config, public by design)",
    """
{
  "project_info": {
    "project_number": "@@num@@",
    "project_id": "ggf-rewards",
    "storage_bucket": "ggf-rewards.appspot.com"
  },
  "client": [
    {
      "client_info": {
        "mobilesdk_app_id": "1:@@num@@:android:@@app@@",
        "android_client_info": {"package_name": "com.galaxygrove.rewards"}
      },
      "oauth_client": [
        {"client_id": "@@num@@-@@oc@@.apps.googleusercontent.com", "client_type": 3}
      ],
      "api_key": [
        {"current_key": "AIza@@k@@"}
      ],
      "services": {
        "appinvite_service": {"other_platform_oauth_client": []}
      }
    }
  ],
  "configuration_version": "1"
}
""", num=str(_rng().randint(10**11, 10**12)), app=hexs(22), oc=draw(32, LOWALNUM), k="Sy" + draw(33, URLSAFE))

add("typescript/decoy-firebase-web-config", "loyalty-web/src/lib/firebase.ts", "Firebase web app config object (apiKey is not a secret, per Firebase docs)",
    """
import { initializeApp, getApps } from "firebase/app";
import { getAuth } from "firebase/auth";
import { getMessaging, isSupported } from "firebase/messaging";

// Web app config from the Firebase console. These values identify the project; access is
// enforced by Firebase Auth and the security rules, not by keeping them private.
const firebaseConfig = {
  apiKey: "AIza@@k@@",
  authDomain: "ggf-rewards.firebaseapp.com",
  projectId: "ggf-rewards",
  storageBucket: "ggf-rewards.appspot.com",
  messagingSenderId: "@@sender@@",
  appId: "1:@@sender@@:web:@@app@@",
  measurementId: "G-@@mid@@",
};

export const app = getApps()[0] ?? initializeApp(firebaseConfig);
export const auth = getAuth(app);
export const messaging = async () => ((await isSupported()) ? getMessaging(app) : null);
""", k="Sy" + draw(33, URLSAFE), sender=str(_rng().randint(10**11, 10**12)), app=hexs(22), mid=draw(10, UPALNUM))

add("swift/decoy-public-app-id", "LoyaltyApp/Sources/AppDelegate+Push.swift", "OneSignal app id (public; the REST key stays on the server)",
    """
import OneSignalFramework
import UIKit

extension AppDelegate {
    /// The OneSignal *app id* identifies the app to the SDK; it is not a credential.
    static let oneSignalAppId = "@@appid@@"

    func setUpPush(launchOptions: [UIApplication.LaunchOptionsKey: Any]?) {
        OneSignal.initialize(Self.oneSignalAppId, withLaunchOptions: launchOptions)
        OneSignal.Notifications.requestPermission({ accepted in
            Analytics.log("push_permission", ["accepted": accepted])
        }, fallbackToSettings: false)
    }

    func identifyMember(_ memberId: String) {
        OneSignal.login(memberId)
    }
}
""", appid=uuid_s())

add("kotlin/decoy-build-config", "loyalty-android/app/build.gradle.kts", "Gradle buildConfigField reading properties/environment",
    """
plugins {
    id("com.android.application")
    id("org.jetbrains.kotlin.android")
    id("com.google.gms.google-services")
}

fun secret(name: String): String =
    (project.findProperty(name) as String?) ?: System.getenv(name) ?: ""

android {
    namespace = "com.galaxygrove.rewards"
    compileSdk = 34
    defaultConfig {
        applicationId = "com.galaxygrove.rewards"
        minSdk = 26
        targetSdk = 34
        versionCode = 340
        versionName = "3.4.0"
        buildConfigField("String", "API_URL", "\\"https://loyalty-api.galaxygrove-fun.com\\"")
        buildConfigField("String", "BRAZE_SDK_ENDPOINT", "\\"sdk.iad-05.braze.com\\"")
    }
    signingConfigs {
        create("release") {
            storeFile = file(secret("RELEASE_STORE_FILE").ifEmpty { "debug.keystore" })
            storePassword = secret("RELEASE_STORE_PASSWORD")
            keyAlias = secret("RELEASE_KEY_ALIAS")
            keyPassword = secret("RELEASE_KEY_PASSWORD")
        }
    }
    buildFeatures { buildConfig = true }
}
""")

add("typescript/decoy-sentry-dsn", "loyalty-app/src/sentry.ts", "Sentry DSN: safe to keep public (Sentry docs)",
    """
import * as Sentry from "@sentry/react-native";

// The DSN only lets the app *send* events; it is not a secret (see Sentry docs: "DSN Explainer").
Sentry.init({
  dsn: "https://@@pub@@@o4506712345678912.ingest.us.sentry.io/4506712345678999",
  tracesSampleRate: 0.1,
  environment: __DEV__ ? "development" : "production",
  beforeSend(event) {
    if (event.user) {
      delete event.user.email;
    }
    return event;
  },
});

export default Sentry;
""", pub=hexs(32))

add("env/decoy-env-example", "loyalty-backend/.env.example", "Example env file with placeholder values",
    """
# Copy to .env and fill in. Never commit .env.
DATABASE_URL=postgres://loyalty_app:<password>@localhost:5432/loyalty
REDIS_URL=redis://localhost:6379/0
JWT_SECRET=<64 random characters: openssl rand -base64 48>
BRAZE_REST_API_KEY=
ONESIGNAL_REST_API_KEY=your-onesignal-rest-api-key
TWILIO_ACCOUNT_SID=ACxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx
TWILIO_API_KEY_SID=SKxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx
TWILIO_API_KEY_SECRET=
PUNCHH_CLIENT_SECRET=changeme
SENTRY_DSN=
""")

add("json/decoy-jwks", "loyalty-backend/static/.well-known/jwks.json", "JSON Web Key Set: public keys (RFC 7517)",
    """
{
  "keys": [
    {
      "kty": "RSA",
      "use": "sig",
      "alg": "RS256",
      "kid": "ggf-2024-02",
      "n": "@@n1@@",
      "e": "AQAB"
    },
    {
      "kty": "RSA",
      "use": "sig",
      "alg": "RS256",
      "kid": "ggf-2023-08",
      "n": "@@n2@@",
      "e": "AQAB"
    }
  ]
}
""", n1=draw(342, URLSAFE), n2=draw(342, URLSAFE))

add("pem/decoy-public-key", "loyalty-backend/keys/webhook-verify.pub.pem", "PEM public key (SubjectPublicKeyInfo) used to verify signatures",
    """
-----BEGIN PUBLIC KEY-----
MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA@@l1@@
@@l2@@
@@l3@@
@@l4@@
@@l5@@
@@l6@@
@@l7@@AQAB
-----END PUBLIC KEY-----
""", l1=draw(20, B64), l2=draw(64, B64), l3=draw(64, B64), l4=draw(64, B64), l5=draw(64, B64), l6=draw(64, B64), l7=draw(6, B64))

add("markdown/decoy-promo-codes", "docs/marketing/spring-promos.md", "Public promo codes printed on flyers and in the app",
    """
# Spring promotions 2024

Codes are printed on flyers and shown in the app; they are meant to be public.

| Code | Offer | Valid | Sites |
|------|-------|-------|-------|
| `SPRINGPLAY24` | $10 bonus play on a $40 load | 16 Mar - 7 Apr | all |
| `LASERX2` | second laser tag game free | weekdays in March | Riverside, Lakeshore |
| `VRFRIDAY` | 20% off VR sessions after 6 pm Fridays | all spring | Eastgate |
| `PARTY50` | $50 off a Deluxe party booked online | book by 30 Apr | all |

Redemption is limited per member in the loyalty backend (`promo_limits` table); staff cannot
override it at the POS. Questions to marketing@galaxygrove-fun.com.
""")

add("python/decoy-generated-secret", "loyalty_admin/members/tokens.py", "secrets.token_urlsafe and hashed storage of API tokens",
    '''
"""Personal access tokens for partner integrations (birthday party resellers)."""
import hashlib
import hmac
import secrets

TOKEN_PREFIX = "ggfpat_"


def new_token() -> tuple:
    """Returns (token shown once to the partner, digest stored in the database)."""
    token = TOKEN_PREFIX + secrets.token_urlsafe(32)
    return token, digest(token)


def digest(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def matches(token: str, stored_digest: str) -> bool:
    return hmac.compare_digest(digest(token), stored_digest)


EXAMPLE_DIGEST = "@@d@@"  # digest of a revoked token, kept for the docs
''', d=sha256())

add("sql/decoy-hashed-tokens", "loyalty-db/seed/partner_tokens.sql", "Seed rows holding token digests and prefixes, never tokens",
    """
-- Partner API tokens: only the SHA-256 digest and the first 8 characters are stored.
INSERT INTO partner_tokens (partner, token_prefix, token_sha256, scopes, created_at, revoked_at) VALUES
  ('PartyPal Resellers', 'ggfpat_Q', '@@d1@@', 'bookings:read', '2023-10-02', NULL),
  ('KidsClub Events',    'ggfpat_7', '@@d2@@', 'bookings:read,bookings:write', '2023-12-14', NULL),
  ('Old Test Partner',   'ggfpat_x', '@@d3@@', 'bookings:read', '2023-01-09', '2023-06-30');
""", d1=sha256(), d2=sha256(), d3=sha256())

add("swift/decoy-public-token", "LoyaltyApp/Sources/Locator/MapConfig.swift", "Mapbox public access token (pk.) for the SDK",
    """
import MapboxMaps

enum MapConfig {
    /// Public token (pk.), scoped to styles:tiles and fonts:read, URL-restricted to our apps.
    static let accessToken = "@@pk@@"
    static let styleURI = StyleURI(rawValue: "mapbox://styles/galaxygrove/clt8w2x1k00ab01qz5n7hd3ke")!

    static let sites: [(name: String, lat: Double, lon: Double)] = [
        ("Riverside", 41.8781, -87.6298),
        ("Eastgate", 41.8920, -87.6040),
        ("Lakeshore", 41.9101, -87.6252),
    ]

    static func configure() {
        MapboxOptions.accessToken = accessToken
    }
}
""", pk=mapbox("pk"))

add("javascript/decoy-search-only-key", "site/assets/prize-search.js", "Algolia search-only API key: meant for the front end (Algolia docs)",
    """
// Prize search on the website. Search-only key: read access to the "prizes" index, safe in the browser.
const searchClient = algoliasearch("K8Q2ZP41XV", "@@k@@");

const search = instantsearch({ indexName: "prizes", searchClient });
search.addWidgets([
  instantsearch.widgets.searchBox({ container: "#prize-search", placeholder: "Search prizes" }),
  instantsearch.widgets.hits({
    container: "#prize-hits",
    templates: {
      item: (hit, { html, components }) =>
        html`<div class="prize">${components.Highlight({ attribute: "name", hit })} - ${hit.tickets} tickets</div>`,
    },
  }),
]);
search.start();
""", k=hexs(32))

add("yaml/decoy-sops-encrypted", "loyalty-backend/deploy/secrets.prod.enc.yaml", "SOPS-encrypted YAML (ENC[AES256_GCM,...])",
    """
database:
    password: ENC[AES256_GCM,data:@@d1@@,iv:@@i1@@,tag:@@t1@@,type:str]
auth:
    jwt_secret: ENC[AES256_GCM,data:@@d2@@,iv:@@i2@@,tag:@@t2@@,type:str]
sops:
    kms:
        - arn: arn:aws:kms:us-east-2:318274650192:key/@@kms@@
          created_at: "2024-02-20T16:03:11Z"
          enc: @@enc@@
          aws_profile: ""
    lastmodified: "2024-02-20T16:03:12Z"
    mac: ENC[AES256_GCM,data:@@d3@@,iv:@@i3@@,tag:@@t3@@,type:str]
    unencrypted_suffix: _unencrypted
    version: 3.8.1
""", d1=draw(28, B64), i1=draw(43, B64) + "=", t1=draw(22, B64) + "==",
    d2=draw(88, B64), i2=draw(43, B64) + "=", t2=draw(22, B64) + "==",
    kms=uuid_s(), enc=draw(180, B64) + "==",
    d3=draw(88, B64), i3=draw(43, B64) + "=", t3=draw(22, B64) + "==")

add("xml/decoy-client-token", "loyalty-android/app/src/main/res/values/strings.xml", "Facebook SDK app id and client token, embedded in apps by design (Meta docs)",
    """
<?xml version="1.0" encoding="utf-8"?>
<resources>
    <string name="app_name">Galaxy Grove Rewards</string>
    <string name="facebook_app_id">@@appid@@</string>
    <string name="fb_login_protocol_scheme">fb@@appid@@</string>
    <string name="facebook_client_token">@@ct@@</string>
    <string name="default_web_client_id">@@num@@-@@oc@@.apps.googleusercontent.com</string>
    <string name="scan_card_hint">Scan the barcode on the back of your game card</string>
    <string name="points_balance">%1$d points</string>
</resources>
""", appid=str(_rng().randint(10**14, 10**15)), ct=hexs(32), num=str(_rng().randint(10**11, 10**12)), oc=draw(32, LOWALNUM))

# ---------------------------------------------------------------------------------------------
# CCTV: NVRs, IP cameras, video archive, cloud video management.
# ---------------------------------------------------------------------------------------------

add("yaml/camera-password", "cctv/frigate/config.yml", "Frigate NVR camera inputs: RTSP URL with credentials (Frigate docs)",
    """
mqtt:
  host: 10.20.0.15
  user: frigate
  password: "{FRIGATE_MQTT_PASSWORD}"

detectors:
  coral:
    type: edgetpu
    device: usb

cameras:
  cash_office:
    ffmpeg:
      inputs:
        - path: rtsp://viewer:@@secret@@@10.20.60.21:554/Streaming/Channels/101
          roles: [record]
        - path: rtsp://viewer:@@secret@@@10.20.60.21:554/Streaming/Channels/102
          roles: [detect]
    detect: {width: 640, height: 360, fps: 5}
    objects:
      track: [person]
    record:
      enabled: true
      retain: {days: 30, mode: all}
  prize_counter:
    ffmpeg:
      inputs:
        - path: rtsp://10.20.60.22:554/live
          roles: [record, detect]
    record:
      enabled: true
      retain: {days: 14, mode: motion}
""", secret=rand_pw(14))

add("shell/camera-password", "cctv/scripts/snapshot-all.sh", "ffmpeg RTSP input URL with credentials (ffmpeg protocols docs)",
    """
#!/usr/bin/env bash
# Grabs one frame from every camera for the morning open checklist (is anything black/tilted?)
set -u
OUT=/srv/cctv/snapshots/$(date +%F)
mkdir -p "$OUT"

while read -r name ip; do
  [ -z "$name" ] && continue
  ffmpeg -nostdin -loglevel error -rtsp_transport tcp \\
    -i "rtsp://admin:@@secret@@@${ip}:554/cam/realmonitor?channel=1&subtype=0" \\
    -frames:v 1 -q:v 3 "$OUT/${name}.jpg" || echo "FAILED $name ($ip)"
done <<'CAMS'
entrance 10.30.60.11
arcade_floor_n 10.30.60.12
arcade_floor_s 10.30.60.13
prize_counter 10.30.60.14
cash_office 10.30.60.15
CAMS

ls -1 "$OUT" | wc -l
""", secret=words_pw("._-"))

add("python/camera-password", "cctv/tools/hik_time_sync.py", "requests HTTPDigestAuth against Hikvision ISAPI",
    '''
"""Sets every Hikvision camera to NTP and the right timezone (ISAPI /System/time)."""
import sys

import requests
from requests.auth import HTTPDigestAuth

CAMERAS = ["10.20.60.21", "10.20.60.23", "10.20.60.24", "10.20.60.25"]
AUTH = HTTPDigestAuth("admin", "@@secret@@")

TIME_XML = """<?xml version="1.0" encoding="UTF-8"?>
<Time><timeMode>NTP</timeMode><timeZone>CST6CDT,M3.2.0/02:00:00,M11.1.0/02:00:00</timeZone></Time>"""


def main() -> int:
    failed = 0
    for ip in CAMERAS:
        r = requests.put(f"http://{ip}/ISAPI/System/time", data=TIME_XML, auth=AUTH, timeout=5)
        ok = r.status_code == 200
        failed += not ok
        print(f"{ip}: {'ok' if ok else r.status_code}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
''', secret=words_pw())

add("csv/camera-password", "docs/cctv/camera_inventory.csv", "Camera inventory spreadsheet export with logins",
    """
site,camera,model,ip,mac,nvr_channel,username,password,location_notes
eastgate,EG-CAM-01,Dahua IPC-HDW2431T,10.30.60.11,@@m1@@,1,admin,@@secret@@,front entrance
eastgate,EG-CAM-02,Dahua IPC-HDW2431T,10.30.60.12,@@m2@@,2,admin,@@secret@@,arcade floor north
eastgate,EG-CAM-03,Dahua IPC-HDW2431T,10.30.60.13,@@m3@@,3,admin,@@secret@@,arcade floor south
eastgate,EG-CAM-04,Dahua IPC-HFW2831S,10.30.60.14,@@m4@@,4,admin,@@secret@@,prize counter
eastgate,EG-CAM-05,Dahua IPC-HDBW2431R,10.30.60.15,@@m5@@,5,admin,@@secret@@,cash office
""", secret=words_pw("._-"), m1=mac(), m2=mac(), m3=mac(), m4=mac(), m5=mac())

add("markdown/nvr-password", "docs/cctv/README.md", "CCTV runbook with the recorder logins in a table",
    """
# CCTV

Each site has one NVR on the CCTV VLAN (60). Cameras record continuously; retention 30 days
(cash office, prize counter) or 14 days (floor).

| Site | NVR | IP | Web login |
|------|-----|----|-----------|
| Riverside | Hikvision DS-7732NI-K4 | 10.20.60.2 | admin / @@secret@@ |
| Eastgate | Dahua NVR5232-4KS2 | 10.30.60.2 | admin / (same) |
| Lakeshore | Hikvision DS-7616NI-K2 | 10.50.60.2 | admin / (same) |

## Exporting footage for an incident
1. Log into the NVR web page from the office PC (the CCTV VLAN is not reachable elsewhere).
2. Playback > pick camera + time > Clip > Export to USB (exFAT stick in the manager's drawer).
3. Log it in the incident sheet with the police reference number.

## Retention check
The Monday checklist includes `scripts/snapshot-all.sh` and a look at HDD status on each NVR.
""", secret=words_pw("!#$%*"))

add("json/verkada-api-key", "cctv/verkada/alerts-bridge.json", "Verkada API key (x-api-key header) for the alerts bridge",
    """
{
  "verkada": {
    "region": "api.verkada.com",
    "orgId": "@@org@@",
    "apiKey": "@@secret@@",
    "cameras": {
      "LS-ENTRANCE": "@@c1@@",
      "LS-CASH-OFFICE": "@@c2@@"
    }
  },
  "alerts": {
    "after_hours_motion": {"from": "23:30", "to": "07:00", "notify": "#security"},
    "cash_office_door": {"always": true, "notify": "#security"}
  }
}
""", secret="vkd_api_" + hexs(32), org=uuid_s(), c1=uuid_s(), c2=uuid_s())

add("terraform/backblaze-application-key", "infra/cctv-archive/main.tf", "Backblaze B2 Terraform provider: application_key_id / application_key",
    """
terraform {
  required_providers {
    b2 = {
      source  = "Backblaze/b2"
      version = "~> 0.8"
    }
  }
}

provider "b2" {
  application_key_id = "005@@kid@@0000000007"
  application_key    = "@@secret@@"
}

resource "b2_bucket" "cctv_archive" {
  bucket_name = "ggf-cctv-archive"
  bucket_type = "allPrivate"

  lifecycle_rules {
    file_name_prefix              = "incidents/"
    days_from_uploading_to_hiding = 365
    days_from_hiding_to_deleting  = 30
  }

  default_server_side_encryption {
    mode      = "SSE-B2"
    algorithm = "AES256"
  }
}
""", secret="K005" + draw(27, URLSAFE.replace("-", "").replace("_", "")), kid=hexs(12))

add("env/aws-secret-access-key", "cctv/archiver/.env", "AWS CLI / SDK environment variables (AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY)",
    """
# nightly incident-clip archiver on the Lakeshore NVR box
ARCHIVE_BUCKET=ggf-cctv-incidents
AWS_DEFAULT_REGION=us-east-2
AWS_ACCESS_KEY_ID=@@kid@@
AWS_SECRET_ACCESS_KEY=@@secret@@
CLIP_DIR=/mnt/nvr/export
KEEP_LOCAL_DAYS=3
""", secret=aws_secret(), kid=aws_id())

add("xml/onvif-password", "cctv/vms/DeviceProfiles.xml", "Video management device profile with ONVIF credentials",
    """
<?xml version="1.0" encoding="utf-8"?>
<DeviceProfiles site="riverside">
  <Recorder name="RS-VMS01" address="10.20.60.3" />
  <Device name="RS-CAM-07" model="AXIS M3106-L Mk II" address="10.20.60.27">
    <Onvif port="80" profile="profile_1_h264">
      <UserName>vms</UserName>
      <Password>@@secret@@</Password>
    </Onvif>
    <Recording mode="Continuous" retentionDays="14" />
  </Device>
  <Device name="RS-CAM-08" model="AXIS M3106-L Mk II" address="10.20.60.28">
    <Onvif port="80" profile="profile_1_h264" credentialRef="RS-CAM-07" />
    <Recording mode="Motion" retentionDays="14" />
  </Device>
</DeviceProfiles>
""", secret=rand_pw(16))

add("log/camera-password", "logs/cctv/ffmpeg-timelapse-2024-03-12.log", "ffmpeg prints its input URL (credentials included) in its banner",
    """
ffmpeg version 6.1.1-3ubuntu5 Copyright (c) 2000-2023 the FFmpeg developers
  built with gcc 13 (Ubuntu 13.2.0-23ubuntu3)
  libavutil      58. 29.100 / 58. 29.100
  libavformat    60. 16.100 / 60. 16.100
Input #0, rtsp, from 'rtsp://timelapse:@@secret@@@10.50.60.31:554/Streaming/Channels/101':
  Metadata:
    title           : Media Presentation
  Duration: N/A, start: 0.000000, bitrate: N/A
  Stream #0:0: Video: h264 (Main), yuvj420p(pc, bt709, progressive), 2560x1440, 20 fps, 20 tbr, 90k tbn
Output #0, image2, to '/srv/timelapse/lakeshore/2024-03-12/frame_%05d.jpg':
  Stream #0:0: Video: mjpeg, yuvj420p(pc, bt709, progressive), 2560x1440, q=2-31, 200 kb/s, 0.02 fps
frame=  288 fps=0.0 q=3.0 Lsize=N/A time=03:59:59.95 bitrate=N/A speed=   1x
""", secret=rand_pw(12))

# decoys of the CCTV

add("yaml/decoy-env-substitution", "cctv/frigate/config.lakeshore.yml", "Frigate {FRIGATE_*} environment variable substitution (Frigate docs)",
    """
mqtt:
  host: 10.50.0.15
  user: "{FRIGATE_MQTT_USER}"
  password: "{FRIGATE_MQTT_PASSWORD}"

cameras:
  entrance:
    ffmpeg:
      inputs:
        - path: rtsp://{FRIGATE_RTSP_USER}:{FRIGATE_RTSP_PASSWORD}@10.50.60.11:554/Streaming/Channels/101
          roles: [record, detect]
    detect: {width: 1280, height: 720, fps: 5}
  cash_office:
    ffmpeg:
      inputs:
        - path: rtsp://{FRIGATE_RTSP_USER}:{FRIGATE_RTSP_PASSWORD}@10.50.60.15:554/Streaming/Channels/101
          roles: [record, detect]
    record:
      retain: {days: 30, mode: all}
""")

add("csv/decoy-asset-inventory", "docs/cctv/riverside_cameras.csv", "Camera asset list without logins (serials, MACs, firmware)",
    """
camera,model,serial,ip,mac,firmware,installed,warranty_until
RS-CAM-01,DS-2CD2143G2-I,DS-2CD2143G2-I20230417AAWR@@s1@@,10.20.60.21,@@m1@@,V5.7.13 build 230217,2023-05-02,2026-05-02
RS-CAM-02,DS-2CD2143G2-I,DS-2CD2143G2-I20230417AAWR@@s2@@,10.20.60.22,@@m2@@,V5.7.13 build 230217,2023-05-02,2026-05-02
RS-CAM-03,DS-2CD2387G2-LU,DS-2CD2387G2-LU20230712AAWR@@s3@@,10.20.60.23,@@m3@@,V5.7.15 build 230804,2023-08-21,2026-08-21
RS-CAM-07,AXIS M3106-L Mk II,ACCC8E@@s4@@,10.20.60.27,@@m4@@,10.12.220,2022-11-09,2025-11-09
""", s1=draw(9, UPALNUM), s2=draw(9, UPALNUM), s3=draw(9, UPALNUM), s4=draw(6, UPHEX),
    m1=mac(), m2=mac(), m3=mac(), m4=mac())

add("markdown/decoy-placeholder", "docs/cctv/new-camera.md", "Camera onboarding runbook with placeholders",
    """
# Adding a camera

1. Patch the camera into a PoE port on the CCTV switch (VLAN 60).
2. Activate it with SADP / ConfigTool. Choose a new password of at least 16 characters and store
   it in 1Password (vault **CCTV**, one item per site); never reuse the NVR password.
3. Add it on the NVR: *Camera > IP Camera > Add*, protocol ONVIF, user `vms`, password
   `<from 1Password>`.
4. Add the stream to Frigate:

   ```yaml
   - path: rtsp://{FRIGATE_RTSP_USER}:{FRIGATE_RTSP_PASSWORD}@<camera-ip>:554/Streaming/Channels/101
   ```

5. Update `docs/cctv/riverside_cameras.csv` (no passwords in that file).
""")

add("log/decoy-event-ids", "logs/cctv/nvr-events-2024-03-14.log", "NVR event export (event ids, channel numbers, disk serials)",
    """
2024-03-14 02:11:07 | VMD start    | ch 05 cash_office | event 0x@@e1@@
2024-03-14 02:11:19 | VMD stop     | ch 05 cash_office | event 0x@@e1@@
2024-03-14 06:58:40 | HDD warning  | disk 2 serial WD-WX@@d1@@ | reallocated sectors 8
2024-03-14 07:02:13 | Login        | user admin from 10.20.10.44 (web) | session @@sess@@
2024-03-14 07:05:56 | Export       | ch 05 01:55-02:20 to USB | sha1 @@sha@@
2024-03-14 07:06:30 | Logout       | user admin | session @@sess@@
""", e1=draw(8, UPHEX), d1=draw(10, UPALNUM), sess=hexs(16), sha=hexs(40))

add("json/decoy-ids", "cctv/verkada/cameras.json", "Verkada camera list (camera ids, serials, site ids)",
    """
{
  "cameras": [
    {"camera_id": "@@c1@@", "name": "LS-ENTRANCE", "model": "CD42", "serial": "@@s1@@", "site_id": "@@site@@"},
    {"camera_id": "@@c2@@", "name": "LS-CASH-OFFICE", "model": "CD42", "serial": "@@s2@@", "site_id": "@@site@@"},
    {"camera_id": "@@c3@@", "name": "LS-PRIZE-COUNTER", "model": "CF81-E", "serial": "@@s3@@", "site_id": "@@site@@"}
  ],
  "next_page_token": null
}
""", c1=uuid_s(), c2=uuid_s(), c3=uuid_s(), s1=draw(12, UPALNUM), s2=draw(12, UPALNUM), s3=draw(12, UPALNUM), site=uuid_s())

add("python/decoy-keyring", "cctv/tools/dahua_reboot.py", "Python keyring.get_password (OS credential store)",
    '''
"""Reboots a stuck Dahua camera via its CGI API. Credentials come from the OS keyring."""
import sys

import keyring
import requests
from requests.auth import HTTPDigestAuth

SERVICE = "ggf-cctv"


def reboot(ip: str, user: str = "admin") -> bool:
    password = keyring.get_password(SERVICE, f"{user}@{ip}")
    if password is None:
        sys.exit(f"no keyring entry for {user}@{ip}; run: keyring set {SERVICE} {user}@{ip}")
    r = requests.get(f"http://{ip}/cgi-bin/magicBox.cgi?action=reboot", auth=HTTPDigestAuth(user, password), timeout=5)
    return r.status_code == 200


if __name__ == "__main__":
    print("ok" if reboot(sys.argv[1]) else "failed")
''')

# ---------------------------------------------------------------------------------------------
# Office IT: Microsoft 365, network gear, directory, CI, cloud, chat-ops and the help desk.
# ---------------------------------------------------------------------------------------------

add("powershell/azure-client-secret", "it/scripts/Sync-StaffGroups.ps1", "Connect-MgGraph -ClientSecretCredential (Microsoft Graph PowerShell docs)",
    """
<#
  Adds new hires from the HR export to the right Microsoft 365 groups (site + role).
  Runs nightly on IT-UTIL01 as a scheduled task.
#>
param([string]$Export = "\\\\ggf-nas01\\hr\\exports\\new-hires.csv")

$tenantId = "@@tenant@@"
$clientId = "@@client@@"
$secret   = ConvertTo-SecureString "@@secret@@" -AsPlainText -Force
$cred     = New-Object System.Management.Automation.PSCredential($clientId, $secret)

Connect-MgGraph -TenantId $tenantId -ClientSecretCredential $cred -NoWelcome

$groups = @{
    "riverside" = "GGF-Riverside-Staff"; "eastgate" = "GGF-Eastgate-Staff"; "lakeshore" = "GGF-Lakeshore-Staff"
}

Import-Csv $Export | ForEach-Object {
    $user  = Get-MgUser -Filter "userPrincipalName eq '$($_.Email)'" -ErrorAction SilentlyContinue
    $group = Get-MgGroup -Filter "displayName eq '$($groups[$_.Site])'"
    if ($user -and $group) {
        New-MgGroupMember -GroupId $group.Id -DirectoryObjectId $user.Id -ErrorAction SilentlyContinue
        Write-Output "added $($_.Email) to $($group.DisplayName)"
    }
}
Disconnect-MgGraph | Out-Null
""", secret=azure_secret(), tenant=uuid_s(), client=uuid_s())

add("ansible/meraki-api-key", "it/ansible/playbooks/meraki-ssids.yml", "cisco.meraki Ansible collection auth_key / meraki_api_key",
    """
- name: Guest and staff SSIDs on every site network
  hosts: localhost
  gather_facts: false
  vars:
    meraki_api_key: "@@secret@@"
    org_name: Galaxy Grove Fun Centers
    site_networks: [GGF-Riverside, GGF-Eastgate, GGF-Lakeshore]
  tasks:
    - name: Guest SSID (captive portal, 10 Mbps per client)
      cisco.meraki.meraki_mr_ssid:
        auth_key: "{{ meraki_api_key }}"
        org_name: "{{ org_name }}"
        net_name: "{{ item }}"
        number: 1
        name: Galaxy Grove Guest
        enabled: true
        auth_mode: open
        splash_page: Click-through splash page
        per_client_bandwidth_limit_down: 10240
      loop: "{{ site_networks }}"

    - name: Staff SSID (802.1X against NPS)
      cisco.meraki.meraki_mr_ssid:
        auth_key: "{{ meraki_api_key }}"
        org_name: "{{ org_name }}"
        net_name: "{{ item }}"
        number: 2
        name: GGF-Staff
        auth_mode: 8021x-radius
      loop: "{{ site_networks }}"
""", secret=hexs(40))

add("ini/ldap-password", "it/linux/sssd.conf", "sssd-ldap ldap_default_bind_dn / ldap_default_authtok (sssd-ldap man page)",
    """
[sssd]
services = nss, pam, ssh
domains = ggf.local

[domain/ggf.local]
id_provider = ldap
auth_provider = ldap
ldap_uri = ldaps://dc01.ggf.local, ldaps://dc02.ggf.local
ldap_search_base = DC=ggf,DC=local
ldap_schema = ad
ldap_id_mapping = true
ldap_default_bind_dn = CN=svc-linux-bind,OU=Service Accounts,DC=ggf,DC=local
ldap_default_authtok_type = password
ldap_default_authtok = @@secret@@
ldap_tls_reqcert = demand
ldap_tls_cacert = /etc/pki/tls/certs/ggf-root-ca.pem
access_provider = simple
simple_allow_groups = linux-admins, arena-techs
cache_credentials = true
""", secret=words_pw())

add("conf/radius-secret", "it/freeradius/clients.conf", "FreeRADIUS clients.conf shared secret (FreeRADIUS docs)",
    """
# Meraki APs and switches authenticating staff Wi-Fi (802.1X)
client meraki-riverside {
    ipaddr = 10.20.0.0/24
    secret = @@secret@@
    shortname = rs-meraki
    nas_type = other
    require_message_authenticator = yes
}

client meraki-eastgate {
    ipaddr = 10.30.0.0/24
    secret = @@secret@@
    shortname = eg-meraki
    require_message_authenticator = yes
}

client localhost {
    ipaddr = 127.0.0.1
    secret = testing123
    shortname = localhost
}
""", secret=draw(28))

add("shell/fortigate-api-token", "it/scripts/fortigate-backup.sh", "FortiOS REST API: Authorization: Bearer <api key>",
    """
#!/bin/bash
# Weekly config backup of the three site firewalls into the IT share.
set -euo pipefail

TOKEN="@@secret@@"
DEST=/mnt/it-share/network/fortigate/$(date +%Y-%m-%d)
mkdir -p "$DEST"

for fw in fw-riverside.ggf.local fw-eastgate.ggf.local fw-lakeshore.ggf.local; do
  curl -fsSk -H "Authorization: Bearer ${TOKEN}" \\
    "https://${fw}/api/v2/monitor/system/config/backup?scope=global" \\
    -o "${DEST}/${fw%%.*}.conf"
  echo "backed up ${fw}"
done

find /mnt/it-share/network/fortigate -maxdepth 1 -type d -mtime +90 -exec rm -rf {} +
""", secret=draw(30))

add("markdown/m365-admin-password", "it/docs/handover-2024-02.md", "IT handover note listing a break-glass admin login",
    """
# IT handover (Feb 2024) - from Chris to the new IT coordinator

## Accounts you now own
- Microsoft 365 global admin: your own `@galaxygrove-fun.com` account (PIM, activate when needed).
- Break-glass account `breakglass@galaxygrovefun.onmicrosoft.com`, excluded from MFA/CA:
  password is `@@secret@@` - please rotate it and move it to the sealed envelope in the safe.
- Meraki dashboard, FortiGate, UniFi: invited you with your email.

## Things in flight
1. Lakeshore switch stack firmware (scheduled 12 Mar, 06:00).
2. Laser tag controller at Eastgate needs a static DHCP lease (MAC on the ticket).
3. Renew the wildcard certificate before 28 April (DigiCert, auto-renew is off).

## Vendors
| What | Who | How |
|------|-----|-----|
| Card system | Embed support | portal, 24/7 phone |
| CCTV | local integrator (SecureView) | email, next-day |
| Internet | Comcast Business | account in the finance binder |
""", secret=words_pw())

add("github-actions/pypi-token", ".github/workflows/release-cardtools.yml", "pypa/gh-action-pypi-publish with an API token as password",
    """
name: release ggf-cardtools
on:
  push:
    tags: ["cardtools-v*"]

jobs:
  publish:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-python@v5
        with:
          python-version: "3.12"
      - run: python -m pip install build
      - run: python -m build tools/cardtools
      - name: Publish to PyPI
        uses: pypa/gh-action-pypi-publish@release/v1
        with:
          packages-dir: tools/cardtools/dist
          user: __token__
          password: @@secret@@
""", secret=fakes.pypi_token(_seed()))

add("ini/pypi-token", "tools/cardtools/.pypirc", ".pypirc [pypi] username __token__ / password (PyPI docs)",
    """
[distutils]
index-servers =
    pypi
    internal

[pypi]
username = __token__
password = @@secret@@

[internal]
repository = https://pypi.ggf.local/
username = ci-publisher
""", secret=fakes.pypi_token(_seed()))

add("shell/github-token", "it/scripts/clone-config-repos.sh", "git clone over HTTPS with a token in the URL (GitHub docs)",
    """
#!/usr/bin/env bash
# Pulls the config repos onto a freshly imaged site server.
set -euo pipefail
DEST=/opt/ggf
mkdir -p "$DEST"
cd "$DEST"

for repo in site-configs reader-bridge arena-scoreboard kiosk-fleet; do
  if [ -d "$repo/.git" ]; then
    git -C "$repo" pull --ff-only
  else
    git clone "https://ggf-deploy:@@secret@@@github.com/galaxygrove/${repo}.git"
  fi
done
""", secret=fakes.github_token(_seed()))

add("yaml/github-token", ".gitlab-ci.yml", "GitLab CI variables (a literal GitHub fine-grained token)",
    """
stages: [test, mirror]

variables:
  PIP_CACHE_DIR: "$CI_PROJECT_DIR/.cache/pip"
  GITHUB_MIRROR_TOKEN: "@@secret@@"

test:
  stage: test
  image: python:3.12
  script:
    - pip install -r requirements.txt
    - pytest -q

mirror-to-github:
  stage: mirror
  image: alpine/git
  rules:
    - if: $CI_COMMIT_BRANCH == "main"
  script:
    - git push --force "https://oauth2:${GITHUB_MIRROR_TOKEN}@github.com/galaxygrove/site-configs.git" HEAD:main
""", secret=fakes.github_fine_grained_token(_seed()))

add("terraform/cloudflare-api-token", "infra/dns/provider.tf", "Cloudflare Terraform provider api_token",
    """
terraform {
  required_providers {
    cloudflare = {
      source  = "cloudflare/cloudflare"
      version = "~> 4.25"
    }
  }
  backend "s3" {
    bucket = "ggf-terraform-state"
    key    = "dns/terraform.tfstate"
    region = "us-east-2"
  }
}

provider "cloudflare" {
  api_token = "@@secret@@"
}

data "cloudflare_zone" "main" {
  name = "galaxygrove-fun.com"
}

resource "cloudflare_record" "book" {
  zone_id = data.cloudflare_zone.main.id
  name    = "book"
  type    = "CNAME"
  value   = "cname.vercel-dns.com"
  proxied = false
}
""", secret=draw(40, URLSAFE))

add("env/slack-bot-token", "it/opsbot/.env", "Slack bot token (xoxb-) for an ops bot",
    """
# opsbot: posts reader-offline and kiosk-offline alerts, answers /balance lookups for managers
SLACK_BOT_TOKEN=@@secret@@
SLACK_SIGNING_SECRET_FILE=/etc/opsbot/signing_secret
SLACK_ALERT_CHANNEL=C05QK8L2J9A
CARD_API_URL=https://loyalty-api.galaxygrove-fun.com/internal
ALERT_QUIET_HOURS=23-7
""", secret=slack_bot())

add("python/slack-webhook", "it/monitoring/check_readers.py", "Slack incoming webhook URL (Slack docs)",
    '''
"""Posts to #site-ops when more than 5% of a site's game readers are offline."""
import requests

SITES = {"riverside": "https://cards-rs.ggf.local:8443", "eastgate": "https://cards-eg.ggf.local:8443",
         "lakeshore": "https://cards-ls.ggf.local:8443"}
WEBHOOK = "@@secret@@"


def offline_ratio(base: str) -> float:
    readers = requests.get(f"{base}/api/readers", timeout=10, verify="/etc/ssl/ggf-root-ca.pem").json()
    return sum(1 for r in readers if r["status"] != "online") / max(1, len(readers))


def main() -> None:
    for site, base in SITES.items():
        ratio = offline_ratio(base)
        if ratio > 0.05:
            requests.post(WEBHOOK, json={"text": f":warning: {site}: {ratio:.0%} of game readers offline"}, timeout=10)


if __name__ == "__main__":
    main()
''', secret=slack_webhook())

add("json/teams-webhook", "it/monitoring/notify.json", "Microsoft Teams incoming webhook URL (webhook.office.com)",
    """
{
  "channels": {
    "it-alerts": {
      "type": "teams",
      "url": "https://galaxygrovefun.webhook.office.com/webhookb2/@@g1@@@@@tenant@@/IncomingWebhook/@@secret@@/@@g2@@/V2@@v2@@"
    },
    "managers": {
      "type": "email",
      "to": ["managers@galaxygrove-fun.com"]
    }
  },
  "rules": [
    {"match": "backup.failed", "notify": ["it-alerts"]},
    {"match": "kiosk.offline", "notify": ["it-alerts", "managers"], "afterMinutes": 20}
  ]
}
""", secret=hexs(32), g1=uuid_s(), tenant=uuid_s(), g2=uuid_s(), v2=draw(45, URLSAFE))

add("python/telegram-bot-token", "it/alerts/telegram_notify.py", "python-telegram-bot / Bot API token (BotFather)",
    '''
"""Sends after-hours alarm events (cash office door, NVR disk) to the managers' Telegram group."""
import sys

import requests

BOT_TOKEN = "@@secret@@"
CHAT_ID = -1001987654321


def send(text: str) -> None:
    r = requests.post(
        f"https://api.telegram.org/bot{BOT_TOKEN}/sendMessage",
        json={"chat_id": CHAT_ID, "text": text, "disable_web_page_preview": True},
        timeout=10,
    )
    r.raise_for_status()


if __name__ == "__main__":
    send(" ".join(sys.argv[1:]) or "test from telegram_notify.py")
''', secret=fakes.telegram_token(_seed()))

add("dockerfile/aws-secret-access-key", "it/backup/Dockerfile", "Dockerfile ENV with AWS credentials",
    """
FROM alpine:3.19
RUN apk add --no-cache restic aws-cli tzdata bash
ENV TZ=America/Chicago \\
    RESTIC_REPOSITORY=s3:s3.us-east-2.amazonaws.com/ggf-office-backups \\
    RESTIC_PASSWORD_FILE=/run/secrets/restic_password \\
    AWS_ACCESS_KEY_ID=@@kid@@ \\
    AWS_SECRET_ACCESS_KEY=@@secret@@
COPY backup.sh /usr/local/bin/backup.sh
RUN chmod +x /usr/local/bin/backup.sh
VOLUME ["/data"]
ENTRYPOINT ["/usr/local/bin/backup.sh"]
""", secret=aws_secret(), kid=aws_id())

add("k8s-secret/smtp-password", "deploy/k8s/it/smtp-relay-secret.yaml", "Kubernetes Secret data (base64)",
    """
apiVersion: v1
kind: Secret
metadata:
  name: smtp-relay
  namespace: it-tools
  annotations:
    owner: it@galaxygrove-fun.com
type: Opaque
data:
  SMTP_HOST: @@host@@
  SMTP_PORT: NTg3
  SMTP_USERNAME: @@user@@
  SMTP_PASSWORD: @@enc@@
""", secret=(_sp := words_pw()), host=b64("smtp.office365.com"), user=b64("alerts@galaxygrove-fun.com"), enc=b64(_sp))

add("compose/redis-password", "it/netbox/docker-compose.override.yml", "Redis --requirepass on the command line (Redis docs)",
    """
services:
  netbox:
    environment:
      REDIS_HOST: redis
      REDIS_PASSWORD_FILE: /run/secrets/redis_password
    ports:
      - "127.0.0.1:8000:8080"

  redis:
    image: redis:7-alpine
    command: ["redis-server", "--appendonly", "yes", "--requirepass", "@@secret@@"]
    volumes:
      - netbox-redis-data:/data

  redis-cache:
    image: redis:7-alpine
    command: ["redis-server", "--save", "", "--appendonly", "no"]

volumes:
  netbox-redis-data:
""", secret=fakes.redis_password(_seed()))

add("powershell/windows-service-password", "it/scripts/Install-ReportService.ps1", "PSCredential from ConvertTo-SecureString -AsPlainText (Microsoft docs)",
    """
# Installs the nightly revenue report service under its domain service account.
$svcUser = "GGF\\svc-reports"
$svcPass = ConvertTo-SecureString '@@secret@@' -AsPlainText -Force
$svcCred = New-Object System.Management.Automation.PSCredential ($svcUser, $svcPass)

New-Service -Name "GgfRevenueReports" `
    -BinaryPathName "C:\\Program Files\\GGF\\Reports\\RevenueReports.exe --service" `
    -DisplayName "GGF Revenue Reports" `
    -StartupType Automatic `
    -Credential $svcCred

Start-Service GgfRevenueReports
Get-Service GgfRevenueReports | Format-List Name, Status, StartType
""", secret=words_pw())

add("shell/smb-password", "it/scripts/pull-pos-exports.sh", "smbclient -U 'user%password' (Samba smbclient man page)",
    """
#!/bin/sh
# Copies the POS end-of-day exports from the Windows back-office PC at each site.
set -e
for site in riverside eastgate lakeshore; do
  mkdir -p /srv/pos-exports/$site
  smbclient "//$site-bo01.ggf.local/Exports" -U 'GGF/svc-exports%@@secret@@' \\
    -c "prompt OFF; recurse OFF; lcd /srv/pos-exports/$site; mget EOD_*.csv; del EOD_*.csv"
done
""", secret=words_pw("!#*@"))

add("xml/maven-repo-password", "kiosk-topup/.mvn/settings.xml", "Maven settings.xml <server> credentials (Maven docs)",
    """
<?xml version="1.0" encoding="UTF-8"?>
<settings xmlns="http://maven.apache.org/SETTINGS/1.2.0"
          xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
          xsi:schemaLocation="http://maven.apache.org/SETTINGS/1.2.0 https://maven.apache.org/xsd/settings-1.2.0.xsd">
  <servers>
    <server>
      <id>ggf-releases</id>
      <username>ci-deployer</username>
      <password>@@secret@@</password>
    </server>
  </servers>
  <mirrors>
    <mirror>
      <id>ggf-releases</id>
      <mirrorOf>*</mirrorOf>
      <url>https://nexus.ggf.local/repository/maven-public/</url>
    </mirror>
  </mirrors>
</settings>
""", secret=rand_pw(24))

add("terraform/azure-storage-key", "infra/office/storage.tf", "Azure Storage connection string with AccountKey",
    """
resource "azurerm_resource_group" "office" {
  name     = "rg-ggf-office"
  location = "centralus"
}

# Storage account created by hand in 2021; Terraform only wires the function app to it.
locals {
  storage_connection = "DefaultEndpointsProtocol=https;AccountName=ggfofficefiles;AccountKey=@@secret@@;EndpointSuffix=core.windows.net"
}

resource "azurerm_linux_function_app" "hr_sync" {
  name                       = "ggf-hr-sync"
  resource_group_name        = azurerm_resource_group.office.name
  location                   = azurerm_resource_group.office.location
  service_plan_id            = azurerm_service_plan.office.id
  storage_account_name       = "ggfofficefiles"
  storage_account_access_key = null

  app_settings = {
    AzureWebJobsStorage      = local.storage_connection
    FUNCTIONS_WORKER_RUNTIME = "python"
  }

  site_config {
    application_stack {
      python_version = "3.11"
    }
  }
}
""", secret=azure_account_key())

add("csharp/azure-sas-key", "Office.Functions/QueueNames.cs", "Azure Service Bus connection string (SharedAccessKeyName / SharedAccessKey)",
    """
namespace Office.Functions
{
    public static class QueueNames
    {
        public const string NewHires = "hr-new-hires";
        public const string Leavers = "hr-leavers";

        // TODO: move to Key Vault reference (ticket IT-412)
        public const string ServiceBus =
            "Endpoint=sb://ggf-office.servicebus.windows.net/;" +
            "SharedAccessKeyName=RootManageSharedAccessKey;" +
            "SharedAccessKey=@@secret@@";
    }
}
""", secret=draw(43, B64) + "=")

add("k8s-secret/registry-password", "deploy/k8s/it/regcred.yaml", "kubernetes.io/dockerconfigjson Secret (base64 of auths with auth = base64(user:password))",
    """
apiVersion: v1
kind: Secret
metadata:
  name: ggf-registry
  namespace: it-tools
type: kubernetes.io/dockerconfigjson
data:
  .dockerconfigjson: @@enc@@
""", secret=(_rp := rand_pw(32)),
    enc=b64(json.dumps({"auths": {"registry.ggf.local": {"username": "k8s-pull", "password": _rp, "auth": b64("k8s-pull:" + _rp)}}})))

add("shell/tailscale-auth-key", "it/scripts/join-tailnet.sh", "tailscale up --authkey (Tailscale docs: auth keys)",
    """
#!/usr/bin/env bash
# Joins a site server to the IT tailnet so we can reach it without the VPN concentrator.
set -euo pipefail
HOSTNAME_TAG="${1:?usage: join-tailnet.sh <site-server-name>}"

curl -fsSL https://tailscale.com/install.sh | sh
sudo tailscale up \\
  --authkey=@@secret@@ \\
  --hostname="$HOSTNAME_TAG" \\
  --advertise-tags=tag:site-server \\
  --ssh
tailscale status
""", secret="tskey-auth-k" + draw(10) + "CNTRL-" + draw(32))

add("python/atlassian-api-token", "it/helpdesk/jira_from_email.py", "Jira Cloud REST API with email + API token (Atlassian docs)",
    '''
"""Turns site managers' emails to it@ into Jira Service Management tickets."""
from jira import JIRA

JIRA_URL = "https://galaxygrove.atlassian.net"
jira = JIRA(server=JIRA_URL, basic_auth=("it-automation@galaxygrove-fun.com",
                                         "@@secret@@"))

SITE_COMPONENTS = {"riverside": "Riverside", "eastgate": "Eastgate", "lakeshore": "Lakeshore"}


def ticket_from(subject: str, body: str, sender: str, site: str) -> str:
    issue = jira.create_issue(
        project="ITSD",
        summary=subject[:250],
        description=f"From: {sender}\\n\\n{body}",
        issuetype={"name": "IT Help"},
        components=[{"name": SITE_COMPONENTS.get(site, "Office")}],
    )
    return issue.key
''', secret="ATATT3xFfGF0" + draw(170, URLSAFE) + "=" + draw(8, UPHEX))

_smtp_pw = words_pw()
add("log/smtp-password", "logs/it/scanner-smtp-debug.log", "SMTP AUTH LOGIN exchange (RFC 4954): username and password in base64",
    """
2024-03-05 08:14:02 connecting to smtp.office365.com:587
2024-03-05 08:14:02 S: 220 SN7PR04CA0157.outlook.office365.com Microsoft ESMTP MAIL Service ready
2024-03-05 08:14:02 C: EHLO ggf-mfp-riverside
2024-03-05 08:14:02 S: 250-SN7PR04CA0157.outlook.office365.com Hello [203.0.113.24]
2024-03-05 08:14:02 S: 250 STARTTLS
2024-03-05 08:14:02 C: STARTTLS
2024-03-05 08:14:03 S: 220 2.0.0 SMTP server ready
2024-03-05 08:14:03 C: AUTH LOGIN
2024-03-05 08:14:03 S: 334 VXNlcm5hbWU6
2024-03-05 08:14:03 C: @@user@@
2024-03-05 08:14:03 S: 334 UGFzc3dvcmQ6
2024-03-05 08:14:03 C: @@secret@@
2024-03-05 08:14:04 S: 235 2.7.0 Authentication successful
2024-03-05 08:14:04 C: MAIL FROM:<scanner-riverside@galaxygrove-fun.com>
2024-03-05 08:14:04 S: 250 2.1.0 Sender OK
""", secret=b64(_smtp_pw), user=b64("scanner-riverside@galaxygrove-fun.com"))

add("go/okta-api-token", "it/offboarding/okta.go", "okta-sdk-golang okta.WithToken (SSWS API token)",
    """
package offboarding

import (
	"context"
	"fmt"

	"github.com/okta/okta-sdk-golang/v2/okta"
)

// Deactivate suspends a leaver in Okta (their apps: ROLLER, Embed portal, Meraki, Jira).
func Deactivate(ctx context.Context, login string) error {
	_, client, err := okta.NewClient(ctx,
		okta.WithOrgUrl("https://galaxygrove.okta.com"),
		okta.WithToken("@@secret@@"),
		okta.WithRequestTimeout(30),
	)
	if err != nil {
		return err
	}
	user, _, err := client.User.GetUser(ctx, login)
	if err != nil {
		return fmt.Errorf("okta: find %s: %w", login, err)
	}
	_, err = client.User.DeactivateUser(ctx, user.Id, nil)
	return err
}
""", secret="00" + draw(40, URLSAFE))

add("env/google-oauth-client-secret", "it/staff-portal/.env.production", "Google OAuth 2.0 client id and secret (GOCSPX-)",
    """
# staff portal (schedules, shift swaps) - sign in with Google Workspace
PORTAL_URL=https://staff.galaxygrove-fun.com
GOOGLE_CLIENT_ID=@@num@@-@@oc@@.apps.googleusercontent.com
GOOGLE_CLIENT_SECRET=@@secret@@
GOOGLE_HOSTED_DOMAIN=galaxygrove-fun.com
SESSION_COOKIE_NAME=ggf_staff
""", secret="GOCSPX-" + draw(28, URLSAFE), num=str(_rng().randint(10**11, 10**12)), oc=draw(32, LOWALNUM))

# decoys of the office IT

add("powershell/decoy-key-vault-reference", "it/scripts/Rotate-BreakGlass.ps1", "Az.KeyVault Get-AzKeyVaultSecret / Set-AzKeyVaultSecret",
    """
# Rotates the break-glass password: generates one, stores it in Key Vault, prints nothing.
Connect-AzAccount -Identity | Out-Null

$vault = "kv-ggf-it"
$name  = "breakglass-password"

Add-Type -AssemblyName System.Web
$new = [System.Web.Security.Membership]::GeneratePassword(32, 6)
$secure = ConvertTo-SecureString $new -AsPlainText -Force
Remove-Variable new

Set-AzKeyVaultSecret -VaultName $vault -Name $name -SecretValue $secure -ContentType "password" | Out-Null
Update-MgUser -UserId "breakglass@galaxygrovefun.onmicrosoft.com" -PasswordProfile @{
    Password = (Get-AzKeyVaultSecret -VaultName $vault -Name $name -AsPlainText)
    ForceChangePasswordNextSignIn = $false
}
Write-Output "rotated $name (version $((Get-AzKeyVaultSecret -VaultName $vault -Name $name).Version))"
""")

add("json/decoy-keyvault-reference", "Office.Functions/appsettings.json", "App Service Key Vault references (@Microsoft.KeyVault(SecretUri=...))",
    """
{
  "Logging": {
    "LogLevel": {"Default": "Information", "Microsoft.AspNetCore": "Warning"}
  },
  "ServiceBus": {
    "ConnectionString": "@Microsoft.KeyVault(SecretUri=https://kv-ggf-it.vault.azure.net/secrets/servicebus-office/)"
  },
  "Graph": {
    "TenantId": "@@tenant@@",
    "ClientId": "@@client@@",
    "ClientSecret": "@Microsoft.KeyVault(VaultName=kv-ggf-it;SecretName=graph-hr-sync)"
  },
  "HrExport": {
    "Share": "\\\\\\\\ggf-nas01\\\\hr\\\\exports",
    "Schedule": "0 30 2 * * *"
  }
}
""", tenant=uuid_s(), client=uuid_s())

add("text/decoy-public-key", "it/linux/authorized_keys", "OpenSSH authorized_keys: public keys only",
    """
# IT admins - managed by ansible (roles/base/files/authorized_keys), do not edit on the host
ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI@@k1@@ chris@it-laptop-01
ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI@@k2@@ dana@it-laptop-02
ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABgQ@@k3@@ ansible@ops01
# break-glass key, private half in the safe
ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI@@k4@@ breakglass
""", k1=draw(43, B64), k2=draw(43, B64), k3=draw(510, B64) + "=", k4=draw(43, B64))

add("pem/decoy-certificate", "it/certs/ggf-root-ca.pem", "PEM X.509 certificate (public)",
    """
# Galaxy Grove internal root CA (valid 2022-2032). Public: install on every site PC and server.
@@c1@@
""", c1=cert_pem())

add("json/decoy-integrity-hashes", "booking-widget/package-lock.json", "npm package-lock integrity (SHA-512 Subresource Integrity)",
    """
{
  "name": "booking-widget",
  "version": "2.14.0",
  "lockfileVersion": 3,
  "requires": true,
  "packages": {
    "": {
      "name": "booking-widget",
      "version": "2.14.0",
      "dependencies": {"@stripe/stripe-js": "^2.4.0", "react-google-recaptcha": "^3.1.0"}
    },
    "node_modules/@stripe/stripe-js": {
      "version": "2.4.0",
      "resolved": "https://registry.npmjs.org/@stripe/stripe-js/-/stripe-js-2.4.0.tgz",
      "integrity": "sha512-@@i1@@=="
    },
    "node_modules/react-google-recaptcha": {
      "version": "3.1.0",
      "resolved": "https://registry.npmjs.org/react-google-recaptcha/-/react-google-recaptcha-3.1.0.tgz",
      "integrity": "sha512-@@i2@@==",
      "dependencies": {"prop-types": "^15.5.0", "react-async-script": "^1.2.0"}
    }
  }
}
""", i1=draw(86, B64), i2=draw(86, B64))

add("text/decoy-lfs-pointer", "docs/floorplans/riverside-floorplan.pdf", "Git LFS pointer file (oid sha256)",
    """
version https://git-lfs.github.com/spec/v1
oid sha256:@@oid@@
size 4821937
ext-0-checksum sha256:@@oid2@@
x-ggf-owner facilities
""", oid=sha256(), oid2=sha256())

add("go/decoy-env-reference", "it/mfp-relay/config.go", "os.Getenv / os.LookupEnv configuration",
    """
package main

import (
	"fmt"
	"os"
)

type config struct {
	Host, User, Pass string
}

// loadConfig reads the relay credentials from the environment (systemd EnvironmentFile).
func loadConfig() (config, error) {
	c := config{Host: os.Getenv("RELAY_HOST"), User: os.Getenv("RELAY_USER")}
	pass, ok := os.LookupEnv("RELAY_PASSWORD")
	if !ok || pass == "" {
		return c, fmt.Errorf("RELAY_PASSWORD is not set")
	}
	c.Pass = pass
	if c.Host == "" {
		c.Host = "smtp.office365.com"
	}
	return c, nil
}
""")

add("rust/decoy-env-reference", "loyalty-webhooks/src/config.rs", "std::env::var configuration",
    """
use std::env;

pub struct Config {
    pub listen: String,
    pub card_events_secret: Vec<u8>,
    pub database_url: String,
}

impl Config {
    pub fn from_env() -> Result<Self, env::VarError> {
        Ok(Self {
            listen: env::var("LISTEN").unwrap_or_else(|_| "0.0.0.0:8099".into()),
            card_events_secret: env::var("CARD_EVENTS_SECRET")?.into_bytes(),
            database_url: env::var("DATABASE_URL")?,
        })
    }
}
""")

add("github-actions/decoy-oidc-role", ".github/workflows/infra-plan.yml", "GitHub OIDC to AWS (no long-lived keys)",
    """
name: terraform plan
on:
  pull_request:
    paths: ["infra/**"]

permissions:
  id-token: write
  contents: read
  pull-requests: write

jobs:
  plan:
    runs-on: ubuntu-latest
    strategy:
      matrix:
        stack: [kiosk-backend, dns, cctv-archive, office]
    steps:
      - uses: actions/checkout@v4
      - uses: aws-actions/configure-aws-credentials@v4
        with:
          role-to-assume: arn:aws:iam::318274650192:role/gha-terraform-plan
          aws-region: us-east-2
      - uses: hashicorp/setup-terraform@v3
      - run: terraform -chdir=infra/${{ matrix.stack }} init -input=false
      - run: terraform -chdir=infra/${{ matrix.stack }} plan -input=false -no-color
        env:
          TF_VAR_db_password: ${{ secrets.KIOSK_DB_PASSWORD }}
          CLOUDFLARE_API_TOKEN: ${{ secrets.CLOUDFLARE_API_TOKEN }}
""")

add("terraform/decoy-secret-data-source", "infra/office/secrets.tf", "aws_secretsmanager_secret_version data source",
    """
data "aws_secretsmanager_secret" "restic" {
  name = "office/backup/restic"
}

data "aws_secretsmanager_secret_version" "restic" {
  secret_id = data.aws_secretsmanager_secret.restic.id
}

locals {
  restic = jsondecode(data.aws_secretsmanager_secret_version.restic.secret_string)
}

resource "aws_ecs_task_definition" "backup" {
  family                   = "office-backup"
  requires_compatibilities = ["FARGATE"]
  cpu                      = 512
  memory                   = 1024
  network_mode             = "awsvpc"
  container_definitions = jsonencode([{
    name  = "backup"
    image = "318274650192.dkr.ecr.us-east-2.amazonaws.com/office-backup:1.4.0"
    secrets = [
      { name = "RESTIC_PASSWORD", valueFrom = "${data.aws_secretsmanager_secret.restic.arn}:password::" }
    ]
  }])
}
""")

add("ansible/decoy-vault-lookup", "it/ansible/group_vars/site_servers.yml", "community.hashi_vault lookup for credentials",
    """
# Site servers (one per venue). Credentials are read from HashiCorp Vault at run time.
ansible_user: ansible
ansible_become: true

ntp_servers: [10.20.0.1, 10.30.0.1, 10.50.0.1]
timezone: America/Chicago

ldap_bind_password: "{{ lookup('community.hashi_vault.hashi_vault', 'secret=kv/data/it/ldap:bind_password url=https://vault.ggf.local:8200') }}"
smtp_relay_password: "{{ lookup('community.hashi_vault.hashi_vault', 'secret=kv/data/it/smtp:password url=https://vault.ggf.local:8200') }}"
nas_backup_password: "{{ vault_nas_backup_password }}"

backup_paths:
  - /opt/ggf
  - /srv/exports
""")

add("markdown/decoy-password-policy", "it/docs/password-policy.md", "Password policy document (no credentials)",
    """
# Password policy (all staff and service accounts)

- Minimum length **14** for staff, **24** for service accounts, generated by 1Password.
- No reuse across systems; never shared over chat or email - share a 1Password item instead.
- Device default passwords (cameras, readers, kiosks, arena controllers) are changed on install.
  Typical factory defaults we see: `admin/12345` (older cameras), `admin/admin`, blank. All banned.
- Rotation: on staff departure for any shared login, and yearly for service accounts.
- MFA required for Microsoft 365, ROLLER, Stripe, Meraki, FortiGate, and the card system portals.

| Account type | Length | Rotation | Store |
|--------------|--------|----------|-------|
| Staff | 14+ | on compromise | personal vault |
| Shared site login | 16+ | on departure | site vault |
| Service account | 24+ | yearly | IT vault / Key Vault |
| Device | 16+ | on departure of a tech | CCTV / Devices vault |
""")

add("shell/decoy-read-prompt", "it/scripts/reset-kiosk-admin.sh", "read -s prompt for a password at run time",
    """
#!/usr/bin/env bash
# Sets a new maintenance password on a kiosk. The password is typed, never stored in this script.
set -euo pipefail
KIOSK="${1:?usage: reset-kiosk-admin.sh <kiosk-host>}"

read -r -s -p "New maintenance password for ${KIOSK}: " NEWPASS; echo
read -r -s -p "Again: " AGAIN; echo
[ "$NEWPASS" = "$AGAIN" ] || { echo "passwords differ"; exit 1; }
[ "${#NEWPASS}" -ge 12 ] || { echo "too short (12+)"; exit 1; }

HASH=$(printf '%s' "$NEWPASS" | openssl dgst -sha256 -r | cut -d' ' -f1)
ssh "kiosk@${KIOSK}" "sudo kioskctl set-maintenance-hash ${HASH}"
unset NEWPASS AGAIN
echo "updated ${KIOSK}"
""")

add("dockerfile/decoy-build-secret-mount", "loyalty-backend/Dockerfile", "BuildKit RUN --mount=type=secret (Docker docs)",
    """
# syntax=docker/dockerfile:1.6
FROM node:20-alpine AS deps
WORKDIR /app
COPY package.json package-lock.json .npmrc.template ./
RUN --mount=type=secret,id=npm_token \\
    NPM_TOKEN="$(cat /run/secrets/npm_token)" envsubst < .npmrc.template > .npmrc && \\
    npm ci --omit=dev && rm -f .npmrc

FROM node:20-alpine
WORKDIR /app
ENV NODE_ENV=production
COPY --from=deps /app/node_modules ./node_modules
COPY dist ./dist
USER node
EXPOSE 8080
CMD ["node", "dist/server.js"]
""")

add("compose/decoy-env-substitution", "it/netbox/docker-compose.yml", "Compose variable substitution with required values (${VAR:?})",
    """
services:
  netbox:
    image: docker.io/netboxcommunity/netbox:v3.7
    depends_on: [postgres, redis]
    environment:
      DB_HOST: postgres
      DB_NAME: netbox
      DB_USER: netbox
      DB_PASSWORD: ${NETBOX_DB_PASSWORD:?set NETBOX_DB_PASSWORD}
      SECRET_KEY: ${NETBOX_SECRET_KEY:?set NETBOX_SECRET_KEY}
      SUPERUSER_API_TOKEN: ${NETBOX_API_TOKEN:-}
    volumes:
      - netbox-media:/opt/netbox/netbox/media

  postgres:
    image: postgres:16-alpine
    environment:
      POSTGRES_DB: netbox
      POSTGRES_USER: netbox
      POSTGRES_PASSWORD: ${NETBOX_DB_PASSWORD:?set NETBOX_DB_PASSWORD}

volumes:
  netbox-media:
""")

add("k8s-secret/decoy-sealed-secret", "deploy/k8s/it/smtp-relay-sealed.yaml", "Bitnami SealedSecret encryptedData (asymmetric, safe to commit)",
    """
apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata:
  name: smtp-relay
  namespace: it-tools
spec:
  encryptedData:
    SMTP_PASSWORD: AgB@@e1@@
    SMTP_USERNAME: AgC@@e2@@
  template:
    metadata:
      name: smtp-relay
      namespace: it-tools
    type: Opaque
""", e1=draw(600, B64) + "=", e2=draw(600, B64) + "=")

add("csv/decoy-asset-inventory", "it/inventory/laptops.csv", "IT asset register export (serials, MACs, BitLocker key ids)",
    """
asset_tag,user,model,serial,wifi_mac,os,bitlocker_key_id,purchased
GGF-L-0101,jgarcia,Dell Latitude 5440,7QX2LM3,@@m1@@,Windows 11 23H2,@@b1@@,2023-09-14
GGF-L-0102,tnguyen,Dell Latitude 5440,7QX2LM4,@@m2@@,Windows 11 23H2,@@b2@@,2023-09-14
GGF-L-0107,aokafor,Lenovo ThinkPad E14,PF4KX9ZQ,@@m3@@,Windows 11 23H2,@@b3@@,2024-01-22
GGF-L-0110,it-spare,Dell Latitude 3440,9DVB2K1,@@m4@@,Windows 11 23H2,@@b4@@,2024-02-05
""", m1=mac(), m2=mac(), m3=mac(), m4=mac(), b1=uuid_s().upper(), b2=uuid_s().upper(), b3=uuid_s().upper(), b4=uuid_s().upper())

add("log/decoy-key-fingerprints", "logs/it/auth-ops01.log", "sshd auth log (public key fingerprints)",
    """
Mar 18 07:02:11 ops01 sshd[20411]: Accepted publickey for chris from 10.10.5.21 port 52114 ssh2: ED25519 SHA256:@@f1@@
Mar 18 07:02:11 ops01 sshd[20411]: pam_unix(sshd:session): session opened for user chris(uid=1001) by (uid=0)
Mar 18 07:40:52 ops01 sshd[20988]: Accepted publickey for ansible from 10.10.5.30 port 40022 ssh2: RSA SHA256:@@f2@@
Mar 18 08:15:03 ops01 sshd[21544]: Invalid user admin from 198.51.100.77 port 51822
Mar 18 08:15:03 ops01 sshd[21544]: Connection closed by invalid user admin 198.51.100.77 port 51822 [preauth]
Mar 18 09:01:47 ops01 sudo:    chris : TTY=pts/0 ; PWD=/home/chris ; USER=root ; COMMAND=/usr/bin/systemctl restart netbox
""", f1=draw(43, B64), f2=draw(43, B64))

add("toml/decoy-no-credentials", "tools/cardtools/pyproject.toml", "pyproject.toml with a supplemental source and no credentials",
    """
[project]
name = "ggf-cardtools"
version = "1.6.0"
description = "Card number checks, balance exports and reader diagnostics for Galaxy Grove sites"
requires-python = ">=3.10"
dependencies = ["requests>=2.31", "click>=8.1"]

[project.scripts]
cardtools = "cardtools.cli:main"

[build-system]
requires = ["hatchling"]
build-backend = "hatchling.build"

[[tool.poetry.source]]
name = "ggf-internal"
url = "https://pypi.ggf.local/simple/"
priority = "supplemental"
""")

add("csharp/decoy-user-secrets", "Office.Portal/Program.cs", "ASP.NET Core configuration: user secrets in development, Key Vault in production",
    """
using Azure.Identity;

var builder = WebApplication.CreateBuilder(args);

if (builder.Environment.IsDevelopment())
{
    // secrets.json under %APPDATA%\\Microsoft\\UserSecrets\\<UserSecretsId>, never in the repo
    builder.Configuration.AddUserSecrets<Program>();
}
else
{
    builder.Configuration.AddAzureKeyVault(new Uri("https://kv-ggf-it.vault.azure.net/"), new DefaultAzureCredential());
}

builder.Services.AddAuthentication().AddMicrosoftIdentityWebApp(builder.Configuration.GetSection("AzureAd"));
builder.Services.AddRazorPages();

var app = builder.Build();
app.UseHttpsRedirection();
app.UseAuthentication();
app.UseAuthorization();
app.MapRazorPages();
app.Run();
""")

add("java/decoy-spring-placeholder", "booking-service/src/main/java/com/galaxygrove/booking/mail/MailConfig.java", "Spring @Value property placeholders",
    """
package com.galaxygrove.booking.mail;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import com.sendgrid.SendGrid;

@Configuration
public class MailConfig {

    @Value("${sendgrid.api-key}")
    private String apiKey;

    @Value("${booking.mail.from:parties@galaxygrove-fun.com}")
    private String from;

    @Bean
    public SendGrid sendGrid() {
        if (apiKey == null || apiKey.isBlank()) {
            throw new IllegalStateException("sendgrid.api-key is not configured (SENDGRID_API_KEY)");
        }
        return new SendGrid(apiKey);
    }
}
""")

add("php/decoy-env-reference", "site/inc/config.php", "getenv() configuration in PHP",
    """
<?php
// Settings of the legacy PHP pages, from the web server's environment (SetEnv in the vhost).
return [
    'recaptcha_secret' => getenv('RECAPTCHA_SECRET') ?: '',
    'recaptcha_min_score' => 0.5,
    'mail_to' => getenv('PARTY_MAIL_TO') ?: 'parties@galaxygrove-fun.com',
    'db' => [
        'dsn' => getenv('SITE_DB_DSN') ?: 'mysql:host=localhost;dbname=ggf_site',
        'user' => getenv('SITE_DB_USER') ?: 'ggf_site',
        'password' => getenv('SITE_DB_PASSWORD'),
    ],
];
""")

add("xml/decoy-maven-encrypted", "it/ci/maven-settings.xml", "Maven password encryption ({...} encrypted with the master password)",
    """
<?xml version="1.0" encoding="UTF-8"?>
<settings xmlns="http://maven.apache.org/SETTINGS/1.2.0">
  <!-- Password encrypted with `mvn --encrypt-password`; the master password is in the CI
       agent's ~/.m2/settings-security.xml, which is not in this repository. -->
  <servers>
    <server>
      <id>ggf-releases</id>
      <username>ci-deployer</username>
      <password>{@@enc@@}</password>
    </server>
  </servers>
</settings>
""", enc=draw(42, B64) + "=")

add("yaml/decoy-cert-manager", "deploy/k8s/it/certificate.yaml", "cert-manager Certificate (private key generated into a Secret)",
    """
apiVersion: cert-manager.io/v1
kind: Certificate
metadata:
  name: netbox-tls
  namespace: it-tools
spec:
  secretName: netbox-tls
  duration: 2160h
  renewBefore: 360h
  privateKey:
    algorithm: ECDSA
    size: 256
    rotationPolicy: Always
  dnsNames:
    - netbox.ggf.local
  issuerRef:
    name: ggf-internal-ca
    kind: ClusterIssuer
""")

add("notebook/decoy-env-reference", "analytics/token_sales_by_hour.ipynb", "Notebook reading credentials from the environment",
    """
{
 "cells": [
  {
   "cell_type": "code",
   "execution_count": 1,
   "metadata": {},
   "outputs": [],
   "source": [
    "import os\\n",
    "import pandas as pd\\n",
    "from sqlalchemy import create_engine\\n",
    "\\n",
    "engine = create_engine(os.environ[\\"TOPUP_DB_URL\\"])  # set in ~/.config/analytics.env"
   ]
  },
  {
   "cell_type": "code",
   "execution_count": 2,
   "metadata": {},
   "outputs": [],
   "source": [
    "df = pd.read_sql(\\"SELECT date_trunc('hour', created_at) AS hour, site, SUM(amount) AS sales FROM topups GROUP BY 1, 2\\", engine)\\n",
    "df.pivot(index='hour', columns='site', values='sales').tail(48).plot(figsize=(12, 4))"
   ]
  }
 ],
 "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""")

add("markdown/decoy-redacted", "it/docs/incidents/2023-11-stripe-key.md", "Incident report quoting only a redacted key",
    """
# Incident 2023-11-07: Stripe key in a support ticket

**What happened.** A contractor pasted the bookings service's Stripe secret key into a support
ticket with the booking widget vendor. The key (`sk_live_…` ending `Qh3d`) was visible to two
vendor staff for about four hours.

**Response.**
1. 10:12 key rolled in the Stripe dashboard (Developers > API keys > Roll key, expire now).
2. 10:20 new key stored in AWS Secrets Manager `bookings/prod/stripe`; service redeployed.
3. 10:45 Stripe logs reviewed for the exposure window: no requests from unknown IPs.
4. Ticket content deleted by the vendor on request (confirmation in the IT mailbox).

**Follow-ups.** Restricted keys for anything that only needs refunds (done: `rk_live_…` for the
coordinators' refund button); secret scanning on the repos; contractor onboarding note updated.
""")

add("typescript/decoy-test-fixture", "loyalty-app/src/__tests__/api.test.ts", "Jest test with obviously fake tokens",
    """
import { fetchBalance } from "../api";

const FAKE_TOKEN = "test-access-token";

beforeEach(() => {
  global.fetch = jest.fn().mockResolvedValue({
    ok: true,
    json: async () => ({ memberId: "m_123", points: 2450, tier: "silver" }),
  }) as jest.Mock;
});

test("sends the bearer token and parses the balance", async () => {
  const balance = await fetchBalance("m_123", FAKE_TOKEN);
  expect(balance.points).toBe(2450);
  expect(global.fetch).toHaveBeenCalledWith(
    expect.stringContaining("/members/m_123/balance"),
    expect.objectContaining({ headers: { Authorization: `Bearer ${FAKE_TOKEN}` } }),
  );
});
""")

add("ini/decoy-odbc-dsn", "it/reports/odbc.ini", "unixODBC DSN using integrated (Kerberos) authentication",
    """
[CenterEdgeReports]
Driver = ODBC Driver 18 for SQL Server
Server = tcp:CE-SQL01.ggf.local,1433
Database = CenterEdge
Trusted_Connection = yes
Encrypt = yes
TrustServerCertificate = no
ApplicationIntent = ReadOnly

[LoyaltyReports]
Driver = PostgreSQL Unicode
Servername = loyalty-db.ggf.local
Port = 5432
Database = loyalty
SSLmode = require
""")

add("properties/decoy-placeholder", "kiosk-topup/src/main/resources/application.properties", "Spring Boot ${ENV_VAR} placeholders",
    """
spring.application.name=kiosk-topup
spring.datasource.url=${TOPUP_DB_URL:jdbc:mysql://localhost:3306/topup}
spring.datasource.username=${TOPUP_DB_USER:topup_app}
spring.datasource.password=${TOPUP_DB_PASSWORD}
topup.card-server.api-key=${CARD_SERVER_API_KEY}
topup.stripe.secret-key=${STRIPE_SECRET_KEY}
management.endpoint.health.probes.enabled=true
""")

add("swift/decoy-keychain", "LoyaltyApp/Sources/Auth/TokenStore.swift", "Keychain storage of tokens at run time (Security framework)",
    """
import Foundation
import Security

/// Stores the member's refresh token in the Keychain; nothing is compiled into the app.
enum TokenStore {
    private static let service = "com.galaxygrove.rewards.auth"

    static func save(_ token: String, account: String = "refresh") {
        let base: [String: Any] = [kSecClass as String: kSecClassGenericPassword,
                                   kSecAttrService as String: service,
                                   kSecAttrAccount as String: account]
        SecItemDelete(base as CFDictionary)
        var add = base
        add[kSecValueData as String] = Data(token.utf8)
        add[kSecAttrAccessible as String] = kSecAttrAccessibleAfterFirstUnlockThisDeviceOnly
        SecItemAdd(add as CFDictionary, nil)
    }

    static func load(account: String = "refresh") -> String? {
        let query: [String: Any] = [kSecClass as String: kSecClassGenericPassword,
                                    kSecAttrService as String: service,
                                    kSecAttrAccount as String: account,
                                    kSecReturnData as String: true]
        var item: CFTypeRef?
        guard SecItemCopyMatching(query as CFDictionary, &item) == errSecSuccess, let data = item as? Data else { return nil }
        return String(data: data, encoding: .utf8)
    }
}
""")
