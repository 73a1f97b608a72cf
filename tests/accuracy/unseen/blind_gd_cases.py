"""Blind set GD: hardware stores and lumber yards.

Their ERP and inventory glue (BisTrack, DMSi Agility, Epicor Eagle, Spruce), POS and card processors,
web stores, delivery and fleet scheduling, contractor accounts and statements, co-op and supplier EDI
(SPS, AS2, SFTP price files), and the small IT that keeps the yard running; with their decoys.
Generated fakes only (seeds 2220000-2229999).
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
URLSAFE = ALNUM + "-_"
LOWERNUM = string.ascii_lowercase + string.digits
UPPERNUM = string.ascii_uppercase + string.digits
SEED_LO, SEED_HI = 2220000, 2229999
_SEED = [SEED_LO]


def _seed() -> int:
    _SEED[0] += 7
    assert _SEED[0] <= SEED_HI
    return _SEED[0]


def _rng() -> random.Random:
    return random.Random(_seed())


def alnum(n: int, alphabet: str = ALNUM) -> str:
    return fakes.drawn_mixed(_seed(), n, alphabet)


def hexs(n: int, upper: bool = False) -> str:
    return fakes.drawn(_seed(), n, UPHEX if upper else HEX)


def uuid_s() -> str:
    return fakes.uuid4(_seed())


TIMBER = ["Cedar", "Spruce", "Hemlock", "Rafter", "Joist", "Lumber", "Hammer", "Anvil", "Chisel", "Plank",
          "Timber", "Truss", "Birch", "Hickory", "Sawmill", "Gable", "Dowel", "Mortar", "Shingle", "Ledger"]
LOWER = ["sawdust", "forklift", "pallet", "rebar", "drywall", "lintel", "plywood", "soffit", "gravel",
         "hinge", "bracket", "stud", "caulk", "lathe", "bevel", "tarp"]


def words_pw() -> str:
    r = _rng()
    return r.choice(TIMBER) + r.choice("!#$%*") + r.choice(TIMBER) + str(r.randint(10, 9999))


def simple_pw() -> str:
    """What a store manager picks for a device: a word, a year or a store number, a symbol."""
    r = _rng()
    return r.choice(TIMBER) + str(r.choice([2016, 2018, 2019, 2021, 2022, 2023, 4471, 118, 77])) + r.choice("!#$.")


def rand_pw(n: int = 20, extra: str = "") -> str:
    r = _rng()
    while True:
        value = "".join(r.choice(ALNUM + extra) for _ in range(n))
        if any(c.isdigit() for c in value) and any(c.isupper() for c in value):
            return value


def passphrase() -> str:
    r = _rng()
    return "-".join(r.sample(LOWER, 4)) + str(r.randint(2, 99))


def b64(s: str) -> str:
    return base64.b64encode(s.encode()).decode()


def b64url_nopad(s: str) -> str:
    return base64.urlsafe_b64encode(s.encode()).decode().rstrip("=")


def digits(n: int) -> str:
    r = _rng()
    return str(r.randint(1, 9)) + "".join(r.choice(string.digits) for _ in range(n - 1))


# --- vendor shapes (as each vendor documents or issues them) ---------------------------------------

def stripe_sk() -> str:
    return "sk_live_51" + alnum(14) + alnum(83)


def stripe_rk() -> str:
    return "rk_live_51" + alnum(97)


def stripe_whsec() -> str:
    return "whsec_" + alnum(32)


def stripe_pk() -> str:
    return "pk_live_51" + alnum(97)


def square_token() -> str:
    return "EAAA" + alnum(60, URLSAFE)


def square_secret() -> str:
    return "sq0csp-" + alnum(43, URLSAFE)


def square_app_id() -> str:
    return "sq0idp-" + alnum(22, URLSAFE)


def shopify(prefix: str = "shpat_") -> str:
    return prefix + hexs(32)


def woo(prefix: str) -> str:
    return prefix + hexs(40)


def google_key() -> str:
    return "AIza" + "Sy" + alnum(33, URLSAFE)


def twilio_sid(prefix: str = "AC") -> str:
    return prefix + hexs(32)


def sendgrid_key() -> str:
    return "SG." + alnum(22, URLSAFE) + "." + alnum(43, URLSAFE)


def mailgun_key() -> str:
    return hexs(32) + "-" + hexs(8) + "-" + hexs(8)


def slack_webhook() -> str:
    return ("https://hooks.slack.com/services/T" + alnum(8, UPPERNUM) + "/B" + alnum(10, UPPERNUM)
            + "/" + alnum(24))


def slack_bot() -> str:
    return f"xoxb-{digits(12)}-{digits(13)}-" + alnum(24)


def teams_webhook(tenant: str) -> str:
    return (f"https://{tenant}.webhook.office.com/webhookb2/{uuid_s()}@{uuid_s()}/IncomingWebhook/"
            f"{hexs(32)}/{uuid_s()}/V2" + alnum(43, URLSAFE))


def discord_webhook() -> str:
    return f"https://discord.com/api/webhooks/{digits(19)}/" + alnum(68, URLSAFE)


def azure_secret() -> str:
    return alnum(3) + "8Q~" + alnum(34, ALNUM + "_.-~")


def azure_storage_key() -> str:
    return alnum(86, ALNUM + "+/") + "=="


def pem_key(kind: str = "RSA") -> str:
    return fakes.fake_pem(_seed(), kind)


def samsara_token() -> str:
    return "samsara_api_" + alnum(30)


def docker_pat() -> str:
    return "dckr_pat_" + alnum(27, URLSAFE)


def anthropic_key() -> str:
    return "sk-ant-api03-" + alnum(93, URLSAFE) + "AA"


def mapbox(prefix: str, user: str) -> str:
    return prefix + "." + b64url_nopad(json.dumps({"u": user, "a": alnum(25, LOWERNUM)}, separators=(",", ":"))) + "." + alnum(22, URLSAFE)


def sentry_token() -> str:
    claims = json.dumps({"iat": 1709251200.0, "url": "https://sentry.io", "region_url": "https://us.sentry.io",
                         "org": "pine-ridge-lumber"}, separators=(",", ":"))
    return "sntrys_" + base64.b64encode(claims.encode()).decode().rstrip("=") + "_" + alnum(43)


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
    CASES.append(LabelledCase(f"blind-gd/{category}", file_name, text, secret, source))


# ================================================================================================
# ERP, inventory and yard systems: BisTrack, DMSi Agility, Epicor Eagle, Spruce, their SQL servers
# ================================================================================================

add("ini/sqlserver-password", "reports/margin_extract/bistrack_reports.ini",
    "https://learn.microsoft.com/en-us/sql/connect/odbc/dsn-connection-string-attribute",
    r"""
; BisTrack reporting extract - Pine Ridge Lumber
; Used by the nightly margin report (scheduled task on YARD-APP02, runs as PRL\svc_reports)
[Database]
Driver=ODBC Driver 17 for SQL Server
Server=BT-SQL01\BISTRACK
Database=BisTrack_Live
UID=rpt_extract
PWD=@@secret@@
Encrypt=yes
TrustServerCertificate=yes

[Output]
Folder=\\prl-fs01\reports\margin
Format=xlsx
Branches=01,02,04
KeepDays=45

[Mail]
To=owners@pineridgelumber.com;yardmgr@pineridgelumber.com
Subject=Daily margin by branch
""", words_pw())

add("csharp/sqlserver-password", "src/PineRidge.BisTrackSync/Data/BisTrackDb.cs",
    "https://learn.microsoft.com/en-us/dotnet/api/system.data.sqlclient.sqlconnection.connectionstring",
    """
using System.Data.SqlClient;

namespace PineRidge.BisTrackSync.Data
{
    internal static class BisTrackDb
    {
        // Login created by Epicor support for the web order import (read + insert on SalesOrder* only).
        private const string ConnectionString =
            "Server=BT-SQL01.prl.local,1433;Database=BisTrack_Live;User Id=web_import;" +
            "Password=@@secret@@;Application Name=BisTrackSync;Connect Timeout=30;";

        public static SqlConnection Open()
        {
            var conn = new SqlConnection(ConnectionString);
            conn.Open();
            return conn;
        }

        public static int PendingWebOrders(SqlConnection conn)
        {
            using var cmd = new SqlCommand(
                "SELECT COUNT(*) FROM dbo.SalesOrder WHERE OrderSource = 'WEB' AND Status = 'P'", conn);
            return (int)cmd.ExecuteScalar();
        }
    }
}
""", rand_pw(16))

add("xml/sqlserver-password", "ContractorPortal/Web.config",
    "https://learn.microsoft.com/en-us/dotnet/framework/data/adonet/connection-strings-and-configuration-files",
    r"""
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <connectionStrings>
    <add name="BisTrack" connectionString="Data Source=BT-SQL01;Initial Catalog=BisTrack_Live;User ID=portal_ro;Password=@@secret@@;MultipleActiveResultSets=True" providerName="System.Data.SqlClient" />
    <add name="Portal" connectionString="Data Source=(LocalDb)\MSSQLLocalDB;Initial Catalog=ContractorPortal;Integrated Security=True" providerName="System.Data.SqlClient" />
  </connectionStrings>
  <appSettings>
    <add key="StatementsFolder" value="\\prl-fs01\statements" />
    <add key="PortalBaseUrl" value="https://accounts.pineridgelumber.com" />
    <add key="ChargeAccountPrefix" value="C" />
  </appSettings>
  <system.web>
    <compilation debug="false" targetFramework="4.8" />
    <httpRuntime targetFramework="4.8" />
    <authentication mode="Forms">
      <forms loginUrl="~/Account/Login" timeout="60" />
    </authentication>
  </system.web>
</configuration>
""", rand_pw(14, "!#"))

add("python/agility-api-password", "estimating/agility_quotes.py",
    "https://www.dmsi.com/agility-api",
    '''
"""Pull open quotes from Agility into the estimating sheet (North Fork Building Supply)."""
import csv
import sys

import requests

AGILITY_URL = "https://agility.northforkbuilding.com:8443/AgilityPublic/rest"
LOGIN_ID = "estimating_api"
PASSWORD = "@@secret@@"
BRANCH = "RIVERHEAD"


def login(session: requests.Session) -> str:
    body = {"request": {"LoginID": LOGIN_ID, "Password": PASSWORD}}
    resp = session.post(f"{AGILITY_URL}/Session/Login", json=body, timeout=30)
    resp.raise_for_status()
    return resp.json()["response"]["SessionContextId"]


def open_quotes(session: requests.Session, context_id: str):
    headers = {"ContextId": context_id, "Branch": BRANCH}
    body = {"request": {"QuoteStatus": "Open", "DaysBack": 30}}
    resp = session.post(f"{AGILITY_URL}/Orders/QuoteList", json=body, headers=headers, timeout=60)
    resp.raise_for_status()
    return resp.json()["response"]["dsQuoteList"]["dtQuoteList"]


def main(out_path: str) -> None:
    with requests.Session() as session:
        context_id = login(session)
        rows = open_quotes(session, context_id)
    with open(out_path, "w", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(["quote", "customer", "job", "total"])
        for row in rows:
            writer.writerow([row["QuoteID"], row["CustomerName"], row["JobName"], row["QuoteTotal"]])


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "open_quotes.csv")
''', words_pw())

add("java/openedge-password", "reports-service/src/main/java/com/northfork/reports/AgilityReadOnly.java",
    "https://docs.progress.com/bundle/datadirect-openedge-jdbc/page/Connection-URL.html",
    """
package com.northfork.reports;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;

/** Read-only SQL access to the Agility OpenEdge database for the branch sales dashboards. */
public final class AgilityReadOnly {
    private static final String URL =
        "jdbc:datadirect:openedge://agility-db01.nfbs.local:20931;databaseName=agility";
    private static final String USER = "sqlro";
    private static final String PASS = "@@secret@@";

    private AgilityReadOnly() {}

    public static Connection connect() throws SQLException {
        Properties props = new Properties();
        props.setProperty("user", USER);
        props.setProperty("password", PASS);
        props.setProperty("defaultSchema", "PUB");
        return DriverManager.getConnection(URL, props);
    }
}
""", simple_pw())

add("powershell/ftp-password", "scripts/Upload-EagleExport.ps1",
    "https://learn.microsoft.com/en-us/dotnet/api/system.net.networkcredential",
    r"""
# Upload the Epicor Eagle item export to the web store's FTP drop.
# Task Scheduler on EAGLE-SRV, daily 02:15, after the Eagle "Item Export" job finishes.
$ErrorActionPreference = 'Stop'
$export = "D:\Eagle\Export\items_$(Get-Date -Format yyyyMMdd).csv"
$target = "ftp://ftp.hadleyhardware.com/inbound/items.csv"

if (-not (Test-Path $export)) {
    Write-EventLog -LogName Application -Source EagleExport -EventId 4001 -EntryType Error -Message "missing $export"
    exit 1
}

$client = New-Object System.Net.WebClient
$client.Credentials = New-Object System.Net.NetworkCredential("eagle_export", "@@secret@@")
try {
    $client.UploadFile($target, $export) | Out-Null
    Write-Output "uploaded $export"
} finally {
    $client.Dispose()
}
""", simple_pw())

add("yaml/spruce-api-password", "bridge/config/spruce_bridge.yml",
    "https://www.ecisolutions.com/products/spruce/",
    """
# Spruce -> web store bridge (Hadley Hardware & Lumber, 3 stores)
spruce:
  base_url: https://spruce.hadleyhardware.local/SpruceWebServices/api
  username: webbridge
  password: "@@secret@@"
  company: "01"
  stores: ["01", "02", "03"]
  timeout_seconds: 45

sync:
  items:
    every: 15m
    fields: [sku, description, retail, on_hand, department]
    skip_departments: ["99"]     # special orders
  prices:
    every: 1h
  customers:
    enabled: false

logging:
  level: info
  file: /var/log/spruce-bridge/bridge.log
""", rand_pw(12))

add("sql/sqlserver-login-password", "db/migrations/2023_09_create_shopify_sync_login.sql",
    "https://learn.microsoft.com/en-us/sql/t-sql/statements/create-login-transact-sql",
    """
-- IT-412: login for the Shopify inventory sync (reads on-hand by branch, nothing else)
USE [master];
GO
CREATE LOGIN [shopify_sync] WITH PASSWORD = N'@@secret@@',
    CHECK_POLICY = ON, CHECK_EXPIRATION = OFF, DEFAULT_DATABASE = [BisTrack_Live];
GO
USE [BisTrack_Live];
GO
CREATE USER [shopify_sync] FOR LOGIN [shopify_sync];
GO
GRANT SELECT ON dbo.Product TO [shopify_sync];
GRANT SELECT ON dbo.ProductBranch TO [shopify_sync];
GRANT SELECT ON dbo.StockLevel TO [shopify_sync];
GO
""", rand_pw(18, "#!"))

add("go/postgres-password", "cyclecount/internal/store/db.go",
    "https://pkg.go.dev/github.com/jackc/pgx/v5#hdr-Establishing_a_Connection",
    """
package store

import (
	"context"
	"time"

	"github.com/jackc/pgx/v5/pgxpool"
)

// Cycle counts posted from the yard handhelds land here before the nightly push into BisTrack.
const dsn = "postgres://cyclecount:@@secret@@@pg01.yard.pineridgelumber.com:5432/cyclecount?sslmode=require"

func Connect(ctx context.Context) (*pgxpool.Pool, error) {
	cfg, err := pgxpool.ParseConfig(dsn)
	if err != nil {
		return nil, err
	}
	cfg.MaxConns = 8
	cfg.MaxConnIdleTime = 5 * time.Minute
	return pgxpool.NewWithConfig(ctx, cfg)
}
""", rand_pw(22))

add("kotlin/inventory-api-key", "yardscan/app/src/main/java/com/pineridge/yardscan/net/InventoryApi.kt",
    "https://square.github.io/okhttp/features/interceptors/",
    """
package com.pineridge.yardscan.net

import okhttp3.Interceptor
import okhttp3.OkHttpClient
import retrofit2.Retrofit
import retrofit2.converter.moshi.MoshiConverterFactory

// Zebra TC52 handhelds in the yard: receiving, cycle counts, will-call pick confirm.
object InventoryApi {
    private const val BASE_URL = "https://inv.pineridgelumber.com/api/v2/"
    private const val API_KEY = "@@secret@@"

    private val auth = Interceptor { chain ->
        val req = chain.request().newBuilder()
            .header("X-Api-Key", API_KEY)
            .header("X-Device", android.os.Build.SERIAL ?: "unknown")
            .build()
        chain.proceed(req)
    }

    val service: InventoryService by lazy {
        Retrofit.Builder()
            .baseUrl(BASE_URL)
            .client(OkHttpClient.Builder().addInterceptor(auth).build())
            .addConverterFactory(MoshiConverterFactory.create())
            .build()
            .create(InventoryService::class.java)
    }
}
""", "prl_inv_" + alnum(40))

add("notebook/sqlserver-password", "analysis/dead_stock_2024.ipynb",
    "https://github.com/mkleehammer/pyodbc/wiki/Connecting-to-SQL-Server-from-Windows",
    """
{
 "cells": [
  {
   "cell_type": "markdown",
   "metadata": {},
   "source": ["# Dead stock review, all branches\\n", "Items with no sale in 12 months and on-hand > 0."]
  },
  {
   "cell_type": "code",
   "execution_count": 2,
   "metadata": {},
   "outputs": [],
   "source": [
    "import pandas as pd\\n",
    "import pyodbc\\n",
    "conn = pyodbc.connect('DRIVER={ODBC Driver 18 for SQL Server};SERVER=bt-sql01.prl.local;'\\n",
    "                      'DATABASE=BisTrack_Live;UID=analyst;PWD=@@secret@@;TrustServerCertificate=yes')"
   ]
  },
  {
   "cell_type": "code",
   "execution_count": 3,
   "metadata": {},
   "outputs": [],
   "source": [
    "df = pd.read_sql(open('sql/dead_stock.sql').read(), conn)\\n",
    "df.groupby('Branch')['ExtCost'].sum().sort_values(ascending=False)"
   ]
  }
 ],
 "metadata": {
  "kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"},
  "language_info": {"name": "python", "version": "3.11.7"}
 },
 "nbformat": 4,
 "nbformat_minor": 5
}
""", words_pw())

add("rust/mqtt-password", "scale-bridge/src/main.rs",
    "https://docs.rs/rumqttc/latest/rumqttc/struct.MqttOptions.html#method.set_credentials",
    """
use rumqttc::{AsyncClient, MqttOptions, QoS};
use std::time::Duration;

mod indicator;

// Reads the truck scale indicator (Rice Lake 920i) on the serial port and publishes gross/tare
// weights for the yard office's load tickets.
#[tokio::main]
async fn main() -> anyhow::Result<()> {
    let mut opts = MqttOptions::new("scale-bridge-01", "mqtt.yard.local", 8883);
    opts.set_keep_alive(Duration::from_secs(30));
    opts.set_credentials("scale01", "@@secret@@");

    let (client, mut eventloop) = AsyncClient::new(opts, 16);
    tokio::spawn(async move {
        loop {
            if let Err(e) = eventloop.poll().await {
                eprintln!("mqtt: {e}");
                tokio::time::sleep(Duration::from_secs(5)).await;
            }
        }
    });

    let mut port = indicator::open("/dev/ttyUSB0", 9600)?;
    loop {
        let reading = indicator::read_weight(&mut port)?;
        let payload = serde_json::to_vec(&reading)?;
        client.publish("yard/scale/01/weight", QoS::AtLeastOnce, false, payload).await?;
    }
}
""", passphrase())

add("properties/mysql-password", "pricing-service/src/main/resources/application-prod.properties",
    "https://docs.spring.io/spring-boot/appendix/application-properties/index.html#application-properties.data.spring.datasource.password",
    """
# Lumber pricing service - production profile
server.port=8085
spring.datasource.url=jdbc:mysql://pricing-db.internal:3306/pricing?useSSL=true&serverTimezone=America/Chicago
spring.datasource.username=pricing_app
spring.datasource.password=@@secret@@
spring.datasource.hikari.maximum-pool-size=10
spring.jpa.hibernate.ddl-auto=validate

# Random Lengths composite is loaded Fridays after 4pm CT
pricing.index.refresh-cron=0 30 16 * * FRI
pricing.markup.default-percent=28
pricing.markup.contractor-tier-a=18
pricing.markup.contractor-tier-b=22
management.endpoints.web.exposure.include=health,info
""", rand_pw(20))

add("log/sqlserver-password", "logs/bistrack-sync-2024-03-12.log",
    "https://learn.microsoft.com/en-us/dotnet/framework/data/adonet/connection-string-syntax",
    """
2024-03-12 02:00:01.114 INFO  BisTrackSync starting, version 2.4.1 on YARD-APP02
2024-03-12 02:00:01.120 DEBUG Config loaded from C:\\ProgramData\\BisTrackSync\\sync.json
2024-03-12 02:00:01.121 DEBUG Connection: Server=BT-SQL01.prl.local,1433;Database=BisTrack_Live;User Id=web_import;Password=@@secret@@;Application Name=BisTrackSync
2024-03-12 02:00:01.480 INFO  Connected to BisTrack_Live (SQL Server 15.0.4345)
2024-03-12 02:00:02.007 INFO  Fetched 41 web orders from Shopify since 2024-03-11T02:00:00Z
2024-03-12 02:00:02.913 WARN  Order #18842: SKU 2X4-8-SPF not stocked at branch 04, routed to 01
2024-03-12 02:00:04.226 INFO  Imported 41 orders, 0 failed
2024-03-12 02:00:04.230 INFO  Next run 2024-03-12 02:15:00
""", rand_pw(16))

add("markdown/sqlserver-sa-password", "docs/handover/bistrack-server.md",
    "https://learn.microsoft.com/en-us/sql/relational-databases/security/choose-an-authentication-mode",
    """
# BisTrack server handover (from Dan, Feb 2024)

Dan is leaving at the end of the month; this is what the next person needs for the BisTrack box.

## The box
- **Host:** BT-SQL01 (Dell R640 in the office rack, iDRAC at 10.20.0.15)
- **SQL Server 2019 Standard**, instance `BISTRACK`, mixed-mode auth
- Backups: Veeam job "BisTrack SQL" at 23:00, copies to the NAS and to Backblaze

## Logins
| Login | Use | Password |
|---|---|---|
| sa | only for Epicor support sessions | `@@secret@@` |
| web_import | BisTrackSync (web orders) | in the sync.json on YARD-APP02 |
| rpt_extract | margin report | in Keeper, folder "BisTrack" |

## Epicor support
Case portal: https://epicorcare.epicor.com, customer number 118204.
They will ask for a TeamViewer session to BT-SQL01; do not leave it unattended.
""", words_pw())

add("toml/price-feed-api-key", "lumber-index/config.toml",
    "https://www.fastmarkets.com/forest-products/random-lengths/",
    """
# Weekly framing lumber composite and species prints, used to reprice dimensional lumber.
[feed]
provider = "fastmarkets-random-lengths"
base_url = "https://api.fastmarkets.com/v1"
api_key = "@@secret@@"
series = ["RL-FLC", "RL-SPF-2X4-8", "RL-SYP-2X4-8", "RL-OSB-716-NC"]

[schedule]
cron = "30 17 * * 5"
timezone = "America/Chicago"

[output]
table = "pricing.index_prints"
notify = "purchasing@northforkbuilding.com"
""", alnum(48))


# ================================================================================================
# POS and card processing: Stripe, Square, Authorize.net, Braintree, CardPointe, Converge, Heartland,
# Clover, PayPal, Adyen, NCR Counterpoint, Lightspeed
# ================================================================================================

add("python/stripe-secret-key", "webstore/checkout/payments.py",
    "https://docs.stripe.com/keys",
    '''
"""Card payments for web orders and contractor account deposits."""
from decimal import Decimal

import stripe
from flask import Blueprint, jsonify, request

bp = Blueprint("payments", __name__)
stripe.api_key = "@@secret@@"
stripe.max_network_retries = 2


def to_cents(amount: Decimal) -> int:
    return int((amount * 100).quantize(Decimal("1")))


@bp.post("/api/checkout/intent")
def create_intent():
    body = request.get_json(force=True)
    intent = stripe.PaymentIntent.create(
        amount=to_cents(Decimal(body["total"])),
        currency="usd",
        automatic_payment_methods={"enabled": True},
        metadata={"order": body["order_number"], "branch": body.get("branch", "01")},
        statement_descriptor_suffix="PINE RIDGE",
    )
    return jsonify(client_secret=intent.client_secret)
''', stripe_sk())

add("env/stripe-restricted-key", "contractor-portal/.env.production",
    "https://docs.stripe.com/keys#create-restricted-api-secret-key",
    """
NODE_ENV=production
PORT=3000
PUBLIC_URL=https://accounts.pineridgelumber.com
DATABASE_URL=${PORTAL_DATABASE_URL}
# restricted key: PaymentIntents write, Customers read, nothing else
STRIPE_SECRET_KEY=@@secret@@
STRIPE_PUBLISHABLE_KEY=@@pk@@
STATEMENT_DAY=1
ACCOUNT_TERMS=NET30
LATE_FEE_PERCENT=1.5
SESSION_TTL_MINUTES=60
""", stripe_rk(), pk=stripe_pk())

add("typescript/stripe-webhook-secret", "webstore/src/pages/api/stripe-webhook.ts",
    "https://docs.stripe.com/webhooks#verify-events",
    """
import type { NextApiRequest, NextApiResponse } from "next";
import getRawBody from "raw-body";
import Stripe from "stripe";
import { markOrderPaid } from "../../lib/orders";

export const config = { api: { bodyParser: false } };

const stripe = new Stripe(process.env.STRIPE_SECRET_KEY as string, { apiVersion: "2023-10-16" });
const endpointSecret = "@@secret@@";

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const sig = req.headers["stripe-signature"] as string;
  let event: Stripe.Event;
  try {
    event = stripe.webhooks.constructEvent(await getRawBody(req), sig, endpointSecret);
  } catch (err) {
    return res.status(400).send(`Webhook Error: ${(err as Error).message}`);
  }
  if (event.type === "payment_intent.succeeded") {
    const intent = event.data.object as Stripe.PaymentIntent;
    await markOrderPaid(intent.metadata.order, intent.amount_received);
  }
  res.json({ received: true });
}
""", stripe_whsec())

_stripe_k8s = stripe_sk()
add("k8s-secret/stripe-secret-key", "deploy/k8s/webstore/stripe-secret.yaml",
    "https://kubernetes.io/docs/concepts/configuration/secret/#working-with-secrets",
    """
apiVersion: v1
kind: Secret
metadata:
  name: webstore-stripe
  namespace: webstore
  labels:
    app.kubernetes.io/name: webstore
    app.kubernetes.io/part-of: hadley-ecommerce
type: Opaque
data:
  STRIPE_SECRET_KEY: @@enc@@
  STRIPE_ACCOUNT_COUNTRY: VVM=
""", _stripe_k8s, enc=b64(_stripe_k8s))

add("github-actions/stripe-secret-key", ".github/workflows/nightly-reconcile.yml",
    "https://docs.github.com/en/actions/writing-workflows/workflow-syntax-for-github-actions#env",
    """
name: nightly-reconcile
on:
  schedule:
    - cron: "15 7 * * *"
  workflow_dispatch:

jobs:
  reconcile:
    runs-on: ubuntu-latest
    env:
      STRIPE_API_KEY: @@secret@@
      BISTRACK_API_URL: https://bt-api.pineridgelumber.com
      BISTRACK_API_TOKEN: ${{ secrets.BISTRACK_API_TOKEN }}
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-python@v5
        with:
          python-version: "3.12"
      - run: pip install -r tools/reconcile/requirements.txt
      - run: python tools/reconcile/payouts_vs_deposits.py --days 3 --report out/reconcile.csv
      - uses: actions/upload-artifact@v4
        with:
          name: reconcile-report
          path: out/reconcile.csv
""", fakes.fake("sk_live_", 24, _seed()))

add("ruby/square-access-token", "lib/square_sync/client.rb",
    "https://developer.squareup.com/docs/build-basics/access-tokens",
    """
# frozen_string_literal: true

require "square"

module SquareSync
  # Counter POS at both stores runs Square; this pulls the day's sales into QuickBooks.
  class Client
    LOCATIONS = {
      "main_st" => "L8Q2V0C1JX4TB",
      "route_9" => "LK3WZ5N7D0RM2"
    }.freeze

    def initialize
      @client = Square::Client.new(
        access_token: "@@secret@@",
        environment: "production",
        timeout: 30
      )
    end

    def orders_for(location_key, since)
      @client.orders.search_orders(
        body: {
          location_ids: [LOCATIONS.fetch(location_key)],
          query: { filter: { date_time_filter: { closed_at: { start_at: since.iso8601 } },
                             state_filter: { states: ["COMPLETED"] } } }
        }
      ).data.orders || []
    end
  end
end
""", square_token())

add("json/square-application-secret", "integrations/square/oauth_app.json",
    "https://developer.squareup.com/docs/oauth-api/overview",
    """
{
  "name": "Tri-County Lumber POS connector",
  "application_id": "@@appid@@",
  "application_secret": "@@secret@@",
  "redirect_uri": "https://connect.tricountylumber.com/square/callback",
  "scopes": [
    "ITEMS_READ",
    "ITEMS_WRITE",
    "INVENTORY_READ",
    "INVENTORY_WRITE",
    "ORDERS_READ",
    "MERCHANT_PROFILE_READ"
  ],
  "webhook_url": "https://connect.tricountylumber.com/square/webhook",
  "api_version": "2024-02-22"
}
""", square_secret(), appid=square_app_id())

add("compose/square-access-token", "ops/pos-bridge/docker-compose.yml",
    "https://docs.docker.com/compose/how-tos/environment-variables/set-environment-variables/",
    """
services:
  pos-bridge:
    image: ghcr.io/tricountylumber/pos-bridge:1.8.2
    restart: unless-stopped
    environment:
      SQUARE_ENVIRONMENT: production
      SQUARE_ACCESS_TOKEN: "@@secret@@"
      SQUARE_LOCATION_IDS: "LQ7YV2B0R8K1M,L5ZT8H3WQ0CNA"
      ERP_BASE_URL: http://agility-gw:8080
      SYNC_INTERVAL: 300
    depends_on:
      - agility-gw
  agility-gw:
    image: ghcr.io/tricountylumber/agility-gateway:0.9.4
    restart: unless-stopped
    env_file: ./agility.env
    ports:
      - "127.0.0.1:8080:8080"
""", square_token())

add("php/authorize-net-transaction-key", "wp-content/plugins/prl-account-payments/includes/class-gateway.php",
    "https://developer.authorize.net/api/reference/index.html#authentication",
    """
<?php
use net\\authorize\\api\\contract\\v1 as AnetAPI;
use net\\authorize\\api\\controller as AnetController;

/**
 * Pay-on-account: contractors pay their monthly statement with a card from the portal.
 */
class PRL_Account_Gateway {
    const API_LOGIN_ID = '7rGv2Qm4Tz';
    const TRANSACTION_KEY = '@@secret@@';

    private function auth() {
        $auth = new AnetAPI\\MerchantAuthenticationType();
        $auth->setName(self::API_LOGIN_ID);
        $auth->setTransactionKey(self::TRANSACTION_KEY);
        return $auth;
    }

    public function charge_statement($account_no, $amount, $opaque) {
        $payment = new AnetAPI\\PaymentType();
        $payment->setOpaqueData($opaque);
        $tx = new AnetAPI\\TransactionRequestType();
        $tx->setTransactionType('authCaptureTransaction');
        $tx->setAmount($amount);
        $tx->setPayment($payment);
        $tx->setPoNumber('STMT-' . $account_no);
        $req = new AnetAPI\\CreateTransactionRequest();
        $req->setMerchantAuthentication($this->auth());
        $req->setTransactionRequest($tx);
        $ctl = new AnetController\\CreateTransactionController($req);
        return $ctl->executeWithApiResponse(\\net\\authorize\\api\\constants\\ANetEnvironment::PRODUCTION);
    }
}
""", alnum(16))

add("ruby/braintree-private-key", "config/initializers/braintree.rb",
    "https://developer.paypal.com/braintree/docs/start/hello-server/ruby",
    """
# Braintree handles card-on-file for contractor accounts (monthly autopay).
Rails.application.config.to_prepare do
  BRAINTREE_GATEWAY = Braintree::Gateway.new(
    environment: Rails.env.production? ? :production : :sandbox,
    merchant_id: "x7mkq2d4w9f3bzt6",
    public_key: "hv3c8m2rkz7qtp4d",
    private_key: "@@secret@@"
  )
end
""", hexs(32))

_bt_token = "access_token$production$x7mkq2d4w9f3bzt6$" + hexs(32)
add("env/braintree-access-token", "autopay/.env",
    "https://developer.paypal.com/braintree/docs/guides/authorization/access-token",
    """
# autopay worker (Kessler Ace Hardware)
APP_ENV=production
LOG_LEVEL=info
BRAINTREE_ACCESS_TOKEN=@@secret@@
AUTOPAY_RUN_DAY=5
AUTOPAY_NOTIFY=ar@kesslerace.com
REDIS_URL=redis://localhost:6379/2
""", _bt_token)

_cardpointe_basic = b64("tricountylmbr:" + rand_pw(16))
add("csharp/cardpointe-basic-auth", "src/TriCounty.Payments/CardPointeClient.cs",
    "https://developer.cardpointe.com/cardconnect-api#authentication",
    """
using System.Net.Http;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Threading.Tasks;

namespace TriCounty.Payments
{
    public sealed class CardPointeClient
    {
        private const string MerchantId = "496160873888";
        private readonly HttpClient _http;

        public CardPointeClient(HttpClient http)
        {
            _http = http;
            _http.BaseAddress = new System.Uri("https://fts.cardconnect.com/cardconnect/rest/");
            _http.DefaultRequestHeaders.Authorization =
                new AuthenticationHeaderValue("Basic", "@@secret@@");
        }

        public async Task<AuthResponse?> AuthorizeAsync(string token, decimal amount, string orderId)
        {
            var body = new { merchid = MerchantId, account = token, amount = amount.ToString("F2"),
                             orderid = orderId, capture = "Y", ecomind = "E" };
            var resp = await _http.PutAsJsonAsync("auth", body);
            resp.EnsureSuccessStatusCode();
            return await resp.Content.ReadFromJsonAsync<AuthResponse>();
        }
    }
}
""", _cardpointe_basic)

add("shell/cardpointe-password", "scripts/void_stuck_auths.sh",
    "https://developer.cardpointe.com/cardconnect-api#void",
    """
#!/usr/bin/env bash
# Void card auths left open by the counter terminals when Eagle crashed mid-sale.
# usage: void_stuck_auths.sh retrefs.txt
set -euo pipefail

MERCHID=496160873888
SITE=fts

while read -r retref; do
  [ -z "$retref" ] && continue
  curl -sS -u "tricountyapi:@@secret@@" \\
    -H "Content-Type: application/json" \\
    -X PUT "https://${SITE}.cardconnect.com/cardconnect/rest/void" \\
    -d "{\\"merchid\\":\\"${MERCHID}\\",\\"retref\\":\\"${retref}\\"}"
  echo
done < "${1:?retref file}"
""", rand_pw(14))

add("php/converge-pin", "magento/app/code/Hadley/Converge/etc/converge.php",
    "https://developer.elavon.com/products/converge/v1/api-reference",
    """
<?php
/**
 * Elavon Converge credentials for the Hadley Hardware web store (hosted payments page).
 * Loaded by Hadley\\Converge\\Model\\Config.
 */
return [
    'endpoint'        => 'https://api.convergepay.com/hosted-payments/transaction_token',
    'ssl_merchant_id' => '2214837',
    'ssl_user_id'     => 'webstore_api',
    'ssl_pin'         => '@@secret@@',
    'ssl_transaction_type' => 'ccsale',
    'ssl_show_form'   => false,
    'currency'        => 'USD',
    'avs_required'    => true,
];
""", alnum(64, UPPERNUM))

add("java/heartland-secret-key", "pos-gateway/src/main/java/com/baysupply/pay/HeartlandConfig.java",
    "https://developer.heartlandpaymentsystems.com/documentation/authentication",
    """
package com.baysupply.pay;

import com.global.api.ServicesContainer;
import com.global.api.entities.exceptions.ConfigurationException;
import com.global.api.serviceConfigs.PorticoConfig;

public final class HeartlandConfig {
    private HeartlandConfig() {}

    /** Portico gateway for the will-call counter and the phone-order desk. */
    public static void configure() throws ConfigurationException {
        PorticoConfig config = new PorticoConfig();
        config.setSecretApiKey("@@secret@@");
        config.setDeveloperId("002914");
        config.setVersionNumber("4127");
        config.setServiceUrl("https://api2.heartlandportico.com");
        ServicesContainer.configureService(config);
    }
}
""", "skapi_prod_" + alnum(38, URLSAFE))

add("python/clover-api-token", "tools/clover_inventory_push.py",
    "https://docs.clover.com/dev/docs/using-api-tokens",
    '''
"""Push on-hand counts from Eagle exports to the Clover register at the garden center."""
import csv
import sys

import requests

MERCHANT_ID = "9QMWK3T7XR0E1"
API = f"https://api.clover.com/v3/merchants/{MERCHANT_ID}"
HEADERS = {"Authorization": "Bearer @@secret@@", "Content-Type": "application/json"}


def item_ids_by_sku():
    items, offset = {}, 0
    while True:
        page = requests.get(f"{API}/items", headers=HEADERS, params={"limit": 1000, "offset": offset}, timeout=30)
        page.raise_for_status()
        elements = page.json()["elements"]
        items.update({e["sku"]: e["id"] for e in elements if e.get("sku")})
        if len(elements) < 1000:
            return items
        offset += 1000


def main(path):
    ids = item_ids_by_sku()
    with open(path, newline="") as fh:
        for row in csv.DictReader(fh):
            item_id = ids.get(row["SKU"])
            if item_id:
                requests.post(f"{API}/item_stocks/{item_id}", headers=HEADERS,
                              json={"quantity": float(row["OnHand"])}, timeout=30).raise_for_status()


if __name__ == "__main__":
    main(sys.argv[1])
''', uuid_s())

add("typescript/paypal-client-secret", "webstore/src/lib/paypal.ts",
    "https://developer.paypal.com/api/rest/authentication/",
    """
const PAYPAL_API = "https://api-m.paypal.com";
const CLIENT_ID = "@@cid@@";
const CLIENT_SECRET = "@@secret@@";

let cached: { token: string; expires: number } | null = null;

export async function accessToken(): Promise<string> {
  if (cached && cached.expires > Date.now() + 60_000) return cached.token;
  const auth = Buffer.from(`${CLIENT_ID}:${CLIENT_SECRET}`).toString("base64");
  const res = await fetch(`${PAYPAL_API}/v1/oauth2/token`, {
    method: "POST",
    headers: { Authorization: `Basic ${auth}`, "Content-Type": "application/x-www-form-urlencoded" },
    body: "grant_type=client_credentials",
  });
  if (!res.ok) throw new Error(`paypal oauth ${res.status}`);
  const data = await res.json();
  cached = { token: data.access_token, expires: Date.now() + data.expires_in * 1000 };
  return cached.token;
}
""", "E" + alnum(79, URLSAFE), cid="A" + alnum(79, URLSAFE))

add("kotlin/adyen-api-key", "payments-svc/src/main/kotlin/com/granitebuild/payments/AdyenModule.kt",
    "https://docs.adyen.com/development-resources/api-credentials/",
    """
package com.granitebuild.payments

import com.adyen.Client
import com.adyen.enums.Environment
import com.adyen.service.checkout.PaymentsApi
import io.ktor.server.application.Application

// 14 stores + pro desk: terminal payments go through Adyen's cloud terminal API.
object AdyenModule {
    private const val MERCHANT_ACCOUNT = "GraniteBuildingSupplyPOS"
    private const val LIVE_PREFIX = "7f3a9c1e2b4d6a80-GraniteBuilding"

    private val client = Client(
        "@@secret@@",
        Environment.LIVE,
        LIVE_PREFIX
    )

    val payments: PaymentsApi = PaymentsApi(client)

    fun merchantAccount(): String = MERCHANT_ACCOUNT
}

fun Application.payments() {
    log.info("Adyen live endpoint for ${AdyenModule.merchantAccount()}")
}
""", "AQE" + alnum(60) + "=-" + alnum(43, ALNUM + "+/") + "=-" + alnum(10, ALNUM + "[]{}<>"))

add("powershell/counterpoint-api-key", "scripts/Get-CounterpointSales.ps1",
    "https://github.com/NCRCounterpointAPI/APIGuide/blob/master/Endpoints/GET_Document.md",
    r"""
# Daily sales by store from the NCR Counterpoint API, for the owners' dashboard spreadsheet.
param([datetime]$Day = (Get-Date).AddDays(-1))

$server  = "https://cp-api.baysidehardware.com:81"
$company = "BAYSIDE"
$pair    = "$company.dashboard:" + $env:CP_DASHBOARD_PASSWORD
$headers = @{
    "Authorization" = "Basic " + [Convert]::ToBase64String([Text.Encoding]::ASCII.GetBytes($pair))
    "APIKey"        = "@@secret@@"
    "Accept"        = "application/json"
}

$date = $Day.ToString("yyyy-MM-dd")
$resp = Invoke-RestMethod -Uri "$server/Documents?DocDate=$date&DocType=T" -Headers $headers -Method Get
$resp.Documents |
    Group-Object STR_ID |
    Select-Object @{n='Store';e={$_.Name}}, @{n='Sales';e={($_.Group | Measure-Object TOT -Sum).Sum}} |
    Export-Csv -NoTypeInformation -Path "\\bayside-fs\dashboards\sales_$date.csv"
""", alnum(32, LOWERNUM))

add("env/lightspeed-client-secret", "lightspeed-sync/.env",
    "https://developers.lightspeedhq.com/retail/authentication/authentication-overview/",
    """
# Lightspeed Retail (R-Series) -> BisTrack item sync, Cedar Valley Hardware
LS_ACCOUNT_ID=218844
LS_CLIENT_ID=@@cid@@
LS_CLIENT_SECRET=@@secret@@
LS_REFRESH_TOKEN_FILE=/var/lib/lightspeed-sync/refresh_token
LS_SHOP_IDS=1,2
SYNC_FIELDS=qoh,reorder_point,default_cost
DRY_RUN=false
""", hexs(64), cid=hexs(64))

add("markdown/square-access-token", "docs/runbooks/new-register-setup.md",
    "https://developer.squareup.com/docs/build-basics/access-tokens",
    """
# Setting up a new counter register (Square)

Applies to the iPad registers at both Tri-County stores.

1. Unbox the iPad and the Square Terminal; connect the terminal to the `TCL-POS` Wi-Fi.
2. Sign in to Square POS with the store's team login (not your own).
3. Devices → add the terminal, name it `MAIN-REG-0X` or `R9-REG-0X`.
4. Run the item sync once by hand so the register has the BisTrack prices:

   ```
   cd C:\\pos-bridge
   set SQUARE_ACCESS_TOKEN=@@secret@@
   pos-bridge.exe sync --location LQ7YV2B0R8K1M --full
   ```

5. Print a test receipt; check the logo and the return policy footer.
6. Log the serial in the IT sheet (tab "Registers").

If the sync says 401, the token was rotated: ask Mike for the new one.
""", square_token())

_term_pw = simple_pw()
add("csv/pos-terminal-admin-password", "it/inventory/payment_terminals.csv",
    "https://www.verifone.com/en/us/devices/countertop/v400c-plus",
    """
store,lane,model,serial,ip,tid,admin_user,admin_password,notes
01 Main St,1,Verifone V400c Plus,401-223-118,10.1.20.31,00041,admin,@@secret@@,
01 Main St,2,Verifone V400c Plus,401-223-164,10.1.20.32,00042,admin,@@secret@@,
01 Main St,Pro Desk,Verifone V400c Plus,401-231-007,10.1.20.33,00043,admin,@@secret@@,contractor desk
02 Route 9,1,Verifone V400c Plus,401-229-552,10.2.20.31,00051,admin,@@secret@@,
02 Route 9,Yard,Verifone V400m,402-118-930,10.2.20.40,00052,admin,@@secret@@,wifi; yard shack
""", _term_pw)


# ================================================================================================
# Web stores and what hangs off them: Shopify, BigCommerce, WooCommerce, Magento, search, email
# marketing, sales tax, AI product copy, feeds
# ================================================================================================

add("python/shopify-admin-token", "inventory_sync/shopify_push.py",
    "https://shopify.dev/docs/apps/build/authentication-authorization/access-tokens/generate-app-access-tokens-admin",
    '''
"""Push BisTrack on-hand to Shopify, one location per branch."""
import logging

import requests

SHOP = "pine-ridge-lumber.myshopify.com"
API_VERSION = "2024-04"
TOKEN = "@@secret@@"
LOCATIONS = {"01": "gid://shopify/Location/71839481921", "02": "gid://shopify/Location/71839514689"}

log = logging.getLogger(__name__)

MUTATION = """
mutation set($input: InventorySetOnHandQuantitiesInput!) {
  inventorySetOnHandQuantities(input: $input) { userErrors { field message } }
}
"""


def push(branch: str, quantities: dict) -> None:
    changes = [{"inventoryItemId": item, "locationId": LOCATIONS[branch], "quantity": int(qty)}
               for item, qty in quantities.items()]
    resp = requests.post(
        f"https://{SHOP}/admin/api/{API_VERSION}/graphql.json",
        headers={"X-Shopify-Access-Token": TOKEN, "Content-Type": "application/json"},
        json={"query": MUTATION, "variables": {"input": {"reason": "correction", "setQuantities": changes}}},
        timeout=60,
    )
    resp.raise_for_status()
    errors = resp.json()["data"]["inventorySetOnHandQuantities"]["userErrors"]
    if errors:
        log.warning("branch %s: %s", branch, errors)
''', shopify())

add("github-actions/shopify-theme-password", ".github/workflows/theme-deploy.yml",
    "https://shopify.dev/docs/storefronts/themes/tools/cli/ci-cd",
    """
name: Deploy theme
on:
  push:
    branches: [main]
    paths: ["theme/**"]

jobs:
  deploy:
    runs-on: ubuntu-latest
    env:
      SHOPIFY_FLAG_STORE: pine-ridge-lumber.myshopify.com
      SHOPIFY_CLI_THEME_TOKEN: @@secret@@
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-node@v4
        with:
          node-version: 20
      - run: npm install -g @shopify/cli@3
      - name: Push to live theme
        working-directory: theme
        run: shopify theme push --live --allow-live --ignore "config/settings_data.json"
""", "shptka_" + hexs(32))

add("toml/shopify-api-secret", "apps/contractor-pricing/config/shopify.toml",
    "https://shopify.dev/docs/apps/build/authentication-authorization/client-secrets",
    """
# Custom app: shows contractor tier pricing to logged-in account customers.
[app]
name = "PRL Contractor Pricing"
api_key = "@@apikey@@"
api_secret = "@@secret@@"
scopes = "read_customers,read_products,write_discounts"
host = "https://pricing.pineridgelumber.com"

[shop]
domain = "pine-ridge-lumber.myshopify.com"
api_version = "2024-04"

[pricing]
tiers = ["A", "B", "C"]
default_tier = "C"
""", shopify("shpss_"), apikey=hexs(32))

add("notebook/shopify-admin-token", "analysis/web_vs_counter_q1.ipynb",
    "https://shopify.dev/docs/api/admin-rest/2024-04/resources/order",
    """
{
 "cells": [
  {
   "cell_type": "markdown",
   "metadata": {},
   "source": ["## Q1 web orders vs counter sales (Hadley Hardware)"]
  },
  {
   "cell_type": "code",
   "execution_count": 1,
   "metadata": {},
   "outputs": [],
   "source": [
    "import pandas as pd, requests\\n",
    "SHOP = 'hadley-hardware.myshopify.com'\\n",
    "H = {'X-Shopify-Access-Token': '@@secret@@'}\\n",
    "url = f'https://{SHOP}/admin/api/2024-04/orders.json?status=any&created_at_min=2024-01-01&limit=250'\\n",
    "orders = requests.get(url, headers=H).json()['orders']\\n",
    "len(orders)"
   ]
  },
  {
   "cell_type": "code",
   "execution_count": 2,
   "metadata": {},
   "outputs": [],
   "source": [
    "web = pd.DataFrame([{'day': o['created_at'][:10], 'total': float(o['total_price'])} for o in orders])\\n",
    "web.groupby('day').total.sum().plot()"
   ]
  }
 ],
 "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""", shopify())

add("json/bigcommerce-access-token", "connector/config/bigcommerce.json",
    "https://developer.bigcommerce.com/docs/start/authentication/api-accounts",
    """
{
  "store": {
    "name": "Granite Building Supply",
    "store_hash": "k3x9q2m7vd",
    "api_base": "https://api.bigcommerce.com/stores/k3x9q2m7vd/v3"
  },
  "credentials": {
    "client_id": "@@cid@@",
    "access_token": "@@secret@@"
  },
  "sync": {
    "channel_id": 1,
    "price_list_id": 3,
    "inventory_location_ids": [1, 2, 4],
    "batch_size": 50
  }
}
""", alnum(31, LOWERNUM), cid=alnum(31, LOWERNUM))

add("php/bigcommerce-access-token", "scripts/bc_price_update.php",
    "https://github.com/bigcommerce/bigcommerce-api-php#configuration",
    """
<?php
// Weekly: apply the new lumber prices (from pricing.index_prints) to the BigCommerce catalog.
require __DIR__ . '/vendor/autoload.php';

use Bigcommerce\\Api\\Client as Bigcommerce;

Bigcommerce::configure([
    'client_id'  => getenv('BC_CLIENT_ID'),
    'auth_token' => '@@secret@@',
    'store_hash' => 'k3x9q2m7vd',
]);

$pdo = new PDO('mysql:host=pricing-db.internal;dbname=pricing', 'pricing_ro', getenv('PRICING_RO_PASSWORD'));
$rows = $pdo->query('SELECT sku, web_price FROM pricing.current_web_prices WHERE changed = 1');

foreach ($rows as $row) {
    $products = Bigcommerce::getProducts(['sku' => $row['sku']]);
    if (!$products) {
        fwrite(STDERR, "no product for {$row['sku']}\\n");
        continue;
    }
    Bigcommerce::updateProduct($products[0]->id, ['price' => $row['web_price']]);
}
""", alnum(31, LOWERNUM))

add("php/woocommerce-consumer-secret", "tools/woo-stock-sync/sync.php",
    "https://woocommerce.github.io/woocommerce-rest-api-docs/#authentication",
    """
<?php
require __DIR__ . '/vendor/autoload.php';

use Automattic\\WooCommerce\\Client;

// Cedar Valley Hardware: nightly stock levels from the Eagle export into the Woo store.
$woo = new Client(
    'https://www.cedarvalleyhardware.com',
    'ck_@@ck@@',
    '@@secret@@',
    ['version' => 'wc/v3', 'timeout' => 60]
);

$fh = fopen('/srv/exports/eagle_onhand.csv', 'r');
$header = fgetcsv($fh);
$batch = [];
while (($row = fgetcsv($fh)) !== false) {
    $item = array_combine($header, $row);
    if (!empty($item['WebID'])) {
        $batch[] = ['id' => (int)$item['WebID'], 'stock_quantity' => (int)$item['OnHand']];
    }
    if (count($batch) === 100) {
        $woo->post('products/batch', ['update' => $batch]);
        $batch = [];
    }
}
if ($batch) {
    $woo->post('products/batch', ['update' => $batch]);
}
""", woo("cs_"), ck=hexs(40))

add("shell/woocommerce-consumer-secret", "scripts/woo_orders_today.sh",
    "https://woocommerce.github.io/woocommerce-rest-api-docs/#authentication-over-https",
    """
#!/bin/sh
# Today's web orders for the will-call board (prints on the yard office printer at 7am).
STORE=https://www.cedarvalleyhardware.com
TODAY=$(date +%Y-%m-%dT00:00:00)

curl -s -u "@@ck@@:@@secret@@" \\
  "$STORE/wp-json/wc/v3/orders?after=$TODAY&status=processing&per_page=100" |
  jq -r '.[] | [.number, .billing.last_name, (.shipping_lines[0].method_title // "pickup"), .total] | @tsv' |
  column -t > /tmp/willcall.txt

lp -d yard-office /tmp/willcall.txt
""", woo("cs_"), ck=woo("ck_"))

add("env/magento-integration-token", "magento-sync/.env",
    "https://developer.adobe.com/commerce/webapi/get-started/authentication/gs-authentication-token/",
    """
# Magento 2 (Adobe Commerce) integration used by the Agility order bridge
MAGENTO_BASE_URL=https://shop.northforkbuilding.com
MAGENTO_STORE_CODE=default
MAGENTO_ACCESS_TOKEN=@@secret@@
AGILITY_BRANCH=RIVERHEAD
ORDER_POLL_SECONDS=120
SHIP_METHOD_MAP=flatrate_flatrate:DELIVERY,instore_pickup:WILLCALL
""", alnum(32, LOWERNUM))

add("typescript/algolia-admin-key", "search/scripts/reindex.ts",
    "https://www.algolia.com/doc/guides/security/api-keys/#admin-api-key",
    """
import { algoliasearch } from "algoliasearch";
import { loadCatalog } from "./catalog";

// Full reindex of the product catalog (run after the weekly price update).
const client = algoliasearch("QK3T8W2LZP", "@@secret@@");

async function main() {
  const products = await loadCatalog("exports/catalog.jsonl");
  const records = products.map((p) => ({
    objectID: p.sku,
    name: p.description,
    brand: p.brand,
    department: p.department,
    price: p.webPrice,
    inStock: p.onHand > 0,
    dimensions: p.dimensions,
  }));
  await client.replaceAllObjects({ indexName: "products_prod", objects: records, batchSize: 1000 });
  console.log(`indexed ${records.length} products`);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
""", hexs(32))

add("python/klaviyo-private-key", "marketing/klaviyo_sync.py",
    "https://developers.klaviyo.com/en/docs/authenticate_#private-key-authentication",
    '''
"""Sync contractor accounts into Klaviyo so the Pro Days emails go to the right list."""
import requests

KLAVIYO_KEY = "@@secret@@"
PRO_LIST_ID = "XyZ7Q2"
HEADERS = {
    "Authorization": f"Klaviyo-API-Key {KLAVIYO_KEY}",
    "revision": "2024-02-15",
    "accept": "application/json",
    "content-type": "application/json",
}


def subscribe(accounts):
    profiles = [{"type": "profile", "attributes": {"email": a["email"], "properties": {
        "account_no": a["account_no"], "branch": a["branch"], "tier": a["tier"]}}} for a in accounts]
    body = {"data": {"type": "profile-subscription-bulk-create-job", "attributes": {
        "profiles": {"data": profiles}}, "relationships": {"list": {"data": {"type": "list", "id": PRO_LIST_ID}}}}}
    resp = requests.post("https://a.klaviyo.com/api/profile-subscription-bulk-create-jobs/",
                         headers=HEADERS, json=body, timeout=30)
    resp.raise_for_status()
''', "pk_" + hexs(34))

add("ruby/mailchimp-api-key", "lib/tasks/newsletter.rake",
    "https://mailchimp.com/developer/marketing/guides/quick-start/#make-your-first-api-call",
    """
require "MailchimpMarketing"

namespace :newsletter do
  desc "Add new cash customers who opted in at the register to the monthly flyer list"
  task sync: :environment do
    client = MailchimpMarketing::Client.new
    client.set_config(api_key: "@@secret@@", server: "us14")

    RegisterOptIn.where(synced_at: nil).find_each do |opt_in|
      client.lists.set_list_member("4c1e9a7b2d", Digest::MD5.hexdigest(opt_in.email.downcase), {
        email_address: opt_in.email,
        status_if_new: "subscribed",
        merge_fields: { FNAME: opt_in.first_name, STORE: opt_in.store_code }
      })
      opt_in.update!(synced_at: Time.current)
    end
  end
end
""", hexs(32) + "-us14")

add("notebook/openai-api-key", "content/product_descriptions.ipynb",
    "https://platform.openai.com/docs/api-reference/authentication",
    """
{
 "cells": [
  {
   "cell_type": "markdown",
   "metadata": {},
   "source": ["# Draft web descriptions for the 1,200 items with none\\n", "Review before import!"]
  },
  {
   "cell_type": "code",
   "execution_count": 4,
   "metadata": {},
   "outputs": [],
   "source": [
    "from openai import OpenAI\\n",
    "import pandas as pd\\n",
    "client = OpenAI(api_key=\\"@@secret@@\\")\\n",
    "items = pd.read_csv('exports/no_description.csv')"
   ]
  },
  {
   "cell_type": "code",
   "execution_count": 5,
   "metadata": {},
   "outputs": [],
   "source": [
    "def describe(row):\\n",
    "    prompt = f\\"Write 2 sentences for a hardware store website: {row.Description}, {row.Brand}, {row.Size}\\"\\n",
    "    r = client.chat.completions.create(model='gpt-4o-mini', messages=[{'role': 'user', 'content': prompt}])\\n",
    "    return r.choices[0].message.content\\n",
    "items['web_description'] = items.head(50).apply(describe, axis=1)"
   ]
  }
 ],
 "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""", fakes.openai_key(_seed()))

add("python/anthropic-api-key", "helpdesk/project_helper/bot.py",
    "https://docs.anthropic.com/en/api/getting-started#authentication",
    '''
"""'Ask the Pro Desk' chat on the website: answers project questions from our how-to guides."""
import anthropic

from .guides import search_guides

client = anthropic.Anthropic(api_key="@@secret@@")

SYSTEM = (
    "You help customers of Hadley Hardware & Lumber plan small projects. Recommend products we stock "
    "(from the guide excerpts), never quote prices, and send anything structural to the Pro Desk."
)


def answer(question: str) -> str:
    excerpts = "\\n\\n".join(search_guides(question, limit=4))
    message = client.messages.create(
        model="claude-3-5-haiku-latest",
        max_tokens=600,
        system=SYSTEM,
        messages=[{"role": "user", "content": f"Guides:\\n{excerpts}\\n\\nQuestion: {question}"}],
    )
    return message.content[0].text
''', anthropic_key())

add("csharp/avalara-license-key", "src/Granite.Tax/AvaTaxFactory.cs",
    "https://developer.avalara.com/avatax/authentication-in-avatax/",
    """
using Avalara.AvaTax.RestClient;

namespace Granite.Tax
{
    public static class AvaTaxFactory
    {
        // Account 2000418823, company code GRANITE. Exemption certs for contractors live in CertCapture.
        public static AvaTaxClient Create()
        {
            return new AvaTaxClient("GraniteTax", "1.4", System.Environment.MachineName, AvaTaxEnvironment.Production)
                .WithSecurity(2000418823, "@@secret@@");
        }
    }
}
""", hexs(16, upper=True))

add("ansible/avalara-license-key", "ansible/group_vars/webstore.yml",
    "https://developer.avalara.com/erp-integration-guide/sales-tax-badge/authentication-in-avatax/",
    """
---
webstore_domain: shop.northforkbuilding.com
webstore_php_version: "8.2"
webstore_workers: 4

magento_avatax:
  enabled: true
  mode: production
  account_number: "2000731164"
  license_key: "@@secret@@"
  company_code: NFBS
  commit_on_invoice: true
  address_validation: true

magento_cron_jobs:
  - { name: indexer, minute: "*/5" }
  - { name: agility_order_export, minute: "*/2" }
""", hexs(16, upper=True))

add("ruby/taxjar-api-token", "app/services/sales_tax.rb",
    "https://developers.taxjar.com/api/reference/#authentication",
    """
require "taxjar"

class SalesTax
  NEXUS_STATES = %w[NH VT ME].freeze

  def initialize
    @client = Taxjar::Client.new(api_key: "@@secret@@", api_url: Taxjar::API_URL)
  end

  def for_order(order)
    return 0 unless NEXUS_STATES.include?(order.ship_state)
    return 0 if order.customer&.tax_exempt?

    @client.tax_for_order(
      from_country: "US", from_zip: "03570", from_state: "NH",
      to_country: "US", to_zip: order.ship_zip, to_state: order.ship_state,
      shipping: order.delivery_fee.to_f,
      line_items: order.lines.map { |l| { quantity: l.qty, unit_price: l.price.to_f, product_tax_code: l.tax_code } }
    ).amount_to_collect
  end
end
""", hexs(32))

add("json/google-oauth-client-secret", "feeds/merchant_center/client_secret.json",
    "https://developers.google.com/identity/protocols/oauth2/native-app",
    """
{
  "installed": {
    "client_id": "@@cid@@.apps.googleusercontent.com",
    "project_id": "hadley-merchant-feed",
    "auth_uri": "https://accounts.google.com/o/oauth2/auth",
    "token_uri": "https://oauth2.googleapis.com/token",
    "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",
    "client_secret": "@@secret@@",
    "redirect_uris": ["http://localhost"]
  }
}
""", "GOCSPX-" + alnum(28, URLSAFE), cid=digits(12) + "-" + alnum(32, LOWERNUM))

add("php/recaptcha-secret", "public_html/credit-application/submit.php",
    "https://developers.google.com/recaptcha/docs/verify",
    """
<?php
// Contractor credit application: verify reCAPTCHA, then email the PDF to the credit department.
require __DIR__ . '/../../lib/credit_app.php';

$token = $_POST['g-recaptcha-response'] ?? '';
$verify = file_get_contents('https://www.google.com/recaptcha/api/siteverify', false, stream_context_create([
    'http' => [
        'method'  => 'POST',
        'header'  => 'Content-Type: application/x-www-form-urlencoded',
        'content' => http_build_query([
            'secret'   => '@@secret@@',
            'response' => $token,
            'remoteip' => $_SERVER['REMOTE_ADDR'],
        ]),
    ],
]));
$result = json_decode($verify, true);
if (empty($result['success']) || ($result['score'] ?? 0) < 0.5) {
    http_response_code(400);
    exit('Please try again.');
}

$app = CreditApp::fromPost($_POST);
$app->emailTo('credit@tricountylumber.com');
header('Location: /credit-application/thanks.html');
""", "6L" + alnum(38, URLSAFE))

add("swift/api-hmac-secret", "ProRewards/ProRewards/Networking/RequestSigner.swift",
    "https://developer.apple.com/documentation/cryptokit/hmac",
    """
import CryptoKit
import Foundation

/// Signs requests from the Pro Rewards app to rewards.pineridgelumber.com.
enum RequestSigner {
    private static let keyId = "ios-2024-01"
    private static let secret = "@@secret@@"

    static func sign(_ request: inout URLRequest, body: Data) {
        let timestamp = String(Int(Date().timeIntervalSince1970))
        let path = request.url?.path ?? "/"
        var message = Data("\\(timestamp)\\n\\(request.httpMethod ?? "GET")\\n\\(path)\\n".utf8)
        message.append(body)
        let key = SymmetricKey(data: Data(secret.utf8))
        let mac = HMAC<SHA256>.authenticationCode(for: message, using: key)
        request.setValue(keyId, forHTTPHeaderField: "X-Key-Id")
        request.setValue(timestamp, forHTTPHeaderField: "X-Timestamp")
        request.setValue(Data(mac).base64EncodedString(), forHTTPHeaderField: "X-Signature")
    }
}
""", alnum(48))


# ================================================================================================
# Delivery scheduling and fleet: Samsara, Onfleet, Route4Me, Google Maps, Motive, Geotab, Verizon
# Connect, DispatchTrack, customer texts, parcel carriers
# ================================================================================================

add("python/samsara-api-token", "dispatch/board/vehicles.py",
    "https://developers.samsara.com/docs/authentication",
    '''
"""Truck positions for the dispatch board in the yard office (boom trucks, flatbeds, the box van)."""
from dataclasses import dataclass

import requests

SAMSARA_TOKEN = "@@secret@@"
TAG_IDS = ["4281963", "4281977"]  # "Delivery - Main", "Delivery - Route 9"


@dataclass
class Position:
    name: str
    lat: float
    lon: float
    speed_mph: float
    address: str


def positions():
    resp = requests.get(
        "https://api.samsara.com/fleet/vehicles/locations",
        headers={"Authorization": f"Bearer {SAMSARA_TOKEN}"},
        params={"tagIds": ",".join(TAG_IDS)},
        timeout=15,
    )
    resp.raise_for_status()
    for v in resp.json()["data"]:
        loc = v["location"]
        yield Position(v["name"], loc["latitude"], loc["longitude"], loc.get("speed", 0.0),
                       loc.get("reverseGeo", {}).get("formattedLocation", ""))
''', samsara_token())

add("yaml/samsara-api-token", "dispatch/config/production.yaml",
    "https://developers.samsara.com/docs/authentication",
    """
app:
  name: dispatch
  port: 8090
  timezone: America/New_York

delivery:
  windows: ["07:00-10:00", "10:00-13:00", "13:00-16:00"]
  boom_truck_max_weight_lbs: 24000
  lead_time_hours: 20
  branches:
    - code: "01"
      yard: "1180 Main St, Riverhead NY"
    - code: "02"
      yard: "42 Route 9, Southold NY"

integrations:
  samsara:
    base_url: https://api.samsara.com
    api_token: @@secret@@
    poll_seconds: 30
  agility:
    base_url: https://agility.northforkbuilding.com:8443/AgilityPublic/rest
    login_id: dispatch_api
    password_env: AGILITY_DISPATCH_PASSWORD
""", samsara_token())

add("log/samsara-api-token", "logs/dispatch-debug-2024-05-02.log",
    "https://developers.samsara.com/docs/authentication",
    """
2024-05-02T06:58:00.012-04:00 INFO  dispatch: poll vehicles (2 tags)
2024-05-02T06:58:00.013-04:00 DEBUG http: > GET https://api.samsara.com/fleet/vehicles/locations?tagIds=4281963,4281977
2024-05-02T06:58:00.013-04:00 DEBUG http: > Accept: application/json
2024-05-02T06:58:00.013-04:00 DEBUG http: > Authorization: Bearer @@secret@@
2024-05-02T06:58:00.412-04:00 DEBUG http: < 200 OK (399 ms, 4.1 kB)
2024-05-02T06:58:00.415-04:00 INFO  dispatch: BOOM-2 at yard 01, 0 mph
2024-05-02T06:58:00.415-04:00 INFO  dispatch: FLAT-4 on NY-25 near Mattituck, 38 mph
2024-05-02T06:58:00.416-04:00 INFO  dispatch: VAN-1 at yard 02, 0 mph
2024-05-02T06:58:30.010-04:00 INFO  dispatch: poll vehicles (2 tags)
""", samsara_token())

add("typescript/onfleet-api-key", "delivery-notify/src/onfleet.ts",
    "https://docs.onfleet.com/reference/authentication",
    """
// Creates an Onfleet task for each scheduled delivery so customers get the live tracking text.
const ONFLEET_API = "https://onfleet.com/api/v2";
const ONFLEET_KEY = "@@secret@@";
const authHeader = "Basic " + Buffer.from(`${ONFLEET_KEY}:`).toString("base64");

export interface Delivery {
  orderNo: string;
  customer: string;
  phone: string;
  address: string;
  window: { start: Date; end: Date };
  notes?: string;
}

export async function createTask(d: Delivery): Promise<string> {
  const res = await fetch(`${ONFLEET_API}/tasks`, {
    method: "POST",
    headers: { Authorization: authHeader, "Content-Type": "application/json" },
    body: JSON.stringify({
      destination: { address: { unparsed: d.address } },
      recipients: [{ name: d.customer, phone: d.phone }],
      completeAfter: d.window.start.getTime(),
      completeBefore: d.window.end.getTime(),
      notes: `Order ${d.orderNo}. ${d.notes ?? ""}`.trim(),
    }),
  });
  if (!res.ok) throw new Error(`onfleet ${res.status}: ${await res.text()}`);
  return (await res.json()).id;
}
""", hexs(32))

_onfleet_b64 = b64(hexs(32) + ":")
add("shell/onfleet-basic-auth", "scripts/onfleet_workers.sh",
    "https://docs.onfleet.com/reference/authentication",
    """
#!/usr/bin/env bash
# List drivers on duty (used by the 6:30 dispatch huddle checklist)
set -eu
AUTH="Basic @@secret@@"

curl -fsS -H "Authorization: $AUTH" "https://onfleet.com/api/v2/workers?states=1,2" |
  jq -r '.[] | "\\(.name)\\t\\(.vehicle.type // "-")\\t\\(.activeTask // "idle")"'
""", _onfleet_b64)

add("php/route4me-api-key", "dispatch-legacy/lib/RouteOptimizer.php",
    "https://support.route4me.com/route4me-api-key/",
    """
<?php
// Morning route build for the box van deliveries (small orders, no boom truck).
class RouteOptimizer
{
    const API_KEY = '@@secret@@';
    const ENDPOINT = 'https://api.route4me.com/api.v4/optimization_problem.php';

    public function build(array $stops, string $date): array
    {
        $addresses = [['address' => '1180 Main St, Riverhead, NY 11901', 'is_depot' => true]];
        foreach ($stops as $s) {
            $addresses[] = ['address' => $s['address'], 'alias' => $s['order_no'], 'time' => 600];
        }
        $payload = [
            'addresses'  => $addresses,
            'parameters' => [
                'route_name'     => "Box van $date",
                'algorithm_type' => 1,
                'optimize'       => 'Time',
                'route_max_duration' => 28800,
            ],
        ];
        $ch = curl_init(self::ENDPOINT . '?api_key=' . self::API_KEY);
        curl_setopt_array($ch, [
            CURLOPT_POST => true,
            CURLOPT_POSTFIELDS => json_encode($payload),
            CURLOPT_RETURNTRANSFER => true,
            CURLOPT_HTTPHEADER => ['Content-Type: application/json'],
        ]);
        $result = json_decode(curl_exec($ch), true);
        curl_close($ch);
        return $result;
    }
}
""", hexs(32, upper=True))

add("sql/route4me-api-key", "db/seed/020_integration_settings.sql",
    "https://support.route4me.com/route4me-api-key/",
    """
-- Integration settings for the dispatch app (production seed, applied once)
INSERT INTO integration_settings (name, value, updated_by) VALUES
  ('route4me.base_url', 'https://api.route4me.com', 'setup'),
  ('route4me.api_key', '@@secret@@', 'setup'),
  ('route4me.depot_address', '42 Route 9, Southold, NY 11971', 'setup'),
  ('delivery.default_window_minutes', '180', 'setup'),
  ('delivery.boom_truck_ids', 'BOOM-1,BOOM-2', 'setup'),
  ('sms.enabled', 'true', 'setup');
""", hexs(32, upper=True))

add("go/google-maps-server-key", "deliveryfee/fee.go",
    "https://developers.google.com/maps/documentation/distance-matrix/get-api-key",
    """
package deliveryfee

import (
	"context"
	"math"

	"googlemaps.github.io/maps"
)

// Delivery fee: $45 inside 10 miles of the yard, then $3.50 a mile; boom truck adds $60.
const yard = "1180 Main St, Riverhead, NY 11901"

var client, _ = maps.NewClient(maps.WithAPIKey("@@secret@@"))

func Fee(ctx context.Context, address string, boom bool) (float64, error) {
	resp, err := client.DistanceMatrix(ctx, &maps.DistanceMatrixRequest{
		Origins:      []string{yard},
		Destinations: []string{address},
		Units:        maps.UnitsImperial,
	})
	if err != nil {
		return 0, err
	}
	miles := float64(resp.Rows[0].Elements[0].Distance.Meters) / 1609.34
	fee := 45.0
	if miles > 10 {
		fee += math.Ceil(miles-10) * 3.5
	}
	if boom {
		fee += 60
	}
	return fee, nil
}
""", google_key())

add("python/motive-api-key", "fleet/hos_report.py",
    "https://developer.gomotive.com/reference/authentication",
    '''
"""Weekly hours-of-service summary for the CDL drivers (Motive ELDs in the flatbeds)."""
import datetime as dt

import requests

MOTIVE = "https://api.gomotive.com/v1"
HEADERS = {"X-Api-Key": "@@secret@@", "Accept": "application/json"}


def hos_logs(start: dt.date, end: dt.date):
    page = 1
    while True:
        resp = requests.get(f"{MOTIVE}/hos_logs", headers=HEADERS, timeout=30,
                            params={"start_date": start.isoformat(), "end_date": end.isoformat(),
                                    "per_page": 100, "page_no": page})
        resp.raise_for_status()
        logs = resp.json()["hos_logs"]
        yield from logs
        if len(logs) < 100:
            return
        page += 1


if __name__ == "__main__":
    today = dt.date.today()
    for entry in hos_logs(today - dt.timedelta(days=7), today):
        log = entry["hos_log"]
        print(log["driver"]["last_name"], log["status"], log["start_time"], log["duration"])
''', uuid_s())

add("json/geotab-password", "fleet-sync/appsettings.Production.json",
    "https://developers.geotab.com/myGeotab/guides/concepts#authentication",
    """
{
  "Logging": {
    "LogLevel": { "Default": "Information", "Microsoft": "Warning" }
  },
  "MyGeotab": {
    "Server": "my.geotab.com",
    "Database": "granite_building",
    "UserName": "fleet-sync@granitebuilding.com",
    "Password": "@@secret@@"
  },
  "Sync": {
    "IntervalSeconds": 60,
    "Groups": [ "GroupDeliveryId", "GroupYardId" ],
    "IdleAlertMinutes": 20
  }
}
""", words_pw())

add("java/verizon-connect-password", "fleet/src/main/java/com/baysupply/fleet/RevealClient.java",
    "https://fim.api.us.fleetmatics.com/",
    """
package com.baysupply.fleet;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** Verizon Connect Reveal: tokens for the vehicle location calls. */
public class RevealClient {
    private static final String TOKEN_URL = "https://fim.api.us.fleetmatics.com/token";
    private static final String APP_ID = "fleetmatics-p-us-BaySupplyDispatch";
    private static final String USERNAME = "REST_BaySupply_8841";
    private static final String PASSWORD = "@@secret@@";

    private final HttpClient http = HttpClient.newHttpClient();

    public String token() throws Exception {
        String basic = Base64.getEncoder().encodeToString(
            (USERNAME + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
        HttpRequest req = HttpRequest.newBuilder(URI.create(TOKEN_URL))
            .header("Authorization", "Basic " + basic)
            .header("Accept", "text/plain")
            .GET()
            .build();
        return http.send(req, HttpResponse.BodyHandlers.ofString()).body();
    }

    public String appId() {
        return APP_ID;
    }
}
""", rand_pw(16, "!$"))

add("plist/dispatchtrack-api-key", "YardDrop/YardDrop/Info.plist",
    "https://developer.apple.com/documentation/bundleresources/information_property_list",
    """
<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
<dict>
	<key>CFBundleDisplayName</key>
	<string>YardDrop</string>
	<key>CFBundleIdentifier</key>
	<string>com.granitebuilding.yarddrop</string>
	<key>CFBundleShortVersionString</key>
	<string>2.3.0</string>
	<key>DispatchTrackCode</key>
	<string>granitebuilding</string>
	<key>DispatchTrackAPIKey</key>
	<string>@@secret@@</string>
	<key>NSCameraUsageDescription</key>
	<string>Photos of delivered loads for proof of delivery.</string>
	<key>NSLocationWhenInUseUsageDescription</key>
	<string>Shows your route and the drop site.</string>
	<key>UIRequiredDeviceCapabilities</key>
	<array>
		<string>armv7</string>
	</array>
</dict>
</plist>
""", hexs(32))

add("python/twilio-auth-token", "dispatch/notify/sms.py",
    "https://www.twilio.com/docs/iam/api/authtoken",
    '''
"""Texts for delivery customers: day-before confirmation and 'truck is on the way'."""
from twilio.rest import Client

ACCOUNT_SID = "@@sid@@"
AUTH_TOKEN = "@@secret@@"
FROM_NUMBER = "+16315550142"

client = Client(ACCOUNT_SID, AUTH_TOKEN)


def confirm_tomorrow(phone: str, order_no: str, window: str) -> str:
    body = (f"North Fork Building Supply: your delivery for order {order_no} is scheduled tomorrow "
            f"{window}. Reply C to confirm or call 631-555-0140 to change.")
    return client.messages.create(to=phone, from_=FROM_NUMBER, body=body).sid


def on_the_way(phone: str, truck: str, eta_minutes: int) -> str:
    body = f"Your delivery is on the way on {truck}, about {eta_minutes} min out."
    return client.messages.create(to=phone, from_=FROM_NUMBER, body=body).sid
''', hexs(32), sid=twilio_sid())

add("env/twilio-api-key-secret", "notify-worker/.env",
    "https://www.twilio.com/docs/iam/api-keys",
    """
TWILIO_ACCOUNT_SID=@@sid@@
TWILIO_API_KEY=@@keysid@@
TWILIO_API_SECRET=@@secret@@
TWILIO_MESSAGING_SERVICE_SID=@@mg@@
QUIET_HOURS=21:00-07:00
DEFAULT_COUNTRY=US
""", alnum(32), sid=twilio_sid(), keysid=twilio_sid("SK"), mg=twilio_sid("MG"))

add("csharp/twilio-auth-token", "src/Bayside.Notifications/SmsSender.cs",
    "https://www.twilio.com/docs/libraries/csharp-dotnet",
    """
using Twilio;
using Twilio.Rest.Api.V2010.Account;
using Twilio.Types;

namespace Bayside.Notifications
{
    public class SmsSender
    {
        private static readonly PhoneNumber From = new PhoneNumber("+12075550119");

        static SmsSender()
        {
            TwilioClient.Init("@@sid@@", "@@secret@@");
        }

        // "Your special order is in" texts from Counterpoint's order receiving.
        public string SpecialOrderArrived(string phone, string item, string store)
        {
            var msg = MessageResource.Create(
                to: new PhoneNumber(phone),
                from: From,
                body: $"Bayside Hardware: your special order ({item}) is ready for pickup at {store}.");
            return msg.Sid;
        }
    }
}
""", hexs(32), sid=twilio_sid())

add("ruby/easypost-api-key", "app/services/parcel_labels.rb",
    "https://docs.easypost.com/docs/authentication",
    """
require "easypost"

# Small parcels (fasteners, hand tools) ship UPS/USPS from store 01; lumber never ships.
class ParcelLabels
  FROM = {
    company: "Cedar Valley Hardware", street1: "310 Depot St", city: "Cedar Falls",
    state: "IA", zip: "50613", phone: "319-555-0177"
  }.freeze

  def initialize
    @client = EasyPost::Client.new(api_key: "@@secret@@")
  end

  def buy(order)
    shipment = @client.shipment.create(
      from_address: FROM,
      to_address: order.ship_to.to_h,
      parcel: { weight: order.weight_oz, length: 12, width: 10, height: 8 }
    )
    @client.shipment.buy(shipment.id, rate: shipment.lowest_rate(%w[USPS UPS]))
  end
end
""", "EZAK" + hexs(54))

add("powershell/shipstation-api-secret", "scripts/Import-ShipStationOrders.ps1",
    "https://www.shipstation.com/docs/api/requirements/#authentication",
    r"""
# Pull shipped orders from ShipStation and mark them shipped in Eagle (via the import folder).
$apiKey    = "@@key@@"
$apiSecret = "@@secret@@"
$pair      = "{0}:{1}" -f $apiKey, $apiSecret
$auth      = [Convert]::ToBase64String([Text.Encoding]::UTF8.GetBytes($pair))

$since = (Get-Date).AddDays(-1).ToString("yyyy-MM-dd")
$uri   = "https://ssapi.shipstation.com/shipments?shipDateStart=$since&pageSize=500"
$resp  = Invoke-RestMethod -Uri $uri -Headers @{ Authorization = "Basic $auth" }

$resp.shipments | ForEach-Object {
    [pscustomobject]@{
        OrderNumber = $_.orderNumber
        Carrier     = $_.carrierCode
        Tracking    = $_.trackingNumber
        ShipDate    = $_.shipDate
    }
} | Export-Csv -NoTypeInformation -Path "D:\Eagle\Import\shipped_$since.csv"
""", hexs(32), key=hexs(32))

add("properties/ups-client-secret", "shipping/src/main/resources/ups.properties",
    "https://developer.ups.com/api/reference/oauth/client-credentials",
    """
# UPS OAuth client credentials (Developer Portal app "HadleyWebShipping")
ups.oauth.token-url=https://onlinetools.ups.com/security/v1/oauth/token
ups.oauth.client-id=@@cid@@
ups.oauth.client-secret=@@secret@@
ups.shipper-number=8R41W7
ups.rating.url=https://onlinetools.ups.com/api/rating/v2403/Rate
ups.default-service=03
ups.pickup-type=01
""", alnum(64), cid=alnum(48))

add("yaml/fedex-client-secret", "shipping/config/carriers.yaml",
    "https://developer.fedex.com/api/en-us/catalog/authorization/v1/docs.html",
    """
carriers:
  usps:
    enabled: true
    via: easypost
  ups:
    enabled: true
    account: 8R41W7
    credentials_from: ups.properties
  fedex:
    enabled: true
    account_number: "740561073"
    api_key: @@cid@@
    secret_key: @@secret@@
    base_url: https://apis.fedex.com
    services: [FEDEX_GROUND, GROUND_HOME_DELIVERY]
freight:
  ltl_quote_email: freight@hadleyhardware.com
""", hexs(32), cid="l7" + hexs(30))


# ================================================================================================
# Contractor accounts: accounting, credit checks, ACH, statements by mail and email, CRM, helpdesk
# ================================================================================================

add("json/quickbooks-client-secret", "ar-sync/config/intuit.json",
    "https://developer.intuit.com/app/developer/qbo/docs/develop/authentication-and-authorization/oauth-2.0",
    """
{
  "environment": "production",
  "clientId": "@@cid@@",
  "clientSecret": "@@secret@@",
  "redirectUri": "https://ar.baysidehardware.com/intuit/callback",
  "realmId": "9130357428619376",
  "scopes": ["com.intuit.quickbooks.accounting"],
  "tokenStore": "/var/lib/ar-sync/intuit_tokens.json",
  "syncArAccounts": ["1200 Accounts Receivable - Contractors"]
}
""", alnum(40), cid="AB" + alnum(48))

add("env/quickbooks-refresh-token", "ar-sync/.env.local",
    "https://developer.intuit.com/app/developer/qbo/docs/develop/authentication-and-authorization/faq",
    """
# local run of ar-sync against the production company (Kessler Ace, realm 4620816365211740)
INTUIT_ENVIRONMENT=production
INTUIT_CLIENT_ID=${INTUIT_CLIENT_ID}
INTUIT_CLIENT_SECRET=${INTUIT_CLIENT_SECRET}
INTUIT_REALM_ID=4620816365211740
INTUIT_REFRESH_TOKEN=@@secret@@
SYNC_SINCE=2024-04-01
""", "AB11" + digits(10) + alnum(36))

add("python/creditsafe-password", "credit/new_account_check.py",
    "https://www.creditsafe.com/us/en/enterprise/integrations/api-documentation.html",
    '''
"""Run a Creditsafe business report when a contractor applies for a charge account."""
import requests

CS_API = "https://connect.creditsafe.com/v1"
CS_USER = "credit@tricountylumber.com"
CS_PASSWORD = "@@secret@@"


def token() -> str:
    resp = requests.post(f"{CS_API}/authenticate", json={"username": CS_USER, "password": CS_PASSWORD}, timeout=20)
    resp.raise_for_status()
    return resp.json()["token"]


def score(company_name: str, state: str) -> dict:
    headers = {"Authorization": token()}
    found = requests.get(f"{CS_API}/companies", headers=headers, timeout=20,
                         params={"countries": "US", "name": company_name, "province": state}).json()
    if not found.get("companies"):
        return {"found": False}
    cid = found["companies"][0]["id"]
    report = requests.get(f"{CS_API}/companies/{cid}", headers=headers, timeout=60).json()["report"]
    rating = report["creditScore"]["currentCreditRating"]
    return {"found": True, "score": rating.get("providerValue", {}).get("value"),
            "limit": rating.get("creditLimit", {}).get("value")}
''', words_pw())

add("typescript/plaid-secret", "autopay/src/plaid.ts",
    "https://plaid.com/docs/api/#api-access",
    """
import { Configuration, PlaidApi, PlaidEnvironments, Products, CountryCode } from "plaid";

// ACH autopay for contractor statements: link the bank account, then Auth for the numbers.
const config = new Configuration({
  basePath: PlaidEnvironments.production,
  baseOptions: {
    headers: {
      "PLAID-CLIENT-ID": "@@cid@@",
      "PLAID-SECRET": "@@secret@@",
      "Plaid-Version": "2020-09-14",
    },
  },
});

export const plaid = new PlaidApi(config);

export async function linkToken(accountNo: string) {
  const res = await plaid.linkTokenCreate({
    user: { client_user_id: accountNo },
    client_name: "Pine Ridge Lumber",
    products: [Products.Auth],
    country_codes: [CountryCode.Us],
    language: "en",
  });
  return res.data.link_token;
}
""", hexs(30), cid=hexs(24))

add("ruby/lob-api-key", "app/jobs/mail_paper_statements_job.rb",
    "https://docs.lob.com/#section/Authentication",
    """
require "lob"

# About 60 older accounts still want paper statements; Lob prints and mails them on the 2nd.
class MailPaperStatementsJob < ApplicationJob
  queue_as :statements

  def perform(period)
    config = Lob::Configuration.default
    config.username = "@@secret@@"
    letters = Lob::LettersApi.new(Lob::ApiClient.new(config))

    Account.paper_statements.find_each do |account|
      pdf = StatementPdf.url_for(account, period)
      letters.create(Lob::LetterEditable.new(
        description: "Statement #{period} #{account.number}",
        to: account.lob_address_id,
        from: "adr_5b1f6c0e2a9d7e43",
        file: pdf,
        color: false,
        address_placement: "top_first_page"
      ))
    end
  end
end
""", "live_" + hexs(35))

_docusign_key = pem_key()
add("k8s-secret/docusign-private-key", "deploy/k8s/credit-apps/docusign-jwt.yaml",
    "https://developers.docusign.com/platform/auth/jwt/jwt-get-token/",
    """
apiVersion: v1
kind: Secret
metadata:
  name: docusign-jwt
  namespace: credit-apps
type: Opaque
stringData:
  DOCUSIGN_INTEGRATION_KEY: "@@ik@@"
  DOCUSIGN_USER_ID: "@@uid@@"
  DOCUSIGN_ACCOUNT_BASE: "https://na4.docusign.net/restapi"
  private.pem: |
    @@key@@
""", _docusign_key, ik=uuid_s(), uid=uuid_s(), key=_docusign_key.replace("\n", "\n    "))

add("java/billcom-password", "ap-sync/src/main/java/com/granitebuild/ap/BillComSession.java",
    "https://developer.bill.com/docs/api-sessions",
    """
package com.granitebuild.ap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

/** Supplier invoices (Boise Cascade, Weyerhaeuser, Orgill) are approved and paid through BILL. */
public final class BillComSession {
    private static final String LOGIN_URL = "https://gateway.prod.bill.com/connect/v3/login";
    private static final Map<String, String> LOGIN = Map.of(
        "username", "ap@granitebuilding.com",
        "password", "@@secret@@",
        "organizationId", "00801VKNQZRZSPB2vz3x",
        "devKey", System.getenv("BILL_DEV_KEY"));

    public static String open() throws Exception {
        String body = new ObjectMapper().writeValueAsString(LOGIN);
        HttpRequest req = HttpRequest.newBuilder(URI.create(LOGIN_URL))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build();
        HttpResponse<String> resp = HttpClient.newHttpClient().send(req, HttpResponse.BodyHandlers.ofString());
        JsonNode node = new ObjectMapper().readTree(resp.body());
        return node.get("sessionId").asText();
    }
}
""", words_pw())

add("yaml/sendgrid-api-key", "statements/config/mailer.yml",
    "https://www.twilio.com/docs/sendgrid/for-developers/sending-email/api-getting-started",
    """
# Monthly statements and invoice copies for charge accounts
mailer:
  provider: sendgrid
  sendgrid:
    api_key: @@secret@@
    template_statement: d-3f7c2a91b6e44d08a1c5e9f2b7d06a43
    template_invoice: d-91ae04c7d35b4f2e8b6a1c0d9e7f5a22
  from:
    name: Pine Ridge Lumber - Accounts Receivable
    email: ar@pineridgelumber.com
  reply_to: ar@pineridgelumber.com
  bcc: ar-archive@pineridgelumber.com

schedule:
  statements: "0 6 1 * *"
  overdue_reminders: "0 7 15 * *"
""", sendgrid_key())

add("csharp/sendgrid-api-key", "src/Bayside.Notifications/InvoiceMailer.cs",
    "https://github.com/sendgrid/sendgrid-csharp#quick-start",
    """
using System.Threading.Tasks;
using SendGrid;
using SendGrid.Helpers.Mail;

namespace Bayside.Notifications
{
    public class InvoiceMailer
    {
        private readonly SendGridClient _client = new SendGridClient("@@secret@@");

        public async Task<bool> SendInvoiceAsync(string to, string invoiceNo, byte[] pdf)
        {
            var msg = new SendGridMessage
            {
                From = new EmailAddress("invoices@baysidehardware.com", "Bayside Hardware"),
                Subject = $"Invoice {invoiceNo}",
                PlainTextContent = $"Attached is invoice {invoiceNo}. Thank you for your business."
            };
            msg.AddTo(new EmailAddress(to));
            msg.AddAttachment($"{invoiceNo}.pdf", System.Convert.ToBase64String(pdf), "application/pdf");
            var resp = await _client.SendEmailAsync(msg);
            return resp.IsSuccessStatusCode;
        }
    }
}
""", sendgrid_key())

add("shell/mailgun-api-key", "scripts/send_credit_hold_notice.sh",
    "https://documentation.mailgun.com/docs/mailgun/api-reference/openapi-final/tag/Messages/",
    """
#!/usr/bin/env bash
# usage: send_credit_hold_notice.sh ACCOUNT_NO EMAIL BALANCE
set -euo pipefail
acct="$1"; to="$2"; bal="$3"

curl -s --user 'api:@@secret@@' \\
  https://api.mailgun.net/v3/mg.hadleyhardware.com/messages \\
  -F from='Hadley Hardware Credit Dept <credit@mg.hadleyhardware.com>' \\
  -F to="$to" \\
  -F subject="Account $acct placed on credit hold" \\
  -F text="Your account $acct has a past-due balance of \\$$bal and is on hold. Call 802-555-0163."
""", mailgun_key())

add("ruby/postmark-server-token", "config/initializers/postmark.rb",
    "https://postmarkapp.com/developer/api/overview#authentication",
    """
# Order confirmations and delivery-window emails for the web store
Rails.application.configure do
  config.action_mailer.delivery_method = :postmark
  config.action_mailer.postmark_settings = {
    api_token: "@@secret@@",
    message_stream: "outbound"
  }
  config.action_mailer.default_url_options = { host: "shop.cedarvalleyhardware.com", protocol: "https" }
  config.action_mailer.default_options = { from: "Cedar Valley Hardware <orders@cedarvalleyhardware.com>" }
end
""", uuid_s())

add("ini/smtp-password", "statement-printer/StatementPrinter.ini",
    "https://learn.microsoft.com/en-us/exchange/mail-flow-best-practices/how-to-set-up-a-multifunction-device-or-application-to-send-email-using-microsoft-365-or-office-365",
    r"""
[General]
Company=Kessler Ace Hardware
StatementFolder=\\kessler-nas\ar\statements
ArchiveFolder=\\kessler-nas\ar\statements\sent

[SMTP]
Host=smtp.office365.com
Port=587
UseTLS=1
User=statements@kesslerace.com
Password=@@secret@@
FromName=Kessler Ace Hardware - Accounts

[Schedule]
RunDay=1
RunTime=06:30
""", simple_pw())

add("powershell/smtp-password", "scripts/Send-DailyZReport.ps1",
    "https://learn.microsoft.com/en-us/powershell/module/microsoft.powershell.security/convertto-securestring",
    r"""
# Emails the Eagle end-of-day Z report PDFs to the owners.
$day     = (Get-Date).ToString("yyyyMMdd")
$reports = Get-ChildItem "D:\Eagle\Reports\EOD" -Filter "*_$day.pdf"
if (-not $reports) { exit 0 }

$secure = ConvertTo-SecureString "@@secret@@" -AsPlainText -Force
$cred   = New-Object System.Management.Automation.PSCredential ("reports@hadleyhardware.com", $secure)

Send-MailMessage -SmtpServer "smtp.office365.com" -Port 587 -UseSsl `
    -Credential $cred `
    -From "reports@hadleyhardware.com" `
    -To "owners@hadleyhardware.com" `
    -Subject "Z reports $day" `
    -Body "End of day reports for all registers attached." `
    -Attachments $reports.FullName
""", words_pw())

add("xml/smtp-password", "QuoteMailer/App.config",
    "https://learn.microsoft.com/en-us/dotnet/framework/configure-apps/file-schema/network/network-element-network-settings",
    """
<?xml version="1.0" encoding="utf-8" ?>
<configuration>
  <startup>
    <supportedRuntime version="v4.0" sku=".NETFramework,Version=v4.7.2" />
  </startup>
  <system.net>
    <mailSettings>
      <smtp from="quotes@northforkbuilding.com" deliveryMethod="Network">
        <network host="smtp.gmail.com" port="587" enableSsl="true"
                 userName="quotes@northforkbuilding.com" password="@@secret@@" defaultCredentials="false" />
      </smtp>
    </mailSettings>
  </system.net>
  <appSettings>
    <add key="QuoteFolder" value="Q:\\Quotes\\Outgoing" />
    <add key="CcEstimator" value="true" />
  </appSettings>
</configuration>
""", alnum(16, string.ascii_lowercase))

add("properties/smtp-password", "contractor-portal-api/src/main/resources/application.properties",
    "https://docs.spring.io/spring-boot/reference/io/email.html",
    """
spring.application.name=contractor-portal-api
server.port=8080
spring.datasource.url=jdbc:postgresql://portal-db:5432/portal
spring.datasource.username=portal
spring.datasource.password=${PORTAL_DB_PASSWORD}

spring.mail.host=smtp.mailgun.org
spring.mail.port=587
spring.mail.username=postmaster@mg.tricountylumber.com
spring.mail.password=@@secret@@
spring.mail.properties.mail.smtp.auth=true
spring.mail.properties.mail.smtp.starttls.enable=true

portal.statement.from=ar@tricountylumber.com
portal.credit.limit-alert-percent=90
""", hexs(32) + "-" + hexs(8) + "-" + hexs(8))

add("typescript/hubspot-private-app-token", "crm-sync/src/hubspot.ts",
    "https://developers.hubspot.com/docs/api/private-apps",
    """
import { Client } from "@hubspot/api-client";

// Contractor accounts from Agility -> HubSpot companies, so outside sales sees balances and tiers.
const hubspot = new Client({ accessToken: "@@secret@@" });

export async function upsertCompany(acct: {
  number: string;
  name: string;
  tier: string;
  balance: number;
  creditLimit: number;
  salesRep: string;
}) {
  const properties = {
    name: acct.name,
    agility_account_no: acct.number,
    pricing_tier: acct.tier,
    ar_balance: acct.balance.toFixed(2),
    credit_limit: acct.creditLimit.toFixed(2),
    outside_sales_rep: acct.salesRep,
  };
  const found = await hubspot.crm.companies.searchApi.doSearch({
    filterGroups: [{ filters: [{ propertyName: "agility_account_no", operator: "EQ", value: acct.number }] }],
    limit: 1,
  });
  if (found.results.length) {
    return hubspot.crm.companies.basicApi.update(found.results[0].id, { properties });
  }
  return hubspot.crm.companies.basicApi.create({ properties });
}
""", "pat-na1-" + uuid_s())

add("yaml/zendesk-api-token", "helpdesk/zendesk.yml",
    "https://developer.zendesk.com/api-reference/introduction/security-and-auth/#api-token",
    """
zendesk:
  subdomain: pineridgelumber
  email: it@pineridgelumber.com/token
  api_token: @@secret@@
  groups:
    pro_desk: 360011824193
    deliveries: 360011824213
    returns: 360011824233
  macros:
    delivery_reschedule: 360204118873

routing:
  - match: { subject_contains: ["delivery", "truck", "drop"] }
    group: deliveries
  - match: { from_domain_in_accounts: true }
    group: pro_desk
""", alnum(40))

add("python/flask-secret-key", "portal/app/config.py",
    "https://flask.palletsprojects.com/en/stable/config/#SECRET_KEY",
    '''
import os


class Config:
    SECRET_KEY = "@@secret@@"
    SESSION_COOKIE_SECURE = True
    SESSION_COOKIE_SAMESITE = "Lax"
    PERMANENT_SESSION_LIFETIME = 60 * 60 * 8
    SQLALCHEMY_DATABASE_URI = os.environ.get("PORTAL_DATABASE_URL", "sqlite:///portal.db")
    STATEMENTS_DIR = os.environ.get("STATEMENTS_DIR", "/srv/statements")
    MAX_JOBS_PER_ACCOUNT = 50


class DevConfig(Config):
    DEBUG = True
    SESSION_COOKIE_SECURE = False
''', hexs(64))

add("python/django-secret-key", "yardorders/yardorders/settings/production.py",
    "https://docs.djangoproject.com/en/5.0/ref/settings/#secret-key",
    '''
from .base import *  # noqa: F401,F403

DEBUG = False
SECRET_KEY = "@@secret@@"
ALLOWED_HOSTS = ["orders.granitebuilding.com", "10.40.0.21"]
CSRF_TRUSTED_ORIGINS = ["https://orders.granitebuilding.com"]

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": "yardorders",
        "USER": "yardorders",
        "HOST": "db01.granitebuilding.local",
        "PORT": "5432",
        "OPTIONS": {"service": "yardorders", "passfile": "/etc/yardorders/.pgpass"},
    }
}

SECURE_SSL_REDIRECT = True
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
''', fakes.django_secret_key(_seed()))

add("markdown/credit-bureau-password", "docs/ar/month-end-checklist.md",
    "https://www.experian.com/business/products/business-information-tools",
    """
# AR month-end checklist (Tri-County Lumber)

1. Post all cash receipts through the last business day; lockbox file comes from the bank at 9am.
2. Run **Aged Trial Balance** in BisTrack (branch = ALL), save PDF to `\\\\tcl-fs\\ar\\aging\\YYYY-MM`.
3. Accounts over 60 days and over $5,000: pull an Experian BusinessIQ report before calling.
   - Login: `credit@tricountylumber.com`
   - Password: `@@secret@@`
   - Subscriber #: 4471-2206
4. Put 90+ day accounts on hold (Customer → Credit → Hold code `H9`).
5. File preliminary lien notices for jobs that need them (list from Tina); deadlines are in the job sheet.
6. Send statements (the StatementPrinter job runs on the 1st; check its log on AR-PC2).
7. Close the period in BisTrack after the owner signs off on the aging.
""", words_pw())


# ================================================================================================
# Supplier and co-op EDI: SPS Commerce, AS2, VAN mailboxes, SFTP/FTP price files and catalogs
# ================================================================================================

add("python/sps-commerce-client-secret", "edi/sps/transactions.py",
    "https://developer.spscommerce.com/authentication/",
    '''
"""Fetch 855/856/810 documents from SPS Commerce for vendor POs (Simpson, LP, Stanley)."""
import requests

TOKEN_URL = "https://auth.spscommerce.com/oauth/token"
API = "https://api.spscommerce.com/transactions/v5"
CLIENT_ID = "@@cid@@"
CLIENT_SECRET = "@@secret@@"


def access_token() -> str:
    resp = requests.post(TOKEN_URL, timeout=20, json={
        "grant_type": "client_credentials",
        "client_id": CLIENT_ID,
        "client_secret": CLIENT_SECRET,
        "audience": "api://api.spscommerce.com/",
    })
    resp.raise_for_status()
    return resp.json()["access_token"]


def inbound(folder: str = "out"):
    headers = {"Authorization": f"Bearer {access_token()}"}
    listing = requests.get(f"{API}/data/{folder}/", headers=headers, timeout=30).json()
    for item in listing.get("results", []):
        doc = requests.get(f"{API}/data/{folder}/{item['key']}", headers=headers, timeout=60)
        yield item["key"], doc.content
''', alnum(64, URLSAFE), cid=alnum(32))

add("python/sftp-password", "edi/orgill/fetch_price_file.py",
    "https://docs.paramiko.org/en/stable/api/client.html#paramiko.client.SSHClient.connect",
    '''
"""Download Orgill's weekly price/cost file and the discontinued list."""
import datetime as dt
from pathlib import Path

import paramiko

HOST = "sftp.orgill.com"
USER = "C188042"
INBOX = Path(r"D:\\EDI\\Orgill\\in")


def main() -> None:
    client = paramiko.SSHClient()
    client.load_system_host_keys()
    client.connect(HOST, port=22, username=USER, password="@@secret@@", timeout=30)
    sftp = client.open_sftp()
    stamp = dt.date.today().strftime("%Y%m%d")
    for name in sftp.listdir("outbound"):
        if name.startswith(("PRICE_", "DISC_")):
            sftp.get(f"outbound/{name}", str(INBOX / f"{stamp}_{name}"))
    sftp.close()
    client.close()


if __name__ == "__main__":
    main()
''', rand_pw(12))

add("shell/sftp-password", "edi/doitbest/pull_catalog.sh",
    "https://lftp.yar.ru/lftp-man.html",
    """
#!/bin/bash
# Do it Best member catalog + promo files, every night at 01:30 (cron on edi01)
set -e
MEMBER=41877
DEST=/srv/edi/doitbest/in/$(date +%F)
mkdir -p "$DEST"

lftp -u "m${MEMBER},@@secret@@" sftp://memberfiles.doitbest.com <<LFTP
set sftp:auto-confirm yes
mirror --only-newer --include-glob "*.CSV" /outgoing/catalog "$DEST"
bye
LFTP

/opt/edi/bin/load_catalog --source doitbest --dir "$DEST"
""", simple_pw())

add("cron/sftp-password", "ops/cron/edi.crontab",
    "https://linux.die.net/man/1/sshpass",
    """
# m h dom mon dow  command   (edi01, user edi)
MAILTO=it@kesslerace.com
PATH=/usr/local/bin:/usr/bin:/bin

# Ace EDI: POs out at 16:00, acks and ASNs in every 20 minutes during the day
0 16 * * 1-5   /opt/edi/bin/export_pos --vendor ACE --dir /srv/edi/ace/out
*/20 6-19 * * * sshpass -p '@@secret@@' sftp -oBatchMode=no -b /opt/edi/ace_get.batch kessler4471@edi.acehardware.com >> /var/log/edi/ace.log 2>&1
5 2 * * *      /opt/edi/bin/purge --older-than 90d /srv/edi/ace/archive
""", words_pw())

add("xml/van-mailbox-password", "edi/partners/boise_cascade.xml",
    "https://www.kleinschmidt.com/edi-services/",
    """
<?xml version="1.0" encoding="UTF-8"?>
<!-- Boise Cascade BMD: 850 out, 855/856/810 in, through the Kleinschmidt VAN mailbox -->
<partner id="BOISE-BMD">
  <isa>
    <senderQualifier>ZZ</senderQualifier>
    <senderId>PINERIDGELMBR</senderId>
    <receiverQualifier>01</receiverQualifier>
    <receiverId>009162358</receiverId>
    <usageIndicator>P</usageIndicator>
  </isa>
  <transport type="sftp">
    <host>sftp.kleinschmidt.com</host>
    <port>22</port>
    <user>PRL0419</user>
    <password>@@secret@@</password>
    <outbound>/inbox</outbound>
    <inbound>/outbox</inbound>
  </transport>
  <documents>
    <document type="850" direction="out" map="maps/850_boise.xslt" />
    <document type="855" direction="in" map="maps/855_boise.xslt" />
    <document type="856" direction="in" map="maps/856_boise.xslt" />
    <document type="810" direction="in" map="maps/810_boise.xslt" />
  </documents>
</partner>
""", rand_pw(10, "#"))

add("xml/as2-keystore-password", "openas2/config/config.xml",
    "https://github.com/OpenAS2/OpenAs2App/blob/master/Server/src/config/config.xml",
    """
<?xml version="1.0" encoding="UTF-8"?>
<openas2>
  <properties
      storageBaseDir="%home%/../data"
      log_date_format="yyyy-MM-dd HH:mm:ss.SSS"
      as2_message_id_format="OPENAS2-$date.ddMMyyyyHHmmssZ$-$rand.1234$@$msg.sender.as2_id$_$msg.receiver.as2_id$"/>
  <certificates classname="org.openas2.cert.PKCS12CertificateFactory"
      filename="%home%/as2_certs.p12"
      password="@@secret@@"
      interval="300"/>
  <partnerships classname="org.openas2.partner.XMLPartnershipFactory"
      filename="%home%/partnerships.xml"
      interval="120"/>
  <commands classname="org.openas2.cmd.XMLCommandRegistry" filename="%home%/commands.xml"/>
  <processor classname="org.openas2.processor.DefaultProcessor" pendingMDN="$properties.storageBaseDir$/pendingMDN3">
    <module classname="org.openas2.processor.sender.AS2SenderModule"/>
    <module classname="org.openas2.processor.receiver.AS2ReceiverModule" port="4080"/>
    <module classname="org.openas2.processor.storage.MessageFileModule"
        filename="$properties.storageBaseDir$/inbox/$msg.sender.as2_id$-$msg.receiver.as2_id$/$mdn.msg.headers.message-id$"/>
  </processor>
</openas2>
""", rand_pw(18))

add("pem/private-key", "edi/as2/certs/granite_as2_2024.key",
    "https://www.rfc-editor.org/rfc/rfc4130",
    """
@@secret@@
""", pem_key("RSA"))

add("ini/ftp-password", "catalog/truevalue_download.ini",
    "https://curl.se/docs/manpage.html#-u",
    """
; True Value member files: item master, retail price changes, ad planner
[Connection]
Protocol=ftps
Host=memberftp.truevalue.com
Port=990
Username=TV0058217
Password=@@secret@@
PassiveMode=1

[Files]
ItemMaster=/out/ITMMSTR_*.TXT
PriceChanges=/out/PRCCHG_*.TXT
AdPlanner=/out/ADPLAN_*.XLSX

[Local]
Inbox=E:\\TrueValue\\Inbox
Archive=E:\\TrueValue\\Archive
""", simple_pw())

add("json/sftp-password", "supplier-feeds/config/feeds.json",
    "https://github.com/theophilusx/ssh2-sftp-client#connect",
    """
{
  "feeds": [
    {
      "name": "orgill-inventory",
      "schedule": "0 */4 * * *",
      "sftp": {
        "host": "sftp.orgill.com",
        "port": 22,
        "username": "C204417",
        "password": "@@secret@@"
      },
      "remoteDir": "/outbound/inventory",
      "pattern": "^INV_.*\\\\.csv$",
      "target": "s3://cvh-feeds/orgill/inventory/"
    },
    {
      "name": "simpson-catalog",
      "schedule": "0 3 * * 1",
      "https": { "url": "https://www.strongtie.com/resources/data/catalog.xlsx" },
      "target": "s3://cvh-feeds/simpson/"
    }
  ]
}
""", rand_pw(14))

add("compose/sftpgo-admin-password", "edi/sftpgo/docker-compose.yml",
    "https://docs.sftpgo.com/latest/env-vars/",
    """
# Drop box for suppliers who can only push ASNs and invoices by SFTP (LP, two regional mills)
services:
  sftpgo:
    image: drakkan/sftpgo:v2.6
    restart: always
    ports:
      - "2022:2022"
      - "127.0.0.1:8080:8080"
    environment:
      SFTPGO_DATA_PROVIDER__CREATE_DEFAULT_ADMIN: "true"
      SFTPGO_DEFAULT_ADMIN_USERNAME: edi-admin
      SFTPGO_DEFAULT_ADMIN_PASSWORD: @@secret@@
      SFTPGO_SFTPD__BINDINGS__0__PORT: "2022"
      SFTPGO_COMMON__IDLE_TIMEOUT: "10"
    volumes:
      - ./data:/srv/sftpgo
      - ./home:/var/lib/sftpgo
""", rand_pw(20))

add("powershell/winscp-password", "edi/scripts/Send-TrueCommercePOs.ps1",
    "https://winscp.net/eng/docs/library_sessionoptions",
    r"""
# Sends the day's purchase orders (X12 850) to TrueCommerce; runs on BT-APP01 at 17:30.
Add-Type -Path "C:\Program Files (x86)\WinSCP\WinSCPnet.dll"

$options = New-Object WinSCP.SessionOptions -Property @{
    Protocol              = [WinSCP.Protocol]::Sftp
    HostName              = "sftp.truecommerce.com"
    UserName              = "prl_tc_0192"
    Password              = "@@secret@@"
    SshHostKeyFingerprint = "ssh-ed25519 255 @@fp@@"
}

$session = New-Object WinSCP.Session
try {
    $session.Open($options)
    $result = $session.PutFiles("E:\EDI\Outbound\850\*.x12", "/in/", $false)
    $result.Check()
    foreach ($t in $result.Transfers) {
        Move-Item $t.FileName "E:\EDI\Outbound\850\sent\" -Force
    }
} finally {
    $session.Dispose()
}
""", words_pw(), fp=b64(hexs(32))[:43])

add("yaml/sps-sftp-password", "edi/sps/connection.yml",
    "https://www.spscommerce.com/products/fulfillment/",
    """
# SPS Commerce Fulfillment: FTP/SFTP connection for the retail (drop-ship) side
sps:
  connection: sftp
  host: sftp.spscommerce.net
  port: 10022
  username: hadleyhw
  password: @@secret@@
  paths:
    to_sps: /in
    from_sps: /out
  documents:
    - { type: "850", direction: inbound }
    - { type: "855", direction: outbound }
    - { type: "856", direction: outbound }
    - { type: "810", direction: outbound }
  poll_minutes: 15
""", rand_pw(12))


# ================================================================================================
# The small IT: directory, Wi-Fi, handhelds, cameras, firewall, backups, kiosks, alerts
# ================================================================================================

add("toml/ldap-bind-password", "monitoring/grafana/ldap.toml",
    "https://grafana.com/docs/grafana/latest/setup-grafana/configure-security/configure-authentication/ldap/",
    """
# Grafana sign-in with the office AD (sales dashboards for managers)
[[servers]]
host = "dc01.prl.local"
port = 636
use_ssl = true
start_tls = false
ssl_skip_verify = false
bind_dn = "CN=svc_grafana,OU=Service Accounts,DC=prl,DC=local"
bind_password = '@@secret@@'
search_filter = "(sAMAccountName=%s)"
search_base_dns = ["OU=Staff,DC=prl,DC=local"]

[servers.attributes]
name = "givenName"
surname = "sn"
username = "sAMAccountName"
member_of = "memberOf"
email = "mail"

[[servers.group_mappings]]
group_dn = "CN=Store Managers,OU=Groups,DC=prl,DC=local"
org_role = "Editor"

[[servers.group_mappings]]
group_dn = "*"
org_role = "Viewer"
""", words_pw())

add("python/unifi-controller-password", "it/tools/guest_vouchers.py",
    "https://ubntwiki.com/products/software/unifi-controller/api",
    '''
"""Print a sheet of guest Wi-Fi vouchers for drivers waiting on loads at the yard shack."""
import sys

import requests
import urllib3

urllib3.disable_warnings()

CONTROLLER = "https://10.10.0.5:8443"
SITE = "default"
USERNAME = "itadmin"
PASSWORD = "@@secret@@"


def create_vouchers(count: int, minutes: int = 480):
    s = requests.Session()
    s.verify = False
    s.post(f"{CONTROLLER}/api/login", json={"username": USERNAME, "password": PASSWORD}).raise_for_status()
    resp = s.post(f"{CONTROLLER}/api/s/{SITE}/cmd/hotspot",
                  json={"cmd": "create-voucher", "n": count, "quota": 1, "expire": minutes,
                        "note": "yard shack"})
    resp.raise_for_status()
    created = resp.json()["data"][0]["create_time"]
    listing = s.get(f"{CONTROLLER}/api/s/{SITE}/stat/voucher", params={"create_time": created}).json()["data"]
    return [v["code"] for v in listing]


if __name__ == "__main__":
    for code in create_vouchers(int(sys.argv[1]) if len(sys.argv) > 1 else 10):
        print(f"{code[:5]}-{code[5:]}")
''', simple_pw())

add("powershell/veeam-repository-password", "it/backup/Setup-VeeamRepos.ps1",
    "https://helpcenter.veeam.com/docs/backup/powershell/add-vbrcredentials.html",
    r"""
# One-time setup of the Veeam B&R repositories on VBR01 (after the 2024 rebuild).
Import-Module Veeam.Backup.PowerShell

$nasCred = Add-VBRCredentials -User "NAS01\veeam" -Password "@@secret@@" -Description "Synology NAS01 SMB repo"

Add-VBRBackupRepository -Name "NAS01-Primary" -Type CifsShare `
    -Folder "\\nas01.prl.local\veeam" -Credentials $nasCred `
    -LimitConcurrentJobs -MaxConcurrentJobs 4 -Description "On-site, 30 restore points"

$sobr = Get-VBRBackupRepository -ScaleOut -Name "Offsite-B2" -ErrorAction SilentlyContinue
if (-not $sobr) {
    Write-Warning "Scale-out repo with the B2 capacity tier is configured in the console, see docs/backup.md"
}

Get-VBRJob -Name "BisTrack SQL", "File Server" | ForEach-Object {
    Set-VBRJobOptions -Job $_ -Options (Get-VBRJobOptions -Job $_) | Out-Null
}
""", words_pw())

add("terraform/fortigate-api-token", "infra/firewall/main.tf",
    "https://registry.terraform.io/providers/fortinetdev/fortios/latest/docs",
    """
terraform {
  required_providers {
    fortios = {
      source  = "fortinetdev/fortios"
      version = "~> 1.20"
    }
  }
}

# FortiGate 60F at the main store; branch tunnels and the POS VLAN rules.
provider "fortios" {
  hostname = "10.10.0.1"
  token    = "@@secret@@"
  insecure = "true"
}

resource "fortios_firewall_address" "pos_vlan" {
  name   = "POS-VLAN20"
  subnet = "10.1.20.0 255.255.255.0"
}

resource "fortios_firewall_address" "processor" {
  name = "CardPointe-FTS"
  fqdn = "fts.cardconnect.com"
  type = "fqdn"
}

resource "fortios_firewall_policy" "pos_out" {
  name     = "POS to processor only"
  action   = "accept"
  schedule = "always"
  srcintf { name = "vlan20" }
  dstintf { name = "wan1" }
  srcaddr { name = fortios_firewall_address.pos_vlan.name }
  dstaddr { name = fortios_firewall_address.processor.name }
  service { name = "HTTPS" }
  nat      = "enable"
}
""", alnum(30, LOWERNUM))

add("python/meraki-api-key", "it/tools/meraki_clients_report.py",
    "https://developer.cisco.com/meraki/api-v1/authorization/",
    '''
"""Which devices are on the yard Wi-Fi (spotting the personal phones on the scanner SSID)."""
import meraki

dashboard = meraki.DashboardAPI(api_key="@@secret@@", suppress_logging=True)

ORG_ID = "681155"
NETWORKS = {"Main Store": "L_646829496481105433", "Route 9": "L_646829496481105471"}


def main():
    for name, net_id in NETWORKS.items():
        clients = dashboard.networks.getNetworkClients(net_id, timespan=86400, perPage=1000, total_pages="all")
        on_scanners = [c for c in clients if c.get("ssid") == "TCL-SCAN"]
        odd = [c for c in on_scanners if "Zebra" not in (c.get("manufacturer") or "")]
        print(f"{name}: {len(on_scanners)} on TCL-SCAN, {len(odd)} not Zebra")
        for c in odd:
            print("   ", c.get("description"), c.get("mac"), c.get("manufacturer"))


if __name__ == "__main__":
    main()
''', hexs(40))

_cam_pw = simple_pw()
add("yaml/camera-rtsp-password", "nvr/frigate/config.yml",
    "https://docs.frigate.video/configuration/cameras",
    """
mqtt:
  enabled: false

detectors:
  coral:
    type: edgetpu
    device: usb

cameras:
  yard_gate:
    ffmpeg:
      inputs:
        - path: rtsp://admin:@@secret@@@10.10.50.21:554/Streaming/Channels/101
          roles: [record]
        - path: rtsp://admin:@@secret@@@10.10.50.21:554/Streaming/Channels/102
          roles: [detect]
    detect: { width: 640, height: 360 }
  lumber_shed:
    ffmpeg:
      inputs:
        - path: rtsp://admin:@@secret@@@10.10.50.22:554/Streaming/Channels/101
          roles: [detect, record]
    objects:
      track: [person, car]

record:
  enabled: true
  retain:
    days: 14
    mode: motion
""", _cam_pw)

add("xml/wifi-psk", "mdm/stagenow/tc52_yard_wifi.xml",
    "https://techdocs.zebra.com/mx/wifi/",
    """
<wap-provisioningdoc>
  <characteristic type="ProfileInfo">
    <parm name="created_wizard_version" value="13.1.0" />
  </characteristic>
  <characteristic type="Wi-Fi" version="10.4">
    <parm name="UseRegulatory" value="1" />
    <parm name="Country" value="US" />
    <characteristic type="Profiles">
      <parm name="AddProfile" value="1" />
      <characteristic type="Profile">
        <parm name="SSID" value="PRL-SCAN" />
        <parm name="HiddenSSID" value="1" />
        <characteristic type="Security">
          <parm name="SecurityMode" value="1" />
          <parm name="WPAMode" value="3" />
          <characteristic type="Encryption">
            <parm name="EncryptionWPA2" value="1" />
            <parm name="ProtectKey" value="0" />
            <parm name="PassphraseWPAClear" value="@@secret@@" />
          </characteristic>
        </characteristic>
      </characteristic>
    </characteristic>
  </characteristic>
</wap-provisioningdoc>
""", passphrase())

add("markdown/wifi-psk", "docs/it/network.md",
    "https://help.ui.com/hc/en-us/articles/115004662107",
    """
# Store network (Cedar Valley Hardware)

| VLAN | Name | Subnet | What's on it |
|---|---|---|---|
| 10 | office | 10.10.10.0/24 | PCs, printers, the Eagle server |
| 20 | pos | 10.10.20.0/24 | registers, card terminals (PCI: nothing else!) |
| 30 | scan | 10.10.30.0/24 | handheld scanners, label printers |
| 50 | cameras | 10.10.50.0/24 | Hikvision cameras, NVR |
| 99 | guest | 10.10.99.0/24 | customer Wi-Fi, captive portal |

## Wi-Fi
- **CVH-STAFF** (VLAN 10): WPA2, key `@@secret@@`. Give it to staff laptops only, not phones.
- **CVH-SCAN** (VLAN 30): pushed to the scanners by the MDM, nobody types it.
- **CVH-Guest** (VLAN 99): open with the splash page; rate limited to 10 Mbps.

## ISP
Main circuit: Mediacom business 300/30, static 203.0.113.0/29. Backup: T-Mobile 5G on the
FortiGate wan2. Support contract number is on the label on the modem.
""", passphrase())

add("powershell/autologon-password", "it/kiosk/Set-KioskAutologon.ps1",
    "https://learn.microsoft.com/en-us/troubleshoot/windows-server/user-profiles-and-logon/turn-on-automatic-logon",
    r"""
# Price-check kiosk PCs in the aisles: log on automatically as the local kiosk account,
# start Edge in kiosk mode on the price lookup page.
$winlogon = "HKLM:\SOFTWARE\Microsoft\Windows NT\CurrentVersion\Winlogon"

Set-ItemProperty -Path $winlogon -Name AutoAdminLogon -Value "1"
Set-ItemProperty -Path $winlogon -Name DefaultUserName -Value "kiosk"
Set-ItemProperty -Path $winlogon -Name DefaultDomainName -Value $env:COMPUTERNAME
Set-ItemProperty -Path $winlogon -Name DefaultPassword -Value "@@secret@@"

$startup = "C:\Users\kiosk\AppData\Roaming\Microsoft\Windows\Start Menu\Programs\Startup"
$shortcut = (New-Object -ComObject WScript.Shell).CreateShortcut("$startup\PriceCheck.lnk")
$shortcut.TargetPath = "C:\Program Files (x86)\Microsoft\Edge\Application\msedge.exe"
$shortcut.Arguments = "--kiosk https://pricecheck.hadleyhardware.local --edge-kiosk-type=public-browsing"
$shortcut.Save()

Restart-Computer -Confirm
""", simple_pw())

add("batch/net-use-password", "it/logon/map_counter_drives.bat",
    "https://learn.microsoft.com/en-us/windows-server/administration/windows-commands/net-use",
    r"""
@echo off
rem Counter PCs: map the price book and special-order drives for the shared "counter" login
net use P: /delete /y >nul 2>&1
net use S: /delete /y >nul 2>&1
net use P: \\prl-fs01\pricebooks /user:PRL\counter @@secret@@ /persistent:no
net use S: \\prl-fs01\specialorders /user:PRL\counter @@secret@@ /persistent:no
if errorlevel 1 (
  echo Could not map drives - call IT at x214
  pause
)
start "" "C:\BisTrack\BisTrack.exe"
""", simple_pw())


# ================================================================================================
# Cloud, backups, CI and packages
# ================================================================================================

add("python/aws-secret-access-key", "it/backup/eagle_to_s3.py",
    "https://boto3.amazonaws.com/v1/documentation/api/latest/guide/credentials.html#passing-credentials-as-parameters",
    '''
"""Copy the nightly Eagle backup set to S3 (the off-site copy the insurance company asked for)."""
import datetime as dt
from pathlib import Path

import boto3

BACKUP_DIR = Path(r"E:\\EagleBackup")
BUCKET = "hadley-hardware-offsite"

s3 = boto3.client(
    "s3",
    region_name="us-east-2",
    aws_access_key_id="@@kid@@",
    aws_secret_access_key="@@secret@@",
)


def main() -> None:
    day = dt.date.today().strftime("%Y-%m-%d")
    for path in sorted(BACKUP_DIR.glob("*.bak")):
        key = f"eagle/{day}/{path.name}"
        s3.upload_file(str(path), BUCKET, key, ExtraArgs={"StorageClass": "STANDARD_IA"})
        print("uploaded", key)


if __name__ == "__main__":
    main()
''', fakes.aws_secret_key(_seed()), kid=fakes.aws_key_id(_seed()))

add("kotlin/aws-secret-access-key", "yarddrop-android/app/src/main/java/com/granitebuilding/yarddrop/pod/PhotoUploader.kt",
    "https://docs.aws.amazon.com/sdk-for-java/v1/developer-guide/credentials.html",
    """
package com.granitebuilding.yarddrop.pod

import com.amazonaws.auth.BasicAWSCredentials
import com.amazonaws.regions.Region
import com.amazonaws.regions.Regions
import com.amazonaws.services.s3.AmazonS3Client
import java.io.File

// Proof-of-delivery photos from the drivers' phones go straight to S3.
class PhotoUploader {
    private val credentials = BasicAWSCredentials(
        "@@kid@@",
        "@@secret@@"
    )
    private val s3 = AmazonS3Client(credentials, Region.getRegion(Regions.US_WEST_2))

    fun upload(orderNo: String, photo: File): String {
        val key = "pod/${orderNo}/${photo.name}"
        s3.putObject("granite-pod-photos", key, photo)
        return key
    }
}
""", fakes.aws_secret_key(_seed()), kid=fakes.aws_key_id(_seed()))

add("dockerfile/aws-secret-access-key", "label-service/Dockerfile",
    "https://docs.docker.com/reference/dockerfile/#env",
    """
FROM python:3.12-slim

RUN apt-get update && apt-get install -y --no-install-recommends fonts-dejavu-core \\
    && rm -rf /var/lib/apt/lists/*

WORKDIR /app
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt
COPY labels/ labels/
COPY templates/ templates/

# shelf labels and bin tags are rendered to PDF and kept in S3 for reprints
ENV AWS_DEFAULT_REGION=us-east-1 \\
    AWS_ACCESS_KEY_ID=@@kid@@ \\
    AWS_SECRET_ACCESS_KEY=@@secret@@ \\
    LABEL_BUCKET=prl-shelf-labels

EXPOSE 8000
CMD ["gunicorn", "-b", "0.0.0.0:8000", "labels.app:app"]
""", fakes.aws_secret_key(_seed()), kid=fakes.aws_key_id(_seed()))

_gcp_pem = fakes.fake_pem(_seed(), "RSA").replace("RSA PRIVATE KEY", "PRIVATE KEY")
add("json/gcp-service-account-key", "reporting/credentials/bq-sales-loader.json",
    "https://cloud.google.com/iam/docs/keys-create-delete#creating",
    """
{
  "type": "service_account",
  "project_id": "nfbs-sales-reporting",
  "private_key_id": "@@kid@@",
  "private_key": "@@key@@",
  "client_email": "bq-sales-loader@nfbs-sales-reporting.iam.gserviceaccount.com",
  "client_id": "@@cid@@",
  "auth_uri": "https://accounts.google.com/o/oauth2/auth",
  "token_uri": "https://oauth2.googleapis.com/token",
  "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",
  "client_x509_cert_url": "https://www.googleapis.com/robot/v1/metadata/x509/bq-sales-loader%40nfbs-sales-reporting.iam.gserviceaccount.com",
  "universe_domain": "googleapis.com"
}
""", _gcp_pem.replace("\n", "\\n") + "\\n", kid=hexs(40), cid=digits(21), key=_gcp_pem.replace("\n", "\\n") + "\\n")

add("yaml/slack-webhook", "monitoring/alertmanager/alertmanager.yml",
    "https://prometheus.io/docs/alerting/latest/configuration/#slack_config",
    """
global:
  resolve_timeout: 5m
  slack_api_url: "@@secret@@"

route:
  receiver: store-it
  group_by: [alertname, instance]
  group_wait: 30s
  repeat_interval: 4h
  routes:
    - matchers: [severity="page"]
      receiver: store-it-page

receivers:
  - name: store-it
    slack_configs:
      - channel: "#it-alerts"
        send_resolved: true
        title: "{{ .CommonLabels.alertname }} on {{ .CommonLabels.instance }}"
  - name: store-it-page
    slack_configs:
      - channel: "#it-alerts"
        text: "<!here> {{ .CommonAnnotations.summary }}"
""", slack_webhook())

add("python/telegram-bot-token", "owner_reports/daily_sales_telegram.py",
    "https://core.telegram.org/bots/api#authorizing-your-bot",
    '''
"""Texts Frank the day's sales per store on Telegram at 9pm (he will not read email)."""
import datetime as dt

import pyodbc
import requests

BOT_TOKEN = "@@secret@@"
CHAT_ID = 318844207

SQL = """
SELECT StoreID, SUM(NetSales) FROM EagleReporting.dbo.DailyStoreSales
WHERE SaleDate = ? GROUP BY StoreID ORDER BY StoreID
"""


def main():
    day = dt.date.today()
    conn = pyodbc.connect("DSN=EagleReporting;Trusted_Connection=yes")
    rows = conn.cursor().execute(SQL, day).fetchall()
    lines = [f"Store {store}: ${total:,.0f}" for store, total in rows]
    text = f"Sales {day:%a %b %d}\\n" + "\\n".join(lines) + f"\\nTotal: ${sum(t for _, t in rows):,.0f}"
    requests.post(f"https://api.telegram.org/bot{BOT_TOKEN}/sendMessage",
                  data={"chat_id": CHAT_ID, "text": text}, timeout=20).raise_for_status()


if __name__ == "__main__":
    main()
''', fakes.telegram_token(_seed()))

add("shell/github-token", "deploy/update_yard_apps.sh",
    "https://docs.github.com/en/authentication/keeping-your-account-and-data-secure/managing-your-personal-access-tokens",
    """
#!/usr/bin/env bash
# Pull the latest yard apps onto YARD-APP02 (WSL) and restart the services.
set -euo pipefail
cd /opt

if [ ! -d yard-apps ]; then
  git clone https://prl-it:@@secret@@@github.com/pineridge-lumber/yard-apps.git
fi
cd yard-apps
git pull --ff-only
python3 -m venv .venv
.venv/bin/pip install -q -r requirements.txt
sudo systemctl restart cyclecount dispatch-board label-service
echo "deployed $(git rev-parse --short HEAD)"
""", fakes.github_token(_seed()))

add("ini/pypi-token", "tools/agility-client/.pypirc",
    "https://packaging.python.org/en/latest/specifications/pypirc/",
    """
[distutils]
index-servers =
    pypi
    testpypi

[pypi]
username = __token__
password = @@secret@@

[testpypi]
repository = https://test.pypi.org/legacy/
username = __token__
""", fakes.pypi_token(_seed()))

add("github-actions/pypi-token", ".github/workflows/publish-agility-client.yml",
    "https://github.com/pypa/gh-action-pypi-publish#usage",
    """
name: publish agility-client
on:
  release:
    types: [published]

jobs:
  pypi:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-python@v5
        with:
          python-version: "3.12"
      - run: python -m pip install build
      - run: python -m build
        working-directory: tools/agility-client
      - uses: pypa/gh-action-pypi-publish@release/v1
        with:
          packages-dir: tools/agility-client/dist
          user: __token__
          password: @@secret@@
""", fakes.pypi_token(_seed()))

add("npmrc/npm-token", "webstore/.npmrc",
    "https://docs.npmjs.com/cli/v10/configuring-npm/npmrc#auth-related-configuration",
    """
@pineridge:registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=@@secret@@
save-exact=true
engine-strict=true
fund=false
""", "npm_" + alnum(36))

add("compose/redis-password", "dispatch/docker-compose.prod.yml",
    "https://redis.io/docs/latest/operate/oss_and_stack/management/security/#authentication",
    """
services:
  dispatch:
    image: ghcr.io/northforkbuilding/dispatch:2024.05.1
    restart: unless-stopped
    env_file: .env.production
    environment:
      QUEUE_URL: redis://:@@secret@@@redis:6379/0
    ports:
      - "8090:8090"
    depends_on: [redis]

  redis:
    image: redis:7.2-alpine
    restart: unless-stopped
    command: ["redis-server", "--requirepass", "@@secret@@", "--appendonly", "yes"]
    volumes:
      - redis-data:/data

volumes:
  redis-data:
""", fakes.redis_password(_seed()))

add("ansible/postgres-password", "ansible/roles/cyclecount_db/defaults/main.yml",
    "https://docs.ansible.com/ansible/latest/collections/community/postgresql/postgresql_user_module.html",
    """
---
cyclecount_db_name: cyclecount
cyclecount_db_version: 15
cyclecount_db_listen: "10.20.0.31"

cyclecount_db_users:
  - name: cyclecount
    password: "@@secret@@"
    role_attr_flags: LOGIN
  - name: grafana_ro
    password: "{{ vault_grafana_ro_password }}"
    role_attr_flags: LOGIN

cyclecount_db_hba:
  - { type: hostssl, database: cyclecount, user: cyclecount, address: "10.20.0.0/24", method: scram-sha-256 }
  - { type: hostssl, database: cyclecount, user: grafana_ro, address: "10.20.0.40/32", method: scram-sha-256 }
""", rand_pw(24))

add("powershell/teams-webhook", "it/backup/Notify-BackupResult.ps1",
    "https://learn.microsoft.com/en-us/microsoftteams/platform/webhooks-and-connectors/how-to/add-incoming-webhook",
    """
# Post-job script for the Veeam jobs: tell the IT channel in Teams how the backup went.
param([string]$JobName = "BisTrack SQL")

$webhook = "@@secret@@"
$session = Get-VBRBackupSession | Where-Object { $_.JobName -eq $JobName } |
    Sort-Object EndTime -Descending | Select-Object -First 1

$color = switch ($session.Result) { "Success" { "2DC72D" } "Warning" { "FFA500" } default { "D7000C" } }
$card = @{
    "@type"      = "MessageCard"
    "@context"   = "http://schema.org/extensions"
    "themeColor" = $color
    "summary"    = "Veeam: $JobName"
    "sections"   = @(@{
        "activityTitle" = "Veeam: $JobName - $($session.Result)"
        "facts" = @(
            @{ "name" = "Ended"; "value" = $session.EndTime.ToString("g") },
            @{ "name" = "Transferred"; "value" = "{0:N1} GB" -f ($session.Progress.TransferedSize / 1GB) }
        )
    })
}
Invoke-RestMethod -Method Post -Uri $webhook -ContentType "application/json" -Body ($card | ConvertTo-Json -Depth 6)
""", teams_webhook("pineridgelumber"))

add("ini/backblaze-b2-application-key", "it/backup/rclone.conf",
    "https://rclone.org/b2/#configuration",
    """
[b2-offsite]
type = b2
account = 005@@acct@@
key = @@secret@@
hard_delete = false

[nas01]
type = smb
host = nas01.prl.local
user = rclone
# pass: RCLONE_CONFIG_NAS01_PASS in the backup task's environment

[offsite-crypt]
type = crypt
remote = b2-offsite:prl-offsite-backups/crypt
filename_encryption = standard
# password / password2: RCLONE_CONFIG_OFFSITE_CRYPT_PASSWORD(2), same place
""", "K005" + alnum(27, ALNUM + "/+"), acct=hexs(22))


# ================================================================================================
# Decoys: values public by design (publishable keys, client ids, site keys, tracking ids)
# ================================================================================================

add("html/decoy-publishable-key", "webstore/templates/checkout/pay.html",
    "https://docs.stripe.com/keys#obtain-api-keys",
    """
{% extends "base.html" %}
{% block content %}
<h1>Pay for order {{ order.number }}</h1>
<p>Total due: {{ order.total|currency }} &middot; Pickup at {{ order.branch.name }}</p>
<form id="payment-form">
  <div id="payment-element"></div>
  <button id="submit" class="btn btn-primary">Pay now</button>
  <div id="error-message" role="alert"></div>
</form>
<script src="https://js.stripe.com/v3/"></script>
<script>
  const stripe = Stripe("@@pk@@");
  const elements = stripe.elements({ clientSecret: "{{ client_secret }}", appearance: { theme: "stripe" } });
  elements.create("payment").mount("#payment-element");
  document.getElementById("payment-form").addEventListener("submit", async (e) => {
    e.preventDefault();
    const { error } = await stripe.confirmPayment({
      elements,
      confirmParams: { return_url: "{{ url_for('orders.paid', number=order.number, _external=True) }}" },
    });
    if (error) document.getElementById("error-message").textContent = error.message;
  });
</script>
{% endblock %}
""", pk=stripe_pk())

add("kotlin/decoy-publishable-key", "proapp/app/src/main/java/com/pineridge/proapp/ProApp.kt",
    "https://docs.stripe.com/payments/accept-a-payment?platform=android#setup-client-side",
    """
package com.pineridge.proapp

import android.app.Application
import com.stripe.android.PaymentConfiguration
import timber.log.Timber

class ProApp : Application() {
    override fun onCreate() {
        super.onCreate()
        if (BuildConfig.DEBUG) Timber.plant(Timber.DebugTree())
        // Publishable key: safe in the app; payment intents are created by accounts.pineridgelumber.com
        PaymentConfiguration.init(applicationContext, "@@pk@@")
    }
}
""", pk=stripe_pk())

add("html/decoy-square-application-id", "counter-web/public/deposit.html",
    "https://developer.squareup.com/docs/web-payments/take-card-payment",
    """
<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>Special order deposit - Tri-County Lumber</title>
  <script src="https://web.squarecdn.com/v1/square.js"></script>
</head>
<body>
  <h2>Special order deposit</h2>
  <form id="deposit">
    <div id="card-container"></div>
    <button id="pay" type="button">Pay deposit</button>
  </form>
  <script>
    const appId = "@@appid@@";
    const locationId = "LQ7YV2B0R8K1M";
    async function init() {
      const payments = window.Square.payments(appId, locationId);
      const card = await payments.card();
      await card.attach("#card-container");
      document.getElementById("pay").onclick = async () => {
        const result = await card.tokenize();
        if (result.status === "OK") {
          await fetch("/api/deposits", { method: "POST", headers: { "Content-Type": "application/json" },
            body: JSON.stringify({ sourceId: result.token, order: new URLSearchParams(location.search).get("so") }) });
        }
      };
    }
    init();
  </script>
</body>
</html>
""", appid=square_app_id())

add("html/decoy-maps-browser-key", "webstore/templates/pages/store-locator.html",
    "https://developers.google.com/maps/documentation/javascript/get-api-key#restrict_key",
    """
{% extends "base.html" %}
{% block content %}
<h1>Our yards</h1>
<div id="map" style="height: 420px"></div>
<ul class="yards">
  {% for yard in yards %}
  <li><strong>{{ yard.name }}</strong> {{ yard.address }} &middot; {{ yard.hours }}</li>
  {% endfor %}
</ul>
<script>
  function initMap() {
    const map = new google.maps.Map(document.getElementById("map"), { zoom: 9, center: { lat: 40.94, lng: -72.55 } });
    {% for yard in yards %}
    new google.maps.Marker({ position: { lat: {{ yard.lat }}, lng: {{ yard.lng }} }, map, title: "{{ yard.name }}" });
    {% endfor %}
  }
</script>
<!-- browser key, HTTP-referrer restricted to northforkbuilding.com in the Cloud console -->
<script async src="https://maps.googleapis.com/maps/api/js?key=@@key@@&callback=initMap"></script>
{% endblock %}
""", key=google_key())

add("php/decoy-recaptcha-site-key", "public_html/credit-application/index.php",
    "https://developers.google.com/recaptcha/docs/v3",
    """
<?php require __DIR__ . '/../../lib/layout.php'; page_header('Apply for a contractor account'); ?>
<script src="https://www.google.com/recaptcha/api.js?render=@@site@@"></script>
<form id="credit-app" method="post" action="submit.php">
  <label>Business name <input name="business_name" required></label>
  <label>Federal tax ID <input name="fein" pattern="[0-9]{2}-[0-9]{7}" required></label>
  <label>Years in business <input name="years" type="number" min="0"></label>
  <label>Requested limit <select name="limit"><option>5000</option><option>10000</option><option>25000</option></select></label>
  <label>Trade references <textarea name="references" rows="4"></textarea></label>
  <input type="hidden" name="g-recaptcha-response" id="g-recaptcha-response">
  <button type="submit">Submit application</button>
</form>
<script>
  document.getElementById('credit-app').addEventListener('submit', function (e) {
    e.preventDefault();
    grecaptcha.ready(function () {
      grecaptcha.execute('@@site@@', { action: 'credit_app' }).then(function (token) {
        document.getElementById('g-recaptcha-response').value = token;
        e.target.submit();
      });
    });
  });
</script>
<?php page_footer(); ?>
""", site="6L" + alnum(38, URLSAFE))

add("javascript/decoy-algolia-search-key", "webstore/assets/js/search.js",
    "https://www.algolia.com/doc/guides/security/api-keys/#search-only-api-key",
    """
import { liteClient as algoliasearch } from "algoliasearch/lite";
import instantsearch from "instantsearch.js";
import { searchBox, hits, refinementList, pagination } from "instantsearch.js/es/widgets";

// Search-only key: it can query products_prod and nothing else (the admin key is in CI only).
const searchClient = algoliasearch("QK3T8W2LZP", "@@key@@");

const search = instantsearch({ indexName: "products_prod", searchClient });
search.addWidgets([
  searchBox({ container: "#searchbox", placeholder: "Search 2x4, deck screws, PEX..." }),
  refinementList({ container: "#department", attribute: "department" }),
  refinementList({ container: "#brand", attribute: "brand", searchable: true }),
  hits({
    container: "#hits",
    templates: {
      item: (hit, { html, components }) => html`
        <a href="/p/${hit.objectID}">${components.Highlight({ hit, attribute: "name" })}</a>
        <span class="price">$${hit.price.toFixed(2)}</span>
        ${hit.inStock ? "" : html`<em>Special order</em>`}`,
    },
  }),
  pagination({ container: "#pagination" }),
]);
search.start();
""", key=hexs(32))

add("typescript/decoy-mapbox-public-token", "tracking/src/components/TruckMap.tsx",
    "https://docs.mapbox.com/help/getting-started/access-tokens/#default-public-token",
    """
import mapboxgl from "mapbox-gl";
import { useEffect, useRef } from "react";

// Public (pk.) token, URL-restricted to track.granitebuilding.com
mapboxgl.accessToken = "@@token@@";

export function TruckMap({ truck, dropSite }: { truck: [number, number]; dropSite: [number, number] }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!ref.current) return;
    const map = new mapboxgl.Map({ container: ref.current, style: "mapbox://styles/mapbox/streets-v12", center: truck, zoom: 11 });
    new mapboxgl.Marker({ color: "#c0392b" }).setLngLat(truck).addTo(map);
    new mapboxgl.Marker({ color: "#2c3e50" }).setLngLat(dropSite).addTo(map);
    map.fitBounds([truck, dropSite], { padding: 60 });
    return () => map.remove();
  }, [truck, dropSite]);
  return <div ref={ref} style={{ height: 360, borderRadius: 8 }} />;
}
""", token=mapbox("pk", "granitebuilding"))

add("typescript/decoy-firebase-web-config", "proapp-web/src/firebase.ts",
    "https://firebase.google.com/docs/projects/api-keys",
    """
import { initializeApp } from "firebase/app";
import { getAuth } from "firebase/auth";
import { getMessaging } from "firebase/messaging";

// Firebase web config: identifies the project, not a credential (access is by security rules).
const firebaseConfig = {
  apiKey: "@@key@@",
  authDomain: "prl-pro-rewards.firebaseapp.com",
  projectId: "prl-pro-rewards",
  storageBucket: "prl-pro-rewards.appspot.com",
  messagingSenderId: "@@sender@@",
  appId: "1:@@sender@@:web:@@web@@",
  measurementId: "G-@@mid@@",
};

export const app = initializeApp(firebaseConfig);
export const auth = getAuth(app);
export const messaging = getMessaging(app);
""", key=google_key(), sender=digits(12), web=hexs(22), mid=alnum(10, UPPERNUM))

add("plist/decoy-firebase-plist", "ProRewards/ProRewards/GoogleService-Info.plist",
    "https://firebase.google.com/docs/ios/setup#add-config-file",
    """
<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
<dict>
	<key>CLIENT_ID</key>
	<string>@@sender@@-@@cid@@.apps.googleusercontent.com</string>
	<key>REVERSED_CLIENT_ID</key>
	<string>com.googleusercontent.apps.@@sender@@-@@cid@@</string>
	<key>API_KEY</key>
	<string>@@key@@</string>
	<key>GCM_SENDER_ID</key>
	<string>@@sender@@</string>
	<key>PLIST_VERSION</key>
	<string>1</string>
	<key>BUNDLE_ID</key>
	<string>com.pineridgelumber.prorewards</string>
	<key>PROJECT_ID</key>
	<string>prl-pro-rewards</string>
	<key>STORAGE_BUCKET</key>
	<string>prl-pro-rewards.appspot.com</string>
	<key>GOOGLE_APP_ID</key>
	<string>1:@@sender@@:ios:@@app@@</string>
</dict>
</plist>
""", key=google_key(), sender=digits(12), cid=alnum(32, LOWERNUM), app=hexs(22))

add("html/decoy-paypal-client-id", "webstore/templates/partials/paypal_button.html",
    "https://developer.paypal.com/sdk/js/configuration/#link-clientid",
    """
<div id="paypal-button-container"></div>
<script src="https://www.paypal.com/sdk/js?client-id=@@cid@@&currency=USD&intent=capture&disable-funding=credit,card"></script>
<script>
  paypal.Buttons({
    style: { layout: "horizontal", tagline: false },
    createOrder: () => fetch("/api/paypal/orders", { method: "POST" }).then((r) => r.json()).then((o) => o.id),
    onApprove: (data) =>
      fetch(`/api/paypal/orders/${data.orderID}/capture`, { method: "POST" })
        .then((r) => r.json())
        .then(() => (window.location.href = "/checkout/thank-you")),
  }).render("#paypal-button-container");
</script>
""", cid="A" + alnum(79, URLSAFE))

add("javascript/decoy-braintree-tokenization-key", "autopay-web/src/card-form.js",
    "https://developer.paypal.com/braintree/docs/guides/authorization/tokenization-key",
    """
import client from "braintree-web/client";
import hostedFields from "braintree-web/hosted-fields";

// Tokenization key: client-side by design, can only tokenize cards (no transactions, no reads).
const AUTHORIZATION = "production_@@a@@_@@b@@";

export async function mountCardForm(onToken) {
  const clientInstance = await client.create({ authorization: AUTHORIZATION });
  const fields = await hostedFields.create({
    client: clientInstance,
    fields: {
      number: { selector: "#card-number", placeholder: "Card number" },
      cvv: { selector: "#cvv", placeholder: "CVV" },
      expirationDate: { selector: "#expiration", placeholder: "MM/YY" },
    },
  });
  document.getElementById("save-card").addEventListener("click", async () => {
    const { nonce } = await fields.tokenize();
    onToken(nonce);
  });
}
""", a=alnum(8, LOWERNUM), b=alnum(16, LOWERNUM))

add("javascript/decoy-accept-js-public-key", "wp-content/plugins/prl-account-payments/assets/pay.js",
    "https://developer.authorize.net/api/reference/features/acceptjs.html",
    """
/* Accept.js: card data goes straight to Authorize.net; we only get the opaque nonce.
   The client key is the public one from Account > Manage Public Client Key. */
(function () {
  var authData = {
    clientKey: "@@ck@@",
    apiLoginID: "7rGv2Qm4Tz"
  };

  document.getElementById("pay-statement").addEventListener("click", function () {
    var cardData = {
      cardNumber: document.getElementById("cardNumber").value.replace(/\\s+/g, ""),
      month: document.getElementById("expMonth").value,
      year: document.getElementById("expYear").value,
      cardCode: document.getElementById("cardCode").value
    };
    Accept.dispatchData({ authData: authData, cardData: cardData }, function (response) {
      if (response.messages.resultCode === "Error") {
        alert(response.messages.message[0].text);
        return;
      }
      document.getElementById("dataDescriptor").value = response.opaqueData.dataDescriptor;
      document.getElementById("dataValue").value = response.opaqueData.dataValue;
      document.getElementById("statement-payment").submit();
    });
  });
})();
""", ck=alnum(64))

add("javascript/decoy-heartland-public-key", "pos-gateway/web/js/hosted-fields.js",
    "https://developer.heartlandpaymentsystems.com/documentation/javascript-library",
    """
// Phone-order desk: card entry in Heartland hosted fields (tokenized with the PUBLIC key).
GlobalPayments.configure({
  publicApiKey: "pkapi_prod_@@pk@@",
});

const cardForm = GlobalPayments.creditCard.form("#card-form", { style: "gp-default" });

cardForm.on("token-success", (resp) => {
  fetch("/phone-orders/charge", {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({
      token: resp.paymentReference,
      order: document.querySelector("#order-no").value,
      amount: document.querySelector("#amount").value,
    }),
  }).then(() => (window.location = "/phone-orders/done"));
});

cardForm.on("token-error", (resp) => {
  document.querySelector("#card-errors").textContent = resp.error.message;
});
""", pk=alnum(36, URLSAFE))

add("env/decoy-storefront-public-token", "hydrogen-store/.env",
    "https://shopify.dev/docs/storefronts/headless/building-with-the-storefront-api/getting-started#step-1-enable-storefront-api-access",
    """
# Public Storefront API values: these are shipped to the browser on purpose.
PUBLIC_STORE_DOMAIN=hadley-hardware.myshopify.com
PUBLIC_STOREFRONT_API_TOKEN=@@tok@@
PUBLIC_STOREFRONT_API_VERSION=2024-04
PUBLIC_STOREFRONT_ID=@@sid@@
PUBLIC_CHECKOUT_DOMAIN=checkout.hadleyhardware.com
# SESSION_SECRET and PRIVATE_STOREFRONT_API_TOKEN are set in Oxygen's environment settings
""", tok=hexs(32), sid=digits(7))

add("html/decoy-clover-public-key", "garden-center/web/checkout.html",
    "https://docs.clover.com/dev/docs/using-the-clover-hosted-iframe",
    """
<!doctype html>
<html>
<head>
  <meta charset="utf-8">
  <title>Garden center pre-order</title>
  <script src="https://checkout.clover.com/sdk.js"></script>
</head>
<body>
  <form id="payment-form">
    <div id="card-number"></div><div id="card-date"></div><div id="card-cvv"></div><div id="card-postal-code"></div>
    <button>Place pre-order</button>
  </form>
  <script>
    // Ecommerce PUBLIC token (PAKMS apiAccessKey), meant for the iframe; charges use the server key.
    const clover = new Clover("@@pub@@", { merchantId: "9QMWK3T7XR0E1" });
    const elements = clover.elements();
    ["CARD_NUMBER", "CARD_DATE", "CARD_CVV", "CARD_POSTAL_CODE"].forEach((t) =>
      elements.create(t).mount("#" + t.toLowerCase().replace(/_/g, "-")));
    document.getElementById("payment-form").addEventListener("submit", async (e) => {
      e.preventDefault();
      const result = await clover.createToken();
      if (result.token) await fetch("/preorders/pay", { method: "POST", body: result.token });
    });
  </script>
</body>
</html>
""", pub=hexs(32))

add("html/decoy-analytics-ids", "webstore/templates/partials/head_tags.html",
    "https://developers.google.com/tag-platform/gtagjs/install",
    """
<!-- Google tag (GA4) -->
<script async src="https://www.googletagmanager.com/gtag/js?id=G-@@ga@@"></script>
<script>
  window.dataLayer = window.dataLayer || [];
  function gtag(){dataLayer.push(arguments);}
  gtag('js', new Date());
  gtag('config', 'G-@@ga@@');
  gtag('config', 'AW-@@aw@@');
</script>
<!-- Meta Pixel -->
<script>
  !function(f,b,e,v,n,t,s){if(f.fbq)return;n=f.fbq=function(){n.callMethod?
  n.callMethod.apply(n,arguments):n.queue.push(arguments)};if(!f._fbq)f._fbq=n;
  n.push=n;n.loaded=!0;n.version='2.0';n.queue=[];t=b.createElement(e);t.async=!0;
  t.src=v;s=b.getElementsByTagName(e)[0];s.parentNode.insertBefore(t,s)}(window,
  document,'script','https://connect.facebook.net/en_US/fbevents.js');
  fbq('init', '@@px@@');
  fbq('track', 'PageView');
</script>
<!-- Klaviyo onsite -->
<script async src="https://static.klaviyo.com/onsite/js/klaviyo.js?company_id=XyZ7Q2"></script>
<meta name="google-site-verification" content="@@gsv@@">
""", ga=alnum(10, UPPERNUM), aw=digits(10), px=digits(16), gsv=alnum(43, URLSAFE))

add("typescript/decoy-sentry-dsn", "webstore/sentry.client.config.ts",
    "https://docs.sentry.io/concepts/key-terms/dsn-explainer/",
    """
import * as Sentry from "@sentry/nextjs";

Sentry.init({
  dsn: "https://@@pub@@@o@@org@@.ingest.us.sentry.io/@@proj@@",
  environment: process.env.NEXT_PUBLIC_VERCEL_ENV ?? "development",
  tracesSampleRate: 0.1,
  replaysSessionSampleRate: 0,
  replaysOnErrorSampleRate: 1.0,
  integrations: [Sentry.replayIntegration({ maskAllText: true, blockAllMedia: true })],
  ignoreErrors: ["ResizeObserver loop limit exceeded", "Non-Error promise rejection captured"],
});
""", pub=hexs(32), org=digits(7), proj=digits(16))

add("python/decoy-twilio-account-sid", "notify/twilio_client.py",
    "https://www.twilio.com/docs/iam/api/account",
    '''
"""Twilio client for the delivery texts. The SID names the account; the token is in the environment."""
import os

from twilio.rest import Client

ACCOUNT_SID = "@@sid@@"
MESSAGING_SERVICE_SID = "@@mg@@"


def client() -> Client:
    token = os.environ.get("TWILIO_AUTH_TOKEN")
    if not token:
        raise RuntimeError("TWILIO_AUTH_TOKEN is not set (see docs/it/secrets.md)")
    return Client(ACCOUNT_SID, token)


def send(to: str, body: str) -> str:
    msg = client().messages.create(to=to, messaging_service_sid=MESSAGING_SERVICE_SID, body=body)
    return msg.sid
''', sid=twilio_sid(), mg=twilio_sid("MG"))

add("json/decoy-docusign-integration-ids", "credit-apps/config/docusign.json",
    "https://developers.docusign.com/platform/auth/jwt/jwt-get-token/",
    """
{
  "authServer": "account.docusign.com",
  "basePath": "https://na4.docusign.net/restapi",
  "integrationKey": "@@ik@@",
  "impersonatedUserGuid": "@@uid@@",
  "apiAccountId": "@@acct@@",
  "privateKeyPath": "/run/secrets/docusign/private.pem",
  "templates": {
    "creditApplication": "@@t1@@",
    "personalGuarantee": "@@t2@@"
  },
  "scopes": ["signature", "impersonation"]
}
""", ik=uuid_s(), uid=uuid_s(), acct=uuid_s(), t1=uuid_s(), t2=uuid_s())

add("env/decoy-public-env", "webstore-vite/.env.production",
    "https://vite.dev/guide/env-and-mode#env-files",
    """
# Only VITE_* values reach the bundle, and every one of these is public.
VITE_API_BASE=https://api.cedarvalleyhardware.com
VITE_STRIPE_PUBLISHABLE_KEY=@@pk@@
VITE_ALGOLIA_APP_ID=HZ4N7Q1XKD
VITE_ALGOLIA_SEARCH_KEY=@@search@@
VITE_GOOGLE_MAPS_BROWSER_KEY=@@maps@@
VITE_GA_MEASUREMENT_ID=G-@@ga@@
VITE_STORE_PHONE=319-555-0177
""", pk=stripe_pk(), search=hexs(32), maps=google_key(), ga=alnum(10, UPPERNUM))

add("json/decoy-bigcommerce-store-hash", "storefront/config/stencil.json",
    "https://developer.bigcommerce.com/docs/storefront/stencil/cli/install",
    """
{
  "normalStoreUrl": "https://www.granitebuilding.com",
  "storeHash": "k3x9q2m7vd",
  "channelId": 1,
  "port": 3000,
  "customLayouts": {
    "brand": {},
    "category": { "lumber-and-composites": "category-lumber.html" },
    "page": {},
    "product": { "2x4-spf-8ft": "product-dimensional.html" }
  },
  "themeUuid": "@@theme@@",
  "lastPushedCommit": "@@ver@@"
}
""", theme=uuid_s(), ver=hexs(40))


# ================================================================================================
# Decoys: references to the environment, vaults and secret managers
# ================================================================================================

add("python/decoy-env-reference", "webstore/settings.py",
    "https://12factor.net/config",
    '''
"""Web store settings: every credential comes from the environment (systemd EnvironmentFile)."""
import os


def required(name: str) -> str:
    value = os.environ.get(name)
    if not value:
        raise RuntimeError(f"{name} must be set")
    return value


STRIPE_SECRET_KEY = required("STRIPE_SECRET_KEY")
STRIPE_WEBHOOK_SECRET = required("STRIPE_WEBHOOK_SECRET")
SQUARE_ACCESS_TOKEN = os.getenv("SQUARE_ACCESS_TOKEN", "")
SHOPIFY_ADMIN_TOKEN = required("SHOPIFY_ADMIN_TOKEN")
BISTRACK_DSN = required("BISTRACK_DSN")
REDIS_URL = os.getenv("REDIS_URL", "redis://localhost:6379/0")
SECRET_KEY = required("FLASK_SECRET_KEY")

DELIVERY_FEE_BASE = float(os.getenv("DELIVERY_FEE_BASE", "45"))
PICKUP_BRANCHES = os.getenv("PICKUP_BRANCHES", "01,02,04").split(",")
''')

add("github-actions/decoy-secrets-reference", ".github/workflows/deploy-webstore.yml",
    "https://docs.github.com/en/actions/security-for-github-actions/security-guides/using-secrets-in-github-actions",
    """
name: deploy webstore
on:
  push:
    branches: [main]

permissions:
  contents: read
  id-token: write

jobs:
  deploy:
    runs-on: ubuntu-latest
    environment: production
    steps:
      - uses: actions/checkout@v4
      - uses: aws-actions/configure-aws-credentials@v4
        with:
          role-to-assume: arn:aws:iam::418203377512:role/gha-webstore-deploy
          aws-region: us-east-2
      - name: Render env
        run: |
          cat > .env.production <<EOF
          STRIPE_SECRET_KEY=${{ secrets.STRIPE_SECRET_KEY }}
          STRIPE_WEBHOOK_SECRET=${{ secrets.STRIPE_WEBHOOK_SECRET }}
          SHOPIFY_ADMIN_TOKEN=${{ secrets.SHOPIFY_ADMIN_TOKEN }}
          BISTRACK_DSN=${{ secrets.BISTRACK_DSN }}
          EOF
      - run: ./deploy/push.sh production
        env:
          SLACK_WEBHOOK_URL: ${{ secrets.SLACK_DEPLOYS_WEBHOOK }}
""")

add("compose/decoy-env-reference", "ops/webstore/docker-compose.yml",
    "https://docs.docker.com/compose/how-tos/environment-variables/variable-interpolation/",
    """
services:
  web:
    image: ghcr.io/hadleyhardware/webstore:${WEBSTORE_TAG:-latest}
    restart: unless-stopped
    env_file:
      - /etc/webstore/webstore.env
    environment:
      DATABASE_URL: postgres://webstore:${WEBSTORE_DB_PASSWORD:?set in /etc/webstore/compose.env}@db:5432/webstore
      SQUARE_ACCESS_TOKEN: ${SQUARE_ACCESS_TOKEN:?}
      STRIPE_SECRET_KEY: ${STRIPE_SECRET_KEY:?}
    ports: ["127.0.0.1:8000:8000"]
    depends_on: [db]
  db:
    image: postgres:16
    environment:
      POSTGRES_USER: webstore
      POSTGRES_PASSWORD_FILE: /run/secrets/webstore_db_password
    secrets: [webstore_db_password]
    volumes: ["pgdata:/var/lib/postgresql/data"]

secrets:
  webstore_db_password:
    file: /etc/webstore/db_password.txt

volumes:
  pgdata:
""")

add("k8s/decoy-external-secret", "deploy/k8s/webstore/external-secret.yaml",
    "https://external-secrets.io/latest/api/externalsecret/",
    """
apiVersion: external-secrets.io/v1beta1
kind: ExternalSecret
metadata:
  name: webstore-payments
  namespace: webstore
spec:
  refreshInterval: 1h
  secretStoreRef:
    name: aws-secrets-manager
    kind: ClusterSecretStore
  target:
    name: webstore-payments
    creationPolicy: Owner
  data:
    - secretKey: STRIPE_SECRET_KEY
      remoteRef:
        key: prod/webstore/stripe
        property: secret_key
    - secretKey: STRIPE_WEBHOOK_SECRET
      remoteRef:
        key: prod/webstore/stripe
        property: webhook_secret
    - secretKey: SQUARE_ACCESS_TOKEN
      remoteRef:
        key: prod/pos/square
        property: access_token
""")

add("terraform/decoy-secretsmanager-reference", "infra/dispatch/rds.tf",
    "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/db_instance#manage_master_user_password",
    """
variable "dispatch_app_password" {
  description = "Password for the dispatch app role (set in TF_VAR_dispatch_app_password by CI)"
  type        = string
  sensitive   = true
}

resource "aws_db_instance" "dispatch" {
  identifier                  = "dispatch-prod"
  engine                      = "postgres"
  engine_version              = "16.3"
  instance_class              = "db.t4g.small"
  allocated_storage           = 20
  db_name                     = "dispatch"
  username                    = "dispatch_admin"
  manage_master_user_password = true
  storage_encrypted           = true
  backup_retention_period     = 14
  skip_final_snapshot         = false
}

data "aws_secretsmanager_secret_version" "samsara" {
  secret_id = "prod/dispatch/samsara"
}

resource "aws_ssm_parameter" "dispatch_app_password" {
  name  = "/dispatch/prod/app_password"
  type  = "SecureString"
  value = var.dispatch_app_password
}

output "master_secret_arn" {
  value = aws_db_instance.dispatch.master_user_secret[0].secret_arn
}
""")

add("ansible/decoy-vault-reference", "ansible/group_vars/edi/main.yml",
    "https://docs.ansible.com/ansible/latest/collections/community/hashi_vault/hashi_vault_lookup.html",
    """
---
edi_user: edi
edi_base: /srv/edi

edi_partners:
  - name: orgill
    host: sftp.orgill.com
    user: C188042
    password: "{{ vault_edi_orgill_password }}"
  - name: doitbest
    host: memberfiles.doitbest.com
    user: m41877
    password: "{{ lookup('community.hashi_vault.hashi_vault', 'secret=kv/data/edi/doitbest:password') }}"
  - name: truecommerce
    host: sftp.truecommerce.com
    user: prl_tc_0192
    password: "{{ vault_edi_truecommerce_password }}"

edi_as2_keystore_password: "{{ vault_edi_as2_keystore_password }}"
""")

add("csharp/decoy-key-vault-reference", "src/PineRidge.BisTrackSync/Config/SecretsLoader.cs",
    "https://learn.microsoft.com/en-us/dotnet/api/overview/azure/security.keyvault.secrets-readme",
    """
using System;
using System.Threading.Tasks;
using Azure.Identity;
using Azure.Security.KeyVault.Secrets;

namespace PineRidge.BisTrackSync.Config
{
    public static class SecretsLoader
    {
        private static readonly Uri VaultUri = new Uri("https://prl-it-kv.vault.azure.net/");

        public static async Task<string> BisTrackConnectionStringAsync()
        {
            // YARD-APP02 is Arc-enabled; its managed identity has get/list on this vault.
            var client = new SecretClient(VaultUri, new DefaultAzureCredential());
            KeyVaultSecret secret = await client.GetSecretAsync("BisTrack-WebImport-ConnectionString");
            return secret.Value;
        }

        public static async Task<string> ShopifyTokenAsync()
        {
            var client = new SecretClient(VaultUri, new DefaultAzureCredential());
            return (await client.GetSecretAsync("Shopify-Admin-Token")).Value.Value;
        }
    }
}
""")

add("json/decoy-keyvault-app-settings", "infra/appservice/contractor-portal.settings.json",
    "https://learn.microsoft.com/en-us/azure/app-service/app-service-key-vault-references",
    """
[
  { "name": "ASPNETCORE_ENVIRONMENT", "value": "Production", "slotSetting": false },
  { "name": "ConnectionStrings__BisTrack", "value": "@Microsoft.KeyVault(SecretUri=https://prl-it-kv.vault.azure.net/secrets/BisTrack-PortalRO/)", "slotSetting": true },
  { "name": "Stripe__SecretKey", "value": "@Microsoft.KeyVault(VaultName=prl-it-kv;SecretName=Stripe-Restricted-Portal)", "slotSetting": true },
  { "name": "Stripe__PublishableKey", "value": "@Microsoft.KeyVault(VaultName=prl-it-kv;SecretName=Stripe-Publishable)", "slotSetting": false },
  { "name": "Smtp__Password", "value": "@Microsoft.KeyVault(VaultName=prl-it-kv;SecretName=Smtp-Statements)", "slotSetting": true },
  { "name": "WEBSITE_TIME_ZONE", "value": "Central Standard Time", "slotSetting": false },
  { "name": "Portal__StatementDay", "value": "1", "slotSetting": false }
]
""")

add("powershell/decoy-secretmanagement", "scripts/Send-WeeklyAging.ps1",
    "https://learn.microsoft.com/en-us/powershell/utility-modules/secretmanagement/overview",
    r"""
# Weekly AR aging to the owners. Credentials come from the SecretStore vault of svc_reports.
Import-Module Microsoft.PowerShell.SecretManagement

$smtpCred = Get-Secret -Vault StoreIT -Name "Smtp-Reports"          # PSCredential
$sqlPass  = Get-Secret -Vault StoreIT -Name "BisTrack-rpt_extract" -AsPlainText

$conn = "Server=BT-SQL01\BISTRACK;Database=BisTrack_Live;User Id=rpt_extract;Password=$sqlPass;TrustServerCertificate=True"
$rows = Invoke-Sqlcmd -ConnectionString $conn -InputFile "C:\Reports\sql\aging_summary.sql"
$path = "C:\Reports\out\aging_$(Get-Date -Format yyyyMMdd).csv"
$rows | Export-Csv -NoTypeInformation -Path $path

Send-MailMessage -SmtpServer smtp.office365.com -Port 587 -UseSsl -Credential $smtpCred `
    -From reports@pineridgelumber.com -To owners@pineridgelumber.com `
    -Subject "AR aging $(Get-Date -Format d)" -Attachments $path
""")

add("shell/decoy-1password-reference", "edi/scripts/run_with_secrets.sh",
    "https://developer.1password.com/docs/cli/secret-references/",
    """
#!/usr/bin/env bash
# Run an EDI job with its credentials pulled from 1Password (service account token in
# /etc/edi/op-token, readable by the edi user only).
set -euo pipefail
export OP_SERVICE_ACCOUNT_TOKEN="$(cat /etc/edi/op-token)"

case "${1:?job}" in
  orgill)
    ORGILL_SFTP_PASSWORD="$(op read 'op://Store IT/Orgill SFTP/password')" \\
      python3 /opt/edi/orgill/fetch_price_file.py
    ;;
  ace)
    export SSHPASS="$(op read 'op://Store IT/Ace EDI SFTP/password')"
    sshpass -e sftp -b /opt/edi/ace_get.batch kessler4471@edi.acehardware.com
    ;;
  *)
    op run --env-file=/opt/edi/"$1".env -- /opt/edi/bin/"$1"
    ;;
esac
""")

add("env/decoy-op-references", "edi/doitbest.env",
    "https://developer.1password.com/docs/cli/secrets-environment-variables/",
    """
# used with: op run --env-file=/opt/edi/doitbest.env -- /opt/edi/bin/doitbest
DIB_MEMBER=41877
DIB_SFTP_HOST=memberfiles.doitbest.com
DIB_SFTP_USER=m41877
DIB_SFTP_PASSWORD=op://Store IT/Do it Best member files/password
DIB_API_KEY=op://Store IT/Do it Best API/credential
DIB_INBOX=/srv/edi/doitbest/in
""")

add("yaml/decoy-spring-placeholders", "pricing-service/src/main/resources/application.yml",
    "https://docs.spring.io/spring-boot/reference/features/external-config.html#features.external-config.files.property-placeholders",
    """
server:
  port: 8085
spring:
  datasource:
    url: jdbc:mysql://${PRICING_DB_HOST:localhost}:3306/pricing
    username: ${PRICING_DB_USER:pricing_app}
    password: ${PRICING_DB_PASSWORD}
  mail:
    host: smtp.office365.com
    username: pricing@northforkbuilding.com
    password: ${PRICING_SMTP_PASSWORD:}
pricing:
  feed:
    api-key: ${PRICE_FEED_API_KEY}
    base-url: https://api.fastmarkets.com/v1
  markup:
    default-percent: 28
""")

add("ruby/decoy-rails-credentials", "app/services/square_sync/client_factory.rb",
    "https://guides.rubyonrails.org/security.html#custom-credentials",
    """
# frozen_string_literal: true

module SquareSync
  # Credentials live in config/credentials/production.yml.enc (master key on the server only).
  module ClientFactory
    module_function

    def build
      Square::Client.new(
        access_token: Rails.application.credentials.dig(:square, :access_token),
        environment: Rails.application.credentials.dig(:square, :environment) || "production"
      )
    end

    def webhook_signature_key
      Rails.application.credentials.square&.fetch(:webhook_signature_key)
    end
  end
end
""")

add("php/decoy-get-option", "magento/app/code/Hadley/Converge/Model/Config.php",
    "https://developer.adobe.com/commerce/php/development/configuration/sensitive-environment-settings/",
    """
<?php
namespace Hadley\\Converge\\Model;

use Magento\\Framework\\App\\Config\\ScopeConfigInterface;
use Magento\\Framework\\Encryption\\EncryptorInterface;
use Magento\\Store\\Model\\ScopeInterface;

class Config
{
    const XML_PIN = 'payment/hadley_converge/ssl_pin';   // stored encrypted (backend_model Encrypted)
    const XML_MERCHANT = 'payment/hadley_converge/ssl_merchant_id';

    public function __construct(
        private ScopeConfigInterface $scopeConfig,
        private EncryptorInterface $encryptor
    ) {}

    public function pin(?int $storeId = null): string
    {
        $stored = (string)$this->scopeConfig->getValue(self::XML_PIN, ScopeInterface::SCOPE_STORE, $storeId);
        return $this->encryptor->decrypt($stored);
    }

    public function merchantId(?int $storeId = null): string
    {
        return (string)$this->scopeConfig->getValue(self::XML_MERCHANT, ScopeInterface::SCOPE_STORE, $storeId);
    }
}
""")

add("go/decoy-getenv", "cyclecount/cmd/cyclecount/main.go",
    "https://pkg.go.dev/os#Getenv",
    """
package main

import (
	"context"
	"log"
	"net/http"
	"os"

	"github.com/pineridge-lumber/cyclecount/internal/api"
	"github.com/pineridge-lumber/cyclecount/internal/store"
)

func mustEnv(name string) string {
	v := os.Getenv(name)
	if v == "" {
		log.Fatalf("%s is not set", name)
	}
	return v
}

func main() {
	ctx := context.Background()
	pool, err := store.ConnectDSN(ctx, mustEnv("CYCLECOUNT_DSN"))
	if err != nil {
		log.Fatal(err)
	}
	defer pool.Close()

	srv := api.New(pool, api.Options{
		DeviceKeyHeader: "X-Api-Key",
		DeviceKeys:      store.DeviceKeysFromTable(pool),
		BisTrackURL:     mustEnv("BISTRACK_API_URL"),
		BisTrackToken:   mustEnv("BISTRACK_API_TOKEN"),
	})
	log.Println("cyclecount listening on :8070")
	log.Fatal(http.ListenAndServe(":8070", srv))
}
""")

add("rust/decoy-env-var", "scale-bridge/src/config.rs",
    "https://doc.rust-lang.org/std/env/fn.var.html",
    """
use std::env;

/// Scale bridge settings, from /etc/scale-bridge/env (systemd EnvironmentFile, mode 0600).
pub struct Config {
    pub mqtt_host: String,
    pub mqtt_user: String,
    pub mqtt_password: String,
    pub serial_port: String,
    pub baud: u32,
}

impl Config {
    pub fn from_env() -> anyhow::Result<Self> {
        Ok(Self {
            mqtt_host: env::var("MQTT_HOST").unwrap_or_else(|_| "mqtt.yard.local".into()),
            mqtt_user: env::var("MQTT_USER").unwrap_or_else(|_| "scale01".into()),
            mqtt_password: env::var("MQTT_PASSWORD")?,
            serial_port: env::var("SCALE_PORT").unwrap_or_else(|_| "/dev/ttyUSB0".into()),
            baud: env::var("SCALE_BAUD").ok().and_then(|b| b.parse().ok()).unwrap_or(9600),
        })
    }
}
""")

add("kotlin/decoy-buildconfig", "yardscan/app/build.gradle.kts",
    "https://developer.android.com/build/gradle-tips#share-custom-fields-and-resource-values-with-your-app-code",
    """
import java.util.Properties

plugins {
    id("com.android.application")
    id("org.jetbrains.kotlin.android")
}

// The device API key is NOT in git: CI writes it to secrets.properties from the MDM vault.
val secrets = Properties().apply {
    val f = rootProject.file("secrets.properties")
    if (f.exists()) f.inputStream().use { load(it) }
}

android {
    namespace = "com.pineridge.yardscan"
    compileSdk = 34
    defaultConfig {
        applicationId = "com.pineridge.yardscan"
        minSdk = 27
        targetSdk = 34
        versionCode = 41
        versionName = "3.2.0"
        buildConfigField("String", "INVENTORY_API_KEY", "\\"${secrets.getProperty("inventoryApiKey", "")}\\"")
    }
    buildFeatures { buildConfig = true }
}
""")

add("swift/decoy-keychain", "ProRewards/ProRewards/Auth/TokenStore.swift",
    "https://developer.apple.com/documentation/security/keychain_services/keychain_items/searching_for_keychain_items",
    """
import Foundation
import Security

/// The customer's session token, kept in the keychain (issued at sign-in, never bundled).
enum TokenStore {
    private static let service = "com.pineridgelumber.prorewards.session"

    static func save(_ token: String) {
        let data = Data(token.utf8)
        let query: [String: Any] = [kSecClass as String: kSecClassGenericPassword,
                                    kSecAttrService as String: service]
        SecItemDelete(query as CFDictionary)
        var attrs = query
        attrs[kSecValueData as String] = data
        attrs[kSecAttrAccessible as String] = kSecAttrAccessibleAfterFirstUnlockThisDeviceOnly
        SecItemAdd(attrs as CFDictionary, nil)
    }

    static func load() -> String? {
        let query: [String: Any] = [kSecClass as String: kSecClassGenericPassword,
                                    kSecAttrService as String: service,
                                    kSecReturnData as String: true,
                                    kSecMatchLimit as String: kSecMatchLimitOne]
        var item: CFTypeRef?
        guard SecItemCopyMatching(query as CFDictionary, &item) == errSecSuccess,
              let data = item as? Data else { return nil }
        return String(data: data, encoding: .utf8)
    }
}
""")

add("notebook/decoy-getpass", "analysis/contractor_tiers.ipynb",
    "https://docs.python.org/3/library/getpass.html",
    """
{
 "cells": [
  {
   "cell_type": "markdown",
   "metadata": {},
   "source": ["# Contractor tier review\\n", "Spend per account over 12 months vs. current tier."]
  },
  {
   "cell_type": "code",
   "execution_count": 1,
   "metadata": {},
   "outputs": [],
   "source": [
    "import getpass, pyodbc, pandas as pd\\n",
    "pwd = getpass.getpass('BisTrack analyst password: ')\\n",
    "conn = pyodbc.connect('DRIVER={ODBC Driver 18 for SQL Server};SERVER=bt-sql01.prl.local;'\\n",
    "                      f'DATABASE=BisTrack_Live;UID=analyst;PWD={pwd};TrustServerCertificate=yes')"
   ]
  },
  {
   "cell_type": "code",
   "execution_count": 2,
   "metadata": {},
   "outputs": [],
   "source": [
    "spend = pd.read_sql(open('sql/spend_12m.sql').read(), conn)\\n",
    "spend.pivot_table(index='Tier', values='Spend', aggfunc=['count', 'median'])"
   ]
  }
 ],
 "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""")

add("yaml/decoy-helm-existing-secret", "deploy/helm/dispatch/values-prod.yaml",
    "https://helm.sh/docs/chart_best_practices/values/",
    """
image:
  repository: ghcr.io/northforkbuilding/dispatch
  tag: "2024.05.1"

replicaCount: 2

env:
  TZ: America/New_York
  DELIVERY_WINDOWS: "07:00-10:00,10:00-13:00,13:00-16:00"

envFromSecrets:
  - name: SAMSARA_API_TOKEN
    secretKeyRef: { name: dispatch-integrations, key: samsara-token }
  - name: AGILITY_DISPATCH_PASSWORD
    secretKeyRef: { name: dispatch-integrations, key: agility-password }

postgresql:
  enabled: false
externalDatabase:
  host: dispatch-prod.c8x2kq1vz0ab.us-east-2.rds.amazonaws.com
  user: dispatch_app
  existingSecret: dispatch-db
  existingSecretPasswordKey: password

redis:
  auth:
    enabled: true
    existingSecret: dispatch-redis
    existingSecretPasswordKey: redis-password
""")

add("hcl/decoy-vault-agent-template", "edi/vault-agent/agent.hcl",
    "https://developer.hashicorp.com/vault/docs/agent-and-proxy/agent/template",
    """
pid_file = "/run/vault-agent/pid"

auto_auth {
  method "approle" {
    config = {
      role_id_file_path   = "/etc/vault-agent/role_id"
      secret_id_file_path = "/etc/vault-agent/secret_id"
      remove_secret_id_file_after_reading = false
    }
  }
  sink "file" {
    config = { path = "/run/vault-agent/token", mode = 0640 }
  }
}

template {
  destination = "/opt/edi/orgill.env"
  perms       = "0600"
  contents    = <<EOT
ORGILL_SFTP_USER={{ with secret "kv/data/edi/orgill" }}{{ .Data.data.user }}{{ end }}
ORGILL_SFTP_PASSWORD={{ with secret "kv/data/edi/orgill" }}{{ .Data.data.password }}{{ end }}
EOT
  command     = "systemctl restart edi-orgill.timer"
}
""")

add("dockerfile/decoy-build-secret", "webstore/Dockerfile",
    "https://docs.docker.com/build/building/secrets/",
    """
# syntax=docker/dockerfile:1.7
FROM node:20-bookworm-slim AS build
WORKDIR /src
COPY package.json package-lock.json .npmrc.ci ./
# the npm token is a build secret: mounted for this step only, never in a layer
RUN --mount=type=secret,id=npm_token,env=NPM_TOKEN \\
    cp .npmrc.ci .npmrc && npm ci && rm -f .npmrc
COPY . .
RUN npm run build

FROM node:20-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production
COPY --from=build /src/.next ./.next
COPY --from=build /src/node_modules ./node_modules
COPY --from=build /src/package.json ./
EXPOSE 3000
CMD ["npm", "start"]
""")

add("github-actions/decoy-oidc-role", ".github/workflows/label-service-image.yml",
    "https://docs.github.com/en/actions/security-for-github-actions/security-hardening-your-deployments/configuring-openid-connect-in-amazon-web-services",
    """
name: label-service image
on:
  push:
    branches: [main]
    paths: ["label-service/**"]

permissions:
  id-token: write
  contents: read

jobs:
  build:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: aws-actions/configure-aws-credentials@v4
        with:
          role-to-assume: arn:aws:iam::729118340051:role/github-label-service
          role-session-name: label-service-${{ github.run_id }}
          aws-region: us-east-1
      - uses: aws-actions/amazon-ecr-login@v2
        id: ecr
      - run: |
          docker build -t ${{ steps.ecr.outputs.registry }}/label-service:${{ github.sha }} label-service
          docker push ${{ steps.ecr.outputs.registry }}/label-service:${{ github.sha }}
""")


# ================================================================================================
# Decoys: placeholders, examples, test fixtures, redacted and encrypted values
# ================================================================================================

def b64rand(n: int) -> str:
    r = _rng()
    return base64.b64encode(bytes(r.getrandbits(8) for _ in range(n))).decode()


def sops_value(n: int) -> str:
    return f"ENC[AES256_GCM,data:{b64rand(n)},iv:{b64rand(32)},tag:{b64rand(16)},type:str]"


def bcrypt_hash() -> str:
    return "$2b$12$" + alnum(53, "./" + ALNUM)


add("env/decoy-placeholder", "webstore/.env.example",
    "https://12factor.net/config",
    """
# Copy to .env and fill in. Real values: 1Password, vault "Store IT", item "Web store (prod)".
FLASK_ENV=development
FLASK_SECRET_KEY=change-me-to-a-long-random-string
STRIPE_SECRET_KEY=sk_live_REPLACE_ME
STRIPE_WEBHOOK_SECRET=whsec_...
STRIPE_PUBLISHABLE_KEY=pk_test_...
SQUARE_ACCESS_TOKEN=<square production access token>
SHOPIFY_ADMIN_TOKEN=shpat_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx
BISTRACK_DSN=Server=BT-SQL01;Database=BisTrack_Live;User Id=web_import;Password=<password>
REDIS_URL=redis://localhost:6379/0
DELIVERY_FEE_BASE=45
""")

add("markdown/decoy-placeholder", "inventory_sync/README.md",
    "https://shopify.dev/docs/apps/build/authentication-authorization/access-tokens/generate-app-access-tokens-admin",
    """
# inventory_sync

Pushes BisTrack on-hand quantities to Shopify every 15 minutes.

## Setup

1. In the Shopify admin: Settings → Apps → Develop apps → **PRL Inventory Sync** → API credentials.
   The Admin API token is shown once; it goes in 1Password, not here.
2. On YARD-APP02:

   ```powershell
   setx SHOPIFY_ADMIN_TOKEN "shpat_<32 hex characters>"
   setx BISTRACK_DSN "Server=BT-SQL01;Database=BisTrack_Live;User Id=shopify_sync;Password=<from 1Password>"
   ```

3. Test with `python -m inventory_sync --branch 01 --dry-run`.

## Troubleshooting
- `401 [API] Invalid API key or access token`: the token was rotated. Get the new one from 1Password.
- `Location not found`: a branch was added in BisTrack; map it in `LOCATIONS` in `shopify_push.py`.
""")

add("yaml/decoy-sops-encrypted", "deploy/secrets/webstore.enc.yaml",
    "https://github.com/getsops/sops#encrypting-using-age",
    """
stripe:
    secret_key: @@v1@@
    webhook_secret: @@v2@@
square:
    access_token: @@v3@@
bistrack:
    dsn: @@v4@@
sops:
    kms: []
    gcp_kms: []
    azure_kv: []
    hc_vault: []
    age:
        - recipient: age1@@rcpt@@
          enc: |
            -----BEGIN AGE ENCRYPTED FILE-----
            @@age1@@
            @@age2@@
            -----END AGE ENCRYPTED FILE-----
    lastmodified: "2024-04-02T14:11:09Z"
    mac: @@mac@@
    pgp: []
    unencrypted_suffix: _unencrypted
    version: 3.8.1
""", v1=sops_value(107), v2=sops_value(38), v3=sops_value(64), v4=sops_value(96),
    rcpt=alnum(58, "qpzry9x8gf2tvdw0s3jn54khce6mua7l"), age1=b64rand(48), age2=b64rand(45), mac=sops_value(32))

add("ansible/decoy-ansible-vault", "ansible/group_vars/edi/vault.yml",
    "https://docs.ansible.com/ansible/latest/vault_guide/vault_encrypting_content.html",
    """
$ANSIBLE_VAULT;1.1;AES256
@@l1@@
@@l2@@
@@l3@@
@@l4@@
@@l5@@
@@l6@@
@@l7@@
@@l8@@
@@l9@@
""", l1=hexs(80), l2=hexs(80), l3=hexs(80), l4=hexs(80), l5=hexs(80), l6=hexs(80), l7=hexs(80),
    l8=hexs(80), l9=hexs(48))

add("k8s/decoy-sealed-secret", "deploy/k8s/dispatch/sealed-integrations.yaml",
    "https://github.com/bitnami-labs/sealed-secrets#usage",
    """
apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata:
  name: dispatch-integrations
  namespace: dispatch
spec:
  encryptedData:
    samsara-token: AgB@@s1@@
    agility-password: AgC@@s2@@
  template:
    metadata:
      name: dispatch-integrations
      namespace: dispatch
    type: Opaque
""", s1=b64rand(540), s2=b64rand(520))

add("properties/decoy-jasypt-encrypted", "edi-gateway/src/main/resources/application-prod.properties",
    "https://github.com/ulisesbocchio/jasypt-spring-boot#use-encrypted-properties",
    """
# EDI gateway - production. Values in ENC() are decrypted at startup with JASYPT_ENCRYPTOR_PASSWORD
# (set on the host only).
edi.as2.keystore=/opt/edi-gateway/as2_certs.p12
edi.as2.keystore-password=ENC(@@e1@@)
edi.sftp.orgill.host=sftp.orgill.com
edi.sftp.orgill.user=C188042
edi.sftp.orgill.password=ENC(@@e2@@)
edi.van.kleinschmidt.user=PRL0419
edi.van.kleinschmidt.password=ENC(@@e3@@)
jasypt.encryptor.algorithm=PBEWITHHMACSHA512ANDAES_256
jasypt.encryptor.iv-generator-classname=org.jasypt.iv.RandomIvGenerator
""", e1=b64rand(48), e2=b64rand(48), e3=b64rand(32))

add("log/decoy-redacted-token", "logs/inventory-sync-2024-04-18.log",
    "https://shopify.dev/docs/api/usage/authentication",
    """
2024-04-18 06:15:00,004 INFO  inventory_sync: start branch=01 items=4188
2024-04-18 06:15:00,006 DEBUG http: POST https://pine-ridge-lumber.myshopify.com/admin/api/2024-04/graphql.json
2024-04-18 06:15:00,006 DEBUG http: headers={'X-Shopify-Access-Token': 'shpat_****************************9c1e', 'Content-Type': 'application/json'}
2024-04-18 06:15:01,390 DEBUG http: 200 cost=requested:52 actual:50 throttle=1948/2000
2024-04-18 06:15:01,391 DEBUG bistrack: dsn=Server=BT-SQL01;Database=BisTrack_Live;User Id=shopify_sync;Password=********
2024-04-18 06:15:07,902 WARN  inventory_sync: SKU 4X4-10-PT-GC on hand -3 at branch 01, sent 0
2024-04-18 06:15:12,117 INFO  inventory_sync: done branch=01 updated=311 unchanged=3877 errors=0
""")

add("log/decoy-masked-card", "logs/pos/lane02_2024-06-07.log",
    "https://www.pcisecuritystandards.org/document_library/",
    """
06:58:12 TERM 00042 SALE  INV 0418773  AMT 214.37  VISA  ************4417  CHIP  APPROVED  AUTH 04281C  RRN 415908118827
07:04:40 TERM 00042 SALE  INV 0418779  AMT 38.12   MC    ************0926  TAP   APPROVED  AUTH 771905  RRN 415908119203
07:11:03 TERM 00042 SALE  INV 0418784  AMT 1288.00 AMEX  ***********1008   CHIP  APPROVED  AUTH 188340  RRN 415908119611
07:11:59 TERM 00042 VOID  INV 0418784  AMT 1288.00 AMEX  ***********1008         APPROVED  AUTH 188340  RRN 415908119611
07:12:41 TERM 00042 SALE  INV 0418785  AMT 1288.00 ACCT  C10442 (Halvorsen Framing)  CHARGE  PO 22-118
07:30:17 TERM 00042 SALE  INV 0418790  AMT 9.98    DISC  ************3318  SWIPE DECLINED  RESP 51
07:30:52 TERM 00042 SALE  INV 0418790  AMT 9.98    CASH
07:45:09 TERM 00042 BATCH  COUNT 6  TOTAL 1548.47  MID 496160873888  STATUS OPEN
""")

add("python/decoy-test-fixture", "webstore/tests/test_stripe_webhook.py",
    "https://docs.stripe.com/webhooks#verify-manually",
    '''
import hashlib
import hmac
import json
import time

import pytest

from webstore.app import create_app

TEST_SECRET = "whsec_test_secret"  # matches config/testing.py; not a Stripe-issued value


def sign(payload: bytes, secret: str = TEST_SECRET, ts: int | None = None) -> str:
    ts = ts or int(time.time())
    mac = hmac.new(secret.encode(), f"{ts}.".encode() + payload, hashlib.sha256).hexdigest()
    return f"t={ts},v1={mac}"


@pytest.fixture
def client():
    app = create_app("testing")
    return app.test_client()


def test_paid_event_marks_order(client):
    payload = json.dumps({"type": "payment_intent.succeeded", "data": {"object": {
        "id": "pi_3PDt4x2eZvKYlo2C0T7q1Xb9", "amount_received": 21437, "metadata": {"order": "W-18842"}}}}).encode()
    resp = client.post("/stripe-webhook", data=payload, headers={"Stripe-Signature": sign(payload)})
    assert resp.status_code == 200


def test_bad_signature_is_rejected(client):
    payload = b"{}"
    resp = client.post("/stripe-webhook", data=payload, headers={"Stripe-Signature": sign(payload, "wrong")})
    assert resp.status_code == 400
''')

add("python/decoy-regex-patterns", "common/logscrub.py",
    "https://docs.python.org/3/library/logging.html#filter-objects",
    '''
"""Logging filter that masks credentials before a line reaches the log file."""
import logging
import re

PATTERNS = [
    (re.compile(r"(sk|rk)_live_[0-9A-Za-z]{24,99}"), lambda m: m.group(1) + "_live_****"),
    (re.compile(r"whsec_[0-9A-Za-z]{32}"), lambda m: "whsec_****"),
    (re.compile(r"shp(at|ss|ca|pa)_[0-9a-f]{32}"), lambda m: m.group(0)[:6] + "*" * 28 + m.group(0)[-4:]),
    (re.compile(r"EAAA[0-9A-Za-z_-]{60}"), lambda m: "EAAA****"),
    (re.compile(r"(?i)(password|pwd)=[^;&\\s]+"), lambda m: m.group(1) + "=********"),
    (re.compile(r"samsara_api_[0-9A-Za-z]{30}"), lambda m: "samsara_api_****"),
]


class ScrubFilter(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        for pattern, repl in PATTERNS:
            message = pattern.sub(repl, message)
        record.msg, record.args = message, ()
        return True
''')

add("json/decoy-postman-environment", "docs/postman/agility-prod.postman_environment.json",
    "https://learning.postman.com/docs/sending-requests/variables/managing-environments/",
    """
{
  "id": "@@id@@",
  "name": "Agility (prod)",
  "values": [
    { "key": "baseUrl", "value": "https://agility.northforkbuilding.com:8443/AgilityPublic/rest", "type": "default", "enabled": true },
    { "key": "loginId", "value": "", "type": "default", "enabled": true },
    { "key": "password", "value": "", "type": "secret", "enabled": true },
    { "key": "contextId", "value": "", "type": "secret", "enabled": true },
    { "key": "branch", "value": "RIVERHEAD", "type": "default", "enabled": true }
  ],
  "_postman_variable_scope": "environment",
  "_postman_exported_at": "2024-03-19T15:02:44.118Z",
  "_postman_exported_using": "Postman/10.24.7"
}
""", id=uuid_s())

add("yaml/decoy-openapi-example", "contractor-api/openapi.yaml",
    "https://swagger.io/docs/specification/v3_0/authentication/api-keys/",
    """
openapi: 3.0.3
info:
  title: Pine Ridge Lumber contractor API
  version: 1.2.0
  description: Order status, statements and job pricing for contractor accounts.
servers:
  - url: https://api.pineridgelumber.com/contractor/v1
security:
  - ApiKeyAuth: []
components:
  securitySchemes:
    ApiKeyAuth:
      type: apiKey
      in: header
      name: X-Api-Key
      description: Issued per account from the portal (Account → API access). Example `X-Api-Key: YOUR_API_KEY`.
paths:
  /orders/{orderNo}:
    get:
      summary: Order status and delivery window
      parameters:
        - { name: orderNo, in: path, required: true, schema: { type: string }, example: "SO-2024-018842" }
      responses:
        "200":
          description: The order
  /statements:
    get:
      summary: Monthly statements (PDF links)
      parameters:
        - { name: X-Api-Key, in: header, required: true, schema: { type: string }, example: "<your account API key>" }
      responses:
        "200":
          description: Statement list
""")

add("markdown/decoy-basic-auth-example", "contractor-api/docs/authentication.md",
    "https://www.rfc-editor.org/rfc/rfc7617",
    """
# Authenticating to the contractor API

Each account gets an API key in the portal (**Account → API access**). Send it in a header:

```
GET /contractor/v1/statements HTTP/1.1
Host: api.pineridgelumber.com
X-Api-Key: <your API key>
```

Older estimating tools that only do HTTP Basic can send the account number as the user and the
key as the password:

```
curl -u "C10442:<your API key>" https://api.pineridgelumber.com/contractor/v1/orders/SO-2024-018842
```

which is the header `Authorization: Basic base64("C10442:<your API key>")`. Keys can be revoked in
the portal at any time; we never ask for them by phone or email.
""")

add("csv/decoy-test-cards", "qa/payment_test_matrix.csv",
    "https://developer.cardpointe.com/guides/cardpointe-gateway#uat-test-card-numbers",
    """
case,processor_env,card_brand,test_pan,exp,cvv,amount,expected
1,UAT,Visa,4111111111111111,1228,123,10.00,approved
2,UAT,Mastercard,5454545454545454,1228,123,10.00,approved
3,UAT,Amex,371449635398431,1228,1234,10.00,approved
4,UAT,Discover,6011000995500000,1228,123,10.00,approved
5,UAT,Visa,4111111111111111,1228,123,0.61,declined (amount trigger)
6,UAT,Visa,4111111111111111,0120,123,10.00,expired card
7,UAT,ACH,routing 036001808 acct 1234567890,,,25.00,approved
""")

add("xml/decoy-dpapi-clixml", "scripts/creds/svc_reports_smtp.clixml",
    "https://learn.microsoft.com/en-us/powershell/module/microsoft.powershell.utility/export-clixml",
    """
<Objs Version="1.1.0.1" xmlns="http://schemas.microsoft.com/powershell/2004/04">
  <Obj RefId="0">
    <TN RefId="0">
      <T>System.Management.Automation.PSCredential</T>
      <T>System.Object</T>
    </TN>
    <ToString>System.Management.Automation.PSCredential</ToString>
    <Props>
      <S N="UserName">reports@pineridgelumber.com</S>
      <SS N="Password">01000000d08c9ddf0115d1118c7a00c04fc297eb01000000@@blob@@</SS>
    </Props>
  </Obj>
</Objs>
""", blob=hexs(420))

add("sql/decoy-password-hashes", "portal/db/seed/dev_users.sql",
    "https://www.postgresql.org/docs/current/pgcrypto.html#PGCRYPTO-PASSWORD-HASHING-FUNCS",
    """
-- Development seed: portal users for local testing. Hashes only (bcrypt, cost 12).
INSERT INTO portal_users (email, account_no, role, password_hash, created_at) VALUES
  ('dev.admin@example.com',   NULL,     'admin',      '@@h1@@', now()),
  ('halvorsen@example.com',   'C10442', 'contractor', '@@h2@@', now()),
  ('ridgeline@example.com',   'C10518', 'contractor', '@@h3@@', now()),
  ('ar.clerk@example.com',    NULL,     'ar',         '@@h4@@', now());

INSERT INTO accounts (account_no, name, tier, credit_limit, terms) VALUES
  ('C10442', 'Halvorsen Framing LLC', 'A', 50000, 'NET30'),
  ('C10518', 'Ridgeline Decks & Fence', 'B', 15000, 'NET30');
""", h1=bcrypt_hash(), h2=bcrypt_hash(), h3=bcrypt_hash(), h4=bcrypt_hash())

add("sql/decoy-api-key-hashes", "contractor-api/migrations/0007_api_keys.sql",
    "https://cheatsheetseries.owasp.org/cheatsheets/Password_Storage_Cheat_Sheet.html",
    """
-- Contractor API keys are shown once; only a prefix (to find it) and a SHA-256 are stored.
CREATE TABLE api_keys (
    id           uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    account_no   text NOT NULL REFERENCES accounts(account_no),
    key_prefix   char(8) NOT NULL,
    key_sha256   char(64) NOT NULL UNIQUE,
    label        text,
    created_at   timestamptz NOT NULL DEFAULT now(),
    revoked_at   timestamptz
);
CREATE INDEX api_keys_prefix ON api_keys (key_prefix) WHERE revoked_at IS NULL;

-- keys issued during the pilot (re-inserted after the table rebuild)
INSERT INTO api_keys (id, account_no, key_prefix, key_sha256, label) VALUES
  ('@@u1@@', 'C10442', 'prl_k7Qe', '@@s1@@', 'Halvorsen estimating'),
  ('@@u2@@', 'C10518', 'prl_2mVa', '@@s2@@', 'Ridgeline QuickBooks');
""", u1=uuid_s(), s1=hexs(64), u2=uuid_s(), s2=hexs(64))

add("toml/decoy-empty-config", "lumber-index/config.example.toml",
    "https://toml.io/en/v1.0.0",
    """
# Copy to config.toml. Leave api_key empty and set PRICE_FEED_API_KEY in the environment instead.
[feed]
provider = "fastmarkets-random-lengths"
base_url = "https://api.fastmarkets.com/v1"
api_key = ""
series = ["RL-FLC", "RL-SPF-2X4-8"]

[schedule]
cron = "30 17 * * 5"
timezone = "America/Chicago"

[output]
table = "pricing.index_prints"
notify = "purchasing@example.com"
""")

add("ini/decoy-trusted-connection", "reports/ar_aging/odbc.ini",
    "https://learn.microsoft.com/en-us/sql/connect/odbc/dsn-connection-string-attribute#trusted_connection",
    r"""
; AR aging report: integrated security, runs as PRL\svc_reports (no SQL password anywhere)
[ODBC Data Sources]
BisTrackAR=ODBC Driver 18 for SQL Server

[BisTrackAR]
Driver=ODBC Driver 18 for SQL Server
Server=BT-SQL01\BISTRACK
Database=BisTrack_Live
Trusted_Connection=Yes
Encrypt=Yes
TrustServerCertificate=Yes
ApplicationIntent=ReadOnly
""")

add("xml/decoy-token-replacement", "ContractorPortal/Web.Release.config",
    "https://marketplace.visualstudio.com/items?itemName=qetza.replacetokens",
    """
<?xml version="1.0" encoding="utf-8"?>
<!-- Release transform. #{...}# tokens are replaced by the release pipeline from the variable group
     "portal-prod" (values marked secret there). -->
<configuration xmlns:xdt="http://schemas.microsoft.com/XML-Document-Transform">
  <connectionStrings>
    <add name="BisTrack"
         connectionString="Data Source=BT-SQL01;Initial Catalog=BisTrack_Live;User ID=portal_ro;Password=#{BisTrackPortalPassword}#;MultipleActiveResultSets=True"
         xdt:Transform="SetAttributes" xdt:Locator="Match(name)" />
  </connectionStrings>
  <appSettings>
    <add key="StripeSecretKey" value="#{StripeSecretKey}#" xdt:Transform="SetAttributes" xdt:Locator="Match(key)" />
    <add key="PortalBaseUrl" value="https://accounts.pineridgelumber.com" xdt:Transform="SetAttributes" xdt:Locator="Match(key)" />
  </appSettings>
  <system.web>
    <compilation xdt:Transform="RemoveAttributes(debug)" />
  </system.web>
</configuration>
""")

add("k8s/decoy-helm-secret-template", "deploy/helm/dispatch/templates/secret.yaml",
    "https://helm.sh/docs/chart_template_guide/function_list/#b64enc",
    """
{{- if not .Values.integrations.existingSecret }}
apiVersion: v1
kind: Secret
metadata:
  name: {{ include "dispatch.fullname" . }}-integrations
  labels:
    {{- include "dispatch.labels" . | nindent 4 }}
type: Opaque
data:
  samsara-token: {{ required "integrations.samsaraToken is required" .Values.integrations.samsaraToken | b64enc | quote }}
  agility-password: {{ required "integrations.agilityPassword is required" .Values.integrations.agilityPassword | b64enc | quote }}
  onfleet-key: {{ .Values.integrations.onfleetKey | default "" | b64enc | quote }}
{{- end }}
""")

add("shell/decoy-password-prompt", "it/tools/reset_scanner_wifi.sh",
    "https://www.gnu.org/software/bash/manual/html_node/Bash-Builtins.html#index-read",
    """
#!/usr/bin/env bash
# Re-push the scanner Wi-Fi profile after a PSK change. Asks for the new key; never stores it.
set -euo pipefail
read -r -p "SSID [PRL-SCAN]: " ssid
ssid=${ssid:-PRL-SCAN}
read -r -s -p "New WPA2 passphrase: " psk; echo
read -r -s -p "Again: " psk2; echo
[ "$psk" = "$psk2" ] || { echo "passphrases differ" >&2; exit 1; }
[ ${#psk} -ge 16 ] || { echo "use 16+ characters" >&2; exit 1; }

sed -e "s/__SSID__/$ssid/" -e "s/__PSK__/$psk/" mdm/stagenow/wifi_template.xml > /tmp/wifi_profile.xml
stagenow-cli push --profile /tmp/wifi_profile.xml --group yard-scanners
shred -u /tmp/wifi_profile.xml
""")

add("markdown/decoy-rotation-runbook", "docs/it/key-rotation.md",
    "https://docs.stripe.com/keys#rolling-keys",
    """
# Rotating keys after a staff change

When someone with admin access leaves, rotate these the same day. Values live in 1Password
("Store IT" vault); the table below says where each one is used, never the value.

| Credential | Where to rotate | Used by | Last rotated | Key ends in |
|---|---|---|---|---|
| Stripe restricted key (portal) | Stripe dashboard → Developers → API keys | contractor portal | 2024-03-04 | …Q7vA |
| Square access token | Square developer console → Credentials | pos-bridge, counter web | 2024-03-04 | …k2Nw |
| Shopify admin token | Shopify admin → Apps → PRL Inventory Sync | inventory_sync | 2024-02-12 | …9c1e |
| Samsara API token | Samsara → Settings → API tokens | dispatch | 2024-03-05 | …t0Rz |
| BisTrack `web_import` SQL login | SSMS on BT-SQL01 | BisTrackSync | 2024-03-04 | n/a |

After rotating: update 1Password, then `ansible-playbook site.yml --tags secrets`, then check the
services' logs for 401s for an hour.
""")

add("markdown/decoy-password-policy", "docs/it/password-policy.md",
    "https://pages.nist.gov/800-63-3/sp800-63b.html#memsecret",
    """
# Password policy (all stores)

- Staff sign-ins (BisTrack, Eagle, email): at least **14 characters**; passphrases are fine.
- No forced rotation unless we think it leaked; then change it right away.
- Register PINs are personal. Never share a PIN or log in for someone else.
- Device admin passwords (cameras, terminals, switches) are unique per device, generated by
  1Password, and live in the "Devices" vault. A device with its default password goes back in the box.
- Shared logins exist only for the counter PCs and the yard kiosks; those accounts cannot reach
  email or the file server.
- Password managers: 1Password for staff with admin access, the browser's built-in one for others.
- Report a phishing email with the "Report" button in Outlook, then tell the store manager.

Questions: it@pineridgelumber.com or x214.
""")


# ================================================================================================
# Decoys: the trade's own data that looks random (EDI, barcodes, VINs, ids, hashes, public keys)
# ================================================================================================

def wrap64(text: str) -> str:
    return "\n".join(text[i:i + 64] for i in range(0, len(text), 64))


def ssh_ed25519_pub() -> str:
    r = _rng()
    blob = (len(b"ssh-ed25519")).to_bytes(4, "big") + b"ssh-ed25519" + (32).to_bytes(4, "big") \
        + bytes(r.getrandbits(8) for _ in range(32))
    return "ssh-ed25519 " + base64.b64encode(blob).decode()


def sha256_b64() -> str:
    return b64rand(32).rstrip("=")


add("edi/decoy-x12-850", "edi/archive/out/850_BOISE_000004417.x12",
    "https://x12.org/products/transaction-sets",
    """
ISA*00*          *00*          *ZZ*PINERIDGELMBR  *01*009162358      *240507*1612*U*00401*000004417*0*P*>~
GS*PO*PINERIDGELMBR*009162358*20240507*1612*4417*X*004010~
ST*850*0001~
BEG*00*SA*PO-24-03318**20240507~
REF*DP*01~
DTM*002*20240514~
N1*ST*PINE RIDGE LUMBER - YARD 01*92*01~
N3*1180 MAIN ST~
N4*RIVERHEAD*NY*11901~
PO1*1*120*EA*38.41**VP*LVL-1.75X11.875-20*UP*782113004471~
PO1*2*60*EA*52.10**VP*LVL-1.75X14-24*UP*782113004518~
PO1*3*400*EA*11.26**VP*OSB-716-4X8*UP*782113000091~
CTT*3*580~
SE*13*0001~
GE*1*4417~
IEA*1*000004417~
""")

add("edi/decoy-x12-856", "edi/archive/in/856_SIMPSON_000771902.x12",
    "https://x12.org/products/transaction-sets",
    """
ISA*00*          *00*          *01*009283651      *ZZ*PINERIDGELMBR  *240509*0548*U*00401*000771902*0*P*>~
GS*SH*009283651*PINERIDGELMBR*20240509*0548*771902*X*004010~
ST*856*0001~
BSN*00*ASN0093318842*20240509*0548~
HL*1**S~
TD5**2*RDWY*M*ESTES EXPRESS~
REF*BM*41877203318~
REF*CN*2231904418~
HL*2*1*O~
PRF*PO-24-03291~
HL*3*2*P~
MAN*GM*00007826310044178829~
HL*4*3*I~
LIN**VP*LUS210*UP*707392211108~
SN1**250*EA~
HL*5*2*P~
MAN*GM*00007826310044178836~
HL*6*5*I~
LIN**VP*H2.5AZ*UP*707392304114~
SN1**500*EA~
CTT*6~
SE*20*0001~
GE*1*771902~
IEA*1*000771902~
""")

add("csv/decoy-item-catalog", "exports/web_catalog_2024-05-06.csv",
    "https://www.gs1us.org/upcs-barcodes-prefixes/how-to-get-a-upc-barcode",
    """
sku,upc,vendor,vendor_part,description,uom,retail,web_price,on_hand_01,on_hand_02,image_sha1
2X4-8-SPF,,WEYCO,SPF2482,2x4 8ft SPF Stud,EA,4.38,4.38,2210,960,@@i1@@
LUS210,707392211108,SIMPSON,LUS210,Simpson LUS210 Joist Hanger 2x10,EA,3.97,3.89,412,130,@@i2@@
H2.5AZ,707392304114,SIMPSON,H2.5AZ,Simpson H2.5AZ Hurricane Tie ZMAX,EA,0.98,0.95,1800,640,@@i3@@
DK-SCR-3-5LB,045734968012,GRK,96012,GRK R4 #9 x 3in 5lb Box,BX,49.99,47.49,38,11,@@i4@@
PEX-A-12-100R,670240411305,UPONOR,F1040500,Uponor PEX-a 1/2in x 100ft Red,RL,58.60,56.99,24,9,@@i5@@
OSB-716-4X8,,LP,OSB716,7/16 OSB 4x8 Sheathing,SH,15.48,15.48,880,412,@@i6@@
""", i1=hexs(40), i2=hexs(40), i3=hexs(40), i4=hexs(40), i5=hexs(40), i6=hexs(40))

add("csv/decoy-fleet-roster", "fleet/roster.csv",
    "https://developers.samsara.com/reference/listvehicles",
    """
unit,type,year,make,model,vin,plate,eld_serial,samsara_vehicle_id,gvwr_lbs,cdl_required
BOOM-1,boom truck,2019,International,MV607,@@v1@@,NY 84211-PC,G7LX-4TR-9KQ,281474979718842,33000,yes
BOOM-2,boom truck,2022,Freightliner,M2 106,@@v2@@,NY 91028-PC,G7LX-8ZN-2WD,281474983306114,33000,yes
FLAT-4,flatbed,2017,Isuzu,NRR,@@v3@@,NY 77510-PC,G7LX-2MC-6HB,281474979720517,19500,no
VAN-1,box van,2021,Ford,E-450,@@v4@@,NY 60344-PC,G7LX-5QP-1FA,281474981124093,14500,no
FORK-7,piggyback forklift,2018,Moffett,M8 55.3,n/a,n/a,,281474979731100,,no
""", v1="3HAMMMML" + alnum(9, "0123456789ABCDEFGHJKLMNPRSTUVWXYZ"),
    v2="1FVACXFC" + alnum(9, "0123456789ABCDEFGHJKLMNPRSTUVWXYZ"),
    v3="JALE5W16" + alnum(9, "0123456789ABCDEFGHJKLMNPRSTUVWXYZ"),
    v4="1FDXE4FN" + alnum(9, "0123456789ABCDEFGHJKLMNPRSTUVWXYZ"))

add("json/decoy-shopify-order-webhook", "inventory_sync/tests/fixtures/orders_create.json",
    "https://shopify.dev/docs/api/webhooks?reference=toml#list-of-topics-orders/create",
    """
{
  "id": 5821904417209,
  "admin_graphql_api_id": "gid://shopify/Order/5821904417209",
  "name": "#18842",
  "email": "halvorsen.framing@example.com",
  "created_at": "2024-03-11T14:02:19-04:00",
  "currency": "USD",
  "total_price": "214.37",
  "financial_status": "paid",
  "token": "@@tok@@",
  "cart_token": "@@cart@@",
  "checkout_token": "@@chk@@",
  "shipping_lines": [{ "title": "Yard pickup - Branch 01", "price": "0.00" }],
  "line_items": [
    { "id": 14528830914745, "sku": "LUS210", "quantity": 24, "price": "3.89", "variant_id": 43188120485049 },
    { "id": 14528830947513, "sku": "2X4-8-SPF", "quantity": 20, "price": "4.38", "variant_id": 43188120517817 }
  ],
  "note_attributes": [{ "name": "pickup_branch", "value": "01" }]
}
""", tok=hexs(32), cart="Z2NwLXVzLWVhc3QxOjAxSE" + alnum(18, UPPERNUM), chk=hexs(32))

add("json/decoy-stripe-event-fixture", "webstore/tests/fixtures/payment_intent_succeeded.json",
    "https://docs.stripe.com/api/events/object",
    """
{
  "id": "evt_3PDt4x2eZvKYlo2C1@@e@@",
  "object": "event",
  "api_version": "2023-10-16",
  "created": 1715099110,
  "livemode": false,
  "type": "payment_intent.succeeded",
  "request": { "id": "req_@@req@@", "idempotency_key": "@@idem@@" },
  "data": {
    "object": {
      "id": "pi_3PDt4x2eZvKYlo2C0@@pi@@",
      "object": "payment_intent",
      "amount": 21437,
      "amount_received": 21437,
      "currency": "usd",
      "customer": "cus_Q3x@@cus@@",
      "latest_charge": "ch_3PDt4x2eZvKYlo2C0@@ch@@",
      "payment_method": "pm_1PDt4w2eZvKYlo2C@@pm@@",
      "metadata": { "order": "W-18842", "branch": "01" },
      "status": "succeeded"
    }
  }
}
""", e=alnum(5), req=alnum(14), idem=uuid_s(), pi=alnum(5), cus=alnum(11), ch=alnum(5), pm=alnum(8))

add("requirements/decoy-hashes", "inventory_sync/requirements.txt",
    "https://pip.pypa.io/en/stable/topics/secure-installs/#hash-checking-mode",
    """
# pip-compile --generate-hashes requirements.in
certifi==2024.2.2 \\
    --hash=sha256:@@h1@@ \\
    --hash=sha256:@@h2@@
charset-normalizer==3.3.2 \\
    --hash=sha256:@@h3@@
idna==3.7 \\
    --hash=sha256:@@h4@@ \\
    --hash=sha256:@@h5@@
pyodbc==5.1.0 \\
    --hash=sha256:@@h6@@
requests==2.31.0 \\
    --hash=sha256:@@h7@@ \\
    --hash=sha256:@@h8@@
urllib3==2.2.1 \\
    --hash=sha256:@@h9@@
""", h1=hexs(64), h2=hexs(64), h3=hexs(64), h4=hexs(64), h5=hexs(64), h6=hexs(64), h7=hexs(64),
    h8=hexs(64), h9=hexs(64))

add("json/decoy-package-lock", "search/package-lock.json",
    "https://docs.npmjs.com/cli/v10/configuring-npm/package-lock-json#packages",
    """
{
  "name": "prl-search",
  "version": "1.3.0",
  "lockfileVersion": 3,
  "requires": true,
  "packages": {
    "": {
      "name": "prl-search",
      "version": "1.3.0",
      "dependencies": { "algoliasearch": "^5.1.1", "instantsearch.js": "^4.68.0" }
    },
    "node_modules/algoliasearch": {
      "version": "5.1.1",
      "resolved": "https://registry.npmjs.org/algoliasearch/-/algoliasearch-5.1.1.tgz",
      "integrity": "sha512-@@i1@@"
    },
    "node_modules/instantsearch.js": {
      "version": "4.68.0",
      "resolved": "https://registry.npmjs.org/instantsearch.js/-/instantsearch.js-4.68.0.tgz",
      "integrity": "sha512-@@i2@@"
    },
    "node_modules/htm": {
      "version": "3.1.1",
      "resolved": "https://registry.npmjs.org/htm/-/htm-3.1.1.tgz",
      "integrity": "sha512-@@i3@@"
    }
  }
}
""", i1=b64rand(64), i2=b64rand(64), i3=b64rand(64))

add("gosum/decoy-module-hashes", "cyclecount/go.sum",
    "https://go.dev/ref/mod#go-sum-files",
    """
github.com/jackc/pgpassfile v1.0.0 h1:@@a@@=
github.com/jackc/pgpassfile v1.0.0/go.mod h1:@@b@@=
github.com/jackc/pgservicefile v0.0.0-20231201235250-de7065d80cb9 h1:@@c@@=
github.com/jackc/pgservicefile v0.0.0-20231201235250-de7065d80cb9/go.mod h1:@@d@@=
github.com/jackc/pgx/v5 v5.5.5 h1:@@e@@=
github.com/jackc/pgx/v5 v5.5.5/go.mod h1:@@f@@=
github.com/jackc/puddle/v2 v2.2.1 h1:@@g@@=
github.com/jackc/puddle/v2 v2.2.1/go.mod h1:@@h@@=
golang.org/x/crypto v0.22.0 h1:@@i@@=
golang.org/x/crypto v0.22.0/go.mod h1:@@j@@=
""", a=sha256_b64(), b=sha256_b64(), c=sha256_b64(), d=sha256_b64(), e=sha256_b64(), f=sha256_b64(),
    g=sha256_b64(), h=sha256_b64(), i=sha256_b64(), j=sha256_b64())

add("dockerfile/decoy-image-digest", "dispatch/Dockerfile",
    "https://docs.docker.com/reference/dockerfile/#from",
    """
FROM golang:1.22.3-bookworm@sha256:@@d1@@ AS build
WORKDIR /src
COPY go.mod go.sum ./
RUN go mod download
COPY . .
RUN CGO_ENABLED=0 go build -trimpath -ldflags="-s -w" -o /out/dispatch ./cmd/dispatch

FROM gcr.io/distroless/static-debian12@sha256:@@d2@@
COPY --from=build /out/dispatch /dispatch
USER nonroot:nonroot
EXPOSE 8090
ENTRYPOINT ["/dispatch"]
""", d1=hexs(64), d2=hexs(64))

add("yaml/decoy-checksum-manifest", "edi/orgill/manifests/2024-05-06.yml",
    "https://www.orgill.com/",
    """
# Files received from Orgill this week, checked before loading (sha256 of each file as received)
received: 2024-05-06T04:12:33-05:00
source: sftp.orgill.com:/outbound
files:
  - name: PRICE_C188042_20240506.TXT
    bytes: 18422911
    records: 71204
    sha256: @@s1@@
  - name: DISC_C188042_20240506.TXT
    bytes: 402118
    records: 1544
    sha256: @@s2@@
  - name: PROMO_C188042_202406.TXT
    bytes: 88140
    records: 312
    sha256: @@s3@@
loaded_by: load_price_file 2.3.0
""", s1=hexs(64), s2=hexs(64), s3=hexs(64))

add("log/decoy-request-ids", "logs/agility-api-2024-05-08.log",
    "https://www.w3.org/TR/trace-context/#traceparent-header",
    """
2024-05-08T07:00:02.113Z INFO  POST /Session/Login 200 212ms req=@@r1@@ branch=RIVERHEAD
2024-05-08T07:00:02.390Z INFO  POST /Orders/QuoteList 200 1840ms req=@@r2@@ traceparent=00-@@t1@@-@@s1@@-01
2024-05-08T07:00:04.402Z INFO  POST /Orders/SalesOrderCreate 200 611ms req=@@r3@@ idempotency-key=@@i1@@
2024-05-08T07:00:05.020Z WARN  POST /Orders/SalesOrderCreate 409 44ms req=@@r4@@ idempotency-key=@@i1@@ (replayed)
2024-05-08T07:00:05.511Z INFO  POST /Session/Logout 200 31ms req=@@r5@@
""", r1=uuid_s(), r2=uuid_s(), t1=hexs(32), s1=hexs(16), r3=uuid_s(), i1=uuid_s(), r4=uuid_s(), r5=uuid_s())

add("markdown/decoy-changelog-shas", "dispatch/CHANGELOG.md",
    "https://keepachangelog.com/en/1.1.0/",
    """
# Changelog

## 2024.05.1 (@@c1@@)
- Boom truck loads over 24,000 lb are refused at scheduling, not at dispatch.
- Delivery texts use the Messaging Service instead of a single number.

## 2024.04.3 (@@c2@@)
- Samsara polling backs off on 429s.
- Fixed: the board showed yesterday's drops after midnight.

## 2024.04.1 (@@c3@@)
- Route 9 yard added as a second depot (image `ghcr.io/northforkbuilding/dispatch@sha256:@@d1@@`).
""", c1=hexs(40), c2=hexs(40), c3=hexs(40), d1=hexs(64))

add("ssh/decoy-known-hosts", "ansible/files/edi/known_hosts",
    "https://man.openbsd.org/sshd.8#SSH_KNOWN_HOSTS_FILE_FORMAT",
    """
# Supplier SFTP host keys (verified by phone with each supplier's EDI desk)
sftp.orgill.com @@k1@@
memberfiles.doitbest.com @@k2@@
edi.acehardware.com @@k3@@
sftp.truecommerce.com @@k4@@
sftp.kleinschmidt.com @@k5@@
""", k1=ssh_ed25519_pub(), k2=ssh_ed25519_pub(), k3=ssh_ed25519_pub(), k4=ssh_ed25519_pub(), k5=ssh_ed25519_pub())

add("ssh/decoy-authorized-keys", "ansible/files/deploy/authorized_keys",
    "https://man.openbsd.org/sshd.8#AUTHORIZED_KEYS_FILE_FORMAT",
    """
# deploy@yard-app02: CI and the two people who deploy
# (managed by ansible/roles/deploy_user; edits here are overwritten)
@@k1@@ github-actions-deploy
@@k2@@ mike@prl-it-laptop
from="10.20.0.0/24" @@k3@@ dan@prl-office-pc
""", k1=ssh_ed25519_pub(), k2=ssh_ed25519_pub(), k3=ssh_ed25519_pub())

add("pem/decoy-certificate", "edi/as2/partners/boise_cascade_as2_2025.cer",
    "https://www.rfc-editor.org/rfc/rfc7468#section-5",
    """
-----BEGIN CERTIFICATE-----
@@body@@
-----END CERTIFICATE-----
""", body=wrap64("MIIDxzCCAq+gAwIBAgIU" + b64rand(700)))

add("asc/decoy-pgp-public-key", "edi/keys/orgill_pricefiles_pub.asc",
    "https://www.rfc-editor.org/rfc/rfc4880#section-6.2",
    """
-----BEGIN PGP PUBLIC KEY BLOCK-----
Comment: Orgill price file signing key (public), fingerprint @@fp@@

@@body@@
=@@crc@@
-----END PGP PUBLIC KEY BLOCK-----
""", fp=hexs(40, upper=True), body=wrap64("mQINBGY" + b64rand(760)), crc=b64rand(3))

add("json/decoy-jwks", "contractor-api/public/.well-known/jwks.json",
    "https://www.rfc-editor.org/rfc/rfc7517#section-5",
    """
{
  "keys": [
    {
      "kty": "RSA",
      "use": "sig",
      "alg": "RS256",
      "kid": "prl-2024-03",
      "n": "@@n1@@",
      "e": "AQAB"
    },
    {
      "kty": "RSA",
      "use": "sig",
      "alg": "RS256",
      "kid": "prl-2023-09",
      "n": "@@n2@@",
      "e": "AQAB"
    }
  ]
}
""", n1=b64rand(256).rstrip("=").replace("+", "-").replace("/", "_"),
    n2=b64rand(256).rstrip("=").replace("+", "-").replace("/", "_"))

add("csv/decoy-device-inventory", "it/inventory/handhelds.csv",
    "https://www.zebra.com/us/en/support-downloads/software/device-management/stagenow.html",
    """
asset,model,serial,imei,wifi_mac,os_build,assigned_to,mdm_enrolled
PRL-HH-0141,TC52,@@s1@@,@@i1@@,@@m1@@,11-49-09.00-RG-U00,Receiving,yes
PRL-HH-0142,TC52,@@s2@@,@@i2@@,@@m2@@,11-49-09.00-RG-U00,Yard 01,yes
PRL-HH-0143,TC52ax,@@s3@@,@@i3@@,@@m3@@,13-20-02.00-TG-U00,Yard 02,yes
PRL-HH-0144,MC3300x,@@s4@@,,@@m4@@,11-41-18.00-RG-U00,Cycle counts,yes
PRL-HH-0145,TC52,@@s5@@,@@i5@@,@@m5@@,11-49-09.00-RG-U00,spare (cracked screen),no
""", s1=digits(14), i1=digits(15), m1=":".join(hexs(2) for _ in range(6)),
    s2=digits(14), i2=digits(15), m2=":".join(hexs(2) for _ in range(6)),
    s3=digits(14), i3=digits(15), m3=":".join(hexs(2) for _ in range(6)),
    s4=digits(14), m4=":".join(hexs(2) for _ in range(6)),
    s5=digits(14), i5=digits(15), m5=":".join(hexs(2) for _ in range(6)))

add("zpl/decoy-shelf-label", "label-service/templates/shelf_2x1.zpl",
    "https://www.zebra.com/content/dam/support-dam/en/documentation/unrestricted/guide/software/zplii-pm-vol1.pdf",
    """
^XA
^CI28
^PW406^LL203
^FO12,10^A0N,28,28^FB382,2,0,L^FD{description}^FS
^FO12,72^A0N,22,22^FDSKU {sku}   Bin {bin}^FS
^FO12,100^BY2,2.5,60^BCN,60,N,N,N^FD>:{sku}^FS
^FO250,100^A0N,54,54^FB150,1,0,R^FD${price}^FS
^FO12,170^A0N,18,18^FDUPC {upc}  {vendor_part}  {printed}^FS
^FO330,170^BQN,2,2^FDQA,https://prl.link/p/{sku}^FS
^XZ
""")

add("html/decoy-data-uri-logo", "statements/templates/email/statement.html",
    "https://developer.mozilla.org/en-US/docs/Web/URI/Schemes/data",
    """
<!doctype html>
<html>
<body style="font-family: Arial, sans-serif; color: #222;">
  <table width="600" align="center" cellpadding="0" cellspacing="0">
    <tr><td style="padding: 16px 0;">
      <img alt="Pine Ridge Lumber" width="180" height="48"
           src="data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAALQAAAAwCAYAAAB@@png@@">
    </td></tr>
    <tr><td>
      <p>Hello {{ account.contact_first_name }},</p>
      <p>Your statement for <strong>{{ period }}</strong> is attached. Balance due:
         <strong>{{ balance|currency }}</strong> by {{ due_date }}.</p>
      <p>Pay online at <a href="https://accounts.pineridgelumber.com">accounts.pineridgelumber.com</a>
         or call the AR desk at 631-555-0144.</p>
    </td></tr>
  </table>
</body>
</html>
""", png=b64rand(330).rstrip("="))

add("json/decoy-samsara-fixture", "dispatch/board/tests/fixtures/vehicle_locations.json",
    "https://developers.samsara.com/reference/getvehiclelocations",
    """
{
  "data": [
    {
      "id": "281474979718842",
      "name": "BOOM-1",
      "location": {
        "time": "2024-05-02T10:58:00Z",
        "latitude": 40.9176,
        "longitude": -72.6621,
        "heading": 88,
        "speed": 0,
        "reverseGeo": { "formattedLocation": "1180 Main St, Riverhead, NY" }
      }
    },
    {
      "id": "281474979720517",
      "name": "FLAT-4",
      "location": {
        "time": "2024-05-02T10:58:00Z",
        "latitude": 40.9911,
        "longitude": -72.5337,
        "heading": 71,
        "speed": 38.2,
        "reverseGeo": { "formattedLocation": "NY-25, Mattituck, NY" }
      }
    }
  ],
  "pagination": { "endCursor": "@@cursor@@", "hasNextPage": false }
}
""", cursor=uuid_s())
