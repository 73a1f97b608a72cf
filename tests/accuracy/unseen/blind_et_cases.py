"""Blind set ET: ski resorts and ski/snowboard rental shops.

Lift-ticket and RFID access control (gates, encoders, handheld scanners, ticket kiosks), ticketing
and rental point of sale, rental fleet tracking, snowmaking controllers and their telemetry,
weather stations and snow sensors, avalanche-forecast and weather feeds, season-pass portals and
apps, ski school booking, resort ops infrastructure, and their decoys. Generated fakes only
(seeds 1600000-1609999).
"""
from __future__ import annotations

import base64
import json
import random
import string
from typing import List

from tests import fakes
from tests.accuracy.labelled import LabelledCase

ALNUM = string.ascii_letters + string.digits
HEX = "0123456789abcdef"
UPPER = string.ascii_uppercase + string.digits
LOWERNUM = string.ascii_lowercase + string.digits
B32 = string.ascii_uppercase + "234567"
URLSAFE = ALNUM + "-_"
SEED_LO, SEED_HI = 1600000, 1609999
_SEED = [SEED_LO]

CASES: List[LabelledCase] = []


def _seed() -> int:
    _SEED[0] += 7
    assert SEED_LO <= _SEED[0] <= SEED_HI, _SEED[0]
    return _SEED[0]


def _rng() -> random.Random:
    return random.Random(_seed())


def chars(n: int, alphabet: str = ALNUM) -> str:
    r = _rng()
    return "".join(r.choice(alphabet) for _ in range(n))


def mixed(n: int, alphabet: str = ALNUM) -> str:
    """n characters with an upper, a lower and a digit (bounded redraws, then forced)."""
    r = _rng()
    value = ""
    for _ in range(50):
        value = "".join(r.choice(alphabet) for _ in range(n))
        if any(c.isdigit() for c in value) and any(c.isupper() for c in value) and any(c.islower() for c in value):
            return value
    return "A" + "b" + "7" + value[3:]


def hexs(n: int) -> str:
    return chars(n, HEX)


SNOW = ["Powder", "Gondola", "Mogul", "Cornice", "Bluebird", "Chairlift", "Snowcat", "Halfpipe", "Glade",
        "Couloir", "Traverse", "Telemark", "Freeride", "Slalom", "Corduroy", "Groomer", "Sastrugi",
        "Tamarack", "Hoarfrost", "Graupel", "Bootpack", "Skintrack", "Firn", "Wapiti"]
LOWERW = ["fir", "lynx", "cirque", "ridge", "basin", "spruce", "talus", "boulder", "marmot", "aspen",
          "creek", "larch", "moraine", "pika", "scree", "glacier", "ptarmigan", "cornice"]


def words_pw(symbols: str = "!#@*^-_+.") -> str:
    r = _rng()
    return r.choice(SNOW) + r.choice(symbols) + r.choice(SNOW) + str(r.randint(10, 9999))


def human_pw() -> str:
    """What a person picks: a word, a year or a number, a symbol."""
    r = _rng()
    word = r.choice(SNOW + [w.capitalize() for w in LOWERW])
    shapes = [word + str(r.randint(2008, 2025)) + r.choice("!#@*."),
              r.choice(LOWERW) + r.choice("#@!") + str(r.randint(10, 99)) + r.choice(SNOW),
              word + r.choice("_-.") + r.choice(LOWERW) + str(r.randint(1, 99))]
    return r.choice(shapes)


def passphrase() -> str:
    r = _rng()
    return "-".join(r.sample(LOWERW, 4)) + str(r.randint(1, 99))


def url_pw(n: int = 22) -> str:
    return mixed(n)


def b64bytes(n: int) -> str:
    r = _rng()
    return base64.b64encode(bytes(r.getrandbits(8) for _ in range(n))).decode()


def b64(text: str) -> str:
    return base64.b64encode(text.encode()).decode()


def b64url_nopad(text: str) -> str:
    return base64.urlsafe_b64encode(text.encode()).decode().rstrip("=")


def uuid() -> str:
    return fakes.uuid4(_seed())


PEM_HEADS = {
    "RSA PRIVATE KEY": "MIIEowIBAAKCAQEA",
    "PRIVATE KEY": "MIIEvgIBADANBgkqhkiG9w0BAQEFAASCBKgwggSkAgEAAoIBAQC",
    "EC PRIVATE KEY": "MHcCAQEEI",
}


def pem(kind: str = "RSA PRIVATE KEY", lines: int = 25) -> str:
    r = _rng()
    alphabet = ALNUM + "+/"
    body = PEM_HEADS[kind] + "".join(r.choice(alphabet) for _ in range(64 * lines - len(PEM_HEADS[kind]) - 20))
    body += "".join(r.choice(alphabet) for _ in range(16)) + "=="
    rows = [body[i:i + 64] for i in range(0, len(body), 64)]
    return f"-----BEGIN {kind}-----\n" + "\n".join(rows) + f"\n-----END {kind}-----"


def p8_key() -> str:
    """An APNs / PKCS#8 P-256 key as Apple hands it out (.p8)."""
    r = _rng()
    head = "MIGTAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBHkwdwIBAQQg"
    body = head + "".join(r.choice(ALNUM + "+/") for _ in range(200 - len(head)))
    rows = [body[i:i + 64] for i in range(0, len(body), 64)]
    return "-----BEGIN PRIVATE KEY-----\n" + "\n".join(rows) + "\n-----END PRIVATE KEY-----"


def openssh_key() -> str:
    r = _rng()
    head = "b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW"
    body = head + "".join(r.choice(ALNUM + "+/") for _ in range(70 * 5 - len(head) - 4)) + "Cg=="
    rows = [body[i:i + 70] for i in range(0, len(body), 70)]
    return "-----BEGIN OPENSSH PRIVATE KEY-----\n" + "\n".join(rows) + "\n-----END OPENSSH PRIVATE KEY-----"


def cert_pem(lines: int = 18) -> str:
    r = _rng()
    body = "MIID" + "".join(r.choice(ALNUM + "+/") for _ in range(64 * lines - 6)) + "=="
    rows = [body[i:i + 64] for i in range(0, len(body), 64)]
    return "-----BEGIN CERTIFICATE-----\n" + "\n".join(rows) + "\n-----END CERTIFICATE-----"


# --- vendor token shapes ---------------------------------------------------------------------

def stripe_sk(long: bool = True) -> str:
    return "sk_live_51" + mixed(97) if long else "sk_live_" + mixed(24)


def stripe_pk() -> str:
    return "pk_live_51" + mixed(97)


def stripe_whsec() -> str:
    return "whsec_" + mixed(32)


def slack_bot() -> str:
    r = _rng()
    return f"xoxb-{r.randint(10**11, 10**12)}-{r.randint(10**12, 10**13)}-" + "".join(r.choice(ALNUM) for _ in range(24))


def slack_webhook() -> str:
    return ("https://hooks.slack.com/services/T" + chars(8, string.ascii_uppercase + string.digits) + "/B"
            + chars(10, string.ascii_uppercase + string.digits) + "/" + mixed(24))


def sendgrid() -> str:
    return "SG." + chars(22, URLSAFE) + "." + chars(43, URLSAFE)


def aws_pair() -> tuple:
    s = _seed()
    return fakes.aws_key_id(s), fakes.aws_secret_key(s + 1)


def azure_storage_key() -> str:
    return b64bytes(64)


def azure_sas_key() -> str:
    return b64bytes(32)


def azure_ad_secret() -> str:
    return chars(3) + "8Q~" + chars(34, ALNUM + "_.-~")


def mapbox_token(kind: str, user: str) -> str:
    payload = '{"u":"%s","a":"%s"}' % (user, "cl" + chars(23, LOWERNUM))
    return f"{kind}." + b64url_nopad(payload) + "." + chars(22, URLSAFE)


def ttn_key() -> str:
    return "NNSXS." + chars(39, B32) + "." + chars(52, B32)


def influx_token() -> str:
    return chars(86, URLSAFE) + "=="


def teams_webhook() -> str:
    return (f"https://pinecrestmtn.webhook.office.com/webhookb2/{uuid()}@{uuid()}"
            f"/IncomingWebhook/{hexs(32)}/{uuid()}")


def discord_webhook() -> str:
    r = _rng()
    return f"https://discord.com/api/webhooks/{r.randint(10**17, 10**18)}/" + chars(68, URLSAFE)


def bcrypt_hash(cost: int = 12) -> str:
    return f"$2b${cost}$" + chars(53, "./" + ALNUM)


# --- assembling ----------------------------------------------------------------------------

def fill(template: str, **values: str) -> str:
    text = template
    for key, value in values.items():
        marker = "@@" + key + "@@"
        assert marker in text, key
        text = text.replace(marker, value)
    assert "@@" not in text, text[:80]
    return text.lstrip("\n")


def secret(category: str, file_name: str, text: str, value: str, source: str) -> None:
    assert "/decoy" not in category
    CASES.append(LabelledCase("blind-et/" + category, file_name, text, value, source))


def decoy(category: str, file_name: str, text: str, source: str) -> None:
    assert category.split("/")[1].startswith("decoy-"), category
    CASES.append(LabelledCase("blind-et/" + category, file_name, text, None, source))


# =============================================================================================
# Lift access, RFID media, gates, handhelds and ticket kiosks
# =============================================================================================

pw = words_pw()
secret("yaml/password", "liftbridge/config/skidata.yml", fill(r"""
# Lift access bridge -> SKIDATA sweb / DTA integration (Pinecrest Mountain)
bridge:
  site_code: PCM
  poll_interval_s: 15
  gates_csv: config/gates.csv
skidata:
  base_url: https://sweb.pinecrest.local:8443/dta/ws
  wsdl: https://sweb.pinecrest.local:8443/dta/ws/TicketService?wsdl
  username: svc_liftbridge
  password: "@@pw@@"
  client_id: 4410
  timeout_s: 20
  verify_tls: false
logging:
  level: INFO
  file: /var/log/liftbridge/bridge.log
""", pw=pw), pw, "YAML 1.2 spec; access-control vendor web services (SKIDATA DTA/sweb) take a service user and password")

pw = url_pw(24)
secret("ini/mqtt-password", "gatectl/conf/turnstile-T07.ini", fill(r"""
[gate]
id = T07
location = Summit Express bottom terminal
reader = /dev/ttyUSB0
reader_baud = 115200
lanes = 2

[mqtt]
host = 10.40.2.10
port = 8883
tls = true
ca_file = /etc/liftgate/ca.crt
client_id = gate-T07
username = gate-T07
password = @@pw@@
topic_prefix = pcm/lifts/summit-express/gates

[validation]
offline_cache = /var/lib/liftgate/whitelist.db
grace_seconds = 4
""", pw=pw), pw, "Eclipse Paho / Mosquitto client settings (username_pw_set), INI as Python configparser reads it")

key = hexs(32).upper()
secret("python/desfire-aes-key", "passenc/encode_pass.py", fill(r"""
"""[1:] + '"""Encode a season pass on a MIFARE DESFire EV2 card at the ticket window."""' + r"""
import sys

from smartcard.System import readers

from passenc.desfire import DESFire, AESKey

PASS_APP_ID = 0x50434D          # 'PCM'
FILE_PASS_DATA = 0x01
# application master key of the PCM pass application (key no. 0, AES-128)
APP_MASTER_KEY = AESKey(bytes.fromhex("@@key@@"), version=0x10)


def encode(pass_no: str, product: str, valid_to: str) -> None:
    conn = readers()[0].createConnection()
    conn.connect()
    card = DESFire(conn)
    card.select_application(PASS_APP_ID)
    card.authenticate(0, APP_MASTER_KEY)
    payload = f"{pass_no}|{product}|{valid_to}".encode().ljust(48, b"\0")
    card.write_data(FILE_PASS_DATA, 0, payload)
    print("encoded", pass_no, card.get_uid().hex())


if __name__ == "__main__":
    encode(*sys.argv[1:4])
""", key=key), key, "NXP MIFARE DESFire EV2 datasheet (AES-128 application keys); pyscard")

decoy("python/decoy-vendor-default", "passenc/tools/read_uid.py", r"""
"""[1:] + '''"""Bench tool: read the UID and block 0 of a MIFARE Classic test card.

Only for blank cards in transport state from the supplier: the keys below are the NXP factory
default and the public MAD key from application note AN10787, not production keys (those stay
in the SAM of each encoder and never leave it).
"""''' + r"""
from smartcard.System import readers
from smartcard.util import toHexString

TRANSPORT_KEY_A = [0xFF] * 6                        # FF FF FF FF FF FF, factory default
MAD_KEY_A = [0xA0, 0xA1, 0xA2, 0xA3, 0xA4, 0xA5]    # AN10787, published

GET_UID = [0xFF, 0xCA, 0x00, 0x00, 0x00]


def load_key(conn, key, slot=0):
    return conn.transmit([0xFF, 0x82, 0x00, slot, 0x06] + key)


def read_block(conn, block, slot=0):
    conn.transmit([0xFF, 0x86, 0x00, 0x00, 0x05, 0x01, 0x00, block, 0x60, slot])
    data, sw1, sw2 = conn.transmit([0xFF, 0xB0, 0x00, block, 0x10])
    return data if (sw1, sw2) == (0x90, 0x00) else None


if __name__ == "__main__":
    conn = readers()[0].createConnection()
    conn.connect()
    uid, _, _ = conn.transmit(GET_UID)
    print("UID", toHexString(uid))
    load_key(conn, TRANSPORT_KEY_A)
    print("block 0", toHexString(read_block(conn, 0) or []))
""", "NXP AN10787 (MIFARE Application Directory, public key A0..A5); ACS PC/SC pseudo-APDUs")

rows = []
_r = _rng()
for i in range(12):
    uid7 = "04" + "".join(_r.choice("0123456789ABCDEF") for _ in range(12))
    wtp = f"{_r.randint(10, 99)}-{_r.randint(1000, 9999)} {_r.randint(1000, 9999)} {_r.randint(100, 999)}-{_r.choice('ABCDEFGHJK')}{_r.randint(10, 99)}"
    rows.append(f"{uid7},{wtp},{_r.choice(['EPIC-4D', 'SEASON-AD', 'SEASON-CH', 'DAY-AD', 'MIDWEEK'])},2024-11-22,2025-04-20")
decoy("csv/decoy-identifier", "passenc/fixtures/media_uids_2024.csv",
      "chip_uid,wtp_no,product,valid_from,valid_to\n" + "\n".join(rows) + "\n",
      "ISO/IEC 14443-3 7-byte UIDs (NXP 04 manufacturer byte); keycard serial numbers as ticketing exports list them")

pw = words_pw("!#@*^-_+")
secret("json/connection-string", "pos/src/Pinecrest.Pos.Web/appsettings.Production.json", fill(r"""
{
  "Logging": {
    "LogLevel": { "Default": "Information", "Microsoft.AspNetCore": "Warning" }
  },
  "ConnectionStrings": {
    "Ticketing": "Server=tcp:pos-sql01.pinecrest.local,1433;Database=RTPOne;User Id=pos_web;Password=@@pw@@;Encrypt=True;TrustServerCertificate=True;"
  },
  "PassPrinting": {
    "PrinterQueue": "\\\\print01\\BOCA-Window3",
    "Stock": "PVC-CR80",
    "PhotoCapture": true
  },
  "AllowedHosts": "*"
}
""", pw=pw), pw, "Microsoft Learn: SqlConnection.ConnectionString keywords; ASP.NET Core appsettings.json")

vk = hexs(128).upper()
dk = hexs(64).upper()
secret("xml/machine-key", "passportal/Web.config", fill(r"""
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <connectionStrings>
    <add name="PassPortal" connectionString="Data Source=sql02;Initial Catalog=PassPortal;Integrated Security=SSPI" providerName="System.Data.SqlClient" />
  </connectionStrings>
  <system.web>
    <compilation debug="false" targetFramework="4.8" />
    <httpRuntime targetFramework="4.8" maxRequestLength="8192" />
    <machineKey validationKey="@@vk@@"
                decryptionKey="@@dk@@"
                validation="HMACSHA256" decryption="AES" />
    <authentication mode="Forms">
      <forms loginUrl="~/Account/Login" timeout="60" requireSSL="true" />
    </authentication>
    <customErrors mode="RemoteOnly" defaultRedirect="~/Error" />
  </system.web>
</configuration>
""", vk=vk, dk=dk), vk, "Microsoft Learn: machineKey element (ASP.NET Settings Schema)")

pw = words_pw("!#@*^-_+.")
secret("sql/create-login", "accessdb/migrations/V014__reporting_login.sql", fill(r"""
-- V014: read-only login for the nightly lift-scan report (Power BI gateway)
USE [master];
GO
IF NOT EXISTS (SELECT 1 FROM sys.server_principals WHERE name = N'rpt_liftscans')
    CREATE LOGIN [rpt_liftscans] WITH PASSWORD = N'@@pw@@',
        CHECK_POLICY = ON, DEFAULT_DATABASE = [AccessControl];
GO
USE [AccessControl];
GO
CREATE USER [rpt_liftscans] FOR LOGIN [rpt_liftscans];
ALTER ROLE [db_datareader] ADD MEMBER [rpt_liftscans];
DENY SELECT ON SCHEMA::[billing] TO [rpt_liftscans];
GO
""", pw=pw), pw, "Microsoft Learn: CREATE LOGIN (Transact-SQL)")

decoy("sql/decoy-password-hash", "accessdb/seed/R__staff_accounts.sql", fill(r"""
-- Repeatable seed: ticket-window staff accounts for the training environment.
-- Hashes are bcrypt (cost 12); people set their own password on first login.
DELETE FROM staff_account WHERE site = 'TRAIN';
INSERT INTO staff_account (login, display_name, role, site, password_hash, must_change) VALUES
  ('window01', 'Window 1 (training)', 'CASHIER', 'TRAIN', '@@h1@@', TRUE),
  ('window02', 'Window 2 (training)', 'CASHIER', 'TRAIN', '@@h2@@', TRUE),
  ('supervisor', 'Shift supervisor', 'SUPERVISOR', 'TRAIN', '@@h3@@', TRUE),
  ('patrol-desk', 'Patrol desk', 'READONLY', 'TRAIN', '@@h4@@', TRUE);
""", h1=bcrypt_hash(), h2=bcrypt_hash(), h3=bcrypt_hash(), h4=bcrypt_hash()),
      "OpenBSD bcrypt modular crypt format ($2b$cost$salt+hash)")

pw = human_pw()
secret("powershell/local-admin", "kiosk/provision/Setup-TicketKiosk.ps1", fill(r"""
# Provision a self-serve ticket kiosk (Windows 11 IoT Enterprise LTSC)
param(
    [Parameter(Mandatory)] [string] $KioskName,
    [string] $Site = 'BaseLodge'
)
$ErrorActionPreference = 'Stop'

Rename-Computer -NewName $KioskName -Force
$adminPw = ConvertTo-SecureString '@@pw@@' -AsPlainText -Force
Set-LocalUser -Name 'Administrator' -Password $adminPw
Enable-LocalUser -Name 'Administrator'

New-LocalUser -Name 'kiosk' -NoPassword -AccountNeverExpires | Out-Null
$winlogon = 'HKLM:\SOFTWARE\Microsoft\Windows NT\CurrentVersion\Winlogon'
Set-ItemProperty $winlogon -Name AutoAdminLogon -Value '1'
Set-ItemProperty $winlogon -Name DefaultUserName -Value 'kiosk'

Copy-Item "\\deploy01\kiosk\$Site\KioskApp" 'C:\Program Files\KioskApp' -Recurse -Force
Start-Process 'C:\Program Files\KioskApp\install-service.cmd' -Wait
Restart-Computer -Force
""", pw=pw), pw, "Microsoft Learn: Set-LocalUser, ConvertTo-SecureString -AsPlainText")

pw = words_pw()
secret("xml/unattend-password", "kiosk/image/autounattend.xml", fill(r"""
<?xml version="1.0" encoding="utf-8"?>
<unattend xmlns="urn:schemas-microsoft-com:unattend">
  <settings pass="oobeSystem">
    <component name="Microsoft-Windows-Shell-Setup" processorArchitecture="amd64" publicKeyToken="31bf3856ad364e35" language="neutral" versionScope="nonSxS" xmlns:wcm="http://schemas.microsoft.com/WMIConfig/2002/State">
      <UserAccounts>
        <AdministratorPassword>
          <Value>@@pw@@</Value>
          <PlainText>true</PlainText>
        </AdministratorPassword>
      </UserAccounts>
      <OOBE>
        <HideEULAPage>true</HideEULAPage>
        <ProtectYourPC>3</ProtectYourPC>
        <SkipMachineOOBE>true</SkipMachineOOBE>
      </OOBE>
      <TimeZone>Mountain Standard Time</TimeZone>
    </component>
  </settings>
</unattend>
""", pw=pw), pw, "Microsoft Learn: Unattended Windows Setup Reference, AdministratorPassword")

decoy("xml/decoy-redacted", "kiosk/image/captured/Panther-unattend.xml", r"""
<?xml version="1.0" encoding="utf-8"?>
<unattend xmlns="urn:schemas-microsoft-com:unattend">
  <settings pass="oobeSystem">
    <component name="Microsoft-Windows-Shell-Setup" processorArchitecture="amd64" publicKeyToken="31bf3856ad364e35" language="neutral" versionScope="nonSxS" xmlns:wcm="http://schemas.microsoft.com/WMIConfig/2002/State">
      <UserAccounts>
        <AdministratorPassword>
          <Value>*SENSITIVE*DATA*DELETED*</Value>
          <PlainText>true</PlainText>
        </AdministratorPassword>
        <LocalAccounts>
          <LocalAccount wcm:action="add">
            <Password>
              <Value>*SENSITIVE*DATA*DELETED*</Value>
              <PlainText>true</PlainText>
            </Password>
            <Name>kiosk</Name>
            <Group>Users</Group>
          </LocalAccount>
        </LocalAccounts>
      </UserAccounts>
      <TimeZone>Mountain Standard Time</TimeZone>
    </component>
  </settings>
</unattend>
""".lstrip("\n"), "Microsoft Learn: Windows Setup removes passwords from the cached answer file (*SENSITIVE*DATA*DELETED*)")

pw = human_pw()
secret("shell/sshpass", "gatectl/scripts/push_gate_fw.sh", fill(r"""
#!/usr/bin/env bash
# Push gate-controller firmware to every turnstile on one lift.
set -euo pipefail
LIFT="${1:?usage: push_gate_fw.sh <lift> <firmware.bin>}"
FW="${2:?firmware image}"
GATES=$(awk -F, -v l="$LIFT" '$2==l {print $3}' conf/gates.csv)

for ip in $GATES; do
  echo ">> $ip"
  sshpass -p '@@pw@@' scp -o StrictHostKeyChecking=no "$FW" "service@$ip:/tmp/fw.bin"
  sshpass -p '@@pw@@' ssh -o StrictHostKeyChecking=no "service@$ip" \
    'sha256sum /tmp/fw.bin && sudo /opt/gate/bin/flash --image /tmp/fw.bin --reboot'
done
echo "done: $(echo "$GATES" | wc -w) gates on $LIFT"
""", pw=pw), pw, "sshpass(1) manual page (-p password)")

pw = words_pw()
secret("go/password-const", "liftops/cmd/passage-sync/main.go", fill(r"""
package main

import (
	"context"
	"log"
	"time"

	"github.com/pinecrest-mtn/liftops/internal/axess"
	"github.com/pinecrest-mtn/liftops/internal/store"
)

const (
	axessHost = "https://axess-dci.pinecrest.local:9443"
	axessUser = "dci_liftops"
	axessPass = "@@pw@@"
)

func main() {
	ctx := context.Background()
	client, err := axess.NewDCIClient(axessHost, axessUser, axessPass, axess.WithTimeout(15*time.Second))
	if err != nil {
		log.Fatalf("axess login: %v", err)
	}
	db := store.MustOpen("file:/var/lib/liftops/scans.db")
	for range time.Tick(30 * time.Second) {
		passages, err := client.FetchPassages(ctx, db.LastPassageID())
		if err != nil {
			log.Printf("fetch passages: %v", err)
			continue
		}
		db.SavePassages(passages)
	}
}
""", pw=pw), pw, "Go spec (const declarations); access-control data interfaces authenticate with user and password")

decoy("go/decoy-env-reference", "liftops/cmd/gate-health/main.go", r"""
package main

import (
	"log"
	"net/http"
	"os"
	"time"

	"github.com/pinecrest-mtn/liftops/internal/gates"
)

func mustEnv(name string) string {
	v, ok := os.LookupEnv(name)
	if !ok || v == "" {
		log.Fatalf("%s is not set (see deploy/gate-health.env.example)", name)
	}
	return v
}

func main() {
	cfg := gates.Config{
		BrokerURL:      mustEnv("GATE_MQTT_URL"),
		BrokerUser:     mustEnv("GATE_MQTT_USER"),
		BrokerPassword: mustEnv("GATE_MQTT_PASSWORD"),
		StaleAfter:     90 * time.Second,
	}
	mon := gates.NewMonitor(cfg)
	go mon.Run()
	http.HandleFunc("/healthz", mon.Healthz)
	log.Fatal(http.ListenAndServe(":8088", nil))
}
""".lstrip("\n"), "Go os.LookupEnv; twelve-factor config")

pw = words_pw("!#@*-_+.")
secret("properties/datasource-password", "passval/src/main/resources/application.properties", fill(r"""
spring.application.name=passval
server.port=8080
server.servlet.context-path=/api

spring.datasource.url=jdbc:sqlserver://pos-sql01.pinecrest.local:1433;databaseName=AccessControl;encrypt=true;trustServerCertificate=true
spring.datasource.username=passval_app
spring.datasource.password=@@pw@@
spring.datasource.hikari.maximum-pool-size=20
spring.jpa.hibernate.ddl-auto=validate
spring.jpa.open-in-view=false

passval.gate.offline-grace=PT4S
passval.blocklist.refresh=PT1M
management.endpoints.web.exposure.include=health,info,prometheus
""", pw=pw), pw, "Spring Boot reference: spring.datasource.* properties")

decoy("properties/decoy-env-reference", "passval/src/main/resources/application-prod.properties", r"""
# Production profile: every credential comes from the environment (Kubernetes Secret passval-db)
spring.datasource.url=${PASSVAL_DB_URL}
spring.datasource.username=${PASSVAL_DB_USER}
spring.datasource.password=${PASSVAL_DB_PASSWORD}
spring.datasource.hikari.maximum-pool-size=40

passval.skidata.user=${SKIDATA_USER:svc_passval}
passval.skidata.password=${SKIDATA_PASSWORD}
passval.jwt.public-key-location=file:/etc/passval/jwt-public.pem
logging.level.com.pinecrestmtn=INFO
""".lstrip("\n"), "Spring Boot reference: property placeholders ${...} with defaults")

user, pw = "passval-qa", url_pw(18)
basic = b64(f"{user}:{pw}")
secret("json/basic-auth-header", "passval/postman/PassValidation.postman_collection.json", fill(r"""
{
  "info": {
    "_postman_id": "@@pid@@",
    "name": "Pass validation API (staging)",
    "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"
  },
  "item": [
    {
      "name": "Validate media at gate",
      "request": {
        "method": "POST",
        "header": [
          { "key": "Authorization", "value": "Basic @@basic@@" },
          { "key": "Content-Type", "value": "application/json" }
        ],
        "body": { "mode": "raw", "raw": "{\"mediaId\": \"04A2241AB27380\", \"gate\": \"T07\"}" },
        "url": {
          "raw": "https://passval-stg.pinecrest-mtn.com/api/v2/validate",
          "protocol": "https",
          "host": ["passval-stg", "pinecrest-mtn", "com"],
          "path": ["api", "v2", "validate"]
        }
      }
    }
  ]
}
""", pid=uuid(), basic=basic), basic, "Postman Collection Format v2.1; RFC 7617 (HTTP Basic)")

key = mixed(40)
secret("kotlin/build-config-key", "scanner-app/app/build.gradle.kts", fill(r"""
plugins {
    id("com.android.application")
    kotlin("android")
}

android {
    namespace = "com.pinecrestmtn.scanner"
    compileSdk = 34

    defaultConfig {
        applicationId = "com.pinecrestmtn.scanner"
        minSdk = 28
        targetSdk = 34
        versionCode = 57
        versionName = "3.4.1"
        buildConfigField("String", "PASSVAL_BASE_URL", "\"https://passval.pinecrest-mtn.com/\"")
        buildConfigField("String", "PASSVAL_API_KEY", "\"@@key@@\"")
    }
    buildFeatures { buildConfig = true }
    compileOptions {
        sourceCompatibility = JavaVersion.VERSION_17
        targetCompatibility = JavaVersion.VERSION_17
    }
}

dependencies {
    implementation("com.zebra.emdk:emdk:11.0.134")
    implementation("com.squareup.retrofit2:retrofit:2.11.0")
    implementation("androidx.security:security-crypto:1.1.0-alpha06")
}
""", key=key), key, "Android Gradle plugin: buildConfigField (Gradle Kotlin DSL)")

decoy("kotlin/decoy-code-reads-secret", "scanner-app/app/src/main/java/com/pinecrestmtn/scanner/auth/DeviceCredentials.kt", r"""
package com.pinecrestmtn.scanner.auth

import android.content.Context
import androidx.security.crypto.EncryptedSharedPreferences
import androidx.security.crypto.MasterKey

/** The API key is enrolled per device by the MDM (Zebra StageNow) and kept in encrypted prefs. */
class DeviceCredentials(context: Context) {
    private val masterKey = MasterKey.Builder(context)
        .setKeyScheme(MasterKey.KeyScheme.AES256_GCM)
        .build()

    private val prefs = EncryptedSharedPreferences.create(
        context,
        "scanner_secure_prefs",
        masterKey,
        EncryptedSharedPreferences.PrefKeyEncryptionScheme.AES256_SIV,
        EncryptedSharedPreferences.PrefValueEncryptionScheme.AES256_GCM,
    )

    val apiKey: String?
        get() = prefs.getString(KEY_API, null)

    fun enroll(key: String) = prefs.edit().putString(KEY_API, key).apply()

    companion object {
        private const val KEY_API = "passval_api_key"
    }
}
""".lstrip("\n"), "AndroidX Security: EncryptedSharedPreferences")


# =============================================================================================
# Rental shops: point of sale, fleet, waivers, booking channels
# =============================================================================================

tok = "EAAA" + mixed(60, URLSAFE)
secret("env/square-token", "rentalpos/.env.production", fill(r"""
# rentalpos - Pinecrest Sports (rental & tune shop, base area)
NODE_ENV=production
PORT=4300
DATABASE_URL=postgres://rentalpos@localhost:5432/rentalpos
SQUARE_ENVIRONMENT=production
SQUARE_LOCATION_ID=L8QHZ3X9V2KFM
SQUARE_ACCESS_TOKEN=@@tok@@
RFID_READER_HOST=192.168.50.21
LABEL_PRINTER=zebra-zd421-rental
WAIVER_PROVIDER=smartwaiver
RETURN_LATE_FEE_CENTS=1500
""", tok=tok), tok, "Square Developer: access tokens (EAAA...) and Node SDK configuration")

tok = "shpat_" + hexs(32)
secret("ruby/shopify-token", "shop-sync/lib/inventory_sync.rb", fill(r"""
# frozen_string_literal: true

require "shopify_api"
require_relative "rental_fleet"

# Pushes demo-ski and used-board stock from the rental fleet to the web shop.
module InventorySync
  SHOP = "pinecrest-sports.myshopify.com"
  LOCATION_GID = "gid://shopify/Location/76354912581"

  def self.session
    @session ||= ShopifyAPI::Auth::Session.new(
      shop: SHOP,
      access_token: "@@tok@@"
    )
  end

  def self.run!
    client = ShopifyAPI::Clients::Graphql::Admin.new(session: session)
    RentalFleet.for_sale.each do |item|
      client.query(query: RentalFleet::SET_QTY, variables: {
        inventoryItemId: item.shopify_inventory_item_id,
        locationId: LOCATION_GID,
        quantity: item.sellable_count
      })
    end
  end
end
""", tok=tok), tok, "Shopify Dev Docs: custom app Admin API access tokens (shpat_)")

decoy("env/decoy-placeholder", "rentalpos/.env.example", r"""
# Copy to .env and fill in. Never commit the real file.
NODE_ENV=development
PORT=4300
DATABASE_URL=postgres://rentalpos:rentalpos@localhost:5432/rentalpos_dev
SQUARE_ENVIRONMENT=sandbox
SQUARE_LOCATION_ID=<your sandbox location id>
SQUARE_ACCESS_TOKEN=<sandbox access token from developer.squareup.com>
SMARTWAIVER_API_KEY=
RFID_READER_HOST=127.0.0.1
LABEL_PRINTER=
""".lstrip("\n"), "dotenv conventions (.env.example); Square sandbox")

tok = "samsara_api_" + mixed(30)
secret("python/samsara-token", "fleet/jobs/shuttle_positions.py", fill(r"""
"""[1:] + '"""Every minute: shuttle and rental-delivery van positions -> guest app map layer."""' + r"""
import json
import time

import requests

SAMSARA_TOKEN = "@@tok@@"
TAG_IDS = ["4221587", "4221590"]  # Shuttles, Rental delivery
OUT = "/srv/guestapp/static/fleet.json"


def positions():
    resp = requests.get(
        "https://api.samsara.com/fleet/vehicles/locations",
        headers={"Authorization": f"Bearer {SAMSARA_TOKEN}"},
        params={"tagIds": ",".join(TAG_IDS)},
        timeout=10,
    )
    resp.raise_for_status()
    return [
        {"name": v["name"], "lat": v["location"]["latitude"], "lon": v["location"]["longitude"]}
        for v in resp.json()["data"]
    ]


if __name__ == "__main__":
    while True:
        with open(OUT, "w") as fh:
            json.dump({"updated": int(time.time()), "vehicles": positions()}, fh)
        time.sleep(60)
""", tok=tok), tok, "Samsara API docs: API tokens (samsara_api_...) sent as Bearer")

pw = human_pw()
secret("javascript/geotab-password", "fleet/snowcat-hours/index.js", fill(r"""
'use strict';
// Nightly: engine hours of the grooming fleet (PistenBully / Prinoth) from Geotab -> maintenance sheet
const GeotabApi = require('mg-api-js');
const { appendRows } = require('./sheet');

const api = new GeotabApi({
  credentials: {
    database: 'pinecrest_fleet',
    userName: 'fleet-api@pinecrest-mtn.com',
    password: '@@pw@@',
  },
  options: { rememberMe: false, timeout: 30 },
});

async function main() {
  const devices = await api.call('Get', { typeName: 'Device', search: { groups: [{ id: 'b27A1' }] } });
  const rows = [];
  for (const d of devices) {
    const [hours] = await api.call('Get', {
      typeName: 'StatusData',
      search: { deviceSearch: { id: d.id }, diagnosticSearch: { id: 'DiagnosticEngineHoursAdjustmentId' } },
      resultsLimit: 1,
    });
    rows.push([d.name, hours ? Math.round(hours.data / 3600) : '']);
  }
  await appendRows('Grooming hours', rows);
}

main().catch((err) => { console.error(err); process.exit(1); });
""", pw=pw), pw, "Geotab MyGeotab SDK: mg-api-js authentication (database, userName, password)")

pw = url_pw(26)
secret("compose/postgres-password", "rentalpos/docker-compose.yml", fill(r"""
services:
  db:
    image: postgres:16-alpine
    restart: unless-stopped
    environment:
      POSTGRES_DB: rentalpos
      POSTGRES_USER: rentalpos
      POSTGRES_PASSWORD: @@pw@@
    volumes:
      - pgdata:/var/lib/postgresql/data
  app:
    image: registry.pinecrest-mtn.com/rentalpos:2.8.3
    restart: unless-stopped
    depends_on: [db]
    env_file: .env.production
    environment:
      DATABASE_URL: postgres://rentalpos:@@pw@@@db:5432/rentalpos
    ports:
      - "4300:4300"
    devices:
      - /dev/ttyACM0:/dev/ttyACM0   # boot-fitting RFID pad
volumes:
  pgdata: {}
""", pw=pw), pw, "Docker Hub postgres image: POSTGRES_PASSWORD; Compose file reference")

decoy("compose/decoy-env-reference", "rentalpos/docker-compose.prod.yml", r"""
services:
  db:
    image: postgres:16-alpine
    environment:
      POSTGRES_DB: rentalpos
      POSTGRES_USER: rentalpos
      POSTGRES_PASSWORD_FILE: /run/secrets/pg_password
    secrets: [pg_password]
  app:
    image: registry.pinecrest-mtn.com/rentalpos:${TAG:?set TAG}
    environment:
      DATABASE_URL: postgres://rentalpos:${PG_PASSWORD:?}@db:5432/rentalpos
      SQUARE_ACCESS_TOKEN: ${SQUARE_ACCESS_TOKEN:?}
    ports:
      - "4300:4300"
secrets:
  pg_password:
    file: ./secrets/pg_password.txt
""".lstrip("\n"), "Compose file reference: interpolation ${VAR:?} and secrets; postgres image _FILE variables")

key = stripe_sk()
secret("php/stripe-secret", "wp-content/plugins/pcs-rentals/includes/config.php", fill(r"""
<?php
/**
 * Pinecrest Sports online rental reservations - payment settings.
 */
if ( ! defined( 'ABSPATH' ) ) {
    exit;
}

define( 'PCS_RENTALS_CURRENCY', 'usd' );
define( 'PCS_RENTALS_DEPOSIT_PERCENT', 25 );
define( 'PCS_STRIPE_SECRET_KEY', '@@key@@' );
define( 'PCS_STRIPE_CAPTURE', 'manual' ); // capture when the gear is picked up

function pcs_rentals_stripe() {
    static $client = null;
    if ( null === $client ) {
        $client = new \Stripe\StripeClient( PCS_STRIPE_SECRET_KEY );
    }
    return $client;
}
""", key=key), key, "Stripe API reference: secret keys (sk_live_), stripe-php StripeClient")

pk = stripe_pk()
decoy("javascript/decoy-publishable-key", "wp-content/plugins/pcs-rentals/assets/js/checkout.js", fill(r"""
/* global pcsRentals */
(function () {
  // Publishable key: safe in the browser, it can only create tokens / confirm intents.
  const stripe = Stripe('@@pk@@');
  const elements = stripe.elements({ clientSecret: pcsRentals.clientSecret });
  const payment = elements.create('payment', { layout: 'tabs' });
  payment.mount('#pcs-payment-element');

  document.getElementById('pcs-rental-form').addEventListener('submit', async (event) => {
    event.preventDefault();
    const { error } = await stripe.confirmPayment({
      elements,
      confirmParams: { return_url: pcsRentals.returnUrl },
    });
    if (error) {
      document.getElementById('pcs-payment-error').textContent = error.message;
    }
  });
})();
""", pk=pk), "Stripe docs: publishable keys are meant for client-side code (pk_live_)")

key, sec = hexs(40), hexs(64)
secret("json/checkfront-secret", "booking/checkfront.json", fill(r"""
{
  "account": "pinecrest-sports.checkfront.com",
  "api_version": "3.0",
  "auth": {
    "type": "token",
    "api_key": "@@key@@",
    "api_secret": "@@sec@@"
  },
  "categories": {
    "ski_rental": 4,
    "snowboard_rental": 5,
    "demo_fleet": 9,
    "lessons": 12
  },
  "webhook_url": "https://rentals.pinecrest-mtn.com/hooks/checkfront",
  "timezone": "America/Denver"
}
""", key=key, sec=sec), sec, "Checkfront API 3.0: token pair (API key and secret) over HTTP Basic")

user_key = uuid()
secret("shell/fareharbor-user-key", "booking/scripts/fh_availability.sh", fill(r"""
#!/bin/sh
# Print tomorrow's availability for the guided backcountry tours listed on FareHarbor.
set -eu
DAY=$(date -d tomorrow +%F)
FH_APP="0c8f5a1e-2f4b-4b57-9a51-7f3c2b1d6e90"
FH_USER="@@uk@@"

curl -sS \
  -H "X-FareHarbor-API-App: $FH_APP" \
  -H "X-FareHarbor-API-User: $FH_USER" \
  "https://fareharbor.com/api/external/v1/companies/pinecrestguides/items/" |
  jq -r '.items[].pk' |
  while read -r item; do
    curl -sS -H "X-FareHarbor-API-App: $FH_APP" -H "X-FareHarbor-API-User: $FH_USER" \
      "https://fareharbor.com/api/external/v1/companies/pinecrestguides/items/$item/availabilities/date/$DAY/" |
      jq -r '.availabilities[] | "\(.start_at)\t\(.capacity)"'
  done
""", uk=user_key), user_key, "FareHarbor External API: X-FareHarbor-API-App / X-FareHarbor-API-User keys")

sec = hexs(64)
secret("csharp/oauth-client-secret", "counter/src/Pcs.Counter/Lightspeed/LightspeedAuth.cs", fill(r"""
using System.Net.Http.Json;

namespace Pcs.Counter.Lightspeed;

public sealed class LightspeedAuth
{
    private const string TokenUrl = "https://cloud.lightspeedapp.com/auth/oauth/token";
    private const string ClientId = "pcs-counter-7f21";
    private const string ClientSecret = "@@sec@@";

    private readonly HttpClient _http;
    private readonly ITokenStore _store;

    public LightspeedAuth(HttpClient http, ITokenStore store) => (_http, _store) = (http, store);

    public async Task<string> AccessTokenAsync(CancellationToken ct = default)
    {
        var refresh = await _store.GetRefreshTokenAsync(ct);
        var response = await _http.PostAsync(TokenUrl, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["client_id"] = ClientId,
            ["client_secret"] = ClientSecret,
            ["refresh_token"] = refresh,
            ["grant_type"] = "refresh_token",
        }), ct);
        response.EnsureSuccessStatusCode();
        var token = await response.Content.ReadFromJsonAsync<TokenResponse>(cancellationToken: ct);
        await _store.SaveRefreshTokenAsync(token!.RefreshToken, ct);
        return token.AccessToken;
    }
}
""", sec=sec), sec, "Lightspeed Retail (R-Series) API: OAuth client credentials and refresh tokens")

key = hexs(40)
secret("python/smartwaiver-key", "counter/waivers/sync_waivers.py", fill(r"""
import datetime as dt

import requests

from counter.db import Customer, session

SW_API = "https://api.smartwaiver.com/v4"
SW_KEY = "@@key@@"


def recent_waivers(hours=24):
    since = (dt.datetime.utcnow() - dt.timedelta(hours=hours)).strftime("%Y-%m-%dT%H:%M:%S")
    r = requests.get(f"{SW_API}/waivers", headers={"sw-api-key": SW_KEY},
                     params={"fromDts": since, "limit": 100}, timeout=15)
    r.raise_for_status()
    return r.json()["waivers"]


def link_waivers():
    with session() as db:
        for w in recent_waivers():
            customer = db.query(Customer).filter_by(email=w["email"].lower()).one_or_none()
            if customer:
                customer.waiver_id = w["waiverId"]
                customer.waiver_signed_at = w["createdOn"]
        db.commit()


if __name__ == "__main__":
    link_waivers()
""", key=key), key, "Smartwaiver API v4: sw-api-key header")

decoy("markdown/decoy-placeholder", "counter/waivers/README.md", r"""
# Waiver sync

Links signed Smartwaiver waivers to rental customers so the counter sees a green tick.

## Setup

1. In Smartwaiver, *Account > API Keys*, create a key named `counter-sync`.
2. Put it in the counter's secret store, never in this repo:

   ```sh
   sudo systemd-creds encrypt --name=sw-api-key - /etc/credstore.encrypted/sw-api-key
   ```

3. Test it:

   ```sh
   curl -H "sw-api-key: YOUR_API_KEY" https://api.smartwaiver.com/v4/me
   ```

The job reads the key from `$CREDENTIALS_DIRECTORY/sw-api-key` (systemd `LoadCredentialEncrypted=`).
""".lstrip("\n"), "Smartwaiver API docs; systemd-creds(1)")

key = hexs(32)
secret("env/rails-master-key", "tuneshop/.kamal/secrets", fill(r"""
# Secrets for kamal deploy (tune & repair shop booking app).
# Keep values out of git: fetch them from the password manager.
KAMAL_REGISTRY_PASSWORD=$KAMAL_REGISTRY_PASSWORD
RAILS_MASTER_KEY=@@key@@
POSTGRES_PASSWORD=$(cat /run/secrets/tuneshop_pg)
""", key=key), key, "Kamal docs: .kamal/secrets; Rails encrypted credentials master key (32 hex)")

decoy("env/decoy-secret-manager-ref", "tuneshop/.kamal/secrets.production", r"""
# Production secrets come from 1Password at deploy time (kamal secrets fetch).
SECRETS=$(kamal secrets fetch --adapter 1password --account pinecrest --from Deploy/tuneshop KAMAL_REGISTRY_PASSWORD RAILS_MASTER_KEY POSTGRES_PASSWORD)

KAMAL_REGISTRY_PASSWORD=$(kamal secrets extract KAMAL_REGISTRY_PASSWORD $SECRETS)
RAILS_MASTER_KEY=$(kamal secrets extract RAILS_MASTER_KEY $SECRETS)
POSTGRES_PASSWORD=$(kamal secrets extract POSTGRES_PASSWORD $SECRETS)
""".lstrip("\n"), "Kamal docs: kamal secrets fetch / extract with the 1Password adapter")

pw = url_pw(20)
secret("k8s-secret/database-password", "deploy/k8s/rentalpos/secret-db.yaml", fill(r"""
apiVersion: v1
kind: Secret
metadata:
  name: rentalpos-db
  namespace: rentals
  labels:
    app.kubernetes.io/name: rentalpos
type: Opaque
data:
  PGHOST: @@host@@
  PGUSER: @@user@@
  PGPASSWORD: @@pw@@
  PGDATABASE: @@db@@
""", host=b64("pg-rentals.rentals.svc"), user=b64("rentalpos"), pw=b64(pw), db=b64("rentalpos")),
       pw, "Kubernetes docs: Secret data values are base64")

pw = words_pw("!#@*^-_+.")
secret("perl/dbi-password", "legacy-pos/bin/eod_report.pl", fill(r"""
#!/usr/bin/perl
# End-of-day rental report, mailed to the shop manager at 18:00.
use strict;
use warnings;
use DBI;
use POSIX qw(strftime);

my $day = strftime('%Y-%m-%d', localtime);
my $dbh = DBI->connect('DBI:mysql:database=rentals;host=192.168.50.5', 'eod_report', '@@pw@@',
                       { RaiseError => 1, AutoCommit => 1 })
    or die $DBI::errstr;

my $sth = $dbh->prepare(q{
    SELECT category, COUNT(*), SUM(total_cents)/100
      FROM rental_ticket
     WHERE DATE(opened_at) = ?
  GROUP BY category
});
$sth->execute($day);

open my $mail, '|-', '/usr/sbin/sendmail -t' or die $!;
print $mail "To: shop-manager\@pinecrestsports.com\nSubject: Rentals $day\n\n";
while (my ($cat, $n, $usd) = $sth->fetchrow_array) {
    printf $mail "%-20s %4d  \$%9.2f\n", $cat, $n, $usd;
}
close $mail;
$dbh->disconnect;
""", pw=pw), pw, "Perl DBI documentation: DBI->connect($dsn, $user, $password)")

pw = human_pw()
secret("vbnet/connection-string", "legacy-pos/RentalCounter/My Project/Settings.vb", fill(r"""
Option Strict On
Option Explicit On

Namespace My
    Partial Friend NotInheritable Class MySettings
        Inherits Global.System.Configuration.ApplicationSettingsBase

        <Global.System.Configuration.ApplicationScopedSettingAttribute(),
         Global.System.Configuration.SpecialSettingAttribute(Global.System.Configuration.SpecialSetting.ConnectionString),
         Global.System.Configuration.DefaultSettingValueAttribute("Data Source=SHOPSRV\SQLEXPRESS;Initial Catalog=Rentals;User ID=counter;Password=@@pw@@")>
        Public ReadOnly Property RentalsConnectionString() As String
            Get
                Return CType(Me("RentalsConnectionString"), String)
            End Get
        End Property

        <Global.System.Configuration.UserScopedSettingAttribute(),
         Global.System.Configuration.DefaultSettingValueAttribute("BOOTFIT-PAD-1")>
        Public Property BootFitterStation() As String
            Get
                Return CType(Me("BootFitterStation"), String)
            End Get
            Set(value As String)
                Me("BootFitterStation") = value
            End Set
        End Property
    End Class
End Namespace
""", pw=pw), pw, "Visual Studio settings designer (Settings.Designer.vb) for ADO.NET connection strings")

pw = human_pw()
secret("batch/net-use-password", "legacy-pos/scripts/backup_to_nas.bat", fill(r"""
@echo off
rem Nightly copy of the rental database backup to the office NAS (Task Scheduler, 23:30)
setlocal
set SRC=D:\SQLBackup\Rentals
set DST=\\nas01\backups\rental-shop

net use %DST% /user:NAS01\shopbackup @@pw@@ /persistent:no
if errorlevel 1 goto fail

robocopy "%SRC%" "%DST%" *.bak /MAXAGE:2 /R:2 /W:10 /NP /LOG+:C:\Logs\backup_to_nas.log
net use %DST% /delete /y
exit /b 0

:fail
echo NAS not reachable >> C:\Logs\backup_to_nas.log
exit /b 1
""", pw=pw), pw, "Microsoft Learn: net use (/user: with password on the command line)")

rows = []
_r = _rng()
for i in range(14):
    epc = "3034" + "".join(_r.choice("0123456789ABCDEF") for _ in range(20))
    kind = _r.choice(["SKI", "SKI", "BOARD", "BOOT", "HELMET", "POLE"])
    brand = {"SKI": "Rossignol Experience 80", "BOARD": "Burton Instigator", "BOOT": "Salomon S/Pro 90",
             "HELMET": "Smith Mission", "POLE": "Leki Neolite"}[kind]
    rows.append(f"{epc},PCS-{kind[:2]}-{1000 + i * 7},{kind},{brand},{_r.choice([150, 158, 164, 170, 27.5, 'M'])},{_r.choice(['A', 'A', 'B', 'C'])}")
decoy("csv/decoy-identifier", "rentalpos/data/fleet_epc_import.csv",
      "epc,asset_tag,type,model,size,grade\n" + "\n".join(rows) + "\n",
      "GS1 EPC Tag Data Standard (SGTIN-96 EPCs, 24 hex), as RFID rental-fleet imports list them")

pw = human_pw()
secret("ini/odbc-password", "reports/odbc.ini", fill(r"""
[ODBC Data Sources]
RentalsDW = ODBC Driver 18 for SQL Server

[RentalsDW]
Driver = ODBC Driver 18 for SQL Server
Server = tcp:dw01.pinecrest.local,1433
Database = RentalsDW
UID = rpt_rentals
PWD = @@pw@@
Encrypt = yes
TrustServerCertificate = yes
ApplicationIntent = ReadOnly
""", pw=pw), pw, "Microsoft ODBC Driver for SQL Server on Linux: DSN keywords in odbc.ini")

decoy("ini/decoy-integrated-auth", "reports/odbc.kerberos.ini", r"""
[ODBC Data Sources]
AccessDW = ODBC Driver 18 for SQL Server

[AccessDW]
Driver = ODBC Driver 18 for SQL Server
Server = tcp:dw01.pinecrest.local,1433
Database = AccessDW
Trusted_Connection = yes
Encrypt = yes
ServerSPN = MSSQLSvc/dw01.pinecrest.local:1433
ApplicationIntent = ReadOnly
""".lstrip("\n"), "Microsoft ODBC Driver for SQL Server: Kerberos integrated authentication (Trusted_Connection)")

pw = url_pw(16)
secret("json/mqtt-password", "rfid-readers/fx9600/counter-portal.json", fill(r"""
{
  "readerName": "counter-portal-1",
  "mode": { "type": "INVENTORY", "antennas": [1, 2], "transmitPower": 24.5, "tagPopulation": 60 },
  "filter": { "type": "PREFIX", "tagMetadata": ["EPC", "RSSI", "ANTENNA"], "value": "3034" },
  "endpoint": {
    "type": "MQTT",
    "name": "rental-broker",
    "configuration": {
      "host": "mqtt.rentals.pinecrest.local",
      "port": 8883,
      "protocol": "mqtts",
      "clientId": "fx9600-counter-1",
      "basicAuthentication": { "username": "reader", "password": "@@pw@@" },
      "topics": { "tagDataEvents": "rentals/counter/tags", "managementEvents": "rentals/counter/mgmt" },
      "keepAlive": 60,
      "cleanSession": true
    }
  }
}
""", pw=pw), pw, "Zebra IoT Connector (FX9600/ATR7000) MQTT endpoint configuration")

key = "key-" + hexs(32)
secret("typescript/mailgun-key", "reservations/src/mail/mailer.ts", fill(r"""
import formData from 'form-data';
import Mailgun from 'mailgun.js';

import { Reservation } from '../types';
import { renderConfirmation } from './templates';

const mailgun = new Mailgun(formData);
const mg = mailgun.client({
  username: 'api',
  key: '@@key@@',
  url: 'https://api.mailgun.net',
});

const DOMAIN = 'mg.pinecrestsports.com';

export async function sendConfirmation(r: Reservation): Promise<void> {
  await mg.messages.create(DOMAIN, {
    from: 'Pinecrest Sports Rentals <rentals@pinecrestsports.com>',
    to: [r.email],
    subject: `Your rental for ${r.pickupDate} is confirmed (#${r.code})`,
    html: renderConfirmation(r),
    'o:tag': ['rental-confirmation'],
  });
}
""", key=key), key, "Mailgun docs: mailgun.js client with API key (key-...)")

decoy("python/decoy-test-fixture", "reservations-api/tests/test_checkout.py", r"""
import pytest

from reservations.checkout import CheckoutService, PaymentDeclined

# Stand-ins only: the payment gateway is mocked, nothing here reaches Stripe.
FAKE_GATEWAY_KEY = "not-a-real-key"
TEST_CARD_DECLINE = "4000000000000002"  # Stripe documented test card


@pytest.fixture
def service(mocker):
    gateway = mocker.Mock()
    gateway.charge.return_value = {"id": "ch_test_123", "status": "succeeded"}
    return CheckoutService(gateway=gateway, api_key=FAKE_GATEWAY_KEY)


def test_deposit_is_quarter_of_total(service):
    quote = service.quote(items=[("SKI-PKG-ADULT", 3), ("HELMET", 3)], days=3)
    assert quote.deposit_cents == quote.total_cents // 4


def test_declined_card_raises(service):
    service.gateway.charge.side_effect = PaymentDeclined("card_declined")
    with pytest.raises(PaymentDeclined):
        service.pay(card=TEST_CARD_DECLINE, amount_cents=12000)
""".lstrip("\n"), "pytest fixtures; Stripe docs: test card numbers")

key = hexs(64)
secret("swift/hmac-secret", "counter-ipad/CounterKit/Sources/CounterKit/APIClient.swift", fill(r"""
import CryptoKit
import Foundation

/// Talks to the rental back office from the iPads at the fitting benches.
public struct APIClient {
    public static let shared = APIClient()

    private let baseURL = URL(string: "https://backoffice.pinecrestsports.com/api/")!
    private let deviceID = "counter-ipad"
    private let signingSecret = "@@key@@"

    func signedRequest(path: String, body: Data) -> URLRequest {
        let timestamp = String(Int(Date().timeIntervalSince1970))
        let key = SymmetricKey(data: Data(signingSecret.utf8))
        let message = Data((timestamp + "." + path).utf8) + body
        let mac = HMAC<SHA256>.authenticationCode(for: message, using: key)

        var request = URLRequest(url: baseURL.appendingPathComponent(path))
        request.httpMethod = "POST"
        request.httpBody = body
        request.setValue(deviceID, forHTTPHeaderField: "X-Device")
        request.setValue(timestamp, forHTTPHeaderField: "X-Timestamp")
        request.setValue(mac.map { String(format: "%02x", $0) }.joined(), forHTTPHeaderField: "X-Signature")
        return request
    }
}
""", key=key), key, "Apple CryptoKit: HMAC<SHA256> with a SymmetricKey")

decoy("swift/decoy-code-reads-secret", "counter-ipad/CounterKit/Sources/CounterKit/Keychain.swift", r"""
import Foundation
import Security

/// Reads the per-device signing secret that the MDM profile installs in the keychain.
enum Keychain {
    static let service = "com.pinecrestsports.counter"

    static func secret(account: String) -> String? {
        let query: [String: Any] = [
            kSecClass as String: kSecClassGenericPassword,
            kSecAttrService as String: service,
            kSecAttrAccount as String: account,
            kSecReturnData as String: true,
            kSecMatchLimit as String: kSecMatchLimitOne,
        ]
        var item: CFTypeRef?
        guard SecItemCopyMatching(query as CFDictionary, &item) == errSecSuccess,
              let data = item as? Data else { return nil }
        return String(data: data, encoding: .utf8)
    }
}
""".lstrip("\n"), "Apple Security framework: SecItemCopyMatching for generic passwords")


# =============================================================================================
# Snowmaking plant, telemetry, IoT sensors and the mountain network
# =============================================================================================

pw = words_pw()
secret("python/opcua-password", "snowmaking/collector/opcua_poll.py", fill(r"""
"""[1:] + '"""Poll the snowmaking automation (OPC UA server on the pump-house PLC) into TimescaleDB."""' + r"""
import asyncio
import logging

import asyncpg
from asyncua import Client

OPC_URL = "opc.tcp://10.50.1.10:4840/snowmaking/"
OPC_USER = "historian"
OPC_PASSWORD = "@@pw@@"
NODES = {
    "ph1_flow_lpm": "ns=3;s=PumpHouse1.Flow",
    "ph1_pressure_bar": "ns=3;s=PumpHouse1.Pressure",
    "pond_level_m": "ns=3;s=LowerPond.Level",
    "wetbulb_c": "ns=3;s=Weather.Summit.WetBulb",
}


async def main():
    db = await asyncpg.connect("postgresql:///snowmaking")  # peer auth on the historian host
    client = Client(OPC_URL)
    client.set_user(OPC_USER)
    client.set_password(OPC_PASSWORD)
    async with client:
        nodes = {k: client.get_node(v) for k, v in NODES.items()}
        while True:
            values = {k: await n.read_value() for k, n in nodes.items()}
            await db.execute(
                "INSERT INTO plant_sample (ts, data) VALUES (now(), $1::jsonb)", values)
            await asyncio.sleep(10)


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    asyncio.run(main())
""", pw=pw), pw, "opcua-asyncio (asyncua) Client.set_user / set_password")

tok = influx_token()
secret("toml/influx-token", "snowmaking/telegraf/telegraf.conf", fill(r"""
[agent]
  interval = "10s"
  flush_interval = "10s"
  hostname = "ph1-edge"

[[inputs.modbus]]
  name = "pumphouse1"
  controller = "tcp://10.50.1.11:502"
  slave_id = 1
  holding_registers = [
    { name = "flow_lpm", byte_order = "AB", data_type = "UINT16", scale = 1.0, address = [100] },
    { name = "pressure_bar", byte_order = "AB", data_type = "UINT16", scale = 0.1, address = [101] },
    { name = "motor_kw", byte_order = "AB", data_type = "UINT16", scale = 0.1, address = [110] },
  ]

[[outputs.influxdb_v2]]
  urls = ["https://influx.ops.pinecrest-mtn.com"]
  token = "@@tok@@"
  organization = "pinecrest"
  bucket = "snowmaking"
""", tok=tok), tok, "Telegraf docs: outputs.influxdb_v2 token; inputs.modbus")

decoy("toml/decoy-env-reference", "snowmaking/telegraf/telegraf.d/weather.conf", r"""
# Summit and mid-mountain weather stations -> InfluxDB (token from /etc/default/telegraf)
[[inputs.http]]
  urls = ["http://10.50.9.20/v1/current_conditions"]
  data_format = "json"
  json_query = "data.conditions"
  tag_keys = ["lsid"]
  name_override = "weatherlink_live"

[[outputs.influxdb_v2]]
  urls = ["https://influx.ops.pinecrest-mtn.com"]
  token = "${INFLUX_TOKEN}"
  organization = "pinecrest"
  bucket = "weather"
""".lstrip("\n"), "Telegraf docs: environment variables in configuration (${VAR})")

sec = mixed(32)
secret("javascript/node-red-credential-secret", "snowmaking/node-red/settings.js", fill(r"""
/**
 * Node-RED settings for the snowmaking edge box (pump house 2).
 * Only the settings we change; the rest are the 3.x defaults.
 */
module.exports = {
    flowFile: 'flows.json',
    flowFilePretty: true,
    credentialSecret: "@@sec@@",
    uiPort: process.env.PORT || 1880,
    adminAuth: {
        type: "credentials",
        users: [{
            username: "snowops",
            password: "@@hash@@",
            permissions: "*"
        }]
    },
    httpNodeRoot: '/api',
    logging: { console: { level: "info", metrics: false, audit: false } },
    editorTheme: { projects: { enabled: false } },
    functionGlobalContext: { plant: "PH2" }
};
""", sec=sec, hash=bcrypt_hash(8)), sec, "Node-RED docs: settings.js credentialSecret (key that encrypts flows_cred.json)")

decoy("javascript/decoy-password-hash", "snowmaking/node-red-ph1/settings.js", fill(r"""
module.exports = {
    flowFile: 'flows.json',
    // the key for flows_cred.json comes from the systemd unit's EnvironmentFile
    credentialSecret: process.env.NODE_RED_CREDENTIAL_SECRET,
    uiPort: 1880,
    adminAuth: {
        type: "credentials",
        users: [
            { username: "snowops", password: "@@h1@@", permissions: "*" },
            { username: "viewer", password: "@@h2@@", permissions: "read" }
        ]
    },
    httpNodeAuth: { user: "hmi", pass: "@@h3@@" },
    functionGlobalContext: { plant: "PH1" }
};
""", h1=bcrypt_hash(8), h2=bcrypt_hash(8), h3=bcrypt_hash(8)),
      "Node-RED docs: securing Node-RED (adminAuth and httpNodeAuth take bcrypt hashes)")

pw = url_pw(14)
secret("json/url-userinfo", "snowmaking/node-red/flows.json", fill(r"""
[
    {
        "id": "3c1f0a8e5b2d7a41",
        "type": "tab",
        "label": "Hydrant polling",
        "disabled": false
    },
    {
        "id": "9a4be2c17d05f318",
        "type": "inject",
        "z": "3c1f0a8e5b2d7a41",
        "name": "every 30 s",
        "repeat": "30",
        "once": true,
        "wires": [["e71d40c2a6b9f085"]]
    },
    {
        "id": "e71d40c2a6b9f085",
        "type": "http request",
        "z": "3c1f0a8e5b2d7a41",
        "name": "Fan gun controllers - trail 4",
        "method": "GET",
        "ret": "obj",
        "url": "http://admin:@@pw@@@10.50.4.20/api/v1/guns?trail=4",
        "tls": "",
        "persist": false,
        "wires": [["5d28c7f0b3e1a946"]]
    },
    {
        "id": "5d28c7f0b3e1a946",
        "type": "influxdb out",
        "z": "3c1f0a8e5b2d7a41",
        "influxdb": "b7f3d0e2c1a95864",
        "name": "guns",
        "measurement": "fan_gun",
        "wires": []
    }
]
""", pw=pw), pw, "Node-RED flow JSON format (http request node url); RFC 3986 userinfo")

pw = url_pw(28)
secret("conf/mosquitto-bridge", "snowmaking/mosquitto/conf.d/bridge-cloud.conf", fill(r"""
# Bridge the plant broker to the cloud broker so the ops dashboard sees the guns.
connection cloud-bridge
address 4f2a9c71d3e8.s1.eu.hivemq.cloud:8883
remote_clientid pcm-snowplant-bridge
remote_username pcm-snowplant
remote_password @@pw@@
bridge_protocol_version mqttv311
bridge_capath /etc/ssl/certs
bridge_insecure false
cleansession false
notifications true
topic snowmaking/# out 1 "" pcm/
topic weather/# out 0 "" pcm/
topic cmd/snowmaking/# in 1 "" pcm/
""", pw=pw), pw, "mosquitto.conf(5): bridge remote_username / remote_password")

mrows = []
for name in ["gate-T07", "gate-T08", "ph1-edge", "ph2-edge", "snowdepth-summit", "grafana", "ha-pumphouse"]:
    mrows.append(f"{name}:$7$101${b64bytes(12)}${b64bytes(64)}")
decoy("conf/decoy-password-hash", "snowmaking/mosquitto/passwd", "\n".join(mrows) + "\n",
      "mosquitto_passwd(1): PBKDF2-SHA512 hashes ($7$) in the password file")

key = b64bytes(32)
secret("yaml/esphome-api-key", "sensors/esphome/snowdepth-summit.yaml", fill(r"""
esphome:
  name: snowdepth-summit
  friendly_name: Snow depth - summit study plot

esp32:
  board: esp32dev
  framework:
    type: arduino

logger:

api:
  encryption:
    key: "@@key@@"

ota:
  - platform: esphome
    password: !secret ota_password

wifi:
  ssid: !secret wifi_ssid
  password: !secret wifi_password
  power_save_mode: light

sensor:
  - platform: ultrasonic
    trigger_pin: GPIO5
    echo_pin: GPIO18
    name: "Sensor to snow surface"
    update_interval: 300s
    timeout: 6m
  - platform: dallas_temp
    name: "Air temperature"
    update_interval: 300s

one_wire:
  - platform: gpio
    pin: GPIO4
""", key=key), key, "ESPHome docs: Native API encryption key (32-byte base64 pre-shared key)")

decoy("yaml/decoy-secret-reference", "sensors/esphome/snowdepth-midmtn.yaml", r"""
esphome:
  name: snowdepth-midmtn
  friendly_name: Snow depth - mid-mountain plot

esp32:
  board: esp32dev

logger:

api:
  encryption:
    key: !secret api_key_snowdepth_midmtn

ota:
  - platform: esphome
    password: !secret ota_password

wifi:
  ssid: !secret wifi_ssid
  password: !secret wifi_password

sensor:
  - platform: ultrasonic
    trigger_pin: GPIO5
    echo_pin: GPIO18
    name: "Sensor to snow surface"
    update_interval: 300s
""".lstrip("\n"), "ESPHome docs: !secret references to secrets.yaml")

pw = url_pw(20)
secret("yaml/home-assistant-secrets", "pumphouse-ha/secrets.yaml", fill(r"""
# Home Assistant secrets - pump house 1 (snowmaking)
latitude_home: 39.6061
longitude_home: -106.3550
elevation_home: 2480
mqtt_broker: 10.50.1.5
mqtt_username: homeassistant
mqtt_password: "@@pw@@"
influx_url: https://influx.ops.pinecrest-mtn.com
ntfy_topic_url: https://ntfy.pinecrest-mtn.com/snowmaking-alarms
""", pw=pw), pw, "Home Assistant docs: storing secrets (secrets.yaml)")

key = chars(16, UPPER)
secret("arduino/thingspeak-key", "sensors/wetbulb-pond/wetbulb-pond.ino", fill(r"""
// Wet-bulb station at the lower pond: SHT31 air temp + RH -> ThingSpeak channel 2381945
#include <WiFi.h>
#include <Wire.h>
#include <Adafruit_SHT31.h>
#include <ThingSpeak.h>
#include "arduino_secrets.h"

unsigned long channelID = 2381945;
const char *writeAPIKey = "@@key@@";

WiFiClient client;
Adafruit_SHT31 sht31 = Adafruit_SHT31();

void setup() {
  Serial.begin(115200);
  sht31.begin(0x44);
  WiFi.begin(SECRET_SSID, SECRET_PASS);
  while (WiFi.status() != WL_CONNECTED) delay(500);
  ThingSpeak.begin(client);
}

void loop() {
  float t = sht31.readTemperature();
  float rh = sht31.readHumidity();
  ThingSpeak.setField(1, t);
  ThingSpeak.setField(2, rh);
  int code = ThingSpeak.writeFields(channelID, writeAPIKey);
  Serial.printf("write %d  t=%.1f rh=%.0f\n", code, t, rh);
  delay(60000);
}
""", key=key), key, "ThingSpeak docs: Write API Key (16 characters); ThingSpeak Arduino library")

pw = passphrase()
secret("c-header/wifi-password", "sensors/wetbulb-pond/arduino_secrets.h", fill(r"""
// arduino_secrets.h - kept beside the sketch (the Arduino IDE "Secret" tab)
// Snowmaking IoT VLAN on the pond access point
#pragma once

#define SECRET_SSID "PCM-SNOWMAKING-IOT"
#define SECRET_PASS "@@pw@@"
""", pw=pw), pw, "Arduino docs: arduino_secrets.h / SECRET_ constants")

key = ttn_key()
secret("python/ttn-api-key", "sensors/lorawan/set_interval.py", fill(r"""
"""[1:] + '"""Change the uplink interval of the LoRaWAN snow-stake sensors (downlink on FPort 2)."""' + r"""
import base64
import sys

import requests

TTN = "https://nam1.cloud.thethings.network/api/v3"
APP = "pcm-snow-sensors"
API_KEY = "@@key@@"


def set_interval(dev_id: str, minutes: int) -> None:
    payload = base64.b64encode(bytes([0x01, minutes])).decode()
    r = requests.post(
        f"{TTN}/as/applications/{APP}/devices/{dev_id}/down/replace",
        headers={"Authorization": f"Bearer {API_KEY}"},
        json={"downlinks": [{"f_port": 2, "frm_payload": payload, "priority": "NORMAL"}]},
        timeout=10,
    )
    r.raise_for_status()
    print(dev_id, "->", minutes, "min")


if __name__ == "__main__":
    for dev in sys.argv[2:]:
        set_interval(dev, int(sys.argv[1]))
""", key=key), key, "The Things Stack docs: API keys (NNSXS.) and scheduling downlinks")

sec = b64bytes(32)
secret("toml/chirpstack-secret", "sensors/chirpstack/chirpstack.toml", fill(r"""
[logging]
  level="info"

[postgresql]
  dsn="postgres://chirpstack@localhost/chirpstack?sslmode=disable"
  max_open_connections=10

[redis]
  servers=["redis://localhost/"]

[network]
  net_id="000000"
  enabled_regions=["us915_1"]

[api]
  bind="0.0.0.0:8080"
  # JWT signing secret for the web UI and API tokens (openssl rand -base64 32)
  secret="@@sec@@"

[integration]
  enabled=["mqtt"]

  [integration.mqtt]
    server="tcp://localhost:1883/"
    json=true
""", sec=sec), sec, "ChirpStack v4 docs: chirpstack.toml [api] secret")

pw = human_pw()
secret("crbasic/ftp-password", "weather/dataloggers/PH2_WetBulb.CR1X", fill(r"""
'CR1000X Series Datalogger - pump house 2 weather (wet bulb for snowmaking decisions)
'Snowmaking dept. - rev 2024-10-28

Public PTemp, Batt_volt
Public AirTC, RH, WetBulbC
Public FTPResult As Long

Const FTPServer = "ftp.pinecrest-mtn.com"
Const FTPUser = "cr1000x-ph2"
Const FTPPass = "@@pw@@"

DataTable (Ten_Min,True,-1)
  DataInterval (0,10,Min,10)
  Average (1,AirTC,FP2,False)
  Average (1,RH,FP2,False)
  Average (1,WetBulbC,FP2,False)
  Minimum (1,Batt_volt,FP2,False,False)
EndTable

BeginProg
  Scan (5,Sec,0,0)
    PanelTemp (PTemp,60)
    Battery (Batt_volt)
    VoltSe (AirTC,1,mV2500,1,0,0,60,0.1,-40)
    VoltSe (RH,1,mV2500,2,0,0,60,0.1,0)
    WetBulbC = AirTC*ATN(0.151977*(RH+8.313659)^0.5)+ATN(AirTC+RH)-ATN(RH-1.676331)+0.00391838*RH^1.5*ATN(0.023101*RH)-4.686035
    CallTable Ten_Min
  NextScan

  SlowSequence
  Scan (10,Min,3,0)
    FTPResult = FTPClient (FTPServer,FTPUser,FTPPass,"Ten_Min","ph2_tenmin_.dat",2,0,10,Min,-1008)
  NextScan
EndProg
""", pw=pw), pw, "Campbell Scientific CRBasic reference: FTPClient instruction")

pw = words_pw()
secret("yaml/grafana-datasource", "ops-grafana/provisioning/datasources/snowmaking.yaml", fill(r"""
apiVersion: 1

datasources:
  - name: Snowmaking TSDB
    uid: snowmaking-tsdb
    type: grafana-postgresql-datasource
    url: tsdb.snowmaking.pinecrest.local:5432
    user: grafana_ro
    jsonData:
      database: snowmaking
      sslmode: require
      timescaledb: true
      postgresVersion: 1500
    secureJsonData:
      password: '@@pw@@'
    editable: false
""", pw=pw), pw, "Grafana docs: provisioning data sources (secureJsonData)")

decoy("yaml/decoy-env-reference", "ops-grafana/provisioning/datasources/weather.yaml", r"""
apiVersion: 1

datasources:
  - name: Weather (InfluxDB)
    uid: weather-influx
    type: influxdb
    url: https://influx.ops.pinecrest-mtn.com
    jsonData:
      version: Flux
      organization: pinecrest
      defaultBucket: weather
    secureJsonData:
      token: $INFLUX_READ_TOKEN
  - name: Lift access (SQL Server)
    type: mssql
    url: dw01.pinecrest.local:1433
    user: grafana_ro
    jsonData:
      database: AccessDW
    secureJsonData:
      password: $__file{/run/secrets/grafana_mssql_password}
""".lstrip("\n"), "Grafana docs: provisioning, environment variables and $__file{} expansion")

pw = words_pw()
secret("ini/grafana-admin", "ops-grafana/grafana.ini", fill(r"""
[server]
http_port = 3000
domain = ops.pinecrest-mtn.com
root_url = https://ops.pinecrest-mtn.com/grafana/
serve_from_sub_path = true

[security]
admin_user = snowops
admin_password = @@pw@@
disable_gravatar = true
cookie_secure = true

[auth.anonymous]
enabled = true
org_name = Lift Status Boards
org_role = Viewer

[smtp]
enabled = false
""", pw=pw), pw, "Grafana docs: configuration [security] admin_password")

key = hexs(32)
secret("python/openweathermap-key", "snowmaking/planner/forecast_window.py", fill(r"""
"""[1:] + '"""Find tonight\'s snowmaking window: hours with a forecast wet bulb below -2.5 C."""' + r"""
import math
from datetime import datetime, timezone

import requests

OWM_APPID = "@@key@@"
SITES = {"base": (39.6061, -106.3550), "summit": (39.5912, -106.3891)}


def wet_bulb(t_c: float, rh: float) -> float:
    # Stull (2011)
    return (t_c * math.atan(0.151977 * math.sqrt(rh + 8.313659)) + math.atan(t_c + rh)
            - math.atan(rh - 1.676331) + 0.00391838 * rh ** 1.5 * math.atan(0.023101 * rh) - 4.686035)


def window(site: str, threshold: float = -2.5):
    lat, lon = SITES[site]
    r = requests.get("https://api.openweathermap.org/data/3.0/onecall",
                     params={"lat": lat, "lon": lon, "units": "metric",
                             "exclude": "minutely,daily,alerts", "appid": OWM_APPID}, timeout=10)
    r.raise_for_status()
    for hour in r.json()["hourly"][:18]:
        tw = wet_bulb(hour["temp"], hour["humidity"])
        if tw <= threshold:
            yield datetime.fromtimestamp(hour["dt"], timezone.utc), round(tw, 1)


if __name__ == "__main__":
    for when, tw in window("base"):
        print(when.isoformat(), tw)
""", key=key), key, "OpenWeather One Call API 3.0: appid parameter (32-hex API key)")

psk = passphrase()
secret("routeros/wireless-psk", "network/mikrotik/tower14-snowmaking.rsc", fill(r"""
# 2024-12-02 06:14:11 by RouterOS 7.16.1
# software id = 8KQZ-2M1P
#
# model = RBSXTsq5ac
# serial number = HFD0890A1BC
/interface wireless security-profiles
set [ find default=yes ] supplicant-identity=MikroTik
add authentication-types=wpa2-psk mode=dynamic-keys name=towerlink supplicant-identity="" wpa2-pre-shared-key=@@psk@@
/interface wireless
set [ find default-name=wlan1 ] band=5ghz-a/n/ac channel-width=20/40/80mhz-XXXX country="united states" disabled=no frequency=5745 mode=station-bridge security-profile=towerlink ssid=PCM-T14-BH wireless-protocol=nv2
/ip address
add address=10.44.14.2/30 interface=wlan1 network=10.44.14.0
/ip route
add gateway=10.44.14.1
/system identity
set name=tower14-snowmaking
""", psk=psk), psk, "MikroTik RouterOS docs: wireless security-profiles wpa2-pre-shared-key; /export format")

decoy("routeros/decoy-redacted", "network/mikrotik/tower09-snowmaking.rsc", r"""
# 2024-12-02 06:20:48 by RouterOS 7.16.1
# software id = 2QLM-7VX9
#
# model = RBSXTsq5ac
# (PSK removed before commit - see the network vault, item "tower backhaul PSK")
/interface wireless security-profiles
set [ find default=yes ] supplicant-identity=MikroTik
add authentication-types=wpa2-psk mode=dynamic-keys name=towerlink supplicant-identity="" wpa2-pre-shared-key=********
/interface wireless
set [ find default-name=wlan1 ] band=5ghz-a/n/ac country="united states" disabled=no frequency=5765 mode=station-bridge security-profile=towerlink ssid=PCM-T09-BH wireless-protocol=nv2
/ip address
add address=10.44.9.2/30 interface=wlan1 network=10.44.9.0
/system identity
set name=tower09-snowmaking
""".lstrip("\n"), "MikroTik RouterOS docs: /export format (value masked by the team)")

pw = human_pw()
secret("cisco/plaintext-password", "network/templates/BL-ACC-SW03.cfg", fill(r"""
! Base lodge access switch - staging config (paste on console before it joins DNA Center)
hostname BL-ACC-SW03
!
username netops privilege 15 password 0 @@pw@@
enable algorithm-type scrypt secret 9 @@h9@@
!
vlan 40
 name LIFT-GATES
vlan 41
 name TICKET-WINDOWS
vlan 50
 name SNOWMAKING
!
interface range GigabitEthernet1/0/1-12
 switchport mode access
 switchport access vlan 41
 spanning-tree portfast
!
interface GigabitEthernet1/0/48
 switchport mode trunk
 switchport trunk allowed vlan 40,41,50
!
ip ssh version 2
line vty 0 15
 login local
 transport input ssh
end
""", pw=pw, h9="$9$" + chars(14, "./" + ALNUM) + "$" + chars(43, "./" + ALNUM)), pw,
       "Cisco IOS XE configuration guide: username ... password 0 (unencrypted)")

decoy("cisco/decoy-password-hash", "network/backups/BL-CORE-01.running-config", fill(r"""
! Last configuration change at 04:11:52 MST Tue Nov 26 2024 by netops
version 17.9
hostname BL-CORE-01
!
enable secret 9 @@h1@@
!
username netops privilege 15 secret 9 @@h2@@
username oxidized privilege 3 secret 8 @@h3@@
!
aaa new-model
aaa authentication login default group tacacs+ local
!
interface Vlan40
 description LIFT-GATES
 ip address 10.40.0.1 255.255.0.0
!
interface Vlan50
 description SNOWMAKING
 ip address 10.50.0.1 255.255.0.0
!
ntp server 10.1.0.10 prefer
end
""", h1="$9$" + chars(14, "./" + ALNUM) + "$" + chars(43, "./" + ALNUM),
         h2="$9$" + chars(14, "./" + ALNUM) + "$" + chars(43, "./" + ALNUM),
         h3="$8$" + chars(14, "./" + ALNUM) + "$" + chars(43, "./" + ALNUM)),
      "Cisco IOS XE: type 8 (PBKDF2) and type 9 (scrypt) password hashes")

key = pem("EC PRIVATE KEY", 3)
secret("ovpn/private-key", "network/vpn/snowplant-remote.ovpn", fill(r"""
# Remote access to the snowmaking plant HMI (night shift laptops)
client
dev tun
proto udp
remote vpn.pinecrest-mtn.com 1194
resolv-retry infinite
nobind
persist-key
persist-tun
remote-cert-tls server
cipher AES-256-GCM
verb 3
<ca>
@@ca@@
</ca>
<cert>
@@cert@@
</cert>
<key>
@@key@@
</key>
""", ca=cert_pem(10), cert=cert_pem(10), key=key), key, "OpenVPN 2.6 manual: inline <ca>, <cert>, <key> blocks")

wgpriv, wgpub = b64bytes(32), b64bytes(32)
secret("wireguard/private-key", "network/wireguard/tower09-hydrants.conf", fill(r"""
[Interface]
# tower 9 (Cornice chair top) - hydrant controller uplink
Address = 10.60.9.2/32
PrivateKey = @@priv@@
ListenPort = 51820
DNS = 10.1.0.10

[Peer]
PublicKey = @@pub@@
Endpoint = vpn.pinecrest-mtn.com:51820
AllowedIPs = 10.60.0.0/16, 10.50.0.0/16
PersistentKeepalive = 25
""", priv=wgpriv, pub=wgpub), wgpriv, "wg(8) and wg-quick(8): [Interface] PrivateKey")

peers = "\n".join(f"[Peer]\n# tower {n:02d}\nPublicKey = {b64bytes(32)}\nAllowedIPs = 10.60.{n}.2/32\n" for n in (4, 9, 14, 17))
decoy("wireguard/decoy-public-key", "network/wireguard/wg0-hub.conf", fill(r"""
[Interface]
# hub on vpn.pinecrest-mtn.com - private key stays on the host (generated there with wg genkey)
Address = 10.60.0.1/16
ListenPort = 51820
PostUp = wg set %i private-key /etc/wireguard/hub.key

@@peers@@""", peers=peers), "wg(8): PublicKey entries and set private-key from a file")

sec = mixed(24)
secret("conf/radius-shared-secret", "network/freeradius/clients.conf", fill(r"""
# FreeRADIUS clients - 802.1X for the lift-ops and patrol WiFi
client unifi-controller {
	ipaddr = 10.40.0.5
	secret = @@sec@@
	shortname = unifi
	nas_type = other
	require_message_authenticator = yes
}

client aruba-base-lodge {
	ipaddr = 10.41.0.0/24
	secret = @@sec@@
	shortname = aruba-bl
}
""", sec=sec), sec, "FreeRADIUS 3 docs: clients.conf shared secret")

psk = passphrase()
secret("conf/wpa-psk", "signage/pi-image/boot/wpa_supplicant.conf", fill(r"""
ctrl_interface=DIR=/var/run/wpa_supplicant GROUP=netdev
update_config=1
country=US

# lift status screens at the base of each chair
network={
    ssid="PCM-SIGNAGE"
    psk="@@psk@@"
    key_mgmt=WPA-PSK
    priority=10
}
""", psk=psk), psk, "wpa_supplicant.conf(5): psk passphrase")

pw = human_pw()
secret("yaml/cloud-init-password", "gatectl/cloud-init/user-data.yaml", fill(r"""
#cloud-config
hostname: gatectl-template
users:
  - name: service
    groups: [sudo, dialout]
    shell: /bin/bash
    lock_passwd: false
chpasswd:
  expire: false
  users:
    - name: service
      password: "@@pw@@"
      type: text
ssh_pwauth: true
packages:
  - mosquitto-clients
  - python3-serial
runcmd:
  - systemctl enable --now liftgate.service
""", pw=pw), pw, "cloud-init docs: chpasswd module (users list, type: text)")

decoy("yaml/decoy-password-hash", "gatectl/cloud-init/user-data.prod.yaml", fill(r"""
#cloud-config
hostname: gatectl
users:
  - name: service
    groups: [sudo, dialout]
    shell: /bin/bash
    lock_passwd: false
    passwd: "@@h@@"
    ssh_authorized_keys:
      - ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI@@k1@@ liftops@jump01
      - ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI@@k2@@ gate-tech@laptop
ssh_pwauth: false
packages:
  - mosquitto-clients
runcmd:
  - systemctl enable --now liftgate.service
""", h="$6$" + chars(16, "./" + ALNUM) + "$" + chars(86, "./" + ALNUM), k1=chars(43, ALNUM + "+/"), k2=chars(43, ALNUM + "+/")),
      "cloud-init docs: users passwd takes a crypt(3) SHA-512 hash; ssh_authorized_keys")

pw = words_pw("!#*^-_+.")
secret("xml/tomcat-users", "snowmaking/report-webapp/conf/tomcat-users.xml", fill(r"""
<?xml version="1.0" encoding="UTF-8"?>
<!-- Snowmaking reporting webapp (Tomcat 10) - manager access for the CI deploy job -->
<tomcat-users xmlns="http://tomcat.apache.org/xml"
              xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
              xsi:schemaLocation="http://tomcat.apache.org/xml tomcat-users.xsd"
              version="1.0">
  <role rolename="manager-script"/>
  <role rolename="manager-status"/>
  <user username="ci-deploy" password="@@pw@@" roles="manager-script"/>
  <user username="nagios" password="{SSHA512}disabled" roles="manager-status"/>
</tomcat-users>
""", pw=pw), pw, "Apache Tomcat 10 docs: tomcat-users.xml (MemoryRealm users)")

hook = slack_webhook()
secret("python/slack-webhook", "snowmaking/ignition/alarm-pipelines/notify_slack.py", fill(r"""
# Ignition 8.1 gateway script module: snowmaking.notify
# Called from the "Snowmaking critical" alarm pipeline (script block).

SLACK_URL = "@@hook@@"


def sendSlack(event):
	source = str(event.get("source"))
	label = event.get("displayPath") or source.split(":/tag:")[-1]
	payload = {
		"text": ":snowflake: *%s* - %s (%s)" % (label, event.get("name"), event.get("priority")),
		"username": "Snowmaking Ignition",
	}
	client = system.net.httpClient()
	response = client.post(SLACK_URL, data=system.util.jsonEncode(payload),
	                       headers={"Content-Type": "application/json"})
	if not response.good:
		system.util.getLogger("snowmaking.notify").warn("slack %s" % response.statusCode)
""", hook=hook), hook, "Slack docs: incoming webhooks; Ignition system.net.httpClient")

tok = influx_token()
secret("compose/influx-admin-token", "ops-stack/docker-compose.yml", fill(r"""
services:
  influxdb:
    image: influxdb:2.7
    restart: unless-stopped
    ports: ["8086:8086"]
    volumes: ["influx-data:/var/lib/influxdb2"]
    environment:
      DOCKER_INFLUXDB_INIT_MODE: setup
      DOCKER_INFLUXDB_INIT_USERNAME: snowops
      DOCKER_INFLUXDB_INIT_PASSWORD: ${INFLUX_ADMIN_PASSWORD:?}
      DOCKER_INFLUXDB_INIT_ORG: pinecrest
      DOCKER_INFLUXDB_INIT_BUCKET: snowmaking
      DOCKER_INFLUXDB_INIT_RETENTION: 400d
      DOCKER_INFLUXDB_INIT_ADMIN_TOKEN: @@tok@@
  grafana:
    image: grafana/grafana-oss:11.3.0
    restart: unless-stopped
    ports: ["3000:3000"]
    volumes:
      - ./ops-grafana/provisioning:/etc/grafana/provisioning:ro
      - grafana-data:/var/lib/grafana
volumes:
  influx-data: {}
  grafana-data: {}
""", tok=tok), tok, "Docker Hub influxdb image: DOCKER_INFLUXDB_INIT_ADMIN_TOKEN")

pw = url_pw(18)
secret("shell/pgpassword", "snowmaking/reports/nightly_export.sh", fill(r"""
#!/bin/bash
# Export last night's snowmaking run (guns, hours, water, kWh) for the energy report.
set -euo pipefail
export PGPASSWORD='@@pw@@'
DAY=$(date -d yesterday +%F)
OUT=/srv/reports/snowmaking_${DAY}.csv

psql -h tsdb.snowmaking.pinecrest.local -U report -d snowmaking -At -F, -c "
  SELECT gun_id, trail, round(sum(run_seconds)/3600.0, 1) AS hours,
         round(sum(water_m3), 0) AS water_m3, round(sum(energy_kwh), 0) AS kwh
    FROM gun_run
   WHERE started_at::date = '${DAY}'
GROUP BY gun_id, trail ORDER BY trail, gun_id" > "$OUT"

mail -s "Snowmaking ${DAY}" -A "$OUT" snowmaking-leads@pinecrest-mtn.com < /dev/null
""", pw=pw), pw, "PostgreSQL docs: libpq environment variables (PGPASSWORD)")

key = azure_sas_key()
secret("csharp/iot-hub-device-key", "snowmaking/FanGunTelemetry/Program.cs", fill(r"""
using System.Text;
using System.Text.Json;
using Microsoft.Azure.Devices.Client;

// Fan gun edge controller -> Azure IoT Hub (one device identity per gun)
const string DeviceConnectionString =
    "HostName=pcm-snowmaking.azure-devices.net;DeviceId=fan-gun-t4-07;SharedAccessKey=@@key@@";

using var client = DeviceClient.CreateFromConnectionString(DeviceConnectionString, TransportType.Mqtt);
var plc = new GunPlc("/dev/ttyS1");

while (true)
{
    var sample = plc.Read();
    var body = JsonSerializer.Serialize(new
    {
        gun = "t4-07",
        sample.WaterFlowLpm,
        sample.AirTempC,
        sample.WetBulbC,
        sample.FanRpm,
        sample.Mode,
    });
    using var message = new Message(Encoding.UTF8.GetBytes(body))
    {
        ContentType = "application/json",
        ContentEncoding = "utf-8",
    };
    await client.SendEventAsync(message);
    await Task.Delay(TimeSpan.FromSeconds(15));
}
""", key=key), key, "Microsoft Learn: Azure IoT Hub device connection strings (SharedAccessKey)")

decoy("csharp/decoy-code-reads-secret", "snowmaking/PlantReports/Secrets.cs", r"""
using Azure.Identity;
using Azure.Security.KeyVault.Secrets;

namespace PlantReports;

/// <summary>Every credential of the reports service lives in Key Vault; the VM's managed identity reads it.</summary>
public static class Secrets
{
    private static readonly SecretClient Client = new(
        new Uri("https://kv-pcm-snowmaking.vault.azure.net/"),
        new DefaultAzureCredential());

    public static async Task<string> GetAsync(string name, CancellationToken ct = default)
    {
        KeyVaultSecret secret = await Client.GetSecretAsync(name, cancellationToken: ct);
        return secret.Value;
    }

    public static Task<string> TsdbPasswordAsync() => GetAsync("tsdb-report-password");
    public static Task<string> SmtpPasswordAsync() => GetAsync("smtp-relay-password");
}
""".lstrip("\n"), "Microsoft Learn: Azure Key Vault SecretClient with DefaultAzureCredential")


# =============================================================================================
# Weather stations, snow reports, avalanche-forecast feeds and webcams
# =============================================================================================

wl_key, wl_secret = chars(32, LOWERNUM), chars(32, LOWERNUM)
secret("python/weatherlink-secret", "weather/weatherlink/current.py", fill(r"""
"""[1:] + '"""Current conditions from the Davis stations (summit, mid, base) for the snow report."""' + r"""
import requests

WL_API_KEY = "@@key@@"
WL_API_SECRET = "@@sec@@"
STATIONS = {"summit": 184421, "mid": 184422, "base": 160977}


def current(station_id: int) -> dict:
    r = requests.get(
        f"https://api.weatherlink.com/v2/current/{station_id}",
        params={"api-key": WL_API_KEY},
        headers={"X-Api-Secret": WL_API_SECRET},
        timeout=10,
    )
    r.raise_for_status()
    iss = next(s for s in r.json()["sensors"] if s["data_structure_type"] in (10, 23))
    d = iss["data"][0]
    return {"temp_f": d["temp"], "wind_mph": d["wind_speed_last"], "gust_mph": d["wind_speed_hi_last_10_min"],
            "dir_deg": d["wind_dir_last"]}


if __name__ == "__main__":
    for name, sid in STATIONS.items():
        print(name, current(sid))
""", key=wl_key, sec=wl_secret), wl_secret, "Davis WeatherLink v2 API: api-key parameter and X-Api-Secret header")

key = hexs(64)
secret("javascript/ambient-weather-key", "weather/ambient/poll.mjs", fill(r"""
// Ambient Weather WS-5000 at the Nordic center -> trail grooming dashboard
const APPLICATION_KEY = process.env.AMBIENT_APPLICATION_KEY;
const API_KEY = '@@key@@';

const url = new URL('https://rt.ambientweather.net/v1/devices');
url.searchParams.set('applicationKey', APPLICATION_KEY);
url.searchParams.set('apiKey', API_KEY);

const res = await fetch(url);
if (!res.ok) throw new Error(`ambient ${res.status}`);
const [station] = await res.json();
const last = station.lastData;

console.log(JSON.stringify({
  station: station.info.name,
  tempF: last.tempf,
  humidity: last.humidity,
  windMph: last.windspeedmph,
  precipIn: last.dailyrainin ?? null,
  at: new Date(last.dateutc).toISOString(),
}));
""", key=key), key, "Ambient Weather REST API: applicationKey and apiKey (64 hex) parameters")

pw = chars(8, LOWERNUM)
secret("conf/weewx-password", "weather/weewx/weewx.conf", fill(r"""
# WEEWX CONFIGURATION FILE - base area Vantage Pro2
debug = 0
WEEWX_ROOT = /etc/weewx

[Station]
    location = "Pinecrest Mountain base area"
    latitude = 39.606
    longitude = -106.355
    altitude = 8140, foot
    station_type = Vantage

[Vantage]
    type = serial
    port = /dev/ttyUSB0
    driver = weewx.drivers.vantage

[StdRESTful]
    [[Wunderground]]
        enable = true
        station = KCOPINEC3
        password = @@pw@@
        rapidfire = false
    [[CWOP]]
        enable = true
        station = GW4417

[StdReport]
    HTML_ROOT = /var/www/html/weewx
    [[SeasonsReport]]
        skin = Seasons
        enable = true
""", pw=pw), pw, "WeeWX user guide: [StdRESTful] [[Wunderground]] station key (password)")

decoy("conf/decoy-placeholder", "weather/weewx/weewx.mid.conf", r"""
# WEEWX CONFIGURATION FILE - mid-mountain station (uploads not enabled yet)
debug = 0
WEEWX_ROOT = /etc/weewx

[Station]
    location = "Pinecrest Mountain mid station"
    latitude = 39.598
    longitude = -106.371
    altitude = 9650, foot
    station_type = Vantage

[StdRESTful]
    [[Wunderground]]
        # To guard against parsing errors, put your password in quotes:
        station = replace_me
        password = replace_me
        enable = false
    [[PWSweather]]
        station = replace_me
        password = replace_me
        enable = false
""".lstrip("\n"), "WeeWX default weewx.conf (replace_me placeholders)")

tok = uuid()
secret("python/tempest-token", "patrol/wx/ridge_winds.py", fill(r"""
"""[1:] + '"""Ridge-top winds for the morning patrol meeting (WeatherFlow Tempest stations on the ridges)."""' + r"""
import requests

TEMPEST_TOKEN = "@@tok@@"
STATIONS = {"Cornice ridge": 118204, "Summit patrol hut": 118207, "Backside t-bar": 120551}


def latest(station_id: int) -> dict:
    r = requests.get(
        f"https://swd.weatherflow.com/swd/rest/observations/station/{station_id}",
        params={"token": TEMPEST_TOKEN},
        timeout=15,
    )
    r.raise_for_status()
    return r.json()["obs"][0]


if __name__ == "__main__":
    for name, sid in STATIONS.items():
        o = latest(sid)
        print(f"{name:18} {o['air_temperature']:>5.1f}C  wind {o['wind_avg']:.1f} m/s  "
              f"gust {o['wind_gust']:.1f} m/s  dir {o['wind_direction']}")
""", tok=tok), tok, "WeatherFlow Tempest API: personal access tokens (UUID) in the token parameter")

decoy("python/decoy-no-credential", "patrol/wx/nws_forecast.py", r"""
"""[1:] + '"""Point forecast from the National Weather Service (no key; they ask for a contact User-Agent)."""' + r"""
import requests

HEADERS = {"User-Agent": "(pinecrest-patrol-wx, patrol-it@pinecrest-mtn.com)",
           "Accept": "application/geo+json"}
SUMMIT = (39.5912, -106.3891)


def forecast(lat: float, lon: float):
    point = requests.get(f"https://api.weather.gov/points/{lat},{lon}", headers=HEADERS, timeout=10)
    point.raise_for_status()
    url = point.json()["properties"]["forecastHourly"]
    periods = requests.get(url, headers=HEADERS, timeout=10).json()["properties"]["periods"]
    return [(p["startTime"], p["temperature"], p["windSpeed"], p["shortForecast"]) for p in periods[:12]]


if __name__ == "__main__":
    for row in forecast(*SUMMIT):
        print(*row)
""", "api.weather.gov documentation: no API key, User-Agent identification")

pw = chars(10, ALNUM)
secret("r/meteomatics-password", "analytics/snowfall/meteomatics_fetch.R", fill(r"""
# Hourly snowfall and freezing level for the season report (Meteomatics API)
library(httr)
library(readr)
library(dplyr)

mm_user <- "pinecrestmountain_analytics"
mm_pass <- "@@pw@@"

params <- "fresh_snow_1h:cm,freezing_level:m,t_2m:C"
period <- "2024-11-01T00:00:00Z--2025-04-20T00:00:00Z:PT1H"
url <- sprintf("https://api.meteomatics.com/%s/%s/39.5912,-106.3891/csv", period, params)

resp <- GET(url, authenticate(mm_user, mm_pass), timeout(120))
stop_for_status(resp)

snow <- read_delim(content(resp, as = "text"), delim = ";", show_col_types = FALSE) %>%
  rename(ts = validdate, fresh_cm = `fresh_snow_1h:cm`, fzl_m = `freezing_level:m`, t2m = `t_2m:C`)

write_csv(snow, "data/meteomatics_2024_25.csv")
message(nrow(snow), " rows, total fresh snow ", round(sum(snow$fresh_cm, na.rm = TRUE)), " cm")
""", pw=pw), pw, "Meteomatics API docs: HTTP basic authentication (username/password); httr authenticate()")

decoy("r/decoy-env-reference", "analytics/snowfall/snotel_compare.R", r"""
# Compare our snow stakes with the NRCS SNOTEL site (public, no key) and Meteomatics (key from env)
library(httr)
library(readr)

mm_user <- Sys.getenv("METEOMATICS_USER")
mm_pass <- Sys.getenv("METEOMATICS_PASSWORD")
if (mm_pass == "") stop("set METEOMATICS_PASSWORD in ~/.Renviron (not in this repo)")

snotel <- read_csv(
  "https://wcc.sc.egov.usda.gov/reportGenerator/view_csv/customSingleStationReport/daily/415:CO:SNTL/2024-11-01,2025-04-20/WTEQ::value,SNWD::value",
  comment = "#", show_col_types = FALSE
)
stakes <- read_csv("data/snow_stakes_2024_25.csv", show_col_types = FALSE)
print(summary(merge(snotel, stakes, by = "Date")))
""".lstrip("\n"), "R Sys.getenv and .Renviron; NRCS report generator (public)")

key = mixed(32)
secret("csharp/tomorrow-io-key", "signage/LiftBoard/Services/ForecastService.cs", fill(r"""
using System.Net.Http.Json;

namespace LiftBoard.Services;

/// <summary>Three-day forecast strip on the base-area lift status boards.</summary>
public class ForecastService
{
    private const string ApiKey = "@@key@@";
    private const string Location = "39.5912,-106.3891";
    private readonly HttpClient _http;

    public ForecastService(HttpClient http) => _http = http;

    public async Task<IReadOnlyList<DayForecast>> GetAsync(CancellationToken ct)
    {
        var url = $"https://api.tomorrow.io/v4/weather/forecast?location={Location}&timesteps=1d&units=imperial&apikey={ApiKey}";
        var doc = await _http.GetFromJsonAsync<ForecastResponse>(url, ct)
                  ?? throw new InvalidOperationException("empty forecast");
        return doc.Timelines.Daily
            .Take(3)
            .Select(d => new DayForecast(d.Time, d.Values.TemperatureMax, d.Values.TemperatureMin, d.Values.SnowAccumulationSum))
            .ToList();
    }
}
""", key=key), key, "Tomorrow.io Weather API v4: apikey query parameter")

decoy("yaml/decoy-identifier", "weather/stations.yaml", fill(r"""
# Station inventory (used by the snow report and the patrol wx scripts)
stations:
  - id: summit
    vendor: davis
    model: Vantage Pro2 Plus
    weatherlink_station_id: 184421
    station_uuid: @@u1@@
    logger_serial: "VP2-6152C-0191"
    elevation_ft: 11210
    lat: 39.5912
    lon: -106.3891
  - id: ph2
    vendor: campbell
    model: CR1000X
    serial: 31877
    pakbus_address: 12
    station_uuid: @@u2@@
    elevation_ft: 8410
  - id: nordic
    vendor: ambient
    model: WS-5000
    mac: "48:3F:DA:54:1C:09"
    station_uuid: @@u3@@
""", u1=uuid(), u2=uuid(), u3=uuid()), "Vendor station identifiers (WeatherLink station id, Campbell serial/PakBus address, MAC)")

tok = mixed(48, URLSAFE)
secret("github-actions/bearer-token", ".github/workflows/avalanche-feed.yml", fill(r"""
name: avalanche-feed

on:
  schedule:
    - cron: "*/30 11-23 * 11-5 *"
  workflow_dispatch:

jobs:
  pull:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - name: Fetch zone forecast (partner feed)
        run: |
          curl -fsS \
            -H "Authorization: Bearer @@tok@@" \
            -H "Accept: application/json" \
            "https://forecast-feed.mtnsafety.org/v1/zones/central-mountains/forecast" \
            -o site/data/avalanche.json
      - name: Commit if changed
        run: |
          git config user.name "feed-bot"
          git config user.email "feed-bot@users.noreply.github.com"
          git add site/data/avalanche.json
          git diff --cached --quiet || git commit -m "avalanche forecast $(date -u +%FT%RZ)"
          git push
""", tok=tok), tok, "GitHub Actions workflow syntax; RFC 6750 bearer tokens")

decoy("python/decoy-public-endpoint", "patrol/avy/danger_ratings.py", r"""
"""[1:] + '"""Today\'s danger ratings for the zones around the resort, from the public avalanche.org map layer."""' + r"""
import requests

MAP_LAYER = "https://api.avalanche.org/v2/public/products/map-layer"
ZONES = {"Vail & Summit County", "Sawatch", "Front Range"}
DANGER = {-1: "No rating", 0: "None", 1: "Low", 2: "Moderate", 3: "Considerable", 4: "High", 5: "Extreme"}


def ratings():
    features = requests.get(MAP_LAYER, timeout=15).json()["features"]
    for f in features:
        p = f["properties"]
        if p["name"] in ZONES:
            yield p["name"], DANGER.get(p["danger_level"], "?"), p["travel_advice"][:80], p["link"]


if __name__ == "__main__":
    for name, level, advice, link in ratings():
        print(f"{name:24} {level:12} {advice}  {link}")
""", "avalanche.org public API (map-layer endpoint, no credentials)")

decoy("json/decoy-fixture", "patrol/avy/tests/fixtures/forecast_2025-01-14.json", fill(r"""
{
  "id": 148213,
  "product_type": "forecast",
  "published_time": "2025-01-14T13:30:00+00:00",
  "expires_time": "2025-01-15T13:30:00+00:00",
  "author": "Forecaster on duty",
  "zone_id": "@@zid@@",
  "checksum": "sha256:@@sum@@",
  "danger": [
    { "valid_day": "current", "lower": 2, "middle": 3, "upper": 3 },
    { "valid_day": "tomorrow", "lower": 2, "middle": 2, "upper": 3 }
  ],
  "forecast_avalanche_problems": [
    { "avalanche_problem_id": 3, "name": "Wind Slab", "likelihood": "likely", "size": ["1", "2"] },
    { "avalanche_problem_id": 6, "name": "Persistent Slab", "likelihood": "possible", "size": ["2", "3"] }
  ],
  "media": [{ "id": "@@mid@@", "type": "image", "url": "https://cdn.example.org/avy/148213/obs1.jpg" }]
}
""", zid=uuid(), sum=hexs(64), mid=uuid()), "avalanche.org public product JSON shape (ids, checksums)")

sec = hexs(64)
secret("go/webhook-signing-key", "liftops/internal/avyfeed/handler.go", fill(r"""
package avyfeed

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"io"
	"net/http"
)

// Signing key shared with the forecast center's push service (header X-Feed-Signature).
var signingKey = []byte("@@sec@@")

func verify(body []byte, sig string) bool {
	mac := hmac.New(sha256.New, signingKey)
	mac.Write(body)
	want := hex.EncodeToString(mac.Sum(nil))
	return hmac.Equal([]byte(want), []byte(sig))
}

func Handler(store Store) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		body, err := io.ReadAll(io.LimitReader(r.Body, 1<<20))
		if err != nil || !verify(body, r.Header.Get("X-Feed-Signature")) {
			http.Error(w, "bad signature", http.StatusUnauthorized)
			return
		}
		if err := store.SaveForecast(r.Context(), body); err != nil {
			http.Error(w, err.Error(), http.StatusInternalServerError)
			return
		}
		w.WriteHeader(http.StatusNoContent)
	}
}
""", sec=sec), sec, "Go crypto/hmac; HMAC-SHA256 webhook signatures")

decoy("go/decoy-test-fixture", "liftops/internal/avyfeed/handler_test.go", r"""
package avyfeed

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
)

func TestRejectsBadSignature(t *testing.T) {
	signingKey = []byte("test-only-key-not-used-anywhere")
	body := `{"zone":"central-mountains","danger":3}`
	mac := hmac.New(sha256.New, []byte("some-other-key"))
	mac.Write([]byte(body))

	req := httptest.NewRequest(http.MethodPost, "/feed", strings.NewReader(body))
	req.Header.Set("X-Feed-Signature", hex.EncodeToString(mac.Sum(nil)))
	rec := httptest.NewRecorder()
	Handler(&memStore{})(rec, req)

	if rec.Code != http.StatusUnauthorized {
		t.Fatalf("got %d, want 401", rec.Code)
	}
}
""".lstrip("\n"), "Go testing and httptest; test-only HMAC key")

pw = human_pw()
secret("python/digest-auth", "webcams/grab_snapshots.py", fill(r"""
"""[1:] + '"""Grab a JPEG from each Axis camera every 5 minutes for the website webcam page."""' + r"""
import datetime as dt
import pathlib
import time

import requests
from requests.auth import HTTPDigestAuth

CAMS = {
    "summit": "10.42.1.11",
    "base": "10.42.1.12",
    "terrain-park": "10.42.1.15",
}
AUTH = HTTPDigestAuth("webcam", "@@pw@@")
OUT = pathlib.Path("/srv/webcams")


def grab(name: str, ip: str) -> None:
    r = requests.get(f"http://{ip}/axis-cgi/jpg/image.cgi", params={"resolution": "1920x1080"},
                     auth=AUTH, timeout=20)
    r.raise_for_status()
    (OUT / f"{name}.jpg").write_bytes(r.content)


while True:
    for name, ip in CAMS.items():
        try:
            grab(name, ip)
        except requests.RequestException as exc:
            print(dt.datetime.now().isoformat(), name, exc)
    time.sleep(300)
""", pw=pw), pw, "Axis VAPIX: /axis-cgi/jpg/image.cgi with HTTP digest authentication")

pw = url_pw(16)
secret("yaml/rtsp-url", "webcams/frigate/config.yml", fill(r"""
mqtt:
  host: 10.40.0.20
  user: frigate
  password: "{FRIGATE_MQTT_PASSWORD}"

cameras:
  lift_maze_summit_express:
    ffmpeg:
      inputs:
        - path: rtsp://frigate:@@pw@@@10.42.2.21:554/axis-media/media.amp?videocodec=h264
          roles: [detect, record]
    detect:
      width: 1280
      height: 720
      fps: 5
    objects:
      track: [person]

record:
  enabled: true
  retain:
    days: 3
""", pw=pw), pw, "Frigate docs: camera ffmpeg inputs (RTSP URL with credentials)")

decoy("yaml/decoy-env-reference", "webcams/frigate/config.gondola.yml", r"""
mqtt:
  host: 10.40.0.20
  user: frigate
  password: "{FRIGATE_MQTT_PASSWORD}"

cameras:
  lift_maze_gondola:
    ffmpeg:
      inputs:
        - path: rtsp://frigate:{FRIGATE_RTSP_PASSWORD}@10.42.2.22:554/axis-media/media.amp
          roles: [detect, record]
    detect:
      width: 1280
      height: 720
""".lstrip("\n"), "Frigate docs: {FRIGATE_*} environment variable substitution")

key = azure_storage_key()
secret("powershell/storage-connection-string", "webcams/Publish-Webcams.ps1", fill(r"""
# Upload the latest webcam stills to the CDN origin (Azure Blob static website, container $web)
$ErrorActionPreference = 'Stop'
Import-Module Az.Storage

$conn = 'DefaultEndpointsProtocol=https;AccountName=pcmwebcams;AccountKey=@@key@@;EndpointSuffix=core.windows.net'
$ctx = New-AzStorageContext -ConnectionString $conn

Get-ChildItem 'D:\webcams\*.jpg' | ForEach-Object {
    Set-AzStorageBlobContent -Context $ctx -Container '$web' -File $_.FullName `
        -Blob ("cams/" + $_.Name) -Properties @{ ContentType = 'image/jpeg'; CacheControl = 'max-age=60' } -Force | Out-Null
    Write-Host "uploaded $($_.Name)"
}
""", key=key), key, "Microsoft Learn: Azure Storage connection strings (AccountKey); New-AzStorageContext")

pw = human_pw()
pw = pw.replace("@", "").replace("#", "")
secret("crontab/ftp-url", "webcams/crontab.txt", fill(r"""
# webcam uploads - installed with `crontab webcams/crontab.txt` on cam-relay01
SHELL=/bin/bash
MAILTO=webcams@pinecrest-mtn.com
# m    h     dom mon dow  command
*/5    6-18  *   *   *    curl -fsS http://10.42.1.12/jpg/1/image.jpg -o /tmp/base.jpg && curl -fsS -T /tmp/base.jpg ftp://webcam:@@pw@@@ftp.pinecrest-mtn.com/cams/base.jpg
*/5    6-18  *   *   *    curl -fsS http://10.42.1.15/jpg/1/image.jpg -o /tmp/park.jpg && curl -fsS -T /tmp/park.jpg ftp://webcam:@@pw@@@ftp.pinecrest-mtn.com/cams/park.jpg
0      3     *   *   *    find /tmp -name '*.jpg' -mtime +1 -delete
""", pw=pw), pw, "crontab(5); curl(1) FTP upload with credentials in the URL")

tok = hexs(40)
secret("python/particle-token", "sensors/snowstake-cam/trigger.py", fill(r"""
"""[1:] + '"""Ask the solar snow-stake cameras (Particle Boron) to take a picture before the 6:00 report."""' + r"""
import requests

PARTICLE_TOKEN = "@@tok@@"
DEVICES = {"stake-summit": "e00fce68a1b2c3d4e5f60718", "stake-mid": "e00fce68a1b2c3d4e5f60719"}

for name, device_id in DEVICES.items():
    r = requests.post(
        f"https://api.particle.io/v1/devices/{device_id}/snap",
        data={"arg": "hq"},
        headers={"Authorization": f"Bearer {PARTICLE_TOKEN}"},
        timeout=30,
    )
    print(name, r.status_code, r.json().get("return_value"))
""", tok=tok), tok, "Particle Cloud API: calling a function with an access token")

key = mixed(40)
secret("php/api-key", "snowreport/publish/partners.php", fill(r"""
<?php
// Push the morning snow report to the partner aggregators (runs at 06:15 from cron).
require __DIR__ . '/../vendor/autoload.php';

use GuzzleHttp\Client;

$report = json_decode(file_get_contents(__DIR__ . '/../data/report.json'), true);

$client = new Client(['base_uri' => 'https://partner-api.snowreports.net/v3/', 'timeout' => 15]);
$response = $client->post('resorts/pinecrest-mountain/reports', [
    'headers' => [
        'X-Api-Key' => '@@key@@',
        'Accept' => 'application/json',
    ],
    'json' => [
        'newSnow24hIn' => $report['new24'],
        'baseDepthIn' => $report['base'],
        'liftsOpen' => $report['lifts_open'],
        'trailsOpen' => $report['trails_open'],
        'surface' => $report['surface'],
        'comments' => $report['comments'],
    ],
]);
echo $response->getStatusCode(), PHP_EOL;
""", key=key), key, "Guzzle docs: request headers (X-Api-Key)")

acc_tok = f"{_rng().randint(10**17, 10**18)}-" + chars(40, ALNUM)
acc_sec = chars(45, ALNUM)
secret("ruby/x-access-secret", "snowreport/bin/post_snow_report.rb", fill(r"""
#!/usr/bin/env ruby
# Posts the morning snow report to the resort's X account.
require "json"
require "x"

report = JSON.parse(File.read(File.expand_path("../data/report.json", __dir__)))

client = X::Client.new(
  api_key: ENV.fetch("X_API_KEY"),
  api_key_secret: ENV.fetch("X_API_KEY_SECRET"),
  access_token: "@@tok@@",
  access_token_secret: "@@sec@@"
)

text = format("%<new>d\" new in 24h, %<base>d\" base. %<lifts>d lifts spinning. %<surface>s #PinecrestMtn",
              new: report["new24"], base: report["base"], lifts: report["lifts_open"], surface: report["surface"])
client.post("tweets", { text: text }.to_json)
puts "posted: #{text}"
""", tok=acc_tok, sec=acc_sec), acc_sec, "X API v2 OAuth 1.0a user context (access token and secret); x-ruby gem")

decoy("markdown/decoy-placeholder", "patrol/avy/RUNBOOK.md", r"""
# Avalanche feed runbook

The morning briefing page pulls two things:

| Source | Endpoint | Auth |
|---|---|---|
| Zone danger ratings | `https://api.avalanche.org/v2/public/products/map-layer` | none (public) |
| Partner forecast feed | `https://forecast-feed.mtnsafety.org/v1/zones/<zone>/forecast` | bearer token |

The partner token is in the patrol vault (item **Avy partner feed**) and in the repo's Actions
secrets as `AVY_FEED_TOKEN`. To test by hand:

```sh
curl -H "Authorization: Bearer $AVY_FEED_TOKEN" \
  https://forecast-feed.mtnsafety.org/v1/zones/central-mountains/forecast | jq .danger
```

If the request returns 401, ask the forecast center for a new token and replace `<token>` in the
vault; never paste it into an issue or this file.
""".lstrip("\n"), "Runbook conventions: vault references and $VAR placeholders")


# =============================================================================================
# Season-pass portal, guest app, ski school booking
# =============================================================================================

key = fakes.django_secret_key(_seed())
secret("python/django-secret-key", "passportal/passportal/settings/production.py", fill(r"""
from .base import *  # noqa: F401,F403

SECRET_KEY = "@@key@@"
DEBUG = False
ALLOWED_HOSTS = ["passes.pinecrest-mtn.com", "passes-admin.pinecrest.local"]
CSRF_TRUSTED_ORIGINS = ["https://passes.pinecrest-mtn.com"]

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": "passportal",
        "HOST": "/var/run/postgresql",
        "CONN_MAX_AGE": 60,
    }
}

SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
SECURE_HSTS_SECONDS = 31536000
PASS_PHOTO_STORAGE = "s3://pcm-pass-photos"
BLACKOUT_DATES_URL = "https://www.pinecrest-mtn.com/api/blackout-dates.json"
""", key=key), key, "Django docs: settings SECRET_KEY (get_random_secret_key, 50 characters)")

decoy("python/decoy-env-reference", "passportal/passportal/settings/staging.py", r"""
import environ

from .base import *  # noqa: F401,F403

env = environ.Env()
environ.Env.read_env("/etc/passportal/staging.env")

SECRET_KEY = env("DJANGO_SECRET_KEY")
DEBUG = env.bool("DJANGO_DEBUG", default=False)
ALLOWED_HOSTS = env.list("DJANGO_ALLOWED_HOSTS", default=["passes-stg.pinecrest-mtn.com"])
DATABASES = {"default": env.db("DATABASE_URL")}
STRIPE_SECRET_KEY = env("STRIPE_SECRET_KEY")
STRIPE_WEBHOOK_SECRET = env("STRIPE_WEBHOOK_SECRET")
EMAIL_CONFIG = env.email("EMAIL_URL", default="consolemail://")
""".lstrip("\n"), "django-environ docs: Env() reading values from the environment")

key = "rk_live_51" + mixed(97)
secret("env/stripe-restricted-key", "passportal/deploy/passportal.env", fill(r"""
# /etc/passportal/passportal.env (systemd EnvironmentFile) - production
DJANGO_SETTINGS_MODULE=passportal.settings.production
STRIPE_RESTRICTED_KEY=@@key@@
STRIPE_ACCOUNT_COUNTRY=US
PASS_SALES_OPEN=2025-03-01
PASS_PRICE_INCREASE=2025-09-02
RESORT_TZ=America/Denver
SENTRY_ENVIRONMENT=production
""", key=key), key, "Stripe docs: restricted API keys (rk_live_)")

pw = url_pw(24)
dburl = f"postgres://passportal:{pw}@pg-passes.passes.svc:5432/passportal?sslmode=require"
secret("k8s-secret/database-url", "deploy/k8s/passportal/secret.yaml", fill(r"""
apiVersion: v1
kind: Secret
metadata:
  name: passportal-env
  namespace: passes
type: Opaque
data:
  DATABASE_URL: @@url@@
  DJANGO_SETTINGS_MODULE: @@mod@@
""", url=b64(dburl), mod=b64("passportal.settings.production")), pw,
       "Kubernetes docs: Secret data (base64); libpq connection URIs")

decoy("k8s/decoy-ciphertext", "deploy/k8s/passportal/sealedsecret-stripe.yaml", fill(r"""
apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata:
  name: passportal-stripe
  namespace: passes
spec:
  encryptedData:
    STRIPE_SECRET_KEY: AgB@@c1@@
    STRIPE_WEBHOOK_SECRET: AgA@@c2@@
  template:
    metadata:
      name: passportal-stripe
      namespace: passes
    type: Opaque
""", c1=chars(680, ALNUM + "+/") + "==", c2=chars(680, ALNUM + "+/") + "=="),
      "Bitnami sealed-secrets: SealedSecret encryptedData (RSA-OAEP + AES-GCM ciphertext)")

decoy("k8s/decoy-secret-manager-ref", "deploy/k8s/passportal/externalsecret.yaml", r"""
apiVersion: external-secrets.io/v1beta1
kind: ExternalSecret
metadata:
  name: passportal-stripe
  namespace: passes
spec:
  refreshInterval: 1h
  secretStoreRef:
    name: aws-secrets-manager
    kind: ClusterSecretStore
  target:
    name: passportal-stripe
    creationPolicy: Owner
  data:
    - secretKey: STRIPE_SECRET_KEY
      remoteRef:
        key: prod/passportal/stripe
        property: secret_key
    - secretKey: STRIPE_WEBHOOK_SECRET
      remoteRef:
        key: prod/passportal/stripe
        property: webhook_secret
""".lstrip("\n"), "External Secrets Operator docs: ExternalSecret with remoteRef")

wh = stripe_whsec()
secret("typescript/stripe-webhook-secret", "pass-web/app/api/stripe/webhook/route.ts", fill(r"""
import Stripe from 'stripe';
import { NextResponse } from 'next/server';

import { fulfilPassOrder } from '@/lib/orders';

const stripe = new Stripe(process.env.STRIPE_SECRET_KEY!, { apiVersion: '2024-06-20' });
const endpointSecret = '@@wh@@';

export async function POST(req: Request) {
  const payload = await req.text();
  const signature = req.headers.get('stripe-signature') ?? '';
  let event: Stripe.Event;
  try {
    event = stripe.webhooks.constructEvent(payload, signature, endpointSecret);
  } catch (err) {
    return NextResponse.json({ error: `bad signature: ${(err as Error).message}` }, { status: 400 });
  }
  if (event.type === 'checkout.session.completed') {
    await fulfilPassOrder(event.data.object as Stripe.Checkout.Session);
  }
  return NextResponse.json({ received: true });
}
""", wh=wh), wh, "Stripe docs: webhook endpoint signing secrets (whsec_) and constructEvent")

cid, csec = mixed(32), mixed(64, URLSAFE)
secret("typescript/auth0-client-secret", "pass-web/lib/auth0.ts", fill(r"""
import { initAuth0 } from '@auth0/nextjs-auth0';

// Season-pass holders sign in with Auth0 (Universal Login); roles come from the pass database.
export default initAuth0({
  secret: process.env.AUTH0_SESSION_SECRET,
  issuerBaseURL: 'https://pinecrest-passes.us.auth0.com',
  baseURL: 'https://passes.pinecrest-mtn.com',
  clientID: '@@cid@@',
  clientSecret: '@@csec@@',
  authorizationParams: {
    scope: 'openid profile email offline_access',
    audience: 'https://api.passes.pinecrest-mtn.com',
  },
  session: { rollingDuration: 60 * 60 * 24, absoluteDuration: 60 * 60 * 24 * 7 },
});
""", cid=cid, csec=csec), csec, "Auth0 docs: nextjs-auth0 configuration (clientID, clientSecret)")

decoy("typescript/decoy-client-id", "guest-app-web/src/auth.ts", fill(r"""
import { createAuth0Client, type Auth0Client } from '@auth0/auth0-spa-js';

// Single-page app: public client, PKCE, no client secret exists for it.
let client: Auth0Client | undefined;

export async function auth(): Promise<Auth0Client> {
  client ??= await createAuth0Client({
    domain: 'pinecrest-passes.us.auth0.com',
    clientId: '@@cid@@',
    authorizationParams: {
      redirect_uri: window.location.origin + '/callback',
      audience: 'https://api.passes.pinecrest-mtn.com',
    },
    cacheLocation: 'memory',
  });
  return client;
}
""", cid=mixed(32)), "Auth0 docs: auth0-spa-js (public SPA client, clientId only)")

key = pem("PRIVATE KEY", 26).replace("\n", "\\n")
secret("json/gcp-service-account", "guest-app/functions/service-account.json", fill(r"""
{
  "type": "service_account",
  "project_id": "pinecrest-pass-app",
  "private_key_id": "@@kid@@",
  "private_key": "@@key@@\n",
  "client_email": "firebase-adminsdk-q7x2m@pinecrest-pass-app.iam.gserviceaccount.com",
  "client_id": "104827362519038476215",
  "auth_uri": "https://accounts.google.com/o/oauth2/auth",
  "token_uri": "https://oauth2.googleapis.com/token",
  "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",
  "client_x509_cert_url": "https://www.googleapis.com/robot/v1/metadata/x509/firebase-adminsdk-q7x2m%40pinecrest-pass-app.iam.gserviceaccount.com",
  "universe_domain": "googleapis.com"
}
""", kid=hexs(40), key=key), key, "Google Cloud docs: service account key file (JSON, private_key)")

key = p8_key()
secret("pem/apns-p8", "guest-app/ios/push/AuthKey_7QX2M4K9LP.p8", key + "\n", key,
       "Apple Developer: token-based APNs authentication keys (.p8, PKCS#8 P-256)")

pw = passphrase()
secret("env/fastlane-match-password", "guest-app/ios/fastlane/.env.default", fill(r"""
# fastlane defaults for the Pinecrest Pass iOS app
FASTLANE_USER=mobile-ci@pinecrest-mtn.com
FASTLANE_TEAM_ID=8KX4Q2M7ZL
APP_IDENTIFIER=com.pinecrestmtn.pass
MATCH_GIT_URL=git@github.com:pinecrest-mtn/ios-certificates.git
MATCH_TYPE=appstore
MATCH_PASSWORD=@@pw@@
FASTLANE_SKIP_UPDATE_CHECK=1
""", pw=pw), pw, "fastlane docs: match (MATCH_PASSWORD decrypts the certificates repo)")

pw = human_pw()
secret("properties/keystore-password", "guest-app/android/keystore.properties", fill(r"""
# Upload key for Google Play (Play App Signing holds the app signing key)
storeFile=../keystores/pinecrest-pass-upload.jks
storePassword=@@pw@@
keyAlias=upload
keyPassword=@@pw@@
""", pw=pw), pw, "Android developers: sign your app (keystore.properties with storePassword/keyPassword)")

decoy("kotlin/decoy-env-reference", "guest-app/android/app/signing.gradle.kts", r"""
// Release signing: CI injects the upload keystore and its passwords from GitHub Actions secrets.
android {
    signingConfigs {
        create("release") {
            storeFile = file(System.getenv("UPLOAD_KEYSTORE_PATH") ?: "missing.jks")
            storePassword = System.getenv("UPLOAD_STORE_PASSWORD")
            keyAlias = System.getenv("UPLOAD_KEY_ALIAS") ?: "upload"
            keyPassword = System.getenv("UPLOAD_KEY_PASSWORD")
        }
    }
    buildTypes {
        getByName("release") {
            signingConfig = signingConfigs.getByName("release")
            isMinifyEnabled = true
        }
    }
}
""".lstrip("\n"), "Android Gradle plugin: signingConfigs read from environment variables")

tok = mapbox_token("sk", "pinecrest-mtn")
secret("shell/netrc-heredoc", "guest-app/ios/ci/setup-mapbox.sh", fill(r"""
#!/bin/bash
# The Mapbox Maps SDK for iOS downloads need a secret token (scope DOWNLOADS:READ) in ~/.netrc
set -euo pipefail
cat > ~/.netrc <<EOF
machine api.mapbox.com
login mapbox
password @@tok@@
EOF
chmod 0600 ~/.netrc
pod install --repo-update
""", tok=tok), tok, "Mapbox docs: iOS SDK installation (secret token in ~/.netrc)")

pk = mapbox_token("pk", "pinecrest-mtn")
decoy("plist/decoy-publishable-key", "guest-app/ios/PinecrestPass/Info.plist", fill(r"""
<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
<dict>
	<key>CFBundleDisplayName</key>
	<string>Pinecrest Pass</string>
	<key>CFBundleIdentifier</key>
	<string>$(PRODUCT_BUNDLE_IDENTIFIER)</string>
	<key>MBXAccessToken</key>
	<string>@@pk@@</string>
	<key>NSLocationWhenInUseUsageDescription</key>
	<string>Shows where you are on the trail map.</string>
	<key>UIBackgroundModes</key>
	<array>
		<string>remote-notification</string>
	</array>
</dict>
</plist>
""", pk=pk), "Mapbox docs: public access tokens (pk.) go in Info.plist MBXAccessToken")

tok = "sntryu_" + hexs(64)
secret("github-actions/sentry-token", ".github/workflows/guest-app-release.yml", fill(r"""
name: guest-app-release
on:
  push:
    tags: ["app-v*"]

jobs:
  sourcemaps:
    runs-on: ubuntu-latest
    env:
      SENTRY_ORG: pinecrest-mtn
      SENTRY_PROJECT: guest-app
      SENTRY_AUTH_TOKEN: @@tok@@
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-node@v4
        with:
          node-version: 20
          cache: npm
      - run: npm ci && npm run build
      - name: Upload source maps
        run: npx @sentry/cli sourcemaps upload --release "$GITHUB_REF_NAME" dist/
""", tok=tok), tok, "Sentry docs: auth tokens (sntryu_) for sentry-cli")

decoy("github-actions/decoy-env-reference", ".github/workflows/passportal-deploy.yml", r"""
name: passportal-deploy
on:
  push:
    branches: [main]
    paths: ["passportal/**"]

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
          role-to-assume: arn:aws:iam::482716350914:role/gha-passportal-deploy
          aws-region: us-west-2
      - name: Migrate and deploy
        env:
          DATABASE_URL: ${{ secrets.PASSPORTAL_DATABASE_URL }}
          DJANGO_SECRET_KEY: ${{ secrets.DJANGO_SECRET_KEY }}
          STRIPE_SECRET_KEY: ${{ secrets.STRIPE_SECRET_KEY }}
          SENTRY_AUTH_TOKEN: ${{ secrets.SENTRY_AUTH_TOKEN }}
        run: ./passportal/deploy/deploy.sh "${{ vars.PASSPORTAL_CLUSTER }}"
""".lstrip("\n"), "GitHub Actions docs: secrets context and OIDC role assumption")

decoy("javascript/decoy-public-identifier", "guest-app-web/src/sentry.js", fill(r"""
import * as Sentry from '@sentry/browser';

// The DSN only lets the browser send events; Sentry documents it as safe to expose.
Sentry.init({
  dsn: 'https://@@pub@@@o@@org@@.ingest.us.sentry.io/@@proj@@',
  release: import.meta.env.VITE_RELEASE,
  environment: import.meta.env.MODE,
  tracesSampleRate: 0.1,
  integrations: [Sentry.browserTracingIntegration()],
  denyUrls: [/extensions\//i, /^chrome:\/\//i],
});
""", pub=hexs(32), org=str(_rng().randint(1000000, 9999999)), proj=str(_rng().randint(1000000, 9999999))),
      "Sentry docs: DSN explainer (public, client-side)")

sid, tok = "AC" + hexs(32), hexs(32)
secret("python/twilio-auth-token", "passportal/notifications/sms.py", fill(r"""
from twilio.rest import Client

ACCOUNT_SID = "@@sid@@"
AUTH_TOKEN = "@@tok@@"
FROM_NUMBER = "+19705550142"

_client = Client(ACCOUNT_SID, AUTH_TOKEN)


def pass_ready(phone: str, first_name: str, pickup: str) -> str:
    message = _client.messages.create(
        to=phone,
        from_=FROM_NUMBER,
        body=(f"Hi {first_name}, your Pinecrest season pass is printed. "
              f"Pick it up at {pickup} with photo ID. Reply STOP to opt out."),
    )
    return message.sid


def lift_alert(phone: str, text: str) -> str:
    return _client.messages.create(to=phone, from_=FROM_NUMBER, body=text[:300]).sid
""", sid=sid, tok=tok), tok, "Twilio docs: Account SID and Auth Token with the Python helper library")

key = sendgrid()
secret("javascript/sendgrid-key", "passportal-mailer/src/send.js", fill(r"""
const sgMail = require('@sendgrid/mail');

sgMail.setApiKey('@@key@@');

const TEMPLATES = {
  passPurchased: 'd-5b2f0c8e1a9d4f63b7e2c41a08d97f15',
  photoRejected: 'd-0e7a41c92b5f4d38a6c1e09b3f72d584',
  renewalReminder: 'd-9c3e17a5f0b24e68b1d7a25c4e06f931',
};

async function send(kind, to, data) {
  await sgMail.send({
    to,
    from: { email: 'passes@pinecrest-mtn.com', name: 'Pinecrest Mountain Passes' },
    templateId: TEMPLATES[kind],
    dynamicTemplateData: data,
  });
}

module.exports = { send };
""", key=key), key, "SendGrid docs: @sendgrid/mail setApiKey (SG. keys)")

key = hexs(32) + "-us14"
secret("yaml/mailchimp-key", "marketing/audience-sync/config.yaml", fill(r"""
# season-pass holders -> Mailchimp audience (nightly)
mailchimp:
  api_key: "@@key@@"
  server: us14
  audience_id: 3f9a1c2b7d
  merge_fields:
    PASSTYPE: pass_product
    HOMEMTN: home_resort
    RENEWBY: renewal_deadline
source:
  dsn_env: PASSPORTAL_RO_DSN
  query_file: sql/pass_holders.sql
segments:
  - name: Renewals 2025-26
    where: "pass_season = '2024-25' AND NOT renewed"
  - name: Ski school parents
    where: "has_child_lesson"
""", key=key), key, "Mailchimp Marketing API: API keys (32 hex + data-center suffix)")

decoy("html/decoy-public-identifier", "pass-landing/index.html", fill(r"""
<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>2025/26 Season Passes | Pinecrest Mountain</title>
  <script async src="https://www.googletagmanager.com/gtag/js?id=G-@@ga@@"></script>
  <script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments)}gtag('js',new Date());gtag('config','G-@@ga@@');</script>
  <script src="https://www.google.com/recaptcha/api.js" async defer></script>
  <link rel="stylesheet" href="https://cdn.jsdelivr.net/npm/bootstrap@5.3.3/dist/css/bootstrap.min.css"
        integrity="sha384-@@sri@@" crossorigin="anonymous">
</head>
<body>
  <main class="container">
    <h1>Season passes on sale</h1>
    <form action="/waitlist" method="post">
      <input type="email" name="email" required placeholder="you@example.com">
      <div class="g-recaptcha" data-sitekey="6L@@site@@"></div>
      <button type="submit">Tell me when renewals open</button>
    </form>
  </main>
</body>
</html>
""", ga=chars(10, UPPER), sri=chars(64, ALNUM + "+/"), site=chars(38, URLSAFE)),
      "Google reCAPTCHA v2 docs: site key (public); GA4 measurement ID; W3C Subresource Integrity")

pw = words_pw()
secret("php/mysqli-password", "legacy-passportal/public/lookup.php", fill(r"""
<?php
// Old pass lookup page used by the ticket windows until the new portal ships.
$db = mysqli_connect('10.41.0.30', 'passlookup', '@@pw@@', 'passes');
if (!$db) {
    http_response_code(500);
    exit('database unavailable');
}

$pass = isset($_GET['pass']) ? trim($_GET['pass']) : '';
$stmt = mysqli_prepare($db, 'SELECT holder_name, product, photo_ok, blocked FROM season_pass WHERE pass_no = ?');
mysqli_stmt_bind_param($stmt, 's', $pass);
mysqli_stmt_execute($stmt);
$row = mysqli_fetch_assoc(mysqli_stmt_get_result($stmt));
header('Content-Type: application/json');
echo json_encode($row ?: ['error' => 'not found']);
""", pw=pw), pw, "PHP manual: mysqli_connect(host, user, password, database)")

decoy("terraform/decoy-generated", "infra/terraform/passportal/db.tf", r"""
resource "random_password" "passportal_db" {
  length           = 32
  special          = true
  override_special = "-_."
}

resource "aws_secretsmanager_secret" "passportal_db" {
  name       = "prod/passportal/db"
  kms_key_id = aws_kms_key.passportal.arn
}

resource "aws_secretsmanager_secret_version" "passportal_db" {
  secret_id     = aws_secretsmanager_secret.passportal_db.id
  secret_string = jsonencode({ username = "passportal", password = random_password.passportal_db.result })
}

resource "aws_db_instance" "passportal" {
  identifier              = "passportal-prod"
  engine                  = "postgres"
  engine_version          = "16.4"
  instance_class          = "db.t4g.medium"
  allocated_storage       = 50
  username                = "passportal"
  password                = random_password.passportal_db.result
  backup_retention_period = 14
  deletion_protection     = true
}
""".lstrip("\n"), "Terraform registry: random_password, aws_secretsmanager_secret_version, aws_db_instance")

kid, ksec = aws_pair()
secret("terraform/aws-secret-key", "infra/terraform/webcams/provider.tf", fill(r"""
terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.60"
    }
  }
}

provider "aws" {
  region     = "us-west-2"
  access_key = "@@kid@@"
  secret_key = "@@ksec@@"
}

resource "aws_s3_bucket" "webcams" {
  bucket = "pcm-webcam-stills"
}

resource "aws_s3_bucket_lifecycle_configuration" "webcams" {
  bucket = aws_s3_bucket.webcams.id
  rule {
    id     = "expire-old-stills"
    status = "Enabled"
    expiration { days = 30 }
  }
}
""", kid=kid, ksec=ksec), ksec, "Terraform AWS provider: static credentials (access_key, secret_key)")

decoy("markdown/decoy-vendor-example", "infra/docs/aws-cli-setup.md", r"""
# AWS CLI on the ops laptops

We use IAM Identity Center (SSO); nobody should have long-lived keys. If an old guide tells you to
run `aws configure`, it will ask for keys that look like the AWS documentation examples:

```ini
[default]
aws_access_key_id = AKIAIOSFODNN7EXAMPLE
aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY
region = us-west-2
```

Don't. Use SSO instead:

```sh
aws configure sso --profile pcm-ops
aws sso login --profile pcm-ops
```
""".lstrip("\n"), "AWS docs: example access key AKIAIOSFODNN7EXAMPLE / wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY")

pw = url_pw(32)
secret("helm/redis-password", "deploy/helm/passportal/values-prod.yaml", fill(r"""
replicaCount: 3
image:
  repository: registry.pinecrest-mtn.com/passportal
  tag: "2025.3.1"
ingress:
  enabled: true
  className: nginx
  hosts:
    - host: passes.pinecrest-mtn.com
      paths: [{ path: /, pathType: Prefix }]
redis:
  enabled: true
  architecture: standalone
  auth:
    enabled: true
    password: "@@pw@@"
  master:
    persistence:
      size: 2Gi
celery:
  workers: 2
  queues: [photos, emails, renewals]
""", pw=pw), pw, "Bitnami Redis Helm chart: auth.password value")

decoy("helm/decoy-secret-reference", "deploy/helm/passportal/values-staging.yaml", r"""
replicaCount: 1
image:
  repository: registry.pinecrest-mtn.com/passportal
  tag: "main"
redis:
  enabled: true
  auth:
    enabled: true
    existingSecret: passportal-redis
    existingSecretPasswordKey: redis-password
postgresql:
  enabled: false
externalDatabase:
  host: pg-passes-stg.passes.svc
  user: passportal
  existingSecret: passportal-db
  existingSecretPasswordKey: password
""".lstrip("\n"), "Bitnami Helm charts: auth.existingSecret / existingSecretPasswordKey")

tok = "00" + mixed(40, URLSAFE)
secret("ansible/okta-token", "ansible/group_vars/staffing/main.yml", fill(r"""
---
# Seasonal staff onboarding (lifties, rental techs, instructors)
okta_org_url: https://pinecrest.okta.com
okta_api_token: "@@tok@@"
okta_default_groups:
  - Seasonal Staff
  - Employee Pass Eligible
okta_department_groups:
  lift_ops: Lift Operations
  rentals: Rental Shop
  ski_school: Ski and Ride School
  patrol: Ski Patrol
seasonal_end_date: "2025-04-27"
""", tok=tok), tok, "Okta docs: API tokens (SSWS); Ansible group_vars")

vault_lines = "\n".join(hexs(80) for _ in range(12))
decoy("ansible/decoy-ciphertext", "ansible/group_vars/staffing/vault.yml", "$ANSIBLE_VAULT;1.1;AES256\n" + vault_lines + "\n",
      "Ansible docs: ansible-vault encrypted files ($ANSIBLE_VAULT;1.1;AES256 header, hex payload)")

key = "base64:" + b64bytes(32)
secret("env/laravel-app-key", "skischool-booking/.env", fill(r"""
APP_NAME="Pinecrest Ski & Ride School"
APP_ENV=production
APP_KEY=@@key@@
APP_DEBUG=false
APP_URL=https://lessons.pinecrest-mtn.com

LOG_CHANNEL=daily
DB_CONNECTION=mysql
DB_SOCKET=/var/run/mysqld/mysqld.sock
DB_DATABASE=skischool
DB_USERNAME=skischool

QUEUE_CONNECTION=database
LESSON_CUTOFF_HOURS=18
""", key=key), key, "Laravel docs: APP_KEY (base64: + 32 random bytes)")

decoy("php/decoy-env-reference", "skischool-booking/config/services.php", r"""
<?php

return [
    'stripe' => [
        'key' => env('STRIPE_KEY'),
        'secret' => env('STRIPE_SECRET'),
        'webhook' => [
            'secret' => env('STRIPE_WEBHOOK_SECRET'),
            'tolerance' => env('STRIPE_WEBHOOK_TOLERANCE', 300),
        ],
    ],
    'postmark' => [
        'token' => env('POSTMARK_TOKEN'),
    ],
    'rezdy' => [
        'api_key' => env('REZDY_API_KEY'),
        'base_url' => env('REZDY_BASE_URL', 'https://api.rezdy.com/v1'),
    ],
];
""".lstrip("\n"), "Laravel docs: config files reading env()")

pw = human_pw()
secret("yaml/smtp-password", "skischool-notify/src/main/resources/application.yml", fill(r"""
spring:
  application:
    name: skischool-notify
  mail:
    host: smtp.office365.com
    port: 587
    username: skischool-noreply@pinecrest-mtn.com
    password: "@@pw@@"
    properties:
      mail.smtp.auth: true
      mail.smtp.starttls.enable: true
notify:
  from: "Pinecrest Ski & Ride School <skischool-noreply@pinecrest-mtn.com>"
  reminder-hours-before: 18
  meeting-points:
    kids: "Kids Center, blue flags"
    adults: "Snowflake bell, base of Gondola"
""", pw=pw), pw, "Spring Boot reference: spring.mail.* properties")

pw = words_pw()
secret("java/jdbc-password", "skischool-core/src/main/java/com/pinecrestmtn/skischool/BookingDao.java", fill(r"""
package com.pinecrestmtn.skischool;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;

public final class BookingDao {
    private static final String URL = "jdbc:postgresql://db-lessons.pinecrest.local:5432/skischool";
    private static final String USER = "skischool_app";
    private static final String PASSWORD = "@@pw@@";

    public int seatsLeft(String lessonCode, LocalDate day) throws SQLException {
        try (Connection c = DriverManager.getConnection(URL, USER, PASSWORD);
             PreparedStatement ps = c.prepareStatement(
                     "SELECT capacity - booked FROM lesson_slot WHERE code = ? AND day = ?")) {
            ps.setString(1, lessonCode);
            ps.setObject(2, day);
            try (var rs = ps.executeQuery()) {
                return rs.next() ? rs.getInt(1) : 0;
            }
        }
    }
}
""", pw=pw), pw, "JDBC DriverManager.getConnection(url, user, password); PostgreSQL JDBC")

decoy("java/decoy-test-fixture", "skischool-core/src/test/java/com/pinecrestmtn/skischool/BookingDaoIT.java", r"""
package com.pinecrestmtn.skischool;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.testcontainers.containers.PostgreSQLContainer;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;

@Testcontainers
class BookingDaoIT {
    // throwaway database in a container, gone when the test ends
    @Container
    static PostgreSQLContainer<?> db = new PostgreSQLContainer<>("postgres:16-alpine")
            .withDatabaseName("skischool")
            .withUsername("test")
            .withPassword("test")
            .withInitScript("schema.sql");

    @Test
    void fullSlotHasNoSeats() throws Exception {
        var dao = new TestBookingDao(db.getJdbcUrl(), db.getUsername(), db.getPassword());
        dao.insertSlot("KIDS-AM", LocalDate.of(2025, 2, 15), 8, 8);
        assertEquals(0, dao.seatsLeft("KIDS-AM", LocalDate.of(2025, 2, 15)));
    }
}
""".lstrip("\n"), "Testcontainers docs: PostgreSQLContainer withUsername/withPassword")

sec = mixed(48)
secret("kotlin/jwt-secret", "instructor-api/src/main/kotlin/com/pinecrestmtn/instructors/Security.kt", fill(r"""
package com.pinecrestmtn.instructors

import com.auth0.jwt.JWT
import com.auth0.jwt.algorithms.Algorithm
import io.ktor.server.application.*
import io.ktor.server.auth.*
import io.ktor.server.auth.jwt.*

// Instructor app tokens (schedule, lesson roster, clock-in)
private const val JWT_SECRET = "@@sec@@"
private const val ISSUER = "https://instructors.pinecrest-mtn.com"

fun Application.configureSecurity() {
    install(Authentication) {
        jwt("instructor") {
            realm = "instructors"
            verifier(
                JWT.require(Algorithm.HMAC256(JWT_SECRET))
                    .withIssuer(ISSUER)
                    .withAudience("instructor-app")
                    .build()
            )
            validate { cred -> if (cred.payload.getClaim("emp").asString() != null) JWTPrincipal(cred.payload) else null }
        }
    }
}
""", sec=sec), sec, "Ktor docs: JWT authentication with HMAC256")

key = hexs(32)
secret("ruby/rezdy-key", "skischool-rails/config/initializers/rezdy.rb", fill(r"""
# Group lessons and guided tours are also sold through Rezdy resellers.
require "faraday"

REZDY = Faraday.new(
  url: "https://api.rezdy.com/v1/",
  params: { apiKey: "@@key@@" },
  headers: { "Accept" => "application/json" }
) do |f|
  f.request :json
  f.response :json
  f.response :raise_error
  f.options.timeout = 15
end

Rails.application.config.x.rezdy_products = {
  "GRP-ADULT-AM" => "PBTWJY",
  "GRP-KIDS-DAY" => "P7KQ2M",
  "TOUR-BACKCOUNTRY" => "PX91ZC"
}
""", key=key), key, "Rezdy API docs: apiKey query parameter")

key = fakes.openai_key(_seed())
secret("python/openai-key", "skischool-faq-bot/bot/answer.py", fill(r"""
from openai import OpenAI

from bot.kb import lesson_facts

client = OpenAI(api_key="@@key@@")

SYSTEM = (
    "You answer questions from parents about Pinecrest Ski & Ride School lessons: ages, meeting "
    "points, what to bring, cancellations. Use only the facts given. If unsure, point to the desk "
    "at the Kids Center or the phone number 970-555-0188."
)


def answer(question: str) -> str:
    facts = "\n".join(lesson_facts(question))
    resp = client.chat.completions.create(
        model="gpt-4o-mini",
        messages=[
            {"role": "system", "content": SYSTEM},
            {"role": "user", "content": f"Facts:\n{facts}\n\nQuestion: {question}"},
        ],
        temperature=0.2,
        max_tokens=300,
    )
    return resp.choices[0].message.content.strip()
""", key=key), key, "OpenAI API reference: project API keys (sk-proj-)")

key = chars(64, ALNUM + "+/")
secret("elixir/secret-key-base", "skischool-live/config/prod.secret.exs", fill(r"""
import Config

# Live lesson board in the Kids Center (Phoenix LiveView)
config :skischool_live, SkischoolLiveWeb.Endpoint,
  http: [ip: {0, 0, 0, 0}, port: 4000],
  url: [host: "board.lessons.pinecrest-mtn.com", port: 443, scheme: "https"],
  secret_key_base: "@@key@@",
  server: true

config :skischool_live, SkischoolLive.Repo,
  url: System.get_env("DATABASE_URL"),
  pool_size: 10
""", key=key), key, "Phoenix docs: secret_key_base (mix phx.gen.secret, 64 characters)")

tok = uuid()
secret("python/postmark-token", "skischool-notify-py/notify/email.py", fill(r"""
from postmarker.core import PostmarkClient

postmark = PostmarkClient(server_token="@@tok@@")


def lesson_reminder(to: str, child: str, lesson: str, meet_at: str, start: str) -> None:
    postmark.emails.send_with_template(
        From="Pinecrest Ski & Ride School <lessons@pinecrest-mtn.com>",
        To=to,
        TemplateAlias="lesson-reminder",
        TemplateModel={"child": child, "lesson": lesson, "meet_at": meet_at, "start": start},
        MessageStream="outbound",
    )


def instructor_roster(to: str, roster_pdf: bytes, day: str) -> None:
    postmark.emails.send(
        From="lessons@pinecrest-mtn.com", To=to, Subject=f"Your roster for {day}",
        TextBody="Roster attached.",
        Attachments=[{"Name": f"roster-{day}.pdf", "Content": roster_pdf, "ContentType": "application/pdf"}],
    )
""", tok=tok), tok, "Postmark API: X-Postmark-Server-Token (server tokens are UUIDs); postmarker")

app_id, admin = chars(10, UPPER), hexs(32)
secret("javascript/algolia-admin-key", "site-search/scripts/index-lessons.mjs", fill(r"""
// Rebuild the "lessons" and "trails" search indices for the website (runs after each CMS publish)
import { algoliasearch } from 'algoliasearch';
import { loadLessons, loadTrails } from './cms.mjs';

const client = algoliasearch('@@app@@', '@@admin@@');

const lessons = (await loadLessons()).map((l) => ({
  objectID: l.code, title: l.title, ages: l.ages, level: l.level, price: l.priceFrom, url: l.url,
}));
const trails = (await loadTrails()).map((t) => ({
  objectID: t.id, name: t.name, difficulty: t.difficulty, lift: t.lift, groomed: t.groomedToday,
}));

await client.replaceAllObjects({ indexName: 'lessons', objects: lessons });
await client.replaceAllObjects({ indexName: 'trails', objects: trails });
console.log(`indexed ${lessons.length} lessons, ${trails.length} trails`);
""", app=app_id, admin=admin), admin, "Algolia docs: Admin API key (write access) with the JavaScript client")

decoy("javascript/decoy-publishable-key", "site-search/src/search.js", fill(r"""
import { liteClient as algoliasearch } from 'algoliasearch/lite';
import instantsearch from 'instantsearch.js';
import { searchBox, hits } from 'instantsearch.js/es/widgets';

// Search-only API key: read access to the public indices, meant to ship to browsers.
const searchClient = algoliasearch('@@app@@', '@@key@@');

const search = instantsearch({ indexName: 'trails', searchClient });
search.addWidgets([
  searchBox({ container: '#trail-search', placeholder: 'Find a run or a lesson' }),
  hits({ container: '#trail-hits', templates: { item: (h, { html }) => html`<a href="${h.url}">${h.name}</a>` } }),
]);
search.start();
""", app=app_id, key=hexs(32)), "Algolia docs: search-only API keys are safe in front-end code")

decoy("json/decoy-client-id", "guest-app-web/public/config.json", fill(r"""
{
  "apiBase": "https://api.passes.pinecrest-mtn.com",
  "googleSignIn": {
    "clientId": "@@num@@-@@cid@@.apps.googleusercontent.com",
    "uxMode": "popup"
  },
  "appleSignIn": {
    "clientId": "com.pinecrestmtn.pass.web",
    "redirectURI": "https://passes.pinecrest-mtn.com/auth/apple"
  },
  "features": { "photoUpload": true, "resaleMarketplace": false }
}
""", num=str(_rng().randint(10**11, 10**12)), cid=chars(32, LOWERNUM)),
      "Google Identity docs: OAuth client IDs are public; Sign in with Apple services ID")

hook = teams_webhook()
secret("typescript/teams-webhook", "ops-alerts/src/teams.ts", fill(r"""
// Lift-ops alerts -> Microsoft Teams channel "Lift Maintenance"
const TEAMS_WEBHOOK = '@@hook@@';

export interface LiftAlert {
  lift: string;
  status: 'OPEN' | 'HOLD' | 'CLOSED' | 'WIND HOLD';
  reason?: string;
  by: string;
}

export async function postLiftAlert(a: LiftAlert): Promise<void> {
  const res = await fetch(TEAMS_WEBHOOK, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({
      text: `**${a.lift}** is now **${a.status}**${a.reason ? ` - ${a.reason}` : ''} (by ${a.by})`,
    }),
  });
  if (!res.ok) throw new Error(`teams webhook ${res.status}`);
}
""", hook=hook), hook, "Microsoft Learn: Teams incoming webhooks (webhook.office.com URLs)")

tok = fakes.telegram_token(_seed())
secret("yaml/telegram-bot-token", "lift-status-bot/serverless.yml", fill(r"""
service: lift-status-bot
frameworkVersion: "3"

provider:
  name: aws
  runtime: python3.12
  region: us-west-2
  memorySize: 256
  environment:
    TELEGRAM_BOT_TOKEN: "@@tok@@"
    STATUS_URL: https://www.pinecrest-mtn.com/api/lifts
    SUBSCRIBERS_TABLE: ${self:service}-subscribers

functions:
  poll:
    handler: bot.poll
    events:
      - schedule: rate(5 minutes)
  webhook:
    handler: bot.webhook
    events:
      - httpApi: "POST /telegram"
""", tok=tok), tok, "Serverless Framework: provider.environment; Telegram Bot API tokens")

key = "AQE" + chars(60, ALNUM) + "=-" + chars(43, ALNUM + "+/") + "=-" + chars(10, ALNUM)
secret("javascript/adyen-key", "pass-checkout/server/adyen.js", fill(r"""
const { Client, CheckoutAPI } = require('@adyen/api-library');

const client = new Client({
  apiKey: '@@key@@',
  environment: 'LIVE',
  liveEndpointUrlPrefix: '1797a841fbb37ca7-PinecrestMountain',
});
const checkout = new CheckoutAPI(client);

async function createSession(order) {
  return checkout.PaymentsApi.sessions({
    merchantAccount: 'PinecrestMountainECOM',
    amount: { currency: 'USD', value: order.totalCents },
    reference: order.id,
    returnUrl: `https://passes.pinecrest-mtn.com/checkout/return?order=${order.id}`,
    countryCode: 'US',
    shopperEmail: order.email,
  });
}

module.exports = { createSession };
""", key=key), key, "Adyen docs: API credentials (API key) with the Node.js library")

tenant, appid, sec = uuid(), uuid(), azure_ad_secret()
secret("powershell/client-secret", "it/staffing/New-SeasonalUsers.ps1", fill(r"""
# Creates Entra ID accounts for the seasonal hires in the HR export (run by IT each November)
param([string] $Csv = '.\seasonal_hires.csv')

$tenantId = '@@tenant@@'
$appId    = '@@app@@'
$secure   = ConvertTo-SecureString '@@sec@@' -AsPlainText -Force
$cred     = New-Object System.Management.Automation.PSCredential($appId, $secure)
Connect-MgGraph -TenantId $tenantId -ClientSecretCredential $cred -NoWelcome

Import-Csv $Csv | ForEach-Object {
    $upn = "$($_.First).$($_.Last)@pinecrest-mtn.com".ToLower()
    New-MgUser -DisplayName "$($_.First) $($_.Last)" -UserPrincipalName $upn -MailNickname ($upn -split '@')[0] `
        -AccountEnabled -Department $_.Department -EmployeeType 'Seasonal' `
        -PasswordProfile @{ ForceChangePasswordNextSignIn = $true; Password = [guid]::NewGuid().ToString() } | Out-Null
    Write-Host "created $upn"
}
""", tenant=tenant, app=appid, sec=sec), sec, "Microsoft Graph PowerShell: Connect-MgGraph -ClientSecretCredential; Entra client secrets")

pw = human_pw()
nb_cells = [
    {"cell_type": "markdown", "metadata": {}, "source": ["# Lift scans vs. snowfall, 2024-25\n", "Pulls hourly gate scans from the warehouse."]},
    {"cell_type": "code", "execution_count": 1, "metadata": {}, "outputs": [], "source": [
        "import pandas as pd\n", "import snowflake.connector\n", "\n",
        "conn = snowflake.connector.connect(\n",
        "    account=\"pcm-analytics.us-west-2\",\n",
        "    user=\"ANALYST_JDOE\",\n",
        f"    password=\"{pw}\",\n",
        "    warehouse=\"ANALYTICS_XS\",\n",
        "    database=\"LIFT_ACCESS\",\n",
        ")"]},
    {"cell_type": "code", "execution_count": 2, "metadata": {}, "outputs": [], "source": [
        "scans = pd.read_sql(\"SELECT date_trunc('hour', scanned_at) AS hr, lift, count(*) AS n \"\n",
        "                    \"FROM gate_scan WHERE season = '2024-25' GROUP BY 1, 2\", conn)\n",
        "scans.pivot(index='hr', columns='LIFT', values='N').resample('D').sum().plot(figsize=(12, 4))"]},
]
nb = {"cells": nb_cells, "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"},
                                      "language_info": {"name": "python", "version": "3.11.7"}},
      "nbformat": 4, "nbformat_minor": 5}
secret("notebook/snowflake-password", "analytics/notebooks/lift_scans_vs_snowfall.ipynb", json.dumps(nb, indent=1) + "\n", pw,
       "Jupyter nbformat 4; Snowflake Connector for Python connect(password=...)")

nb_cells = [
    {"cell_type": "markdown", "metadata": {}, "source": ["# Rental utilisation by size\n", "Credentials come from the OS keyring (`keyring set rentals-dw analyst`)."]},
    {"cell_type": "code", "execution_count": 1, "metadata": {}, "outputs": [], "source": [
        "import getpass\n", "import keyring\n", "import pandas as pd\n", "import sqlalchemy as sa\n", "\n",
        "user = getpass.getuser()\n",
        "password = keyring.get_password(\"rentals-dw\", user)\n",
        "engine = sa.create_engine(sa.engine.URL.create(\"mssql+pyodbc\", username=user, password=password,\n",
        "    host=\"dw01.pinecrest.local\", database=\"RentalsDW\", query={\"driver\": \"ODBC Driver 18 for SQL Server\"}))"]},
    {"cell_type": "code", "execution_count": 2, "metadata": {}, "outputs": [], "source": [
        "util = pd.read_sql(\"SELECT size, AVG(out_ratio) AS util FROM v_fleet_daily GROUP BY size\", engine)\n",
        "util.sort_values('util').plot.barh(x='size', y='util')"]},
]
nb = {"cells": nb_cells, "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
      "nbformat": 4, "nbformat_minor": 5}
decoy("notebook/decoy-code-reads-secret", "analytics/notebooks/rental_utilisation.ipynb", json.dumps(nb, indent=1) + "\n",
      "Jupyter nbformat 4; keyring.get_password")


# =============================================================================================
# Build, CI, packaging and operations around all of it
# =============================================================================================

tok = "npm_" + mixed(36)
secret("npmrc/auth-token", "pass-web/.npmrc", fill(r"""
registry=https://registry.npmjs.org/
@pinecrest-mtn:registry=https://npm.pkg.github.com/
//registry.npmjs.org/:_authToken=@@tok@@
//npm.pkg.github.com/:_authToken=${GITHUB_TOKEN}
save-exact=true
engine-strict=true
""", tok=tok), tok, "npm docs: .npmrc auth tokens (npm_ granular access tokens)")

key = "AKCp8" + chars(68, ALNUM)
secret("ini/pip-index-password", "liftops/pip.conf", fill(r"""
[global]
index-url = https://pypi.org/simple
extra-index-url = https://ci-reader:@@key@@@artifactory.pinecrest-mtn.com/artifactory/api/pypi/pypi-local/simple
timeout = 60
disable-pip-version-check = true

[install]
trusted-host = artifactory.pinecrest-mtn.com
""", key=key), key, "pip docs: configuration files (extra-index-url with credentials); JFrog Artifactory API keys")

auth = b64("ci-push:" + url_pw(20))
secret("json/docker-auth", "ci/docker/config.json", fill(r"""
{
  "auths": {
    "registry.pinecrest-mtn.com": {
      "auth": "@@auth@@"
    },
    "https://index.docker.io/v1/": {}
  },
  "HttpHeaders": {
    "User-Agent": "Docker-Client/24.0.7 (linux)"
  }
}
""", auth=auth), auth, "Docker docs: config.json auths (base64 of user:password)")

tok = "glpat-" + mixed(20, URLSAFE)
secret("gitlab-ci/gitlab-token", "passval/.gitlab-ci.yml", fill(r"""
stages: [test, package, release]

variables:
  GIT_DEPTH: "20"
  MAVEN_OPTS: "-Dmaven.repo.local=.m2/repository"
  RELEASE_TOKEN: "@@tok@@"

cache:
  paths: [.m2/repository]

test:
  stage: test
  image: maven:3.9-eclipse-temurin-17
  script: mvn -B verify

package:
  stage: package
  image: maven:3.9-eclipse-temurin-17
  script: mvn -B -DskipTests package
  artifacts:
    paths: [target/passval.war]

release:
  stage: release
  image: curlimages/curl:8.10.1
  rules:
    - if: $CI_COMMIT_TAG
  script:
    - 'curl --fail --header "PRIVATE-TOKEN: $RELEASE_TOKEN" --data "name=$CI_COMMIT_TAG&tag_name=$CI_COMMIT_TAG" "$CI_API_V4_URL/projects/$CI_PROJECT_ID/releases"'
""", tok=tok), tok, "GitLab docs: personal access tokens (glpat-); .gitlab-ci.yml variables")

pw = words_pw("!#*^-_+.")
secret("jenkinsfile/password", "passval/Jenkinsfile", fill(r"""
pipeline {
    agent { label 'linux' }
    options { timestamps() }
    stages {
        stage('Build') {
            steps {
                sh 'mvn -B -DskipTests package'
            }
        }
        stage('Deploy to passval01') {
            when { branch 'main' }
            steps {
                sh '''
                    curl -fsS -u 'ci-deploy:@@pw@@' -T target/passval.war \
                      "http://passval01.pinecrest.local:8080/manager/text/deploy?path=/api&update=true"
                '''
            }
        }
    }
    post {
        failure { mail to: 'lift-it@pinecrest-mtn.com', subject: "passval build ${env.BUILD_NUMBER} failed", body: env.BUILD_URL }
    }
}
""", pw=pw), pw, "Jenkins declarative pipeline syntax; Tomcat manager text interface")

pw = words_pw("!#*^-_+.")
secret("shell-history/mysql-password", "ops/jump01/.bash_history", fill(r"""
cd /opt/liftbridge
sudo systemctl status liftbridge
journalctl -u liftbridge -n 200 --no-pager
mysql -h 10.41.0.30 -u passlookup -p'@@pw@@' passes -e "select count(*) from season_pass where blocked=1"
vim config/skidata.yml
sudo systemctl restart liftbridge
ping -c3 10.40.2.17
tail -f /var/log/liftbridge/bridge.log
exit
""", pw=pw), pw, "bash(1) history file; mysql(1) -p<password>")

pw = human_pw()
secret("markdown/runbook-password", "liftops/docs/turnstiles-summit-express.md", fill(r"""
# Turnstiles T07-T12 (Summit Express) - quick fixes

## Gate controller web UI

- URL: https://10.40.2.17/ (self-signed certificate)
- Login: `gateadmin` / `@@pw@@`
- Use it to reboot the reader, see the last 50 passages, or switch a lane to *free pass* mode.

## Reader shows "OFFLINE" but the gate works

The gate falls back to its whitelist cache. Check the MQTT connection:

```sh
mosquitto_sub -h 10.40.2.10 -p 8883 --cafile ca.crt -t 'pcm/lifts/summit-express/gates/#' -v
```

## Nothing works

Call lift maintenance (radio channel 4) and put the lane in *manual count*.
""", pw=pw), pw, "Runbook as lift-ops teams write them (Markdown)")

key = hexs(36) + "NRAL"
secret("systemd/environment", "passval-gw/deploy/passval-gw.service", fill(r"""
[Unit]
Description=Pass validation gateway (gate controllers -> passval API)
After=network-online.target
Wants=network-online.target

[Service]
User=passval
WorkingDirectory=/opt/passval-gw
ExecStart=/usr/bin/node --require newrelic server.js
Environment=NODE_ENV=production
Environment=NEW_RELIC_APP_NAME=passval-gw
Environment=NEW_RELIC_LICENSE_KEY=@@key@@
Restart=always
RestartSec=3

[Install]
WantedBy=multi-user.target
""", key=key), key, "systemd.exec(5) Environment=; New Relic license keys (40 characters, ...NRAL)")

tok = fakes.github_fine_grained_token(_seed())
secret("dockerfile/clone-token", "liftops/Dockerfile", fill(r"""
FROM python:3.12-slim AS build
RUN apt-get update && apt-get install -y --no-install-recommends git \
 && rm -rf /var/lib/apt/lists/*
WORKDIR /src
RUN git clone --depth 1 https://x-access-token:@@tok@@@github.com/pinecrest-mtn/liftops-common.git common
COPY . app
RUN pip wheel --no-cache-dir -w /wheels ./common ./app

FROM python:3.12-slim
COPY --from=build /wheels /wheels
RUN pip install --no-cache-dir /wheels/*.whl && rm -rf /wheels
USER 10001
ENTRYPOINT ["liftops"]
""", tok=tok), tok, "GitHub docs: fine-grained personal access tokens (github_pat_) over HTTPS")

tok = fakes.pypi_token(_seed())
secret("ini/pypi-token", "liftops-common/.pypirc", fill(r"""
[distutils]
index-servers =
    pypi
    internal

[pypi]
username = __token__
password = @@tok@@

[internal]
repository = https://artifactory.pinecrest-mtn.com/artifactory/api/pypi/pypi-local
username = ci-publisher
""", tok=tok), tok, "PyPI docs: API tokens in .pypirc (username __token__)")

tok = "glrt-" + mixed(20, URLSAFE)
secret("toml/runner-token", "snowmaking/gitlab-runner/config.toml", fill(r"""
concurrent = 2
check_interval = 0
shutdown_timeout = 0

[session_server]
  session_timeout = 1800

[[runners]]
  name = "snowmaking-edge-ph1"
  url = "https://gitlab.pinecrest-mtn.com/"
  id = 41
  token = "@@tok@@"
  token_obtained_at = 2024-10-03T16:22:41Z
  token_expires_at = 0001-01-01T00:00:00Z
  executor = "docker"
  [runners.docker]
    image = "alpine:3.20"
    privileged = false
    volumes = ["/cache"]
""", tok=tok), tok, "GitLab Runner docs: config.toml runner authentication tokens (glrt-)")

key = openssh_key()
secret("ssh/private-key", "gatectl/deploy/keys/gatectl_deploy_ed25519", key + "\n", key,
       "OpenSSH ssh-keygen(1): openssh-key-v1 private key format")

key = pem("RSA PRIVATE KEY", 25)
secret("pem/tls-private-key", "infra/nginx/ssl/passes.pinecrest-mtn.com.key", key + "\n", key,
       "RFC 7468 / PKCS#1 RSA private key (PEM)")

kid = aws_pair()[0]
pw = "B" + chars(43, ALNUM + "+/")
secret("postfix/sasl-password", "ops/postfix/sasl_passwd", fill(r"""
# /etc/postfix/sasl_passwd
# Relay credentials for the lift-ops and snowmaking boxes (cron mail, smartd, apcupsd).
# After editing: postmap /etc/postfix/sasl_passwd && systemctl reload postfix
# SES SMTP user: ses-smtp-user.liftops-20240915
[email-smtp.us-west-2.amazonaws.com]:587 @@kid@@:@@pw@@
""", kid=kid, pw=pw), pw, "Postfix SASL_README (sasl_passwd); Amazon SES SMTP credentials")

key = hexs(32)
secret("yaml/datadog-api-key", "liftops/ansible/files/datadog.yaml", fill(r"""
## datadog-agent on the lift access servers
api_key: @@key@@
site: datadoghq.com
hostname_fqdn: true
tags:
  - env:prod
  - team:lift-ops
  - role:access-control
logs_enabled: true
process_config:
  process_collection:
    enabled: true
""", key=key), key, "Datadog Agent docs: datadog.yaml api_key (32 hex)")

pw = words_pw("!#*^-_+.")
secret("xml/maven-server-password", "passval/.mvn/settings.xml", fill(r"""
<?xml version="1.0" encoding="UTF-8"?>
<settings xmlns="http://maven.apache.org/SETTINGS/1.2.0">
  <servers>
    <server>
      <id>pinecrest-releases</id>
      <username>ci-publisher</username>
      <password>@@pw@@</password>
    </server>
  </servers>
  <mirrors>
    <mirror>
      <id>pinecrest-central</id>
      <mirrorOf>central</mirrorOf>
      <url>https://artifactory.pinecrest-mtn.com/artifactory/maven-remote</url>
    </mirror>
  </mirrors>
</settings>
""", pw=pw), pw, "Apache Maven: settings reference (servers/server/password)")

tok = "dop_v1_" + hexs(64)
secret("yaml/digitalocean-token", "snowreport/ops/doctl-config.yaml", fill(r"""
# doctl config for the snow-report droplet deploys (copied from ~/.config/doctl/config.yaml)
access-token: @@tok@@
auth-contexts: {}
context: default
output: text
""", tok=tok), tok, "DigitalOcean docs: doctl config (personal access tokens dop_v1_)")

tok = chars(14, ALNUM) + ".atlasv1." + chars(67, ALNUM)
secret("json/terraform-cloud-token", "infra/terraform/.terraformrc.d/credentials.tfrc.json", fill(r"""
{
  "credentials": {
    "app.terraform.io": {
      "token": "@@tok@@"
    }
  }
}
""", tok=tok), tok, "Terraform CLI docs: credentials.tfrc.json (HCP Terraform API tokens, .atlasv1.)")

# ---- decoys -----------------------------------------------------------------------------------

decoy("dockerfile/decoy-checksum", "snowmaking/telegraf/Dockerfile", fill(r"""
# syntax=docker/dockerfile:1.7
FROM debian:bookworm-slim
ARG TELEGRAF_VERSION=1.32.2
ARG TELEGRAF_SHA256=@@sum@@
RUN apt-get update && apt-get install -y --no-install-recommends ca-certificates curl \
 && rm -rf /var/lib/apt/lists/*
RUN curl -fsSLo /tmp/telegraf.tar.gz \
      "https://dl.influxdata.com/telegraf/releases/telegraf-${TELEGRAF_VERSION}_linux_amd64.tar.gz" \
 && echo "${TELEGRAF_SHA256}  /tmp/telegraf.tar.gz" | sha256sum -c - \
 && tar -xzf /tmp/telegraf.tar.gz -C / --strip-components=2 \
 && rm /tmp/telegraf.tar.gz
# plugins from the private index: pip.conf is a BuildKit secret, never a layer
RUN --mount=type=secret,id=pipconf,target=/etc/pip.conf \
    apt-get update && apt-get install -y --no-install-recommends python3-pip && pip install --break-system-packages pcm-modbus-maps
COPY telegraf.conf /etc/telegraf/telegraf.conf
ENTRYPOINT ["telegraf"]
""", sum=hexs(64)), "Dockerfile reference: RUN --mount=type=secret; sha256sum -c verification")

decoy("xml/decoy-ciphertext", "jenkins/casc-backup/credentials.xml", fill(r"""
<?xml version='1.1' encoding='UTF-8'?>
<com.cloudbees.plugins.credentials.SystemCredentialsProvider plugin="credentials@1337.v60b_d7b_c7b_c9f">
  <domainCredentialsMap class="hudson.util.CopyOnWriteMap$Hash">
    <entry>
      <com.cloudbees.plugins.credentials.domains.Domain>
        <specifications/>
      </com.cloudbees.plugins.credentials.domains.Domain>
      <java.util.concurrent.CopyOnWriteArrayList>
        <com.cloudbees.plugins.credentials.impl.UsernamePasswordCredentialsImpl>
          <scope>GLOBAL</scope>
          <id>tomcat-deploy</id>
          <description>passval Tomcat manager</description>
          <username>ci-deploy</username>
          <password>{AQAAABAAAAAQ@@c1@@}</password>
          <usernameSecret>false</usernameSecret>
        </com.cloudbees.plugins.credentials.impl.UsernamePasswordCredentialsImpl>
        <org.jenkinsci.plugins.plaincredentials.impl.StringCredentialsImpl>
          <scope>GLOBAL</scope>
          <id>slack-liftops</id>
          <description>Slack bot token</description>
          <secret>{AQAAABAAAAAw@@c2@@}</secret>
        </org.jenkinsci.plugins.plaincredentials.impl.StringCredentialsImpl>
      </java.util.concurrent.CopyOnWriteArrayList>
    </entry>
  </domainCredentialsMap>
</com.cloudbees.plugins.credentials.SystemCredentialsProvider>
""", c1=chars(42, ALNUM + "+/") + "=", c2=chars(86, ALNUM + "+/") + "="),
      "Jenkins credentials plugin: secrets stored encrypted with the controller's master key ({AQAAABAAAA...})")

decoy("markdown/decoy-vault-reference", "liftops/docs/turnstiles-gondola.md", r"""
# Turnstiles G01-G08 (Gondola) - quick fixes

## Gate controller web UI

- URL: https://10.40.3.17/
- Login: `gateadmin`; the password is in 1Password, vault **Lift Ops**, item *Gondola gate controllers*.
- Rotated every season by lift IT (`scripts/rotate_gate_passwords.sh`), so old printouts are wrong.

## Reader shows "OFFLINE"

```sh
mosquitto_sub -h 10.40.2.10 -p 8883 --cafile ca.crt -u "$GATE_MQTT_USER" -P "$GATE_MQTT_PASSWORD" -t 'pcm/lifts/gondola/#' -v
```
""".lstrip("\n"), "Runbook conventions: password-manager references and environment variables")

keys = [f"ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI{chars(43, ALNUM + '+/')} {who}" for who in
        ["liftops@jump01", "r.kowalski@lift-it-laptop", "gate-tech@tablet-07"]]
keys.append("ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABgQ" + chars(500, ALNUM + "+/") + "= ci-deploy@jenkins")
decoy("ssh/decoy-public-key", "gatectl/deploy/authorized_keys",
      "# managed by ansible role gatectl - do not edit on the gate\n" + "\n".join(keys) + "\n" +
      "# break-glass key (sealed envelope in the lift office safe)\nssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI" + chars(43, ALNUM + "+/") + " breakglass\n",
      "OpenSSH sshd(8): AUTHORIZED_KEYS file format (public keys)")

decoy("pem/decoy-certificate", "infra/nginx/ssl/passes.pinecrest-mtn.com.fullchain.pem",
      cert_pem(18) + "\n" + cert_pem(18) + "\n", "RFC 7468 certificates (public); ACME fullchain.pem")

decoy("xml/decoy-ciphertext", "skischool-core/.mvn/settings.xml", fill(r"""
<?xml version="1.0" encoding="UTF-8"?>
<settings xmlns="http://maven.apache.org/SETTINGS/1.2.0">
  <servers>
    <server>
      <id>pinecrest-releases</id>
      <username>${env.MAVEN_USER}</username>
      <password>${env.MAVEN_PASSWORD}</password>
    </server>
    <server>
      <id>legacy-nexus</id>
      <username>ci</username>
      <!-- encrypted with mvn -ep; the master password is in ~/.m2/settings-security.xml on the agents -->
      <password>{@@enc@@}</password>
    </server>
  </servers>
</settings>
""", enc=b64bytes(32)), "Apache Maven: password encryption ({...} values, settings-security.xml master)")

decoy("yaml/decoy-ciphertext", "config-repo/passval-prod.yml", fill(r"""
# Spring Cloud Config: values are decrypted by the config server (encrypt.key is only there)
spring:
  datasource:
    url: jdbc:sqlserver://pos-sql01.pinecrest.local:1433;databaseName=AccessControl;encrypt=true
    username: passval_app
    password: '{cipher}@@c1@@'
passval:
  skidata:
    user: svc_passval
    password: '{cipher}@@c2@@'
  blocklist:
    refresh: PT1M
""", c1=hexs(192), c2=hexs(160)), "Spring Cloud Config docs: encryption and decryption ({cipher} values)")

decoy("properties/decoy-ciphertext", "skischool-notify/src/main/resources/application-prod.properties", fill(r"""
# jasypt-spring-boot: ENC(...) values are decrypted at start-up with JASYPT_ENCRYPTOR_PASSWORD
spring.mail.host=smtp.office365.com
spring.mail.port=587
spring.mail.username=skischool-noreply@pinecrest-mtn.com
spring.mail.password=ENC(@@c1@@)
skischool.rezdy.api-key=ENC(@@c2@@)
jasypt.encryptor.algorithm=PBEWITHHMACSHA512ANDAES_256
""", c1=b64bytes(48), c2=b64bytes(64)), "jasypt-spring-boot docs: ENC() encrypted properties")

bech = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"
age1 = "age1" + chars(58, bech)
decoy("yaml/decoy-ciphertext", "deploy/secrets/rentalpos.enc.yaml", fill(r"""
square_access_token: ENC[AES256_GCM,data:@@d1@@,iv:@@i1@@,tag:@@t1@@,type:str]
pg_password: ENC[AES256_GCM,data:@@d2@@,iv:@@i2@@,tag:@@t2@@,type:str]
smartwaiver_api_key: ENC[AES256_GCM,data:@@d3@@,iv:@@i3@@,tag:@@t3@@,type:str]
sops:
    age:
        - recipient: @@age@@
          enc: |
            -----BEGIN AGE ENCRYPTED FILE-----
            YWdlLWVuY3J5cHRpb24ub3JnL3YxCi0+IFgyNTUxOSB@@a1@@
            @@a2@@
            -----END AGE ENCRYPTED FILE-----
    lastmodified: "2024-11-18T17:02:11Z"
    mac: ENC[AES256_GCM,data:@@dm@@,iv:@@im@@,tag:@@tm@@,type:str]
    unencrypted_suffix: _unencrypted
    version: 3.9.1
""", d1=b64bytes(66), i1=b64bytes(32), t1=b64bytes(16), d2=b64bytes(24), i2=b64bytes(32), t2=b64bytes(16),
         d3=b64bytes(40), i3=b64bytes(32), t3=b64bytes(16), age=age1, a1=chars(41, ALNUM + "+/"), a2=chars(64, ALNUM + "+/"),
         dm=b64bytes(64), im=b64bytes(32), tm=b64bytes(16)),
      "SOPS docs: encrypted file format (ENC[AES256_GCM,...]) with age recipients")

decoy("yaml/decoy-public-key", "deploy/.sops.yaml", fill(r"""
# Who can decrypt what. Age recipients are PUBLIC keys; private keys stay on laptops / in KMS.
creation_rules:
  - path_regex: deploy/secrets/.*\.enc\.yaml$
    age: >-
      @@a1@@,
      @@a2@@,
      @@a3@@
    kms: arn:aws:kms:us-west-2:482716350914:key/@@kms@@
  - path_regex: ansible/.*/vault\.sops\.yml$
    age: @@a1@@
""", a1=age1, a2="age1" + chars(58, bech), a3="age1" + chars(58, bech), kms=uuid()),
      "SOPS docs: .sops.yaml creation_rules; age recipients (age1..., public)")

decoy("cloudformation/decoy-secret-manager-ref", "infra/cfn/skischool-db.yaml", r"""
AWSTemplateFormatVersion: "2010-09-09"
Description: Ski school booking database
Resources:
  SkiSchoolDb:
    Type: AWS::RDS::DBInstance
    DeletionPolicy: Snapshot
    Properties:
      DBInstanceIdentifier: skischool-prod
      Engine: mysql
      EngineVersion: "8.0.39"
      DBInstanceClass: db.t4g.small
      AllocatedStorage: "40"
      MasterUsername: '{{resolve:secretsmanager:prod/skischool/db:SecretString:username}}'
      MasterUserPassword: '{{resolve:secretsmanager:prod/skischool/db:SecretString:password}}'
      StorageEncrypted: true
  RezdyKeyParam:
    Type: AWS::SSM::Parameter
    Properties:
      Name: /skischool/rezdy/base-url
      Type: String
      Value: https://api.rezdy.com/v1
""".lstrip("\n"), "AWS CloudFormation docs: dynamic references {{resolve:secretsmanager:...}}")

pkgs = [("@sendgrid/mail", "8.1.3"), ("stripe", "16.12.0"), ("next", "14.2.15"), ("@auth0/nextjs-auth0", "3.5.0"), ("mailgun.js", "10.2.3")]
entries = ",\n".join(
    f'    "node_modules/{name}": {{\n      "version": "{ver}",\n      "resolved": "https://registry.npmjs.org/{name}/-/{name.split("/")[-1]}-{ver}.tgz",\n'
    f'      "integrity": "sha512-{b64bytes(64)}"\n    }}' for name, ver in pkgs)
decoy("json/decoy-checksum", "pass-web/package-lock.json",
      '{\n  "name": "pass-web",\n  "version": "0.1.0",\n  "lockfileVersion": 3,\n  "requires": true,\n  "packages": {\n' + entries + "\n  }\n}\n",
      "npm docs: package-lock.json integrity (Subresource Integrity sha512)")

reqs = [("requests", "2.32.3"), ("asyncua", "1.1.5"), ("asyncpg", "0.29.0"), ("twilio", "9.3.3"), ("postmarker", "1.0")]
decoy("text/decoy-checksum", "snowmaking/collector/requirements.txt",
      "# pip-compile --generate-hashes requirements.in\n" +
      "".join(f"{n}=={v} \\\n    --hash=sha256:{hexs(64)} \\\n    --hash=sha256:{hexs(64)}\n" for n, v in reqs),
      "pip docs: hash-checking mode (--hash=sha256:)")

mods = [("github.com/eclipse/paho.mqtt.golang", "v1.5.0"), ("github.com/gorilla/websocket", "v1.5.3"),
        ("golang.org/x/net", "v0.30.0"), ("golang.org/x/sync", "v0.8.0"), ("github.com/mattn/go-sqlite3", "v1.14.24")]
decoy("go/decoy-checksum", "liftops/go.sum",
      "".join(f"{m} {v} h1:{b64bytes(32)}\n{m} {v}/go.mod h1:{b64bytes(32)}\n" for m, v in mods),
      "Go modules reference: go.sum lines (h1: SHA-256 hashes)")

decoy("github-actions/decoy-commit-sha", ".github/workflows/liftops-ci.yml", fill(r"""
name: liftops-ci
on: [push, pull_request]

permissions:
  contents: read

jobs:
  test:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@@@c1@@ # v4.2.2
      - uses: actions/setup-go@@@c2@@ # v5.1.0
        with:
          go-version-file: liftops/go.mod
      - run: go test ./...
        working-directory: liftops
      - uses: golangci/golangci-lint-action@@@c3@@ # v6.1.1
        with:
          working-directory: liftops
""", c1=hexs(40), c2=hexs(40), c3=hexs(40)), "GitHub docs: pinning actions to a full-length commit SHA")

lifts = ["Summit Express", "Gondola", "Cornice", "Bunny Hop", "Tamarack Triple", "Backside T-bar"]
lift_json = ",\n".join(f'    {{ "id": "{uuid()}", "name": "{n}", "skidata_device_group": {4400 + i}, "gates": {2 + i % 3} }}'
                       for i, n in enumerate(lifts))
decoy("json/decoy-identifier", "liftops/config/lifts.json",
      '{\n  "resort_id": "' + uuid() + '",\n  "lifts": [\n' + lift_json + '\n  ],\n  "season": "2024-25"\n}\n',
      "Lift inventory as resort systems export it (UUIDs as ids)")

decoy("json/decoy-ciphertext", "ops-alerts/lambda/config.json", fill(r"""
{
  "functionName": "liftops-alert-forwarder",
  "kmsKeyArn": "arn:aws:kms:us-west-2:482716350914:key/@@kid@@",
  "encrypted": {
    "SLACK_WEBHOOK_URL": "AQICAHh@@c1@@",
    "PAGERDUTY_ROUTING_KEY": "AQICAHh@@c2@@"
  },
  "note": "decrypt at cold start with kms:Decrypt; plaintext never stored"
}
""", kid=uuid(), c1=chars(300, ALNUM + "+/") + "=", c2=chars(180, ALNUM + "+/") + "="),
      "AWS KMS docs: ciphertext blobs (base64, AQICAH... header) decrypted with kms:Decrypt")

decoy("markdown/decoy-vendor-example", "instructor-api/docs/authentication.md", r"""
# Instructor API - authentication

Every request carries a bearer token issued by `/auth/token` after SSO.

```http
GET /v1/roster?day=2025-02-15 HTTP/1.1
Host: instructors.pinecrest-mtn.com
Authorization: Bearer eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c
```

The token above is the sample from jwt.io (subject "John Doe", signed with `your-256-bit-secret`);
ours carry `emp` (employee number) and `aud: instructor-app`, and expire after 12 hours.
""".lstrip("\n"), "jwt.io introduction: the sample HS256 token")

decoy("openapi/decoy-placeholder", "passval/api/openapi.yaml", r"""
openapi: 3.0.3
info:
  title: Pass validation API
  version: "2.4"
servers:
  - url: https://passval.pinecrest-mtn.com/api/v2
security:
  - ApiKeyAuth: []
paths:
  /validate:
    post:
      summary: Validate a media id at a gate
      parameters:
        - in: header
          name: X-Api-Key
          required: true
          schema: { type: string }
          example: YOUR_API_KEY
      responses:
        "200": { description: Valid }
        "403": { description: Blocked or expired }
components:
  securitySchemes:
    ApiKeyAuth:
      type: apiKey
      in: header
      name: X-Api-Key
""".lstrip("\n"), "OpenAPI 3.0 specification: securitySchemes apiKey; example values")

decoy("log/decoy-redacted", "liftbridge/tests/fixtures/bridge.log", r"""
2025-01-14T06:58:02Z INFO  liftbridge starting (version 3.2.0, site PCM)
2025-01-14T06:58:02Z DEBUG config: skidata.username=svc_liftbridge skidata.password=[REDACTED]
2025-01-14T06:58:03Z INFO  skidata: login ok (session ****)
2025-01-14T06:58:03Z DEBUG http: POST /dta/ws/TicketService Authorization: Basic ****************
2025-01-14T06:58:04Z INFO  mqtt: connected to 10.40.2.10:8883 as liftbridge (password ********)
2025-01-14T06:58:19Z INFO  passages: fetched 412 since 0 (T07..T12)
2025-01-14T06:58:34Z WARN  gate T09 stale for 61 s
""".lstrip("\n"), "Application logs with secret redaction")

decoy("env/decoy-test-fixture", "passportal/.env.test", r"""
# Test settings (pytest-django). Nothing here reaches a real service: payments and SMS are mocked.
DJANGO_SETTINGS_MODULE=passportal.settings.test
DJANGO_SECRET_KEY=insecure-test-key-do-not-use
DATABASE_URL=postgres://test:test@localhost:5433/passportal_test
STRIPE_SECRET_KEY=sk_test_dummy
STRIPE_WEBHOOK_SECRET=whsec_test_dummy
TWILIO_AUTH_TOKEN=test-auth-token
EMAIL_URL=consolemail://
""".lstrip("\n"), "pytest-django settings; obvious dummy values")

decoy("python/decoy-no-credential", "passportal/accounts/password_policy.py", r"""
"""[1:] + '"""Password rules for pass-holder accounts (NIST SP 800-63B: length, blocklist, no composition rules)."""' + r"""
import re

MIN_LENGTH = 12
# common choices we refuse outright (plus the top-100k list loaded at start-up)
BLOCKLIST = {"password", "pinecrest", "pinecrest1", "powderday", "letitsnow", "skibum", "qwerty123"}
REPEATS = re.compile(r"(.)\1{3,}")


def problems(password: str, email: str) -> list[str]:
    found = []
    if len(password) < MIN_LENGTH:
        found.append(f"use at least {MIN_LENGTH} characters")
    lowered = password.lower()
    if lowered in BLOCKLIST or lowered.rstrip("0123456789!") in BLOCKLIST:
        found.append("this password is too common")
    if email and email.split("@")[0].lower() in lowered:
        found.append("don't use your email address")
    if REPEATS.search(password):
        found.append("avoid long runs of the same character")
    return found
""", "NIST SP 800-63B memorized-secret guidance (blocklists, length)")

decoy("shell/decoy-generated", "liftops/scripts/rotate_gate_passwords.sh", r"""
#!/usr/bin/env bash
# Rotate the MQTT password of every gate at season start. New values go straight to Vault.
set -euo pipefail
export VAULT_ADDR=https://vault.pinecrest.local:8200

for gate in $(cut -d, -f3 conf/gates.csv | tail -n +2); do
  new=$(openssl rand -base64 24 | tr -d '/+=' | cut -c1-24)
  vault kv patch "secret/liftops/gates/${gate}" mqtt_password="${new}" >/dev/null
  mosquitto_passwd -b /etc/mosquitto/passwd "gate-${gate}" "${new}"
  unset new
  echo "rotated ${gate}"
done
systemctl reload mosquitto
""".lstrip("\n"), "openssl-rand(1); Vault kv patch; mosquitto_passwd -b")

decoy("k8s/decoy-placeholder", "deploy/k8s/liftbridge/secret.template.yaml", fill(r"""
# Template only: CI replaces these with values from Vault (scripts/render-secrets.sh).
apiVersion: v1
kind: Secret
metadata:
  name: liftbridge
  namespace: lift-access
type: Opaque
data:
  SKIDATA_USER: @@u@@
  SKIDATA_PASSWORD: @@p@@
  MQTT_PASSWORD: @@m@@
""", u=b64("svc_liftbridge"), p=b64("CHANGE_ME"), m=b64("replace-me")),
      "Kubernetes docs: Secret data (base64 of placeholder values)")

pk = mapbox_token("pk", "pinecrest-mtn")
decoy("javascript/decoy-publishable-key", "trail-map/src/map.js", fill(r"""
import mapboxgl from 'mapbox-gl';

// Public token, URL-restricted to *.pinecrest-mtn.com in the Mapbox account.
mapboxgl.accessToken = '@@pk@@';

export function trailMap(container) {
  const map = new mapboxgl.Map({
    container,
    style: 'mapbox://styles/pinecrest-mtn/clx0trailmap2425',
    center: [-106.371, 39.598],
    zoom: 13.4,
    pitch: 55,
    bearing: -20,
  });
  map.on('load', () => {
    map.addSource('lifts', { type: 'geojson', data: '/api/lifts.geojson' });
    map.addLayer({ id: 'lifts', type: 'line', source: 'lifts', paint: { 'line-color': '#111', 'line-width': 2 } });
  });
  return map;
}
""", pk=pk), "Mapbox docs: public tokens (pk.) in client-side code, URL restrictions")

decoy("terraform/decoy-vault-reference", "infra/terraform/liftops/secrets.tf", r"""
data "vault_kv_secret_v2" "liftbridge" {
  mount = "secret"
  name  = "liftops/liftbridge"
}

resource "kubernetes_secret_v1" "liftbridge" {
  metadata {
    name      = "liftbridge"
    namespace = "lift-access"
  }
  data = {
    SKIDATA_USER     = data.vault_kv_secret_v2.liftbridge.data["skidata_user"]
    SKIDATA_PASSWORD = data.vault_kv_secret_v2.liftbridge.data["skidata_password"]
    MQTT_PASSWORD    = data.vault_kv_secret_v2.liftbridge.data["mqtt_password"]
  }
}
""".lstrip("\n"), "Terraform Vault provider: vault_kv_secret_v2 data source")

pgp_body = "\n".join(chars(64, ALNUM + "+/") for _ in range(14)) + "\n" + chars(30, ALNUM + "+/") + "\n=" + chars(4, ALNUM + "+/")
decoy("pgp/decoy-public-key", "security/pgp/lift-it-team.asc",
      "-----BEGIN PGP PUBLIC KEY BLOCK-----\nComment: Lift IT <lift-it@pinecrest-mtn.com>\n\nmQINBG" + pgp_body + "\n-----END PGP PUBLIC KEY BLOCK-----\n",
      "RFC 4880 ASCII armor: PGP public key block")

decoy("csproj/decoy-identifier", "pos/src/Pinecrest.Pos.Web/Pinecrest.Pos.Web.csproj", fill(r"""
<Project Sdk="Microsoft.NET.Sdk.Web">

  <PropertyGroup>
    <TargetFramework>net8.0</TargetFramework>
    <Nullable>enable</Nullable>
    <ImplicitUsings>enable</ImplicitUsings>
    <!-- dotnet user-secrets: values live in the developer's profile, not in the repo -->
    <UserSecretsId>@@id@@</UserSecretsId>
  </PropertyGroup>

  <ItemGroup>
    <PackageReference Include="Microsoft.Data.SqlClient" Version="5.2.2" />
    <PackageReference Include="Azure.Extensions.AspNetCore.Configuration.Secrets" Version="1.3.2" />
  </ItemGroup>

</Project>
""", id=uuid()), "Microsoft Learn: Safe storage of app secrets in development (UserSecretsId)")

decoy("ruby/decoy-code-reads-secret", "tuneshop/app/services/square_checkout.rb", r"""
# frozen_string_literal: true

class SquareCheckout
  def initialize(credentials: Rails.application.credentials)
    @client = Square::Client.new(
      access_token: credentials.dig(:square, :access_token),
      environment: Rails.env.production? ? "production" : "sandbox"
    )
    @location_id = credentials.dig(:square, :location_id)
  end

  def payment_link(ticket)
    @client.checkout.create_payment_link(body: {
      idempotency_key: SecureRandom.uuid,
      quick_pay: { name: "Tune ##{ticket.number}", price_money: { amount: ticket.total_cents, currency: "USD" },
                   location_id: @location_id }
    }).data.payment_link[:url]
  end
end
""".lstrip("\n"), "Rails guides: encrypted credentials (Rails.application.credentials.dig)")

decoy("shell/decoy-prompt", "reports/scripts/adhoc_query.sh", r"""
#!/usr/bin/env bash
# Ad-hoc read-only query against the rentals warehouse; asks for your own AD password.
set -euo pipefail
read -r -p "AD user: " AD_USER
read -r -s -p "Password for ${AD_USER}: " AD_PASSWORD
echo
sqlcmd -S dw01.pinecrest.local -d RentalsDW -U "PINECREST\\${AD_USER}" -P "${AD_PASSWORD}" -K ReadOnly -Q "${1:?query}"
unset AD_PASSWORD
""".lstrip("\n"), "bash read -s; sqlcmd(1) options")

decoy("powershell/decoy-vault-reference", "it/staffing/Remove-SeasonalUsers.ps1", r"""
# End of season: disable the seasonal accounts. The app secret comes from the SecretManagement vault.
Import-Module Microsoft.PowerShell.SecretManagement
$secret = Get-Secret -Name 'EntraStaffingApp' -Vault 'ITKeePass'
$cred   = New-Object System.Management.Automation.PSCredential('9b3f0c7e-1a2d-4e5f-8a6b-7c8d9e0f1a2b', $secret)
Connect-MgGraph -TenantId 'pinecrest-mtn.com' -ClientSecretCredential $cred -NoWelcome

Get-MgUser -Filter "employeeType eq 'Seasonal' and accountEnabled eq true" -All | ForEach-Object {
    Update-MgUser -UserId $_.Id -AccountEnabled:$false
    Write-Host "disabled $($_.UserPrincipalName)"
}
""".lstrip("\n"), "Microsoft.PowerShell.SecretManagement: Get-Secret")

n = chars(342, URLSAFE)
decoy("json/decoy-public-key", "instructor-api/public/.well-known/jwks.json", fill(r"""
{
  "keys": [
    {
      "kty": "RSA",
      "use": "sig",
      "alg": "RS256",
      "kid": "@@kid@@",
      "n": "@@n@@",
      "e": "AQAB"
    }
  ]
}
""", kid=hexs(16), n=n), "RFC 7517 JSON Web Key Set (public RSA keys)")

decoy("javascript/decoy-vendor-example", "pass-checkout/test/adyen.test.js", r"""
const { createSession } = require('../server/adyen');

// Uses Stripe's published documentation key for the legacy comparison test; test mode, no account behind it.
const STRIPE_DOCS_KEY = 'sk_test_4eC39HqLyjWDarjtT1zdp7dc';

jest.mock('@adyen/api-library', () => {
  const sessions = jest.fn().mockResolvedValue({ id: 'CS1234567890', sessionData: 'Ab02b4c0!' });
  return {
    Client: jest.fn(),
    CheckoutAPI: jest.fn(() => ({ PaymentsApi: { sessions } })),
  };
});

test('creates a session in USD with the order total', async () => {
  const session = await createSession({ id: 'ord_42', totalCents: 94900, email: 'guest@example.com' });
  expect(session.id).toBe('CS1234567890');
  expect(STRIPE_DOCS_KEY.startsWith('sk_test_')).toBe(true);
});
""".lstrip("\n"), "Stripe API reference sample key (sk_test_4eC39HqLyjWDarjtT1zdp7dc); Jest mocks")

fw = ["gatectl-3.4.1-armhf.bin", "gatectl-3.4.1-arm64.bin", "reader-fw-2.9.0.hex", "passenc-1.7.2.msi"]
decoy("text/decoy-checksum", "gatectl/releases/3.4.1/SHA256SUMS",
      "".join(f"{hexs(64)}  {f}\n" for f in fw) + f"# signed: SHA256SUMS.asc (key {hexs(40).upper()})\n",
      "GNU coreutils sha256sum output format")

pk2 = stripe_pk()
decoy("env/decoy-publishable-key", "pass-web/.env.production", fill(r"""
# Build-time values baked into the browser bundle: all public by design.
VITE_API_BASE=https://api.passes.pinecrest-mtn.com
VITE_STRIPE_PUBLISHABLE_KEY=@@pk@@
VITE_MAPBOX_TOKEN=@@mb@@
VITE_ALGOLIA_APP_ID=@@app@@
VITE_RECAPTCHA_SITE_KEY=6L@@site@@
""", pk=pk2, mb=mapbox_token("pk", "pinecrest-mtn"), app=app_id, site=chars(38, URLSAFE)),
      "Vite docs: VITE_ env variables are exposed to client code; Stripe/Mapbox public keys")


assert SEED_LO <= _SEED[0] <= SEED_HI
