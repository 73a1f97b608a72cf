"""Blind set CI: capital markets, trading desks and asset managers.

FIX engines (QuickFIX/J, QuickFIX/n and QuickFIX/Python session configs, Application callbacks
that set the Logon password, raw FIX logs, CME iLink 3 HMAC keys), market data (Bloomberg BLPAPI,
B-PIPE TLS and Data License credentials, Refinitiv/LSEG RDP, Eikon and Tick History, ICE,
Polygon, IEX Cloud, Databento, Tiingo, Nasdaq Data Link, FRED, Alpha Vantage, Finnhub, FactSet),
brokers' APIs (Interactive Brokers TWS/IB Gateway/IBC and Client Portal OAuth, Alpaca, Tradier,
Saxo OpenAPI, OANDA v20), risk and portfolio systems (kdb+/q, PyKX and qPython, OneTick, Murex
and Calypso integrations, BlackRock Aladdin), SWIFT APIs, custodian SFTP feeds (paramiko,
WinSCP, lftp, sshpass, PGP and SSH keys), research notebooks and backtesting repos (LEAN,
Streamlit, dbt, Snowflake, TimescaleDB, ClickHouse, Kafka), the CI, container and Kubernetes
files around them, and their decoys (placeholders, secret-store references, ciphertext, hashes,
public keys and certificates, market identifiers such as LEI, ISIN, FIGI and UTI, vendor
defaults and documented demo keys). Generated fakes only (seeds 800000-809999).
"""
from __future__ import annotations

import base64
import json
import random
import re
import string
from typing import List

from tests import fakes
from tests.accuracy.labelled import LabelledCase

ALNUM = string.ascii_letters + string.digits
UPPER_DIGITS = string.ascii_uppercase + string.digits
LOWER_DIGITS = string.ascii_lowercase + string.digits
HEX = "0123456789abcdef"
B64 = ALNUM + "+/"
_SEED = [800000]


def _rng() -> random.Random:
    _SEED[0] += 7
    assert _SEED[0] < 810000
    return random.Random(_SEED[0])


def _seed() -> int:
    _SEED[0] += 7
    assert _SEED[0] < 810000
    return _SEED[0]


WORDS = ["Harbor", "Condor", "Falcon", "Gilt", "Bund", "Basis", "Carry", "Tenor", "Vega", "Gamma",
         "Kestrel", "Granite", "Summit", "Lantern", "Copper", "Marlin", "Orbit", "Quartz", "Juniper", "Thames"]
LOWER = ["river", "candle", "ledger", "pepper", "glacier", "bollinger", "anchor", "puzzle", "ember", "saddle",
         "orchid", "walnut", "harvest", "pixel", "trumpet", "lagoon", "spread", "ticker"]
SEASONS = ["Summer", "Winter", "Autumn", "Spring", "January", "October", "March"]


def words_pw() -> str:
    r = _rng()
    return r.choice(WORDS) + r.choice("!#$%@*") + r.choice(WORDS) + str(r.randint(10, 9999))


def human_pw() -> str:
    """The kind of password a desk or an operations team picks by hand."""
    r = _rng()
    form = r.randint(0, 3)
    if form == 0:
        return r.choice(SEASONS) + str(r.randint(2019, 2025)) + r.choice("!#$")
    if form == 1:
        return r.choice(WORDS) + r.choice(LOWER) + r.choice("!#$%&*") + str(r.randint(10, 99))
    if form == 2:
        word = r.choice(WORDS).replace("o", "0").replace("a", "@").replace("e", "3")
        return word + str(r.randint(100, 999)) + r.choice("!?#")
    return r.choice(WORDS) + str(r.randint(1, 12)).zfill(2) + r.choice("!#$@") + str(r.randint(2019, 2025))


def rand_pw(n: int = 20, extra: str = "") -> str:
    return fakes.drawn_mixed(_seed(), n, ALNUM) if not extra else fakes.drawn(_seed(), n, ALNUM + extra)


def passphrase() -> str:
    r = _rng()
    return "-".join(r.sample(LOWER, 4)) + str(r.randint(1, 99))


def hexs(n: int) -> str:
    r = _rng()
    return "".join(r.choice(HEX) for _ in range(n))


def chars(n: int, alphabet: str) -> str:
    return fakes.drawn(_seed(), n, alphabet)


def alnum(n: int) -> str:
    return fakes.drawn_mixed(_seed(), n)


def b64(s: str) -> str:
    return base64.b64encode(s.encode()).decode()


def b64url_json(obj: dict) -> str:
    return base64.urlsafe_b64encode(json.dumps(obj, separators=(",", ":")).encode()).decode().rstrip("=")


def b64_lines(n_lines: int, width: int = 64, head: str = "") -> str:
    r = _rng()
    lines = []
    for i in range(n_lines):
        line = "".join(r.choice(B64) for _ in range(width))
        lines.append(head + line[len(head):] if i == 0 else line)
    return "\n".join(lines)


# --- shapes of the services of the theme --------------------------------------------------------

def polygon_key() -> str:
    return alnum(32)


def iex_secret() -> str:
    return "sk_" + hexs(32)


def iex_publishable() -> str:
    return "pk_" + hexs(32)


def databento_key() -> str:
    return "db-" + alnum(29)


def tiingo_token() -> str:
    return hexs(40)


def alpaca_key_id(live: bool = False) -> str:
    return ("AK" if live else "PK") + chars(18, UPPER_DIGITS)


def alpaca_secret() -> str:
    return alnum(40)


def tradier_token() -> str:
    return alnum(28)


def oanda_token() -> str:
    return hexs(32) + "-" + hexs(32)


def oanda_account() -> str:
    r = _rng()
    return f"101-{r.choice(['001', '004', '011'])}-{r.randint(1000000, 29999999)}-00{r.randint(1, 9)}"


def confluent_key() -> str:
    return chars(16, UPPER_DIGITS)


def confluent_secret() -> str:
    return chars(64, B64)


def artifactory_key() -> str:
    return "AKCp8" + alnum(68)


def slack_webhook() -> str:
    r = _rng()
    up = UPPER_DIGITS
    return ("https://hooks.slack.com/services/T" + "".join(r.choice(up) for _ in range(8)) + "/B"
            + "".join(r.choice(up) for _ in range(10)) + "/" + "".join(r.choice(ALNUM) for _ in range(24)))


def uuid_s() -> str:
    return fakes.uuid4(_seed())


def teams_webhook() -> str:
    return (f"https://acmecapital.webhook.office.com/webhookb2/{uuid_s()}@{uuid_s()}/IncomingWebhook/"
            f"{hexs(32)}/{uuid_s()}/V2{chars(43, ALNUM + '-_')}")


def saxo_token() -> str:
    r = _rng()
    header = b64url_json({"alg": "ES256", "x5t": chars(27, ALNUM + "-_")})
    payload = b64url_json({"oaa": "77770", "iss": "oa", "aid": str(r.randint(100, 999)), "uid": chars(22, ALNUM + "|"),
                           "cid": chars(22, ALNUM + "|"), "isa": "False", "tid": str(r.randint(1000, 9999)),
                           "sid": hexs(32), "dgi": "84", "exp": str(r.randint(1700000000, 1760000000)), "oal": "1F",
                           "iid": hexs(32)})
    return f"{header}.{payload}.{chars(86, ALNUM + '-_')}"


def cme_secret() -> str:
    return chars(43, ALNUM + "-_")


def pkcs8_pem() -> str:
    return "-----BEGIN PRIVATE KEY-----\n" + b64_lines(12, 64, "MIIEvQIBADANBgkqhkiG9w0BAQEFAASC") + "\n" + chars(36, B64) + "==\n-----END PRIVATE KEY-----"


def openssh_key() -> str:
    return ("-----BEGIN OPENSSH PRIVATE KEY-----\n"
            + b64_lines(7, 70, "b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW")
            + "\n" + chars(24, B64) + "\n-----END OPENSSH PRIVATE KEY-----")


def pgp_private() -> str:
    return ("-----BEGIN PGP PRIVATE KEY BLOCK-----\n\n" + b64_lines(14, 64, "lQVYBGX")
            + "\n" + chars(40, B64) + "\n=" + chars(4, B64) + "\n-----END PGP PRIVATE KEY BLOCK-----")


def pgp_public() -> str:
    return ("-----BEGIN PGP PUBLIC KEY BLOCK-----\nComment: BNY Mellon Secure File Transfer\n\n" + b64_lines(16, 64, "mQINBGS")
            + "\n=" + chars(4, B64) + "\n-----END PGP PUBLIC KEY BLOCK-----")


def cert_pem(lines: int = 14) -> str:
    return "-----BEGIN CERTIFICATE-----\n" + b64_lines(lines, 64, "MIIF") + "\n" + chars(20, B64) + "==\n-----END CERTIFICATE-----"


def public_key_pem() -> str:
    return "-----BEGIN PUBLIC KEY-----\n" + b64_lines(6, 64, "MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA") + "\n" + chars(8, B64) + "\n-----END PUBLIC KEY-----"


def ssh_ed25519_pub() -> str:
    return "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI" + chars(43, B64)


def ssh_rsa_pub() -> str:
    return "ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABgQ" + chars(508, B64) + "="


def lei() -> str:
    r = _rng()
    body = r.choice(["5493", "2138", "9695", "7245", "8945"]) + "00" + "".join(r.choice(UPPER_DIGITS) for _ in range(12))
    number = int("".join(str(int(c, 36)) for c in body + "00"))
    return body + f"{98 - number % 97:02d}"


def isin(country: str = "US") -> str:
    r = _rng()
    body = country + "".join(r.choice(string.digits) for _ in range(9))
    digits = "".join(str(int(c, 36)) for c in body)
    total = 0
    for i, d in enumerate(reversed(digits)):
        v = int(d) * (2 if i % 2 == 0 else 1)
        total += v // 10 + v % 10
    return body + str((10 - total % 10) % 10)


def figi() -> str:
    r = _rng()
    return "BBG" + "".join(r.choice("BCDFGHJKLMNPQRSTVWXYZ0123456789") for _ in range(8)) + r.choice(string.digits)


def jasypt() -> str:
    r = _rng()
    return "ENC(" + base64.b64encode(bytes(r.getrandbits(8) for _ in range(r.choice([32, 48])))).decode() + ")"


def b64_bytes(n: int) -> str:
    r = _rng()
    return base64.b64encode(bytes(r.getrandbits(8) for _ in range(n))).decode()


def T(text: str, **values: str) -> str:
    """Fill `@{name}` markers (formats full of braces stay readable)."""
    for name, value in values.items():
        text = text.replace("@{" + name + "}", value)
    assert not re.search(r"@\{[a-z0-9_]+\}", text), text
    return text


CASES: List[LabelledCase] = []


def S(category: str, file_name: str, text: str, secret: str, source: str) -> None:
    CASES.append(LabelledCase("blind-ci/" + category, file_name, text, secret, source))


def D(category: str, file_name: str, text: str, source: str) -> None:
    CASES.append(LabelledCase("blind-ci/" + category, file_name, text, None, source))


# =================================================================================================
# FIX engines
# =================================================================================================

_pw = human_pw()
S("quickfix-cfg/fix-logon", "fix-gateway/config/ice-tradecapture.cfg", T("""\
# QuickFIX/J initiator for ICE Trade Capture (FIX 4.4), prod
[DEFAULT]
ConnectionType=initiator
ReconnectInterval=30
FileStorePath=/var/lib/fixgw/store
FileLogPath=/var/log/fixgw
StartTime=00:00:00
EndTime=00:00:00
UseDataDictionary=Y
DataDictionary=dict/ICE-FIX44-TC.xml
ValidateUserDefinedFields=N
ResetOnLogon=Y

[SESSION]
BeginString=FIX.4.4
SenderCompID=ACMECAP_TC
TargetCompID=ICE
SocketConnectHost=tradecapture.theice.com
SocketConnectPort=8106
HeartBtInt=30
# read by IceTcApplication.toAdmin -> tags 553/554 on the Logon
Username=acmecap_tc01
Password=@{pw}
""", pw=_pw), _pw, "QuickFIX/J configuration docs (session settings, custom keys read in toAdmin); ICE FIX Trade Capture spec")

_pw = rand_pw(16)
S("quickfix-cfg/jdbc-store", "oms/src/main/resources/quickfixj-acceptor.cfg", T("""\
[DEFAULT]
ConnectionType=acceptor
SocketAcceptPort=9878
StartTime=06:00:00
EndTime=22:30:00
TimeZone=America/New_York
HeartBtInt=30
PersistMessages=Y
# message store and log in the OMS Postgres (JdbcStoreFactory / JdbcLogFactory)
JdbcDriver=org.postgresql.Driver
JdbcURL=jdbc:postgresql://oms-db.prod.acme.internal:5432/quickfix
JdbcUser=quickfix_app
JdbcPassword=@{pw}
JdbcStoreMessagesTableName=messages
JdbcStoreSessionsTableName=sessions
JdbcLogHeartBeats=N

[SESSION]
BeginString=FIXT.1.1
DefaultApplVerID=FIX.5.0SP2
SenderCompID=ACME_OMS
TargetCompID=ALGO_EMS
""", pw=_pw), _pw, "QuickFIX/J configuration docs: JdbcStore / JdbcLog settings (JdbcURL, JdbcUser, JdbcPassword)")

_pw = words_pw()
S("quickfix-cfg/keystore-password", "fixgw/conf/lseg-fxall.cfg", T("""\
[DEFAULT]
ConnectionType=initiator
SocketUseSSL=Y
SocketKeyStore=/opt/fixgw/tls/acme-fxall-client.jks
SocketKeyStorePassword=@{pw}
SocketTrustStore=/opt/fixgw/tls/fxall-ca.jks
EnabledProtocols=TLSv1.2
CipherSuites=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384
FileStorePath=data/store
FileLogPath=logs

[SESSION]
BeginString=FIX.4.4
SenderCompID=ACMECAP
TargetCompID=FXALL
SocketConnectHost=fix.fxall.com
SocketConnectPort=443
HeartBtInt=20
""", pw=_pw), _pw, "QuickFIX/J SSL configuration (SocketUseSSL, SocketKeyStore, SocketKeyStorePassword)")

_pw = rand_pw(14, "!#%")
S("quickfixn-cfg/ssl-cert-password", "src/Acme.Fix.Gateway/config/initiator.cfg", T("""\
# QuickFIX/n initiator - Bloomberg EMSX via FIX
[DEFAULT]
ConnectionType=initiator
ReconnectInterval=5
FileStorePath=store
FileLogPath=log
StartTime=00:00:00
EndTime=00:00:00
UseDataDictionary=Y
DataDictionary=spec/FIX42.xml
SSLEnable=Y
SSLServerName=emsx-fix.bloomberg.com
SSLCertificate=certs\\acme-emsx.pfx
SSLCertificatePassword=@{pw}
SSLCACertificate=certs\\bbg-root.cer

[SESSION]
BeginString=FIX.4.2
SenderCompID=ACME_EMSX
TargetCompID=BLPEMSX
SocketConnectHost=emsx-fix.bloomberg.com
SocketConnectPort=8228
HeartBtInt=30
""", pw=_pw), _pw, "QuickFIX/n configuration docs: SSL settings (SSLEnable, SSLCertificate, SSLCertificatePassword)")

_pw = human_pw()
S("python/fix-logon", "fix_client/application.py", T('''\
"""QuickFIX/Python initiator for the CME drop copy cert environment."""
import quickfix as fix
import quickfix44 as fix44

SENDER_SUB_ID = "ACMEOPS"
DROPCOPY_PASSWORD = "@{pw}"


class DropCopyApp(fix.Application):
    def onCreate(self, sessionID):
        self.session_id = sessionID

    def onLogon(self, sessionID):
        print("logon", sessionID.toString())

    def onLogout(self, sessionID):
        print("logout", sessionID.toString())

    def toAdmin(self, message, sessionID):
        msg_type = fix.MsgType()
        message.getHeader().getField(msg_type)
        if msg_type.getValue() == fix.MsgType_Logon:
            message.setField(fix.Username("ACMEOPS_DC"))
            message.setField(fix.Password(DROPCOPY_PASSWORD))
            message.setField(fix.ResetSeqNumFlag(True))

    def fromAdmin(self, message, sessionID):
        pass

    def toApp(self, message, sessionID):
        pass

    def fromApp(self, message, sessionID):
        if isinstance(message, fix44.ExecutionReport):
            self.on_execution(message)


def main(cfg="dropcopy.cfg"):
    settings = fix.SessionSettings(cfg)
    app = DropCopyApp()
    initiator = fix.SocketInitiator(app, fix.FileStoreFactory(settings), settings, fix.FileLogFactory(settings))
    initiator.start()
''', pw=_pw), _pw, "QuickFIX Python examples (Application.toAdmin, fix.Username/fix.Password fields)")

_pw = words_pw()
_a, _b = _pw[:7], _pw[7:]
S("java/fix-logon", "fix-engine/src/main/java/com/acme/fix/UbsAlgoApplication.java", T("""\
package com.acme.fix;

import quickfix.*;
import quickfix.field.*;

public class UbsAlgoApplication extends MessageCracker implements Application {

    private static final String LOGON_USER = "acme_algo_uat";
    // TODO move to vault before go-live (ticket TRD-4412)
    private static final String LOGON_PASSWORD = "@{a}" +
            "@{b}";

    @Override
    public void onCreate(SessionID sessionId) { }

    @Override
    public void onLogon(SessionID sessionId) { log("logon " + sessionId); }

    @Override
    public void onLogout(SessionID sessionId) { log("logout " + sessionId); }

    @Override
    public void toAdmin(Message message, SessionID sessionId) {
        try {
            if (MsgType.LOGON.equals(message.getHeader().getString(MsgType.FIELD))) {
                message.setField(new Username(LOGON_USER));
                message.setField(new Password(LOGON_PASSWORD));
            }
        } catch (FieldNotFound e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void fromAdmin(Message message, SessionID sessionId) { }

    @Override
    public void toApp(Message message, SessionID sessionId) { }

    @Override
    public void fromApp(Message message, SessionID sessionId)
            throws FieldNotFound, IncorrectTagValue, UnsupportedMessageType {
        crack(message, sessionId);
    }

    private static void log(String s) { System.out.println(s); }
}
""", a=_a, b=_b), _pw, "QuickFIX/J user manual: customizing the Logon message in Application.toAdmin")

_pw = human_pw()
S("csharp/fix-logon", "src/Acme.Fix.Gateway/JpmFixApp.cs", T("""\
using QuickFix;
using QuickFix.Fields;

namespace Acme.Fix.Gateway
{
    public class JpmFixApp : MessageCracker, IApplication
    {
        private const string FixUser = "ACMECAP01";
        private const string FixPassword = "@{pw}";

        public void OnCreate(SessionID sessionID) { }
        public void OnLogon(SessionID sessionID) => Log.Info($"Logon {sessionID}");
        public void OnLogout(SessionID sessionID) => Log.Info($"Logout {sessionID}");

        public void ToAdmin(Message message, SessionID sessionID)
        {
            if (message.Header.GetString(Tags.MsgType) == MsgType.LOGON)
            {
                message.SetField(new Username(FixUser));
                message.SetField(new Password(FixPassword));
            }
        }

        public void FromAdmin(Message message, SessionID sessionID) { }
        public void ToApp(Message message, SessionID sessionID) { }
        public void FromApp(Message message, SessionID sessionID) => Crack(message, sessionID);
    }
}
""", pw=_pw), _pw, "QuickFIX/n docs: Application callbacks, ToAdmin for Logon credentials")

_pw = rand_pw(12)
S("fix-log/fix-logon", "fix-gateway/logs/FIX.4.4-ACMECAP-GSET.messages.log", T("""\
20240611-06:59:58.114: 8=FIX.4.4\x019=112\x0135=A\x0134=1\x0149=ACMECAP\x0152=20240611-06:59:58.113\x0156=GSET\x0198=0\x01108=30\x01141=Y\x01553=acmecap_eq\x01554=@{pw}\x0110=201\x01
20240611-06:59:58.162: 8=FIX.4.4\x019=72\x0135=A\x0134=1\x0149=GSET\x0152=20240611-06:59:58.160\x0156=ACMECAP\x0198=0\x01108=30\x01141=Y\x0110=087\x01
20240611-07:00:28.163: 8=FIX.4.4\x019=55\x0135=0\x0134=2\x0149=ACMECAP\x0152=20240611-07:00:28.163\x0156=GSET\x0110=150\x01
20240611-07:00:28.201: 8=FIX.4.4\x019=55\x0135=0\x0134=2\x0149=GSET\x0152=20240611-07:00:28.199\x0156=ACMECAP\x0110=166\x01
20240611-07:01:02.877: 8=FIX.4.4\x019=164\x0135=D\x0134=3\x0149=ACMECAP\x0152=20240611-07:01:02.877\x0156=GSET\x0111=ORD-20240611-0001\x0121=1\x0155=VOD.L\x0154=1\x0138=25000\x0140=2\x0144=72.14\x0159=0\x0160=20240611-07:01:02\x0110=044\x01
20240611-07:01:02.913: 8=FIX.4.4\x019=201\x0135=8\x0134=3\x0149=GSET\x0152=20240611-07:01:02.911\x0156=ACMECAP\x0111=ORD-20240611-0001\x0117=GS-EX-88123\x0137=GS-88123\x01150=0\x0139=0\x0155=VOD.L\x0154=1\x0138=25000\x01151=25000\x0114=0\x016=0\x0110=119\x01
""", pw=_pw), _pw, "QuickFIX FileLog message log (SOH-delimited messages); FIX 4.4 Logon tags 553 Username / 554 Password")

_pw = human_pw()
S("markdown/fix-logon", "docs/onboarding/citi-fix-uat.md", T("""\
# Citi Equities FIX - UAT onboarding

Session set up by Citi connectivity on 2024-03-04 (ticket CONN-88172).

| Item          | Value                         |
|---------------|-------------------------------|
| Host          | 10.212.44.18 (via Radianz)    |
| Port          | 21044                         |
| BeginString   | FIX.4.2                       |
| SenderCompID  | ACMECAP_UAT                   |
| TargetCompID  | CITI_EQ_UAT                   |
| Logon user    | acmecap_uat                   |
| Logon password| @{pw}                         |

Logon we send (pipes for SOH):

```
8=FIX.4.2|9=98|35=A|34=1|49=ACMECAP_UAT|56=CITI_EQ_UAT|52=20240304-14:02:11|98=0|108=30|553=acmecap_uat|554=@{pw}|10=133|
```

Citi resets sequence numbers at 17:15 ET every day; set `ResetOnLogon=Y`.
Cert tests: NOS, OCR, OCRR, IOI drop-copy. See `cert/citi-eq-checklist.xlsx`.
""", pw=_pw), _pw, "A team's onboarding note for a broker FIX session (FIX 4.2 Logon 553/554)")

_key = cme_secret()
S("yaml/cme-ilink-hmac", "ilink3-gateway/config/session-prod.yaml", T("""\
# CME iLink 3 (SBE over TCP) - Negotiate/Establish are signed with HMAC-SHA256
# keys generated in the CME Customer Center (Request Center > iLink 3 keys)
ilink3:
  market_segment_gateway: 10.242.8.31
  port: 41052
  session_id: AQX
  firm_id: 123
  access_key_id: "@{akid}"
  secret_key: "@{key}"
  keep_alive_interval_ms: 10000
  trading_system:
    name: acme-oms
    version: "4.12.1"
    vendor: Acme Capital
  recovery:
    request_retransmit: true
    max_gap: 2500
""", akid=chars(20, ALNUM), key=_key), _key, "CME Globex iLink 3 docs: HMAC signing with Access Key ID and Secret Key")

_pw = human_pw()
S("spring-properties/fix-logon", "fix-bridge/src/main/resources/application-prod.properties", T("""\
spring.application.name=fix-bridge
server.port=8086
management.endpoints.web.exposure.include=health,prometheus

# QuickFIX/J Spring Boot starter
quickfixj.client.enabled=true
quickfixj.client.config=classpath:quickfixj-client-prod.cfg
quickfixj.client.auto-startup=true
quickfixj.client.jmx-enabled=true

# Logon credentials for the Instinet session (set on Logon in LogonCustomizer)
fix.session.instinet.username=ACMECAP
fix.session.instinet.password=@{pw}

kafka.bootstrap-servers=kafka-1.prod:9092,kafka-2.prod:9092
kafka.topic.executions=oms.executions.v1
""", pw=_pw), _pw, "QuickFIX/J Spring Boot starter docs (quickfixj.client.*); Spring Boot application.properties")

_pw = rand_pw(18)
S("hocon/fix-logon", "oms-akka/src/main/resources/application.conf", T("""\
akka {
  loglevel = "INFO"
  actor.provider = "cluster"
}

oms {
  fix {
    venues = ["TURQUOISE", "CBOE_EU"]
    turquoise {
      host = "fix.turquoise.lseg.com"
      port = 9401
      sender-comp-id = "ACMECAPTQ"
      target-comp-id = "TQ"
      heartbeat = 30s
      username = "acmecaptq"
      password = "@{pw}"
    }
    cboe_eu {
      host = "fix.cboe.eu"
      port = 8101
      sender-comp-id = "ACMECBOE"
      target-comp-id = "CBOEEU"
      heartbeat = 30s
      password = ${?CBOE_FIX_PASSWORD}
    }
  }
}
""", pw=_pw), _pw, "Lightbend config (HOCON) docs: ${?VAR} optional substitution; QuickFIX venue session settings")

_pw = human_pw()
S("supervisord/fix-logon", "deploy/supervisor/fixgw.conf", T("""\
[program:fixgw-eq]
command=/opt/fixgw/venv/bin/python -m fixgw.run --config /opt/fixgw/conf/eq.cfg
directory=/opt/fixgw
user=fixgw
autostart=true
autorestart=true
startsecs=10
stopsignal=INT
environment=FIX_SENDER="ACMEEQ",FIX_USERNAME="acmeeq",FIX_PASSWORD="@{pw}",PYTHONUNBUFFERED="1"
stdout_logfile=/var/log/fixgw/eq.out.log
stderr_logfile=/var/log/fixgw/eq.err.log
""", pw=_pw), _pw, "Supervisor docs: [program:x] environment= KEY=\"val\" pairs")

_pw = rand_pw(16)
S("idea-run-config/fix-logon", ".idea/runConfigurations/FixGateway_UAT.xml", T("""\
<component name="ProjectRunConfigurationManager">
  <configuration default="false" name="FixGateway UAT" type="Application" factoryName="Application">
    <envs>
      <env name="FIX_CONFIG" value="conf/uat.cfg" />
      <env name="FIX_SENDER_COMP_ID" value="ACMECAP_UAT" />
      <env name="FIX_PASSWORD" value="@{pw}" />
      <env name="JAVA_TOOL_OPTIONS" value="-Xmx2g" />
    </envs>
    <option name="MAIN_CLASS_NAME" value="com.acme.fix.GatewayMain" />
    <module name="fix-engine" />
    <option name="VM_PARAMETERS" value="-Dlog4j.configurationFile=log4j2-dev.xml" />
    <method v="2">
      <option name="Make" enabled="true" />
    </method>
  </configuration>
</component>
""", pw=_pw), _pw, "IntelliJ IDEA run configuration XML (.idea/runConfigurations, <envs>)")


# =================================================================================================
# Market data: Bloomberg, LSEG/Refinitiv, ICE, Polygon, IEX Cloud, Databento, Tiingo and others
# =================================================================================================

_secret = hexs(64)
S("json/bloomberg-dl-credential", "research/credentials/bbg-dl-credential.txt", T("""\
{
  "client_id": "@{cid}",
  "client_secret": "@{secret}",
  "name": "acme-research-dl",
  "scopes": [
    "eap",
    "beapData",
    "reportingapi"
  ],
  "expiration_date": 1767225600000,
  "created_date": 1735689600000
}
""", cid=hexs(32), secret=_secret), _secret, "Bloomberg Data License REST API (BEAP): credential file downloaded from the DL console")

_secret = hexs(64)
S("python/bloomberg-dl-credential", "etl/bbg_dl/session.py", T('''\
"""OAuth2 session for Bloomberg Data License (HAPI / BEAP)."""
from urllib.parse import urljoin

from oauthlib.oauth2 import BackendApplicationClient
from requests_oauthlib import OAuth2Session

HOST = "https://api.bloomberg.com"
OAUTH2_ENDPOINT = "https://bsso.blpprofessional.com/ext/api/as/token.oauth2"
CLIENT_ID = "@{cid}"
CLIENT_SECRET = "@{secret}"


def dl_session() -> OAuth2Session:
    client = BackendApplicationClient(client_id=CLIENT_ID)
    session = OAuth2Session(client=client)
    session.fetch_token(token_url=OAUTH2_ENDPOINT, client_secret=CLIENT_SECRET)
    session.headers["api-version"] = "2"
    return session


def catalog_url(account: str) -> str:
    return urljoin(HOST, f"/eap/catalogs/{account}/")
''', cid=hexs(32), secret=_secret), _secret, "Bloomberg Data License HAPI samples (OAuth2 client credentials against bsso.blpprofessional.com)")

_pw = human_pw()
S("python/bpipe-tls-password", "mktdata/bpipe/connect.py", T('''\
import blpapi

BPIPE_HOSTS = [("bpipe-ldn-1.acme.internal", 8194), ("bpipe-ldn-2.acme.internal", 8194)]
APP_NAME = "blp:acme-mktdata"


def open_session() -> blpapi.Session:
    options = blpapi.SessionOptions()
    for i, (host, port) in enumerate(BPIPE_HOSTS):
        options.setServerAddress(host, port, i)
    tls = blpapi.TlsOptions.createFromFiles(
        "/etc/bpipe/acme-client.pk12",
        "@{pw}",
        "/etc/bpipe/bloomberg-root-ca.pk7",
    )
    options.setTlsOptions(tls)
    options.setAuthenticationOptions(
        "AuthenticationMode=APPLICATION_ONLY;"
        "ApplicationAuthenticationType=APPNAME_AND_KEY;"
        f"ApplicationName={APP_NAME}"
    )
    session = blpapi.Session(options)
    if not session.start():
        raise RuntimeError("B-PIPE session failed to start")
    return session
''', pw=_pw), _pw, "BLPAPI Python SDK: TlsOptions.createFromFiles(clientCredentialsFile, password, trustedCertificatesFile)")

_pw = rand_pw(16)
S("cpp/bpipe-tls-password", "feedhandler/src/bpipe_session.cpp", T("""\
#include <blpapi_session.h>
#include <blpapi_sessionoptions.h>
#include <blpapi_tlsoptions.h>
#include <stdexcept>

using namespace BloombergLP;

namespace acme::feed {

blpapi::SessionOptions makeOptions()
{
    blpapi::SessionOptions options;
    options.setServerAddress("bpipe-nyc-1.acme.internal", 8194, 0);
    options.setServerAddress("bpipe-nyc-2.acme.internal", 8194, 1);
    options.setAutoRestartOnDisconnection(true);
    options.setAuthenticationOptions("AuthenticationMode=APPLICATION_ONLY;"
                                     "ApplicationAuthenticationType=APPNAME_AND_KEY;"
                                     "ApplicationName=blp:acme-feedhandler");
    blpapi::TlsOptions tls = blpapi::TlsOptions::createFromFiles(
        "/opt/feedhandler/tls/client.p12", "@{pw}", "/opt/feedhandler/tls/root.p7b");
    options.setTlsOptions(tls);
    return options;
}

}  // namespace acme::feed
""", pw=_pw), _pw, "BLPAPI C++ SDK: blpapi::TlsOptions::createFromFiles")

_pw = rand_pw(10)
S("shell/bloomberg-dl-sftp", "jobs/bbg/pull_per_security.sh", T("""\
#!/usr/bin/env bash
# Pull Data License per-security reply files (dl123456) and drop them for the loader.
set -euo pipefail

DL_ACCOUNT=dl123456
DL_HOST=sftp.bloomberg.com
OUT=/data/landing/bbg/$(date +%Y%m%d)
mkdir -p "$OUT"

lftp -u "$DL_ACCOUNT,@{pw}" "sftp://$DL_HOST" <<EOF
set sftp:auto-confirm yes
set net:max-retries 3
mirror --only-newer --include-glob 'acme_eod_*.out*' / "$OUT"
bye
EOF

find "$OUT" -name '*.gz' -exec gunzip -f {} +
/opt/loaders/bin/bbg_loader --dir "$OUT"
""", pw=_pw), _pw, "lftp manual (-u user,password; sftp:auto-confirm); Bloomberg Data License per-security SFTP delivery")

_pw = human_pw()
S("json/rdp-password", "research/refinitiv-data.config.json", T("""\
{
  "logs": {
    "level": "info",
    "transports": {"console": {"enabled": false}, "file": {"enabled": false, "name": "refinitiv-data-lib.log"}}
  },
  "sessions": {
    "default": "platform.rdp",
    "platform": {
      "rdp": {
        "app-key": "@{appkey}",
        "username": "GE-A-01103867-3-1234",
        "password": "@{pw}",
        "signon_control": true
      },
      "deployed": {
        "app-key": "@{appkey}",
        "realtime-distribution-system": {"url": "ads1.acme.internal:15000", "dacs": {"username": "mktdata_svc", "application-id": 256, "position": ""}}
      }
    },
    "desktop": {"workspace": {"app-key": "@{appkey}"}}
  }
}
""", appkey=hexs(40), pw=_pw), _pw, "LSEG Data Library for Python: refinitiv-data.config.json (sessions.platform.rdp app-key/username/password)")

_key = hexs(40)
S("python/eikon-app-key", "notebooks/utils/eikon_helpers.py", T('''\
import eikon as ek
import pandas as pd

ek.set_app_key("@{key}")
ek.set_timeout(120)

FIELDS = ["TR.PriceClose", "TR.Volume", "TR.CompanyMarketCap"]


def snapshot(rics):
    df, err = ek.get_data(rics, FIELDS)
    if err:
        raise RuntimeError(err)
    return df.set_index("Instrument")


def history(ric, start, end):
    return ek.get_timeseries(ric, fields=["CLOSE", "VOLUME"], start_date=start, end_date=end, interval="daily")
''', key=_key), _key, "Eikon Data API for Python: ek.set_app_key (App Key Generator key)")

_pw = human_pw()
S("env/rdp-password", "services/news-ingest/.env", T("""\
# RDP machine account for news headlines streaming
RDP_USERNAME=GE-A-01103867-3-5521
RDP_PASSWORD=@{pw}
RDP_AUTH_URL=https://api.refinitiv.com/auth/oauth2/v1/token
NEWS_QUERY=Topic:ALLBRK AND Language:LEN
KAFKA_BOOTSTRAP=kafka.internal:9092
KAFKA_TOPIC=news.headlines.v1
LOG_LEVEL=INFO
""", pw=_pw), _pw, "LSEG RDP APIs: OAuth password grant with machine ID; dotenv file")

_key = hexs(40)
S("r/eikon-app-key", "analysis/R/setup_eikon.R", T("""\
# Eikon from R (eikonapir). Workspace/Eikon desktop must be running.
library(eikonapir)
library(dplyr)

set_proxy_port(9000L)
set_app_id("@{key}")

universe <- c("VOD.L", "BARC.L", "HSBA.L", "AZN.L")
prices <- get_data(universe, list("TR.PriceClose", "TR.PriceCloseDate"))
prices %>% arrange(desc(`Price Close`)) %>% print()
""", key=_key), _key, "eikonapir README: set_app_id with the Eikon App Key")

_pw = rand_pw(12, "!$")
S("python/tick-history-password", "etl/trth/request_token.py", T('''\
"""LSEG Tick History (DataScope Select REST): get a session token, then run an extraction."""
import requests

DSS = "https://selectapi.datascope.refinitiv.com/RestApi/v1"
DSS_USER = "9012345"
DSS_PASSWORD = "@{pw}"


def token() -> str:
    resp = requests.post(
        f"{DSS}/Authentication/RequestToken",
        json={"Credentials": {"Username": DSS_USER, "Password": DSS_PASSWORD}},
        headers={"Prefer": "respond-async", "Content-Type": "application/json"},
        timeout=30,
    )
    resp.raise_for_status()
    return resp.json()["value"]


def headers() -> dict:
    return {"Authorization": f"Token {token()}", "Prefer": "respond-async"}
''', pw=_pw), _pw, "LSEG DataScope Select REST API: POST Authentication/RequestToken with Credentials")

_pw = human_pw()
S("airflow-yaml/sftp-password", "airflow/config/connections.yaml", T("""\
# loaded with: airflow connections import connections.yaml
ice_data_services_sftp:
  conn_type: sftp
  host: sftp.ice.com
  login: acmecap_ids
  password: "@{pw}"
  port: 22
  extra:
    no_host_key_check: false
    key_file: null
    files: "/outgoing/pricing/*.csv.gz"
acme_warehouse:
  conn_type: snowflake
  login: AIRFLOW_SVC
  extra:
    account: acme-eu1
    warehouse: LOAD_WH
    private_key_file: /opt/airflow/keys/airflow_svc.p8
""", pw=_pw), _pw, "Apache Airflow docs: airflow connections import (YAML/JSON file of connections)")

_key = polygon_key()
S("python/polygon-key", "backtest/data/polygon_loader.py", T('''\
from datetime import date

import pandas as pd
from polygon import RESTClient

client = RESTClient(api_key="@{key}")


def minute_bars(ticker: str, start: date, end: date) -> pd.DataFrame:
    aggs = client.list_aggs(ticker, 1, "minute", start.isoformat(), end.isoformat(), limit=50000)
    df = pd.DataFrame([a.__dict__ for a in aggs])
    df["timestamp"] = pd.to_datetime(df["timestamp"], unit="ms", utc=True)
    return df.set_index("timestamp")[["open", "high", "low", "close", "volume", "vwap"]]


if __name__ == "__main__":
    print(minute_bars("AAPL", date(2024, 1, 2), date(2024, 1, 5)).tail())
''', key=_key), _key, "polygon-api-client (Python) README: RESTClient(api_key=...), list_aggs")

_key = polygon_key()
S("javascript/polygon-key", "dashboard/src/feeds/polygonSocket.js", T("""\
// Live trades for the desk dashboard
const WS_URL = "wss://socket.polygon.io/stocks";
const POLYGON_KEY = "@{key}";

export function connect(symbols, onTrade) {
  const ws = new WebSocket(WS_URL);
  ws.onopen = () => {
    ws.send(JSON.stringify({ action: "auth", params: POLYGON_KEY }));
    ws.send(JSON.stringify({ action: "subscribe", params: symbols.map((s) => `T.${s}`).join(",") }));
  };
  ws.onmessage = (event) => {
    for (const msg of JSON.parse(event.data)) {
      if (msg.ev === "T") onTrade({ sym: msg.sym, price: msg.p, size: msg.s, ts: msg.t });
    }
  };
  return ws;
}
""", key=_key), _key, "Polygon.io WebSocket docs: auth message {action: auth, params: <key>}")

_key = polygon_key()
S("shell/polygon-key", "scripts/backfill_options_chain.sh", T("""\
#!/bin/sh
# Backfill option chain snapshots for the vol surface notebook.
UNDERLYINGS="SPY QQQ IWM"
OUT=data/raw/options
mkdir -p "$OUT"
for u in $UNDERLYINGS; do
  curl -sS --retry 3 \\
    "https://api.polygon.io/v3/snapshot/options/${u}?limit=250&apiKey=@{key}" \\
    -o "$OUT/${u}_$(date +%F).json"
  sleep 12   # stay under the free-tier 5 req/min
done
""", key=_key), _key, "Polygon.io REST docs: apiKey query parameter; options chain snapshot endpoint")

_key = iex_secret()
S("python/iex-secret-token", "quant/data/iex.py", T('''\
import pyEX

# secret token: needed for account/usage endpoints (publishable one is in the web app)
IEX_TOKEN = "@{key}"
client = pyEX.Client(api_token=IEX_TOKEN, version="stable")


def fundamentals(symbols):
    return {s: client.advancedStats(s) for s in symbols}


def usage():
    return client.usage()
''', key=_key), _key, "IEX Cloud docs: secret tokens (sk_) vs publishable tokens (pk_); pyEX Client(api_token=)")

_key = iex_secret()
S("yaml/iex-secret-token", "config/data_sources.yaml", T("""\
sources:
  iex:
    base_url: https://cloud.iexapis.com/stable
    token: @{key}
    timeout_s: 10
    endpoints:
      quote: /stock/{symbol}/quote
      chart: /stock/{symbol}/chart/{range}
  fred:
    base_url: https://api.stlouisfed.org/fred
    series: [DGS10, DGS2, T10Y2Y, VIXCLS]
  cache:
    dir: ~/.cache/acme-quant
    ttl_hours: 12
""", key=_key), _key, "IEX Cloud API docs: ?token= authentication; a research repo's data-source config")

_key = databento_key()
S("python/databento-key", "research/futures/load_mbp.py", T('''\
import databento as db

client = db.Historical("@{key}")

data = client.timeseries.get_range(
    dataset="GLBX.MDP3",
    symbols=["ES.FUT"],
    stype_in="parent",
    schema="mbp-1",
    start="2024-03-01T13:30",
    end="2024-03-01T20:00",
)
df = data.to_df()
df.to_parquet("data/es_mbp1_20240301.parquet")
print(len(df), "rows")
''', key=_key), _key, "Databento Python client docs: db.Historical(key), timeseries.get_range")

_key = databento_key()
S("toml/databento-key", "backtester/config/live.toml", T("""\
[engine]
name = "mm-es"
mode = "live"
latency_budget_us = 250

[data]
provider = "databento"
dataset = "GLBX.MDP3"
schema = "mbo"
api_key = "@{key}"
symbols = ["ESM4", "NQM4"]

[risk]
max_position = 20
max_order_qty = 5
kill_switch_loss_usd = 25000
""", key=_key), _key, "TOML spec; Databento Live API (dataset, schema, key)")

_key = databento_key()
S("rust/databento-key", "md-recorder/src/main.rs", T("""\
use databento::{
    dbn::{Schema, SType},
    historical::timeseries::GetRangeParams,
    HistoricalClient,
};
use time::macros::datetime;

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    let mut client = HistoricalClient::builder()
        .key("@{key}")?
        .build()?;
    let mut decoder = client
        .timeseries()
        .get_range(
            &GetRangeParams::builder()
                .dataset("XNAS.ITCH")
                .date_time_range((datetime!(2024-05-01 13:30 UTC), datetime!(2024-05-01 20:00 UTC)))
                .symbols(vec!["NVDA", "AMD"])
                .stype_in(SType::RawSymbol)
                .schema(Schema::Trades)
                .build(),
        )
        .await?;
    while let Some(rec) = decoder.decode_record::<databento::dbn::TradeMsg>().await? {
        println!("{rec:?}");
    }
    Ok(())
}
""", key=_key), _key, "databento-rs README: HistoricalClient::builder().key(...)")

_key = databento_key()
S("makefile/databento-key", "Makefile", T("""\
PYTHON ?= python3.11
DATABENTO_API_KEY ?= @{key}
DATE ?= $(shell date -d yesterday +%F)

.PHONY: venv fetch backtest clean

venv:
\t$(PYTHON) -m venv .venv && .venv/bin/pip install -r requirements.txt

fetch:
\tDATABENTO_API_KEY=$(DATABENTO_API_KEY) .venv/bin/python -m mm.fetch --date $(DATE)

backtest: fetch
\t.venv/bin/python -m mm.backtest --date $(DATE) --out reports/$(DATE)

clean:
\trm -rf reports/* data/cache/*
""", key=_key), _key, "GNU make manual (?= conditional assignment); Databento DATABENTO_API_KEY env var")

_key = tiingo_token()
S("python/tiingo-token", "signals/data/tiingo_client.py", T('''\
import requests
import pandas as pd

TIINGO_URL = "https://api.tiingo.com/tiingo/daily/{ticker}/prices"
HEADERS = {
    "Content-Type": "application/json",
    "Authorization": "Token @{key}",
}


def eod(ticker: str, start: str, end: str) -> pd.DataFrame:
    r = requests.get(TIINGO_URL.format(ticker=ticker), headers=HEADERS,
                     params={"startDate": start, "endDate": end, "resampleFreq": "daily"}, timeout=20)
    r.raise_for_status()
    return pd.DataFrame(r.json()).set_index("date")
''', key=_key), _key, "Tiingo API docs: Authorization: Token <token> header")

_key = tiingo_token()
S("r/tiingo-token", "strategies/momentum/.Rprofile", T("""\
options(repos = c(CRAN = "https://packagemanager.posit.co/cran/latest"))
options(stringsAsFactors = FALSE, digits.secs = 3)

if (requireNamespace("riingo", quietly = TRUE)) {
  riingo::riingo_set_token("@{key}", inform = FALSE)
}

Sys.setenv(TZ = "America/New_York")
message("momentum project profile loaded")
""", key=_key), _key, "riingo docs: riingo_set_token(); R .Rprofile startup file")

_key = tiingo_token()
S("vscode-json/tiingo-token", ".vscode/launch.json", T("""\
{
  "version": "0.2.0",
  "configurations": [
    {
      "name": "Backtest: pairs (2019-2023)",
      "type": "debugpy",
      "request": "launch",
      "module": "pairs.backtest",
      "args": ["--start", "2019-01-01", "--end", "2023-12-31"],
      "env": {
        "TIINGO_API_KEY": "@{key}",
        "PYTHONPATH": "${workspaceFolder}/src"
      },
      "justMyCode": false
    }
  ]
}
""", key=_key), _key, "VS Code debugging docs: launch.json env; Tiingo TIINGO_API_KEY")

_key = chars(20, ALNUM + "-_")
S("python/nasdaq-data-link-key", "factor_lab/data/ndl.py", T('''\
import nasdaqdatalink

nasdaqdatalink.ApiConfig.api_key = "@{key}"
nasdaqdatalink.ApiConfig.verify_ssl = True


def sharadar_fundamentals(tickers, dimension="ARQ"):
    return nasdaqdatalink.get_table(
        "SHARADAR/SF1", ticker=tickers, dimension=dimension, paginate=True,
        qopts={"columns": ["ticker", "calendardate", "revenue", "netinc", "equity"]},
    )
''', key=_key), _key, "nasdaq-data-link Python docs: nasdaqdatalink.ApiConfig.api_key")

_key = hexs(32)
S("ipynb/fred-key", "notebooks/macro/yield_curve.ipynb", T("""\
{
 "cells": [
  {
   "cell_type": "markdown",
   "metadata": {},
   "source": ["# 2s10s and recessions"]
  },
  {
   "cell_type": "code",
   "execution_count": 1,
   "metadata": {},
   "outputs": [],
   "source": [
    "from fredapi import Fred\\n",
    "import matplotlib.pyplot as plt\\n",
    "fred = Fred(api_key='@{key}')\\n",
    "spread = fred.get_series('T10Y2Y', observation_start='1990-01-01')\\n",
    "rec = fred.get_series('USREC', observation_start='1990-01-01')"
   ]
  },
  {
   "cell_type": "code",
   "execution_count": 2,
   "metadata": {},
   "outputs": [],
   "source": [
    "ax = spread.plot(figsize=(12, 4))\\n",
    "ax.fill_between(rec.index, -2, 3, where=rec > 0, alpha=0.2)\\n",
    "plt.axhline(0, color='k')"
   ]
  }
 ],
 "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""", key=_key), _key, "nbformat v4 JSON; fredapi README: Fred(api_key=...)")

_key = chars(16, UPPER_DIGITS)
S("ini/alpha-vantage-key", "backtest_engine/config.ini", T("""\
[general]
start_date = 2015-01-01
end_date = 2023-12-31
initial_capital = 1000000
commission_bps = 1.5

[alphavantage]
api_key = @{key}
outputsize = full
datatype = csv

[universe]
tickers = MSFT,AAPL,AMZN,GOOGL,META,NVDA
""", key=_key), _key, "Alpha Vantage docs (apikey parameter); Python configparser INI")

_key = chars(20, LOWER_DIGITS)
S("go/finnhub-key", "services/earnings-cal/main.go", T("""\
package main

import (
\t"context"
\t"log"

\tfinnhub "github.com/Finnhub-Stock-API/finnhub-go/v2"
)

func main() {
\tcfg := finnhub.NewConfiguration()
\tcfg.AddDefaultHeader("X-Finnhub-Token", "@{key}")
\tclient := finnhub.NewAPIClient(cfg).DefaultApi

\tres, _, err := client.EarningsCalendar(context.Background()).From("2024-07-01").To("2024-07-31").Execute()
\tif err != nil {
\t\tlog.Fatal(err)
\t}
\tfor _, e := range res.GetEarningsCalendar() {
\t\tlog.Printf("%s %s eps_est=%v", e.GetDate(), e.GetSymbol(), e.GetEpsEstimate())
\t}
}
""", key=_key), _key, "finnhub-go README: cfg.AddDefaultHeader(\"X-Finnhub-Token\", ...)")

_key = alnum(40)
S("yaml/factset-api-key", "pipelines/factset/config.yml", T("""\
factset:
  # API key generated in the FactSet Developer Portal (username-serial + key)
  username_serial: ACMECAP-1184832
  api_key: @{key}
  base_url: https://api.factset.com
  products:
    - prices/v1
    - fundamentals/v2
    - estimates/v2
  proxy: http://proxy.acme.internal:3128
output:
  bucket: s3://acme-research-raw/factset/
  format: parquet
""", key=_key), _key, "FactSet Developer Portal: API key authentication (username-serial and API key)")


# =================================================================================================
# Brokers: Interactive Brokers, Alpaca, Tradier, Saxo, OANDA, QuantConnect LEAN
# =================================================================================================

_pw = human_pw()
S("ibc-ini/tws-password", "ibgateway/ibc/config.ini", T("""\
# IBC configuration for the live IB Gateway (see IBC User Guide)
FIX=no
IbLoginId=acmequant7
IbPassword=@{pw}
TradingMode=live
IbDir=/root/Jts
AcceptIncomingConnectionAction=reject
ReadOnlyApi=no
OverrideTwsApiPort=4001
ExistingSessionDetectedAction=primary
AcceptNonBrokerageAccountWarning=yes
AutoRestartTime=11:45 PM
ColdRestartTime=07:05
MinimizeMainWindow=yes
StoreSettingsOnServer=no
CommandServerPort=7462
""", pw=_pw), _pw, "IBC (IbcAlpha/IBC) config.ini: IbLoginId / IbPassword / TradingMode")

_pw = words_pw()
S("docker-compose/tws-password", "infra/ib-gateway/docker-compose.yml", T("""\
services:
  ib-gateway:
    image: ghcr.io/gnzsnz/ib-gateway:stable
    restart: always
    environment:
      TWS_USERID: acmepaper3
      TWS_PASSWORD: '@{pw}'
      TRADING_MODE: paper
      READ_ONLY_API: "no"
      TWOFA_TIMEOUT_ACTION: restart
      TIME_ZONE: America/New_York
    ports:
      - "127.0.0.1:4002:4004"
      - "127.0.0.1:5900:5900"
  strategy:
    build: ../../strategy
    depends_on: [ib-gateway]
    environment:
      IB_HOST: ib-gateway
      IB_PORT: 4004
      IB_CLIENT_ID: 17
""", pw=_pw), _pw, "gnzsnz/ib-gateway-docker README: TWS_USERID / TWS_PASSWORD / TRADING_MODE")

_pw = human_pw()
S("k8s-secret/tws-password", "k8s/ib-gateway/secret.yaml", T("""\
apiVersion: v1
kind: Secret
metadata:
  name: ib-gateway-credentials
  namespace: trading
  labels:
    app.kubernetes.io/name: ib-gateway
type: Opaque
data:
  TWS_USERID: @{user}
  TWS_PASSWORD: @{pw}
  VNC_SERVER_PASSWORD: ""
""", user=b64("acmelive2"), pw=b64(_pw)), _pw, "Kubernetes docs: Secret data is base64-encoded; ib-gateway-docker env vars")

_key = pkcs8_pem()
S("pem/ibkr-oauth-signature-key", "ibkr/oauth/private_signature.pem", _key + "\n", _key,
  "IBKR Client Portal Web API OAuth 1.0a: private signature and encryption keys (RSA, PEM)")

_secret = b64_bytes(96)
S("json/ibkr-oauth-token-secret", "ibkr/oauth/live_oauth.json", T("""\
{
  "consumer_key": "ACMECAPQT",
  "access_token": "@{tok}",
  "access_token_secret": "@{secret}",
  "realm": "limited_poa",
  "dh_param_path": "ibkr/oauth/dhparam.pem",
  "encryption_key_path": "ibkr/oauth/private_encryption.pem",
  "signature_key_path": "ibkr/oauth/private_signature.pem",
  "base_url": "https://api.ibkr.com/v1/api",
  "account_id": "U1234567"
}
""", tok=hexs(20), secret=_secret), _secret, "IBKR Web API OAuth 1.0a (consumer key, access token, encrypted access token secret)")

_pw = human_pw()
S("lean-json/ib-password", "lean-live/config.json", T("""\
{
  "environment": "live-interactive",
  "algorithm-type-name": "EquityPairsAlgorithm",
  "algorithm-language": "Python",
  "algorithm-location": "../algos/pairs/main.py",
  "data-folder": "/data/lean",
  "ib-account": "U7654321",
  "ib-user-name": "acmepairs",
  "ib-password": "@{pw}",
  "ib-agent-description": "Individual",
  "ib-trading-mode": "live",
  "ib-enable-delayed-streaming-data": false,
  "ib-weekly-restart-utc-time": "22:00:00",
  "live-data-queue-handler": ["InteractiveBrokersBrokerage"],
  "log-handler": "QuantConnect.Logging.CompositeLogHandler",
  "messaging-handler": "QuantConnect.Messaging.Messaging"
}
""", pw=_pw), _pw, "QuantConnect LEAN Launcher config.json (ib-account, ib-user-name, ib-password)")

_tok = hexs(64)
S("lean-json/qc-api-token", "lean.json", T("""\
{
  "data-folder": "data",
  "job-user-id": "214887",
  "api-access-token": "@{tok}",
  "job-organization-id": "@{org}",
  "debugging": false,
  "debugging-method": "LocalCmdline",
  "log-handler": "QuantConnect.Logging.CompositeLogHandler",
  "results-destination-folder": "backtests"
}
""", tok=_tok, org=hexs(32)), _tok, "QuantConnect LEAN CLI lean.json (job-user-id, api-access-token)")

_secret = alpaca_secret()
S("python/alpaca-secret", "bots/mean_reversion/broker.py", T('''\
from alpaca.trading.client import TradingClient
from alpaca.trading.requests import MarketOrderRequest
from alpaca.trading.enums import OrderSide, TimeInForce

API_KEY = "@{kid}"
SECRET_KEY = "@{secret}"

trading = TradingClient(API_KEY, SECRET_KEY, paper=True)


def buy(symbol: str, qty: int):
    req = MarketOrderRequest(symbol=symbol, qty=qty, side=OrderSide.BUY, time_in_force=TimeInForce.DAY)
    return trading.submit_order(req)


def flatten():
    trading.close_all_positions(cancel_orders=True)
''', kid=alpaca_key_id(), secret=_secret), _secret, "alpaca-py docs: TradingClient(api_key, secret_key, paper=True)")

_secret = alpaca_secret()
S("typescript/alpaca-secret", "apps/rebalancer/src/alpaca.ts", T("""\
import Alpaca from "@alpacahq/alpaca-trade-api";

export const alpaca = new Alpaca({
  keyId: "@{kid}",
  secretKey: "@{secret}",
  paper: false,
  feed: "sip",
});

export async function positions(): Promise<Record<string, number>> {
  const list = await alpaca.getPositions();
  return Object.fromEntries(list.map((p: any) => [p.symbol, Number(p.qty)]));
}
""", kid=alpaca_key_id(live=True), secret=_secret), _secret, "alpaca-trade-api-js README: new Alpaca({ keyId, secretKey, paper })")

_secret = alpaca_secret()
S("env/alpaca-secret", "strategies/crypto-grid/.env.paper", T("""\
APCA_API_BASE_URL=https://paper-api.alpaca.markets
APCA_API_KEY_ID=@{kid}
APCA_API_SECRET_KEY=@{secret}
GRID_SYMBOL=BTC/USD
GRID_LEVELS=12
GRID_SPACING_BPS=35
MAX_NOTIONAL_USD=15000
""", kid=alpaca_key_id(), secret=_secret), _secret, "Alpaca docs: APCA_API_KEY_ID / APCA_API_SECRET_KEY environment variables")

_secret = alpaca_secret()
S("shell/alpaca-secret", "ops/cancel_all_orders.sh", T("""\
#!/usr/bin/env bash
# Kill switch: cancel every open order and flatten the live account.
set -e
curl -sS -X DELETE "https://api.alpaca.markets/v2/orders" \\
  -H "APCA-API-KEY-ID: @{kid}" \\
  -H "APCA-API-SECRET-KEY: @{secret}"
curl -sS -X DELETE "https://api.alpaca.markets/v2/positions?cancel_orders=true" \\
  -H "APCA-API-KEY-ID: @{kid}" \\
  -H "APCA-API-SECRET-KEY: @{secret}"
echo "all orders cancelled, positions closed"
""", kid=alpaca_key_id(live=True), secret=_secret), _secret, "Alpaca Trading API docs: APCA-API-KEY-ID / APCA-API-SECRET-KEY headers")

_secret = alpaca_secret()
S("github-actions/alpaca-secret", ".github/workflows/paper-trade.yml", T("""\
name: paper-trade
on:
  schedule:
    - cron: "35 13 * * 1-5"
  workflow_dispatch:

jobs:
  run:
    runs-on: ubuntu-latest
    env:
      APCA_API_BASE_URL: https://paper-api.alpaca.markets
      APCA_API_KEY_ID: @{kid}
      APCA_API_SECRET_KEY: @{secret}
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-python@v5
        with:
          python-version: "3.11"
      - run: pip install -r requirements.txt
      - run: python -m bot.run --mode paper
""", kid=alpaca_key_id(), secret=_secret), _secret, "GitHub Actions workflow syntax (jobs.<id>.env, schedule cron); Alpaca env vars")

_secret = alpaca_secret()
S("go/alpaca-secret", "cmd/options-hedger/main.go", T("""\
package main

import (
\t"log"

\t"github.com/alpacahq/alpaca-trade-api-go/v3/alpaca"
)

func main() {
\tclient := alpaca.NewClient(alpaca.ClientOpts{
\t\tAPIKey:    "@{kid}",
\t\tAPISecret: "@{secret}",
\t\tBaseURL:   "https://paper-api.alpaca.markets",
\t})
\tacct, err := client.GetAccount()
\tif err != nil {
\t\tlog.Fatalf("account: %v", err)
\t}
\tlog.Printf("equity=%s buying_power=%s", acct.Equity, acct.BuyingPower)
}
""", kid=alpaca_key_id(), secret=_secret), _secret, "alpaca-trade-api-go README: alpaca.NewClient(alpaca.ClientOpts{APIKey, APISecret, BaseURL})")

_tok = tradier_token()
S("python/tradier-token", "options/wheel/tradier.py", T('''\
import requests

ACCOUNT_ID = "6YA12345"
BASE = "https://api.tradier.com/v1"
HEADERS = {"Authorization": "Bearer @{tok}", "Accept": "application/json"}


def chain(symbol: str, expiration: str):
    r = requests.get(f"{BASE}/markets/options/chains", headers=HEADERS,
                     params={"symbol": symbol, "expiration": expiration, "greeks": "true"}, timeout=15)
    r.raise_for_status()
    return r.json()["options"]["option"]


def sell_put(option_symbol: str, qty: int, limit: float):
    data = {"class": "option", "symbol": option_symbol[:-15].strip(), "option_symbol": option_symbol,
            "side": "sell_to_open", "quantity": qty, "type": "limit", "price": limit, "duration": "day"}
    return requests.post(f"{BASE}/accounts/{ACCOUNT_ID}/orders", headers=HEADERS, data=data, timeout=15).json()
''', tok=_tok), _tok, "Tradier Brokerage API docs: Authorization: Bearer <access token>")

_tok = tradier_token()
S("nginx/tradier-token", "deploy/nginx/conf.d/tradier-proxy.conf", T("""\
# Internal proxy so research boxes never hold the brokerage token
upstream tradier_api {
    server api.tradier.com:443;
    keepalive 16;
}

server {
    listen 8443 ssl;
    server_name tradier-proxy.research.acme.internal;
    ssl_certificate     /etc/nginx/tls/proxy.crt;
    ssl_certificate_key /etc/nginx/tls/proxy.key;

    allow 10.40.0.0/16;
    deny all;

    location /v1/markets/ {
        proxy_pass https://tradier_api;
        proxy_set_header Host api.tradier.com;
        proxy_set_header Authorization "Bearer @{tok}";
        proxy_set_header Accept "application/json";
        proxy_ssl_server_name on;
    }
}
""", tok=_tok), _tok, "nginx docs: proxy_set_header; Tradier API Bearer token")

_secret = hexs(32)
S("json/saxo-app-secret", "saxo/app_config.json", T("""\
{
  "AppName": "Acme FX Rebalancer",
  "AppKey": "@{key}",
  "AuthorizationEndpoint": "https://sim.logonvalidation.net/authorize",
  "TokenEndpoint": "https://sim.logonvalidation.net/token",
  "GrantType": "Code",
  "OpenApiBaseUrl": "https://gateway.saxobank.com/sim/openapi/",
  "RedirectUrls": [
    "http://localhost:12321/redirect"
  ],
  "AppSecret": "@{secret}"
}
""", key=hexs(32), secret=_secret), _secret, "Saxo Bank OpenAPI developer portal: application config JSON (AppKey, AppSecret, endpoints)")

_tok = saxo_token()
S("python/saxo-token", "saxo/sim_trader.py", T('''\
"""Quick sim tests against Saxo OpenAPI with a 24-hour developer token."""
import requests

BASE = "https://gateway.saxobank.com/sim/openapi"
TOKEN = "@{tok}"
S = requests.Session()
S.headers["Authorization"] = f"Bearer {TOKEN}"


def me():
    return S.get(f"{BASE}/port/v1/users/me").json()


def place_fx(uic: int, amount: float, account_key: str):
    order = {"Uic": uic, "AssetType": "FxSpot", "Amount": amount, "BuySell": "Buy",
             "OrderType": "Market", "ManualOrder": False, "AccountKey": account_key}
    return S.post(f"{BASE}/trade/v2/orders", json=order).json()
''', tok=_tok), _tok, "Saxo OpenAPI: 24-hour token from the developer portal, used as a Bearer token")

_secret = hexs(32)
S("appsettings-json/saxo-app-secret", "src/Acme.Saxo.Bridge/appsettings.Production.json", T("""\
{
  "Logging": {
    "LogLevel": { "Default": "Information", "Microsoft.AspNetCore": "Warning" }
  },
  "Saxo": {
    "Environment": "Live",
    "AuthorizationEndpoint": "https://live.logonvalidation.net/authorize",
    "TokenEndpoint": "https://live.logonvalidation.net/token",
    "OpenApiBaseUrl": "https://gateway.saxobank.com/openapi/",
    "AppKey": "@{key}",
    "AppSecret": "@{secret}",
    "RedirectUrl": "https://saxo-bridge.acme.internal/signin-saxo"
  },
  "AllowedHosts": "*"
}
""", key=hexs(32), secret=_secret), _secret, "ASP.NET Core configuration (appsettings.{Environment}.json); Saxo OpenAPI app settings")

_tok = oanda_token()
S("python/oanda-token", "fx/carry/oanda_exec.py", T('''\
import oandapyV20
import oandapyV20.endpoints.orders as orders
import oandapyV20.endpoints.pricing as pricing

ACCOUNT_ID = "@{acct}"
client = oandapyV20.API(access_token="@{tok}", environment="practice")


def price(instruments=("EUR_USD", "USD_JPY")):
    r = pricing.PricingInfo(accountID=ACCOUNT_ID, params={"instruments": ",".join(instruments)})
    return client.request(r)["prices"]


def market(instrument: str, units: int):
    data = {"order": {"instrument": instrument, "units": str(units), "type": "MARKET", "positionFill": "DEFAULT"}}
    return client.request(orders.OrderCreate(ACCOUNT_ID, data=data))
''', acct=oanda_account(), tok=_tok), _tok, "oandapyV20 docs: API(access_token=..., environment=\"practice\")")

_tok = oanda_token()
S("ini/oanda-token", "fx/oanda.cfg", T("""\
[oanda]
account_id = @{acct}
access_token = @{tok}
account_type = practice

[strategy]
instrument = EUR_USD
granularity = M5
units = 100000
""", acct=oanda_account(), tok=_tok), _tok, "tpqoa README: oanda.cfg with account_id / access_token / account_type")

_tok = oanda_token()
S("yaml/oanda-token", "tools/v20/.v20.conf", T("""\
hostname: api-fxtrade.oanda.com
streaming_hostname: stream-fxtrade.oanda.com
port: 443
ssl: true
token: @{tok}
username: acmefx
accounts:
- @{acct}
active_account: @{acct}
datetime_format: RFC3339
""", tok=_tok, acct=oanda_account()), _tok, "oanda/v20-python-samples: v20-configure writes ~/.v20.conf (YAML)")

_tok = oanda_token()
S("gitlab-ci/oanda-token", ".gitlab-ci.yml", T("""\
stages: [test, live-smoke]

variables:
  PIP_CACHE_DIR: "$CI_PROJECT_DIR/.cache/pip"
  OANDA_ENV: practice
  OANDA_TOKEN: "@{tok}"

test:
  stage: test
  image: python:3.11-slim
  script:
    - pip install -r requirements-dev.txt
    - pytest -q

smoke:
  stage: live-smoke
  image: python:3.11-slim
  only: [main]
  script:
    - pip install -r requirements.txt
    - python -m fxbot.smoke --env "$OANDA_ENV"
""", tok=_tok), _tok, "GitLab CI/CD YAML reference: variables:; OANDA v20 token")


# =================================================================================================
# Risk and portfolio systems: kdb+/q, OneTick, Murex, Calypso, Aladdin
# =================================================================================================

_pw = human_pw().replace("!", "").replace("#", "").replace("$", "").replace("@", "").replace("%", "").replace("&", "").replace("*", "").replace("?", "")
S("q/kdb-password", "kdb/gw/gw.q", T("""\
/ gateway: routes client queries to the RDB and HDB
\\p 5000
\\l lib/log.q

.gw.rdb:hopen `:rdb.prod.acme.internal:5011:svc_gw:@{pw}
.gw.hdb:hopen `:hdb.prod.acme.internal:5012:svc_gw:@{pw}

.gw.query:{[t;s;d]
  $[d=.z.D;
    .gw.rdb({[t;s] select from t where sym in s};t;s);
    .gw.hdb({[t;s;d] select from t where date=d, sym in s};t;s;d)]
  }

.z.pc:{[h] .log.warn "handle closed: ",string h}
.log.info "gateway up on 5000"
""", pw=_pw), _pw, "kdb+ reference: hopen `:host:port:user:password; q \\p and .z.pc")

_pw = words_pw()
S("q/kdb-password", "kdb/feed/fh_ice.q", T("""\
/ ICE futures feed handler -> tickerplant
system "l lib/util.q";

TP:hopen `$":tp.ldn.acme.internal:5010:feed_ice:@{pw}";
if[not TP; -2 "cannot open TP"; exit 1];

upd:{[t;x] neg[TP](`.u.upd;t;x)};

onTick:{[msg]
  upd[`trade;(.z.N;`$msg`sym;`float$msg`px;`long$msg`qty;`$msg`venue)]
  };

.z.ts:{neg[TP][]};
\\t 100
""", pw=_pw), _pw, "kdb+ IPC docs: hopen with a string `$\":host:port:user:password\"; async neg[h]")

_pw = human_pw()
S("python/kdb-password", "risk/intraday/kdb_conn.py", T('''\
from qpython import qconnection

KDB_HOST = "rdb.prod.acme.internal"
KDB_PORT = 5011


def positions_by_book(date: str):
    with qconnection.QConnection(host=KDB_HOST, port=KDB_PORT, username="risk_ro",
                                 password="@{pw}", pandas=True) as q:
        return q.sendSync("{select sum qty, sum notional by book, sym from positions where date=x}", date)


def pnl_curve(book: str):
    with qconnection.QConnection(host=KDB_HOST, port=KDB_PORT, username="risk_ro",
                                 password="@{pw}", pandas=True) as q:
        return q.sendSync("{select from pnl where book=x}", book.encode())
''', pw=_pw), _pw, "qPython docs: qconnection.QConnection(host, port, username, password, pandas=True)")

_pw = rand_pw(16)
S("python/kdb-password", "analytics/tca/pykx_session.py", T('''\
import pykx as kx

HDB = dict(host="hdb.tca.acme.internal", port=5012)

conn = kx.SyncQConnection(
    **HDB,
    username="tca_reader",
    password="@{pw}",
    timeout=30.0,
)


def slippage(date, side="B"):
    return conn("{[d;s] select avg slippage_bps by strategy from tca where date=d, side=s}", kx.DateAtom(date), side).pd()
''', pw=_pw), _pw, "PyKX docs: kx.SyncQConnection(host, port, username=, password=)")

_pw = rand_pw(14)
S("kdb-users/kdb-password", "kdb/config/users.txt", T("""\
svc_gw:5f4dcc3b5aa765d61d8327deb882cf99
svc_rdb:e10adc3949ba59abbe56e057f20f883e
risk_ro:@{pw}
dashboard:25d55ad283aa400af464c76d713c07ad
tca_reader:098f6bcd4621d373cade4e832627b4f6
""", pw=_pw), _pw, "kdb+ command line -u/-U: file of user:password lines (plain or MD5)")

_pw = human_pw().replace("#", "").replace("$", "").replace("%", "")
S("systemd/kdb-password", "deploy/systemd/kdb-rdb.service", T("""\
[Unit]
Description=kdb+ realtime database (equities)
After=network-online.target kdb-tp.service
Requires=kdb-tp.service

[Service]
Type=simple
User=kdb
WorkingDirectory=/opt/kdb/tick
Environment=QHOME=/opt/kdb/q
Environment=QLIC=/opt/kdb/lic
Environment="TP_CONN=:tp.prod.acme.internal:5010:rdb_sub:@{pw}"
ExecStart=/opt/kdb/q/l64/q tick/r.q ${TP_CONN} :hdb.prod.acme.internal:5012 -p 5011 -s 4
Restart=on-failure
RestartSec=5
LimitNOFILE=65536

[Install]
WantedBy=multi-user.target
""", pw=_pw), _pw, "systemd.exec Environment=; kdb+ tick r.q command line (tickerplant and HDB handles)")

_pw = rand_pw(12)
S("shell/kdb-password", "kdb/bin/start_chained_tp.sh", T("""\
#!/bin/bash
# chained tickerplant for the dashboards: subscribes to the main TP, publishes every 1s
export QHOME=/opt/kdb/q
export QLIC=/opt/kdb/lic
cd /opt/kdb/tick || exit 1

nohup rlwrap -r $QHOME/l64/q chainedtick.q \\
  -tp tp.prod.acme.internal:5010:ctp_sub:@{pw} \\
  -p 5110 -t 1000 \\
  > /var/log/kdb/ctp.log 2>&1 &
echo $! > /var/run/kdb/ctp.pid
""", pw=_pw), _pw, "KxSystems kdb-tick chainedtick.q usage (-tp host:port:user:pass, -p, -t)")

_secret = alnum(40)
S("python/onetick-client-secret", "research/onetick/setup_cloud.py", T('''\
import onetick.py as otp

otp.config.default_db = "US_COMP"
otp.config.tz = "America/New_York"
otp.config.http_address = "https://rest.cloud.onetick.com:443"
otp.config.access_token_url = "https://cloud-auth.parent.onetick.com/realms/OMD/protocol/openid-connect/token"
otp.config.client_id = "acme_quant_research"
otp.config.client_secret = "@{secret}"

trades = otp.DataSource("US_COMP", tick_type="TRD", symbols="AAPL")
trades = trades.agg({"VWAP": otp.agg.vwap("PRICE", "SIZE")}, bucket_interval=60)
print(otp.run(trades, start=otp.dt(2024, 5, 1, 9, 30), end=otp.dt(2024, 5, 1, 16)))
''', secret=_secret), _secret, "onetick-py docs: otp.config http_address / access_token_url / client_id / client_secret")

_secret = alnum(32)
S("env/onetick-client-secret", "research/onetick/.env", T("""\
OTP_HTTP_ADDRESS=https://rest.cloud.onetick.com:443
OTP_ACCESS_TOKEN_URL=https://cloud-auth.parent.onetick.com/realms/OMD/protocol/openid-connect/token
OTP_CLIENT_ID=acme_quant_batch
OTP_CLIENT_SECRET=@{secret}
OTP_DEFAULT_DB=US_COMP_SAMPLE
OTP_DEFAULT_TZ=America/New_York
""", secret=_secret), _secret, "onetick-py configuration via OTP_* environment variables")

_pw = human_pw()
S("xml/murex-db-password", "murex/fs/public/mxres/common/dbconfig/dbsource_datamart.mxres", T("""\
<?xml version="1.0" encoding="UTF-8"?>
<!-- Datamart reporting source used by the EOD extraction batch (MX.3 3.1.x) -->
<MxAnchors>
  <MxAnchor Code="DATAMART_REPORTING">
    <DbSource>
      <DbServerOrFile>mxdm-db.prod.acme.internal</DbServerOrFile>
      <DbServerPortNumber>1521</DbServerPortNumber>
      <DbName>MXDMPRD</DbName>
      <DbUser>MX_DM_READ</DbUser>
      <DbPassword>@{pw}</DbPassword>
      <DbServerType>ORACLE</DbServerType>
      <DbDriver>oracle.jdbc.OracleDriver</DbDriver>
    </DbSource>
  </MxAnchor>
</MxAnchors>
""", pw=_pw), _pw, "Murex MX.3 dbsource .mxres layout as kept in integration repos (DbUser/DbPassword)")

_pw = words_pw()
S("properties/calypso-db-password", "calypso/resources/calypso_env.properties.prod", T("""\
# Calypso environment - PROD (event server, engines, scheduler)
DRIVER=oracle.jdbc.OracleDriver
DBURL=jdbc:oracle:thin:@//calydb-scan.prod.acme.internal:1521/CALYPRD
DBUSER=CALYPSO_APP
DBPASSWORD=@{pw}
USE_PERSISTENCE_CACHE=true
EVENT_SERVER_HOST=calyevt01.prod.acme.internal
EVENT_SERVER_PORT=13013
AUTH_SERVER_HOST=calyauth01.prod.acme.internal
MAX_CONNECTION=40
""", pw=_pw), _pw, "Calypso environment properties (DRIVER, DBURL, DBUSER, DBPASSWORD)")

_pw = human_pw()
S("properties/calypso-login", "calypso/resources/calypsouser.properties", T("""\
# used by the scheduled engines and the batch ScheduledTask runner
USER=calypso_batch
PASSWORD=@{pw}
ENV=prod
DefaultLocale=en_GB
TimeZone=Europe/London
""", pw=_pw), _pw, "Calypso client login properties (USER / PASSWORD / ENV)")

_pw = rand_pw(16)
_a, _b = _pw[:9], _pw[9:]
S("java/calypso-db-password", "calypso-ext/src/main/java/com/acme/calypso/recon/ReconDao.java", T("""\
package com.acme.calypso.recon;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

public final class ReconDao {
    private static final String URL = "jdbc:oracle:thin:@//calydb-scan.prod.acme.internal:1521/CALYPRD";
    private static final String USER = "CALY_RECON";
    private static final String PASS = "@{a}" +
            "@{b}";

    public int countUnmatched(String bookName) throws SQLException {
        try (Connection c = DriverManager.getConnection(URL, USER, PASS);
             PreparedStatement ps = c.prepareStatement(
                     "select count(*) from trade t join book b on b.book_id = t.book_id "
                     + "where b.book_name = ? and t.trade_status = 'VERIFIED' and t.recon_flag is null")) {
            ps.setString(1, bookName);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }
}
""", a=_a, b=_b), _pw, "JDBC DriverManager.getConnection(url, user, password); Calypso Oracle schema")

_pw = human_pw()
S("yaml/aladdin-basic-auth", "aladdin/config/user_settings.yaml", T("""\
# aladdinsdk user settings
ASDK_USER_CONFIG:
  USER_ROLE: Client
ASDK_API:
  AUTH_TYPE: Basic Auth
  AUTH_FLOW_TYPE: ~
  TOKEN: ~
  CLIENT_ID: ~
  CLIENT_SECRET: ~
  USERNAME: svc_acme_pm
  PASSWORD: "@{pw}"
  DEFAULT_WEB_SERVER: https://acme.blackrock.com
  RETRY:
    STOP_AFTER_ATTEMPT: 3
    WAIT_FIXED: 5
ASDK_DOM:
  OUTPUT_DIR: ./out
""", pw=_pw), _pw, "BlackRock aladdinsdk docs: user_settings.yaml (ASDK_API AUTH_TYPE Basic Auth, USERNAME, PASSWORD)")

_key = alnum(40)
S("python/aladdin-api-key", "pm_tools/aladdin/holdings.py", T('''\
import uuid
import requests

ALADDIN_BASE = "https://acme.blackrock.com/api"
API_KEY = "@{key}"
AUTH = ("svc_acme_pm", None)


def headers():
    return {
        "VND.com.blackrock.API-Key": API_KEY,
        "VND.com.blackrock.Request-ID": str(uuid.uuid4()),
        "VND.com.blackrock.Origin-Timestamp": __import__("datetime").datetime.utcnow().isoformat() + "Z",
    }


def portfolio_holdings(portfolio_ticker: str, as_of: str):
    url = f"{ALADDIN_BASE}/investment-research/portfolio/v1/holdings:filter"
    body = {"query": {"portfolioTicker": portfolio_ticker, "asOfDate": as_of}}
    return requests.post(url, json=body, headers=headers(), timeout=60).json()
''', key=_key), _key, "Aladdin Graph API docs: VND.com.blackrock.API-Key / Request-ID / Origin-Timestamp headers")

_secret = alnum(48)
S("env/aladdin-client-secret", "services/compliance-sync/.env.prod", T("""\
ALADDIN_WEB_SERVER=https://acme.blackrock.com
ALADDIN_AUTH_TYPE=OAuth
ALADDIN_AUTH_FLOW_TYPE=client_credentials
ALADDIN_OAUTH_TOKEN_URL=https://acme.blackrock.com/oauth2/default/v1/token
ALADDIN_CLIENT_ID=0oa8fq2x7gHjk2LmN4x7
ALADDIN_CLIENT_SECRET=@{secret}
SYNC_INTERVAL_MIN=15
""", secret=_secret), _secret, "aladdinsdk OAuth client-credentials settings via environment variables")


# =================================================================================================
# SWIFT APIs and custodian file feeds
# =================================================================================================

_secret = alnum(16)
S("yaml/swift-consumer-secret", "payments/swift-gpi/config/config-swift-connect.yaml", T("""\
# SWIFT gpi tracker (API via SWIFT SDK, Alliance Connect Virtual)
swift:
  environment: live
  oauth:
    token-url: https://api.swift.com/oauth2/v1/token
    consumer-key: @{ck}
    consumer-secret: @{secret}
    scope: swift.apitracker
  certificate:
    type: softcert
    path: /opt/swift/certs/acmeGB2L_pki.p12
    alias: acmegb2l
  proxy:
    host: proxy.acme.internal
    port: 3128
  bic: ACMEGB2LXXX
  endpoints:
    tracker: https://api.swift.com/swift-apitracker/v5
""", ck=alnum(32), secret=_secret), _secret, "SWIFT Developer Portal: SWIFT SDK config (consumer-key, consumer-secret, certificate)")

_secret = alnum(16)
S("properties/swift-consumer-secret", "payments/swift-preval/src/main/resources/application.properties", T("""\
server.port=8095
swift.api.base-url=https://api.swift.com/swift-preval/v2
swift.api.token-url=https://api.swift.com/oauth2/v1/token
swift.api.consumer-key=@{ck}
swift.api.consumer-secret=@{secret}
swift.api.scope=swift.preval
swift.bic=ACMEGB2LXXX
resilience4j.retry.instances.preval.max-attempts=3
""", ck=alnum(32), secret=_secret), _secret, "SWIFT Payment Pre-validation API: OAuth consumer key/secret; Spring application.properties")

_key = pgp_private()
S("pgp/custodian-pgp-key", "feeds/statestreet/keys/acme_outbound_decrypt.asc", _key + "\n", _key,
  "RFC 4880 ASCII armor (PGP PRIVATE KEY BLOCK); custodians deliver PGP-encrypted files")

_key = openssh_key()
S("ssh-key/sftp-ssh-key", "feeds/bnymellon/keys/id_ed25519_bny_sftp", _key + "\n", _key,
  "OpenSSH private key format (openssh-key-v1); custodian SFTP key authentication")

_pw = human_pw()
S("python/sftp-password", "feeds/jpm/pull_positions.py", T('''\
"""Pull the daily positions and cash files from J.P. Morgan custody SFTP."""
import datetime as dt
import pathlib

import paramiko

HOST = "sftp.jpmorgan.com"
PORT = 22
USER = "ACMECAP_CUST"
PASSWORD = "@{pw}"
REMOTE_DIR = "/outbound/custody"
LOCAL = pathlib.Path("/data/landing/jpm")


def main(as_of: dt.date) -> None:
    transport = paramiko.Transport((HOST, PORT))
    transport.connect(username=USER, password=PASSWORD)
    sftp = paramiko.SFTPClient.from_transport(transport)
    try:
        for name in sftp.listdir(REMOTE_DIR):
            if as_of.strftime("%Y%m%d") in name:
                sftp.get(f"{REMOTE_DIR}/{name}", str(LOCAL / name))
    finally:
        sftp.close()
        transport.close()


if __name__ == "__main__":
    main(dt.date.today() - dt.timedelta(days=1))
''', pw=_pw), _pw, "paramiko docs: Transport.connect(username=, password=), SFTPClient.from_transport")

_pw = rand_pw(12)
S("crontab/sftp-password", "deploy/cron/ops-feeds.crontab", T("""\
# m h dom mon dow  command   (TZ=Europe/London)
SHELL=/bin/bash
MAILTO=ops-feeds@acmecapital.com
# State Street fund accounting NAV pack
15 6 * * 1-5  sshpass -p '@{pw}' sftp -oBatchMode=no -b /opt/feeds/ssc/get_nav.batch acme_fa@sftp.statestreet.com >> /var/log/feeds/ssc.log 2>&1
# Euroclear settlement status
30 6 * * 1-5  /opt/feeds/bin/euroclear_pull.sh >> /var/log/feeds/euroclear.log 2>&1
# purge landing > 30 days
0 2 * * *     find /data/landing -type f -mtime +30 -delete
""", pw=_pw), _pw, "crontab(5); sshpass(1) -p password with sftp -b batch file")

_pw = human_pw()
S("powershell/sftp-password", "ops/scripts/Send-TradeFile.ps1", T("""\
param(
    [Parameter(Mandatory)] [string] $TradeFile
)
Add-Type -Path "C:\\Program Files (x86)\\WinSCP\\WinSCPnet.dll"

$sessionOptions = New-Object WinSCP.SessionOptions -Property @{
    Protocol = [WinSCP.Protocol]::Sftp
    HostName = "mft.northerntrust.com"
    UserName = "acmecap_trades"
    Password = '@{pw}'
    SshHostKeyFingerprint = "ssh-ed25519 255 d7Te2DHmvBNSWJNBWik2KbDTjmWtYHe2bvXTMM9lVg4"
}

$session = New-Object WinSCP.Session
try {
    $session.Open($sessionOptions)
    $result = $session.PutFiles($TradeFile, "/inbound/trades/", $False)
    $result.Check()
    Write-Host "Uploaded $TradeFile"
}
finally {
    $session.Dispose()
}
""", pw=_pw), _pw, "WinSCP .NET assembly docs: SessionOptions (Protocol, HostName, UserName, Password, SshHostKeyFingerprint)")

_pw = rand_pw(14)
S("netrc/ftp-password", "ops/feeds/.netrc", T("""\
machine ftps.citi.com
  login ACMECAP_FX
  password @{pw}

machine sftp.euroclear.com
  login acmecap
  account ACMEBEBB

machine data.ice.com
  login acme_ref
""", pw=_pw), _pw, "netrc(5) file format (machine / login / password)")

_pw = rand_pw(14)
S("winscp/sftp-password", "ops/winscp/bny_upload.txt", T("""\
option batch abort
option confirm off
open sftp://ACMECAP_BNY:@{pw}@sftp.bnymellon.com/ -hostkey="ssh-rsa 2048 xXfqpn3bmPhUjTAQG/d9tI3vkRVWGKBV2sfYx6Wb8t0"
cd /inbound/instructions
put -transfer=binary C:\\feeds\\out\\bny\\*.xml
close
exit
""", pw=_pw), _pw, "WinSCP scripting docs: open sftp://user:password@host/ -hostkey=")

_pw = rand_pw(20)
S("python/sftp-key-passphrase", "feeds/citi/sftp_client.py", T('''\
import pysftp

CNOPTS = pysftp.CnOpts(knownhosts="feeds/citi/known_hosts")

PARAMS = dict(
    host="sftp.citi.com",
    username="ACMECAP_FX",
    private_key="feeds/citi/keys/acme_citi_rsa",
    private_key_pass="@{pw}",
    cnopts=CNOPTS,
)


def download(remote_glob: str, local_dir: str) -> list:
    got = []
    with pysftp.Connection(**PARAMS) as sftp:
        with sftp.cd("/outbound"):
            for name in sftp.listdir():
                if name.endswith(".csv.pgp"):
                    sftp.get(name, f"{local_dir}/{name}")
                    got.append(name)
    return got
''', pw=_pw), _pw, "pysftp docs: Connection(host, username, private_key, private_key_pass, cnopts)")

_key = openssh_key()
S("helm/sftp-ssh-key", "deploy/helm/custody-feeds/values-prod.yaml", T("""\
image:
  repository: registry.acme.internal/ops/custody-feeds
  tag: "2.8.3"
schedule: "10 6 * * 1-5"
feeds:
  - name: bny
    host: sftp.bnymellon.com
    user: ACMECAP_BNY
    remoteDir: /outbound
  - name: ssc
    host: sftp.statestreet.com
    user: acme_fa
    remoteDir: /out/nav
sftp:
  privateKey: |
@{key}
resources:
  limits: {cpu: 500m, memory: 512Mi}
""", key="\n".join("    " + line for line in _key.splitlines())), _key, "Helm values with a multi-line block scalar (privateKey: |)")

_pw = words_pw()
S("markdown/sftp-password", "docs/runbooks/custodian-feeds.md", T("""\
# Runbook: custodian feeds

## State Street (fund accounting)
- Host: `sftp.statestreet.com`, user `acme_fa`, key auth (`keys/ssc_ed25519`).
- Files: `ACME_NAV_YYYYMMDD.csv.pgp`, decrypt with the ops key (CyberArk safe `OPS-PGP`).

## HSBC Securities Services (fallback portal while the SFTP key is renewed)
- Host: `hss-sftp.hsbc.com` port 22
- User: `ACMECAP01`
- Password: `@{pw}`
- Password expires every 90 days; HSBC service desk resets it.

## Escalation
1. Check `/var/log/feeds/*.log`.
2. If a file is missing after 07:30 London, call the custodian desk (numbers in PagerDuty service notes).
""", pw=_pw), _pw, "A team runbook in the repository (markdown)")


# =================================================================================================
# Research notebooks, backtesting repos and the data platform around them
# =================================================================================================

def notebook(cells: List[List[str]]) -> str:
    """A Jupyter notebook (nbformat 4) as Jupyter writes it, one JSON string per source line."""
    out = []
    for i, src in enumerate(cells):
        lines = [json.dumps(line + ("\n" if k < len(src) - 1 else "")) for k, line in enumerate(src)]
        out.append('  {\n   "cell_type": "code",\n   "execution_count": %d,\n   "metadata": {},\n   "outputs": [],\n'
                   '   "source": [\n    %s\n   ]\n  }' % (i + 1, ",\n    ".join(lines)))
    return ('{\n "cells": [\n' + ",\n".join(out) + '\n ],\n "metadata": {\n  "kernelspec": {"display_name": "Python 3 (research)",'
            ' "language": "python", "name": "python3"},\n  "language_info": {"name": "python", "version": "3.11.8"}\n },\n'
            ' "nbformat": 4,\n "nbformat_minor": 5\n}\n')


_key = polygon_key()
S("ipynb/polygon-key", "notebooks/microstructure/spread_by_hour.ipynb", notebook([
    ["import pandas as pd", "from polygon import RESTClient", "", "client = RESTClient('" + _key + "')"],
    ["quotes = client.list_quotes('MSFT', timestamp_gte='2024-04-02T13:30:00Z', timestamp_lt='2024-04-02T20:00:00Z', limit=50000)",
     "q = pd.DataFrame([x.__dict__ for x in quotes])", "q['spread_bps'] = (q.ask_price - q.bid_price) / ((q.ask_price + q.bid_price) / 2) * 1e4"],
    ["q['hour'] = pd.to_datetime(q.sip_timestamp, unit='ns', utc=True).dt.tz_convert('America/New_York').dt.hour",
     "q.groupby('hour').spread_bps.median().plot(kind='bar')"],
]), _key, "nbformat v4; polygon-api-client RESTClient(api_key) positional")

_secret = alpaca_secret()
S("ipynb/alpaca-secret", "notebooks/execution/twap_paper_test.ipynb", notebook([
    ["from alpaca.trading.client import TradingClient", "from alpaca.data.historical import StockHistoricalDataClient"],
    ["KEY_ID = '" + alpaca_key_id() + "'", "SECRET = '" + _secret + "'",
     "trading = TradingClient(KEY_ID, SECRET, paper=True)", "data = StockHistoricalDataClient(KEY_ID, SECRET)"],
    ["acct = trading.get_account()", "acct.buying_power, acct.equity"],
]), _secret, "nbformat v4; alpaca-py TradingClient / StockHistoricalDataClient")

_pw = human_pw()
S("ipynb/database", "notebooks/pnl/attribution_q2.ipynb", notebook([
    ["import pandas as pd", "import sqlalchemy as sa"],
    ["engine = sa.create_engine(sa.engine.URL.create('postgresql+psycopg2', username='quant_ro', password='" + _pw
     + "', host='tickdb.research.acme.internal', port=5432, database='ticks'))"],
    ["pnl = pd.read_sql('select book, strategy, date, pnl_usd from pnl_daily where date >= %(d)s', engine, params={'d': '2024-04-01'})",
     "pnl.pivot_table(index='date', columns='strategy', values='pnl_usd', aggfunc='sum').cumsum().plot()"],
]), _pw, "nbformat v4; SQLAlchemy URL.create(drivername, username, password, host, port, database)")

_key = databento_key()
S("ipynb/databento-key", "notebooks/futures/roll_analysis.ipynb", notebook([
    ["import databento as db", "import pandas as pd"],
    ["client = db.Historical(key='" + _key + "')",
     "defs = client.timeseries.get_range(dataset='GLBX.MDP3', symbols='ZN.FUT', stype_in='parent', schema='definition', start='2024-02-01')"],
    ["ohlcv = client.timeseries.get_range(dataset='GLBX.MDP3', symbols=['ZN.v.0', 'ZN.v.1'], stype_in='continuous', schema='ohlcv-1d', start='2023-01-01').to_df()",
     "ohlcv.groupby('symbol').volume.plot(legend=True)"],
]), _key, "nbformat v4; Databento continuous contract symbology (ZN.v.0)")

_pw = rand_pw(18)
S("python/database", "research/common/db.py", T('''\
"""Connections to the research TimescaleDB (bars, quotes) and the risk mart."""
from functools import lru_cache

from sqlalchemy import create_engine

TICKS_URL = "postgresql+psycopg2://research:@{pw}@timescale.research.acme.internal:5432/marketdata"


@lru_cache(maxsize=1)
def ticks_engine():
    return create_engine(TICKS_URL, pool_size=5, pool_pre_ping=True)


def bars(symbol: str, start: str, end: str, freq: str = "1 minute"):
    sql = """
        select time_bucket(%(freq)s, ts) as bucket, first(px, ts) o, max(px) h, min(px) l, last(px, ts) c, sum(qty) v
        from trades where sym = %(sym)s and ts between %(start)s and %(end)s group by bucket order by bucket
    """
    import pandas as pd
    return pd.read_sql(sql, ticks_engine(), params=dict(freq=freq, sym=symbol, start=start, end=end))
''', pw=_pw), _pw, "SQLAlchemy create_engine database URL; TimescaleDB time_bucket")

_pw = human_pw()
S("dbt-yaml/snowflake-password", "analytics/dbt/profiles.yml", T("""\
acme_portfolio:
  target: prod
  outputs:
    dev:
      type: snowflake
      account: acme-eu1
      user: "{{ env_var('DBT_USER') }}"
      authenticator: externalbrowser
      role: ANALYST
      database: PORTFOLIO_DEV
      warehouse: DEV_WH
      schema: "dbt_{{ env_var('USER') }}"
      threads: 8
    prod:
      type: snowflake
      account: acme-eu1
      user: DBT_PROD_SVC
      password: "@{pw}"
      role: TRANSFORMER
      database: PORTFOLIO
      warehouse: TRANSFORM_WH
      schema: marts
      threads: 16
""", pw=_pw), _pw, "dbt docs: Snowflake profile (profiles.yml), env_var()")

_pw = rand_pw(16)
S("sql/database-link", "db/oracle/migrations/V2024_05_02__murex_dm_link.sql", T("""\
-- Read-only link from the risk mart to the Murex datamart for EOD sensitivities
CREATE DATABASE LINK mxdm_link
  CONNECT TO mx_dm_read IDENTIFIED BY "@{pw}"
  USING '(DESCRIPTION=(ADDRESS=(PROTOCOL=TCP)(HOST=mxdm-db.prod.acme.internal)(PORT=1521))(CONNECT_DATA=(SERVICE_NAME=MXDMPRD)))';

CREATE OR REPLACE VIEW risk_mart.v_mx_sensi AS
SELECT s.m_trade_nb, s.m_curve, s.m_tenor, s.m_delta
  FROM mx_sensi_rep@mxdm_link s
 WHERE s.m_ref_data = (SELECT MAX(m_ref_data) FROM mx_sensi_rep@mxdm_link);

GRANT SELECT ON risk_mart.v_mx_sensi TO risk_reader;
""", pw=_pw), _pw, "Oracle SQL reference: CREATE DATABASE LINK ... CONNECT TO user IDENTIFIED BY password USING")

_pw = words_pw()
S("sql/create-user", "db/postgres/init/02_roles.sql", T("""\
-- roles for the positions service (run once per environment)
CREATE ROLE positions_owner NOLOGIN;
CREATE USER positions_app WITH PASSWORD '@{pw}' IN ROLE positions_owner;
CREATE USER positions_ro WITH PASSWORD :'positions_ro_password';
GRANT CONNECT ON DATABASE positions TO positions_app, positions_ro;
GRANT USAGE ON SCHEMA pos TO positions_app, positions_ro;
GRANT SELECT, INSERT, UPDATE ON ALL TABLES IN SCHEMA pos TO positions_app;
GRANT SELECT ON ALL TABLES IN SCHEMA pos TO positions_ro;
""", pw=_pw), _pw, "PostgreSQL docs: CREATE USER ... WITH PASSWORD; psql :'var' interpolation")

_pw = rand_pw(20)
S("clickhouse-xml/database", "deploy/clickhouse/users.d/marketdata.xml", T("""\
<clickhouse>
    <users>
        <md_writer>
            <password>@{pw}</password>
            <networks>
                <ip>10.20.0.0/16</ip>
            </networks>
            <profile>default</profile>
            <quota>default</quota>
            <grants>
                <query>GRANT INSERT, SELECT ON marketdata.*</query>
            </grants>
        </md_writer>
        <md_reader>
            <password_sha256_hex>@{hash}</password_sha256_hex>
            <networks><ip>::/0</ip></networks>
            <profile>readonly</profile>
        </md_reader>
    </users>
</clickhouse>
""", pw=_pw, hash=hexs(64)), _pw, "ClickHouse docs: users.xml / users.d (<password>, <password_sha256_hex>)")

_pw = human_pw()
S("hcl/secretsmanager-literal", "infra/terraform/risk-engine/secrets.tf", T("""\
resource "aws_secretsmanager_secret" "risk_db" {
  name       = "prod/risk-engine/db"
  kms_key_id = aws_kms_key.risk.arn
}

resource "aws_secretsmanager_secret_version" "risk_db" {
  secret_id = aws_secretsmanager_secret.risk_db.id
  secret_string = jsonencode({
    engine   = "postgres"
    host     = aws_db_instance.risk.address
    port     = 5432
    username = "risk_engine"
    password = "@{pw}"
    dbname   = "risk"
  })
}
""", pw=_pw), _pw, "Terraform AWS provider: aws_secretsmanager_secret_version secret_string = jsonencode({...})")

_secret = fakes.aws_secret_key(_seed())
S("hcl/aws-key", "infra/terraform/marketdata-archive/provider.tf", T("""\
terraform {
  required_providers {
    aws = { source = "hashicorp/aws", version = "~> 5.40" }
  }
  backend "s3" {
    bucket = "acme-tfstate"
    key    = "marketdata-archive/terraform.tfstate"
    region = "eu-west-2"
  }
}

provider "aws" {
  region     = "eu-west-2"
  access_key = "@{kid}"
  secret_key = "@{secret}"
}

resource "aws_s3_bucket" "ticks" {
  bucket = "acme-tick-archive"
}
""", kid=fakes.aws_key_id(_seed()), secret=_secret), _secret, "Terraform AWS provider docs: static credentials (access_key / secret_key)")

_secret = fakes.aws_secret_key(_seed())
S("ini/aws-credentials", "research/infra/aws/credentials", T("""\
[default]
region = us-east-1

[quant-research]
aws_access_key_id = @{kid}
aws_secret_access_key = @{secret}
region = us-east-1

[prod-readonly]
role_arn = arn:aws:iam::418220930442:role/ReadOnly
source_profile = quant-research
""", kid=fakes.aws_key_id(_seed()), secret=_secret), _secret, "AWS CLI docs: shared credentials file (aws_access_key_id / aws_secret_access_key)")

_secret = confluent_secret()
S("properties/kafka-sasl", "mdp/ingest/src/main/resources/kafka-client.properties", T("""\
bootstrap.servers=pkc-l6wr6.europe-west2.gcp.confluent.cloud:9092
security.protocol=SASL_SSL
sasl.mechanism=PLAIN
sasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule required username="@{key}" password="@{secret}";
client.dns.lookup=use_all_dns_ips
acks=all
linger.ms=5
compression.type=lz4
key.serializer=org.apache.kafka.common.serialization.StringSerializer
value.serializer=io.confluent.kafka.serializers.KafkaAvroSerializer
""", key=confluent_key(), secret=_secret), _secret, "Confluent Cloud client configuration (sasl.jaas.config PlainLoginModule with API key/secret)")

_pw = rand_pw(24)
S("docker-compose/postgres", "research/docker-compose.yml", T("""\
services:
  timescale:
    image: timescale/timescaledb:2.14.2-pg16
    restart: unless-stopped
    environment:
      POSTGRES_DB: marketdata
      POSTGRES_USER: research
      POSTGRES_PASSWORD: @{pw}
    volumes:
      - tsdata:/var/lib/postgresql/data
    ports:
      - "5432:5432"
  jupyter:
    image: quay.io/jupyter/scipy-notebook:2024-05-27
    ports: ["8888:8888"]
    volumes: ["./notebooks:/home/jovyan/work"]
    environment:
      TICKS_DSN: postgresql://research@timescale:5432/marketdata
volumes:
  tsdata: {}
""", pw=_pw), _pw, "Docker Official Image postgres / timescaledb: POSTGRES_PASSWORD")

_key = polygon_key()
S("dockerfile/polygon-key", "services/bar-builder/Dockerfile", T("""\
FROM python:3.11-slim

WORKDIR /app
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt
COPY src/ ./src/

ENV POLYGON_API_KEY=@{key} \\
    BAR_INTERVAL=1min \\
    OUTPUT_BUCKET=gs://acme-bars

USER 10001
CMD ["python", "-m", "src.bar_builder"]
""", key=_key), _key, "Dockerfile reference: ENV key=value (multi-line)")

_key = artifactory_key()
S("dockerfile/artifactory-token", "risk/var-engine/Dockerfile", T("""\
FROM registry.acme.internal/base/python:3.11

ARG PIP_INDEX=https://svc-risk-build:@{key}@acme.jfrog.io/artifactory/api/pypi/pypi-virtual/simple
RUN pip install --index-url "$PIP_INDEX" acme-quantlib==4.2.1 acme-riskmodels==1.9.0

COPY . /srv/var-engine
WORKDIR /srv/var-engine
RUN pip install --index-url "$PIP_INDEX" -e .
ENTRYPOINT ["var-engine", "--config", "/etc/var-engine/config.yaml"]
""", key=_key), _key, "JFrog Artifactory PyPI repositories: index URL with user and API key; Dockerfile ARG")

_key = artifactory_key()
S("pip-conf/artifactory-token", "research/pip.conf", T("""\
[global]
index-url = https://quant-ci:@{key}@acme.jfrog.io/artifactory/api/pypi/pypi-virtual/simple
trusted-host = acme.jfrog.io
timeout = 60

[install]
prefer-binary = true
""", key=_key), _key, "pip configuration docs: pip.conf [global] index-url")

_tok = fakes.pypi_token(_seed())
S("pypirc/pypi-token", "libs/acme-backtest/.pypirc", T("""\
[distutils]
index-servers =
    pypi
    internal

[pypi]
username = __token__
password = @{tok}

[internal]
repository = https://acme.jfrog.io/artifactory/api/pypi/pypi-local
username = quant-ci
""", tok=_tok), _tok, "PyPA docs: .pypirc with username __token__ and an API token")

_tok = fakes.github_token(_seed())
S("requirements/github-token", "strategies/stat-arb/requirements.txt", T("""\
numpy==1.26.4
pandas==2.2.2
scipy==1.13.0
statsmodels==0.14.2
numba==0.59.1
git+https://@{tok}@github.com/acme-capital/quantlib-py.git@v3.4.0#egg=acme-quantlib
git+https://@{tok}@github.com/acme-capital/exec-sim.git@main#egg=exec-sim
pyarrow==16.0.0
""", tok=_tok), _tok, "pip requirements file format: VCS URLs with credentials (git+https://token@github.com/...)")

_pw = human_pw()
S("k8s-secret/database", "k8s/risk/var-engine-db-secret.yaml", T("""\
apiVersion: v1
kind: Secret
metadata:
  name: var-engine-db
  namespace: risk
type: Opaque
data:
  DB_HOST: @{host}
  DB_USER: @{user}
  DB_PASSWORD: @{pw}
""", host=b64("riskdb.prod.acme.internal"), user=b64("var_engine"), pw=b64(_pw)), _pw, "Kubernetes docs: Opaque Secret with base64 data")

_pw = rand_pw(24)
S("helm/redis", "deploy/helm/order-cache/values-prod.yaml", T("""\
redis:
  architecture: replication
  auth:
    enabled: true
    password: "@{pw}"
  master:
    persistence:
      size: 20Gi
  replica:
    replicaCount: 2
orderCache:
  ttlSeconds: 86400
  keyPrefix: "oms:orders:"
  metrics:
    enabled: true
""", pw=_pw), _pw, "Bitnami Redis Helm chart values: auth.password")

_hook = slack_webhook()
S("yaml/slack-webhook", "risk/limits/alerting.yaml", T("""\
limits:
  gross_exposure_usd: 450000000
  net_delta_usd: 25000000
  var_99_1d_usd: 6500000
  single_name_pct_nav: 0.05
breach_actions:
  - type: slack
    channel: "#risk-limits"
    webhook_url: @{hook}
    mention: "@risk-oncall"
  - type: email
    to: [risk@acmecapital.com, cio-office@acmecapital.com]
schedule:
  intraday_every_minutes: 5
  eod: "17:45 America/New_York"
""", hook=_hook), _hook, "Slack incoming webhooks docs (https://hooks.slack.com/services/T.../B.../...)")

_hook = slack_webhook()
S("python/slack-webhook", "ops/eod/pnl_flash.py", T('''\
import requests
import pandas as pd

SLACK_WEBHOOK = "@{hook}"


def post_flash(pnl: pd.DataFrame) -> None:
    total = pnl["pnl_usd"].sum()
    lines = [f"*EOD PnL flash*: {total:,.0f} USD"]
    for strat, v in pnl.groupby("strategy")["pnl_usd"].sum().sort_values().items():
        lines.append(f"- {strat}: {v:,.0f}")
    requests.post(SLACK_WEBHOOK, json={"text": "\\n".join(lines)}, timeout=10).raise_for_status()
''', hook=_hook), _hook, "Slack incoming webhooks: POST JSON {\"text\": ...}")

_hook = teams_webhook()
S("json/teams-webhook", "monitoring/alertmanager/teams.json", T("""\
{
  "receivers": [
    {
      "name": "trading-desk-teams",
      "url": "@{hook}",
      "severity": ["critical", "warning"],
      "template": "templates/desk.tmpl"
    }
  ],
  "silence_during": {"from": "22:00", "to": "05:00", "tz": "Europe/London"}
}
""", hook=_hook), _hook, "Microsoft Teams incoming webhook URL (webhook.office.com/webhookb2/...)")

_key = pkcs8_pem()
S("symphony-yaml/symphony-bot-key", "bots/rfq-notifier/config.yaml", T("""\
host: acme.symphony.com
bot:
  username: rfq-notifier-bot
  privateKey:
    content: |
@{key}
app:
  appId: rfq-notifier
retry:
  maxAttempts: 5
  initialIntervalMillis: 2000
datafeed:
  version: v2
""", key="\n".join("      " + line for line in _key.splitlines())), _key, "Symphony BDK docs: bot.privateKey.content / privateKey.path in config.yaml")

_pw = rand_pw(14)
S("jenkinsfile/mssql-password", "recon/Jenkinsfile", T("""\
pipeline {
  agent { label 'windows-ops' }
  triggers { cron('H 7 * * 1-5') }
  stages {
    stage('Load custodian positions') {
      steps {
        bat 'python recon\\\\load_positions.py --date %BUILD_DATE%'
      }
    }
    stage('Run recon') {
      steps {
        bat "sqlcmd -S OPSDB01\\\\RECON -d Recon -U recon_batch -P \\"@{pw}\\" -i sql\\\\run_recon.sql"
      }
    }
  }
  post {
    failure { mail to: 'ops-recon@acmecapital.com', subject: "Recon failed ${env.BUILD_NUMBER}", body: "${env.BUILD_URL}" }
  }
}
""", pw=_pw), _pw, "Jenkins declarative pipeline syntax; sqlcmd -S -U -P options")

_pw = rand_pw(16)
S("csharp/mssql-password", "src/Acme.Oms.Allocations/AllocationRepository.cs", T("""\
using System.Data;
using Microsoft.Data.SqlClient;

namespace Acme.Oms.Allocations
{
    public sealed class AllocationRepository
    {
        private const string ConnectionString =
            "Server=tcp:omsdb.prod.acme.internal,1433;Database=OMS;User Id=oms_alloc;Password=@{pw};Encrypt=True;TrustServerCertificate=False;";

        public DataTable LoadBlock(long blockId)
        {
            using var conn = new SqlConnection(ConnectionString);
            using var cmd = new SqlCommand("dbo.usp_GetAllocations", conn) { CommandType = CommandType.StoredProcedure };
            cmd.Parameters.AddWithValue("@BlockId", blockId);
            var table = new DataTable();
            new SqlDataAdapter(cmd).Fill(table);
            return table;
        }
    }
}
""", pw=_pw), _pw, "Microsoft.Data.SqlClient connection string keywords (Server, User Id, Password)")

_pw = words_pw()
S("spring-xml/database", "oms-legacy/src/main/resources/spring/datasource.xml", T("""\
<?xml version="1.0" encoding="UTF-8"?>
<beans xmlns="http://www.springframework.org/schema/beans"
       xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
       xsi:schemaLocation="http://www.springframework.org/schema/beans http://www.springframework.org/schema/beans/spring-beans.xsd">

    <bean id="omsDataSource" class="com.zaxxer.hikari.HikariDataSource" destroy-method="close">
        <property name="driverClassName" value="oracle.jdbc.OracleDriver"/>
        <property name="jdbcUrl" value="jdbc:oracle:thin:@//omsdb-scan.prod.acme.internal:1521/OMSPRD"/>
        <property name="username" value="OMS_APP"/>
        <property name="password" value="@{pw}"/>
        <property name="maximumPoolSize" value="20"/>
    </bean>

    <bean id="quickfixSettings" class="quickfix.SessionSettings">
        <constructor-arg value="classpath:quickfixj.cfg"/>
    </bean>
</beans>
""", pw=_pw), _pw, "Spring Framework XML bean definitions; HikariCP DataSource properties")

_pw = human_pw()
S("ansible/winrm-password", "ansible/inventories/prod/group_vars/bloomberg_terminals.yml", T("""\
# Windows hosts running Bloomberg Terminal / BBComm for the desk
ansible_connection: winrm
ansible_winrm_transport: ntlm
ansible_winrm_server_cert_validation: ignore
ansible_port: 5986
ansible_user: ACME\\svc_ansible_win
ansible_password: "@{pw}"
bbg_install_dir: 'C:\\blp'
bbg_api_port: 8194
""", pw=_pw), _pw, "Ansible Windows docs: ansible_connection winrm, ansible_user, ansible_password")

_key = polygon_key()
S("toml/streamlit-secrets", "apps/vol-dashboard/.streamlit/secrets.toml", T("""\
# Streamlit secrets for the vol dashboard (st.secrets)
[polygon]
api_key = "@{key}"

[db]
host = "timescale.research.acme.internal"
port = 5432
database = "marketdata"
username = "dashboard"
""", key=_key), _key, "Streamlit docs: .streamlit/secrets.toml and st.secrets")

_key = hexs(32)
S("env/datadog-api-key", "deploy/agents/datadog.env", T("""\
DD_SITE=datadoghq.eu
DD_API_KEY=@{key}
DD_ENV=prod
DD_TAGS=desk:equities team:trading-infra
DD_LOGS_ENABLED=true
DD_PROCESS_AGENT_ENABLED=true
""", key=_key), _key, "Datadog Agent docs: DD_API_KEY / DD_SITE environment variables")

_pw = human_pw()
_auth = b64("svc_acme_pm:" + _pw)
S("apache/basic-auth", "deploy/apache/aladdin-proxy.conf", T("""\
<VirtualHost *:8443>
    ServerName aladdin-proxy.acme.internal
    SSLEngine on
    SSLCertificateFile /etc/pki/tls/certs/aladdin-proxy.crt
    SSLCertificateKeyFile /etc/pki/tls/private/aladdin-proxy.key

    SSLProxyEngine on
    ProxyPreserveHost Off
    <Location /api/>
        ProxyPass https://acme.blackrock.com/api/
        ProxyPassReverse https://acme.blackrock.com/api/
        RequestHeader set Authorization "Basic @{auth}"
        Require ip 10.40.0.0/16
    </Location>
</VirtualHost>
""", auth=_auth), _pw, "Apache mod_headers RequestHeader set; HTTP Basic auth (RFC 7617) base64 user:password")

_pw = rand_pw(14)
S("docker-config/artifactory-token", "ci/docker/config.json", T("""\
{
  "auths": {
    "acme.jfrog.io": {
      "auth": "@{auth}"
    },
    "registry.acme.internal": {
      "auth": "@{auth2}"
    }
  },
  "credsStore": ""
}
""", auth=b64("svc-quant-ci:" + _pw), auth2=b64("svc-quant-ci:" + _pw)), _pw, "Docker CLI docs: config.json auths.<registry>.auth (base64 user:password)")


# =================================================================================================
# Decoys: FIX engines
# =================================================================================================

D("quickfix-cfg/decoy-variable", "fix-gateway/config/lme-select.cfg", """\
# QuickFIX/J expands ${...} from system properties / environment at load time
[DEFAULT]
ConnectionType=initiator
ReconnectInterval=15
FileStorePath=/var/lib/fixgw/store
FileLogPath=/var/log/fixgw
StartTime=00:00:00
EndTime=00:00:00
SocketUseSSL=Y
SocketKeyStore=/opt/fixgw/tls/lme.jks
SocketKeyStorePassword=${LME_KEYSTORE_PASSWORD}

[SESSION]
BeginString=FIX.4.4
SenderCompID=ACMECAP_LME
TargetCompID=LMESELECT
SocketConnectHost=fix.lmeselect.com
SocketConnectPort=9120
HeartBtInt=30
Username=ACMECAP_LME
Password=${LME_FIX_PASSWORD}
""", "QuickFIX/J configuration docs: variable substitution ${name} from system properties")

D("quickfix-cfg/decoy-no-credentials", "fix_client/dropcopy.cfg", """\
[DEFAULT]
ConnectionType=initiator
ReconnectInterval=60
SenderCompID=ACMEOPS
FileStorePath=store
FileLogPath=log
StartTime=00:00:00
EndTime=00:00:00
UseDataDictionary=Y
DataDictionary=spec/FIX44.xml
ResetOnLogon=Y
# Password is set in application.py toAdmin from the DROPCOPY_PASSWORD env var

[SESSION]
BeginString=FIX.4.4
TargetCompID=CMEDC
SocketConnectHost=69.50.112.140
SocketConnectPort=10113
HeartBtInt=30
""", "QuickFIX (C++/Python) session settings reference")

D("quickfixn-cfg/decoy-cert-store", "src/Acme.Fix.Gateway/config/acceptor.cfg", """\
[DEFAULT]
ConnectionType=acceptor
SocketAcceptPort=5001
FileStorePath=store
FileLogPath=log
StartTime=00:00:00
EndTime=00:00:00
SSLEnable=Y
SSLServerName=fix.acme.internal
# certificate comes from the Windows machine store by thumbprint; no password in files
SSLCertificate=LocalMachine\\My\\4F2A9C1D7E8B3A6F0C5D2E1B9A8F7C6D5E4B3A2F
SSLRequireClientCertificate=Y
SSLCACertificate=certs\\clients-ca.cer

[SESSION]
BeginString=FIX.4.4
SenderCompID=ACME_OMS
TargetCompID=CLIENT_ALPHA
""", "QuickFIX/n SSL configuration (certificate from store; thumbprint is a public id)")

D("fix-log/decoy-masked", "fix-gateway/logs/FIX.4.4-ACMECAP-MSET.event.log", """\
20240611-06:59:58.114: Created session: FIX.4.4:ACMECAP->MSET
20240611-06:59:58.120: Connecting to fix.ms.com port 9010
20240611-06:59:58.121: Initiated logon request
20240611-06:59:58.122: Outgoing Logon: 8=FIX.4.4|9=114|35=A|34=1|49=ACMECAP|52=20240611-06:59:58.121|56=MSET|98=0|108=30|141=Y|553=acmecap_eq|554=********|10=201|
20240611-06:59:58.170: Received logon
20240611-07:00:28.163: Sent heartbeat
20240611-16:30:00.004: Initiated logout request
20240611-16:30:00.050: Disconnecting
""", "QuickFIX event log; the gateway's log filter masks tag 554 before writing")

D("fix-dictionary/decoy-field-def", "fix-gateway/dict/ICE-FIX44-TC.xml", """\
<fix major="4" minor="4" servicepack="0" type="FIX">
  <header>
    <field name="BeginString" required="Y"/>
    <field name="BodyLength" required="Y"/>
    <field name="MsgType" required="Y"/>
  </header>
  <messages>
    <message name="Logon" msgtype="A" msgcat="admin">
      <field name="EncryptMethod" required="Y"/>
      <field name="HeartBtInt" required="Y"/>
      <field name="ResetSeqNumFlag" required="N"/>
      <field name="Username" required="Y"/>
      <field name="Password" required="Y"/>
      <field name="NewPassword" required="N"/>
    </message>
  </messages>
  <fields>
    <field number="553" name="Username" type="STRING"/>
    <field number="554" name="Password" type="STRING"/>
    <field number="925" name="NewPassword" type="STRING"/>
    <field number="10" name="CheckSum" type="STRING"/>
  </fields>
</fix>
""", "QuickFIX data dictionary XML (FIX44.xml): Logon message and Password field definitions")

D("python/decoy-env-ref", "fix_client/logon.py", """\
import os

import quickfix as fix


def add_credentials(message: fix.Message) -> None:
    \"\"\"Called from toAdmin on 35=A. Credentials come from the pod's env (Vault agent injects them).\"\"\"
    message.setField(fix.Username(os.environ["FIX_USERNAME"]))
    message.setField(fix.Password(os.environ["FIX_PASSWORD"]))
    if os.environ.get("FIX_NEW_PASSWORD"):
        message.setField(fix.NewPassword(os.environ["FIX_NEW_PASSWORD"]))
""", "QuickFIX Python fields (Username, Password, NewPassword); credentials from environment")

D("java/decoy-settings-ref", "fix-engine/src/main/java/com/acme/fix/LogonCustomizer.java", """\
package com.acme.fix;

import quickfix.ConfigError;
import quickfix.FieldConvertError;
import quickfix.Message;
import quickfix.SessionID;
import quickfix.SessionSettings;
import quickfix.field.Password;
import quickfix.field.Username;

public final class LogonCustomizer {
    private final SessionSettings settings;
    private final SecretClient vault;

    public LogonCustomizer(SessionSettings settings, SecretClient vault) {
        this.settings = settings;
        this.vault = vault;
    }

    public void apply(Message logon, SessionID id) throws ConfigError, FieldConvertError {
        logon.setField(new Username(settings.getString(id, "Username")));
        String path = settings.getString(id, "PasswordVaultPath"); // e.g. secret/fix/ice-tc
        logon.setField(new Password(vault.read(path, "password")));
    }
}
""", "QuickFIX/J SessionSettings.getString; password read from a secret store")

D("markdown/decoy-fix-sample", "docs/fix/logon-sequence.md", """\
# Logon sequence (all venues)

1. TCP connect, TLS handshake if `SocketUseSSL=Y`.
2. We send Logon (35=A) with `553=<username>` and `554=<password>` from Vault path `secret/fix/<venue>`.
3. Venue answers with Logon; sequence numbers reset if `141=Y`.

Example (password elided):

```
8=FIX.4.4|9=102|35=A|34=1|49=ACMECAP|56=VENUE|52=20240101-00:00:00|98=0|108=30|553=acmecap|554=<password>|10=000|
```

Password rotation: the venue sends `925=NewPassword` handling via ops runbook FIX-07.
""", "FIX 4.4 Logon message (tags 553/554/925); team documentation")

D("hocon/decoy-env-substitution", "oms-akka/src/main/resources/reference.conf", """\
oms.fix {
  turquoise {
    host = "fix.turquoise.lseg.com"
    port = 9401
    username = "acmecaptq"
    password = ${?TQ_FIX_PASSWORD}
  }
  cboe_eu {
    host = "fix.cboe.eu"
    port = 8101
    password = ${?CBOE_FIX_PASSWORD}
  }
}
""", "Lightbend config (HOCON): ${?ENV} optional environment substitution")

D("spring-xml/decoy-placeholder", "oms-legacy/src/main/resources/spring/datasource-uat.xml", """\
<?xml version="1.0" encoding="UTF-8"?>
<beans xmlns="http://www.springframework.org/schema/beans"
       xmlns:context="http://www.springframework.org/schema/context"
       xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
       xsi:schemaLocation="http://www.springframework.org/schema/beans http://www.springframework.org/schema/beans/spring-beans.xsd
                           http://www.springframework.org/schema/context http://www.springframework.org/schema/context/spring-context.xsd">
    <context:property-placeholder location="file:/etc/oms/oms.properties"/>
    <bean id="omsDataSource" class="com.zaxxer.hikari.HikariDataSource" destroy-method="close">
        <property name="jdbcUrl" value="${oms.db.url}"/>
        <property name="username" value="${oms.db.user}"/>
        <property name="password" value="${oms.db.password}"/>
    </bean>
</beans>
""", "Spring property placeholders (${...}) in XML bean definitions")


# =================================================================================================
# Decoys: market data
# =================================================================================================

D("json/decoy-bloomberg-dl-template", "research/credentials/bbg-dl-credential.example.txt", """\
{
  "client_id": "<32 hex chars from the DL console>",
  "client_secret": "<64 hex chars - never commit the real file>",
  "name": "acme-research-dl",
  "scopes": ["eap", "beapData", "reportingapi"],
  "expiration_date": 0,
  "created_date": 0
}
""", "Bloomberg Data License credential file layout (template with placeholders)")

D("python/decoy-bpipe-appname", "mktdata/bpipe/auth.py", """\
import os

import blpapi

# Application identity on B-PIPE: the name is public; the key material is the pk12 on the host.
APP_AUTH = ("AuthenticationMode=APPLICATION_ONLY;"
            "ApplicationAuthenticationType=APPNAME_AND_KEY;"
            "ApplicationName=blp:acme-mktdata")


def tls_options() -> blpapi.TlsOptions:
    return blpapi.TlsOptions.createFromFiles(
        os.environ["BPIPE_PK12"],
        os.environ["BPIPE_PK12_PASSWORD"],
        os.environ["BPIPE_ROOT_CA"],
    )
""", "BLPAPI: application authentication options string; TlsOptions from environment")

D("json/decoy-rdp-placeholder", "examples/refinitiv-data.config.json", """\
{
  "sessions": {
    "default": "platform.rdp",
    "platform": {
      "rdp": {
        "app-key": "YOUR APP KEY GOES HERE!",
        "username": "YOUR RDP LOGIN OR MACHINE GOES HERE!",
        "password": "YOUR RDP PASSWORD GOES HERE!"
      },
      "deployed": {
        "app-key": "YOUR APP KEY GOES HERE!",
        "realtime-distribution-system": {"url": "YOUR DEPLOYED HOST:PORT GOES HERE!"}
      }
    },
    "desktop": {"workspace": {"app-key": "YOUR APP KEY GOES HERE!"}}
  }
}
""", "LSEG Data Library for Python examples: refinitiv-data.config.json with placeholder values")

D("python/decoy-eikon-env", "notebooks/utils/workspace_session.py", """\
import os

import refinitiv.data as rd

# Desktop session: Workspace must be running; the app key lives in the user's env
rd.open_session("desktop.workspace", app_key=os.getenv("RD_APP_KEY"))


def closes(rics, start, end):
    return rd.get_history(universe=rics, fields=["TR.PriceClose"], start=start, end=end)
""", "LSEG Data Library: rd.open_session(app_key=...) with the key from environment")

D("javascript/decoy-iex-publishable", "web/widgets/src/quoteTicker.js", """\
// Public quote widget on the client portal. IEX Cloud publishable tokens (pk_) are meant
// for client-side use; the secret (sk_) token stays on the server.
const IEX_PUBLISHABLE = "@{pk}";
const BASE = "https://cloud.iexapis.com/stable";

export async function quote(symbol) {
  const r = await fetch(`${BASE}/stock/${encodeURIComponent(symbol)}/quote?token=${IEX_PUBLISHABLE}`);
  if (!r.ok) throw new Error(`IEX ${r.status}`);
  const q = await r.json();
  return { symbol: q.symbol, price: q.latestPrice, change: q.changePercent };
}
""".replace("@{pk}", iex_publishable()), "IEX Cloud docs: publishable tokens (pk_) may be used in client-side code")

D("python/decoy-alpha-vantage-demo", "examples/fx_intraday_demo.py", """\
\"\"\"Example from the README: Alpha Vantage's documented 'demo' key works for its sample symbols only.\"\"\"
import requests

URL = "https://www.alphavantage.co/query"
params = {"function": "FX_INTRADAY", "from_symbol": "EUR", "to_symbol": "USD", "interval": "5min", "apikey": "demo"}

data = requests.get(URL, params=params, timeout=20).json()
series = data["Time Series FX (5min)"]
for ts, bar in list(series.items())[:5]:
    print(ts, bar["4. close"])
""", "Alpha Vantage documentation: sample URLs use apikey=demo")

D("shell/decoy-polygon-env", "scripts/backfill_trades.sh", """\
#!/usr/bin/env bash
set -euo pipefail
: "${POLYGON_API_KEY:?export POLYGON_API_KEY first (1Password: Research/Polygon)}"
DAY=${1:-$(date -d yesterday +%F)}
for s in SPY QQQ; do
  curl -sS -H "Authorization: Bearer ${POLYGON_API_KEY}" \\
    "https://api.polygon.io/v3/trades/${s}?timestamp=${DAY}&limit=50000" -o "data/raw/${s}_${DAY}.json"
done
""", "Polygon.io REST docs: Authorization: Bearer header; bash ${VAR:?message}")

D("python/decoy-databento-placeholder", "docs/examples/quickstart.py", """\
# Quickstart from the docs site: replace the placeholder with your key, or set DATABENTO_API_KEY
import databento as db

client = db.Historical("$YOUR_API_KEY")
data = client.timeseries.get_range(
    dataset="XNAS.ITCH", symbols=["AAPL"], schema="trades",
    start="2024-01-02T14:30", end="2024-01-02T14:31",
)
print(data.to_df().head())
""", "Databento docs quickstart: db.Historical(\"$YOUR_API_KEY\")")

D("r/decoy-sys-getenv", "analysis/R/tiingo_prices.R", """\
library(riingo)
library(dplyr)

riingo_set_token(Sys.getenv("RIINGO_TOKEN"))

px <- riingo_prices(c("SPY", "TLT", "GLD"), start_date = "2018-01-01", resample_frequency = "daily")
px %>% group_by(ticker) %>% summarise(cagr = (last(adjClose) / first(adjClose))^(252 / n()) - 1)
""", "riingo docs: riingo_set_token(Sys.getenv(\"RIINGO_TOKEN\"))")

D("go/decoy-env", "services/earnings-cal/config.go", """\
package main

import (
\t"fmt"
\t"os"
)

type Config struct {
\tFinnhubToken string
\tKafkaBrokers string
}

func LoadConfig() (Config, error) {
\ttok := os.Getenv("FINNHUB_TOKEN")
\tif tok == "" {
\t\treturn Config{}, fmt.Errorf("FINNHUB_TOKEN not set")
\t}
\treturn Config{FinnhubToken: tok, KafkaBrokers: os.Getenv("KAFKA_BROKERS")}, nil
}
""", "Go os.Getenv for API tokens")

D("yaml/decoy-factset-env", "pipelines/factset/config.example.yml", """\
factset:
  username_serial: ${FDS_USERNAME_SERIAL}
  api_key: ${FDS_API_KEY}
  base_url: https://api.factset.com
  products:
    - prices/v1
    - fundamentals/v2
output:
  bucket: s3://acme-research-raw/factset/
  format: parquet
""", "Config template with ${VAR} environment references")

D("ipynb/decoy-blpapi-output", "notebooks/rates/swap_curve_snapshot.ipynb", """\
{
 "cells": [
  {
   "cell_type": "code",
   "execution_count": 3,
   "metadata": {},
   "outputs": [
    {
     "data": {
      "text/plain": [
       "                 PX_LAST   SECURITY_DES\\n",
       "USSO2 Curncy    4.71250   USD SOFR 2Y\\n",
       "USSO5 Curncy    4.12875   USD SOFR 5Y\\n",
       "USSO10 Curncy   4.01310   USD SOFR 10Y"
      ]
     },
     "execution_count": 3,
     "metadata": {},
     "output_type": "execute_result"
    }
   ],
   "source": [
    "from xbbg import blp\\n",
    "blp.bdp(['USSO2 Curncy', 'USSO5 Curncy', 'USSO10 Curncy'], ['PX_LAST', 'SECURITY_DES'])"
   ]
  }
 ],
 "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""", "nbformat v4 execute_result output; xbbg blp.bdp on a terminal session (no credentials)")

D("csv/decoy-figi", "reference/securities_master_sample.csv", "\n".join(
    ["figi,isin,cusip,sedol,ticker,exch,name,currency"]
    + [f"{figi()},{isin()},{(lambda i: i[2:11])(isin())},{chars(7, 'BCDFGHJKLMNPQRSTVWXYZ0123456789')},{t},{x},{n},USD"
       for t, x, n in [("AAPL", "US", "APPLE INC"), ("MSFT", "US", "MICROSOFT CORP"), ("NVDA", "US", "NVIDIA CORP"),
                       ("JPM", "US", "JPMORGAN CHASE & CO"), ("XOM", "US", "EXXON MOBIL CORP"), ("KO", "US", "COCA-COLA CO"),
                       ("BRK/B", "US", "BERKSHIRE HATHAWAY-CL B")]]) + "\n",
  "OpenFIGI identifiers (BBG + 9), ISIN (ISO 6166), CUSIP, SEDOL: public security identifiers")

D("python/decoy-test-fixture", "tests/conftest.py", """\
import pytest

# Obviously fake credentials for the offline test-suite; every HTTP call is mocked by responses.
FAKE_POLYGON_KEY = "test-polygon-key-not-real"
FAKE_TIINGO_TOKEN = "0000000000000000000000000000000000000000"


@pytest.fixture(autouse=True)
def fake_market_data_env(monkeypatch):
    monkeypatch.setenv("POLYGON_API_KEY", FAKE_POLYGON_KEY)
    monkeypatch.setenv("TIINGO_API_KEY", FAKE_TIINGO_TOKEN)
    monkeypatch.setenv("DATABENTO_API_KEY", "db-" + "x" * 29)
    monkeypatch.setenv("APCA_API_SECRET_KEY", "fake-secret")
""", "pytest monkeypatch.setenv fixtures with self-declared fake values")

D("yaml/decoy-vcr-cassette", "tests/cassettes/test_daily_bars.yaml", """\
interactions:
- request:
    body: null
    headers:
      APCA-API-KEY-ID:
      - DUMMY_KEY_ID
      APCA-API-SECRET-KEY:
      - DUMMY_SECRET
      User-Agent:
      - APCA-PY/0.40.0
    method: GET
    uri: https://data.alpaca.markets/v2/stocks/bars?symbols=SPY&timeframe=1Day&start=2024-01-02
  response:
    body:
      string: '{"bars":{"SPY":[{"t":"2024-01-02T05:00:00Z","o":472.16,"h":473.67,"l":470.49,"c":472.65,"v":123007793}]},"next_page_token":null}'
    headers:
      Content-Type:
      - application/json
    status:
      code: 200
      message: OK
version: 1
""", "vcrpy cassette YAML; filter_headers replaces credentials with DUMMY values")


# =================================================================================================
# Decoys: brokers
# =================================================================================================

D("docker-compose/decoy-docker-secrets", "infra/ib-gateway/docker-compose.prod.yml", """\
services:
  ib-gateway:
    image: ghcr.io/gnzsnz/ib-gateway:stable
    restart: always
    environment:
      TWS_USERID: acmelive2
      TWS_PASSWORD_FILE: /run/secrets/tws_password
      TRADING_MODE: live
      VNC_SERVER_PASSWORD_FILE: /run/secrets/vnc_password
    secrets:
      - tws_password
      - vnc_password
    ports:
      - "127.0.0.1:4001:4003"
secrets:
  tws_password:
    file: ./secrets/tws_password.txt
  vnc_password:
    external: true
""", "gnzsnz/ib-gateway-docker: *_FILE variables with Docker secrets")

D("ibc-ini/decoy-empty", "ibgateway/ibc/config.template.ini", """\
# IBC configuration template - fill in on the host, never in git
# IbLoginId / IbPassword may also be given on the command line by the start script.
FIX=no
IbLoginId=
IbPassword=
TradingMode=paper
AcceptIncomingConnectionAction=reject
ReadOnlyApi=yes
OverrideTwsApiPort=4002
ExistingSessionDetectedAction=primaryoverride
""", "IBC config.ini: IbLoginId / IbPassword left blank")

D("yaml/decoy-vendor-default", "ibkr/clientportal.gw/root/conf.yaml", """\
ip2loc: "US"
proxyRemoteSsl: true
proxyRemoteHost: "https://api.ibkr.com"
listenPort: 5000
listenSsl: true
svcEnvironment: "v1"
sslCert: "vertx.jks"
sslPwd: "mywebapi"
authDelay: 3000
portalBaseURL: ""
serverOptions:
    blockedThreadCheckInterval: 1000000
    eventLoopPoolSize: 20
    workerPoolSize: 20
    maxWorkerExecuteTime: 100
    maxEventLoopExecuteTime: 20
ips:
  allow:
    - 192.*
    - 131.216.*
    - 127.0.0.1
  deny:
    - 212.90.324.10
""", "IBKR Client Portal Gateway bundle: conf.yaml as shipped (public default keystore password of its self-signed vertx.jks)")

D("pem/decoy-ibkr-public-key", "ibkr/oauth/public_signature.pem", public_key_pem() + "\n",
  "IBKR Web API OAuth: public signature key uploaded to the self-service portal (public key)")

D("json/decoy-saxo-pkce", "saxo/app_config.pkce.json", """\
{
  "AppName": "Acme Research Viewer",
  "AppKey": "@{key}",
  "AuthorizationEndpoint": "https://sim.logonvalidation.net/authorize",
  "TokenEndpoint": "https://sim.logonvalidation.net/token",
  "GrantType": "PKCE",
  "OpenApiBaseUrl": "https://gateway.saxobank.com/sim/openapi/",
  "RedirectUrls": ["http://localhost:8765/callback"]
}
""".replace("@{key}", hexs(32)), "Saxo OpenAPI: PKCE apps are public clients (AppKey only, no AppSecret)")

D("ini/decoy-oanda-template", "fx/oanda.cfg.example", """\
[oanda]
account_id = 101-001-XXXXXXX-001
access_token = YOUR_ACCESS_TOKEN
account_type = practice

[strategy]
instrument = EUR_USD
granularity = M5
units = 100000
""", "tpqoa README: oanda.cfg template")

D("yaml/decoy-oanda-ids", "fx/accounts.yaml", """\
# Account ids are not credentials; tokens are in Vault at secret/fx/oanda/<env>
practice:
  host: api-fxpractice.oanda.com
  accounts:
    carry: @{a1}
    momentum: @{a2}
live:
  host: api-fxtrade.oanda.com
  accounts:
    carry: @{a3}
token_ref: vault:secret/fx/oanda#token
""".replace("@{a1}", oanda_account()).replace("@{a2}", oanda_account()).replace("@{a3}", oanda_account()),
  "OANDA v20 account ids (public identifiers); token held in a secret store")

D("github-actions/decoy-secrets", ".github/workflows/live-trade.yml", """\
name: live-trade
on:
  schedule:
    - cron: "31 13 * * 1-5"
jobs:
  run:
    runs-on: [self-hosted, trading]
    environment: production
    env:
      APCA_API_BASE_URL: https://api.alpaca.markets
      APCA_API_KEY_ID: ${{ secrets.APCA_API_KEY_ID }}
      APCA_API_SECRET_KEY: ${{ secrets.APCA_API_SECRET_KEY }}
      SLACK_WEBHOOK_URL: ${{ secrets.SLACK_WEBHOOK_URL }}
    steps:
      - uses: actions/checkout@v4
      - run: pip install -r requirements.txt
      - run: python -m bot.run --mode live
""", "GitHub Actions: ${{ secrets.NAME }} contexts")

D("env/decoy-example", "strategies/crypto-grid/.env.example", """\
# copy to .env.paper / .env.live and fill in (never commit the copies)
APCA_API_BASE_URL=https://paper-api.alpaca.markets
APCA_API_KEY_ID=
APCA_API_SECRET_KEY=
GRID_SYMBOL=BTC/USD
GRID_LEVELS=12
GRID_SPACING_BPS=35
""", "dotenv example file with empty values")

D("json/decoy-lean-template", "lean-live/config.template.json", """\
{
  "environment": "live-interactive",
  "algorithm-type-name": "EquityPairsAlgorithm",
  "algorithm-language": "Python",
  "ib-account": "",
  "ib-user-name": "",
  "ib-password": "",
  "ib-trading-mode": "paper",
  "job-user-id": "0",
  "api-access-token": "",
  "alpaca-api-key": "",
  "alpaca-api-secret": ""
}
""", "QuantConnect LEAN Launcher/config.json as shipped (empty brokerage credentials)")

D("gitlab-ci/decoy-masked-vars", "fx/.gitlab-ci.yml", """\
stages: [test, deploy]

test:
  stage: test
  image: python:3.11-slim
  script:
    - pip install -r requirements-dev.txt
    - pytest -q

deploy:
  stage: deploy
  image: alpine:3.19
  only: [main]
  script:
    - apk add --no-cache curl
    - curl -sSf -H "Authorization: Bearer $OANDA_TOKEN" "https://api-fxpractice.oanda.com/v3/accounts" > /dev/null
    - ./deploy.sh "$CI_COMMIT_SHA"
""", "GitLab CI: masked/protected CI/CD variables referenced as $VAR")

D("python/decoy-hmac-test-vector", "ilink3-gateway/tests/test_signing.py", """\
import hashlib
import hmac

# RFC 4231 test case 1 - a published test vector, not a CME key.
RFC4231_KEY = bytes.fromhex("0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b")
RFC4231_DATA = b"Hi There"
RFC4231_SHA256 = "b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7"


def test_hmac_sha256_matches_rfc4231():
    assert hmac.new(RFC4231_KEY, RFC4231_DATA, hashlib.sha256).hexdigest() == RFC4231_SHA256


def test_signer_uses_canonical_string(signer):
    assert signer.canonical(request_ts=1, uuid=2, session="AQX", firm="123") == "1\\n2\\nAQX\\n123"
""", "RFC 4231 HMAC-SHA256 test vectors (published test data)")


# =================================================================================================
# Decoys: kdb+, OneTick, Murex, Calypso, Aladdin
# =================================================================================================

D("q/decoy-getenv", "kdb/gw/connect.q", """\
/ open handles with credentials from the environment (set by the systemd EnvironmentFile)
.conn.open:{[host;port]
  u:getenv`KDB_USER; p:getenv`KDB_PASS;
  hopen `$":" sv (host;string port;u;p)
  }

.gw.rdb:.conn.open["rdb.prod.acme.internal";5011]
.gw.hdb:.conn.open["hdb.prod.acme.internal";5012]
""", "kdb+ getenv and hopen with a built connection string")

D("kdb-users/decoy-md5", "kdb/config/users.prod.txt", """\
svc_gw:@{h1}
svc_rdb:@{h2}
risk_ro:@{h3}
dashboard:@{h4}
tca_reader:@{h5}
""".replace("@{h1}", hexs(32)).replace("@{h2}", hexs(32)).replace("@{h3}", hexs(32)).replace("@{h4}", hexs(32)).replace("@{h5}", hexs(32)),
  "kdb+ -u/-U password file with MD5 digests of passwords (hashes only)")

D("q/decoy-zpw-hash", "kdb/auth/auth.q", """\
/ .z.pw: check user/password against the md5 table loaded from the users file
.auth.users:("S*";":") 0: `:config/users.prod.txt
.auth.tbl:(!). .auth.users
.z.pw:{[u;p]
  h:.auth.tbl u;
  $[null h; 0b; h~raze string md5 p]
  }
.z.po:{-1 "open ",string[.z.u]," from ",string .z.a}
""", "kdb+ reference: .z.pw password check, md5")

D("systemd/decoy-environment-file", "deploy/systemd/kdb-tp.service", """\
[Unit]
Description=kdb+ tickerplant
After=network-online.target

[Service]
Type=simple
User=kdb
EnvironmentFile=/etc/kdb/tp.env
LoadCredential=tp_pw:/etc/credstore/kdb-tp.pw
ExecStart=/opt/kdb/q/l64/q tick.q sym /data/tplogs -p 5010 -U /etc/kdb/users.prod.txt
Restart=on-failure

[Install]
WantedBy=multi-user.target
""", "systemd.exec EnvironmentFile= and LoadCredential=")

D("env/decoy-onetick-refs", "research/onetick/.env.template", """\
OTP_HTTP_ADDRESS=https://rest.cloud.onetick.com:443
OTP_ACCESS_TOKEN_URL=https://cloud-auth.parent.onetick.com/realms/OMD/protocol/openid-connect/token
OTP_CLIENT_ID=<client id from OneTick Cloud>
OTP_CLIENT_SECRET=<client secret from OneTick Cloud>
OTP_DEFAULT_DB=US_COMP_SAMPLE
""", "onetick-py environment template with placeholders")

D("properties/decoy-jasypt", "calypso/resources/calypso_env.properties.uat", """\
# Calypso environment - UAT; DBPASSWORD encrypted with jasypt (key in the UAT vault)
DRIVER=oracle.jdbc.OracleDriver
DBURL=jdbc:oracle:thin:@//calydb-uat.acme.internal:1521/CALYUAT
DBUSER=CALYPSO_APP
DBPASSWORD=@{enc}
EVENT_SERVER_HOST=calyevt01.uat.acme.internal
EVENT_SERVER_PORT=13013
""".replace("@{enc}", jasypt()), "Jasypt ENC(...) encrypted properties (ciphertext)")

D("xml/decoy-murex-reference", "murex/fs/public/mxres/common/dbconfig/dbsource_uat.mxres", """\
<?xml version="1.0" encoding="UTF-8"?>
<!-- UAT: credentials resolved at launch by mxg2000_settings.sh from CyberArk (MX_DB_USER / MX_DB_PASSWORD) -->
<MxAnchors>
  <MxAnchor Code="DATAMART_REPORTING">
    <DbSource>
      <DbServerOrFile>mxdm-db.uat.acme.internal</DbServerOrFile>
      <DbServerPortNumber>1521</DbServerPortNumber>
      <DbName>MXDMUAT</DbName>
      <DbUser>${MX_DB_USER}</DbUser>
      <DbPassword>${MX_DB_PASSWORD}</DbPassword>
      <DbServerType>ORACLE</DbServerType>
    </DbSource>
  </MxAnchor>
</MxAnchors>
""", "Murex dbsource .mxres with ${VAR} substitution of credentials")

D("yaml/decoy-aladdin-oauth-refs", "aladdin/config/user_settings.prod.yaml", """\
ASDK_USER_CONFIG:
  USER_ROLE: Client
ASDK_API:
  AUTH_TYPE: OAuth
  AUTH_FLOW_TYPE: client_credentials
  OAUTH:
    CLIENT_ID: 0oa8fq2x7gHjk2LmN4x7
    CLIENT_SECRET: ~
    CLIENT_SECRET_ENV: ALADDIN_CLIENT_SECRET
    TOKEN_URL: https://acme.blackrock.com/oauth2/default/v1/token
  DEFAULT_WEB_SERVER: https://acme.blackrock.com
""", "aladdinsdk OAuth client credentials: public client id; secret from environment")

D("python/decoy-aladdin-keyring", "pm_tools/aladdin/session.py", """\
import keyring
import requests

ALADDIN_BASE = "https://acme.blackrock.com/api"


def session() -> requests.Session:
    s = requests.Session()
    s.headers["VND.com.blackrock.API-Key"] = keyring.get_password("aladdin", "api-key")
    s.auth = ("svc_acme_pm", keyring.get_password("aladdin", "svc_acme_pm"))
    return s
""", "Python keyring.get_password; Aladdin API headers")


# =================================================================================================
# Decoys: SWIFT, custodians, reference data
# =================================================================================================

D("pgp/decoy-public-key", "feeds/bnymellon/keys/bny_mellon_public.asc", pgp_public() + "\n",
  "RFC 4880 ASCII armor: PGP PUBLIC KEY BLOCK published by the custodian to encrypt files to them")

D("known-hosts/decoy-host-keys", "feeds/known_hosts", "\n".join([
    "sftp.bnymellon.com " + ssh_rsa_pub(),
    "sftp.statestreet.com " + ssh_ed25519_pub(),
    "sftp.jpmorgan.com,159.53.1.20 " + ssh_ed25519_pub(),
    "|1|" + b64_bytes(20) + "|" + b64_bytes(20) + " " + ssh_ed25519_pub(),
    "[sftp.euroclear.com]:2222 " + ssh_ed25519_pub(),
]) + "\n", "OpenSSH sshd(8) known_hosts format (public host keys, hashed host names)")

D("ssh/decoy-public-key", "feeds/bnymellon/keys/id_ed25519_bny_sftp.pub", "\n".join([
    "# public half registered with BNY Mellon SFTP onboarding (ticket BNY-20240311)",
    ssh_ed25519_pub() + " acme-feeds@ops01",
    "# added by ops 2024-03-11, fingerprint checked with BNY on the phone",
    "# previous key, revoked 2024-03-11",
    "# " + ssh_ed25519_pub() + " acme-feeds@ops01-old",
    "",
]), "OpenSSH public key format (.pub)")

D("pem/decoy-ca-cert", "fix-gateway/tls/ice-fix-root-ca.pem", "# ICE FIX gateways root CA, fetched 2024-02-01\n" + cert_pem() + "\n",
  "PEM certificate (RFC 7468) of a venue's CA")

D("winscp/decoy-key-auth", "ops/winscp/ssc_download.txt", """\
option batch abort
option confirm off
open sftp://acme_fa@sftp.statestreet.com/ -privatekey="D:\\keys\\ssc_ed25519.ppk" -hostkey="ssh-ed25519 255 Q8pX0x6YQy8Z1aK4wJ7vV8mBqkL2n3H0p9R5s6T7u8E"
cd /out/nav
get -neweronly ACME_NAV_*.csv.pgp D:\\feeds\\in\\ssc\\
close
exit
""", "WinSCP scripting: open with -privatekey and -hostkey fingerprint (no password)")

D("python/decoy-paramiko-key-file", "feeds/ssc/pull_nav.py", """\
import os

import paramiko

client = paramiko.SSHClient()
client.load_host_keys("feeds/known_hosts")
client.set_missing_host_key_policy(paramiko.RejectPolicy())
client.connect(
    "sftp.statestreet.com",
    username="acme_fa",
    key_filename="/run/secrets/ssc_ed25519",
    passphrase=os.environ.get("SSC_KEY_PASSPHRASE"),
)
sftp = client.open_sftp()
for name in sftp.listdir("/out/nav"):
    sftp.get(f"/out/nav/{name}", f"/data/landing/ssc/{name}")
""", "paramiko SSHClient.connect(key_filename=, passphrase=) with passphrase from env")

D("crontab/decoy-key-auth", "deploy/cron/feeds-key-auth.crontab", """\
SHELL=/bin/bash
MAILTO=ops-feeds@acmecapital.com
# all custodian pulls use key auth; keys under /etc/feeds/keys (0400, owned by feeds)
10 6 * * 1-5  sftp -i /etc/feeds/keys/bny_ed25519 -b /opt/feeds/bny/get.batch ACMECAP_BNY@sftp.bnymellon.com >> /var/log/feeds/bny.log 2>&1
20 6 * * 1-5  sftp -i /etc/feeds/keys/ssc_ed25519 -b /opt/feeds/ssc/get.batch acme_fa@sftp.statestreet.com >> /var/log/feeds/ssc.log 2>&1
45 6 * * 1-5  /opt/feeds/bin/decrypt_all.sh --keyring /etc/feeds/gnupg >> /var/log/feeds/decrypt.log 2>&1
""", "crontab(5); sftp -i identity file")

D("csv/decoy-lei", "reference/counterparties.csv", "\n".join(
    ["counterparty,lei,bic,country,isda_date,csa"]
    + [f"{n},{lei()},{b},{c},{d},{y}" for n, b, c, d, y in [
        ("Alpha Bank plc", "ALPHGB2LXXX", "GB", "2019-06-14", "Y"), ("Bravo Securities LLC", "BRVOUS33XXX", "US", "2020-01-09", "Y"),
        ("Charlie Bank AG", "CHRLDEFFXXX", "DE", "2018-11-30", "Y"), ("Delta Capital SA", "DLTAFRPPXXX", "FR", "2021-03-02", "N"),
        ("Echo Markets Ltd", "ECHOHKHHXXX", "HK", "2022-07-19", "Y"), ("Foxtrot Trust Co", "FOXTUS6SXXX", "US", "2017-05-05", "Y")]]) + "\n",
  "ISO 17442 LEI (with ISO 7064 check digits) and ISO 9362 BIC: public identifiers from GLEIF")

D("json/decoy-uti", "regreporting/emir/outbox/trade_report_20240611.json", """\
{
  "reportingCounterparty": "@{lei1}",
  "otherCounterparty": "@{lei2}",
  "reports": [
    {"uti": "@{uti1}", "actionType": "NEWT", "assetClass": "IR", "notional": 25000000, "currency": "EUR", "upi": "QZ5H1Q3F5K2N"},
    {"uti": "@{uti2}", "actionType": "MODI", "assetClass": "FX", "notional": 10000000, "currency": "USD", "upi": "QZ7R2L8W0M4B"},
    {"uti": "@{uti3}", "actionType": "TERM", "assetClass": "CR", "notional": 5000000, "currency": "EUR", "upi": "QZ1C9D6J3X8P"}
  ],
  "submissionId": "@{uuid}"
}
""".replace("@{lei1}", lei()).replace("@{lei2}", lei()).replace("@{uti1}", lei() + chars(32, UPPER_DIGITS))
   .replace("@{uti2}", lei() + chars(32, UPPER_DIGITS)).replace("@{uti3}", lei() + chars(32, UPPER_DIGITS)).replace("@{uuid}", uuid_s()),
  "EMIR Refit reporting: UTI (LEI + up to 32 characters), UPI, LEI: public trade identifiers")

D("iso20022-xml/decoy-sample-message", "payments/tests/data/pacs008_sample.xml", """\
<?xml version="1.0" encoding="UTF-8"?>
<Document xmlns="urn:iso:std:iso:20022:tech:xsd:pacs.008.001.08">
  <FIToFICstmrCdtTrf>
    <GrpHdr>
      <MsgId>ACME20240611-000123</MsgId>
      <CreDtTm>2024-06-11T09:15:00Z</CreDtTm>
      <NbOfTxs>1</NbOfTxs>
      <SttlmInf><SttlmMtd>INDA</SttlmMtd></SttlmInf>
    </GrpHdr>
    <CdtTrfTxInf>
      <PmtId><InstrId>INSTR-1</InstrId><EndToEndId>E2E-2024-0611-1</EndToEndId><UETR>@{uetr}</UETR></PmtId>
      <IntrBkSttlmAmt Ccy="GBP">1250000.00</IntrBkSttlmAmt>
      <Dbtr><Nm>Acme Capital Fund I</Nm></Dbtr>
      <DbtrAcct><Id><IBAN>GB82WEST12345698765432</IBAN></Id></DbtrAcct>
      <DbtrAgt><FinInstnId><BICFI>ACMEGB2LXXX</BICFI></FinInstnId></DbtrAgt>
      <CdtrAgt><FinInstnId><BICFI>NWBKGB2LXXX</BICFI></FinInstnId></CdtrAgt>
      <Cdtr><Nm>Example Counterparty Ltd</Nm></Cdtr>
      <CdtrAcct><Id><IBAN>GB33BUKB20201555555555</IBAN></Id></CdtrAcct>
    </CdtTrfTxInf>
  </FIToFICstmrCdtTrf>
</Document>
""".replace("@{uetr}", uuid_s()), "ISO 20022 pacs.008 sample; example IBANs from the IBAN registry; UETR is a UUID v4")

D("swift-mt/decoy-mt940", "feeds/custody/tests/data/mt940_sample.txt", """\
{1:F01ACMEGB2LAXXX0000000000}{2:O9401200240611IRVTUS3NAXXX00000000002406111200N}{4:
:20:STMT240611001
:25:IRVTUS3N/8901234567
:28C:00123/001
:60F:C240610USD1234567,89
:61:2406110611D250000,00NTRFACME-PAY-0611//IRVT0611X123
:86:/ORDP/ACME CAPITAL FUND I/REMI/SUBSCRIPTION REDEMPTION
:62F:C240611USD984567,89
-}
""", "SWIFT MT940 customer statement message format (sample)")

D("sha256/decoy-checksums", "data/manifests/SHA256SUMS", "\n".join(
    f"{hexs(64)}  {name}" for name in [
        "ticks/2024/06/XNAS_20240603.dbn.zst", "ticks/2024/06/XNAS_20240604.dbn.zst", "ticks/2024/06/XNAS_20240605.dbn.zst",
        "ticks/2024/06/XNAS_20240606.dbn.zst", "ticks/2024/06/XNAS_20240607.dbn.zst", "bars/2024/06/equities_1m_202406.parquet"]) + "\n",
  "GNU coreutils sha256sum output (digests of market data files)")

D("dvc/decoy-md5", "data/ticks_2024q1.parquet.dvc", """\
outs:
- md5: @{md5}
  size: 48291133071
  hash: md5
  path: ticks_2024q1.parquet
  remote: acme-s3
""".replace("@{md5}", hexs(32)), "DVC .dvc file (md5 of the tracked output)")

D("csv/decoy-order-ids", "reports/blotter_20240611.csv", "\n".join(
    ["cl_ord_id,exec_id,order_id,symbol,side,qty,px,venue,account"]
    + [f"{uuid_s()},{hexs(16).upper()},{chars(12, UPPER_DIGITS)},{s},{sd},{q},{p},{v},DU{random.Random(_seed()).randint(1000000, 9999999)}"
       for s, sd, q, p, v in [("AAPL", "B", 500, "191.43", "XNAS"), ("MSFT", "S", 300, "427.10", "ARCX"), ("NVDA", "B", 120, "1209.98", "XNAS"),
                               ("JPM", "B", 800, "196.55", "XNYS"), ("XOM", "S", 1000, "112.31", "BATS")]]) + "\n",
  "An execution blotter: ClOrdID (UUID), ExecID, paper account ids (DU...) are identifiers")


# =================================================================================================
# Decoys: secret stores, ciphertext, templates and references in the platform files
# =================================================================================================

def _sops(plain_len: int) -> str:
    return f"ENC[AES256_GCM,data:{b64_bytes(plain_len)},iv:{b64_bytes(32)},tag:{b64_bytes(16)},type:str]"


D("yaml/decoy-sops", "deploy/secrets/fixgw.prod.enc.yaml", """\
fix:
    ice_tc_password: @{e1}
    lme_keystore_password: @{e2}
kdb:
    svc_gw_password: @{e3}
sops:
    kms:
        - arn: arn:aws:kms:eu-west-2:418220930442:key/@{kid}
          created_at: "2024-05-02T10:11:12Z"
          enc: @{kmsblob}
          aws_profile: ""
    lastmodified: "2024-05-02T10:11:13Z"
    mac: @{mac}
    unencrypted_suffix: _unencrypted
    version: 3.8.1
""".replace("@{e1}", _sops(14)).replace("@{e2}", _sops(18)).replace("@{e3}", _sops(12)).replace("@{kid}", uuid_s())
   .replace("@{kmsblob}", "AQICAHh" + b64_bytes(150)[7:]).replace("@{mac}", _sops(32)), "Mozilla SOPS encrypted YAML (ENC[AES256_GCM,...] values and sops metadata)")

D("ansible/decoy-vault", "ansible/inventories/prod/group_vars/kdb_servers.yml", """\
kdb_version: "4.1"
kdb_home: /opt/kdb
kdb_tp_port: 5010
kdb_rdb_port: 5011
kdb_svc_gw_password: !vault |
          $ANSIBLE_VAULT;1.1;AES256
@{lines}
kdb_license_path: /opt/kdb/lic/k4.lic
""".replace("@{lines}", "\n".join("          " + hexs(80) for _ in range(5)) + "\n          " + hexs(34)),
  "Ansible Vault: encrypted variables (!vault | $ANSIBLE_VAULT;1.1;AES256)")

D("k8s/decoy-secretkeyref", "k8s/risk/var-engine-deployment.yaml", """\
apiVersion: apps/v1
kind: Deployment
metadata:
  name: var-engine
  namespace: risk
spec:
  replicas: 2
  selector:
    matchLabels: {app: var-engine}
  template:
    metadata:
      labels: {app: var-engine}
    spec:
      containers:
        - name: var-engine
          image: registry.acme.internal/risk/var-engine:4.2.1
          env:
            - name: DB_HOST
              value: riskdb.prod.acme.internal
            - name: DB_PASSWORD
              valueFrom:
                secretKeyRef:
                  name: var-engine-db
                  key: DB_PASSWORD
            - name: BPIPE_PK12_PASSWORD
              valueFrom:
                secretKeyRef: {name: bpipe-tls, key: pk12-password}
""", "Kubernetes docs: env valueFrom.secretKeyRef")

D("k8s/decoy-sealed-secret", "k8s/ib-gateway/sealed-secret.yaml", """\
apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata:
  name: ib-gateway-credentials
  namespace: trading
spec:
  encryptedData:
    TWS_PASSWORD: @{s1}
    TWS_USERID: @{s2}
  template:
    metadata:
      name: ib-gateway-credentials
      namespace: trading
    type: Opaque
""".replace("@{s1}", "AgB" + b64_bytes(420)[3:]).replace("@{s2}", "AgA" + b64_bytes(400)[3:]),
  "Bitnami Sealed Secrets: SealedSecret spec.encryptedData (asymmetric ciphertext)")

D("k8s/decoy-external-secret", "k8s/marketdata/external-secret.yaml", """\
apiVersion: external-secrets.io/v1beta1
kind: ExternalSecret
metadata:
  name: marketdata-vendors
  namespace: marketdata
spec:
  refreshInterval: 1h
  secretStoreRef:
    name: vault-backend
    kind: ClusterSecretStore
  target:
    name: marketdata-vendors
  data:
    - secretKey: POLYGON_API_KEY
      remoteRef: {key: secret/data/marketdata/polygon, property: api_key}
    - secretKey: DATABENTO_API_KEY
      remoteRef: {key: secret/data/marketdata/databento, property: api_key}
    - secretKey: RDP_PASSWORD
      remoteRef: {key: secret/data/marketdata/rdp, property: password}
""", "External Secrets Operator: ExternalSecret remoteRef")

D("helm/decoy-existing-secret", "deploy/helm/order-cache/values-uat.yaml", """\
redis:
  architecture: standalone
  auth:
    enabled: true
    existingSecret: order-cache-redis
    existingSecretPasswordKey: redis-password
orderCache:
  ttlSeconds: 3600
  keyPrefix: "oms-uat:orders:"
""", "Bitnami Redis chart: auth.existingSecret / existingSecretPasswordKey")

D("hcl/decoy-vault-data", "infra/terraform/risk-engine/db.tf", """\
data "vault_kv_secret_v2" "risk_db" {
  mount = "secret"
  name  = "prod/risk-engine/db"
}

resource "random_password" "risk_ro" {
  length  = 32
  special = false
}

resource "aws_db_instance" "risk" {
  identifier          = "risk-prod"
  engine              = "postgres"
  engine_version      = "16.2"
  instance_class      = "db.r6g.xlarge"
  username            = "risk_admin"
  password            = data.vault_kv_secret_v2.risk_db.data["password"]
  skip_final_snapshot = false
}
""", "Terraform Vault provider vault_kv_secret_v2 data source; random_password resource")

D("hcl/decoy-kms-ciphertext", "infra/terraform/fixgw/kms.tf", """\
data "aws_kms_secrets" "fixgw" {
  secret {
    name    = "ice_tc_password"
    payload = "@{blob}"
    context = {
      service = "fixgw"
    }
  }
}

resource "aws_ssm_parameter" "ice_tc_password" {
  name  = "/fixgw/prod/ice_tc_password"
  type  = "SecureString"
  value = data.aws_kms_secrets.fixgw.plaintext["ice_tc_password"]
}
""".replace("@{blob}", "AQICAHh" + b64_bytes(180)[7:]), "Terraform aws_kms_secrets data source (payload is KMS ciphertext)")

D("sql/decoy-scram-hash", "db/postgres/init/03_roles_hashed.sql", """\
-- roles created with pre-hashed passwords (SCRAM verifiers generated offline)
ALTER ROLE positions_app PASSWORD 'SCRAM-SHA-256$4096:@{salt}$@{stored}:@{server}';
ALTER ROLE positions_ro PASSWORD 'SCRAM-SHA-256$4096:@{salt2}$@{stored2}:@{server2}';
ALTER ROLE positions_app VALID UNTIL '2025-06-30';
GRANT SELECT ON ALL TABLES IN SCHEMA pos TO positions_ro;
""".replace("@{salt}", b64_bytes(16)).replace("@{stored}", b64_bytes(32)).replace("@{server}", b64_bytes(32))
   .replace("@{salt2}", b64_bytes(16)).replace("@{stored2}", b64_bytes(32)).replace("@{server2}", b64_bytes(32)),
  "PostgreSQL docs: ALTER ROLE ... PASSWORD with a SCRAM-SHA-256 verifier (a hash)")

D("sql/decoy-psql-variable", "db/postgres/init/04_readonly.sql", """\
-- run: psql -v risk_ro_password="$RISK_RO_PASSWORD" -f 04_readonly.sql
\\set ON_ERROR_STOP on
CREATE USER risk_ro WITH PASSWORD :'risk_ro_password';
GRANT CONNECT ON DATABASE risk TO risk_ro;
GRANT USAGE ON SCHEMA risk TO risk_ro;
GRANT SELECT ON ALL TABLES IN SCHEMA risk TO risk_ro;
""", "psql docs: -v variables and :'name' literal interpolation")

D("ipynb/decoy-getpass", "notebooks/pnl/adhoc_recon.ipynb", notebook([
    ["import getpass", "import sqlalchemy as sa", "import pandas as pd"],
    ["pw = getpass.getpass('recon db password: ')",
     "engine = sa.create_engine(sa.engine.URL.create('mssql+pyodbc', username='recon_ro', password=pw, host='OPSDB01', database='Recon', query={'driver': 'ODBC Driver 18 for SQL Server'}))"],
    ["breaks = pd.read_sql('select * from dbo.recon_breaks where as_of = ?', engine, params=('2024-06-10',))", "breaks.head()"],
]), "Python getpass.getpass in a notebook (no stored credential)")

D("ipynb/decoy-env", "notebooks/microstructure/trade_sign.ipynb", notebook([
    ["import os", "import pandas as pd", "from polygon import RESTClient"],
    ["client = RESTClient(os.environ['POLYGON_API_KEY'])"],
    ["trades = pd.DataFrame([t.__dict__ for t in client.list_trades('AAPL', timestamp='2024-04-02', limit=50000)])",
     "trades['sign'] = (trades.price.diff() > 0).astype(int) * 2 - 1", "trades.sign.rolling(100).mean().plot()"],
]), "nbformat v4; API key read from the environment")

D("nginx/decoy-header-passthrough", "deploy/nginx/conf.d/mktdata-proxy.conf", """\
# token is injected by the sidecar into /etc/nginx/secrets/tradier.conf (set $tradier_token ...)
include /etc/nginx/secrets/tradier.conf;

server {
    listen 8443 ssl;
    server_name mktdata-proxy.research.acme.internal;
    ssl_certificate     /etc/nginx/tls/proxy.crt;
    ssl_certificate_key /etc/nginx/tls/proxy.key;

    location /tradier/ {
        proxy_pass https://api.tradier.com/;
        proxy_set_header Authorization "Bearer $tradier_token";
    }
    location /passthrough/ {
        proxy_pass https://api.polygon.io/;
        proxy_set_header Authorization $http_authorization;
    }
}
""", "nginx docs: variables in proxy_set_header ($http_authorization, set by include)")

D("dockerfile/decoy-build-secret", "risk/var-engine/Dockerfile.secure", """\
# syntax=docker/dockerfile:1.7
FROM registry.acme.internal/base/python:3.11

RUN --mount=type=secret,id=pipconf,target=/etc/pip.conf \\
    pip install acme-quantlib==4.2.1 acme-riskmodels==1.9.0

COPY . /srv/var-engine
WORKDIR /srv/var-engine
ENTRYPOINT ["var-engine", "--config", "/etc/var-engine/config.yaml"]
""", "Docker BuildKit docs: RUN --mount=type=secret")

D("requirements/decoy-env-ref", "strategies/stat-arb/requirements-internal.txt", """\
--extra-index-url https://${ARTIFACTORY_USER}:${ARTIFACTORY_TOKEN}@acme.jfrog.io/artifactory/api/pypi/pypi-virtual/simple
acme-quantlib==4.2.1
acme-riskmodels==1.9.0
exec-sim==0.8.3
pandas==2.2.2
""", "pip requirements file format: environment variables ${VAR} are expanded by pip")

D("jenkinsfile/decoy-credentials", "recon/Jenkinsfile.v2", """\
pipeline {
  agent { label 'windows-ops' }
  stages {
    stage('Run recon') {
      steps {
        withCredentials([usernamePassword(credentialsId: 'recon-batch-sql', usernameVariable: 'SQL_USER', passwordVariable: 'SQL_PASS')]) {
          bat 'sqlcmd -S OPSDB01\\\\RECON -d Recon -U %SQL_USER% -P %SQL_PASS% -i sql\\\\run_recon.sql'
        }
      }
    }
  }
}
""", "Jenkins Credentials Binding plugin: withCredentials usernamePassword")

D("markdown/decoy-runbook-refs", "docs/runbooks/ib-gateway.md", """\
# Runbook: IB Gateway (live)

- Host: `ibgw01.trading.acme.internal`, container `ib-gateway`.
- Login: `acmelive2`; password in CyberArk safe `TRADING-BROKER`, object `ibkr-live-acmelive2`.
- 2FA: IBKR Mobile on the desk phone; if the gateway is stuck at 2FA, restart with
  `docker compose restart ib-gateway` and approve within 3 minutes.
- VNC (read-only): `vnc://ibgw01:5900`, password in the same safe (`ibgw-vnc`).

Never paste the password into Slack; use the CyberArk link.
""", "Team runbook that points at a secret store instead of holding the secret")

D("properties/decoy-kafka-config-provider", "mdp/ingest/src/main/resources/kafka-client-prod.properties", """\
config.providers=file
config.providers.file.class=org.apache.kafka.common.config.provider.FileConfigProvider
bootstrap.servers=pkc-l6wr6.europe-west2.gcp.confluent.cloud:9092
security.protocol=SASL_SSL
sasl.mechanism=PLAIN
sasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule required username="${file:/opt/secrets/confluent.properties:api.key}" password="${file:/opt/secrets/confluent.properties:api.secret}";
acks=all
""", "Apache Kafka KIP-297 FileConfigProvider (${file:path:key} references)")

D("toml/decoy-streamlit-example", "apps/vol-dashboard/.streamlit/secrets.toml.example", """\
# copy to secrets.toml (git-ignored) and fill in
[polygon]
api_key = "your-polygon-api-key"

[db]
host = "localhost"
port = 5432
database = "marketdata"
username = "dashboard"
password = "changeme"
""", "Streamlit secrets.toml template with placeholders")

D("csharp/decoy-config-ref", "src/Acme.Oms.Allocations/DbSettings.cs", """\
using Microsoft.Extensions.Configuration;

namespace Acme.Oms.Allocations
{
    public static class DbSettings
    {
        public static string ConnectionString(IConfiguration config) =>
            config.GetConnectionString("Oms")
            ?? throw new InvalidOperationException("ConnectionStrings:Oms missing (set via Key Vault reference)");

        public static string FixPassword() =>
            Environment.GetEnvironmentVariable("FIX_PASSWORD") ?? string.Empty;
    }
}
""", ".NET configuration: GetConnectionString / environment variables")

D("appsettings-json/decoy-keyvault-ref", "src/Acme.Saxo.Bridge/appsettings.Staging.json", """\
{
  "Saxo": {
    "Environment": "Sim",
    "OpenApiBaseUrl": "https://gateway.saxobank.com/sim/openapi/",
    "AppKey": "@{key}",
    "AppSecret": "@Microsoft.KeyVault(SecretUri=https://acme-trading-kv.vault.azure.net/secrets/saxo-app-secret/)"
  },
  "ConnectionStrings": {
    "Oms": "@Microsoft.KeyVault(VaultName=acme-trading-kv;SecretName=oms-sql)"
  }
}
""".replace("@{key}", hexs(32)), "Azure App Service Key Vault references (@Microsoft.KeyVault(...))")

D("docker-compose/decoy-env-interp", "research/docker-compose.ci.yml", """\
services:
  timescale:
    image: timescale/timescaledb:2.14.2-pg16
    environment:
      POSTGRES_DB: marketdata
      POSTGRES_USER: research
      POSTGRES_PASSWORD: ${POSTGRES_PASSWORD:?set POSTGRES_PASSWORD}
    ports:
      - "5432:5432"
""", "Docker Compose interpolation ${VAR:?error}")

D("ini/decoy-aws-sso", "research/infra/aws/config", """\
[default]
region = us-east-1

[profile quant-research]
sso_session = acme
sso_account_id = 418220930442
sso_role_name = QuantResearch
region = us-east-1

[sso-session acme]
sso_start_url = https://acme-capital.awsapps.com/start
sso_region = eu-west-2
sso_registration_scopes = sso:account:access
""", "AWS CLI docs: IAM Identity Center (SSO) profiles; account ids are not secrets")

D("clickhouse-xml/decoy-hash-only", "deploy/clickhouse/users.d/readers.xml", """\
<clickhouse>
    <users>
        <md_reader>
            <password_sha256_hex>@{h1}</password_sha256_hex>
            <networks><ip>10.0.0.0/8</ip></networks>
            <profile>readonly</profile>
        </md_reader>
        <grafana>
            <password_double_sha1_hex>@{h2}</password_double_sha1_hex>
            <profile>readonly</profile>
        </grafana>
    </users>
</clickhouse>
""".replace("@{h1}", hexs(64)).replace("@{h2}", hexs(40)), "ClickHouse users: password_sha256_hex / password_double_sha1_hex (hashes)")

D("yaml/decoy-alert-placeholder", "risk/limits/alerting.example.yaml", """\
breach_actions:
  - type: slack
    channel: "#risk-limits"
    webhook_url: https://hooks.slack.com/services/TXXXXXXXX/BXXXXXXXXXX/XXXXXXXXXXXXXXXXXXXXXXXX
  - type: teams
    webhook_url: "{{ teams_webhook_url }}"
  - type: pagerduty
    routing_key: ${PAGERDUTY_ROUTING_KEY}
""", "Slack incoming webhook URL shape with X placeholders; Jinja template; env reference")

D("k8s-secret/decoy-placeholder", "k8s/ib-gateway/secret.template.yaml", """\
# rendered by the deploy job: envsubst < secret.template.yaml | kubectl apply -f -
apiVersion: v1
kind: Secret
metadata:
  name: ib-gateway-credentials
  namespace: trading
type: Opaque
stringData:
  TWS_USERID: ${TWS_USERID}
  TWS_PASSWORD: ${TWS_PASSWORD}
""", "Kubernetes Secret stringData rendered with envsubst (template)")
