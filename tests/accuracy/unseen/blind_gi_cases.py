"""Blind set GI: vending machine operators.

Telemetry and cashless readers (Nayax, Cantaloupe, 365 Retail Markets, Parlevel, Vendon), route and
warehouse tools, micro-market kiosks, machine firmware and cellular modems, payment processors and
the operators' small IT, in code, configs, CI, containers, docs, logs and exports, with their decoys.
Generated fakes only (seeds 2310000-2319999).
"""
from __future__ import annotations

import base64
import random
import string
from typing import List, Optional

from tests import fakes
from tests.accuracy.labelled import LabelledCase

ALNUM = string.ascii_letters + string.digits
LOWER_ALNUM = string.ascii_lowercase + string.digits
UPPER_ALNUM = string.ascii_uppercase + string.digits
URLSAFE = ALNUM + "-_"
HEX = "0123456789abcdef"
SEED_LO, SEED_HI = 2310000, 2319999
_SEED = [SEED_LO]


def _seed() -> int:
    _SEED[0] += 7
    assert _SEED[0] <= SEED_HI
    return _SEED[0]


def _rng() -> random.Random:
    return random.Random(_seed())


WORDS = ["Pretzel", "Nickel", "Spiral", "Gumball", "Quarter", "Caramel", "Hopper", "Coil", "Lemon", "Ridge",
         "Tundra", "Falcon", "Copper", "Marble", "Sierra", "Otter", "Walnut", "Cobalt", "Prairie", "Harbor"]
LOWER = ["cracker", "saddle", "pepper", "canyon", "violet", "anchor", "tulip", "ember", "glacier", "mosaic",
         "biscuit", "lantern", "juniper", "trolley", "velvet", "cactus"]


def words_pw() -> str:
    r = _rng()
    return r.choice(WORDS) + r.choice("!#$%*") + r.choice(WORDS) + str(r.randint(10, 9999))


def rand_pw(n: int = 20, extra: str = "") -> str:
    return fakes.drawn_mixed(_seed(), n, ALNUM + extra) if extra else fakes.drawn_mixed(_seed(), n)


def passphrase() -> str:
    r = _rng()
    return "-".join(r.sample(LOWER, 4)) + str(r.randint(1, 99))


def hexs(n: int) -> str:
    return fakes.drawn(_seed(), n, HEX)


def upper_hex(n: int) -> str:
    return fakes.drawn(_seed(), n, HEX.upper())


def drawn(n: int, alphabet: str = ALNUM) -> str:
    return fakes.drawn_mixed(_seed(), n, alphabet)


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


def luhn_digit(body: str) -> str:
    total = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


def imei() -> str:
    body = "35" + digits(12)
    return body + luhn_digit(body)


def iccid() -> str:
    body = "8901" + digits(14)
    return body + luhn_digit(body)


def mac() -> str:
    r = _rng()
    return ":".join(f"{r.randint(0, 255):02X}" for _ in range(6))


def stripe_key(kind: str = "sk_live_") -> str:
    return fakes.fake(kind, 99 if kind.startswith("rk") else 24, _seed())


def square_token() -> str:
    return "EAAA" + drawn(60, URLSAFE)


def square_secret() -> str:
    return "sq0csp-" + drawn(43, URLSAFE)


def adyen_key() -> str:
    r = _rng()
    return ("AQE" + "".join(r.choice(ALNUM) for _ in range(60)) + "=-"
            + "".join(r.choice(ALNUM + "+/") for _ in range(43)) + "=-" + "".join(r.choice(ALNUM) for _ in range(10)))


def azure_secret() -> str:
    r = _rng()
    return "".join(r.choice(ALNUM) for _ in range(3)) + "8Q~" + "".join(r.choice(ALNUM + "_.-~") for _ in range(34))


def sendgrid_key() -> str:
    return fakes.fake("SG.", 22, _seed()) + fakes.fake(".", 43, _seed())


def slack_webhook() -> str:
    r = _rng()
    return ("https://hooks.slack.com/services/T" + "".join(r.choice(UPPER_ALNUM) for _ in range(8)) + "/B"
            + "".join(r.choice(UPPER_ALNUM) for _ in range(10)) + "/" + "".join(r.choice(ALNUM) for _ in range(24)))


def teams_webhook() -> str:
    return ("https://contosovend.webhook.office.com/webhookb2/" + uuid_s() + "@" + uuid_s()
            + "/IncomingWebhook/" + hexs(32) + "/" + uuid_s() + "/V2" + drawn(43, URLSAFE))


def discord_webhook() -> str:
    return "https://discord.com/api/webhooks/" + digits(19) + "/" + drawn(68, URLSAFE)


def google_key() -> str:
    return "AIza" + drawn(35, URLSAFE)


def aws_pair() -> tuple:
    s = _seed()
    return fakes.aws_key_id(s), fakes.aws_secret_key(s + 1)


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
    CASES.append(LabelledCase(f"blind-gi/{category}", file_name, text, secret, source))


# ---------------------------------------------------------------------------------------------
# Telemetry and cashless: Nayax, Cantaloupe, 365 Retail Markets, Parlevel, Vendon, Televend
# ---------------------------------------------------------------------------------------------

add("python/nayax-api-token", "telemetry/nayax_sync.py",
    "Nayax developer hub: Lynx API authentication (user token as Bearer)", r'''
"""Pull the last day of sales from Nayax Lynx and stage them for the VMS import."""
import datetime as dt
import logging

import psycopg2
import requests

LYNX_BASE = "https://lynx.nayax.com/operational/api/v1"
LYNX_TOKEN = "@@secret@@"
OPERATOR_ID = 20431

log = logging.getLogger("nayax_sync")


def fetch_sales(machine_id: int, since: dt.datetime) -> list:
    resp = requests.get(
        f"{LYNX_BASE}/machines/{machine_id}/lastSales",
        headers={"Authorization": f"Bearer {LYNX_TOKEN}", "Accept": "application/json"},
        params={"since": since.isoformat()},
        timeout=30,
    )
    resp.raise_for_status()
    return resp.json()


def main() -> None:
    since = dt.datetime.utcnow() - dt.timedelta(days=1)
    with psycopg2.connect(dbname="vms_staging") as conn, conn.cursor() as cur:
        cur.execute("SELECT nayax_machine_id FROM machines WHERE active AND operator_id = %s", (OPERATOR_ID,))
        for (machine_id,) in cur.fetchall():
            rows = fetch_sales(machine_id, since)
            log.info("machine %s: %d sales", machine_id, len(rows))
            for row in rows:
                cur.execute(
                    "INSERT INTO stg_sales (machine_id, tx_id, amount, product) VALUES (%s, %s, %s, %s)",
                    (machine_id, row["TransactionID"], row["SettlementValue"], row["ProductName"]),
                )


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    main()
''', secret=drawn(64))

add("python/decoy-env-reference", "telemetry/nayax_machines.py",
    "Nayax developer hub: Lynx API machines endpoint; token read from the environment", r'''
"""List Nayax machines and write their ids into machines.csv for the route planners."""
import csv
import os
import sys

import requests

LYNX_BASE = os.environ.get("NAYAX_LYNX_URL", "https://lynx.nayax.com/operational/api/v1")
TOKEN = os.environ["NAYAX_LYNX_TOKEN"]


def main(out_path: str) -> int:
    resp = requests.get(f"{LYNX_BASE}/machines", headers={"Authorization": f"Bearer {TOKEN}"}, timeout=30)
    if resp.status_code == 401:
        print("token rejected: rotate it in Nayax Core > Account settings > User tokens", file=sys.stderr)
        return 1
    resp.raise_for_status()
    with open(out_path, "w", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(["machine_id", "machine_name", "device_serial", "location"])
        for m in resp.json():
            writer.writerow([m["MachineID"], m["MachineName"], m.get("DeviceSerialNumber", ""), m.get("LocationName", "")])
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1] if len(sys.argv) > 1 else "machines.csv"))
''')

add("env/cantaloupe-api-password", "vms-backend/.env.production",
    "Cantaloupe Seed API: account credentials used to obtain a session", r'''
# vms-backend production settings (loaded by python-dotenv)
APP_ENV=production
LOG_LEVEL=info
TZ=America/Chicago

DATABASE_HOST=vms-prod.cluster-cj2x4.us-east-2.rds.amazonaws.com
DATABASE_NAME=vms
DATABASE_USER=vms_app
DATABASE_PASSWORD_SECRET=arn:aws:secretsmanager:us-east-2:418273645102:secret:vms/prod/db

SEED_API_URL=https://api.seedlive.com/v2
SEED_API_USER=integrations@midstatevending.com
SEED_API_PASSWORD=@@secret@@
SEED_ORG_ID=88214

DEX_POLL_MINUTES=15
LOW_STOCK_THRESHOLD=0.25
''', secret=words_pw())

add("env/decoy-placeholder", "vms-backend/.env.example",
    "python-dotenv docs: an example file with placeholders, committed beside the real one", r'''
# Copy to .env and fill in. Never commit the filled copy.
APP_ENV=development
LOG_LEVEL=debug
TZ=America/Chicago

DATABASE_HOST=localhost
DATABASE_NAME=vms
DATABASE_USER=vms_app
DATABASE_PASSWORD=

SEED_API_URL=https://api.seedlive.com/v2
SEED_API_USER=you@example.com
SEED_API_PASSWORD=<your Seed password>
SEED_ORG_ID=00000

NAYAX_LYNX_TOKEN=paste-token-from-nayax-core
PARLEVEL_API_KEY=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx
STRIPE_SECRET_KEY=sk_live_...
DEX_POLL_MINUTES=15
''')

add("yaml/retail365-client-secret", "config/integrations.yaml",
    "365 Retail Markets partner API: OAuth client credentials", r'''
# Integration settings for the micro-market reconciliation service
retail365:
  base_url: https://api.365retailmarkets.com/partner/v1
  operator_code: MSV-0417
  client_id: midstate-recon
  client_secret: "@@secret@@"
  markets:
    - id: 70112
      name: Lakeview Medical 3rd floor
    - id: 70119
      name: Ardent Logistics breakroom
    - id: 70204
      name: Cedar Point Distribution
reconcile:
  schedule: "15 2 * * *"
  tolerance_cents: 50
  notify: ops@midstatevending.com
''', secret=drawn(48))

add("go/parlevel-api-key", "cmd/dexpoll/main.go",
    "Parlevel VMS API: API key header", r'''
package main

import (
	"encoding/json"
	"fmt"
	"log"
	"net/http"
	"os"
	"time"
)

const (
	parlevelBase = "https://api.parlevelsystems.com/v1"
	parlevelKey  = "@@secret@@"
)

type dexRead struct {
	MachineID string    `json:"machine_id"`
	ReadAt    time.Time `json:"read_at"`
	Coils     []struct {
		Selection string `json:"selection"`
		Vends     int    `json:"vends"`
	} `json:"coils"`
}

func main() {
	client := &http.Client{Timeout: 20 * time.Second}
	req, err := http.NewRequest(http.MethodGet, parlevelBase+"/dex/latest", nil)
	if err != nil {
		log.Fatal(err)
	}
	req.Header.Set("X-Api-Key", parlevelKey)
	resp, err := client.Do(req)
	if err != nil {
		log.Fatal(err)
	}
	defer resp.Body.Close()
	var reads []dexRead
	if err := json.NewDecoder(resp.Body).Decode(&reads); err != nil {
		log.Fatal(err)
	}
	for _, r := range reads {
		fmt.Fprintf(os.Stdout, "%s\t%s\t%d coils\n", r.MachineID, r.ReadAt.Format(time.RFC3339), len(r.Coils))
	}
}
''', secret=hexs(32))

add("typescript/nayax-api-token", "src/lib/nayaxClient.ts",
    "Nayax developer hub: Lynx API authentication (user token)", r'''
import axios, { AxiosInstance } from "axios";

// TODO(ops): move to SSM before the Q3 audit
const LYNX_TOKEN =
  "@@part1@@" +
  "@@part2@@";

export interface NayaxMachine {
  MachineID: number;
  MachineName: string;
  DeviceSerialNumber?: string;
  Status: "Active" | "Inactive";
}

export function lynx(): AxiosInstance {
  return axios.create({
    baseURL: "https://lynx.nayax.com/operational/api/v1",
    timeout: 15000,
    headers: { Authorization: `Bearer ${LYNX_TOKEN}` },
  });
}

export async function activeMachines(): Promise<NayaxMachine[]> {
  const { data } = await lynx().get<NayaxMachine[]>("/machines");
  return data.filter((m) => m.Status === "Active");
}
''', secret=(_nx := drawn(64)), part1=_nx[:32], part2=_nx[32:])

add("json/cantaloupe-db-password", "SeedBridge/appsettings.Production.json",
    "ASP.NET Core configuration: ConnectionStrings with SQL Server credentials", r'''
{
  "Logging": {
    "LogLevel": {
      "Default": "Information",
      "Microsoft.AspNetCore": "Warning"
    }
  },
  "ConnectionStrings": {
    "SeedOffice": "Server=tcp:seedoffice-sql.midstate.local,1433;Database=SeedOffice;User ID=seedbridge;Password=@@secret@@;Encrypt=True;TrustServerCertificate=True"
  },
  "Seed": {
    "ApiBase": "https://api.seedlive.com/v2",
    "OrgId": 88214,
    "PollMinutes": 15
  },
  "AllowedHosts": "*"
}
''', secret=rand_pw(22, "!#%"))

add("kotlin/payrange-api-secret", "app/src/main/java/com/midstate/techapp/payrange/PayRangeConfig.kt",
    "PayRange operator API: key id and HMAC secret", r'''
package com.midstate.techapp.payrange

object PayRangeConfig {
    const val BASE_URL = "https://api.payrange.com/operator/v2/"
    const val KEY_ID = "op-midstate-0417"
    const val API_SECRET = "@@secret@@"
    const val TIMEOUT_SECONDS = 20L
}

data class PayRangeDevice(
    val deviceId: String,
    val machineLabel: String,
    val firmware: String,
    val lastSeenEpoch: Long,
)
''', secret=drawn(40, ALNUM + "+/"))

add("php/vendon-webhook-secret", "public/hooks/vendon.php",
    "Vendon Cloud webhooks: HMAC-SHA256 signature header", r'''
<?php
// Receives Vendon Cloud machine events (errors, door open, cash box full)
declare(strict_types=1);

require __DIR__ . '/../../vendor/autoload.php';

const VENDON_WEBHOOK_SECRET = '@@secret@@';

$payload = file_get_contents('php://input');
$signature = $_SERVER['HTTP_X_VENDON_SIGNATURE'] ?? '';
$expected = hash_hmac('sha256', $payload, VENDON_WEBHOOK_SECRET);

if (!hash_equals($expected, $signature)) {
    http_response_code(401);
    exit('bad signature');
}

$event = json_decode($payload, true, 512, JSON_THROW_ON_ERROR);
$pdo = new PDO(getenv('VMS_DSN'), getenv('VMS_USER'), getenv('VMS_PASS'));
$stmt = $pdo->prepare('INSERT INTO machine_events (machine_ref, kind, raised_at, body) VALUES (?, ?, ?, ?)');
$stmt->execute([$event['machine']['ref'], $event['type'], $event['created'], $payload]);

http_response_code(204);
''', secret=drawn(40))

add("ruby/televend-api-key", "config/initializers/televend.rb",
    "Televend (INTIS) telemetry API: API key", r'''
# frozen_string_literal: true

Televend.configure do |config|
  config.endpoint = "https://api.televend.com/v3"
  config.api_key = "@@secret@@"
  config.company_id = 3187
  config.open_timeout = 5
  config.read_timeout = 30
  config.logger = Rails.logger
end
''', secret=drawn(32))

add("shell/cantaloupe-dex-password", "scripts/pull_dex.sh",
    "curl manual: -u user:password for HTTP Basic", r'''
#!/usr/bin/env bash
# Nightly: pull DEX files for all ePort devices and drop them in the import share.
set -euo pipefail

OUT=/srv/dex/incoming/$(date +%Y%m%d)
mkdir -p "$OUT"

for serial in $(cut -d, -f1 /srv/dex/eport_serials.csv | tail -n +2); do
  curl -sS --fail \
    -u "dexpull@midstatevending.com:@@secret@@" \
    -o "$OUT/${serial}.dex" \
    "https://dex.seedlive.com/api/dex/${serial}/latest"
done

find /srv/dex/incoming -mindepth 1 -maxdepth 1 -type d -mtime +30 -exec rm -rf {} +
''', secret=words_pw())

add("powershell/nayax-api-token", "reports/Export-NayaxSales.ps1",
    "Nayax developer hub: Lynx API; Invoke-RestMethod with a Bearer header", r'''
param(
    [datetime]$From = (Get-Date).AddDays(-7),
    [string]$OutFile = "\\fs01\finance\nayax\sales_$(Get-Date -Format yyyyMMdd).csv"
)

$headers = @{
    "Authorization" = "Bearer @@secret@@"
    "Accept"        = "application/json"
}

$machines = Invoke-RestMethod -Uri "https://lynx.nayax.com/operational/api/v1/machines" -Headers $headers
$rows = foreach ($m in $machines) {
    $sales = Invoke-RestMethod -Uri "https://lynx.nayax.com/operational/api/v1/machines/$($m.MachineID)/lastSales" -Headers $headers
    $sales | Where-Object { [datetime]$_.AuthorizationDateTimeGMT -ge $From } | ForEach-Object {
        [pscustomobject]@{
            Machine = $m.MachineName
            Amount  = $_.SettlementValue
            Product = $_.ProductName
            When    = $_.AuthorizationDateTimeGMT
        }
    }
}
$rows | Export-Csv -NoTypeInformation -Path $OutFile
Write-Host "wrote $($rows.Count) rows to $OutFile"
''', secret=drawn(64))

add("markdown/retail365-api-secret", "docs/runbooks/micromarket-onboarding.md",
    "365 Retail Markets partner API: client credentials in an onboarding runbook", r'''
# Micro-market onboarding

1. Create the market in 365 AdminCenter (Markets > Add). Note the market id.
2. Add the kiosk serial to the market and pair the card reader.
3. Add the market id to `config/integrations.yaml` so the nightly reconcile picks it up.

## Partner API access

| Setting        | Value                                           |
|----------------|-------------------------------------------------|
| Base URL       | https://api.365retailmarkets.com/partner/v1    |
| Operator code  | MSV-0417                                        |
| Client id      | midstate-recon                                  |
| Client secret  | `@@secret@@`        |

The token endpoint is `/oauth/token` with `grant_type=client_credentials`.

## Kiosk checklist

- Planogram uploaded, prices checked against the contract sheet
- Fresh food par levels set (see the Fresh tab of the route sheet)
- Camera online in the market's security view
''', secret=drawn(48))

add("notebook/nayax-api-token", "analysis/nayax_sales_q2.ipynb",
    "Jupyter nbformat 4; Nayax Lynx API token in a cell", r'''
{
 "cells": [
  {
   "cell_type": "markdown",
   "metadata": {},
   "source": ["# Q2 sales by machine type\n", "Pulled live from Nayax Lynx."]
  },
  {
   "cell_type": "code",
   "execution_count": 1,
   "metadata": {},
   "outputs": [],
   "source": [
    "import pandas as pd\n",
    "import requests\n",
    "\n",
    "token = \"@@secret@@\"\n",
    "base = \"https://lynx.nayax.com/operational/api/v1\"\n",
    "hdr = {\"Authorization\": f\"Bearer {token}\"}"
   ]
  },
  {
   "cell_type": "code",
   "execution_count": 2,
   "metadata": {},
   "outputs": [],
   "source": [
    "machines = pd.DataFrame(requests.get(f\"{base}/machines\", headers=hdr).json())\n",
    "machines.groupby(\"MachineModel\").size()"
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
''', secret=drawn(64))

add("log/parlevel-api-key", "logs/dexpoll-2024-05-12.log",
    "Go net/http debug dump of request headers in a service log", r'''
2024-05-12T02:15:00.112Z INFO  dexpoll starting, 412 machines in scope
2024-05-12T02:15:00.487Z DEBUG request GET https://api.parlevelsystems.com/v1/dex/latest?page=1
2024-05-12T02:15:00.487Z DEBUG   header Accept: application/json
2024-05-12T02:15:00.487Z DEBUG   header User-Agent: dexpoll/1.8.2
2024-05-12T02:15:00.487Z DEBUG   header X-Api-Key: @@secret@@
2024-05-12T02:15:01.903Z DEBUG response 200 OK (1416 ms, 184211 bytes)
2024-05-12T02:15:02.011Z INFO  page 1: 100 reads
2024-05-12T02:15:03.377Z INFO  page 2: 100 reads
2024-05-12T02:15:04.590Z INFO  page 3: 100 reads
2024-05-12T02:15:05.702Z WARN  machine MS-1187: DEX read older than 48h (last 2024-05-09T22:41:07Z)
2024-05-12T02:15:06.221Z INFO  page 4: 100 reads
2024-05-12T02:15:06.845Z INFO  page 5: 12 reads
2024-05-12T02:15:06.846Z INFO  done: 412 reads, 1 stale
''', secret=hexs(32))

add("csv/cantaloupe-portal-password", "ops/vendor_portal_accounts.csv",
    "A shared-accounts spreadsheet exported to CSV", r'''
portal,url,username,password,owner,notes
Cantaloupe Seed,https://seedlive.com,ops@midstatevending.com,@@secret@@,Dana R.,shared ops login - MFA on Dana's phone
Nayax Core,https://my.nayax.com,ops@midstatevending.com,see 1Password (Ops vault),Dana R.,
365 AdminCenter,https://admin.365retailmarkets.com,markets@midstatevending.com,see 1Password (Ops vault),Luis P.,
Vistar,https://vistar.pfgc.com,purchasing@midstatevending.com,SSO,Karen T.,orders Tue/Fri
Sam's Club Business,https://samsclub.com,purchasing@midstatevending.com,SSO,Karen T.,
Samsara,https://cloud.samsara.com,fleet@midstatevending.com,Google SSO,Mike B.,
''', secret=words_pw())

add("sql/nayax-api-token", "db/migrations/0042_integration_credentials.sql",
    "PostgreSQL INSERT seeding an integration credential row", r'''
-- 0042: move integration credentials from config files into the integrations table
BEGIN;

CREATE TABLE IF NOT EXISTS integrations (
    id           serial PRIMARY KEY,
    vendor       text NOT NULL UNIQUE,
    base_url     text NOT NULL,
    credential   text NOT NULL,
    enabled      boolean NOT NULL DEFAULT true,
    updated_at   timestamptz NOT NULL DEFAULT now()
);

INSERT INTO integrations (vendor, base_url, credential)
VALUES ('nayax', 'https://lynx.nayax.com/operational/api/v1', '@@secret@@')
ON CONFLICT (vendor) DO UPDATE SET credential = EXCLUDED.credential, updated_at = now();

COMMIT;
''', secret=drawn(64))

add("json/decoy-device-ids", "telemetry/machine_map.json",
    "Nayax device serials and Cantaloupe ePort serials mapped to route machine numbers", r'''
{
  "generated": "2024-05-10T06:00:00Z",
  "operator": "MSV-0417",
  "machines": [
    {"route_no": "MS-1101", "nayax_machine_id": 941287310, "device_serial": "0434334921004512", "model": "VPOS Touch"},
    {"route_no": "MS-1102", "nayax_machine_id": 941287322, "device_serial": "0434334921004538", "model": "VPOS Touch"},
    {"route_no": "MS-1187", "eport_serial": "VJ300000481273", "model": "ePort G11"},
    {"route_no": "MS-1188", "eport_serial": "VJ300000481291", "model": "ePort G11"},
    {"route_no": "MS-1203", "vendon_uuid": "@@u1@@", "model": "Vendon VT-2"},
    {"route_no": "MS-1204", "vendon_uuid": "@@u2@@", "model": "Vendon VT-2"}
  ]
}
''', u1=uuid_s(), u2=uuid_s())

add("dex/decoy-audit-file", "samples/dex/MS-1187_20240509.dex",
    "EVA-DTS 6.1.2 / DEX-UCS audit file: ID, CA, PA, VA records and G85 checksum", r'''
DXS*9252131001*VA*V0/6*1
ST*001*0001
ID1*VJ300000481273*DN7000*0012*0*MS-1187*
CA1*4100023519*DN-MKIII*0212
CA2*1287550*40811*0*0
CA3*0*0*0*0*0*0*0*0*0
PA1*10*175*
PA2*412*72100*0*0
PA1*11*175*
PA2*389*68075*0*0
PA1*12*200*
PA2*171*34200*0*0
PA1*13*125*
PA2*503*62875*0*0
VA1*237250*1211*0*0
EA2*DO*14*0
G85*4E1A
SE*18*0001
DXE*1*1
''')

add("markdown/decoy-vault-reference", "docs/integrations/cashless-credentials.md",
    "Runbook pointing at a password manager and a secrets manager, holding no values", r'''
# Where the cashless and telemetry credentials live

We do not keep any vendor credential in this repository. Everything is in two places:

- **AWS Secrets Manager** (`us-east-2`), read by the services at start-up:
  - `vms/prod/nayax-lynx` - the Lynx user token (owner: Dana R.)
  - `vms/prod/seed-api` - the Seed API login
  - `vms/prod/retail365` - the 365 partner client id and secret
  - `vms/prod/parlevel` - the Parlevel API key
- **1Password, Ops vault** - the human logins for Nayax Core, Seed, 365 AdminCenter.

## Rotating the Nayax token

1. Nayax Core > Account settings > Security and login > User tokens > New token.
2. `aws secretsmanager put-secret-value --secret-id vms/prod/nayax-lynx --secret-string "$NEW_TOKEN"`
3. `kubectl -n vms rollout restart deploy/telemetry-sync`
4. Delete the old token in Nayax Core once the sync has run once.
''')

add("yaml/decoy-secret-reference", "deploy/k8s/telemetry-sync-externalsecret.yaml",
    "External Secrets Operator: ExternalSecret pulling from AWS Secrets Manager", r'''
apiVersion: external-secrets.io/v1beta1
kind: ExternalSecret
metadata:
  name: telemetry-sync
  namespace: vms
spec:
  refreshInterval: 1h
  secretStoreRef:
    name: aws-secrets-manager
    kind: ClusterSecretStore
  target:
    name: telemetry-sync
    creationPolicy: Owner
  data:
    - secretKey: NAYAX_LYNX_TOKEN
      remoteRef:
        key: vms/prod/nayax-lynx
    - secretKey: SEED_API_PASSWORD
      remoteRef:
        key: vms/prod/seed-api
        property: password
    - secretKey: PARLEVEL_API_KEY
      remoteRef:
        key: vms/prod/parlevel
''')

add("log/decoy-redacted-token", "logs/telemetry-sync-2024-06-03.log",
    "Structured service log with credentials masked by the logger", r'''
{"ts":"2024-06-03T04:00:00.014Z","level":"info","msg":"telemetry-sync start","version":"2.4.1","machines":418}
{"ts":"2024-06-03T04:00:00.201Z","level":"debug","msg":"http request","method":"GET","url":"https://lynx.nayax.com/operational/api/v1/machines","headers":{"Authorization":"Bearer ****************************a9Qe"}}
{"ts":"2024-06-03T04:00:01.377Z","level":"debug","msg":"http request","method":"GET","url":"https://api.parlevelsystems.com/v1/dex/latest","headers":{"X-Api-Key":"[REDACTED]"}}
{"ts":"2024-06-03T04:00:02.912Z","level":"warn","msg":"seed login retry","user":"integrations@midstatevending.com","password":"********","attempt":2}
{"ts":"2024-06-03T04:00:03.550Z","level":"info","msg":"seed login ok","session":"sess_[masked]"}
{"ts":"2024-06-03T04:00:41.006Z","level":"info","msg":"telemetry-sync done","reads":418,"stale":3,"duration_ms":40992}
''')

# ---------------------------------------------------------------------------------------------
# Payment processors: Stripe, Square, Adyen, Heartland, Authorize.Net, Braintree, Elavon, ...
# ---------------------------------------------------------------------------------------------

add("python/stripe-secret-key", "payments/refund_failed_vends.py",
    "Stripe API reference: authentication with a secret key (stripe.api_key)", r'''
"""Refund card payments for vends the machine reported as failed (coil jam, no drop)."""
import csv
import sys

import stripe

stripe.api_key = "@@secret@@"
stripe.max_network_retries = 2


def refund(payment_intent: str, cents: int, reason: str) -> str:
    r = stripe.Refund.create(
        payment_intent=payment_intent,
        amount=cents,
        reason="requested_by_customer",
        metadata={"vend_failure": reason},
    )
    return r.id


def main(path: str) -> None:
    with open(path, newline="") as fh:
        for row in csv.DictReader(fh):
            rid = refund(row["payment_intent"], int(row["amount_cents"]), row["failure_code"])
            print(f"{row['machine']}\t{row['payment_intent']}\t{rid}")


if __name__ == "__main__":
    main(sys.argv[1])
''', secret=stripe_key())

add("k8s-secret/stripe-restricted-key", "deploy/k8s/kiosk-payments-secret.yaml",
    "Kubernetes Secret (data: base64); Stripe restricted key rk_live_", r'''
apiVersion: v1
kind: Secret
metadata:
  name: kiosk-payments
  namespace: micromarket
  labels:
    app.kubernetes.io/name: kiosk-payments
    app.kubernetes.io/part-of: micromarket
type: Opaque
data:
  STRIPE_RESTRICTED_KEY: @@enc@@
  STRIPE_ACCOUNT: @@acct@@
''', secret=(_rk := stripe_key("rk_live_")), enc=b64(_rk), acct=b64("acct_1" + drawn(15)))

add("env/square-access-token", "kiosk/.env",
    "Square developer docs: production access token (EAAA...)", r'''
# micro-market kiosk checkout service
NODE_ENV=production
PORT=8080
SQUARE_ENVIRONMENT=production
SQUARE_APPLICATION_ID=sq0idp-@@appid@@
SQUARE_LOCATION_ID=L@@loc@@
SQUARE_ACCESS_TOKEN=@@secret@@
RECEIPT_FROM=receipts@midstatevending.com
KIOSK_MARKET_ID=70112
''', secret=square_token(), appid=drawn(22, URLSAFE), loc=drawn(12, UPPER_ALNUM))

add("java/adyen-api-key", "payments-service/src/main/java/com/midstate/payments/AdyenConfig.java",
    "Adyen Java API library: Client(apiKey, Environment.LIVE, liveEndpointUrlPrefix)", r'''
package com.midstate.payments;

import com.adyen.Client;
import com.adyen.enums.Environment;
import com.adyen.service.checkout.PaymentsApi;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
public class AdyenConfig {

    static final String MERCHANT_ACCOUNT = "MidstateVendingECOM";
    private static final String LIVE_PREFIX = "7f2a1c9e0b34d5a6-MidstateVending";

    @Bean
    public Client adyenClient() {
        return new Client(
            "@@secret@@",
            Environment.LIVE,
            LIVE_PREFIX);
    }

    @Bean
    public PaymentsApi paymentsApi(Client client) {
        return new PaymentsApi(client);
    }
}
''', secret=adyen_key())

add("csharp/heartland-secret-key", "MarketPay/Gateways/HeartlandGateway.cs",
    "Heartland Portico / GlobalPayments .NET SDK: PorticoConfig SecretApiKey (skapi_prod_)", r'''
using GlobalPayments.Api;
using GlobalPayments.Api.Entities;
using GlobalPayments.Api.PaymentMethods;

namespace MarketPay.Gateways
{
    public sealed class HeartlandGateway : IGateway
    {
        public HeartlandGateway()
        {
            ServicesContainer.ConfigureService(new PorticoConfig
            {
                SecretApiKey = "@@secret@@",
                DeveloperId = "002914",
                VersionNumber = "3621",
                ServiceUrl = "https://api2.heartlandportico.com"
            });
        }

        public Transaction Charge(decimal amount, CreditTrackData track)
        {
            return track.Charge(amount)
                .WithCurrency("USD")
                .WithAllowDuplicates(false)
                .Execute();
        }
    }
}
''', secret="skapi_prod_" + drawn(40, URLSAFE))

add("xml/authorize-net-transaction-key", "OfficeCafe.Web/Web.config",
    "ASP.NET Web.config appSettings; Authorize.Net API login id and transaction key", r'''
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <appSettings>
    <add key="webpages:Version" value="3.0.0.0" />
    <add key="ClientValidationEnabled" value="true" />
    <add key="AuthNet.Environment" value="PRODUCTION" />
    <add key="AuthNet.ApiLoginId" value="@@login@@" />
    <add key="AuthNet.TransactionKey" value="@@secret@@" />
    <add key="Receipts.From" value="officecafe@midstatevending.com" />
  </appSettings>
  <system.web>
    <compilation debug="false" targetFramework="4.8" />
    <httpRuntime targetFramework="4.8" enableVersionHeader="false" />
    <customErrors mode="RemoteOnly" defaultRedirect="~/error" />
  </system.web>
</configuration>
''', secret=drawn(16), login=drawn(11))

add("properties/braintree-private-key", "ordering-api/src/main/resources/application-prod.properties",
    "Braintree Java SDK: BraintreeGateway(environment, merchantId, publicKey, privateKey)", r'''
spring.profiles.active=prod
server.port=8443
spring.datasource.url=jdbc:postgresql://orders-db.internal:5432/orders
spring.datasource.username=orders_app
spring.datasource.password=${ORDERS_DB_PASSWORD}
braintree.environment=production
braintree.merchant-id=@@mid@@
braintree.public-key=@@pub@@
braintree.private-key=@@secret@@
management.endpoints.web.exposure.include=health,info
''', secret=hexs(32), mid=drawn(16, LOWER_ALNUM), pub=drawn(16, LOWER_ALNUM))

add("json/elavon-converge-pin", "config/converge.json",
    "Elavon Converge API: ssl_merchant_id, ssl_user_id, ssl_pin", r'''
{
  "endpoint": "https://api.convergepay.com/VirtualMerchant/processxml.do",
  "ssl_merchant_id": "0021847",
  "ssl_user_id": "apiuser_kiosk",
  "ssl_pin": "@@secret@@",
  "ssl_transaction_currency": "USD",
  "ssl_show_form": false,
  "terminals": ["kiosk-70112-a", "kiosk-70119-a", "kiosk-70204-a"]
}
''', secret=drawn(64, UPPER_ALNUM))

add("terraform/stripe-webhook-secret", "infra/payments/ssm.tf",
    "Terraform aws_ssm_parameter with a literal value; Stripe webhook signing secret (whsec_)", r'''
resource "aws_ssm_parameter" "stripe_webhook_secret" {
  name        = "/kiosk/prod/stripe/webhook_secret"
  description = "Signing secret of the kiosk-payments webhook endpoint"
  type        = "SecureString"
  value       = "@@secret@@"
  key_id      = aws_kms_key.kiosk.key_id

  tags = {
    Service = "kiosk-payments"
    Owner   = "ops"
  }
}

resource "aws_ssm_parameter" "stripe_webhook_url" {
  name  = "/kiosk/prod/stripe/webhook_url"
  type  = "String"
  value = "https://pay.midstatevending.com/hooks/stripe"
}
''', secret=fakes.fake("whsec_", 32, _seed()))

add("go/cardconnect-basic-auth", "internal/cardconnect/client.go",
    "CardPointe Gateway API: HTTP Basic Authorization header", r'''
package cardconnect

import (
	"bytes"
	"encoding/json"
	"net/http"
	"time"
)

const (
	baseURL    = "https://midstate.cardconnect.com/cardconnect/rest"
	merchantID = "496160873888"
	authHeader = "Basic @@secret@@"
)

type AuthRequest struct {
	MerchID string `json:"merchid"`
	Account string `json:"account"`
	Amount  string `json:"amount"`
	Expiry  string `json:"expiry"`
	Capture string `json:"capture"`
}

var httpClient = &http.Client{Timeout: 25 * time.Second}

func Authorize(req AuthRequest) (*http.Response, error) {
	req.MerchID = merchantID
	body, _ := json.Marshal(req)
	r, _ := http.NewRequest(http.MethodPut, baseURL+"/auth", bytes.NewReader(body))
	r.Header.Set("Authorization", authHeader)
	r.Header.Set("Content-Type", "application/json")
	return httpClient.Do(r)
}
''', secret=b64("midstateapi:" + rand_pw(18)))

add("ruby/moneris-api-token", "app/services/moneris_gateway.rb",
    "Moneris eSELECTplus API: store_id and api_token", r'''
# frozen_string_literal: true

require "moneris"

class MonerisGateway
  STORE_ID = "monca05721"
  API_TOKEN = "@@secret@@"

  def initialize(host: "www3.moneris.com")
    @gateway = Moneris::Gateway.new(store_id: STORE_ID, api_token: API_TOKEN, host: host)
  end

  def purchase(order_id:, cents:, token:)
    @gateway.purchase(order_id: order_id, amount: format("%.2f", cents / 100.0), data_key: token, crypt_type: 7)
  end

  def refund(order_id:, txn_number:, cents:)
    @gateway.refund(order_id: order_id, txn_number: txn_number, amount: format("%.2f", cents / 100.0), crypt_type: 7)
  end
end
''', secret=drawn(20))

add("php/mollie-api-key", "config/payments.php",
    "Mollie API client: setApiKey with a live_ key", r'''
<?php

return [
    'default' => env('PAYMENT_DRIVER', 'mollie'),

    'mollie' => [
        'key' => 'live_@@body@@',
        'webhook_url' => 'https://shop.midstatevending.com/webhooks/mollie',
        'locale' => 'en_US',
    ],

    'receipt' => [
        'from' => 'shop@midstatevending.com',
        'bcc' => 'accounting@midstatevending.com',
    ],
];
''', secret=(_mo := "live_" + drawn(30)), body=_mo[5:])

add("typescript/checkout-secret-key", "server/payments/checkout.ts",
    "Checkout.com Node SDK: new Checkout(secretKey)", r'''
import { Checkout } from "checkout-sdk-node";

const cko = new Checkout("@@secret@@", {
  pk: "pk_@@pk@@",
  timeout: 7000,
});

export async function chargeToken(token: string, amountMinor: number, reference: string) {
  return cko.payments.request({
    source: { type: "token", token },
    amount: amountMinor,
    currency: "USD",
    reference,
    processing_channel_id: "pc_@@pc@@",
  });
}
''', secret="sk_" + drawn(27, LOWER_ALNUM), pk=drawn(27, LOWER_ALNUM), pc=drawn(26, LOWER_ALNUM))

add("shell/paypal-client-secret", "ops/paypal_payout_commissions.sh",
    "PayPal REST: OAuth token with curl -u CLIENT_ID:SECRET", r'''
#!/bin/sh
# Monthly location commission payouts via PayPal Payouts.
set -e

TOKEN=$(curl -s https://api-m.paypal.com/v1/oauth2/token \
  -u "A@@cid@@:E@@body@@" \
  -d "grant_type=client_credentials" | jq -r .access_token)

curl -s https://api-m.paypal.com/v1/payments/payouts \
  -H "Authorization: Bearer $TOKEN" \
  -H "Content-Type: application/json" \
  -d @"commissions_$(date +%Y%m).json" | jq .batch_header
''', secret=(_pp := "E" + drawn(79, URLSAFE)), body=_pp[1:], cid=drawn(79, URLSAFE))

add("swift/square-application-secret", "OpsApp/Sources/Payments/SquareOAuth.swift",
    "Square OAuth API: ObtainToken with client_id and client_secret (sq0csp-)", r'''
import Foundation

enum SquareOAuth {
    static let clientID = "sq0idp-@@appid@@"
    static let clientSecret = "@@secret@@"
    static let redirectURL = URL(string: "midstateops://square/callback")!

    static func tokenRequest(code: String) throws -> URLRequest {
        var req = URLRequest(url: URL(string: "https://connect.squareup.com/oauth2/token")!)
        req.httpMethod = "POST"
        req.setValue("application/json", forHTTPHeaderField: "Content-Type")
        req.httpBody = try JSONSerialization.data(withJSONObject: [
            "client_id": clientID,
            "client_secret": clientSecret,
            "code": code,
            "grant_type": "authorization_code",
        ])
        return req
    }
}
''', secret=square_secret(), appid=drawn(22, URLSAFE))

add("dockerfile/stripe-secret-key", "kiosk-payments/Dockerfile",
    "Dockerfile reference: ENV; Stripe secret key baked into an image", r'''
FROM node:20-alpine AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci
COPY . .
RUN npm run build

FROM node:20-alpine
WORKDIR /app
ENV NODE_ENV=production \
    PORT=8080 \
    STRIPE_SECRET_KEY=@@secret@@
COPY --from=build /app/dist ./dist
COPY --from=build /app/node_modules ./node_modules
USER node
EXPOSE 8080
CMD ["node", "dist/server.js"]
''', secret=stripe_key())

add("github-actions/worldpay-password", ".github/workflows/settlement-report.yml",
    "GitHub Actions workflow env; Access Worldpay Basic credentials", r'''
name: settlement-report
on:
  schedule:
    - cron: "30 6 * * 1-5"
  workflow_dispatch:

jobs:
  report:
    runs-on: ubuntu-latest
    env:
      WORLDPAY_USERNAME: midstate-reports
      WORLDPAY_PASSWORD: "@@secret@@"
      WORLDPAY_ENTITY: POxxxxx-midstate
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-python@v5
        with:
          python-version: "3.12"
      - run: pip install -r reports/requirements.txt
      - run: python reports/settlement.py --since yesterday --out settlement.csv
      - uses: actions/upload-artifact@v4
        with:
          name: settlement
          path: settlement.csv
''', secret=rand_pw(24))

add("yaml/tsys-transaction-key", "config/transit.yml",
    "TSYS TransIT API: deviceID and transactionKey", r'''
transit:
  url: https://gateway.transit-pass.com/servlets/TransNox_API_Server
  merchant_id: "887000003193"
  device_id: "88700000319301"
  user_id: TA5184231
  transaction_key: @@secret@@
  developer_id: "003212G001"
terminals:
  office_cafe_1:
    market: 70112
  office_cafe_2:
    market: 70119
''', secret=drawn(32, UPPER_ALNUM))

add("ini/global-payments-shared-secret", "config/realex.ini",
    "Global Payments (Realex) HPP: merchant id, account and shared secret", r'''
[realex]
endpoint = https://pay.realexpayments.com/pay
merchant_id = midstatevending
account = internet
shared_secret = @@secret@@
auto_settle = 1

[receipt]
from = shop@midstatevending.com
template = receipts/realex.html
''', secret=rand_pw(12))

add("python/dukpt-bdk", "tools/keyload/inject_readers.py",
    "ANSI X9.24-1 DUKPT: base derivation key (BDK) loaded into card readers", r'''
"""Key-injection helper for the bench: derives the IPEK for each reader from the BDK."""
import binascii
import csv
import sys

from dukpt import derive_ipek  # internal package, see tools/keyload/dukpt.py

# Production BDK, component-combined 2023-11-02 (KCV 7B41E2)
BDK = binascii.unhexlify("@@secret@@")


def main(serials_csv: str) -> None:
    with open(serials_csv, newline="") as fh:
        for row in csv.DictReader(fh):
            ksn = bytes.fromhex(row["ksn"])
            ipek = derive_ipek(BDK, ksn)
            print(row["reader_serial"], row["ksn"], ipek.hex().upper()[:6] + "...")


if __name__ == "__main__":
    main(sys.argv[1])
''', secret=upper_hex(32))

add("json/decoy-publishable-key", "kiosk-ui/public/config.json",
    "Stripe docs: publishable keys (pk_live_) are meant to be shipped to the browser", r'''
{
  "market": 70112,
  "currency": "usd",
  "stripePublishableKey": "pk_live_@@pk@@",
  "idleSeconds": 45,
  "receiptEmail": true,
  "supportPhone": "+1-402-555-0148",
  "theme": {"primary": "#0b5394", "accent": "#f1c232"}
}
''', pk=drawn(99))

add("typescript/decoy-public-id", "kiosk-ui/src/square.ts",
    "Square Web Payments SDK: application id and location id are public", r'''
import { payments } from "@square/web-payments-sdk-types";

declare const Square: { payments: typeof payments };

const APPLICATION_ID = "sq0idp-@@appid@@";
const LOCATION_ID = "L@@loc@@";

export async function mountCard(selector: string) {
  const p = await Square.payments(APPLICATION_ID, LOCATION_ID);
  const card = await p.card();
  await card.attach(selector);
  return card;
}

export async function tokenize(card: { tokenize(): Promise<{ status: string; token?: string }> }) {
  const result = await card.tokenize();
  if (result.status !== "OK" || !result.token) throw new Error(`tokenize failed: ${result.status}`);
  return result.token;
}
''', appid=drawn(22, URLSAFE), loc=drawn(12, UPPER_ALNUM))

add("html/decoy-client-key", "shop/templates/checkout.html",
    "Adyen Web Drop-in: the client key (live_...) is used in the browser by design", r'''
<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>Checkout - Midstate Vending Shop</title>
  <link rel="stylesheet" href="https://checkoutshopper-live.adyen.com/checkoutshopper/sdk/5.59.0/adyen.css"
        integrity="sha384-@@sri@@" crossorigin="anonymous">
</head>
<body>
  <div id="dropin-container"></div>
  <script src="https://checkoutshopper-live.adyen.com/checkoutshopper/sdk/5.59.0/adyen.js"></script>
  <script>
    const configuration = {
      environment: "live",
      clientKey: "live_@@ck@@",
      session: { id: "{{ session.id }}", sessionData: "{{ session.sessionData }}" },
      onPaymentCompleted: (result) => { window.location = "/order/{{ order.id }}/done?rc=" + result.resultCode; },
    };
    AdyenCheckout(configuration).then((c) => c.create("dropin").mount("#dropin-container"));
  </script>
</body>
</html>
''', ck=drawn(32, UPPER_ALNUM), sri=b64_bytes(48))

add("javascript/decoy-public-key", "officecafe/static/js/securesubmit.js",
    "Heartland SecureSubmit: the public key (pkapi_) tokenizes cards in the browser", r'''
/* Office Cafe card entry: tokenizes with Heartland, posts only the token to our server. */
(function () {
  "use strict";
  var hps = new Heartland.HPS({
    publicKey: "pkapi_prod_@@pk@@",
    type: "iframe",
    fields: {
      cardNumber: { target: "iframesCardNumber", placeholder: "•••• •••• •••• ••••" },
      cardExpiration: { target: "iframesCardExpiration", placeholder: "MM / YYYY" },
      cardCvv: { target: "iframesCardCvv", placeholder: "CVV" }
    },
    onTokenSuccess: function (resp) {
      document.getElementById("token_value").value = resp.token_value;
      document.getElementById("payment_form").submit();
    },
    onTokenError: function (resp) {
      alert("Card error: " + resp.error.message);
    }
  });
  document.getElementById("pay").addEventListener("click", function () { hps.Messages.post({ accumulateData: true, action: "tokenize" }, "cardNumber"); });
})();
''', pk=drawn(40, URLSAFE))

add("python/decoy-test-fixture", "tests/payments/test_dukpt.py",
    "ANSI X9.24-1 published DUKPT test vectors and card-brand test PANs", r'''
import pytest

from tools.keyload.dukpt import derive_ipek

# The example BDK and KSN published in ANSI X9.24-1 (2009) Annex A; not a key of ours.
TEST_BDK = bytes.fromhex("0123456789ABCDEFFEDCBA9876543210")
TEST_KSN = bytes.fromhex("FFFF9876543210E00000")
EXPECTED_IPEK = "6AC292FAA1315B4D858AB3A3D7D5933A"

TEST_PANS = [
    "4761739001010010",  # Visa test card (EMVCo)
    "5413330089600010",  # Mastercard test card
    "4111111111111111",
]


def test_ipek_matches_the_standard() -> None:
    assert derive_ipek(TEST_BDK, TEST_KSN).hex().upper() == EXPECTED_IPEK


@pytest.mark.parametrize("pan", TEST_PANS)
def test_pans_are_luhn_valid(pan: str) -> None:
    digits = [int(c) for c in pan][::-1]
    total = sum(d if i % 2 == 0 else (d * 2 - 9 if d * 2 > 9 else d * 2) for i, d in enumerate(digits))
    assert total % 10 == 0
''')

add("python/decoy-test-fixture", "kiosk-payments/tests/test_webhook_signature.py",
    "Stripe docs: verifying webhook signatures; a unit test with its own throwaway secret", r'''
import hashlib
import hmac
import time

from kiosk_payments.webhooks import verify_signature

# Throwaway value for this test only; the real one is in SSM (/kiosk/prod/stripe/webhook_secret).
FAKE_SECRET = "whsec_unit_test_only_not_a_real_secret"


def sign(payload: bytes, secret: str, ts: int) -> str:
    mac = hmac.new(secret.encode(), f"{ts}.".encode() + payload, hashlib.sha256).hexdigest()
    return f"t={ts},v1={mac}"


def test_accepts_a_fresh_signature() -> None:
    ts = int(time.time())
    body = b'{"id":"evt_test","type":"payment_intent.succeeded"}'
    assert verify_signature(body, sign(body, FAKE_SECRET, ts), FAKE_SECRET)


def test_rejects_an_old_signature() -> None:
    ts = int(time.time()) - 3600
    body = b'{"id":"evt_test","type":"payment_intent.succeeded"}'
    assert not verify_signature(body, sign(body, FAKE_SECRET, ts), FAKE_SECRET)
''')

add("log/decoy-emv-trace", "logs/reader-emv-trace-70119.log",
    "EMV contactless transaction trace: TLV tags, ARQC and ATC are per-transaction values", r'''
2024-04-22 12:03:51.204 [emv] SELECT PPSE -> 6F 2F 84 0E 32 50 41 59 2E 53 59 53 2E 44 44 46 30 31 A5 1D
2024-04-22 12:03:51.311 [emv] AID A0000000031010 (VISA CREDIT) selected
2024-04-22 12:03:51.402 [emv] GPO 9F66=36204000 9F02=000000000175 5F2A=0840 9A=240422 9C=00 9F37=@@un@@
2024-04-22 12:03:51.517 [emv] 9F26 (ARQC)=@@arqc@@ 9F36 (ATC)=01A7 9F10=06011203A0B800
2024-04-22 12:03:51.518 [emv] 57 (track2 equiv)=476173******0010D2712******** masked
2024-04-22 12:03:51.519 [emv] 5F34=01 82=2000 95=0000000000 9F27=80
2024-04-22 12:03:51.902 [host] auth request stan=004187 ksn=FFFF9876543210E0@@ksn@@
2024-04-22 12:03:53.140 [host] approved 00 auth=0K93QZ amount=1.75
''', un=upper_hex(8), arqc=upper_hex(16), ksn=upper_hex(4))

add("markdown/decoy-placeholder", "kiosk-payments/README.md",
    "Project README with a placeholder key of the documented shape", r'''
# kiosk-payments

Card and mobile-wallet checkout for the micro-market kiosks (Stripe Terminal + web fallback).

## Running locally

```bash
cp .env.example .env
# fill in STRIPE_SECRET_KEY with your own test-mode key from the Stripe dashboard
npm ci && npm run dev
```

`.env` expects:

```
STRIPE_SECRET_KEY=sk_test_XXXXXXXXXXXXXXXXXXXXXXXX
STRIPE_WEBHOOK_SECRET=whsec_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX
KIOSK_MARKET_ID=70112
```

Production values are injected from SSM Parameter Store (`/kiosk/prod/stripe/*`); never put them here.

## Tests

`npm test` runs the unit tests; `npm run test:webhooks` replays the fixtures in `tests/fixtures/events/`.
''')

add("csharp/decoy-config-reference", "MarketPay/Program.cs",
    "ASP.NET Core configuration with Azure Key Vault; secrets read by name only", r'''
using Azure.Identity;
using MarketPay.Gateways;

var builder = WebApplication.CreateBuilder(args);

builder.Configuration.AddAzureKeyVault(
    new Uri("https://kv-marketpay-prod.vault.azure.net/"),
    new DefaultAzureCredential());

builder.Services.AddSingleton<IGateway>(sp =>
{
    var cfg = sp.GetRequiredService<IConfiguration>();
    return new PorticoGateway(cfg["Heartland:SecretApiKey"]
        ?? throw new InvalidOperationException("Heartland:SecretApiKey missing"));
});

var app = builder.Build();
app.MapPost("/charge", async (ChargeRequest req, IGateway gw) => Results.Ok(await gw.ChargeAsync(req)));
app.Run();
''')

# ---------------------------------------------------------------------------------------------
# Machine firmware, telemetry gateways and cellular modems
# ---------------------------------------------------------------------------------------------

add("c/apn-password", "firmware/vmc-bridge/src/modem_config.h",
    "Quectel BG96 AT commands manual: AT+QICSGP context with APN user and password", r'''
#ifndef MODEM_CONFIG_H
#define MODEM_CONFIG_H

/* Private APN on the Midstate M2M account (static IPs, no internet breakout). */
#define MODEM_APN            "m2m.midstatevend.apn"
#define MODEM_APN_USER       "msv0417"
#define MODEM_APN_PASSWORD   "@@secret@@"
#define MODEM_APN_AUTH       1   /* 1 = PAP, 2 = CHAP */

#define MODEM_BAUD           115200
#define MODEM_PWRKEY_PIN     21
#define MODEM_RESET_PIN      22
#define MODEM_BOOT_DELAY_MS  5000

#define TELEMETRY_HOST       "telemetry.midstatevending.com"
#define TELEMETRY_PORT       8883
#define DEX_READ_PERIOD_S    900

#endif /* MODEM_CONFIG_H */
''', secret=rand_pw(16))

add("arduino/mqtt-password", "firmware/telemetry_node/telemetry_node.ino",
    "Arduino PubSubClient: connect(clientId, user, password)", r'''
#include <WiFiClientSecure.h>
#include <PubSubClient.h>
#include "mdb.h"

const char* ssid = "MSV-Techs";
const char* mqttHost = "k3f81a2c.s1.eu.hivemq.cloud";
const int mqttPort = 8883;
const char* mqttUser = "node-fleet";
const char* mqttPass = "@@secret@@";

WiFiClientSecure net;
PubSubClient mqtt(net);
char clientId[24];

void setup() {
  Serial.begin(115200);
  mdb_begin();
  snprintf(clientId, sizeof(clientId), "vmc-%06lX", (unsigned long)ESP.getEfuseMac());
  net.setCACert(HIVEMQ_ROOT_CA);
  mqtt.setServer(mqttHost, mqttPort);
}

void loop() {
  if (!mqtt.connected()) {
    mqtt.connect(clientId, mqttUser, mqttPass);
  }
  mqtt.loop();
  if (mdb_has_vend()) {
    char msg[96];
    mdb_vend_json(msg, sizeof(msg));
    mqtt.publish("vend/events", msg);
  }
}
''', secret=rand_pw(20))

add("pem/device-private-key", "firmware/certs/vmc-0417-0001.private.pem.key",
    "AWS IoT Core: device certificate private key file as downloaded at registration", r'''
@@secret@@
''', secret=fakes.fake_pem(_seed(), "EC"))

add("python/azure-iot-connection-string", "provisioning/register_devices.py",
    "Azure IoT Hub service SDK: IoTHubRegistryManager.from_connection_string", r'''
"""Register new telemetry boards in IoT Hub from the bench CSV."""
import csv
import sys

from azure.iot.hub import IoTHubRegistryManager

CONN = (
    "HostName=msv-telemetry.azure-devices.net;"
    "SharedAccessKeyName=registryReadWrite;"
    "SharedAccessKey=@@secret@@"
)


def main(path: str) -> None:
    registry = IoTHubRegistryManager.from_connection_string(CONN)
    with open(path, newline="") as fh:
        for row in csv.DictReader(fh):
            device = registry.create_device_with_sas(row["device_id"], None, None, "enabled")
            registry.update_twin(row["device_id"], {"tags": {"route": row["route"], "machine": row["machine"]}}, "*")
            print("registered", device.device_id)


if __name__ == "__main__":
    main(sys.argv[1])
''', secret=b64_bytes(32))

add("json/soracom-auth-key", "gateway/config/soracom.json",
    "SORACOM API: SAM user AuthKeyId (keyId-) and AuthKey (secret-)", r'''
{
  "coverage": "g",
  "operatorId": "OP0071834915",
  "authKeyId": "keyId-@@kid@@",
  "authKey": "@@secret@@",
  "groups": {
    "vending": "f3c1b2a0-routes",
    "micromarket": "b81e02d4-kiosks"
  },
  "speedClass": "s1.standard",
  "sessionAlerts": true
}
''', secret="secret-" + drawn(64), kid=drawn(32))

add("shell/hologram-api-key", "scripts/hologram_activate.sh",
    "Hologram REST API: apikey query parameter", r'''
#!/usr/bin/env bash
# Activate a batch of Hologram SIMs for new machines: ./hologram_activate.sh sims.txt
set -euo pipefail

ORG=48213
PLAN=184

while read -r iccid; do
  [ -z "$iccid" ] && continue
  curl -s -X POST "https://dashboard.hologram.io/api/1/links/cellular/sim_${iccid}/claim?apikey=@@secret@@" \
    -H "Content-Type: application/json" \
    -d "{\"orgid\": ${ORG}, \"plan\": ${PLAN}, \"zone\": \"1\"}" | jq -c '{iccid: .data.sim, ok: .success}'
  sleep 1
done < "${1:?list of ICCIDs}"
''', secret=drawn(32))

add("typescript/particle-access-token", "fleet/particle/flashFleet.ts",
    "Particle Cloud API: access token (particle-api-js)", r'''
import Particle from "particle-api-js";
import { readFileSync } from "node:fs";

const particle = new Particle();
const auth = "@@secret@@";
const PRODUCT_ID = 21874;

async function main(firmwarePath: string, group: string) {
  const { body } = await particle.listDevices({ auth, product: PRODUCT_ID, groups: [group], perPage: 100 });
  const file = readFileSync(firmwarePath);
  for (const d of body.devices) {
    if (!d.online) continue;
    await particle.flashDevice({ deviceId: d.id, files: { "firmware.bin": file }, auth, product: PRODUCT_ID });
    console.log(`${d.name} (${d.id}) flashed`);
  }
}

main(process.argv[2], process.argv[3] ?? "pilot").catch((e) => {
  console.error(e);
  process.exit(1);
});
''', secret=hexs(40))

add("python/cradlepoint-api-key", "netcloud/router_inventory.py",
    "Cradlepoint NetCloud Manager API v2: X-CP-API-ID/KEY and X-ECM-API-ID/KEY headers", r'''
import csv
import sys

import requests

HEADERS = {
    "X-CP-API-ID": "b89a24a3",
    "X-CP-API-KEY": "@@cpkey@@",
    "X-ECM-API-ID": "@@ecmid@@",
    "X-ECM-API-KEY": "@@secret@@",
    "Content-Type": "application/json",
}


def routers():
    url = "https://www.cradlepointecm.com/api/v2/routers/?limit=500&fields=id,name,mac,serial_number,state,actual_firmware"
    while url:
        page = requests.get(url, headers=HEADERS, timeout=30).json()
        yield from page["data"]
        url = page["meta"]["next"]


writer = csv.writer(sys.stdout)
writer.writerow(["id", "name", "mac", "serial", "state", "firmware"])
for r in routers():
    writer.writerow([r["id"], r["name"], r["mac"], r["serial_number"], r["state"], r["actual_firmware"]])
''', secret=hexs(40), cpkey=hexs(32), ecmid=uuid_s())

add("lua/mqtt-password", "teltonika/files/usr/lib/vend-bridge/bridge.lua",
    "Lua MQTT client (luamqtt) on a Teltonika RUT router: connect with username/password", r'''
local mqtt = require("mqtt")
local uci = require("uci").cursor()

local serial_dev = uci:get("vendbridge", "main", "device") or "/dev/ttyUSB0"
local machine = uci:get("vendbridge", "main", "machine") or "unknown"

local client = mqtt.client{
  uri = "mqtt.midstatevending.com:8883",
  secure = true,
  clean = true,
  id = "rut-" .. machine,
  username = "rut-fleet",
  password = "@@secret@@",
}

client:on{
  connect = function(ack)
    if ack.rc ~= 0 then
      print("connect failed: " .. ack:reason_string())
      return
    end
    client:subscribe{ topic = "vend/" .. machine .. "/cmd", qos = 1 }
  end,
  message = function(msg)
    client:acknowledge(msg)
    local f = io.open(serial_dev, "w")
    f:write(msg.payload .. "\r\n")
    f:close()
  end,
}

mqtt.run_ioloop(client)
''', secret=rand_pw(18, "-_"))

add("log/apn-password", "logs/modem-bringup-MS-1203.log",
    "Quectel AT command trace; AT+QICSGP carries the APN password", r'''
[00:00:05.102] >> AT
[00:00:05.118] << OK
[00:00:05.130] >> ATI
[00:00:05.149] << Quectel BG96 Revision: BG96MAR02A07M1G
[00:00:05.151] >> AT+CPIN?
[00:00:05.170] << +CPIN: READY
[00:00:05.182] >> AT+QCCID
[00:00:05.201] << +QCCID: @@iccid@@
[00:00:05.215] >> AT+QICSGP=1,1,"m2m.midstatevend.apn","msv0417","@@secret@@",1
[00:00:05.240] << OK
[00:00:05.251] >> AT+QIACT=1
[00:00:07.884] << OK
[00:00:07.900] >> AT+QIACT?
[00:00:07.921] << +QIACT: 1,1,1,"10.212.40.17"
[00:00:07.933] >> AT+QMTOPEN=0,"telemetry.midstatevending.com",8883
[00:00:09.412] << +QMTOPEN: 0,0
''', secret=rand_pw(16), iccid=iccid())

add("rust/ota-signing-key", "ota-tools/src/bin/sign_image.rs",
    "HMAC-SHA256 image signing for over-the-air updates (hmac + sha2 crates)", r'''
use hmac::{Hmac, Mac};
use sha2::Sha256;
use std::{env, fs};

type HmacSha256 = Hmac<Sha256>;

// Shared OTA key, burned into vmc-bridge boards since hw rev C.
const OTA_KEY_HEX: &str = "@@secret@@";

fn main() {
    let path = env::args().nth(1).expect("usage: sign_image <firmware.bin>");
    let image = fs::read(&path).expect("read image");
    let key = hex::decode(OTA_KEY_HEX).expect("key hex");
    let mut mac = HmacSha256::new_from_slice(&key).expect("key length");
    mac.update(&image);
    let tag = mac.finalize().into_bytes();
    fs::write(format!("{path}.sig"), hex::encode(tag)).expect("write sig");
    println!("signed {} ({} bytes)", path, image.len());
}
''', secret=hexs(64))

add("yaml/mqtt-password", "bridge/config/bridge.yaml",
    "HiveMQ Cloud: MQTT bridge with username and password", r'''
bridge:
  name: plant-to-cloud
  local:
    host: 127.0.0.1
    port: 1883
    topics:
      - vend/+/events
      - vend/+/dex
  remote:
    host: k3f81a2c.s1.eu.hivemq.cloud
    port: 8883
    tls: true
    client_id: warehouse-bridge-01
    username: warehouse-bridge
    password: @@secret@@
    keepalive: 60
  qos: 1
  retry_seconds: 10
''', secret=rand_pw(24))

add("ppp/chap-secret", "gateway/rootfs/etc/ppp/chap-secrets",
    "pppd(8) man page: chap-secrets file (client server secret addresses)", r'''
# Secrets for authentication using CHAP
# client        server  secret                  IP addresses
"msv0417"       *       "@@secret@@"      *
''' + "\n# provisioned by gateway-image build 2024.04\n", secret=rand_pw(14))

add("go/mqtt-password", "gateway/internal/uplink/mqtt.go",
    "Eclipse Paho Go client: ClientOptions.SetUsername/SetPassword", r'''
package uplink

import (
	"crypto/tls"
	"fmt"
	"time"

	mqtt "github.com/eclipse/paho.mqtt.golang"
)

func Connect(machineID string) (mqtt.Client, error) {
	opts := mqtt.NewClientOptions().
		AddBroker("ssl://mqtt.midstatevending.com:8883").
		SetClientID(fmt.Sprintf("gw-%s", machineID)).
		SetUsername("gateway").
		SetPassword("@@secret@@").
		SetKeepAlive(60 * time.Second).
		SetAutoReconnect(true).
		SetTLSConfig(&tls.Config{MinVersion: tls.VersionTLS12})
	c := mqtt.NewClient(opts)
	if tok := c.Connect(); tok.WaitTimeout(15*time.Second) && tok.Error() != nil {
		return nil, tok.Error()
	}
	return c, nil
}
''', secret=words_pw())

add("cpp/dex-upload-basic-auth", "firmware/vmc-bridge/src/dex_upload.cpp",
    "HTTP Basic Authorization header built into firmware (RFC 7617)", r'''
#include "dex_upload.h"
#include "http_client.h"
#include "log.h"

namespace dex {

static constexpr char kHost[] = "dex.midstatevending.com";
static constexpr int kPort = 443;
// dexbox:<password>, base64 - shared by all bridges
static constexpr char kAuth[] = "Authorization: Basic @@secret@@\r\n";

bool upload(const char* machine, const uint8_t* data, size_t len) {
    HttpClient http(kHost, kPort, /*tls=*/true);
    char path[64];
    snprintf(path, sizeof(path), "/api/dex/%s", machine);
    http.begin("POST", path);
    http.rawHeader(kAuth);
    http.header("Content-Type", "text/plain");
    int status = http.send(data, len);
    LOG_INFO("dex upload %s: %d (%u bytes)", machine, status, (unsigned)len);
    return status == 201;
}

}  // namespace dex
''', secret=b64("dexbox:" + rand_pw(16)))

add("python/wifi-psk", "tools/provision_kiosk_wifi.py",
    "NetworkManager nmcli: wifi connection with wifi-sec.psk", r'''
#!/usr/bin/env python3
"""Run on a new micro-market kiosk: join the market's back-office Wi-Fi and lock down the rest."""
import subprocess

SSID = "MSV-Markets"
PSK = "@@secret@@"


def nmcli(*args: str) -> None:
    subprocess.run(["nmcli", *args], check=True)


nmcli("radio", "wifi", "on")
nmcli("connection", "add", "type", "wifi", "ifname", "wlan0", "con-name", "markets", "ssid", SSID)
nmcli("connection", "modify", "markets", "wifi-sec.key-mgmt", "wpa-psk", "wifi-sec.psk", PSK)
nmcli("connection", "modify", "markets", "connection.autoconnect-priority", "10")
nmcli("connection", "up", "markets")
print("kiosk joined", SSID)
''', secret=passphrase())

add("yaml/teltonika-rms-token", "ansible/roles/rms/defaults/main.yml",
    "Teltonika RMS API: personal access token as Bearer", r'''
---
rms_api_url: https://rms.teltonika-networks.com/api
rms_token: "@@secret@@"
rms_company_id: 31877
rms_device_tags:
  - vending
  - route-{{ route_no }}
rms_config_template: rut241-vending-v3
rms_firmware_target: RUT2M_R_00.07.06.10
''', secret=drawn(64))

add("k8s-secret/mqtt-password", "deploy/k8s/emqx-auth.yaml",
    "Kubernetes Secret with stringData (plain text, encoded by the API server)", r'''
apiVersion: v1
kind: Secret
metadata:
  name: emqx-bootstrap-users
  namespace: telemetry
type: Opaque
stringData:
  EMQX_DASHBOARD__DEFAULT_USERNAME: admin
  EMQX_DASHBOARD__DEFAULT_PASSWORD: "@@secret@@"
''', secret=rand_pw(20, "!@#"))

add("dockerfile/digi-rm-password", "gateway/Dockerfile",
    "Dockerfile RUN with curl -u against Digi Remote Manager", r'''
FROM debian:bookworm-slim

RUN apt-get update && apt-get install -y --no-install-recommends ca-certificates curl jq python3 \
    && rm -rf /var/lib/apt/lists/*

# fetch the current fleet profile at build time
RUN curl -sf -u midstate_api:@@secret@@ \
      "https://remotemanager.digi.com/ws/v1/profiles/inventory?query=name%3D%27vending-ix20%27" \
      -o /etc/fleet-profile.json

COPY gateway/ /opt/gateway/
WORKDIR /opt/gateway
CMD ["python3", "-m", "gateway"]
''', secret=words_pw())

add("toml/mqtt-password", "gateway/config/gateway.toml",
    "TOML config of a telemetry gateway: MQTT section", r'''
[gateway]
site = "warehouse-omaha"
poll_interval = "15m"
dex_port = "/dev/ttyS1"

[mqtt]
broker = "mqtts://mqtt.midstatevending.com:8883"
username = "gw-warehouse-omaha"
password = "@@secret@@"
topic_prefix = "vend/warehouse-omaha"

[storage]
spool_dir = "/var/spool/gateway"
max_spool_mb = 256
''', secret=rand_pw(22))

add("c/firmware-aes-key", "firmware/vmc-bridge/src/dex_crypto.c",
    "mbedTLS AES-CBC: key compiled into firmware", r'''
#include <string.h>
#include "mbedtls/aes.h"
#include "dex_crypto.h"
#include "hexutil.h"

/* AES-256 key shared with dex.midstatevending.com for DEX payload encryption */
static const char DEX_AES_KEY_HEX[] = "@@secret@@";

int dex_encrypt(const uint8_t *in, size_t len, uint8_t iv[16], uint8_t *out)
{
    uint8_t key[32];
    mbedtls_aes_context ctx;
    if (hex_to_bytes(DEX_AES_KEY_HEX, key, sizeof(key)) != sizeof(key)) {
        return -1;
    }
    mbedtls_aes_init(&ctx);
    mbedtls_aes_setkey_enc(&ctx, key, 256);
    int rc = mbedtls_aes_crypt_cbc(&ctx, MBEDTLS_AES_ENCRYPT, len, iv, in, out);
    mbedtls_aes_free(&ctx);
    memset(key, 0, sizeof(key));
    return rc;
}
''', secret=hexs(64))

add("yaml/aws-iot-claim-private-key", "provisioning/fleet/claim-config.yaml",
    "AWS IoT fleet provisioning by claim: claim certificate and private key", r'''
# Loaded by the bench flasher; every new board bootstraps with this claim certificate.
endpoint: a2x7lq0k1ze3vd-ats.iot.us-east-2.amazonaws.com
template: VendingBoardTemplate
claim:
  certificate_id: @@certid@@
  certificate_file: certs/claim.pem.crt
  private_key: |
    @@keyindent@@
rotation:
  after_days: 365
''', secret=(_ck := fakes.fake_pem(_seed(), "RSA")), keyindent=_ck.replace("\n", "\n    "), certid=hexs(64))

add("c/decoy-public-key", "firmware/vmc-bridge/src/ota_pubkey.h",
    "Firmware header embedding the OTA signature verification public key (public by design)", r'''
#ifndef OTA_PUBKEY_H
#define OTA_PUBKEY_H

/* ECDSA P-256 public key that verifies signed OTA images (private half in the HSM). */
static const char OTA_PUBLIC_KEY_PEM[] =
    "-----BEGIN PUBLIC KEY-----\n"
    "MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE@@k1@@\n"
    "@@k2@@\n"
    "-----END PUBLIC KEY-----\n";

/* SHA-256 of the DER above, checked at boot */
static const char OTA_PUBLIC_KEY_SHA256[] = "@@fp@@";

#endif
''', k1=drawn(28, ALNUM + "+/"), k2=drawn(60, ALNUM + "+/") + "==", fp=hexs(64))

add("pem/decoy-certificate", "firmware/certs/AmazonRootCA1.pem",
    "AWS IoT Core server authentication: root CA certificate (public)", r'''
-----BEGIN CERTIFICATE-----
MIIDQTCCAimgAwIBAgITBmyfz5m/jAo54vB4ikPmljZbyjANBgkqhkiG9w0BAQsF
ADA5MQswCQYDVQQGEwJVUzEPMA0GA1UEChMGQW1hem9uMRkwFwYDVQQDExBBbWF6
@@l1@@
@@l2@@
@@l3@@
@@l4@@
@@l5@@
-----END CERTIFICATE-----
''', l1=drawn(64, ALNUM + "+/"), l2=drawn(64, ALNUM + "+/"), l3=drawn(64, ALNUM + "+/"),
    l4=drawn(64, ALNUM + "+/"), l5=drawn(36, ALNUM + "+/") + "=")

add("yaml/decoy-modem-inventory", "inventory/modems.yaml",
    "Modem inventory: IMEI, ICCID and MAC are identifiers, not credentials", r'''
# Cellular modems in service, by machine (exported from the bench database 2024-05-30)
modems:
  - machine: MS-1101
    model: Quectel BG96
    imei: "@@imei1@@"
    iccid: "@@iccid1@@"
    apn: m2m.midstatevend.apn
  - machine: MS-1102
    model: Quectel BG96
    imei: "@@imei2@@"
    iccid: "@@iccid2@@"
    apn: m2m.midstatevend.apn
  - machine: MS-1203
    model: Teltonika RUT241
    imei: "@@imei3@@"
    iccid: "@@iccid3@@"
    lan_mac: "@@mac3@@"
    apn: hologram
''', imei1=imei(), iccid1=iccid(), imei2=imei(), iccid2=iccid(), imei3=imei(), iccid3=iccid(), mac3=mac())

add("json/decoy-firmware-manifest", "ota/releases/vmc-bridge-2.7.1.json",
    "OTA release manifest: SHA-256 digests and a detached signature (public outputs)", r'''
{
  "product": "vmc-bridge",
  "version": "2.7.1",
  "released": "2024-05-21T15:02:11Z",
  "min_hw_rev": "C",
  "images": [
    {"slot": "app", "file": "vmc-bridge-2.7.1-app.bin", "size": 412672, "sha256": "@@h1@@"},
    {"slot": "modem-fw", "file": "BG96MAR02A07M1G_01.019.01.019.bin", "size": 2097152, "sha256": "@@h2@@"}
  ],
  "signature": {
    "alg": "ES256",
    "key_id": "ota-2023",
    "value": "@@sig@@"
  },
  "git_commit": "@@commit@@"
}
''', h1=hexs(64), h2=hexs(64), sig=b64_bytes(64), commit=hexs(40))

add("checksums/decoy-sha256", "ota/releases/SHA256SUMS",
    "sha256sum output: checksums of release artifacts", r'''
@@h1@@  vmc-bridge-2.7.1-app.bin
@@h2@@  vmc-bridge-2.7.1-bootloader.bin
@@h3@@  vmc-bridge-2.7.1.json
@@h4@@  vmc-bridge-2.7.0-app.bin
@@h5@@  vmc-bridge-2.7.0.json
''', h1=hexs(64), h2=hexs(64), h3=hexs(64), h4=hexs(64), h5=hexs(64))

add("mosquitto/decoy-password-hash", "broker/mosquitto/passwd",
    "mosquitto_passwd(1): password file stores salted PBKDF2-SHA512 hashes ($7$)", r'''
gateway:$7$101$@@s1@@$@@h1@@
node-fleet:$7$101$@@s2@@$@@h2@@
rut-fleet:$7$101$@@s3@@$@@h3@@
warehouse-bridge:$7$101$@@s4@@$@@h4@@
grafana:$7$101$@@s5@@$@@h5@@
''', s1=b64_bytes(12), h1=b64_bytes(64), s2=b64_bytes(12), h2=b64_bytes(64), s3=b64_bytes(12), h3=b64_bytes(64),
    s4=b64_bytes(12), h4=b64_bytes(64), s5=b64_bytes(12), h5=b64_bytes(64))

add("conf/decoy-file-reference", "broker/mosquitto/mosquitto.conf",
    "mosquitto.conf(5): password_file, acl_file and TLS listener", r'''
per_listener_settings false
allow_anonymous false
password_file /mosquitto/config/passwd
acl_file /mosquitto/config/acl

listener 1883 127.0.0.1

listener 8883
protocol mqtt
certfile /mosquitto/certs/fullchain.pem
keyfile /mosquitto/certs/privkey.pem
tls_version tlsv1.2

persistence true
persistence_location /mosquitto/data/
log_dest stdout
log_type error
log_type warning
''')

add("arduino/decoy-placeholder", "firmware/telemetry_node/secrets.h.example",
    "Arduino sketch convention: an example secrets header with placeholders", r'''
// Copy to secrets.h (git-ignored) and fill in for your bench.
#pragma once

#define WIFI_SSID        "your-ssid"
#define WIFI_PASSWORD    "your-wifi-password"
#define MQTT_HOST        "k3f81a2c.s1.eu.hivemq.cloud"
#define MQTT_USER        "node-fleet"
#define MQTT_PASSWORD    "CHANGE_ME"
''')

add("toml/decoy-env-reference", "gateway/config/gateway.example.toml",
    "TOML config pointing at environment variables for credentials", r'''
[gateway]
site = "example-site"
poll_interval = "15m"
dex_port = "/dev/ttyS1"

[mqtt]
broker = "mqtts://mqtt.midstatevending.com:8883"
username = "gw-example-site"
password_env = "GATEWAY_MQTT_PASSWORD"
topic_prefix = "vend/example-site"

[storage]
spool_dir = "/var/spool/gateway"
''')

add("log/decoy-modem-trace", "logs/modem-bringup-MS-1101.log",
    "Quectel AT command trace without credentials: SIM, signal and registration", r'''
[00:00:04.880] >> AT+CPIN?
[00:00:04.902] << +CPIN: READY
[00:00:04.910] >> AT+CIMI
[00:00:04.931] << 310170@@imsi@@
[00:00:04.940] >> AT+QCCID
[00:00:04.962] << +QCCID: @@iccid@@
[00:00:04.970] >> AT+CSQ
[00:00:04.989] << +CSQ: 18,99
[00:00:05.002] >> AT+CEREG?
[00:00:05.020] << +CEREG: 0,5
[00:00:05.031] >> AT+QICSGP=1,1,"hologram","","",0
[00:00:05.055] << OK
[00:00:05.070] >> AT+QIACT=1
[00:00:07.611] << OK
''', imsi=digits(9), iccid=iccid())

add("csv/decoy-device-ids", "exports/telemetry_boards_2024-05.csv",
    "Board inventory export: serials, IMEIs, MACs and firmware hashes", r'''
board_serial,machine,hw_rev,imei,wifi_mac,firmware,fw_sha256
VB-C-004512,MS-1101,C,@@i1@@,@@m1@@,2.7.1,@@h1@@
VB-C-004538,MS-1102,C,@@i2@@,@@m2@@,2.7.1,@@h1@@
VB-C-004601,MS-1187,C,@@i3@@,@@m3@@,2.7.0,@@h2@@
VB-D-000112,MS-1203,D,@@i4@@,@@m4@@,2.7.1,@@h1@@
VB-D-000118,MS-1204,D,@@i5@@,@@m5@@,2.7.1,@@h1@@
''', i1=imei(), i2=imei(), i3=imei(), i4=imei(), i5=imei(), m1=mac(), m2=mac(), m3=mac(), m4=mac(), m5=mac(),
    h1=hexs(64), h2=hexs(64))

add("xml/decoy-redacted", "netcloud/exports/IBR900-MS-warehouse.xml",
    "Router configuration export with credentials masked by the export", r'''
<?xml version="1.0" encoding="UTF-8"?>
<config product="IBR900" firmware="7.24.10" exported="2024-05-18T09:12:44Z">
  <system>
    <hostname>MS-warehouse-ibr900</hostname>
    <users>
      <user name="admin" group="admin" password="********" />
      <user name="ncm" group="admin" password="********" />
    </users>
  </system>
  <wan>
    <modem slot="mdm-int1" apn="m2m.midstatevend.apn" auth="pap" username="msv0417" password="********" />
  </wan>
  <lan ip="192.168.50.1" netmask="255.255.255.0" dhcp="true" />
  <wlan ssid="MSV-Warehouse" security="wpa2-enterprise" radius="10.20.0.5" radius_secret="********" />
</config>
''')

add("terraform/decoy-generated-resource", "infra/iot/things.tf",
    "Terraform AWS provider: aws_iot_certificate creates keys in state; nothing literal in source", r'''
resource "aws_iot_thing" "board" {
  for_each = toset(var.board_serials)
  name     = each.value
  attributes = {
    hw_rev = substr(each.value, 3, 1)
  }
}

resource "aws_iot_certificate" "board" {
  for_each = aws_iot_thing.board
  active   = true
}

resource "aws_iot_thing_principal_attachment" "board" {
  for_each  = aws_iot_thing.board
  thing     = each.value.name
  principal = aws_iot_certificate.board[each.key].arn
}

output "board_private_keys" {
  value     = { for k, c in aws_iot_certificate.board : k => c.private_key }
  sensitive = true
}
''')

# ---------------------------------------------------------------------------------------------
# Routes, fleet, warehouse and back office
# ---------------------------------------------------------------------------------------------

add("python/samsara-api-token", "fleet/samsara_stop_times.py",
    "Samsara API: Bearer API token (samsara_api_)", r'''
"""Compare planned route stops with Samsara GPS arrivals; writes late stops to stdout."""
import datetime as dt

import requests

SAMSARA = requests.Session()
SAMSARA.headers.update({"Authorization": "Bearer @@secret@@"})


def vehicle_locations(vehicle_ids, start, end):
    r = SAMSARA.get(
        "https://api.samsara.com/fleet/vehicles/locations/history",
        params={"vehicleIds": ",".join(vehicle_ids), "startTime": start.isoformat() + "Z", "endTime": end.isoformat() + "Z"},
        timeout=30,
    )
    r.raise_for_status()
    return r.json()["data"]


if __name__ == "__main__":
    today = dt.datetime.utcnow().replace(hour=0, minute=0, second=0, microsecond=0)
    for v in vehicle_locations(["281474977075409", "281474977075433"], today, today + dt.timedelta(days=1)):
        print(v["name"], len(v["locations"]), "points")
''', secret="samsara_api_" + drawn(30))

add("python/decoy-env-reference", "fleet/samsara_vehicles.py",
    "Samsara API: token read from the environment", r'''
import os

import requests

TOKEN = os.getenv("SAMSARA_API_TOKEN")
if not TOKEN:
    raise SystemExit("set SAMSARA_API_TOKEN (Samsara > Settings > API Tokens, read-only scope)")

resp = requests.get(
    "https://api.samsara.com/fleet/vehicles",
    headers={"Authorization": f"Bearer {TOKEN}"},
    params={"tagIds": "4183022"},
    timeout=30,
)
resp.raise_for_status()
for v in resp.json()["data"]:
    print(f'{v["id"]:>18}  {v["name"]:<14} {v.get("licensePlate", "")}')
''')

add("json/route4me-api-key", "route-planner/route4me.config.json",
    "Route4Me API v4: api_key query parameter", r'''
{
  "api_base": "https://api.route4me.com/api.v4",
  "api_key": "@@secret@@",
  "member_id": 1187304,
  "depot": {"address": "4410 S 90th St, Omaha, NE 68127", "lat": 41.2081, "lng": -96.0457},
  "optimize": "Distance",
  "route_max_duration": 36000,
  "vehicle_capacity": 140,
  "service_time_default": 900
}
''', secret=upper_hex(32))

add("csharp/geotab-password", "FleetFeed/GeotabFeed.cs",
    "Geotab MyGeotab .NET SDK: new API(userName, password, sessionId, database, server)", r'''
using Geotab.Checkmate;
using Geotab.Checkmate.ObjectModel;

namespace FleetFeed;

public static class GeotabFeed
{
    public static async Task<IList<LogRecord>> RecentLogsAsync(DateTime fromUtc)
    {
        var api = new API("fleet-integration@midstatevending.com", "@@secret@@", null, "midstate_vending", "my.geotab.com");
        await api.AuthenticateAsync();
        return await api.CallAsync<IList<LogRecord>>("Get", typeof(LogRecord), new
        {
            search = new LogRecordSearch { FromDate = fromUtc, ToDate = DateTime.UtcNow }
        }) ?? new List<LogRecord>();
    }
}
''', secret=words_pw())

add("yaml/optimoroute-api-key", "route-planner/config/optimoroute.yml",
    "OptimoRoute API: key query parameter", r'''
optimoroute:
  base_url: https://api.optimoroute.com/v1
  key: @@secret@@
  planning:
    balance: ON_FORCE
    start_with: CURRENT
    clustering: true
  drivers:
    - serial: DRV-07
      name: Mike B.
    - serial: DRV-11
      name: Ana S.
    - serial: DRV-14
      name: Terrell J.
''', secret=drawn(40, LOWER_ALNUM))

add("php/motive-api-key", "fleet/motive_hos.php",
    "Motive (KeepTruckin) API: X-Api-Key header", r'''
<?php
// Daily hours-of-service pull for the two CDL box trucks.
$ch = curl_init('https://api.keeptruckin.com/v1/hos_logs?start_date=' . date('Y-m-d', strtotime('-1 day')));
curl_setopt_array($ch, [
    CURLOPT_RETURNTRANSFER => true,
    CURLOPT_TIMEOUT => 30,
    CURLOPT_HTTPHEADER => [
        'accept: application/json',
        'X-Api-Key: @@secret@@',
    ],
]);
$body = curl_exec($ch);
if ($body === false) {
    fwrite(STDERR, curl_error($ch) . PHP_EOL);
    exit(1);
}
foreach (json_decode($body, true)['hos_logs'] as $log) {
    printf("%s\t%s\t%d min driving\n", $log['hos_log']['driver']['last_name'], $log['hos_log']['date'], $log['hos_log']['driving_duration'] / 60);
}
''', secret=uuid_s())

add("typescript/google-maps-server-key", "route-planner/src/distanceMatrix.ts",
    "Google Maps Distance Matrix API (server-side web service key)", r'''
import fetch from "node-fetch";

// server-side key (Distance Matrix + Directions), unrestricted by referrer
const MAPS_KEY = "@@secret@@";

export interface Stop { id: string; lat: number; lng: number }

export async function travelMinutes(from: Stop, to: Stop[]): Promise<number[]> {
  const params = new URLSearchParams({
    origins: `${from.lat},${from.lng}`,
    destinations: to.map((s) => `${s.lat},${s.lng}`).join("|"),
    departure_time: "now",
    key: MAPS_KEY,
  });
  const res = await fetch(`https://maps.googleapis.com/maps/api/distancematrix/json?${params}`);
  const body = (await res.json()) as any;
  return body.rows[0].elements.map((e: any) => Math.round(e.duration_in_traffic.value / 60));
}
''', secret=google_key())

add("python/netsuite-token-secret", "erp/netsuite_inventory_sync.py",
    "NetSuite token-based authentication (OAuth 1.0a): consumer key/secret, token id/secret", r'''
"""Push warehouse counts to NetSuite inventory adjustments (RESTlet 1187)."""
import os

import requests
from requests_oauthlib import OAuth1

ACCOUNT = "4821337"
RESTLET = f"https://{ACCOUNT}.restlets.api.netsuite.com/app/site/hosting/restlet.nl?script=1187&deploy=1"

auth = OAuth1(
    client_key=os.environ["NS_CONSUMER_KEY"],
    client_secret=os.environ["NS_CONSUMER_SECRET"],
    resource_owner_key=os.environ["NS_TOKEN_ID"],
    # env var is missing on the warehouse PC, hardcoded until IT fixes the profile
    resource_owner_secret="@@secret@@",
    realm=ACCOUNT,
    signature_method="HMAC-SHA256",
)


def push_counts(counts: list) -> dict:
    r = requests.post(RESTLET, json={"location": 3, "lines": counts}, auth=auth, timeout=60)
    r.raise_for_status()
    return r.json()
''', secret=hexs(64))

add("env/quickbooks-client-secret", "back-office/.env",
    "Intuit QuickBooks Online OAuth 2.0: client id and client secret", r'''
FLASK_ENV=production
QBO_ENVIRONMENT=production
QBO_CLIENT_ID=AB@@cid@@
QBO_CLIENT_SECRET=@@secret@@
QBO_REDIRECT_URI=https://backoffice.midstatevending.com/qbo/callback
QBO_REALM_ID=9130357718263541
COMMISSION_ACCOUNT=6120 Location Commissions
''', secret=drawn(40), cid=drawn(48))

add("ruby/shipstation-api-secret", "merch/lib/shipstation.rb",
    "ShipStation API: HTTP Basic with API key and API secret", r'''
require "net/http"
require "json"

module Merch
  class ShipStation
    KEY = "@@key@@"
    SECRET = "@@secret@@"

    def orders(status: "awaiting_shipment")
      uri = URI("https://ssapi.shipstation.com/orders?orderStatus=#{status}&pageSize=100")
      req = Net::HTTP::Get.new(uri)
      req.basic_auth(KEY, SECRET)
      res = Net::HTTP.start(uri.host, uri.port, use_ssl: true) { |http| http.request(req) }
      JSON.parse(res.body).fetch("orders")
    end
  end
end
''', secret=hexs(32), key=hexs(32))

add("sql/mssql-linked-server-password", "warehouse/sql/create_linked_server.sql",
    "SQL Server: sp_addlinkedserver and sp_addlinkedsrvlogin with @rmtpassword", r'''
-- Linked server from the warehouse DB to the VendMax reporting copy
USE master;
GO
EXEC sp_addlinkedserver
    @server = N'VENDMAX_RPT',
    @srvproduct = N'',
    @provider = N'MSOLEDBSQL',
    @datasrc = N'vmx-sql02.midstate.local';
GO
EXEC sp_addlinkedsrvlogin
    @rmtsrvname = N'VENDMAX_RPT',
    @useself = N'False',
    @locallogin = NULL,
    @rmtuser = N'wh_reader',
    @rmtpassword = N'@@secret@@';
GO
EXEC sp_serveroption N'VENDMAX_RPT', N'rpc out', N'true';
GO
''', secret=words_pw())

add("properties/fishbowl-password", "fishbowl-bridge/conf/fishbowl.properties",
    "Fishbowl Inventory API integration: host, app key, user and password", r'''
# Fishbowl Inventory server in the warehouse office
fishbowl.host=fb01.midstate.local
fishbowl.port=28192
fishbowl.appName=Route Loader
fishbowl.appId=4418
fishbowl.username=routeloader
fishbowl.password=@@secret@@
fishbowl.location.group=Omaha Warehouse
loader.poll.seconds=120
''', secret=rand_pw(14))

add("java/odoo-api-key", "wms-bridge/src/main/java/com/midstate/wms/OdooClient.java",
    "Odoo external API (XML-RPC): execute_kw with db, uid and API key as password", r'''
package com.midstate.wms;

import java.net.URL;
import java.util.List;
import java.util.Map;
import org.apache.xmlrpc.client.XmlRpcClient;
import org.apache.xmlrpc.client.XmlRpcClientConfigImpl;

public class OdooClient {
    private static final String URL_BASE = "https://midstate.odoo.com";
    private static final String DB = "midstate-production-8841027";
    private static final int UID = 7;
    private static final String API_KEY = "@@secret@@";

    private final XmlRpcClient models = new XmlRpcClient();

    public OdooClient() throws Exception {
        XmlRpcClientConfigImpl cfg = new XmlRpcClientConfigImpl();
        cfg.setServerURL(new URL(URL_BASE + "/xmlrpc/2/object"));
        models.setConfig(cfg);
    }

    public Object[] stockQuants(int locationId) throws Exception {
        return (Object[]) models.execute("execute_kw", List.of(
            DB, UID, API_KEY, "stock.quant", "search_read",
            List.of(List.of(List.of("location_id", "=", locationId))),
            Map.of("fields", List.of("product_id", "quantity"))));
    }
}
''', secret=hexs(40))

add("shell/postgres-password", "ops/backup/pg_dump_nightly.sh",
    "PostgreSQL docs: PGPASSWORD environment variable for pg_dump", r'''
#!/bin/bash
# nightly dump of the VMS database to the NAS; cron: 30 1 * * *
set -eu

export PGHOST=vms-db01.midstate.local
export PGUSER=backup
export PGPASSWORD='@@secret@@'

STAMP=$(date +%F)
DEST=/mnt/nas/backups/vms

pg_dump -Fc -d vms -f "$DEST/vms_$STAMP.dump"
find "$DEST" -name 'vms_*.dump' -mtime +14 -delete
echo "vms backup $STAMP ok" | logger -t pg_dump_nightly
''', secret=rand_pw(20))

add("pgpass/postgres-password", "ops/reporting/.pgpass",
    "PostgreSQL docs: the password file (hostname:port:database:username:password)", r'''
# reporting box -> VMS replicas (chmod 600)
# hostname:port:database:username:password
vms-db01.midstate.local:5432:vms:report_ro:@@secret@@
vms-db02.midstate.local:5432:vms:report_ro:@@secret@@
# wms: peer auth on the warehouse box itself, no entry needed
''', secret=rand_pw(18))

add("powershell/ad-service-password", "it/scripts/Sync-HandheldUsers.ps1",
    "PowerShell: ConvertTo-SecureString -AsPlainText -Force with a PSCredential", r'''
Import-Module ActiveDirectory

$svcUser = "MIDSTATE\svc-handhelds"
$svcPass = ConvertTo-SecureString "@@secret@@" -AsPlainText -Force
$cred = New-Object System.Management.Automation.PSCredential($svcUser, $svcPass)

$drivers = Get-ADGroupMember -Identity "Route Drivers" -Credential $cred -Server dc01.midstate.local |
    Get-ADUser -Properties mail, employeeID, mobile -Credential $cred -Server dc01.midstate.local

$drivers | Select-Object SamAccountName, mail, employeeID, mobile |
    Export-Csv -NoTypeInformation -Path "C:\HandheldSync\drivers.csv"

& "C:\Program Files\HandheldSync\hhsync.exe" --import "C:\HandheldSync\drivers.csv"
''', secret=words_pw())

add("kotlin/route-app-api-token", "driver-app/app/src/main/java/com/midstate/driver/net/ApiModule.kt",
    "Android Retrofit/OkHttp interceptor adding a static API token", r'''
package com.midstate.driver.net

import okhttp3.Interceptor
import okhttp3.OkHttpClient
import retrofit2.Retrofit
import retrofit2.converter.moshi.MoshiConverterFactory

private const val BASE_URL = "https://routes.midstatevending.com/api/"
private const val DRIVER_API_TOKEN = "@@secret@@"

object ApiModule {
    private val auth = Interceptor { chain ->
        chain.proceed(chain.request().newBuilder().header("X-Driver-Token", DRIVER_API_TOKEN).build())
    }

    val retrofit: Retrofit = Retrofit.Builder()
        .baseUrl(BASE_URL)
        .client(OkHttpClient.Builder().addInterceptor(auth).build())
        .addConverterFactory(MoshiConverterFactory.create())
        .build()

    val routes: RoutesApi = retrofit.create(RoutesApi::class.java)
}
''', secret=drawn(48, URLSAFE))

add("dart/backend-api-key", "pick_app/lib/config.dart",
    "Flutter app config constants; warehouse pick-list backend key", r'''
class AppConfig {
  static const String apiBase = 'https://wms.midstatevending.com/api/v2';
  static const String apiKey = '@@secret@@';
  static const Duration syncEvery = Duration(minutes: 5);
  static const int scannerTimeoutMs = 4000;
  static const List<String> warehouses = ['OMA', 'LNK'];
}
''', secret="wms_" + drawn(40))

add("xml/maven-repository-password", "wms-bridge/.mvn/settings.xml",
    "Apache Maven settings.xml: <server> credentials", r'''
<settings xmlns="http://maven.apache.org/SETTINGS/1.0.0">
  <servers>
    <server>
      <id>midstate-nexus</id>
      <username>ci-deployer</username>
      <password>@@secret@@</password>
    </server>
  </servers>
  <mirrors>
    <mirror>
      <id>midstate-nexus</id>
      <mirrorOf>*</mirrorOf>
      <url>https://nexus.midstate.local/repository/maven-public/</url>
    </mirror>
  </mirrors>
</settings>
''', secret=rand_pw(20))

add("compose/mysql-password", "wms/docker-compose.prod.yml",
    "Docker Compose: mysql image MYSQL_ROOT_PASSWORD and MYSQL_PASSWORD", r'''
services:
  db:
    image: mysql:8.0
    restart: always
    environment:
      MYSQL_DATABASE: wms
      MYSQL_USER: wms
      MYSQL_PASSWORD: "@@secret@@"
      MYSQL_ROOT_PASSWORD_FILE: /run/secrets/mysql_root
    secrets:
      - mysql_root
    volumes:
      - db-data:/var/lib/mysql
  app:
    image: registry.midstate.local/wms:4.2.0
    depends_on: [db]
    environment:
      DB_HOST: db
      DB_USER: wms
    ports:
      - "8080:8080"
secrets:
  mysql_root:
    file: ./secrets/mysql_root.txt
volumes:
  db-data:
''', secret=rand_pw(24))

add("ansible/become-password", "ansible/inventories/warehouse/group_vars/all.yml",
    "Ansible: ansible_become_password (ansible_become_pass) in group_vars", r'''
---
ansible_user: deploy
ansible_become: true
ansible_become_password: "@@secret@@"
ansible_python_interpreter: /usr/bin/python3

ntp_servers:
  - 0.us.pool.ntp.org
  - 1.us.pool.ntp.org
label_printers:
  - name: zebra-dock1
    address: 10.30.0.41
  - name: zebra-dock2
    address: 10.30.0.42
''', secret=words_pw())

add("csv/sftp-password", "exports/edi_partners.csv",
    "EDI trading partner sheet exported to CSV", r'''
partner,protocol,host,port,username,password,inbound_dir,outbound_dir
Vistar Omaha,SFTP,sftp.vistar.com,22,midstate_oma,@@secret@@,/out/852,/in/850
Core-Mark,AS2,as2.core-mark.com,443,MIDSTATEAS2,(certificate),,
PepsiCo DSD,SFTP,b2b.pepsico.com,22,msv_dsd,key: ~/.ssh/pepsico_ed25519,/outbound,/inbound
Coca-Cola UNITED,VAN,,,,,,
''', secret=rand_pw(14))

add("shell/sftp-password", "edi/send_850.sh",
    "sshpass(1): -p password on the command line for sftp", r'''
#!/bin/bash
# Push purchase orders (850) to Vistar. Called by the PO export job.
set -euo pipefail
cd /srv/edi/outbound/vistar

for f in *.850; do
  [ -e "$f" ] || exit 0
  sshpass -p '@@secret@@' sftp -oBatchMode=no -oStrictHostKeyChecking=accept-new -b - midstate_oma@sftp.vistar.com <<SFTP
cd /in/850
put $f
SFTP
  mv "$f" ../sent/
done
''', secret=rand_pw(14))

add("env/shopify-access-token", "merch-store/.env.local",
    "Shopify Admin API: custom app access token (shpat_)", r'''
SHOPIFY_STORE_DOMAIN=midstate-merch.myshopify.com
SHOPIFY_API_VERSION=2024-04
SHOPIFY_ADMIN_TOKEN=shpat_@@body@@
SHOPIFY_STOREFRONT_TOKEN_PUBLIC=@@sf@@
NEXT_PUBLIC_SITE_URL=https://merch.midstatevending.com
''', secret=(_sh := "shpat_" + hexs(32)), body=_sh[6:], sf=hexs(32))

add("netrc/ftp-password", "ops/price-feed/.netrc",
    "netrc(5): machine, login, password for ftp/curl", r'''
# supplier price files (curl --netrc)
machine ftp.sysco-prices.com
  login midstate_vend
  password @@secret@@

machine files.core-mark.com
  login MIDSTATE01
''', secret=rand_pw(12))

add("groovy/nexus-password", "wms-bridge/Jenkinsfile",
    "Jenkins declarative pipeline: environment block with a literal password", r'''
pipeline {
    agent { label 'linux' }
    environment {
        NEXUS_USER = 'ci-deployer'
        NEXUS_PASSWORD = '@@secret@@'
        JAVA_HOME = '/opt/jdk-17'
    }
    stages {
        stage('Build') {
            steps {
                sh './mvnw -B -DskipTests package'
            }
        }
        stage('Test') {
            steps {
                sh './mvnw -B test'
            }
        }
        stage('Publish') {
            when { branch 'main' }
            steps {
                sh './mvnw -B deploy -Dnexus.user=$NEXUS_USER -Dnexus.password=$NEXUS_PASSWORD'
            }
        }
    }
}
''', secret=rand_pw(20))

add("vba/sql-server-password", "reports/RouteSettlement.bas",
    "VBA ADODB connection string (SQL Server OLE DB: User ID, Password)", r'''
Attribute VB_Name = "RouteSettlement"
Option Explicit

Private Const CONN As String = "Provider=MSOLEDBSQL;Data Source=vmx-sql02.midstate.local;" & _
    "Initial Catalog=VendMax;User ID=excel_reports;Password=@@secret@@;"

Public Sub RefreshSettlement()
    Dim cn As Object, rs As Object
    Set cn = CreateObject("ADODB.Connection")
    cn.Open CONN
    Set rs = cn.Execute("EXEC rpt.RouteSettlement @Day = '" & Format(Date - 1, "yyyy-mm-dd") & "'")
    With ThisWorkbook.Worksheets("Settlement")
        .Range("A2:K500").ClearContents
        .Range("A2").CopyFromRecordset rs
    End With
    rs.Close
    cn.Close
End Sub
''', secret=words_pw())

add("batch/smb-password", "it/logon/map_drives.bat",
    "Windows net use with a password and /user: on the command line", r'''
@echo off
rem Route office PCs: map the shared drives at logon
net use R: /delete /y >nul 2>&1
net use S: /delete /y >nul 2>&1
net use R: \\fs01\routes @@secret@@ /user:MIDSTATE\svc-routeshare /persistent:no
net use S: \\fs01\settlements /persistent:no
if errorlevel 1 echo Could not map S: - call IT at x214
''', secret=words_pw())

add("csv/decoy-planogram", "planograms/MS-1187_snack_2024-05.csv",
    "Planogram export: selections, UPCs, prices, par levels", r'''
selection,upc,product,price_cents,capacity,par
A1,028400090858,Lay's Classic 1oz,175,15,12
A3,028400090872,Doritos Nacho Cheese 1oz,175,15,12
A5,044000032029,Oreo 2.4oz,200,12,10
B1,040000497554,Snickers 1.86oz,200,18,14
B3,034000002405,Reese's Cups 1.5oz,200,18,14
C1,070221002010,Sun Chips Harvest Cheddar,200,12,8
C3,853911004011,KIND Dark Choc Nuts & Sea Salt,275,10,8
D1,016000275287,Nature Valley Oats & Honey,175,15,10
''')

add("sql/decoy-schema", "db/migrations/0007_users.sql",
    "Schema with password hash and token digest columns; no values", r'''
CREATE TABLE users (
    id              bigserial PRIMARY KEY,
    email           citext NOT NULL UNIQUE,
    display_name    text NOT NULL,
    password_hash   text NOT NULL,          -- argon2id, see auth/hashing.py
    role            text NOT NULL CHECK (role IN ('driver', 'warehouse', 'office', 'admin')),
    created_at      timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE api_tokens (
    id              bigserial PRIMARY KEY,
    user_id         bigint NOT NULL REFERENCES users(id),
    token_sha256    char(64) NOT NULL UNIQUE,
    token_last4     char(4) NOT NULL,
    expires_at      timestamptz NOT NULL,
    revoked_at      timestamptz
);
''')

add("compose/decoy-env-reference", "wms/docker-compose.yml",
    "Docker Compose: variables interpolated from the environment (${VAR:?})", r'''
services:
  db:
    image: mysql:8.0
    environment:
      MYSQL_DATABASE: wms
      MYSQL_USER: wms
      MYSQL_PASSWORD: ${WMS_DB_PASSWORD:?set WMS_DB_PASSWORD}
      MYSQL_ROOT_PASSWORD: ${WMS_DB_ROOT_PASSWORD:?set WMS_DB_ROOT_PASSWORD}
    volumes:
      - db-data:/var/lib/mysql
  app:
    build: .
    environment:
      DB_HOST: db
      DB_USER: wms
      DB_PASSWORD: ${WMS_DB_PASSWORD}
      ODOO_API_KEY: ${ODOO_API_KEY:-}
    ports:
      - "8080:8080"
volumes:
  db-data:
''')

add("terraform/decoy-generated-resource", "infra/wms/db.tf",
    "Terraform random_password feeding Secrets Manager; no literal value", r'''
resource "random_password" "wms_db" {
  length           = 32
  special          = true
  override_special = "!#%*-_"
}

resource "aws_secretsmanager_secret" "wms_db" {
  name = "wms/prod/db"
}

resource "aws_secretsmanager_secret_version" "wms_db" {
  secret_id = aws_secretsmanager_secret.wms_db.id
  secret_string = jsonencode({
    username = "wms"
    password = random_password.wms_db.result
  })
}

variable "quickbooks_client_secret" {
  type      = string
  sensitive = true
}
''')

add("ansible/decoy-vault-encrypted", "ansible/inventories/warehouse/group_vars/vault.yml",
    "Ansible Vault: an encrypted variables file ($ANSIBLE_VAULT;1.1;AES256)", r'''
$ANSIBLE_VAULT;1.1;AES256
@@l1@@
@@l2@@
@@l3@@
@@l4@@
@@l5@@
@@l6@@
''', l1=hexs(80), l2=hexs(80), l3=hexs(80), l4=hexs(80), l5=hexs(80), l6=hexs(46))

add("dart/decoy-env-reference", "pick_app/lib/env.dart",
    "Flutter --dart-define: String.fromEnvironment at build time", r'''
class Env {
  static const String apiBase = String.fromEnvironment('WMS_API_BASE', defaultValue: 'https://wms.midstatevending.com/api/v2');
  static const String apiKey = String.fromEnvironment('WMS_API_KEY');
  static const bool verboseLogs = bool.fromEnvironment('VERBOSE_LOGS');

  static void check() {
    if (apiKey.isEmpty) {
      throw StateError('build with --dart-define=WMS_API_KEY=... (see README)');
    }
  }
}
''')

add("kotlin/decoy-env-reference", "driver-app/app/build.gradle.kts",
    "Gradle Kotlin DSL: buildConfigField from an environment variable", r'''
plugins {
    id("com.android.application")
    kotlin("android")
}

android {
    namespace = "com.midstate.driver"
    compileSdk = 34
    defaultConfig {
        applicationId = "com.midstate.driver"
        minSdk = 26
        targetSdk = 34
        versionCode = 412
        versionName = "4.12.0"
        buildConfigField("String", "DRIVER_API_TOKEN", "\"${System.getenv("DRIVER_API_TOKEN") ?: ""}\"")
    }
    buildFeatures { buildConfig = true }
}
''')

add("json/decoy-placeholder", "route-planner/postman/midstate-routes.postman_environment.json",
    "Postman environment export with empty secret variables", r'''
{
  "id": "@@id@@",
  "name": "midstate-routes (prod)",
  "values": [
    {"key": "baseUrl", "value": "https://routes.midstatevending.com/api", "type": "default", "enabled": true},
    {"key": "driverToken", "value": "", "type": "secret", "enabled": true},
    {"key": "route4meKey", "value": "", "type": "secret", "enabled": true},
    {"key": "routeId", "value": "R-OMA-07", "type": "default", "enabled": true}
  ],
  "_postman_variable_scope": "environment",
  "_postman_exported_at": "2024-05-02T14:21:09.114Z",
  "_postman_exported_using": "Postman/10.24.16"
}
''', id=uuid_s())

add("csv/decoy-uuid-ids", "route-planner/exports/stops_R-OMA-07.csv",
    "Route stop export: stop UUIDs, coordinates and service windows", r'''
stop_id,route,seq,location,lat,lng,window_start,window_end,machines
@@u1@@,R-OMA-07,1,Lakeview Medical,41.2587,-96.0104,07:00,09:00,3
@@u2@@,R-OMA-07,2,Ardent Logistics,41.2219,-96.1342,08:00,16:00,2
@@u3@@,R-OMA-07,3,Cedar Point Distribution,41.1703,-96.1128,06:00,14:00,4
@@u4@@,R-OMA-07,4,Westroads Fitness,41.2659,-96.0712,09:00,21:00,1
@@u5@@,R-OMA-07,5,Millard Public Library,41.2084,-96.1254,10:00,18:00,1
''', u1=uuid_s(), u2=uuid_s(), u3=uuid_s(), u4=uuid_s(), u5=uuid_s())

add("yaml/decoy-public-id", "route-planner/config/oauth.yml",
    "Google Identity: an OAuth client id is public; the secret is read from the environment", r'''
google_oauth:
  client_id: "@@num@@-@@cid@@.apps.googleusercontent.com"
  client_secret_env: GOOGLE_OAUTH_CLIENT_SECRET
  redirect_uri: https://routes.midstatevending.com/auth/callback
  hosted_domain: midstatevending.com
  scopes:
    - openid
    - email
    - profile
session:
  cookie_name: routes_session
  max_age_hours: 12
''', num=digits(12), cid=drawn(32, LOWER_ALNUM))

add("html/decoy-public-token", "route-planner/public/map.html",
    "Mapbox GL JS: public access tokens (pk.) are meant for the browser", r'''
<!doctype html>
<html>
<head>
  <meta charset="utf-8">
  <title>Today's routes</title>
  <script src="https://api.mapbox.com/mapbox-gl-js/v3.3.0/mapbox-gl.js"></script>
  <link href="https://api.mapbox.com/mapbox-gl-js/v3.3.0/mapbox-gl.css" rel="stylesheet">
</head>
<body style="margin:0">
  <div id="map" style="position:absolute;top:0;bottom:0;width:100%"></div>
  <script>
    mapboxgl.accessToken = "@@tok@@";
    const map = new mapboxgl.Map({ container: "map", style: "mapbox://styles/mapbox/streets-v12", center: [-96.04, 41.24], zoom: 10 });
    fetch("/api/routes/today").then((r) => r.json()).then((routes) => routes.forEach((r) => map.addLayer(r.layer)));
  </script>
</body>
</html>
''', tok="pk." + base64.urlsafe_b64encode(b'{"u":"midstatevending","a":"clw' + drawn(22, LOWER_ALNUM).encode() + b'"}').decode().rstrip("=") + "." + drawn(22, URLSAFE))

add("requirements/decoy-hash", "route-planner/requirements.txt",
    "pip hash-checking mode: --hash=sha256 pins", r'''
# generated by pip-compile --generate-hashes
certifi==2024.2.2 \
    --hash=sha256:@@h1@@ \
    --hash=sha256:@@h2@@
charset-normalizer==3.3.2 \
    --hash=sha256:@@h3@@
idna==3.7 \
    --hash=sha256:@@h4@@
requests==2.31.0 \
    --hash=sha256:@@h5@@
urllib3==2.2.1 \
    --hash=sha256:@@h6@@
''', h1=hexs(64), h2=hexs(64), h3=hexs(64), h4=hexs(64), h5=hexs(64), h6=hexs(64))

# ---------------------------------------------------------------------------------------------
# The operator's small IT: directory, network, notifications, cloud, CI and publishing
# ---------------------------------------------------------------------------------------------

add("python/ldap-bind-password", "it/ad_sync/sync_drivers.py",
    "ldap3 docs: Connection(server, user, password) simple bind", r'''
"""Mirror the AD 'Route Drivers' group into the route app's driver table."""
from ldap3 import ALL, NTLM, Connection, Server

import routeapp_db

server = Server("ldaps://dc01.midstate.local", get_info=ALL, use_ssl=True)
conn = Connection(
    server,
    user="MIDSTATE\\svc-ldapread",
    password="@@secret@@",
    authentication=NTLM,
    auto_bind=True,
)

conn.search(
    "OU=Drivers,OU=Staff,DC=midstate,DC=local",
    "(&(objectClass=user)(memberOf=CN=Route Drivers,OU=Groups,DC=midstate,DC=local))",
    attributes=["sAMAccountName", "mail", "employeeID", "mobile"],
)
with routeapp_db.session() as db:
    for entry in conn.entries:
        db.upsert_driver(str(entry.sAMAccountName), str(entry.mail), str(entry.employeeID), str(entry.mobile))
print(f"{len(conn.entries)} drivers synced")
''', secret=words_pw())

add("yaml/smtp-password", "back-office/config/mail.yml",
    "Microsoft 365 SMTP AUTH client submission (smtp.office365.com:587)", r'''
production:
  delivery_method: smtp
  smtp:
    address: smtp.office365.com
    port: 587
    domain: midstatevending.com
    user_name: noreply@midstatevending.com
    password: "@@secret@@"
    authentication: login
    enable_starttls_auto: true
  default_from: "Midstate Vending <noreply@midstatevending.com>"
  bcc_accounting: accounting@midstatevending.com
''', secret=words_pw())

add("json/docker-registry-auth", "ci/docker-config.json",
    "Docker CLI config.json: auths with base64 user:password", r'''
{
  "auths": {
    "registry.midstate.local": {
      "auth": "@@secret@@"
    },
    "https://index.docker.io/v1/": {}
  },
  "credsStore": "",
  "HttpHeaders": {
    "User-Agent": "Docker-Client/24.0.7 (linux)"
  }
}
''', secret=b64("ci-builder:" + rand_pw(20)))

add("python/meraki-api-key", "it/network/meraki_ssid_report.py",
    "Cisco Meraki Dashboard API Python library: DashboardAPI(api_key)", r'''
import meraki

dashboard = meraki.DashboardAPI("@@secret@@", output_log=False, suppress_logging=True)
ORG_ID = "681155"

for net in dashboard.organizations.getOrganizationNetworks(ORG_ID):
    if "wireless" not in net["productTypes"]:
        continue
    for ssid in dashboard.wireless.getNetworkWirelessSsids(net["id"]):
        if ssid["enabled"]:
            print(f'{net["name"]:<28} {ssid["number"]:>2} {ssid["name"]:<20} {ssid["authMode"]}')
''', secret=hexs(40))

add("shell/fortigate-api-token", "it/network/fortigate_backup.sh",
    "FortiOS REST API: Authorization: Bearer <api token>", r'''
#!/bin/sh
# Weekly config backup of the two FortiGates to the NAS
set -e
TOKEN="@@secret@@"
for fw in fw-omaha.midstate.local fw-lincoln.midstate.local; do
  curl -sk -H "Authorization: Bearer $TOKEN" \
    "https://$fw/api/v2/monitor/system/config/backup?scope=global" \
    -o "/mnt/nas/it/fortigate/${fw%%.*}_$(date +%F).conf"
done
''', secret=drawn(30))

add("yaml/datto-rmm-api-secret", "it/rmm/datto.yml",
    "Datto RMM API: API key and secret key exchanged for a token", r'''
datto_rmm:
  platform: merlot
  api_url: https://merlot-api.centrastage.net
  api_key: @@key@@
  api_secret_key: @@secret@@
  site_filter:
    - Midstate Omaha
    - Midstate Lincoln
  report:
    patch_status: true
    offline_days: 7
''', secret=drawn(32, UPPER_ALNUM), key=drawn(32, UPPER_ALNUM))

add("markdown/unifi-admin-password", "it/handover/2024-06-network.md",
    "IT handover note listing a controller login", r'''
# Network handover - June 2024 (Chris -> Priya)

Chris is out from June 10. Everything below is what you need for the warehouse and office network.

## UniFi
- Controller: https://unifi.midstate.local:8443 (runs on the Cloud Key in the server closet)
- Local admin: `msv-admin` / `@@secret@@`
- Sites: Omaha Office, Omaha Warehouse, Lincoln Depot
- The warehouse APs drop every time the forklift chargers kick on - ticket open with the electrician.

## FortiGate
- Login with your own AD account (FortiGate is on RADIUS now).
- API token for the backup script is in 1Password.

## ISP
- Cox business, account 8841 2207 1138, support 1-800-555-0197.
''', secret=words_pw())

add("ini/smb-password", "it/linux/cifs-credentials-routes",
    "mount.cifs(8): credentials file with username= and password=", r'''
# /etc/samba/cifs-credentials-routes (mode 0600), used by /etc/fstab:
# //fs01/routes /mnt/routes cifs credentials=/etc/samba/cifs-credentials-routes,uid=1000 0 0
username=svc-routeshare
password=@@secret@@
domain=MIDSTATE
''', secret=words_pw())

add("yaml/slack-webhook", "monitoring/alertmanager/alertmanager.yml",
    "Prometheus Alertmanager: slack_configs api_url", r'''
global:
  resolve_timeout: 5m
route:
  receiver: ops-slack
  group_by: [alertname, site]
  group_wait: 30s
  repeat_interval: 4h
receivers:
  - name: ops-slack
    slack_configs:
      - api_url: "@@secret@@"
        channel: "#ops-alerts"
        send_resolved: true
        title: '{{ .CommonLabels.alertname }} ({{ .CommonLabels.site }})'
        text: '{{ range .Alerts }}{{ .Annotations.summary }}{{ "\n" }}{{ end }}'
''', secret=slack_webhook())

add("python/telegram-bot-token", "alerts/machine_down_bot.py",
    "Telegram Bot API: bot token in the sendMessage URL", r'''
"""Posts machine-offline alerts to the drivers' Telegram group."""
import requests

BOT_TOKEN = "@@secret@@"
CHAT_ID = -1001873345120


def notify(machine: str, location: str, minutes_offline: int) -> None:
    text = f"\u26a0 {machine} at {location} offline for {minutes_offline} min"
    requests.post(
        f"https://api.telegram.org/bot{BOT_TOKEN}/sendMessage",
        json={"chat_id": CHAT_ID, "text": text, "disable_notification": minutes_offline < 120},
        timeout=10,
    )


if __name__ == "__main__":
    notify("MS-1187", "Lakeview Medical", 95)
''', secret=fakes.telegram_token(_seed()))

add("powershell/teams-webhook", "it/scripts/Notify-BackupStatus.ps1",
    "Microsoft Teams incoming webhook URL (webhook.office.com)", r'''
param([string]$Job, [string]$Status, [string]$Detail)

$webhook = "@@secret@@"

$card = @{
    "@type"    = "MessageCard"
    "@context" = "http://schema.org/extensions"
    summary    = "Backup $Job $Status"
    themeColor = $(if ($Status -eq "OK") { "2EB886" } else { "D00000" })
    sections   = @(@{ activityTitle = "Backup: $Job"; facts = @(@{ name = "Status"; value = $Status }, @{ name = "Detail"; value = $Detail }) })
}

Invoke-RestMethod -Method Post -Uri $webhook -ContentType "application/json" -Body ($card | ConvertTo-Json -Depth 5)
''', secret=teams_webhook())

add("json/discord-webhook", "bots/market-restock/config.json",
    "Discord webhooks: execute webhook URL", r'''
{
  "markets": [70112, 70119, 70204],
  "low_stock_ratio": 0.2,
  "check_every_minutes": 30,
  "discord_webhook": "@@secret@@",
  "mention_role": "<@&1187220433018118214>",
  "quiet_hours": {"start": "22:00", "end": "05:00", "tz": "America/Chicago"}
}
''', secret=discord_webhook())

add("github-actions/pypi-token", ".github/workflows/publish-dexparse.yml",
    "pypa/gh-action-pypi-publish: password input with an API token", r'''
name: publish dexparse
on:
  push:
    tags: ["v*"]

jobs:
  publish:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-python@v5
        with:
          python-version: "3.12"
      - run: python -m pip install build && python -m build
      - uses: pypa/gh-action-pypi-publish@release/v1
        with:
          user: __token__
          password: @@secret@@
''', secret=fakes.pypi_token(_seed()))

add("pypirc/pypi-token", "tools/dexparse/.pypirc",
    "Python packaging: .pypirc with username __token__ and password", r'''
[distutils]
index-servers =
    pypi
    internal

[pypi]
username = __token__
password = @@secret@@

[internal]
repository = https://nexus.midstate.local/repository/pypi-internal/
username = ci-deployer
''', secret=fakes.pypi_token(_seed()))

add("shell/github-token", "ops/release/mirror_firmware_repo.sh",
    "git clone over HTTPS with a token in the URL (x-access-token)", r'''
#!/usr/bin/env bash
# Mirror the firmware repo to the offline bench server every night.
set -euo pipefail
cd /srv/mirrors

if [ ! -d vmc-bridge.git ]; then
  git clone --mirror "https://x-access-token:@@secret@@@github.com/midstate-vending/vmc-bridge.git"
fi
cd vmc-bridge.git
git remote update --prune
git lfs fetch --all
''', secret=fakes.github_token(_seed()))

add("makefile/github-fine-grained-token", "firmware/vmc-bridge/Makefile",
    "Makefile variable with a GitHub fine-grained PAT for release uploads", r'''
VERSION ?= $(shell git describe --tags --always)
BUILD   := build
GH_TOKEN ?= @@secret@@
REPO    := midstate-vending/vmc-bridge

.PHONY: all clean release

all:
	idf.py -B $(BUILD) build

clean:
	rm -rf $(BUILD)

release: all
	GH_TOKEN=$(GH_TOKEN) gh release create $(VERSION) $(BUILD)/vmc-bridge.bin --repo $(REPO) --notes-file CHANGELOG.md
''', secret=fakes.github_fine_grained_token(_seed()))

add("ini/aws-secret-access-key", "deploy/aws/credentials",
    "AWS CLI shared credentials file", r'''
[default]
region = us-east-2

[vms-deploy]
aws_access_key_id = @@kid@@
aws_secret_access_key = @@secret@@
region = us-east-2
''', secret=(_aw := aws_pair())[1], kid=_aw[0])

add("python/aws-secret-access-key", "reports/upload_settlement_to_s3.py",
    "boto3: client('s3', aws_access_key_id=..., aws_secret_access_key=...)", r'''
import datetime as dt
import sys

import boto3

s3 = boto3.client(
    "s3",
    region_name="us-east-2",
    aws_access_key_id="@@kid@@",
    aws_secret_access_key="@@secret@@",
)

day = dt.date.today() - dt.timedelta(days=1)
key = f"settlement/{day:%Y/%m}/settlement_{day:%Y%m%d}.csv"
s3.upload_file(sys.argv[1], "midstate-finance-reports", key, ExtraArgs={"ServerSideEncryption": "aws:kms"})
print("uploaded", key)
''', secret=(_aw2 := aws_pair())[1], kid=_aw2[0])

add("log/aws-session-token", "logs/lambda-dex-ingest-debug.log",
    "AWS Lambda debug log dumping the environment (temporary credentials)", r'''
START RequestId: 6e2b3f1a-41c7-4c8f-9b8e-1d0f5c2a7e44 Version: $LATEST
[DEBUG] 2024-05-14T03:00:01.118Z env dump for support ticket #4471:
[DEBUG] AWS_REGION=us-east-2
[DEBUG] AWS_LAMBDA_FUNCTION_NAME=dex-ingest
[DEBUG] AWS_ACCESS_KEY_ID=ASIA@@kid@@
[DEBUG] AWS_SESSION_TOKEN=@@secret@@
[DEBUG] DEX_BUCKET=midstate-dex-raw
[INFO] 2024-05-14T03:00:01.402Z processing 38 objects
END RequestId: 6e2b3f1a-41c7-4c8f-9b8e-1d0f5c2a7e44
REPORT RequestId: 6e2b3f1a-41c7-4c8f-9b8e-1d0f5c2a7e44 Duration: 2204.13 ms Billed Duration: 2205 ms Memory Size: 256 MB
''', secret=fakes.aws_session_token(_seed()), kid=drawn(16, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"))

add("k8s-secret/tls-private-key", "deploy/k8s/kiosk-api-tls.yaml",
    "Kubernetes TLS Secret (kubernetes.io/tls): tls.key base64 of the PEM key", r'''
apiVersion: v1
kind: Secret
metadata:
  name: kiosk-api-tls
  namespace: micromarket
type: kubernetes.io/tls
data:
  tls.crt: @@crt@@
  tls.key: @@enc@@
''', secret=(_tk := fakes.fake_pem(_seed(), "RSA")), enc=b64(_tk + "\n"),
    crt=b64("-----BEGIN CERTIFICATE-----\n" + drawn(64, ALNUM + "+/") + "\n" + drawn(40, ALNUM + "+/") + "\n-----END CERTIFICATE-----\n"))

add("json/azure-storage-key", "SeedBridge/appsettings.json",
    "Azure Storage connection string: DefaultEndpointsProtocol;AccountName;AccountKey", r'''
{
  "Logging": { "LogLevel": { "Default": "Information" } },
  "Storage": {
    "ConnectionString": "DefaultEndpointsProtocol=https;AccountName=msvdexarchive;AccountKey=@@secret@@;EndpointSuffix=core.windows.net",
    "Container": "dex-archive"
  },
  "Seed": { "ApiBase": "https://api.seedlive.com/v2", "OrgId": 88214 }
}
''', secret=b64_bytes(64))

add("terraform/azure-client-secret", "infra/azure/terraform.tfvars",
    "Terraform azurerm provider: client_secret of a service principal in tfvars", r'''
subscription_id = "@@sub@@"
tenant_id       = "@@ten@@"
client_id       = "@@cid@@"
client_secret   = "@@secret@@"
location        = "centralus"
environment     = "prod"
''', secret=azure_secret(), sub=uuid_s(), ten=uuid_s(), cid=uuid_s())

add("python/azure-sas-signature", "it/backup/push_qb_backup.py",
    "Azure Blob Storage SAS URL (sv, ss, srt, sp, se, sig)", r'''
"""Copy the nightly QuickBooks backup to Azure blob (SAS URL made 2024-01-04, valid 2 years)."""
import pathlib
import sys

from azure.storage.blob import BlobClient

SAS_URL = ("https://msvitbackup.blob.core.windows.net/qb-backups/{name}"
           "?sv=2022-11-02&ss=b&srt=co&sp=rwlac&se=2026-01-04T18:00:00Z&st=2024-01-04T10:00:00Z"
           "&spr=https&sig=@@sigenc@@")

path = pathlib.Path(sys.argv[1])
blob = BlobClient.from_blob_url(SAS_URL.format(name=path.name))
with path.open("rb") as fh:
    blob.upload_blob(fh, overwrite=True)
print("uploaded", path.name)
''', secret=(_sig := b64_bytes(32).replace("+", "%2B").replace("/", "%2F").replace("=", "%3D")), sigenc=_sig)

add("python/sendgrid-api-key", "notifications/low_stock_email.py",
    "SendGrid Python library: SendGridAPIClient(api_key)", r'''
from sendgrid import SendGridAPIClient
from sendgrid.helpers.mail import Mail

sg = SendGridAPIClient("@@secret@@")


def send_low_stock(market: str, items: list, to: str) -> int:
    rows = "".join(f"<tr><td>{i['name']}</td><td>{i['on_hand']}</td><td>{i['par']}</td></tr>" for i in items)
    msg = Mail(
        from_email="markets@midstatevending.com",
        to_emails=to,
        subject=f"Low stock at {market}",
        html_content=f"<table><tr><th>Item</th><th>On hand</th><th>Par</th></tr>{rows}</table>",
    )
    return sg.send(msg).status_code
''', secret=sendgrid_key())

add("php/mailgun-api-key", "website/config/mail.php",
    "Laravel mail config: Mailgun domain and secret", r'''
<?php

return [
    'default' => env('MAIL_MAILER', 'mailgun'),
    'mailers' => [
        'mailgun' => [
            'transport' => 'mailgun',
        ],
    ],
    'from' => [
        'address' => 'hello@midstatevending.com',
        'name' => 'Midstate Vending',
    ],
    'mailgun' => [
        'domain' => 'mg.midstatevending.com',
        'secret' => '@@secret@@',
        'endpoint' => 'api.mailgun.net',
        'scheme' => 'https',
    ],
];
''', secret=hexs(32) + "-" + hexs(8) + "-" + hexs(8))

add("ruby/twilio-auth-token", "app/jobs/driver_sms_job.rb",
    "twilio-ruby: Twilio::REST::Client.new(account_sid, auth_token)", r'''
class DriverSmsJob < ApplicationJob
  queue_as :default

  ACCOUNT_SID = "AC@@sid@@"
  AUTH_TOKEN = "@@secret@@"
  FROM = "+14025550163"

  def perform(driver_id, body)
    driver = Driver.find(driver_id)
    return if driver.mobile.blank?

    client = Twilio::REST::Client.new(ACCOUNT_SID, AUTH_TOKEN)
    client.messages.create(from: FROM, to: driver.mobile, body: body)
  end
end
''', secret=hexs(32), sid=hexs(32))

add("typescript/postmark-server-token", "kiosk-api/src/receipts/mailer.ts",
    "Postmark API: X-Postmark-Server-Token header (a UUID-shaped server token)", r'''
const POSTMARK_SERVER_TOKEN = "@@secret@@";

export interface Receipt { to: string; market: string; lines: { name: string; cents: number }[]; totalCents: number }

export async function sendReceipt(r: Receipt): Promise<void> {
  const res = await fetch("https://api.postmarkapp.com/email/withTemplate", {
    method: "POST",
    headers: {
      Accept: "application/json",
      "Content-Type": "application/json",
      "X-Postmark-Server-Token": POSTMARK_SERVER_TOKEN,
    },
    body: JSON.stringify({ From: "receipts@midstatevending.com", To: r.to, TemplateAlias: "market-receipt", TemplateModel: r }),
  });
  if (!res.ok) throw new Error(`postmark ${res.status}`);
}
''', secret=uuid_s())

add("yaml/datadog-api-key", "monitoring/datadog/datadog.yaml",
    "Datadog Agent datadog.yaml: api_key", r'''
api_key: @@secret@@
site: datadoghq.com
hostname: vms-app01
tags:
  - env:prod
  - service:vms
  - team:ops
logs_enabled: true
process_config:
  process_collection:
    enabled: true
apm_config:
  enabled: true
''', secret=hexs(32))

add("ini/newrelic-license-key", "vms-backend/newrelic.ini",
    "New Relic Python agent newrelic.ini: license_key", r'''
[newrelic]
license_key = @@secret@@
app_name = VMS Backend (prod)
monitor_mode = true
log_level = info
distributed_tracing.enabled = true
transaction_tracer.enabled = true
error_collector.ignore_classes = werkzeug.exceptions:NotFound

[newrelic:staging]
app_name = VMS Backend (staging)
''', secret=hexs(36) + "NRAL")

add("ini/sentry-auth-token", "kiosk-ui/.sentryclirc",
    "sentry-cli configuration file: [auth] token", r'''
[defaults]
url = https://sentry.io/
org = midstate-vending
project = kiosk-ui

[auth]
token = sntryu_@@body@@
''', secret=(_se := "sntryu_" + hexs(64)), body=_se[7:])

add("shell/docker-hub-token", "ci/push_images.sh",
    "docker login -u USER -p with a Docker Hub personal access token (dckr_pat_)", r'''
#!/bin/bash
set -euo pipefail
TAG=${1:?tag}

docker login -u midstatevending -p "dckr_pat_@@body@@"
for img in kiosk-ui kiosk-api telemetry-sync; do
  docker build -t "midstatevending/${img}:${TAG}" "services/${img}"
  docker push "midstatevending/${img}:${TAG}"
done
docker logout
''', secret=(_dh := "dckr_pat_" + drawn(27, URLSAFE)), body=_dh[9:])

add("npmrc/npm-token", "kiosk-ui/.npmrc",
    "npm docs: .npmrc //registry.npmjs.org/:_authToken", r'''
@midstate:registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=@@secret@@
save-exact=true
engine-strict=true
fund=false
''', secret=fakes.fake("npm_", 36, _seed()))

add("python/gitlab-token", "ops/release/tag_planogram_release.py",
    "python-gitlab: Gitlab(url, private_token=...)", r'''
import datetime as dt

import gitlab

gl = gitlab.Gitlab("https://gitlab.com", private_token="@@secret@@")
project = gl.projects.get("midstate-vending/planograms")

tag = dt.date.today().strftime("pog-%Y.%m.%d")
project.tags.create({"tag_name": tag, "ref": "main", "message": "weekly planogram release"})
project.releases.create({"name": tag, "tag_name": tag, "description": "Planograms for the coming week."})
print("released", tag)
''', secret=fakes.fake("glpat-", 20, _seed()))

add("python/redis-password", "vms-backend/vms/celeryconfig.py",
    "Celery configuration: broker_url redis://:password@host:port/db", r'''
broker_url = "redis://:@@secret@@@vms-redis.midstate.local:6379/0"
result_backend = "redis://:@@secret@@@vms-redis.midstate.local:6379/1"
task_serializer = "json"
result_serializer = "json"
accept_content = ["json"]
timezone = "America/Chicago"
beat_schedule = {
    "dex-poll": {"task": "vms.tasks.poll_dex", "schedule": 900.0},
    "low-stock": {"task": "vms.tasks.low_stock_report", "schedule": 3600.0},
}
''', secret=fakes.redis_password(_seed()))

add("env/mongodb-password", "telemetry-api/.env",
    "MongoDB connection string URI format: mongodb+srv://user:password@cluster", r'''
PORT=3000
MONGODB_URI=mongodb+srv://telemetry_rw:@@secret@@@msv-telemetry.x7kq2.mongodb.net/telemetry?retryWrites=true&w=majority
MONGODB_DB=telemetry
EVENT_TTL_DAYS=400
LOG_FORMAT=json
''', secret=rand_pw(16))

add("xml/sql-server-password", "VendMaxBridge/VendMaxBridge.exe.config",
    ".NET Framework app.config connectionStrings (SQL Server User ID/Password)", r'''
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <startup>
    <supportedRuntime version="v4.0" sku=".NETFramework,Version=v4.7.2" />
  </startup>
  <connectionStrings>
    <add name="VendMax"
         connectionString="Data Source=vmx-sql02.midstate.local;Initial Catalog=VendMax;User ID=vmxbridge;Password=@@secret@@;Application Name=VendMaxBridge"
         providerName="System.Data.SqlClient" />
  </connectionStrings>
  <appSettings>
    <add key="ExportFolder" value="\\fs01\exports\vendmax" />
    <add key="RunAt" value="02:30" />
  </appSettings>
</configuration>
''', secret=words_pw())

add("php/mysql-password", "website/wp-config.php",
    "WordPress wp-config.php: DB_PASSWORD", r'''
<?php
/** Midstate Vending marketing site */
define( 'DB_NAME', 'msv_wp' );
define( 'DB_USER', 'msv_wp' );
define( 'DB_PASSWORD', '@@secret@@' );
define( 'DB_HOST', 'localhost' );
define( 'DB_CHARSET', 'utf8mb4' );
define( 'DB_COLLATE', '' );

require_once __DIR__ . '/wp-salts.php';

$table_prefix = 'msv_';
define( 'WP_DEBUG', false );
define( 'DISALLOW_FILE_EDIT', true );

if ( ! defined( 'ABSPATH' ) ) {
	define( 'ABSPATH', __DIR__ . '/' );
}
require_once ABSPATH . 'wp-settings.php';
''', secret=rand_pw(16, "!#%^&*"))

add("python/django-secret-key", "backoffice/backoffice/settings/production.py",
    "Django settings: SECRET_KEY", r'''
from .base import *  # noqa: F401,F403

DEBUG = False
ALLOWED_HOSTS = ["backoffice.midstatevending.com"]

SECRET_KEY = "@@secret@@"

DATABASES["default"]["HOST"] = "vms-db01.midstate.local"
DATABASES["default"]["CONN_MAX_AGE"] = 60

SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
SECURE_HSTS_SECONDS = 31536000
''', secret=fakes.django_secret_key(_seed()))

add("go/jwt-signing-secret", "kiosk-api/internal/auth/jwt.go",
    "golang-jwt: HS256 signing with a shared secret", r'''
package auth

import (
	"time"

	"github.com/golang-jwt/jwt/v5"
)

var signingKey = []byte("@@secret@@")

type KioskClaims struct {
	MarketID int    `json:"market"`
	KioskID  string `json:"kiosk"`
	jwt.RegisteredClaims
}

func IssueKioskToken(market int, kiosk string) (string, error) {
	claims := KioskClaims{
		MarketID: market,
		KioskID:  kiosk,
		RegisteredClaims: jwt.RegisteredClaims{
			ExpiresAt: jwt.NewNumericDate(time.Now().Add(12 * time.Hour)),
			Issuer:    "kiosk-api",
		},
	}
	return jwt.NewWithClaims(jwt.SigningMethodHS256, claims).SignedString(signingKey)
}
''', secret=drawn(48, ALNUM + "!#%&*+-=?@^_"))

add("ansible/ssh-private-key", "ansible/roles/bench/vars/main.yml",
    "Ansible vars with an OpenSSH private key in a literal block scalar", r'''
---
bench_user: flasher
bench_repo: git@github.com:midstate-vending/vmc-bridge.git
bench_deploy_key: |
  @@keyindent@@
bench_known_hosts: "github.com ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOMqqnkVzrm0SdG6UOoqKLsabgH5C9okWi0dh2l9GKJl"
''', secret=(_ok := fakes.fake_pem(_seed(), "OPENSSH")), keyindent=_ok.replace("\n", "\n  "))

add("markdown/rsa-private-key", "docs/runbooks/sftp-vistar.md",
    "Runbook pasting an SFTP client private key in a fenced code block", r'''
# Vistar SFTP (PO upload)

Host `sftp.vistar.com`, user `midstate_oma`. Vistar moved us to key auth in March; the password in
the partner sheet still works as fallback until they turn it off.

If the key on the EDI box is lost, recreate `~/.ssh/vistar_rsa` with this (it's the one Vistar has on file):

```
@@secret@@
```

Then `chmod 600 ~/.ssh/vistar_rsa` and test with `sftp -i ~/.ssh/vistar_rsa midstate_oma@sftp.vistar.com`.
''', secret=fakes.fake_pem(_seed(), "RSA"))

add("notebook/openai-api-key", "analysis/demand_forecast_llm.ipynb",
    "Jupyter nbformat 4; OpenAI Python client with an api_key argument", r'''
{
 "cells": [
  {
   "cell_type": "markdown",
   "metadata": {},
   "source": ["## Summarise route notes with an LLM\n", "Drivers' free-text notes -> restock issues per location."]
  },
  {
   "cell_type": "code",
   "execution_count": 3,
   "metadata": {},
   "outputs": [],
   "source": [
    "from openai import OpenAI\n",
    "import pandas as pd\n",
    "client = OpenAI(api_key=\"@@secret@@\")\n",
    "notes = pd.read_csv(\"route_notes_2024q1.csv\")"
   ]
  },
  {
   "cell_type": "code",
   "execution_count": 4,
   "metadata": {},
   "outputs": [{"name": "stdout", "output_type": "stream", "text": ["412 notes\n"]}],
   "source": ["print(len(notes), \"notes\")"]
  }
 ],
 "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
''', secret=fakes.openai_key(_seed()))

add("nginx/basic-auth-header", "deploy/nginx/dex-proxy.conf",
    "nginx proxy_set_header Authorization with a fixed Basic credential", r'''
upstream seed_dex {
    server dex.seedlive.com:443;
}

server {
    listen 8080;
    server_name dex-proxy.midstate.local;

    location /dex/ {
        proxy_pass https://seed_dex/api/dex/;
        proxy_set_header Host dex.seedlive.com;
        proxy_set_header Authorization "Basic @@secret@@";
        proxy_ssl_server_name on;
        proxy_read_timeout 60s;
    }
}
''', secret=b64("dexpull@midstatevending.com:" + words_pw()))

add("systemd/database-password", "deploy/systemd/telemetry-sync.service",
    "systemd.exec(5): Environment= in a unit file", r'''
[Unit]
Description=Telemetry sync (Nayax/Seed/Parlevel -> VMS)
After=network-online.target
Wants=network-online.target

[Service]
User=vms
WorkingDirectory=/opt/telemetry-sync
Environment=VMS_DB_URL=postgresql://telemetry:@@secret@@@vms-db01.midstate.local:5432/vms
Environment=LOG_LEVEL=info
EnvironmentFile=-/etc/telemetry-sync/env
ExecStart=/opt/telemetry-sync/venv/bin/python -m telemetry_sync
Restart=on-failure
RestartSec=30

[Install]
WantedBy=multi-user.target
''', secret=rand_pw(20))

add("crontab/mysql-password", "ops/cron/reporting.crontab",
    "mysql(1) client: -p<password> with no space, in a crontab", r'''
# m h dom mon dow command
SHELL=/bin/bash
MAILTO=ops@midstatevending.com
15 5 * * * mysql -h wms-db.midstate.local -u report -p'@@secret@@' wms < /opt/reports/daily_picks.sql > /srv/reports/picks_$(date +\%F).tsv
45 5 * * 1 /opt/reports/weekly_shrink.sh >> /var/log/weekly_shrink.log 2>&1
0 6 1 * * /opt/reports/monthly_commissions.sh
''', secret=rand_pw(16))

add("helm/postgres-password", "deploy/helm/vms/values-prod.yaml",
    "Bitnami PostgreSQL chart values: auth.password", r'''
image:
  repository: registry.midstate.local/vms-backend
  tag: 3.14.2
replicaCount: 2
ingress:
  enabled: true
  hosts:
    - host: vms.midstatevending.com
      paths: ["/"]
postgresql:
  enabled: true
  auth:
    username: vms
    password: "@@secret@@"
    database: vms
  primary:
    persistence:
      size: 50Gi
''', secret=rand_pw(24))

add("plist/oauth-client-secret", "OpsApp/Resources/Backend.plist",
    "iOS property list holding backend OAuth client credentials", r'''
<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
<dict>
	<key>BackendBaseURL</key>
	<string>https://ops.midstatevending.com/api</string>
	<key>OAuthClientID</key>
	<string>ops-ios</string>
	<key>OAuthClientSecret</key>
	<string>@@secret@@</string>
	<key>SupportEmail</key>
	<string>it@midstatevending.com</string>
</dict>
</plist>
''', secret=drawn(40, URLSAFE))

# ---------------------------------------------------------------------------------------------
# Decoys across the stack: references, encrypted values, public ids, digests, fixtures
# ---------------------------------------------------------------------------------------------

add("markdown/decoy-example-token", "docs/api/kiosk-api-auth.md",
    "jwt.io: the well-known example token, shown to explain the token layout", r'''
# kiosk-api authentication

Kiosks authenticate with a short-lived JWT (HS256, 12 h) issued by `POST /auth/kiosk`.
A JWT has three base64url parts, `header.payload.signature`. The jwt.io example looks like this:

```
eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c
```

Our payload carries `market` (int), `kiosk` (string), `exp` and `iss: kiosk-api`.

Send it as `Authorization: Bearer <token>`. A 401 with `token expired` means the kiosk should
call `/auth/kiosk` again with its device certificate; never log the token itself.
''')

add("yaml/decoy-documented-example", "tests/integration/localstack.yml",
    "AWS docs example access key pair (AKIAIOSFODNN7EXAMPLE) used against LocalStack", r'''
# Integration tests run against LocalStack; these are the AWS documentation's example keys.
aws:
  endpoint_url: http://localhost:4566
  region: us-east-2
  access_key_id: AKIAIOSFODNN7EXAMPLE
  secret_access_key: wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY
buckets:
  - midstate-dex-raw
  - midstate-finance-reports
queues:
  - dex-ingest
''')

add("compose/decoy-test-credential", "ci/docker-compose.test.yml",
    "Throwaway CI service containers with well-known default credentials", r'''
# Service containers for the test job only; nothing here is reachable outside the runner.
services:
  postgres:
    image: postgres:16-alpine
    environment:
      POSTGRES_USER: postgres
      POSTGRES_PASSWORD: postgres
      POSTGRES_DB: vms_test
    ports: ["5432:5432"]
    tmpfs: [/var/lib/postgresql/data]
  redis:
    image: redis:7-alpine
    ports: ["6379:6379"]
  localstack:
    image: localstack/localstack:3.4
    environment:
      SERVICES: s3,sqs
      AWS_ACCESS_KEY_ID: test
      AWS_SECRET_ACCESS_KEY: test
    ports: ["4566:4566"]
''')

add("yaml/decoy-sops-encrypted", "deploy/secrets/telemetry.prod.enc.yaml",
    "Mozilla SOPS: values encrypted as ENC[AES256_GCM,...] with a KMS-wrapped data key", r'''
nayax:
    lynx_token: ENC[AES256_GCM,data:@@d1@@,iv:@@iv1@@,tag:@@t1@@,type:str]
seed:
    user: ENC[AES256_GCM,data:@@d2@@,iv:@@iv2@@,tag:@@t2@@,type:str]
    password: ENC[AES256_GCM,data:@@d3@@,iv:@@iv3@@,tag:@@t3@@,type:str]
sops:
    kms:
        - arn: arn:aws:kms:us-east-2:418273645102:key/@@kid@@
          created_at: "2024-04-02T15:11:08Z"
          enc: @@enc@@
          aws_profile: ""
    lastmodified: "2024-05-28T09:40:17Z"
    mac: ENC[AES256_GCM,data:@@md@@,iv:@@miv@@,tag:@@mt@@,type:str]
    unencrypted_suffix: _unencrypted
    version: 3.8.1
''', d1=b64_bytes(48), iv1=b64_bytes(32), t1=b64_bytes(16), d2=b64_bytes(30), iv2=b64_bytes(32), t2=b64_bytes(16),
    d3=b64_bytes(16), iv3=b64_bytes(32), t3=b64_bytes(16), kid=uuid_s(), enc="AQICAHh" + b64_bytes(150),
    md=b64_bytes(64), miv=b64_bytes(32), mt=b64_bytes(16))

add("yaml/decoy-sealed-secret", "deploy/k8s/kiosk-payments-sealed.yaml",
    "Bitnami Sealed Secrets: SealedSecret encryptedData (only the cluster can decrypt)", r'''
apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata:
  name: kiosk-payments
  namespace: micromarket
spec:
  encryptedData:
    STRIPE_RESTRICTED_KEY: AgB@@e1@@
    STRIPE_WEBHOOK_SECRET: AgA@@e2@@
  template:
    metadata:
      name: kiosk-payments
      namespace: micromarket
    type: Opaque
''', e1=b64_bytes(300), e2=b64_bytes(300))

add("json/decoy-kms-ciphertext", "lambda/dex-ingest/config.prod.json",
    "AWS KMS Encrypt output (CiphertextBlob) stored in config, decrypted at runtime", r'''
{
  "bucket": "midstate-dex-raw",
  "queue_url": "https://sqs.us-east-2.amazonaws.com/418273645102/dex-ingest",
  "kms_key_id": "alias/dex-ingest",
  "encrypted": {
    "seed_api_password": "AQICAHh@@c1@@",
    "vms_db_password": "AQICAHh@@c2@@"
  },
  "batch_size": 50
}
''', c1=b64_bytes(150), c2=b64_bytes(150))

add("properties/decoy-jasypt-encrypted", "fishbowl-bridge/conf/application.properties",
    "Jasypt Spring Boot: ENC(...) property values decrypted with a key from the environment", r'''
# jasypt.encryptor.password comes from JASYPT_ENCRYPTOR_PASSWORD on the host
spring.datasource.url=jdbc:sqlserver://vmx-sql02.midstate.local;databaseName=VendMax;encrypt=true
spring.datasource.username=fishbowl_bridge
spring.datasource.password=ENC(@@e1@@)
fishbowl.password=ENC(@@e2@@)
jasypt.encryptor.algorithm=PBEWITHHMACSHA512ANDAES_256
jasypt.encryptor.iv-generator-classname=org.jasypt.iv.RandomIvGenerator
''', e1=b64_bytes(48), e2=b64_bytes(48))

add("ssh/decoy-public-key", "ansible/roles/bench/files/authorized_keys",
    "OpenSSH authorized_keys: public keys only", r'''
ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI@@k1@@ chris@msv-it-laptop
ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI@@k2@@ priya@msv-it-laptop
ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABgQ@@k3@@ flasher@bench01
ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI@@k4@@ github-actions-deploy
ecdsa-sha2-nistp256 AAAAE2VjZHNhLXNoYTItbmlzdHAyNTYAAAAIbmlzdHAyNTYAAABBB@@k5@@ backup@nas01
''', k1=drawn(43, ALNUM + "+/"), k2=drawn(43, ALNUM + "+/"), k3=drawn(520, ALNUM + "+/") + "=",
    k4=drawn(43, ALNUM + "+/"), k5=drawn(86, ALNUM + "+/") + "=")

add("markdown/decoy-public-key-block", "SECURITY.md",
    "Security policy with the team's OpenPGP public key (public by design)", r'''
# Reporting a vulnerability

Email security@midstatevending.com. Encrypt sensitive details with the key below
(fingerprint `@@fp@@`).

```
-----BEGIN PGP PUBLIC KEY BLOCK-----

mDMEZf@@l1@@
@@l2@@
@@l3@@
@@l4@@
=@@crc@@
-----END PGP PUBLIC KEY BLOCK-----
```

We answer within two business days. Please do not test against machines in the field.
''', fp=upper_hex(40), l1=drawn(60, ALNUM + "+/"), l2=drawn(64, ALNUM + "+/"), l3=drawn(64, ALNUM + "+/"),
    l4=drawn(30, ALNUM + "+/"), crc=drawn(4, ALNUM + "+/"))

add("python/decoy-regex", "vms-backend/vms/logging/scrub.py",
    "Log scrubber: regular expressions for credential shapes, no credentials", r'''
"""Mask credentials before log lines leave the process."""
import re

PATTERNS = [
    (re.compile(r"sk_(live|test)_[0-9A-Za-z]{24,99}"), "sk_***"),
    (re.compile(r"rk_(live|test)_[0-9A-Za-z]{24,99}"), "rk_***"),
    (re.compile(r"whsec_[0-9A-Za-z]{32}"), "whsec_***"),
    (re.compile(r"EAAA[0-9A-Za-z_-]{56,}"), "EAAA***"),
    (re.compile(r"samsara_api_[0-9A-Za-z]{30}"), "samsara_api_***"),
    (re.compile(r"(?i)(authorization:\s*(bearer|basic)\s+)\S+"), r"\1***"),
    (re.compile(r"(?i)(password|passwd|pwd)=([^&;\s]+)"), r"\1=***"),
    (re.compile(r"://([^:/@\s]+):([^@/\s]+)@"), r"://\1:***@"),
]


def scrub(line: str) -> str:
    for pattern, repl in PATTERNS:
        line = pattern.sub(repl, line)
    return line
''')

add("yaml/decoy-password-policy", "back-office/config/auth_policy.yml",
    "Password and token policy settings (lengths, rotation), holding no credential", r'''
password_policy:
  min_length: 14
  require_upper: true
  require_digit: true
  require_symbol: false
  max_age_days: 0
  history: 5
  lockout:
    attempts: 8
    minutes: 15
api_tokens:
  length: 40
  prefix: msv_
  default_ttl_days: 90
  hash: sha256
driver_pins:
  digits: 6
  reset_via: sms
''')

add("github-actions/decoy-secret-reference", ".github/workflows/deploy-kiosk-api.yml",
    "GitHub Actions: secrets and OIDC role referenced by name", r'''
name: deploy kiosk-api
on:
  push:
    branches: [main]
    paths: ["services/kiosk-api/**"]

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
          role-to-assume: arn:aws:iam::418273645102:role/gha-kiosk-api-deploy
          aws-region: us-east-2
      - name: Build and push
        env:
          DOCKERHUB_TOKEN: ${{ secrets.DOCKERHUB_TOKEN }}
        run: |
          echo "$DOCKERHUB_TOKEN" | docker login -u midstatevending --password-stdin
          docker build -t midstatevending/kiosk-api:${{ github.sha }} services/kiosk-api
          docker push midstatevending/kiosk-api:${{ github.sha }}
      - run: aws ecs update-service --cluster markets --service kiosk-api --force-new-deployment
''')

add("hcl/decoy-vault-template", "deploy/vault-agent/telemetry-sync.hcl",
    "Vault Agent template stanza reading KV v2 secrets at runtime", r'''
vault {
  address = "https://vault.midstate.local:8200"
}

auto_auth {
  method "approle" {
    config = {
      role_id_file_path   = "/etc/vault-agent/role_id"
      secret_id_file_path = "/etc/vault-agent/secret_id"
    }
  }
}

template {
  destination = "/run/telemetry-sync/env"
  perms       = "0600"
  contents    = <<EOT
{{ with secret "kv/data/telemetry/nayax" }}NAYAX_LYNX_TOKEN={{ .Data.data.token }}{{ end }}
{{ with secret "kv/data/telemetry/seed" }}SEED_API_PASSWORD={{ .Data.data.password }}{{ end }}
EOT
}
''')

add("k8s-secret/decoy-placeholder", "deploy/k8s/base/route-planner-secret.yaml",
    "Kustomize base Secret whose values are base64 placeholders, replaced per overlay", r'''
# Base only: the prod overlay patches these from the sealed secret. Values decode to REPLACE_ME.
apiVersion: v1
kind: Secret
metadata:
  name: route-planner
type: Opaque
data:
  ROUTE4ME_API_KEY: @@p@@
  GOOGLE_MAPS_KEY: @@p@@
  SAMSARA_API_TOKEN: @@p@@
''', p=b64("REPLACE_ME"))

add("python/decoy-test-fixture", "fleet/tests/conftest.py",
    "pytest monkeypatch.setenv with obviously fake values for unit tests", r'''
import pytest
import responses


@pytest.fixture(autouse=True)
def fake_env(monkeypatch):
    monkeypatch.setenv("SAMSARA_API_TOKEN", "test-token")
    monkeypatch.setenv("ROUTE4ME_API_KEY", "00000000000000000000000000000000")
    monkeypatch.setenv("GEOTAB_PASSWORD", "not-a-real-password")


@pytest.fixture
def samsara_mock():
    with responses.RequestsMock() as rsps:
        rsps.get("https://api.samsara.com/fleet/vehicles", json={"data": [{"id": "1", "name": "Truck 7"}]})
        yield rsps
''')

add("env/decoy-test-values", "kiosk-api/.env.test",
    "A test environment file with dummy values that only work against local mocks", r'''
NODE_ENV=test
PORT=0
DATABASE_URL=postgres://postgres:postgres@localhost:5432/kiosk_test
STRIPE_SECRET_KEY=sk_test_dummy
POSTMARK_SERVER_TOKEN=POSTMARK_API_TEST
JWT_SECRET=test-only-jwt-secret
SQUARE_ACCESS_TOKEN=dummy-square-token
''')

add("powershell/decoy-secret-reference", "it/scripts/Backup-QuickBooks.ps1",
    "PowerShell SecretManagement: Get-Secret from a registered vault", r'''
Import-Module Microsoft.PowerShell.SecretManagement

$qbFile = "D:\QuickBooks\Midstate Vending.QBW"
$stamp = Get-Date -Format yyyyMMdd
$zip = "D:\Backups\qb_$stamp.zip"

Compress-Archive -Path $qbFile -DestinationPath $zip -Force

$sasUrl = Get-Secret -Name "qb-backup-sas" -Vault "ITVault" -AsPlainText
azcopy copy $zip "$sasUrl" --overwrite=true
if ($LASTEXITCODE -ne 0) { throw "azcopy failed ($LASTEXITCODE)" }

Get-ChildItem D:\Backups\qb_*.zip | Where-Object LastWriteTime -lt (Get-Date).AddDays(-14) | Remove-Item
''')

add("shell/decoy-secret-reference", "ops/backup/restore_vms_db.sh",
    "AWS CLI: read a SecureString from SSM Parameter Store at run time", r'''
#!/bin/bash
set -euo pipefail
DUMP=${1:?path to .dump}

PGPASSWORD=$(aws ssm get-parameter --name /vms/prod/db/restore_password --with-decryption \
  --query Parameter.Value --output text)
export PGPASSWORD
export PGHOST=vms-db-restore.midstate.local PGUSER=restore

dropdb --if-exists vms_restore
createdb vms_restore
pg_restore -d vms_restore --no-owner "$DUMP"
echo "restored $DUMP into vms_restore"
''')

add("ruby/decoy-secret-reference", "config/initializers/moneris.rb",
    "Rails encrypted credentials: values read with Rails.application.credentials", r'''
# frozen_string_literal: true

Rails.application.config.to_prepare do
  MonerisGateway.configure do |c|
    c.store_id = Rails.application.credentials.dig(:moneris, :store_id)
    c.api_token = Rails.application.credentials.dig(:moneris, :api_token)
    c.host = Rails.env.production? ? "www3.moneris.com" : "esqa.moneris.com"
  end
end
''')

add("rust/decoy-env-reference", "ota-tools/src/config.rs",
    "Rust std::env::var for a key path and key id (no key material)", r'''
use std::{env, path::PathBuf};

pub struct SignConfig {
    pub key_path: PathBuf,
    pub key_id: String,
    pub hsm_slot: Option<u32>,
}

impl SignConfig {
    pub fn from_env() -> Result<Self, env::VarError> {
        Ok(Self {
            key_path: PathBuf::from(env::var("OTA_SIGNING_KEY_PATH")?),
            key_id: env::var("OTA_KEY_ID").unwrap_or_else(|_| "ota-2023".to_string()),
            hsm_slot: env::var("OTA_HSM_SLOT").ok().and_then(|s| s.parse().ok()),
        })
    }
}
''')

add("go/decoy-env-reference", "gateway/internal/config/config.go",
    "Go os.Getenv / LookupEnv for credentials", r'''
package config

import (
	"fmt"
	"os"
)

type Config struct {
	Broker       string
	MQTTUser     string
	MQTTPassword string
	Site         string
}

func Load() (Config, error) {
	pw, ok := os.LookupEnv("GATEWAY_MQTT_PASSWORD")
	if !ok || pw == "" {
		return Config{}, fmt.Errorf("GATEWAY_MQTT_PASSWORD is not set")
	}
	return Config{
		Broker:       getenv("GATEWAY_BROKER", "ssl://mqtt.midstatevending.com:8883"),
		MQTTUser:     getenv("GATEWAY_MQTT_USER", "gateway"),
		MQTTPassword: pw,
		Site:         os.Getenv("GATEWAY_SITE"),
	}, nil
}

func getenv(k, def string) string {
	if v := os.Getenv(k); v != "" {
		return v
	}
	return def
}
''')

add("notebook/decoy-getpass", "analysis/shrink_by_location.ipynb",
    "Jupyter nbformat 4; credentials prompted with getpass, not stored", r'''
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
    "import sqlalchemy as sa\n",
    "pw = getpass.getpass(\"VMS report_ro password: \")\n",
    "engine = sa.create_engine(sa.URL.create(\"postgresql+psycopg2\", username=\"report_ro\", password=pw, host=\"vms-db02.midstate.local\", database=\"vms\"))"
   ]
  },
  {
   "cell_type": "code",
   "execution_count": 2,
   "metadata": {},
   "outputs": [],
   "source": [
    "shrink = pd.read_sql(\"SELECT location, sum(shrink_cents) AS shrink FROM v_shrink_2024 GROUP BY 1 ORDER BY 2 DESC\", engine)\n",
    "shrink.head(15)"
   ]
  }
 ],
 "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
''')

add("xml/decoy-empty-value", "OfficeCafe.Web/Web.Release.config",
    "Web.config transform: keys left empty, set in Azure App Service application settings", r'''
<?xml version="1.0" encoding="utf-8"?>
<configuration xmlns:xdt="http://schemas.microsoft.com/XML-Document-Transform">
  <appSettings>
    <!-- Set in Azure Portal > App Service > Configuration; do not put values here -->
    <add key="AuthNet.Environment" value="PRODUCTION" xdt:Transform="SetAttributes" xdt:Locator="Match(key)" />
    <add key="AuthNet.ApiLoginId" value="" xdt:Transform="SetAttributes" xdt:Locator="Match(key)" />
    <add key="AuthNet.TransactionKey" value="" xdt:Transform="SetAttributes" xdt:Locator="Match(key)" />
  </appSettings>
  <system.web>
    <compilation xdt:Transform="RemoveAttributes(debug)" />
  </system.web>
</configuration>
''')

add("plist/decoy-public-id", "OpsApp/Resources/Info.plist",
    "iOS Info.plist: bundle id, URL scheme, Square application id (public)", r'''
<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
<dict>
	<key>CFBundleIdentifier</key>
	<string>com.midstatevending.ops</string>
	<key>CFBundleShortVersionString</key>
	<string>3.8.0</string>
	<key>CFBundleURLTypes</key>
	<array>
		<dict>
			<key>CFBundleURLSchemes</key>
			<array><string>midstateops</string></array>
		</dict>
	</array>
	<key>SquareApplicationID</key>
	<string>sq0idp-@@appid@@</string>
	<key>NSCameraUsageDescription</key>
	<string>Scan machine QR codes and product barcodes.</string>
</dict>
</plist>
''', appid=drawn(22, URLSAFE))

add("properties/decoy-placeholder", "ordering-api/src/main/resources/application.properties",
    "Spring Boot property placeholders resolved from the environment", r'''
spring.application.name=ordering-api
spring.datasource.url=jdbc:postgresql://${ORDERS_DB_HOST:localhost}:5432/orders
spring.datasource.username=${ORDERS_DB_USER:orders_app}
spring.datasource.password=${ORDERS_DB_PASSWORD}
braintree.environment=${BRAINTREE_ENV:sandbox}
braintree.merchant-id=${BRAINTREE_MERCHANT_ID}
braintree.public-key=${BRAINTREE_PUBLIC_KEY}
braintree.private-key=${BRAINTREE_PRIVATE_KEY}
''')

add("ini/decoy-env-reference", "deploy/supervisor/dexpoll.conf",
    "supervisord: %(ENV_X)s expansions in program sections", r'''
[program:dexpoll]
command=/opt/dexpoll/dexpoll --interval 15m
directory=/opt/dexpoll
user=vms
autostart=true
autorestart=true
environment=PARLEVEL_API_KEY="%(ENV_PARLEVEL_API_KEY)s",VMS_DB_PASSWORD="%(ENV_VMS_DB_PASSWORD)s"
stdout_logfile=/var/log/dexpoll/out.log
stderr_logfile=/var/log/dexpoll/err.log
''')

add("lua/decoy-config-reference", "teltonika/files/usr/lib/vend-bridge/config.lua",
    "OpenWrt UCI: credentials read from /etc/config at run time", r'''
local uci = require("uci").cursor()

local M = {}

function M.load()
  return {
    broker = uci:get("vendbridge", "mqtt", "broker") or "mqtt.midstatevending.com:8883",
    username = uci:get("vendbridge", "mqtt", "username"),
    password = uci:get("vendbridge", "mqtt", "password"),
    machine = uci:get("vendbridge", "main", "machine"),
  }
end

return M
''')

add("xml/decoy-user-secrets-id", "SeedBridge/SeedBridge.csproj",
    ".NET user secrets: UserSecretsId is a GUID naming a local store, not a secret", r'''
<Project Sdk="Microsoft.NET.Sdk.Worker">
  <PropertyGroup>
    <TargetFramework>net8.0</TargetFramework>
    <Nullable>enable</Nullable>
    <ImplicitUsings>enable</ImplicitUsings>
    <UserSecretsId>@@guid@@</UserSecretsId>
    <RootNamespace>SeedBridge</RootNamespace>
  </PropertyGroup>
  <ItemGroup>
    <PackageReference Include="Azure.Storage.Blobs" Version="12.19.1" />
    <PackageReference Include="Microsoft.Extensions.Hosting" Version="8.0.0" />
    <PackageReference Include="Microsoft.Data.SqlClient" Version="5.2.0" />
  </ItemGroup>
</Project>
''', guid=uuid_s())

add("json/decoy-integrity-hash", "kiosk-ui/package-lock.json",
    "npm package-lock.json: resolved URLs and sha512 integrity", r'''
{
  "name": "kiosk-ui",
  "version": "2.9.0",
  "lockfileVersion": 3,
  "requires": true,
  "packages": {
    "": {"name": "kiosk-ui", "version": "2.9.0", "dependencies": {"@square/web-sdk": "^2.0.1", "axios": "^1.6.8"}},
    "node_modules/axios": {
      "version": "1.6.8",
      "resolved": "https://registry.npmjs.org/axios/-/axios-1.6.8.tgz",
      "integrity": "sha512-@@i1@@"
    },
    "node_modules/follow-redirects": {
      "version": "1.15.6",
      "resolved": "https://registry.npmjs.org/follow-redirects/-/follow-redirects-1.15.6.tgz",
      "integrity": "sha512-@@i2@@"
    },
    "node_modules/@square/web-sdk": {
      "version": "2.0.1",
      "resolved": "https://registry.npmjs.org/@square/web-sdk/-/web-sdk-2.0.1.tgz",
      "integrity": "sha512-@@i3@@"
    }
  }
}
''', i1=b64_bytes(64), i2=b64_bytes(64), i3=b64_bytes(64))

add("go-sum/decoy-hash", "gateway/go.sum",
    "Go modules go.sum: h1: hashes of module content", r'''
github.com/eclipse/paho.mqtt.golang v1.4.3 h1:@@h1@@
github.com/eclipse/paho.mqtt.golang v1.4.3/go.mod h1:@@h2@@
github.com/golang-jwt/jwt/v5 v5.2.1 h1:@@h3@@
github.com/golang-jwt/jwt/v5 v5.2.1/go.mod h1:@@h4@@
github.com/gorilla/websocket v1.5.0 h1:@@h5@@
github.com/gorilla/websocket v1.5.0/go.mod h1:@@h6@@
golang.org/x/net v0.24.0 h1:@@h7@@
golang.org/x/net v0.24.0/go.mod h1:@@h8@@
''', h1=b64_bytes(32), h2=b64_bytes(32), h3=b64_bytes(32), h4=b64_bytes(32), h5=b64_bytes(32), h6=b64_bytes(32),
    h7=b64_bytes(32), h8=b64_bytes(32))

add("dockerfile/decoy-build-secret", "telemetry-sync/Dockerfile",
    "Dockerfile: pinned base image digest and a BuildKit secret mount (no value in the image)", r'''
# syntax=docker/dockerfile:1.6
FROM python:3.12-slim@sha256:@@dig@@

WORKDIR /app
COPY requirements.txt .
# private index token mounted at build time only: docker build --secret id=pip_token,env=PIP_TOKEN .
RUN --mount=type=secret,id=pip_token \
    PIP_INDEX_URL="https://ci:$(cat /run/secrets/pip_token)@nexus.midstate.local/repository/pypi/simple" \
    pip install --no-cache-dir -r requirements.txt
COPY telemetry_sync/ telemetry_sync/
USER 1000
CMD ["python", "-m", "telemetry_sync"]
''', dig=hexs(64))

add("k8s/decoy-secret-reference", "deploy/k8s/telemetry-sync-deployment.yaml",
    "Kubernetes Deployment: env from secretKeyRef, image pinned by digest", r'''
apiVersion: apps/v1
kind: Deployment
metadata:
  name: telemetry-sync
  namespace: vms
spec:
  replicas: 1
  selector:
    matchLabels: {app: telemetry-sync}
  template:
    metadata:
      labels: {app: telemetry-sync}
    spec:
      containers:
        - name: telemetry-sync
          image: registry.midstate.local/telemetry-sync@sha256:@@dig@@
          env:
            - name: NAYAX_LYNX_TOKEN
              valueFrom:
                secretKeyRef: {name: telemetry-sync, key: NAYAX_LYNX_TOKEN}
            - name: SEED_API_PASSWORD
              valueFrom:
                secretKeyRef: {name: telemetry-sync, key: SEED_API_PASSWORD}
          resources:
            requests: {cpu: 100m, memory: 128Mi}
''', dig=hexs(64))

add("json/decoy-webhook-sample", "kiosk-payments/tests/fixtures/events/payment_intent.succeeded.json",
    "Stripe event object fixture: evt_, pi_, ch_, pm_ ids are object identifiers", r'''
{
  "id": "evt_3P@@e@@",
  "object": "event",
  "api_version": "2024-04-10",
  "created": 1715600112,
  "livemode": false,
  "type": "payment_intent.succeeded",
  "data": {
    "object": {
      "id": "pi_3P@@pi@@",
      "object": "payment_intent",
      "amount": 475,
      "currency": "usd",
      "latest_charge": "ch_3P@@ch@@",
      "payment_method": "pm_1P@@pm@@",
      "metadata": {"market": "70112", "kiosk": "kiosk-70112-a"},
      "status": "succeeded"
    }
  }
}
''', e=drawn(22), pi=drawn(22), ch=drawn(22), pm=drawn(22))

add("markdown/decoy-commit-hashes", "firmware/vmc-bridge/CHANGELOG.md",
    "Changelog citing git commit SHAs", r'''
# Changelog

## 2.7.1 - 2024-05-21
- Fix DEX read timeout on Crane National 187 controllers (@@c1@@)
- Retry AT+QIACT twice before power-cycling the modem (@@c2@@)

## 2.7.0 - 2024-04-30
- MDB cashless level 3: report revalue denials (@@c3@@)
- OTA: verify ES256 signature before writing the inactive slot (@@c4@@)
- Drop support for hw rev B (@@c5@@)

## 2.6.4 - 2024-03-12
- Bill validator escrow state after power loss (@@c6@@)
''', c1=hexs(40), c2=hexs(40), c3=hexs(12), c4=hexs(40), c5=hexs(12), c6=hexs(40))

add("typescript/decoy-public-config", "micromarket-app/src/firebase.ts",
    "Firebase web config: apiKey identifies the project and is public by design", r'''
import { initializeApp } from "firebase/app";
import { getMessaging } from "firebase/messaging";

const firebaseConfig = {
  apiKey: "@@key@@",
  authDomain: "msv-markets.firebaseapp.com",
  projectId: "msv-markets",
  storageBucket: "msv-markets.appspot.com",
  messagingSenderId: "@@sender@@",
  appId: "1:@@sender@@:web:@@app@@",
  measurementId: "G-@@meas@@",
};

export const app = initializeApp(firebaseConfig);
export const messaging = getMessaging(app);
''', key=google_key(), sender=digits(12), app=hexs(22), meas=drawn(10, UPPER_ALNUM))

add("html/decoy-site-key", "website/templates/contact.html",
    "Google reCAPTCHA v2: data-sitekey is public; the secret key stays on the server", r'''
<form method="post" action="/contact">
  <h2>Want a machine or micro-market at your site?</h2>
  <label>Company <input name="company" required></label>
  <label>Email <input type="email" name="email" required></label>
  <label>Employees on site <input type="number" name="headcount" min="1"></label>
  <label>Message <textarea name="message" rows="4"></textarea></label>
  <div class="g-recaptcha" data-sitekey="6L@@sk@@"></div>
  <button type="submit">Send</button>
</form>
<script src="https://www.google.com/recaptcha/api.js" async defer></script>
''', sk=drawn(38, URLSAFE))

add("javascript/decoy-public-dsn", "kiosk-ui/src/sentry.js",
    "Sentry JavaScript SDK: the DSN's public key is meant to be in client code", r'''
import * as Sentry from "@sentry/browser";

Sentry.init({
  dsn: "https://@@pk@@@o@@org@@.ingest.us.sentry.io/@@proj@@",
  release: `kiosk-ui@${process.env.APP_VERSION}`,
  environment: process.env.NODE_ENV,
  tracesSampleRate: 0.05,
  beforeSend(event) {
    if (event.request && event.request.headers) delete event.request.headers.Authorization;
    return event;
  },
});
''', pk=hexs(32), org=digits(7), proj=digits(16))

add("sql/decoy-password-hash", "db/seeds/dev_users.sql",
    "Development seed data: bcrypt hashes of dev-only passwords", r'''
-- Local development users. Hashes of throwaway dev passwords (see docs/dev-setup.md).
INSERT INTO users (email, display_name, password_hash, role) VALUES
  ('driver.dev@example.com', 'Dev Driver', '$2b$12$@@h1@@', 'driver'),
  ('wh.dev@example.com', 'Dev Warehouse', '$2b$12$@@h2@@', 'warehouse'),
  ('office.dev@example.com', 'Dev Office', '$2b$12$@@h3@@', 'office'),
  ('admin.dev@example.com', 'Dev Admin', '$2b$12$@@h4@@', 'admin')
ON CONFLICT (email) DO NOTHING;
''', h1=drawn(53, "./" + ALNUM), h2=drawn(53, "./" + ALNUM), h3=drawn(53, "./" + ALNUM), h4=drawn(53, "./" + ALNUM))

add("yaml/decoy-openapi-example", "kiosk-api/openapi.yaml",
    "OpenAPI 3: securitySchemes and example values that are placeholders", r'''
openapi: 3.0.3
info:
  title: kiosk-api
  version: 2.4.0
servers:
  - url: https://kiosk-api.midstatevending.com
components:
  securitySchemes:
    kioskJwt:
      type: http
      scheme: bearer
      bearerFormat: JWT
    partnerKey:
      type: apiKey
      in: header
      name: X-Api-Key
paths:
  /markets/{marketId}/stock:
    get:
      security: [{kioskJwt: []}, {partnerKey: []}]
      parameters:
        - {name: marketId, in: path, required: true, schema: {type: integer}, example: 70112}
        - name: X-Api-Key
          in: header
          schema: {type: string}
          example: your-partner-api-key
      responses:
        "200": {description: Stock levels}
''')

add("log/decoy-mdb-trace", "logs/mdb-sniff-MS-1187.log",
    "MDB (Multi-Drop Bus) cashless device trace in hex: poll, vend request, approvals", r'''
12:01:07.004 VMC>CL 12 12               POLL
12:01:07.010 CL>VMC 00                  ACK
12:01:09.221 VMC>CL 13 00 00 AF 00 0C D8 VEND REQUEST price=175 item=12
12:01:09.229 CL>VMC 00                  ACK
12:01:09.530 VMC>CL 12 12               POLL
12:01:09.538 CL>VMC 05 00 AF B4         VEND APPROVED amount=175
12:01:11.902 VMC>CL 13 02 00 0C 21      VEND SUCCESS item=12
12:01:11.910 CL>VMC 00                  ACK
12:01:12.114 VMC>CL 13 04 17            SESSION COMPLETE
12:01:12.120 CL>VMC 07 07               END SESSION
''')

add("json/decoy-dashboard-uid", "monitoring/grafana/dashboards/fleet-health.json",
    "Grafana dashboard JSON: uids of the dashboard and datasources", r'''
{
  "uid": "@@uid@@",
  "title": "Fleet health",
  "tags": ["vending", "telemetry"],
  "timezone": "America/Chicago",
  "panels": [
    {
      "id": 1,
      "type": "timeseries",
      "title": "Machines offline",
      "datasource": {"type": "prometheus", "uid": "@@ds@@"},
      "targets": [{"expr": "sum(vend_machine_online == 0)", "refId": "A"}]
    },
    {
      "id": 2,
      "type": "table",
      "title": "Stale DEX reads",
      "datasource": {"type": "postgres", "uid": "@@ds2@@"},
      "targets": [{"rawSql": "SELECT machine, last_read FROM v_stale_dex", "refId": "A"}]
    }
  ],
  "schemaVersion": 39
}
''', uid=drawn(14, LOWER_ALNUM), ds=drawn(14, ALNUM), ds2=drawn(14, ALNUM))

add("helm/decoy-existing-secret", "deploy/helm/vms/values.yaml",
    "Bitnami PostgreSQL chart: auth.existingSecret instead of a literal password", r'''
image:
  repository: registry.midstate.local/vms-backend
  tag: latest
replicaCount: 1
postgresql:
  enabled: true
  auth:
    username: vms
    database: vms
    existingSecret: vms-postgres
    secretKeys:
      adminPasswordKey: postgres-password
      userPasswordKey: password
env:
  - name: NAYAX_LYNX_TOKEN
    valueFrom:
      secretKeyRef: {name: telemetry-sync, key: NAYAX_LYNX_TOKEN}
''')

add("terraform/decoy-placeholder", "infra/azure/terraform.tfvars.example",
    "Terraform example variables file with placeholder values", r'''
# Copy to terraform.tfvars (git-ignored) and fill in from the IT vault.
subscription_id = "00000000-0000-0000-0000-000000000000"
tenant_id       = "00000000-0000-0000-0000-000000000000"
client_id       = "00000000-0000-0000-0000-000000000000"
client_secret   = "<service principal secret>"
location        = "centralus"
environment     = "dev"
''')

add("log/decoy-trace-ids", "logs/kiosk-api-2024-05-30.log",
    "Access log with request ids, trace ids and idempotency keys", r'''
2024-05-30T12:00:14.201Z INFO POST /charge 200 412ms market=70112 req_id=@@r1@@ trace=@@t1@@
2024-05-30T12:00:14.209Z INFO stripe request idempotency_key=@@k1@@ payment_intent=pi_3P@@pi@@
2024-05-30T12:03:51.877Z INFO POST /charge 402 388ms market=70119 req_id=@@r2@@ trace=@@t2@@ decline=insufficient_funds
2024-05-30T12:05:02.114Z INFO GET /markets/70112/stock 200 31ms req_id=@@r3@@ trace=@@t3@@
2024-05-30T12:05:40.650Z WARN kiosk kiosk-70204-a jwt expired, reissued kid=kiosk-2024-05
''', r1=uuid_s(), t1=hexs(32), k1=uuid_s(), pi=drawn(22), r2=uuid_s(), t2=hexs(32), r3=uuid_s(), t3=hexs(32))

add("json/decoy-webhook-sample", "telemetry/tests/fixtures/nayax_sale_event.json",
    "Nayax sale event sample: transaction ids and a card hash (a digest, not card data)", r'''
{
  "TransactionID": 4418827311,
  "MachineID": 941287310,
  "MachineName": "MS-1101 Lakeview Medical",
  "DeviceSerialNumber": "0434334921004512",
  "AuthorizationDateTimeGMT": "2024-05-29T16:42:05",
  "SettlementValue": 2.25,
  "Currency": "USD",
  "PaymentMethod": "Credit Card",
  "CardBrand": "Visa",
  "CardLast4": "0010",
  "CardHash": "@@hash@@",
  "ProductName": "Coke Zero 20oz",
  "ProductCode": "A7"
}
''', hash=upper_hex(40))

add("csv/decoy-masked-pan", "exports/settlement_2024-05-29.csv",
    "Card settlement export: masked PANs, auth codes and reference numbers", r'''
settle_date,machine,terminal,card_brand,masked_pan,auth_code,amount,batch,ref_no
2024-05-29,MS-1101,VPOS-004512,VISA,476173******0010,0K93QZ,2.25,1187,@@r1@@
2024-05-29,MS-1101,VPOS-004512,MC,541333******0010,481227,1.75,1187,@@r2@@
2024-05-29,MS-1187,ePort-481273,AMEX,371449*****8431,719004,3.50,1187,@@r3@@
2024-05-29,MS-1203,VT2-0112,VISA,411111******1111,T41KZ2,2.00,1187,@@r4@@
''', r1=digits(12), r2=digits(12), r3=digits(12), r4=digits(12))

