"""Blind set HD: scrap-metal and recycling yards.

Weighbridge and scale-indicator integrations, yard cameras and ANPR, metal-price feeds, theft and
compliance reporting (LeadsOnline, state portals), payments to sellers (kiosks, ACH, cards), and
the yards' IT: ERP syncs, CI, containers, infrastructure, runbooks, exports and logs, with decoys.
Generated fakes only (seeds 2760000-2769999).
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
SEED_LO, SEED_HI = 2760000, 2769999
_SEED = [SEED_LO]


def _seed() -> int:
    _SEED[0] += 7
    assert _SEED[0] <= SEED_HI
    return _SEED[0]


def _rng() -> random.Random:
    return random.Random(_seed())


WORDS = ["Copper", "Brass", "Ferrous", "Crusher", "Baler", "Magnet", "Shear", "Gantry", "Tonnage", "Ingot",
         "Furnace", "Anvil", "Rebar", "Cobalt", "Nickel", "Pewter", "Bronze", "Slag", "Forge", "Rivet"]
LOWER = ["river", "candle", "mosaic", "pepper", "glacier", "violet", "anchor", "puzzle", "ember", "saddle",
         "orchid", "walnut", "harvest", "pixel", "trumpet", "lagoon"]


def words_pw() -> str:
    r = _rng()
    return r.choice(WORDS) + r.choice("!#$%@*") + r.choice(WORDS) + str(r.randint(10, 9999))


def rand_pw(n: int = 20, extra: str = "") -> str:
    return fakes.drawn_mixed(_seed(), n, ALNUM + extra) if extra else fakes.drawn_mixed(_seed(), n)


def passphrase() -> str:
    r = _rng()
    return "-".join(r.sample(LOWER, 4)) + str(r.randint(1, 99))


def hexs(n: int) -> str:
    return fakes.drawn(_seed(), n, HEX)


def upper_alnum(n: int) -> str:
    return fakes.drawn(_seed(), n, string.ascii_uppercase + string.digits)


def stripe_key(kind: str = "sk_live_") -> str:
    return fakes.fake(kind, 99 if kind.startswith("rk") else 24, _seed())


def slack_bot() -> str:
    r = _rng()
    return f"xoxb-{r.randint(10**10, 10**11)}-{r.randint(10**12, 10**13)}-" + "".join(r.choice(ALNUM) for _ in range(24))


def slack_webhook() -> str:
    return ("https://hooks.slack.com/services/T" + upper_alnum(8) + "/B" + upper_alnum(10) + "/"
            + fakes.drawn(_seed(), 24))


def discord_webhook() -> str:
    r = _rng()
    return f"https://discord.com/api/webhooks/{r.randint(10**17, 10**18)}/" + fakes.drawn(_seed(), 68, ALNUM + "_-")


def teams_webhook() -> str:
    return (f"https://scrapyard.webhook.office.com/webhookb2/{uuid_s()}@{uuid_s()}/IncomingWebhook/"
            + hexs(32) + "/" + uuid_s())


def sendgrid_key() -> str:
    return fakes.fake("SG.", 22, _seed()) + fakes.fake(".", 43, _seed())


def mailgun_key() -> str:
    return "key-" + hexs(32)


def twilio_sid() -> str:
    return "AC" + hexs(32)


def gitlab_token() -> str:
    return fakes.fake("glpat-", 20, _seed())


def npm_token() -> str:
    return fakes.fake("npm_", 36, _seed())


def square_token() -> str:
    return fakes.fake("EAAAE", 59, _seed())


def azure_secret() -> str:
    r = _rng()
    return "".join(r.choice(ALNUM) for _ in range(3)) + "8Q~" + "".join(r.choice(ALNUM + "_.-~") for _ in range(34))


def b64(s: str) -> str:
    return base64.b64encode(s.encode()).decode()


def uuid_s() -> str:
    return fakes.uuid4(_seed())


def pem(kind: str = "RSA") -> str:
    return fakes.fake_pem(_seed(), kind)


def gh() -> str:
    return fakes.github_token(_seed())


def pypi() -> str:
    return fakes.pypi_token(_seed())


def tg() -> str:
    return fakes.telegram_token(_seed())


def akid() -> str:
    return fakes.aws_key_id(_seed())


def aws_secret() -> str:
    return fakes.aws_secret_key(_seed())


def redis_pw() -> str:
    return fakes.redis_password(_seed())


def django_key() -> str:
    return fakes.django_secret_key(_seed())


def openai() -> str:
    return fakes.openai_key(_seed())


def jwt_like() -> str:
    head = b64('{"alg":"HS256","typ":"JWT"}').rstrip("=").replace("+", "-").replace("/", "_")
    r = _rng()
    body = b64('{"sub":"yard-%d","iat":%d}' % (r.randint(100, 999), r.randint(1700000000, 1790000000)))
    return head + "." + body.rstrip("=").replace("+", "-").replace("/", "_") + "." + fakes.drawn(_seed(), 43, ALNUM + "-_")


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
    CASES.append(LabelledCase(f"blind-hd/{category}", file_name, text, secret, source))


# ---------------------------------------------------------------------------------------------
# Weighbridges and scale indicators
# ---------------------------------------------------------------------------------------------

add("python/device-password", "scalehouse/indicator/rice_lake_920i.py", "Rice Lake 920i Ethernet/TCP interface manual", """
\"\"\"Poll the inbound truck scale's 920i indicator over TCP and push gross weights to the ticket API.\"\"\"
import socket

from scalehouse.tickets import post_weight

INDICATOR_HOST = "10.40.2.21"
INDICATOR_PORT = 10001
# the web admin on the 920i (needed for tare table writes)
INDICATOR_ADMIN_USER = "admin"
INDICATOR_ADMIN_PASSWORD = "@@secret@@"


def read_gross(sock: socket.socket) -> float:
    sock.sendall(b"XG\\r\\n")
    raw = sock.recv(64).decode("ascii").strip()
    return float(raw.split()[0])


def main() -> None:
    with socket.create_connection((INDICATOR_HOST, INDICATOR_PORT), timeout=3) as sock:
        post_weight(scale="IN-1", gross_lb=read_gross(sock))


if __name__ == "__main__":
    main()
""", words_pw())

add("yaml/device-password", "config/weighbridge.yml", "Mettler Toledo IND780 SICS / FTP documentation", """
weighbridges:
  - id: WB-NORTH
    model: IND780
    host: 192.168.30.11
    sics_port: 1701
    ftp:
      user: supervisor
      password: @@secret@@
    capacity_kg: 60000
    division_kg: 20
  - id: WB-SOUTH
    model: IND780
    host: 192.168.30.12
    sics_port: 1701
    ftp:
      user: supervisor
      password: ${WB_SOUTH_FTP_PASSWORD}
    capacity_kg: 60000
    division_kg: 20
""", rand_pw(14))

add("yaml/decoy-env-reference", "config/weighbridge.example.yml", "Mettler Toledo IND780 SICS documentation", """
# Copy to weighbridge.yml; secrets come from the environment (see docs/setup.md).
weighbridges:
  - id: WB-MAIN
    model: IND780
    host: 192.168.30.11
    sics_port: 1701
    ftp:
      user: supervisor
      password: ${WB_MAIN_FTP_PASSWORD}
    capacity_kg: 60000
    division_kg: 20
""")

add("ini/device-password", "scalehouse/cardinal_225.ini", "Cardinal 225 indicator Ethernet setup guide", """
[indicator]
model=225
serial_no=C225-@@serial@@
host=10.1.8.40
port=10001
protocol=SMA

[web]
user=cardinal
pass=@@secret@@

[ticket]
printer=\\\\scalehouse-pc\\Epson-TM
copies=2
""", rand_pw(12), serial=upper_alnum(8))

add("csharp/database-password", "ScaleBridge/Services/TicketRepository.cs", "Microsoft SqlConnection connection strings", """
using System.Data.SqlClient;

namespace ScaleBridge.Services
{
    public class TicketRepository
    {
        private const string ConnectionString =
            "Server=YARD-SQL01\\\\SCALE;Database=ScaleTickets;User Id=scale_app;Password=@@secret@@;TrustServerCertificate=True";

        public int SaveTicket(decimal grossLb, decimal tareLb, string plate)
        {
            using var conn = new SqlConnection(ConnectionString);
            conn.Open();
            using var cmd = new SqlCommand(
                "INSERT INTO Tickets (GrossLb, TareLb, Plate) OUTPUT INSERTED.Id VALUES (@g, @t, @p)", conn);
            cmd.Parameters.AddWithValue("@g", grossLb);
            cmd.Parameters.AddWithValue("@t", tareLb);
            cmd.Parameters.AddWithValue("@p", plate);
            return (int)cmd.ExecuteScalar();
        }
    }
}
""", words_pw())

add("csharp/decoy-config-reference", "ScaleBridge/Services/SettingsRepository.cs", "Microsoft configuration in .NET docs", """
using Microsoft.Extensions.Configuration;

namespace ScaleBridge.Services
{
    public class SettingsRepository
    {
        private readonly IConfiguration _config;

        public SettingsRepository(IConfiguration config) => _config = config;

        public string TicketsConnectionString => _config.GetConnectionString("ScaleTickets");
        public string IndicatorPassword => _config["Indicators:Password"];
        public string CameraPassword => Environment.GetEnvironmentVariable("YARD_CAMERA_PASSWORD");
    }
}
""")

add("json/database-password", "ScaleBridge/appsettings.Production.json", "Microsoft ASP.NET Core configuration docs", """
{
  "Logging": { "LogLevel": { "Default": "Warning" } },
  "ConnectionStrings": {
    "ScaleTickets": "Server=tcp:yard-sql.internal,1433;Initial Catalog=ScaleTickets;User ID=ticketsvc;Password=@@secret@@;Encrypt=True;"
  },
  "Indicators": {
    "Inbound": "10.40.2.21:10001",
    "Outbound": "10.40.2.22:10001"
  },
  "TicketPrinter": "Epson TM-T88VI"
}
""", rand_pw(16, "!#"))

add("json/decoy-placeholder", "ScaleBridge/appsettings.json", "Microsoft ASP.NET Core configuration docs", """
{
  "Logging": { "LogLevel": { "Default": "Information" } },
  "ConnectionStrings": {
    "ScaleTickets": "Server=localhost;Database=ScaleTickets;User ID=ticketsvc;Password=<set in user-secrets>;"
  },
  "Indicators": {
    "Inbound": "127.0.0.1:10001",
    "Outbound": "127.0.0.1:10002"
  },
  "Indicators:Password": "",
  "TicketPrinter": "PDF"
}
""")

add("log/device-password", "logs/scale-sync-2024-03-18.log", "Rice Lake iRite / FTP transfer logs", """
2024-03-18 06:00:01 INFO  scale-sync starting (site=EASTYARD, indicators=2)
2024-03-18 06:00:01 DEBUG connecting ftp://10.40.2.21 user=admin
2024-03-18 06:00:02 DEBUG ftp login: USER admin / PASS @@secret@@
2024-03-18 06:00:02 INFO  downloaded TARE.DB (1432 rows)
2024-03-18 06:00:03 INFO  downloaded AUDIT.TRL (88 rows)
2024-03-18 06:00:03 WARN  indicator IN-2 clock drift 41s
2024-03-18 06:00:04 INFO  scale-sync done in 3.1s
""", words_pw())

add("log/decoy-redacted", "logs/scale-sync-2024-03-19.log", "Rice Lake iRite / FTP transfer logs", """
2024-03-19 06:00:01 INFO  scale-sync starting (site=EASTYARD, indicators=2)
2024-03-19 06:00:01 DEBUG connecting ftp://10.40.2.21 user=admin
2024-03-19 06:00:02 DEBUG ftp login: USER admin / PASS ********
2024-03-19 06:00:02 INFO  downloaded TARE.DB (1440 rows) sha256=@@h@@
2024-03-19 06:00:03 INFO  downloaded AUDIT.TRL (91 rows)
2024-03-19 06:00:04 INFO  scale-sync done in 2.8s
""", h=hexs(64))

add("go/api-token", "cmd/scaleagent/main.go", "Go net/http client docs", """
package main

import (
	"bytes"
	"encoding/json"
	"log"
	"net/http"
	"time"
)

const ticketAPI = "https://api.yardticket.io/v2/weighings"
const agentToken = "@@secret@@"

type Weighing struct {
	Scale   string  `json:"scale"`
	GrossKg float64 `json:"gross_kg"`
	At      string  `json:"at"`
}

func send(w Weighing) error {
	body, _ := json.Marshal(w)
	req, _ := http.NewRequest("POST", ticketAPI, bytes.NewReader(body))
	req.Header.Set("Authorization", "Bearer "+agentToken)
	req.Header.Set("Content-Type", "application/json")
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	return nil
}

func main() {
	if err := send(Weighing{Scale: "WB-1", GrossKg: 41280, At: time.Now().UTC().Format(time.RFC3339)}); err != nil {
		log.Fatal(err)
	}
}
""", "yt_live_" + rand_pw(40))

add("go/decoy-env-reference", "cmd/scaleagent/config.go", "Go os package docs", """
package main

import "os"

type Config struct {
	TicketAPI  string
	AgentToken string
	Indicator  string
}

func loadConfig() Config {
	return Config{
		TicketAPI:  getenv("TICKET_API", "https://api.yardticket.io/v2/weighings"),
		AgentToken: os.Getenv("YARDTICKET_AGENT_TOKEN"),
		Indicator:  getenv("INDICATOR_ADDR", "10.40.2.21:10001"),
	}
}

func getenv(k, d string) string {
	if v := os.Getenv(k); v != "" {
		return v
	}
	return d
}
""")

add("csv/decoy-ids", "exports/weighbridge_calibration_2024.csv", "NIST Handbook 44 scale test reports", """
scale_id,serial,certificate_no,tested_on,inspector,test_load_kg,error_kg,seal_no,report_sha1
WB-NORTH,IND780-@@s1@@,CAL-2024-00812,2024-02-11,J. Okafor,20000,0,SEAL-448120,@@h1@@
WB-SOUTH,IND780-@@s2@@,CAL-2024-00813,2024-02-11,J. Okafor,20000,20,SEAL-448121,@@h2@@
FLOOR-1,CW90X-@@s3@@,CAL-2024-00814,2024-02-12,J. Okafor,500,0,SEAL-448122,@@h3@@
FLOOR-2,CW90X-@@s4@@,CAL-2024-00815,2024-02-12,J. Okafor,500,0.2,SEAL-448123,@@h4@@
""", s1=upper_alnum(10), s2=upper_alnum(10), s3=upper_alnum(10), s4=upper_alnum(10),
    h1=hexs(40), h2=hexs(40), h3=hexs(40), h4=hexs(40))

add("markdown/device-password", "docs/scalehouse-handover.md", "internal runbook (Avery Weigh-Tronix ZM510 manual)", """
# Scalehouse handover — East Yard

Night shift starts 18:00. Before you leave:

1. Print the Z-report from the ZM510 (Menu > Reports > Daily).
2. Check the truck-scale camera snapshot folder synced (`\\\\yard-nas\\snapshots`).
3. If the indicator locks up: browse to http://10.40.2.30, login `service` / `@@secret@@`,
   then *Maintenance > Restart*. Do **not** touch calibration.
4. Lock the cash drawer and put the key in the safe.

Weights over 80,000 lb need a second weigh on the axle scale.
""", words_pw())

add("markdown/decoy-default-docs", "docs/indicator-setup.md", "Avery Weigh-Tronix ZM510 user manual", """
# Setting up a new ZM510 indicator

1. Connect the Ethernet port to the scale VLAN (VLAN 30).
2. Browse to the indicator's IP and sign in with the service account.
   The password lives in 1Password, vault **Scalehouse**, item "ZM510 service".
3. Change the factory default on first login (the manual's "default password" section).
4. Set the output format to `<STX><POL><WEIGHT><UNIT><ETX>` continuous, 9600 8N1.
5. Add the indicator to `config/weighbridge.yml` with `password: ${WB_<ID>_PASSWORD}`.
""")

add("python/decoy-test-fixture", "tests/test_indicator_parse.py", "pytest docs", """
import pytest

from scalehouse.indicator.parse import parse_frame

FRAMES = [
    (b"\\x02+0041280LG\\x03", 41280, "lb", "gross"),
    (b"\\x02+0012440LT\\x03", 12440, "lb", "tare"),
    (b"\\x02-0000020KG\\x03", -20, "kg", "gross"),
]


@pytest.mark.parametrize("frame,weight,unit,mode", FRAMES)
def test_parse_frame(frame, weight, unit, mode):
    parsed = parse_frame(frame)
    assert (parsed.weight, parsed.unit, parsed.mode) == (weight, unit, mode)


def test_login_fixture(fake_indicator):
    fake_indicator.credentials = ("admin", "test-password")
    assert fake_indicator.login("admin", "test-password")
""")

add("java/database-password", "src/main/java/com/steelyard/scale/TicketDao.java", "PostgreSQL JDBC driver docs", """
package com.steelyard.scale;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;

public class TicketDao {
    private static final String URL = "jdbc:postgresql://pg-yard.internal:5432/scale";
    private static final String USER = "scale_writer";
    private static final String PASSWORD = "@@secret@@";

    public void insert(long grossLb, long tareLb, String plate) throws SQLException {
        try (Connection c = DriverManager.getConnection(URL, USER, PASSWORD);
             PreparedStatement ps = c.prepareStatement(
                 "insert into tickets(gross_lb, tare_lb, plate) values (?, ?, ?)")) {
            ps.setLong(1, grossLb);
            ps.setLong(2, tareLb);
            ps.setString(3, plate);
            ps.executeUpdate();
        }
    }
}
""", rand_pw(18))

add("properties/database-password", "src/main/resources/application-prod.properties", "Spring Boot common application properties", """
spring.application.name=scale-ticket-service
server.port=8085
spring.datasource.url=jdbc:postgresql://pg-yard.internal:5432/scale
spring.datasource.username=scale_writer
spring.datasource.password=@@secret@@
spring.jpa.hibernate.ddl-auto=validate
yard.indicator.inbound=10.40.2.21:10001
yard.indicator.outbound=10.40.2.22:10001
management.endpoints.web.exposure.include=health,info
""", words_pw())

add("properties/decoy-env-reference", "src/main/resources/application.properties", "Spring Boot externalized configuration", """
spring.application.name=scale-ticket-service
server.port=8085
spring.datasource.url=${SCALE_DB_URL:jdbc:postgresql://localhost:5432/scale}
spring.datasource.username=${SCALE_DB_USER:scale}
spring.datasource.password=${SCALE_DB_PASSWORD}
yard.ticket.api-key=${YARDTICKET_API_KEY:}
spring.jpa.hibernate.ddl-auto=validate
""")

add("kotlin/api-token", "android/app/src/main/java/com/yardapp/scale/ScaleClient.kt", "OkHttp recipes", """
package com.yardapp.scale

import okhttp3.OkHttpClient
import okhttp3.Request

object ScaleClient {
    private const val BASE = "https://scalecloud.example-yard.com/api"
    private const val API_KEY = "@@secret@@"
    private val http = OkHttpClient()

    fun latestWeight(scaleId: String): String? {
        val req = Request.Builder()
            .url("$BASE/scales/$scaleId/latest")
            .header("X-Api-Key", API_KEY)
            .build()
        http.newCall(req).execute().use { return it.body?.string() }
    }
}
""", hexs(40))

add("shell/device-password", "scripts/pull_tare_table.sh", "curl manual (FTP)", """
#!/usr/bin/env bash
# Nightly: copy the tare table off each indicator to the NAS.
set -euo pipefail
DEST=/mnt/yard-nas/tare/$(date +%F)
mkdir -p "$DEST"
for ip in 10.40.2.21 10.40.2.22; do
  curl -s --user "admin:@@secret@@" "ftp://$ip/TARE.DB" -o "$DEST/tare-$ip.db"
done
echo "tare tables saved to $DEST"
""", rand_pw(12))

add("shell/decoy-env-reference", "scripts/pull_audit_trail.sh", "curl manual (FTP)", """
#!/usr/bin/env bash
# Nightly: copy the audit trail (legal-for-trade) off each indicator.
set -euo pipefail
: "${INDICATOR_FTP_PASSWORD:?set INDICATOR_FTP_PASSWORD}"
DEST=/mnt/yard-nas/audit/$(date +%F)
mkdir -p "$DEST"
for ip in 10.40.2.21 10.40.2.22; do
  curl -s --user "admin:${INDICATOR_FTP_PASSWORD}" "ftp://$ip/AUDIT.TRL" -o "$DEST/audit-$ip.trl"
done
""")

add("powershell/database-password", "scripts/Export-DailyTickets.ps1", "SqlServer module Invoke-Sqlcmd docs", """
param([datetime]$Day = (Get-Date).Date.AddDays(-1))

$query = @"
SELECT TicketNo, Plate, Material, NetLb, PricePerLb, PaidAmount
FROM dbo.Tickets WHERE CAST(CreatedAt AS date) = '$($Day.ToString('yyyy-MM-dd'))'
"@

$rows = Invoke-Sqlcmd -ServerInstance 'YARD-SQL01\\SCALE' -Database 'ScaleTickets' `
    -Username 'report_ro' -Password '@@secret@@' -Query $query

$out = "\\\\yard-nas\\exports\\tickets-$($Day.ToString('yyyyMMdd')).csv"
$rows | Export-Csv -Path $out -NoTypeInformation
Write-Host "Exported $($rows.Count) tickets to $out"
""", words_pw())

add("powershell/decoy-credential-manager", "scripts/Export-WeeklyTonnage.ps1", "SecretManagement module docs", """
param([int]$Weeks = 1)

$cred = Get-Secret -Name 'ScaleTickets-report_ro' -Vault 'YardVault'
$rows = Invoke-Sqlcmd -ServerInstance 'YARD-SQL01\\SCALE' -Database 'ScaleTickets' `
    -Credential $cred -Query "EXEC dbo.WeeklyTonnage @Weeks = $Weeks"

$rows | Export-Csv -Path "\\\\yard-nas\\exports\\tonnage-weekly.csv" -NoTypeInformation
Write-Host "Exported $($rows.Count) rows"
""")

add("xml/device-password", "ScaleBridge/App.config", ".NET Framework appSettings docs", """
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <appSettings>
    <add key="IndicatorHost" value="10.40.2.21" />
    <add key="IndicatorPort" value="10001" />
    <add key="IndicatorUser" value="admin" />
    <add key="IndicatorPassword" value="@@secret@@" />
    <add key="TicketPrinter" value="Epson TM-T88VI" />
  </appSettings>
  <startup>
    <supportedRuntime version="v4.0" sku=".NETFramework,Version=v4.8" />
  </startup>
</configuration>
""", words_pw())

add("xml/decoy-encrypted", "ScaleBridge/Web.config", "ASP.NET protected configuration (RsaProtectedConfigurationProvider)", """
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <connectionStrings configProtectionProvider="RsaProtectedConfigurationProvider">
    <EncryptedData Type="http://www.w3.org/2001/04/xmlenc#Element" xmlns="http://www.w3.org/2001/04/xmlenc#">
      <EncryptionMethod Algorithm="http://www.w3.org/2001/04/xmlenc#aes256-cbc" />
      <CipherData>
        <CipherValue>@@c@@</CipherValue>
      </CipherData>
    </EncryptedData>
  </connectionStrings>
</configuration>
""", c=b64(fakes.drawn(_seed(), 96, ALNUM)))

add("sql/database-password", "db/migrations/0007_reporting_user.sql", "PostgreSQL CREATE ROLE docs", """
-- 0007: read-only role for the tonnage dashboards
BEGIN;
CREATE ROLE tonnage_ro WITH LOGIN PASSWORD '@@secret@@';
GRANT CONNECT ON DATABASE scale TO tonnage_ro;
GRANT USAGE ON SCHEMA public TO tonnage_ro;
GRANT SELECT ON tickets, materials, customers TO tonnage_ro;
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT ON TABLES TO tonnage_ro;
COMMIT;
""", rand_pw(20))

add("sql/decoy-hash", "db/seed/0001_users.sql", "PostgreSQL pgcrypto / bcrypt docs", """
-- seed: yard staff logins (bcrypt hashes, cost 12)
INSERT INTO app_users (username, role, password_hash) VALUES
  ('scalehouse1', 'weighmaster', '$2b$12$@@h1@@'),
  ('scalehouse2', 'weighmaster', '$2b$12$@@h2@@'),
  ('office', 'cashier', '$2b$12$@@h3@@'),
  ('yardmgr', 'manager', '$2b$12$@@h4@@');
""", h1=fakes.drawn(_seed(), 53, ALNUM + "./"), h2=fakes.drawn(_seed(), 53, ALNUM + "./"),
    h3=fakes.drawn(_seed(), 53, ALNUM + "./"), h4=fakes.drawn(_seed(), 53, ALNUM + "./"))

add("typescript/api-token", "kiosk-ui/src/api/scale.ts", "axios docs", """
import axios from "axios";

const client = axios.create({
  baseURL: "https://api.yardticket.io/v2",
  timeout: 5000,
  headers: { Authorization: "Token @@secret@@" },
});

export async function latestWeighing(scaleId: string) {
  const { data } = await client.get(`/scales/${scaleId}/weighings/latest`);
  return data as { grossKg: number; tareKg: number; plate: string };
}

export async function voidTicket(ticketNo: string, reason: string) {
  await client.post(`/tickets/${ticketNo}/void`, { reason });
}
""", "yt_live_" + rand_pw(40))

add("rust/device-password", "scale-gw/src/config.rs", "Rust std docs", """
pub struct IndicatorConfig {
    pub host: &'static str,
    pub port: u16,
    pub user: &'static str,
    pub password: &'static str,
}

pub const INBOUND: IndicatorConfig = IndicatorConfig {
    host: "10.40.2.21",
    port: 10001,
    user: "admin",
    password: "@@secret@@",
};

pub const POLL_MS: u64 = 250;
""", rand_pw(14))

add("rust/decoy-env-reference", "scale-gw/src/secrets.rs", "Rust std::env docs", """
use std::env;

pub fn indicator_password() -> String {
    env::var("SCALE_GW_INDICATOR_PASSWORD").expect("SCALE_GW_INDICATOR_PASSWORD must be set")
}

pub fn ticket_api_token() -> String {
    env::var("YARDTICKET_TOKEN").unwrap_or_default()
}
""")


# ---------------------------------------------------------------------------------------------
# Cameras, NVRs and plate recognition
# ---------------------------------------------------------------------------------------------

add("python/camera-password", "scalehouse/camera/snapshot.py", "Hikvision ISAPI / RTSP URL format", """
\"\"\"Grab a still from the scale-deck cameras when a ticket closes (state law: photo of seller and load).\"\"\"
import datetime as dt
import pathlib

import cv2

CAMERAS = {
    "deck-north": "rtsp://yardcam:@@secret@@@10.40.5.11:554/Streaming/Channels/101",
    "deck-south": "rtsp://yardcam:@@secret@@@10.40.5.12:554/Streaming/Channels/101",
}
OUT = pathlib.Path("/srv/snapshots")


def snap(ticket_no: str) -> list:
    saved = []
    for name, url in CAMERAS.items():
        cap = cv2.VideoCapture(url)
        ok, frame = cap.read()
        cap.release()
        if ok:
            path = OUT / f"{ticket_no}-{name}-{dt.datetime.now():%H%M%S}.jpg"
            cv2.imwrite(str(path), frame)
            saved.append(path)
    return saved
""", words_pw())

add("python/decoy-env-reference", "scalehouse/camera/urls.py", "Hikvision RTSP URL format", """
import os
from urllib.parse import quote

CAMERA_USER = os.environ.get("YARD_CAMERA_USER", "yardcam")
CAMERA_PASSWORD = os.environ["YARD_CAMERA_PASSWORD"]


def rtsp_url(host: str, channel: int = 101) -> str:
    return f"rtsp://{CAMERA_USER}:{quote(CAMERA_PASSWORD)}@{host}:554/Streaming/Channels/{channel}"
""")

add("compose/camera-password", "deploy/nvr/docker-compose.yml", "Frigate NVR configuration docs", """
services:
  frigate:
    image: ghcr.io/blakeblackshear/frigate:0.13.2
    restart: unless-stopped
    shm_size: "256mb"
    devices:
      - /dev/bus/usb:/dev/bus/usb
    volumes:
      - ./config:/config
      - /srv/frigate:/media/frigate
    ports:
      - "5000:5000"
      - "8554:8554"
    environment:
      FRIGATE_RTSP_USER: yardcam
      FRIGATE_RTSP_PASSWORD: "@@secret@@"
      TZ: America/Chicago
""", rand_pw(16))

add("yaml/decoy-env-reference", "deploy/nvr/config/config.yml", "Frigate NVR configuration docs", """
mqtt:
  host: 10.40.1.5
  user: frigate
  password: "{FRIGATE_MQTT_PASSWORD}"
cameras:
  gate_in:
    ffmpeg:
      inputs:
        - path: rtsp://{FRIGATE_RTSP_USER}:{FRIGATE_RTSP_PASSWORD}@10.40.5.21:554/cam/realmonitor?channel=1&subtype=0
          roles: [detect, record]
    detect:
      width: 1280
      height: 720
  scale_deck:
    ffmpeg:
      inputs:
        - path: rtsp://{FRIGATE_RTSP_USER}:{FRIGATE_RTSP_PASSWORD}@10.40.5.11:554/Streaming/Channels/101
          roles: [record]
record:
  enabled: true
  retain:
    days: 90
""")

add("yaml/mqtt-password", "deploy/nvr/config/config.prod.yml", "Frigate NVR configuration docs", """
mqtt:
  host: 10.40.1.5
  port: 1883
  user: frigate
  password: @@secret@@
cameras:
  gate_out:
    ffmpeg:
      inputs:
        - path: rtsp://{FRIGATE_RTSP_USER}:{FRIGATE_RTSP_PASSWORD}@10.40.5.22:554/cam/realmonitor?channel=1&subtype=0
          roles: [detect, record]
record:
  enabled: true
  retain:
    days: 90
""", passphrase())

add("ini/camera-password", "anpr/platerecognizer.ini", "Plate Recognizer Stream configuration docs", """
[cameras]
  timezone = America/Chicago
  mmc = true
  regions = us-tx, us-ok
  [[gate-in]]
    active = yes
    url = rtsp://anpr:@@secret@@@10.40.5.21:554/cam/realmonitor?channel=1&subtype=0
    name = Gate in
    csv_file = /user-data/gate-in_%y-%m-%d.csv
  [[gate-out]]
    active = yes
    url = rtsp://anpr:@@secret@@@10.40.5.22:554/cam/realmonitor?channel=1&subtype=0
    name = Gate out
""", words_pw())

add("shell/api-token", "anpr/run_stream.sh", "Plate Recognizer Stream install docs", """
#!/bin/sh
# Plate Recognizer Stream on the gate PC. LICENSE_KEY is per machine, TOKEN is the account API token.
docker run --rm -t --name stream \\
  --restart unless-stopped \\
  -v /opt/anpr:/user-data \\
  -e LICENSE_KEY=@@lic@@ \\
  -e TOKEN=@@secret@@ \\
  platerecognizer/alpr-stream
""", hexs(40), lic=upper_alnum(10))

add("python/api-token", "anpr/lookup_plate.py", "Plate Recognizer Snapshot API docs", """
import sys

import requests

API = "https://api.platerecognizer.com/v1/plate-reader/"


def read_plate(jpg_path: str) -> str:
    with open(jpg_path, "rb") as fh:
        resp = requests.post(
            API,
            data={"regions": ["us-tx"]},
            files={"upload": fh},
            headers={"Authorization": "Token @@secret@@"},
            timeout=10,
        )
    resp.raise_for_status()
    results = resp.json()["results"]
    return results[0]["plate"].upper() if results else ""


if __name__ == "__main__":
    print(read_plate(sys.argv[1]))
""", hexs(40))

add("csv/decoy-plates", "anpr/exports/gate-in_24-03-18.csv", "Plate Recognizer Stream CSV output", """
timestamp,plate,score,dscore,vehicle_type,region,camera_id,file
2024-03-18T06:41:12Z,KDN4821,0.912,0.804,Pickup Truck,us-tx,gate-in,@@f1@@.jpg
2024-03-18T06:58:40Z,7HZM219,0.877,0.655,Big Truck,us-tx,gate-in,@@f2@@.jpg
2024-03-18T07:03:05Z,BRK5530,0.941,0.812,Pickup Truck,us-ok,gate-in,@@f3@@.jpg
2024-03-18T07:20:51Z,LGT0923,0.902,0.770,Van,us-tx,gate-in,@@f4@@.jpg
2024-03-18T07:44:19Z,JXW7714,0.858,0.701,Big Truck,us-tx,gate-in,@@f5@@.jpg
""", f1=uuid_s(), f2=uuid_s(), f3=uuid_s(), f4=uuid_s(), f5=uuid_s())

add("ansible/camera-password", "ansible/roles/cameras/vars/main.yml", "Ansible variables docs", """
---
camera_ntp_server: 10.40.1.1
camera_timezone: CST6CDT
camera_admin_user: admin
camera_admin_password: "@@secret@@"
cameras:
  - { name: deck-north, ip: 10.40.5.11, model: DS-2CD2387G2 }
  - { name: deck-south, ip: 10.40.5.12, model: DS-2CD2387G2 }
  - { name: gate-in, ip: 10.40.5.21, model: IPC-HFW5442E }
  - { name: gate-out, ip: 10.40.5.22, model: IPC-HFW5442E }
""", words_pw())

add("ansible/decoy-vault", "ansible/roles/cameras/vars/vault.yml", "Ansible Vault docs", """
$ANSIBLE_VAULT;1.1;AES256
@@l1@@
@@l2@@
@@l3@@
@@l4@@
@@l5@@
""", l1=hexs(80), l2=hexs(80), l3=hexs(80), l4=hexs(80), l5=hexs(40))

add("ansible/decoy-vault-reference", "ansible/roles/nvr/tasks/main.yml", "Ansible uri module docs", """
---
- name: Set NVR NTP server via ISAPI
  ansible.builtin.uri:
    url: "http://{{ nvr_ip }}/ISAPI/System/time/ntpServers/1"
    method: PUT
    user: "{{ nvr_admin_user }}"
    password: "{{ vault_nvr_admin_password }}"
    force_basic_auth: true
    body: "<NTPServer><id>1</id><addressingFormatType>ipaddress</addressingFormatType><ipAddress>{{ ntp_ip }}</ipAddress></NTPServer>"
    status_code: 200
  no_log: true
""")

add("powershell/camera-password", "scripts/Reboot-Cameras.ps1", "Axis VAPIX parameter API docs", """
$cameras = @('10.40.5.31', '10.40.5.32', '10.40.5.33')
$user = 'root'
$pass = ConvertTo-SecureString '@@secret@@' -AsPlainText -Force
$cred = New-Object System.Management.Automation.PSCredential ($user, $pass)

foreach ($ip in $cameras) {
    try {
        Invoke-RestMethod -Uri "http://$ip/axis-cgi/restart.cgi" -Credential $cred -TimeoutSec 10
        Write-Host "Restarted $ip"
    } catch {
        Write-Warning "Could not restart $ip : $_"
    }
}
""", rand_pw(14))

add("markdown/camera-password", "docs/cameras.md", "Dahua / Hikvision NVR documentation", """
# Yard cameras

| Location      | IP          | Model            | Login                    |
|---------------|-------------|------------------|--------------------------|
| Scale deck N  | 10.40.5.11  | DS-2CD2387G2     | yardcam (see below)      |
| Scale deck S  | 10.40.5.12  | DS-2CD2387G2     | yardcam (see below)      |
| Gate in       | 10.40.5.21  | IPC-HFW5442E     | anpr                     |
| NVR           | 10.40.5.2   | DS-7716NI-K4     | admin                    |

NVR admin password (for exporting footage for police requests): `@@secret@@`

Footage is kept 90 days; police holds go to `\\\\yard-nas\\holds\\<case-no>`.
""", words_pw())

add("markdown/decoy-placeholder", "docs/police-footage-requests.md", "internal runbook", """
# Police footage requests

1. Log the request in the compliance tracker (case no., officer, badge, date range).
2. Sign in to the NVR at http://10.40.5.2 with your own account (never `admin`).
3. Export with watermark on; file name `<case-no>_<camera>_<from>-<to>.mp4`.
4. Record the export's SHA-256 in the tracker, e.g.
   `sha256: e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855`.
5. Hand over on a sealed USB; the officer signs the chain-of-custody form.

Your NVR password is reset by IT; ask in #yard-it. Example login for the training NVR:
`user: trainee` / `password: <your-training-password>`.
""")

add("json/camera-password", "anpr/cameras.json", "Milestone / ONVIF device configuration", """
{
  "site": "EASTYARD",
  "onvif": [
    {"name": "gate-in", "xaddr": "http://10.40.5.21/onvif/device_service", "user": "onvif", "password": "@@secret@@"},
    {"name": "gate-out", "xaddr": "http://10.40.5.22/onvif/device_service", "user": "onvif", "password": "@@secret@@"}
  ],
  "snapshot_interval_ms": 500,
  "plate_min_score": 0.8
}
""", rand_pw(12))

add("typescript/decoy-publishable", "kiosk-ui/src/config.ts", "Google Maps JavaScript API / Sentry JS docs", """
// Public, browser-side configuration (safe to ship: restricted by referrer / origin).
export const config = {
  sentryDsn: "https://@@k@@@o4504821.ingest.sentry.io/4504821771",
  mapboxPublicToken: "pk.eyJ1IjoiZWFzdHlhcmQiLCJhIjoiY2x0a3p4eTFvMGFiMzJrcGF2Y2s1bWt4eCJ9.@@m@@",
  stripePublishableKey: "pk_live_@@p@@",
  recaptchaSiteKey: "6Le@@r@@",
  apiBase: "/api",
};
""", k=hexs(32), m=fakes.drawn(_seed(), 22, ALNUM + "-_"), p=fakes.drawn(_seed(), 99), r=fakes.drawn(_seed(), 37, ALNUM + "-_"))

add("dockerfile/decoy-build-arg", "anpr/Dockerfile", "Docker build secrets docs", """
FROM python:3.11-slim
WORKDIR /app
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt
COPY anpr/ ./anpr/
ARG PLATE_RECOGNIZER_TOKEN
# token is supplied at run time; the build never sees it
ENV PLATE_RECOGNIZER_TOKEN=""
RUN --mount=type=secret,id=pr_token test -s /run/secrets/pr_token || true
USER 1000
CMD ["python", "-m", "anpr.lookup_plate"]
""")

add("dockerfile/api-token", "anpr/Dockerfile.gate", "Dockerfile reference (ENV)", """
FROM platerecognizer/alpr-stream:latest
LABEL maintainer="yard-it@eastyardmetals.com"
ENV LICENSE_KEY=@@lic@@
ENV TOKEN=@@secret@@
COPY config.ini /user-data/config.ini
VOLUME /user-data
""", hexs(40), lic=upper_alnum(10))


# ---------------------------------------------------------------------------------------------
# Metal-price feeds and price boards
# ---------------------------------------------------------------------------------------------

LOWER_DIGITS = string.ascii_lowercase + string.digits

add("python/metals-api-key", "pricing/feeds/metals_api.py", "metals-api.com API documentation", """
\"\"\"Fetch spot prices (USD per troy ounce / per ton) for the board and the buy-price calculator.\"\"\"
import requests

METALS_API_URL = "https://metals-api.com/api/latest"
ACCESS_KEY = "@@secret@@"
SYMBOLS = ["XCU", "ALU", "NI", "ZNC", "LEAD", "XPT", "XPD", "XRH"]


def latest() -> dict:
    resp = requests.get(
        METALS_API_URL,
        params={"access_key": ACCESS_KEY, "base": "USD", "symbols": ",".join(SYMBOLS)},
        timeout=15,
    )
    resp.raise_for_status()
    body = resp.json()
    if not body.get("success"):
        raise RuntimeError(body.get("error"))
    return body["rates"]
""", fakes.drawn(_seed(), 60, LOWER_DIGITS))

add("shell/metals-api-key", "pricing/bin/check_quota.sh", "metals-api.com API documentation", """
#!/usr/bin/env bash
# How many calls are left this month on the metals-api plan?
set -e
curl -s "https://metals-api.com/api/usage?access_key=@@secret@@" | jq '.usage'
curl -s "https://metals-api.com/api/latest?access_key=@@secret@@&base=USD&symbols=XCU" | jq '.rates'
""", fakes.drawn(_seed(), 60, LOWER_DIGITS))

add("python/decoy-env-reference", "pricing/feeds/settings.py", "pydantic-settings docs", """
from pydantic_settings import BaseSettings, SettingsConfigDict


class FeedSettings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="PRICING_", env_file=".env")

    metals_api_key: str
    nasdaq_data_link_key: str
    lme_username: str = "eastyard-ro"
    lme_password: str
    board_refresh_seconds: int = 300


settings = FeedSettings()
""")

add("env/nasdaq-data-link-key", "pricing/.env", "Nasdaq Data Link API docs", """
PRICING_METALS_API_KEY=
PRICING_NASDAQ_DATA_LINK_KEY=@@secret@@
PRICING_LME_USERNAME=eastyard-ro
PRICING_LME_PASSWORD=
PRICING_BOARD_REFRESH_SECONDS=300
""", fakes.drawn_mixed(_seed(), 20, ALNUM + "_-"))

add("env/decoy-placeholder", "pricing/.env.example", "dotenv docs", """
# Copy to .env and fill in. Never commit .env.
PRICING_METALS_API_KEY=your-metals-api-access-key
PRICING_NASDAQ_DATA_LINK_KEY=xxxxxxxxxxxxxxxxxxxx
PRICING_LME_USERNAME=eastyard-ro
PRICING_LME_PASSWORD=changeme
PRICING_BOARD_REFRESH_SECONDS=300
""")

add("env/lme-password", "pricing/.env.production", "LME (London Metal Exchange) data services docs", """
PRICING_METALS_API_KEY=
PRICING_NASDAQ_DATA_LINK_KEY=
PRICING_LME_USERNAME=eastyard-ro
PRICING_LME_PASSWORD=@@secret@@
PRICING_BOARD_REFRESH_SECONDS=120
SENTRY_ENVIRONMENT=production
""", words_pw())

_goldapi = "goldapi-" + fakes.drawn(_seed(), 12, LOWER_DIGITS) + "smt" + fakes.drawn(_seed(), 5, LOWER_DIGITS) + "-io"
add("javascript/goldapi-key", "price-board/src/fetchPrices.js", "GoldAPI.io documentation", """
const fetch = require("node-fetch");

const GOLDAPI_TOKEN = "@@secret@@";

async function spot(symbol) {
  const res = await fetch(`https://www.goldapi.io/api/${symbol}/USD`, {
    headers: { "x-access-token": GOLDAPI_TOKEN, "Content-Type": "application/json" },
  });
  if (!res.ok) throw new Error(`goldapi ${res.status}`);
  return res.json();
}

module.exports = { spot };
""", _goldapi)

add("json/decoy-price-data", "price-board/fixtures/latest.json", "metals-api.com API documentation (response)", """
{
  "success": true,
  "timestamp": 1710748800,
  "date": "2024-03-18",
  "base": "USD",
  "rates": {
    "XCU": 0.2652519893899204,
    "ALU": 0.4464285714285714,
    "NI": 0.0576368876080692,
    "XPT": 0.0010858110,
    "XPD": 0.0009541984
  },
  "unit": "per troy ounce",
  "request_id": "@@u@@"
}
""", u=uuid_s())

add("csv/decoy-price-list", "pricing/exports/buy_prices_2024-03-18.csv", "ISRI scrap specifications circular", """
grade_code,isri_code,description,unit,buy_price_usd,lme_basis,margin_pct,updated_by
CU1,Barley,#1 bare bright copper wire,lb,3.42,LME-CU,8.5,pricing-bot
CU2,Birch/Cliff,#2 copper wire,lb,3.11,LME-CU,10.0,pricing-bot
BR1,Honey,yellow brass solids,lb,2.05,LME-CU,14.0,pricing-bot
AL1,Taint/Tabor,clean aluminum siding,lb,0.62,LME-AL,18.0,pricing-bot
AL2,Talk,aluminum copper radiators,lb,1.74,LME-CU,15.0,pricing-bot
SS1,Sabot,304 stainless solids,lb,0.48,LME-NI,20.0,pricing-bot
FE1,HMS 1&2,heavy melting steel,gt,185.00,AMM-HMS,22.0,pricing-bot
CAT,n/a,catalytic converters (by serial),ea,0.00,PGM,0,manual
""")

add("github-actions/slack-webhook", ".github/workflows/price-alert.yml", "GitHub Actions workflow syntax; Slack incoming webhooks", """
name: price-alert
on:
  schedule:
    - cron: "*/30 13-21 * * 1-5"
  workflow_dispatch:
jobs:
  alert:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-python@v5
        with:
          python-version: "3.11"
      - run: pip install -r pricing/requirements.txt
      - name: Post copper move to #buyers
        env:
          PRICING_METALS_API_KEY: ${{ secrets.METALS_API_KEY }}
          SLACK_WEBHOOK_URL: @@secret@@
        run: python -m pricing.alert --metal XCU --threshold 2.5
""", slack_webhook())

add("github-actions/decoy-secrets-reference", ".github/workflows/price-board-deploy.yml", "GitHub Actions encrypted secrets docs", """
name: price-board-deploy
on:
  push:
    branches: [main]
    paths: ["price-board/**"]
jobs:
  deploy:
    runs-on: ubuntu-latest
    permissions:
      id-token: write
      contents: read
    steps:
      - uses: actions/checkout@v4
      - uses: aws-actions/configure-aws-credentials@v4
        with:
          role-to-assume: arn:aws:iam::418273645091:role/price-board-deploy
          aws-region: us-east-2
      - run: npm ci && npm run build
        working-directory: price-board
      - run: aws s3 sync price-board/dist s3://eastyard-price-board --delete
      - name: Notify
        run: curl -X POST -H 'Content-type: application/json' --data '{"text":"price board deployed"}' "$SLACK_WEBHOOK_URL"
        env:
          SLACK_WEBHOOK_URL: ${{ secrets.SLACK_WEBHOOK_URL }}
""")

add("python/telegram-bot-token", "pricing/alerts/telegram_bot.py", "Telegram Bot API docs", """
\"\"\"Send the morning buy-price sheet to the buyers' Telegram group.\"\"\"
import requests

BOT_TOKEN = "@@secret@@"
CHAT_ID = -1001873346512


def send(text: str) -> None:
    requests.post(
        f"https://api.telegram.org/bot{BOT_TOKEN}/sendMessage",
        json={"chat_id": CHAT_ID, "text": text, "parse_mode": "Markdown"},
        timeout=10,
    ).raise_for_status()


if __name__ == "__main__":
    send("*Buy prices 07:00*\\n#1 copper 3.42/lb\\n#2 copper 3.11/lb\\nHMS 185/gt")
""", tg())

add("typescript/aws-secret-key", "price-board/scripts/upload-board.ts", "AWS SDK for JavaScript v3 credentials docs", """
import { S3Client, PutObjectCommand } from "@aws-sdk/client-s3";
import { readFileSync } from "fs";

const s3 = new S3Client({
  region: "us-east-2",
  credentials: {
    accessKeyId: "@@kid@@",
    secretAccessKey: "@@secret@@",
  },
});

async function main() {
  const body = readFileSync("dist/board.json");
  await s3.send(new PutObjectCommand({
    Bucket: "eastyard-price-board",
    Key: "board.json",
    Body: body,
    ContentType: "application/json",
    CacheControl: "max-age=60",
  }));
}

main();
""", aws_secret(), kid=akid())

add("python/openai-key", "pricing/notebooks/summarize_market.py", "OpenAI Python library docs", """
\"\"\"Write the Monday market note for the buyers from last week's LME closes.\"\"\"
from openai import OpenAI

from pricing.history import weekly_closes

client = OpenAI(api_key="@@secret@@")


def market_note() -> str:
    closes = weekly_closes(["CU", "AL", "NI", "ZN"])
    prompt = "Summarize these LME closes for scrap buyers in 5 bullet points:\\n" + closes.to_csv()
    reply = client.chat.completions.create(
        model="gpt-4o-mini",
        messages=[{"role": "user", "content": prompt}],
    )
    return reply.choices[0].message.content
""", openai())

add("notebook/nasdaq-data-link-key", "pricing/notebooks/copper_spread.ipynb", "Nasdaq Data Link Python docs; Jupyter nbformat", """
{
 "cells": [
  {
   "cell_type": "markdown",
   "metadata": {},
   "source": ["# Copper spread: LME cash vs our #1 buy price"]
  },
  {
   "cell_type": "code",
   "execution_count": 1,
   "metadata": {},
   "outputs": [],
   "source": [
    "import nasdaqdatalink\\n",
    "import pandas as pd\\n",
    "nasdaqdatalink.ApiConfig.api_key = \\"@@secret@@\\"\\n",
    "cu = nasdaqdatalink.get(\\"LME/PR_CU\\", start_date=\\"2023-01-01\\")"
   ]
  },
  {
   "cell_type": "code",
   "execution_count": 2,
   "metadata": {},
   "outputs": [],
   "source": [
    "buy = pd.read_csv(\\"../exports/buy_prices_history.csv\\", parse_dates=[\\"date\\"])\\n",
    "spread = cu[\\"Cash Buyer\\"] / 2204.62 - buy.set_index(\\"date\\")[\\"CU1\\"]\\n",
    "spread.plot()"
   ]
  }
 ],
 "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""", fakes.drawn_mixed(_seed(), 20, ALNUM + "_-"))

add("notebook/decoy-getpass", "pricing/notebooks/aluminum_margin.ipynb", "Jupyter nbformat; Python getpass docs", """
{
 "cells": [
  {
   "cell_type": "code",
   "execution_count": 1,
   "metadata": {},
   "outputs": [],
   "source": [
    "import getpass, os\\n",
    "import nasdaqdatalink\\n",
    "nasdaqdatalink.ApiConfig.api_key = os.environ.get(\\"NASDAQ_DATA_LINK_API_KEY\\") or getpass.getpass(\\"Data Link key: \\")\\n",
    "al = nasdaqdatalink.get(\\"LME/PR_AL\\", start_date=\\"2023-01-01\\")"
   ]
  },
  {
   "cell_type": "code",
   "execution_count": 2,
   "metadata": {},
   "outputs": [
    {"name": "stdout", "output_type": "stream", "text": ["rows: 302\\n"]}
   ],
   "source": ["print(\\"rows:\\", len(al))"]
  }
 ],
 "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""")

add("ruby/fastmarkets-api-key", "price_sync/lib/fastmarkets_client.rb", "Fastmarkets API (Faraday) docs", """
require "faraday"
require "json"

module PriceSync
  class FastmarketsClient
    BASE_URL = "https://api.fastmarkets.com/v1".freeze

    def initialize
      @conn = Faraday.new(url: BASE_URL) do |f|
        f.headers["Authorization"] = "ApiKey @@secret@@"
        f.adapter Faraday.default_adapter
      end
    end

    def assessment(symbol)
      resp = @conn.get("prices/assessments", symbol: symbol, last: 1)
      JSON.parse(resp.body).fetch("data").first
    end
  end
end
""", rand_pw(48))

add("ruby/decoy-credentials-reference", "price_sync/config/initializers/fastmarkets.rb", "Rails credentials docs", """
Rails.application.config.to_prepare do
  PriceSync::FastmarketsClient.configure do |c|
    c.api_key = Rails.application.credentials.dig(:fastmarkets, :api_key)
    c.timeout = 20
    c.symbols = %w[MB-CU-0004 MB-AL-0376 MB-STE-0890]
  end
end
""")

add("terraform/aws-secret-key", "infra/pricing/provider.tf", "Terraform AWS provider docs", """
terraform {
  required_providers {
    aws = { source = "hashicorp/aws", version = "~> 5.40" }
  }
}

provider "aws" {
  region     = "us-east-2"
  access_key = "@@kid@@"
  secret_key = "@@secret@@"
}

resource "aws_s3_bucket" "price_board" {
  bucket = "eastyard-price-board"
}

resource "aws_s3_bucket_website_configuration" "price_board" {
  bucket = aws_s3_bucket.price_board.id
  index_document { suffix = "index.html" }
}
""", aws_secret(), kid=akid())

add("terraform/decoy-variable", "infra/pricing/lambda.tf", "Terraform AWS Lambda / Secrets Manager docs", """
variable "metals_api_secret_arn" {
  type        = string
  description = "ARN of the Secrets Manager secret holding the metals-api access key"
}

resource "aws_lambda_function" "price_fetch" {
  function_name = "price-fetch"
  role          = aws_iam_role.price_fetch.arn
  handler       = "handler.main"
  runtime       = "python3.11"
  filename      = "build/price_fetch.zip"
  source_code_hash = filebase64sha256("build/price_fetch.zip")
  environment {
    variables = {
      METALS_API_SECRET_ARN = var.metals_api_secret_arn
      BOARD_BUCKET          = "eastyard-price-board"
    }
  }
}
""")

add("php/metals-api-key", "website/includes/prices.php", "metals-api.com API documentation", """
<?php
// Today's prices widget on the public site (cached 10 minutes).
define('METALS_API_KEY', '@@secret@@');

function yard_spot_prices(): array {
    $cache = sys_get_temp_dir() . '/yard_prices.json';
    if (file_exists($cache) && time() - filemtime($cache) < 600) {
        return json_decode(file_get_contents($cache), true);
    }
    $url = 'https://metals-api.com/api/latest?access_key=' . METALS_API_KEY . '&base=USD&symbols=XCU,ALU';
    $body = file_get_contents($url);
    file_put_contents($cache, $body);
    return json_decode($body, true);
}
""", fakes.drawn(_seed(), 60, LOWER_DIGITS))

add("php/decoy-env-reference", "website/includes/config.php", "PHP getenv docs", """
<?php
return [
    'db_host' => getenv('WP_DB_HOST') ?: 'localhost',
    'db_user' => getenv('WP_DB_USER') ?: 'wordpress',
    'db_pass' => getenv('WP_DB_PASSWORD'),
    'metals_api_key' => getenv('METALS_API_KEY'),
    'recaptcha_site_key' => '6Lc@@r@@',
];
""", r=fakes.drawn(_seed(), 37, ALNUM + "-_"))

add("swift/decoy-plist-reference", "YardBuyer/Sources/Config.swift", "Apple Bundle.main.object(forInfoDictionaryKey:) docs", """
import Foundation

enum Config {
    static var pricesBaseURL: URL {
        URL(string: Bundle.main.object(forInfoDictionaryKey: "PRICES_BASE_URL") as! String)!
    }

    static var apiKey: String {
        // injected at build time from an xcconfig that is not in the repository
        Bundle.main.object(forInfoDictionaryKey: "YARD_API_KEY") as? String ?? ""
    }
}
""")

add("swift/api-token", "YardBuyer/Sources/PriceService.swift", "Apple URLSession docs", """
import Foundation

final class PriceService {
    private let session = URLSession.shared
    private let base = URL(string: "https://api.eastyardmetals.com/v1")!
    private let apiKey = "@@secret@@"

    func buyPrices() async throws -> Data {
        var req = URLRequest(url: base.appendingPathComponent("buy-prices"))
        req.setValue("Bearer \\(apiKey)", forHTTPHeaderField: "Authorization")
        let (data, _) = try await session.data(for: req)
        return data
    }
}
""", jwt_like())


# ---------------------------------------------------------------------------------------------
# Theft and compliance reporting (LeadsOnline, state portals, ID scanning, sanctions checks)
# ---------------------------------------------------------------------------------------------

add("python/leadsonline-password", "compliance/leadsonline/upload.py", "LeadsOnline Reporting Service (SOAP) integration guide", """
\"\"\"Daily upload of purchase transactions to LeadsOnline (city ordinance 14-212).\"\"\"
from zeep import Client

WSDL = "https://sws.leadsonline.com/leads/ws/reporting.asmx?WSDL"
STORE_ID = "48219"
USERNAME = "eastyard.metals"
PASSWORD = "@@secret@@"


def upload(transactions: list) -> str:
    client = Client(WSDL)
    auth = {"StoreId": STORE_ID, "UserName": USERNAME, "Password": PASSWORD}
    result = client.service.SubmitTransactions(Credentials=auth, Transactions={"Transaction": transactions})
    return result.ConfirmationNumber
""", words_pw())

add("xml/leadsonline-password", "compliance/leadsonline/sample_request.xml", "LeadsOnline Reporting Service (SOAP) integration guide", """
<?xml version="1.0" encoding="utf-8"?>
<soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/" xmlns:lo="http://leadsonline.com/reporting">
  <soap:Body>
    <lo:SubmitTransactions>
      <lo:Credentials>
        <lo:StoreId>48219</lo:StoreId>
        <lo:UserName>eastyard.metals</lo:UserName>
        <lo:Password>@@secret@@</lo:Password>
      </lo:Credentials>
      <lo:Transactions>
        <lo:Transaction>
          <lo:TicketNumber>E-240318-0042</lo:TicketNumber>
          <lo:Item>#2 copper wire, 112 lb</lo:Item>
        </lo:Transaction>
      </lo:Transactions>
    </lo:SubmitTransactions>
  </soap:Body>
</soap:Envelope>
""", words_pw())

add("xml/decoy-placeholder", "compliance/leadsonline/request_template.xml", "LeadsOnline Reporting Service (SOAP) integration guide", """
<?xml version="1.0" encoding="utf-8"?>
<soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/" xmlns:lo="http://leadsonline.com/reporting">
  <soap:Body>
    <lo:SubmitTransactions>
      <lo:Credentials>
        <lo:StoreId>{{ store_id }}</lo:StoreId>
        <lo:UserName>{{ username }}</lo:UserName>
        <lo:Password>{{ password }}</lo:Password>
      </lo:Credentials>
      <lo:Transactions>{{ transactions }}</lo:Transactions>
    </lo:SubmitTransactions>
  </soap:Body>
</soap:Envelope>
""")

add("yaml/state-portal-password", "compliance/config/state_reporting.yaml", "Texas DPS Metals Registration Program reporting docs", """
reporting:
  texas:
    portal: https://metalsregistration.dps.texas.gov/api/v1/transactions
    registration_no: MR-00481
    username: eastyard_api
    password: "@@secret@@"
    schedule: "0 22 * * *"
  oklahoma:
    portal: sftp://scrap.osbi.ok.gov/incoming
    username: eastyard
    key_file: /etc/compliance/osbi_id_ed25519
    schedule: "30 22 * * *"
""", rand_pw(16, "!$%"))

add("yaml/decoy-secret-manager", "compliance/config/state_reporting.staging.yaml", "AWS Secrets Manager docs", """
reporting:
  texas:
    portal: https://uat.metalsregistration.dps.texas.gov/api/v1/transactions
    registration_no: MR-00481
    username: eastyard_api_uat
    password: "arn:aws:secretsmanager:us-east-2:418273645091:secret:compliance/tx-portal-uat-Qm3x9A"
    schedule: "0 * * * *"
  oklahoma:
    portal: sftp://uat-scrap.osbi.ok.gov/incoming
    username: eastyard
    key_file: /etc/compliance/osbi_uat_ed25519
""")

add("shell/ssh-private-key", "compliance/bin/install_osbi_key.sh", "OpenSSH ssh-keygen docs", """
#!/usr/bin/env bash
# Put the OSBI SFTP key on the compliance box (run once after re-imaging).
set -euo pipefail
install -d -m 700 /etc/compliance
cat > /etc/compliance/osbi_id_rsa <<'KEY'
@@secret@@
KEY
chmod 600 /etc/compliance/osbi_id_rsa
ssh-keyscan scrap.osbi.ok.gov >> /etc/ssh/ssh_known_hosts
echo "key installed"
""", pem("RSA"))

add("shell/decoy-public-key", "compliance/bin/authorize_auditor.sh", "OpenSSH authorized_keys docs", """
#!/usr/bin/env bash
# Give the state auditor read-only SFTP access to the exports folder.
set -euo pipefail
install -d -m 700 /home/auditor/.ssh
echo "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI@@k@@ auditor@osbi" >> /home/auditor/.ssh/authorized_keys
chown -R auditor:auditor /home/auditor/.ssh
chmod 600 /home/auditor/.ssh/authorized_keys
""", k=fakes.drawn(_seed(), 43, ALNUM + "+/"))

add("csharp/idscan-license-key", "Kiosk/IdScanning/LicenseScanner.cs", "IDScan.net DLx / Web Services docs", """
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text;
using System.Threading.Tasks;

namespace Kiosk.IdScanning
{
    public class LicenseScanner
    {
        private const string Endpoint = "https://app1.idware.net/DriverLicenseParserRest.svc/Parse";
        private const string AuthKey = "@@secret@@";
        private static readonly HttpClient Http = new HttpClient();

        public async Task<string> ParseAsync(string pdf417Text)
        {
            var body = $"{{\\"authKey\\":\\"{AuthKey}\\",\\"data\\":\\"{pdf417Text}\\"}}";
            var content = new StringContent(body, Encoding.UTF8, "application/json");
            var resp = await Http.PostAsync(Endpoint, content);
            return await resp.Content.ReadAsStringAsync();
        }
    }
}
""", uuid_s())

add("csharp/decoy-sample-id", "Kiosk/IdScanning/SampleBarcodes.cs", "AAMVA DL/ID card design standard (PDF417 sample)", """
namespace Kiosk.IdScanning
{
    // AAMVA sample data from the published standard, used by unit tests only.
    public static class SampleBarcodes
    {
        public const string Texas =
            "@\\n\\x1e\\rANSI 636015090002DL00410278ZT03190007DLDCAC\\nDCBNONE\\nDCDNONE\\nDBA04152029\\n" +
            "DCSSAMPLE\\nDACJOHN\\nDADQ\\nDBD04152021\\nDBB04151980\\nDBC1\\nDAYBRO\\nDAU069 IN\\n" +
            "DAG123 MAIN ST\\nDAIAUSTIN\\nDAJTX\\nDAK787010000\\nDAQ12345678\\n";

        public const string FakeDocumentNumber = "12345678";
    }
}
""")

add("python/ofac-api-key", "compliance/sanctions/screen_seller.py", "OFAC-API.com documentation", """
import requests

OFAC_API_URL = "https://api.ofac-api.com/v4/screen"
OFAC_API_KEY = "@@secret@@"


def screen(name: str, dob: str, address: str) -> bool:
    payload = {
        "apiKey": OFAC_API_KEY,
        "minScore": 90,
        "sources": ["SDN", "NONSDN"],
        "cases": [{"name": name, "dob": dob, "address": {"full": address}}],
    }
    resp = requests.post(OFAC_API_URL, json=payload, timeout=15)
    resp.raise_for_status()
    return resp.json()["results"][0]["matchCount"] > 0
""", uuid_s())

add("ini/bwi-password", "compliance/reportit/reportit.ini", "Business Watch International (BWI) ReportIt upload docs", """
; BWI ReportIt batch upload (police department requirement)
[account]
agency=ORI TX2270100
store_number=0427
user=eastyard0427
password=@@secret@@

[upload]
url=https://www.reportit.bwisolutions.com/upload/batch
format=ReportIt-XML-2.3
include_photos=true
include_thumbprint=true
""", words_pw())

add("ini/decoy-env-reference", "compliance/reportit/reportit.defaults.ini", "Python configparser interpolation docs", """
[account]
agency=ORI TX2270100
store_number=0427
user=eastyard0427
password=%(REPORTIT_PASSWORD)s

[upload]
url=https://www.reportit.bwisolutions.com/upload/batch
format=ReportIt-XML-2.3
""")

add("markdown/leadsonline-password", "docs/compliance/leadsonline.md", "LeadsOnline Reporting Service integration guide", """
# LeadsOnline reporting

Every purchase of nonferrous metal, catalytic converters and AC units is reported the same day.

- Store ID: **48219**
- Web login (for manual corrections): `eastyard.metals`
- Password: `@@secret@@` (shared by the office; change it if someone leaves)
- Upload job: `compliance/leadsonline/upload.py`, cron 21:45

If the upload fails, the job retries at 23:00. After two failures, enter the day's tickets by hand on
the LeadsOnline site before 09:00 the next morning.
""", words_pw())

add("markdown/decoy-vault-reference", "docs/compliance/state-reporting.md", "HashiCorp Vault KV docs", """
# State reporting credentials

All portal credentials live in Vault under `secret/compliance/*`:

```
vault kv get -field=password secret/compliance/tx-portal
vault kv get -field=private_key secret/compliance/osbi-sftp
```

Rotation: every 90 days (Texas requires it). After rotating, restart `compliance-worker`:

```
sudo systemctl restart compliance-worker
```

Confirmation numbers look like `TX-MR-2024-0318-00042`; keep them with the daily report.
""")

add("java/state-portal-password", "compliance-worker/src/main/java/com/eastyard/compliance/GeorgiaGbiClient.java", "Georgia Secondary Metals Recyclers reporting (Java HttpClient docs)", """
package com.eastyard.compliance;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Base64;

public class GeorgiaGbiClient {
    private static final String ENDPOINT = "https://smr.gbi.georgia.gov/api/transactions";
    private static final String USER = "eastyard-ga";
    private static final String PASS = "@@secret@@";

    private final HttpClient http = HttpClient.newHttpClient();

    public int submit(String json) throws Exception {
        String basic = Base64.getEncoder().encodeToString((USER + ":" + PASS).getBytes());
        HttpRequest req = HttpRequest.newBuilder(URI.create(ENDPOINT))
            .header("Authorization", "Basic " + basic)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json))
            .build();
        return http.send(req, HttpResponse.BodyHandlers.ofString()).statusCode();
    }
}
""", rand_pw(15))

add("log/basic-auth", "logs/compliance-worker-2024-03-18.log", "HTTP Basic auth (RFC 7617)", """
2024-03-18T21:45:00Z INFO  compliance-worker: 112 transactions for GA
2024-03-18T21:45:01Z DEBUG POST https://smr.gbi.georgia.gov/api/transactions
2024-03-18T21:45:01Z DEBUG > Authorization: Basic @@secret@@
2024-03-18T21:45:01Z DEBUG > Content-Type: application/json
2024-03-18T21:45:02Z DEBUG < 201 Created
2024-03-18T21:45:02Z INFO  GA confirmation GA-SMR-88120431
""", b64("eastyard-ga:" + rand_pw(15)))

add("log/decoy-ids", "logs/compliance-worker-2024-03-19.log", "compliance worker log format", """
2024-03-19T21:45:00Z INFO  compliance-worker: 97 transactions for GA
2024-03-19T21:45:01Z DEBUG POST https://smr.gbi.georgia.gov/api/transactions request_id=@@u1@@
2024-03-19T21:45:01Z DEBUG > Authorization: Basic [REDACTED]
2024-03-19T21:45:02Z DEBUG < 201 Created etag="@@e@@"
2024-03-19T21:45:02Z INFO  GA confirmation GA-SMR-88120977
2024-03-19T21:46:10Z INFO  TX confirmation TX-MR-2024-0319-00097 trace=@@u2@@
""", u1=uuid_s(), u2=uuid_s(), e=hexs(32))

add("csv/decoy-transactions", "compliance/exports/ga_smr_2024-03-18.csv", "Georgia SMR transaction fields (O.C.G.A. 10-1-350)", """
ticket_no,purchase_ts,seller_last,seller_id_type,seller_id_last4,vehicle_plate,material,weight_lb,paid_by,check_no,photo_hash
E-240318-0041,2024-03-18T08:14:00,MORALES,DL-GA,4410,KDN4821,#1 copper,84,check,100441,@@h1@@
E-240318-0042,2024-03-18T08:31:00,BENNETT,DL-GA,9917,7HZM219,#2 copper,112,check,100442,@@h2@@
E-240318-0043,2024-03-18T09:02:00,NGUYEN,ID-GA,3082,BRK5530,cat converter x2,0,check,100443,@@h3@@
E-240318-0044,2024-03-18T09:40:00,CARTER,DL-AL,5561,LGT0923,aluminum radiators,226,check,100444,@@h4@@
""", h1=hexs(64), h2=hexs(64), h3=hexs(64), h4=hexs(64))

add("typescript/blinkid-license", "kiosk-ui/src/id/blinkid.ts", "Microblink BlinkID In-browser SDK docs", """
import * as BlinkIDSDK from "@microblink/blinkid-in-browser-sdk";

// License is tied to kiosk.eastyardmetals.com
const LICENSE_KEY = "@@secret@@";

export async function loadIdScanner() {
  if (!BlinkIDSDK.isBrowserSupported()) throw new Error("browser not supported");
  const settings = new BlinkIDSDK.WasmSDKLoadSettings(LICENSE_KEY);
  settings.engineLocation = "/blinkid/resources";
  const sdk = await BlinkIDSDK.loadWasmModule(settings);
  return BlinkIDSDK.createBlinkIdSingleSideRecognizer(sdk);
}
""", "sRwA" + fakes.drawn(_seed(), 380, ALNUM + "+/") + "==")

add("go/state-portal-password", "compliance-worker/internal/tx/client.go", "Go net/http SetBasicAuth docs", """
package tx

import (
	"bytes"
	"net/http"
	"time"
)

const (
	portalURL = "https://metalsregistration.dps.texas.gov/api/v1/transactions"
	portalUser = "eastyard_api"
	portalPass = "@@secret@@"
)

var client = &http.Client{Timeout: 30 * time.Second}

func Submit(body []byte) (*http.Response, error) {
	req, err := http.NewRequest(http.MethodPost, portalURL, bytes.NewReader(body))
	if err != nil {
		return nil, err
	}
	req.SetBasicAuth(portalUser, portalPass)
	req.Header.Set("Content-Type", "application/json")
	return client.Do(req)
}
""", rand_pw(16, "!$%"))

add("sql/decoy-redacted", "compliance/queries/sellers_missing_thumbprint.sql", "PostgreSQL SELECT docs", """
-- Sellers paid in the last 30 days without a thumbprint on file (Texas Occ. Code 1956.036).
-- id_number is stored encrypted (pgp_sym_encrypt); only the last four are shown here.
SELECT s.seller_id,
       s.last_name,
       right(pgp_sym_decrypt(s.id_number_enc, current_setting('app.id_key')), 4) AS id_last4,
       count(t.ticket_no) AS tickets
FROM sellers s
JOIN tickets t ON t.seller_id = s.seller_id
WHERE t.paid_at > now() - interval '30 days'
  AND s.thumbprint_blob IS NULL
GROUP BY 1, 2, 3
ORDER BY tickets DESC;
""")

add("python/decoy-regex", "compliance/redact.py", "Python re module docs", """
\"\"\"Mask seller data before logs and support tickets leave the yard.\"\"\"
import re

DL_NUMBER = re.compile(r"\\b[A-Z]?\\d{7,9}\\b")
SSN = re.compile(r"\\b\\d{3}-\\d{2}-\\d{4}\\b")
BASIC_AUTH = re.compile(r"(Authorization:\\s*Basic\\s+)[A-Za-z0-9+/=]+")
API_KEY = re.compile(r"(access_key=)[a-z0-9]{32,64}")


def redact(line: str) -> str:
    line = BASIC_AUTH.sub(r"\\1[REDACTED]", line)
    line = API_KEY.sub(r"\\1[REDACTED]", line)
    line = SSN.sub("***-**-****", line)
    return DL_NUMBER.sub(lambda m: "*" * (len(m.group()) - 4) + m.group()[-4:], line)
""")


# ---------------------------------------------------------------------------------------------
# Payments to sellers (kiosks, ACH, cards, checks)
# ---------------------------------------------------------------------------------------------

add("python/stripe-secret-key", "payouts/stripe_payouts.py", "Stripe API reference (Transfers / Payouts)", """
\"\"\"Pay commercial sellers (contractors, demolition crews) by Stripe Connect transfer.\"\"\"
import stripe

stripe.api_key = "@@secret@@"


def pay_seller(connected_account: str, amount_cents: int, ticket_no: str) -> str:
    transfer = stripe.Transfer.create(
        amount=amount_cents,
        currency="usd",
        destination=connected_account,
        transfer_group=ticket_no,
        metadata={"ticket_no": ticket_no},
    )
    return transfer.id
""", stripe_key())

add("python/stripe-webhook-secret", "payouts/webhooks.py", "Stripe webhooks signature verification docs", """
from flask import Flask, abort, request
import stripe

app = Flask(__name__)
ENDPOINT_SECRET = "@@secret@@"


@app.post("/stripe/webhook")
def stripe_webhook():
    try:
        event = stripe.Webhook.construct_event(
            request.data, request.headers.get("Stripe-Signature"), ENDPOINT_SECRET
        )
    except (ValueError, stripe.error.SignatureVerificationError):
        abort(400)
    if event["type"] == "transfer.reversed":
        mark_reversed(event["data"]["object"]["transfer_group"])
    return "", 204


def mark_reversed(ticket_no: str) -> None:
    ...
""", fakes.fake("whsec_", 32, _seed()))

add("python/decoy-test-key", "payouts/tests/test_stripe_payouts.py", "Stripe testing docs", """
import stripe

from payouts.stripe_payouts import pay_seller


def test_pay_seller(monkeypatch):
    created = {}

    def fake_create(**kwargs):
        created.update(kwargs)
        return type("T", (), {"id": "tr_1OabcdTESTTRANSFER"})()

    monkeypatch.setattr(stripe, "api_key", "sk_test_placeholder")
    monkeypatch.setattr(stripe.Transfer, "create", fake_create)
    assert pay_seller("acct_1Nv0FGQ9RKHgCVdK", 12500, "E-240318-0042") == "tr_1OabcdTESTTRANSFER"
    assert created["transfer_group"] == "E-240318-0042"
""")

add("env/stripe-restricted-key", "payouts/.env.prod", "Stripe restricted API keys docs", """
FLASK_ENV=production
STRIPE_RESTRICTED_KEY=@@secret@@
STRIPE_WEBHOOK_SECRET=
PAYOUT_MAX_CENTS=500000
PAYOUT_CURRENCY=usd
""", stripe_key("rk_live_"))

add("env/decoy-publishable-key", "kiosk-ui/.env.production", "Stripe publishable keys docs; Vite env docs", """
VITE_API_BASE=/api
VITE_STRIPE_PUBLISHABLE_KEY=pk_live_@@p@@
VITE_SENTRY_DSN=https://@@k@@@o4504821.ingest.sentry.io/4504821772
VITE_KIOSK_SITE=EASTYARD
VITE_MAX_CASH_PAYOUT=1500
""", p=fakes.drawn(_seed(), 99), k=hexs(32))

add("ruby/dwolla-secret", "price_sync/lib/ach_payouts.rb", "Dwolla API Ruby SDK docs", """
require "dwolla_v2"

module PriceSync
  DWOLLA = DwollaV2::Client.new(
    key: "@@key@@",
    secret: "@@secret@@",
    environment: :production
  )

  def self.pay_seller(funding_source_url, amount, ticket_no)
    token = DWOLLA.auths.client
    token.post "transfers", {
      _links: {
        source: { href: ENV.fetch("DWOLLA_MASTER_FUNDING_SOURCE") },
        destination: { href: funding_source_url }
      },
      amount: { currency: "USD", value: format("%.2f", amount) },
      metadata: { ticket_no: ticket_no }
    }
  end
end
""", rand_pw(50), key=rand_pw(50))

add("python/plaid-secret", "payouts/plaid_link.py", "Plaid API Python client docs", """
import plaid
from plaid.api import plaid_api
from plaid.model.link_token_create_request import LinkTokenCreateRequest
from plaid.model.link_token_create_request_user import LinkTokenCreateRequestUser
from plaid.model.products import Products
from plaid.model.country_code import CountryCode

configuration = plaid.Configuration(
    host=plaid.Environment.Production,
    api_key={"clientId": "@@cid@@", "secret": "@@secret@@"},
)
client = plaid_api.PlaidApi(plaid.ApiClient(configuration))


def link_token(seller_id: str) -> str:
    req = LinkTokenCreateRequest(
        products=[Products("auth")],
        client_name="East Yard Metals",
        country_codes=[CountryCode("US")],
        language="en",
        user=LinkTokenCreateRequestUser(client_user_id=seller_id),
    )
    return client.link_token_create(req)["link_token"]
""", hexs(30), cid=hexs(24))

add("python/decoy-client-id", "payouts/plaid_config.py", "Plaid API docs (client_id)", """
import os

PLAID_ENV = os.getenv("PLAID_ENV", "sandbox")
# client_id identifies the app and is not a secret; the secret comes from the environment
PLAID_CLIENT_ID = "@@cid@@"
PLAID_SECRET = os.environ["PLAID_SECRET"]
PLAID_PRODUCTS = ["auth"]
PLAID_REDIRECT_URI = "https://kiosk.eastyardmetals.com/oauth-return"
""", cid=hexs(24))

add("typescript/square-access-token", "kiosk-ui/server/square.ts", "Square Node.js SDK docs", """
import { Client, Environment } from "square";
import { randomUUID } from "crypto";

const square = new Client({
  environment: Environment.Production,
  accessToken: "@@secret@@",
});

export async function refundSeller(paymentId: string, cents: bigint) {
  const { result } = await square.refundsApi.refundPayment({
    idempotencyKey: randomUUID(),
    paymentId,
    amountMoney: { amount: cents, currency: "USD" },
    reason: "scale ticket voided",
  });
  return result.refund?.id;
}
""", square_token())

_pp_secret = "E" + fakes.drawn(_seed(), 79, ALNUM + "-_")
add("json/paypal-client-secret", "payouts/config/paypal.json", "PayPal Payouts API docs", """
{
  "mode": "live",
  "client_id": "A@@cid@@",
  "client_secret": "@@secret@@",
  "payout": {
    "email_subject": "East Yard Metals: payment for your scrap",
    "recipient_type": "EMAIL",
    "max_item_usd": 1500
  }
}
""", _pp_secret, cid=fakes.drawn(_seed(), 79, ALNUM + "-_"))

_mt = "live-" + fakes.drawn(_seed(), 64, ALNUM)
add("yaml/modern-treasury-key", "payouts/config/ach.yaml", "Modern Treasury API docs", """
ach:
  provider: modern_treasury
  organization_id: @@org@@
  api_key: @@secret@@
  originating_account_id: @@acct@@
  cutoff_local: "15:30"
  same_day: true
""", _mt, org=uuid_s(), acct=uuid_s())

add("yaml/decoy-sops", "payouts/config/ach.prod.enc.yaml", "Mozilla SOPS docs", """
ach:
  provider: modern_treasury
  organization_id: ENC[AES256_GCM,data:@@d1@@,iv:@@i1@@,tag:@@t1@@,type:str]
  api_key: ENC[AES256_GCM,data:@@d2@@,iv:@@i2@@,tag:@@t2@@,type:str]
  cutoff_local: "15:30"
sops:
  kms:
    - arn: arn:aws:kms:us-east-2:418273645091:key/@@kms@@
      created_at: "2024-03-01T17:02:11Z"
  lastmodified: "2024-03-01T17:02:12Z"
  mac: ENC[AES256_GCM,data:@@d3@@,iv:@@i3@@,tag:@@t3@@,type:str]
  version: 3.8.1
""", d1=b64(fakes.drawn(_seed(), 27)), i1=b64(fakes.drawn(_seed(), 24))[:44], t1=b64(fakes.drawn(_seed(), 16))[:24],
    d2=b64(fakes.drawn(_seed(), 51)), i2=b64(fakes.drawn(_seed(), 24))[:44], t2=b64(fakes.drawn(_seed(), 16))[:24],
    d3=b64(fakes.drawn(_seed(), 48)), i3=b64(fakes.drawn(_seed(), 24))[:44], t3=b64(fakes.drawn(_seed(), 16))[:24],
    kms=uuid_s())

add("php/checkeeper-secret", "website/payouts/print_check.php", "Checkeeper API v2 docs", """
<?php
// Mail a paper check to an out-of-town seller through Checkeeper.
$token = '@@secret@@';

function checkeeper_send(array $check) {
    global $token;
    $ch = curl_init('https://api.checkeeper.com/v2/checks');
    curl_setopt_array($ch, [
        CURLOPT_POST => true,
        CURLOPT_RETURNTRANSFER => true,
        CURLOPT_HTTPHEADER => ['Authorization: Bearer ' . $token, 'Content-Type: application/json'],
        CURLOPT_POSTFIELDS => json_encode(['checks' => [$check]]),
    ]);
    $out = curl_exec($ch);
    curl_close($ch);
    return json_decode($out, true);
}
""", rand_pw(40))

add("csharp/kiosk-admin-password", "Kiosk/CashDispenser/DispenserSettings.cs", "Glory / Tidel cash dispenser SDK docs", """
namespace Kiosk.CashDispenser
{
    public static class DispenserSettings
    {
        public const string ComPort = "COM3";
        public const int BaudRate = 9600;
        public static readonly int[] Cassettes = { 1, 5, 20, 100 };

        // service menu on the dispenser; also unlocks cassette counts
        public const string ServiceUser = "svc";
        public const string ServicePassword = "@@secret@@";

        public const decimal MaxPayoutPerTicket = 1500m;
    }
}
""", words_pw())

add("markdown/decoy-redacted", "docs/payouts/kiosk-cash-runbook.md", "internal runbook", """
# Cash kiosk runbook

| Step | Who | Notes |
|------|-----|-------|
| Count cassettes | Cashier + manager | two people, on camera |
| Reload | Manager | service login `svc`, password in the safe envelope (`********`) |
| Reconcile | Office | export from kiosk admin, compare to ticket totals |

Tickets over $1,500 are paid by check only (state cash limit).
Kiosk serials: `KSK-@@s1@@`, `KSK-@@s2@@`.
""", s1=upper_alnum(12), s2=upper_alnum(12))

add("sql/decoy-ids", "db/reports/unpaid_tickets.sql", "PostgreSQL docs", """
-- Tickets weighed out but not yet paid (kiosk errors, voided checks).
SELECT t.ticket_no,
       t.closed_at,
       t.net_lb,
       t.total_usd,
       p.provider,
       p.provider_ref   -- e.g. tr_1Ox7..., Dwolla transfer UUID, check number
FROM tickets t
LEFT JOIN payments p ON p.ticket_no = t.ticket_no
WHERE t.closed_at > now() - interval '14 days'
  AND (p.status IS NULL OR p.status IN ('failed', 'reversed'))
ORDER BY t.closed_at;
""")

add("csv/decoy-payments", "payouts/exports/payouts_2024-03-18.csv", "Stripe balance transaction export format", """
id,type,amount,currency,created,transfer_group,destination,status
tr_@@t1@@,transfer,125.00,usd,2024-03-18 08:40:12,E-240318-0042,acct_@@a1@@,paid
tr_@@t2@@,transfer,86.40,usd,2024-03-18 09:05:37,E-240318-0043,acct_@@a2@@,paid
tr_@@t3@@,transfer,1412.75,usd,2024-03-18 10:21:03,E-240318-0051,acct_@@a3@@,paid
tr_@@t4@@,transfer,48.10,usd,2024-03-18 11:47:55,E-240318-0060,acct_@@a4@@,reversed
""", t1=fakes.drawn(_seed(), 24), t2=fakes.drawn(_seed(), 24), t3=fakes.drawn(_seed(), 24), t4=fakes.drawn(_seed(), 24),
    a1=fakes.drawn(_seed(), 16), a2=fakes.drawn(_seed(), 16), a3=fakes.drawn(_seed(), 16), a4=fakes.drawn(_seed(), 16))

add("go/stripe-secret-key", "payouts-svc/internal/stripe/client.go", "stripe-go docs", """
package stripe

import (
	stripe "github.com/stripe/stripe-go/v76"
	"github.com/stripe/stripe-go/v76/transfer"
)

func init() {
	stripe.Key = "@@secret@@"
}

func PaySeller(account string, cents int64, ticket string) (string, error) {
	t, err := transfer.New(&stripe.TransferParams{
		Amount:        stripe.Int64(cents),
		Currency:      stripe.String(string(stripe.CurrencyUSD)),
		Destination:   stripe.String(account),
		TransferGroup: stripe.String(ticket),
	})
	if err != nil {
		return "", err
	}
	return t.ID, nil
}
""", stripe_key())

add("kotlin/decoy-build-config", "android/app/build.gradle.kts", "Android BuildConfig / Gradle docs", """
plugins {
    id("com.android.application")
    kotlin("android")
}

android {
    namespace = "com.yardapp"
    compileSdk = 34
    defaultConfig {
        applicationId = "com.yardapp"
        minSdk = 26
        targetSdk = 34
        versionCode = 41
        versionName = "2.3.1"
        buildConfigField("String", "STRIPE_PUBLISHABLE_KEY", "\\"${project.findProperty("stripePublishableKey") ?: ""}\\"")
        buildConfigField("String", "API_BASE", "\\"https://api.eastyardmetals.com/v1\\"")
    }
    buildFeatures { buildConfig = true }
}
""")

_k8s_stripe = stripe_key()
add("k8s-secret/stripe-secret-key", "deploy/k8s/payouts/secret.yaml", "Kubernetes Secret docs", """
apiVersion: v1
kind: Secret
metadata:
  name: payouts-secrets
  namespace: yard-prod
type: Opaque
data:
  STRIPE_API_KEY: @@enc@@
  PAYOUT_MAX_CENTS: @@cap@@
""", _k8s_stripe, enc=b64(_k8s_stripe), cap=b64("500000"))


# ---------------------------------------------------------------------------------------------
# Yard IT: ERP and yard software, fleet, messaging, databases, CI and infrastructure
# ---------------------------------------------------------------------------------------------

add("python/amcs-api-key", "erp_sync/amcs_client.py", "AMCS Platform API docs", """
\"\"\"Push closed scale tickets from the scalehouse DB into AMCS (invoicing, inventory).\"\"\"
import requests

AMCS_BASE = "https://eastyard.amcsplatform.com/erp/api/integrator"
AMCS_PRIVATE_KEY = "@@secret@@"


def session() -> requests.Session:
    s = requests.Session()
    resp = s.post(f"{AMCS_BASE}/authTokens", json={"privateKey": AMCS_PRIVATE_KEY}, timeout=20)
    resp.raise_for_status()
    s.headers["Authorization"] = f"Bearer {resp.json()['resource']}"
    return s


def push_ticket(s: requests.Session, ticket: dict) -> None:
    s.post(f"{AMCS_BASE}/weighings", json=ticket, timeout=20).raise_for_status()
""", rand_pw(64))

add("python/quickbooks-client-secret", "erp_sync/qbo.py", "Intuit QuickBooks Online OAuth 2.0 docs", """
from intuitlib.client import AuthClient
from quickbooks import QuickBooks

auth_client = AuthClient(
    client_id="AB@@cid@@",
    client_secret="@@secret@@",
    environment="production",
    redirect_uri="https://erp.eastyardmetals.com/qbo/callback",
)


def qbo(refresh_token: str, realm_id: str) -> QuickBooks:
    auth_client.refresh(refresh_token=refresh_token)
    return QuickBooks(auth_client=auth_client, refresh_token=auth_client.refresh_token, company_id=realm_id)
""", fakes.drawn(_seed(), 40), cid=fakes.drawn(_seed(), 48))

add("yaml/samsara-api-token", "fleet/config/samsara.yml", "Samsara API docs", """
samsara:
  base_url: https://api.samsara.com
  api_token: @@secret@@
  tag_ids:
    rolloff_trucks: "4581230"
    grapple_trucks: "4581231"
  poll_seconds: 60
containers:
  geofence_radius_m: 120
  stale_after_days: 21
""", "samsara_api_" + fakes.drawn(_seed(), 30))

add("python/decoy-env-reference", "fleet/samsara_sync.py", "Samsara API docs", """
import os

import requests

SAMSARA_TOKEN = os.environ["SAMSARA_API_TOKEN"]


def vehicle_locations(tag_ids: list) -> list:
    resp = requests.get(
        "https://api.samsara.com/fleet/vehicles/locations",
        headers={"Authorization": f"Bearer {SAMSARA_TOKEN}"},
        params={"tagIds": ",".join(tag_ids)},
        timeout=15,
    )
    resp.raise_for_status()
    return resp.json()["data"]
""")

add("java/geotab-password", "fleet-java/src/main/java/com/eastyard/fleet/GeotabLogin.java", "Geotab MyGeotab SDK docs", """
package com.eastyard.fleet;

import com.geotab.api.GeotabApi;
import com.geotab.http.request.param.AuthenticateParameters;
import com.geotab.model.login.Credentials;

public final class GeotabLogin {
    private GeotabLogin() {}

    public static GeotabApi connect() {
        Credentials credentials = Credentials.builder()
            .database("eastyard_metals")
            .userName("fleet-api@eastyardmetals.com")
            .password("@@secret@@")
            .build();
        return new GeotabApi(credentials, "my.geotab.com", GeotabApi.DEFAULT_TIMEOUT);
    }
}
""", words_pw())

add("python/twilio-auth-token", "notify/sms.py", "Twilio Python helper library docs", """
\"\"\"Text sellers when their check is ready or their container is full.\"\"\"
from twilio.rest import Client

ACCOUNT_SID = "@@sid@@"
AUTH_TOKEN = "@@secret@@"
FROM_NUMBER = "+19035550142"

client = Client(ACCOUNT_SID, AUTH_TOKEN)


def text(to: str, body: str) -> str:
    return client.messages.create(to=to, from_=FROM_NUMBER, body=body).sid
""", hexs(32), sid=twilio_sid())

add("env/twilio-auth-token", "notify/.env", "Twilio environment variables docs", """
TWILIO_ACCOUNT_SID=@@sid@@
TWILIO_AUTH_TOKEN=@@secret@@
TWILIO_FROM=+19035550142
NOTIFY_QUIET_HOURS=21-7
NOTIFY_CONTAINER_FULL_PCT=85
""", hexs(32), sid=twilio_sid())

add("env/decoy-empty", "notify/.env.sample", "dotenv docs", """
TWILIO_ACCOUNT_SID=ACxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx
TWILIO_AUTH_TOKEN=
TWILIO_FROM=+15005550006
NOTIFY_QUIET_HOURS=21-7
NOTIFY_CONTAINER_FULL_PCT=85
""")

add("python/sendgrid-api-key", "notify/email_receipts.py", "SendGrid Python library docs", """
from sendgrid import SendGridAPIClient
from sendgrid.helpers.mail import Mail

SENDGRID_KEY = "@@secret@@"


def send_receipt(to: str, ticket_no: str, pdf_url: str) -> int:
    message = Mail(
        from_email="receipts@eastyardmetals.com",
        to_emails=to,
        subject=f"Your scale ticket {ticket_no}",
        html_content=f"<p>Thanks for your business. <a href='{pdf_url}'>Download ticket</a></p>",
    )
    return SendGridAPIClient(SENDGRID_KEY).send(message).status_code
""", sendgrid_key())

add("ruby/mailgun-api-key", "price_sync/config/initializers/mailgun.rb", "Mailgun Ruby SDK docs", """
require "mailgun-ruby"

Mailgun.configure do |config|
  config.api_key = "@@secret@@"
end

MAILGUN_DOMAIN = "mg.eastyardmetals.com".freeze
""", mailgun_key())

add("ini/smtp-password", "erp_sync/config/mail.ini", "Python smtplib / Microsoft 365 SMTP AUTH docs", """
[smtp]
host = smtp.office365.com
port = 587
starttls = yes
user = scalehouse@eastyardmetals.com
password = @@secret@@

[reports]
daily_to = office@eastyardmetals.com, owner@eastyardmetals.com
weekly_to = accounting@eastyardmetals.com
""", words_pw())

add("php/smtp-password", "website/wp-content/mu-plugins/smtp.php", "WordPress phpmailer_init docs", """
<?php
/* Plugin Name: Yard SMTP */
add_action('phpmailer_init', function ($mailer) {
    $mailer->isSMTP();
    $mailer->Host = 'smtp.gmail.com';
    $mailer->SMTPAuth = true;
    $mailer->Port = 587;
    $mailer->SMTPSecure = 'tls';
    $mailer->Username = 'quotes@eastyardmetals.com';
    $mailer->Password = '@@secret@@';
    $mailer->From = 'quotes@eastyardmetals.com';
    $mailer->FromName = 'East Yard Metals';
});
""", fakes.drawn(_seed(), 16, string.ascii_lowercase))

add("php/database-password", "website/wp-config.php", "WordPress wp-config.php docs", """
<?php
define('DB_NAME', 'eastyard_wp');
define('DB_USER', 'eastyard_wp');
define('DB_PASSWORD', '@@secret@@');
define('DB_HOST', 'localhost');
define('DB_CHARSET', 'utf8mb4');
define('DB_COLLATE', '');

define('WP_DEBUG', false);
$table_prefix = 'wp_';

if (!defined('ABSPATH')) {
    define('ABSPATH', __DIR__ . '/');
}
require_once ABSPATH . 'wp-settings.php';
""", rand_pw(20, "!@#^"))

add("php/decoy-salts-placeholder", "website/wp-config-sample.php", "WordPress wp-config-sample.php", """
<?php
define('DB_NAME', 'database_name_here');
define('DB_USER', 'username_here');
define('DB_PASSWORD', 'password_here');
define('DB_HOST', 'localhost');

define('AUTH_KEY',         'put your unique phrase here');
define('SECURE_AUTH_KEY',  'put your unique phrase here');
define('LOGGED_IN_KEY',    'put your unique phrase here');
define('NONCE_KEY',        'put your unique phrase here');

$table_prefix = 'wp_';
require_once ABSPATH . 'wp-settings.php';
""")

add("python/redis-password", "scalehouse/queue.py", "redis-py docs", """
import json

import redis

r = redis.Redis(host="10.40.1.8", port=6379, db=2, password="@@secret@@", decode_responses=True)


def enqueue_ticket(ticket: dict) -> None:
    r.lpush("tickets:closed", json.dumps(ticket))


def next_ticket(timeout: int = 5):
    item = r.brpop("tickets:closed", timeout=timeout)
    return json.loads(item[1]) if item else None
""", redis_pw())

add("compose/redis-password", "deploy/yard-stack/docker-compose.yml", "Redis Docker image docs (requirepass)", """
services:
  redis:
    image: redis:7.2-alpine
    command: ["redis-server", "--appendonly", "yes", "--requirepass", "@@secret@@"]
    volumes:
      - redis-data:/data
    ports:
      - "127.0.0.1:6379:6379"
  worker:
    image: registry.eastyardmetals.com/yard/worker:2.3.1
    environment:
      REDIS_URL: redis://:@@secret@@@redis:6379/2
    depends_on: [redis]
volumes:
  redis-data: {}
""", redis_pw())

add("compose/decoy-env-file", "deploy/yard-stack/docker-compose.override.yml", "Docker Compose environment variables docs", """
services:
  redis:
    command: ["redis-server", "--appendonly", "yes", "--requirepass", "${REDIS_PASSWORD:?}"]
  worker:
    env_file: .env.worker
    environment:
      REDIS_URL: redis://:${REDIS_PASSWORD}@redis:6379/2
      DATABASE_URL: ${DATABASE_URL}
  postgres:
    image: postgres:16
    environment:
      POSTGRES_PASSWORD_FILE: /run/secrets/pg_password
    secrets: [pg_password]
secrets:
  pg_password:
    file: ./secrets/pg_password.txt
""")

add("compose/database-password", "deploy/scrapdragon/docker-compose.yml", "MySQL Docker image docs", """
services:
  mysql:
    image: mysql:8.0
    restart: always
    environment:
      MYSQL_DATABASE: scrapdragon
      MYSQL_USER: sd_app
      MYSQL_PASSWORD: @@secret@@
      MYSQL_ROOT_PASSWORD: "${MYSQL_ROOT_PASSWORD}"
    volumes:
      - mysql:/var/lib/mysql
  backup:
    image: databack/mysql-backup:latest
    environment:
      DB_SERVER: mysql
      DB_USER: sd_app
      DB_DUMP_TARGET: /backup
    volumes:
      - /mnt/yard-nas/backup/mysql:/backup
volumes:
  mysql: {}
""", words_pw())

add("shell/database-password", "scripts/backup_scrapdragon.sh", "mysqldump docs", """
#!/usr/bin/env bash
set -euo pipefail
STAMP=$(date +%Y%m%d-%H%M)
mysqldump -h 127.0.0.1 -u sd_backup -p'@@secret@@' --single-transaction scrapdragon \\
  | gzip > /mnt/yard-nas/backup/scrapdragon-$STAMP.sql.gz
find /mnt/yard-nas/backup -name 'scrapdragon-*.sql.gz' -mtime +30 -delete
""", words_pw())

add("python/database-url", "erp_sync/db.py", "SQLAlchemy engine configuration docs", """
from sqlalchemy import create_engine
from sqlalchemy.orm import sessionmaker

DATABASE_URL = "postgresql+psycopg2://erp_sync:@@secret@@@pg-yard.internal:5432/erp"

engine = create_engine(DATABASE_URL, pool_pre_ping=True, pool_size=5)
Session = sessionmaker(bind=engine)
""", rand_pw(22))

add("yaml/mongodb-password", "inventory/config/production.yaml", "MongoDB connection string docs", """
app:
  name: inventory-api
  port: 8090
mongo:
  uri: mongodb+srv://inventory:@@secret@@@yard-cluster.x7k2p.mongodb.net/inventory?retryWrites=true&w=majority
  pool: 20
bins:
  default_unit: lb
  reorder_check_cron: "0 */2 * * *"
""", rand_pw(16))

_mongo_pw = rand_pw(18)
add("typescript/mongodb-password", "inventory/src/db.ts", "MongoDB Node.js driver docs", """
import { MongoClient } from "mongodb";

const uri =
  "mongodb://inventory_rw:" + "@@p1@@" +
  "@@p2@@" + "@10.40.1.9:27017/inventory?authSource=admin";

export const client = new MongoClient(uri, { maxPoolSize: 10 });

export async function bins() {
  await client.connect();
  return client.db("inventory").collection("bins");
}
""", _mongo_pw, p1=_mongo_pw[:9], p2=_mongo_pw[9:])

add("properties/rabbitmq-password", "compliance-worker/src/main/resources/application-prod.properties", "Spring AMQP properties", """
spring.rabbitmq.host=mq.yard.internal
spring.rabbitmq.port=5672
spring.rabbitmq.username=compliance
spring.rabbitmq.password=@@secret@@
spring.rabbitmq.virtual-host=/yard
compliance.queue.tickets=tickets.closed
compliance.schedule.tx=0 0 22 * * *
""", rand_pw(20))

add("go/rabbitmq-password", "payouts-svc/cmd/consumer/main.go", "amqp091-go docs", """
package main

import (
	"log"

	amqp "github.com/rabbitmq/amqp091-go"
)

func main() {
	conn, err := amqp.Dial("amqp://payouts:@@secret@@@mq.yard.internal:5672/yard")
	if err != nil {
		log.Fatal(err)
	}
	defer conn.Close()
	ch, _ := conn.Channel()
	msgs, _ := ch.Consume("tickets.closed", "payouts", false, false, false, false, nil)
	for m := range msgs {
		log.Printf("ticket %s", m.Body)
		m.Ack(false)
	}
}
""", words_pw())

add("python/ldap-bind-password", "yardadmin/auth_ldap.py", "django-auth-ldap docs", """
import ldap
from django_auth_ldap.config import LDAPSearch

AUTH_LDAP_SERVER_URI = "ldaps://dc01.eastyard.local"
AUTH_LDAP_BIND_DN = "CN=svc-yardadmin,OU=Service Accounts,DC=eastyard,DC=local"
AUTH_LDAP_BIND_PASSWORD = "@@secret@@"
AUTH_LDAP_USER_SEARCH = LDAPSearch(
    "OU=Staff,DC=eastyard,DC=local", ldap.SCOPE_SUBTREE, "(sAMAccountName=%(user)s)"
)
AUTH_LDAP_USER_ATTR_MAP = {"first_name": "givenName", "last_name": "sn", "email": "mail"}
""", words_pw())

add("python/django-secret-key", "yardadmin/settings/production.py", "Django settings docs (SECRET_KEY)", """
from .base import *  # noqa

DEBUG = False
SECRET_KEY = "@@secret@@"
ALLOWED_HOSTS = ["admin.eastyardmetals.com"]
CSRF_TRUSTED_ORIGINS = ["https://admin.eastyardmetals.com"]
SECURE_HSTS_SECONDS = 31536000
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
""", django_key())

add("python/decoy-env-reference", "yardadmin/settings/base.py", "Django settings docs", """
import os
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent
SECRET_KEY = os.environ.get("DJANGO_SECRET_KEY", "django-insecure-dev-only-change-me")
DEBUG = os.environ.get("DJANGO_DEBUG") == "1"
INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "tickets",
    "sellers",
]
DATABASES = {"default": {"ENGINE": "django.db.backends.postgresql", "NAME": "yardadmin",
                         "PASSWORD": os.environ.get("YARDADMIN_DB_PASSWORD", "")}}
""")

add("typescript/jwt-secret", "kiosk-ui/server/auth.ts", "jsonwebtoken docs", """
import jwt from "jsonwebtoken";

const JWT_SECRET = "@@secret@@";

export function issueKioskToken(kioskId: string) {
  return jwt.sign({ sub: kioskId, role: "kiosk" }, JWT_SECRET, { expiresIn: "12h" });
}

export function verify(token: string) {
  return jwt.verify(token, JWT_SECRET) as { sub: string; role: string };
}
""", hexs(64))

add("github-actions/pypi-token", ".github/workflows/release-scalelib.yml", "PyPI API tokens docs; twine docs", """
name: release-scalelib
on:
  push:
    tags: ["scalelib-v*"]
jobs:
  publish:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-python@v5
        with:
          python-version: "3.11"
      - run: pip install build twine
      - run: python -m build scalelib
      - run: twine upload scalelib/dist/*
        env:
          TWINE_USERNAME: __token__
          TWINE_PASSWORD: @@secret@@
""", pypi())

add("github-actions/decoy-oidc", ".github/workflows/release-indicator-proto.yml", "PyPI trusted publishing docs", """
name: release-indicator-proto
on:
  release:
    types: [published]
jobs:
  pypi:
    runs-on: ubuntu-latest
    environment: pypi
    permissions:
      id-token: write
    steps:
      - uses: actions/checkout@v4
      - run: pipx run build
      - uses: pypa/gh-action-pypi-publish@release/v1
""")

add("ini/pypi-token", "scalelib/.pypirc", "PyPI .pypirc docs", """
[distutils]
index-servers =
    pypi
    yard

[pypi]
username = __token__
password = @@secret@@

[yard]
repository = https://pkgs.eastyardmetals.com/simple/
username = ci
""", pypi())

add("toml/pypi-token", "scalelib/poetry.toml", "Poetry configuration docs", """
[virtualenvs]
in-project = true

[repositories.yard]
url = "https://pkgs.eastyardmetals.com/simple/"

[pypi-token]
pypi = "@@secret@@"
""", pypi())

add("toml/decoy-project-metadata", "scalelib/pyproject.toml", "PEP 621 / setuptools docs", """
[build-system]
requires = ["setuptools>=68", "wheel"]
build-backend = "setuptools.build_meta"

[project]
name = "eastyard-scalelib"
version = "1.4.2"
description = "Drivers for truck-scale indicators (Rice Lake, Cardinal, Mettler Toledo)"
requires-python = ">=3.9"
dependencies = ["pyserial>=3.5", "requests>=2.31"]

[project.urls]
Source = "https://github.com/eastyard-metals/scalelib"

[tool.pytest.ini_options]
addopts = "-q"
""")

add("shell/github-token", "scripts/clone_all.sh", "GitHub personal access tokens docs", """
#!/usr/bin/env bash
# Re-image helper: clone every yard repo onto the new scalehouse PC.
set -e
TOKEN=@@secret@@
for repo in scalelib scale-gw kiosk-ui compliance-worker payouts-svc; do
  git clone "https://x-access-token:${TOKEN}@github.com/eastyard-metals/${repo}.git" "/opt/yard/${repo}"
done
""", gh())

add("yaml/github-token", ".github/dependabot-secrets.yml", "Renovate / Dependabot private registry docs", """
version: 2
registries:
  yard-github:
    type: git
    url: https://github.com
    username: x-access-token
    password: @@secret@@
updates:
  - package-ecosystem: pip
    directory: "/"
    registries: [yard-github]
    schedule:
      interval: weekly
""", fakes.github_fine_grained_token(_seed()))

add("yaml/gitlab-token", ".gitlab-ci.yml", "GitLab CI/CD docs; GitLab personal access tokens", """
stages: [test, deploy]

variables:
  PIP_INDEX_URL: https://__token__:@@secret@@@gitlab.eastyardmetals.com/api/v4/projects/12/packages/pypi/simple

test:
  stage: test
  image: python:3.11
  script:
    - pip install -r requirements.txt
    - pytest -q

deploy:
  stage: deploy
  script:
    - ./scripts/deploy.sh
  only: [main]
""", gitlab_token())

add("ini/npm-token", "kiosk-ui/.npmrc", "npm config docs (.npmrc auth)", """
registry=https://registry.npmjs.org/
@eastyard:registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=@@secret@@
save-exact=true
fund=false
""", npm_token())

add("ini/decoy-env-reference", "price-board/.npmrc", "npm config docs (environment variables in .npmrc)", """
registry=https://registry.npmjs.org/
@eastyard:registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=${NPM_TOKEN}
engine-strict=true
audit-level=high
""")

add("terraform/azure-client-secret", "infra/azure/main.tf", "Terraform azurerm provider docs", """
provider "azurerm" {
  features {}
  subscription_id = "@@sub@@"
  tenant_id       = "@@ten@@"
  client_id       = "@@cid@@"
  client_secret   = "@@secret@@"
}

resource "azurerm_resource_group" "yard" {
  name     = "rg-eastyard-prod"
  location = "southcentralus"
}

resource "azurerm_storage_account" "snapshots" {
  name                     = "eastyardsnapshots"
  resource_group_name      = azurerm_resource_group.yard.name
  location                 = azurerm_resource_group.yard.location
  account_tier             = "Standard"
  account_replication_type = "GRS"
}
""", azure_secret(), sub=uuid_s(), ten=uuid_s(), cid=uuid_s())

add("terraform/decoy-ids", "infra/azure/backend.tf", "Terraform azurerm backend docs", """
terraform {
  backend "azurerm" {
    resource_group_name  = "rg-eastyard-tfstate"
    storage_account_name = "eastyardtfstate"
    container_name       = "tfstate"
    key                  = "prod.terraform.tfstate"
    use_oidc             = true
    subscription_id      = "@@sub@@"
    tenant_id            = "@@ten@@"
  }
}
""", sub=uuid_s(), ten=uuid_s())

add("env/azure-storage-key", "snapshot-archiver/.env", "Azure Storage connection strings docs", """
AZURE_STORAGE_CONNECTION_STRING=DefaultEndpointsProtocol=https;AccountName=eastyardsnapshots;AccountKey=@@secret@@;EndpointSuffix=core.windows.net
SNAPSHOT_CONTAINER=scale-photos
RETENTION_DAYS=730
THUMBNAIL_WIDTH=640
LOG_LEVEL=info
""", b64(fakes.drawn(_seed(), 64, ALNUM))[:86] + "==")

_gcp_pem = pem("")
_gcp_pem = _gcp_pem.replace("BEGIN  PRIVATE", "BEGIN PRIVATE").replace("END  PRIVATE", "END PRIVATE")
add("json/gcp-service-account", "analytics/keys/yard-analytics-sa.json", "Google Cloud service account key file docs", """
{
  "type": "service_account",
  "project_id": "eastyard-analytics",
  "private_key_id": "@@kid@@",
  "private_key": "@@pk@@\\n",
  "client_email": "tonnage-loader@eastyard-analytics.iam.gserviceaccount.com",
  "client_id": "1048@@cnum@@",
  "auth_uri": "https://accounts.google.com/o/oauth2/auth",
  "token_uri": "https://oauth2.googleapis.com/token"
}
""", _gcp_pem.split("\n")[1], kid=hexs(40), pk=_gcp_pem.replace("\n", "\\n"), cnum=str(random.Random(_seed()).randint(10**16, 10**17)))


add("k8s-secret/database-password", "deploy/k8s/compliance/secret.yaml", "Kubernetes Secret docs (stringData)", """
apiVersion: v1
kind: Secret
metadata:
  name: compliance-worker
  namespace: yard-prod
  labels:
    app: compliance-worker
type: Opaque
stringData:
  DB_USER: compliance
  DB_PASSWORD: "@@secret@@"
  TX_PORTAL_USER: eastyard_api
""", rand_pw(24))

_smtp_pw = words_pw()
add("k8s-secret/smtp-password", "deploy/k8s/notify/secret.yaml", "Kubernetes Secret docs", """
apiVersion: v1
kind: Secret
metadata:
  name: notify-smtp
  namespace: yard-prod
type: Opaque
data:
  SMTP_HOST: @@h@@
  SMTP_USER: @@u@@
  SMTP_PASSWORD: @@enc@@
""", _smtp_pw, h=b64("smtp.office365.com"), u=b64("notify@eastyardmetals.com"), enc=b64(_smtp_pw))

add("k8s-secret/decoy-sealed-secret", "deploy/k8s/payouts/sealed-secret.yaml", "Bitnami Sealed Secrets docs", """
apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata:
  name: payouts-secrets
  namespace: yard-prod
spec:
  encryptedData:
    STRIPE_API_KEY: Ag@@e1@@
    DWOLLA_SECRET: Ag@@e2@@
  template:
    metadata:
      name: payouts-secrets
      namespace: yard-prod
""", e1=fakes.drawn(_seed(), 300, ALNUM + "+/"), e2=fakes.drawn(_seed(), 300, ALNUM + "+/"))

add("k8s-secret/decoy-external-secret", "deploy/k8s/pricing/external-secret.yaml", "External Secrets Operator docs", """
apiVersion: external-secrets.io/v1beta1
kind: ExternalSecret
metadata:
  name: pricing-feeds
  namespace: yard-prod
spec:
  refreshInterval: 1h
  secretStoreRef:
    name: aws-secrets-manager
    kind: ClusterSecretStore
  target:
    name: pricing-feeds
  data:
    - secretKey: PRICING_METALS_API_KEY
      remoteRef:
        key: prod/pricing/metals-api
        property: access_key
    - secretKey: PRICING_LME_PASSWORD
      remoteRef:
        key: prod/pricing/lme
        property: password
""")

add("yaml/decoy-helm-existing-secret", "deploy/helm/yard-stack/values.yaml", "Helm chart values conventions (existingSecret)", """
image:
  repository: registry.eastyardmetals.com/yard/worker
  tag: "2.3.1"
  digest: sha256:@@d@@
replicaCount: 2
redis:
  auth:
    enabled: true
    existingSecret: yard-redis
    existingSecretPasswordKey: redis-password
postgresql:
  auth:
    username: yard
    existingSecret: yard-postgres
resources:
  limits: { cpu: 500m, memory: 512Mi }
""", d=hexs(64))

add("yaml/redis-password", "deploy/helm/yard-stack/values-prod.yaml", "Bitnami Redis Helm chart values", """
replicaCount: 3
redis:
  auth:
    enabled: true
    password: "@@secret@@"
  master:
    persistence:
      size: 8Gi
ingress:
  enabled: true
  hosts:
    - host: admin.eastyardmetals.com
      paths: ["/"]
""", redis_pw())

add("xml/maven-repo-password", "compliance-worker/.mvn/settings.xml", "Apache Maven settings.xml reference", """
<settings xmlns="http://maven.apache.org/SETTINGS/1.0.0">
  <servers>
    <server>
      <id>yard-nexus</id>
      <username>ci-deployer</username>
      <password>@@secret@@</password>
    </server>
  </servers>
  <mirrors>
    <mirror>
      <id>yard-nexus</id>
      <url>https://nexus.eastyardmetals.com/repository/maven-public/</url>
      <mirrorOf>*</mirrorOf>
    </mirror>
  </mirrors>
</settings>
""", rand_pw(20))

add("xml/decoy-maven-env", "payouts-java/.mvn/settings.xml", "Apache Maven settings.xml reference (environment variables)", """
<settings xmlns="http://maven.apache.org/SETTINGS/1.0.0">
  <servers>
    <server>
      <id>yard-nexus</id>
      <username>${env.NEXUS_USER}</username>
      <password>${env.NEXUS_PASSWORD}</password>
    </server>
  </servers>
</settings>
""")

add("plist/api-token", "YardBuyer/Resources/Secrets.plist", "Apple property list docs", """
<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
<dict>
    <key>PRICES_BASE_URL</key>
    <string>https://api.eastyardmetals.com/v1</string>
    <key>ScrapRightApiKey</key>
    <string>@@secret@@</string>
</dict>
</plist>
""", "srk_" + rand_pw(40))

add("plist/decoy-info-plist", "YardBuyer/Resources/Info.plist", "Apple Info.plist keys docs", """
<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
<dict>
    <key>CFBundleIdentifier</key>
    <string>com.eastyardmetals.buyer</string>
    <key>PRICES_BASE_URL</key>
    <string>$(PRICES_BASE_URL)</string>
    <key>YARD_API_KEY</key>
    <string>$(YARD_API_KEY)</string>
    <key>NSCameraUsageDescription</key>
    <string>Photograph loads and seller ID for state records.</string>
</dict>
</plist>
""")

add("python/scrapright-api-key", "erp_sync/scrapright.py", "ScrapRight integration API docs", """
import requests


class ScrapRight:
    def __init__(self, base="https://eastyard.scrapright.com/api/v3"):
        self.base = base
        self.s = requests.Session()
        self.s.headers.update({"X-API-KEY": "@@secret@@", "Accept": "application/json"})

    def tickets_since(self, iso_ts: str) -> list:
        r = self.s.get(f"{self.base}/tickets", params={"modified_since": iso_ts}, timeout=30)
        r.raise_for_status()
        return r.json()["tickets"]
""", "srk_" + rand_pw(40))

add("csv/device-password", "it/inventory/network_devices.csv", "IT asset inventory export", """
hostname,ip,type,location,model,admin_user,admin_password,notes
yard-fw01,10.40.0.1,firewall,office,FortiGate 60F,admin,@@secret@@,HA pair primary
yard-sw-scale,10.40.30.2,switch,scalehouse,UniFi USW-24,ubnt,(SSO),
yard-ap-gate,10.40.30.5,access point,gate,UniFi U6-Pro,ubnt,(SSO),
yard-nas,10.40.1.20,nas,office,Synology DS920+,yardadmin,(1Password),snapshots + backups
yard-ups,10.40.1.30,ups,office,APC SMT1500,apc,(1Password),
""", words_pw())

add("csv/decoy-catalytic-converters", "compliance/exports/catalytic_converters_2024-03.csv", "state catalytic converter purchase record requirements", """
ticket_no,purchase_date,converter_serial,oem_part_no,vehicle_vin,seller_id_last4,weight_lb,paid_usd
E-240302-0014,2024-03-02,@@s1@@,25184073,1GCEK14V@@v1@@,4410,6.4,142.00
E-240305-0031,2024-03-05,@@s2@@,18-9832-K,2T1BURHE@@v2@@,9917,4.1,88.00
E-240311-0009,2024-03-11,@@s3@@,1370631,1FTFW1ET@@v3@@,3082,7.9,210.00
E-240318-0043,2024-03-18,@@s4@@,25184073,1GCEK14V@@v4@@,3082,6.5,145.00
""", s1=upper_alnum(12), s2=upper_alnum(12), s3=upper_alnum(12), s4=upper_alnum(12),
    v1=upper_alnum(9), v2=upper_alnum(9), v3=upper_alnum(9), v4=upper_alnum(9))

add("python/slack-bot-token", "ops/yard_bot.py", "Slack Bolt for Python docs", """
from slack_bolt import App
from slack_bolt.adapter.socket_mode import SocketModeHandler

app = App(token="@@secret@@")


@app.command("/tonnage")
def tonnage(ack, respond, command):
    ack()
    from scalehouse.reports import tonnage_today
    respond(f"Today so far: {tonnage_today():,.0f} lb across all scales")


if __name__ == "__main__":
    SocketModeHandler(app, "xapp-" + "1-A0000000000-0000000000000-" + "0" * 64).start()
""", slack_bot())

add("javascript/discord-webhook", "price-board/scripts/notify-discord.js", "Discord webhooks docs", """
const fetch = require("node-fetch");

const WEBHOOK = "@@secret@@";

async function notify(text) {
  await fetch(WEBHOOK, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ username: "Price Board", content: text }),
  });
}

notify(process.argv.slice(2).join(" ") || "Price board refreshed");
""", discord_webhook())

add("powershell/teams-webhook", "scripts/Send-ScaleAlert.ps1", "Microsoft Teams incoming webhooks docs", """
param(
    [Parameter(Mandatory)][string]$Scale,
    [Parameter(Mandatory)][string]$Message
)

$webhook = '@@secret@@'
$card = @{
    '@type'    = 'MessageCard'
    '@context' = 'http://schema.org/extensions'
    summary    = "Scale alert $Scale"
    text       = "**$Scale**: $Message"
} | ConvertTo-Json

Invoke-RestMethod -Method Post -Uri $webhook -Body $card -ContentType 'application/json'
""", teams_webhook())

add("yaml/datadog-api-key", "deploy/datadog/datadog.yaml", "Datadog Agent configuration docs", """
api_key: @@secret@@
site: datadoghq.com
hostname: yard-app01
tags:
  - env:prod
  - site:eastyard
logs_enabled: true
process_config:
  process_collection:
    enabled: true
""", hexs(32))

add("yaml/decoy-datadog-env", "deploy/datadog/datadog.example.yaml", "Datadog Agent configuration docs", """
# api_key is read from DD_API_KEY in the service environment
api_key: ${DD_API_KEY}
site: datadoghq.com
hostname: yard-app01
tags:
  - env:prod
  - site:eastyard
logs_enabled: true
""")

add("shell/sentry-auth-token", "kiosk-ui/scripts/upload-sourcemaps.sh", "Sentry CLI docs", """
#!/usr/bin/env bash
set -euo pipefail
export SENTRY_AUTH_TOKEN=@@secret@@
export SENTRY_ORG=eastyard-metals
export SENTRY_PROJECT=kiosk-ui
VERSION=$(git rev-parse --short HEAD)
npx sentry-cli releases new "$VERSION"
npx sentry-cli sourcemaps upload --release "$VERSION" dist/assets
npx sentry-cli releases finalize "$VERSION"
""", "sntrys_" + b64('{"iat":1710748800.0,"url":"https://sentry.io","region_url":"https://us.sentry.io","org":"eastyard-metals"}').rstrip("=") + "_" + fakes.drawn(_seed(), 43, ALNUM + "+/"))

add("python/hubspot-token", "crm/sync_contacts.py", "HubSpot private apps docs", """
\"\"\"Copy commercial sellers (contractors, HVAC shops) to HubSpot for the sales team.\"\"\"
from hubspot import HubSpot
from hubspot.crm.contacts import SimplePublicObjectInputForCreate

api = HubSpot(access_token="@@secret@@")


def upsert(seller: dict) -> str:
    props = {
        "email": seller["email"],
        "company": seller["company"],
        "phone": seller["phone"],
        "yard_account_no": seller["account_no"],
    }
    created = api.crm.contacts.basic_api.create(SimplePublicObjectInputForCreate(properties=props))
    return created.id
""", "pat-na1-" + uuid_s())

add("ruby/zendesk-token", "price_sync/lib/support_tickets.rb", "Zendesk API token authentication docs", """
require "zendesk_api"

SUPPORT = ZendeskAPI::Client.new do |config|
  config.url = "https://eastyardmetals.zendesk.com/api/v2"
  config.username = "it@eastyardmetals.com/token"
  config.token = "@@secret@@"
  config.retry = true
end

def open_kiosk_ticket(kiosk, error)
  SUPPORT.tickets.create(subject: "Kiosk #{kiosk} error", comment: { value: error }, priority: "high")
end
""", rand_pw(40))

add("shell/tailscale-auth-key", "it/provision/scalehouse-pc.sh", "Tailscale auth keys docs", """
#!/usr/bin/env bash
# Provision a scalehouse PC: remote access for IT over Tailscale.
set -euo pipefail
curl -fsSL https://tailscale.com/install.sh | sh
tailscale up --authkey=@@secret@@ --hostname="scalehouse-$(hostname -s)" --advertise-tags=tag:scalehouse
apt-get install -y chrony
systemctl enable --now chrony
""", "tskey-auth-k" + fakes.drawn(_seed(), 10) + "CNTRL-" + fakes.drawn(_seed(), 33))

add("ini/wireguard-private-key", "it/vpn/wg0-scalehouse.conf", "WireGuard wg-quick(8) docs", """
[Interface]
Address = 10.99.0.12/32
PrivateKey = @@secret@@
DNS = 10.40.1.1

[Peer]
PublicKey = @@pub@@
Endpoint = vpn.eastyardmetals.com:51820
AllowedIPs = 10.40.0.0/16
PersistentKeepalive = 25
""", b64(fakes.drawn(_seed(), 32))[:43] + "=", pub=b64(fakes.drawn(_seed(), 32))[:43] + "=")

add("ini/decoy-wireguard-public", "it/vpn/peers.conf", "WireGuard wg(8) docs", """
# peers on the yard VPN gateway (public keys only)
[Peer]
# scalehouse PC
PublicKey = @@p1@@
AllowedIPs = 10.99.0.12/32

[Peer]
# owner laptop
PublicKey = @@p2@@
AllowedIPs = 10.99.0.20/32
""", p1=b64(fakes.drawn(_seed(), 32))[:43] + "=", p2=b64(fakes.drawn(_seed(), 32))[:43] + "=")

add("shell/backblaze-app-key", "scripts/offsite_backup.sh", "Backblaze B2 CLI docs", """
#!/usr/bin/env bash
# Offsite copy of the NAS backups to Backblaze B2 (ransomware insurance requirement).
set -euo pipefail
export B2_APPLICATION_KEY_ID=@@kid@@
export B2_APPLICATION_KEY=@@secret@@
b2 sync --keep-days 60 /mnt/yard-nas/backup b2://eastyard-offsite/backup
b2 sync --keep-days 730 /mnt/yard-nas/snapshots b2://eastyard-offsite/snapshots
""", "K005" + fakes.drawn(_seed(), 27, ALNUM + "/+"), kid="005" + hexs(21))

add("yaml/aws-secret-key", "snapshot-archiver/config.yml", "AWS SDK credentials docs; boto3", """
archive:
  source: /srv/snapshots
  bucket: eastyard-scale-photos
  prefix: "{site}/{yyyy}/{mm}/{dd}"
  storage_class: GLACIER_IR
aws:
  region: us-east-2
  access_key_id: @@kid@@
  secret_access_key: @@secret@@
retention_days: 2555
""", aws_secret(), kid=akid())

add("ini/aws-secret-key", "it/aws/credentials", "AWS CLI config and credentials files docs", """
[default]
aws_access_key_id = @@kid@@
aws_secret_access_key = @@secret@@
region = us-east-2

[archiver]
role_arn = arn:aws:iam::418273645091:role/snapshot-archiver
source_profile = default
""", aws_secret(), kid=akid())

add("markdown/decoy-aws-example", "docs/it/aws-setup.md", "AWS CLI configuration docs (example keys)", """
# AWS CLI on the office PCs

Use SSO, not access keys:

```
aws configure sso --profile yard
aws s3 ls s3://eastyard-scale-photos --profile yard
```

If a tool insists on keys, the AWS docs' example looks like this (these are AWS's published
examples, not ours):

```
aws_access_key_id = AKIAIOSFODNN7EXAMPLE
aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY
```
""")

add("python/aws-session-token", "snapshot-archiver/debug_upload.py", "AWS STS temporary credentials docs", """
\"\"\"One-off: re-upload a day's photos the archiver skipped (copied creds from the SSO portal).\"\"\"
import boto3

session = boto3.Session(
    aws_access_key_id="ASIA@@kid@@",
    aws_secret_access_key="@@sk@@",
    aws_session_token="@@secret@@",
    region_name="us-east-2",
)
s3 = session.client("s3")
for name in ["E-240318-0042-deck-north.jpg", "E-240318-0042-deck-south.jpg"]:
    s3.upload_file(f"/srv/snapshots/{name}", "eastyard-scale-photos", f"EASTYARD/2024/03/18/{name}")
""", fakes.aws_session_token(_seed()), kid=upper_alnum(16), sk=aws_secret())


# ---------------------------------------------------------------------------------------------
# More of the yards' IT: handovers, remote sites, registries, and the hashes and ids around them
# ---------------------------------------------------------------------------------------------

add("markdown/vpn-password", "docs/it/handover-2024-02.md", "internal IT handover note (FortiClient VPN docs)", """
# IT handover — February 2024 (Dale → Priya)

Things that are only in my head, written down:

- **FortiGate** (10.40.0.1): admin via SSO now. Break-glass local admin is in the safe.
- **Remote VPN for the north yard scale PC**: FortiClient profile "Yard", gateway
  `vpn.eastyardmetals.com:10443`, user `northyard-scale`, password `@@secret@@`.
  It is a shared account; Tom at the north yard knows it too.
- **NAS** snapshots prune at 730 days; don't lower it (state wants 2 years of photos).
- **Kiosk** #2 bill validator jams when humid — call Tidel, contract no. TDL-88120.

Open items: replace yard-sw-scale (PoE port 7 flaky), renew the LeadsOnline contract in June.
""", words_pw())

add("sql/database-password", "db/mssql/create_reporting_login.sql", "SQL Server CREATE LOGIN docs", """
USE [master];
GO
CREATE LOGIN [scrapright_report] WITH PASSWORD = N'@@secret@@', CHECK_POLICY = ON, DEFAULT_DATABASE = [ScaleTickets];
GO
USE [ScaleTickets];
GO
CREATE USER [scrapright_report] FOR LOGIN [scrapright_report];
ALTER ROLE [db_datareader] ADD MEMBER [scrapright_report];
GO
""", words_pw())

add("powershell/unifi-password", "scripts/Get-UnifiClients.ps1", "UniFi Network controller API (community docs)", """
$controller = 'https://10.40.1.2:8443'
$body = @{ username = 'itadmin'; password = '@@secret@@'; remember = $false } | ConvertTo-Json

$session = $null
Invoke-RestMethod -Uri "$controller/api/login" -Method Post -Body $body -ContentType 'application/json' `
    -SessionVariable session -SkipCertificateCheck | Out-Null

$clients = Invoke-RestMethod -Uri "$controller/api/s/default/stat/sta" -WebSession $session -SkipCertificateCheck
$clients.data | Where-Object { $_.hostname -like 'scale*' } |
    Select-Object hostname, ip, mac, uptime | Format-Table
""", rand_pw(16, "!#%"))

add("dockerfile/package-index-password", "compliance-worker/Dockerfile", "pip --extra-index-url docs", """
FROM python:3.11-slim AS build
WORKDIR /src
COPY requirements.txt .
RUN pip wheel --wheel-dir /wheels -r requirements.txt \\
    --extra-index-url https://ci:@@secret@@@pkgs.eastyardmetals.com/simple/
FROM python:3.11-slim
COPY --from=build /wheels /wheels
RUN pip install --no-index /wheels/*
COPY compliance /app/compliance
WORKDIR /app
CMD ["python", "-m", "compliance.worker"]
""", rand_pw(24))

add("ansible/winrm-password", "ansible/inventory/scalehouse.ini", "Ansible Windows WinRM docs", """
[scalehouse]
scale-pc-east ansible_host=10.40.30.20
scale-pc-north ansible_host=10.41.30.20

[scalehouse:vars]
ansible_user=EASTYARD\\svc-ansible
ansible_password=@@secret@@
ansible_connection=winrm
ansible_winrm_transport=ntlm
ansible_winrm_server_cert_validation=ignore
""", words_pw())

_reg_pw = rand_pw(22)
add("k8s-secret/registry-password", "deploy/k8s/yard-prod/regcred.yaml", "Kubernetes docs: pull an image from a private registry", """
apiVersion: v1
kind: Secret
metadata:
  name: regcred
  namespace: yard-prod
type: kubernetes.io/dockerconfigjson
data:
  .dockerconfigjson: @@enc@@
""", _reg_pw, enc=b64('{"auths":{"registry.eastyardmetals.com":{"username":"k8s-pull","password":"%s"}}}' % _reg_pw))

add("csharp/azure-service-bus-key", "ScaleBridge/Messaging/TicketPublisher.cs", "Azure Service Bus connection strings docs", """
using Azure.Messaging.ServiceBus;

namespace ScaleBridge.Messaging
{
    public class TicketPublisher
    {
        private const string ConnectionString =
            "Endpoint=sb://eastyard-bus.servicebus.windows.net/;SharedAccessKeyName=scalebridge-send;SharedAccessKey=@@secret@@";

        private readonly ServiceBusSender _sender =
            new ServiceBusClient(ConnectionString).CreateSender("tickets-closed");

        public Task PublishAsync(string ticketJson) =>
            _sender.SendMessageAsync(new ServiceBusMessage(ticketJson));
    }
}
""", b64(fakes.drawn(_seed(), 32))[:43] + "=")

_mapbox = "sk.eyJ1IjoiZWFzdHlhcmQiLCJhIjoi" + fakes.drawn(_seed(), 22, ALNUM) + "In0." + fakes.drawn(_seed(), 22, ALNUM + "-_")
add("env/mapbox-secret-token", "routing/.env", "Mapbox access tokens docs (secret scopes)", """
# roll-off container route planner
MAPBOX_SECRET_TOKEN=@@secret@@
DEPOT_LAT=32.3513
DEPOT_LON=-95.3011
MAX_STOPS_PER_ROUTE=14
""", _mapbox)

add("log/redis-password", "logs/worker-crash-2024-03-12.log", "Python traceback / redis-py connection errors", """
2024-03-12 14:02:11,481 ERROR worker: could not connect to queue
Traceback (most recent call last):
  File "/app/scalehouse/queue.py", line 9, in next_ticket
    item = r.brpop("tickets:closed", timeout=timeout)
  File "/usr/local/lib/python3.11/site-packages/redis/connection.py", line 707, in connect
    raise ConnectionError(self._error_message(e))
redis.exceptions.ConnectionError: Error 111 connecting to 10.40.1.8:6379. Connection refused.
2024-03-12 14:02:11,482 INFO  worker: settings REDIS_URL=redis://:@@secret@@@10.40.1.8:6379/2 QUEUE=tickets:closed
2024-03-12 14:02:16,490 INFO  worker: retrying in 5s
""", redis_pw())

add("yaml/database-password", "yardadmin_rails/config/database.yml", "Rails database.yml docs", """
default: &default
  adapter: postgresql
  encoding: unicode
  pool: <%= ENV.fetch("RAILS_MAX_THREADS") { 5 } %>

development:
  <<: *default
  database: yard_development

production:
  <<: *default
  host: pg-yard.internal
  database: yard_production
  username: yard_rails
  password: @@secret@@
""", rand_pw(20))

add("go/telegram-bot-token", "kiosk-monitor/main.go", "Telegram Bot API docs", """
package main

import (
	"fmt"
	"net/http"
	"net/url"
)

const botToken = "@@secret@@"
const chatID = "-1001873346999"

func alert(kiosk, msg string) error {
	endpoint := fmt.Sprintf("https://api.telegram.org/bot%s/sendMessage", botToken)
	_, err := http.PostForm(endpoint, url.Values{"chat_id": {chatID}, "text": {kiosk + ": " + msg}})
	return err
}

func main() {
	_ = alert("KSK-2", "bill validator jam")
}
""", tg())

add("markdown/pagerduty-routing-key", "docs/it/alerting.md", "PagerDuty Events API v2 docs", """
# Alerting

Scale-down and kiosk-offline alerts go to PagerDuty service **Yard Ops**.

Test an alert from any yard machine:

```
curl -X POST https://events.pagerduty.com/v2/enqueue \\
  -H 'Content-Type: application/json' \\
  -d '{"routing_key":"@@secret@@","event_action":"trigger",
       "payload":{"summary":"TEST scale WB-NORTH offline","source":"yard-app01","severity":"warning"}}'
```

Resolve it in the PagerDuty app afterwards.
""", hexs(32))

add("typescript/github-token", "price-board/scripts/open-price-pr.ts", "Octokit docs", """
import { Octokit } from "@octokit/rest";
import { readFileSync } from "fs";

const octokit = new Octokit({ auth: "@@secret@@" });

async function main() {
  const content = readFileSync("dist/board.json").toString("base64");
  await octokit.repos.createOrUpdateFileContents({
    owner: "eastyard-metals",
    repo: "website",
    path: "static/prices.json",
    message: "chore: nightly price snapshot",
    content,
    branch: "prices",
  });
}

main();
""", gh())

add("python/private-key", "kiosk/receipts/signing.py", "cryptography.io docs (load_pem_private_key)", """
\"\"\"Sign kiosk payout receipts so the office can verify them later.\"\"\"
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec

RECEIPT_KEY_PEM = b\"\"\"@@secret@@
\"\"\"

_key = serialization.load_pem_private_key(RECEIPT_KEY_PEM, password=None)


def sign(receipt: bytes) -> bytes:
    return _key.sign(receipt, ec.ECDSA(hashes.SHA256()))
""", pem("EC"))

# ---- decoys ----

add("yaml/decoy-regex", ".pre-commit-config.yaml", "pre-commit docs; detect-secrets docs", """
repos:
  - repo: https://github.com/pre-commit/pre-commit-hooks
    rev: v4.5.0
    hooks:
      - id: check-yaml
      - id: end-of-file-fixer
      - id: detect-private-key
  - repo: local
    hooks:
      - id: no-metals-api-keys
        name: no metals-api access keys in code
        entry: 'access_key=[a-z0-9]{60}'
        language: pygrep
        types: [text]
      - id: no-rtsp-passwords
        name: no passwords in RTSP URLs
        entry: 'rtsp://[^:/@]+:[^@]+@'
        language: pygrep
""")

add("terraform/decoy-lock-hashes", "infra/pricing/.terraform.lock.hcl", "Terraform dependency lock file docs", """
# This file is maintained automatically by "terraform init".
# Manual edits may be lost in future updates.

provider "registry.terraform.io/hashicorp/aws" {
  version     = "5.40.0"
  constraints = "~> 5.40"
  hashes = [
    "h1:@@h1@@=",
    "zh:@@z1@@",
    "zh:@@z2@@",
    "zh:@@z3@@",
  ]
}
""", h1=b64(fakes.drawn(_seed(), 32))[:43], z1=hexs(64), z2=hexs(64), z3=hexs(64))

add("go/decoy-go-sum", "payouts-svc/go.sum", "Go modules reference (go.sum)", """
github.com/rabbitmq/amqp091-go v1.9.0 h1:@@a@@=
github.com/rabbitmq/amqp091-go v1.9.0/go.mod h1:@@b@@=
github.com/stripe/stripe-go/v76 v76.21.0 h1:@@c@@=
github.com/stripe/stripe-go/v76 v76.21.0/go.mod h1:@@d@@=
golang.org/x/net v0.22.0 h1:@@e@@=
golang.org/x/net v0.22.0/go.mod h1:@@f@@=
""", a=b64(fakes.drawn(_seed(), 32))[:43], b=b64(fakes.drawn(_seed(), 32))[:43], c=b64(fakes.drawn(_seed(), 32))[:43],
    d=b64(fakes.drawn(_seed(), 32))[:43], e=b64(fakes.drawn(_seed(), 32))[:43], f=b64(fakes.drawn(_seed(), 32))[:43])

add("python/decoy-requirements-hashes", "compliance/requirements.txt", "pip hash-checking mode docs", """
# pip-compile --generate-hashes
requests==2.31.0 \\
    --hash=sha256:@@h1@@ \\
    --hash=sha256:@@h2@@
zeep==4.2.1 \\
    --hash=sha256:@@h3@@
lxml==5.1.0 \\
    --hash=sha256:@@h4@@
""", h1=hexs(64), h2=hexs(64), h3=hexs(64), h4=hexs(64))

add("json/decoy-integrity", "kiosk-ui/package-lock.json", "npm package-lock.json docs", """
{
  "name": "kiosk-ui",
  "version": "2.3.1",
  "lockfileVersion": 3,
  "requires": true,
  "packages": {
    "node_modules/axios": {
      "version": "1.6.7",
      "resolved": "https://registry.npmjs.org/axios/-/axios-1.6.7.tgz",
      "integrity": "sha512-@@i1@@=="
    },
    "node_modules/jsonwebtoken": {
      "version": "9.0.2",
      "resolved": "https://registry.npmjs.org/jsonwebtoken/-/jsonwebtoken-9.0.2.tgz",
      "integrity": "sha512-@@i2@@=="
    }
  }
}
""", i1=b64(fakes.drawn(_seed(), 64))[:86], i2=b64(fakes.drawn(_seed(), 64))[:86])

add("shell/decoy-checksums", "firmware/SHA256SUMS", "GNU coreutils sha256sum docs", """
@@h1@@  IND780_FW_8.2.06.bin
@@h2@@  920i_v5.16.00.hex
@@h3@@  ZM510_2.4.1_update.zip
@@h4@@  Cardinal225_v1.7.img
@@h5@@  TIDEL_TACC_4.11.pkg
""", h1=hexs(64), h2=hexs(64), h3=hexs(64), h4=hexs(64), h5=hexs(64))

add("powershell/decoy-dpapi-encrypted", "scripts/Connect-ScaleDb.ps1", "ConvertTo-SecureString docs (DPAPI-encrypted standard string)", """
# The password below is a DPAPI-encrypted standard string: only the svc-scale account on
# YARD-SQL01 can decrypt it (ConvertFrom-SecureString output), it is useless anywhere else.
$encrypted = '01000000d08c9ddf0115d1118c7a00c04fc297eb01000000@@blob@@'
$secure = ConvertTo-SecureString -String $encrypted
$cred = New-Object System.Management.Automation.PSCredential ('scale_app', $secure)

Invoke-Sqlcmd -ServerInstance 'YARD-SQL01\\SCALE' -Database 'ScaleTickets' -Credential $cred `
    -Query 'SELECT TOP 1 TicketNo FROM dbo.Tickets ORDER BY CreatedAt DESC'
""", blob=hexs(300))

add("markdown/decoy-password-policy", "docs/it/password-policy.md", "NIST SP 800-63B guidance", """
# Password and key policy (yard IT)

- Device passwords (indicators, cameras, NVRs, kiosks): unique per device, 16+ characters,
  stored in 1Password vault **Yard Devices**. Never in tickets, chat, or this repo.
- API keys (metals-api, LeadsOnline, Stripe, Dwolla): in AWS Secrets Manager under `prod/*`;
  apps read them at start-up.
- Example of what NOT to do: `password: hunter2` in a YAML file.
- Rotate after any staff departure with access (checklist: `docs/it/offboarding.md`).
- Reports of a leaked key go to it@eastyardmetals.com; rotate first, ask questions later.
""")

add("log/decoy-kiosk-transactions", "logs/kiosk-KSK-2-2024-03-18.log", "kiosk transaction log format", """
2024-03-18 08:40:10 KSK-2 ticket=E-240318-0042 payout=125.00 method=cash notes=1x100,1x20,1x5 txn=@@u1@@
2024-03-18 09:05:35 KSK-2 ticket=E-240318-0043 payout=86.40 method=card card=****4410 auth=0A12F9 txn=@@u2@@
2024-03-18 09:12:02 KSK-2 bill validator status=JAM code=E17
2024-03-18 09:15:44 KSK-2 bill validator status=OK
2024-03-18 10:21:01 KSK-2 ticket=E-240318-0051 payout=1412.75 method=check check_no=100451 txn=@@u3@@
2024-03-18 18:00:00 KSK-2 day close cash_out=2193.00 cassettes=1:40,5:22,20:61,100:9 hash=@@h@@
""", u1=uuid_s(), u2=uuid_s(), u3=uuid_s(), h=hexs(64))

add("json/decoy-firmware-manifest", "firmware/manifest.json", "firmware update manifest (public signing key)", """
{
  "device": "IND780",
  "version": "8.2.06",
  "released": "2024-01-22",
  "sha256": "@@h@@",
  "signature_alg": "ed25519",
  "signature": "@@sig@@",
  "public_key": "@@pub@@",
  "notes": "Fixes SICS timeout under heavy polling"
}
""", h=hexs(64), sig=b64(fakes.drawn(_seed(), 64)), pub=b64(fakes.drawn(_seed(), 32)))

add("yaml/decoy-openapi-example", "api/openapi.yaml", "OpenAPI 3.0 specification (securitySchemes)", """
openapi: 3.0.3
info:
  title: East Yard ticket API
  version: "2.3"
servers:
  - url: https://api.eastyardmetals.com/v1
components:
  securitySchemes:
    ApiKeyAuth:
      type: apiKey
      in: header
      name: X-Api-Key
      description: "Send your key as `X-Api-Key: YOUR_API_KEY`."
security:
  - ApiKeyAuth: []
paths:
  /tickets/{ticketNo}:
    get:
      parameters:
        - { name: ticketNo, in: path, required: true, schema: { type: string, example: E-240318-0042 } }
      responses:
        "200": { description: The ticket }
""")

add("sql/decoy-hashed-keys", "db/migrations/0011_api_keys.sql", "PostgreSQL docs", """
-- 0011: API keys for scale agents are stored hashed; the plaintext is shown once at creation.
CREATE TABLE agent_api_keys (
    id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    agent_name text NOT NULL,
    key_prefix char(8) NOT NULL,      -- e.g. 'yt_live_', for display
    key_sha256 char(64) NOT NULL UNIQUE,
    created_at timestamptz NOT NULL DEFAULT now(),
    revoked_at timestamptz
);
INSERT INTO agent_api_keys (agent_name, key_prefix, key_sha256)
VALUES ('scale-gw-east', 'yt_live_', '@@h@@');
""", h=hexs(64))

add("shell/decoy-secrets-manager", "scripts/run_pricing.sh", "AWS CLI secretsmanager get-secret-value docs", """
#!/usr/bin/env bash
set -euo pipefail
export PRICING_METALS_API_KEY=$(aws secretsmanager get-secret-value \\
  --secret-id prod/pricing/metals-api --query SecretString --output text | jq -r .access_key)
export PRICING_LME_PASSWORD=$(aws secretsmanager get-secret-value \\
  --secret-id prod/pricing/lme --query SecretString --output text | jq -r .password)
exec python -m pricing.board
""")

add("yaml/decoy-secret-key-ref", "deploy/k8s/pricing/deployment.yaml", "Kubernetes docs: using Secrets as environment variables", """
apiVersion: apps/v1
kind: Deployment
metadata:
  name: pricing
  namespace: yard-prod
spec:
  replicas: 1
  selector:
    matchLabels: { app: pricing }
  template:
    metadata:
      labels: { app: pricing }
    spec:
      containers:
        - name: pricing
          image: registry.eastyardmetals.com/yard/pricing@sha256:@@d@@
          env:
            - name: PRICING_METALS_API_KEY
              valueFrom:
                secretKeyRef: { name: pricing-feeds, key: PRICING_METALS_API_KEY }
            - name: PRICING_LME_PASSWORD
              valueFrom:
                secretKeyRef: { name: pricing-feeds, key: PRICING_LME_PASSWORD }
      imagePullSecrets:
        - name: regcred
""", d=hexs(64))

add("java/decoy-public-key", "compliance-worker/src/main/java/com/eastyard/compliance/KioskTokenVerifier.java", "Java KeyFactory / X509EncodedKeySpec docs", """
package com.eastyard.compliance;

import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;

public final class KioskTokenVerifier {
    // Public key of the kiosk receipt signer (safe to publish).
    private static final String PUBLIC_KEY_PEM =
        "-----BEGIN PUBLIC KEY-----\\n"
        + "@@pub@@\\n"
        + "-----END PUBLIC KEY-----";

    public static PublicKey publicKey() throws Exception {
        String body = PUBLIC_KEY_PEM.replaceAll("-----[A-Z ]+-----", "").replace("\\n", "");
        return KeyFactory.getInstance("EC").generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(body)));
    }
}
""", pub="MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE" + fakes.drawn(_seed(), 88, ALNUM + "+/"))

add("markdown/decoy-changelog", "CHANGELOG.md", "Keep a Changelog", """
# Changelog

## [2.3.1] - 2024-03-14
### Fixed
- Scale agent retries the ticket API on 502 instead of dropping the weighing.
- Kiosk shows the check number on the receipt.

## [2.3.0] - 2024-03-01
### Changed
- LeadsOnline password and the metals-api key moved to AWS Secrets Manager; both were rotated.
- Camera RTSP credentials now come from `YARD_CAMERA_PASSWORD`.
### Security
- Removed the old indicator FTP password from `config/weighbridge.yml` history (rotated on all indicators).
""")

add("csv/decoy-sellers-masked", "exports/sellers_active_2024-03.csv", "seller record export (masked)", """
seller_id,last_name,first_name,id_type,id_number,id_state,phone,account_created,last_ticket
S-004410,MORALES,R,DL,*****4410,TX,***-***-0142,2019-05-02,2024-03-18
S-009917,BENNETT,K,DL,*****9917,TX,***-***-8841,2021-11-20,2024-03-18
S-003082,NGUYEN,T,ID,*****3082,TX,***-***-2290,2022-02-08,2024-03-18
S-005561,CARTER,D,DL,*****5561,AL,***-***-7715,2023-07-30,2024-03-18
S-001204,OKAFOR,J,DL,*****1204,OK,***-***-3306,2018-01-15,2024-03-11
""")

add("python/decoy-dummy-token", "erp_sync/tests/test_amcs_client.py", "pytest / responses library docs", """
import responses

from erp_sync import amcs_client


@responses.activate
def test_session_uses_token(monkeypatch):
    monkeypatch.setattr(amcs_client, "AMCS_PRIVATE_KEY", "dummy-private-key-for-tests")
    responses.post(f"{amcs_client.AMCS_BASE}/authTokens", json={"resource": "dummy-bearer"})
    s = amcs_client.session()
    assert s.headers["Authorization"] == "Bearer dummy-bearer"
    assert responses.calls[0].request.body == b'{"privateKey": "dummy-private-key-for-tests"}'
""")

add("toml/decoy-env-reference", "scale-gw/Config.toml", "Rust config crate docs (environment overrides)", """
[indicator]
host = "10.40.2.21"
port = 10001
user = "admin"
# password comes from SCALE_GW_INDICATOR_PASSWORD

[ticket_api]
base_url = "https://api.yardticket.io/v2"
token_env = "YARDTICKET_TOKEN"

[poll]
interval_ms = 250
stable_readings = 4
""")
