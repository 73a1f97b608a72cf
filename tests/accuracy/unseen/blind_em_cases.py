"""Blind set EM: hospice care providers and palliative-care organisations.

EHR integrations (Homecare Homebase, WellSky, MatrixCare, Epic, interface engines), visit
scheduling, hospice pharmacy and e-prescribing, on-call paging and phone systems, donor and
fundraising systems, volunteer management, family portals and their infrastructure, and the
decoys such teams commit every day. Generated fakes only (seeds 1,490,000-1,499,999).
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
URLSAFE = ALNUM + "-_"
B64 = ALNUM + "+/"
SEED_LOW, SEED_HIGH = 1_490_000, 1_499_999
_SEED = [SEED_LOW]


def _seed() -> int:
    _SEED[0] += 7
    assert SEED_LOW <= _SEED[0] <= SEED_HIGH, _SEED[0]
    return _SEED[0]


def _rng() -> random.Random:
    return random.Random(_seed())


def chars(n: int, alphabet: str = ALNUM) -> str:
    r = _rng()
    return "".join(r.choice(alphabet) for _ in range(n))


def mixed(n: int, alphabet: str = ALNUM) -> str:
    """n characters with an upper, a lower and a digit, as services issue tokens (bounded tries)."""
    r = _rng()
    value = ""
    for _ in range(50):
        value = "".join(r.choice(alphabet) for _ in range(n))
        if any(c.isdigit() for c in value) and any(c.isupper() for c in value) and any(c.islower() for c in value):
            return value
    return "A1b" + value[3:]


def hexs(n: int) -> str:
    return chars(n, HEX)


def uhex(n: int) -> str:
    return chars(n, HEX.upper()[:10] + "ABCDEF")


def digits(n: int) -> str:
    r = _rng()
    return str(r.randint(1, 9)) + "".join(r.choice(string.digits) for _ in range(n - 1))


def b64bytes(n: int) -> str:
    r = _rng()
    return base64.b64encode(bytes(r.getrandbits(8) for _ in range(n))).decode()


def b64(s: str) -> str:
    return base64.b64encode(s.encode()).decode()


def b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def uuid_s() -> str:
    return fakes.uuid4(_seed())


WORDS = ["Compassion", "Serenity", "Lighthouse", "Comfort", "Haven", "Dignity", "Sunrise", "Garden",
         "Willow", "Journey", "Grace", "Meadow", "Lantern", "Harbor", "Evergreen", "Bluebird",
         "Tranquil", "Cardinal", "Magnolia", "Juniper", "Horizon", "Kindness", "Sparrow", "Blossom",
         "Riverbend", "Cedar", "Hummingbird", "Solace", "Morning", "Autumn"]
LOWER = ["quilt", "teapot", "hymn", "candle", "porch", "orchard", "lullaby", "maple", "heron",
         "cobalt", "pebble", "thimble", "ember", "violet", "pinecone", "kettle", "harbor", "sage"]


def human_pw(syms: str = "!#$%*@&") -> str:
    """A password a person chose: words, a symbol, some digits."""
    r = _rng()
    w1, w2 = r.sample(WORDS, 2)
    sym = r.choice(syms) if syms else ""
    shape = r.randint(0, 3)
    if shape == 0:
        return f"{w1}{sym}{w2}{r.randint(10, 9999)}"
    if shape == 1:
        return f"{w1}{r.randint(1990, 2025)}{sym}{r.choice(LOWER)}"
    if shape == 2:
        return f"{w1.lower()}{sym}{w2}{r.randint(10, 99)}{r.choice(syms) if syms else 'x'}"
    return f"{w1}{w2}{r.randint(100, 999)}{sym}"


def safe_pw() -> str:
    """A person's password that fits in URLs, connection strings and INI files unquoted."""
    return human_pw("!-_.*")


def gen_pw(n: int = 20, extra: str = "") -> str:
    """A generator's password (a password manager, openssl rand)."""
    return mixed(n, ALNUM + extra) if not extra else chars(n, ALNUM + extra)


def passphrase() -> str:
    r = _rng()
    return "-".join(r.sample(LOWER, 4)) + str(r.randint(1, 99))


def jwt(payload: dict, alg: str = "HS256", sig_len: int = 43, kid: Optional[str] = None) -> str:
    header = {"alg": alg, "typ": "JWT"}
    if kid:
        header["kid"] = kid
    part = lambda d: b64url(json.dumps(d, separators=(",", ":")).encode())  # noqa: E731
    return part(header) + "." + part(payload) + "." + chars(sig_len, URLSAFE)


def pem_block(label: str, head: str, full_lines: int, tail: int, width: int = 64, pad: str = "") -> str:
    r = _rng()
    total = full_lines * width + tail
    body = head + "".join(r.choice(B64) for _ in range(total - len(head) - len(pad))) + pad
    lines = [body[i:i + width] for i in range(0, len(body), width)]
    return f"-----BEGIN {label}-----\n" + "\n".join(lines) + f"\n-----END {label}-----"


def rsa_pem() -> str:
    return pem_block("RSA PRIVATE KEY", "MIIEpAIBAAKCAQEA", 24, 52, pad="=")


def pkcs8_rsa_pem() -> str:
    return pem_block("PRIVATE KEY", "MIIEvgIBADANBgkqhkiG9w0BAQEFAASCBKgwggSkAgEAAoIBAQ", 25, 20, pad="=")


def ec_pem() -> str:
    return pem_block("EC PRIVATE KEY", "MHcCAQEEI", 2, 44, pad="==")


def p8_pem() -> str:
    return pem_block("PRIVATE KEY", "MIGTAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBHkwdwIBAQQg", 3, 8)


def openssh_pem() -> str:
    return pem_block("OPENSSH PRIVATE KEY",
                     "b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW"
                     "QyNTUxOQAAACD", 4, 42, width=70, pad="=")


def pgp_private() -> str:
    r = _rng()
    body = "lQVYBG" + "".join(r.choice(B64) for _ in range(64 * 16 - 6))
    lines = [body[i:i + 64] for i in range(0, len(body), 64)]
    check = "=" + "".join(r.choice(B64) for _ in range(4))
    return ("-----BEGIN PGP PRIVATE KEY BLOCK-----\n\n" + "\n".join(lines) + "\n" + check
            + "\n-----END PGP PRIVATE KEY BLOCK-----")


def cert_pem() -> str:
    return pem_block("CERTIFICATE", "MIIDdzCCAl+gAwIBAgIU", 16, 40, pad="=")


# --- vendor token shapes ------------------------------------------------------------------------

def stripe_secret() -> str:
    return "sk_live_51" + mixed(97)


def stripe_webhook() -> str:
    return "whsec_" + mixed(32)


def twilio_sid() -> str:
    return "AC" + hexs(32)


def slack_bot() -> str:
    r = _rng()
    return (f"xoxb-{r.randint(10**11, 10**12 - 1)}-{r.randint(10**12, 10**13 - 1)}-"
            + "".join(r.choice(ALNUM) for _ in range(24)))


def slack_webhook() -> str:
    up = string.ascii_uppercase + string.digits
    return f"https://hooks.slack.com/services/T{chars(8, up)}/B{chars(10, up)}/{mixed(24)}"


def sendgrid_key() -> str:
    return "SG." + mixed(22, URLSAFE) + "." + mixed(43, URLSAFE)


def google_api_key() -> str:
    return "AIza" + mixed(35, URLSAFE)


def azure_ad_secret() -> str:
    return chars(3, ALNUM) + "8Q~" + chars(34, ALNUM + "_.-~")


def okta_token() -> str:
    return "00" + mixed(40, URLSAFE)


def github_pat() -> str:
    return fakes.github_token(_seed())


def gitlab_pat() -> str:
    return "glpat-" + mixed(20, URLSAFE)


def npm_token() -> str:
    return "npm_" + mixed(36)


def age_secret() -> str:
    return "AGE-SECRET-KEY-1" + chars(58, "QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L")


CASES: List[LabelledCase] = []
_PLACEHOLDER = re.compile(r"<<[a-z0-9_]+>>")


def t(template: str, **values: str) -> str:
    """The template with its <<name>> holes filled (a leading newline dropped)."""
    text = template[1:] if template.startswith("\n") else template
    for key, value in values.items():
        text = text.replace(f"<<{key}>>", value)
    assert not _PLACEHOLDER.search(text), _PLACEHOLDER.search(text)
    return text


def S(fmt: str, kind: str, file_name: str, text: str, secret: str, source: str) -> None:
    CASES.append(LabelledCase(f"blind-em/{fmt}/{kind}", file_name, text, secret, source))


def D(fmt: str, kind: str, file_name: str, text: str, source: str) -> None:
    CASES.append(LabelledCase(f"blind-em/{fmt}/decoy-{kind}", file_name, text, None, source))


# ================================================================================================
# Secrets: EHR and interface-engine integrations
# ================================================================================================

v = mixed(48, URLSAFE)
S("env", "oauth-client-secret", "integrations/hchb-sync/.env", t(r"""
# Homecare Homebase -> clinical warehouse nightly sync (Evergreen Hospice)
HCHB_BASE_URL=https://api.hchb.com/fhir/r4
HCHB_TOKEN_URL=https://identity.hchb.com/connect/token
HCHB_AGENCY_ID=EVG-HOSP-0147
HCHB_CLIENT_ID=evergreen-dw-sync
HCHB_CLIENT_SECRET=<<v>>
HCHB_SCOPE=patient/*.read system/Encounter.read
WAREHOUSE_HOST=warehouse.evergreen.internal
WAREHOUSE_DB=clinical
WAREHOUSE_USER=etl_reader
SYNC_WINDOW_DAYS=3
LOG_LEVEL=info
""", v=v), v, "Homecare Homebase FHIR API: OAuth2 client credentials (client_id / client_secret)")

v = mixed(32)
S("yaml", "api-key", "config/wellsky.yml", t(r"""
# WellSky Hospice & Palliative connector settings (production)
wellsky:
  environment: production
  base_url: https://connect.wellsky.com/api/hospice/v2
  tenant: cedar-valley-hospice
  api_key: "<<v>>"
  timeout_seconds: 30
  endpoints:
    census: /census/daily
    idg_notes: /idg/notes
    medications: /patients/{id}/medications
    visits: /visits?from={start}&to={end}
  retry:
    attempts: 4
    backoff: exponential
  export:
    bucket: cvh-wellsky-exports
    prefix: daily/
""", v=v), v, "WellSky API developer portal: API key sent in the X-Api-Key header")

v = rsa_pem()
S("python", "private-key", "epic_bulk/auth.py", t(r'''
"""Epic backend-services client: pulls the hospice census through FHIR R4 bulk data."""
import time
import uuid

import jwt  # PyJWT
import requests

EPIC_TOKEN_URL = "https://fhir.riverbendhealth.org/interconnect-prd-oauth/oauth2/token"
CLIENT_ID = "<<cid>>"
KEY_ID = "hospice-bulk-2024"

PRIVATE_KEY = """<<v>>"""


def access_token() -> str:
    now = int(time.time())
    claims = {
        "iss": CLIENT_ID,
        "sub": CLIENT_ID,
        "aud": EPIC_TOKEN_URL,
        "jti": str(uuid.uuid4()),
        "iat": now,
        "exp": now + 240,
    }
    assertion = jwt.encode(claims, PRIVATE_KEY, algorithm="RS384", headers={"kid": KEY_ID})
    resp = requests.post(EPIC_TOKEN_URL, data={
        "grant_type": "client_credentials",
        "client_assertion_type": "urn:ietf:params:oauth:client-assertion-type:jwt-bearer",
        "client_assertion": assertion,
    }, timeout=30)
    resp.raise_for_status()
    return resp.json()["access_token"]
''', v=v, cid=uuid_s()), v, "Epic on FHIR: backend services, JWT client assertion signed with the app's RSA key")

_pk = pkcs8_rsa_pem()
v = _pk.replace("\n", "\\n") + "\\n"
S("json", "gcp-service-account", "scheduling/credentials/visit-calendar-sa.json", t(r"""
{
  "type": "service_account",
  "project_id": "lantern-hill-scheduling",
  "private_key_id": "<<kid>>",
  "private_key": "<<v>>",
  "client_email": "visit-calendar@lantern-hill-scheduling.iam.gserviceaccount.com",
  "client_id": "<<cid>>",
  "auth_uri": "https://accounts.google.com/o/oauth2/auth",
  "token_uri": "https://oauth2.googleapis.com/token",
  "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",
  "client_x509_cert_url": "https://www.googleapis.com/robot/v1/metadata/x509/visit-calendar%40lantern-hill-scheduling.iam.gserviceaccount.com",
  "universe_domain": "googleapis.com"
}
""", v=v, kid=hexs(40), cid=digits(21)), v, "Google Cloud IAM: service account key file (JSON) format")

v = safe_pw()
S("properties", "database-password", "mirth/conf/mirth.properties", t(r"""
# Mirth Connect server configuration - Lantern Hill Hospice interface engine
dir.appdata = appdata
dir.tempdata = ${dir.appdata}/temp

http.port = 8080
https.port = 8443
http.contextpath = /
server.url =

password.minlength = 12
password.retrylimit = 5
password.lockoutperiod = 15

keystore.path = ${dir.appdata}/keystore.jks
keystore.type = JCEKS

# database: derby, mysql, postgres, oracle, sqlserver
database = postgres
database.url = jdbc:postgresql://mirth-db.lanternhill.local:5432/mirthdb
database.max-connections = 20
database.username = mirth
database.password = <<v>>
""", v=v), v, "NextGen Mirth Connect user guide: mirth.properties database settings")

v = human_pw("!#%*")
S("xml", "sftp-password", "mirth/channels/ADT_to_Enclara_SFTP.xml", t(r"""
<channel version="4.4.0">
  <id><<id>></id>
  <name>ADT_to_Enclara_SFTP</name>
  <description>Admissions and discharges to the hospice pharmacy benefit manager.</description>
  <enabled>true</enabled>
  <destinationConnectors>
    <connector version="4.4.0">
      <metaDataId>1</metaDataId>
      <name>Enclara SFTP</name>
      <properties class="com.mirth.connect.connectors.file.FileDispatcherProperties" version="4.4.0">
        <scheme>SFTP</scheme>
        <host>sftp.enclarapharmacia.com/inbound/lhh</host>
        <outputPattern>LHH_ADT_${date.get('yyyyMMddHHmmss')}.hl7</outputPattern>
        <anonymous>false</anonymous>
        <username>lanternhill_hospice</username>
        <password><<v>></password>
        <timeout>10000</timeout>
        <secure>true</secure>
        <passive>true</passive>
        <validateConnection>true</validateConnection>
        <outputAppend>false</outputAppend>
        <binary>false</binary>
        <charsetEncoding>UTF-8</charsetEncoding>
        <template>${message.encodedData}</template>
      </properties>
      <transportName>File Writer</transportName>
      <mode>DESTINATION</mode>
      <enabled>true</enabled>
    </connector>
  </destinationConnectors>
</channel>
""", id=uuid_s(), v=v), v, "Mirth Connect channel export: File Writer (SFTP) connector properties")

v = rsa_pem()
S("yaml", "private-key", "deploy/smart-app/values-prod.yaml", t(r"""
# SMART backend app that posts hospice election statements into Cerner (Oracle Health)
replicaCount: 2
image:
  repository: registry.suncresthospice.org/smart-election
  tag: "3.8.1"
env:
  FHIR_BASE: https://fhir-ehr.cerner.com/r4/ec2458f2-1e24-41c8-b71b-0e701af7583d
  TOKEN_URL: https://authorization.cerner.com/tenants/ec2458f2-1e24-41c8-b71b-0e701af7583d/hosts/fhir-ehr.cerner.com/protocols/oauth2/profiles/smart-v1/token
  CLIENT_ID: suncrest-election-svc
  JWT_ALG: RS384
signingKey: |
<<key>>
resources:
  limits:
    cpu: 500m
    memory: 512Mi
""", key="\n".join("  " + line for line in v.splitlines())), v,
  "Oracle Health (Cerner) SMART backend services: asymmetric client authentication")

v = safe_pw()
S("javascript", "database-password", "mirth/code-templates/census_lookup.js", t(r"""
// Mirth code template: look up the hospice level of care for an inbound ADT^A08
function lookupLevelOfCare(mrn) {
    var dbConn;
    try {
        dbConn = DatabaseConnectionFactory.createDatabaseConnection(
            'oracle.jdbc.driver.OracleDriver',
            'jdbc:oracle:thin:@//ehr-rpt.riverbend.local:1521/HOSPRPT',
            'MIRTH_RO',
            '<<v>>'
        );
        var rs = dbConn.executeCachedQuery(
            "SELECT loc_code, effective_dt FROM hospice_loc WHERE mrn = '" + mrn + "' ORDER BY effective_dt DESC");
        if (rs.next()) {
            return rs.getString('loc_code');
        }
        return 'RHC';
    } finally {
        if (dbConn) {
            dbConn.close();
        }
    }
}
""", v=v), v, "Mirth Connect: DatabaseConnectionFactory.createDatabaseConnection(driver, url, user, password)")

v = gen_pw(24)
S("csharp", "connection-string", "src/MatrixCareBridge/appsettings.Production.json", t(r"""
{
  "Logging": {
    "LogLevel": {
      "Default": "Information",
      "Microsoft.AspNetCore": "Warning"
    }
  },
  "AllowedHosts": "*",
  "ConnectionStrings": {
    "Scheduling": "Server=tcp:visit-sched.database.windows.net,1433;Initial Catalog=VisitScheduling;Persist Security Info=False;User ID=sched_app;Password=<<v>>;MultipleActiveResultSets=False;Encrypt=True;TrustServerCertificate=False;Connection Timeout=30;"
  },
  "MatrixCare": {
    "BaseUrl": "https://api.matrixcare.com/hospice/v1",
    "FacilityId": "MC-20931",
    "PollMinutes": 15
  }
}
""", v=v), v, "Microsoft Learn: Azure SQL ADO.NET connection string in appsettings.json")

v = human_pw("!@#%")
S("yaml", "database-password", "idg-notes-service/src/main/resources/application-prod.yml", t(r"""
server:
  port: 8443
  ssl:
    enabled: true
    key-store: classpath:keystore/idg.p12
    key-store-type: PKCS12

spring:
  application:
    name: idg-notes-service
  datasource:
    url: jdbc:postgresql://pg-prod-01.magnoliahospice.net:5432/idg
    username: idg_app
    password: "<<v>>"
    hikari:
      maximum-pool-size: 12
  jpa:
    hibernate:
      ddl-auto: validate
    open-in-view: false

management:
  endpoints:
    web:
      exposure:
        include: health,info
""", v=v), v, "Spring Boot reference: spring.datasource.* properties in application.yml")

v = rsa_pem()
S("pem", "private-key", "integrations/docusign/keys/docusign_private.pem", v + "\n", v,
  "DocuSign eSignature: JWT grant RSA key pair downloaded from the Apps and Keys page")

v = safe_pw()
S("r", "database-password", "quality/hqrp_measures.R", t(r"""
# HQRP quality measures: HIS/HOPE completeness and the Hospice Care Index, quarterly
library(DBI)
library(odbc)
library(dplyr)
library(lubridate)

con <- dbConnect(odbc::odbc(),
                 Driver   = "ODBC Driver 18 for SQL Server",
                 Server   = "bi-sql01.bluebirdhospice.local",
                 Database = "ClinicalDW",
                 UID      = "quality_analyst",
                 PWD      = "<<v>>",
                 TrustServerCertificate = "yes")

q_start <- floor_date(Sys.Date() %m-% months(3), "quarter")
q_end   <- q_start %m+% months(3) - days(1)

visits <- tbl(con, "fact_visit") %>%
  filter(visit_date >= q_start, visit_date <= q_end) %>%
  collect()

last_days <- visits %>%
  filter(days_before_death <= 3, discipline %in% c("RN", "MSW")) %>%
  group_by(patient_id) %>%
  summarise(visits = n())

hci <- mean(last_days$visits > 0)
message(sprintf("Visits in last days of life: %.1f%%", 100 * hci))
dbDisconnect(con)
""", v=v), v, "odbc R package: dbConnect(odbc::odbc(), UID=, PWD=) connection arguments")

# ================================================================================================
# Secrets: hospice pharmacy and e-prescribing
# ================================================================================================

v = mixed(40)
S("go", "api-key", "pharmacy/enclara/client.go", t(r"""
package enclara

import (
	"context"
	"fmt"
	"net/http"
	"time"
)

const (
	baseURL = "https://api.enclarapharmacia.com/v3"
	// Partner key issued to Evergreen Hospice for formulary and refill requests.
	partnerKey = "<<v>>"
)

type Client struct {
	http *http.Client
}

func New() *Client {
	return &Client{http: &http.Client{Timeout: 20 * time.Second}}
}

func (c *Client) Formulary(ctx context.Context, planID string) (*http.Response, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, fmt.Sprintf("%s/formulary/%s", baseURL, planID), nil)
	if err != nil {
		return nil, err
	}
	req.Header.Set("X-Partner-Key", partnerKey)
	req.Header.Set("Accept", "application/json")
	return c.http.Do(req)
}
""", v=v), v, "Enclara Pharmacia partner API: key in a request header")

v = mixed(32)
S("ruby", "api-key", "app/services/dose_spot_client.rb", t(r"""
require "digest"
require "securerandom"
require "base64"

# DoseSpot e-prescribing for comfort-kit orders (morphine, lorazepam, haloperidol, atropine)
class DoseSpotClient
  CLINIC_ID  = 128_744
  CLINIC_KEY = "<<v>>"
  USER_ID    = 40_211
  BASE_URL   = "https://my.dosespot.com/webapi/v2"

  def self.encrypted_clinic_id
    phrase = SecureRandom.alphanumeric(32)
    digest = Digest::SHA512.digest(phrase + CLINIC_KEY)
    phrase + Base64.strict_encode64(digest).chomp("==")
  end

  def self.sso_url(patient_id)
    "#{BASE_URL}/../LoginSingleSignOn.aspx?SingleSignOnClinicId=#{CLINIC_ID}" \
      "&SingleSignOnUserId=#{USER_ID}&SingleSignOnPhraseLength=32" \
      "&SingleSignOnCode=#{CGI.escape(encrypted_clinic_id)}&PatientId=#{patient_id}"
  end
end
""", v=v), v, "DoseSpot API: clinic key used to build the SingleSignOnCode")

v = gen_pw(16, "!#$")
S("properties", "keystore-password", "surescripts-gateway/conf/gateway.properties", t(r"""
# Surescripts NCPDP SCRIPT 2017071 gateway (hospice e-prescribing)
surescripts.endpoint=https://smr-staging.surescripts.net/erx/magnoliahospice/v6_1
surescripts.portal.id=MAGH0421
surescripts.account.id=7719
surescripts.spi.root=4011872

# client certificate for mutual TLS
ssl.keystore.path=/opt/gateway/conf/ss-client.p12
ssl.keystore.type=PKCS12
ssl.keystore.password=<<v>>
ssl.truststore.path=/opt/gateway/conf/ss-trust.jks

retry.max=3
retry.delay.ms=2000
""", v=v), v, "Surescripts connectivity guide: mutual TLS with a client certificate keystore")

v = human_pw("!#$%")
S("python", "sftp-password", "pharmacy/optum_claims_pull.py", t(r'''
#!/usr/bin/env python3
"""Download the daily hospice pharmacy claims file from OptumRx and load it."""
import datetime as dt
import pathlib

import paramiko

HOST = "sftp.optumrx.com"
USER = "suncrest_hospice_pbm"
PASSWORD = "<<v>>"
REMOTE_DIR = "/outbound/claims"
LOCAL_DIR = pathlib.Path("/data/pharmacy/incoming")


def main() -> None:
    today = dt.date.today().strftime("%Y%m%d")
    transport = paramiko.Transport((HOST, 22))
    transport.connect(username=USER, password=PASSWORD)
    sftp = paramiko.SFTPClient.from_transport(transport)
    try:
        for name in sftp.listdir(REMOTE_DIR):
            if today in name:
                sftp.get(f"{REMOTE_DIR}/{name}", str(LOCAL_DIR / name))
                print("fetched", name)
    finally:
        sftp.close()
        transport.close()


if __name__ == "__main__":
    main()
''', v=v), v, "Paramiko docs: Transport.connect(username=, password=)")

v = pgp_private()
S("asc", "pgp-private-key", "pharmacy/keys/claims-decrypt.asc", t(r"""
<<v>>
""", v=v), v, "GnuPG manual: gpg --export-secret-keys --armor output")

v = gen_pw(20)
S("xml", "api-password", "pharmacy/OnePoint/OnePoint.Sync.exe.config", t(r"""
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <startup>
    <supportedRuntime version="v4.0" sku=".NETFramework,Version=v4.8" />
  </startup>
  <appSettings>
    <add key="OnePointBaseUrl" value="https://partners.onepointpatientcare.com/api/v2/" />
    <add key="OnePointUser" value="riverbend.integration" />
    <add key="OnePointPassword" value="<<v>>" />
    <add key="FacilityCode" value="RBH-AZ-01" />
    <add key="PollIntervalSeconds" value="300" />
  </appSettings>
  <system.net>
    <defaultProxy useDefaultCredentials="true" />
  </system.net>
</configuration>
""", v=v), v, ".NET Framework app.config appSettings (credentials stored in plain text)")

# ================================================================================================
# Secrets: on-call paging, phones and messaging
# ================================================================================================

v = hexs(32)
S("python", "twilio-auth-token", "oncall/notify_nurse.py", t(r'''
"""Text the on-call RN when a family calls the after-hours line."""
import sys

from twilio.rest import Client

ACCOUNT_SID = "<<sid>>"
AUTH_TOKEN = "<<v>>"
FROM_NUMBER = "+15035550142"

client = Client(ACCOUNT_SID, AUTH_TOKEN)


def page(to_number: str, patient_initials: str, callback: str) -> str:
    body = (f"After-hours call re {patient_initials}. "
            f"Call family back at {callback}. Reply ACK to acknowledge.")
    message = client.messages.create(to=to_number, from_=FROM_NUMBER, body=body)
    return message.sid


if __name__ == "__main__":
    print(page(sys.argv[1], sys.argv[2], sys.argv[3]))
''', sid=twilio_sid(), v=v), v, "Twilio Python helper library: Client(account_sid, auth_token)")

v = mixed(32)
S("typescript", "twilio-api-secret", "family-portal/server/src/sms.ts", t(r"""
import twilio from "twilio";

// API key created for the family portal (Console > Account > API keys)
const apiKeySid = "SK<<sk>>";
const apiKeySecret = "<<v>>";
const accountSid = "<<sid>>";

const client = twilio(apiKeySid, apiKeySecret, { accountSid });

export async function sendVisitReminder(to: string, clinician: string, when: string): Promise<string> {
  const msg = await client.messages.create({
    to,
    messagingServiceSid: "MG<<mg>>",
    body: `Reminder: ${clinician} from Bluebird Hospice will visit ${when}. Reply STOP to opt out.`,
  });
  return msg.sid;
}
""", sk=hexs(32), v=v, sid=twilio_sid(), mg=hexs(32)), v, "Twilio docs: API keys (SK sid + secret) for REST authentication")

v = hexs(32)
S("yaml", "pagerduty-routing-key", "monitoring/alertmanager/alertmanager.yml", t(r"""
global:
  resolve_timeout: 5m

route:
  receiver: it-oncall
  group_by: [alertname, service]
  group_wait: 30s
  repeat_interval: 4h
  routes:
    - matchers: [service="family-portal"]
      receiver: it-oncall
    - matchers: [service="oncall-phone"]
      receiver: it-oncall
      repeat_interval: 30m

receivers:
  - name: it-oncall
    pagerduty_configs:
      - routing_key: <<v>>
        severity: '{{ .CommonLabels.severity }}'
        description: '{{ .CommonAnnotations.summary }}'
""", v=v), v, "Prometheus Alertmanager configuration: pagerduty_config routing_key (Events API v2)")

v = chars(20, ALNUM + "_-+")
S("shell", "pagerduty-api-token", "oncall/scripts/weekend_override.sh", t(r"""
#!/usr/bin/env bash
# Put the weekend triage nurse on the IT escalation policy as an override.
set -euo pipefail

PD_TOKEN='<<v>>'
SCHEDULE_ID=PX7Q2RT
USER_ID="${1:?user id}"
START="$(date -d 'friday 17:00' --iso-8601=seconds)"
END="$(date -d 'monday 08:00' --iso-8601=seconds)"

curl -sS -X POST "https://api.pagerduty.com/schedules/${SCHEDULE_ID}/overrides" \
  -H "Authorization: Token token=${PD_TOKEN}" \
  -H "Accept: application/vnd.pagerduty+json;version=2" \
  -H "Content-Type: application/json" \
  -d "{\"overrides\":[{\"start\":\"${START}\",\"end\":\"${END}\",\"user\":{\"id\":\"${USER_ID}\",\"type\":\"user_reference\"}}]}"
""", v=v), v, "PagerDuty REST API v2: Authorization: Token token=<api key>")

v = gen_pw(12)
S("ini", "paging-security-code", "paging/wctp-gateway.ini", t(r"""
; Spok WCTP gateway used by the after-hours triage app
[wctp]
endpoint = https://wctp.spok.com/wctp
sender_id = cedarvalley_triage
security_code = <<v>>
version = WCTP-DTD-V1R3
notify_when_delivered = true

[routing]
rn_oncall_group = 5105550100
chaplain_group = 5105550133
social_work_group = 5105550147

[logging]
path = /var/log/wctp-gateway.log
level = INFO
""", v=v), v, "WCTP 1.3 specification: wctp-Originator senderID and securityCode")

v = gen_pw(18)
S("asterisk", "sip-password", "phones/asterisk/pjsip.conf", t(r"""
; After-hours line for Hummingbird Hospice - SIP trunk to the carrier
[transport-udp]
type=transport
protocol=udp
bind=0.0.0.0:5060

[carrier-trunk]
type=registration
outbound_auth=carrier-auth
server_uri=sip:sip.voipcarrier.net
client_uri=sip:hummingbird_ah@sip.voipcarrier.net
retry_interval=60

[carrier-auth]
type=auth
auth_type=userpass
username=hummingbird_ah
password=<<v>>

[carrier-aor]
type=aor
contact=sip:sip.voipcarrier.net

[carrier-endpoint]
type=endpoint
context=from-carrier
disallow=all
allow=ulaw,alaw
outbound_auth=carrier-auth
aors=carrier-aor
""", v=v), v, "Asterisk wiki: res_pjsip configuration examples (type=auth, auth_type=userpass)")

v = human_pw("!*")
S("python", "url-password", "oncall/amion_sync.py", t(r'''
"""Copy the physician and RN on-call schedule from Amion into the triage app every hour."""
import csv
import io
import datetime as dt

import requests

AMION = "https://www.amion.com/cgi-bin/ocs"
PARAMS = {
    "Lo": "<<v>>",   # Amion login for the hospice schedule
    "Rpt": "619",
    "Month": dt.date.today().month,
    "Year": dt.date.today().year,
}


def fetch_shifts():
    resp = requests.get(AMION, params=PARAMS, timeout=20)
    resp.raise_for_status()
    reader = csv.reader(io.StringIO(resp.text))
    for row in reader:
        if len(row) > 8 and row[3] in ("Hospice RN Triage", "Hospice MD On Call"):
            yield {"staff": row[0], "role": row[3], "date": row[6], "start": row[7], "end": row[8]}


if __name__ == "__main__":
    for shift in fetch_shifts():
        print(shift)
''', v=v), v, "Amion schedule export: ocs report URL with the Lo (login password) parameter")

v = slack_webhook()
S("shell", "slack-webhook", "oncall/scripts/census_alert.sh", t(r"""
#!/bin/sh
# Post the inpatient unit census to #ipu-charge-nurses at 06:00 and 18:00 (cron)
WEBHOOK="<<v>>"
CENSUS=$(psql -At -h ipu-db -U census_ro -d ipu -c "select count(*) from beds where occupied")
GIP=$(psql -At -h ipu-db -U census_ro -d ipu -c "select count(*) from beds where level_of_care='GIP'")

curl -s -X POST -H 'Content-type: application/json' \
  --data "{\"text\":\"IPU census: ${CENSUS} occupied (${GIP} GIP).\"}" \
  "$WEBHOOK"
""", v=v), v, "Slack API: incoming webhooks (hooks.slack.com/services/...)")

v = (f"https://riverbendhospice.webhook.office.com/webhookb2/{uuid_s()}@{uuid_s()}/IncomingWebhook/"
     f"{hexs(32)}/{uuid_s()}/V2{mixed(43, URLSAFE)}")
S("powershell", "teams-webhook", "ops/Send-MissedVisitReport.ps1", t(r"""
<#
.SYNOPSIS
  Posts yesterday's missed and late visits to the clinical managers' Teams channel.
#>
param(
    [string]$ReportPath = "\\fs01\reports\missed_visits.csv"
)

$webhook = "<<v>>"

$rows = Import-Csv -Path $ReportPath
$late = ($rows | Where-Object { $_.Status -eq 'Late' }).Count
$missed = ($rows | Where-Object { $_.Status -eq 'Missed' }).Count

$card = @{
    "@type"    = "MessageCard"
    "@context" = "http://schema.org/extensions"
    summary    = "Missed visits"
    text       = "Yesterday: $missed missed, $late late visits. See $ReportPath"
} | ConvertTo-Json

Invoke-RestMethod -Method Post -Uri $webhook -ContentType 'application/json' -Body $card
""", v=v), v, "Microsoft Teams: incoming webhook URL (webhook.office.com/webhookb2/...)")

v = gen_pw(32)
S("yaml", "oauth-client-secret", "telehealth/config/zoom.yaml", t(r"""
# Zoom server-to-server OAuth app for family meetings and IDG telehealth visits
zoom:
  account_id: <<acct>>
  client_id: <<cid>>
  client_secret: <<v>>
  token_url: https://zoom.us/oauth/token
  api_base: https://api.zoom.us/v2
meetings:
  default_duration_minutes: 45
  waiting_room: true
  join_before_host: false
  auto_recording: none
  host_email: telehealth@cardinalhospice.org
""", acct=mixed(22, URLSAFE), cid=mixed(22), v=v), v, "Zoom developer docs: Server-to-Server OAuth (account_id, client_id, client_secret)")

v = "AAAA" + mixed(7, URLSAFE) + ":APA91b" + mixed(134, URLSAFE)
S("javascript", "fcm-server-key", "family-app/functions/legacyPush.js", t(r"""
// Legacy FCM HTTP push, still used by the v1 family app build on older devices
const fetch = require("node-fetch");

const FCM_SERVER_KEY = "<<v>>";

async function notifyFamily(deviceToken, title, body) {
  const res = await fetch("https://fcm.googleapis.com/fcm/send", {
    method: "POST",
    headers: {
      Authorization: `key=${FCM_SERVER_KEY}`,
      "Content-Type": "application/json",
    },
    body: JSON.stringify({ to: deviceToken, notification: { title, body }, priority: "high" }),
  });
  if (!res.ok) {
    throw new Error(`FCM ${res.status}`);
  }
  return res.json();
}

module.exports = { notifyFamily };
""", v=v), v, "Firebase Cloud Messaging legacy HTTP API: Authorization: key=<server key>")

v = p8_pem()
S("javascript", "private-key", "family-app/server/config/apns.js", t(r"""
// APNs token-based auth for the family app (Team ID and Key ID from the developer account)
module.exports = {
  token: {
    key: `<<v>>`,
    keyId: "<<kid>>",
    teamId: "<<team>>",
  },
  production: true,
  topic: "org.sparrowhospice.family",
};
""", v=v, kid=chars(10, string.ascii_uppercase + string.digits), team=chars(10, string.ascii_uppercase + string.digits)),
  v, "Apple developer docs: establishing a token-based connection to APNs (.p8 key)")

v = mixed(40)
S("php", "plivo-auth-token", "oncall-web/config/plivo.php", t(r"""
<?php
// Plivo voice: bridges the after-hours caller to whichever nurse is on call.
return [
    'auth_id'    => 'MA<<aid>>',
    'auth_token' => '<<v>>',
    'caller_id'  => '+14155550199',
    'answer_url' => 'https://oncall.juniperhospice.org/plivo/answer',
    'hangup_url' => 'https://oncall.juniperhospice.org/plivo/hangup',
    'record'     => false,
];
""", aid=chars(18, string.ascii_uppercase + string.digits), v=v), v, "Plivo API docs: Auth ID and Auth Token")

v = jwt({"aud": "https://platform.ringcentral.com/restapi/oauth/token", "sub": digits(12),
         "iss": mixed(22, URLSAFE), "exp": 3881712000, "iat": 1713312000, "jti": mixed(22, URLSAFE)},
        alg="RS256", sig_len=342)
S("env", "jwt-credential", "fax-bridge/.env.production", t(r"""
# RingCentral fax bridge: referrals and physician orders arrive by fax, land in the EHR inbox
RC_SERVER_URL=https://platform.ringcentral.com
RC_CLIENT_ID=<<cid>>
RC_JWT=<<v>>
RC_FAX_EXTENSION=~
INBOX_DIR=/srv/fax-bridge/inbox
EHR_DROP=smb://ehr-fs01/referrals
""", cid=mixed(22, URLSAFE), v=v), v, "RingCentral developer guide: JWT auth flow credentials")

v = human_pw("!#$*")
S("python", "fax-password", "referrals/srfax_poll.py", t(r"""
import base64
import pathlib

import requests

SRFAX_URL = "https://www.srfax.com/SRF_SecWebSvc.php"
ACCESS_ID = "318842"
ACCESS_PWD = "<<v>>"
OUT = pathlib.Path("/srv/referrals/fax")


def poll():
    resp = requests.post(SRFAX_URL, data={
        "action": "Get_Fax_Inbox",
        "access_id": ACCESS_ID,
        "access_pwd": ACCESS_PWD,
        "sPeriod": "RANGE",
        "sViewedStatus": "UNREAD",
    }, timeout=30)
    for fax in resp.json().get("Result", []):
        doc = requests.post(SRFAX_URL, data={
            "action": "Retrieve_Fax", "access_id": ACCESS_ID, "access_pwd": ACCESS_PWD,
            "sFaxFileName": fax["FileName"], "sDirection": "IN",
        }, timeout=30).json()["Result"]
        (OUT / f"{fax['FileName']}.pdf").write_bytes(base64.b64decode(doc))


if __name__ == "__main__":
    poll()
""", v=v), v, "SRFax web service API: access_id and access_pwd POST fields")

# ================================================================================================
# Secrets: donors, fundraising and the foundation's websites
# ================================================================================================

v = stripe_secret()
S("env", "stripe-secret-key", "foundation/donate/.env", t(r"""
# Memorial giving page - Suncrest Hospice Foundation
NEXT_PUBLIC_SITE_URL=https://give.suncresthospice.org
NEXT_PUBLIC_STRIPE_PUBLISHABLE_KEY=pk_live_51<<pk>>
STRIPE_SECRET_KEY=<<v>>
DONATION_MIN_CENTS=500
TRIBUTE_CARD_FROM=tributes@suncresthospice.org
""", pk=mixed(97), v=v), v, "Stripe docs: API keys (sk_live_ secret key, pk_live_ publishable key)")

v = stripe_webhook()
S("javascript", "stripe-webhook-secret", "foundation/donate/pages/api/stripe-webhook.js", t(r"""
import Stripe from "stripe";
import { buffer } from "micro";
import { recordGift } from "../../lib/raisersEdge";

export const config = { api: { bodyParser: false } };

const stripe = new Stripe(process.env.STRIPE_SECRET_KEY);
const endpointSecret = "<<v>>";

export default async function handler(req, res) {
  const sig = req.headers["stripe-signature"];
  let event;
  try {
    event = stripe.webhooks.constructEvent(await buffer(req), sig, endpointSecret);
  } catch (err) {
    return res.status(400).send(`Webhook Error: ${err.message}`);
  }
  if (event.type === "checkout.session.completed") {
    const session = event.data.object;
    await recordGift({
      amount: session.amount_total / 100,
      email: session.customer_details.email,
      tribute: session.metadata.in_memory_of,
    });
  }
  res.json({ received: true });
}
""", v=v), v, "Stripe docs: check webhook signatures with the endpoint's whsec_ signing secret")

v = hexs(32)
S("python", "api-key", "donors/raisers_edge/gifts_export.py", t(r'''
"""Nightly export of memorial gifts from Raiser's Edge NXT for the tribute-card mailing."""
import datetime as dt
import os

import requests

SKY_BASE = "https://api.sky.blackbaud.com/gift/v1"
SUBSCRIPTION_KEY = "<<v>>"


def headers(token: str) -> dict:
    return {
        "Bb-Api-Subscription-Key": SUBSCRIPTION_KEY,
        "Authorization": f"Bearer {token}",
    }


def memorial_gifts(token: str, since: dt.date):
    url = f"{SKY_BASE}/gifts"
    params = {"date_added": since.isoformat(), "gift_type": "Donation", "limit": 500}
    while url:
        resp = requests.get(url, headers=headers(token), params=params, timeout=60)
        resp.raise_for_status()
        body = resp.json()
        for gift in body["value"]:
            if gift.get("tribute"):
                yield gift
        url, params = body.get("next_link"), None


if __name__ == "__main__":
    token = open(os.path.expanduser("~/.sky_token")).read().strip()
    for g in memorial_gifts(token, dt.date.today() - dt.timedelta(days=1)):
        print(g["id"], g["amount"]["value"], g["tribute"]["tributee"]["name"])
''', v=v), v, "Blackbaud SKY API: Bb-Api-Subscription-Key header")

v = b64bytes(32)
S("yaml", "oauth-client-secret", "donors/sky-sync/config/settings.yaml", t(r"""
blackbaud:
  application_id: <<app>>
  application_secret: "<<v>>"
  redirect_uri: https://sync.evergreenhospice.org/callback/blackbaud
  environment_id: p-<<env>>
  auth_url: https://app.blackbaud.com/oauth/authorize
  token_url: https://oauth2.sky.blackbaud.com/token
sync:
  constituents: true
  gifts: true
  appeals:
    - "Light Up A Life 2024"
    - "Memorial Garden Bricks"
  schedule: "0 2 * * *"
""", app=uuid_s(), v=v, env=mixed(22, URLSAFE)), v, "Blackbaud SKY developer: application ID and application secret")

v = "5Aep861" + mixed(83, ALNUM + "._")
S("shell", "salesforce-auth-url", "ci/deploy-npsp.sh", t(r"""
#!/usr/bin/env bash
# Deploy volunteer and donor customisations to the NPSP org (Cedar Valley Hospice Foundation)
set -euo pipefail

echo "force://PlatformCLI::<<v>>@cedarvalleyhospice.my.salesforce.com" > /tmp/sfdx-auth.txt
sf org login sfdx-url --sfdx-url-file /tmp/sfdx-auth.txt --alias npsp-prod --set-default
rm -f /tmp/sfdx-auth.txt

sf project deploy start --source-dir force-app --test-level RunLocalTests --wait 30
sf apex run --file scripts/apex/recalc_rollups.apex
""", v=v), v, "Salesforce CLI: sf org login sfdx-url (force://clientId::refreshToken@instance)")

v = mixed(96)
S("toml", "api-key", "donors/dp_sync/config.toml", t(r"""
# DonorPerfect -> mailing house export (Light Up A Life, memorial tributes)
[donorperfect]
endpoint = "https://www.donorperfect.net/prod/xmlrequest.asp"
api_key = "<<v>>"
page_size = 500

[export]
appeal_codes = ["LUAL24", "MEMBRICK", "TRIBUTE"]
output_dir = "/srv/exports/mailing"
sftp_host = "ftp.mailinghouse.example.net"

[schedule]
cron = "30 3 * * MON"
""", v=v), v, "DonorPerfect XML API: apikey parameter on xmlrequest.asp")

v = mixed(32) + "-us14"
S("python", "mailchimp-api-key", "foundation/newsletter/sync_tribute_list.py", t(r'''
"""Add new tribute donors to the grief-support newsletter audience (double opt-in)."""
import hashlib

import mailchimp_marketing as MailchimpMarketing

client = MailchimpMarketing.Client()
client.set_config({"api_key": "<<v>>", "server": "us14"})

AUDIENCE_ID = "3c5a1e9b47"


def subscribe(email: str, first: str, last: str) -> None:
    member_hash = hashlib.md5(email.lower().encode()).hexdigest()
    client.lists.set_list_member(AUDIENCE_ID, member_hash, {
        "email_address": email,
        "status_if_new": "pending",
        "merge_fields": {"FNAME": first, "LNAME": last},
        "tags": ["tribute-donor"],
    })
''', v=v), v, "Mailchimp Marketing API quick start: api_key with the data-center suffix")

v = "pat-na1-" + uuid_s()
S("javascript", "hubspot-token", "foundation/events/hubspot.js", t(r"""
const hubspot = require("@hubspot/api-client");

// Private app: "Memorial Walk registrations" (crm.objects.contacts.write)
const hubspotClient = new hubspot.Client({
  accessToken: "<<v>>",
});

async function upsertWalker({ email, firstname, lastname, team }) {
  return hubspotClient.crm.contacts.basicApi.create({
    properties: { email, firstname, lastname, walk_team: team, lifecyclestage: "subscriber" },
  });
}

module.exports = { upsertWalker };
""", v=v), v, "HubSpot developer docs: private app access tokens (pat-na1-...)")

v = human_pw("!#%*")
S("php", "database-password", "foundation/wordpress/wp-config.php", t(r"""
<?php
/**
 * WordPress configuration - Magnolia Hospice Foundation (give.magnoliahospice.org)
 */

define( 'DB_NAME', 'mhf_wp' );
define( 'DB_USER', 'mhf_wp_user' );
define( 'DB_PASSWORD', '<<v>>' );
define( 'DB_HOST', 'mysql-foundation.cluster-c8xk2.us-east-2.rds.amazonaws.com' );
define( 'DB_CHARSET', 'utf8mb4' );
define( 'DB_COLLATE', '' );

/* Salts live in the environment (see /etc/php/8.2/fpm/pool.d/www.conf). */
define( 'AUTH_KEY',         getenv( 'WP_AUTH_KEY' ) );
define( 'SECURE_AUTH_KEY',  getenv( 'WP_SECURE_AUTH_KEY' ) );
define( 'LOGGED_IN_KEY',    getenv( 'WP_LOGGED_IN_KEY' ) );
define( 'NONCE_KEY',        getenv( 'WP_NONCE_KEY' ) );

$table_prefix = 'mhf_';

define( 'WP_DEBUG', false );
define( 'DISALLOW_FILE_EDIT', true );

if ( ! defined( 'ABSPATH' ) ) {
	define( 'ABSPATH', __DIR__ . '/' );
}

require_once ABSPATH . 'wp-settings.php';
""", v=v), v, "WordPress developer docs: editing wp-config.php (DB_PASSWORD)")

v = "6L" + mixed(38, URLSAFE)
S("php", "recaptcha-secret", "foundation/wordpress/wp-content/mu-plugins/donation-captcha.php", t(r"""
<?php
/**
 * Plugin Name: Donation form reCAPTCHA check
 */

const MHF_RECAPTCHA_SECRET = '<<v>>';

add_filter( 'gform_validation_3', function ( $result ) {
	$token    = rgpost( 'g-recaptcha-response' );
	$response = wp_remote_post( 'https://www.google.com/recaptcha/api/siteverify', [
		'body' => [
			'secret'   => MHF_RECAPTCHA_SECRET,
			'response' => $token,
			'remoteip' => $_SERVER['REMOTE_ADDR'] ?? '',
		],
	] );
	$body = json_decode( wp_remote_retrieve_body( $response ), true );
	if ( empty( $body['success'] ) || ( $body['score'] ?? 0 ) < 0.5 ) {
		$result['is_valid'] = false;
	}
	return $result;
} );
""", v=v), v, "Google reCAPTCHA docs: verifying the user's response with the secret key")

v = "E" + mixed(79, URLSAFE)
S("env", "paypal-client-secret", "foundation/givebox/.env.production", t(r"""
APP_ENV=production
PAYPAL_MODE=live
PAYPAL_CLIENT_ID=A<<cid>>
PAYPAL_CLIENT_SECRET=<<v>>
PAYPAL_WEBHOOK_ID=<<wh>>
GIFT_AID_ENABLED=false
RECEIPT_FROM="Willow Hospice Foundation <receipts@willowhospice.org>"
""", cid=mixed(79, URLSAFE), v=v, wh=chars(17, string.ascii_uppercase + string.digits)),
  v, "PayPal REST APIs: get client ID and client secret (live app credentials)")

v = "EAAA" + mixed(60, URLSAFE)
S("python", "square-access-token", "thrift_store/pos_sync.py", t(r'''
"""Hospice thrift stores: pull Square sales into the foundation's general ledger."""
from square.client import Client

client = Client(
    access_token="<<v>>",
    environment="production",
)

LOCATIONS = {"L7K2M9QH3TZ1A": "Main St store", "L1P8XW4RD2GNB": "Eastside store"}


def daily_totals(begin: str, end: str) -> dict:
    totals = {}
    for loc_id, name in LOCATIONS.items():
        result = client.payments.list_payments(begin_time=begin, end_time=end, location_id=loc_id)
        if result.is_error():
            raise RuntimeError(result.errors)
        cents = sum(p["amount_money"]["amount"] for p in result.body.get("payments", []))
        totals[name] = cents / 100
    return totals
''', v=v), v, "Square Python SDK: Client(access_token=..., environment='production')")

v = hexs(32)
S("ruby", "braintree-private-key", "config/initializers/braintree.rb", t(r"""
# Recurring "Circle of Comfort" monthly gifts
Braintree::Configuration.environment = :production
Braintree::Configuration.merchant_id = "<<mid>>"
Braintree::Configuration.public_key  = "<<pub>>"
Braintree::Configuration.private_key = "<<v>>"

Rails.application.config.x.monthly_giving = {
  plan_id: "circle-of-comfort-monthly",
  min_amount: 10,
  receipt_template: "monthly_gift_receipt",
}
""", mid=chars(16, string.ascii_lowercase + string.digits), pub=chars(16, string.ascii_lowercase + string.digits), v=v),
  v, "Braintree Ruby SDK: Configuration merchant_id / public_key / private_key")

v = mixed(16)
S("csharp", "payment-transaction-key", "Foundation.Payments/AuthorizeNetGateway.cs", t(r"""
using AuthorizeNet.Api.Contracts.V1;
using AuthorizeNet.Api.Controllers.Bases;

namespace Foundation.Payments
{
    public static class AuthorizeNetGateway
    {
        // Gala auction card-present terminal (merchant: Horizon Hospice Foundation)
        private const string ApiLoginId = "<<login>>";
        private const string TransactionKey = "<<v>>";

        public static void Configure()
        {
            ApiOperationBase<ANetApiRequest, ANetApiResponse>.RunEnvironment =
                AuthorizeNet.Environment.PRODUCTION;
            ApiOperationBase<ANetApiRequest, ANetApiResponse>.MerchantAuthentication =
                new merchantAuthenticationType
                {
                    name = ApiLoginId,
                    ItemElementName = ItemChoiceType.transactionKey,
                    Item = TransactionKey,
                };
        }
    }
}
""", login=mixed(10), v=v), v, "Authorize.Net API reference: merchantAuthentication name + transactionKey")

v = hexs(32)
S("yaml", "algolia-admin-key", "foundation/site/_config.production.yml", t(r"""
title: Horizon Hospice Foundation
url: https://foundation.horizonhospice.org
baseurl: ""
plugins:
  - jekyll-algolia
  - jekyll-sitemap
algolia:
  application_id: <<app>>
  index_name: foundation_pages
  # needed by `jekyll algolia` to push records
  api_key: <<v>>
  search_only_api_key: <<search>>
collections:
  stories:
    output: true
    permalink: /stories/:title/
""", app=chars(10, string.ascii_uppercase + string.digits), v=v, search=hexs(32)),
  v, "jekyll-algolia docs: admin API key used for indexing (search-only key is public)")

v = f"https://discord.com/api/webhooks/{digits(19)}/{mixed(68, URLSAFE)}"
S("python", "discord-webhook", "volunteers/bots/shift_reminders.py", t(r'''
"""Remind the volunteer Discord when vigil (11th Hour) shifts are still open."""
import requests

WEBHOOK_URL = "<<v>>"


def post_open_shifts(shifts):
    if not shifts:
        return
    lines = [f"- {s['date']} {s['start']}-{s['end']} at {s['site']}" for s in shifts]
    content = "**Open 11th Hour vigil shifts**\n" + "\n".join(lines)
    resp = requests.post(WEBHOOK_URL, json={"content": content, "username": "Vigil Scheduler"}, timeout=10)
    resp.raise_for_status()
''', v=v), v, "Discord developer docs: execute webhook (discord.com/api/webhooks/id/token)")

# ================================================================================================
# Secrets: volunteer management
# ================================================================================================

v = human_pw("!#$*")
S("python", "basic-auth-password", "volunteers/hub_export.py", t(r'''
"""Export volunteer hours from VolunteerHub for the CMS 5% volunteer-hours report."""
import csv
import sys

import requests

BASE = "https://graceharbor.volunteerhub.com/api/v2"
AUTH = ("api.reporting@graceharbor.org", "<<v>>")


def hours(start: str, end: str):
    resp = requests.get(f"{BASE}/events", params={"startDate": start, "endDate": end}, auth=AUTH, timeout=30)
    resp.raise_for_status()
    for event in resp.json():
        for reg in event.get("UserGroupRegistrations", []):
            yield event["Name"], reg["UserGroupName"], event["Duration"]


if __name__ == "__main__":
    w = csv.writer(sys.stdout)
    w.writerow(["event", "group", "hours"])
    for row in hours(sys.argv[1], sys.argv[2]):
        w.writerow(row)
''', v=v), v, "VolunteerHub API: HTTP Basic authentication with an API user")

v = human_pw("!#$%*")
S("powershell", "plaintext-credential", "volunteers/Import-VolgisticsHours.ps1", t(r"""
# Monthly: load the Volgistics hours export into the reporting database
$ErrorActionPreference = 'Stop'

$csv = Get-ChildItem -Path 'D:\Exports\Volgistics' -Filter 'hours_*.csv' |
       Sort-Object LastWriteTime -Descending | Select-Object -First 1

$secure = ConvertTo-SecureString '<<v>>' -AsPlainText -Force
$cred = New-Object System.Management.Automation.PSCredential ('svc_volunteer_load', $secure)

$rows = Import-Csv $csv.FullName
foreach ($row in $rows) {
    $query = "INSERT INTO dbo.VolunteerHours (VolunteerId, ServiceDate, Hours, Assignment) " +
             "VALUES ('$($row.'Volunteer ID')', '$($row.Date)', $($row.Hours), '$($row.Assignment)')"
    Invoke-Sqlcmd -ServerInstance 'rpt-sql01' -Database 'Reporting' -Credential $cred -Query $query
}
Write-Host "Loaded $($rows.Count) rows from $($csv.Name)"
""", v=v), v, "Microsoft Learn: ConvertTo-SecureString -AsPlainText and PSCredential")

v = "mongodb+srv://vigil_app:" + safe_pw() + "@volunteers.x7qkd.mongodb.net/vigil?retryWrites=true&w=majority"
_pw = v.split(":")[2].split("@")[0]
S("javascript", "mongodb-uri", "volunteers/vigil-app/server/db.js", t(r"""
const mongoose = require("mongoose");

// 11th Hour vigil volunteer scheduling app
const MONGO_URI = process.env.MONGO_URI || "<<v>>";

async function connect() {
  mongoose.set("strictQuery", true);
  await mongoose.connect(MONGO_URI, { serverSelectionTimeoutMS: 5000 });
  console.log("connected to vigil db");
}

module.exports = { connect };
""", v=v), _pw, "MongoDB Atlas: connection string (mongodb+srv://user:password@cluster)")

v = "ATATT3xFfGF0" + mixed(170, URLSAFE) + "=" + uhex(8)
S("python", "atlassian-api-token", "it/oncall_incident_ticket.py", t(r'''
"""Open a Jira ticket whenever the after-hours phone tree fails over."""
from jira import JIRA

JIRA_URL = "https://riverbendhospice.atlassian.net"
JIRA_USER = "it-automation@riverbendhospice.org"
JIRA_TOKEN = "<<v>>"

jira = JIRA(server=JIRA_URL, basic_auth=(JIRA_USER, JIRA_TOKEN))


def open_ticket(summary: str, details: str) -> str:
    issue = jira.create_issue(
        project="ITOPS",
        summary=summary,
        description=details,
        issuetype={"name": "Incident"},
        priority={"name": "High"},
        labels=["after-hours", "phone-tree"],
    )
    return issue.key
''', v=v), v, "Atlassian: manage API tokens for your Atlassian account (basic auth with email + token)")

v = mixed(40)
S("yaml", "zendesk-api-token", "family-support/config/zendesk.yml", t(r"""
# Family support desk (bereavement follow-ups, billing questions)
zendesk:
  subdomain: sparrowhospice
  email: support-bot@sparrowhospice.org/token
  token: <<v>>
  default_group: Bereavement
  brand_id: 360004471120
macros:
  bereavement_13_month: 4412089912
  billing_question: 4412089933
""", v=v), v, "Zendesk API: API token authentication ({email}/token:{api_token})")

# ================================================================================================
# Secrets: family portal and its platform
# ================================================================================================

v = gen_pw(28)
S("compose", "database-password", "family-portal/docker-compose.yml", t(r"""
services:
  db:
    image: postgres:16-alpine
    restart: unless-stopped
    environment:
      POSTGRES_DB: family_portal
      POSTGRES_USER: portal
      POSTGRES_PASSWORD: <<v>>
    volumes:
      - pgdata:/var/lib/postgresql/data

  api:
    build: ./api
    depends_on: [db]
    environment:
      DATABASE_URL: postgres://portal@db:5432/family_portal
      PGPASSWORD_FILE: /run/secrets/pg
      CARE_TEAM_MESSAGES: "true"
    ports:
      - "8080:8080"

  web:
    build: ./web
    depends_on: [api]
    ports:
      - "3000:3000"

volumes:
  pgdata:
""", v=v), v, "Docker Hub postgres image: POSTGRES_PASSWORD environment variable")

v = safe_pw()
S("k8s-secret", "database-password", "k8s/family-portal/db-secret.yaml", t(r"""
apiVersion: v1
kind: Secret
metadata:
  name: family-portal-db
  namespace: family-portal
  labels:
    app.kubernetes.io/part-of: family-portal
type: Opaque
data:
  DB_HOST: <<host>>
  DB_USER: <<user>>
  DB_PASSWORD: <<pw>>
""", host=b64("pg-family.bluebird.svc.cluster.local"), user=b64("portal_app"), pw=b64(v)),
  v, "Kubernetes docs: Secret data values are base64-encoded")

v = b64bytes(48)
S("k8s-secret", "signing-key", "k8s/family-portal/jwt-secret.yaml", t(r"""
apiVersion: v1
kind: Secret
metadata:
  name: family-portal-jwt
  namespace: family-portal
  annotations:
    rotated-by: it-security
    rotated-on: "2024-09-03"
type: Opaque
data:
  JWT_SIGNING_KEY: <<enc>>
  JWT_ISSUER: <<iss>>
""", enc=b64(v), iss=b64("https://family.bluebirdhospice.org")), v,
  "Kubernetes docs: Secret data values are base64-encoded")

v = fakes.redis_password(_seed())
S("helm", "redis-password", "charts/family-portal/values-prod.yaml", t(r"""
image:
  repository: ghcr.io/lanternhill/family-portal
  tag: 2.14.0
ingress:
  enabled: true
  className: nginx
  hosts:
    - host: family.lanternhillhospice.org
      paths: [{ path: /, pathType: Prefix }]
  tls:
    - secretName: family-portal-tls
      hosts: [family.lanternhillhospice.org]
redis:
  enabled: true
  architecture: standalone
  auth:
    enabled: true
    password: "<<v>>"
postgresql:
  enabled: false
externalDatabase:
  host: pg-prod.lanternhill.internal
  existingSecret: family-portal-db
resources:
  requests:
    cpu: 250m
    memory: 256Mi
""", v=v), v, "Bitnami Redis Helm chart: auth.password value")

v = fakes.aws_secret_key(_seed())
S("terraform", "aws-secret-key", "infra/family-portal/provider.tf", t(r"""
terraform {
  required_version = ">= 1.5"
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.40"
    }
  }
  backend "s3" {
    bucket = "meadow-hospice-tfstate"
    key    = "family-portal/terraform.tfstate"
    region = "us-east-2"
  }
}

provider "aws" {
  region     = "us-east-2"
  access_key = "<<kid>>"
  secret_key = "<<v>>"

  default_tags {
    tags = {
      Owner       = "it-infrastructure"
      Application = "family-portal"
      PHI         = "true"
    }
  }
}
""", kid=fakes.aws_key_id(_seed()), v=v), v, "Terraform AWS provider: static credentials (access_key / secret_key)")

v = azure_ad_secret()
S("terraform", "azure-client-secret", "infra/azure/prod.auto.tfvars", t(r"""
# Azure landing zone for the hospice EHR reporting stack
location            = "eastus2"
resource_group_name = "rg-hospice-reporting-prod"
tenant_id           = "<<tenant>>"
subscription_id     = "<<sub>>"
client_id           = "<<cid>>"
client_secret       = "<<v>>"

sql_admin_login = "sqladmin_rpt"
sql_sku         = "GP_S_Gen5_2"
tags = {
  cost_center = "4410"
  environment = "prod"
}
""", tenant=uuid_s(), sub=uuid_s(), cid=uuid_s(), v=v), v,
  "Terraform azurerm provider: authenticating with a service principal and client secret")

v = human_pw("!#$%*")
S("ansible", "ldap-bind-password", "ansible/group_vars/clinical_workstations.yml", t(r"""
---
# Inpatient unit nurse-station PCs and family-room kiosks
timezone: America/Chicago
ntp_servers:
  - ntp1.cedarvalley.local
  - ntp2.cedarvalley.local

sssd_domain: cedarvalley.local
ldap_uri: ldaps://dc01.cedarvalley.local
ldap_search_base: dc=cedarvalley,dc=local
ldap_bind_dn: CN=svc-ldap-bind,OU=Service Accounts,DC=cedarvalley,DC=local
ldap_bind_password: "<<v>>"

kiosk_user: familyroom
kiosk_url: https://family.cedarvalleyhospice.org/checkin
allowed_usb_classes:
  - hid
  - printer
""", v=v), v, "Ansible docs: group_vars variables (here a plaintext bind password, not vaulted)")

v = openssh_pem()
S("ansible", "ssh-private-key", "ansible/roles/deploy/defaults/main.yml", t(r"""
---
deploy_user: deploy
deploy_repo: git@github.com:sparrow-hospice/family-portal.git
deploy_version: main
deploy_path: /srv/family-portal

# read-only deploy key for the repository above
deploy_key: |
<<key>>

deploy_restart_services:
  - family-portal-api
  - family-portal-worker
""", key="\n".join("  " + line for line in v.splitlines())), v, "GitHub docs: deploy keys (an OpenSSH private key)")

v = slack_bot()
S("github-actions", "slack-bot-token", ".github/workflows/nightly-census.yml", t(r"""
name: nightly-census
on:
  schedule:
    - cron: "15 11 * * *"
  workflow_dispatch: {}

jobs:
  census:
    runs-on: ubuntu-latest
    env:
      SLACK_BOT_TOKEN: <<v>>
      SLACK_CHANNEL: "#clinical-leadership"
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-python@v5
        with:
          python-version: "3.12"
      - run: pip install -r reports/requirements.txt
      - name: Build census summary
        run: python reports/census_summary.py --out summary.md
        env:
          WAREHOUSE_URL: ${{ secrets.WAREHOUSE_URL }}
      - name: Post to Slack
        run: python reports/post_slack.py summary.md
""", v=v), v, "Slack API: bot user OAuth tokens (xoxb-)")

v = npm_token()
S("gitlab-ci", "npm-token", ".gitlab-ci.yml", t(r"""
stages: [install, test, build, publish]

variables:
  NODE_VERSION: "20"
  NPM_TOKEN: "<<v>>"

default:
  image: node:${NODE_VERSION}

install:
  stage: install
  script:
    - echo "//registry.npmjs.org/:_authToken=${NPM_TOKEN}" > .npmrc
    - npm ci
  cache:
    paths: [node_modules/]

test:
  stage: test
  script: npm test -- --ci

publish:
  stage: publish
  script:
    - npm publish --access restricted
  rules:
    - if: $CI_COMMIT_TAG
""", v=v), v, "npm docs: access tokens (npm_...) used in .npmrc _authToken")

v = human_pw("!#%*@")
S("jenkinsfile", "ssh-password", "ci/Jenkinsfile", t(r'''
pipeline {
    agent { label 'linux' }
    environment {
        TARGET = 'deploy@hchb-bridge01.magnolia.local'
    }
    stages {
        stage('Build') {
            steps {
                sh './gradlew clean build -x test'
            }
        }
        stage('Deploy bridge') {
            steps {
                sh """
                    sshpass -p '<<v>>' scp build/libs/hchb-bridge.jar ${TARGET}:/opt/hchb-bridge/
                    sshpass -p '<<v>>' ssh ${TARGET} 'sudo systemctl restart hchb-bridge'
                """
            }
        }
    }
    post {
        failure {
            mail to: 'it-integrations@magnoliahospice.org', subject: "Bridge deploy failed", body: "${env.BUILD_URL}"
        }
    }
}
''', v=v), v, "sshpass manual: -p password on the command line")

v = human_pw("!#%*")
S("shell-history", "mysql-password", "ops/history/ipu-db01.bash_history", t(r"""
sudo systemctl status mysqld
df -h /var/lib/mysql
mysql -u root -p'<<v>>' -e 'show databases;'
mysqldump -u root -p'<<v>>' --single-transaction ipu_bedboard > /backup/ipu_bedboard_$(date +%F).sql
ls -lh /backup
gzip /backup/ipu_bedboard_*.sql
exit
""", v=v), v, "MySQL reference manual: specifying the password on the command line (-p<password>)")

v = gen_pw(22)
S("shell-history", "curl-basic-auth", "ops/history/jdoe.zsh_history", t(r"""
: 1718031102:0;cd ~/work/hchb-bridge
: 1718031110:0;git pull
: 1718031160:0;curl -s https://bridge.evergreen.local/health
: 1718031201:0;curl -s -u hchb_bridge:<<v>> https://bridge.evergreen.local/admin/replay?since=2024-06-10
: 1718031266:0;tail -n 200 /var/log/hchb-bridge/app.log
: 1718031310:0;exit
""", v=v), v, "curl manual: -u user:password")

v = human_pw("!#$*")
S("markdown", "portal-password", "docs/runbooks/after-hours-fax-outage.md", t(r"""
# Runbook: after-hours referral fax line is down

**Audience:** on-call IT, nursing supervisor
**Last reviewed:** 2024-05-02

## Symptoms
- Intake coordinators report referrals "sent" by hospitals but nothing in the EHR fax inbox.
- The fax bridge health check in Grafana is red.

## Steps
1. Log in to the carrier fax portal: https://portal.efaxcorporate.com
   - Account: `7135550188`
   - Password: `<<v>>`
2. Check *Inbound > Failed*. If faxes are there, download the PDFs and drop them in
   `\\ehr-fs01\referrals\manual`.
3. Restart the bridge: `sudo systemctl restart fax-bridge` on `fax01`.
4. Call the intake lead (see Amion "Intake On Call") and confirm receipt.

## Escalation
If the carrier portal itself is down, call the carrier NOC (on the sticker on fax01).
""", v=v), v, "Runbook pattern: a portal credential pasted into team documentation")

v = safe_pw()
S("notebook", "database-url", "analytics/notebooks/length_of_stay.ipynb", t(r"""
{
 "cells": [
  {
   "cell_type": "markdown",
   "metadata": {},
   "source": ["# Length of stay and live discharges, FY2024"]
  },
  {
   "cell_type": "code",
   "execution_count": 1,
   "metadata": {},
   "outputs": [],
   "source": [
    "import pandas as pd\n",
    "from sqlalchemy import create_engine\n",
    "\n",
    "engine = create_engine(\"postgresql+psycopg2://analyst:<<v>>@dw.journeyhospice.internal:5432/clinical\")\n",
    "adm = pd.read_sql(\"select * from mart.admissions where fiscal_year = 2024\", engine)"
   ]
  },
  {
   "cell_type": "code",
   "execution_count": 2,
   "metadata": {},
   "outputs": [],
   "source": [
    "adm['los'] = (adm['discharge_date'] - adm['admit_date']).dt.days\n",
    "adm.groupby('primary_dx_group')['los'].describe()"
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
""", v=v), v, "SQLAlchemy docs: database URLs (dialect+driver://user:password@host/db)")

v = human_pw("!#$%*@")
S("sql", "login-password", "db/migrations/V42__reporting_logins.sql", t(r"""
-- V42: logins for the CAHPS Hospice survey vendor extract and the BI service
USE [master];
GO

CREATE LOGIN [cahps_vendor_extract]
    WITH PASSWORD = N'<<v>>',
         DEFAULT_DATABASE = [ClinicalDW],
         CHECK_POLICY = ON,
         CHECK_EXPIRATION = OFF;
GO

USE [ClinicalDW];
GO
CREATE USER [cahps_vendor_extract] FOR LOGIN [cahps_vendor_extract];
ALTER ROLE [db_datareader] ADD MEMBER [cahps_vendor_extract];
DENY SELECT ON SCHEMA::[phi_notes] TO [cahps_vendor_extract];
GO
""", v=v), v, "Microsoft Learn: CREATE LOGIN ... WITH PASSWORD")

v = gen_pw(24)
S("sql", "role-password", "db/init/02_roles.sql", t(r"""
-- Roles for the volunteer coordination database (PostgreSQL 15)
CREATE ROLE volunteer_app LOGIN PASSWORD '<<v>>';
CREATE ROLE volunteer_ro NOLOGIN;

GRANT CONNECT ON DATABASE volunteers TO volunteer_app;
GRANT USAGE ON SCHEMA public TO volunteer_app, volunteer_ro;
GRANT SELECT, INSERT, UPDATE ON ALL TABLES IN SCHEMA public TO volunteer_app;
GRANT SELECT ON ALL TABLES IN SCHEMA public TO volunteer_ro;

ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT ON TABLES TO volunteer_ro;
""", v=v), v, "PostgreSQL docs: CREATE ROLE ... LOGIN PASSWORD")

v = "os_v2_app_" + chars(110, string.ascii_lowercase + "234567")
S("swift", "push-rest-key", "FamilyApp/Sources/Push/PushSender.swift", t(r"""
import Foundation

/// Sends a "care team update" push to every family member following a patient.
struct PushSender {
    static let appId = "<<app>>"
    static let restApiKey = "<<v>>"

    static func notifyFamily(patientTag: String, message: String) async throws {
        var request = URLRequest(url: URL(string: "https://api.onesignal.com/notifications")!)
        request.httpMethod = "POST"
        request.setValue("Key \(restApiKey)", forHTTPHeaderField: "Authorization")
        request.setValue("application/json", forHTTPHeaderField: "Content-Type")
        let body: [String: Any] = [
            "app_id": appId,
            "filters": [["field": "tag", "key": "patient", "relation": "=", "value": patientTag]],
            "contents": ["en": message],
        ]
        request.httpBody = try JSONSerialization.data(withJSONObject: body)
        let (_, response) = try await URLSession.shared.data(for: request)
        guard (response as? HTTPURLResponse)?.statusCode == 200 else { throw URLError(.badServerResponse) }
    }
}
""", app=uuid_s(), v=v), v, "OneSignal REST API: Authorization: Key <REST API key>")

v = gen_pw(20)
S("kotlin", "basic-auth-password", "nurse-app/app/src/main/java/org/hummingbird/visits/api/VisitApi.kt", t(r"""
package org.hummingbird.visits.api

import okhttp3.Credentials
import okhttp3.OkHttpClient
import retrofit2.Retrofit
import retrofit2.converter.moshi.MoshiConverterFactory

object VisitApi {
    private const val BASE_URL = "https://visits-api.hummingbirdhospice.org/"
    private const val SERVICE_USER = "nurse-app-android"
    private const val SERVICE_PASSWORD = "<<v>>"

    private val client = OkHttpClient.Builder()
        .addInterceptor { chain ->
            val request = chain.request().newBuilder()
                .header("Authorization", Credentials.basic(SERVICE_USER, SERVICE_PASSWORD))
                .build()
            chain.proceed(request)
        }
        .build()

    val service: VisitService = Retrofit.Builder()
        .baseUrl(BASE_URL)
        .client(client)
        .addConverterFactory(MoshiConverterFactory.create())
        .build()
        .create(VisitService::class.java)
}
""", v=v), v, "OkHttp: Credentials.basic(user, password) in an interceptor")

v = human_pw("!#$%*")
S("cisco", "device-password", "network/configs/ipu-sw01.cfg", t(r"""
!
version 15.2
service timestamps log datetime msec
service password-encryption
!
hostname IPU-SW01
!
enable secret 9 $9$<<salt>>$<<hash>>
!
username netadmin privilege 15 password 0 <<v>>
!
vlan 20
 name NURSE-STATION
vlan 30
 name FAMILY-WIFI
!
interface GigabitEthernet1/0/1
 description Nurse station PC 1
 switchport access vlan 20
 switchport mode access
!
ip ssh version 2
line vty 0 4
 login local
 transport input ssh
!
end
""", salt=chars(14, ALNUM + "./"), hash=chars(43, ALNUM + "./"), v=v), v,
  "Cisco IOS configuration guide: username ... password 0 (unencrypted)")

v = passphrase()
S("conf", "wifi-psk", "devices/tablets/wpa_supplicant.conf", t(r"""
ctrl_interface=DIR=/var/run/wpa_supplicant GROUP=netdev
update_config=1
country=US

# Visit tablets (field RNs) - clinical SSID at the inpatient unit
network={
    ssid="WillowHospice-Clinical"
    psk="<<v>>"
    key_mgmt=WPA-PSK
    priority=10
}
""", v=v), v, "wpa_supplicant.conf(5): network block psk")

v = human_pw("!#$%*")
S("xml", "autologon-password", "kiosk/unattend/FamilyRoomKiosk.xml", t(r"""
<?xml version="1.0" encoding="utf-8"?>
<unattend xmlns="urn:schemas-microsoft-com:unattend">
  <settings pass="oobeSystem">
    <component name="Microsoft-Windows-Shell-Setup" processorArchitecture="amd64" publicKeyToken="31bf3856ad364e35" language="neutral" versionScope="nonSxS">
      <AutoLogon>
        <Enabled>true</Enabled>
        <Username>FamilyKiosk</Username>
        <Password>
          <Value><<v>></Value>
          <PlainText>true</PlainText>
        </Password>
        <LogonCount>9999999</LogonCount>
      </AutoLogon>
      <TimeZone>Central Standard Time</TimeZone>
      <OOBE>
        <HideEULAPage>true</HideEULAPage>
        <ProtectYourPC>3</ProtectYourPC>
      </OOBE>
    </component>
  </settings>
</unattend>
""", v=v), v, "Microsoft Learn: Microsoft-Windows-Shell-Setup AutoLogon Password (PlainText)")

v = gen_pw(20)
S("ini", "ldap-bind-password", "ansible/roles/sssd/files/sssd.conf", t(r"""
[sssd]
services = nss, pam
domains = journeyhospice.local

[domain/journeyhospice.local]
id_provider = ldap
auth_provider = ldap
ldap_uri = ldaps://dc02.journeyhospice.local
ldap_search_base = dc=journeyhospice,dc=local
ldap_default_bind_dn = cn=svc-linux-bind,ou=svc,dc=journeyhospice,dc=local
ldap_default_authtok_type = password
ldap_default_authtok = <<v>>
ldap_tls_reqcert = demand
cache_credentials = true
""", v=v), v, "sssd-ldap(5): ldap_default_authtok")

v = sendgrid_key()
S("conf", "sendgrid-key", "mail/postfix/sasl_passwd", t(r"""
# /etc/postfix/sasl_passwd - relay through SendGrid for the fax-to-email and alert mail
# run: postmap /etc/postfix/sasl_passwd
[smtp.sendgrid.net]:587 apikey:<<v>>
# fallback relay (disabled)
#[smtp.office365.com]:587 alerts@graceharbor.org:CHANGE_ME
""", v=v), v, "SendGrid docs: integrating with Postfix (apikey as the SMTP username)")

v = human_pw("!#$%*")
S("conf", "smtp-password", "ops/dotfiles/.msmtprc", t(r"""
defaults
auth           on
tls            on
tls_trust_file /etc/ssl/certs/ca-certificates.crt
logfile        ~/.msmtp.log

account        hospice-alerts
host           smtp.office365.com
port           587
from           alerts@juniperhospice.org
user           alerts@juniperhospice.org
password       <<v>>

account default : hospice-alerts
""", v=v), v, "msmtp manual: account password command")

v = gen_pw(22)
S("pgpass", "database-password", "ops/dotfiles/.pgpass", t(r"""
# ~/.pgpass for the ETL service account on etl01 (chmod 0600)
# hostname:port:database:username:password
#
# nightly loads into the warehouse
dw.journeyhospice.internal:5432:clinical:etl_loader:<<v>>
dw.journeyhospice.internal:5432:clinical:analyst:*
localhost:5432:*:postgres:*
""", v=v), v, "PostgreSQL docs: the password file (.pgpass)")

v = uuid_s()
S("netrc", "heroku-api-key", "ops/dotfiles/.netrc", t(r"""
machine api.heroku.com
  login deploy@cardinalhospice.org
  password <<v>>
machine git.heroku.com
  login deploy@cardinalhospice.org
  password <<v>>
""", v=v), v, "Heroku Dev Center: .netrc entries written by heroku login (API key)")

v = npm_token()
S("npmrc", "npm-token", "family-portal/web/.npmrc", t(r"""
@bluebird-hospice:registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=<<v>>
save-exact=true
engine-strict=true
fund=false
""", v=v), v, "npm docs: .npmrc auth token configuration")

v = gen_pw(24)
S("ini", "repository-password", "analytics/pip.conf", t(r"""
[global]
index-url = https://analytics-bot:<<v>>@artifacts.riverbendhospice.org/artifactory/api/pypi/pypi-virtual/simple
trusted-host = artifacts.riverbendhospice.org
timeout = 60

[install]
no-cache-dir = false
""", v=v), v, "pip docs: configuration file index-url with credentials")

v = github_pat()
S("shell", "github-token", "ci/agents/setup-git.sh", t(r"""
#!/bin/sh
# Build agents: let the release job push tags to the family-portal repository
git config --global user.name "hospice-ci-bot"
git config --global user.email "ci-bot@bluebirdhospice.org"
git config --global credential.helper store
printf 'https://hospice-ci-bot:%s@github.com\n' '<<v>>' > "$HOME/.git-credentials"
chmod 600 "$HOME/.git-credentials"
""", v=v), v, "git-credential-store docs: ~/.git-credentials format (https://user:token@host)")

v = human_pw("!#$%*")
S("json", "registry-auth", "ops/build-agent/docker-config.json", t(r"""
{
  "auths": {
    "registry.suncresthospice.org": {
      "auth": "<<auth>>"
    },
    "https://index.docker.io/v1/": {}
  },
  "credsStore": "",
  "detachKeys": "ctrl-e,e"
}
""", auth=b64("build-agent:" + v)), v, "Docker docs: config.json auths entries (base64 of user:password)")

v = fakes.aws_secret_key(_seed())
S("ini", "aws-secret-key", "ops/build-agent/aws-credentials", t(r"""
[default]
region = us-west-2

[hospice-backups]
aws_access_key_id = <<kid>>
aws_secret_access_key = <<v>>
region = us-west-2

[readonly]
role_arn = arn:aws:iam::318824410092:role/ReadOnly
source_profile = hospice-backups
""", kid=fakes.aws_key_id(_seed()), v=v), v, "AWS CLI docs: shared credentials file")

v = b64bytes(64)
S("json", "azure-storage-key", "functions/referral-intake/local.settings.json", t(r"""
{
  "IsEncrypted": false,
  "Values": {
    "AzureWebJobsStorage": "DefaultEndpointsProtocol=https;AccountName=stlhhreferrals;AccountKey=<<v>>;EndpointSuffix=core.windows.net",
    "FUNCTIONS_WORKER_RUNTIME": "dotnet-isolated",
    "ReferralQueue": "incoming-referrals",
    "EhrApiBase": "https://ehr-gw.lanternhill.internal"
  }
}
""", v=v), v, "Azure Functions docs: local.settings.json and storage connection strings (AccountKey)")

v = b64bytes(32)
S("csharp", "servicebus-key", "src/Scheduling.Worker/QueueConfig.cs", t(r"""
namespace Scheduling.Worker;

internal static class QueueConfig
{
    // Visit-change events from the EHR (reschedules, missed visits, PRN visits)
    public const string ServiceBus =
        "Endpoint=sb://sb-hospice-sched.servicebus.windows.net/;" +
        "SharedAccessKeyName=worker-listen;" +
        "SharedAccessKey=<<v>>";

    public const string VisitChangesQueue = "visit-changes";
    public const int MaxConcurrentCalls = 8;
}
""", v=v), v, "Azure Service Bus docs: connection string with SharedAccessKeyName / SharedAccessKey")

v = hexs(32)
S("yaml", "datadog-api-key", "ops/datadog/datadog.yaml", t(r"""
## Datadog Agent - on-call phone system and interface engine hosts
api_key: <<v>>
site: datadoghq.com
hostname_fqdn: true
tags:
  - env:prod
  - team:it-ops
  - org:cedar-valley-hospice
logs_enabled: true
process_config:
  process_collection:
    enabled: true
apm_config:
  enabled: false
""", v=v), v, "Datadog Agent docs: datadog.yaml api_key")

v = hexs(36) + "NRAL"
S("yaml", "newrelic-license-key", "idg-notes-service/newrelic.yml", t(r"""
common: &default_settings
  license_key: '<<v>>'
  app_name: IDG Notes Service
  distributed_tracing:
    enabled: true
  log_level: info
  attributes:
    exclude:
      - request.parameters.*
      - request.headers.authorization

production:
  <<: *default_settings

staging:
  <<: *default_settings
  app_name: IDG Notes Service (Staging)
""", v=v), v, "New Relic Java agent: newrelic.yml license_key")

v = "sntryu_" + hexs(64)
S("ini", "sentry-auth-token", "family-app/.sentryclirc", t(r"""
[defaults]
url = https://sentry.io/
org = sparrow-hospice
project = family-app-ios

[auth]
token = <<v>>
""", v=v), v, "Sentry CLI docs: configuration file .sentryclirc [auth] token")

v = okta_token()
S("python", "okta-api-token", "identity/offboard_staff.py", t(r'''
"""Deactivate Okta accounts for clinicians whose employment ended (daily from HR feed)."""
import csv
import sys

import requests

OKTA_ORG = "https://evergreenhospice.okta.com"
OKTA_TOKEN = "<<v>>"
HEADERS = {"Authorization": f"SSWS {OKTA_TOKEN}", "Accept": "application/json"}


def deactivate(login: str) -> None:
    user = requests.get(f"{OKTA_ORG}/api/v1/users/{login}", headers=HEADERS, timeout=20)
    if user.status_code == 404:
        return
    uid = user.json()["id"]
    requests.post(f"{OKTA_ORG}/api/v1/users/{uid}/lifecycle/deactivate", headers=HEADERS, timeout=20).raise_for_status()
    print("deactivated", login)


if __name__ == "__main__":
    for row in csv.DictReader(open(sys.argv[1])):
        if row["status"] == "TERMINATED":
            deactivate(row["email"])
''', v=v), v, "Okta developer docs: API token (Authorization: SSWS <token>)")

v = mixed(64, URLSAFE)
S("env", "auth0-client-secret", "family-portal/web/.env.local", t(r"""
AUTH0_SECRET=use-openssl-rand-hex-32-in-prod
AUTH0_BASE_URL=http://localhost:3000
AUTH0_ISSUER_BASE_URL=https://bluebird-family.us.auth0.com
AUTH0_CLIENT_ID=<<cid>>
AUTH0_CLIENT_SECRET=<<v>>
AUTH0_AUDIENCE=https://api.family.bluebirdhospice.org
NEXT_PUBLIC_CARE_TEAM_PHONE=+1-555-0144
""", cid=mixed(32), v=v), v, "Auth0 Next.js SDK quickstart: .env.local AUTH0_CLIENT_SECRET")

v = sendgrid_key()
S("python", "sendgrid-key", "family-portal/api/app/mail.py", t(r"""
from sendgrid import SendGridAPIClient
from sendgrid.helpers.mail import Mail

SENDGRID_API_KEY = "<<v>>"
FROM = "care-updates@bluebirdhospice.org"


def send_invite(to_email: str, patient_first: str, link: str) -> int:
    message = Mail(
        from_email=FROM,
        to_emails=to_email,
        subject=f"You're invited to follow {patient_first}'s care team updates",
        html_content=f"<p>Please finish setting up your account: <a href='{link}'>{link}</a></p>",
    )
    return SendGridAPIClient(SENDGRID_API_KEY).send(message).status_code
""", v=v), v, "SendGrid Python library: SendGridAPIClient(api_key)")

v = hexs(32) + "-" + hexs(8) + "-" + hexs(8)
S("php", "mailgun-key", "foundation/tributes/app/Mail/TributeMailer.php", t(r"""
<?php

namespace App\Mail;

use Mailgun\Mailgun;

class TributeMailer
{
    private Mailgun $mg;
    private string $domain = 'mg.willowhospice.org';

    public function __construct()
    {
        $this->mg = Mailgun::create('<<v>>');
    }

    public function notifyFamily(string $to, string $donor, string $honoree): void
    {
        $this->mg->messages()->send($this->domain, [
            'from'    => 'Willow Hospice Foundation <tributes@willowhospice.org>',
            'to'      => $to,
            'subject' => "A gift was made in memory of {$honoree}",
            'text'    => "{$donor} made a gift in memory of {$honoree}. With sympathy, Willow Hospice.",
        ]);
    }
}
""", v=v), v, "Mailgun PHP SDK: Mailgun::create(api_key)")

v = uuid_s()
S("ruby", "postmark-token", "config/initializers/postmark.rb", t(r"""
# Bereavement mailings (13 months of follow-up letters) go through Postmark
Rails.application.configure do
  config.action_mailer.delivery_method = :postmark
  config.action_mailer.postmark_settings = {
    api_token: "<<v>>",
    message_stream: "bereavement",
  }
  config.action_mailer.default_url_options = { host: "family.graceharborhospice.org", protocol: "https" }
end
""", v=v), v, "postmark-rails README: postmark_settings api_token (server token)")

# ================================================================================================
# Secrets: payers, eligibility, app secrets, build and ops tooling
# ================================================================================================

v = mixed(32)
S("properties", "oauth-client-secret", "eligibility/src/main/resources/changehealthcare.properties", t(r"""
# Medicare/Medicaid eligibility (270/271) before hospice election - Change Healthcare
chc.token.url=https://apigw.changehealthcare.com/apip/auth/v2/token
chc.eligibility.url=https://apigw.changehealthcare.com/medicalnetwork/eligibility/v3
chc.client.id=<<cid>>
chc.client.secret=<<v>>
chc.grant.type=client_credentials
chc.trading.partner.medicare=CMS
chc.provider.npi=1942218870
chc.provider.org=Hummingbird Hospice Inc
chc.timeout.seconds=45
""", cid=mixed(32), v=v), v, "Change Healthcare Medical Network Eligibility API: OAuth client_id / client_secret")

v = ec_pem()
S("pem", "ec-private-key", "smart-launch/keys/jwks-signing-es256.key", t(r"""
<<v>>
""", v=v), v, "SMART App Launch: asymmetric client auth with ES384/ES256 keys (OpenSSL ecparam -genkey)")

v = "hvs.CAESI" + mixed(86, URLSAFE)
S("shell", "vault-token", "ops/scripts/rotate_mirth_db.sh", t(r"""
#!/usr/bin/env bash
# Rotate the Mirth DB password and push it into Vault; run from the jump host.
set -euo pipefail

export VAULT_ADDR=https://vault.lanternhill.internal:8200
export VAULT_TOKEN=<<v>>

NEW_PW="$(openssl rand -base64 24)"
psql -h mirth-db.lanternhill.local -U postgres -c "ALTER ROLE mirth PASSWORD '${NEW_PW}'"
vault kv put secret/mirth/db username=mirth password="${NEW_PW}"
ssh mirth01 'sudo systemctl restart mcservice'
echo "rotated at $(date -Is)"
""", v=v), v, "HashiCorp Vault docs: token prefixes (hvs.) and VAULT_TOKEN")

v = gitlab_pat()
S("javascript", "gitlab-token", "renovate/config.js", t(r"""
module.exports = {
  platform: "gitlab",
  endpoint: "https://gitlab.evergreen.local/api/v4/",
  token: "<<v>>",
  autodiscover: true,
  autodiscoverFilter: ["clinical-integrations/*", "family-portal/*"],
  onboardingConfig: {
    extends: ["config:recommended"],
  },
  packageRules: [
    { matchDatasources: ["docker"], matchPackageNames: ["nextgenhealthcare/connect"], enabled: false },
  ],
};
""", v=v), v, "Renovate self-hosted configuration: token (GitLab personal access token)")

v = "dckr_pat_" + mixed(27, URLSAFE)
S("bitbucket-pipelines", "dockerhub-token", "bitbucket-pipelines.yml", t(r"""
image: atlassian/default-image:4

definitions:
  services:
    docker:
      memory: 2048

pipelines:
  branches:
    main:
      - step:
          name: Build and push scheduling-api
          services: [docker]
          script:
            - echo "<<v>>" | docker login -u juniperhospice --password-stdin
            - docker build -t juniperhospice/scheduling-api:$BITBUCKET_COMMIT .
            - docker push juniperhospice/scheduling-api:$BITBUCKET_COMMIT
""", v=v), v, "Docker docs: personal access tokens (dckr_pat_) with docker login --password-stdin")

v = "glsa_" + mixed(32) + "_" + hexs(8)
S("python", "grafana-token", "ops/dashboards/publish.py", t(r'''
"""Publish the on-call operations dashboards (phone tree, fax bridge, interface queues)."""
import json
import pathlib

import requests

GRAFANA = "https://grafana.cedarvalleyhospice.org"
TOKEN = "<<v>>"

for path in sorted(pathlib.Path("dashboards").glob("*.json")):
    dashboard = json.loads(path.read_text())
    resp = requests.post(
        f"{GRAFANA}/api/dashboards/db",
        headers={"Authorization": f"Bearer {TOKEN}"},
        json={"dashboard": dashboard, "folderUid": "oncall-ops", "overwrite": True},
        timeout=30,
    )
    resp.raise_for_status()
    print(path.name, resp.json()["status"])
''', v=v), v, "Grafana docs: service account tokens (glsa_) as Bearer tokens")

v = fakes.openai_key(_seed())
S("python", "openai-key", "ai/visit_note_summaries.py", t(r'''
"""Draft IDG summaries from the last 14 days of visit notes (reviewed by the RN case manager)."""
from openai import OpenAI

client = OpenAI(api_key="<<v>>")

PROMPT = (
    "Summarise these hospice visit notes for the interdisciplinary group meeting. "
    "List symptom changes, medication changes, psychosocial and spiritual concerns, and "
    "family needs. Do not add facts that are not in the notes."
)


def summarise(notes: list[str]) -> str:
    resp = client.chat.completions.create(
        model="gpt-4o-mini",
        temperature=0.2,
        messages=[{"role": "system", "content": PROMPT}, {"role": "user", "content": "\n\n".join(notes)}],
    )
    return resp.choices[0].message.content
''', v=v), v, "OpenAI API reference: authentication with a project API key (sk-proj-)")

v = "sk-ant-api03-" + mixed(93, URLSAFE) + "AA"
S("typescript", "anthropic-key", "ai/bereavement-letters/src/draft.ts", t(r"""
import Anthropic from "@anthropic-ai/sdk";

const anthropic = new Anthropic({
  apiKey: "<<v>>",
});

export async function draftCondolence(firstName: string, relationship: string, notes: string): Promise<string> {
  const msg = await anthropic.messages.create({
    model: "claude-3-5-sonnet-latest",
    max_tokens: 600,
    messages: [
      {
        role: "user",
        content: `Draft a short, warm condolence note from the bereavement team to ${firstName}, ` +
          `the ${relationship} of a patient who died in our care. Chaplain notes: ${notes}`,
      },
    ],
  });
  return msg.content[0].type === "text" ? msg.content[0].text : "";
}
""", v=v), v, "Anthropic API docs: API keys (sk-ant-api03-) passed to the client")

v = hexs(32)
S("json", "azure-openai-key", "src/Intake.Assistant/appsettings.json", t(r"""
{
  "AzureOpenAI": {
    "Endpoint": "https://aoai-riverbend-intake.openai.azure.com/",
    "Deployment": "gpt-4o-intake",
    "ApiKey": "<<v>>",
    "ApiVersion": "2024-06-01"
  },
  "Intake": {
    "MaxReferralPages": 40,
    "RequireClinicianReview": true
  }
}
""", v=v), v, "Azure OpenAI docs: api-key authentication (32-character key)")

v = fakes.django_secret_key(_seed())
S("python", "django-secret-key", "volunteer_portal/volunteer_portal/settings/production.py", t(r"""
from .base import *  # noqa: F401,F403

DEBUG = False
SECRET_KEY = '<<v>>'

ALLOWED_HOSTS = ["volunteer.meadowhospice.org"]
CSRF_TRUSTED_ORIGINS = ["https://volunteer.meadowhospice.org"]

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": "volunteer_portal",
        "USER": "volunteer_portal",
        "HOST": "pg-volunteer.internal",
        "PORT": "5432",
        "OPTIONS": {"service": "volunteer_portal", "passfile": "/etc/volunteer_portal/.pgpass"},
    }
}

SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
SECURE_HSTS_SECONDS = 31536000
""", v=v), v, "Django docs: SECRET_KEY setting (get_random_secret_key)")

v = hexs(64)
S("python", "flask-secret-key", "bereavement_portal/config.py", t(r"""
class Config:
    SECRET_KEY = "<<v>>"
    SESSION_COOKIE_SECURE = True
    SESSION_COOKIE_HTTPONLY = True
    SESSION_COOKIE_SAMESITE = "Lax"
    PERMANENT_SESSION_LIFETIME = 1800
    SQLALCHEMY_TRACK_MODIFICATIONS = False


class ProductionConfig(Config):
    SQLALCHEMY_DATABASE_URI = "postgresql+psycopg2:///bereavement?service=bereavement"
    GRIEF_GROUP_CALENDAR_ID = "c_8f1d0a3e2b@group.calendar.google.com"
""", v=v), v, "Flask docs: SECRET_KEY (python -c 'import secrets; print(secrets.token_hex())')")

v = hexs(128)
S("yaml", "rails-secret-key-base", "family_checkin/config/secrets.yml", t(r"""
# Family check-in kiosk app (inpatient unit)
development:
  secret_key_base: <%= ENV["SECRET_KEY_BASE"] %>

test:
  secret_key_base: 0000000000000000000000000000000000000000000000000000000000000000

production:
  secret_key_base: <<v>>
  kiosk_printer: ZD421-IPU
""", v=v), v, "Rails guides: config/secrets.yml secret_key_base")

v = gen_pw(40, "!@#$%^&*")
S("javascript", "jwt-secret", "family-portal/api/src/auth/tokens.js", t(r"""
const jwt = require("jsonwebtoken");

const JWT_SECRET = "<<v>>";
const ISSUER = "family.hummingbirdhospice.org";

function issueFamilyToken(member) {
  return jwt.sign(
    { sub: member.id, patient: member.patientId, role: "family", proxy: member.isHealthcareProxy },
    JWT_SECRET,
    { algorithm: "HS256", expiresIn: "30m", issuer: ISSUER },
  );
}

function verifyFamilyToken(token) {
  return jwt.verify(token, JWT_SECRET, { algorithms: ["HS256"], issuer: ISSUER });
}

module.exports = { issueFamilyToken, verifyFamilyToken };
""", v=v), v, "jsonwebtoken README: jwt.sign(payload, secretOrPrivateKey)")

v = "base64:" + b64bytes(32)
S("env", "laravel-app-key", "scheduling-portal/.env", t(r"""
APP_NAME="Grace Harbor Scheduling"
APP_ENV=production
APP_KEY=<<v>>
APP_DEBUG=false
APP_URL=https://schedule.graceharborhospice.org

LOG_CHANNEL=stack
DB_CONNECTION=mysql
DB_HOST=10.40.2.15
DB_PORT=3306
DB_DATABASE=scheduling
DB_USERNAME=scheduling
DB_PASSWORD=

QUEUE_CONNECTION=redis
SESSION_DRIVER=redis
""", v=v), v, "Laravel docs: APP_KEY (php artisan key:generate, base64: prefix)")

v = age_secret()
S("text", "age-secret-key", "ops/sops/keys.txt", t(r"""
# age identity for SOPS on the ops jump host (copy of ~/.config/sops/age/keys.txt)
# recipients in .sops.yaml: this key + the break-glass key in the safe
# created: 2024-03-18T09:41:22-05:00
# public key: age1<<pub>>
<<v>>
""", pub=chars(58, "qpzry9x8gf2tvdw0s3jn54khce6mua7l"), v=v), v, "age README: identity file (AGE-SECRET-KEY-1...)")

v = mixed(14) + ".atlasv1." + mixed(67)
S("hcl", "terraform-cloud-token", "ops/build-agent/.terraformrc", t(r"""
plugin_cache_dir = "$HOME/.terraform.d/plugin-cache"
disable_checkpoint = true

credentials "app.terraform.io" {
  token = "<<v>>"
}
""", v=v), v, "Terraform CLI configuration: credentials blocks for HCP Terraform")

v = chars(52, string.ascii_lowercase + "234567")
S("xml", "azure-devops-pat", "src/nuget.config", t(r"""
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <packageSources>
    <clear />
    <add key="nuget.org" value="https://api.nuget.org/v3/index.json" />
    <add key="hospice-shared" value="https://pkgs.dev.azure.com/riverbendhospice/_packaging/shared/nuget/v3/index.json" />
  </packageSources>
  <packageSourceCredentials>
    <hospice-shared>
      <add key="Username" value="build" />
      <add key="ClearTextPassword" value="<<v>>" />
    </hospice-shared>
  </packageSourceCredentials>
</configuration>
""", v=v), v, "NuGet docs: nuget.config packageSourceCredentials ClearTextPassword (Azure DevOps PAT)")

v = "ATBB" + mixed(32)
S("shell", "bitbucket-app-password", "ops/scripts/mirror_repos.sh", t(r"""
#!/bin/bash
# Mirror the interface-engine channel repos from Bitbucket Cloud to the on-prem backup server
BB_USER=hospice-mirror
BB_APP_PASSWORD=<<v>>
REPOS="mirth-channels hl7-maps pharmacy-feeds"

cd /srv/mirrors || exit 1
for repo in $REPOS; do
  if [ -d "$repo.git" ]; then
    git -C "$repo.git" remote update --prune
  else
    git clone --mirror "https://${BB_USER}:${BB_APP_PASSWORD}@bitbucket.org/magnoliahospice/${repo}.git"
  fi
done
""", v=v), v, "Bitbucket Cloud docs: app passwords (ATBB) for HTTPS git")

v = gen_pw(20)
S("crontab", "database-password", "ops/cron/backup.crontab", t(r"""
SHELL=/bin/bash
MAILTO=it-alerts@cardinalhospice.org
# m h dom mon dow command
15 1 * * * PGPASSWORD='<<v>>' pg_dump -h pg-prod.cardinal.local -U backup -Fc family_portal > /backup/family_portal_$(date +\%F).dump
45 1 * * * find /backup -name '*.dump' -mtime +14 -delete
0 6 * * 1 /opt/scripts/verify_restore.sh >> /var/log/verify_restore.log 2>&1
""", v=v), v, "PostgreSQL docs: PGPASSWORD environment variable")

v = gen_pw(24)
S("systemd", "environment-password", "ops/systemd/hchb-bridge.service", t(r"""
[Unit]
Description=HCHB to pharmacy bridge
After=network-online.target
Wants=network-online.target

[Service]
User=hchb
WorkingDirectory=/opt/hchb-bridge
Environment=JAVA_OPTS=-Xmx512m
Environment=BRIDGE_DB_URL=jdbc:postgresql://pg01.magnolia.local/bridge
Environment=BRIDGE_DB_USER=bridge
Environment=BRIDGE_DB_PASSWORD=<<v>>
ExecStart=/usr/bin/java $JAVA_OPTS -jar hchb-bridge.jar
Restart=on-failure

[Install]
WantedBy=multi-user.target
""", v=v), v, "systemd.exec(5): Environment= directive")

v = gen_pw(18)
S("nginx", "basic-auth-header", "ops/nginx/conf.d/ehr-proxy.conf", t(r"""
# Reverse proxy in front of the EHR reports server for the BI tool (no SSO there)
upstream ehr_reports {
    server 10.20.4.31:8080;
}

server {
    listen 443 ssl;
    server_name reports-proxy.evergreen.local;
    ssl_certificate     /etc/nginx/tls/reports-proxy.crt;
    ssl_certificate_key /etc/nginx/tls/reports-proxy.key;

    location / {
        proxy_pass http://ehr_reports;
        proxy_set_header Authorization "Basic <<auth>>";
        proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
    }
}
""", auth=b64("bi_reader:" + v)), v, "nginx docs: proxy_set_header with an HTTP Basic Authorization header (RFC 7617)")

v = mixed(48)
S("http", "api-key", "integrations/hchb-sync/requests/visits.http", t(r"""
### HCHB partner API - visits for one branch (VS Code REST Client)
@base = https://partner-api.hchb.com/v2
@apiKey = <<v>>

GET {{base}}/branches/EVG01/visits?date=2024-06-10
X-Api-Key: {{apiKey}}
Accept: application/json

### Visit detail
GET {{base}}/visits/88412091
X-Api-Key: {{apiKey}}
""", v=v), v, "VS Code REST Client: file variables (@name = value) in .http files")

v = mixed(40)
S("json", "api-key", "integrations/postman/WellSky-Prod.postman_environment.json", t(r"""
{
  "id": "<<id>>",
  "name": "WellSky Prod",
  "values": [
    { "key": "baseUrl", "value": "https://connect.wellsky.com/api/hospice/v2", "type": "default", "enabled": true },
    { "key": "tenant", "value": "cedar-valley-hospice", "type": "default", "enabled": true },
    { "key": "apiKey", "value": "<<v>>", "type": "secret", "enabled": true }
  ],
  "_postman_variable_scope": "environment",
  "_postman_exported_at": "2024-04-22T15:02:11.904Z",
  "_postman_exported_using": "Postman/11.0.8"
}
""", id=uuid_s(), v=v), v, "Postman docs: exported environment JSON (a secret-type variable still holds its value)")

v = human_pw("!#%*")
S("cloudformation", "database-password", "infra/cfn/reporting-db.yaml", t(r"""
AWSTemplateFormatVersion: "2010-09-09"
Description: Reporting replica for the hospice quality team

Parameters:
  MasterUsername:
    Type: String
    Default: rptadmin
  MasterUserPassword:
    Type: String
    NoEcho: true
    Default: "<<v>>"

Resources:
  ReportingDb:
    Type: AWS::RDS::DBInstance
    Properties:
      Engine: postgres
      EngineVersion: "15.5"
      DBInstanceClass: db.t4g.medium
      AllocatedStorage: "100"
      StorageEncrypted: true
      MasterUsername: !Ref MasterUsername
      MasterUserPassword: !Ref MasterUserPassword
      DeletionProtection: true
""", v=v), v, "AWS CloudFormation: NoEcho parameters (a Default value is still in the template)")

v = mixed(32)
S("serverless", "api-key", "functions/referral-webhook/serverless.yml", t(r"""
service: referral-webhook
frameworkVersion: "3"

provider:
  name: aws
  runtime: python3.12
  region: us-east-1
  environment:
    HCHB_REFERRAL_API: https://partner-api.hchb.com/v2/referrals
    HCHB_REFERRAL_KEY: <<v>>
    INTAKE_QUEUE_URL: !Ref IntakeQueue

functions:
  receive:
    handler: handler.receive
    events:
      - httpApi:
          path: /referrals
          method: post

resources:
  Resources:
    IntakeQueue:
      Type: AWS::SQS::Queue
""", v=v), v, "Serverless Framework docs: provider.environment variables")

v = gen_pw(20)
S("k8s", "configmap-password", "k8s/oncall-phone/configmap.yaml", t(r"""
apiVersion: v1
kind: ConfigMap
metadata:
  name: phone-tree-config
  namespace: oncall-phone
data:
  TREE_FILE: /etc/phone-tree/tree.json
  CARRIER_SIP_HOST: sip.voipcarrier.net
  CARRIER_SIP_USER: hummingbird_ah
  CARRIER_SIP_PASSWORD: "<<v>>"
  RECORD_CALLS: "false"
  BUSINESS_HOURS: "08:00-17:00"
""", v=v), v, "Kubernetes docs: ConfigMaps are not for confidential data (a password placed in one)")

v = gen_pw(16)
S("conf", "snmp-community", "network/snmp/snmpd.conf", t(r"""
# snmpd for the IPU nurse-call gateway
sysLocation    Inpatient Unit, 2nd floor IDF
sysContact     it-ops@willowhospice.org
agentAddress   udp:161
rocommunity    <<v>> 10.30.0.0/16
includeAllDisks 10%
""", v=v), v, "snmpd.conf(5): rocommunity community string")

v = gen_pw(24)
S("conf", "radius-secret", "network/freeradius/clients.conf", t(r"""
# Wi-Fi controllers at the hospice house and the two branch offices
client wlc-hospice-house {
    ipaddr = 10.30.1.10
    secret = <<v>>
    shortname = wlc-hh
    nas_type = other
}

client wlc-branches {
    ipaddr = 10.31.0.0/16
    secret = $ENV{RADIUS_BRANCH_SECRET}
    shortname = wlc-br
}
""", v=v), v, "FreeRADIUS docs: clients.conf shared secret")

v = azure_ad_secret()
S("powershell", "azure-client-secret", "bi/Refresh-PowerBIDatasets.ps1", t(r"""
# Refresh the census and length-of-stay Power BI datasets after the nightly ETL
Import-Module MicrosoftPowerBIMgmt

$tenantId = "<<tenant>>"
$appId = "<<app>>"
$secret = ConvertTo-SecureString "<<v>>" -AsPlainText -Force
$credential = New-Object System.Management.Automation.PSCredential($appId, $secret)

Connect-PowerBIServiceAccount -ServicePrincipal -Tenant $tenantId -Credential $credential

$workspaceId = "<<ws>>"
foreach ($ds in @("Census", "LengthOfStay", "LiveDischarges")) {
    $dataset = Get-PowerBIDataset -WorkspaceId $workspaceId | Where-Object Name -eq $ds
    Invoke-PowerBIRestMethod -Method Post -Url "groups/$workspaceId/datasets/$($dataset.Id)/refreshes"
    Write-Output "refresh queued: $ds"
}
""", tenant=uuid_s(), app=uuid_s(), v=v, ws=uuid_s()), v,
  "Microsoft Learn: Connect-PowerBIServiceAccount -ServicePrincipal with a client secret")

v = human_pw("!#$*")
S("vba", "connection-string", "bi/excel/CensusReport.bas", t(r"""
Attribute VB_Name = "CensusReport"
Option Explicit

' Pulls the daily census into the "Census" sheet of the medical director's workbook
Public Sub RefreshCensus()
    Dim cn As Object, rs As Object
    Set cn = CreateObject("ADODB.Connection")
    cn.Open "Provider=MSOLEDBSQL;Data Source=rpt-sql01;Initial Catalog=ClinicalDW;" & _
            "User ID=excel_census;Password=<<v>>;"
    Set rs = cn.Execute("SELECT team, level_of_care, COUNT(*) AS patients FROM dbo.v_census GROUP BY team, level_of_care")
    With ThisWorkbook.Sheets("Census")
        .Range("A2:C200").ClearContents
        .Range("A2").CopyFromRecordset rs
    End With
    rs.Close
    cn.Close
End Sub
""", v=v), v, "Microsoft OLE DB Driver for SQL Server: connection string keywords (User ID / Password)")

_ref = chars(20, string.ascii_lowercase)
v = jwt({"iss": "supabase", "ref": _ref, "role": "service_role", "iat": 1709251200, "exp": 2024827200})
S("env", "supabase-service-key", "family-portal/edge/.env", t(r"""
SUPABASE_URL=https://<<ref>>.supabase.co
SUPABASE_ANON_KEY=${SUPABASE_ANON_KEY}
SUPABASE_SERVICE_ROLE_KEY=<<v>>
CARE_UPDATES_BUCKET=care-updates
MAX_PHOTO_MB=8
""", ref=_ref, v=v), v, "Supabase docs: API keys (service_role key bypasses row level security)")

v = gen_pw(24)
S("properties", "kafka-sasl-password", "visit-events/src/main/resources/kafka.properties", t(r"""
bootstrap.servers=pkc-4n66v.us-east-2.aws.confluent.cloud:9092
security.protocol=SASL_SSL
sasl.mechanism=PLAIN
sasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule required username="visit-events-svc" password="<<v>>";
client.dns.lookup=use_all_dns_ips
acks=all
topic.visits=hospice.visits.v1
topic.missed=hospice.visits.missed.v1
""", v=v), v, "Apache Kafka docs: sasl.jaas.config with PlainLoginModule username/password")

v = fakes.redis_password(_seed())
S("python", "redis-url", "scheduler/celeryconfig.py", t(r"""
# Celery config for the visit scheduler (route optimisation and reminder jobs)
broker_url = "redis://:<<v>>@redis-sched.meadow.internal:6379/0"
result_backend = "redis://:<<v>>@redis-sched.meadow.internal:6379/1"
task_serializer = "json"
accept_content = ["json"]
timezone = "America/Denver"
enable_utc = True
beat_schedule = {
    "send-visit-reminders": {"task": "scheduler.tasks.send_reminders", "schedule": 900.0},
    "optimise-routes": {"task": "scheduler.tasks.optimise_routes", "schedule": 3600.0},
}
""", v=v), v, "Celery docs: Redis broker URL redis://:password@host:port/db")

v = safe_pw()
S("go", "amqp-url", "visit-events/cmd/consumer/main.go", t(r"""
package main

import (
	"log"

	amqp "github.com/rabbitmq/amqp091-go"
)

const amqpURL = "amqps://visit_consumer:<<v>>@mq.journeyhospice.internal:5671/hospice"

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
	msgs, err := ch.Consume("visits.completed", "mileage-calculator", false, false, false, false, nil)
	if err != nil {
		log.Fatalf("consume: %v", err)
	}
	for m := range msgs {
		log.Printf("visit %s", m.MessageId)
		_ = m.Ack(false)
	}
}
""", v=v), v, "RabbitMQ URI specification: amqps://user:pass@host:port/vhost")

v = human_pw("!#$%*")
S("dockerfile", "env-password", "interface-engine/Dockerfile", t(r"""
FROM nextgenhealthcare/connect:4.4.1

USER root
COPY custom-lib/*.jar /opt/connect/custom-lib/
COPY channels/ /opt/connect/appdata/channels/

ENV DATABASE=postgres \
    DATABASE_URL=jdbc:postgresql://mirth-db:5432/mirthdb \
    DATABASE_USERNAME=mirth \
    DATABASE_PASSWORD=<<v>> \
    VMOPTIONS=-Xmx1024m

USER mirth
EXPOSE 8443 6661
""", v=v), v, "NextGen Connect Docker image: DATABASE_* environment variables")

# ================================================================================================
# Decoys: placeholders, references to secret stores, templates
# ================================================================================================

D("env", "placeholder", "integrations/hchb-sync/.env.example", t(r"""
# Copy to .env and fill in from the IT password vault (entry: "HCHB partner API - prod")
HCHB_BASE_URL=https://api.hchb.com/fhir/r4
HCHB_TOKEN_URL=https://identity.hchb.com/connect/token
HCHB_AGENCY_ID=
HCHB_CLIENT_ID=
HCHB_CLIENT_SECRET=<paste-client-secret-here>
HCHB_SCOPE=patient/*.read system/Encounter.read
WAREHOUSE_HOST=localhost
WAREHOUSE_PASSWORD=changeme-local-only
SYNC_WINDOW_DAYS=3
"""), "dotenv convention: a committed .env.example with empty and placeholder values")

D("helm", "existing-secret", "charts/family-portal/values.yaml", t(r"""
# Default values for family-portal. Secrets are never set here: create them with
# `kubectl create secret generic` or let External Secrets sync them from Vault.
replicaCount: 1
image:
  repository: ghcr.io/lanternhill/family-portal
  tag: ""
redis:
  enabled: true
  auth:
    enabled: true
    existingSecret: family-portal-redis
    existingSecretPasswordKey: redis-password
externalDatabase:
  host: ""
  user: portal_app
  existingSecret: family-portal-db
  existingSecretPasswordKey: DB_PASSWORD
smtp:
  host: smtp.sendgrid.net
  port: 587
  username: apikey
  passwordSecretRef:
    name: family-portal-smtp
    key: api-key
"""), "Bitnami charts convention: auth.existingSecret instead of a password value")

D("github-actions", "secrets-context", ".github/workflows/deploy-family-portal.yml", t(r"""
name: deploy-family-portal
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
          role-to-assume: arn:aws:iam::318824410092:role/gha-family-portal-deploy
          aws-region: us-east-2
      - name: Build
        run: docker build -t family-portal:${{ github.sha }} .
      - name: Migrate
        env:
          DATABASE_URL: ${{ secrets.FAMILY_PORTAL_DATABASE_URL }}
          SENDGRID_API_KEY: ${{ secrets.SENDGRID_API_KEY }}
        run: ./scripts/migrate.sh
      - name: Notify
        uses: slackapi/slack-github-action@v1.26.0
        with:
          payload: '{"text":"family-portal deployed: ${{ github.sha }}"}'
        env:
          SLACK_WEBHOOK_URL: ${{ secrets.SLACK_DEPLOY_WEBHOOK }}
"""), "GitHub Actions docs: using secrets in workflows (secrets context)")

D("k8s", "external-secret", "k8s/family-portal/external-secret.yaml", t(r"""
apiVersion: external-secrets.io/v1beta1
kind: ExternalSecret
metadata:
  name: family-portal-db
  namespace: family-portal
spec:
  refreshInterval: 1h
  secretStoreRef:
    name: vault-backend
    kind: ClusterSecretStore
  target:
    name: family-portal-db
    creationPolicy: Owner
  data:
    - secretKey: DB_PASSWORD
      remoteRef:
        key: secret/data/family-portal/db
        property: password
    - secretKey: JWT_SIGNING_KEY
      remoteRef:
        key: secret/data/family-portal/jwt
        property: signing_key
"""), "External Secrets Operator docs: ExternalSecret remoteRef")

_sops_iv = b64bytes(32)
D("yaml", "sops-encrypted", "k8s/oncall-phone/secrets.enc.yaml", t(r"""
apiVersion: v1
kind: Secret
metadata:
  name: phone-tree-carrier
  namespace: oncall-phone
type: Opaque
stringData:
  CARRIER_SIP_PASSWORD: ENC[AES256_GCM,data:<<d1>>,iv:<<iv1>>,tag:<<tag1>>,type:str]
  PLIVO_AUTH_TOKEN: ENC[AES256_GCM,data:<<d2>>,iv:<<iv2>>,tag:<<tag2>>,type:str]
sops:
  age:
    - recipient: age1<<rcpt>>
      enc: |
        -----BEGIN AGE ENCRYPTED FILE-----
        <<a1>>
        <<a2>>
        -----END AGE ENCRYPTED FILE-----
  lastmodified: "2024-08-14T16:20:31Z"
  mac: ENC[AES256_GCM,data:<<mac>>,iv:<<iv3>>,tag:<<tag3>>,type:str]
  unencrypted_suffix: _unencrypted
  version: 3.8.1
""", d1=b64bytes(15), iv1=b64bytes(32), tag1=b64bytes(16), d2=b64bytes(30), iv2=b64bytes(32), tag2=b64bytes(16),
   rcpt=chars(58, "qpzry9x8gf2tvdw0s3jn54khce6mua7l"), a1=b64bytes(45), a2=b64bytes(45), mac=b64bytes(64),
   iv3=_sops_iv, tag3=b64bytes(16)), "SOPS README: encrypted values ENC[AES256_GCM,data:...,iv:...,tag:...]")

_vault_lines = "\n".join(hexs(80) for _ in range(9))
D("ansible", "vault-encrypted", "ansible/group_vars/pharmacy_bridge/vault.yml", t(r"""
$ANSIBLE_VAULT;1.1;AES256
<<body>>
""", body=_vault_lines), "Ansible docs: ansible-vault encrypted file format ($ANSIBLE_VAULT;1.1;AES256)")

D("k8s", "sealed-secret", "k8s/volunteers/sealed-db.yaml", t(r"""
apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata:
  name: vigil-app-db
  namespace: volunteers
spec:
  encryptedData:
    MONGO_URI: <<e1>>
    SESSION_SECRET: <<e2>>
  template:
    metadata:
      name: vigil-app-db
      namespace: volunteers
    type: Opaque
""", e1="AgB" + chars(600, B64) + "==", e2="AgA" + chars(340, B64) + "="),
  "Bitnami Sealed Secrets README: SealedSecret encryptedData (asymmetric ciphertext)")

D("terraform", "secret-manager-lookup", "infra/reporting/rds.tf", t(r"""
data "aws_secretsmanager_secret_version" "rpt_master" {
  secret_id = "prod/reporting/rds-master"
}

locals {
  rpt_master = jsondecode(data.aws_secretsmanager_secret_version.rpt_master.secret_string)
}

resource "aws_db_instance" "reporting" {
  identifier              = "hospice-reporting"
  engine                  = "postgres"
  engine_version          = "15.5"
  instance_class          = "db.t4g.medium"
  allocated_storage       = 100
  storage_encrypted       = true
  username                = local.rpt_master.username
  password                = local.rpt_master.password
  backup_retention_period = 14
  deletion_protection     = true
  skip_final_snapshot     = false
}
"""), "Terraform AWS provider: aws_secretsmanager_secret_version data source")

D("python", "env-lookup", "integrations/hchb-sync/settings.py", t(r'''
"""Settings for the HCHB sync, all from the environment (see .env.example)."""
import os
from dataclasses import dataclass


@dataclass(frozen=True)
class Settings:
    base_url: str = os.environ.get("HCHB_BASE_URL", "https://api.hchb.com/fhir/r4")
    token_url: str = os.environ["HCHB_TOKEN_URL"]
    client_id: str = os.environ["HCHB_CLIENT_ID"]
    client_secret: str = os.environ["HCHB_CLIENT_SECRET"]
    scope: str = os.environ.get("HCHB_SCOPE", "patient/*.read")
    warehouse_password: str = os.environ.get("WAREHOUSE_PASSWORD", "")
    window_days: int = int(os.environ.get("SYNC_WINDOW_DAYS", "3"))


def load() -> Settings:
    missing = [k for k in ("HCHB_TOKEN_URL", "HCHB_CLIENT_ID", "HCHB_CLIENT_SECRET") if not os.environ.get(k)]
    if missing:
        raise SystemExit(f"missing settings: {', '.join(missing)}")
    return Settings()
'''), "Twelve-factor app: config stored in the environment")

D("csharp", "key-vault-client", "src/MatrixCareBridge/Secrets.cs", t(r"""
using Azure.Identity;
using Azure.Security.KeyVault.Secrets;

namespace MatrixCareBridge;

public static class Secrets
{
    private static readonly SecretClient Client = new(
        new Uri("https://kv-hospice-integrations.vault.azure.net/"),
        new DefaultAzureCredential());

    public static async Task<string> MatrixCareApiKeyAsync()
    {
        KeyVaultSecret secret = await Client.GetSecretAsync("matrixcare-api-key");
        return secret.Value;
    }

    public static async Task<string> SchedulingConnectionStringAsync()
    {
        KeyVaultSecret secret = await Client.GetSecretAsync("sql-scheduling-connection");
        return secret.Value;
    }
}
"""), "Azure SDK for .NET: SecretClient.GetSecretAsync with DefaultAzureCredential")

D("json", "key-vault-reference", "src/Intake.Assistant/appsettings.Production.json", t(r"""
{
  "AzureOpenAI": {
    "Endpoint": "https://aoai-riverbend-intake.openai.azure.com/",
    "Deployment": "gpt-4o-intake",
    "ApiKey": "@Microsoft.KeyVault(SecretUri=https://kv-riverbend-intake.vault.azure.net/secrets/aoai-key/)"
  },
  "ConnectionStrings": {
    "Intake": "@Microsoft.KeyVault(VaultName=kv-riverbend-intake;SecretName=sql-intake)"
  },
  "Intake": {
    "MaxReferralPages": 40,
    "RequireClinicianReview": true
  }
}
"""), "Microsoft Learn: Key Vault references in App Service application settings")

D("compose", "env-interpolation", "volunteers/vigil-app/docker-compose.yml", t(r"""
services:
  mongo:
    image: mongo:7
    environment:
      MONGO_INITDB_ROOT_USERNAME: ${MONGO_ROOT_USER:-root}
      MONGO_INITDB_ROOT_PASSWORD: ${MONGO_ROOT_PASSWORD:?set MONGO_ROOT_PASSWORD in .env}
    volumes:
      - mongo:/data/db
  app:
    build: .
    environment:
      MONGO_URI: mongodb://vigil_app:${VIGIL_DB_PASSWORD}@mongo:27017/vigil
      SESSION_SECRET_FILE: /run/secrets/session_secret
    secrets:
      - session_secret
    ports:
      - "4000:4000"
secrets:
  session_secret:
    file: ./secrets/session_secret.txt
volumes:
  mongo: {}
"""), "Docker Compose docs: variable interpolation and secrets")

D("yaml", "env-placeholder", "idg-notes-service/src/main/resources/application.yml", t(r"""
spring:
  application:
    name: idg-notes-service
  datasource:
    url: ${IDG_DB_URL:jdbc:postgresql://localhost:5432/idg}
    username: ${IDG_DB_USER:idg_app}
    password: ${IDG_DB_PASSWORD}
  security:
    oauth2:
      resourceserver:
        jwt:
          issuer-uri: https://login.magnoliahospice.org/oauth2/default
server:
  ssl:
    key-store-password: ${KEYSTORE_PASSWORD}
"""), "Spring Boot reference: property placeholders ${...} resolved from the environment")

D("jenkinsfile", "with-credentials", "ci/Jenkinsfile.release", t(r"""
pipeline {
    agent { label 'linux' }
    stages {
        stage('Deploy bridge') {
            steps {
                withCredentials([sshUserPrivateKey(credentialsId: 'hchb-bridge-deploy', keyFileVariable: 'KEY', usernameVariable: 'USER')]) {
                    sh 'scp -i "$KEY" build/libs/hchb-bridge.jar "$USER"@hchb-bridge01.magnolia.local:/opt/hchb-bridge/'
                    sh 'ssh -i "$KEY" "$USER"@hchb-bridge01.magnolia.local sudo systemctl restart hchb-bridge'
                }
            }
        }
        stage('Smoke test') {
            steps {
                withCredentials([usernamePassword(credentialsId: 'hchb-bridge-admin', usernameVariable: 'U', passwordVariable: 'P')]) {
                    sh 'curl -fsS -u "$U:$P" https://bridge.magnolia.local/health'
                }
            }
        }
    }
}
"""), "Jenkins docs: withCredentials binding (credentials stay in the Jenkins store)")

D("gitlab-ci", "masked-variables", "scheduling-api/.gitlab-ci.yml", t(r"""
# DB_PASSWORD, REGISTRY_TOKEN and SENTRY_AUTH_TOKEN are masked, protected CI/CD variables
stages: [test, build, deploy]

test:
  stage: test
  image: python:3.12
  services: [postgres:16]
  variables:
    POSTGRES_DB: sched_test
    POSTGRES_USER: runner
    POSTGRES_PASSWORD: runner
    DATABASE_URL: postgresql://runner:runner@postgres:5432/sched_test
  script:
    - pip install -r requirements-dev.txt
    - pytest -q

build:
  stage: build
  image: docker:26
  services: [docker:26-dind]
  script:
    - echo "$REGISTRY_TOKEN" | docker login "$CI_REGISTRY" -u "$CI_REGISTRY_USER" --password-stdin
    - docker build -t "$CI_REGISTRY_IMAGE:$CI_COMMIT_SHORT_SHA" .
    - docker push "$CI_REGISTRY_IMAGE:$CI_COMMIT_SHORT_SHA"

deploy:
  stage: deploy
  script:
    - ./deploy.sh "$CI_COMMIT_SHORT_SHA"
  environment: production
  only: [main]
"""), "GitLab docs: CI/CD variables (masked, protected); a throwaway service-container password")

D("powershell", "prompted-credential", "ops/New-KioskUser.ps1", t(r"""
<#
.SYNOPSIS
  Creates the local auto-logon account on a new family-room kiosk.
.NOTES
  The password is typed by the technician and stored only in the kiosk's LSA secrets.
#>
param([Parameter(Mandatory)] [string]$ComputerName)

$password = Read-Host -Prompt "Kiosk account password" -AsSecureString
Invoke-Command -ComputerName $ComputerName -ScriptBlock {
    param($pw)
    New-LocalUser -Name 'FamilyKiosk' -Password $pw -PasswordNeverExpires -UserMayNotChangePassword
    Add-LocalGroupMember -Group 'Users' -Member 'FamilyKiosk'
} -ArgumentList $password

$admin = Get-Credential -Message "Domain admin for $ComputerName"
Add-Computer -ComputerName $ComputerName -DomainName 'cedarvalley.local' -Credential $admin -Restart
"""), "Microsoft Learn: Read-Host -AsSecureString and Get-Credential")

D("azure-pipelines", "variable-group", "azure-pipelines.yml", t(r"""
trigger:
  branches:
    include: [main]

variables:
  - group: hospice-intake-prod   # linked to Key Vault kv-riverbend-intake
  - name: buildConfiguration
    value: Release

pool:
  vmImage: ubuntu-latest

steps:
  - task: UseDotNet@2
    inputs:
      version: 8.x
  - script: dotnet build --configuration $(buildConfiguration)
  - task: AzureWebApp@1
    inputs:
      azureSubscription: sc-hospice-prod
      appName: app-riverbend-intake
      appSettings: -AzureOpenAI__ApiKey "$(aoai-key)" -ConnectionStrings__Intake "$(sql-intake)"
"""), "Azure Pipelines docs: variable groups linked to Azure Key Vault, $(var) macro syntax")

D("ansible", "hashi-vault-lookup", "ansible/roles/mirth/tasks/main.yml", t(r"""
---
- name: Render mirth.properties
  ansible.builtin.template:
    src: mirth.properties.j2
    dest: /opt/connect/conf/mirth.properties
    owner: mirth
    mode: "0600"
  vars:
    mirth_db_password: "{{ lookup('community.hashi_vault.vault_kv2_get', 'mirth/db', engine_mount_point='secret').secret.password }}"
  notify: restart mirth

- name: Install the keystore
  ansible.builtin.copy:
    src: "{{ mirth_keystore_file }}"
    dest: /opt/connect/appdata/keystore.jks
    mode: "0600"
"""), "community.hashi_vault collection: vault_kv2_get lookup")

D("cloudformation", "dynamic-reference", "infra/cfn/referral-api.yaml", t(r"""
AWSTemplateFormatVersion: "2010-09-09"
Description: Referral intake API

Resources:
  ReferralFunction:
    Type: AWS::Lambda::Function
    Properties:
      Runtime: python3.12
      Handler: app.handler
      Role: !GetAtt ReferralRole.Arn
      Code:
        S3Bucket: hospice-artifacts
        S3Key: referral-api/app.zip
      Environment:
        Variables:
          HCHB_REFERRAL_KEY: "{{resolve:secretsmanager:prod/referral-api:SecretString:hchb_key}}"
          DB_PASSWORD: "{{resolve:ssm-secure:/referral-api/db-password:3}}"
  ReferralRole:
    Type: AWS::IAM::Role
    Properties:
      AssumeRolePolicyDocument:
        Version: "2012-10-17"
        Statement:
          - Effect: Allow
            Principal: { Service: lambda.amazonaws.com }
            Action: sts:AssumeRole
"""), "AWS CloudFormation: dynamic references {{resolve:secretsmanager:...}} and ssm-secure")

D("json", "secrets-manager-arn", "infra/ecs/scheduling-api-task.json", t(r"""
{
  "family": "scheduling-api",
  "networkMode": "awsvpc",
  "requiresCompatibilities": ["FARGATE"],
  "cpu": "512",
  "memory": "1024",
  "executionRoleArn": "arn:aws:iam::318824410092:role/ecsTaskExecution",
  "containerDefinitions": [
    {
      "name": "api",
      "image": "318824410092.dkr.ecr.us-east-2.amazonaws.com/scheduling-api:1.19.2",
      "portMappings": [{ "containerPort": 8080 }],
      "environment": [
        { "name": "SPRING_PROFILES_ACTIVE", "value": "prod" }
      ],
      "secrets": [
        { "name": "DB_PASSWORD", "valueFrom": "arn:aws:secretsmanager:us-east-2:318824410092:secret:prod/scheduling/db-Xy12Ab:password::" },
        { "name": "TWILIO_AUTH_TOKEN", "valueFrom": "arn:aws:ssm:us-east-2:318824410092:parameter/scheduling/twilio-auth-token" }
      ]
    }
  ]
}
"""), "Amazon ECS docs: passing sensitive data with secrets valueFrom")

D("k8s", "secret-key-ref", "k8s/scheduler/deployment.yaml", t(r"""
apiVersion: apps/v1
kind: Deployment
metadata:
  name: visit-scheduler
  namespace: scheduling
spec:
  replicas: 2
  selector:
    matchLabels: { app: visit-scheduler }
  template:
    metadata:
      labels: { app: visit-scheduler }
    spec:
      containers:
        - name: scheduler
          image: registry.meadowhospice.org/visit-scheduler@sha256:<<dig>>
          env:
            - name: REDIS_PASSWORD
              valueFrom:
                secretKeyRef:
                  name: scheduler-redis
                  key: password
            - name: GOOGLE_APPLICATION_CREDENTIALS
              value: /var/run/gcp/key.json
          volumeMounts:
            - name: gcp-sa
              mountPath: /var/run/gcp
              readOnly: true
      volumes:
        - name: gcp-sa
          secret:
            secretName: visit-calendar-sa
""", dig=hexs(64)), "Kubernetes docs: env valueFrom secretKeyRef; image pinned by digest")

D("xml", "config-map-reference", "mirth/channels/Census_to_DW.xml", t(r"""
<channel version="4.4.0">
  <id><<id>></id>
  <name>Census_to_DW</name>
  <sourceConnector version="4.4.0">
    <name>sourceConnector</name>
    <properties class="com.mirth.connect.connectors.jdbc.DatabaseReceiverProperties" version="4.4.0">
      <driver>org.postgresql.Driver</driver>
      <url>${EHR_RPT_URL}</url>
      <username>${EHR_RPT_USER}</username>
      <password>${EHR_RPT_PASSWORD}</password>
      <select>SELECT * FROM census_snapshot WHERE exported = false</select>
      <useScript>false</useScript>
      <fetchSize>1000</fetchSize>
    </properties>
    <transportName>Database Reader</transportName>
  </sourceConnector>
</channel>
""", id=uuid_s()), "Mirth Connect: configuration map variables (${name}) in connector settings")

D("python", "keyring-lookup", "oncall/amion_sync_v2.py", t(r'''
"""Amion schedule sync, v2: the site password now lives in the OS keyring of the sync host."""
import datetime as dt

import keyring
import requests

AMION = "https://www.amion.com/cgi-bin/ocs"


def params() -> dict:
    password = keyring.get_password("amion", "hospice-schedule")
    if not password:
        raise SystemExit("run: keyring set amion hospice-schedule")
    today = dt.date.today()
    return {"Lo": password, "Rpt": "619", "Month": today.month, "Year": today.year}


def fetch() -> str:
    resp = requests.get(AMION, params=params(), timeout=20)
    resp.raise_for_status()
    return resp.text
'''), "keyring library: keyring.get_password(service, username)")

D("kotlin", "build-config", "nurse-app/app/build.gradle.kts", t(r"""
plugins {
    id("com.android.application")
    id("org.jetbrains.kotlin.android")
}

val localProps = java.util.Properties().apply {
    val f = rootProject.file("local.properties")
    if (f.exists()) f.inputStream().use { load(it) }
}

android {
    namespace = "org.hummingbird.visits"
    compileSdk = 34
    defaultConfig {
        applicationId = "org.hummingbird.visits"
        minSdk = 28
        targetSdk = 34
        versionCode = 57
        versionName = "3.2.0"
        buildConfigField("String", "API_BASE", "\"https://visits-api.hummingbirdhospice.org/\"")
        buildConfigField("String", "MAPS_KEY", "\"${localProps.getProperty("MAPS_KEY", "")}\"")
    }
    buildFeatures { buildConfig = true }
}
"""), "Android Gradle plugin: buildConfigField from local.properties (git-ignored)")

D("markdown", "placeholder", "docs/integrations/dosespot-setup.md", t(r"""
# DoseSpot e-prescribing setup

1. Ask DoseSpot support for the **clinic ID**, **clinic key** and a **user ID** for each prescriber.
2. Store them in Vault:

   ```sh
   vault kv put secret/dosespot clinic_id=<CLINIC_ID> clinic_key=<CLINIC_KEY> user_id=<USER_ID>
   ```

3. The app reads them at boot through `DOSESPOT_CLINIC_KEY` etc. Never paste the clinic key
   into a ticket or chat; it lets anyone sign in as the clinic.
4. Test in staging with `https://my.staging.dosespot.com/webapi/v2`.

| Setting | Where |
|---|---|
| `DOSESPOT_CLINIC_ID` | Vault `secret/dosespot#clinic_id` |
| `DOSESPOT_CLINIC_KEY` | Vault `secret/dosespot#clinic_key` |
| `DOSESPOT_USER_ID` | Vault `secret/dosespot#user_id` |
"""), "DoseSpot integration guide: clinic key kept out of the code")

D("markdown", "redacted", "docs/incidents/2024-02-11-phone-tree.md", t(r"""
# Incident 2024-02-11: after-hours phone tree sent calls to voicemail

**Duration:** 21:40-23:05 CST  **Impact:** 9 family calls reached voicemail, all returned by 23:30.

## Timeline
- 21:40 carrier rotated our SIP registration; trunk failed auth (`401 Unauthorized`).
- 22:10 on-call IT paged by the triage RN.
- 22:35 found the new trunk password in the carrier portal; updated `CARRIER_SIP_PASSWORD`
  (value: `********`, now in Vault at `secret/oncall-phone/carrier`).
- 23:05 calls flowing again.

## Log excerpt
```
[2024-02-11 21:40:12] WARNING res_pjsip_outbound_registration.c: Registration for 'carrier-trunk' failed: 401
[2024-02-11 22:36:02] NOTICE  auth carrier-auth username=hummingbird_ah password=<redacted>
[2024-02-11 22:36:03] NOTICE  res_pjsip_outbound_registration.c: Registered 'carrier-trunk'
```

## Follow-ups
- Alert on trunk registration failures (Datadog monitor 88412).
- Move the carrier password out of the ConfigMap (done, see PR !412).
"""), "Incident postmortem convention: credentials redacted in logs and notes")

D("log", "redacted", "ops/logs/hchb-bridge-2024-06-10.log", t(r"""
2024-06-10T02:00:01.114Z INFO  bridge.Main - starting hchb-bridge 2.7.3
2024-06-10T02:00:01.402Z INFO  auth.TokenClient - POST https://identity.hchb.com/connect/token client_id=evergreen-dw-sync client_secret=[REDACTED]
2024-06-10T02:00:02.018Z INFO  auth.TokenClient - token acquired, expires_in=3600
2024-06-10T02:00:02.020Z DEBUG http.Client - GET /fhir/r4/Encounter?date=ge2024-06-07 Authorization: Bearer ***
2024-06-10T02:00:09.771Z INFO  sync.Encounters - 1184 encounters, 0 errors
2024-06-10T02:00:09.772Z INFO  sync.Pharmacy - pushing 37 medication changes to Enclara (X-Partner-Key: ****)
2024-06-10T02:00:11.950Z INFO  bridge.Main - done in 10.8s
"""), "Logging practice: secrets masked before writing (REDACTED, ***)")

D("terraform", "random-password", "infra/family-portal/db.tf", t(r"""
resource "random_password" "portal_db" {
  length           = 32
  special          = true
  override_special = "!#*-_"
}

resource "aws_secretsmanager_secret" "portal_db" {
  name = "prod/family-portal/db"
}

resource "aws_secretsmanager_secret_version" "portal_db" {
  secret_id     = aws_secretsmanager_secret.portal_db.id
  secret_string = jsonencode({ username = "portal_app", password = random_password.portal_db.result })
}

output "portal_db_secret_arn" {
  value = aws_secretsmanager_secret.portal_db.arn
}

output "portal_db_password" {
  value     = random_password.portal_db.result
  sensitive = true
}
"""), "Terraform random provider: random_password; sensitive outputs")

D("shell-history", "vault-read", "ops/history/oncall-it.bash_history", t(r"""
ssh jump01
vault login -method=oidc role=it-oncall
vault kv get -field=password secret/oncall-phone/carrier | pbcopy
kubectl -n oncall-phone rollout restart deploy/phone-tree
kubectl -n oncall-phone logs deploy/phone-tree --tail=50
read -s PGPASSWORD && export PGPASSWORD
psql -h pg-prod.cardinal.local -U backup -c '\l'
unset PGPASSWORD
exit
"""), "Vault CLI: vault kv get -field; read -s to keep a password out of history")

D("http", "variable-reference", "integrations/hchb-sync/requests/episodes.http", t(r"""
### HCHB partner API - episodes (keys come from http-client.private.env.json, git-ignored)
@base = https://partner-api.hchb.com/v2

GET {{base}}/branches/EVG01/episodes?status=active
X-Api-Key: {{$dotenv HCHB_PARTNER_KEY}}
Accept: application/json

### Token for the FHIR side
POST https://identity.hchb.com/connect/token
Content-Type: application/x-www-form-urlencoded

grant_type=client_credentials&client_id={{clientId}}&client_secret={{clientSecret}}
"""), "VS Code REST Client: {{$dotenv NAME}} and environment variables")

D("ini", "placeholder", "paging/wctp-gateway.ini.dist", t(r"""
; Distributed template: copy to wctp-gateway.ini on the server.
[wctp]
endpoint = https://wctp.spok.com/wctp
sender_id = <sender id from Spok>
security_code = <security code from Spok - keep in the password vault>
version = WCTP-DTD-V1R3

[logging]
path = /var/log/wctp-gateway.log
level = INFO
"""), "WCTP specification: senderID / securityCode (placeholders)")

D("php", "env-lookup", "foundation/wordpress/wp-config-sample.php", t(r"""
<?php
/**
 * Sample config committed to the repo; production values come from the environment.
 */
define( 'DB_NAME', getenv( 'WP_DB_NAME' ) ?: 'mhf_wp' );
define( 'DB_USER', getenv( 'WP_DB_USER' ) ?: 'mhf_wp_user' );
define( 'DB_PASSWORD', getenv( 'WP_DB_PASSWORD' ) );
define( 'DB_HOST', getenv( 'WP_DB_HOST' ) ?: 'localhost' );

define( 'AUTH_KEY',         'put your unique phrase here' );
define( 'SECURE_AUTH_KEY',  'put your unique phrase here' );
define( 'LOGGED_IN_KEY',    'put your unique phrase here' );
define( 'NONCE_KEY',        'put your unique phrase here' );

$table_prefix = 'mhf_';
define( 'WP_DEBUG', false );
require_once ABSPATH . 'wp-settings.php';
"""), "WordPress wp-config-sample.php: 'put your unique phrase here' placeholders")

# ================================================================================================
# Decoys: public identifiers, public keys, hashes, checksums, ids
# ================================================================================================

D("javascript", "publishable-key", "foundation/donate/public/js/checkout.js", t(r"""
// Memorial gift checkout (browser). The publishable key is meant to be public.
const stripe = Stripe("pk_live_51<<pk>>");

document.getElementById("give-form").addEventListener("submit", async (event) => {
  event.preventDefault();
  const amount = Number(document.getElementById("amount").value);
  const tribute = document.getElementById("in-memory-of").value;
  const res = await fetch("/api/create-checkout-session", {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ amount, tribute }),
  });
  const { sessionId } = await res.json();
  await stripe.redirectToCheckout({ sessionId });
});
""", pk=mixed(97)), "Stripe docs: publishable keys (pk_live_) are safe to embed in client-side code")

D("javascript", "firebase-web-config", "family-app/web/src/firebase.js", t(r"""
import { initializeApp } from "firebase/app";
import { getMessaging } from "firebase/messaging";

// Firebase web config: identifies the project, not a secret (access is enforced by rules and App Check)
const firebaseConfig = {
  apiKey: "<<key>>",
  authDomain: "sparrow-family-app.firebaseapp.com",
  projectId: "sparrow-family-app",
  storageBucket: "sparrow-family-app.appspot.com",
  messagingSenderId: "<<sender>>",
  appId: "1:<<sender>>:web:<<app>>",
  measurementId: "G-<<mid>>",
};

export const app = initializeApp(firebaseConfig);
export const messaging = getMessaging(app);
""", key=google_api_key(), sender=digits(12), app=hexs(22), mid=chars(10, string.ascii_uppercase + string.digits)),
  "Firebase docs: 'API keys for Firebase services are not secret' (web app config)")

D("javascript", "map-public-token", "scheduling-portal/resources/js/territoryMap.js", t(r"""
import mapboxgl from "mapbox-gl";

// Public (pk.) token, URL-restricted to schedule.graceharborhospice.org
mapboxgl.accessToken = "pk.<<p1>>.<<p2>>";

export function drawTerritories(el, territories) {
  const map = new mapboxgl.Map({
    container: el,
    style: "mapbox://styles/mapbox/light-v11",
    center: [-97.74, 30.27],
    zoom: 8,
  });
  map.on("load", () => {
    map.addSource("territories", { type: "geojson", data: territories });
    map.addLayer({ id: "fill", type: "fill", source: "territories", paint: { "fill-opacity": 0.25 } });
  });
  return map;
}
""", p1=b64url(json.dumps({"u": "graceharbor", "a": "clx" + chars(22, string.ascii_lowercase + string.digits)}, separators=(",", ":")).encode()),
   p2=mixed(22, URLSAFE)), "Mapbox docs: public access tokens (pk.) for client-side maps")

D("html", "browser-maps-key", "family-portal/web/public/visit-map.html", t(r"""
<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>Where is my nurse? - Bluebird Hospice</title>
  <!-- Maps JavaScript API key: HTTP-referrer restricted to family.bluebirdhospice.org -->
  <script async src="https://maps.googleapis.com/maps/api/js?key=<<key>>&callback=initMap&libraries=marker"></script>
  <script src="/js/visit-map.js" defer></script>
</head>
<body>
  <h1>Your nurse is on the way</h1>
  <div id="map" style="height: 420px"></div>
  <p>Estimated arrival: <span id="eta">--</span></p>
</body>
</html>
""", key=google_api_key()), "Google Maps Platform: Maps JavaScript API keys are used in pages, restricted by referrer")

D("typescript", "spa-client-id", "family-portal/web/src/auth/config.ts", t(r"""
// Public SPA configuration (Authorization Code + PKCE): no client secret in the browser
export const authConfig = {
  domain: "bluebird-family.us.auth0.com",
  clientId: "<<cid>>",
  authorizationParams: {
    redirect_uri: window.location.origin + "/callback",
    audience: "https://api.family.bluebirdhospice.org",
    scope: "openid profile email read:care-updates",
  },
  cacheLocation: "memory" as const,
  useRefreshTokens: true,
};
""", cid=mixed(32)), "Auth0 SPA SDK: domain and clientId are public for single-page apps")

D("json", "oidc-public-client", "staff-app/src/assets/okta.json", t(r"""
{
  "issuer": "https://evergreenhospice.okta.com/oauth2/default",
  "clientId": "0oa<<cid>>",
  "redirectUri": "com.evergreenhospice.staff:/callback",
  "endSessionRedirectUri": "com.evergreenhospice.staff:/logout",
  "scopes": ["openid", "profile", "offline_access", "visits.read"],
  "pkce": true,
  "tokenManager": { "storage": "secureStorage" }
}
""", cid=chars(17, ALNUM)), "Okta docs: native app OIDC configuration (public client with PKCE)")

D("javascript", "sentry-dsn", "family-portal/web/src/sentry.js", t(r"""
import * as Sentry from "@sentry/react";

// DSNs only allow sending events; Sentry documents them as safe to expose in the browser.
Sentry.init({
  dsn: "https://<<k>>@o<<org>>.ingest.us.sentry.io/<<proj>>",
  environment: import.meta.env.MODE,
  tracesSampleRate: 0.1,
  sendDefaultPii: false,
  beforeSend(event) {
    if (event.request) delete event.request.cookies;
    return event;
  },
});
""", k=hexs(32), org=digits(7), proj=digits(16)), "Sentry docs: DSN explainer (the DSN is not a secret)")

D("html", "recaptcha-site-key", "foundation/wordpress/wp-content/themes/mhf/partials/donate-form.php", t(r"""
<form id="donate" method="post" action="/donate/">
  <label for="amount">Gift amount</label>
  <input id="amount" name="amount" type="number" min="5" step="1" required>
  <label for="tribute">In memory of (optional)</label>
  <input id="tribute" name="tribute" type="text" maxlength="120">
  <button class="g-recaptcha"
          data-sitekey="6L<<k>>"
          data-callback="onSubmit"
          data-action="donate">Give now</button>
</form>
<script src="https://www.google.com/recaptcha/api.js" async defer></script>
<script>function onSubmit() { document.getElementById('donate').submit(); }</script>
""", k=mixed(38, URLSAFE)), "Google reCAPTCHA docs: the site key is used in the HTML code served to users")

D("javascript", "search-only-key", "foundation/site/assets/js/search.js", t(r"""
// Algolia search-only key: it can only query the public foundation_pages index.
const searchClient = algoliasearch("<<app>>", "<<key>>");

const search = instantsearch({
  indexName: "foundation_pages",
  searchClient,
});

search.addWidgets([
  instantsearch.widgets.searchBox({ container: "#searchbox", placeholder: "Search stories and events" }),
  instantsearch.widgets.hits({ container: "#hits" }),
]);

search.start();
""", app=chars(10, string.ascii_uppercase + string.digits), key=hexs(32)),
  "Algolia docs: search-only API key is safe to use in front-end code")

D("ssh", "public-keys", "ansible/roles/users/files/authorized_keys", t(r"""
ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI<<k1>> jdoe@evergreen-it
ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI<<k2>> mlopez@evergreen-it
ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABgQ<<k3>> svc-ansible@jump01
ecdsa-sha2-nistp256 AAAAE2VjZHNhLXNoYTItbmlzdHAyNTYAAAAIbmlzdHAyNTYAAABBB<<k4>>= oncall-yubikey
from="10.20.0.0/16" ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI<<k5>> backup@nas01
""", k1=chars(43, B64), k2=chars(43, B64), k3=chars(512, B64) + "=", k4=chars(87, B64), k5=chars(43, B64)),
  "OpenSSH sshd(8): AUTHORIZED_KEYS file format (public keys)")

D("pem", "certificate", "surescripts-gateway/conf/surescripts-ca.pem", t(r"""
# Surescripts intermediate CA, from the connectivity package (public certificate)
<<c1>>
""", c1=cert_pem()), "RFC 7468: textual encoding of certificates (public)")

D("asc", "pgp-public-key", "pharmacy/keys/optumrx-claims-public.asc", t(r"""
-----BEGIN PGP PUBLIC KEY BLOCK-----
Comment: OptumRx hospice claims file encryption key (public)

mQINBG<<body>>
=<<crc>>
-----END PGP PUBLIC KEY BLOCK-----
""", body="\n".join(chars(64, B64) for _ in range(14)), crc=chars(4, B64)),
  "RFC 4880: ASCII-armored public key block")

D("json", "jwks-public", "smart-launch/public/.well-known/jwks.json", t(r"""
{
  "keys": [
    {
      "kty": "RSA",
      "kid": "hospice-bulk-2024",
      "use": "sig",
      "alg": "RS384",
      "n": "<<n>>",
      "e": "AQAB"
    },
    {
      "kty": "EC",
      "kid": "smart-es256-2024",
      "use": "sig",
      "alg": "ES256",
      "crv": "P-256",
      "x": "<<x>>",
      "y": "<<y>>"
    }
  ]
}
""", n=chars(342, URLSAFE), x=chars(43, URLSAFE), y=chars(43, URLSAFE)),
  "RFC 7517: JSON Web Key Set with public members only (no d)")

D("sql", "password-hashes", "db/seed/dev_users.sql", t(r"""
-- Development seed for the volunteer portal. Passwords are bcrypt hashes (cost 12).
INSERT INTO users (email, display_name, role, password_hash) VALUES
  ('coordinator@example.org', 'Volunteer Coordinator', 'admin',
   '$2b$12$<<h1>>'),
  ('vigil.lead@example.org', 'Vigil Lead', 'lead',
   '$2b$12$<<h2>>'),
  ('volunteer1@example.org', 'Test Volunteer', 'volunteer',
   '$2b$12$<<h3>>');
""", h1=chars(53, ALNUM + "./"), h2=chars(53, ALNUM + "./"), h3=chars(53, ALNUM + "./")),
  "bcrypt modular crypt format ($2b$cost$salt+hash)")

D("json", "password-hashes", "volunteer_portal/fixtures/staff.json", t(r"""
[
  {
    "model": "auth.user",
    "pk": 1,
    "fields": {
      "username": "coordinator",
      "email": "coordinator@example.org",
      "password": "pbkdf2_sha256$720000$<<s1>>$<<h1>>=",
      "is_staff": true,
      "is_superuser": false
    }
  },
  {
    "model": "auth.user",
    "pk": 2,
    "fields": {
      "username": "chaplain",
      "email": "chaplain@example.org",
      "password": "pbkdf2_sha256$720000$<<s2>>$<<h2>>=",
      "is_staff": false,
      "is_superuser": false
    }
  }
]
""", s1=chars(22, ALNUM), h1=chars(43, B64), s2=chars(22, ALNUM), h2=chars(43, B64)),
  "Django docs: password storage format algorithm$iterations$salt$hash")

D("htpasswd", "password-hashes", "ops/nginx/htpasswd.reports", t(r"""
# users for the legacy reports proxy (bcrypt, htpasswd -B)
bi_reader:$2y$10$<<h1>>
quality:$2y$10$<<h2>>
medical_director:$2y$10$<<h3>>
auditor:$apr1$<<s4>>$<<h4>>
cahps_vendor:$2y$10$<<h5>>
""", h1=chars(53, ALNUM + "./"), h2=chars(53, ALNUM + "./"), h3=chars(53, ALNUM + "./"),
   s4=chars(8, ALNUM + "./"), h4=chars(22, ALNUM + "./"), h5=chars(53, ALNUM + "./")),
  "Apache htpasswd docs: bcrypt and MD5 (apr1) password hashes")

D("cisco", "type9-hashes", "network/configs/branch-rtr01.cfg", t(r"""
!
hostname BRANCH-RTR01
!
enable algorithm-type scrypt secret $9$<<s1>>$<<h1>>
!
username netadmin privilege 15 algorithm-type scrypt secret $9$<<s2>>$<<h2>>
username backup privilege 5 algorithm-type sha256 secret $8$<<s3>>$<<h3>>
!
interface GigabitEthernet0/0/0
 description Uplink to ISP
 ip address dhcp
!
ip ssh version 2
line vty 0 4
 login local
 transport input ssh
!
end
""", s1=chars(14, ALNUM + "./"), h1=chars(43, ALNUM + "./"), s2=chars(14, ALNUM + "./"), h2=chars(43, ALNUM + "./"),
   s3=chars(14, ALNUM + "./"), h3=chars(43, ALNUM + "./")),
  "Cisco IOS: type 8 (PBKDF2) and type 9 (scrypt) password hashes")

D("ansible", "sha512-crypt", "ansible/roles/users/vars/main.yml", t(r"""
---
# Local break-glass accounts on the interface-engine hosts. Hashes made with
# `mkpasswd --method=sha-512`; the cleartext is in the IT vault only.
local_users:
  - name: breakglass
    groups: [wheel]
    password: "$6$rounds=656000$<<s1>>$<<h1>>"
  - name: mirth-ops
    groups: [mirth]
    password: "$6$rounds=656000$<<s2>>$<<h2>>"
""", s1=chars(16, ALNUM + "./"), h1=chars(86, ALNUM + "./"), s2=chars(16, ALNUM + "./"), h2=chars(86, ALNUM + "./")),
  "crypt(5): SHA-512 crypt ($6$) hashes for ansible.builtin.user")

D("json", "integrity-hashes", "family-portal/web/package-lock.json", t(r"""
{
  "name": "family-portal-web",
  "version": "2.14.0",
  "lockfileVersion": 3,
  "requires": true,
  "packages": {
    "": {
      "name": "family-portal-web",
      "version": "2.14.0",
      "dependencies": {
        "@auth0/auth0-react": "^2.2.4",
        "date-fns": "^3.6.0"
      }
    },
    "node_modules/@auth0/auth0-react": {
      "version": "2.2.4",
      "resolved": "https://registry.npmjs.org/@auth0/auth0-react/-/auth0-react-2.2.4.tgz",
      "integrity": "sha512-<<i1>>=="
    },
    "node_modules/@auth0/auth0-spa-js": {
      "version": "2.1.3",
      "resolved": "https://registry.npmjs.org/@auth0/auth0-spa-js/-/auth0-spa-js-2.1.3.tgz",
      "integrity": "sha512-<<i2>>=="
    },
    "node_modules/date-fns": {
      "version": "3.6.0",
      "resolved": "https://registry.npmjs.org/date-fns/-/date-fns-3.6.0.tgz",
      "integrity": "sha512-<<i3>>=="
    }
  }
}
""", i1=chars(86, B64), i2=chars(86, B64), i3=chars(86, B64)), "npm docs: package-lock.json integrity (SRI sha512)")

D("dockerfile", "checksums", "tools/hl7-validator/Dockerfile", t(r"""
FROM eclipse-temurin:17-jre-jammy@sha256:<<d1>>

ARG HAPI_VERSION=2.5.1
ARG HAPI_SHA256=<<d2>>

RUN curl -fsSLo /tmp/hapi.zip "https://github.com/hapifhir/hapi-hl7v2/releases/download/v${HAPI_VERSION}/hapi-hl7overhttp-${HAPI_VERSION}.zip" \
 && echo "${HAPI_SHA256}  /tmp/hapi.zip" | sha256sum -c - \
 && unzip /tmp/hapi.zip -d /opt/hapi \
 && rm /tmp/hapi.zip

COPY validate.sh /usr/local/bin/validate
ENTRYPOINT ["validate"]
""", d1=hexs(64), d2=hexs(64)), "Docker docs: image digests; sha256sum -c verification")

D("text", "checksums", "releases/nurse-app-3.2.0/SHA256SUMS", t(r"""
<<h1>>  nurse-app-3.2.0-release.apk
<<h2>>  nurse-app-3.2.0-release.aab
<<h3>>  mapping.txt
<<h4>>  release-notes.md
<<h5>>  output-metadata.json
""", h1=hexs(64), h2=hexs(64), h3=hexs(64), h4=hexs(64), h5=hexs(64)), "GNU coreutils sha256sum output format")

D("json", "resource-ids", "integrations/fhir/samples/hospice-election-bundle.json", t(r"""
{
  "resourceType": "Bundle",
  "id": "<<b>>",
  "type": "transaction",
  "entry": [
    {
      "fullUrl": "urn:uuid:<<p>>",
      "resource": {
        "resourceType": "Patient",
        "identifier": [{ "system": "urn:oid:2.16.840.1.113883.4.1", "value": "000-00-0000" }],
        "name": [{ "family": "Testpatient", "given": ["Alma"] }],
        "birthDate": "1938-04-02"
      },
      "request": { "method": "POST", "url": "Patient" }
    },
    {
      "fullUrl": "urn:uuid:<<e>>",
      "resource": {
        "resourceType": "EpisodeOfCare",
        "status": "active",
        "type": [{ "coding": [{ "system": "http://terminology.hl7.org/CodeSystem/episodeofcare-type", "code": "hacc" }], "text": "Hospice" }],
        "patient": { "reference": "urn:uuid:<<p>>" },
        "period": { "start": "2024-06-01" },
        "managingOrganization": { "reference": "Organization/<<o>>" }
      },
      "request": { "method": "POST", "url": "EpisodeOfCare" }
    }
  ]
}
""", b=uuid_s(), p=uuid_s(), e=uuid_s(), o=uuid_s()), "HL7 FHIR R4: Bundle with urn:uuid fullUrls")

D("hl7", "sample-message", "mirth/test-data/ADT_A03_discharge.hl7", t(r"""
MSH|^~\&|HCHB|EVG|ENCLARA|PBM|20240610081500||ADT^A03^ADT_A03|<<ctl>>|P|2.5.1
EVN|A03|20240610081500
PID|1||MRN00412^^^EVG^MR||TESTPATIENT^ALMA^R||19380402|F|||100 MAIN ST^^AUSTIN^TX^78701
PV1|1|I|HOSP^^^EVG||||1234567893^ATTENDING^TEST|||||||||||HSP|<<visit>>|||||||||||||||||01|||||||20240601|20240610
DG1|1||C34.90^Malignant neoplasm of unspecified part of bronchus or lung^I10
""", ctl=digits(10), visit=uuid_s()), "HL7 v2.5.1 ADT^A03 message structure (test patient)")

D("terraform", "azure-ids", "infra/azure/providers.tf", t(r"""
provider "azurerm" {
  features {}
  tenant_id       = "<<tenant>>"
  subscription_id = "<<sub>>"
  client_id       = "<<cid>>"
  use_oidc        = true
}

resource "azurerm_resource_group" "reporting" {
  name     = "rg-hospice-reporting-prod"
  location = "eastus2"
}

resource "azurerm_key_vault" "intake" {
  name                = "kv-riverbend-intake"
  location            = azurerm_resource_group.reporting.location
  resource_group_name = azurerm_resource_group.reporting.name
  tenant_id           = "<<tenant>>"
  sku_name            = "standard"
  purge_protection_enabled = true
}
""", tenant=uuid_s(), sub=uuid_s(), cid=uuid_s()), "Terraform azurerm provider: OIDC authentication (ids only, no client secret)")

D("python", "twilio-ids", "oncall/notify_nurse_v2.py", t(r'''
"""After-hours SMS, v2: the SIDs are identifiers; the auth token comes from the environment."""
import os

from twilio.rest import Client

ACCOUNT_SID = "<<sid>>"
MESSAGING_SERVICE_SID = "MG<<mg>>"
client = Client(ACCOUNT_SID, os.environ["TWILIO_AUTH_TOKEN"])


def page(to_number: str, text: str) -> str:
    return client.messages.create(to=to_number, messaging_service_sid=MESSAGING_SERVICE_SID, body=text).sid
''', sid=twilio_sid(), mg=hexs(32)), "Twilio docs: Account SID and Messaging Service SID are identifiers")

D("yaml", "identifiers", "pharmacy/config/prescriber-directory.yml", t(r"""
# Hospice medical directors and NPs who sign comfort-kit orders (public registry numbers)
organization:
  name: Juniper Hospice
  npi: "1942218870"
  medicare_provider_number: "671592"
  ncpdp_id: "4598123"
prescribers:
  - name: Dr. Test Medicaldirector
    npi: "1234567893"
    dea: "AM1234563"
    state_license: "TX-N4421"
  - name: Test Nursepractitioner, APRN
    npi: "1245319599"
    dea: "MT2345675"
    state_license: "TX-AP1187"
"""), "NPPES NPI registry and DEA registration number formats (public identifiers)")

D("json", "app-store-ids", "family-app/fastlane/app_store_connect.json", t(r"""
{
  "key_id": "<<kid>>",
  "issuer_id": "<<iss>>",
  "key_filepath": "./AuthKey.p8",
  "duration": 1200,
  "in_house": false,
  "team_id": "<<team>>",
  "app_identifier": "org.sparrowhospice.family"
}
""", kid=chars(10, string.ascii_uppercase + string.digits), iss=uuid_s(), team=chars(10, string.ascii_uppercase + string.digits)),
  "fastlane docs: App Store Connect API key JSON (key_filepath points at the .p8; ids are not secret)")

D("markdown", "commit-shas", "CHANGELOG.md", t(r"""
# Changelog - family portal

## 2.14.0 (2024-09-03)
- Care-team updates show the discipline (RN, MSW, chaplain, aide) ([<<c1>>](https://github.com/bluebird-hospice/family-portal/commit/<<c1f>>))
- Bereavement resources page ([<<c2>>](https://github.com/bluebird-hospice/family-portal/commit/<<c2f>>))

## 2.13.2 (2024-08-19)
- Fix: visit reminders were sent in UTC ([<<c3>>](https://github.com/bluebird-hospice/family-portal/commit/<<c3f>>))
- Rotate JWT signing key (no code change; see runbook)

## 2.13.1 (2024-08-02)
- Dependency updates
""", c1f=(_c1 := hexs(40)), c1=_c1[:7], c2f=(_c2 := hexs(40)), c2=_c2[:7], c3f=(_c3 := hexs(40)), c3=_c3[:7]),
  "Keep a Changelog; git commit SHA-1 ids")

D("css", "data-uri", "family-portal/web/src/styles/brand.css", t(r"""
/* Bluebird Hospice family portal - brand tokens */
:root {
  --brand-blue: #2f5d8a;
  --brand-sand: #f3eee6;
  --radius: 10px;
}

.logo {
  width: 160px;
  height: 40px;
  background: url("data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAKAAAAAoCAYAAAB<<png>>") no-repeat;
}

.care-update {
  border-radius: var(--radius);
  background: var(--brand-sand);
}
""", png=chars(420, B64) + "AAAAAElFTkSuQmCC"), "RFC 2397: data URLs (an inline PNG)")

D("json", "masked-export", "identity/keycloak/family-realm-export.json", t(r"""
{
  "realm": "family",
  "enabled": true,
  "sslRequired": "external",
  "clients": [
    {
      "clientId": "family-portal-api",
      "enabled": true,
      "clientAuthenticatorType": "client-secret",
      "secret": "**********",
      "redirectUris": ["https://family.bluebirdhospice.org/*"],
      "publicClient": false
    },
    {
      "clientId": "family-portal-web",
      "enabled": true,
      "publicClient": true,
      "redirectUris": ["https://family.bluebirdhospice.org/*"]
    }
  ],
  "smtpServer": {
    "host": "smtp.sendgrid.net",
    "port": "587",
    "user": "apikey",
    "password": "**********",
    "auth": "true",
    "starttls": "true"
  }
}
"""), "Keycloak docs: partial realm export masks client secrets as **********")

D("json", "kms-ciphertext", "functions/referral-intake/config/encrypted.json", t(r"""
{
  "comment": "Encrypted with alias/referral-intake; decrypted at cold start with kms:Decrypt",
  "keyId": "arn:aws:kms:us-east-1:318824410092:key/<<kid>>",
  "hchbReferralKey": "AQICAHh<<c1>>",
  "faxApiSecret": "AQICAHh<<c2>>",
  "encryptionContext": { "app": "referral-intake", "env": "prod" }
}
""", kid=uuid_s(), c1=chars(240, B64) + "==", c2=chars(236, B64) + "="),
  "AWS KMS: Encrypt CiphertextBlob (base64, AQICAHh... prefix)")

D("json", "chef-encrypted-data-bag", "chef/data_bags/mirth/db.json", t(r"""
{
  "id": "db",
  "password": {
    "encrypted_data": "<<d1>>",
    "iv": "<<iv1>>",
    "auth_tag": "<<t1>>",
    "version": 3,
    "cipher": "aes-256-gcm"
  },
  "keystore_password": {
    "encrypted_data": "<<d2>>",
    "iv": "<<iv2>>",
    "auth_tag": "<<t2>>",
    "version": 3,
    "cipher": "aes-256-gcm"
  }
}
""", d1=b64bytes(40), iv1=b64bytes(12), t1=b64bytes(16), d2=b64bytes(36), iv2=b64bytes(12), t2=b64bytes(16)),
  "Chef docs: encrypted data bag item format (version 3, aes-256-gcm)")

# ================================================================================================
# Decoys: vendor documentation examples, test fixtures, self-declared fakes, code with no secret
# ================================================================================================

D("markdown", "vendor-doc-example", "docs/onboarding/aws-cli.md", t(r"""
# Setting up the AWS CLI for the reporting account

Install the CLI, then run `aws configure sso` (preferred). If you are on an old laptop that
cannot use SSO, `aws configure` asks for an access key; the AWS documentation shows it like this:

```
$ aws configure
AWS Access Key ID [None]: AKIAIOSFODNN7EXAMPLE
AWS Secret Access Key [None]: wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY
Default region name [None]: us-east-2
Default output format [None]: json
```

Do **not** create long-lived keys for yourself; ask IT for an SSO permission set instead.
"""), "AWS CLI user guide: configuration quick setup (documented example keys)")

D("python", "vendor-doc-example", "foundation/donate/tests/test_stripe_docs.py", t(r'''
"""Reproduces the Stripe quickstart against Stripe's public docs sandbox key."""
import stripe

# The test-mode key printed in Stripe's public API reference (shared by every reader of the docs).
stripe.api_key = "sk_test_4eC39HqLyjWDarjtT1zdp7dc"


def test_create_customer_docs_example(monkeypatch):
    created = {}

    def fake_create(**kwargs):
        created.update(kwargs)
        return {"id": "cus_NffrFeUfNV2Hib", **kwargs}

    monkeypatch.setattr(stripe.Customer, "create", fake_create)
    customer = stripe.Customer.create(email="jenny.rosen@example.com", name="Jenny Rosen")
    assert customer["id"].startswith("cus_")
    assert created["email"] == "jenny.rosen@example.com"
'''), "Stripe API reference: the published sample test key and sample objects")

D("markdown", "vendor-doc-placeholder", "docs/integrations/twilio-sms.md", t(r"""
# After-hours SMS (Twilio)

Set these in the deployment environment, never in the repository:

```bash
export TWILIO_ACCOUNT_SID=ACXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX
export TWILIO_AUTH_TOKEN=your_auth_token
export TWILIO_FROM=+15005550006   # Twilio magic test number
```

Test with the Twilio CLI:

```bash
twilio api:core:messages:create --from "+15005550006" --to "+15005550001" --body "Test page"
```

`+15005550006` and friends are Twilio's documented test numbers; they never send real SMS.
"""), "Twilio docs: placeholders (ACXXXX..., your_auth_token) and magic test numbers")

D("yaml", "vendor-doc-placeholder", "monitoring/alertmanager/slack-example.yml", t(r"""
# Example receiver from the Alertmanager docs, kept for reference. The real file pulls the
# webhook URL from /etc/alertmanager/secrets/slack_url (api_url_file).
receivers:
  - name: slack-example
    slack_configs:
      - api_url: https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX
        channel: "#it-alerts"
        send_resolved: true
  - name: slack-real
    slack_configs:
      - api_url_file: /etc/alertmanager/secrets/slack_url
        channel: "#it-alerts"
"""), "Slack API docs: example incoming webhook URL (T00000000/B00000000/XXXX)")

D("python", "test-fixture", "oncall/tests/test_notify.py", t(r"""
from unittest import mock

import notify_nurse

FAKE_SID = "AC00000000000000000000000000000000"
FAKE_TOKEN = "not-a-real-token-for-unit-tests"


@mock.patch("notify_nurse.Client")
def test_page_formats_message(client_cls):
    client_cls.return_value.messages.create.return_value.sid = "SM123"
    notify_nurse.client = client_cls(FAKE_SID, FAKE_TOKEN)
    sid = notify_nurse.page("+15005550001", "A.T.", "+15005550002")
    assert sid == "SM123"
    body = client_cls.return_value.messages.create.call_args.kwargs["body"]
    assert "A.T." in body and "ACK" in body
"""), "pytest/unittest.mock: test doubles with self-declared fake credentials")

D("javascript", "test-fixture", "family-portal/api/test/auth.test.js", t(r"""
const assert = require("node:assert");
const { test } = require("node:test");
const jwt = require("jsonwebtoken");

const TEST_SECRET = "test-secret-do-not-use-in-production";

test("family token carries the patient and expires in 30 minutes", () => {
  const token = jwt.sign({ sub: "u1", patient: "p1", role: "family" }, TEST_SECRET, { expiresIn: "30m" });
  const decoded = jwt.verify(token, TEST_SECRET);
  assert.equal(decoded.patient, "p1");
  assert.ok(decoded.exp - decoded.iat === 1800);
});

test("a token signed with another secret is rejected", () => {
  const token = jwt.sign({ sub: "u1" }, "some-other-test-secret");
  assert.throws(() => jwt.verify(token, TEST_SECRET));
});
"""), "Node test runner: fixtures with obviously dummy signing secrets")

D("yaml", "test-fixture", "volunteer_portal/docker-compose.test.yml", t(r"""
# Throwaway services for CI integration tests only (no network exposure, destroyed after the run)
services:
  db:
    image: postgres:16-alpine
    environment:
      POSTGRES_DB: volunteer_test
      POSTGRES_USER: test
      POSTGRES_PASSWORD: test
    tmpfs:
      - /var/lib/postgresql/data
  tests:
    build: .
    command: pytest -q
    depends_on: [db]
    environment:
      DATABASE_URL: postgres://test:test@db:5432/volunteer_test
      DJANGO_SECRET_KEY: insecure-test-key
      DJANGO_SETTINGS_MODULE: volunteer_portal.settings.test
"""), "Docker Compose for CI: ephemeral test database with dummy credentials")

D("python", "hmac-test-vector", "family-portal/api/tests/test_webhook_signature.py", t(r'''
"""Our webhook signature check, against RFC 4231 test case 2 (public test vector)."""
import hashlib
import hmac

from app.webhooks import verify_signature

KEY = b"Jefe"
DATA = b"what do ya want for nothing?"
EXPECTED = "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843"


def test_rfc4231_case_2():
    assert hmac.new(KEY, DATA, hashlib.sha256).hexdigest() == EXPECTED


def test_verify_signature_accepts_good_and_rejects_bad():
    assert verify_signature(KEY, DATA, EXPECTED)
    assert not verify_signature(KEY, DATA, "0" * 64)
'''), "RFC 4231: HMAC-SHA256 test vectors (test case 2)")

D("markdown", "jwt-doc-example", "docs/api/family-portal-auth.md", t(r"""
# Family portal API: authentication

Every request carries a bearer token issued by the portal after sign-in:

```http
GET /api/care-updates HTTP/1.1
Host: api.family.bluebirdhospice.org
Authorization: Bearer <access token>
```

A token is a JWT. The example below is the one from jwt.io (its payload is `John Doe`); paste
it into the debugger to see the three parts:

```
eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c
```

Tokens expire after 30 minutes; the web app refreshes them silently.
"""), "jwt.io introduction: the sample HS256 token (John Doe)")

D("python", "fake-declared", "tools/seed_demo_data.py", t(r'''
"""Seed the demo tenant shown at the state hospice association conference. Nothing here is real."""
DEMO_PATIENTS = [
    {"mrn": "DEMO-0001", "name": "Demo Patient One", "level_of_care": "RHC"},
    {"mrn": "DEMO-0002", "name": "Demo Patient Two", "level_of_care": "GIP"},
]

DEMO_INTEGRATIONS = {
    "hchb_client_secret": "demo-not-a-secret",
    "twilio_auth_token": "0" * 32,
    "stripe_secret_key": "sk_test_DEMO_PLACEHOLDER_NOT_A_KEY",
    "slack_bot_token": "xoxb-demo-placeholder",
}


def seed(db):
    for p in DEMO_PATIENTS:
        db.patients.insert(p)
    db.settings.update(DEMO_INTEGRATIONS)
'''), "Demo data convention: values that declare themselves fake")

D("shell", "generator-script", "ops/scripts/new_family_portal_secrets.sh", t(r"""
#!/usr/bin/env bash
# Generate fresh secrets for a new family-portal environment and store them in Vault.
# Nothing is printed or written to disk.
set -euo pipefail
ENV="${1:?env name}"

vault kv put "secret/family-portal/${ENV}/jwt" signing_key="$(openssl rand -base64 48)"
vault kv put "secret/family-portal/${ENV}/db" \
  username=portal_app \
  password="$(openssl rand -base64 30 | tr -d '/+=' | cut -c1-28)"
vault kv put "secret/family-portal/${ENV}/redis" password="$(openssl rand -hex 24)"
echo "secrets created under secret/family-portal/${ENV}/"
"""), "OpenSSL rand and Vault kv put: secrets generated at run time")

D("python", "hash-compare", "kiosk/checkin/pin.py", t(r'''
"""Family-room kiosk: staff override PIN check. Only a salted scrypt hash is stored."""
import hashlib
import hmac
import os

SALT = bytes.fromhex("<<salt>>")
PIN_HASH = bytes.fromhex("<<h>>")


def check_override_pin(pin: str) -> bool:
    candidate = hashlib.scrypt(pin.encode(), salt=SALT, n=2**14, r=8, p=1, dklen=32)
    return hmac.compare_digest(candidate, PIN_HASH)


def new_hash(pin: str) -> str:
    salt = os.urandom(16)
    return salt.hex() + ":" + hashlib.scrypt(pin.encode(), salt=salt, n=2**14, r=8, p=1, dklen=32).hex()
''', salt=hexs(32), h=hexs(64)), "Python hashlib.scrypt: stored salt and derived hash")

D("r", "keyring-lookup", "quality/cahps_vendor_upload.R", t(r"""
# Upload the monthly CAHPS Hospice sample file to the survey vendor's SFTP.
library(keyring)
library(ssh)

user <- "bluebird_hospice"
pw   <- key_get(service = "cahps-vendor-sftp", username = user)

sample_file <- sprintf("/data/cahps/sample_%s.csv", format(Sys.Date(), "%Y%m"))
stopifnot(file.exists(sample_file))

session <- ssh_connect(sprintf("%s@sftp.surveyvendor.example.com", user), passwd = pw)
scp_upload(session, sample_file, to = "/incoming/")
ssh_disconnect(session)
message("uploaded ", basename(sample_file))
"""), "keyring R package: key_get(service, username)")

D("notebook", "env-lookup", "analytics/notebooks/live_discharges.ipynb", t(r"""
{
 "cells": [
  {
   "cell_type": "markdown",
   "metadata": {},
   "source": ["# Live discharge rate by referral source"]
  },
  {
   "cell_type": "code",
   "execution_count": 1,
   "metadata": {},
   "outputs": [],
   "source": [
    "import os\n",
    "import pandas as pd\n",
    "from sqlalchemy import create_engine\n",
    "from sqlalchemy.engine import URL\n",
    "\n",
    "url = URL.create('postgresql+psycopg2', username=os.environ['DW_USER'],\n",
    "                 password=os.environ['DW_PASSWORD'], host='dw.journeyhospice.internal', database='clinical')\n",
    "engine = create_engine(url)"
   ]
  },
  {
   "cell_type": "code",
   "execution_count": 2,
   "metadata": {},
   "outputs": [],
   "source": [
    "df = pd.read_sql('select referral_source, live_discharge from mart.discharges', engine)\n",
    "df.groupby('referral_source')['live_discharge'].mean().sort_values()"
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
"""), "SQLAlchemy docs: URL.create with credentials from the environment")

D("nginx", "auth-file-reference", "ops/nginx/conf.d/reports.conf", t(r"""
server {
    listen 443 ssl http2;
    server_name reports.evergreen.local;

    ssl_certificate     /etc/nginx/tls/reports.crt;
    ssl_certificate_key /etc/nginx/tls/reports.key;
    ssl_protocols       TLSv1.2 TLSv1.3;

    auth_basic           "Quality reports";
    auth_basic_user_file /etc/nginx/htpasswd.reports;

    location / {
        proxy_pass http://127.0.0.1:3838;
        proxy_set_header Host $host;
        proxy_set_header X-Forwarded-Proto https;
    }
}
"""), "nginx docs: auth_basic_user_file and ssl_certificate_key paths")

D("ini", "no-secret", "ops/dotfiles/.gitconfig", t(r"""
[user]
	name = Jordan Doe
	email = jdoe@evergreenhospice.org
	signingkey = <<sk>>
[commit]
	gpgsign = true
[credential]
	helper = osxkeychain
[credential "https://gitlab.evergreen.local"]
	username = jdoe
[pull]
	rebase = true
""", sk=uhex(16)), "git-config(1): user.signingkey is a key id; credential.helper keeps passwords in the keychain")

D("json", "analytics-ids", "family-portal/web/src/analytics.json", t(r"""
{
  "googleAnalyticsMeasurementId": "G-<<ga>>",
  "mixpanelProjectToken": "<<mp>>",
  "intercomAppId": "<<ic>>",
  "hotjarSiteId": <<hj>>,
  "anonymizeIp": true,
  "disableOnPages": ["/care-updates", "/messages"]
}
""", ga=chars(10, string.ascii_uppercase + string.digits), mp=hexs(32), ic=chars(8, string.ascii_lowercase + string.digits), hj=digits(7)),
  "Mixpanel docs: the project token is not a secret (used in client code); GA measurement ids")

D("yaml", "k8s-secret-template", "k8s/family-portal/db-secret.template.yaml", t(r"""
# Rendered by `envsubst < db-secret.template.yaml | kubectl apply -f -` in the deploy job
apiVersion: v1
kind: Secret
metadata:
  name: family-portal-db
  namespace: family-portal
type: Opaque
stringData:
  DB_HOST: pg-family.bluebird.svc.cluster.local
  DB_USER: portal_app
  DB_PASSWORD: "${DB_PASSWORD}"
"""), "Kubernetes Secret with stringData filled by envsubst at deploy time")

D("shell", "prompt", "ops/scripts/pharmacy_sftp_test.sh", t(r"""
#!/usr/bin/env bash
# Quick connectivity test to the pharmacy SFTP; asks for the password interactively.
set -euo pipefail
HOST=sftp.enclarapharmacia.com
USER=lanternhill_hospice

read -r -s -p "SFTP password for ${USER}: " SFTP_PASSWORD
echo
export SSHPASS="$SFTP_PASSWORD"
sshpass -e sftp -oBatchMode=no "${USER}@${HOST}" <<< $'ls /inbound/lhh\nbye'
unset SSHPASS SFTP_PASSWORD
"""), "sshpass manual: -e reads the password from SSHPASS (here typed at a prompt)")

D("properties", "masked", "surescripts-gateway/conf/gateway.properties.bak", t(r"""
# Backup taken 2024-03-01 before certificate renewal (password masked by the admin console export)
surescripts.endpoint=https://smr-staging.surescripts.net/erx/magnoliahospice/v6_1
surescripts.portal.id=MAGH0421
ssl.keystore.path=/opt/gateway/conf/ss-client.p12
ssl.keystore.type=PKCS12
ssl.keystore.password=********
ssl.truststore.path=/opt/gateway/conf/ss-trust.jks
retry.max=3
"""), "Admin-console export with masked credential values")

D("xml", "encrypted-config", "pharmacy/OnePoint/OnePoint.Sync.exe.config.prod", t(r"""
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <configProtectedData>
    <providers>
      <add name="DpapiProtectedConfigurationProvider" type="System.Configuration.DpapiProtectedConfigurationProvider" useMachineProtection="true" />
    </providers>
  </configProtectedData>
  <appSettings configProtectionProvider="DpapiProtectedConfigurationProvider">
    <EncryptedData>
      <CipherData>
        <CipherValue>AQAAANCMnd8BFdERjHoAwE/Cl+sBAAAA<<cv>></CipherValue>
      </CipherData>
    </EncryptedData>
  </appSettings>
</configuration>
""", cv=chars(680, B64) + "="), "Microsoft Learn: encrypting configuration sections with DPAPI (aspnet_regiis -pef)")

D("go", "test-fixture", "pharmacy/enclara/client_test.go", t(r"""
package enclara

import (
	"net/http"
	"net/http/httptest"
	"testing"
)

func TestFormularySendsPartnerKey(t *testing.T) {
	const fakeKey = "test-partner-key"
	t.Setenv("ENCLARA_PARTNER_KEY", fakeKey)
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if got := r.Header.Get(partnerKeyHeader); got != fakeKey {
			t.Errorf("header = %q", got)
		}
		w.WriteHeader(http.StatusOK)
	}))
	defer srv.Close()
	t.Setenv("ENCLARA_BASE_URL", srv.URL)
	cfg, err := ConfigFromEnv()
	if err != nil || cfg.PartnerKey != fakeKey {
		t.Fatalf("config: %v %+v", err, cfg)
	}
}
"""), "Go testing: t.Setenv with a dummy key against httptest.Server")

D("ruby", "credentials-lookup", "config/initializers/braintree_v2.rb", t(r"""
# Braintree keys live in encrypted Rails credentials (config/credentials/production.yml.enc)
Braintree::Configuration.environment = Rails.env.production? ? :production : :sandbox
Braintree::Configuration.merchant_id = Rails.application.credentials.dig(:braintree, :merchant_id)
Braintree::Configuration.public_key  = Rails.application.credentials.dig(:braintree, :public_key)
Braintree::Configuration.private_key = Rails.application.credentials.dig(:braintree, :private_key)

Rails.application.config.x.monthly_giving = {
  plan_id: "circle-of-comfort-monthly",
  min_amount: 10,
}
"""), "Rails guides: custom credentials (Rails.application.credentials.dig)")

D("conf", "wifi-eap", "devices/tablets/wpa_supplicant-eap.conf", t(r"""
ctrl_interface=DIR=/var/run/wpa_supplicant GROUP=netdev
update_config=1
country=US

# Clinical SSID moved to 802.1X with device certificates (no shared PSK)
network={
    ssid="WillowHospice-Clinical"
    key_mgmt=WPA-EAP
    eap=TLS
    identity="tablet-0147@willowhospice.org"
    ca_cert="/etc/wpa/ca.pem"
    client_cert="/etc/wpa/tablet.pem"
    private_key="/etc/wpa/tablet.key"
    private_key_passwd=ext:TABLET_KEY_PW
}
"""), "wpa_supplicant.conf(5): EAP-TLS with key files and an ext: password reference")

