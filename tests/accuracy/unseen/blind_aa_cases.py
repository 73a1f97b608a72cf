"""Blind set AA: integration teams in healthcare, finance and government.

Interface engines (Mirth, HAPI FHIR, SMART on FHIR), batch transfers (SFTP, AS2, EDI), payment
processors and banking APIs, identity providers, integration routes (Mule, Camel, Spring
Integration), ETL jobs (Informatica, Talend, Airflow, Python), report data sources, VBA and
PowerShell jobs, and their decoys. Generated fakes only (seeds 240000-244999).
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
_SEED = [240000]


def _rng() -> random.Random:
    _SEED[0] += 7
    assert _SEED[0] < 245000
    return random.Random(_SEED[0])


def _seed() -> int:
    _SEED[0] += 7
    return _SEED[0]


WORDS = ["Harbor", "Maple", "Falcon", "Cedar", "Orbit", "Granite", "Willow", "Summit", "Lantern", "Copper",
         "Meadow", "Tundra", "Beacon", "Quartz", "Saffron", "Juniper", "Marlin", "Thistle", "Kestrel", "Basalt"]
LOWER = ["river", "candle", "mosaic", "pepper", "glacier", "violet", "anchor", "puzzle", "ember", "saddle",
         "orchid", "walnut", "harvest", "pixel", "trumpet", "lagoon"]


def words_pw() -> str:
    r = _rng()
    return r.choice(WORDS) + r.choice("!#$%@*") + r.choice(WORDS) + str(r.randint(10, 9999))


def rand_pw(n: int = 20, extra: str = "") -> str:
    r = _rng()
    return "".join(r.choice(ALNUM + extra) for _ in range(n))


def passphrase() -> str:
    r = _rng()
    return "-".join(r.sample(LOWER, 4)) + str(r.randint(1, 99))


def hexs(n: int) -> str:
    r = _rng()
    return "".join(r.choice(HEX) for _ in range(n))


def stripe_key(kind: str = "sk_live_") -> str:
    return fakes.fake(kind, 99 if kind.startswith("rk") else 24, _seed())


def slack_bot() -> str:
    r = _rng()
    return f"xoxb-{r.randint(10**10, 10**11)}-{r.randint(10**12, 10**13)}-" + "".join(r.choice(ALNUM) for _ in range(24))


def slack_webhook() -> str:
    r = _rng()
    up = string.ascii_uppercase + string.digits
    return ("https://hooks.slack.com/services/T" + "".join(r.choice(up) for _ in range(8)) + "/B"
            + "".join(r.choice(up) for _ in range(10)) + "/" + "".join(r.choice(ALNUM) for _ in range(24)))


def sendgrid_key() -> str:
    return fakes.fake("SG.", 22, _seed()) + fakes.fake(".", 43, _seed())


def twilio_token() -> str:
    return hexs(32)


def gitlab_token() -> str:
    return fakes.fake("glpat-", 20, _seed())


def npm_token() -> str:
    return fakes.fake("npm_", 36, _seed())


def square_token() -> str:
    return fakes.fake("EAAAE", 59, _seed())


def adyen_key() -> str:
    r = _rng()
    return "AQE" + "".join(r.choice(ALNUM) for _ in range(60)) + "=-" + "".join(r.choice(ALNUM + "+/") for _ in range(43)) + "=-" + "".join(r.choice(ALNUM) for _ in range(10))


def azure_secret() -> str:
    r = _rng()
    return "".join(r.choice(ALNUM) for _ in range(3)) + "8Q~" + "".join(r.choice(ALNUM + "_.-~") for _ in range(34))


def b64(s: str) -> str:
    return base64.b64encode(s.encode()).decode()


def sha256ish() -> str:
    return hexs(64)


def uuid_s() -> str:
    h = hexs(32)
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-a{h[17:20]}-{h[20:]}"


def cert_pem() -> str:
    r = _rng()
    body = "\n".join("".join(r.choice(ALNUM + "+/") for _ in range(64)) for _ in range(8))
    return "-----BEGIN CERTIFICATE-----\nMIID" + body[4:] + "\n-----END CERTIFICATE-----"


CASES: List[LabelledCase] = []


def S(fmt: str, what: str, path: str, text: str, secret: str, source: str) -> None:
    CASES.append(LabelledCase(f"blind-aa/{fmt}/{what}", path, text, secret, source))


def D(fmt: str, what: str, path: str, text: str, source: str) -> None:
    CASES.append(LabelledCase(f"blind-aa/{fmt}/decoy-{what}", path, text, None, source))


def T(template: str, **values: str) -> str:
    out = template
    for key, value in values.items():
        out = out.replace("@" + key.upper() + "@", value)
    assert "@" + "V@" not in out
    return out


def SV(fmt: str, what: str, path: str, template: str, value: str, source: str, **kw: str) -> None:
    text = T(template, v=value, **kw)
    assert value in text, path
    S(fmt, what, path, text, value, source)


def DV(fmt: str, what: str, path: str, template: str, value: str, source: str, **kw: str) -> None:
    D(fmt, what, path, T(template, v=value, **kw), source)


def b64rand(n: int) -> str:
    r = _rng()
    return base64.b64encode(bytes(r.getrandbits(8) for _ in range(n))).decode()


# --- Mirth Connect channel export (Database Reader source) -----------------------------------
MIRTH = """<channel version="3.12.0">
  <id>@ID@</id>
  <nextMetaDataId>2</nextMetaDataId>
  <name>ADT_A04_Registration_Feed</name>
  <description>Polls the registration DB and emits ADT^A04 to the EMR.</description>
  <revision>14</revision>
  <sourceConnector version="3.12.0">
    <metaDataId>0</metaDataId>
    <name>sourceConnector</name>
    <properties class="com.mirth.connect.connectors.jdbc.DatabaseReceiverProperties" version="3.12.0">
      <pollConnectorProperties version="3.12.0">
        <pollingType>INTERVAL</pollingType>
        <pollingFrequency>5000</pollingFrequency>
      </pollConnectorProperties>
      <driver>com.microsoft.sqlserver.jdbc.SQLServerDriver</driver>
      <url>jdbc:sqlserver://regdb01.stmarys.local:1433;databaseName=Registration</url>
      <username>mirth_reader</username>
      <password>@V@</password>
      <select>SELECT * FROM pending_adt WHERE processed = 0</select>
      <update>UPDATE pending_adt SET processed = 1 WHERE id = ${id}</update>
      <useScript>false</useScript>
      <aggregateResults>false</aggregateResults>
      <cacheResults>true</cacheResults>
      <keepConnectionOpen>true</keepConnectionOpen>
      <retryCount>3</retryCount>
      <retryInterval>10000</retryInterval>
      <fetchSize>1000</fetchSize>
      <encoding>DEFAULT_ENCODING</encoding>
    </properties>
    <transformer version="3.12.0">
      <inboundDataType>XML</inboundDataType>
      <outboundDataType>HL7V2</outboundDataType>
    </transformer>
    <mode>SOURCE</mode>
    <enabled>true</enabled>
  </sourceConnector>
  <destinationConnectors/>
  <exportData>
    <metadata>
      <enabled>true</enabled>
      <lastModified><time>1718200331000</time><timezone>America/Chicago</timezone></lastModified>
    </metadata>
  </exportData>
</channel>
"""
MIRTH_SRC = "https://docs.nextgen.com/bundle/Mirth_User_Guide_4_4_0/page/connect/connect/topics/c_Database_Reader_connector_mirth_ug.html"
SV("mirth-channel-xml", "database-password", "interfaces/mirth/channels/ADT_A04_Registration_Feed.xml",
   MIRTH, words_pw(), MIRTH_SRC, id=uuid_s())
SV("mirth-channel-xml", "database-password", "mirth-export/channels/Lab_Results_Outbound.xml",
   MIRTH, rand_pw(16), MIRTH_SRC, id=uuid_s())
DV("mirth-channel-xml", "configuration-map-reference", "interfaces/mirth/channels/ADT_A08_Update_Feed.xml",
   MIRTH, "${REG_DB_PASSWORD}", MIRTH_SRC, id=uuid_s())

# --- Mirth mirth.properties ------------------------------------------------------------------
MIRTHPROPS = """# Mirth Connect configuration file

# directories
dir.appdata = appdata
dir.tempdata = ${dir.appdata}/temp

# ports
http.port = 8080
https.port = 8443

# password requirements
password.minlength = 8
password.minupper = 1

# keystore
keystore.path = ${dir.appdata}/keystore.jks
keystore.storepass = @KS@
keystore.keypass = @KP@
keystore.type = JCEKS

# server
http.contextpath = /
server.url =

# database
database = postgres
database.url = jdbc:postgresql://mirthdb.hie.internal:5432/mirthdb
database.username = mirth
database.password = @V@
database.max-connections = 20
"""
MP_SRC = "https://github.com/nextgenhealthcare/connect/blob/development/server/conf/mirth.properties"
SV("mirth-properties", "database-password", "ops/mirth/conf/mirth.properties", MIRTHPROPS, passphrase(), MP_SRC,
   ks="${MIRTH_KEYSTORE_STOREPASS}", kp="${MIRTH_KEYSTORE_KEYPASS}")

# --- HAPI FHIR server application.yaml -------------------------------------------------------
HAPI = """spring:
  main:
    allow-circular-references: true
  flyway:
    enabled: false
  datasource:
    url: 'jdbc:postgresql://fhir-db.prod.svc:5432/hapi'
    username: hapi_app
    password: @V@
    driverClassName: org.postgresql.Driver
    max-active: 15
  jpa:
    properties:
      hibernate.format_sql: false
      hibernate.show_sql: false
      hibernate.dialect: ca.uhn.fhir.jpa.model.dialect.HapiFhirPostgres94Dialect
hapi:
  fhir:
    fhir_version: R4
    server_address: https://fhir.regionalhie.org/fhir
    allow_multiple_delete: false
    enforce_referential_integrity_on_write: true
    subscription:
      resthook_enabled: true
    cors:
      allow_Credentials: true
      allowed_origin:
        - 'https://portal.regionalhie.org'
"""
HAPI_SRC = "https://github.com/hapifhir/hapi-fhir-jpaserver-starter/blob/master/src/main/resources/application.yaml"
SV("hapi-fhir-yaml", "database-password", "fhir-server/src/main/resources/application-prod.yaml", HAPI, words_pw(), HAPI_SRC)

# --- SMART on FHIR backend services client --------------------------------------------------
SMART = """{
  "client_name": "Population Health Bulk Export",
  "fhir_base_url": "https://ehr.mercyhealth.org/fhir/R4",
  "token_endpoint": "https://ehr.mercyhealth.org/oauth2/token",
  "client_id": "@CID@",
  "grant_type": "client_credentials",
  "scope": "system/Patient.read system/Observation.read system/Encounter.read",
  "token_endpoint_auth_method": "client_secret_basic",
  "client_secret": "@V@",
  "bulk": {
    "group_id": "attributed-members-2024",
    "output_format": "application/fhir+ndjson",
    "poll_interval_seconds": 30
  }
}
"""
SMART_SRC = "https://hl7.org/fhir/smart-app-launch/backend-services.html"
SV("smart-client-json", "client-secret", "bulk_export/config/smart_client.prod.json", SMART, rand_pw(40, "-_"), SMART_SRC, cid=uuid_s())
DV("smart-client-json", "template-placeholder", "bulk_export/config/smart_client.example.json", SMART, "<client secret issued by the EHR app orchard>", SMART_SRC, cid="<client id>")

SMARTJWKS = """{
  "client_name": "Quality Measures Backend",
  "token_endpoint_auth_method": "private_key_jwt",
  "token_endpoint_auth_signing_alg": "RS384",
  "client_id": "@CID@",
  "jwks": {
    "keys": [
      {
        "kty": "RSA",
        "alg": "RS384",
        "use": "sig",
        "kid": "@KID@",
        "e": "AQAB",
        "n": "@N@"
      }
    ]
  }
}
"""
D("smart-jwks-json", "public-jwk", "quality_measures/registration/jwks.json",
  T(SMARTJWKS, cid=uuid_s(), kid=hexs(16), n=rand_pw(342, "-_")), SMART_SRC)

# --- SMART launch config in Python ---------------------------------------------------------
SMARTPY = '''"""SMART on FHIR settings for the provider-facing launch app."""
import os

FHIR_BASE = "https://fhir.epic.example-hospital.org/api/FHIR/R4"
AUTHORIZE_URL = FHIR_BASE.replace("/api/FHIR/R4", "/oauth2/authorize")
TOKEN_URL = FHIR_BASE.replace("/api/FHIR/R4", "/oauth2/token")

SMART_CLIENT_ID = "@CID@"
SMART_CLIENT_SECRET = @V@
SMART_REDIRECT_URI = "https://apps.example-hospital.org/riskcalc/callback"
SMART_SCOPES = [
    "launch",
    "openid",
    "fhirUser",
    "patient/Observation.read",
    "patient/Condition.read",
]
SESSION_COOKIE_SECURE = True
'''
v = rand_pw(48)
SV("python-settings", "smart-client-secret", "riskcalc/smart_config.py", SMARTPY, v, SMART_SRC, cid=uuid_s())
CASES[-1] = LabelledCase(CASES[-1].category, CASES[-1].file_name, CASES[-1].text.replace(v, '"' + v + '"'), v, SMART_SRC)

# --- HL7 v2 message sample (decoy: patient data, no credential) -----------------------------
HL7 = "\n".join([
    r"MSH|^~\&|REGADT|STMARYS|EMR|STMARYS|20240611103022||ADT^A04|MSG@N@|P|2.5.1",
    "EVN|A04|20240611103022",
    "PID|1||@MRN@^^^STMARYS^MR||DOE^JANE^Q||19800214|F|||123 MAIN ST^^SPRINGFIELD^IL^62701",
    "PV1|1|O|CLINIC^^^STMARYS||||1234567890^SMITH^JOHN",
    "IN1|1|BCBS001|BCBSIL|BLUE CROSS IL||||GRP@N@",
    "",
])
D("hl7v2-message", "control-id-and-mrn", "interfaces/samples/adt_a04_sample.hl7",
  HL7.replace("@N@", hexs(10)).replace("@MRN@", "MRN" + str(random.Random(241001).randint(10**6, 10**7))),
  "https://www.hl7.org/implement/standards/product_brief.cfm?product_id=185")

# --- SFTP batch scripts ---------------------------------------------------------------------
SFTPSH = """#!/usr/bin/env bash
# Nightly 837 claim batch to the clearinghouse. Runs from cron on etl02.
set -euo pipefail

BATCH_DIR=/data/outbound/837
ARCHIVE=/data/archive/837/$(date +%Y%m%d)
HOST=sftp.clearinghouse-partner.com
USER=stmarys_837

mkdir -p "$ARCHIVE"
shopt -s nullglob
files=("$BATCH_DIR"/*.x12)
[ ${#files[@]} -eq 0 ] && { echo "nothing to send"; exit 0; }

@V@

mv "${files[@]}" "$ARCHIVE"/
logger -t claims837 "sent ${#files[@]} files"
"""
SFTP_SRC = "https://linux.die.net/man/1/sshpass"
pw = words_pw()
S("shell-script", "sshpass-password", "scripts/batch/send_837_claims.sh",
  T(SFTPSH, v=f"sshpass -p '{pw}' sftp -oBatchMode=no -b - \"$USER@$HOST\" <<EOF\ncd /inbound/837\nmput $BATCH_DIR/*.x12\nbye\nEOF"), pw, SFTP_SRC)
pw = rand_pw(14, "!#%")
S("shell-script", "lftp-password", "scripts/batch/send_835_remits.sh",
  T(SFTPSH, v=f"lftp -u \"$USER\",'{pw}' sftp://$HOST -e \"cd /inbound/835; mput $BATCH_DIR/*.x12; bye\""), pw, "https://lftp.yar.ru/lftp-man.html")
D("shell-script", "key-file-auth", "scripts/batch/send_270_eligibility.sh",
  T(SFTPSH, v="sftp -i /etc/claims/keys/id_ed25519_clearinghouse -oBatchMode=yes -b - \"$USER@$HOST\" <<EOF\ncd /inbound/270\nmput $BATCH_DIR/*.x12\nbye\nEOF"), SFTP_SRC)

# --- WinSCP script / batch -----------------------------------------------------------------
WINSCP = '''@echo off
rem Upload daily GL extract to the bank's SFTP drop (scheduled task "GL-Bank-Upload")
set LOG=D:\\Jobs\\GLBank\\logs\\winscp_%DATE:~-4%%DATE:~4,2%%DATE:~7,2%.log

"C:\\Program Files (x86)\\WinSCP\\WinSCP.com" ^
  /log="%LOG%" /ini=nul ^
  /command ^
    "open sftp://@V@@sftp.treasury-bank.com/ -hostkey=""ssh-ed25519 255 @HK@""" ^
    "cd /incoming/gl" ^
    "put D:\\Exports\\GL\\gl_extract_*.csv" ^
    "exit"

set WINSCP_RESULT=%ERRORLEVEL%
if %WINSCP_RESULT% equ 0 (echo Success) else (echo Error & exit /b 1)
'''
WINSCP_SRC = "https://winscp.net/eng/docs/guide_automation"
pw = rand_pw(18)
S("windows-batch", "sftp-url-password", "jobs/gl_bank_upload/upload.cmd", T(WINSCP, v="acme_gl:" + pw, hk=rand_pw(43, "+/")), pw, WINSCP_SRC)
D("windows-batch", "host-key-fingerprint", "jobs/ap_bank_upload/upload.cmd", T(WINSCP, v="acme_ap", hk=rand_pw(43, "+/")).replace("/ini=nul", "/ini=nul /privatekey=D:\\Keys\\ap_bank.ppk"), WINSCP_SRC)

# --- OpenAS2 partnerships.xml ---------------------------------------------------------------
AS2 = """<partnerships>
  <partner name="acmehealth" as2_id="ACMEHEALTH" x509_alias="acmehealth" email="edi@acmehealth.com"/>
  <partner name="bcbs" as2_id="BCBSEDI01" x509_alias="bcbs" email="as2support@bcbs-edi.com"/>
  <partnership name="acmehealth-to-bcbs">
    <sender name="acmehealth"/>
    <receiver name="bcbs"/>
    <attribute name="protocol" value="as2"/>
    <attribute name="subject" value="X12 837 from ACME Health"/>
    <attribute name="as2_url" value="https://as2.bcbs-edi.com:4080"/>
    <attribute name="as2_mdn_to" value="edi@acmehealth.com"/>
    <attribute name="encrypt" value="AES256"/>
    <attribute name="sign" value="SHA256"/>
    <attribute name="resend_max_retries" value="3"/>
    <attribute name="prevent_canonicalization_for_mic" value="false"/>
    <attribute name="@K@" value="@V@"/>
  </partnership>
</partnerships>
"""
AS2_SRC = "https://github.com/OpenAS2/OpenAs2App/blob/master/Server/src/config/partnerships.xml"
DV("openas2-xml", "fingerprint", "edi/openas2/config/partnerships.xml", AS2, "SHA1:" + ":".join(hexs(2).upper() for _ in range(20)), AS2_SRC, k="x509_fingerprint")
SV("openas2-xml", "basic-auth-password", "edi/openas2-prod/config/partnerships.xml", AS2, words_pw(), AS2_SRC, k="http_auth_password")

AS2CFG = """<openas2>
  <properties storageBaseDir="%home%/../data" log_date_format="yyyy-MM-dd HH:mm:ss.SSS"/>
  <certificates classname="org.openas2.cert.PKCS12CertificateFactory"
                filename="%home%/as2_certs.p12"
                password="@V@"
                interval="300"/>
  <partnerships classname="org.openas2.partner.XMLPartnershipFactory"
                filename="%home%/partnerships.xml"
                interval="120"/>
  <module classname="org.openas2.processor.receiver.AS2ReceiverModule"
          port="10080"
          errordir="%home%/../data/inbox/error"
          errorformat="sender.as2_id, receiver.as2_id, headers.message-id"/>
</openas2>
"""
SV("openas2-xml", "keystore-password", "edi/openas2/config/config.xml", AS2CFG, rand_pw(12, "#!"), "https://github.com/OpenAS2/OpenAs2App/blob/master/Server/src/config/config.xml")
DV("openas2-xml", "property-reference", "edi/openas2-test/config/config.xml", AS2CFG, "$properties.certificate.password$", "https://github.com/OpenAS2/OpenAs2App/blob/master/Server/src/config/config.xml")

# --- X12 interchange (decoy: ISA header has empty authorization fields) ----------------------
X12 = """ISA*00*          *00*          *ZZ*STMARYS837     *ZZ*CLEARHOUSE01   *240611*1030*^*00501*@N@*0*P*:~
GS*HC*STMARYS837*CLEARHOUSE01*20240611*1030*1*X*005010X222A1~
ST*837*0001*005010X222A1~
BHT*0019*00*@R@*20240611*1030*CH~
NM1*41*2*ST MARYS HOSPITAL*****46*1234567890~
PER*IC*BILLING DEPT*TE*2175550100~
NM1*40*2*CLEARINGHOUSE*****46*CLEARHOUSE01~
SE*7*0001~
GE*1*1~
IEA*1*@N@~
"""
D("x12-edi", "interchange-control-number", "edi/samples/837p_outbound_sample.x12",
  X12.replace("@N@", "0000" + str(random.Random(241100).randint(10000, 99999))).replace("@R@", hexs(12).upper()), "https://x12.org/products/transaction-sets")

# --- EDI trading partner INI -----------------------------------------------------------------
EDIINI = """; Trading partner profile - generated by EDI onboarding tool
[partner]
name = Midwest Medical Supply
isa_qualifier = ZZ
isa_id = MWMEDSUPPLY
gs_id = MWMEDSUPPLY
standard = X12
version = 004010

[transport]
method = ftps
host = edi.mwmedsupply.com
port = 990
username = acme_edi
@V@
remote_in = /in
remote_out = /out

[documents]
inbound = 810,855,856
outbound = 850,860
"""
EDI_SRC = "https://docs.python.org/3/library/configparser.html"
pw = words_pw()
S("edi-partner-ini", "ftps-password", "edi/partners/mwmedsupply.ini", T(EDIINI, v="password = " + pw), pw, EDI_SRC)
D("edi-partner-ini", "keyring-reference", "edi/partners/cardinal.ini", T(EDIINI, v="password_keyring = edi/cardinal/acme_edi").replace("Midwest Medical Supply", "Cardinal Distribution"), EDI_SRC)

# --- Stripe / payment processors in Python ---------------------------------------------------
STRIPEPY = '''"""Copay collection for the patient portal."""
import logging

import stripe

log = logging.getLogger(__name__)

stripe.api_key = "@V@"
stripe.max_network_retries = 2


def charge_copay(customer_id: str, amount_cents: int, encounter_id: str) -> str:
    intent = stripe.PaymentIntent.create(
        amount=amount_cents,
        currency="usd",
        customer=customer_id,
        metadata={"encounter_id": encounter_id},
        confirm=True,
        off_session=True,
    )
    log.info("copay intent %s for encounter %s", intent.id, encounter_id)
    return intent.id
'''
STRIPE_SRC = "https://docs.stripe.com/keys"
SV("python", "stripe-secret-key", "portal/billing/copay.py", STRIPEPY, stripe_key("sk_live_"), STRIPE_SRC)
SV("python", "stripe-restricted-key", "portal/billing/copay_refunds.py", STRIPEPY, stripe_key("rk_live_"), STRIPE_SRC)
DV("python", "stripe-publishable-key", "portal/billing/copay_widget.py", STRIPEPY.replace("stripe.api_key", "PUBLISHABLE_KEY"), fakes.fake("pk_live_", 99, _seed()), STRIPE_SRC)

STRIPEENV = """# Payment service - production
NODE_ENV=production
PORT=8080
LOG_LEVEL=info
STRIPE_WEBHOOK_SECRET=@V@
STRIPE_API_VERSION=2024-04-10
PAYMENTS_DB_URL=postgres://payments@pgbouncer.internal:6432/payments
REDIS_URL=redis://cache.internal:6379/2
SENTRY_ENVIRONMENT=production
"""
SV("dotenv", "stripe-webhook-secret", "services/payments/.env.production", STRIPEENV, fakes.fake("whsec_", 32, _seed()), "https://docs.stripe.com/webhooks#verify-events")
DV("dotenv", "placeholder", "services/payments/.env.example", STRIPEENV, "whsec_...", "https://docs.stripe.com/webhooks#verify-events")

# --- Square / Adyen / Braintree --------------------------------------------------------------
SQUARE = """const { Client, Environment } = require("square");

// Gift shop POS sync - runs every 15 minutes from the hospital foundation's server
const client = new Client({
  environment: Environment.Production,
  accessToken: "@V@",
});

async function syncPayments(locationId, since) {
  const { result } = await client.paymentsApi.listPayments(since, undefined, "ASC", undefined, locationId);
  return (result.payments || []).map((p) => ({
    id: p.id,
    amount: Number(p.amountMoney.amount),
    status: p.status,
  }));
}

module.exports = { syncPayments };
"""
SQ_SRC = "https://developer.squareup.com/docs/build-basics/access-tokens"
SV("javascript", "square-access-token", "foundation/giftshop/square_sync.js", SQUARE, square_token(), SQ_SRC)

ADYEN = """adyen:
  environment: LIVE
  live-endpoint-url-prefix: 1797a841fbb37ca7-AcmeHealth
  merchant-account: AcmeHealthECOM
  api-key: "@V@"
  hmac-key-ref: vault:kv/payments/adyen#hmac
  client-key: live_@CK@
  return-url: https://pay.acmehealth.com/checkout/result
server:
  port: 8443
management:
  endpoints:
    web:
      exposure:
        include: health,info
"""
ADY_SRC = "https://docs.adyen.com/development-resources/api-credentials/"
SV("spring-yaml", "adyen-api-key", "payments-gateway/src/main/resources/application-live.yml", ADYEN, adyen_key(), ADY_SRC, ck=rand_pw(32).upper())
DV("spring-yaml", "vault-reference", "payments-gateway/src/main/resources/application-test.yml", ADYEN.replace("LIVE", "TEST"), "${vault.adyen.api-key}", ADY_SRC, ck=rand_pw(32).upper())

BRAINTREE = """# frozen_string_literal: true

# Braintree gateway for the donor portal
Braintree::Configuration.environment = :production
Braintree::Configuration.merchant_id = "@MID@"
Braintree::Configuration.public_key = "@PK@"
Braintree::Configuration.private_key = "@V@"
Braintree::Configuration.logger = Rails.logger

BRAINTREE_GATEWAY = Braintree::Gateway.new(
  environment: :production,
  merchant_id: Braintree::Configuration.merchant_id,
  public_key: Braintree::Configuration.public_key,
  private_key: Braintree::Configuration.private_key,
)
"""
BT_SRC = "https://developer.paypal.com/braintree/docs/start/hello-server/ruby"
SV("ruby", "braintree-private-key", "donor_portal/config/initializers/braintree.rb", BRAINTREE, hexs(32), BT_SRC, mid=rand_pw(16).lower(), pk=rand_pw(16).lower())
DV("ruby", "rails-credentials", "volunteer_portal/config/initializers/braintree.rb", BRAINTREE.replace('"@V@"', "@V@"), "Rails.application.credentials.dig(:braintree, :private_key)", BT_SRC, mid=rand_pw(16).lower(), pk=rand_pw(16).lower())

# --- Open Banking client config (JSON) -------------------------------------------------------
OBJSON = """{
  "aspsp": "Northbridge Bank",
  "environment": "production",
  "software_statement_id": "@SSID@",
  "organisation_id": "0015800001041RHAAY",
  "client_id": "@CID@",
  "@K@": "@V@",
  "token_url": "https://ob.northbridgebank.co.uk/as/token.oauth2",
  "accounts_api": "https://ob.northbridgebank.co.uk/open-banking/v3.1/aisp",
  "payments_api": "https://ob.northbridgebank.co.uk/open-banking/v3.1/pisp",
  "transport_cert": "certs/obwac.pem",
  "transport_key": "certs/obwac.key",
  "signing_kid": "@KID@",
  "scopes": ["accounts", "payments", "openid"]
}
"""
OB_SRC = "https://openbankinguk.github.io/dcr-docs-pub/v3.3/dynamic-client-registration.html"
SV("open-banking-json", "client-secret", "treasury/openbanking/northbridge.prod.json", OBJSON, rand_pw(36, "-"), OB_SRC, ssid=rand_pw(18), cid=uuid_s(), kid=rand_pw(27), k="client_secret")
DV("open-banking-json", "key-id-only", "treasury/openbanking/northbridge.sandbox.json", OBJSON, rand_pw(27), OB_SRC, ssid=rand_pw(18), cid=uuid_s(), kid=rand_pw(27), k="request_object_kid")

# --- SWIFT-like payment gateway properties --------------------------------------------------
SWIFTP = """# Alliance Lite2 / gateway bridge for outbound MT103 and pacs.008
gateway.bic=ACMEUS33XXX
gateway.endpoint=https://swiftgw.treasury.acme.internal:9443/api/v2
gateway.mode=LIVE
gateway.timeout.ms=30000

# mTLS
gateway.tls.keystore=/opt/gw/certs/acme-gw.p12
gateway.tls.keystore.type=PKCS12
gateway.tls.keystore.password=@V@
gateway.tls.truststore=/opt/gw/certs/swift-ca.jks

# message queue
mq.host=mq01.treasury.acme.internal
mq.port=1414
mq.channel=ACME.SVRCONN
mq.queue.out=SWIFT.OUT.MT103
mq.queue.ack=SWIFT.ACK
"""
SW_SRC = "https://www.swift.com/our-solutions/interfaces-and-integration/alliance-lite2"
SV("java-properties", "keystore-password", "treasury/swift-bridge/conf/gateway.properties", SWIFTP, words_pw(), SW_SRC)
SV("java-properties", "keystore-password", "treasury/swift-bridge/conf/gateway-dr.properties", SWIFTP, rand_pw(24, "!@#"), SW_SRC)
DV("java-properties", "jasypt-ciphertext", "treasury/swift-bridge/conf/gateway-uat.properties", SWIFTP, "ENC(" + b64rand(40)[:48] + ")", "http://www.jasypt.org/encrypting-configuration.html")

# --- PCI tokenization service ----------------------------------------------------------------
PCI = """# Card tokenization vault client (PCI scope: CDE segment B)
service:
  name: card-tokenizer
  listen: 0.0.0.0:8443
  tls:
    cert: /etc/tokenizer/tls/server.crt
    key: /etc/tokenizer/tls/server.key
vault:
  provider: vgs
  vault_id: @VID@
  route: https://@VID@.live.verygoodproxy.com
  username: US@U@
  password: @V@
tokens:
  format: FPE_SIX_T_FOUR
  retention_days: 2555
logging:
  mask_pan: true
  level: info
"""
PCI_SRC = "https://www.verygoodsecurity.com/docs/vault/concepts/access-credentials"
SV("yaml", "vault-access-credential", "cde/tokenizer/config/tokenizer.yaml", PCI, rand_pw(32), PCI_SRC, vid="tnt" + rand_pw(8).lower(), u=rand_pw(22))
DV("yaml", "sops-encrypted", "cde/tokenizer/config/tokenizer.staging.yaml", PCI + "sops:\n  kms:\n    - arn: arn:aws:kms:us-east-1:111122223333:key/" + uuid_s() + "\n  lastmodified: '2024-06-11T10:30:22Z'\n  version: 3.8.1\n",
   "ENC[AES256_GCM,data:" + b64rand(24)[:32] + ",iv:" + b64rand(24) + ",tag:" + b64rand(12) + ",type:str]", "https://github.com/getsops/sops", vid="tnt" + rand_pw(8).lower(), u=rand_pw(22))

# --- Test card numbers (decoy) ---------------------------------------------------------------
TESTCARDS = """# Test card numbers for the tokenizer's integration tests.
# These are the processors' published test PANs; they never authorise a real charge.
import pytest

TEST_PANS = {
    "visa": "4111111111111111",
    "mastercard": "5555555555554444",
    "amex": "378282246310005",
    "discover": "6011111111111117",
}


@pytest.mark.parametrize("brand,pan", sorted(TEST_PANS.items()))
def test_tokenize_roundtrip(tokenizer, brand, pan):
    token = tokenizer.tokenize(pan)
    assert token != pan
    assert token[-4:] == pan[-4:]
    assert tokenizer.detokenize(token) == pan
"""
D("python-test", "published-test-pans", "cde/tokenizer/tests/test_roundtrip.py", TESTCARDS, "https://docs.stripe.com/testing#cards")

# --- SAML IdP metadata (decoy: public signing certificate) -----------------------------------
SAMLMD = """<?xml version="1.0" encoding="UTF-8"?>
<md:EntityDescriptor xmlns:md="urn:oasis:names:tc:SAML:2.0:metadata" entityID="https://idp.state-benefits.gov/saml2/idp">
  <md:IDPSSODescriptor WantAuthnRequestsSigned="true" protocolSupportEnumeration="urn:oasis:names:tc:SAML:2.0:protocol">
    <md:KeyDescriptor use="signing">
      <ds:KeyInfo xmlns:ds="http://www.w3.org/2000/09/xmldsig#">
        <ds:X509Data>
          <ds:X509Certificate>@V@</ds:X509Certificate>
        </ds:X509Data>
      </ds:KeyInfo>
    </md:KeyDescriptor>
    <md:NameIDFormat>urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress</md:NameIDFormat>
    <md:SingleSignOnService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect" Location="https://idp.state-benefits.gov/saml2/sso"/>
    <md:SingleLogoutService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect" Location="https://idp.state-benefits.gov/saml2/slo"/>
  </md:IDPSSODescriptor>
</md:EntityDescriptor>
"""
SAML_SRC = "https://docs.oasis-open.org/security/saml/v2.0/saml-metadata-2.0-os.pdf"
DV("saml-metadata-xml", "x509-certificate", "identity/saml/idp-metadata.xml", SAMLMD, "MIID" + rand_pw(600, "+/") + "==", SAML_SRC)

# --- SAML SP settings (python3-saml settings.json) -------------------------------------------
SAMLSP = """{
  "strict": true,
  "debug": false,
  "sp": {
    "entityId": "https://caseworker.state-benefits.gov/metadata/",
    "assertionConsumerService": {
      "url": "https://caseworker.state-benefits.gov/acs/",
      "binding": "urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST"
    },
    "NameIDFormat": "urn:oasis:names:tc:SAML:1.1:nameid-format:unspecified",
    "x509cert": "",
    "privateKey": "@V@"
  },
  "idp": {
    "entityId": "https://idp.state-benefits.gov/saml2/idp",
    "singleSignOnService": {
      "url": "https://idp.state-benefits.gov/saml2/sso",
      "binding": "urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect"
    },
    "x509cert": "@CERT@"
  }
}
"""
SAMLSP_SRC = "https://github.com/SAML-Toolkits/python3-saml#settings"
pem = fakes.fake_pem(_seed(), kind="")
pem = pem.replace("BEGIN  PRIVATE", "BEGIN PRIVATE").replace("END  PRIVATE", "END PRIVATE")
pem_json = pem.replace("\n", "\\n")
S("python3-saml-json", "sp-private-key", "caseworker/saml/settings.json", T(SAMLSP, v=pem_json, cert="MIID" + rand_pw(500, "+/") + "=="), pem.split("\n")[1], SAMLSP_SRC)
DV("python3-saml-json", "empty-key-file-reference", "caseworker/saml/settings.example.json", SAMLSP.replace('"privateKey": "@V@"', '"privateKey": ""'), "", SAMLSP_SRC, cert="MIID" + rand_pw(500, "+/") + "==")

# --- Keycloak realm export -------------------------------------------------------------------
KC = """{
  "realm": "benefits",
  "enabled": true,
  "sslRequired": "external",
  "clients": [
    {
      "clientId": "eligibility-api",
      "name": "Eligibility API",
      "enabled": true,
      "clientAuthenticatorType": "client-secret",
      "secret": "@V@",
      "redirectUris": ["https://eligibility.state-benefits.gov/*"],
      "serviceAccountsEnabled": true,
      "standardFlowEnabled": false,
      "protocol": "openid-connect",
      "attributes": {
        "access.token.lifespan": "300"
      }
    }
  ],
  "smtpServer": {
    "host": "smtp.state-benefits.gov",
    "port": "587",
    "from": "noreply@state-benefits.gov",
    "starttls": "true",
    "auth": "false"
  }
}
"""
KC_SRC = "https://www.keycloak.org/server/importExport"
SV("keycloak-realm-json", "client-secret", "identity/keycloak/realms/benefits-realm.json", KC, rand_pw(32), KC_SRC)
DV("keycloak-realm-json", "masked-export", "identity/keycloak/realms/benefits-realm-partial-export.json", KC, "**********", KC_SRC)

# --- OIDC client in Node (openid-client) ----------------------------------------------------
OIDCJS = """import { Issuer } from "openid-client";

// Login.gov-style OIDC for the licensing portal
const issuer = await Issuer.discover("https://idp.int.identitysandbox.gov");

export const client = new issuer.Client({
  client_id: "urn:gov:gsa:openidconnect.profiles:sp:sso:state:licensing",
  client_secret: @V@,
  redirect_uris: ["https://licensing.state.gov/auth/callback"],
  response_types: ["code"],
  token_endpoint_auth_method: "client_secret_post",
});

export const authParams = {
  scope: "openid email profile",
  acr_values: "http://idmanagement.gov/ns/assurance/ial/1",
};
"""
OIDC_SRC = "https://github.com/panva/openid-client#readme"
v = rand_pw(43, "-_")
S("javascript", "oidc-client-secret", "licensing-portal/src/auth/oidc.mjs", T(OIDCJS, v='"' + v + '"'), v, OIDC_SRC)
DV("javascript", "env-lookup", "permits-portal/src/auth/oidc.mjs", OIDCJS, "process.env.OIDC_CLIENT_SECRET", OIDC_SRC)

# --- Azure AD app registration (terraform tfvars) --------------------------------------------
TFV = """# prod.tfvars - Entra ID app for the claims portal
tenant_id       = "@TID@"
subscription_id = "@SUB@"
location        = "eastus2"

claims_portal_client_id = "@CID@"
@V@

app_service_sku  = "P1v3"
sql_sku_name     = "GP_Gen5_4"
allowed_ip_cidrs = ["10.40.0.0/16", "10.41.0.0/16"]
tags = {
  owner       = "integration-team"
  cost_center = "CC-4410"
  data_class  = "PHI"
}
"""
TF_SRC = "https://developer.hashicorp.com/terraform/language/values/variables#variable-definitions-tfvars-files"
v = azure_secret()
S("terraform-tfvars", "azure-client-secret", "infra/envs/prod/prod.tfvars", T(TFV, v=f'claims_portal_client_secret = "{v}"', tid=uuid_s(), sub=uuid_s(), cid=uuid_s()), v, TF_SRC)
D("terraform-tfvars", "guids-only", "infra/envs/staging/staging.tfvars", T(TFV, v="# client secret is read from Key Vault by the pipeline", tid=uuid_s(), sub=uuid_s(), cid=uuid_s()), TF_SRC)

# --- MuleSoft flow XML -----------------------------------------------------------------------
MULE = """<?xml version="1.0" encoding="UTF-8"?>
<mule xmlns="http://www.mulesoft.org/schema/mule/core"
      xmlns:db="http://www.mulesoft.org/schema/mule/db"
      xmlns:http="http://www.mulesoft.org/schema/mule/http"
      xmlns:doc="http://www.mulesoft.org/schema/mule/documentation">

  <http:listener-config name="HTTP_Listener_config">
    <http:listener-connection host="0.0.0.0" port="8081"/>
  </http:listener-config>

  <db:config name="Claims_DB">
    <db:oracle-connection host="claimsdb.payer.local" port="1521" serviceName="CLMPRD"
                          user="mule_claims" password="@V@"/>
  </db:config>

  <flow name="get-claim-status">
    <http:listener config-ref="HTTP_Listener_config" path="/claims/{claimId}/status"/>
    <db:select config-ref="Claims_DB">
      <db:sql>SELECT status, adjudicated_at FROM claims WHERE claim_id = :id</db:sql>
      <db:input-parameters>#[{ id: attributes.uriParams.claimId }]</db:input-parameters>
    </db:select>
  </flow>
</mule>
"""
MULE_SRC = "https://docs.mulesoft.com/db-connector/latest/database-connector-xml-maven"
SV("mule-xml", "database-password", "claims-status-api/src/main/mule/claims-status-api.xml", MULE, words_pw(), MULE_SRC)
DV("mule-xml", "secure-property", "member-api/src/main/mule/member-api.xml", MULE, "${secure::db.password}", MULE_SRC)

MULEYAML = """http:
  port: "8081"
salesforce:
  username: "integration@payer.example.com"
  password: "@V@"
  securityToken: "@ST@"
sftp:
  host: "sftp.payer.example.com"
  username: "mule_eob"
  path: "/outbound/eob"
api:
  id: "18800312"
"""
MY_SRC = "https://docs.mulesoft.com/mule-runtime/latest/configuring-properties"
DV("mule-properties-yaml", "secure-properties-ciphertext", "eob-sync/src/main/resources/config-prod.yaml", MULEYAML, "![" + b64rand(30) + "]", "https://docs.mulesoft.com/mule-runtime/latest/secure-configuration-properties", st="![" + b64rand(24) + "]")
v = words_pw()
S("mule-properties-yaml", "salesforce-password", "eob-sync/src/main/resources/config-dev.yaml", T(MULEYAML, v=v, st="![" + b64rand(24) + "]"), v, MY_SRC)

# --- Apache Camel XML DSL and Java DSL -------------------------------------------------------
CAMELXML = """<?xml version="1.0" encoding="UTF-8"?>
<beans xmlns="http://www.springframework.org/schema/beans"
       xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
       xsi:schemaLocation="http://www.springframework.org/schema/beans http://www.springframework.org/schema/beans/spring-beans.xsd
                           http://camel.apache.org/schema/spring http://camel.apache.org/schema/spring/camel-spring.xsd">

  <camelContext id="labResultsContext" xmlns="http://camel.apache.org/schema/spring">
    <route id="labResultsFromSftp">
      <from uri="@V@"/>
      <convertBodyTo type="java.lang.String"/>
      <to uri="mllp://emr-gateway.hospital.local:6661"/>
      <log message="sent ${header.CamelFileName} to EMR"/>
    </route>
  </camelContext>
</beans>
"""
CAMEL_SRC = "https://camel.apache.org/components/4.4.x/sftp-component.html"
pw = rand_pw(16)
S("camel-spring-xml", "sftp-uri-password", "lab-bridge/src/main/resources/META-INF/spring/camel-context.xml",
  T(CAMELXML, v=f"sftp://labcorp_feed@sftp.reflab.com:22/results?password={pw}&amp;delete=true&amp;delay=60000"), pw, CAMEL_SRC)
D("camel-spring-xml", "property-placeholder", "rad-bridge/src/main/resources/META-INF/spring/camel-context.xml",
  T(CAMELXML, v="sftp://{{rad.sftp.user}}@sftp.radpartner.com:22/reports?password=RAW({{rad.sftp.password}})&amp;delete=true"), CAMEL_SRC)

CAMELJAVA = """package org.hie.bridge.routes;

import org.apache.camel.builder.RouteBuilder;
import org.springframework.stereotype.Component;

@Component
public class ImmunizationRoute extends RouteBuilder {

    @Override
    public void configure() {
        onException(Exception.class).maximumRedeliveries(3).redeliveryDelay(5000);

        from("timer:iisPoll?period=300000")
            .routeId("immunization-registry-poll")
            .setHeader("Authorization", constant("@V@"))
            .to("https://iis.state.gov/api/v1/vxu/pending")
            .split().jsonpath("$.messages[*]")
            .to("jms:queue:VXU.IN");
    }
}
"""
tok = rand_pw(12)
S("camel-java", "basic-auth-header", "hie-bridge/src/main/java/org/hie/bridge/routes/ImmunizationRoute.java",
  T(CAMELJAVA, v="Basic " + b64("hie_bridge:" + tok)), tok, "https://camel.apache.org/manual/java-dsl.html")
v = gitlab_token()
S("camel-java", "gitlab-token-header", "hie-bridge/src/main/java/org/hie/bridge/routes/MappingSyncRoute.java",
  T(CAMELJAVA.replace("ImmunizationRoute", "MappingSyncRoute").replace('"Authorization"', '"PRIVATE-TOKEN"')
    .replace("https://iis.state.gov/api/v1/vxu/pending", "https://gitlab.hie.org/api/v4/projects/42/repository/files/mappings%2Floinc.csv/raw?ref=main"), v=v), v, "https://docs.gitlab.com/ee/api/rest/authentication.html")
D("camel-java", "header-from-property", "hie-bridge/src/main/java/org/hie/bridge/routes/LabOrderRoute.java",
  T(CAMELJAVA.replace("ImmunizationRoute", "LabOrderRoute").replace('constant("@V@")', 'simple("Bearer ${properties:iis.api.token}")'), v=""), "https://camel.apache.org/manual/using-propertyplaceholder.html")

# --- Spring Integration XML ------------------------------------------------------------------
SI = """<?xml version="1.0" encoding="UTF-8"?>
<beans xmlns="http://www.springframework.org/schema/beans"
       xmlns:int-sftp="http://www.springframework.org/schema/integration/sftp"
       xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">

  <bean id="sftpSessionFactory" class="org.springframework.integration.sftp.session.DefaultSftpSessionFactory">
    <property name="host" value="sftp.medicaid.state.gov"/>
    <property name="port" value="22"/>
    <property name="user" value="mco_acme"/>
    <property name="@K@" value="@V@"/>
    <property name="allowUnknownKeys" value="false"/>
    <property name="knownHostsResource" value="classpath:known_hosts"/>
  </bean>

  <int-sftp:inbound-channel-adapter id="enrollmentInbound"
      session-factory="sftpSessionFactory"
      channel="enrollmentFiles"
      remote-directory="/outbound/834"
      local-directory="file:/data/834/in"
      auto-create-local-directory="true"
      delete-remote-files="false">
    <int:poller fixed-rate="600000" xmlns:int="http://www.springframework.org/schema/integration"/>
  </int-sftp:inbound-channel-adapter>
</beans>
"""
SI_SRC = "https://docs.spring.io/spring-integration/reference/sftp/session-factory.html"
SV("spring-integration-xml", "sftp-password", "enrollment-intake/src/main/resources/sftp-inbound.xml", SI, words_pw(), SI_SRC, k="password")
DV("spring-integration-xml", "private-key-resource", "enrollment-intake/src/main/resources/sftp-inbound-keyauth.xml", SI, "file:/etc/enrollment/keys/mco_acme_rsa", SI_SRC, k="privateKey")
SV("spring-integration-xml", "private-key-passphrase", "capitation-intake/src/main/resources/sftp-inbound.xml", SI, passphrase(), SI_SRC, k="privateKeyPassphrase")

# --- Informatica PowerCenter parameter file --------------------------------------------------
INFA = """[Global]
$PMSessionLogDir=/infa/logs/claims
$PMBadFileDir=/infa/bad/claims

[CLAIMS_DW.WF:wf_load_claims_daily.ST:s_m_stg_claims]
$$LOAD_DATE=2024-06-10
$$SRC_SYSTEM=FACETS
$DBConnection_SRC=FACETS_RO
$DBConnection_TGT=EDW_STG
@V@

[CLAIMS_DW.WF:wf_load_claims_daily.ST:s_m_dim_member]
$$LOAD_DATE=2024-06-10
$DBConnection_TGT=EDW_DIM
"""
INFA_SRC = "https://docs.informatica.com/data-integration/powercenter/10-5/advanced-workflow-guide/parameters-and-variables-in-sessions/parameter-files.html"
pw = words_pw()
S("informatica-param", "ftp-password", "etl/infa/params/wf_load_claims_daily.par", T(INFA, v="$ParamFTPUser=edw_ftp\n$ParamFTPPassword=" + pw), pw, INFA_SRC)
D("informatica-param", "connection-object-names", "etl/infa/params/wf_load_members_daily.par", T(INFA, v="$$FTP_CONN=FTP_EDW_INBOUND"), INFA_SRC)

# --- Talend context --------------------------------------------------------------------------
TALEND = """#Talend context: Production
#Tue Jun 11 09:14:52 CDT 2024
pharmacy_claims_Server=rxdb.pbm.local
pharmacy_claims_Port=1433
pharmacy_claims_Database=PBM_CLAIMS
pharmacy_claims_Schema=dbo
pharmacy_claims_Login=talend_etl
pharmacy_claims_Password=@V@
pharmacy_claims_AdditionalParams=encrypt=true;trustServerCertificate=false
output_dir=/data/talend/out/pbm
archive_dir=/data/talend/archive/pbm
notify_email=etl-alerts@pbm.local
"""
TAL_SRC = "https://help.talend.com/r/en-US/8.0/studio-user-guide/using-contexts-and-variables"
SV("talend-context", "database-password", "talend/PBM_ETL/contexts/Production.properties", TALEND, rand_pw(15, "#$"), TAL_SRC)
DV("talend-context", "encrypted-context", "talend/PBM_ETL/contexts/QA.properties", TALEND, "enc:system.encryption.key.v1:" + b64rand(33), TAL_SRC)

# --- Mainframe JCL with FTP step -------------------------------------------------------------
JCL = """//CLMXFER  JOB (ACCT01),'CLAIMS XFER',CLASS=A,MSGCLASS=X,
//         NOTIFY=&SYSUID
//*--------------------------------------------------------------*
//* SEND DAILY ELIGIBILITY EXTRACT TO DISTRIBUTED GATEWAY         *
//*--------------------------------------------------------------*
//STEP01   EXEC PGM=FTP,PARM='(EXIT TIMEOUT 120'
//SYSPRINT DD SYSOUT=*
//OUTPUT   DD SYSOUT=*
//INPUT    DD *
gateway.elig.state.gov
@V@
ascii
cd /inbound/elig
put 'PROD.ELIG.EXTRACT.D240611' elig_extract_240611.txt
quit
/*
//
"""
JCL_SRC = "https://www.ibm.com/docs/en/zos/2.5.0?topic=ftp-submitting-batch-job"
pw = rand_pw(8).upper()
S("jcl", "ftp-login", "mainframe/jcl/CLMXFER.jcl", T(JCL, v="ELIGXFR " + pw), pw, JCL_SRC)
D("jcl", "netrc-dataset", "mainframe/jcl/ENRXFER.jcl", T(JCL.replace("//INPUT    DD *", "//NETRC    DD DSN=PROD.FTP.NETRC,DISP=SHR\n//INPUT    DD *"), v="").replace("\n\nascii", "\nascii"), JCL_SRC)

# --- Mainframe bridge (Python, ibm_db / tn3270) ---------------------------------------------
MFPY = '''"""Bridge: reads pending benefit payments from DB2 on z/OS and posts them to the ledger API."""
import ibm_db
import requests

DB2_DSN = (
    "DATABASE=BENPROD;"
    "HOSTNAME=zos01.dmz.state.gov;"
    "PORT=5040;"
    "PROTOCOL=TCPIP;"
    "UID=BENBRDG;"
    @V@
    "SECURITY=SSL;"
)
LEDGER_URL = "https://ledger.treasury.state.gov/api/payments"


def pending_payments():
    conn = ibm_db.connect(DB2_DSN, "", "")
    stmt = ibm_db.exec_immediate(conn, "SELECT PAY_ID, AMOUNT, PAYEE FROM BEN.PAYMENTS WHERE STATUS = 'P'")
    row = ibm_db.fetch_assoc(stmt)
    while row:
        yield row
        row = ibm_db.fetch_assoc(stmt)
'''
MF_SRC = "https://github.com/ibmdb/python-ibmdb#connect-to-a-database"
pw = words_pw()
S("python", "db2-dsn-password", "bridges/benefits_db2/bridge.py", T(MFPY, v='"PWD=' + pw[:5] + '"\n    "' + pw[5:] + ';"'), pw, MF_SRC)
D("python", "dsn-from-environment", "bridges/pension_db2/bridge.py",
  T(MFPY, v='f"PWD={os.environ[\'DB2_PASSWORD\']};"').replace("import ibm_db\n", "import os\n\nimport ibm_db\n"), MF_SRC)

# --- Python ETL scripts ----------------------------------------------------------------------
ETL = '''#!/usr/bin/env python3
"""Load the daily GL extract into the finance warehouse."""
import csv
import sys
from datetime import date

import psycopg2

@V@


def load(path):
    with psycopg2.connect(DSN) as conn, conn.cursor() as cur, open(path, newline="") as fh:
        reader = csv.DictReader(fh)
        rows = [(r["account"], r["period"], r["amount"]) for r in reader]
        cur.executemany(
            "INSERT INTO stg.gl_balances (account, period, amount, load_date) VALUES (%s, %s, %s, %s)",
            [row + (date.today(),) for row in rows],
        )
    print(f"loaded {len(rows)} rows from {path}")


if __name__ == "__main__":
    load(sys.argv[1])
'''
ETL_SRC = "https://www.psycopg.org/docs/module.html#psycopg2.connect"
pw = rand_pw(22)
S("python-etl", "postgres-dsn", "finance_etl/load_gl.py", T(ETL, v=f'DSN = "postgresql://gl_loader:{pw}@findw.internal:5432/finance"'), pw, ETL_SRC)
pw = words_pw()
S("python-etl", "keyword-password", "finance_etl/load_ap.py", T(ETL.replace("GL extract", "AP extract").replace("gl_balances", "ap_invoices"),
  v=f'DSN = dict(host="findw.internal", dbname="finance", user="ap_loader", password="{pw}")').replace("psycopg2.connect(DSN)", "psycopg2.connect(**DSN)"), pw, ETL_SRC)
D("python-etl", "pgpass-reference", "finance_etl/load_ar.py", T(ETL.replace("GL extract", "AR extract"),
  v='# password comes from ~/.pgpass (see runbook)\nDSN = "host=findw.internal dbname=finance user=ar_loader"'), ETL_SRC)
D("python-etl", "local-throwaway-default", "finance_etl/tests/test_load_gl.py", T(ETL.replace("Load the daily GL extract into the finance warehouse.", "Exercise load() against the throwaway Postgres that docker-compose.test.yml starts."),
  v='# the disposable test container from docker-compose.test.yml; not used anywhere else\nDSN = "postgresql://postgres:postgres@localhost:55432/test"'), ETL_SRC)

# --- Airflow connections ---------------------------------------------------------------------
AFSET = """airflow:
  connections:
    - conn_id: claims_warehouse
      conn_type: postgres
      conn_host: edw.payer.internal
      conn_schema: claims
      conn_login: airflow_etl
      conn_password: @V@
      conn_port: 5432
      conn_extra:
        sslmode: require
  pools:
    - pool_name: edw_pool
      pool_slot: 4
      pool_description: limit concurrent loads
  variables:
    - variable_name: claims_bucket
      variable_value: s3://payer-claims-landing
"""
AF_SRC = "https://www.astronomer.io/docs/astro/cli/develop-project#configure-airflow_settingsyaml-local-development-only"
SV("airflow-settings-yaml", "connection-password", "airflow_settings.yaml", AFSET, words_pw(), AF_SRC)
AFJSON = """{
  "sftp_clearinghouse": {
    "conn_type": "sftp",
    "host": "sftp.clearinghouse-partner.com",
    "login": "payer_835",
    "port": 22,
    "extra": {"key_file": "/opt/airflow/keys/clearinghouse_ed25519", "no_host_key_check": false}
  },
  "edw": {
    "conn_type": "postgres",
    "host": "edw.payer.internal",
    "login": "airflow_etl",
    "password": "@V@",
    "schema": "claims",
    "port": 5432
  }
}
"""
AFJ_SRC = "https://airflow.apache.org/docs/apache-airflow/stable/howto/connection.html#import-connections-from-file"
SV("airflow-connections-json", "connection-password", "deploy/airflow/connections.json", AFJSON, rand_pw(20), AFJ_SRC)
DV("airflow-connections-json", "secrets-backend-template", "deploy/airflow/connections.template.json", AFJSON, "{{ AIRFLOW_EDW_PASSWORD }}", AFJ_SRC)

AFENV = """# Airflow worker environment (systemd EnvironmentFile)
AIRFLOW_HOME=/opt/airflow
AIRFLOW__CORE__EXECUTOR=CeleryExecutor
AIRFLOW__CORE__LOAD_EXAMPLES=False
AIRFLOW__CELERY__BROKER_URL=redis://airflow-redis.internal:6379/0
AIRFLOW__LOGGING__REMOTE_LOGGING=True
AIRFLOW__LOGGING__REMOTE_BASE_LOG_FOLDER=s3://payer-airflow-logs/
@V@
"""
AFENV_SRC = "https://airflow.apache.org/docs/apache-airflow/stable/howto/connection.html#storing-connections-in-environment-variables"
pw = rand_pw(18)
S("systemd-env", "airflow-conn-uri", "deploy/airflow/airflow-worker.env", T(AFENV, v=f"AIRFLOW_CONN_FHIR_STORE=http://fhir_reader:{pw}@fhir.regionalhie.org:443/fhir?__extra__=%7B%22verify%22%3A+true%7D"), pw, AFENV_SRC)
D("systemd-env", "secrets-backend", "deploy/airflow/airflow-scheduler.env", T(AFENV, v='AIRFLOW__SECRETS__BACKEND=airflow.providers.amazon.aws.secrets.secrets_manager.SecretsManagerBackend\nAIRFLOW__SECRETS__BACKEND_KWARGS={"connections_prefix": "airflow/connections", "variables_prefix": "airflow/variables"}'), "https://airflow.apache.org/docs/apache-airflow-providers-amazon/stable/secrets-backends/aws-secrets-manager.html")
S("systemd-env", "fernet-key", "deploy/airflow/airflow-webserver.env", T(AFENV.replace("worker environment", "webserver environment"), v="AIRFLOW__CORE__FERNET_KEY=" + base64.urlsafe_b64encode(bytes.fromhex(hexs(64))).decode()), "", "https://airflow.apache.org/docs/apache-airflow/stable/security/secrets/fernet.html")
CASES[-1] = LabelledCase(CASES[-1].category, CASES[-1].file_name, CASES[-1].text, CASES[-1].text.split("FERNET_KEY=")[1].strip(), CASES[-1].source)

AFDAG = '''from datetime import datetime, timedelta

from airflow import DAG
from airflow.providers.http.operators.http import SimpleHttpOperator
from airflow.providers.slack.notifications.slack_webhook import send_slack_webhook_notification

default_args = {"owner": "integration", "retries": 2, "retry_delay": timedelta(minutes=10)}

with DAG(
    dag_id="eligibility_270_batch",
    start_date=datetime(2024, 1, 1),
    schedule="0 2 * * *",
    catchup=False,
    default_args=default_args,
    on_failure_callback=send_slack_webhook_notification(slack_webhook_conn_id="slack_alerts", text="eligibility batch failed"),
) as dag:
    submit = SimpleHttpOperator(
        task_id="submit_270",
        http_conn_id="clearinghouse_api",
        endpoint="/v1/eligibility/batch",
        method="POST",
        headers={"Content-Type": "application/json", "X-Api-Key": @V@},
        data="{{ ti.xcom_pull(task_ids='build_batch') }}",
    )
'''
AFDAG_SRC = "https://airflow.apache.org/docs/apache-airflow-providers-http/stable/operators.html"
v = hexs(40)
S("airflow-dag", "api-key-header", "dags/eligibility_270_batch.py", T(AFDAG, v='"' + v + '"'), v, AFDAG_SRC)
D("airflow-dag", "jinja-connection-password", "dags/eligibility_271_poll.py", T(AFDAG.replace("eligibility_270_batch", "eligibility_271_poll"), v='"{{ conn.clearinghouse_api.password }}"'), AFDAG_SRC)
v = slack_webhook()
S("airflow-dag", "slack-webhook-url", "dags/remit_835_ingest.py",
  T(AFDAG.replace("eligibility_270_batch", "remit_835_ingest").replace('send_slack_webhook_notification(slack_webhook_conn_id="slack_alerts", text="eligibility batch failed")', "notify_failure"), v='"{{ var.value.clearinghouse_key }}"')
  .replace('default_args = {', 'SLACK_URL = "' + v + '"\n\n\ndef notify_failure(context):\n    import requests\n    requests.post(SLACK_URL, json={"text": f"{context[\'dag\'].dag_id} failed"}, timeout=10)\n\n\ndefault_args = {'), v,
  "https://api.slack.com/messaging/webhooks")

# --- JasperReports data adapter -------------------------------------------------------------
JASPER = """<?xml version="1.0" encoding="UTF-8"?>
<jdbcDataAdapter class="net.sf.jasperreports.data.jdbc.JdbcDataAdapterImpl">
  <name>Finance DW (prod)</name>
  <driver>oracle.jdbc.OracleDriver</driver>
  <username>rpt_finance</username>
  <password>@V@</password>
  <savePassword>true</savePassword>
  <url>jdbc:oracle:thin:@//findw-scan.gov.local:1521/FINDW</url>
  <database>FINDW</database>
  <classpath>
    <path>/opt/jasper/lib/ojdbc11.jar</path>
  </classpath>
</jdbcDataAdapter>
"""
JA_SRC = "https://community.jaspersoft.com/documentation/tibco-jaspersoft-studio-user-guide/v640/data-adapters"
SV("jasper-data-adapter", "database-password", "reports/adapters/FinanceDW_prod.xml", JASPER, words_pw(), JA_SRC)
D("jasper-data-adapter", "password-not-saved", "reports/adapters/FinanceDW_uat.xml", JASPER.replace("<password>@V@</password>\n  <savePassword>true</savePassword>", "<savePassword>false</savePassword>"), JA_SRC)

JRXML = """<?xml version="1.0" encoding="UTF-8"?>
<jasperReport xmlns="http://jasperreports.sourceforge.net/jasperreports" name="VendorPayments" pageWidth="842" pageHeight="595" orientation="Landscape" columnCount="1" uuid="@U1@">
  <property name="com.jaspersoft.studio.data.defaultdataadapter" value="FinanceDW_prod.xml"/>
  <property name="com.jaspersoft.studio.data.sql.tables" value="@T@"/>
  <parameter name="FISCAL_PERIOD" class="java.lang.String"/>
  <queryString>
    <![CDATA[SELECT vendor_id, vendor_name, SUM(amount) AS total FROM ap.payments WHERE period = $P{FISCAL_PERIOD} GROUP BY vendor_id, vendor_name]]>
  </queryString>
  <field name="VENDOR_ID" class="java.lang.String"/>
  <field name="VENDOR_NAME" class="java.lang.String"/>
  <field name="TOTAL" class="java.math.BigDecimal"/>
  <detail>
    <band height="20">
      <textField><reportElement x="0" y="0" width="200" height="20" uuid="@U2@"/><textFieldExpression><![CDATA[$F{VENDOR_NAME}]]></textFieldExpression></textField>
    </band>
  </detail>
</jasperReport>
"""
D("jrxml", "uuids-and-base64-table-layout", "reports/VendorPayments.jrxml", T(JRXML, u1=uuid_s(), u2=uuid_s(), t=b64("ap.payments ,15,15," + uuid_s() + ";")), "https://community.jaspersoft.com/documentation/tibco-jaspersoft-studio-user-guide/v640/jrxml-sources")

# --- Crystal Reports ODBC DSN ----------------------------------------------------------------
ODBC = """[ODBC Data Sources]
CountyFinance=ODBC Driver 17 for SQL Server

[CountyFinance]
Driver=ODBC Driver 17 for SQL Server
Description=Crystal Reports - county finance warehouse
Server=sqlfin01.county.local
Database=FinanceDW
UID=crystal_rpt
@V@
Encrypt=yes
TrustServerCertificate=no
"""
ODBC_SRC = "https://learn.microsoft.com/en-us/sql/connect/odbc/dsn-connection-string-attribute"
pw = words_pw()
S("odbc-ini", "dsn-password", "reporting/crystal/odbc.ini", T(ODBC, v="PWD=" + pw), pw, ODBC_SRC)
D("odbc-ini", "integrated-auth", "reporting/crystal/odbc.windows-auth.ini", T(ODBC.replace("UID=crystal_rpt\n", ""), v="Trusted_Connection=Yes"), ODBC_SRC)

# --- Excel VBA exported module ---------------------------------------------------------------
VBA = """Attribute VB_Name = "modRefreshBudget"
Option Explicit

' Refreshes the Budget vs Actual sheet from the county finance warehouse.
' Exported from BudgetVsActual_FY25.xlsm for version control.

Private Const SERVER As String = "sqlfin01.county.local"
Private Const DB As String = "FinanceDW"

Public Sub RefreshBudget()
    Dim cn As Object, rs As Object, connStr As String
    Set cn = CreateObject("ADODB.Connection")
    connStr = "Provider=MSOLEDBSQL;Data Source=" & SERVER & ";Initial Catalog=" & DB & ";" & _
              @V@
    cn.Open connStr
    Set rs = cn.Execute("SELECT dept, account, budget, actual FROM rpt.budget_vs_actual WHERE fy = 2025")
    With ThisWorkbook.Worksheets("Data")
        .Range("A2:D5000").ClearContents
        .Range("A2").CopyFromRecordset rs
    End With
    rs.Close: cn.Close
    MsgBox "Budget data refreshed", vbInformation
End Sub
"""
VBA_SRC = "https://learn.microsoft.com/en-us/sql/ado/reference/ado-api/connectionstring-property-ado"
pw = words_pw()
S("vba-module", "oledb-password", "finance/excel/vba/modRefreshBudget.bas", T(VBA, v=f'"User ID=xl_budget;Password={pw};"'), pw, VBA_SRC)
pw = rand_pw(14)
S("vba-module", "continued-line-password", "finance/excel/vba/modRefreshPayroll.bas",
  T(VBA.replace("modRefreshBudget", "modRefreshPayroll").replace("Budget vs Actual", "Payroll Accrual"), v=f'"User ID=xl_payroll;" & _\n              "Password={pw};"'), pw, VBA_SRC)
D("vba-module", "integrated-security", "finance/excel/vba/modRefreshGrants.bas",
  T(VBA.replace("modRefreshBudget", "modRefreshGrants"), v='"Integrated Security=SSPI;"'), VBA_SRC)

VBAMAIL = """Attribute VB_Name = "modSendRemit"
Option Explicit

' Emails the weekly remittance summary through the county relay (CDO).
Public Sub SendRemitSummary(ByVal attachmentPath As String)
    Dim msg As Object, conf As Object, f As Object
    Set msg = CreateObject("CDO.Message")
    Set conf = CreateObject("CDO.Configuration")
    Set f = conf.Fields
    With f
        .Item("http://schemas.microsoft.com/cdo/configuration/sendusing") = 2
        .Item("http://schemas.microsoft.com/cdo/configuration/smtpserver") = "smtp.office365.com"
        .Item("http://schemas.microsoft.com/cdo/configuration/smtpserverport") = 587
        .Item("http://schemas.microsoft.com/cdo/configuration/smtpauthenticate") = 1
        .Item("http://schemas.microsoft.com/cdo/configuration/sendusername") = "remits@county.gov"
        .Item("http://schemas.microsoft.com/cdo/configuration/sendpassword") = "@V@"
        .Item("http://schemas.microsoft.com/cdo/configuration/smtpusessl") = True
        .Update
    End With
    With msg
        Set .Configuration = conf
        .To = "treasurer@county.gov"
        .From = "remits@county.gov"
        .Subject = "Weekly remittance summary"
        .AddAttachment attachmentPath
        .Send
    End With
End Sub
"""
SV("vba-module", "smtp-password", "finance/excel/vba/modSendRemit.bas", VBAMAIL, words_pw(), "https://learn.microsoft.com/en-us/previous-versions/exchange-server/exchange-10/ms526318(v=exchg.10)")

# --- PowerShell scheduled jobs ---------------------------------------------------------------
PS = """<#
.SYNOPSIS
  Pulls the daily ACH return file from the bank and drops it for the AP team.
  Registered as scheduled task "ACH-Returns-Pull" on FINJOB01.
#>
[CmdletBinding()]
param([string]$Target = "\\\\finfs01\\AP\\ACH\\Returns")

$ErrorActionPreference = "Stop"
Import-Module Posh-SSH

@V@
$session = New-SFTPSession -ComputerName "sftp.treasury-bank.com" -Credential $cred -AcceptKey:$false

$today = Get-Date -Format "yyyyMMdd"
Get-SFTPItem -SessionId $session.SessionId -Path "/outgoing/returns/ACHRET_$today.txt" -Destination $Target
Remove-SFTPSession -SessionId $session.SessionId | Out-Null
Write-EventLog -LogName Application -Source "FinJobs" -EventId 1001 -Message "ACH returns pulled for $today"
"""
PS_SRC = "https://learn.microsoft.com/en-us/powershell/module/microsoft.powershell.security/convertto-securestring"
pw = words_pw()
S("powershell", "securestring-plaintext", "jobs/ach_returns/Pull-AchReturns.ps1",
  T(PS, v=f'$secure = ConvertTo-SecureString "{pw}" -AsPlainText -Force\n$cred = New-Object System.Management.Automation.PSCredential ("county_ach", $secure)'), pw, PS_SRC)
D("powershell", "secretmanagement-vault", "jobs/ach_origination/Push-AchOrigination.ps1",
  T(PS.replace("Pulls the daily ACH return file", "Pushes the daily ACH origination file"), v='Import-Module Microsoft.PowerShell.SecretManagement\n$cred = Get-Secret -Name "TreasuryBankSftp" -Vault "FinJobsVault"'), "https://learn.microsoft.com/en-us/powershell/utility-modules/secretmanagement/overview")
D("powershell", "dpapi-ciphertext", "jobs/positive_pay/Push-PositivePay.ps1",
  T(PS.replace("Pulls the daily ACH return file", "Pushes the positive pay issue file"),
    v='# DPAPI blob, only the FINJOB01 service account can decrypt it\n$secure = "01000000d08c9ddf0115d1118c7a00c04fc297eb01000000' + hexs(180) + '" | ConvertTo-SecureString\n$cred = New-Object System.Management.Automation.PSCredential ("county_pp", $secure)'), PS_SRC)

PSREST = """# Nightly sync of vendor master from the ERP to the payments hub
$ErrorActionPreference = 'Stop'
$erpBase = 'https://erp.county.gov/api/v2'
$hubBase = 'https://payhub.county.gov/api'

$headers = @{
    'Authorization' = 'Bearer @V@'
    'Accept'        = 'application/json'
}

$vendors = Invoke-RestMethod -Uri "$erpBase/vendors?modifiedSince=$((Get-Date).AddDays(-1).ToString('s'))" -Headers $headers
foreach ($v in $vendors.items) {
    $body = @{ id = $v.vendorId; name = $v.legalName; tin = $v.tinMasked } | ConvertTo-Json
    Invoke-RestMethod -Method Post -Uri "$hubBase/vendors" -Body $body -ContentType 'application/json' -Headers $headers
}
Write-Output "synced $($vendors.items.Count) vendors"
"""
SV("powershell", "bearer-token", "jobs/vendor_sync/Sync-Vendors.ps1", PSREST, rand_pw(64), "https://learn.microsoft.com/en-us/powershell/module/microsoft.powershell.utility/invoke-restmethod")

# --- Windows Task Scheduler XML --------------------------------------------------------------
TASK = """<?xml version="1.0" encoding="UTF-16"?>
<Task version="1.4" xmlns="http://schemas.microsoft.com/windows/2004/02/mit/task">
  <RegistrationInfo>
    <Author>COUNTY\\svc_finjobs</Author>
    <URI>\\FinJobs\\ACH-Returns-Pull</URI>
  </RegistrationInfo>
  <Triggers>
    <CalendarTrigger>
      <StartBoundary>2024-01-02T06:30:00</StartBoundary>
      <ScheduleByWeek><DaysOfWeek><Monday/><Tuesday/><Wednesday/><Thursday/><Friday/></DaysOfWeek><WeeksInterval>1</WeeksInterval></ScheduleByWeek>
    </CalendarTrigger>
  </Triggers>
  <Principals>
    <Principal id="Author">
      <UserId>S-1-5-21-3623811015-3361044348-30300820-1013</UserId>
      <LogonType>Password</LogonType>
    </Principal>
  </Principals>
  <Actions Context="Author">
    <Exec>
      <Command>powershell.exe</Command>
      <Arguments>@V@</Arguments>
    </Exec>
  </Actions>
</Task>
"""
TASK_SRC = "https://learn.microsoft.com/en-us/windows/win32/taskschd/task-scheduler-schema"
D("task-scheduler-xml", "sid-and-script-path", "jobs/ach_returns/ACH-Returns-Pull.task.xml", T(TASK, v="-NoProfile -ExecutionPolicy Bypass -File D:\\Jobs\\ach_returns\\Pull-AchReturns.ps1"), TASK_SRC)
pw = rand_pw(16, "!")
S("task-scheduler-xml", "command-line-password", "jobs/gl_export/GL-Export.task.xml",
  T(TASK.replace("ACH-Returns-Pull", "GL-Export"), v=f"-NoProfile -File D:\\Jobs\\gl_export\\Export-GL.ps1 -SqlUser gl_export -SqlPassword {pw}"), pw, TASK_SRC)

# --- .NET web.config / appsettings.json ------------------------------------------------------
WEBCONFIG = """<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <appSettings>
    <add key="PayerId" value="87726" />
    <add key="EligibilityEndpoint" value="https://api.clearinghouse-partner.com/eligibility/v3" />
    <add key="@K@" value="@V@" />
    <add key="webpages:Version" value="3.0.0.0" />
  </appSettings>
  <connectionStrings>
    <add name="PortalDb" connectionString="Server=sqlportal01;Database=ProviderPortal;Integrated Security=True;" providerName="System.Data.SqlClient" />
  </connectionStrings>
  <system.web>
    <compilation debug="false" targetFramework="4.8" />
    <httpRuntime targetFramework="4.8" enableVersionHeader="false" />
    <machineKey validationKey="AutoGenerate,IsolateApps" decryptionKey="AutoGenerate,IsolateApps" validation="HMACSHA256" />
  </system.web>
</configuration>
"""
WC_SRC = "https://learn.microsoft.com/en-us/aspnet/web-forms/overview/deployment/visual-studio-web-deployment/web-config-transformations"
SV("web-config", "api-key", "ProviderPortal/Web.config", WEBCONFIG, hexs(32), WC_SRC, k="EligibilityApiKey")
SV("web-config", "sendgrid-key", "ProviderPortal.Notify/Web.config", WEBCONFIG, sendgrid_key(), "https://www.twilio.com/docs/sendgrid/ui/account-and-settings/api-keys", k="SendGridApiKey")

APPSET = """{
  "Logging": {
    "LogLevel": {
      "Default": "Information",
      "Microsoft.AspNetCore": "Warning"
    }
  },
  "AllowedHosts": "*",
  "ConnectionStrings": {
    "Ledger": "@V@"
  },
  "Treasury": {
    "AchBatchCutoffUtc": "20:00",
    "OriginatorId": "1234567890",
    "NachaFileDirectory": "/data/nacha/out"
  },
  "Serilog": {
    "WriteTo": [ { "Name": "Console" } ]
  }
}
"""
AS_SRC = "https://learn.microsoft.com/en-us/aspnet/core/fundamentals/configuration/"
pw = words_pw()
S("appsettings-json", "sql-connection-string", "src/Treasury.Ach/appsettings.Production.json",
  T(APPSET, v=f"Server=tcp:ledger-sql.database.windows.net,1433;Initial Catalog=Ledger;User ID=ach_app;Password={pw};Encrypt=True;"), pw, AS_SRC)
D("appsettings-json", "managed-identity", "src/Treasury.Ach/appsettings.json",
  T(APPSET, v="Server=tcp:ledger-sql.database.windows.net,1433;Initial Catalog=Ledger;Authentication=Active Directory Managed Identity;Encrypt=True;"), AS_SRC)
D("appsettings-json", "key-vault-reference", "src/Treasury.Ach/appsettings.Staging.json",
  T(APPSET, v="@Microsoft.KeyVault(SecretUri=https://kv-treasury-stg.vault.azure.net/secrets/ledger-conn/)"), "https://learn.microsoft.com/en-us/azure/app-service/app-service-key-vault-references")

# --- Kubernetes Secret / Helm values ---------------------------------------------------------
K8S = """apiVersion: v1
kind: Secret
metadata:
  name: @NAME@
  namespace: integration
  labels:
    app.kubernetes.io/part-of: hie-bridge
type: Opaque
data:
  @K@: @V@
  username: @U@
"""
K8S_SRC = "https://kubernetes.io/docs/concepts/configuration/secret/"
v = rand_pw(24)
S("k8s-secret", "base64-password", "deploy/k8s/prod/fhir-db-secret.yaml", T(K8S, name="fhir-db", k="password", v=b64(v), u=b64("hapi_app")), v, K8S_SRC)
v = npm_token()
S("k8s-secret", "base64-npm-token", "deploy/k8s/ci/npm-publish-secret.yaml", T(K8S, name="npm-publish", k="token", v=b64(v), u=b64("hie-ci")), v, K8S_SRC)
SEALED = """apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata:
  name: mirth-db
  namespace: integration
spec:
  encryptedData:
    password: @V@
    username: @U@
  template:
    metadata:
      name: mirth-db
      namespace: integration
    type: Opaque
"""
DV("sealed-secret", "ciphertext", "deploy/k8s/prod/mirth-db-sealed.yaml", SEALED, "AgB" + b64rand(360), "https://github.com/bitnami-labs/sealed-secrets#usage", u="AgC" + b64rand(270))

HELM = """replicaCount: 2
image:
  repository: registry.hie.org/integration/mirth-connect
  tag: "4.4.2"
service:
  type: ClusterIP
  port: 8443
mirth:
  javaOpts: "-Xms1g -Xmx3g"
  database:
    type: postgres
    host: mirth-db.integration.svc
    name: mirthdb
    user: mirth
    @V@
resources:
  requests:
    cpu: "1"
    memory: 2Gi
ingress:
  enabled: true
  host: mirth.hie.org
"""
HELM_SRC = "https://helm.sh/docs/chart_template_guide/values_files/"
pw = passphrase()
S("helm-values", "database-password", "deploy/helm/mirth/values-prod.yaml", T(HELM, v="password: " + pw), pw, HELM_SRC)
D("helm-values", "existing-secret", "deploy/helm/mirth/values.yaml", T(HELM, v="existingSecret: mirth-db\n    existingSecretPasswordKey: password"), HELM_SRC)

# --- docker-compose --------------------------------------------------------------------------
COMPOSE = """services:
  openhim-core:
    image: jembi/openhim-core:8.4.0
    restart: unless-stopped
    environment:
      mongo_url: "@V@"
      mongo_atnaUrl: "mongodb://mongo-db:27017/openhim"
      api_authenticationTypes: '["token", "basic"]'
    ports:
      - "8080:8080"
      - "5000:5000"
      - "5001:5001"
    depends_on:
      - mongo-db
  mongo-db:
    image: mongo:6.0
    volumes:
      - mongo-data:/data/db
volumes:
  mongo-data:
"""
DC_SRC = "https://openhim.org/docs/installation/docker"
pw = rand_pw(20)
S("docker-compose", "mongodb-uri-password", "openhim/docker-compose.prod.yml", T(COMPOSE, v=f"mongodb://openhim:{pw}@mongo-db:27017/openhim?authSource=admin"), pw, DC_SRC)
D("docker-compose", "no-auth-local", "openhim/docker-compose.yml", T(COMPOSE, v="mongodb://mongo-db:27017/openhim"), DC_SRC)

# --- CI pipelines -----------------------------------------------------------------------------
GHA = """name: deploy-claims-api
on:
  push:
    branches: [main]
jobs:
  deploy:
    runs-on: ubuntu-latest
    environment: production
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-java@v4
        with:
          distribution: temurin
          java-version: "17"
      - name: Deploy to CloudHub
        run: mvn -B deploy -DmuleDeploy -Danypoint.username=svc-deployer @V@ -Denv=Production
      - name: Notify
        if: always()
        run: echo "deployed ${{ github.sha }}"
"""
GHA_SRC = "https://docs.mulesoft.com/mule-runtime/latest/deploy-to-cloudhub-2"
pw = words_pw()
S("github-actions", "maven-cli-password", ".github/workflows/deploy-claims-api.yml", T(GHA, v=f"-Danypoint.password='{pw}'"), pw, GHA_SRC)
D("github-actions", "secrets-expression", ".github/workflows/deploy-member-api.yml", T(GHA, v='-Danypoint.password="${{ secrets.ANYPOINT_PASSWORD }}"').replace("claims-api", "member-api"), "https://docs.github.com/en/actions/security-guides/using-secrets-in-github-actions")

GLCI = """stages: [test, publish]

variables:
  PIP_CACHE_DIR: "$CI_PROJECT_DIR/.cache/pip"
  @V@

test:
  stage: test
  image: python:3.11
  script:
    - pip install -e .[test]
    - pytest -q

publish:
  stage: publish
  image: python:3.11
  only: [tags]
  script:
    - pip install build twine
    - python -m build
    - twine upload dist/*
"""
GL_SRC = "https://twine.readthedocs.io/en/stable/#environment-variables"
v = fakes.pypi_token(_seed())
S("gitlab-ci", "pypi-token", "x12-parser/.gitlab-ci.yml", T(GLCI, v=f'TWINE_USERNAME: "__token__"\n  TWINE_PASSWORD: "{v}"'), v, GL_SRC)
D("gitlab-ci", "masked-variable-note", "hl7-utils/.gitlab-ci.yml", T(GLCI, v='TWINE_USERNAME: "__token__"\n  # TWINE_PASSWORD is a masked, protected CI/CD variable (Settings > CI/CD > Variables)'), GL_SRC)

JENKINS = """pipeline {
    agent { label 'integration' }
    environment {
        TALEND_HOME = '/opt/talend/cmdline'
        @V@
    }
    stages {
        stage('Build job') {
            steps {
                sh './build_job.sh PBM_ETL ${BUILD_NUMBER}'
            }
        }
        stage('Publish to Nexus') {
            steps {
                sh 'curl -fsS -u "$NEXUS_USER:$NEXUS_PASS" --upload-file target/PBM_ETL.zip https://nexus.pbm.local/repository/talend/PBM_ETL-${BUILD_NUMBER}.zip'
            }
        }
    }
}
"""
JK_SRC = "https://www.jenkins.io/doc/book/pipeline/jenkinsfile/#handling-credentials"
pw = rand_pw(16)
S("jenkinsfile", "environment-password", "talend/Jenkinsfile", T(JENKINS, v=f"NEXUS_USER = 'talend-ci'\n        NEXUS_PASS = '{pw}'"), pw, JK_SRC)
D("jenkinsfile", "credentials-binding", "talend-qa/Jenkinsfile", T(JENKINS, v="NEXUS = credentials('nexus-talend-ci')\n        NEXUS_USER = \"${NEXUS_USR}\"\n        NEXUS_PASS = \"${NEXUS_PSW}\""), JK_SRC)

# --- Maven settings.xml ----------------------------------------------------------------------
MVN = """<?xml version="1.0" encoding="UTF-8"?>
<settings xmlns="http://maven.apache.org/SETTINGS/1.0.0">
  <servers>
    <server>
      <id>anypoint-exchange-v3</id>
      <username>~~~Client~~~</username>
      <password>@CID@~?~@V@</password>
    </server>
    <server>
      <id>mulesoft-releases-ee</id>
      <username>${env.MULE_EE_USER}</username>
      <password>${env.MULE_EE_PASSWORD}</password>
    </server>
  </servers>
  <profiles>
    <profile>
      <id>mule</id>
      <repositories>
        <repository>
          <id>anypoint-exchange-v3</id>
          <url>https://maven.anypoint.mulesoft.com/api/v3/maven</url>
        </repository>
      </repositories>
    </profile>
  </profiles>
  <activeProfiles><activeProfile>mule</activeProfile></activeProfiles>
</settings>
"""
MVN_SRC = "https://docs.mulesoft.com/exchange/to-publish-assets-maven"
SV("maven-settings", "connected-app-secret", "ci/maven/settings.xml", MVN, hexs(32).upper(), MVN_SRC, cid=hexs(32))
D("maven-settings", "env-references", "ci/maven/settings-ee-only.xml",
  MVN.replace("<username>~~~Client~~~</username>\n      <password>@CID@~?~@V@</password>", "<username>${env.EXCHANGE_CLIENT}</username>\n      <password>${env.EXCHANGE_SECRET}</password>"), MVN_SRC)
v = "{" + b64rand(30) + "}"
D("maven-settings", "maven-encrypted-password", "ci/maven/settings-encrypted.xml", T(MVN, cid="", v="").replace("<password>~?~</password>", "<password>" + v + "</password>"), "https://maven.apache.org/guides/mini/guide-encryption.html")

# --- FileZilla sitemanager.xml ---------------------------------------------------------------
FZ = """<?xml version="1.0" encoding="UTF-8"?>
<FileZilla3 version="3.66.4" platform="windows">
  <Servers>
    <Folder expanded="1">Payers
      <Server>
        <Host>sftp.medicaid.state.gov</Host>
        <Port>22</Port>
        <Protocol>1</Protocol>
        <Type>0</Type>
        <User>mco_acme</User>
        @V@
        <Logontype>1</Logontype>
        <PasvMode>MODE_DEFAULT</PasvMode>
        <Name>Medicaid 834 drop</Name>
        <RemoteDir>1 0 8 outbound 1 0 3 834</RemoteDir>
        <SyncBrowsing>0</SyncBrowsing>
      </Server>
    </Folder>
  </Servers>
</FileZilla3>
"""
FZ_SRC = "https://wiki.filezilla-project.org/Command-line_arguments_(Client)"
pw = words_pw()
S("filezilla-xml", "base64-password", "tools/filezilla/sitemanager.xml", T(FZ, v=f'<Pass encoding="base64">{b64(pw)}</Pass>'), pw, FZ_SRC)
D("filezilla-xml", "key-file-logon", "tools/filezilla/sitemanager-keyauth.xml", T(FZ, v="<Keyfile>C:\\Users\\edi\\.ssh\\mco_acme.ppk</Keyfile>").replace("<Logontype>1</Logontype>", "<Logontype>5</Logontype>"), FZ_SRC)

# --- .pgpass / .netrc ------------------------------------------------------------------------
PGPASS = """# hostname:port:database:username:password
# finance warehouse loaders (etl02 service account)
findw.internal:5432:finance:gl_loader:*
findw.internal:5432:finance:ap_loader:@V@
findw-replica.internal:5432:finance:reporting:*
*:*:*:postgres:*
"""
pw = rand_pw(20)
S("pgpass", "password-entry", "ops/etl02/home/etl/.pgpass", T(PGPASS, v=pw).replace("gl_loader:*", "gl_loader:" + "*"), pw, "https://www.postgresql.org/docs/current/libpq-pgpass.html")
NETRC = """# ~/.netrc for the claims batch account
machine sftp.clearinghouse-partner.com
  login payer_835
  @V@

machine ftp.census.gov
  login anonymous
  password claims-team@payer.example.com

default login anonymous password guest
"""
NETRC_SRC = "https://www.gnu.org/software/inetutils/manual/html_node/The-_002enetrc-file.html"
pw = words_pw()
S("netrc", "machine-password", "ops/batch01/home/claims/.netrc", T(NETRC, v="password " + pw), pw, NETRC_SRC)

# --- AWS credentials file / PEM files --------------------------------------------------------
AWSCRED = """[default]
region = us-gov-west-1

[claims-archive]
aws_access_key_id = @ID@
aws_secret_access_key = @V@
region = us-gov-west-1

[readonly]
role_arn = arn:aws-us-gov:iam::123456789012:role/ClaimsReadOnly
source_profile = claims-archive
"""
AWS_SRC = "https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-files.html"
s = _seed()
SV("aws-credentials", "secret-access-key", "ops/batch01/home/claims/.aws/credentials", AWSCRED, fakes.aws_secret_key(s), AWS_SRC, id=fakes.aws_key_id(s))
DV("aws-credentials", "documentation-example-key", "docs/examples/aws/credentials.example", AWSCRED, "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", AWS_SRC, id="AKIAIOSFODNN7EXAMPLE")

pem = fakes.fake_pem(_seed(), kind="RSA")
S("pem-private-key", "rsa-private-key", "edi/openas2/certs/acmehealth_as2.key", pem + "\n", pem.split("\n")[3], "https://www.rfc-editor.org/rfc/rfc7468")
pem = fakes.fake_pem(_seed(), kind="OPENSSH")
S("pem-private-key", "openssh-private-key", "ops/batch01/home/claims/.ssh/id_clearinghouse", pem + "\n", pem.split("\n")[2], "https://man.openbsd.org/ssh-keygen")
D("pem-certificate", "certificate-chain", "edi/openas2/certs/bcbs_as2.pem", cert_pem() + "\n" + cert_pem() + "\n", "https://www.rfc-editor.org/rfc/rfc7468")
PUBKEY = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI" + rand_pw(43, "+/") + " claims@batch01\n"
D("ssh-authorized-keys", "public-keys", "ops/sftp-gw/home/mco_acme/.ssh/authorized_keys",
  "# managed by ansible role sftp_partners - do not edit\n# mco_acme (Medicaid MCO), rotated 2024-05\n" + PUBKEY + "ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABgQ" + rand_pw(500, "+/") + " edi@mco-acme\n# break-glass\nssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI" + rand_pw(43, "+/") + " oncall@hie\n", "https://man.openbsd.org/sshd.8#AUTHORIZED_KEYS_FILE_FORMAT")

# --- Jupyter notebook with output -----------------------------------------------------------
import json as _json


def notebook(cells):
    nb = {"cells": cells, "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"},
                                       "language_info": {"name": "python", "version": "3.11.6"}},
          "nbformat": 4, "nbformat_minor": 5}
    return _json.dumps(nb, indent=1) + "\n"


def code(src, outputs=()):
    return {"cell_type": "code", "execution_count": 1, "id": hexs(8), "metadata": {},
            "outputs": list(outputs), "source": src.splitlines(True)}


NB_SRC = "https://nbformat.readthedocs.io/en/latest/format_description.html"
v = rand_pw(32)
S("jupyter-notebook", "printed-env-secret", "analysis/notebooks/denial_rates_q2.ipynb", notebook([
    {"cell_type": "markdown", "id": hexs(8), "metadata": {}, "source": ["# Denial rates Q2\n", "Pulls 835 remits from the clearinghouse API."]},
    code("import os\nprint(os.environ)\n", [{"name": "stdout", "output_type": "stream", "text": [
        "environ({'HOME': '/home/jovyan', 'SHELL': '/bin/bash', 'CLEARINGHOUSE_API_SECRET': '" + v + "', 'JUPYTER_PORT': '8888'})\n"]}]),
    code("import pandas as pd\ndf = pd.read_parquet('s3://payer-analytics/remits/2024q2/')\ndf.groupby('carc').size().nlargest(10)\n"),
]), v, NB_SRC)
D("jupyter-notebook", "image-output", "analysis/notebooks/claims_lag_chart.ipynb", notebook([
    code("import matplotlib.pyplot as plt\nlag.plot(kind='hist', bins=40)\nplt.title('Claim lag (days)')\n", [
        {"output_type": "display_data", "metadata": {}, "data": {"image/png": b64rand(900), "text/plain": ["<Figure size 640x480 with 1 Axes>"]}}]),
]), NB_SRC)
v = fakes.openai_key(_seed())
S("jupyter-notebook", "openai-key-in-cell", "analysis/notebooks/prior_auth_summarizer.ipynb", notebook([
    code("from openai import OpenAI\nclient = OpenAI(api_key=\"" + v + "\")\n"),
    code("resp = client.chat.completions.create(model='gpt-4o-mini', messages=[{'role': 'user', 'content': note_text}])\nprint(resp.choices[0].message.content[:500])\n"),
]), v, "https://platform.openai.com/docs/quickstart")

# --- Markdown / RST runbooks -----------------------------------------------------------------
MDRUN = """# Runbook: re-sending a failed 834 enrollment file

1. Check the Mirth dashboard for channel `834_Enrollment_Outbound` errors.
2. Find the file under `/data/archive/834/<date>/`.
3. Re-send it by hand:

```bash
@V@
```

4. Confirm the TA1 acknowledgment arrives within 30 minutes in `/data/inbound/ta1/`.
5. Update the incident ticket with the interchange control number.
"""
pw = words_pw()
S("markdown", "curl-user-password", "docs/runbooks/resend-834.md", T(MDRUN, v=f"curl --ftp-ssl -u mco_acme:'{pw}' -T /data/archive/834/20240611/enroll_0611.x12 ftp://edi.medicaid.state.gov/inbound/"), pw, "https://curl.se/docs/manpage.html#-u")
D("markdown", "angle-bracket-placeholder", "docs/runbooks/resend-820.md", T(MDRUN.replace("834", "820"), v="curl --ftp-ssl -u mco_acme:'<password from the EDI vault entry>' -T /data/archive/820/<date>/<file>.x12 ftp://edi.medicaid.state.gov/inbound/"), "https://curl.se/docs/manpage.html#-u")

RST = """Connecting to the Open Banking sandbox
======================================

The sandbox issues a client id and secret when you register software with the directory.
Put them into ``config/sandbox.json``:

.. code-block:: json

   {
     "client_id": "your-client-id",
     "client_secret": "sk_sandbox_XXXXXXXXXXXXXXXXXXXX",
     "token_url": "https://sandbox.ob.northbridgebank.co.uk/as/token.oauth2"
   }

Then request a token::

   curl -u "$CLIENT_ID:$CLIENT_SECRET" -d grant_type=client_credentials "$TOKEN_URL"

.. note:: Never commit the real secret; the CI pipeline injects it from the vault.
"""
D("rst", "documented-format", "docs/source/openbanking/sandbox.rst", RST, "https://www.sphinx-doc.org/en/master/usage/restructuredtext/basics.html")
pw = rand_pw(18)
S("rst", "literal-block-password", "docs/source/mirth/restore.rst",
  RST.replace("Connecting to the Open Banking sandbox\n======================================", "Restoring the Mirth database\n============================")
  .split(".. code-block::")[0].replace("The sandbox issues a client id and secret when you register software with the directory.\nPut them into ``config/sandbox.json``:",
  "Restore last night's dump on the DR server:") + f"::\n\n   export PGPASSWORD='{pw}'\n   pg_restore -h mirthdb-dr.hie.internal -U mirth -d mirthdb /backups/mirthdb_latest.dump\n\nThen restart the service with ``systemctl restart mcservice``.\n", pw, "https://www.postgresql.org/docs/current/libpq-envars.html")

# --- SQL scripts ----------------------------------------------------------------------------
SQL = """-- Provision the reporting login for the state audit team
-- ticket CHG0041187, approved 2024-06-03
USE [master];
GO
@V@
GO
USE [FinanceDW];
GO
CREATE USER [audit_ro] FOR LOGIN [audit_ro];
ALTER ROLE [db_datareader] ADD MEMBER [audit_ro];
DENY SELECT ON SCHEMA::[hr] TO [audit_ro];
GO
"""
SQL_SRC = "https://learn.microsoft.com/en-us/sql/t-sql/statements/create-login-transact-sql"
pw = words_pw()
S("sql", "create-login-password", "db/migrations/V2024_06_03__audit_login.sql", T(SQL, v=f"CREATE LOGIN [audit_ro] WITH PASSWORD = N'{pw}', CHECK_POLICY = ON;"), pw, SQL_SRC)
D("sql", "windows-login", "db/migrations/V2024_06_10__audit_login_ad.sql", T(SQL, v="CREATE LOGIN [COUNTY\\StateAuditors] FROM WINDOWS;").replace("[audit_ro] FOR LOGIN [audit_ro]", "[audit_ro] FOR LOGIN [COUNTY\\StateAuditors]"), SQL_SRC)
PGSQL = """-- Oracle-style DB link for the legacy payroll bridge
BEGIN;
CREATE EXTENSION IF NOT EXISTS postgres_fdw;
CREATE SERVER payroll_legacy FOREIGN DATA WRAPPER postgres_fdw
    OPTIONS (host 'payroll-legacy.county.local', port '5432', dbname 'payroll');
CREATE USER MAPPING FOR etl_bridge SERVER payroll_legacy
    OPTIONS (user 'bridge_ro', password '@V@');
IMPORT FOREIGN SCHEMA public LIMIT TO (employees, pay_periods)
    FROM SERVER payroll_legacy INTO legacy;
COMMIT;
"""
SV("sql", "fdw-user-mapping-password", "db/bridge/001_payroll_fdw.sql", PGSQL, rand_pw(16), "https://www.postgresql.org/docs/current/postgres-fdw.html")
D("sql", "password-hash-column", "db/seed/002_portal_users.sql",
  "-- seed admin account for the provider portal; the hash is bcrypt (cost 12)\nINSERT INTO portal.users (id, email, password_hash, role, created_at)\nVALUES\n  (1, 'portal-admin@county.gov', '$2b$12$" + rand_pw(53, "./") + "', 'admin', now()),\n  (2, 'support@county.gov', '$2b$12$" + rand_pw(53, "./") + "', 'support', now());\n", "https://pypi.org/project/bcrypt/")

# --- Postman collection -----------------------------------------------------------------------
POSTMAN = """{
  "info": {
    "_postman_id": "@PID@",
    "name": "Payer Eligibility API",
    "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"
  },
  "auth": {
    "type": "apikey",
    "apikey": [
      { "key": "key", "value": "x-api-key", "type": "string" },
      { "key": "value", "value": "@V@", "type": "string" },
      { "key": "in", "value": "header", "type": "string" }
    ]
  },
  "item": [
    {
      "name": "Check eligibility",
      "request": {
        "method": "POST",
        "url": "https://api.payer.example.com/eligibility/v1/check",
        "body": { "mode": "raw", "raw": "{\\"memberId\\": \\"W123456789\\", \\"dos\\": \\"2024-06-11\\"}" }
      }
    }
  ]
}
"""
PM_SRC = "https://learning.postman.com/collection-format/getting-started/structure-of-a-collection/"
SV("postman-collection", "api-key", "api-tests/Payer Eligibility API.postman_collection.json", POSTMAN, rand_pw(40), PM_SRC, pid=uuid_s())
DV("postman-collection", "variable-reference", "api-tests/Payer Claims API.postman_collection.json", POSTMAN.replace("Payer Eligibility API", "Payer Claims API"), "{{payer_api_key}}", PM_SRC, pid=uuid_s())

# --- Logs --------------------------------------------------------------------------------------
LOG = """2024-06-11 02:00:01,114 INFO  [main] c.h.b.BridgeApp - Starting BridgeApp v2.7.1 on batch01 with PID 4412
2024-06-11 02:00:02,870 INFO  [main] c.h.b.config.DataSourceConfig - HikariPool-1 - Starting...
2024-06-11 02:00:03,402 INFO  [main] c.h.b.config.DataSourceConfig - HikariPool-1 - Start completed.
2024-06-11 02:00:03,511 DEBUG [main] c.h.b.sftp.PartnerClient - @V@
2024-06-11 02:00:04,992 INFO  [sftp-1] c.h.b.sftp.PartnerClient - connected to sftp.clearinghouse-partner.com:22
2024-06-11 02:00:07,215 INFO  [sftp-1] c.h.b.sftp.PartnerClient - downloaded 14 files (3.2 MB)
2024-06-11 02:00:09,004 WARN  [proc-2] c.h.b.x12.Parser - segment count mismatch in 835_0611_07.x12 (SE01=212, actual=211)
2024-06-11 02:00:12,630 INFO  [main] c.h.b.BridgeApp - run complete: 14 files, 1 warning
"""
LOG_SRC = "https://logback.qos.ch/manual/layouts.html"
pw = words_pw()
S("log-file", "debug-logged-password", "logs/bridge-2024-06-11.log", T(LOG, v=f"partner config: host=sftp.clearinghouse-partner.com user=payer_835 password={pw} timeout=30000"), pw, LOG_SRC)
D("log-file", "masked-and-request-ids", "logs/bridge-2024-06-12.log", T(LOG, v=f"partner config: host=sftp.clearinghouse-partner.com user=payer_835 password=****** requestId={uuid_s()} sessionId={hexs(32)}"), LOG_SRC)

# --- CSV partner inventory -----------------------------------------------------------------
CSV = """partner,protocol,host,port,username,auth,notes
BCBS IL,as2,as2.bcbs-edi.com,4080,ACMEHEALTH,cert,AS2 cert expires 2025-03
Medicaid IL,sftp,sftp.medicaid.state.gov,22,mco_acme,key,key in vault edi/medicaid
Clearinghouse,sftp,sftp.clearinghouse-partner.com,22,payer_835,@V@
LabCorp,sftp,sftp.reflab.com,22,labcorp_feed,key,rotated 2024-05
Midwest Medical,ftps,edi.mwmedsupply.com,990,acme_edi,password,in keyring
"""
pw = rand_pw(14)
S("csv", "password-column", "edi/partners/partner_inventory.csv", T(CSV, v=f"password,temp password {pw} until cutover"), pw, "https://www.rfc-editor.org/rfc/rfc4180")

# --- htpasswd (decoy: hashes) --------------------------------------------------------------
D("htpasswd", "apr1-and-bcrypt-hashes", "ops/nginx/mirth-admin.htpasswd",
  "mirthadmin:$apr1$" + rand_pw(8) + "$" + rand_pw(22, "./") + "\nauditor:$2y$10$" + rand_pw(53, "./") + "\noncall:$2y$10$" + rand_pw(53, "./") + "\nintegration:$apr1$" + rand_pw(8) + "$" + rand_pw(22, "./") + "\nreadonly:$2y$10$" + rand_pw(53, "./") + "\n",
  "https://httpd.apache.org/docs/2.4/programs/htpasswd.html")

# --- Ansible -------------------------------------------------------------------------------------
ANS = """---
# group_vars/sftp_gateways.yml
sftp_partners:
  - name: mco_acme
    chroot: /srv/sftp/mco_acme
    uid: 3101
  - name: labcorp_feed
    chroot: /srv/sftp/labcorp_feed
    uid: 3102
sftp_log_level: VERBOSE
sftp_allowed_ciphers: "aes256-gcm@openssh.com,chacha20-poly1305@openssh.com"
monitoring_api_url: https://monitor.hie.org/api/v1
@V@
"""
ANS_SRC = "https://docs.ansible.com/ansible/latest/inventory_guide/intro_inventory.html#organizing-host-and-group-variables"
v = hexs(32)
S("ansible-vars", "datadog-api-key", "ansible/group_vars/sftp_gateways.yml", T(ANS, v=f"datadog_api_key: {v}\ndatadog_site: us5.datadoghq.com"), v, "https://docs.datadoghq.com/account_management/api-app-keys/")
D("ansible-vars", "ansible-vault-blob", "ansible/group_vars/mllp_gateways.yml",
  T(ANS, v="monitoring_token: !vault |\n  $ANSIBLE_VAULT;1.1;AES256\n  " + "\n  ".join(hexs(80) for _ in range(5))), "https://docs.ansible.com/ansible/latest/vault_guide/vault_using_encrypted_content.html")
D("ansible-vars", "vault-lookup", "ansible/group_vars/as2_gateways.yml",
  T(ANS, v="monitoring_token: \"{{ lookup('community.hashi_vault.hashi_vault', 'secret=kv/data/monitoring:token') }}\""), "https://docs.ansible.com/ansible/latest/collections/community/hashi_vault/hashi_vault_lookup.html")

# --- npmrc / pip.conf / pypirc ---------------------------------------------------------------
NPMRC = """registry=https://registry.npmjs.org/
@hie:registry=https://npm.pkg.github.com/
save-exact=true
fund=false
audit-level=high
@V@
"""
v = fakes.github_token(_seed())
S("npmrc", "github-packages-token", "fhir-ui/.npmrc", T(NPMRC, v="//npm.pkg.github.com/:_authToken=" + v), v, "https://docs.github.com/en/packages/working-with-a-github-packages-registry/working-with-the-npm-registry")
PIPCONF = """[global]
timeout = 60
index-url = @V@
extra-index-url = https://pypi.org/simple
trusted-host = nexus.payer.internal

[install]
no-warn-script-location = true
"""
pw = rand_pw(20)
S("pip-conf", "index-url-password", "ops/etl02/etc/pip.conf", T(PIPCONF, v=f"https://etl-build:{pw}@nexus.payer.internal/repository/pypi-group/simple"), pw, "https://pip.pypa.io/en/stable/topics/configuration/")
PYPIRC = """[distutils]
index-servers =
    pypi
    nexus

[pypi]
username = __token__
password = @V@

[nexus]
repository = https://nexus.payer.internal/repository/pypi-internal/
username = etl-build
"""
v = fakes.pypi_token(_seed())
SV("pypirc", "pypi-token", "tools/release/.pypirc", PYPIRC, v, "https://packaging.python.org/en/latest/specifications/pypirc/")

# --- Logstash / Kafka Connect / Debezium -----------------------------------------------------
LOGSTASH = """input {
  jdbc {
    jdbc_driver_library => "/usr/share/logstash/drivers/mssql-jdbc-12.4.2.jre11.jar"
    jdbc_driver_class => "com.microsoft.sqlserver.jdbc.SQLServerDriver"
    jdbc_connection_string => "jdbc:sqlserver://sqlaudit01.county.local:1433;databaseName=AuditTrail;encrypt=true"
    jdbc_user => "logstash_audit"
    jdbc_password => "@V@"
    schedule => "*/5 * * * *"
    statement => "SELECT * FROM audit_events WHERE id > :sql_last_value ORDER BY id"
    use_column_value => true
    tracking_column => "id"
  }
}
output {
  elasticsearch {
    hosts => ["https://es.county.local:9200"]
    index => "audit-%{+YYYY.MM}"
    api_key => "${ES_API_KEY}"
  }
}
"""
SV("logstash-conf", "jdbc-password", "ops/logstash/pipeline/audit_trail.conf", LOGSTASH, words_pw(), "https://www.elastic.co/guide/en/logstash/current/plugins-inputs-jdbc.html")

DBZ = """{
  "name": "claims-cdc",
  "config": {
    "connector.class": "io.debezium.connector.sqlserver.SqlServerConnector",
    "database.hostname": "claimsdb.payer.local",
    "database.port": "1433",
    "database.user": "debezium",
    "database.password": "@V@",
    "database.names": "Claims",
    "topic.prefix": "claims",
    "table.include.list": "dbo.claim_header,dbo.claim_line",
    "schema.history.internal.kafka.bootstrap.servers": "kafka-0.kafka:9092",
    "schema.history.internal.kafka.topic": "schema-changes.claims",
    "database.encrypt": "true"
  }
}
"""
DBZ_SRC = "https://debezium.io/documentation/reference/stable/connectors/sqlserver.html"
SV("kafka-connect-json", "connector-password", "cdc/connectors/claims-cdc.json", DBZ, rand_pw(18, "#"), DBZ_SRC)
DV("kafka-connect-json", "config-provider", "cdc/connectors/members-cdc.json", DBZ.replace("claims-cdc", "members-cdc"), "${file:/opt/kafka/secrets/cdc.properties:members.password}", "https://kafka.apache.org/documentation/#config_providers")

# --- Oracle tnsnames (decoy) / sqlplus wrapper --------------------------------------------
D("tnsnames-ora", "no-credentials", "ops/oracle/network/admin/tnsnames.ora", """# tnsnames.ora - finance warehouse and payroll
FINDW =
  (DESCRIPTION =
    (ADDRESS = (PROTOCOL = TCPS)(HOST = findw-scan.gov.local)(PORT = 2484))
    (CONNECT_DATA = (SERVER = DEDICATED)(SERVICE_NAME = FINDW))
    (SECURITY = (SSL_SERVER_CERT_DN = "CN=findw-scan.gov.local,O=County,C=US"))
  )

PAYROLL =
  (DESCRIPTION =
    (ADDRESS = (PROTOCOL = TCP)(HOST = payroll-db.gov.local)(PORT = 1521))
    (CONNECT_DATA = (SERVICE_NAME = PAYPRD))
  )
""", "https://docs.oracle.com/en/database/oracle/oracle-database/19/netrf/local-naming-parameters-in-tns-ora-file.html")
SQLPLUS = """#!/bin/ksh
# Nightly payroll GL interface - called by Control-M job PAY_GL_IFACE
. /home/oracle/.profile
export ORACLE_SID=PAYPRD
LOG=/u01/app/jobs/logs/pay_gl_$(date +%Y%m%d).log

@V@ <<EOF >> $LOG
WHENEVER SQLERROR EXIT SQL.SQLCODE
SET SERVEROUTPUT ON
EXEC payroll.gl_interface.run(p_period => TO_CHAR(SYSDATE, 'YYYYMM'));
EXIT
EOF
exit $?
"""
pw = words_pw().replace("@", "#")
S("korn-shell", "sqlplus-connect-string", "mainframe/unix/pay_gl_iface.ksh", T(SQLPLUS, v=f'sqlplus -s "pay_gl/\\"{pw}\\"@PAYPRD"'), pw, "https://docs.oracle.com/en/database/oracle/oracle-database/19/sqpug/SQL-Plus-command-reference.html")
D("korn-shell", "os-authentication", "mainframe/unix/pay_ap_iface.ksh", T(SQLPLUS.replace("PAY_GL_IFACE", "PAY_AP_IFACE").replace("gl_interface", "ap_interface"), v="sqlplus -s /"), "https://docs.oracle.com/en/database/oracle/oracle-database/19/sqpug/SQL-Plus-command-reference.html")

# --- Dockerfile / Makefile -------------------------------------------------------------------
DOCKER = """FROM eclipse-temurin:17-jre
LABEL org.opencontainers.image.source="https://git.hie.org/integration/hl7-router"
WORKDIR /opt/router
COPY target/hl7-router.jar /opt/router/app.jar
COPY conf/ /opt/router/conf/
@V@
ENV JAVA_OPTS="-Xms512m -Xmx1g"
EXPOSE 6661 8080
USER 10001
HEALTHCHECK CMD curl -fsS http://localhost:8080/actuator/health || exit 1
ENTRYPOINT ["sh", "-c", "exec java $JAVA_OPTS -jar app.jar"]
"""
DK_SRC = "https://docs.docker.com/reference/dockerfile/#env"
v = slack_bot()
S("dockerfile", "env-slack-token", "hl7-router/Dockerfile", T(DOCKER, v=f"ENV ROUTER_ALERT_SLACK_TOKEN={v}"), v, "https://api.slack.com/authentication/token-types#bot")
D("dockerfile", "build-secret-mount", "hl7-router/Dockerfile.build", T(DOCKER, v="RUN --mount=type=secret,id=nexus_token,env=NEXUS_TOKEN ./fetch-plugins.sh"), "https://docs.docker.com/build/building/secrets/")
MAKE = """.PHONY: build test deploy-uat smoke

IMAGE ?= registry.hie.org/integration/hl7-router
TAG ?= $(shell git rev-parse --short HEAD)

build:
\tmvn -B -q package -DskipTests
\tdocker build -t $(IMAGE):$(TAG) .

test:
\tmvn -B test

deploy-uat:
\thelm upgrade --install hl7-router deploy/helm/hl7-router -f deploy/helm/values-uat.yaml --set image.tag=$(TAG)

smoke:
\t@V@
"""
pw = rand_pw(16)
S("makefile", "curl-basic-auth", "hl7-router/Makefile", T(MAKE, v=f"curl -fsS -u smoke:{pw} https://hl7-router.uat.hie.org/api/ping"), pw, "https://www.gnu.org/software/make/manual/make.html")
D("makefile", "commit-sha-and-checksum", "fhir-proxy/Makefile", T(MAKE.replace("hl7-router", "fhir-proxy"), v=f"echo '{sha256ish()}  target/fhir-proxy.jar' | sha256sum -c -"), "https://www.gnu.org/software/make/manual/make.html")

# --- pyproject / tox / setup.cfg -------------------------------------------------------------
PYPROJ = """[project]
name = "hie-x12"
version = "2.3.0"
description = "X12 837/835 parsing and validation helpers"
requires-python = ">=3.9"
dependencies = ["pydantic>=2", "lxml"]

[tool.pytest.ini_options]
addopts = "-q"
testpaths = ["tests"]

[tool.hie-x12.integration]
clearinghouse_url = "https://sandbox.clearinghouse-partner.com/api"
@V@
"""
v = hexs(40)
S("pyproject-toml", "tool-section-api-key", "hie-x12/pyproject.toml", T(PYPROJ, v=f'clearinghouse_api_key = "{v}"'), v, "https://packaging.python.org/en/latest/guides/writing-pyproject-toml/")
D("pyproject-toml", "sha-pins", "hie-hl7/pyproject.toml", T(PYPROJ.replace("hie-x12", "hie-hl7"), v=f'schema_bundle_sha256 = "{sha256ish()}"'), "https://packaging.python.org/en/latest/guides/writing-pyproject-toml/")
TOX = """[tox]
envlist = py39, py311, integration

[testenv]
deps = pytest
commands = pytest -q tests/unit

[testenv:integration]
passenv = HOME
setenv =
    FHIR_BASE_URL = https://hapi.fhir.org/baseR4
    @V@
commands = pytest -q tests/integration
"""
v = fakes.fake("", 40, _seed())
S("tox-ini", "setenv-token", "fhir-client-lib/tox.ini", T(TOX, v="FHIR_SANDBOX_TOKEN = " + v), v, "https://tox.wiki/en/latest/config.html#set_env")

# --- Groovy / SAS / R -------------------------------------------------------------------------
GROOVY = """// Boomi-style groovy step used by the Mirth JavaScript bridge
import groovy.json.JsonSlurper

def endpoint = 'https://api.payer.example.com/prior-auth/v2/requests'
def conn = new URL(endpoint).openConnection()
conn.setRequestMethod('POST')
conn.setDoOutput(true)
conn.setRequestProperty('Content-Type', 'application/json')
conn.setRequestProperty('Authorization', @V@)
conn.outputStream.withWriter('UTF-8') { it << message.toString() }
def resp = new JsonSlurper().parse(conn.inputStream)
return resp.trackingId
"""
v = fakes.fake("", 48, _seed())
S("groovy", "bearer-string", "scripts/groovy/submit_prior_auth.groovy", T(GROOVY, v=f"'Bearer {v}'"), v, "https://docs.groovy-lang.org/latest/html/groovy-jdk/java/net/URL.html")
SAS = """/* autoexec.sas - Medicaid analytics */
options compress=yes fullstimer;
libname claims odbc dsn="MedicaidDW" schema=claims
    user=sas_analyst @V@;
libname ref "/sasdata/reference" access=readonly;
%let rptyear = 2024;
%let outdir = /sasdata/reports/&rptyear;
"""
pw = words_pw().replace("@", "#").replace("%", "!").replace("&", "!")
S("sas", "libname-password", "analytics/sas/autoexec.sas", T(SAS, v=f'password="{pw}"'), pw, "https://documentation.sas.com/doc/en/pgmsascdc/9.4_3.5/acreldb/p1f29m86u65hken1a2x3hqhxi8a4.htm")
RSCRIPT = """library(DBI)
library(odbc)

# Quarterly HEDIS measure extract
con <- dbConnect(
  odbc::odbc(),
  Driver   = "ODBC Driver 18 for SQL Server",
  Server   = "qualitydw.payer.local",
  Database = "HEDIS",
  UID      = "r_quality",
  PWD      = @V@,
  Encrypt  = "yes"
)
measures <- dbGetQuery(con, "SELECT measure_id, numerator, denominator FROM hedis.rates WHERE year = 2024")
write.csv(measures, "out/hedis_2024.csv", row.names = FALSE)
dbDisconnect(con)
"""
pw = rand_pw(15)
S("r-script", "odbc-pwd", "analytics/r/hedis_extract.R", T(RSCRIPT, v=f'"{pw}"'), pw, "https://solutions.posit.co/connections/db/best-practices/managing-credentials/")
D("r-script", "keyring-lookup", "analytics/r/stars_extract.R", T(RSCRIPT, v='keyring::key_get("qualitydw", "r_quality")'), "https://solutions.posit.co/connections/db/best-practices/managing-credentials/")

# --- Go / C# / Java / Kotlin / PHP code -------------------------------------------------------
GO = """package remit

import (
	"context"
	"net/http"
	"time"
)

// ClearinghouseClient pulls 835 remittance files from the partner API.
type ClearinghouseClient struct {
	BaseURL string
	APIKey  string
	HTTP    *http.Client
}

func NewDefaultClient() *ClearinghouseClient {
	return &ClearinghouseClient{
		BaseURL: "https://api.clearinghouse-partner.com/v2",
		APIKey:  @V@,
		HTTP:    &http.Client{Timeout: 30 * time.Second},
	}
}

func (c *ClearinghouseClient) List(ctx context.Context) (*http.Response, error) {
	req, _ := http.NewRequestWithContext(ctx, http.MethodGet, c.BaseURL+"/remits?status=new", nil)
	req.Header.Set("X-API-Key", c.APIKey)
	return c.HTTP.Do(req)
}
"""
v = "ch_live_" + rand_pw(32)
S("go", "api-key-literal", "services/remit-puller/internal/remit/client.go", T(GO, v=f'"{v}"'), v, "https://pkg.go.dev/net/http")

CS = """using System.Net.Http.Headers;
using System.Text;

namespace Treasury.PositivePay;

public static class BankClientFactory
{
    private const string BaseUrl = "https://api.treasury-bank.com/positivepay/v1/";
    private const string ClientId = "county-treasury-pp";
    private const string ClientSecret = "@V@";

    public static HttpClient Create()
    {
        var http = new HttpClient { BaseAddress = new Uri(BaseUrl) };
        var basic = Convert.ToBase64String(Encoding.ASCII.GetBytes($"{ClientId}:{ClientSecret}"));
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", basic);
        http.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        return http;
    }
}
"""
SV("csharp", "client-secret-const", "src/Treasury.PositivePay/BankClientFactory.cs", CS, rand_pw(40, "-_"), "https://learn.microsoft.com/en-us/dotnet/api/system.net.http.headers.authenticationheadervalue")

JAVAPROPS = """spring.application.name=claims-adjudication-bridge
server.port=8443
server.ssl.key-store=classpath:bridge.p12
server.ssl.key-store-type=PKCS12
server.ssl.key-store-password=${KEYSTORE_PASSWORD}

spring.datasource.url=@V@
spring.datasource.hikari.maximum-pool-size=12

spring.jms.listener.concurrency=4
ibm.mq.queueManager=QM_CLAIMS
ibm.mq.channel=BRIDGE.SVRCONN
ibm.mq.connName=mq01.payer.local(1414)
management.endpoints.web.exposure.include=health,prometheus
"""
JP_SRC = "https://docs.spring.io/spring-boot/appendix/application-properties/index.html"
pw = rand_pw(16)
S("spring-properties", "jdbc-url-password", "claims-bridge/src/main/resources/application-prod.properties",
  T(JAVAPROPS, v=f"jdbc:sqlserver://claimsdb.payer.local:1433;databaseName=Claims;user=bridge_app;password={pw};encrypt=true"), pw, "https://learn.microsoft.com/en-us/sql/connect/jdbc/building-the-connection-url")
pw = words_pw()
S("spring-properties", "mq-password", "claims-bridge/src/main/resources/application-dr.properties",
  T(JAVAPROPS, v="jdbc:sqlserver://claimsdb-dr.payer.local:1433;databaseName=Claims;encrypt=true").replace("ibm.mq.connName", f"ibm.mq.user=bridge_mq\nibm.mq.password={pw}\nibm.mq.connName"), pw, "https://github.com/ibm-messaging/mq-jms-spring#configuration-options")

KT = """package gov.state.licensing.notify

import com.twilio.Twilio
import com.twilio.rest.api.v2010.account.Message
import com.twilio.type.PhoneNumber

object SmsNotifier {
    private const val ACCOUNT_SID = "AC@SID@"
    private const val AUTH_TOKEN = "@V@"
    private const val FROM = "+12175550142"

    init {
        Twilio.init(ACCOUNT_SID, AUTH_TOKEN)
    }

    fun renewalReminder(to: String, licenseNo: String) {
        Message.creator(PhoneNumber(to), PhoneNumber(FROM),
            "Your license $licenseNo expires in 30 days. Renew at https://licensing.state.gov").create()
    }
}
"""
SV("kotlin", "twilio-auth-token", "licensing-notify/src/main/kotlin/gov/state/licensing/notify/SmsNotifier.kt", KT, twilio_token(), "https://www.twilio.com/docs/libraries/java", sid=hexs(32))

PHP = """<?php
// config/services.php - permit payments
return [
    'payment_gateway' => [
        'driver' => 'authorize_net',
        'login_id' => '@LID@',
        'transaction_key' => '@V@',
        'sandbox' => false,
    ],
    'mail' => [
        'from' => 'permits@city.gov',
        'reply_to' => 'no-reply@city.gov',
    ],
    'gis' => [
        'parcel_api' => 'https://gis.city.gov/arcgis/rest/services/Parcels/MapServer/0',
    ],
];
"""
SV("php", "authorize-net-transaction-key", "permits/config/services.php", PHP, rand_pw(16), "https://developer.authorize.net/api/reference/index.html#authentication", lid=rand_pw(10))

# --- Django / Redis / Telegram ------------------------------------------------------------------
DJ = '''"""Django settings for the benefits caseworker portal (production)."""
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent
DEBUG = False
ALLOWED_HOSTS = ["caseworker.state-benefits.gov"]

SECRET_KEY = "@V@"

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "djangosaml2",
    "cases",
]
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
SAML_CONFIG_LOADER = "cases.saml.config_loader"
'''
SV("django-settings", "secret-key", "caseworker/caseworker/settings/production.py", DJ, fakes.django_secret_key(_seed()), "https://docs.djangoproject.com/en/5.0/ref/settings/#secret-key")
D("django-settings", "test-settings-marked", "caseworker/caseworker/settings/test.py",
  DJ.replace("(production)", "(unit tests only)").replace('SECRET_KEY = "@V@"', 'SECRET_KEY = "django-insecure-test-only-not-secret"  # test runner only, never deployed'), "https://docs.djangoproject.com/en/5.0/ref/settings/#secret-key")

REDISCONF = """# redis.conf for the session/cache tier of the caseworker portal
bind 10.20.4.11
port 0
tls-port 6380
tls-cert-file /etc/redis/tls/redis.crt
tls-key-file /etc/redis/tls/redis.key
tls-ca-cert-file /etc/redis/tls/ca.crt
maxmemory 4gb
maxmemory-policy allkeys-lru
@V@
appendonly no
"""
v = fakes.redis_password(_seed())
S("redis-conf", "requirepass", "ops/redis/caseworker-cache.conf", T(REDISCONF, v="requirepass " + v), v, "https://redis.io/docs/latest/operate/oss_and_stack/management/config-file/")
v = fakes.redis_password(_seed())
S("redis-conf", "acl-user-password", "ops/redis/portal-sessions.conf", T(REDISCONF, v=f"user default off\nuser portal on >{v} ~session:* +@read +@write"), v, "https://redis.io/docs/latest/operate/oss_and_stack/management/security/acl/")

TGPY = '''"""On-call alerts for the interface engine go to the integration team's Telegram group."""
import requests

BOT_TOKEN = "@V@"
CHAT_ID = -1001987654321


def alert(channel: str, error_count: int) -> None:
    text = f"Mirth channel {channel} has {error_count} errored messages"
    requests.post(
        f"https://api.telegram.org/bot{BOT_TOKEN}/sendMessage",
        json={"chat_id": CHAT_ID, "text": text},
        timeout=10,
    )
'''
SV("python", "telegram-bot-token", "ops/alerting/telegram_alert.py", TGPY, fakes.telegram_token(_seed()), "https://core.telegram.org/bots/api#authorizing-your-bot")

# --- crontab / supervisord / systemd unit --------------------------------------------------------
CRON = """# m h dom mon dow  command  (etl02, user etl)
MAILTO=etl-alerts@payer.example.com
PATH=/usr/local/bin:/usr/bin:/bin

# 837 outbound
15 1 * * * /opt/etl/scripts/send_837_claims.sh >> /var/log/etl/837.log 2>&1
# eligibility refresh
30 3 * * * @V@ >> /var/log/etl/elig.log 2>&1
# weekly cleanup
0 5 * * 0 find /data/archive -mtime +400 -delete
"""
pw = rand_pw(18)
S("crontab", "mysql-cli-password", "ops/etl02/crontab.etl", T(CRON, v=f"mysqldump -h eligdb.payer.local -u elig_backup -p'{pw}' eligibility | gzip > /backup/elig_$(date +\\%F).sql.gz"), pw, "https://dev.mysql.com/doc/refman/8.0/en/mysqldump.html")
D("crontab", "option-file", "ops/etl03/crontab.etl", T(CRON, v="mysqldump --defaults-extra-file=/etc/etl/backup.cnf eligibility | gzip > /backup/elig_$(date +\\%F).sql.gz"), "https://dev.mysql.com/doc/refman/8.0/en/option-files.html")

SUPV = """[program:hl7-listener]
command=/opt/hl7/venv/bin/python -m hl7listener --port 2575
directory=/opt/hl7
user=hl7
autostart=true
autorestart=true
stdout_logfile=/var/log/hl7/listener.log
redirect_stderr=true
environment=HL7_ARCHIVE_DIR="/data/hl7/archive",@V@

[program:hl7-forwarder]
command=/opt/hl7/venv/bin/python -m hl7forwarder
user=hl7
autorestart=true
"""
v = sendgrid_key()
S("supervisord-conf", "environment-api-key", "ops/hl7/supervisor/hl7.conf", T(SUPV, v=f'SENDGRID_API_KEY="{v}"'), v, "http://supervisord.org/configuration.html#program-x-section-values")

UNIT = """[Unit]
Description=FHIR subscription relay
After=network-online.target
Wants=network-online.target

[Service]
Type=simple
User=fhirrelay
WorkingDirectory=/opt/fhir-relay
@V@
Environment=RELAY_UPSTREAM=https://fhir.regionalhie.org/fhir
ExecStart=/opt/fhir-relay/bin/relay --listen :9090
Restart=on-failure

[Install]
WantedBy=multi-user.target
"""
UNIT_SRC = "https://www.freedesktop.org/software/systemd/man/latest/systemd.exec.html#Environment="
v = fakes.github_fine_grained_token(_seed())
S("systemd-unit", "environment-github-token", "ops/fhir-relay/fhir-relay.service", T(UNIT, v=f'Environment="RELAY_CONFIG_REPO_TOKEN={v}"'), v, UNIT_SRC)
D("systemd-unit", "load-credential", "ops/fhir-relay/fhir-relay-dr.service", T(UNIT, v="LoadCredential=upstream-token:/etc/fhir-relay/upstream-token"), "https://systemd.io/CREDENTIALS/")

# --- AWS session token in a shell profile ------------------------------------------------------
AWSSH = """# sourced by the claims-archive export job (temporary creds from the break-glass role)
# expires 2024-06-11T14:30:00Z
export AWS_DEFAULT_REGION=us-gov-west-1
export AWS_ACCESS_KEY_ID=ASIA@KID@
export AWS_SECRET_ACCESS_KEY=@SK@
export AWS_SESSION_TOKEN=@V@
export ARCHIVE_BUCKET=s3://payer-claims-archive-gov
"""
s = _seed()
v = fakes.aws_session_token(s)
S("shell-env", "aws-session-token", "ops/batch01/claims_archive_creds.sh", T(AWSSH, v=v, kid=fakes.aws_key_id(s)[4:], sk=fakes.aws_secret_key(s)), v, "https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-envvars.html")

# --- HashiCorp Vault agent config (decoy) -------------------------------------------------------
D("vault-agent-hcl", "approle-file-paths", "ops/vault-agent/mirth-agent.hcl", """pid_file = "/run/vault-agent/pid"

auto_auth {
  method "approle" {
    mount_path = "auth/approle"
    config = {
      role_id_file_path   = "/etc/vault-agent/role-id"
      secret_id_file_path = "/etc/vault-agent/secret-id"
      remove_secret_id_file_after_reading = true
    }
  }
  sink "file" {
    config = { path = "/run/vault-agent/token" }
  }
}

template {
  source      = "/etc/vault-agent/templates/mirth.properties.ctmpl"
  destination = "/opt/mirth/conf/mirth.properties"
}
""", "https://developer.hashicorp.com/vault/docs/agent-and-proxy/agent")
D("consul-template", "secret-template", "ops/vault-agent/templates/mirth.properties.ctmpl", """# rendered by vault agent, do not edit the rendered file
database = postgres
database.url = jdbc:postgresql://mirthdb.hie.internal:5432/mirthdb
{{ with secret "database/creds/mirth" -}}
database.username = {{ .Data.username }}
database.password = {{ .Data.password }}
{{- end }}
keystore.storepass = {{ with secret "kv/data/mirth/keystore" }}{{ .Data.data.storepass }}{{ end }}
""", "https://github.com/hashicorp/consul-template/blob/main/docs/templating-language.md#secret")

# --- Mirth SMTP destination / HTTP sender --------------------------------------------------------
MIRTHSMTP = """<connector version="3.12.0">
  <metaDataId>2</metaDataId>
  <name>Notify Case Manager</name>
  <properties class="com.mirth.connect.connectors.smtp.SmtpDispatcherProperties" version="3.12.0">
    <smtpHost>smtp.office365.com</smtpHost>
    <smtpPort>587</smtpPort>
    <overrideLocalBinding>false</overrideLocalBinding>
    <timeout>5000</timeout>
    <encryption>TLS</encryption>
    <authentication>true</authentication>
    <username>interfaces@stmarys.org</username>
    <password>@V@</password>
    <to>${caseManagerEmail}</to>
    <from>interfaces@stmarys.org</from>
    <subject>Discharge notice for ${patientMrn}</subject>
    <html>false</html>
  </properties>
  <transportName>SMTP Sender</transportName>
  <mode>DESTINATION</mode>
  <enabled>true</enabled>
</connector>
"""
SMTP_SRC = "https://docs.nextgen.com/bundle/Mirth_User_Guide_4_4_0/page/connect/connect/topics/c_SMTP_Sender_connector_mirth_ug.html"
SV("mirth-connector-xml", "smtp-password", "interfaces/mirth/connectors/notify_case_manager.xml", MIRTHSMTP, words_pw(), SMTP_SRC)
DV("mirth-connector-xml", "channel-variable", "interfaces/mirth/connectors/notify_pcp.xml", MIRTHSMTP.replace("Notify Case Manager", "Notify PCP"), "${cfg_smtp_password}", SMTP_SRC)

MIRTHJS = """// Mirth destination transformer: post the FHIR bundle to the state immunization registry
var bundle = JSON.parse(connectorMessage.getEncodedData());
var client = org.apache.http.impl.client.HttpClients.createDefault();
var post = new org.apache.http.client.methods.HttpPost("https://iis.state.gov/fhir/Bundle");
post.setHeader("Content-Type", "application/fhir+json");
post.setHeader("Authorization", "Bearer " + @V@);
post.setEntity(new org.apache.http.entity.StringEntity(JSON.stringify(bundle), "UTF-8"));
var resp = client.execute(post);
channelMap.put("iisStatus", resp.getStatusLine().getStatusCode());
if (resp.getStatusLine().getStatusCode() >= 300) {
    throw "IIS rejected bundle: " + resp.getStatusLine();
}
"""
v = rand_pw(36)
S("mirth-javascript", "bearer-literal", "interfaces/mirth/code/iis_post_bundle.js", T(MIRTHJS, v=f'"{v}"'), v, "https://docs.nextgen.com/bundle/Mirth_User_Guide_4_4_0/page/connect/connect/topics/c_JavaScript_Writer_connector_mirth_ug.html")
D("mirth-javascript", "configuration-map", "interfaces/mirth/code/iis_query.js", T(MIRTHJS, v='configurationMap.get("iisToken")'), "https://docs.nextgen.com/bundle/Mirth_User_Guide_4_4_0/page/connect/connect/topics/c_Variable_maps_mirth_ug.html")

# --- Kafka client properties (JAAS) -------------------------------------------------------------
KAFKA = """# ADT event stream consumer (Confluent Cloud)
bootstrap.servers=pkc-4nym6.us-east-1.aws.confluent.cloud:9092
security.protocol=SASL_SSL
sasl.mechanism=PLAIN
@V@
group.id=adt-consumer-population-health
auto.offset.reset=earliest
enable.auto.commit=false
client.dns.lookup=use_all_dns_ips
session.timeout.ms=45000
"""
v = rand_pw(64, "+/")
S("kafka-properties", "jaas-config-password", "pophealth/adt-consumer/config/client.properties",
  T(KAFKA, v=f"sasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule required username='{rand_pw(16).upper()}' password='{v}';"), v, "https://docs.confluent.io/platform/current/kafka/authentication_sasl/authentication_sasl_plain.html")

# --- Spring Security OAuth2 client (Open Banking) -------------------------------------------------
OAUTHYML = """spring:
  security:
    oauth2:
      client:
        registration:
          northbridge:
            provider: northbridge
            client-id: @CID@
            client-secret: @V@
            authorization-grant-type: client_credentials
            scope: accounts,payments
        provider:
          northbridge:
            token-uri: https://ob.northbridgebank.co.uk/as/token.oauth2
server:
  ssl:
    enabled: true
logging:
  level:
    org.springframework.security: INFO
"""
SV("spring-yaml", "oauth2-client-secret", "treasury/cash-position/src/main/resources/application-prod.yml", OAUTHYML, rand_pw(48, "-_"), "https://docs.spring.io/spring-security/reference/servlet/oauth2/client/core.html", cid=uuid_s())

# --- Python requests basic auth (SWIFT gpi tracker) ----------------------------------------------
GPI = '''"""Poll payment status from the bank's gpi tracker proxy for outgoing wires."""
import requests
from requests.auth import HTTPBasicAuth

TRACKER = "https://gpi.treasury-bank.com/swift-apitracker/v5/payments/{uetr}/transactions"
AUTH = HTTPBasicAuth("county-treasury-api", @V@)


def wire_status(uetr: str) -> str:
    resp = requests.get(TRACKER.format(uetr=uetr), auth=AUTH, timeout=20,
                        cert=("/etc/treasury/tls/client.crt", "/etc/treasury/tls/client.key"))
    resp.raise_for_status()
    return resp.json()["transaction_status"]["status"]


if __name__ == "__main__":
    import sys
    print(wire_status(sys.argv[1]))
'''
pw = words_pw()
S("python", "basic-auth-tuple", "treasury/wires/gpi_status.py", T(GPI, v=f'"{pw}"'), pw, "https://developer.swift.com/apis/gpi-tracker")

# --- git credentials / docker config -------------------------------------------------------------
v = gitlab_token()
S("gitmodules", "token-in-submodule-url", "interfaces/.gitmodules",
  f"""[submodule "mirth/code-templates"]
\tpath = mirth/code-templates
\turl = https://gitlab.hie.org/integration/mirth-code-templates.git
\tbranch = main
[submodule "mappings/loinc"]
\tpath = mappings/loinc
\turl = https://oauth2:{v}@gitlab.hie.org/terminology/loinc-mappings.git
\tbranch = release/2024
""", v, "https://git-scm.com/docs/gitmodules")
D("gitmodules", "plain-urls", "hie-bridge/.gitmodules", """[submodule "schemas/x12"]
\tpath = schemas/x12
\turl = git@gitlab.hie.org:edi/x12-schemas.git
[submodule "schemas/fhir"]
\tpath = schemas/fhir
\turl = https://gitlab.hie.org/terminology/fhir-profiles.git
\tbranch = main
""", "https://git-scm.com/docs/gitmodules")
DOCKERCFG = """{
  "auths": {
    "registry.hie.org": {
      "auth": "@V@"
    },
    "ghcr.io": {}
  },
  "credsStore": "",
  "HttpHeaders": {
    "User-Agent": "Docker-Client/24.0.7 (linux)"
  }
}
"""
pw = rand_pw(24)
S("docker-config-json", "base64-auth", "ops/build01/home/jenkins/.docker/config.json", T(DOCKERCFG, v=b64("hie-ci:" + pw)), pw, "https://docs.docker.com/reference/cli/docker/login/")
D("docker-config-json", "credential-helper", "ops/build02/home/jenkins/.docker/config.json",
  DOCKERCFG.replace('"auth": "@V@"', '"identitytoken": ""').replace('"credsStore": ""', '"credsStore": "ecr-login"'), "https://docs.docker.com/reference/cli/docker/login/#credential-stores")

# --- Node config with Plaid secret ---------------------------------------------------------------
NODECFG = """{
  "server": { "port": 8080, "trustProxy": true },
  "plaid": {
    "env": "production",
    "clientId": "@CID@",
    "secret": "@V@",
    "products": ["auth", "transactions"],
    "countryCodes": ["US"],
    "webhook": "https://benefits-pay.state.gov/hooks/plaid"
  },
  "db": { "host": "pg.benefits-pay.internal", "database": "payouts", "user": "payouts_app" }
}
"""
SV("node-config-json", "plaid-secret", "benefits-pay/config/production.json", NODECFG, hexs(30), "https://plaid.com/docs/api/#api-keys-and-access", cid=hexs(24))
DV("node-config-json", "custom-env-variables", "benefits-pay/config/custom-environment-variables.json", NODECFG, "PLAID_SECRET", "https://github.com/node-config/node-config/wiki/Environment-Variables#custom-environment-variables", cid="PLAID_CLIENT_ID")

# --- Azure Data Factory linked service ----------------------------------------------------------
ADF = """{
    "name": "ls_blob_claims_landing",
    "type": "Microsoft.DataFactory/factories/linkedservices",
    "properties": {
        "annotations": ["claims", "phi"],
        "type": "AzureBlobStorage",
        "typeProperties": {
            "connectionString": "@V@"
        },
        "connectVia": {
            "referenceName": "AutoResolveIntegrationRuntime",
            "type": "IntegrationRuntimeReference"
        }
    }
}
"""
v = b64rand(64)
S("adf-linked-service", "storage-account-key", "adf/linkedService/ls_blob_claims_landing.json",
  T(ADF, v=f"DefaultEndpointsProtocol=https;AccountName=payerclaimslanding;AccountKey={v};EndpointSuffix=core.windows.net"), v, "https://learn.microsoft.com/en-us/azure/data-factory/connector-azure-blob-storage")
D("adf-linked-service", "key-vault-secret-reference", "adf/linkedService/ls_blob_remits_landing.json",
  ADF.replace("ls_blob_claims_landing", "ls_blob_remits_landing").replace('"connectionString": "@V@"', '"connectionString": {\n                "type": "AzureKeyVaultSecret",\n                "store": { "referenceName": "ls_keyvault", "type": "LinkedServiceReference" },\n                "secretName": "remits-landing-conn"\n            }'), "https://learn.microsoft.com/en-us/azure/data-factory/store-credentials-in-key-vault")

# --- Terraform main.tf / CloudFormation ---------------------------------------------------------
TFMAIN = """resource "azurerm_mssql_server" "claims" {
  name                         = "sql-claims-prod-eus2"
  resource_group_name          = azurerm_resource_group.claims.name
  location                     = azurerm_resource_group.claims.location
  version                      = "12.0"
  administrator_login          = "claimsadmin"
  administrator_login_password = @V@
  minimum_tls_version          = "1.2"

  azuread_administrator {
    login_username = "sg-claims-dba"
    object_id      = "@OID@"
  }
}
"""
pw = words_pw()
S("terraform", "admin-password-literal", "infra/modules/claims_sql/main.tf", T(TFMAIN, v=f'"{pw}"', oid=uuid_s()), pw, "https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/mssql_server")
D("terraform", "random-password-resource", "infra/modules/remits_sql/main.tf", T(TFMAIN.replace("claims", "remits"), v="random_password.sql_admin.result", oid=uuid_s()), "https://registry.terraform.io/providers/hashicorp/random/latest/docs/resources/password")
CFN = """AWSTemplateFormatVersion: "2010-09-09"
Description: Eligibility cache database (RDS PostgreSQL)
Resources:
  EligDb:
    Type: AWS::RDS::DBInstance
    Properties:
      Engine: postgres
      EngineVersion: "15.5"
      DBInstanceClass: db.r6g.large
      AllocatedStorage: "200"
      MasterUsername: elig_admin
      MasterUserPassword: @V@
      StorageEncrypted: true
      DeletionProtection: true
      VPCSecurityGroups: [!Ref EligDbSg]
"""
SV("cloudformation", "master-password", "infra/cfn/eligibility-db.yaml", CFN, rand_pw(20), "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-rds-dbinstance.html")
DV("cloudformation", "dynamic-reference", "infra/cfn/enrollment-db.yaml", CFN.replace("Eligibility", "Enrollment").replace("elig_", "enr_"), "'{{resolve:secretsmanager:enrollment-db-master:SecretString:password}}'", "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/dynamic-references.html")

# --- REST client .http file ---------------------------------------------------------------------
HTTPF = """### Get an access token from the state Medicaid API gateway
POST https://api.medicaid.state.gov/oauth/token
Content-Type: application/x-www-form-urlencoded

grant_type=client_credentials&client_id=mco-acme&@V@&scope=eligibility.read

### Eligibility inquiry (paste the token)
GET https://api.medicaid.state.gov/eligibility/v2/members/W123456789?dos=2024-06-11
Authorization: Bearer {{token}}
Accept: application/json
"""
v = rand_pw(40)
S("http-request-file", "form-client-secret", "api-tests/medicaid_gateway.http", T(HTTPF, v="client_secret=" + v), v, "https://www.jetbrains.com/help/idea/exploring-http-syntax.html")

# --- Shell history -------------------------------------------------------------------------------
pw = words_pw().replace("$", "#")
S("shell-history", "mysql-password-flag", "ops/dr-drill/notes/bash_history_etl02.txt", f"""cd /opt/etl
ls -la scripts/
systemctl status airflow-worker
tail -n 200 /var/log/etl/elig.log
mysql -h eligdb-dr.payer.local -u elig_admin -p'{pw}' -e 'SELECT COUNT(*) FROM eligibility.members'
df -h /data
sudo systemctl restart airflow-worker
exit
""", pw, "https://www.gnu.org/software/bash/manual/html_node/Bash-History-Facilities.html")

# --- PowerShell data file (.psd1) ---------------------------------------------------------------
PSD = """@{
    # Configuration for the county payroll export module
    Environment      = 'Production'
    SqlInstance      = 'sqlpay01.county.local'
    Database         = 'Payroll'
    SqlUser          = 'payroll_export'
    @V@
    ExportPath       = '\\\\finfs01\\Payroll\\Exports'
    RetentionDays    = 90
    NotifyAddresses  = @('payroll@county.gov', 'it-finance@county.gov')
}
"""
pw = words_pw()
S("powershell-data", "sql-password", "jobs/payroll_export/PayrollExport.Config.psd1", T(PSD, v=f"SqlPassword      = '{pw}'"), pw, "https://learn.microsoft.com/en-us/powershell/module/microsoft.powershell.utility/import-powershelldatafile")
D("powershell-data", "credential-path", "jobs/benefits_export/BenefitsExport.Config.psd1", T(PSD.replace("payroll", "benefits").replace("Payroll", "Benefits"), v="CredentialXml    = 'D:\\\\Jobs\\\\benefits_export\\\\sql.cred.xml'  # Export-Clixml, DPAPI-protected"), "https://learn.microsoft.com/en-us/powershell/module/microsoft.powershell.utility/export-clixml")

# --- Windows registry export (ODBC DSN) ---------------------------------------------------------
pw = rand_pw(12)
S("registry-export", "odbc-dsn-pwd", "reporting/crystal/dsn_FinanceDW.reg", f"""Windows Registry Editor Version 5.00

[HKEY_LOCAL_MACHINE\\SOFTWARE\\ODBC\\ODBC.INI\\FinanceDW]
"Driver"="C:\\\\Windows\\\\system32\\\\msodbcsql17.dll"
"Description"="Crystal Reports - finance warehouse"
"Server"="sqlfin01.county.local"
"Database"="FinanceDW"
"LastUser"="crystal_rpt"
"PWD"="{pw}"
"Encrypt"="Yes"

[HKEY_LOCAL_MACHINE\\SOFTWARE\\ODBC\\ODBC.INI\\ODBC Data Sources]
"FinanceDW"="ODBC Driver 17 for SQL Server"
""", pw, "https://learn.microsoft.com/en-us/sql/odbc/reference/install/registry-entries-for-data-sources")

# --- SOAP with WS-Security UsernameToken ---------------------------------------------------------
SOAP = """<soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/"
                  xmlns:wsse="http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-secext-1.0.xsd"
                  xmlns:elig="http://medicaid.state.gov/eligibility/v1">
  <soapenv:Header>
    <wsse:Security soapenv:mustUnderstand="1">
      <wsse:UsernameToken>
        <wsse:Username>MCO_ACME_SVC</wsse:Username>
        <wsse:Password Type="http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-username-token-profile-1.0#PasswordText">@V@</wsse:Password>
      </wsse:UsernameToken>
    </wsse:Security>
  </soapenv:Header>
  <soapenv:Body>
    <elig:CheckEligibility>
      <elig:MemberId>W123456789</elig:MemberId>
      <elig:DateOfService>2024-06-11</elig:DateOfService>
    </elig:CheckEligibility>
  </soapenv:Body>
</soapenv:Envelope>
"""
SOAP_SRC = "https://docs.oasis-open.org/wss/v1.1/wss-v1.1-spec-os-UsernameTokenProfile.pdf"
SV("soap-xml", "wsse-password-text", "interfaces/soapui/requests/CheckEligibility_prod.xml", SOAP, words_pw(), SOAP_SRC)
D("soap-xml", "password-digest", "interfaces/soapui/requests/CheckEligibility_digest.xml",
  SOAP.replace("#PasswordText\">@V@", "#PasswordDigest\">" + b64rand(20)).replace("</wsse:Password>", "</wsse:Password>\n        <wsse:Nonce>" + b64rand(16) + "</wsse:Nonce>\n        <wsse:Created>2024-06-11T10:30:22Z</wsse:Created>"), SOAP_SRC)

# --- JWT signing secret in a TOML config ---------------------------------------------------------
TOML = """# smart-launcher service config
[server]
bind = "0.0.0.0:8080"
public_url = "https://launch.regionalhie.org"

[session]
cookie_name = "smart_launch"
@V@
ttl_minutes = 30

[fhir]
base_url = "https://fhir.regionalhie.org/fhir"
"""
v = b64rand(48)
S("toml", "jwt-hmac-secret", "smart-launcher/config/production.toml", T(TOML, v=f'signing_secret = "{v}"'), v, "https://toml.io/en/v1.0.0")
D("toml", "secret-file-path", "smart-launcher/config/staging.toml", T(TOML, v='signing_secret_file = "/run/secrets/smart_launch_signing"'), "https://toml.io/en/v1.0.0")

# --- OpenAPI spec (decoy) --------------------------------------------------------------------------
D("openapi-yaml", "security-scheme-example", "api/specs/eligibility-v2.yaml", """openapi: 3.0.3
info:
  title: Eligibility API
  version: 2.1.0
servers:
  - url: https://api.payer.example.com/eligibility/v2
components:
  securitySchemes:
    ApiKeyAuth:
      type: apiKey
      in: header
      name: X-API-Key
      description: Partner API key, e.g. `X-API-Key: <your-partner-key>`
    OAuth2:
      type: oauth2
      flows:
        clientCredentials:
          tokenUrl: https://api.payer.example.com/oauth/token
          scopes:
            eligibility.read: read eligibility
security:
  - ApiKeyAuth: []
paths:
  /members/{memberId}:
    get:
      summary: Member eligibility
      parameters:
        - { name: memberId, in: path, required: true, schema: { type: string } }
      responses:
        "200": { description: OK }
""", "https://spec.openapis.org/oas/v3.0.3#security-scheme-object")

# --- package-lock (decoy: integrity hashes) -------------------------------------------------------
D("package-lock-json", "integrity-hashes", "fhir-ui/package-lock.json", """{
  "name": "fhir-ui",
  "version": "1.8.0",
  "lockfileVersion": 3,
  "requires": true,
  "packages": {
    "": { "name": "fhir-ui", "version": "1.8.0", "dependencies": { "fhirclient": "^2.5.2" } },
    "node_modules/fhirclient": {
      "version": "2.5.2",
      "resolved": "https://registry.npmjs.org/fhirclient/-/fhirclient-2.5.2.tgz",
      "integrity": "sha512-@I1@"
    },
    "node_modules/js-base64": {
      "version": "3.7.5",
      "resolved": "https://registry.npmjs.org/js-base64/-/js-base64-3.7.5.tgz",
      "integrity": "sha512-@I2@"
    }
  }
}
""".replace("@I1@", b64rand(64)).replace("@I2@", b64rand(64)), "https://docs.npmjs.com/cli/v10/configuring-npm/package-lock-json")

# --- FHIR CapabilityStatement (decoy) -----------------------------------------------------------
D("fhir-json", "smart-oauth-uris", "fhir-server/src/main/resources/capability-statement.json", """{
  "resourceType": "CapabilityStatement",
  "id": "@ID@",
  "status": "active",
  "date": "2024-06-11",
  "kind": "instance",
  "fhirVersion": "4.0.1",
  "format": ["application/fhir+json"],
  "rest": [{
    "mode": "server",
    "security": {
      "service": [{ "coding": [{ "system": "http://terminology.hl7.org/CodeSystem/restful-security-service", "code": "SMART-on-FHIR" }] }],
      "extension": [{
        "url": "http://fhir-registry.smarthealthit.org/StructureDefinition/oauth-uris",
        "extension": [
          { "url": "token", "valueUri": "https://fhir.regionalhie.org/auth/token" },
          { "url": "authorize", "valueUri": "https://fhir.regionalhie.org/auth/authorize" }
        ]
      }]
    }
  }]
}
""".replace("@ID@", uuid_s()), "https://hl7.org/fhir/R4/capabilitystatement.html")

# --- more carriers ---------------------------------------------------------------------------------
BEANS = """<?xml version="1.0" encoding="UTF-8"?>
<beans xmlns="http://www.springframework.org/schema/beans"
       xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
       xsi:schemaLocation="http://www.springframework.org/schema/beans http://www.springframework.org/schema/beans/spring-beans.xsd">

  <!-- legacy vital records bridge: death certificates to SSA EDR -->
  <bean id="vitalsDataSource" class="org.apache.commons.dbcp2.BasicDataSource" destroy-method="close">
    <property name="driverClassName" value="oracle.jdbc.OracleDriver"/>
    <property name="url" value="jdbc:oracle:thin:@//vitals-db.health.state.gov:1521/VITALS"/>
    <property name="username" value="EDR_BRIDGE"/>
    <property name="password" value="@V@"/>
    <property name="maxTotal" value="10"/>
    <property name="validationQuery" value="SELECT 1 FROM DUAL"/>
  </bean>

  <bean id="edrJob" class="gov.state.health.vitals.EdrExportJob">
    <property name="dataSource" ref="vitalsDataSource"/>
    <property name="outboxDir" value="/data/edr/outbox"/>
  </bean>
</beans>
"""
SV("spring-beans-xml", "datasource-password", "vitals-edr-bridge/src/main/resources/applicationContext.xml", BEANS, words_pw(), "https://docs.spring.io/spring-framework/reference/core/beans/basics.html")

TOMCAT = """<?xml version="1.0" encoding="UTF-8"?>
<!-- JasperReports Server repository database (context.xml) -->
<Context path="/jasperserver-pro" reloadable="false">
  <Resource name="jdbc/jasperserver" auth="Container" type="javax.sql.DataSource"
            maxTotal="100" maxIdle="30" maxWaitMillis="10000"
            username="jasperdb" password="@V@"
            driverClassName="org.postgresql.Driver"
            validationQuery="SELECT 1" testOnBorrow="true"
            url="jdbc:postgresql://jrs-db.county.local:5432/jasperserver"
            factory="com.jaspersoft.jasperserver.tomcat.jndi.JSCommonsBasicDataSourceFactory"/>
  <WatchedResource>WEB-INF/web.xml</WatchedResource>
</Context>
"""
SV("tomcat-context-xml", "datasource-password", "reporting/jasperserver/META-INF/context.xml", TOMCAT, rand_pw(16), "https://tomcat.apache.org/tomcat-9.0-doc/jndi-datasource-examples-howto.html")

GHASLACK = """name: nightly-reconciliation
on:
  schedule:
    - cron: "30 6 * * 1-5"
  workflow_dispatch:
jobs:
  reconcile:
    runs-on: [self-hosted, treasury]
    steps:
      - uses: actions/checkout@v4
      - run: python -m recon.bai2 --date "$(date -d yesterday +%F)"
      - name: Tell #treasury-ops
        if: failure()
        run: |
          curl -sS -X POST -H 'Content-type: application/json' \\
            --data '{"text":"BAI2 reconciliation failed: ${{ github.run_id }}"}' \\
            @V@
"""
SV("github-actions", "slack-webhook-url", ".github/workflows/nightly-reconciliation.yml", GHASLACK, slack_webhook(), "https://api.slack.com/messaging/webhooks")

IICS = '''"""Start an Informatica Cloud (IICS) mapping task from the scheduler."""
import requests

LOGIN_URL = "https://dm-us.informaticacloud.com/saas/public/core/v3/login"
LOGIN = {
    "username": "svc_iics_scheduler@county.gov",
    "password": "@V@",
}


def run_task(task_id: str) -> str:
    login = requests.post(LOGIN_URL, json=LOGIN, timeout=30).json()
    session, base = login["userInfo"]["sessionId"], login["products"][0]["baseApiUrl"]
    resp = requests.post(
        f"{base}/api/v2/job",
        json={"@type": "job", "taskId": task_id, "taskType": "MTT"},
        headers={"icSessionId": session, "Accept": "application/json"},
        timeout=30,
    )
    resp.raise_for_status()
    return resp.json()["runId"]
'''
SV("python", "iics-login-password", "scheduler/iics_run_task.py", IICS, words_pw(), "https://docs.informatica.com/integration-cloud/data-integration/current-version/rest-api-reference/platform-rest-api-version-3-resources/login.html")

RECONINI = """; BAI2 reconciliation settings
[bank]
name = Treasury Bank
bai2_endpoint = https://api.treasury-bank.com/reporting/v1/bai2
account_numbers = 000123456789, 000987654321
@V@

[ledger]
erp_url = https://erp.county.gov/api/v2
cash_accounts = 1010, 1015, 1020

[output]
report_dir = /data/recon/reports
"""
v = hexs(48)
S("ini", "bank-api-key", "recon/config/recon.ini", T(RECONINI, v="api_key = " + v), v, "https://docs.python.org/3/library/configparser.html#supported-ini-file-structure")

s = _seed()
S3PROPS = """# claims archive job
archive.bucket=payer-claims-archive
archive.prefix=837/
archive.region=us-east-2
archive.retention.years=10
aws.accessKeyId=@KID@
aws.secretKey=@V@
archive.kms.alias=alias/claims-archive
"""
SV("java-properties", "aws-secret-key", "claims-archive/src/main/resources/archive.properties", S3PROPS, fakes.aws_secret_key(s), "https://docs.aws.amazon.com/sdk-for-java/latest/developer-guide/credentials-chain.html", kid=fakes.aws_key_id(s))

NETUSE = """@echo off
rem Map the AP share for the check-print job (runs as the local job account)
setlocal
set SHARE=\\\\finfs01\\AP
@V@
if errorlevel 1 (
  echo Could not map %SHARE% >> D:\\Jobs\\checkprint\\logs\\map.log
  exit /b 1
)
"C:\\Program Files\\CheckPrint\\cpbatch.exe" /in P:\\Checks\\pending /profile County
net use P: /delete /y
endlocal
"""
pw = words_pw().replace("%", "#")
S("windows-batch", "net-use-password", "jobs/checkprint/map_ap_share.bat", T(NETUSE, v=f"net use P: %SHARE% {pw} /user:COUNTY\\svc_checkprint /persistent:no"), pw, "https://learn.microsoft.com/en-us/previous-versions/windows/it-pro/windows-server-2012-r2-and-2012/gg651155(v=ws.11)")

pem = fakes.fake_pem(_seed(), kind="EC")
TLS = """apiVersion: v1
kind: Secret
metadata:
  name: as2-gateway-tls
  namespace: edi
type: kubernetes.io/tls
stringData:
  tls.crt: |
    -----BEGIN CERTIFICATE-----
    MIIBszCCAVmgAwIBAgIUQ2x0ZXN0LWNlcnQtZm9yLWFzMi1nYXRld2F5MAoGCCqG
    -----END CERTIFICATE-----
  tls.key: |
@V@
"""
S("k8s-secret", "string-data-private-key", "deploy/k8s/edi/as2-gateway-tls.yaml", T(TLS, v="\n".join("    " + line for line in pem.split("\n"))), pem.split("\n")[2], "https://kubernetes.io/docs/concepts/configuration/secret/#tls-secrets")
