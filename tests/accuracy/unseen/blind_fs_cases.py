"""Blind set FS: pawn shops and second-hand dealers.

Pawn and resale point-of-sale back ends (SQL Server, Access, Delphi and .NET desktop apps),
police-reporting uploads (LeadsOnline, APS, BWI RAPID, state SFTP drops), ID scanning and identity
checks, marketplace listing tools (eBay, Amazon, Shopify, WooCommerce, Reverb, Etsy, Walmart,
Facebook), card payments and layaway, pawn-loan reminders (SMS and mail), store cameras and NVRs,
store networks, and their decoys. Generated fakes only (seeds 2020000-2029999).
"""
from __future__ import annotations

import base64
import random
import string
from typing import List

from tests.accuracy.labelled import LabelledCase

SEED_LOW, SEED_HIGH = 2020000, 2029999
_SEED = [SEED_LOW]

ALNUM = string.ascii_letters + string.digits
LOWER_ALNUM = string.ascii_lowercase + string.digits
UPPER_ALNUM = string.ascii_uppercase + string.digits
HEX = "0123456789abcdef"
B64 = ALNUM + "+/"
URLSAFE = ALNUM + "-_"
BCRYPT = "./" + ALNUM

CASES: List[LabelledCase] = []


def _seed() -> int:
    _SEED[0] += 3
    assert SEED_LOW <= _SEED[0] <= SEED_HIGH, _SEED[0]
    return _SEED[0]


def _rng() -> random.Random:
    return random.Random(_seed())


def draw(n: int, alphabet: str = ALNUM) -> str:
    r = _rng()
    for _ in range(50):  # a bounded redraw: ALNUM draws hold a digit and both cases
        value = "".join(r.choice(alphabet) for _ in range(n))
        if alphabet != ALNUM or n < 8 or (any(c.isdigit() for c in value) and any(c.isupper() for c in value)
                                           and any(c.islower() for c in value)):
            return value
    return value


def hexs(n: int) -> str:
    return draw(n, HEX)


def digits(n: int) -> str:
    r = _rng()
    return str(r.randint(1, 9)) + "".join(r.choice(string.digits) for _ in range(n - 1))


def uuid4() -> str:
    h = hexs(32)
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{'89ab'[int(h[16], 16) % 4]}{h[17:20]}-{h[20:]}"


def b64(value: str) -> str:
    return base64.b64encode(value.encode()).decode()


def b64_bytes(n: int) -> str:
    r = _rng()
    return base64.b64encode(bytes(r.getrandbits(8) for _ in range(n))).decode()


WORDS = ["Harbor", "Gator", "Nugget", "Pelican", "Mustang", "Bullseye", "Cobalt", "Redwood", "Sparrow",
         "Tacoma", "Dakota", "Hornet", "Ranger", "Bayou", "Mesa", "Sabre", "Lucky", "Diesel", "Jasper",
         "Clover", "Pawnee", "Bronco", "Marlin", "Tinsel", "Granite", "Chisel", "Lasso", "Bandit"]
LOWER = ["ledger", "ticket", "anvil", "magpie", "brass", "velvet", "cactus", "hammer", "pocket", "lantern",
         "pickup", "walnut", "saddle", "guitar", "banjo", "ember", "pepper", "meadow", "rocket", "tundra"]
SEASONS = ["Spring", "Summer", "Autumn", "Winter", "January", "October", "March", "August"]


def human_pw() -> str:
    """A password a person chose: a word or two, a symbol and digits."""
    r = _rng()
    style = r.randint(0, 3)
    if style == 0:
        return r.choice(WORDS) + r.choice("!#$@*&") + r.choice(WORDS) + str(r.randint(10, 999))
    if style == 1:
        return r.choice(SEASONS) + str(r.randint(2016, 2024)) + r.choice("!#$@")
    if style == 2:
        return r.choice(WORDS) + str(r.randint(1, 99)) + r.choice("!#$@*") + r.choice(WORDS).lower()
    return r.choice(WORDS) + r.choice(["Pawn", "Gold", "Loan", "Cash"]) + r.choice("!#$@") + str(r.randint(100, 9999))


def gen_pw(n: int = 20, extra: str = "") -> str:
    """A password a generator chose."""
    return draw(n, ALNUM + extra) if extra else draw(n)


def passphrase() -> str:
    r = _rng()
    return "-".join(r.sample(LOWER, 4)) + str(r.randint(1, 99))


def pem(kind: str, lines: int = 0) -> str:
    label = {"RSA": "RSA PRIVATE KEY", "PKCS8": "PRIVATE KEY", "EC": "EC PRIVATE KEY",
             "OPENSSH": "OPENSSH PRIVATE KEY"}[kind]
    head = {"RSA": "MIIEowIBAAKCAQEA", "PKCS8": "MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQ",
            "EC": "MHcCAQEEI", "OPENSSH": "b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW"
            "QyNTUxOQAAACB"}[kind]
    width = 70 if kind == "OPENSSH" else 64
    count = lines or {"RSA": 25, "PKCS8": 26, "EC": 3, "OPENSSH": 5}[kind]
    r = _rng()
    total = width * (count - 1) + r.randint(16, width - 8)
    body = head + "".join(r.choice(B64) for _ in range(total - len(head) - 1)) + "="
    rows = [body[i:i + width] for i in range(0, len(body), width)]
    return f"-----BEGIN {label}-----\n" + "\n".join(rows) + f"\n-----END {label}-----"


def cert_pem(lines: int = 18) -> str:
    r = _rng()
    body = "MIID" + "".join(r.choice(B64) for _ in range(64 * lines - 4))
    rows = [body[i:i + 64] for i in range(0, len(body), 64)]
    rows[-1] = rows[-1][:40] + "=="
    return "-----BEGIN CERTIFICATE-----\n" + "\n".join(rows) + "\n-----END CERTIFICATE-----"


def bcrypt_hash() -> str:
    return "$2b$12$" + draw(53, BCRYPT)


def ssh_ed25519_pub(comment: str) -> str:
    return "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI" + draw(43, B64) + " " + comment


# Vendor shapes ----------------------------------------------------------------------------------

def stripe_sk() -> str:
    return "sk_live_51" + draw(97)


def stripe_rk() -> str:
    return "rk_live_51" + draw(97)


def stripe_pk() -> str:
    return "pk_live_51" + draw(97)


def whsec() -> str:
    return "whsec_" + draw(32)


def square_token() -> str:
    return "EAAA" + draw(1, "El") + draw(59, URLSAFE)


def paypal_secret() -> str:
    return "E" + draw(79, URLSAFE)


def paypal_client_id() -> str:
    return "A" + draw(79, URLSAFE)


def twilio_sid(prefix: str = "AC") -> str:
    return prefix + hexs(32)


def sendgrid_key() -> str:
    return "SG." + draw(22, URLSAFE) + "." + draw(43, URLSAFE)


def slack_webhook() -> str:
    return ("https://hooks.slack.com/services/T" + draw(8, UPPER_ALNUM) + "/B" + draw(10, UPPER_ALNUM)
            + "/" + draw(24))


def aws_key_id() -> str:
    return "AKIA" + draw(16, string.ascii_uppercase + "234567")


def aws_secret() -> str:
    return draw(40, B64)


def ebay_app_id(name: str) -> str:
    return f"{name}-PRD-{hexs(9)}-{hexs(8)}"


def ebay_cert_id() -> str:
    h = hexs(28)
    return f"PRD-{h[:12]}-{h[12:16]}-{h[16:20]}-{h[20:24]}-{h[24:]}"


def T(template: str, **values: str) -> str:
    """The template's text (its first newline dropped), each @@NAME@@ replaced by its value."""
    text = template[1:] if template.startswith("\n") else template
    for name, value in values.items():
        assert f"@@{name}@@" in text, name
        text = text.replace(f"@@{name}@@", value)
    assert "@@" not in text
    return text


def S(fmt: str, kind: str, file_name: str, text: str, secret: str, source: str) -> None:
    CASES.append(LabelledCase(f"blind-fs/{fmt}/{kind}", file_name, text, secret, source))


def D(fmt: str, kind: str, file_name: str, text: str, source: str) -> None:
    CASES.append(LabelledCase(f"blind-fs/{fmt}/decoy-{kind}", file_name, text, None, source))


def url_pw() -> str:
    """A person's password that stays valid in a URL's userinfo."""
    r = _rng()
    return r.choice(WORDS) + r.choice(["", "-", "_", "!", "."]) + r.choice(LOWER) + str(r.randint(1, 9999))


# ================================================================================================
# Secrets
# ================================================================================================

# --- police reporting -------------------------------------------------------------------------

_pw = human_pw()
S("env", "leadsonline-password", "services/police-upload/.env", T(r"""
# police-upload: nightly buy/pawn transaction feed to LeadsOnline (store 0447, Killeen TX)
NODE_ENV=production
LOG_LEVEL=info
TZ=America/Chicago

STORE_NUMBER=0447
STORE_LICENSE=TX-PB-1188
LEADSONLINE_URL=https://www.leadsonline.com/main/reporting/upload.aspx
LEADSONLINE_USERNAME=pawnexpress0447
LEADSONLINE_PASSWORD=@@PW@@
LEADSONLINE_BATCH_HOUR=23

POS_DB_HOST=10.47.0.10
POS_DB_NAME=pawnpos
POS_DB_USER=report_ro
POS_DB_PASSWORD_FILE=/run/secrets/pos_db_password

PHOTO_DIR=/mnt/itemphotos
MAX_PHOTOS_PER_ITEM=4
""", PW=_pw), _pw, "LeadsOnline reporting: store username and password for the upload service")

_key = pem("OPENSSH")
S("pem", "ssh-private-key", "ops/keys/leadsonline_sftp_ed25519", _key + "\n", _key,
  "OpenSSH ed25519 private key file (ssh-keygen -t ed25519) used for an SFTP transaction drop")

_pw = human_pw()
S("yaml", "aps-password", "aps-reporter/config/production.yml", T(r"""
# Automated Property System (APS) upload for the Minnesota stores.
# Ordinance requires all pawn and secondhand transactions to be reported by end of next business day.
aps:
  endpoint: https://aps.minneapolismn.gov/APSWebService/TransactionUpload.asmx
  license_number: PB-2213
  business_name: "North Loop Pawn & Gold"
  username: nlpawn_upload
  password: "@@PW@@"
  timeout_seconds: 90
  retry:
    attempts: 5
    backoff_seconds: 30

source:
  driver: mssql
  host: nlp-pos01
  database: BravoStore
  trusted_connection: true

photos:
  required_categories: [jewelry, electronics, firearms, tools]
  resize_px: 1280
""", PW=_pw), _pw, "Minnesota Automated Property System (APS) reporting web service credentials")

_pw = gen_pw(16, "!#%")
S("xml", "sql-password", "PawnPOS.Desktop/App.config", T(r"""
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <configSections>
    <section name="log4net" type="log4net.Config.Log4NetConfigurationSectionHandler, log4net" />
  </configSections>
  <startup>
    <supportedRuntime version="v4.0" sku=".NETFramework,Version=v4.8" />
  </startup>
  <connectionStrings>
    <add name="PawnDb"
         connectionString="Data Source=STORE-SRV01\SQLEXPRESS;Initial Catalog=PawnPOS;User ID=pawnapp;Password=@@PW@@;MultipleActiveResultSets=True;Application Name=PawnPOS"
         providerName="System.Data.SqlClient" />
  </connectionStrings>
  <appSettings>
    <add key="StoreNumber" value="12" />
    <add key="ReceiptPrinter" value="EPSON TM-T88V Receipt" />
    <add key="TagPrinter" value="ZDesigner GK420t" />
    <add key="DefaultLoanTermDays" value="30" />
    <add key="GracePeriodDays" value="60" />
    <add key="MonthlyFinanceChargePct" value="20" />
  </appSettings>
  <log4net>
    <appender name="File" type="log4net.Appender.RollingFileAppender">
      <file value="C:\ProgramData\PawnPOS\logs\pos.log" />
      <maximumFileSize value="10MB" />
    </appender>
    <root><level value="INFO" /><appender-ref ref="File" /></root>
  </log4net>
</configuration>
""", PW=_pw), _pw, "ADO.NET SqlClient connection string keywords (Microsoft docs) in App.config")

_pw = human_pw()
S("xml", "smtp-password", "LoanReminders.Web/Web.config", T(r"""
<?xml version="1.0"?>
<configuration>
  <appSettings>
    <add key="ReminderDaysBeforeDue" value="7,3,1" />
    <add key="ForfeitNoticeDays" value="10" />
    <add key="ShopPhone" value="(210) 555-0147" />
  </appSettings>
  <system.net>
    <mailSettings>
      <smtp from="loans@alamocitypawn.com" deliveryMethod="Network">
        <network host="smtp.office365.com" port="587" enableSsl="true"
                 userName="loans@alamocitypawn.com" password="@@PW@@" defaultCredentials="false" />
      </smtp>
    </mailSettings>
  </system.net>
  <system.web>
    <compilation debug="false" targetFramework="4.7.2" />
    <httpRuntime targetFramework="4.7.2" />
    <customErrors mode="RemoteOnly" />
  </system.web>
</configuration>
""", PW=_pw), _pw, "System.Net mailSettings smtp network element (Microsoft docs)")

_pw = human_pw()
S("ini", "database-password", "installs/store07/PawnMaster.ini", T(r"""
; PawnMaster workstation settings - Store 07 (Beaumont)
; Copied from the install CD template, edited by Ray 2019-08-14

[General]
StoreNo=07
StoreName=Gulf Coast Pawn #7
TaxRate=8.25
LoanPeriod=30

[Database]
Provider=SQLOLEDB
Server=GCP07-SERVER
Database=PawnMaster
UserID=pmuser
Password=@@PW@@
Timeout=30

[Printers]
Tickets=\\GCP07-SERVER\PawnTickets
Labels=DYMO LabelWriter 450

[Reporting]
Agency=Beaumont PD
Method=LeadsOnline
""", PW=_pw), _pw, "Windows INI settings of a pawn point-of-sale workstation (SQL Server OLE DB login)")

_pw = gen_pw(14)
S("powershell", "sftp-password", "scripts/Export-PoliceReport.ps1", T(r"""
<#
  Nightly export of buy/pawn tickets to the county sheriff's SFTP drop.
  Scheduled task: \PawnOps\PoliceExport, 23:30 daily, runs as svc_pawnops
#>
param(
    [string]$StoreId = "14",
    [string]$OutDir  = "D:\Exports\Police"
)

Add-Type -Path "C:\Program Files (x86)\WinSCP\WinSCPnet.dll"

$stamp = Get-Date -Format "yyyyMMdd"
$file  = Join-Path $OutDir "store$($StoreId)_$stamp.csv"

Invoke-Sqlcmd -ServerInstance "POS-SQL01" -Database "PawnPOS" `
    -Query "EXEC dbo.usp_PoliceExport @StoreId = $StoreId, @Day = '$stamp'" |
    Export-Csv -Path $file -NoTypeInformation

$sessionOptions = New-Object WinSCP.SessionOptions -Property @{
    Protocol = [WinSCP.Protocol]::Sftp
    HostName = "sftp.hcso-pawn.org"
    UserName = "pawn_store$StoreId"
    Password = "@@PW@@"
    SshHostKeyFingerprint = "ssh-ed25519 255 qQ3t2D8uN0Qx7hFZ2bW1cVv9kYxN8sQp4mLr6T0aJc4"
}

$session = New-Object WinSCP.Session
try {
    $session.Open($sessionOptions)
    $result = $session.PutFiles($file, "/incoming/", $False)
    $result.Check()
    Write-Host "Uploaded $file"
}
finally {
    $session.Dispose()
}
""", PW=_pw), _pw, "WinSCP .NET assembly SessionOptions (winscp.net docs)")

_pw = url_pw()
S("shell", "basic-auth-password", "bin/push-bwi-rapid.sh", T(r"""
#!/usr/bin/env bash
# Push the day's secondhand transactions to BWI RAPID (Canada).
set -euo pipefail

DAY="${1:-$(date -d yesterday +%F)}"
OUT="/var/spool/rapid/rapid_${DAY}.xml"

python3 /opt/rapid/export.py --day "$DAY" --out "$OUT"

curl --fail --silent --show-error \
  -u "cashconverters_ott04:@@PW@@" \
  -H "Content-Type: application/xml" \
  --data-binary @"$OUT" \
  https://rapid.bwireporting.com/api/v1/transactions

logger -t rapid "uploaded $OUT"
""", PW=_pw), _pw, "curl --user for HTTP Basic auth (curl manual); BWI RAPID secondhand reporting")

# --- payments / layaway -----------------------------------------------------------------------

_key = stripe_sk()
S("python", "stripe-secret-key", "layaway/payments/stripe_client.py", T(r'''
"""Layaway installments: charge the saved card when a payment is due."""
import logging
from decimal import Decimal

import stripe

log = logging.getLogger(__name__)

stripe.api_key = "@@KEY@@"
stripe.max_network_retries = 2


def charge_installment(customer_id: str, payment_method: str, amount: Decimal, ticket_no: str) -> str:
    intent = stripe.PaymentIntent.create(
        amount=int(amount * 100),
        currency="usd",
        customer=customer_id,
        payment_method=payment_method,
        off_session=True,
        confirm=True,
        description=f"Layaway {ticket_no}",
        metadata={"ticket": ticket_no},
    )
    log.info("layaway %s charged %s (%s)", ticket_no, amount, intent.id)
    return intent.id
''', KEY=_key), _key, "Stripe API keys, sk_live_ secret keys (stripe.com/docs/keys)")

_key = square_token()
S("js", "square-access-token", "pos-bridge/src/square.js", T(r"""
const { Client, Environment } = require('square');
const crypto = require('crypto');

// Production access token for the "Pawn Bridge" app (Seller: Big Country Pawn)
const client = new Client({
  environment: Environment.Production,
  accessToken: '@@KEY@@',
});

const LOCATION_ID = 'L8Q7WZK2YB3VD';

async function chargeLoanPayment(sourceId, cents, ticket) {
  const { result } = await client.paymentsApi.createPayment({
    sourceId,
    idempotencyKey: crypto.randomUUID(),
    amountMoney: { amount: BigInt(cents), currency: 'USD' },
    locationId: LOCATION_ID,
    referenceId: `LOAN-${ticket}`,
    note: `Pawn loan payment ${ticket}`,
  });
  return result.payment;
}

module.exports = { chargeLoanPayment };
""", KEY=_key), _key, "Square Node.js SDK Client accessToken (developer.squareup.com)")

_login, _key = draw(10), draw(16)
S("php", "authorize-net-key", "app/Config/Payment.php", T(r"""
<?php

namespace App\Config;

/**
 * Card-not-present payments for online layaway and loan extensions.
 */
class Payment
{
    public const GATEWAY = 'authorizenet';

    public const SANDBOX = false;

    public const API_LOGIN_ID = '@@LOGIN@@';

    public const TRANSACTION_KEY = '@@KEY@@';

    public const ENDPOINT = 'https://api.authorize.net/xml/v1/request.api';

    public const DESCRIPTOR = 'LONESTAR PAWN';

    public static function merchantAuthentication(): array
    {
        return ['name' => self::API_LOGIN_ID, 'transactionKey' => self::TRANSACTION_KEY];
    }
}
""", LOGIN=_login, KEY=_key), _key, "Authorize.Net API Login ID and Transaction Key (developer.authorize.net)")

_key = hexs(32)
S("ruby", "braintree-private-key", "config/initializers/braintree.rb", T(r"""
# Braintree gateway for online loan payments and buy-it-now checkout
Braintree::Configuration.environment = :production
Braintree::Configuration.merchant_id = "q9x4k2m7hvn3zr8t"
Braintree::Configuration.public_key  = "wd7yq3f8c5gk2b9j"
Braintree::Configuration.private_key = "@@KEY@@"
Braintree::Configuration.logger      = Rails.logger

BRAINTREE_MERCHANT_ACCOUNT = "pawnhubUSD"
""", KEY=_key), _key, "Braintree Ruby SDK configuration: merchant_id, public_key, private_key")

_cid, _key = paypal_client_id(), paypal_secret()
S("go", "paypal-client-secret", "internal/paypal/client.go", T(r"""
package paypal

import (
	"context"
	"net/http"
	"net/url"
	"strings"
	"time"
)

const (
	apiBase      = "https://api-m.paypal.com"
	clientID     = "@@CID@@"
	clientSecret = "@@KEY@@"
)

type Client struct {
	http  *http.Client
	token string
	exp   time.Time
}

func New() *Client { return &Client{http: &http.Client{Timeout: 20 * time.Second}} }

func (c *Client) accessToken(ctx context.Context) (*http.Response, error) {
	form := url.Values{"grant_type": {"client_credentials"}}
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, apiBase+"/v1/oauth2/token", strings.NewReader(form.Encode()))
	if err != nil {
		return nil, err
	}
	req.SetBasicAuth(clientID, clientSecret)
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	return c.http.Do(req)
}
""", CID=_cid, KEY=_key), _key, "PayPal REST OAuth 2.0 client credentials (developer.paypal.com/api/rest/authentication)")

# --- marketplaces -----------------------------------------------------------------------------

_key = "shpat_" + hexs(32)
S("ts", "shopify-admin-token", "apps/storefront-sync/src/shopify.ts", T(r"""
import '@shopify/shopify-api/adapters/node';
import { shopifyApi, ApiVersion, Session } from '@shopify/shopify-api';

const SHOP = 'texas-gold-and-pawn.myshopify.com';

export const shopify = shopifyApi({
  apiSecretKey: process.env.SHOPIFY_API_SECRET ?? '',
  apiVersion: ApiVersion.January24,
  isCustomStoreApp: true,
  adminApiAccessToken: '@@KEY@@',
  isEmbeddedApp: false,
  hostName: 'sync.texasgoldpawn.com',
});

export function adminSession(): Session {
  return shopify.session.customAppSession(SHOP);
}

export async function publishItem(sku: string, title: string, price: string, qty: number) {
  const client = new shopify.clients.Rest({ session: adminSession() });
  return client.post({
    path: 'products',
    data: { product: { title, vendor: 'Texas Gold & Pawn', variants: [{ sku, price, inventory_quantity: qty }] } },
  });
}
""", KEY=_key), _key, "Shopify custom app Admin API access token shpat_ (shopify.dev)")

_ck, _cs = "ck_" + hexs(40), "cs_" + hexs(40)
S("json", "woocommerce-secret", "wp-sync/config/woocommerce.json", T(r"""
{
  "store_url": "https://shop.riverbendpawn.com",
  "api": {
    "version": "wc/v3",
    "consumer_key": "@@CK@@",
    "consumer_secret": "@@CS@@",
    "query_string_auth": false,
    "timeout": 30
  },
  "sync": {
    "categories": ["Jewelry", "Guitars", "Power Tools", "Game Consoles"],
    "min_price": 25,
    "hold_days_before_listing": 30,
    "watermark": "assets/watermark.png"
  }
}
""", CK=_ck, CS=_cs), _cs, "WooCommerce REST API keys ck_/cs_ (woocommerce.github.io/woocommerce-rest-api-docs)")

_app, _cert, _dev = ebay_app_id("Riverben-Listing"), ebay_cert_id(), uuid4()
S("yaml", "ebay-cert-id", "listing-bot/ebay.yaml", T(r"""
# ebaysdk config - production keyset "Listing Bot"
name: ebay_api_config

api.ebay.com:
    compatability: 1183
    appid: @@APP@@
    certid: @@CERT@@
    devid: @@DEV@@
    siteid: 0

open.api.ebay.com:
    appid: @@APP@@
    version: 1.0.0

svcs.ebay.com:
    appid: @@APP@@
    version: 1.0.0
""", APP=_app, CERT=_cert, DEV=_dev), _cert, "ebaysdk-python ebay.yaml (appid, certid, devid); eBay keyset Cert ID")

_r = _rng()
_tok = ("AgAAAA**AQAAAA**aAAAAA**" + draw(8, B64) + "**" + draw(28, B64) + "**"
        + draw(_r.randint(560, 640), B64) + "+" + draw(_r.randint(180, 240), B64))
S("python", "ebay-auth-token", "tools/ebay-relister/relist.py", T(r'''
#!/usr/bin/env python3
"""Relist unsold pawn forfeits on eBay (Trading API, Auth'n'Auth user token)."""
import csv
import sys

from ebaysdk.trading import Connection as Trading

EBAY_TOKEN = "@@TOK@@"

api = Trading(domain="api.ebay.com", token=EBAY_TOKEN, config_file=None, siteid="0", warnings=True)


def relist(item_id: str) -> str:
    resp = api.execute("RelistFixedPriceItem", {"Item": {"ItemID": item_id}})
    return resp.reply.ItemID


if __name__ == "__main__":
    with open(sys.argv[1], newline="") as fh:
        for row in csv.DictReader(fh):
            print(row["item_id"], "->", relist(row["item_id"]))
''', TOK=_tok), _tok, "eBay Trading API Auth'n'Auth user token (developer.ebay.com), ebaysdk-python")

_cid, _key = "amzn1.application-oa2-client." + hexs(32), "amzn1.oa2-cs.v1." + hexs(64)
S("json", "amazon-lwa-secret", "spapi/credentials.json", T(r"""
{
  "marketplace": "ATVPDKIKX0DER",
  "seller_id": "A2K9QZ7MXW3B1E",
  "lwa_app_id": "@@CID@@",
  "lwa_client_secret": "@@KEY@@",
  "role_arn": "arn:aws:iam::418273650912:role/spapi-pawnhub",
  "region": "us-east-1",
  "endpoint": "https://sellingpartnerapi-na.amazon.com"
}
""", CID=_cid, KEY=_key), _key, "Amazon Selling Partner API Login with Amazon client secret amzn1.oa2-cs.v1.")

_tok = "Atzr|IwEBI" + draw(_rng().randint(330, 380), URLSAFE)
S("python", "amazon-refresh-token", "amazon_sync/settings.py", T(r'''
"""Settings for the Amazon listing sync (python-amazon-sp-api)."""
import os

from sp_api.base import Marketplaces

MARKETPLACE = Marketplaces.US
SELLER_SKU_PREFIX = "PH-"

CREDENTIALS = dict(
    refresh_token="@@TOK@@",
    lwa_app_id=os.environ["LWA_APP_ID"],
    lwa_client_secret=os.environ["LWA_CLIENT_SECRET"],
)

CONDITION_MAP = {
    "A": "used_like_new",
    "B": "used_very_good",
    "C": "used_good",
    "D": "used_acceptable",
}
''', TOK=_tok), _tok, "python-amazon-sp-api credentials; Login with Amazon refresh token Atzr|")

_key = hexs(64)
S("kotlin", "reverb-token", "android/app/src/main/java/com/cityguitarpawn/reverb/ReverbApi.kt", T(r"""
package com.cityguitarpawn.reverb

import okhttp3.Interceptor
import okhttp3.OkHttpClient
import retrofit2.Retrofit
import retrofit2.converter.moshi.MoshiConverterFactory

object ReverbApi {
    private const val BASE_URL = "https://api.reverb.com/api/"
    private const val TOKEN = "@@KEY@@"

    private val auth = Interceptor { chain ->
        chain.proceed(
            chain.request().newBuilder()
                .header("Authorization", "Bearer $TOKEN")
                .header("Accept-Version", "3.0")
                .header("Content-Type", "application/hal+json")
                .build()
        )
    }

    val service: ReverbService = Retrofit.Builder()
        .baseUrl(BASE_URL)
        .client(OkHttpClient.Builder().addInterceptor(auth).build())
        .addConverterFactory(MoshiConverterFactory.create())
        .build()
        .create(ReverbService::class.java)
}
""", KEY=_key), _key, "Reverb API personal access token, Bearer auth (reverb.com/page/api)")

_tokid, _key = uuid4(), draw(32)
S("swift", "jumio-api-secret", "ios/IntakeApp/Config/JumioConfig.swift", T(r"""
//
//  JumioConfig.swift
//  IntakeApp
//
//  ID verification at the counter before a pawn or buy ticket is written.
//

import Foundation

enum JumioConfig {
    static let datacenter = "amer-1"
    static let apiToken = "@@TOKID@@"
    static let apiSecret = "@@KEY@@"
    static let workflowKey = 10013
    static let userAgent = "DesertPawn IntakeApp/2.4 (ios)"

    static var basicAuth: String {
        let raw = "\(apiToken):\(apiSecret)"
        return "Basic " + Data(raw.utf8).base64EncodedString()
    }
}
""", TOKID=_tokid, KEY=_key), _key, "Jumio API token and secret, HTTP Basic (docs.jumio.com)")

_kid, _key = aws_key_id(), aws_secret()
S("terraform", "aws-secret-key", "infra/backup/main.tf", T(r"""
terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
}

provider "aws" {
  region     = "us-east-2"
  access_key = "@@KID@@"
  secret_key = "@@KEY@@"
}

resource "aws_s3_bucket" "footage" {
  bucket = "buckeye-pawn-nvr-archive"
}

resource "aws_s3_bucket_lifecycle_configuration" "footage" {
  bucket = aws_s3_bucket.footage.id

  rule {
    id     = "expire-90-days"
    status = "Enabled"
    expiration {
      days = 90
    }
  }
}
""", KID=_kid, KEY=_key), _key, "Terraform AWS provider static credentials (registry.terraform.io/providers/hashicorp/aws)")

_hook = slack_webhook()
S("github-actions", "slack-webhook", ".github/workflows/nightly-report.yml", T(r"""
name: nightly-police-report

on:
  schedule:
    - cron: "30 5 * * *"
  workflow_dispatch:

jobs:
  report:
    runs-on: [self-hosted, store-lan]
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-python@v5
        with:
          python-version: "3.11"
      - run: pip install -r requirements.txt
      - name: Export and upload
        run: python -m police_report.upload --all-stores
        env:
          LEADS_PASSWORD: ${{ secrets.LEADS_PASSWORD }}
      - name: Tell the ops channel
        if: failure()
        run: |
          curl -X POST -H 'Content-type: application/json' \
            --data '{"text":"Nightly police upload FAILED - check run ${{ github.run_id }}"}' \
            @@HOOK@@
""", HOOK=_hook), _hook, "Slack incoming webhooks (api.slack.com/messaging/webhooks)")

_pw = gen_pw(18)
S("gitlab-ci", "database-password", ".gitlab-ci.yml", T(r"""
stages:
  - test
  - migrate
  - deploy

variables:
  POSTGRES_DB: pawnledger
  POSTGRES_USER: ledger
  PROD_DATABASE_URL: "postgres://ledger_admin:@@PW@@@ledger-prod.c9xk2m1z.us-east-1.rds.amazonaws.com:5432/pawnledger"

test:
  stage: test
  image: python:3.12
  services:
    - postgres:16
  script:
    - pip install -r requirements-dev.txt
    - pytest -q

migrate:
  stage: migrate
  image: python:3.12
  script:
    - pip install -r requirements.txt
    - DATABASE_URL="$PROD_DATABASE_URL" alembic upgrade head
  only:
    - main

deploy:
  stage: deploy
  script:
    - ./deploy/release.sh
  only:
    - main
""", PW=_pw), _pw, "GitLab CI/CD variables keyword (docs.gitlab.com/ee/ci/yaml); PostgreSQL connection URI")

_key = "goldapi-" + draw(16, LOWER_ALNUM) + "-io"
S("dockerfile", "goldapi-key", "docker/price-feed/Dockerfile", T(r"""
FROM python:3.12-slim

LABEL maintainer="it@goldenrulepawn.com" \
      description="Spot price feed for the buy counter (XAU/XAG/XPT) -> Redis"

RUN apt-get update \
 && apt-get install -y --no-install-recommends tzdata \
 && rm -rf /var/lib/apt/lists/*

WORKDIR /app
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt
COPY price_feed/ ./price_feed/

ENV TZ=America/Phoenix \
    GOLDAPI_URL=https://www.goldapi.io/api \
    GOLDAPI_KEY=@@KEY@@ \
    REDIS_URL=redis://redis:6379/2 \
    POLL_SECONDS=300

USER 1000
CMD ["python", "-m", "price_feed"]
""", KEY=_key), _key, "GoldAPI.io x-access-token API key (goldapi.io dashboard); Dockerfile ENV")

_pw = gen_pw(24)
S("compose", "postgres-password", "deploy/docker-compose.yml", T(r"""
services:
  db:
    image: postgres:16-alpine
    restart: unless-stopped
    environment:
      POSTGRES_DB: pawnhub
      POSTGRES_USER: pawnhub
      POSTGRES_PASSWORD: @@PW@@
    volumes:
      - pgdata:/var/lib/postgresql/data

  api:
    image: registry.gitlab.com/pawnhub/api:2.8.1
    depends_on: [db]
    environment:
      DATABASE_URL: postgres://pawnhub@db:5432/pawnhub
      DATABASE_PASSWORD_FILE: /run/secrets/db_password
      TZ: America/New_York
    ports:
      - "8080:8080"

  worker:
    image: registry.gitlab.com/pawnhub/api:2.8.1
    command: ["celery", "-A", "pawnhub", "worker", "-l", "info"]
    depends_on: [db]

volumes:
  pgdata:
""", PW=_pw), _pw, "Docker official postgres image POSTGRES_PASSWORD (hub.docker.com/_/postgres)")

_pw = human_pw()
S("k8s-secret", "leadsonline-password", "k8s/police-upload/secret.yaml", T(r"""
apiVersion: v1
kind: Secret
metadata:
  name: leadsonline-credentials
  namespace: police-upload
  labels:
    app.kubernetes.io/name: police-upload
type: Opaque
data:
  username: @@USER@@
  password: @@PW@@
  store-id: @@STORE@@
""", USER=b64("gulfcoastpawn_hq"), PW=b64(_pw), STORE=b64("88213")), _pw,
  "Kubernetes Secret data values are base64 (kubernetes.io/docs/concepts/configuration/secret)")

_sid, _tok = twilio_sid(), hexs(32)
S("helm", "twilio-auth-token", "charts/loan-reminders/values-prod.yaml", T(r"""
replicaCount: 2

image:
  repository: ghcr.io/firstcashcounter/loan-reminders
  tag: "1.14.0"

schedule: "0 15 * * *"

reminders:
  daysBeforeDue: [7, 3, 1]
  forfeitNoticeDays: 10
  quietHours: "21:00-09:00"

twilio:
  accountSid: @@SID@@
  authToken: @@TOK@@
  messagingServiceSid: MG5c1e0b8d74f2a9e3c6b18d0f27a4e9c1
  statusCallback: https://reminders.pawnops.net/twilio/status

resources:
  requests:
    cpu: 50m
    memory: 128Mi
  limits:
    memory: 256Mi
""", SID=_sid, TOK=_tok), _tok, "Twilio Account SID and Auth Token (twilio.com/docs/iam/credentials/api)")

_pw = human_pw()
S("ansible", "nvr-password", "ansible/group_vars/stores.yml", T(r"""
---
# Per-store defaults. Override in host_vars/<store>.yml
timezone: America/Chicago
ntp_servers:
  - 0.us.pool.ntp.org
  - 1.us.pool.ntp.org

pos_server_share: '\\{{ inventory_hostname }}\PawnData'

nvr:
  vendor: hikvision
  model: DS-7716NI-I4
  http_port: 80
  rtsp_port: 554
  admin_user: admin
  admin_password: "@@PW@@"
  retention_days: 45

cameras_per_store: 16
alarm_panel: dsc-neo
""", PW=_pw), _pw, "Ansible group_vars YAML (docs.ansible.com); Hikvision NVR admin account")

_key = hexs(32)
S("notebook", "metals-api-key", "notebooks/gold_margin_analysis.ipynb", T(r"""
{
 "cells": [
  {
   "cell_type": "markdown",
   "metadata": {},
   "source": ["# Gold buy margin vs. spot, Q3\n", "Compare what we paid per gram (14k/18k) against the daily London fix."]
  },
  {
   "cell_type": "code",
   "execution_count": 2,
   "metadata": {},
   "outputs": [],
   "source": [
    "import pandas as pd\n",
    "import requests\n",
    "\n",
    "METALS_API_KEY = \"@@KEY@@\"\n",
    "resp = requests.get(\"https://metals-api.com/api/timeseries\",\n",
    "                    params={\"access_key\": METALS_API_KEY, \"base\": \"USD\", \"symbols\": \"XAU\",\n",
    "                            \"start_date\": \"2023-07-01\", \"end_date\": \"2023-09-30\"})\n",
    "spot = pd.DataFrame(resp.json()[\"rates\"]).T"
   ]
  },
  {
   "cell_type": "code",
   "execution_count": 3,
   "metadata": {},
   "outputs": [],
   "source": [
    "buys = pd.read_csv(\"exports/gold_buys_q3.csv\", parse_dates=[\"ticket_date\"])\n",
    "buys[\"paid_per_g\"] = buys.amount_paid / buys.grams\n",
    "buys.groupby(\"karat\").paid_per_g.describe()"
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
""", KEY=_key), _key, "Metals-API access_key query parameter (metals-api.com/documentation); Jupyter nbformat 4")

_pw = human_pw()
S("markdown", "nvr-password", "docs/runbooks/camera-nvr.md", T(r"""
# Runbook: store cameras and NVR

Every store has one Dahua NVR5216 in the back office rack and 12-16 cameras on the PoE switch.

## Access

| Store | NVR address | Web UI |
|-------|-------------|--------|
| 03 Waco | 10.3.0.20 | http://10.3.0.20 |
| 05 Temple | 10.5.0.20 | http://10.5.0.20 |
| 09 Killeen | 10.9.0.20 | http://10.9.0.20 |

Login for all NVRs: `admin` / `@@PW@@`
(yes, the same everywhere - ticket OPS-311 to split them up)

## Pulling footage for a police request

1. Get the case number and the ticket number from the detective.
2. In the NVR UI go to **Playback**, pick the counter camera (ch 1 and 2) and the time range.
3. Export as `.dav` **and** `.mp4`; police want the mp4, the .dav keeps the watermark.
4. Copy to the encrypted USB stick, log it in the evidence sheet.

## Disk full alarms

Retention is 30 days. If the NVR shows "HDD full", check that overwrite is enabled under
Storage > Schedule. Do not format disks without asking Mike.
""", PW=_pw), _pw, "Dahua NVR web UI login; an operations runbook in Markdown")

_pw = gen_pw(12, "!@#")
S("shell-history", "mysql-password", "ops-notes/store22/.bash_history", T(r"""
cd /opt/pawnshop
ls -la
tail -n 200 logs/app.log
systemctl status pawnshop
sudo systemctl restart pawnshop
mysql -u pawnadmin -p'@@PW@@' -h 127.0.0.1 pawnshop -e "select count(*) from loans where status='open'"
mysqldump --single-transaction pawnshop > /tmp/pawnshop_$(date +%F).sql
ls -lh /tmp/*.sql
scp /tmp/pawnshop_2024-02-11.sql backup@10.22.0.5:/srv/backups/
df -h
exit
""", PW=_pw), _pw, "mysql client -p option with the password attached (dev.mysql.com/doc/refman/8.0/en/mysql-command-options.html)")

_pw = human_pw()
S("sql", "sql-login-password", "db/migrations/0042_reporting_login.sql", T(r"""
-- 0042: read-only login for the police export job and the Power BI gateway
USE [master];
GO
IF NOT EXISTS (SELECT 1 FROM sys.server_principals WHERE name = N'rpt_export')
    CREATE LOGIN [rpt_export] WITH PASSWORD = N'@@PW@@',
        DEFAULT_DATABASE = [PawnPOS], CHECK_POLICY = ON, CHECK_EXPIRATION = OFF;
GO

USE [PawnPOS];
GO
IF NOT EXISTS (SELECT 1 FROM sys.database_principals WHERE name = N'rpt_export')
    CREATE USER [rpt_export] FOR LOGIN [rpt_export];
GO
ALTER ROLE [db_datareader] ADD MEMBER [rpt_export];
GRANT EXECUTE ON OBJECT::dbo.usp_PoliceExport TO [rpt_export];
GO
""", PW=_pw), _pw, "T-SQL CREATE LOGIN ... WITH PASSWORD (learn.microsoft.com)")

_pw = human_pw()
S("r", "database-password", "analysis/loan_default_model.R", T(r"""
# Which pawn loans go to forfeit? Logistic model on 2021-2023 tickets.
library(DBI)
library(odbc)
library(dplyr)

con <- dbConnect(odbc::odbc(),
                 Driver   = "ODBC Driver 18 for SQL Server",
                 Server   = "hq-sql02.pawnco.local",
                 Database = "PawnWarehouse",
                 UID      = "analyst_kim",
                 PWD      = "@@PW@@",
                 TrustServerCertificate = "yes")

loans <- dbGetQuery(con, "
  SELECT ticket_no, category, principal, appraised_value, term_days,
         customer_prior_loans, customer_prior_forfeits, forfeited
  FROM dbo.vw_LoanOutcomes
  WHERE loan_date >= '2021-01-01'")

loans <- loans %>%
  mutate(ltv = principal / appraised_value,
         repeat_customer = customer_prior_loans > 0)

fit <- glm(forfeited ~ ltv + category + repeat_customer + customer_prior_forfeits,
           data = loans, family = binomial())
summary(fit)

dbDisconnect(con)
""", PW=_pw), _pw, "R DBI/odbc dbConnect arguments UID and PWD (solutions.posit.co/connections/db)")

_pw = gen_pw(20)
S("properties", "datasource-password", "inventory-service/src/main/resources/application-prod.properties", T(r"""
server.port=8443
server.ssl.enabled=true
server.ssl.key-store=classpath:keystore/inventory.p12
server.ssl.key-store-type=PKCS12
server.ssl.key-store-password=${KEYSTORE_PASSWORD}

spring.datasource.url=jdbc:postgresql://inv-db.internal:5432/inventory
spring.datasource.username=inventory_svc
spring.datasource.password=@@PW@@
spring.datasource.hikari.maximum-pool-size=12

spring.jpa.hibernate.ddl-auto=validate
spring.jpa.open-in-view=false

inventory.hold-period-days=30
inventory.photo-bucket=pawn-item-photos
management.endpoints.web.exposure.include=health,info
""", PW=_pw), _pw, "Spring Boot common application properties spring.datasource.password (docs.spring.io)")

_key = sendgrid_key()
S("toml", "sendgrid-key", "config/mailer.toml", T(r"""
# Mailer for loan due notices, layaway receipts and forfeit letters
[mailer]
provider = "sendgrid"
from_address = "notices@cashamericapawn-ops.com"
from_name = "Cash Counter Pawn"
reply_to = "store-help@cashamericapawn-ops.com"

[mailer.sendgrid]
api_key = "@@KEY@@"
sandbox_mode = false
template_due_notice = "d-4b7c1e92a0f34d6b8e5f9a1c2d3e4f50"
template_forfeit = "d-9e8d7c6b5a4f4e3d2c1b0a9f8e7d6c5b"

[mailer.limits]
per_minute = 120
""", KEY=_key), _key, "SendGrid API keys SG.xxx.yyy (docs.sendgrid.com/ui/account-and-settings/api-keys)")

_pw = url_pw()
S("frigate", "rtsp-password", "frigate/config.yml", T(r"""
mqtt:
  host: 10.8.0.5
  user: frigate
  password: "{FRIGATE_MQTT_PASSWORD}"

detectors:
  coral:
    type: edgetpu
    device: usb

cameras:
  front_counter:
    ffmpeg:
      inputs:
        - path: rtsp://viewer:@@PW@@@10.8.0.31:554/Streaming/Channels/101
          roles: [detect, record]
    detect:
      width: 1280
      height: 720
  jewelry_case:
    ffmpeg:
      inputs:
        - path: rtsp://viewer:@@PW@@@10.8.0.32:554/Streaming/Channels/101
          roles: [detect, record]

record:
  enabled: true
  retain:
    days: 30
    mode: motion

objects:
  track: [person]
""", PW=_pw), _pw, "Frigate NVR camera ffmpeg inputs (docs.frigate.video/configuration/cameras); Hikvision RTSP URL")

_auth = b64("storeproxy:" + gen_pw(16))
S("nginx", "basic-auth-header", "nginx/conf.d/leads-proxy.conf", T(r"""
# Stores post transactions to this proxy; it adds the county's credentials and forwards.
upstream county_pawn_api {
    server pawnreports.bexar.example.gov:443;
    keepalive 8;
}

server {
    listen 8443 ssl;
    server_name leads-proxy.pawnops.internal;

    ssl_certificate     /etc/nginx/certs/leads-proxy.crt;
    ssl_certificate_key /etc/nginx/certs/leads-proxy.key;

    allow 10.0.0.0/8;
    deny all;

    location /api/ {
        proxy_pass https://county_pawn_api/api/;
        proxy_set_header Host pawnreports.bexar.example.gov;
        proxy_set_header Authorization "Basic @@AUTH@@";
        proxy_ssl_server_name on;
        proxy_read_timeout 120s;
    }
}
""", AUTH=_auth), _auth, "nginx proxy_set_header (nginx.org/en/docs/http/ngx_http_proxy_module.html); RFC 7617 Basic")

_pw = human_pw()
S("shell", "hikvision-password", "scripts/hik_snapshot.sh", T(r"""
#!/bin/sh
# Grab a still from every counter camera when a gold buy is over $1,000 (called by the POS hook).
# usage: hik_snapshot.sh <ticket_no>
TICKET="$1"
DEST="/srv/evidence/$(date +%Y/%m/%d)/$TICKET"
mkdir -p "$DEST"

NVR=10.12.0.20
USER=admin
PASS='@@PW@@'

for ch in 101 201 301; do
  curl -s --digest -u "$USER:$PASS" \
    "http://$NVR/ISAPI/Streaming/channels/$ch/picture" \
    -o "$DEST/ch${ch}.jpg"
done

echo "$(date -Is) $TICKET snapshots saved" >> /var/log/hik_snapshot.log
""", PW=_pw), _pw, "Hikvision ISAPI /ISAPI/Streaming/channels/<id>/picture with HTTP Digest (Hikvision ISAPI guide)")

_key = "vkd_api_" + hexs(32)
S("python", "verkada-api-key", "tools/verkada_export.py", T(r'''
"""Request a Verkada footage export for a police case (counter cams, one hour around the ticket)."""
import datetime as dt
import sys

import requests

API = "https://api.verkada.com"
API_KEY = "@@KEY@@"
COUNTER_CAMERAS = ["c1b7e0f2-5a3d-4c1e-9b8a-2f6d4e1a7c90", "7e2d9a41-0c8b-4f3e-a6d5-1b9c8e7f2a30"]


def api_token() -> str:
    resp = requests.post(f"{API}/token", headers={"x-api-key": API_KEY}, timeout=15)
    resp.raise_for_status()
    return resp.json()["token"]


def export(camera_id: str, start: dt.datetime, token: str) -> dict:
    params = {"camera_id": camera_id, "start_time": int(start.timestamp()),
              "end_time": int((start + dt.timedelta(hours=1)).timestamp())}
    resp = requests.get(f"{API}/cameras/v1/footage/stream", params=params,
                        headers={"x-verkada-auth": token}, timeout=30)
    resp.raise_for_status()
    return resp.json()


if __name__ == "__main__":
    when = dt.datetime.fromisoformat(sys.argv[1])
    token = api_token()
    for cam in COUNTER_CAMERAS:
        print(cam, export(cam, when - dt.timedelta(minutes=30), token))
''', KEY=_key), _key, "Verkada API keys and short-lived tokens (apidocs.verkada.com)")

_pw = human_pw()
S("vb", "sql-password", "Legacy/PawnTrak/modDatabase.vb", T(r"""
Imports System.Data.SqlClient

Module modDatabase
    ' PawnTrak 4.x - shared connection for all forms
    Private Const CONN_STR As String = "Server=PTSERVER;Database=PawnTrak;User Id=ptadmin;Password=@@PW@@;"

    Public Function GetConnection() As SqlConnection
        Dim cn As New SqlConnection(CONN_STR)
        cn.Open()
        Return cn
    End Function

    Public Function OpenLoanCount(ByVal customerId As Integer) As Integer
        Using cn As SqlConnection = GetConnection()
            Using cmd As New SqlCommand("SELECT COUNT(*) FROM Loans WHERE CustomerID = @id AND Status = 'O'", cn)
                cmd.Parameters.AddWithValue("@id", customerId)
                Return CInt(cmd.ExecuteScalar())
            End Using
        End Using
    End Function
End Module
""", PW=_pw), _pw, "VB.NET SqlConnection connection string (learn.microsoft.com)")

_pw = human_pw()
S("vba", "odbc-password", "access/LoanLedger_modConnect.bas", T(r"""
Attribute VB_Name = "modConnect"
Option Compare Database
Option Explicit

' Relinks the Access front end to the SQL Server back end at every start-up.
Public Const SQL_SERVER As String = "LEDGER-SQL\SQLEXPRESS"
Public Const SQL_DB As String = "LoanLedger"

Public Function ConnString() As String
    ConnString = "ODBC;DRIVER={ODBC Driver 17 for SQL Server};SERVER=" & SQL_SERVER & _
                 ";DATABASE=" & SQL_DB & ";UID=ledger_fe;PWD=@@PW@@;"
End Function

Public Sub RelinkTables()
    Dim db As DAO.Database
    Dim tdf As DAO.TableDef
    Set db = CurrentDb
    For Each tdf In db.TableDefs
        If Len(tdf.Connect) > 0 Then
            tdf.Connect = ConnString()
            tdf.RefreshLink
        End If
    Next tdf
End Sub
""", PW=_pw), _pw, "Access DAO TableDef.Connect ODBC string (learn.microsoft.com/office/vba)")

_pw = human_pw()
S("delphi", "ado-password", "src/DataModule.dfm", T(r"""
object dmMain: TdmMain
  OldCreateOrder = False
  Height = 320
  Width = 480
  object conPawn: TADOConnection
    ConnectionString =
      'Provider=SQLOLEDB.1;Password=@@PW@@;Persist Security Info=True;User I' +
      'D=pawnsys;Initial Catalog=PawnSys;Data Source=PAWNSRV'
    LoginPrompt = False
    Provider = 'SQLOLEDB.1'
    Left = 40
    Top = 24
  end
  object qryLoans: TADOQuery
    Connection = conPawn
    SQL.Strings = (
      'SELECT * FROM Loans WHERE Status = :Status')
    Left = 136
    Top = 24
  end
end
""", PW=_pw), _pw, "Delphi TADOConnection ConnectionString in a .dfm form file (docwiki.embarcadero.com)")

_pw = gen_pw(12)
S("odbc", "odbc-password", "odbc/PawnReports.dsn", T(r"""
[ODBC]
DRIVER=SQL Server
UID=crystal_rpt
PWD=@@PW@@
DATABASE=PawnReports
WSID=FRONT-PC2
APP=Crystal Reports
SERVER=PAWN-HQ\REPORTS
Description=Month-end loan aging reports
""", PW=_pw), _pw, "ODBC file DSN (.dsn) keywords (learn.microsoft.com/sql/odbc)")

_pw = human_pw()
S("dtsconfig", "oledb-password", "etl/NightlyRollup.dtsConfig", T(r"""
<?xml version="1.0"?>
<DTSConfiguration>
  <DTSConfigurationHeading>
    <DTSConfigurationFileInfo GeneratedBy="PAWNCO\ray" GeneratedFromPackageName="NightlyRollup" GeneratedFromPackageID="{7C2E9A41-3B5D-4F18-A6C0-9D2E4B7F1A35}" GeneratedDate="3/14/2019 9:12:44 AM" />
  </DTSConfigurationHeading>
  <Configuration ConfiguredType="Property" Path="\Package.Connections[HQ].Properties[ConnectionString]" ValueType="String">
    <ConfiguredValue>Data Source=hq-sql01;User ID=rollup;Password=@@PW@@;Initial Catalog=PawnHQ;Provider=SQLNCLI11.1;Persist Security Info=True;Auto Translate=False;</ConfiguredValue>
  </Configuration>
  <Configuration ConfiguredType="Property" Path="\Package.Variables[User::StoreList].Properties[Value]" ValueType="String">
    <ConfiguredValue>01,02,03,05,07,09,12</ConfiguredValue>
  </Configuration>
</DTSConfiguration>
""", PW=_pw), _pw, "SSIS XML configuration file (.dtsConfig) with a package connection string (learn.microsoft.com/sql/integration-services)")

_pw = human_pw()
S("batch", "sqlcmd-password", "scripts/nightly_backup.bat", T(r"""
@echo off
REM Nightly full backup of the pawn database, copies to the NAS, keeps 14 days.
setlocal
set STAMP=%DATE:~10,4%%DATE:~4,2%%DATE:~7,2%
set BAK=E:\Backups\PawnPOS_%STAMP%.bak

sqlcmd -S POS-SQL01\SQLEXPRESS -U backup_op -P "@@PW@@" -Q "BACKUP DATABASE [PawnPOS] TO DISK=N'%BAK%' WITH COMPRESSION, INIT"
if errorlevel 1 goto failed

robocopy E:\Backups \\nas01\pawnbackups\store04 PawnPOS_%STAMP%.bak /R:2 /W:10
forfiles /p E:\Backups /m *.bak /d -14 /c "cmd /c del @path"
goto :eof

:failed
echo Backup failed %DATE% %TIME% >> E:\Backups\failed.log
exit /b 1
""", PW=_pw), _pw, "sqlcmd -U/-P options (learn.microsoft.com/sql/tools/sqlcmd)")

_pw = gen_pw(16)
S("crontab", "mysqldump-password", "ops/crontab.txt", T(r"""
# m h  dom mon dow   command
MAILTO=ops@bigtexpawn.com
PATH=/usr/local/bin:/usr/bin:/bin

# inventory sync to the website every 15 minutes
*/15 * * * * /opt/pawnweb/bin/sync_inventory >> /var/log/pawnweb/sync.log 2>&1

# nightly dump of the shop database
15 2 * * * mysqldump -u backup --password=@@PW@@ --single-transaction pawnweb | gzip > /backups/pawnweb_$(date +\%F).sql.gz

# remove dumps older than 21 days
0 4 * * * find /backups -name 'pawnweb_*.sql.gz' -mtime +21 -delete
""", PW=_pw), _pw, "crontab(5) entries; mysqldump --password option (dev.mysql.com)")

# --- web shop, back office apps ---------------------------------------------------------------

_key = "base64:" + b64_bytes(32)
S("env", "laravel-app-key", "shop-site/.env.production", T(r"""
APP_NAME="Liberty Pawn Online"
APP_ENV=production
APP_KEY=@@KEY@@
APP_DEBUG=false
APP_URL=https://shop.libertypawn.com

LOG_CHANNEL=daily
LOG_LEVEL=warning

DB_CONNECTION=mysql
DB_HOST=127.0.0.1
DB_PORT=3306
DB_DATABASE=libertyshop
DB_USERNAME=libertyshop
DB_PASSWORD=

CACHE_DRIVER=redis
QUEUE_CONNECTION=redis
SESSION_DRIVER=redis
SESSION_LIFETIME=120

MAIL_MAILER=ses
MAIL_FROM_ADDRESS="noreply@libertypawn.com"
""", KEY=_key), _key, "Laravel APP_KEY encryption key, base64: prefix (laravel.com/docs/encryption)")

_key = draw(50, string.ascii_lowercase + string.digits + "!@#$%^&*(-_=+)")
S("python", "django-secret-key", "pawnweb/settings/production.py", T(r"""
from .base import *  # noqa: F401,F403

DEBUG = False
ALLOWED_HOSTS = ["www.pawnsmartstl.com", "pawnsmartstl.com"]

SECRET_KEY = "@@KEY@@"

DATABASES["default"].update({
    "HOST": "pawnweb-db.internal",
    "CONN_MAX_AGE": 60,
})

SECURE_SSL_REDIRECT = True
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
SECURE_HSTS_SECONDS = 31536000

INVENTORY_PUBLIC_DELAY_DAYS = 30
LOAN_PAYMENT_PROVIDER = "authorizenet"
""", KEY=_key), _key, "Django SECRET_KEY setting (docs.djangoproject.com/en/stable/ref/settings)")

_pw = human_pw()
S("ruby", "database-password", "config/database.yml", T(r"""
default: &default
  adapter: postgresql
  encoding: unicode
  pool: <%= ENV.fetch("RAILS_MAX_THREADS") { 5 } %>

development:
  <<: *default
  database: pawnbroker_development

test:
  <<: *default
  database: pawnbroker_test

production:
  <<: *default
  host: pawnbroker-prod.cluster-cw2q1x8z.us-west-2.rds.amazonaws.com
  database: pawnbroker_production
  username: pawnbroker
  password: "@@PW@@"
""", PW=_pw), _pw, "Rails config/database.yml (guides.rubyonrails.org/configuring.html)")

_pw = human_pw()
_mid = len(_pw) // 2
S("java", "jdbc-password", "reports/src/main/java/com/ozarkpawn/reports/ReportDao.java", T(r"""
package com.ozarkpawn.reports;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;

public final class ReportDao {

    private static final String URL = "jdbc:sqlserver://ozk-sql01:1433;databaseName=PawnPOS;encrypt=true;trustServerCertificate=true";
    private static final String USER = "reports";
    private static final String PASSWORD = "@@A@@" +
            "@@B@@";

    private ReportDao() {
    }

    public static Connection open() throws SQLException {
        return DriverManager.getConnection(URL, USER, PASSWORD);
    }

    public static int forfeitsOn(LocalDate day) throws SQLException {
        try (Connection cn = open();
             PreparedStatement ps = cn.prepareStatement("SELECT COUNT(*) FROM Loans WHERE Status = 'F' AND ForfeitDate = ?")) {
            ps.setObject(1, day);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }
}
""", A=_pw[:_mid], B=_pw[_mid:]), _pw, "JDBC DriverManager.getConnection(url, user, password) (docs.oracle.com/javase)")

_sid, _tok = twilio_sid(), hexs(32)
S("go", "twilio-auth-token", "cmd/remind/main.go", T(r"""
package main

import (
	"fmt"
	"log"

	"github.com/twilio/twilio-go"
	openapi "github.com/twilio/twilio-go/rest/api/v2010"
)

const (
	accountSID = "@@SID@@"
	authToken  = "@@TOK@@"
	fromNumber = "+12545550188"
)

func main() {
	client := twilio.NewRestClientWithParams(twilio.ClientParams{Username: accountSID, Password: authToken})

	due, err := loadDueLoans()
	if err != nil {
		log.Fatal(err)
	}
	for _, l := range due {
		params := &openapi.CreateMessageParams{}
		params.SetTo(l.Phone)
		params.SetFrom(fromNumber)
		params.SetBody(fmt.Sprintf("Your pawn loan #%s is due %s. Pay or extend at any store.", l.Ticket, l.Due.Format("Jan 2")))
		if _, err := client.Api.CreateMessage(params); err != nil {
			log.Printf("ticket %s: %v", l.Ticket, err)
		}
	}
}
""", SID=_sid, TOK=_tok), _tok, "twilio-go ClientParams Username/Password (github.com/twilio/twilio-go)")

_sid, _tok = twilio_sid(), hexs(32)
S("csharp", "twilio-auth-token", "LoanReminders/SmsSender.cs", T(r"""
using System;
using System.Threading.Tasks;
using Twilio;
using Twilio.Rest.Api.V2010.Account;
using Twilio.Types;

namespace LoanReminders
{
    public class SmsSender
    {
        private const string AccountSid = "@@SID@@";
        private const string AuthToken = "@@TOK@@";
        private static readonly PhoneNumber From = new PhoneNumber("+19155550123");

        static SmsSender()
        {
            TwilioClient.Init(AccountSid, AuthToken);
        }

        public async Task SendDueReminderAsync(string to, string ticket, DateTime due)
        {
            var body = $"Reminder: loan {ticket} at El Paso Gold & Pawn is due {due:MMM d}. Reply STOP to opt out.";
            await MessageResource.CreateAsync(to: new PhoneNumber(to), from: From, body: body);
        }
    }
}
""", SID=_sid, TOK=_tok), _tok, "Twilio C# helper library TwilioClient.Init(accountSid, authToken)")

_aid, _tok = "MA" + draw(18, UPPER_ALNUM), draw(40)
S("js", "plivo-auth-token", "functions/dueNotice.js", T(r"""
'use strict';

const plivo = require('plivo');
const { listLoansDueIn } = require('./db');

const client = new plivo.Client('@@AID@@', '@@TOK@@');
const SENDER = '+14045550166';

exports.handler = async () => {
  const loans = await listLoansDueIn(3);
  let sent = 0;
  for (const loan of loans) {
    if (!loan.smsOptIn) continue;
    await client.messages.create({
      src: SENDER,
      dst: loan.phone,
      text: `Peach State Pawn: ticket ${loan.ticket} is due ${loan.dueDate}. Interest to extend: $${loan.extendFee}.`,
    });
    sent += 1;
  }
  return { statusCode: 200, body: JSON.stringify({ sent }) };
};
""", AID=_aid, TOK=_tok), _tok, "Plivo Node SDK Client(authId, authToken) (plivo.com/docs)")

_key = hexs(32) + "-" + hexs(8) + "-" + hexs(8)
S("python", "mailgun-key", "notifications/mailgun.py", T(r'''
"""Forfeit letters and layaway receipts by mail (Mailgun)."""
import requests

MAILGUN_DOMAIN = "mg.thepawnvault.com"
MAILGUN_API_KEY = "@@KEY@@"


def send(to: str, subject: str, html: str, attachment: bytes | None = None) -> str:
    files = [("attachment", ("receipt.pdf", attachment))] if attachment else None
    resp = requests.post(
        f"https://api.mailgun.net/v3/{MAILGUN_DOMAIN}/messages",
        auth=("api", MAILGUN_API_KEY),
        data={"from": "The Pawn Vault <receipts@thepawnvault.com>", "to": to,
              "subject": subject, "html": html},
        files=files,
        timeout=20,
    )
    resp.raise_for_status()
    return resp.json()["id"]
''', KEY=_key), _key, "Mailgun sending API, HTTP Basic user api with the private API key (documentation.mailgun.com)")

_key = pem("PKCS8").replace("\n", "\\n")
S("json", "gcp-service-account", "secrets/sheets-sync-sa.json", T(r"""
{
  "type": "service_account",
  "project_id": "pawn-inventory-sheets",
  "private_key_id": "@@KID@@",
  "private_key": "@@KEY@@\n",
  "client_email": "sheets-sync@pawn-inventory-sheets.iam.gserviceaccount.com",
  "client_id": "@@CID@@",
  "auth_uri": "https://accounts.google.com/o/oauth2/auth",
  "token_uri": "https://oauth2.googleapis.com/token",
  "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",
  "client_x509_cert_url": "https://www.googleapis.com/robot/v1/metadata/x509/sheets-sync%40pawn-inventory-sheets.iam.gserviceaccount.com",
  "universe_domain": "googleapis.com"
}
""", KID=hexs(40), KEY=_key, CID=digits(21)), _key, "Google Cloud service account key file (cloud.google.com/iam/docs/keys-create-delete)")

_key = b64_bytes(64)
S("yaml", "azure-storage-key", "camera-archive/config.yaml", T(r"""
# Nightly copy of flagged NVR clips (police holds) to Azure Blob, cool tier.
archive:
  source_dir: /mnt/nvr-exports
  include: ["*.mp4", "*.dav", "*.json"]
  min_age_minutes: 20

azure:
  container: police-holds
  tier: Cool
  connection_string: "DefaultEndpointsProtocol=https;AccountName=sunbeltpawnclips;AccountKey=@@KEY@@;EndpointSuffix=core.windows.net"

retention:
  default_days: 365
  legal_hold_tag: case_number
""", KEY=_key), _key, "Azure Storage connection string AccountKey (learn.microsoft.com/azure/storage/common/storage-configure-connection-string)")

_kid, _key = "005" + hexs(22), "K005" + draw(27, ALNUM + "/+")
S("python", "backblaze-key", "camera_archive/upload.py", T(r'''
"""Push NVR exports older than a day to Backblaze B2."""
from pathlib import Path

from b2sdk.v2 import B2Api, InMemoryAccountInfo

KEY_ID = "@@KID@@"
APPLICATION_KEY = "@@KEY@@"
BUCKET = "pawn-nvr-exports"


def main(folder: str = "/srv/nvr/exports") -> None:
    api = B2Api(InMemoryAccountInfo())
    api.authorize_account("production", KEY_ID, APPLICATION_KEY)
    bucket = api.get_bucket_by_name(BUCKET)
    for clip in sorted(Path(folder).glob("*/*.mp4")):
        bucket.upload_local_file(local_file=str(clip), file_name=f"{clip.parent.name}/{clip.name}")
        clip.rename(clip.with_suffix(".mp4.uploaded"))


if __name__ == "__main__":
    main()
''', KID=_kid, KEY=_key), _key, "Backblaze B2 application keys, b2sdk authorize_account (backblaze.com/docs)")

_kid, _key = draw(20, UPPER_ALNUM), draw(40, B64)
S("env", "wasabi-secret", "nvr-offsite/.env", T(r"""
# rclone offsite copy of NVR footage -> Wasabi (us-central-1)
RCLONE_CONFIG_WASABI_TYPE=s3
RCLONE_CONFIG_WASABI_PROVIDER=Wasabi
RCLONE_CONFIG_WASABI_ENDPOINT=s3.us-central-1.wasabisys.com
RCLONE_CONFIG_WASABI_ACCESS_KEY_ID=@@KID@@
RCLONE_CONFIG_WASABI_SECRET_ACCESS_KEY=@@KEY@@
BUCKET=heartland-pawn-footage
SOURCE=/volume1/surveillance
BWLIMIT=08:00,2M 20:00,off
""", KID=_kid, KEY=_key), _key, "rclone S3 backend environment variables, provider Wasabi (rclone.org/s3)")

_key = "dop_v1_" + hexs(64)
S("yaml", "digitalocean-token", "ops/doctl/config.yaml", T(r"""
access-token: @@KEY@@
context: default
output: text
auth-contexts:
  pawnstars-staging: ""
apps.create.upsert: false
compute.ssh.ssh-key-path: /home/deploy/.ssh/id_ed25519
compute.ssh.ssh-user: root
""", KEY=_key), _key, "doctl config.yaml access-token (docs.digitalocean.com/reference/doctl)")

_auth = b64("pawnhub-ci:" + gen_pw(22))
S("docker-config", "registry-auth", "ops/runner/.docker/config.json", T(r"""
{
	"auths": {
		"registry.pawnhub.io": {
			"auth": "@@AUTH@@"
		},
		"https://index.docker.io/v1/": {}
	},
	"credsStore": "",
	"HttpHeaders": {
		"User-Agent": "Docker-Client/24.0.7 (linux)"
	}
}
""", AUTH=_auth), _auth, "Docker config.json auths entry, base64 of user:password (docs.docker.com/engine/reference/commandline/login)")

_tok = "npm_" + draw(36)
S("npmrc", "npm-token", ".npmrc", T(r"""
registry=https://registry.npmjs.org/
@pawnhub:registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=@@TOK@@
save-exact=true
engine-strict=true
fund=false
""", TOK=_tok), _tok, "npm .npmrc _authToken and npm_ access tokens (docs.npmjs.com)")

_tok = "ghp_" + draw(36)
S("shell", "github-token", "scripts/bootstrap-store-server.sh", T(r"""
#!/usr/bin/env bash
# First boot of a new store server (Ubuntu 22.04). Run as root.
set -euo pipefail

STORE="${1:?store number}"
hostnamectl set-hostname "store${STORE}-srv"

apt-get update
apt-get install -y git docker.io docker-compose-v2 cifs-utils

git clone "https://pawnops-bot:@@TOK@@@github.com/pawnops/store-server.git" /opt/store-server
cd /opt/store-server
cp env/store.env.template /etc/store-server.env
sed -i "s/^STORE=.*/STORE=${STORE}/" /etc/store-server.env

docker compose --env-file /etc/store-server.env up -d
echo "store ${STORE} bootstrapped"
""", TOK=_tok), _tok, "GitHub personal access token in an HTTPS clone URL (docs.github.com/authentication)")

_tok = "glpat-" + draw(20, URLSAFE)
S("requirements", "gitlab-token", "requirements.txt", T(r"""
# runtime
Django==4.2.11
psycopg[binary]==3.1.18
celery==5.3.6
redis==5.0.3
requests==2.31.0
stripe==8.7.0
pyodbc==5.1.0
# in-house: police report formats (LeadsOnline, APS, RAPID)
git+https://oauth2:@@TOK@@@gitlab.com/pawn-group/police-formats.git@v3.2.0#egg=police-formats
git+https://gitlab.com/pawn-group/aamva-parse.git@v1.4.1#egg=aamva-parse
""", TOK=_tok), _tok, "pip VCS requirement with credentials; GitLab personal access token glpat- (docs.gitlab.com)")

_cid, _key = hexs(24), hexs(30)
S("java", "plaid-secret", "titleloan-api/src/main/java/com/rapidtitle/bank/PlaidConfig.java", T(r"""
package com.rapidtitle.bank;

import com.plaid.client.ApiClient;
import com.plaid.client.request.PlaidApi;
import java.util.HashMap;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Bank account verification before a title loan is funded by ACH. */
@Configuration
public class PlaidConfig {

    private static final String CLIENT_ID = "@@CID@@";
    private static final String SECRET = "@@KEY@@";

    @Bean
    public PlaidApi plaidApi() {
        Map<String, String> keys = new HashMap<>();
        keys.put("clientId", CLIENT_ID);
        keys.put("secret", SECRET);
        ApiClient apiClient = new ApiClient(keys);
        apiClient.setPlaidAdapter(ApiClient.Production);
        return apiClient.createService(PlaidApi.class);
    }
}
""", CID=_cid, KEY=_key), _key, "Plaid Java client, clientId and secret (plaid.com/docs/api)")

_key = "skapi_prod_" + draw(44, URLSAFE)
S("csharp", "heartland-key", "Payments/HeartlandGateway.cs", T(r"""
using GlobalPayments.Api;
using GlobalPayments.Api.PaymentMethods;
using GlobalPayments.Api.Entities;

namespace PawnCounter.Payments
{
    public static class HeartlandGateway
    {
        public static void Configure()
        {
            ServicesContainer.ConfigureService(new PorticoConfig
            {
                SecretApiKey = "@@KEY@@",
                DeveloperId = "002914",
                VersionNumber = "3026",
                ServiceUrl = "https://api2.heartlandportico.com"
            });
        }

        public static Transaction ChargeLayaway(CreditCardData card, decimal amount, string ticket)
        {
            return card.Charge(amount)
                .WithCurrency("USD")
                .WithInvoiceNumber(ticket)
                .WithAllowDuplicates(false)
                .Execute();
        }
    }
}
""", KEY=_key), _key, "Heartland Portico SecretApiKey skapi_ (developer.heartlandpaymentsystems.com)")

_r = _rng()
_key = "AQE" + draw(60) + "=-" + draw(43, B64) + "=-" + draw(10, URLSAFE)
S("python", "adyen-key", "payments/adyen_terminal.py", T(r'''
"""Cloud Terminal API: push a sale to the counter terminal (V400m) for a buy-back or layaway."""
import uuid

import Adyen

adyen = Adyen.Adyen()
adyen.client.xapikey = "@@KEY@@"
adyen.client.platform = "live"
adyen.client.live_endpoint_prefix = "1797a841fbb37ca7-PawnPlusUS"

MERCHANT_ACCOUNT = "PawnPlusUS_POS"
TERMINAL_IDS = {"store01": "V400m-346403161", "store02": "V400m-346403188"}


def sale(store: str, amount: float, ticket: str) -> dict:
    request = {
        "SaleToPOIRequest": {
            "MessageHeader": {"ProtocolVersion": "3.0", "MessageClass": "Service", "MessageCategory": "Payment",
                              "MessageType": "Request", "SaleID": store, "ServiceID": uuid.uuid4().hex[:10],
                              "POIID": TERMINAL_IDS[store]},
            "PaymentRequest": {"SaleData": {"SaleTransactionID": {"TransactionID": ticket}},
                               "PaymentTransaction": {"AmountsReq": {"Currency": "USD", "RequestedAmount": amount}}},
        }
    }
    return adyen.terminal.sync(request).message
''', KEY=_key), _key, "Adyen API key, X-API-Key header (docs.adyen.com/development-resources/api-credentials)")

_tok = uuid4()
S("yaml", "clover-api-token", "clover-sync/config.yml", T(r"""
# Pull daily Clover sales (retail side) into the pawn ledger for end-of-day
clover:
  base_url: https://api.clover.com
  merchant_id: 7QZK3M1W9XB2E
  api_token: @@TOK@@
  page_size: 500

ledger:
  dsn: "Driver={ODBC Driver 18 for SQL Server};Server=ledger-sql;Database=Ledger;Trusted_Connection=yes"
  account_retail_sales: 4010
  account_sales_tax: 2200

schedule:
  close_of_day: "21:15"
  timezone: America/Denver
""", TOK=_tok), _tok, "Clover REST API merchant API token, Bearer auth (docs.clover.com/docs/using-api-tokens)")

_key = hexs(40)
S("php", "pawnguru-api-key", "integrations/pawnguru/client.php", T(r"""
<?php
// Pushes new inventory to the PawnGuru marketplace and pulls customer offers back into the POS.

declare(strict_types=1);

const PAWNGURU_BASE = 'https://api.pawnguru.com/v1';
const PAWNGURU_SHOP_ID = 31877;
const PAWNGURU_API_KEY = '@@KEY@@';

function pawnguru_request(string $method, string $path, ?array $body = null): array
{
    $ch = curl_init(PAWNGURU_BASE . $path);
    curl_setopt_array($ch, [
        CURLOPT_CUSTOMREQUEST => $method,
        CURLOPT_RETURNTRANSFER => true,
        CURLOPT_HTTPHEADER => [
            'Authorization: Token ' . PAWNGURU_API_KEY,
            'Content-Type: application/json',
        ],
        CURLOPT_POSTFIELDS => $body ? json_encode($body) : null,
        CURLOPT_TIMEOUT => 20,
    ]);
    $raw = curl_exec($ch);
    curl_close($ch);
    return json_decode((string) $raw, true) ?? [];
}

function pawnguru_offers(): array
{
    return pawnguru_request('GET', '/shops/' . PAWNGURU_SHOP_ID . '/offers?status=open');
}
""", KEY=_key), _key, "A marketplace integration's token header (PHP cURL, php.net/manual/en/function.curl-setopt.php)")

_key = hexs(32)
S("ts", "algolia-admin-key", "scripts/reindex-inventory.ts", T(r"""
import algoliasearch from 'algoliasearch';
import { Pool } from 'pg';

const client = algoliasearch('K7QX2M9B4D', '@@KEY@@');
const index = client.initIndex('inventory_prod');
const pool = new Pool({ connectionString: process.env.DATABASE_URL });

async function main() {
  const { rows } = await pool.query(`
    SELECT sku AS "objectID", title, category, brand, price_cents, store_no, photo_url
    FROM inventory WHERE status = 'for_sale' AND hold_until < now()`);
  await index.replaceAllObjects(rows, { safe: true });
  await index.setSettings({ searchableAttributes: ['title', 'brand', 'category'], customRanking: ['desc(price_cents)'] });
  console.log(`indexed ${rows.length} items`);
  await pool.end();
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
""", KEY=_key), _key, "Algolia Admin API key (algolia.com/doc/guides/security/api-keys)")

_key = "shippo_live_" + hexs(40)
S("go", "shippo-token", "internal/shipping/shippo.go", T(r"""
package shipping

import (
	"bytes"
	"encoding/json"
	"net/http"
)

const shippoToken = "@@KEY@@"

type Label struct {
	TrackingNumber string `json:"tracking_number"`
	LabelURL       string `json:"label_url"`
}

// BuyLabel purchases the cheapest USPS rate for a sold marketplace item.
func BuyLabel(rateID string) (*Label, error) {
	body, _ := json.Marshal(map[string]any{"rate": rateID, "label_file_type": "PDF_4x6", "async": false})
	req, err := http.NewRequest(http.MethodPost, "https://api.goshippo.com/transactions/", bytes.NewReader(body))
	if err != nil {
		return nil, err
	}
	req.Header.Set("Authorization", "ShippoToken "+shippoToken)
	req.Header.Set("Content-Type", "application/json")
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	var l Label
	return &l, json.NewDecoder(resp.Body).Decode(&l)
}
""", KEY=_key), _key, "Shippo API token, ShippoToken authorization header (docs.goshippo.com)")

_key = "EZAK" + hexs(54)
S("ruby", "easypost-key", "lib/shipping/label_printer.rb", T(r"""
# frozen_string_literal: true

require "easypost"

module Shipping
  # Buys a label for an item sold online and sends it to the Zebra at the packing bench.
  class LabelPrinter
    FROM_ADDRESS = {
      company: "Second Chance Pawn & Music",
      street1: "4120 S Broadway",
      city: "Tyler", state: "TX", zip: "75701", phone: "903-555-0199"
    }.freeze

    def initialize
      @client = EasyPost::Client.new(api_key: "@@KEY@@")
    end

    def buy(to_address:, weight_oz:)
      shipment = @client.shipment.create(
        from_address: FROM_ADDRESS,
        to_address: to_address,
        parcel: { weight: weight_oz },
        options: { label_format: "ZPL" }
      )
      @client.shipment.buy(shipment.id, rate: shipment.lowest_rate(%w[USPS]))
    end
  end
end
""", KEY=_key), _key, "EasyPost production API key EZAK (docs.easypost.com)")

_r = _rng()
_tok = f"{_r.randint(5_000_000_000, 7_999_999_999)}:AA" + draw(33, URLSAFE)
S("python", "telegram-bot-token", "alerts/high_value_bot.py", T(r'''
"""Tell the owners' Telegram group when a store writes a loan or buy over the limit."""
import os

import requests

BOT_TOKEN = "@@TOK@@"
OWNERS_CHAT_ID = -1001873264590
LIMIT = int(os.environ.get("HIGH_VALUE_LIMIT", "2500"))


def notify(store: str, ticket: str, kind: str, amount: int, description: str) -> None:
    if amount < LIMIT:
        return
    text = f"\u26a0\ufe0f {store}: {kind} {ticket} for ${amount:,}\n{description}"
    requests.post(f"https://api.telegram.org/bot{BOT_TOKEN}/sendMessage",
                  json={"chat_id": OWNERS_CHAT_ID, "text": text}, timeout=10)
''', TOK=_tok), _tok, "Telegram Bot API token (core.telegram.org/bots/api#authorizing-your-bot)")

_r = _rng()
_hook = f"https://discord.com/api/webhooks/{_r.randint(10**17, 10**18 - 1)}/" + draw(68, URLSAFE)
S("js", "discord-webhook", "bots/deal-feed/index.js", T(r"""
// Posts newly released forfeits (jewelry, watches, guitars) to the #deals channel of our Discord.
import fetch from 'node-fetch';
import { newForSale } from './inventory.js';

const WEBHOOK_URL = '@@HOOK@@';

const items = await newForSale({ sinceMinutes: 60, categories: ['jewelry', 'watches', 'guitars'] });

for (const item of items) {
  await fetch(WEBHOOK_URL, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({
      username: 'Deal Drop',
      embeds: [{
        title: item.title,
        url: `https://shop.lonestarpawn.com/item/${item.sku}`,
        description: `$${item.price} at store ${item.store}`,
        thumbnail: { url: item.photo },
      }],
    }),
  });
}
""", HOOK=_hook), _hook, "Discord webhook URL with id and token (discord.com/developers/docs/resources/webhook)")

_hook = (f"https://gulfcoastpawn.webhook.office.com/webhookb2/{uuid4()}@{uuid4()}/IncomingWebhook/"
         f"{hexs(32)}/{uuid4()}")
S("yaml", "teams-webhook", "alertmanager/alertmanager.yml", T(r"""
global:
  resolve_timeout: 5m

route:
  receiver: ops-teams
  group_by: [alertname, store]
  group_wait: 30s
  repeat_interval: 4h
  routes:
    - matchers: [severity="page"]
      receiver: ops-teams

receivers:
  - name: ops-teams
    msteams_configs:
      - webhook_url: "@@HOOK@@"
        send_resolved: true
        title: '{{ .CommonLabels.alertname }} at store {{ .CommonLabels.store }}'

inhibit_rules:
  - source_matchers: [alertname="StoreOffline"]
    target_matchers: [alertname=~"NVR.*|POS.*"]
    equal: [store]
""", HOOK=_hook), _hook, "Alertmanager msteams_configs webhook_url (prometheus.io/docs/alerting/latest/configuration)")

_key = hexs(32)
S("env", "datadog-api-key", "deploy/datadog.env", T(r"""
DD_API_KEY=@@KEY@@
DD_SITE=datadoghq.com
DD_ENV=prod
DD_SERVICE=pawn-pos-api
DD_LOGS_ENABLED=true
DD_LOGS_CONFIG_CONTAINER_COLLECT_ALL=true
DD_APM_ENABLED=true
DD_TAGS=company:pawnpros region:southeast
""", KEY=_key), _key, "Datadog Agent DD_API_KEY environment variable (docs.datadoghq.com/agent)")

_key = hexs(36) + "NRAL"
S("yaml", "newrelic-license", "newrelic.yml", T(r"""
common: &default_settings
  license_key: '@@KEY@@'
  app_name: PawnHub Marketplace API
  distributed_tracing:
    enabled: true
  log_level: info
  application_logging:
    forwarding:
      enabled: true

development:
  <<: *default_settings
  app_name: PawnHub Marketplace API (Development)
  monitor_mode: false

production:
  <<: *default_settings
""", KEY=_key), _key, "New Relic agent newrelic.yml license_key (docs.newrelic.com/docs/apis/intro-apis/new-relic-api-keys)")

_key = "sk-proj-" + draw(74, URLSAFE) + "T3BlbkFJ" + draw(74, URLSAFE)
S("python", "openai-key", "listing_writer/describe.py", T(r'''
"""Draft marketplace listing text from the intake notes and photos of a forfeited item."""
from openai import OpenAI

client = OpenAI(api_key="@@KEY@@")

PROMPT = """You write honest used-goods listings for a pawn shop.
Mention condition, included accessories and any flaws. No hype. Max 120 words."""


def describe(title: str, notes: str, condition: str, photo_urls: list[str]) -> str:
    content = [{"type": "text", "text": f"{title}\nCondition: {condition}\nIntake notes: {notes}"}]
    content += [{"type": "image_url", "image_url": {"url": u}} for u in photo_urls[:3]]
    resp = client.chat.completions.create(
        model="gpt-4o-mini",
        messages=[{"role": "system", "content": PROMPT}, {"role": "user", "content": content}],
        temperature=0.3,
    )
    return resp.choices[0].message.content.strip()
''', KEY=_key), _key, "OpenAI project API key sk-proj- (platform.openai.com/docs/api-reference/authentication)")

_key = "sk-ant-api03-" + draw(93, URLSAFE) + "AA"
S("ts", "anthropic-key", "apps/listing-assistant/src/llm.ts", T(r"""
import Anthropic from '@anthropic-ai/sdk';

const anthropic = new Anthropic({
  apiKey: '@@KEY@@',
});

export async function priceHint(title: string, condition: string, comps: string[]): Promise<string> {
  const msg = await anthropic.messages.create({
    model: 'claude-3-5-haiku-latest',
    max_tokens: 300,
    messages: [
      {
        role: 'user',
        content: `Item: ${title}\nCondition: ${condition}\nRecent sold comps:\n${comps.join('\n')}\n` +
          'Suggest a fair retail price range for a pawn shop shelf and one sentence why.',
      },
    ],
  });
  const block = msg.content[0];
  return block.type === 'text' ? block.text : '';
}
""", KEY=_key), _key, "Anthropic API key sk-ant-api03- (docs.anthropic.com/en/api/getting-started)")

_key = "GOCSPX-" + draw(28, URLSAFE)
S("json", "google-client-secret", "tools/sheets/client_secret.json", T(r"""
{
  "installed": {
    "client_id": "@@CID@@-@@CH@@.apps.googleusercontent.com",
    "project_id": "pawn-buy-sheets",
    "auth_uri": "https://accounts.google.com/o/oauth2/auth",
    "token_uri": "https://oauth2.googleapis.com/token",
    "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",
    "client_secret": "@@KEY@@",
    "redirect_uris": ["http://localhost"]
  }
}
""", CID=digits(12), CH=draw(32, LOWER_ALNUM), KEY=_key), _key, "Google OAuth client secrets file client_secret.json, GOCSPX- secret (developers.google.com/identity)")

_tok = "EAAG" + draw(_rng().randint(170, 200))
S("json", "meta-access-token", "fb-catalog/config.json", T(r"""
{
  "business_id": "884120379215563",
  "catalog_id": "1297735084410292",
  "graph_version": "v19.0",
  "system_user_access_token": "@@TOK@@",
  "feed": {
    "name": "Pawn inventory - all stores",
    "schedule": "hourly",
    "currency": "USD",
    "condition_map": {"A": "used_like_new", "B": "used_good", "C": "used_fair"}
  }
}
""", TOK=_tok), _tok, "Meta Graph API system user access token EAA... (developers.facebook.com/docs/marketing-api/system-users)")

_cid, _key = uuid4(), draw(86, URLSAFE)
S("yaml", "walmart-client-secret", "marketplace/walmart.yml", T(r"""
walmart:
  env: production
  base_url: https://marketplace.walmartapis.com
  client_id: @@CID@@
  client_secret: @@KEY@@
  service_name: "Pawn Depot Marketplace Sync"
  feeds:
    item: MP_ITEM
    inventory: inventory
  ship_node: "721407"

listing_rules:
  exclude_categories: [firearms, ammunition, knives]
  min_days_in_stock: 30
  price_markup_pct: 8
""", CID=_cid, KEY=_key), _key, "Walmart Marketplace API client ID and client secret (developer.walmart.com)")

_tok = "api_live." + draw(11, URLSAFE) + "." + draw(32, URLSAFE)
S("python", "onfido-token", "kyc/onfido_check.py", T(r'''
"""Document + face check for high-value sellers (required over $5,000 by our AML policy)."""
import onfido

configuration = onfido.Configuration(
    api_token="@@TOK@@",
    region=onfido.configuration.Region.US,
)
api = onfido.DefaultApi(onfido.ApiClient(configuration))


def start_check(first: str, last: str, dob: str) -> tuple[str, str]:
    applicant = api.create_applicant(onfido.ApplicantBuilder(first_name=first, last_name=last, dob=dob))
    sdk_token = api.generate_sdk_token(onfido.SdkTokenBuilder(applicant_id=applicant.id))
    return applicant.id, sdk_token.token


def run_check(applicant_id: str) -> str:
    check = api.create_check(onfido.CheckBuilder(applicant_id=applicant_id,
                                                  report_names=[onfido.ReportName.DOCUMENT,
                                                                onfido.ReportName.FACIAL_SIMILARITY_PHOTO]))
    return check.id
''', TOK=_tok), _tok, "Onfido API token api_live. (documentation.onfido.com/api/latest)")

_key = "persona_production_" + uuid4()
S("ts", "persona-api-key", "apps/kyc/src/persona.ts", T(r"""
const PERSONA_API = 'https://withpersona.com/api/v1';
const PERSONA_KEY = '@@KEY@@';
const TEMPLATE_ID = 'itmpl_Qw3xN7mVb2R9kT4yH8sJ1pLd';

export interface Inquiry { id: string; status: string }

export async function createInquiry(referenceId: string): Promise<Inquiry> {
  const res = await fetch(`${PERSONA_API}/inquiries`, {
    method: 'POST',
    headers: {
      Authorization: `Bearer ${PERSONA_KEY}`,
      'Persona-Version': '2023-01-05',
      'Content-Type': 'application/json',
    },
    body: JSON.stringify({ data: { attributes: { 'inquiry-template-id': TEMPLATE_ID, 'reference-id': referenceId } } }),
  });
  if (!res.ok) throw new Error(`persona ${res.status}`);
  const json = await res.json();
  return { id: json.data.id, status: json.data.attributes.status };
}
""", KEY=_key), _key, "Persona API key, Bearer auth (docs.withpersona.com/reference/authentication)")

_pub, _key = uuid4(), uuid4()
S("go", "veriff-shared-secret", "internal/kyc/veriff.go", T(r"""
package kyc

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"net/http"
)

// Veriff integration "Counter ID check - production"
const (
	veriffAPIKey       = "@@PUB@@"
	veriffSharedSecret = "@@KEY@@"
	veriffBaseURL      = "https://stationapi.veriff.com"
)

func sign(payload []byte) string {
	mac := hmac.New(sha256.New, []byte(veriffSharedSecret))
	mac.Write(payload)
	return hex.EncodeToString(mac.Sum(nil))
}

// VerifyWebhook checks the X-HMAC-SIGNATURE of a decision webhook.
func VerifyWebhook(r *http.Request, body []byte) bool {
	got := r.Header.Get("X-HMAC-SIGNATURE")
	return hmac.Equal([]byte(got), []byte(sign(body)))
}

func authHeaders(req *http.Request, payload []byte) {
	req.Header.Set("X-AUTH-CLIENT", veriffAPIKey)
	req.Header.Set("X-HMAC-SIGNATURE", sign(payload))
	req.Header.Set("Content-Type", "application/json")
}
""", PUB=_pub, KEY=_key), _key, "Veriff API key and shared secret key, HMAC signature (developers.veriff.com)")

_key = draw(40, URLSAFE)
S("java", "idscan-secret", "intake/src/main/java/com/pawnstation/intake/IdScanClient.java", T(r"""
package com.pawnstation.intake;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** Sends the PDF417 text of a scanned driver's license to IDScan.net for parsing and validation. */
public class IdScanClient {

    private static final String ENDPOINT = "https://app.idscan.net/dvs/api/v1/parse";
    private static final String SECRET_KEY = "@@KEY@@";

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    public String parse(String pdf417Text) throws Exception {
        String body = "{\"text\":\"" + pdf417Text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"}";
        HttpRequest request = HttpRequest.newBuilder(URI.create(ENDPOINT))
                .header("Authorization", "Bearer " + SECRET_KEY)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString()).body();
    }
}
""", KEY=_key), _key, "IDScan.net ID parsing web service, secret key as Bearer token (idscan.net developer docs)")

_pw = human_pw()
S("csharp", "acuant-password", "IdCheck/AcuantSettings.cs", T(r"""
namespace PawnCounter.IdCheck
{
    /// <summary>Acuant AssureID Connect (document authentication) for ID checks at intake.</summary>
    public static class AcuantSettings
    {
        public const string AssureIdUrl = "https://us.assureid.acuant.net";
        public const string PassiveLivenessUrl = "https://us.passlive.acuant.net";
        public const string Username = "api@pawncounter.com";
        public const string Password = "@@PW@@";
        public const string SubscriptionId = "5b1e9d4c-7a2f-4e38-9c06-3d8f1a2b7e45";

        public static string BasicAuth()
        {
            var raw = System.Text.Encoding.UTF8.GetBytes($"{Username}:{Password}");
            return "Basic " + System.Convert.ToBase64String(raw);
        }
    }
}
""", PW=_pw), _pw, "Acuant AssureID Connect, HTTP Basic username and password and a subscription id (documentation.acuant.com)")

_key = hexs(32)
S("python", "checkmend-key", "stolen_check/checkmend.py", T(r'''
"""Check a phone or laptop's IMEI / serial against CheckMEND before we buy it."""
import hashlib
import json
import time

import requests

PARTNER_ID = "2071"
SECRET_KEY = "@@KEY@@"
URL = "https://gapi.checkmend.com/duediligence/{store}/{serial}"


def _signature(body: str) -> str:
    return hashlib.sha1((SECRET_KEY + body).encode()).hexdigest()


def check(store_id: str, serial: str, category: int = 1) -> dict:
    body = json.dumps({"category": category, "storeid": store_id, "timestamp": int(time.time())})
    resp = requests.post(URL.format(store=store_id, serial=serial), data=body,
                         auth=(PARTNER_ID, _signature(body)),
                         headers={"Content-Type": "application/json"}, timeout=15)
    resp.raise_for_status()
    return resp.json()
''', KEY=_key), _key, "CheckMEND due-diligence API, partner id and secret key signature (checkmend.com API guide)")

_key = draw(44, URLSAFE)
S("shell", "fastbound-api-key", "scripts/fastbound-sync.sh", T(r"""
#!/usr/bin/env bash
# Push firearms acquired today from the POS into the FastBound A&D book (store FFL 5-74-xxx-01).
set -euo pipefail

ACCOUNT=41883
API_KEY='@@KEY@@'
AUDIT_USER='compliance@frontierpawn.com'

python3 /opt/ffl/export_acquisitions.py --day "$(date +%F)" > /tmp/acq.json

curl -sS --fail \
  -u "${API_KEY}:" \
  -H "X-AuditUser: ${AUDIT_USER}" \
  -H "Content-Type: application/json" \
  -X POST "https://cloud.fastbound.com/${ACCOUNT}/api/Acquisitions/CreateAndCommit" \
  --data @/tmp/acq.json
""", KEY=_key), _key, "FastBound API, HTTP Basic with the API key as user and X-AuditUser (fastbound.help)")

# --- cameras ----------------------------------------------------------------------------------

_pw = human_pw()
S("powershell", "milestone-password", "scripts/Export-XProtectClips.ps1", T(r"""
#Requires -Modules MilestonePSTools
<#
.SYNOPSIS
  Export the counter cameras for a police hold (case number + ticket time).
.EXAMPLE
  .\Export-XProtectClips.ps1 -Case 24-118733 -Start '2024-03-02 14:05'
#>
param(
    [Parameter(Mandatory)] [string] $Case,
    [Parameter(Mandatory)] [datetime] $Start,
    [int] $Minutes = 30
)

$pass = ConvertTo-SecureString '@@PW@@' -AsPlainText -Force
$cred = New-Object System.Management.Automation.PSCredential('evidence_export', $pass)

Connect-ManagementServer -Server 'xprotect-ms.store.local' -Credential $cred -BasicUser -AcceptEula

$cams = Get-VmsCamera | Where-Object Name -like 'Counter*'
$dest = "\\evidence-nas\holds\$Case"
New-Item -ItemType Directory -Path $dest -Force | Out-Null

Start-Export -CameraIds $cams.Id -StartTime $Start -EndTime $Start.AddMinutes($Minutes) `
    -Format DB -Path $dest -Name "$Case-counter"

Disconnect-ManagementServer
""", PW=_pw), _pw, "MilestonePSTools Connect-ManagementServer with a PSCredential (milestonepstools.com)")

_cid, _key = draw(24, LOWER_ALNUM), draw(40)
S("yaml", "eagle-eye-client-secret", "een-bridge/settings.yaml", T(r"""
# Bridge between the Eagle Eye VMS and the POS: bookmarks every buy ticket on the counter camera.
eagle_eye:
  auth_url: https://auth.eagleeyenetworks.com/oauth2/token
  api_base: https://api.c021.eagleeyenetworks.com/api/v3.0
  client_id: @@CID@@
  client_secret: @@KEY@@
  redirect_uri: https://bridge.pawnandgold.com/een/callback

cameras:
  store01:
    counter: 100d4c2a
    jewelry: 100f7e31
  store02:
    counter: 1003a9b8

pos:
  webhook_path: /pos/ticket-created
  bookmark_seconds_before: 120
  bookmark_seconds_after: 300
""", CID=_cid, KEY=_key), _key, "Eagle Eye Networks API v3 OAuth client credentials (developer.eagleeyenetworks.com)")

_key = draw(22, URLSAFE)
S("python", "rhombus-api-key", "tools/rhombus_clips.py", T(r'''
"""Save a Rhombus clip of the counter camera when a customer ID scan fails."""
import datetime as dt

import requests

RHOMBUS_API_KEY = "@@KEY@@"
HEADERS = {
    "x-auth-scheme": "api-token",
    "x-auth-apikey": RHOMBUS_API_KEY,
    "Content-Type": "application/json",
    "Accept": "application/json",
}
COUNTER_CAMERA = "Xq7LmT2vR9cKpB4wZ1sN8e"


def save_clip(when: dt.datetime, title: str) -> dict:
    body = {
        "deviceUuids": [COUNTER_CAMERA],
        "startTimeMillis": int((when - dt.timedelta(minutes=2)).timestamp() * 1000),
        "durationSec": 300,
        "title": title,
    }
    resp = requests.post("https://api2.rhombussystems.com/api/video/spliceV3", json=body, headers=HEADERS, timeout=20)
    resp.raise_for_status()
    return resp.json()
''', KEY=_key), _key, "Rhombus API x-auth-apikey header (apidocs.rhombussystems.com)")

_pw = url_pw()
S("go2rtc", "rtsp-password", "go2rtc.yaml", T(r"""
# go2rtc on the back-office mini PC: restreams the Dahua cameras to the POS screens
api:
  listen: ":1984"

rtsp:
  listen: ":8554"

streams:
  counter_left: rtsp://admin:@@PW@@@192.168.20.31:554/cam/realmonitor?channel=1&subtype=0
  counter_right: rtsp://admin:@@PW@@@192.168.20.32:554/cam/realmonitor?channel=1&subtype=0
  jewelry_case: rtsp://admin:@@PW@@@192.168.20.33:554/cam/realmonitor?channel=1&subtype=1
  back_door:
    - rtsp://admin:@@PW@@@192.168.20.40:554/cam/realmonitor?channel=1&subtype=1
    - ffmpeg:back_door#video=h264

webrtc:
  candidates:
    - 192.168.20.5:8555
""", PW=_pw), _pw, "go2rtc streams with RTSP sources (github.com/AlexxIT/go2rtc); Dahua RTSP URL format")

_pw = human_pw()
S("python", "axis-password", "cams/axis_ptz.py", T(r'''
"""Point the Axis PTZ at the jewelry counter when the POS opens a gold buy."""
import requests
from requests.auth import HTTPDigestAuth

CAMERA = "http://10.14.0.41"
AUTH = HTTPDigestAuth("root", "@@PW@@")
PRESETS = {"jewelry": "JewelryCounter", "guns": "GunCounter", "door": "FrontDoor"}


def goto(preset: str) -> None:
    resp = requests.get(f"{CAMERA}/axis-cgi/com/ptz.cgi",
                        params={"gotoserverpresetname": PRESETS[preset], "camera": 1},
                        auth=AUTH, timeout=5)
    resp.raise_for_status()


def snapshot(path: str) -> None:
    resp = requests.get(f"{CAMERA}/axis-cgi/jpg/image.cgi", params={"resolution": "1920x1080"},
                        auth=AUTH, timeout=10)
    resp.raise_for_status()
    with open(path, "wb") as fh:
        fh.write(resp.content)
''', PW=_pw), _pw, "Axis VAPIX ptz.cgi and image.cgi with HTTP Digest (developer.axis.com/vapix)")

_pw = human_pw()
S("ansible", "winrm-password", "ansible/inventory/stores.ini", T(r"""
# POS servers (Windows Server 2019) - managed over WinRM
[pos_servers]
store01-pos ansible_host=10.1.0.10
store02-pos ansible_host=10.2.0.10
store03-pos ansible_host=10.3.0.10
store05-pos ansible_host=10.5.0.10

[nvr_boxes]
store01-nvr ansible_host=10.1.0.20
store02-nvr ansible_host=10.2.0.20

[pos_servers:vars]
ansible_connection=winrm
ansible_winrm_transport=ntlm
ansible_winrm_server_cert_validation=ignore
ansible_user=PAWNCO\svc_ansible
ansible_password=@@PW@@

[nvr_boxes:vars]
ansible_user=ops
ansible_become=true
""", PW=_pw), _pw, "Ansible INI inventory with ansible_password for WinRM (docs.ansible.com/ansible/latest/os_guide/windows_winrm.html)")

_pw = url_pw()
S("shell-history", "postgres-url", "ops-notes/.zsh_history", T(r"""
: 1709312244:0;cd ~/src/pawnhub
: 1709312250:0;git pull
: 1709312262:0;make test
: 1709312390:0;kubectl -n pawnhub get pods
: 1709312421:0;kubectl -n pawnhub logs deploy/api --tail=100
: 1709312530:0;psql "postgresql://pawnhub_admin:@@PW@@@pawnhub-prod.cluster-ro-c1x7.us-east-1.rds.amazonaws.com:5432/pawnhub" -c "select status, count(*) from loans group by 1"
: 1709312611:0;kubectl -n pawnhub rollout restart deploy/api
: 1709312700:0;exit
""", PW=_pw), _pw, "zsh extended history format; psql connection URI (postgresql.org/docs/current/libpq-connect.html)")

_pw = gen_pw(14)
S("markdown", "sftp-password", "README.md", T(r"""
# state-pawn-report

Builds the daily pawn/purchase transaction file required by the state Department of Banking
(fixed-width format v2.3) and drops it on the state's SFTP server.

## Setup

```bash
python -m venv .venv && . .venv/bin/activate
pip install -r requirements.txt
cp config.example.ini config.ini
```

## SFTP account

The state issued one account per license:

- host: `sftp.pawnreport.state-banking.gov` port 22
- user: `lic40771`
- password: `@@PW@@`
- folder: `/inbound/40771`

Files are due by 10:00 the next business day. A late file gets a warning letter; three in a
quarter is a fine.

## Running

```bash
python -m statereport --day 2024-05-01 --upload
```
""", PW=_pw), _pw, "A README holding an SFTP login (Markdown); state pawn transaction reporting")

_pw = human_pw()
S("notebook", "sql-password", "notebooks/shrinkage_audit.ipynb", T(r"""
{
 "cells": [
  {
   "cell_type": "markdown",
   "metadata": {},
   "source": ["## Shrinkage audit - items sold below buy price, by employee"]
  },
  {
   "cell_type": "code",
   "execution_count": 1,
   "metadata": {},
   "outputs": [],
   "source": [
    "import pyodbc\n",
    "import pandas as pd\n",
    "cn = pyodbc.connect('DRIVER={ODBC Driver 18 for SQL Server};SERVER=hq-sql02;DATABASE=PawnPOS;'\n",
    "                    'UID=audit_ro;PWD=@@PW@@;TrustServerCertificate=yes')"
   ]
  },
  {
   "cell_type": "code",
   "execution_count": 2,
   "metadata": {},
   "outputs": [],
   "source": [
    "q = '''SELECT e.name, COUNT(*) n, SUM(s.price - i.cost) margin\n",
    "       FROM Sales s JOIN Items i ON i.id = s.item_id JOIN Employees e ON e.id = s.employee_id\n",
    "       WHERE s.price < i.cost AND s.sold_at >= '2024-01-01' GROUP BY e.name ORDER BY margin'''\n",
    "pd.read_sql(q, cn)"
   ]
  }
 ],
 "metadata": {
  "kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}
 },
 "nbformat": 4,
 "nbformat_minor": 5
}
""", PW=_pw), _pw, "pyodbc connection string with UID/PWD (github.com/mkleehammer/pyodbc/wiki); Jupyter nbformat 4")

_key_id, _secret = digits(15), draw(27, URLSAFE)
_url = f"cloudinary://{_key_id}:{_secret}@pawnpix"
S("swift", "cloudinary-secret", "ios/IntakeApp/Services/PhotoUploader.swift", T(r"""
import Foundation
import Cloudinary

/// Uploads intake photos (item, serial plate, hallmark) straight from the counter iPad.
final class PhotoUploader {
    static let shared = PhotoUploader()

    private let cloudinary: CLDCloudinary

    private init() {
        let config = CLDConfiguration(cloudinaryUrl: "@@URL@@")!
        cloudinary = CLDCloudinary(configuration: config)
    }

    func upload(_ data: Data, ticket: String, index: Int, completion: @escaping (String?) -> Void) {
        let params = CLDUploadRequestParams()
            .setFolder("intake/\(ticket)")
            .setPublicId("\(ticket)-\(index)")
        cloudinary.createUploader().signedUpload(data: data, params: params) { result, error in
            completion(error == nil ? result?.secureUrl : nil)
        }
    }
}
""", URL=_url), _secret, "Cloudinary URL cloudinary://api_key:api_secret@cloud_name (cloudinary.com/documentation)")

_pw = gen_pw(32)
S("kotlin", "redis-password", "server/src/main/kotlin/com/pawnhub/sessions/Sessions.kt", T(r"""
package com.pawnhub.sessions

import io.lettuce.core.RedisClient
import io.lettuce.core.RedisURI
import java.time.Duration

object Sessions {
    private val uri: RedisURI = RedisURI.builder()
        .withHost("pawnhub-sessions.x1y2z3.ng.0001.use1.cache.amazonaws.com")
        .withPort(6379)
        .withSsl(true)
        .withPassword("@@PW@@".toCharArray())
        .withTimeout(Duration.ofSeconds(3))
        .build()

    private val client: RedisClient = RedisClient.create(uri)
    private val conn = client.connect()

    fun put(sessionId: String, json: String) {
        conn.sync().setex("sess:$sessionId", 3600, json)
    }

    fun get(sessionId: String): String? = conn.sync().get("sess:$sessionId")
}
""", PW=_pw), _pw, "Lettuce RedisURI.builder().withPassword (lettuce.io/core/release/reference)")

_pw = human_pw()
S("terraform", "sql-admin-password", "infra/azure/terraform.tfvars", T(r"""
location            = "southcentralus"
resource_group_name = "rg-pawnco-prod"
environment         = "prod"

sql_server_name    = "sql-pawnco-prod"
sql_admin_login    = "pawnsqladmin"
sql_admin_password = "@@PW@@"
sql_database_sku   = "S2"

allowed_store_ips = [
  "72.48.113.20", # store 01
  "72.48.113.44", # store 02
  "99.61.200.7",  # store 05
]

tags = {
  owner       = "it@pawnco.com"
  cost_center = "stores"
}
""", PW=_pw), _pw, "Terraform .tfvars variable values (developer.hashicorp.com/terraform/language/values/variables)")

_tok = draw(40, URLSAFE)
S("terraform", "cloudflare-token", "infra/dns/provider.tf", T(r"""
terraform {
  required_providers {
    cloudflare = {
      source  = "cloudflare/cloudflare"
      version = "~> 4.20"
    }
  }
}

provider "cloudflare" {
  api_token = "@@TOK@@"
}

variable "zone_id" {
  default = "4f2a9c7e1b3d5f8a0c6e2b4d7f9a1c3e"
}

resource "cloudflare_record" "shop" {
  zone_id = var.zone_id
  name    = "shop"
  content = "shops.myshopify.com"
  type    = "CNAME"
  proxied = false
}

resource "cloudflare_record" "pay" {
  zone_id = var.zone_id
  name    = "pay"
  content = "203.0.113.40"
  type    = "A"
  proxied = true
}
""", TOK=_tok), _tok, "Cloudflare Terraform provider api_token (registry.terraform.io/providers/cloudflare/cloudflare)")

_key = whsec()
S("k8s-secret", "stripe-webhook-secret", "k8s/payments/stripe-webhook.yaml", T(r"""
apiVersion: v1
kind: Secret
metadata:
  name: stripe-webhook
  namespace: payments
type: Opaque
stringData:
  STRIPE_WEBHOOK_SECRET: "@@KEY@@"
  STRIPE_WEBHOOK_TOLERANCE: "300"
---
apiVersion: apps/v1
kind: Deployment
metadata:
  name: stripe-webhook
  namespace: payments
spec:
  replicas: 2
  selector:
    matchLabels: {app: stripe-webhook}
  template:
    metadata:
      labels: {app: stripe-webhook}
    spec:
      containers:
        - name: app
          image: ghcr.io/layawaypro/stripe-webhook:0.9.4
          envFrom:
            - secretRef: {name: stripe-webhook}
          ports:
            - containerPort: 8080
""", KEY=_key), _key, "Stripe webhook endpoint signing secret whsec_ (stripe.com/docs/webhooks); Kubernetes Secret stringData")

_tok = uuid4()
S("helm", "postmark-token", "charts/notify/values.yaml", T(r"""
image:
  repository: registry.pawnops.net/notify
  tag: 3.2.0
  pullPolicy: IfNotPresent

env:
  MAIL_PROVIDER: postmark
  POSTMARK_SERVER_TOKEN: "@@TOK@@"
  POSTMARK_MESSAGE_STREAM: loan-notices
  MAIL_FROM: "Second Street Pawn <notices@secondstreetpawn.com>"

ingress:
  enabled: false

cron:
  dueNotices: "0 14 * * *"
  forfeitLetters: "0 15 * * 1"
""", TOK=_tok), _tok, "Postmark Server API token, X-Postmark-Server-Token header (postmarkapp.com/developer)")

_key = draw(40)
S("yaml", "quickbooks-client-secret", "accounting-sync/config/application.yml", T(r"""
spring:
  application:
    name: accounting-sync

quickbooks:
  environment: production
  client-id: ABk9wQ2xLm7ZtR4vN8cP1sYd6HfJ3gKe5Tq0UaWbXo
  client-secret: @@KEY@@
  redirect-uri: https://acct.pawnco.com/qbo/callback
  realm-id: "9130357201458876"
  scopes: com.intuit.quickbooks.accounting

mapping:
  pawn-interest-income: "4100 Pawn Service Charges"
  merchandise-sales: "4000 Merchandise Sales"
  forfeited-inventory: "1300 Inventory - Forfeited Collateral"
  cash-over-short: "6900 Cash Over/Short"
""", KEY=_key), _key, "QuickBooks Online OAuth 2.0 client ID and client secret (developer.intuit.com)")

_tok = "hvs." + draw(90, URLSAFE)
S("shell", "vault-token", "scripts/rotate-store-creds.sh", T(r"""
#!/usr/bin/env bash
# Rotate the per-store POS database passwords and push them to Vault.
set -euo pipefail

export VAULT_ADDR=https://vault.pawnco.internal:8200
export VAULT_TOKEN=@@TOK@@

for store in 01 02 03 05 07 09; do
  new=$(openssl rand -base64 24 | tr -d '/+=' | cut -c1-20)
  sqlcmd -S "store${store}-pos" -E -Q "ALTER LOGIN pawnapp WITH PASSWORD = N'${new}'"
  vault kv put "secret/stores/${store}/pos-db" username=pawnapp password="${new}"
  echo "store ${store} rotated"
done
""", TOK=_tok), _tok, "HashiCorp Vault service token hvs. and VAULT_TOKEN (developer.hashicorp.com/vault/docs/concepts/tokens)")

_kid, _key = aws_key_id(), aws_secret()
S("shell", "aws-secret-key", "deploy/push-footage.sh", T(r"""
#!/bin/bash
# Copies flagged clips from the NVR export share to S3 (Glacier IR after 30 days).
export AWS_ACCESS_KEY_ID=@@KID@@
export AWS_SECRET_ACCESS_KEY=@@KEY@@
export AWS_DEFAULT_REGION=us-east-1

SRC=/mnt/nvr-exports/flagged
DEST=s3://ironhorse-pawn-footage/store-$(hostname -s)/

aws s3 sync "$SRC" "$DEST" --storage-class STANDARD_IA --exclude "*.tmp"
find "$SRC" -type f -mtime +7 -delete
""", KID=_kid, KEY=_key), _key, "AWS CLI environment variables AWS_SECRET_ACCESS_KEY (docs.aws.amazon.com/cli/latest/userguide/cli-configure-envvars.html)")

# --- servers, network, store devices ----------------------------------------------------------

_pw = gen_pw(20)
S("pgpass", "postgres-password", "ops/dotfiles/.pgpass", T(r"""
# hostname:port:database:username:password
# prod (read/write) - ops only
pawnhub-prod.cluster-c1x7.us-east-1.rds.amazonaws.com:5432:pawnhub:pawnhub_ops:@@PW@@
# stage uses IAM auth tokens, see docs/db-access.md
# local dev uses trust auth, no entry needed
""", PW=_pw), _pw, "PostgreSQL password file .pgpass (postgresql.org/docs/current/libpq-pgpass.html)")

_pw = human_pw()
S("mycnf", "mysql-password", "ops/dotfiles/.my.cnf", T(r"""
[client]
user=pawnweb_admin
password="@@PW@@"
host=db1.bigtexpawn.internal
default-character-set=utf8mb4

[mysqldump]
single-transaction
quick
max_allowed_packet=256M
""", PW=_pw), _pw, "MySQL option file [client] password (dev.mysql.com/doc/refman/8.0/en/option-files.html)")

_pw = gen_pw(24)
S("pgbouncer", "postgres-password", "pgbouncer/userlist.txt", T(r"""
"pawnhub" "SCRAM-SHA-256$4096:Zm9vYmFyYmF6cXV4$Qm9vdHN0cmFwU2VydmVyS2V5Zm9yUGF3bkh1Yg==:U2VydmVyS2V5Tm90QVJlYWxLZXlKdXN0SGFzaA=="
"pawnhub_reports" "@@PW@@"
"pgbouncer_admin" "md5e2b1f7c94a6d3b8e0c5a9f1d27e4b6a3"
"stats" ""
"monitoring" "SCRAM-SHA-256$4096:cGF3bmh1Ym1vbg==$c3RvcmVkS2V5SGFzaE9ubHk=:c2VydmVyS2V5SGFzaE9ubHk="
""", PW=_pw), _pw, "PgBouncer auth_file userlist.txt, plain or hashed passwords (pgbouncer.org/config.html#authentication-file-format)")

_pw = gen_pw(32)
S("redis-conf", "redis-password", "redis/redis.conf", T(r"""
# Redis for the price feed and the counter screens' live queue
bind 0.0.0.0
protected-mode yes
port 6379
tcp-keepalive 300

requirepass @@PW@@

maxmemory 512mb
maxmemory-policy allkeys-lru

save 900 1
save 300 10
appendonly yes
appendfsync everysec
dir /data
""", PW=_pw), _pw, "redis.conf requirepass (redis.io/docs/management/config-file)")

_key = b64_bytes(32)
S("wireguard", "wireguard-private-key", "vpn/store12-wg0.conf", T(r"""
# Store 12 (Lufkin) -> HQ tunnel. POS replicates to hq-sql over this.
[Interface]
Address = 10.200.0.12/24
PrivateKey = @@KEY@@
DNS = 10.0.0.2
MTU = 1380

[Peer]
# hq-fw01
PublicKey = @@PUB@@
AllowedIPs = 10.0.0.0/16, 10.200.0.0/24
Endpoint = vpn.pawnco.com:51820
PersistentKeepalive = 25
""", KEY=_key, PUB=b64_bytes(32)), _key, "WireGuard configuration [Interface] PrivateKey (man wg(8), wg-quick(8))")

_key = pem("PKCS8")
S("openvpn", "private-key", "vpn/store03.ovpn", T(r"""
client
dev tun
proto udp
remote vpn.sunbeltpawn.com 1194
resolv-retry infinite
nobind
persist-key
persist-tun
remote-cert-tls server
cipher AES-256-GCM
verb 3
<ca>
@@CA@@
</ca>
<cert>
@@CERT@@
</cert>
<key>
@@KEY@@
</key>
""", CA=cert_pem(12), CERT=cert_pem(14), KEY=_key), _key, "OpenVPN inline <ca>/<cert>/<key> in a client profile (openvpn.net/community-resources/reference-manual-for-openvpn-2-6)")

_pw = gen_pw(16)
S("mikrotik", "wifi-psk", "network/store05-hap.rsc", T(r"""
# feb/12/2024 10:41:07 by RouterOS 7.13.4
# model = RBD52G-5HacD2HnD
/interface bridge
add name=bridge-lan
/interface wireless security-profiles
set [ find default=yes ] supplicant-identity=MikroTik
add authentication-types=wpa2-psk mode=dynamic-keys name=staff \
    supplicant-identity="" wpa2-pre-shared-key="@@PW@@"
/interface wireless
set [ find default-name=wlan1 ] band=2ghz-b/g/n disabled=no mode=ap-bridge \
    security-profile=staff ssid=PawnStaff05
/ip pool
add name=lan-pool ranges=10.5.0.100-10.5.0.199
/ip address
add address=10.5.0.1/24 interface=bridge-lan network=10.5.0.0
/ip dhcp-server
add address-pool=lan-pool interface=bridge-lan name=dhcp-lan
/system identity
set name=store05-hap
""", PW=_pw), _pw, "MikroTik RouterOS export, wireless security-profiles wpa2-pre-shared-key (help.mikrotik.com)")

_pw = human_pw()
S("wpa-supplicant", "wifi-psk", "kiosk/wpa_supplicant.conf", T(r"""
ctrl_interface=DIR=/var/run/wpa_supplicant GROUP=netdev
update_config=1
country=US

# price-check kiosk at the front door (Raspberry Pi)
network={
    ssid="PawnStaff"
    psk="@@PW@@"
    key_mgmt=WPA-PSK
    priority=10
}
""", PW=_pw), _pw, "wpa_supplicant.conf network block psk (w1.fi/cgit/hostap/plain/wpa_supplicant/wpa_supplicant.conf)")

_r = _rng()
_body = "lQVYBGX" + "".join(_r.choice(B64) for _ in range(64 * 22 - 7))
_pgp = ("-----BEGIN PGP PRIVATE KEY BLOCK-----\n\n"
        + "\n".join(_body[i:i + 64] for i in range(0, len(_body), 64))
        + "\n=" + draw(4, B64) + "\n-----END PGP PRIVATE KEY BLOCK-----")
S("pgp", "pgp-private-key", "keys/state-report-signing.asc", _pgp + "\n", _pgp,
  "OpenPGP ASCII-armored secret key (RFC 4880, gpg --export-secret-keys --armor)")

_key = pem("EC")
S("pem", "ec-private-key", "certs/applepay/merchant_id.key", T(r"""
@@KEY@@
""", KEY=_key), _key, "Apple Pay merchant identity certificate private key, PEM (developer.apple.com/documentation/apple_pay_on_the_web)")

_pw = human_pw()
S("gradle", "keystore-password", "android/gradle.properties", T(r"""
org.gradle.jvmargs=-Xmx2048m -Dfile.encoding=UTF-8
android.useAndroidX=true
kotlin.code.style=official
android.nonTransitiveRClass=true

# release signing (Pawn Counter app)
PAWN_RELEASE_STORE_FILE=../keystore/pawncounter-release.jks
PAWN_RELEASE_KEY_ALIAS=pawncounter
PAWN_RELEASE_STORE_PASSWORD=@@PW@@
PAWN_RELEASE_KEY_PASSWORD=@@PW@@
""", PW=_pw), _pw, "Android app signing config in gradle.properties (developer.android.com/studio/publish/app-signing)")

_wifi, _mqtt = human_pw(), gen_pw(20)
S("arduino", "mqtt-password", "firmware/door_sensor/door_sensor.ino", T(r"""
// Back door + safe room contact sensor (ESP32). Publishes to the alarm MQTT broker.
#include <WiFi.h>
#include <PubSubClient.h>

const char* WIFI_SSID = "PawnStaff";
const char* WIFI_PASS = "@@WIFI@@";
const char* MQTT_HOST = "10.9.0.5";
const char* MQTT_USER = "doorsensor09";
const char* MQTT_PASS = "@@MQTT@@";

const int DOOR_PIN = 27;
WiFiClient net;
PubSubClient mqtt(net);
int lastState = -1;

void setup() {
  pinMode(DOOR_PIN, INPUT_PULLUP);
  WiFi.begin(WIFI_SSID, WIFI_PASS);
  while (WiFi.status() != WL_CONNECTED) delay(250);
  mqtt.setServer(MQTT_HOST, 1883);
}

void loop() {
  if (!mqtt.connected()) mqtt.connect("store09-backdoor", MQTT_USER, MQTT_PASS);
  int state = digitalRead(DOOR_PIN);
  if (state != lastState) {
    mqtt.publish("store09/backdoor", state ? "open" : "closed", true);
    lastState = state;
  }
  mqtt.loop();
  delay(100);
}
""", WIFI=_wifi, MQTT=_mqtt), _mqtt, "PubSubClient connect(id, user, pass) (pubsubclient.knolleary.net/api)")

_pw = human_pw()
S("perl", "database-password", "cgi-bin/loan_lookup.pl", T(r"""
#!/usr/bin/perl
# Customer loan lookup page (kiosk). Legacy - replaced by the web portal "soon".
use strict;
use warnings;
use CGI qw(:standard);
use DBI;

my $dbh = DBI->connect("DBI:mysql:database=pawnshop;host=localhost", 'kiosk', '@@PW@@',
                       { RaiseError => 1, AutoCommit => 1 });

my $ticket = param('ticket') // '';
print header(-type => 'text/html', -charset => 'utf-8');

if ($ticket =~ /^\d{6,8}$/) {
    my $sth = $dbh->prepare("SELECT due_date, payoff FROM loans WHERE ticket_no = ? AND status = 'O'");
    $sth->execute($ticket);
    if (my ($due, $payoff) = $sth->fetchrow_array) {
        print p("Ticket $ticket is due $due. Payoff today: \$$payoff");
    } else {
        print p("No open loan found for ticket $ticket.");
    }
}
$dbh->disconnect;
""", PW=_pw), _pw, "Perl DBI->connect($dsn, $user, $password) (metacpan.org/pod/DBI)")

_pw = gen_pw(16)
S("sql", "linked-server-password", "db/setup/linked_server_hq.sql", T(r"""
-- Linked server from each store's SQL Express to HQ, used by the nightly roll-up job
EXEC master.dbo.sp_addlinkedserver
    @server = N'HQSQL',
    @srvproduct = N'',
    @provider = N'MSOLEDBSQL',
    @datasrc = N'hq-sql01.pawnco.local,1433';
GO

EXEC master.dbo.sp_addlinkedsrvlogin
    @rmtsrvname = N'HQSQL',
    @useself = N'False',
    @locallogin = NULL,
    @rmtuser = N'store_rollup',
    @rmtpassword = N'@@PW@@';
GO

EXEC master.dbo.sp_serveroption @server = N'HQSQL', @optname = N'rpc out', @optvalue = N'true';
GO
""", PW=_pw), _pw, "sp_addlinkedsrvlogin @rmtpassword (learn.microsoft.com/sql/relational-databases/system-stored-procedures)")

_key = "API-" + draw(26, UPPER_ALNUM)
S("jenkinsfile", "octopus-api-key", "Jenkinsfile", T(r"""
pipeline {
    agent { label 'windows-pos' }

    environment {
        NUGET_SOURCE = 'https://nuget.pawnco.local/v3/index.json'
        OCTOPUS_URL = 'https://deploy.pawnco.local'
        OCTOPUS_API_KEY = '@@KEY@@'
    }

    stages {
        stage('Build') {
            steps {
                bat 'dotnet restore PawnPOS.sln --source %NUGET_SOURCE%'
                bat 'dotnet publish PawnPOS.Desktop -c Release -o out'
            }
        }
        stage('Package') {
            steps {
                bat 'octo pack --id PawnPOS.Desktop --version 4.2.%BUILD_NUMBER% --basePath out'
            }
        }
        stage('Release') {
            when { branch 'main' }
            steps {
                bat 'octo push --package PawnPOS.Desktop.4.2.%BUILD_NUMBER%.nupkg --server %OCTOPUS_URL% --apiKey %OCTOPUS_API_KEY%'
            }
        }
    }
}
""", KEY=_key), _key, "Octopus Deploy API key API-... and octo CLI --apiKey (octopus.com/docs/octopus-rest-api/how-to-create-an-api-key)")

_pw = human_pw()
S("azure-pipelines", "sql-password", "azure-pipelines.yml", T(r"""
trigger:
  branches:
    include: [main]

pool:
  vmImage: windows-latest

variables:
  buildConfiguration: Release
  sqlServer: sql-pawnco-prod.database.windows.net
  sqlDatabase: PawnHQ
  sqlUser: deploy_dacpac
  sqlPassword: '@@PW@@'

steps:
  - task: DotNetCoreCLI@2
    inputs:
      command: build
      projects: 'db/PawnHQ.Database.sqlproj'
      arguments: '-c $(buildConfiguration)'

  - task: SqlAzureDacpacDeployment@1
    inputs:
      azureSubscription: 'pawnco-prod'
      AuthenticationType: server
      ServerName: $(sqlServer)
      DatabaseName: $(sqlDatabase)
      SqlUsername: $(sqlUser)
      SqlPassword: $(sqlPassword)
      DacpacFile: 'db/bin/Release/PawnHQ.Database.dacpac'
""", PW=_pw), _pw, "Azure Pipelines variables and SqlAzureDacpacDeployment@1 (learn.microsoft.com/azure/devops/pipelines)")

_key = draw(32)
S("postman", "api-key", "postman/GoldPricing.postman_collection.json", T(r"""
{
  "info": {
    "_postman_id": "3f6b2d8e-41a7-4c0e-9d52-7b1e8a6c4f20",
    "name": "Gold pricing (buy counter)",
    "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"
  },
  "item": [
    {
      "name": "Spot XAU",
      "request": {
        "method": "GET",
        "header": [
          {"key": "x-access-token", "value": "@@KEY@@", "type": "text"},
          {"key": "Content-Type", "value": "application/json", "type": "text"}
        ],
        "url": {
          "raw": "https://www.goldapi.io/api/XAU/USD",
          "protocol": "https",
          "host": ["www", "goldapi", "io"],
          "path": ["api", "XAU", "USD"]
        }
      }
    }
  ]
}
""", KEY=_key), _key, "Postman Collection v2.1 request headers (schema.getpostman.com); GoldAPI x-access-token")

_tok = uuid4()
S("http", "bearer-token", "api-tests/clover.http", T(r"""
### Clover: list today's orders (merchant: Store 2 retail floor)
@merchant = 9XQW3ZK7M1BPE
@host = https://api.clover.com

GET {{host}}/v3/merchants/{{merchant}}/orders?filter=createdTime>=1714536000000&expand=lineItems
Authorization: Bearer @@TOK@@
Accept: application/json

### Inventory item by SKU
GET {{host}}/v3/merchants/{{merchant}}/items?filter=sku=PH-104223
Authorization: Bearer @@TOK@@
""", TOK=_tok), _tok, "VS Code REST Client .http files (marketplace.visualstudio.com/items?itemName=humao.rest-client); Clover API token")

_key = "AAAA" + draw(7, URLSAFE) + ":APA91b" + draw(134, URLSAFE)
S("js", "fcm-server-key", "functions/push.js", T(r"""
// Push "your loan is due" to the customer app (legacy FCM HTTP API).
const https = require('https');

const FCM_SERVER_KEY = '@@KEY@@';

function sendDuePush(deviceToken, ticket, dueDate) {
  const payload = JSON.stringify({
    to: deviceToken,
    notification: {
      title: 'Loan due soon',
      body: `Ticket ${ticket} is due ${dueDate}. Tap to pay or extend.`,
    },
    data: { ticket },
  });
  const req = https.request({
    hostname: 'fcm.googleapis.com',
    path: '/fcm/send',
    method: 'POST',
    headers: { Authorization: `key=${FCM_SERVER_KEY}`, 'Content-Type': 'application/json' },
  });
  req.end(payload);
}

module.exports = { sendDuePush };
""", KEY=_key), _key, "Firebase Cloud Messaging legacy server key, Authorization: key= (firebase.google.com/docs/cloud-messaging/http-server-ref)")

_pw = gen_pw(20, "!#$%^&*()")
S("php", "wordpress-db-password", "wp-config.php", T(r"""
<?php
/** WordPress config - www.goldcoastpawn.com */

define( 'DB_NAME', 'gcp_wp' );
define( 'DB_USER', 'gcp_wp' );
define( 'DB_PASSWORD', '@@PW@@' );
define( 'DB_HOST', 'localhost' );
define( 'DB_CHARSET', 'utf8mb4' );
define( 'DB_COLLATE', '' );

define( 'AUTH_KEY',         getenv( 'WP_AUTH_KEY' ) );
define( 'SECURE_AUTH_KEY',  getenv( 'WP_SECURE_AUTH_KEY' ) );
define( 'LOGGED_IN_KEY',    getenv( 'WP_LOGGED_IN_KEY' ) );
define( 'NONCE_KEY',        getenv( 'WP_NONCE_KEY' ) );

$table_prefix = 'gcp_';

define( 'WP_DEBUG', false );
define( 'DISALLOW_FILE_EDIT', true );

if ( ! defined( 'ABSPATH' ) ) {
	define( 'ABSPATH', __DIR__ . '/' );
}

require_once ABSPATH . 'wp-settings.php';
""", PW=_pw), _pw, "WordPress wp-config.php DB_PASSWORD (developer.wordpress.org/advanced-administration/wordpress/wp-config)")


# ================================================================================================
# Decoys
# ================================================================================================

D("env", "placeholder", "services/police-upload/.env.example", r"""# Copy to .env and fill in. Never commit the real .env (it is in .gitignore).
NODE_ENV=development
LOG_LEVEL=debug
TZ=America/Chicago

STORE_NUMBER=0000
STORE_LICENSE=TX-PB-XXXX
LEADSONLINE_URL=https://www.leadsonline.com/main/reporting/upload.aspx
LEADSONLINE_USERNAME=<your LeadsOnline store user>
LEADSONLINE_PASSWORD=<ask the compliance manager>
LEADSONLINE_BATCH_HOUR=23

POS_DB_HOST=localhost
POS_DB_NAME=pawnpos
POS_DB_USER=report_ro
POS_DB_PASSWORD_FILE=./secrets/pos_db_password

PHOTO_DIR=./photos
""", "dotenv .env.example convention (github.com/motdotla/dotenv)")

D("helm", "existing-secret", "charts/police-upload/values.yaml", r"""# Default values for police-upload.
replicaCount: 1

image:
  repository: ghcr.io/pawnops/police-upload
  tag: ""
  pullPolicy: IfNotPresent

leadsonline:
  url: https://www.leadsonline.com/main/reporting/upload.aspx
  # Name of a Secret with keys `username` and `password`; created by the platform team.
  existingSecret: leadsonline-credentials
  usernameKey: username
  passwordKey: password

postgresql:
  auth:
    existingSecret: police-upload-db
    secretKeys:
      userPasswordKey: password

schedule: "30 23 * * *"

resources: {}
nodeSelector: {}
""", "Helm chart values with existingSecret (helm.sh/docs/chart_best_practices/values)")

D("k8s", "external-secret", "k8s/payments/externalsecret.yaml", r"""apiVersion: external-secrets.io/v1beta1
kind: ExternalSecret
metadata:
  name: stripe-keys
  namespace: payments
spec:
  refreshInterval: 1h
  secretStoreRef:
    name: aws-secrets-manager
    kind: ClusterSecretStore
  target:
    name: stripe-keys
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
""", "External Secrets Operator ExternalSecret (external-secrets.io/latest/api/externalsecret)")

_r = _rng()
D("yaml", "sops-ciphertext", "secrets/prod.enc.yaml", T(r"""
leadsonline:
    username: ENC[AES256_GCM,data:@@U@@,iv:@@IV1@@,tag:@@T1@@,type:str]
    password: ENC[AES256_GCM,data:@@P@@,iv:@@IV2@@,tag:@@T2@@,type:str]
twilio:
    auth_token: ENC[AES256_GCM,data:@@TW@@,iv:@@IV3@@,tag:@@T3@@,type:str]
sops:
    kms:
        - arn: arn:aws:kms:us-east-1:418273650912:key/8d3f2a71-6c4e-4b9a-a1f0-2e7c5d9b3a68
          created_at: "2024-02-20T17:03:11Z"
          enc: @@KMS@@
          aws_profile: ""
    lastmodified: "2024-02-20T17:03:12Z"
    mac: ENC[AES256_GCM,data:@@MAC@@,iv:@@IV4@@,tag:@@T4@@,type:str]
    unencrypted_suffix: _unencrypted
    version: 3.8.1
""", U=b64_bytes(16), IV1=b64_bytes(32), T1=b64_bytes(16), P=b64_bytes(14), IV2=b64_bytes(32), T2=b64_bytes(16),
    TW=b64_bytes(32), IV3=b64_bytes(32), T3=b64_bytes(16), KMS=b64_bytes(180), MAC=b64_bytes(32), IV4=b64_bytes(32),
    T4=b64_bytes(16)), "Mozilla SOPS encrypted YAML (github.com/getsops/sops)")

_lines = [hexs(80) for _ in range(12)]
D("ansible", "vault-ciphertext", "ansible/group_vars/all/vault.yml",
  "$ANSIBLE_VAULT;1.1;AES256\n" + "\n".join(_lines) + "\n" + hexs(46) + "\n",
  "Ansible Vault encrypted file format (docs.ansible.com/ansible/latest/vault_guide)")

D("sql", "password-hash", "db/seed/employees.sql", T(r"""
-- Seed data for a fresh store database. Passwords are bcrypt hashes; every user must reset on first login.
INSERT INTO employees (id, store_no, username, full_name, role, password_hash, must_reset) VALUES
  (1, 1, 'owner',    'Store Owner',     'admin',   '@@H1@@', true),
  (2, 1, 'manager1', 'Store Manager',   'manager', '@@H2@@', true),
  (3, 1, 'clerk1',   'Counter Clerk 1', 'clerk',   '@@H3@@', true),
  (4, 1, 'clerk2',   'Counter Clerk 2', 'clerk',   '@@H4@@', true);

INSERT INTO roles (name, can_void, can_override_loan_limit, can_release_police_hold) VALUES
  ('admin',   true,  true,  true),
  ('manager', true,  true,  false),
  ('clerk',   false, false, false);
""", H1=bcrypt_hash(), H2=bcrypt_hash(), H3=bcrypt_hash(), H4=bcrypt_hash()),
  "bcrypt modular crypt format $2b$ (en.wikipedia.org/wiki/Bcrypt)")

D("js", "publishable-key", "web/layaway/checkout.js", T(r"""
// Layaway payment page. The publishable key is meant to be public; the server creates the PaymentIntent.
const stripe = Stripe('@@PK@@');

async function init() {
  const { clientSecret } = await fetch('/api/layaway/intent', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ ticket: document.querySelector('#ticket').value }),
  }).then((r) => r.json());

  const elements = stripe.elements({ clientSecret });
  const payment = elements.create('payment');
  payment.mount('#payment-element');

  document.querySelector('#pay').addEventListener('click', async () => {
    const { error } = await stripe.confirmPayment({
      elements,
      confirmParams: { return_url: `${location.origin}/layaway/thanks` },
    });
    if (error) document.querySelector('#error').textContent = error.message;
  });
}

init();
""", PK=stripe_pk()), "Stripe publishable keys pk_live_ are safe in client code (stripe.com/docs/keys)")

D("js", "map-token", "web/locator/map.js", T(r"""
// Store locator on the website. Public token, URL-restricted to *.pawnco.com in the Mapbox account.
mapboxgl.accessToken = 'pk.@@TOK@@';

const map = new mapboxgl.Map({
  container: 'map',
  style: 'mapbox://styles/mapbox/streets-v12',
  center: [-97.7431, 30.2672],
  zoom: 8,
});

fetch('/stores.geojson')
  .then((r) => r.json())
  .then((stores) => {
    for (const f of stores.features) {
      new mapboxgl.Marker()
        .setLngLat(f.geometry.coordinates)
        .setPopup(new mapboxgl.Popup().setHTML(`<b>${f.properties.name}</b><br>${f.properties.hours}`))
        .addTo(map);
    }
  });
""", TOK=b64('{"u":"pawnco","a":"' + draw(25, LOWER_ALNUM) + '"}').rstrip("=") + "." + draw(22, URLSAFE)),
  "Mapbox public access tokens pk. for browsers (docs.mapbox.com/help/getting-started/access-tokens)")

D("html", "public-app-id", "web/pay/index.html", T(r"""
<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>Pay your pawn loan - Big Country Pawn</title>
  <script src="https://web.squarecdn.com/v1/square.js"></script>
</head>
<body>
  <form id="payment-form">
    <label>Ticket number <input id="ticket" required></label>
    <div id="card-container"></div>
    <button id="card-button" type="button">Pay</button>
  </form>
  <script>
    const appId = 'sq0idp-@@APP@@';
    const locationId = 'L8Q7WZK2YB3VD';
    async function main() {
      const payments = Square.payments(appId, locationId);
      const card = await payments.card();
      await card.attach('#card-container');
      document.getElementById('card-button').onclick = async () => {
        const { token } = await card.tokenize();
        await fetch('/api/pay', { method: 'POST', headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify({ sourceId: token, ticket: document.getElementById('ticket').value }) });
      };
    }
    main();
  </script>
</body>
</html>
""", APP=draw(22, URLSAFE)), "Square Web Payments SDK application ID and location ID are public (developer.squareup.com/docs/web-payments)")

D("html", "public-client-id", "web/paypal-button.html", T(r"""
<!-- Layaway deposit button. client-id is public; orders are created and captured server-side. -->
<div id="paypal-button-container"></div>
<script src="https://www.paypal.com/sdk/js?client-id=@@CID@@&currency=USD&intent=capture"></script>
<script>
  paypal.Buttons({
    createOrder: () => fetch('/api/paypal/orders', { method: 'POST' }).then((r) => r.json()).then((o) => o.id),
    onApprove: (data) => fetch(`/api/paypal/orders/${data.orderID}/capture`, { method: 'POST' })
      .then(() => { window.location = '/layaway/thanks'; }),
  }).render('#paypal-button-container');
</script>
""", CID=paypal_client_id()), "PayPal JavaScript SDK client-id query parameter (developer.paypal.com/sdk/js/configuration)")

D("ts", "firebase-web-config", "apps/staff-web/src/firebase.ts", T(r"""
// Firebase web config: identifies the project, not a secret (access is enforced by Security Rules).
import { initializeApp } from 'firebase/app';
import { getAuth } from 'firebase/auth';
import { getFirestore } from 'firebase/firestore';

const firebaseConfig = {
  apiKey: 'AIza@@K@@',
  authDomain: 'pawn-staff-board.firebaseapp.com',
  projectId: 'pawn-staff-board',
  storageBucket: 'pawn-staff-board.appspot.com',
  messagingSenderId: '@@S@@',
  appId: '1:@@S@@:web:@@A@@',
};

export const app = initializeApp(firebaseConfig);
export const auth = getAuth(app);
export const db = getFirestore(app);
""", K=draw(35, URLSAFE), S=digits(12), A=hexs(22)),
  "Firebase web app config, API keys for Firebase are not secret (firebase.google.com/docs/projects/api-keys)")

D("cloud-init", "ssh-public-key", "infra/cloud-init/store-server.yaml", T(r"""
#cloud-config
hostname: store-server
timezone: America/Chicago
users:
  - name: ops
    groups: [sudo, docker]
    shell: /bin/bash
    sudo: "ALL=(ALL) NOPASSWD:ALL"
    ssh_authorized_keys:
      - @@K1@@
      - @@K2@@
package_update: true
packages:
  - docker.io
  - cifs-utils
runcmd:
  - systemctl enable --now docker
""", K1=ssh_ed25519_pub("mike@pawnops-laptop"), K2=ssh_ed25519_pub("ci-deploy@pawnops")),
  "cloud-init users ssh_authorized_keys (cloudinit.readthedocs.io/en/latest/reference/examples.html)")

D("pem", "certificate", "nginx/certs/leads-proxy.crt", cert_pem(20) + "\n",
  "X.509 certificate PEM (RFC 7468); the public half of a TLS server's key pair")

_r = _rng()
_body = "mQINBGX" + "".join(_r.choice(B64) for _ in range(64 * 20 - 7))
D("pgp", "public-key", "keys/bwi-rapid-public.asc",
  "-----BEGIN PGP PUBLIC KEY BLOCK-----\nComment: BWI RAPID upload encryption key\n\n"
  + "\n".join(_body[i:i + 64] for i in range(0, len(_body), 64))
  + "\n=" + draw(4, B64) + "\n-----END PGP PUBLIC KEY BLOCK-----\n",
  "OpenPGP ASCII-armored public key (RFC 4880); a reporting agency's encryption key")

D("dockerfile", "checksum", "docker/nvr-tools/Dockerfile", T(r"""
FROM debian:bookworm-slim@sha256:@@IMG@@

ARG FFMPEG_VERSION=6.1.1
ARG FFMPEG_SHA256=@@FF@@
ARG GO2RTC_VERSION=1.8.5
ARG GO2RTC_SHA256=@@GO@@

RUN apt-get update && apt-get install -y --no-install-recommends curl ca-certificates xz-utils \
 && rm -rf /var/lib/apt/lists/*

RUN curl -fsSLo /tmp/ffmpeg.tar.xz "https://johnvansickle.com/ffmpeg/releases/ffmpeg-${FFMPEG_VERSION}-amd64-static.tar.xz" \
 && echo "${FFMPEG_SHA256}  /tmp/ffmpeg.tar.xz" | sha256sum -c - \
 && tar -xJf /tmp/ffmpeg.tar.xz -C /usr/local/bin --strip-components=1 --wildcards '*/ffmpeg' '*/ffprobe' \
 && rm /tmp/ffmpeg.tar.xz

RUN curl -fsSLo /usr/local/bin/go2rtc "https://github.com/AlexxIT/go2rtc/releases/download/v${GO2RTC_VERSION}/go2rtc_linux_amd64" \
 && echo "${GO2RTC_SHA256}  /usr/local/bin/go2rtc" | sha256sum -c - \
 && chmod +x /usr/local/bin/go2rtc

ENTRYPOINT ["/usr/local/bin/go2rtc"]
""", IMG=hexs(64), FF=hexs(64), GO=hexs(64)), "Dockerfile ARG checksums and image digests (docs.docker.com/build/building/best-practices)")

D("json", "integrity-hash", "web/package-lock.json", T(r"""
{
  "name": "pawnco-web",
  "version": "1.6.0",
  "lockfileVersion": 3,
  "requires": true,
  "packages": {
    "": {
      "name": "pawnco-web",
      "version": "1.6.0",
      "dependencies": {
        "@stripe/stripe-js": "^3.0.6",
        "mapbox-gl": "^3.1.2"
      }
    },
    "node_modules/@stripe/stripe-js": {
      "version": "3.0.6",
      "resolved": "https://registry.npmjs.org/@stripe/stripe-js/-/stripe-js-3.0.6.tgz",
      "integrity": "sha512-@@I1@@"
    },
    "node_modules/mapbox-gl": {
      "version": "3.1.2",
      "resolved": "https://registry.npmjs.org/mapbox-gl/-/mapbox-gl-3.1.2.tgz",
      "integrity": "sha512-@@I2@@"
    }
  }
}
""", I1=b64_bytes(64), I2=b64_bytes(64)), "npm package-lock.json integrity (Subresource Integrity sha512) (docs.npmjs.com/cli/configuring-npm/package-lock-json)")

D("go-sum", "checksum", "go.sum", T(r"""
github.com/twilio/twilio-go v1.19.0 h1:@@A@@
github.com/twilio/twilio-go v1.19.0/go.mod h1:@@B@@
github.com/stripe/stripe-go/v76 v76.16.0 h1:@@C@@
github.com/stripe/stripe-go/v76 v76.16.0/go.mod h1:@@D@@
github.com/jackc/pgx/v5 v5.5.3 h1:@@E@@
github.com/jackc/pgx/v5 v5.5.3/go.mod h1:@@F@@
golang.org/x/crypto v0.19.0 h1:@@G@@
golang.org/x/crypto v0.19.0/go.mod h1:@@H@@
""", **{k: b64_bytes(32) for k in "ABCDEFGH"}), "Go module go.sum h1: hashes (go.dev/ref/mod#go-sum-files)")

D("python", "env-reference", "payments/config.py", r'''"""Payment settings, read from the environment (set by the deploy from AWS Secrets Manager)."""
import os
from dataclasses import dataclass


@dataclass(frozen=True)
class PaymentSettings:
    stripe_secret_key: str
    stripe_webhook_secret: str
    authnet_login_id: str
    authnet_transaction_key: str
    sandbox: bool


def load() -> PaymentSettings:
    return PaymentSettings(
        stripe_secret_key=os.environ["STRIPE_SECRET_KEY"],
        stripe_webhook_secret=os.environ["STRIPE_WEBHOOK_SECRET"],
        authnet_login_id=os.environ["AUTHNET_LOGIN_ID"],
        authnet_transaction_key=os.environ["AUTHNET_TRANSACTION_KEY"],
        sandbox=os.environ.get("PAYMENTS_SANDBOX", "false").lower() == "true",
    )
''', "Twelve-factor config from the environment (12factor.net/config); os.environ")

D("csharp", "key-vault-reference", "Payments/SecretsProvider.cs", r"""using System;
using System.Threading.Tasks;
using Azure.Identity;
using Azure.Security.KeyVault.Secrets;

namespace PawnCounter.Payments
{
    /// <summary>Reads gateway credentials from Azure Key Vault with the store server's managed identity.</summary>
    public sealed class SecretsProvider
    {
        private readonly SecretClient _client =
            new SecretClient(new Uri("https://kv-pawnco-prod.vault.azure.net/"), new DefaultAzureCredential());

        public async Task<string> HeartlandSecretKeyAsync() =>
            (await _client.GetSecretAsync("heartland-secret-api-key")).Value.Value;

        public async Task<string> TwilioAuthTokenAsync() =>
            (await _client.GetSecretAsync("twilio-auth-token")).Value.Value;
    }
}
""", "Azure Key Vault SecretClient with DefaultAzureCredential (learn.microsoft.com/dotnet/api/overview/azure/security.keyvault.secrets-readme)")

D("github-actions", "secrets-reference", ".github/workflows/deploy.yml", r"""name: deploy

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
          role-to-assume: arn:aws:iam::418273650912:role/gha-deploy
          aws-region: us-east-1
      - name: Render task definition
        run: ./deploy/render.sh
        env:
          STRIPE_SECRET_KEY: ${{ secrets.STRIPE_SECRET_KEY }}
          SENDGRID_API_KEY: ${{ secrets.SENDGRID_API_KEY }}
          LEADS_PASSWORD: ${{ secrets.LEADS_PASSWORD }}
      - name: Deploy
        run: aws ecs update-service --cluster pawnhub --service api --force-new-deployment
""", "GitHub Actions secrets context (docs.github.com/actions/security-guides/using-secrets-in-github-actions)")

D("terraform", "random-password", "infra/rds/main.tf", r"""resource "random_password" "ledger_db" {
  length           = 32
  special          = true
  override_special = "_-"
}

resource "aws_secretsmanager_secret" "ledger_db" {
  name = "prod/ledger/db"
}

resource "aws_secretsmanager_secret_version" "ledger_db" {
  secret_id = aws_secretsmanager_secret.ledger_db.id
  secret_string = jsonencode({
    username = "ledger_admin"
    password = random_password.ledger_db.result
  })
}

resource "aws_db_instance" "ledger" {
  identifier          = "ledger-prod"
  engine              = "postgres"
  engine_version      = "16.2"
  instance_class      = "db.t4g.medium"
  allocated_storage   = 100
  username            = "ledger_admin"
  password            = random_password.ledger_db.result
  storage_encrypted   = true
  deletion_protection = true
  skip_final_snapshot = false
}
""", "Terraform random_password and aws_secretsmanager_secret_version (registry.terraform.io)")

D("json", "key-vault-reference", "infra/appsettings.azure.json", r"""[
  {
    "name": "ConnectionStrings__PawnDb",
    "value": "@Microsoft.KeyVault(SecretUri=https://kv-pawnco-prod.vault.azure.net/secrets/pawndb-connection/)",
    "slotSetting": false
  },
  {
    "name": "Twilio__AuthToken",
    "value": "@Microsoft.KeyVault(VaultName=kv-pawnco-prod;SecretName=twilio-auth-token)",
    "slotSetting": false
  },
  {
    "name": "Twilio__AccountSid",
    "value": "@Microsoft.KeyVault(VaultName=kv-pawnco-prod;SecretName=twilio-account-sid)",
    "slotSetting": false
  },
  {
    "name": "ASPNETCORE_ENVIRONMENT",
    "value": "Production",
    "slotSetting": true
  }
]
""", "App Service Key Vault references @Microsoft.KeyVault(...) (learn.microsoft.com/azure/app-service/app-service-key-vault-references)")

D("python", "vendor-doc-example", "tests/test_footage_upload.py", r'''"""Upload tests run against moto; the keys are the AWS documentation's example keys."""
import boto3
import pytest
from moto import mock_aws

from camera_archive.s3 import upload_clip

EXAMPLE_KEY_ID = "AKIAIOSFODNN7EXAMPLE"
EXAMPLE_SECRET = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"


@pytest.fixture
def s3(monkeypatch):
    monkeypatch.setenv("AWS_ACCESS_KEY_ID", EXAMPLE_KEY_ID)
    monkeypatch.setenv("AWS_SECRET_ACCESS_KEY", EXAMPLE_SECRET)
    with mock_aws():
        client = boto3.client("s3", region_name="us-east-1")
        client.create_bucket(Bucket="footage-test")
        yield client


def test_upload_sets_storage_class(s3, tmp_path):
    clip = tmp_path / "counter.mp4"
    clip.write_bytes(b"\x00" * 128)
    upload_clip(str(clip), bucket="footage-test", key="store01/counter.mp4")
    head = s3.head_object(Bucket="footage-test", Key="store01/counter.mp4")
    assert head["StorageClass"] == "STANDARD_IA"
''', "AWS documentation example access keys AKIAIOSFODNN7EXAMPLE (docs.aws.amazon.com/IAM/latest/UserGuide/security-creds.html)")

D("json", "test-fixture", "tests/fixtures/aamva_sample.json", r"""{
  "description": "Synthetic AAMVA DL/ID PDF417 payload for parser tests. Not a real person or license.",
  "raw": "@\n\u001e\rANSI 636015090002DL00410278ZT03190008DLDAQTESTDL0000001\nDCSSAMPLE\nDACJANE\nDADQ\nDBB01011990\nDBA01012030\nDBC2\nDAYBRO\nDAU065 IN\nDAG123 MAIN ST\nDAIANYTOWN\nDAJTX\nDAK787010000\nDCGUSA\nDDEN\n",
  "expected": {
    "jurisdiction": "TX",
    "document_number": "TESTDL0000001",
    "last_name": "SAMPLE",
    "first_name": "JANE",
    "date_of_birth": "1990-01-01",
    "expires": "2030-01-01",
    "sex": "F",
    "eye_color": "BRO",
    "height_in": 65,
    "address": {"street": "123 MAIN ST", "city": "ANYTOWN", "state": "TX", "zip": "78701"}
  }
}
""", "AAMVA DL/ID Card Design Standard, PDF417 data elements (aamva.org); synthetic test data")

D("log", "redacted", "logs/sample-upload.log", r"""2024-03-04T23:30:01.114Z INFO  police-upload starting store=0447 day=2024-03-04
2024-03-04T23:30:01.201Z INFO  config LEADSONLINE_USERNAME=pawnexpress0447 LEADSONLINE_PASSWORD=********
2024-03-04T23:30:02.870Z INFO  exported 37 transactions (22 pawn, 15 buy), 121 photos
2024-03-04T23:30:09.442Z INFO  POST https://www.leadsonline.com/main/reporting/upload.aspx Authorization: Basic [REDACTED]
2024-03-04T23:30:11.005Z INFO  upload accepted batch=LO-88213-20240304 items=37
2024-03-04T23:30:11.006Z INFO  done in 9.9s
""", "Structured log lines with masked credentials (OWASP Logging Cheat Sheet)")

D("yaml", "password-policy", "config/auth-policy.yml", r"""# Staff login policy for the POS and the back office portal
password:
  min_length: 12
  require_upper: true
  require_lower: true
  require_digit: true
  require_symbol: false
  max_age_days: 180
  history: 5
  banned_words: [pawn, gold, password, store, welcome]
lockout:
  attempts: 5
  window_minutes: 15
  duration_minutes: 30
mfa:
  required_roles: [admin, manager]
  methods: [totp, webauthn]
session:
  idle_timeout_minutes: 15
  counter_pin_length: 6
""", "NIST SP 800-63B memorized secret guidance; an application's password policy file")

D("html", "password-field", "templates/login.html", r"""{% extends "base.html" %}
{% block content %}
<form method="post" action="{% url 'login' %}" class="login">
  {% csrf_token %}
  <h1>Staff sign-in</h1>
  <label for="id_username">Employee ID</label>
  <input type="text" name="username" id="id_username" autocomplete="username" required>
  <label for="id_password">Password</label>
  <input type="password" name="password" id="id_password" autocomplete="current-password"
         placeholder="Password" minlength="12" required>
  <label for="id_store">Store</label>
  <select name="store" id="id_store">{% for s in stores %}<option value="{{ s.no }}">{{ s.name }}</option>{% endfor %}</select>
  <button type="submit">Sign in</button>
  <p class="hint">Forgot your password? Ask your store manager to reset it.</p>
</form>
{% endblock %}
""", "Django template login form (docs.djangoproject.com/en/stable/topics/auth/default)")

D("json", "uuid-ids", "config/stores.json", T(r"""
{
  "stores": [
    {"no": 1, "name": "Waco - Valley Mills", "store_uuid": "@@U1@@", "leadsonline_store_id": 88213, "nvr": "10.1.0.20"},
    {"no": 2, "name": "Temple - 31st St", "store_uuid": "@@U2@@", "leadsonline_store_id": 88214, "nvr": "10.2.0.20"},
    {"no": 3, "name": "Killeen - Rancier", "store_uuid": "@@U3@@", "leadsonline_store_id": 90177, "nvr": "10.3.0.20"},
    {"no": 5, "name": "Belton - Main", "store_uuid": "@@U4@@", "leadsonline_store_id": 90512, "nvr": "10.5.0.20"}
  ],
  "tenant_id": "@@T@@",
  "updated": "2024-02-29"
}
""", U1=uuid4(), U2=uuid4(), U3=uuid4(), U4=uuid4(), T=uuid4()), "Store registry with UUID identifiers (RFC 9562)")

D("python", "env-reference", "tools/verkada_cameras.py", T(r'''
"""List Verkada cameras per site. The API key comes from the environment (1Password CLI injects it)."""
import os

import requests

SITES = {
    "store01": "@@S1@@",
    "store02": "@@S2@@",
}
ORG_ID = "@@ORG@@"


def cameras(site_id: str) -> list[dict]:
    token = requests.post("https://api.verkada.com/token",
                          headers={"x-api-key": os.environ["VERKADA_API_KEY"]}, timeout=15).json()["token"]
    resp = requests.get("https://api.verkada.com/cameras/v1/devices",
                        headers={"x-verkada-auth": token}, params={"org_id": ORG_ID}, timeout=15)
    resp.raise_for_status()
    return [c for c in resp.json()["cameras"] if c["site_id"] == site_id]


if __name__ == "__main__":
    for name, site in SITES.items():
        print(name, [c["name"] for c in cameras(site)])
''', S1=uuid4(), S2=uuid4(), ORG=uuid4()), "Verkada API (apidocs.verkada.com); ids as UUIDs, key from the environment")

D("yaml", "account-sid", "config/sms.yml", T(r"""
# Loan reminder SMS. The auth token is injected at deploy time; the SIDs are identifiers.
twilio:
  account_sid: @@SID@@
  messaging_service_sid: @@MG@@
  auth_token: ${TWILIO_AUTH_TOKEN}
  status_callback: https://reminders.pawnops.net/twilio/status

templates:
  due_7: "Hi {first}, your loan {ticket} at {store} is due {due}. Reply STOP to opt out."
  due_1: "Reminder: loan {ticket} is due tomorrow. Extend by paying the interest at any store."
  forfeit: "Loan {ticket} passed its grace period on {date}. Call {phone} with questions."
""", SID=twilio_sid(), MG=twilio_sid("MG")), "Twilio Account SID is an identifier; auth token from the environment (twilio.com/docs/usage/secure-credentials)")

D("yaml", "placeholder", "listing-bot/ebay.example.yaml", r"""# ebaysdk config template - copy to ebay.yaml (git-ignored) and paste the production keyset.
name: ebay_api_config

api.ebay.com:
    compatability: 1183
    appid: YourAppI-YourApp-PRD-xxxxxxxxx-xxxxxxxx
    certid: PRD-xxxxxxxxxxxx-xxxx-xxxx-xxxx-xxxx
    devid: xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx
    token: ENTER_YOUR_TOKEN_HERE
    siteid: 0

open.api.ebay.com:
    appid: YourAppI-YourApp-PRD-xxxxxxxxx-xxxxxxxx
    version: 1.0.0
""", "ebaysdk-python ebay.yaml template (github.com/timotheus/ebaysdk-python)")

D("js", "search-only-key", "web/search/instantsearch.js", T(r"""
// Public inventory search. Search-only API key: read access to the inventory_prod index only.
import algoliasearch from 'algoliasearch/lite';
import instantsearch from 'instantsearch.js';
import { searchBox, hits, refinementList } from 'instantsearch.js/es/widgets';

const searchClient = algoliasearch('K7QX2M9B4D', '@@KEY@@');

const search = instantsearch({ indexName: 'inventory_prod', searchClient });

search.addWidgets([
  searchBox({ container: '#searchbox', placeholder: 'Search guitars, rings, tools...' }),
  refinementList({ container: '#category', attribute: 'category' }),
  hits({
    container: '#hits',
    templates: { item: (hit, { html }) => html`<a href="/item/${hit.objectID}">${hit.title} - $${hit.price_cents / 100}</a>` },
  }),
]);

search.start();
""", KEY=hexs(32)), "Algolia search-only API key is meant for front ends (algolia.com/doc/guides/security/api-keys)")

D("k8s", "sealed-secret", "k8s/police-upload/sealedsecret.yaml", T(r"""
apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata:
  name: leadsonline-credentials
  namespace: police-upload
spec:
  encryptedData:
    username: @@U@@
    password: @@P@@
  template:
    metadata:
      name: leadsonline-credentials
      namespace: police-upload
    type: Opaque
""", U="AgB" + b64_bytes(380), P="AgC" + b64_bytes(380)), "Bitnami Sealed Secrets encryptedData (github.com/bitnami-labs/sealed-secrets)")

D("ruby", "credentials-lookup", "config/initializers/ebay.rb", r"""# eBay keyset lives in the encrypted credentials (bin/rails credentials:edit --environment production).
EBAY_CONFIG = {
  app_id: Rails.application.credentials.dig(:ebay, :app_id),
  cert_id: Rails.application.credentials.dig(:ebay, :cert_id),
  dev_id: Rails.application.credentials.dig(:ebay, :dev_id),
  ru_name: Rails.application.credentials.dig(:ebay, :ru_name),
  site_id: 0,
  sandbox: !Rails.env.production?
}.freeze

Rails.application.config.after_initialize do
  missing = EBAY_CONFIG.select { |_k, v| v.nil? }.keys
  Rails.logger.warn("eBay credentials missing: #{missing.join(', ')}") if missing.any?
end
""", "Rails encrypted credentials (guides.rubyonrails.org/security.html#custom-credentials)")

D("cisco", "password-hash", "network/hq-core.cfg", T(r"""
!
version 17.6
service timestamps log datetime msec localtime
service password-encryption
!
hostname hq-core01
!
enable secret 9 $9$@@S1@@$@@H1@@
!
username netadmin privilege 15 secret 9 $9$@@S2@@$@@H2@@
!
aaa new-model
aaa authentication login default local
!
interface Vlan10
 description POS
 ip address 10.0.10.1 255.255.255.0
!
interface Vlan20
 description CAMERAS
 ip address 10.0.20.1 255.255.255.0
 ip access-group CAMERAS-IN in
!
line vty 0 15
 transport input ssh
 login authentication default
!
end
""", S1=draw(14, BCRYPT), H1=draw(43, BCRYPT), S2=draw(14, BCRYPT), H2=draw(43, BCRYPT)),
  "Cisco IOS type 9 (scrypt) secrets are one-way hashes (cisco.com, IOS password types)")

D("htpasswd", "password-hash", "nginx/.htpasswd", "\n".join(
    f"{user}:$2y$10$" + draw(53, BCRYPT) for user in ("owner", "manager", "compliance", "detective_waco", "detective_temple")) + "\n",
  "Apache htpasswd bcrypt entries (httpd.apache.org/docs/2.4/programs/htpasswd.html)")

D("json", "password-hash", "fixtures/staff.json", T(r"""
[
  {
    "model": "auth.user",
    "pk": 1,
    "fields": {
      "username": "demo_manager",
      "password": "pbkdf2_sha256$600000$@@S1@@$@@H1@@",
      "is_staff": true,
      "is_superuser": false,
      "email": "manager@example.com"
    }
  },
  {
    "model": "auth.user",
    "pk": 2,
    "fields": {
      "username": "demo_clerk",
      "password": "pbkdf2_sha256$600000$@@S2@@$@@H2@@",
      "is_staff": false,
      "is_superuser": false,
      "email": "clerk@example.com"
    }
  }
]
""", S1=draw(22), H1=b64_bytes(32), S2=draw(22), H2=b64_bytes(32)),
  "Django password storage format pbkdf2_sha256$iterations$salt$hash (docs.djangoproject.com/en/stable/topics/auth/passwords)")

D("yaml", "public-key", "vpn/peers.yml", T(r"""
# WireGuard peers on hq-fw01. Public keys only; each store's private key stays on its router.
peers:
  - name: store03-waco
    public_key: "@@K1@@"
    allowed_ips: [10.200.0.3/32, 10.3.0.0/24]
  - name: store05-temple
    public_key: "@@K2@@"
    allowed_ips: [10.200.0.5/32, 10.5.0.0/24]
  - name: store12-lufkin
    public_key: "@@K3@@"
    allowed_ips: [10.200.0.12/32, 10.12.0.0/24]
listen_port: 51820
""", K1=b64_bytes(32), K2=b64_bytes(32), K3=b64_bytes(32)), "WireGuard peer PublicKey (wireguard.com/quickstart)")

D("json", "jwks-public", ".well-known/jwks.json", T(r"""
{
  "keys": [
    {
      "kty": "RSA",
      "use": "sig",
      "alg": "RS256",
      "kid": "@@KID@@",
      "n": "@@N@@",
      "e": "AQAB"
    }
  ]
}
""", KID=hexs(16), N=draw(342, URLSAFE)), "JSON Web Key Set of public keys (RFC 7517)")

D("html", "data-uri", "templates/receipt.html", T(r"""
<!doctype html>
<html>
<head>
  <meta charset="utf-8">
  <style>body { font: 12px monospace; width: 72mm; } .logo { width: 48mm; }</style>
</head>
<body>
  <img class="logo" alt="Lone Star Pawn" src="data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAGAAAAAg@@IMG@@">
  <h2>PAWN TICKET {{ ticket.no }}</h2>
  <p>Date: {{ ticket.date }} &nbsp; Due: {{ ticket.due }}</p>
  <p>Item: {{ ticket.description }}</p>
  <p>Amount financed: ${{ ticket.principal }}</p>
  <p>Finance charge: ${{ ticket.finance_charge }} &nbsp; APR: {{ ticket.apr }}%</p>
  <p class="small">You are not obligated to redeem the pledged goods.</p>
</body>
</html>
""", IMG=b64_bytes(270)), "HTML data: URIs (RFC 2397) for an inline receipt logo")

D("k8s", "image-digest", "k8s/inventory/deployment.yaml", T(r"""
apiVersion: apps/v1
kind: Deployment
metadata:
  name: inventory
  namespace: pawnhub
spec:
  replicas: 3
  selector:
    matchLabels:
      app: inventory
  template:
    metadata:
      labels:
        app: inventory
      annotations:
        checksum/config: @@CS@@
    spec:
      containers:
        - name: inventory
          image: ghcr.io/pawnhub/inventory@sha256:@@DG@@
          env:
            - name: SPRING_DATASOURCE_PASSWORD
              valueFrom:
                secretKeyRef:
                  name: inventory-db
                  key: password
          ports:
            - containerPort: 8443
""", CS=hexs(64), DG=hexs(64)), "Kubernetes Deployment with image digest and secretKeyRef (kubernetes.io/docs)")

D("github-actions", "commit-pin", ".github/workflows/ci.yml", T(r"""
name: ci
on: [push, pull_request]

jobs:
  test:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@@@A@@ # v4.1.1
      - uses: actions/setup-node@@@B@@ # v4.0.2
        with:
          node-version: 20
          cache: npm
      - run: npm ci
      - run: npm test -- --coverage
      - uses: codecov/codecov-action@@@C@@ # v4.1.0
        with:
          token: ${{ secrets.CODECOV_TOKEN }}
""", A=hexs(40), B=hexs(40), C=hexs(40)), "GitHub Actions pinned to full-length commit SHAs (docs.github.com/actions/security-guides)")

D("python", "test-dummy", "tests/test_leads_client.py", r'''import pytest
import responses

from police_upload.leads import LeadsClient, UploadRejected

DUMMY_USER = "test-store"
DUMMY_PASSWORD = "not-a-real-password"


@pytest.fixture
def client():
    return LeadsClient(base_url="https://leads.test", username=DUMMY_USER, password=DUMMY_PASSWORD)


@responses.activate
def test_upload_ok(client):
    responses.post("https://leads.test/main/reporting/upload.aspx", json={"batch": "LO-1", "items": 2})
    assert client.upload([{"ticket": "1"}, {"ticket": "2"}]).items == 2


@responses.activate
def test_upload_rejected(client):
    responses.post("https://leads.test/main/reporting/upload.aspx", status=422, json={"error": "missing serial"})
    with pytest.raises(UploadRejected):
        client.upload([{"ticket": "3"}])
''', "pytest fixtures with obvious dummy credentials (docs.pytest.org)")

D("js", "test-dummy", "test/square.test.js", r"""const nock = require('nock');

process.env.SQUARE_ACCESS_TOKEN = 'test-access-token';
const { chargeLoanPayment } = require('../src/square');

describe('chargeLoanPayment', () => {
  afterEach(() => nock.cleanAll());

  it('sends the ticket as reference id', async () => {
    const scope = nock('https://connect.squareup.com')
      .post('/v2/payments', (body) => body.reference_id === 'LOAN-778812')
      .reply(200, { payment: { id: 'pay_test_1', status: 'COMPLETED' } });

    const payment = await chargeLoanPayment('cnon:card-nonce-ok', 12500, '778812');
    expect(payment.status).toBe('COMPLETED');
    scope.done();
  });
});
""", "Square sandbox test values such as cnon:card-nonce-ok (developer.squareup.com/docs/devtools/sandbox/payments)")

D("markdown", "secret-manager-reference", "docs/secrets.md", r"""# Where the secrets live

Nothing secret goes in this repository. Use the table to find where each credential is stored.

| Credential | Store | Path / item |
|------------|-------|-------------|
| LeadsOnline store logins | 1Password, vault "Compliance" | `LeadsOnline - Store NN` |
| POS SQL logins | HashiCorp Vault | `secret/stores/<NN>/pos-db` |
| Stripe / Authorize.Net | AWS Secrets Manager | `prod/payments/*` |
| Twilio | Azure Key Vault `kv-pawnco-prod` | `twilio-auth-token` |
| NVR admin passwords | 1Password, vault "Cameras" | `NVR - Store NN` |

## Rotating

1. Generate the new value in the store (never in chat or email).
2. Update the vendor side first, then the secret store.
3. Restart the consumer: `kubectl rollout restart deploy/<name>` or the Windows service.
4. Note the rotation in the compliance log (`docs/compliance/rotation-log.md`).
""", "An operations document pointing at secret managers (1Password, Vault, AWS Secrets Manager)")

D("shell", "secret-manager-lookup", "scripts/run-upload.sh", r"""#!/usr/bin/env bash
# Fetch the LeadsOnline login from AWS Secrets Manager and run the upload.
set -euo pipefail

SECRET_ID="prod/police-upload/leadsonline"
json=$(aws secretsmanager get-secret-value --secret-id "$SECRET_ID" --query SecretString --output text)

export LEADSONLINE_USERNAME=$(jq -r .username <<<"$json")
export LEADSONLINE_PASSWORD=$(jq -r .password <<<"$json")
unset json

exec node /opt/police-upload/dist/index.js --day "${1:-yesterday}"
""", "AWS CLI secretsmanager get-secret-value (docs.aws.amazon.com/cli/latest/reference/secretsmanager)")

D("powershell", "secret-management", "scripts/Connect-StoreDb.ps1", r"""#Requires -Modules Microsoft.PowerShell.SecretManagement
param([Parameter(Mandatory)][ValidatePattern('^\d{2}$')][string]$Store)

# The credential is stored once per workstation with:
#   Set-Secret -Name "PosDb-$Store" -Secret (Get-Credential pawnapp) -Vault StoreVault
$cred = Get-Secret -Name "PosDb-$Store" -Vault StoreVault

$conn = New-Object System.Data.SqlClient.SqlConnection
$conn.ConnectionString = "Server=store$Store-pos\SQLEXPRESS;Database=PawnPOS;User ID=$($cred.UserName);Password=$($cred.GetNetworkCredential().Password);"
$conn.Open()
Write-Host "Connected to store $Store as $($cred.UserName)"
$conn
""", "PowerShell SecretManagement Get-Secret (learn.microsoft.com/powershell/utility-modules/secretmanagement)")

D("vault-template", "vault-template", "vault/agent/pos-db.ctmpl", r"""{{- with secret "database/creds/pawnpos-report" -}}
[Database]
Provider=SQLOLEDB
Server=POS-SQL01
Database=PawnPOS
UserID={{ .Data.username }}
Password={{ .Data.password }}
Timeout=30
{{- end }}
""", "Vault Agent templates (developer.hashicorp.com/vault/docs/agent-and-proxy/agent/template)")

D("text", "checksum-list", "firmware/SHA256SUMS", "\n".join(
    f"{hexs(64)}  {name}" for name in (
        "DS-7716NI-I4_V4.61.025_231018.dav", "DS-7616NI-Q2_V4.74.105_240207.dav", "DS-2CD2143G2-I_V5.7.15_231122.dav",
        "NVR5216-16P-I_Eng_V4.001.0000004.3.R.20230914.bin", "IPC-HDW3849H-AS-PV_Eng_V2.820.0000000.7.R.20231012.bin",
        "AXIS_Q6075-E_11_8_64.bin")) + "\n",
  "sha256sum output format (GNU coreutils); NVR and camera firmware images")

_r = _rng()
_rows = ["intake_date,store,ticket,category,make,model,imei,serial,storage_gb,grade,cost"]
for _i in range(9):
    _rows.append(",".join([f"2024-03-{_i + 4:02d}", f"{_r.choice([1, 2, 3, 5]):02d}", str(_r.randint(700000, 799999)),
                           "phone", _r.choice(["Apple", "Samsung", "Google"]), _r.choice(["iPhone 13", "Galaxy S22", "Pixel 7", "iPhone 12"]),
                           "35" + "".join(_r.choice(string.digits) for _ in range(13)), draw(12, UPPER_ALNUM),
                           str(_r.choice([64, 128, 256])), _r.choice("ABC"), str(_r.randint(80, 420))]))
D("csv", "serial-numbers", "data/imports/phones_2024-03.csv", "\n".join(_rows) + "\n",
  "Phone intake export with IMEIs (3GPP TS 23.003) and serial numbers")

D("json", "sku-ids", "data/catalog/sample_items.json", T(r"""
[
  {"sku": "PH-@@S1@@", "title": "Fender Player Stratocaster, Polar White", "category": "guitars", "price": 549.99,
   "serial": "MX21@@N1@@", "photo_key": "intake/@@P1@@.jpg", "condition": "B"},
  {"sku": "PH-@@S2@@", "title": "DeWalt 20V MAX XR hammer drill kit", "category": "tools", "price": 129.00,
   "serial": "@@N2@@", "photo_key": "intake/@@P2@@.jpg", "condition": "A"},
  {"sku": "PH-@@S3@@", "title": "14k yellow gold rope chain 22in 9.8g", "category": "jewelry", "price": 689.00,
   "serial": null, "photo_key": "intake/@@P3@@.jpg", "condition": "A"},
  {"sku": "PH-@@S4@@", "title": "PlayStation 5 Disc Edition + 2 controllers", "category": "gaming", "price": 379.00,
   "serial": "@@N4@@", "photo_key": "intake/@@P4@@.jpg", "condition": "B"}
]
""", S1=draw(10, UPPER_ALNUM), N1=digits(6), P1=hexs(32), S2=draw(10, UPPER_ALNUM), N2=draw(14, UPPER_ALNUM),
    P2=hexs(32), S3=draw(10, UPPER_ALNUM), P3=hexs(32), S4=draw(10, UPPER_ALNUM), N4=draw(17, UPPER_ALNUM), P4=hexs(32)),
  "Inventory catalog sample with SKUs, serial numbers and object keys")

D("python", "test-dummy", "tests/test_webhook_signature.py", r'''import hmac
import time
from hashlib import sha256

from payments.webhooks import verify_stripe_signature

SECRET = "whsec_test_secret"  # fixture value, the same as stripe-python's own tests
PAYLOAD = b'{"id": "evt_test_webhook", "object": "event", "type": "payment_intent.succeeded"}'


def _header(payload: bytes, secret: str, ts: int) -> str:
    sig = hmac.new(secret.encode(), f"{ts}.".encode() + payload, sha256).hexdigest()
    return f"t={ts},v1={sig}"


def test_valid_signature():
    ts = int(time.time())
    assert verify_stripe_signature(PAYLOAD, _header(PAYLOAD, SECRET, ts), SECRET)


def test_old_timestamp_rejected():
    ts = int(time.time()) - 3600
    assert not verify_stripe_signature(PAYLOAD, _header(PAYLOAD, SECRET, ts), SECRET, tolerance=300)
''', "Stripe webhook signature scheme t=,v1= (stripe.com/docs/webhooks/signatures); a self-declared test secret")

_r = _rng()
_rows = ["ticket_no,store,loan_date,due_date,principal,finance_charge,status,payment_ref"]
for _i in range(10):
    _rows.append(",".join([str(_r.randint(600000, 699999)), f"{_r.choice([1, 2, 3]):02d}", f"2024-01-{_i + 2:02d}",
                           f"2024-02-{_i + 1:02d}", str(_r.randint(40, 900)), str(_r.randint(8, 180)),
                           _r.choice(["redeemed", "extended", "forfeited", "open"]),
                           "pi_" + draw(24)]))
D("csv", "transaction-ids", "data/exports/loans_sample.csv", "\n".join(_rows) + "\n",
  "Loan export with Stripe PaymentIntent ids pi_ (ids, not credentials; stripe.com/docs/api/payment_intents)")

D("ansible", "template-var", "roles/nvr/tasks/main.yml", r"""---
- name: Set NVR time zone and NTP (Hikvision ISAPI)
  ansible.builtin.uri:
    url: "http://{{ nvr_host }}/ISAPI/System/time"
    method: PUT
    url_username: "{{ nvr_admin_user }}"
    url_password: "{{ nvr_admin_password }}"
    force_basic_auth: false
    body: "{{ lookup('template', 'time.xml.j2') }}"
    headers:
      Content-Type: application/xml
    status_code: 200
  no_log: true

- name: Set recording retention
  ansible.builtin.uri:
    url: "http://{{ nvr_host }}/ISAPI/ContentMgmt/record/tracks/101"
    method: PUT
    url_username: "{{ nvr_admin_user }}"
    url_password: "{{ nvr_admin_password }}"
    body: "{{ lookup('template', 'track.xml.j2') }}"
  no_log: true
""", "Ansible uri module url_password with a variable (docs.ansible.com/ansible/latest/collections/ansible/builtin/uri_module.html)")

D("go2rtc", "env-substitution", "go2rtc.example.yaml", r"""# Example go2rtc config. Credentials come from the environment (go2rtc expands ${VAR}).
api:
  listen: ":1984"

streams:
  counter_left: rtsp://${CAM_USER}:${CAM_PASS}@192.168.20.31:554/cam/realmonitor?channel=1&subtype=0
  counter_right: rtsp://${CAM_USER}:${CAM_PASS}@192.168.20.32:554/cam/realmonitor?channel=1&subtype=0
  jewelry_case: rtsp://${CAM_USER}:${CAM_PASS}@192.168.20.33:554/cam/realmonitor?channel=1&subtype=1

webrtc:
  candidates:
    - stun:8555
""", "go2rtc environment variable substitution ${VAR} (github.com/AlexxIT/go2rtc#configuration)")

D("frigate", "env-substitution", "frigate/config.example.yml", r"""mqtt:
  host: 10.8.0.5
  user: "{FRIGATE_MQTT_USER}"
  password: "{FRIGATE_MQTT_PASSWORD}"

cameras:
  front_counter:
    ffmpeg:
      inputs:
        - path: rtsp://{FRIGATE_RTSP_USER}:{FRIGATE_RTSP_PASSWORD}@10.8.0.31:554/Streaming/Channels/101
          roles: [detect, record]
  back_door:
    ffmpeg:
      inputs:
        - path: rtsp://{FRIGATE_RTSP_USER}:{FRIGATE_RTSP_PASSWORD}@10.8.0.35:554/Streaming/Channels/102
          roles: [detect]

record:
  enabled: true
  retain:
    days: 30
""", "Frigate FRIGATE_ environment variable substitution in config (docs.frigate.video/configuration/reference)")

D("compose", "env-reference", "docker-compose.override.yml", r"""services:
  db:
    environment:
      POSTGRES_PASSWORD: ${POSTGRES_PASSWORD:?set POSTGRES_PASSWORD in .env}
  api:
    environment:
      DATABASE_URL: postgres://pawnhub:${POSTGRES_PASSWORD}@db:5432/pawnhub
      STRIPE_SECRET_KEY: ${STRIPE_SECRET_KEY}
      TWILIO_AUTH_TOKEN: ${TWILIO_AUTH_TOKEN}
    secrets:
      - leadsonline_password

secrets:
  leadsonline_password:
    file: ./secrets/leadsonline_password.txt
""", "Compose variable interpolation ${VAR:?err} and secrets (docs.docker.com/compose/environment-variables)")

D("k8s", "placeholder", "k8s/base/secret-template.yaml", r"""# Template only: the pipeline replaces the values with kubectl create secret ... --dry-run=client | kubectl apply
apiVersion: v1
kind: Secret
metadata:
  name: pos-bridge
  namespace: pawnhub
type: Opaque
stringData:
  SQUARE_ACCESS_TOKEN: "<set-by-pipeline>"
  SQUARE_WEBHOOK_SIGNATURE_KEY: "<set-by-pipeline>"
  POS_DB_PASSWORD: "<set-by-pipeline>"
""", "Kubernetes Secret stringData with placeholders (kubernetes.io/docs/concepts/configuration/secret)")

D("yaml", "env-reference", "inventory-service/src/main/resources/application.yml", r"""spring:
  application:
    name: inventory-service
  datasource:
    url: jdbc:postgresql://${DB_HOST:localhost}:5432/inventory
    username: ${DB_USER:inventory_svc}
    password: ${DB_PASSWORD}
  data:
    redis:
      host: ${REDIS_HOST:localhost}
      password: ${REDIS_PASSWORD:}

inventory:
  hold-period-days: 30
  photo-bucket: ${PHOTO_BUCKET:pawn-item-photos-dev}

ebay:
  client-id: ${EBAY_CLIENT_ID}
  client-secret: ${EBAY_CLIENT_SECRET}
""", "Spring Boot property placeholders ${VAR:default} (docs.spring.io/spring-boot/reference/features/external-config.html)")

D("json", "empty-value", "src/PawnPOS.Api/appsettings.json", r"""{
  "Logging": {
    "LogLevel": {
      "Default": "Information",
      "Microsoft.AspNetCore": "Warning"
    }
  },
  "AllowedHosts": "*",
  "ConnectionStrings": {
    "PawnDb": ""
  },
  "Heartland": {
    "SecretApiKey": "",
    "DeveloperId": "002914",
    "VersionNumber": "3026"
  },
  "LeadsOnline": {
    "Username": "",
    "Password": ""
  },
  "Store": {
    "Number": 0,
    "DefaultLoanTermDays": 30
  }
}
""", "ASP.NET Core appsettings.json with empty values filled by user-secrets or environment (learn.microsoft.com/aspnet/core/security/app-secrets)")

D("php", "env-reference", "config/services.php", r"""<?php

return [

    'authorizenet' => [
        'login_id' => env('AUTHNET_LOGIN_ID'),
        'transaction_key' => env('AUTHNET_TRANSACTION_KEY'),
        'sandbox' => env('AUTHNET_SANDBOX', true),
    ],

    'pawnguru' => [
        'shop_id' => env('PAWNGURU_SHOP_ID'),
        'api_key' => env('PAWNGURU_API_KEY'),
    ],

    'twilio' => [
        'sid' => env('TWILIO_SID'),
        'token' => env('TWILIO_AUTH_TOKEN'),
        'from' => env('TWILIO_FROM', '+15555550100'),
    ],

];
""", "Laravel config files reading env() (laravel.com/docs/configuration)")

D("terraform", "sensitive-variable", "infra/azure/variables.tf", r"""variable "location" {
  type    = string
  default = "southcentralus"
}

variable "sql_admin_login" {
  type    = string
  default = "pawnsqladmin"
}

variable "sql_admin_password" {
  description = "Set with TF_VAR_sql_admin_password from the pipeline's Key Vault task."
  type        = string
  sensitive   = true
}

variable "allowed_store_ips" {
  type    = list(string)
  default = []
}
""", "Terraform sensitive input variables (developer.hashicorp.com/terraform/language/values/variables#suppressing-values-in-cli-output)")

D("ansible", "vault-lookup", "ansible/playbooks/db.yml", r"""---
- name: Configure POS database logins
  hosts: pos_servers
  gather_facts: false
  vars:
    pos_db_password: "{{ lookup('community.hashi_vault.hashi_vault', 'secret=secret/data/stores/' ~ store_no ~ '/pos-db:password url=https://vault.pawnco.internal:8200') }}"
  tasks:
    - name: Set the pawnapp login password
      ansible.windows.win_shell: |
        sqlcmd -S localhost\SQLEXPRESS -E -Q "ALTER LOGIN pawnapp WITH PASSWORD = N'$env:NEWPW'"
      environment:
        NEWPW: "{{ pos_db_password }}"
      no_log: true
""", "community.hashi_vault lookup (docs.ansible.com/ansible/latest/collections/community/hashi_vault)")

D("k8s", "secret-provider-class", "k8s/csi/spc.yaml", T(r"""
apiVersion: secrets-store.csi.x-k8s.io/v1
kind: SecretProviderClass
metadata:
  name: pawnhub-kv
  namespace: pawnhub
spec:
  provider: azure
  parameters:
    usePodIdentity: "false"
    clientID: "@@CID@@"
    keyvaultName: kv-pawnco-prod
    tenantId: "@@TID@@"
    objects: |
      array:
        - |
          objectName: pawndb-connection
          objectType: secret
        - |
          objectName: twilio-auth-token
          objectType: secret
""", CID=uuid4(), TID=uuid4()), "Secrets Store CSI driver SecretProviderClass for Azure Key Vault (azure.github.io/secrets-store-csi-driver-provider-azure)")

D("notebook", "getpass", "notebooks/loan_aging.ipynb", r"""{
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
    "pw = getpass.getpass('PawnWarehouse password: ')\n",
    "engine = sa.create_engine(sa.engine.URL.create('mssql+pyodbc', username='analyst', password=pw,\n",
    "    host='hq-sql02', database='PawnWarehouse', query={'driver': 'ODBC Driver 18 for SQL Server'}))"
   ]
  },
  {
   "cell_type": "code",
   "execution_count": 2,
   "metadata": {},
   "outputs": [],
   "source": [
    "aging = pd.read_sql('SELECT store_no, DATEDIFF(day, due_date, GETDATE()) AS days_late, principal FROM dbo.OpenLoans', engine)\n",
    "aging.groupby(pd.cut(aging.days_late, [-999, 0, 30, 60, 999])).principal.sum()"
   ]
  }
 ],
 "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""", "Python getpass (docs.python.org/3/library/getpass.html); SQLAlchemy URL.create")

D("postman", "variable", "postman/Inventory.postman_collection.json", r"""{
  "info": {
    "name": "PawnHub inventory API",
    "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"
  },
  "auth": {
    "type": "bearer",
    "bearer": [{"key": "token", "value": "{{api_token}}", "type": "string"}]
  },
  "variable": [
    {"key": "baseUrl", "value": "https://api.pawnhub.io/v2"},
    {"key": "api_token", "value": ""}
  ],
  "item": [
    {"name": "List items for sale", "request": {"method": "GET", "url": "{{baseUrl}}/items?status=for_sale"}},
    {"name": "Put item on police hold", "request": {"method": "POST", "url": "{{baseUrl}}/items/:sku/hold",
      "body": {"mode": "raw", "raw": "{\"case_number\": \"{{case}}\", \"agency\": \"Waco PD\"}"}}}
  ]
}
""", "Postman collection variables {{var}} (learning.postman.com/docs/sending-requests/variables)")

D("http", "variable", "api-tests/leads.http", r"""### LeadsOnline upload (credentials from http-client.private.env.json, not committed)
@host = https://www.leadsonline.com

POST {{host}}/main/reporting/upload.aspx
Authorization: Basic {{leads_user}} {{leads_password}}
Content-Type: application/xml

< ./samples/batch_2024-03-04.xml

### Health
GET {{host}}/status
""", "JetBrains/VS Code HTTP client environment variables in .http files (jetbrains.com/help/idea/exploring-http-syntax.html)")

D("sql", "hash-function", "db/functions/verify_pin.sql", r"""-- Counter PIN check for voids and overrides. Only a salted SHA2-512 hash is stored.
CREATE OR ALTER FUNCTION dbo.fn_VerifyPin (@EmployeeId INT, @Pin NVARCHAR(12))
RETURNS BIT
AS
BEGIN
    DECLARE @salt VARBINARY(16), @hash VARBINARY(64);
    SELECT @salt = PinSalt, @hash = PinHash FROM dbo.Employees WHERE EmployeeId = @EmployeeId;
    IF @hash IS NULL RETURN 0;
    RETURN CASE WHEN HASHBYTES('SHA2_512', @salt + CAST(@Pin AS VARBINARY(24))) = @hash THEN 1 ELSE 0 END;
END;
GO

CREATE OR ALTER PROCEDURE dbo.usp_SetPin @EmployeeId INT, @Pin NVARCHAR(12)
AS
BEGIN
    DECLARE @salt VARBINARY(16) = CRYPT_GEN_RANDOM(16);
    UPDATE dbo.Employees
       SET PinSalt = @salt, PinHash = HASHBYTES('SHA2_512', @salt + CAST(@Pin AS VARBINARY(24)))
     WHERE EmployeeId = @EmployeeId;
END;
GO
""", "T-SQL HASHBYTES and CRYPT_GEN_RANDOM (learn.microsoft.com/sql/t-sql/functions/hashbytes-transact-sql)")

D("markdown", "truncated-key", "docs/payments.md", r"""# Payments

We take card payments three ways:

- **Counter**: Heartland terminals (Portico). Keys look like `skapi_prod_...` (secret, server only) and
  `pkapi_prod_...` (public, for the hosted fields).
- **Online layaway**: Stripe. Secret keys start with `sk_live_`, publishable with `pk_live_`.
  The live secret key ends in `...Q7f2` (check the dashboard if you are unsure which key is deployed).
- **Loan payments by phone**: Authorize.Net virtual terminal, no API keys involved.

## Where the keys are

All secret keys are in AWS Secrets Manager under `prod/payments/*`. See `docs/secrets.md`.
Never paste a key in Slack, a ticket, or this repo. If one leaks, roll it in the vendor dashboard
first, then update Secrets Manager.
""", "Documentation describing key prefixes without values (stripe.com/docs/keys)")

D("log", "filtered", "logs/rails-production-sample.log", r"""I, [2024-03-05T14:02:11.482104 #2817]  INFO -- : [a1c9e2f0-7b3d-4e1a-9c58-2d6f0b8a3e71] Started POST "/payments/loan" for 72.48.113.20 at 2024-03-05 14:02:11 -0600
I, [2024-03-05T14:02:11.483357 #2817]  INFO -- : [a1c9e2f0-7b3d-4e1a-9c58-2d6f0b8a3e71] Processing by PaymentsController#create as JSON
I, [2024-03-05T14:02:11.483401 #2817]  INFO -- : [a1c9e2f0-7b3d-4e1a-9c58-2d6f0b8a3e71]   Parameters: {"ticket"=>"778812", "amount"=>"125.00", "nonce"=>"[FILTERED]", "card_last4"=>"4242", "password"=>"[FILTERED]"}
I, [2024-03-05T14:02:12.210877 #2817]  INFO -- : [a1c9e2f0-7b3d-4e1a-9c58-2d6f0b8a3e71] Braintree sale ok transaction=k7z2m9qd
I, [2024-03-05T14:02:12.214512 #2817]  INFO -- : [a1c9e2f0-7b3d-4e1a-9c58-2d6f0b8a3e71] Completed 201 Created in 731ms (Views: 0.4ms | ActiveRecord: 12.9ms)
""", "Rails filter_parameters [FILTERED] in logs (guides.rubyonrails.org/configuring.html#config-filter-parameters)")

D("js", "vendor-doc-example", "test/braintree.test.js", r"""const braintree = require('braintree');
const { payLoan } = require('../src/payLoan');

// Sandbox gateway; the nonces are Braintree's documented test nonces, not card data.
const gateway = new braintree.BraintreeGateway({
  environment: braintree.Environment.Sandbox,
  merchantId: process.env.BT_SANDBOX_MERCHANT_ID,
  publicKey: process.env.BT_SANDBOX_PUBLIC_KEY,
  privateKey: process.env.BT_SANDBOX_PRIVATE_KEY,
});

test('a valid nonce settles the loan payment', async () => {
  const result = await payLoan(gateway, { ticket: '778812', amount: '125.00', nonce: 'fake-valid-nonce' });
  expect(result.success).toBe(true);
});

test('a processor-declined nonce is reported', async () => {
  const result = await payLoan(gateway, { ticket: '778812', amount: '125.00', nonce: 'fake-processor-declined-visa-nonce' });
  expect(result.success).toBe(false);
});
""", "Braintree sandbox test nonces fake-valid-nonce (developer.paypal.com/braintree/docs/reference/general/testing)")

D("json", "api-response-fixture", "tests/fixtures/goldapi_xau.json", r"""{
  "timestamp": 1709647200,
  "metal": "XAU",
  "currency": "USD",
  "exchange": "FOREXCOM",
  "symbol": "FOREXCOM:XAUUSD",
  "prev_close_price": 2114.61,
  "open_price": 2114.61,
  "low_price": 2111.23,
  "high_price": 2141.59,
  "open_time": 1709596800,
  "price": 2128.35,
  "ch": 13.74,
  "chp": 0.65,
  "ask": 2128.81,
  "bid": 2128.02,
  "price_gram_24k": 68.4291,
  "price_gram_22k": 62.7267,
  "price_gram_18k": 51.3218,
  "price_gram_14k": 39.9170,
  "price_gram_10k": 28.5121
}
""", "GoldAPI.io response shape (goldapi.io); a recorded fixture with no credentials")

D("yaml", "openapi-example", "api/openapi.yaml", r"""openapi: 3.0.3
info:
  title: Pawn transaction reporting API (store side)
  version: 2.1.0
servers:
  - url: https://reports.pawnops.net/v2
components:
  securitySchemes:
    ApiKeyAuth:
      type: apiKey
      in: header
      name: X-API-Key
      description: Issued per store. Example `X-API-Key: YOUR_API_KEY`.
security:
  - ApiKeyAuth: []
paths:
  /transactions:
    post:
      summary: Report a pawn or purchase transaction
      parameters:
        - in: header
          name: X-API-Key
          required: true
          schema: {type: string}
          example: YOUR_API_KEY
      requestBody:
        required: true
        content:
          application/json:
            schema: {$ref: '#/components/schemas/Transaction'}
      responses:
        '202': {description: Accepted}
        '401': {description: Missing or wrong API key}
""", "OpenAPI 3.0 securitySchemes apiKey (spec.openapis.org/oas/v3.0.3)")

D("mikrotik", "hide-sensitive", "network/store05-hap.export.rsc", r"""# feb/12/2024 10:44:51 by RouterOS 7.13.4
# software id = 4XQ2-KD7M
# model = RBD52G-5HacD2HnD
/interface bridge
add name=bridge-lan
/interface wireless security-profiles
add authentication-types=wpa2-psk mode=dynamic-keys name=staff supplicant-identity=""
/interface wireless
set [ find default-name=wlan1 ] band=2ghz-b/g/n disabled=no mode=ap-bridge security-profile=staff ssid=PawnStaff05
/ip address
add address=10.5.0.1/24 interface=bridge-lan network=10.5.0.0
/ip firewall filter
add action=accept chain=input connection-state=established,related
add action=drop chain=input in-interface=ether1
/system identity
set name=store05-hap
""", "RouterOS /export hide-sensitive omits passwords and keys (help.mikrotik.com/docs/display/ROS/Configuration+Management)")

D("fortigate", "password-hash", "network/fgt-hq.conf", T(r"""
#config-version=FG60F-7.2.7-FW-build1577-240131:opmode=0:vdom=0
config system global
    set hostname "fgt-hq"
    set timezone 11
    set admin-sport 8443
end
config system admin
    edit "admin"
        set accprofile "super_admin"
        set vdom "root"
        set password ENC SH2@@H1@@
    next
    edit "storeops"
        set accprofile "prof_readonly"
        set vdom "root"
        set password ENC SH2@@H2@@
    next
end
config firewall address
    edit "store-lans"
        set subnet 10.0.0.0 255.0.0.0
    next
end
""", H1=draw(60, B64), H2=draw(60, B64)), "FortiOS admin password stored as ENC SH2 hash (docs.fortinet.com)")

D("swift", "publishable-key", "ios/CounterPay/StripeSetup.swift", T(r"""
import StripeTerminal

/// Counter card reader (BBPOS WisePOS E). The publishable key is public; connection tokens
/// come from our backend, which holds the secret key.
final class StripeSetup: ConnectionTokenProvider {
    static let publishableKey = "@@PK@@"
    static let locationId = "tml_@@LOC@@"

    func fetchConnectionToken(_ completion: @escaping ConnectionTokenCompletionBlock) {
        var request = URLRequest(url: URL(string: "https://pay.pawnco.com/terminal/connection_token")!)
        request.httpMethod = "POST"
        URLSession.shared.dataTask(with: request) { data, _, error in
            guard let data = data,
                  let json = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
                  let secret = json["secret"] as? String else {
                completion(nil, error)
                return
            }
            completion(secret, nil)
        }.resume()
    }
}
""", PK=stripe_pk(), LOC=draw(14)), "Stripe Terminal iOS SDK ConnectionTokenProvider (stripe.com/docs/terminal/payments/setup-integration)")

D("js", "sentry-dsn", "web/src/sentry.js", T(r"""
import * as Sentry from '@sentry/browser';

// The DSN only lets clients send events; it is public by design.
Sentry.init({
  dsn: 'https://@@KEY@@@o@@ORG@@.ingest.us.sentry.io/@@PRJ@@',
  release: process.env.RELEASE,
  environment: 'production',
  tracesSampleRate: 0.1,
  beforeSend(event) {
    if (event.request && event.request.data) delete event.request.data;
    return event;
  },
});
""", KEY=hexs(32), ORG=digits(7), PRJ=digits(16)), "Sentry DSN is safe to expose in the browser (docs.sentry.io/concepts/key-terms/dsn-explainer)")

D("html", "recaptcha-site-key", "templates/contact.html", T(r"""
<form id="contact" method="post" action="/contact">
  <label>Name <input name="name" required></label>
  <label>Phone <input name="phone" type="tel"></label>
  <label>What do you want to sell or pawn? <textarea name="item"></textarea></label>
  <button class="g-recaptcha"
          data-sitekey="6L@@SK@@"
          data-callback="onSubmit"
          data-action="submit">Get a quote</button>
</form>
<script src="https://www.google.com/recaptcha/api.js"></script>
<script>
  function onSubmit(token) { document.getElementById('contact').submit(); }
</script>
""", SK=draw(38, URLSAFE)), "reCAPTCHA v3 site key is public; the secret key stays server-side (developers.google.com/recaptcha/docs/v3)")

D("python", "vendor-doc-example", "tests/test_jwt.py", r'''"""The token is jwt.io's introductory example (HS256, "your-256-bit-secret"), used to test parsing only."""
from portal.auth import decode_unverified, verify

JWT_IO_EXAMPLE = (
    "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9"
    ".eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ"
    ".SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c"
)


def test_decode_unverified_reads_claims():
    claims = decode_unverified(JWT_IO_EXAMPLE)
    assert claims["name"] == "John Doe"


def test_verify_rejects_wrong_secret():
    assert verify(JWT_IO_EXAMPLE, secret="some-other-secret") is None
''', "jwt.io debugger example token (jwt.io/introduction)")

D("yaml", "stripe-ids", "config/terminal.yml", T(r"""
# Stripe Terminal readers per store (ids, not keys)
locations:
  store01: tml_@@L1@@
  store02: tml_@@L2@@
  store05: tml_@@L3@@
readers:
  store01:
    - id: tmr_@@R1@@
      serial: WSC513@@S1@@
      label: Counter 1
  store02:
    - id: tmr_@@R2@@
      serial: WSC513@@S2@@
      label: Counter 1
""", L1=draw(14), L2=draw(14), L3=draw(14), R1=draw(14), S1=digits(9), R2=draw(14), S2=digits(9)),
  "Stripe Terminal location tml_ and reader tmr_ object ids (stripe.com/docs/api/terminal)")

D("env", "placeholder", "shop-site/.env.example", r"""APP_NAME="Liberty Pawn Online"
APP_ENV=local
APP_KEY=
APP_DEBUG=true
APP_URL=http://localhost

DB_CONNECTION=mysql
DB_HOST=127.0.0.1
DB_PORT=3306
DB_DATABASE=libertyshop
DB_USERNAME=root
DB_PASSWORD=

AUTHNET_LOGIN_ID=
AUTHNET_TRANSACTION_KEY=
AUTHNET_SANDBOX=true

PAWNGURU_SHOP_ID=
PAWNGURU_API_KEY=
""", "Laravel .env.example with empty values; php artisan key:generate fills APP_KEY (laravel.com/docs/configuration)")

D("kotlin", "env-reference", "android/app/build.gradle.kts", r"""plugins {
    id("com.android.application")
    id("org.jetbrains.kotlin.android")
}

android {
    namespace = "com.pawnco.counter"
    compileSdk = 34

    defaultConfig {
        applicationId = "com.pawnco.counter"
        minSdk = 26
        targetSdk = 34
        versionCode = 412
        versionName = "4.1.2"
    }

    signingConfigs {
        create("release") {
            storeFile = file(System.getenv("PAWN_KEYSTORE_PATH") ?: "release.jks")
            storePassword = System.getenv("PAWN_KEYSTORE_PASSWORD")
            keyAlias = "pawncounter"
            keyPassword = System.getenv("PAWN_KEY_PASSWORD")
        }
    }

    buildTypes {
        release {
            isMinifyEnabled = true
            signingConfig = signingConfigs.getByName("release")
        }
    }
}
""", "Android Gradle signingConfigs reading the environment (developer.android.com/studio/publish/app-signing)")

D("go", "env-reference", "internal/config/config.go", r"""package config

import (
	"fmt"
	"os"
)

type Config struct {
	TwilioAccountSID string
	TwilioAuthToken  string
	ShippoToken      string
	DatabaseURL      string
}

func mustEnv(name string) string {
	v, ok := os.LookupEnv(name)
	if !ok || v == "" {
		panic(fmt.Sprintf("missing required environment variable %s", name))
	}
	return v
}

func Load() Config {
	return Config{
		TwilioAccountSID: mustEnv("TWILIO_ACCOUNT_SID"),
		TwilioAuthToken:  mustEnv("TWILIO_AUTH_TOKEN"),
		ShippoToken:      mustEnv("SHIPPO_API_TOKEN"),
		DatabaseURL:      mustEnv("DATABASE_URL"),
	}
}
""", "Go os.LookupEnv configuration (pkg.go.dev/os#LookupEnv)")

D("ini", "placeholder", "installs/template/PawnMaster.ini", r"""; PawnMaster workstation settings - TEMPLATE
; The installer prompts for the database password and writes it to the Windows Credential Manager.

[General]
StoreNo=
StoreName=
TaxRate=0.00
LoanPeriod=30

[Database]
Provider=SQLOLEDB
Server=<STORE-SERVER>
Database=PawnMaster
UserID=pmuser
Password=
CredentialTarget=PawnMaster/Database
Timeout=30

[Reporting]
Agency=
Method=LeadsOnline
""", "An INI template with blank values and a Credential Manager target")

D("xml", "encrypted-config", "LoanReminders.Web/Web.Release.config", T(r"""
<?xml version="1.0"?>
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
            <CipherValue>@@K@@</CipherValue>
          </CipherData>
        </EncryptedKey>
      </KeyInfo>
      <CipherData>
        <CipherValue>@@V@@</CipherValue>
      </CipherData>
    </EncryptedData>
  </connectionStrings>
</configuration>
""", K=b64_bytes(256), V=b64_bytes(320)), "ASP.NET protected configuration, aspnet_regiis -pe (learn.microsoft.com/previous-versions/aspnet/zhhddkxy(v=vs.100))")

D("properties", "jasypt-ciphertext", "billing/src/main/resources/application.properties", T(r"""
spring.application.name=billing
spring.datasource.url=jdbc:postgresql://billing-db:5432/billing
spring.datasource.username=billing
spring.datasource.password=ENC(@@E1@@)

plaid.client-id=${PLAID_CLIENT_ID}
plaid.secret=ENC(@@E2@@)

# The encryptor password is passed at start-up: -Djasypt.encryptor.password=... from the service's vault agent
jasypt.encryptor.algorithm=PBEWITHHMACSHA512ANDAES_256
jasypt.encryptor.iv-generator-classname=org.jasypt.iv.RandomIvGenerator
""", E1=b64_bytes(48), E2=b64_bytes(64)), "jasypt-spring-boot ENC(...) encrypted properties (github.com/ulisesbocchio/jasypt-spring-boot)")

D("r", "keyring", "analysis/connect.R", r"""# Connection helper for the analysts. Stores nothing: the password comes from the OS keyring,
# set once with keyring::key_set("PawnWarehouse", username = "analyst_kim").
library(DBI)
library(odbc)

warehouse <- function(user = Sys.getenv("USER")) {
  dbConnect(odbc::odbc(),
            Driver   = "ODBC Driver 18 for SQL Server",
            Server   = "hq-sql02.pawnco.local",
            Database = "PawnWarehouse",
            UID      = user,
            PWD      = keyring::key_get("PawnWarehouse", username = user),
            TrustServerCertificate = "yes")
}
""", "R keyring::key_get (cran.r-project.org/package=keyring)")

D("shell-history", "env-reference", "ops-notes/store09/.bash_history", r"""sudo -i
cd /opt/store-server
docker compose ps
docker compose logs --tail 50 police-upload
read -rs LEADSONLINE_PASSWORD
export LEADSONLINE_PASSWORD
docker compose run --rm -e LEADSONLINE_PASSWORD police-upload --day 2024-03-03
unset LEADSONLINE_PASSWORD
SQLCMDPASSWORD=$(vault kv get -field=password secret/stores/09/pos-db) sqlcmd -S localhost -U pawnapp -Q "select 1"
history -c
exit
""", "bash read -s and environment passing (gnu.org/software/bash/manual)")
