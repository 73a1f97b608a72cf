"""Blind set EC: pawn shops and second-hand dealers.

Loan management back offices (Windows servers, Delphi and .NET clients, SQL Server), police
stolen-goods reporting uploads (LeadsOnline, BWI RAPID, city SFTP drops), ID scanners and identity
checks, online resale marketplaces and shipping, payment terminals and gateways, camera systems
(NVRs, RTSP, cloud VMS), gold-price feeds, and the decoys such teams really commit.
Generated fakes only (seeds 1280000-1289999).
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
UPPER_HEX = "0123456789ABCDEF"
LOWER_ALNUM = string.ascii_lowercase + string.digits
UPPER_ALNUM = string.ascii_uppercase + string.digits
SEED_LOW, SEED_HIGH = 1_280_000, 1_289_999
_SEED = [SEED_LOW]


def _seed() -> int:
    _SEED[0] += 1
    assert SEED_LOW <= _SEED[0] <= SEED_HIGH
    return _SEED[0]


def _rng() -> random.Random:
    return random.Random(_seed())


def drawn(n: int, alphabet: str = ALNUM) -> str:
    r = _rng()
    return "".join(r.choice(alphabet) for _ in range(n))


def mixed(n: int, alphabet: str = ALNUM) -> str:
    """Drawn until it holds an upper, a lower and a digit (bounded: 50 tries, then forced)."""
    r = _rng()
    value = ""
    for _ in range(50):
        value = "".join(r.choice(alphabet) for _ in range(n))
        if any(c.isdigit() for c in value) and any(c.isupper() for c in value) and any(c.islower() for c in value):
            return value
    return "A7" + value[2:-1] + "q"


def hexs(n: int) -> str:
    return drawn(n, HEX)


WORDS = ["Nugget", "Bullion", "Loupe", "Carat", "Ledger", "Tiller", "Buckle", "Bronco", "Cobalt", "Pewter",
         "Sparrow", "Mustang", "Onyx", "Topaz", "Garnet", "Walrus", "Cactus", "Pelican", "Rodeo", "Tamarack",
         "Brisket", "Hammer", "Pistol", "Granada", "Tucson", "Biloxi", "Wrangler", "Jasper", "Sequoia", "Maverick"]
LOWER = ["walnut", "ember", "rodeo", "lagoon", "saddle", "pawnee", "copper", "gravel", "mesquite", "lantern",
         "thimble", "bayou", "prairie", "sorrel", "juniper", "canyon", "fiddle", "harbor"]
NAMES = ["Brenda", "Dwayne", "Marisol", "Earl", "Tammy", "Ricky", "Lupe", "Darnell", "Crystal", "Hector", "Shonda",
         "Wade", "Yolanda", "Bubba", "Consuelo", "Travis"]


def words_pw(symbols: str = "!#%*") -> str:
    r = _rng()
    return r.choice(WORDS) + r.choice(symbols) + r.choice(WORDS) + str(r.randint(10, 9999))


def human_pw() -> str:
    r = _rng()
    return r.choice(NAMES + WORDS) + str(r.randint(1961, 2023)) + r.choice(["!", "#", "$", "!!", "*", ""]) if r.random() < 0.9 \
        else r.choice(NAMES) + r.choice(["+", "_"]) + r.choice(NAMES) + str(r.randint(1, 99))


def rand_pw(n: int = 20, extra: str = "") -> str:
    return mixed(n, ALNUM + extra)


def passphrase(sep: str = "-") -> str:
    r = _rng()
    return sep.join(r.sample(LOWER, 4)) + str(r.randint(2, 99))


def b64(value: str) -> str:
    return base64.b64encode(value.encode()).decode()


def b64_bytes(n: int) -> str:
    r = _rng()
    return base64.b64encode(bytes(r.getrandbits(8) for _ in range(n))).decode()


def uuid_s() -> str:
    return fakes.uuid4(_seed())


def pem(kind: str = "RSA", lines: int = 12) -> str:
    """A private key block; kind "" for PKCS#8 ("BEGIN PRIVATE KEY")."""
    r = _rng()
    label = f"{kind} PRIVATE KEY".strip()
    head = {"RSA": "MIIEpAIBAAKCAQEA", "EC": "MHcCAQEEI", "": "MIIEvQIBADANBgkqhkiG9w0BAQEFAASC",
            "OPENSSH": "b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW"}[kind]
    body = head + "".join(r.choice(ALNUM + "+/") for _ in range(64 * lines - len(head) - 20))
    rows = [body[i:i + 64] for i in range(0, len(body), 64)]
    if kind == "EC":
        rows = rows[:3]
        rows[-1] = rows[-1][:40] + "=="
    elif kind == "OPENSSH":
        rows = [row[:70] for row in rows[:5]]
        rows[-1] = rows[-1][:24] + "="
    else:
        rows[-1] = rows[-1][:44] + "=="
    return f"-----BEGIN {label}-----\n" + "\n".join(rows) + f"\n-----END {label}-----"


def cert_like(lines: int = 10) -> str:
    r = _rng()
    body = "MIID" + "".join(r.choice(ALNUM + "+/") for _ in range(64 * lines - 30))
    rows = [body[i:i + 64] for i in range(0, len(body), 64)]
    rows[-1] = rows[-1][:36] + "="
    return "-----BEGIN CERTIFICATE-----\n" + "\n".join(rows) + "\n-----END CERTIFICATE-----"


# vendor shapes -------------------------------------------------------------------------------------
def stripe_secret() -> str:
    return "sk_live_51" + mixed(97)


def stripe_restricted() -> str:
    return "rk_live_51" + mixed(97)


def stripe_publishable() -> str:
    return "pk_live_51" + mixed(97)


def stripe_webhook() -> str:
    return "whsec_" + mixed(32)


def square_token() -> str:
    return "EAAAE" + drawn(59, ALNUM + "-_")


def square_app_secret() -> str:
    return "sq0csp-" + drawn(43, ALNUM + "-_")


def shopify_token(prefix: str = "shpat_") -> str:
    return prefix + hexs(32)


def ebay_cert_id() -> str:
    h = hexs(28)
    return f"PRD-{h[:12]}-{h[12:16]}-{h[16:20]}-{h[20:24]}-{h[24:28]}"


def ebay_app_id(who: str, app: str) -> str:
    h = hexs(17)
    return f"{who}-{app}-PRD-{h[:9]}-{h[9:]}"


def ebay_refresh_token() -> str:
    inner = b64("1:" + hexs(32).upper() + "_0_1#E^260")
    return "v^1.1#i^1#I^3#r^1#f^0#p^3#t^Ul4xMF8" + inner


def lwa_secret() -> str:
    return "amzn1.oa2-cs.v1." + hexs(64)


def lwa_refresh() -> str:
    return "Atzr|IwEBI" + drawn(330, ALNUM + "-_")


def woo_key(prefix: str) -> str:
    return prefix + hexs(40)


def twilio_token() -> str:
    return hexs(32)


def twilio_sid(prefix: str = "AC") -> str:
    return prefix + hexs(32)


def sendgrid_key() -> str:
    return "SG." + drawn(22, ALNUM + "-_") + "." + drawn(43, ALNUM + "-_")


def mailgun_key() -> str:
    return f"{hexs(32)}-{hexs(8)}-{hexs(8)}"


def slack_webhook() -> str:
    up = string.ascii_uppercase + string.digits
    return ("https://hooks.slack.com/services/T" + drawn(10, up) + "/B" + drawn(10, up) + "/" + mixed(24))


def slack_bot() -> str:
    r = _rng()
    return f"xoxb-{r.randint(10**11, 10**12)}-{r.randint(10**12, 10**13)}-" + "".join(r.choice(ALNUM) for _ in range(24))


def discord_webhook() -> str:
    r = _rng()
    return f"https://discord.com/api/webhooks/{r.randint(10**17, 10**18)}/" + "".join(r.choice(ALNUM + "-_") for _ in range(68))


def teams_webhook(tenant: str) -> str:
    return (f"https://anchorpawn.webhook.office.com/webhookb2/{uuid_s()}@{tenant}/IncomingWebhook/"
            f"{hexs(32)}/{uuid_s()}/V2{mixed(43, ALNUM + '-_')}")


def aws_pair() -> tuple:
    return fakes.aws_key_id(_seed()), fakes.aws_secret_key(_seed())


def azure_storage_key() -> str:
    return b64_bytes(64)


def github_pat() -> str:
    return fakes.github_token(_seed())


def gitlab_pat() -> str:
    return "glpat-" + mixed(20, ALNUM + "-_")


def npm_token() -> str:
    return "npm_" + mixed(36)


def google_api_key() -> str:
    return "AIzaSy" + drawn(33, ALNUM + "-_")


def google_client_secret() -> str:
    return "GOCSPX-" + mixed(28, ALNUM + "-_")


def openai_key() -> str:
    return fakes.openai_key(_seed())


def anthropic_key() -> str:
    return "sk-ant-api03-" + drawn(93, ALNUM + "-_") + "AA"


def heartland_key() -> str:
    return "skapi_prod_" + mixed(42, ALNUM + "-_")


def paypal_secret() -> str:
    return "E" + mixed(79, ALNUM + "-_")


def onfido_token() -> str:
    return "api_live_us." + mixed(11, ALNUM + "-_") + "." + mixed(32, ALNUM + "-_")


def easypost_key() -> str:
    return "EZAK" + mixed(54)


def shippo_key() -> str:
    return "shippo_live_" + hexs(40)


def facebook_token() -> str:
    return "EAAG" + mixed(180)


def mapbox_token(prefix: str) -> str:
    payload = b64(json.dumps({"u": "anchorpawn", "a": drawn(25, LOWER_ALNUM)}, separators=(",", ":"))).rstrip("=")
    return f"{prefix}.{payload}.{mixed(22, ALNUM + '-_')}"


def datadog_key() -> str:
    return hexs(32)


def newrelic_user_key() -> str:
    return "NRAK-" + drawn(27, UPPER_ALNUM)


def do_token() -> str:
    return "dop_v1_" + hexs(64)


def okta_token() -> str:
    return "00" + mixed(40, ALNUM + "-_")


def laravel_key() -> str:
    return "base64:" + b64_bytes(32)


def telegram_token() -> str:
    return fakes.telegram_token(_seed())


CASES: List[LabelledCase] = []


def T(template: str, **values: str) -> str:
    """The template (a leading newline dropped) with each @@NAME@@ replaced by its value."""
    text = template.lstrip("\n")
    for key, value in values.items():
        marker = f"@@{key}@@"
        assert marker in text, key
        text = text.replace(marker, value)
    assert not re.search(r"@@[A-Z0-9_]+@@", text), text[:80]
    return text


def add(category: str, file_name: str, text: str, secret: Optional[str], source: str) -> None:
    CASES.append(LabelledCase(f"blind-ec/{category}", file_name, text, secret, source))


# ===================================================================================================
# Loan management back office: SQL Server, Delphi/.NET clients, nightly jobs
# ===================================================================================================
pw = words_pw()
add("ini/database-password", "deploy/store-014/PawnMaster.ini", T(r"""
; PawnMaster workstation settings - Store 014 (Broken Arrow)
; pushed by GPO, do not hand-edit on the counter PCs
[General]
StoreNumber=014
StoreName=Anchor Pawn & Gold - Broken Arrow
TicketPrinter=\\BA-POS01\Zebra_GK420t
ReceiptPrinter=EPSON TM-T88V Receipt
DefaultLoanTermDays=30
GracePeriodDays=30

[Database]
Provider=SQLOLEDB.1
Server=ba-sql01.anchorpawn.local\PAWNMASTER
Database=PawnMaster014
UserID=pm_counter
Password=@@PW@@
ConnectTimeout=15

[Police]
Agency=Broken Arrow PD
ExportFolder=D:\PawnMaster\Export\Police
ExportFormat=LEADS
""", PW=pw), pw, "Windows INI conventions; OLE DB SQLOLEDB provider connection keywords (Microsoft docs)")

pw = rand_pw(16, "!#$")
add("delphi-dfm/split-connection-string", "src/BravoSync/uDataModule.dfm", T(r"""
object dmMain: TdmMain
  OldCreateOrder = False
  Height = 318
  Width = 452
  object conPawn: TADOConnection
    ConnectionString =
      'Provider=SQLOLEDB.1;Password=@@P1@@' +
      '@@P2@@;Persist Security Info=True;User ID=bravo_sync;Initial Catalog=BravoPawn;Data So' +
      'urce=10.40.2.11,1433'
    LoginPrompt = False
    Provider = 'SQLOLEDB.1'
    Left = 40
    Top = 24
  end
  object qryOpenLoans: TADOQuery
    Connection = conPawn
    CursorType = ctStatic
    SQL.Strings = (
      'SELECT TicketNo, CustomerId, Principal, MaturityDate'
      'FROM dbo.Loans WHERE Status = '#39'OPEN'#39)
    Left = 136
    Top = 24
  end
end
""", P1=pw[:9], P2=pw[9:]), pw, "Delphi form (.dfm) text format, TADOConnection.ConnectionString split with '+' (Embarcadero docs)")

pw = human_pw()
add("xml/dotnet-connection-string", "src/LoanDesk/App.config", T(r"""
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <startup>
    <supportedRuntime version="v4.0" sku=".NETFramework,Version=v4.7.2" />
  </startup>
  <connectionStrings>
    <add name="LoanDeskDb"
         connectionString="Data Source=RB-SQL01\SQLEXPRESS;Initial Catalog=LoanDesk;User ID=loandesk_app;Password=@@PW@@;MultipleActiveResultSets=True"
         providerName="System.Data.SqlClient" />
  </connectionStrings>
  <appSettings>
    <add key="StoreId" value="RB-02" />
    <add key="ForfeitNoticeDays" value="10" />
    <add key="InterestRateMonthly" value="0.20" />
    <add key="ReceiptLogo" value="Resources\riverbend_logo_bw.bmp" />
  </appSettings>
</configuration>
""", PW=pw), pw, ".NET Framework App.config connectionStrings element (Microsoft docs)")

pw = words_pw("#*")
add("batch/sqlcmd-password", "scripts/nightly_backup.bat", T(r"""
@echo off
REM Nightly backup of the pawn database, copied to the NAS and pruned after 14 days
REM Scheduled task: "PawnDB Backup" 23:45 daily, runs as ANCHOR\svc_backup
setlocal
set STAMP=%DATE:~10,4%%DATE:~4,2%%DATE:~7,2%
set BAK=E:\Backups\PawnMaster_%STAMP%.bak

sqlcmd -S localhost\PAWNMASTER -U sa -P "@@PW@@" -Q "BACKUP DATABASE [PawnMaster014] TO DISK = N'%BAK%' WITH COMPRESSION, INIT"
if errorlevel 1 (
  echo Backup failed >> E:\Backups\backup.log
  exit /b 1
)

robocopy E:\Backups \\nas01\pawn-backups\store014 PawnMaster_%STAMP%.bak /R:3 /W:10
forfiles /p E:\Backups /m *.bak /d -14 /c "cmd /c del @path"
endlocal
""", PW=pw), pw, "sqlcmd utility -U/-P options (Microsoft docs); Windows batch")

key = azure_storage_key()
add("powershell/azure-storage-key", "scripts/Upload-ItemPhotos.ps1", T(r"""
<#
  Pushes the day's item photos (loan intake + buy counter) to blob storage so the
  website and the eBay lister can pick them up. Runs from Task Scheduler on each store server.
#>
param(
    [string]$PhotoRoot = "D:\PawnPhotos\Outgoing",
    [string]$Container = "item-photos"
)

Import-Module Az.Storage

$ctx = New-AzStorageContext -StorageAccountName "anchorpawnmedia" -StorageAccountKey "@@KEY@@"

Get-ChildItem -Path $PhotoRoot -Filter *.jpg | ForEach-Object {
    $blob = "$env:COMPUTERNAME/$($_.Name)"
    Set-AzStorageBlobContent -File $_.FullName -Container $Container -Blob $blob -Context $ctx -Force | Out-Null
    Move-Item $_.FullName "$PhotoRoot\..\Sent\" -Force
}
Write-Host "Uploaded photos for $env:COMPUTERNAME"
""", KEY=key), key, "Az.Storage New-AzStorageContext -StorageAccountKey (Microsoft docs)")

pw = rand_pw(14)
add("dsn/odbc-password", "deploy/odbc/PawnReports.dsn", T(r"""
[ODBC]
DRIVER=ODBC Driver 17 for SQL Server
UID=crystal_reports
PWD=@@PW@@
DATABASE=PawnMaster014
WSID=BA-OFFICE02
APP=Crystal Reports
Trusted_Connection=No
SERVER=ba-sql01.anchorpawn.local\PAWNMASTER
""", PW=pw), pw, "ODBC file DSN format (Microsoft docs), SQL Server ODBC connection keywords")

tok = twilio_token()
add("python/twilio-auth-token", "reminders/send_due_reminders.py", T(r'''
"""Text customers whose pawn loans mature in 3 days (runs 9am from cron on the back-office box)."""
import datetime as dt

import pyodbc
from twilio.rest import Client

ACCOUNT_SID = "@@SID@@"
AUTH_TOKEN = "@@TOK@@"
FROM_NUMBER = "+19185550142"

conn = pyodbc.connect("DSN=PawnMaster014;Trusted_Connection=yes")
client = Client(ACCOUNT_SID, AUTH_TOKEN)

due = dt.date.today() + dt.timedelta(days=3)
rows = conn.execute(
    "SELECT TicketNo, CustFirst, CellPhone, AmountDue FROM dbo.vLoansDue WHERE MaturityDate = ? AND SmsOptIn = 1",
    due,
).fetchall()

for ticket, first, phone, amount in rows:
    body = (f"Hi {first}, this is Anchor Pawn. Loan #{ticket} is due {due:%m/%d}. "
            f"${amount:,.2f} extends it 30 days. Reply STOP to opt out.")
    client.messages.create(to=phone, from_=FROM_NUMBER, body=body)
    print("sent", ticket)
''', SID=twilio_sid(), TOK=tok), tok, "Twilio Python helper library Client(account_sid, auth_token) (Twilio docs)")

sk_sid, sk_secret = twilio_sid("SK"), mixed(32)
add("js/twilio-api-key-secret", "services/notify/src/sms.js", T(r"""
'use strict';
// Loan maturity and layaway reminders. API key (not the account token) per Twilio's advice.
const twilio = require('twilio');

const client = twilio('@@KEYSID@@', '@@SECRET@@', {
  accountSid: '@@ACC@@',
});

async function sendReminder(to, ticket, dueDate) {
  return client.messages.create({
    to,
    messagingServiceSid: 'MG3f1e0c8a9b2d4c6e8f0a1b3c5d7e9f12',
    body: `Copperline Pawn: ticket ${ticket} is due ${dueDate}. Pay or extend at copperlinepawn.com/pay`,
  });
}

module.exports = { sendReminder };
""", KEYSID=sk_sid, SECRET=sk_secret, ACC=twilio_sid()), sk_secret, "Twilio Node library with API key SID/secret and accountSid option (Twilio docs)")

pw = words_pw()
add("sql/create-login-password", "db/migrations/V031__reporting_login.sql", T(r"""
-- V031: read-only login for the Power BI gateway (ticket IT-412)
USE [master];
GO
IF NOT EXISTS (SELECT 1 FROM sys.server_principals WHERE name = N'pbi_reader')
    CREATE LOGIN [pbi_reader] WITH PASSWORD = N'@@PW@@', CHECK_POLICY = ON, DEFAULT_DATABASE = [PawnMaster];
GO
USE [PawnMaster];
GO
CREATE USER [pbi_reader] FOR LOGIN [pbi_reader];
ALTER ROLE [db_datareader] ADD MEMBER [pbi_reader];
DENY SELECT ON SCHEMA::[pii] TO [pbi_reader];
GO
""", PW=pw), pw, "Transact-SQL CREATE LOGIN ... WITH PASSWORD (Microsoft docs)")

pw = human_pw()
add("r/database-password", "analysis/forfeiture_rates.R", T(r"""
# Forfeiture rate by category and loan size, last 24 months
library(DBI)
library(odbc)
library(dplyr)
library(ggplot2)

con <- dbConnect(odbc::odbc(),
                 Driver   = "ODBC Driver 17 for SQL Server",
                 Server   = "corp-sql02.mesagoldloan.local",
                 Database = "LoanWarehouse",
                 UID      = "analyst_dw",
                 PWD      = "@@PW@@",
                 Port     = 1433)

loans <- tbl(con, "fact_loan") %>%
  filter(opened_on >= Sys.Date() - 730) %>%
  select(category, principal, outcome) %>%
  collect()

rates <- loans %>%
  mutate(size = cut(principal, c(0, 50, 150, 500, Inf))) %>%
  group_by(category, size) %>%
  summarise(forfeit = mean(outcome == "FORFEIT"), n = n(), .groups = "drop")

ggplot(rates, aes(size, forfeit, fill = category)) + geom_col(position = "dodge")
ggsave("forfeiture_by_size.png", width = 9, height = 5)
dbDisconnect(con)
""", PW=pw), pw, "R DBI/odbc dbConnect with UID/PWD arguments (odbc package docs)")

key = drawn(32, LOWER_ALNUM)
nb = {
    "cells": [
        {"cell_type": "markdown", "metadata": {}, "source": ["# Spot gold vs. our buy price\n", "Check the counter buy sheet against the 90-day spot average."]},
        {"cell_type": "code", "execution_count": 1, "metadata": {}, "outputs": [], "source": [
            "import requests, pandas as pd\n",
            f"ACCESS_KEY = \"{key}\"\n",
            "r = requests.get('https://metals-api.com/api/timeseries', params={\n",
            "    'access_key': ACCESS_KEY, 'base': 'USD', 'symbols': 'XAU,XAG',\n",
            "    'start_date': '2024-01-01', 'end_date': '2024-03-31'})\n",
            "rates = pd.DataFrame(r.json()['rates']).T"]},
        {"cell_type": "code", "execution_count": 2, "metadata": {}, "outputs": [], "source": [
            "rates['usd_per_oz'] = 1 / rates['XAU']\n",
            "rates['buy_14k_per_g'] = rates['usd_per_oz'] / 31.1035 * 0.585 * 0.70\n",
            "rates[['usd_per_oz', 'buy_14k_per_g']].plot(figsize=(10, 4))"]},
    ],
    "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"},
                 "language_info": {"name": "python", "version": "3.11.4"}},
    "nbformat": 4, "nbformat_minor": 5,
}
add("notebook/metals-api-key", "notebooks/gold_buy_price_check.ipynb", json.dumps(nb, indent=1) + "\n", key,
    "Jupyter nbformat 4; Metals-API timeseries endpoint with access_key parameter (metals-api.com docs)")

key = "goldapi-" + drawn(14, LOWER_ALNUM) + "-io"
add("go/goldapi-key", "internal/spot/goldapi.go", T(r"""
package spot

import (
	"encoding/json"
	"fmt"
	"net/http"
	"time"
)

const goldAPIToken = "@@KEY@@"

type Quote struct {
	Metal     string  `json:"metal"`
	Price     float64 `json:"price"`
	PriceGram float64 `json:"price_gram_24k"`
	Timestamp int64   `json:"timestamp"`
}

var client = &http.Client{Timeout: 8 * time.Second}

// Fetch returns the current spot quote for "XAU" or "XAG" in USD.
func Fetch(metal string) (*Quote, error) {
	req, err := http.NewRequest("GET", fmt.Sprintf("https://www.goldapi.io/api/%s/USD", metal), nil)
	if err != nil {
		return nil, err
	}
	req.Header.Set("x-access-token", goldAPIToken)
	req.Header.Set("Content-Type", "application/json")
	resp, err := client.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	var q Quote
	return &q, json.NewDecoder(resp.Body).Decode(&q)
}
""", KEY=key), key, "GoldAPI.io REST endpoint /api/{metal}/{currency} with x-access-token header (goldapi.io docs)")

key = drawn(32, LOWER_ALNUM)
add("crontab/metals-api-key", "ops/crontab.backoffice", T(r"""
# m h dom mon dow  command
SHELL=/bin/bash
MAILTO=it@copperlinepawn.com

# refresh spot prices for the buy counter tablets every 15 minutes during store hours
*/15 8-19 * * 1-6  curl -fsS "https://metals-api.com/api/latest?access_key=@@KEY@@&base=USD&symbols=XAU,XAG,XPT" -o /srv/buyboard/spot.json
# nightly police export
30 23 * * *  /opt/pawn/bin/police_export.sh >> /var/log/pawn/police_export.log 2>&1
# weekly log cleanup
0 4 * * 0  find /var/log/pawn -name '*.log' -mtime +30 -delete
""", KEY=key), key, "crontab(5) format; Metals-API latest endpoint access_key query parameter")

key = laravel_key()
add("env/laravel-app-key", "portal/.env", T(r"""
APP_NAME="Riverbend Pawn Customer Portal"
APP_ENV=production
APP_KEY=@@KEY@@
APP_DEBUG=false
APP_URL=https://pay.riverbendpawn.com

LOG_CHANNEL=daily
LOG_LEVEL=warning

DB_CONNECTION=mysql
DB_HOST=127.0.0.1
DB_PORT=3306
DB_DATABASE=portal
DB_USERNAME=portal
DB_PASSWORD=${PORTAL_DB_PASSWORD}

SESSION_DRIVER=redis
QUEUE_CONNECTION=redis
REDIS_HOST=127.0.0.1

MAIL_MAILER=ses
MAIL_FROM_ADDRESS=noreply@riverbendpawn.com
""", KEY=key), key, "Laravel .env APP_KEY (base64: prefix, php artisan key:generate) (Laravel docs)")

key = hexs(32)
add("dockerfile/rails-master-key", "customer_portal/Dockerfile", T(r"""
FROM ruby:3.2-slim AS base
WORKDIR /rails
ENV RAILS_ENV=production \
    BUNDLE_DEPLOYMENT=1 \
    BUNDLE_WITHOUT=development:test

RUN apt-get update -qq && apt-get install -y --no-install-recommends build-essential libpq-dev curl \
    && rm -rf /var/lib/apt/lists/*

COPY Gemfile Gemfile.lock ./
RUN bundle install && rm -rf ~/.bundle/ "${BUNDLE_PATH}"/ruby/*/cache

COPY . .
# TODO(wade): move to a build secret once the Windows build box is gone
ENV RAILS_MASTER_KEY=@@KEY@@
RUN bundle exec bootsnap precompile app/ lib/ && ./bin/rails assets:precompile

EXPOSE 3000
CMD ["./bin/rails", "server", "-b", "0.0.0.0"]
""", KEY=key), key, "Rails encrypted credentials: RAILS_MASTER_KEY holds the 32-hex master key (Rails guides, Security)")

key = fakes.django_secret_key(_seed())
add("python/django-secret-key", "buyback/buyback/settings/production.py", T(r'''
from .base import *  # noqa

DEBUG = False
ALLOWED_HOSTS = ["buy.tradeupexchange.com", "admin.tradeupexchange.com"]

SECRET_KEY = "@@KEY@@"

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": "buyback",
        "USER": "buyback",
        "HOST": os.environ["PGHOST"],
        "PASSWORD": os.environ["PGPASSWORD"],
    }
}

CSRF_TRUSTED_ORIGINS = ["https://buy.tradeupexchange.com"]
SECURE_HSTS_SECONDS = 31536000
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
MEDIA_ROOT = "/srv/buyback/media"  # customer ID photos, see retention job
''', KEY=key), key, "Django settings SECRET_KEY (Django docs, deployment checklist)")
pw = rand_pw(24)
add("compose/postgres-password", "portal/docker-compose.prod.yml", T(r"""
services:
  db:
    image: postgres:15-alpine
    restart: unless-stopped
    environment:
      POSTGRES_DB: layaway
      POSTGRES_USER: layaway
      POSTGRES_PASSWORD: @@PW@@
    volumes:
      - pgdata:/var/lib/postgresql/data

  web:
    image: ghcr.io/bayou-bst/layaway-portal:2.8.1
    depends_on: [db]
    ports:
      - "127.0.0.1:8080:8080"
    environment:
      DATABASE_URL: postgres://layaway@db:5432/layaway
      PGPASSWORD_FILE: /run/secrets/pg
      STORE_TZ: America/Chicago

volumes:
  pgdata:
""", PW=pw), pw, "Docker official postgres image POSTGRES_PASSWORD variable (Docker Hub docs); Compose file reference")

pw = rand_pw(22)
url = f"postgresql://loans_api:{pw}@loans-db.internal.copperlinepawn.com:5432/loans?sslmode=require"
add("k8s-secret/database-url", "k8s/loans-api/secret.yaml", T(r"""
apiVersion: v1
kind: Secret
metadata:
  name: loans-api-db
  namespace: pawn-prod
  labels:
    app.kubernetes.io/name: loans-api
    app.kubernetes.io/part-of: copperline
type: Opaque
data:
  DATABASE_URL: @@B64@@
  DB_POOL_SIZE: MTU=
""", B64=b64(url)), pw, "Kubernetes Secret data values are base64 (kubernetes.io docs, Secrets)")

pw = redis = fakes.redis_password(_seed())
add("helm/redis-password", "charts/buyboard/values-prod.yaml", T(r"""
replicaCount: 2

image:
  repository: registry.gitlab.com/tradeup-exchange/buyboard
  tag: "1.14.0"

ingress:
  enabled: true
  className: nginx
  hosts:
    - host: buyboard.tradeupexchange.com
      paths: [{path: /, pathType: Prefix}]

redis:
  enabled: true
  architecture: standalone
  auth:
    enabled: true
    password: "@@PW@@"
  master:
    persistence:
      size: 2Gi

resources:
  limits: {cpu: 500m, memory: 512Mi}
""", PW=pw), pw, "Bitnami Redis chart values auth.password (Bitnami chart README)")

pw = words_pw("!%")
add("terraform/rds-master-password", "infra/terraform/rds.tf", T(r"""
resource "aws_db_subnet_group" "pawn" {
  name       = "pawn-ledger"
  subnet_ids = module.vpc.private_subnets
}

resource "aws_db_instance" "ledger" {
  identifier              = "pawn-ledger-prod"
  engine                  = "sqlserver-se"
  engine_version          = "15.00.4335.1.v1"
  instance_class          = "db.m5.large"
  license_model           = "license-included"
  allocated_storage       = 200
  username                = "ledger_admin"
  password                = "@@PW@@"
  db_subnet_group_name    = aws_db_subnet_group.pawn.name
  vpc_security_group_ids  = [aws_security_group.sql.id]
  backup_retention_period = 14
  deletion_protection     = true
  skip_final_snapshot     = false
  tags = {
    owner = "it"
    app   = "loan-ledger"
  }
}
""", PW=pw), pw, "Terraform AWS provider aws_db_instance username/password arguments (registry.terraform.io)")

pw = human_pw()
add("ansible/mssql-sa-password", "ansible/group_vars/store_servers.yml", T(r"""
---
# Store back-office servers (one per location)
timezone: "Central Standard Time"
mssql_instance: PAWNMASTER
mssql_version: 2019
mssql_sa_password: "@@PW@@"
mssql_backup_dir: 'E:\Backups'
pawnmaster_version: "9.4.2"
pawnmaster_share: '\\corp-fs01\installers\PawnMaster'
police_export_agency: LEADS
windows_updates_window: "Sun 02:00-05:00"
chocolatey_packages:
  - 7zip
  - winscp
  - googlechrome
  - adobereader
""", PW=pw), pw, "Ansible group_vars YAML (docs.ansible.com, inventory variables)")

pw = words_pw()
add("vba/access-connection", "reports/LoanAging.bas", T(r"""
Attribute VB_Name = "modLoanAging"
Option Compare Database
Option Explicit

' Pulls open loans into the local Access table used by the aging report.
Public Sub RefreshLoanAging()
    Dim cn As Object, rs As Object
    Set cn = CreateObject("ADODB.Connection")
    cn.Open "Provider=SQLOLEDB;Data Source=MG-SQL01;Initial Catalog=PawnMaster;" & _
            "User ID=access_rpt;Password=@@PW@@;"
    Set rs = cn.Execute("SELECT TicketNo, CustomerName, Principal, DATEDIFF(d, MaturityDate, GETDATE()) AS DaysPast " & _
                        "FROM dbo.vOpenLoans")
    CurrentDb.Execute "DELETE FROM tblLoanAging", dbFailOnError
    Do While Not rs.EOF
        CurrentDb.Execute "INSERT INTO tblLoanAging VALUES ('" & rs!TicketNo & "','" & _
            Replace(rs!CustomerName, "'", "''") & "'," & rs!Principal & "," & rs!DaysPast & ")"
        rs.MoveNext
    Loop
    rs.Close: cn.Close
End Sub
""", PW=pw), pw, "VBA ADODB.Connection.Open with an OLE DB connection string (Microsoft docs)")

pw = rand_pw(16, "#$%")
add("properties/smtp-password", "receipts/src/main/resources/mail.properties", T(r"""
# Email receipts and forfeiture notices
mail.smtp.host=smtp.office365.com
mail.smtp.port=587
mail.smtp.auth=true
mail.smtp.starttls.enable=true
mail.smtp.user=receipts@mesagoldloan.com
mail.smtp.password=@@PW@@
mail.from=Mesa Gold & Loan <receipts@mesagoldloan.com>
mail.bcc.archive=archive@mesagoldloan.com
notice.forfeit.template=templates/forfeit_notice.html
""", PW=pw), pw, "JavaMail mail.smtp.* properties (Jakarta Mail docs)")

key = sendgrid_key()
add("python/sendgrid-key", "notify/forfeit_notices.py", T(r'''
import os
from sendgrid import SendGridAPIClient
from sendgrid.helpers.mail import Mail

SENDGRID_API_KEY = os.environ.get("SENDGRID_API_KEY", "@@KEY@@")
TEMPLATE_ID = "d-4c2f7e1a9b8d4e3f8a6c5b2d1e0f9a7c"


def send_forfeit_notice(email: str, name: str, ticket: str, item: str, forfeit_date: str) -> int:
    message = Mail(from_email="notices@bayoubuyselltrade.com", to_emails=email)
    message.template_id = TEMPLATE_ID
    message.dynamic_template_data = {
        "name": name,
        "ticket": ticket,
        "item": item,
        "forfeit_date": forfeit_date,
    }
    response = SendGridAPIClient(SENDGRID_API_KEY).send(message)
    return response.status_code
''', KEY=key), key, "SendGrid v3 API keys (SG. prefix) and the sendgrid-python client (SendGrid docs)")

key = mailgun_key()
add("php/mailgun-key", "wp-content/plugins/rb-layaway/includes/class-mailer.php", T(r"""
<?php
/**
 * Layaway payment receipts sent through Mailgun.
 */
if ( ! defined( 'ABSPATH' ) ) {
    exit;
}

class RB_Layaway_Mailer {
    const DOMAIN  = 'mg.riverbendpawn.com';
    const API_KEY = '@@KEY@@';

    public static function send_receipt( $to, $subject, $html ) {
        $response = wp_remote_post( 'https://api.mailgun.net/v3/' . self::DOMAIN . '/messages', array(
            'headers' => array(
                'Authorization' => 'Basic ' . base64_encode( 'api:' . self::API_KEY ),
            ),
            'body'    => array(
                'from'    => 'Riverbend Pawn <receipts@riverbendpawn.com>',
                'to'      => $to,
                'subject' => $subject,
                'html'    => $html,
            ),
        ) );
        return ! is_wp_error( $response ) && 200 === wp_remote_retrieve_response_code( $response );
    }
}
""", KEY=key), key, "Mailgun Messages API with HTTP Basic api:<key> (Mailgun docs)")

tok = uuid_s()
add("ruby/postmark-token", "app/mailers/postmark_client.rb", T(r"""
require "postmark"

# Layaway and repair-ticket emails. Server: "Copperline Transactional"
module PostmarkClient
  SERVER_TOKEN = "@@TOK@@".freeze

  def self.client
    @client ||= Postmark::ApiClient.new(SERVER_TOKEN, http_open_timeout: 5, http_read_timeout: 10)
  end

  def self.layaway_receipt(customer, payment)
    client.deliver_with_template(
      from: "layaway@copperlinepawn.com",
      to: customer.email,
      template_alias: "layaway-receipt",
      template_model: {
        name: customer.first_name,
        amount: format("%.2f", payment.amount),
        balance: format("%.2f", payment.balance_after),
        ticket: payment.layaway_number
      }
    )
  end
end
""", TOK=tok), tok, "Postmark server API token and postmark-gem ApiClient (Postmark docs)")

hook = slack_webhook()
add("python/slack-webhook", "alerts/high_value_intake.py", T(r'''
"""Post to #intake-review when a single buy or loan is over the review threshold."""
import json
import urllib.request

WEBHOOK_URL = "@@HOOK@@"
THRESHOLD = 2500.00


def notify(ticket: dict) -> None:
    if ticket["amount"] < THRESHOLD:
        return
    text = (f":rotating_light: *{ticket['kind'].upper()}* ${ticket['amount']:,.2f} at store {ticket['store']}\n"
            f"{ticket['description']} - clerk {ticket['clerk']} - ticket {ticket['number']}")
    req = urllib.request.Request(WEBHOOK_URL, data=json.dumps({"text": text}).encode(),
                                 headers={"Content-Type": "application/json"})
    urllib.request.urlopen(req, timeout=5)
''', HOOK=hook), hook, "Slack incoming webhooks (api.slack.com/messaging/webhooks)")

hook = teams_webhook(uuid_s())
add("powershell/teams-webhook", "scripts/Send-DailyLoanSummary.ps1", T(r"""
# Posts yesterday's loan/buy/forfeit totals per store to the Ops Teams channel.
$ErrorActionPreference = 'Stop'
$webhook = '@@HOOK@@'

$rows = Invoke-Sqlcmd -ServerInstance 'corp-sql01' -Database 'PawnWarehouse' -Query @'
SELECT StoreName, NewLoans, LoanDollars, Buys, BuyDollars, Forfeits
FROM rpt.DailySummary WHERE BusinessDate = CAST(DATEADD(day,-1,GETDATE()) AS date)
'@

$facts = $rows | ForEach-Object {
    @{ name = $_.StoreName; value = "Loans $($_.NewLoans) (`$$($_.LoanDollars)) | Buys $($_.Buys) | Forfeits $($_.Forfeits)" }
}
$card = @{
    '@type'    = 'MessageCard'
    '@context' = 'http://schema.org/extensions'
    summary    = 'Daily loan summary'
    sections   = @(@{ activityTitle = "Daily summary $(Get-Date -Format d)"; facts = $facts })
}
Invoke-RestMethod -Uri $webhook -Method Post -Body ($card | ConvertTo-Json -Depth 6) -ContentType 'application/json'
""", HOOK=hook), hook, "Microsoft Teams incoming webhook connector (Microsoft Learn)")

hook = discord_webhook()
add("js/discord-webhook", "bots/new-arrivals/index.mjs", T(r"""
// Posts newly priced showroom items to our Discord #new-arrivals channel every hour.
import fetch from 'node-fetch';
import { getNewlyPriced } from './inventory.mjs';

const WEBHOOK = '@@HOOK@@';

export async function run() {
  const items = await getNewlyPriced({ sinceMinutes: 60 });
  for (const item of items) {
    await fetch(WEBHOOK, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({
        username: 'TradeUp Exchange',
        embeds: [{
          title: item.title,
          url: `https://shop.tradeupexchange.com/p/${item.sku}`,
          description: `${item.condition} - $${item.price}`,
          thumbnail: { url: item.photo },
        }],
      }),
    });
  }
}
""", HOOK=hook), hook, "Discord webhook execute endpoint (discord.com/developers/docs/resources/webhook)")

tok = telegram_token()
add("shell/telegram-bot-token", "ops/bin/alarm_notify.sh", T(r"""
#!/usr/bin/env bash
# Called by the alarm panel bridge when a zone trips after hours.
set -euo pipefail

BOT_TOKEN="@@TOK@@"
CHAT_ID="-1001874412290"
ZONE="${1:-unknown}"
STORE="$(hostname -s)"

msg="ALARM ${STORE}: zone ${ZONE} tripped at $(date '+%H:%M:%S'). Check cameras: https://nvr.${STORE}.lan"
curl -fsS -X POST "https://api.telegram.org/bot${BOT_TOKEN}/sendMessage" \
  -d chat_id="${CHAT_ID}" \
  --data-urlencode text="${msg}" > /dev/null
""", TOK=tok), tok, "Telegram Bot API sendMessage, bot token format (core.telegram.org/bots/api)")

sec = mixed(40)
add("env/quickbooks-client-secret", "accounting-sync/.env.production", T(r"""
# QuickBooks Online sync: daily journal entries for loans, interest, forfeits
QBO_ENVIRONMENT=production
QBO_CLIENT_ID=ABx8kq2Tz4dMvN7pW1sR9yL3cF6hJ0gU5eK2aQ8iO4nX7bV1m
QBO_CLIENT_SECRET=@@SEC@@
QBO_REDIRECT_URI=https://acct.mesagoldloan.com/qbo/callback
QBO_REALM_ID=9130357284719462
JOURNAL_CLASS=Pawn Ops
SYNC_HOUR=5
""", SEC=sec), sec, "Intuit QuickBooks Online OAuth 2.0 client id/secret (developer.intuit.com)")

sec = google_client_secret()
cid = f"{random.Random(_seed()).randint(10**11, 10**12)}-{drawn(32, LOWER_ALNUM)}.apps.googleusercontent.com"
add("json/google-oauth-client-secret", "staff-portal/config/client_secret.json", json.dumps({"web": {
    "client_id": cid, "project_id": "anchorpawn-staff", "auth_uri": "https://accounts.google.com/o/oauth2/auth",
    "token_uri": "https://oauth2.googleapis.com/token",
    "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs", "client_secret": sec,
    "redirect_uris": ["https://staff.anchorpawn.com/oauth2/callback"],
    "javascript_origins": ["https://staff.anchorpawn.com"]}}, indent=2) + "\n", sec,
    "Google OAuth client_secret.json download format (Google Identity docs)")

tok = okta_token()
add("yaml/okta-api-token", "sso/okta-sync.yml", T(r"""
# Nightly sync: Okta groups -> PawnMaster clerk roles
okta:
  org_url: https://tradeupexchange.okta.com
  api_token: @@TOK@@
  groups:
    - name: Store-Managers
      pawnmaster_role: MANAGER
    - name: Store-Clerks
      pawnmaster_role: CLERK
    - name: Loss-Prevention
      pawnmaster_role: LP_READONLY
pawnmaster:
  server: corp-sql01
  database: PawnMaster
  integrated_security: true
dry_run: false
""", TOK=tok), tok, "Okta API tokens (SSWS) for the management API (developer.okta.com)")

key = datadog_key()
add("yaml/datadog-agent-api-key", "ops/datadog/datadog.yaml", T(r"""
## Datadog Agent - store back-office servers
api_key: @@KEY@@
site: datadoghq.com
hostname_fqdn: true
tags:
  - env:prod
  - team:store-it
  - role:store-server
logs_enabled: true
process_config:
  process_collection:
    enabled: true
windows_counter_refresh_interval: 60
""", KEY=key), key, "Datadog Agent datadog.yaml api_key (docs.datadoghq.com)")

key = newrelic_user_key()
add("terraform/newrelic-user-key", "infra/monitoring/providers.tf", T(r"""
terraform {
  required_providers {
    newrelic = {
      source  = "newrelic/newrelic"
      version = "~> 3.30"
    }
  }
}

provider "newrelic" {
  account_id = 3958221
  api_key    = "@@KEY@@"
  region     = "US"
}

resource "newrelic_alert_policy" "pos" {
  name                = "POS and payment terminals"
  incident_preference = "PER_CONDITION"
}
""", KEY=key), key, "New Relic Terraform provider api_key (NRAK- user key) (registry.terraform.io/providers/newrelic)")
tok = github_pat()
add("bash-history/github-pat", "ops/notes/jenkins-build01.bash_history", T(r"""
cd /opt/builds
ls -la
git clone https://github.com/anchor-pawn/pawn-website.git
cd pawn-website
git remote set-url origin https://anchor-ci:@@TOK@@@github.com/anchor-pawn/pawn-website.git
git pull
npm ci
npm run build
rsync -av dist/ www01:/var/www/anchorpawn/
history | tail
exit
""", TOK=tok), tok, "GitHub personal access tokens (ghp_) used in an HTTPS remote URL (GitHub docs)")

tok = npm_token()
add("npmrc/npm-token", "packages/ticket-printer/.npmrc", T(r"""
registry=https://registry.npmjs.org/
@copperline:registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=@@TOK@@
save-exact=true
engine-strict=true
fund=false
""", TOK=tok), tok, "npm .npmrc _authToken and npm_ access tokens (docs.npmjs.com)")

tok = fakes.pypi_token(_seed())
add("pypirc/pypi-token", "libs/leads-export/.pypirc", T(r"""
[distutils]
index-servers =
    pypi
    internal

[pypi]
username = __token__
password = @@TOK@@

[internal]
repository = https://nexus.anchorpawn.local/repository/pypi-internal/
username = deploy
""", TOK=tok), tok, "The .pypirc file with a PyPI API token as password (packaging.python.org)")

akid, secret = aws_pair()
add("ini/aws-credentials", "ops/store-servers/aws/credentials", T(r"""
[default]
region = us-east-2

[photo-sync]
aws_access_key_id = @@AKID@@
aws_secret_access_key = @@SECRET@@
region = us-east-2

[glacier-backup]
role_arn = arn:aws:iam::418372905561:role/pawn-backup-writer
source_profile = photo-sync
""", AKID=akid, SECRET=secret), secret, "AWS shared credentials file (docs.aws.amazon.com/cli, configuration files)")

akid, secret = aws_pair()
add("python/aws-keys", "lister/photo_upload.py", T(r'''
import mimetypes
from pathlib import Path

import boto3

s3 = boto3.client(
    "s3",
    region_name="us-east-1",
    aws_access_key_id="@@AKID@@",
    aws_secret_access_key="@@SECRET@@",
)
BUCKET = "tradeup-listing-photos"


def upload_item_photos(sku: str, folder: Path) -> list:
    urls = []
    for i, photo in enumerate(sorted(folder.glob("*.jpg")), start=1):
        key = f"items/{sku}/{i:02d}{photo.suffix.lower()}"
        s3.upload_file(str(photo), BUCKET, key,
                       ExtraArgs={"ContentType": mimetypes.guess_type(photo.name)[0] or "image/jpeg"})
        urls.append(f"https://{BUCKET}.s3.amazonaws.com/{key}")
    return urls
''', AKID=akid, SECRET=secret), secret, "boto3 client aws_access_key_id/aws_secret_access_key arguments (boto3 docs)")

key = pem("")
sa = {"type": "service_account", "project_id": "copperline-vision", "private_key_id": hexs(40),
      "private_key": key + "\n", "client_email": "item-tagger@copperline-vision.iam.gserviceaccount.com",
      "client_id": str(random.Random(_seed()).randint(10**20, 10**21)),
      "auth_uri": "https://accounts.google.com/o/oauth2/auth", "token_uri": "https://oauth2.googleapis.com/token",
      "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",
      "client_x509_cert_url": "https://www.googleapis.com/robot/v1/metadata/x509/item-tagger%40copperline-vision.iam.gserviceaccount.com",
      "universe_domain": "googleapis.com"}
# (in the JSON file the key's newlines are written as \n: the label is a line of its body, which a
# finding holds whether it reports the value as written or decoded)
add("json/gcp-service-account", "tagger/keys/item-tagger-sa.json", json.dumps(sa, indent=2) + "\n", key.splitlines()[1],
    "Google Cloud service account key file (cloud.google.com/iam/docs/keys-create-delete)")

key = google_api_key()
add("python/google-vision-server-key", "tagger/label_items.py", T(r'''
"""Suggest a category and keywords for intake photos with Cloud Vision (server side only)."""
import base64
import sys

import requests

VISION_KEY = "@@KEY@@"
ENDPOINT = f"https://vision.googleapis.com/v1/images:annotate?key={VISION_KEY}"


def labels(path: str) -> list:
    with open(path, "rb") as fh:
        content = base64.b64encode(fh.read()).decode()
    body = {"requests": [{"image": {"content": content},
                          "features": [{"type": "LABEL_DETECTION", "maxResults": 10},
                                       {"type": "LOGO_DETECTION", "maxResults": 3}]}]}
    resp = requests.post(ENDPOINT, json=body, timeout=15).json()["responses"][0]
    return [l["description"] for l in resp.get("labelAnnotations", [])] + \
           [l["description"] for l in resp.get("logoAnnotations", [])]


if __name__ == "__main__":
    print(labels(sys.argv[1]))
''', KEY=key), key, "Cloud Vision REST images:annotate with an API key (cloud.google.com/vision/docs)")

key = openai_key()
add("python/openai-key", "lister/describe.py", T(r'''
from openai import OpenAI

client = OpenAI(api_key="@@KEY@@")

PROMPT = """You write eBay listings for a pawn shop. Be factual, mention wear, never invent specs.
Item: {title}
Condition notes from the clerk: {notes}
Tested: {tested}"""


def describe(title: str, notes: str, tested: str) -> str:
    resp = client.chat.completions.create(
        model="gpt-4o-mini",
        messages=[{"role": "user", "content": PROMPT.format(title=title, notes=notes, tested=tested)}],
        temperature=0.3,
        max_tokens=400,
    )
    return resp.choices[0].message.content.strip()
''', KEY=key), key, "OpenAI Python SDK OpenAI(api_key=...) and project key shape (platform.openai.com docs)")

key = anthropic_key()
add("ts/anthropic-key", "lister-web/src/server/describe.ts", T(r"""
import Anthropic from '@anthropic-ai/sdk';

const anthropic = new Anthropic({
  apiKey: '@@KEY@@',
});

export interface IntakeItem {
  title: string;
  brand?: string;
  notes: string;
  photos: number;
}

export async function draftListing(item: IntakeItem): Promise<string> {
  const msg = await anthropic.messages.create({
    model: 'claude-3-5-haiku-latest',
    max_tokens: 500,
    messages: [{
      role: 'user',
      content: `Draft a resale listing for: ${item.title} (${item.brand ?? 'unbranded'}). Clerk notes: ${item.notes}`,
    }],
  });
  return msg.content.map((b) => ('text' in b ? b.text : '')).join('');
}
""", KEY=key), key, "Anthropic TypeScript SDK apiKey option, sk-ant-api03- key shape (docs.anthropic.com)")

tok = mixed(40, ALNUM + "_-")
add("tfvars/cloudflare-api-token", "infra/dns/prod.auto.tfvars", T(r"""
cloudflare_api_token = "@@TOK@@"
zone_name            = "riverbendpawn.com"
origin_ip            = "203.0.113.48"
www_proxied          = true
mx_records = [
  { priority = 10, value = "riverbendpawn-com.mail.protection.outlook.com" },
]
""", TOK=tok), tok, "Cloudflare API tokens used by the Terraform cloudflare provider (developers.cloudflare.com)")

tok = do_token()
add("yaml/doctl-token", "ops/doctl/config.yaml", T(r"""
access-token: @@TOK@@
context: default
auth-contexts:
  default: @@TOK@@
output: text
apps:
  create:
    spec: .do/app.yaml
""", TOK=tok), tok, "doctl config.yaml access-token, dop_v1_ personal access tokens (docs.digitalocean.com)")

key = pem("OPENSSH", 6)
add("text/openssh-deploy-key", "deploy/keys/id_ed25519_www", key + "\n", key, "OpenSSH private key format (openssh PROTOCOL.key)")

key = pem("RSA", 14)
add("k8s/sftp-client-key", "k8s/police-export/sftp-key.yaml", T(r"""
apiVersion: v1
kind: Secret
metadata:
  name: police-export-sftp
  namespace: compliance
type: kubernetes.io/ssh-auth
stringData:
  ssh-privatekey: |
@@KEY@@
  known_hosts: |
    sftp.leadsonline.com ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIHc3bD9vF1qYx0pRz7Wm2K5uTn8sLeJ4aGiO6dHyQ2fB
""", KEY="\n".join("    " + line for line in key.splitlines())), key,
    "Kubernetes ssh-auth Secret type (kubernetes.io docs); PEM RSA private key")

tok = hexs(64)
add("ini/sentry-auth-token", "lister-web/.sentryclirc", T(r"""
[defaults]
url = https://sentry.io/
org = tradeup-exchange
project = lister-web

[auth]
token = @@TOK@@
""", TOK=tok), tok, "sentry-cli .sentryclirc [auth] token (docs.sentry.io/cli/configuration)")

tok = gitlab_pat()
add("gitlab-ci/gitlab-pat", ".gitlab-ci.yml", T(r"""
stages: [test, build, release]

variables:
  DOCKER_DRIVER: overlay2
  RELEASE_BOT_TOKEN: "@@TOK@@"

test:
  stage: test
  image: python:3.12
  script:
    - pip install -r requirements-dev.txt
    - pytest -q

build:
  stage: build
  image: docker:24
  services: [docker:24-dind]
  script:
    - docker build -t $CI_REGISTRY_IMAGE:$CI_COMMIT_SHORT_SHA .
    - docker push $CI_REGISTRY_IMAGE:$CI_COMMIT_SHORT_SHA

release:
  stage: release
  image: alpine:3.19
  rules: [{if: $CI_COMMIT_TAG}]
  script:
    - apk add --no-cache curl
    - 'curl --fail --header "PRIVATE-TOKEN: $RELEASE_BOT_TOKEN" --data "name=$CI_COMMIT_TAG&tag_name=$CI_COMMIT_TAG" "$CI_API_V4_URL/projects/$CI_PROJECT_ID/releases"'
""", TOK=tok), tok, "GitLab personal access tokens (glpat-) and the PRIVATE-TOKEN header (docs.gitlab.com)")

pw = rand_pw(18)
auth = b64("anchor-ci:" + pw)
add("docker-config/registry-auth", "ci/docker/config.json", T(r"""
{
  "auths": {
    "registry.anchorpawn.com": {
      "auth": "@@AUTH@@"
    }
  },
  "HttpHeaders": {
    "User-Agent": "Docker-Client/24.0.7 (linux)"
  },
  "credsStore": ""
}
""", AUTH=auth), auth, "Docker config.json auths.<registry>.auth = base64(user:password) (docs.docker.com)")

pw = human_pw()
add("netrc/ftp-password", "ops/police-export/.netrc", T(r"""
machine ftp.bwirapid.example-agency.gov
  login ABQ-PAWN-0147
  password @@PW@@

machine nas01.riverbendpawn.local
  login backup
  password ${NAS_PASSWORD}
""", PW=pw), pw, "netrc(5) file format (GNU inetutils ftp manual)")

pw = rand_pw(20)
add("pgpass/postgres-password", "ops/pgpass.conf", T(r"""
# hostname:port:database:username:password
# used by the nightly pg_dump of the layaway portal
127.0.0.1:5432:layaway:layaway_backup:@@PW@@
replica.bayou.internal:5432:*:reporting:*
# local peer auth for postgres superuser - no password needed
""", PW=pw), pw, "PostgreSQL password file .pgpass format (postgresql.org docs, libpq-pgpass)")
# ===================================================================================================
# Police stolen-goods reporting: LeadsOnline, BWI RAPID, city SFTP drops
# ===================================================================================================
pw = rand_pw(14, "-_.")
add("winscp-script/sftp-password", "scripts/leads_upload.txt", T(r"""
# WinSCP script - daily LeadsOnline transaction upload
# run: winscp.com /ini=nul /log=D:\PawnMaster\Export\winscp.log /script=D:\PawnMaster\scripts\leads_upload.txt
option batch abort
option confirm off
open sftp://anchor014:@@PW@@@sftp.leadsonline.com/ -hostkey="ssh-ed25519 255 Jd1vX0h2cP8ZkqL3mWnR5yT7uE9oI4aS6dF1gH2jK3l"
cd /incoming
lcd D:\PawnMaster\Export\Police
put -delete *.xml
close
exit
""", PW=pw), pw, "WinSCP scripting: open sftp://user:password@host with -hostkey (winscp.net/eng/docs/scriptcommand_open)")

pw = words_pw("!#")
add("python/bwi-basic-auth", "compliance/rapid_upload.py", T(r'''
"""Submit the day's buy/pawn transactions to BWI RAPID (city ordinance 14-7 reporting)."""
import datetime as dt
import sys

import requests

RAPID_URL = "https://rapid.bwiwebservices.example/api/v2/transactions"
RAPID_USER = "RB-PAWN-STORE2"
RAPID_PASS = "@@PW@@"


def upload(batch_path: str) -> None:
    with open(batch_path, "rb") as fh:
        resp = requests.post(
            RAPID_URL,
            auth=(RAPID_USER, RAPID_PASS),
            files={"file": (f"rb2_{dt.date.today():%Y%m%d}.xml", fh, "application/xml")},
            timeout=60,
        )
    resp.raise_for_status()
    print("accepted", resp.json().get("batchId"))


if __name__ == "__main__":
    upload(sys.argv[1])
''', PW=pw), pw, "requests HTTP Basic auth tuple (requests docs, Authentication)")

pw = human_pw()
add("xml/filezilla-site-password", "ops/filezilla/sitemanager.xml", T(r"""
<?xml version="1.0" encoding="UTF-8" standalone="yes" ?>
<FileZilla3 version="3.66.4" platform="windows">
    <Servers>
        <Server>
            <Host>pawndata.cityofmesa.example.gov</Host>
            <Port>22</Port>
            <Protocol>1</Protocol>
            <Type>0</Type>
            <User>mesagold_03</User>
            <Pass encoding="base64">@@B64@@</Pass>
            <Logontype>1</Logontype>
            <PasvMode>MODE_DEFAULT</PasvMode>
            <EncodingType>Auto</EncodingType>
            <BypassProxy>0</BypassProxy>
            <Name>City pawn data drop</Name>
            <RemoteDir>1 0 8 incoming</RemoteDir>
            <SyncBrowsing>0</SyncBrowsing>
            <DirectoryComparison>0</DirectoryComparison>
        </Server>
    </Servers>
</FileZilla3>
""", B64=b64(pw)), pw, "FileZilla sitemanager.xml <Pass encoding=\"base64\"> (FileZilla wiki)")

pw = rand_pw(12)
add("xml/soap-password", "compliance/samples/SubmitTransactions.request.xml", T(r"""
<?xml version="1.0" encoding="utf-8"?>
<soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/"
               xmlns:lo="http://www.leadsonline.com/webservices/">
  <soap:Header>
    <lo:AuthHeader>
      <lo:StoreID>48213</lo:StoreID>
      <lo:UserName>copperline.upload</lo:UserName>
      <lo:Password>@@PW@@</lo:Password>
    </lo:AuthHeader>
  </soap:Header>
  <soap:Body>
    <lo:SubmitTransactions>
      <lo:Transactions>
        <lo:Transaction type="PAWN" ticket="C-118842" date="2024-04-02T14:11:00">
          <lo:Item category="JEWELRY" description="14K YG ROPE CHAIN 22IN 18.4G" serial="" />
          <lo:Customer idType="DL" idState="OK" lastName="SAMPLE" />
        </lo:Transaction>
      </lo:Transactions>
    </lo:SubmitTransactions>
  </soap:Body>
</soap:Envelope>
""", PW=pw), pw, "SOAP 1.1 envelope with an authentication header (W3C SOAP 1.1 note)")

pw = words_pw()
add("csharp/network-credential", "src/PoliceExport/ExportUploader.cs", T(r"""
using System;
using System.IO;
using System.Net;

namespace Anchor.PoliceExport
{
    /// <summary>Uploads the nightly police export to the county FTPS drop.</summary>
    public static class ExportUploader
    {
        private const string Host = "ftps://pawnreports.tulsacounty.example.gov/incoming/";
        private static readonly NetworkCredential Credential =
            new NetworkCredential("anchor_pawn_014", "@@PW@@");

        public static void Upload(string path)
        {
            var request = (FtpWebRequest)WebRequest.Create(Host + Path.GetFileName(path));
            request.Method = WebRequestMethods.Ftp.UploadFile;
            request.Credentials = Credential;
            request.EnableSsl = true;
            request.UsePassive = true;

            using (var source = File.OpenRead(path))
            using (var target = request.GetRequestStream())
            {
                source.CopyTo(target);
            }
            using (var response = (FtpWebResponse)request.GetResponse())
            {
                Console.WriteLine($"{Path.GetFileName(path)}: {response.StatusDescription}");
            }
        }
    }
}
""", PW=pw), pw, "System.Net.NetworkCredential(user, password) with FtpWebRequest (Microsoft docs)")

pw = rand_pw(16, "!@#")
add("java/jdbc-password", "police-batch/src/main/java/com/bayoubst/police/BatchConfig.java", T(r"""
package com.bayoubst.police;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/** Reads the day's tickets for the Louisiana pawn report export. */
public final class BatchConfig {

    static final String JDBC_URL =
        "jdbc:sqlserver://bst-sql01:1433;databaseName=PawnMaster;encrypt=true;trustServerCertificate=true";
    static final String JDBC_USER = "police_batch";
    static final String JDBC_PASSWORD = "@@PW@@";

    static final String REPORT_DIR = "/var/spool/police-export";
    static final int AGENCY_ORI = 0;

    private BatchConfig() {}

    static Connection open() throws SQLException {
        return DriverManager.getConnection(JDBC_URL, JDBC_USER, JDBC_PASSWORD);
    }
}
""", PW=pw), pw, "JDBC DriverManager.getConnection(url, user, password); mssql-jdbc URL syntax (Microsoft docs)")

pw = human_pw()
add("systemd/environment-password", "ops/systemd/rapid-export.service", T(r"""
[Unit]
Description=BWI RAPID nightly transaction export
After=network-online.target
Wants=network-online.target

[Service]
Type=oneshot
User=pawnexport
WorkingDirectory=/opt/rapid-export
Environment=RAPID_USER=RB-PAWN-STORE1
Environment=RAPID_PASSWORD=@@PW@@
Environment=EXPORT_DIR=/var/spool/rapid
ExecStart=/opt/rapid-export/venv/bin/python -m rapid_export --since yesterday

[Install]
WantedBy=multi-user.target
""", PW=pw), pw, "systemd.exec Environment= directive (freedesktop.org systemd docs)")

tok = mixed(48, ALNUM)
add("kotlin/bearer-token", "holds-sync/src/main/kotlin/HoldListClient.kt", T(r"""
package com.tradeup.holds

import java.net.URI
import java.net.http.HttpClient
import java.net.http.HttpRequest
import java.net.http.HttpResponse
import java.time.Duration

/** Pulls police hold orders (items that must not be sold) from the county property portal. */
class HoldListClient(private val http: HttpClient = HttpClient.newHttpClient()) {

    private val token = "@@TOK@@"

    fun fetchHolds(storeId: String): String {
        val request = HttpRequest.newBuilder(URI.create("https://property.okcounty.example.gov/api/holds?store=$storeId"))
            .header("Authorization", "Bearer $token")
            .header("Accept", "application/json")
            .timeout(Duration.ofSeconds(20))
            .GET()
            .build()
        val response = http.send(request, HttpResponse.BodyHandlers.ofString())
        check(response.statusCode() == 200) { "holds: HTTP ${response.statusCode()}" }
        return response.body()
    }
}
""", TOK=tok), tok, "RFC 6750 bearer token in an Authorization header; java.net.http.HttpClient (JDK docs)")

pw = words_pw("!#*")
add("bash-history/curl-user-password", "ops/notes/backoffice-02.bash_history", T(r"""
sudo systemctl status rapid-export
journalctl -u rapid-export --since today | tail -50
ls -la /var/spool/rapid
curl -v -u 'RB-PAWN-STORE2:@@PW@@' -F file=@/var/spool/rapid/rb2_20240402.xml https://rapid.bwiwebservices.example/api/v2/transactions
curl -s -u 'RB-PAWN-STORE2:@@PW@@' https://rapid.bwiwebservices.example/api/v2/batches?limit=5 | jq .
sudo systemctl restart rapid-export
exit
""", PW=pw), pw, "curl -u user:password (curl man page)")

pw = human_pw()
add("markdown/runbook-password", "docs/runbooks/police-reporting.md", T(r"""
# Police reporting - store runbook

Every pawn and buy must reach LeadsOnline within 24 hours (city ordinance). The export runs at 23:30
from the store server; if it fails, the manager on duty re-sends it by hand.

## Manual re-send

1. Open PawnMaster > Reports > Police Export, pick yesterday, click **Export**.
2. Log in at https://www.leadsonline.com with the store account:
   - Store ID: `48213`
   - User: `copperline.manager`
   - Password: `@@PW@@`
3. Upload > Batch file > choose `D:\PawnMaster\Export\Police\*.xml`.
4. Note the batch number in the shift log.

## If LeadsOnline rejects the file

- "Missing ID" - the customer record has no ID scan; re-scan the license in the ID scanner tab.
- "Invalid serial" - serial field has a placeholder like `N/A`; clear it.

Escalate to it@copperlinepawn.com.
""", PW=pw), pw, "Markdown runbook; a store login written in a wiki page")

pw = words_pw("!%")
add("powershell/securestring-plaintext", "scripts/Send-PoliceExport.ps1", T(r"""
# Nightly: SFTP the police export with Posh-SSH
Import-Module Posh-SSH

$user = 'mesagold_03'
$pass = ConvertTo-SecureString '@@PW@@' -AsPlainText -Force
$cred = New-Object System.Management.Automation.PSCredential ($user, $pass)

$session = New-SFTPSession -ComputerName 'pawndata.cityofmesa.example.gov' -Credential $cred -AcceptKey
try {
    Get-ChildItem 'D:\Export\Police\*.csv' | ForEach-Object {
        Set-SFTPItem -SessionId $session.SessionId -Path $_.FullName -Destination '/incoming' -Force
        Move-Item $_.FullName 'D:\Export\Police\sent\' -Force
    }
}
finally {
    Remove-SFTPSession -SessionId $session.SessionId | Out-Null
}
""", PW=pw), pw, "ConvertTo-SecureString -AsPlainText and PSCredential (Microsoft docs); Posh-SSH New-SFTPSession")

pw = rand_pw(15, "-_")
add("ansible/lftp-password", "ansible/roles/police_export/tasks/main.yml", T(r"""
---
- name: Install lftp
  ansible.builtin.package:
    name: lftp
    state: present

- name: Export directory
  ansible.builtin.file:
    path: /var/spool/police-export
    state: directory
    owner: pawnexport
    mode: "0750"

- name: Nightly upload cron
  ansible.builtin.cron:
    name: police-export-upload
    user: pawnexport
    minute: "40"
    hour: "23"
    job: >-
      lftp -u bayoubst_upload,@@PW@@ -e "set ssl:verify-certificate yes; mirror -R --Remove-source-files
      /var/spool/police-export /incoming; quit" ftps://lapawn.example.gov
""", PW=pw), pw, "lftp -u user,password (lftp man page); ansible.builtin.cron module")

pw = words_pw("#%")
add("github-actions/sftp-password", ".github/workflows/police-export-test.yml", T(r"""
name: police-export

on:
  push:
    paths: ["police_export/**"]
  workflow_dispatch:

jobs:
  integration:
    runs-on: ubuntu-latest
    env:
      SFTP_HOST: test-sftp.leadsonline.com
      SFTP_USER: tradeup_test
      SFTP_PASSWORD: "@@PW@@"
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-python@v5
        with:
          python-version: "3.12"
      - run: pip install -e ".[test]"
      - name: Round-trip a sample batch
        run: pytest -q tests/integration/test_sftp_roundtrip.py
""", PW=pw), pw, "GitHub Actions workflow syntax, jobs.<id>.env (docs.github.com)")
# ===================================================================================================
# ID scanners and identity verification
# ===================================================================================================
key = mixed(40)
add("csharp/idscan-secret-key", "src/Counter/IdVerification/DiveClient.cs", T(r"""
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text;
using System.Threading.Tasks;
using Newtonsoft.Json;

namespace Riverbend.Counter.IdVerification
{
    // IDScan.net DIVE: verify the license the clerk just scanned before a buy over $100.
    public class DiveClient
    {
        private const string BaseUrl = "https://dvs2.idware.net/api/v4/Verify";
        private const string SecretKey = "@@KEY@@";
        private static readonly HttpClient Http = new HttpClient();

        public async Task<DiveResult> VerifyAsync(DiveRequest request)
        {
            var msg = new HttpRequestMessage(HttpMethod.Post, BaseUrl)
            {
                Content = new StringContent(JsonConvert.SerializeObject(request), Encoding.UTF8, "application/json")
            };
            msg.Headers.Authorization = new AuthenticationHeaderValue("Bearer", SecretKey);
            var resp = await Http.SendAsync(msg);
            resp.EnsureSuccessStatusCode();
            return JsonConvert.DeserializeObject<DiveResult>(await resp.Content.ReadAsStringAsync());
        }
    }
}
""", KEY=key), key, "IDScan.net DIVE Online API, Bearer secret key (docs.idscan.net)")

key = hexs(32)
add("yaml/intellicheck-api-key", "counter-app/config/idcheck.yml", T(r"""
# ID checks at the buy counter
provider: intellicheck
intellicheck:
  endpoint: https://api.intellicheck.example.com/v1/identity/verify
  customer_id: ANCHORPAWN
  api_key: "@@KEY@@"
  timeout_seconds: 12
  checks:
    - barcode
    - ocr_match
    - expiration
rules:
  min_age: 18
  require_scan_over_usd: 50
  reject_expired: true
  store_images_days: 0
""", KEY=key), key, "Intellicheck identity API key in a client config (vendor integration guide)")

pw = words_pw("!#")
add("json/acuant-credentials", "idkiosk/appsettings.Production.json", T(r"""
{
  "Logging": { "LogLevel": { "Default": "Warning" } },
  "Acuant": {
    "AssureIdEndpoint": "https://us.assureid.acuant.net",
    "PassiveLivenessEndpoint": "https://us.passlive.acuant.net",
    "SubscriptionId": "a3c5e7f9-1b2d-4f6a-8c0e-2d4f6a8b0c1e",
    "Username": "svc_kiosk@mesagoldloan.com",
    "Password": "@@PW@@",
    "UseTls12": true
  },
  "Kiosk": {
    "StoreCode": "MG-03",
    "RequireSelfie": false,
    "PrinterName": "EPSON TM-T20III"
  }
}
""", PW=pw), pw, "Acuant AssureID Connect basic-auth credentials and subscription id (Acuant developer docs)")

tok = onfido_token()
add("ruby/onfido-api-token", "app/services/identity_check.rb", T(r"""
require "onfido"

# Online buy-offers: verify sellers before we print a prepaid shipping label.
class IdentityCheck
  def initialize
    @api = Onfido::API.new(
      api_key: "@@TOK@@",
      region: :us
    )
  end

  def start(seller)
    applicant = @api.applicant.create(first_name: seller.first_name, last_name: seller.last_name,
                                      email: seller.email)
    @api.workflow_run.create(workflow_id: "5d8b2f1e-7a43-4c09-9e61-0b3a2c7d4e8f",
                             applicant_id: applicant["id"])
  end
end
""", TOK=tok), tok, "Onfido API tokens (api_live_<region>.) and onfido-ruby Onfido::API (documentation.onfido.com)")

sec = mixed(32)
add("properties/jumio-api-secret", "verify-svc/src/main/resources/application-prod.properties", T(r"""
server.port=8443
spring.application.name=verify-svc
jumio.base-url=https://account.amer-1.jumio.ai
jumio.api-token=d3a8c1f4-52b7-4e96-8f0d-6c2e9a1b7f35
jumio.api-secret=@@SEC@@
jumio.user-agent=TradeUpExchange VerifySvc/2.3
jumio.callback-url=https://verify.tradeupexchange.com/jumio/callback
management.endpoints.web.exposure.include=health,info
""", SEC=sec), sec, "Jumio API token and secret used with HTTP Basic auth (Jumio KYX docs)")

sec = uuid_s()
add("js/veriff-shared-secret", "services/kyc/veriff-webhook.js", T(r"""
const crypto = require('crypto');
const express = require('express');

const router = express.Router();
const VERIFF_API_KEY = 'b1f7c2d9-0e4a-4b58-8f3c-6a2d1e9b7c40';
const VERIFF_SHARED_SECRET = '@@SEC@@';

function validSignature(rawBody, signature) {
  const expected = crypto.createHmac('sha256', VERIFF_SHARED_SECRET).update(rawBody).digest('hex');
  return crypto.timingSafeEqual(Buffer.from(expected), Buffer.from(signature || ''));
}

router.post('/veriff/decision', express.raw({ type: 'application/json' }), (req, res) => {
  if (req.get('x-auth-client') !== VERIFF_API_KEY || !validSignature(req.body, req.get('x-hmac-signature'))) {
    return res.sendStatus(401);
  }
  const { verification } = JSON.parse(req.body);
  console.log('veriff', verification.id, verification.status);
  res.sendStatus(200);
});

module.exports = router;
""", SEC=sec), sec, "Veriff webhooks: X-AUTH-CLIENT and X-HMAC-SIGNATURE with the shared secret key (developers.veriff.com)")

key = "persona_production_" + mixed(40)
add("go/persona-api-key", "cmd/kyc-worker/persona.go", T(r"""
package main

import (
	"bytes"
	"encoding/json"
	"net/http"
)

const personaAPIKey = "@@KEY@@"
const personaTemplate = "itmpl_Kq7wN2xYzR9vB4mT6cJ8hL1d"

func createInquiry(referenceID string) (string, error) {
	body, _ := json.Marshal(map[string]any{
		"data": map[string]any{"attributes": map[string]any{
			"inquiry-template-id": personaTemplate,
			"reference-id":        referenceID,
		}},
	})
	req, _ := http.NewRequest("POST", "https://withpersona.com/api/v1/inquiries", bytes.NewReader(body))
	req.Header.Set("Authorization", "Bearer "+personaAPIKey)
	req.Header.Set("Persona-Version", "2023-01-05")
	req.Header.Set("Content-Type", "application/json")
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return "", err
	}
	defer resp.Body.Close()
	var out struct{ Data struct{ ID string } }
	return out.Data.ID, json.NewDecoder(resp.Body).Decode(&out)
}
""", KEY=key), key, "Persona API keys (persona_production_ prefix) as a Bearer token (docs.withpersona.com)")

key = mixed(40)
add("plist/id-scanner-secret", "ios/CounterScan/Info.plist", T(r"""
<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
<dict>
	<key>CFBundleDisplayName</key>
	<string>Counter Scan</string>
	<key>CFBundleIdentifier</key>
	<string>com.copperlinepawn.counterscan</string>
	<key>CFBundleShortVersionString</key>
	<string>3.1.0</string>
	<key>NSCameraUsageDescription</key>
	<string>Scan the customer's ID barcode and item serial numbers.</string>
	<key>DiveSecretKey</key>
	<string>@@KEY@@</string>
	<key>BackendBaseURL</key>
	<string>https://api.copperlinepawn.com</string>
</dict>
</plist>
""", KEY=key), key, "Apple Info.plist property list format (developer.apple.com); IDScan.net DIVE secret key")

sec = b64_bytes(32)
add("kotlin/hmac-signing-secret", "android/app/src/main/java/com/tradeup/scan/UploadSigner.kt", T(r"""
package com.tradeup.scan

import android.util.Base64
import javax.crypto.Mac
import javax.crypto.spec.SecretKeySpec

/**
 * Signs ID-scan uploads from the counter tablets so the backend can tell them from forged posts.
 */
object UploadSigner {
    private const val SIGNING_SECRET = "@@SEC@@"

    fun sign(storeId: String, timestamp: Long, bodySha256: String): String {
        val mac = Mac.getInstance("HmacSHA256")
        mac.init(SecretKeySpec(Base64.decode(SIGNING_SECRET, Base64.DEFAULT), "HmacSHA256"))
        val message = "$storeId\n$timestamp\n$bodySha256"
        return Base64.encodeToString(mac.doFinal(message.toByteArray()), Base64.NO_WRAP)
    }
}
""", SEC=sec), sec, "HMAC-SHA256 request signing with javax.crypto.Mac (Android/JDK docs)")
# ===================================================================================================
# Online resale: marketplaces, storefronts, shipping, search
# ===================================================================================================
cert = ebay_cert_id()
add("yaml/ebay-cert-id", "lister/ebay.yaml", T(r"""
name: ebay_api_config

# Production - Anchor Pawn eBay store "anchorpawnandgold"
api.ebay.com:
    compatability: 719
    appid: @@APPID@@
    certid: @@CERT@@
    devid: 7c1e9f3a-2b5d-4e8f-a6c0-d9b4e2f1a8c7
    token: ${EBAY_AUTH_TOKEN}

# Sandbox
api.sandbox.ebay.com:
    compatability: 719
    appid: AnchorPa-Lister-SBX-0a1b2c3d4-5e6f7a8b
    certid: ${EBAY_SANDBOX_CERT}
    devid: 7c1e9f3a-2b5d-4e8f-a6c0-d9b4e2f1a8c7
""", APPID=ebay_app_id("AnchorPa", "Lister"), CERT=cert), cert,
    "ebaysdk-python ebay.yaml layout (appid/certid/devid/token); eBay Cert ID = client secret (developer.ebay.com)")

tok = ebay_refresh_token()
add("python/ebay-refresh-token", "lister/ebay_oauth.py", T(r'''
import base64

import requests

CLIENT_ID = "@@APPID@@"
CLIENT_SECRET_ENV = "EBAY_CERT_ID"
REFRESH_TOKEN = "@@TOK@@"
SCOPES = " ".join([
    "https://api.ebay.com/oauth/api_scope/sell.inventory",
    "https://api.ebay.com/oauth/api_scope/sell.fulfillment",
])


def access_token(client_secret: str) -> str:
    basic = base64.b64encode(f"{CLIENT_ID}:{client_secret}".encode()).decode()
    resp = requests.post(
        "https://api.ebay.com/identity/v1/oauth2/token",
        headers={"Authorization": f"Basic {basic}", "Content-Type": "application/x-www-form-urlencoded"},
        data={"grant_type": "refresh_token", "refresh_token": REFRESH_TOKEN, "scope": SCOPES},
        timeout=20,
    )
    resp.raise_for_status()
    return resp.json()["access_token"]
''', APPID=ebay_app_id("TradeUpE", "Sync"), TOK=tok), tok, "eBay OAuth refresh_token grant (developer.ebay.com, Using a refresh token)")

tok = shopify_token("shpat_")
add("env/shopify-admin-token", "shop-sync/.env", T(r"""
SHOPIFY_STORE=riverbend-pawn.myshopify.com
SHOPIFY_API_VERSION=2024-04
SHOPIFY_ADMIN_TOKEN=@@TOK@@
SHOPIFY_LOCATION_ID=71843962981
# only sync items that have been out of police hold for 30+ days
HOLD_DAYS=30
PAWNMASTER_DSN=PawnMaster-RB
""", TOK=tok), tok, "Shopify custom app Admin API access token (shpat_) (shopify.dev)")

sec = shopify_token("shpss_")
add("ruby/shopify-app-secret", "config/initializers/shopify_app.rb", T(r"""
ShopifyApp.configure do |config|
  config.application_name = "Copperline Consign"
  config.old_secret = ""
  config.scope = "read_products,write_products,read_inventory,write_inventory,read_orders"
  config.embedded_app = true
  config.after_authenticate_job = false
  config.api_version = "2024-04"
  config.shop_session_repository = "Shop"
  config.reauth_on_access_scope_changes = true
  config.api_key = "9f4e2a7c1b8d3f6e0a5c2b9d7e1f4a3c"
  config.secret = "@@SEC@@"
  config.webhooks = [
    { topic: "orders/paid", address: "webhooks/orders_paid" },
    { topic: "app/uninstalled", address: "webhooks/app_uninstalled" }
  ]
end
""", SEC=sec), sec, "shopify_app gem initializer api_key/secret (github.com/Shopify/shopify_app docs)")

sec = lwa_secret()
add("json/amazon-lwa-secret", "marketplace/amazon/credentials.json", T(r"""
{
  "refresh_token_env": "SPAPI_REFRESH_TOKEN",
  "lwa_app_id": "amzn1.application-oa2-client.4f7c2a9e1b3d45f6a8c0e2d4b6f8a0c1",
  "lwa_client_secret": "@@SEC@@",
  "marketplace_ids": ["ATVPDKIKX0DER"],
  "seller_id": "A2K9QX7ZP4M1NB",
  "region": "NA",
  "endpoint": "https://sellingpartnerapi-na.amazon.com"
}
""", SEC=sec), sec, "Selling Partner API LWA credentials (amzn1.oa2-cs.v1. client secret) (developer-docs.amazon.com/sp-api)")

tok = lwa_refresh()
add("python/amazon-refresh-token", "marketplace/amazon/inventory_push.py", T(r'''
import os

from sp_api.api import ListingsItems
from sp_api.base import Marketplaces

credentials = dict(
    refresh_token="@@TOK@@",
    lwa_app_id="amzn1.application-oa2-client.4f7c2a9e1b3d45f6a8c0e2d4b6f8a0c1",
    lwa_client_secret=os.environ["LWA_CLIENT_SECRET"],
)

SELLER_ID = "A2K9QX7ZP4M1NB"


def push_price(sku: str, price: float) -> None:
    ListingsItems(credentials=credentials, marketplace=Marketplaces.US).patch_listings_item(
        sellerId=SELLER_ID,
        sku=sku,
        marketplaceIds=["ATVPDKIKX0DER"],
        body={"productType": "PRODUCT", "patches": [{
            "op": "replace", "path": "/attributes/purchasable_offer",
            "value": [{"currency": "USD", "our_price": [{"schedule": [{"value_with_tax": price}]}]}],
        }]},
    )
''', TOK=tok), tok, "python-amazon-sp-api credentials dict (refresh_token Atzr|...) (python-amazon-sp-api docs)")

ck, cs = woo_key("ck_"), woo_key("cs_")
add("php/woocommerce-consumer-secret", "sync/woo_push.php", T(r"""
<?php
require __DIR__ . '/vendor/autoload.php';

use Automattic\WooCommerce\Client;

$woocommerce = new Client(
    'https://shop.mesagoldloan.com',
    '@@CK@@',
    '@@CS@@',
    ['version' => 'wc/v3', 'timeout' => 30]
);

// Forfeited items cleared for sale -> WooCommerce drafts for the e-commerce clerk to finish.
$items = json_decode(file_get_contents('php://stdin'), true);
foreach ($items as $item) {
    $woocommerce->post('products', [
        'name'          => $item['title'],
        'status'        => 'draft',
        'sku'           => $item['sku'],
        'regular_price' => number_format($item['price'], 2, '.', ''),
        'description'   => $item['notes'],
        'categories'    => [['id' => (int) $item['category_id']]],
    ]);
    echo "draft {$item['sku']}\n";
}
""", CK=ck, CS=cs), cs, "WooCommerce REST API consumer key/secret (ck_/cs_) with automattic/woocommerce client (woocommerce.github.io)")

tok = hexs(64)
add("shell/reverb-token", "scripts/reverb_bump.sh", T(r"""
#!/bin/sh
# Drop the price of guitars listed on Reverb more than 45 days by 5%.
REVERB_TOKEN="@@TOK@@"
API=https://api.reverb.com/api

curl -s -H "Authorization: Bearer $REVERB_TOKEN" -H "Accept-Version: 3.0" -H "Accept: application/hal+json" \
  "$API/my/listings?state=live&per_page=100" |
  jq -r '.listings[] | select((now - (.published_at | fromdateiso8601)) > 3888000) | "\(.id) \(.price.amount)"' |
  while read -r id amount; do
    new=$(echo "$amount * 0.95" | bc)
    curl -s -X PUT -H "Authorization: Bearer $REVERB_TOKEN" -H "Accept-Version: 3.0" \
      -H "Content-Type: application/hal+json" -d "{\"price\":{\"amount\":\"$new\",\"currency\":\"USD\"}}" \
      "$API/listings/$id" > /dev/null && echo "listing $id -> $new"
  done
""", TOK=tok), tok, "Reverb API personal access token as Bearer with Accept-Version (reverb.com/page/api)")

tok = mixed(40)
add("python/discogs-token", "records/price_lookup.py", T(r'''
"""Look up Discogs median prices for a stack of records the buy counter is appraising."""
import csv
import sys
import time

import discogs_client

d = discogs_client.Client("BayouBSTAppraiser/1.2", user_token="@@TOK@@")


def median_price(release_id: int):
    stats = d.release(release_id).marketplace_stats
    return stats.lowest_price.value if stats.lowest_price else None


if __name__ == "__main__":
    writer = csv.writer(sys.stdout)
    for line in sys.stdin:
        rid = int(line.strip())
        writer.writerow([rid, median_price(rid)])
        time.sleep(1.1)  # 60 requests/min
''', TOK=tok), tok, "python3-discogs-client Client(user_agent, user_token=...) personal access token (discogs.com/developers)")

tok = facebook_token()
add("js/facebook-page-token", "catalog/fb-catalog-sync.js", T(r"""
// Sync showroom inventory to the Facebook/Instagram commerce catalog (Marketplace shops).
const axios = require('axios');

const CATALOG_ID = '1184739201846573';
const ACCESS_TOKEN = '@@TOK@@';
const GRAPH = 'https://graph.facebook.com/v19.0';

async function upsert(items) {
  const requests = items.map((it) => ({
    method: 'UPDATE',
    retailer_id: it.sku,
    data: {
      name: it.title,
      description: it.description,
      availability: it.qty > 0 ? 'in stock' : 'out of stock',
      condition: 'used',
      price: Math.round(it.price * 100),
      currency: 'USD',
      image_url: it.photo,
      url: `https://shop.tradeupexchange.com/p/${it.sku}`,
    },
  }));
  const { data } = await axios.post(`${GRAPH}/${CATALOG_ID}/batch`, { requests, access_token: ACCESS_TOKEN });
  return data.handles;
}

module.exports = { upsert };
""", TOK=tok), tok, "Meta Graph API catalog batch endpoint with access_token (developers.facebook.com)")

key = shippo_key()
add("ts/shippo-live-key", "shipping/src/labels.ts", T(r"""
import { Shippo } from 'shippo';

const shippo = new Shippo({ apiKeyHeader: 'ShippoToken @@KEY@@' });

const FROM = {
  name: 'Copperline Pawn - Online Sales',
  street1: '2210 S Sheridan Rd',
  city: 'Tulsa',
  state: 'OK',
  zip: '74129',
  country: 'US',
};

export async function buyLabel(to: Record<string, string>, weightOz: number, insuredValue: number) {
  const shipment = await shippo.shipments.create({
    addressFrom: FROM,
    addressTo: to,
    parcels: [{ length: '10', width: '8', height: '4', distanceUnit: 'in', weight: String(weightOz), massUnit: 'oz' }],
    extra: { insurance: { amount: insuredValue.toFixed(2), currency: 'USD' }, signatureConfirmation: 'STANDARD' },
    async: false,
  });
  const rate = shipment.rates.find((r) => r.attributes.includes('CHEAPEST')) ?? shipment.rates[0];
  return shippo.transactions.create({ rate: rate.objectId, labelFileType: 'PDF_4x6', async: false });
}
""", KEY=key), key, "Shippo API tokens (shippo_live_) and ShippoToken auth header (docs.goshippo.com)")

key = easypost_key()
add("ruby/easypost-key", "lib/tasks/insured_labels.rake", T(r"""
require "easypost"

namespace :shipping do
  desc "Buy insured labels for jewelry orders paid today"
  task insured_labels: :environment do
    client = EasyPost::Client.new(api_key: "@@KEY@@")

    Order.paid_today.jewelry.find_each do |order|
      shipment = client.shipment.create(
        from_address: Warehouse.address_hash,
        to_address: order.ship_to_hash,
        parcel: { weight: order.weight_oz, predefined_package: "SmallFlatRateBox" },
        options: { delivery_confirmation: "ADULT_SIGNATURE" }
      )
      bought = client.shipment.buy(shipment.id, rate: shipment.lowest_rate(%w[USPS]), insurance: order.total.to_s)
      order.update!(tracking: bought.tracking_code, label_url: bought.postage_label.label_url)
    end
  end
end
""", KEY=key), key, "EasyPost production API keys (EZAK) and EasyPost::Client (docs.easypost.com)")

key, sec = hexs(32), hexs(32)
add("php/shipstation-basic", "includes/shipstation.php", T(r"""
<?php
// ShipStation: push paid web orders from the pawn site so the warehouse can pick/ship.
define('SS_API_KEY', '@@KEY@@');
define('SS_API_SECRET', '@@SEC@@');

function ss_request($method, $path, $body = null) {
    $ch = curl_init('https://ssapi.shipstation.com' . $path);
    curl_setopt_array($ch, [
        CURLOPT_CUSTOMREQUEST  => $method,
        CURLOPT_RETURNTRANSFER => true,
        CURLOPT_USERPWD        => SS_API_KEY . ':' . SS_API_SECRET,
        CURLOPT_HTTPHEADER     => ['Content-Type: application/json'],
        CURLOPT_TIMEOUT        => 30,
    ]);
    if ($body !== null) {
        curl_setopt($ch, CURLOPT_POSTFIELDS, json_encode($body));
    }
    $out = curl_exec($ch);
    curl_close($ch);
    return json_decode($out, true);
}
""", KEY=key, SEC=sec), sec, "ShipStation API key/secret via HTTP Basic (shipstation.com/docs/api)")

key = hexs(32)
add("js/algolia-admin-key", "search/scripts/reindex.js", T(r"""
#!/usr/bin/env node
// Full reindex of the showroom inventory. Admin key: write access, server side only.
const algoliasearch = require('algoliasearch');
const { loadInventory } = require('../lib/inventory');

const client = algoliasearch('Q4K8ZP2M7X', '@@KEY@@');
const index = client.initIndex('showroom_items');

(async () => {
  const items = await loadInventory({ status: 'FOR_SALE' });
  const records = items.map((i) => ({
    objectID: i.sku,
    title: i.title,
    category: i.category,
    price: i.price,
    store: i.storeName,
    _tags: i.tags,
  }));
  await index.replaceAllObjects(records, { safe: true });
  await index.setSettings({ searchableAttributes: ['title', 'category'], customRanking: ['desc(price)'] });
  console.log(`indexed ${records.length} items`);
})();
""", KEY=key), key, "Algolia JavaScript client algoliasearch(appId, adminApiKey) (algolia.com/doc)")

key, sec = str(random.Random(_seed()).randint(10**14, 10**15)), mixed(27, ALNUM + "-_")
add("env/cloudinary-url", "showroom-web/.env.local", T(r"""
NEXT_PUBLIC_SITE_NAME="Bayou Buy Sell Trade"
NEXT_PUBLIC_CLOUDINARY_CLOUD=bayoubst
CLOUDINARY_URL=cloudinary://@@KEY@@:@@SEC@@@bayoubst
INVENTORY_API=http://localhost:4000
REVALIDATE_SECONDS=300
""", KEY=key, SEC=sec), sec, "Cloudinary CLOUDINARY_URL=cloudinary://api_key:api_secret@cloud_name (cloudinary.com/documentation)")

tok = mapbox_token("sk")
add("shell/mapbox-secret-token", "store-locator/scripts/upload_tiles.sh", T(r"""
#!/usr/bin/env bash
# Upload the store-locations tileset (secret token with uploads:write; never ship it to the browser)
set -euo pipefail
export MAPBOX_ACCESS_TOKEN="@@TOK@@"

tilesets upload-source anchorpawn store-locations data/stores.geojson.ld --replace
tilesets publish anchorpawn.store-locations
echo "published $(date -u +%FT%TZ)"
""", TOK=tok), tok, "Mapbox secret tokens (sk.) and the tilesets CLI MAPBOX_ACCESS_TOKEN (docs.mapbox.com)")

key = mixed(32, ALNUM + "-_")
add("compose/meilisearch-master-key", "search/docker-compose.yml", T(r"""
version: "3.8"
services:
  meilisearch:
    image: getmeili/meilisearch:v1.7
    restart: always
    environment:
      MEILI_ENV: production
      MEILI_MASTER_KEY: "@@KEY@@"
      MEILI_NO_ANALYTICS: "true"
    ports:
      - "127.0.0.1:7700:7700"
    volumes:
      - ./meili_data:/meili_data
""", KEY=key), key, "Meilisearch MEILI_MASTER_KEY environment variable (meilisearch.com/docs)")
# ===================================================================================================
# Payments: gateways, card terminals, online payments
# ===================================================================================================
key = stripe_secret()
add("python/stripe-secret-key", "portal/payments/stripe_extend.py", T(r'''
"""Online loan extensions: customer pays the interest/fee, we extend the maturity date 30 days."""
import stripe

stripe.api_key = "@@KEY@@"
stripe.api_version = "2024-04-10"


def create_extension_intent(ticket_no: str, fee_cents: int, customer_email: str) -> str:
    intent = stripe.PaymentIntent.create(
        amount=fee_cents,
        currency="usd",
        receipt_email=customer_email,
        description=f"Loan extension {ticket_no}",
        metadata={"ticket": ticket_no, "kind": "extension"},
        automatic_payment_methods={"enabled": True},
    )
    return intent.client_secret
''', KEY=key), key, "Stripe secret API keys (sk_live_) and stripe-python api_key (stripe.com/docs/keys)")

key = stripe_restricted()
add("k8s-secret/stripe-restricted-key", "k8s/payments/stripe-secret.yaml", T(r"""
apiVersion: v1
kind: Secret
metadata:
  name: stripe
  namespace: payments
  annotations:
    owner: "online-sales"
type: Opaque
data:
  STRIPE_RESTRICTED_KEY: @@B64@@
  STRIPE_ACCOUNT_COUNTRY: VVM=
""", B64=b64(key)), key, "Stripe restricted keys (rk_live_); Kubernetes Secret base64 data (kubernetes.io)")

sec = stripe_webhook()
add("env/stripe-webhook-secret", "layaway-api/.env.production", T(r"""
NODE_ENV=production
PORT=4000
STRIPE_PUBLISHABLE_KEY=@@PK@@
STRIPE_SECRET_KEY=${STRIPE_SECRET_KEY}
STRIPE_WEBHOOK_SECRET=@@SEC@@
LAYAWAY_MIN_DEPOSIT_PCT=20
LAYAWAY_MAX_DAYS=90
""", PK=stripe_publishable(), SEC=sec), sec, "Stripe webhook endpoint signing secrets (whsec_) (stripe.com/docs/webhooks)")

tok = square_token()
add("yaml/square-access-token", "pos-bridge/config/square.yml", T(r"""
square:
  environment: production
  access_token: @@TOK@@
  application_id: sq0idp-7hQ2vX9kLm3Np8TzR4wYcA
  locations:
    broken_arrow: L8R4XW2K9QZ3M
    sand_springs: LQ7T2PZ6X1N4B
  terminal:
    device_ids:
      - 318CS22510003217
      - 318CS22510003354
  receipt_footer: "All sales final on firearms. 30-day warranty on electronics."
""", TOK=tok), tok, "Square production access tokens (EAAA...) (developer.squareup.com)")

sec = square_app_secret()
add("json/square-oauth-secret", "marketplace-connector/config/square-oauth.json", T(r"""
{
  "applicationId": "sq0idp-Wq3zK8mT1pX5vR9bN2cL7d",
  "applicationSecret": "@@SEC@@",
  "redirectUri": "https://connect.tradeupexchange.com/square/callback",
  "scopes": ["MERCHANT_PROFILE_READ", "PAYMENTS_READ", "ITEMS_READ", "ITEMS_WRITE", "INVENTORY_WRITE"],
  "environment": "production"
}
""", SEC=sec), sec, "Square OAuth application secret (sq0csp-) (developer.squareup.com/docs/oauth-api)")

key = heartland_key()
add("xml/heartland-secret-api-key", "src/Counter.Payments/Web.config", T(r"""
<?xml version="1.0"?>
<configuration>
  <appSettings>
    <add key="Payments:Gateway" value="Heartland" />
    <add key="Heartland:SecretApiKey" value="@@KEY@@" />
    <add key="Heartland:DeveloperId" value="002914" />
    <add key="Heartland:VersionNumber" value="3026" />
    <add key="Heartland:ServiceUrl" value="https://api2.heartlandportico.com" />
    <add key="Receipt:MerchantName" value="MESA GOLD AND LOAN #3" />
  </appSettings>
  <system.web>
    <compilation debug="false" targetFramework="4.8" />
    <customErrors mode="RemoteOnly" />
  </system.web>
</configuration>
""", KEY=key), key, "Heartland Portico SDK secret API key (skapi_) configuration (developer.heartlandpaymentsystems.com)")

login, txkey = mixed(10), mixed(16)
add("php/authorizenet-transaction-key", "includes/payments/authnet.php", T(r"""
<?php
use net\authorize\api\contract\v1 as AnetAPI;
use net\authorize\api\controller as AnetController;

// Layaway card-on-file payments (Authorize.Net CIM)
const AUTHNET_LOGIN_ID = '@@LOGIN@@';
const AUTHNET_TRANSACTION_KEY = '@@TXKEY@@';

function authnet_auth() {
    $auth = new AnetAPI\MerchantAuthenticationType();
    $auth->setName(AUTHNET_LOGIN_ID);
    $auth->setTransactionKey(AUTHNET_TRANSACTION_KEY);
    return $auth;
}

function charge_profile($customerProfileId, $paymentProfileId, $amount) {
    $profile = new AnetAPI\CustomerProfilePaymentType();
    $profile->setCustomerProfileId($customerProfileId);
    $profile->setPaymentProfile((new AnetAPI\PaymentProfileType())->setPaymentProfileId($paymentProfileId));
    $tx = new AnetAPI\TransactionRequestType();
    $tx->setTransactionType('authCaptureTransaction');
    $tx->setAmount($amount);
    $tx->setProfile($profile);
    $req = new AnetAPI\CreateTransactionRequest();
    $req->setMerchantAuthentication(authnet_auth());
    $req->setTransactionRequest($tx);
    return (new AnetController\CreateTransactionController($req))
        ->executeWithApiResponse(\net\authorize\api\constants\ANetEnvironment::PRODUCTION);
}
""", LOGIN=login, TXKEY=txkey), txkey, "Authorize.Net API Login ID and Transaction Key, authorizenet/sdk-php (developer.authorize.net)")

key = hexs(32)
add("ruby/braintree-private-key", "config/initializers/braintree.rb", T(r"""
# Braintree: layaway payments and PayPal checkout on the showroom site
Braintree::Configuration.environment = :production
Braintree::Configuration.merchant_id = "q7x4m2k9d8z3p5n1"
Braintree::Configuration.public_key = "w6t2y8h4r9c3v5b7"
Braintree::Configuration.private_key = "@@KEY@@"
Braintree::Configuration.logger = Logger.new(Rails.root.join("log/braintree.log"))
Braintree::Configuration.http_open_timeout = 10
Braintree::Configuration.http_read_timeout = 60
""", KEY=key), key, "Braintree Ruby SDK configuration merchant_id/public_key/private_key (developer.paypal.com/braintree)")

sec = paypal_secret()
add("env/paypal-client-secret", "checkout/.env", T(r"""
PAYPAL_MODE=live
PAYPAL_CLIENT_ID=AcQ7pX2vN9kT4mZ8rB3wL6yF1hD5sJ0gE7uC2aK9nV4xM8qR3tY6bW1zP5oI0lU
PAYPAL_CLIENT_SECRET=@@SEC@@
PAYPAL_WEBHOOK_ID=6JK28413XW9837502
CHECKOUT_RETURN_URL=https://shop.riverbendpawn.com/checkout/return
CHECKOUT_CANCEL_URL=https://shop.riverbendpawn.com/cart
""", SEC=sec), sec, "PayPal REST app client id/secret (developer.paypal.com/api/rest)")

tok = uuid_s()
add("python/clover-api-token", "pos-bridge/clover_sync.py", T(r'''
"""Mirror the day's Clover payments into PawnMaster's cash drawer table."""
import datetime as dt

import requests

MERCHANT_ID = "7QK2X9ZP4M1NB"
API_TOKEN = "@@TOK@@"
BASE = f"https://api.clover.com/v3/merchants/{MERCHANT_ID}"


def payments_since(start: dt.datetime) -> list:
    ms = int(start.timestamp() * 1000)
    resp = requests.get(
        f"{BASE}/payments",
        headers={"Authorization": f"Bearer {API_TOKEN}"},
        params={"filter": f"createdTime>={ms}", "expand": "tender,cardTransaction", "limit": 1000},
        timeout=30,
    )
    resp.raise_for_status()
    return resp.json()["elements"]
''', TOK=tok), tok, "Clover REST API merchant API token as Bearer (docs.clover.com)")

auth = mixed(10)
add("xml/dejavoo-spin-authkey", "pos/terminals/SPInConfig.xml", T(r"""
<?xml version="1.0" encoding="utf-8"?>
<SPInSettings>
  <Terminal name="Counter 1">
    <TPN>218914007245</TPN>
    <RegisterId>1</RegisterId>
    <AuthKey>@@AUTH@@</AuthKey>
    <BaseUrl>https://spinpos.net/spin/cgi.html</BaseUrl>
    <TimeoutSeconds>120</TimeoutSeconds>
    <PrintReceipt>Both</PrintReceipt>
  </Terminal>
  <Options>
    <AllowTips>false</AllowTips>
    <SignatureCapture>true</SignatureCapture>
  </Options>
</SPInSettings>
""", AUTH=auth), auth, "Dejavoo SPIn cloud integration: TPN, RegisterId and AuthKey (Dejavoo SPIn API guide)")

pin = drawn(64, UPPER_ALNUM)
add("properties/converge-pin", "counter-pay/config/converge.properties", T(r"""
# Elavon Converge - card-present layaway payments
converge.url=https://api.convergepay.com/VirtualMerchant/processxml.do
converge.ssl_merchant_id=0045219
converge.ssl_user_id=apiuser_counter
converge.ssl_pin=@@PIN@@
converge.ssl_vendor_id=PAWNPOS1
converge.timeout.ms=45000
""", PIN=pin), pin, "Elavon Converge ssl_merchant_id/ssl_user_id/ssl_pin credentials (developer.elavon.com)")

mk = "-".join(drawn(5, UPPER_ALNUM) for _ in range(5))
add("json/cayan-merchant-key", "pos/genius/genius.json", T(r"""
{
  "merchantName": "COPPERLINE PAWN #2",
  "merchantSiteId": "X7KQ2P9M",
  "merchantKey": "@@MK@@",
  "geniusDevices": [
    { "name": "Front counter", "ip": "10.20.4.31", "port": 8080 },
    { "name": "Jewelry counter", "ip": "10.20.4.32", "port": 8080 }
  ],
  "webServiceUrl": "https://ps1.merchantware.net/Merchantware/ws/RetailTransaction/v45/Credit.asmx",
  "forceDuplicate": false
}
""", MK=mk), mk, "TSYS/Cayan Merchantware credentials: merchant name, site id and 25-character merchant key (Cayan developer docs)")

tok = drawn(64, UPPER_HEX)
add("xml/worldpay-express-token", "pos/worldpay/ExpressCredentials.xml", T(r"""
<?xml version="1.0" encoding="utf-8"?>
<Credentials xmlns="https://transaction.elementexpress.com">
  <AccountID>1049732</AccountID>
  <AccountToken>@@TOK@@</AccountToken>
  <AcceptorID>874512390</AcceptorID>
  <Application>
    <ApplicationID>8842</ApplicationID>
    <ApplicationName>BayouBST POS</ApplicationName>
    <ApplicationVersion>4.2.0</ApplicationVersion>
  </Application>
  <TerminalID>01</TerminalID>
</Credentials>
""", TOK=tok), tok, "Worldpay (Element) Express Credentials: AccountID, AccountToken, AcceptorID (developer.worldpay.com Express)")
# ===================================================================================================
# Cameras: NVRs, RTSP, VMS, cloud video
# ===================================================================================================
pw = rand_pw(12, "_")
add("yaml/frigate-rtsp-password", "nvr/frigate/config.yml", T(r"""
mqtt:
  enabled: false

cameras:
  front_counter:
    ffmpeg:
      inputs:
        - path: rtsp://admin:@@PW@@@10.20.5.21:554/Streaming/Channels/101
          roles: [record]
        - path: rtsp://admin:@@PW@@@10.20.5.21:554/Streaming/Channels/102
          roles: [detect]
    detect:
      width: 640
      height: 360
  jewelry_case:
    ffmpeg:
      inputs:
        - path: rtsp://viewer:${FRIGATE_RTSP_PASSWORD}@10.20.5.22:554/Streaming/Channels/101
          roles: [record, detect]

record:
  enabled: true
  retain:
    days: 45
    mode: all
""", PW=pw), pw, "Frigate NVR config ffmpeg inputs; Hikvision RTSP URL /Streaming/Channels/101 (docs.frigate.video)")

pw = words_pw("!*")
add("yaml/go2rtc-dahua", "nvr/go2rtc.yaml", T(r"""
streams:
  buy_counter: rtsp://admin:@@PW@@@10.30.1.41:554/cam/realmonitor?channel=1&subtype=0
  buy_counter_sub: rtsp://admin:@@PW@@@10.30.1.41:554/cam/realmonitor?channel=1&subtype=1
  back_door: rtsp://admin:@@PW@@@10.30.1.42:554/cam/realmonitor?channel=1&subtype=0

api:
  listen: "127.0.0.1:1984"

webrtc:
  candidates:
    - stun:8555
""", PW=pw), pw, "go2rtc streams config; Dahua RTSP URL cam/realmonitor?channel=&subtype= (go2rtc README, Dahua HTTP API)")

pw = human_pw()
add("shell/axis-vapix-password", "cameras/axis_set_overlay.sh", T(r"""
#!/bin/bash
# Stamp store + camera name on every Axis camera's overlay and sync time to the store NTP.
CAMS="10.20.5.31 10.20.5.32 10.20.5.33 10.20.5.34"
STORE="Copperline #2"

for ip in $CAMS; do
  curl -s --digest -u "root:@@PW@@" \
    "http://$ip/axis-cgi/param.cgi?action=update&Image.I0.Text.TextEnabled=yes&Image.I0.Text.String=${STORE// /%20}%20%25F%20%25T"
  curl -s --digest -u "root:@@PW@@" \
    "http://$ip/axis-cgi/param.cgi?action=update&Time.NTP.Server=10.20.0.1&Time.SyncSource=NTP"
  echo " <- $ip"
done
""", PW=pw), pw, "Axis VAPIX param.cgi with HTTP digest auth (Axis VAPIX library)")

pw = words_pw()
add("python/hikvision-isapi-digest", "cameras/hik_snapshot.py", T(r'''
"""Grab a still from every NVR channel for the nightly 'is the case lit' check."""
from pathlib import Path

import requests
from requests.auth import HTTPDigestAuth

NVR = "http://10.40.9.10"
AUTH = HTTPDigestAuth("admin", "@@PW@@")
OUT = Path("/srv/snapshots")


def snapshot(channel: int) -> Path:
    url = f"{NVR}/ISAPI/Streaming/channels/{channel}01/picture"
    resp = requests.get(url, auth=AUTH, timeout=10)
    resp.raise_for_status()
    path = OUT / f"ch{channel:02d}.jpg"
    path.write_bytes(resp.content)
    return path


if __name__ == "__main__":
    for ch in range(1, 17):
        print(snapshot(ch))
''', PW=pw), pw, "Hikvision ISAPI /ISAPI/Streaming/channels/<id>/picture with digest auth (Hikvision ISAPI guide)")

key = mixed(48)
add("json/eagle-eye-api-key", "vms/eagleeye/settings.json", T(r"""
{
  "vms": "eagle-eye-networks",
  "baseUrl": "https://login.eagleeyenetworks.com",
  "apiKey": "@@KEY@@",
  "username": "vms-integration@tradeupexchange.com",
  "passwordEnv": "EEN_PASSWORD",
  "bridges": ["1005b2c9", "1007e4f1"],
  "bookmarkOnHighValueBuy": true,
  "bookmarkThresholdUsd": 1500
}
""", KEY=key), key, "Eagle Eye Networks API v1 api key with account login (apidocs.eagleeyenetworks.com)")

key = "vkd_api_" + hexs(32)
add("python/verkada-api-key", "vms/verkada_footage_link.py", T(r'''
"""Attach a Verkada footage link to each buy ticket (clerk, customer at counter, item on mat)."""
import time

import requests

VERKADA_API_KEY = "@@KEY@@"
COUNTER_CAMERA_ID = "8a2f6c1e-3b7d-4e9a-b5c0-d1e2f3a4b5c6"


def api_token() -> str:
    r = requests.post("https://api.verkada.com/token", headers={"x-api-key": VERKADA_API_KEY}, timeout=10)
    r.raise_for_status()
    return r.json()["token"]


def footage_link(ticket_time: int) -> str:
    r = requests.get(
        "https://api.verkada.com/cameras/v1/footage/link",
        headers={"x-verkada-auth": api_token()},
        params={"camera_id": COUNTER_CAMERA_ID, "timestamp": ticket_time - 60},
        timeout=10,
    )
    r.raise_for_status()
    return r.json()["url"]


if __name__ == "__main__":
    print(footage_link(int(time.time()) - 600))
''', KEY=key), key, "Verkada API key exchanged at /token via x-api-key (apidocs.verkada.com)")

pw = rand_pw(14, "!#")
add("xml/milestone-recording-server", "vms/milestone/BasicUsers.export.xml", T(r"""
<?xml version="1.0" encoding="utf-8"?>
<!-- XProtect Management Client export: basic users for the store kiosks -->
<BasicUsers site="BAYOU-RS01">
  <BasicUser>
    <Name>lp_viewer</Name>
    <Description>Loss prevention read-only (Smart Client at LP desk)</Description>
    <Password>@@PW@@</Password>
    <CanChangePassword>false</CanChangePassword>
    <Roles>
      <Role>Operators - Playback</Role>
    </Roles>
  </BasicUser>
</BasicUsers>
""", PW=pw), pw, "Milestone XProtect basic users (Milestone XProtect administrator manual)")

pw = words_pw("#%")
add("js/onvif-password", "cameras/ptz-preset.js", T(r"""
// Swing the showroom PTZ to the firearms case when the case alarm contact opens.
const { Cam } = require('onvif');

const cam = new Cam({
  hostname: '10.20.5.40',
  username: 'onvif_ptz',
  password: '@@PW@@',
  port: 80,
  timeout: 10000,
}, function (err) {
  if (err) throw err;
  process.on('message', (msg) => {
    if (msg === 'case-open') {
      this.gotoPreset({ preset: '3' }, (e) => e && console.error('gotoPreset', e));
    }
  });
  console.log('PTZ ready', this.hostname);
});
""", PW=pw), pw, "node onvif Cam({hostname, username, password}) (agsh/onvif README)")

pw = human_pw()
add("yaml/home-assistant-secrets", "homeassistant/secrets.yaml", T(r"""
# Store 2 after-hours dashboard
nvr_rtsp_password: "@@PW@@"
latitude_store: 36.1027
longitude_store: -95.9215
alarm_panel_host: 10.20.0.50
camera_front_door: "/Streaming/Channels/401"
""", PW=pw), pw, "Home Assistant secrets.yaml referenced by !secret (home-assistant.io/docs/configuration/secrets)")

pw = rand_pw(10)
add("ini/blue-iris-camera", "nvr/blueiris/cameras_export.ini", T(r"""
[Cam1]
ShortName=FrontDoor
IP=10.30.1.51
Port=80
RTSPPort=554
Make=Reolink
Model=RLC-810A
User=admin
Password=@@PW@@
MainStream=/h264Preview_01_main
SubStream=/h264Preview_01_sub

[Cam2]
ShortName=BackLot
IP=10.30.1.52
Port=80
Make=Reolink
Model=RLC-820A
User=admin
Password=
""", PW=pw), pw, "Camera settings INI export; Reolink RTSP paths h264Preview_01_main (Reolink support docs)")

# ===================================================================================================
# Infrastructure odds and ends
# ===================================================================================================
pw = fakes.redis_password(_seed())
add("ruby/redis-url", "config/sidekiq.yml.erb", T(r"""
:concurrency: 5
:queues:
  - [critical, 4]
  - [listings, 2]
  - [mailers, 1]
:redis:
  :url: "redis://:@@PW@@@redis-prod.tradeup.internal:6379/2"
  :network_timeout: 5
:scheduler:
  :schedule:
    refresh_spot_prices:
      cron: "*/15 * * * *"
      class: RefreshSpotPricesJob
""", PW=pw), pw, "Sidekiq YAML config with a redis:// URL holding the password (Sidekiq wiki; IANA redis URI scheme)")

pw = rand_pw(20)
add("python/amqp-url", "workers/celeryconfig.py", T(r'''
# Celery settings for the listing workers (photo resize, eBay push, price drops)
broker_url = "amqp://lister:@@PW@@@rabbitmq.anchorpawn.internal:5672/lister"
result_backend = "rpc://"
task_serializer = "json"
accept_content = ["json"]
timezone = "America/Chicago"
task_routes = {
    "workers.photos.*": {"queue": "photos"},
    "workers.ebay.*": {"queue": "marketplace"},
}
worker_prefetch_multiplier = 1
''', PW=pw), pw, "Celery broker_url amqp://user:password@host/vhost (docs.celeryq.dev)")

pw = rand_pw(16)
add("ts/mongodb-uri", "offers-api/src/db.ts", T(r"""
import { MongoClient } from 'mongodb';

// "Get an offer" submissions from the website: photos, description, asking price.
const uri = 'mongodb+srv://offers_api:@@PW@@@cluster0.x7kq2.mongodb.net/offers?retryWrites=true&w=majority';

export const client = new MongoClient(uri, { maxPoolSize: 10 });

export async function offers() {
  await client.connect();
  return client.db('offers').collection('submissions');
}
""", PW=pw), pw, "MongoDB connection string mongodb+srv://user:password@host (mongodb.com/docs/manual/reference/connection-string)")

pw = words_pw()
add("logstash/elasticsearch-password", "ops/logstash/pipeline/nvr-events.conf", T(r"""
input {
  syslog {
    port => 5514
    type => "nvr"
  }
}

filter {
  if [type] == "nvr" {
    grok { match => { "message" => "%{WORD:event} ch%{INT:channel} %{GREEDYDATA:detail}" } }
    mutate { add_field => { "store" => "%{[host][name]}" } }
  }
}

output {
  elasticsearch {
    hosts => ["https://es01.bayoubst.internal:9200"]
    user => "logstash_writer"
    password => "@@PW@@"
    index => "nvr-events-%{+YYYY.MM}"
    ssl_certificate_authorities => ["/etc/logstash/certs/ca.crt"]
  }
}
""", PW=pw), pw, "Logstash elasticsearch output user/password options (elastic.co/guide logstash)")

pw = rand_pw(18)
add("toml/mysql-password", "pricebook/config/production.toml", T(r"""
[server]
bind = "0.0.0.0:8088"
read_timeout = "15s"

[database]
driver = "mysql"
dsn = "pricebook:@@PW@@@tcp(mysql-01.mesagold.internal:3306)/pricebook?parseTime=true&tls=preferred"
max_open_conns = 20

[spot]
provider = "metals-api"
refresh = "15m"

[pricing]
gold_14k_pct_of_melt = 0.70
silver_pct_of_melt = 0.60
""", PW=pw), pw, "go-sql-driver/mysql DSN user:password@tcp(host)/db (github.com/go-sql-driver/mysql)")

pw = words_pw("!#")
add("swift/api-basic-auth", "ios/CounterScan/Sources/Backend.swift", T(r"""
import Foundation

/// Talks to the store back office from the counter iPads.
struct Backend {
    static let base = URL(string: "https://backoffice.riverbendpawn.com/api/v1")!
    private static let user = "ipad-counter"
    private static let password = "@@PW@@"

    static func request(_ path: String, method: String = "GET", body: Data? = nil) -> URLRequest {
        var req = URLRequest(url: base.appendingPathComponent(path))
        req.httpMethod = method
        req.httpBody = body
        let creds = Data("\(user):\(password)".utf8).base64EncodedString()
        req.setValue("Basic \(creds)", forHTTPHeaderField: "Authorization")
        req.setValue("application/json", forHTTPHeaderField: "Content-Type")
        return req
    }
}
""", PW=pw), pw, "HTTP Basic auth (RFC 7617) built with URLRequest (developer.apple.com/documentation/foundation)")

pw = rand_pw(16)
auth = b64("inventory-sync:" + pw)
add("http/basic-auth-header", "docs/api/inventory-sync.http", T(r"""
### Inventory sync API - smoke tests (VS Code REST Client)
@host = https://inventory.copperlinepawn.com

### list items released from police hold today
GET {{host}}/api/items?released=today
Authorization: Basic @@AUTH@@
Accept: application/json

### mark an item listed on eBay
PATCH {{host}}/api/items/C2-004481
Authorization: Basic @@AUTH@@
Content-Type: application/json

{ "channel": "ebay", "listingId": "286012345678" }
""", AUTH=auth), auth, "REST Client .http files; HTTP Basic Authorization header (RFC 7617)")

pw = passphrase()
auth = b64("dm_viewer:" + pw)
add("nginx/proxy-basic-auth", "ops/nginx/nvr-proxy.conf", T(r"""
# Reverse proxy so the district manager can see the NVR web UI over the VPN
server {
    listen 443 ssl;
    server_name nvr-store2.vpn.copperlinepawn.com;

    ssl_certificate     /etc/ssl/private/vpn-wildcard.crt;
    ssl_certificate_key /etc/ssl/private/vpn-wildcard.key;

    location / {
        proxy_pass http://10.20.5.10:80;
        proxy_set_header Host $host;
        # NVR only does basic auth; log in as the read-only user for them
        proxy_set_header Authorization "Basic @@AUTH@@";
    }
}
""", AUTH=auth), auth, "nginx proxy_set_header Authorization with a Basic credential (nginx.org docs)")
# ===================================================================================================
# Decoys: files that look dangerous and leak nothing
# ===================================================================================================
BCRYPT = "./" + string.ascii_uppercase + string.ascii_lowercase + string.digits


def bcrypt_hash() -> str:
    return "$2b$12$" + drawn(53, BCRYPT)


def sops_value(plain_len: int) -> str:
    return (f"ENC[AES256_GCM,data:{b64_bytes(plain_len)},iv:{b64_bytes(32)},"
            f"tag:{b64_bytes(16)},type:str]")


add("yaml/decoy-env-reference", "compliance/leads-upload.yml", T(r"""
# LeadsOnline nightly upload - values come from the store server's environment
leadsonline:
  store_id: 48213
  sftp:
    host: sftp.leadsonline.com
    port: 22
    username: ${LEADS_SFTP_USER}
    password: ${LEADS_SFTP_PASSWORD}
    remote_dir: /incoming
  export:
    source_dir: D:\PawnMaster\Export\Police
    pattern: "*.xml"
    delete_after_upload: true
retry:
  attempts: 5
  backoff_seconds: 120
"""), None, "Environment variable substitution in YAML config (twelve-factor config)")

add("env/decoy-placeholder", "portal/.env.example", T(r"""
# Copy to .env and fill in. Never commit the real .env.
APP_NAME="Riverbend Pawn Customer Portal"
APP_ENV=local
APP_KEY=
APP_DEBUG=true
APP_URL=http://localhost:8000

DB_CONNECTION=mysql
DB_HOST=127.0.0.1
DB_DATABASE=portal
DB_USERNAME=portal
DB_PASSWORD=

STRIPE_KEY=pk_test_your_publishable_key
STRIPE_SECRET=sk_test_your_secret_key
TWILIO_SID=ACxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx
TWILIO_TOKEN=your_auth_token
LEADS_PASSWORD=<ask the compliance manager>
"""), None, "Laravel .env.example convention (Laravel docs, configuration)")

add("helm/decoy-existing-secret", "charts/loans-api/values-prod.yaml", T(r"""
image:
  repository: ghcr.io/copperline/loans-api
  tag: "3.2.7"

env:
  STORE_TZ: America/Chicago
  POLICE_EXPORT_ENABLED: "true"

database:
  host: loans-db.internal.copperlinepawn.com
  name: loans
  user: loans_api
  existingSecret: loans-api-db
  existingSecretPasswordKey: password

twilio:
  accountSidSecretRef: {name: twilio, key: account-sid}
  authTokenSecretRef: {name: twilio, key: auth-token}

ingress:
  enabled: true
  host: loans.copperlinepawn.com
  tls: {secretName: loans-tls}
"""), None, "Helm chart values referencing an existing Kubernetes Secret (helm.sh best practices)")

add("k8s/decoy-external-secret", "k8s/payments/external-secret.yaml", T(r"""
apiVersion: external-secrets.io/v1beta1
kind: ExternalSecret
metadata:
  name: stripe
  namespace: payments
spec:
  refreshInterval: 1h
  secretStoreRef:
    kind: ClusterSecretStore
    name: aws-secrets-manager
  target:
    name: stripe
    creationPolicy: Owner
  data:
    - secretKey: STRIPE_SECRET_KEY
      remoteRef:
        key: prod/payments/stripe
        property: secret_key
    - secretKey: STRIPE_WEBHOOK_SECRET
      remoteRef:
        key: prod/payments/stripe
        property: webhook_secret
"""), None, "External Secrets Operator ExternalSecret (external-secrets.io docs)")

add("yaml/decoy-sops-ciphertext", "secrets/prod/police-export.enc.yaml", T(r"""
leads:
    sftp_user: @@U@@
    sftp_password: @@P@@
bwi:
    api_key: @@K@@
sops:
    kms:
        - arn: arn:aws:kms:us-east-2:418372905561:key/6d1f3c2a-8b4e-4f7a-9c0d-2e5b7a1c9f34
          created_at: "2024-03-18T16:02:11Z"
          enc: @@ENC@@
          aws_profile: ""
    lastmodified: "2024-03-18T16:02:12Z"
    mac: @@MAC@@
    unencrypted_suffix: _unencrypted
    version: 3.8.1
""", U=sops_value(10), P=sops_value(16), K=sops_value(32), ENC="AQICAHh" + b64_bytes(150),
   MAC=sops_value(32)), None, "Mozilla SOPS encrypted YAML format (github.com/getsops/sops)")

vault_lines = "\n".join(hexs(80) for _ in range(9)) + "\n" + hexs(42)
add("ansible/decoy-vault-encrypted", "ansible/group_vars/store_servers/vault.yml", "$ANSIBLE_VAULT;1.1;AES256\n" + vault_lines + "\n",
    None, "Ansible Vault encrypted file format (docs.ansible.com, vault)")

add("k8s/decoy-sealed-secret", "k8s/loans-api/sealed-secret.yaml", T(r"""
apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata:
  name: loans-api-db
  namespace: pawn-prod
spec:
  encryptedData:
    DATABASE_URL: AgB@@A@@
    DB_POOL_SIZE: AgC@@B@@
  template:
    metadata:
      name: loans-api-db
      namespace: pawn-prod
    type: Opaque
""", A=b64_bytes(370).rstrip("="), B=b64_bytes(280).rstrip("=")), None, "Bitnami Sealed Secrets encryptedData (github.com/bitnami-labs/sealed-secrets)")

add("terraform/decoy-secrets-manager", "infra/terraform/ledger_secrets.tf", T(r"""
resource "random_password" "ledger_admin" {
  length           = 32
  special          = true
  override_special = "!#%*-_"
}

resource "aws_secretsmanager_secret" "ledger_admin" {
  name       = "prod/ledger/admin"
  kms_key_id = aws_kms_key.secrets.arn
}

resource "aws_secretsmanager_secret_version" "ledger_admin" {
  secret_id     = aws_secretsmanager_secret.ledger_admin.id
  secret_string = jsonencode({ username = "ledger_admin", password = random_password.ledger_admin.result })
}

data "aws_secretsmanager_secret_version" "leads" {
  secret_id = "prod/compliance/leadsonline"
}

locals {
  leads = jsondecode(data.aws_secretsmanager_secret_version.leads.secret_string)
}
"""), None, "Terraform random_password and aws_secretsmanager_secret_version (registry.terraform.io)")

add("github-actions/decoy-secrets-context", ".github/workflows/deploy-portal.yml", T(r"""
name: deploy-portal
on:
  push:
    branches: [main]

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
          role-to-assume: arn:aws:iam::418372905561:role/gha-portal-deploy
          aws-region: us-east-2
      - name: Build
        run: docker build -t portal:${{ github.sha }} .
      - name: Migrate
        env:
          DB_PASSWORD: ${{ secrets.PORTAL_DB_PASSWORD }}
          STRIPE_SECRET_KEY: ${{ secrets.STRIPE_SECRET_KEY }}
        run: ./bin/migrate --env production
      - name: Notify
        run: curl -fsS -X POST -H 'Content-Type: application/json' -d '{"text":"portal deployed"}' "${{ secrets.SLACK_DEPLOY_WEBHOOK }}"
"""), None, "GitHub Actions secrets context and OIDC role assumption (docs.github.com)")

add("gitlab-ci/decoy-ci-variables", "police-export/.gitlab-ci.yml", T(r"""
# Masked/protected variables are set in Settings > CI/CD > Variables:
#   LEADS_SFTP_PASSWORD, BWI_API_KEY, SSH_DEPLOY_KEY (file)
stages: [test, deploy]

test:
  stage: test
  image: python:3.12-slim
  script:
    - pip install -e ".[test]"
    - pytest -q

deploy:
  stage: deploy
  image: alpine:3.19
  only: [main]
  before_script:
    - apk add --no-cache openssh-client rsync
    - eval $(ssh-agent -s)
    - chmod 600 "$SSH_DEPLOY_KEY" && ssh-add "$SSH_DEPLOY_KEY"
  script:
    - rsync -az --delete dist/ pawnexport@backoffice-01:/opt/police-export/
"""), None, "GitLab CI/CD masked and file variables (docs.gitlab.com/ee/ci/variables)")

add("dockerfile/decoy-build-secret-mount", "lister/Dockerfile", T(r"""
# syntax=docker/dockerfile:1.6
FROM python:3.12-slim
WORKDIR /app

ARG PIP_INDEX_URL=https://pypi.org/simple
COPY requirements.txt .
# private wheel index token is passed as a build secret, never baked into a layer
RUN --mount=type=secret,id=nexus_token \
    PIP_EXTRA_INDEX_URL="https://deploy:$(cat /run/secrets/nexus_token)@nexus.anchorpawn.local/repository/pypi-internal/simple" \
    pip install --no-cache-dir -r requirements.txt

COPY . .
ENV PYTHONUNBUFFERED=1
USER 10001
CMD ["python", "-m", "lister.worker"]
"""), None, "Dockerfile RUN --mount=type=secret (docs.docker.com/build/building/secrets)")

add("compose/decoy-required-variable", "nvr/docker-compose.yml", T(r"""
services:
  frigate:
    image: ghcr.io/blakeblackshear/frigate:0.13.2
    restart: unless-stopped
    shm_size: "256mb"
    devices:
      - /dev/bus/usb:/dev/bus/usb
    volumes:
      - ./config:/config
      - /mnt/nvr:/media/frigate
    ports:
      - "127.0.0.1:5000:5000"
    environment:
      FRIGATE_RTSP_PASSWORD: ${FRIGATE_RTSP_PASSWORD:?set it in /etc/frigate.env}
      TZ: America/Chicago
    env_file:
      - /etc/frigate.env
"""), None, "Compose variable interpolation ${VAR:?error} (docs.docker.com/compose/environment-variables)")

rows = ",\n".join(f"  ('{u}', '{bcrypt_hash()}', '{r}')" for u, r in
                  [("bbaker", "MANAGER"), ("tmorales", "CLERK"), ("jdoyle", "CLERK"), ("lp_desk", "LP_READONLY")])
add("sql/decoy-bcrypt-seed", "db/seed/002_staff_users.sql", T(r"""
-- Staff accounts for the layaway portal admin. Hashes only; first login forces a reset.
INSERT INTO staff_user (username, password_hash, role) VALUES
@@ROWS@@;

UPDATE staff_user SET must_reset_password = TRUE WHERE created_at > now() - interval '1 day';
""", ROWS=rows), None, "bcrypt modular crypt format $2b$ (OpenBSD bcrypt; passlib docs)")

add("htpasswd/decoy-apr1-hash", "ops/nginx/nvr-viewers.htpasswd", "\n".join(
    f"{u}:$apr1${drawn(8, ALNUM)}${drawn(22, BCRYPT)}" for u in ["dm_north", "dm_south", "lp_kelly", "lp_ortiz", "owner"]) + "\n",
    None, "Apache htpasswd MD5 (apr1) format (httpd.apache.org/docs/current/misc/password_encryptions.html)")

fixture = [{"model": "auth.user", "pk": i, "fields": {
    "username": u, "password": f"pbkdf2_sha256$600000${drawn(22, ALNUM)}${b64_bytes(32)}",
    "is_staff": True, "is_superuser": u == "admin", "email": f"{u}@tradeupexchange.com"}}
    for i, u in enumerate(["admin", "buyer1", "buyer2"], start=1)]
add("json/decoy-django-fixture-hashes", "buyback/fixtures/staff.json", json.dumps(fixture, indent=2) + "\n", None,
    "Django password storage format pbkdf2_sha256$iterations$salt$hash (Django docs, password management)")

keys = "\n".join([
    "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI" + drawn(43, ALNUM + "+/") + " wade@anchor-it-laptop",
    "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI" + drawn(43, ALNUM + "+/") + " travis@anchor-it",
    "ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABgQ" + drawn(520, ALNUM + "+/") + "= ansible@corp-mgmt01",
    'from="10.40.0.0/16",command="/opt/police-export/bin/receive" ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI'
    + drawn(43, ALNUM + "+/") + " police-export-push",
])
add("ssh/decoy-authorized-keys", "ansible/roles/base/files/authorized_keys", "# managed by ansible\n" + keys + "\n"
    + "# old key removed 2024-01 (laptop stolen from car)\n", None, "OpenSSH authorized_keys format (sshd(8) man page)")

add("winscp-script/decoy-password-from-env", "scripts/leads_upload_v2.txt", T(r"""
# WinSCP script - daily LeadsOnline upload (v2: credentials from the environment)
# set LEADS_USER / LEADS_PASSWORD in the service account's environment, not here
option batch abort
option confirm off
open sftp://%LEADS_USER%:%LEADS_PASSWORD%@sftp.leadsonline.com/ -hostkey="ssh-ed25519 255 Jd1vX0h2cP8ZkqL3mWnR5yT7uE9oI4aS6dF1gH2jK3l"
cd /incoming
lcd D:\PawnMaster\Export\Police
put -delete *.xml
exit
"""), None, "WinSCP script environment variable expansion %NAME% (winscp.net/eng/docs/scripting)")

add("pem/decoy-certificate-chain", "pos/terminals/certs/spin-ca-chain.pem",
    cert_like(14) + "\n" + cert_like(12) + "\n", None, "X.509 certificates in PEM (RFC 7468)")

r = _rng()
pgp_body = "mQINBG" + "".join(r.choice(ALNUM + "+/") for _ in range(64 * 14 - 6))
add("pgp/decoy-public-key", "compliance/keys/tulsa-pd-pawn-unit.asc",
    "-----BEGIN PGP PUBLIC KEY BLOCK-----\nComment: Tulsa PD Pawn Detail - encrypt exports to this key\n\n"
    + "\n".join(pgp_body[i:i + 64] for i in range(0, len(pgp_body), 64)) + "\n=" + drawn(4, ALNUM + "+/")
    + "\n-----END PGP PUBLIC KEY BLOCK-----\n", None, "OpenPGP ASCII armor public key block (RFC 4880)")

add("js/decoy-stripe-publishable", "portal/resources/js/checkout.js", T(r"""
import { loadStripe } from '@stripe/stripe-js';

// Publishable key: safe to ship to the browser (https://stripe.com/docs/keys)
const stripePromise = loadStripe('@@PK@@');

export async function mountPayment(clientSecret) {
  const stripe = await stripePromise;
  const elements = stripe.elements({ clientSecret, appearance: { theme: 'stripe' } });
  const payment = elements.create('payment');
  payment.mount('#payment-element');
  document.querySelector('#pay').addEventListener('click', async () => {
    const { error } = await stripe.confirmPayment({
      elements,
      confirmParams: { return_url: `${window.location.origin}/extend/done` },
    });
    if (error) document.querySelector('#error').textContent = error.message;
  });
}
""", PK=stripe_publishable()), None, "Stripe publishable keys are meant for client code (stripe.com/docs/keys)")

add("js/decoy-square-application-id", "showroom-web/public/js/square-checkout.js", T(r"""
// Square Web Payments SDK - application id and location id are public identifiers
const APP_ID = 'sq0idp-@@APP@@';
const LOCATION_ID = 'L8R4XW2K9QZ3M';

async function initCard() {
  const payments = window.Square.payments(APP_ID, LOCATION_ID);
  const card = await payments.card();
  await card.attach('#card-container');
  document.getElementById('card-button').addEventListener('click', async () => {
    const result = await card.tokenize();
    if (result.status === 'OK') {
      await fetch('/api/layaway/pay', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ sourceId: result.token }),
      });
    }
  });
}
document.addEventListener('DOMContentLoaded', initCard);
""", APP=drawn(22, ALNUM + "-_")), None, "Square Web Payments SDK payments(applicationId, locationId) (developer.squareup.com)")

add("html/decoy-google-maps-browser-key", "website/stores.html", T(r"""
<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>Store locations - Anchor Pawn &amp; Gold</title>
  <!-- browser key, HTTP-referrer restricted to *.anchorpawn.com in the Cloud console -->
  <script async src="https://maps.googleapis.com/maps/api/js?key=@@KEY@@&callback=initMap"></script>
  <script>
    function initMap() {
      const map = new google.maps.Map(document.getElementById('map'), { center: { lat: 36.06, lng: -95.79 }, zoom: 10 });
      fetch('/stores.json').then((r) => r.json()).then((stores) => stores.forEach((s) =>
        new google.maps.Marker({ position: { lat: s.lat, lng: s.lng }, map, title: s.name })));
    }
  </script>
</head>
<body>
  <h1>Find a store</h1>
  <div id="map" style="height: 480px"></div>
</body>
</html>
""", KEY=google_api_key()), None, "Maps JavaScript API key in a script tag, restricted by HTTP referrer (developers.google.com/maps)")

add("js/decoy-mapbox-public-token", "store-locator/src/map.js", T(r"""
import mapboxgl from 'mapbox-gl';

// Public token (pk.*), URL-restricted. The tileset upload uses a secret token in CI only.
mapboxgl.accessToken = '@@TOK@@';

export function renderStores(container, stores) {
  const map = new mapboxgl.Map({
    container,
    style: 'mapbox://styles/mapbox/streets-v12',
    center: [-95.99, 36.15],
    zoom: 9,
  });
  stores.forEach((s) => new mapboxgl.Marker().setLngLat([s.lng, s.lat]).setPopup(
    new mapboxgl.Popup().setHTML(`<b>${s.name}</b><br>${s.hours}`)).addTo(map));
  return map;
}
""", TOK=mapbox_token("pk")), None, "Mapbox public access tokens (pk.) for GL JS (docs.mapbox.com/help/getting-started/access-tokens)")

add("js/decoy-sentry-dsn", "lister-web/src/sentry.client.js", T(r"""
import * as Sentry from '@sentry/nextjs';

// The DSN is public by design; it only allows sending events.
Sentry.init({
  dsn: 'https://@@PUB@@@o@@ORG@@.ingest.us.sentry.io/@@PROJ@@',
  tracesSampleRate: 0.1,
  replaysSessionSampleRate: 0,
  replaysOnErrorSampleRate: 1.0,
  environment: process.env.NEXT_PUBLIC_ENV || 'production',
});
""", PUB=hexs(32), ORG=str(random.Random(_seed()).randint(10**5, 10**7)), PROJ=str(random.Random(_seed()).randint(10**15, 10**16))),
    None, "Sentry DSN is a public client key (docs.sentry.io/concepts/key-terms/dsn-explainer)")

add("js/decoy-firebase-web-config", "counter-tablet/src/firebase.js", T(r"""
import { initializeApp } from 'firebase/app';
import { getFirestore } from 'firebase/firestore';

// Firebase web config identifies the project; access is enforced by security rules.
const firebaseConfig = {
  apiKey: '@@KEY@@',
  authDomain: 'tradeup-counter.firebaseapp.com',
  projectId: 'tradeup-counter',
  storageBucket: 'tradeup-counter.appspot.com',
  messagingSenderId: '@@SENDER@@',
  appId: '1:@@SENDER@@:web:@@APPID@@',
};

export const app = initializeApp(firebaseConfig);
export const db = getFirestore(app);
""", KEY=google_api_key(), SENDER=str(random.Random(_seed()).randint(10**11, 10**12)), APPID=hexs(22)), None,
    "Firebase web app config object; API keys for Firebase are not secret (firebase.google.com/docs/projects/api-keys)")

add("js/decoy-algolia-search-key", "showroom-web/src/search.js", T(r"""
import algoliasearch from 'algoliasearch/lite';
import instantsearch from 'instantsearch.js';
import { searchBox, hits } from 'instantsearch.js/es/widgets';

// Search-only API key: read access to showroom_items, safe in the browser.
const searchClient = algoliasearch('Q4K8ZP2M7X', '@@KEY@@');

const search = instantsearch({ indexName: 'showroom_items', searchClient });
search.addWidgets([
  searchBox({ container: '#searchbox', placeholder: 'Guitars, rings, power tools...' }),
  hits({
    container: '#hits',
    templates: { item: (hit, { html }) => html`<a href="/p/${hit.objectID}">${hit.title} - $${hit.price}</a>` },
  }),
]);
search.start();
""", KEY=hexs(32)), None, "Algolia search-only API key for front ends (algolia.com/doc/guides/security/api-keys)")

add("yaml/decoy-ebay-sandbox-ids", "lister/ebay.sandbox.yaml", T(r"""
name: ebay_api_config

# Sandbox only. The cert id (client secret) is injected by the secrets manager at runtime.
api.sandbox.ebay.com:
    compatability: 719
    appid: @@APPID@@
    certid: ${EBAY_SANDBOX_CERT_ID}
    devid: 7c1e9f3a-2b5d-4e8f-a6c0-d9b4e2f1a8c7
    token: ${EBAY_SANDBOX_TOKEN}
    siteid: 0
""", APPID=ebay_app_id("AnchorPa", "Lister").replace("-PRD-", "-SBX-")), None, "ebaysdk-python ebay.yaml; App ID is the OAuth client id, the Cert ID the secret (developer.ebay.com)")
add("html/decoy-paypal-client-id", "showroom-web/templates/checkout.html", T(r"""
{% extends "base.html" %}
{% block head %}
  {# client-id is public; the secret lives only on the server #}
  <script src="https://www.paypal.com/sdk/js?client-id=@@CID@@&currency=USD&intent=capture"></script>
{% endblock %}
{% block content %}
  <h2>Checkout</h2>
  <p>Order {{ order.number }} - ${{ "%.2f"|format(order.total) }}</p>
  <div id="paypal-button-container"></div>
  <script>
    paypal.Buttons({
      createOrder: () => fetch('/api/paypal/order', { method: 'POST' }).then((r) => r.json()).then((d) => d.id),
      onApprove: (data) => fetch(`/api/paypal/order/${data.orderID}/capture`, { method: 'POST' })
        .then(() => { window.location = '/checkout/thanks'; }),
    }).render('#paypal-button-container');
  </script>
{% endblock %}
""", CID="A" + mixed(79, ALNUM + "-_")), None, "PayPal JavaScript SDK client-id query parameter (developer.paypal.com/sdk/js/configuration)")

add("ts/decoy-idscan-web-public-key", "kiosk-web/src/idscan.ts", T(r"""
// IDScan.net web capture: the *public* key only allows the browser SDK to start a capture.
// Verification happens server side with the secret key from the vault (see api/verify.ts).
import { IDVC } from '@idscan/idvc2';

export function startCapture(el: HTMLElement, onDone: (payload: unknown) => void) {
  return new IDVC({
    el,
    licenseKey: undefined,
    networkUrl: 'https://cdn.idscan.net/idvc2/networks',
    publicKey: '@@PK@@',
    documentTypes: [{ type: 'ID', steps: [{ type: 'front', name: 'Front' }, { type: 'pdf', name: 'Barcode' }] }],
    submit(data) {
      onDone(data);
    },
  });
}
""", PK="pk_" + uuid_s()), None, "IDScan.net IDVC web library publicKey option (docs.idscan.net)")

add("python/decoy-twilio-sid-env-token", "reminders/twilio_client.py", T(r'''
"""Twilio client for reminders: the account SID is an identifier, the token comes from the env."""
import os

from twilio.rest import Client

ACCOUNT_SID = "@@SID@@"
MESSAGING_SERVICE_SID = "@@MG@@"


def client() -> Client:
    token = os.environ.get("TWILIO_AUTH_TOKEN")
    if not token:
        raise RuntimeError("TWILIO_AUTH_TOKEN is not set (see the store-server runbook)")
    return Client(ACCOUNT_SID, token)


def send(to: str, body: str) -> str:
    msg = client().messages.create(to=to, messaging_service_sid=MESSAGING_SERVICE_SID, body=body)
    return msg.sid
''', SID=twilio_sid("AC"), MG=twilio_sid("MG")), None, "Twilio Account SID (AC...) is an identifier; auth token from environment (Twilio docs)")

add("json/decoy-clover-device-ids", "pos/devices/clover-fleet.json", json.dumps({
    "merchant": {"id": "7QK2X9ZP4M1NB", "name": "Copperline Pawn #2"},
    "devices": [{"serial": f"C043UQ{random.Random(_seed()).randint(10**9, 10**10)}", "model": m_, "id": drawn(13, UPPER_ALNUM),
                 "employeeDefault": drawn(13, UPPER_ALNUM)} for m_ in ["Clover Flex 3", "Clover Mini 3", "Clover Station Duo"]],
    "orderTypes": {"pawnPayment": drawn(13, UPPER_ALNUM), "layaway": drawn(13, UPPER_ALNUM), "retail": drawn(13, UPPER_ALNUM)},
    "updatedBy": "it@copperlinepawn.com"}, indent=2) + "\n", None, "Clover merchant, device and order-type ids (docs.clover.com/docs/ids)")

lines = ["ticket,received,category,make,model,serial,imei,notes"]
rr = _rng()
for i in range(12):
    imei = "35" + "".join(str(rr.randint(0, 9)) for _ in range(13))
    cat, mk, model = rr.choice([("PHONE", "Apple", "iPhone 13"), ("PHONE", "Samsung", "Galaxy S22"),
                                ("TOOL", "DeWalt", "DCD791"), ("GUITAR", "Fender", "Player Strat"),
                                ("WATCH", "Seiko", "SKX007"), ("CONSOLE", "Sony", "CFI-1215A")])
    serial = "".join(rr.choice(UPPER_ALNUM) for _ in range(rr.choice([10, 11, 12])))
    lines.append(f"C2-{4400 + i},2024-04-0{1 + i % 5},{cat},{mk},{model},{serial},{imei if cat == 'PHONE' else ''},")
add("csv/decoy-item-serials", "tests/fixtures/police_export_items.csv", "\n".join(lines) + "\n", None,
    "LeadsOnline-style item rows: serial numbers and IMEIs are item identifiers (test fixture)")

add("text/decoy-firmware-sha256sums", "pos/terminals/firmware/SHA256SUMS", "\n".join(
    f"{hexs(64)}  {name}" for name in ["P8_SPIn_v3.07.41.img", "P8_SPIn_v3.07.42.img", "Z11_SPIn_v2.14.9.img",
                                       "PAX_A920Pro_BroadPOS_1.04.02.zip", "Genius_CED_5.8.2.bin"]) + "\n",
    None, "sha256sum(1) checksum file format (GNU coreutils)")

lock = {"name": "showroom-web", "version": "2.4.0", "lockfileVersion": 3, "requires": True, "packages": {
    "": {"name": "showroom-web", "version": "2.4.0", "dependencies": {"algoliasearch": "^4.22.1", "mapbox-gl": "^3.2.0"}},
    "node_modules/algoliasearch": {"version": "4.22.1", "resolved": "https://registry.npmjs.org/algoliasearch/-/algoliasearch-4.22.1.tgz",
                                   "integrity": "sha512-" + b64_bytes(64)},
    "node_modules/mapbox-gl": {"version": "3.2.0", "resolved": "https://registry.npmjs.org/mapbox-gl/-/mapbox-gl-3.2.0.tgz",
                               "integrity": "sha512-" + b64_bytes(64)},
    "node_modules/@stripe/stripe-js": {"version": "3.0.10", "resolved": "https://registry.npmjs.org/@stripe/stripe-js/-/stripe-js-3.0.10.tgz",
                                       "integrity": "sha512-" + b64_bytes(64)}}}
add("json/decoy-package-lock-integrity", "showroom-web/package-lock.json", json.dumps(lock, indent=2) + "\n", None,
    "npm package-lock.json integrity (Subresource Integrity sha512) (docs.npmjs.com)")

gosum = []
for mod, ver in [("github.com/go-sql-driver/mysql", "v1.7.1"), ("github.com/pelletier/go-toml/v2", "v2.1.1"),
                 ("golang.org/x/crypto", "v0.21.0"), ("github.com/shopspring/decimal", "v1.3.1")]:
    gosum.append(f"{mod} {ver} h1:{b64_bytes(32)}")
    gosum.append(f"{mod} {ver}/go.mod h1:{b64_bytes(32)}")
add("go-sum/decoy-module-hashes", "pricebook/go.sum", "\n".join(gosum) + "\n", None, "go.sum module checksums (go.dev/ref/mod#go-sum-files)")

add("k8s/decoy-image-digest", "k8s/buyboard/deployment.yaml", T(r"""
apiVersion: apps/v1
kind: Deployment
metadata:
  name: buyboard
  namespace: stores
spec:
  replicas: 2
  selector:
    matchLabels: {app: buyboard}
  template:
    metadata:
      labels: {app: buyboard}
    spec:
      containers:
        - name: buyboard
          image: registry.gitlab.com/tradeup-exchange/buyboard@sha256:@@D1@@
          ports: [{containerPort: 8080}]
          envFrom:
            - secretRef: {name: buyboard-env}
        - name: spot-refresher
          image: registry.gitlab.com/tradeup-exchange/spot-refresher@sha256:@@D2@@
          args: ["--interval", "15m"]
""", D1=hexs(64), D2=hexs(64)), None, "Kubernetes image references pinned by digest (kubernetes.io/docs/concepts/containers/images)")

add("html/decoy-sri-hashes", "website/layout.html", T(r"""
<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>{{ title }} | Riverbend Pawn</title>
  <link rel="stylesheet" href="https://cdn.jsdelivr.net/npm/bootstrap@5.3.3/dist/css/bootstrap.min.css"
        integrity="sha384-@@H1@@" crossorigin="anonymous">
  <script src="https://cdn.jsdelivr.net/npm/bootstrap@5.3.3/dist/js/bootstrap.bundle.min.js"
          integrity="sha384-@@H2@@" crossorigin="anonymous"></script>
</head>
<body>
  <nav class="navbar navbar-dark bg-dark"><a class="navbar-brand" href="/">Riverbend Pawn</a></nav>
  <main class="container">{{ content }}</main>
  <footer class="text-muted small">Licensed pawnbroker, OK Dept. of Consumer Credit #PB-0418</footer>
</body>
</html>
""", H1=b64_bytes(48), H2=b64_bytes(48)), None, "Subresource Integrity integrity attribute (W3C SRI)")

add("markdown/decoy-aws-docs-example", "docs/dev/aws-setup.md", T(r"""
# AWS setup for developers

Photo uploads go to S3. Locally, use your own IAM user with the `photo-sync-dev` policy and the
profile name `photo-sync`:

```ini
# ~/.aws/credentials  (example values from the AWS docs - use your own)
[photo-sync]
aws_access_key_id = AKIAIOSFODNN7EXAMPLE
aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY
```

Then run:

```bash
AWS_PROFILE=photo-sync python -m lister.photo_upload --sku TEST-0001 ./samples
```

Production stores use the instance role; never put keys on a store server.
"""), None, "AWS documentation example credentials AKIAIOSFODNN7EXAMPLE (docs.aws.amazon.com, IAM access keys)")

add("log/decoy-redacted-values", "docs/incidents/2024-02-rapid-outage.log", T(r"""
2024-02-12 23:31:02,114 INFO  rapid_export starting batch rb2_20240212 (214 transactions)
2024-02-12 23:31:02,118 DEBUG config: user=RB-PAWN-STORE2 password=******** url=https://rapid.bwiwebservices.example/api/v2/transactions
2024-02-12 23:31:04,902 ERROR POST /api/v2/transactions -> 503 Service Unavailable
2024-02-12 23:31:04,903 DEBUG request headers: {'Authorization': 'Basic [REDACTED]', 'User-Agent': 'rapid-export/1.8'}
2024-02-12 23:36:05,011 WARN  retry 1/5
2024-02-12 23:41:05,377 WARN  retry 2/5
2024-02-12 23:46:05,802 INFO  POST /api/v2/transactions -> 202 Accepted batchId=88412
2024-02-12 23:46:05,803 INFO  done in 903.7s
"""), None, "Application log with masked credentials (OWASP Logging Cheat Sheet)")

add("markdown/decoy-1password-references", "docs/runbooks/new-store-setup.md", T(r"""
# New store setup checklist

All credentials live in 1Password, vault **Store IT**. Use `op` references, never paste values here.

| What | 1Password reference |
|------|---------------------|
| PawnMaster SQL `sa` | `op://Store IT/PawnMaster SQL sa - {store}/password` |
| LeadsOnline store login | `op://Store IT/LeadsOnline {store}/password` |
| NVR admin | `op://Store IT/NVR {store}/password` |
| Dejavoo AuthKey | `op://Store IT/Dejavoo {store}/auth key` |

```bash
export LEADS_PASSWORD="$(op read 'op://Store IT/LeadsOnline 014/password')"
op inject -i pawnmaster.ini.tpl -o 'D:\PawnMaster\PawnMaster.ini'
```

After setup, rotate the NVR default password and record it in 1Password before leaving site.
"""), None, "1Password CLI secret references op://vault/item/field (developer.1password.com/docs/cli/secret-references)")

add("hcl/decoy-vault-agent-template", "ops/vault-agent/agent.hcl", T(r"""
pid_file = "/run/vault-agent.pid"

auto_auth {
  method "approle" {
    config = {
      role_id_file_path   = "/etc/vault-agent/role_id"
      secret_id_file_path = "/etc/vault-agent/secret_id"
    }
  }
}

template {
  destination = "/etc/rapid-export/env"
  perms       = "0600"
  contents    = <<EOT
{{ with secret "kv/data/compliance/bwi-rapid" }}
RAPID_USER={{ .Data.data.username }}
RAPID_PASSWORD={{ .Data.data.password }}
{{ end }}
EOT
}
"""), None, "Vault Agent auto_auth approle and template stanza (developer.hashicorp.com/vault/docs/agent-and-proxy/agent)")

add("json/decoy-keyvault-reference", "idkiosk/appsettings.json", T(r"""
{
  "Logging": { "LogLevel": { "Default": "Information", "Microsoft.AspNetCore": "Warning" } },
  "Acuant": {
    "AssureIdEndpoint": "https://us.assureid.acuant.net",
    "SubscriptionId": "a3c5e7f9-1b2d-4f6a-8c0e-2d4f6a8b0c1e",
    "Username": "svc_kiosk@mesagoldloan.com",
    "Password": "@Microsoft.KeyVault(SecretUri=https://kv-mesagold-prod.vault.azure.net/secrets/acuant-password/)"
  },
  "ConnectionStrings": {
    "Kiosk": "@Microsoft.KeyVault(VaultName=kv-mesagold-prod;SecretName=kiosk-sql)"
  },
  "AllowedHosts": "*"
}
"""), None, "App Service Key Vault references @Microsoft.KeyVault(...) (learn.microsoft.com)")

add("python/decoy-secrets-manager-lookup", "compliance/secrets.py", T(r'''
"""Credentials for the police-reporting uploaders, fetched at start-up from AWS Secrets Manager."""
import json
from functools import lru_cache

import boto3

_client = boto3.client("secretsmanager", region_name="us-east-2")


@lru_cache(maxsize=None)
def secret(name: str) -> dict:
    value = _client.get_secret_value(SecretId=name)["SecretString"]
    return json.loads(value)


def leads_credentials() -> tuple:
    s = secret("prod/compliance/leadsonline")
    return s["username"], s["password"]


def rapid_credentials() -> tuple:
    s = secret("prod/compliance/bwi-rapid")
    return s["username"], s["password"]
'''), None, "boto3 Secrets Manager get_secret_value (boto3 docs)")

add("go/decoy-env-lookup", "cmd/police-export/config.go", T(r"""
package main

import (
	"fmt"
	"os"
)

type Config struct {
	SFTPHost     string
	SFTPUser     string
	SFTPPassword string
	ExportDir    string
}

func mustEnv(key string) string {
	v, ok := os.LookupEnv(key)
	if !ok || v == "" {
		panic(fmt.Sprintf("missing required environment variable %s", key))
	}
	return v
}

func LoadConfig() Config {
	return Config{
		SFTPHost:     mustEnv("POLICE_SFTP_HOST"),
		SFTPUser:     mustEnv("POLICE_SFTP_USER"),
		SFTPPassword: mustEnv("POLICE_SFTP_PASSWORD"),
		ExportDir:    mustEnv("POLICE_EXPORT_DIR"),
	}
}
"""), None, "os.LookupEnv (pkg.go.dev/os)")

add("xml/decoy-user-secrets-csproj", "src/Counter.Payments/Counter.Payments.csproj", T(r"""
<Project Sdk="Microsoft.NET.Sdk.Web">

  <PropertyGroup>
    <TargetFramework>net8.0</TargetFramework>
    <Nullable>enable</Nullable>
    <ImplicitUsings>enable</ImplicitUsings>
    <UserSecretsId>@@ID@@</UserSecretsId>
    <RootNamespace>Mesa.Counter.Payments</RootNamespace>
  </PropertyGroup>

  <ItemGroup>
    <PackageReference Include="GlobalPayments.Api" Version="9.0.31" />
    <PackageReference Include="Azure.Extensions.AspNetCore.Configuration.Secrets" Version="1.3.1" />
    <PackageReference Include="Serilog.AspNetCore" Version="8.0.1" />
  </ItemGroup>

</Project>
""", ID=uuid_s()), None, "ASP.NET Core Secret Manager UserSecretsId (learn.microsoft.com/aspnet/core/security/app-secrets)")

add("yaml/decoy-spring-placeholders", "verify-svc/src/main/resources/application.yml", T(r"""
server:
  port: 8443
  ssl:
    key-store: file:/etc/verify-svc/keystore.p12
    key-store-password: ${KEYSTORE_PASSWORD}
    key-store-type: PKCS12

spring:
  datasource:
    url: jdbc:postgresql://verify-db:5432/verify
    username: verify
    password: ${VERIFY_DB_PASSWORD}

jumio:
  base-url: https://account.amer-1.jumio.ai
  api-token: ${JUMIO_API_TOKEN}
  api-secret: ${JUMIO_API_SECRET}
"""), None, "Spring Boot property placeholders ${...} (docs.spring.io, externalized configuration)")

add("python/decoy-pytest-dummy-token", "tests/test_rapid_upload.py", T(r'''
import pytest
import responses

from compliance import rapid_upload

DUMMY_USER = "TEST-STORE"
DUMMY_PASS = "not-a-real-password"


@pytest.fixture(autouse=True)
def fake_creds(monkeypatch):
    monkeypatch.setattr(rapid_upload, "RAPID_USER", DUMMY_USER)
    monkeypatch.setattr(rapid_upload, "RAPID_PASS", DUMMY_PASS)


@responses.activate
def test_upload_posts_batch(tmp_path):
    responses.post(rapid_upload.RAPID_URL, json={"batchId": "T-1"}, status=202)
    batch = tmp_path / "batch.xml"
    batch.write_text("<Transactions/>")
    rapid_upload.upload(str(batch))
    assert responses.calls[0].request.headers["Authorization"].startswith("Basic ")
'''), None, "pytest monkeypatch fixtures with dummy credentials (docs.pytest.org)")

add("ts/decoy-jest-fake-keys", "shipping/test/labels.test.ts", T(r"""
import { buyLabel } from '../src/labels';

jest.mock('shippo', () => ({
  Shippo: jest.fn().mockImplementation(() => ({
    shipments: { create: jest.fn().mockResolvedValue({ rates: [{ objectId: 'rate_test_1', attributes: ['CHEAPEST'] }] }) },
    transactions: { create: jest.fn().mockResolvedValue({ status: 'SUCCESS', labelUrl: 'https://example.test/label.pdf' }) },
  })),
}));

process.env.SHIPPO_API_KEY = 'shippo_test_FAKE_KEY_FOR_UNIT_TESTS';

describe('buyLabel', () => {
  it('buys the cheapest rate with insurance', async () => {
    const tx = await buyLabel({ name: 'Test Buyer', street1: '1 Main St', city: 'Tulsa', state: 'OK', zip: '74103', country: 'US' }, 12, 250);
    expect(tx.status).toBe('SUCCESS');
  });
});
"""), None, "Jest module mocks with fake keys (jestjs.io/docs/manual-mocks)")

add("json/decoy-mock-fixture", "tests/fixtures/clover_payments_page.json", T(r"""
{
  "elements": [
    {
      "id": "TESTPAYMENT0001",
      "order": { "id": "TESTORDER00001" },
      "amount": 4500,
      "tender": { "label": "Credit Card" },
      "cardTransaction": { "last4": "1111", "cardType": "VISA", "authCode": "OK1234" },
      "createdTime": 1712070000000
    }
  ],
  "href": "https://apisandbox.dev.clover.com/v3/merchants/TESTMERCHANT1/payments",
  "_note": "fixture recorded against the sandbox with token FAKE-TOKEN-FOR-TESTS"
}
"""), None, "Recorded API fixture with test card and dummy ids (docs.clover.com sandbox)")

add("yaml/decoy-password-policy", "staff-portal/config/security.yml", T(r"""
password_policy:
  min_length: 14
  require_upper: true
  require_digit: true
  require_symbol: false
  max_age_days: 180
  history: 5
  lockout:
    attempts: 6
    minutes: 15
password_reset:
  token_ttl_minutes: 30
  url: https://staff.anchorpawn.com/password/reset
mfa:
  required_roles: [MANAGER, LP_READONLY, ADMIN]
  methods: [totp, webauthn]
"""), None, "Password policy configuration (NIST SP 800-63B guidance)")
add("html/decoy-login-form", "portal/resources/views/auth/login.blade.php", T(r"""
@extends('layouts.app')

@section('content')
<form method="POST" action="{{ route('login') }}" class="card p-4 mx-auto" style="max-width: 420px">
    @csrf
    <h1 class="h4 mb-3">Pay or extend your loan</h1>
    <label for="ticket">Ticket number</label>
    <input id="ticket" name="ticket" type="text" class="form-control" placeholder="e.g. RB2-004481" required autofocus>
    <label for="password" class="mt-3">Password</label>
    <input id="password" name="password" type="password" class="form-control" autocomplete="current-password" required>
    @error('password')
        <div class="text-danger small">{{ $message }}</div>
    @enderror
    <a href="{{ route('password.request') }}" class="small mt-2">Forgot your password?</a>
    <button type="submit" class="btn btn-primary mt-3">Sign in</button>
</form>
@endsection
"""), None, "Laravel Blade login form (laravel.com/docs/blade)")

add("properties/decoy-i18n-labels", "counter-app/src/main/resources/messages_es.properties", T(r"""
login.title=Iniciar sesion
login.username=Usuario
login.password=Contrasena
login.password.forgot=Olvido su contrasena?
login.error.badPassword=Usuario o contrasena incorrectos
ticket.label=Boleto de empeno
ticket.maturity=Fecha de vencimiento
id.scan.prompt=Escanee la licencia del cliente
id.scan.expired=La identificacion esta vencida
api.key.missing=Falta la clave de API del escaner; llame a soporte
"""), None, "Java ResourceBundle .properties message files (docs.oracle.com)")

add("yaml/decoy-kms-ciphertext", "lister/config/prod.yml", T(r"""
# Values starting with kms: are decrypted at start-up by lister.config.kms_decrypt (key alias/lister-prod)
ebay:
  app_id: @@APPID@@
  cert_id: kms:@@C1@@
  refresh_token: kms:@@C2@@
openai:
  api_key: kms:@@C3@@
photos:
  bucket: tradeup-listing-photos
  max_per_item: 12
""", APPID=ebay_app_id("TradeUpE", "Sync"), C1="AQICAHh" + b64_bytes(140), C2="AQICAHh" + b64_bytes(260), C3="AQICAHh" + b64_bytes(200)),
    None, "AWS KMS Encrypt CiphertextBlob, base64 (docs.aws.amazon.com/kms/latest/APIReference/API_Encrypt.html)")

add("properties/decoy-jasypt-encrypted", "police-batch/src/main/resources/application-prod.properties", T(r"""
spring.datasource.url=jdbc:sqlserver://bst-sql01:1433;databaseName=PawnMaster;encrypt=true
spring.datasource.username=police_batch
spring.datasource.password=ENC(@@E1@@)
police.sftp.host=lapawn.example.gov
police.sftp.user=bayoubst_upload
police.sftp.password=ENC(@@E2@@)
# jasypt.encryptor.password is supplied with -Djasypt.encryptor.password at launch from the vault
jasypt.encryptor.algorithm=PBEWITHHMACSHA512ANDAES_256
""", E1=b64_bytes(48), E2=b64_bytes(48)), None, "jasypt-spring-boot ENC(...) encrypted properties (github.com/ulisesbocchio/jasypt-spring-boot)")

hl = ["customer_key,id_state,id_type,id_number_sha256,visits_12mo"]
for i in range(10):
    hl.append(f"CUST-{10420 + i},OK,DL,{hexs(64)},{random.Random(_seed()).randint(1, 40)}")
add("csv/decoy-hashed-id-numbers", "analysis/data/repeat_customers_sample.csv", "\n".join(hl) + "\n", None,
    "SHA-256 digests of ID numbers used as pseudonymous keys (NIST FIPS 180-4)")

add("markdown/decoy-jwt-docs-example", "docs/api/auth.md", T(r"""
# Inventory API authentication

Clients send a JWT in the `Authorization` header. The token is signed by the staff portal (RS256);
the API only holds the public key (`GET /.well-known/jwks.json`).

Shape of a token (this is the well-known example from jwt.io, HS256 with the secret
`your-256-bit-secret`; it is **not** accepted by our API):

```
Authorization: Bearer eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c
```

Claims we require: `sub` (staff id), `store`, `role`, `exp` (at most 8 hours).
"""), None, "JSON Web Token example from jwt.io (RFC 7519)")

add("xml/decoy-masked-nvr-export", "nvr/hikvision/store2_channels_export.xml", T(r"""
<?xml version="1.0" encoding="UTF-8"?>
<!-- iVMS-4200 device list export: passwords are not exported -->
<DeviceList version="2.0">
  <Device>
    <Name>Store2-NVR</Name>
    <Address>10.20.5.10</Address>
    <Port>8000</Port>
    <UserName>admin</UserName>
    <Password>********</Password>
    <SerialNo>DS-7616NI-Q2/16P1620221123CCRRJ48210754WCVU</SerialNo>
    <ChannelCount>16</ChannelCount>
  </Device>
  <Device>
    <Name>Store2-Doorbell</Name>
    <Address>10.20.5.60</Address>
    <Port>8000</Port>
    <UserName>admin</UserName>
    <Password></Password>
    <SerialNo>DS-KV6113-WPE10120230304CCRRJ61122873</SerialNo>
  </Device>
</DeviceList>
"""), None, "Hikvision iVMS-4200 device list export with masked password (Hikvision user manual)")

add("powershell/decoy-read-host-credential", "scripts/Reset-NvrPassword.ps1", T(r"""
<#
  Sets a new admin password on a store NVR through ISAPI. The operator types both passwords;
  nothing is stored. Record the new one in 1Password (Store IT vault) afterwards.
#>
param([Parameter(Mandatory)] [string]$NvrHost)

$current = Get-Credential -UserName 'admin' -Message "Current NVR admin password for $NvrHost"
$newPass = Read-Host -AsSecureString -Prompt 'New admin password'
$plain = [Runtime.InteropServices.Marshal]::PtrToStringBSTR([Runtime.InteropServices.Marshal]::SecureStringToBSTR($newPass))

$body = @"
<User><id>1</id><userName>admin</userName><password>$plain</password></User>
"@
Invoke-RestMethod -Uri "http://$NvrHost/ISAPI/Security/users/1" -Method Put -Credential $current `
    -Body $body -ContentType 'application/xml' | Out-Null
Remove-Variable plain
Write-Host "Password changed on $NvrHost. Update 1Password now."
"""), None, "Get-Credential and Read-Host -AsSecureString (learn.microsoft.com/powershell)")

add("markdown/decoy-changelog-rotation", "CHANGELOG.md", T(r"""
# Changelog

## 3.2.7 - 2024-04-03
### Security
- Rotated the LeadsOnline SFTP password and the Twilio auth token after the March laptop theft.
  New values are in Secrets Manager (`prod/compliance/leadsonline`, `prod/notify/twilio`).
- Removed a hard-coded Verkada API key from `vms/verkada_footage_link.py` history (key revoked).
### Fixed
- Police export no longer sends `N/A` as a serial number.
- Loan reminder texts use the store's local time zone.

## 3.2.6 - 2024-03-11
### Added
- Clover payments mirrored into the cash drawer table.
"""), None, "Keep a Changelog format (keepachangelog.com)")

add("terraform/decoy-sensitive-variable", "infra/terraform/variables.tf", T(r"""
variable "environment" {
  type    = string
  default = "prod"
}

variable "ledger_admin_password" {
  description = "Master password for the loan ledger RDS instance (set via TF_VAR_ledger_admin_password)"
  type        = string
  sensitive   = true
}

variable "cloudflare_api_token" {
  description = "Scoped DNS edit token; provided by the CI secret store"
  type        = string
  sensitive   = true
  nullable    = false
}

variable "store_cidrs" {
  type    = list(string)
  default = ["10.20.0.0/16", "10.30.0.0/16", "10.40.0.0/16"]
}
"""), None, "Terraform sensitive input variables (developer.hashicorp.com/terraform/language/values/variables)")

add("k8s/decoy-stringdata-placeholder", "k8s/police-export/secret.template.yaml", T(r"""
# Template only - the real Secret is created by the deploy pipeline from Vault.
apiVersion: v1
kind: Secret
metadata:
  name: police-export
  namespace: compliance
type: Opaque
stringData:
  LEADS_SFTP_USER: REPLACE_ME
  LEADS_SFTP_PASSWORD: REPLACE_ME
  RAPID_API_KEY: REPLACE_ME
  EXPORT_AGENCY: LEADS
"""), None, "Kubernetes Secret stringData (kubernetes.io docs)")

add("crontab/decoy-sourced-creds", "ops/crontab.police", T(r"""
# Police reporting jobs (user: pawnexport)
SHELL=/bin/bash
PATH=/usr/local/bin:/usr/bin:/bin
MAILTO=compliance@bayoubuyselltrade.com

# credentials are in /etc/pawnexport/creds.env (0600, root:pawnexport), managed by ansible-vault
30 23 * * *  set -a; . /etc/pawnexport/creds.env; set +a; /opt/police-export/bin/export --since yesterday
45 23 * * *  set -a; . /etc/pawnexport/creds.env; set +a; /opt/police-export/bin/upload --delete-after
0 6 * * 1    /opt/police-export/bin/report-weekly | mail -s "Weekly police report summary" compliance@bayoubuyselltrade.com
"""), None, "crontab(5) with environment sourced from a protected file")

add("sql/decoy-password-hash-column", "db/migrations/V012__customer_portal_accounts.sql", T(r"""
-- Customer portal accounts (pay/extend online)
CREATE TABLE portal_account (
    id              BIGSERIAL PRIMARY KEY,
    customer_id     BIGINT NOT NULL REFERENCES customer(id),
    email           CITEXT NOT NULL UNIQUE,
    password_hash   TEXT NOT NULL,            -- argon2id, see PortalAuth::hash()
    password_set_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    mfa_secret_enc  BYTEA,                    -- encrypted with the app KMS key
    failed_logins   SMALLINT NOT NULL DEFAULT 0,
    locked_until    TIMESTAMPTZ,
    created_at      TIMESTAMPTZ NOT NULL DEFAULT now()
);

CREATE INDEX portal_account_customer_idx ON portal_account (customer_id);
COMMENT ON COLUMN portal_account.password_hash IS 'never store plaintext; reset via emailed token';
"""), None, "PostgreSQL DDL for a credentials table holding hashes only")

add("js/decoy-google-oauth-client-id", "staff-portal/src/signin.js", T(r"""
// Google Sign-In for staff. The client ID is public; the server verifies the ID token's aud.
const CLIENT_ID = '@@CID@@';

window.onload = () => {
  google.accounts.id.initialize({
    client_id: CLIENT_ID,
    hd: 'anchorpawn.com',
    callback: async ({ credential }) => {
      const res = await fetch('/auth/google', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ credential }),
      });
      if (res.ok) window.location = '/dashboard';
    },
  });
  google.accounts.id.renderButton(document.getElementById('gsi'), { theme: 'outline', size: 'large' });
};
""", CID=f"{random.Random(_seed()).randint(10**11, 10**12)}-{drawn(32, LOWER_ALNUM)}.apps.googleusercontent.com"), None,
    "Google Identity Services client_id for web (developers.google.com/identity/gsi/web)")

add("npmrc/decoy-env-token", "packages/receipt-templates/.npmrc", T(r"""
registry=https://registry.npmjs.org/
@copperline:registry=https://npm.pkg.github.com/
//npm.pkg.github.com/:_authToken=${GITHUB_PACKAGES_TOKEN}
always-auth=true
save-exact=true
"""), None, "npm .npmrc environment variable expansion ${VAR} (docs.npmjs.com/cli/configuring-npm/npmrc)")

postman = {"id": uuid_s(), "name": "RAPID - production", "values": [
    {"key": "baseUrl", "value": "https://rapid.bwiwebservices.example/api/v2", "type": "default", "enabled": True},
    {"key": "username", "value": "", "type": "default", "enabled": True},
    {"key": "password", "value": "", "type": "secret", "enabled": True},
    {"key": "apiKey", "value": "{{RAPID_API_KEY}}", "type": "secret", "enabled": True}],
    "_postman_variable_scope": "environment", "_postman_exported_at": "2024-03-29T15:20:44.118Z",
    "_postman_exported_using": "Postman/10.24.9"}
add("json/decoy-postman-environment", "compliance/postman/rapid-prod.postman_environment.json", json.dumps(postman, indent=2) + "\n",
    None, "Postman environment export with secret-type variables left empty (learning.postman.com)")

nb = {"cells": [
    {"cell_type": "markdown", "metadata": {}, "source": ["# Repeat sellers report\n", "Flags sellers with 5+ buys of the same category in 30 days for LP review."]},
    {"cell_type": "code", "execution_count": 1, "metadata": {}, "outputs": [], "source": [
        "import getpass\n", "import pandas as pd\n", "import sqlalchemy as sa\n", "\n",
        "pw = getpass.getpass('warehouse password: ')\n",
        "engine = sa.create_engine(sa.engine.URL.create('mssql+pyodbc', username='analyst_dw', password=pw,\n",
        "    host='corp-sql02.mesagoldloan.local', database='LoanWarehouse',\n",
        "    query={'driver': 'ODBC Driver 17 for SQL Server'}))"]},
    {"cell_type": "code", "execution_count": 2, "metadata": {}, "outputs": [], "source": [
        "df = pd.read_sql('SELECT customer_key, category, COUNT(*) n FROM fact_buy '\n",
        "                 'WHERE bought_on >= DATEADD(day,-30,GETDATE()) GROUP BY customer_key, category', engine)\n",
        "df[df.n >= 5].sort_values('n', ascending=False)"]}],
    "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
    "nbformat": 4, "nbformat_minor": 5}
add("notebook/decoy-getpass", "notebooks/repeat_sellers.ipynb", json.dumps(nb, indent=1) + "\n", None,
    "getpass.getpass prompt in a Jupyter notebook (docs.python.org/3/library/getpass.html)")

add("ini/decoy-terminal-ids", "pos/terminals/store014.ini", T(r"""
; Card terminals at store 014 - identifiers only. AuthKeys are entered on site from 1Password.
[Counter1]
Model=Dejavoo P8
TPN=218914007245
RegisterId=1
SerialNumber=P8A0419227841
[Counter2]
Model=Dejavoo P8
TPN=218914007246
RegisterId=2
SerialNumber=P8A0419227913
[Jewelry]
Model=Dejavoo Z11
TPN=218914007251
RegisterId=3
SerialNumber=Z11B2208815532
"""), None, "Dejavoo terminal identifiers TPN and register id (Dejavoo SPIn API guide)")

png = b64_bytes(420)
add("html/decoy-data-uri-logo", "notify/templates/forfeit_notice.html", T(r"""
<!doctype html>
<html>
<body style="font-family: Arial, sans-serif; color: #222">
  <img alt="Bayou Buy Sell Trade" width="180"
       src="data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAALQAAAA8CAYAAAA@@PNG@@">
  <p>Hi {{ name }},</p>
  <p>Your loan <b>#{{ ticket }}</b> for <i>{{ item }}</i> passed its grace period on {{ forfeit_date }}.
     Under state law the item is now the property of the store.</p>
  <p>Questions? Call (504) 555-0188.</p>
</body>
</html>
""", PNG=png), None, "data: URIs with base64 image content (RFC 2397)")

add("gradle/decoy-keystore-properties", "android/app/build.gradle.kts", T(r"""
import java.util.Properties

plugins {
    id("com.android.application")
    kotlin("android")
}

val keystoreProps = Properties().apply {
    val f = rootProject.file("keystore.properties")  // not in git; CI writes it from secrets
    if (f.exists()) f.inputStream().use { load(it) }
}

android {
    namespace = "com.tradeup.scan"
    compileSdk = 34
    defaultConfig {
        applicationId = "com.tradeup.scan"
        minSdk = 26
        targetSdk = 34
        versionCode = 41
        versionName = "2.6.0"
    }
    signingConfigs {
        create("release") {
            storeFile = file(keystoreProps.getProperty("storeFile", "release.jks"))
            storePassword = keystoreProps.getProperty("storePassword") ?: System.getenv("KEYSTORE_PASSWORD")
            keyAlias = keystoreProps.getProperty("keyAlias", "tradeup")
            keyPassword = keystoreProps.getProperty("keyPassword") ?: System.getenv("KEY_PASSWORD")
        }
    }
    buildTypes {
        getByName("release") { signingConfig = signingConfigs.getByName("release") }
    }
}
"""), None, "Android Gradle signingConfigs reading keystore.properties (developer.android.com/studio/publish/app-signing)")

add("swift/decoy-keychain-read", "ios/CounterScan/Sources/Credentials.swift", T(r"""
import Foundation
import Security

/// The DIVE secret is provisioned per device by MDM into the keychain; never compiled in.
enum Credentials {
    static func diveSecret() -> String? {
        let query: [String: Any] = [
            kSecClass as String: kSecClassGenericPassword,
            kSecAttrService as String: "com.copperlinepawn.counterscan.dive",
            kSecAttrAccount as String: "secret-key",
            kSecReturnData as String: true,
            kSecMatchLimit as String: kSecMatchLimitOne,
        ]
        var item: CFTypeRef?
        guard SecItemCopyMatching(query as CFDictionary, &item) == errSecSuccess,
              let data = item as? Data else { return nil }
        return String(data: data, encoding: .utf8)
    }
}
"""), None, "Keychain Services SecItemCopyMatching (developer.apple.com/documentation/security)")

add("python/decoy-webhook-test-secret", "tests/test_veriff_webhook.py", T(r'''
import hashlib
import hmac
import json

from kyc.webhook import app

TEST_SHARED_SECRET = "test-shared-secret"  # the app reads VERIFF_SHARED_SECRET; tests override it


def sign(body: bytes) -> str:
    return hmac.new(TEST_SHARED_SECRET.encode(), body, hashlib.sha256).hexdigest()


def test_rejects_bad_signature(monkeypatch):
    monkeypatch.setenv("VERIFF_SHARED_SECRET", TEST_SHARED_SECRET)
    body = json.dumps({"verification": {"id": "test-id", "status": "approved"}}).encode()
    client = app.test_client()
    assert client.post("/veriff/decision", data=body, headers={"X-HMAC-SIGNATURE": "00" * 32}).status_code == 401
    assert client.post("/veriff/decision", data=body, headers={"X-HMAC-SIGNATURE": sign(body)}).status_code == 200
'''), None, "HMAC webhook verification test with an obviously fake shared secret (docs.python.org hmac)")

dash = {"uid": drawn(9, ALNUM), "title": "Store servers", "tags": ["stores"], "timezone": "America/Chicago",
        "panels": [{"id": i + 1, "type": "timeseries", "title": t,
                    "datasource": {"type": "prometheus", "uid": drawn(9, ALNUM)},
                    "targets": [{"expr": e, "refId": "A"}]} for i, (t, e) in enumerate([
                        ("SQL Server CPU", 'windows_cpu_time_total{job="store-servers"}'),
                        ("Police export age (h)", "(time() - police_export_last_success_timestamp) / 3600"),
                        ("NVR disk free", 'node_filesystem_avail_bytes{mountpoint="/mnt/nvr"}')])],
        "version": 17}
add("json/decoy-grafana-dashboard-uids", "ops/grafana/store-servers.json", json.dumps(dash, indent=2) + "\n", None,
    "Grafana dashboard JSON model, uid fields (grafana.com/docs/grafana/latest/dashboards/build-dashboards/view-dashboard-json-model)")

add("yaml/decoy-argon2-hash", "buyboard/config/admin.yml", T(r"""
# Buy-board kiosk admin (price overrides). Generate with: buyboard hash-password
admin:
  username: manager
  password_hash: "$argon2id$v=19$m=65536,t=3,p=4$@@SALT@@$@@HASH@@"
  session_minutes: 20
display:
  rotate_seconds: 12
  show_silver: true
  markup_note: "Prices per gram, 14K/10K/sterling. Subject to change with spot."
""", SALT=b64_bytes(16).rstrip("="), HASH=b64_bytes(32).rstrip("=")), None, "Argon2 PHC string format (github.com/P-H-C/phc-string-format)")

add("sql/decoy-mysql-native-hash", "db/dump/grants_20240301.sql", T(r"""
-- mysqldump of grants from mysql-01 (hashes only)
CREATE USER IF NOT EXISTS 'pricebook'@'10.%' IDENTIFIED WITH 'mysql_native_password' AS '*@@H1@@';
GRANT SELECT, INSERT, UPDATE, DELETE ON `pricebook`.* TO 'pricebook'@'10.%';
CREATE USER IF NOT EXISTS 'reporting'@'10.%' IDENTIFIED WITH 'caching_sha2_password' AS '$A$005$@@SALT@@@@H2@@';
GRANT SELECT ON `pricebook`.* TO 'reporting'@'10.%';
FLUSH PRIVILEGES;
""", H1=drawn(40, UPPER_HEX), SALT=drawn(20, ALNUM), H2=drawn(43, ALNUM + "./")), None,
    "MySQL mysql_native_password hash format *<40 hex> (dev.mysql.com/doc)")

add("markdown/decoy-vendor-placeholder", "docs/integrations/leadsonline.md", T(r"""
# LeadsOnline integration

The uploader reads `config/leads.yml`:

```yaml
leadsonline:
  store_id: <your 5-digit LeadsOnline store id>
  username: <upload user from the LeadsOnline portal>
  password: <upload password - keep in Secrets Manager>
  sftp_host: sftp.leadsonline.com
```

Test against the LeadsOnline test drop with `--dry-run`, which validates the XML against the
schema without uploading. Ask LeadsOnline support to create an upload user per store; do not
share the manager's portal login with the uploader.
"""), None, "Integration doc with angle-bracket placeholders")

add("json/decoy-gold-price-response", "tests/fixtures/metals_api_latest.json", T(r"""
{
  "success": true,
  "timestamp": 1712081400,
  "date": "2024-04-02",
  "base": "USD",
  "rates": {
    "USD": 1,
    "XAU": 0.0004387,
    "XAG": 0.0395101,
    "XPT": 0.0010829,
    "USDXAU": 2279.46,
    "USDXAG": 25.31
  },
  "unit": "per ounce",
  "request_id": "@@RID@@"
}
""", RID=uuid_s()), None, "Metals-API latest endpoint response (metals-api.com/documentation)")

add("yaml/decoy-openapi-spec", "api/openapi.yaml", T(r"""
openapi: 3.0.3
info:
  title: Copperline Inventory API
  version: 1.4.0
servers:
  - url: https://inventory.copperlinepawn.com/api
components:
  securitySchemes:
    basicAuth:
      type: http
      scheme: basic
    bearerAuth:
      type: http
      scheme: bearer
      bearerFormat: JWT
security:
  - bearerAuth: []
paths:
  /items:
    get:
      summary: Items released from police hold
      parameters:
        - {name: released, in: query, schema: {type: string, example: today}}
        - name: Authorization
          in: header
          schema: {type: string, example: "Bearer <access-token>"}
      responses:
        "200": {description: OK}
"""), None, "OpenAPI 3.0 securitySchemes (spec.openapis.org/oas/v3.0.3)")

add("compose/decoy-mssql-docs-example", "tests/integration/docker-compose.test.yml", T(r"""
# Throwaway SQL Server for the integration tests (CI and laptops). Not reachable from outside.
services:
  mssql:
    image: mcr.microsoft.com/mssql/server:2019-latest
    environment:
      ACCEPT_EULA: "Y"
      MSSQL_SA_PASSWORD: "yourStrong(!)Password"   # the example value from Microsoft's quickstart
      MSSQL_PID: Developer
    ports:
      - "127.0.0.1:14333:1433"
    tmpfs:
      - /var/opt/mssql/data
"""), None, "SQL Server Linux container quickstart example password (learn.microsoft.com/sql/linux/quickstart-install-connect-docker)")

add("bash-history/decoy-no-secrets", "ops/notes/nvr-gateway.bash_history", T(r"""
sudo apt update && sudo apt upgrade -y
docker compose -f /opt/nvr/docker-compose.yml pull
read -rsp 'rtsp pw: ' FRIGATE_RTSP_PASSWORD; export FRIGATE_RTSP_PASSWORD
docker compose -f /opt/nvr/docker-compose.yml up -d
docker logs --tail 50 frigate
df -h /mnt/nvr
curl -s -o /dev/null -w '%{http_code}\n' http://127.0.0.1:5000/api/version
exit
"""), None, "bash history where the password is read from a silent prompt (bash read -s)")

add("shell/decoy-vault-cli", "ops/bin/rotate_nvr_password.sh", T(r"""
#!/usr/bin/env bash
# Rotate a store NVR's admin password and keep it in Vault.
set -euo pipefail
store="$1"; nvr="$2"

old="$(vault kv get -field=password "kv/stores/${store}/nvr")"
new="$(openssl rand -base64 18 | tr -d '/+=' | cut -c1-16)"

curl -fsS --digest -u "admin:${old}" -X PUT -H 'Content-Type: application/xml' \
  -d "<User><id>1</id><userName>admin</userName><password>${new}</password></User>" \
  "http://${nvr}/ISAPI/Security/users/1" > /dev/null

vault kv put "kv/stores/${store}/nvr" username=admin password="${new}"
echo "rotated NVR password for ${store}"
"""), None, "Vault KV CLI get/put (developer.hashicorp.com/vault/docs/commands/kv)")

add("ini/decoy-odbc-trusted-connection", "deploy/odbc/PawnWarehouse.dsn", T(r"""
[ODBC]
DRIVER=ODBC Driver 17 for SQL Server
DATABASE=PawnWarehouse
WSID=CORP-RPT01
APP=Power BI Gateway
Trusted_Connection=Yes
SERVER=corp-sql01.anchorpawn.local
Encrypt=Yes
"""), None, "ODBC file DSN with Windows integrated authentication (Microsoft docs)")

add("xml/decoy-filezilla-ask-password", "ops/filezilla/sitemanager.template.xml", T(r"""
<?xml version="1.0" encoding="UTF-8" standalone="yes" ?>
<FileZilla3 version="3.66.4" platform="windows">
    <Servers>
        <Server>
            <Host>pawndata.cityofmesa.example.gov</Host>
            <Port>22</Port>
            <Protocol>1</Protocol>
            <Type>0</Type>
            <User>mesagold_03</User>
            <Logontype>2</Logontype>
            <Name>City pawn data drop (asks for password)</Name>
            <RemoteDir>1 0 8 incoming</RemoteDir>
        </Server>
    </Servers>
</FileZilla3>
"""), None, "FileZilla sitemanager.xml Logontype 2 = ask for password (FileZilla wiki)")

add("yaml/decoy-frigate-env-substitution", "nvr/frigate/config.store3.yml", T(r"""
cameras:
  front_counter:
    ffmpeg:
      inputs:
        - path: rtsp://admin:{FRIGATE_RTSP_PASSWORD}@10.30.5.21:554/Streaming/Channels/101
          roles: [record, detect]
  safe_room:
    ffmpeg:
      inputs:
        - path: rtsp://admin:{FRIGATE_RTSP_PASSWORD}@10.30.5.25:554/Streaming/Channels/101
          roles: [record]
record:
  enabled: true
  retain: {days: 45, mode: all}
"""), None, "Frigate config environment substitution {FRIGATE_*} (docs.frigate.video/configuration/reference)")

add("text/decoy-ssh-known-hosts", "ansible/roles/police_export/files/known_hosts", "\n".join([
    "sftp.leadsonline.com ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI" + drawn(43, ALNUM + "+/"),
    "sftp.leadsonline.com ecdsa-sha2-nistp256 AAAAE2VjZHNhLXNoYTItbmlzdHAyNTYAAAAIbmlzdHAyNTYAAABBB" + drawn(87, ALNUM + "+/") + "=",
    "pawndata.cityofmesa.example.gov ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQ" + drawn(342, ALNUM + "+/"),
    "lapawn.example.gov ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI" + drawn(43, ALNUM + "+/"),
    "|1|" + b64_bytes(20) + "|" + b64_bytes(20) + " ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI" + drawn(43, ALNUM + "+/"),
]) + "\n", None, "OpenSSH known_hosts format (sshd(8) SSH_KNOWN_HOSTS FILE FORMAT)")

add("python/decoy-uuid-ids", "kyc/workflows.py", T(r'''
"""Identity-check workflow ids per channel (ids, not credentials; keys come from the vault)."""
from enum import Enum


class Channel(str, Enum):
    COUNTER = "counter"
    ONLINE_OFFER = "online_offer"
    MAIL_IN = "mail_in"


ONFIDO_WORKFLOWS = {
    Channel.COUNTER: "@@U1@@",
    Channel.ONLINE_OFFER: "@@U2@@",
    Channel.MAIL_IN: "@@U3@@",
}

JUMIO_ACCOUNT_ID = "@@U4@@"
PERSONA_TEMPLATE = "itmpl_Kq7wN2xYzR9vB4mT6cJ8hL1d"
''', U1=uuid_s(), U2=uuid_s(), U3=uuid_s(), U4=uuid_s()), None, "Workflow and account identifiers are UUIDs (documentation.onfido.com; Jumio docs)")

assert len({case.file_name for case in CASES}) == len(CASES)
assert SEED_LOW <= _SEED[0] <= SEED_HIGH
