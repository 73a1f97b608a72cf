"""Blind set DC: courts, law firms and legal e-filing.

The teams: court IT (case management, CM/ECF and PACER tooling, electronic filing managers of
the ECF 4 / Tyler Odyssey eFile kind, jury and payment portals, remote hearings), law-firm IT and
litigation support (practice management of the Clio / Litify kind, document management of the
iManage / NetDocuments kind, e-signature with DocuSign and Adobe Sign, e-discovery platforms of
the Relativity / Everlaw / Nuix kind, production deliveries over SFTP and cloud buckets, docket
monitors of the CourtListener / Docket Alarm kind) and legal billing (Elite 3E, Aderant, LawPay,
Stripe and Authorize.net retainer and fine payments, LEDES invoices). Their files: .env, YAML,
JSON, TOML, INI, XML, .properties, web.config and appsettings.json, HCL, nginx and Apache,
systemd units, crontabs, Python, Java, C#, PHP (Laravel, WordPress, Drupal), Ruby, Go, Perl,
TypeScript/JavaScript, PowerShell, batch and shell scripts, WinSCP scripts, VBA, ColdFusion,
SQL, Dockerfiles and compose files, Kubernetes and Helm, CI configs (GitHub Actions, GitLab CI,
Azure Pipelines, Jenkins), notebooks, IDE configs and runbooks; and their decoys (placeholders,
references to secret stores, ciphertext, hashes of productions and ECF document stamps, public
keys and certificates, public identifiers, fixtures that declare themselves fake).

Generated fakes only (seeds 1000000-1009999).
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
_SEED = [1000000]


def _seed() -> int:
    _SEED[0] += 7
    assert 1000000 <= _SEED[0] < 1010000
    return _SEED[0]


def _rng() -> random.Random:
    return random.Random(_seed())


LEGAL = ["Docket", "Subpoena", "Verdict", "Counsel", "Habeas", "Statute", "Affidavit", "Motion", "Appeal",
         "Gavel", "Clerk", "Justice", "Bailiff", "Equity", "Writ", "Probate", "Summons", "Tribunal",
         "Estoppel", "Deposition", "Exhibit", "Remand", "Certiorari", "Tort"]
PLAIN = ["Harbor", "Maple", "Falcon", "Cedar", "Granite", "Willow", "Summit", "Lantern", "Copper", "Beacon"]
LOWER = ["river", "candle", "mosaic", "pepper", "glacier", "violet", "anchor", "puzzle", "ember", "saddle",
         "orchid", "walnut", "harvest", "trumpet", "lagoon", "ledger", "gavel", "quill"]


def draw(n: int, alphabet: str = ALNUM) -> str:
    r = _rng()
    while True:
        value = "".join(r.choice(alphabet) for _ in range(n))
        if alphabet != ALNUM or n < 8 or (any(c.isdigit() for c in value) and any(c.isupper() for c in value)
                                          and any(c.islower() for c in value)):
            return value


def hexs(n: int) -> str:
    return draw(n, HEX)


def legal_pw() -> str:
    """What a court clerk or a paralegal picks: two words, a sign, a number."""
    r = _rng()
    return r.choice(LEGAL) + r.choice("!#$%@*&") + r.choice(LEGAL + PLAIN) + str(r.randint(1, 9999))


def season_pw() -> str:
    r = _rng()
    return r.choice(["Spring", "Summer", "Autumn", "Winter", "Fall"]) + str(r.randint(2019, 2025)) + r.choice("!#$@")


def firm_pw(word: str) -> str:
    r = _rng()
    return word + r.choice(["!", "#", "@", "$"]) + str(r.randint(10, 999)) + r.choice(["", "!", "x", "Lit"])


def passphrase() -> str:
    r = _rng()
    return "-".join(r.sample(LOWER, 4)) + str(r.randint(1, 99))


def rand_pw(n: int = 20, extra: str = "") -> str:
    return draw(n, ALNUM + extra) if extra else draw(n)


def b64(value: str) -> str:
    return base64.b64encode(value.encode()).decode()


def b64_bytes(n: int) -> str:
    r = _rng()
    return base64.b64encode(bytes(r.getrandbits(8) for _ in range(n))).decode()


def uuid_s() -> str:
    return fakes.uuid4(_seed())


def guid_upper() -> str:
    return uuid_s().upper()


def pem(label: str, head: str, lines: int = 8) -> str:
    r = _rng()
    body = [head + "".join(r.choice(B64) for _ in range(64 - len(head)))]
    body += ["".join(r.choice(B64) for _ in range(64)) for _ in range(lines - 1)]
    body.append("".join(r.choice(B64) for _ in range(r.randint(20, 60))) + "==")
    return f"-----BEGIN {label}-----\n" + "\n".join(body) + f"\n-----END {label}-----"


def rsa_key() -> str:
    return pem("RSA PRIVATE KEY", "MIIEpAIBAAKCAQEA", 12)


def pkcs8_key() -> str:
    return pem("PRIVATE KEY", "MIIEvgIBADANBgkqhkiG9w0BAQEFAASC", 12)


def ec_key() -> str:
    return pem("EC PRIVATE KEY", "MHcCAQEEI", 2)


def openssh_key() -> str:
    return pem("OPENSSH PRIVATE KEY", "b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW", 6)


def pgp_private() -> str:
    r = _rng()
    body = ["lQdGBGX" + "".join(r.choice(B64) for _ in range(57))]
    body += ["".join(r.choice(B64) for _ in range(64)) for _ in range(14)]
    crc = "=" + "".join(r.choice(B64) for _ in range(4))
    return ("-----BEGIN PGP PRIVATE KEY BLOCK-----\n\n" + "\n".join(body) + "\n" + crc
            + "\n-----END PGP PRIVATE KEY BLOCK-----")


def pgp_public() -> str:
    r = _rng()
    body = ["mQINBGX" + "".join(r.choice(B64) for _ in range(57))]
    body += ["".join(r.choice(B64) for _ in range(64)) for _ in range(12)]
    crc = "=" + "".join(r.choice(B64) for _ in range(4))
    return ("-----BEGIN PGP PUBLIC KEY BLOCK-----\n\n" + "\n".join(body) + "\n" + crc
            + "\n-----END PGP PUBLIC KEY BLOCK-----")


def cert() -> str:
    return pem("CERTIFICATE", "MIIDazCCAlOgAwIBAgIU", 14)


def public_key_pem() -> str:
    return pem("PUBLIC KEY", "MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA", 5)


def ssh_pub(comment: str) -> str:
    r = _rng()
    return "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI" + "".join(r.choice(B64) for _ in range(43)) + " " + comment


def ssh_rsa_pub(comment: str) -> str:
    r = _rng()
    return "ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABgQ" + "".join(r.choice(B64) for _ in range(508)) + "= " + comment


def indent(text: str, spaces: int) -> str:
    pad = " " * spaces
    return "\n".join(pad + line for line in text.splitlines())


def json_escaped(text: str) -> str:
    return json.dumps(text)[1:-1]


# --- vendor shapes -----------------------------------------------------------------------------

def stripe_secret() -> str:
    return fakes.fake("sk_live_", 99, _seed())


def stripe_restricted() -> str:
    return fakes.fake("rk_live_", 99, _seed())


def stripe_publishable() -> str:
    return fakes.fake("pk_live_", 99, _seed())


def slack_bot() -> str:
    r = _rng()
    return f"xoxb-{r.randint(10**10, 10**11)}-{r.randint(10**12, 10**13)}-" + "".join(r.choice(ALNUM) for _ in range(24))


def slack_webhook() -> str:
    r = _rng()
    up = string.ascii_uppercase + string.digits
    return ("https://hooks.slack.com/services/T" + "".join(r.choice(up) for _ in range(8)) + "/B"
            + "".join(r.choice(up) for _ in range(10)) + "/" + "".join(r.choice(ALNUM) for _ in range(24)))


def teams_webhook(tenant: str) -> str:
    return (f"https://{tenant}.webhook.office.com/webhookb2/{uuid_s()}@{uuid_s()}/IncomingWebhook/"
            f"{hexs(32)}/{uuid_s()}")


def sendgrid_key() -> str:
    return fakes.fake("SG.", 22, _seed()) + fakes.fake(".", 43, _seed())


def mailgun_key() -> str:
    return "key-" + hexs(32)


def twilio_sid() -> str:
    return "AC" + hexs(32)


def azure_secret() -> str:
    return draw(3) + "8Q~" + draw(34, ALNUM + "_.-~")


def azure_account_key() -> str:
    return b64_bytes(64)


def google_key() -> str:
    return "AIza" + draw(35, URLSAFE)


def recaptcha_key() -> str:
    return "6L" + draw(38, URLSAFE)


def anthropic_key() -> str:
    return "sk-ant-api03-" + draw(93, URLSAFE) + "AA"


def okta_token() -> str:
    return "00" + draw(40, URLSAFE)


def auth0_secret() -> str:
    return draw(64, URLSAFE)


def vault_token() -> str:
    return "hvs." + draw(24)


def dropbox_token() -> str:
    return "sl.B" + draw(134, URLSAFE)


def adobe_sign_key() -> str:
    return "3AAABLblqZhB" + draw(66, URLSAFE)


def webex_token() -> str:
    return draw(64) + "_PF84_" + uuid_s()


def gitlab_token() -> str:
    return fakes.fake("glpat-", 20, _seed())


def npm_token() -> str:
    return fakes.fake("npm_", 36, _seed())


def sentry_user_token() -> str:
    return "sntryu_" + hexs(64)


def rails_secret() -> str:
    return hexs(128)


def laravel_key() -> str:
    return "base64:" + b64_bytes(32)


def sops_enc(plain_len: int) -> str:
    return (f"ENC[AES256_GCM,data:{b64_bytes(plain_len)},iv:{b64_bytes(32)},tag:{b64_bytes(16)},type:str]")


def ansible_vault() -> str:
    r = _rng()
    lines = ["".join(r.choice(HEX) for _ in range(80)) for _ in range(5)]
    lines.append("".join(r.choice(HEX) for _ in range(r.randint(20, 70))))
    return "$ANSIBLE_VAULT;1.1;AES256\n" + "\n".join(lines)


def sealed() -> str:
    return "AgB" + draw(340, B64) + "=="


def md5() -> str:
    return hexs(32)


def sha1() -> str:
    return hexs(40)


def sha256() -> str:
    return hexs(64)


_PLACEHOLDER = re.compile(r"<<[a-z0-9_]+>>")


def T(text: str, **values: str) -> str:
    """The template with each <<name>> replaced (the file texts keep their own braces)."""
    for key, value in values.items():
        text = text.replace(f"<<{key}>>", value)
    left = _PLACEHOLDER.findall(text)
    assert not left, left
    return text


CASES: List[LabelledCase] = []


def add(category: str, file_name: str, text: str, secret: Optional[str], source: str) -> None:
    CASES.append(LabelledCase(f"blind-dc/{category}", file_name, text, secret, source))


# =============================================================================================
# Secrets: practice management, dockets, PACER and CM/ECF
# =============================================================================================

_s = draw(40)
add("env/clio-client-secret", "integrations/clio-sync/.env", T("""\
# Clio Manage -> DMS sync (matters, contacts, calendar entries)
# App registered at https://app.clio.com/settings/developer_applications
CLIO_REGION=us
CLIO_BASE_URL=https://app.clio.com/api/v4
CLIO_CLIENT_ID=<<cid>>
CLIO_CLIENT_SECRET=<<s>>
CLIO_REDIRECT_URI=https://sync.harrowlaw.internal/oauth/clio/callback

# polling
SYNC_INTERVAL_SECONDS=300
SYNC_MATTER_STATUSES=open,pending
LOG_LEVEL=info
""", cid=draw(40), s=_s), _s, "Clio API v4 developer docs: OAuth 2.0 authorization (client id / client secret)")

_pw = legal_pw()
add("python/pacer-password", "docketbot/pacer_login.py", T("""\
import requests

# PACER Authentication API (NextGen CM/ECF, central sign-on)
AUTH_URL = "https://pacer.login.uscourts.gov/services/cso-auth"

PACER_USER = "hwlit0427"
PACER_PASS = "<<pw>>"
CLIENT_CODE = "2023-0148-DOCKET"


def get_next_gen_cso() -> str:
    body = {
        "loginId": PACER_USER,
        "password": PACER_PASS,
        "clientCode": CLIENT_CODE,
        "redactFlag": "1",
    }
    resp = requests.post(AUTH_URL, json=body,
                         headers={"Accept": "application/json", "Content-Type": "application/json"},
                         timeout=30)
    resp.raise_for_status()
    data = resp.json()
    if data.get("loginResult") != "0":
        raise RuntimeError(f"PACER login failed: {data.get('errorDescription')}")
    return data["nextGenCSO"]


if __name__ == "__main__":
    print(get_next_gen_cso()[:12] + "...")
""", pw=_pw), _pw, "PACER Authentication API user guide (cso-auth loginId / password / clientCode)")

_pw = legal_pw()
add("yaml/pacer-password", "config/docket-monitor.yml", T("""\
# Docket monitor: polls CM/ECF RSS + PACER docket reports for watched cases
pacer:
  login_url: https://pacer.login.uscourts.gov/csologin/login.jsf
  username: kmoralesfirm
  password: <<pw>>
  client_code: LIT-MONITOR
  max_cost_per_day_usd: 45.00

courts:
  - id: nysd
    rss: https://ecf.nysd.uscourts.gov/cgi-bin/rss_outside.pl
    cases: ["1:23-cv-04567", "1:24-cv-00219"]
  - id: deb
    rss: https://ecf.deb.uscourts.gov/cgi-bin/rss_outside.pl
    cases: ["23-10997"]

notify:
  email: docketing@morales-kent.com
  digest_hour: 7
""", pw=_pw), _pw, "CM/ECF RSS feeds and PACER docket report docs (uscourts.gov)")

_tok = hexs(40)
add("python/courtlistener-token", "research/cl_opinions.py", T("""\
\"\"\"Pull recent opinions citing a statute from CourtListener (Free Law Project).\"\"\"
import sys

import requests

API = "https://www.courtlistener.com/api/rest/v4/search/"
HEADERS = {"Authorization": "Token <<tok>>"}


def search(q: str, court: str = "scotus ca2 ca9"):
    params = {"q": q, "type": "o", "court": court, "order_by": "dateFiled desc"}
    r = requests.get(API, params=params, headers=HEADERS, timeout=60)
    r.raise_for_status()
    for hit in r.json()["results"]:
        yield hit["caseName"], hit["dateFiled"], hit["absolute_url"]


if __name__ == "__main__":
    for name, filed, url in search(sys.argv[1]):
        print(f"{filed}  {name}  https://www.courtlistener.com{url}")
""", tok=_tok), _tok, "CourtListener REST API v4 docs: token authentication header")

_tok = hexs(40)
add("shell/courtlistener-token", "scripts/fetch_docket_entries.sh", T("""\
#!/usr/bin/env bash
# Fetch docket entries for a RECAP docket id and save as JSON for the matter file.
set -euo pipefail

DOCKET_ID="${1:?usage: $0 <docket-id>}"
OUT="data/dockets/${DOCKET_ID}.json"
mkdir -p "$(dirname "$OUT")"

curl -sS --fail \\
  -H "Authorization: Token <<tok>>" \\
  "https://www.courtlistener.com/api/rest/v4/docket-entries/?docket=${DOCKET_ID}&order_by=-entry_number" \\
  -o "$OUT"

jq '.results | length' "$OUT"
""", tok=_tok), _tok, "CourtListener REST API docs: curl example with Authorization: Token")

_tok = draw(128)
add("python/pacer-nextgen-cso", "tools/pacer_session.py", T("""\
# Reuse a NextGen CSO token instead of logging in every run (PACER charges per page, not per login,
# but the login endpoint is rate limited). Token copied from the last successful cso-auth call.
import requests

NEXT_GEN_CSO = "<<tok>>"

session = requests.Session()
session.cookies.set("nextGenCSO", NEXT_GEN_CSO, domain=".uscourts.gov")
session.headers["User-Agent"] = "HarrowLaw-DocketTool/2.3"


def docket_report(court: str, case_id: int) -> str:
    url = f"https://ecf.{court}.uscourts.gov/cgi-bin/DktRpt.pl?{case_id}"
    r = session.get(url, timeout=60)
    r.raise_for_status()
    return r.text
""", tok=_tok), _tok, "PACER Authentication API: nextGenCSO token used as a cookie for CM/ECF")

_pw = firm_pw("Pacer")
add("netrc/pacer", "ops/pacer.netrc", T("""\
# used by: curl --netrc-file ops/pacer.netrc (nightly RECAP-style docket pulls)
machine pacer.login.uscourts.gov
  login hwlit0427
  password <<pw>>

machine ecf.nysd.uscourts.gov
  login hwlit0427
""", pw=_pw), _pw, "curl --netrc-file / .netrc format (GNU inetutils docs)")

_pw = legal_pw()
add("perl/pacer-password", "cgi-bin/lib/PacerFetch.pm", T("""\
package PacerFetch;
# Pulls docket sheets for the clerk's office cross-reference report.
use strict;
use warnings;
use LWP::UserAgent;
use HTTP::Cookies;
use JSON::PP;

my $LOGIN_URL = 'https://pacer.login.uscourts.gov/services/cso-auth';
my $PACER_LOGIN = 'ctclerk_xref';
my $PACER_PASSWORD = '<<pw>>';

sub new {
    my ($class) = @_;
    my $ua = LWP::UserAgent->new(cookie_jar => HTTP::Cookies->new, timeout => 45);
    return bless { ua => $ua }, $class;
}

sub login {
    my ($self) = @_;
    my $res = $self->{ua}->post($LOGIN_URL,
        'Content-Type' => 'application/json',
        Content => encode_json({ loginId => $PACER_LOGIN, password => $PACER_PASSWORD }));
    die 'PACER login failed: ' . $res->status_line unless $res->is_success;
    return decode_json($res->decoded_content)->{nextGenCSO};
}

1;
""", pw=_pw), _pw, "PACER Authentication API; LWP::UserAgent docs (metacpan)")

_pw = legal_pw()
add("python/docket-alarm-password", "litsupport/docketalarm_client.py", T("""\
import requests

DA_API = "https://www.docketalarm.com/api/v1/"
DA_USER = "litsupport@brennanwhitlock.com"
DA_PASS = "<<pw>>"


def login() -> str:
    r = requests.post(DA_API + "login/", data={"username": DA_USER, "password": DA_PASS}, timeout=30)
    r.raise_for_status()
    payload = r.json()
    if not payload.get("success"):
        raise RuntimeError(payload.get("error"))
    return payload["login_token"]


def get_docket(token: str, court: str, docket: str) -> dict:
    params = {"login_token": token, "court": court, "docket": docket, "cached": True}
    return requests.get(DA_API + "getdocket/", params=params, timeout=60).json()
""", pw=_pw), _pw, "Docket Alarm API v1 docs: /login/ with username and password")

_s = draw(48, URLSAFE)
add("yaml/unicourt-client-secret", "services/case-intake/config/unicourt.yaml", T("""\
unicourt:
  base_url: https://enterpriseapi.unicourt.com
  auth:
    client_id: <<cid>>
    client_secret: <<s>>
  track:
    party_names:
      - "Lakeshore Logistics LLC"
      - "Lakeshore Logistics, Inc."
    jurisdictions: [CA, NV, AZ]
  webhook_path: /hooks/unicourt
""", cid=draw(32), s=_s), _s, "UniCourt Enterprise API docs: generateNewToken with clientId / clientSecret")

# =============================================================================================
# Secrets: court e-filing (EFM / EFSP), ECF 4 SOAP, keystores
# =============================================================================================

_pw = legal_pw()
add("properties/efm-password", "efsp-gateway/src/main/resources/efm.properties", T("""\
# Electronic Filing Manager (Tyler Odyssey eFile) - EFSP integration, staging
efm.baseUrl=https://texas-stage.tylertech.cloud/EFM/EFMUserService.svc
efm.filingReviewUrl=https://texas-stage.tylertech.cloud/EFM/FilingReviewMDEPort.svc
efm.firmId=<<firm>>
efm.user.email=efile.admin@lonestar-efsp.com
efm.user.password=<<pw>>
efm.client.certificate=classpath:certs/efsp-stage.pfx
efm.client.certificate.alias=efsp-stage
efm.timeout.ms=45000
efm.retry.max=3
""", pw=_pw, firm=uuid_s()), _pw, "Tyler Technologies EFM User Service (AuthenticateUser email/password) integration guide")

_pw = legal_pw()
add("xml/ecf-wss-password", "efsp-gateway/src/main/resources/efm-client.xml", T("""\
<?xml version="1.0" encoding="UTF-8"?>
<!-- OASIS ECF 4.01 FilingReviewMDE client: WS-Security UsernameToken on every call -->
<beans xmlns="http://www.springframework.org/schema/beans"
       xmlns:jaxws="http://cxf.apache.org/jaxws"
       xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
       xsi:schemaLocation="http://www.springframework.org/schema/beans http://www.springframework.org/schema/beans/spring-beans.xsd
                           http://cxf.apache.org/jaxws http://cxf.apache.org/schemas/jaxws.xsd">

  <jaxws:client id="filingReviewClient"
                serviceClass="oasis.names.tc.legalxml_courtfiling.wsdl.webservicesprofile_definitions_4_0.FilingReviewMDE"
                address="https://efile-test.courts.state.example/EFM/FilingReviewMDEPort.svc">
    <jaxws:properties>
      <entry key="ws-security.username" value="efsp-lonestar"/>
      <entry key="ws-security.password" value="<<pw>>"/>
      <entry key="ws-security.signature.properties" value="classpath:efm-signature.properties"/>
      <entry key="ws-security.signature.username" value="efsp-stage"/>
    </jaxws:properties>
  </jaxws:client>
</beans>
""", pw=_pw), _pw, "OASIS ECF 4.01 Web Services SIP; Apache CXF WS-Security configuration docs")

_pw = rand_pw(16)
add("properties/merlin-keystore", "efsp-gateway/src/main/resources/efm-signature.properties", T("""\
# WSS4J crypto for signing ReviewFiling messages (X.509 issued by the EFM vendor)
org.apache.wss4j.crypto.provider=org.apache.wss4j.common.crypto.Merlin
org.apache.wss4j.crypto.merlin.keystore.type=pkcs12
org.apache.wss4j.crypto.merlin.keystore.file=certs/efsp-stage.pfx
org.apache.wss4j.crypto.merlin.keystore.password=<<pw>>
org.apache.wss4j.crypto.merlin.keystore.alias=efsp-stage
org.apache.wss4j.crypto.merlin.truststore.type=jks
org.apache.wss4j.crypto.merlin.truststore.file=certs/efm-trust.jks
org.apache.wss4j.crypto.merlin.truststore.password=changeit
""", pw=_pw), _pw, "Apache WSS4J Merlin crypto properties reference")

_pw = firm_pw("Efile")
add("java/efm-keystore-password", "efsp-gateway/src/main/java/com/lonestarefsp/efm/EfmSigner.java", T("""\
package com.lonestarefsp.efm;

import java.io.InputStream;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;

/** Signs the UserService and FilingReview payloads with the EFSP certificate. */
public final class EfmSigner {

    private static final String KEYSTORE = "/certs/efsp-prod.pfx";
    private static final char[] KEYSTORE_PASSWORD = "<<pw>>".toCharArray();
    private static final String ALIAS = "efsp-prod";

    private final PrivateKey key;
    private final X509Certificate certificate;

    public EfmSigner() throws Exception {
        KeyStore ks = KeyStore.getInstance("PKCS12");
        try (InputStream in = EfmSigner.class.getResourceAsStream(KEYSTORE)) {
            ks.load(in, KEYSTORE_PASSWORD);
        }
        this.key = (PrivateKey) ks.getKey(ALIAS, KEYSTORE_PASSWORD);
        this.certificate = (X509Certificate) ks.getCertificate(ALIAS);
    }

    public PrivateKey key() { return key; }

    public X509Certificate certificate() { return certificate; }
}
""", pw=_pw), _pw, "java.security.KeyStore javadoc; Tyler EFM certificate-signing requirements")

_pw = legal_pw()
add("csharp/efm-user-password", "src/Efsp.Client/EfmUserServiceClient.cs", T("""\
using System.ServiceModel;
using System.Threading.Tasks;
using Tyler.Efm.Services.Schema;

namespace Efsp.Client
{
    public class EfmUserServiceClient
    {
        private const string Endpoint = "https://illinois-stage.tylerhost.net/EFM/EFMUserService.svc";
        private const string AdminEmail = "filing.admin@prairieefile.com";
        private const string AdminPassword = "<<pw>>";

        public async Task<AuthenticateResponseType> AuthenticateAsync()
        {
            var binding = new BasicHttpsBinding { MaxReceivedMessageSize = 10_000_000 };
            var client = new EfmUserServiceClientBase(binding, new EndpointAddress(Endpoint));
            var request = new AuthenticateRequestType
            {
                Email = AdminEmail,
                Password = AdminPassword,
            };
            return await client.AuthenticateUserAsync(request);
        }
    }
}
""", pw=_pw), _pw, "Tyler EFM User Service API: AuthenticateUser (Email, Password)")

_pw = legal_pw()
add("yaml/truefiling-api", "deploy/efile-bridge/values-prod.yaml", T("""\
# e-filing bridge: takes filings from the case management system and submits them to the
# appellate court's EFM
replicaCount: 2
image:
  repository: registry.courts-it.example/efile-bridge
  tag: 3.8.1
efm:
  url: https://efile.appellate.courts.example/api/v2
  serviceAccount: cms-bridge@appellate.courts.example
  servicePassword: "<<pw>>"
  courtIds: ["COA1", "COA2", "SUPREME"]
resources:
  limits: { cpu: 500m, memory: 512Mi }
""", pw=_pw), _pw, "Helm chart values.yaml conventions (helm.sh docs)")

# =============================================================================================
# Secrets: e-signature (DocuSign, Adobe Sign)
# =============================================================================================

_key = rsa_key()
add("pem/docusign-rsa", "config/keys/docusign_jwt_private.pem", _key + "\n", _key,
    "DocuSign eSignature JWT Grant: RSA keypair generated in the Apps and Keys page")

_key = rsa_key()
add("helm/docusign-rsa", "charts/engagement-letters/values-prod.yaml", T("""\
# Engagement letters service: sends engagement letters for signature via DocuSign (JWT grant)
docusign:
  authServer: account.docusign.com
  basePath: https://na3.docusign.net/restapi
  integrationKey: <<ik>>
  impersonatedUserId: <<uid>>
  accountId: <<acct>>
  privateKey: |
<<key>>
ingress:
  enabled: true
  host: engage.harrowlaw.com
""", ik=uuid_s(), uid=uuid_s(), acct=uuid_s(), key=indent(_key, 4)), _key,
    "DocuSign JWT Grant docs; Helm values with a block scalar")

_s = uuid_s()
add("json/docusign-secret-key", "src/Engagement.Web/appsettings.Production.json", T("""\
{
  "Logging": { "LogLevel": { "Default": "Warning" } },
  "AllowedHosts": "*",
  "DocuSign": {
    "ClientId": "<<ik>>",
    "ClientSecret": "<<s>>",
    "AuthorizationEndpoint": "https://account.docusign.com/oauth/auth",
    "TokenEndpoint": "https://account.docusign.com/oauth/token",
    "UserInformationEndpoint": "https://account.docusign.com/oauth/userinfo",
    "AppUrl": "https://engage.harrowlaw.com"
  },
  "Matter": { "DefaultTemplateId": "<<tpl>>" }
}
""", ik=uuid_s(), s=_s, tpl=uuid_s()), _s,
    "DocuSign Authorization Code Grant: integration key and secret key (Apps and Keys)")

_s = b64_bytes(32)
add("python/docusign-connect-hmac", "webhooks/docusign_connect.py", T("""\
import base64
import hashlib
import hmac

from flask import Flask, abort, request

app = Flask(__name__)

# Connect configuration "Matter intake - completed envelopes", HMAC key 1
CONNECT_HMAC_KEY = "<<s>>"


def _valid(payload: bytes, signature: str) -> bool:
    digest = hmac.new(CONNECT_HMAC_KEY.encode("utf-8"), payload, hashlib.sha256).digest()
    return hmac.compare_digest(base64.b64encode(digest).decode("ascii"), signature)


@app.post("/docusign/connect")
def connect_event():
    if not _valid(request.get_data(), request.headers.get("X-DocuSign-Signature-1", "")):
        abort(401)
    event = request.get_json()
    app.logger.info("envelope %s -> %s", event["data"]["envelopeId"], event["event"])
    return "", 200
""", s=_s), _s, "DocuSign Connect HMAC security docs (X-DocuSign-Signature-1)")

_s = adobe_sign_key()
add("javascript/adobe-sign-key", "scripts/send-retainer.js", T("""\
// Send a retainer agreement from the library template via Adobe Acrobat Sign REST v6
const fetch = require('node-fetch');

const BASE = 'https://api.na2.adobesign.com/api/rest/v6';
const INTEGRATION_KEY = '<<s>>';

async function sendRetainer(clientEmail, clientName) {
  const res = await fetch(`${BASE}/agreements`, {
    method: 'POST',
    headers: {
      Authorization: `Bearer ${INTEGRATION_KEY}`,
      'Content-Type': 'application/json',
    },
    body: JSON.stringify({
      fileInfos: [{ libraryDocumentId: '<<lib>>' }],
      name: `Retainer Agreement - ${clientName}`,
      participantSetsInfo: [{ memberInfos: [{ email: clientEmail }], order: 1, role: 'SIGNER' }],
      signatureType: 'ESIGN',
      state: 'IN_PROCESS',
    }),
  });
  if (!res.ok) throw new Error(`Adobe Sign ${res.status}`);
  return (await res.json()).id;
}

module.exports = { sendRetainer };
""", s=_s, lib="CBJCHBCAABAA" + draw(32, URLSAFE)), _s, "Adobe Acrobat Sign REST API v6: integration key as a bearer token")

_s = hexs(64)
add("ruby/hellosign-key", "app/services/signature_request_service.rb", T("""\
# Sends fee agreements through Dropbox Sign (HelloSign) for the intake team.
require "dropbox-sign"

Dropbox::Sign.configure do |config|
  config.username = "<<s>>"
end

class SignatureRequestService
  TEMPLATE_ID = "<<tpl>>".freeze

  def initialize(client:)
    @client = client
    @api = Dropbox::Sign::SignatureRequestApi.new
  end

  def send_fee_agreement!
    data = Dropbox::Sign::SignatureRequestSendWithTemplateRequest.new
    data.template_ids = [TEMPLATE_ID]
    data.subject = "Fee agreement - #{@client.name}"
    data.signers = [{ role: "Client", name: @client.name, email_address: @client.email }]
    data.test_mode = false
    @api.signature_request_send_with_template(data)
  end
end
""", s=_s, tpl=sha1()), _s, "Dropbox Sign Ruby SDK README: config.username = API key")

_s = hexs(40)
add("python/pandadoc-key", "intake/pandadoc_engagement.py", T("""\
import requests

PANDADOC_API_KEY = "<<s>>"
TEMPLATE_UUID = "<<tpl>>"


def create_engagement(client_name: str, client_email: str, matter_no: str) -> str:
    body = {
        "name": f"Engagement Letter {matter_no}",
        "template_uuid": TEMPLATE_UUID,
        "recipients": [{"email": client_email, "first_name": client_name, "role": "Client"}],
        "tokens": [{"name": "Matter.Number", "value": matter_no}],
    }
    r = requests.post("https://api.pandadoc.com/public/v1/documents", json=body,
                      headers={"Authorization": f"API-Key {PANDADOC_API_KEY}"}, timeout=30)
    r.raise_for_status()
    return r.json()["id"]
""", s=_s, tpl=draw(22)), _s, "PandaDoc API docs: Authorization: API-Key header")

# =============================================================================================
# Secrets: document management and e-discovery
# =============================================================================================

_s = draw(40)
add("python/imanage-client-secret", "dms/imanage_export.py", T("""\
# Export a matter workspace from iManage Work 10 to the e-discovery staging share.
import requests

IMANAGE_HOST = "https://cloudimanage.com"
CLIENT_ID = "8f0c6c2e-lit-export"
CLIENT_SECRET = "<<s>>"
SERVICE_USER = "svc_litexport@harrowlaw.com"


def token(password: str) -> str:
    r = requests.post(f"{IMANAGE_HOST}/auth/oauth2/token", data={
        "username": SERVICE_USER,
        "password": password,
        "grant_type": "password",
        "client_id": CLIENT_ID,
        "client_secret": CLIENT_SECRET,
    }, timeout=30)
    r.raise_for_status()
    return r.json()["access_token"]


def workspace_documents(tok: str, library: str, workspace_id: str):
    url = f"{IMANAGE_HOST}/work/api/v2/customers/1/libraries/{library}/workspaces/{workspace_id}/documents"
    return requests.get(url, headers={"X-Auth-Token": tok}, timeout=60).json()["data"]
""", s=_s), _s, "iManage Work Universal API docs: OAuth2 password grant (client_id / client_secret)")

_s = draw(32)
add("json/netdocuments-secret", "tools/nd-migrate/appsettings.json", T("""\
{
  "NetDocuments": {
    "Region": "US",
    "ApiBase": "https://api.vault.netvoyage.com/v1",
    "OAuthUrl": "https://api.vault.netvoyage.com/v1/OAuth",
    "ClientId": "AP-LJ4XK7QZ",
    "ClientSecret": "<<s>>",
    "RepositoryId": "CA-8QZ1P3LM",
    "Scope": "full"
  },
  "Migration": {
    "SourceRoot": "\\\\\\\\fs02\\\\matters",
    "BatchSize": 250,
    "DryRun": false
  }
}
""", s=_s), _s, "NetDocuments REST API docs: client credentials (ClientId / ClientSecret) for OAuth")

_s = draw(40)
add("go/relativity-client-secret", "cmd/relsync/main.go", T("""\
package main

import (
	"context"
	"fmt"
	"log"

	"golang.org/x/oauth2/clientcredentials"
)

// Relativity OAuth2 client ("Client Credentials" flow) created in the instance's
// OAuth2 Client tab for the production-export service.
var relConfig = clientcredentials.Config{
	ClientID:     "relsync-prod-export",
	ClientSecret: "<<s>>",
	TokenURL:     "https://hwlaw.relativity.one/Relativity/Identity/connect/token",
	Scopes:       []string{"SystemUserInfo"},
}

func main() {
	ctx := context.Background()
	client := relConfig.Client(ctx)
	resp, err := client.Get("https://hwlaw.relativity.one/Relativity.REST/api/relativity-environment/v1/workspace/-1/version")
	if err != nil {
		log.Fatal(err)
	}
	defer resp.Body.Close()
	fmt.Println("relativity:", resp.Status)
}
""", s=_s), _s, "Relativity OAuth2 clients docs: Client Credentials flow; golang.org/x/oauth2 clientcredentials")

_pw = legal_pw()
add("powershell/relativity-password", "scripts/Import-LoadFile.ps1", T("""\
<#
  Imports a vendor production (DAT/OPT) into a Relativity workspace with the Import API CLI.
#>
param(
    [Parameter(Mandatory)] [int] $WorkspaceId,
    [Parameter(Mandatory)] [string] $ProductionPath
)

$RelUser = 'relativity.admin@hwlaw.com'
$RelPass = '<<pw>>'
$WebApi  = 'https://hwlaw.relativity.one/RelativityWebAPI/'

$dat = Get-ChildItem -Path (Join-Path $ProductionPath 'DATA') -Filter *.dat | Select-Object -First 1
$opt = Get-ChildItem -Path (Join-Path $ProductionPath 'IMAGES') -Filter *.opt | Select-Object -First 1

& 'C:\\Program Files\\kCura\\Relativity Desktop Client\\kCura.WinEDDS.Console.exe' `
    -m:i -c:$WorkspaceId -u:$RelUser -p:$RelPass -r:$WebApi `
    -f:$dat.FullName -l:$opt.FullName -k:'ImportProfile_Production.kwe'

if ($LASTEXITCODE -ne 0) { throw "Import failed with $LASTEXITCODE" }
""", pw=_pw), _pw, "Relativity Desktop Client command-line import docs (-u -p -r switches)")

_s = draw(64, URLSAFE)
add("toml/everlaw-token", "everlaw-sync/config.toml", T("""\
# Everlaw -> matter dashboard sync (review progress, batch stats)
[everlaw]
base_url = "https://api.everlaw.com/v1"
api_token = "<<s>>"
projects = [41873, 41877, 42011]

[dashboard]
postgres_dsn = "postgresql://dash@db.internal:5432/matter_dash"
refresh_minutes = 30

[logging]
level = "INFO"
""", s=_s), _s, "Everlaw API docs: API token (Bearer) authentication")

_pw = passphrase()
add("dockerfile/nuix-license", "workers/nuix/Dockerfile", T("""\
FROM eclipse-temurin:17-jre

ARG NUIX_VERSION=9.10.4
ENV NUIX_HOME=/opt/nuix \\
    NUIX_LICENCE_SOURCE=cloud-server \\
    NUIX_USERNAME=lit.processing@hwlaw.com \\
    NUIX_PASSWORD=<<pw>> \\
    NUIX_WORKERS=8

COPY nuix-engine-${NUIX_VERSION}.zip /tmp/
RUN apt-get update && apt-get install -y --no-install-recommends unzip \\
 && unzip -q /tmp/nuix-engine-${NUIX_VERSION}.zip -d ${NUIX_HOME} \\
 && rm /tmp/nuix-engine-${NUIX_VERSION}.zip \\
 && rm -rf /var/lib/apt/lists/*

COPY scripts/ /opt/processing/
WORKDIR /opt/processing
ENTRYPOINT ["/opt/nuix/nuix_console", "-Xmx12g", "-licencesourcetype", "cloud-server", "process_case.rb"]
""", pw=_pw), _pw, "Nuix Engine docs: cloud licence server with NUIX_USERNAME / NUIX_PASSWORD environment variables")

_pw = rand_pw(14, "!#")
add("python/sftp-vendor-password", "productions/deliver_production.py", T("""\
# Upload a finished production volume to the opposing party's vendor SFTP (Epiq drop box).
import sys
from pathlib import Path

import paramiko

HOST = "sftp.epiqglobal.com"
PORT = 22
USER = "hw_prod_0931"
PASSWORD = "<<pw>>"
REMOTE_ROOT = "/incoming/HW-2023-0148"


def upload(volume: Path) -> None:
    transport = paramiko.Transport((HOST, PORT))
    transport.connect(username=USER, password=PASSWORD)
    sftp = paramiko.SFTPClient.from_transport(transport)
    try:
        for path in sorted(volume.rglob("*")):
            remote = f"{REMOTE_ROOT}/{volume.name}/{path.relative_to(volume).as_posix()}"
            if path.is_dir():
                sftp.mkdir(remote)
            else:
                sftp.put(str(path), remote)
    finally:
        sftp.close()
        transport.close()


if __name__ == "__main__":
    upload(Path(sys.argv[1]))
""", pw=_pw), _pw, "Paramiko Transport/SFTPClient docs")

_pw = rand_pw(12) + "!"
add("winscp/sftp-password", "productions/winscp/deliver_vol.txt", T("""\
# WinSCP script: winscp.com /script=deliver_vol.txt /parameter VOL004
option batch abort
option confirm off
open sftp://lit_delivery:<<pw>>@files.consilio-drop.com/ -hostkey="ssh-ed25519 255 <<fp>>"
cd /HW-Matter-23-0148/incoming
lcd "\\\\lit-fs01\\productions\\%1%"
put -resumesupport=on *
close
exit
""", pw=_pw, fp=draw(43, B64)), _pw, "WinSCP scripting docs: open sftp://user:password@host/ with -hostkey")

_key = openssh_key()
add("openssh/sftp-deploy-key", "productions/keys/consilio_sftp_ed25519", _key + "\n", _key,
    "OpenSSH ssh-keygen private key format (openssh-key-v1)")

_key = pgp_private()
add("pgp/production-key", "productions/keys/hw-productions-secret.asc", T("""\
<<key>>
""", key=_key), _key, "RFC 4880 OpenPGP ASCII armor; gpg --export-secret-keys --armor")

_pw = legal_pw()
add("batch/net-use-password", "scripts/map_review_share.cmd", T("""\
@echo off
REM Maps the review platform's native-file share for the litigation support team
REM Run from the Lit Support jump box only.
net use R: /delete /y >nul 2>&1
net use R: \\\\lit-nas02.hwlaw.local\\ReviewNatives /user:HWLAW\\svc_litsupport <<pw>> /persistent:no
if errorlevel 1 (
  echo Failed to map R: & exit /b 1
)
robocopy "R:\\Incoming" "D:\\Processing\\Incoming" /E /Z /R:2 /W:5 /LOG+:D:\\Logs\\robocopy_review.log
""", pw=_pw), _pw, "Microsoft docs: net use /user command syntax")

_pw = legal_pw()
add("python/elasticsearch-password", "analytics/es_client.py", T("""\
from elasticsearch import Elasticsearch

# Review analytics cluster (near-dupe and email threading results)
es = Elasticsearch(
    "https://es-review.lit.internal:9200",
    basic_auth=("elastic", "<<pw>>"),
    ca_certs="/etc/pki/lit/ca.pem",
    request_timeout=60,
)


def near_dupes(doc_id: str, index: str = "hw-2023-0148-docs"):
    query = {"bool": {"filter": [{"term": {"nd_group": doc_id}}]}}
    return es.search(index=index, query=query, size=500)["hits"]["hits"]
""", pw=_pw), _pw, "elasticsearch-py docs: basic_auth=(user, password)")

_s = draw(24, ALNUM)
add("ini/disco-api", "tools/disco_export.ini", T("""\
; DISCO review export (tags -> privilege log builder)
[disco]
endpoint = https://api.csdisco.com/v1
tenant = harrowwhit
api_key = <<s>>
review_id = 2299814

[privlog]
output_dir = C:\\LitSupport\\PrivLogs
date_format = %m/%d/%Y
include_families = yes
""", s=_s), _s, "INI format; DISCO API key for review exports (vendor onboarding guide)")

_s = "xoxp-" + str(_rng().randint(10**10, 10**11)) + "-" + str(_rng().randint(10**10, 10**11)) + "-" + str(_rng().randint(10**12, 10**13)) + "-" + hexs(32)
add("python/slack-user-token-legal-hold", "legal-hold/slack_export.py", T("""\
# Legal hold: preserve custodian messages from Slack via the Discovery API (Enterprise Grid)
import requests

SLACK_DISCOVERY_TOKEN = "<<s>>"
CUSTODIANS = ["U02F7KXJH8N", "U03B2PL6ZQ1"]


def conversations(user_id: str):
    r = requests.get(
        "https://slack.com/api/discovery.user.conversations",
        headers={"Authorization": f"Bearer {SLACK_DISCOVERY_TOKEN}"},
        params={"user": user_id, "limit": 200},
        timeout=60,
    )
    r.raise_for_status()
    return r.json().get("channels", [])
""", s=_s), _s, "Slack Discovery API docs (discovery.user.conversations, user token)")

_s = azure_secret()
add("powershell/graph-client-secret", "legal-hold/Start-MailboxHold.ps1", T("""\
# Places custodian mailboxes on litigation hold and exports the hold list for the matter file.
Import-Module Microsoft.Graph.Authentication

$TenantId     = '<<tid>>'
$ClientId     = '<<cid>>'
$ClientSecret = '<<s>>'

$secure = ConvertTo-SecureString $ClientSecret -AsPlainText -Force
$cred   = New-Object System.Management.Automation.PSCredential($ClientId, $secure)
Connect-MgGraph -TenantId $TenantId -ClientSecretCredential $cred -NoWelcome

$custodians = Import-Csv -Path .\\custodians.csv
foreach ($c in $custodians) {
    Write-Host "Hold: $($c.Email) for matter $($c.Matter)"
    # eDiscovery (Premium) case holds are set via the security/cases endpoints
    Invoke-MgGraphRequest -Method POST `
        -Uri "https://graph.microsoft.com/v1.0/security/cases/ediscoveryCases/$($c.CaseId)/custodians" `
        -Body (@{ email = $c.Email } | ConvertTo-Json)
}
""", tid=uuid_s(), cid=uuid_s(), s=_s), _s,
    "Microsoft Graph PowerShell: Connect-MgGraph -ClientSecretCredential; Graph eDiscovery custodians API")

_s = azure_secret()
add("yaml/graph-client-secret", "services/docketing-mail/appsettings.yaml", T("""\
# Reads the docketing@ mailbox, extracts NEF emails and creates calendar deadlines
azureAd:
  instance: https://login.microsoftonline.com/
  tenantId: <<tid>>
  clientId: <<cid>>
  clientSecret: <<s>>
mailbox:
  address: docketing@harrowlaw.com
  folder: Inbox/NEF
  processedFolder: Inbox/NEF/Processed
rules:
  responseDays: 21
  courtHolidaysCalendar: US-Federal
""", tid=uuid_s(), cid=uuid_s(), s=_s), _s, "Microsoft identity platform client credentials (client secret) docs")

# =============================================================================================
# Secrets: legal billing and payments
# =============================================================================================

_pw = legal_pw()
add("web-config/sql-password", "src/ClientPortal.Web/Web.config", T("""\
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <connectionStrings>
    <add name="ElitePortal"
         connectionString="Data Source=SQL-3E-PRD01\\ELITE;Initial Catalog=TE_3E_PROD;User ID=portal_ro;Password=<<pw>>;MultipleActiveResultSets=True;Encrypt=True"
         providerName="System.Data.SqlClient" />
  </connectionStrings>
  <appSettings>
    <add key="InvoiceArchivePath" value="\\\\fs02\\billing\\invoices" />
    <add key="LedesVersion" value="1998B" />
    <add key="ClientCanPayOnline" value="true" />
  </appSettings>
  <system.web>
    <compilation debug="false" targetFramework="4.8" />
    <customErrors mode="RemoteOnly" />
    <authentication mode="Forms">
      <forms loginUrl="~/Account/Login" timeout="30" requireSSL="true" />
    </authentication>
  </system.web>
</configuration>
""", pw=_pw), _pw, "ASP.NET Web.config connectionStrings; SqlClient connection string keywords")

_pw = rand_pw(18, "!@#")
add("json/aderant-sql", "src/BillingBridge/appsettings.Production.json", T("""\
{
  "ConnectionStrings": {
    "Expert": "Server=tcp:aderant-sql.hwlaw.local,1433;Database=ExpertPROD;User Id=billing_bridge;Password=<<pw>>;TrustServerCertificate=True;",
    "Staging": "Server=(localdb)\\\\MSSQLLocalDB;Database=BillingStaging;Trusted_Connection=True;"
  },
  "Ledes": {
    "OutputFolder": "D:\\\\Ledes\\\\Outbound",
    "Format": "LEDES1998BI",
    "TimekeeperClassification": "UTBMS"
  },
  "Serilog": { "MinimumLevel": "Information" }
}
""", pw=_pw), _pw, "ASP.NET Core appsettings.json ConnectionStrings; Aderant Expert database")

_pw = season_pw()
add("powershell/elite-sql", "billing/Export-WIP.ps1", T("""\
# Nightly WIP export from Elite 3E for the practice group leaders' dashboard
$server   = 'SQL-3E-PRD01\\ELITE'
$database = 'TE_3E_PROD'
$user     = 'wip_export'
$password = '<<pw>>'

$query = @"
SELECT tk.Number AS Timekeeper, m.Number AS Matter, SUM(t.WorkAmt) AS WIP
FROM Timecard t
JOIN Timekeeper tk ON tk.TkprIndex = t.Timekeeper
JOIN Matter m ON m.MattIndex = t.Matter
WHERE t.IsActive = 1 AND t.InvMaster IS NULL
GROUP BY tk.Number, m.Number
"@

Invoke-Sqlcmd -ServerInstance $server -Database $database -Username $user -Password $password `
    -Query $query | Export-Csv -Path "\\\\fs02\\reports\\wip\\wip_$(Get-Date -f yyyyMMdd).csv" -NoTypeInformation
""", pw=_pw), _pw, "SqlServer module: Invoke-Sqlcmd -Username -Password")

_s = stripe_secret()
add("python/stripe-retainer", "portal/payments/stripe_retainer.py", T("""\
import stripe

stripe.api_key = "<<s>>"

# Retainer deposits go to the IOLTA account, earned fees to operating; two Stripe accounts.
TRUST_ACCOUNT = "acct_1NqT7sHWLawIOLTA"


def create_retainer_intent(matter_no: str, amount_cents: int, email: str) -> str:
    intent = stripe.PaymentIntent.create(
        amount=amount_cents,
        currency="usd",
        receipt_email=email,
        metadata={"matter": matter_no, "type": "retainer"},
        transfer_data={"destination": TRUST_ACCOUNT},
    )
    return intent.client_secret
""", s=_s), _s, "Stripe API docs: stripe.api_key secret key; PaymentIntents")

_s = stripe_restricted()
add("typescript/stripe-restricted", "billing-portal/src/server/stripe.ts", T("""\
import Stripe from 'stripe';

// Restricted key: read invoices + write payment intents only (billing portal server)
export const stripe = new Stripe(
  '<<s>>',
  { apiVersion: '2024-06-20', appInfo: { name: 'hw-billing-portal', version: '2.4.0' } },
);

export async function invoicesFor(customer: string) {
  const list = await stripe.invoices.list({ customer, limit: 24 });
  return list.data.map((inv) => ({ id: inv.id, number: inv.number, due: inv.amount_due }));
}
""", s=_s), _s, "Stripe restricted API keys docs; stripe-node README")

_s = draw(64)
add("env/lawpay-secret", "billing-portal/.env.production", T("""\
NODE_ENV=production
PORT=8080
PUBLIC_URL=https://pay.harrowlaw.com

# LawPay / AffiniPay (operating + trust merchant accounts)
LAWPAY_PUBLIC_KEY=m_<<pub>>
LAWPAY_SECRET_KEY=<<s>>
LAWPAY_OPERATING_ACCOUNT_ID=bank_<<op>>
LAWPAY_TRUST_ACCOUNT_ID=bank_<<tr>>

SESSION_COOKIE_NAME=hwpay.sid
SESSION_TTL_MINUTES=20
""", pub=draw(22), s=_s, op=draw(22), tr=draw(22)), _s,
    "AffiniPay/LawPay payment gateway API docs: public key and secret key, merchant accounts")

_s = draw(16)
add("php/authorize-net-fines", "courtpay/config/payment.php", T("""\
<?php
// Municipal court online fines & fees - Authorize.net gateway
return [
    'gateway' => 'authorize_net',
    'sandbox' => false,
    'authorize_net' => [
        'api_login_id'    => '<<login>>',
        'transaction_key' => '<<s>>',
        'endpoint'        => 'https://api.authorize.net/xml/v1/request.api',
    ],
    'convenience_fee' => [
        'percent' => 2.5,
        'min'     => 1.50,
    ],
    'receipt_from' => 'no-reply@muni-court.cityofdelmar.gov',
];
""", s=_s, login=draw(9)), _s, "Authorize.Net API reference: merchantAuthentication name / transactionKey")

_s = hexs(32)
add("ruby/braintree-private-key", "config/initializers/braintree.rb", T("""\
# Court-ordered restitution payments portal
Braintree::Configuration.environment = :production
Braintree::Configuration.merchant_id = "<<mid>>"
Braintree::Configuration.public_key  = "<<pub>>"
Braintree::Configuration.private_key = "<<s>>"
Braintree::Configuration.logger = Rails.logger
""", s=_s, mid=draw(16, string.ascii_lowercase + string.digits), pub=draw(16, string.ascii_lowercase + string.digits)), _s, "Braintree Ruby SDK configuration docs (merchant_id, public_key, private_key)")

_pw = legal_pw()
add("ini/odbc-aderant", "billing/odbc/odbc.ini", T("""\
[ODBC Data Sources]
AderantExpert = ODBC Driver 18 for SQL Server

[AderantExpert]
Driver = ODBC Driver 18 for SQL Server
Server = tcp:aderant-sql.hwlaw.local,1433
Database = ExpertPROD
UID = ledes_reader
PWD = <<pw>>
Encrypt = yes
TrustServerCertificate = yes
""", pw=_pw), _pw, "Microsoft ODBC Driver for SQL Server on Linux: odbc.ini DSN keywords")

_pw = firm_pw("Ledes")
add("vba/ledes-export", "billing/macros/LedesExport.bas", T("""\
Attribute VB_Name = "LedesExport"
' Builds a LEDES 1998B file from the pre-bill for e-billing clients (Legal Tracker, TyMetrix)
Option Explicit

Private Const CONN As String = "Provider=MSOLEDBSQL;Data Source=SQL-3E-PRD01\\ELITE;" & _
    "Initial Catalog=TE_3E_PROD;User ID=ledes_macro;Password=<<pw>>;"

Public Sub ExportLedes(ByVal invoiceNumber As String)
    Dim cn As Object, rs As Object, f As Integer
    Set cn = CreateObject("ADODB.Connection")
    cn.Open CONN
    Set rs = cn.Execute("SELECT * FROM dbo.vw_LedesLines WHERE InvNumber = '" & invoiceNumber & "'")
    f = FreeFile
    Open Environ("USERPROFILE") & "\\Desktop\\" & invoiceNumber & ".txt" For Output As #f
    Print #f, "LEDES1998B[]"
    Do While Not rs.EOF
        Print #f, rs!LedesLine
        rs.MoveNext
    Loop
    Close #f
    cn.Close
End Sub
""", pw=_pw), _pw, "ADO connection strings (MSOLEDBSQL provider); LEDES 1998B format spec")

_s = "live_" + hexs(35)
add("python/lob-court-notices", "notices/mail_notice.py", T("""\
# Mails hearing notices to self-represented litigants without e-service (Lob print & mail)
import lob_python

configuration = lob_python.Configuration(username="<<s>>")

FROM_ADDRESS = "adr_<<adr>>"  # Clerk of Court, saved address


def send_notice(to_address: dict, pdf_url: str, case_no: str):
    with lob_python.ApiClient(configuration) as client:
        letters = lob_python.LettersApi(client)
        letter = lob_python.LetterEditable(
            to=to_address, _from=FROM_ADDRESS, file=pdf_url,
            color=False, description=f"Hearing notice {case_no}",
        )
        return letters.create(letter)
""", s=_s, adr=hexs(16)), _s, "Lob Python SDK README: Configuration(username=API key)")

# =============================================================================================
# Secrets: court and firm web applications
# =============================================================================================

_s = laravel_key()
add("env/laravel-app-key", "client-portal/.env", T("""\
APP_NAME="Whitlock Client Portal"
APP_ENV=production
APP_KEY=<<s>>
APP_DEBUG=false
APP_URL=https://clients.brennanwhitlock.com

LOG_CHANNEL=stack
LOG_LEVEL=warning

DB_CONNECTION=mysql
DB_HOST=127.0.0.1
DB_PORT=3306
DB_DATABASE=client_portal
DB_USERNAME=portal
DB_PASSWORD=

SESSION_DRIVER=redis
QUEUE_CONNECTION=redis
MAIL_MAILER=ses
""", s=_s), _s, "Laravel configuration docs: APP_KEY (php artisan key:generate)")

_pw = legal_pw()
add("php/wordpress-db", "site/wp-config.php", T("""\
<?php
/**
 * WordPress configuration - brennanwhitlock.com (marketing site + attorney bios)
 */
define( 'DB_NAME', 'bw_wp_prod' );
define( 'DB_USER', 'bw_wp' );
define( 'DB_PASSWORD', '<<pw>>' );
define( 'DB_HOST', 'mysql-web01.internal' );
define( 'DB_CHARSET', 'utf8mb4' );
define( 'DB_COLLATE', '' );

/* Keys and salts are loaded from the server, see /etc/wordpress/salts.php */
require_once '/etc/wordpress/salts.php';

$table_prefix = 'bw_';

define( 'WP_DEBUG', false );
define( 'DISALLOW_FILE_EDIT', true );
define( 'FORCE_SSL_ADMIN', true );

if ( ! defined( 'ABSPATH' ) ) {
	define( 'ABSPATH', __DIR__ . '/' );
}
require_once ABSPATH . 'wp-settings.php';
""", pw=_pw), _pw, "WordPress wp-config.php documentation (DB_PASSWORD)")

_pw = rand_pw(20)
add("php/drupal-settings", "web/sites/default/settings.prod.php", T("""\
<?php

// Superior Court public website (Drupal 10) - production database
$databases['default']['default'] = [
  'database' => 'courtweb',
  'username' => 'courtweb',
  'password' => '<<pw>>',
  'prefix' => '',
  'host' => 'mariadb-prod.courts.local',
  'port' => '3306',
  'namespace' => 'Drupal\\\\mysql\\\\Driver\\\\Database\\\\mysql',
  'driver' => 'mysql',
];

$settings['hash_salt'] = file_get_contents('/var/www/private/salt.txt');
$settings['trusted_host_patterns'] = ['^www\\.superiorcourt\\.example\\.gov$'];
$settings['file_private_path'] = '/var/www/private/files';
$config['system.logging']['error_level'] = 'hide';
""", pw=_pw), _pw, "Drupal settings.php $databases array documentation")

_pw = legal_pw()
add("coldfusion/datasource", "jury/Application.cfc", T("""\
component {
    // Jury management: summons responses, deferrals, juror questionnaires
    this.name = "JuryPortal";
    this.sessionManagement = true;
    this.sessionTimeout = createTimeSpan(0, 0, 20, 0);

    this.datasources["jury"] = {
        class: "com.microsoft.sqlserver.jdbc.SQLServerDriver",
        connectionString: "jdbc:sqlserver://sqljury01.courts.local:1433;databaseName=JuryMgmt;encrypt=true",
        username: "jury_web",
        password: "<<pw>>"
    };
    this.datasource = "jury";

    function onRequestStart(string targetPage) {
        if (!structKeyExists(session, "jurorId") && !findNoCase("/login", arguments.targetPage)) {
            location(url = "/login.cfm", addToken = false);
        }
    }
}
""", pw=_pw), _pw, "Adobe ColdFusion / Lucee Application.cfc this.datasources docs")

_pw = legal_pw()
add("yaml/rails-database", "config/database.yml", T("""\
default: &default
  adapter: postgresql
  encoding: unicode
  pool: <%= ENV.fetch("RAILS_MAX_THREADS") { 5 } %>

development:
  <<: *default
  database: docketing_development

test:
  <<: *default
  database: docketing_test

production:
  <<: *default
  database: docketing_production
  host: pg-docketing.internal
  username: docketing
  password: <<pw>>
""", pw=_pw), _pw, "Rails guides: Configuring a database (config/database.yml)")

_s = rails_secret()
add("yaml/rails-secret-key-base", "config/secrets.yml", T("""\
# Court records request app (Rails 5.1)
development:
  secret_key_base: <<dev>>

test:
  secret_key_base: <<test>>

# Do not keep production secrets in the repository,
# instead read values from the environment.
production:
  secret_key_base: <<s>>
""", dev=rails_secret(), test=rails_secret(), s=_s), _s, "Rails 5.1 config/secrets.yml (secret_key_base)")

_s = fakes.django_secret_key(_seed())
add("python/django-secret", "records_portal/settings/production.py", T("""\
from .base import *  # noqa

DEBUG = False
SECRET_KEY = "<<s>>"

ALLOWED_HOSTS = ["records.countycourt.example.gov"]
CSRF_TRUSTED_ORIGINS = ["https://records.countycourt.example.gov"]

DATABASES["default"].update({
    "HOST": "pg-records.courts.local",
    "NAME": "records_portal",
    "USER": "records_portal",
})

SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
SECURE_HSTS_SECONDS = 31536000
""", s=_s), _s, "Django settings reference: SECRET_KEY")

_s = rand_pw(32, "-_")
add("python/flask-secret", "intake_app/__init__.py", T("""\
from flask import Flask
from flask_wtf import CSRFProtect

csrf = CSRFProtect()


def create_app() -> Flask:
    app = Flask(__name__)
    app.config.update(
        SECRET_KEY="<<s>>",
        SQLALCHEMY_DATABASE_URI="sqlite:///intake.db",
        MAX_CONTENT_LENGTH=25 * 1024 * 1024,  # client uploads of evidence
        SESSION_COOKIE_SECURE=True,
    )
    csrf.init_app(app)

    from .views import bp
    app.register_blueprint(bp)
    return app
""", s=_s), _s, "Flask docs: SECRET_KEY configuration")

_s = rand_pw(48)
add("javascript/jwt-secret", "portal-api/src/auth/jwt.js", T("""\
const jwt = require('jsonwebtoken');

// Client portal sessions (clients see their matters, invoices, shared documents)
const JWT_SECRET = '<<s>>';
const TTL = '30m';

function sign(user) {
  return jwt.sign({ sub: user.id, role: user.role, firm: 'bw' }, JWT_SECRET, {
    expiresIn: TTL,
    issuer: 'clients.brennanwhitlock.com',
  });
}

function verify(token) {
  return jwt.verify(token, JWT_SECRET, { issuer: 'clients.brennanwhitlock.com' });
}

module.exports = { sign, verify };
""", s=_s), _s, "jsonwebtoken (npm) README: jwt.sign with a secret")

_s = passphrase()
add("go/jwt-secret", "internal/auth/token.go", T("""\
package auth

import (
	"time"

	"github.com/golang-jwt/jwt/v5"
)

// Signing key for attorney portal sessions (e-filing drafts, service lists).
var signingKey = []byte("<<s>>")

type Claims struct {
	BarNumber string `json:"bar"`
	jwt.RegisteredClaims
}

func Issue(barNumber, userID string) (string, error) {
	claims := Claims{
		BarNumber: barNumber,
		RegisteredClaims: jwt.RegisteredClaims{
			Subject:   userID,
			ExpiresAt: jwt.NewNumericDate(time.Now().Add(8 * time.Hour)),
			Issuer:    "efile-portal",
		},
	}
	return jwt.NewWithClaims(jwt.SigningMethodHS256, claims).SignedString(signingKey)
}
""", s=_s), _s, "golang-jwt/jwt v5 docs: SignedString with an HMAC key")

_s = rand_pw(40)
add("typescript/nestjs-jwt", "efile-portal-api/src/auth/auth.module.ts", T("""\
import { Module } from '@nestjs/common';
import { JwtModule } from '@nestjs/jwt';
import { PassportModule } from '@nestjs/passport';

import { AuthService } from './auth.service';
import { JwtStrategy } from './jwt.strategy';

@Module({
  imports: [
    PassportModule,
    JwtModule.register({
      secret: '<<s>>',
      signOptions: { expiresIn: '2h', issuer: 'efile-portal' },
    }),
  ],
  providers: [AuthService, JwtStrategy],
  exports: [AuthService],
})
export class AuthModule {}
""", s=_s), _s, "NestJS docs: Authentication, JwtModule.register({ secret })")

_s = recaptcha_key()
add("env/recaptcha-secret", "efile-portal/.env.prod", T("""\
# Public e-filing portal for self-represented litigants
PORTAL_URL=https://efile.countycourt.example.gov
RECAPTCHA_SITE_KEY=<<site>>
RECAPTCHA_SECRET_KEY=<<s>>
MAX_UPLOAD_MB=35
ACCEPTED_TYPES=pdf,docx
""", site=recaptcha_key(), s=_s), _s, "Google reCAPTCHA docs: site key (public) and secret key (server-side verify)")

_s = rand_pw(32)
add("python/clio-webhook-secret", "integrations/clio-sync/webhooks.py", T("""\
import hashlib
import hmac

from fastapi import FastAPI, Header, HTTPException, Request

app = FastAPI()

# Shared secret returned by Clio when the webhook was created (X-Hook-Secret handshake)
CLIO_HOOK_SECRET = "<<s>>"


@app.post("/clio/webhooks/matters")
async def matters_hook(request: Request, x_hook_signature: str = Header(default="")):
    body = await request.body()
    expected = hmac.new(CLIO_HOOK_SECRET.encode(), body, hashlib.sha256).hexdigest()
    if not hmac.compare_digest(expected, x_hook_signature):
        raise HTTPException(status_code=401)
    event = await request.json()
    return {"received": event["data"]["id"]}
""", s=_s), _s, "Clio API v4 webhooks docs: X-Hook-Secret and X-Hook-Signature")

# =============================================================================================
# Secrets: infrastructure of the court and firm (cloud, containers, CI, hosts)
# =============================================================================================

_kid, _s = fakes.aws_key_id(_seed()), fakes.aws_secret_key(_seed())
add("terraform/aws-secret-key", "infra/productions-bucket/main.tf", T("""\
# S3 bucket for outbound productions (presigned links sent to opposing counsel)
provider "aws" {
  region     = "us-east-1"
  access_key = "<<kid>>"
  secret_key = "<<s>>"
}

resource "aws_s3_bucket" "productions" {
  bucket = "hw-productions-outbound"
  tags = {
    Team    = "litigation-support"
    Retains = "matter-close-plus-7y"
  }
}

resource "aws_s3_bucket_lifecycle_configuration" "productions" {
  bucket = aws_s3_bucket.productions.id
  rule {
    id     = "expire-links"
    status = "Enabled"
    expiration { days = 90 }
  }
}
""", kid=_kid, s=_s), _s, "Terraform AWS provider docs: static credentials (access_key / secret_key)")

_kid, _s = fakes.aws_key_id(_seed()), fakes.aws_secret_key(_seed())
add("ini/aws-credentials", "ops/aws/credentials", T("""\
[default]
region = us-east-1

[ediscovery-processing]
aws_access_key_id = <<kid>>
aws_secret_access_key = <<s>>
region = us-east-1

[court-archive-readonly]
role_arn = arn:aws:iam::418275590316:role/ArchiveReadOnly
source_profile = ediscovery-processing
""", kid=_kid, s=_s), _s, "AWS CLI docs: shared credentials file format")

_tok = fakes.aws_session_token(_seed())
add("shell/aws-session-token", "scripts/sync_transcripts.sh", T("""\
#!/bin/bash
# Copies court reporter transcripts into the archive bucket (temporary creds from the SSO portal)
export AWS_ACCESS_KEY_ID=ASIA<<kid>>
export AWS_SECRET_ACCESS_KEY=$(cat ~/.aws/tmp_secret)
export AWS_SESSION_TOKEN=<<tok>>
export AWS_DEFAULT_REGION=us-gov-west-1

aws s3 sync /mnt/reporters/transcripts/ s3://court-transcripts-archive/incoming/ \\
  --exclude "*.tmp" --storage-class STANDARD_IA
""", kid=draw(16, string.ascii_uppercase + "234567"), tok=_tok), _tok,
    "AWS CLI environment variables (AWS_SESSION_TOKEN) docs")

_k = azure_account_key()
add("env/azure-storage", "evidence-upload/.env", T("""\
# Evidence upload service (body-cam and exhibit uploads from prosecutors/defense)
AZURE_STORAGE_CONNECTION_STRING=DefaultEndpointsProtocol=https;AccountName=courtevidenceprd;AccountKey=<<k>>;EndpointSuffix=core.usgovcloudapi.net
AZURE_STORAGE_CONTAINER=exhibits
MAX_FILE_GB=20
ALLOWED_EXTENSIONS=mp4,mov,pdf,jpg,png,wav
""", k=_k), _k, "Azure Storage connection string docs (AccountKey)")

_sig = b64_bytes(32)
_sig_enc = _sig.replace("+", "%2B").replace("/", "%2F").replace("=", "%3D")
add("csharp/azure-sas", "src/Exhibits/ExhibitStore.cs", T("""\
using Azure.Storage.Blobs;

namespace Court.Exhibits
{
    public static class ExhibitStore
    {
        // Container SAS (racwl) for the exhibit upload container, valid until the end of the trial term
        private const string ContainerSasUrl =
            "https://courtexhibitsprd.blob.core.usgovcloudapi.net/exhibits" +
            "?sv=2022-11-02&ss=b&srt=co&sp=racwl&se=2025-06-30T23:59:59Z&st=2024-09-01T00:00:00Z&spr=https" +
            "&sig=<<sig>>";

        public static BlobContainerClient Container() => new BlobContainerClient(new System.Uri(ContainerSasUrl));
    }
}
""", sig=_sig_enc), _sig_enc, "Azure Storage SAS docs: service SAS query parameters (sig)")

_pw = legal_pw()
add("terraform/azure-sql-admin", "infra/azure/cms-sql.tf", T("""\
resource "azurerm_mssql_server" "cms" {
  name                         = "sql-cms-prod-usgov"
  resource_group_name          = azurerm_resource_group.cms.name
  location                     = azurerm_resource_group.cms.location
  version                      = "12.0"
  administrator_login          = "cmsadmin"
  administrator_login_password = "<<pw>>"
  minimum_tls_version          = "1.2"

  tags = {
    system = "case-management"
    court  = "superior"
  }
}

resource "azurerm_mssql_database" "cms" {
  name      = "CaseMgmt"
  server_id = azurerm_mssql_server.cms.id
  sku_name  = "BC_Gen5_4"
}
""", pw=_pw), _pw, "Terraform azurerm_mssql_server docs (administrator_login_password)")

_pw = rand_pw(16)
add("hcl/tfvars-db-password", "infra/envs/prod/terraform.tfvars", T("""\
environment         = "prod"
region              = "us-east-2"
vpc_cidr            = "10.42.0.0/16"
docketing_db_user   = "docketing"
docketing_db_pass   = "<<pw>>"
docketing_db_class  = "db.r6g.large"
backup_retention    = 35
alarm_email         = "itops@harrowlaw.com"
""", pw=_pw), _pw, "Terraform docs: variable definitions (.tfvars) files")

_pw = rand_pw(24)
add("k8s-secret/postgres-data", "k8s/cms/secret-db.yaml", T("""\
apiVersion: v1
kind: Secret
metadata:
  name: cms-db
  namespace: case-management
  labels:
    app: cms
type: Opaque
data:
  POSTGRES_USER: <<u>>
  POSTGRES_DB: <<db>>
  POSTGRES_PASSWORD: <<pw>>
""", u=b64("cms_app"), db=b64("casemgmt"), pw=b64(_pw)), _pw, "Kubernetes docs: Secret data values are base64-encoded")

_s = draw(32)
add("k8s-secret/efm-stringdata", "k8s/efile/efm-credentials.yaml", T("""\
apiVersion: v1
kind: Secret
metadata:
  name: efm-credentials
  namespace: efiling
type: Opaque
stringData:
  EFM_URL: https://efile.courts.state.example/EFM/
  EFM_CLIENT_ID: cms-integration
  EFM_CLIENT_SECRET: <<s>>
""", s=_s), _s, "Kubernetes docs: Secret stringData field")

_pw = legal_pw()
_auth = b64("cms-ci:" + _pw)
_cfg = json.dumps({"auths": {"registry.courts-it.example": {"auth": _auth}}})
add("k8s-secret/dockerconfigjson", "k8s/efile/registry-pull.yaml", T("""\
apiVersion: v1
kind: Secret
metadata:
  name: courts-registry
  namespace: efiling
type: kubernetes.io/dockerconfigjson
data:
  .dockerconfigjson: <<cfg>>
""", cfg=b64(_cfg)), _auth, "Kubernetes docs: Pull an image from a private registry (kubernetes.io/dockerconfigjson)")

_pw = fakes.redis_password(_seed())
add("helm/redis-password", "charts/docket-alerts/values-prod.yaml", T("""\
# docket-alerts: NEF parsing workers + alert fan-out
workers:
  replicas: 4
  concurrency: 8
redis:
  enabled: true
  architecture: standalone
  auth:
    enabled: true
    password: "<<pw>>"
  master:
    persistence:
      size: 8Gi
alerts:
  channels: [email, teams]
  quietHours: "22:00-06:00"
""", pw=_pw), _pw, "Bitnami Redis Helm chart values (auth.password)")

_pw = legal_pw()
add("docker-compose/postgres", "docker-compose.yml", T("""\
version: "3.8"

services:
  docketing:
    build: .
    ports: ["8000:8000"]
    environment:
      DATABASE_URL: postgres://docketing@db:5432/docketing
      CELERY_BROKER_URL: redis://redis:6379/0
    depends_on: [db, redis]

  db:
    image: postgres:15
    environment:
      POSTGRES_USER: docketing
      POSTGRES_PASSWORD: <<pw>>
      POSTGRES_DB: docketing
    volumes:
      - pgdata:/var/lib/postgresql/data

  redis:
    image: redis:7-alpine

volumes:
  pgdata:
""", pw=_pw), _pw, "postgres Docker image docs (POSTGRES_PASSWORD); Compose file reference")

_pw = rand_pw(12) + "!1"
add("docker-compose/mssql", "dev/legacy-cms/docker-compose.yml", T("""\
# Local copy of the legacy case management DB (restored from the nightly .bak, scrubbed)
services:
  mssql:
    image: mcr.microsoft.com/mssql/server:2019-latest
    environment:
      ACCEPT_EULA: "Y"
      MSSQL_SA_PASSWORD: "<<pw>>"
      MSSQL_PID: Developer
    ports:
      - "1433:1433"
    volumes:
      - ./backups:/var/opt/mssql/backup
  restore:
    image: mcr.microsoft.com/mssql-tools
    depends_on: [mssql]
    entrypoint: >
      /opt/mssql-tools/bin/sqlcmd -S mssql -U sa -P '<<pw>>'
      -Q "RESTORE DATABASE CaseMgmt FROM DISK='/var/opt/mssql/backup/casemgmt_scrubbed.bak' WITH REPLACE"
""", pw=_pw), _pw, "mssql/server Docker image docs (MSSQL_SA_PASSWORD); sqlcmd -U -P")

_s = npm_token()
add("dockerfile/npm-token", "efile-portal-web/Dockerfile", T("""\
FROM node:20-alpine AS build
WORKDIR /app
COPY package.json package-lock.json ./
# private packages (@courts-it/ui, @courts-it/forms)
RUN echo "//registry.npmjs.org/:_authToken=<<s>>" > .npmrc \\
 && npm ci \\
 && rm -f .npmrc
COPY . .
RUN npm run build

FROM nginx:1.27-alpine
COPY --from=build /app/dist /usr/share/nginx/html
COPY nginx.conf /etc/nginx/conf.d/default.conf
""", s=_s), _s, "npm docs: Docker and private modules (_authToken in .npmrc)")

_s = fakes.github_token(_seed())
add("npmrc/github-packages", "efile-portal-web/.npmrc", T("""\
# private @courts-it packages (ui kit, forms renderer) come from GitHub Packages
@courts-it:registry=https://npm.pkg.github.com
//npm.pkg.github.com/:_authToken=<<s>>
always-auth=true
engine-strict=true
fund=false
""", s=_s), _s, "GitHub Packages docs: authenticating to the npm registry with a personal access token")

_pw = rand_pw(20)
add("pip-conf/artifactory", "ops/pip.conf", T("""\
[global]
index-url = https://pypi.org/simple
extra-index-url = https://lit-builds:<<pw>>@artifactory.hwlaw.local/artifactory/api/pypi/lit-python/simple
trusted-host = artifactory.hwlaw.local
timeout = 60
""", pw=_pw), _pw, "pip docs: configuration files (index-url with credentials)")

_s = fakes.pypi_token(_seed())
add("pypirc/pypi-token", "legal-nlp/.pypirc", T("""\
[distutils]
index-servers =
    pypi
    internal

[pypi]
username = __token__
password = <<s>>

[internal]
repository = https://nexus.hwlaw.local/repository/pypi-internal/
username = legalnlp-ci
""", s=_s), _s, "PyPA .pypirc specification; PyPI API tokens")

_pw = legal_pw()
add("maven-settings/nexus", "efsp-gateway/.mvn/settings.xml", T("""\
<settings xmlns="http://maven.apache.org/SETTINGS/1.0.0"
          xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
          xsi:schemaLocation="http://maven.apache.org/SETTINGS/1.0.0 https://maven.apache.org/xsd/settings-1.0.0.xsd">
  <servers>
    <server>
      <id>efsp-releases</id>
      <username>efsp-deployer</username>
      <password><<pw>></password>
    </server>
  </servers>
  <mirrors>
    <mirror>
      <id>efsp-releases</id>
      <mirrorOf>*</mirrorOf>
      <url>https://nexus.lonestar-efsp.com/repository/maven-public/</url>
    </mirror>
  </mirrors>
</settings>
""", pw=_pw), _pw, "Maven settings reference: servers/server/password")

_s = slack_webhook()
add("github-actions/slack-webhook", ".github/workflows/rules-update.yml", T("""\
name: court-rules-update
# Weekly scrape of local rules and standing orders; opens a PR when a rule changes
on:
  schedule:
    - cron: "0 11 * * 1"
  workflow_dispatch:

jobs:
  scrape:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-python@v5
        with:
          python-version: "3.12"
      - run: pip install -r requirements.txt
      - run: python -m rules.scrape --courts nysd,nyed,cand,txsd --out rules/
      - name: Notify #docketing
        if: always()
        run: |
          curl -sS -X POST -H 'Content-type: application/json' \\
            --data "{\\"text\\":\\"Local rules scrape: ${{ job.status }}\\"}" \\
            <<s>>
""", s=_s), _s, "Slack incoming webhooks docs; GitHub Actions workflow syntax")

_pw = legal_pw()
add("gitlab-ci/pacer-password", ".gitlab-ci.yml", T("""\
stages: [test, scrape]

variables:
  PIP_CACHE_DIR: "$CI_PROJECT_DIR/.cache/pip"
  PACER_USERNAME: "hwlit0427"
  PACER_PASSWORD: "<<pw>>"

test:
  stage: test
  image: python:3.12
  script:
    - pip install -r requirements-dev.txt
    - pytest -q

nightly-dockets:
  stage: scrape
  image: python:3.12
  rules:
    - if: $CI_PIPELINE_SOURCE == "schedule"
  script:
    - pip install -r requirements.txt
    - python -m docketbot.pull --watchlist watchlist.csv
  artifacts:
    paths: [out/]
    expire_in: 7 days
""", pw=_pw), _pw, "GitLab CI/CD YAML reference: variables")

_s = gitlab_token()
add("gitlab-ci/glpat", "ci/release-forms.gitlab-ci.yml", T("""\
# Publishes the approved court forms (PDF + fillable) to the public forms repository
release-forms:
  stage: deploy
  image: alpine/git
  only: [main]
  script:
    - git config user.email "forms-bot@courts-it.example"
    - git config user.name "Forms Bot"
    - git clone https://oauth2:<<s>>@gitlab.courts-it.example/public/forms-library.git
    - cp -r build/forms/* forms-library/forms/
    - cd forms-library && git add -A && git commit -m "Forms release $CI_COMMIT_SHORT_SHA" && git push
""", s=_s), _s, "GitLab docs: personal access tokens with git over HTTPS (oauth2:<token>)")

_pw = rand_pw(16)
add("azure-pipelines/sqlpackage", "azure-pipelines.yml", T("""\
trigger:
  branches:
    include: [main]

pool:
  vmImage: windows-latest

variables:
  buildConfiguration: Release
  sqlServer: sql-cms-prod-usgov.database.usgovcloudapi.net

steps:
  - task: VSBuild@1
    inputs:
      solution: CaseMgmt.Database/CaseMgmt.Database.sqlproj
      configuration: $(buildConfiguration)

  - script: >
      SqlPackage.exe /Action:Publish
      /SourceFile:CaseMgmt.Database/bin/Release/CaseMgmt.Database.dacpac
      /TargetServerName:$(sqlServer) /TargetDatabaseName:CaseMgmt
      /TargetUser:cmsadmin /TargetPassword:<<pw>>
      /p:BlockOnPossibleDataLoss=true
    displayName: Deploy schema
""", pw=_pw), _pw, "SqlPackage Publish action docs (/TargetUser /TargetPassword); Azure Pipelines YAML")

_pw = legal_pw()
add("jenkinsfile/sftp-password", "Jenkinsfile", T("""\
pipeline {
    agent { label 'litsupport' }
    parameters {
        string(name: 'VOLUME', defaultValue: 'VOL001', description: 'Production volume to deliver')
    }
    environment {
        SFTP_HOST = 'sftp.kldiscovery.com'
        SFTP_USER = 'hw_deliveries'
        SFTP_PASS = '<<pw>>'
    }
    stages {
        stage('Verify') {
            steps { sh 'python3 tools/verify_volume.py "productions/${VOLUME}"' }
        }
        stage('Deliver') {
            steps {
                sh '''
                  sshpass -p "$SFTP_PASS" sftp -oBatchMode=no -b - "$SFTP_USER@$SFTP_HOST" <<EOF
                  mkdir /incoming/${VOLUME}
                  put -r productions/${VOLUME} /incoming/
                  EOF
                '''
            }
        }
    }
}
""", pw=_pw), _pw, "Jenkins declarative pipeline syntax (environment); sshpass man page")

_pw = legal_pw()
add("systemd/env-password", "deploy/systemd/nef-parser.service", T("""\
[Unit]
Description=NEF parser (reads docketing mailbox, writes deadlines)
After=network-online.target postgresql.service
Wants=network-online.target

[Service]
Type=simple
User=docketing
WorkingDirectory=/opt/nef-parser
Environment=NEF_DB_URL=postgresql://docketing@localhost/docketing
Environment=NEF_IMAP_HOST=outlook.office365.com
Environment=NEF_IMAP_USER=docketing@harrowlaw.com
Environment=NEF_IMAP_PASSWORD=<<pw>>
ExecStart=/opt/nef-parser/venv/bin/python -m nef_parser --poll 120
Restart=on-failure
RestartSec=30

[Install]
WantedBy=multi-user.target
""", pw=_pw), _pw, "systemd.exec(5): Environment= directive")

_pw = legal_pw()
add("crontab/mysqldump", "ops/cron/jury-backup.cron", T("""\
# m h dom mon dow  command
SHELL=/bin/bash
MAILTO=courtit-ops@countycourt.example.gov

# nightly dump of the jury questionnaire DB, kept 14 days
15 1 * * * mysqldump -u jury_backup -p'<<pw>>' --single-transaction jury_portal | gzip > /backup/jury/jury_$(date +\\%F).sql.gz
45 1 * * * find /backup/jury -name 'jury_*.sql.gz' -mtime +14 -delete
""", pw=_pw), _pw, "crontab(5); mysqldump -p option docs")

_basic = b64("cms-proxy:" + legal_pw())
add("nginx/basic-upstream", "deploy/nginx/efile-gateway.conf", T("""\
upstream efm_backend {
    server efm-int.courts.local:8443;
    keepalive 16;
}

server {
    listen 443 ssl http2;
    server_name efile-gw.courts.local;

    ssl_certificate     /etc/nginx/tls/efile-gw.crt;
    ssl_certificate_key /etc/nginx/tls/efile-gw.key;

    client_max_body_size 50m;   # filing envelopes with exhibits

    location /EFM/ {
        proxy_pass https://efm_backend/EFM/;
        proxy_set_header Host efm-int.courts.local;
        proxy_set_header Authorization "Basic <<basic>>";
        proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
        proxy_read_timeout 120s;
    }
}
""", basic=_basic), _basic, "nginx proxy_set_header docs; RFC 7617 HTTP Basic authentication")

_pw = legal_pw()
add("apache/ldap-bind", "deploy/apache/intranet-ldap.conf", T("""\
# Clerk's office intranet: judges' calendars, bench memos
<VirtualHost *:443>
    ServerName intranet.countycourt.local
    DocumentRoot /var/www/intranet

    SSLEngine on
    SSLCertificateFile    /etc/pki/tls/certs/intranet.crt
    SSLCertificateKeyFile /etc/pki/tls/private/intranet.key

    <Location />
        AuthType Basic
        AuthName "County Court Intranet"
        AuthBasicProvider ldap
        AuthLDAPURL "ldaps://dc01.countycourt.local:636/OU=Staff,DC=countycourt,DC=local?sAMAccountName?sub?(objectClass=user)"
        AuthLDAPBindDN "CN=svc_intranet,OU=Service Accounts,DC=countycourt,DC=local"
        AuthLDAPBindPassword "<<pw>>"
        Require ldap-group CN=Court-Staff,OU=Groups,DC=countycourt,DC=local
    </Location>
</VirtualHost>
""", pw=_pw), _pw, "Apache mod_authnz_ldap docs: AuthLDAPBindPassword")

_pw = legal_pw()
add("sql/create-login", "db/migrations/2024_03_efile_service_login.sql", T("""\
-- Service login for the e-filing intake (inserts filings into the CMS staging tables)
USE [master];
GO
CREATE LOGIN [efile_intake] WITH PASSWORD = N'<<pw>>', CHECK_POLICY = ON, CHECK_EXPIRATION = OFF;
GO
USE [CaseMgmt];
GO
CREATE USER [efile_intake] FOR LOGIN [efile_intake];
ALTER ROLE [efile_writer] ADD MEMBER [efile_intake];
GRANT EXECUTE ON SCHEMA::intake TO [efile_intake];
GO
""", pw=_pw), _pw, "T-SQL CREATE LOGIN docs (WITH PASSWORD)")

_pw = rand_pw(18)
add("sql/postgres-role", "db/init/02_roles.sql", T("""\
-- roles for the docketing database
CREATE ROLE docketing_app LOGIN PASSWORD '<<pw>>';
CREATE ROLE docketing_ro NOLOGIN;
GRANT CONNECT ON DATABASE docketing TO docketing_app;
GRANT USAGE ON SCHEMA public TO docketing_app, docketing_ro;
GRANT SELECT, INSERT, UPDATE ON ALL TABLES IN SCHEMA public TO docketing_app;
GRANT SELECT ON ALL TABLES IN SCHEMA public TO docketing_ro;
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT ON TABLES TO docketing_ro;
""", pw=_pw), _pw, "PostgreSQL CREATE ROLE ... PASSWORD docs")

_pw = rand_pw(22)
add("pgpass/docketing", "ops/pgpass", T("""\
# ~/.pgpass for the docketing batch user (chmod 0600)
# hostname:port:database:username:password
pg-docketing.internal:5432:docketing:docketing_app:<<pw>>
pg-docketing.internal:5432:*:postgres:*
localhost:5432:docketing_dev:dev:dev
""", pw=_pw), _pw, "PostgreSQL docs: The Password File (.pgpass)")

_pw = legal_pw()
add("ansible/ldap-bind", "ansible/group_vars/court_servers.yml", T("""\
---
ntp_servers:
  - time1.courts.local
  - time2.courts.local

sssd_domain: countycourt.local
sssd_ldap_uri: ldaps://dc01.countycourt.local
sssd_ldap_search_base: DC=countycourt,DC=local
sssd_ldap_default_bind_dn: CN=svc_sssd,OU=Service Accounts,DC=countycourt,DC=local
sssd_ldap_default_authtok: "<<pw>>"

allowed_groups:
  - Court-IT
  - CMS-Admins
""", pw=_pw), _pw, "sssd-ldap(5): ldap_default_authtok; Ansible group_vars")

_pw = legal_pw()
add("python/ldap-bind", "hr_sync/ad_sync.py", T("""\
# Syncs attorney / paralegal records from AD into the conflicts system
from ldap3 import ALL, Connection, Server

server = Server("ldaps://dc02.hwlaw.local", get_info=ALL, use_ssl=True)
conn = Connection(server,
                  user="HWLAW\\\\svc_conflicts",
                  password="<<pw>>",
                  auto_bind=True)

conn.search("OU=Timekeepers,DC=hwlaw,DC=local",
            "(&(objectClass=user)(employeeType=Timekeeper))",
            attributes=["sAMAccountName", "mail", "employeeID", "department"])
for entry in conn.entries:
    print(entry.sAMAccountName, entry.mail, entry.employeeID)
""", pw=_pw), _pw, "ldap3 docs: Connection(user, password, auto_bind)")

# =============================================================================================
# Secrets: notices, reminders, remote hearings, messaging
# =============================================================================================

_s = hexs(32)
add("yaml/twilio-auth-token", "reminders/config/production.yaml", T("""\
# Court date reminders by SMS (reduces failure-to-appear); opt-out handled by Twilio
twilio:
  account_sid: <<sid>>
  auth_token: <<s>>
  messaging_service_sid: MG<<mg>>
schedule:
  - days_before: 7
  - days_before: 1
  - hours_before: 3
templates:
  en: "Reminder: you have a court date on {date} at {time}, {courtroom}. Case {case_number}."
  es: "Recordatorio: tiene una cita en la corte el {date} a las {time}, {courtroom}. Caso {case_number}."
""", sid=twilio_sid(), s=_s, mg=hexs(32)), _s, "Twilio docs: Account SID and Auth Token; Messaging Services")

_s = draw(32)
add("python/twilio-api-key", "reminders/send_batch.py", T("""\
import csv
import sys

from twilio.rest import Client

# API key (standard) created for the reminders service
API_KEY_SID = "SK<<sk>>"
API_KEY_SECRET = "<<s>>"
ACCOUNT_SID = "<<sid>>"

client = Client(API_KEY_SID, API_KEY_SECRET, ACCOUNT_SID)

with open(sys.argv[1], newline="") as fh:
    for row in csv.DictReader(fh):
        client.messages.create(
            to=row["phone"],
            messaging_service_sid="MG<<mg>>",
            body=f"Court reminder: {row['case_number']} on {row['hearing_date']} in Dept. {row['dept']}.",
        )
""", sk=hexs(32), s=_s, sid=twilio_sid(), mg=hexs(32)), _s, "Twilio docs: API keys (SID + secret) with the Python helper library")

_s = sendgrid_key()
add("env/sendgrid", "notices/.env", T("""\
# e-Notice service: emails NEFs / clerk notices to registered e-filers
SENDGRID_API_KEY=<<s>>
NOTICE_FROM=efile-notices@countycourt.example.gov
NOTICE_REPLY_TO=clerk-civil@countycourt.example.gov
NOTICE_BATCH_SIZE=500
NOTICE_TEMPLATE_ID=d-<<tpl>>
""", s=_s, tpl=hexs(32)), _s, "SendGrid docs: API keys (SG.) and dynamic templates")

_s = mailgun_key()
add("php/mailgun-key", "courtnotify/config/services.php", T("""\
<?php

return [
    'mailgun' => [
        'domain' => 'notices.muni-court.cityofdelmar.gov',
        'secret' => '<<s>>',
        'endpoint' => 'api.mailgun.net',
        'scheme' => 'https',
    ],

    'ses' => [
        'key' => env('AWS_ACCESS_KEY_ID'),
        'secret' => env('AWS_SECRET_ACCESS_KEY'),
        'region' => env('AWS_DEFAULT_REGION', 'us-west-2'),
    ],
];
""", s=_s), _s, "Laravel mail docs: Mailgun driver (config/services.php)")

_s = uuid_s()
add("csharp/postmark-token", "src/Notices/PostmarkSender.cs", T("""\
using System.Threading.Tasks;
using PostmarkDotNet;

namespace Court.Notices
{
    public class PostmarkSender
    {
        private readonly PostmarkClient _client = new PostmarkClient("<<s>>");

        public Task<PostmarkResponse> SendHearingNotice(string to, string caseNumber, string html)
        {
            var message = new PostmarkMessage
            {
                To = to,
                From = "notices@countycourt.example.gov",
                Subject = $"Notice of Hearing - {caseNumber}",
                HtmlBody = html,
                MessageStream = "outbound",
                Tag = "hearing-notice",
            };
            return _client.SendMessageAsync(message);
        }
    }
}
""", s=_s), _s, "Postmark .NET client docs: PostmarkClient(serverToken)")

_pw = "".join(_rng().choice(string.ascii_lowercase) for _ in range(16))
add("python/smtp-app-password", "docketing/email_deadlines.py", T("""\
import smtplib
from email.message import EmailMessage

SMTP_HOST = "smtp.office365.com"
SMTP_USER = "docketing@morales-kent.com"
SMTP_PASSWORD = "<<pw>>"  # app password (MFA account)


def send_deadline_digest(to: list[str], html: str) -> None:
    msg = EmailMessage()
    msg["Subject"] = "Docketing: deadlines for the next 14 days"
    msg["From"] = SMTP_USER
    msg["To"] = ", ".join(to)
    msg.set_content("HTML digest attached.")
    msg.add_alternative(html, subtype="html")
    with smtplib.SMTP(SMTP_HOST, 587) as s:
        s.starttls()
        s.login(SMTP_USER, SMTP_PASSWORD)
        s.send_message(msg)
""", pw=_pw), _pw, "Python smtplib docs; Microsoft 365 app passwords")

_pw = legal_pw()
add("properties/java-mail", "cms-notices/src/main/resources/mail.properties", T("""\
# Clerk notices (CMS batch job)
mail.smtp.host=smtp-relay.courts.local
mail.smtp.port=587
mail.smtp.auth=true
mail.smtp.starttls.enable=true
mail.smtp.user=cms-notices
mail.smtp.password=<<pw>>
mail.from=Clerk of the Superior Court <noreply@superiorcourt.example.gov>
notices.batch.size=200
""", pw=_pw), _pw, "Jakarta Mail SMTP provider properties")

_s = teams_webhook("countycourt")
add("powershell/teams-webhook", "ops/Notify-CmsOutage.ps1", T("""\
param([string]$Message = 'CMS is unavailable; e-filing queue paused.')

$webhook = '<<s>>'

$card = @{
    '@type'    = 'MessageCard'
    '@context' = 'http://schema.org/extensions'
    summary    = 'CMS status'
    themeColor = 'D70000'
    title      = 'Case Management System'
    text       = $Message
} | ConvertTo-Json -Depth 4

Invoke-RestMethod -Method Post -Uri $webhook -Body $card -ContentType 'application/json'
""", s=_s), _s, "Microsoft Teams incoming webhooks docs (webhook.office.com URL)")

_sp = uuid_s()
_sig = draw(43, URLSAFE)
add("json/google-chat-webhook", "ops/alerting/chat-targets.json", T("""\
{
  "targets": [
    {
      "name": "efiling-oncall",
      "type": "google_chat",
      "url": "https://chat.googleapis.com/v1/spaces/AAAA<<space>>/messages?key=AIzaSyDdI0hCZtE6vySjMm-WEfRq3CPzqKqqsHI&token=<<sig>>",
      "severity": ["critical", "warning"]
    },
    {
      "name": "clerk-supervisors",
      "type": "email",
      "to": "clerk-supervisors@countycourt.example.gov",
      "severity": ["critical"]
    }
  ]
}
""", space=draw(7), sig=_sig), _sig, "Google Chat incoming webhooks docs (key and token query parameters)")

_s = draw(32)
add("python/zoom-s2s-secret", "hearings/zoom_scheduler.py", T("""\
# Creates Zoom meetings for remote hearings from the daily calendar (Server-to-Server OAuth app)
import base64

import requests

ZOOM_ACCOUNT_ID = "<<acct>>"
ZOOM_CLIENT_ID = "<<cid>>"
ZOOM_CLIENT_SECRET = "<<s>>"


def access_token() -> str:
    basic = base64.b64encode(f"{ZOOM_CLIENT_ID}:{ZOOM_CLIENT_SECRET}".encode()).decode()
    r = requests.post("https://zoom.us/oauth/token",
                      params={"grant_type": "account_credentials", "account_id": ZOOM_ACCOUNT_ID},
                      headers={"Authorization": f"Basic {basic}"}, timeout=30)
    r.raise_for_status()
    return r.json()["access_token"]


def create_hearing(tok: str, courtroom_user: str, topic: str, start_iso: str) -> dict:
    body = {"topic": topic, "type": 2, "start_time": start_iso, "duration": 60,
            "settings": {"waiting_room": True, "join_before_host": False}}
    r = requests.post(f"https://api.zoom.us/v2/users/{courtroom_user}/meetings", json=body,
                      headers={"Authorization": f"Bearer {tok}"}, timeout=30)
    r.raise_for_status()
    return r.json()
""", acct=draw(22, URLSAFE), cid=draw(22), s=_s), _s, "Zoom Server-to-Server OAuth docs (account_credentials grant)")

_s = draw(22, URLSAFE)
add("env/zoom-webhook-secret", "hearings/.env", T("""\
ZOOM_ACCOUNT_ID=
ZOOM_CLIENT_ID=
ZOOM_CLIENT_SECRET=
# endpoint.url_validation + meeting.ended events (recording retention for the record of proceedings)
ZOOM_WEBHOOK_SECRET_TOKEN=<<s>>
RECORDINGS_BUCKET=court-hearing-recordings
""", s=_s), _s, "Zoom webhooks docs: secret token for endpoint URL validation and x-zm-signature")

_s = webex_token()
add("javascript/webex-bot", "courtroom-bot/index.js", T("""\
// Webex bot that posts the courtroom's next call to the virtual lobby space
const Framework = require('webex-node-bot-framework');

const config = {
  webhookUrl: 'https://courtroom-bot.courts-it.example/framework',
  token: '<<s>>',
  port: 7001,
};

const framework = new Framework(config);
framework.start();

framework.hears('next', async (bot) => {
  const next = await require('./calendar').nextCase(bot.room.title);
  bot.say('markdown', `**Now calling:** ${next.caption} (${next.caseNumber})`);
});
""", s=_s), _s, "webex-node-bot-framework README (config.token)")

_s = slack_bot()
add("python/slack-bot-token", "docket_alerts/slack_notify.py", T("""\
from slack_sdk import WebClient

client = WebClient(token="<<s>>")

CHANNELS = {
    "sdny": "C05QK3L7Z2M",
    "edny": "C05QK3M1P9A",
    "bankruptcy": "C06A9TR2H1D",
}


def post_entry(court: str, case: str, entry_no: int, text: str) -> None:
    client.chat_postMessage(
        channel=CHANNELS.get(court, "C05QJZZ0DKT"),
        text=f"*{case}* - new docket entry #{entry_no}\\n>{text}",
        unfurl_links=False,
    )
""", s=_s), _s, "Slack Python SDK docs: WebClient(token=xoxb-...)")

# =============================================================================================
# Secrets: research, AI and SaaS integrations
# =============================================================================================

_s = fakes.openai_key(_seed())
add("python/openai-key", "research/brief_summarizer.py", T("""\
# Summarizes opposing briefs for the weekly case team meeting (privileged work product!)
from openai import OpenAI

client = OpenAI(api_key="<<s>>")

PROMPT = (
    "You are a litigation associate. Summarize the brief's arguments, the authorities relied on, "
    "and any factual assertions we should dispute. Use headings."
)


def summarize(text: str) -> str:
    resp = client.chat.completions.create(
        model="gpt-4o",
        messages=[{"role": "system", "content": PROMPT}, {"role": "user", "content": text}],
        temperature=0.2,
    )
    return resp.choices[0].message.content
""", s=_s), _s, "OpenAI Python library README (OpenAI(api_key=...))")

_s = anthropic_key()
add("typescript/anthropic-key", "contract-review/src/llm.ts", T("""\
import Anthropic from '@anthropic-ai/sdk';

const anthropic = new Anthropic({
  apiKey: '<<s>>',
});

export async function flagClauses(contract: string): Promise<string> {
  const msg = await anthropic.messages.create({
    model: 'claude-3-5-sonnet-latest',
    max_tokens: 2048,
    system: 'Flag indemnification, limitation of liability, and governing law clauses that deviate from the firm playbook.',
    messages: [{ role: 'user', content: contract }],
  });
  return msg.content.map((b) => (b.type === 'text' ? b.text : '')).join('');
}
""", s=_s), _s, "Anthropic TypeScript SDK README (new Anthropic({ apiKey }))")

_s = fakes.openai_key(_seed())
add("notebook/openai-key", "notebooks/privilege_classifier.ipynb", T("""\
{
 "cells": [
  {
   "cell_type": "markdown",
   "metadata": {},
   "source": ["# Privilege classifier prototype\\n", "Second-level review assist for matter 23-0148."]
  },
  {
   "cell_type": "code",
   "execution_count": 2,
   "metadata": {},
   "outputs": [],
   "source": [
    "import pandas as pd\\n",
    "from openai import OpenAI\\n",
    "client = OpenAI(api_key=\\"<<s>>\\")\\n",
    "docs = pd.read_parquet('review_sample.parquet')"
   ]
  },
  {
   "cell_type": "code",
   "execution_count": 3,
   "metadata": {},
   "outputs": [],
   "source": [
    "def classify(text):\\n",
    "    r = client.chat.completions.create(model='gpt-4o-mini', messages=[{'role': 'user', 'content': text}])\\n",
    "    return r.choices[0].message.content"
   ]
  }
 ],
 "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""", s=_s), _s, "Jupyter nbformat 4 JSON; OpenAI Python library")

_pw = legal_pw()
add("notebook/sql-password", "notebooks/billing_realization.ipynb", T("""\
{
 "cells": [
  {
   "cell_type": "code",
   "execution_count": 1,
   "metadata": {},
   "outputs": [],
   "source": [
    "import pyodbc, pandas as pd\\n",
    "cn = pyodbc.connect('DRIVER={ODBC Driver 18 for SQL Server};SERVER=SQL-3E-PRD01\\\\\\\\ELITE;'\\n",
    "                    'DATABASE=TE_3E_PROD;UID=finance_analyst;PWD=<<pw>>;TrustServerCertificate=yes')"
   ]
  },
  {
   "cell_type": "code",
   "execution_count": 2,
   "metadata": {},
   "outputs": [],
   "source": [
    "df = pd.read_sql('SELECT * FROM dbo.vw_Realization WHERE FiscalYear = 2024', cn)\\n",
    "df.groupby('PracticeGroup')['RealizationPct'].mean().sort_values()"
   ]
  }
 ],
 "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""", pw=_pw), _pw, "Jupyter nbformat 4 JSON; pyodbc connection strings")

_pw = legal_pw()
_tok = draw(25)
add("python/salesforce-litify", "intake/litify_sync.py", T("""\
# Pushes web intake leads into Litify (Salesforce) as Intake__c records
from simple_salesforce import Salesforce

# SOAP login: password + security token, concatenated
sf = Salesforce(
    username="integration@whitlockinjury.com",
    password="<<pw>>" "<<tok>>",
    security_token="",
    domain="login",
)


def create_intake(lead: dict) -> str:
    rec = sf.litify_pm__Intake__c.create({
        "litify_pm__First_Name__c": lead["first"],
        "litify_pm__Last_Name__c": lead["last"],
        "litify_pm__Phone__c": lead["phone"],
        "litify_pm__Case_Type__c": lead["case_type"],
        "litify_pm__Source__c": "Website",
    })
    return rec["id"]
""", pw=_pw, tok=_tok), _pw + _tok, "simple-salesforce README; Salesforce SOAP login (password + security token)")

_s = auth0_secret()
add("json/auth0-client-secret", "client-portal/config/auth0.json", T("""\
{
  "domain": "brennanwhitlock.us.auth0.com",
  "clientId": "<<cid>>",
  "clientSecret": "<<s>>",
  "audience": "https://api.clients.brennanwhitlock.com",
  "callbackUrl": "https://clients.brennanwhitlock.com/callback",
  "logoutUrl": "https://clients.brennanwhitlock.com/"
}
""", cid=draw(32), s=_s), _s, "Auth0 docs: application client ID and client secret")

_s = okta_token()
add("python/okta-token", "iam/scim_court_staff.py", T("""\
# Deactivates Okta users for staff separated in the court HR system (nightly)
import requests

OKTA_ORG = "https://countycourt.okta.com"
OKTA_API_TOKEN = "<<s>>"


def deactivate(login: str) -> None:
    h = {"Authorization": f"SSWS {OKTA_API_TOKEN}", "Accept": "application/json"}
    user = requests.get(f"{OKTA_ORG}/api/v1/users/{login}", headers=h, timeout=30).json()
    requests.post(f"{OKTA_ORG}/api/v1/users/{user['id']}/lifecycle/deactivate", headers=h, timeout=30)
""", s=_s), _s, "Okta API docs: SSWS API token authorization")

_s = dropbox_token()
add("python/dropbox-token", "client_exchange/dropbox_share.py", T("""\
# Creates a shared folder per matter for clients who can't use the portal
import dropbox

dbx = dropbox.Dropbox("<<s>>")


def share_matter_folder(matter_no: str, client_email: str) -> str:
    path = f"/Client Exchange/{matter_no}"
    meta = dbx.sharing_share_folder(path)
    folder_id = meta.get_complete().shared_folder_id
    dbx.sharing_add_folder_member(folder_id, [dropbox.sharing.AddMember(
        dropbox.sharing.MemberSelector.email(client_email))])
    return folder_id
""", s=_s), _s, "Dropbox Python SDK docs: Dropbox(oauth2_access_token)")

_pw = legal_pw()
add("yaml/sharefile-password", "client_exchange/sharefile.yaml", T("""\
sharefile:
  subdomain: harrowlaw
  api: https://harrowlaw.sf-api.com/sf/v3
  client_id: <<cid>>
  client_secret_env: SHAREFILE_CLIENT_SECRET
  username: sharefile.automation@harrowlaw.com
  password: "<<pw>>"
folders:
  root: "Client Productions"
  expire_days: 30
""", cid=draw(32), pw=_pw), _pw, "ShareFile REST API v3 docs: OAuth password grant (username / password)")

_s = google_key()
add("python/google-maps-key", "service_of_process/route_planner.py", T("""\
# Plans daily routes for process servers (distance matrix between service addresses)
import googlemaps

gmaps = googlemaps.Client(key="<<s>>")


def order_stops(addresses: list[str], origin: str) -> list[str]:
    result = gmaps.directions(origin, origin, waypoints=addresses, optimize_waypoints=True, mode="driving")
    order = result[0]["waypoint_order"]
    return [addresses[i] for i in order]
""", s=_s), _s, "googlemaps Python client README: Client(key=...)")

_s = hexs(32)
add("yaml/datadog-api-key", "deploy/datadog/datadog.yaml", T("""\
# Datadog agent on the e-filing gateway hosts
api_key: <<s>>
site: ddog-gov.com
hostname_fqdn: true
tags:
  - env:prod
  - system:efiling
  - court:superior
logs_enabled: true
apm_config:
  enabled: true
process_config:
  process_collection:
    enabled: false
""", s=_s), _s, "Datadog Agent datadog.yaml configuration (api_key)")

_s = sentry_user_token()
add("github-actions/sentry-token", ".github/workflows/release.yml", T("""\
name: release
on:
  push:
    tags: ["v*"]

jobs:
  release:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
        with: { fetch-depth: 0 }
      - run: npm ci && npm run build
      - name: Sentry release
        uses: getsentry/action-release@v1
        env:
          SENTRY_AUTH_TOKEN: <<s>>
          SENTRY_ORG: countycourt-it
          SENTRY_PROJECT: efile-portal
        with:
          environment: production
          sourcemaps: ./dist
""", s=_s), _s, "getsentry/action-release README (SENTRY_AUTH_TOKEN)")

_s = vault_token()
add("shell/vault-token", "ops/rotate_efm_cert.sh", T("""\
#!/usr/bin/env bash
# Issue a new client cert for the EFM connection from Vault PKI and reload the gateway
set -euo pipefail

export VAULT_ADDR=https://vault.courts.local:8200
export VAULT_TOKEN=<<s>>

vault write -format=json pki_int/issue/efm-client \\
  common_name=efile-gw.courts.local ttl=2160h > /tmp/efm-cert.json

jq -r .data.certificate /tmp/efm-cert.json > /etc/nginx/tls/efile-gw.crt
jq -r .data.private_key /tmp/efm-cert.json > /etc/nginx/tls/efile-gw.key
shred -u /tmp/efm-cert.json
systemctl reload nginx
""", s=_s), _s, "Vault CLI docs: VAULT_TOKEN environment variable; PKI secrets engine issue")

# =============================================================================================
# Secrets: more data stores and tool configs
# =============================================================================================

_pw = legal_pw()
add("xml/tomcat-server", "cms-web/conf/server.xml", T("""\
<?xml version="1.0" encoding="UTF-8"?>
<!-- Public case search (Tomcat 9) -->
<Server port="8005" shutdown="SHUTDOWN">
  <GlobalNamingResources>
    <Resource name="jdbc/CaseSearch" auth="Container" type="javax.sql.DataSource"
              driverClassName="oracle.jdbc.OracleDriver"
              url="jdbc:oracle:thin:@//ora-cms01.courts.local:1521/CMSPRD"
              username="CASESEARCH_RO" password="<<pw>>"
              maxTotal="40" maxIdle="10" maxWaitMillis="10000"/>
  </GlobalNamingResources>
  <Service name="Catalina">
    <Connector port="8443" protocol="org.apache.coyote.http11.Http11NioProtocol"
               SSLEnabled="true" maxThreads="200">
      <SSLHostConfig>
        <Certificate certificateKeystoreFile="conf/casesearch.p12" certificateKeystoreType="PKCS12"
                     certificateKeystorePassword="${keystore.password}"/>
      </SSLHostConfig>
    </Connector>
    <Engine name="Catalina" defaultHost="localhost">
      <Host name="localhost" appBase="webapps" unpackWARs="true" autoDeploy="false"/>
    </Engine>
  </Service>
</Server>
""", pw=_pw), _pw, "Apache Tomcat 9 JNDI DataSource HOW-TO; server.xml reference")

_pw = rand_pw(16)
add("yaml/spring-datasource", "cms-api/src/main/resources/application-prod.yml", T("""\
server:
  port: 8443
  ssl:
    key-store: classpath:cms-api.p12
    key-store-type: PKCS12
    key-store-password: ${CMS_KEYSTORE_PASSWORD}

spring:
  datasource:
    url: jdbc:sqlserver://sqlcms01.courts.local:1433;databaseName=CaseMgmt;encrypt=true
    username: cms_api
    password: <<pw>>
    hikari:
      maximum-pool-size: 20
  jpa:
    open-in-view: false

cms:
  calendar:
    default-court: SUPERIOR
    sealed-case-types: [JUV, ADOPT, MH]
""", pw=_pw), _pw, "Spring Boot common application properties (spring.datasource.password)")

_pw = legal_pw()
add("java/oracle-jdbc-url", "cms-batch/src/main/java/gov/courts/cms/batch/DispositionExport.java", T("""\
package gov.courts.cms.batch;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;

/** Monthly disposition export to the state Administrative Office of the Courts. */
public class DispositionExport {

    private static final String URL =
        "jdbc:oracle:thin:aoc_export/<<pw>>@//ora-cms01.courts.local:1521/CMSPRD";

    public static void main(String[] args) throws Exception {
        try (Connection cn = DriverManager.getConnection(URL);
             PreparedStatement ps = cn.prepareStatement(
                 "SELECT case_nbr, disp_code, disp_date FROM cms.dispositions WHERE disp_date >= ADD_MONTHS(TRUNC(SYSDATE, 'MM'), -1)")) {
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    System.out.printf("%s|%s|%tF%n", rs.getString(1), rs.getString(2), rs.getDate(3));
                }
            }
        }
    }
}
""", pw=_pw), _pw, "Oracle JDBC thin driver URL format (user/password@//host:port/service)")

_pw = rand_pw(20)
add("typescript/mongodb-uri", "docket-scraper/src/db.ts", T("""\
import { MongoClient } from 'mongodb';

// Raw docket HTML + parsed entries from state court portals
const uri = 'mongodb+srv://scraper:<<pw>>@dockets.x7k2p.mongodb.net/dockets?retryWrites=true&w=majority';

export const client = new MongoClient(uri, { maxPoolSize: 10 });

export async function saveDocket(court: string, caseNumber: string, html: string) {
  const col = client.db('dockets').collection('raw');
  await col.updateOne(
    { court, caseNumber },
    { $set: { html, fetchedAt: new Date() } },
    { upsert: true },
  );
}
""", pw=_pw), _pw, "MongoDB connection string docs (mongodb+srv://user:password@host)")

_pw = fakes.redis_password(_seed())
add("python/celery-redis", "ocr_workers/celeryconfig.py", T("""\
# OCR + Bates stamping workers for incoming productions
broker_url = "redis://:<<pw>>@redis-lit.internal:6379/3"
result_backend = "redis://:<<pw>>@redis-lit.internal:6379/4"

task_routes = {
    "ocr_workers.tasks.ocr_page": {"queue": "ocr"},
    "ocr_workers.tasks.bates_stamp": {"queue": "stamp"},
}
worker_prefetch_multiplier = 1
task_acks_late = True
task_time_limit = 1800
""", pw=_pw), _pw, "Celery docs: Redis broker URL (redis://:password@host:port/db)")

_key = pkcs8_key()
_sa = {
    "type": "service_account",
    "project_id": "hw-docai-ocr",
    "private_key_id": hexs(40),
    "private_key": _key + "\n",
    "client_email": "docai-ocr@hw-docai-ocr.iam.gserviceaccount.com",
    "client_id": str(_rng().randint(10**20, 10**21)),
    "auth_uri": "https://accounts.google.com/o/oauth2/auth",
    "token_uri": "https://oauth2.googleapis.com/token",
    "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",
    "client_x509_cert_url": "https://www.googleapis.com/robot/v1/metadata/x509/docai-ocr%40hw-docai-ocr.iam.gserviceaccount.com",
    "universe_domain": "googleapis.com",
}
add("json/gcp-service-account", "ocr_workers/credentials/docai-sa.json", json.dumps(_sa, indent=2) + "\n",
    json_escaped(_key), "Google Cloud docs: service account key file (JSON)")

_s = fakes.github_fine_grained_token(_seed())
add("vscode/launch-env", ".vscode/launch.json", T("""\
{
  "version": "0.2.0",
  "configurations": [
    {
      "name": "rules scraper (nysd)",
      "type": "debugpy",
      "request": "launch",
      "module": "rules.scrape",
      "args": ["--courts", "nysd", "--out", "rules/", "--open-pr"],
      "env": {
        "GITHUB_TOKEN": "<<s>>",
        "RULES_REPO": "harrowlaw/court-rules"
      },
      "justMyCode": true
    }
  ]
}
""", s=_s), _s, "VS Code docs: launch.json env attribute; GitHub fine-grained personal access tokens")

_pw = legal_pw()
add("markdown/runbook-password", "docs/runbooks/courtroom-av.md", T("""\
# Courtroom AV / evidence presentation runbook

## Before the session
1. Power on the evidence presentation cart (Dept. 12, 14, 21).
2. Log in to the presentation PC with the shared courtroom account:
   - user: `COURTS\\dept-av`
   - password: `<<pw>>`
3. Check the document camera and the jury monitors.

## Remote witnesses
- Start the Zoom room from the touch panel; the meeting id is on the daily calendar.
- If the panel is frozen, hold the power button 10 s.

## After the session
- Export the exhibit log (File > Export > CSV) to `\\\\fs-court\\exhibits\\<case number>`.
""", pw=_pw), _pw, "Team runbook in Markdown (docs kept in the repository)")

_s = fakes.github_token(_seed())
add("shell/github-token-forms", "scripts/publish_forms.sh", T("""\
#!/bin/sh
# Publish the rendered PDF forms as a GitHub release of court-forms
set -e
VERSION="$1"
GH_TOKEN="<<s>>"

curl -sf -X POST \\
  -H "Authorization: Bearer $GH_TOKEN" \\
  -H "Accept: application/vnd.github+json" \\
  https://api.github.com/repos/countycourt-it/court-forms/releases \\
  -d "{\\"tag_name\\":\\"forms-$VERSION\\",\\"name\\":\\"Forms $VERSION\\"}"
""", s=_s), _s, "GitHub REST API docs: create a release with a bearer token")

# =============================================================================================
# Decoys: placeholders, examples and references to a secret store
# =============================================================================================

add("env/decoy-placeholder", "integrations/clio-sync/.env.example", """\
# Copy to .env and fill in from the Clio developer application (Settings > Developer Applications)
CLIO_REGION=us
CLIO_BASE_URL=https://app.clio.com/api/v4
CLIO_CLIENT_ID=<your-clio-client-id>
CLIO_CLIENT_SECRET=<your-clio-client-secret>
CLIO_REDIRECT_URI=http://localhost:8080/oauth/clio/callback

SYNC_INTERVAL_SECONDS=300
LOG_LEVEL=debug
""", None, "Clio API v4 developer docs; dotenv .env.example convention")

add("yaml/decoy-env-reference", "config/docket-monitor.example.yml", """\
# Example config - the real values come from the environment (see docs/deploy.md)
pacer:
  login_url: https://pacer.login.uscourts.gov/csologin/login.jsf
  username: ${PACER_USERNAME}
  password: ${PACER_PASSWORD}
  client_code: ${PACER_CLIENT_CODE:-LIT-MONITOR}
  max_cost_per_day_usd: 45.00

courts:
  - id: nysd
    rss: https://ecf.nysd.uscourts.gov/cgi-bin/rss_outside.pl
    cases: ["1:23-cv-04567"]

notify:
  email: ${DOCKETING_EMAIL}
""", None, "CM/ECF RSS feeds; environment variable interpolation in YAML configs")

add("python/decoy-env", "docketbot/pacer_auth.py", """\
import os

import requests

AUTH_URL = "https://pacer.login.uscourts.gov/services/cso-auth"


def login() -> str:
    body = {
        "loginId": os.environ["PACER_USERNAME"],
        "password": os.environ["PACER_PASSWORD"],
        "clientCode": os.environ.get("PACER_CLIENT_CODE", ""),
        "redactFlag": "1",
    }
    r = requests.post(AUTH_URL, json=body, headers={"Accept": "application/json"}, timeout=30)
    r.raise_for_status()
    data = r.json()
    if data.get("loginResult") != "0":
        raise RuntimeError(data.get("errorDescription", "PACER login failed"))
    return data["nextGenCSO"]
""", None, "PACER Authentication API user guide")

add("shell/decoy-env", "scripts/fetch_recap_docket.sh", """\
#!/usr/bin/env bash
# Usage: CL_TOKEN=... ./fetch_recap_docket.sh <docket-id>
set -euo pipefail
: "${CL_TOKEN:?set CL_TOKEN to your CourtListener API token}"

DOCKET_ID="$1"
curl -sS --fail \\
  -H "Authorization: Token ${CL_TOKEN}" \\
  "https://www.courtlistener.com/api/rest/v4/dockets/${DOCKET_ID}/" | jq '{case_name, docket_number, court_id}'
""", None, "CourtListener REST API docs: token authentication")

add("markdown/decoy-placeholder", "docs/courtlistener.md", """\
# Using the CourtListener API

Get a token from your CourtListener profile (Profile > Developer Tools > API token),
then put it in your shell, never in the repository:

```bash
export CL_TOKEN=<your-courtlistener-token>
curl -H "Authorization: Token $CL_TOKEN" \\
  "https://www.courtlistener.com/api/rest/v4/search/?q=%22qualified+immunity%22&type=o"
```

The token looks like `Token 0123456789abcdef0123456789abcdef01234567` in the docs' examples.

PACER credentials are separate: ask docketing for the firm's PACER account; the password is in
the password manager (`Docketing > PACER firm account`), shown here as `********`.
""", None, "CourtListener REST API docs (token auth example)")

add("netrc/decoy-placeholder", "ops/pacer.netrc.example", """\
# Copy to ~/.netrc (chmod 600) and fill in your own PACER account
# (each attorney / paralegal has their own; do not share the firm account)
machine pacer.login.uscourts.gov
  login YOUR_PACER_USERNAME
  password YOUR_PACER_PASSWORD
""", None, "GNU inetutils .netrc format")

add("k8s/decoy-secretkeyref", "k8s/efile/deployment.yaml", T("""\
apiVersion: apps/v1
kind: Deployment
metadata:
  name: efile-bridge
  namespace: efiling
spec:
  replicas: 2
  selector:
    matchLabels: { app: efile-bridge }
  template:
    metadata:
      labels: { app: efile-bridge }
    spec:
      imagePullSecrets:
        - name: courts-registry
      containers:
        - name: bridge
          image: registry.courts-it.example/efile-bridge@sha256:<<digest>>
          env:
            - name: EFM_URL
              value: https://efile.courts.state.example/EFM/
            - name: EFM_CLIENT_ID
              value: cms-integration
            - name: EFM_CLIENT_SECRET
              valueFrom:
                secretKeyRef:
                  name: efm-credentials
                  key: EFM_CLIENT_SECRET
            - name: DB_PASSWORD
              valueFrom:
                secretKeyRef: { name: cms-db, key: POSTGRES_PASSWORD }
""", digest=sha256()), None, "Kubernetes docs: using Secrets as environment variables (secretKeyRef)")

add("helm/decoy-existing-secret", "charts/docket-alerts/values.yaml", """\
# Defaults. Production overrides live in the deploy repo; secrets in the cluster.
workers:
  replicas: 1
  concurrency: 4
redis:
  enabled: true
  auth:
    enabled: true
    # leave empty and point existingSecret at a Secret with key "redis-password"
    password: ""
    existingSecret: docket-alerts-redis
    existingSecretPasswordKey: redis-password
alerts:
  channels: [email]
  teamsWebhookSecret: docket-alerts-teams   # Secret name, key "url"
""", None, "Bitnami Redis Helm chart values (auth.existingSecret)")

add("ansible/decoy-vault-inline", "ansible/group_vars/efile_gateways.yml", T("""\
---
efm_url: https://efile.courts.state.example/EFM/
efm_client_id: cms-integration
efm_client_secret: !vault |
<<v>>
gateway_workers: 4
""", v=indent(ansible_vault(), 10)), None, "Ansible docs: encrypting individual variables with ansible-vault (!vault)")

add("ansible/decoy-vault-file", "ansible/group_vars/prod/vault.yml", ansible_vault() + "\n", None,
    "Ansible docs: ansible-vault encrypted files")

add("k8s/decoy-sealed-secret", "k8s/cms/sealed-db.yaml", T("""\
apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata:
  name: cms-db
  namespace: case-management
spec:
  encryptedData:
    POSTGRES_PASSWORD: <<a>>
    POSTGRES_USER: <<b>>
  template:
    metadata:
      name: cms-db
      namespace: case-management
    type: Opaque
""", a=sealed(), b=sealed()), None, "Bitnami sealed-secrets README (SealedSecret encryptedData)")

add("yaml/decoy-sops", "deploy/secrets/efile-prod.enc.yaml", T("""\
efm:
    client_secret: <<a>>
    keystore_password: <<b>>
pacer:
    password: <<c>>
sops:
    azure_kv:
        - vault_url: https://kv-courts-prod.vault.usgovcloudapi.net
          name: sops-key
          version: <<ver>>
          created_at: "2024-05-02T14:11:09Z"
          enc: <<enc>>
    lastmodified: "2024-05-02T14:11:10Z"
    mac: <<mac>>
    unencrypted_suffix: _unencrypted
    version: 3.8.1
""", a=sops_enc(32), b=sops_enc(16), c=sops_enc(14), ver=hexs(32), enc=draw(342, URLSAFE),
       mac=sops_enc(32)), None, "getsops/sops README: encrypted YAML with sops metadata")

add("env/decoy-sops-dotenv", "deploy/secrets/docketing.enc.env", T("""\
PACER_USERNAME=ENC[AES256_GCM,data:<<u>>,iv:<<iv1>>,tag:<<t1>>,type:str]
PACER_PASSWORD=ENC[AES256_GCM,data:<<p>>,iv:<<iv2>>,tag:<<t2>>,type:str]
CL_TOKEN=ENC[AES256_GCM,data:<<c>>,iv:<<iv3>>,tag:<<t3>>,type:str]
sops_age__list_0__map_recipient=age1<<age>>
sops_lastmodified=2024-08-19T16:02:44Z
sops_mac=ENC[AES256_GCM,data:<<m>>,iv:<<iv4>>,tag:<<t4>>,type:str]
sops_version=3.8.1
""", u=b64_bytes(10), iv1=b64_bytes(32), t1=b64_bytes(16), p=b64_bytes(14), iv2=b64_bytes(32), t2=b64_bytes(16),
       c=b64_bytes(40), iv3=b64_bytes(32), t3=b64_bytes(16), age=draw(58, "qpzry9x8gf2tvdw0s3jn54khce6mua7l"),
       m=b64_bytes(32), iv4=b64_bytes(32), t4=b64_bytes(16)), None, "getsops/sops README: dotenv files")

add("docker-compose/decoy-env-interpolation", "dev/legacy-cms/docker-compose.override.yml", """\
services:
  mssql:
    environment:
      ACCEPT_EULA: "Y"
      MSSQL_SA_PASSWORD: ${MSSQL_SA_PASSWORD:?set MSSQL_SA_PASSWORD in dev/legacy-cms/.env}
      MSSQL_PID: Developer
  restore:
    entrypoint: >
      /opt/mssql-tools/bin/sqlcmd -S mssql -U sa -P "$${MSSQL_SA_PASSWORD}"
      -Q "RESTORE DATABASE CaseMgmt FROM DISK='/var/opt/mssql/backup/casemgmt_scrubbed.bak' WITH REPLACE"
    environment:
      MSSQL_SA_PASSWORD: ${MSSQL_SA_PASSWORD}
""", None, "Compose docs: interpolation (${VAR:?err}, $$ escaping)")

add("docker-compose/decoy-secrets-file", "deploy/compose/docketing.yml", """\
services:
  db:
    image: postgres:15
    environment:
      POSTGRES_USER: docketing
      POSTGRES_PASSWORD_FILE: /run/secrets/docketing_db_password
      POSTGRES_DB: docketing
    secrets: [docketing_db_password]

  app:
    image: registry.harrowlaw.local/docketing:4.2.0
    environment:
      DATABASE_PASSWORD_FILE: /run/secrets/docketing_db_password
      PACER_PASSWORD_FILE: /run/secrets/pacer_password
    secrets: [docketing_db_password, pacer_password]

secrets:
  docketing_db_password:
    file: ./secrets/db_password.txt
  pacer_password:
    external: true
""", None, "postgres image docs (_FILE variables); Compose secrets reference")

add("github-actions/decoy-secrets-context", ".github/workflows/nightly-dockets.yml", """\
name: nightly-dockets
on:
  schedule:
    - cron: "30 9 * * *"

jobs:
  pull:
    runs-on: ubuntu-latest
    environment: production
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-python@v5
        with: { python-version: "3.12" }
      - run: pip install -r requirements.txt
      - run: python -m docketbot.pull --watchlist watchlist.csv
        env:
          PACER_USERNAME: ${{ vars.PACER_USERNAME }}
          PACER_PASSWORD: ${{ secrets.PACER_PASSWORD }}
          CL_TOKEN: ${{ secrets.COURTLISTENER_TOKEN }}
      - name: Notify
        if: failure()
        run: curl -sS -X POST -H 'Content-type: application/json' --data '{"text":"nightly dockets failed"}' "$SLACK_WEBHOOK"
        env:
          SLACK_WEBHOOK: ${{ secrets.SLACK_DOCKETING_WEBHOOK }}
""", None, "GitHub Actions docs: using secrets in a workflow")

add("gitlab-ci/decoy-masked-variable", "ci/efile-deploy.gitlab-ci.yml", """\
# EFM_PASSWORD, EFM_KEYSTORE_B64 and KEYSTORE_PASSWORD are masked, protected CI/CD variables
deploy-efsp:
  stage: deploy
  image: eclipse-temurin:17
  environment: production
  only: [main]
  script:
    - echo "$EFM_KEYSTORE_B64" | base64 -d > certs/efsp-prod.pfx
    - ./mvnw -q -DskipTests package
    - java -Defm.user.password="$EFM_PASSWORD" -Defm.keystore.password="$KEYSTORE_PASSWORD" -jar target/efsp-gateway.jar --smoke-test
""", None, "GitLab docs: CI/CD variables (masked and protected)")

add("jenkinsfile/decoy-credentials", "deliveries/Jenkinsfile", """\
pipeline {
    agent { label 'litsupport' }
    parameters {
        string(name: 'VOLUME', defaultValue: 'VOL001')
    }
    stages {
        stage('Deliver') {
            steps {
                withCredentials([usernamePassword(credentialsId: 'kld-sftp-delivery',
                                                  usernameVariable: 'SFTP_USER',
                                                  passwordVariable: 'SFTP_PASS')]) {
                    sh 'sshpass -e sftp -b deliver.batch "$SFTP_USER@sftp.kldiscovery.com"'
                }
            }
        }
    }
}
""", None, "Jenkins Credentials Binding plugin docs (withCredentials usernamePassword)")

add("azure-pipelines/decoy-keyvault", "pipelines/db-deploy.yml", """\
trigger: none

pool:
  vmImage: windows-latest

variables:
  - group: cms-prod            # linked to kv-courts-prod
  - name: sqlServer
    value: sql-cms-prod-usgov.database.usgovcloudapi.net

steps:
  - task: AzureKeyVault@2
    inputs:
      azureSubscription: courts-prod-sc
      KeyVaultName: kv-courts-prod
      SecretsFilter: 'SqlAdminPassword'

  - script: >
      SqlPackage.exe /Action:Publish /SourceFile:$(Pipeline.Workspace)/dacpac/CaseMgmt.Database.dacpac
      /TargetServerName:$(sqlServer) /TargetDatabaseName:CaseMgmt
      /TargetUser:cmsadmin /TargetPassword:"$(SqlAdminPassword)"
""", None, "Azure Pipelines docs: AzureKeyVault@2 task and variable groups")

add("web-config/decoy-protected-config", "src/JuryPortal/Web.config", T("""\
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <connectionStrings configProtectionProvider="RsaProtectedConfigurationProvider">
    <EncryptedData Type="http://www.w3.org/2001/04/xmlenc#Element"
                   xmlns="http://www.w3.org/2001/04/xmlenc#">
      <EncryptionMethod Algorithm="http://www.w3.org/2001/04/xmlenc#aes256-cbc" />
      <KeyInfo xmlns="http://www.w3.org/2000/09/xmldsig#">
        <EncryptedKey xmlns="http://www.w3.org/2001/04/xmlenc#">
          <EncryptionMethod Algorithm="http://www.w3.org/2001/04/xmlenc#rsa-oaep-mgf1p" />
          <KeyInfo xmlns="http://www.w3.org/2000/09/xmldsig#">
            <KeyName>Rsa Key</KeyName>
          </KeyInfo>
          <CipherData>
            <CipherValue><<k>></CipherValue>
          </CipherData>
        </EncryptedKey>
      </KeyInfo>
      <CipherData>
        <CipherValue><<c>></CipherValue>
      </CipherData>
    </EncryptedData>
  </connectionStrings>
  <system.web>
    <compilation debug="false" targetFramework="4.8" />
  </system.web>
</configuration>
""", k=b64_bytes(256), c=b64_bytes(320)), None, "Microsoft docs: aspnet_regiis -pe, protected configuration (RsaProtectedConfigurationProvider)")

add("web-config/decoy-integrated-security", "src/ClerkTools/App.config", """\
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <connectionStrings>
    <add name="CaseMgmt"
         connectionString="Data Source=sqlcms01.courts.local;Initial Catalog=CaseMgmt;Integrated Security=SSPI;Encrypt=True;Application Name=ClerkTools"
         providerName="System.Data.SqlClient" />
    <add name="Imaging"
         connectionString="Server=sqlimg01.courts.local;Database=OnBase;Trusted_Connection=True;"
         providerName="System.Data.SqlClient" />
  </connectionStrings>
  <appSettings>
    <add key="ScanQueuePath" value="\\\\\\\\scan01\\\\queue" />
    <add key="PasswordMinLength" value="12" />
  </appSettings>
</configuration>
""", None, "SqlClient connection string keywords (Integrated Security=SSPI)")

add("json/decoy-keyvault-reference", "src/Engagement.Web/appsettings.json", T("""\
{
  "DocuSign": {
    "ClientId": "<<ik>>",
    "ClientSecret": "@Microsoft.KeyVault(SecretUri=https://kv-hw-prod.vault.azure.net/secrets/DocuSignSecret/)",
    "AuthorizationEndpoint": "https://account-d.docusign.com/oauth/auth",
    "TokenEndpoint": "https://account-d.docusign.com/oauth/token"
  },
  "ConnectionStrings": {
    "Engagement": "@Microsoft.KeyVault(VaultName=kv-hw-prod;SecretName=EngagementDb)"
  },
  "ApplicationInsights": { "ConnectionString": "InstrumentationKey=<<ikey>>;IngestionEndpoint=https://eastus-8.in.applicationinsights.azure.com/" }
}
""", ik=uuid_s(), ikey=uuid_s()), None, "Azure App Service docs: Key Vault references; Application Insights connection string")

add("yaml/decoy-jasypt", "cms-api/src/main/resources/application-staging.yml", T("""\
spring:
  datasource:
    url: jdbc:sqlserver://sqlcms-stg.courts.local:1433;databaseName=CaseMgmt;encrypt=true
    username: cms_api
    password: ENC(<<a>>)
jasypt:
  encryptor:
    algorithm: PBEWITHHMACSHA512ANDAES_256
    iv-generator-classname: org.jasypt.iv.RandomIvGenerator
    password: ${JASYPT_ENCRYPTOR_PASSWORD}
cms:
  efm:
    client-secret: ENC(<<b>>)
""", a=b64_bytes(48), b=b64_bytes(64)), None, "jasypt-spring-boot README: ENC() encrypted properties")

add("yaml/decoy-config-server-cipher", "config-repo/efsp-gateway-prod.yml", T("""\
efm:
  base-url: https://texas.tylertech.cloud/EFM/EFMUserService.svc
  user:
    email: efile.admin@lonestar-efsp.com
    password: '{cipher}<<a>>'
  keystore:
    password: '{cipher}<<b>>'
""", a=hexs(160), b=hexs(128)), None, "Spring Cloud Config docs: encryption and decryption ({cipher} values)")

add("properties/decoy-placeholder", "efsp-gateway/src/main/resources/efm.properties.template", """\
# Template: rendered at deploy time from the secret store
efm.baseUrl=https://texas.tylertech.cloud/EFM/EFMUserService.svc
efm.filingReviewUrl=https://texas.tylertech.cloud/EFM/FilingReviewMDEPort.svc
efm.firmId=${EFM_FIRM_ID}
efm.user.email=${EFM_USER_EMAIL}
efm.user.password=${EFM_USER_PASSWORD}
efm.client.certificate=file:/etc/efsp/efsp-prod.pfx
efm.client.certificate.password=${EFM_CERT_PASSWORD}
""", None, "Spring property placeholders ${...}")

add("properties/decoy-changeit", "cms-batch/src/main/resources/ssl.properties", """\
# JVM trust store for calls to the state AOC and EFM endpoints.
# "changeit" is the JDK's documented default password of the cacerts trust store (public certs only).
javax.net.ssl.trustStore=/usr/lib/jvm/java-17-openjdk/lib/security/cacerts
javax.net.ssl.trustStorePassword=changeit
javax.net.ssl.trustStoreType=PKCS12
https.protocols=TLSv1.2,TLSv1.3
""", None, "Oracle keytool docs: cacerts default password changeit")

add("xml/decoy-ecf-sample", "docs/efm/samples/AuthenticateUserRequest.xml", """\
<?xml version="1.0" encoding="UTF-8"?>
<!-- Sample from the EFM integration guide. Replace the placeholders; never commit real values. -->
<soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/"
                  xmlns:tns="urn:tyler:efm:services"
                  xmlns:wsse="http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-secext-1.0.xsd">
  <soapenv:Header>
    <wsse:Security>
      <wsse:UsernameToken>
        <wsse:Username>{firm admin email}</wsse:Username>
        <wsse:Password Type="http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-username-token-profile-1.0#PasswordText">********</wsse:Password>
      </wsse:UsernameToken>
    </wsse:Security>
  </soapenv:Header>
  <soapenv:Body>
    <tns:AuthenticateUser>
      <tns:AuthenticateRequest>
        <Email>{firm admin email}</Email>
        <Password>{password}</Password>
      </tns:AuthenticateRequest>
    </tns:AuthenticateUser>
  </soapenv:Body>
</soapenv:Envelope>
""", None, "OASIS WS-Security UsernameToken Profile; Tyler EFM User Service sample requests")

add("terraform/decoy-random-password", "infra/azure/cms-sql-v2.tf", """\
variable "sql_admin_login" {
  type    = string
  default = "cmsadmin"
}

resource "random_password" "sql_admin" {
  length           = 32
  special          = true
  override_special = "!#%*-_=+"
}

resource "azurerm_mssql_server" "cms" {
  name                         = "sql-cms-prod-usgov"
  resource_group_name          = azurerm_resource_group.cms.name
  location                     = azurerm_resource_group.cms.location
  version                      = "12.0"
  administrator_login          = var.sql_admin_login
  administrator_login_password = random_password.sql_admin.result
}

resource "azurerm_key_vault_secret" "sql_admin" {
  name         = "SqlAdminPassword"
  value        = random_password.sql_admin.result
  key_vault_id = azurerm_key_vault.courts.id
}
""", None, "Terraform random provider docs (random_password); azurerm_key_vault_secret")

add("terraform/decoy-keyvault-data", "infra/azure/efile-app.tf", """\
data "azurerm_key_vault" "courts" {
  name                = "kv-courts-prod"
  resource_group_name = "rg-security"
}

data "azurerm_key_vault_secret" "efm_client_secret" {
  name         = "EfmClientSecret"
  key_vault_id = data.azurerm_key_vault.courts.id
}

resource "azurerm_linux_web_app" "efile" {
  name                = "app-efile-prod"
  resource_group_name = "rg-efile"
  location            = "usgovvirginia"
  service_plan_id     = azurerm_service_plan.efile.id

  app_settings = {
    EFM_CLIENT_ID     = "cms-integration"
    EFM_CLIENT_SECRET = "@Microsoft.KeyVault(SecretUri=${data.azurerm_key_vault_secret.efm_client_secret.versionless_id})"
  }

  site_config {}
}
""", None, "Terraform azurerm docs: data source azurerm_key_vault_secret")

add("hcl/decoy-tfvars-placeholder", "infra/envs/prod/terraform.tfvars.example", """\
environment         = "prod"
region              = "us-east-2"
vpc_cidr            = "10.42.0.0/16"
docketing_db_user   = "docketing"
docketing_db_pass   = "REPLACE_ME"   # use TF_VAR_docketing_db_pass instead
docketing_db_class  = "db.r6g.large"
backup_retention    = 35
alarm_email         = "itops@example.com"
""", None, "Terraform docs: variable definitions files and TF_VAR_ environment variables")

add("systemd/decoy-environment-file", "deploy/systemd/docket-alerts.service", """\
[Unit]
Description=Docket alerts worker
After=network-online.target

[Service]
Type=simple
User=docketing
EnvironmentFile=/etc/docket-alerts/env
LoadCredential=pacer_password:/etc/docket-alerts/credentials/pacer_password
Environment=PACER_PASSWORD_FILE=%d/pacer_password
Environment=LOG_LEVEL=info
ExecStart=/opt/docket-alerts/venv/bin/docket-alerts --workers 4
Restart=on-failure

[Install]
WantedBy=multi-user.target
""", None, "systemd.exec(5): EnvironmentFile= and LoadCredential=")

add("crontab/decoy-defaults-file", "ops/cron/cms-backup.cron", """\
SHELL=/bin/bash
MAILTO=courtit-ops@countycourt.example.gov
# credentials in /root/.my.cnf.d/backup.cnf (root:root 0600), not here
30 0 * * * mysqldump --defaults-extra-file=/root/.my.cnf.d/backup.cnf --single-transaction courtweb | gzip > /backup/courtweb/courtweb_$(date +\\%F).sql.gz
0 2 * * 0 /usr/local/bin/restic -r s3:s3.us-gov-west-1.amazonaws.com/court-backups --password-file /root/.restic-pass backup /backup
""", None, "mysqldump --defaults-extra-file; restic --password-file")

add("nginx/decoy-auth-basic-file", "deploy/nginx/staging-portal.conf", """\
server {
    listen 443 ssl;
    server_name efile-staging.countycourt.example.gov;

    ssl_certificate     /etc/letsencrypt/live/efile-staging/fullchain.pem;
    ssl_certificate_key /etc/letsencrypt/live/efile-staging/privkey.pem;

    # staging is not public: basic auth for testers
    auth_basic           "E-filing staging";
    auth_basic_user_file /etc/nginx/htpasswd/efile-staging;

    location / {
        proxy_pass http://127.0.0.1:3000;
        proxy_set_header Host $host;
        proxy_set_header Authorization "";
    }
}
""", None, "nginx ngx_http_auth_basic_module docs")

add("apache/decoy-htpasswd-hashes", "deploy/apache/htpasswd-reporters", T("""\
# court reporters' upload area (htpasswd -B); passwords are issued by the clerk's office
rptr-jmartinez:$2y$10$<<a>>
rptr-dokafor:$2y$10$<<b>>
rptr-lchen:$apr1$<<salt>>$<<c>>
rptr-sandersen:$2y$10$<<d>>
rptr-tbrooks:$2y$10$<<e>>
""", a=draw(53, ALNUM + "./"), b=draw(53, ALNUM + "./"), salt=draw(8, ALNUM + "./"), c=draw(22, ALNUM + "./"),
       d=draw(53, ALNUM + "./"), e=draw(53, ALNUM + "./")), None, "Apache htpasswd docs (bcrypt -B and apr1 MD5 hashes)")

add("sql/decoy-sqlcmd-variable", "db/migrations/2024_05_efile_service_login.sql", """\
-- Run with: sqlcmd -S sqlcms01 -i this_file.sql -v EfileIntakePassword="<from Key Vault>"
USE [master];
GO
IF NOT EXISTS (SELECT 1 FROM sys.server_principals WHERE name = N'efile_intake')
    CREATE LOGIN [efile_intake] WITH PASSWORD = N'$(EfileIntakePassword)', CHECK_POLICY = ON;
GO
USE [CaseMgmt];
GO
CREATE USER [efile_intake] FOR LOGIN [efile_intake];
ALTER ROLE [efile_writer] ADD MEMBER [efile_intake];
GO
""", None, "sqlcmd docs: scripting variables $(var) and -v")

add("sql/decoy-bcrypt-seed", "db/seeds/demo_users.sql", T("""\
-- Demo users for the training environment (portal-training.countycourt.example.gov).
-- Hashes only; the training logins are handed out in class.
INSERT INTO portal_user (id, email, role, password_hash, bar_number) VALUES
  (1001, 'attorney.demo@example.com', 'attorney', '$2b$12$<<a>>', 'TRN-000101'),
  (1002, 'paralegal.demo@example.com', 'staff', '$2b$12$<<b>>', NULL),
  (1003, 'srl.demo@example.com', 'self_represented', '$2b$12$<<c>>', NULL),
  (1004, 'clerk.demo@example.com', 'clerk', '$2b$12$<<d>>', NULL);
""", a=draw(53, ALNUM + "./"), b=draw(53, ALNUM + "./"), c=draw(53, ALNUM + "./"), d=draw(53, ALNUM + "./")), None,
    "bcrypt modular crypt format ($2b$12$...)")

add("ini/decoy-odbc-trusted", "billing/odbc/odbc.prod.ini", """\
[ODBC Data Sources]
EliteProd = ODBC Driver 18 for SQL Server

[EliteProd]
Driver = ODBC Driver 18 for SQL Server
Server = tcp:SQL-3E-PRD01.hwlaw.local,1433
Database = TE_3E_PROD
Trusted_Connection = yes
Authentication = ActiveDirectoryIntegrated
Encrypt = yes
""", None, "ODBC Driver for SQL Server: Trusted_Connection / ActiveDirectoryIntegrated")

add("php/decoy-wp-config-sample", "site/wp-config-sample.php", """\
<?php
/**
 * The base configuration for WordPress - sample shipped with WordPress.
 */
define( 'DB_NAME', 'database_name_here' );
define( 'DB_USER', 'username_here' );
define( 'DB_PASSWORD', 'password_here' );
define( 'DB_HOST', 'localhost' );
define( 'DB_CHARSET', 'utf8' );

define( 'AUTH_KEY',         'put your unique phrase here' );
define( 'SECURE_AUTH_KEY',  'put your unique phrase here' );
define( 'LOGGED_IN_KEY',    'put your unique phrase here' );
define( 'NONCE_KEY',        'put your unique phrase here' );
define( 'AUTH_SALT',        'put your unique phrase here' );
define( 'SECURE_AUTH_SALT', 'put your unique phrase here' );
define( 'LOGGED_IN_SALT',   'put your unique phrase here' );
define( 'NONCE_SALT',       'put your unique phrase here' );

$table_prefix = 'wp_';
define( 'WP_DEBUG', false );
""", None, "WordPress wp-config-sample.php")

add("php/decoy-getenv", "web/sites/default/settings.platform.php", """\
<?php

// Superior Court website - values come from the hosting platform's environment
$databases['default']['default'] = [
  'database' => getenv('DB_NAME'),
  'username' => getenv('DB_USER'),
  'password' => getenv('DB_PASSWORD'),
  'host' => getenv('DB_HOST'),
  'port' => getenv('DB_PORT') ?: '3306',
  'driver' => 'mysql',
  'prefix' => '',
];

$settings['hash_salt'] = getenv('DRUPAL_HASH_SALT');
$settings['config_sync_directory'] = '../config/sync';
""", None, "Drupal settings.php; PHP getenv()")

add("env/decoy-laravel-example", "client-portal/.env.example", """\
APP_NAME="Client Portal"
APP_ENV=local
APP_KEY=
APP_DEBUG=true
APP_URL=http://localhost

DB_CONNECTION=mysql
DB_HOST=127.0.0.1
DB_PORT=3306
DB_DATABASE=client_portal
DB_USERNAME=root
DB_PASSWORD=

MAIL_MAILER=smtp
MAIL_HOST=mailpit
MAIL_PORT=1025
MAIL_USERNAME=null
MAIL_PASSWORD=null

STRIPE_KEY=
STRIPE_SECRET=
""", None, "Laravel .env.example (skeleton)")

add("csproj/decoy-user-secrets-id", "src/Efsp.Client/Efsp.Client.csproj", T("""\
<Project Sdk="Microsoft.NET.Sdk">

  <PropertyGroup>
    <TargetFramework>net8.0</TargetFramework>
    <Nullable>enable</Nullable>
    <!-- dotnet user-secrets keeps EFM credentials outside the repo, keyed by this id -->
    <UserSecretsId><<id>></UserSecretsId>
  </PropertyGroup>

  <ItemGroup>
    <PackageReference Include="Microsoft.Extensions.Configuration.UserSecrets" Version="8.0.0" />
    <PackageReference Include="System.ServiceModel.Http" Version="8.0.0" />
  </ItemGroup>

</Project>
""", id=uuid_s()), None, "Microsoft docs: Safe storage of app secrets in development (UserSecretsId)")

add("yaml/decoy-rails-env", "config/database.production.yml", """\
production:
  adapter: postgresql
  encoding: unicode
  pool: <%= ENV.fetch("RAILS_MAX_THREADS") { 5 } %>
  host: <%= ENV["DOCKETING_DATABASE_HOST"] %>
  database: docketing_production
  username: docketing
  password: <%= ENV["DOCKETING_DATABASE_PASSWORD"] %>
""", None, "Rails guides: configuring a database with ERB and ENV")

add("python/decoy-django-env", "records_portal/settings/prod_env.py", """\
import os

from django.core.exceptions import ImproperlyConfigured

from .base import *  # noqa

DEBUG = False
try:
    SECRET_KEY = os.environ["DJANGO_SECRET_KEY"]
except KeyError as exc:
    raise ImproperlyConfigured("DJANGO_SECRET_KEY is not set") from exc

EMAIL_HOST = "smtp-relay.courts.local"
EMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "records-portal")
EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
ALLOWED_HOSTS = ["records.countycourt.example.gov"]
""", None, "Django deployment checklist: SECRET_KEY from the environment")

add("python/decoy-test-fixture", "tests/test_docusign_connect.py", T("""\
# Fixture values are fake: the HMAC key below is only used to sign the test payload.
import base64
import hashlib
import hmac

import pytest

from webhooks import docusign_connect

TEST_HMAC_KEY = "test-connect-hmac-key-not-a-real-key"
PAYLOAD = b'{"event":"envelope-completed","data":{"envelopeId":"<<env>>"}}'


@pytest.fixture(autouse=True)
def fake_key(monkeypatch):
    monkeypatch.setattr(docusign_connect, "CONNECT_HMAC_KEY", TEST_HMAC_KEY)


def sign(body: bytes) -> str:
    return base64.b64encode(hmac.new(TEST_HMAC_KEY.encode(), body, hashlib.sha256).digest()).decode()


def test_valid_signature_is_accepted():
    assert docusign_connect._valid(PAYLOAD, sign(PAYLOAD))


def test_tampered_payload_is_rejected():
    assert not docusign_connect._valid(PAYLOAD + b" ", sign(PAYLOAD))
""", env=uuid_s()), None, "DocuSign Connect HMAC docs; pytest monkeypatch fixture")

add("python/decoy-jwt-io-example", "tests/test_portal_auth.py", """\
# The token below is the well-known example from jwt.io (HS256, secret "your-256-bit-secret");
# the test checks that the portal rejects tokens it did not issue.
import pytest

from portal_api.auth import InvalidToken, verify

JWT_IO_EXAMPLE = (
    "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9"
    ".eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ"
    ".SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c"
)


def test_foreign_token_is_rejected():
    with pytest.raises(InvalidToken):
        verify(JWT_IO_EXAMPLE)
""", None, "jwt.io debugger example token (public)")

add("python/decoy-aws-example-keys", "tests/conftest.py", """\
import os

import boto3
import pytest
from moto import mock_aws

# AWS's documented example credentials (docs.aws.amazon.com); moto never calls AWS.
os.environ.setdefault("AWS_ACCESS_KEY_ID", "AKIAIOSFODNN7EXAMPLE")
os.environ.setdefault("AWS_SECRET_ACCESS_KEY", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY")
os.environ.setdefault("AWS_DEFAULT_REGION", "us-east-1")


@pytest.fixture
def productions_bucket():
    with mock_aws():
        s3 = boto3.client("s3")
        s3.create_bucket(Bucket="hw-productions-outbound")
        yield s3
""", None, "AWS docs example access keys; moto docs (mock_aws)")

add("json/decoy-docusign-ids", "src/Engagement.Worker/appsettings.json", T("""\
{
  "DocuSignJWT": {
    "ClientId": "<<ik>>",
    "ImpersonatedUserId": "<<uid>>",
    "AuthServer": "account-d.docusign.com",
    "PrivateKeyFile": "/run/secrets/docusign_private_key",
    "Scopes": ["signature", "impersonation"]
  },
  "DocuSign": {
    "AccountId": "<<acct>>",
    "BasePath": "https://demo.docusign.net/restapi",
    "EngagementTemplateId": "<<tpl>>",
    "BrandId": "<<brand>>"
  }
}
""", ik=uuid_s(), uid=uuid_s(), acct=uuid_s(), tpl=uuid_s(), brand=uuid_s()), None,
    "DocuSign JWT Grant docs: integration key, user ID and account ID are identifiers")

# =============================================================================================
# Decoys: public identifiers, public keys and certificates
# =============================================================================================

add("javascript/decoy-stripe-publishable", "billing-portal/public/js/checkout.js", T("""\
// Stripe Elements for the invoice payment page. The publishable key is meant to be in the browser.
const stripe = Stripe('<<pk>>');
const elements = stripe.elements({ appearance: { theme: 'stripe' } });

async function payInvoice(clientSecret) {
  const card = elements.getElement('payment');
  const { error } = await stripe.confirmPayment({
    elements,
    confirmParams: { return_url: 'https://pay.harrowlaw.com/paid' },
  });
  if (error) document.querySelector('#pay-error').textContent = error.message;
}

document.querySelector('#pay-form').addEventListener('submit', (e) => {
  e.preventDefault();
  payInvoice(e.target.dataset.clientSecret);
});
""", pk=stripe_publishable()), None, "Stripe docs: publishable keys are safe in client-side code")

add("html/decoy-recaptcha-site-key", "efile-portal-web/public/register.html", T("""\
<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>Register for e-filing - County Superior Court</title>
  <link rel="stylesheet" href="https://cdn.jsdelivr.net/npm/uswds@3.8.0/dist/css/uswds.min.css"
        integrity="sha384-<<sri1>>" crossorigin="anonymous">
  <script src="https://www.google.com/recaptcha/api.js" async defer></script>
</head>
<body>
  <form action="/register" method="post" class="usa-form">
    <label class="usa-label" for="email">Email</label>
    <input class="usa-input" id="email" name="email" type="email" required>
    <label class="usa-label" for="bar">Bar number (attorneys)</label>
    <input class="usa-input" id="bar" name="bar_number" type="text">
    <div class="g-recaptcha" data-sitekey="<<site>>"></div>
    <button class="usa-button" type="submit">Create account</button>
  </form>
  <script src="/js/register.js" integrity="sha384-<<sri2>>"></script>
</body>
</html>
""", sri1=b64_bytes(48), site=recaptcha_key(), sri2=b64_bytes(48)), None,
    "Google reCAPTCHA docs: the site key is used in the HTML; MDN Subresource Integrity")

add("javascript/decoy-sentry-dsn", "efile-portal-web/src/sentry.js", T("""\
import * as Sentry from '@sentry/browser';

// The DSN is public by design (Sentry docs: "DSNs are safe to keep public").
Sentry.init({
  dsn: 'https://<<pub>>@o<<org>>.ingest.us.sentry.io/<<proj>>',
  environment: 'production',
  release: process.env.RELEASE,
  tracesSampleRate: 0.05,
  beforeSend(event) {
    // strip case numbers from URLs of sealed matters
    if (event.request && event.request.url) event.request.url = event.request.url.replace(/case=[^&]+/, 'case=[redacted]');
    return event;
  },
});
""", pub=hexs(32), org=str(_rng().randint(100000, 999999)), proj=str(_rng().randint(1000000, 9999999))), None,
    "Sentry docs: DSN explainer (DSNs are safe to keep public)")

add("javascript/decoy-firebase-config", "juror-app/src/firebase.js", T("""\
// Juror mobile check-in app. Firebase web config identifies the project; it is not a secret
// (access is governed by Security Rules and App Check).
import { initializeApp } from 'firebase/app';
import { getMessaging } from 'firebase/messaging';

const firebaseConfig = {
  apiKey: '<<key>>',
  authDomain: 'juror-checkin.firebaseapp.com',
  projectId: 'juror-checkin',
  storageBucket: 'juror-checkin.appspot.com',
  messagingSenderId: '<<sender>>',
  appId: '1:<<sender>>:web:<<app>>',
};

export const app = initializeApp(firebaseConfig);
export const messaging = getMessaging(app);
""", key=google_key(), sender=str(_rng().randint(10**11, 10**12)), app=hexs(22)), None,
    "Firebase docs: Learn about using and managing API keys for Firebase (not secret)")

_mapbox_claims = base64.urlsafe_b64encode(json.dumps({"u": "countycourt", "a": draw(25, string.ascii_lowercase + string.digits)}).encode()).decode().rstrip("=")
add("javascript/decoy-mapbox-public", "courthouse-locator/src/map.js", T("""\
import mapboxgl from 'mapbox-gl';

// Public (pk.) token, URL-restricted to courts.example.gov
mapboxgl.accessToken = 'pk.<<claims>>.<<sig>>';

export function courthouseMap(el, courthouses) {
  const map = new mapboxgl.Map({ container: el, style: 'mapbox://styles/mapbox/streets-v12', center: [-104.99, 39.74], zoom: 7 });
  courthouses.forEach((c) => {
    new mapboxgl.Marker().setLngLat([c.lng, c.lat]).setPopup(new mapboxgl.Popup().setText(c.name)).addTo(map);
  });
  return map;
}
""", claims=_mapbox_claims, sig=draw(22, URLSAFE)), None, "Mapbox docs: public access tokens (pk.) with URL restrictions")

add("javascript/decoy-algolia-search-key", "opinions-search/src/search.js", T("""\
// Published opinions search (appellate court website). Search-only key: Algolia documents it as
// safe to use in front-end code.
import algoliasearch from 'algoliasearch/lite';
import instantsearch from 'instantsearch.js';
import { searchBox, hits } from 'instantsearch.js/es/widgets';

const searchClient = algoliasearch('<<app>>', '<<key>>');

const search = instantsearch({ indexName: 'opinions_published', searchClient });
search.addWidgets([
  searchBox({ container: '#q', placeholder: 'Case name, docket number or citation' }),
  hits({ container: '#hits', templates: { item: (h) => `${h.case_name} - ${h.docket} (${h.filed})` } }),
]);
search.start();
""", app=draw(10, string.ascii_uppercase + string.digits), key=hexs(32)), None,
    "Algolia docs: API keys (search-only API key is safe in front-end code)")

add("yaml/decoy-google-oauth-client-id", "client-portal/config/oauth.yaml", T("""\
google:
  client_id: <<num>>-<<rest>>.apps.googleusercontent.com
  client_secret: ${GOOGLE_OAUTH_CLIENT_SECRET}
  redirect_uri: https://clients.brennanwhitlock.com/auth/google/callback
  hosted_domain: null
microsoft:
  tenant: common
  client_id: <<ms>>
  client_secret: ${MS_OAUTH_CLIENT_SECRET}
""", num=str(_rng().randint(10**11, 10**12)), rest=draw(32, string.ascii_lowercase + string.digits), ms=uuid_s()), None,
    "Google OAuth 2.0 docs: client ID (public) and client secret")

add("env/decoy-public-ids", "billing-portal/.env.public", T("""\
# Values shipped to the browser bundle (all public by design)
VITE_STRIPE_PUBLISHABLE_KEY=<<pk>>
VITE_RECAPTCHA_SITE_KEY=<<site>>
VITE_GA_MEASUREMENT_ID=G-<<ga>>
VITE_SENTRY_DSN=https://<<dsn>>@o<<org>>.ingest.us.sentry.io/<<proj>>
VITE_API_BASE=https://pay.harrowlaw.com/api
""", pk=stripe_publishable(), site=recaptcha_key(), ga=draw(10, string.ascii_uppercase + string.digits),
       dsn=hexs(32), org=str(_rng().randint(100000, 999999)), proj=str(_rng().randint(1000000, 9999999))), None,
    "Vite env variables (VITE_ prefix is exposed to the client); Stripe publishable keys")

add("yaml/decoy-twilio-ids", "reminders/config/staging.yaml", T("""\
twilio:
  account_sid: <<sid>>
  auth_token: ${TWILIO_AUTH_TOKEN}
  messaging_service_sid: MG<<mg>>
  from_numbers: ["+13035550142", "+13035550187"]
schedule:
  - days_before: 7
  - days_before: 1
""", sid=twilio_sid(), mg=hexs(32)), None, "Twilio docs: Account SID is an identifier, the Auth Token is the secret")

add("pem/decoy-certificate", "efsp-gateway/certs/efm-server-chain.crt", cert() + "\n" + cert() + "\n", None,
    "RFC 7468 PEM certificates; EFM server certificate chain")

add("pem/decoy-public-key", "config/keys/docusign_jwt_public.pem", public_key_pem() + "\n", None,
    "RFC 7468 PEM public key (the half uploaded to DocuSign)")

add("xml/decoy-saml-metadata", "sso/idp-metadata.xml", T("""\
<?xml version="1.0" encoding="UTF-8"?>
<md:EntityDescriptor xmlns:md="urn:oasis:names:tc:SAML:2.0:metadata"
                     xmlns:ds="http://www.w3.org/2000/09/xmldsig#"
                     entityID="https://sts.courts.example.gov/adfs/services/trust">
  <md:IDPSSODescriptor protocolSupportEnumeration="urn:oasis:names:tc:SAML:2.0:protocol">
    <md:KeyDescriptor use="signing">
      <ds:KeyInfo>
        <ds:X509Data>
          <ds:X509Certificate><<c>></ds:X509Certificate>
        </ds:X509Data>
      </ds:KeyInfo>
    </md:KeyDescriptor>
    <md:SingleSignOnService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect"
                            Location="https://sts.courts.example.gov/adfs/ls/"/>
    <md:SingleLogoutService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect"
                            Location="https://sts.courts.example.gov/adfs/ls/"/>
  </md:IDPSSODescriptor>
</md:EntityDescriptor>
""", c="MIIC8DCCAdigAwIBAgIQ" + draw(700, B64) + "="), None, "OASIS SAML 2.0 metadata (X509Certificate is public)")

add("ssh/decoy-authorized-keys", "deploy/sftp/authorized_keys_productions", T("""\
# chrooted SFTP drop for incoming productions (vendors' public keys)
restrict,command="internal-sftp" <<a>>
restrict,command="internal-sftp" <<b>>
restrict,command="internal-sftp" <<c>>
restrict,command="internal-sftp" <<d>>
restrict,command="internal-sftp" <<e>>
""", a=ssh_pub("epiq-deliveries@epiqglobal.com"), b=ssh_pub("consilio-prod@consilio.com"),
       c=ssh_rsa_pub("kld-sftp@kldiscovery.com"), d=ssh_pub("lighthouse-ops"), e=ssh_pub("hw-litsupport")), None,
    "OpenSSH sshd(8) AUTHORIZED_KEYS file format")

add("ssh/decoy-known-hosts", "productions/ssh/known_hosts", T("""\
sftp.epiqglobal.com ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI<<a>>
files.consilio-drop.com ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI<<b>>
sftp.kldiscovery.com ecdsa-sha2-nistp256 AAAAE2VjZHNhLXNoYTItbmlzdHAyNTYAAAAIbmlzdHAyNTYAAABBB<<c>>=
|1|<<h1>>|<<h2>> ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI<<d>>
mft.courts.state.example ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI<<e>>
""", a=draw(43, B64), b=draw(43, B64), c=draw(87, B64), h1=b64_bytes(20), h2=b64_bytes(20), d=draw(43, B64),
       e=draw(43, B64)), None, "OpenSSH sshd(8) SSH_KNOWN_HOSTS file format (hashed hosts)")

add("pgp/decoy-public-key", "productions/keys/opposing-counsel-ks-llp.asc", T("""\
<<k>>
""", k=pgp_public()), None, "RFC 4880 OpenPGP ASCII armor (public key block)")

add("winscp/decoy-key-file", "productions/winscp/deliver_vol_key.txt", T("""\
# WinSCP script using key authentication (the .ppk stays on the delivery workstation)
option batch abort
option confirm off
open sftp://lit_delivery@files.consilio-drop.com/ -hostkey="ssh-ed25519 255 <<fp>>" -privatekey="C:\\Keys\\consilio_delivery.ppk"
cd /HW-Matter-23-0148/incoming
lcd "\\\\lit-fs01\\productions\\%1%"
put -resumesupport=on *
exit
""", fp=draw(43, B64)), None, "WinSCP scripting docs: open with -hostkey and -privatekey")

# =============================================================================================
# Decoys: hashes, digests, record ids and ciphertext of e-discovery and court records
# =============================================================================================

_rows = []
for _i in range(6):
    _beg = 4101 + _i * 37
    _rows.append(f"\u00feHW{_beg:07d}\u00fe\u0014\u00feHW{_beg + 36:07d}\u00fe\u0014\u00feCUST-00{_i % 3 + 1}\u00fe\u0014"
                 f"\u00fe{md5()}\u00fe\u0014\u00fe{sha1()}\u00fe\u0014\u00fe2021-0{_i + 1}-14\u00fe")
add("dat/decoy-loadfile-hashes", "productions/HW-VOL004/DATA/HW-VOL004.dat",
    "\u00feBEGBATES\u00fe\u0014\u00feENDBATES\u00fe\u0014\u00feCUSTODIAN\u00fe\u0014\u00feMD5HASH\u00fe\u0014"
    "\u00feSHA1HASH\u00fe\u0014\u00feDATESENT\u00fe\n" + "\n".join(_rows) + "\n", None,
    "Concordance DAT load file format (thorn / DC4 delimiters); EDRM production hash fields")

add("txt/decoy-ecf-stamp", "tests/fixtures/nef/nysd_nef_order.txt", T("""\
This is an automatic e-mail message generated by the CM/ECF system. Please DO NOT RESPOND to
this e-mail because the mail box is unattended.

U.S. District Court
Southern District of New York

Notice of Electronic Filing

The following transaction was entered on 3/14/2024 at 4:52 PM EDT and filed on 3/14/2024
Case Name:       Lakeshore Logistics LLC v. Meridian Freight Corp.
Case Number:     1:23-cv-04567-JMF
Filer:
Document Number: 57

Docket Text:
ORDER granting [54] Letter Motion for Extension of Time to File. SO ORDERED. (Signed by Judge
Jesse M. Furman on 3/14/2024) (ks)

Document description:Main Document
Original filename:n/a
Electronic document Stamp:
[STAMP dcecfStamp_ID=1008691343 [Date=3/14/2024] [FileNumber=<<fn>>-0]
[<<h1>>
<<h2>>]]
""", fn=str(_rng().randint(30000000, 39999999)), h1=hexs(64), h2=hexs(64)), None,
    "CM/ECF Notice of Electronic Filing format (Electronic document Stamp)")

add("csv/decoy-hash-manifest", "productions/HW-VOL004/HW-VOL004_hashes.csv", T("""\
BegBates,EndBates,FileName,SHA256
HW0004101,HW0004137,NATIVES/HW0004101.msg,<<a>>
HW0004138,HW0004174,NATIVES/HW0004138.xlsx,<<b>>
HW0004175,HW0004211,NATIVES/HW0004175.pdf,<<c>>
HW0004212,HW0004248,NATIVES/HW0004212.docx,<<d>>
HW0004249,HW0004285,NATIVES/HW0004249.msg,<<e>>
""", a=sha256(), b=sha256(), c=sha256(), d=sha256(), e=sha256()), None,
    "EDRM production specifications: hash values per produced file")

add("json/decoy-matter-export", "tests/fixtures/clio/matter_1839204.json", T("""\
{
  "data": {
    "id": 1839204,
    "etag": "\\"<<etag>>\\"",
    "display_number": "00412-Lakeshore",
    "description": "Lakeshore Logistics v. Meridian Freight - breach of carriage contract",
    "status": "Open",
    "client": { "id": 90412877, "name": "Lakeshore Logistics LLC" },
    "responsible_attorney": { "id": 344190125, "name": "Karen Morales" },
    "practice_area": { "id": 2210457, "name": "Commercial Litigation" },
    "custom_field_values": [
      { "id": "text_line-<<cf1>>", "field_name": "Court Case No.", "value": "1:23-cv-04567-JMF" },
      { "id": "text_line-<<cf2>>", "field_name": "Opposing Counsel", "value": "Kessler & Shah LLP" }
    ],
    "created_at": "2023-06-02T14:21:09-04:00",
    "updated_at": "2024-03-14T17:03:44-04:00"
  }
}
""", etag=hexs(32), cf1=str(_rng().randint(10**9, 10**10)), cf2=str(_rng().randint(10**9, 10**10))), None,
    "Clio API v4 matter resource (fixture)")

add("json/decoy-relativity-guids", "relativity-app/application.json", T("""\
{
  "Name": "HW Privilege Log Builder",
  "Version": "2.3.0.14",
  "ApplicationGuid": "<<a>>",
  "ObjectTypes": [
    { "Name": "Privilege Log Entry", "Guid": "<<b>>" },
    { "Name": "Privilege Basis", "Guid": "<<c>>" }
  ],
  "Fields": {
    "PrivilegeLogEntry.Document": "<<d>>",
    "PrivilegeLogEntry.Basis": "<<e>>",
    "PrivilegeLogEntry.Description": "<<f>>"
  },
  "AgentTypes": [ { "Name": "Priv Log Export Agent", "Guid": "<<g>>" } ]
}
""", a=guid_upper(), b=guid_upper(), c=guid_upper(), d=guid_upper(), e=guid_upper(), f=guid_upper(), g=guid_upper()),
    None, "Relativity application deployment: artifact GUIDs")

add("helm/decoy-image-digest", "charts/efile-bridge/values.yaml", T("""\
image:
  repository: registry.courts-it.example/efile-bridge
  digest: sha256:<<a>>
  pullPolicy: IfNotPresent
sidecars:
  clamav:
    image: clamav/clamav@sha256:<<b>>
  pdfa:
    image: registry.courts-it.example/pdfa-validator@sha256:<<c>>
efm:
  url: https://efile.courts.state.example/EFM/
  existingSecret: efm-credentials
""", a=sha256(), b=sha256(), c=sha256()), None, "Helm values; OCI image digests (sha256)")

add("dockerfile/decoy-checksum", "workers/pdf/Dockerfile", T("""\
FROM python:3.12-slim
# PDF/A conversion + Bates stamping for e-filing envelopes
ARG QPDF_VERSION=11.9.1
ARG QPDF_SHA256=<<a>>
ARG GS_SHA256=<<b>>

RUN apt-get update && apt-get install -y --no-install-recommends curl ca-certificates \\
 && curl -fsSLo /tmp/qpdf.zip https://github.com/qpdf/qpdf/releases/download/v${QPDF_VERSION}/qpdf-${QPDF_VERSION}-bin-linux-x86_64.zip \\
 && echo "${QPDF_SHA256}  /tmp/qpdf.zip" | sha256sum -c - \\
 && rm -rf /var/lib/apt/lists/*

COPY requirements.txt .
RUN pip install --no-cache-dir --require-hashes -r requirements.txt
COPY . /app
WORKDIR /app
CMD ["python", "-m", "pdfworker"]
""", a=sha256(), b=sha256()), None, "Docker docs: verifying downloads with sha256sum")

add("json/decoy-package-lock", "efile-portal-web/package-lock.json", T("""\
{
  "name": "efile-portal-web",
  "version": "4.12.0",
  "lockfileVersion": 3,
  "requires": true,
  "packages": {
    "node_modules/@courts-it/forms": {
      "version": "2.7.1",
      "resolved": "https://npm.pkg.github.com/download/@courts-it/forms/2.7.1/<<r>>",
      "integrity": "sha512-<<a>>"
    },
    "node_modules/pdf-lib": {
      "version": "1.17.1",
      "resolved": "https://registry.npmjs.org/pdf-lib/-/pdf-lib-1.17.1.tgz",
      "integrity": "sha512-<<b>>"
    },
    "node_modules/uswds": {
      "version": "3.8.0",
      "resolved": "https://registry.npmjs.org/uswds/-/uswds-3.8.0.tgz",
      "integrity": "sha512-<<c>>"
    }
  }
}
""", r=sha1(), a=b64_bytes(64), b=b64_bytes(64), c=b64_bytes(64)), None, "npm package-lock.json v3 format (integrity)")

add("python/decoy-hash-check", "efiling/validate_envelope.py", T("""\
# Rejects filings that are just the blank court form (clerks kept seeing these).
import hashlib
from pathlib import Path

# SHA-256 of the blank fillable forms as published on the court website
BLANK_FORMS = {
    "<<a>>": "CIV-100 Summons",
    "<<b>>": "CIV-110 Civil Case Cover Sheet",
    "<<c>>": "FL-300 Request for Order",
}


def is_blank_form(pdf: Path) -> str | None:
    digest = hashlib.sha256(pdf.read_bytes()).hexdigest()
    return BLANK_FORMS.get(digest)
""", a=sha256(), b=sha256(), c=sha256()), None, "hashlib.sha256 hexdigest of published forms")

add("python/decoy-kms-ciphertext", "transcripts/config.py", T("""\
# The SFTP password is stored KMS-encrypted; only the Lambda's role can decrypt it.
import base64
import os

import boto3

ENCRYPTED_SFTP_PASSWORD = (
    "AQICAHh<<a>>"
)


def sftp_password() -> str:
    kms = boto3.client("kms", region_name=os.environ.get("AWS_REGION", "us-gov-west-1"))
    blob = base64.b64decode(ENCRYPTED_SFTP_PASSWORD)
    return kms.decrypt(CiphertextBlob=blob,
                       EncryptionContext={"LambdaFunctionName": "transcripts-sync"})["Plaintext"].decode()
""", a=draw(180, B64) + "=="), None, "AWS Lambda docs: encrypting environment variables with KMS (ciphertext blob)")

add("ledes/decoy-invoice", "billing/samples/ledes1998b_sample.txt", """\
LEDES1998B[]
INVOICE_DATE|INVOICE_NUMBER|CLIENT_ID|LAW_FIRM_MATTER_ID|INVOICE_TOTAL|BILLING_START_DATE|BILLING_END_DATE|INVOICE_DESCRIPTION|LINE_ITEM_NUMBER|EXP/FEE/INV_ADJ_TYPE|LINE_ITEM_NUMBER_OF_UNITS|LINE_ITEM_ADJUSTMENT_AMOUNT|LINE_ITEM_TOTAL|LINE_ITEM_DATE|LINE_ITEM_TASK_CODE|LINE_ITEM_EXPENSE_CODE|LINE_ITEM_ACTIVITY_CODE|TIMEKEEPER_ID|LINE_ITEM_DESCRIPTION|LAW_FIRM_ID|LINE_ITEM_UNIT_COST|TIMEKEEPER_NAME|TIMEKEEPER_CLASSIFICATION|CLIENT_MATTER_ID[]
20240331|240331-0412|LKSH01|00412-0001|14250.00|20240301|20240331|Commercial litigation - March 2024|1|F|3.5|0|2625.00|20240304|L210||A103|KM01|Draft opposition to motion to dismiss|36-4187722|750.00|Morales, Karen|PT|LS-2023-118[]
20240331|240331-0412|LKSH01|00412-0001|14250.00|20240301|20240331|Commercial litigation - March 2024|2|F|6.0|0|2700.00|20240306|L320||A104|JT07|Review document production HW0004101-HW0004285|36-4187722|450.00|Tran, Jason|AS|LS-2023-118[]
20240331|240331-0412|LKSH01|00412-0001|14250.00|20240301|20240331|Commercial litigation - March 2024|3|E|1|0|312.40|20240314|L390|E112||KM01|PACER and court fees|36-4187722|312.40|Morales, Karen|PT|LS-2023-118[]
""", None, "LEDES 1998B e-billing format specification")

# =============================================================================================
# Decoys: code and configs that take the secret from somewhere else
# =============================================================================================

add("python/decoy-token-generator", "jury/pins.py", """\
# One-time PINs printed on jury summonses (used once to reach the questionnaire)
import secrets
import string

PIN_ALPHABET = string.ascii_uppercase.replace("O", "").replace("I", "") + "23456789"
PIN_LENGTH = 10


def new_pin() -> str:
    return "".join(secrets.choice(PIN_ALPHABET) for _ in range(PIN_LENGTH))


def new_reset_token() -> str:
    return secrets.token_urlsafe(32)
""", None, "Python secrets module docs")

add("notebook/decoy-getpass", "notebooks/wip_by_practice_group.ipynb", """\
{
 "cells": [
  {
   "cell_type": "code",
   "execution_count": 1,
   "metadata": {},
   "outputs": [],
   "source": [
    "import getpass, pyodbc, pandas as pd\\n",
    "pwd = getpass.getpass('3E read-only password: ')\\n",
    "cn = pyodbc.connect(f'DRIVER={{ODBC Driver 18 for SQL Server}};SERVER=SQL-3E-PRD01;DATABASE=TE_3E_PROD;UID=finance_analyst;PWD={pwd};TrustServerCertificate=yes')"
   ]
  },
  {
   "cell_type": "code",
   "execution_count": 2,
   "metadata": {},
   "outputs": [],
   "source": ["pd.read_sql('SELECT * FROM dbo.vw_WIP', cn).groupby('PracticeGroup')['WIP'].sum()"]
  }
 ],
 "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""", None, "Jupyter nbformat 4; Python getpass module")

add("vscode/decoy-envfile", ".vscode/launch.example.json", """\
{
  "version": "0.2.0",
  "configurations": [
    {
      "name": "docketbot pull (local)",
      "type": "debugpy",
      "request": "launch",
      "module": "docketbot.pull",
      "args": ["--watchlist", "watchlist.csv", "--dry-run"],
      "envFile": "${workspaceFolder}/.env",
      "env": {
        "PACER_PASSWORD": "${env:PACER_PASSWORD}",
        "CL_TOKEN": "${env:CL_TOKEN}"
      }
    }
  ]
}
""", None, "VS Code docs: launch.json envFile and ${env:NAME} variables")

add("markdown/decoy-password-vault", "docs/runbooks/production-delivery.md", """\
# Delivering a production

1. Run `tools/verify_volume.py` on the volume; it checks the DAT/OPT against the images and the
   hash manifest.
2. Encrypt: `7z a -t7z -mhe=on -p HW-VOL004.7z HW-VOL004/` (7-Zip prompts for the password).
3. Upload with the WinSCP script `productions/winscp/deliver_vol_key.txt` (key auth).
4. Send the password **separately** (phone or a second email), never in the transmittal letter.

| Vendor   | Host                      | Login           | Password                                   |
|----------|---------------------------|-----------------|--------------------------------------------|
| Epiq     | sftp.epiqglobal.com       | hw_prod_0931    | 1Password > Lit Support > Epiq SFTP        |
| Consilio | files.consilio-drop.com   | lit_delivery    | key: consilio_delivery.ppk (no password)   |
| KLD      | sftp.kldiscovery.com      | hw_deliveries   | Jenkins credential `kld-sftp-delivery`     |
""", None, "Team runbook in Markdown (references to a password manager)")

add("powershell/decoy-get-secret", "scripts/Import-LoadFile.Secure.ps1", """\
param(
    [Parameter(Mandatory)] [int] $WorkspaceId,
    [Parameter(Mandatory)] [string] $ProductionPath
)
# Credentials come from the SecretManagement vault registered on the Lit Support jump box
Import-Module Microsoft.PowerShell.SecretManagement
$cred = Get-Secret -Name 'RelativityImport' -Vault 'LitSupport'   # PSCredential
$RelPass = $cred.GetNetworkCredential().Password

& 'C:\\Program Files\\kCura\\Relativity Desktop Client\\kCura.WinEDDS.Console.exe' `
    -m:i -c:$WorkspaceId -u:$($cred.UserName) -p:$RelPass `
    -r:'https://hwlaw.relativity.one/RelativityWebAPI/' -f:(Join-Path $ProductionPath 'DATA\\load.dat')
""", None, "Microsoft.PowerShell.SecretManagement docs (Get-Secret)")

add("batch/decoy-prompt", "scripts/map_review_share_prompt.cmd", """\
@echo off
REM Maps the review natives share; prompts for the service account password (*)
net use R: /delete /y >nul 2>&1
net use R: \\\\lit-nas02.hwlaw.local\\ReviewNatives /user:HWLAW\\svc_litsupport * /persistent:no
if errorlevel 1 exit /b 1
echo Mapped R: to ReviewNatives
""", None, "Microsoft docs: net use (* prompts for the password)")

add("k8s/decoy-external-secret", "k8s/efile/external-secret.yaml", """\
apiVersion: external-secrets.io/v1beta1
kind: ExternalSecret
metadata:
  name: efm-credentials
  namespace: efiling
spec:
  refreshInterval: 1h
  secretStoreRef:
    kind: ClusterSecretStore
    name: azure-kv-courts-prod
  target:
    name: efm-credentials
  data:
    - secretKey: EFM_CLIENT_SECRET
      remoteRef:
        key: EfmClientSecret
    - secretKey: EFM_KEYSTORE_PASSWORD
      remoteRef:
        key: EfmKeystorePassword
""", None, "External Secrets Operator docs (ExternalSecret, remoteRef)")

add("vault-template/decoy-template", "deploy/vault-agent/efm.properties.ctmpl", """\
{{- with secret "kv/data/efiling/efm" -}}
efm.baseUrl=https://texas.tylertech.cloud/EFM/EFMUserService.svc
efm.user.email={{ .Data.data.email }}
efm.user.password={{ .Data.data.password }}
efm.client.certificate.password={{ .Data.data.keystore_password }}
{{- end }}
""", None, "Vault Agent templates / consul-template docs ({{ with secret }})")

add("k8s-secret/decoy-base64-placeholder", "k8s/cms/secret-db.template.yaml", T("""\
# Template only - the pipeline replaces these values before kubectl apply
apiVersion: v1
kind: Secret
metadata:
  name: cms-db
  namespace: case-management
type: Opaque
data:
  POSTGRES_USER: <<u>>
  POSTGRES_DB: <<db>>
  POSTGRES_PASSWORD: <<pw>>
""", u=b64("cms_app"), db=b64("casemgmt"), pw=b64("REPLACE_ME")), None,
    "Kubernetes docs: Secret data values are base64-encoded (placeholder value)")

add("yaml/decoy-changeme", "dev/docketing/config.local.yaml", """\
# Local development defaults (docker compose up). Never used outside a laptop.
database:
  host: localhost
  port: 5432
  name: docketing_dev
  user: docketing
  password: changeme
pacer:
  use_training_site: true
  username: your-pacer-training-login
  password: changeme
mail:
  host: localhost
  port: 1025   # mailpit
""", None, "Local development config with changeme placeholders")

add("ini/decoy-xxx", "tools/disco_export.ini.sample", """\
; copy to disco_export.ini and fill in
[disco]
endpoint = https://api.csdisco.com/v1
tenant = yourtenant
api_key = xxxxxxxxxxxxxxxxxxxxxxxx
review_id = 0000000

[privlog]
output_dir = C:\\LitSupport\\PrivLogs
include_families = yes
""", None, "INI sample file with xxxx placeholders")

add("toml/decoy-env", "everlaw-sync/config.example.toml", """\
[everlaw]
base_url = "https://api.everlaw.com/v1"
api_token_env = "EVERLAW_API_TOKEN"   # read from the environment at start-up
projects = [41873]

[dashboard]
postgres_dsn = "postgresql://dash@localhost:5432/matter_dash"
refresh_minutes = 30
""", None, "TOML config referencing an environment variable")

add("go/decoy-env", "internal/auth/key.go", """\
package auth

import (
	"encoding/base64"
	"log"
	"os"
)

// signingKey is loaded once from EFILE_JWT_KEY (base64, 32+ bytes), set by the deployment.
var signingKey = mustKey()

func mustKey() []byte {
	raw := os.Getenv("EFILE_JWT_KEY")
	if raw == "" {
		log.Fatal("EFILE_JWT_KEY is not set")
	}
	key, err := base64.StdEncoding.DecodeString(raw)
	if err != nil || len(key) < 32 {
		log.Fatal("EFILE_JWT_KEY must be base64 of at least 32 bytes")
	}
	return key
}
""", None, "Go os.Getenv; golang-jwt HMAC key handling")

add("yaml/decoy-production-spec", "productions/spec/HW-2023-0148-production-spec.yaml", """\
# Production specification agreed in the ESI protocol (ECF No. 41)
matter: HW-2023-0148
bates_prefix: HW
images:
  format: single-page TIFF (Group IV), 300 dpi; color as JPG
  load_file: OPT
metadata:
  load_file: DAT (Concordance delimiters)
  fields: [BEGBATES, ENDBATES, CUSTODIAN, MD5HASH, SHA1HASH, DATESENT, FILENAME]
hash_algorithm: MD5
delivery:
  method: SFTP or encrypted drive
  encryption: AES-256 (7-Zip)
  password: provided under separate cover
""", None, "EDRM model ESI protocol / production specification")

add("shell/decoy-7z-env", "productions/encrypt_volume.sh", """\
#!/usr/bin/env bash
# Encrypts a production volume; the password is read from the environment (set by the
# delivery job from the password manager) and never written to disk.
set -euo pipefail
VOL="${1:?volume}"
: "${PRODUCTION_PASSWORD:?PRODUCTION_PASSWORD must be set}"

7z a -t7z -mhe=on -mx=5 -p"${PRODUCTION_PASSWORD}" "out/${VOL}.7z" "productions/${VOL}/"
sha256sum "out/${VOL}.7z" > "out/${VOL}.7z.sha256"
""", None, "7-Zip command line (-p password switch, -mhe header encryption)")
