"""Blind set DO: water and sewer utilities.

Billing and customer information systems (Oracle CC&B, SAP IS-U, Tyler, NorthStar, bill print and
lockbox transfers), meter data (AMI/AMR head-ends: Sensus, Neptune, Badger BEACON, Itron, Aclara,
Kamstrup, LoRaWAN), SCADA historians and HMIs (PI, Ignition, Kepware, Wonderware, Proficy, Geo
SCADA, MQTT, Node-RED, plant network gear), GIS (ArcGIS, Cityworks, FME, Mapbox, PostGIS),
customer portals and payment processors, field-crew mobile apps, water-quality LIMS, and the
CI/cloud plumbing around them; with their decoys. Generated fakes only (seeds 1120000-1129999).
"""
from __future__ import annotations

import base64
import json
import random
import string
import struct
import urllib.parse
from typing import List, Optional

from tests.accuracy.labelled import LabelledCase

SET = "do"
SEED_LO, SEED_HI = 1120000, 1130000
_SEED = [SEED_LO]

ALNUM = string.ascii_letters + string.digits
HEX = "0123456789abcdef"
UPHEX = "0123456789ABCDEF"
UPALNUM = string.ascii_uppercase + string.digits
B32 = string.ascii_uppercase + "234567"

CASES: List[LabelledCase] = []


def _rng() -> random.Random:
    _SEED[0] += 3
    assert SEED_LO <= _SEED[0] < SEED_HI, _SEED[0]
    return random.Random(_SEED[0])


def draw(n: int, alphabet: str = ALNUM) -> str:
    r = _rng()
    value = "".join(r.choice(alphabet) for _ in range(n))
    if alphabet == ALNUM and n >= 8 and not (any(c.isdigit() for c in value) and any(c.isupper() for c in value)
                                             and any(c.islower() for c in value)):
        value = value[:-3] + r.choice(string.ascii_uppercase) + r.choice(string.ascii_lowercase) + r.choice(string.digits)
    return value


def hexs(n: int, upper: bool = False) -> str:
    return draw(n, UPHEX if upper else HEX)


def rbytes(n: int) -> bytes:
    r = _rng()
    return bytes(r.getrandbits(8) for _ in range(n))


WORDS = ["Harbor", "Cobalt", "Pelican", "Granite", "Sequoia", "Marigold", "Tamarack", "Osprey", "Bramble",
         "Lynx", "Juniper", "Ridgeline", "Cascade", "Sparrow", "Ironwood", "Mesa", "Copperhead", "Tidewater",
         "Larkspur", "Bluestem", "Heron", "Basalt", "Walleye", "Cottonwood"]
LOWER = ["gravel", "otter", "lantern", "mint", "culvert", "sorrel", "pebble", "thicket", "cinder", "maple",
         "anvil", "barley", "quiver", "saddle", "tulip", "walrus", "fennel", "dune"]


def words_pw(sym: str = "!#%*-_.+") -> str:
    r = _rng()
    return r.choice(WORDS) + r.choice(sym) + r.choice(WORDS) + str(r.randint(10, 9999))


def rand_pw(n: int = 20, extra: str = "") -> str:
    r = _rng()
    value = "".join(r.choice(ALNUM + extra) for _ in range(n))
    return value[:-3] + r.choice(string.ascii_uppercase) + r.choice(string.digits) + r.choice(string.ascii_lowercase)


def passphrase() -> str:
    r = _rng()
    return "-".join(r.sample(LOWER, 4)) + str(r.randint(2, 99))


def b64(value) -> str:
    if isinstance(value, str):
        value = value.encode()
    return base64.b64encode(value).decode()


def b64url(value: bytes) -> str:
    return base64.urlsafe_b64encode(value).decode().rstrip("=")


def wrap(text: str, width: int = 64) -> str:
    return "\n".join(text[i:i + width] for i in range(0, len(text), width))


def uuid_s() -> str:
    h = hexs(32)
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{'89ab'[int(h[16], 16) % 4]}{h[17:20]}-{h[20:]}"


def pem(label: str, der: bytes) -> str:
    return f"-----BEGIN {label}-----\n{wrap(b64(der))}\n-----END {label}-----"


def rsa_key() -> str:
    return pem("RSA PRIVATE KEY", bytes.fromhex("308204a40201000282010100") + rbytes(1192 - 12))


def pkcs8_rsa_key() -> str:
    head = bytes.fromhex("308204be020100300d06092a864886f70d010101050004820" "4a8308204a40201000282010100")
    return pem("PRIVATE KEY", head + rbytes(1218 - len(head)))


def ec_key() -> str:
    der = (bytes.fromhex("30770201010420") + rbytes(32) + bytes.fromhex("a00a06082a8648ce3d030107a14403420004")
           + rbytes(64))
    return pem("EC PRIVATE KEY", der)


def ed25519_pkcs8() -> str:
    return pem("PRIVATE KEY", bytes.fromhex("302e020100300506032b657004220420") + rbytes(32))


def cert_pem(size: int = 780) -> str:
    return pem("CERTIFICATE", bytes.fromhex("308203") + bytes([size % 256]) + bytes.fromhex("308202") + rbytes(size))


def _sshs(b: bytes) -> bytes:
    return struct.pack(">I", len(b)) + b


def openssh_key(comment: str) -> str:
    r = _rng()
    seed = bytes(r.getrandbits(8) for _ in range(32))
    pub = bytes(r.getrandbits(8) for _ in range(32))
    check = r.getrandbits(32)
    priv = (struct.pack(">II", check, check) + _sshs(b"ssh-ed25519") + _sshs(pub) + _sshs(seed + pub)
            + _sshs(comment.encode()))
    for i in range((8 - len(priv) % 8) % 8):
        priv += bytes([i + 1])
    blob = (b"openssh-key-v1\0" + _sshs(b"none") + _sshs(b"none") + _sshs(b"") + struct.pack(">I", 1)
            + _sshs(_sshs(b"ssh-ed25519") + _sshs(pub)) + _sshs(priv))
    return "-----BEGIN OPENSSH PRIVATE KEY-----\n" + wrap(b64(blob), 70) + "\n-----END OPENSSH PRIVATE KEY-----"


def ssh_pub(comment: str, kind: str = "ed25519") -> str:
    if kind == "ed25519":
        return "ssh-ed25519 " + b64(_sshs(b"ssh-ed25519") + _sshs(rbytes(32))) + " " + comment
    return "ssh-rsa " + b64(_sshs(b"ssh-rsa") + _sshs(b"\x01\x00\x01") + _sshs(b"\x00" + rbytes(256))) + " " + comment


def _crc24(data: bytes) -> int:
    crc = 0xB704CE
    for byte in data:
        crc ^= byte << 16
        for _ in range(8):
            crc <<= 1
            if crc & 0x1000000:
                crc ^= 0x1864CFB
    return crc & 0xFFFFFF


def pgp_block(private: bool, size: int = 700) -> str:
    r = _rng()
    stamp = struct.pack(">I", r.randint(1_550_000_000, 1_720_000_000))
    head = bytes.fromhex("950398" if private else "99010d") + b"\x04" + stamp + b"\x01"
    data = head + rbytes(size)
    label = "PGP PRIVATE KEY BLOCK" if private else "PGP PUBLIC KEY BLOCK"
    crc = b64(_crc24(data).to_bytes(3, "big"))
    return f"-----BEGIN {label}-----\n\n{wrap(b64(data))}\n={crc}\n-----END {label}-----"


def jwt(payload: dict, alg: str = "HS256") -> str:
    head = b64url(json.dumps({"alg": alg, "typ": "JWT"}, separators=(",", ":")).encode())
    body = b64url(json.dumps(payload, separators=(",", ":")).encode())
    return f"{head}.{body}.{b64url(rbytes(32 if alg == 'HS256' else 256))}"


def aws_key_id() -> str:
    return "AKIA" + draw(16, B32)


def aws_secret() -> str:
    return draw(40, ALNUM + "/+")


def azure_client_secret() -> str:
    return draw(3) + "8Q~" + draw(34, ALNUM + "_.-~")


def azure_account_key() -> str:
    return b64(rbytes(64))


def sas_sig() -> str:
    return urllib.parse.quote(b64(rbytes(32)), safe="")


def slack_webhook() -> str:
    return ("https://hooks.slack.com/services/T" + draw(8, UPALNUM) + "/B" + draw(10, UPALNUM) + "/"
            + draw(24))


def teams_webhook(tenant: str) -> str:
    return (f"https://{tenant}.webhook.office.com/webhookb2/{uuid_s()}@{uuid_s()}/IncomingWebhook/"
            f"{hexs(32)}/{uuid_s()}")


def sendgrid_key() -> str:
    return "SG." + draw(22, ALNUM + "-_") + "." + draw(43, ALNUM + "-_")


def stripe_key(prefix: str = "sk_live_", n: int = 99) -> str:
    return prefix + draw(n)


def influx_token() -> str:
    return base64.urlsafe_b64encode(rbytes(64)).decode()


def mapbox_token(prefix: str, user: str) -> str:
    payload = b64url(json.dumps({"u": user, "a": draw(25, string.ascii_lowercase + string.digits)},
                                separators=(",", ":")).encode())
    return f"{prefix}.{payload}.{draw(22, ALNUM + '-_')}"


def T(template: str, **values: str) -> str:
    out = template
    for key, value in values.items():
        token = "@@" + key + "@@"
        assert token in out, key
        out = out.replace(token, value)
    assert "@@" not in out, out[:80]
    return out.lstrip("\n")


def add(fmt: str, kind: str, path: str, text: str, secret: Optional[str], source: str) -> None:
    assert (secret is None) == kind.startswith("decoy-"), path
    CASES.append(LabelledCase(f"blind-{SET}/{fmt}/{kind}", path, text, secret, source))


# ---------------------------------------------------------------------------------------------
# Billing / customer information systems
# ---------------------------------------------------------------------------------------------

pw = words_pw()
add("properties", "db-password", "ccb/splapp/standalone/config/hibernate.properties", T(r"""
# Oracle Utilities Customer Care and Billing 2.7 - splapp/standalone/config
# Generated by initialSetup.sh from ENVIRON.INI on CCBPRD01 (do not hand-edit; rerun initialSetup)
hibernate.connection.driver_class = oracle.jdbc.driver.OracleDriver
hibernate.connection.url = jdbc:oracle:thin:@//ccb-db-scan.utility.local:1521/CCBPRD
hibernate.connection.username = CISUSER
hibernate.connection.password = @@pw@@
hibernate.dialect = org.hibernate.dialect.Oracle10gDialect
hibernate.show_sql = false
hibernate.max_fetch_depth = 2
hibernate.default_batch_fetch_size = 20
hibernate.jdbc.fetch_size = 100
hibernate.jdbc.batch_size = 30
hibernate.cache.use_second_level_cache = false
hibernate.ucp.min_size = 5
hibernate.ucp.max_size = 60
hibernate.ucp.validate_connection_on_borrow = true
""", pw=pw), pw, "Oracle Utilities Application Framework Server Administration Guide (hibernate.properties)")

add("properties", "decoy-ciphertext", "ccb-tst/splapp/standalone/config/hibernate.properties", T(r"""
# Oracle Utilities Customer Care and Billing 2.7 - CCBTST
# Passwords are encrypted with the environment keystore (splapp/keystore); see OUAF-ADM-07
hibernate.connection.driver_class = oracle.jdbc.driver.OracleDriver
hibernate.connection.url = jdbc:oracle:thin:@//ccbtst-db.utility.local:1521/CCBTST
hibernate.connection.username = CISUSER
hibernate.connection.password = ENC(@@ct@@)
hibernate.dialect = org.hibernate.dialect.Oracle10gDialect
hibernate.show_sql = false
hibernate.jdbc.fetch_size = 100
hibernate.ucp.min_size = 2
hibernate.ucp.max_size = 20
""", ct=b64(rbytes(48))), None, "Oracle Utilities Application Framework Security Guide (keystore-encrypted ENC() values)")

pw = rand_pw(16)
add("python", "password", "mdus/sapisu_upload/rfc_client.py", T(r'''
"""Push validated interval reads from the MDM into SAP IS-U (EL28 equivalent) over RFC."""
import csv
import logging
from pyrfc import Connection

log = logging.getLogger("isu_upload")

ISU_CONN = dict(
    ashost="sapisu-ci.utility.local",
    sysnr="00",
    client="300",
    user="RFC_MDUS",
    passwd="@@pw@@",
    lang="EN",
)


def upload(path):
    conn = Connection(**ISU_CONN)
    with open(path, newline="") as fh:
        rows = [r for r in csv.DictReader(fh)]
    table = [{"EQUNR": r["meter"], "ADAT": r["date"], "ZWSTAND": r["read"], "ABLESGR": "01"} for r in rows]
    result = conn.call("BAPI_MTRREADDOC_UPLOAD", METERREADINGRESULTS=table)
    for msg in result.get("RETURN", []):
        log.info("%s %s", msg["TYPE"], msg["MESSAGE"])
    conn.call("BAPI_TRANSACTION_COMMIT", WAIT="X")
    conn.close()


if __name__ == "__main__":
    upload("/data/mdm/outbound/isu_reads.csv")
''', pw=pw), pw, "SAP PyRFC documentation (Connection parameters ashost/sysnr/client/user/passwd)")

pw = words_pw("!#*")
add("powershell", "db-password", "scripts/munis/Export-UtilityBillingAging.ps1", T(r"""
<#
  Nightly aging export from Tyler Munis Utility Billing for the finance dashboard.
  Runs as a scheduled task on FINRPT02.
#>
param(
    [string]$OutDir = "D:\Exports\UB\Aging"
)

$server   = "MUNISSQL01\MUNIS"
$database = "mu_live"
$query    = @"
SELECT a.ub_acct_no, a.cust_name, a.svc_addr, b.bucket_30, b.bucket_60, b.bucket_90, b.bucket_120
FROM ub_account a JOIN ub_aging b ON a.ub_acct_no = b.ub_acct_no
WHERE a.acct_status = 'A'
"@

$stamp = Get-Date -Format "yyyyMMdd"
$out = Join-Path $OutDir "ub_aging_$stamp.csv"

sqlcmd -S $server -d $database -U ub_report -P "@@pw@@" -Q $query -s "," -W -o $out
if ($LASTEXITCODE -ne 0) {
    Write-EventLog -LogName Application -Source "UBExport" -EventId 4101 -EntryType Error -Message "Aging export failed"
    exit 1
}
Write-Host "Wrote $out"
""", pw=pw), pw, "Microsoft sqlcmd utility documentation (-U/-P options)")

pw = rand_pw(14, "#%+")
add("shell", "password", "billprint/push_to_infosend.sh", T(r"""
#!/usr/bin/env bash
# Push the day's bill print file (Doc1 output) to the bill print vendor.
# Cron: 45 5 * * 1-5  /opt/billprint/push_to_infosend.sh
set -euo pipefail

SRC=/data/ccb/billprint/out
DAY=$(date +%Y%m%d)
FILE="UTIL_BILLS_${DAY}.zip"

cd "$SRC"
zip -q "$FILE" bills_${DAY}_*.afp manifest_${DAY}.csv

sshpass -p '@@pw@@' sftp -oBatchMode=no -oStrictHostKeyChecking=yes \
  -b - cwsa_util@sftp.infosend.com <<EOF
cd /incoming/prod
put $FILE
bye
EOF

mv "$FILE" archive/
logger -t billprint "uploaded $FILE"
""", pw=pw), pw, "sshpass(1) manual; OpenSSH sftp(1) batch mode")

key = rsa_key()
add("pem", "private-key", "deploy/lockbox/keys/lockbox_sftp_rsa", key + "\n", key,
    "OpenSSL genrsa / PKCS#1 PEM (RFC 7468) as used for bank lockbox SFTP logins")

add("yaml", "decoy-env-ref", "ccb/batch/config/billing-cycles.yaml", T(r"""
# Bill cycle schedule for CC&B batch (BILLING, BSEGS, BPRINT). Reviewed by Customer Accounting.
environment: prod
db:
  host: ccb-db-scan.utility.local
  service: CCBPRD
  user: CISBATCH
  password: ${CCB_BATCH_DB_PASSWORD}
threads: 8
cycles:
  - code: C01
    read_window: [1, 3]
    routes: [R101, R102, R103, R104]
    bill_date_offset: 2
  - code: C02
    read_window: [8, 10]
    routes: [R201, R202, R203]
    bill_date_offset: 2
  - code: C03
    read_window: [15, 17]
    routes: [R301, R302, R303, R304, R305]
    bill_date_offset: 3
hold_reasons:
  - HIGHUSE
  - ZEROCONS
  - METERCHG
""", ), None, "Oracle CC&B batch control documentation; twelve-factor environment references")

pw = words_pw()
add("json", "connection-string", "portal/CustomerPortal.Api/appsettings.Production.json", T(r"""
{
  "Logging": {
    "LogLevel": {
      "Default": "Information",
      "Microsoft.AspNetCore": "Warning"
    }
  },
  "AllowedHosts": "myaccount.cityutilities.org",
  "ConnectionStrings": {
    "Portal": "Server=tcp:portal-sql.utility.local,1433;Database=CustomerPortal;User ID=portal_app;Password=@@pw@@;Encrypt=True;TrustServerCertificate=False;",
    "Redis": "portal-cache.utility.local:6380,ssl=True,abortConnect=False"
  },
  "Cis": {
    "BaseUrl": "https://ccb-ws.utility.local/ouaf/rest/apis/customer",
    "TimeoutSeconds": 30
  },
  "Features": {
    "Paperless": true,
    "AutoPay": true,
    "LeakAlerts": true
  }
}
""", pw=pw), pw, "ASP.NET Core configuration docs (ConnectionStrings section); SqlClient connection string keywords")

pw = rand_pw(12)
add("shell", "db-password", "jobs/northstar/run_aging_report.sh", T(r"""
#!/bin/ksh
# NorthStar CIS - monthly A/R aging extract for Finance
# scheduled via cron on ncisapp01 (oracle user)
. /u01/app/oracle/ncis.env

RUNDATE=$(date +%Y%m)
OUT=/u02/extracts/aging_${RUNDATE}.lst

sqlplus -s ncis_rpt/@@pw@@@NCISPRD @/u02/sql/ar_aging.sql ${RUNDATE} > ${OUT}

if grep -q "ORA-" ${OUT}; then
  mailx -s "NCIS aging extract FAILED ${RUNDATE}" cis-support@cityutilities.org < ${OUT}
  exit 1
fi

gzip -f ${OUT}
""", pw=pw), pw, "Oracle SQL*Plus User's Guide (user/password@connect_identifier logon)")

add("shell", "decoy-reads-env", "jobs/northstar/run_cutoff_list.sh", T(r"""
#!/bin/ksh
# NorthStar CIS - shutoff candidate list for field services (delinquent > 60 days)
# Uses the Oracle wallet in /u01/app/oracle/wallet; no password on the command line.
. /u01/app/oracle/ncis.env
export TNS_ADMIN=/u01/app/oracle/network/admin

RUNDATE=$(date +%Y%m%d)
OUT=/u02/extracts/cutoff_${RUNDATE}.csv

sqlplus -s /@NCISPRD_RPT @/u02/sql/cutoff_candidates.sql > ${OUT}

if grep -q "ORA-" ${OUT}; then
  mailx -s "NCIS cutoff list FAILED ${RUNDATE}" cis-support@cityutilities.org < ${OUT}
  exit 1
fi
""", ), None, "Oracle Database Security Guide: Secure External Password Store (sqlplus /@alias)")

pw = words_pw("!#")
add("sql", "db-password", "gp/sql/create_cis_linked_server.sql", T(r"""
-- Cogsdale CSM (Dynamics GP) -> AMI MDM linked server for the daily consumption import
-- Run on GPSQL01 as sysadmin.
USE [master];
GO
EXEC master.dbo.sp_addlinkedserver
     @server = N'MDMPROD',
     @srvproduct = N'',
     @provider = N'MSOLEDBSQL',
     @datasrc = N'mdm-sql.utility.local,1433',
     @catalog = N'MeterData';
GO
EXEC master.dbo.sp_addlinkedsrvlogin
     @rmtsrvname = N'MDMPROD',
     @useself = N'False',
     @locallogin = NULL,
     @rmtuser = N'gp_import',
     @rmtpassword = N'@@pw@@';
GO
EXEC master.dbo.sp_serveroption @server = N'MDMPROD', @optname = N'rpc out', @optvalue = N'true';
GO
""", pw=pw), pw, "SQL Server docs: sp_addlinkedsrvlogin (@rmtuser, @rmtpassword)")

pw = rand_pw(18)
add("properties", "connection-string", "cis-gl-interface/src/main/resources/application-prod.properties", T(r"""
# CIS -> Oracle EBS general ledger journal interface
spring.application.name=cis-gl-interface
server.port=8085

cis.datasource.url=jdbc:oracle:thin:gl_iface/@@pw@@@//ccb-db-scan.utility.local:1521/CCBPRD
cis.datasource.driver-class-name=oracle.jdbc.OracleDriver
cis.datasource.hikari.maximum-pool-size=4

ebs.gl.source=UTILITY BILLING
ebs.gl.category=CIS Revenue
ebs.gl.ledger-id=2021
ebs.gl.endpoint=https://ebs-isg.utility.local/webservices/rest/gl_interface/

schedule.cron=0 30 2 * * MON-SAT
management.endpoints.web.exposure.include=health,info
""", pw=pw), pw, "Oracle JDBC Developer's Guide (thin URL with user/password)")

add("sql", "decoy-template", "db/billing/V42__create_service_logins.sql", T(r"""
-- Flyway migration: service logins for the billing reporting schema.
-- Passwords are sqlcmd/Flyway placeholders filled in by the release pipeline from Key Vault.
CREATE LOGIN [svc_ub_report] WITH PASSWORD = N'${svc_ub_report_password}', CHECK_POLICY = ON;
GO
CREATE USER [svc_ub_report] FOR LOGIN [svc_ub_report];
GO
ALTER ROLE [db_datareader] ADD MEMBER [svc_ub_report];
GO
CREATE LOGIN [svc_ub_loader] WITH PASSWORD = N'$(UbLoaderPassword)', CHECK_POLICY = ON;
GO
CREATE USER [svc_ub_loader] FOR LOGIN [svc_ub_loader];
GO
GRANT INSERT, UPDATE ON SCHEMA::staging TO [svc_ub_loader];
GO
""", ), None, "Flyway placeholders and sqlcmd scripting variables documentation")

# ---------------------------------------------------------------------------------------------
# Customer portal payments
# ---------------------------------------------------------------------------------------------

sec = hexs(64)
add("js", "signing-key", "portal/server/config/paymentus.js", T(r"""
// Paymentus hosted checkout (XOTP) integration for MyAccount
'use strict';

module.exports = {
  paymentus: {
    baseUrl: 'https://secure1.paymentus.com/xotp',
    billerCode: 'CITYUTILWTR',
    // HMAC key used to sign the pre-auth payload (rotated 2024-02; see CHG0041877)
    hmacKey: '@@sec@@',
    returnUrl: 'https://myaccount.cityutilities.org/pay/complete',
    cancelUrl: 'https://myaccount.cityutilities.org/pay/cancel',
    timeoutMs: 15000,
  },
  convenienceFee: {
    card: 2.35,
    echeck: 0,
  },
};
""", sec=sec), sec, "Paymentus XOTP integration guide (HMAC-signed hosted payment requests)")

key = uuid_s()
add("csharp", "api-key", "src/Utility.Payments/InvoiceCloudClient.cs", T(r"""
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text;
using System.Threading.Tasks;

namespace Utility.Payments
{
    public class InvoiceCloudClient
    {
        private const string BaseUrl = "https://www.invoicecloud.com/api/v1/";
        private const string BillerGuid = "5c1f0e0a-2b44-4b8e-9d7e-1a2f8c3d9e01";
        private const string ApiKey = "@@key@@";
        private readonly HttpClient _http;

        public InvoiceCloudClient(HttpClient http)
        {
            _http = http;
            var basic = Convert.ToBase64String(Encoding.ASCII.GetBytes(ApiKey + ":"));
            _http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", basic);
        }

        public async Task<string> GetInvoicesAsync(string accountNumber)
        {
            var resp = await _http.GetAsync($"{BaseUrl}billers/{BillerGuid}/customers/{accountNumber}/invoices");
            resp.EnsureSuccessStatusCode();
            return await resp.Content.ReadAsStringAsync();
        }
    }
}
""", key=key), key, "InvoiceCloud API reference (API key sent as HTTP Basic user)")

login, tkey = draw(9), draw(16)
add("php", "payment-key", "legacy-portal/includes/anet_config.php", T(r"""
<?php
/*
 * Authorize.Net AIM settings for the legacy one-time payment page (pay.cityutilities.org).
 * TODO: retire after Paymentus cutover.
 */
define('AUTHORIZENET_API_LOGIN_ID', '@@login@@');
define('AUTHORIZENET_TRANSACTION_KEY', '@@tkey@@');
define('AUTHORIZENET_SANDBOX', false);
define('AUTHORIZENET_ENDPOINT', 'https://api.authorize.net/xml/v1/request.api');

define('UB_CONV_FEE', '1.95');
define('UB_RECEIPT_FROM', 'noreply@cityutilities.org');

function anet_merchant_auth() {
    $auth = new net\authorize\api\contract\v1\MerchantAuthenticationType();
    $auth->setName(AUTHORIZENET_API_LOGIN_ID);
    $auth->setTransactionKey(AUTHORIZENET_TRANSACTION_KEY);
    return $auth;
}
""", login=login, tkey=tkey), tkey, "Authorize.Net PHP SDK README (API login ID and transaction key)")

add("php", "decoy-placeholder", "legacy-portal/includes/anet_config.sample.php", T(r"""
<?php
/*
 * Copy to anet_config.php and fill in from the Merchant Interface
 * (Account > Settings > API Credentials & Keys). Never commit the real file.
 */
define('AUTHORIZENET_API_LOGIN_ID', 'YOUR_API_LOGIN_ID');
define('AUTHORIZENET_TRANSACTION_KEY', 'YOUR_TRANSACTION_KEY');
define('AUTHORIZENET_SANDBOX', true);
define('AUTHORIZENET_ENDPOINT', 'https://apitest.authorize.net/xml/v1/request.api');

define('UB_CONV_FEE', '1.95');
define('UB_RECEIPT_FROM', 'noreply@example.org');
""", ), None, "Authorize.Net PHP SDK sample code (YOUR_API_LOGIN_ID placeholders)")

key = stripe_key("sk_live_", 99)
add("python", "payment-key", "portal/payments/stripe_autopay.py", T(r'''
import stripe
from flask import Blueprint, jsonify, request

from portal.accounts import current_account

stripe.api_key = "@@key@@"
stripe.api_version = "2023-10-16"

bp = Blueprint("autopay", __name__, url_prefix="/api/autopay")


@bp.post("/setup-intent")
def create_setup_intent():
    acct = current_account()
    intent = stripe.SetupIntent.create(
        customer=acct.stripe_customer_id,
        payment_method_types=["us_bank_account", "card"],
        metadata={"ub_account": acct.number, "premise": acct.premise_id},
    )
    return jsonify(client_secret=intent.client_secret)


@bp.post("/enroll")
def enroll():
    acct = current_account()
    pm = request.json["payment_method"]
    stripe.Customer.modify(acct.stripe_customer_id, invoice_settings={"default_payment_method": pm})
    acct.set_autopay(True)
    return jsonify(ok=True)
''', key=key), key, "Stripe API reference: authentication with secret keys (sk_live_)")

add("js", "decoy-public-id", "portal/web/src/payments/stripeClient.js", T(r"""
// Browser-side Stripe.js bootstrap. Publishable keys are meant to ship to the client.
import { loadStripe } from '@stripe/stripe-js';

const STRIPE_PUBLISHABLE_KEY = '@@pk@@';

let stripePromise;

export function getStripe() {
  if (!stripePromise) {
    stripePromise = loadStripe(STRIPE_PUBLISHABLE_KEY);
  }
  return stripePromise;
}

export async function confirmBankSetup(clientSecret, name, email) {
  const stripe = await getStripe();
  return stripe.collectBankAccountForSetup({
    clientSecret,
    params: {
      payment_method_type: 'us_bank_account',
      payment_method_data: { billing_details: { name, email } },
    },
  });
}
""", pk=stripe_key("pk_live_", 99)), None, "Stripe docs: publishable keys are safe to embed in client code")

key = "whsec_" + draw(32)
add("env", "webhook-secret", "portal/.env.production", T(r"""
NODE_ENV=production
PORT=8080
PUBLIC_URL=https://myaccount.cityutilities.org
CIS_API_URL=https://ccb-ws.utility.local/ouaf/rest/apis
LOG_LEVEL=info
SESSION_COOKIE_NAME=ub_sid
STRIPE_WEBHOOK_SECRET=@@key@@
OUTAGE_MAP_URL=https://gis.cityutilities.org/outages
FEATURE_LEAK_ALERTS=true
""", key=key), key, "Stripe docs: verifying webhook signatures with the endpoint secret (whsec_)")

key = hexs(32)
add("ruby", "payment-key", "cashiering/config/initializers/braintree.rb", T(r"""
# Walk-in cashiering kiosk (lobby) - Braintree gateway
Braintree::Configuration.environment = :production
Braintree::Configuration.merchant_id = "k7r3xq9v2m8dz4tf"
Braintree::Configuration.public_key = "p5wh2n8c7yj3gk6b"
Braintree::Configuration.private_key = "@@key@@"

Braintree::Configuration.logger = Logger.new(Rails.root.join("log", "braintree.log"))
Braintree::Configuration.logger.level = Logger::WARN

Rails.application.config.x.cashiering.tap do |c|
  c.drawer_limit_cents = 250_000
  c.receipt_printer = "EPSON-TM-T88VI-LOBBY1"
end
""", key=key), key, "Braintree Ruby SDK configuration (merchant_id, public_key, private_key)")

key = "skapi_prod_" + draw(40, ALNUM + "_")
add("csharp", "payment-key", "ivr/PaymentIvr/GatewayConfig.cs", T(r"""
using GlobalPayments.Api;
using GlobalPayments.Api.ServiceConfigs;

namespace PaymentIvr
{
    // Heartland Portico config for the pay-by-phone IVR (Avaya) -> card-not-present
    public static class GatewayConfig
    {
        public static void Configure()
        {
            ServicesContainer.ConfigureService(new PorticoConfig
            {
                SecretApiKey = "@@key@@",
                DeveloperId = "002914",
                VersionNumber = "3026",
                ServiceUrl = "https://api2.heartlandportico.com"
            });
        }
    }
}
""", key=key), key, "Global Payments (Heartland) .NET SDK: PorticoConfig.SecretApiKey")

pin = draw(64, UPALNUM)
add("xml", "payment-key", "kiosk/converge/ConvergeSettings.xml", T(r"""
<?xml version="1.0" encoding="utf-8"?>
<!-- Elavon Converge settings for lobby payment kiosks (K1-K4), pushed by SCCM -->
<ConvergeSettings>
  <Endpoint>https://api.convergepay.com/VirtualMerchant/processxml.do</Endpoint>
  <MerchantId>0021457</MerchantId>
  <UserId>kioskapi</UserId>
  <Pin>@@pin@@</Pin>
  <TransactionType>ccsale</TransactionType>
  <AddToken>Y</AddToken>
  <ReceiptFooter>Thank you for paying your water bill</ReceiptFooter>
  <TimeoutSeconds>45</TimeoutSeconds>
</ConvergeSettings>
""", pin=pin), pin, "Elavon Converge XML API developer guide (ssl_merchant_id, ssl_user_id, ssl_pin)")

add("json", "decoy-vault-ref", "portal/infra/appservice-settings.json", T(r"""
[
  { "name": "ASPNETCORE_ENVIRONMENT", "value": "Production", "slotSetting": true },
  { "name": "Paymentus__HmacKey", "value": "@Microsoft.KeyVault(SecretUri=https://kv-ub-portal-prod.vault.azure.net/secrets/paymentus-hmac/)", "slotSetting": true },
  { "name": "ConnectionStrings__Portal", "value": "@Microsoft.KeyVault(VaultName=kv-ub-portal-prod;SecretName=portal-sql)", "slotSetting": true },
  { "name": "Stripe__SecretKey", "value": "@Microsoft.KeyVault(VaultName=kv-ub-portal-prod;SecretName=stripe-secret)", "slotSetting": true },
  { "name": "APPLICATIONINSIGHTS_CONNECTION_STRING", "value": "@Microsoft.KeyVault(VaultName=kv-ub-portal-prod;SecretName=appi-conn)", "slotSetting": false },
  { "name": "WEBSITE_RUN_FROM_PACKAGE", "value": "1", "slotSetting": false }
]
""", ), None, "Azure App Service docs: Key Vault references (@Microsoft.KeyVault(...))")

key = "EAAA" + draw(60, ALNUM + "-_")
add("env", "payment-key", "field-pos/.env", T(r"""
# Square terminal for after-hours reconnect payments (field crews collect at the curb stop)
SQUARE_ENVIRONMENT=production
SQUARE_LOCATION_ID=L8Q4ZK2W9T1HX
SQUARE_ACCESS_TOKEN=@@key@@
RECONNECT_FEE_CENTS=7500
AFTER_HOURS_FEE_CENTS=12500
CIS_CALLBACK_URL=https://ccb-ws.utility.local/ouaf/rest/apis/payments/field
""", key=key), key, "Square Developer docs: access tokens (EAAA...) and SQUARE_ACCESS_TOKEN")

key = pgp_block(True, 620)
add("asc", "pgp-key", "ach/keys/utility_ach_signing_secret.asc", key + "\n", key,
    "RFC 4880 OpenPGP ASCII armor (secret key export used to sign NACHA ACH files)")

add("asc", "decoy-public-key", "ach/keys/firstbank_ach_public.asc", T(r"""
@@key@@
""", key=pgp_block(False, 300)), None, "RFC 4880 OpenPGP ASCII armor (bank's public key for encrypting ACH files)")

# ---------------------------------------------------------------------------------------------
# Meter data: AMI / AMR head-ends, MDM
# ---------------------------------------------------------------------------------------------

basic = b64("svc_rni_export:" + words_pw("!#%"))
add("python", "basic-auth", "ami/sensus/pull_interval_reads.py", T(r'''
"""Pull hourly interval reads from Sensus Analytics and stage them for the MDM."""
import datetime as dt
import json
import pathlib

import requests

BASE = "https://cityutil.sensus-analytics.com/api/v2"
HEADERS = {
    "Authorization": "Basic @@basic@@",
    "Accept": "application/json",
}
STAGE = pathlib.Path("/data/ami/stage/sensus")


def pull(day: dt.date) -> int:
    params = {"start": f"{day}T00:00:00", "end": f"{day}T23:59:59", "interval": "60"}
    resp = requests.get(f"{BASE}/meters/reads", headers=HEADERS, params=params, timeout=120)
    resp.raise_for_status()
    rows = resp.json()["reads"]
    (STAGE / f"reads_{day:%Y%m%d}.json").write_text(json.dumps(rows))
    return len(rows)


if __name__ == "__main__":
    n = pull(dt.date.today() - dt.timedelta(days=1))
    print(f"staged {n} reads")
''', basic=basic), basic, "RFC 7617 HTTP Basic authentication; Sensus Analytics API export")

sec = draw(48, ALNUM + "-_")
add("yaml", "client-secret", "mdm/integrations/neptune360.yaml", T(r"""
# Neptune 360 -> MDM import (R900 gateways + MRX920 drive-by)
neptune360:
  token_url: https://auth.neptune360.com/oauth2/token
  api_url: https://api.neptune360.com/v1
  utility_id: 40318
  client_id: cityutil-mdm-import
  client_secret: @@sec@@
  scope: reads.read alarms.read
import:
  interval_minutes: 60
  lookback_hours: 72
  alarms:
    - leak
    - backflow
    - tamper
    - no_flow
  target_schema: mdm_stage
  batch_size: 5000
""", sec=sec), sec, "OAuth 2.0 client credentials grant (RFC 6749 s4.4) as used by the Neptune 360 API")

pw = words_pw()
add("shell", "password", "ami/badger/beacon_export.sh", T(r"""
#!/usr/bin/env bash
# Badger Meter BEACON AMA: request the daily flow export and fetch it when ready.
set -euo pipefail
API=https://api.beaconama.net/v2/eds
OUT=/data/ami/badger/$(date +%F)
mkdir -p "$OUT"

job=$(curl -sf -u "cityutil_api:@@pw@@" \
  -X POST "$API/range" \
  -d "Start_Date=$(date -d yesterday +%F)T00:00:00Z" \
  -d "End_Date=$(date +%F)T00:00:00Z" \
  -d "Resolution=hourly" \
  -d "Header_Columns=Meter_ID,Account_ID,Flow,Flow_Unit,Read_Time" | jq -r .statusUrl)

for i in $(seq 1 30); do
  state=$(curl -sf -u "cityutil_api:@@pw@@" "https://api.beaconama.net$job" | jq -r .state)
  [ "$state" = "done" ] && break
  sleep 20
done

curl -sf -u "cityutil_api:@@pw@@" "https://api.beaconama.net$job/report" -o "$OUT/flow.csv"
""", pw=pw), pw, "curl(1) manual (-u user:password); Badger Meter BEACON AMA EDS export API")

pw = rand_pw(15, "!*")
add("csharp", "password", "ami/Itron.TemetraSync/TemetraService.cs", T(r"""
using System;
using System.Net;
using System.ServiceModel;

namespace Itron.TemetraSync
{
    internal sealed class TemetraService
    {
        private static readonly Uri Endpoint = new Uri("https://cityutil.temetra.com/api/soap/v1/ReadService");

        public ReadServiceClient Create()
        {
            var binding = new BasicHttpsBinding { MaxReceivedMessageSize = 64 * 1024 * 1024 };
            binding.Security.Transport.ClientCredentialType = HttpClientCredentialType.Basic;
            var client = new ReadServiceClient(binding, new EndpointAddress(Endpoint));
            client.ClientCredentials.UserName.UserName = "cityutil.sync";
            client.ClientCredentials.UserName.Password = "@@pw@@";
            return client;
        }

        public void Run(DateTime since)
        {
            using var client = Create();
            var reads = client.GetReadsSince(since);
            Console.WriteLine($"Temetra returned {reads.Length} reads since {since:o}");
        }
    }
}
""", pw=pw), pw, "WCF ClientCredentials.UserName documentation (Basic over HTTPS)")

pw = words_pw()
add("yaml", "password", "ami/aclara-bridge/src/main/resources/application.yml", T(r"""
spring:
  application:
    name: aclara-bridge
  datasource:
    url: jdbc:postgresql://mdm-pg.utility.local:5432/mdm
    username: aclara_bridge
    password: ${MDM_DB_PASSWORD}

aclara:
  one:
    base-url: https://aclaraone.cityutil.local/api
    username: svc-aclara-bridge
    password: "@@pw@@"
    poll-interval: PT15M
  star:
    dcu-list: [DCU-0114, DCU-0115, DCU-0120, DCU-0131]

management:
  endpoints:
    web:
      exposure:
        include: health,prometheus
""", pw=pw), pw, "Spring Boot externalized configuration (application.yml)")

key = hexs(40)
add("python", "api-key", "ami/kamstrup/fetch_heat_and_water.py", T(r'''
import os
import requests

KAMSTRUP_URL = "https://api.kamstrup.com/utility/v1"
API_KEY = "@@key@@"
SESSION = requests.Session()
SESSION.headers.update({"X-Api-Key": API_KEY, "Accept": "application/json"})


def meters(page=1):
    r = SESSION.get(f"{KAMSTRUP_URL}/meters", params={"page": page, "pageSize": 500}, timeout=60)
    r.raise_for_status()
    return r.json()


def alarms(since):
    r = SESSION.get(f"{KAMSTRUP_URL}/alarms", params={"from": since}, timeout=60)
    r.raise_for_status()
    return [a for a in r.json()["items"] if a["type"] in ("LEAK", "BURST", "DRY", "REVERSE")]


if __name__ == "__main__":
    out = os.environ.get("OUT", "/tmp/kamstrup_alarms.csv")
    with open(out, "w") as fh:
        for a in alarms("2024-01-01T00:00:00Z"):
            fh.write(f"{a['meterId']},{a['type']},{a['timestamp']}\n")
''', key=key), key, "Kamstrup READy/Utility API (API key in request header)")

appkey = hexs(32, upper=True)
add("json", "device-key", "lorawan/provisioning/devices/wm-00451872.json", T(r"""
{
  "device": {
    "devEui": "70b3d5e75e00a1f2",
    "name": "WM-00451872 Elm St 1412",
    "description": "5/8in meter, LoRaWAN register, service 20093311",
    "applicationId": "3f6a2c1e-9b7d-4d2e-8c51-0a7e6b2f4d19",
    "deviceProfileId": "a61b8e22-4c0f-4f77-9e3d-5d2b7c8a1e60",
    "skipFcntCheck": false,
    "isDisabled": false,
    "tags": { "route": "R204", "size": "5/8" }
  },
  "deviceKeys": {
    "nwkKey": "@@appkey@@",
    "appKey": "00000000000000000000000000000000"
  }
}
""", appkey=appkey), appkey, "ChirpStack v4 API: CreateDeviceKeys (nwkKey is the LoRaWAN 1.0.x AppKey)")

add("csv", "decoy-public-id", "lorawan/provisioning/batch_2024_03.csv", T(r"""
dev_eui,join_eui,meter_serial,service_id,route,install_date
70B3D5E75E00A1F3,70B3D57ED0000000,00451873,20093312,R204,2024-03-04
70B3D5E75E00A1F4,70B3D57ED0000000,00451874,20093313,R204,2024-03-04
70B3D5E75E00A1F5,70B3D57ED0000000,00451875,20093319,R204,2024-03-04
70B3D5E75E00A1F6,70B3D57ED0000000,00451876,20093320,R205,2024-03-05
70B3D5E75E00A1F7,70B3D57ED0000000,00451877,20093327,R205,2024-03-05
70B3D5E75E00A1F8,70B3D57ED0000000,00451878,20093328,R205,2024-03-05
70B3D5E75E00A1F9,70B3D57ED0000000,00451879,20093331,R205,2024-03-06
# AppKeys are loaded separately from the manufacturer's encrypted key file (KMS); not in this CSV
""", ), None, "LoRaWAN 1.0.x specification: DevEUI and JoinEUI are public identifiers")

key = "NNSXS." + draw(39, B32) + "." + draw(52, B32)
add("shell", "api-key", "lorawan/scripts/tts_register_meter.sh", T(r"""
#!/bin/sh
# Register one meter with The Things Stack (cityutil tenant) from the warehouse scanner.
# usage: tts_register_meter.sh <dev_eui> <serial>
set -e
TTS=https://cityutil.eu1.cloud.thethings.industries/api/v3
APP=water-meters-prod
TTS_API_KEY="@@key@@"

DEV_EUI="$1"
SERIAL="$2"

curl -sf -X POST "$TTS/applications/$APP/devices" \
  -H "Authorization: Bearer $TTS_API_KEY" \
  -H "Content-Type: application/json" \
  -d "{\"end_device\":{\"ids\":{\"device_id\":\"wm-$SERIAL\",\"dev_eui\":\"$DEV_EUI\",\"join_eui\":\"70B3D57ED0000000\"},\"lorawan_version\":\"MAC_V1_0_3\",\"frequency_plan_id\":\"US_902_928_FSB_2\"}}"
echo "registered wm-$SERIAL"
""", key=key), key, "The Things Stack docs: API keys (NNSXS.) and Bearer authentication")

add("yaml", "decoy-no-secret", "mdm/vee/rules.yaml", T(r"""
# Validation, estimation and editing rules for interval water reads (MDM)
version: 7
rules:
  - id: HIGH_USE
    applies_to: [residential]
    check: daily_total > 3 * trailing_mean(days=30)
    action: flag
  - id: CONTINUOUS_FLOW
    applies_to: [residential, commercial]
    check: min_hourly(hours=24) > 0.1  # gallons
    action: leak_alert
  - id: ZERO_CONSUMPTION
    applies_to: [residential]
    check: daily_total == 0 and occupied
    action: flag
  - id: REVERSE_FLOW
    check: any_interval < 0
    action: backflow_workorder
estimation:
  method: linear_interpolation
  max_gap_hours: 6
  fallback: historical_profile
secret_handling: none   # this file holds no credentials
""", ), None, "Water utility MDM VEE rule configuration (no credentials)")

tok = draw(40, ALNUM + "-_")
add("env", "api-key", "ami/minet-relay/.env", T(r"""
# Mueller Systems Mi.Net relay -> MDM
MINET_BASE_URL=https://minet.cityutil.local/api
MINET_API_TOKEN=@@tok@@
MDM_URL=http://mdm-api.utility.local:8080
POLL_SECONDS=900
BATCH=2000
TZ=America/Chicago
""", tok=tok), tok, "Mueller Systems Mi.Net REST API (token header); dotenv file format")

pw = rand_pw(12)
add("batch", "password", "ami/allegro/map_allegro_share.cmd", T(r"""
@echo off
REM Master Meter Allegro: map the collector export share and copy the day's reads.
REM Scheduled on MDMAPP02 at 05:10.
set SHARE=\\allegro-hub01\exports
set DEST=D:\MDM\Inbound\Allegro

net use Z: %SHARE% /user:ALLEGRO\svc_mdm_copy @@pw@@ /persistent:no
if errorlevel 1 goto fail

robocopy Z:\ %DEST% reads_*.csv /MOV /R:2 /W:10 /LOG+:D:\MDM\Logs\allegro_copy.log
net use Z: /delete /y
exit /b 0

:fail
eventcreate /T ERROR /ID 511 /L APPLICATION /SO AllegroCopy /D "Could not map %SHARE%"
exit /b 1
""", pw=pw), pw, "Microsoft net use command reference (/user: with password)")

add("csv", "decoy-no-secret", "ami/fixtures/ert_reads_sample.csv", T(r"""
ert_id,endpoint_type,read_time,register,unit,tamper_flags,rssi
0x3A1F09C2,100W,2024-05-01T06:00:00Z,0012845.6,CCF,0x00,-87
0x3A1F09C3,100W,2024-05-01T06:00:05Z,0003311.9,CCF,0x00,-91
0x3A1F09D7,100W+,2024-05-01T06:00:12Z,0108823.0,CCF,0x04,-79
0x3A1F0A11,100W,2024-05-01T06:00:19Z,0000872.2,CCF,0x00,-95
0x3A1F0A2E,100W+,2024-05-01T06:00:31Z,0047710.4,CCF,0x10,-83
0x3A1F0A30,100W,2024-05-01T06:00:44Z,0019936.7,CCF,0x00,-88
""", ), None, "Itron ERT read export layout (endpoint ids and register values)")

pw = words_pw("!#*%")
add("xml", "connection-string", "ami/FCS.Interface/App.config", T(r"""
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <connectionStrings>
    <add name="FcsDb"
         connectionString="Data Source=FCSSQL01;Initial Catalog=FCS;User ID=fcs_iface;Password=@@pw@@;Application Name=FCS.Interface"
         providerName="System.Data.SqlClient" />
  </connectionStrings>
  <appSettings>
    <add key="ExportFolder" value="\\cisfile01\ami\fcs_out" />
    <add key="RouteFilePattern" value="RT*.dat" />
    <add key="PollMinutes" value="10" />
  </appSettings>
  <startup>
    <supportedRuntime version="v4.0" sku=".NETFramework,Version=v4.8" />
  </startup>
</configuration>
""", pw=pw), pw, ".NET Framework app.config connectionStrings; SqlClient keywords")

add("xml", "decoy-no-secret", "ami/FCS.Reports/App.config", T(r"""
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <connectionStrings>
    <add name="FcsDb"
         connectionString="Data Source=FCSSQL01;Initial Catalog=FCS;Integrated Security=SSPI;Application Name=FCS.Reports"
         providerName="System.Data.SqlClient" />
  </connectionStrings>
  <appSettings>
    <add key="ReportFolder" value="\\cisfile01\ami\reports" />
    <add key="PasswordPolicyMinLength" value="14" />
  </appSettings>
</configuration>
""", ), None, "SqlClient Integrated Security=SSPI (Windows authentication, no stored password)")

pw = rand_pw(10)
add("ftp-script", "password", "ami/handheld/route_download.ftp", T(r"""
open 10.42.8.15
user mrxadmin
@@pw@@
binary
lcd C:\Handheld\Routes\Outbound
cd /routes/incoming
mput RT*.dat
lcd C:\Handheld\Routes\Inbound
cd /routes/results
mget RR*.dat
bye
""", pw=pw), pw, "Windows ftp -s:script documentation (user, then password on the next line)")

tok = "dapi" + hexs(32)
add("notebook", "token", "analytics/notebooks/nonrevenue_water.ipynb", T(r"""
{
 "cells": [
  {
   "cell_type": "markdown",
   "metadata": {},
   "source": ["# Non-revenue water by pressure zone\n", "Compares production meters to AMI consumption."]
  },
  {
   "cell_type": "code",
   "execution_count": 3,
   "metadata": {},
   "outputs": [],
   "source": [
    "from databricks import sql\n",
    "conn = sql.connect(server_hostname=\"adb-4410937275011223.3.azuredatabricks.net\",\n",
    "                   http_path=\"/sql/1.0/warehouses/8e21c0f4a9d3b7e2\",\n",
    "                   access_token=\"@@tok@@\")\n",
    "cur = conn.cursor()"
   ]
  },
  {
   "cell_type": "code",
   "execution_count": 4,
   "metadata": {},
   "outputs": [],
   "source": [
    "cur.execute(\"SELECT zone, SUM(produced_mg) p, SUM(billed_mg) b FROM ami.zone_balance GROUP BY zone\")\n",
    "df = cur.fetchall_arrow().to_pandas()\n",
    "df['nrw_pct'] = 100 * (df.p - df.b) / df.p\n",
    "df.sort_values('nrw_pct', ascending=False)"
   ]
  }
 ],
 "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""", tok=tok), tok, "Databricks SQL Connector for Python (access_token; dapi personal access tokens)")

add("notebook", "decoy-vault-ref", "analytics/notebooks/leak_alert_backtest.ipynb", T(r"""
{
 "cells": [
  {
   "cell_type": "markdown",
   "metadata": {},
   "source": ["# Leak alert backtest\n", "Continuous-flow rule vs. confirmed leaks from work orders."]
  },
  {
   "cell_type": "code",
   "execution_count": 1,
   "metadata": {},
   "outputs": [],
   "source": [
    "jdbc_pw = dbutils.secrets.get(scope=\"ami-prod\", key=\"cityworks-ro-password\")\n",
    "wo = (spark.read.format(\"jdbc\")\n",
    "      .option(\"url\", \"jdbc:sqlserver://cw-sql.utility.local:1433;databaseName=Cityworks\")\n",
    "      .option(\"user\", \"cw_ro\").option(\"password\", jdbc_pw)\n",
    "      .option(\"dbtable\", \"azteca.WORKORDER\").load())"
   ]
  },
  {
   "cell_type": "code",
   "execution_count": 2,
   "metadata": {},
   "outputs": [],
   "source": [
    "alerts = spark.table(\"ami.leak_alerts\")\n",
    "joined = alerts.join(wo, alerts.premise_id == wo.PREMISEID, \"left\")\n",
    "display(joined.groupBy(\"confirmed\").count())"
   ]
  }
 ],
 "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""", ), None, "Databricks docs: dbutils.secrets.get (secret scopes)")

pw = words_pw()
add("yaml", "password", "analytics/dbt/profiles.yml", T(r"""
ami_warehouse:
  target: prod
  outputs:
    prod:
      type: snowflake
      account: cityutil-ami.us-east-2.aws
      user: DBT_AMI
      password: "@@pw@@"
      role: TRANSFORMER
      database: AMI
      warehouse: TRANSFORM_WH
      schema: MARTS
      threads: 8
      client_session_keep_alive: false
""", pw=pw), pw, "dbt docs: Snowflake profile (user/password authentication)")

add("yaml", "decoy-env-ref", "analytics/dbt/ci/profiles.yml", T(r"""
ami_warehouse:
  target: ci
  outputs:
    ci:
      type: snowflake
      account: "{{ env_var('SNOWFLAKE_ACCOUNT') }}"
      user: "{{ env_var('SNOWFLAKE_USER') }}"
      private_key_path: "{{ env_var('SNOWFLAKE_KEY_PATH') }}"
      private_key_passphrase: "{{ env_var('SNOWFLAKE_KEY_PASSPHRASE') }}"
      role: TRANSFORMER_CI
      database: AMI_CI
      warehouse: CI_WH
      schema: "PR_{{ env_var('PR_NUMBER', 'local') }}"
      threads: 4
""", ), None, "dbt docs: env_var() in profiles.yml; Snowflake key-pair authentication")

key = uuid_s()
add("ini", "api-key", "ami/mission/mission_poller.ini", T(r"""
; Mission Communications RTU poller -> SCADA historian bridge (lift stations without radio)
[mission]
base_url = https://api.123mc.com/rest/v1
api_key = @@key@@
customer_id = 28841
poll_minutes = 5

[historian]
server = pi-da01.scada.local
point_prefix = LS.
timezone = America/Chicago

[stations]
ls_list = LS-04,LS-11,LS-17,LS-22,LS-31
""", key=key), key, "Mission Communications web API (API key in configuration); INI format")

# ---------------------------------------------------------------------------------------------
# SCADA: historians, HMIs, OT messaging, plant network gear
# ---------------------------------------------------------------------------------------------

pw = words_pw("!#%*")
add("python", "password", "scada/pi/export_plant_flows.py", T(r'''
"""Daily plant flow totals from PI Web API for the state monthly operating report (MOR)."""
import datetime as dt

import requests
from requests.auth import HTTPBasicAuth

PIWEBAPI = "https://piwebapi.scada.local/piwebapi"
AUTH = HTTPBasicAuth("SCADA\\svc_mor_report", "@@pw@@")
TAGS = ["WTP1.FIT-101.TOT", "WTP1.FIT-201.TOT", "WTP2.FIT-101.TOT", "WWTP.FIT-900.TOT"]


def web_id(session, tag):
    r = session.get(f"{PIWEBAPI}/points", params={"path": f"\\\\PI-DA01\\{tag}"})
    r.raise_for_status()
    return r.json()["WebId"]


def daily_totals(day: dt.date):
    with requests.Session() as s:
        s.auth = AUTH
        s.verify = "/etc/pki/scada-ca.pem"
        for tag in TAGS:
            wid = web_id(s, tag)
            r = s.get(f"{PIWEBAPI}/streams/{wid}/summary",
                      params={"startTime": f"{day}", "endTime": f"{day}+1d", "summaryType": "Total"})
            r.raise_for_status()
            yield tag, r.json()["Items"][0]["Value"]["Value"]


if __name__ == "__main__":
    for tag, total in daily_totals(dt.date.today() - dt.timedelta(days=1)):
        print(f"{tag},{total:.3f}")
''', pw=pw), pw, "AVEVA PI Web API reference (Basic authentication); requests HTTPBasicAuth")

basic = b64("pi_reader:" + rand_pw(14, "!#"))
add("powershell", "basic-auth", "scada/pi/Get-ReservoirLevels.ps1", T(r"""
# Pull current reservoir levels from PI Web API for the morning ops briefing.
$base = "https://piwebapi.scada.local/piwebapi"
$headers = @{
    Authorization = "Basic @@basic@@"
    Accept        = "application/json"
}
$tags = @("RES-NORTH.LIT-01.PV", "RES-SOUTH.LIT-01.PV", "TANK-HILLCREST.LIT-01.PV", "TANK-AIRPORT.LIT-01.PV")

$rows = foreach ($t in $tags) {
    $pt = Invoke-RestMethod -Uri "$base/points?path=\\PI-DA01\$t" -Headers $headers
    $v  = Invoke-RestMethod -Uri "$base/streams/$($pt.WebId)/value" -Headers $headers
    [pscustomobject]@{ Tag = $t; Feet = [math]::Round($v.Value, 2); Time = $v.Timestamp }
}
$rows | Format-Table -AutoSize
$rows | Export-Csv -NoTypeInformation -Path "\\opsfile01\briefing\levels_$(Get-Date -f yyyyMMdd).csv"
""", basic=basic), basic, "RFC 7617 Basic scheme; PI Web API authentication methods")

add("python", "decoy-no-secret", "scada/pi/kerberos_snapshot.py", T(r'''
"""Snapshot values from PI Web API using the caller's Kerberos ticket (no stored password)."""
import requests
from requests_kerberos import HTTPKerberosAuth, OPTIONAL

PIWEBAPI = "https://piwebapi.scada.local/piwebapi"


def snapshot(web_ids):
    auth = HTTPKerberosAuth(mutual_authentication=OPTIONAL)
    body = {str(i): {"Method": "GET", "Resource": f"{PIWEBAPI}/streams/{w}/value"} for i, w in enumerate(web_ids)}
    r = requests.post(f"{PIWEBAPI}/batch", json=body, auth=auth, verify="/etc/pki/scada-ca.pem", timeout=30)
    r.raise_for_status()
    return {k: v["Content"]["Value"] for k, v in r.json().items()}


if __name__ == "__main__":
    print(snapshot(["F1DPaH6nYdvs0kGC2pZ9g1x1zQAQAAAAUEktREEwMVxXVFAxLkZJVC0xMDEuUFY"]))
''', ), None, "requests-kerberos documentation (HTTPKerberosAuth); PI Web API batch controller")

tok = draw(43, ALNUM + "-_")
add("python", "token", "ignition/projects/WaterOps/ignition/script-python/integrations/cityworks/code.py", T(r"""
# Ignition gateway script library: open a Cityworks work order when a lift station alarm latches.
# Called from the LS-* alarm pipelines (Gateway scope).
CW_URL = "https://cityworks.cityutil.local/Cityworks/Services/Ams/WorkOrder/Create"
CW_TOKEN = "@@tok@@"

logger = system.util.getLogger("cityworks")


def create_wo(station, alarm, priority="2"):
    data = {
        "WOTemplateId": "LS-ALARM",
        "EntityType": "LIFTSTATION",
        "EntityUid": station,
        "Priority": priority,
        "Comments": "Auto-created from SCADA alarm %s" % alarm,
    }
    client = system.net.httpClient(timeout=15000)
    resp = client.post(CW_URL, data={"data": system.util.jsonEncode(data), "token": CW_TOKEN})
    if not resp.good:
        logger.warnf("Cityworks WO create failed for %s: %s", station, resp.statusCode)
        return None
    wo = resp.json["Value"]["WorkOrderId"]
    logger.infof("Created WO %s for %s", wo, station)
    return wo
""", tok=tok), tok, "Ignition 8.1 system.net.httpClient; Cityworks REST API token parameter")

pw = words_pw("!#%")
add("compose", "password", "ignition/docker-compose.yml", T(r"""
services:
  gateway:
    image: inductiveautomation/ignition:8.1.38
    hostname: ign-water-ops
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
      -n ign-water-ops
      -m 2048
      -- wrapper.java.initmemory=512
    restart: unless-stopped

volumes:
  gw-data:
""", pw=pw), pw, "Inductive Automation Ignition Docker image docs (GATEWAY_ADMIN_PASSWORD)")

add("compose", "decoy-env-ref", "ignition/dev/docker-compose.yml", T(r"""
services:
  gateway:
    image: inductiveautomation/ignition:8.1.38
    hostname: ign-dev
    ports:
      - "9088:8088"
    volumes:
      - gw-dev:/usr/local/bin/ignition/data
    environment:
      ACCEPT_IGNITION_EULA: "Y"
      GATEWAY_ADMIN_USERNAME: admin
      GATEWAY_ADMIN_PASSWORD_FILE: /run/secrets/gateway-admin-password
      IGNITION_EDITION: standard
    secrets:
      - gateway-admin-password

secrets:
  gateway-admin-password:
    file: ./secrets/gateway-admin-password.txt

volumes:
  gw-dev:
""", ), None, "Ignition Docker image docs (GATEWAY_ADMIN_PASSWORD_FILE); Compose secrets")

pw = words_pw("!#*")
add("powershell", "password", "scada/kepware/Add-LiftStationChannel.ps1", T(r"""
# Create a Modbus TCP channel + device in KEPServerEX for a new lift station, via the Configuration API.
param(
    [Parameter(Mandatory)] [string]$Station,
    [Parameter(Mandatory)] [string]$RtuIp
)
$kep = "https://kep01.scada.local:57512/config/v1/project"
$sec = ConvertTo-SecureString "@@pw@@" -AsPlainText -Force
$cred = New-Object System.Management.Automation.PSCredential ("Administrator", $sec)

$channel = @{
    "common.ALLTYPES_NAME" = "LS_$Station"
    "servermain.MULTIPLE_TYPES_DEVICE_DRIVER" = "Modbus TCP/IP Ethernet"
} | ConvertTo-Json
Invoke-RestMethod -Method Post -Uri "$kep/channels" -Credential $cred -Body $channel -ContentType "application/json"

$device = @{
    "common.ALLTYPES_NAME" = "RTU"
    "servermain.DEVICE_ID_STRING" = "<$RtuIp>.1"
    "servermain.MULTIPLE_TYPES_DEVICE_DRIVER" = "Modbus TCP/IP Ethernet"
} | ConvertTo-Json
Invoke-RestMethod -Method Post -Uri "$kep/channels/LS_$Station/devices" -Credential $cred -Body $device -ContentType "application/json"
Write-Host "LS_$Station created"
""", pw=pw), pw, "Kepware KEPServerEX Configuration API (Basic auth); PowerShell ConvertTo-SecureString")

pw = rand_pw(16, "#!")
add("python", "db-password", "scada/historian/wonderware_to_wims.py", T(r'''
import datetime as dt
import pyodbc

HIST = ("DRIVER={ODBC Driver 17 for SQL Server};SERVER=HIST01;DATABASE=Runtime;"
        "UID=wims_reader;PWD=@@pw@@")

SQL = """
SELECT TagName, DateTime, Value FROM History
WHERE TagName IN ('WTP_CL2_RES_PV','WTP_TURB_CFE_PV','WTP_PH_FIN_PV')
  AND DateTime >= ? AND DateTime < ?
  AND wwRetrievalMode = 'Average' AND wwResolution = 3600000
"""


def hourly(day: dt.date):
    start = dt.datetime.combine(day, dt.time())
    with pyodbc.connect(HIST, timeout=30) as conn:
        return conn.cursor().execute(SQL, start, start + dt.timedelta(days=1)).fetchall()


if __name__ == "__main__":
    for row in hourly(dt.date.today() - dt.timedelta(days=1)):
        print(row.TagName, row.DateTime, round(row.Value, 3))
''', pw=pw), pw, "AVEVA Historian Runtime database (History view, wwRetrievalMode); pyodbc connection strings")

sec = draw(32)
add("python", "client-secret", "scada/proficy/historian_rest.py", T(r'''
"""Proficy Historian REST (via UAA) for the wastewater plant energy dashboard."""
import requests

UAA = "https://proficy-hist.scada.local/uaa/oauth/token"
HIST = "https://proficy-hist.scada.local/historian-rest-api/v1"
CLIENT_ID = "energy_dash"
CLIENT_SECRET = "@@sec@@"


def token():
    r = requests.post(UAA, data={"grant_type": "client_credentials"}, auth=(CLIENT_ID, CLIENT_SECRET),
                      verify=False, timeout=20)
    r.raise_for_status()
    return r.json()["access_token"]


def current(tags):
    h = {"Authorization": f"Bearer {token()}"}
    r = requests.get(f"{HIST}/datapoints/currentvalue", params={"tagNames": ";".join(tags)}, headers=h,
                     verify=False, timeout=20)
    r.raise_for_status()
    return r.json()["Data"]


if __name__ == "__main__":
    print(current(["WWTP.BLOWER1.KW", "WWTP.BLOWER2.KW", "WWTP.INF_PUMPS.KW"]))
''', sec=sec), sec, "GE Proficy Historian REST API guide (UAA client credentials)")

pw = words_pw()
add("r", "password", "scada/geoscada/pump_runtime.R", T(r"""
# Pump runtime hours per lift station from Geo SCADA Expert (ClearSCADA ODBC driver)
library(DBI)
library(odbc)
library(dplyr)

con <- dbConnect(odbc::odbc(),
                 Driver   = "ClearSCADA Driver",
                 Server   = "geoscada-main.scada.local",
                 Port     = 5481,
                 UID      = "report.reader",
                 PWD      = "@@pw@@")

runtime <- dbGetQuery(con, "
  SELECT FullName, CurrentValue
  FROM CDBPoint
  WHERE FullName LIKE 'Lift Stations.%.Pump%.Runtime Hours'")

runtime %>%
  mutate(station = sub('^Lift Stations\\.([^.]+)\\..*$', '\\1', FullName)) %>%
  group_by(station) %>%
  summarise(hours = sum(CurrentValue)) %>%
  arrange(desc(hours)) %>%
  write.csv("pump_runtime.csv", row.names = FALSE)

dbDisconnect(con)
""", pw=pw), pw, "Geo SCADA Expert ODBC/SQL query guide; R DBI/odbc dbConnect")

pw = rand_pw(22)
add("conf", "password", "telemetry/mosquitto/conf.d/bridge-cloud.conf", T(r"""
# Bridge lift-station telemetry (Sparkplug B) from the plant broker to the cloud broker.
connection cloud-bridge
address mqtt.cityutil-iot.net:8883
bridge_protocol_version mqttv311
remote_clientid wtp1-bridge
remote_username wtp1-bridge
remote_password @@pw@@
bridge_cafile /etc/mosquitto/certs/cloud-ca.crt
bridge_insecure false
cleansession false
keepalive_interval 60
restart_timeout 10 120
topic spBv1.0/WaterOps/# out 1
topic spBv1.0/STATE/# in 1
notifications true
notification_topic $SYS/broker/connection/wtp1-bridge/state
""", pw=pw), pw, "mosquitto.conf(5) bridge options (remote_username, remote_password)")

lines = "\n".join(f"{u}:$7$101$" + b64(rbytes(12)) + "$" + b64(rbytes(64)) for u in
                  ["wtp1-bridge", "ls04-rtu", "ls11-rtu", "ls17-rtu", "ignition", "nodered"])
add("passwd", "decoy-hash", "telemetry/mosquitto/passwd", lines + "\n", None,
    "mosquitto_passwd(1): PBKDF2-SHA512 password hashes ($7$)")

tok = influx_token()
add("toml", "token", "telemetry/telegraf/telegraf.d/plant-modbus.conf", T(r"""
[agent]
  interval = "10s"
  flush_interval = "10s"
  hostname = "wtp1-edge01"

[[inputs.modbus]]
  name = "filter_gallery"
  slave_id = 1
  timeout = "2s"
  controller = "tcp://10.20.4.31:502"
  holding_registers = [
    { name = "filter1_headloss_ft", byte_order = "ABCD", data_type = "FLOAT32-IEEE", scale = 1.0, address = [100, 101] },
    { name = "filter1_turbidity_ntu", byte_order = "ABCD", data_type = "FLOAT32-IEEE", scale = 1.0, address = [102, 103] },
  ]

[[outputs.influxdb_v2]]
  urls = ["https://influx.scada.local:8086"]
  token = "@@tok@@"
  organization = "water-ops"
  bucket = "plant_edge"
  tls_ca = "/etc/telegraf/scada-ca.pem"
""", tok=tok), tok, "Telegraf docs: outputs.influxdb_v2 token; inputs.modbus")

add("toml", "decoy-env-ref", "telemetry/telegraf/telegraf.d/lift-stations.conf", T(r"""
[[inputs.mqtt_consumer]]
  servers = ["ssl://mqtt.scada.local:8883"]
  topics = ["lift/+/telemetry"]
  username = "${MQTT_USER}"
  password = "${MQTT_PASSWORD}"
  data_format = "json"
  tag_keys = ["station", "pump"]

[[outputs.influxdb_v2]]
  urls = ["https://influx.scada.local:8086"]
  token = "${INFLUX_TOKEN}"
  organization = "water-ops"
  bucket = "lift_stations"
""", ), None, "Telegraf docs: environment variable substitution in configuration")

pw = words_pw("!#%")
add("yaml", "password", "telemetry/grafana/provisioning/datasources/historian.yaml", T(r"""
apiVersion: 1
datasources:
  - name: Historian (MSSQL)
    type: mssql
    access: proxy
    url: hist01.scada.local:1433
    user: grafana_ro
    jsonData:
      database: Runtime
      maxOpenConns: 10
      encrypt: "true"
    secureJsonData:
      password: "@@pw@@"
    editable: false
  - name: Plant Edge (Influx)
    type: influxdb
    access: proxy
    url: https://influx.scada.local:8086
    jsonData:
      version: Flux
      organization: water-ops
      defaultBucket: plant_edge
""", pw=pw), pw, "Grafana docs: provisioning data sources (secureJsonData)")

add("yaml", "decoy-env-ref", "telemetry/grafana/provisioning/datasources/lims.yaml", T(r"""
apiVersion: 1
datasources:
  - name: LIMS (Postgres)
    type: postgres
    url: lims-pg.utility.local:5432
    user: grafana_lims
    jsonData:
      database: lims
      sslmode: verify-full
      postgresVersion: 1400
    secureJsonData:
      password: $__file{/etc/grafana/secrets/lims_pg_password}
  - name: Plant Edge (Influx)
    type: influxdb
    url: https://influx.scada.local:8086
    secureJsonData:
      token: $__env{INFLUX_READ_TOKEN}
""", ), None, "Grafana docs: variable expansion $__env{} and $__file{} in provisioning")

sec = passphrase()
add("js", "signing-key", "telemetry/nodered/settings.js", T(r"""
// Node-RED settings for the chemical feed dashboard (WTP2 HMI PC)
module.exports = {
    uiPort: process.env.PORT || 1880,
    flowFile: 'flows_wtp2.json',
    credentialSecret: "@@sec@@",
    adminAuth: {
        type: "credentials",
        users: [{
            username: "operator",
            password: "$2b$08$Jx0d2vR9Xw1uQkYH8fGZruP0mTQW7oVZ2b3lJd1sQeO9H5kFzWfAe",
            permissions: "read"
        }]
    },
    httpNodeRoot: '/api',
    functionGlobalContext: {
        plant: 'WTP2',
        chlorineTargetMgL: 1.4
    },
    logging: {
        console: { level: "info", metrics: false, audit: false }
    },
    editorTheme: { projects: { enabled: false } }
};
""", sec=sec), sec, "Node-RED docs: settings.js credentialSecret (encrypts flows_cred.json)")

add("json", "decoy-no-secret", "telemetry/nodered/flows_wtp2.json", T(r"""
[
  { "id": "a1f0c2d4e5b60718", "type": "tab", "label": "Chemical feed", "disabled": false },
  { "id": "9c3e7b21d0f4a685", "type": "mqtt-broker", "name": "plant broker", "broker": "mqtt.scada.local",
    "port": "8883", "usetls": true, "clientid": "nodered-wtp2", "credentials": {} },
  { "id": "4b7d2e9f1a0c3856", "type": "mqtt in", "z": "a1f0c2d4e5b60718", "name": "hypo pump speed",
    "topic": "wtp2/chem/hypo/pump1/speed", "qos": "1", "broker": "9c3e7b21d0f4a685", "wires": [["e2d1c0b9a8f70615"]] },
  { "id": "e2d1c0b9a8f70615", "type": "function", "z": "a1f0c2d4e5b60718", "name": "gph from %",
    "func": "msg.payload = Number(msg.payload) * 0.42;\nreturn msg;", "outputs": 1, "wires": [["7f6e5d4c3b2a1908"]] },
  { "id": "7f6e5d4c3b2a1908", "type": "ui_gauge", "z": "a1f0c2d4e5b60718", "name": "Hypo feed", "group": "0d1c2b3a49586776",
    "format": "{{value}} gph", "min": 0, "max": "42", "wires": [] }
]
""", ), None, "Node-RED flow export format (credentials are kept out of flows.json)")

pw = words_pw()
add("python", "password", "scada/opcua/read_clearwell.py", T(r'''
import asyncio

from asyncua import Client

URL = "opc.tcp://wtp1-scada01.scada.local:4840/freeopcua/server/"
NODES = {
    "clearwell_level_ft": "ns=2;s=WTP1.Clearwell.Level.PV",
    "hsp1_running": "ns=2;s=WTP1.HSP1.Run.Status",
    "cl2_residual": "ns=2;s=WTP1.Finished.CL2.PV",
}


async def main():
    client = Client(url=URL)
    client.set_user("opc_reader")
    client.set_password("@@pw@@")
    await client.set_security_string(
        "Basic256Sha256,SignAndEncrypt,certs/opc_reader.der,certs/opc_reader_key.pem")
    async with client:
        for name, nid in NODES.items():
            value = await client.get_node(nid).read_value()
            print(f"{name}={value}")


if __name__ == "__main__":
    asyncio.run(main())
''', pw=pw), pw, "opcua-asyncio (asyncua) Client.set_user / set_password")

key = pkcs8_rsa_key()
add("pem", "private-key", "scada/opcua/pki/own/private/wtp1-uaserver_key.pem", key + "\n", key,
    "OPC UA Part 12 application instance certificates; PKCS#8 PEM (RFC 5958/7468)")

add("pem", "decoy-public-key", "scada/opcua/pki/trusted/certs/kepware-kep01.pem", cert_pem() + "\n", None,
    "OPC UA trust list: peer application instance certificates (public)")

pw = rand_pw(14, "!#")
add("cisco", "password", "network/wtp1/wtp1-ot-rtr01.cfg", T(r"""
!
version 15.9
service timestamps log datetime msec localtime
service password-encryption
!
hostname wtp1-ot-rtr01
!
username scadaops privilege 15 password 0 @@pw@@
!
aaa new-model
aaa authentication login default local
!
interface GigabitEthernet0/0
 description UPLINK-TO-IT-FW
 ip address 10.20.0.2 255.255.255.252
!
interface GigabitEthernet0/1
 description PLC-LAN
 ip address 10.20.4.1 255.255.255.0
!
ip access-list extended PLC-IN
 permit tcp 10.20.9.0 0.0.0.255 10.20.4.0 0.0.0.255 eq 502
 permit tcp 10.20.9.0 0.0.0.255 10.20.4.0 0.0.0.255 eq 44818
 deny   ip any any log
!
line vty 0 4
 transport input ssh
!
end
""", pw=pw), pw, "Cisco IOS Security Command Reference: username ... password 0 (unencrypted)")

add("cisco", "decoy-hash", "network/wwtp/wwtp-ot-sw01.cfg", T(r"""
!
hostname wwtp-ot-sw01
!
enable secret 9 $9$@@s1@@$@@h1@@
!
username netadmin privilege 15 secret 9 $9$@@s2@@$@@h2@@
!
aaa new-model
aaa authentication login default group tacacs+ local
!
interface range GigabitEthernet1/0/1 - 24
 switchport mode access
 switchport access vlan 40
 spanning-tree portfast
!
interface Vlan40
 description BLOWER-PLCS
 ip address 10.30.40.2 255.255.255.0
!
line vty 0 15
 transport input ssh
!
end
""", s1=draw(14, ALNUM + "./"), h1=draw(43, ALNUM + "./"), s2=draw(14, ALNUM + "./"), h2=draw(43, ALNUM + "./")),
    None, "Cisco IOS: type 9 (scrypt) password hashes")

pw = words_pw("!#*")
add("cli", "password", "network/liftstations/ls17-digi-ix20.txt", T(r"""
# Digi IX20 cellular router - Lift Station 17 (Willow Creek). Paste into the Digi CLI on first boot.
config system name "LS17-WILLOWCRK"
config system location "Lift Station 17, 4400 Willow Creek Rd"
config auth user admin password "@@pw@@"
config auth user admin group/0 admin
config network interface modem modem apn/0/apn "cityutil.scada.apn"
config network interface lan ipv4 address 192.168.17.1/24
config firewall dnat/0 name "RTU-Modbus"
config firewall dnat/0 protocol tcp
config firewall dnat/0 external_port 502
config firewall dnat/0 to_address 192.168.17.10
config monitoring devicehealth enable true
config cloud enable true
save
""", pw=pw), pw, "Digi Accelerated Linux (DAL) CLI reference: config auth user ... password")

psk = rand_pw(28, "!#%*")
add("fortios", "psk", "network/fw/provision_remote_site_vpn.conf", T(r"""
# FortiGate CLI script: IPsec tunnel from remote booster station to the SCADA DMZ.
config vpn ipsec phase1-interface
    edit "BOOST-HILLCREST"
        set interface "wan1"
        set ike-version 2
        set peertype any
        set net-device disable
        set proposal aes256-sha256
        set dhgrp 14
        set remote-gw 203.0.113.47
        set psksecret "@@psk@@"
    next
end
config vpn ipsec phase2-interface
    edit "BOOST-HILLCREST-P2"
        set phase1name "BOOST-HILLCREST"
        set proposal aes256-sha256
        set src-subnet 10.20.9.0 255.255.255.0
        set dst-subnet 192.168.52.0 255.255.255.0
    next
end
""", psk=psk), psk, "FortiOS CLI reference: vpn ipsec phase1-interface psksecret")

add("fortios", "decoy-ciphertext", "network/fw/backups/fgt-scada-dmz.conf", T(r"""
#config-version=FG100F-7.2.8-FW-build1639-240313:opmode=0:vdom=0:user=netadmin
config system admin
    edit "netadmin"
        set accprofile "super_admin"
        set password ENC SH2@@h1@@
    next
end
config vpn ipsec phase1-interface
    edit "BOOST-AIRPORT"
        set interface "wan1"
        set ike-version 2
        set remote-gw 203.0.113.52
        set psksecret ENC @@ct@@
    next
end
config system snmp sysinfo
    set status enable
    set location "SCADA DMZ, WTP1"
end
""", h1=draw(60, ALNUM + "+/"), ct=b64(rbytes(96))), None, "FortiOS configuration backups: ENC (encrypted) values and SH2 admin hashes")

key = hexs(64, upper=True)
add("python", "signing-key", "scada/dnp3/outstation_sim.py", T(r'''
"""DNP3 outstation simulator for FAT of the new booster station RTU (SAv5 enabled)."""
from dataclasses import dataclass


@dataclass
class SecureAuthConfig:
    user_number: int = 1
    key_wrap_algorithm: str = "AES-256"
    mac_algorithm: str = "HMAC-SHA256-TRUNC16"
    # Update key shared with the master (Geo SCADA outstation set "Boosters")
    update_key_hex: str = "@@key@@"
    session_key_change_interval_s: int = 900
    max_error_count: int = 2


OUTSTATION = {
    "local_address": 17,
    "remote_address": 1,
    "listen": ("0.0.0.0", 20000),
    "points": {"binary_inputs": 32, "analog_inputs": 24, "counters": 8},
    "secure_auth": SecureAuthConfig(),
}
''', key=key), key, "IEEE 1815-2012 (DNP3) Secure Authentication v5: update keys")

pw = words_pw("!#%")
add("powershell", "db-password", "lims/wims/Import-LimsResultsToWims.ps1", T(r"""
# Copy approved LIMS results into Hach WIMS (variables mapped in wims_var_map.csv)
$lims = "Server=LIMSSQL01;Database=LabLIMS;Integrated Security=True"
$wims = "Server=WIMSSQL01;Database=WIMS_WTP;User Id=wims_import;Password=@@pw@@"

$map = Import-Csv "$PSScriptRoot\wims_var_map.csv"
$rows = Invoke-Sqlcmd -ConnectionString $lims -Query "SELECT SampleId, Analyte, Result, SampleDate FROM v_approved_results WHERE SampleDate >= DATEADD(day,-2,GETDATE())"

foreach ($r in $rows) {
    $var = ($map | Where-Object { $_.Analyte -eq $r.Analyte }).WimsVarId
    if (-not $var) { continue }
    $q = "EXEC dbo.ImportValue @VarId=$var, @Date='$($r.SampleDate.ToString('yyyy-MM-dd'))', @Value=$($r.Result)"
    Invoke-Sqlcmd -ConnectionString $wims -Query $q
}
Write-Output "Imported $($rows.Count) results"
""", pw=pw), pw, "SqlServer PowerShell module Invoke-Sqlcmd -ConnectionString; Hach WIMS import")

sec = draw(40, ALNUM + "-_")
add("python", "client-secret", "lims/claros/claros_sync.py", T(r'''
import requests

CLAROS_TOKEN_URL = "https://claros.hach.com/oauth/token"
CLAROS_API = "https://claros.hach.com/api/v1"
CLIENT = {"client_id": "cityutil-wwtp-sync", "client_secret": "@@sec@@", "grant_type": "client_credentials"}


def session():
    s = requests.Session()
    tok = s.post(CLAROS_TOKEN_URL, data=CLIENT, timeout=30).json()["access_token"]
    s.headers["Authorization"] = f"Bearer {tok}"
    return s


def latest_instruments(s):
    r = s.get(f"{CLAROS_API}/instruments", params={"site": "WWTP-MAIN"}, timeout=30)
    r.raise_for_status()
    return r.json()


if __name__ == "__main__":
    for inst in latest_instruments(session()):
        print(inst["name"], inst["lastValue"], inst["unit"])
''', sec=sec), sec, "Hach Claros API (OAuth 2.0 client credentials)")

add("csv", "decoy-no-secret", "ignition/exports/tags_wtp1_filters.csv", T(r"""
Path,DataType,OPCServer,OPCItemPath,ScaleMode,EngUnit,HistoryEnabled
WTP1/Filters/F1/Headloss,Float4,Ignition OPC UA Server,ns=1;s=[WTP1_PLC]F1_HL_FT,Off,ft,true
WTP1/Filters/F1/Turbidity,Float4,Ignition OPC UA Server,ns=1;s=[WTP1_PLC]F1_TURB,Off,NTU,true
WTP1/Filters/F1/Backwash/Active,Boolean,Ignition OPC UA Server,ns=1;s=[WTP1_PLC]F1_BW_ACT,Off,,true
WTP1/Filters/F2/Headloss,Float4,Ignition OPC UA Server,ns=1;s=[WTP1_PLC]F2_HL_FT,Off,ft,true
WTP1/Filters/F2/Turbidity,Float4,Ignition OPC UA Server,ns=1;s=[WTP1_PLC]F2_TURB,Off,NTU,true
WTP1/HMI/Security/OperatorPasswordTimeoutMin,Int4,Ignition OPC UA Server,ns=1;s=[WTP1_PLC]HMI_PW_TMO,Off,min,false
WTP1/HMI/Security/KeySwitchPosition,Int2,Ignition OPC UA Server,ns=1;s=[WTP1_PLC]KEYSW_POS,Off,,false
""", ), None, "Ignition tag CSV export (tag paths and OPC item paths)")

add("st", "decoy-no-secret", "plc/wtp1/HMI_Login.st", T(r"""
(* HMI login handling for the WTP1 filter gallery PLC (IEC 61131-3 Structured Text) *)
(* Credentials are checked by the HMI's identity provider; the PLC only sees the result. *)
FUNCTION_BLOCK FB_HmiLogin
VAR_INPUT
    LoginOk        : BOOL;   (* pulse from HMI after AD authentication *)
    UserLevel      : INT;    (* 1=view 2=operator 3=supervisor 4=engineer *)
    LogoutCmd      : BOOL;
END_VAR
VAR_OUTPUT
    SetpointWriteEnable : BOOL;
    MaintenanceEnable   : BOOL;
END_VAR
VAR
    tIdle : TON;
END_VAR

tIdle(IN := LoginOk AND NOT LogoutCmd, PT := T#15M);
IF LogoutCmd OR tIdle.Q THEN
    SetpointWriteEnable := FALSE;
    MaintenanceEnable := FALSE;
ELSIF LoginOk THEN
    SetpointWriteEnable := UserLevel >= 2;
    MaintenanceEnable := UserLevel >= 4;
END_IF;
END_FUNCTION_BLOCK
""", ), None, "IEC 61131-3 Structured Text (no credentials; authorization levels only)")

cid, sec = uuid_s(), draw(48)
add("python", "client-secret", "scada/adh/publish_to_data_hub.py", T(r'''
"""Publish plant KPIs to AVEVA Data Hub (CONNECT) for the regional water authority dashboard."""
import requests

TENANT = "5a7f3c21-8e0d-4b9a-bf6e-2c1d9a8e7f40"
NAMESPACE = "cityutil-water"
RESOURCE = "https://uswe.datahub.connect.aveva.com"
CLIENT_ID = "@@cid@@"
CLIENT_SECRET = "@@sec@@"


def token():
    r = requests.post(f"{RESOURCE}/identity/connect/token",
                      data={"grant_type": "client_credentials", "client_id": CLIENT_ID,
                            "client_secret": CLIENT_SECRET}, timeout=30)
    r.raise_for_status()
    return r.json()["access_token"]


def publish(stream, values):
    h = {"Authorization": f"Bearer {token()}"}
    url = f"{RESOURCE}/api/v1/Tenants/{TENANT}/Namespaces/{NAMESPACE}/Streams/{stream}/Data"
    requests.post(url, json=values, headers=h, timeout=30).raise_for_status()


if __name__ == "__main__":
    publish("WTP1.FinishedWater.MGD", [{"Timestamp": "2024-06-01T00:00:00Z", "Value": 18.42}])
''', cid=cid, sec=sec), sec, "AVEVA Data Hub (formerly OSIsoft Cloud Services) client-credentials clients")

# ---------------------------------------------------------------------------------------------
# GIS: ArcGIS, Cityworks, FME, Mapbox, PostGIS
# ---------------------------------------------------------------------------------------------

key = "AAPK" + hexs(32) + draw(64, ALNUM + "-_")
add("python", "api-key", "gis/geocode/geocode_new_services.py", T(r'''
"""Batch-geocode new service applications before they are created in CC&B (runs nightly)."""
import csv
import sys

import requests

GEOCODE_URL = "https://geocode-api.arcgis.com/arcgis/rest/services/World/GeocodeServer/geocodeAddresses"
ARCGIS_API_KEY = "@@key@@"


def geocode(rows):
    records = {"records": [{"attributes": {"OBJECTID": i, "SingleLine": r["address"]}} for i, r in enumerate(rows)]}
    resp = requests.post(GEOCODE_URL, data={
        "addresses": __import__("json").dumps(records),
        "sourceCountry": "USA",
        "forStorage": "true",
        "f": "json",
        "token": ARCGIS_API_KEY,
    }, timeout=120)
    resp.raise_for_status()
    return resp.json()["locations"]


if __name__ == "__main__":
    with open(sys.argv[1], newline="") as fh:
        rows = list(csv.DictReader(fh))
    for loc in geocode(rows):
        a = loc["attributes"]
        print(a["ResultID"], a["Score"], loc["location"]["x"], loc["location"]["y"])
''', key=key), key, "ArcGIS Location Platform docs: API keys (token parameter) and geocodeAddresses")

pw = words_pw("!#%")
add("python", "password", "gis/scripts/sync_hydrant_inspections.py", T(r'''
from arcgis.gis import GIS
from arcgis.features import FeatureLayer

gis = GIS("https://gis.cityutil.local/portal", "gis_sync", "@@pw@@", verify_cert="/etc/pki/cityutil-ca.pem")

hydrants = FeatureLayer("https://gis.cityutil.local/server/rest/services/Water/Hydrants/FeatureServer/0", gis)
inspections = FeatureLayer("https://gis.cityutil.local/server/rest/services/Water/HydrantInspections/FeatureServer/0", gis)

latest = {}
for f in inspections.query(where="INSPDATE >= CURRENT_DATE - 30", out_fields="FACILITYID,INSPDATE,STATUS").features:
    fid = f.attributes["FACILITYID"]
    if fid not in latest or f.attributes["INSPDATE"] > latest[fid]["INSPDATE"]:
        latest[fid] = f.attributes

updates = []
for h in hydrants.query(where="1=1", out_fields="OBJECTID,FACILITYID,LASTINSP,OPSTATUS").features:
    insp = latest.get(h.attributes["FACILITYID"])
    if insp:
        h.attributes["LASTINSP"] = insp["INSPDATE"]
        h.attributes["OPSTATUS"] = insp["STATUS"]
        updates.append(h)

print(hydrants.edit_features(updates=updates)["updateResults"][:3])
''', pw=pw), pw, "ArcGIS API for Python: GIS(url, username, password)")

add("python", "decoy-no-secret", "gis/scripts/export_main_breaks.py", T(r'''
"""Export last month's main breaks for the asset management model.
Authenticates with the profile stored in the OS keyring by `GIS(..., profile=...)` on first run."""
import datetime as dt

from arcgis.gis import GIS

gis = GIS(profile="cityutil_portal")
breaks = gis.content.get("9d2a0b7f4c3e41a8b6e5d1f0c7a2e394").layers[0]

since = (dt.date.today().replace(day=1) - dt.timedelta(days=1)).replace(day=1)
fs = breaks.query(where=f"BREAKDATE >= DATE '{since}'", out_fields="*", return_geometry=True)
fs.sdf.to_csv(f"main_breaks_{since:%Y%m}.csv", index=False)
print(f"{len(fs.features)} breaks since {since}")
''', ), None, "ArcGIS API for Python: profiles (credentials kept in the OS keyring)")

pw = rand_pw(16, "!#")
add("markdown", "password", "docs/runbooks/arcgis-server-token.md", T(r"""
# Getting an admin token for ArcGIS Server (federated site down)

When Portal is down, the GIS server admin API still accepts the primary site administrator.

1. RDP to `GISSRV01` (or use the jump box).
2. Request a token:

```bash
curl -k -X POST https://gisserver01.cityutil.local:6443/arcgis/admin/generateToken \
  -d username=siteadmin \
  -d password='@@pw@@' \
  -d client=requestip \
  -d expiration=60 \
  -d f=json
```

3. Use it on `/arcgis/admin/services/Water/...` to restart the stopped services:

```bash
curl -k -X POST "https://gisserver01.cityutil.local:6443/arcgis/admin/services/Water/Hydrants.MapServer/start" \
  -d token=$TOKEN -d f=json
```

4. Log the incident in the GIS change log and page the GIS on-call if Portal does not come back.
""", pw=pw), pw, "ArcGIS Server Administrator API: generateToken")

add("json", "decoy-uuid", "gis/webmaps/field_ops_webmap.json", T(r"""
{
  "operationalLayers": [
    {
      "id": "WaterMains_2710",
      "title": "Water Mains",
      "itemId": "4f0a9c2e7b1d48d3a6e5c9b0f2d71a84",
      "url": "https://gis.cityutil.local/server/rest/services/Water/Distribution/FeatureServer/3",
      "layerType": "ArcGISFeatureLayer",
      "visibility": true
    },
    {
      "id": "Valves_4411",
      "title": "System Valves",
      "itemId": "c81e728d9d4c4f6fa9b2e0a1d3c5b7e9",
      "url": "https://gis.cityutil.local/server/rest/services/Water/Distribution/FeatureServer/1",
      "layerType": "ArcGISFeatureLayer",
      "visibility": true
    },
    {
      "id": "SewerGravityMains_0932",
      "title": "Gravity Mains",
      "itemId": "e4da3b7fbbce4345a7d2c1f0e9b8a761",
      "url": "https://gis.cityutil.local/server/rest/services/Sewer/Collection/FeatureServer/2",
      "layerType": "ArcGISFeatureLayer",
      "visibility": false
    }
  ],
  "baseMap": {
    "title": "Topographic",
    "baseMapLayers": [{ "id": "World_Topo", "itemId": "7dc6cea0b1764a1f9af2e679f642f0f5", "layerType": "VectorTileLayer" }]
  },
  "spatialReference": { "wkid": 102100, "latestWkid": 3857 },
  "version": "2.29"
}
""", ), None, "ArcGIS web map specification (item ids are public identifiers)")

pw = words_pw()
add("python", "password", "gis/cityworks/close_flushing_wos.py", T(r'''
import json
import requests

CW = "https://cityworks.cityutil.local/Cityworks/Services"


def authenticate():
    data = json.dumps({"LoginName": "cw_integration", "Password": "@@pw@@"})
    r = requests.post(f"{CW}/General/Authentication/Authenticate", data={"data": data}, timeout=30)
    r.raise_for_status()
    return r.json()["Value"]["Token"]


def close_flushing(token, ids):
    data = json.dumps({"WorkOrderIds": ids, "DateClosed": None})
    r = requests.post(f"{CW}/Ams/WorkOrder/Close", data={"data": data, "token": token}, timeout=60)
    r.raise_for_status()
    return r.json()


if __name__ == "__main__":
    tok = authenticate()
    print(close_flushing(tok, ["2024-00812", "2024-00813", "2024-00817"]))
''', pw=pw), pw, "Cityworks REST API: General/Authentication/Authenticate (LoginName, Password)")

tok = mapbox_token("sk", "cityutil-gis")
add("shell", "token", "gis/tiles/upload_pressure_zones.sh", T(r"""
#!/usr/bin/env bash
# Publish the pressure-zone tileset used by the outage map (Mapbox Tiling Service).
set -euo pipefail
export MAPBOX_ACCESS_TOKEN="@@tok@@"

ogr2ogr -f GeoJSONSeq /tmp/pressure_zones.geojsonl \
  PG:"host=gis-pg.utility.local dbname=gis user=gis_ro" water.pressure_zones \
  -t_srs EPSG:4326

tilesets upload-source cityutil-gis pressure-zones /tmp/pressure_zones.geojsonl --replace
tilesets publish cityutil-gis.pressure-zones-v3
""", tok=tok), tok, "Mapbox docs: secret access tokens (sk.) for the Tiling Service CLI")

tok = mapbox_token("pk", "cityutil-gis")
add("html", "decoy-public-id", "outage-map/public/index.html", T(r"""
<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>Water Outages &amp; Main Breaks</title>
  <script src="https://api.mapbox.com/mapbox-gl-js/v3.3.0/mapbox-gl.js"></script>
  <link href="https://api.mapbox.com/mapbox-gl-js/v3.3.0/mapbox-gl.css" rel="stylesheet">
  <style>#map { position: absolute; top: 0; bottom: 0; width: 100%; }</style>
</head>
<body>
<div id="map"></div>
<script>
  // Public token, URL-restricted to outages.cityutilities.org
  mapboxgl.accessToken = '@@tok@@';
  const map = new mapboxgl.Map({
    container: 'map',
    style: 'mapbox://styles/cityutil-gis/clw0outage0000map',
    center: [-97.33, 32.75],
    zoom: 11
  });
  map.on('load', () => {
    map.addSource('outages', { type: 'geojson', data: '/api/outages.geojson' });
    map.addLayer({ id: 'outages', type: 'fill', source: 'outages', paint: { 'fill-color': '#d33', 'fill-opacity': 0.4 } });
  });
</script>
</body>
</html>
""", tok=tok), None, "Mapbox docs: public tokens (pk.) are meant for client-side use with URL restrictions")

pw = rand_pw(20)
add("pgpass", "db-password", "gis/sewer-model/.pgpass", T(r"""
# ~/.pgpass for the sewer model runner (chmod 0600)
# hostname:port:database:username:password
gis-pg.utility.local:5432:sewer_model:sewer_modeler:@@pw@@
# gis_ro connects with Kerberos (GSSAPI), so it needs no entry here
# InfoWorks ICM exports land in /data/sewer-model/exports before the nightly load
""", pw=pw), pw, "PostgreSQL docs: the password file (.pgpass)")

tok = hexs(40)
add("python", "token", "gis/fme/run_asset_sync.py", T(r'''
import requests

FME = "https://fme.cityutil.local/fmerest/v3"
HEADERS = {"Authorization": "fmetoken token=@@tok@@", "Accept": "application/json"}


def submit(repo, workspace, params):
    body = {"publishedParameters": [{"name": k, "value": v} for k, v in params.items()]}
    r = requests.post(f"{FME}/transformations/submit/{repo}/{workspace}", json=body, headers=HEADERS, timeout=60)
    r.raise_for_status()
    return r.json()["id"]


if __name__ == "__main__":
    job = submit("Water", "gis_to_cityworks_assets.fmw", {"ASSET_CLASS": "WMAIN", "SINCE_DAYS": "1"})
    print("submitted job", job)
''', tok=tok), tok, "FME Server REST API v3: 'Authorization: fmetoken token=...' header")

sig = draw(43, ALNUM + "-_")
add("json", "sas-token", "gis/survey123/webhooks.json", T(r"""
{
  "survey": "Backflow Device Test (2024)",
  "itemId": "0b7e2d9a4c1f48e6a3d5b8c9f0e1a274",
  "webhooks": [
    {
      "name": "Send failed tests to Power Automate",
      "url": "https://prod-27.southcentralus.logic.azure.com:443/workflows/@@wf@@/triggers/manual/paths/invoke?api-version=2016-06-01&sp=%2Ftriggers%2Fmanual%2Frun&sv=1.0&sig=@@sig@@",
      "active": true,
      "includePortalInfo": false,
      "includeServiceRequest": false,
      "includeUserInfo": true,
      "events": ["addData"]
    }
  ]
}
""", wf=hexs(32), sig=sig), sig, "Azure Logic Apps docs: request trigger callback URL with SAS sig parameter")

add("json", "decoy-placeholder", "gis/services/manifests/hydrants_service.json", T(r"""
{
  "serviceName": "Hydrants",
  "type": "FeatureServer",
  "capabilities": "Query,Create,Update,Sync",
  "dataSource": {
    "workspaceFactory": "SDE",
    "connectionString": "SERVER=gis-sql;INSTANCE=sde:sqlserver:gis-sql;DBCLIENT=sqlserver;DB_CONNECTION_PROPERTIES=gis-sql;DATABASE=UtilityGIS;USER=gisviewer;PASSWORD=<set in ArcGIS Server data store>;AUTHENTICATION_MODE=DBMS",
    "dataset": "UtilityGIS.WATER.wHydrant"
  },
  "security": {
    "token": "",
    "allowedReferers": ["https://*.cityutil.local"]
  },
  "maxRecordCount": 2000
}
""", ), None, "ArcGIS Server service definition (registered data store; password placeholder)")

basic = b64("cartegraph_api:" + words_pw("!#"))
add("js", "basic-auth", "gis/cartegraph/syncValveExercise.js", T(r"""
// Push valve exercise results from the field tablet app into Cartegraph OMS.
const fetch = require('node-fetch');

const CG = 'https://cityutil.cartegraph.com/api/v1';
const AUTH = 'Basic @@basic@@';

async function updateValve(valveId, turns, status, date) {
  const body = {
    cgValveExercisingClass: [{
      ParentOid: valveId,
      ActivityField: 'Exercise',
      TurnsField: turns,
      PositionFoundField: status,
      EntryDateField: date,
    }],
  };
  const res = await fetch(`${CG}/Classes/cgValveExercisingClass`, {
    method: 'POST',
    headers: { Authorization: AUTH, 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });
  if (!res.ok) throw new Error(`Cartegraph ${res.status}`);
  return res.json();
}

module.exports = { updateValve };
""", basic=basic), basic, "Cartegraph REST API (HTTP Basic authorization header)")

# ---------------------------------------------------------------------------------------------
# Customer portal, notifications
# ---------------------------------------------------------------------------------------------

key = "base64:" + b64(rbytes(32))
add("env", "signing-key", "portal-php/.env.production", T(r"""
APP_NAME="City Utilities MyAccount"
APP_ENV=production
APP_KEY=@@key@@
APP_DEBUG=false
APP_URL=https://myaccount.cityutilities.org

LOG_CHANNEL=stack
LOG_LEVEL=warning

DB_CONNECTION=sqlsrv
DB_HOST=portal-sql.utility.local
DB_PORT=1433
DB_DATABASE=MyAccount
DB_USERNAME=myaccount_app
# DB_PASSWORD is injected by Forge from the server environment

SESSION_DRIVER=redis
QUEUE_CONNECTION=redis
REDIS_HOST=portal-cache.utility.local
""", key=key), key, "Laravel docs: APP_KEY (encryption key, base64:) in .env")

sid, tok = "AC" + hexs(32), hexs(32)
add("python", "api-key", "notify/outage_sms.py", T(r'''
"""Text customers in a shutdown area (planned main repair / boil water notice)."""
import csv
import sys

from twilio.rest import Client

ACCOUNT_SID = "@@sid@@"
AUTH_TOKEN = "@@tok@@"
MESSAGING_SERVICE = "MG5e1f0c2a9b8d7e6f5a4b3c2d1e0f9a8b"

client = Client(ACCOUNT_SID, AUTH_TOKEN)

TEMPLATES = {
    "shutdown": "City Utilities: water will be off at {addr} from {start} to {end} for main repair.",
    "bwn": "City Utilities: BOIL WATER NOTICE for {addr}. Boil water 1 minute before use. Info: cityutilities.org/bwn",
}


def send(kind, path):
    with open(path, newline="") as fh:
        for row in csv.DictReader(fh):
            if row.get("sms_opt_in") != "Y":
                continue
            body = TEMPLATES[kind].format(**row)
            client.messages.create(to=row["phone"], messaging_service_sid=MESSAGING_SERVICE, body=body)


if __name__ == "__main__":
    send(sys.argv[1], sys.argv[2])
''', sid=sid, tok=tok), tok, "Twilio Python helper library: Client(account_sid, auth_token)")

key = sendgrid_key()
add("js", "api-key", "notify/ebill-mailer/src/mailer.js", T(r"""
const sgMail = require('@sendgrid/mail');
const { renderBill } = require('./templates');

sgMail.setApiKey('@@key@@');

async function sendEbill(account, billPdfBase64) {
  const msg = {
    to: account.email,
    from: { email: 'ebill@cityutilities.org', name: 'City Utilities' },
    subject: `Your water & sewer bill for ${account.servicePeriod}`,
    html: renderBill(account),
    attachments: [{
      content: billPdfBase64,
      filename: `bill_${account.number}.pdf`,
      type: 'application/pdf',
      disposition: 'attachment',
    }],
    categories: ['ebill', account.cycle],
  };
  await sgMail.send(msg);
}

module.exports = { sendEbill };
""", key=key), key, "SendGrid Node.js library: setApiKey (SG. keys)")

add("python", "decoy-placeholder", "notify/tests/test_outage_sms.py", T(r'''
from unittest import mock

import notify.outage_sms as outage_sms

# Twilio's documentation placeholders; the client is mocked, nothing is sent.
FAKE_SID = "ACXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX"
FAKE_TOKEN = "your_auth_token"


def test_only_opted_in_customers_get_texts(tmp_path):
    csv_path = tmp_path / "area.csv"
    csv_path.write_text("phone,addr,start,end,sms_opt_in\n+15555550100,1 Elm,9am,3pm,Y\n+15555550101,3 Elm,9am,3pm,N\n")
    with mock.patch.object(outage_sms, "client") as client:
        outage_sms.send("shutdown", csv_path)
    assert client.messages.create.call_count == 1
    assert client.messages.create.call_args.kwargs["to"] == "+15555550100"


def test_bwn_template_mentions_boil():
    assert "BOIL" in outage_sms.TEMPLATES["bwn"]
''', ), None, "Twilio docs placeholders (ACXXXX..., your_auth_token) in a mocked unit test")

sec = draw(64)
add("ts", "signing-key", "portal-api/src/config/auth.config.ts", T(r"""
import { registerAs } from '@nestjs/config';

export default registerAs('auth', () => ({
  // Access tokens for the MyAccount mobile + web clients
  jwtSecret: '@@sec@@',
  jwtExpiresIn: '15m',
  refreshExpiresIn: '30d',
  issuer: 'https://myaccount.cityutilities.org',
  audience: ['myaccount-web', 'myaccount-ios', 'myaccount-android'],
  passwordPolicy: {
    minLength: 12,
    requireDigit: true,
    lockoutAfter: 6,
  },
}));
""", sec=sec), sec, "NestJS @nestjs/jwt docs (secret for HS256 signing)")

key = rand_pw(50, "!@#$%^&*(-_=+)")
add("python", "signing-key", "portal-django/myaccount/settings/production.py", T(r'''
from .base import *  # noqa

DEBUG = False
SECRET_KEY = "@@key@@"
ALLOWED_HOSTS = ["myaccount.cityutilities.org", "myaccount-int.utility.local"]

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": "myaccount",
        "USER": "myaccount",
        "HOST": "portal-pg.utility.local",
        "OPTIONS": {"sslmode": "verify-full", "passfile": "/etc/myaccount/.pgpass"},
    }
}

SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
SECURE_HSTS_SECONDS = 31536000
CIS_BASE_URL = "https://ccb-ws.utility.local/ouaf/rest/apis"
''', key=key), key, "Django docs: SECRET_KEY setting")

add("python", "decoy-reads-env", "portal-django/myaccount/settings/staging.py", T(r'''
import os

from .base import *  # noqa

DEBUG = False
SECRET_KEY = os.environ["DJANGO_SECRET_KEY"]
ALLOWED_HOSTS = ["myaccount-stg.utility.local"]

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": "myaccount_stg",
        "USER": os.environ.get("DB_USER", "myaccount"),
        "PASSWORD": os.environ["DB_PASSWORD"],
        "HOST": os.environ.get("DB_HOST", "portal-pg-stg.utility.local"),
    }
}
STRIPE_SECRET_KEY = os.environ["STRIPE_SECRET_KEY"]
''', ), None, "Django deployment checklist: keep SECRET_KEY out of source (environment variables)")

key = "6L" + draw(38, ALNUM + "-_")
add("php", "api-key", "portal-php/app/Http/Middleware/VerifyRecaptcha.php", T(r"""
<?php

namespace App\Http\Middleware;

use Closure;
use Illuminate\Support\Facades\Http;

class VerifyRecaptcha
{
    private const SECRET = '@@key@@';

    public function handle($request, Closure $next)
    {
        $resp = Http::asForm()->post('https://www.google.com/recaptcha/api/siteverify', [
            'secret'   => self::SECRET,
            'response' => $request->input('g-recaptcha-response'),
            'remoteip' => $request->ip(),
        ])->json();

        if (!($resp['success'] ?? false) || ($resp['score'] ?? 0) < 0.5) {
            abort(422, 'Please try again.');
        }
        return $next($request);
    }
}
""", key=key), key, "Google reCAPTCHA docs: verifying the user's response with the secret key")

add("html", "decoy-public-id", "portal-php/resources/views/auth/register.blade.php", T(r"""
@extends('layouts.app')
@section('content')
<form method="POST" action="{{ route('register') }}" id="register">
  @csrf
  <label for="account">Account number</label>
  <input id="account" name="account" type="text" inputmode="numeric" required>
  <label for="email">Email</label>
  <input id="email" name="email" type="email" required>
  <label for="password">Password</label>
  <input id="password" name="password" type="password" minlength="12" autocomplete="new-password" required>
  <label for="password_confirmation">Confirm password</label>
  <input id="password_confirmation" name="password_confirmation" type="password" required>
  <button class="g-recaptcha" data-sitekey="@@site@@" data-callback="onSubmit" data-action="register">Create account</button>
</form>
<script src="https://www.google.com/recaptcha/api.js"></script>
<script>function onSubmit(token) { document.getElementById('register').submit(); }</script>
@endsection
""", site="6L" + draw(38, ALNUM + "-_")), None, "Google reCAPTCHA docs: the site key is public (data-sitekey)")

sec = azure_client_secret()
add("json", "client-secret", "portal/CustomerPortal.Api/appsettings.B2C.json", T(r"""
{
  "AzureAdB2C": {
    "Instance": "https://cityutilcustomers.b2clogin.com/",
    "Domain": "cityutilcustomers.onmicrosoft.com",
    "TenantId": "8b1f4c2e-6d3a-4e9b-a7f5-0c2d1e3b4a59",
    "ClientId": "1c7e9a2b-4f6d-4b8e-9a0c-3d5e7f9b1a2c",
    "ClientSecret": "@@sec@@",
    "SignUpSignInPolicyId": "B2C_1A_SIGNUP_SIGNIN_MYACCOUNT",
    "ResetPasswordPolicyId": "B2C_1A_PASSWORDRESET",
    "CallbackPath": "/signin-oidc"
  },
  "DownstreamApi": {
    "BaseUrl": "https://api.cityutilities.org/myaccount",
    "Scopes": "https://cityutilcustomers.onmicrosoft.com/myaccount-api/access"
  }
}
""", sec=sec), sec, "Microsoft identity platform docs: client secrets (appsettings AzureAdB2C)")

add("json", "decoy-public-id", "portal/CustomerPortal.Api/appsettings.AzureAd.json", T(r"""
{
  "AzureAd": {
    "Instance": "https://login.microsoftonline.com/",
    "TenantId": "3e9c1a7b-2d4f-4c8e-b6a0-5f1d7e9c3b2a",
    "ClientId": "9a4c2e1b-7d3f-4b6a-8c0e-2f5d1a7b9c3e",
    "ClientCertificates": [
      {
        "SourceType": "KeyVault",
        "KeyVaultUrl": "https://kv-ub-portal-prod.vault.azure.net",
        "KeyVaultCertificateName": "portal-staff-sso"
      }
    ],
    "CallbackPath": "/signin-oidc-staff"
  }
}
""", ), None, "Microsoft.Identity.Web docs: certificate credentials from Key Vault (ids only)")

sec = draw(64, ALNUM + "-_")
add("env", "client-secret", "portal-next/.env.local", T(r"""
# MyAccount (Next.js) staff console - Auth0
AUTH0_BASE_URL=https://staff.myaccount.cityutilities.org
AUTH0_ISSUER_BASE_URL=https://cityutil.us.auth0.com
AUTH0_CLIENT_ID=q8Vx2LkP4tN7wR1zYc6bJ3mH9dF0sGa5
AUTH0_CLIENT_SECRET=@@sec@@
AUTH0_AUDIENCE=https://api.cityutilities.org
NEXT_PUBLIC_CIS_ENV=prod
""", sec=sec), sec, "Auth0 Next.js SDK quickstart (.env.local AUTH0_CLIENT_SECRET)")

tok = "sntryu_" + hexs(64)
add("github-actions", "token", ".github/workflows/portal-release.yml", T(r"""
name: portal-release
on:
  push:
    tags: ['portal-v*']

jobs:
  build:
    runs-on: ubuntu-latest
    env:
      SENTRY_ORG: city-utilities
      SENTRY_PROJECT: myaccount-web
      SENTRY_AUTH_TOKEN: @@tok@@
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-node@v4
        with:
          node-version: 20
          cache: npm
      - run: npm ci
      - run: npm run build
      - name: Upload source maps
        run: npx @sentry/cli sourcemaps upload --release "${GITHUB_REF_NAME}" ./dist
""", tok=tok), tok, "Sentry docs: auth tokens (sntryu_) for sentry-cli in CI")

add("js", "decoy-public-id", "portal/web/src/sentry.js", T(r"""
import * as Sentry from '@sentry/react';

// DSNs are safe to expose in client code (they only allow sending events).
Sentry.init({
  dsn: 'https://@@pub@@@o4507123456789.ingest.us.sentry.io/4507123456790',
  environment: import.meta.env.MODE,
  tracesSampleRate: 0.1,
  replaysSessionSampleRate: 0,
  beforeSend(event) {
    if (event.request && event.request.data) {
      delete event.request.data.accountNumber;
      delete event.request.data.bankAccount;
    }
    return event;
  },
});
""", pub=hexs(32)), None, "Sentry docs: DSN explainer (DSNs are not secret)")

pw = draw(24)
add("k8s", "db-password", "deploy/k8s/portal/secret-db.yaml", T(r"""
apiVersion: v1
kind: Secret
metadata:
  name: myaccount-db
  namespace: portal
  labels:
    app.kubernetes.io/name: myaccount
type: Opaque
data:
  DB_HOST: @@host@@
  DB_USER: @@user@@
  DB_PASSWORD: @@pw@@
""", host=b64("portal-pg.utility.local"), user=b64("myaccount"), pw=b64(pw)), pw,
    "Kubernetes docs: Secret data values are base64-encoded")

add("k8s", "decoy-vault-ref", "deploy/k8s/portal/externalsecret-db.yaml", T(r"""
apiVersion: external-secrets.io/v1beta1
kind: ExternalSecret
metadata:
  name: myaccount-db
  namespace: portal
spec:
  refreshInterval: 1h
  secretStoreRef:
    name: aws-secrets-manager
    kind: ClusterSecretStore
  target:
    name: myaccount-db
    creationPolicy: Owner
  data:
    - secretKey: DB_PASSWORD
      remoteRef:
        key: prod/portal/myaccount-db
        property: password
    - secretKey: STRIPE_SECRET_KEY
      remoteRef:
        key: prod/portal/stripe
        property: secret_key
""", ), None, "External Secrets Operator docs: ExternalSecret with remoteRef")

add("helm", "decoy-template", "deploy/charts/myaccount/values.yaml", T(r"""
replicaCount: 3
image:
  repository: registry.cityutil.local/portal/myaccount
  tag: ""
  pullPolicy: IfNotPresent

postgresql:
  enabled: false
externalDatabase:
  host: portal-pg.utility.local
  port: 5432
  user: myaccount
  database: myaccount
  existingSecret: myaccount-db
  existingSecretPasswordKey: DB_PASSWORD

redis:
  auth:
    enabled: true
    existingSecret: myaccount-redis
    existingSecretPasswordKey: redis-password

ingress:
  enabled: true
  className: nginx
  hosts:
    - host: myaccount.cityutilities.org
      paths: [{ path: /, pathType: Prefix }]
  tls:
    - secretName: myaccount-tls
      hosts: [myaccount.cityutilities.org]
""", ), None, "Bitnami chart conventions: existingSecret / existingSecretPasswordKey")

pw = words_pw("!#%*")
add("helm", "password", "deploy/charts/lims-portal/values-prod.yaml", T(r"""
# Water quality results portal (public CCR lookups + lab staff console)
image:
  repository: registry.cityutil.local/lims/wq-portal
  tag: "2.4.1"

postgresql:
  enabled: true
  auth:
    username: wqportal
    password: "@@pw@@"
    database: wqportal
  primary:
    persistence:
      size: 20Gi

ingress:
  enabled: true
  hosts:
    - host: waterquality.cityutilities.org
      paths: [{ path: /, pathType: Prefix }]

resources:
  requests: { cpu: 200m, memory: 256Mi }
  limits: { cpu: "1", memory: 1Gi }
""", pw=pw), pw, "Bitnami PostgreSQL Helm chart: auth.password value")

pw = rand_pw(18)
add("compose", "db-password", "portal/docker-compose.prod.yml", T(r"""
services:
  api:
    image: registry.cityutil.local/portal/api:3.8.2
    env_file: ./api.env
    depends_on: [db, cache]
    ports: ["8080:8080"]
  db:
    image: postgres:16
    environment:
      POSTGRES_DB: myaccount
      POSTGRES_USER: myaccount
      POSTGRES_PASSWORD: @@pw@@
    volumes:
      - pgdata:/var/lib/postgresql/data
  cache:
    image: redis:7-alpine
    command: ["redis-server", "--appendonly", "yes"]
volumes:
  pgdata:
""", pw=pw), pw, "Docker Official Image postgres: POSTGRES_PASSWORD")

add("compose", "decoy-env-ref", "portal/docker-compose.yml", T(r"""
services:
  db:
    image: postgres:16
    environment:
      POSTGRES_DB: myaccount
      POSTGRES_USER: myaccount
      POSTGRES_PASSWORD_FILE: /run/secrets/pg_password
    secrets: [pg_password]
  api:
    build: ./api
    environment:
      DATABASE_URL: postgres://myaccount:${PG_PASSWORD:?set PG_PASSWORD}@db:5432/myaccount
      STRIPE_SECRET_KEY: ${STRIPE_SECRET_KEY}
    depends_on: [db]
secrets:
  pg_password:
    file: ./secrets/pg_password.txt
""", ), None, "Docker docs: Compose secrets and variable interpolation ${VAR:?error}")

pw = rand_pw(24)
add("terraform", "db-password", "infra/terraform/portal/rds.tf", T(r"""
resource "aws_db_subnet_group" "portal" {
  name       = "portal-db"
  subnet_ids = var.private_subnet_ids
}

resource "aws_db_instance" "portal" {
  identifier              = "myaccount-prod"
  engine                  = "postgres"
  engine_version          = "16.2"
  instance_class          = "db.m6g.large"
  allocated_storage       = 100
  db_name                 = "myaccount"
  username                = "myaccount_admin"
  password                = "@@pw@@"
  db_subnet_group_name    = aws_db_subnet_group.portal.name
  vpc_security_group_ids  = [aws_security_group.portal_db.id]
  backup_retention_period = 14
  storage_encrypted       = true
  deletion_protection     = true
  skip_final_snapshot     = false
}
""", pw=pw), pw, "Terraform AWS provider: aws_db_instance password argument")

add("terraform", "decoy-template", "infra/terraform/ami-lake/rds.tf", T(r"""
resource "random_password" "mdm" {
  length           = 32
  special          = true
  override_special = "!#%*-_"
}

resource "aws_secretsmanager_secret" "mdm_db" {
  name = "prod/ami/mdm-db"
}

resource "aws_secretsmanager_secret_version" "mdm_db" {
  secret_id     = aws_secretsmanager_secret.mdm_db.id
  secret_string = jsonencode({ username = "mdm_admin", password = random_password.mdm.result })
}

resource "aws_db_instance" "mdm" {
  identifier          = "mdm-prod"
  engine              = "postgres"
  instance_class      = "db.r6g.xlarge"
  allocated_storage   = 500
  username            = "mdm_admin"
  password            = random_password.mdm.result
  storage_encrypted   = true
  deletion_protection = true
}
""", ), None, "Terraform random_password and aws_secretsmanager_secret_version")

pw = rand_pw(28, "-_.")
add("yaml", "connection-string", "portal-api/config/cache.yaml", T(r"""
cache:
  default_ttl_seconds: 300
  namespaces:
    bills: 3600
    usage_hourly: 900
    outages: 60
  redis:
    url: rediss://:@@pw@@@portal-cache.utility.local:6380/0
    pool_size: 20
    socket_timeout_ms: 2000
rate_limit:
  login_per_minute: 10
  payment_per_minute: 4
""", pw=pw), pw, "redis-py docs: rediss:// URLs with password in userinfo")

pw = words_pw("-_.")
add("kotlin", "connection-string", "field-api/src/main/kotlin/org/cityutil/field/Db.kt", T(r"""
package org.cityutil.field

import com.mongodb.kotlin.client.coroutine.MongoClient

object Db {
    // Crew dispatch backend: work orders, GPS breadcrumbs, photos metadata
    private const val URI =
        "mongodb+srv://field_api:@@pw@@@fieldops.x7k2q.mongodb.net/fieldops?retryWrites=true&w=majority&appName=field-api"

    val client: MongoClient by lazy { MongoClient.create(URI) }
    val database get() = client.getDatabase("fieldops")

    fun workOrders() = database.getCollection<WorkOrder>("work_orders")
    fun breadcrumbs() = database.getCollection<Breadcrumb>("breadcrumbs")
}
""", pw=pw), pw, "MongoDB Kotlin driver: connection strings (mongodb+srv://user:password@host)")

pw = rand_pw(20)
add("go", "connection-string", "ami/eventbus/cmd/alarm-router/main.go", T(r"""
package main

import (
	"log"

	amqp "github.com/rabbitmq/amqp091-go"
)

const amqpURL = "amqps://alarm_router:@@pw@@@mq.ami.utility.local:5671/ami"

func main() {
	conn, err := amqp.Dial(amqpURL)
	if err != nil {
		log.Fatalf("dial: %v", err)
	}
	defer conn.Close()
	ch, err := conn.Channel()
	if err != nil {
		log.Fatalf("channel: %v", err)
	}
	msgs, err := ch.Consume("meter.alarms", "alarm-router", false, false, false, false, nil)
	if err != nil {
		log.Fatalf("consume: %v", err)
	}
	for m := range msgs {
		route(m.RoutingKey, m.Body)
		m.Ack(false)
	}
}
""", pw=pw), pw, "RabbitMQ URI specification (amqps://user:pass@host/vhost); amqp091-go Dial")

add("yaml", "decoy-env-ref", "ami/eventbus/config/connections.yaml", T(r"""
rabbitmq:
  url: amqps://${AMQP_USER}:${AMQP_PASSWORD}@mq.ami.utility.local:5671/ami
  prefetch: 50
mongodb:
  uri: mongodb+srv://${MONGO_USER}:${MONGO_PASSWORD}@fieldops.x7k2q.mongodb.net/fieldops
redis:
  url: rediss://:${REDIS_PASSWORD}@portal-cache.utility.local:6380/0
postgres:
  dsn: postgresql://mdm_reader:<password>@mdm-pg.utility.local:5432/mdm?sslmode=verify-full
""", ), None, "Connection URLs with environment interpolation and a <password> placeholder")

key, sec = draw(16, UPALNUM), draw(64, ALNUM + "+/")
add("properties", "client-secret", "ami/streaming/src/main/resources/kafka-client.properties", T(r"""
# AMI interval reads -> Confluent Cloud (topic ami.reads.v2)
bootstrap.servers=pkc-4r087.us-central1.gcp.confluent.cloud:9092
security.protocol=SASL_SSL
sasl.mechanism=PLAIN
sasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule required username="@@key@@" password="@@sec@@";
client.dns.lookup=use_all_dns_ips
session.timeout.ms=45000
acks=all
compression.type=zstd
linger.ms=50
""", key=key, sec=sec), sec, "Confluent Cloud docs: Java client configuration (API key/secret in sasl.jaas.config)")

add("properties", "decoy-vault-ref", "ami/streaming/src/main/resources/kafka-client-dev.properties", T(r"""
# Dev cluster; credentials come from the mounted secret via FileConfigProvider
config.providers=file
config.providers.file.class=org.apache.kafka.common.config.provider.FileConfigProvider
bootstrap.servers=kafka-dev.ami.utility.local:9093
security.protocol=SASL_SSL
sasl.mechanism=SCRAM-SHA-512
sasl.jaas.config=org.apache.kafka.common.security.scram.ScramLoginModule required username="${file:/etc/kafka/creds.properties:user}" password="${file:/etc/kafka/creds.properties:password}";
acks=all
""", ), None, "Apache Kafka docs: FileConfigProvider (${file:path:key})")

pw = words_pw("!#%")
add("xml", "password", "ccb/tomcat/conf/server.xml", T(r"""
<?xml version="1.0" encoding="UTF-8"?>
<Server port="8005" shutdown="SHUTDOWN">
  <Service name="Catalina">
    <Connector port="8443" protocol="org.apache.coyote.http11.Http11NioProtocol"
               maxThreads="200" SSLEnabled="true">
      <SSLHostConfig>
        <Certificate certificateKeystoreFile="conf/ccb-ws.p12"
                     certificateKeystoreType="PKCS12"
                     certificateKeystorePassword="@@pw@@" />
      </SSLHostConfig>
    </Connector>
    <Engine name="Catalina" defaultHost="localhost">
      <Host name="localhost" appBase="webapps" unpackWARs="true" autoDeploy="false" />
    </Engine>
  </Service>
</Server>
""", pw=pw), pw, "Apache Tomcat 9 SSL/TLS configuration: certificateKeystorePassword")

add("xml", "decoy-env-ref", "lims/tomcat/conf/server.xml", T(r"""
<?xml version="1.0" encoding="UTF-8"?>
<Server port="8005" shutdown="SHUTDOWN">
  <Service name="Catalina">
    <Connector port="8443" protocol="org.apache.coyote.http11.Http11NioProtocol" SSLEnabled="true">
      <SSLHostConfig>
        <Certificate certificateKeystoreFile="${catalina.base}/conf/lims.p12"
                     certificateKeystoreType="PKCS12"
                     certificateKeystorePassword="${lims.keystore.password}" />
      </SSLHostConfig>
    </Connector>
    <Engine name="Catalina" defaultHost="localhost">
      <Host name="localhost" appBase="webapps" />
    </Engine>
  </Service>
</Server>
""", ), None, "Apache Tomcat docs: property replacement ${...} in server.xml")

key = ec_key()
add("helm", "private-key", "deploy/charts/outage-map/values-prod.yaml", T(r"""
image:
  repository: registry.cityutil.local/gis/outage-map
  tag: "1.9.0"
ingress:
  enabled: true
  host: outages.cityutilities.org
tls:
  enabled: true
  crt: |
@@crt@@
  key: |
@@key@@
resources:
  limits: { cpu: 500m, memory: 256Mi }
""", crt="\n".join("    " + l for l in cert_pem(420).splitlines()),
    key="\n".join("    " + l for l in key.splitlines())), key,
    "Helm values with an inline TLS key (block scalar); SEC1 EC PRIVATE KEY PEM (RFC 5915)")

add("k8s", "decoy-no-secret", "deploy/k8s/outage-map/certificate.yaml", T(r"""
apiVersion: cert-manager.io/v1
kind: Certificate
metadata:
  name: outage-map-tls
  namespace: gis
spec:
  secretName: outage-map-tls
  issuerRef:
    name: letsencrypt-prod
    kind: ClusterIssuer
  dnsNames:
    - outages.cityutilities.org
  privateKey:
    algorithm: ECDSA
    size: 256
    rotationPolicy: Always
""", ), None, "cert-manager docs: Certificate resource (key generated in-cluster)")

# ---------------------------------------------------------------------------------------------
# Water-quality lab: LIMS, compliance reporting, alerts
# ---------------------------------------------------------------------------------------------

pw = words_pw("#%*")
add("python", "db-password", "lims/labware/export_tcr_results.py", T(r'''
"""Export Total Coliform Rule (RTCR) results from LabWare LIMS for the monthly state report."""
import csv
import datetime as dt

import oracledb

conn = oracledb.connect(user="LW_REPORT", password="@@pw@@",
                        dsn="lims-db.utility.local:1521/LWPROD")

SQL = """
SELECT s.SAMPLE_NUMBER, s.SAMPLING_POINT, s.SAMPLED_DATE, r.NAME, r.FORMATTED_ENTRY
FROM SAMPLE s JOIN RESULT r ON r.SAMPLE_NUMBER = s.SAMPLE_NUMBER
WHERE s.PRODUCT = 'RTCR' AND s.STATUS = 'A' AND s.SAMPLED_DATE >= :start
"""

start = dt.date.today().replace(day=1)
with conn.cursor() as cur, open(f"rtcr_{start:%Y%m}.csv", "w", newline="") as fh:
    out = csv.writer(fh)
    out.writerow(["sample", "site", "date", "analyte", "result"])
    for row in cur.execute(SQL, start=start):
        out.writerow(row)
''', pw=pw), pw, "python-oracledb docs: oracledb.connect(user, password, dsn)")

pw = rand_pw(16, "!#")
add("xml", "connection-string", "lims/starlims/web.config", T(r"""
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <connectionStrings>
    <add name="STARLIMS_DATA"
         connectionString="Data Source=LIMSSQL02;Initial Catalog=STARLIMS_DATA;User ID=starlims;Password=@@pw@@;Max Pool Size=200"
         providerName="System.Data.SqlClient" />
  </connectionStrings>
  <appSettings>
    <add key="STARLIMS.Environment" value="PROD" />
    <add key="STARLIMS.Site" value="Water Quality Laboratory" />
    <add key="SessionTimeoutMinutes" value="30" />
  </appSettings>
  <system.web>
    <compilation debug="false" targetFramework="4.8" />
    <httpRuntime maxRequestLength="51200" />
  </system.web>
</configuration>
""", pw=pw), pw, "ASP.NET web.config connectionStrings (STARLIMS on SQL Server)")

add("xml", "decoy-ciphertext", "lims/starlims-test/web.config", T(r"""
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <connectionStrings configProtectionProvider="RsaProtectedConfigurationProvider">
    <EncryptedData Type="http://www.w3.org/2001/04/xmlenc#Element" xmlns="http://www.w3.org/2001/04/xmlenc#">
      <EncryptionMethod Algorithm="http://www.w3.org/2001/04/xmlenc#aes256-cbc" />
      <KeyInfo xmlns="http://www.w3.org/2000/09/xmldsig#">
        <EncryptedKey xmlns="http://www.w3.org/2001/04/xmlenc#">
          <EncryptionMethod Algorithm="http://www.w3.org/2001/04/xmlenc#rsa-oaep-mgf1p" />
          <KeyInfo xmlns="http://www.w3.org/2000/09/xmldsig#"><KeyName>Rsa Key</KeyName></KeyInfo>
          <CipherData><CipherValue>@@k@@</CipherValue></CipherData>
        </EncryptedKey>
      </KeyInfo>
      <CipherData><CipherValue>@@v@@</CipherValue></CipherData>
    </EncryptedData>
  </connectionStrings>
  <appSettings>
    <add key="STARLIMS.Environment" value="TEST" />
  </appSettings>
</configuration>
""", k=b64(rbytes(256)), v=b64(rbytes(320))), None, "aspnet_regiis -pef: RsaProtectedConfigurationProvider encrypted sections")

pw = words_pw()
add("python", "password", "lims/aquarius/push_source_water.py", T(r'''
"""Append source-water grab samples (river intake) to AQUARIUS Time-Series."""
from timeseries_client import timeseries_client

AQ = "https://aquarius.cityutil.local"

with timeseries_client(AQ, "aq_lims_push", "@@pw@@") as ts:
    uid = ts.getTimeSeriesUniqueId("Turbidity.Lab@RIVER-INTAKE-01")
    points = [
        {"Time": "2024-06-03T08:15:00-05:00", "Value": 12.4},
        {"Time": "2024-06-03T14:10:00-05:00", "Value": 15.9},
    ]
    job = ts.acquisition.post(f"/timeseries/{uid}/append", json={"Points": points})
    print("append job", job["AppendRequestIdentifier"])
''', pw=pw), pw, "Aquatic Informatics AQUARIUS Time-Series SDK (timeseries_client(url, username, password))")

pw = rand_pw(14, "!#%")
add("python", "password", "compliance/sdwis/submit_mor.py", T(r'''
"""Submit the monthly operating report XML to the state's Exchange Network node."""
import sys

from zeep import Client

NODE_WSDL = "https://enservices.epa.gov/node/services/NetworkNode2Service?wsdl"
NAAS_USER = "cityutil_wtp_submit@naas.epa.gov"
NAAS_PASSWORD = "@@pw@@"
DATAFLOW = "SDWIS_MOR"


def submit(xml_path):
    client = Client(NODE_WSDL)
    token = client.service.Authenticate(userId=NAAS_USER, credential=NAAS_PASSWORD, authenticationMethod="password")
    with open(xml_path, "rb") as fh:
        doc = {"documentName": xml_path.rsplit("/", 1)[-1], "documentFormat": "XML", "documentContent": fh.read()}
    tx = client.service.Submit(securityToken=token, dataflow=DATAFLOW, documents=[doc])
    print("transaction", tx.transactionId)


if __name__ == "__main__":
    submit(sys.argv[1])
''', pw=pw), pw, "Exchange Network Node 2.x (NAAS Authenticate, Submit); zeep SOAP client")

pw = words_pw("!#*")
add("perl", "db-password", "lims/instruments/icpms_import.pl", T(r"""
#!/usr/bin/perl
# Import ICP-MS (metals) batch results exported by the instrument PC into the LIMS staging table.
use strict;
use warnings;
use DBI;
use Text::CSV;

my $dbh = DBI->connect("dbi:ODBC:Driver={ODBC Driver 18 for SQL Server};Server=LIMSSQL01;Database=LabLIMS",
                       "icpms_import", "@@pw@@", { RaiseError => 1, AutoCommit => 0 });

my $csv = Text::CSV->new({ binary => 1, auto_diag => 1 });
my $file = shift or die "usage: $0 batch.csv\n";
open my $fh, "<:encoding(utf8)", $file or die "$file: $!";
$csv->header($fh);

my $ins = $dbh->prepare("INSERT INTO stg_metals (sample_id, analyte, result_ugl, dil, run_time) VALUES (?,?,?,?,?)");
while (my $r = $csv->getline_hr($fh)) {
    next if $r->{'Sample Type'} ne 'Sample';
    $ins->execute($r->{'Sample ID'}, $r->{Analyte}, $r->{'Conc (ppb)'}, $r->{Dilution}, $r->{'Acq. Date-Time'});
}
$dbh->commit;
$dbh->disconnect;
""", pw=pw), pw, "Perl DBI documentation: DBI->connect($dsn, $user, $password)")

pw = rand_pw(12)
add("python", "password", "lims/edd/fetch_contract_lab_edd.py", T(r'''
"""Pick up EDDs (electronic data deliverables) from the contract lab's SFTP drop."""
import pathlib

import paramiko

HOST = "sftp.contractlab-example.com"
USER = "cityutil_wq"
PASSWORD = "@@pw@@"
REMOTE = "/outbound/cityutil"
LOCAL = pathlib.Path("/data/lims/edd/inbox")

transport = paramiko.Transport((HOST, 22))
transport.connect(username=USER, password=PASSWORD)
sftp = paramiko.SFTPClient.from_transport(transport)
for name in sftp.listdir(REMOTE):
    if name.lower().endswith((".csv", ".txt")):
        sftp.get(f"{REMOTE}/{name}", str(LOCAL / name))
        sftp.rename(f"{REMOTE}/{name}", f"{REMOTE}/processed/{name}")
sftp.close()
transport.close()
''', pw=pw), pw, "Paramiko docs: Transport.connect(username, password); SFTPClient")

add("csv", "decoy-no-secret", "lims/edd/samples/edd_2024_05_example.csv", T(r"""
lab_sample_id,client_sample_id,sample_point,collected,analyte,cas,result,units,mdl,qualifier,method
L2405-1187-01,WTP1-EP-0507,Entry Point 001,2024-05-07T09:12,Nitrate as N,14797-55-8,0.62,mg/L,0.02,,EPA 300.0
L2405-1187-02,WTP1-EP-0507,Entry Point 001,2024-05-07T09:12,Fluoride,16984-48-8,0.71,mg/L,0.05,,EPA 300.0
L2405-1187-03,DS-114-0507,Dist. Site 114,2024-05-07T10:40,Total Trihalomethanes,,41.3,ug/L,0.5,,EPA 524.2
L2405-1187-04,DS-114-0507,Dist. Site 114,2024-05-07T10:40,HAA5,,22.8,ug/L,1.0,,EPA 552.3
L2405-1187-05,DS-221-0507,Dist. Site 221,2024-05-07T11:05,Lead,7439-92-1,<0.001,mg/L,0.001,U,EPA 200.8
""", ), None, "Contract lab EDD layout (sample ids, CAS numbers, results)")

pw = words_pw("!#%")
add("xml", "password", "lims/integration/lims-wims-bridge.xml", T(r"""
<?xml version="1.0" encoding="UTF-8"?>
<bridge name="lims-wims" version="3.2">
  <source type="odbc" dsn="LabLIMS" user="bridge_ro" password="@@pw@@">
    <query><![CDATA[SELECT SampleId, Analyte, Result, SampleDate FROM v_approved_results WHERE Approved >= ?]]></query>
  </source>
  <target type="wims" server="WIMSSQL01" facility="WTP1" auth="windows" />
  <schedule cron="0 */2 * * *" />
  <mappings file="wims_var_map.csv" />
  <notify onError="lab-qa@cityutilities.org" />
</bridge>
""", pw=pw), pw, "Vendor integration config (ODBC source credentials as XML attributes)")

add("xml", "decoy-ciphertext", "lims/integration/lims-wims-bridge.test.xml", T(r"""
<?xml version="1.0" encoding="UTF-8"?>
<bridge name="lims-wims-test" version="3.2">
  <source type="odbc" dsn="LabLIMS_TEST" user="bridge_ro" password="{cipher}@@ct@@">
    <query><![CDATA[SELECT SampleId, Analyte, Result, SampleDate FROM v_approved_results WHERE Approved >= ?]]></query>
  </source>
  <target type="wims" server="WIMSSQL-T" facility="WTP1" auth="windows" />
  <schedule cron="0 6 * * *" />
</bridge>
""", ct=hexs(96)), None, "Spring Cloud Config {cipher} encrypted values")

url = teams_webhook("cityutil")
add("python", "webhook", "lims/alerts/exceedance_alert.py", T(r'''
"""Post MCL / action-level exceedances to the Lab QA Teams channel."""
import requests

TEAMS_WEBHOOK = "@@url@@"

LIMITS = {"Nitrate as N": 10.0, "Total Trihalomethanes": 80.0, "HAA5": 60.0, "Lead": 0.015, "Copper": 1.3}


def check(result):
    limit = LIMITS.get(result["analyte"])
    if limit is None or result["value"] <= limit:
        return
    card = {
        "@type": "MessageCard",
        "@context": "http://schema.org/extensions",
        "themeColor": "D7000C",
        "summary": "Exceedance",
        "title": f"EXCEEDANCE: {result['analyte']} at {result['site']}",
        "text": f"{result['value']} {result['units']} (limit {limit}). Sample {result['sample_id']}.",
    }
    requests.post(TEAMS_WEBHOOK, json=card, timeout=10).raise_for_status()
''', url=url), url, "Microsoft Teams docs: incoming webhooks (webhook.office.com URLs)")

url = slack_webhook()
add("go", "webhook", "sewer/sso-alerts/notify.go", T(r"""
package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"net/http"
	"time"
)

// Sanitary sewer overflow (SSO) alerts from manhole level sensors -> #sewer-ops
const slackWebhook = "@@url@@"

type overflow struct {
	Manhole  string
	LevelIn  float64
	Rim      float64
	Observed time.Time
}

func notify(o overflow) error {
	text := fmt.Sprintf(":rotating_light: Possible SSO at %s: level %.1f in (rim %.1f in) at %s",
		o.Manhole, o.LevelIn, o.Rim, o.Observed.Format(time.Kitchen))
	body, _ := json.Marshal(map[string]string{"text": text})
	resp, err := http.Post(slackWebhook, "application/json", bytes.NewReader(body))
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return fmt.Errorf("slack: %s", resp.Status)
	}
	return nil
}
""", url=url), url, "Slack docs: incoming webhooks (hooks.slack.com/services/T.../B.../...)")

key = hexs(32)
add("yaml", "api-key", "monitoring/alertmanager/alertmanager.yml", T(r"""
global:
  resolve_timeout: 5m

route:
  receiver: scada-oncall
  group_by: [alertname, site]
  routes:
    - matchers: [severity="info"]
      receiver: "null"

receivers:
  - name: "null"
  - name: scada-oncall
    pagerduty_configs:
      - routing_key: @@key@@
        severity: '{{ .CommonLabels.severity }}'
        description: '{{ .CommonAnnotations.summary }}'
        details:
          site: '{{ .CommonLabels.site }}'
          runbook: '{{ .CommonAnnotations.runbook_url }}'
""", key=key), key, "Prometheus Alertmanager configuration: pagerduty_configs routing_key")

add("yaml", "decoy-env-ref", "monitoring/alertmanager/alertmanager-wwtp.yml", T(r"""
route:
  receiver: wwtp-oncall
  group_by: [alertname, process_area]
receivers:
  - name: wwtp-oncall
    pagerduty_configs:
      - routing_key_file: /etc/alertmanager/secrets/pagerduty_wwtp
        severity: '{{ .CommonLabels.severity }}'
    slack_configs:
      - api_url_file: /etc/alertmanager/secrets/slack_wwtp_webhook
        channel: '#wwtp-ops'
        text: '{{ .CommonAnnotations.summary }}'
""", ), None, "Prometheus Alertmanager docs: routing_key_file and api_url_file")

add("r", "decoy-vault-ref", "lims/analysis/dbp_trend.R", T(r"""
# Disinfection by-product trends (TTHM / HAA5 LRAA by site)
library(DBI)
library(keyring)
library(dplyr)
library(ggplot2)

con <- dbConnect(odbc::odbc(),
                 Driver = "ODBC Driver 18 for SQL Server",
                 Server = "LIMSSQL01", Database = "LabLIMS",
                 UID = "wq_analyst",
                 PWD = keyring::key_get("LabLIMS", "wq_analyst"))

dbp <- dbGetQuery(con, "SELECT site, sample_date, analyte, result FROM v_dbp WHERE sample_date >= '2021-01-01'")
lraa <- dbp %>% group_by(site, analyte, q = lubridate::floor_date(sample_date, 'quarter')) %>%
  summarise(avg = mean(result), .groups = 'drop') %>%
  group_by(site, analyte) %>% mutate(lraa = zoo::rollmeanr(avg, 4, fill = NA))

ggplot(lraa, aes(q, lraa, colour = site)) + geom_line() + facet_wrap(~analyte, scales = 'free_y')
ggsave('dbp_lraa.png', width = 10, height = 6)
dbDisconnect(con)
""", ), None, "keyring R package: key_get() reads from the OS credential store")

pw = words_pw("!#%*")
add("toml", "db-password", "wq-dashboard/.streamlit/secrets.toml", T(r"""
# Streamlit Community deploy for the lab's lead & copper dashboard
[connections.lims]
dialect = "mssql"
driver = "pyodbc"
host = "limssql01.utility.local"
port = 1433
database = "LabLIMS"
username = "lcr_dashboard"
password = "@@pw@@"
query = { driver = "ODBC Driver 18 for SQL Server", Encrypt = "yes" }

[app]
title = "Lead and Copper Rule - Tap Sampling"
""", pw=pw), pw, "Streamlit docs: secrets.toml and st.connection SQL settings")

pw = rand_pw(13)
add("vba", "connection-string", "lims/excel/BacTReport.bas", T(r"""
Attribute VB_Name = "BacTReport"
Option Explicit

' Pulls last month's Bac-T results into the "Data" sheet of the monthly RTCR workbook.
Public Sub RefreshBacT()
    Dim cn As Object, rs As Object
    Set cn = CreateObject("ADODB.Connection")
    cn.ConnectionString = "Provider=MSOLEDBSQL;Data Source=LIMSSQL01;Initial Catalog=LabLIMS;" & _
                          "User ID=excel_rtcr;Password=@@pw@@;"
    cn.Open
    Set rs = CreateObject("ADODB.Recordset")
    rs.Open "SELECT SampleId, Site, Collected, TotalColiform, EColi, Cl2Residual FROM v_bact " & _
            "WHERE Collected >= DATEADD(month, -1, DATEFROMPARTS(YEAR(GETDATE()), MONTH(GETDATE()), 1))", cn
    With ThisWorkbook.Sheets("Data")
        .Range("A2:F2000").ClearContents
        .Range("A2").CopyFromRecordset rs
    End With
    rs.Close
    cn.Close
End Sub
""", pw=pw), pw, "ADO ConnectionString with MSOLEDBSQL (User ID / Password keywords)")

# ---------------------------------------------------------------------------------------------
# Field-crew mobile apps and fleet
# ---------------------------------------------------------------------------------------------

pw = words_pw("!#%*")
add("gradle", "password", "field-app/android/gradle.properties", T(r"""
org.gradle.jvmargs=-Xmx2048m -XX:MaxMetaspaceSize=512m
android.useAndroidX=true
android.enableJetifier=true
newArchEnabled=false
hermesEnabled=true

# Release signing (upload key for Play Console: org.cityutil.crew)
CREW_UPLOAD_STORE_FILE=crew-upload.keystore
CREW_UPLOAD_KEY_ALIAS=crew-upload
CREW_UPLOAD_STORE_PASSWORD=@@pw@@
CREW_UPLOAD_KEY_PASSWORD=@@pw@@
""", pw=pw), pw, "React Native docs: publishing to Google Play (gradle.properties signing variables)")

pw = passphrase()
add("env", "password", "field-app/ios/fastlane/.env.default", T(r"""
# fastlane match (certificates repo: git@gitlab.cityutil.local:mobile/certs.git)
MATCH_GIT_URL=git@gitlab.cityutil.local:mobile/certs.git
MATCH_TYPE=appstore
MATCH_PASSWORD=@@pw@@
FASTLANE_TEAM_ID=4K7QX2M9ZB
APP_IDENTIFIER=org.cityutil.crew
PILOT_SKIP_WAITING_FOR_BUILD_PROCESSING=true
""", pw=pw), pw, "fastlane match docs: MATCH_PASSWORD decrypts the certificates repo")

key = pkcs8_rsa_key().replace("\n", "\\n") + "\\n"
add("json", "private-key", "field-app/server/firebase-adminsdk.json", T(r"""
{
  "type": "service_account",
  "project_id": "cityutil-crew",
  "private_key_id": "@@kid@@",
  "private_key": "@@key@@",
  "client_email": "firebase-adminsdk-q2x7m@cityutil-crew.iam.gserviceaccount.com",
  "client_id": "104883172650019283746",
  "auth_uri": "https://accounts.google.com/o/oauth2/auth",
  "token_uri": "https://oauth2.googleapis.com/token",
  "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",
  "client_x509_cert_url": "https://www.googleapis.com/robot/v1/metadata/x509/firebase-adminsdk-q2x7m%40cityutil-crew.iam.gserviceaccount.com",
  "universe_domain": "googleapis.com"
}
""", kid=hexs(40), key=key), key, "Google Cloud docs: service account key JSON (private_key)")

add("js", "decoy-public-id", "field-app/src/firebaseConfig.js", T(r"""
// Firebase web/app config. These values identify the project; they are not secrets
// (access is enforced by Firebase Security Rules and App Check).
import { initializeApp } from 'firebase/app';
import { getMessaging } from 'firebase/messaging';

const firebaseConfig = {
  apiKey: 'AIza@@k@@',
  authDomain: 'cityutil-crew.firebaseapp.com',
  projectId: 'cityutil-crew',
  storageBucket: 'cityutil-crew.appspot.com',
  messagingSenderId: '718245509312',
  appId: '1:718245509312:web:5c2a9e7f1b3d4a6c8e0f12',
};

export const app = initializeApp(firebaseConfig);
export const messaging = getMessaging(app);
""", k=draw(35, ALNUM + "-_")), None, "Firebase docs: 'Learn about using and managing API keys for Firebase' (config is public)")

tok = "samsara_api_" + draw(30)
add("python", "token", "fleet/samsara/crew_locations.py", T(r'''
"""Snapshot crew truck locations every minute for the dispatch map (main break response)."""
import time

import requests

SAMSARA_TOKEN = "@@tok@@"
URL = "https://api.samsara.com/fleet/vehicles/locations"
TAGS = "4402913,4402914"  # Water Distribution, Sewer Collection


def snapshot():
    r = requests.get(URL, headers={"Authorization": f"Bearer {SAMSARA_TOKEN}"}, params={"tagIds": TAGS}, timeout=15)
    r.raise_for_status()
    return [(v["name"], v["location"]["latitude"], v["location"]["longitude"]) for v in r.json()["data"]]


if __name__ == "__main__":
    for _ in range(60):
        for truck in snapshot():
            print(*truck, sep=",")
        time.sleep(60)
''', tok=tok), tok, "Samsara API docs: API tokens (samsara_api_) as Bearer tokens")

pw = words_pw("!#")
add("csharp", "password", "fleet/GeotabIdle/Program.cs", T(r"""
using System;
using System.Threading.Tasks;
using Geotab.Checkmate;
using Geotab.Checkmate.ObjectModel;

// Idle-time report for the vactor and jetter trucks (sewer maintenance)
class Program
{
    static async Task Main()
    {
        var api = new API("fleet.reports@cityutilities.org", "@@pw@@", null, "cityutil_fleet", "my.geotab.com");
        await api.AuthenticateAsync();

        var from = DateTime.UtcNow.Date.AddDays(-7);
        var trips = await api.CallAsync<System.Collections.Generic.List<Trip>>("Get", typeof(Trip),
            new { search = new TripSearch { FromDate = from, ToDate = DateTime.UtcNow } });

        foreach (var t in trips)
        {
            Console.WriteLine($"{t.Device.Id},{t.Start:u},{t.IdlingDuration}");
        }
    }
}
""", pw=pw), pw, "MyGeotab .NET SDK: new API(userName, password, sessionId, database, server)")

tok = draw(40, ALNUM + "-_")
add("gitlab-ci", "token", "field-app/.gitlab-ci.yml", T(r"""
stages: [test, build]

variables:
  EXPO_TOKEN: "@@tok@@"
  NODE_VERSION: "20"

test:
  stage: test
  image: node:20
  script:
    - npm ci
    - npm test -- --ci

build:android:
  stage: build
  image: node:20
  script:
    - npm ci
    - npx eas-cli build --platform android --profile production --non-interactive
  only:
    - tags
""", tok=tok), tok, "Expo docs: EXPO_TOKEN personal access tokens for CI (eas-cli)")

key = "AAAA" + draw(7, ALNUM + "-_") + ":APA91b" + draw(134, ALNUM + "-_")
add("kotlin", "api-key", "field-api/src/main/kotlin/org/cityutil/field/Push.kt", T(r"""
package org.cityutil.field

import io.ktor.client.HttpClient
import io.ktor.client.request.header
import io.ktor.client.request.post
import io.ktor.client.request.setBody
import io.ktor.http.ContentType
import io.ktor.http.contentType

// Push a new emergency work order (main break, sewer backup) to the on-call crew's devices
class Push(private val http: HttpClient) {
    private val serverKey = "@@key@@"

    suspend fun notifyCrew(deviceToken: String, woNumber: String, address: String) {
        http.post("https://fcm.googleapis.com/fcm/send") {
            header("Authorization", "key=$serverKey")
            contentType(ContentType.Application.Json)
            setBody("{\"to\":\"$deviceToken\",\"priority\":\"high\",\"notification\":{\"title\":\"Emergency WO $woNumber\",\"body\":\"$address\"}}")
        }
    }
}
""", key=key), key, "Firebase Cloud Messaging legacy HTTP API: 'Authorization: key=<server key>'")

pw = words_pw("!#%")
add("swift", "password", "field-app-ios/CrewApp/Services/MeterShopClient.swift", T(r"""
import Foundation

/// Talks to the meter shop test bench API (flow-test results for pulled meters).
final class MeterShopClient {
    private let baseURL = URL(string: "https://metershop.cityutil.local/api")!
    private let username = "crew-ios"
    private let password = "@@pw@@"

    private var authHeader: String {
        let raw = "\(username):\(password)"
        return "Basic " + Data(raw.utf8).base64EncodedString()
    }

    func testResult(serial: String) async throws -> Data {
        var req = URLRequest(url: baseURL.appendingPathComponent("bench/results/\(serial)"))
        req.setValue(authHeader, forHTTPHeaderField: "Authorization")
        let (data, resp) = try await URLSession.shared.data(for: req)
        guard (resp as? HTTPURLResponse)?.statusCode == 200 else { throw URLError(.badServerResponse) }
        return data
    }
}
""", pw=pw), pw, "Apple URLSession docs; RFC 7617 Basic credentials built in code")

add("swift", "decoy-reads-env", "field-app-ios/CrewApp/Services/TokenStore.swift", T(r"""
import Foundation
import Security

/// Stores the crew member's OAuth refresh token in the Keychain (never in UserDefaults or code).
enum TokenStore {
    private static let service = "org.cityutil.crew.oauth"

    static func save(_ token: String, account: String) -> Bool {
        let query: [String: Any] = [
            kSecClass as String: kSecClassGenericPassword,
            kSecAttrService as String: service,
            kSecAttrAccount as String: account,
            kSecValueData as String: Data(token.utf8),
            kSecAttrAccessible as String: kSecAttrAccessibleAfterFirstUnlockThisDeviceOnly,
        ]
        SecItemDelete(query as CFDictionary)
        return SecItemAdd(query as CFDictionary, nil) == errSecSuccess
    }

    static func load(account: String) -> String? {
        let query: [String: Any] = [
            kSecClass as String: kSecClassGenericPassword,
            kSecAttrService as String: service,
            kSecAttrAccount as String: account,
            kSecReturnData as String: true,
        ]
        var out: AnyObject?
        guard SecItemCopyMatching(query as CFDictionary, &out) == errSecSuccess, let d = out as? Data else { return nil }
        return String(data: d, encoding: .utf8)
    }
}
""", ), None, "Apple Keychain Services docs (SecItemAdd / SecItemCopyMatching)")

add("plist", "decoy-public-id", "field-app-ios/CrewApp/Info.plist", T(r"""
<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
<dict>
  <key>CFBundleIdentifier</key>
  <string>org.cityutil.crew</string>
  <key>CFBundleShortVersionString</key>
  <string>4.12.0</string>
  <key>ArcGISClientID</key>
  <string>k3Pz8QwN1xT7vLbY</string>
  <key>ArcGISRedirectURI</key>
  <string>crewapp://auth</string>
  <key>OIDCIssuer</key>
  <string>https://login.microsoftonline.com/3e9c1a7b-2d4f-4c8e-b6a0-5f1d7e9c3b2a/v2.0</string>
  <key>OIDCClientID</key>
  <string>5b2d8f1a-3c7e-4a9b-8d6f-0e2c4a6b8d1f</string>
  <key>NSLocationWhenInUseUsageDescription</key>
  <string>Your location is used to find nearby valves, hydrants and work orders.</string>
  <key>NSCameraUsageDescription</key>
  <string>Take photos of meters and main breaks for the work order.</string>
</dict>
</plist>
""", ), None, "ArcGIS Runtime docs: OAuth client IDs for public native apps (no client secret)")

a, b = draw(20), draw(20)
add("js", "api-key", "field-app/src/api/workOrders.js", T(r"""
import axios from 'axios';

// Work order API gateway key (ask the Integration team before rotating)
const WO_API_KEY = '@@a@@' +
  '@@b@@';

const api = axios.create({
  baseURL: 'https://api.cityutilities.org/workorders/v2',
  timeout: 20000,
  headers: { 'x-api-key': WO_API_KEY },
});

export async function myOpenOrders(crewId) {
  const { data } = await api.get('/orders', { params: { crew: crewId, status: 'OPEN' } });
  return data.items;
}

export async function completeOrder(id, payload) {
  const { data } = await api.post(`/orders/${id}/complete`, payload);
  return data;
}
""", a=a, b=b), a + b, "Amazon API Gateway docs: API keys in the x-api-key header")

add("env", "decoy-placeholder", "field-app/.env.example", T(r"""
# Copy to .env and fill in. Real values live in 1Password ("Crew App - <env>").
API_BASE_URL=https://api-dev.cityutilities.org/workorders/v2
WO_API_KEY=
ARCGIS_CLIENT_ID=<arcgis-client-id>
SAMSARA_TOKEN=<samsara_api_...>
SENTRY_DSN=
EXPO_TOKEN=your-expo-token-here
""", ), None, "dotenv .env.example convention (empty and placeholder values)")

# ---------------------------------------------------------------------------------------------
# CI, cloud and ops plumbing around the utility systems
# ---------------------------------------------------------------------------------------------

kid, sk = aws_key_id(), aws_secret()
add("github-actions", "cloud-key", ".github/workflows/ami-lake-deploy.yml", T(r"""
name: ami-lake-deploy
on:
  push:
    branches: [main]
    paths: ['ami-lake/**']

env:
  AWS_REGION: us-east-2
  AWS_ACCESS_KEY_ID: @@kid@@
  AWS_SECRET_ACCESS_KEY: @@sk@@

jobs:
  deploy:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-python@v5
        with:
          python-version: '3.11'
      - run: pip install -r ami-lake/requirements.txt
      - name: Sync Glue jobs
        run: aws s3 sync ami-lake/glue/ s3://cityutil-ami-lake-artifacts/glue/ --delete
      - name: Update crawler
        run: aws glue update-crawler --name ami-interval-reads --targets file://ami-lake/crawler-targets.json
""", kid=kid, sk=sk), sk, "AWS CLI docs: AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY environment variables")

add("github-actions", "decoy-env-ref", ".github/workflows/gis-tiles.yml", T(r"""
name: gis-tiles
on:
  schedule:
    - cron: '30 9 * * *'
  workflow_dispatch:

permissions:
  id-token: write
  contents: read

jobs:
  publish:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: aws-actions/configure-aws-credentials@v4
        with:
          role-to-assume: arn:aws:iam::482910337615:role/gh-gis-tiles
          aws-region: us-east-2
      - name: Publish pressure zones
        env:
          MAPBOX_ACCESS_TOKEN: ${{ secrets.MAPBOX_SECRET_TOKEN }}
          PGPASSWORD: ${{ secrets.GIS_PG_RO_PASSWORD }}
        run: ./gis/tiles/upload_pressure_zones.sh
""", ), None, "GitHub Actions docs: encrypted secrets and OIDC role assumption")

add("jenkinsfile", "decoy-env-ref", "ccb/Jenkinsfile", T(r"""
pipeline {
  agent { label 'ccb-build' }
  environment {
    CCB_ENV = 'CCBTST'
  }
  stages {
    stage('Build') {
      steps {
        sh './gradlew clean cmJar'
      }
    }
    stage('Deploy to TST') {
      steps {
        withCredentials([usernamePassword(credentialsId: 'ccbtst-weblogic-admin',
                                          usernameVariable: 'WL_USER', passwordVariable: 'WL_PASS')]) {
          sh '''
            ./deploy/deploy_cm.sh --env "$CCB_ENV" --user "$WL_USER" --password-stdin <<< "$WL_PASS"
          '''
        }
      }
    }
  }
  post {
    failure { mail to: 'cis-dev@cityutilities.org', subject: "CCB build failed: ${env.BUILD_TAG}", body: "${env.BUILD_URL}" }
  }
}
""", ), None, "Jenkins Credentials Binding plugin: withCredentials usernamePassword")

pw = words_pw("!#%")
add("ansible", "password", "ansible/inventories/scada/host_vars/hmi-wtp1-01.yml", T(r"""
---
# Wonderware InTouch HMI node, WTP1 control room (Windows Server 2019)
ansible_host: 10.20.9.21
ansible_connection: winrm
ansible_winrm_transport: ntlm
ansible_winrm_server_cert_validation: ignore
ansible_port: 5986
ansible_user: SCADA\svc_ansible
ansible_password: "@@pw@@"

intouch_app: WTP1_Main
intouch_version: "2020 R2 SP1"
historian_server: hist01.scada.local
wsus_group: SCADA-HMI-Patch-Window-B
""", pw=pw), pw, "Ansible docs: Windows Remote Management (ansible_user / ansible_password)")

vault_lines = "\n".join(hexs(80) for _ in range(8))
add("ansible", "decoy-ciphertext", "ansible/inventories/scada/group_vars/historians/vault.yml", T(r"""
$ANSIBLE_VAULT;1.1;AES256
@@v@@
""", v=vault_lines), None, "Ansible Vault docs: encrypted file format ($ANSIBLE_VAULT;1.1;AES256)")

add("yaml", "decoy-ciphertext", "deploy/secrets/ami-eventbus.enc.yaml", T(r"""
amqp:
    user: ENC[AES256_GCM,data:@@d1@@,iv:@@i1@@,tag:@@t1@@,type:str]
    password: ENC[AES256_GCM,data:@@d2@@,iv:@@i2@@,tag:@@t2@@,type:str]
sops:
    kms:
        - arn: arn:aws:kms:us-east-2:482910337615:key/7c1e9a2b-4d3f-4e8a-9b6c-2f0d1e3a5b7c
          created_at: "2024-04-11T15:02:44Z"
          enc: @@kms@@
          aws_profile: ""
    lastmodified: "2024-04-11T15:02:45Z"
    mac: ENC[AES256_GCM,data:@@dm@@,iv:@@im@@,tag:@@tm@@,type:str]
    unencrypted_suffix: _unencrypted
    version: 3.8.1
""", d1=b64(rbytes(12)), i1=b64(rbytes(32)), t1=b64(rbytes(16)), d2=b64(rbytes(24)), i2=b64(rbytes(32)),
    t2=b64(rbytes(16)), kms="AQICAHh" + b64(rbytes(150)), dm=b64(rbytes(64)), im=b64(rbytes(32)),
    tm=b64(rbytes(16))), None, "Mozilla SOPS docs: encrypted YAML (ENC[AES256_GCM,...])")

add("powershell", "decoy-vault-ref", "scripts/scada/Restart-HistorianServices.ps1", T(r"""
# Restart the historian services on HIST01 after patching (uses SecretManagement vault, not a literal)
Import-Module Microsoft.PowerShell.SecretManagement
$cred = Get-Secret -Name 'SCADA-svc-historian' -Vault 'ScadaOpsVault'
$session = New-PSSession -ComputerName 'hist01.scada.local' -Credential $cred -UseSSL

Invoke-Command -Session $session -ScriptBlock {
    foreach ($svc in 'aahClientAccessPoint', 'aahStorage', 'aahIndexing', 'InSQLConfiguration') {
        Restart-Service -Name $svc -Force
        Write-Output "$svc restarted"
    }
}
Remove-PSSession $session
""", ), None, "Microsoft.PowerShell.SecretManagement: Get-Secret")

pw = rand_pw(21)
add("dockerfile", "db-password", "lims/reporting/Dockerfile", T(r"""
FROM python:3.11-slim

RUN apt-get update && apt-get install -y --no-install-recommends curl gnupg unixodbc \
 && curl -fsSL https://packages.microsoft.com/keys/microsoft.asc | gpg --dearmor -o /usr/share/keyrings/ms.gpg \
 && echo "deb [signed-by=/usr/share/keyrings/ms.gpg] https://packages.microsoft.com/debian/12/prod bookworm main" > /etc/apt/sources.list.d/mssql.list \
 && apt-get update && ACCEPT_EULA=Y apt-get install -y msodbcsql18 && rm -rf /var/lib/apt/lists/*

WORKDIR /app
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt
COPY . .

ENV LIMS_DB_HOST=limssql01.utility.local \
    LIMS_DB_USER=ccr_report \
    LIMS_DB_PASSWORD=@@pw@@

CMD ["python", "-m", "ccr.build_report", "--year", "2024"]
""", pw=pw), pw, "Dockerfile reference: ENV instruction")

add("dockerfile", "decoy-no-secret", "portal/web/Dockerfile", T(r"""
# syntax=docker/dockerfile:1.7
FROM node:20-alpine AS build
WORKDIR /src
COPY package.json package-lock.json ./
# The private registry token is mounted only for this step; it never lands in a layer.
RUN --mount=type=secret,id=npmrc,target=/root/.npmrc npm ci
COPY . .
RUN npm run build

FROM nginx:1.27-alpine
COPY --from=build /src/dist /usr/share/nginx/html
COPY nginx.conf /etc/nginx/conf.d/default.conf
EXPOSE 8080
""", ), None, "Docker docs: build secrets (RUN --mount=type=secret)")

kid, sk = aws_key_id(), aws_secret()
add("ini", "cloud-key", "ami-lake/ops/aws-credentials", T(r"""
[default]
region = us-east-2

[ami-lake]
aws_access_key_id = @@kid@@
aws_secret_access_key = @@sk@@
region = us-east-2

[ami-lake-readonly]
role_arn = arn:aws:iam::482910337615:role/ami-lake-readonly
source_profile = ami-lake
""", kid=kid, sk=sk), sk, "AWS CLI docs: the shared credentials file")

add("ini", "decoy-no-secret", "ami-lake/ops/aws-config", T(r"""
[profile ami-lake-dev]
sso_session = cityutil
sso_account_id = 482910337615
sso_role_name = AmiLakeDeveloper
region = us-east-2

[profile ami-lake-prod-ro]
sso_session = cityutil
sso_account_id = 771204598233
sso_role_name = ReadOnly
region = us-east-2

[sso-session cityutil]
sso_start_url = https://cityutil.awsapps.com/start
sso_region = us-east-1
sso_registration_scopes = sso:account:access
""", ), None, "AWS CLI docs: IAM Identity Center (SSO) profiles")

add("markdown", "decoy-docs-example", "docs/runbooks/ami-lake-aws-cli.md", T(r"""
# AMI data lake: AWS CLI setup

Use SSO (`aws sso login --profile ami-lake-dev`). Long-lived keys are not issued any more.

If a vendor tool insists on static keys, the format is the one from the AWS documentation:

```ini
[vendor-tool]
aws_access_key_id = AKIAIOSFODNN7EXAMPLE
aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY
```

Request a scoped key through the Cloud team (ServiceNow: "AWS access - service user"); it is
delivered through the password manager, never by email or in this repository.
""", ), None, "AWS docs: example access key pair (AKIAIOSFODNN7EXAMPLE)")

key = azure_account_key()
add("csharp", "connection-string", "scada/HistorianBackup/BackupUploader.cs", T(r"""
using System.IO;
using System.Threading.Tasks;
using Azure.Storage.Blobs;

namespace HistorianBackup
{
    // Ships nightly historian .bak files to cold storage (immutable container, 7-year retention)
    public static class BackupUploader
    {
        private const string Conn =
            "DefaultEndpointsProtocol=https;AccountName=cityutilhistbak;AccountKey=@@key@@;EndpointSuffix=core.windows.net";

        public static async Task UploadAsync(string path)
        {
            var container = new BlobContainerClient(Conn, "historian-backups");
            var blob = container.GetBlobClient($"{System.DateTime.UtcNow:yyyy/MM}/{Path.GetFileName(path)}");
            await using var fs = File.OpenRead(path);
            await blob.UploadAsync(fs, overwrite: false);
        }
    }
}
""", key=key), key, "Azure Storage docs: connection strings with AccountKey")

add("python", "decoy-no-secret", "scada/historian/upload_exports.py", T(r'''
"""Upload historian CSV exports using the VM's managed identity (no keys or SAS in code)."""
import pathlib

from azure.identity import DefaultAzureCredential
from azure.storage.blob import BlobServiceClient

ACCOUNT_URL = "https://cityutilhistexp.blob.core.windows.net"

svc = BlobServiceClient(account_url=ACCOUNT_URL, credential=DefaultAzureCredential())
container = svc.get_container_client("exports")

for path in pathlib.Path("/data/historian/exports").glob("*.csv"):
    with path.open("rb") as fh:
        container.upload_blob(name=path.name, data=fh, overwrite=True)
    print("uploaded", path.name)
''', ), None, "Azure Identity docs: DefaultAzureCredential (managed identity)")

sig = sas_sig()
add("shell", "sas-token", "ami/exports/send_reads_to_consultant.sh", T(r"""
#!/usr/bin/env bash
# Monthly interval-read extract for the water loss audit consultant (AWWA M36).
set -euo pipefail
MONTH=${1:-$(date -d "last month" +%Y-%m)}
FILE=/data/ami/exports/interval_${MONTH}.csv.gz

azcopy copy "$FILE" \
  "https://cityutilamiexp.blob.core.windows.net/consultant/interval_${MONTH}.csv.gz?sv=2022-11-02&ss=b&srt=o&sp=cw&se=2025-12-31T23:59:59Z&st=2024-01-01T00:00:00Z&spr=https&sig=@@sig@@"

echo "sent $FILE"
""", sig=sig), sig, "Azure Storage docs: account SAS URL (sig parameter); azcopy copy")

tok = "ghp_" + draw(36)
add("shell", "token", "scada/bootstrap/bootstrap_engineering_ws.sh", T(r"""
#!/usr/bin/env bash
# Bootstrap a new SCADA engineering workstation (Ubuntu) with the standard configs and tools.
set -euo pipefail

sudo apt-get update
sudo apt-get install -y git python3-venv wireshark nmap

mkdir -p ~/src && cd ~/src
git clone https://@@tok@@@github.com/cityutil/scada-configs.git
git clone https://@@tok@@@github.com/cityutil/ignition-projects.git

python3 -m venv ~/venvs/scada
~/venvs/scada/bin/pip install -r scada-configs/requirements.txt
echo "done - log out and back in for wireshark group membership"
""", tok=tok), tok, "GitHub docs: personal access tokens (ghp_) used over HTTPS")

tok = "npm_" + draw(36)
add("npmrc", "token", "portal/web/.npmrc", T(r"""
@cityutil:registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=@@tok@@
save-exact=true
engine-strict=true
fund=false
audit-level=high
""", tok=tok), tok, "npm docs: .npmrc _authToken (npm_ granular/automation tokens)")

add("npmrc", "decoy-env-ref", "field-app/.npmrc", T(r"""
@cityutil:registry=https://gitlab.cityutil.local/api/v4/projects/412/packages/npm/
//gitlab.cityutil.local/api/v4/projects/412/packages/npm/:_authToken=${CI_JOB_TOKEN}
save-exact=true
engine-strict=true
fund=false
""", ), None, "npm docs: environment variables in .npmrc (${VAR})")

pw = rand_pw(20)
add("xml", "password", "ami/NuGet.config", T(r"""
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <packageSources>
    <clear />
    <add key="nuget.org" value="https://api.nuget.org/v3/index.json" />
    <add key="ItronSdk" value="https://nuget.itron-partners.example.com/v3/index.json" />
  </packageSources>
  <packageSourceCredentials>
    <ItronSdk>
      <add key="Username" value="cityutil-dev" />
      <add key="ClearTextPassword" value="@@pw@@" />
    </ItronSdk>
  </packageSourceCredentials>
</configuration>
""", pw=pw), pw, "NuGet docs: nuget.config packageSourceCredentials (ClearTextPassword)")

add("xml", "decoy-env-ref", "gis/NuGet.config", T(r"""
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <packageSources>
    <clear />
    <add key="nuget.org" value="https://api.nuget.org/v3/index.json" />
    <add key="cityutil" value="https://pkgs.dev.azure.com/cityutil/_packaging/gis/nuget/v3/index.json" />
  </packageSources>
  <packageSourceCredentials>
    <cityutil>
      <add key="Username" value="az" />
      <add key="ClearTextPassword" value="%AZURE_ARTIFACTS_PAT%" />
    </cityutil>
  </packageSourceCredentials>
</configuration>
""", ), None, "NuGet docs: environment variables in nuget.config (%VAR%)")

tok = "hvs." + draw(91, ALNUM + "_-")
add("shell", "token", "scada/ops/rotate_kepware_admin.sh", T(r"""
#!/usr/bin/env bash
# Rotate the KEPServerEX Administrator password and store the new one in Vault.
set -euo pipefail
export VAULT_ADDR=https://vault.utility.local:8200
export VAULT_TOKEN=@@tok@@

NEW=$(openssl rand -base64 24)
curl -sf -k -u "Administrator:$(vault kv get -field=password secret/scada/kepware/kep01)" \
  -X PUT https://kep01.scada.local:57512/config/v1/admin/server_users/Administrator \
  -H 'Content-Type: application/json' \
  -d "{\"libadminsettings.USERMANAGER_USER_PASSWORD\": \"$NEW\"}"

vault kv put secret/scada/kepware/kep01 password="$NEW"
echo "rotated"
""", tok=tok), tok, "HashiCorp Vault docs: VAULT_TOKEN environment variable; hvs. service tokens")

add("hcl", "decoy-no-secret", "scada/ops/vault-agent.hcl", T(r"""
pid_file = "/run/vault-agent.pid"

vault {
  address = "https://vault.utility.local:8200"
  ca_cert = "/etc/pki/cityutil-ca.pem"
}

auto_auth {
  method "approle" {
    config = {
      role_id_file_path   = "/etc/vault-agent/role_id"
      secret_id_file_path = "/etc/vault-agent/secret_id"
      remove_secret_id_file_after_reading = true
    }
  }
  sink "file" {
    config = { path = "/run/vault-agent/token", mode = 0600 }
  }
}

template {
  source      = "/etc/vault-agent/templates/historian.env.ctmpl"
  destination = "/etc/historian-bridge/historian.env"
  perms       = "0600"
}
""", ), None, "HashiCorp Vault Agent docs: AppRole auto-auth with role_id/secret_id files")

key = hexs(32)
add("yaml", "api-key", "monitoring/datadog/datadog.yaml", T(r"""
## Datadog Agent - SCADA DMZ hosts (PI interface nodes, Ignition gateway)
api_key: @@key@@
site: datadoghq.com
hostname_fqdn: true
tags:
  - env:prod
  - zone:scada-dmz
  - team:ot
logs_enabled: true
process_config:
  process_collection:
    enabled: false
proxy:
  https: http://proxy-dmz.utility.local:3128
  no_proxy: [localhost, 127.0.0.1]
""", key=key), key, "Datadog Agent docs: datadog.yaml api_key")

key = hexs(36) + "NRAL"
add("yaml", "api-key", "portal-java/newrelic/newrelic.yml", T(r"""
common: &default_settings
  license_key: '@@key@@'
  agent_enabled: true
  app_name: MyAccount API (prod)
  high_security: true
  log_level: info
  distributed_tracing:
    enabled: true
  attributes:
    exclude:
      - request.parameters.accountNumber
      - request.headers.authorization

production:
  <<: *default_settings
""", key=key), key, "New Relic Java agent docs: newrelic.yml license_key")

tok = "00" + draw(40, ALNUM + "-_")
add("python", "token", "portal/ops/deactivate_closed_accounts.py", T(r'''
"""Deactivate portal logins for customers whose service was finaled in CC&B more than 90 days ago."""
import csv
import sys

import requests

OKTA = "https://cityutil-customers.okta.com/api/v1"
HEADERS = {"Authorization": "SSWS @@tok@@", "Accept": "application/json"}


def deactivate(login):
    r = requests.get(f"{OKTA}/users/{login}", headers=HEADERS, timeout=20)
    if r.status_code == 404:
        return "missing"
    r.raise_for_status()
    uid = r.json()["id"]
    requests.post(f"{OKTA}/users/{uid}/lifecycle/deactivate", headers=HEADERS, timeout=20).raise_for_status()
    return "deactivated"


if __name__ == "__main__":
    with open(sys.argv[1], newline="") as fh:
        for row in csv.DictReader(fh):
            print(row["email"], deactivate(row["email"]))
''', tok=tok), tok, "Okta API docs: API tokens (Authorization: SSWS ...)")

tok = jwt({"iss": "https://auth.neptune360.com", "sub": "cityutil-mdm-import", "aud": "neptune360-api",
           "scope": "reads.read alarms.read", "iat": 1714521600, "exp": 1746057600}, "RS256")
add("postman", "token", "ami/postman/Neptune360.postman_collection.json", T(r"""
{
  "info": {
    "name": "Neptune 360 - City Utilities",
    "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"
  },
  "auth": {
    "type": "bearer",
    "bearer": [{ "key": "token", "value": "@@tok@@", "type": "string" }]
  },
  "item": [
    {
      "name": "Meters by route",
      "request": { "method": "GET", "url": "https://api.neptune360.com/v1/meters?route=R204" }
    },
    {
      "name": "Hourly reads",
      "request": { "method": "GET", "url": "https://api.neptune360.com/v1/reads?meterId=00451872&interval=60" }
    }
  ]
}
""", tok=tok), tok, "Postman collection format v2.1 (bearer auth); RFC 7519 JWT")

add("postman", "decoy-placeholder", "ami/postman/Sensus.postman_environment.json", T(r"""
{
  "id": "6f1b2c3d-4e5f-4a7b-8c9d-0e1f2a3b4c5d",
  "name": "Sensus Analytics - PROD",
  "values": [
    { "key": "baseUrl", "value": "https://cityutil.sensus-analytics.com/api/v2", "type": "default", "enabled": true },
    { "key": "username", "value": "", "type": "default", "enabled": true },
    { "key": "password", "value": "", "type": "secret", "enabled": true },
    { "key": "token", "value": "", "type": "secret", "enabled": true }
  ],
  "_postman_variable_scope": "environment"
}
""", ), None, "Postman docs: environment export (secret-type variables exported empty)")

pw = words_pw("!#%")
add("systemd", "db-password", "deploy/systemd/mdm-vee.service", T(r"""
[Unit]
Description=MDM validation/estimation/editing worker
After=network-online.target
Wants=network-online.target

[Service]
User=mdm
Group=mdm
WorkingDirectory=/opt/mdm-vee
Environment="MDM_DB_URL=postgresql://mdm-pg.utility.local:5432/mdm"
Environment="MDM_DB_USER=mdm_vee"
Environment="MDM_DB_PASSWORD=@@pw@@"
ExecStart=/opt/mdm-vee/venv/bin/python -m vee.worker --rules /etc/mdm/rules.yaml
Restart=on-failure
RestartSec=10

[Install]
WantedBy=multi-user.target
""", pw=pw), pw, "systemd.exec(5): Environment= directive")

a, b = words_pw("!#"), rand_pw(8)
add("python", "password", "portal/staff/ad_lookup.py", T(r'''
"""Look up staff in Active Directory for the CSR console (who can approve billing adjustments)."""
from ldap3 import Connection, Server, SUBTREE

SERVER = Server("ldaps://dc01.utility.local", use_ssl=True)
BIND_DN = "CN=svc-csr-console,OU=Service Accounts,DC=utility,DC=local"
BIND_PW = ("@@a@@"
           "@@b@@")


def approvers():
    with Connection(SERVER, BIND_DN, BIND_PW, auto_bind=True) as conn:
        conn.search("OU=Customer Service,DC=utility,DC=local",
                    "(&(objectClass=user)(memberOf=CN=Billing Adjust Approvers,OU=Groups,DC=utility,DC=local))",
                    SUBTREE, attributes=["sAMAccountName", "displayName", "mail"])
        return [(e.sAMAccountName.value, e.displayName.value, e.mail.value) for e in conn.entries]


if __name__ == "__main__":
    for row in approvers():
        print(*row, sep="\t")
''', a=a, b=b), a + b, "ldap3 docs: Connection(server, user, password, auto_bind)")

key = openssh_key("field-laptop-deploy@cityutil")
add("ansible", "ssh-key", "ansible/roles/field_laptops/files/deploy_key", key + "\n", key,
    "OpenSSH PROTOCOL.key: openssh-key-v1 private key format")

pw = words_pw("!#*")
add("markdown", "password", "docs/commissioning/ls-31-lift-station.md", T(r"""
# Lift Station 31 (Prairie View) - commissioning notes

| Item | Value |
|------|-------|
| RTU | Allen-Bradley CompactLogix 5380, 192.168.31.10 |
| HMI | PanelView Plus 7, 192.168.31.11 |
| Radio | Cellular (Digi IX20), 192.168.31.1 |
| Pumps | 2 x 40 hp submersible, VFD |

## HMI logins

- Operator screens: no login (view only).
- Maintenance screens: user `maint`, password `@@pw@@` (set by the integrator, change after handover).

## Open items

1. Float backup wiring verified; high-level alarm to SCADA still pending.
2. Generator transfer test scheduled with Electrical.
3. Update GIS asset LS-31 with the as-built pump curves.
""", pw=pw), pw, "Integrator commissioning handover notes (HMI credentials in Markdown)")

pw = rand_pw(12)
add("shell-history", "password", "scada/ops/bash_history.txt", T(r"""
ssh engineer@ls-telemetry-db01
sudo systemctl status mariadb
mysql -h ls-telemetry-db01 -u telemetry -p'@@pw@@' liftstations
mysqldump -h ls-telemetry-db01 -u telemetry -p liftstations runtime_hours > runtime_hours.sql
gzip runtime_hours.sql
scp runtime_hours.sql.gz engineer@opsfile01:/srv/share/scada/
exit
""", pw=pw), pw, "MySQL client docs: -p<password> on the command line (insecure)")

pw = rand_pw(16)
add("netrc", "password", "lims/ops/.netrc", T(r"""
machine files.labwarevendor-example.com
  login cityutil_lims
  password @@pw@@

# LabWare vendor file share (patches, LIMS Basic templates); used by fetch_patches.sh
# default entry intentionally absent
""", pw=pw), pw, "GNU inetutils/curl: the .netrc file format (machine/login/password)")

pw = words_pw("!#%")
add("xml", "password", "ami/ops/FileZilla/sitemanager.xml", T(r"""
<?xml version="1.0" encoding="UTF-8"?>
<FileZilla3 version="3.66.4" platform="windows">
  <Servers>
    <Server>
      <Host>sftp.sensus-example.net</Host>
      <Port>22</Port>
      <Protocol>1</Protocol>
      <Type>0</Type>
      <User>cityutil_rni</User>
      <Pass encoding="base64">@@pw@@</Pass>
      <Logontype>1</Logontype>
      <Name>Sensus RNI exports</Name>
      <RemoteDir>1 0 7 exports</RemoteDir>
      <SyncBrowsing>0</SyncBrowsing>
    </Server>
  </Servers>
</FileZilla3>
""", pw=b64(pw)), pw, "FileZilla sitemanager.xml (Pass encoding=\"base64\")")

# ---------------------------------------------------------------------------------------------
# More decoys: public keys, hashes, checksums, redactions, docs examples, fixtures
# ---------------------------------------------------------------------------------------------

add("conf", "decoy-ciphertext", "monitoring/splunk/etc/system/local/server.conf", T(r"""
[general]
serverName = spl-idx01-scada
pass4SymmKey = $7$@@k1@@

[sslConfig]
sslPassword = $7$@@k2@@

[clustering]
mode = peer
manager_uri = https://spl-cm01.utility.local:8089
pass4SymmKey = $7$@@k3@@

[replication_port://9887]
""", k1=b64(rbytes(48)), k2=b64(rbytes(48)), k3=b64(rbytes(48))), None,
    "Splunk docs: server.conf values encrypted with splunk.secret ($7$)")

hosts = "\n".join([
    "sftp.infosend.com " + ssh_pub("", "ed25519").strip(),
    "sftp.infosend.com " + ssh_pub("", "rsa").strip(),
    "|1|" + b64(rbytes(20)) + "|" + b64(rbytes(20)) + " " + ssh_pub("", "ed25519").strip(),
    "[sftp.contractlab-example.com]:2222 " + ssh_pub("", "ed25519").strip(),
    "10.42.8.15 " + ssh_pub("", "rsa").strip(),
])
add("ssh", "decoy-public-key", "deploy/ssh/known_hosts", hosts + "\n", None,
    "OpenSSH sshd(8) SSH_KNOWN_HOSTS FILE FORMAT (host public keys, hashed hostnames)")

keys = "\n".join([
    "# SCADA jump host - engineers (managed by Ansible role scada_jump)",
    ssh_pub("jmartinez@eng-ws07", "ed25519"),
    ssh_pub("tnguyen@eng-ws11", "ed25519"),
    ssh_pub("rokafor@eng-laptop03", "rsa"),
    'from="10.20.9.0/24",no-agent-forwarding ' + ssh_pub("ansible@ops-ctl01", "ed25519"),
])
add("ssh", "decoy-public-key", "ansible/roles/scada_jump/files/authorized_keys", keys + "\n", None,
    "OpenSSH sshd(8) AUTHORIZED_KEYS FILE FORMAT")

add("json", "decoy-public-key", "portal-api/static/.well-known/jwks.json", T(r"""
{
  "keys": [
    {
      "kty": "RSA",
      "use": "sig",
      "alg": "RS256",
      "kid": "myaccount-2024-05",
      "n": "@@n1@@",
      "e": "AQAB"
    },
    {
      "kty": "RSA",
      "use": "sig",
      "alg": "RS256",
      "kid": "myaccount-2023-11",
      "n": "@@n2@@",
      "e": "AQAB"
    }
  ]
}
""", n1=b64url(b"\xc4" + rbytes(255)), n2=b64url(b"\xb7" + rbytes(255))), None,
    "RFC 7517 JSON Web Key Set (public RSA keys: n, e)")

add("xml", "decoy-public-key", "portal/sso/idp-metadata.xml", T(r"""
<?xml version="1.0" encoding="UTF-8"?>
<EntityDescriptor xmlns="urn:oasis:names:tc:SAML:2.0:metadata" entityID="https://sts.utility.local/adfs/services/trust">
  <IDPSSODescriptor protocolSupportEnumeration="urn:oasis:names:tc:SAML:2.0:protocol">
    <KeyDescriptor use="signing">
      <KeyInfo xmlns="http://www.w3.org/2000/09/xmldsig#">
        <X509Data>
          <X509Certificate>@@cert@@</X509Certificate>
        </X509Data>
      </KeyInfo>
    </KeyDescriptor>
    <NameIDFormat>urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress</NameIDFormat>
    <SingleSignOnService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect" Location="https://sts.utility.local/adfs/ls/"/>
    <SingleLogoutService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect" Location="https://sts.utility.local/adfs/ls/"/>
  </IDPSSODescriptor>
</EntityDescriptor>
""", cert=b64(bytes.fromhex("308202f4308201dc") + rbytes(740))), None,
    "OASIS SAML 2.0 metadata (IdP signing certificate, public)")

mods = [("github.com/rabbitmq/amqp091-go", "v1.9.0"), ("github.com/goburrow/modbus", "v0.1.0"),
        ("github.com/eclipse/paho.mqtt.golang", "v1.4.3"), ("golang.org/x/net", "v0.24.0"),
        ("github.com/gorilla/websocket", "v1.5.1"), ("github.com/prometheus/client_golang", "v1.19.0")]
gosum = "\n".join(f"{m} {v} h1:{b64(rbytes(32))}\n{m} {v}/go.mod h1:{b64(rbytes(32))}" for m, v in mods)
add("go", "decoy-checksum", "ami/eventbus/go.sum", gosum + "\n", None,
    "Go modules reference: go.sum (h1: SHA-256 hashes of module content)")

add("hcl", "decoy-checksum", "infra/terraform/portal/.terraform.lock.hcl", T(r"""
# This file is maintained automatically by "terraform init".
# Manual edits may be lost in future updates.

provider "registry.terraform.io/hashicorp/aws" {
  version     = "5.46.0"
  constraints = "~> 5.40"
  hashes = [
    "h1:@@h1@@",
    "zh:@@z1@@",
    "zh:@@z2@@",
    "zh:@@z3@@",
  ]
}

provider "registry.terraform.io/hashicorp/random" {
  version     = "3.6.1"
  constraints = "~> 3.6"
  hashes = [
    "h1:@@h2@@",
    "zh:@@z4@@",
    "zh:@@z5@@",
  ]
}
""", h1=b64(rbytes(32)), z1=hexs(64), z2=hexs(64), z3=hexs(64), h2=b64(rbytes(32)), z4=hexs(64), z5=hexs(64)),
    None, "Terraform docs: dependency lock file (h1:/zh: package checksums)")

sums = "\n".join(f"{hexs(64)}  {name}" for name in [
    "ert-100w-fw-4.12.7.bin", "ert-100w-fw-4.12.7.bin.sig", "dcu-lte-fw-2.8.1.img", "dcu-lte-fw-2.8.1.img.sig",
    "lorawan-register-1.3.2.hex", "collector-tools-7.4.0.msi"])
add("checksums", "decoy-checksum", "ami/firmware/2024Q2/SHA256SUMS", sums + "\n", None,
    "GNU coreutils sha256sum(1) output format (firmware image checksums)")

add("log", "decoy-redacted", "ami/support/headend_integration_2024-05-14.log", T(r"""
2024-05-14 02:00:01,114 INFO  [scheduler] run interval_import start window=2024-05-13T00:00/2024-05-14T00:00
2024-05-14 02:00:01,377 DEBUG [http] POST https://api.beaconama.net/v2/eds/range
2024-05-14 02:00:01,377 DEBUG [http]   Authorization: Basic ****************
2024-05-14 02:00:01,378 DEBUG [http]   Content-Type: application/x-www-form-urlencoded
2024-05-14 02:00:02,902 INFO  [http] 202 Accepted statusUrl=/v2/eds/status/88c1e0f2
2024-05-14 02:03:24,511 INFO  [import] 41873 meters, 1004952 intervals
2024-05-14 02:03:25,002 WARN  [mdm] reconnect db=mdm user=mdm_import password=[REDACTED]
2024-05-14 02:03:25,480 INFO  [mdm] committed batch 1/21
2024-05-14 02:06:40,017 INFO  [scheduler] run interval_import done in 398.9s
""", ), None, "Log redaction of credentials (masked Basic header, [REDACTED] password)")

add("k8s", "decoy-placeholder", "deploy/k8s/lims/secret.template.yaml", T(r"""
# Template only. Create the real secret with:
#   kubectl -n lims create secret generic lims-db --from-literal=password="$(vault kv get -field=password secret/lims/db)"
apiVersion: v1
kind: Secret
metadata:
  name: lims-db
  namespace: lims
type: Opaque
stringData:
  username: lims_app
  password: REPLACE_ME
""", ), None, "Kubernetes Secret stringData with a placeholder; kubectl create secret --from-literal")

add("python", "decoy-docs-example", "portal/payments/tests/test_stripe_fees.py", T(r'''
import pytest
import stripe

from portal.payments.fees import convenience_fee

# The sample test-mode key published in Stripe's API reference; it only reaches test mode.
stripe.api_key = "sk_test_4eC39HqLyjWDarjtT1zdp7dc"


@pytest.mark.parametrize("amount,method,expected", [
    (5000, "card", 235),
    (5000, "us_bank_account", 0),
    (150000, "card", 235),
])
def test_convenience_fee(amount, method, expected):
    assert convenience_fee(amount, method) == expected
''', ), None, "Stripe API reference: the documentation's sample test key (sk_test_4eC39...)")

add("yaml", "decoy-placeholder", "portal-api/openapi/billing.yaml", T(r"""
openapi: 3.0.3
info:
  title: City Utilities Billing API
  version: 2.3.0
servers:
  - url: https://api.cityutilities.org/billing/v2
security:
  - ApiKeyAuth: []
components:
  securitySchemes:
    ApiKeyAuth:
      type: apiKey
      in: header
      name: x-api-key
      description: "Partner key issued by the Integration team, e.g. `x-api-key: <your-api-key>`"
paths:
  /accounts/{accountNumber}/balance:
    get:
      summary: Current balance and due date
      parameters:
        - name: accountNumber
          in: path
          required: true
          schema: { type: string, example: "1002003004" }
      responses:
        "200":
          description: OK
""", ), None, "OpenAPI 3.0 securitySchemes (apiKey) with a placeholder example")

add("http", "decoy-env-ref", "ami/rest/headend.http", T(r"""
@base = https://minet.cityutil.local/api
@token = {{$dotenv MINET_API_TOKEN}}

### Collectors status
GET {{base}}/collectors?status=all
Authorization: Bearer {{token}}
Accept: application/json

### Meter on-demand read
POST {{base}}/meters/00451872/read
Authorization: Bearer {{token}}
Content-Type: application/json

{ "priority": "high" }
""", ), None, "VS Code REST Client docs: variables and {{$dotenv NAME}}")

seeds = "\n".join(
    f"  ('{u}', '{n}', '$2b$12${draw(53, ALNUM + './')}', '{r}'),"
    for u, n, r in [("csr.lead@cityutilities.org", "CSR Lead", "approver"),
                    ("billing.analyst@cityutilities.org", "Billing Analyst", "analyst"),
                    ("readonly.auditor@cityutilities.org", "Internal Audit", "viewer")])
add("sql", "decoy-hash", "portal-api/db/seed/002_staff_users.sql", T(r"""
-- Seed staff console users for the UAT environment (bcrypt hashes; users reset on first login)
CREATE TABLE IF NOT EXISTS staff_users (
  id            SERIAL PRIMARY KEY,
  email         TEXT UNIQUE NOT NULL,
  display_name  TEXT NOT NULL,
  password_hash TEXT NOT NULL,
  role          TEXT NOT NULL CHECK (role IN ('approver', 'analyst', 'viewer')),
  must_reset    BOOLEAN NOT NULL DEFAULT TRUE
);

INSERT INTO staff_users (email, display_name, password_hash, role) VALUES
@@seeds@@
  ('integration.bot@cityutilities.org', 'Integration', '!', 'viewer');
""", seeds=seeds), None, "bcrypt ($2b$) password hashes in seed data")

add("sql", "decoy-hash", "gis/sewer-model/sql/roles.sql", T(r"""
-- Roles for the sewer hydraulic model database (PostgreSQL 16).
-- Password verifiers were generated with `\password` and copied from pg_authid; no plaintext here.
CREATE ROLE sewer_modeler LOGIN PASSWORD 'SCRAM-SHA-256$4096:@@s1@@$@@k1@@:@@v1@@';
CREATE ROLE sewer_viewer LOGIN PASSWORD 'SCRAM-SHA-256$4096:@@s2@@$@@k2@@:@@v2@@';
GRANT CONNECT ON DATABASE sewer_model TO sewer_modeler, sewer_viewer;
GRANT USAGE ON SCHEMA model TO sewer_modeler, sewer_viewer;
GRANT SELECT ON ALL TABLES IN SCHEMA model TO sewer_viewer;
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA model TO sewer_modeler;
""", s1=b64(rbytes(16)), k1=b64(rbytes(32)), v1=b64(rbytes(32)), s2=b64(rbytes(16)), k2=b64(rbytes(32)),
    v2=b64(rbytes(32))), None, "PostgreSQL docs: CREATE ROLE ... PASSWORD with a SCRAM-SHA-256 verifier")

add("python", "decoy-no-secret", "portal-api/app/security/password_policy.py", T(r'''
"""Customer password rules for MyAccount (NIST SP 800-63B aligned)."""
import hashlib
import re

import requests

MIN_LENGTH = 12
MAX_LENGTH = 128
BANNED = {"password", "waterbill", "cityutilities", "myaccount", "123456789012"}


def breached(password: str) -> bool:
    digest = hashlib.sha1(password.encode()).hexdigest().upper()
    prefix, suffix = digest[:5], digest[5:]
    resp = requests.get(f"https://api.pwnedpasswords.com/range/{prefix}", timeout=5)
    return any(line.split(":")[0] == suffix for line in resp.text.splitlines())


def validate(password: str, account_number: str) -> list:
    problems = []
    if not MIN_LENGTH <= len(password) <= MAX_LENGTH:
        problems.append(f"must be {MIN_LENGTH}-{MAX_LENGTH} characters")
    if password.lower() in BANNED or account_number in password:
        problems.append("too easy to guess")
    if re.fullmatch(r"(.)\1+", password):
        problems.append("cannot repeat one character")
    if breached(password):
        problems.append("appears in a known breach")
    return problems
''', ), None, "NIST SP 800-63B memorized secret guidance; HIBP range API (k-anonymity)")

add("yaml", "decoy-ciphertext", "ami/lambdas/serverless.yml", T(r"""
service: ami-alarm-fanout
provider:
  name: aws
  runtime: python3.11
  region: us-east-2
  kmsKeyArn: arn:aws:kms:us-east-2:482910337615:key/2b9d4f61-7a3c-4e8b-a1d0-6c5e9f2b3a47
  environment:
    MDM_DB_HOST: mdm-pg.utility.local
    MDM_DB_USER: alarm_fanout
    # KMS ciphertext; decrypted at cold start with kms:Decrypt (see handler.py)
    MDM_DB_PASSWORD_ENCRYPTED: AQICAHh@@ct@@
functions:
  fanout:
    handler: handler.main
    events:
      - sqs: arn:aws:sqs:us-east-2:482910337615:meter-alarms
""", ct=b64(rbytes(120))), None, "AWS Lambda docs: encrypting environment variables with KMS (ciphertext blobs)")

add("markdown", "decoy-no-secret", "ami/CHANGELOG.md", T(r"""
# Changelog - AMI integrations

## 3.4.0 - 2024-05-20
- Rotated the Sensus Analytics service account password (stored in Vault `secret/ami/sensus`).
- Neptune 360 client secret moved from `neptune360.yaml` to the ExternalSecret `neptune360-oauth`.
- BEACON export: retry on HTTP 429 with backoff.

## 3.3.2 - 2024-04-02
- Fixed DST gap handling in interval import (missing 02:00 interval on 2024-03-10).
- Kamstrup API key now read from `KAMSTRUP_API_KEY`; the old key was revoked by the vendor.

## 3.3.0 - 2024-02-12
- Added LoRaWAN (ChirpStack) uplink decoder for register reads.
""", ), None, "Keep a Changelog format (mentions of rotations without values)")

add("python", "decoy-no-secret", "crm/salesforce/sync_service_requests.py", T(r'''
"""Sync customer service requests (leaks, pressure complaints) from Salesforce to Cityworks.
Uses the OAuth 2.0 JWT bearer flow: the connected app's consumer key is an identifier;
the signing key stays in the HSM-backed file mounted at runtime."""
from simple_salesforce import Salesforce

sf = Salesforce(
    username="integration.cityworks@cityutilities.org",
    consumer_key="3MVG9@@ck@@",
    privatekey_file="/run/secrets/sf_jwt_key.pem",
    domain="login",
)

open_requests = sf.query_all(
    "SELECT Id, CaseNumber, Subject, Service_Address__c FROM Case "
    "WHERE RecordType.DeveloperName = 'Water_Service_Request' AND Status = 'New'"
)["records"]
for case in open_requests:
    print(case["CaseNumber"], case["Subject"], case["Service_Address__c"])
''', ck=draw(80, ALNUM + "._")), None, "simple-salesforce docs: JWT bearer flow (consumer_key + privatekey_file)")

add("python", "decoy-placeholder", "billing/tests/conftest.py", T(r'''
import pytest

from billing.clients import CisClient, PaymentusClient


@pytest.fixture
def cis(requests_mock):
    requests_mock.post("https://cis.test/auth", json={"token": "test-token-not-real"})
    return CisClient("https://cis.test", username="unit-test", password="not-a-real-password")


@pytest.fixture
def paymentus():
    return PaymentusClient(base_url="https://paymentus.test", hmac_key="0" * 64, biller_code="TESTBILLER")


@pytest.fixture
def residential_rate():
    return {"base_charge": 14.50, "tiers": [(0, 3000, 4.12), (3000, 10000, 5.37), (10000, None, 7.05)]}
''', ), None, "pytest fixtures with self-declared fake credentials (test-token-not-real, zeros)")

add("conf", "decoy-no-secret", "monitoring/zabbix/zabbix_agent2.d/scada-dmz.conf", T(r"""
# Zabbix agent 2 on SCADA DMZ hosts: PSK-encrypted connections to the proxy
Server=zbx-proxy-ot.utility.local
ServerActive=zbx-proxy-ot.utility.local
Hostname=pi-int01
TLSConnect=psk
TLSAccept=psk
TLSPSKIdentity=PSK-pi-int01
TLSPSKFile=/etc/zabbix/keys/pi-int01.psk
Plugins.WindowsServices.Timeout=10
""", ), None, "Zabbix docs: PSK encryption (TLSPSKFile holds the key; config holds only its path)")
