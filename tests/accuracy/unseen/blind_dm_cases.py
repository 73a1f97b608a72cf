"""Blind set DM: freight brokerages and trucking logistics.

Brokerage integration teams on their transportation management systems (McLeod LoadMaster,
MercuryGate, Revenova on Salesforce, Turvo, Tai, Aljex, Rose Rocket, Alvys) and load boards (DAT,
Truckstop, 123Loadboard); fleet teams pulling ELD and telematics data (Samsara, Motive, Geotab,
Omnitracs) into dispatch and IFTA jobs; EDI teams trading 204/210/214/990/997 over AS2 (OpenAS2,
Mule) and SFTP (WinSCP, lftp, paramiko, VANs, Orderful, Stedi); finance teams with fuel cards (EFS,
Comdata, WEX), factoring, quick pay and freight audit (TriumphPay, RTS, Cass, nVision, Stripe,
QuickBooks, Plaid); compliance teams onboarding carriers (FMCSA QCMobile, MyCarrierPackets, RMIS,
Highway, Carrier411, SaferWatch); rating teams calling LTL carrier APIs (FedEx, UPS, Old Dominion,
XPO, Estes, Saia, R+L, ABF, SEFL, SMC3) and visibility networks (project44, FourKites,
MacroPoint, Trucker Tools). Files: dotenv, Compose, Kubernetes, Helm, Python, notebooks,
JavaScript, TypeScript, Java, Kotlin, C#, Go, Ruby, PHP, shell, PowerShell, batch, VBA, SQL, X12,
XML and .NET configs, JSON, YAML, TOML, INI, properties, Terraform, CloudFormation, Serverless,
Ansible, CI pipelines, Postman and REST client files, crontabs, systemd and supervisor units,
nginx, Logstash, Fluent Bit, Telegraf, Node-RED, dotfiles and runbooks.
Generated fakes only (seeds 1100000-1109999).
"""
from __future__ import annotations

import base64
import json
import random
import string
from typing import Dict, List, Optional, Tuple

from tests import fakes
from tests.accuracy.labelled import LabelledCase

ALNUM = string.ascii_letters + string.digits
HEX = "0123456789abcdef"
URLSAFE = ALNUM + "-_"
B64 = ALNUM + "+/"
UPPER_DIGITS = string.ascii_uppercase + string.digits
_START, _END = 1100000, 1110000
_SEED = [_START]
CASES: List[LabelledCase] = []


def _seed() -> int:
    _SEED[0] += 7
    assert _SEED[0] < _END
    return _SEED[0]


def _rng() -> random.Random:
    return random.Random(_seed())


def rand(n: int, alphabet: str = ALNUM) -> str:
    r = _rng()
    return "".join(r.choice(alphabet) for _ in range(n))


def mixed(n: int) -> str:
    """Generated token characters with both cases and a digit, as services issue them."""
    return fakes.drawn_mixed(_seed(), n)


def hexs(n: int) -> str:
    return rand(n, HEX)


def digits(n: int) -> str:
    r = _rng()
    return str(r.randint(1, 9)) + "".join(r.choice(string.digits) for _ in range(n - 1))


WORDS = ["Kenworth", "Peterbilt", "Reefer", "Flatbed", "Dispatch", "Backhaul", "Deadhead", "Tandem",
         "Dryvan", "Lowboy", "Bobtail", "Gladhand", "Hotshot", "Linehaul", "Drayage", "Crossdock",
         "Pallet", "Tarp", "Mudflap", "Interstate"]
NAMES = ["Brenda", "Dwayne", "Tammy", "Rusty", "Earl", "Darlene", "Marcus", "Yolanda", "Travis", "Kendra",
         "Hector", "Lorraine", "Cody", "Shonda", "Luis", "Gwen"]
LOWER = ["diesel", "trailer", "hitch", "axle", "brake", "detour", "scale", "lane", "cargo", "chrome",
         "gravel", "mile", "bunk", "convoy", "ramp", "yard"]


def human_pw() -> str:
    """A password a person chose: a name or a trucking word, a year, a symbol."""
    r = _rng()
    form = r.randint(0, 3)
    if form == 0:
        return r.choice(NAMES) + str(r.randint(1961, 2012)) + r.choice("!*.")
    if form == 1:
        return r.choice(WORDS) + r.choice("!*.") + str(r.randint(10, 99)) + r.choice(WORDS).lower()
    if form == 2:
        return r.choice(NAMES) + "-" + r.choice(WORDS) + str(r.randint(1, 12)).zfill(2) + str(r.randint(2015, 2024))
    return r.choice(WORDS) + str(r.randint(2015, 2025)) + "!" + r.choice(NAMES)[:3].upper()


def words_pw(symbols: str = "!*.-+") -> str:
    r = _rng()
    return r.choice(WORDS) + r.choice(symbols) + r.choice(WORDS) + str(r.randint(10, 9999))


def passphrase() -> str:
    r = _rng()
    return "-".join(r.sample(LOWER, 4)) + str(r.randint(1, 99))


def gen_pw(n: int = 20, extra: str = "") -> str:
    if not extra:
        return mixed(n)
    r = _rng()
    body = [r.choice(ALNUM) for _ in range(n)]
    for _ in range(max(1, n // 8)):
        body[r.randrange(1, n)] = r.choice(extra)
    return "".join(body)


def uuid_s() -> str:
    return fakes.uuid4(_seed())


def b64(text: str) -> str:
    return base64.b64encode(text.encode()).decode()


def b64_bytes(n: int) -> str:
    r = _rng()
    return base64.b64encode(bytes(r.randrange(256) for _ in range(n))).decode()


def b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def jwt(claims: Dict[str, object], alg: str = "HS256") -> str:
    header = b64url(json.dumps({"alg": alg, "typ": "JWT"}, separators=(",", ":")).encode())
    payload = b64url(json.dumps(claims, separators=(",", ":")).encode())
    return f"{header}.{payload}.{rand(43 if alg == 'HS256' else 342, URLSAFE)}"


def samsara_token() -> str:
    return "samsara_api_" + mixed(30)


def google_key() -> str:
    return "AIza" + rand(35, URLSAFE)


def aws_id() -> str:
    return fakes.aws_key_id(_seed())


def aws_secret() -> str:
    return fakes.aws_secret_key(_seed())


def slack_webhook() -> str:
    return ("https://hooks.slack.com/services/T" + rand(8, UPPER_DIGITS) + "/B" + rand(10, UPPER_DIGITS)
            + "/" + mixed(24))


def slack_bot() -> str:
    r = _rng()
    return f"xoxb-{r.randint(10**10, 10**11)}-{r.randint(10**12, 10**13)}-" + mixed(24)


def sendgrid_key() -> str:
    return fakes.fake("SG.", 22, _seed()) + fakes.fake(".", 43, _seed())


def stripe_key(prefix: str = "sk_live_51") -> str:
    return prefix + mixed(97)


def mapbox_token(prefix: str, user: str) -> str:
    claims = b64url(json.dumps({"u": user, "a": rand(25, string.ascii_lowercase + string.digits)},
                               separators=(",", ":")).encode())
    return f"{prefix}.{claims}.{rand(22, URLSAFE)}"


def azure_storage_key() -> str:
    return b64_bytes(64)


def azure_client_secret() -> str:
    return rand(3) + "8Q~" + rand(34, ALNUM + "_.-~")


def _pem_lines(head: str, lines: int, width: int = 64, last: int = 40) -> str:
    r = _rng()
    chars = head + "".join(r.choice(B64) for _ in range(width * (lines - 1) + last - len(head)))
    return "\n".join(chars[i:i + width] for i in range(0, len(chars), width))


def rsa_key() -> str:
    body = _pem_lines("MIIEowIBAAKCAQEA", 12, last=36)
    return f"-----BEGIN RSA PRIVATE KEY-----\n{body}\n-----END RSA PRIVATE KEY-----"


def pkcs8_key() -> str:
    body = _pem_lines("MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQ", 12, last=24) + "=="
    return f"-----BEGIN PRIVATE KEY-----\n{body}\n-----END PRIVATE KEY-----"


def ec_key() -> str:
    body = _pem_lines("MHcCAQEEI", 3, last=32)
    return f"-----BEGIN EC PRIVATE KEY-----\n{body}\n-----END EC PRIVATE KEY-----"


def openssh_key() -> str:
    body = _pem_lines("b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW"
                      "QyNTUxOQAAACA", 5, width=70, last=28)
    return f"-----BEGIN OPENSSH PRIVATE KEY-----\n{body}\n-----END OPENSSH PRIVATE KEY-----"


def cert_pem() -> str:
    body = _pem_lines("MIIDxTCCAq2gAwIBAgIU", 14, last=32) + "=="
    return f"-----BEGIN CERTIFICATE-----\n{body}\n-----END CERTIFICATE-----"


def pgp_public() -> str:
    body = _pem_lines("mQINBGX", 10, last=56)
    return ("-----BEGIN PGP PUBLIC KEY BLOCK-----\nComment: Cass Information Systems EDI 2024\n\n"
            f"{body}\n={rand(4, B64)}\n-----END PGP PUBLIC KEY BLOCK-----")


def ssh_ed25519_pub() -> str:
    return "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI" + rand(43, B64)


def vin() -> str:
    return rand(17, "ABCDEFGHJKLMNPRSTUVWXYZ0123456789")


def indent(block: str, spaces: int) -> str:
    pad = " " * spaces
    return "\n".join(pad + line if line else line for line in block.splitlines())


def fill(template: str, **values: str) -> str:
    """The template with each $[name] marker replaced by its value."""
    text = template.lstrip("\n")
    for name, value in values.items():
        marker = "$[" + name + "]"
        assert marker in text, name
        text = text.replace(marker, value)
    assert "$[" not in text
    return text


def notebook(cells: List[Tuple[str, str]]) -> str:
    """A notebook as Jupyter saves it (nbformat 4.5, keys sorted, one-space indent)."""
    out = []
    count = 0
    for kind, source in cells:
        cell: Dict[str, object] = {"cell_type": kind, "id": hexs(8), "metadata": {},
                                   "source": source.strip("\n").splitlines(keepends=True)}
        if kind == "code":
            count += 1
            cell["execution_count"] = count
            cell["outputs"] = []
        out.append(cell)
    nb = {"cells": out,
          "metadata": {"kernelspec": {"display_name": "Python 3 (ipykernel)", "language": "python",
                                      "name": "python3"},
                       "language_info": {"name": "python", "version": "3.11.8"}},
          "nbformat": 4, "nbformat_minor": 5}
    return json.dumps(nb, indent=1, sort_keys=True) + "\n"


def add(fmt: str, kind: str, file_name: str, text: str, secret: Optional[str], source: str) -> None:
    assert (secret is None) == kind.startswith("decoy-"), (fmt, kind)
    if not text.endswith("\n"):
        text += "\n"
    CASES.append(LabelledCase(f"blind-dm/{fmt}/{kind}", file_name, text, secret, source))



# --------------------------------------------------------------------------------------------
# Brokerage TMS integrations
# --------------------------------------------------------------------------------------------
def _tms() -> None:
    pw = gen_pw(24)
    add("dotenv", "postgres", ".env.production", fill(r"""
# broker-portal production settings (copied from the Heroku config, 2024-03)
NODE_ENV=production
PORT=8080
APP_BASE_URL=https://portal.ridgelinefreight.com
DATABASE_URL=postgres://portal_app:$[pw]@ridgeline-prod.c8x2kq1v.us-east-2.rds.amazonaws.com:5432/broker_portal
DATABASE_POOL_MAX=20
REDIS_URL=redis://cache.internal:6379/0
MCLEOD_API_URL=https://lme.ridgelinefreight.com:5790/ws
MCLEOD_COMPANY_ID=TMS
LOG_LEVEL=info
SESSION_COOKIE_NAME=rf_portal
FEATURE_DAT_POSTING=true
FEATURE_TRUCKSTOP_POSTING=false
""", pw=pw), pw, "dotenv format; PostgreSQL connection URI (libpq docs)")

    pw = human_pw()
    add("appsettings", "mcleod-password", "src/LoadSync.Api/appsettings.Production.json", fill(r"""
{
  "Logging": {
    "LogLevel": {
      "Default": "Information",
      "Microsoft.AspNetCore": "Warning"
    }
  },
  "AllowedHosts": "*",
  "McLeod": {
    "BaseUrl": "https://lme.summitlinelogistics.com:5790/ws/",
    "CompanyId": "TMS",
    "Username": "svc_loadsync",
    "Password": "$[pw]",
    "TimeoutSeconds": 60
  },
  "LoadSync": {
    "PollIntervalMinutes": 5,
    "Statuses": [ "A", "P", "D" ]
  }
}
""", pw=pw), pw, "ASP.NET Core appsettings.json; McLeod LoadMaster web services basic auth")

    pw = words_pw("!*%")
    add("web-config", "sqlserver", "DispatchBoard/Web.config", fill(r"""
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <connectionStrings>
    <add name="LoadMaster" connectionString="Data Source=sql-lme01.corp.local;Initial Catalog=lme_prod;User ID=lme_report;Password=$[pw];TrustServerCertificate=True" providerName="System.Data.SqlClient" />
    <add name="Reporting" connectionString="Data Source=sql-rpt01.corp.local;Initial Catalog=freight_dw;Integrated Security=SSPI" providerName="System.Data.SqlClient" />
  </connectionStrings>
  <appSettings>
    <add key="DispatchBoardRefreshSeconds" value="30" />
    <add key="DefaultCompany" value="TMS" />
  </appSettings>
  <system.web>
    <compilation debug="false" targetFramework="4.8" />
    <customErrors mode="RemoteOnly" />
  </system.web>
</configuration>
""", pw=pw), pw, "ASP.NET Web.config connectionStrings; SqlClient connection string keywords")

    pw = human_pw()
    add("python", "mercurygate-password", "pricing/mg_client.py", fill(r'''
"""Pull tendered loads from MercuryGate and push them into the pricing queue."""
import logging

import requests

log = logging.getLogger(__name__)

MG_BASE = "https://ridgeline.mercurygate.net/MercuryGate"
MG_USER = "api.pricing"
MG_PASSWORD = "$[pw]"


def session() -> requests.Session:
    s = requests.Session()
    r = s.post(f"{MG_BASE}/login/loginProcess.jsp",
               data={"UserId": MG_USER, "Password": MG_PASSWORD, "inline": "true"}, timeout=30)
    r.raise_for_status()
    return s


def tendered_loads(s: requests.Session, since: str) -> list:
    r = s.get(f"{MG_BASE}/api/v1/loads", params={"status": "Tendered", "updatedSince": since}, timeout=60)
    r.raise_for_status()
    log.info("got %d tendered loads", len(r.json()))
    return r.json()
''', pw=pw), pw, "MercuryGate TMS login form; requests session")

    pw, tok = human_pw(), mixed(24)
    add("python", "salesforce-password", "integrations/revenova/sf_loads.py", fill(r'''
from simple_salesforce import Salesforce

# Revenova TMS lives in our Salesforce org; the integration user has the API-only profile.
sf = Salesforce(
    username="integration@northbeltfreight.com",
    password="$[pw]",
    security_token="$[tok]",
    domain="login",
)

OPEN_LOADS = """
SELECT Id, Name, rtms__Load_Status__c, rtms__Carrier__r.Name, rtms__Expected_Ship_Date2__c
FROM rtms__Load__c
WHERE rtms__Load_Status__c IN ('Tendered', 'Assigned')
"""


def open_loads():
    return sf.query_all(OPEN_LOADS)["records"]
''', pw=pw, tok=tok), pw, "simple-salesforce docs: username, password, security_token")

    sec = mixed(32)
    add("javascript", "turvo-client-secret", "services/turvo/auth.js", fill(r"""
// Turvo public API client (OAuth password grant)
const axios = require('axios');

const TURVO_BASE = 'https://publicapi.turvo.com/v1';
const credentials = {
  grant_type: 'password',
  client_id: 'publicapi',
  client_secret: '$[sec]',
  username: 'api@lakeshorebrokerage.com',
  password: process.env.TURVO_PASSWORD,
  scope: 'read+trust+write',
  type: 'business',
};

async function token() {
  const { data } = await axios.post(`${TURVO_BASE}/oauth/token`, null, {
    params: credentials,
    headers: { 'x-api-key': process.env.TURVO_API_KEY },
  });
  return data.access_token;
}

module.exports = { token, TURVO_BASE };
""", sec=sec), sec, "Turvo public API: OAuth token endpoint with client_secret")

    key = mixed(40)
    add("typescript", "tai-api-key", "src/integrations/tai/client.ts", fill(r"""
import fetch from 'node-fetch';

const TAI_BASE_URL = 'https://api.taicloud.net/PublicApi';
const TAI_API_KEY = '$[key]';

export interface TaiShipment {
  shipmentId: number;
  status: string;
  bolNumber?: string;
}

export async function getShipment(id: number): Promise<TaiShipment> {
  const res = await fetch(`${TAI_BASE_URL}/Shipping/v2/Shipments/${id}`, {
    headers: { Authorization: `ApiKey ${TAI_API_KEY}`, Accept: 'application/json' },
  });
  if (!res.ok) throw new Error(`Tai returned ${res.status}`);
  return (await res.json()) as TaiShipment;
}
""", key=key), key, "Tai TMS public API: ApiKey authorization header")

    cid, sec = uuid_s(), mixed(40)
    add("ruby", "roserocket-client-secret", "lib/rose_rocket/auth.rb", fill(r"""
# frozen_string_literal: true

require "net/http"
require "json"

module RoseRocket
  AUTH_URL = URI("https://auth.roserocket.com/oauth2/token")
  CLIENT_ID = "$[cid]"
  CLIENT_SECRET = "$[sec]"

  def self.access_token(username:, password:)
    res = Net::HTTP.post_form(AUTH_URL,
      "grant_type" => "password",
      "client_id" => CLIENT_ID,
      "client_secret" => CLIENT_SECRET,
      "username" => username,
      "password" => password)
    raise "Rose Rocket auth failed: #{res.code}" unless res.is_a?(Net::HTTPSuccess)

    JSON.parse(res.body).fetch("access_token")
  end
end
""", cid=cid, sec=sec), sec, "Rose Rocket platform API: OAuth2 password grant with client secret")

    sec = mixed(36)
    add("go", "alvys-client-secret", "internal/alvys/client.go", fill(r"""
package alvys

import (
	"context"
	"net/http"

	"golang.org/x/oauth2/clientcredentials"
)

const tenant = "ironpine"

var conf = &clientcredentials.Config{
	ClientID:     "ironpine-integration",
	ClientSecret: "$[sec]",
	TokenURL:     "https://integrations.alvys.com/api/authentication/" + tenant + "/token",
}

// Client returns an HTTP client that refreshes its Alvys token on its own.
func Client(ctx context.Context) *http.Client {
	return conf.Client(ctx)
}
""", sec=sec), sec, "golang.org/x/oauth2/clientcredentials Config; Alvys TMS API token endpoint")

    pw = human_pw()
    add("java-properties", "aljex-password", "ar-export/src/main/resources/application.properties", fill(r"""
# Aljex Vision API - nightly AR export
aljex.api.base-url=https://ridgeline.aljex.com/api
aljex.api.company=RDGL
aljex.api.user=arexport
aljex.api.password=$[pw]
aljex.export.cron=0 15 2 * * *
aljex.export.target-dir=/data/exports/ar
aljex.export.include-voided=false
spring.datasource.url=jdbc:postgresql://localhost:5432/ar_staging
spring.datasource.username=ar_staging
spring.datasource.password=${AR_STAGING_PASSWORD}
""", pw=pw), pw, "Spring Boot application.properties")

    # decoys
    add("dotenv", "decoy-placeholder", ".env.example", r"""
# Copy to .env and fill in from 1Password ("Broker Portal - prod")
NODE_ENV=development
PORT=8080
DATABASE_URL=postgres://portal_app:<password>@localhost:5432/broker_portal
REDIS_URL=redis://localhost:6379/0
MCLEOD_API_URL=https://lme-test.ridgelinefreight.com:5790/ws
MCLEOD_USERNAME=
MCLEOD_PASSWORD=
DAT_SERVICE_ACCOUNT_EMAIL=your-service-account@example.com
DAT_SERVICE_ACCOUNT_PASSWORD=changeme
SAMSARA_API_TOKEN=samsara_api_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXX
""".lstrip("\n"), None, "dotenv example file convention; placeholders")

    add("appsettings", "decoy-keyvault-ref", "src/LoadSync.Api/appsettings.Development.json", r"""
{
  "McLeod": {
    "BaseUrl": "https://lme-test.summitlinelogistics.com:5790/ws/",
    "CompanyId": "TST",
    "Username": "svc_loadsync_test",
    "Password": "@Microsoft.KeyVault(SecretUri=https://kv-loadsync-dev.vault.azure.net/secrets/mcleod-password/)",
    "TimeoutSeconds": 120
  },
  "ConnectionStrings": {
    "LoadSync": "@Microsoft.KeyVault(VaultName=kv-loadsync-dev;SecretName=loadsync-sql)"
  },
  "LoadSync": {
    "PollIntervalMinutes": 1
  }
}
""".lstrip("\n"), None, "Azure App Service Key Vault references")

    add("helm-template", "decoy-template", "deploy/helm/loadsync/templates/secret.yaml", r"""
apiVersion: v1
kind: Secret
metadata:
  name: {{ include "loadsync.fullname" . }}-mcleod
  labels:
    {{- include "loadsync.labels" . | nindent 4 }}
type: Opaque
data:
  username: {{ .Values.mcleod.username | b64enc | quote }}
  password: {{ required "mcleod.password is required" .Values.mcleod.password | b64enc | quote }}
  datServicePassword: {{ .Values.dat.serviceAccountPassword | b64enc | quote }}
""".lstrip("\n"), None, "Helm chart template functions (b64enc, required)")

    add("python", "decoy-env-ref", "pricing/settings.py", r'''
"""Settings for the pricing worker; every credential comes from the environment."""
import os

MG_BASE = os.environ.get("MG_BASE", "https://ridgeline.mercurygate.net/MercuryGate")
MG_USER = os.environ["MG_USER"]
MG_PASSWORD = os.environ["MG_PASSWORD"]
DAT_SERVICE_PASSWORD = os.getenv("DAT_SERVICE_PASSWORD", "")
QUEUE_URL = os.environ.get("PRICING_QUEUE_URL", "https://sqs.us-east-2.amazonaws.com/381492006127/pricing")
BATCH_SIZE = int(os.environ.get("PRICING_BATCH_SIZE", "50"))
''', None, "Python os.environ configuration")

    c1, c2, l1, l2, l3 = uuid_s(), uuid_s(), uuid_s(), uuid_s(), uuid_s()
    add("sql", "decoy-uuid-ids", "db/seeds/dev_loads.sql", fill(r"""
-- Seed data for local development: two carriers, three loads.
INSERT INTO carriers (id, name, mc_number, dot_number, scac) VALUES
  ('$[c1]', 'Blue Mesa Transport LLC', 'MC-884213', '2931847', 'BMTL'),
  ('$[c2]', 'Prairie Wind Carriers Inc', 'MC-651190', '1987402', 'PWCI');

INSERT INTO loads (id, carrier_id, origin, destination, pickup_date, rate_cents, status) VALUES
  ('$[l1]', '$[c1]', 'Joliet, IL', 'Columbus, OH', '2024-05-02', 185000, 'COVERED'),
  ('$[l2]', '$[c2]', 'Laredo, TX', 'Dallas, TX', '2024-05-03', 120000, 'DISPATCHED'),
  ('$[l3]', NULL, 'Ontario, CA', 'Phoenix, AZ', '2024-05-04', 0, 'OPEN');
""", c1=c1, c2=c2, l1=l1, l2=l2, l3=l3), None, "SQL seed data; UUID primary keys")


# --------------------------------------------------------------------------------------------
# Load boards
# --------------------------------------------------------------------------------------------
def _loadboards() -> None:
    pw = gen_pw(20)
    add("python", "dat-service-password", "loadboard/dat_auth.py", fill(r'''
"""DAT Freight & Analytics: organization and user tokens for posting and RateView."""
import requests

IDENTITY = "https://identity.api.dat.com/access/v1"
SERVICE_ACCOUNT = "dat-integration@ridgelinefreight.com"
SERVICE_PASSWORD = "$[pw]"
USER_EMAIL = "pricing.desk@ridgelinefreight.com"


def org_token() -> str:
    r = requests.post(f"{IDENTITY}/token/organization",
                      json={"username": SERVICE_ACCOUNT, "password": SERVICE_PASSWORD}, timeout=20)
    r.raise_for_status()
    return r.json()["accessToken"]


def user_token() -> str:
    r = requests.post(f"{IDENTITY}/token/user",
                      headers={"Authorization": f"Bearer {org_token()}"},
                      json={"username": USER_EMAIL}, timeout=20)
    r.raise_for_status()
    return r.json()["accessToken"]
''', pw=pw), pw, "DAT Freight & Analytics API: service account organization token")

    pw = human_pw()
    add("k8s-secret", "dat-service-password", "deploy/k8s/loadboard/dat-secret.yaml", fill(r"""
apiVersion: v1
kind: Secret
metadata:
  name: dat-service-account
  namespace: loadboard
  labels:
    app.kubernetes.io/name: loadboard-poster
    app.kubernetes.io/part-of: brokerage
type: Opaque
data:
  DAT_SERVICE_ACCOUNT: $[acct]
  DAT_SERVICE_PASSWORD: $[pw]
  DAT_USER_EMAIL: $[user]
""", acct=b64("dat-integration@ridgelinefreight.com"), pw=b64(pw),
        user=b64("pricing.desk@ridgelinefreight.com")), pw, "Kubernetes Secret data (base64 values)")

    pw = human_pw()
    add("app-config", "truckstop-password", "TruckstopPoster/App.config", fill(r"""
<?xml version="1.0" encoding="utf-8" ?>
<configuration>
  <startup>
    <supportedRuntime version="v4.0" sku=".NETFramework,Version=v4.7.2" />
  </startup>
  <appSettings>
    <add key="Truckstop.IntegrationId" value="$[iid]" />
    <add key="Truckstop.UserName" value="ridgeline_posting" />
    <add key="Truckstop.Password" value="$[pw]" />
    <add key="Truckstop.LoadPostingEndpoint" value="https://webservices.truckstop.com/V13/Posting/LoadPosting.svc" />
    <add key="PostEveryMinutes" value="10" />
  </appSettings>
  <system.serviceModel>
    <bindings>
      <basicHttpBinding>
        <binding name="LoadPosting" maxReceivedMessageSize="2097152">
          <security mode="Transport" />
        </binding>
      </basicHttpBinding>
    </bindings>
  </system.serviceModel>
</configuration>
""", iid=digits(6), pw=pw), pw, "Truckstop SOAP posting web service: IntegrationId, UserName, Password")

    sec = mixed(32)
    add("shell", "truckstop-client-secret", "scripts/truckstop_token.sh", fill(r"""
#!/usr/bin/env bash
# Fetch a Truckstop API token for the load-search service (client credentials).
set -euo pipefail

TS_CLIENT_ID="ridgeline-loadsearch"
TS_CLIENT_SECRET="$[sec]"

curl -sS -X POST "https://api.truckstop.com/auth/token?scope=truckstop" \
  -u "${TS_CLIENT_ID}:${TS_CLIENT_SECRET}" \
  -H "Content-Type: application/x-www-form-urlencoded" \
  --data-urlencode "grant_type=client_credentials" \
  | jq -r '.access_token' > /run/secrets/truckstop_token

echo "token refreshed at $(date -u +%FT%TZ)"
""", sec=sec), sec, "OAuth 2.0 client credentials (RFC 6749 4.4); curl -u")

    key = mixed(32)
    add("docker-compose", "123loadboard-key", "docker-compose.yml", fill(r"""
services:
  loadboard-sync:
    image: ghcr.io/ridgeline/loadboard-sync:2.7.1
    restart: unless-stopped
    environment:
      LOADBOARD_PROVIDERS: "dat,123lb"
      LB123_API_BASE: https://api.123loadboard.com
      LB123_API_KEY: $[key]
      LB123_ACCOUNT_ID: "44817"
      DATABASE_URL: postgres://sync@db:5432/sync
    depends_on:
      - db
  db:
    image: postgres:16
    environment:
      POSTGRES_USER: sync
      POSTGRES_HOST_AUTH_METHOD: trust
      POSTGRES_DB: sync
    volumes:
      - pgdata:/var/lib/postgresql/data
volumes:
  pgdata:
""", key=key), key, "Compose file environment; 123Loadboard API key")

    pw = words_pw()
    add("postman", "dat-service-password", "postman/DAT-Production.postman_environment.json", fill(r"""
{
  "id": "$[id]",
  "name": "DAT Production",
  "values": [
    { "key": "identityUrl", "value": "https://identity.api.dat.com", "type": "default", "enabled": true },
    { "key": "serviceAccount", "value": "dat-integration@ridgelinefreight.com", "type": "default", "enabled": true },
    { "key": "servicePassword", "value": "$[pw]", "type": "secret", "enabled": true },
    { "key": "userEmail", "value": "pricing.desk@ridgelinefreight.com", "type": "default", "enabled": true },
    { "key": "orgToken", "value": "", "type": "any", "enabled": true }
  ],
  "_postman_variable_scope": "environment",
  "_postman_exported_at": "2024-02-14T16:22:09.511Z",
  "_postman_exported_using": "Postman/10.22.13"
}
""", id=uuid_s(), pw=pw), pw, "Postman environment export format")

    pw = human_pw()
    add("markdown", "dat-password", "docs/runbooks/loadboard-posting.md", fill(r"""
# Load board posting - on-call runbook

## When posts stop appearing on DAT
1. Check the poster pods: `kubectl -n loadboard get pods -l app.kubernetes.io/name=loadboard-poster`.
2. Look for `401` in the logs. If the organization token is rejected, the service account
   password was probably reset by DAT support.
3. Log in to DAT One as the service account to confirm it still works:
   - user: `dat-integration@ridgelinefreight.com`
   - password: `$[pw]`
4. Update `dat-service-account` in the `loadboard` namespace and restart the deployment.

## When Truckstop rejects posts
The integration id is printed on every Truckstop invoice; it is not a secret. A rejected post
with `InvalidOrigin` means the city is not in their list - fix it in the TMS, not here.

## Escalation
Brokerage integrations on-call, then #loadboard-alerts.
""", pw=pw), pw, "runbook a person wrote; DAT One login")

    # decoys
    a1, a2 = uuid_s(), uuid_s()
    add("json", "decoy-record-ids", "tests/fixtures/dat/post_asset_response.json", fill(r"""
{
  "assetId": "$[a1]",
  "postersReferenceId": "RDGL-884120",
  "status": "ACTIVE",
  "createdWhen": "2024-04-15T13:02:44.118Z",
  "expiresWhen": "2024-04-16T13:02:44.118Z",
  "shipment": {
    "equipmentType": "V",
    "fullPartial": "FULL",
    "origin": { "city": "Joliet", "stateProv": "IL", "postalCode": "60436" },
    "destination": { "city": "Columbus", "stateProv": "OH", "postalCode": "43217" }
  },
  "comments": ["No touch freight", "Drop trailer at shipper"],
  "treatAs": { "groupId": "$[a2]", "etag": "W/\"$[etag]\"" }
}
""", a1=a1, a2=a2, etag=hexs(16)), None, "DAT posting API response shape; record ids")

    add("markdown", "decoy-placeholder", "docs/integrations/truckstop-setup.md", r"""
# Truckstop integration setup

1. Ask your Truckstop account manager for an **Integration ID** for the posting web service.
2. Create an API user in the Truckstop admin portal (Settings > Users > API user).
3. Put the values in the secret store, never in this repository:

   ```
   vault kv put secret/loadboard/truckstop \
     integration_id=<your-integration-id> \
     username=<api-username> \
     password=<api-password> \
     client_secret=<client-secret-from-portal>
   ```

4. Deploy the poster with `make deploy ENV=prod`; it reads `secret/loadboard/truckstop` at start.
""".lstrip("\n"), None, "setup doc with angle-bracket placeholders")


# --------------------------------------------------------------------------------------------
# ELD and telematics
# --------------------------------------------------------------------------------------------
def _telematics() -> None:
    tok = samsara_token()
    add("python", "samsara-token", "dispatch/hos_sync.py", fill(r'''
"""Hourly HOS clocks from Samsara into the dispatch DB."""
from typing import Optional

import requests

SAMSARA_API_TOKEN = "$[tok]"
BASE = "https://api.samsara.com"
HEADERS = {"Authorization": f"Bearer {SAMSARA_API_TOKEN}", "Accept": "application/json"}


def hos_clocks(after: Optional[str] = None) -> dict:
    params = {"limit": 512}
    if after:
        params["after"] = after
    r = requests.get(f"{BASE}/fleet/hos/clocks", headers=HEADERS, params=params, timeout=30)
    r.raise_for_status()
    return r.json()


def all_clocks() -> list:
    out, cursor = [], None
    while True:
        page = hos_clocks(cursor)
        out.extend(page["data"])
        if not page["pagination"]["hasNextPage"]:
            return out
        cursor = page["pagination"]["endCursor"]
''', tok=tok), tok, "Samsara API docs: Bearer API token, cursor pagination")

    tok = samsara_token()
    add("github-actions", "samsara-token", ".github/workflows/ifta-export.yml", fill(r"""
name: nightly-ifta-export
on:
  schedule:
    - cron: "30 7 * * *"
  workflow_dispatch: {}
jobs:
  export:
    runs-on: ubuntu-latest
    env:
      SAMSARA_API_TOKEN: $[tok]
      IFTA_BUCKET: s3://ironpine-ifta-exports
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-python@v5
        with:
          python-version: "3.12"
      - run: pip install -r ifta/requirements.txt
      - run: python -m ifta.export --quarter current --out /tmp/ifta.csv
      - uses: aws-actions/configure-aws-credentials@v4
        with:
          role-to-assume: arn:aws:iam::381492006127:role/gha-ifta-export
          aws-region: us-east-1
      - run: aws s3 cp /tmp/ifta.csv "$IFTA_BUCKET/$(date +%Y-%m-%d).csv"
""", tok=tok), tok, "GitHub Actions workflow syntax; Samsara API token")

    sec = b64_bytes(32)
    add("javascript", "samsara-webhook-secret", "webhooks/samsara.js", fill(r"""
const crypto = require('crypto');
const express = require('express');

// Secret key from Samsara > Settings > Webhooks ("Dispatch route updates")
const SAMSARA_WEBHOOK_SECRET = '$[sec]';

const app = express();
app.use(express.raw({ type: 'application/json' }));

app.post('/webhooks/samsara', (req, res) => {
  const timestamp = req.header('X-Samsara-Timestamp');
  const signature = req.header('X-Samsara-Signature');
  const key = Buffer.from(SAMSARA_WEBHOOK_SECRET, 'base64');
  const expected = 'v1=' + crypto.createHmac('sha256', key)
    .update(`v1:${timestamp}:${req.body}`).digest('hex');
  if (!signature || signature.length !== expected.length
      || !crypto.timingSafeEqual(Buffer.from(signature), Buffer.from(expected))) {
    return res.status(401).end();
  }
  const event = JSON.parse(req.body);
  console.log('samsara event', event.eventType, event.eventId);
  return res.status(204).end();
});

app.listen(process.env.PORT || 3000);
""", sec=sec), sec, "Samsara webhooks: base64 secret key, X-Samsara-Signature HMAC-SHA256")

    key = uuid_s()
    add("ruby", "motive-api-key", "app/services/motive_client.rb", fill(r"""
require "faraday"
require "json"

class MotiveClient
  BASE_URL = "https://api.keeptruckin.com/v1"
  API_KEY = "$[key]"

  def initialize
    @http = Faraday.new(url: BASE_URL, headers: { "X-Api-Key" => API_KEY, "Accept" => "application/json" })
  end

  def vehicle_locations(page: 1)
    res = @http.get("vehicle_locations", per_page: 100, page_no: page)
    raise "Motive error #{res.status}" unless res.success?

    JSON.parse(res.body)["vehicles"]
  end

  def driver_hos(driver_id, start_date:, end_date:)
    @http.get("hos_logs", driver_ids: driver_id, start_date: start_date, end_date: end_date).body
  end
end
""", key=key), key, "Motive (KeepTruckin) API: X-Api-Key header")

    pw = human_pw()
    add("python", "geotab-password", "scripts/geotab_trips.py", fill(r"""
import mygeotab

api = mygeotab.API(username="fleetdata@ironpinetrucking.com",
                   password="$[pw]",
                   database="ironpine_trucking")
api.authenticate()

devices = api.get("Device", resultsLimit=5000)
print(f"{len(devices)} devices")

trips = api.get("Trip", search={"fromDate": "2024-04-01T00:00:00Z", "toDate": "2024-04-02T00:00:00Z"})
for trip in trips[:10]:
    print(trip["device"]["id"], trip["distance"], trip["drivingDuration"])
""", pw=pw), pw, "mygeotab Python SDK: API(username, password, database)")

    pw = gen_pw(16, "!*")
    add("csharp", "geotab-password", "src/Ironpine.Telematics/GeotabFactory.cs", fill(r"""
using Geotab.Checkmate;

namespace Ironpine.Telematics;

public static class GeotabFactory
{
    // Service account created 2023-08 for the fuel-tax job.
    private const string User = "svc-ifta@ironpinetrucking.com";
    private const string Password = "$[pw]";
    private const string Database = "ironpine_trucking";

    public static async Task<API> ConnectAsync(CancellationToken ct = default)
    {
        var api = new API(User, Password, null, Database, "my.geotab.com");
        await api.AuthenticateAsync(ct);
        return api;
    }
}
""", pw=pw), pw, "Geotab .NET SDK: new API(user, password, sessionId, database, server)")

    pw = words_pw()
    add("notebook", "geotab-password", "notebooks/idle_by_terminal.ipynb", notebook([
        ("markdown", "# Idle time by terminal (Geotab)\nExceptions for the *Idling* rule, last 30 days."),
        ("code", fill(r"""
import mygeotab
import pandas as pd

api = mygeotab.API("analyst@ironpinetrucking.com", "$[pw]", "ironpine_trucking")
api.authenticate()
""", pw=pw)),
        ("code", r"""
events = api.get("ExceptionEvent", search={"ruleSearch": {"id": "RuleIdlingId"}, "fromDate": "2024-03-01"})
df = pd.DataFrame([{"device": e["device"]["id"], "minutes": e["duration"]} for e in events])
df.groupby("device").minutes.sum().sort_values(ascending=False).head(20)
"""),
    ]), pw, "Jupyter nbformat 4; mygeotab SDK")

    pw = human_pw()
    add("java-properties", "omnitracs-password", "fleet-gateway/src/main/resources/omnitracs.properties", fill(r"""
# Omnitracs Services Portal (XRS) web services
omnitracs.endpoint=https://services.omnitracs.com/xrsws/services
omnitracs.company=IRONPINE
omnitracs.username=IRONPINE_WS
omnitracs.password=$[pw]
omnitracs.poll.positions.seconds=120
omnitracs.poll.messages.seconds=60
omnitracs.timezone=America/Chicago
omnitracs.retry.max=5
""", pw=pw), pw, "Java properties; Omnitracs web services credentials")

    tok = samsara_token()
    add("telegraf", "samsara-token", "deploy/telegraf/telegraf.conf", fill(r"""
[agent]
  interval = "60s"
  flush_interval = "60s"

[[inputs.http]]
  urls = ["https://api.samsara.com/fleet/vehicles/stats?types=engineStates,fuelPercents"]
  method = "GET"
  data_format = "json_v2"
  [inputs.http.headers]
    Authorization = "Bearer $[tok]"
  [[inputs.http.json_v2]]
    measurement_name = "samsara_vehicle"
    [[inputs.http.json_v2.object]]
      path = "data"
      tags = ["id", "name"]

[[outputs.influxdb_v2]]
  urls = ["http://influxdb.fleet.svc:8086"]
  token = "$INFLUX_TOKEN"
  organization = "ironpine"
  bucket = "telematics"
""", tok=tok), tok, "Telegraf http input plugin headers")

    tok = samsara_token()
    add("crontab", "samsara-token", "ops/cron/dispatch.crontab", fill(r"""
# m h dom mon dow  command   (fleet-ops box, user: dispatch)
SHELL=/bin/bash
MAILTO=fleet-ops@ironpinetrucking.com
*/15 * * * * curl -s -H "Authorization: Bearer $[tok]" "https://api.samsara.com/fleet/vehicles/locations" > /var/lib/fleet/locations.json
5 0 * * *    /opt/fleet/bin/rotate-logs.sh >> /var/log/fleet/cron.log 2>&1
0 6 * * 1    /opt/fleet/bin/weekly-dvir-report.py --email safety@ironpinetrucking.com
""", tok=tok), tok, "crontab(5); curl Authorization header")

    key = uuid_s()
    fn = json.dumps("msg.headers = {\n    'X-Api-Key': '" + key + "',\n    'Accept': 'application/json'\n};\n"
                    "msg.url = 'https://api.keeptruckin.com/v1/vehicle_locations?per_page=100';\nreturn msg;")
    add("node-red", "motive-api-key", "node-red/flows.json", fill(r"""
[
    {
        "id": "a41c9e07d2b3f611",
        "type": "tab",
        "label": "Motive locations",
        "disabled": false
    },
    {
        "id": "5f8e21c0b7a94d02",
        "type": "inject",
        "z": "a41c9e07d2b3f611",
        "name": "every 5 min",
        "repeat": "300",
        "wires": [["c3d2a1f0e9b84c15"]]
    },
    {
        "id": "c3d2a1f0e9b84c15",
        "type": "function",
        "z": "a41c9e07d2b3f611",
        "name": "motive request",
        "func": $[fn],
        "outputs": 1,
        "wires": [["0b1e2d3c4f5a6978"]]
    },
    {
        "id": "0b1e2d3c4f5a6978",
        "type": "http request",
        "z": "a41c9e07d2b3f611",
        "name": "GET vehicle_locations",
        "method": "GET",
        "ret": "obj",
        "wires": [["9e8d7c6b5a493827"]]
    }
]
""", fn=fn), key, "Node-RED flows.json; Motive X-Api-Key header")

    java_tok = samsara_token()
    add("java", "samsara-token", "fleet-gateway/src/main/java/com/ironpine/fleet/SamsaraConfig.java", fill(r"""
package com.ironpine.fleet;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.reactive.function.client.WebClient;

@Configuration
public class SamsaraConfig {

    // TODO move to the secret store before go-live
    private static final String TOKEN = "$[a]" +
            "$[b]";

    @Bean
    public WebClient samsaraClient(WebClient.Builder builder) {
        return builder
                .baseUrl("https://api.samsara.com")
                .defaultHeader("Authorization", "Bearer " + TOKEN)
                .build();
    }
}
""", a=java_tok[:22], b=java_tok[22:]), java_tok, "Spring WebClient; Samsara Bearer token split across literals")

    # decoys
    ev, org = uuid_s(), digits(5)
    add("json", "decoy-record-ids", "tests/fixtures/samsara/vehicle_engine_on.json", fill(r"""
{
  "eventId": "$[ev]",
  "eventTime": "2024-04-18T11:42:07.211Z",
  "eventType": "EngineOn",
  "orgId": $[org],
  "webhookId": "$[wh]",
  "data": {
    "vehicle": {
      "id": "$[vid]",
      "name": "Unit 4471",
      "vin": "$[vin]",
      "serial": "G9$[ser]",
      "externalIds": { "samsara.vin": "$[vin]", "tms.unit": "4471" }
    },
    "location": { "latitude": 41.5251, "longitude": -88.0817 }
  }
}
""", ev=ev, org=org, wh=digits(16), vid=digits(15), vin=vin(), ser=rand(8, UPPER_DIGITS)),
        None, "Samsara webhook payload shape; ids and VINs")

    add("markdown", "decoy-masked", "docs/integrations/samsara.md", r"""
# Samsara integration

The dispatch sync uses an API token with the *Read Vehicles*, *Read Drivers* and *Read ELD Hours
of Service* scopes. Tokens are created under **Settings > Developer > API Tokens**.

| Token name           | Shown in Samsara           | Stored at                             |
|----------------------|----------------------------|---------------------------------------|
| dispatch-hos-sync    | `samsara_api_**********`   | `secret/telematics/samsara/hos`       |
| ifta-export          | `samsara_api_**********`   | `secret/telematics/samsara/ifta`      |

Rotate each token every 90 days: create the new one, update Vault, restart, then delete the old
token in Samsara. Never paste a token in Slack; use `vault kv get` to read it.
""".lstrip("\n"), None, "runbook with masked tokens and secret store paths")

    add("yaml", "decoy-env-ref", "telematics/config/geotab.yaml", r"""
geotab:
  server: my.geotab.com
  database: ironpine_trucking
  username: ${GEOTAB_USERNAME}
  password: ${GEOTAB_PASSWORD}
  feed:
    types: [LogRecord, StatusData, FaultData]
    results_limit: 50000
    poll_seconds: 30
sink:
  kafka_bootstrap: ${KAFKA_BOOTSTRAP:-kafka.telematics.svc:9092}
  topic_prefix: geotab.
""".lstrip("\n"), None, "environment-variable interpolation in YAML config")

    add("helm-values", "decoy-existing-secret", "deploy/helm/motive-sync/values.yaml", r"""
replicaCount: 2
image:
  repository: ghcr.io/ironpine/motive-sync
  tag: "1.14.2"
motive:
  baseUrl: https://api.keeptruckin.com/v1
  # API key is read from a pre-created Secret (key: api-key); see docs/integrations/motive.md
  existingSecret: motive-api
  existingSecretKey: api-key
  pollIntervalSeconds: 60
resources:
  requests:
    cpu: 100m
    memory: 128Mi
""".lstrip("\n"), None, "Helm chart values with existingSecret reference")

    add("telegraf", "decoy-env-ref", "deploy/telegraf/telegraf.d/samsara.conf", r"""
[[inputs.http]]
  urls = ["https://api.samsara.com/fleet/vehicles/stats?types=gps"]
  method = "GET"
  data_format = "json_v2"
  timeout = "10s"
  [inputs.http.headers]
    Authorization = "Bearer ${SAMSARA_API_TOKEN}"
  [[inputs.http.json_v2]]
    measurement_name = "samsara_gps"
""".lstrip("\n"), None, "Telegraf environment variable substitution")

    add("json", "decoy-feed-version", "telematics/state/geotab_feed_state.json", fill(r"""
{
  "database": "ironpine_trucking",
  "updated": "2024-04-18T11:45:00Z",
  "feeds": {
    "LogRecord": { "fromVersion": "$[v1]", "lastCount": 48211 },
    "StatusData": { "fromVersion": "$[v2]", "lastCount": 193344 },
    "FaultData": { "fromVersion": "$[v3]", "lastCount": 212 }
  }
}
""", v1="0000000" + hexs(9), v2="0000000" + hexs(9), v3="0000000" + hexs(9)),
        None, "MyGeotab GetFeed version tokens")

    rows = "\n".join(f"{4400 + i},{vin()},G9{rand(8, UPPER_DIGITS)},{rand(7, UPPER_DIGITS)},IL" for i in range(8))
    add("csv", "decoy-vins", "data/fleet/unit_roster.csv", "unit,vin,eld_serial,plate,plate_state\n" + rows,
        None, "fleet roster; VINs (ISO 3779) and ELD serials")



# --------------------------------------------------------------------------------------------
# EDI over AS2 and SFTP
# --------------------------------------------------------------------------------------------
def _edi() -> None:
    pw = human_pw()
    add("openas2-xml", "keystore-password", "as2/config/config.xml", fill(r"""
<openas2>
  <properties storageBaseDir="%home%/../data"
    log_date_format="yyyy-MM-dd HH:mm:ss.SSS"
    as2_message_id_format="OPENAS2-$date.ddMMyyyyHHmmssZ$-$rand.UUID$@$msg.sender.as2_id$_$msg.receiver.as2_id$"/>
  <certificates classname="org.openas2.cert.PKCS12CertificateFactory"
    filename="%home%/as2_certs.p12"
    password="$[pw]"
    interval="300"/>
  <partnerships classname="org.openas2.partner.XMLPartnershipFactory"
    filename="%home%/partnerships.xml"
    interval="120"/>
  <processor classname="org.openas2.processor.DefaultProcessor"
    pendingMDN="$properties.storageBaseDir$/pendingMDN3"
    pendingMDNinfo="$properties.storageBaseDir$/pendinginfoMDN3">
    <module classname="org.openas2.processor.sender.AS2SenderModule"/>
    <module classname="org.openas2.processor.receiver.AS2ReceiverModule"
      port="10080"
      errordir="$properties.storageBaseDir$/inbox/error"
      errorformat="sender.as2_id, receiver.as2_id, headers.message-id"/>
  </processor>
</openas2>
""", pw=pw), pw, "OpenAS2 config.xml: PKCS12CertificateFactory password")

    key = rsa_key()
    add("private-key", "sftp-rsa-key", "edi/sftp/keys/kleinschmidt_id_rsa", key, key,
        "PEM RSA private key (RFC 7468, PKCS #1) used as an SFTP identity")

    pw, hk = gen_pw(14), rand(43, B64)
    add("winscp-script", "sftp-password", "edi/scripts/cass_transfer.txt", fill(r"""
# WinSCP script: push 210 invoices to freight audit and pull remittances
option batch abort
option confirm off
open sftp://ridgeline_edi:$[pw]@sftp.cass-edi.net/ -hostkey="ssh-ed25519 255 $[hk]"
cd /inbound/210
lcd D:\EDI\outbound\210
put -delete *.edi
cd /outbound/remit
lcd D:\EDI\inbound\remit
get -delete *.txt
close
exit
""", pw=pw, hk=hk), pw, "WinSCP scripting: open sftp://user:password@host -hostkey")

    pw = words_pw("!*%#")
    add("shell", "sftp-password", "edi/bin/pull_214.sh", fill(r"""
#!/bin/bash
# Pull 214 status files from the carrier VAN mailbox every 10 minutes (cron).
set -e
INBOX=/data/edi/inbound/214
mkdir -p "$INBOX"
lftp -u edi_ridgeline,'$[pw]' sftp://mft.lorenzvan.net:22 <<'EOF'
set sftp:auto-confirm yes
set net:timeout 30
cd /outbox
mget -E *.x12 -O /data/edi/inbound/214
bye
EOF
find "$INBOX" -name '*.x12' -newer /var/run/edi214.stamp -exec /opt/edi/bin/translate214 {} \;
touch /var/run/edi214.stamp
""", pw=pw), pw, "lftp(1) -u user,password")

    pw = human_pw()
    add("python", "sftp-password", "edi/send_990.py", fill(r"""
from pathlib import Path

import paramiko

HOST = "sftp.tradingpartner-acme.com"
USER = "ridgeline"
PASSWORD = "$[pw]"
OUTBOUND = Path("/data/edi/outbound/990")


def send_990s() -> int:
    transport = paramiko.Transport((HOST, 22))
    transport.connect(username=USER, password=PASSWORD)
    sftp = paramiko.SFTPClient.from_transport(transport)
    sent = 0
    try:
        for f in sorted(OUTBOUND.glob("*.edi")):
            sftp.put(str(f), f"/inbound/990/{f.name}")
            f.rename(f.with_suffix(".sent"))
            sent += 1
    finally:
        sftp.close()
        transport.close()
    return sent
""", pw=pw), pw, "paramiko Transport.connect(username, password)")

    pw = human_pw()
    add("sftp-json", "sftp-password", ".vscode/sftp.json", fill(r"""
{
    "name": "EDI staging",
    "host": "edi-stage.ridgelinefreight.com",
    "protocol": "sftp",
    "port": 22,
    "username": "edideploy",
    "password": "$[pw]",
    "remotePath": "/opt/edi/maps",
    "uploadOnSave": true,
    "ignore": [".vscode", ".git", "*.log"]
}
""", pw=pw), pw, "VS Code SFTP extension sftp.json")

    obs = rand(40, URLSAFE)
    add("rclone", "sftp-obscured-password", "ops/rclone/rclone.conf", fill(r"""
[cass-sftp]
type = sftp
host = sftp.cass-edi.net
user = ridgeline_edi
port = 22
pass = $[obs]
shell_type = unix
md5sum_command = none
sha1sum_command = none

[s3-edi-archive]
type = s3
provider = AWS
env_auth = true
region = us-east-2
""", obs=obs), obs, "rclone config: sftp pass (obscured, reversible)")

    pw = gen_pw(10)
    add("x12", "isa-security-password", "edi/inbound/archive/204_SHIPPERCO_000004711.x12", fill(r"""
ISA*00*          *01*$[pw]*ZZ*SHIPPERCOEDI   *ZZ*RIDGELINEFRT   *240311*1422*U*00401*000004711*0*P*>~
GS*SM*SHIPPERCOEDI*RIDGELINEFRT*20240311*1422*4711*X*004010~
ST*204*0001~
B2**RDGL**SH7781234**PP~
B2A*00*LT~
L11*PO4471882*PO~
S5*1*CL*42000*L*24*PLT~
N1*SH*SHIPPERCO DC 14~
N3*2200 INDUSTRIAL DR~
N4*JOLIET*IL*60436*US~
S5*2*CU*42000*L*24*PLT~
N1*CN*MIDWEST GROCERS~
N4*COLUMBUS*OH*43217*US~
L3*42000*G~
SE*14*0001~
GE*1*4711~
IEA*1*000004711~
""", pw=pw), pw, "ASC X12 ISA segment: ISA03 01 = password, ISA04 security information")

    key = mixed(32)
    add("python", "orderful-api-key", "edi/orderful/send_214.py", fill(r"""
import json
import requests

ORDERFUL_API_KEY = "$[key]"
ORDERFUL_URL = "https://api.orderful.com/v3/transactions"


def send_214(load_id: str, status: str, city: str, state: str) -> str:
    payload = {
        "sender": {"isaId": "RIDGELINEFRT"},
        "receiver": {"isaId": "SHIPPERCOEDI"},
        "type": {"name": "214_TRANSPORTATION_CARRIER_SHIPMENT_STATUS_MESSAGE"},
        "stream": "LIVE",
        "message": {"loadId": load_id, "status": status, "city": city, "state": state},
    }
    r = requests.post(ORDERFUL_URL, data=json.dumps(payload), timeout=30,
                      headers={"orderful-api-key": ORDERFUL_API_KEY, "Content-Type": "application/json"})
    r.raise_for_status()
    return r.json()["id"]
""", key=key), key, "Orderful API: orderful-api-key header")

    key = mixed(40)
    add("typescript", "stedi-api-key", "src/edi/stedi.ts", fill(r"""
// Translate inbound X12 with Stedi before it reaches the TMS.
const STEDI_API_KEY = process.env.STEDI_API_KEY ?? '$[key]';

export async function translate(x12: string): Promise<unknown> {
  const res = await fetch('https://edi-translate.us.stedi.com/2022-01-01/x12/to-json', {
    method: 'POST',
    headers: {
      Authorization: `Key ${STEDI_API_KEY}`,
      'Content-Type': 'application/json',
    },
    body: JSON.stringify({ input: x12 }),
  });
  if (!res.ok) {
    throw new Error(`stedi translate failed: ${res.status}`);
  }
  return res.json();
}
""", key=key), key, "Stedi API: Authorization Key header")

    pw = human_pw()
    add("ini", "van-password", "edi/translator/van.ini", fill(r"""
; VAN mailbox settings for the translator (Kleinschmidt)
[van]
provider = kleinschmidt
protocol = ftps
host = ftps.kleinschmidt.com
port = 990
mailbox = RDGLFRT01
password = $[pw]
passive = true

[translator]
maps_dir = C:\EDI\Maps
archive_dir = \\fs01\edi\archive
isa_sender_id = RIDGELINEFRT
isa_qualifier = ZZ
""", pw=pw), pw, "INI file; VAN FTPS mailbox credentials")

    pw = gen_pw(18)
    add("mule-properties", "keystore-password", "as2-mule/src/main/resources/mule-app.properties", fill(r"""
# mule-app.properties - AS2 connector (partner: GreatLakesShipper)
as2.partner.id=GLSHIPPER
as2.self.id=RIDGELINEFRT
as2.url=https://as2.greatlakesshipper.com:4080/as2
as2.keystore.path=keystores/ridgeline-as2.jks
as2.keystore.password=$[pw]
as2.key.alias=ridgeline-2024
as2.mdn.async=false
as2.signing.algorithm=SHA256
as2.encryption.algorithm=AES128_CBC
http.listener.port=8081
""", pw=pw), pw, "Mule application properties; AS2 (RFC 4130) keystore")

    key, crt = pkcs8_key(), cert_pem()
    add("k8s-secret", "as2-private-key", "deploy/k8s/edi/as2-signing-key.yaml", fill(r"""
apiVersion: v1
kind: Secret
metadata:
  name: as2-signing-key
  namespace: edi
type: Opaque
stringData:
  as2-id: RIDGELINEFRT
  signing.key: |
$[key]
  signing.crt: |
$[crt]
""", key=indent(key, 4), crt=indent(crt, 4)), key, "Kubernetes Secret stringData; PKCS #8 private key (RFC 5208)")

    pw, hk = human_pw(), rand(43, B64)
    add("powershell", "sftp-password", "finance/factoring/Send-RtsSchedule.ps1", fill(r"""
Add-Type -Path "C:\Program Files (x86)\WinSCP\WinSCPnet.dll"

$sessionOptions = New-Object WinSCP.SessionOptions -Property @{
    Protocol = [WinSCP.Protocol]::Sftp
    HostName = "sftp.rtsfinancial.com"
    UserName = "ridgeline_factoring"
    Password = "$[pw]"
    SshHostKeyFingerprint = "ssh-ed25519 255 $[hk]"
}

$session = New-Object WinSCP.Session
try {
    $session.Open($sessionOptions)
    $result = $session.PutFiles("D:\Factoring\Outbound\*.csv", "/incoming/", $True)
    $result.Check()
    foreach ($t in $result.Transfers) { Write-Host "Uploaded $($t.FileName)" }
} finally {
    $session.Dispose()
}
""", pw=pw, hk=hk), pw, "WinSCP .NET assembly SessionOptions")

    pw, hk = gen_pw(16), rand(43, B64)
    add("batch", "sftp-password", "edi/bin/push_210_nvision.bat", fill(r'''
@echo off
rem Nightly 210 push to freight audit (nVision)
set LOG=D:\EDI\logs\nvision_%date:~-4,4%%date:~-10,2%%date:~-7,2%.log
"C:\Program Files (x86)\WinSCP\WinSCP.com" /log="%LOG%" /ini=nul /command ^
  "open sftp://ridgeline210:$[pw]@ftp.nvision-audit.com/ -hostkey=""ssh-ed25519 255 $[hk]""" ^
  "cd /in" ^
  "put D:\EDI\outbound\210\*.edi" ^
  "exit"
if %ERRORLEVEL% neq 0 echo Upload failed >> "%LOG%"
''', pw=pw, hk=hk), pw, "WinSCP command line /command; Windows batch")

    # decoys
    add("pem", "decoy-certificate", "as2/certs/greatlakesshipper-2024.cer", fill(r"""
subject=C = US, ST = Michigan, O = Great Lakes Shipper Inc, CN = as2.greatlakesshipper.com
issuer=C = US, O = DigiCert Inc, CN = DigiCert Global G2 TLS RSA SHA256 2020 CA1
notBefore=Jan 12 00:00:00 2024 GMT
notAfter=Jan 11 23:59:59 2025 GMT
$[crt]
""", crt=cert_pem()), None, "X.509 certificate PEM (RFC 7468): a partner's public AS2 certificate")

    keys = "\n".join(f"{ssh_ed25519_pub()} {who}" for who in
                     ("shipperco-edi@prod", "midwestgrocers-sftp", "cass-audit-2024", "ridgeline-edi-ops"))
    add("authorized-keys", "decoy-public-key", "edi/sftp/authorized_keys",
        "# trading partners allowed on the inbound SFTP (chrooted to /srv/edi/<partner>)\n" + keys
        + "\n# removed 2024-02: nvision (moved to their own server)",
        None, "OpenSSH authorized_keys: public keys")

    add("x12", "decoy-control-numbers", "edi/samples/214_status_sample.x12", r"""
ISA*00*          *00*          *ZZ*RIDGELINEFRT   *ZZ*SHIPPERCOEDI   *240312*0907*U*00401*000018822*0*P*>~
GS*QM*RIDGELINEFRT*SHIPPERCOEDI*20240312*0907*18822*X*004010~
ST*214*0001~
B10*RDGL884120*SH7781234*RDGL~
L11*PO4471882*PO~
LX*1~
AT7*X1*NS***20240312*0855*LT~
MS1*COLUMBUS*OH*US~
MS2*RDGL*4471~
SE*9*0001~
GE*1*18822~
IEA*1*000018822~
""".lstrip("\n"), None, "ASC X12 214 shipment status; blank ISA02/ISA04")

    add("openas2-xml", "decoy-partnership", "as2/config/partnerships.xml", r"""
<partnerships>
  <partner name="RIDGELINEFRT" as2_id="RIDGELINEFRT" x509_alias="ridgeline-2024" email="edi@ridgelinefreight.com"/>
  <partner name="GLSHIPPER" as2_id="GLSHIPPER" x509_alias="greatlakesshipper-2024" email="edi@greatlakesshipper.com"/>
  <partnership name="RIDGELINEFRT-GLSHIPPER">
    <sender name="RIDGELINEFRT"/>
    <receiver name="GLSHIPPER"/>
    <attribute name="protocol" value="as2"/>
    <attribute name="subject" value="EDI from Ridgeline Freight"/>
    <attribute name="as2_url" value="https://as2.greatlakesshipper.com:4080/as2"/>
    <attribute name="as2_mdn_to" value="edi@ridgelinefreight.com"/>
    <attribute name="as2_mdn_options" value="signed-receipt-protocol=optional, pkcs7-signature; signed-receipt-micalg=optional, SHA256"/>
    <attribute name="encrypt" value="AES128"/>
    <attribute name="sign" value="SHA256"/>
    <attribute name="resend_max_retries" value="3"/>
  </partnership>
</partnerships>
""".lstrip("\n"), None, "OpenAS2 partnerships.xml: ids and certificate aliases")

    names = ["204_SHIPPERCO_000004711.x12", "204_SHIPPERCO_000004712.x12", "210_RDGL_000031190.edi",
             "210_RDGL_000031191.edi", "214_RDGL_000018822.x12", "990_RDGL_000009921.edi"]
    add("checksums", "decoy-sha256", "edi/outbound/2024-03-12/SHA256SUMS",
        "\n".join(f"{hexs(64)}  {n}" for n in names), None, "sha256sum(1) output")

    add("mdn", "decoy-mic-digest", "as2/samples/mdn_glshipper.txt", fill(r"""
Message-ID: <OPENAS2-12032024090711-0500-$[mid]@GLSHIPPER_RIDGELINEFRT>
AS2-From: GLSHIPPER
AS2-To: RIDGELINEFRT
Content-Type: multipart/signed; protocol="application/pkcs7-signature"; micalg=sha-256; boundary="----=_Part_4471_$[bnd]"

------=_Part_4471_$[bnd]
Content-Type: message/disposition-notification

Reporting-UA: OpenAS2 Server
Original-Recipient: rfc822; GLSHIPPER
Final-Recipient: rfc822; GLSHIPPER
Original-Message-ID: <OPENAS2-12032024090655-0500-$[omid]@RIDGELINEFRT_GLSHIPPER>
Received-Content-MIC: $[mic], sha-256
Disposition: automatic-action/MDN-sent-automatically; processed
""", mid=uuid_s(), bnd=digits(10), omid=uuid_s(), mic=b64_bytes(32)),
        None, "AS2 MDN (RFC 4130, RFC 3798): Received-Content-MIC digest")

    add("pgp", "decoy-public-key", "edi/pgp/cass_edi_public.asc", pgp_public(), None,
        "OpenPGP ASCII armor (RFC 4880): partner's public key")

    add("x12", "decoy-ack", "edi/samples/997_ack_sample.edi", r"""
ISA*00*          *00*          *ZZ*SHIPPERCOEDI   *ZZ*RIDGELINEFRT   *240311*1425*U*00401*000007720*0*P*>~
GS*FA*SHIPPERCOEDI*RIDGELINEFRT*20240311*1425*7720*X*004010~
ST*997*0001~
AK1*SM*4711~
AK2*204*0001~
AK5*A~
AK9*A*1*1*1~
SE*6*0001~
GE*1*7720~
IEA*1*000007720~
""".lstrip("\n"), None, "ASC X12 997 functional acknowledgment")

    add("x12", "decoy-invoice", "edi/samples/210_invoice_sample.edi", r"""
ISA*00*          *00*          *ZZ*RIDGELINEFRT   *ZZ*SHIPPERCOEDI   *240313*1710*U*00401*000031190*0*P*>~
GS*IM*RIDGELINEFRT*SHIPPERCOEDI*20240313*1710*31190*X*004010~
ST*210*0001~
B3**RDGL884120*SH7781234*PP**20240313*185000****RDGL*20240311~
N9*PO*PO4471882~
N1*SH*SHIPPERCO DC 14~
N1*CN*MIDWEST GROCERS~
LX*1~
L1*1*1850.00*FR*185000~
L3*42000*G***185000~
SE*10*0001~
GE*1*31190~
IEA*1*000031190~
""".lstrip("\n"), None, "ASC X12 210 freight invoice")


# --------------------------------------------------------------------------------------------
# Fuel cards
# --------------------------------------------------------------------------------------------
def _fuel() -> None:
    pw = human_pw()
    add("java", "efs-password", "fuel/src/main/java/com/ridgeline/fuel/efs/EfsSession.java", fill(r"""
package com.ridgeline.fuel.efs;

import com.efsllc.efs.www.pt.cardmgmtws.CardManagementEP;
import com.efsllc.efs.www.pt.cardmgmtws.CardManagementWSLocator;

public final class EfsSession {
    private static final String USER = "RDGLAPI";
    private static final String PASSWORD = "$[pw]";

    private EfsSession() {
    }

    /** login returns the client id every other CardManagement call takes first. */
    public static String login() throws Exception {
        CardManagementEP port = new CardManagementWSLocator().getCardManagementEP();
        return port.login(USER, PASSWORD);
    }
}
""", pw=pw), pw, "EFS CardManagementWS login(user, password)")

    pw = words_pw()
    add("ini", "comdata-password", "fuel/config/comdata.ini", fill(r"""
[comdata]
; iConnectData real-time fuel transaction feed
endpoint = https://w6.iconnectdata.com/cws/ws
customer_id = 7Q114
account_code = RDGL01
username = RDGL_API
password = $[pw]
timeout_seconds = 45

[export]
target = postgresql://fuel@dw.internal:5432/fuel
batch_size = 500
""", pw=pw), pw, "INI file; Comdata iConnectData web service credentials")

    cid, sec = mixed(24), mixed(40)
    add("spring-yaml", "wex-client-secret", "fuel-service/src/main/resources/application-prod.yml", fill(r"""
server:
  port: 8080
wex:
  api:
    base-url: https://api.wexinc.com/fleet
    client-id: $[cid]
    client-secret: $[sec]
    account: RIDGELINE-FLEET
  sync:
    transactions-cron: "0 */30 * * * *"
    lookback-days: 3
management:
  endpoints:
    web:
      exposure:
        include: health,info,prometheus
""", cid=cid, sec=sec), sec, "Spring Boot application.yml; OAuth client credentials")

    pw = gen_pw(20)
    add("airflow-json", "sftp-password", "airflow/connections.json", fill(r"""
{
  "wex_sftp": {
    "conn_type": "sftp",
    "host": "sftp.wexinc.com",
    "login": "ridgeline_fleet",
    "password": "$[pw]",
    "port": 22,
    "extra": "{\"no_host_key_check\": false}"
  },
  "dw_postgres": {
    "conn_type": "postgres",
    "host": "dw.internal",
    "login": "airflow",
    "schema": "fuel",
    "port": 5432,
    "extra": "{\"iam\": true, \"aws_conn_id\": \"aws_default\"}"
  }
}
""", pw=pw), pw, "Airflow `connections import` JSON format")

    # decoys
    rows = []
    for i in range(7):
        r = _rng()
        rows.append(f"2024-04-{10 + i},{4400 + r.randint(0, 40)},************{r.randint(1000, 9999)},"
                    f"{r.choice(['PILOT #412', 'LOVES #318', 'TA JOLIET', 'PETRO #77'])},"
                    f"{r.randint(80, 190)}.{r.randint(0, 99):02d},{r.randint(300, 420)}.{r.randint(0, 9)}9,"
                    f"{rand(6, UPPER_DIGITS)}")
    add("csv", "decoy-masked-cards", "data/fuel/efs_transactions_2024-04.csv",
        "date,unit,card,location,gallons,amount,auth_code\n" + "\n".join(rows),
        None, "fuel card transaction export with masked card numbers")

    add("spring-yaml", "decoy-vault-ref", "fuel-service/src/main/resources/application.yml", r"""
spring:
  application:
    name: fuel-service
  config:
    import: vault://secret/fuel-service
  cloud:
    vault:
      uri: https://vault.ridgeline.internal:8200
      authentication: KUBERNETES
      kubernetes:
        role: fuel-service
wex:
  api:
    base-url: https://api.wexinc.com/fleet
    client-id: ${wex.client-id}
    client-secret: ${wex.client-secret}
""".lstrip("\n"), None, "Spring Cloud Vault config import; property placeholders")


# --------------------------------------------------------------------------------------------
# Carrier onboarding and compliance
# --------------------------------------------------------------------------------------------
def _compliance() -> None:
    key = hexs(40)
    add("python", "fmcsa-webkey", "compliance/fmcsa.py", fill(r"""
import requests

QC_BASE = "https://mobile.fmcsa.dot.gov/qc/services"
WEB_KEY = "$[key]"


def carrier_by_dot(dot: str) -> dict:
    r = requests.get(f"{QC_BASE}/carriers/{dot}", params={"webKey": WEB_KEY}, timeout=15)
    r.raise_for_status()
    return r.json()["content"]["carrier"]


def authority(dot: str) -> list:
    r = requests.get(f"{QC_BASE}/carriers/{dot}/authority", params={"webKey": WEB_KEY}, timeout=15)
    r.raise_for_status()
    return r.json()["content"]


def is_authorized(dot: str) -> bool:
    carrier = carrier_by_dot(dot)
    return carrier["allowedToOperate"] == "Y" and carrier["statusCode"] == "A"
""", key=key), key, "FMCSA QCMobile API: webKey query parameter")

    key = hexs(40)
    add("javascript", "fmcsa-webkey", "web/src/lib/fmcsa.js", fill(r"""
// MC lookup on the carrier sign-up page
export async function lookupMc(mc) {
  const digits = String(mc).replace(/\D/g, '');
  const url = `https://mobile.fmcsa.dot.gov/qc/services/carriers/docket-number/${digits}?webKey=$[key]`;
  const res = await fetch(url);
  if (!res.ok) {
    throw new Error(`FMCSA lookup failed (${res.status})`);
  }
  const body = await res.json();
  return body.content.map((c) => c.carrier);
}
""", key=key), key, "FMCSA QCMobile API: webKey in the URL")

    pw = human_pw()
    add("csharp", "mcp-password", "src/Onboarding/MyCarrierPacketsClient.cs", fill(r"""
using System.Net.Http.Json;

namespace Ridgeline.Onboarding;

public sealed class MyCarrierPacketsClient(HttpClient http)
{
    public async Task<string> GetTokenAsync(CancellationToken ct)
    {
        var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "password",
            ["username"] = "integrations@ridgelinefreight.com",
            ["password"] = "$[pw]",
        });
        var res = await http.PostAsync("https://api.mycarrierpackets.com/token", form, ct);
        res.EnsureSuccessStatusCode();
        var body = await res.Content.ReadFromJsonAsync<TokenResponse>(cancellationToken: ct);
        return body!.access_token;
    }

    private sealed record TokenResponse(string access_token, int expires_in);
}
""", pw=pw), pw, "MyCarrierPackets API: OAuth password grant token endpoint")

    pw = words_pw()
    add("web-config", "rmis-password", "Onboarding.Web/Web.config", fill(r"""
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <appSettings>
    <add key="Rmis.ServiceUrl" value="https://api.rmissecure.com/_c/std/api/" />
    <add key="Rmis.ClientId" value="RIDGELINE" />
    <add key="Rmis.UserName" value="rdgl_api" />
    <add key="Rmis.Password" value="$[pw]" />
    <add key="Rmis.MonitoringEnabled" value="true" />
    <add key="webpages:Version" value="3.0.0.0" />
  </appSettings>
  <system.web>
    <compilation debug="false" targetFramework="4.7.2" />
    <httpRuntime targetFramework="4.7.2" />
  </system.web>
</configuration>
""", pw=pw), pw, "ASP.NET Web.config appSettings; RMIS carrier monitoring API")

    tok = jwt({"sub": "api:ridgeline", "iss": "highway.com", "scope": "carriers.read onboarding.write",
               "iat": 1706745600})
    add("ruby", "highway-api-token", "config/initializers/highway.rb", fill(r"""
# Highway carrier identity checks (onboarding + monitoring)
Highway.configure do |config|
  config.api_url = "https://highway.com/core/connect/external_api/v1"
  config.api_token = "$[tok]"
  config.broker_id = "ridgeline-freight"
  config.timeout = 20
  config.logger = Rails.logger
end
""", tok=tok), tok, "Highway external API: bearer API token (JWT)")

    pw = human_pw()
    add("php", "carrier411-password", "compliance/carrier411_watch.php", fill(r"""
<?php
// Carrier411 monitoring: add newly onboarded carriers to the watch list.
$client = new SoapClient('https://www.carrier411.com/webservices/c411service.cfc?wsdl');
$session = $client->wsLogin(['username' => 'ridgelinefrt', 'password' => '$[pw]']);

$pdo = new PDO('pgsql:host=dw.internal;dbname=compliance', 'c411', getenv('C411_DB_PASSWORD'));
$rows = $pdo->query("SELECT docket FROM carriers WHERE onboarded_at > now() - interval '1 day'");
foreach ($rows as $row) {
    $client->wsAddToWatch(['session' => $session, 'docket' => $row['docket']]);
    echo "watching {$row['docket']}\n";
}
""", pw=pw), pw, "Carrier411 web services login (SOAP)")

    key = mixed(32)
    add("kotlin", "saferwatch-key", "app/src/main/kotlin/com/ridgeline/compliance/SaferWatch.kt", fill(r"""
package com.ridgeline.compliance

import java.net.URI
import java.net.http.HttpClient
import java.net.http.HttpRequest
import java.net.http.HttpResponse

object SaferWatch {
    private const val BASE = "https://www.saferwatch.com/webservices/CarrierService32.php"
    private const val CUSTOMER_KEY = "$[key]"
    private val http = HttpClient.newHttpClient()

    fun carrierLookup(docket: String): String {
        val uri = URI.create("$BASE?Action=CarrierLookup&ServiceKey=$CUSTOMER_KEY&number=$docket")
        val req = HttpRequest.newBuilder(uri).GET().build()
        return http.send(req, HttpResponse.BodyHandlers.ofString()).body()
    }
}
""", key=key), key, "SaferWatch web services: service key in the query string")

    # decoys
    add("json", "decoy-record-ids", "tests/fixtures/fmcsa/carrier_2931847.json", r"""
{
  "content": {
    "carrier": {
      "dotNumber": 2931847,
      "legalName": "BLUE MESA TRANSPORT LLC",
      "allowedToOperate": "Y",
      "statusCode": "A",
      "commonAuthorityStatus": "A",
      "phyCity": "ALBUQUERQUE",
      "phyState": "NM",
      "totalPowerUnits": 14,
      "totalDrivers": 16,
      "safetyRating": "S",
      "safetyRatingDate": "2021-06-14"
    },
    "_links": {
      "self": { "href": "https://mobile.fmcsa.dot.gov/qc/services/carriers/2931847" }
    }
  },
  "retrievalDate": "2024-04-15T09:12:44.000+0000"
}
""".lstrip("\n"), None, "FMCSA QCMobile response shape; DOT numbers")

    add("markdown", "decoy-placeholder", "docs/integrations/highway.md", r"""
# Highway onboarding checks

The onboarding service calls Highway's external API for identity and authority checks.

```bash
curl -s https://highway.com/core/connect/external_api/v1/carriers/MC884213 \
  -H "Authorization: Bearer <HIGHWAY_API_TOKEN>"
```

Configuration (`config/initializers/highway.rb`) reads `HIGHWAY_API_TOKEN` from Rails
credentials. To set it locally: `bin/rails credentials:edit --environment development` and add

```yaml
highway:
  api_token: YOUR_TOKEN_HERE
```
""".lstrip("\n"), None, "doc with angle-bracket and YOUR_TOKEN_HERE placeholders")



# --------------------------------------------------------------------------------------------
# LTL rating
# --------------------------------------------------------------------------------------------
def _rating() -> None:
    cid, sec = "l7" + hexs(30), hexs(32)
    add("python", "fedex-client-secret", "rating/carriers/fedex_freight.py", fill(r"""
import time

import requests

FEDEX_CLIENT_ID = "$[cid]"
FEDEX_CLIENT_SECRET = "$[sec]"
FEDEX_ACCOUNT = "510087020"
_token = {"value": None, "expires": 0.0}


def token() -> str:
    if _token["value"] and _token["expires"] > time.time() + 60:
        return _token["value"]
    r = requests.post("https://apis.fedex.com/oauth/token", timeout=20, data={
        "grant_type": "client_credentials",
        "client_id": FEDEX_CLIENT_ID,
        "client_secret": FEDEX_CLIENT_SECRET,
    })
    r.raise_for_status()
    body = r.json()
    _token.update(value=body["access_token"], expires=time.time() + body["expires_in"])
    return body["access_token"]
""", cid=cid, sec=sec), sec, "FedEx Developer API: OAuth client_credentials (API key and secret key)")

    cid, sec = mixed(48), mixed(64)
    add("dotenv", "ups-client-secret", "rating-service/.env", fill(r"""
# rating-service .env (staging box, do not copy to prod)
UPS_CLIENT_ID=$[cid]
UPS_CLIENT_SECRET=$[sec]
UPS_ACCOUNT_NUMBER=8W19X2
UPS_API_BASE=https://onlinetools.ups.com
ODFL_USER=ridgelinefrt
RATING_CACHE_TTL=900
RATING_TIMEOUT_MS=8000
""", cid=cid, sec=sec), sec, "UPS OAuth client credentials; dotenv")

    pw = human_pw()
    add("java", "odfl-password", "rating/src/main/java/com/ridgeline/rating/odfl/OdflRater.java", fill(r"""
package com.ridgeline.rating.odfl;

import com.odfl.ws.ratequote.RateRequest;
import com.odfl.ws.ratequote.RateService;
import com.ridgeline.rating.Quote;
import com.ridgeline.rating.QuoteRequest;

public class OdflRater {
    private final RateService service = new RateService();

    public Quote rate(QuoteRequest q) {
        RateRequest req = new RateRequest();
        req.setOdfl4MeUser("ridgelinefrt");
        req.setOdfl4MePassword("$[pw]");
        req.setOdflCustomerAccount("11223344");
        req.setOriginPostalCode(q.originZip());
        req.setDestinationPostalCode(q.destZip());
        req.setWeight(q.weight());
        req.setNmfcClass(q.freightClass());
        return Quote.from(service.getRateServicePort().getLTLRateEstimate(req));
    }
}
""", pw=pw), pw, "Old Dominion rate estimate web service: ODFL4Me user and password")

    ck, cs = mixed(28), mixed(28)
    add("javascript", "xpo-consumer-secret", "rating-service/src/carriers/xpo.js", fill(r"""
// XPO LTL API: the token endpoint takes the app's consumer key and secret as HTTP Basic
const XPO_BASIC = '$[basic]';

async function xpoToken(fetchImpl = fetch) {
  const res = await fetchImpl('https://api.ltl.xpo.com/token', {
    method: 'POST',
    headers: {
      Authorization: `Basic ${XPO_BASIC}`,
      'Content-Type': 'application/x-www-form-urlencoded',
    },
    body: new URLSearchParams({ grant_type: 'password', username: 'ridgeline', password: process.env.XPO_PASSWORD }),
  });
  if (!res.ok) throw new Error(`XPO token ${res.status}`);
  return (await res.json()).access_token;
}

module.exports = { xpoToken };
""", basic=b64(f"{ck}:{cs}")), cs, "HTTP Basic (RFC 7617) with consumer key and secret; XPO LTL API")

    key, pw = mixed(32), words_pw()
    add("yaml", "estes-password", "rating/config/carriers.yaml", fill(r"""
carriers:
  estes:
    enabled: true
    base_url: https://cloudapi.estes-express.com
    api_key: $[key]
    username: ridgelinefrt
    password: $[pw]
    account: "0123456"
  saia:
    enabled: false
  odfl:
    enabled: true
    account: "11223344"
defaults:
  accessorials: [LIFTGATE_DELIVERY]
  timeout_seconds: 8
""", key=key, pw=pw), pw, "carrier rating config YAML; Estes API key plus user and password")

    pw = human_pw()
    add("xml", "saia-password", "rating/templates/saia_rate_request.xml", fill(r"""
<?xml version="1.0" encoding="utf-8"?>
<soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/">
  <soap:Body>
    <Create xmlns="http://www.saiasecure.com/WebService/ratequote/">
      <request>
        <UserID>ridgelinefrt</UserID>
        <Password>$[pw]</Password>
        <TestMode>N</TestMode>
        <BillingTerms>Prepaid</BillingTerms>
        <AccountNumber>0712345</AccountNumber>
        <Application>Outbound</Application>
        <OriginZipcode>{{origin_zip}}</OriginZipcode>
        <DestinationZipcode>{{dest_zip}}</DestinationZipcode>
        <Details>{{#items}}<DetailItem><Weight>{{weight}}</Weight><Class>{{class}}</Class></DetailItem>{{/items}}</Details>
      </request>
    </Create>
  </soap:Body>
</soap:Envelope>
""", pw=pw), pw, "Saia rate quote SOAP request: UserID and Password elements")

    key = mixed(32)
    add("php", "rl-api-key", "app/Rating/Carriers/RlCarriers.php", fill(r"""
<?php

namespace App\Rating\Carriers;

use SoapClient;
use SoapHeader;

final class RlCarriers
{
    private const WSDL = 'https://api.rlcarriers.com/1.0.3/RateQuoteService.asmx?WSDL';
    private const API_KEY = '$[key]';

    public function quote(array $request): array
    {
        $client = new SoapClient(self::WSDL, ['trace' => false, 'connection_timeout' => 10]);
        $request['APIKey'] = self::API_KEY;
        $result = $client->GetRateQuote(['APIKey' => self::API_KEY, 'request' => $request]);
        return json_decode(json_encode($result->GetRateQuoteResult), true);
    }
}
""", key=key), key, "R+L Carriers API: APIKey on every call")

    key = rand(12, UPPER_DIGITS)
    add("shell", "abf-api-id", "rating/scripts/abf_quote_smoke.sh", fill(r"""
#!/bin/sh
# Smoke test for the ABF rating endpoint after a deploy; prints the total charge.
set -eu
curl -s "https://www.abfs.com/xml/aquotexml.asp?DL=2&ID=$[key]&ShipCity=Dallas&ShipState=TX&ShipZip=75201&ConsCity=Memphis&ConsState=TN&ConsZip=38118&Wgt1=1200&Class1=70&ShipMonth=04&ShipDay=15&ShipYear=2024" \
  | xmllint --xpath 'string(//CHARGE)' -
echo
""", key=key), key, "ABF aquote XML API: ID parameter is the account's API key")

    pw, lk = words_pw(), mixed(20)
    add("csharp", "smc3-license-key", "src/Rating/Smc3/RateWareClient.cs", fill(r"""
using Smc3.RateWareXl;

namespace Ridgeline.Rating.Smc3;

public sealed class RateWareClient
{
    private readonly RateWareXLPortTypeClient _port = new();

    private static AuthenticationToken Token() => new()
    {
        username = "rating@ridgelinefreight.com",
        password = Environment.GetEnvironmentVariable("SMC3_PASSWORD"),
        licenseKey = "$[lk]",
    };

    public async Task<LTLRateShipmentResponse> RateAsync(LTLRateShipmentRequest request)
    {
        var response = await _port.LTLRateShipmentAsync(Token(), request);
        return response.LTLRateShipmentResponse;
    }
}
""", lk=lk), lk, "SMC3 RateWare XL web service: AuthenticationToken licenseKey")

    cid, sec = uuid_s(), mixed(40)
    add("terraform", "project44-client-secret", "infra/visibility/variables.tf", fill(r"""
variable "environment" {
  type    = string
  default = "prod"
}

variable "p44_client_id" {
  type    = string
  default = "$[cid]"
}

variable "p44_client_secret" {
  type      = string
  sensitive = true
  default   = "$[sec]"
}

variable "p44_base_url" {
  type    = string
  default = "https://na12.api.project44.com"
}
""", cid=cid, sec=sec), sec, "Terraform input variables; project44 OAuth client secret")

    pw = human_pw()
    add("http", "sefl-basic-auth", "rating/http/sefl.http", fill(r"""
### SEFL rate quote (submit)
POST https://www.sefl.com/webconnect/ratequotes/rest/submitQuote
Authorization: Basic $[basic]
Content-Type: application/x-www-form-urlencoded

CustomerAccount=912345&Option=S&Terms=P&OriginZip=30336&DestinationZip=33166&Class1=70&Weight1=1200

### SEFL rate quote (poll)
GET https://www.sefl.com/webconnect/ratequotes/rest/{{quoteNumber}}
Authorization: Basic $[basic]
""", basic=b64("ridgelinefrt:" + pw)), pw, "REST client .http file; HTTP Basic (RFC 7617)")

    # decoys
    add("python", "decoy-test-fixture", "rating/tests/conftest.py", r'''
"""Fixtures for the rating tests: every carrier is mocked, nothing here reaches a carrier."""
import pytest
import responses

FAKE_FEDEX_CLIENT_ID = "test-client-id"
FAKE_FEDEX_CLIENT_SECRET = "test-client-secret-not-real"


@pytest.fixture
def fedex(monkeypatch):
    monkeypatch.setattr("rating.carriers.fedex_freight.FEDEX_CLIENT_ID", FAKE_FEDEX_CLIENT_ID)
    monkeypatch.setattr("rating.carriers.fedex_freight.FEDEX_CLIENT_SECRET", FAKE_FEDEX_CLIENT_SECRET)
    with responses.RequestsMock() as mock:
        mock.add(responses.POST, "https://apis.fedex.com/oauth/token",
                 json={"access_token": "dummy-access-token", "expires_in": 3600})
        yield mock
''', None, "pytest fixtures with clearly fake credentials")

    q1, q2 = digits(9), digits(9)
    add("json", "decoy-quote-ids", "rating/tests/fixtures/estes_quote_response.json", fill(r"""
{
  "data": [
    {
      "quoteId": "$[q1]",
      "serviceLevel": "LTL Standard Transit",
      "transitDays": 2,
      "pickupDate": "2024-04-16",
      "totalCharges": { "amount": "412.77", "currency": "USD" },
      "correlationId": "$[c1]"
    },
    {
      "quoteId": "$[q2]",
      "serviceLevel": "Guaranteed LTL Standard Transit: 5PM",
      "transitDays": 2,
      "totalCharges": { "amount": "508.12", "currency": "USD" },
      "correlationId": "$[c2]"
    }
  ]
}
""", q1=q1, q2=q2, c1=uuid_s(), c2=uuid_s()), None, "LTL rate quote response; quote and correlation ids")

    add("yaml", "decoy-env-ref", "rating/config/carriers.example.yaml", r"""
# Copy to carriers.yaml; secrets come from the environment at start-up.
carriers:
  estes:
    enabled: true
    base_url: https://cloudapi.estes-express.com
    api_key: ${ESTES_API_KEY}
    username: ${ESTES_USERNAME}
    password: ${ESTES_PASSWORD}
  fedex:
    enabled: true
    client_id: ${FEDEX_CLIENT_ID}
    client_secret: ${FEDEX_CLIENT_SECRET}
  rl:
    enabled: false
    api_key: ""
""".lstrip("\n"), None, "example config with environment references")

    add("openapi", "decoy-schema-example", "rating-service/openapi.yaml", r"""
openapi: 3.0.3
info:
  title: Ridgeline rating service
  version: 2.3.0
components:
  securitySchemes:
    ApiKeyAuth:
      type: apiKey
      in: header
      name: X-API-Key
  schemas:
    QuoteRequest:
      type: object
      properties:
        originZip: { type: string, example: "75201" }
        destZip: { type: string, example: "38118" }
        weight: { type: integer, example: 1200 }
        freightClass: { type: string, example: "70" }
security:
  - ApiKeyAuth: []
paths:
  /quotes:
    post:
      summary: Rate an LTL shipment with every enabled carrier
      responses:
        "200": { description: Quotes, cheapest first }
""".lstrip("\n"), None, "OpenAPI 3 securitySchemes (apiKey in header)")


# --------------------------------------------------------------------------------------------
# Visibility
# --------------------------------------------------------------------------------------------
def _visibility() -> None:
    key = mixed(32)
    add("python", "fourkites-key", "visibility/fourkites_push.py", fill(r"""
import requests

FOURKITES_API_KEY = "$[key]"
FOURKITES_URL = "https://api.fourkites.com/shipments/locations"


def push_location(load_number: str, lat: float, lon: float, at_iso: str) -> None:
    body = {"loadNumber": load_number, "latitude": lat, "longitude": lon,
            "locatedAt": at_iso, "source": "ridgeline-eld"}
    r = requests.post(FOURKITES_URL, json=body, headers={"apikey": FOURKITES_API_KEY}, timeout=15)
    if r.status_code == 404:
        return  # load not tracked by the shipper
    r.raise_for_status()
""", key=key), key, "FourKites API: apikey header")

    pw = human_pw()
    add("csharp", "macropoint-password", "src/Visibility/MacroPointClient.cs", fill(r"""
using System.Net.Http.Headers;
using System.Text;

namespace Ridgeline.Visibility;

public sealed class MacroPointClient
{
    private static readonly string Auth =
        Convert.ToBase64String(Encoding.ASCII.GetBytes("ridgeline_mp:$[pw]"));

    private readonly HttpClient _http = new() { BaseAddress = new Uri("https://macropoint-lite.com/api/1.0/") };

    public MacroPointClient()
    {
        _http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", Auth);
    }

    public Task<HttpResponseMessage> CreateOrderAsync(string orderXml) =>
        _http.PostAsync("orders/createorder", new StringContent(orderXml, Encoding.UTF8, "application/xml"));
}
""", pw=pw), pw, "MacroPoint API: HTTP Basic credentials")

    key = mixed(36)
    add("spring-yaml", "truckertools-key", "tracking-gateway/src/main/resources/application.yml", fill(r"""
spring:
  application:
    name: tracking-gateway
  jackson:
    default-property-inclusion: non_null
truckertools:
  base-url: https://api.truckertools.com
  api-key: $[key]
  push-interval: PT5M
  load-status-mapping:
    AT_PICKUP: X3
    DEPARTED_PICKUP: AF
    AT_DELIVERY: X1
server:
  port: 8085
""", key=key), key, "Spring Boot application.yml; Trucker Tools API key")

    sec = mixed(40)
    add("k8s-secret", "project44-client-secret", "deploy/k8s/visibility/p44-credentials.yaml", fill(r"""
apiVersion: v1
kind: Secret
metadata:
  name: p44-credentials
  namespace: visibility
  annotations:
    owner: visibility-team
type: Opaque
stringData:
  P44_CLIENT_ID: $[cid]
  P44_CLIENT_SECRET: $[sec]
  P44_BASE_URL: https://na12.api.project44.com
""", cid=uuid_s(), sec=sec), sec, "Kubernetes Secret stringData; project44 OAuth client")

    add("xml", "decoy-sample-order", "visibility/samples/macropoint_order.xml", r"""
<?xml version="1.0" encoding="utf-8"?>
<Order xmlns="http://macropoint-lite.com/xml/1.0">
  <OrderId>RDGL884120</OrderId>
  <TrackingNumber>4471</TrackingNumber>
  <Number Type="Mobile">+1-312-555-0147</Number>
  <TrackStartDateTime>2024-04-16T06:00:00-05:00</TrackStartDateTime>
  <TrackDurationInHours>48</TrackDurationInHours>
  <TrackIntervalInMinutes>15</TrackIntervalInMinutes>
  <Notifications>
    <Notification PartnerMPID="MP-$[mpid]" IDNumber="SH7781234" />
  </Notifications>
  <TripSheet>
    <Stops>
      <Stop Name="SHIPPERCO DC 14" StopType="Pickup"><Address><PostalCode>60436</PostalCode></Address></Stop>
      <Stop Name="MIDWEST GROCERS" StopType="DropOff"><Address><PostalCode>43217</PostalCode></Address></Stop>
    </Stops>
  </TripSheet>
</Order>
""".lstrip("\n").replace("$[mpid]", digits(7)), None, "MacroPoint order XML sample; order and partner ids")


# --------------------------------------------------------------------------------------------
# Factoring, quick pay, freight audit
# --------------------------------------------------------------------------------------------
def _finance() -> None:
    key = mixed(48)
    add("appsettings", "triumphpay-key", "src/Payables/appsettings.json", fill(r"""
{
  "Logging": { "LogLevel": { "Default": "Information" } },
  "TriumphPay": {
    "BaseUrl": "https://api.triumphpay.com/v2/",
    "PayerId": "RDGL",
    "ApiKey": "$[key]",
    "DefaultPaymentTerms": "NET30"
  },
  "Payables": {
    "QuickPayFeePercent": 2.5,
    "CutoffLocalTime": "14:00"
  }
}
""", key=key), key, "ASP.NET Core appsettings.json; TriumphPay payer API key")

    pw = human_pw()
    add("ansible", "sftp-password", "ansible/group_vars/factoring.yml", fill(r"""
---
# group_vars/factoring.yml - hosts that send invoice schedules to the factor
factoring_sftp_host: sftp.rtsfinancial.com
factoring_sftp_user: ridgeline_fact
factoring_sftp_password: "$[pw]"
factoring_schedule_dir: /data/factoring/outbound
factoring_cron_minute: "15"
factoring_cron_hour: "*/2"
factoring_notify: ar@ridgelinefreight.com
""", pw=pw), pw, "Ansible group_vars (plain, not vaulted)")

    key = openssh_key()
    add("shell", "openssh-private-key", "ops/bootstrap/audit-export.sh", fill(r"""
#!/usr/bin/env bash
# Bootstrap the audit-export box: key for the freight-audit SFTP drop
set -euo pipefail
install -d -m 700 -o auditexport -g auditexport /home/auditexport/.ssh
cat > /home/auditexport/.ssh/id_ed25519 <<'KEY'
$[key]
KEY
chmod 600 /home/auditexport/.ssh/id_ed25519
chown -R auditexport: /home/auditexport/.ssh
ssh-keyscan -t ed25519 sftp.cass-edi.net >> /home/auditexport/.ssh/known_hosts
systemctl enable --now audit-export.timer
""", key=key), key, "OpenSSH private key format (PROTOCOL.key) in a here-document")

    sk = stripe_key()
    add("javascript", "stripe-secret-key", "quickpay/server/payments.js", fill(r"""
// Quick pay for carriers: pay the invoice today, minus the quick-pay fee.
const Stripe = require('stripe');

const stripe = Stripe('$[sk]');

async function payCarrier({ connectedAccount, amountCents, invoiceId }) {
  return stripe.transfers.create({
    amount: amountCents,
    currency: 'usd',
    destination: connectedAccount,
    metadata: { invoiceId, program: 'quickpay' },
  });
}

module.exports = { payCarrier };
""", sk=sk), sk, "Stripe API keys: sk_live_ secret key")

    cid, sec = "AB" + mixed(48), mixed(40)
    add("python", "intuit-client-secret", "finance/qbo_sync.py", fill(r"""
from intuitlib.client import AuthClient
from intuitlib.enums import Scopes

auth_client = AuthClient(
    client_id="$[cid]",
    client_secret="$[sec]",
    redirect_uri="https://ops.ridgelinefreight.com/qbo/callback",
    environment="production",
)

AUTH_URL = auth_client.get_authorization_url([Scopes.ACCOUNTING])


def exchange(code: str, realm_id: str) -> dict:
    auth_client.get_bearer_token(code, realm_id=realm_id)
    return {"access": auth_client.access_token, "refresh": auth_client.refresh_token}
""", cid=cid, sec=sec), sec, "Intuit OAuth 2.0 client (intuit-oauth): client_secret")

    cid, sec = hexs(24), hexs(30)
    add("dotenv", "plaid-secret", "carrier-payments/.env.local", fill(r"""
# carrier-payments: bank account verification for new carriers (Plaid Auth)
PLAID_CLIENT_ID=$[cid]
PLAID_SECRET=$[sec]
PLAID_ENV=production
PLAID_PRODUCTS=auth
PLAID_COUNTRY_CODES=US
PLAID_REDIRECT_URI=https://carriers.ridgelinefreight.com/bank/callback
""", cid=cid, sec=sec), sec, "Plaid API keys: client_id and secret")

    # decoys
    pk = stripe_key("pk_live_51")
    add("javascript", "decoy-publishable-key", "quickpay/web/src/stripe.js", fill(r"""
// Browser side of quick pay. Publishable keys are meant to ship to the browser.
import { loadStripe } from '@stripe/stripe-js';

export const stripePromise = loadStripe('$[pk]');

export async function confirmBankAccount(clientSecretFromServer) {
  const stripe = await stripePromise;
  return stripe.confirmUsBankAccountSetup(clientSecretFromServer);
}
""", pk=pk), None, "Stripe docs: publishable keys are public")

    rows = []
    for i in range(8):
        r = _rng()
        rows.append(f"RDGL{884100 + r.randint(0, 99)},INV-{r.randint(200000, 299999)},2024-04-{12 + i % 3},"
                    f"{r.randint(900, 3200)}.{r.randint(0, 99):02d},ACH,{r.randint(10**8, 10**9 - 1)},"
                    f"{rand(12, UPPER_DIGITS)}")
    add("csv", "decoy-remittance", "data/factoring/remittance_2024-04-14.csv",
        "load_number,invoice,paid_date,amount,method,trace_number,batch_id\n" + "\n".join(rows),
        None, "factoring remittance export; trace and batch ids")

    add("markdown", "decoy-masked", "docs/support/2024-03-quickpay-outage.md", r"""
# Incident 2024-03-19: quick pay transfers failing

**Impact:** 41 carrier quick-pay transfers delayed by about 3 hours.

**Cause:** the Stripe restricted key used by the payouts worker (`rk_live_...Q7xT`, last four
shown in the dashboard) was rolled by finance during the quarterly rotation, but the new key was
saved to the staging path in Secrets Manager instead of `prod/quickpay/stripe`.

**Fix:** copied the key to the right path (value never left Secrets Manager), restarted the
worker, replayed the failed transfers from the dead-letter queue.

**Follow-up:** the rotation runbook now names both paths; the worker logs the key's last four
(`****Q7xT`) at start so a mismatch is visible.
""".lstrip("\n"), None, "incident write-up with masked key")



# --------------------------------------------------------------------------------------------
# Platform: cloud, data stores, messaging, CI, hosts
# --------------------------------------------------------------------------------------------
def _platform_a() -> None:
    kid, sec = aws_id(), aws_secret()
    add("aws-credentials", "aws-secret-key", "deploy/aws/credentials", fill(r"""
[default]
region = us-east-2
output = json

[edi-archive]
aws_access_key_id = $[kid]
aws_secret_access_key = $[sec]
region = us-east-2

[ifta-readonly]
role_arn = arn:aws:iam::381492006127:role/ifta-readonly
source_profile = edi-archive
""", kid=kid, sec=sec), sec, "AWS CLI shared credentials file")

    kid, sec = aws_id(), aws_secret()
    add("gitlab-ci", "aws-secret-key", ".gitlab-ci.yml", fill(r"""
variables:
  AWS_DEFAULT_REGION: us-east-2
  AWS_ACCESS_KEY_ID: $[kid]
  AWS_SECRET_ACCESS_KEY: $[sec]
  IMAGE: $CI_REGISTRY_IMAGE/edi-translator

stages: [test, build, deploy]

test:
  stage: test
  image: python:3.12
  script:
    - pip install -r requirements-dev.txt
    - pytest -q

build:
  stage: build
  image: docker:26
  services: [docker:26-dind]
  script:
    - docker build -t "$IMAGE:$CI_COMMIT_SHORT_SHA" .
    - docker push "$IMAGE:$CI_COMMIT_SHORT_SHA"

deploy:
  stage: deploy
  image: amazon/aws-cli:2.15.30
  script:
    - aws ecs update-service --cluster edi --service translator --force-new-deployment
  only: [main]
""", kid=kid, sec=sec), sec, "GitLab CI/CD variables in .gitlab-ci.yml; AWS access keys")

    key = azure_storage_key()
    add("appsettings", "azure-storage-key", "src/DocumentCapture/appsettings.Production.json", fill(r"""
{
  "Logging": { "LogLevel": { "Default": "Warning" } },
  "ConnectionStrings": {
    "BolImages": "DefaultEndpointsProtocol=https;AccountName=ridgelinebolprod;AccountKey=$[key];EndpointSuffix=core.windows.net"
  },
  "DocumentCapture": {
    "Container": "bol-images",
    "OcrProvider": "AzureFormRecognizer",
    "MaxPagesPerDocument": 12
  }
}
""", key=key), key, "Azure Storage connection string: AccountKey")

    pem = pkcs8_key()
    escaped = pem.replace("\n", "\\n")
    add("gcp-json", "gcp-service-account-key", "analytics/keys/lane-analytics-sa.json", fill(r"""
{
  "type": "service_account",
  "project_id": "ridgeline-lanes",
  "private_key_id": "$[kid]",
  "private_key": "$[pk]\n",
  "client_email": "lane-analytics@ridgeline-lanes.iam.gserviceaccount.com",
  "client_id": "$[cid]",
  "auth_uri": "https://accounts.google.com/o/oauth2/auth",
  "token_uri": "https://oauth2.googleapis.com/token",
  "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",
  "client_x509_cert_url": "https://www.googleapis.com/robot/v1/metadata/x509/lane-analytics%40ridgeline-lanes.iam.gserviceaccount.com",
  "universe_domain": "googleapis.com"
}
""", kid=hexs(40), pk=escaped, cid=digits(21)), escaped, "Google Cloud service account key file (JSON)")

    pw = fakes.redis_password(_seed())
    add("docker-compose", "redis-password", "deploy/compose/docker-compose.prod.yml", fill(r"""
services:
  api:
    image: ghcr.io/ridgeline/dispatch-api:3.9.0
    environment:
      REDIS_URL: redis://:$[pw]@redis:6379/0
      DATABASE_URL_FILE: /run/secrets/dispatch_db_url
    secrets:
      - dispatch_db_url
    ports:
      - "8080:8080"
  redis:
    image: redis:7.2-alpine
    command: ["redis-server", "--requirepass", "$[pw]", "--appendonly", "yes"]
    volumes:
      - redis-data:/data
secrets:
  dispatch_db_url:
    external: true
volumes:
  redis-data:
""", pw=pw), pw, "Redis requirepass and redis:// URI; Compose file")

    pw = gen_pw(22)
    add("javascript", "mongodb-password", "tracking-api/config/production.js", fill(r"""
module.exports = {
  port: 8080,
  mongo: {
    uri: 'mongodb+srv://tracking:$[pw]@cluster0.x1y2z.mongodb.net/tracking?retryWrites=true&w=majority',
    options: { maxPoolSize: 30 },
  },
  positions: {
    retentionDays: 120,
    minIntervalSeconds: 60,
  },
  cors: ['https://track.ridgelinefreight.com'],
};
""", pw=pw), pw, "MongoDB connection string URI format (mongodb+srv)")

    pw = human_pw()
    add("spring-yaml", "rabbitmq-password", "edi-router/src/main/resources/application-prod.yml", fill(r"""
spring:
  rabbitmq:
    host: mq.internal.ridgeline
    port: 5672
    username: edi-router
    password: $[pw]
    virtual-host: edi
    listener:
      simple:
        prefetch: 20
        retry:
          enabled: true
          max-attempts: 5
edi:
  queues:
    inbound-204: edi.inbound.204
    outbound-990: edi.outbound.990
    outbound-214: edi.outbound.214
""", pw=pw), pw, "Spring Boot spring.rabbitmq properties")

    kid, sec = rand(16, UPPER_DIGITS), rand(64, B64)
    add("java-properties", "confluent-api-secret", "telematics-stream/src/main/resources/kafka-client.properties", fill(r"""
# Confluent Cloud - telematics cluster (lkc-7w2q9)
bootstrap.servers=pkc-4nym6.us-east-1.aws.confluent.cloud:9092
security.protocol=SASL_SSL
sasl.mechanism=PLAIN
sasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule required username="$[kid]" password="$[sec]";
client.dns.lookup=use_all_dns_ips
session.timeout.ms=45000
acks=all
""", kid=kid, sec=sec), sec, "Confluent Cloud Java client config: SASL PLAIN JAAS with API key and secret")

    pw = words_pw()
    add("dbt-profiles", "snowflake-password", "dbt/profiles.yml", fill(r"""
freight_dw:
  target: prod
  outputs:
    prod:
      type: snowflake
      account: ab12345.us-east-2.aws
      user: DBT_PROD
      password: "$[pw]"
      role: TRANSFORMER
      database: FREIGHT
      warehouse: TRANSFORMING
      schema: ANALYTICS
      threads: 8
    dev:
      type: snowflake
      account: ab12345.us-east-2.aws
      user: "{{ env_var('DBT_USER') }}"
      authenticator: externalbrowser
      role: ANALYST
      database: FREIGHT_DEV
      warehouse: DEV_XS
      schema: "dbt_{{ env_var('DBT_USER') | lower }}"
      threads: 4
""", pw=pw), pw, "dbt profiles.yml (Snowflake adapter)")

    hook = slack_webhook()
    add("python", "slack-webhook", "alerts/uncovered_loads.py", fill(r'''
"""Post loads that are still uncovered two hours before pickup to #carrier-sales."""
import datetime as dt

import psycopg2
import requests

SLACK_WEBHOOK = "$[hook]"


def uncovered(conn) -> list:
    with conn.cursor() as cur:
        cur.execute("""SELECT load_number, origin, destination, pickup_at FROM loads
                       WHERE status = 'OPEN' AND pickup_at < now() + interval '2 hours'""")
        return cur.fetchall()


def main() -> None:
    conn = psycopg2.connect("dbname=tms host=tms-ro.internal user=alerts")
    rows = uncovered(conn)
    if rows:
        lines = [f"*{n}* {o} -> {d} pickup {p:%H:%M}" for n, o, d, p in rows]
        requests.post(SLACK_WEBHOOK, json={"text": ":rotating_light: uncovered\n" + "\n".join(lines)}, timeout=10)
''', hook=hook), hook, "Slack incoming webhooks URL")

    sid, tok = "AC" + hexs(32), hexs(32)
    add("ruby", "twilio-auth-token", "app/jobs/check_call_sms_job.rb", fill(r"""
require "twilio-ruby"

class CheckCallSmsJob < ApplicationJob
  queue_as :default

  TWILIO_ACCOUNT_SID = "$[sid]"
  TWILIO_AUTH_TOKEN = "$[tok]"
  FROM_NUMBER = "+13125550199"

  def perform(load_id)
    load = Load.find(load_id)
    client = Twilio::REST::Client.new(TWILIO_ACCOUNT_SID, TWILIO_AUTH_TOKEN)
    client.messages.create(
      from: FROM_NUMBER,
      to: load.driver_phone,
      body: "Ridgeline check call for load #{load.number}: reply with your city and ETA."
    )
  end
end
""", sid=sid, tok=tok), tok, "twilio-ruby: account SID and auth token")

    key = sendgrid_key()
    add("php", "sendgrid-key", "app/Mail/RateConfirmationMailer.php", fill(r"""
<?php

namespace App\Mail;

use SendGrid\Mail\Mail;

class RateConfirmationMailer
{
    public function send(string $carrierEmail, string $loadNumber, string $pdfPath): int
    {
        $email = new Mail();
        $email->setFrom('ratecons@ridgelinefreight.com', 'Ridgeline Freight');
        $email->setSubject("Rate confirmation - load {$loadNumber}");
        $email->addTo($carrierEmail);
        $email->addContent('text/plain', 'Please sign and return the attached rate confirmation.');
        $email->addAttachment(base64_encode(file_get_contents($pdfPath)), 'application/pdf', "RC-{$loadNumber}.pdf");

        $sendgrid = new \SendGrid('$[key]');
        return $sendgrid->send($email)->statusCode();
    }
}
""", key=key), key, "SendGrid API keys (SG. prefix); sendgrid-php")

    key = fakes.openai_key(_seed())
    add("notebook", "openai-key", "notebooks/ratecon_extraction.ipynb", notebook([
        ("markdown", "# Rate confirmation extraction\nPull shipper, lanes, rate and accessorials out of scanned rate cons."),
        ("code", fill(r"""
from openai import OpenAI
import pdfplumber

client = OpenAI(api_key="$[key]")
""", key=key)),
        ("code", r"""
with pdfplumber.open("samples/ratecon_RDGL884120.pdf") as pdf:
    text = "\n".join(page.extract_text() for page in pdf.pages)
resp = client.chat.completions.create(
    model="gpt-4o-mini",
    messages=[{"role": "system", "content": "Return JSON with shipper, origin, destination, rate, accessorials."},
              {"role": "user", "content": text}],
)
print(resp.choices[0].message.content)
"""),
    ]), key, "OpenAI API keys (sk-proj-); Jupyter notebook")

    key = hexs(32)
    add("helm-values", "datadog-api-key", "deploy/helm/datadog/values-prod.yaml", fill(r"""
datadog:
  apiKey: $[key]
  site: datadoghq.com
  clusterName: ridgeline-prod
  logs:
    enabled: true
    containerCollectAll: true
  apm:
    portEnabled: true
  tags:
    - "team:platform"
    - "env:prod"
clusterAgent:
  enabled: true
  replicas: 2
""", key=key), key, "Datadog Helm chart values: datadog.apiKey")

    tok = fakes.fake("npm_", 36, _seed())
    add("npmrc", "npm-token", "tracking-api/.npmrc", fill(r"""
registry=https://registry.npmjs.org/
@ridgeline:registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=$[tok]
save-exact=true
engine-strict=true
fund=false
""", tok=tok), tok, "npm config: _authToken; npm granular access tokens (npm_)")

    tok = fakes.pypi_token(_seed())
    add("pypirc", "pypi-token", "edi-tools/.pypirc", fill(r"""
[distutils]
index-servers =
    pypi
    internal

[pypi]
username = __token__
password = $[tok]

[internal]
repository = https://pypi.ridgeline.internal/simple/
username = ci
""", tok=tok), tok, "PyPI .pypirc with API token")

    pw = human_pw()
    add("jenkinsfile", "ssh-password", "Jenkinsfile", fill(r"""
pipeline {
  agent { label 'linux' }
  options { timestamps() }
  stages {
    stage('Build maps') {
      steps {
        sh './gradlew :edi-maps:build'
      }
    }
    stage('Deploy maps') {
      when { branch 'main' }
      steps {
        sh 'sshpass -p "$[pw]" scp -o StrictHostKeyChecking=no edi-maps/build/maps/*.map edideploy@edi-prod01:/opt/edi/maps/'
        sh 'sshpass -p "$[pw]" ssh edideploy@edi-prod01 sudo systemctl restart edi-translator'
      }
    }
  }
  post {
    failure { mail to: 'edi-team@ridgelinefreight.com', subject: "EDI maps deploy failed #${env.BUILD_NUMBER}", body: env.BUILD_URL }
  }
}
""", pw=pw), pw, "Jenkins declarative pipeline; sshpass -p")

    tok = fakes.telegram_token(_seed())
    add("toml", "telegram-bot-token", "dispatch-bot/config.toml", fill(r"""
# dispatch-bot: posts HOS warnings and late pickups to the night dispatch group
[telegram]
bot_token = "$[tok]"
chat_id = -1001877420193
parse_mode = "HTML"

[samsara]
token_env = "SAMSARA_API_TOKEN"
hos_warning_minutes = 45

[schedule]
late_pickup_check = "*/10 * * * *"
""", tok=tok), tok, "Telegram Bot API token; TOML config")

    tok = mapbox_token("sk", "ridgeline-mobile")
    add("gradle-properties", "mapbox-secret-token", "driver-app/gradle.properties", fill(r"""
org.gradle.jvmargs=-Xmx4g -Dfile.encoding=UTF-8
android.useAndroidX=true
android.nonTransitiveRClass=true
kotlin.code.style=official
# secret token with DOWNLOADS:READ, needed to pull the Navigation SDK from api.mapbox.com
MAPBOX_DOWNLOADS_TOKEN=$[tok]
""", tok=tok), tok, "Mapbox secret access tokens (sk.) for SDK downloads")

    key = google_key()
    add("python", "google-maps-key", "pricing/mileage.py", fill(r"""
import functools

import googlemaps

gmaps = googlemaps.Client(key="$[key]")


@functools.lru_cache(maxsize=20000)
def road_miles(origin: str, destination: str) -> float:
    res = gmaps.distance_matrix(origin, destination, mode="driving", units="imperial", avoid="ferries")
    element = res["rows"][0]["elements"][0]
    if element["status"] != "OK":
        raise ValueError(f"no route {origin} -> {destination}: {element['status']}")
    return element["distance"]["value"] / 1609.344
""", key=key), key, "Google Maps Platform API key (server side, Distance Matrix)")

    key = rand(43, URLSAFE)
    add("typescript", "here-api-key", "routing/src/here.ts", fill(r"""
// Truck routing with HERE Routing API v8 (hazmat and height restrictions)
const HERE_API_KEY = '$[key]';

export async function truckRoute(origin: string, destination: string, heightCm = 410): Promise<unknown> {
  const params = new URLSearchParams({
    transportMode: 'truck',
    origin,
    destination,
    'vehicle[height]': String(heightCm),
    'vehicle[grossWeight]': '36287',
    return: 'summary,polyline',
    apikey: HERE_API_KEY,
  });
  const res = await fetch(`https://router.hereapi.com/v8/routes?${params}`);
  if (!res.ok) throw new Error(`HERE routing ${res.status}`);
  return res.json();
}
""", key=key), key, "HERE Routing API v8: apikey parameter")

    key = hexs(32).upper()
    add("vba", "pcmiler-key", "excel/RateSheet/Mileage.bas", fill(r'''
Attribute VB_Name = "Mileage"
Option Explicit

Private Const PCM_KEY As String = "$[key]"
Private Const PCM_URL As String = "https://pcmiler.alk.com/apis/rest/v1.0/Service.svc/route/routeReports"

Public Function TruckMiles(origin As String, dest As String) As Double
    Dim http As Object, url As String, body As String
    Set http = CreateObject("MSXML2.XMLHTTP")
    url = PCM_URL & "?stops=" & origin & ";" & dest & "&reports=Mileage&vehType=0&authToken=" & PCM_KEY
    http.Open "GET", url, False
    http.send
    body = http.responseText
    TruckMiles = Val(Split(Split(body, """TMiles"":")(1), ",")(0))
End Function
''', key=key), key, "PC*MILER Web Services (Trimble Maps) authToken; VBA module")

    pw = gen_pw(24)
    add("docker-config", "registry-password", "deploy/.docker/config.json", fill(r"""
{
  "auths": {
    "harbor.ridgeline.internal": {
      "auth": "$[auth]"
    },
    "ghcr.io": {}
  },
  "credsStore": "",
  "HttpHeaders": {
    "User-Agent": "Docker-Client/26.0.0 (linux)"
  }
}
""", auth=b64("robot$edi-deployer:" + pw)), pw, "Docker config.json auths (base64 user:password)")

    tok = fakes.github_token(_seed())
    add("git-credentials", "github-token", "ops/ci-runner/.git-credentials", fill(r"""
https://ridgeline-bot:$[tok]@github.com
https://ci:$[gl]@gitlab.ridgeline.internal
https://buildsvc:$[bb]@bitbucket.org
https://edi-ops:$[ado]@dev.azure.com
https://deploy:$[gh2]@git.ridgeline.internal
""", tok=tok, gl="glpat-" + rand(20, URLSAFE), bb=mixed(20), ado=rand(52, string.ascii_lowercase + "234567"),
        gh2=mixed(18)), tok, "git-credential-store file format")

    pw = gen_pw(20)
    add("pgpass", "postgres-password", "ops/etl/.pgpass", fill(r"""
# hostname:port:database:username:password
dw.internal:5432:freight_dw:etl_loader:$[pw]
dw.internal:5432:freight_dw:etl_reader:*
tms-ro.internal:5432:tms:alerts:$[pw2]
localhost:5432:*:postgres:postgres
""", pw=pw, pw2=gen_pw(20)), pw, "libpq password file (.pgpass)")

    pw = human_pw()
    add("netrc", "macropoint-password", "ops/tracking/.netrc", fill(r"""
machine macropoint-lite.com
  login ridgeline_mp
  password $[pw]

machine api.fourkites.com
  login ridgeline
  password $[pw2]
""", pw=pw, pw2=gen_pw(16)), pw, "netrc(5) machine/login/password")

    pw = human_pw()
    add("nginx", "basic-auth", "deploy/nginx/conf.d/lme-proxy.conf", fill(r"""
upstream lme {
    server lme.ridgelinefreight.com:5790;
    keepalive 16;
}

server {
    listen 443 ssl;
    server_name lme-proxy.ridgeline.internal;
    ssl_certificate     /etc/nginx/tls/lme-proxy.crt;
    ssl_certificate_key /etc/nginx/tls/lme-proxy.key;

    location /ws/ {
        proxy_pass https://lme/ws/;
        proxy_set_header Authorization "Basic $[basic]";
        proxy_set_header Host lme.ridgelinefreight.com;
        proxy_read_timeout 120s;
    }
}
""", basic=b64("svc_portal:" + pw)), pw, "nginx proxy_set_header Authorization Basic (RFC 7617)")

    tok = samsara_token()
    add("systemd", "samsara-token", "deploy/systemd/eld-ingest.service", fill(r"""
[Unit]
Description=ELD ingest (Samsara -> Kafka)
After=network-online.target
Wants=network-online.target

[Service]
User=eld
Environment=SAMSARA_API_TOKEN=$[tok]
Environment=KAFKA_BOOTSTRAP=kafka01.internal:9092,kafka02.internal:9092
ExecStart=/opt/eld-ingest/bin/eld-ingest --poll 30s
Restart=always
RestartSec=5

[Install]
WantedBy=multi-user.target
""", tok=tok), tok, "systemd.exec Environment=")

    pw = gen_pw(18)
    add("supervisor", "postgres-password", "deploy/supervisor/edi-translator.conf", fill(r"""
[program:edi-translator]
command=/opt/edi/venv/bin/python -m translator.worker --queue edi.inbound
directory=/opt/edi
user=edi
numprocs=2
process_name=%(program_name)s_%(process_num)02d
autorestart=true
environment=DATABASE_URL="postgresql://edi:$[pw]@db01.internal:5432/edi",EDI_ENV="prod"
stdout_logfile=/var/log/edi/translator.log
stderr_logfile=/var/log/edi/translator.err
""", pw=pw), pw, "Supervisor program environment; PostgreSQL URI")


def _platform_b() -> None:
    pw = human_pw()
    add("serverless", "rmis-password", "carrier-onboarding/serverless.yml", fill(r"""
service: carrier-onboarding
frameworkVersion: "3"

provider:
  name: aws
  runtime: python3.12
  region: us-east-2
  environment:
    HIGHWAY_API_TOKEN: ${ssm:/onboarding/highway_api_token}
    RMIS_USER: rdgl_api
    RMIS_PASSWORD: $[pw]
    CARRIERS_TABLE: ${self:service}-${sls:stage}-carriers

functions:
  onboard:
    handler: handler.onboard
    events:
      - httpApi: "POST /carriers"
  nightlyMonitor:
    handler: handler.monitor
    events:
      - schedule: cron(0 8 * * ? *)
""", pw=pw), pw, "Serverless Framework provider.environment")

    pw = gen_pw(24)
    add("cloudformation", "rds-password", "infra/cfn/tms-reporting-db.yaml", fill(r"""
AWSTemplateFormatVersion: "2010-09-09"
Description: Reporting replica for the TMS (pricing and finance dashboards)
Parameters:
  DbMasterUser:
    Type: String
    Default: rptadmin
  DbMasterPassword:
    Type: String
    NoEcho: true
    Default: $[pw]
Resources:
  ReportingDb:
    Type: AWS::RDS::DBInstance
    Properties:
      Engine: postgres
      EngineVersion: "16.2"
      DBInstanceClass: db.r6g.large
      AllocatedStorage: "200"
      MasterUsername: !Ref DbMasterUser
      MasterUserPassword: !Ref DbMasterPassword
      StorageEncrypted: true
      DeletionProtection: true
""", pw=pw), pw, "CloudFormation parameter Default with NoEcho")

    pw = human_pw()
    add("azure-pipelines", "truckstop-password", "azure-pipelines.yml", fill(r"""
trigger:
  branches:
    include: [main]

pool:
  vmImage: windows-latest

variables:
  buildConfiguration: Release
  TruckstopUser: ridgeline_posting
  TruckstopPassword: '$[pw]'

steps:
  - task: NuGetCommand@2
    inputs:
      restoreSolution: '**/*.sln'
  - task: VSBuild@1
    inputs:
      solution: '**/*.sln'
      configuration: $(buildConfiguration)
  - task: VSTest@2
    inputs:
      testSelector: testAssemblies
      testAssemblyVer2: '**\*IntegrationTests.dll'
    env:
      TRUCKSTOP_USER: $(TruckstopUser)
      TRUCKSTOP_PASSWORD: $(TruckstopPassword)
""", pw=pw), pw, "Azure Pipelines YAML variables")

    pw = gen_pw(16)
    add("bitbucket-pipelines", "sftp-password", "bitbucket-pipelines.yml", fill(r"""
image: node:20

pipelines:
  branches:
    main:
      - step:
          name: Build carrier portal
          caches: [node]
          script:
            - npm ci
            - npm run build
          artifacts: [dist/**]
      - step:
          name: Deploy to web01
          deployment: production
          script:
            - pipe: atlassian/sftp-deploy:0.10.0
              variables:
                USER: portaldeploy
                SERVER: web01.ridgelinefreight.com
                REMOTE_PATH: /var/www/carrier-portal
                LOCAL_PATH: dist/*
                PASSWORD: '$[pw]'
""", pw=pw), pw, "Bitbucket Pipelines; atlassian/sftp-deploy pipe variables")

    tok = slack_bot()
    add("circleci", "slack-bot-token", ".circleci/config.yml", fill(r"""
version: 2.1

orbs:
  slack: circleci/slack@4.13.1

jobs:
  test:
    docker:
      - image: cimg/python:3.12
    environment:
      SLACK_ACCESS_TOKEN: $[tok]
      SLACK_DEFAULT_CHANNEL: C05EDIALERTS
    steps:
      - checkout
      - run: pip install -r requirements-dev.txt
      - run: pytest -q
      - slack/notify:
          event: fail
          template: basic_fail_1

workflows:
  main:
    jobs: [test]
""", tok=tok), tok, "CircleCI config; Slack bot token (xoxb-)")

    pw = words_pw()
    add("logstash", "sqlserver-password", "deploy/logstash/pipeline/lme-loads.conf", fill(r"""
input {
  jdbc {
    jdbc_driver_library => "/usr/share/logstash/drivers/mssql-jdbc-12.6.1.jre11.jar"
    jdbc_driver_class => "com.microsoft.sqlserver.jdbc.SQLServerDriver"
    jdbc_connection_string => "jdbc:sqlserver://sql-lme01.corp.local:1433;databaseName=lme_prod;encrypt=true;trustServerCertificate=true"
    jdbc_user => "elk_reader"
    jdbc_password => "$[pw]"
    schedule => "*/5 * * * *"
    statement => "SELECT id, status, ordered_date, revenue_code_id FROM orders WHERE changed_date > :sql_last_value"
    use_column_value => true
    tracking_column => "changed_date"
    tracking_column_type => "timestamp"
  }
}
output {
  elasticsearch {
    hosts => ["https://es01.internal:9200"]
    index => "lme-orders-%{+YYYY.MM}"
  }
}
""", pw=pw), pw, "Logstash jdbc input plugin: jdbc_password")

    pw = gen_pw(20)
    add("fluent-bit", "http-password", "deploy/fluent-bit/fluent-bit.conf", fill(r"""
[SERVICE]
    Flush        5
    Log_Level    info
    Parsers_File parsers.conf

[INPUT]
    Name   tail
    Path   /var/log/eld-ingest/*.log
    Tag    eld.*
    Parser json

[OUTPUT]
    Name        http
    Match       eld.*
    Host        logs.ridgeline.internal
    Port        443
    URI         /ingest/eld
    Format      json
    tls         On
    http_User   fluent
    http_Passwd $[pw]
""", pw=pw), pw, "Fluent Bit http output: http_User and http_Passwd")

    pw = words_pw("!*%")
    add("sql", "sqlserver-password", "db/migrations/2024_02_pricing_ro_login.sql", fill(r"""
-- 2024-02 reporting access for the pricing team (LME read replica)
USE [master];
GO
CREATE LOGIN [pricing_ro] WITH PASSWORD = N'$[pw]', CHECK_POLICY = ON, DEFAULT_DATABASE = [lme_prod];
GO
USE [lme_prod];
GO
CREATE USER [pricing_ro] FOR LOGIN [pricing_ro];
ALTER ROLE db_datareader ADD MEMBER [pricing_ro];
DENY SELECT ON SCHEMA::payroll TO [pricing_ro];
GO
""", pw=pw), pw, "T-SQL CREATE LOGIN WITH PASSWORD")

    pw = passphrase()
    add("sql", "postgres-password", "db/roles/V12__dat_sync_role.sql", fill(r"""
-- Role for the DAT posting sync (reads open loads, writes posting ids)
CREATE ROLE dat_sync WITH LOGIN PASSWORD '$[pw]' CONNECTION LIMIT 5;
GRANT USAGE ON SCHEMA loadboard TO dat_sync;
GRANT SELECT ON loadboard.open_loads TO dat_sync;
GRANT SELECT, INSERT, UPDATE ON loadboard.postings TO dat_sync;
ALTER ROLE dat_sync SET statement_timeout = '30s';
""", pw=pw), pw, "PostgreSQL CREATE ROLE ... PASSWORD")

    pw = human_pw()
    add("odbc-ini", "sqlserver-password", "ops/reporting/odbc.ini", fill(r"""
[ODBC Data Sources]
LME_PROD = ODBC Driver 18 for SQL Server

[LME_PROD]
Driver = ODBC Driver 18 for SQL Server
Description = McLeod LoadMaster production (reporting)
Server = tcp:sql-lme01.corp.local,1433
Database = lme_prod
UID = rpt_odbc
PWD = $[pw]
Encrypt = yes
TrustServerCertificate = yes
""", pw=pw), pw, "unixODBC odbc.ini DSN; SQL Server driver keywords")

    key = uuid_s()
    add("makefile", "motive-api-key", "fleet-tools/Makefile", fill(r"""
MOTIVE_API_KEY := $[key]
MOTIVE_BASE := https://api.keeptruckin.com/v1
OUT := out

.PHONY: vehicles drivers clean

vehicles: | $(OUT)
	curl -sf -H "X-Api-Key: $(MOTIVE_API_KEY)" "$(MOTIVE_BASE)/vehicles?per_page=100" > $(OUT)/vehicles.json

drivers: | $(OUT)
	curl -sf -H "X-Api-Key: $(MOTIVE_API_KEY)" "$(MOTIVE_BASE)/users?role=driver&per_page=100" > $(OUT)/drivers.json

$(OUT):
	mkdir -p $(OUT)

clean:
	rm -rf $(OUT)
""", key=key), key, "GNU make variables; Motive X-Api-Key")

    pw = human_pw()
    add("powershell", "windows-password", "ops/Restart-LoadMaster.ps1", fill(r"""
# Restart the LoadMaster app services after the Sunday patch window.
param([string[]]$Servers = @("lme-app01", "lme-app02"))

$pw = ConvertTo-SecureString "$[pw]" -AsPlainText -Force
$cred = New-Object System.Management.Automation.PSCredential ("CORP\svc_mcleod", $pw)

foreach ($s in $Servers) {
    Invoke-Command -ComputerName $s -Credential $cred -ScriptBlock {
        Get-Service -Name "LoadMaster*" | Restart-Service -Force
        Get-Service -Name "LoadMaster*" | Select-Object Name, Status
    }
}
""", pw=pw), pw, "PowerShell ConvertTo-SecureString -AsPlainText; PSCredential")

    kid, sec = aws_id(), aws_secret()
    add("kotlin", "aws-secret-key", "driver-app/app/src/main/java/com/ridgeline/driver/upload/BolUploader.kt", fill(r"""
package com.ridgeline.driver.upload

import com.amazonaws.auth.BasicAWSCredentials
import com.amazonaws.regions.Region
import com.amazonaws.regions.Regions
import com.amazonaws.services.s3.AmazonS3Client
import java.io.File

class BolUploader {
    private val s3 = AmazonS3Client(
        BasicAWSCredentials("$[kid]", "$[sec]"),
        Region.getRegion(Regions.US_EAST_2),
    )

    fun upload(loadNumber: String, photo: File): String {
        val key = "bol/$loadNumber/${photo.name}"
        s3.putObject("ridgeline-driver-docs", key, photo)
        return key
    }
}
""", kid=kid, sec=sec), sec, "AWS SDK for Android BasicAWSCredentials")

    tok = jwt({"sub": "svc-dispatch-board", "aud": "dispatch-api", "roles": ["loads:read", "loads:write"],
               "iat": 1704067200, "exp": 1893456000})
    add("http", "jwt-bearer", "dispatch-api/requests/loads.http", fill(r"""
@host = https://dispatch-api.ridgeline.internal
@token = $[tok]

### open loads for today
GET {{host}}/v2/loads?status=OPEN&pickupDate=2024-04-16
Authorization: Bearer {{token}}

### assign a carrier
PATCH {{host}}/v2/loads/RDGL884120
Authorization: Bearer {{token}}
Content-Type: application/json

{ "carrierId": "BMTL", "rateCents": 185000 }
""", tok=tok), tok, "REST Client variables; JWT bearer token (RFC 7519)")

    key = fakes.django_secret_key(_seed())
    add("python", "django-secret-key", "carrier_portal/settings/production.py", fill(r"""
from .base import *  # noqa: F401,F403

DEBUG = False
SECRET_KEY = "$[key]"
ALLOWED_HOSTS = ["carriers.ridgelinefreight.com"]
CSRF_TRUSTED_ORIGINS = ["https://carriers.ridgelinefreight.com"]

DATABASES["default"]["HOST"] = "carrier-portal-db.internal"  # noqa: F405
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
SECURE_HSTS_SECONDS = 31536000
""", key=key), key, "Django settings SECRET_KEY")

    pws = [gen_pw(12) for _ in range(4)]
    add("csv", "portal-password", "data/onboarding/portal_invites_2024-04.csv", fill(r"""
carrier_name,mc_number,contact_email,portal_username,temp_password,created
Blue Mesa Transport LLC,MC-884213,dispatch@bluemesatransport.com,bluemesa,$[p0],2024-04-02
Prairie Wind Carriers Inc,MC-651190,ops@prairiewindcarriers.com,prairiewind,$[p1],2024-04-03
Three Rivers Hauling,MC-1102874,loads@threerivershauling.com,threerivers,$[p2],2024-04-05
Cardinal Reefer Express,MC-903318,cre.dispatch@cardinalreefer.com,cardinalreefer,$[p3],2024-04-09
""", p0=pws[0], p1=pws[1], p2=pws[2], p3=pws[3]), pws[1], "CSV export of carrier portal invitations with passwords")

    pw = gen_pw(22)
    add("tfvars", "rds-password", "infra/envs/prod/terraform.tfvars", fill(r"""
environment       = "prod"
region            = "us-east-2"
vpc_cidr          = "10.40.0.0/16"
db_instance_class = "db.r6g.large"
db_username       = "tmsadmin"
db_password       = "$[pw]"
db_multi_az       = true
alb_certificate   = "arn:aws:acm:us-east-2:381492006127:certificate/$[cert]"
""", pw=pw, cert=uuid_s()), pw, "Terraform .tfvars variable definitions")

    tok = fakes.github_token(_seed())
    add("dockerfile", "github-token", "edi-translator/Dockerfile", fill(r"""
FROM python:3.12-slim AS build
ARG GH_TOKEN=$[tok]
WORKDIR /src
COPY requirements.txt .
RUN pip wheel --wheel-dir /wheels -r requirements.txt \
 && pip wheel --wheel-dir /wheels "git+https://${GH_TOKEN}@github.com/ridgeline/x12-maps.git@v4.2.0"

FROM python:3.12-slim
COPY --from=build /wheels /wheels
RUN pip install --no-index --find-links /wheels /wheels/*.whl && rm -rf /wheels
COPY translator/ /app/translator/
WORKDIR /app
USER 10001
CMD ["python", "-m", "translator.worker"]
""", tok=tok), tok, "Dockerfile ARG default; GitHub personal access token (ghp_)")

    pw = human_pw()
    add("notebook", "postgres-password", "notebooks/lane_margin_q1.ipynb", notebook([
        ("markdown", "# Lane margin, Q1 2024\nGross margin per lane (origin state -> destination state), brokered loads only."),
        ("code", fill(r"""
import pandas as pd
from sqlalchemy import create_engine

engine = create_engine("postgresql+psycopg2://analyst:$[pw]@dw.internal:5432/freight_dw")
""", pw=pw)),
        ("code", r"""
df = pd.read_sql('''
    SELECT origin_state, dest_state, count(*) AS loads,
           sum(revenue - carrier_pay) / nullif(sum(revenue), 0) AS margin
    FROM brokered_loads
    WHERE delivered_at >= '2024-01-01' AND delivered_at < '2024-04-01'
    GROUP BY 1, 2 HAVING count(*) >= 20
''', engine)
df.sort_values("margin").head(15)
"""),
    ]), pw, "SQLAlchemy database URL; Jupyter notebook")

    pw = gen_pw(20)
    add("helm-values", "postgres-password", "deploy/helm/tms-api/values-prod.yaml", fill(r"""
image:
  repository: ghcr.io/ridgeline/tms-api
  tag: "5.2.1"
ingress:
  enabled: true
  hosts:
    - host: tms-api.ridgelinefreight.com
      paths: ["/"]
postgresql:
  enabled: true
  auth:
    username: tms
    password: $[pw]
    database: tms
  primary:
    persistence:
      size: 100Gi
""", pw=pw), pw, "Bitnami PostgreSQL chart values: auth.password")

    pw = human_pw()
    add("ansible-inventory", "winrm-password", "ansible/inventory/edi.ini", fill(r"""
[edi_windows]
edi-win01.corp.local
edi-win02.corp.local

[edi_windows:vars]
ansible_user=CORP\svc_ansible
ansible_password=$[pw]
ansible_connection=winrm
ansible_winrm_transport=ntlm
ansible_winrm_server_cert_validation=ignore

[edi_linux]
edi-prod01.internal ansible_user=deploy
""", pw=pw), pw, "Ansible INI inventory; ansible_password for WinRM")

    hook = slack_webhook()
    add("github-actions", "slack-webhook", ".github/workflows/deploy-edi-maps.yml", fill(r"""
name: deploy-edi-maps
on:
  push:
    branches: [main]
    paths: ["edi-maps/**"]
jobs:
  deploy:
    runs-on: [self-hosted, edi]
    steps:
      - uses: actions/checkout@v4
      - run: ./gradlew :edi-maps:build
      - run: sudo /opt/edi/bin/install-maps edi-maps/build/maps
      - name: Notify #edi
        if: always()
        run: |
          curl -sf -X POST -H 'Content-type: application/json' \
            --data "{\"text\":\"EDI maps deploy ${{ job.status }} (${GITHUB_SHA::8})\"}" \
            $[hook]
""", hook=hook), hook, "GitHub Actions; Slack incoming webhook URL")

    sec = azure_client_secret()
    add("terraform", "azure-client-secret", "infra/azure/providers.tf", fill(r"""
terraform {
  required_providers {
    azurerm = {
      source  = "hashicorp/azurerm"
      version = "~> 3.100"
    }
  }
}

provider "azurerm" {
  features {}
  subscription_id = "$[sub]"
  tenant_id       = "$[ten]"
  client_id       = "$[cid]"
  client_secret   = "$[sec]"
}
""", sub=uuid_s(), ten=uuid_s(), cid=uuid_s(), sec=sec), sec, "Terraform azurerm provider: service principal client_secret")

    key = b64_bytes(32)
    add("local-settings-json", "servicebus-key", "EdiFunctions/local.settings.json", fill(r"""
{
  "IsEncrypted": false,
  "Values": {
    "AzureWebJobsStorage": "UseDevelopmentStorage=true",
    "FUNCTIONS_WORKER_RUNTIME": "dotnet-isolated",
    "EdiServiceBus": "Endpoint=sb://ridgeline-edi.servicebus.windows.net/;SharedAccessKeyName=edi-functions;SharedAccessKey=$[key]",
    "Inbound214Queue": "edi-inbound-214",
    "TmsBaseUrl": "https://tms-api.ridgelinefreight.com"
  }
}
""", key=key), key, "Azure Functions local.settings.json; Service Bus SAS connection string")

    pw = words_pw()
    add("go", "sftp-password", "internal/transfer/partner.go", fill(r"""
package transfer

import (
	"fmt"

	"github.com/pkg/sftp"
	"golang.org/x/crypto/ssh"
)

// dialPartner opens the SFTP session to Midwest Grocers for 204 pickup.
func dialPartner() (*sftp.Client, error) {
	cfg := &ssh.ClientConfig{
		User:            "ridgeline",
		Auth:            []ssh.AuthMethod{ssh.Password("$[pw]")},
		HostKeyCallback: ssh.InsecureIgnoreHostKey(),
	}
	conn, err := ssh.Dial("tcp", "edi.midwestgrocers.com:22", cfg)
	if err != nil {
		return nil, fmt.Errorf("dial partner: %w", err)
	}
	return sftp.NewClient(conn)
}
""", pw=pw), pw, "golang.org/x/crypto/ssh Password auth; pkg/sftp")



# --------------------------------------------------------------------------------------------
# Platform decoys: references, placeholders, public values, hashes and ids
# --------------------------------------------------------------------------------------------
def _platform_decoys() -> None:
    add("docker-compose", "decoy-env-ref", "deploy/compose/docker-compose.dev.yml", r"""
services:
  db:
    image: postgres:16
    environment:
      POSTGRES_USER: tms
      POSTGRES_PASSWORD: ${POSTGRES_PASSWORD:?set POSTGRES_PASSWORD in .env}
      POSTGRES_DB: tms
  api:
    build: .
    env_file: .env
    environment:
      DATABASE_URL: postgres://tms:${POSTGRES_PASSWORD}@db:5432/tms
      SAMSARA_API_TOKEN: ${SAMSARA_API_TOKEN:-}
    depends_on: [db]
""".lstrip("\n"), None, "Compose variable interpolation")

    add("k8s", "decoy-external-secret", "deploy/k8s/telematics/samsara-externalsecret.yaml", r"""
apiVersion: external-secrets.io/v1beta1
kind: ExternalSecret
metadata:
  name: samsara-token
  namespace: telematics
spec:
  refreshInterval: 1h
  secretStoreRef:
    kind: ClusterSecretStore
    name: aws-secrets-manager
  target:
    name: samsara-token
  data:
    - secretKey: SAMSARA_API_TOKEN
      remoteRef:
        key: prod/telematics/samsara
        property: api_token
""".lstrip("\n"), None, "External Secrets Operator ExternalSecret")

    add("k8s-secret", "decoy-template", "deploy/k8s/edi/sftp-secret.template.yaml", r"""
# Template only: render with `envsubst < sftp-secret.template.yaml | kubectl apply -f -`
apiVersion: v1
kind: Secret
metadata:
  name: partner-sftp
  namespace: edi
type: Opaque
stringData:
  SFTP_HOST: edi.midwestgrocers.com
  SFTP_USER: ridgeline
  SFTP_PASSWORD: ${SFTP_PASSWORD}
  VAN_PASSWORD: changeme
""".lstrip("\n"), None, "envsubst template for a Kubernetes Secret; changeme placeholder")

    add("github-actions", "decoy-secrets-ref", ".github/workflows/hos-sync.yml", r"""
name: hos-sync
on:
  schedule:
    - cron: "0 * * * *"
jobs:
  sync:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-python@v5
        with:
          python-version: "3.12"
      - run: pip install -r dispatch/requirements.txt
      - run: python -m dispatch.hos_sync
        env:
          SAMSARA_API_TOKEN: ${{ secrets.SAMSARA_API_TOKEN }}
          DISPATCH_DB_URL: ${{ secrets.DISPATCH_DB_URL }}
          GITHUB_TOKEN: ${{ github.token }}
""".lstrip("\n"), None, "GitHub Actions secrets context")

    add("gitlab-ci", "decoy-masked-vars", "ci/rating.gitlab-ci.yml", r"""
# Variables FEDEX_CLIENT_SECRET, UPS_CLIENT_SECRET and ESTES_PASSWORD are masked and protected
# project variables (Settings > CI/CD > Variables); nothing secret lives in this file.
rating:contract-tests:
  stage: test
  image: python:3.12
  variables:
    RATING_ENV: sandbox
  script:
    - test -n "$FEDEX_CLIENT_SECRET"
    - pytest -q rating/tests/contract --carrier fedex --carrier ups
  rules:
    - if: $CI_PIPELINE_SOURCE == "schedule"
""".lstrip("\n"), None, "GitLab CI masked project variables")

    add("jenkinsfile", "decoy-credentials-binding", "edi-maps/Jenkinsfile", r"""
pipeline {
  agent { label 'linux' }
  stages {
    stage('Deploy maps') {
      steps {
        withCredentials([sshUserPrivateKey(credentialsId: 'edi-prod-deploy', keyFileVariable: 'KEY', usernameVariable: 'USER'),
                         usernamePassword(credentialsId: 'van-mailbox', usernameVariable: 'VAN_USER', passwordVariable: 'VAN_PASS')]) {
          sh 'scp -i "$KEY" edi-maps/build/maps/*.map "$USER"@edi-prod01:/opt/edi/maps/'
          sh './bin/van-ping --user "$VAN_USER" --password-env VAN_PASS'
        }
      }
    }
  }
}
""".lstrip("\n"), None, "Jenkins Credentials Binding plugin")

    add("terraform", "decoy-random-password", "infra/tms/db.tf", r"""
resource "random_password" "tms_db" {
  length           = 32
  special          = true
  override_special = "!#%*-_"
}

resource "aws_secretsmanager_secret" "tms_db" {
  name = "prod/tms/db"
}

resource "aws_secretsmanager_secret_version" "tms_db" {
  secret_id     = aws_secretsmanager_secret.tms_db.id
  secret_string = jsonencode({ username = "tmsadmin", password = random_password.tms_db.result })
}

data "aws_secretsmanager_secret_version" "samsara" {
  secret_id = "prod/telematics/samsara"
}
""".lstrip("\n"), None, "Terraform random_password and Secrets Manager resources")

    lines = "\n".join(hexs(80) for _ in range(6)) + "\n" + hexs(34)
    add("ansible", "decoy-vault-encrypted", "ansible/group_vars/edi/vault.yml", fill(r"""
$ANSIBLE_VAULT;1.1;AES256
$[lines]
""", lines=lines), None, "Ansible Vault encrypted file (ciphertext)")

    def enc(n: int) -> str:
        return f"ENC[AES256_GCM,data:{b64_bytes(n)},iv:{b64_bytes(32)},tag:{b64_bytes(16)},type:str]"
    add("sops", "decoy-encrypted", "deploy/secrets/fuel.enc.yaml", fill(r"""
wex:
    client_id: $[a]
    client_secret: $[b]
comdata:
    password: $[c]
sops:
    kms:
        - arn: arn:aws:kms:us-east-2:381492006127:key/$[kms]
          created_at: "2024-03-02T15:20:11Z"
          enc: $[ek]
          aws_profile: ""
    lastmodified: "2024-03-02T15:20:12Z"
    mac: ENC[AES256_GCM,data:$[mac],iv:$[iv],tag:$[tag],type:str]
    version: 3.8.1
""", a=enc(18), b=enc(30), c=enc(12), kms=uuid_s(), ek=b64_bytes(150), mac=b64_bytes(32), iv=b64_bytes(32),
        tag=b64_bytes(16)), None, "SOPS encrypted YAML (ENC[AES256_GCM,...])")

    add("go", "decoy-env-ref", "internal/config/config.go", r"""
package config

import (
	"fmt"
	"os"
)

type Config struct {
	SamsaraToken string
	DatabaseURL  string
	SFTPPassword string
}

func Load() (Config, error) {
	c := Config{
		SamsaraToken: os.Getenv("SAMSARA_API_TOKEN"),
		DatabaseURL:  os.Getenv("DATABASE_URL"),
		SFTPPassword: os.Getenv("PARTNER_SFTP_PASSWORD"),
	}
	if c.SamsaraToken == "" {
		return c, fmt.Errorf("SAMSARA_API_TOKEN is not set")
	}
	return c, nil
}
""".lstrip("\n"), None, "Go os.Getenv configuration")

    add("java", "decoy-property-ref", "rating/src/main/java/com/ridgeline/rating/CarrierCredentials.java", r"""
package com.ridgeline.rating;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

@Component
public class CarrierCredentials {
    @Value("${carriers.odfl.user}")
    private String odflUser;

    @Value("${carriers.odfl.password}")
    private String odflPassword;

    @Value("${carriers.rl.api-key:}")
    private String rlApiKey;

    public String odflUser() { return odflUser; }
    public String odflPassword() { return odflPassword; }
    public String rlApiKey() { return rlApiKey; }
}
""".lstrip("\n"), None, "Spring @Value property placeholders")

    add("csharp", "decoy-config-ref", "src/Onboarding/Program.cs", r"""
using Ridgeline.Onboarding;

var builder = WebApplication.CreateBuilder(args);
builder.Configuration.AddAzureKeyVault(new Uri("https://kv-onboarding-prod.vault.azure.net/"), new Azure.Identity.DefaultAzureCredential());

builder.Services.AddHttpClient<MyCarrierPacketsClient>();
builder.Services.Configure<RmisOptions>(o =>
{
    o.UserName = builder.Configuration["Rmis:UserName"]!;
    o.Password = builder.Configuration["Rmis:Password"]!;
});

var app = builder.Build();
app.MapGet("/health", () => "ok");
app.Run();
""".lstrip("\n"), None, "ASP.NET Core configuration from Azure Key Vault")

    add("postman", "decoy-variables", "postman/Samsara.postman_collection.json", fill(r"""
{
  "info": {
    "_postman_id": "$[pid]",
    "name": "Samsara fleet",
    "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"
  },
  "auth": {
    "type": "bearer",
    "bearer": [{ "key": "token", "value": "{{samsaraApiToken}}", "type": "string" }]
  },
  "item": [
    {
      "name": "List vehicles",
      "request": { "method": "GET", "url": "{{baseUrl}}/fleet/vehicles?limit=100" }
    },
    {
      "name": "HOS clocks",
      "request": { "method": "GET", "url": "{{baseUrl}}/fleet/hos/clocks" }
    }
  ],
  "variable": [{ "key": "baseUrl", "value": "https://api.samsara.com" }]
}
""", pid=uuid_s()), None, "Postman collection v2.1 with variables")

    add("http", "decoy-dotenv-ref", "rating/http/fedex.http", r"""
### FedEx OAuth token (values from .env, never committed)
POST https://apis-sandbox.fedex.com/oauth/token
Content-Type: application/x-www-form-urlencoded

grant_type=client_credentials&client_id={{$dotenv FEDEX_CLIENT_ID}}&client_secret={{$dotenv FEDEX_CLIENT_SECRET}}

### Freight LTL rate quote
POST https://apis-sandbox.fedex.com/rate/v1/freight/rates/quotes
Authorization: Bearer {{fedexToken}}
Content-Type: application/json

{ "accountNumber": { "value": "{{$dotenv FEDEX_ACCOUNT}}" } }
""".lstrip("\n"), None, "REST Client $dotenv variables")

    add("html", "decoy-sri-hash", "dispatch-board/public/index.html", fill(r"""
<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>Ridgeline dispatch board</title>
  <link rel="stylesheet" href="https://cdn.jsdelivr.net/npm/bootstrap@5.3.3/dist/css/bootstrap.min.css"
        integrity="sha384-$[h1]" crossorigin="anonymous">
  <script src="https://cdn.jsdelivr.net/npm/htmx.org@1.9.12/dist/htmx.min.js"
          integrity="sha384-$[h2]" crossorigin="anonymous"></script>
  <meta name="build" content="$[build]">
</head>
<body hx-get="/board" hx-trigger="every 30s">
  <div id="board" class="container-fluid"></div>
</body>
</html>
""", h1=b64_bytes(48), h2=b64_bytes(48), build=hexs(40)), None, "Subresource Integrity hashes (W3C SRI)")

    add("package-lock", "decoy-integrity", "tracking-api/package-lock.json", fill(r"""
{
  "name": "tracking-api",
  "version": "2.4.0",
  "lockfileVersion": 3,
  "requires": true,
  "packages": {
    "node_modules/axios": {
      "version": "1.6.8",
      "resolved": "https://registry.npmjs.org/axios/-/axios-1.6.8.tgz",
      "integrity": "sha512-$[a]"
    },
    "node_modules/mongodb": {
      "version": "6.5.0",
      "resolved": "https://registry.npmjs.org/mongodb/-/mongodb-6.5.0.tgz",
      "integrity": "sha512-$[b]"
    }
  }
}
""", a=b64_bytes(64), b=b64_bytes(64)), None, "npm package-lock integrity (sha512 SRI)")

    mods = ["github.com/pkg/sftp v1.13.6", "golang.org/x/crypto v0.22.0", "golang.org/x/oauth2 v0.19.0"]
    lines = []
    for m in mods:
        lines.append(f"{m} h1:{b64_bytes(32)}")
        lines.append(f"{m}/go.mod h1:{b64_bytes(32)}")
    add("go-sum", "decoy-hashes", "go.sum", "\n".join(lines), None, "Go module checksums (go.sum h1: hashes)")

    add("markdown", "decoy-commit-shas", "CHANGELOG.md", fill(r"""
# Changelog

## 3.9.0 - 2024-04-12
- Dispatch board polls HOS clocks every 30 s ($[s1])
- Fix double-posting to DAT when a load is re-opened ($[s2])

## 3.8.2 - 2024-03-28
- Truckstop posting retries on 503 ($[s3])
- Samsara webhook handler rejects stale timestamps ($[s4])

## 3.8.1 - 2024-03-20
- Rate confirmation PDF shows accessorials ($[s5])
""", s1=hexs(40), s2=hexs(40), s3=hexs(7), s4=hexs(7), s5=hexs(40)), None, "changelog with git commit SHAs")

    add("k8s", "decoy-image-digest", "deploy/k8s/dispatch/deployment.yaml", fill(r"""
apiVersion: apps/v1
kind: Deployment
metadata:
  name: dispatch-api
  namespace: dispatch
  annotations:
    ridgeline.io/git-sha: "$[sha]"
spec:
  replicas: 3
  selector:
    matchLabels: { app: dispatch-api }
  template:
    metadata:
      labels: { app: dispatch-api }
    spec:
      containers:
        - name: api
          image: ghcr.io/ridgeline/dispatch-api@sha256:$[dig]
          envFrom:
            - secretRef: { name: dispatch-api-env }
          ports: [{ containerPort: 8080 }]
""", sha=hexs(40), dig=hexs(64)), None, "Kubernetes Deployment with image digest and secretRef")

    log = "\n".join(
        f"2024-04-18T11:{40 + i:02d}:{7 + i * 3:02d}Z INFO webhook received eventId={uuid_s()} "
        f"requestId={hexs(16)} signature=v1={hexs(64)} status=204" for i in range(5))
    add("log", "decoy-signatures", "webhooks/testdata/samsara_webhook.log", log,
        None, "webhook log: request ids and HMAC signatures (outputs, not keys)")

    add("javascript", "decoy-colour-codes", "dispatch-board/tailwind.config.js", r"""
/** @type {import('tailwindcss').Config} */
module.exports = {
  content: ['./src/**/*.{js,ts,jsx,tsx}'],
  theme: {
    extend: {
      colors: {
        covered: '#2f9e44',
        open: '#f08c00',
        late: '#e03131',
        dispatched: '#1c7ed6',
        brand: { 50: '#eef6ff', 500: '#1f5fae', 900: '#0b2545' },
      },
    },
  },
  plugins: [],
};
""".lstrip("\n"), None, "Tailwind CSS theme colours")

    add("markdown", "decoy-docs-example", "tools/localstack/README.md", r"""
# Local S3 for the BOL uploader

The uploader talks to LocalStack in development. LocalStack accepts any credentials; we use the
placeholder pair from the AWS documentation so nobody is tempted to paste a real one:

```bash
export AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE
export AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY
export AWS_ENDPOINT_URL=http://localhost:4566
aws s3 mb s3://ridgeline-driver-docs
```
""".lstrip("\n"), None, "AWS documentation example access key (AKIAIOSFODNN7EXAMPLE)")

    add("docker-compose", "decoy-localstack", "tools/localstack/docker-compose.yml", r"""
services:
  localstack:
    image: localstack/localstack:3.3
    ports:
      - "4566:4566"
    environment:
      SERVICES: s3,sqs,secretsmanager
      AWS_DEFAULT_REGION: us-east-2
      AWS_ACCESS_KEY_ID: test
      AWS_SECRET_ACCESS_KEY: test
    volumes:
      - ./init:/etc/localstack/init/ready.d
""".lstrip("\n"), None, "LocalStack docs: dummy credentials 'test'")

    tok = mapbox_token("pk", "ridgeline-dispatch")
    add("typescript", "decoy-public-token", "dispatch-board/src/map.ts", fill(r"""
import mapboxgl from 'mapbox-gl';

// Public token (pk.), URL-restricted to dispatch.ridgelinefreight.com in the Mapbox account.
mapboxgl.accessToken = '$[tok]';

export function truckMap(el: HTMLElement): mapboxgl.Map {
  return new mapboxgl.Map({
    container: el,
    style: 'mapbox://styles/mapbox/navigation-day-v1',
    center: [-89.4, 40.1],
    zoom: 5,
  });
}
""", tok=tok), None, "Mapbox docs: public tokens (pk.) are for client-side use")

    key = "6L" + rand(38, URLSAFE)
    add("html", "decoy-site-key", "carrier-portal/templates/signup.html", fill(r"""
{% extends "base.html" %}
{% block content %}
<h1>Carrier sign-up</h1>
<form method="post" action="{% url 'signup' %}">
  {% csrf_token %}
  <label>MC number <input name="mc_number" required></label>
  <label>Dispatch email <input name="email" type="email" required></label>
  <div class="g-recaptcha" data-sitekey="$[key]"></div>
  <button type="submit">Start onboarding</button>
</form>
<script src="https://www.google.com/recaptcha/api.js" async defer></script>
{% endblock %}
""", key=key), None, "reCAPTCHA site key (public, rendered in the page)")

    add("javascript", "decoy-firebase-config", "driver-web/src/firebase.js", fill(r"""
import { initializeApp } from 'firebase/app';
import { getMessaging } from 'firebase/messaging';

// Firebase web config: identifies the project, it is not a secret (see Firebase docs on API keys).
const firebaseConfig = {
  apiKey: '$[key]',
  authDomain: 'ridgeline-driver.firebaseapp.com',
  projectId: 'ridgeline-driver',
  storageBucket: 'ridgeline-driver.appspot.com',
  messagingSenderId: '$[sender]',
  appId: '1:$[sender]:web:$[app]',
};

export const app = initializeApp(firebaseConfig);
export const messaging = getMessaging(app);
""", key=google_key(), sender=digits(12), app=hexs(22)), None, "Firebase web app config (apiKey identifies the project)")

    def bcrypt() -> str:
        return "$2b$12$" + rand(53, "./" + ALNUM)
    add("sql", "decoy-password-hashes", "carrier_portal/fixtures/test_users.sql", fill(r"""
-- TEST FIXTURE for the carrier portal integration tests (loaded into the throwaway test DB only).
-- Hashes only; the plain passwords are not stored anywhere.
INSERT INTO portal_users (username, email, password_hash, role) VALUES
  ('test_dispatcher', 'dispatcher@example.test', '$[h1]', 'carrier'),
  ('test_admin', 'admin@example.test', '$[h2]', 'staff'),
  ('test_locked', 'locked@example.test', '!', 'carrier');
""", h1=bcrypt(), h2=bcrypt()), None, "bcrypt password hashes in a test fixture")

    hashes = []
    for p in ("hashicorp/aws", "hashicorp/random"):
        hashes.append(f'provider "registry.terraform.io/{p}" {{\n  version     = "5.45.0"\n  constraints = "~> 5.0"\n'
                      f'  hashes = [\n    "h1:{b64_bytes(32)}",\n    "zh:{hexs(64)}",\n    "zh:{hexs(64)}",\n  ]\n}}')
    add("terraform-lock", "decoy-hashes", "infra/tms/.terraform.lock.hcl",
        "# This file is maintained automatically by \"terraform init\".\n# Manual edits may be lost in future updates.\n\n"
        + "\n\n".join(hashes), None, "Terraform dependency lock file hashes")

    add("notebook", "decoy-secret-store", "notebooks/fuel_spend_by_terminal.ipynb", notebook([
        ("markdown", "# Fuel spend by terminal\nEFS transactions joined to unit roster."),
        ("code", r"""
import json
import boto3
import pandas as pd
from sqlalchemy import create_engine

secret = json.loads(boto3.client("secretsmanager").get_secret_value(SecretId="prod/dw/analyst")["SecretString"])
engine = create_engine(f"postgresql+psycopg2://{secret['username']}:{secret['password']}@dw.internal/freight_dw")
"""),
        ("code", r"""
df = pd.read_sql("SELECT terminal, sum(amount) AS spend FROM fuel_tx JOIN units USING (unit) GROUP BY 1", engine)
df.sort_values("spend", ascending=False)
"""),
    ]), None, "notebook reading credentials from AWS Secrets Manager")

    add("dbt-profiles", "decoy-env-var", "dbt/ci/profiles.yml", r"""
freight_dw:
  target: ci
  outputs:
    ci:
      type: snowflake
      account: "{{ env_var('SNOWFLAKE_ACCOUNT') }}"
      user: "{{ env_var('SNOWFLAKE_USER') }}"
      password: "{{ env_var('SNOWFLAKE_PASSWORD') }}"
      role: CI
      database: FREIGHT_CI
      warehouse: CI_XS
      schema: "ci_{{ env_var('GITHUB_RUN_ID') }}"
      threads: 4
""".lstrip("\n"), None, "dbt env_var() in profiles.yml")

    add("ini", "decoy-secrets-backend", "airflow/airflow.cfg", r"""
[core]
executor = CeleryExecutor
load_examples = False
default_timezone = America/Chicago

[secrets]
backend = airflow.providers.amazon.aws.secrets.secrets_manager.SecretsManagerBackend
backend_kwargs = {"connections_prefix": "airflow/connections", "variables_prefix": "airflow/variables"}

[database]
sql_alchemy_conn_secret = airflow/config/sql_alchemy_conn

[webserver]
secret_key_secret = airflow/config/webserver_secret_key
""".lstrip("\n"), None, "Airflow secrets backend configuration (_secret suffixed options)")

    add("sql", "decoy-parameter", "db/procs/usp_CreatePortalUser.sql", r"""
CREATE OR ALTER PROCEDURE dbo.usp_CreatePortalUser
    @Username NVARCHAR(64),
    @Email NVARCHAR(256),
    @Password NVARCHAR(128)
AS
BEGIN
    SET NOCOUNT ON;
    DECLARE @Salt VARBINARY(16) = CRYPT_GEN_RANDOM(16);
    INSERT INTO dbo.PortalUsers (Username, Email, PasswordSalt, PasswordHash)
    VALUES (@Username, @Email, @Salt, HASHBYTES('SHA2_512', @Salt + CAST(@Password AS VARBINARY(256))));
END;
""".lstrip("\n"), None, "T-SQL procedure with a @Password parameter")

    add("powershell", "decoy-secret-management", "ops/Send-DailyEdiReport.ps1", r"""
# Reads credentials from the SecretManagement vault registered on the ops box.
Import-Module Microsoft.PowerShell.SecretManagement
$smtpCred = Get-Secret -Name 'edi-report-smtp' -Vault OpsVault
$sftpPass = Get-Secret -Name 'partner-sftp' -Vault OpsVault -AsPlainText

$report = Get-ChildItem D:\EDI\logs -Filter *.log | Where-Object LastWriteTime -gt (Get-Date).AddDays(-1)
Send-MailMessage -To 'edi-team@ridgelinefreight.com' -From 'edi@ridgelinefreight.com' `
    -Subject "EDI daily: $($report.Count) logs" -SmtpServer smtp.office365.com -Port 587 -UseSsl -Credential $smtpCred
""".lstrip("\n"), None, "PowerShell SecretManagement Get-Secret")

    add("makefile", "decoy-ssm-ref", "rating/Makefile", r"""
ENV ?= staging
FEDEX_CLIENT_SECRET = $(shell aws ssm get-parameter --with-decryption --name /rating/$(ENV)/fedex_client_secret --query Parameter.Value --output text)

.PHONY: contract-test
contract-test:
	FEDEX_CLIENT_SECRET="$(FEDEX_CLIENT_SECRET)" pytest -q tests/contract --carrier fedex

.PHONY: lint
lint:
	ruff check rating tests
""".lstrip("\n"), None, "Makefile reading an SSM SecureString at run time")

    add("nginx", "decoy-htpasswd-path", "deploy/nginx/conf.d/ops.conf", r"""
server {
    listen 443 ssl;
    server_name ops.ridgeline.internal;
    ssl_certificate     /etc/nginx/tls/ops.crt;
    ssl_certificate_key /etc/nginx/tls/ops.key;

    location / {
        auth_basic           "Ridgeline ops";
        auth_basic_user_file /etc/nginx/htpasswd/ops;
        proxy_pass           http://127.0.0.1:3000;
    }
}
""".lstrip("\n"), None, "nginx auth_basic_user_file reference")

    add("systemd", "decoy-environment-file", "deploy/systemd/dispatch-bot.service", r"""
[Unit]
Description=Dispatch Telegram bot
After=network-online.target

[Service]
User=dispatchbot
EnvironmentFile=/etc/dispatch-bot/secrets.env
ExecStart=/opt/dispatch-bot/bin/dispatch-bot --config /etc/dispatch-bot/config.toml
Restart=on-failure

[Install]
WantedBy=multi-user.target
""".lstrip("\n"), None, "systemd EnvironmentFile= reference")

    add("serverless", "decoy-ssm-ref", "fmcsa-monitor/serverless.yml", r"""
service: fmcsa-monitor
frameworkVersion: "3"
provider:
  name: aws
  runtime: nodejs20.x
  environment:
    FMCSA_WEB_KEY: ${ssm:/compliance/fmcsa_web_key}
    SLACK_WEBHOOK_URL: ${ssm:/compliance/slack_webhook}
functions:
  sweep:
    handler: src/sweep.handler
    events:
      - schedule: rate(6 hours)
""".lstrip("\n"), None, "Serverless Framework ${ssm:} variables")

    add("cloudformation", "decoy-dynamic-reference", "infra/cfn/edi-sftp.yaml", r"""
AWSTemplateFormatVersion: "2010-09-09"
Description: Transfer Family SFTP server for trading partners
Resources:
  EdiServer:
    Type: AWS::Transfer::Server
    Properties:
      EndpointType: PUBLIC
      Protocols: [SFTP]
      IdentityProviderType: SERVICE_MANAGED
  PartnerDbUser:
    Type: AWS::RDS::DBInstance
    Properties:
      Engine: postgres
      DBInstanceClass: db.t4g.small
      AllocatedStorage: "20"
      MasterUsername: ediadmin
      MasterUserPassword: "{{resolve:secretsmanager:prod/edi/db:SecretString:password}}"
""".lstrip("\n"), None, "CloudFormation dynamic references to Secrets Manager")

    add("azure-pipelines", "decoy-variable-group", "pipelines/onboarding-release.yml", r"""
trigger: none
pool:
  vmImage: ubuntu-latest
variables:
  - group: onboarding-prod-secrets   # linked to kv-onboarding-prod
  - name: buildConfiguration
    value: Release
steps:
  - task: DotNetCoreCLI@2
    inputs:
      command: publish
      projects: src/Onboarding/Onboarding.csproj
  - script: ./deploy.sh
    env:
      RMIS_PASSWORD: $(Rmis-Password)
      MCP_PASSWORD: $(Mcp-Password)
""".lstrip("\n"), None, "Azure Pipelines variable group linked to Key Vault")

    add("yaml", "decoy-password-policy", "carrier_portal/config/security.yaml", r"""
password_policy:
  min_length: 12
  require_upper: true
  require_digit: true
  require_symbol: true
  pattern: "^(?=.*[A-Z])(?=.*[a-z])(?=.*\\d)(?=.*[^A-Za-z0-9]).{12,}$"
  history: 5
  max_age_days: 180
lockout:
  attempts: 6
  minutes: 15
session:
  idle_timeout_minutes: 30
  cookie_name: rp_session
""".lstrip("\n"), None, "password policy settings (no credential)")

    add("python", "decoy-env-ref", "scrapers/broker_portal_invoices.py", r'''
"""Download invoice PDFs from a shipper's carrier portal (Selenium)."""
import os

from selenium import webdriver
from selenium.webdriver.common.by import By

USERNAME_FIELD = "txtUserName"
PASSWORD_FIELD = "txtPassword"


def login(driver: webdriver.Chrome) -> None:
    driver.get("https://carrierportal.shipperco.com/login.aspx")
    driver.find_element(By.ID, USERNAME_FIELD).send_keys(os.environ["SHIPPERCO_PORTAL_USER"])
    driver.find_element(By.ID, PASSWORD_FIELD).send_keys(os.environ["SHIPPERCO_PORTAL_PASSWORD"])
    driver.find_element(By.ID, "btnLogin").click()
''', None, "Selenium login reading credentials from the environment")

    add("json", "decoy-i18n", "driver-web/src/locales/en.json", r"""
{
  "login.title": "Driver sign in",
  "login.username": "Driver ID or phone",
  "login.password": "Password",
  "login.forgot": "Forgot your password?",
  "login.error.invalid": "That driver ID and password do not match.",
  "settings.apiToken": "Fleet API token",
  "settings.apiToken.help": "Ask your fleet manager for a token; it starts with samsara_api_."
}
""".lstrip("\n"), None, "i18n message catalogue")

    add("graphql", "decoy-variables", "carrier-portal/src/graphql/acceptTender.graphql", r"""
# Accept a load tender from the carrier portal.
# $token is the one-time tender token from the email link, passed in at run time.
mutation AcceptTender($tenderId: ID!, $token: String!, $truckNumber: String) {
  acceptTender(tenderId: $tenderId, token: $token, truckNumber: $truckNumber) {
    load {
      number
      status
      pickupWindow { start end }
    }
    errors { code message }
  }
}
""".lstrip("\n"), None, "GraphQL operation variables")

    add("kotlin", "decoy-buildconfig-ref", "driver-app/app/src/main/java/com/ridgeline/driver/api/ApiModule.kt", r"""
package com.ridgeline.driver.api

import com.ridgeline.driver.BuildConfig
import okhttp3.OkHttpClient
import retrofit2.Retrofit
import retrofit2.converter.moshi.MoshiConverterFactory

object ApiModule {
    fun retrofit(tokenProvider: () -> String?): Retrofit {
        val client = OkHttpClient.Builder()
            .addInterceptor { chain ->
                val req = chain.request().newBuilder()
                tokenProvider()?.let { req.header("Authorization", "Bearer $it") }
                chain.proceed(req.build())
            }.build()
        return Retrofit.Builder()
            .baseUrl(BuildConfig.API_BASE_URL)
            .client(client)
            .addConverterFactory(MoshiConverterFactory.create())
            .build()
    }
}
""".lstrip("\n"), None, "Android BuildConfig and runtime token provider")

    add("typescript", "decoy-env-schema", "tracking-api/src/env.ts", r"""
import { z } from 'zod';

const Env = z.object({
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  MONGO_URI: z.string().url(),
  FOURKITES_API_KEY: z.string().min(16),
  HERE_API_KEY: z.string().min(20),
  SLACK_WEBHOOK_URL: z.string().url().optional(),
});

export const env = Env.parse(process.env);
""".lstrip("\n"), None, "environment validation schema (zod)")

    add("ruby", "decoy-credentials-ref", "config/initializers/twilio.rb", r"""
# Twilio credentials live in encrypted Rails credentials (config/credentials/production.yml.enc).
Twilio.configure do |config|
  config.account_sid = Rails.application.credentials.dig(:twilio, :account_sid)
  config.auth_token = Rails.application.credentials.dig(:twilio, :auth_token)
end

CHECK_CALL_FROM = ENV.fetch("CHECK_CALL_FROM", "+13125550199")
""".lstrip("\n"), None, "Rails encrypted credentials lookups")

    add("php", "decoy-env-ref", "config/services.php", r"""
<?php

return [
    'sendgrid' => [
        'api_key' => env('SENDGRID_API_KEY'),
    ],
    'rlcarriers' => [
        'wsdl' => 'https://api.rlcarriers.com/1.0.3/RateQuoteService.asmx?WSDL',
        'api_key' => env('RL_API_KEY'),
    ],
    'carrier411' => [
        'username' => env('C411_USER', 'ridgelinefrt'),
        'password' => env('C411_PASSWORD'),
    ],
];
""".lstrip("\n"), None, "Laravel config reading env()")

    add("batch", "decoy-env-ref", "edi/bin/pull_remit.bat", r"""
@echo off
rem Pull remittance files; SFTP_USER and SFTP_PASSWORD are machine environment variables
rem set by the ops team (see runbook), never written in this file.
if "%SFTP_PASSWORD%"=="" (
  echo SFTP_PASSWORD not set & exit /b 1
)
"C:\Program Files (x86)\WinSCP\WinSCP.com" /ini=nul /command ^
  "open sftp://%SFTP_USER%:%SFTP_PASSWORD%@sftp.cass-edi.net/ -hostkey=*" ^
  "get /outbound/remit/*.txt D:\EDI\inbound\remit\" ^
  "exit"
""".lstrip("\n"), None, "batch file using environment variables")

    add("k8s", "decoy-configmap", "deploy/k8s/rating/configmap.yaml", fill(r"""
apiVersion: v1
kind: ConfigMap
metadata:
  name: rating-config
  namespace: rating
data:
  RATING_TIMEOUT_MS: "8000"
  RATING_CACHE_TTL: "900"
  ENABLED_CARRIERS: "ODFL,SAIA,EXLA,FXFE,RLCA"
  BUILD_ID: "$[build]"
  RELEASE_SHA: "$[sha]"
  FEATURE_FLAGS_ETAG: "$[etag]"
""", build=f"2024.04.16-{hexs(8)}", sha=hexs(40), etag=hexs(32)), None, "Kubernetes ConfigMap with build ids and hashes")

    add("java-properties", "decoy-placeholders", "edi-router/src/main/resources/application.properties", r"""
spring.application.name=edi-router
spring.rabbitmq.host=${RABBIT_HOST:localhost}
spring.rabbitmq.username=${RABBIT_USER:guest}
spring.rabbitmq.password=${RABBIT_PASSWORD}
edi.as2.keystore.path=${AS2_KEYSTORE_PATH}
edi.as2.keystore.password=${AS2_KEYSTORE_PASSWORD}
edi.sftp.private-key-location=file:/run/secrets/partner_sftp_key
management.endpoints.web.exposure.include=health,prometheus
""".lstrip("\n"), None, "Spring property placeholders")

    lines = "\n".join(
        f"{host} ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI{rand(43, B64)}" for host in
        ("sftp.cass-edi.net", "edi.midwestgrocers.com", "mft.lorenzvan.net", "sftp.rtsfinancial.com",
         "sftp.wexinc.com"))
    add("known-hosts", "decoy-host-keys", "ops/ssh/known_hosts", lines, None, "OpenSSH known_hosts host public keys")

    add("markdown", "decoy-placeholder", "docs/runbooks/rotate-samsara-token.md", r"""
# Rotating the Samsara API token

1. In Samsara: **Settings > Developer > API Tokens > Add API Token**, same scopes as the old one.
2. Store it: `vault kv put secret/telematics/samsara api_token=<paste the new token here>`
3. Restart: `kubectl -n telematics rollout restart deploy/eld-ingest`
4. Check the logs for `200 /fleet/vehicles/locations`, then delete the old token in Samsara.

The token looks like `samsara_api_` followed by random characters. If you see a token in a log,
a ticket or a chat message, treat it as leaked and rotate it.
""".lstrip("\n"), None, "runbook with placeholder instead of a token")


for _section in (_tms, _loadboards, _telematics, _edi, _fuel, _compliance, _rating, _visibility, _finance,
                 _platform_a, _platform_b, _platform_decoys):
    _section()
