"""Blind set DI: marinas, ports and shipping terminals.

Port community system and customs EDI teams (EDIFACT COPRAR/BAPLIE/CUSCAR, ANSI X12 309/322, OpenAS2,
Apache Camel routes, SFTP and FTP drops, Kafka and Azure Service Bus), AIS and vessel
tracking teams (MarineTraffic, aisstream.io, Spire Maritime, Datalastic, AIS-catcher, Mosquitto,
Telegraf and InfluxDB, PostGIS, ClickHouse, BigQuery, Signal K), terminal operating system teams
(Navis N4 Groovy and web services, Oracle and SQL Server reporting, OPC UA crane telemetry, Node-RED,
truck appointment systems in Django and Rails, Android hand-helds), marina booking and fuel-dock POS
teams (WordPress, Laravel, Stripe, Square, Clover, Heartland, reCAPTCHA, shore-power pedestals, Home
Assistant, Veeder-Root tank gauges), harbour CCTV and gate OCR teams (Frigate, go2rtc, Axis VAPIX,
Hikvision ISAPI, Milestone XProtect, MinIO, Rekognition, WireGuard, IPsec, OpenVPN, Cisco IOS) and crew
and yacht charter platform teams (NauSYS, Booking Manager, Keycloak, Firebase and APNs, Snowflake,
Airflow, Terraform, Helm, CI pipelines, package registries). Files are dotenv, YAML, JSON, XML,
INI, TOML, properties, Python, notebooks, JavaScript, TypeScript, Go, Java, Groovy, Kotlin, Swift,
C#, PHP, Ruby, R, SQL, shell, PowerShell, batch, VBA, Dockerfiles, CI configs, Terraform, Ansible,
Kubernetes manifests, device configs, EDI interchanges, CSV exports and runbooks, with their decoys.
Generated fakes only (seeds 1060000-1069999).
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
URLSAFE = ALNUM + "-_"
HEX = "0123456789abcdef"
UPDIG = string.ascii_uppercase + string.digits
_SEED = [1060000]
_END = 1070000


def _rng() -> random.Random:
    _SEED[0] += 7
    assert _SEED[0] < _END
    return random.Random(_SEED[0])


def _seed() -> int:
    _SEED[0] += 7
    assert _SEED[0] < _END
    return _SEED[0]


def fill(template: str, **values: str) -> str:
    """Put each <@name@> of the template in its place (no brace escaping for JSON, Helm, Jinja)."""
    for key, value in values.items():
        template = template.replace("<@" + key + "@>", value)
    assert "<@" not in template, template[:200]
    return template


WORDS = ["Bollard", "Mooring", "Quayside", "Anchor", "Starboard", "Lighthouse", "Pilot", "Harbour", "Tugboat",
         "Seagull", "Halyard", "Bosun", "Spinnaker", "Capstan", "Marlin", "Breakwater", "Slipway", "Gantry",
         "Reefer", "Lanyard", "Compass", "Riptide", "Keelson", "Pontoon"]
NAMES = ["Henrik", "Sofia", "Marijke", "Jannes", "Lucia", "Tomasz", "Ingrid", "Mateo", "Anouk", "Bjorn",
         "Elena", "Pieter", "Nadia", "Kees", "Rosa", "Dimitri", "Yusuf", "Freya"]
LOWER = ["tide", "buoy", "ferry", "cargo", "jetty", "stern", "rudder", "galley", "hatch", "winch",
         "ballast", "dinghy", "mast", "keel", "quay", "dock"]


def human_pw() -> str:
    r = _rng()
    return r.choice(WORDS) + r.choice("!#$%@*&") + r.choice(WORDS) + str(r.randint(10, 9999))


def name_pw() -> str:
    r = _rng()
    return r.choice(NAMES) + str(r.randint(1961, 2024)) + r.choice("!?#$.") + r.choice(LOWER).capitalize()


def phrase_pw() -> str:
    r = _rng()
    return "-".join(r.sample(LOWER, 3)) + "-" + str(r.randint(10, 99))


def rand_pw(n: int = 20, extra: str = "") -> str:
    r = _rng()
    while True:
        value = "".join(r.choice(ALNUM + extra) for _ in range(n))
        if any(c.isdigit() for c in value) and any(c.isupper() for c in value) and any(c.islower() for c in value):
            return value


def chars(n: int, alphabet: str) -> str:
    r = _rng()
    return "".join(r.choice(alphabet) for _ in range(n))


def hexs(n: int) -> str:
    return chars(n, HEX)


def b64(text: str) -> str:
    return base64.b64encode(text.encode()).decode()


def b64bytes(n: int) -> str:
    r = _rng()
    return base64.b64encode(bytes(r.getrandbits(8) for _ in range(n))).decode()


def b64url_bytes(n: int) -> str:
    r = _rng()
    return base64.urlsafe_b64encode(bytes(r.getrandbits(8) for _ in range(n))).decode()


def b64url_json(obj: dict) -> str:
    return base64.urlsafe_b64encode(json.dumps(obj, separators=(",", ":")).encode()).decode().rstrip("=")


def uuid_s() -> str:
    return fakes.uuid4(_seed())


def pem(kind: str = "RSA PRIVATE KEY", lines: int = 12) -> str:
    r = _rng()
    head = {"RSA PRIVATE KEY": "MIIEowIBAAKCAQEA", "EC PRIVATE KEY": "MHcCAQEEI",
            "PRIVATE KEY": "MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQ",
            "OPENSSH PRIVATE KEY": "b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW"}[kind]
    width = 70 if kind.startswith("OPENSSH") else 64
    body = head + "".join(r.choice(ALNUM + "+/") for _ in range(width * lines - len(head) - 3)) + "Q=="
    rows = [body[i:i + width] for i in range(0, len(body), width)]
    return f"-----BEGIN {kind}-----\n" + "\n".join(rows) + f"\n-----END {kind}-----"


def cert_pem(lines: int = 10) -> str:
    r = _rng()
    body = "MIID" + "".join(r.choice(ALNUM + "+/") for _ in range(64 * lines - 4))
    rows = [body[i:i + 64] for i in range(0, len(body), 64)]
    return "-----BEGIN CERTIFICATE-----\n" + "\n".join(rows) + "\n-----END CERTIFICATE-----"


def pub_pem(lines: int = 6) -> str:
    r = _rng()
    body = "MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA" + "".join(r.choice(ALNUM + "+/") for _ in range(64 * lines - 44))
    rows = [body[i:i + 64] for i in range(0, len(body), 64)]
    return "-----BEGIN PUBLIC KEY-----\n" + "\n".join(rows) + "\nIDAQAB\n-----END PUBLIC KEY-----"


def ssh_pub(comment: str) -> str:
    return "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI" + chars(43, ALNUM + "+/") + " " + comment


_ISO6346 = {c: v for c, v in zip(string.ascii_uppercase, [10, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 23, 24, 25,
                                                          26, 27, 28, 29, 30, 31, 32, 34, 35, 36, 37, 38])}


def container(owner: str = "") -> str:
    """An ISO 6346 container number with its check digit (an id, printed on the box)."""
    r = _rng()
    owner = owner or r.choice(["MSCU", "MAEU", "CMAU", "HLXU", "TGHU", "TCLU", "OOLU", "SEGU", "BMOU", "CSNU"])
    serial = "".join(r.choice(string.digits) for _ in range(6))
    code = owner + serial
    total = sum((_ISO6346[c] if c.isalpha() else int(c)) * (2 ** i) for i, c in enumerate(code))
    return code + str(total % 11 % 10)


def imo() -> str:
    r = _rng()
    digits = [r.randint(1, 9)] + [r.randint(0, 9) for _ in range(5)]
    check = sum(d * w for d, w in zip(digits, range(7, 1, -1))) % 10
    return "".join(map(str, digits)) + str(check)


def mmsi(mid: str = "244") -> str:
    return mid + chars(6, string.digits)


_SIXBIT = "0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVW`abcdefghijklmnopqrstuvw"


def aivdm() -> str:
    r = _rng()
    payload = r.choice("123") + "".join(r.choice(_SIXBIT) for _ in range(27))
    body = f"AIVDM,1,1,,{r.choice('AB')},{payload},0"
    check = 0
    for c in body:
        check ^= ord(c)
    return f"!{body}*{check:02X}"


# Vendor credentials in their documented shapes, all generated from the seed.
def stripe_key(prefix: str = "sk_live_", n: int = 24) -> str:
    return prefix + chars(n, ALNUM)


def whsec() -> str:
    return "whsec_" + chars(32, ALNUM)


def square_token() -> str:
    return "EAAA" + chars(60, URLSAFE)


def twilio_sid() -> str:
    return "AC" + hexs(32)


def sendgrid_key() -> str:
    return "SG." + chars(22, URLSAFE) + "." + chars(43, URLSAFE)


def slack_webhook() -> str:
    return ("https://hooks.slack.com/services/T" + chars(8, UPDIG) + "/B" + chars(10, UPDIG) + "/"
            + chars(24, ALNUM))


def slack_bot() -> str:
    r = _rng()
    return f"xoxb-{r.randint(10**10, 10**11)}-{r.randint(10**12, 10**13)}-" + "".join(r.choice(ALNUM) for _ in range(24))


def teams_webhook(tenant: str) -> str:
    return (f"https://{tenant}.webhook.office.com/webhookb2/{uuid_s()}@{uuid_s()}/IncomingWebhook/"
            f"{hexs(32)}/{uuid_s()}")


def google_key() -> str:
    return "AIza" + chars(35, URLSAFE)


def fcm_server_key() -> str:
    return "AAAA" + chars(7, URLSAFE) + ":APA91b" + chars(134, URLSAFE)


def mapbox_token(prefix: str, user: str) -> str:
    return prefix + "." + b64url_json({"u": user, "a": "cl" + chars(23, string.ascii_lowercase + string.digits)}) + "." + chars(22, URLSAFE)


def jwt(payload: dict) -> str:
    return b64url_json({"alg": "HS256", "typ": "JWT"}) + "." + b64url_json(payload) + "." + chars(43, URLSAFE)


def azure_client_secret() -> str:
    return chars(3, ALNUM) + "8Q~" + chars(34, ALNUM + "_.-~")


def gitlab_token() -> str:
    return "glpat-" + chars(20, URLSAFE)


def laravel_key() -> str:
    return "base64:" + b64bytes(32)


def mailchimp_key() -> str:
    return hexs(32) + "-us" + str(_rng().randint(2, 21))


CASES: List[LabelledCase] = []


def add(category: str, file_name: str, text: str, secret: Optional[str], source: str) -> None:
    CASES.append(LabelledCase("blind-di/" + category, file_name, text, secret, source))


# ---------------------------------------------------------------- port community systems, EDI, customs
_pw = rand_pw(10)
_c1, _c2, _c3 = container("MSCU"), container("TGHU"), container("MSCU")
_imo = imo()
add("edifact/unb-password", "edi/outbound/coprar/COPRAR_MSC414W_240312.edi", fill("""\
UNA:+.? '
UNB+UNOA:2+HTLOAD01:ZZZ+DEHAMCTA:ZZZ+240312:0815+4417+<@pw@>:AA++COPRAR'
UNH+1+COPRAR:D:00B:UN:SMDG21'
BGM+45+CPR240312001+9'
TDT+20+414W+1++MSC:172:20+++<@imo@>:146:11:MSC ARIANE'
RFF+VON:414W'
LOC+9+DEHAM:139:6'
DTM+133:202403140600:203'
NAD+CA+MSC:172:20'
EQD+CN+<@c1@>+45G1:102:5+2+2+5'
LOC+11+CNSHA:139:6'
MEA+AAE+VGM+KGM:24870'
EQD+CN+<@c2@>+22G1:102:5+2+2+5'
LOC+11+SGSIN:139:6'
MEA+AAE+VGM+KGM:18320'
EQD+CN+<@c3@>+45R1:102:5+2+2+5'
LOC+11+BRSSZ:139:6'
TMP+2+-18.0:CEL'
MEA+AAE+VGM+KGM:27105'
CNT+16:3'
UNT+20+1'
UNZ+1+4417'
""", pw=_pw, imo=_imo, c1=_c1, c2=_c2, c3=_c3), _pw,
    "UN/EDIFACT ISO 9735 UNB segment S005 recipient's reference/password; SMDG COPRAR 2.1")

add("edifact/decoy-control-refs", "edi/samples/baplie/BAPLIE_9839179_V414W.edi", fill("""\
UNA:+.? '
UNB+UNOA:2+MSCBAPLIE:ZZZ+NLRTMECT:ZZZ+240311:2214+B0311221401'
UNH+M0000001+BAPLIE:D:95B:UN:SMDG22'
BGM++B0311221401+9'
DTM+137:2403112214:201'
TDT+20+414W+++MSC:172:20+++<@imo@>:146:11:MSC ARIANE'
LOC+5+DEHAM:139:6'
LOC+61+NLRTM:139:6'
DTM+178:2403120400:201'
LOC+147+0100282::5'
MEA+WT++KGM:24870'
LOC+9+DEHAM'
LOC+11+CNSHA'
RFF+BM:1'
EQD+CN+<@c1@>+4510+++5'
NAD+CA+MSC:172:20'
LOC+147+0120482::5'
MEA+WT++KGM:18320'
LOC+9+DEHAM'
LOC+11+SGSIN'
RFF+BM:1'
EQD+CN+<@c2@>+2210+++5'
NAD+CA+MSC:172:20'
UNT+23+M0000001'
UNZ+1+B0311221401'
""", imo=imo(), c1=container(), c2=container()), None,
    "SMDG BAPLIE 2.2 user manual; UNB without S005 password, control references only")

_isa = rand_pw(10)
add("x12/isa-security-password", "edi/x12/outbound/309_manifest_20240402_0412.x12", fill("""\
ISA*00*          *01*<@pw@>*ZZ*HARBORLNX      *ZZ*CBPACEMNF      *240402*0412*U*00401*000004127*0*P*>~
GS*SO*HARBORLNX*CBPACEMNF*20240402*0412*4127*X*004010~
ST*309*0001~
M10*HBLX*O*US*HBLX2207*0415*N*1*~
P4*2704*20240404*1~
V1*<@imo@>*HARBOR LYNX***HBLX*0415***L~
M11*HBLX24040211*2704*24*CT*18320*K***1~
N9*BM*HBLX24040211~
N1*SH*PACIFIC REEFER TRADING~
N1*CN*CENTRAL VALLEY IMPORTS LLC~
VID*<@own@>*<@serial@>*SL77812~
SE*11*0001~
GE*1*4127~
IEA*1*000004127~
""", pw=_isa, imo=imo(), own=container()[:4], serial=container()[4:]), _isa,
    "ASC X12 ISA segment: ISA03 qualifier 01, ISA04 security information (password); CBP ACE 309 manifest")

add("x12/decoy-blank-security", "tests/fixtures/edi/322_terminal_ops_sample.x12", fill("""\
ISA*00*          *00*          *ZZ*LBCTTERM       *ZZ*HARBORLNX      *240402*1133*U*00401*000000981*0*T*>~
GS*SO*LBCTTERM*HARBORLNX*20240402*1133*981*X*004010~
ST*322*0001~
ZC1*981*<@c1@>~
Q5*I*20240402*1120*LT*USLGB~
N7*<@o1@>*<@s1@>*****CN~
R4*D*UN*USLGB*LONG BEACH CONTAINER TERMINAL~
SE*7*0001~
ST*322*0002~
ZC1*982*<@c2@>~
Q5*OA*20240402*1131*LT*USLGB~
N7*<@o2@>*<@s2@>*****CN~
SE*6*0002~
GE*2*981~
IEA*1*000000981~
""", c1="BK24040201", c2="BK24040202", o1="TCLU", s1=container("TCLU")[4:], o2="SEGU", s2=container("SEGU")[4:]), None,
    "ASC X12 322 terminal operations fixture; ISA02/ISA04 blank with qualifier 00 (test indicator T)")

_ks = human_pw()
add("openas2-xml/keystore-password", "as2/openas2/config/config.xml", fill("""\
<openas2>
    <properties
        storageBaseDir="%home%/../data"
        log_date_format="yyyy-MM-dd HH:mm:ss.SSS"
        sql_timestamp_format="yyyy-MM-dd HH:mm:ss.SSS"
        as2_message_id_format="OPENAS2-$date.ddMMyyyyHHmmssZ$-$rand.UUID$@$msg.sender.as2_id$_$msg.receiver.as2_id$"
        as2_receive_message_filename_format="$msg.sender.as2_id$-$msg.receiver.as2_id$-$msg.headers.message-id$"
    />
    <certificates classname="org.openas2.cert.PKCS12CertificateFactory"
                  filename="%home%/as2_certs.p12"
                  password="<@pw@>"
                  interval="300"/>
    <partnerships classname="org.openas2.partner.XMLPartnershipFactory"
                  filename="%home%/partnerships.xml"/>
    <commandProcessors>
        <commandProcessor classname="org.openas2.cmd.processor.StreamCommandProcessor"/>
    </commandProcessors>
    <processor classname="org.openas2.processor.DefaultProcessor" pendingMDN="$properties.storageBaseDir$/pendingMDN3">
        <module classname="org.openas2.processor.receiver.AS2DirectoryPollingModule"
                outboxdir="$properties.storageBaseDir$/toAny"
                errordir="$properties.storageBaseDir$/toAny/error"
                interval="5"
                defaults="sender.as2_id=HARBORLNX_AS2, receiver.as2_id=PORTBASE_AS2"
                sendFilename="true"/>
        <module classname="org.openas2.processor.receiver.AS2ReceiverModule" port="10080"/>
    </processor>
</openas2>
""", pw=_ks), _ks, "OpenAS2 server guide: config.xml certificates element password attribute")

_sftp = name_pw()
add("python/sftp-password", "pcs/portbase/upload_cuscar.py", fill('''\
"""Drop CUSCAR manifests on the Portbase SFTP inbox (nightly, from cron on edi-gw-01)."""
import logging
from pathlib import Path

import paramiko

log = logging.getLogger("pcs.portbase")

HOST = "sftp.portbase.com"
PORT = 22
USER = "hlx_cuscar"
PASSWORD = "<@pw@>"
REMOTE_DIR = "/inbox/cuscar"


def upload(outbox: Path) -> int:
    transport = paramiko.Transport((HOST, PORT))
    transport.connect(username=USER, password=PASSWORD)
    sftp = paramiko.SFTPClient.from_transport(transport)
    sent = 0
    try:
        for path in sorted(outbox.glob("CUSCAR_*.edi")):
            sftp.put(str(path), f"{REMOTE_DIR}/{path.name}")
            path.rename(path.with_suffix(".sent"))
            sent += 1
    finally:
        sftp.close()
        transport.close()
    log.info("uploaded %d CUSCAR files", sent)
    return sent


if __name__ == "__main__":
    upload(Path("/srv/edi/outbox/cuscar"))
''', pw=_sftp), _sftp, "paramiko Transport.connect(username, password) documentation")

_dk = human_pw()
add("java-properties/ftp-password", "pcs-gateway/src/main/resources/dakosy-gateway.properties", fill("""\
# DAKOSY PCS gateway (Hamburg) - FTP exchange for IFTMIN / COPARN
dakosy.ftp.host=ftp.dakosy.de
dakosy.ftp.port=21
dakosy.ftp.passive=true
dakosy.ftp.user=HLXGW0417
dakosy.ftp.password=<@pw@>
dakosy.ftp.inbox=/in
dakosy.ftp.outbox=/out
dakosy.poll.cron=0 */5 * * * *
dakosy.message.types=IFTMIN,COPARN,CODECO
dakosy.archive.dir=/srv/pcs/archive/dakosy
""", pw=_dk), _dk, "Java .properties format (java.util.Properties); DAKOSY FTP exchange settings")

add("markdown/decoy-vault-reference", "pcs/README.md", """\
# PCS connectors

Connectors for the port community systems we exchange messages with: Portbase (NLRTM),
DAKOSY (DEHAM) and NxtPort (BEANR).

## Credentials

None of the passwords live in this repository. They are in Vault:

| System   | Vault path                     | Rotated by        |
|----------|--------------------------------|-------------------|
| Portbase | `secret/pcs/portbase/sftp`     | EDI team, 90 days |
| DAKOSY   | `secret/pcs/dakosy/ftp`        | EDI team, 90 days |
| NxtPort  | `secret/pcs/nxtport/api`       | Platform team     |

To test the Portbase inbox by hand:

```bash
export PORTBASE_TOKEN="$(vault kv get -field=token secret/pcs/portbase/api)"
curl -H "Authorization: Bearer ${PORTBASE_TOKEN}" https://api.portbase.com/v1/visits?port=NLRTM
```

Never paste the token into tickets; use `<redacted>` instead.
""", None, "Team runbook: secrets referenced by Vault KV path and environment variable")

_hm = uuid_s()
add("json/oauth-client-secret", "customs-gateway/config/production.json", fill("""\
{
  "port": 8080,
  "hmrc": {
    "baseUrl": "https://api.service.hmrc.gov.uk",
    "tokenUrl": "https://api.service.hmrc.gov.uk/oauth/token",
    "clientId": "hGk3xQ2pVm8RzL1tYw6nB4dJ0fS",
    "clientSecret": "<@secret@>",
    "scopes": ["write:customs-declaration", "read:customs-inventory-linking-exports"],
    "eori": "GB123456789000"
  },
  "declarations": {
    "queue": "cds-outbound",
    "retryLimit": 5
  },
  "logLevel": "info"
}
""", secret=_hm), _hm, "HMRC Developer Hub: OAuth 2.0 client credentials (client_id, client_secret)")

_key_ics = pem("RSA PRIVATE KEY", 14)
add("pem/rsa-private-key", "customs/ics2/certs/eori-client.key", _key_ics + "\n", _key_ics,
    "RFC 7468 textual encoding of a PKCS#1 RSA private key; ICS2 STI client certificate key")

add("pem/decoy-certificate-chain", "customs/ics2/certs/eu-ics2-ca-chain.pem",
    "# EU ICS2 STI - issuing CA and root, downloaded from the CIRCABC trust list\n"
    + cert_pem(10) + "\n" + cert_pem(9) + "\n", None,
    "RFC 7468 CERTIFICATE blocks: public CA chain, no private key")

_ace = phrase_pw()
add("shell/ftp-password-cli", "customs/ace/abi_transmit.sh", fill("""\
#!/usr/bin/env bash
# Transmit ABI entry summaries to the VAN mailbox. Runs every 15 minutes from cron.
set -euo pipefail

OUTBOX=/srv/ace/outbox
ARCHIVE=/srv/ace/archive/$(date +%Y%m%d)
mkdir -p "$ARCHIVE"

shopt -s nullglob
files=("$OUTBOX"/*.abi)
[ ${#files[@]} -eq 0 ] && exit 0

lftp -u 'hlxabi01,<@pw@>' -e "set ftp:ssl-force true; mput -O /inbound ${files[*]}; bye" ftps://van.ace-edi.net

mv "${files[@]}" "$ARCHIVE"/
logger -t ace-abi "sent ${#files[@]} files"
""", pw=_ace), _ace, "lftp(1) manual: -u user,password option")

_mss = human_pw()
add("appsettings-json/mssql", "src/EdiTranslator.Service/appsettings.Production.json", fill("""\
{
  "Logging": {
    "LogLevel": {
      "Default": "Information",
      "Microsoft.Hosting.Lifetime": "Information"
    }
  },
  "ConnectionStrings": {
    "EdiArchive": "Server=tcp:sql-edi-prd.port.local,1433;Database=EdiArchive;User Id=edi_translator;Password=<@pw@>;Encrypt=True;TrustServerCertificate=False;"
  },
  "Translator": {
    "InboundPath": "D:\\\\Edi\\\\Inbound",
    "Messages": [ "IFTSTA", "CODECO", "COARRI", "VERMAS" ],
    "SmdgVersion": "D.95B"
  }
}
""", pw=_mss), _mss, "ASP.NET Core configuration: ConnectionStrings in appsettings.json; SqlClient connection string keywords")

add("appsettings-json/decoy-keyvault-reference", "src/EdiTranslator.Service/appsettings.Development.json", """\
{
  "Logging": {
    "LogLevel": { "Default": "Debug" }
  },
  "ConnectionStrings": {
    "EdiArchive": "Server=(localdb)\\\\MSSQLLocalDB;Database=EdiArchive;Integrated Security=true;",
    "ServiceBus": "@Microsoft.KeyVault(SecretUri=https://kv-edi-dev.vault.azure.net/secrets/sb-edi-conn/)"
  },
  "Translator": {
    "InboundPath": "C:\\\\temp\\\\edi\\\\in",
    "Messages": [ "IFTSTA", "CODECO" ]
  }
}
""", None, "Azure App Service Key Vault references (@Microsoft.KeyVault(SecretUri=...)); LocalDB integrated security")

_cam = rand_pw(16)
add("camel-xml/sftp-uri-password", "edi-routes/src/main/resources/camel/iftmin-routes.xml", fill("""\
<?xml version="1.0" encoding="UTF-8"?>
<routes xmlns="http://camel.apache.org/schema/spring">
    <!-- IFTMIN booking confirmations from the carrier portal -->
    <route id="iftmin-inbound">
        <from uri="sftp://edi_in@sftp.carrierportal.net:22/outbox/iftmin?password=RAW(<@pw@>)&amp;delete=true&amp;delay=60000&amp;knownHostsFile=/etc/edi/known_hosts"/>
        <log message="IFTMIN received: ${header.CamelFileName}"/>
        <to uri="bean:edifactParser?method=parseIftmin"/>
        <to uri="jms:queue:bookings.confirmed"/>
    </route>
    <route id="iftmin-archive">
        <from uri="jms:queue:bookings.confirmed"/>
        <to uri="file:/srv/edi/archive/iftmin?fileName=${date:now:yyyyMMdd}/${header.CamelFileName}"/>
    </route>
</routes>
""", pw=_cam), _cam, "Apache Camel SFTP component: password option, RAW() value syntax")

_ck, _cs = chars(16, UPDIG), chars(64, ALNUM + "+/")
add("kafka-properties/confluent-api-secret", "pcs-events/client.properties", fill("""\
# Confluent Cloud cluster lkc-7x2q9 (eu-west-1) - port call events
bootstrap.servers=pkc-e8mp5.eu-west-1.aws.confluent.cloud:9092
security.protocol=SASL_SSL
sasl.mechanisms=PLAIN
sasl.mechanism=PLAIN
sasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule required username="<@key@>" password="<@secret@>";
client.dns.lookup=use_all_dns_ips
session.timeout.ms=45000
acks=all
# topics: portcall.events, berth.plan, vessel.eta
""", key=_ck, secret=_cs), _cs, "Confluent Cloud client configuration: SASL PLAIN with API key and secret in sasl.jaas.config")

add("kafka-properties/decoy-config-provider", "pcs-events/client-onprem.properties", """\
# On-prem Kafka (Strimzi) - credentials come from the mounted secret via FileConfigProvider
bootstrap.servers=kafka-bootstrap.pcs.svc:9093
security.protocol=SASL_SSL
sasl.mechanism=SCRAM-SHA-512
config.providers=file
config.providers.file.class=org.apache.kafka.common.config.provider.FileConfigProvider
sasl.jaas.config=org.apache.kafka.common.security.scram.ScramLoginModule required username="${file:/opt/kafka/secrets/pcs-user.properties:username}" password="${file:/opt/kafka/secrets/pcs-user.properties:password}";
ssl.truststore.location=/opt/kafka/certs/truststore.p12
ssl.truststore.type=PKCS12
""", None, "Apache Kafka KIP-297 externalized secrets: FileConfigProvider ${file:path:key}")

_amqp = human_pw()
add("python/amqp-url", "codeco/celeryconfig.py", fill('''\
# Celery settings for the CODECO gate-move processor
broker_url = "amqp://codeco:<@pw@>@mq-edi-01.port.local:5672/edi"
result_backend = "rpc://"
task_serializer = "json"
accept_content = ["json"]
timezone = "Europe/Amsterdam"
task_routes = {
    "codeco.tasks.parse_gate_move": {"queue": "codeco.in"},
    "codeco.tasks.notify_carrier": {"queue": "codeco.out"},
}
worker_prefetch_multiplier = 4
''', pw=_amqp), _amqp, "Celery configuration: broker_url with AMQP URI userinfo (RabbitMQ)")

_sb = b64bytes(32)
add("azure-functions-json/servicebus-key", "functions/VermasRelay/local.settings.json", fill("""\
{
  "IsEncrypted": false,
  "Values": {
    "AzureWebJobsStorage": "UseDevelopmentStorage=true",
    "FUNCTIONS_WORKER_RUNTIME": "dotnet-isolated",
    "VermasServiceBus": "Endpoint=sb://sb-pcs-prd.servicebus.windows.net/;SharedAccessKeyName=RootManageSharedAccessKey;SharedAccessKey=<@key@>",
    "VermasQueue": "vermas-outbound",
    "CarrierEndpoint": "https://vgm.carrierportal.net/api/v2/vermas"
  }
}
""", key=_sb), _sb, "Azure Functions local.settings.json; Service Bus connection string SharedAccessKey")

add("azure-functions-json/decoy-dev-storage", "functions/VermasRelay/local.settings.sample.json", """\
{
  "IsEncrypted": false,
  "Values": {
    "AzureWebJobsStorage": "UseDevelopmentStorage=true",
    "FUNCTIONS_WORKER_RUNTIME": "dotnet-isolated",
    "VermasServiceBus": "<service-bus-connection-string>",
    "VermasQueue": "vermas-outbound",
    "CarrierEndpoint": "https://vgm-test.carrierportal.net/api/v2/vermas"
  }
}
""", None, "Azure Functions docs: local.settings.json sample with placeholder values")

_vgm = human_pw()
add("go/basic-auth-call", "vgm-relay/internal/carrier/client.go", fill("""\
package carrier

import (
	"bytes"
	"context"
	"fmt"
	"net/http"
	"time"
)

const vgmEndpoint = "https://vgm.carrierportal.net/api/v2/vermas"

type Client struct {
	http *http.Client
}

func New() *Client {
	return &Client{http: &http.Client{Timeout: 20 * time.Second}}
}

// SubmitVermas posts one VERMAS interchange for a container.
func (c *Client) SubmitVermas(ctx context.Context, edi []byte) error {
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, vgmEndpoint, bytes.NewReader(edi))
	if err != nil {
		return err
	}
	req.Header.Set("Content-Type", "application/edifact")
	req.SetBasicAuth("hlx_vgm", "<@pw@>")
	resp, err := c.http.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode >= 300 {
		return fmt.Errorf("vermas rejected: %s", resp.Status)
	}
	return nil
}
""", pw=_vgm), _vgm, "Go net/http Request.SetBasicAuth documentation")

_cusdec = name_pw()
add("powershell/basic-auth-header", "scripts/Send-Cusdec.ps1", fill("""\
<#
.SYNOPSIS
  Posts CUSDEC declarations from the outbox to the customs broker gateway.
#>
param(
    [string]$Outbox = 'D:\\Customs\\Outbox',
    [string]$Gateway = 'https://gateway.broker-edi.com/cusdec'
)

$headers = @{
    'Authorization' = 'Basic <@basic@>'
    'Content-Type'  = 'application/edifact'
}

Get-ChildItem -Path $Outbox -Filter 'CUSDEC_*.edi' | ForEach-Object {
    $body = Get-Content -Raw -Path $_.FullName
    $resp = Invoke-RestMethod -Uri $Gateway -Method Post -Headers $headers -Body $body
    Write-Host "$($_.Name) -> $($resp.reference)"
    Move-Item $_.FullName -Destination (Join-Path $Outbox 'sent')
}
""", basic=b64("hlxcustoms:" + _cusdec)), _cusdec, "RFC 7617 HTTP Basic authentication; Invoke-RestMethod -Headers")

add("powershell/decoy-secretmanagement", "scripts/Send-Cusdec.Vault.ps1", """\
#Requires -Modules Microsoft.PowerShell.SecretManagement
param(
    [string]$Outbox = 'D:\\Customs\\Outbox',
    [string]$Gateway = 'https://gateway.broker-edi.com/cusdec'
)

# The broker credential is stored in the local SecretStore vault as 'BrokerGateway'.
$cred = Get-Secret -Name 'BrokerGateway' -Vault 'CustomsVault'

Get-ChildItem -Path $Outbox -Filter 'CUSDEC_*.edi' | ForEach-Object {
    $body = Get-Content -Raw -Path $_.FullName
    Invoke-RestMethod -Uri $Gateway -Method Post -Credential $cred -Authentication Basic -Body $body
}
""", None, "Microsoft.PowerShell.SecretManagement Get-Secret; Invoke-RestMethod -Credential")

# ---------------------------------------------------------------- AIS and vessel tracking
_mt = hexs(40)
add("python/marinetraffic-key", "tracking/marinetraffic/poll_positions.py", fill('''\
"""Pull fleet positions from MarineTraffic PS06 every 10 minutes and store them in PostGIS."""
import requests

from tracking.db import upsert_positions

API_KEY = "<@key@>"
FLEET_ID = 1893241
URL = "https://services.marinetraffic.com/api/exportvessels/v:8/{key}/timespan:10/protocol:jsono"


def poll() -> int:
    resp = requests.get(URL.format(key=API_KEY), params={"fleet_id": FLEET_ID}, timeout=30)
    resp.raise_for_status()
    rows = resp.json()
    upsert_positions(
        (r["MMSI"], r["IMO"], float(r["LAT"]), float(r["LON"]), float(r["SPEED"]) / 10, r["TIMESTAMP"])
        for r in rows
    )
    return len(rows)


if __name__ == "__main__":
    print(poll())
''', key=_mt), _mt, "MarineTraffic API services: API key in the request path (exportvessels)")

_mt2 = hexs(40)
add("crontab/marinetraffic-key-url", "ops/cron/vessel-eta.crontab", fill("""\
# m h dom mon dow  command
SHELL=/bin/bash
MAILTO=ops-alerts@harborlynx.example
# ETA refresh for vessels expected in the next 72 h (PS07 single vessel)
*/20 * * * * curl -s "https://services.marinetraffic.com/api/exportvessel/v:5/<@key@>/timespan:20/mmsi:<@mmsi@>/protocol:jsono" -o /srv/eta/<@mmsi@>.json
5 * * * * /opt/eta/bin/merge-eta --in /srv/eta --out /srv/eta/merged.json
30 2 * * * find /srv/eta -name '*.json' -mtime +7 -delete
""", key=_mt2, mmsi=mmsi("538")), _mt2, "crontab(5) format; MarineTraffic exportvessel API key in URL path")

_spire = rand_pw(32)
add("javascript/bearer-token", "spire-sync/src/spireClient.js", fill("""\
const fetch = require('node-fetch');

const SPIRE_URL = 'https://api.spire.com/graphql';
const SPIRE_TOKEN = '<@token@>';

const QUERY = `
  query Vessels($imo: [IMO!]) {
    vessels(imo: $imo) {
      nodes {
        staticData { name imo mmsi callsign }
        lastPositionUpdate { latitude longitude speed timestamp }
        currentVoyage { destination eta }
      }
    }
  }`;

async function fetchVessels(imos) {
  const res = await fetch(SPIRE_URL, {
    method: 'POST',
    headers: {
      'Content-Type': 'application/json',
      Authorization: `Bearer ${SPIRE_TOKEN}`,
    },
    body: JSON.stringify({ query: QUERY, variables: { imo: imos } }),
  });
  if (!res.ok) throw new Error(`Spire ${res.status}`);
  return (await res.json()).data.vessels.nodes;
}

module.exports = { fetchVessels };
""", token=_spire), _spire, "Spire Maritime 2.0 GraphQL API: Authorization Bearer token")

_dl = uuid_s()
_nb = {
    "cells": [
        {"cell_type": "markdown", "metadata": {}, "source": ["# Anchorage dwell time, Rotterdam approaches\n",
                                                             "Positions from Datalastic `vessel_history`."]},
        {"cell_type": "code", "execution_count": 1, "metadata": {}, "outputs": [],
         "source": ["import pandas as pd\n", "import requests\n", "\n",
                    "API_KEY = \"" + _dl + "\"\n",
                    "BASE = \"https://api.datalastic.com/api/v0\""]},
        {"cell_type": "code", "execution_count": 2, "metadata": {}, "outputs": [],
         "source": ["r = requests.get(f\"{BASE}/vessel_history\", params={\"api-key\": API_KEY, \"imo\": \"9839179\", \"days\": 7})\n",
                    "df = pd.DataFrame(r.json()[\"data\"][\"positions\"])\n",
                    "df.head()"]},
    ],
    "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
    "nbformat": 4, "nbformat_minor": 5,
}
add("notebook/datalastic-key", "notebooks/anchorage_dwell_rotterdam.ipynb", json.dumps(_nb, indent=1) + "\n", _dl,
    "Jupyter nbformat 4 JSON; Datalastic API api-key query parameter")

_nb2 = {
    "cells": [
        {"cell_type": "code", "execution_count": 1, "metadata": {}, "outputs": [],
         "source": ["import os\n", "import pandas as pd\n", "API_KEY = os.environ[\"DATALASTIC_API_KEY\"]"]},
        {"cell_type": "code", "execution_count": 2, "metadata": {},
         "outputs": [{"output_type": "execute_result", "execution_count": 2, "metadata": {},
                      "data": {"text/plain": ["        mmsi      imo   lat     lon  sog\n",
                                              "0  " + mmsi("244") + "  " + imo() + "  51.98  4.05  0.1\n",
                                              "1  " + mmsi("636") + "  " + imo() + "  51.97  3.98  0.0"]}}],
         "source": ["df = pd.read_parquet(\"s3://ais-archive/anchorage/2024-03.parquet\")\n", "df.head(2)"]},
        {"cell_type": "code", "execution_count": 3, "metadata": {},
         "outputs": [{"name": "stdout", "output_type": "stream", "text": ["etag: " + hexs(32) + "\n"]}],
         "source": ["print('etag:', obj['ETag'].strip('\"'))"]},
    ],
    "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
    "nbformat": 4, "nbformat_minor": 5,
}
add("notebook/decoy-env-and-ids", "notebooks/anchorage_dwell_march.ipynb", json.dumps(_nb2, indent=1) + "\n", None,
    "Jupyter nbformat 4; key from os.environ, outputs with MMSI/IMO and an S3 ETag (MD5)")

add("nmea/decoy-aivdm-log", "data/raw/ais_2024-03-12_0600.nmea",
    "\n".join(aivdm() for _ in range(14)) + "\n", None,
    "IEC 61162-1 / NMEA 0183 AIVDM sentences with six-bit payload and XOR checksum")

_ac = name_pw()
add("json/mqtt-url-password", "aiscatcher/config.json", fill("""\
{
  "config": "aiscatcher",
  "version": 1,
  "input": "rtlsdr",
  "serial": "00000162",
  "rtlsdr": { "tuner": "auto", "bandwidth": 192, "rtlagc": true, "biastee": false },
  "verbose": true,
  "udp": [
    { "host": "5.9.207.224", "port": 10110, "description": "MarineTraffic feeder" }
  ],
  "mqtt": [
    { "url": "mqtt://aisfeed:<@pw@>@mqtt.harbour-ops.net:1883", "topic": "ais/station/ijmuiden", "qos": 0 }
  ],
  "server": { "active": true, "port": 8100, "station": "IJmuiden pier" }
}
""", pw=_ac), _ac, "AIS-catcher JSON configuration: udp and mqtt outputs (MQTT URL with userinfo)")

_mq = human_pw()
add("mosquitto-conf/bridge-password", "mosquitto/conf.d/bridge-shore.conf", fill("""\
# Bridge the quay edge broker to the shore broker in the operations centre
connection shore-ops
address mqtt.harbour-ops.net:8883
bridge_protocol_version mqttv311
bridge_cafile /etc/mosquitto/certs/harbour-ops-ca.crt
remote_clientid quay-edge-07
remote_username quay-edge
remote_password <@pw@>
topic ais/# out 1
topic pedestal/+/meter out 1
topic cmd/quay-edge-07/# in 1
cleansession false
notifications true
""", pw=_mq), _mq, "mosquitto.conf(5): bridge remote_username / remote_password")

add("mosquitto-conf/decoy-paths", "mosquitto/mosquitto.conf", """\
# Quay edge broker
per_listener_settings true
persistence true
persistence_location /mosquitto/data/
log_dest stdout

listener 1883 127.0.0.1
allow_anonymous true

listener 8883
cafile /mosquitto/certs/ca.crt
certfile /mosquitto/certs/quay-edge-07.crt
keyfile /mosquitto/certs/quay-edge-07.key
require_certificate false
password_file /mosquitto/config/passwd
acl_file /mosquitto/config/acl
allow_anonymous false

include_dir /mosquitto/conf.d
""", None, "mosquitto.conf(5): password_file, acl_file and key file paths only")

_infl = b64url_bytes(64)
add("telegraf-conf/influx-token", "telegraf/telegraf.d/ais_influx.conf", fill("""\
[[inputs.socket_listener]]
  service_address = "udp://:10110"
  data_format = "value"
  data_type = "string"
  name_override = "ais_raw"

[[outputs.influxdb_v2]]
  urls = ["https://influx.harbour-ops.net:8086"]
  token = "<@token@>"
  organization = "harbour-ops"
  bucket = "ais"
  timeout = "10s"
""", token=_infl), _infl, "Telegraf influxdb_v2 output plugin: token setting; InfluxDB 2 API token shape")

add("telegraf-conf/decoy-env-token", "telegraf/telegraf.d/pedestals_influx.conf", """\
[[inputs.mqtt_consumer]]
  servers = ["ssl://mqtt.harbour-ops.net:8883"]
  topics = ["pedestal/+/meter"]
  username = "${MQTT_USER}"
  password = "${MQTT_PASSWORD}"
  data_format = "json"
  tag_keys = ["pedestal", "berth"]

[[outputs.influxdb_v2]]
  urls = ["https://influx.harbour-ops.net:8086"]
  token = "${INFLUX_TOKEN}"
  organization = "harbour-ops"
  bucket = "shore_power"
""", None, "Telegraf configuration: environment variable substitution ${VAR}")

_gf = human_pw()
add("grafana-provisioning/postgres-password", "grafana/provisioning/datasources/postgis.yaml", fill("""\
apiVersion: 1

datasources:
  - name: AIS PostGIS
    type: postgres
    uid: ais-postgis
    url: pg-ais.harbour-ops.net:5432
    user: grafana_ro
    jsonData:
      database: ais
      sslmode: require
      postgresVersion: 1500
      timescaledb: true
    secureJsonData:
      password: "<@pw@>"
    editable: false
""", pw=_gf), _gf, "Grafana data source provisioning: secureJsonData.password")

_dbt = name_pw()
add("dbt-profiles/postgres-password", "analytics/dbt/profiles.yml", fill("""\
ais_analytics:
  target: prod
  outputs:
    prod:
      type: postgres
      host: pg-ais.harbour-ops.net
      port: 5432
      user: dbt_runner
      password: "<@pw@>"
      dbname: ais
      schema: marts
      threads: 6
      sslmode: require
""", pw=_dbt), _dbt, "dbt Postgres profile (profiles.yml): password field")

add("dbt-profiles/decoy-env-var", "analytics/dbt/profiles.ci.yml", """\
ais_analytics:
  target: ci
  outputs:
    ci:
      type: postgres
      host: "{{ env_var('DBT_HOST') }}"
      port: 5432
      user: "{{ env_var('DBT_USER') }}"
      password: "{{ env_var('DBT_PASSWORD') }}"
      dbname: ais_ci
      schema: "ci_{{ env_var('CI_PIPELINE_ID', 'local') }}"
      threads: 4
""", None, "dbt docs: env_var Jinja function in profiles.yml")

_gsa = pem("PRIVATE KEY", 16)
_gsa_json = json.dumps({
    "type": "service_account",
    "project_id": "ais-archive-prod",
    "private_key_id": hexs(40),
    "private_key": _gsa + "\n",
    "client_email": "bq-loader@ais-archive-prod.iam.gserviceaccount.com",
    "client_id": "1" + chars(20, string.digits),
    "auth_uri": "https://accounts.google.com/o/oauth2/auth",
    "token_uri": "https://oauth2.googleapis.com/token",
    "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",
    "client_x509_cert_url": "https://www.googleapis.com/robot/v1/metadata/x509/bq-loader%40ais-archive-prod.iam.gserviceaccount.com",
}, indent=2) + "\n"
add("gcp-json/service-account-key", "keys/ais-archive-bq-loader.json", _gsa_json, _gsa.replace("\n", "\\n"),
    "Google Cloud service account key file (JSON) private_key field")

_aws_id, _aws_sec = fakes.aws_key_id(_seed()), fakes.aws_secret_key(_seed())
add("aws-credentials/secret-key", "ops/aws/credentials", fill("""\
[default]
region = eu-west-1

[ais-archive]
aws_access_key_id = <@id@>
aws_secret_access_key = <@sec@>
region = eu-west-1

[ais-archive-readonly]
role_arn = arn:aws:iam::418273641902:role/ais-archive-ro
source_profile = ais-archive
""", id=_aws_id, sec=_aws_sec), _aws_sec, "AWS CLI shared credentials file format")

_k_id, _k_sec = fakes.aws_key_id(_seed()), fakes.aws_secret_key(_seed())
add("java/aws-keys-in-code", "ais-ingest/src/main/java/net/harbourops/ais/KinesisSink.java", fill("""\
package net.harbourops.ais;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.kinesis.KinesisClient;
import software.amazon.awssdk.services.kinesis.model.PutRecordRequest;

public final class KinesisSink {
    private static final String STREAM = "ais-positions";
    private final KinesisClient kinesis;

    public KinesisSink() {
        AwsBasicCredentials creds = AwsBasicCredentials.create(
                "<@id@>",
                "<@sec@>");
        this.kinesis = KinesisClient.builder()
                .region(Region.EU_WEST_1)
                .credentialsProvider(StaticCredentialsProvider.create(creds))
                .build();
    }

    public void put(String mmsi, byte[] nmea) {
        kinesis.putRecord(PutRecordRequest.builder()
                .streamName(STREAM)
                .partitionKey(mmsi)
                .data(SdkBytes.fromByteArray(nmea))
                .build());
    }
}
""", id=_k_id, sec=_k_sec), _k_sec, "AWS SDK for Java 2.x: AwsBasicCredentials.create(accessKeyId, secretAccessKey)")

_sk = hexs(64)
add("signalk-json/jwt-secret", "boat-server/.signalk/security.json", fill("""\
{
  "allow_readonly": true,
  "expiration": "1d",
  "secretKey": "<@key@>",
  "users": [
    {
      "username": "marina",
      "type": "admin",
      "password": "$2a$10$" + "x"
    }
  ],
  "devices": [],
  "immutableConfig": false,
  "acls": [],
  "allowDeviceAccessRequests": true,
  "allowNewUserRegistration": false
}
""", key=_sk).replace('"$2a$10$" + "x"', '"$2a$10$' + chars(53, ALNUM + "./") + '"'), _sk,
    "Signal K server security.json: secretKey used to sign access tokens")

_rs = human_pw()
add("toml/postgres-url", "ais-decoder/config/production.toml", fill("""\
[server]
bind = "0.0.0.0:7000"
workers = 8

[nmea]
listen = "0.0.0.0:10110"
stations = ["ijmuiden", "hoek-van-holland", "vlissingen"]

[database]
url = "postgres://ais_writer:<@pw@>@pg-ais.harbour-ops.net:5432/ais?sslmode=require"
max_connections = 20

[metrics]
prometheus = "0.0.0.0:9100"
""", pw=_rs), _rs, "TOML v1.0; PostgreSQL connection URI (libpq) with password in userinfo")

add("toml/decoy-no-password", "ais-decoder/config/default.toml", """\
[server]
bind = "127.0.0.1:7000"
workers = 2

[nmea]
listen = "127.0.0.1:10110"
stations = ["local"]

[database]
# Password comes from PGPASSWORD or ~/.pgpass (libpq); never put it in this URL.
url = "postgres://ais_writer@localhost:5432/ais"
max_connections = 5
""", None, "libpq connection URI without password; PGPASSWORD / .pgpass lookup")

_mbs = mapbox_token("sk", "harbourops")
add("dotenv/mapbox-secret", "tracking-web/.env.production", fill("""\
NODE_ENV=production
VITE_API_BASE=https://api.harbour-ops.net
VITE_MAP_STYLE=mapbox://styles/harbourops/clt9x2m0k00a901qz5d3g8h1v
# used by scripts/upload-tilesets.js at build time (Uploads API needs a secret token)
MAPBOX_UPLOAD_TOKEN=<@tok@>
SENTRY_ENVIRONMENT=production
""", tok=_mbs), _mbs, "Mapbox access tokens: secret tokens (sk.) with uploads:write scope")

add("typescript/decoy-mapbox-public", "tracking-web/src/config/map.ts", fill("""\
// Public Mapbox token: URL-restricted to *.harbour-ops.net, styles:read + fonts:read only.
// Mapbox documents pk. tokens as safe to ship in client-side code.
export const MAPBOX_PUBLIC_TOKEN =
  '<@pk@>';

export const MAP_STYLE = 'mapbox://styles/harbourops/clt9x2m0k00a901qz5d3g8h1v';

export const PORT_BOUNDS: [[number, number], [number, number]] = [
  [3.95, 51.85],
  [4.55, 52.02],
];

export const VESSEL_COLOURS: Record<string, string> = {
  cargo: '#2e7d32',
  tanker: '#c62828',
  passenger: '#1565c0',
  pleasure: '#f9a825',
};
""", pk=mapbox_token("pk", "harbourops")), None, "Mapbox docs: public tokens (pk.) are meant for client-side use")

_ais = hexs(40)
add("go/api-key-in-message", "aisstream/cmd/bbox-listener/main.go", fill("""\
package main

import (
	"encoding/json"
	"log"

	"github.com/gorilla/websocket"
)

type subscription struct {
	APIKey        string          `json:"APIKey"`
	BoundingBoxes [][][2]float64  `json:"BoundingBoxes"`
	FilterTypes   []string        `json:"FilterMessageTypes"`
}

func main() {
	conn, _, err := websocket.DefaultDialer.Dial("wss://stream.aisstream.io/v0/stream", nil)
	if err != nil {
		log.Fatal(err)
	}
	defer conn.Close()

	sub := subscription{
		APIKey:        "<@key@>",
		BoundingBoxes: [][][2]float64{{{51.85, 3.95}, {52.02, 4.55}}},
		FilterTypes:   []string{"PositionReport", "ShipStaticData"},
	}
	msg, _ := json.Marshal(sub)
	if err := conn.WriteMessage(websocket.TextMessage, msg); err != nil {
		log.Fatal(err)
	}
	for {
		_, data, err := conn.ReadMessage()
		if err != nil {
			log.Fatal(err)
		}
		log.Println(string(data))
	}
}
""", key=_ais), _ais, "aisstream.io documentation: subscription message APIKey field over WebSocket")

_ls = name_pw()
add("logstash-conf/es-password", "logstash/pipeline/ais-positions.conf", fill("""\
input {
  kafka {
    bootstrap_servers => "kafka-bootstrap.ais.svc:9092"
    topics => ["ais.positions"]
    codec => json
  }
}
filter {
  mutate { convert => { "sog" => "float" "cog" => "float" } }
  mutate { add_field => { "[location][lat]" => "%{lat}" "[location][lon]" => "%{lon}" } }
}
output {
  elasticsearch {
    hosts => ["https://es-ais.harbour-ops.net:9200"]
    index => "ais-positions-%{+YYYY.MM.dd}"
    user => "logstash_ais"
    password => "<@pw@>"
    ssl_certificate_authorities => ["/usr/share/logstash/certs/ca.crt"]
  }
}
""", pw=_ls), _ls, "Logstash elasticsearch output plugin: user and password options")

_redis_k8s = fakes.redis_password(_seed())
add("k8s-secret/redis-password", "deploy/k8s/ais-ingest/secret.yaml", fill("""\
apiVersion: v1
kind: Secret
metadata:
  name: ais-ingest-redis
  namespace: ais
  labels:
    app.kubernetes.io/name: ais-ingest
type: Opaque
data:
  REDIS_HOST: <@host@>
  REDIS_PORT: <@port@>
  REDIS_PASSWORD: <@pw@>
""", host=b64("redis-ais-master.ais.svc"), port=b64("6379"), pw=b64(_redis_k8s)), _redis_k8s,
    "Kubernetes Secret: data values are base64-encoded")

add("k8s-externalsecret/decoy-remote-ref", "deploy/k8s/ais-ingest/externalsecret.yaml", """\
apiVersion: external-secrets.io/v1beta1
kind: ExternalSecret
metadata:
  name: ais-ingest-db
  namespace: ais
spec:
  refreshInterval: 1h
  secretStoreRef:
    kind: ClusterSecretStore
    name: aws-secrets-manager
  target:
    name: ais-ingest-db
    creationPolicy: Owner
  data:
    - secretKey: DATABASE_PASSWORD
      remoteRef:
        key: prod/ais/postgres
        property: password
    - secretKey: MARINETRAFFIC_API_KEY
      remoteRef:
        key: prod/ais/marinetraffic
        property: api_key
""", None, "External Secrets Operator ExternalSecret: remoteRef to AWS Secrets Manager")

_pgc = human_pw()
add("docker-compose/postgres-password", "ais-stack/docker-compose.yml", fill("""\
services:
  postgis:
    image: postgis/postgis:16-3.4
    restart: unless-stopped
    environment:
      POSTGRES_DB: ais
      POSTGRES_USER: ais
      POSTGRES_PASSWORD: "<@pw@>"
    volumes:
      - pgdata:/var/lib/postgresql/data
    ports:
      - "5432:5432"
  decoder:
    image: registry.harbour-ops.net/ais/decoder:2.4.1
    depends_on: [postgis]
    environment:
      DATABASE_URL: postgres://ais@postgis:5432/ais
    ports:
      - "10110:10110/udp"
volumes:
  pgdata:
""", pw=_pgc), _pgc, "Docker official postgres image: POSTGRES_PASSWORD; Compose file specification")

add("docker-compose/decoy-required-vars", "ais-stack/docker-compose.override.yml", """\
services:
  postgis:
    environment:
      POSTGRES_PASSWORD: ${POSTGRES_PASSWORD:?set POSTGRES_PASSWORD in .env}
  decoder:
    environment:
      DATABASE_URL: postgres://ais:${POSTGRES_PASSWORD}@postgis:5432/ais
      MARINETRAFFIC_API_KEY: ${MARINETRAFFIC_API_KEY:-}
  grafana:
    image: grafana/grafana:10.4.1
    environment:
      GF_SECURITY_ADMIN_PASSWORD__FILE: /run/secrets/grafana_admin
    secrets:
      - grafana_admin
secrets:
  grafana_admin:
    file: ./secrets/grafana_admin.txt
""", None, "Compose interpolation ${VAR:?err} and file-based secrets (__FILE convention)")

_mk = rand_pw(22)
add("makefile/postgres-url-cli", "ais-stack/Makefile", fill("""\
.PHONY: up down migrate seed psql

PG_URL := postgresql://ais_admin:<@pw@>@pg-ais.harbour-ops.net:5432/ais?sslmode=require

up:
\tdocker compose up -d

down:
\tdocker compose down

migrate:
\tpsql "$(PG_URL)" -v ON_ERROR_STOP=1 -f sql/migrations/all.sql

seed:
\tpsql "$(PG_URL)" -f sql/seed/ports.sql

psql:
\tpsql "$(PG_URL)"
""", pw=_mk), _mk, "GNU make variables; psql connection URI")

_ch = human_pw()
add("clickhouse-xml/user-password", "clickhouse/users.d/ais_loader.xml", fill("""\
<clickhouse>
    <users>
        <ais_loader>
            <password><@pw@></password>
            <networks>
                <ip>10.40.0.0/16</ip>
            </networks>
            <profile>default</profile>
            <quota>default</quota>
            <access_management>0</access_management>
            <allow_databases>
                <database>ais</database>
            </allow_databases>
        </ais_loader>
    </users>
</clickhouse>
""", pw=_ch), _ch, "ClickHouse settings: users.xml <password> in plaintext")

add("clickhouse-xml/decoy-from-env", "clickhouse/users.d/grafana_ro.xml", """\
<clickhouse>
    <users>
        <grafana_ro>
            <password from_env="CLICKHOUSE_GRAFANA_PASSWORD"/>
            <networks>
                <ip>10.40.12.0/24</ip>
            </networks>
            <profile>readonly</profile>
            <quota>default</quota>
            <allow_databases>
                <database>ais</database>
            </allow_databases>
        </grafana_ro>
    </users>
</clickhouse>
""", None, "ClickHouse configuration files: from_env substitution attribute")

# ---------------------------------------------------------------- terminal operating systems
_n4 = human_pw()
add("groovy/n4-webservice-password", "n4/groovy/RefreshBerthWindowsJob.groovy", fill("""\
import com.navis.argo.webservice.external.ArgoServiceLocator
import com.navis.argo.webservice.external.ArgoServicePort
import com.navis.argo.webservice.external.ScopeCoordinateIdsWsType
import org.apache.axis.client.Stub
import org.apache.log4j.Logger

class RefreshBerthWindowsJob {
    private static final Logger LOG = Logger.getLogger(RefreshBerthWindowsJob.class)
    private static final String N4_URL = "http://n4-app-01.terminal.local:9080/apex/services/argoservice"

    String execute(Map params) {
        ArgoServicePort port = new ArgoServiceLocator().getArgoServicePort(new URL(N4_URL))
        Stub stub = (Stub) port
        stub._setProperty(Stub.USERNAME_PROPERTY, "wsintegration")
        stub._setProperty(Stub.PASSWORD_PROPERTY, "<@pw@>")

        ScopeCoordinateIdsWsType scope = new ScopeCoordinateIdsWsType()
        scope.operatorId = "HLX"
        scope.complexId = "NLRTM"
        scope.facilityId = "HLXT"
        scope.yardId = "HLXT"

        String xml = "<groovy class-name='BerthWindowExport' class-location='database'><parameters/></groovy>"
        def response = port.genericInvoke(scope, xml)
        LOG.info("berth window export: ${response.commonResponse.status}")
        return response.responsePayLoad
    }
}
""", pw=_n4), _n4, "Navis N4 ArgoService web service (Axis SOAP stub, basic auth username/password)")

_n4b = name_pw()
add("markdown/curl-user-password", "docs/runbooks/n4-webservice-smoke-test.md", fill("""\
# N4 web service smoke test

Run this after every N4 upgrade or app server restart.

1. Check the ArgoService WSDL answers:

   ```bash
   curl -s -o /dev/null -w '%{http_code}\\n' http://n4-app-01.terminal.local:9080/apex/services/argoservice?wsdl
   ```

2. Call `genericInvoke` with the integration account:

   ```bash
   curl -u wsintegration:<@pw@> \\
        -H 'Content-Type: text/xml; charset=utf-8' -H 'SOAPAction: ""' \\
        --data @docs/runbooks/genericInvoke-unit-query.xml \\
        http://n4-app-01.terminal.local:9080/apex/services/argoservice
   ```

   A healthy response has `<status>1</status>` and the unit list.

3. Post the result in #terminal-ops.
""", pw=_n4b), _n4b, "curl(1) manual: -u user:password; Navis N4 ArgoService genericInvoke")

add("markdown/decoy-env-credentials", "docs/runbooks/n4-unit-query.md", """\
# Query a unit through the N4 web service

```bash
# credentials: 1Password vault "Terminal Ops", item "N4 wsintegration"
export N4_USER=wsintegration
read -rs N4_PASS
curl -u "$N4_USER:$N4_PASS" \\
     -H 'Content-Type: text/xml; charset=utf-8' \\
     --data @unit-query.xml \\
     http://n4-app-01.terminal.local:9080/apex/services/argoservice
```

Replace the container id in `unit-query.xml` (e.g. `MSCU1234565`), keep the scope
`HLX/NLRTM/HLXT/HLXT`. Never commit the password; `read -rs` keeps it out of shell history.
""", None, "curl -u with shell variables; password read from the terminal")

_ora = human_pw()
add("shell/sqlplus-password", "reporting/bin/berth_utilisation.sh", fill("""\
#!/bin/sh
# Nightly berth utilisation extract from the N4 reporting replica
set -e
export ORACLE_HOME=/u01/app/oracle/product/19.0.0/client_1
export PATH=$ORACLE_HOME/bin:$PATH
export NLS_DATE_FORMAT='YYYY-MM-DD HH24:MI'

OUT=/srv/reports/berth_util_$(date +%Y%m%d).csv

sqlplus -s n4_reports/"<@pw@>"@N4RPT <<EOF > "$OUT"
set markup csv on
set feedback off
@/opt/reports/sql/berth_utilisation.sql
exit
EOF

gzip -f "$OUT"
""", pw=_ora), _ora, "SQL*Plus command line: user/password@connect_identifier")

_ls_pw = rand_pw(18)
add("sql/linked-server-password", "db/mssql/linked_servers/add_tos_link.sql", fill("""\
-- Linked server from the gate DB to the TOS reporting replica (run once per environment)
USE [master];
GO
EXEC master.dbo.sp_addlinkedserver
     @server = N'TOS_RPT',
     @srvproduct = N'Oracle',
     @provider = N'OraOLEDB.Oracle',
     @datasrc = N'N4RPT';
GO
EXEC master.dbo.sp_addlinkedsrvlogin
     @rmtsrvname = N'TOS_RPT',
     @useself = N'False',
     @locallogin = NULL,
     @rmtuser = N'gate_link',
     @rmtpassword = N'<@pw@>';
GO
EXEC master.dbo.sp_serveroption @server = N'TOS_RPT', @optname = N'rpc out', @optvalue = N'true';
GO
""", pw=_ls_pw), _ls_pw, "SQL Server sp_addlinkedsrvlogin @rmtpassword")

add("sql/decoy-sqlcmd-variable", "db/mssql/security/004_gate_reader_login.sql", """\
-- Run with: sqlcmd -S sql-gate-prd -i 004_gate_reader_login.sql -v GateReaderPassword="<from vault>"
:setvar GateReaderPassword $(GateReaderPassword)
IF NOT EXISTS (SELECT 1 FROM sys.server_principals WHERE name = N'gate_reader')
BEGIN
    CREATE LOGIN [gate_reader] WITH PASSWORD = N'$(GateReaderPassword)', CHECK_POLICY = ON;
END
GO
CREATE TABLE dbo.gate_transaction (
    id            UNIQUEIDENTIFIER NOT NULL DEFAULT NEWID() PRIMARY KEY,
    container_no  CHAR(11)         NOT NULL,
    image_sha256  CHAR(64)         NOT NULL,
    created_at    DATETIME2        NOT NULL DEFAULT SYSUTCDATETIME()
);
GO
""", None, "sqlcmd scripting variables $(var) and :setvar")

_tw = human_pw()
add("ruby/faraday-basic-auth", "integrations/tideworks/forecast_sync.rb", fill("""\
# frozen_string_literal: true

require 'faraday'
require 'json'

module Tideworks
  # Pulls the vessel forecast from Spinnaker and pushes it to the gate appointment system.
  class ForecastSync
    BASE_URL = 'https://spinnaker.terminal.local/api/v1'

    def initialize
      @conn = Faraday.new(url: BASE_URL) do |f|
        f.request :authorization, :basic, 'tas_sync', '<@pw@>'
        f.response :raise_error
        f.adapter Faraday.default_adapter
      end
    end

    def call
      forecast = JSON.parse(@conn.get('vessel-visits', status: 'INBOUND').body)
      forecast.each do |visit|
        Appointment::Window.upsert(visit.fetch('visitId'), visit.fetch('eta'), visit.fetch('cutoff'))
      end
    end
  end
end
""", pw=_tw), _tw, "Faraday 2 docs: request :authorization, :basic, user, password")

_opc = rand_pw(16, "!#%")
add("python/opcua-password", "crane-telemetry/collector/opcua_reader.py", fill('''\
"""Read spreader and hoist tags from the STS crane PLCs over OPC UA."""
import asyncio

from asyncua import Client

CRANES = {
    "STS01": "opc.tcp://10.60.1.11:4840",
    "STS02": "opc.tcp://10.60.1.12:4840",
}
TAGS = ["ns=3;s=Hoist.LoadKg", "ns=3;s=Spreader.Locked", "ns=3;s=Trolley.PositionMm"]


async def read_crane(name: str, url: str) -> dict:
    client = Client(url=url)
    client.set_user("telemetry")
    client.set_password("<@pw@>")
    await client.set_security_string("Basic256Sha256,SignAndEncrypt,certs/collector.der,certs/collector.pem")
    async with client:
        values = [await client.get_node(tag).read_value() for tag in TAGS]
    return {"crane": name, **dict(zip(TAGS, values))}


async def main() -> None:
    results = await asyncio.gather(*(read_crane(n, u) for n, u in CRANES.items()))
    for row in results:
        print(row)


if __name__ == "__main__":
    asyncio.run(main())
''', pw=_opc), _opc, "asyncua Client.set_user / set_password documentation")

_eck = pem("EC PRIVATE KEY", 3)
add("ansible-vars/ec-private-key", "ansible/group_vars/straddle_gateways.yml", fill("""\
---
telematics_broker: mqtt.terminal.local
telematics_port: 8883
telematics_topic_prefix: straddle
telematics_ca_cert: /etc/telematics/ca.crt
telematics_client_cert: |
<@cert@>
telematics_client_key: |
<@key@>
ntp_servers:
  - 10.60.0.1
  - 10.60.0.2
""", cert="\n".join("  " + line for line in cert_pem(6).splitlines()),
                                                                    key="\n".join("  " + line for line in _eck.splitlines())), _eck,
    "Ansible group_vars YAML block scalar; SEC 1 EC private key PEM")

add("ansible-vault/decoy-encrypted", "ansible/group_vars/crane_plc/vault.yml",
    "$ANSIBLE_VAULT;1.1;AES256\n" + "\n".join(hexs(80) for _ in range(9)) + "\n" + hexs(44) + "\n", None,
    "Ansible Vault encrypted file format ($ANSIBLE_VAULT;1.1;AES256 hex body)")

_inv = name_pw()
add("ansible-inventory/ssh-pass", "ansible/inventories/quay/hosts.ini", fill("""\
[crane_gateways]
sts01-gw ansible_host=10.60.1.111
sts02-gw ansible_host=10.60.1.112
sts03-gw ansible_host=10.60.1.113

[rtg_gateways]
rtg11-gw ansible_host=10.60.2.111
rtg12-gw ansible_host=10.60.2.112

[quay:children]
crane_gateways
rtg_gateways

[quay:vars]
ansible_user=craneadmin
ansible_ssh_pass=<@pw@>
ansible_become=true
ansible_python_interpreter=/usr/bin/python3
""", pw=_inv), _inv, "Ansible INI inventory: ansible_ssh_pass connection variable")

_nr = rand_pw(32)
add("nodered-js/credential-secret", "node-red/settings.js", fill("""\
module.exports = {
    flowFile: 'flows.json',
    credentialSecret: "<@s@>",
    uiPort: process.env.PORT || 1880,
    httpAdminRoot: '/admin',
    httpNodeRoot: '/api',
    adminAuth: {
        type: "credentials",
        users: [{ username: "ops", password: "$2b$08$" + "", permissions: "*" }]
    },
    functionGlobalContext: {
        craneIds: ["STS01", "STS02", "STS03"],
    },
    logging: {
        console: { level: "info", metrics: false, audit: false }
    },
    editorTheme: { projects: { enabled: false } }
};
""", s=_nr).replace('"$2b$08$" + ""', '"$2b$08$' + chars(53, ALNUM + "./") + '"'), _nr,
    "Node-RED settings.js: credentialSecret encrypts flows_cred.json")

_flows = [{"id": hexs(16), "type": "tab", "label": "Reefer monitoring", "disabled": False, "info": ""}]
for _i, _t in enumerate(["mqtt in", "function", "influxdb out", "debug"]):
    _flows.append({"id": hexs(16), "type": _t, "z": _flows[0]["id"], "name": f"reefer {_t}",
                   "x": 160 + 180 * _i, "y": 120, "wires": [[hexs(16)]] if _t != "debug" else []})
add("nodered-json/decoy-flow-ids", "node-red/flows.json", json.dumps(_flows, indent=4) + "\n", None,
    "Node-RED flows.json: node ids are random hex, credentials kept in flows_cred.json")

_dj = fakes.django_secret_key(_seed())
add("django-settings/secret-key", "tas/tas/settings/production.py", fill('''\
from .base import *  # noqa: F401,F403

DEBUG = False
ALLOWED_HOSTS = ["tas.harborlynx.example", "gate-api.harborlynx.example"]

SECRET_KEY = "<@key@>"

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": "tas",
        "HOST": "pg-tas.terminal.local",
        "USER": "tas_app",
        "PASSWORD": os.environ["TAS_DB_PASSWORD"],
    }
}

APPOINTMENT_SLOT_MINUTES = 30
GATE_LANES = ["IN-1", "IN-2", "IN-3", "OUT-1", "OUT-2"]
SECURE_SSL_REDIRECT = True
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
''', key=_dj), _dj, "Django settings SECRET_KEY (get_random_secret_key shape)")

_rdb = human_pw()
add("rails-database-yml/password", "tas-portal/config/database.yml", fill("""\
default: &default
  adapter: postgresql
  encoding: unicode
  pool: <%= ENV.fetch("RAILS_MAX_THREADS") { 5 } %>

development:
  <<: *default
  database: tas_portal_development

test:
  <<: *default
  database: tas_portal_test

production:
  <<: *default
  host: pg-tas.terminal.local
  database: tas_portal
  username: tas_portal
  password: <@pw@>
""", pw=_rdb), _rdb, "Rails guides: config/database.yml")

add("rails-database-yml/decoy-erb-env", "haulier-portal/config/database.yml", """\
default: &default
  adapter: postgresql
  encoding: unicode
  pool: <%= ENV.fetch("RAILS_MAX_THREADS") { 5 } %>

development:
  <<: *default
  database: haulier_portal_development

production:
  <<: *default
  url: <%= ENV["DATABASE_URL"] %>
  password: <%= Rails.application.credentials.dig(:database, :password) %>
""", None, "Rails database.yml ERB with ENV and encrypted credentials")

_tw_tok = hexs(32)
add("python/twilio-auth-token", "tas/notifications/sms.py", fill('''\
from twilio.rest import Client

ACCOUNT_SID = "<@sid@>"
AUTH_TOKEN = "<@tok@>"
FROM_NUMBER = "+31970102030"

_client = Client(ACCOUNT_SID, AUTH_TOKEN)


def notify_driver(phone: str, slot: str, lane: str) -> str:
    """Text the haulier driver their gate slot and lane."""
    message = _client.messages.create(
        to=phone,
        from_=FROM_NUMBER,
        body=f"HLX terminal: your slot {slot} is confirmed, lane {lane}. Bring the PIN.",
    )
    return message.sid
''', sid=twilio_sid(), tok=_tw_tok), _tw_tok, "Twilio Python helper library: Client(account_sid, auth_token)")

add("python/decoy-twilio-env", "haulier-portal/notify/sms.py", fill('''\
import os

from twilio.rest import Client

# The Account SID identifies the account; it is not a secret. The auth token comes from the env.
ACCOUNT_SID = "<@sid@>"
_client = Client(ACCOUNT_SID, os.environ["TWILIO_AUTH_TOKEN"])
MESSAGING_SERVICE_SID = "MG<@mg@>"


def send(phone: str, text: str) -> str:
    return _client.messages.create(to=phone, messaging_service_sid=MESSAGING_SERVICE_SID, body=text).sid
''', sid=twilio_sid(), mg=hexs(32)), None, "Twilio docs: Account SID (AC...) and Messaging Service SID are identifiers")

_sp = name_pw()
add("spring-yaml/datasource-password", "tos-integration/src/main/resources/application-prod.yml", fill("""\
spring:
  application:
    name: tos-integration
  datasource:
    url: jdbc:oracle:thin:@//n4-db-scan.terminal.local:1521/N4PRD
    username: tos_integ
    password: <@pw@>
    hikari:
      maximum-pool-size: 12
  jms:
    listener:
      concurrency: 4-8
tos:
  facility: HLXT
  unit-events:
    queue: N4.UNIT.EVENTS
management:
  endpoints:
    web:
      exposure:
        include: health,info,prometheus
""", pw=_sp), _sp, "Spring Boot application.yml: spring.datasource.password")

add("spring-yaml/decoy-placeholders", "tos-integration/src/main/resources/application.yml", """\
spring:
  application:
    name: tos-integration
  datasource:
    url: ${TOS_DB_URL:jdbc:oracle:thin:@//localhost:1521/XEPDB1}
    username: ${TOS_DB_USER:tos_integ}
    password: ${TOS_DB_PASSWORD}
  config:
    import: optional:vault://secret/tos-integration
tos:
  facility: ${TOS_FACILITY:HLXT}
  api-key: ${TOS_API_KEY:}
""", None, "Spring Boot property placeholders ${VAR:default} and Spring Cloud Vault import")

_pgp = rand_pw(20)
add("pgpass/password", "ops/yard-planning/.pgpass", fill("""\
# hostname:port:database:username:password
pg-yard-prd.terminal.local:5432:yardplan:yard_batch:<@pw@>
pg-yard-prd.terminal.local:5432:yardplan:yard_readonly:*
pg-yard-stg.terminal.local:5432:*:yard_batch:<@pw2@>
localhost:5432:*:postgres:postgres
""", pw=_pgp, pw2=rand_pw(20)), _pgp, "PostgreSQL libpq password file (.pgpass) format")

_odbc = human_pw()
add("odbc-ini/pwd", "reporting/etc/odbc.ini", fill("""\
[ODBC Data Sources]
YardPlan = ODBC Driver 18 for SQL Server
N4Reports = Oracle 19 ODBC driver

[YardPlan]
Driver = ODBC Driver 18 for SQL Server
Server = tcp:sql-yard-prd.terminal.local,1433
Database = YardPlan
UID = crystal_reports
PWD = <@pw@>
Encrypt = yes
TrustServerCertificate = no

[N4Reports]
Driver = Oracle 19 ODBC driver
ServerName = N4RPT
UserID = n4_reports
""", pw=_odbc), _odbc, "unixODBC odbc.ini DSN with UID/PWD keywords")

_ldap = rand_pw(24)
add("sssd-conf/ldap-bind-password", "ansible/roles/sssd/files/sssd.conf", fill("""\
[sssd]
services = nss, pam, sudo
domains = terminal.local

[domain/terminal.local]
id_provider = ldap
auth_provider = ldap
ldap_uri = ldaps://ldap01.terminal.local, ldaps://ldap02.terminal.local
ldap_search_base = dc=terminal,dc=local
ldap_default_bind_dn = cn=svc-sssd,ou=services,dc=terminal,dc=local
ldap_default_authtok_type = password
ldap_default_authtok = <@pw@>
ldap_tls_reqcert = demand
ldap_tls_cacert = /etc/pki/tls/certs/terminal-ca.pem
cache_credentials = true
access_provider = simple
simple_allow_groups = tos-admins, crane-ops
""", pw=_ldap), _ldap, "sssd-ldap(5): ldap_default_authtok")

_bat = name_pw()
add("batch/net-use-password", "scripts/windows/map_edi_share.cmd", fill("""\
@echo off
REM Map the EDI exchange share for the Crystal Reports scheduler (runs at logon)
set SHARE=\\\\fs-edi01.terminal.local\\edi$
set DRIVE=R:

net use %DRIVE% /delete /y >nul 2>&1
net use %DRIVE% %SHARE% /user:TERMINAL\\svc_reports <@pw@> /persistent:no
if errorlevel 1 (
  echo Failed to map %SHARE% >> C:\\Logs\\map_edi_share.log
  exit /b 1
)
echo Mapped %SHARE% on %DRIVE% >> C:\\Logs\\map_edi_share.log
""", pw=_bat), _bat, "Windows net use command: /user:domain\\user password")

_vba = human_pw()
add("vba/adodb-connection", "office/macros/VesselReport.bas", fill("""\
Attribute VB_Name = "VesselReport"
Option Explicit

' Pulls the weekly vessel call list into the "Calls" sheet.
Public Sub RefreshVesselCalls()
    Dim cn As Object, rs As Object
    Set cn = CreateObject("ADODB.Connection")
    cn.Open "Provider=MSOLEDBSQL;Data Source=sql-yard-prd.terminal.local;" & _
            "Initial Catalog=YardPlan;User ID=excel_report;Password=<@pw@>;"
    Set rs = CreateObject("ADODB.Recordset")
    rs.Open "SELECT vessel_name, voyage, eta, etd, berth FROM dbo.vessel_call " & _
            "WHERE eta >= DATEADD(day, -1, GETDATE()) ORDER BY eta", cn
    With ThisWorkbook.Sheets("Calls")
        .Range("A2:E500").ClearContents
        .Range("A2").CopyFromRecordset rs
    End With
    rs.Close: cn.Close
End Sub
""", pw=_vba), _vba, "VBA ADODB.Connection.Open with an OLE DB connection string (User ID / Password)")

_csc = rand_pw(20, "#!")
add("csharp/sqlconnection", "src/CraneScheduler/Data/ShiftRepository.cs", fill("""\
using System.Collections.Generic;
using Microsoft.Data.SqlClient;

namespace CraneScheduler.Data
{
    public sealed class ShiftRepository
    {
        private const string ConnectionString =
            "Data Source=sql-yard-prd.terminal.local;Initial Catalog=CraneShifts;" +
            "User ID=crane_sched;Password=<@pw@>;Encrypt=True";

        public IEnumerable<(string Crane, string Gang)> CurrentShift()
        {
            using var conn = new SqlConnection(ConnectionString);
            conn.Open();
            using var cmd = new SqlCommand("SELECT crane_id, gang_id FROM dbo.current_shift", conn);
            using var reader = cmd.ExecuteReader();
            while (reader.Read())
            {
                yield return (reader.GetString(0), reader.GetString(1));
            }
        }
    }
}
""", pw=_csc), _csc, "Microsoft.Data.SqlClient SqlConnection connection string keywords")

add("csharp/decoy-keyvault", "src/CraneScheduler/Program.cs", """\
using Azure.Identity;
using Azure.Security.KeyVault.Secrets;

var builder = WebApplication.CreateBuilder(args);

// Secrets are read from Key Vault with the app's managed identity; nothing is stored here.
var vaultUri = new Uri("https://kv-crane-prd.vault.azure.net/");
builder.Configuration.AddAzureKeyVault(vaultUri, new DefaultAzureCredential());

var secrets = new SecretClient(vaultUri, new DefaultAzureCredential());
KeyVaultSecret dbSecret = await secrets.GetSecretAsync("crane-sched-sql");

builder.Services.AddSingleton(new CraneScheduler.Data.ConnectionFactory(dbSecret.Value));
var app = builder.Build();
app.MapGet("/health", () => Results.Ok());
app.Run();
""", None, "Azure SDK for .NET: DefaultAzureCredential and SecretClient")

_fcm = fcm_server_key()
add("kotlin/fcm-server-key", "yard-handheld/app/src/main/java/net/harborlynx/yard/push/PushSender.kt", fill("""\
package net.harborlynx.yard.push

import okhttp3.MediaType.Companion.toMediaType
import okhttp3.OkHttpClient
import okhttp3.Request
import okhttp3.RequestBody.Companion.toRequestBody

// Sends a "move assigned" push to another hand-held (checker to straddle driver).
object PushSender {
    private const val FCM_URL = "https://fcm.googleapis.com/fcm/send"
    private const val SERVER_KEY = "<@key@>"
    private val client = OkHttpClient()

    fun sendMove(token: String, containerNo: String, fromSlot: String, toSlot: String) {
        val json = "{\\"to\\":\\"$token\\",\\"data\\":{\\"unit\\":\\"$containerNo\\",\\"from\\":\\"$fromSlot\\",\\"to\\":\\"$toSlot\\"}}"
        val request = Request.Builder()
            .url(FCM_URL)
            .header("Authorization", "key=$SERVER_KEY")
            .post(json.toRequestBody("application/json".toMediaType()))
            .build()
        client.newCall(request).execute().use { it.body?.close() }
    }
}
""", key=_fcm), _fcm, "Firebase Cloud Messaging legacy HTTP API: Authorization key=<server key>")

add("google-services-json/decoy-firebase-config", "yard-handheld/app/google-services.json", fill("""\
{
  "project_info": {
    "project_number": "<@num@>",
    "project_id": "hlx-yard-handheld",
    "storage_bucket": "hlx-yard-handheld.appspot.com"
  },
  "client": [
    {
      "client_info": {
        "mobilesdk_app_id": "1:<@num@>:android:<@app@>",
        "android_client_info": { "package_name": "net.harborlynx.yard" }
      },
      "oauth_client": [],
      "api_key": [ { "current_key": "<@key@>" } ],
      "services": { "appinvite_service": { "other_platform_oauth_client": [] } }
    }
  ],
  "configuration_version": "1"
}
""", num=chars(12, string.digits), app=hexs(16), key=google_key()), None,
    "Firebase docs: google-services.json API key identifies the project and is not a secret")

_mvn = human_pw()
add("maven-settings/server-password", "tos-integration/.mvn/settings.xml", fill("""\
<settings xmlns="http://maven.apache.org/SETTINGS/1.2.0"
          xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
          xsi:schemaLocation="http://maven.apache.org/SETTINGS/1.2.0 https://maven.apache.org/xsd/settings-1.2.0.xsd">
  <servers>
    <server>
      <id>terminal-nexus</id>
      <username>deploy-tos</username>
      <password><@pw@></password>
    </server>
  </servers>
  <mirrors>
    <mirror>
      <id>terminal-nexus</id>
      <mirrorOf>*</mirrorOf>
      <url>https://nexus.terminal.local/repository/maven-public/</url>
    </mirror>
  </mirrors>
</settings>
""", pw=_mvn), _mvn, "Apache Maven settings reference: servers/server/password")

# ---------------------------------------------------------------- marina booking and fuel-dock POS
_sk_live = stripe_key("sk_live_", 99)
add("typescript/stripe-secret-key", "marina-booking/api/src/payments/stripe.ts", fill("""\
import Stripe from 'stripe';

// Slip deposits and seasonal contracts
const stripe = new Stripe('<@key@>', {
  apiVersion: '2023-10-16',
  appInfo: { name: 'marina-booking', version: '3.2.0' },
});

export async function createDepositIntent(bookingId: string, amountCents: number, email: string) {
  return stripe.paymentIntents.create({
    amount: amountCents,
    currency: 'eur',
    receipt_email: email,
    metadata: { bookingId, kind: 'slip-deposit' },
    automatic_payment_methods: { enabled: true },
  });
}

export async function refundDeposit(paymentIntentId: string) {
  return stripe.refunds.create({ payment_intent: paymentIntentId });
}
""", key=_sk_live), _sk_live, "Stripe API keys: secret keys sk_live_; stripe-node constructor")

add("javascript/decoy-stripe-publishable", "marina-booking/web/public/js/checkout.js", fill("""\
// Stripe.js needs the publishable key in the browser; Stripe documents pk_ keys as public.
const stripe = Stripe('<@pk@>');

async function payDeposit(clientSecretUrl) {
  const { clientSecret } = await fetch(clientSecretUrl, { method: 'POST' }).then((r) => r.json());
  const elements = stripe.elements({ clientSecret, appearance: { theme: 'stripe', variables: { colorPrimary: '#0b4f6c' } } });
  const payment = elements.create('payment');
  payment.mount('#payment-element');
  document.querySelector('#pay').addEventListener('click', async () => {
    const { error } = await stripe.confirmPayment({ elements, confirmParams: { return_url: location.origin + '/booking/done' } });
    if (error) document.querySelector('#error').textContent = error.message;
  });
}

window.payDeposit = payDeposit;
""", pk=stripe_key("pk_live_", 99)), None, "Stripe docs: publishable keys (pk_live_) are meant for client-side code")

_wh = whsec()
add("dotenv/stripe-webhook-secret", "marina-booking/api/.env", fill("""\
NODE_ENV=production
PORT=8080
DATABASE_URL=postgres://booking@pg-marina.internal:5432/booking
STRIPE_WEBHOOK_SECRET=<@wh@>
BOOKING_CONFIRM_FROM=bookings@marina-zeeland.example
SEASON_START=2024-04-01
SEASON_END=2024-10-31
""", wh=_wh), _wh, "Stripe webhooks: endpoint signing secret whsec_")

_sq = square_token()
add("python/square-access-token", "fueldock/pos/square_sync.py", fill('''\
"""Push fuel-dock sales from the pump controller to Square so the office sees them in the dashboard."""
from square.client import Client

SQUARE_ACCESS_TOKEN = "<@tok@>"
LOCATION_ID = "L8Q2ZK7M4V1XA"

client = Client(access_token=SQUARE_ACCESS_TOKEN, environment="production")


def record_sale(pump: int, litres: float, product: str, amount_cents: int, ref: str) -> str:
    body = {
        "idempotency_key": ref,
        "order": {
            "location_id": LOCATION_ID,
            "line_items": [{
                "name": f"{product} pump {pump}",
                "quantity": "1",
                "note": f"{litres:.2f} L",
                "base_price_money": {"amount": amount_cents, "currency": "EUR"},
            }],
        },
    }
    result = client.orders.create_order(body)
    if result.is_error():
        raise RuntimeError(result.errors)
    return result.body["order"]["id"]
''', tok=_sq), _sq, "Square Python SDK: Client(access_token=...); production access tokens EAAA...")

add("python/decoy-square-app-id", "fueldock/pos/config.py", fill('''\
import os

# Application ID and location ID are identifiers shown in the Square Developer Dashboard;
# the access token is read from the environment (systemd EnvironmentFile on the POS box).
SQUARE_APPLICATION_ID = "sq0idp-<@app@>"
SQUARE_LOCATION_ID = "L8Q2ZK7M4V1XA"
SQUARE_ACCESS_TOKEN = os.environ.get("SQUARE_ACCESS_TOKEN", "")

PUMPS = {1: "Diesel", 2: "Diesel", 3: "Euro 95", 4: "Euro 95"}
RECEIPT_FOOTER = "Fuel dock open 08:00-20:00 - VHF 31"
''', app=chars(22, URLSAFE)), None, "Square docs: application ID (sq0idp-) is a public identifier")

_clover = uuid_s()
add("php/clover-token", "fueldock/clover/sync_inventory.php", fill("""\
<?php
// Keep the ship-store inventory (oil, filters, ice) in step with Clover.
declare(strict_types=1);

const CLOVER_BASE = 'https://api.eu.clover.com/v3/merchants/';
const MERCHANT_ID = 'Q7KXW2M9R4T1P';
const CLOVER_TOKEN = '<@tok@>';

function clover_get(string $path): array
{
    $ch = curl_init(CLOVER_BASE . MERCHANT_ID . $path);
    curl_setopt_array($ch, [
        CURLOPT_RETURNTRANSFER => true,
        CURLOPT_HTTPHEADER => ['Authorization: Bearer ' . CLOVER_TOKEN, 'Accept: application/json'],
        CURLOPT_TIMEOUT => 20,
    ]);
    $body = curl_exec($ch);
    curl_close($ch);
    return json_decode((string) $body, true) ?? [];
}

$items = clover_get('/items?expand=itemStock&limit=500')['elements'] ?? [];
foreach ($items as $item) {
    printf("%-30s %5d\\n", $item['name'], $item['itemStock']['quantity'] ?? 0);
}
""", tok=_clover), _clover, "Clover REST API: merchant API token as Bearer")

_wp = human_pw()
_wp_keys = {k: chars(64, ALNUM + "!@#$%^&*()-_[]{}<>~`+=,.;:/?|") for k in ["ak", "sak", "lik", "nk"]}
add("php-wpconfig/db-password", "marina-site/wp-config.php", fill("""\
<?php
/** Marina Zeeland website - production */
define( 'DB_NAME', 'marina_wp' );
define( 'DB_USER', 'marina_wp' );
define( 'DB_PASSWORD', '<@pw@>' );
define( 'DB_HOST', 'mysql-web.internal' );
define( 'DB_CHARSET', 'utf8mb4' );
define( 'DB_COLLATE', '' );

define( 'AUTH_KEY',         '<@ak@>' );
define( 'SECURE_AUTH_KEY',  '<@sak@>' );
define( 'LOGGED_IN_KEY',    '<@lik@>' );
define( 'NONCE_KEY',        '<@nk@>' );

$table_prefix = 'mzw_';
define( 'WP_DEBUG', false );
define( 'DISALLOW_FILE_EDIT', true );

if ( ! defined( 'ABSPATH' ) ) {
	define( 'ABSPATH', __DIR__ . '/' );
}
require_once ABSPATH . 'wp-settings.php';
""", pw=_wp, **_wp_keys), _wp, "WordPress wp-config.php: DB_PASSWORD and authentication keys")

add("php-wpconfig/decoy-sample", "marina-site/wp-config-sample.php", """\
<?php
define( 'DB_NAME', 'database_name_here' );
define( 'DB_USER', 'username_here' );
define( 'DB_PASSWORD', 'password_here' );
define( 'DB_HOST', 'localhost' );
define( 'DB_CHARSET', 'utf8' );
define( 'DB_COLLATE', '' );

define( 'AUTH_KEY',         'put your unique phrase here' );
define( 'SECURE_AUTH_KEY',  'put your unique phrase here' );
define( 'LOGGED_IN_KEY',    'put your unique phrase here' );
define( 'NONCE_KEY',        'put your unique phrase here' );

$table_prefix = 'wp_';
define( 'WP_DEBUG', false );
if ( ! defined( 'ABSPATH' ) ) {
	define( 'ABSPATH', __DIR__ . '/' );
}
require_once ABSPATH . 'wp-settings.php';
""", None, "WordPress wp-config-sample.php as shipped (placeholders)")

_lk = laravel_key()
add("dotenv/laravel-app-key", "berth-portal/.env", fill("""\
APP_NAME="Berth Portal"
APP_ENV=production
APP_KEY=<@key@>
APP_DEBUG=false
APP_URL=https://berths.marina-zeeland.example

LOG_CHANNEL=stack
DB_CONNECTION=mysql
DB_HOST=mysql-web.internal
DB_PORT=3306
DB_DATABASE=berth_portal
DB_USERNAME=berth_portal
DB_PASSWORD=${BERTH_DB_PASSWORD}

QUEUE_CONNECTION=redis
MAIL_MAILER=ses
""", key=_lk), _lk[len("base64:"):], "Laravel configuration: APP_KEY (base64: 32 random bytes) encryption key")

_rc = "6L" + chars(38, URLSAFE)
add("php/recaptcha-secret", "berth-portal/public/enquiry.php", fill("""\
<?php
// Berth enquiry form handler
$secret = '<@s@>';
$token  = $_POST['g-recaptcha-response'] ?? '';

$verify = file_get_contents('https://www.google.com/recaptcha/api/siteverify?' . http_build_query([
    'secret'   => $secret,
    'response' => $token,
    'remoteip' => $_SERVER['REMOTE_ADDR'] ?? '',
]));
$result = json_decode($verify, true);

if (empty($result['success']) || ($result['score'] ?? 0) < 0.5) {
    http_response_code(400);
    exit('Captcha failed');
}

$boat = htmlspecialchars($_POST['boat_name'] ?? '');
mail('havenmeester@marina-zeeland.example', "Berth enquiry: $boat", print_r($_POST, true));
header('Location: /thanks');
""", s=_rc), _rc, "Google reCAPTCHA docs: server-side siteverify with the secret key")

add("html/decoy-recaptcha-site-key", "berth-portal/resources/views/enquiry.blade.php", fill("""\
@extends('layouts.app')

@section('content')
<form method="POST" action="/enquiry.php" id="enquiry">
  @csrf
  <label>Boat name <input name="boat_name" required></label>
  <label>Length overall (m) <input name="loa" type="number" step="0.1"></label>
  <label>Arrival <input name="arrival" type="date"></label>
  <input type="hidden" name="g-recaptcha-response" id="g-recaptcha-response">
  <button type="submit">Send</button>
</form>
{{-- site key: public by design, it is rendered into every page --}}
<script src="https://www.google.com/recaptcha/api.js?render=<@key@>"></script>
<script>
  grecaptcha.ready(() => grecaptcha.execute('<@key@>', { action: 'enquiry' })
    .then((t) => { document.getElementById('g-recaptcha-response').value = t; }));
</script>
@endsection
""", key="6L" + chars(38, URLSAFE)), None, "Google reCAPTCHA v3 docs: the site key is embedded in the page")

_sg = sendgrid_key()
add("yaml/sendgrid-key", "marina-notify/config/settings.yaml", fill("""\
app:
  name: marina-notify
  timezone: Europe/Amsterdam
mail:
  provider: sendgrid
  sendgrid_api_key: <@key@>
  from: "Marina Zeeland <havenkantoor@marina-zeeland.example>"
  templates:
    booking_confirmed: d-4f1c2a9e7b3d4e0f8a6b5c4d3e2f1a0b
    invoice_ready: d-9a8b7c6d5e4f3a2b1c0d9e8f7a6b5c4d
sms:
  provider: none
reminders:
  hours_before_arrival: [48, 6]
""", key=_sg), _sg, "SendGrid API keys: SG.<id>.<secret>")

_pp = "E" + chars(79, URLSAFE)
add("appsettings-json/paypal-secret", "src/Charter.Payments/appsettings.json", fill("""\
{
  "Logging": { "LogLevel": { "Default": "Information" } },
  "AllowedHosts": "*",
  "PayPal": {
    "Mode": "live",
    "ClientId": "A<@cid@>",
    "ClientSecret": "<@sec@>",
    "WebhookId": "<@wh@>"
  },
  "Deposits": {
    "Percent": 30,
    "Currency": "EUR"
  }
}
""", cid=chars(79, URLSAFE), sec=_pp, wh=chars(17, UPDIG)), _pp, "PayPal REST API: client ID and secret for OAuth 2.0 client credentials")

_vr = chars(6, string.ascii_uppercase + string.digits)
add("python/tank-gauge-security-code", "fueldock/tanks/tls350_poll.py", fill('''\
"""Poll the Veeder-Root TLS-350 at the fuel dock for tank inventory (function I201)."""
import socket

TLS_HOST = "10.20.5.40"
TLS_PORT = 10001
SECURITY_CODE = "<@code@>"  # console security code, required before every serial command
SOH, ETX = b"\\x01", b"\\x03"


def inventory() -> str:
    with socket.create_connection((TLS_HOST, TLS_PORT), timeout=10) as s:
        s.sendall(SOH + SECURITY_CODE.encode() + b"I20100")
        data = b""
        while not data.endswith(ETX):
            chunk = s.recv(4096)
            if not chunk:
                break
            data += chunk
    return data.decode("ascii", "replace")


if __name__ == "__main__":
    print(inventory())
''', code=_vr), _vr, "Veeder-Root TLS-3XX serial interface manual: security code prefix on commands")

_hl = "skapi_prod_" + chars(41, URLSAFE)
add("ini/heartland-secret-key", "fueldock/pos/terminal.ini", fill("""\
[Terminal]
Id=FD-01
Location=Fuel dock, pier C
Pumps=4
ReceiptPrinter=EPSON TM-T20III

[Payment]
Gateway=Heartland Portico
ServiceUrl=https://api2.heartlandportico.com
SecretApiKey=<@key@>
DeveloperId=002914
VersionNumber=3733

[Controller]
Port=COM3
Baud=9600
""", key=_hl), _hl, "Heartland (Global Payments) Portico SDK: secret API key skapi_prod_")

add("html/decoy-heartland-public-key", "fueldock/kiosk/pay.html", fill("""\
<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>Fuel dock - pay at pump</title>
  <script src="https://js.globalpay.com/v1/globalpayments.js"></script>
</head>
<body>
  <div id="card-number"></div><div id="card-expiration"></div><div id="card-cvv"></div>
  <button id="submit">Pay</button>
  <script>
    // Public key for client-side tokenization (documented as safe for the browser)
    GlobalPayments.configure({ publicApiKey: "<@pk@>" });
    const form = GlobalPayments.ui.form({
      fields: { "card-number": { target: "#card-number" }, "card-expiration": { target: "#card-expiration" },
                "card-cvv": { target: "#card-cvv" }, submit: { target: "#submit" } },
    });
    form.on("token-success", (resp) => fetch("/pay", { method: "POST", body: JSON.stringify({ token: resp.paymentReference }) }));
  </script>
</body>
</html>
""", pk="pkapi_prod_" + chars(41, URLSAFE)), None, "Heartland/Global Payments JS: publicApiKey (pkapi_) for tokenization in the browser")

_ped = name_pw()
add("yaml/pedestal-controller-password", "pedestals/config/pier-c.yaml", fill("""\
site: marina-zeeland
pier: C
controller:
  host: 10.20.7.10
  protocol: modbus-tcp
  poll_seconds: 30
mqtt:
  url: mqtts://mqtt.harbour-ops.net:8883
  username: pedestal-pier-c
  password: "<@pw@>"
  topic: pedestal/pier-c/meter
pedestals:
  - { id: C01, berths: [C1, C2], breaker_amps: 16 }
  - { id: C02, berths: [C3, C4], breaker_amps: 16 }
  - { id: C03, berths: [C5, C6], breaker_amps: 32 }
  - { id: C04, berths: [C7, C8], breaker_amps: 32 }
tariff_per_kwh_eur: 0.45
""", pw=_ped), _ped, "YAML device configuration: MQTT username/password for shore-power pedestal gateway")

add("yaml/decoy-pedestal-inventory", "pedestals/inventory/pier-d.yaml", fill("""\
# Pier D shore-power pedestals - hardware inventory (no credentials here)
site: marina-zeeland
pier: D
pedestals:
  - id: D01
    serial: <@s1@>
    mac: 00:1A:<@m1@>
    firmware_sha256: <@h1@>
  - id: D02
    serial: <@s2@>
    mac: 00:1A:<@m2@>
    firmware_sha256: <@h1@>
  - id: D03
    serial: <@s3@>
    mac: 00:1A:<@m3@>
    firmware_sha256: <@h1@>
commissioned: 2023-05-16
installer: "Walcheren Elektrotechniek"
""", s1="PD" + chars(10, UPDIG), s2="PD" + chars(10, UPDIG), s3="PD" + chars(10, UPDIG),
     m1=":".join(hexs(2).upper() for _ in range(4)), m2=":".join(hexs(2).upper() for _ in range(4)),
     m3=":".join(hexs(2).upper() for _ in range(4)), h1=hexs(64)), None,
    "Device inventory YAML: serials, MAC addresses and a firmware SHA-256 checksum")

_ha = human_pw()
add("homeassistant-secrets/password", "homeassistant/secrets.yaml", fill("""\
# Home Assistant secrets - marina office
latitude: 51.5042
longitude: 3.6101
office_camera_user: viewer
office_camera_password: "<@pw@>"
pedestal_mqtt_user: ha-office
fuel_tank_alert_threshold: 800
""", pw=_ha), _ha, "Home Assistant docs: storing secrets in secrets.yaml")

add("homeassistant-yaml/decoy-secret-tags", "homeassistant/configuration.yaml", """\
homeassistant:
  name: Marina office
  latitude: !secret latitude
  longitude: !secret longitude
  unit_system: metric
  time_zone: Europe/Amsterdam

mqtt:
  sensor:
    - name: "Pier C energy"
      state_topic: "pedestal/pier-c/meter"
      unit_of_measurement: "kWh"
      value_template: "{{ value_json.total_kwh }}"

camera:
  - platform: generic
    name: Fuel dock
    still_image_url: http://10.20.5.21/axis-cgi/jpg/image.cgi
    username: !secret office_camera_user
    password: !secret office_camera_password
""", None, "Home Assistant docs: !secret references to secrets.yaml")

_gk = google_key()
add("ruby/google-maps-server-key", "marina-crm/config/initializers/geocoder.rb", fill("""\
# Geocode visiting boats' home ports for the arrivals map.
Geocoder.configure(
  lookup: :google,
  api_key: '<@key@>',
  use_https: true,
  timeout: 5,
  units: :km,
  cache: Redis.new(url: ENV.fetch('REDIS_URL', 'redis://localhost:6379/3')),
  cache_options: { expiration: 30.days }
)
""", key=_gk), _gk, "Geocoder gem configuration: Google Maps Geocoding API key (AIza...)")

_slk = slack_webhook()
add("github-actions/slack-webhook", ".github/workflows/fuel-price-update.yml", fill("""\
name: Fuel price update
on:
  schedule:
    - cron: "0 6 * * 1"
  workflow_dispatch:

jobs:
  update:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-python@v5
        with:
          python-version: "3.12"
      - run: pip install -r fueldock/requirements.txt
      - run: python fueldock/prices/update_board.py --week "$(date +%G-W%V)"
      - name: Tell the dock staff
        run: |
          curl -X POST -H 'Content-type: application/json' \\
            --data '{"text":"Fuel prices updated for this week - check the board at pier C."}' \\
            <@hook@>
""", hook=_slk), _slk, "Slack incoming webhooks: https://hooks.slack.com/services/T.../B.../...")

add("github-actions/decoy-secrets-context", ".github/workflows/booking-deploy.yml", """\
name: Deploy booking API
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
          role-to-assume: arn:aws:iam::731928374650:role/gha-booking-deploy
          aws-region: eu-west-1
      - run: npm ci && npm run build
        working-directory: marina-booking/api
      - run: ./scripts/deploy.sh
        env:
          STRIPE_SECRET_KEY: ${{ secrets.STRIPE_SECRET_KEY }}
          SLACK_WEBHOOK_URL: ${{ secrets.SLACK_WEBHOOK_URL }}
          GITHUB_TOKEN: ${{ secrets.GITHUB_TOKEN }}
""", None, "GitHub Actions: secrets context and OIDC role assumption")

_teams = teams_webhook("marinazeeland")
add("powershell/teams-webhook", "office/scripts/Send-HarbourNotice.ps1", fill("""\
param(
    [Parameter(Mandatory)] [string]$Title,
    [Parameter(Mandatory)] [string]$Text
)

$webhook = '<@hook@>'

$card = @{
    '@type'    = 'MessageCard'
    '@context' = 'https://schema.org/extensions'
    summary    = $Title
    themeColor = '0B4F6C'
    title      = $Title
    text       = $Text
} | ConvertTo-Json -Depth 4

Invoke-RestMethod -Uri $webhook -Method Post -ContentType 'application/json' -Body $card
""", hook=_teams), _teams, "Microsoft Teams incoming webhook URL (webhook.office.com/webhookb2/...)")

add("openapi-yaml/decoy-example-key", "marina-booking/api/openapi.yaml", """\
openapi: 3.0.3
info:
  title: Marina booking API
  version: 3.2.0
servers:
  - url: https://api.marina-zeeland.example/v3
components:
  securitySchemes:
    ApiKeyAuth:
      type: apiKey
      in: header
      name: X-API-Key
security:
  - ApiKeyAuth: []
paths:
  /berths/availability:
    get:
      summary: Free berths for a boat length and date range
      parameters:
        - { name: loa, in: query, required: true, schema: { type: number }, example: 11.5 }
        - { name: from, in: query, required: true, schema: { type: string, format: date } }
        - name: X-API-Key
          in: header
          required: true
          schema: { type: string }
          example: YOUR_API_KEY
      responses:
        "200": { description: List of free berths }
""", None, "OpenAPI 3.0 securitySchemes apiKey with a YOUR_API_KEY example")

_mongo = rand_pw(24)
add("javascript/mongodb-srv", "charter-api/src/db.js", fill("""\
const mongoose = require('mongoose');

const MONGO_URI =
  'mongodb+srv://charter_api:<@pw@>@charter-prod.x7k2p.mongodb.net/charter?retryWrites=true&w=majority';

async function connect() {
  await mongoose.connect(MONGO_URI, { maxPoolSize: 20, serverSelectionTimeoutMS: 8000 });
  mongoose.connection.on('error', (err) => console.error('mongo error', err));
  return mongoose.connection;
}

module.exports = { connect };
""", pw=_mongo), _mongo, "MongoDB connection string (mongodb+srv) with credentials in userinfo")

add("javascript/decoy-process-env", "charter-api/src/config.js", """\
require('dotenv').config();

function required(name) {
  const value = process.env[name];
  if (!value) throw new Error(`Missing env var ${name}`);
  return value;
}

module.exports = {
  port: Number(process.env.PORT || 8080),
  mongoUri: required('MONGO_URI'),
  jwtSecret: required('JWT_SECRET'),
  bookingManagerKey: required('BOOKING_MANAGER_API_KEY'),
  stripeSecret: required('STRIPE_SECRET_KEY'),
  corsOrigins: (process.env.CORS_ORIGINS || 'https://charter.example').split(','),
};
""", None, "Node.js process.env with dotenv; values read at runtime")

add("css/decoy-colour-codes", "marina-site/wp-content/themes/zeeland/assets/css/theme.css", """\
:root {
  --zeeland-navy: #0b2545;
  --zeeland-sea: #13315c;
  --zeeland-foam: #eef4ed;
  --zeeland-sand: #e0c097;
  --zeeland-buoy: #d1495b;
  --zeeland-kelp: #3d5a40;
  --grid-gap: 1.25rem;
}

.berth-map .berth--free     { fill: #8fbc8f; }
.berth-map .berth--reserved { fill: #f4a259; }
.berth-map .berth--occupied { fill: #bc4b51; }
.berth-map .berth--blocked  { fill: #5b5f97; }

.tide-table td.high { color: #1d3557; font-weight: 600; }
.tide-table td.low  { color: #457b9d; }
""", None, "CSS custom properties and hex colour codes")

_lock = {
    "name": "marina-booking-web", "version": "3.2.0", "lockfileVersion": 3, "requires": True,
    "packages": {
        "": {"name": "marina-booking-web", "version": "3.2.0", "dependencies": {"leaflet": "^1.9.4", "date-fns": "^3.6.0"}},
        "node_modules/date-fns": {"version": "3.6.0", "resolved": "https://registry.npmjs.org/date-fns/-/date-fns-3.6.0.tgz",
                                  "integrity": "sha512-" + b64bytes(64), "license": "MIT"},
        "node_modules/leaflet": {"version": "1.9.4", "resolved": "https://registry.npmjs.org/leaflet/-/leaflet-1.9.4.tgz",
                                 "integrity": "sha512-" + b64bytes(64), "license": "BSD-2-Clause"},
    },
}
add("package-lock/decoy-integrity", "marina-booking/web/package-lock.json", json.dumps(_lock, indent=2) + "\n", None,
    "npm package-lock.json v3: integrity fields are SRI sha512 hashes")

_ios = rand_pw(48)
add("swift/hmac-signing-secret", "ios/BerthBooker/Networking/RequestSigner.swift", fill("""\
import CryptoKit
import Foundation

/// Signs booking API requests; the server checks X-Signature with the same shared secret.
enum RequestSigner {
    private static let keyId = "ios-2024-01"
    private static let sharedSecret = "<@s@>"

    static func sign(_ request: inout URLRequest, body: Data) {
        let timestamp = String(Int(Date().timeIntervalSince1970))
        let message = Data((timestamp + ".").utf8) + body
        let key = SymmetricKey(data: Data(sharedSecret.utf8))
        let mac = HMAC<SHA256>.authenticationCode(for: message, using: key)
        request.setValue(keyId, forHTTPHeaderField: "X-Key-Id")
        request.setValue(timestamp, forHTTPHeaderField: "X-Timestamp")
        request.setValue(Data(mac).base64EncodedString(), forHTTPHeaderField: "X-Signature")
    }
}
""", s=_ios), _ios, "CryptoKit HMAC<SHA256>; shared API signing secret embedded in an iOS app")

add("plist/decoy-info-plist", "ios/BerthBooker/Info.plist", """\
<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
<dict>
    <key>CFBundleDisplayName</key>
    <string>Berth Booker</string>
    <key>CFBundleIdentifier</key>
    <string>$(PRODUCT_BUNDLE_IDENTIFIER)</string>
    <key>CFBundleShortVersionString</key>
    <string>$(MARKETING_VERSION)</string>
    <key>API_BASE_URL</key>
    <string>$(API_BASE_URL)</string>
    <key>NSLocationWhenInUseUsageDescription</key>
    <string>Shows your boat's position on the marina map.</string>
    <key>CFBundleURLTypes</key>
    <array>
        <dict>
            <key>CFBundleURLSchemes</key>
            <array><string>berthbooker</string></array>
        </dict>
    </array>
</dict>
</plist>
""", None, "Apple Info.plist with $(BUILD_SETTING) substitutions")

# ---------------------------------------------------------------- harbour CCTV and gate OCR
_fr = human_pw()
add("frigate-yaml/rtsp-password", "frigate/config/config.yml", fill("""\
mqtt:
  host: mqtt.harbour-ops.net
  user: frigate
  password: "{FRIGATE_MQTT_PASSWORD}"

detectors:
  coral:
    type: edgetpu
    device: usb

cameras:
  quay_north:
    ffmpeg:
      inputs:
        - path: rtsp://frigate:<@pw@>@10.30.1.21:554/axis-media/media.amp?resolution=1920x1080
          roles: [detect, record]
    detect: { width: 1920, height: 1080, fps: 5 }
    objects:
      track: [person, boat, car]
  fuel_dock:
    ffmpeg:
      inputs:
        - path: rtsp://frigate:<@pw@>@10.30.1.22:554/axis-media/media.amp
          roles: [detect]
record:
  enabled: true
  retain: { days: 14, mode: motion }
""", pw=_fr), _fr, "Frigate configuration reference: ffmpeg inputs path (RTSP URL with credentials)")

add("frigate-yaml/decoy-env-substitution", "frigate/config/config.gate.yml", """\
mqtt:
  host: mqtt.harbour-ops.net
  user: "{FRIGATE_MQTT_USER}"
  password: "{FRIGATE_MQTT_PASSWORD}"

cameras:
  gate_in_1:
    ffmpeg:
      inputs:
        - path: rtsp://{FRIGATE_RTSP_USER}:{FRIGATE_RTSP_PASSWORD}@10.30.4.11:554/Streaming/Channels/101
          roles: [detect, record]
    detect: { width: 2560, height: 1440, fps: 5 }
  gate_out_1:
    ffmpeg:
      inputs:
        - path: rtsp://{FRIGATE_RTSP_USER}:{FRIGATE_RTSP_PASSWORD}@10.30.4.12:554/Streaming/Channels/101
          roles: [detect, record]
""", None, "Frigate docs: {FRIGATE_*} environment variable substitution in config")

_g2 = name_pw()
add("go2rtc-yaml/rtsp-password", "go2rtc/go2rtc.yaml", fill("""\
api:
  listen: ":1984"
rtsp:
  listen: ":8554"
webrtc:
  candidates:
    - 10.30.0.5:8555
streams:
  pier_a:
    - rtsp://viewer:<@pw@>@10.30.2.31:554/Streaming/Channels/101
  pier_a_sub:
    - rtsp://viewer:<@pw@>@10.30.2.31:554/Streaming/Channels/102
  slipway:
    - rtsp://viewer:<@pw@>@10.30.2.32:554/Streaming/Channels/101
log:
  level: info
""", pw=_g2), _g2, "go2rtc README: streams with RTSP source URLs")

_axis = rand_pw(14)
add("shell/vapix-digest-password", "cctv/scripts/axis_set_overlay.sh", fill("""\
#!/usr/bin/env bash
# Set the text overlay (berth name + date) on every Axis camera along the quay.
set -euo pipefail

CAMS=(10.30.1.21 10.30.1.22 10.30.1.23 10.30.1.24)
for ip in "${CAMS[@]}"; do
  name=$(awk -v ip="$ip" '$1 == ip {print $2}' cameras.txt)
  curl --fail --silent --digest -u "root:<@pw@>" \\
    "http://${ip}/axis-cgi/param.cgi?action=update&Image.I0.Text.TextEnabled=yes&Image.I0.Text.String=${name}%20%25F%20%25T"
  echo "overlay set on ${ip} (${name})"
done
""", pw=_axis), _axis, "Axis VAPIX param.cgi; curl --digest -u user:password")

_hik = human_pw()
add("python/digest-auth-call", "gate-ocr/hikvision/pull_plates.py", fill('''\
"""Pull ANPR events from the Hikvision gate cameras (ISAPI Traffic) every minute."""
import requests
from requests.auth import HTTPDigestAuth

CAMERAS = ["10.30.4.11", "10.30.4.12", "10.30.4.13"]
AUTH = HTTPDigestAuth("admin", "<@pw@>")
SEARCH = """<CMSearchDescription><searchID>{sid}</searchID>
<trackList><trackID>120</trackID></trackList>
<timeSpanList><timeSpan><startTime>{start}</startTime><endTime>{end}</endTime></timeSpan></timeSpanList>
<maxResults>50</maxResults><searchResultPostion>0</searchResultPostion></CMSearchDescription>"""


def plates(ip: str, sid: str, start: str, end: str) -> str:
    resp = requests.post(f"http://{ip}/ISAPI/ContentMgmt/search", auth=AUTH, timeout=15,
                         data=SEARCH.format(sid=sid, start=start, end=end))
    resp.raise_for_status()
    return resp.text
''', pw=_hik), _hik, "Hikvision ISAPI (digest authentication); requests HTTPDigestAuth")

_ms = name_pw()
add("csharp/network-credential", "src/QuayVideo.Exporter/MilestoneLogin.cs", fill("""\
using System;
using System.Net;
using VideoOS.Platform;
using VideoOS.Platform.Login;
using VideoOS.Platform.SDK.Environment;

namespace QuayVideo.Exporter
{
    internal static class MilestoneLogin
    {
        private static readonly Uri ManagementServer = new Uri("http://xprotect-ms01.harbour.local");

        public static void Connect()
        {
            VideoOS.Platform.SDK.Environment.Initialize();
            var credentials = new NetworkCredential("svc_video_export", "<@pw@>", "HARBOUR");
            VideoOS.Platform.SDK.Environment.AddServer(false, ManagementServer, credentials);
            VideoOS.Platform.SDK.Environment.Login(ManagementServer, integrationId: Guid.Parse("7f3c1a2e-5b4d-4e6f-8a9b-0c1d2e3f4a5b"),
                integrationName: "QuayVideo.Exporter", version: "1.4", manufacturerName: "Harbour IT");
        }
    }
}
""", pw=_ms), _ms, "Milestone MIP SDK: Environment.AddServer with System.Net.NetworkCredential")

_ocr_ftp = human_pw()
add("ini/ocr-ftp-password", "gate-ocr/portal/GateOcr.ini", fill("""\
[Portal]
Name=Gate IN lane 1
Lane=IN-1
Cameras=6
TriggerSource=LoopDetector

[Recognition]
ContainerCodes=ISO6346
Plates=EU
MinConfidence=0.82
SealCheck=1

[Upload]
Protocol=FTPS
Host=ftp-ocr.terminal.local
Port=990
User=ocr_lane_in1
Password=<@pw@>
RemoteDir=/images/in1
KeepLocalDays=3
""", pw=_ocr_ftp), _ocr_ftp, "INI configuration of a gate OCR portal: FTPS upload credentials")

_ocr_log = "\n".join(
    f"2024-03-12T06:{10 + i:02d}:{(i * 7) % 60:02d}Z lane=IN-{1 + i % 3} txn={uuid_s()} container={container()} "
    f"plate=NL-{chars(2, string.ascii_uppercase)}-{chars(3, string.digits)} conf=0.9{i} img_sha1={hexs(40)}"
    for i in range(9))
add("log/decoy-ocr-transactions", "gate-ocr/samples/lane_events_20240312.log",
    "# sample OCR lane events for the parser tests (anonymised)\n" + _ocr_log + "\n", None,
    "Gate OCR transaction log: UUID transaction ids, ISO 6346 numbers and SHA-1 image hashes")

_hmac = hexs(64)
add("json/webhook-hmac-secret", "gate-ocr/portal/tos-webhook.json", fill("""\
{
  "enabled": true,
  "url": "https://tas.harborlynx.example/api/gate/ocr-events",
  "method": "POST",
  "signing": {
    "algorithm": "HMAC-SHA256",
    "header": "X-OCR-Signature",
    "secret": "<@s@>"
  },
  "retry": { "max": 5, "backoffSeconds": 10 },
  "fields": ["lane", "container", "isoCode", "plate", "sealPresent", "damageFlags", "images"]
}
""", s=_hmac), _hmac, "Webhook HMAC-SHA256 signing secret in a device's JSON configuration")

_ng = name_pw()
add("nginx/basic-auth-header", "nginx/conf.d/anpr-proxy.conf", fill("""\
upstream anpr_cameras {
    server 10.30.4.11:80;
}

server {
    listen 443 ssl;
    server_name anpr.harbour.local;
    ssl_certificate     /etc/nginx/certs/anpr.crt;
    ssl_certificate_key /etc/nginx/certs/anpr.key;

    location /snapshots/ {
        proxy_pass http://anpr_cameras/ISAPI/Streaming/channels/101/picture;
        proxy_set_header Authorization "Basic <@b@>";
        proxy_set_header Host $host;
        proxy_read_timeout 10s;
    }
}
""", b=b64("operator:" + _ng)), _ng, "nginx proxy_set_header Authorization with RFC 7617 Basic credentials")

add("nginx/decoy-auth-file", "nginx/conf.d/cctv-wall.conf", """\
server {
    listen 443 ssl http2;
    server_name cctv-wall.harbour.local;

    ssl_certificate     /etc/nginx/certs/cctv-wall.crt;
    ssl_certificate_key /etc/nginx/certs/cctv-wall.key;
    ssl_protocols TLSv1.2 TLSv1.3;

    auth_basic "Harbour CCTV";
    auth_basic_user_file /etc/nginx/htpasswd/cctv-wall;

    location / {
        proxy_pass http://127.0.0.1:1984;
        proxy_http_version 1.1;
        proxy_set_header Upgrade $http_upgrade;
        proxy_set_header Connection "upgrade";
    }
}
""", None, "nginx ngx_http_auth_basic_module: auth_basic_user_file path; key paths only")

_ovpn = "-----BEGIN OpenVPN Static key V1-----\n" + "\n".join(hexs(32) for _ in range(16)) + "\n-----END OpenVPN Static key V1-----"
add("openvpn/static-key", "vpn/lock-cameras/client.ovpn", fill("""\
client
dev tun
proto udp
remote vpn.harbour-ops.net 1194
resolv-retry infinite
nobind
persist-key
persist-tun
remote-cert-tls server
cipher AES-256-GCM
verb 3
key-direction 1
<tls-auth>
<@key@>
</tls-auth>
""", key=_ovpn), _ovpn, "OpenVPN manual: inline <tls-auth> static key (OpenVPN Static key V1)")

_wg = b64bytes(32)
add("wireguard/private-key", "vpn/wireguard/wg-quay.conf", fill("""\
[Interface]
# quay camera backhaul - edge router at pier A
Address = 10.99.0.2/24
ListenPort = 51820
PrivateKey = <@k@>
MTU = 1380

[Peer]
# operations centre
PublicKey = <@pub@>
Endpoint = vpn.harbour-ops.net:51820
AllowedIPs = 10.99.0.0/24, 10.30.0.0/16
PersistentKeepalive = 25
""", k=_wg, pub=b64bytes(32)), _wg, "wg(8) configuration file: [Interface] PrivateKey")

add("wireguard/decoy-key-file", "vpn/wireguard/wg-ops.conf", fill("""\
[Interface]
# operations centre hub - private key is generated on the host, never committed
Address = 10.99.0.1/24
ListenPort = 51820
PostUp = wg set %i private-key /etc/wireguard/private.key

[Peer]
# pier A edge router
PublicKey = <@p1@>
AllowedIPs = 10.99.0.2/32

[Peer]
# lock camera cabinet
PublicKey = <@p2@>
AllowedIPs = 10.99.0.3/32
""", p1=b64bytes(32), p2=b64bytes(32)), None, "wg(8) and wg-quick(8): PostUp wg set private-key <file>; peer PublicKey values are public")

_psk = phrase_pw()
add("ipsec-secrets/psk", "vpn/strongswan/ipsec.secrets", fill("""\
# /etc/ipsec.secrets - strongSwan IPsec secrets file
# site-to-site tunnel: harbour ops <-> lock control building
203.0.113.10 198.51.100.24 : PSK "<@psk@>"

# RSA key for the road-warrior certificate
: RSA harbour-ops.key
""", psk=_psk), _psk, "strongSwan ipsec.secrets(5): PSK entries")

_cisco = human_pw()
add("cisco-ios/plaintext-password", "network/gate-switches/gate-sw01.cfg", fill("""\
!
hostname gate-sw01
!
service timestamps log datetime msec
no service password-encryption
!
username netadmin privilege 15 password 0 <@pw@>
!
vlan 30
 name CCTV
vlan 40
 name GATE-OCR
!
interface GigabitEthernet1/0/1
 description OCR-portal-IN1
 switchport access vlan 40
 switchport mode access
 spanning-tree portfast
!
line vty 0 15
 login local
 transport input ssh
!
end
""", pw=_cisco), _cisco, "Cisco IOS configuration: username ... password 0 <cleartext>")

add("cisco-ios/decoy-no-credentials", "network/gate-switches/gate-sw02.cfg", fill("""\
!
hostname gate-sw02
!
ip domain name harbour.local
ntp server 10.30.0.1
!
vlan 30
 name CCTV
vlan 40
 name GATE-OCR
!
interface GigabitEthernet1/0/1
 description OCR-portal-OUT1 mac <@mac@>
 switchport access vlan 40
 switchport mode access
!
aaa new-model
aaa authentication login default group tacacs+ local
!
end
""", mac=".".join(hexs(4) for _ in range(3))), None, "Cisco IOS configuration with AAA via TACACS+, no local secrets")

_minio = rand_pw(24)
add("docker-compose/minio-root-password", "gate-ocr/docker-compose.yml", fill("""\
services:
  minio:
    image: quay.io/minio/minio:RELEASE.2024-03-10T02-53-48Z
    command: server /data --console-address ":9001"
    environment:
      MINIO_ROOT_USER: ocradmin
      MINIO_ROOT_PASSWORD: <@pw@>
    volumes:
      - ocr-images:/data
    ports:
      - "9000:9000"
      - "9001:9001"
  ocr-api:
    image: registry.terminal.local/gate/ocr-api:1.8.0
    environment:
      S3_ENDPOINT: http://minio:9000
      S3_BUCKET: gate-images
    depends_on: [minio]
volumes:
  ocr-images:
""", pw=_minio), _minio, "MinIO container docs: MINIO_ROOT_USER / MINIO_ROOT_PASSWORD")

_rk_id, _rk_sec = fakes.aws_key_id(_seed()), fakes.aws_secret_key(_seed())
add("python/boto3-keys", "damage-detect/rekognition_labels.py", fill('''\
"""Flag container damage (dents, holes) on gate images with a Rekognition Custom Labels model."""
import boto3

rekognition = boto3.client(
    "rekognition",
    region_name="eu-west-1",
    aws_access_key_id="<@id@>",
    aws_secret_access_key="<@sec@>",
)
MODEL_ARN = "arn:aws:rekognition:eu-west-1:418273641902:project/container-damage/version/v3/1709820000000"


def damage_labels(bucket: str, key: str) -> list:
    resp = rekognition.detect_custom_labels(
        ProjectVersionArn=MODEL_ARN,
        Image={"S3Object": {"Bucket": bucket, "Name": key}},
        MinConfidence=70,
    )
    return [(l["Name"], round(l["Confidence"], 1)) for l in resp["CustomLabels"]]
''', id=_rk_id, sec=_rk_sec), _rk_sec, "boto3 client(aws_access_key_id=..., aws_secret_access_key=...)")

_st = fakes.aws_session_token(_seed())
_st_id, _st_sec = "ASIA" + chars(16, string.ascii_uppercase + "234567"), fakes.aws_secret_key(_seed())
_nb3 = {
    "cells": [
        {"cell_type": "markdown", "metadata": {}, "source": ["## Damage model workshop - label review"]},
        {"cell_type": "code", "execution_count": 1, "metadata": {}, "outputs": [],
         "source": ["%env AWS_ACCESS_KEY_ID=" + _st_id + "\n",
                    "%env AWS_SECRET_ACCESS_KEY=" + _st_sec + "\n",
                    "%env AWS_SESSION_TOKEN=" + _st + "\n",
                    "%env AWS_DEFAULT_REGION=eu-west-1"]},
        {"cell_type": "code", "execution_count": 2, "metadata": {}, "outputs": [],
         "source": ["import boto3\n", "s3 = boto3.client('s3')\n",
                    "keys = [o['Key'] for o in s3.list_objects_v2(Bucket='hlx-gate-archive', Prefix='2024/03/11/')['Contents']]\n",
                    "len(keys)"]},
    ],
    "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
    "nbformat": 4, "nbformat_minor": 5,
}
add("notebook/aws-session-token", "damage-detect/notebooks/label_review.ipynb", json.dumps(_nb3, indent=1) + "\n", _st,
    "IPython %env magic; AWS STS temporary credentials (session token)")

add("python/decoy-boto3-profile", "damage-detect/export_dataset.py", """\
import boto3

# Uses the SSO profile configured with `aws configure sso`; no keys in code.
session = boto3.Session(profile_name="damage-detect-dev", region_name="eu-west-1")
s3 = session.client("s3")


def export(prefix: str, manifest_path: str) -> int:
    paginator = s3.get_paginator("list_objects_v2")
    count = 0
    with open(manifest_path, "w") as out:
        for page in paginator.paginate(Bucket="hlx-gate-archive", Prefix=prefix):
            for obj in page.get("Contents", []):
                out.write(f'{{"source-ref": "s3://hlx-gate-archive/{obj["Key"]}", "etag": {obj["ETag"]}}}\\n')
                count += 1
    return count
""", None, "boto3 Session(profile_name=...) with AWS IAM Identity Center")

_az = b64bytes(64)
add("python/azure-storage-key", "cctv/archive/upload_clips.py", fill('''\
from pathlib import Path

from azure.storage.blob import BlobServiceClient

CONN = (
    "DefaultEndpointsProtocol=https;AccountName=harbourcctvarchive;"
    "AccountKey=<@key@>;"
    "EndpointSuffix=core.windows.net"
)
service = BlobServiceClient.from_connection_string(CONN)
container = service.get_container_client("incident-clips")


def upload(clip: Path, incident: str) -> str:
    blob = f"{incident}/{clip.name}"
    with clip.open("rb") as fh:
        container.upload_blob(blob, fh, overwrite=False)
    return blob
''', key=_az), _az, "Azure Storage connection string: AccountName and AccountKey")

add("docker-compose/decoy-azurite-wellknown", "cctv/archive/docker-compose.test.yml", """\
# Local tests against Azurite. The account key below is Azurite's well-known development key,
# printed in Microsoft's docs for devstoreaccount1; it only works against the emulator.
services:
  azurite:
    image: mcr.microsoft.com/azure-storage/azurite:3.29.0
    ports:
      - "10000:10000"
  tests:
    build: .
    command: pytest -q tests/archive
    environment:
      AZURE_STORAGE_CONNECTION_STRING: "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;BlobEndpoint=http://azurite:10000/devstoreaccount1;"
    depends_on: [azurite]
""", None, "Azurite docs: well-known development storage account devstoreaccount1 and its published key")

_tg = fakes.telegram_token(_seed())
add("yaml/telegram-bot-token", "harbour-alerts/config.yaml", fill("""\
# Harbour master alert bot: high wind, lock closures, unidentified vessels at night
telegram:
  bot_token: "<@tok@>"
  chat_ids:
    harbour_master: -1001842736450
    night_watch: -1001842736451
rules:
  wind_gust_knots: 34
  ais_gap_minutes: 20
  restricted_zones:
    - name: lock approach
      polygon: [[51.448, 3.596], [51.451, 3.602], [51.446, 3.606], [51.443, 3.600]]
quiet_hours: "23:00-06:00"
""", tok=_tg), _tg, "Telegram Bot API: bot token <id>:<secret>")

_pd = hexs(32)
add("alertmanager-yaml/pagerduty-key", "monitoring/alertmanager/alertmanager.yml", fill("""\
global:
  resolve_timeout: 5m

route:
  receiver: harbour-ops
  group_by: [alertname, site]
  routes:
    - matchers: [ 'severity="critical"' ]
      receiver: harbour-ops-pager

receivers:
  - name: harbour-ops
    email_configs:
      - to: ops@harbour-ops.net
  - name: harbour-ops-pager
    pagerduty_configs:
      - routing_key: <@key@>
        severity: critical
        description: '{{ .CommonAnnotations.summary }}'
""", key=_pd), _pd, "Prometheus Alertmanager configuration: pagerduty_configs routing_key (Events API v2)")

add("alertmanager-yaml/decoy-key-file", "monitoring/alertmanager/alertmanager.staging.yml", """\
global:
  resolve_timeout: 5m
  slack_api_url_file: /etc/alertmanager/secrets/slack_url

route:
  receiver: staging-slack

receivers:
  - name: staging-slack
    slack_configs:
      - channel: '#harbour-ops-staging'
        title: '{{ .CommonLabels.alertname }}'
        text: '{{ range .Alerts }}{{ .Annotations.description }}{{ end }}'
  - name: staging-pager
    pagerduty_configs:
      - routing_key_file: /etc/alertmanager/secrets/pagerduty_key
""", None, "Alertmanager configuration: *_file options reading secrets from mounted files")

_prom = human_pw()
add("prometheus-yaml/basic-auth-password", "monitoring/prometheus/prometheus.yml", fill("""\
global:
  scrape_interval: 30s
  evaluation_interval: 30s

scrape_configs:
  - job_name: nvr-exporter
    scheme: https
    basic_auth:
      username: prometheus
      password: "<@pw@>"
    static_configs:
      - targets: ["nvr01.harbour.local:9810", "nvr02.harbour.local:9810"]
  - job_name: node
    static_configs:
      - targets: ["edge-pier-a:9100", "edge-pier-c:9100", "ocr-lane-in1:9100"]
""", pw=_prom), _prom, "Prometheus configuration: scrape_config basic_auth password")

add("prometheus-yaml/decoy-password-file", "monitoring/prometheus/prometheus.gate.yml", """\
global:
  scrape_interval: 30s

scrape_configs:
  - job_name: ocr-portals
    scheme: https
    basic_auth:
      username: prometheus
      password_file: /etc/prometheus/secrets/ocr_portals
    tls_config:
      ca_file: /etc/prometheus/certs/terminal-ca.pem
    static_configs:
      - targets: ["ocr-lane-in1:9443", "ocr-lane-in2:9443", "ocr-lane-out1:9443"]
""", None, "Prometheus configuration: basic_auth password_file")

# ---------------------------------------------------------------- crew and yacht charter platforms
_ns = rand_pw(12)
add("python/json-credentials", "charter-sync/nausys/client.py", fill('''\
"""NauSYS REST client: yachts, availability and reservations for our charter base in Split."""
import requests

BASE = "https://ws.nausys.com/CBMS-external/rest"
CREDENTIALS = {"username": "rest1843@HLXCHARTER", "password": "<@pw@>"}


def _post(path: str, body: dict) -> dict:
    payload = {"credentials": CREDENTIALS, **body}
    resp = requests.post(f"{BASE}{path}", json=payload, timeout=60)
    resp.raise_for_status()
    data = resp.json()
    if data.get("status") != "OK":
        raise RuntimeError(data.get("errorCode"))
    return data


def yachts(company_id: int) -> list:
    return _post(f"/catalogue/v6/yachts/{company_id}", {})["yachts"]


def free_yachts(period_from: str, period_to: str, yacht_ids: list) -> list:
    return _post("/yachtReservation/v6/freeYachts", {
        "periodFrom": period_from, "periodTo": period_to, "yachts": yacht_ids,
    })["freeYachts"]
''', pw=_ns), _ns, "NauSYS CBMS external REST: credentials object with username and password")

_bm = rand_pw(64)
add("php/services-api-key", "charter-site/config/services.php", fill("""\
<?php

return [
    'booking_manager' => [
        'base_url' => 'https://www.booking-manager.com/api/v2',
        'api_key' => '<@key@>',
        'company_id' => 7731,
        'cache_minutes' => 30,
    ],

    'stripe' => [
        'key' => env('STRIPE_KEY'),
        'secret' => env('STRIPE_SECRET'),
    ],

    'mailgun' => [
        'domain' => env('MAILGUN_DOMAIN'),
        'secret' => env('MAILGUN_SECRET'),
    ],
];
""", key=_bm), _bm, "Laravel config/services.php; Booking Manager API v2 key (Authorization: Bearer)")

_jwt_s = rand_pw(48, "-_")
add("dotenv/jwt-secret", "crew-portal/.env", fill("""\
PORT=4000
NODE_ENV=production
DATABASE_URL=postgres://crew_portal@pg-crew.internal:5432/crew
JWT_SECRET=<@s@>
JWT_EXPIRES_IN=12h
CERT_EXPIRY_WARNING_DAYS=60
STCW_DOCS_BUCKET=crew-portal-documents
""", s=_jwt_s), _jwt_s, "jsonwebtoken HS256 shared signing secret in a dotenv file")

_jwt_t = jwt({"sub": "crew-admin", "iss": "https://crew.harborlynx.example", "role": "manning-agent",
              "iat": 1710230400, "exp": 1741766400})
_pm = {
    "info": {"name": "Crew API", "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"},
    "auth": {"type": "bearer", "bearer": [{"key": "token", "value": _jwt_t, "type": "string"}]},
    "item": [
        {"name": "List crew on vessel", "request": {"method": "GET", "url": "https://crew.harborlynx.example/api/vessels/9839179/crew"}},
        {"name": "Expiring certificates", "request": {"method": "GET", "url": "https://crew.harborlynx.example/api/certificates?expiresWithin=60"}},
    ],
}
add("postman-collection/jwt-bearer", "docs/postman/Crew-API.postman_collection.json", json.dumps(_pm, indent=2) + "\n", _jwt_t,
    "Postman Collection v2.1 format: collection-level bearer auth; RFC 7519 JWT")

_pe = {
    "id": uuid_s(), "name": "crew-api-staging",
    "values": [
        {"key": "baseUrl", "value": "https://crew-staging.harborlynx.example/api", "enabled": True},
        {"key": "crew_api_token", "value": "", "type": "secret", "enabled": True},
        {"key": "vesselImo", "value": imo(), "enabled": True},
        {"key": "authHeader", "value": "Bearer {{crew_api_token}}", "enabled": True},
    ],
    "_postman_variable_scope": "environment",
}
add("postman-environment/decoy-empty-secret", "docs/postman/crew-api-staging.postman_environment.json",
    json.dumps(_pe, indent=2) + "\n", None, "Postman environment export: secret-typed variable left empty, {{var}} references")

_p8 = pem("PRIVATE KEY", 3)
add("p8/apns-auth-key", "crew-app/ios/keys/AuthKey_7QX3K9M2TL.p8", _p8 + "\n", _p8,
    "Apple developer docs: APNs token-based authentication key (.p8, PKCS#8 EC private key)")

_oa = fakes.openai_key(_seed())
add("python/openai-key", "crew-assistant/app/llm.py", fill('''\
"""Answer crew questions about rest hours (MLC 2006) and certificate renewals."""
from openai import OpenAI

client = OpenAI(api_key="<@key@>")

SYSTEM = (
    "You help seafarers on HLX vessels. Answer from the company's SMS manual excerpts only; "
    "for MLC rest-hour questions cite the regulation."
)


def answer(question: str, context: str) -> str:
    resp = client.chat.completions.create(
        model="gpt-4o-mini",
        messages=[{"role": "system", "content": SYSTEM},
                  {"role": "user", "content": f"Context:\\n{context}\\n\\nQuestion: {question}"}],
        temperature=0.2,
    )
    return resp.choices[0].message.content
''', key=_oa), _oa, "OpenAI Python SDK: OpenAI(api_key=...); project keys sk-proj-")

_ghp = fakes.github_token(_seed())
add("dockerfile/github-token-in-url", "charter-api/Dockerfile", fill("""\
FROM node:20-bookworm-slim AS build
WORKDIR /app
RUN apt-get update && apt-get install -y --no-install-recommends git ca-certificates && rm -rf /var/lib/apt/lists/*
# shared yacht-spec library lives in a private repo
RUN git clone --depth 1 https://x-access-token:<@tok@>@github.com/harborlynx/yacht-specs.git /deps/yacht-specs
COPY package*.json ./
RUN npm ci
COPY . .
RUN npm run build

FROM node:20-bookworm-slim
WORKDIR /app
COPY --from=build /app/dist ./dist
COPY --from=build /app/node_modules ./node_modules
USER node
CMD ["node", "dist/server.js"]
""", tok=_ghp), _ghp, "GitHub personal access token (ghp_) used in an HTTPS clone URL")

add("dockerfile/decoy-build-secret", "crew-portal/Dockerfile", fill("""\
# syntax=docker/dockerfile:1.6
FROM python:3.12-slim@sha256:<@d1@>
ENV PIP_NO_CACHE_DIR=1
WORKDIR /app
ADD --checksum=sha256:<@d2@> \\
    https://github.com/jwilder/dockerize/releases/download/v0.7.0/dockerize-linux-amd64-v0.7.0.tar.gz /tmp/dockerize.tgz
RUN tar -C /usr/local/bin -xzf /tmp/dockerize.tgz && rm /tmp/dockerize.tgz
COPY requirements.txt .
RUN --mount=type=secret,id=pip_conf,target=/etc/pip.conf pip install -r requirements.txt
COPY . .
USER 10001
CMD ["gunicorn", "crew_portal.wsgi", "-b", "0.0.0.0:8000"]
""", d1=hexs(64), d2=hexs(64)), None, "Dockerfile reference: image digest pin, ADD --checksum, RUN --mount=type=secret")

_npm = fakes.fake("npm_", 36, _seed())
add("npmrc/auth-token", "charter-site/.npmrc", fill("""\
registry=https://registry.npmjs.org/
@harborlynx:registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=<@tok@>
save-exact=true
engine-strict=true
fund=false
""", tok=_npm), _npm, "npm docs: .npmrc _authToken; npm access token prefix npm_")

add("npmrc/decoy-env-token", "crew-portal/web/.npmrc", """\
registry=https://registry.npmjs.org/
@harborlynx:registry=https://npm.pkg.github.com/
//npm.pkg.github.com/:_authToken=${NODE_AUTH_TOKEN}
always-auth=true
save-exact=true
""", None, "npm config: ${VAR} environment expansion in .npmrc")

_pypi = fakes.pypi_token(_seed())
add("pypirc/pypi-token", "ais-tools/.pypirc", fill("""\
[distutils]
index-servers =
    pypi
    internal

[pypi]
username = __token__
password = <@tok@>

[internal]
repository = https://nexus.terminal.local/repository/pypi-internal/
username = ais-tools-ci
""", tok=_pypi), _pypi, "Python packaging .pypirc; PyPI API tokens (pypi-) with __token__ user")

_art = rand_pw(64)
add("pip-conf/index-url-credentials", "deploy/pip/pip.conf", fill("""\
[global]
timeout = 60
index-url = https://ais-build:<@pw@>@harborlynx.jfrog.io/artifactory/api/pypi/pypi-virtual/simple
trusted-host = harborlynx.jfrog.io
disable-pip-version-check = true

[install]
only-binary = :all:
""", pw=_art), _art, "pip configuration file: index-url with credentials (Artifactory PyPI)")

_glp = gitlab_token()
add("gitlab-ci/gitlab-token", ".gitlab-ci.yml", fill("""\
stages: [test, release]

variables:
  PIP_CACHE_DIR: "$CI_PROJECT_DIR/.cache/pip"

test:
  stage: test
  image: python:3.12
  script:
    - pip install -e .[test]
    - pytest -q

release:
  stage: release
  image: registry.gitlab.com/gitlab-org/release-cli:latest
  rules:
    - if: $CI_COMMIT_TAG
  variables:
    GITLAB_TOKEN: "<@tok@>"
  script:
    - >
      curl --fail --header "PRIVATE-TOKEN: ${GITLAB_TOKEN}"
      --data "name=${CI_COMMIT_TAG}&tag_name=${CI_COMMIT_TAG}"
      "${CI_API_V4_URL}/projects/${CI_PROJECT_ID}/releases"
""", tok=_glp), _glp, "GitLab personal access tokens (glpat-); .gitlab-ci.yml variables")

add("gitlab-ci/decoy-job-token", "charter-sync/.gitlab-ci.yml", """\
stages: [build, publish]

build:
  stage: build
  image: python:3.12
  script:
    - pip install build
    - python -m build
  artifacts:
    paths: [dist/]

publish:
  stage: publish
  image: python:3.12
  rules:
    - if: $CI_COMMIT_TAG
  script:
    - pip install twine
    - TWINE_PASSWORD=${CI_JOB_TOKEN} TWINE_USERNAME=gitlab-ci-token
      python -m twine upload --repository-url ${CI_API_V4_URL}/projects/${CI_PROJECT_ID}/packages/pypi dist/*
""", None, "GitLab CI predefined variable CI_JOB_TOKEN; masked project variables")

_reg = human_pw()
add("docker-config-json/registry-auth", "deploy/registry/config.json", fill("""\
{
  "auths": {
    "registry.harborlynx.example": {
      "auth": "<@a@>"
    },
    "ghcr.io": {}
  },
  "credsStore": "",
  "HttpHeaders": {
    "User-Agent": "Docker-Client/24.0.7 (linux)"
  }
}
""", a=b64("robot$charter-ci:" + _reg)), _reg, "Docker CLI config.json auths.<registry>.auth = base64(user:password)")

_rds = rand_pw(24)
add("terraform/rds-master-password", "infra/crew/rds.tf", fill("""\
resource "aws_db_instance" "crew" {
  identifier              = "crew-prod"
  engine                  = "postgres"
  engine_version          = "15.5"
  instance_class          = "db.t4g.medium"
  allocated_storage       = 100
  db_name                 = "crew"
  username                = "crew_admin"
  password                = "<@pw@>"
  db_subnet_group_name    = aws_db_subnet_group.crew.name
  vpc_security_group_ids  = [aws_security_group.crew_db.id]
  backup_retention_period = 14
  storage_encrypted       = true
  deletion_protection     = true
  tags = {
    team = "crew-platform"
  }
}
""", pw=_rds), _rds, "Terraform AWS provider aws_db_instance: password argument")

add("terraform/decoy-random-password", "infra/charter/rds.tf", """\
resource "random_password" "charter_db" {
  length           = 32
  special          = true
  override_special = "!#%&*()-_=+"
}

resource "aws_secretsmanager_secret_version" "charter_db" {
  secret_id     = aws_secretsmanager_secret.charter_db.id
  secret_string = random_password.charter_db.result
}

resource "aws_db_instance" "charter" {
  identifier     = "charter-prod"
  engine         = "postgres"
  instance_class = "db.t4g.small"
  username       = var.db_admin_user
  password       = random_password.charter_db.result
  kms_key_id     = "arn:aws:kms:eu-west-1:731928374650:key/6f1c2a9e-7b3d-4e0f-8a6b-5c4d3e2f1a0b"
}
""", None, "Terraform random_password resource and var references; KMS key ARN (an id)")

_dd = hexs(32)
add("tfvars/datadog-api-key", "infra/monitoring/prod.tfvars", fill("""\
environment      = "prod"
region           = "eu-west-1"
datadog_site     = "datadoghq.eu"
datadog_api_key  = "<@key@>"
alert_recipients = ["@slack-crew-platform", "@pagerduty-crew"]
monitored_services = [
  "crew-portal",
  "crew-assistant",
  "charter-sync",
]
""", key=_dd), _dd, "Terraform .tfvars; Datadog API key (32 hex characters)")

_smtp = name_pw()
add("helm-values/smtp-password", "deploy/helm/crew-portal/values-prod.yaml", fill("""\
replicaCount: 3
image:
  repository: registry.harborlynx.example/crew/crew-portal
  tag: "4.11.2"
ingress:
  enabled: true
  className: nginx
  hosts:
    - host: crew.harborlynx.example
      paths: [{ path: /, pathType: Prefix }]
env:
  DJANGO_SETTINGS_MODULE: crew_portal.settings.production
  EMAIL_HOST: smtp.office365.com
  EMAIL_PORT: "587"
  EMAIL_HOST_USER: crew-notifications@harborlynx.example
  EMAIL_HOST_PASSWORD: "<@pw@>"
resources:
  requests: { cpu: 250m, memory: 512Mi }
""", pw=_smtp), _smtp, "Helm chart values file; Django EMAIL_HOST_PASSWORD setting")

add("helm-values/decoy-existing-secret", "deploy/helm/charter-api/values-prod.yaml", """\
replicaCount: 2
image:
  repository: registry.harborlynx.example/charter/charter-api
  tag: "2.7.0"
mongodb:
  auth:
    existingSecret: charter-api-mongodb
    existingSecretPasswordKey: mongodb-password
envFrom:
  - secretRef:
      name: charter-api-env
env:
  - name: JWT_SECRET
    valueFrom:
      secretKeyRef:
        name: charter-api-jwt
        key: secret
podAnnotations:
  checksum/config: '{{ include (print $.Template.BasePath "/configmap.yaml") . | sha256sum }}'
""", None, "Helm values: existingSecret, secretKeyRef and a checksum annotation template")

_ses_pw = "B" + chars(43, ALNUM + "+/")
add("java-properties/ses-smtp-password", "crew-notify/src/main/resources/mail.properties", fill("""\
# Amazon SES SMTP interface (eu-west-1)
mail.smtp.host=email-smtp.eu-west-1.amazonaws.com
mail.smtp.port=587
mail.smtp.auth=true
mail.smtp.starttls.enable=true
mail.smtp.starttls.required=true
mail.smtp.user=<@user@>
mail.smtp.password=<@pw@>
mail.from=crew-notifications@harborlynx.example
mail.template.dir=classpath:/templates/mail
""", user=fakes.aws_key_id(_seed()), pw=_ses_pw), _ses_pw,
    "Amazon SES SMTP credentials (SMTP user is an access key id, password derived from the secret)")

_kc = rand_pw(32)
add("keycloak-json/client-secret", "keycloak/realms/crew-realm.json", fill("""\
{
  "realm": "crew",
  "enabled": true,
  "sslRequired": "external",
  "registrationAllowed": false,
  "clients": [
    {
      "clientId": "crew-portal",
      "enabled": true,
      "protocol": "openid-connect",
      "publicClient": false,
      "clientAuthenticatorType": "client-secret",
      "secret": "<@s@>",
      "redirectUris": ["https://crew.harborlynx.example/*"],
      "standardFlowEnabled": true,
      "serviceAccountsEnabled": true
    }
  ],
  "roles": { "realm": [ { "name": "manning-agent" }, { "name": "master" }, { "name": "crew" } ] }
}
""", s=_kc), _kc, "Keycloak realm import JSON: confidential client secret")

add("keycloak-json/decoy-masked-export", "keycloak/realms/charter-realm-export.json", """\
{
  "realm": "charter",
  "enabled": true,
  "clients": [
    {
      "clientId": "charter-site",
      "enabled": true,
      "publicClient": false,
      "clientAuthenticatorType": "client-secret",
      "secret": "**********",
      "redirectUris": ["https://charter.harborlynx.example/*"]
    },
    {
      "clientId": "charter-spa",
      "publicClient": true,
      "redirectUris": ["https://charter.harborlynx.example/app/*"],
      "webOrigins": ["+"]
    }
  ]
}
""", None, "Keycloak partial export: client secrets masked as **********")

_r = human_pw()
add("r/dbconnect-password", "analytics/crew/rest_hours_report.R", fill("""\
library(DBI)
library(dplyr)
library(ggplot2)

con <- dbConnect(
  RPostgres::Postgres(),
  host = "pg-crew.internal",
  dbname = "crew",
  user = "analyst_ro",
  password = "<@pw@>",
  sslmode = "require"
)

rest <- tbl(con, "rest_hours") |>
  filter(period_start >= as.Date("2024-01-01")) |>
  group_by(vessel_imo, rank) |>
  summarise(violations = sum(hours_rest_24h < 10), .groups = "drop") |>
  collect()

ggplot(rest, aes(rank, violations, fill = vessel_imo)) + geom_col() + coord_flip()
ggsave("rest_hours_violations.png", width = 8, height = 5)
dbDisconnect(con)
""", pw=_r), _r, "DBI dbConnect with RPostgres::Postgres(): password argument")

_sf = name_pw()
_nb4 = {
    "cells": [
        {"cell_type": "markdown", "metadata": {}, "source": ["# Fatigue risk by watch pattern"]},
        {"cell_type": "code", "execution_count": 1, "metadata": {}, "outputs": [],
         "source": ["import snowflake.connector\n",
                    "conn = snowflake.connector.connect(\n",
                    "    account=\"hx41872.eu-west-1\",\n",
                    "    user=\"ANOUK_DEVRIES\",\n",
                    "    password=\"" + _sf + "\",\n",
                    "    warehouse=\"ANALYST_WH\",\n",
                    "    database=\"CREW\",\n",
                    "    schema=\"MARTS\",\n",
                    ")"]},
        {"cell_type": "code", "execution_count": 2, "metadata": {}, "outputs": [],
         "source": ["df = conn.cursor().execute(\"select watch_pattern, avg(kss_score) from fatigue group by 1\").fetch_pandas_all()\n",
                    "df"]},
    ],
    "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
    "nbformat": 4, "nbformat_minor": 5,
}
add("notebook/snowflake-password", "analytics/crew/fatigue_watch_patterns.ipynb", json.dumps(_nb4, indent=1) + "\n", _sf,
    "Snowflake Connector for Python: connect(account, user, password, ...)")

_nb5 = {
    "cells": [
        {"cell_type": "code", "execution_count": 1, "metadata": {}, "outputs": [],
         "source": ["import getpass\n", "import snowflake.connector\n",
                    "conn = snowflake.connector.connect(account=\"hx41872.eu-west-1\", user=getpass.getuser().upper(),\n",
                    "                                   authenticator=\"externalbrowser\", warehouse=\"ANALYST_WH\")"]},
        {"cell_type": "code", "execution_count": 2, "metadata": {},
         "outputs": [{"name": "stdout", "output_type": "stream",
                      "text": ["query id: " + uuid_s() + "\n", "rows: 1843\n"]}],
         "source": ["cur = conn.cursor().execute(\"select * from CREW.MARTS.CERTIFICATES where expires < dateadd(day, 60, current_date)\")\n",
                    "print('query id:', cur.sfqid)\n", "print('rows:', cur.rowcount)"]},
    ],
    "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
    "nbformat": 4, "nbformat_minor": 5,
}
add("notebook/decoy-sso-login", "analytics/crew/expiring_certificates.ipynb", json.dumps(_nb5, indent=1) + "\n", None,
    "Snowflake connector authenticator=externalbrowser (SSO); query id is a UUID")

_af = human_pw()
add("airflow-settings/connection-password", "airflow/airflow_settings.yaml", fill("""\
# Astro CLI local settings: connections, pools and variables loaded by `astro dev start`
airflow:
  connections:
    - conn_id: crew_postgres
      conn_type: postgres
      conn_host: pg-crew.internal
      conn_schema: crew
      conn_login: airflow_etl
      conn_password: <@pw@>
      conn_port: 5432
  pools:
    - pool_name: nausys
      pool_slot: 2
      pool_description: NauSYS API rate limit
  variables:
    - variable_name: charter_base
      variable_value: HRSPU
""", pw=_af), _af, "Astronomer Astro CLI airflow_settings.yaml: connections conn_password")

add("datadog-yaml/decoy-secret-backend", "ops/datadog/datadog.charter.yaml", """\
api_key: ENC[datadog_api_key]
secret_backend_command: /opt/datadog-agent/bin/secret-helper
secret_backend_arguments:
  - --vault-path
  - secret/datadog/charter
site: datadoghq.eu
tags:
  - team:charter
  - env:prod
logs_enabled: true
""", None, "Datadog Agent secrets management: ENC[handle] with secret_backend_command")

_sb_tok = slack_bot()
add("javascript/slack-bot-token", "crew-roster-bot/index.js", fill("""\
const { App } = require('@slack/bolt');

const app = new App({
  token: '<@tok@>',
  signingSecret: process.env.SLACK_SIGNING_SECRET,
});

// /onboard <vessel> - who joins which vessel this week
app.command('/onboard', async ({ command, ack, respond }) => {
  await ack();
  const vessel = command.text.trim().toUpperCase();
  const joiners = await require('./roster').joinersThisWeek(vessel);
  await respond(joiners.length
    ? joiners.map((j) => `${j.rank} ${j.name} joins ${vessel} at ${j.port} on ${j.date}`).join('\\n')
    : `No crew changes for ${vessel} this week.`);
});

(async () => {
  await app.start(process.env.PORT || 3000);
})();
""", tok=_sb_tok), _sb_tok, "Slack Bolt for JavaScript: App({ token }) with a bot token xoxb-")

_sd = name_pw()
add("systemd/environment-password", "deploy/systemd/charter-sync.service", fill("""\
[Unit]
Description=Charter availability sync (NauSYS, Booking Manager)
After=network-online.target
Wants=network-online.target

[Service]
Type=simple
User=charter
WorkingDirectory=/opt/charter-sync
Environment=CHARTER_DB_URL=postgresql://charter_sync@pg-charter.internal/charter
Environment=CHARTER_DB_PASSWORD=<@pw@>
Environment=SYNC_INTERVAL=900
ExecStart=/opt/charter-sync/.venv/bin/python -m charter_sync
Restart=on-failure

[Install]
WantedBy=multi-user.target
""", pw=_sd), _sd, "systemd.exec(5): Environment= assignments in a unit file")

add("systemd/decoy-load-credential", "deploy/systemd/crew-assistant.service", """\
[Unit]
Description=Crew assistant API
After=network-online.target

[Service]
Type=simple
User=crew
EnvironmentFile=/etc/crew-assistant/env
LoadCredential=openai-key:/etc/credstore/crew-assistant.openai
ExecStart=/opt/crew-assistant/.venv/bin/uvicorn app.main:app --port 8010
Restart=on-failure
ProtectSystem=strict
NoNewPrivileges=true

[Install]
WantedBy=multi-user.target
""", None, "systemd.exec(5): EnvironmentFile= and LoadCredential= (secrets kept outside the unit)")

add("serverless/decoy-ssm-refs", "crew-roster-sync/serverless.yml", """\
service: crew-roster-sync
frameworkVersion: "3"

provider:
  name: aws
  runtime: nodejs20.x
  region: eu-west-1
  environment:
    SLACK_BOT_TOKEN: ${ssm:/crew/roster-sync/slack-bot-token}
    CREW_DB_URL: ${ssm:/crew/roster-sync/db-url}
    STAGE: ${sls:stage}

functions:
  sync:
    handler: src/sync.handler
    events:
      - schedule: rate(30 minutes)
""", None, "Serverless Framework variables: ${ssm:/path} references to Parameter Store")

add("sops-yaml/decoy-encrypted", "deploy/secrets/charter-sync.enc.yaml", fill("""\
nausys_password: ENC[AES256_GCM,data:<@d1@>,iv:<@iv1@>,tag:<@t1@>,type:str]
booking_manager_api_key: ENC[AES256_GCM,data:<@d2@>,iv:<@iv2@>,tag:<@t2@>,type:str]
sops:
    kms:
        - arn: arn:aws:kms:eu-west-1:731928374650:key/6f1c2a9e-7b3d-4e0f-8a6b-5c4d3e2f1a0b
          created_at: "2024-03-02T09:14:55Z"
          enc: <@enc@>
          aws_profile: ""
    lastmodified: "2024-03-02T09:15:02Z"
    mac: ENC[AES256_GCM,data:<@mac@>,iv:<@iv3@>,tag:<@t3@>,type:str]
    unencrypted_suffix: _unencrypted
    version: 3.8.1
""", d1=b64bytes(12), iv1=b64bytes(32), t1=b64bytes(16), d2=b64bytes(48), iv2=b64bytes(32), t2=b64bytes(16),
     enc=b64bytes(180), mac=b64bytes(48), iv3=b64bytes(32), t3=b64bytes(16)), None,
    "Mozilla SOPS encrypted YAML: ENC[AES256_GCM,...] values and sops metadata")

_azs = azure_client_secret()
add("azure-pipelines/client-secret", "azure-pipelines.yml", fill("""\
trigger:
  branches:
    include: [main]

pool:
  vmImage: ubuntu-latest

steps:
  - task: NodeTool@0
    inputs:
      versionSpec: "20.x"
  - script: npm ci && npm run build
    displayName: Build charter site
  - script: |
      az login --service-principal \\
        -u 3f9d2c71-5a4e-4b8f-9c6d-1e2f3a4b5c6d \\
        -p '<@s@>' \\
        --tenant 8a7b6c5d-4e3f-4a1b-9c8d-7e6f5a4b3c2d
      az storage blob upload-batch -d '$web' -s dist --account-name charterstaticprod --overwrite
    displayName: Deploy static site
""", s=_azs), _azs, "Azure CLI az login --service-principal -p <client secret>; Entra ID client secret shape")

add("azure-pipelines/decoy-variable-group", "crew-portal/azure-pipelines.yml", """\
trigger:
  branches:
    include: [main]

variables:
  - group: crew-portal-prod   # linked to Key Vault kv-crew-prd

pool:
  vmImage: ubuntu-latest

steps:
  - task: AzureCLI@2
    inputs:
      azureSubscription: sc-crew-prod
      scriptType: bash
      scriptLocation: inlineScript
      inlineScript: |
        az webapp config appsettings set -g rg-crew-prd -n app-crew-portal \\
          --settings DB_PASSWORD="$(CrewDbPassword)" JWT_SECRET="$(CrewJwtSecret)"
""", None, "Azure Pipelines variable groups linked to Key Vault; $(var) macro syntax")

_bb_id, _bb_sec = fakes.aws_key_id(_seed()), fakes.aws_secret_key(_seed())
add("bitbucket-pipelines/aws-secret", "bitbucket-pipelines.yml", fill("""\
image: python:3.12

pipelines:
  branches:
    main:
      - step:
          name: Test
          caches: [pip]
          script:
            - pip install -r requirements.txt
            - pytest -q
      - step:
          name: Deploy quotes lambda
          deployment: production
          script:
            - pipe: atlassian/aws-lambda-deploy:1.11.0
              variables:
                AWS_ACCESS_KEY_ID: "<@id@>"
                AWS_SECRET_ACCESS_KEY: "<@sec@>"
                AWS_DEFAULT_REGION: "eu-west-1"
                FUNCTION_NAME: "charter-quotes"
                COMMAND: "update"
                ZIP_FILE: "quotes.zip"
""", id=_bb_id, sec=_bb_sec), _bb_sec, "Bitbucket Pipelines atlassian/aws-lambda-deploy pipe variables")

_jk = human_pw()
add("jenkinsfile/sh-password", "crew-portal/Jenkinsfile", fill("""\
pipeline {
    agent { label 'docker' }
    environment {
        IMAGE = "registry.harborlynx.example/crew/crew-portal:${env.BUILD_NUMBER}"
    }
    stages {
        stage('Test') {
            steps { sh 'make test' }
        }
        stage('Push') {
            steps {
                sh 'echo "<@pw@>" | docker login registry.harborlynx.example -u jenkins-crew --password-stdin'
                sh 'docker build -t $IMAGE . && docker push $IMAGE'
            }
        }
        stage('Deploy') {
            steps { sh 'helm upgrade --install crew-portal deploy/helm/crew-portal -f deploy/helm/crew-portal/values-prod.yaml' }
        }
    }
}
""", pw=_jk), _jk, "Jenkins declarative pipeline sh step; docker login --password-stdin")

add("jenkinsfile/decoy-with-credentials", "charter-api/Jenkinsfile", """\
pipeline {
    agent { label 'docker' }
    stages {
        stage('Push') {
            steps {
                withCredentials([usernamePassword(credentialsId: 'harborlynx-registry',
                                                  usernameVariable: 'REG_USER',
                                                  passwordVariable: 'REG_PASS')]) {
                    sh 'echo "$REG_PASS" | docker login registry.harborlynx.example -u "$REG_USER" --password-stdin'
                    sh 'docker build -t registry.harborlynx.example/charter/charter-api:$BUILD_NUMBER .'
                    sh 'docker push registry.harborlynx.example/charter/charter-api:$BUILD_NUMBER'
                }
            }
        }
    }
}
""", None, "Jenkins Credentials Binding plugin: withCredentials usernamePassword")

_rk = stripe_key("rk_live_", 99)
add("ruby/stripe-restricted-key", "charter-payouts/config/initializers/stripe.rb", fill("""\
# Restricted key: Connect transfers + payouts only (owner payouts for managed yachts)
Stripe.api_key = '<@k@>'
Stripe.api_version = '2023-10-16'
Stripe.max_network_retries = 2

Rails.configuration.x.payouts = {
  hold_days: 14,
  currency: 'eur',
  statement_descriptor: 'HLX CHARTER PAYOUT'
}
""", k=_rk), _rk, "Stripe restricted API keys (rk_live_); stripe-ruby Stripe.api_key")

_dh = rand_pw(20)
add("circleci/dockerhub-password", ".circleci/config.yml", fill("""\
version: 2.1

jobs:
  build:
    docker:
      - image: cimg/python:3.12
        auth:
          username: harborlynxci
          password: <@pw@>
    steps:
      - checkout
      - run: pip install -r requirements.txt
      - run: pytest -q

workflows:
  main:
    jobs:
      - build
""", pw=_dh), _dh, "CircleCI config reference: docker image auth username/password")

_nrc = rand_pw(28)
add("netrc/machine-password", "ops/charter/.netrc", fill("""\
machine api.booking-manager.com
  login hlx-charter-sync
  password <@pw@>

machine nexus.terminal.local
  login readonly
  password readonly
""", pw=_nrc), _nrc, "netrc(5) file format: machine / login / password")

_ssh = pem("OPENSSH PRIVATE KEY", 6)
add("ssh-private-key/openssh", "deploy/keys/charter_deploy", _ssh + "\n", _ssh,
    "OpenSSH private key format (openssh-key-v1, PROTOCOL.key)")

add("ssh-authorized-keys/decoy-public-keys", "deploy/keys/authorized_keys", "\n".join([
    "# charter-sync hosts - deploy access",
    ssh_pub("charter-deploy@ci"),
    ssh_pub("mateo@laptop"),
    ssh_pub("freya@ops-bastion"),
    "ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABgQ" + chars(520, ALNUM + "+/") + " backup@nas01",
]) + "\n", None, "sshd(8) AUTHORIZED_KEYS file format: public keys only")

_sa_tok = b64url_json({"alg": "RS256", "kid": chars(43, URLSAFE)}) + "." + b64url_json(
    {"iss": "kubernetes/serviceaccount", "kubernetes.io/serviceaccount/namespace": "charter",
     "kubernetes.io/serviceaccount/service-account.name": "ci-deployer", "sub": "system:serviceaccount:charter:ci-deployer"}
) + "." + chars(342, URLSAFE)
add("kubeconfig/service-account-token", "deploy/kube/ci-deployer.kubeconfig", fill("""\
apiVersion: v1
kind: Config
clusters:
  - name: charter-prod
    cluster:
      server: https://k8s-api.charter.harborlynx.example:6443
      certificate-authority-data: <@ca@>
contexts:
  - name: ci-deployer@charter-prod
    context:
      cluster: charter-prod
      namespace: charter
      user: ci-deployer
current-context: ci-deployer@charter-prod
users:
  - name: ci-deployer
    user:
      token: <@tok@>
""", ca=b64(cert_pem(4)), tok=_sa_tok), _sa_tok, "kubeconfig users[].user.token (service account bearer token)")

add("kubeconfig/decoy-exec-plugin", "deploy/kube/crew-eks.kubeconfig", fill("""\
apiVersion: v1
kind: Config
clusters:
  - name: crew-eks
    cluster:
      server: https://<@id@>.gr7.eu-west-1.eks.amazonaws.com
      certificate-authority-data: <@ca@>
contexts:
  - name: crew-eks
    context: { cluster: crew-eks, user: crew-eks }
current-context: crew-eks
users:
  - name: crew-eks
    user:
      exec:
        apiVersion: client.authentication.k8s.io/v1beta1
        command: aws
        args: [eks, get-token, --cluster-name, crew-eks, --region, eu-west-1]
""", id=hexs(32).upper(), ca=b64(cert_pem(4))), None,
    "kubeconfig exec credential plugin (aws eks get-token); CA data is a public certificate")

# ---------------------------------------------------------------- runbooks, exports, fixtures and other decoys
_wifi = name_pw()
add("markdown/table-password", "docs/handover/harbour-office-it.md", fill("""\
# Harbour office IT handover (from Pieter, leaving 31 March)

| Device                    | Address        | Login      | Password            |
|---------------------------|----------------|------------|---------------------|
| Office router (Draytek)   | 192.168.10.1   | admin      | <@pw@>        |
| VHF logger PC             | 192.168.10.40  | havenkantoor | (Windows login)   |
| Pier C pedestal gateway   | 10.20.7.10     | installer  | see Walcheren sheet |

Notes:
- The guest Wi-Fi voucher printer resets every night at 03:00.
- Tide board feed comes from Rijkswaterstaat, nothing to configure.
- Ask Rosa for the Molo admin invite; accounts are personal.
""", pw=_wifi), _wifi, "Team handover notes (Markdown table) holding a device admin password")

_rst = human_pw()
add("rst/example-password", "docs/source/ops/restore_ais_db.rst", fill("""\
Restoring the AIS database
==========================

The nightly ``pg_dump`` lands in ``s3://ais-archive-prod/backups/``. To restore onto the
standby:

.. code-block:: bash

   aws s3 cp s3://ais-archive-prod/backups/ais-$(date +%F).dump /tmp/ais.dump
   PGPASSWORD='<@pw@>' pg_restore -h pg-ais-standby.harbour-ops.net \\
       -U ais_admin -d ais --clean --if-exists -j 4 /tmp/ais.dump

Check row counts afterwards:

.. code-block:: sql

   SELECT count(*) FROM positions WHERE ts > now() - interval '1 day';

If the count is zero, the decoder was paused during the dump; rerun it from the previous day.
""", pw=_rst), _rst, "reStructuredText code-block; libpq PGPASSWORD environment variable on a command line")

add("markdown/decoy-masked-values", "docs/runbooks/stripe-key-rotation.md", """\
# Rotating the Stripe keys for the booking API

1. In the Stripe dashboard, roll the secret key (`sk_live_****************************Xq7d`) with a
   12 hour expiry on the old key.
2. Put the new key in AWS Secrets Manager under `prod/marina-booking/stripe` (key `secret_key`).
3. Restart the API: `kubectl -n booking rollout restart deploy/booking-api`.
4. Roll the webhook signing secret (`whsec_****`) the same way and update
   `prod/marina-booking/stripe` key `webhook_secret`.
5. Check the dashboard's webhook log for `200` responses.

The publishable key (`pk_live_...`) does not change when the secret key is rolled.
""", None, "Runbook with masked key values (sk_live_****) and secret store paths")

_csv_pw = rand_pw(12)
add("csv/device-passwords", "cctv/inventory/cameras_2024.csv", fill("""\
site,location,model,ip,mac,username,password,firmware
Pier A,Quay north,AXIS Q6135-LE,10.30.1.21,00:40:8C:<@m1@>,root,<@pw@>,11.8.64
Pier A,Fuel dock,AXIS P1465-LE,10.30.1.22,00:40:8C:<@m2@>,root,<@pw@>,11.8.64
Pier A,Slipway,AXIS P1465-LE,10.30.1.23,00:40:8C:<@m3@>,root,<@pw@>,11.8.64
Gate,IN-1 ANPR,DS-TCG406-E,10.30.4.11,44:19:B6:<@m4@>,admin,<@pw2@>,V5.2.1
Gate,OUT-1 ANPR,DS-TCG406-E,10.30.4.12,44:19:B6:<@m5@>,admin,<@pw2@>,V5.2.1
""", pw=_csv_pw, pw2=rand_pw(12), m1=":".join(hexs(2).upper() for _ in range(3)), m2=":".join(hexs(2).upper() for _ in range(3)),
     m3=":".join(hexs(2).upper() for _ in range(3)), m4=":".join(hexs(2).upper() for _ in range(3)),
     m5=":".join(hexs(2).upper() for _ in range(3))), _csv_pw, "CSV device inventory export (RFC 4180) with a password column")

_berth_rows = "\n".join(
    f"{uuid_s()},{chars(1, 'ABCD')}{_rng().randint(1, 60):02d},{imo()},{mmsi('244')},"
    f"2024-04-{_rng().randint(1, 28):02d},{_rng().randint(6, 24)}.{_rng().randint(0, 9)},{hexs(7)}"
    for _ in range(10))
add("csv/decoy-berth-allocations", "exports/berth_allocations_2024-04.csv",
    "allocation_id,berth,imo,mmsi,arrival,loa_m,source_commit\n" + _berth_rows + "\n", None,
    "CSV export: UUID ids, IMO/MMSI numbers, short commit hashes")

_txt = human_pw()
add("text/shift-notes-password", "docs/handover/night-shift-notes.txt", fill("""\
NIGHT SHIFT NOTES - gate & yard control
=======================================
- If the OCR portal IN-2 freezes: power-cycle from the UPS web page, then re-login.
- TOS fallback terminal: log in to N4 as "nightcontrol", password <@pw@>
  (only for manual gate-in when the kiosk is down, tell day shift).
- Reefer alarms: call the reefer tech on duty, list on the wall.
- Lock closure notices come by e-mail from the lock master, forward to #harbour-ops.
""", pw=_txt), _txt, "Plain-text shift handover notes with a system login written down")

add("sha256sums/decoy-checksums", "releases/ais-decoder-2.4.1/SHA256SUMS", "\n".join(
    f"{hexs(64)}  {name}" for name in [
        "ais-decoder-2.4.1-linux-amd64.tar.gz", "ais-decoder-2.4.1-linux-arm64.tar.gz",
        "ais-decoder-2.4.1-darwin-arm64.tar.gz", "ais-decoder-2.4.1-windows-amd64.zip",
        "ais-decoder_2.4.1_amd64.deb", "ais-decoder-2.4.1.sbom.spdx.json"]) + "\n", None,
    "sha256sum(1) output format: release checksums")

_shas = {}
for _n in "123":
    _h = hexs(40)
    _shas["l" + _n], _shas["s" + _n] = _h, _h[:7]
add("changelog/decoy-commit-shas", "CHANGELOG.md", fill("""\
# Changelog

## 2.4.1 - 2024-03-11
- Fix: type 24 static data parts A/B were merged out of order ([<@s1@>](https://github.com/harborlynx/ais-decoder/commit/<@l1@>))
- Fix: NMEA checksum accepted lowercase hex ([<@s2@>](https://github.com/harborlynx/ais-decoder/commit/<@l2@>))

## 2.4.0 - 2024-02-26
- New: ClickHouse sink (`[sink.clickhouse]`) ([<@s3@>](https://github.com/harborlynx/ais-decoder/commit/<@l3@>))
- New: station health metrics on `/metrics`
- Changed: minimum Rust 1.75

## 2.3.2 - 2024-01-09
- Fix: MMSI with leading zeros (coast stations 00xxxxxxx) were truncated
""", **_shas), None,
    "Keep a Changelog format with git commit SHA-1 links")

add("html/decoy-sri-hashes", "tracking-web/public/embed.html", fill("""\
<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>Vessels in port</title>
  <link rel="stylesheet" href="https://unpkg.com/leaflet@1.9.4/dist/leaflet.css"
        integrity="sha384-<@h1@>" crossorigin="anonymous">
  <script src="https://unpkg.com/leaflet@1.9.4/dist/leaflet.js"
          integrity="sha384-<@h2@>" crossorigin="anonymous"></script>
</head>
<body>
  <div id="map" style="height: 480px"></div>
  <script nonce="<@nonce@>">
    const map = L.map('map').setView([51.95, 4.1], 11);
    L.tileLayer('https://tile.openstreetmap.org/{z}/{x}/{y}.png', { maxZoom: 18 }).addTo(map);
    fetch('/api/vessels/in-port').then((r) => r.json()).then((vs) => vs.forEach((v) =>
      L.circleMarker([v.lat, v.lon], { radius: 5, color: '#1565c0' }).bindPopup(v.name).addTo(map)));
  </script>
</body>
</html>
""", h1=b64bytes(48), h2=b64bytes(48), nonce=b64bytes(16)), None,
    "W3C Subresource Integrity (sha384-) and CSP script nonce")

_jwks = {"keys": [{"kty": "RSA", "use": "sig", "alg": "RS256", "kid": chars(43, URLSAFE),
                   "n": b64url_bytes(256).rstrip("="), "e": "AQAB"} for _ in range(2)]}
add("jwks-json/decoy-public-keys", "crew-portal/static/.well-known/jwks.json", json.dumps(_jwks, indent=2) + "\n", None,
    "RFC 7517 JSON Web Key Set: RSA public keys (n, e)")

_pgp_body = "\n".join(chars(64, ALNUM + "+/") for _ in range(10))
add("pgp/decoy-public-key", "customs/keys/customs-broker-pubkey.asc", fill("""\
-----BEGIN PGP PUBLIC KEY BLOCK-----
Comment: Customs broker EDI encryption key, fingerprint <@fp@>

mQINBGX<@body@>
=<@crc@>
-----END PGP PUBLIC KEY BLOCK-----
""", fp=" ".join(hexs(4).upper() for _ in range(10)), body=_pgp_body, crc=chars(4, ALNUM)), None,
    "RFC 4880 OpenPGP ASCII-armored public key block")

add("python/decoy-test-fixture", "tests/test_portbase_upload.py", """\
\"\"\"Tests for the Portbase uploader. Every credential here is a dummy for the fake SFTP server.\"\"\"
import pytest

from pcs.portbase import upload_cuscar

FAKE_PASSWORD = "dummy-password-for-tests"  # the in-memory SFTP fixture accepts anything


@pytest.fixture
def sftp_server(tmp_path, monkeypatch):
    from tests.fakes_sftp import FakeSFTPServer
    server = FakeSFTPServer(root=tmp_path, users={"hlx_cuscar": FAKE_PASSWORD})
    monkeypatch.setattr(upload_cuscar, "HOST", "127.0.0.1")
    monkeypatch.setattr(upload_cuscar, "PORT", server.port)
    monkeypatch.setattr(upload_cuscar, "PASSWORD", FAKE_PASSWORD)
    yield server
    server.stop()


def test_uploads_and_renames(sftp_server, tmp_path):
    outbox = tmp_path / "out"
    outbox.mkdir()
    (outbox / "CUSCAR_0001.edi").write_text("UNA:+.? '")
    assert upload_cuscar.upload(outbox) == 1
    assert (outbox / "CUSCAR_0001.sent").exists()
""", None, "pytest fixture with an explicitly dummy password for a fake server")

add("python/decoy-aws-doc-example", "tests/test_s3_archiver_config.py", """\
import os

import pytest

from ais_ingest.config import load_aws_settings

# AWS's documentation example credentials (never valid), used to test parsing only.
EXAMPLE_KEY_ID = "AKIAIOSFODNN7EXAMPLE"
EXAMPLE_SECRET = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"


def test_reads_keys_from_env(monkeypatch):
    monkeypatch.setenv("AWS_ACCESS_KEY_ID", EXAMPLE_KEY_ID)
    monkeypatch.setenv("AWS_SECRET_ACCESS_KEY", EXAMPLE_SECRET)
    settings = load_aws_settings()
    assert settings.key_id == EXAMPLE_KEY_ID
    assert settings.has_static_keys
""", None, "AWS documentation example access key AKIAIOSFODNN7EXAMPLE and its example secret")

add("log/decoy-masked-transfer-log", "logs/samples/edi-transfer-2024-03-12.log", fill("""\
2024-03-12 02:00:01,112 INFO  sftp  connect host=sftp.portbase.com user=hlx_cuscar password=******** key_fp=SHA256:<@fp@>
2024-03-12 02:00:02,407 INFO  sftp  put CUSCAR_20240312_0001.edi -> /inbox/cuscar (4 812 bytes, md5 <@md5a@>)
2024-03-12 02:00:02,980 INFO  sftp  put CUSCAR_20240312_0002.edi -> /inbox/cuscar (3 091 bytes, md5 <@md5b@>)
2024-03-12 02:00:03,015 INFO  as2   send msgid=<OPENAS2-12032024020003+0100-<@rand@>@HARBORLNX_AS2_PORTBASE_AS2> mic=<@mic@>, sha-256
2024-03-12 02:00:04,221 INFO  as2   MDN received disposition=processed
2024-03-12 02:00:04,222 INFO  http  POST https://api.portbase.com/v1/visits Authorization: Bearer [REDACTED] -> 201
""", fp=b64bytes(32).rstrip("="), md5a=hexs(32), md5b=hexs(32), rand=chars(8, string.digits), mic=b64bytes(32)), None,
    "Application log with masked passwords, redacted bearer token, MD5 sums and an AS2 MIC")

add("k8s-deployment/decoy-image-digests", "deploy/k8s/ais-ingest/deployment.yaml", fill("""\
apiVersion: apps/v1
kind: Deployment
metadata:
  name: ais-ingest
  namespace: ais
spec:
  replicas: 3
  selector:
    matchLabels: { app: ais-ingest }
  template:
    metadata:
      labels: { app: ais-ingest }
      annotations:
        checksum/config: <@c@>
    spec:
      containers:
        - name: ingest
          image: registry.harbour-ops.net/ais/ingest@sha256:<@d1@>
          envFrom:
            - secretRef: { name: ais-ingest-redis }
        - name: otel
          image: otel/opentelemetry-collector-contrib@sha256:<@d2@>
""", c=hexs(64), d1=hexs(64), d2=hexs(64)), None, "Kubernetes Deployment: image digests and a config checksum annotation")

add("vault-template/decoy-agent-template", "deploy/vault/templates/tos-integration.env.ctmpl", """\
{{- with secret "database/creds/tos-integration" -}}
TOS_DB_USER={{ .Data.username }}
TOS_DB_PASSWORD={{ .Data.password }}
{{- end }}
{{ with secret "secret/data/tos-integration/n4" -}}
N4_WS_USER={{ .Data.data.user }}
N4_WS_PASSWORD={{ .Data.data.password }}
{{- end }}
TOS_FACILITY=HLXT
""", None, "Vault Agent / consul-template templates: {{ with secret }} blocks")

_fleet = [{"name": n, "imo": imo(), "mmsi": mmsi(mid), "callsign": cs, "flag": fl, "teu": teu}
          for n, mid, cs, fl, teu in [("HLX ARIANE", "636", "D5RT7", "LR", 15908), ("HLX BOREAS", "477", "VRWX4", "HK", 11923),
                                      ("HLX CORDELIA", "255", "CQKA9", "PT", 4957)]]
add("json/decoy-vessel-registry", "tracking/data/fleet.json", json.dumps({"updated": "2024-03-01", "vessels": _fleet}, indent=2) + "\n",
    None, "Fleet registry JSON: IMO numbers (with check digit), MMSI and call signs")

add("html/decoy-data-uri-logo", "marina-notify/templates/email/booking_confirmed.html", fill("""\
<!doctype html>
<html>
<body style="font-family: Arial, sans-serif; color: #0b2545;">
  <img alt="Marina Zeeland" width="120" height="40"
       src="data:image/png;base64,<@img@>">
  <h2>Your berth is booked</h2>
  <p>Hello {{ first_name }},</p>
  <p>Berth <strong>{{ berth }}</strong> is reserved for <strong>{{ boat_name }}</strong>
     from {{ arrival }} to {{ departure }}.</p>
  <p>Call the harbour office on VHF 31 when you reach the entrance.</p>
  <p style="font-size: 11px; color: #6c757d;">Booking reference {{ reference }}</p>
</body>
</html>
""", img="iVBORw0KGgoAAAANSUhEUgAAAHgAAAAo" + b64bytes(180)), None,
    "RFC 2397 data: URI with a base64 PNG in an e-mail template")

add("dotenv/decoy-example-placeholders", "ais-stack/.env.example", """\
# Copy to .env and fill in. Never commit the real .env.
POSTGRES_PASSWORD=changeme
MARINETRAFFIC_API_KEY=<your-marinetraffic-api-key>
AISSTREAM_API_KEY=your_aisstream_key_here
SPIRE_TOKEN=
INFLUX_TOKEN=${INFLUX_TOKEN}
MAPBOX_UPLOAD_TOKEN=sk.xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx
GRAFANA_ADMIN_PASSWORD=changeme
""", None, "dotenv example file with placeholders (changeme, <your-...>, ${VAR})")

add("go/decoy-httptest-token", "vgm-relay/internal/carrier/client_test.go", """\
package carrier

import (
	"context"
	"net/http"
	"net/http/httptest"
	"testing"
)

// testToken is a fixture; the httptest server only compares it with itself.
const testToken = "test-token-not-a-secret"

func TestSubmitVermasSendsAuth(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		user, pass, ok := r.BasicAuth()
		if !ok || user != "hlx_vgm" || pass == "" {
			t.Fatalf("missing basic auth")
		}
		w.WriteHeader(http.StatusAccepted)
	}))
	defer srv.Close()
	c := New()
	_ = c.SubmitVermas(context.Background(), []byte("UNB+UNOC:3+"+testToken+"'"))
}
""", None, "Go net/http/httptest fixture with an explicitly fake token")

add("k8s-sealedsecret/decoy-encrypted", "deploy/k8s/crew-portal/sealedsecret.yaml", fill("""\
apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata:
  name: crew-portal-env
  namespace: crew
spec:
  encryptedData:
    DATABASE_PASSWORD: AgB<@a@>
    JWT_SECRET: AgC<@b@>
    EMAIL_HOST_PASSWORD: AgA<@c@>
  template:
    metadata:
      name: crew-portal-env
      namespace: crew
    type: Opaque
""", a=b64bytes(380).rstrip("="), b=b64bytes(380).rstrip("="), c=b64bytes(380).rstrip("=")), None,
    "Bitnami Sealed Secrets: encryptedData sealed with the controller's public key (safe to commit)")

add("k8s-configmap/decoy-ca-bundle", "deploy/k8s/tos-integration/configmap-ca.yaml", fill("""\
apiVersion: v1
kind: ConfigMap
metadata:
  name: terminal-ca-bundle
  namespace: tos
data:
  ca.crt: |
<@cert@>
  N4_URL: http://n4-app-01.terminal.local:9080/apex/services/argoservice
""", cert="\n".join("    " + l for l in cert_pem(8).splitlines())), None,
    "Kubernetes ConfigMap with a public CA certificate (PEM)")

add("python/decoy-edi-control-numbers", "edi/lib/control_numbers.py", fill('''\
"""Interchange control references: unique per sender, 14 characters, never reused within a year."""
import hashlib
import secrets

# Seen in production, kept here to reproduce the collision bug (OPS-2318)
KNOWN_COLLISIONS = [
    "<@r1@>",
    "<@r2@>",
]
NAMESPACE_SALT = "hlx-edi-control-ref-v2"  # public salt, only spreads refs across senders


def next_reference(sender: str) -> str:
    nonce = secrets.token_hex(4)
    digest = hashlib.sha1(f"{NAMESPACE_SALT}:{sender}:{nonce}".encode()).hexdigest()
    return digest[:14].upper()
''', r1=hexs(14).upper(), r2=hexs(14).upper()), None, "EDIFACT UNB interchange control reference (0020) generation")
