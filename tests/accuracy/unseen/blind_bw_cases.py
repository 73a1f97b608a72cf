"""Blind set BW: insurance carriers, MGAs and agencies.

Policy administration and claims systems (Guidewire PolicyCenter/ClaimCenter/BillingCenter and
Jutro portals, Duck Creek on .NET), rating engines (Spring, Python, Go, Akka, Excel VBA), document
generation (DocuSign, Adobe PDF Services, Docmosis, SmartComms, FreeMarker), quote comparison APIs,
actuarial notebooks and R/Python/SAS jobs (Snowflake, Databricks, dbt, Airflow), SFTP/PGP feeds and
bordereaux to carriers (WinSCP, lftp, paramiko, FileZilla, SSIS, Azure Blob), and the deploy and CI
configs around them; with the decoys those teams' files hold. Generated fakes only (seeds
680000-689999).
"""
from __future__ import annotations

import base64
import json
import random
import string
from typing import List, Sequence, Tuple

from tests import fakes
from tests.accuracy.labelled import LabelledCase

ALNUM = string.ascii_letters + string.digits
HEX = "0123456789abcdef"
UPPER_DIGITS = string.ascii_uppercase + string.digits
BCRYPT_ALPHABET = "./" + ALNUM
_SEED = [680000]


def _rng() -> random.Random:
    _SEED[0] += 7
    assert _SEED[0] < 690000
    return random.Random(_SEED[0])


def _seed() -> int:
    _SEED[0] += 7
    assert _SEED[0] < 690000
    return _SEED[0]


def drawn(n: int, alphabet: str = ALNUM) -> str:
    return fakes.drawn_mixed(_seed(), n, alphabet)


WORDS = ["Harbor", "Maple", "Falcon", "Cedar", "Granite", "Willow", "Summit", "Lantern", "Copper", "Meadow",
         "Beacon", "Quartz", "Juniper", "Marlin", "Kestrel", "Basalt", "Heron", "Tamarack", "Osprey", "Birch"]
LOWER = ["river", "candle", "mosaic", "pepper", "glacier", "violet", "anchor", "puzzle", "ember", "saddle",
         "orchid", "walnut", "harvest", "pixel", "trumpet", "lagoon", "cobalt", "prairie"]
INSURANCE_WORDS = ["Underwrite", "Actuary", "Bordereau", "Subrogate", "Deductible", "Premium", "Adjuster",
                   "Reinsure", "Indemnity", "Endorse", "Rider", "Claimant", "Peril", "Binder"]
SEASONS = ["Summer", "Winter", "Spring", "Autumn", "Fall"]


def words_pw() -> str:
    r = _rng()
    return r.choice(WORDS) + r.choice("!#%@*") + r.choice(WORDS) + str(r.randint(10, 9999))


def season_pw() -> str:
    r = _rng()
    return r.choice(SEASONS) + str(r.randint(2019, 2025)) + r.choice("!#@*")


def insurer_pw() -> str:
    """What a service owner picks by hand: a word of the trade, a symbol, a number, some leetspeak."""
    r = _rng()
    word = r.choice(INSURANCE_WORDS)
    if r.random() < 0.5:
        word = word.replace("e", "3", 1).replace("a", "@", 1)
    return word + r.choice(["!", "#", "_", "$", "@@", "!!"]) + str(r.randint(1, 2025))


def plain_pw() -> str:
    """A hand-made password with no URL-unsafe symbol (it sits in a URL or on a command line)."""
    r = _rng()
    return r.choice(WORDS) + str(r.randint(10, 99)) + r.choice(WORDS) + r.choice(["", "x", "Q", "7"])


def rand_pw(n: int = 20, extra: str = "") -> str:
    return drawn(n, ALNUM + extra) if not extra else fakes.drawn(_seed(), n, ALNUM + extra)


def passphrase(sep: str = "-") -> str:
    r = _rng()
    return sep.join(r.sample(LOWER, 4)) + str(r.randint(1, 99))


def hexs(n: int) -> str:
    return fakes.drawn(_seed(), n, HEX)


def b64(s: str) -> str:
    return base64.b64encode(s.encode()).decode()


def b64_bytes(n: int) -> str:
    r = _rng()
    return base64.b64encode(bytes(r.getrandbits(8) for _ in range(n))).decode()


def uuid_s() -> str:
    return fakes.uuid4(_seed())


def git_sha() -> str:
    return hexs(40)


# --- tokens of the services these teams use (documented shapes) -------------------------------------

def aws_id() -> str:
    return fakes.aws_key_id(_seed())


def aws_secret() -> str:
    return fakes.aws_secret_key(_seed())


def jfrog_api_key() -> str:
    return "AKCp8" + drawn(68)


def artifactory_reference_token() -> str:
    r = _rng()
    raw = f"reftkn:01:{r.randint(1767225600, 1798761600)}:" + "".join(r.choice(ALNUM) for _ in range(33))
    return b64(raw).rstrip("=")


def confluent_key() -> str:
    return fakes.drawn(_seed(), 16, UPPER_DIGITS)


def confluent_secret() -> str:
    return drawn(64, ALNUM + "+/")


def databricks_token() -> str:
    return "dapi" + hexs(32) + ("-2" if _rng().random() < 0.4 else "")


def slack_webhook() -> str:
    return ("https://hooks.slack.com/services/T" + fakes.drawn(_seed(), 8, UPPER_DIGITS) + "/B"
            + fakes.drawn(_seed(), 10, UPPER_DIGITS) + "/" + drawn(24))


def teams_webhook() -> str:
    return (f"https://acmemutual.webhook.office.com/webhookb2/{uuid_s()}@{uuid_s()}/IncomingWebhook/"
            f"{hexs(32)}/{uuid_s()}")


def url_b64(n_bytes: int) -> str:
    return b64_bytes(n_bytes).replace("+", "%2B").replace("/", "%2F").replace("=", "%3D")


def logic_app_url() -> str:
    r = _rng()
    sig = "".join(r.choice(ALNUM + "-_") for _ in range(43))
    return (f"https://prod-{r.randint(10, 99)}.eastus2.logic.azure.com:443/workflows/{hexs(32)}/triggers/manual/paths/invoke"
            f"?api-version=2016-06-01&sp=%2Ftriggers%2Fmanual%2Frun&sv=1.0&sig={sig}")


def sendgrid_key() -> str:
    return fakes.fake("SG.", 22, _seed()) + fakes.fake(".", 43, _seed())


def github_pat() -> str:
    return fakes.github_token(_seed())


def gitlab_pat() -> str:
    return fakes.fake("glpat-", 20, _seed())


def npm_token() -> str:
    return fakes.fake("npm_", 36, _seed())


def vault_token() -> str:
    return "hvs.CAESI" + drawn(86, ALNUM + "_-")


def okta_token() -> str:
    return "00" + drawn(40, ALNUM + "-_")


def newrelic_license() -> str:
    return hexs(36) + "NRAL"


def mapbox_secret() -> str:
    header = base64.urlsafe_b64encode(json.dumps({"u": "acme-cat-gis", "a": "cl" + hexs(20)}, separators=(",", ":")).encode()).decode().rstrip("=")
    return "sk." + header + "." + drawn(22, ALNUM + "-_")


def google_api_key() -> str:
    return "AIza" + drawn(35, ALNUM + "-_")


def stripe_live() -> str:
    return "sk_live_51" + drawn(97)


def adobe_secret() -> str:
    return "p8e-" + drawn(32, ALNUM + "-_")


def azure_secret() -> str:
    return drawn(3) + "8Q~" + drawn(34, ALNUM + "_.-~")


def azure_storage_key() -> str:
    return b64_bytes(64)


def sfdx_auth_url() -> str:
    return "force://PlatformCLI::5Aep861" + drawn(79, ALNUM + "._") + "@acmeinsurance.my.salesforce.com"


def postman_key() -> str:
    return "PMAK-" + hexs(24) + "-" + hexs(34)


def octopus_key() -> str:
    return "API-" + fakes.drawn(_seed(), 27, UPPER_DIGITS)


def ado_pat() -> str:
    return fakes.drawn(_seed(), 52, string.ascii_lowercase + "234567")


def sonar_token() -> str:
    return "squ_" + hexs(40)


def atlassian_token() -> str:
    return "ATATT3xFfGF0" + drawn(170, ALNUM + "-_") + "=" + fakes.drawn(_seed(), 8, "0123456789ABCDEF")


def auth0_secret() -> str:
    return drawn(64, ALNUM + "-_")


def twilio_sid() -> str:
    return "AC" + hexs(32)


# --- key material and look-alikes -----------------------------------------------------------------------

def pem(kind: str = "RSA", lines: int = 14) -> str:
    r = _rng()
    heads = {"RSA": "MIIEowIBAAKCAQEA", "": "MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQ",
             "EC": "MHcCAQEEI", "OPENSSH": "b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW"}
    width = 70 if kind == "OPENSSH" else 64
    body = heads[kind] + "".join(r.choice(ALNUM + "+/") for _ in range(width * lines - len(heads[kind])))
    rows = [body[i:i + width] for i in range(0, len(body), width)]
    tail = "".join(r.choice(ALNUM + "+/") for _ in range(r.randint(8, 40))) + "=="
    label = f"{kind} PRIVATE KEY" if kind else "PRIVATE KEY"
    return f"-----BEGIN {label}-----\n" + "\n".join(rows + [tail]) + f"\n-----END {label}-----"


def pgp_private() -> str:
    r = _rng()
    body = "lQdGBG" + "".join(r.choice(ALNUM + "+/") for _ in range(64 * 16 - 6))
    rows = [body[i:i + 64] for i in range(0, len(body), 64)]
    crc = "=" + "".join(r.choice(ALNUM + "+/") for _ in range(4))
    return "-----BEGIN PGP PRIVATE KEY BLOCK-----\n\n" + "\n".join(rows) + "\n" + crc + "\n-----END PGP PRIVATE KEY BLOCK-----"


def pgp_public() -> str:
    r = _rng()
    body = "mQINBG" + "".join(r.choice(ALNUM + "+/") for _ in range(64 * 14 - 6))
    rows = [body[i:i + 64] for i in range(0, len(body), 64)]
    crc = "=" + "".join(r.choice(ALNUM + "+/") for _ in range(4))
    return ("-----BEGIN PGP PUBLIC KEY BLOCK-----\nComment: Zurich NA Managed File Transfer 2024\n\n"
            + "\n".join(rows) + "\n" + crc + "\n-----END PGP PUBLIC KEY BLOCK-----")


def cert_pem(lines: int = 12) -> str:
    r = _rng()
    body = "MIIDdzCCAl+gAwIBAgIU" + "".join(r.choice(ALNUM + "+/") for _ in range(64 * lines - 20))
    rows = [body[i:i + 64] for i in range(0, len(body), 64)]
    return "-----BEGIN CERTIFICATE-----\n" + "\n".join(rows) + "\n-----END CERTIFICATE-----"


def ssh_ed25519_pub(comment: str) -> str:
    r = _rng()
    return "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI" + "".join(r.choice(ALNUM + "+/") for _ in range(43)) + " " + comment


def ssh_rsa_pub(comment: str = "") -> str:
    r = _rng()
    key = "ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABgQ" + "".join(r.choice(ALNUM + "+/") for _ in range(510))
    return key + (" " + comment if comment else "")


def bcrypt_hash() -> str:
    return "$2b$12$" + fakes.drawn(_seed(), 53, BCRYPT_ALPHABET)


def argon2_hash() -> str:
    return "$argon2id$v=19$m=65536,t=3,p=4$" + fakes.drawn(_seed(), 22, ALNUM + "+/") + "$" + fakes.drawn(_seed(), 43, ALNUM + "+/")


def pbkdf2_hash() -> str:
    return "pbkdf2_sha256$600000$" + drawn(22) + "$" + b64_bytes(32)


def ansible_vault_blob(lines: int = 6) -> str:
    return "$ANSIBLE_VAULT;1.1;AES256\n" + "\n".join(hexs(80) for _ in range(lines))


def sops_value() -> str:
    return (f"ENC[AES256_GCM,data:{b64_bytes(18)},iv:{b64_bytes(32)},tag:{b64_bytes(16)},type:str]")


# --- the cases --------------------------------------------------------------------------------------

CASES: List[LabelledCase] = []


def T(text: str, **values: str) -> str:
    """The file's text as written flush-left in this module: the leading newline dropped and each
    <<name>> marker replaced by its value."""
    text = text[1:] if text.startswith("\n") else text
    for key, value in values.items():
        marker = f"<<{key}>>"
        assert marker in text, (key, text[:60])
        text = text.replace(marker, value)
    return text


def S(fmt: str, kind: str, name: str, text: str, secret: str, source: str, crlf: bool = False) -> None:
    CASES.append(LabelledCase(f"blind-bw/{fmt}/{kind}", name, text.replace("\n", "\r\n") if crlf else text, secret, source))


def D(fmt: str, what: str, name: str, text: str, source: str, crlf: bool = False) -> None:
    CASES.append(LabelledCase(f"blind-bw/{fmt}/decoy-{what}", name, text.replace("\n", "\r\n") if crlf else text, None, source))


def SV(fmt: str, kind: str, source: str, variants: Sequence[Tuple[str, str, str]]) -> None:
    """Several files of one format and kind: (file name, text, secret)."""
    for name, text, secret in variants:
        S(fmt, kind, name, text, secret, source)


def DV(fmt: str, what: str, source: str, variants: Sequence[Tuple[str, str]]) -> None:
    for name, text in variants:
        D(fmt, what, name, text, source)


GW_DOCS = "docs.guidewire.com (database-config.xml, plugin registry .gwp, Gosu)"
DCT_DOCS = "learn.microsoft.com ASP.NET Web.config / appsettings.json; Duck Creek on-premises deployment guides"


# ===================================================================================================
# Guidewire (ClaimCenter / PolicyCenter / BillingCenter, Jutro portals)
# ===================================================================================================

S("guidewire-xml", "database-password", "cc/modules/configuration/config/database-config.xml", T("""
<?xml version="1.0"?>
<!-- ClaimCenter database configuration.
     local: embedded H2; systest: shared SQL Server owned by the CC team; prod is injected by the platform build. -->
<database-config>
  <database name="ClaimCenterDatabase" dbtype="h2" env="local" autoupgrade="true">
    <dbcp-connection-pool jdbc-url="jdbc:h2:file:/tmp/guidewire/cc/db/cc"/>
  </database>
  <database name="ClaimCenterDatabase" dbtype="sqlserver" env="systest" autoupgrade="true">
    <dbcp-connection-pool
        jdbc-url="jdbc:sqlserver://sqlcc-systest.corp.acmemutual.com:1433;databaseName=ClaimCenter;user=cc_app;password=<<s>>;encrypt=true;trustServerCertificate=true"
        max-total="50"
        max-idle="10"/>
    <upgrade>
      <versiontriggers dbupgrade="true"/>
    </upgrade>
  </database>
</database-config>
""", s=(pw := words_pw())), pw, GW_DOCS)

D("guidewire-xml", "template-and-passwordfile", "pc/modules/configuration/config/database-config.xml", T("""
<?xml version="1.0"?>
<database-config>
  <!-- Credentials come from files the deploy pipeline writes from Secrets Manager; never put them here. -->
  <database name="PolicyCenterDatabase" dbtype="oracle" env="prod" autoupgrade="false">
    <dbcp-connection-pool
        jdbc-url="jdbc:oracle:thin:${username}/${password}@pcdb-prod-scan.corp.acmemutual.com:1521/PCPROD"
        usernamefile="/opt/gw/secure/pc-db-user.txt"
        passwordfile="/opt/gw/secure/pc-db-password.txt"
        max-total="120"/>
  </database>
  <database name="PolicyCenterDatabase" dbtype="h2" env="local" autoupgrade="true">
    <dbcp-connection-pool jdbc-url="jdbc:h2:file:/tmp/guidewire/pc/db/pc"/>
  </database>
</database-config>
"""), GW_DOCS)

S("guidewire-gwp", "plugin-password", "cc/modules/configuration/config/Plugins/registry/ContactSystemPlugin.gwp", T("""
<?xml version="1.0"?>
<plugin
  interface="ContactSystemPlugin"
  name="ContactSystemPlugin">
  <plugin-gosu
    gosuclass="gw.plugin.contact.ab1000.ABContactSystemPlugin"/>
  <param
    name="username"
    value="su_cc_integration"/>
  <param
    env="prod"
    name="password"
    value="<<s>>"/>
  <param
    name="timeoutMillis"
    value="30000"/>
</plugin>
""", s=(pw := insurer_pw())), pw, GW_DOCS)

S("guidewire-gwp", "smtp-password", "bc/modules/configuration/config/Plugins/registry/emailMessageTransport.gwp", T("""
<?xml version="1.0"?>
<plugin
  interface="MessageTransport"
  name="emailMessageTransport">
  <plugin-java
    javaclass="gw.plugin.email.impl.JavaxEmailMessageTransport"/>
  <param name="smtp.host" value="smtp.office365.com"/>
  <param name="smtp.port" value="587"/>
  <param name="smtp.starttls.enable" value="true"/>
  <param name="smtp.user" value="billing-notices@acmemutual.com"/>
  <param name="smtp.password" value="<<s>>"/>
  <param name="defaultSenderName" value="Acme Mutual Billing"/>
  <param name="defaultSenderAddress" value="billing-notices@acmemutual.com"/>
</plugin>
""", s=(pw := season_pw())), pw, GW_DOCS)

D("guidewire-gwp", "secret-arn", "cc/modules/configuration/config/Plugins/registry/IDocumentContentSource.gwp", T("""
<?xml version="1.0"?>
<plugin
  interface="IDocumentContentSource"
  name="IDocumentContentSource">
  <plugin-gosu
    gosuclass="acme.cc.integration.onbase.OnBaseDocumentContentSource"/>
  <param name="onbase.url" value="https://onbase.corp.acmemutual.com/AppNet/api"/>
  <param name="credentialsAlias" value="onbase-svc"/>
  <param name="passwordSecretArn" value="arn:aws:secretsmanager:us-east-1:401238876512:secret:gw/cc/onbase-svc-Xk2PqR"/>
  <param name="documentTypeMapping" value="config/onbase/doctype-map.csv"/>
</plugin>
"""), GW_DOCS)

S("gosu", "basic-auth-password", "cc/modules/configuration/gsrc/acme/cc/integration/iso/ISOClaimSearchTransport.gs", T("""
package acme.cc.integration.iso

uses gw.api.system.server.ServerUtil
uses org.slf4j.LoggerFactory
uses java.net.URI
uses java.net.http.HttpClient
uses java.net.http.HttpRequest
uses java.net.http.HttpResponse
uses java.util.Base64

/**
 * Posts ISO ClaimSearch XML to Verisk and returns the acknowledgement.
 * TODO(CC-4412): the credentials belong in the ISO plugin params, not here.
 */
class ISOClaimSearchTransport {
  static final var _logger = LoggerFactory.getLogger("Integration.ISO")
  static final var ENDPOINT = "https://claimsearch.iso.com/xmlwebservice/submit"
  static final var ISO_USER = "ACMEMUT01"
  static final var ISO_PASSWORD = "<<s>>"

  function send(payload : String) : String {
    var auth = Base64.getEncoder().encodeToString((ISO_USER + ":" + ISO_PASSWORD).getBytes("UTF-8"))
    var request = HttpRequest.newBuilder(URI.create(ENDPOINT))
        .header("Authorization", "Basic " + auth)
        .header("Content-Type", "text/xml")
        .POST(HttpRequest.BodyPublishers.ofString(payload))
        .build()
    var response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString())
    _logger.info("ISO ack ${response.statusCode()} from ${ServerUtil.getServerId()}")
    return response.body()
  }
}
""", s=(pw := insurer_pw())), pw, GW_DOCS)

S("gosu", "api-key", "pc/modules/configuration/gsrc/acme/pc/integration/lexisnexis/CLUEReportClient.gs", T("""
package acme.pc.integration.lexisnexis

uses gw.api.json.JsonObject
uses java.net.URI
uses java.net.http.HttpClient
uses java.net.http.HttpRequest
uses java.net.http.HttpResponse

/** Orders C.L.U.E. Personal Auto reports during quoting (PersonalAuto line only). */
class CLUEReportClient {
  private static final var BASE_URL = "https://api.risk.lexisnexis.com/clue/v2"
  private static final var ACCOUNT_NUMBER = "445120"
  private static final var API_KEY = "<<s>>"

  function order(driverJson : JsonObject) : String {
    var req = HttpRequest.newBuilder(URI.create(BASE_URL + "/auto/orders"))
        .header("x-api-key", API_KEY)
        .header("x-account-number", ACCOUNT_NUMBER)
        .POST(HttpRequest.BodyPublishers.ofString(driverJson.toJsonString()))
        .build()
    return HttpClient.newHttpClient().send(req, HttpResponse.BodyHandlers.ofString()).body()
  }
}
""", s=(key := drawn(40))), key, GW_DOCS)

D("gosu", "credentials-plugin", "cc/modules/configuration/gsrc/acme/cc/integration/iso/ISOConfig.gs", T("""
package acme.cc.integration.iso

uses gw.api.util.CredentialsUtil
uses gw.api.system.server.ServerUtil

/**
 * ISO ClaimSearch settings. The user name and password live in the credentials plugin
 * (key "iso.claimsearch"), backed by Vault in every environment above dev.
 */
class ISOConfig {
  static final var CREDENTIALS_KEY = "iso.claimsearch"
  static final var CUSTOMER_ID = "ACMEMUT01"

  static property get UserName() : String {
    return CredentialsUtil.getUserName(CREDENTIALS_KEY)
  }

  static property get Password() : String {
    return CredentialsUtil.getPassword(CREDENTIALS_KEY)
  }

  static property get Endpoint() : String {
    return ServerUtil.getEnv() == "prod" ? "https://claimsearch.iso.com/xmlwebservice/submit"
                                         : "https://claimsearch-test.iso.com/xmlwebservice/submit"
  }
}
"""), GW_DOCS)

S("gradle-properties", "artifactory-api-key", "gradle.properties", T("""
# Guidewire Studio / gwb build settings (ClaimCenter 10)
org.gradle.jvmargs=-Xmx6g -XX:MaxMetaspaceSize=1g -Dfile.encoding=UTF-8
org.gradle.parallel=true
org.gradle.caching=true
gw.build.offline=false

# Internal Artifactory mirror of the Guidewire repository (service account svc-gw-build)
artifactoryUrl=https://artifactory.acmemutual.com/artifactory/guidewire-remote
artifactoryUser=svc-gw-build
artifactoryPassword=<<s>>

# Sonar
systemProp.sonar.host.url=https://sonar.acmemutual.com
""", s=(key := jfrog_api_key())), key, "docs.gradle.org build environment (gradle.properties); jfrog.com API keys")

D("gradle-properties", "placeholder", "onboarding/gradle.properties.template", T("""
# Copy to ~/.gradle/gradle.properties and fill in your own identity token.
# Generate it at https://artifactory.acmemutual.com/ui/user_profile ("Generate an Identity Token").
artifactoryUrl=https://artifactory.acmemutual.com/artifactory/guidewire-remote
artifactoryUser=<your-corp-id>
artifactoryPassword=<your-identity-token>

org.gradle.jvmargs=-Xmx6g
gw.build.offline=false
"""), "docs.gradle.org build environment (gradle.properties)")

S("java-properties", "webservice-password", "bc/modules/configuration/config/env/prod/billing-integration.properties", T("""
# BillingCenter -> PolicyCenter / ClaimCenter integration endpoints (prod)
pc.ws.url=https://policycenter.corp.acmemutual.com/pc/ws
pc.ws.username=su_bc_to_pc
pc.ws.password=<<s>>
cc.ws.url=https://claimcenter.corp.acmemutual.com/cc/ws
cc.ws.username=su_bc_to_cc
cc.ws.passwordFile=/opt/gw/secure/cc-ws.pwd
ws.timeout.seconds=60
ws.retry.max=3
""", s=(pw := rand_pw(16))), pw, GW_DOCS)

S("dotenv", "okta-client-secret", "portals/customer-engage/.env.production.local", T("""
# Jutro CustomerEngage portal: Guidewire Hub (Okta) auth
JUTRO_AUTH_ENABLED=true
JUTRO_AUTH_TYPE=okta
JUTRO_AUTH_ISSUER=https://guidewire-hub.okta.com/oauth2/ausf8k2q1xZmN3pLw357
JUTRO_AUTH_CLIENT_ID=0oa9t4ypmvQ2sWd7h357
JUTRO_AUTH_CLIENT_SECRET=<<s>>
JUTRO_AUTH_REDIRECT_URI=https://myaccount.acmemutual.com/auth/callback
REACT_APP_CE_API_URL=https://api.acmemutual.com/ce/v1
REACT_APP_FEATURE_CLAIMS_FNOL=true
""", s=(sec := drawn(40, ALNUM + "-_"))), sec, "docs.guidewire.com Jutro app configuration (.env)")

D("guidewire-xml", "credential-key", "cc/modules/configuration/config/scriptparameters/ScriptParameters.xml", T("""
<?xml version="1.0"?>
<ScriptParameters>
  <ScriptParameter name="ISOEnabled" type="java.lang.Boolean" value="true"/>
  <ScriptParameter name="ISOCustomerId" type="java.lang.String" value="ACMEMUT01"/>
  <ScriptParameter name="ISOCredentialKey" type="java.lang.String" value="iso.claimsearch"/>
  <ScriptParameter name="ISOPasswordRotationDays" type="java.lang.Integer" value="90"/>
  <ScriptParameter name="MetroReportCredentialKey" type="java.lang.String" value="lexis.metro"/>
  <ScriptParameter name="AutoAssignQueue" type="java.lang.String" value="FNOL_Triage"/>
  <ScriptParameter name="LargeLossThreshold" type="java.math.BigDecimal" value="250000.00"/>
</ScriptParameters>
"""), GW_DOCS)

S("spring-yaml", "oauth-client-secret", "gw-cloud-bridge/src/main/resources/application-gwcloud.yml", T("""
# Integration app talking to Guidewire Cloud APIs (ClaimCenter on GWCP)
spring:
  security:
    oauth2:
      client:
        registration:
          gwcp:
            client-id: 0oa7xk2mzcLq4dRts357
            client-secret: <<s>>
            authorization-grant-type: client_credentials
            scope: tenant.acmemutual cc.service
        provider:
          gwcp:
            token-uri: https://guidewire-hub.okta.com/oauth2/aus11vix3uKEpIfSI357/v1/token
gwcp:
  claim-api: https://acmemutual-cc-prod.gwcp.guidewire.net/rest/claim/v1
  page-size: 100
""", s=(sec := drawn(40, ALNUM + "-_"))), sec, "docs.spring.io OAuth2 client properties; docs.guidewire.com Cloud API")


# ===================================================================================================
# Duck Creek and the .NET side
# ===================================================================================================

S("web-config", "database-password", "DuckCreek/Server/Web.config", T("""
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <appSettings>
    <add key="DCT.Environment" value="UAT" />
    <add key="ManuscriptsPath" value="D:\\DuckCreek\\Manuscripts" />
    <add key="EnableServerTrace" value="false" />
  </appSettings>
  <connectionStrings>
    <add name="DCTPolicy" connectionString="Data Source=sqldct-uat01\\POLICY;Initial Catalog=DCT_Policy;User ID=dct_app;Password=<<s>>;MultipleActiveResultSets=True" providerName="System.Data.SqlClient" />
    <add name="DCTClaims" connectionString="Data Source=sqldct-uat01\\CLAIMS;Initial Catalog=DCT_Claims;Integrated Security=SSPI" providerName="System.Data.SqlClient" />
  </connectionStrings>
  <system.web>
    <compilation debug="false" targetFramework="4.8" />
    <httpRuntime targetFramework="4.8" maxRequestLength="51200" />
  </system.web>
</configuration>
""", s=(pw := words_pw())), pw, DCT_DOCS, crlf=True)

D("web-config", "integrated-security", "DuckCreek/Billing/Web.config", T("""
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <connectionStrings>
    <add name="DCTBilling" connectionString="Server=sqldct-prd02;Database=DCT_Billing;Integrated Security=True;Encrypt=True" providerName="System.Data.SqlClient" />
    <add name="DCTAudit" connectionString="Server=sqldct-prd02;Database=DCT_Audit;Trusted_Connection=True" providerName="System.Data.SqlClient" />
  </connectionStrings>
  <system.web>
    <machineKey validationKey="AutoGenerate,IsolateApps" decryptionKey="AutoGenerate,IsolateApps" validation="HMACSHA256" />
    <authentication mode="Windows" />
    <identity impersonate="false" />
  </system.web>
</configuration>
"""), DCT_DOCS, crlf=True)

S("web-config", "machine-key", "DuckCreek/ExampleServer/Web.config", T("""
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <system.web>
    <!-- Same key on all four UAT web nodes so ViewState/forms tickets survive the load balancer -->
    <machineKey validationKey="<<s>>"
                decryptionKey="AutoGenerate,IsolateApps"
                validation="HMACSHA256" decryption="AES" />
    <sessionState mode="SQLServer" sqlConnectionString="Data Source=sqldct-uat01;Integrated Security=SSPI" />
    <customErrors mode="RemoteOnly" defaultRedirect="~/Error.aspx" />
  </system.web>
</configuration>
""", s=(key := hexs(128).upper())), key, "learn.microsoft.com machineKey element (ASP.NET Settings Schema)", crlf=True)

S("appsettings-json", "database-password", "src/Acme.Rating.Api/appsettings.Production.json", T("""
{
  "Logging": {
    "LogLevel": { "Default": "Information", "Microsoft.AspNetCore": "Warning" }
  },
  "ConnectionStrings": {
    "RatingDb": "Server=tcp:acme-rating-prod.database.windows.net,1433;Initial Catalog=rating;User ID=rating_api;Password=<<s>>;Encrypt=True;Connection Timeout=30;",
    "Redis": "acme-rating-prod.redis.cache.windows.net:6380,ssl=True,abortConnect=False"
  },
  "RateTables": {
    "Container": "rate-tables",
    "RefreshMinutes": 15
  },
  "AllowedHosts": "*"
}
""", s=(pw := insurer_pw())), pw, DCT_DOCS)

D("appsettings-json", "keyvault-references", "src/Acme.Claims.Api/appsettings.json", T("""
{
  "AzureAd": {
    "Instance": "https://login.microsoftonline.com/",
    "TenantId": "6b0e4c9a-3f1d-4e7b-9a2c-5d8f1e0b7c43",
    "ClientId": "c1f7a9d2-48be-4f0a-b6e3-92d5a1c8e704",
    "ClientSecret": ""
  },
  "KeyVault": {
    "Uri": "https://kv-acme-claims-prod.vault.azure.net/"
  },
  "ConnectionStrings": {
    "ClaimsDb": "@Microsoft.KeyVault(SecretUri=https://kv-acme-claims-prod.vault.azure.net/secrets/ClaimsDb/)"
  },
  "ServiceBus": {
    "Namespace": "sb-acme-claims-prod.servicebus.windows.net",
    "UseManagedIdentity": true
  }
}
"""), DCT_DOCS)

S("appsettings-json", "azure-ad-client-secret", "src/Acme.DocGen.Worker/appsettings.Staging.json", T("""
{
  "AzureAd": {
    "Instance": "https://login.microsoftonline.com/",
    "TenantId": "6b0e4c9a-3f1d-4e7b-9a2c-5d8f1e0b7c43",
    "ClientId": "0d3e58a1-77c2-4b19-8f05-e2a9c4d61b8f",
    "ClientSecret": "<<s>>"
  },
  "Graph": {
    "MailboxUpn": "policy-documents@acmemutual.com",
    "Scopes": [ "https://graph.microsoft.com/.default" ]
  },
  "Worker": { "BatchSize": 200, "PollSeconds": 30 }
}
""", s=(sec := azure_secret())), sec, "learn.microsoft.com Microsoft.Identity.Web configuration")

S("dotnet-config", "service-password", "DuckCreek/Integration/DCT.Integration.config", T("""
<?xml version="1.0" encoding="utf-8"?>
<appSettings>
  <!-- Duck Creek Policy -> Billing / Claims integration service account -->
  <add key="DCT.ServiceUrl" value="https://dct-uat.corp.acmemutual.com/Policy/DCTServer.svc" />
  <add key="DCT.ServiceUser.Name" value="svc_dct_integration" />
  <add key="DCT.ServiceUser.Password" value="<<s>>" />
  <add key="DCT.ServiceUser.Domain" value="ACMEMUTUAL" />
  <add key="Billing.QueuePath" value=".\\private$\\dct_billing_out" />
  <add key="Claims.QueuePath" value=".\\private$\\dct_claims_out" />
</appSettings>
""", s=(pw := season_pw())), pw, DCT_DOCS, crlf=True)

D("web-config", "octopus-variables", "DuckCreek/Server/Web.Release.config", T("""
<?xml version="1.0" encoding="utf-8"?>
<configuration xmlns:xdt="http://schemas.microsoft.com/XML-Document-Transform">
  <connectionStrings>
    <add name="DCTPolicy"
         connectionString="Data Source=#{DCT.Db.Server};Initial Catalog=DCT_Policy;User ID=#{DCT.Db.User};Password=#{DCT.Db.Password};MultipleActiveResultSets=True"
         xdt:Transform="SetAttributes" xdt:Locator="Match(name)" />
  </connectionStrings>
  <appSettings>
    <add key="DCT.ServiceUser.Password" value="#{DCT.ServiceUser.Password}" xdt:Transform="SetAttributes" xdt:Locator="Match(key)" />
    <add key="DCT.Environment" value="#{Octopus.Environment.Name}" xdt:Transform="SetAttributes" xdt:Locator="Match(key)" />
  </appSettings>
  <system.web>
    <compilation xdt:Transform="RemoveAttributes(debug)" />
  </system.web>
</configuration>
"""), "learn.microsoft.com Web.config transformation syntax; octopus.com substitute variables", crlf=True)

S("powershell", "securestring-password", "deploy/Install-DuckCreekUAT.ps1", T("""
#Requires -RunAsAdministrator
param(
    [string]$Server = "dct-uat-app01",
    [string]$Package = "\\\\fs01\\builds\\DuckCreek\\Policy_7.2.0.1184.zip"
)

$ErrorActionPreference = "Stop"
$user = "ACMEMUTUAL\\svc_dct_deploy"
$pass = ConvertTo-SecureString "<<s>>" -AsPlainText -Force
$cred = New-Object System.Management.Automation.PSCredential($user, $pass)

Invoke-Command -ComputerName $Server -Credential $cred -ScriptBlock {
    param($pkg)
    Stop-WebAppPool -Name "DCTServer"
    Expand-Archive -Path $pkg -DestinationPath "D:\\DuckCreek\\Policy" -Force
    Start-WebAppPool -Name "DCTServer"
} -ArgumentList $Package

Write-Host "Deployed $Package to $Server"
""", s=(pw := words_pw())), pw, "learn.microsoft.com ConvertTo-SecureString / PSCredential", crlf=True)

D("powershell", "secret-management", "deploy/Install-DuckCreekProd.ps1", T("""
#Requires -Modules Microsoft.PowerShell.SecretManagement
param(
    [Parameter(Mandatory)] [string]$Server,
    [Parameter(Mandatory)] [string]$Package
)

$ErrorActionPreference = "Stop"
# The deploy credential is read from the team vault; nothing is stored in this script.
$cred = Get-Secret -Vault AcmeDeployVault -Name "svc_dct_deploy"

Invoke-Command -ComputerName $Server -Credential $cred -ScriptBlock {
    param($pkg)
    Stop-WebAppPool -Name "DCTServer"
    Expand-Archive -Path $pkg -DestinationPath "D:\\DuckCreek\\Policy" -Force
    Start-WebAppPool -Name "DCTServer"
} -ArgumentList $Package
"""), "learn.microsoft.com Microsoft.PowerShell.SecretManagement Get-Secret", crlf=True)

S("csharp", "connection-string-password", "src/Acme.Rating.Engine/RateTableLoader.cs", T("""
using System.Data;
using Microsoft.Data.SqlClient;

namespace Acme.Rating.Engine;

/// <summary>Loads territory and class factors into the in-memory rate book.</summary>
public sealed class RateTableLoader
{
    // FIXME: temporary until the loader moves onto the API's configuration
    private const string ConnectionString =
        "Server=sqlrate-uat.corp.acmemutual.com;Database=RateBook;User Id=ratebook_loader;Password=<<s>>;TrustServerCertificate=True";

    public DataTable Load(string lineOfBusiness, string state)
    {
        using var conn = new SqlConnection(ConnectionString);
        using var cmd = new SqlCommand("dbo.usp_GetFactors", conn) { CommandType = CommandType.StoredProcedure };
        cmd.Parameters.AddWithValue("@Lob", lineOfBusiness);
        cmd.Parameters.AddWithValue("@State", state);
        var table = new DataTable();
        conn.Open();
        table.Load(cmd.ExecuteReader());
        return table;
    }
}
""", s=(pw := rand_pw(14))), pw, "learn.microsoft.com SqlConnection.ConnectionString")

S("cake", "octopus-api-key", "build.cake", T("""
#tool "dotnet:?package=Octopus.DotNet.Cli&version=9.1.7"

var target = Argument("target", "Default");
var configuration = Argument("configuration", "Release");
var version = EnvironmentVariable("BUILD_NUMBER") ?? "0.0.1-local";

const string OctopusServer = "https://deploy.acmemutual.com";
const string OctopusApiKey = "<<s>>";

Task("Pack")
    .Does(() => {
        DotNetPublish("./src/Acme.Rating.Api/Acme.Rating.Api.csproj", new DotNetPublishSettings {
            Configuration = configuration, OutputDirectory = "./artifacts/publish" });
        OctoPack("Acme.Rating.Api", new OctopusPackSettings { BasePath = "./artifacts/publish", Version = version, OutFolder = "./artifacts" });
    });

Task("Push")
    .IsDependentOn("Pack")
    .Does(() => {
        OctoPush(OctopusServer, OctopusApiKey, GetFiles("./artifacts/*.nupkg"), new OctopusPushSettings { ReplaceExisting = true });
    });

Task("Default").IsDependentOn("Push");
RunTarget(target);
""", s=(key := octopus_key())), key, "cakebuild.net OctoPush alias; octopus.com API keys")

S("nuget-config", "azure-devops-pat", "nuget.config", T("""
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <packageSources>
    <clear />
    <add key="nuget.org" value="https://api.nuget.org/v3/index.json" />
    <add key="AcmeDuckCreek" value="https://pkgs.dev.azure.com/acmemutual/_packaging/duckcreek-extensions/nuget/v3/index.json" />
  </packageSources>
  <packageSourceCredentials>
    <AcmeDuckCreek>
      <add key="Username" value="build" />
      <add key="ClearTextPassword" value="<<s>>" />
    </AcmeDuckCreek>
  </packageSourceCredentials>
</configuration>
""", s=(pat := ado_pat())), pat, "learn.microsoft.com nuget.config reference (packageSourceCredentials)", crlf=True)

D("nuget-config", "env-reference", "src/nuget.config", T("""
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <packageSources>
    <clear />
    <add key="nuget.org" value="https://api.nuget.org/v3/index.json" />
    <add key="AcmeDuckCreek" value="https://pkgs.dev.azure.com/acmemutual/_packaging/duckcreek-extensions/nuget/v3/index.json" />
  </packageSources>
  <packageSourceCredentials>
    <AcmeDuckCreek>
      <add key="Username" value="%NUGET_FEED_USER%" />
      <add key="ClearTextPassword" value="%NUGET_FEED_PAT%" />
    </AcmeDuckCreek>
  </packageSourceCredentials>
</configuration>
"""), "learn.microsoft.com nuget.config reference (environment variables)")


# ===================================================================================================
# Rating engines
# ===================================================================================================

SPRING = "docs.spring.io Spring Boot common application properties"

S("spring-properties", "database-password", "rating-service/src/main/resources/application-prod.properties", T("""
# Rating service - production profile
server.port=8443
server.ssl.enabled=true
spring.datasource.url=jdbc:postgresql://ratebook-prod.cluster-c7x1pq.us-east-1.rds.amazonaws.com:5432/ratebook
spring.datasource.username=rating_svc
spring.datasource.password=<<s>>
spring.datasource.hikari.maximum-pool-size=30
spring.jpa.open-in-view=false
rating.cache.ttl=PT15M
rating.factor-tables.bucket=acme-ratebook-prod
management.endpoints.web.exposure.include=health,info,prometheus
""", s=(pw := rand_pw(24, "-_"))), pw, SPRING)

D("spring-properties", "env-placeholders", "rating-service/src/main/resources/application.properties", T("""
# Shared defaults; the deployment injects the secrets as environment variables.
spring.application.name=rating-service
spring.datasource.url=jdbc:postgresql://${RATING_DB_HOST:localhost}:5432/ratebook
spring.datasource.username=${RATING_DB_USER:rating_svc}
spring.datasource.password=${RATING_DB_PASSWORD}
spring.datasource.hikari.maximum-pool-size=10
rating.partner.iso-erc.api-key=${ISO_ERC_API_KEY:}
rating.partner.iso-erc.url=https://erc.verisk.com/api/v3
logging.level.com.acme.rating=INFO
"""), SPRING)

S("spring-yaml", "redis-password", "rate-cache/src/main/resources/application.yml", T("""
spring:
  application:
    name: rate-cache
  data:
    redis:
      host: ratecache-prod.x3fk2a.ng.0001.use1.cache.amazonaws.com
      port: 6379
      password: <<s>>
      ssl:
        enabled: true
      timeout: 2s
  cache:
    type: redis
    redis:
      time-to-live: 15m

rating:
  territories:
    refresh-cron: "0 0 3 * * *"
""", s=(pw := fakes.redis_password(_seed()))), pw, SPRING)

D("spring-yaml", "jasypt-ciphertext", "quote-engine/src/main/resources/application-uat.yml", T("""
# Values wrapped in ENC() are encrypted with jasypt; the key comes from JASYPT_ENCRYPTOR_PASSWORD at runtime.
jasypt:
  encryptor:
    algorithm: PBEWITHHMACSHA512ANDAES_256
    iv-generator-classname: org.jasypt.iv.RandomIvGenerator

spring:
  datasource:
    url: jdbc:sqlserver://sqlquote-uat.corp.acmemutual.com:1433;databaseName=QuoteEngine
    username: quote_engine
    password: ENC(<<c1>>)

partners:
  comparehub:
    client-id: acme-mutual-uat
    client-secret: ENC(<<c2>>)
""", c1=b64_bytes(48), c2=b64_bytes(64)), "github.com/ulisesbocchio/jasypt-spring-boot README")

S("spring-yaml", "kafka-sasl-secret", "claims-events/src/main/resources/application-prod.yml", T("""
spring:
  kafka:
    bootstrap-servers: pkc-4r297.us-east-1.aws.confluent.cloud:9092
    properties:
      security.protocol: SASL_SSL
      sasl.mechanism: PLAIN
      sasl.jaas.config: org.apache.kafka.common.security.plain.PlainLoginModule required username='<<k>>' password='<<s>>';
      schema.registry.url: https://psrc-8kz20.us-east-2.aws.confluent.cloud
    producer:
      acks: all
      key-serializer: org.apache.kafka.common.serialization.StringSerializer
topics:
  fnol: claims.fnol.v1
  reserve-change: claims.reserve-change.v1
""", k=confluent_key(), s=(sec := confluent_secret())), sec, "docs.confluent.io Spring Boot client configuration")

S("python", "aws-access-key", "rating/pricing_lambda/settings.py", T("""
\"\"\"Settings for the pricing Lambda (homeowners ISO-based rating).\"\"\"
import os

REGION = os.environ.get("AWS_REGION", "us-east-1")
RATE_BUCKET = "acme-ratebook-prod"
FACTOR_PREFIX = "ho3/2024-07/"

# boto3 picks these up when running the Lambda locally with `sam local invoke`
AWS_ACCESS_KEY_ID = "<<s>>"
AWS_SECRET_ACCESS_KEY = "<<k>>"

MAX_TERRITORY_CACHE = 4096
ROUNDING = "ROUND_HALF_UP"
""", s=(kid := aws_id()), k=aws_secret()), kid, "docs.aws.amazon.com boto3 credentials configuration")

D("python", "getenv", "rating/config.py", T("""
\"\"\"Runtime configuration for the rating workers; every credential comes from the environment.\"\"\"
from __future__ import annotations

import os
from dataclasses import dataclass


@dataclass(frozen=True)
class RatingConfig:
    db_url: str = os.environ.get("RATING_DB_URL", "postgresql://localhost/ratebook")
    db_password: str = os.environ.get("RATING_DB_PASSWORD", "")
    iso_api_key: str = os.getenv("ISO_ERC_API_KEY", "")
    factor_bucket: str = os.getenv("RATE_BUCKET", "acme-ratebook-dev")
    precision: int = int(os.getenv("RATING_PRECISION", "2"))


CONFIG = RatingConfig()
"""), "docs.python.org os.environ")

S("dotenv", "stripe-secret-key", "quote-compare/.env.production", T("""
NODE_ENV=production
PORT=8080
DATABASE_URL=postgres://quote_compare@qc-prod.internal:5432/quote_compare
# premium deposits at bind
STRIPE_SECRET_KEY=<<s>>
STRIPE_PUBLISHABLE_KEY=pk_live_51NqZx8Hw1
QUOTE_TTL_MINUTES=30
CARRIER_TIMEOUT_MS=8000
""", s=(key := stripe_live())), key, "docs.stripe.com API keys; dotenv README")

D("dotenv", "example-placeholders", "quote-compare/.env.example", T("""
# Copy to .env and fill in. Never commit the real file.
NODE_ENV=development
PORT=8080
DATABASE_URL=postgres://quote_compare:password@localhost:5432/quote_compare
STRIPE_SECRET_KEY=sk_live_xxxxxxxxxxxxxxxxxxxxxxxx
STRIPE_PUBLISHABLE_KEY=pk_live_xxxxxxxxxxxxxxxxxxxxxxxx
COMPAREHUB_API_KEY=your-api-key-here
SAFECO_API_KEY=
QUOTE_TTL_MINUTES=30
"""), "github.com/motdotla/dotenv README (.env.example)")

S("typescript", "partner-api-key", "quote-compare/src/config/carriers.ts", T("""
import type { CarrierConfig } from '../types';

// Carrier rating APIs used for the comparison page.
export const carriers: CarrierConfig[] = [
  {
    code: 'PRG',
    name: 'Progressive',
    baseUrl: 'https://partner-api.progressive.example-broker.net/auto/v3',
    apiKey: process.env.PRG_API_KEY ?? '',
  },
  {
    code: 'SAF',
    name: 'Safeco',
    baseUrl: 'https://agentapi.safeco.example-broker.net/rating/v1',
    // TODO: move to env before go-live (QC-212)
    apiKey: '<<s>>',
  },
  {
    code: 'NWD',
    name: 'Nationwide',
    baseUrl: 'https://api.nationwide.example-broker.net/quote',
    apiKey: process.env.NWD_API_KEY ?? '',
  },
];
""", s=(key := hexs(32))), key, "typescriptlang.org handbook (modules); partner API onboarding guides")

D("typescript", "public-client-keys", "agent-portal/src/environments/environment.prod.ts", T("""
// Values here ship to the browser; they are public by design.
export const environment = {
  production: true,
  apiBase: 'https://api.acmemutual.com/agent/v2',
  auth0: {
    domain: 'login.acmemutual.com',
    clientId: 'q8Wm2ZrT5vKx1LpN9cHd3FyB7sJe4GaU',
    audience: 'https://api.acmemutual.com',
  },
  stripePublishableKey: 'pk_live_51NqZx8Hw1LmKp3Rt0aQ9vXy2ZcB6dE4fG8hJ1kL3mN5pQ7rS9tU1vW3xY5zA7bC9dE1fG3hJ5kL7mN9pQ1rS3',
  recaptchaSiteKey: '6LcQ1x8pAAAAAJm3kZtR7vXw2YbN4cHd9FqLs0Ue',
  datadogRum: { applicationId: '9f2c1e7a-4b3d-4c8e-a6f0-1d2b3c4e5f60', clientToken: 'pub3f8a1c9e2d4b6f7a0c1e2d3f4a5b6c7d' },
};
"""), "docs.stripe.com publishable keys; auth0.com SPA SDK; docs.datadoghq.com RUM client tokens")

S("python", "sharepoint-client-secret", "rating/jobs/sync_rate_tables.py", T("""
\"\"\"Pull the approved rate tables from the Product team's SharePoint into S3 (nightly).\"\"\"
import io

import boto3
from office365.runtime.auth.client_credential import ClientCredential
from office365.sharepoint.client_context import ClientContext

SITE = "https://acmemutual.sharepoint.com/sites/ProductRates"
LIBRARY = "Shared Documents/Approved Rates/2024"
CLIENT_ID = "5e2d7c1a-9b84-4f36-a0d2-c7e1f9b3a468"
CLIENT_SECRET = "<<s>>"


def main() -> None:
    ctx = ClientContext(SITE).with_credentials(ClientCredential(CLIENT_ID, CLIENT_SECRET))
    folder = ctx.web.get_folder_by_server_relative_url(LIBRARY).expand(["Files"]).get().execute_query()
    s3 = boto3.client("s3")
    for f in folder.files:
        buf = io.BytesIO()
        f.download(buf).execute_query()
        s3.put_object(Bucket="acme-ratebook-dev", Key=f"incoming/{f.name}", Body=buf.getvalue())


if __name__ == "__main__":
    main()
""", s=(sec := azure_secret())), sec, "github.com/vgrem/Office365-REST-Python-Client README")

S("go", "client-secret-const", "quote-compare/internal/carriers/libertylink/client.go", T("""
package libertylink

import (
	"context"
	"net/http"
	"time"

	"golang.org/x/oauth2/clientcredentials"
)

const (
	tokenURL     = "https://auth.libertylink.example-carrier.com/oauth2/token"
	clientID     = "acme-broker-prod"
	clientSecret = "<<s>>"
)

// New returns an HTTP client that fetches and refreshes LibertyLink tokens.
func New(ctx context.Context) *http.Client {
	cfg := clientcredentials.Config{
		ClientID:     clientID,
		ClientSecret: clientSecret,
		TokenURL:     tokenURL,
		Scopes:       []string{"quote.auto", "quote.home"},
	}
	c := cfg.Client(ctx)
	c.Timeout = 8 * time.Second
	return c
}
""", s=(sec := auth0_secret())), sec, "pkg.go.dev golang.org/x/oauth2/clientcredentials")

S("hocon", "database-password", "rating-akka/src/main/resources/application.conf", T("""
akka {
  loglevel = "INFO"
  actor.provider = "cluster"
}

rating {
  parallelism = 16
  factor-cache-size = 50000
}

slick-postgres {
  profile = "slick.jdbc.PostgresProfile$"
  db {
    url = "jdbc:postgresql://ratebook-uat.corp.acmemutual.com:5432/ratebook"
    user = "rating_akka"
    password = "<<s>>"
    numThreads = 20
  }
}
""", s=(pw := passphrase())), pw, "github.com/lightbend/config HOCON.md; scala-slick.org database configuration")

D("hocon", "optional-env-substitution", "claims-stream/src/main/resources/application.conf", T("""
claims-stream {
  kafka {
    bootstrap-servers = "localhost:9092"
    bootstrap-servers = ${?KAFKA_BOOTSTRAP_SERVERS}
    sasl-username = ${?KAFKA_API_KEY}
    sasl-password = ${?KAFKA_API_SECRET}
  }
  db {
    url = "jdbc:postgresql://localhost:5432/claims"
    url = ${?CLAIMS_DB_URL}
    user = "claims"
    password = ""
    password = ${?CLAIMS_DB_PASSWORD}
  }
}
"""), "github.com/lightbend/config HOCON.md (optional substitution)")

S("vba", "connection-string-password", "raters/CommercialAuto/modConnection.bas", T("""
Attribute VB_Name = "modConnection"
Option Explicit

' Commercial Auto rater: pulls class/territory factors from the rating warehouse.
Private Const SERVER_NAME As String = "sqlrate-prd.corp.acmemutual.com"
Private Const DB_NAME As String = "RateWarehouse"
Private Const DB_USER As String = "rater_xl"
Private Const DB_PASS As String = "<<s>>"

Public Function OpenRateDb() As ADODB.Connection
    Dim cn As ADODB.Connection
    Set cn = New ADODB.Connection
    cn.ConnectionString = "Provider=MSOLEDBSQL;Data Source=" & SERVER_NAME & _
        ";Initial Catalog=" & DB_NAME & ";User ID=" & DB_USER & ";Password=" & DB_PASS & ";"
    cn.Open
    Set OpenRateDb = cn
End Function
""", s=(pw := insurer_pw())), pw, "learn.microsoft.com ADO ConnectionString property (VBA)", crlf=True)

D("csv", "rate-factors", "rates/ho3/territory_factors_2024-07.csv", T("""
state,territory,zip_prefix,base_rate,territory_factor,protection_class,pc_factor,effective_date,table_checksum
TX,012,770,1184.00,1.412,3,0.960,2024-07-01,9c1e4f7a2b3d5e6f8a0b1c2d3e4f5a6b7c8d9e0f1a2b3c4d5e6f7a8b9c0d1e2f
TX,013,773,1184.00,1.377,4,1.000,2024-07-01,9c1e4f7a2b3d5e6f8a0b1c2d3e4f5a6b7c8d9e0f1a2b3c4d5e6f7a8b9c0d1e2f
TX,020,787,1184.00,1.055,2,0.915,2024-07-01,9c1e4f7a2b3d5e6f8a0b1c2d3e4f5a6b7c8d9e0f1a2b3c4d5e6f7a8b9c0d1e2f
TX,031,790,1184.00,0.982,5,1.045,2024-07-01,9c1e4f7a2b3d5e6f8a0b1c2d3e4f5a6b7c8d9e0f1a2b3c4d5e6f7a8b9c0d1e2f
TX,044,799,1184.00,1.209,6,1.110,2024-07-01,9c1e4f7a2b3d5e6f8a0b1c2d3e4f5a6b7c8d9e0f1a2b3c4d5e6f7a8b9c0d1e2f
OK,001,731,1302.50,1.320,3,0.960,2024-07-01,4d8e2a1f6c9b0e3d7a5f2c8b1e4d9a6f3c0b7e2d5a8f1c4b9e6d3a0f7c2b5e8d
"""), "ISO homeowners rating manual (territory/protection class factor tables)")


# ===================================================================================================
# Document generation
# ===================================================================================================

S("python", "docusign-rsa-private-key", "docgen/esign/docusign_client.py", T("""
\"\"\"DocuSign JWT grant for sending policy applications out for signature.\"\"\"
from docusign_esign import ApiClient

INTEGRATION_KEY = "3f9a1c2e-7b4d-4e8f-9a0b-1c2d3e4f5a6b"
IMPERSONATED_USER_ID = "8d7c6b5a-4e3f-4a1b-9c8d-7e6f5a4b3c2d"
AUTH_SERVER = "account-d.docusign.com"

PRIVATE_KEY = \"\"\"<<s>>
\"\"\"


def get_api_client() -> ApiClient:
    client = ApiClient()
    client.set_base_path("https://demo.docusign.net/restapi")
    token = client.request_jwt_user_token(
        client_id=INTEGRATION_KEY,
        user_id=IMPERSONATED_USER_ID,
        oauth_host_name=AUTH_SERVER,
        private_key_bytes=PRIVATE_KEY.encode(),
        expires_in=3600,
        scopes=["signature", "impersonation"],
    )
    client.set_default_header("Authorization", f"Bearer {token.access_token}")
    return client
""", s=(key := pem("RSA", 20))), key, "developers.docusign.com JWT grant (Python SDK)")

S("appsettings-json", "docusign-secret-key", "src/Acme.ESign/appsettings.Development.json", T("""
{
  "DocuSign": {
    "AuthServer": "https://account-d.docusign.com",
    "BasePath": "https://demo.docusign.net/restapi",
    "IntegrationKey": "a7b8c9d0-1e2f-4a3b-8c4d-5e6f7a8b9c0d",
    "SecretKey": "<<s>>",
    "RedirectUri": "https://localhost:5001/ds/callback",
    "AccountId": "4c3b2a19-8f7e-4d6c-b5a4-39281706f5e4"
  },
  "Templates": {
    "HomeownersApplication": "e1d2c3b4-a596-4878-9a1b-2c3d4e5f6a7b",
    "AutoIdCard": "f0e9d8c7-b6a5-4948-8372-615f4e3d2c1b"
  }
}
""", s=(sec := uuid_s())), sec, "developers.docusign.com Authorization Code Grant (integration key and secret key)")

D("yaml", "docusign-ids-and-key-path", "docgen/esign/docusign.yaml", T("""
# DocuSign JWT settings. Integration key, user and account ids are identifiers, not secrets;
# the RSA private key is mounted at private_key_path from the docgen-esign Kubernetes secret.
environment: production
auth_server: account.docusign.com
base_path: https://na3.docusign.net/restapi
integration_key: 9b8a7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d
impersonated_user_id: 2f3e4d5c-6b7a-4c8d-9e0f-1a2b3c4d5e6f
account_id: 7a6b5c4d-3e2f-4a1b-8c9d-0e1f2a3b4c5d
private_key_path: /var/run/secrets/docusign/private.key
templates:
  ho_application: 0c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f
  auto_id_card: 5b6c7d8e-9f0a-4b1c-8d2e-3f4a5b6c7d8e
"""), "developers.docusign.com JWT grant prerequisites")

S("json", "adobe-client-secret", "docgen/pdfservices-api-credentials.json", T("""
{
  "client_credentials": {
    "client_id": "8a2f1c7e9b3d4e6fa0c1d2e3f4a5b6c7",
    "client_secret": "<<s>>"
  },
  "service_principal_credentials": {
    "organization_id": "4F2A1C9E64B8D7E30A495C21@AdobeOrg"
  }
}
""", s=(sec := adobe_secret())), sec, "developer.adobe.com PDF Services API getting started (pdfservices-api-credentials.json)")

S("java-properties", "docmosis-access-key", "docgen/src/main/resources/docmosis.properties", T("""
# Docmosis Cloud (declarations pages, ID cards, renewal letters)
docmosis.url=https://us1.dws4.docmosis.com/api/render
docmosis.accessKey=<<s>>
docmosis.templates.dec-page=policy/ho3_declarations.docx
docmosis.templates.id-card=auto/id_card_2up.docx
docmosis.output.format=pdf
docmosis.timeout.seconds=45
""", s=(key := b64(uuid_s() + ":" + str(_rng().randint(10**9, 10**10)))[:56])), key, "docmosis.com Cloud REST API (accessKey)")

S("java-properties", "oauth-consumer-secret", "smartcomms-connector/config/smartcomms.properties", T("""
# Smart Communications (SmartCOMM) connector for ClaimCenter correspondence
smartcomm.base.url=https://na5.smartcommunications.cloud/one/oauth1/cms/v7
smartcomm.tenancy=acmemutual
smartcomm.oauth.consumer.key=acme_claims_corr!acmemutual.com
smartcomm.oauth.consumer.secret=<<s>>
smartcomm.template.folder=/Claims/Correspondence
smartcomm.default.locale=en_US
smartcomm.retry.max=2
""", s=(sec := hexs(32))), sec, "Smart Communications SmartCOMM REST API (OAuth 1.0a consumer key/secret)")

D("freemarker", "template-expressions", "templates/declarations/ho3_dec_page.ftl", T("""
<#-- Homeowners HO-3 declarations page. Rendered by docgen from the PolicyCenter bound-policy payload. -->
<#setting number_format="#,##0.00">
<h1>Homeowners Policy Declarations</h1>
<table class="dec">
  <tr><th>Policy Number</th><td>${policy.number}</td></tr>
  <tr><th>Policy Period</th><td>${policy.effectiveDate?string("MM/dd/yyyy")} to ${policy.expirationDate?string("MM/dd/yyyy")}</td></tr>
  <tr><th>Named Insured</th><td>${insured.displayName}</td></tr>
  <tr><th>Mailing Address</th><td>${insured.address.line1}, ${insured.address.city}, ${insured.address.state} ${insured.address.zip}</td></tr>
</table>
<#list coverages as cov>
<p>${cov.code} ${cov.description}: limit ${cov.limit} / premium ${cov.premium}</p>
</#list>
<p class="fine">Form ${form.number!"HO 00 03 05 11"} &middot; document id ${document.publicId}</p>
"""), "freemarker.apache.org template language reference")

S("python", "smtp-password", "docgen/mailer.py", T("""
\"\"\"Emails rendered renewal packets to agents (fallback when the portal upload fails).\"\"\"
import smtplib
from email.message import EmailMessage
from pathlib import Path

SMTP_HOST = "smtp.office365.com"
SMTP_PORT = 587
SMTP_USER = "renewals@acmemutual.com"


def send_packet(agent_email: str, pdf: Path) -> None:
    msg = EmailMessage()
    msg["From"] = SMTP_USER
    msg["To"] = agent_email
    msg["Subject"] = f"Renewal packet {pdf.stem}"
    msg.set_content("Please find the renewal packet attached.")
    msg.add_attachment(pdf.read_bytes(), maintype="application", subtype="pdf", filename=pdf.name)
    with smtplib.SMTP(SMTP_HOST, SMTP_PORT) as smtp:
        smtp.starttls()
        smtp.login(SMTP_USER, "<<s>>")
        smtp.send_message(msg)
""", s=(pw := season_pw())), pw, "docs.python.org smtplib")

D("python", "pfx-path-and-env", "docgen/signing.py", T("""
\"\"\"Applies the company's certifying signature to generated policy PDFs.\"\"\"
import os
from pathlib import Path

from endesive import pdf
from cryptography.hazmat.primitives.serialization import pkcs12

PFX_PATH = Path(os.environ.get("DOCGEN_SIGNING_PFX", "/var/run/secrets/docgen/signing.pfx"))


def sign(pdf_bytes: bytes) -> bytes:
    password = os.environ["DOCGEN_SIGNING_PFX_PASSWORD"].encode()
    key, cert, chain = pkcs12.load_key_and_certificates(PFX_PATH.read_bytes(), password)
    meta = {"sigflags": 3, "contact": "documents@acmemutual.com", "location": "Columbus, OH",
            "reason": "Policy issuance", "signingdate": "D:20240701000000+00'00'"}
    return pdf_bytes + pdf.cms.sign(pdf_bytes, meta, key, cert, chain, "sha256")
"""), "cryptography.io PKCS12 loading; endesive README")

D("pem", "certificate", "docgen/certs/acme-document-signing.crt", T("""
# Acme Mutual document signing certificate (public part; the key stays in the HSM)
<<c>>
""", c=cert_pem(14)), "RFC 7468 textual encoding of certificates")

D("handlebars", "template-expressions", "templates/letters/claim_acknowledgement.hbs", T("""
<p>{{formatDate today "MMMM d, yyyy"}}</p>
<p>{{claimant.firstName}} {{claimant.lastName}}<br>{{claimant.address.line1}}<br>{{claimant.address.city}}, {{claimant.address.state}} {{claimant.address.zip}}</p>
<p>Re: Claim number {{claim.number}} &mdash; Date of loss {{formatDate claim.lossDate "MM/dd/yyyy"}}</p>
<p>Dear {{claimant.firstName}},</p>
<p>We have received your claim. Your adjuster is {{adjuster.name}} ({{adjuster.phone}}).</p>
{{#if claim.portalEnabled}}
<p>You can upload photos at {{portal.url}}/claims/{{claim.publicId}} using access code {{claim.portalAccessCode}}.</p>
{{/if}}
<p>Sincerely,<br>{{company.name}} Claims</p>
"""), "handlebarsjs.com guide (expressions, helpers)")


# ===================================================================================================
# Quote comparison APIs
# ===================================================================================================

D("openapi", "example-values", "api/quote-compare.openapi.yaml", T("""
openapi: 3.0.3
info:
  title: Acme Quote Compare API
  version: 2.4.0
servers:
  - url: https://api.acmemutual.com/quote-compare/v2
security:
  - ApiKeyAuth: []
components:
  securitySchemes:
    ApiKeyAuth:
      type: apiKey
      in: header
      name: x-api-key
      description: Partner key issued by Acme. Example `x-api-key: YOUR_API_KEY`.
  parameters:
    RequestId:
      name: x-request-id
      in: header
      schema: { type: string, format: uuid, example: 3b1f6c2e-8a4d-4f7e-9c0b-2d5e8f1a4c7b }
paths:
  /quotes:
    post:
      summary: Request comparable auto quotes
      parameters:
        - $ref: '#/components/parameters/RequestId'
      responses:
        '200': { description: Quotes from participating carriers }
"""), "spec.openapis.org OpenAPI 3.0.3 (securitySchemes)")

S("postman-environment", "api-key", "postman/QuoteCompare-UAT.postman_environment.json", T("""
{
  "id": "0f4c2b1a-9e8d-4c7b-a6f5-e4d3c2b1a0f9",
  "name": "QuoteCompare UAT",
  "values": [
    { "key": "baseUrl", "value": "https://uat-api.acmemutual.com/quote-compare/v2", "type": "default", "enabled": true },
    { "key": "partnerId", "value": "CMPHUB", "type": "default", "enabled": true },
    { "key": "apiKey", "value": "<<s>>", "type": "secret", "enabled": true },
    { "key": "quoteId", "value": "", "type": "default", "enabled": true }
  ],
  "_postman_variable_scope": "environment",
  "_postman_exported_at": "2024-05-14T16:22:09.311Z",
  "_postman_exported_using": "Postman/11.0.7"
}
""", s=(key := drawn(32))), key, "learning.postman.com environments (exported environment JSON)")

S("markdown", "bearer-token", "docs/runbooks/replay-failed-quote.md", T("""
# Replaying a failed carrier quote

When a carrier call times out the quote lands in `quote_dlq`. To replay one by hand:

1. Find the quote id in the DLQ dashboard.
2. Call the replay endpoint (UAT token of the ops service account, valid until rotated):

```bash
curl -X POST https://uat-api.acmemutual.com/quote-compare/v2/admin/replay \\
  -H "Authorization: Bearer <<s>>" \\
  -H "Content-Type: application/json" \\
  -d '{"quoteId": "Q-2024-0518-77412"}'
```

3. Check that the quote status moves to `PRICED`.
""", s=(tok := drawn(48))), tok, "curl.se man page (-H); team runbook style")

D("markdown", "env-token-reference", "quote-compare/README.md", T("""
# quote-compare

Aggregates auto and home quotes from partner carriers.

## Running locally

```bash
cp .env.example .env        # then fill in the keys from 1Password ("Quote Compare - dev")
npm ci
npm run dev
```

## Calling the API

```bash
curl -H "x-api-key: $QUOTE_API_KEY" https://localhost:8080/v2/quotes -d @samples/auto-quote.json
curl -H "Authorization: Bearer <token>" https://localhost:8080/v2/admin/health
```
"""), "github.com READMEs (curl examples)")

S("javascript", "basic-auth-url-password", "quote-compare/src/lib/partners/compareHub.js", T("""
'use strict';

const axios = require('axios');

// CompareHub pushes leads to us and pulls our quotes back; they only support basic auth in the URL.
const COMPAREHUB_URL = 'https://acme_partner:<<s>>@api.comparehub.example.co.uk/v2/quotes';

async function publishQuote(quote) {
  const payload = {
    reference: quote.id,
    premium: quote.annualPremium,
    excess: quote.voluntaryExcess,
    expiresAt: quote.expiresAt,
  };
  const res = await axios.post(COMPAREHUB_URL, payload, { timeout: 5000 });
  return res.data.listingId;
}

module.exports = { publishQuote };
""", s=(pw := plain_pw())), pw, "axios-http.com request config; RFC 3986 userinfo")

S("python", "slack-webhook", "quote-compare/scripts/quote_failure_alert.py", T("""
#!/usr/bin/env python3
\"\"\"Posts the hourly carrier failure rate to #quote-compare-alerts.\"\"\"
import json
import sys
import urllib.request

WEBHOOK = "<<s>>"
THRESHOLD = 0.05


def main(stats_path: str) -> None:
    stats = json.load(open(stats_path))
    failing = {c: r for c, r in stats["failure_rate"].items() if r > THRESHOLD}
    if not failing:
        return
    text = "Carrier quote failures above 5%: " + ", ".join(f"{c} {r:.1%}" for c, r in failing.items())
    req = urllib.request.Request(WEBHOOK, data=json.dumps({"text": text}).encode(), headers={"Content-Type": "application/json"})
    urllib.request.urlopen(req, timeout=10)


if __name__ == "__main__":
    main(sys.argv[1])
""", s=(url := slack_webhook())), url, "api.slack.com incoming webhooks")

S("powershell", "teams-webhook", "claims-ops/alerts/Send-CatEventAlert.ps1", T("""
param(
    [Parameter(Mandatory)] [string]$CatCode,
    [Parameter(Mandatory)] [int]$OpenClaims
)

$webhook = "<<s>>"

$card = @{
    "@type"    = "MessageCard"
    "@context" = "http://schema.org/extensions"
    summary    = "CAT $CatCode"
    title      = "Catastrophe event $CatCode - $OpenClaims open claims"
    text       = "Surge staffing rules are now active for $CatCode."
} | ConvertTo-Json -Depth 4

Invoke-RestMethod -Method Post -Uri $webhook -Body $card -ContentType "application/json"
""", s=(url := teams_webhook())), url, "learn.microsoft.com Microsoft Teams incoming webhooks")

S("python", "logic-app-sas-url", "claims-ops/alerts/notify_large_loss.py", T("""
\"\"\"Large-loss notification: ClaimCenter posts here via the rules engine; we fan out to the
Teams channel through the Power Automate flow "Large Loss > $250k".\"\"\"
import requests

FLOW_URL = (
    "<<s>>"
)


def notify(claim_number: str, reserve: float, lob: str) -> None:
    body = {"claimNumber": claim_number, "reserve": round(reserve, 2), "lineOfBusiness": lob}
    resp = requests.post(FLOW_URL, json=body, timeout=15)
    resp.raise_for_status()


if __name__ == "__main__":
    notify("CA-2024-0031877", 412500.00, "CommercialAuto")
""", s=(url := logic_app_url())), url, "learn.microsoft.com Logic Apps / Power Automate HTTP request trigger (SAS signed URL)")

D("json", "ids-and-hashes", "api/examples/quote-response.json", T("""
{
  "requestId": "3b1f6c2e-8a4d-4f7e-9c0b-2d5e8f1a4c7b",
  "quotes": [
    {
      "carrier": "SAF",
      "quoteRef": "SAF-QT-88213407",
      "annualPremium": 1412.37,
      "term": "6M",
      "coverages": ["BI 100/300", "PD 100", "COMP 500", "COLL 1000"],
      "rateVersion": "TX-AUTO-2024.07",
      "payloadSha256": "e3b7a1f04c9d2e8b6a5f1c0d3e9b8a7f6c5d4e3b2a1f0e9d8c7b6a5f4e3d2c1b"
    },
    {
      "carrier": "PRG",
      "quoteRef": "PRG-22-190447-01",
      "annualPremium": 1288.10,
      "term": "6M",
      "rateVersion": "TX-AUTO-2024.06",
      "payloadSha256": "0a9b8c7d6e5f4a3b2c1d0e9f8a7b6c5d4e3f2a1b0c9d8e7f6a5b4c3d2e1f0a9b"
    }
  ],
  "expiresAt": "2024-05-18T18:30:00Z"
}
"""), "spec.openapis.org (response examples)")

S("kotlin", "auth0-client-secret", "quote-aggregator/src/main/kotlin/com/acme/quote/config/PartnerAuthConfig.kt", T("""
package com.acme.quote.config

import org.springframework.context.annotation.Bean
import org.springframework.context.annotation.Configuration
import org.springframework.web.reactive.function.client.WebClient

@Configuration
class PartnerAuthConfig {
    private val tokenUrl = "https://acme-partners.us.auth0.com/oauth/token"
    private val clientId = "R4nXc8vLq2Zt7WmP1sKd9BfH3jYg6AeU"
    private val clientSecret = "<<s>>"
    private val audience = "https://partners.acmemutual.com/quote"

    @Bean
    fun partnerWebClient(builder: WebClient.Builder): WebClient =
        builder.filter(ClientCredentialsFilter(tokenUrl, clientId, clientSecret, audience)).build()
}
""", s=(sec := auth0_secret())), sec, "auth0.com client credentials flow")

S("serverless-yaml", "partner-api-key", "quote-lambda/serverless.yml", T("""
service: quote-lambda
frameworkVersion: '3'

provider:
  name: aws
  runtime: nodejs18.x
  region: us-east-1
  stage: ${opt:stage, 'dev'}
  environment:
    STAGE: ${self:provider.stage}
    QUOTE_TABLE: quote-compare-${self:provider.stage}
    VEHICLE_DATA_API_URL: https://api.vehicledata.example.com/v1/vin
    VEHICLE_DATA_API_KEY: <<s>>

functions:
  quote:
    handler: src/handler.quote
    timeout: 20
    events:
      - httpApi:
          path: /quote
          method: post
""", s=(key := hexs(40))), key, "serverless.com framework docs (serverless.yml environment)")

D("sam-template", "dynamic-references", "quote-lambda/template.yaml", T("""
AWSTemplateFormatVersion: '2010-09-09'
Transform: AWS::Serverless-2016-10-31
Description: Quote comparison Lambda

Parameters:
  Stage:
    Type: String
    Default: dev

Globals:
  Function:
    Runtime: nodejs18.x
    Timeout: 20
    Environment:
      Variables:
        QUOTE_TABLE: !Sub quote-compare-${Stage}
        VEHICLE_DATA_API_KEY: '{{resolve:secretsmanager:quote/vehicle-data:SecretString:apiKey}}'
        DB_PASSWORD: '{{resolve:ssm-secure:/quote/db/password:3}}'

Resources:
  QuoteFunction:
    Type: AWS::Serverless::Function
    Properties:
      Handler: src/handler.quote
      Events:
        Api: { Type: HttpApi, Properties: { Path: /quote, Method: post } }
"""), "docs.aws.amazon.com CloudFormation dynamic references")

S("shell", "postman-api-key", "scripts/sync_postman_collections.sh", T("""
#!/usr/bin/env bash
# Pushes the OpenAPI spec into the shared "Quote Compare" Postman workspace after each release.
set -euo pipefail

POSTMAN_API_KEY="<<s>>"
WORKSPACE_ID="7c1e2d3f-4a5b-4c6d-8e7f-90a1b2c3d4e5"
SPEC="api/quote-compare.openapi.yaml"

curl -sSf -X POST "https://api.getpostman.com/import/openapi?workspace=${WORKSPACE_ID}" \\
  -H "X-Api-Key: ${POSTMAN_API_KEY}" \\
  -H "Content-Type: application/json" \\
  --data "$(jq -Rs '{type: "string", input: .}' < "$SPEC")"

echo "Imported $SPEC"
""", s=(key := postman_key())), key, "learning.postman.com Postman API keys")

S("python", "google-maps-api-key", "geo/geocode_addresses.py", T("""
\"\"\"Geocodes insured locations for the wildfire/hail accumulation model.\"\"\"
import csv
import sys
import time

import googlemaps

gmaps = googlemaps.Client(key="<<s>>")


def run(infile: str, outfile: str) -> None:
    with open(infile) as src, open(outfile, "w", newline="") as dst:
        out = csv.writer(dst)
        out.writerow(["location_id", "lat", "lng", "accuracy"])
        for row in csv.DictReader(src):
            result = gmaps.geocode(f"{row['street']}, {row['city']}, {row['state']} {row['zip']}")
            if result:
                loc = result[0]["geometry"]
                out.writerow([row["location_id"], loc["location"]["lat"], loc["location"]["lng"], loc["location_type"]])
            time.sleep(0.02)


if __name__ == "__main__":
    run(sys.argv[1], sys.argv[2])
""", s=(key := google_api_key())), key, "github.com/googlemaps/google-maps-services-python README")

S("shell", "mapbox-secret-token", "cat-model/maps/upload_tileset.sh", T("""
#!/bin/sh
# Uploads the weekly policy-in-force tileset for the CAT exposure map.
set -e

export MAPBOX_ACCESS_TOKEN=<<s>>
TILESET=acme-cat-gis.pif-weekly
SOURCE=acme-cat-gis/pif-points

tilesets upload-source --replace acme-cat-gis pif-points build/pif_points.geojson.ld
tilesets publish "$TILESET"
echo "published $TILESET from $SOURCE"
""", s=(tok := mapbox_secret())), tok, "docs.mapbox.com Mapbox Tilesets CLI (MAPBOX_ACCESS_TOKEN)")

D("html", "public-tokens", "agent-portal/public/index.html", T("""
<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>Acme Mutual Agent Portal</title>
  <link href="https://api.mapbox.com/mapbox-gl-js/v3.3.0/mapbox-gl.css" rel="stylesheet">
  <script async src="https://www.googletagmanager.com/gtag/js?id=G-7QK2M4XZ1P"></script>
  <script>
    window.dataLayer = window.dataLayer || [];
    function gtag(){dataLayer.push(arguments);}
    gtag('js', new Date()); gtag('config', 'G-7QK2M4XZ1P');
    window.MAPBOX_PUBLIC_TOKEN = 'pk.eyJ1IjoiYWNtZS1hZ2VudHMiLCJhIjoiY2x2OHF6M2JlMDF4ZzJrbzF1dGNnbWJyYyJ9.Qm2bFz1xW9kHcY7tLpV3aA';
  </script>
</head>
<body>
  <div id="root"></div>
</body>
</html>
"""), "docs.mapbox.com access tokens (public pk. tokens for web maps)")


# ===================================================================================================
# Actuarial notebooks, R / Python / SAS jobs, warehouse tooling
# ===================================================================================================

def notebook(cells: Sequence[Tuple[str, str, list]], kernel: str = "python3") -> str:
    """An nbformat-4 notebook as Jupyter writes it (one-space indent): cells of (type, source, outputs)."""
    out_cells = []
    count = 0
    for cell_type, source, outputs in cells:
        lines = source.split("\n")
        src = [line + "\n" for line in lines[:-1]] + [lines[-1]]
        if cell_type == "markdown":
            out_cells.append({"cell_type": "markdown", "metadata": {}, "source": src})
            continue
        count += 1
        out_cells.append({"cell_type": "code", "execution_count": count, "metadata": {}, "outputs": outputs, "source": src})
    language = "R" if kernel == "ir" else "python"
    nb = {"cells": out_cells,
          "metadata": {"kernelspec": {"display_name": "R" if kernel == "ir" else "Python 3 (ipykernel)",
                                      "language": language, "name": kernel},
                       "language_info": {"name": language}},
          "nbformat": 4, "nbformat_minor": 5}
    return json.dumps(nb, indent=1) + "\n"


def stream(text: str) -> dict:
    lines = text.split("\n")
    rows = [line + "\n" for line in lines[:-1]] + ([lines[-1]] if lines[-1] else [])
    return {"name": "stdout", "output_type": "stream", "text": rows}


NBFORMAT = "nbformat.readthedocs.io (the notebook file format)"

S("ipynb", "snowflake-password", "notebooks/reserving/2024Q1_loss_triangles.ipynb", notebook([
    ("markdown", "# Q1 2024 paid loss triangles\nPersonal auto BI, accident years 2015-2024.", []),
    ("code", "import snowflake.connector\nimport pandas as pd\n\nconn = snowflake.connector.connect(\n"
             "    account='acmemutual-edw', user='JKOWALSKI', password='<<s>>',\n"
             "    warehouse='ACTUARIAL_WH', database='CLAIMS_DM', schema='RESERVING')".replace("<<s>>", pw := words_pw()), []),
    ("code", "tri = pd.read_sql(open('sql/paid_triangle.sql').read(), conn)\ntri.pivot(index='AY', columns='DEV', values='PAID').round(0).head(3)",
     [{"data": {"text/plain": ["DEV        12         24         36\n", "AY                                  \n",
                                 "2015  4812233.0  9120011.0 11840212.0\n", "2016  5012877.0  9388102.0 12011874.0"]},
       "execution_count": 2, "metadata": {}, "output_type": "execute_result"}]),
]), pw, NBFORMAT)

S("ipynb", "databricks-token-in-output", "notebooks/pricing/glm_experiment.ipynb", notebook([
    ("markdown", "## Frequency GLM - MLflow tracking on Databricks", []),
    ("code", "!cat ~/.databrickscfg", [stream("[DEFAULT]\nhost = https://adb-4471882019354120.0.azuredatabricks.net\ntoken = <<s>>\n".replace("<<s>>", tok := databricks_token()))]),
    ("code", "import mlflow\nmlflow.set_tracking_uri('databricks')\nmlflow.set_experiment('/Shared/pricing/pa_frequency_glm')", []),
    ("code", "with mlflow.start_run(run_name='tweedie_p1.6'):\n    mlflow.log_param('power', 1.6)\n    mlflow.log_metric('gini', 0.3817)", []),
]), tok, NBFORMAT + "; docs.databricks.com .databrickscfg")

D("ipynb", "getpass-and-numbers", "notebooks/cat/hurricane_aal.ipynb", notebook([
    ("code", "# Hurricane AAL by county (RMS v23 ELT); the EDW password is prompted, never saved\nfrom getpass import getpass\nimport pyodbc, pandas as pd\npwd = getpass('EDW password: ')\n"
             "cn = pyodbc.connect(f'DSN=EDW;UID=cat_model;PWD={pwd}')", []),
    ("code", "elt = pd.read_parquet('s3://acme-cat/elt/rms_v23_hu_2024.parquet')\nelt['AAL'] = elt.RATE * elt.MEAN_LOSS\n"
             "elt.groupby('COUNTY_FIPS').AAL.sum().nlargest(3)",
     [{"data": {"text/plain": ["COUNTY_FIPS\n", "12086    48211903.22\n", "12011    31877410.05\n", "48167    20413377.91\n", "Name: AAL, dtype: float64"]},
       "execution_count": 2, "metadata": {}, "output_type": "execute_result"}]),
    ("code", "import hashlib\nhashlib.sha256(open('elt_2024.parquet','rb').read()).hexdigest()",
     [{"data": {"text/plain": ["'5f0c3a9e1b7d24c68e0fa1b3c5d7e9f2a4b6c8d0e2f4a6b8c0d2e4f6a8b0c2d4'"]},
       "execution_count": 3, "metadata": {}, "output_type": "execute_result"}]),
]), NBFORMAT)

R_DBI = "dbi.r-dbi.org / odbc.r-dbi.org dbConnect reference"

S("r", "dbi-password", "reserving/R/chain_ladder.R", T("""
# Mack chain ladder on the paid BI triangle, refreshed quarterly.
library(DBI)
library(odbc)
library(ChainLadder)

con <- dbConnect(odbc::odbc(),
                 Driver   = "ODBC Driver 18 for SQL Server",
                 Server   = "sqledw-prd.corp.acmemutual.com",
                 Database = "ClaimsDM",
                 UID      = "act_reserving",
                 PWD      = "<<s>>",
                 TrustServerCertificate = "yes")

paid <- dbGetQuery(con, "SELECT ay, dev, paid FROM reserving.v_paid_bi")
tri <- as.triangle(paid, origin = "ay", dev = "dev", value = "paid")
mack <- MackChainLadder(tri, est.sigma = "Mack")
summary(mack)$Totals
dbDisconnect(con)
""", s=(pw := insurer_pw())), pw, R_DBI)

D("r", "keyring-and-sys-getenv", "reserving/R/connect.R", T("""
# Shared connection helper for the reserving scripts.
# Store your password once with keyring::key_set("edw", Sys.getenv("USER")).
edw_connect <- function(user = Sys.getenv("USER")) {
  DBI::dbConnect(odbc::odbc(),
                 Driver   = "ODBC Driver 18 for SQL Server",
                 Server   = Sys.getenv("EDW_SERVER", "sqledw-prd.corp.acmemutual.com"),
                 Database = "ClaimsDM",
                 UID      = user,
                 PWD      = keyring::key_get("edw", user),
                 TrustServerCertificate = "yes")
}

snowflake_connect <- function() {
  DBI::dbConnect(odbc::odbc(), dsn = "SnowflakeEDW", pwd = Sys.getenv("SNOWFLAKE_PWD"))
}
"""), "keyring.r-lib.org key_get; R Sys.getenv")

S("renviron", "github-pat", ".Renviron", T("""
# R user environment for the actuarial RStudio Server image
R_LIBS_USER=~/R/library/4.3
RENV_PATHS_CACHE=/shared/renv/cache
GITHUB_PAT=<<s>>
RSTUDIO_PANDOC=/usr/lib/rstudio-server/bin/quarto/bin/tools
TZ=America/New_York
""", s=(tok := github_pat())), tok, "usethis.r-lib.org managing git credentials (GITHUB_PAT in .Renviron)")

S("renviron", "database-password", "pricing/.Renviron", T("""
# Used by targets pipeline in pricing/_targets.R
EDW_SERVER=sqledw-prd.corp.acmemutual.com
EDW_UID=act_pricing
EDW_PWD=<<s>>
SNOWFLAKE_ACCOUNT=acmemutual-edw
SNOWFLAKE_WAREHOUSE=PRICING_WH
""", s=(pw := rand_pw(16))), pw, "stat.ethz.ch R Startup documentation (.Renviron)")

S("r-config-yml", "database-password", "reserving/config.yml", T("""
# Read with config::get(); R_CONFIG_ACTIVE selects the section.
default:
  edw_server: sqledw-dev.corp.acmemutual.com
  edw_database: ClaimsDM_Dev
  edw_uid: act_reserving
  edw_pwd: !expr Sys.getenv("EDW_PWD")
  output_dir: output/dev

production:
  edw_server: sqledw-prd.corp.acmemutual.com
  edw_database: ClaimsDM
  edw_uid: act_reserving
  edw_pwd: "<<s>>"
  output_dir: /shared/reserving/output
""", s=(pw := words_pw())), pw, "rstudio.github.io/config (config.yml with !expr)")

D("r-config-yml", "expr-sys-getenv", "pricing/config.yml", T("""
default:
  snowflake:
    account: acmemutual-edw
    user: !expr Sys.getenv("SNOWFLAKE_USER")
    password: !expr Sys.getenv("SNOWFLAKE_PWD")
    warehouse: PRICING_WH
  model_version: pa_freq_2024_07

rsconnect:
  snowflake:
    user: svc_pricing_rsc
    password: !expr keyring::key_get("snowflake", "svc_pricing_rsc")
"""), "rstudio.github.io/config (!expr values)")

S("rmarkdown", "database-password", "reports/quarterly_ibnr.Rmd", T("""
---
title: "Quarterly IBNR review"
author: "Reserving"
output: html_document
params:
  valuation_date: "2024-03-31"
---

```{r setup, include=FALSE}
knitr::opts_chunk$set(echo = FALSE, message = FALSE)
library(DBI)
con <- dbConnect(RPostgres::Postgres(), host = "reserving-pg.corp.acmemutual.com",
                 dbname = "reserving", user = "ibnr_report", password = "<<s>>")
```

```{r ibnr}
ibnr <- dbGetQuery(con, "select lob, ay, ibnr from ibnr_selected where valuation = $1",
                   params = list(params$valuation_date))
knitr::kable(ibnr, format.args = list(big.mark = ","))
```
""", s=(pw := season_pw())), pw, "rmarkdown.rstudio.com (chunks, params); rpostgres.r-dbi.org")

S("python", "database-url-password", "jobs/loss_triangles.py", T("""
\"\"\"Nightly: builds incurred/paid triangles by LOB into the reserving mart.\"\"\"
import pandas as pd
from sqlalchemy import create_engine, text

ENGINE = create_engine("postgresql+psycopg2://actuary_etl:<<s>>@reserving-pg.corp.acmemutual.com:5432/reserving")

QUERY = text(\"\"\"
    select lob, accident_year, dev_months, sum(paid) as paid, sum(incurred) as incurred
    from claims_fact
    where valuation_date = :valuation
    group by 1, 2, 3
\"\"\")


def build(valuation: str) -> pd.DataFrame:
    with ENGINE.begin() as conn:
        df = pd.read_sql(QUERY, conn, params={"valuation": valuation})
        df.to_sql("triangles", conn, schema="mart", if_exists="append", index=False)
    return df
""", s=(pw := plain_pw())), pw, "docs.sqlalchemy.org engine configuration (database URLs)")

D("python", "url-create-from-env", "jobs/exposure_extract.py", T("""
\"\"\"Earned exposure extract for the pricing team.\"\"\"
import os

import pandas as pd
from sqlalchemy import URL, create_engine

url = URL.create(
    "postgresql+psycopg2",
    username=os.environ["RESERVING_DB_USER"],
    password=os.environ["RESERVING_DB_PASSWORD"],
    host=os.getenv("RESERVING_DB_HOST", "reserving-pg.corp.acmemutual.com"),
    database="reserving",
)
engine = create_engine(url)
dsn_for_logs = f"postgresql://{os.environ['RESERVING_DB_USER']}:***@reserving-pg/reserving"

if __name__ == "__main__":
    pd.read_sql("select * from mart.earned_exposure", engine).to_parquet("out/earned_exposure.parquet")
"""), "docs.sqlalchemy.org URL.create")

S("sas", "libname-password", "sas/autoexec_reserving.sas", T("""
/* autoexec for the reserving SAS Grid jobs */
options compress=yes fullstimer msglevel=i;

libname edw oracle user=act_ro password="<<s>>"
        path="EDWPRD" schema=CLAIMS_DM readbuff=10000;

libname resv "/sasdata/reserving/&sysuserid";
libname fmts "/sasdata/shared/formats";
options fmtsearch=(fmts.formats work);

%let valdate = %sysfunc(intnx(quarter, %sysfunc(today()), -1, e), date9.);
%put NOTE: valuation date is &valdate;
""", s=(pw := insurer_pw())), pw, "documentation.sas.com LIBNAME statement for Oracle")

D("sas", "macro-variable-include", "sas/monthly_experience.sas", T("""
/* Monthly loss experience by program. The password macro variable is defined in a
   file readable only by the job owner (chmod 600), outside the repository. */
%include "~/.secure/edw_credentials.sas";

libname edw oracle user=&edw_user password="&edw_pwd" path="EDWPRD" schema=CLAIMS_DM;

proc sql;
  create table work.experience as
  select program_cd, accident_month, sum(incurred_loss) as incurred, sum(earned_premium) as ep
  from edw.monthly_experience
  where accident_month >= "01JAN2022"d
  group by 1, 2;
quit;
"""), "documentation.sas.com %INCLUDE and macro variables")

S("odbc-ini", "database-password", "deploy/rstudio/odbc.ini", T("""
[ODBC Data Sources]
EDW = ODBC Driver 18 for SQL Server
SnowflakeEDW = Snowflake

[EDW]
Driver = /opt/microsoft/msodbcsql18/lib64/libmsodbcsql-18.3.so.2.1
Server = sqledw-prd.corp.acmemutual.com
Database = ClaimsDM
UID = rstudio_shared
PWD = <<s>>
TrustServerCertificate = yes

[SnowflakeEDW]
Driver = /usr/lib64/snowflake/odbc/lib/libSnowflake.so
Server = acmemutual-edw.snowflakecomputing.com
Warehouse = ACTUARIAL_WH
authenticator = externalbrowser
""", s=(pw := words_pw())), pw, "unixodbc.org odbc.ini; learn.microsoft.com ODBC driver DSN keywords")

S("databrickscfg", "databricks-token", ".databrickscfg", T("""
[DEFAULT]
host  = https://adb-4471882019354120.0.azuredatabricks.net
token = <<s>>

[pricing-dev]
host = https://adb-8812094471320056.16.azuredatabricks.net
auth_type = azure-cli
""", s=(tok := databricks_token())), tok, "docs.databricks.com configuration profiles (.databrickscfg)")

D("databricks-notebook", "dbutils-secrets", "notebooks/pricing/features.py", T("""
# Databricks notebook source
# MAGIC %md
# MAGIC ## Telematics features for the frequency model

# COMMAND ----------

jdbc_password = dbutils.secrets.get(scope="pricing", key="edw-password")
storage_key = dbutils.secrets.get(scope="pricing", key="telematics-adls-key")
spark.conf.set("fs.azure.account.key.acmetelematics.dfs.core.windows.net", storage_key)

# COMMAND ----------

trips = spark.read.parquet("abfss://trips@acmetelematics.dfs.core.windows.net/2024/")
features = trips.groupBy("policy_id").agg({"hard_brakes": "sum", "night_miles": "sum", "miles": "sum"})
display(features.limit(10))
"""), "docs.databricks.com secrets (dbutils.secrets.get)")

S("python", "databricks-token-in-docstring", "pricing/glm_fit.py", T("""
\"\"\"Fit the personal auto frequency GLM and log it to MLflow on Databricks.

Usage (from the pricing VM)::

    DATABRICKS_HOST=https://adb-4471882019354120.0.azuredatabricks.net \\\\
    DATABRICKS_TOKEN=<<s>> \\\\
    python -m pricing.glm_fit --data data/pa_2019_2023.parquet --power 1.6
\"\"\"
import argparse

import mlflow
import pandas as pd
import statsmodels.api as sm


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--data", required=True)
    parser.add_argument("--power", type=float, default=1.5)
    args = parser.parse_args()
    df = pd.read_parquet(args.data)
    X = sm.add_constant(pd.get_dummies(df[["territory", "age_band", "vehicle_sym"]], drop_first=True, dtype=float))
    model = sm.GLM(df["claim_count"], X, family=sm.families.Tweedie(var_power=args.power), exposure=df["earned_exposure"]).fit()
    mlflow.set_tracking_uri("databricks")
    with mlflow.start_run():
        mlflow.log_param("power", args.power)
        mlflow.log_metric("deviance", model.deviance)


if __name__ == "__main__":
    main()
""", s=(tok := databricks_token())), tok, "docs.databricks.com authentication environment variables; mlflow.org tracking")

S("python", "openai-api-key", "claims_nlp/summarize_notes.py", T("""
\"\"\"Summarises adjuster notes for the supervisor review queue (pilot).\"\"\"
from openai import OpenAI

client = OpenAI(api_key="<<s>>")

PROMPT = (
    "Summarise these claim notes for a claims supervisor in five bullet points. "
    "Flag coverage questions, litigation and subrogation potential."
)


def summarize(notes: str) -> str:
    resp = client.chat.completions.create(
        model="gpt-4o-mini",
        messages=[{"role": "system", "content": PROMPT}, {"role": "user", "content": notes}],
        temperature=0.2,
    )
    return resp.choices[0].message.content
""", s=(key := fakes.openai_key(_seed()))), key, "platform.openai.com Python library quickstart")

D("python", "azure-openai-env", "claims_nlp/classify_fnol.py", T("""
\"\"\"Classifies FNOL free text into cause-of-loss codes with Azure OpenAI (key from Key Vault via env).\"\"\"
import os

from openai import AzureOpenAI

client = AzureOpenAI(
    api_key=os.environ["AZURE_OPENAI_API_KEY"],
    api_version="2024-02-01",
    azure_endpoint="https://aoai-acme-claims-eastus2.openai.azure.com",
)
DEPLOYMENT = "gpt-4o-claims"
CAUSES = ["COLLISION", "HAIL", "WIND", "WATER", "THEFT", "FIRE", "GLASS", "OTHER"]


def classify(text: str) -> str:
    msg = f"Pick one of {CAUSES} for this first notice of loss: {text}"
    out = client.chat.completions.create(model=DEPLOYMENT, messages=[{"role": "user", "content": msg}], max_tokens=5)
    return out.choices[0].message.content.strip()
"""), "learn.microsoft.com Azure OpenAI Python quickstart")

S("pip-conf", "artifactory-token-in-url", "pip.conf", T("""
[global]
timeout = 60
index-url = https://pypi.org/simple
extra-index-url = https://svc-actuarial:<<s>>@artifactory.acmemutual.com/artifactory/api/pypi/actuarial-pypi/simple
trusted-host = artifactory.acmemutual.com

[install]
no-warn-script-location = true
""", s=(tok := artifactory_reference_token())), tok, "pip.pypa.io configuration (pip.conf); jfrog.com reference tokens")

S("rprofile", "repos-url-password", ".Rprofile", T("""
# Site profile for the actuarial RStudio Server
local({
  repos <- c(
    CRAN     = "https://packagemanager.posit.co/cran/__linux__/jammy/latest",
    ACME_INT = "https://rspm-reader:<<s>>@rspm.corp.acmemutual.com/actuarial-internal/latest"
  )
  options(repos = repos, download.file.method = "libcurl")
})

options(scipen = 999, digits = 10)
if (interactive()) message("Acme actuarial R profile loaded")
""", s=(pw := plain_pw())), pw, "stat.ethz.ch R Startup (.Rprofile); docs.posit.co Package Manager")

D("renv-lock", "package-hashes", "reserving/renv.lock", T("""
{
  "R": {
    "Version": "4.3.2",
    "Repositories": [
      { "Name": "CRAN", "URL": "https://packagemanager.posit.co/cran/latest" }
    ]
  },
  "Packages": {
    "ChainLadder": {
      "Package": "ChainLadder",
      "Version": "0.2.18",
      "Source": "Repository",
      "Repository": "CRAN",
      "Hash": "8b4e1f2c7a9d0e3b6c5f8a1d4e7b0c3f"
    },
    "DBI": {
      "Package": "DBI",
      "Version": "1.2.2",
      "Source": "Repository",
      "Repository": "CRAN",
      "Hash": "164809cd72e1d5160b4cb3aa57f510fe"
    },
    "odbc": {
      "Package": "odbc",
      "Version": "1.4.2",
      "Source": "Repository",
      "Repository": "CRAN",
      "Hash": "c0ff5e2e8a7d1b9f3c6e4a2d8b0f7e5c"
    }
  }
}
"""), "rstudio.github.io/renv lockfile format")

S("jupyter-config", "server-token", "deploy/jupyterhub/jupyter_server_config.py", T("""
# Shared Jupyter server on the actuarial VM (no hub)
c = get_config()  # noqa: F821

c.ServerApp.ip = "0.0.0.0"
c.ServerApp.port = 8888
c.ServerApp.open_browser = False
c.ServerApp.root_dir = "/shared/actuarial"
c.ServerApp.token = "<<s>>"
c.ServerApp.allow_origin = "https://jupyter.actuarial.corp.acmemutual.com"
c.ServerApp.certfile = "/etc/ssl/jupyter/jupyter.crt"
c.ServerApp.keyfile = "/etc/ssl/jupyter/jupyter.key"
""", s=(tok := hexs(48))), tok, "jupyter-server.readthedocs.io config file and command line options")

D("jupyter-config", "argon2-hash", "deploy/jupyter/jupyter_notebook_config.py", T("""
# Generated with `jupyter notebook password`: only the argon2 hash is stored.
c = get_config()  # noqa: F821

c.NotebookApp.ip = "127.0.0.1"
c.NotebookApp.port = 8890
c.NotebookApp.password = "argon2:<<h>>"
c.NotebookApp.password_required = True
c.NotebookApp.notebook_dir = "/home/actuary/notebooks"
""", h=argon2_hash()), "jupyter-notebook.readthedocs.io securing a notebook server (hashed password)")

S("dbt-profiles", "snowflake-password", "dbt/profiles.yml", T("""
acme_claims_mart:
  target: dev
  outputs:
    dev:
      type: snowflake
      account: acmemutual-edw
      user: DBT_CLAIMS
      password: <<s>>
      role: TRANSFORMER
      database: CLAIMS_DEV
      warehouse: TRANSFORMING_WH
      schema: dbt_claims
      threads: 8
      client_session_keep_alive: false
""", s=(pw := words_pw())), pw, "docs.getdbt.com Snowflake setup (profiles.yml)")

D("dbt-profiles", "env-var-jinja", "analytics/dbt/profiles.yml", T("""
acme_reserving:
  target: "{{ env_var('DBT_TARGET', 'dev') }}"
  outputs:
    dev:
      type: snowflake
      account: acmemutual-edw
      user: "{{ env_var('DBT_USER') }}"
      password: "{{ env_var('DBT_ENV_SECRET_SNOWFLAKE_PASSWORD') }}"
      role: TRANSFORMER
      database: RESERVING_DEV
      warehouse: TRANSFORMING_WH
      schema: "dbt_{{ env_var('USER') }}"
      threads: 4
    prod:
      type: snowflake
      account: acmemutual-edw
      user: DBT_PROD
      private_key_path: /secrets/dbt/rsa_key.p8
      private_key_passphrase: "{{ env_var('DBT_ENV_SECRET_KEY_PASSPHRASE') }}"
      role: TRANSFORMER
      database: RESERVING
      warehouse: TRANSFORMING_WH
      schema: marts
      threads: 8
"""), "docs.getdbt.com env_var and Snowflake key-pair authentication")

S("snowsql-config", "snowflake-password", ".snowsql/config", T("""
[connections]
accountname = acmemutual-edw
username = act_pricing
password = <<s>>
warehousename = PRICING_WH
dbname = PRICING
schemaname = PUBLIC

[options]
log_level = INFO
output_format = psql
""", s=(pw := season_pw())), pw, "docs.snowflake.com SnowSQL configuration file")

D("snowflake-toml", "externalbrowser", ".snowflake/connections.toml", T("""
# Snowflake CLI / connector connections. SSO everywhere; no passwords.
[default]
account = "acmemutual-edw"
user = "jkowalski@acmemutual.com"
authenticator = "externalbrowser"
warehouse = "ACTUARIAL_WH"
role = "ACTUARY"

[svc_reserving]
account = "acmemutual-edw"
user = "SVC_RESERVING"
authenticator = "SNOWFLAKE_JWT"
private_key_file = "/secrets/snowflake/svc_reserving.p8"
"""), "docs.snowflake.com connections.toml")

S("airflow-settings", "connection-password", "airflow_settings.yaml", T("""
# Astro CLI: loaded into the local Airflow on `astro dev start`
airflow:
  connections:
    - conn_id: reserving_pg
      conn_type: postgres
      conn_host: reserving-pg.corp.acmemutual.com
      conn_schema: reserving
      conn_login: airflow_etl
      conn_password: <<s>>
      conn_port: 5432
      conn_extra:
        sslmode: require
  variables:
    - variable_name: valuation_lag_days
      variable_value: "5"
  pools:
    - pool_name: edw
      pool_slot: 4
      pool_description: EDW concurrent queries
""", s=(pw := rand_pw(20))), pw, "docs.astronomer.io airflow_settings.yaml")

D("python", "airflow-connection-lookup", "dags/triangle_refresh.py", T("""
\"\"\"Refreshes reserving triangles after the monthly close.\"\"\"
from datetime import datetime

from airflow import DAG
from airflow.hooks.base import BaseHook
from airflow.operators.python import PythonOperator


def refresh(**context):
    conn = BaseHook.get_connection("reserving_pg")
    from jobs.loss_triangles import build
    build(valuation=context["ds"], password=conn.password)


with DAG("triangle_refresh", start_date=datetime(2024, 1, 1), schedule="0 6 5 * *", catchup=False) as dag:
    PythonOperator(task_id="refresh", python_callable=refresh)
"""), "airflow.apache.org managing connections (BaseHook.get_connection)")

S("r", "aws-secret-key", "cat-model/R/read_elt_from_s3.R", T("""
# Reads the vendor event loss tables from S3 into the CAT accumulation model.
library(aws.s3)
library(arrow)

Sys.setenv(
  AWS_ACCESS_KEY_ID     = "<<k>>",
  AWS_SECRET_ACCESS_KEY = "<<s>>",
  AWS_DEFAULT_REGION    = "us-east-1"
)

elt <- s3read_using(read_parquet, object = "elt/rms_v23_hu_2024.parquet", bucket = "acme-cat")
aal <- aggregate(elt$RATE * elt$MEAN_LOSS, by = list(county = elt$COUNTY_FIPS), FUN = sum)
write.csv(aal, "output/aal_by_county.csv", row.names = FALSE)
""", k=aws_id(), s=(sec := aws_secret())), sec, "github.com/cloudyr/aws.s3 README (credentials via Sys.setenv)")

S("python", "snowflake-password-dict", "jobs/bordereau/premium_bordereau.py", T("""
\"\"\"Monthly premium bordereau for the coverholder (Lloyd's v5.2 layout).\"\"\"
import pandas as pd
import snowflake.connector

SNOWFLAKE = {
    "account": "acmemutual-edw",
    "user": "SVC_BORDEREAU",
    "password": "<<s>>",
    "warehouse": "REPORTING_WH",
    "database": "MGA_DM",
    "schema": "BORDEREAUX",
}


def extract(month: str) -> pd.DataFrame:
    with snowflake.connector.connect(**SNOWFLAKE) as conn:
        return pd.read_sql("select * from v_premium_bordereau where reporting_month = %(m)s", conn, params={"m": month})


if __name__ == "__main__":
    extract("2024-04").to_csv("out/premium_bordereau_2024-04.csv", index=False)
""", s=(pw := words_pw())), pw, "docs.snowflake.com Python connector (connect parameters); Lloyd's Coverholder Reporting Standards v5.2")


# ===================================================================================================
# SFTP / PGP feeds to carriers and coverholders (bordereaux, loss runs, ACORD AL3)
# ===================================================================================================

S("shell", "sshpass-password", "feeds/bordereau/send_bordereau.sh", T("""
#!/bin/bash
# Monthly premium + claims bordereaux to Hiscox (binding authority B1234AC24).
# Run by cron on feeds01 on the 5th business day.
set -euo pipefail

MONTH=${1:-$(date -d "last month" +%Y-%m)}
OUT=/data/feeds/bordereau/out
HOST=sftp.hiscox.example.com
USER=acme_mga_b1234

cd "$OUT"
ls "premium_bordereau_${MONTH}.csv.gpg" "claims_bordereau_${MONTH}.csv.gpg"

sshpass -p '<<s>>' sftp -oBatchMode=no -oStrictHostKeyChecking=yes -b - "${USER}@${HOST}" <<EOF
cd /inbound/bordereaux
put premium_bordereau_${MONTH}.csv.gpg
put claims_bordereau_${MONTH}.csv.gpg
bye
EOF

logger -t bordereau "sent ${MONTH} bordereaux to ${HOST}"
""", s=(pw := words_pw())), pw, "man sshpass(1); man sftp(1) batch mode")

S("shell", "lftp-password", "feeds/carriers/hartford_lossruns.sh", T("""
#!/usr/bin/env bash
# Pulls weekly loss runs from The Hartford's MFT for the agency management system import.
set -e
DEST=/data/feeds/lossruns/hartford/$(date +%F)
mkdir -p "$DEST"

lftp -u 'ACMEAGY01,<<s>>' sftp://mft.thehartford.example.com <<'LFTP'
set sftp:auto-confirm no
set net:max-retries 3
mirror --only-newer --include-glob '*.xlsx' /outbound/lossruns /data/feeds/lossruns/hartford/latest
bye
LFTP

cp /data/feeds/lossruns/hartford/latest/*.xlsx "$DEST"/
""", s=(pw := rand_pw(12))), pw, "lftp.yar.ru lftp(1) manual (-u user,password)")

S("winscp-script", "url-password", "feeds/winscp/travelers_upload.txt", T("""
# WinSCP script: upload ACORD AL3 downloads to Travelers
# Run: winscp.com /ini=nul /log=D:\\feeds\\logs\\travelers.log /script=travelers_upload.txt
option batch abort
option confirm off
open sftp://acme_agency_77:<<s>>@sftp.travelers.example.com/ -hostkey="ssh-ed25519 255 Qm7v2Tz8kLp0x1RwYc3nH5dJ9sA4fG6bE2uV8iO0tNk"
cd /inbound/al3
lcd D:\\feeds\\outbound\\travelers
put -delete *.al3
close
exit
""", s=(pw := plain_pw())), pw, "winscp.net scripting (open command, -hostkey)", crlf=True)

D("winscp-script", "private-key-and-hostkey", "feeds/winscp/chubb_upload.txt", T("""
# WinSCP script: Chubb commercial lines bordereaux (key authentication only)
option batch abort
option confirm off
open sftp://acme_mga_chubb@mft.chubb.example.com/ -privatekey="D:\\feeds\\keys\\chubb_acme.ppk" -hostkey="ssh-rsa 2048 xR4k9LmP2vQ7sT1wN8cY3bH6jF0dG5aZ9eU2iK7oM4q="
cd /inbound/bordereaux
lcd D:\\feeds\\outbound\\chubb
put *.csv.pgp
close
exit
"""), "winscp.net scripting (-privatekey, -hostkey)", crlf=True)

S("openssh-key", "private-key", "feeds/keys/carrier_sftp_ed25519", T("""
<<s>>
""", s=(key := pem("OPENSSH", 6))), key, "man ssh-keygen(1) (OpenSSH private key format)")

S("putty-ppk", "private-key-lines", "feeds/keys/markel_sftp.ppk", T("""
PuTTY-User-Key-File-3: ssh-rsa
Encryption: none
Comment: acme-mga-markel-2024
Public-Lines: 6
<<pub>>
Private-Lines: 14
<<s>>
Private-MAC: <<mac>>
""", pub="AAAAB3NzaC1yc2EAAAADAQABAAABAQ" + "\n".join(fakes.drawn(_seed() + i, 64, ALNUM + "+/") for i in range(6))[30:],
   s=(priv := "\n".join(fakes.drawn(_seed() + i, 64, ALNUM + "+/") for i in range(14))), mac=hexs(64)),
  priv, "the.earth.li PuTTY manual appendix C (PPK file format)")

S("python", "paramiko-password", "feeds/lib/sftp_push.py", T("""
\"\"\"Pushes encrypted bordereaux to carrier SFTP servers.\"\"\"
import logging
from pathlib import Path

import paramiko

log = logging.getLogger(__name__)

HOST = "sftp.beazley.example.com"
PORT = 22
USERNAME = "acme_coverholder"
PASSWORD = "<<s>>"


def push(files: list[Path], remote_dir: str = "/inbound") -> None:
    transport = paramiko.Transport((HOST, PORT))
    transport.connect(username=USERNAME, password=PASSWORD)
    sftp = paramiko.SFTPClient.from_transport(transport)
    try:
        for f in files:
            sftp.put(str(f), f"{remote_dir}/{f.name}")
            log.info("uploaded %s", f.name)
    finally:
        sftp.close()
        transport.close()
""", s=(pw := insurer_pw())), pw, "docs.paramiko.org Transport / SFTPClient")

D("python", "vault-and-key-file", "feeds/lib/sftp_pull.py", T("""
\"\"\"Pulls loss runs from carrier SFTP; credentials come from Vault, keys from the mounted secret.\"\"\"
import os

import hvac
import paramiko

VAULT = hvac.Client(url="https://vault.corp.acmemutual.com", token=os.environ["VAULT_TOKEN"])


def connect(carrier: str) -> paramiko.SFTPClient:
    cfg = VAULT.secrets.kv.v2.read_secret_version(path=f"feeds/carriers/{carrier}")["data"]["data"]
    client = paramiko.SSHClient()
    client.load_system_host_keys("/etc/feeds/known_hosts")
    client.connect(cfg["host"], username=cfg["username"],
                   key_filename=f"/var/run/secrets/feeds/{carrier}_ed25519",
                   passphrase=cfg.get("key_passphrase"))
    return client.open_sftp()
"""), "hvac.readthedocs.io KV v2; docs.paramiko.org SSHClient.connect")

S("filezilla-xml", "base64-password", "feeds/filezilla/sitemanager.xml", T("""
<?xml version="1.0" encoding="UTF-8" standalone="yes" ?>
<FileZilla3 version="3.66.4" platform="windows">
    <Servers>
        <Server>
            <Host>mft.lloyds-coverholder.example.com</Host>
            <Port>22</Port>
            <Protocol>1</Protocol>
            <Type>0</Type>
            <User>acme_mga_ops</User>
            <Pass encoding="base64"><<enc>></Pass>
            <Logontype>1</Logontype>
            <PasvMode>MODE_DEFAULT</PasvMode>
            <EncodingType>Auto</EncodingType>
            <BypassProxy>0</BypassProxy>
            <Name>Lloyd&apos;s coverholder MFT</Name>
            <SyncBrowsing>0</SyncBrowsing>
            <DirectoryComparison>0</DirectoryComparison>
        </Server>
    </Servers>
</FileZilla3>
""", enc=b64(pw := words_pw())), pw, "wiki.filezilla-project.org Site Manager / sitemanager.xml")

S("netrc", "ftp-password", "feeds/.netrc", T("""
# FTPS endpoints used by the legacy AL3 download jobs
machine ftps.ivans.example.com
  login ACME0193
  password <<s>>

machine downloads.safeco.example.com
  login acmeagency
  account AL3
""", s=(pw := rand_pw(10))), pw, "gnu.org inetutils .netrc file format")

D("known-hosts", "host-keys", "feeds/ssh/known_hosts", T("""
sftp.hiscox.example.com,203.0.113.17 <<k1>>
mft.thehartford.example.com <<k2>>
|1|<<salt>>=|<<hsh>>= <<k3>>
sftp.travelers.example.com ecdsa-sha2-nistp256 AAAAE2VjZHNhLXNoYTItbmlzdHAyNTYAAAAIbmlzdHAyNTYAAABBBPq3nX7vK2mR9tZ1wL4cY8bH6jF0dG5aZ9eU2iK7oM4qS1xV3rT6yB8nC0pL5hJ2gD4fA7sE9kW1uQ3mN6zR=
mft.chubb.example.com <<k4>>
""", k1=ssh_ed25519_pub("").strip(), k2=ssh_rsa_pub(), salt=b64_bytes(20).rstrip("="), hsh=b64_bytes(20).rstrip("="),
     k3=ssh_ed25519_pub("").strip(), k4=ssh_rsa_pub()), "man sshd(8) SSH_KNOWN_HOSTS FILE FORMAT")

D("authorized-keys", "public-keys", "sftp-gateway/authorized_keys/agency_uploads", T("""
# Agencies allowed to upload ACORD applications to the chroot (one key per agency)
restrict,command="internal-sftp" <<k1>>
restrict,command="internal-sftp" <<k2>>
restrict,command="internal-sftp" <<k3>>
restrict,command="internal-sftp",from="198.51.100.0/24" <<k4>>
# removed 2024-03-02: agency 0457 (contract terminated)
""", k1=ssh_ed25519_pub("agency-0193@bluewater-insurance"), k2=ssh_ed25519_pub("agency-0288@lakeside-agency"),
     k3=ssh_rsa_pub("agency-0312@prairie-risk"), k4=ssh_ed25519_pub("agency-0401@harbor-point")), "man sshd(8) AUTHORIZED_KEYS FILE FORMAT")

D("pgp", "public-key-block", "feeds/pgp/zurich_public.asc", T("""
<<k>>
""", k=pgp_public()), "RFC 4880 ASCII armor (public key block)")

S("pgp", "private-key-block", "feeds/pgp/acme_feeds_secret.asc", T("""
<<s>>
""", s=(key := pgp_private())), key, "RFC 4880 ASCII armor (secret key block)")

S("shell", "gpg-passphrase-flag", "feeds/bordereau/decrypt_inbound.sh", T("""
#!/bin/bash
# Decrypts the claims bordereaux the coverholders send us and loads them into staging.
set -euo pipefail
IN=/data/feeds/bordereau/in
for f in "$IN"/*.gpg; do
  [ -e "$f" ] || continue
  gpg --batch --yes --pinentry-mode loopback \\
      --passphrase '<<s>>' \\
      --output "${f%.gpg}" --decrypt "$f"
  mv "$f" "$IN/archive/"
done
python -m feeds.load_bordereaux "$IN"/*.csv
""", s=(pw := passphrase())), pw, "gnupg.org manual (--passphrase, --pinentry-mode loopback)")

D("shell", "gpg-passphrase-file", "feeds/bordereau/encrypt_outbound.sh", T("""
#!/bin/bash
# Encrypts outbound bordereaux to each carrier's public key and signs with ours.
# The signing key passphrase is a file mounted from the feeds secret (root:feeds 0440).
set -euo pipefail
OUT=/data/feeds/bordereau/out
for carrier in hiscox beazley zurich; do
  for f in "$OUT/$carrier"/*.csv; do
    gpg --batch --yes --pinentry-mode loopback --passphrase-file /run/secrets/gpg_feeds_passphrase \\
        --local-user feeds@acmemutual.com --recipient "bordereaux@${carrier}.example.com" \\
        --sign --encrypt --output "$f.gpg" "$f"
  done
done
"""), "gnupg.org manual (--passphrase-file)")

S("crontab", "curl-user-password", "deploy/cron/carrier-feeds", T("""
# /etc/cron.d/carrier-feeds  (installed by ansible role feeds)
SHELL=/bin/bash
PATH=/usr/local/bin:/usr/bin:/bin
MAILTO=feeds-oncall@acmemutual.com

# Weekly policy-in-force to Progressive commercial (FTPS)
15 2 * * 1 feeds curl -sS --ssl-reqd -u acme_pif:<<s>> -T /data/feeds/pif/pif_$(date +\\%G\\%V).csv ftp://ftps.progcommercial.example.com/inbound/
# Daily AL3 pull
30 5 * * * feeds /opt/feeds/bin/pull_al3.sh >> /var/log/feeds/al3.log 2>&1
""", s=(pw := plain_pw())), pw, "man crontab(5); curl.se man page (-u, --ssl-reqd)")

S("yaml", "carrier-feed-password", "feeds/config/carriers.yaml", T("""
# Carrier feed endpoints (prod). Keys live in /etc/feeds/keys.
carriers:
  hiscox:
    host: sftp.hiscox.example.com
    user: acme_mga_b1234
    auth: key
    key_path: /etc/feeds/keys/hiscox_ed25519
    remote_dir: /inbound/bordereaux
  beazley:
    host: sftp.beazley.example.com
    user: acme_coverholder
    auth: key
    key_path: /etc/feeds/keys/beazley_ed25519
    remote_dir: /inbound
  kinsale:
    host: mft.kinsale.example.com
    user: ACMEMGA
    auth: password
    password: "<<s>>"   # their MFT still has no key support (ticket KIN-8812)
    remote_dir: /Upload/Bordereaux
""", s=(pw := insurer_pw())), pw, "yaml.org spec; feeds runbook")

D("yaml", "key-paths-and-env-names", "feeds/config/carriers.uat.yaml", T("""
carriers:
  hiscox:
    host: sftp-test.hiscox.example.com
    user: acme_mga_b1234_test
    auth: key
    key_path: /etc/feeds/keys/hiscox_uat_ed25519
  kinsale:
    host: mft-test.kinsale.example.com
    user: ACMEMGA_T
    auth: password
    password_env: FEEDS_KINSALE_UAT_PASSWORD
  zurich:
    host: mft-uat.zurichna.example.com
    user: acme-mga
    auth: key
    key_path: /etc/feeds/keys/zurich_uat_rsa
    pgp_recipient_fingerprint: 7A1C 9E4F 2B3D 5C6A 8E0F  1D2B 4C7E 9A3F 6B8D 0E2C
"""), "yaml.org spec; feeds runbook")

S("dtsconfig", "connection-password", "ssis/CarrierExtract.dtsConfig", T("""
<?xml version="1.0"?>
<DTSConfiguration>
  <DTSConfigurationHeading>
    <DTSConfigurationFileInfo GeneratedBy="ACMEMUTUAL\\etl_dev" GeneratedFromPackageName="CarrierExtract" GeneratedDate="3/4/2024 9:14:22 AM" />
  </DTSConfigurationHeading>
  <Configuration ConfiguredType="Property" Path="\\Package.Connections[AgencyMgmt].Properties[ConnectionString]" ValueType="String">
    <ConfiguredValue>Data Source=sqlams-prd01;User ID=ssis_extract;Password=<<s>>;Initial Catalog=AMS360;Provider=SQLNCLI11.1;Auto Translate=False;</ConfiguredValue>
  </Configuration>
  <Configuration ConfiguredType="Property" Path="\\Package.Variables[User::OutputFolder].Properties[Value]" ValueType="String">
    <ConfiguredValue>\\\\fs01\\feeds\\carriers\\outbound</ConfiguredValue>
  </Configuration>
</DTSConfiguration>
""", s=(pw := words_pw())), pw, "learn.microsoft.com SSIS package configurations (XML configuration file)", crlf=True)

S("python", "azure-storage-account-key", "feeds/azure/bordereau_drop.py", T("""
\"\"\"Drops encrypted bordereaux in the shared Azure container the London market team reads.\"\"\"
from pathlib import Path

from azure.storage.blob import BlobServiceClient

CONN_STR = (
    "DefaultEndpointsProtocol=https;AccountName=acmebordereaux;"
    "AccountKey=<<s>>;EndpointSuffix=core.windows.net"
)


def upload(path: Path) -> None:
    svc = BlobServiceClient.from_connection_string(CONN_STR)
    blob = svc.get_blob_client(container="bordereaux-inbound", blob=path.name)
    with path.open("rb") as fh:
        blob.upload_blob(fh, overwrite=True)


if __name__ == "__main__":
    for p in Path("/data/feeds/bordereau/out/london").glob("*.gpg"):
        upload(p)
""", s=(key := azure_storage_key())), key, "learn.microsoft.com Azure Storage connection strings")

S("powershell", "blob-sas-signature", "feeds/azure/Upload-LossRuns.ps1", T("""
# Uploads the monthly loss-run PDFs for the broker portal.
$ErrorActionPreference = "Stop"
$month = (Get-Date).AddMonths(-1).ToString("yyyy-MM")
$sasUrl = "https://acmelossruns.blob.core.windows.net/lossruns?sv=2022-11-02&ss=b&srt=co&sp=rwdlac&se=2025-06-30T23:59:59Z&st=2024-07-01T00:00:00Z&spr=https&sig=<<s>>"

Get-ChildItem "D:\\feeds\\lossruns\\$month\\*.pdf" | ForEach-Object {
    & azcopy copy $_.FullName $sasUrl --overwrite=ifSourceNewer --log-level=WARNING
}
Write-Host "Uploaded loss runs for $month"
""", s=(sig := url_b64(32))), sig, "learn.microsoft.com account SAS (sig parameter); azcopy copy")

D("local-settings-json", "azurite-dev-key", "feeds/functions/local.settings.json", T("""
{
  "IsEncrypted": false,
  "Values": {
    "AzureWebJobsStorage": "UseDevelopmentStorage=true",
    "FUNCTIONS_WORKER_RUNTIME": "python",
    "BORDEREAU_CONTAINER": "bordereaux-inbound",
    "AZURITE_CONNECTION": "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;BlobEndpoint=http://127.0.0.1:10000/devstoreaccount1;"
  },
  "Host": { "LocalHttpPort": 7071 }
}
"""), "learn.microsoft.com Azurite emulator (well-known development account key)")

S("batch", "pscp-password", "feeds/bat/send_acord_al3.bat", T("""
@echo off
REM Sends the nightly ACORD AL3 policy download file to the agency system vendor.
setlocal
set SRC=D:\\feeds\\al3\\out
set HOST=upload.appliedsystems.example.com
set LOG=D:\\feeds\\logs\\al3_%date:~-4%%date:~4,2%%date:~7,2%.log

for %%F in (%SRC%\\*.al3) do (
  "C:\\Program Files\\PuTTY\\pscp.exe" -batch -sftp -pw <<s>> "%%F" acme_al3@%HOST%:/inbound/ >> %LOG% 2>&1
  if errorlevel 1 echo FAILED %%F >> %LOG%
)
endlocal
""", s=(pw := plain_pw())), pw, "the.earth.li PuTTY manual (pscp -pw)", crlf=True)

D("log", "sftp-session-log", "feeds/logs/sftp-push-2024-05-02.log", T("""
2024-05-02 02:15:01,104 INFO  feeds.sftp_push connecting to sftp.hiscox.example.com:22 as acme_mga_b1234
2024-05-02 02:15:01,622 INFO  paramiko.transport Connected (version 2.0, client OpenSSH_9.6)
2024-05-02 02:15:01,790 INFO  paramiko.transport Authentication (publickey) successful!
2024-05-02 02:15:01,791 INFO  feeds.sftp_push host key SHA256:q3T0mVbK8xYp2Wz7RnL5cHd1FjG9sA4eU6iO0tN2kMw
2024-05-02 02:15:02,014 INFO  feeds.sftp_push uploaded premium_bordereau_2024-04.csv.gpg (412 KB) sha256=7d9f2a1c4e6b8d0f3a5c7e9b1d2f4a6c8e0b2d4f6a8c0e2b4d6f8a0c2e4b6d8f
2024-05-02 02:15:02,388 INFO  feeds.sftp_push uploaded claims_bordereau_2024-04.csv.gpg (96 KB) sha256=1b3d5f7a9c2e4b6d8f0a1c3e5b7d9f2a4c6e8b0d2f4a6c8e0b1d3f5a7c9e2b4d
2024-05-02 02:15:02,401 INFO  feeds.sftp_push session 5c1a7e9b-3d2f-4a8c-b6e0-9f1d3b5a7c2e closed
"""), "docs.paramiko.org logging")


# ===================================================================================================
# Deploy and CI
# ===================================================================================================

GHA = "docs.github.com workflow syntax for GitHub Actions"

S("github-actions", "hardcoded-env-password", ".github/workflows/dbt-nightly.yml", T("""
name: dbt nightly (claims mart)

on:
  schedule:
    - cron: "30 7 * * *"
  workflow_dispatch:

jobs:
  build:
    runs-on: ubuntu-latest
    env:
      DBT_PROFILES_DIR: ./dbt
      SNOWFLAKE_ACCOUNT: acmemutual-edw
      SNOWFLAKE_USER: DBT_CLAIMS
      SNOWFLAKE_PASSWORD: "<<s>>"
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-python@v5
        with:
          python-version: "3.11"
      - run: pip install dbt-snowflake==1.7.4
      - run: dbt deps && dbt build --target prod --fail-fast
""", s=(pw := words_pw())), pw, GHA)

D("github-actions", "secrets-context-and-pinned-shas", ".github/workflows/deploy-rating.yml", T("""
name: deploy rating-service

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
      - uses: actions/checkout@<<a>> # v4.1.7
      - uses: aws-actions/configure-aws-credentials@<<b>> # v4.0.2
        with:
          role-to-assume: arn:aws:iam::401238876512:role/gha-rating-deploy
          aws-region: us-east-1
      - name: Deploy
        env:
          SONAR_TOKEN: ${{ secrets.SONAR_TOKEN }}
          RATING_DB_PASSWORD: ${{ secrets.RATING_DB_PASSWORD }}
        run: ./gradlew sonar deploy -Penv=prod
""", a=git_sha(), b=git_sha()), GHA)

S("gitlab-ci", "gitlab-token-docker-login", ".gitlab-ci.yml", T("""
stages: [build, test, publish]

variables:
  IMAGE: registry.gitlab.com/acme-mutual/claims/fnol-service

build:
  stage: build
  image: maven:3.9-eclipse-temurin-17
  script:
    - mvn -B -q package -DskipTests
  artifacts:
    paths: [target/*.jar]

publish:
  stage: publish
  image: docker:24
  services: [docker:24-dind]
  script:
    - docker login -u fnol-ci -p <<s>> registry.gitlab.com
    - docker build -t $IMAGE:$CI_COMMIT_SHORT_SHA .
    - docker push $IMAGE:$CI_COMMIT_SHORT_SHA
  only: [main]
""", s=(tok := gitlab_pat())), tok, "docs.gitlab.com .gitlab-ci.yml keyword reference")

D("gitlab-ci", "predefined-variables-and-digests", "ci/templates/deploy.gitlab-ci.yml", T("""
.deploy:
  image: registry.gitlab.com/acme-mutual/platform/deployer@sha256:<<d1>>
  before_script:
    - echo "$CI_REGISTRY_PASSWORD" | docker login -u "$CI_REGISTRY_USER" --password-stdin "$CI_REGISTRY"
    - export VAULT_TOKEN="$(vault write -field=token auth/jwt/login role=claims-deploy jwt=$CI_JOB_JWT_V2)"
  script:
    - helm upgrade --install fnol ./chart -f chart/values-$CI_ENVIRONMENT_NAME.yaml --set image.tag=$CI_COMMIT_SHA
  rules:
    - if: $CI_COMMIT_BRANCH == "main"

deploy-uat:
  extends: .deploy
  environment: uat

deploy-prod:
  extends: .deploy
  environment: production
  when: manual
  needs: ["deploy-uat"]
""", d1=hexs(64)), "docs.gitlab.com predefined CI/CD variables")

S("jenkinsfile", "withenv-password", "Jenkinsfile", T("""
pipeline {
    agent { label 'gw-build' }
    options { timestamps(); timeout(time: 3, unit: 'HOURS') }
    environment {
        GW_ENV = 'systest'
    }
    stages {
        stage('Build') {
            steps {
                sh './gwb compile'
            }
        }
        stage('Deploy to systest') {
            steps {
                withEnv(['GW_ADMIN_USER=su', 'GW_ADMIN_PASSWORD=<<s>>']) {
                    sh './gwb deployServer -Denv=${GW_ENV} -Dgw.admin.user=$GW_ADMIN_USER -Dgw.admin.password=$GW_ADMIN_PASSWORD'
                }
            }
        }
    }
    post { failure { mail to: 'cc-devops@acmemutual.com', subject: "CC build ${env.BUILD_NUMBER} failed", body: env.BUILD_URL } }
}
""", s=(pw := insurer_pw())), pw, "jenkins.io pipeline syntax (withEnv)")

D("jenkinsfile", "with-credentials", "jenkins/Jenkinsfile.claimcenter", T("""
pipeline {
    agent { label 'gw-build' }
    parameters { choice(name: 'TARGET', choices: ['systest', 'uat', 'prod'], description: 'Environment') }
    stages {
        stage('Deploy') {
            steps {
                withCredentials([
                    usernamePassword(credentialsId: 'gw-admin-' + params.TARGET, usernameVariable: 'GW_USER', passwordVariable: 'GW_PASS'),
                    string(credentialsId: 'artifactory-token', variable: 'ARTIFACTORY_TOKEN')
                ]) {
                    sh '''
                      ./gwb deployServer -Denv=$TARGET -Dgw.admin.user="$GW_USER" -Dgw.admin.password="$GW_PASS"
                      curl -H "Authorization: Bearer $ARTIFACTORY_TOKEN" -T build/cc.war https://artifactory.acmemutual.com/artifactory/gw-releases/
                    '''
                }
            }
        }
    }
}
"""), "jenkins.io Credentials Binding plugin (withCredentials)")

S("azure-pipelines", "plain-variable-password", "azure-pipelines.yml", T("""
trigger:
  branches:
    include: [ main ]

pool:
  vmImage: windows-latest

variables:
  buildConfiguration: Release
  sqlServer: sqldct-uat01.corp.acmemutual.com
  sqlAdminUser: dct_deploy
  sqlAdminPassword: '<<s>>'

steps:
  - task: DotNetCoreCLI@2
    inputs:
      command: publish
      projects: src/Acme.Rating.Api/Acme.Rating.Api.csproj
      arguments: --configuration $(buildConfiguration) --output $(Build.ArtifactStagingDirectory)
  - task: SqlAzureDacpacDeployment@1
    inputs:
      ServerName: $(sqlServer)
      SqlUsername: $(sqlAdminUser)
      SqlPassword: $(sqlAdminPassword)
      DacpacFile: db/RateBook.dacpac
""", s=(pw := season_pw())), pw, "learn.microsoft.com Azure Pipelines YAML schema (variables)")

D("azure-pipelines", "variable-group-macros", "pipelines/duckcreek-release.yml", T("""
trigger: none

variables:
  - group: duckcreek-prod          # linked to kv-acme-dct-prod
  - name: dctPackage
    value: Policy_7.2.0.$(Build.BuildId).zip

stages:
  - stage: Deploy
    jobs:
      - deployment: DuckCreekPolicy
        environment: dct-prod
        strategy:
          runOnce:
            deploy:
              steps:
                - task: AzureKeyVault@2
                  inputs:
                    azureSubscription: sc-acme-dct-prod
                    KeyVaultName: kv-acme-dct-prod
                    SecretsFilter: 'DctDbPassword,DctServicePassword'
                - powershell: ./deploy/Install-DuckCreekProd.ps1 -Server dct-prd-app01 -Package $(dctPackage)
                  env:
                    DCT_DB_PASSWORD: $(DctDbPassword)
"""), "learn.microsoft.com Azure Pipelines variable groups / AzureKeyVault task")

S("helm-values", "database-password", "deploy/helm/claims-api/values-prod.yaml", T("""
replicaCount: 4

image:
  repository: 401238876512.dkr.ecr.us-east-1.amazonaws.com/claims-api
  tag: "2024.05.3"

ingress:
  enabled: true
  className: alb
  hosts:
    - host: claims-api.acmemutual.com
      paths: [{ path: /, pathType: Prefix }]

externalDatabase:
  host: claims-prod.cluster-c7x1pq.us-east-1.rds.amazonaws.com
  port: 5432
  database: claims
  user: claims_api
  password: "<<s>>"

resources:
  requests: { cpu: 500m, memory: 1Gi }
  limits: { memory: 2Gi }
""", s=(pw := rand_pw(22))), pw, "helm.sh values files; artifacthub.io bitnami externalDatabase convention")

D("helm-template", "values-expressions", "deploy/helm/claims-api/templates/secret.yaml", T("""
{{- if not .Values.externalDatabase.existingSecret }}
apiVersion: v1
kind: Secret
metadata:
  name: {{ include "claims-api.fullname" . }}-db
  labels:
    {{- include "claims-api.labels" . | nindent 4 }}
type: Opaque
data:
  DB_USER: {{ .Values.externalDatabase.user | b64enc | quote }}
  DB_PASSWORD: {{ required "externalDatabase.password is required" .Values.externalDatabase.password | b64enc | quote }}
{{- end }}
"""), "helm.sh chart template guide (built-in objects, b64enc)")

S("k8s-secret", "base64-data-password", "deploy/k8s/rating-db-secret.yaml", T("""
apiVersion: v1
kind: Secret
metadata:
  name: rating-db
  namespace: rating
  labels:
    app.kubernetes.io/name: rating-service
type: Opaque
data:
  DB_HOST: <<h>>
  DB_USER: <<u>>
  DB_PASSWORD: <<p>>
""", h=b64("ratebook-prod.cluster-c7x1pq.us-east-1.rds.amazonaws.com"), u=b64("rating_svc"), p=b64(pw := words_pw())),
  pw, "kubernetes.io Secrets (data is base64)")

S("k8s-secret", "stringdata-sendgrid", "deploy/k8s/docgen-secrets.yaml", T("""
apiVersion: v1
kind: Secret
metadata:
  name: docgen
  namespace: documents
type: Opaque
stringData:
  SENDGRID_API_KEY: <<s>>
  MAIL_FROM: policy-documents@acmemutual.com
  DOCMOSIS_URL: https://us1.dws4.docmosis.com/api/render
""", s=(key := sendgrid_key())), key, "kubernetes.io Secrets (stringData); docs.sendgrid.com API keys")

D("sealed-secret", "encrypted-data", "deploy/k8s/sealed/claims-db.yaml", T("""
apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata:
  name: claims-db
  namespace: claims
spec:
  encryptedData:
    DB_PASSWORD: <<a>>
    DB_USER: <<b>>
  template:
    metadata:
      name: claims-db
      namespace: claims
    type: Opaque
""", a="AgB" + b64_bytes(300), b="AgC" + b64_bytes(280)), "github.com/bitnami-labs/sealed-secrets README")

D("sops-yaml", "encrypted-values", "deploy/secrets/prod.enc.yaml", T("""
claims_db_password: <<a>>
iso_claimsearch_password: <<b>>
sendgrid_api_key: <<c>>
sops:
    kms:
        - arn: arn:aws:kms:us-east-1:401238876512:key/5e1c9a7b-3d2f-4b8e-a6c0-9f1d2b3c4d5e
          created_at: "2024-04-11T14:02:37Z"
          enc: <<k>>
          aws_profile: ""
    lastmodified: "2024-04-11T14:02:38Z"
    mac: <<m>>
    unencrypted_suffix: _unencrypted
    version: 3.8.1
""", a=sops_value(), b=sops_value(), c=sops_value(), k="AQICAHh" + b64_bytes(150),
     m=f"ENC[AES256_GCM,data:{b64_bytes(32)},iv:{b64_bytes(32)},tag:{b64_bytes(16)},type:str]"), "github.com/getsops/sops README (encrypted YAML)")

D("ansible-vault", "vault-ciphertext", "ansible/group_vars/prod/vault.yml", T("""
<<v>>
""", v=ansible_vault_blob(12)), "docs.ansible.com Ansible Vault (encrypted files)")

S("ansible-vars", "plain-password", "ansible/group_vars/uat/vars.yml", T("""
---
# UAT claims platform
claims_env: uat
claims_db_host: claims-uat.cluster-c7x1pq.us-east-1.rds.amazonaws.com
claims_db_name: claims
claims_db_user: claims_app
claims_db_password: "<<s>>"
feeds_user: feeds
feeds_cron_enabled: false
jvm_heap: 4g
""", s=(pw := insurer_pw())), pw, "docs.ansible.com group_vars")

D("ansible-vars", "vault-variable-references", "ansible/group_vars/prod/vars.yml", T("""
---
claims_env: prod
claims_db_host: claims-prod.cluster-c7x1pq.us-east-1.rds.amazonaws.com
claims_db_name: claims
claims_db_user: claims_app
claims_db_password: "{{ vault_claims_db_password }}"
iso_claimsearch_password: "{{ vault_iso_claimsearch_password }}"
feeds_gpg_passphrase: "{{ lookup('community.hashi_vault.hashi_vault', 'secret=kv/data/feeds:gpg_passphrase') }}"
feeds_cron_enabled: true
jvm_heap: 12g
"""), "docs.ansible.com tips (vault_ variable indirection); community.hashi_vault lookup")

S("terraform-tfvars", "database-password", "infra/envs/prod/terraform.tfvars", T("""
environment          = "prod"
region               = "us-east-1"
vpc_id               = "vpc-0a7c3e91d2b4f6a80"
claims_db_instance   = "db.r6g.2xlarge"
claims_db_username   = "claims_admin"
claims_db_password   = "<<s>>"
backup_retention     = 35
multi_az             = true
tags = {
  CostCenter = "CLM-4100"
  Owner      = "claims-platform"
}
""", s=(pw := rand_pw(24))), pw, "developer.hashicorp.com Terraform input variables (.tfvars)")

D("terraform", "sensitive-variable-and-random", "infra/modules/claims-db/variables.tf", T("""
variable "claims_db_username" {
  type        = string
  description = "Master user of the claims Aurora cluster"
  default     = "claims_admin"
}

variable "claims_db_password" {
  type        = string
  description = "Master password; leave null to generate one and store it in Secrets Manager"
  sensitive   = true
  default     = null
}

resource "random_password" "master" {
  length           = 32
  special          = true
  override_special = "!#%*-_"
}

resource "aws_secretsmanager_secret_version" "master" {
  secret_id     = aws_secretsmanager_secret.master.id
  secret_string = coalesce(var.claims_db_password, random_password.master.result)
}
"""), "developer.hashicorp.com Terraform sensitive variables; registry.terraform.io random_password")

S("docker-compose", "postgres-password", "docker-compose.yml", T("""
services:
  claims-db:
    image: postgres:16
    environment:
      POSTGRES_DB: claims
      POSTGRES_USER: claims
      POSTGRES_PASSWORD: <<s>>
    ports:
      - "5432:5432"
    volumes:
      - claims-data:/var/lib/postgresql/data
  fnol-service:
    build: .
    depends_on: [claims-db]
    environment:
      SPRING_PROFILES_ACTIVE: uat
      SPRING_DATASOURCE_URL: jdbc:postgresql://claims-db:5432/claims
volumes:
  claims-data:
""", s=(pw := words_pw())), pw, "docs.docker.com compose file reference; hub.docker.com postgres image")

D("docker-compose", "required-env-interpolation", "docker-compose.override.yml", T("""
services:
  claims-db:
    environment:
      POSTGRES_PASSWORD: ${POSTGRES_PASSWORD:?set POSTGRES_PASSWORD in your shell or .env}
  fnol-service:
    environment:
      SPRING_DATASOURCE_PASSWORD: ${POSTGRES_PASSWORD}
      ISO_CLAIMSEARCH_PASSWORD: ${ISO_CLAIMSEARCH_PASSWORD:-}
    secrets:
      - docusign_private_key
secrets:
  docusign_private_key:
    file: ./secrets/docusign_private.key
"""), "docs.docker.com compose interpolation (${VAR:?err})")

S("dockerfile", "env-password", "docgen/Dockerfile", T("""
FROM eclipse-temurin:17-jre-jammy

ARG APP_VERSION=1.14.2
ENV DOCGEN_DB_URL=jdbc:sqlserver://sqldocs-uat.corp.acmemutual.com:1433;databaseName=DocGen \\
    DOCGEN_DB_USER=docgen \\
    DOCGEN_DB_PASSWORD=<<s>> \\
    JAVA_OPTS="-Xms512m -Xmx2g"

WORKDIR /app
COPY build/libs/docgen-${APP_VERSION}.jar app.jar
COPY templates/ /app/templates/
EXPOSE 8080
USER 10001
ENTRYPOINT ["sh", "-c", "java $JAVA_OPTS -jar app.jar"]
""", s=(pw := insurer_pw())), pw, "docs.docker.com Dockerfile reference (ENV)")

S("shell", "heredoc-config-password", "deploy/bootstrap_claims_batch.sh", T("""
#!/bin/bash
# Bootstraps a claims batch node: writes the batch config and starts the service.
set -euo pipefail

install -d -o claims -g claims /etc/claims-batch
cat > /etc/claims-batch/batch.properties <<EOF
batch.db.url=jdbc:postgresql://claims-uat.cluster-c7x1pq.us-east-1.rds.amazonaws.com:5432/claims
batch.db.user=claims_batch
batch.db.password=<<s>>
batch.threads=8
batch.cron.reserve-review=0 0 2 * * ?
EOF
chmod 600 /etc/claims-batch/batch.properties
chown claims:claims /etc/claims-batch/batch.properties

systemctl enable --now claims-batch
""", s=(pw := rand_pw(18))), pw, "gnu.org bash manual (here documents)")

S("makefile", "cli-password-flag", "Makefile", T("""
.PHONY: build test load-rates dump-uat

RATE_DB_HOST ?= ratebook-uat.corp.acmemutual.com

build:
\t./gradlew build

test:
\t./gradlew test

load-rates:
\tPGPASSWORD='<<s>>' psql -h $(RATE_DB_HOST) -U ratebook_loader -d ratebook -f sql/load_factors.sql

dump-uat:
\tpg_dump -h $(RATE_DB_HOST) -U ratebook_loader -Fc ratebook > build/ratebook_uat.dump
""", s=(pw := words_pw())), pw, "gnu.org make manual; postgresql.org libpq environment variables (PGPASSWORD)")

S("npmrc", "npm-token", ".npmrc", T("""
registry=https://registry.npmjs.org/
@acme-mutual:registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=<<s>>
save-exact=true
engine-strict=true
""", s=(tok := npm_token())), tok, "docs.npmjs.com npmrc (auth-related configuration)")

D("npmrc", "env-token", "agent-portal/.npmrc", T("""
registry=https://registry.npmjs.org/
@acme-mutual:registry=https://npm.pkg.github.com
//npm.pkg.github.com/:_authToken=${NODE_AUTH_TOKEN}
always-auth=true
save-exact=true
"""), "docs.npmjs.com npmrc (environment variables)")

S("maven-settings", "nexus-password", "ci/settings.xml", T("""
<?xml version="1.0" encoding="UTF-8"?>
<settings xmlns="http://maven.apache.org/SETTINGS/1.2.0">
  <servers>
    <server>
      <id>acme-nexus-releases</id>
      <username>ci-deployer</username>
      <password><<s>></password>
    </server>
  </servers>
  <mirrors>
    <mirror>
      <id>acme-nexus</id>
      <mirrorOf>*</mirrorOf>
      <url>https://nexus.acmemutual.com/repository/maven-public/</url>
    </mirror>
  </mirrors>
</settings>
""", s=(pw := rand_pw(20))), pw, "maven.apache.org settings reference (servers)")

D("maven-settings", "maven-encrypted-password", "ci/settings-encrypted.xml", T("""
<?xml version="1.0" encoding="UTF-8"?>
<settings xmlns="http://maven.apache.org/SETTINGS/1.2.0">
  <!-- Password encrypted with `mvn --encrypt-password`; the master key is in ~/.m2/settings-security.xml on the agents. -->
  <servers>
    <server>
      <id>acme-nexus-releases</id>
      <username>ci-deployer</username>
      <password>{<<c>>}</password>
    </server>
    <server>
      <id>guidewire-repo</id>
      <username>${env.GW_REPO_USER}</username>
      <password>${env.GW_REPO_PASSWORD}</password>
    </server>
  </servers>
</settings>
""", c=b64_bytes(33)), "maven.apache.org password encryption guide")

S("docker-config", "base64-auth", "ci/docker/config.json", T("""
{
  "auths": {
    "acmemutual.jfrog.io": {
      "auth": "<<a>>"
    },
    "401238876512.dkr.ecr.us-east-1.amazonaws.com": {}
  },
  "credHelpers": {
    "401238876512.dkr.ecr.us-east-1.amazonaws.com": "ecr-login"
  }
}
""", a=b64("svc-claims-ci:" + (pw := plain_pw()))), pw, "docs.docker.com docker login (credentials store, config.json auths)")

S("pypirc", "pypi-token", ".pypirc", T("""
[distutils]
index-servers =
    pypi
    acme-internal

[pypi]
username = __token__
password = <<s>>

[acme-internal]
repository = https://artifactory.acmemutual.com/artifactory/api/pypi/actuarial-pypi
username = svc-actuarial
""", s=(tok := fakes.pypi_token(_seed()))), tok, "packaging.python.org the .pypirc file")

S("shell", "github-token", "scripts/release.sh", T("""
#!/usr/bin/env bash
# Tags a release of the rating engine and creates the GitHub release with the changelog section.
set -euo pipefail
VERSION="$1"
export GITHUB_TOKEN=<<s>>

git tag -a "v${VERSION}" -m "rating-engine ${VERSION}"
git push origin "v${VERSION}"
notes=$(awk "/^## ${VERSION}/{flag=1;next}/^## /{flag=0}flag" CHANGELOG.md)
gh release create "v${VERSION}" --title "rating-engine ${VERSION}" --notes "$notes" build/libs/*.jar
""", s=(tok := github_pat())), tok, "cli.github.com gh release create (GITHUB_TOKEN)")

S("datadog-yaml", "api-key", "deploy/datadog/datadog.yaml", T("""
api_key: <<s>>
site: datadoghq.com
hostname_fqdn: true
tags:
  - env:prod
  - team:claims-platform
  - app:claimcenter
logs_enabled: true
apm_config:
  enabled: true
process_config:
  process_collection:
    enabled: true
""", s=(key := hexs(32))), key, "docs.datadoghq.com agent configuration files (datadog.yaml)")

S("newrelic-yml", "license-key", "cc/newrelic/newrelic.yml", T("""
common: &default_settings
  license_key: '<<s>>'
  agent_enabled: true
  app_name: ClaimCenter (prod)
  high_security: false
  log_level: info
  transaction_tracer:
    enabled: true
    record_sql: obfuscated
  error_collector:
    ignore_classes:
      - gw.api.util.DisplayableException

production:
  <<: *default_settings
""", s=(key := newrelic_license())), key, "docs.newrelic.com Java agent configuration (newrelic.yml)")

D("newrelic-yml", "erb-and-env", "pc/newrelic/newrelic.yml", T("""
common: &default_settings
  license_key: <%= ENV['NEW_RELIC_LICENSE_KEY'] %>
  app_name: PolicyCenter (<%= ENV['GW_ENV'] %>)
  log_level: info
  transaction_tracer:
    record_sql: obfuscated

uat:
  <<: *default_settings

production:
  <<: *default_settings
"""), "docs.newrelic.com Java agent configuration (environment variable overrides)")

S("alertmanager", "pagerduty-routing-key", "monitoring/alertmanager.yml", T("""
route:
  receiver: claims-oncall
  group_by: [alertname, service]
  routes:
    - matchers: [ severity="info" ]
      receiver: null-receiver

receivers:
  - name: claims-oncall
    pagerduty_configs:
      - routing_key: <<s>>
        severity: '{{ .CommonLabels.severity }}'
        description: '{{ .CommonAnnotations.summary }}'
  - name: null-receiver
""", s=(key := hexs(32))), key, "prometheus.io Alertmanager configuration (pagerduty_config)")

S("alertmanager", "slack-api-url", "monitoring/alertmanager-feeds.yml", T("""
global:
  resolve_timeout: 10m

route:
  receiver: feeds-slack
  group_wait: 1m
  repeat_interval: 6h

receivers:
  - name: feeds-slack
    slack_configs:
      - api_url: <<s>>
        channel: '#carrier-feeds'
        send_resolved: true
        title: '{{ .CommonLabels.alertname }} ({{ .CommonLabels.carrier }})'
""", s=(url := slack_webhook())), url, "prometheus.io Alertmanager configuration (slack_config)")

S("shell", "vault-token", "scripts/bootstrap-vault-secrets.sh", T("""
#!/bin/sh
# One-off: seeds the feeds KV paths for the new UAT Vault namespace.
export VAULT_ADDR=https://vault.corp.acmemutual.com
export VAULT_NAMESPACE=claims/uat
export VAULT_TOKEN=<<s>>

vault kv put kv/feeds/carriers/hiscox host=sftp-test.hiscox.example.com username=acme_mga_b1234_test
vault kv put kv/feeds/carriers/kinsale host=mft-test.kinsale.example.com username=ACMEMGA_T
vault kv get -format=json kv/feeds/carriers/hiscox | jq .data.data
""", s=(tok := vault_token())), tok, "developer.hashicorp.com Vault CLI (VAULT_TOKEN); token prefixes hvs.")

D("vault-hcl", "agent-auto-auth", "deploy/vault/agent.hcl", T("""
pid_file = "/tmp/vault-agent.pid"

auto_auth {
  method "kubernetes" {
    mount_path = "auth/kubernetes"
    config = {
      role = "claims-api"
    }
  }
  sink "file" {
    config = { path = "/home/vault/.vault-token" }
  }
}

template {
  destination = "/vault/secrets/db.properties"
  contents    = <<EOT
{{ with secret "database/creds/claims-api" }}spring.datasource.username={{ .Data.username }}
spring.datasource.password={{ .Data.password }}{{ end }}
EOT
}
"""), "developer.hashicorp.com Vault Agent auto-auth and templates")

S("python", "okta-api-token", "scripts/provision_adjusters.py", T("""
\"\"\"Creates Okta accounts for the CAT surge adjusters listed in the staffing CSV.\"\"\"
import csv
import sys

import requests

OKTA_ORG = "https://acmemutual.okta.com"
OKTA_TOKEN = "<<s>>"
GROUP_ID = "00g8c2x1qzR7vLmP5357"
HEADERS = {"Authorization": f"SSWS {OKTA_TOKEN}", "Accept": "application/json"}


def main(path: str) -> None:
    for row in csv.DictReader(open(path)):
        user = {"profile": {"firstName": row["first"], "lastName": row["last"], "email": row["email"], "login": row["email"]}}
        r = requests.post(f"{OKTA_ORG}/api/v1/users?activate=true", json=user, headers=HEADERS, timeout=20)
        r.raise_for_status()
        requests.put(f"{OKTA_ORG}/api/v1/groups/{GROUP_ID}/users/{r.json()['id']}", headers=HEADERS, timeout=20)


if __name__ == "__main__":
    main(sys.argv[1])
""", s=(tok := okta_token())), tok, "developer.okta.com API tokens (SSWS)")

S("shell", "sfdx-auth-url", "scripts/deploy-agent-portal.sh", T("""
#!/usr/bin/env bash
# Deploys the Experience Cloud agent portal metadata to the UAT sandbox.
set -euo pipefail

echo "<<s>>" > /tmp/sfdx-auth.txt
sf org login sfdx-url --sfdx-url-file /tmp/sfdx-auth.txt --alias agent-uat
rm -f /tmp/sfdx-auth.txt

sf project deploy start --source-dir force-app --target-org agent-uat --test-level RunLocalTests --wait 60
""", s=(url := sfdx_auth_url())), url, "developer.salesforce.com sf org login sfdx-url")

S("json-config", "twilio-auth-token", "fnol-notify/config/default.json", T("""
{
  "port": 3000,
  "twilio": {
    "accountSid": "<<sid>>",
    "authToken": "<<s>>",
    "messagingServiceSid": "MG<<mg>>"
  },
  "templates": {
    "fnolReceived": "Acme Mutual: we received your claim {{claimNumber}}. Your adjuster will contact you within 1 business day.",
    "adjusterAssigned": "Acme Mutual: {{adjusterName}} is handling claim {{claimNumber}}."
  },
  "quietHours": { "start": "21:00", "end": "08:00", "tz": "America/Chicago" }
}
""", sid=twilio_sid(), s=(tok := hexs(32)), mg=hexs(32)), tok, "github.com/node-config/node-config (config/default.json); twilio.com auth tokens")

S("gcp-service-account", "private-key-line", "cat-model/keys/gcp-bq-sa.json", T("""
{
  "type": "service_account",
  "project_id": "acme-cat-modeling",
  "private_key_id": "<<kid>>",
  "private_key": "<<pk>>",
  "client_email": "cat-bq-loader@acme-cat-modeling.iam.gserviceaccount.com",
  "client_id": "104837261950384716253",
  "auth_uri": "https://accounts.google.com/o/oauth2/auth",
  "token_uri": "https://oauth2.googleapis.com/token",
  "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",
  "client_x509_cert_url": "https://www.googleapis.com/robot/v1/metadata/x509/cat-bq-loader%40acme-cat-modeling.iam.gserviceaccount.com",
  "universe_domain": "googleapis.com"
}
""", kid=hexs(40), pk=(gk := pem("", 16)).replace("\n", "\\n") + "\\n"), gk.split("\n")[2],
  "cloud.google.com service account key file format")

S("ruby", "braintree-private-key", "agent-portal-rails/config/initializers/braintree.rb", T("""
# Premium payments for agency-billed policies
Braintree::Configuration.environment = Rails.env.production? ? :production : :sandbox
Braintree::Configuration.merchant_id = "k7q2xm9c4vtp8bdw"
Braintree::Configuration.public_key  = "3rhy5z8dq7wm2kpn"
Braintree::Configuration.private_key = "<<s>>"
Braintree::Configuration.logger = Rails.logger
Braintree::Configuration.timeout = 30
""", s=(key := hexs(32))), key, "developer.paypal.com Braintree Ruby SDK configuration")

S("rails-database-yml", "production-password", "agent-portal-rails/config/database.yml", T("""
default: &default
  adapter: postgresql
  encoding: unicode
  pool: <%= ENV.fetch("RAILS_MAX_THREADS") { 5 } %>

development:
  <<: *default
  database: agent_portal_development

test:
  <<: *default
  database: agent_portal_test

production:
  <<: *default
  host: agentportal-prod.cluster-c7x1pq.us-east-1.rds.amazonaws.com
  database: agent_portal
  username: agent_portal
  password: <<s>>
""", s=(pw := insurer_pw())), pw, "guides.rubyonrails.org configuring a database (database.yml)")

D("rails-storage-yml", "credentials-erb", "agent-portal-rails/config/storage.yml", T("""
test:
  service: Disk
  root: <%= Rails.root.join("tmp/storage") %>

local:
  service: Disk
  root: <%= Rails.root.join("storage") %>

amazon:
  service: S3
  access_key_id: <%= Rails.application.credentials.dig(:aws, :access_key_id) %>
  secret_access_key: <%= Rails.application.credentials.dig(:aws, :secret_access_key) %>
  region: us-east-1
  bucket: acme-agent-portal-uploads-<%= Rails.env %>
"""), "guides.rubyonrails.org Active Storage (config/storage.yml with credentials)")

S("rails-secrets-yml", "secret-key-base", "agent-portal-rails/config/secrets.yml", T("""
# Legacy Rails 5.1 secrets; production moved to credentials in 2023 but this file is still read by Sidekiq.
development:
  secret_key_base: <%= ENV["SECRET_KEY_BASE"] %>

test:
  secret_key_base: 0000000000000000000000000000000000000000000000000000000000000000

production:
  secret_key_base: <<s>>
""", s=(key := hexs(128))), key, "guides.rubyonrails.org (config/secrets.yml, Rails 5.x)")

S("php", "wp-config-db-password", "agency-site/wp-config.php", T("""
<?php
/** Bluewater Insurance Agency public site */
define( 'DB_NAME', 'bluewater_wp' );
define( 'DB_USER', 'bluewater_wp' );
define( 'DB_PASSWORD', '<<s>>' );
define( 'DB_HOST', 'mysql-agency.internal:3306' );
define( 'DB_CHARSET', 'utf8mb4' );
define( 'DB_COLLATE', '' );

$table_prefix = 'bw_';
define( 'WP_DEBUG', false );
define( 'DISALLOW_FILE_EDIT', true );

if ( ! defined( 'ABSPATH' ) ) {
    define( 'ABSPATH', __DIR__ . '/' );
}
require_once ABSPATH . 'wp-settings.php';
""", s=(pw := words_pw())), pw, "developer.wordpress.org editing wp-config.php")

S("tomcat-xml", "keystore-password", "cc/tomcat/conf/server.xml", T("""
<?xml version="1.0" encoding="UTF-8"?>
<Server port="8005" shutdown="SHUTDOWN">
  <Listener className="org.apache.catalina.startup.VersionLoggerListener" />
  <Service name="Catalina">
    <Connector port="8443" protocol="org.apache.coyote.http11.Http11NioProtocol"
               maxThreads="400" SSLEnabled="true" scheme="https" secure="true">
      <SSLHostConfig protocols="TLSv1.2,TLSv1.3">
        <Certificate certificateKeystoreFile="/opt/gw/tls/claimcenter.p12"
                     certificateKeystoreType="PKCS12"
                     certificateKeystorePassword="<<s>>" />
      </SSLHostConfig>
    </Connector>
    <Engine name="Catalina" defaultHost="localhost">
      <Host name="localhost" appBase="webapps" unpackWARs="true" autoDeploy="false" />
    </Engine>
  </Service>
</Server>
""", s=(pw := passphrase())), pw, "tomcat.apache.org SSL/TLS configuration (SSLHostConfig/Certificate)")

D("tomcat-xml", "digest-hashes", "cc/tomcat/conf/tomcat-users.xml", T("""
<?xml version="1.0" encoding="UTF-8"?>
<!-- Manager access for the deploy pipeline. Passwords are stored as SHA-256 digests (digest.sh -a SHA-256 -i 100000). -->
<tomcat-users xmlns="http://tomcat.apache.org/xml" version="1.0">
  <role rolename="manager-script"/>
  <role rolename="manager-gui"/>
  <user username="deployer" password="<<a>>$100000$<<b>>" roles="manager-script"/>
  <user username="ops" password="<<c>>$100000$<<d>>" roles="manager-gui"/>
</tomcat-users>
""", a=hexs(32), b=hexs(64), c=hexs(32), d=hexs(64)), "tomcat.apache.org realm how-to (digested passwords)")

S("wildfly-xml", "datasource-password", "pc/wildfly/standalone-pc.xml", T("""
<subsystem xmlns="urn:jboss:domain:datasources:7.0">
    <datasources>
        <datasource jndi-name="java:/jdbc/PolicyCenterDS" pool-name="PolicyCenterDS" enabled="true">
            <connection-url>jdbc:oracle:thin:@pcdb-uat.corp.acmemutual.com:1521/PCUAT</connection-url>
            <driver>oracle</driver>
            <pool>
                <min-pool-size>10</min-pool-size>
                <max-pool-size>80</max-pool-size>
            </pool>
            <security>
                <user-name>pc_app</user-name>
                <password><<s>></password>
            </security>
        </datasource>
    </datasources>
</subsystem>
""", s=(pw := rand_pw(16))), pw, "docs.wildfly.org datasource configuration")

D("wildfly-xml", "credential-store-reference", "cc/wildfly/standalone-cc.xml", T("""
<subsystem xmlns="urn:jboss:domain:datasources:7.0">
    <datasources>
        <datasource jndi-name="java:/jdbc/ClaimCenterDS" pool-name="ClaimCenterDS" enabled="true">
            <connection-url>jdbc:oracle:thin:@ccdb-prod-scan.corp.acmemutual.com:1521/CCPROD</connection-url>
            <driver>oracle</driver>
            <security>
                <user-name>${env.CC_DB_USER}</user-name>
                <credential-reference store="gwCredStore" alias="cc-db-password"/>
            </security>
        </datasource>
    </datasources>
</subsystem>
"""), "docs.wildfly.org Elytron credential stores (credential-reference)")

S("logback-xml", "smtp-password", "claims-batch/src/main/resources/logback.xml", T("""
<configuration>
  <appender name="CONSOLE" class="ch.qos.logback.core.ConsoleAppender">
    <encoder><pattern>%d %-5level [%thread] %logger{36} - %msg%n</pattern></encoder>
  </appender>

  <appender name="EMAIL" class="ch.qos.logback.classic.net.SMTPAppender">
    <smtpHost>smtp.office365.com</smtpHost>
    <smtpPort>587</smtpPort>
    <STARTTLS>true</STARTTLS>
    <username>claims-batch-alerts@acmemutual.com</username>
    <password><<s>></password>
    <to>claims-batch-oncall@acmemutual.com</to>
    <subject>claims-batch ERROR: %logger{20} - %m</subject>
    <layout class="ch.qos.logback.classic.html.HTMLLayout"/>
  </appender>

  <root level="INFO">
    <appender-ref ref="CONSOLE"/>
    <appender-ref ref="EMAIL"/>
  </root>
</configuration>
""", s=(pw := season_pw())), pw, "logback.qos.ch manual (SMTPAppender)")

S("log", "leaked-connection-string", "logs/claims-batch-2024-03-11.log", T("""
2024-03-11 02:00:00,012 INFO  [main] c.a.c.batch.ReserveReviewJob - starting reserve review for 2024-03-10
2024-03-11 02:00:00,418 INFO  [main] c.a.c.batch.DataSourceFactory - connecting with jdbc:sqlserver://sqlcc-prd02.corp.acmemutual.com:1433;databaseName=ClaimCenter;user=cc_batch;password=<<s>>;encrypt=true
2024-03-11 02:00:30,431 ERROR [main] c.a.c.batch.DataSourceFactory - connection failed
com.microsoft.sqlserver.jdbc.SQLServerException: The TCP/IP connection to the host sqlcc-prd02.corp.acmemutual.com, port 1433 has failed.
	at com.microsoft.sqlserver.jdbc.SQLServerException.makeFromDriverError(SQLServerException.java:242)
	at com.microsoft.sqlserver.jdbc.SQLServerConnection.connectHelper(SQLServerConnection.java:3407)
	at com.acme.claims.batch.DataSourceFactory.open(DataSourceFactory.java:58)
2024-03-11 02:00:30,433 INFO  [main] c.a.c.batch.ReserveReviewJob - retry 1/3 in 60s
""", s=(pw := words_pw())), pw, "learn.microsoft.com JDBC connection URL; logback default layout")

D("log", "masked-credentials", "logs/claims-batch-2024-04-02.log", T("""
2024-04-02 02:00:00,009 INFO  [main] c.a.c.batch.ReserveReviewJob - starting reserve review for 2024-04-01
2024-04-02 02:00:00,377 INFO  [main] c.a.c.batch.DataSourceFactory - connecting with jdbc:sqlserver://sqlcc-prd02.corp.acmemutual.com:1433;databaseName=ClaimCenter;user=cc_batch;password=********;encrypt=true
2024-04-02 02:00:01,102 INFO  [main] c.a.c.batch.IsoClient - ISO ClaimSearch auth ok (user=ACMEMUT01, password=[REDACTED])
2024-04-02 02:00:04,880 INFO  [main] c.a.c.batch.ReserveReviewJob - 1,284 claims reviewed, 37 flagged (run id 8e2b4c6d-1f3a-4b5c-9d7e-0a2b4c6d8e1f)
2024-04-02 02:00:04,881 INFO  [main] c.a.c.batch.ReserveReviewJob - done in 4.87s
"""), "logback.qos.ch manual; OWASP logging cheat sheet (masking)")

S("csv", "carrier-portal-password", "agency-ops/carrier_portal_logins.csv", T("""
carrier,portal_url,login,password,mfa,owner,notes
Travelers,https://foragents.travelers.example.com,acme_agency_77,SSO,okta,CSR team,via agency SSO
Safeco,https://now.safeco.example.com,ACME0193,SSO,okta,CSR team,
Progressive,https://foragentsonly.progressive.example.com,acmeagy77,SSO,none,Commercial,
Hagerty,https://agents.hagerty.example.com,bluewater.ops,<<s>>,none,Personal lines,shared login - rotate quarterly
Openly,https://agents.openly.example.com,ops@bluewater-insurance.example.com,SSO,okta,Personal lines,
""", s=(pw := season_pw())), pw, "RFC 4180 CSV; agency operations spreadsheet")

D("csv", "policy-extract-hashed-ids", "agency-ops/exports/pif_2024-05.csv", T("""
policy_number,carrier,lob,effective,expiration,premium,insured_ssn_sha256,vin
HO3-TX-20931877,Safeco,HO,2024-01-14,2025-01-14,2411.00,3f2a9c1e7b4d6e8f0a1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d6e7f8a9b0c1d2e3f,
PA-7712093344,Progressive,PA,2024-02-01,2024-08-01,982.50,9e8d7c6b5a4f3e2d1c0b9a8f7e6d5c4b3a2f1e0d9c8b7a6f5e4d3c2b1a0f9e8d,1FTFW1E50NFA12345
PA-7712098120,Progressive,PA,2024-03-19,2024-09-19,1104.20,0b1c2d3e4f5a6b7c8d9e0f1a2b3c4d5e6f7a8b9c0d1e2f3a4b5c6d7e8f9a0b1c,5YJ3E1EA7KF317890
BOP-OK-0048812,Travelers,BOP,2024-04-01,2025-04-01,3370.00,7c6b5a4f3e2d1c0b9a8f7e6d5c4b3a2f1e0d9c8b7a6f5e4d3c2b1a0f9e8d7c6b,
"""), "RFC 4180 CSV; NHTSA VIN format")

ACORD = "ACORD XML standard (SignonRq / SignonPswd / CustPswd)"

S("acord-xml", "signon-password", "samples/ACORD_PersAutoPolicyQuoteRq.xml", T("""
<?xml version="1.0" encoding="UTF-8"?>
<ACORD>
  <SignonRq>
    <SignonPswd>
      <CustId>
        <SPName>com.travelers</SPName>
        <CustLoginId>ACME0193</CustLoginId>
      </CustId>
      <CustPswd>
        <EncryptionTypeCd>NONE</EncryptionTypeCd>
        <Pswd><<s>></Pswd>
      </CustPswd>
    </SignonPswd>
    <ClientDt>2024-05-14T10:22:31</ClientDt>
    <CustLangPref>en-US</CustLangPref>
    <ClientApp><Org>Acme Agency Systems</Org><Name>QuoteBridge</Name><Version>3.2</Version></ClientApp>
  </SignonRq>
  <InsuranceSvcRq>
    <RqUID>7d3c1b9a-5e4f-4a2b-8c6d-0e1f2a3b4c5d</RqUID>
    <PersAutoPolicyQuoteInqRq>
      <TransactionRequestDt>2024-05-14</TransactionRequestDt>
      <PersPolicy><LOBCd>AUTOP</LOBCd><ContractTerm><EffectiveDt>2024-06-01</EffectiveDt></ContractTerm></PersPolicy>
    </PersAutoPolicyQuoteInqRq>
  </InsuranceSvcRq>
</ACORD>
""", s=(pw := rand_pw(12))), pw, ACORD)

D("acord-xml", "masked-password", "samples/ACORD_HomePolicyQuoteRq.xml", T("""
<?xml version="1.0" encoding="UTF-8"?>
<ACORD>
  <SignonRq>
    <SignonPswd>
      <CustId><SPName>com.safeco</SPName><CustLoginId>ACME0193</CustLoginId></CustId>
      <CustPswd>
        <EncryptionTypeCd>NONE</EncryptionTypeCd>
        <Pswd>********</Pswd>
      </CustPswd>
    </SignonPswd>
    <ClientDt>2024-05-14T10:25:02</ClientDt>
  </SignonRq>
  <InsuranceSvcRq>
    <RqUID>1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d</RqUID>
    <HomePolicyQuoteInqRq>
      <PersPolicy><LOBCd>HOME</LOBCd><PolicyNumber>HO3-TX-20931877</PolicyNumber></PersPolicy>
    </HomePolicyQuoteInqRq>
  </InsuranceSvcRq>
</ACORD>
"""), ACORD)

S("soapui-xml", "ws-security-password", "soapui/ClaimCenter-ClaimAPI-soapui-project.xml", T("""
<?xml version="1.0" encoding="UTF-8"?>
<con:soapui-project id="5b2e0c7a" activeEnvironment="Default" name="ClaimCenter ClaimAPI" soapui-version="5.7.2" xmlns:con="http://eviware.com/soapui/config">
  <con:settings/>
  <con:interface xsi:type="con:WsdlInterface" name="ClaimAPISoap11Binding" bindingName="{http://example.com/acme/cc/ws/ClaimAPI}ClaimAPISoap11Binding" soapVersion="1_1" definition="https://cc-uat.corp.acmemutual.com/cc/ws/acme/cc/ws/ClaimAPI?wsdl" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
    <con:operation name="getClaim" action="">
      <con:call name="Request 1">
        <con:endpoint>https://cc-uat.corp.acmemutual.com/cc/ws/acme/cc/ws/ClaimAPI</con:endpoint>
        <con:request><![CDATA[<soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/"><soapenv:Body><getClaim><claimNumber>CA-2024-0031877</claimNumber></getClaim></soapenv:Body></soapenv:Envelope>]]></con:request>
        <con:credentials>
          <con:username>su_soapui</con:username>
          <con:password><<s>></con:password>
          <con:authType>Basic</con:authType>
        </con:credentials>
      </con:call>
    </con:operation>
  </con:interface>
  <con:properties/>
</con:soapui-project>
""", s=(pw := insurer_pw())), pw, "soapui.org project file (request credentials)")

D("wsdl", "ws-policy", "cc/ws/ClaimAPI.wsdl", T("""
<?xml version="1.0" encoding="UTF-8"?>
<wsdl:definitions name="ClaimAPI" targetNamespace="http://example.com/acme/cc/ws/ClaimAPI"
    xmlns:wsdl="http://schemas.xmlsoap.org/wsdl/" xmlns:soap="http://schemas.xmlsoap.org/wsdl/soap/"
    xmlns:wsp="http://www.w3.org/ns/ws-policy" xmlns:sp="http://docs.oasis-open.org/ws-sx/ws-securitypolicy/200702">
  <wsp:Policy wsu:Id="UsernameTokenPolicy" xmlns:wsu="http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-utility-1.0.xsd">
    <sp:SupportingTokens>
      <wsp:Policy>
        <sp:UsernameToken sp:IncludeToken="http://docs.oasis-open.org/ws-sx/ws-securitypolicy/200702/IncludeToken/AlwaysToRecipient">
          <wsp:Policy><sp:WssUsernameToken10/><sp:HashPassword/></wsp:Policy>
        </sp:UsernameToken>
      </wsp:Policy>
    </sp:SupportingTokens>
  </wsp:Policy>
  <wsdl:service name="ClaimAPI">
    <wsdl:port name="ClaimAPISoap11Port" binding="tns:ClaimAPISoap11Binding">
      <soap:address location="https://cc.corp.acmemutual.com/cc/ws/acme/cc/ws/ClaimAPI"/>
    </wsdl:port>
  </wsdl:service>
</wsdl:definitions>
"""), "OASIS WS-SecurityPolicy 1.2 (UsernameToken)")

S("vscode-settings", "sqltools-password", ".vscode/settings.json", T("""
{
  "editor.formatOnSave": true,
  "files.exclude": { "**/build": true },
  "sqltools.connections": [
    {
      "name": "ratebook-uat",
      "driver": "PostgreSQL",
      "server": "ratebook-uat.corp.acmemutual.com",
      "port": 5432,
      "database": "ratebook",
      "username": "jkowalski",
      "password": "<<s>>"
    }
  ],
  "sqltools.useNodeRuntime": true
}
""", s=(pw := words_pw())), pw, "vscode-sqltools.mteixeira.dev connections settings")

S("aws-credentials", "access-key", "deploy/aws/credentials", T("""
[default]
region = us-east-1

[acme-claims-uat]
aws_access_key_id = <<s>>
aws_secret_access_key = <<k>>
region = us-east-1

[acme-claims-prod]
sso_session = acme
sso_account_id = 401238876512
sso_role_name = ClaimsReadOnly
""", s=(kid := aws_id()), k=aws_secret()), kid, "docs.aws.amazon.com CLI configuration and credential files")

S("pgpass", "database-password", "deploy/actuarial-vm/.pgpass", T("""
# hostname:port:database:username:password
# (libpq ignores this file unless it is chmod 600)
reserving-pg.corp.acmemutual.com:5432:reserving:actuary_etl:<<s>>
localhost:5432:*:postgres:
ratebook-uat.corp.acmemutual.com:5432:ratebook:readonly:
""", s=(pw := rand_pw(18))), pw, "postgresql.org libpq password file (.pgpass)")

S("liquibase-properties", "database-password", "db/liquibase.properties", T("""
changeLogFile=db/changelog/db.changelog-master.yaml
url=jdbc:postgresql://claims-uat.cluster-c7x1pq.us-east-1.rds.amazonaws.com:5432/claims
username=claims_migrator
password=<<s>>
driver=org.postgresql.Driver
liquibase.hub.mode=off
logLevel=info
""", s=(pw := plain_pw())), pw, "docs.liquibase.com liquibase.properties")

D("flyway-conf", "env-placeholder", "db/flyway.conf", T("""
flyway.url=jdbc:postgresql://${FLYWAY_DB_HOST}:5432/ratebook
flyway.user=${FLYWAY_USER}
flyway.password=${FLYWAY_PASSWORD}
flyway.schemas=rating
flyway.locations=filesystem:db/migration
flyway.baselineOnMigrate=true
flyway.validateMigrationNaming=true
"""), "documentation.red-gate.com Flyway configuration files (environment variable placeholders)")

S("sonar-properties", "sonar-token", "sonar-project.properties", T("""
sonar.projectKey=acme_rating-engine
sonar.projectName=Rating Engine
sonar.host.url=https://sonar.acmemutual.com
sonar.token=<<s>>
sonar.sources=src/main
sonar.tests=src/test
sonar.java.binaries=build/classes
sonar.coverage.jacoco.xmlReportPaths=build/reports/jacoco/test/jacocoTestReport.xml
""", s=(tok := sonar_token())), tok, "docs.sonarsource.com analysis parameters (sonar.token)")

S("python", "atlassian-api-token", "scripts/jira_release_notes.py", T("""
\"\"\"Builds release notes from the Jira fix version of the PolicyCenter release.\"\"\"
import sys

from jira import JIRA

jira = JIRA(
    server="https://acmemutual.atlassian.net",
    basic_auth=("release-bot@acmemutual.com", "<<s>>"),
)


def notes(version: str) -> str:
    issues = jira.search_issues(f'project = PC AND fixVersion = "{version}" ORDER BY key', maxResults=500)
    return "\\n".join(f"- {i.key}: {i.fields.summary}" for i in issues)


if __name__ == "__main__":
    print(notes(sys.argv[1]))
""", s=(tok := atlassian_token())), tok, "jira.readthedocs.io (basic_auth with API token)")

S("django-settings", "secret-key", "agent_portal/settings/production.py", T("""
from .base import *  # noqa: F401,F403

DEBUG = False
ALLOWED_HOSTS = ["agents.acmemutual.com"]
SECRET_KEY = "<<s>>"

DATABASES["default"]["HOST"] = "agentportal-prod.cluster-c7x1pq.us-east-1.rds.amazonaws.com"  # noqa: F405
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
SECURE_HSTS_SECONDS = 31536000
""", s=(key := fakes.django_secret_key(_seed()))), key, "docs.djangoproject.com settings (SECRET_KEY)")

D("django-fixture", "pbkdf2-hashes", "agent_portal/fixtures/staff_users.json", T("""
[
  {
    "model": "auth.user",
    "pk": 1,
    "fields": {
      "username": "portal-admin",
      "password": "<<a>>",
      "is_staff": true,
      "is_superuser": true,
      "email": "portal-admin@acmemutual.com"
    }
  },
  {
    "model": "auth.user",
    "pk": 2,
    "fields": {
      "username": "uw-support",
      "password": "<<b>>",
      "is_staff": true,
      "is_superuser": false,
      "email": "uw-support@acmemutual.com"
    }
  }
]
""", a=pbkdf2_hash(), b=pbkdf2_hash()), "docs.djangoproject.com password management (stored format)")

D("htpasswd", "bcrypt-hashes", "deploy/nginx/.htpasswd", T("""
# Basic auth for the UAT rating admin (htpasswd -B)
uw-admin:<<a>>
actuarial:<<b>>
qa-bot:<<c>>
product:<<d>>
carrier-audit:<<e>>
""", a=bcrypt_hash(), b=bcrypt_hash(), c=bcrypt_hash(), d=bcrypt_hash(), e=bcrypt_hash()), "httpd.apache.org htpasswd (-B bcrypt)")

D("ssh-public-key", "public-key", "feeds/keys/carrier_sftp_ed25519.pub", T("""
<<k>>
# Sent to Hiscox, Beazley and Kinsale MFT teams on 2024-02-12 (ticket FEEDS-311).
# Fingerprint: SHA256:Qm7v2Tz8kLp0x1RwYc3nH5dJ9sA4fG6bE2uV8iO0tNk
# Private half: vault kv/feeds/keys/carrier_sftp_ed25519
# Rotate yearly.
""", k=ssh_ed25519_pub("feeds@acmemutual.com")), "man ssh-keygen(1) (public key files)")

D("markdown", "commit-shas", "CHANGELOG.md", T("""
# Changelog: rating-engine

## 4.12.0 (2024-05-10)
- HO3 territory refresh for TX and OK (<<a>>)
- Protection class 10W support (<<b>>)

## 4.11.2 (2024-04-22)
- Fix rounding of minimum premium on endorsements (<<c>>)
- Bump jackson-databind to 2.17.0 (<<d>>)

## 4.11.1 (2024-04-03)
- Revert <<e7>> (wind/hail deductible factor regression)
""", a=git_sha(), b=git_sha(), c=git_sha(), d=git_sha(), e7=git_sha()[:7]), "keepachangelog.com")

D("package-lock", "integrity-hashes", "quote-compare/package-lock.json", T("""
{
  "name": "quote-compare",
  "version": "2.4.0",
  "lockfileVersion": 3,
  "requires": true,
  "packages": {
    "": { "name": "quote-compare", "version": "2.4.0", "dependencies": { "axios": "^1.6.8" } },
    "node_modules/axios": {
      "version": "1.6.8",
      "resolved": "https://registry.npmjs.org/axios/-/axios-1.6.8.tgz",
      "integrity": "sha512-<<a>>"
    },
    "node_modules/follow-redirects": {
      "version": "1.15.6",
      "resolved": "https://registry.npmjs.org/follow-redirects/-/follow-redirects-1.15.6.tgz",
      "integrity": "sha512-<<b>>"
    }
  }
}
""", a=b64_bytes(64), b=b64_bytes(64)), "docs.npmjs.com package-lock.json (integrity)")

D("terraform-lock", "provider-hashes", "infra/envs/prod/.terraform.lock.hcl", T("""
# This file is maintained automatically by "terraform init".
# Manual edits may be lost in future updates.

provider "registry.terraform.io/hashicorp/aws" {
  version     = "5.49.0"
  constraints = "~> 5.40"
  hashes = [
    "h1:<<a>>",
    "zh:<<b>>",
    "zh:<<c>>",
    "zh:<<d>>",
  ]
}
""", a=b64_bytes(32), b=hexs(64), c=hexs(64), d=hexs(64)), "developer.hashicorp.com dependency lock file")

D("k8s-external-secret", "secret-store-reference", "deploy/k8s/claims-api-externalsecret.yaml", T("""
apiVersion: external-secrets.io/v1beta1
kind: ExternalSecret
metadata:
  name: claims-api-db
  namespace: claims
spec:
  refreshInterval: 1h
  secretStoreRef:
    name: aws-secrets-manager
    kind: ClusterSecretStore
  target:
    name: claims-api-db
  data:
    - secretKey: DB_PASSWORD
      remoteRef:
        key: prod/claims-api/db
        property: password
"""), "external-secrets.io ExternalSecret API")

D("helm-values", "existing-secret", "deploy/helm/fnol-service/values.yaml", T("""
replicaCount: 2
image:
  repository: registry.gitlab.com/acme-mutual/claims/fnol-service
  tag: ""
externalDatabase:
  host: claims-uat.cluster-c7x1pq.us-east-1.rds.amazonaws.com
  user: fnol
  password: ""
  existingSecret: fnol-db
  existingSecretPasswordKey: DB_PASSWORD
twilio:
  existingSecret: fnol-twilio
env:
  - name: SPRING_PROFILES_ACTIVE
    value: uat
"""), "helm.sh values files; bitnami charts existingSecret convention")

D("java-properties", "password-policy", "cc/modules/configuration/config/security/password-policy.properties", T("""
# Local-account password policy for ClaimCenter (SSO users are exempt)
password.minLength=14
password.requireUppercase=true
password.requireDigit=true
password.requireSpecial=true
password.specialCharacters=!@#$%^&*()-_=+
password.maxAgeDays=90
password.historyCount=12
password.lockout.attempts=5
password.reset.tokenTtlMinutes=30
password.hash.algorithm=PBKDF2WithHmacSHA512
password.hash.iterations=210000
"""), "OWASP password storage cheat sheet; team security standard")

D("java-properties", "i18n-labels", "agent-portal-web/src/main/resources/messages_en.properties", T("""
login.title=Agent sign in
login.username=Agency code or email
login.password=Password
login.password.forgot=Forgot your password?
login.error.badCredentials=The agency code or password is incorrect.
login.error.locked=Your account is locked. Call agency support at 1-800-555-0147.
apikey.title=Rating API key
apikey.help=Your API key is shown once. Store it in your agency management system, not in email.
apikey.placeholder=ak_live_XXXXXXXXXXXXXXXXXXXXXXXX
"""), "docs.oracle.com ResourceBundle properties files")

D("k8s-configmap", "binary-logo", "deploy/k8s/docgen-assets-configmap.yaml", T("""
apiVersion: v1
kind: ConfigMap
metadata:
  name: docgen-assets
  namespace: documents
data:
  letterhead.footer: "Acme Mutual Insurance Company, 100 Main St, Columbus OH 43215 | NAIC 12345"
binaryData:
  logo.png: iVBORw0KGgoAAAANSUhEUgAAAEAAAABACAYAAACqaXHeAAAABmJLR0QA/wD/AP+gvaeTAAAAB3RJTUUH6AUOEBYfZq1tVgAAAB1pVFh0Q29tbWVudAAAAAAAQ3JlYXRlZCB3aXRoIEdJTVBkLmUHAAAAEklEQVR42u3BAQ0AAADCoPdPbQ8HFAAAAPwGDGAAAWC3yE8AAAAASUVORK5CYII=
"""), "kubernetes.io ConfigMaps (binaryData)")

D("markdown", "aws-documentation-example-keys", "docs/aws-setup.md", T("""
# AWS CLI setup for the claims platform

Use SSO (`aws configure sso`). Static keys are not allowed. If a tool insists on the
credentials file format, this is what it looks like (AWS's documentation example values):

```ini
[default]
aws_access_key_id = AKIAIOSFODNN7EXAMPLE
aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY
```

Then run `aws sts get-caller-identity --profile acme-claims-uat` to check which role you have.
"""), "docs.aws.amazon.com CLI configuration (example credentials)")

D("markdown", "onboarding-placeholders", "docs/onboarding/local-setup.md", T("""
# Local setup (claims integration team)

1. Copy `config/local.properties.example` to `config/local.properties`.
2. Fill in your own values:

```properties
cc.ws.username=your-user-here
cc.ws.password=changeme
iso.api.key=your-api-key-here
docusign.secret.key=<docusign-secret-from-1password>
```

3. Start the suite with `./gwb runServer`. The default local admin is `su` / `gw` (H2 only).
"""), "team onboarding guide; docs.guidewire.com local development")

D("terraform", "azure-ad-ids", "infra/azuread/claims_app_registration.tf", T("""
data "azuread_client_config" "current" {}

resource "azuread_application" "claims_api" {
  display_name     = "acme-claims-api"
  sign_in_audience = "AzureADMyOrg"
  owners           = [data.azuread_client_config.current.object_id]

  required_resource_access {
    resource_app_id = "00000003-0000-0000-c000-000000000000" # Microsoft Graph
    resource_access {
      id   = "e1fe6dd8-ba31-4d61-89e7-88639da4683d" # User.Read
      type = "Scope"
    }
  }
}

locals {
  tenant_id          = "6b0e4c9a-3f1d-4e7b-9a2c-5d8f1e0b7c43"
  claims_ui_client_id = "c1f7a9d2-48be-4f0a-b6e3-92d5a1c8e704"
}
"""), "registry.terraform.io azuread_application")

D("sops-dotenv", "encrypted-values", "deploy/secrets/.env.prod.enc", T("""
CLAIMS_DB_PASSWORD=<<a>>
ISO_CLAIMSEARCH_PASSWORD=<<b>>
TWILIO_AUTH_TOKEN=<<c>>
sops_age__list_0__map_enc=-----BEGIN AGE ENCRYPTED FILE-----\\nYWdlLWVuY3J5cHRpb24ub3JnL3YxCi0+IFgyNTUxOSB<<d>>\\n-----END AGE ENCRYPTED FILE-----\\n
sops_age__list_0__map_recipient=age1qz7x8c4m2vtp9w0d3k5n6r8s2j4h7f9g1l3q5e8u0y2a4c6b8d9sl3kq7
sops_lastmodified=2024-04-11T14:05:12Z
sops_mac=<<m>>
sops_unencrypted_suffix=_unencrypted
sops_version=3.8.1
""", a=sops_value(), b=sops_value(), c=sops_value(), d=b64_bytes(60),
     m=f"ENC[AES256_GCM,data:{b64_bytes(32)},iv:{b64_bytes(32)},tag:{b64_bytes(16)},type:str]"), "github.com/getsops/sops README (dotenv files, age)")

D("k8s-secret", "base64-placeholder", "deploy/k8s/secret.template.yaml", T("""
# Template only: the pipeline replaces these with values from Secrets Manager.
apiVersion: v1
kind: Secret
metadata:
  name: fnol-twilio
  namespace: claims
type: Opaque
data:
  TWILIO_ACCOUNT_SID: <<a>>
  TWILIO_AUTH_TOKEN: <<b>>
""", a=b64("REPLACE_ME"), b=b64("REPLACE_ME")), "kubernetes.io Secrets")

D("ipynb", "masked-output", "notebooks/reserving/connection_check.ipynb", notebook([
    ("code", "import os\nfrom sqlalchemy import create_engine\nurl = os.environ['RESERVING_DB_URL']\nengine = create_engine(url)\nprint(engine.url)",
     [stream("postgresql+psycopg2://actuary_etl:***@reserving-pg.corp.acmemutual.com:5432/reserving\n")]),
    ("code", "engine.execute('select current_user, now()').fetchall()",
     [{"data": {"text/plain": ["[('actuary_etl', datetime.datetime(2024, 5, 2, 9, 14, 7, 112233))]"]},
       "execution_count": 2, "metadata": {}, "output_type": "execute_result"}]),
]), NBFORMAT + "; docs.sqlalchemy.org URL rendering (password masked)")

D("python", "unit-test-dummy-credentials", "tests/rating/test_partner_client.py", T("""
\"\"\"Partner client tests: no network, the HTTP layer is mocked.\"\"\"
import pytest

from rating.partners import PartnerClient


@pytest.fixture
def client(requests_mock):
    requests_mock.post("https://partner.test/oauth/token", json={"access_token": "test-token", "expires_in": 3600})
    return PartnerClient(base_url="https://partner.test", client_id="test-client", client_secret="test-secret")


def test_quote_sends_bearer(client, requests_mock):
    requests_mock.post("https://partner.test/quote", json={"premium": 1234.56})
    assert client.quote({"vin": "1FTFW1E50NFA12345"})["premium"] == 1234.56
    assert requests_mock.last_request.headers["Authorization"] == "Bearer test-token"
"""), "requests-mock.readthedocs.io pytest fixture")
