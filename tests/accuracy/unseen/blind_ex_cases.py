"""Blind set EX: self-storage operators, their sites and their vendors.

Gate keypads and access control (PTI StorLogix / Falcon XT, OpenTech INSOMNIAC, Sentinel, Brivo,
Kisi, Nokē Smart Entry, cellular gate modems), unit lock IoT (MQTT, LoRaWAN, Particle, Azure and
AWS IoT, Bluetooth locks), lien-sale auction portals, tenant management software (SiteLink,
storEDGE, Yardi, WordPress and Laravel rental sites), security camera NVRs (Hikvision, Dahua,
Axis, Milestone, Frigate, ZoneMinder, Shinobi), online rental and payments (Stripe,
Authorize.net, Braintree, Square, Forte, CardConnect), and their decoys.
Generated fakes only (seeds 1640000-1649999).
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
HEX = "0123456789abcdef"
UPPER_ALNUM = string.ascii_uppercase + string.digits
B32 = string.ascii_uppercase + "234567"
B64 = ALNUM + "+/"
B64URL = ALNUM + "-_"
SEED_LOW, SEED_HIGH = 1640000, 1649999
_SEED = [SEED_LOW]


def _seed() -> int:
    _SEED[0] += 7
    assert SEED_LOW <= _SEED[0] <= SEED_HIGH
    return _SEED[0]


def _rng() -> random.Random:
    return random.Random(_seed())


WORDS = ["Padlock", "Gatehouse", "Mesquite", "Bluebonnet", "Cobalt", "Redwood", "Prairie", "Hickory",
         "Osprey", "Sierra", "Pelican", "Cypress", "Juniper", "Falcon", "Magnolia", "Bison", "Lakeline",
         "Granite", "Tamarack", "Sandhill", "Boxcar", "Forklift", "Canyon", "Harbor", "Pinecone"]
LOWER = ["anchor", "violet", "pepper", "mosaic", "lantern", "tundra", "saddle", "walnut", "ember",
         "pixel", "orchid", "trumpet", "lagoon", "quarry", "biscuit", "gravel", "meadow", "cactus"]


def alnum(n: int, extra: str = "") -> str:
    r = _rng()
    return "".join(r.choice(ALNUM + extra) for _ in range(n))


def mixed(n: int, extra: str = "") -> str:
    """n characters with both cases and a digit (bounded retries, then forced)."""
    r = _rng()
    value = ""
    for _ in range(50):
        value = "".join(r.choice(ALNUM + extra) for _ in range(n))
        if any(c.isdigit() for c in value) and any(c.isupper() for c in value) and any(c.islower() for c in value):
            return value
    return "Q7" + value[2:-1] + "x"


def chars(n: int, alphabet: str) -> str:
    r = _rng()
    return "".join(r.choice(alphabet) for _ in range(n))


def hexs(n: int) -> str:
    return chars(n, HEX)


def words_pw() -> str:
    r = _rng()
    return r.choice(WORDS) + r.choice("!#$%*@") + r.choice(WORDS) + str(r.randint(10, 9999))


def human_pw() -> str:
    """What a person picks: a word, a number, a symbol, in some order."""
    r = _rng()
    word, other = r.sample(WORDS, 2)
    style = r.randint(0, 3)
    if style == 0:
        return f"{word}{other}{r.randint(10, 99)}{r.choice('!#$*')}"
    if style == 1:
        return f"{word.lower()}{r.choice('.-_')}{other}{r.randint(100, 9999)}"
    if style == 2:
        return f"{r.choice('!#$*')}{word}{r.randint(1990, 2031)}{other[:3].lower()}"
    return f"{word}{r.randint(1, 9)}{r.choice('!#$*')}{other.lower()}{r.randint(10, 99)}"


def url_pw(n: int = 20) -> str:
    """A generated password that needs no escaping in a URL."""
    return mixed(n)


def gen_pw(n: int = 24) -> str:
    """A password manager's generated password, with symbols."""
    return mixed(n, "!#%*+-=?^_~")


def passphrase() -> str:
    r = _rng()
    return "-".join(r.sample(LOWER, 4)) + str(r.randint(1, 99))


def uuid_s() -> str:
    return fakes.uuid4(_seed())


def b64(value: str) -> str:
    return base64.b64encode(value.encode()).decode()


def b64url_json(obj: dict) -> str:
    return base64.urlsafe_b64encode(json.dumps(obj, separators=(",", ":")).encode()).decode().rstrip("=")


def jwt(payload: dict) -> str:
    header = b64url_json({"alg": "HS256", "typ": "JWT"})
    return f"{header}.{b64url_json(payload)}.{chars(43, B64URL)}"


def pem_body(lines: int, first: str = "MII") -> List[str]:
    r = _rng()
    body = [first + "".join(r.choice(B64) for _ in range(64 - len(first)))]
    body += ["".join(r.choice(B64) for _ in range(64)) for _ in range(lines - 2)]
    body.append("".join(r.choice(B64) for _ in range(r.randint(20, 60))) + r.choice(["", "=", "=="]))
    return body


def private_key(kind: str = "RSA", lines: int = 25) -> str:
    label = f"{kind} PRIVATE KEY" if kind else "PRIVATE KEY"
    first = {"RSA": "MIIE", "EC": "MHcCAQEEI", "": "MIIE"}.get(kind, "MII")
    return f"-----BEGIN {label}-----\n" + "\n".join(pem_body(lines, first)) + f"\n-----END {label}-----"


def openssh_key(lines: int = 7) -> str:
    r = _rng()
    body = ["b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW"]
    body += ["".join(r.choice(B64) for _ in range(70)) for _ in range(lines - 2)]
    body.append("".join(r.choice(B64) for _ in range(24)) + "==")
    return "-----BEGIN OPENSSH PRIVATE KEY-----\n" + "\n".join(body) + "\n-----END OPENSSH PRIVATE KEY-----"


def certificate(lines: int = 18) -> str:
    return "-----BEGIN CERTIFICATE-----\n" + "\n".join(pem_body(lines, "MIID")) + "\n-----END CERTIFICATE-----"


def bcrypt_hash(cost: int = 12, prefix: str = "$2b$") -> str:
    return f"{prefix}{cost:02d}$" + chars(53, ALNUM + "./")


# Vendor shapes -------------------------------------------------------------------------------

def stripe_secret(kind: str = "sk") -> str:
    r = _rng()
    if r.random() < 0.5:
        return f"{kind}_live_" + "".join(r.choice(ALNUM) for _ in range(24))
    return f"{kind}_live_51" + "".join(r.choice(ALNUM) for _ in range(97))


def sendgrid_key() -> str:
    return "SG." + chars(22, B64URL) + "." + chars(43, B64URL)


def slack_webhook() -> str:
    return ("https://hooks.slack.com/services/T" + chars(8, UPPER_ALNUM) + "/B" + chars(10, UPPER_ALNUM)
            + "/" + alnum(24))


def azure_account_key() -> str:
    return chars(86, B64) + "=="


def google_api_key() -> str:
    return "AIzaSy" + chars(33, B64URL)


def azure_client_secret() -> str:
    return alnum(3) + "8Q~" + chars(34, ALNUM + "_.-~")


def aws_pair() -> tuple:
    return fakes.aws_key_id(_seed()), fakes.aws_secret_key(_seed())


def mapbox_token(kind: str, user: str) -> str:
    return f"{kind}." + b64url_json({"u": user, "a": "cl" + chars(23, string.ascii_lowercase + string.digits)}) + "." + chars(22, B64URL)


# Case builders -------------------------------------------------------------------------------

CASES: List[LabelledCase] = []
_LEFT = re.compile(r"<<[a-z0-9_]+>>")


def T(template: str, **values: str) -> str:
    """The template with each <<name>> filled; one leading newline dropped."""
    text = template[1:] if template.startswith("\n") else template
    for name, value in values.items():
        text = text.replace(f"<<{name}>>", value)
    assert not _LEFT.search(text), _LEFT.search(text)
    return text


def tabs(text: str) -> str:
    """Go sources are indented with tabs (gofmt)."""
    return re.sub(r"(?m)^((?:    )+)", lambda m: "\t" * (len(m.group(1)) // 4), text)


def S(fmt: str, kind: str, file_name: str, text: str, secret: str, source: str) -> None:
    CASES.append(LabelledCase(f"blind-ex/{fmt}/{kind}", file_name, text, secret, source))


def D(fmt: str, kind: str, file_name: str, text: str, source: str) -> None:
    CASES.append(LabelledCase(f"blind-ex/{fmt}/decoy-{kind}", file_name, text, None, source))


# =============================================================================================
# Gate keypads and access control
# =============================================================================================

pw = words_pw()
S("yaml", "gate-controller-password", "deploy/sites/tx-austin-042/gate.yaml", T(r"""
# Site integration settings: Lakeline Self Storage (site 042)
# Synced to the gate bridge by deploy/sync_sites.py -- one file per site.
site:
  id: tx-austin-042
  name: Lakeline Self Storage
  timezone: America/Chicago
  pms: sitelink
  sitelink_location_code: L042

access_control:
  vendor: pti
  product: falcon-xt
  controller:
    host: 10.42.0.20
    port: 4001
    protocol: tcp
    username: bridge
    password: "<<pw>>"
  keypads:
    - name: Entry keypad
      address: 1
      direction: in
    - name: Exit keypad
      address: 2
      direction: out
  door_alarms:
    enabled: true
    zones: 212
  access_hours:
    weekdays: "06:00-22:00"
    weekends: "07:00-21:00"
  holiday_hours:
    - date: 2024-12-25
      closed: true
""", pw=pw), pw, "PTI Security Systems Falcon XT / StorLogix controller integration settings (install guide)")

pw = human_pw()
S("ini", "sql-server-password", "site-server/StorLogix.ini", T(r"""
; StorLogix site server configuration
; Generated by StorLogix Setup - do not edit while the StorLogix service is running
[General]
SiteName=Rockwall Climate Storage
SiteNumber=117
LogLevel=2
CommPort=COM3
BaudRate=9600

[Database]
Provider=SQLOLEDB
Server=RCS-OFFICE01\SQLEXPRESS
Database=StorLogix
Integrated Security=False
User ID=slx_service
Password=<<pw>>

[Interface]
PMS=SiteLink
PollIntervalSeconds=30
ImportTenants=True
DenyOnDelinquent=True
DelinquentDays=10

[Alarms]
UnitAlarmsEnabled=True
AfterHoursAlarm=True
""", pw=pw), pw, "PTI StorLogix site server settings; SQL Server OLE DB connection keywords (Microsoft docs)")

pw = gen_pw(20)
S("json", "sql-server-password", "src/GateBridge/appsettings.Production.json", T(r"""
{
  "Logging": {
    "LogLevel": {
      "Default": "Information",
      "Microsoft.AspNetCore": "Warning"
    }
  },
  "ConnectionStrings": {
    "StorLogix": "Server=10.117.0.5,1433;Database=StorLogix;User Id=gate_bridge;Password=<<pw>>;Encrypt=True;TrustServerCertificate=True;",
    "Redis": "localhost:6379"
  },
  "GateBridge": {
    "SiteId": "tx-rockwall-117",
    "PollSeconds": 15,
    "PushUrl": "https://ops.lonestarstorage.com/api/gate-events"
  },
  "AllowedHosts": "*"
}
""", pw=pw), pw, "ASP.NET Core appsettings.json ConnectionStrings; SqlClient connection string keywords (Microsoft docs)")

secret = mixed(32)
S("python", "oauth-client-secret", "integrations/brivo/sync.py", T(r"""
'''Brivo Access sync: pushes move-ins and lockouts from the PMS to Brivo groups.'''
import os

import requests

BRIVO_AUTH_URL = "https://auth.brivo.com/oauth/token"
BRIVO_API = "https://api.brivo.com/v1/api"
CLIENT_ID = "<<cid>>"
CLIENT_SECRET = "<<secret>>"


def token() -> str:
    resp = requests.post(
        BRIVO_AUTH_URL,
        params={"grant_type": "password",
                "username": os.environ["BRIVO_USER"],
                "password": os.environ["BRIVO_PASSWORD"]},
        auth=(CLIENT_ID, CLIENT_SECRET),
        headers={"api-key": os.environ["BRIVO_API_KEY"]},
        timeout=20,
    )
    resp.raise_for_status()
    return resp.json()["access_token"]


def lock_out(user_id: int, group_id: int) -> None:
    headers = {"Authorization": f"bearer {token()}", "api-key": os.environ["BRIVO_API_KEY"]}
    r = requests.delete(f"{BRIVO_API}/groups/{group_id}/users/{user_id}", headers=headers, timeout=20)
    r.raise_for_status()


def restore(user_id: int, group_id: int) -> None:
    headers = {"Authorization": f"bearer {token()}", "api-key": os.environ["BRIVO_API_KEY"]}
    r = requests.put(f"{BRIVO_API}/groups/{group_id}/users/{user_id}", headers=headers, timeout=20)
    r.raise_for_status()
""", cid=uuid_s(), secret=secret), secret, "Brivo Access API OAuth2 password grant (Brivo developer portal)")

key = hexs(32)
S("js", "kisi-api-key", "gate-sync/src/kisi.js", T(r"""
// Kisi sync for unstaffed facilities: grants tenants the gate lock on move-in, removes it on lockout.
const axios = require('axios');

const kisi = axios.create({
  baseURL: 'https://api.kisi.io',
  headers: {
    Authorization: 'KISI-LOGIN <<key>>',
    'Content-Type': 'application/json',
    Accept: 'application/json',
  },
  timeout: 10000,
});

async function grantGateAccess(email, groupId) {
  const { data } = await kisi.post('/role_assignments', {
    role_assignment: { user_email: email, role_id: 'group_basic', group_id: groupId, notify: true },
  });
  return data.id;
}

async function revokeGateAccess(assignmentId) {
  await kisi.delete(`/role_assignments/${assignmentId}`);
}

module.exports = { grantGateAccess, revokeGateAccess };
""", key=key), key, "Kisi API authentication: Authorization: KISI-LOGIN <api key> (Kisi API reference)")

token = jwt({"sub": "svc-rent-sync", "cid": 4412, "scope": "units:write sites:read", "iat": 1706812345})
S("go", "bearer-jwt", "internal/noke/client.go", tabs(T(r"""
package noke

import (
    "bytes"
    "encoding/json"
    "fmt"
    "net/http"
    "time"
)

const (
    baseURL  = "https://api.smartentry.noke.com/v1"
    // service token issued in the Smart Entry portal for the rent-sync worker
    apiToken = "<<token>>"
)

type Client struct{ http *http.Client }

func New() *Client { return &Client{http: &http.Client{Timeout: 15 * time.Second}} }

type unitStatus struct {
    UnitName string `json:"unitName"`
    Status   string `json:"status"`
}

// Overlock flags a delinquent unit so the Smart Entry lock refuses the tenant's phone key.
func (c *Client) Overlock(site, unit string) error {
    body, _ := json.Marshal(unitStatus{UnitName: unit, Status: "overlocked"})
    url := fmt.Sprintf("%s/sites/%s/units/status", baseURL, site)
    req, err := http.NewRequest(http.MethodPost, url, bytes.NewReader(body))
    if err != nil {
        return err
    }
    req.Header.Set("Authorization", "Bearer "+apiToken)
    req.Header.Set("Content-Type", "application/json")
    resp, err := c.http.Do(req)
    if err != nil {
        return err
    }
    defer resp.Body.Close()
    if resp.StatusCode >= 300 {
        return fmt.Errorf("noke: overlock %s/%s: %s", site, unit, resp.Status)
    }
    return nil
}
""", token=token)), token, "Bearer JWT (RFC 7519) for a smart-lock vendor API; Go net/http client")

pw = words_pw()
S("shell", "ssh-password", "scripts/pull_gate_activity.sh", T(r"""
#!/usr/bin/env bash
# Pull the day's gate activity CSVs from each site's gate Pi into the reporting share.
set -euo pipefail

SITES=(ga-marietta-017 ga-kennesaw-021 ga-smyrna-030)
DEST=/mnt/reports/gate-activity/$(date +%F)
export SSHPASS='<<pw>>'

mkdir -p "$DEST"
for site in "${SITES[@]}"; do
  host="gate-${site}.vpn.peachstatestorage.net"
  echo "==> ${site}"
  sshpass -e scp -o StrictHostKeyChecking=accept-new \
    "pi@${host}:/var/lib/gatebridge/activity-$(date +%F).csv" \
    "${DEST}/${site}.csv" || echo "   !! ${site} unreachable"
done
""", pw=pw), pw, "sshpass(1) -e reads the password from SSHPASS")

pw = human_pw()
S("powershell", "sql-credential-password", "Scripts/Backup-SentinelDb.ps1", T(r"""
<#
    Backup-SentinelDb.ps1
    Nightly backup of the Sentinel gate database on the office PC, copied to the NAS.
#>
param(
    [string]$SqlInstance = "localhost\SENTINEL",
    [string]$Destination = "\\nas01\backups\sentinel"
)

$ErrorActionPreference = 'Stop'
$user = 'sentinel_bk'
$secure = ConvertTo-SecureString '<<pw>>' -AsPlainText -Force
$cred = New-Object System.Management.Automation.PSCredential($user, $secure)

$stamp = Get-Date -Format 'yyyyMMdd-HHmm'
$file = Join-Path $env:TEMP "Sentinel-$stamp.bak"

Backup-SqlDatabase -ServerInstance $SqlInstance -Database 'SentinelGate' -BackupFile $file -Credential $cred
Copy-Item $file -Destination $Destination
Remove-Item $file
Write-Host "Backed up SentinelGate to $Destination\Sentinel-$stamp.bak"
""", pw=pw), pw, "PowerShell ConvertTo-SecureString -AsPlainText; SqlServer module Backup-SqlDatabase (Microsoft docs)")

key = mixed(40)
S("properties", "gate-api-key", "gate-bridge/src/main/resources/application-prod.properties", T(r"""
# gate-bridge production profile
spring.application.name=gate-bridge
server.port=8085
logging.level.com.cubbyhole.gate=INFO

opentech.insomniac.base-url=https://api.opentechalliance.com/v2
opentech.insomniac.account-id=30418
opentech.insomniac.api-key=<<key>>
opentech.insomniac.timeout-ms=8000

sitelink.corp-code=CCBH
sitelink.location-codes=L001,L002,L005
sitelink.username=${SITELINK_USER}
sitelink.password=${SITELINK_PASSWORD}

management.endpoints.web.exposure.include=health,info
""", key=key), key, "Spring Boot application.properties; OpenTech Alliance INSOMNIAC integration settings")

secret = passphrase()
S("js", "node-red-credential-secret", "gate-pi/node-red/settings.js", T(r"""
/**
 * Node-RED settings for the gate controller Pi (site 021).
 * Only the settings we change from the defaults are kept here.
 */
module.exports = {
    flowFile: 'flows.json',
    flowFilePretty: true,
    credentialSecret: "<<secret>>",
    uiPort: process.env.PORT || 1880,
    mqttReconnectTime: 15000,
    serialReconnectTime: 15000,
    debugMaxLength: 1000,
    adminAuth: {
        type: "credentials",
        users: [{
            username: "admin",
            password: "<<hash>>",
            permissions: "*"
        }]
    },
    functionGlobalContext: {
        siteId: 'ga-kennesaw-021',
    },
    logging: {
        console: { level: "info", metrics: false, audit: false }
    },
    editorTheme: { projects: { enabled: false } }
}
""", secret=secret, hash=bcrypt_hash(8)), secret, "Node-RED settings.js credentialSecret (Node-RED user guide, securing Node-RED)")

psk = human_pw()
S("wpa-supplicant", "wifi-psk", "gate-pi/boot/wpa_supplicant.conf", T(r"""
ctrl_interface=DIR=/var/run/wpa_supplicant GROUP=netdev
update_config=1
country=US

# office Wi-Fi; the gate Pi falls back to the LTE modem on eth0 when it is down
network={
    ssid="RCS-Office"
    psk="<<psk>>"
    key_mgmt=WPA-PSK
    priority=10
}
""", psk=psk), psk, "wpa_supplicant.conf(5) network block psk (Raspberry Pi headless setup docs)")

ecm_key = hexs(40)
S("python", "cradlepoint-api-key", "tools/netcloud_modem_check.py", T(r"""
#!/usr/bin/env python3
'''Flag gate modems (Cradlepoint IBR900) that have been offline for more than 15 minutes.'''
import datetime as dt

import requests

HEADERS = {
    "X-CP-API-ID": "b3c1a9e2",
    "X-CP-API-KEY": "<<cpkey>>",
    "X-ECM-API-ID": "<<ecmid>>",
    "X-ECM-API-KEY": "<<ecmkey>>",
    "Content-Type": "application/json",
}
URL = "https://www.cradlepointecm.com/api/v2/routers/"


def offline_routers(minutes: int = 15):
    cutoff = dt.datetime.now(dt.timezone.utc) - dt.timedelta(minutes=minutes)
    params = {"fields": "id,name,state,state_updated_at", "limit": 500}
    resp = requests.get(URL, headers=HEADERS, params=params, timeout=30)
    resp.raise_for_status()
    for router in resp.json()["data"]:
        updated = dt.datetime.fromisoformat(router["state_updated_at"].replace("Z", "+00:00"))
        if router["state"] != "online" and updated < cutoff:
            yield router["name"], updated


if __name__ == "__main__":
    for name, since in offline_routers():
        print(f"{name:30} offline since {since:%Y-%m-%d %H:%M}")
""", cpkey=hexs(32), ecmid=uuid_s(), ecmkey=ecm_key), ecm_key, "Cradlepoint NetCloud Manager API v2 headers X-CP-API-ID/KEY, X-ECM-API-ID/KEY")

pw = gen_pw(18)
S("mikrotik", "router-user-password", "network/sites/fl-tampa-011.rsc", T(r"""
# 2024-03-18 11:02:41 by RouterOS 7.13.5
# model = RB4011iGS+
/interface bridge
add name=bridge-lan
/interface vlan
add interface=bridge-lan name=vlan20-cameras vlan-id=20
add interface=bridge-lan name=vlan30-gate vlan-id=30
/ip address
add address=10.11.0.1/24 interface=bridge-lan
add address=10.11.20.1/24 interface=vlan20-cameras
add address=10.11.30.1/24 interface=vlan30-gate
/ip firewall filter
add action=accept chain=forward src-address=10.11.30.0/24 dst-address=10.11.0.10 comment="gate -> office PC"
add action=drop chain=forward src-address=10.11.20.0/24 out-interface=ether1 comment="cameras never reach WAN"
/system identity
set name=fl-tampa-011-core
/user
add name=storops group=full password="<<pw>>" comment="ops team"
/ip service
set telnet disabled=yes
set ftp disabled=yes
set www disabled=yes
""", pw=pw), pw, "MikroTik RouterOS /export script; /user add password= (MikroTik manual)")

key = hexs(40)
S("python", "meraki-api-key", "network/meraki_clients.py", T(r"""
import csv
import sys

import meraki

# read-only org key for the camera VLAN audit
dashboard = meraki.DashboardAPI("<<key>>", suppress_logging=True)

ORG_ID = "549236"


def camera_clients(network_id: str):
    for client in dashboard.networks.getNetworkClients(network_id, timespan=86400, perPage=1000, total_pages="all"):
        if client.get("vlan") == 20:
            yield client["description"] or "", client["ip"], client["mac"]


def main() -> None:
    writer = csv.writer(sys.stdout)
    writer.writerow(["network", "name", "ip", "mac"])
    for net in dashboard.organizations.getOrganizationNetworks(ORG_ID):
        for name, ip, mac in camera_clients(net["id"]):
            writer.writerow([net["name"], name, ip, mac])


if __name__ == "__main__":
    main()
""", key=key), key, "Cisco Meraki Dashboard API Python library: meraki.DashboardAPI(api_key)")

pw = words_pw()
S("ansible", "unifi-password", "ansible/host_vars/nvr-ga-017.yml", T(r"""
---
# UniFi OS console at Marietta (site 017): cameras + door hub
unifi_host: 10.17.0.2
unifi_site: default
unifi_username: ansible
unifi_password: "<<pw>>"
unifi_verify_ssl: false

camera_vlan: 20
cameras:
  - name: Gate entry LPR
    mac: "74:ac:b9:12:0a:41"
    recording: always
  - name: Building A hall 1
    mac: "74:ac:b9:12:0a:5c"
    recording: motion
  - name: Office
    mac: "74:ac:b9:12:0b:02"
    recording: motion
""", pw=pw), pw, "Ansible host_vars YAML; UniFi controller API login")

pw = human_pw()
S("markdown", "modem-admin-password", "docs/runbooks/gate-modem-airlink.md", T(r"""
# Gate modem (Sierra Wireless AirLink RV50X) -- field runbook

The gate keypads at the rural sites talk to the cloud through an RV50X on the office wall.

## Symptoms
- Keypad shows `NO HOST` or tenants get "Access denied -- call office" with valid codes.
- The site shows offline in the access-control dashboard.

## Steps
1. Check the modem LEDs: Network should be solid green, Signal at least two bars.
2. From the office PC open `https://192.168.13.31:9443` (ACEmanager).
3. Log in as `user` with password `<<pw>>`.
4. Status > WAN/Cellular: note RSSI and SINR; under -100 dBm call the carrier.
5. Admin > Reboot. Wait four minutes and test a code at the keypad.

## Escalation
If the site is still offline, open a P2 ticket for Network Ops and put the gate in
"free exit / keypad entry only" mode from the controller menu.
""", pw=pw), pw, "Sierra Wireless ACEmanager (AirLink RV50X user guide) in a Markdown runbook")

# --- access control decoys -------------------------------------------------------------------

D("yaml", "env-reference", "deploy/sites/tx-georgetown-051/gate.yaml", T(r"""
# Site integration settings: Georgetown Self Storage (site 051)
# Secrets are injected by the bridge from its environment at start-up.
site:
  id: tx-georgetown-051
  name: Georgetown Self Storage
  timezone: America/Chicago
  pms: sitelink
  sitelink_location_code: L051

access_control:
  vendor: pti
  product: falcon-xt
  controller:
    host: 10.51.0.20
    port: 4001
    protocol: tcp
    username: bridge
    password: "${PTI_CONTROLLER_PASSWORD}"
  keypads:
    - name: Entry keypad
      address: 1
      direction: in
    - name: Exit keypad
      address: 2
      direction: out
""", ), "Environment-variable reference in a YAML config")

D("markdown", "access-code-format", "docs/tenant-help/gate-codes.md", T(r"""
# Your gate code

Every tenant gets a personal gate code when the lease is signed. The code opens the main gate
and, at climate-controlled buildings, the building door keypads.

| Site type | Code length | Example | Enter as |
|-----------|-------------|---------|----------|
| Standard  | 4-6 digits  | `1234`  | code then `#` |
| Kiosk     | 7 digits    | `5551234` | code then `*` |
| Smart Entry (app) | none | -- | tap "Open gate" in the app |

- Codes are never e-mailed; find yours in the tenant portal under **My units > Access**.
- Three wrong codes in a row lock the keypad for two minutes.
- A delinquent account (10+ days past due) is locked out at the gate automatically; pay online
  and the code works again within five minutes.
- Need a code for a friend or a mover? Ask the office for a temporary code, valid 24 hours.

Office staff: see `docs/runbooks/gate-override.md` for manual overrides.
"""), "Tenant help page on self-storage gate keypad codes (PTI/OpenTech keypad user guides)")

rows = ["timestamp,site,keypad,unit,result,code_hash"]
r = _rng()
for i in range(14):
    rows.append(f"2024-05-0{r.randint(1, 9)}T{r.randint(6, 21):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d}-05:00,"
                f"ga-marietta-017,{r.choice(['entry', 'exit', 'bldgA'])},{r.choice('ABC')}{r.randint(100, 340)},"
                f"{r.choice(['granted', 'granted', 'granted', 'denied-delinquent', 'denied-invalid'])},"
                f"{''.join(r.choice(HEX) for _ in range(12))}")
D("csv", "gate-log", "reports/gate-activity/2024-05-ga-marietta-017.csv", "\n".join(rows) + "\n",
  "Gate activity export (PTI StorLogix activity report); codes stored as truncated hashes")

D("python", "code-generator", "gatecodes/generate.py", T(r"""
'''Gate code generation for new leases.

Codes are random digits, unique per site, never sequential or repeated digits only.
'''
import secrets

DIGITS = "0123456789"
BANNED = {"1234", "0000", "1111", "2580", "9999", "12345", "123456"}


def new_code(existing: set, length: int = 6) -> str:
    for _ in range(1000):
        code = "".join(secrets.choice(DIGITS) for _ in range(length))
        if code in BANNED or len(set(code)) == 1 or code in existing:
            continue
        if code in "0123456789" or code in "9876543210":
            continue
        return code
    raise RuntimeError("could not find a free gate code; widen the length")


def test_codes_are_unique():
    seen = set()
    for _ in range(200):
        code = new_code(seen)
        assert code not in seen
        seen.add(code)
"""), "Python secrets module (docs.python.org) for a gate-code generator")

r = _rng()
D("json", "encrypted-credentials", "gate-pi/node-red/exports/gate-mqtt-flow.json", T(r"""
{
    "flows": [
        {"id": "a41c7e2f9b0d3c15", "type": "tab", "label": "Gate events", "disabled": false},
        {"id": "5e9d0b7a2c41f836", "type": "mqtt-broker", "name": "site broker", "broker": "10.21.0.5",
         "port": "8883", "tls": "c2f7b0e14a9d5e31", "clientid": "nodered-ga021", "usetls": true},
        {"id": "0c3a8f51d7e2b964", "type": "mqtt in", "z": "a41c7e2f9b0d3c15", "name": "keypad events",
         "topic": "sites/ga-kennesaw-021/gate/#", "qos": "1", "broker": "5e9d0b7a2c41f836",
         "x": 140, "y": 100, "wires": [["7b1e4d09a3c5f2e8"]]}
    ],
    "credentials": {
        "$": "<<blob>>"
    }
}
""", blob="".join(r.choice(HEX) for _ in range(32)) + "".join(r.choice(B64) for _ in range(180))),
  "Node-RED flow export with encrypted credentials (credentials.$, encrypted with credentialSecret) (Node-RED docs)")

D("cisco-ios", "hashed-secret", "network/sites/ga-marietta-017/core-switch.cfg", T(r"""
!
version 15.2
hostname GA017-CORE
!
enable secret 9 $9$<<s1>>$<<h1>>
!
username netops privilege 15 secret 9 $9$<<s2>>$<<h2>>
!
vlan 20
 name CAMERAS
vlan 30
 name GATE
!
interface GigabitEthernet0/1
 description NVR uplink
 switchport access vlan 20
 switchport mode access
!
interface GigabitEthernet0/2
 description Gate controller
 switchport access vlan 30
 switchport mode access
!
ip ssh version 2
line vty 0 4
 login local
 transport input ssh
!
end
""", s1=chars(14, ALNUM + "./"), h1=chars(43, ALNUM + "./"), s2=chars(14, ALNUM + "./"), h2=chars(43, ALNUM + "./")),
  "Cisco IOS enable secret / username secret type 9 (scrypt) hashes (Cisco IOS security configuration guide)")

D("log", "redacted", "support/tickets/4471-gate-bridge.log", T(r"""
2024-04-02 07:58:11,402 INFO  gatebridge.main starting gate-bridge 3.4.1 site=tx-rockwall-117
2024-04-02 07:58:11,519 INFO  gatebridge.config loaded /etc/gatebridge/bridge.yaml
2024-04-02 07:58:11,520 DEBUG gatebridge.config opentech.api_key=**************** (redacted)
2024-04-02 07:58:11,521 DEBUG gatebridge.config sitelink.password=[REDACTED]
2024-04-02 07:58:12,003 INFO  gatebridge.pti connected to 10.117.0.20:4001
2024-04-02 07:58:42,118 WARN  gatebridge.sync tenant 88213 unit B214 delinquent -> lockout
2024-04-02 07:59:12,004 ERROR gatebridge.pti keypad 2 (exit) not responding, retry in 30s
2024-04-02 07:59:42,010 INFO  gatebridge.pti keypad 2 (exit) back online
2024-04-02 08:00:00,000 INFO  gatebridge.sync synced 412 tenants, 3 lockouts, 1 restore
"""), "Application log with secrets masked by the logger")

D("ini", "placeholder", "site-server/StorLogix.template.ini", T(r"""
; StorLogix site server configuration TEMPLATE
; Copy to StorLogix.ini on the office PC and fill in the values from the password manager.
[General]
SiteName=<site name>
SiteNumber=<site number>
LogLevel=2
CommPort=COM3
BaudRate=9600

[Database]
Provider=SQLOLEDB
Server=<OFFICE-PC>\SQLEXPRESS
Database=StorLogix
Integrated Security=False
User ID=slx_service
Password=CHANGE_ME

[Interface]
PMS=SiteLink
PollIntervalSeconds=30
"""), "Template INI with placeholders (PTI StorLogix setup)")

r = _rng()
D("ssh", "public-key", "gate-pi/home/pi/.ssh/authorized_keys", T(r"""
ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI<<k1>> ops-laptop-jmarsh
ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI<<k2>> ops-laptop-dbrooks
ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABgQ<<k3>> ansible@deploy01
# break-glass key, kept offline in the safe at HQ
ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI<<k4>> breakglass-2024
""", k1=chars(43, B64), k2=chars(43, B64), k3=chars(200, B64) + "=", k4=chars(43, B64)),
  "OpenSSH authorized_keys format (sshd(8) manual)")

D("pem", "certificate", "gate-pi/etc/gatebridge/tls/bridge.crt", certificate(20) + "\n",
  "X.509 certificate in PEM (RFC 7468); public by design")

# =============================================================================================
# Unit lock IoT
# =============================================================================================

pw = url_pw(22)
S("c", "mqtt-password", "firmware/lockhub/src/config.h", T(r"""
#ifndef LOCKHUB_CONFIG_H
#define LOCKHUB_CONFIG_H

/* Lock hub for a building corridor: relays BLE unit-lock events to the MQTT broker. */

#define FW_VERSION          "2.6.3"
#define HUB_SITE_ID         "fl-tampa-011"

#define WIFI_SSID           "FTS-IoT"
#define WIFI_USE_WPA2_ENT   0

#define MQTT_HOST           "mqtt.iot.sunbeltstorage.com"
#define MQTT_PORT           8883
#define MQTT_USERNAME       "lockhub-fl011"
#define MQTT_PASSWORD       "<<pw>>"
#define MQTT_TOPIC_EVENTS   "sites/" HUB_SITE_ID "/locks/events"
#define MQTT_TOPIC_CMD      "sites/" HUB_SITE_ID "/locks/cmd"
#define MQTT_KEEPALIVE_S    30

#define BLE_SCAN_WINDOW_MS  120
#define LOCK_BATTERY_WARN   20   /* percent */

#endif /* LOCKHUB_CONFIG_H */
""", pw=pw), pw, "C header #define credentials for an ESP32 MQTT client (Espressif esp-mqtt docs)")

key = private_key("RSA", 25)
S("cpp", "aws-iot-private-key", "firmware/lockhub/include/certs.h", T(r"""
#pragma once
// AWS IoT Core thing: lockhub-fl011 (policy LockHubPolicy)
// Endpoint: a2xq7lk3rt1z9y-ats.iot.us-east-1.amazonaws.com

static const char AWS_ROOT_CA_URL[] = "https://www.amazontrust.com/repository/AmazonRootCA1.pem";

static const char AWS_IOT_PRIVATE_KEY[] PROGMEM = R"KEY(
<<key>>
)KEY";
""", key=key), key, "AWS IoT Core device private key embedded in Arduino/ESP32 firmware (AWS IoT Arduino examples)")

r = _rng()
ttn = "NNSXS." + "".join(r.choice(B32) for _ in range(39)) + "." + "".join(r.choice(B32) for _ in range(52))
S("shell", "ttn-api-key", "lorawan/scripts/register_door_sensors.sh", T(r"""
#!/bin/sh
# Register the LoRaWAN door sensors of a building on The Things Stack (eu1 cluster).
# usage: register_door_sensors.sh sensors.csv
set -e

TTS=https://eu1.cloud.thethings.network/api/v3
APP=storvault-door-sensors
TTS_API_KEY="<<ttn>>"

tail -n +2 "$1" | while IFS=, read -r dev_id dev_eui join_eui; do
  curl -sS -X POST "$TTS/applications/$APP/devices" \
    -H "Authorization: Bearer $TTS_API_KEY" \
    -H "Content-Type: application/json" \
    -d "{\"end_device\":{\"ids\":{\"device_id\":\"$dev_id\",\"dev_eui\":\"$dev_eui\",\"join_eui\":\"$join_eui\"}}}"
  echo " registered $dev_id"
done
""", ttn=ttn), ttn, "The Things Stack API keys (NNSXS.…) as Bearer token (TTS docs, API authentication)")

appkey = hexs(32).upper()
S("yaml", "lorawan-app-key", "lorawan/devices/bldg-c-doors.yaml", T(r"""
# ChirpStack device import for building C roll-up door sensors (site tx-austin-042).
application: door-sensors
device_profile: dragino-lds02-us915
devices:
  - name: c101-door
    dev_eui: "a84041000181c101"
    join_eui: "a840410000000101"
    app_key: "<<appkey>>"
    tags:
      unit: C101
      building: C
  - name: c102-door
    dev_eui: "a84041000181c102"
    join_eui: "a840410000000101"
    app_key: "<<appkey>>"
    tags:
      unit: C102
      building: C
""", appkey=appkey), appkey, "LoRaWAN 1.0.x OTAA AppKey (root key) in a ChirpStack device import file")

token = hexs(40)
S("python", "particle-access-token", "lock_fleet/particle_ota.py", T(r"""
'''Roll out a firmware build to the Particle Boron lock controllers, one site at a time.'''
import sys
import time

import requests

PARTICLE_API = "https://api.particle.io/v1"
PARTICLE_TOKEN = "<<token>>"
PRODUCT_ID = 21457


def devices_at(site: str):
    resp = requests.get(f"{PARTICLE_API}/products/{PRODUCT_ID}/devices",
                        params={"groups": site, "perPage": 100},
                        headers={"Authorization": f"Bearer {PARTICLE_TOKEN}"}, timeout=30)
    resp.raise_for_status()
    return [d["id"] for d in resp.json()["devices"]]


def flash(device_id: str, version: int) -> None:
    resp = requests.put(f"{PARTICLE_API}/products/{PRODUCT_ID}/devices/{device_id}",
                        data={"desired_firmware_version": version},
                        headers={"Authorization": f"Bearer {PARTICLE_TOKEN}"}, timeout=30)
    resp.raise_for_status()


if __name__ == "__main__":
    site, version = sys.argv[1], int(sys.argv[2])
    for device in devices_at(site):
        flash(device, version)
        print("queued", device)
        time.sleep(1)
""", token=token), token, "Particle Cloud API access token (Particle reference, authentication)")

key = mixed(32)
S("env", "balena-api-key", "fleet/.env", T(r"""
# balena fleet for the kiosk and lock-hub devices
BALENA_FLEET=storvault/lockhub-prod
BALENA_API_KEY=<<key>>
BALENA_URL=balena-cloud.com
RELEASE_TAG=2024.05.2
DEVICE_TYPE=raspberrypi4-64
LOG_LEVEL=info
""", key=key), key, "balena CLI BALENA_API_KEY environment variable (balena docs)")

sak = chars(43, B64) + "="
S("json", "azure-iot-connection-string", "devices/unit-sensor-gw/local.settings.json", T(r"""
{
  "IsEncrypted": false,
  "Values": {
    "AzureWebJobsStorage": "UseDevelopmentStorage=true",
    "FUNCTIONS_WORKER_RUNTIME": "dotnet-isolated",
    "IoTHubDeviceConnection": "HostName=storvault-iot-prod.azure-devices.net;DeviceId=gw-tx-austin-042;SharedAccessKey=<<sak>>",
    "SiteId": "tx-austin-042",
    "TelemetryIntervalSeconds": "60",
    "HumidityAlertPercent": "65"
  }
}
""", sak=sak), sak, "Azure IoT Hub device connection string (HostName;DeviceId;SharedAccessKey) (Microsoft docs)")

key = hexs(32).upper()
S("kotlin", "aes-key", "app/src/main/java/com/storvault/tenant/locks/LockCrypto.kt", T(r"""
package com.storvault.tenant.locks

import javax.crypto.Cipher
import javax.crypto.spec.IvParameterSpec
import javax.crypto.spec.SecretKeySpec

/**
 * Wraps the unlock command sent to the Bluetooth unit lock. The lock firmware shares the
 * fleet key below; the nonce comes from the lock's challenge characteristic.
 */
object LockCrypto {
    private const val FLEET_KEY_HEX = "<<key>>"

    private val fleetKey: SecretKeySpec by lazy {
        SecretKeySpec(FLEET_KEY_HEX.chunked(2).map { it.toInt(16).toByte() }.toByteArray(), "AES")
    }

    fun unlockCommand(unitId: Int, challenge: ByteArray): ByteArray {
        val plain = ByteArray(16).also {
            it[0] = 0x55
            it[1] = (unitId shr 8).toByte()
            it[2] = unitId.toByte()
            challenge.copyInto(it, 3, 0, minOf(challenge.size, 13))
        }
        val cipher = Cipher.getInstance("AES/CBC/NoPadding")
        cipher.init(Cipher.ENCRYPT_MODE, fleetKey, IvParameterSpec(ByteArray(16)))
        return cipher.doFinal(plain)
    }
}
""", key=key), key, "Hard-coded AES-128 key in an Android app (javax.crypto SecretKeySpec, Android docs)")

secret = mixed(40)
S("swift", "oauth-client-secret", "TenantApp/Sources/Config/SmartEntryConfig.swift", T(r"""
import Foundation

/// Settings for the Smart Entry SDK (mobile gate and unit unlock).
enum SmartEntryConfig {
    static let baseURL = URL(string: "https://api.smartentry.noke.com")!
    static let clientID = "storvault-tenant-ios"
    static let clientSecret = "<<secret>>"
    static let scopes = ["unlock", "share", "activity:read"]

    static let unlockTimeout: TimeInterval = 12
    static let bluetoothScanSeconds: TimeInterval = 8
}
""", secret=secret), secret, "OAuth client secret shipped in an iOS app (RFC 6749 client credentials)")

pw = url_pw(24)
S("mosquitto-conf", "mqtt-bridge-password", "mosquitto/conf.d/bridge-hq.conf", T(r"""
# Site broker -> HQ broker bridge (lock events and door sensors only)
connection hq-bridge
address mqtt.hq.sunbeltstorage.com:8883
bridge_protocol_version mqttv311
bridge_cafile /etc/mosquitto/certs/hq-ca.crt
remote_clientid site-fl-tampa-011
remote_username site-fl-tampa-011
remote_password <<pw>>
cleansession false
restart_timeout 10 120
topic sites/fl-tampa-011/locks/# out 1
topic sites/fl-tampa-011/doors/# out 1
topic sites/fl-tampa-011/cmd/# in 1
""", pw=pw), pw, "mosquitto.conf(5) bridge remote_username / remote_password")

pw = url_pw(20)
S("yaml", "mqtt-password", "zigbee2mqtt/data/configuration.yaml", T(r"""
homeassistant: false
permit_join: false
frontend:
  port: 8080
mqtt:
  base_topic: sites/ga-smyrna-030/zigbee
  server: mqtts://mqtt.iot.peachstatestorage.net:8883
  user: z2m-ga030
  password: <<pw>>
  ca: /app/data/ca.crt
serial:
  port: /dev/ttyUSB0
  adapter: ember
advanced:
  log_level: warning
  channel: 20
  network_key: GENERATE
  pan_id: GENERATE
devices:
  '0x00158d0008a1b2c3':
    friendly_name: office-door-contact
  '0x00158d0008a1b2d9':
    friendly_name: climate-bldg-a
""", pw=pw), pw, "Zigbee2MQTT configuration.yaml mqtt.user/password (Zigbee2MQTT docs)")

token = hexs(32)
S("python", "twilio-auth-token", "modems/super_sim_usage.py", T(r"""
'''Monthly data usage of the gate modems' Super SIMs, to catch a camera streaming over LTE.'''
from datetime import date

from twilio.rest import Client

ACCOUNT_SID = "AC<<sid>>"
AUTH_TOKEN = "<<token>>"
LIMIT_MB = 2048

client = Client(ACCOUNT_SID, AUTH_TOKEN)


def report(month_start: date) -> None:
    for sim in client.supersim.v1.sims.list(status="active"):
        records = client.supersim.v1.usage_records.list(sim=sim.sid, granularity="all",
                                                        start_time=month_start)
        used = sum(r.data_total for r in records) / 1_048_576
        flag = "  <-- over limit" if used > LIMIT_MB else ""
        print(f"{sim.unique_name:28} {used:8.1f} MB{flag}")


if __name__ == "__main__":
    today = date.today()
    report(today.replace(day=1))
""", sid=hexs(32), token=token), token, "Twilio Python helper library Client(account_sid, auth_token); Super SIM usage records API")

# --- unit lock IoT decoys --------------------------------------------------------------------

r = _rng()
D("mosquitto-passwd", "password-hash", "mosquitto/passwd", "\n".join(
    f"{user}:$7$101${''.join(r.choice(B64) for _ in range(22))}==${''.join(r.choice(B64) for _ in range(86))}=="
    for user in ["lockhub-fl011", "lockhub-fl012", "z2m-ga030", "nodered-ga021", "hq-ingest", "grafana-ro"]) + "\n",
  "mosquitto_passwd(1) password file: PBKDF2-SHA512 hashes ($7$)")

D("yaml", "lorawan-ids", "lorawan/devices/bldg-d-doors.yaml", T(r"""
# ChirpStack device import for building D roll-up door sensors (site tx-austin-042).
# AppKeys are not stored here: the provisioning job reads them from Vault
# (secret/lorawan/appkeys/<dev_eui>) and writes them straight to ChirpStack.
application: door-sensors
device_profile: dragino-lds02-us915
devices:
  - name: d101-door
    dev_eui: "a84041000181d101"
    join_eui: "a840410000000101"
    app_key: "vault:secret/lorawan/appkeys/a84041000181d101"
  - name: d102-door
    dev_eui: "a84041000181d102"
    join_eui: "a840410000000101"
    app_key: "vault:secret/lorawan/appkeys/a84041000181d102"
"""), "LoRaWAN DevEUI/JoinEUI are public identifiers; keys referenced from Vault")

D("c", "placeholder", "firmware/lockhub/src/config.example.h", T(r"""
#ifndef LOCKHUB_CONFIG_H
#define LOCKHUB_CONFIG_H

/* Copy to config.h (git-ignored) and fill in from the provisioning sheet. */

#define FW_VERSION          "2.6.3"
#define HUB_SITE_ID         "xx-city-000"

#define MQTT_HOST           "mqtt.iot.example.com"
#define MQTT_PORT           8883
#define MQTT_USERNAME       "lockhub-XXXX"
#define MQTT_PASSWORD       "YOUR_MQTT_PASSWORD_HERE"

#define BLE_SCAN_WINDOW_MS  120

#endif /* LOCKHUB_CONFIG_H */
"""), "Example header with placeholders (Espressif examples' sdkconfig pattern)")

D("kotlin", "buildconfig", "app/build.gradle.kts", T(r"""
plugins {
    id("com.android.application")
    id("org.jetbrains.kotlin.android")
}

android {
    namespace = "com.storvault.tenant"
    compileSdk = 34

    defaultConfig {
        applicationId = "com.storvault.tenant"
        minSdk = 26
        targetSdk = 34
        versionCode = 412
        versionName = "4.12.0"
        // injected by CI from the encrypted Gradle properties, never committed
        buildConfigField("String", "SMART_ENTRY_CLIENT_ID", "\"${project.findProperty("smartEntryClientId") ?: ""}\"")
        buildConfigField("String", "API_BASE", "\"https://api.storvault.com/\"")
    }

    buildFeatures { buildConfig = true }
}
"""), "Gradle Kotlin DSL buildConfigField from project properties (Android docs)")

D("swift", "keychain-lookup", "TenantApp/Sources/Auth/TokenStore.swift", T(r"""
import Foundation
import Security

/// Keeps the tenant's session token in the Keychain; nothing is stored in UserDefaults.
struct TokenStore {
    private let service = "com.storvault.tenant.session"

    func save(_ token: String) {
        let data = Data(token.utf8)
        let query: [String: Any] = [kSecClass as String: kSecClassGenericPassword,
                                    kSecAttrService as String: service]
        SecItemDelete(query as CFDictionary)
        var add = query
        add[kSecValueData as String] = data
        add[kSecAttrAccessible as String] = kSecAttrAccessibleAfterFirstUnlockThisDeviceOnly
        SecItemAdd(add as CFDictionary, nil)
    }

    func load() -> String? {
        let query: [String: Any] = [kSecClass as String: kSecClassGenericPassword,
                                    kSecAttrService as String: service,
                                    kSecReturnData as String: true]
        var item: CFTypeRef?
        guard SecItemCopyMatching(query as CFDictionary, &item) == errSecSuccess,
              let data = item as? Data else { return nil }
        return String(data: data, encoding: .utf8)
    }
}
"""), "Apple Keychain Services (SecItemAdd / SecItemCopyMatching) docs")

# =============================================================================================
# Security cameras and NVRs
# =============================================================================================

pw = url_pw(16)
S("yaml", "rtsp-password", "frigate/config.yml", T(r"""
mqtt:
  enabled: true
  host: 10.30.0.5
  user: frigate
  password: "{FRIGATE_MQTT_PASSWORD}"

detectors:
  coral:
    type: edgetpu
    device: usb

record:
  enabled: true
  retain:
    days: 14
    mode: motion

cameras:
  gate_entry:
    ffmpeg:
      inputs:
        - path: rtsp://frigate:<<pw>>@10.30.20.11:554/cam/realmonitor?channel=1&subtype=0
          roles: [record]
        - path: rtsp://frigate:<<pw>>@10.30.20.11:554/cam/realmonitor?channel=1&subtype=1
          roles: [detect]
    detect:
      width: 640
      height: 480
    objects:
      track: [person, car]
  bldg_a_hall:
    ffmpeg:
      inputs:
        - path: rtsp://frigate:<<pw>>@10.30.20.12:554/cam/realmonitor?channel=1&subtype=1
          roles: [detect, record]
    objects:
      track: [person]
""", pw=pw), pw, "Frigate NVR config.yml camera ffmpeg inputs; Dahua RTSP URL format")

pw = words_pw()
S("shell", "hikvision-password", "scripts/nvr/hik_reboot_cameras.sh", T(r"""
#!/usr/bin/env bash
# Reboot the Hikvision cameras at a site through ISAPI (digest auth).
# Used when the NVR shows "video loss" on several channels after a power blip.
set -u

CAMS_FILE=${1:-cameras.txt}
USER=admin
PASS='<<pw>>'

while read -r ip name; do
  [[ -z "$ip" || "$ip" == \#* ]] && continue
  printf '%-16s %-24s ' "$ip" "$name"
  if curl -s --digest -u "$USER:$PASS" -X PUT --max-time 10 \
       "http://$ip/ISAPI/System/reboot" | grep -q '<statusCode>1</statusCode>'; then
    echo "rebooting"
  else
    echo "FAILED"
  fi
done < "$CAMS_FILE"
""", pw=pw), pw, "Hikvision ISAPI PUT /ISAPI/System/reboot with HTTP digest auth (Hikvision ISAPI guide)")

pw = url_pw(14)
S("python", "rtsp-password", "nvr/lpr_snapshot.py", T(r"""
'''Grab a frame from the gate LPR camera every time the gate opens and keep it with the access event.'''
import datetime as dt
from pathlib import Path

import cv2

STREAM = "rtsp://lpr:<<pw>>@10.42.20.31:554/cam/realmonitor?channel=1&subtype=0"
OUT = Path("/srv/lpr/snapshots")


def snapshot(event_id: int) -> Path:
    cap = cv2.VideoCapture(STREAM)
    try:
        ok, frame = cap.read()
        if not ok:
            raise RuntimeError("no frame from LPR camera")
        path = OUT / f"{dt.date.today():%Y/%m/%d}" / f"{event_id}.jpg"
        path.parent.mkdir(parents=True, exist_ok=True)
        cv2.imwrite(str(path), frame)
        return path
    finally:
        cap.release()
""", pw=pw), pw, "Dahua RTSP URL (cam/realmonitor) opened with OpenCV VideoCapture")

pw = human_pw()
S("csharp", "milestone-password", "src/Storvault.VideoExport/MilestoneLogin.cs", T(r"""
using System;
using System.Net;
using VideoOS.Platform;
using VideoOS.Platform.SDK;

namespace Storvault.VideoExport
{
    /// <summary>Logs in to the XProtect management server to export clips for break-in claims.</summary>
    internal static class MilestoneLogin
    {
        private static readonly Uri ManagementServer = new Uri("http://xprotect01.corp.storvault.local");

        public static void Login()
        {
            VideoOS.Platform.SDK.Environment.Initialize();
            var credential = new NetworkCredential("svc_videoexport", "<<pw>>", "STORVAULT");
            var cache = new CredentialCache { { ManagementServer, "Negotiate", credential } };
            VideoOS.Platform.SDK.Environment.AddServer(false, ManagementServer, cache);
            VideoOS.Platform.SDK.Environment.Login(ManagementServer);
            if (!VideoOS.Platform.SDK.Environment.IsLoggedIn(ManagementServer))
            {
                throw new InvalidOperationException("XProtect login failed");
            }
        }
    }
}
""", pw=pw), pw, "Milestone MIP SDK Environment.AddServer/Login with NetworkCredential (Milestone MIP SDK docs)")

pw = gen_pw(22)
S("zm-conf", "database-password", "zoneminder/conf.d/02-storvault.conf", T(r"""
# ZoneMinder overrides for the office NVR box (ZoneMinder 1.36)
# Values here override /etc/zm/zm.conf.
ZM_DB_HOST=10.51.0.12
ZM_DB_NAME=zm
ZM_DB_USER=zmuser
ZM_DB_PASS=<<pw>>
ZM_DB_SSL_CA_CERT=
ZM_PATH_DATA=/usr/share/zoneminder
ZM_DIR_EVENTS=/srv/zm/events
ZM_TIMEZONE=America/Chicago
""", pw=pw), pw, "ZoneMinder zm.conf / conf.d ZM_DB_PASS (ZoneMinder docs)")

pw = words_pw()
S("shell-history", "axis-password", "ops/notes/axis-setup.bash_history", T(r"""
ping -c 3 10.17.20.41
curl -s http://10.17.20.41/axis-cgi/basicdeviceinfo.cgi
curl --anyauth -u root:'<<pw>>' "http://10.17.20.41/axis-cgi/param.cgi?action=list&group=Properties.Firmware"
curl --anyauth -u root:'<<pw>>' "http://10.17.20.41/axis-cgi/param.cgi?action=update&Image.I0.Appearance.Resolution=1920x1080"
curl --anyauth -u root:'<<pw>>' "http://10.17.20.41/axis-cgi/param.cgi?action=update&Network.NTP.ServerAddress=10.17.0.1"
curl --anyauth -u root:'<<pw>>' http://10.17.20.41/axis-cgi/restart.cgi
history | tail
exit
""", pw=pw), pw, "Axis VAPIX param.cgi over HTTP digest (Axis VAPIX library); shell history")

key = "vkd_api_" + hexs(32)
S("python", "verkada-api-key", "video/verkada_clip_export.py", T(r"""
'''Export a clip from a Verkada camera for an insurance claim (tenant break-in reports).'''
import argparse
import time

import requests

API = "https://api.verkada.com"
API_KEY = "<<key>>"


def api_token() -> str:
    r = requests.post(f"{API}/token", headers={"x-api-key": API_KEY}, timeout=20)
    r.raise_for_status()
    return r.json()["token"]


def request_clip(camera_id: str, start: int, end: int) -> dict:
    headers = {"x-verkada-auth": api_token()}
    body = {"camera_id": camera_id, "start_time": start, "end_time": end}
    r = requests.post(f"{API}/cameras/v1/video/clip", json=body, headers=headers, timeout=30)
    r.raise_for_status()
    return r.json()


if __name__ == "__main__":
    p = argparse.ArgumentParser()
    p.add_argument("camera_id")
    p.add_argument("start", type=int)
    p.add_argument("--minutes", type=int, default=10)
    a = p.parse_args()
    print(request_clip(a.camera_id, a.start, a.start + 60 * a.minutes))
    time.sleep(0)
""", key=key), key, "Verkada API key exchanged at POST /token (Verkada API docs)")

pw = url_pw(18)
S("compose", "mysql-password", "nvr/shinobi/docker-compose.yml", T(r"""
version: "3.8"
services:
  shinobi:
    image: registry.gitlab.com/shinobi-systems/shinobi:dev
    container_name: shinobi
    restart: unless-stopped
    environment:
      - PLUGIN_KEYS={}
      - SSL_ENABLED=false
      - DB_HOST=shinobi-db
      - DB_USER=majesticflame
      - DB_PASSWORD=<<pw>>
      - DB_DATABASE=ccio
    volumes:
      - /srv/shinobi/config:/config
      - /srv/shinobi/videos:/home/Shinobi/videos
      - /dev/shm/Shinobi/streams:/dev/shm/streams
    ports:
      - "8080:8080"
    depends_on:
      - shinobi-db

  shinobi-db:
    image: mariadb:10.11
    restart: unless-stopped
    environment:
      - MARIADB_USER=majesticflame
      - MARIADB_PASSWORD=<<pw>>
      - MARIADB_DATABASE=ccio
      - MARIADB_RANDOM_ROOT_PASSWORD=yes
    volumes:
      - /srv/shinobi/db:/var/lib/mysql
""", pw=pw), pw, "Shinobi CCTV Docker install; MariaDB image environment variables (Docker Hub)")

pw = human_pw()
rows = ["IP Address,Port,Channel No.,User Name,Password,Protocol,Device Name"]
for i, name in enumerate(["Gate-Entry", "Gate-Exit", "Office", "Bldg-A-Hall1", "Bldg-A-Hall2", "Bldg-B-Hall1",
                          "Drive-Aisle-N", "Drive-Aisle-S", "RV-Lot"], start=1):
    rows.append(f"10.17.20.{10 + i},8000,1,admin,{pw},HIKVISION,{name}")
S("csv", "camera-password", "nvr/ga-marietta-017/camera_import.csv", "\n".join(rows) + "\n", pw,
  "Hikvision iVMS-4200 / NVR batch device import template (CSV)")

pw = words_pw()
S("python", "onvif-password", "nvr/onvif_time_sync.py", T(r"""
'''Set every camera's clock to the office NTP server over ONVIF (the NVR's own sync is unreliable).'''
from onvif import ONVIFCamera

CAMERAS = ["10.51.20.11", "10.51.20.12", "10.51.20.13", "10.51.20.14", "10.51.20.15"]
USER = "onvif"
PASSWORD = "<<pw>>"
NTP = "10.51.0.1"

for ip in CAMERAS:
    cam = ONVIFCamera(ip, 80, USER, PASSWORD, "/usr/local/lib/python3.11/site-packages/wsdl/")
    device = cam.create_devmgmt_service()
    device.SetNTP({"FromDHCP": False, "NTPManual": [{"Type": "IPv4", "IPv4Address": NTP}]})
    device.SetSystemDateAndTime({"DateTimeType": "NTP", "DaylightSavings": True,
                                  "TimeZone": {"TZ": "CST6CDT,M3.2.0,M11.1.0"}})
    print(ip, "->", NTP)
""", pw=pw), pw, "python-onvif-zeep ONVIFCamera(host, port, user, passwd) (project README)")

pw = gen_pw(20)
S("ts", "unifi-protect-password", "tools/protect-alerts/src/protect.ts", T(r"""
import { ProtectApi } from "unifi-protect";

const NVR_HOST = "10.17.0.2";
const NVR_USER = "alerts-bot";
const NVR_PASS = "<<pw>>";

export async function connectProtect(): Promise<ProtectApi> {
  const protect = new ProtectApi();
  if (!(await protect.login(NVR_HOST, NVR_USER, NVR_PASS))) {
    throw new Error(`UniFi Protect login to ${NVR_HOST} failed`);
  }
  if (!(await protect.getBootstrap())) {
    throw new Error("UniFi Protect bootstrap failed");
  }
  protect.on("message", (packet) => {
    if (packet.header.modelKey === "event" && packet.payload?.type === "smartDetectZone") {
      console.log(`[protect] smart detect on ${packet.header.recordId}`);
    }
  });
  return protect;
}
""", pw=pw), pw, "unifi-protect npm library ProtectApi.login(host, user, pass) (hjdhjd/unifi-protect README)")

pw = human_pw()
S("markdown", "nvr-admin-password", "docs/runbooks/nvr-locked-out.md", T(r"""
# NVR: "user locked" or forgotten local password

Applies to the Dahua NVR5216 units at the Texas sites.

1. Walk to the office rack and connect a monitor and USB mouse to the NVR.
2. At the login screen pick user `admin`.
3. Our standard local admin password for the TX NVRs is `<<pw>>`
   (same on all TX sites since the 2023 refresh; rotate after each contractor visit).
4. If the account is locked (5 wrong tries), wait 30 minutes or power-cycle the NVR.
5. After login: Main Menu > Account > check that the `remote` user still exists for the
   cloud viewer; re-add it with the "Remote viewer" group if not.

Do **not** reset to factory defaults: it wipes the channel names and the motion zones.
""", pw=pw), pw, "Dahua NVR local account (Dahua NVR user manual) in an ops runbook")

pw = words_pw()
S("ini", "ansible-password", "ansible/inventories/prod/nvr.ini", T(r"""
# Windows NVR boxes (Milestone recording servers) reached over WinRM
[nvr_windows]
tx-austin-042-nvr ansible_host=10.42.0.15
tx-rockwall-117-nvr ansible_host=10.117.0.15
tx-georgetown-051-nvr ansible_host=10.51.0.15

[nvr_windows:vars]
ansible_connection=winrm
ansible_winrm_transport=ntlm
ansible_winrm_server_cert_validation=ignore
ansible_user=STORVAULT\svc_ansible
ansible_password=<<pw>>
ansible_port=5986
""", pw=pw), pw, "Ansible INI inventory with ansible_password for WinRM (Ansible Windows guide)")

# --- NVR decoys --------------------------------------------------------------------------------

D("yaml", "env-substitution", "frigate/config.site051.yml", T(r"""
mqtt:
  enabled: true
  host: 10.51.0.5
  user: "{FRIGATE_MQTT_USER}"
  password: "{FRIGATE_MQTT_PASSWORD}"

cameras:
  gate_entry:
    ffmpeg:
      inputs:
        - path: rtsp://{FRIGATE_RTSP_USER}:{FRIGATE_RTSP_PASSWORD}@10.51.20.11:554/Streaming/Channels/101
          roles: [record]
        - path: rtsp://{FRIGATE_RTSP_USER}:{FRIGATE_RTSP_PASSWORD}@10.51.20.11:554/Streaming/Channels/102
          roles: [detect]
    objects:
      track: [person, car]
  office:
    ffmpeg:
      inputs:
        - path: rtsp://{FRIGATE_RTSP_USER}:{FRIGATE_RTSP_PASSWORD}@10.51.20.12:554/Streaming/Channels/102
          roles: [detect, record]
"""), "Frigate config: {FRIGATE_*} environment variable substitution (Frigate docs)")

D("yaml", "secret-tag", "homeassistant/office-ga017/configuration.yaml", T(r"""
homeassistant:
  name: GA017 Office
  time_zone: America/New_York

generic_camera:

camera:
  - platform: generic
    name: Gate entry
    still_image_url: http://10.17.20.11/ISAPI/Streaming/channels/101/picture
    stream_source: !secret gate_entry_rtsp_url
    username: !secret hik_user
    password: !secret hik_password
    authentication: digest

mqtt:
  sensor:
    - name: "Bldg A humidity"
      state_topic: "sites/ga-marietta-017/climate/a"
      unit_of_measurement: "%"

notify:
  - platform: smtp
    name: office_mail
    server: smtp.office365.com
    port: 587
    sender: !secret smtp_sender
    username: !secret smtp_user
    password: !secret smtp_password
    recipient: ga017@peachstatestorage.net
"""), "Home Assistant !secret references to secrets.yaml (Home Assistant docs)")

D("python", "settings-lookup", "nvr/rtsp_urls.py", T(r"""
'''Build camera stream URLs from the site inventory; credentials come from the secret store.'''
from dataclasses import dataclass
from urllib.parse import quote

from storvault.secrets import get_secret


@dataclass
class Camera:
    site: str
    ip: str
    vendor: str
    channel: int = 1


PATHS = {
    "hikvision": "/Streaming/Channels/{channel}01",
    "dahua": "/cam/realmonitor?channel={channel}&subtype=0",
    "axis": "/axis-media/media.amp",
}


def rtsp_url(cam: Camera) -> str:
    creds = get_secret(f"nvr/{cam.site}/{cam.vendor}")
    path = PATHS[cam.vendor].format(channel=cam.channel)
    return f"rtsp://{quote(creds['user'])}:{quote(creds['password'])}@{cam.ip}:554{path}"
"""), "Code that reads camera credentials from a secret store")

r = _rng()
rows = ["mac,ip,model,serial,firmware,onvif_port"]
for i in range(10):
    rows.append(f"{':'.join(f'{r.randint(0, 255):02x}' for _ in range(6))},10.42.20.{20 + i},"
                f"{r.choice(['DS-2CD2143G2-I', 'IPC-HDW3841T-ZAS', 'P3265-LVE'])},"
                f"{r.choice(['E', 'F', 'J'])}{''.join(r.choice(UPPER_ALNUM) for _ in range(14))},"
                f"{r.choice(['V5.7.12', 'V2.840.0000000.9.R', '11.8.64'])},80")
D("csv", "device-serials", "nvr/tx-austin-042/onvif_discovery.csv", "\n".join(rows) + "\n",
  "ONVIF WS-Discovery inventory: MACs, serials and firmware versions")

r = _rng()
D("htpasswd", "password-hash", "nginx/nvr-proxy/.htpasswd", "\n".join(
    f"{u}:$apr1${''.join(r.choice(ALNUM + './') for _ in range(8))}${''.join(r.choice(ALNUM + './') for _ in range(22))}"
    for u in ["jmarsh", "dbrooks", "tlopez", "ga017-office", "tx042-office", "insurance-viewer"]) + "\n",
  "Apache htpasswd MD5 ($apr1$) hashes used by nginx auth_basic_user_file")

# =============================================================================================
# Tenant management software (PMS) and the rental websites
# =============================================================================================

pw = words_pw()
S("python", "sitelink-password", "pms/sitelink/client.py", T(r"""
'''Thin wrapper over the SiteLink Web Edition CallCenterWs SOAP API.'''
from functools import lru_cache

from zeep import Client
from zeep.transports import Transport

WSDL = "https://api.smdservers.net/CCWs_3.5/CallCenterWs.asmx?WSDL"
CORP_CODE = "CCBH"
CORP_USER = "apiuser:::CUBBYHOLE"
CORP_PASSWORD = "<<pw>>"


@lru_cache(maxsize=1)
def _client() -> Client:
    return Client(WSDL, transport=Transport(timeout=60))


def _auth(location: str) -> dict:
    return {"sCorpCode": CORP_CODE, "sLocationCode": location,
            "sCorpUserName": CORP_USER, "sCorpPassword": CORP_PASSWORD}


def units_available(location: str):
    result = _client().service.UnitsInformationAvailableUnitsOnly_v2(**_auth(location))
    return result["_value_1"]["_value_1"]


def tenant_balance(location: str, tenant_id: int):
    return _client().service.CustomerAccountsBalanceDetails_v2(iTenantID=tenant_id, **_auth(location))
""", pw=pw), pw, "SiteLink Web Edition CallCenterWs API (sCorpCode, sLocationCode, sCorpUserName, sCorpPassword)")

pw = human_pw()
S("php", "sitelink-password", "wp-content/plugins/cubby-rentals/includes/class-sitelink-api.php", T(r"""
<?php
/**
 * SiteLink connector for the rental pages (unit sizes, web rates, reservations).
 */
if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

class Cubby_SiteLink_Api {
	const WSDL      = 'https://api.smdservers.net/CCWs_3.5/CallCenterWs.asmx?WSDL';
	const CORP_CODE = 'CCBH';
	const USERNAME  = 'webrentals:::CUBBYHOLE';
	const PASSWORD  = '<<pw>>';

	private $client;

	public function __construct() {
		$this->client = new SoapClient( self::WSDL, array( 'trace' => 0, 'exceptions' => true ) );
	}

	private function auth( $location ) {
		return array(
			'sCorpCode'     => self::CORP_CODE,
			'sLocationCode' => $location,
			'sCorpUserName' => self::USERNAME,
			'sCorpPassword' => self::PASSWORD,
		);
	}

	public function unit_types( $location ) {
		$result = $this->client->UnitTypePriceList_v2( $this->auth( $location ) );
		return $result->UnitTypePriceList_v2Result;
	}

	public function reserve( $location, $unit_id, $tenant_id, $needed ) {
		$args = $this->auth( $location ) + array(
			'iTenantID'    => $tenant_id,
			'iUnitID'      => $unit_id,
			'dNeeded'      => $needed,
			'sComment'     => 'Web reservation',
			'iSource'      => 5,
		);
		return $this->client->ReservationNewWithSource_v5( $args );
	}
}
""", pw=pw), pw, "SiteLink CallCenterWs SOAP from a WordPress plugin (PHP SoapClient)")

secret = hexs(40)
S("ruby", "storedge-api-secret", "lib/storedge/client.rb", T(r"""
require "oauth"
require "json"

module Storedge
  # storEDGE API: OAuth 1.0a two-legged, key + secret per company.
  class Client
    SITE = "https://api.storedgefms.com"
    API_KEY = "<<key>>"
    API_SECRET = "<<secret>>"

    def initialize(facility_id)
      @facility_id = facility_id
      consumer = OAuth::Consumer.new(API_KEY, API_SECRET, site: SITE)
      @token = OAuth::AccessToken.new(consumer)
    end

    def units
      get("/v1/#{@facility_id}/units")["units"]
    end

    def tenant(id)
      get("/v1/#{@facility_id}/tenants/#{id}")["tenant"]
    end

    private

    def get(path)
      response = @token.get(path, "Accept" => "application/json")
      raise "storEDGE #{path}: #{response.code}" unless response.code == "200"
      JSON.parse(response.body)
    end
  end
end
""", key=hexs(32), secret=secret), secret, "storEDGE (Storable) API OAuth 1.0a consumer key/secret; Ruby oauth gem")

secret = hexs(40)
S("env", "storedge-api-secret", "rate-engine/.env.production", T(r"""
# rate-engine production settings
NODE_ENV=production
PORT=8080
LOG_LEVEL=info

STOREDGE_BASE_URL=https://api.storedgefms.com
STOREDGE_API_KEY=<<key>>
STOREDGE_API_SECRET=<<secret>>
STOREDGE_COMPANY_ID=<<company>>

RATE_FLOOR_PCT=0.85
RATE_CEILING_PCT=1.35
RATE_REVIEW_CRON="0 6 * * 1"
""", key=hexs(32), secret=secret, company=uuid_s()), secret, "dotenv file; storEDGE API key and secret")

pw = human_pw()
S("yaml", "yardi-password", "config/yardi.yml", T(r"""
# Yardi Breeze/Voyager Self Storage web services (ItfSelfStorage)
production:
  endpoint: https://www.yardipcv.com/8223third/Webservices/ItfSelfStorage.asmx
  username: cubby_interface
  password: "<<pw>>"
  server_name: cubbyhole_live
  database: cubbyhole_live
  platform: SQL Server
  interface_entity: Cubbyhole Web Rentals
  license_file: config/yardi/license.lic
  timeout: 45

staging:
  endpoint: https://www.yardipcv.com/8223third/Webservices/ItfSelfStorage.asmx
  username: cubby_interface
  password: <%= ENV["YARDI_STAGING_PASSWORD"] %>
  server_name: cubbyhole_test
  database: cubbyhole_test
  platform: SQL Server
  interface_entity: Cubbyhole Web Rentals
  license_file: config/yardi/license.lic
  timeout: 45
""", pw=pw), pw, "Yardi Voyager interface web service credentials (UserName, Password, ServerName, Database, Platform)")

pw = gen_pw(20)
S("sql", "linked-server-password", "db/migrations/2023_05_add_sitelink_reporting_link.sql", T(r"""
-- Linked server to the SiteLink reporting replica, used by the nightly occupancy views.
USE [master];
GO

IF NOT EXISTS (SELECT 1 FROM sys.servers WHERE name = N'SITELINK_RPT')
BEGIN
    EXEC master.dbo.sp_addlinkedserver
        @server = N'SITELINK_RPT',
        @srvproduct = N'',
        @provider = N'MSOLEDBSQL',
        @datasrc = N'rpt.smdservers.net,14330';

    EXEC master.dbo.sp_addlinkedsrvlogin
        @rmtsrvname = N'SITELINK_RPT',
        @useself = N'False',
        @locallogin = NULL,
        @rmtuser = N'cubby_rpt',
        @rmtpassword = N'<<pw>>';
END
GO

EXEC master.dbo.sp_serveroption @server = N'SITELINK_RPT', @optname = N'rpc out', @optvalue = N'true';
GO
""", pw=pw), pw, "T-SQL sp_addlinkedsrvlogin @rmtpassword (Microsoft docs)")

pw = passphrase()
S("sql", "postgres-role-password", "db/roles.sql", T(r"""
-- Roles for the tenant portal database. Run as the owner after a fresh restore.
CREATE ROLE portal_app LOGIN;
CREATE ROLE reporting LOGIN PASSWORD '<<pw>>' CONNECTION LIMIT 5;

GRANT CONNECT ON DATABASE tenant_portal TO portal_app, reporting;
GRANT USAGE ON SCHEMA public TO portal_app, reporting;
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO portal_app;
GRANT SELECT ON ALL TABLES IN SCHEMA public TO reporting;
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT ON TABLES TO reporting;
-- portal_app authenticates with its IAM token; no password here.
""", pw=pw), pw, "PostgreSQL CREATE ROLE ... PASSWORD (PostgreSQL docs)")

pw = words_pw()
S("r", "database-password", "analytics/occupancy_report.R", T(r"""
# Weekly occupancy and rate report for the regional managers.
library(DBI)
library(RPostgres)
library(dplyr)
library(ggplot2)

con <- dbConnect(
  RPostgres::Postgres(),
  host = "reporting.cxq1lmz0a9.us-east-2.rds.amazonaws.com",
  port = 5432,
  dbname = "warehouse",
  user = "analyst_rw",
  password = "<<pw>>"
)

occ <- dbGetQuery(con, "
  SELECT site_id, week_start, units_total, units_rented, avg_street_rate, avg_in_place_rate
  FROM mart.weekly_occupancy
  WHERE week_start >= current_date - interval '26 weeks'
")
dbDisconnect(con)

occ <- occ %>% mutate(occupancy = units_rented / units_total)

p <- ggplot(occ, aes(week_start, occupancy, colour = site_id)) +
  geom_line() +
  scale_y_continuous(labels = scales::percent) +
  labs(title = "Unit occupancy, last 26 weeks", x = NULL, y = NULL)
ggsave("occupancy.png", p, width = 10, height = 6)
""", pw=pw), pw, "R DBI::dbConnect(RPostgres::Postgres(), password = ...) (RPostgres docs)")

pw = url_pw(18)
S("notebook", "postgres-url", "notebooks/street_rate_elasticity.ipynb", T(r"""
{
 "cells": [
  {
   "cell_type": "markdown",
   "metadata": {},
   "source": [
    "# Street rate elasticity\n",
    "Move-ins per week against street rate changes, 10x10 climate units, Q1."
   ]
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
    "engine = create_engine(\"postgresql+psycopg2://pricing:<<pw>>@warehouse.internal.cubbyhole.io:5432/warehouse\")\n",
    "df = pd.read_sql(\"select * from mart.rate_changes where unit_size = '10x10CC'\", engine)\n",
    "df.head()"
   ]
  },
  {
   "cell_type": "code",
   "execution_count": null,
   "metadata": {},
   "outputs": [],
   "source": [
    "df.groupby('site_id')[['move_ins', 'street_rate']].corr()"
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
""", pw=pw), pw, "Jupyter notebook (nbformat 4); SQLAlchemy create_engine URL")

pw = human_pw()
S("java", "jdbc-password", "reporting/src/main/java/com/cubbyhole/reporting/ReportingDataSource.java", T(r"""
package com.cubbyhole.reporting;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

import javax.sql.DataSource;

public final class ReportingDataSource {

    private static HikariDataSource dataSource;

    private ReportingDataSource() {
    }

    public static synchronized DataSource get() {
        if (dataSource == null) {
            HikariConfig config = new HikariConfig();
            config.setJdbcUrl("jdbc:sqlserver://sl-replica.cubbyhole.local:1433;databaseName=SiteLinkRpt;encrypt=true;trustServerCertificate=true");
            config.setUsername("rpt_reader");
            config.setPassword("<<pw>>");
            config.setMaximumPoolSize(4);
            config.setPoolName("sitelink-replica");
            dataSource = new HikariDataSource(config);
        }
        return dataSource;
    }
}
""", pw=pw), pw, "HikariCP HikariConfig.setPassword (HikariCP README); Microsoft JDBC URL")

key = mixed(40)
S("ts", "pms-api-key", "src/integrations/essClient.ts", T(r"""
import axios, { AxiosInstance } from "axios";

// Easy Storage Solutions API: one key per company, sent as a header.
const ESS_BASE_URL = "https://api.easystoragesolutions.com/v1";
const ESS_API_KEY = "<<key>>";

export interface EssUnit {
  unitId: number;
  unitNumber: string;
  width: number;
  length: number;
  climate: boolean;
  streetRate: number;
  status: "vacant" | "rented" | "reserved" | "overlocked";
}

export class EssClient {
  private http: AxiosInstance;

  constructor(private facilityId: number) {
    this.http = axios.create({
      baseURL: ESS_BASE_URL,
      headers: { "X-API-KEY": ESS_API_KEY, Accept: "application/json" },
      timeout: 15000,
    });
  }

  async vacantUnits(): Promise<EssUnit[]> {
    const { data } = await this.http.get<EssUnit[]>(`/facilities/${this.facilityId}/units`, {
      params: { status: "vacant" },
    });
    return data;
  }
}
""", key=key), key, "API key header (X-API-KEY) for a self-storage PMS REST API; axios instance")

pw = gen_pw(24)
S("xml", "sql-server-password", "CubbyKiosk.Web/Web.config", T(r"""
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <connectionStrings>
    <add name="KioskDb"
         connectionString="Data Source=KIOSK-SQL01;Initial Catalog=Kiosk;User ID=kiosk_web;Password=<<pw>>;MultipleActiveResultSets=True"
         providerName="System.Data.SqlClient" />
  </connectionStrings>
  <appSettings>
    <add key="SiteId" value="tx-austin-042" />
    <add key="SiteLinkLocation" value="L042" />
    <add key="ReceiptPrinter" value="EPSON TM-T88VI" />
    <add key="IdleTimeoutSeconds" value="90" />
  </appSettings>
  <system.web>
    <compilation debug="false" targetFramework="4.8" />
    <httpRuntime targetFramework="4.8" />
    <customErrors mode="RemoteOnly" />
  </system.web>
</configuration>
""", pw=pw), pw, "ASP.NET Web.config connectionStrings (Microsoft docs)")

pw = url_pw(20)
S("yaml", "rails-database-password", "config/database.yml", T(r"""
default: &default
  adapter: postgresql
  encoding: unicode
  pool: <%= ENV.fetch("RAILS_MAX_THREADS") { 5 } %>

development:
  <<: *default
  database: tenant_portal_development

test:
  <<: *default
  database: tenant_portal_test

production:
  <<: *default
  host: tenant-portal.c9wz2k1x0abc.us-east-1.rds.amazonaws.com
  database: tenant_portal_production
  username: tenant_portal
  password: <<pw>>
""", pw=pw), pw, "Rails config/database.yml (Rails guides, configuring a database)")

skb = hexs(128)
S("yaml", "rails-secret-key-base", "config/secrets.yml", T(r"""
# Be sure to restart your server when you modify this file.
# Tenant portal (Rails 5.1 era app, still on secrets.yml).

development:
  secret_key_base: 3b7cd727ee24e8444053437c36cc66c3

test:
  secret_key_base: 6a1e0e7c46ef8c8d3b1f6ee3e2a4f1de

production:
  secret_key_base: <<skb>>
""", skb=skb), skb, "Rails config/secrets.yml secret_key_base (Rails 5.1 guides)")

pw = gen_pw(22)
S("php", "database-password", "wp-config.php", T(r"""
<?php
/**
 * WordPress configuration for cubbyholestorage.com (unit finder + online rentals).
 */

// ** Database settings ** //
define( 'DB_NAME', 'cubby_wp' );
define( 'DB_USER', 'cubby_wp' );
define( 'DB_PASSWORD', '<<pw>>' );
define( 'DB_HOST', 'mysql-wp.internal:3306' );
define( 'DB_CHARSET', 'utf8mb4' );
define( 'DB_COLLATE', '' );

// Salts live in wp-salt.php, generated on the server and not committed.
require_once __DIR__ . '/wp-salt.php';

$table_prefix = 'cb_';

define( 'WP_DEBUG', false );
define( 'DISALLOW_FILE_EDIT', true );
define( 'FORCE_SSL_ADMIN', true );

if ( ! defined( 'ABSPATH' ) ) {
	define( 'ABSPATH', __DIR__ . '/' );
}

require_once ABSPATH . 'wp-settings.php';
""", pw=pw), pw, "WordPress wp-config.php DB_PASSWORD (WordPress developer docs)")

r = _rng()
app_key = "base64:" + base64.b64encode(bytes(r.randrange(256) for _ in range(32))).decode()
S("env", "laravel-app-key", "auction-portal/.env", T(r"""
APP_NAME="Cubbyhole Lien Auctions"
APP_ENV=production
APP_KEY=<<key>>
APP_DEBUG=false
APP_URL=https://auctions.cubbyholestorage.com

LOG_CHANNEL=stack
LOG_LEVEL=warning

DB_CONNECTION=sqlite
DB_DATABASE=/var/www/auction-portal/database/database.sqlite

SESSION_DRIVER=file
QUEUE_CONNECTION=database
MAIL_MAILER=log
""", key=app_key), app_key, "Laravel .env APP_KEY (base64: 32 bytes) (Laravel docs, encryption)")

dsk = fakes.django_secret_key(_seed())
S("python", "django-secret-key", "storefront/settings/production.py", T(r"""
from .base import *  # noqa: F401,F403

DEBUG = False
SECRET_KEY = "<<dsk>>"

ALLOWED_HOSTS = ["www.lonestarstorage.com", "lonestarstorage.com"]
CSRF_TRUSTED_ORIGINS = ["https://www.lonestarstorage.com"]

SECURE_HSTS_SECONDS = 31536000
SECURE_SSL_REDIRECT = True
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True

DATABASES["default"]["HOST"] = "storefront-db.internal"  # noqa: F405

RENTAL_FLOW = {
    "reservation_hold_days": 7,
    "require_id_upload": True,
    "insurance_required": True,
}
""", dsk=dsk), dsk, "Django settings SECRET_KEY (Django docs, deployment checklist)")

pw = url_pw(24)
S("terraform", "rds-password", "infra/tenant-portal/rds.tf", T(r"""
resource "aws_db_subnet_group" "portal" {
  name       = "tenant-portal"
  subnet_ids = module.vpc.private_subnets
}

resource "aws_db_instance" "portal" {
  identifier              = "tenant-portal-prod"
  engine                  = "postgres"
  engine_version          = "15.5"
  instance_class          = "db.t4g.medium"
  allocated_storage       = 100
  db_name                 = "tenant_portal_production"
  username                = "portal_admin"
  password                = "<<pw>>"
  db_subnet_group_name    = aws_db_subnet_group.portal.name
  vpc_security_group_ids  = [aws_security_group.portal_db.id]
  backup_retention_period = 14
  deletion_protection     = true
  skip_final_snapshot     = false
  storage_encrypted       = true

  tags = {
    app = "tenant-portal"
    env = "prod"
  }
}
""", pw=pw), pw, "Terraform aws_db_instance password argument (Terraform AWS provider docs)")

token = chars(40, B64URL)
S("tfvars", "cloudflare-api-token", "infra/envs/prod/terraform.tfvars", T(r"""
environment         = "prod"
aws_region          = "us-east-1"
domain              = "cubbyholestorage.com"
cloudflare_zone_id  = "<<zone>>"
cloudflare_api_token = "<<token>>"
portal_min_tasks    = 2
portal_max_tasks    = 6
alarm_email         = "ops@cubbyholestorage.com"
""", zone=hexs(32), token=token), token, "Terraform .tfvars; Cloudflare API token (Cloudflare docs)")

pw = words_pw()
S("helm", "postgres-password", "charts/tenant-portal/values-prod.yaml", T(r"""
replicaCount: 3

image:
  repository: ghcr.io/cubbyhole/tenant-portal
  tag: "2024.05.14"

ingress:
  enabled: true
  className: nginx
  hosts:
    - host: my.cubbyholestorage.com
      paths: [{ path: /, pathType: Prefix }]

postgresql:
  enabled: true
  auth:
    username: portal
    database: tenant_portal
    password: "<<pw>>"
  primary:
    persistence:
      size: 50Gi

resources:
  requests: { cpu: 250m, memory: 512Mi }
  limits: { memory: 1Gi }
""", pw=pw), pw, "Helm values for the Bitnami postgresql subchart auth.password (Bitnami chart docs)")

pw = human_pw()
S("k8s-secret", "sitelink-password", "k8s/prod/sitelink-credentials.yaml", T(r"""
apiVersion: v1
kind: Secret
metadata:
  name: sitelink-credentials
  namespace: pms-sync
  labels:
    app.kubernetes.io/name: pms-sync
type: Opaque
data:
  SITELINK_CORP_CODE: <<corp>>
  SITELINK_USERNAME: <<user>>
  SITELINK_PASSWORD: <<pw>>
""", corp=b64("CCBH"), user=b64("apiuser:::CUBBYHOLE"), pw=b64(pw)), pw,
  "Kubernetes Secret data (base64) (Kubernetes docs, Secrets)")

sk = stripe_secret()
S("k8s-secret", "stripe-secret-key", "k8s/prod/payments-secret.yaml", T(r"""
apiVersion: v1
kind: Secret
metadata:
  name: payments
  namespace: tenant-portal
type: Opaque
stringData:
  STRIPE_SECRET_KEY: "<<sk>>"
  STRIPE_ACCOUNT_COUNTRY: "US"
  AUTOPAY_RETRY_DAYS: "1,3,7"
""", sk=sk), sk, "Kubernetes Secret stringData; Stripe secret API key (Stripe docs, API keys)")

key = sendgrid_key()
S("dockerfile", "sendgrid-api-key", "services/notifier/Dockerfile", T(r"""
FROM python:3.12-slim

WORKDIR /app
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt

COPY notifier/ ./notifier/

ENV PYTHONUNBUFFERED=1 \
    NOTIFIER_FROM="no-reply@cubbyholestorage.com" \
    SENDGRID_API_KEY=<<key>> \
    LATE_NOTICE_TEMPLATE=d-5f1c0a9e2b3d4c6e8f0a1b2c3d4e5f60

USER 1000
CMD ["python", "-m", "notifier.worker"]
""", key=key), key, "Dockerfile ENV; SendGrid API key format SG.<id>.<secret> (SendGrid docs)")

token = "dckr_pat_" + chars(27, B64URL)
S("github-actions", "docker-hub-token", ".github/workflows/build-kiosk.yml", T(r"""
name: build-kiosk-image

on:
  push:
    branches: [main]
    paths: ["kiosk/**"]

jobs:
  build:
    runs-on: ubuntu-latest
    env:
      IMAGE: cubbyhole/kiosk
      DOCKERHUB_USER: cubbyholeci
      DOCKERHUB_TOKEN: <<token>>
    steps:
      - uses: actions/checkout@v4
      - name: Log in to Docker Hub
        run: echo "$DOCKERHUB_TOKEN" | docker login -u "$DOCKERHUB_USER" --password-stdin
      - name: Build and push
        run: |
          docker build -t "$IMAGE:${GITHUB_SHA::7}" kiosk/
          docker push "$IMAGE:${GITHUB_SHA::7}"
""", token=token), token, "GitHub Actions workflow env; Docker Hub personal access token dckr_pat_ (Docker docs)")

pw = url_pw(20)
S("gitlab-ci", "registry-password", ".gitlab-ci.yml", T(r"""
stages:
  - test
  - build
  - deploy

variables:
  HARBOR_REGISTRY: harbor.ops.lonestarstorage.com
  HARBOR_USER: robot$gate-bridge+ci
  HARBOR_PASSWORD: "<<pw>>"

test:
  stage: test
  image: python:3.12
  script:
    - pip install -r requirements-dev.txt
    - pytest -q

build:
  stage: build
  image: docker:24
  services: [docker:24-dind]
  script:
    - docker login -u "$HARBOR_USER" -p "$HARBOR_PASSWORD" "$HARBOR_REGISTRY"
    - docker build -t "$HARBOR_REGISTRY/storage/gate-bridge:$CI_COMMIT_SHORT_SHA" .
    - docker push "$HARBOR_REGISTRY/storage/gate-bridge:$CI_COMMIT_SHORT_SHA"

deploy:
  stage: deploy
  when: manual
  script:
    - ./deploy/rollout.sh "$CI_COMMIT_SHORT_SHA"
""", pw=pw), pw, "GitLab CI variables; Harbor robot account password (Harbor docs)")

pw = words_pw()
S("jenkinsfile", "mysql-password", "jobs/nightly-lien-export/Jenkinsfile", T(r"""
pipeline {
    agent { label 'reporting' }
    triggers { cron('H 2 * * *') }
    stages {
        stage('Export lien candidates') {
            steps {
                sh '''
                    mysql -h wp-db.internal -u lien_export -p'<<pw>>' cubby_ops \
                      -e "SELECT tenant_id, unit, days_past_due FROM lien_candidates WHERE days_past_due >= 45" \
                      --batch > lien_candidates.tsv
                '''
            }
        }
        stage('Archive') {
            steps {
                archiveArtifacts artifacts: 'lien_candidates.tsv', fingerprint: true
            }
        }
    }
    post {
        failure {
            mail to: 'ops@cubbyholestorage.com', subject: "Lien export failed #${env.BUILD_NUMBER}", body: "${env.BUILD_URL}"
        }
    }
}
""", pw=pw), pw, "Jenkins declarative pipeline sh step with mysql -p (MySQL client manual)")

token = fakes.fake("npm_", 36, _seed())
S("npmrc", "npm-token", "tenant-web/.npmrc", T(r"""
@cubbyhole:registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=<<token>>
engine-strict=true
save-exact=true
fund=false
audit-level=high
""", token=token), token, "npm .npmrc _authToken; npm granular token npm_ (npm docs)")

pw = gen_pw(20)
S("netrc", "password", "ops/dotfiles/.netrc", T(r"""
machine api.storedgefms.com
  login reports@cubbyholestorage.com
  password <<pw>>

machine github.com
  login cubbyhole-ops
  password ${GITHUB_TOKEN}

machine sftp.storagetreasures.com
  login cubbyhole
""", pw=pw), pw, "netrc(5) machine/login/password (GNU inetutils manual)")

pw = url_pw(22)
S("pgpass", "postgres-password", "ops/dotfiles/.pgpass", T(r"""
# hostname:port:database:username:password
warehouse.internal.cubbyhole.io:5432:warehouse:analyst_ro:<<pw>>
localhost:5432:*:postgres:postgres
*:*:*:replicator:*
# the tenant portal uses IAM auth, nothing to store
""", pw=pw), pw, "PostgreSQL password file .pgpass (PostgreSQL docs, libpq)")

token = mixed(20)
S("pip-conf", "package-index-token", "rate-engine/pip.conf", T(r"""
[global]
index-url = https://pypi.org/simple
extra-index-url = https://<<token>>:@pypi.fury.io/cubbyhole/
timeout = 60
disable-pip-version-check = true

[install]
prefer-binary = true
""", token=token), token, "pip configuration file extra-index-url; Gemfury deploy token in the URL (Gemfury docs)")

auth = b64("cubbyhole-ci:" + url_pw(24))
S("docker-config", "registry-auth", "ci/docker/config.json", T(r"""
{
  "auths": {
    "harbor.ops.lonestarstorage.com": {
      "auth": "<<auth>>"
    }
  },
  "credHelpers": {
    "123456789012.dkr.ecr.us-east-1.amazonaws.com": "ecr-login"
  },
  "HttpHeaders": {
    "User-Agent": "Docker-Client/24.0.7 (linux)"
  }
}
""", auth=auth), auth, "Docker config.json auths.auth = base64(user:password) (docker login docs)")

basic = b64("nvrproxy:" + words_pw())
S("nginx", "basic-auth-header", "nginx/conf.d/nvr-remote.conf", T(r"""
# Remote viewing of the Austin NVR for the district manager, behind our SSO proxy.
upstream nvr_tx042 {
    server 10.42.0.15:80;
    keepalive 8;
}

server {
    listen 443 ssl http2;
    server_name nvr-tx042.ops.lonestarstorage.com;

    ssl_certificate     /etc/letsencrypt/live/ops.lonestarstorage.com/fullchain.pem;
    ssl_certificate_key /etc/letsencrypt/live/ops.lonestarstorage.com/privkey.pem;

    location / {
        auth_request /oauth2/auth;
        proxy_pass http://nvr_tx042;
        proxy_set_header Host $host;
        # the NVR only knows basic auth; send its viewer account on every request
        proxy_set_header Authorization "Basic <<basic>>";
        proxy_buffering off;
    }

    location = /oauth2/auth {
        proxy_pass http://127.0.0.1:4180;
        proxy_pass_request_body off;
        proxy_set_header Content-Length "";
    }
}
""", basic=basic), basic, "nginx proxy_set_header Authorization Basic (RFC 7617)")

pw = human_pw()
S("haproxy", "stats-password", "haproxy/haproxy.cfg", T(r"""
global
    log /dev/log local0
    maxconn 4096
    user haproxy
    group haproxy

defaults
    log global
    mode http
    timeout connect 5s
    timeout client 30s
    timeout server 30s

frontend portal_https
    bind :443 ssl crt /etc/haproxy/certs/portal.pem
    default_backend portal

backend portal
    balance roundrobin
    option httpchk GET /healthz
    server app1 10.0.1.11:8080 check
    server app2 10.0.1.12:8080 check

listen stats
    bind :8404
    stats enable
    stats uri /stats
    stats refresh 10s
    stats auth admin:<<pw>>
""", pw=pw), pw, "HAProxy stats auth <user>:<passwd> (HAProxy configuration manual)")

pw = words_pw()
S("postman", "password", "postman/SiteLink-prod.postman_environment.json", T(r"""
{
  "id": "<<id>>",
  "name": "SiteLink prod",
  "values": [
    { "key": "wsdl", "value": "https://api.smdservers.net/CCWs_3.5/CallCenterWs.asmx", "type": "default", "enabled": true },
    { "key": "corpCode", "value": "CCBH", "type": "default", "enabled": true },
    { "key": "locationCode", "value": "L001", "type": "default", "enabled": true },
    { "key": "corpUser", "value": "apiuser:::CUBBYHOLE", "type": "default", "enabled": true },
    { "key": "corpPassword", "value": "<<pw>>", "type": "secret", "enabled": true }
  ],
  "_postman_variable_scope": "environment",
  "_postman_exported_at": "2024-02-09T16:21:44.118Z",
  "_postman_exported_using": "Postman/10.22.9"
}
""", id=uuid_s(), pw=pw), pw, "Postman environment export (Postman docs, managing environments)")

token = "sk_" + hexs(48)
S("http", "bearer-token", "requests/rate-engine.http", T(r"""
### Rate engine: recommended street rates for a site
GET https://rates.internal.cubbyhole.io/v2/sites/tx-austin-042/recommendations
Authorization: Bearer <<token>>
Accept: application/json

### Apply a rate change
POST https://rates.internal.cubbyhole.io/v2/sites/tx-austin-042/rates
Authorization: Bearer <<token>>
Content-Type: application/json

{
  "unit_type": "10x10CC",
  "street_rate": 149.00,
  "effective": "2024-06-01"
}
""", token=token), token, "HTTP request file (VS Code REST Client / JetBrains HTTP client) with a Bearer token")

pw = human_pw()
S("vba", "database-password", "reports/OccupancyExport.bas", T(r"""
Attribute VB_Name = "OccupancyExport"
Option Explicit

' Pulls last month's occupancy by site into the "Data" sheet for the owner report.
Public Sub RefreshOccupancy()
    Dim cn As Object, rs As Object
    Set cn = CreateObject("ADODB.Connection")
    cn.Open "Provider=MSOLEDBSQL;Data Source=sl-replica.cubbyhole.local;Initial Catalog=SiteLinkRpt;" & _
            "User ID=excel_rpt;Password=<<pw>>;"
    Set rs = cn.Execute("SELECT SiteName, UnitsTotal, UnitsRented, Occupancy FROM rpt.MonthlyOccupancy " & _
                        "WHERE MonthStart = DATEADD(month, DATEDIFF(month, 0, GETDATE()) - 1, 0)")
    With ThisWorkbook.Sheets("Data")
        .Range("A2:D200").ClearContents
        .Range("A2").CopyFromRecordset rs
    End With
    rs.Close
    cn.Close
End Sub
""", pw=pw), pw, "Excel VBA ADODB connection string (Microsoft OLE DB Driver for SQL Server docs)")

pw = words_pw()
S("perl", "database-password", "legacy/bin/gate_code_sync.pl", T(r"""
#!/usr/bin/perl
# Legacy: copies gate codes from the old PMS database to the DoorKing export file.
use strict;
use warnings;
use DBI;

my $dbh = DBI->connect(
    "DBI:mysql:database=pms_legacy;host=10.9.0.4;port=3306",
    "gatesync", "<<pw>>",
    { RaiseError => 1, AutoCommit => 1 }
) or die "connect failed: $DBI::errstr";

my $sth = $dbh->prepare(q{
    SELECT unit_no, gate_code, active FROM tenants WHERE site = ? AND gate_code IS NOT NULL
});
$sth->execute('AR-BENTON-004');

open my $out, '>', '/srv/doorking/import/codes.csv' or die $!;
while (my ($unit, $code, $active) = $sth->fetchrow_array) {
    print {$out} join(',', $unit, $code, $active ? 'A' : 'D'), "\n";
}
close $out;
$dbh->disconnect;
""", pw=pw), pw, "Perl DBI->connect($dsn, $user, $password) (DBI docs)")

pw = human_pw()
S("xml", "kiosk-admin-password", "kiosk/provisioning/autounattend.xml", T(r"""
<?xml version="1.0" encoding="utf-8"?>
<unattend xmlns="urn:schemas-microsoft-com:unattend" xmlns:wcm="http://schemas.microsoft.com/WMIConfig/2002/State">
  <settings pass="oobeSystem">
    <component name="Microsoft-Windows-Shell-Setup" processorArchitecture="amd64" publicKeyToken="31bf3856ad364e35" language="neutral" versionScope="nonSxS">
      <UserAccounts>
        <AdministratorPassword>
          <Value><<pw>></Value>
          <PlainText>true</PlainText>
        </AdministratorPassword>
        <LocalAccounts>
          <LocalAccount wcm:action="add">
            <Name>kiosk</Name>
            <Group>Users</Group>
            <Password>
              <Value></Value>
              <PlainText>true</PlainText>
            </Password>
          </LocalAccount>
        </LocalAccounts>
      </UserAccounts>
      <AutoLogon>
        <Enabled>true</Enabled>
        <Username>kiosk</Username>
      </AutoLogon>
      <OOBE>
        <HideEULAPage>true</HideEULAPage>
        <ProtectYourPC>3</ProtectYourPC>
      </OOBE>
      <TimeZone>Central Standard Time</TimeZone>
    </component>
  </settings>
</unattend>
""", pw=pw), pw, "Windows unattend.xml AdministratorPassword PlainText (Microsoft unattend reference)")

pw = gen_pw(16)
S("ini", "kiosk-service-password", "kiosk/app/kiosk.ini", T(r"""
[kiosk]
site_id = tx-austin-042
screen_timeout = 90
language = en,es

[payments]
terminal = ingenico-lane-3000
terminal_ip = 10.42.0.40
receipt_printer = EPSON TM-T88VI

[service_menu]
; hidden menu opened with the 5-tap gesture in the top-right corner
username = tech
password = <<pw>>

[pms]
provider = sitelink
location_code = L042
""", pw=pw), pw, "Kiosk application INI with a service-menu password")

pw = url_pw(18)
S("crontab", "mysql-password", "ops/cron/wp-db-backup.crontab", T(r"""
# m h  dom mon dow  command
SHELL=/bin/bash
MAILTO=ops@cubbyholestorage.com

# nightly WordPress DB dump, kept 14 days
15 3 * * * mysqldump --single-transaction -h mysql-wp.internal -u backup -p<<pw>> cubby_wp | gzip > /backups/wp/cubby_wp-$(date +\%F).sql.gz
45 3 * * * find /backups/wp -name 'cubby_wp-*.sql.gz' -mtime +14 -delete
""", pw=pw), pw, "crontab(5) line with mysqldump -p<password> (MySQL client manual)")

token = mixed(48)
S("systemd", "api-token", "deploy/systemd/gate-bridge.service", T(r"""
[Unit]
Description=Gate bridge (PMS <-> access control)
After=network-online.target
Wants=network-online.target

[Service]
Type=simple
User=gatebridge
WorkingDirectory=/opt/gate-bridge
Environment="GATE_BRIDGE_SITE=ga-kennesaw-021"
Environment="GATE_BRIDGE_HQ_URL=https://ops.peachstatestorage.net"
Environment="GATE_BRIDGE_HQ_TOKEN=<<token>>"
ExecStart=/opt/gate-bridge/venv/bin/python -m gatebridge
Restart=always
RestartSec=5

[Install]
WantedBy=multi-user.target
""", token=token), token, "systemd.exec Environment= in a unit file (systemd docs)")

pw = url_pw(20)
S("markdown", "mysql-root-password", "auction-portal/README.md", T(r"""
# Lien auction portal

Lists units going to lien sale, feeds them to the public auction sites and records the winning
bids back into the PMS.

## Local development

```bash
docker run -d --name auction-db -p 3306:3306 \
  -e MYSQL_ROOT_PASSWORD=<<pw>> \
  -e MYSQL_DATABASE=auctions \
  mysql:8.0
cp .env.example .env
composer install
php artisan migrate --seed
php artisan serve
```

## Deploying

Merges to `main` deploy to staging; tag a release (`vYYYY.MM.N`) to deploy to production.
State law notice periods are in `config/lien.php` -- check with legal before changing them.
""", pw=pw), pw, "docker run -e MYSQL_ROOT_PASSWORD (MySQL Docker image docs) in a README")

pw = words_pw()
cut = len(pw) // 2
S("java", "smtp-password", "notices/src/main/java/com/cubbyhole/notices/LienNoticeMailer.java", T(r"""
package com.cubbyhole.notices;

import jakarta.mail.Authenticator;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;

import java.util.Properties;

/** Sends the certified-mail copies of lien notices to the tenant's e-mail as well. */
public final class LienNoticeMailer {

    private static final String SMTP_HOST = "smtp.office365.com";
    private static final String SMTP_USER = "notices@cubbyholestorage.com";
    private static final String SMTP_PASS = "<<p1>>" +
            "<<p2>>";

    static Session session() {
        Properties props = new Properties();
        props.put("mail.smtp.host", SMTP_HOST);
        props.put("mail.smtp.port", "587");
        props.put("mail.smtp.auth", "true");
        props.put("mail.smtp.starttls.enable", "true");
        return Session.getInstance(props, new Authenticator() {
            @Override
            protected PasswordAuthentication getPasswordAuthentication() {
                return new PasswordAuthentication(SMTP_USER, SMTP_PASS);
            }
        });
    }
}
""", p1=pw[:cut], p2=pw[cut:]), pw, "Jakarta Mail Session with PasswordAuthentication; a string constant split with +")

# --- PMS and website decoys ------------------------------------------------------------------

D("python", "env-lookup", "pms/sitelink/settings.py", T(r"""
'''SiteLink settings, read from the environment (set by the deploy from AWS Secrets Manager).'''
import os
from dataclasses import dataclass


@dataclass(frozen=True)
class SiteLinkSettings:
    corp_code: str
    username: str
    password: str
    wsdl: str = "https://api.smdservers.net/CCWs_3.5/CallCenterWs.asmx?WSDL"


def load() -> SiteLinkSettings:
    try:
        return SiteLinkSettings(
            corp_code=os.environ["SITELINK_CORP_CODE"],
            username=os.environ["SITELINK_USERNAME"],
            password=os.environ["SITELINK_PASSWORD"],
        )
    except KeyError as missing:
        raise SystemExit(f"missing setting {missing}; see docs/sitelink.md") from None
"""), "Settings read from environment variables")

D("markdown", "placeholder", "docs/sitelink.md", T(r"""
# Connecting a new site to SiteLink

1. In SiteLink Web Edition, *Corporate > Users*, create the API user
   `apiuser:::<CORPNAME>` with the "API access" role for the new location.
2. Put the credentials in the password manager under **Integrations / SiteLink**.
3. Add the location to `pms/locations.yaml`:

```yaml
- location_code: L0XX
  site_id: xx-city-0XX
  timezone: America/Chicago
```

4. Run the sync once by hand:

```bash
export SITELINK_CORP_CODE=CCBH
export SITELINK_USERNAME='apiuser:::CUBBYHOLE'
export SITELINK_PASSWORD='<your SiteLink API password>'
python -m pms.sync --location L0XX --dry-run
```

5. Check the unit count against the SiteLink "Rent Roll" report, then enable the site in
   `deploy/sites/` so the gate bridge picks it up.
"""), "README with placeholders in place of credentials")

D("properties", "placeholder", "gate-bridge/src/main/resources/application.properties", T(r"""
spring.application.name=gate-bridge
server.port=8085

opentech.insomniac.base-url=https://api.opentechalliance.com/v2
opentech.insomniac.account-id=${OPENTECH_ACCOUNT_ID}
opentech.insomniac.api-key=${OPENTECH_API_KEY}
opentech.insomniac.timeout-ms=8000

spring.datasource.url=jdbc:postgresql://${DB_HOST:localhost}:5432/gatebridge
spring.datasource.username=${DB_USER:gatebridge}
spring.datasource.password=${DB_PASSWORD}

sitelink.username=${SITELINK_USER}
sitelink.password=${SITELINK_PASSWORD}
"""), "Spring Boot property placeholders ${...} (Spring Boot docs, externalized configuration)")

D("env", "example", "rate-engine/.env.example", T(r"""
# Copy to .env and fill in. Never commit .env.
NODE_ENV=development
PORT=8080
LOG_LEVEL=debug

STOREDGE_BASE_URL=https://api.storedgefms.com
STOREDGE_API_KEY=
STOREDGE_API_SECRET=
STOREDGE_COMPANY_ID=

DATABASE_URL=postgres://postgres:postgres@localhost:5432/rate_engine_dev
RATE_FLOOR_PCT=0.85
RATE_CEILING_PCT=1.35
"""), ".env.example with empty values and a local dev default")

D("k8s", "external-secret", "k8s/prod/sitelink-external-secret.yaml", T(r"""
apiVersion: external-secrets.io/v1beta1
kind: ExternalSecret
metadata:
  name: sitelink-credentials
  namespace: pms-sync
spec:
  refreshInterval: 1h
  secretStoreRef:
    name: aws-secrets-manager
    kind: ClusterSecretStore
  target:
    name: sitelink-credentials
    creationPolicy: Owner
  data:
    - secretKey: SITELINK_USERNAME
      remoteRef:
        key: prod/pms-sync/sitelink
        property: username
    - secretKey: SITELINK_PASSWORD
      remoteRef:
        key: prod/pms-sync/sitelink
        property: password
"""), "External Secrets Operator ExternalSecret (external-secrets.io docs)")

D("helm", "existing-secret", "charts/tenant-portal/values.yaml", T(r"""
replicaCount: 2

image:
  repository: ghcr.io/cubbyhole/tenant-portal
  tag: ""

postgresql:
  enabled: true
  auth:
    username: portal
    database: tenant_portal
    existingSecret: tenant-portal-db
    secretKeys:
      adminPasswordKey: postgres-password
      userPasswordKey: password

stripe:
  existingSecret: payments
  secretKeyRef: STRIPE_SECRET_KEY

env:
  RAILS_ENV: production
  RAILS_LOG_TO_STDOUT: "true"
"""), "Helm values referencing existing Kubernetes Secrets (Bitnami postgresql chart docs)")

D("github-actions", "secrets-context", ".github/workflows/deploy-portal.yml", T(r"""
name: deploy-tenant-portal

on:
  workflow_dispatch:
  push:
    tags: ["v*"]

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
          role-to-assume: arn:aws:iam::123456789012:role/gh-deploy-tenant-portal
          aws-region: us-east-1
      - name: Log in to Docker Hub
        uses: docker/login-action@v3
        with:
          username: ${{ vars.DOCKERHUB_USER }}
          password: ${{ secrets.DOCKERHUB_TOKEN }}
      - name: Deploy
        env:
          STRIPE_SECRET_KEY: ${{ secrets.STRIPE_SECRET_KEY }}
          SITELINK_PASSWORD: ${{ secrets.SITELINK_PASSWORD }}
        run: ./deploy/ecs-deploy.sh "${GITHUB_REF_NAME}"
"""), "GitHub Actions secrets and vars contexts; OIDC role assumption (GitHub docs)")

D("compose", "env-interpolation", "auction-portal/docker-compose.yml", T(r"""
services:
  app:
    build: .
    env_file: .env
    ports:
      - "8000:8000"
    depends_on:
      - db
  db:
    image: mysql:8.0
    environment:
      MYSQL_ROOT_PASSWORD: ${MYSQL_ROOT_PASSWORD:?set MYSQL_ROOT_PASSWORD in .env}
      MYSQL_DATABASE: auctions
      MYSQL_USER: auctions
      MYSQL_PASSWORD: ${MYSQL_PASSWORD:?set MYSQL_PASSWORD in .env}
    volumes:
      - dbdata:/var/lib/mysql
volumes:
  dbdata:
"""), "Docker Compose variable interpolation ${VAR:?error} (Compose docs)")

D("terraform", "secrets-manager", "infra/tenant-portal/rds-secret.tf", T(r"""
resource "random_password" "portal_db" {
  length           = 32
  special          = true
  override_special = "!#%*-_=+"
}

resource "aws_secretsmanager_secret" "portal_db" {
  name = "prod/tenant-portal/db"
}

resource "aws_secretsmanager_secret_version" "portal_db" {
  secret_id     = aws_secretsmanager_secret.portal_db.id
  secret_string = jsonencode({ username = "portal_admin", password = random_password.portal_db.result })
}

resource "aws_db_instance" "portal_v2" {
  identifier     = "tenant-portal-prod-v2"
  engine         = "postgres"
  instance_class = "db.t4g.medium"
  username       = "portal_admin"
  password       = random_password.portal_db.result
}

variable "stripe_secret_key" {
  type      = string
  sensitive = true
}
"""), "Terraform random_password and aws_secretsmanager_secret_version (Terraform registry docs)")

D("xml", "tokenized-config", "CubbyKiosk.Web/Web.Release.config", T(r"""
<?xml version="1.0" encoding="utf-8"?>
<!-- Release transform: tokens are replaced by the Azure DevOps release (Replace Tokens task). -->
<configuration xmlns:xdt="http://schemas.microsoft.com/XML-Document-Transform">
  <connectionStrings>
    <add name="KioskDb"
         connectionString="Data Source=#{KioskSqlServer}#;Initial Catalog=Kiosk;User ID=#{KioskSqlUser}#;Password=#{KioskSqlPassword}#;MultipleActiveResultSets=True"
         xdt:Transform="SetAttributes" xdt:Locator="Match(name)" />
  </connectionStrings>
  <system.web>
    <compilation xdt:Transform="RemoveAttributes(debug)" />
  </system.web>
</configuration>
"""), "Web.config transform with #{token}# placeholders (Azure DevOps Replace Tokens)")

D("php", "getenv", "wp-config.prod.php", T(r"""
<?php
/**
 * Production wp-config: every secret comes from the container environment.
 */
define( 'DB_NAME', getenv( 'WORDPRESS_DB_NAME' ) );
define( 'DB_USER', getenv( 'WORDPRESS_DB_USER' ) );
define( 'DB_PASSWORD', getenv( 'WORDPRESS_DB_PASSWORD' ) );
define( 'DB_HOST', getenv( 'WORDPRESS_DB_HOST' ) );

foreach ( array( 'AUTH_KEY', 'SECURE_AUTH_KEY', 'LOGGED_IN_KEY', 'NONCE_KEY',
                 'AUTH_SALT', 'SECURE_AUTH_SALT', 'LOGGED_IN_SALT', 'NONCE_SALT' ) as $name ) {
	define( $name, getenv( 'WORDPRESS_' . $name ) );
}

$table_prefix = 'cb_';
define( 'WP_DEBUG', false );

if ( ! defined( 'ABSPATH' ) ) {
	define( 'ABSPATH', __DIR__ . '/' );
}
require_once ABSPATH . 'wp-settings.php';
"""), "wp-config.php reading getenv() (official WordPress Docker image docs)")

D("ruby", "credentials-lookup", "config/initializers/storedge.rb", T(r"""
# storEDGE keys live in the encrypted Rails credentials (config/credentials/production.yml.enc).
Storedge.configure do |config|
  config.api_key    = Rails.application.credentials.dig(:storedge, :api_key)
  config.api_secret = Rails.application.credentials.dig(:storedge, :api_secret)
  config.site       = ENV.fetch("STOREDGE_SITE", "https://api.storedgefms.com")
  config.timeout    = 30
end

Rails.application.config.after_initialize do
  if Rails.env.production? && Storedge.config.api_key.blank?
    raise "storEDGE credentials missing: run bin/rails credentials:edit --environment production"
  end
end
"""), "Rails encrypted credentials lookups (Rails guides, security)")

r = _rng()
D("sql", "password-hash", "db/seeds/staff_users.sql", T(r"""
-- Staff accounts for the staging tenant portal admin. Passwords are bcrypt hashes;
-- the plain passwords were never stored (staff reset them on first login).
INSERT INTO admin_users (email, role, encrypted_password, must_reset) VALUES
  ('jmarsh@cubbyholestorage.com',  'district_manager', '<<h1>>', true),
  ('dbrooks@cubbyholestorage.com', 'site_manager',     '<<h2>>', true),
  ('tlopez@cubbyholestorage.com',  'site_manager',     '<<h3>>', true),
  ('audit@cubbyholestorage.com',   'read_only',        '<<h4>>', true);

UPDATE admin_users SET last_password_change = now() WHERE must_reset;
""", h1=bcrypt_hash(12, "$2a$"), h2=bcrypt_hash(12, "$2a$"), h3=bcrypt_hash(12, "$2a$"), h4=bcrypt_hash(12, "$2a$")),
  "bcrypt hashes as Devise stores them in encrypted_password")

D("sql", "psql-variable", "db/create_reporting_role.sql", T(r"""
-- Run with:  psql -v reporting_pw="$(vault kv get -field=password secret/db/reporting)" -f create_reporting_role.sql
\set ON_ERROR_STOP on
CREATE ROLE reporting LOGIN PASSWORD :'reporting_pw' CONNECTION LIMIT 5;
GRANT CONNECT ON DATABASE tenant_portal TO reporting;
GRANT USAGE ON SCHEMA public TO reporting;
GRANT SELECT ON ALL TABLES IN SCHEMA public TO reporting;
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT ON TABLES TO reporting;
"""), "psql variables :'name' interpolation (psql manual)")

D("r", "keyring-lookup", "analytics/delinquency_report.R", T(r"""
# Monthly delinquency report. The DB password is kept in the OS keyring:
#   keyring::key_set("warehouse", "analyst_rw")
library(DBI)
library(RPostgres)

con <- dbConnect(
  RPostgres::Postgres(),
  host = "reporting.cxq1lmz0a9.us-east-2.rds.amazonaws.com",
  dbname = "warehouse",
  user = "analyst_rw",
  password = keyring::key_get("warehouse", "analyst_rw")
)

dq <- dbGetQuery(con, "SELECT site_id, bucket, count(*) AS tenants, sum(balance) AS owed
                       FROM mart.delinquency GROUP BY 1, 2 ORDER BY 1, 2")
dbDisconnect(con)
write.csv(dq, sprintf("delinquency-%s.csv", format(Sys.Date(), "%Y-%m")), row.names = FALSE)
"""), "R keyring::key_get (keyring package docs)")

D("notebook", "getpass", "notebooks/move_out_reasons.ipynb", T(r"""
{
 "cells": [
  {
   "cell_type": "code",
   "execution_count": 1,
   "metadata": {},
   "outputs": [
    {
     "name": "stdout",
     "output_type": "stream",
     "text": [
      "warehouse password: ········\n"
     ]
    }
   ],
   "source": [
    "import getpass\n",
    "import pandas as pd\n",
    "from sqlalchemy import create_engine, URL\n",
    "\n",
    "url = URL.create('postgresql+psycopg2', username='analyst', password=getpass.getpass('warehouse password: '),\n",
    "                 host='warehouse.internal.cubbyhole.io', database='warehouse')\n",
    "engine = create_engine(url)"
   ]
  },
  {
   "cell_type": "code",
   "execution_count": 2,
   "metadata": {},
   "outputs": [],
   "source": [
    "reasons = pd.read_sql('select reason, count(*) n from mart.move_outs group by 1 order by 2 desc', engine)\n",
    "reasons.head(10)"
   ]
  }
 ],
 "metadata": {
  "kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}
 },
 "nbformat": 4,
 "nbformat_minor": 5
}
"""), "Jupyter notebook using getpass; SQLAlchemy URL.create")

r = _rng()
D("json", "lockfile-integrity", "tenant-web/package-lock.json", T(r"""
{
  "name": "tenant-web",
  "version": "3.8.0",
  "lockfileVersion": 3,
  "requires": true,
  "packages": {
    "": {
      "name": "tenant-web",
      "version": "3.8.0",
      "dependencies": {
        "@stripe/stripe-js": "^3.3.0",
        "axios": "^1.6.8"
      }
    },
    "node_modules/@stripe/stripe-js": {
      "version": "3.3.0",
      "resolved": "https://registry.npmjs.org/@stripe/stripe-js/-/stripe-js-3.3.0.tgz",
      "integrity": "sha512-<<i1>>"
    },
    "node_modules/axios": {
      "version": "1.6.8",
      "resolved": "https://registry.npmjs.org/axios/-/axios-1.6.8.tgz",
      "integrity": "sha512-<<i2>>"
    }
  }
}
""", i1=chars(86, B64) + "==", i2=chars(86, B64) + "=="), "npm package-lock.json integrity (SRI sha512) fields (npm docs)")

D("xml", "maven-env", "reporting/.mvn/settings.xml", T(r"""
<?xml version="1.0" encoding="UTF-8"?>
<settings xmlns="http://maven.apache.org/SETTINGS/1.2.0">
  <servers>
    <server>
      <id>cubbyhole-nexus</id>
      <username>${env.NEXUS_USER}</username>
      <password>${env.NEXUS_PASSWORD}</password>
    </server>
  </servers>
  <mirrors>
    <mirror>
      <id>cubbyhole-nexus</id>
      <mirrorOf>*</mirrorOf>
      <url>https://nexus.ops.cubbyhole.io/repository/maven-public/</url>
    </mirror>
  </mirrors>
</settings>
"""), "Maven settings.xml ${env.VAR} interpolation (Maven docs)")

D("npmrc", "env-token", "tenant-admin/.npmrc", T(r"""
@cubbyhole:registry=https://npm.pkg.github.com
//npm.pkg.github.com/:_authToken=${NODE_AUTH_TOKEN}
engine-strict=true
save-exact=true
fund=false
"""), "npmrc environment variable expansion ${NODE_AUTH_TOKEN} (npm docs, npmrc)")

D("http", "variables", "requests/storedge.http", T(r"""
@base = https://api.storedgefms.com
@facility = {{$dotenv STOREDGE_FACILITY_ID}}

### Units at a facility (token from the auth request below)
# @name units
GET {{base}}/v1/{{facility}}/units
Authorization: Bearer {{login.response.body.access_token}}
Accept: application/json

### Login
# @name login
POST {{base}}/oauth/token
Content-Type: application/x-www-form-urlencoded

grant_type=client_credentials&client_id={{$dotenv STOREDGE_CLIENT_ID}}&client_secret={{$dotenv STOREDGE_CLIENT_SECRET}}
"""), "VS Code REST Client variables and {{$dotenv}} (REST Client README)")

D("json", "postman-empty", "postman/SiteLink-template.postman_environment.json", T(r"""
{
  "id": "<<id>>",
  "name": "SiteLink (template)",
  "values": [
    { "key": "wsdl", "value": "https://api.smdservers.net/CCWs_3.5/CallCenterWs.asmx", "type": "default", "enabled": true },
    { "key": "corpCode", "value": "", "type": "default", "enabled": true },
    { "key": "locationCode", "value": "L001", "type": "default", "enabled": true },
    { "key": "corpUser", "value": "", "type": "default", "enabled": true },
    { "key": "corpPassword", "value": "", "type": "secret", "enabled": true }
  ],
  "_postman_variable_scope": "environment",
  "_postman_exported_at": "2024-02-09T16:25:02.530Z",
  "_postman_exported_using": "Postman/10.22.9"
}
""", id=uuid_s()), "Postman environment export with empty secret values")

D("k8s-secret", "placeholder-base64", "k8s/base/payments-secret.yaml", T(r"""
# Base manifest: the overlays replace these values (kustomize secretGenerator in prod).
apiVersion: v1
kind: Secret
metadata:
  name: payments
  namespace: tenant-portal
type: Opaque
data:
  STRIPE_SECRET_KEY: <<v1>>
  STRIPE_WEBHOOK_SECRET: <<v2>>
""", v1=b64("REPLACE_ME"), v2=b64("REPLACE_ME")), "Kubernetes Secret with base64 of a placeholder")

# =============================================================================================
# Online rental and payments
# =============================================================================================

sk = stripe_secret()
S("python", "stripe-secret-key", "billing/autopay_retry.py", T(r"""
'''Retry failed autopay charges for monthly rent (runs daily at 07:00 site time).'''
import logging

import stripe

from billing.models import Invoice

stripe.api_key = "<<sk>>"
log = logging.getLogger(__name__)
RETRY_DAYS = (1, 3, 7)


def retry_failed() -> None:
    for invoice in Invoice.objects.filter(status="past_due", days_past_due__in=RETRY_DAYS):
        try:
            intent = stripe.PaymentIntent.create(
                amount=invoice.amount_cents,
                currency="usd",
                customer=invoice.tenant.stripe_customer_id,
                payment_method=invoice.tenant.default_payment_method,
                off_session=True,
                confirm=True,
                metadata={"invoice": invoice.pk, "unit": invoice.unit_number},
            )
            invoice.mark_paid(intent.id)
        except stripe.error.CardError as err:
            log.warning("autopay retry failed for invoice %s: %s", invoice.pk, err.user_message)
""", sk=sk), sk, "Stripe Python library stripe.api_key (Stripe API reference, authentication)")

whsec = "whsec_" + alnum(32)
S("js", "stripe-webhook-secret", "api/routes/stripeWebhook.js", T(r"""
const express = require('express');
const Stripe = require('stripe');

const stripe = Stripe(process.env.STRIPE_SECRET_KEY);
const endpointSecret = '<<whsec>>';
const router = express.Router();

router.post('/webhooks/stripe', express.raw({ type: 'application/json' }), async (req, res) => {
  let event;
  try {
    event = stripe.webhooks.constructEvent(req.body, req.headers['stripe-signature'], endpointSecret);
  } catch (err) {
    return res.status(400).send(`Webhook Error: ${err.message}`);
  }

  switch (event.type) {
    case 'invoice.paid':
      await req.app.locals.rent.markPaid(event.data.object.metadata.lease_id);
      break;
    case 'invoice.payment_failed':
      await req.app.locals.rent.flagPastDue(event.data.object.metadata.lease_id);
      break;
    default:
      break;
  }
  res.json({ received: true });
});

module.exports = router;
""", whsec=whsec), whsec, "Stripe webhook endpoint signing secret whsec_ with constructEvent (Stripe docs)")

rk = stripe_secret("rk")
S("ts", "stripe-restricted-key", "functions/src/moveInCheckout.ts", T(r"""
import Stripe from "stripe";
import { onCall, HttpsError } from "firebase-functions/v2/https";

// restricted key: Checkout Sessions write + Prices read only
const stripe = new Stripe("<<rk>>", { apiVersion: "2023-10-16" });

export const createMoveInCheckout = onCall(async (request) => {
  const { unitId, priceId, tenantEmail } = request.data as {
    unitId: string;
    priceId: string;
    tenantEmail: string;
  };
  if (!unitId || !priceId) {
    throw new HttpsError("invalid-argument", "unitId and priceId are required");
  }
  const session = await stripe.checkout.sessions.create({
    mode: "subscription",
    customer_email: tenantEmail,
    line_items: [{ price: priceId, quantity: 1 }],
    metadata: { unitId },
    success_url: "https://rent.cubbyholestorage.com/move-in/done?session={CHECKOUT_SESSION_ID}",
    cancel_url: "https://rent.cubbyholestorage.com/units",
  });
  return { url: session.url };
});
""", rk=rk), rk, "Stripe restricted API key rk_live_ (Stripe docs, restricted keys)")

tkey = mixed(16)
S("php", "authorize-net-transaction-key", "includes/payments/class-authnet-gateway.php", T(r"""
<?php
use net\authorize\api\contract\v1 as AnetAPI;
use net\authorize\api\controller as AnetController;

class Cubby_AuthNet_Gateway {
	const API_LOGIN_ID    = '<<login>>';
	const TRANSACTION_KEY = '<<tkey>>';

	private function auth() {
		$auth = new AnetAPI\MerchantAuthenticationType();
		$auth->setName( self::API_LOGIN_ID );
		$auth->setTransactionKey( self::TRANSACTION_KEY );
		return $auth;
	}

	public function charge_rent( $opaque_descriptor, $opaque_value, $amount, $invoice ) {
		$opaque = new AnetAPI\OpaqueDataType();
		$opaque->setDataDescriptor( $opaque_descriptor );
		$opaque->setDataValue( $opaque_value );
		$payment = new AnetAPI\PaymentType();
		$payment->setOpaqueData( $opaque );

		$tx = new AnetAPI\TransactionRequestType();
		$tx->setTransactionType( 'authCaptureTransaction' );
		$tx->setAmount( $amount );
		$tx->setPayment( $payment );
		$tx->setOrder( ( new AnetAPI\OrderType() )->setInvoiceNumber( $invoice ) );

		$request = new AnetAPI\CreateTransactionRequest();
		$request->setMerchantAuthentication( $this->auth() );
		$request->setTransactionRequest( $tx );
		$controller = new AnetController\CreateTransactionController( $request );
		return $controller->executeWithApiResponse( \net\authorize\api\constants\ANetEnvironment::PRODUCTION );
	}
}
""", login=mixed(10), tkey=tkey), tkey, "Authorize.net PHP SDK setName / setTransactionKey (Authorize.net developer docs)")

priv = hexs(32)
S("yaml", "braintree-private-key", "config/braintree.yml", T(r"""
# Braintree gateway for the tenant portal (card + ACH autopay)
development:
  environment: sandbox
  merchant_id: <%= ENV["BT_SANDBOX_MERCHANT_ID"] %>
  public_key: <%= ENV["BT_SANDBOX_PUBLIC_KEY"] %>
  private_key: <%= ENV["BT_SANDBOX_PRIVATE_KEY"] %>

production:
  environment: production
  merchant_id: <<merchant>>
  public_key: <<pub>>
  private_key: <<priv>>
  merchant_account_id: cubbyholestorageUSD
""", merchant=chars(16, string.ascii_lowercase + string.digits), pub=chars(16, string.ascii_lowercase + string.digits), priv=priv),
  priv, "Braintree gateway credentials merchant_id / public_key / private_key (Braintree docs)")

token = "access_token$production$" + chars(16, string.ascii_lowercase + string.digits) + "$" + hexs(32)
S("ruby", "braintree-access-token", "config/initializers/braintree.rb", T(r"""
# Braintree via the PayPal-partner OAuth access token (one merchant account per owner entity)
$braintree_gateway = Braintree::Gateway.new(
  access_token: "<<token>>",
  logger: Rails.logger
)

Rails.application.config.to_prepare do
  Billing::CardProcessor.gateway = $braintree_gateway
end
""", token=token), token, "Braintree Ruby SDK Gateway.new(access_token:) (Braintree docs, OAuth)")

token = "EAAA" + chars(60, B64URL)
S("java", "square-access-token", "kiosk-pay/src/main/java/com/cubbyhole/kiosk/pay/SquareConfig.java", T(r"""
package com.cubbyhole.kiosk.pay;

import com.squareup.square.Environment;
import com.squareup.square.SquareClient;
import com.squareup.square.authentication.BearerAuthModel;

public final class SquareConfig {

    static final String LOCATION_ID = "L8QZ2YVN3KX4T";
    private static final String ACCESS_TOKEN = "<<token>>";

    private SquareConfig() {
    }

    public static SquareClient client() {
        return new SquareClient.Builder()
                .environment(Environment.PRODUCTION)
                .bearerAuthCredentials(new BearerAuthModel.Builder(ACCESS_TOKEN).build())
                .build();
    }
}
""", token=token), token, "Square Java SDK bearerAuthCredentials; Square production access token EAAA… (Square docs)")

secret = "sq0csp-" + chars(43, B64URL)
S("env", "square-app-secret", "kiosk-pay/.env.production", T(r"""
SQUARE_ENVIRONMENT=production
SQUARE_APPLICATION_ID=sq0idp-<<appid>>
SQUARE_APPLICATION_SECRET=<<secret>>
SQUARE_OAUTH_REDIRECT=https://pay.cubbyholestorage.com/square/callback
SQUARE_LOCATION_TX042=L8QZ2YVN3KX4T
SQUARE_LOCATION_TX117=LM1R7D0Q2A9JC
""", appid=chars(22, B64URL), secret=secret), secret, "Square OAuth application secret sq0csp- (Square developer docs)")

secure = hexs(32)
S("go", "forte-secure-key", "internal/payments/forte/client.go", tabs(T(r"""
package forte

import (
    "bytes"
    "encoding/json"
    "fmt"
    "net/http"
    "time"
)

const (
    apiBase      = "https://api.forte.net/v3"
    organization = "org_412094"
    location     = "loc_238117"
    apiAccessID  = "<<access>>"
    apiSecureKey = "<<secure>>"
)

var httpClient = &http.Client{Timeout: 20 * time.Second}

// ChargeACH debits a tenant's bank account for rent through the stored paymethod token.
func ChargeACH(paymethodToken string, amount float64, invoice string) (*http.Response, error) {
    body, _ := json.Marshal(map[string]any{
        "action":               "sale",
        "authorization_amount": amount,
        "paymethod_token":      paymethodToken,
        "order_number":         invoice,
    })
    url := fmt.Sprintf("%s/organizations/%s/locations/%s/transactions", apiBase, organization, location)
    req, err := http.NewRequest(http.MethodPost, url, bytes.NewReader(body))
    if err != nil {
        return nil, err
    }
    req.SetBasicAuth(apiAccessID, apiSecureKey)
    req.Header.Set("X-Forte-Auth-Organization-Id", organization)
    req.Header.Set("Content-Type", "application/json")
    return httpClient.Do(req)
}
""", access=hexs(32), secure=secure)), secure, "Forte REST API v3 Basic auth with API Access ID and API Secure Key (Forte docs)")

pw = gen_pw(18)
S("json", "cardconnect-password", "config/cardconnect.prod.json", T(r"""
{
  "gateway": "cardconnect",
  "site": "fts",
  "baseUrl": "https://fts.cardconnect.com/cardconnect/rest",
  "merchants": {
    "tx-austin-042": "496160873888",
    "tx-rockwall-117": "496160873896"
  },
  "username": "cubbyholeapi",
  "password": "<<pw>>",
  "timeoutMs": 30000,
  "ach": { "enabled": true, "secCode": "WEB" }
}
""", pw=pw), pw, "CardConnect CardPointe Gateway API basic auth username/password (CardPointe docs)")

key = "skapi_prod_" + chars(42, B64URL)
S("csharp", "heartland-secret-key", "src/Storvault.Payments/PortalPayments.cs", T(r"""
using GlobalPayments.Api;
using GlobalPayments.Api.Entities;
using GlobalPayments.Api.PaymentMethods;

namespace Storvault.Payments
{
    public static class PortalPayments
    {
        public static void Configure()
        {
            ServicesContainer.ConfigureService(new PorticoConfig
            {
                SecretApiKey = "<<key>>",
                DeveloperId = "002914",
                VersionNumber = "3026",
            });
        }

        public static Transaction ChargeRent(string token, decimal amount, string invoice)
        {
            var card = new CreditCardData { Token = token };
            return card.Charge(amount)
                .WithCurrency("USD")
                .WithInvoiceNumber(invoice)
                .WithAllowDuplicates(false)
                .Execute();
        }
    }
}
""", key=key), key, "Global Payments (Heartland Portico) .NET SDK PorticoConfig.SecretApiKey (Global Payments developer docs)")

secret = hexs(30)
S("python", "plaid-secret", "billing/ach/plaid_link.py", T(r"""
'''Exchange a Plaid Link public token for a processor token to set up ACH autopay.'''
import plaid
from plaid.api import plaid_api
from plaid.model.item_public_token_exchange_request import ItemPublicTokenExchangeRequest
from plaid.model.processor_token_create_request import ProcessorTokenCreateRequest

configuration = plaid.Configuration(
    host=plaid.Environment.Production,
    api_key={
        "clientId": "<<cid>>",
        "secret": "<<secret>>",
    },
)
client = plaid_api.PlaidApi(plaid.ApiClient(configuration))


def processor_token(public_token: str, account_id: str) -> str:
    access = client.item_public_token_exchange(ItemPublicTokenExchangeRequest(public_token=public_token))
    req = ProcessorTokenCreateRequest(access_token=access["access_token"], account_id=account_id,
                                      processor="stripe")
    return client.processor_token_create(req)["processor_token"]
""", cid=hexs(24), secret=secret), secret, "Plaid Python client Configuration(api_key={clientId, secret}) (Plaid docs)")

sk = stripe_secret()
S("shell-history", "stripe-secret-key", "ops/notes/refund-incident.bash_history", T(r"""
cd ~/src/tenant-portal
git pull
stripe --version
curl https://api.stripe.com/v1/charges?limit=5 -u <<sk>>:
curl https://api.stripe.com/v1/refunds -u <<sk>>: -d charge=ch_3OqX2bLkdIwHu7ix0mZ1 -d reason=duplicate
curl https://api.stripe.com/v1/refunds -u <<sk>>: -d charge=ch_3OqX2bLkdIwHu7ix1Aq9 -d reason=duplicate
history -c
""", sk=sk), sk, "curl -u sk_live_…: against the Stripe API (Stripe API reference, authentication)")

sk = stripe_secret()
S("kotlin", "stripe-secret-key", "kiosk-android/app/src/main/java/com/cubbyhole/kiosk/PaymentConfig.kt", T(r"""
package com.cubbyhole.kiosk

import com.stripe.stripeterminal.external.callable.ConnectionTokenCallback
import com.stripe.stripeterminal.external.callable.ConnectionTokenProvider
import com.stripe.stripeterminal.external.models.ConnectionTokenException
import okhttp3.FormBody
import okhttp3.OkHttpClient
import okhttp3.Request

// TODO move token creation to the backend before the kiosk pilot goes wide
private const val STRIPE_SECRET = "<<sk>>"

class KioskTokenProvider(private val http: OkHttpClient = OkHttpClient()) : ConnectionTokenProvider {
    override fun fetchConnectionToken(callback: ConnectionTokenCallback) {
        val request = Request.Builder()
            .url("https://api.stripe.com/v1/terminal/connection_tokens")
            .header("Authorization", "Bearer $STRIPE_SECRET")
            .post(FormBody.Builder().build())
            .build()
        try {
            http.newCall(request).execute().use { resp ->
                val body = resp.body!!.string()
                val secret = Regex("\"secret\":\\s*\"([^\"]+)\"").find(body)!!.groupValues[1]
                callback.onSuccess(secret)
            }
        } catch (e: Exception) {
            callback.onFailure(ConnectionTokenException("connection token failed", e))
        }
    }
}
""", sk=sk), sk, "Stripe Terminal Android ConnectionTokenProvider; POST /v1/terminal/connection_tokens (Stripe docs)")

# --- payment decoys ----------------------------------------------------------------------------

pk = "pk_live_51" + alnum(97)
D("js", "publishable-key", "tenant-web/src/checkout/stripe.js", T(r"""
import { loadStripe } from '@stripe/stripe-js';

// Publishable key: safe in the browser (Stripe docs). The secret key stays on the server.
const STRIPE_PUBLISHABLE_KEY = '<<pk>>';

let stripePromise;
export function getStripe() {
  if (!stripePromise) {
    stripePromise = loadStripe(STRIPE_PUBLISHABLE_KEY);
  }
  return stripePromise;
}

export async function mountCard(elementId, clientSecretFromServer) {
  const stripe = await getStripe();
  const elements = stripe.elements({ clientSecret: clientSecretFromServer });
  const card = elements.create('payment');
  card.mount(`#${elementId}`);
  return { stripe, elements };
}
""", pk=pk), "Stripe publishable key pk_live_ is meant for client-side code (Stripe docs, API keys)")

D("js", "square-application-id", "kiosk-web/src/square.js", T(r"""
// Square Web Payments SDK: the application ID and location ID are public identifiers.
const appId = 'sq0idp-<<appid>>';
const locationId = 'L8QZ2YVN3KX4T';

export async function initCard(containerSelector) {
  if (!window.Square) {
    throw new Error('Square.js failed to load');
  }
  const payments = window.Square.payments(appId, locationId);
  const card = await payments.card();
  await card.attach(containerSelector);
  return card;
}

export async function tokenize(card) {
  const result = await card.tokenize();
  if (result.status !== 'OK') {
    throw new Error(result.errors?.[0]?.message ?? 'card tokenization failed');
  }
  return result.token;
}
""", appid=chars(22, B64URL)), "Square Web Payments SDK payments(appId, locationId) (Square docs)")

D("js", "tokenization-key", "tenant-web/src/checkout/braintree.js", T(r"""
import dropin from 'braintree-web-drop-in';

// Tokenization key: a client-side credential that can only tokenize cards (Braintree docs).
const BRAINTREE_TOKENIZATION_KEY = 'production_<<a>>_<<b>>';

export function mountDropIn(container) {
  return dropin.create({
    authorization: BRAINTREE_TOKENIZATION_KEY,
    container,
    card: { cardholderName: { required: true } },
    vaultManager: false,
  });
}
""", a=chars(8, string.ascii_lowercase + string.digits), b=chars(16, string.ascii_lowercase + string.digits)),
  "Braintree tokenization key for client-side Drop-in (Braintree docs, authorization)")

D("html", "accept-js-client-key", "wp-content/themes/cubby/templates/pay-rent.html", T(r"""
<form id="pay-rent" method="post" action="/pay-rent/submit">
  <label>Unit number <input name="unit" required></label>
  <label>Amount <input name="amount" inputmode="decimal" required></label>
  <label>Card number <input id="cardNumber" autocomplete="cc-number"></label>
  <label>Expiry <input id="expMonth" size="2"> / <input id="expYear" size="4"></label>
  <label>CVV <input id="cardCode" size="4"></label>
  <input type="hidden" name="dataDescriptor" id="dataDescriptor">
  <input type="hidden" name="dataValue" id="dataValue">
  <button type="button" onclick="sendPaymentDataToAnet()">Pay rent</button>
</form>
<script src="https://js.authorize.net/v1/Accept.js" charset="utf-8"></script>
<script>
  // Accept.js public client key (Authorize.net: "Public Client Key", safe to publish)
  var authData = { clientKey: "<<ck>>", apiLoginID: "<<login>>" };
  function sendPaymentDataToAnet() {
    var cardData = {
      cardNumber: document.getElementById("cardNumber").value,
      month: document.getElementById("expMonth").value,
      year: document.getElementById("expYear").value,
      cardCode: document.getElementById("cardCode").value
    };
    Accept.dispatchData({ authData: authData, cardData: cardData }, function (response) {
      if (response.messages.resultCode === "Error") { alert(response.messages.message[0].text); return; }
      document.getElementById("dataDescriptor").value = response.opaqueData.dataDescriptor;
      document.getElementById("dataValue").value = response.opaqueData.dataValue;
      document.getElementById("pay-rent").submit();
    });
  }
</script>
""", ck=mixed(64), login=mixed(10)), "Authorize.net Accept.js authData.clientKey (public client key) (Authorize.net docs)")

r = _rng()
D("json", "stripe-ids", "tests/fixtures/stripe/invoice_payment_failed.json", T(r"""
{
  "id": "evt_1P<<e>>",
  "object": "event",
  "api_version": "2023-10-16",
  "created": 1714557600,
  "type": "invoice.payment_failed",
  "livemode": false,
  "data": {
    "object": {
      "id": "in_1P<<i>>",
      "object": "invoice",
      "customer": "cus_Q<<c>>",
      "subscription": "sub_1P<<s>>",
      "amount_due": 14900,
      "currency": "usd",
      "attempt_count": 2,
      "lines": { "data": [{ "price": { "id": "price_1N<<p>>", "product": "prod_P<<pr>>" } }] },
      "metadata": { "lease_id": "L042-00881", "unit": "C214" }
    }
  }
}
""", e=alnum(22), i=alnum(22), c=alnum(13), s=alnum(22), p=alnum(22), pr=alnum(13)),
  "Stripe event object fixture; evt_/in_/cus_/sub_/price_/prod_ are object ids (Stripe API reference)")

D("markdown", "vendor-example", "docs/payments/stripe-local-testing.md", T(r"""
# Testing payments locally

Use Stripe **test mode** only. For quick curl checks the Stripe docs' sample key works against
their documentation account:

```bash
curl https://api.stripe.com/v1/customers \
  -u sk_test_4eC39HqLyjWDarjtT1zdp7dc: \
  -d email="tenant@example.com"
```

For the portal itself, put your own test-mode keys in `.env` (see `.env.example`), then:

```bash
stripe listen --forward-to localhost:3000/webhooks/stripe
stripe trigger invoice.payment_failed
```

Test cards: `4242 4242 4242 4242` (success), `4000 0000 0000 0341` (attaches, then fails on
charge -- use it to test the autopay retry job), any future expiry, any CVC.
"""), "Stripe documentation sample key and test cards (Stripe docs, testing)")

D("python", "hmac-verify", "billing/webhooks/verify.py", T(r"""
'''Verify the HMAC-SHA256 signature of payment-processor webhooks.'''
import hashlib
import hmac
import os
import time

TOLERANCE_SECONDS = 300


def _secret() -> bytes:
    return os.environ["PAYMENTS_WEBHOOK_SECRET"].encode()


def verify(payload: bytes, header: str) -> bool:
    parts = dict(item.split("=", 1) for item in header.split(","))
    timestamp, signature = parts.get("t", ""), parts.get("v1", "")
    if not timestamp.isdigit() or abs(time.time() - int(timestamp)) > TOLERANCE_SECONDS:
        return False
    expected = hmac.new(_secret(), f"{timestamp}.".encode() + payload, hashlib.sha256).hexdigest()
    return hmac.compare_digest(expected, signature)


def test_rfc4231_vector():
    # RFC 4231 test case 2
    digest = hmac.new(b"Jefe", b"what do ya want for nothing?", hashlib.sha256).hexdigest()
    assert digest == "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843"
"""), "HMAC webhook verification reading the secret from the environment; RFC 4231 test vector")

D("markdown", "redacted-incident", "docs/postmortems/2024-03-autopay-double-charge.md", T(r"""
# Postmortem: autopay double charges, 2024-03-01

**Impact:** 212 tenants at 9 sites charged twice for March rent; all refunded by 14:20 CT.

## Timeline (CT)
- 07:00 autopay job starts on two workers (the cron lock expired early).
- 07:42 first tenant call to the Austin office.
- 09:10 refunds started from the ops laptop with the live key (`sk_live_51Nx…REDACTED`);
  the key was rotated at 15:05 because it had been pasted into a support chat.
- 14:20 last refund confirmed.

## What went well
- Stripe idempotency keys stopped a third charge on the retry.

## What we change
- Autopay runs behind a Postgres advisory lock instead of the Redis TTL lock.
- Refund tooling uses a restricted key with refunds:write only, kept in Vault.
- Live keys are never pasted into chat; the chat bot now masks anything starting `sk_live_`.
"""), "Incident postmortem with a truncated, redacted key (rotated)")

# =============================================================================================
# Lien-sale auction portals
# =============================================================================================

key = mixed(40)
S("python", "auction-portal-api-key", "lien/push_auctions.py", T(r"""
'''Publish this week's lien-sale units to the online auction portal.

State notice periods have already run when a unit reaches this job (see lien/eligibility.py).
'''
import requests

from lien.models import LienUnit

PORTAL_API = "https://api.storagetreasures.com/v2"
PORTAL_API_KEY = "<<key>>"
FACILITY_MAP = {"tx-austin-042": 18841, "tx-rockwall-117": 18847, "tx-georgetown-051": 19002}


def publish(unit: LienUnit) -> int:
    payload = {
        "facility_id": FACILITY_MAP[unit.site_id],
        "unit_number": unit.unit_number,
        "unit_size": unit.size,
        "description": unit.description,
        "photos": unit.photo_urls,
        "starts_at": unit.auction_start.isoformat(),
        "ends_at": unit.auction_end.isoformat(),
        "cleanout_deposit": 100,
    }
    r = requests.post(f"{PORTAL_API}/auctions", json=payload,
                      headers={"X-Api-Key": PORTAL_API_KEY}, timeout=30)
    r.raise_for_status()
    return r.json()["auction_id"]


if __name__ == "__main__":
    for unit in LienUnit.ready_to_list():
        print(unit.unit_number, "->", publish(unit))
""", key=key), key, "Auction portal REST API with an X-Api-Key header")

key = hexs(48)
S("php", "auction-portal-api-key", "auction-portal/app/Services/LockerfoxClient.php", T(r"""
<?php

namespace App\Services;

use Illuminate\Support\Facades\Http;

class LockerfoxClient
{
    private const BASE_URL = 'https://www.lockerfox.com/api/v1';
    private const API_TOKEN = '<<key>>';

    public function listUnit(array $unit): array
    {
        return Http::withToken(self::API_TOKEN)
            ->acceptJson()
            ->timeout(30)
            ->post(self::BASE_URL . '/auctions', [
                'facility_id' => $unit['facility_id'],
                'unit' => $unit['unit_number'],
                'size' => $unit['size'],
                'ends_at' => $unit['ends_at'],
                'photos' => $unit['photos'],
            ])
            ->throw()
            ->json();
    }

    public function winningBid(int $auctionId): ?array
    {
        $result = Http::withToken(self::API_TOKEN)->get(self::BASE_URL . "/auctions/{$auctionId}")->throw()->json();
        return $result['winning_bid'] ?? null;
    }
}
""", key=key), key, "Laravel HTTP client withToken (Laravel docs); auction portal bearer token")

pw = human_pw()
S("yaml", "auction-portal-password", "config/auction_portals.yml", T(r"""
# Online lien-sale portals. One account per portal for the whole company.
storagetreasures:
  enabled: true
  api_key_env: STORAGETREASURES_API_KEY
bid13:
  enabled: true
  login_url: https://bid13.com/user/login
  username: liens@cubbyholestorage.com
  password: "<<pw>>"
  facilities: [tx-austin-042, tx-rockwall-117]
ibid:
  enabled: false
lockerfox:
  enabled: true
  api_token_env: LOCKERFOX_API_TOKEN
""", pw=pw), pw, "Auction portal account credentials in a YAML config")

pw = words_pw()
S("markdown", "auction-portal-password", "docs/runbooks/lien-sale-day.md", T(r"""
# Lien sale day checklist (Texas sites)

Texas Property Code ch. 59: notice by mail and e-mail, then the advertisement, then the sale.

1. Confirm in SiteLink that every unit on the list is still in *Lien* status (tenants pay
   up to the last minute; a paid unit must come off the auction immediately).
2. Log in to the auction portal (`https://www.storagetreasures.com/login`):
   - user: `liens@cubbyholestorage.com`
   - password: `<<pw>>`
3. For each unit: check the photos, the cut-lock note and the cleanout deposit ($100).
4. When the auction closes, print the winning bidder sheet and check the ID at the office.
5. Record the sale price in SiteLink: *Tenant > Lien > Sold*, amount applied to the balance;
   any surplus goes to the tenant per 59.0445.
6. Overlock removed, unit code reset, photos of the empty unit attached to the tenant record.
""", pw=pw), pw, "Operations runbook in Markdown with a portal login")

key = "key-" + hexs(32)
S("js", "mailgun-api-key", "lien-notices/src/sendNotice.js", T(r"""
const formData = require('form-data');
const Mailgun = require('mailgun.js');

const mailgun = new Mailgun(formData);
const mg = mailgun.client({ username: 'api', key: '<<key>>' });

const DOMAIN = 'notices.cubbyholestorage.com';

async function sendLienNotice(tenant, unit, pdfBuffer) {
  return mg.messages.create(DOMAIN, {
    from: 'Cubbyhole Storage Notices <notices@notices.cubbyholestorage.com>',
    to: [tenant.email],
    subject: `Notice of lien sale - unit ${unit.number}`,
    template: 'lien-notice',
    'h:X-Mailgun-Variables': JSON.stringify({ name: tenant.firstName, unit: unit.number, saleDate: unit.saleDate }),
    attachment: [{ filename: `lien-notice-${unit.number}.pdf`, data: pdfBuffer }],
    'o:tracking': 'yes',
  });
}

module.exports = { sendLienNotice };
""", key=key), key, "mailgun.js client({username: 'api', key}) (Mailgun docs)")

key = mixed(32)
S("sql", "api-key-insert", "db/seeds/integration_settings.sql", T(r"""
-- Integration settings for the production tenant portal (applied once by hand, 2023-11-02).
INSERT INTO integration_settings (provider, setting, value, updated_by) VALUES
  ('bid13', 'base_url', 'https://bid13.com/api', 'jmarsh'),
  ('bid13', 'seller_id', '30291', 'jmarsh'),
  ('bid13', 'api_key', '<<key>>', 'jmarsh'),
  ('sitelink', 'corp_code', 'CCBH', 'jmarsh'),
  ('sitelink', 'location_codes', 'L001,L002,L005', 'jmarsh')
ON CONFLICT (provider, setting) DO UPDATE SET value = EXCLUDED.value, updated_by = EXCLUDED.updated_by;
""", key=key), key, "SQL seed inserting an integration API key")

# --- auction decoys ----------------------------------------------------------------------------

D("markdown", "template", "auction-portal/resources/views/notices/lien_notice.md", T(r"""
# NOTICE OF LIEN SALE

**{{ $tenant->full_name }}**
{{ $tenant->address_line1 }}
{{ $tenant->city }}, {{ $tenant->state }} {{ $tenant->zip }}

Unit **{{ $unit->number }}** at {{ $facility->name }}, {{ $facility->address }}.

You owe **${{ number_format($balance, 2) }}** in rent and fees as of {{ $asOf->toFormattedDateString() }}.
Unless the full balance is paid before **{{ $sale->starts_at->toDayDateTimeString() }}**, the
contents of the unit will be sold at public auction at {{ $sale->portal_url }} to satisfy the
owner's lien under {{ $facility->state_statute }}.

Pay online at {{ $portalUrl }} or call {{ $facility->phone }}.
Reference: {{ $notice->reference }}
"""), "Blade template placeholders in a lien notice")

D("php", "config-env", "auction-portal/config/services.php", T(r"""
<?php

return [
    'lockerfox' => [
        'base_url' => env('LOCKERFOX_BASE_URL', 'https://www.lockerfox.com/api/v1'),
        'token' => env('LOCKERFOX_API_TOKEN'),
    ],

    'storagetreasures' => [
        'base_url' => env('STORAGETREASURES_BASE_URL', 'https://api.storagetreasures.com/v2'),
        'key' => env('STORAGETREASURES_API_KEY'),
    ],

    'mailgun' => [
        'domain' => env('MAILGUN_DOMAIN'),
        'secret' => env('MAILGUN_SECRET'),
        'endpoint' => env('MAILGUN_ENDPOINT', 'api.mailgun.net'),
        'scheme' => 'https',
    ],
];
"""), "Laravel config/services.php reading env() (Laravel docs, configuration)")

r = _rng()
D("json", "uuid-ids", "auction-portal/storage/exports/auctions-2024-05.json", json.dumps([
    {"auction_id": fakes.uuid4(_seed()), "facility_id": 18841, "unit": f"{r.choice('ABC')}{r.randint(100, 340)}",
     "size": r.choice(["5x10", "10x10", "10x15", "10x20"]), "winning_bid": round(r.uniform(25, 900), 2),
     "buyer_ref": fakes.uuid4(_seed())}
    for _ in range(6)], indent=2) + "\n", "Auction export: UUIDs used as record identifiers")

# =============================================================================================
# Tenant messaging, marketing, monitoring, cloud and ops plumbing
# =============================================================================================

hook = slack_webhook()
S("js", "slack-webhook", "monitoring/gate-offline-alert.js", T(r"""
// Posts to #gate-alerts when a site's gate controller stops reporting for 10 minutes.
const https = require('https');

const SLACK_WEBHOOK_URL = '<<hook>>';

function postAlert(site, minutes) {
  const body = JSON.stringify({
    text: `:rotating_light: Gate controller at *${site}* silent for ${minutes} min`,
    blocks: [
      { type: 'section', text: { type: 'mrkdwn', text: `*${site}*: gate controller offline (${minutes} min)` } },
      { type: 'context', elements: [{ type: 'mrkdwn', text: 'Runbook: docs/runbooks/gate-offline.md' }] },
    ],
  });
  const req = https.request(SLACK_WEBHOOK_URL, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(body) },
  });
  req.on('error', (err) => console.error('slack post failed', err.message));
  req.end(body);
}

module.exports = { postAlert };
""", hook=hook), hook, "Slack incoming webhook URL (Slack API docs, incoming webhooks)")

hook = ("https://cubbyholestorage.webhook.office.com/webhookb2/" + uuid_s() + "@" + uuid_s()
        + "/IncomingWebhook/" + hexs(32) + "/" + uuid_s())
S("yaml", "teams-webhook", "monitoring/alertmanager/alertmanager.yml", T(r"""
global:
  resolve_timeout: 5m

route:
  receiver: ops-teams
  group_by: [alertname, site]
  group_wait: 30s
  group_interval: 5m
  repeat_interval: 4h
  routes:
    - matchers: [severity="page"]
      receiver: ops-teams
      continue: true

receivers:
  - name: ops-teams
    msteams_configs:
      - webhook_url: "<<hook>>"
        title: '{{ template "msteams.default.title" . }}'
        text: '{{ template "msteams.default.text" . }}'
        send_resolved: true

inhibit_rules:
  - source_matchers: [alertname="SiteOffline"]
    target_matchers: [alertname=~"GateControllerDown|CameraDown"]
    equal: [site]
""", hook=hook), hook, "Prometheus Alertmanager msteams_configs webhook_url (Alertmanager docs); Teams incoming webhook URL")

key = private_key("", 26)
escaped = key.replace("\n", "\\n")
S("json", "gcp-service-account-key", "credentials/rate-sheet-sync.json", T(r"""
{
  "type": "service_account",
  "project_id": "cubbyhole-ops",
  "private_key_id": "<<kid>>",
  "private_key": "<<key>>\n",
  "client_email": "rate-sheet-sync@cubbyhole-ops.iam.gserviceaccount.com",
  "client_id": "1147<<cid>>",
  "auth_uri": "https://accounts.google.com/o/oauth2/auth",
  "token_uri": "https://oauth2.googleapis.com/token",
  "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",
  "client_x509_cert_url": "https://www.googleapis.com/robot/v1/metadata/x509/rate-sheet-sync%40cubbyhole-ops.iam.gserviceaccount.com",
  "universe_domain": "googleapis.com"
}
""", kid=hexs(40), key=escaped, cid=chars(17, string.digits)), escaped,
  "Google Cloud service account key file (JSON) private_key (Google Cloud IAM docs)")

key = openssh_key(7)
S("ssh-key", "openssh-private-key", "deploy/keys/gate_pi_deploy", key + "\n",
  key, "OpenSSH private key file format (ssh-keygen(1), PROTOCOL.key)")

key = private_key("RSA", 20)
S("ansible", "private-key", "ansible/group_vars/gate_pis.yml", T(r"""
---
gatebridge_version: "3.4.1"
gatebridge_user: gatebridge
gatebridge_hq_url: https://ops.peachstatestorage.net

# key the gate Pis use to pull releases from the deploy host
gatebridge_deploy_key: |
<<key>>

gatebridge_sites:
  - ga-marietta-017
  - ga-kennesaw-021
  - ga-smyrna-030
""", key="\n".join("  " + line for line in key.splitlines())), key,
  "Ansible group_vars YAML literal block holding a PEM key (YAML spec, block scalars)")

r = _rng()
wg_key = base64.b64encode(bytes(r.randrange(256) for _ in range(32))).decode()
wg_pub = base64.b64encode(bytes(r.randrange(256) for _ in range(32))).decode()
S("wireguard", "private-key", "network/wireguard/tx-austin-042/wg0.conf", T(r"""
# Site tunnel: tx-austin-042 office router -> HQ hub
[Interface]
Address = 10.250.0.42/32
PrivateKey = <<key>>
ListenPort = 51820
DNS = 10.250.0.1

[Peer]
# hq-hub-01
PublicKey = <<pub>>
Endpoint = vpn.lonestarstorage.com:51820
AllowedIPs = 10.250.0.0/24, 10.0.0.0/16
PersistentKeepalive = 25
""", key=wg_key, pub=wg_pub), wg_key, "WireGuard wg-quick configuration [Interface] PrivateKey (wg(8), wg-quick(8))")

r = _rng()
p8 = ("-----BEGIN PRIVATE KEY-----\nMIGTAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBHkwdwIBAQQg"
      + "".join(r.choice(B64) for _ in range(16)) + "\n"
      + "\n".join("".join(r.choice(B64) for _ in range(64)) for _ in range(2)) + "\n"
      + "".join(r.choice(B64) for _ in range(8)) + "\n-----END PRIVATE KEY-----")
S("p8", "apns-private-key", "push/keys/AuthKey_7QX2M9K4LB.p8", p8 + "\n", p8,
  "Apple Push Notification service token-based auth key (.p8, PKCS#8 EC) (Apple developer docs)")

key = private_key("RSA", 25)
cert = certificate(18)
S("k8s-secret", "tls-private-key", "k8s/prod/portal-tls.yaml", T(r"""
apiVersion: v1
kind: Secret
metadata:
  name: portal-tls
  namespace: tenant-portal
type: kubernetes.io/tls
data:
  tls.crt: <<crt>>
  tls.key: <<key>>
""", crt=b64(cert + "\n"), key=b64(key + "\n")), key, "Kubernetes TLS Secret (kubernetes.io/tls) tls.key (Kubernetes docs)")

key = hexs(32)
S("yaml", "datadog-api-key", "monitoring/datadog/datadog.yaml", T(r"""
## Datadog Agent on the HQ ops box (gate bridges and PMS sync workers report here)
api_key: <<key>>
site: datadoghq.com
hostname: hq-ops-01
tags:
  - env:prod
  - team:ops
  - role:integrations
logs_enabled: true
process_config:
  process_collection:
    enabled: true
apm_config:
  enabled: true
  env: prod
""", key=key), key, "Datadog Agent datadog.yaml api_key (Datadog docs)")

key = hexs(36) + "NRAL"
S("ini", "newrelic-license-key", "storefront/newrelic.ini", T(r"""
[newrelic]
license_key = <<key>>
app_name = storefront (prod)
monitor_mode = true
log_level = info
distributed_tracing.enabled = true
transaction_tracer.enabled = true
error_collector.enabled = true
error_collector.ignore_status_codes = 100-102 200-208 226 300-308 404

[newrelic:staging]
app_name = storefront (staging)
monitor_mode = false
""", key=key), key, "New Relic Python agent newrelic.ini license_key (New Relic docs)")

token = "EAAG" + mixed(180)
S("js", "facebook-access-token", "marketing/capi/sendMoveIn.js", T(r"""
// Meta Conversions API: report completed online move-ins as Purchase events.
const crypto = require('crypto');
const fetch = require('node-fetch');

const PIXEL_ID = '781204496233017';
const ACCESS_TOKEN = '<<token>>';

const sha = (v) => crypto.createHash('sha256').update(String(v).trim().toLowerCase()).digest('hex');

async function sendMoveIn(tenant, lease) {
  const event = {
    event_name: 'Purchase',
    event_time: Math.floor(Date.now() / 1000),
    action_source: 'website',
    event_source_url: 'https://rent.cubbyholestorage.com/move-in/done',
    user_data: { em: [sha(tenant.email)], ph: [sha(tenant.phone)] },
    custom_data: { currency: 'USD', value: lease.firstMonthRent, content_ids: [lease.unitType] },
  };
  const res = await fetch(`https://graph.facebook.com/v19.0/${PIXEL_ID}/events?access_token=${ACCESS_TOKEN}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ data: [event] }),
  });
  if (!res.ok) throw new Error(`CAPI ${res.status}: ${await res.text()}`);
}

module.exports = { sendMoveIn };
""", token=token), token, "Meta Conversions API access_token (Meta for Developers docs)")

refresh = "1//0" + chars(2, ALNUM) + "-" + chars(95, B64URL)
S("yaml", "google-oauth-refresh-token", "marketing/google-ads.yaml", T(r"""
# google-ads.yaml for the call-tracking -> offline conversion upload job
developer_token: <<dev>>
use_proto_plus: True
login_customer_id: 4128837710
client_id: <<cid>>.apps.googleusercontent.com
client_secret: GOCSPX-<<cs>>
refresh_token: <<refresh>>
""", dev=chars(22, B64URL), cid="61438" + chars(7, string.digits) + "-" + chars(32, string.ascii_lowercase + string.digits),
     cs=chars(28, B64URL), refresh=refresh), refresh, "google-ads-python google-ads.yaml (Google Ads API client library docs)")

key = fakes.openai_key(_seed())
S("python", "openai-api-key", "callcenter/after_hours_agent.py", T(r"""
'''After-hours chat agent for the rental site: answers unit-size and access-hours questions,
hands everything about payments or lockouts to the morning call-center queue.'''
from openai import OpenAI

client = OpenAI(api_key="<<key>>")

SYSTEM = (
    "You answer questions for Cubbyhole Self Storage. Unit sizes: 5x5, 5x10, 10x10, 10x15, 10x20, "
    "10x30. Gate hours 6am-10pm daily. Never quote prices; send people to the unit finder. "
    "For payments, lockouts or lien questions, say a manager will call back in the morning."
)


def answer(history: list[dict], question: str) -> str:
    messages = [{"role": "system", "content": SYSTEM}, *history, {"role": "user", "content": question}]
    reply = client.chat.completions.create(model="gpt-4o-mini", messages=messages, temperature=0.2,
                                           max_tokens=300)
    return reply.choices[0].message.content
""", key=key), key, "OpenAI Python SDK OpenAI(api_key=...) (OpenAI API reference)")

token = fakes.telegram_token(_seed())
S("python", "telegram-bot-token", "ops/bots/door_alarm_bot.py", T(r"""
'''Forwards after-hours unit door alarms to the district managers' Telegram group.'''
import json
import urllib.parse
import urllib.request

BOT_TOKEN = "<<token>>"
CHAT_ID = -1002041187733


def send(text: str) -> None:
    data = urllib.parse.urlencode({"chat_id": CHAT_ID, "text": text, "parse_mode": "HTML"}).encode()
    url = f"https://api.telegram.org/bot{BOT_TOKEN}/sendMessage"
    with urllib.request.urlopen(url, data=data, timeout=10) as resp:
        if not json.load(resp).get("ok"):
            raise RuntimeError("telegram send failed")


def on_alarm(event: dict) -> None:
    send(f"<b>Door alarm</b> {event['site']} unit {event['unit']} at {event['time']}")
""", token=token), token, "Telegram Bot API token in https://api.telegram.org/bot<token>/ (Telegram Bot API docs)")

key_id, secret_key = aws_pair()
S("ini", "aws-secret-key", "ops/dotfiles/aws/credentials", T(r"""
[default]
region = us-east-1

[cubbyhole-footage]
aws_access_key_id = <<kid>>
aws_secret_access_key = <<sk>>
region = us-east-2

[cubbyhole-prod]
sso_session = cubbyhole
sso_account_id = 123456789012
sso_role_name = OpsReadOnly
""", kid=key_id, sk=secret_key), secret_key, "AWS shared credentials file (AWS CLI user guide)")

key_id, secret_key = aws_pair()
S("terraform", "aws-secret-key", "infra/footage-archive/provider.tf", T(r"""
terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.40"
    }
  }
}

provider "aws" {
  region     = "us-east-2"
  access_key = "<<kid>>"
  secret_key = "<<sk>>"
}

resource "aws_s3_bucket" "footage" {
  bucket = "cubbyhole-camera-footage-archive"
}

resource "aws_s3_bucket_lifecycle_configuration" "footage" {
  bucket = aws_s3_bucket.footage.id
  rule {
    id     = "glacier-after-30-days"
    status = "Enabled"
    transition {
      days          = 30
      storage_class = "GLACIER"
    }
    expiration {
      days = 400
    }
  }
}
""", kid=key_id, sk=secret_key), secret_key, "Terraform AWS provider static credentials access_key/secret_key (Terraform AWS provider docs)")

acct_key = azure_account_key()
S("json", "azure-storage-key", "CameraArchive/appsettings.json", T(r"""
{
  "Logging": { "LogLevel": { "Default": "Information" } },
  "Archive": {
    "Container": "nvr-exports",
    "RetentionDays": 120,
    "Sites": [ "tx-austin-042", "tx-rockwall-117", "tx-georgetown-051" ]
  },
  "ConnectionStrings": {
    "FootageBlob": "DefaultEndpointsProtocol=https;AccountName=cubbyfootage;AccountKey=<<key>>;EndpointSuffix=core.windows.net"
  }
}
""", key=acct_key), acct_key, "Azure Storage connection string AccountKey (Microsoft docs)")

token = fakes.github_token(_seed())
S("shell", "github-token", "scripts/release_gate_bridge.sh", T(r"""
#!/usr/bin/env bash
# Tag and publish a gate-bridge release; the gate Pis pull it at 03:00 site time.
set -euo pipefail

VERSION=${1:?usage: release_gate_bridge.sh X.Y.Z}
export GH_TOKEN=<<token>>

git tag -a "v${VERSION}" -m "gate-bridge ${VERSION}"
git push origin "v${VERSION}"
python -m build
gh release create "v${VERSION}" dist/* \
  --repo peachstate-storage/gate-bridge \
  --title "gate-bridge ${VERSION}" \
  --notes-file CHANGELOG.md
""", token=token), token, "gh CLI GH_TOKEN environment variable (GitHub CLI manual); classic PAT ghp_")

token = fakes.fake("glpat-", 20, _seed())
S("json", "gitlab-token", "auction-portal/auth.json", T(r"""
{
    "gitlab-domains": ["gitlab.com"],
    "gitlab-token": {
        "gitlab.com": "<<token>>"
    },
    "http-basic": {}
}
""", token=token), token, "Composer auth.json gitlab-token (Composer docs, authentication for private packages)")

app_key = "K005" + mixed(27)
S("rclone", "b2-application-key", "nvr/backup/rclone.conf", T(r"""
[b2-footage]
type = b2
account = 005<<acct>>0000000003
key = <<key>>
hard_delete = false

[footage-crypt]
type = crypt
remote = b2-footage:cubbyhole-nvr-exports
filename_encryption = standard
directory_name_encryption = true
""", acct=hexs(10), key=app_key), app_key, "rclone.conf B2 remote account/key (rclone docs, Backblaze B2)")

token = "hvs.CAESI" + chars(86, B64URL)
S("shell-history", "vault-token", "ops/notes/vault-rotation.bash_history", T(r"""
export VAULT_ADDR=https://vault.ops.cubbyhole.io:8200
vault login -method=oidc role=ops
export VAULT_TOKEN=<<token>>
vault kv get secret/pms/sitelink
vault kv put secret/pms/sitelink password=@/tmp/new_pw.txt
shred -u /tmp/new_pw.txt
vault kv metadata get secret/pms/sitelink
""", token=token), token, "HashiCorp Vault service token hvs. exported as VAULT_TOKEN (Vault docs, tokens)")

secret = azure_client_secret()
S("powershell", "azure-client-secret", "Scripts/Send-DelinquencyDigest.ps1", T(r"""
# Mails the morning delinquency digest to each site manager through Microsoft Graph.
Import-Module Microsoft.Graph.Users.Actions

$tenantId = '<<tenant>>'
$clientId = '<<client>>'
$clientSecret = '<<secret>>'

$secure = ConvertTo-SecureString $clientSecret -AsPlainText -Force
$cred = New-Object System.Management.Automation.PSCredential($clientId, $secure)
Connect-MgGraph -TenantId $tenantId -ClientSecretCredential $cred -NoWelcome

$rows = Import-Csv '\\nas01\reports\delinquency\today.csv'
foreach ($site in ($rows | Group-Object SiteManagerEmail)) {
    $body = ($site.Group | ConvertTo-Html -Fragment -Property Site, Unit, Tenant, DaysPastDue, Balance) -join ''
    $message = @{
        subject      = "Delinquency digest $(Get-Date -Format d)"
        body         = @{ contentType = 'HTML'; content = $body }
        toRecipients = @(@{ emailAddress = @{ address = $site.Name } })
    }
    Send-MgUserMail -UserId 'reports@cubbyholestorage.com' -Message $message
}
""", tenant=uuid_s(), client=uuid_s(), secret=secret), secret,
  "Microsoft Graph PowerShell Connect-MgGraph -ClientSecretCredential; Entra ID client secret (Microsoft docs)")

pw = url_pw(20)
S("js", "mongodb-password", "gate-events/src/db.js", T(r"""
const mongoose = require('mongoose');

const MONGO_URI =
  'mongodb+srv://gate-events:<<pw>>@cluster0.x7kq2.mongodb.net/gate_events?retryWrites=true&w=majority';

const accessEventSchema = new mongoose.Schema(
  {
    site: { type: String, index: true },
    keypad: String,
    unit: String,
    result: { type: String, enum: ['granted', 'denied-invalid', 'denied-delinquent', 'denied-hours'] },
    at: { type: Date, index: true },
  },
  { versionKey: false }
);

async function connect() {
  await mongoose.connect(MONGO_URI, { serverSelectionTimeoutMS: 10000 });
  return mongoose.model('AccessEvent', accessEventSchema);
}

module.exports = { connect };
""", pw=pw), pw, "MongoDB Atlas mongodb+srv connection string (MongoDB docs, connection string URI)")

key = "AAAA" + chars(7, B64URL) + ":APA91b" + chars(134, B64URL)
S("python", "fcm-server-key", "push/legacy_fcm.py", T(r"""
'''Tenant app push (legacy FCM HTTP API): payment reminders and gate-code changes.'''
import requests

FCM_URL = "https://fcm.googleapis.com/fcm/send"
FCM_SERVER_KEY = "<<key>>"


def push(device_token: str, title: str, body: str, data: dict | None = None) -> bool:
    payload = {
        "to": device_token,
        "notification": {"title": title, "body": body, "sound": "default"},
        "data": data or {},
        "priority": "high",
    }
    resp = requests.post(FCM_URL, json=payload, timeout=10,
                         headers={"Authorization": f"key={FCM_SERVER_KEY}"})
    return resp.ok and resp.json().get("success") == 1


def remind_rent_due(tenant) -> None:
    for token in tenant.device_tokens:
        push(token, "Rent due in 3 days", f"Unit {tenant.unit}: ${tenant.balance:.2f} due on the 1st.")
""", key=key), key, "Firebase Cloud Messaging legacy server key, Authorization: key=… (Firebase docs)")

token = mapbox_token("sk", "cubbyhole")
S("js", "mapbox-secret-token", "tools/site-map/upload-tileset.js", T(r"""
#!/usr/bin/env node
// Uploads the facility footprints (GeoJSON) as a Mapbox tileset for the unit-finder map.
const mbxClient = require('@mapbox/mapbox-sdk');
const mbxUploads = require('@mapbox/mapbox-sdk/services/uploads');
const fs = require('fs');

const client = mbxClient({ accessToken: '<<token>>' });
const uploads = mbxUploads(client);

async function main() {
  const { body: creds } = await uploads.createUploadCredentials().send();
  const s3 = new (require('aws-sdk').S3)({
    accessKeyId: creds.accessKeyId,
    secretAccessKey: creds.secretAccessKey,
    sessionToken: creds.sessionToken,
    region: 'us-east-1',
  });
  await s3.putObject({ Bucket: creds.bucket, Key: creds.key, Body: fs.readFileSync('facilities.geojson') }).promise();
  const { body } = await uploads.createUpload({
    tileset: 'cubbyhole.facilities',
    url: creds.url,
    name: 'facility footprints',
  }).send();
  console.log('upload', body.id, body.complete ? 'complete' : 'queued');
}

main().catch((e) => { console.error(e); process.exit(1); });
""", token=token), token, "Mapbox secret token sk.… with uploads scope (Mapbox docs, access tokens)")

secret = hexs(64)
S("ts", "jwt-signing-secret", "tenant-api/src/config/auth.ts", T(r"""
import jwt from "jsonwebtoken";

export const JWT_ISSUER = "https://api.cubbyholestorage.com";
export const JWT_AUDIENCE = "tenant-app";
const JWT_SECRET = "<<secret>>";

export interface TenantClaims {
  sub: string;
  leaseIds: string[];
  sites: string[];
}

export function signTenantToken(claims: TenantClaims): string {
  return jwt.sign(claims, JWT_SECRET, {
    algorithm: "HS256",
    expiresIn: "2h",
    issuer: JWT_ISSUER,
    audience: JWT_AUDIENCE,
  });
}

export function verifyTenantToken(token: string): TenantClaims {
  return jwt.verify(token, JWT_SECRET, { issuer: JWT_ISSUER, audience: JWT_AUDIENCE }) as TenantClaims;
}
""", secret=secret), secret, "jsonwebtoken sign/verify with an HS256 shared secret (jsonwebtoken README)")

# --- ciphertext, public identifiers, references and other decoys -------------------------------

r = _rng()
vault_lines = "\n".join("".join(r.choice(HEX) for _ in range(80)) for _ in range(14)) + "\n" + "".join(r.choice(HEX) for _ in range(38))
D("ansible", "vault-encrypted", "ansible/group_vars/nvr_windows/vault.yml",
  "$ANSIBLE_VAULT;1.1;AES256\n" + vault_lines + "\n", "ansible-vault encrypted file format (Ansible docs, Vault)")

r = _rng()


def _enc(n: int) -> str:
    return (f"ENC[AES256_GCM,data:{''.join(r.choice(B64) for _ in range(n))},iv:{''.join(r.choice(B64) for _ in range(43))}=,"
            f"tag:{''.join(r.choice(B64) for _ in range(22))}==,type:str]")


D("yaml", "sops-encrypted", "k8s/prod/secrets.sops.yaml", T(r"""
apiVersion: v1
kind: Secret
metadata:
    name: gate-bridge
    namespace: gate
type: Opaque
stringData:
    OPENTECH_API_KEY: <<a>>
    SITELINK_PASSWORD: <<b>>
    HQ_TOKEN: <<c>>
sops:
    kms:
        - arn: arn:aws:kms:us-east-1:123456789012:key/<<kid>>
          created_at: "2024-04-11T14:02:51Z"
          enc: <<kenc>>
          aws_profile: ""
    lastmodified: "2024-04-11T14:02:52Z"
    mac: <<mac>>
    encrypted_regex: ^(data|stringData)$
    version: 3.8.1
""", a=_enc(54), b=_enc(24), c=_enc(64), kid=uuid_s(), kenc="AQICAHh" + chars(177, B64) + "=",
     mac=_enc(43).replace("type:str", "type:str")), "Mozilla SOPS encrypted YAML with AWS KMS (SOPS README)")

r = _rng()
D("k8s", "sealed-secret", "k8s/prod/payments-sealed.yaml", T(r"""
apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata:
  name: payments
  namespace: tenant-portal
spec:
  encryptedData:
    STRIPE_SECRET_KEY: AgB<<a>>
    STRIPE_WEBHOOK_SECRET: AgB<<b>>
  template:
    metadata:
      name: payments
      namespace: tenant-portal
    type: Opaque
""", a="".join(r.choice(B64) for _ in range(680)) + "==", b="".join(r.choice(B64) for _ in range(620)) + "=="),
  "Bitnami Sealed Secrets SealedSecret encryptedData (sealed-secrets README)")

D("serverless", "kms-ciphertext", "services/lien-notifier/serverless.yml", T(r"""
service: lien-notifier

provider:
  name: aws
  runtime: python3.12
  region: us-east-1
  kmsKeyArn: arn:aws:kms:us-east-1:123456789012:key/<<kid>>
  environment:
    # ciphertext from `aws kms encrypt`; the function decrypts it at cold start
    MAILGUN_KEY_ENCRYPTED: AQICAHh<<blob>>
    NOTICE_BUCKET: cubbyhole-lien-notices

functions:
  sendNotices:
    handler: handler.send_notices
    timeout: 120
    events:
      - schedule: cron(0 14 * * ? *)
""", kid=uuid_s(), blob=chars(260, B64) + "=="), "AWS KMS ciphertext blob in a Lambda environment (AWS KMS docs, Serverless Framework)")

D("html", "map-token", "wp-content/themes/cubby/templates/find-a-unit.html", T(r"""
<div id="facility-map" style="height: 420px"></div>
<link href="https://api.mapbox.com/mapbox-gl-js/v3.3.0/mapbox-gl.css" rel="stylesheet">
<script src="https://api.mapbox.com/mapbox-gl-js/v3.3.0/mapbox-gl.js"></script>
<script>
  // public token, URL-restricted to cubbyholestorage.com in the Mapbox account
  mapboxgl.accessToken = '<<pk>>';
  const map = new mapboxgl.Map({
    container: 'facility-map',
    style: 'mapbox://styles/mapbox/streets-v12',
    center: [-97.7431, 30.2672],
    zoom: 8
  });
  fetch('/wp-json/cubby/v1/facilities')
    .then((r) => r.json())
    .then((sites) => sites.forEach((s) => {
      new mapboxgl.Marker().setLngLat([s.lng, s.lat])
        .setPopup(new mapboxgl.Popup().setHTML(`<a href="${s.url}">${s.name}</a>`))
        .addTo(map);
    }));
</script>
""", pk=mapbox_token("pk", "cubbyhole")), "Mapbox public token pk.… for GL JS in the browser (Mapbox docs, access tokens)")

D("html", "recaptcha-site-key", "wp-content/themes/cubby/templates/reserve-form.html", T(r"""
<form id="reserve" action="/wp-admin/admin-post.php" method="post">
  <input type="hidden" name="action" value="cubby_reserve">
  <input type="hidden" name="unit_type" value="{{ unit_type }}">
  <label>Name <input name="name" required></label>
  <label>Email <input type="email" name="email" required></label>
  <label>Phone <input type="tel" name="phone"></label>
  <label>Move-in date <input type="date" name="move_in" required></label>
  <div class="g-recaptcha" data-sitekey="6Lc<<sk>>"></div>
  <button type="submit">Reserve -- no credit card needed</button>
</form>
<script src="https://www.google.com/recaptcha/api.js" async defer></script>
""", sk=chars(37, B64URL)), "reCAPTCHA v2 site key in data-sitekey (public; Google reCAPTCHA docs)")

D("js", "firebase-web-config", "tenant-web/src/firebase.js", T(r"""
import { initializeApp } from 'firebase/app';
import { getAuth } from 'firebase/auth';
import { getMessaging } from 'firebase/messaging';

// Firebase web config: identifiers, not secrets (access is governed by Security Rules + App Check).
const firebaseConfig = {
  apiKey: '<<key>>',
  authDomain: 'cubbyhole-tenant.firebaseapp.com',
  projectId: 'cubbyhole-tenant',
  storageBucket: 'cubbyhole-tenant.appspot.com',
  messagingSenderId: '614387220915',
  appId: '1:614387220915:web:<<appid>>',
};

export const app = initializeApp(firebaseConfig);
export const auth = getAuth(app);
export const messaging = getMessaging(app);
""", key=google_api_key(), appid=hexs(22)), "Firebase web app config object (Firebase docs: API keys for Firebase are not secret)")

D("python", "account-sid-only", "notifications/sms.py", T(r"""
'''Tenant SMS: gate code changes, payment receipts, auction notices.'''
import os

from twilio.rest import Client

ACCOUNT_SID = "AC<<sid>>"  # account identifier, shown in every Twilio console URL
MESSAGING_SERVICE_SID = "MG<<mg>>"

client = Client(ACCOUNT_SID, os.environ["TWILIO_AUTH_TOKEN"])


def send(to: str, body: str) -> str:
    message = client.messages.create(to=to, messaging_service_sid=MESSAGING_SERVICE_SID, body=body)
    return message.sid


def gate_code_changed(tenant) -> str:
    return send(tenant.mobile, f"Cubbyhole: your gate code for unit {tenant.unit} was changed. "
                               "If this wasn't you, call the office.")
""", sid=hexs(32), mg=hexs(32)), "Twilio Account SID and Messaging Service SID are identifiers; the auth token comes from the environment")

D("yaml", "sentry-dsn", "storefront/config/sentry.yml", T(r"""
# Sentry for the storefront. The DSN is public by design (it only allows sending events).
dsn: https://<<key>>@o4505118.ingest.us.sentry.io/4505118320
environment: production
release: storefront@2024.05.14
traces_sample_rate: 0.05
send_default_pii: false
ignore_errors:
  - django.http.response.Http404
  - PermissionDenied
""", key=hexs(32)), "Sentry DSN (public key) (Sentry docs: DSNs are safe to keep public)")

r = _rng()
mods = ["github.com/eclipse/paho.mqtt.golang v1.4.3", "github.com/gorilla/websocket v1.5.1",
        "github.com/jackc/pgx/v5 v5.5.5", "golang.org/x/net v0.24.0", "golang.org/x/sync v0.7.0",
        "golang.org/x/text v0.14.0"]
lines = []
for m in mods:
    h = base64.b64encode(bytes(r.randrange(256) for _ in range(32))).decode()
    h2 = base64.b64encode(bytes(r.randrange(256) for _ in range(32))).decode()
    lines += [f"{m} h1:{h}", f"{m.split(' ')[0]} {m.split(' ')[1]}/go.mod h1:{h2}"]
D("go-sum", "checksum", "lockhub-ingest/go.sum", "\n".join(lines) + "\n", "go.sum module hashes (Go modules reference)")

D("dockerfile", "image-digest", "services/gate-bridge/Dockerfile", T(r"""
FROM python:3.12-slim@sha256:<<d1>> AS build
WORKDIR /src
COPY pyproject.toml .
RUN pip wheel --no-cache-dir -w /wheels .

FROM python:3.12-slim@sha256:<<d1>>
ARG TINI_VERSION=v0.19.0
ADD https://github.com/krallin/tini/releases/download/${TINI_VERSION}/tini /tini
RUN echo "<<d2>>  /tini" | sha256sum -c - && chmod +x /tini
COPY --from=build /wheels /wheels
RUN pip install --no-cache-dir /wheels/*.whl && rm -rf /wheels
USER 10001
ENTRYPOINT ["/tini", "--"]
CMD ["python", "-m", "gatebridge"]
""", d1=hexs(64), d2=hexs(64)), "Dockerfile image digest pinning and sha256sum -c (Docker docs)")

D("sha256sums", "firmware-checksums", "firmware/releases/2.6.3/SHA256SUMS", "\n".join(
    f"{hexs(64)}  {name}" for name in ["lockhub-esp32-2.6.3.bin", "lockhub-esp32-2.6.3.elf", "bootloader.bin",
                                       "partitions.bin", "ota_data_initial.bin", "lockhub-2.6.3-release-notes.md"]) + "\n",
  "sha256sum(1) checksum list")

D("markdown", "aws-example", "docs/footage-archive.md", T(r"""
# Camera footage archive (S3)

Exports from the NVRs land in `s3://cubbyhole-camera-footage-archive/<site>/<yyyy>/<mm>/`.

To test the uploader locally, point it at MinIO and use the AWS documentation's example keys,
which MinIO accepts when started with the same values:

```bash
export AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE
export AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY
export AWS_ENDPOINT_URL=http://localhost:9000
docker run -d -p 9000:9000 -e MINIO_ROOT_USER=$AWS_ACCESS_KEY_ID \
  -e MINIO_ROOT_PASSWORD=$AWS_SECRET_ACCESS_KEY minio/minio server /data
python -m footage.upload --site tx-austin-042 --dry-run
```

In production the uploader runs with the `footage-uploader` IAM role; there are no keys.
"""), "AWS documentation example access key pair (AWS IAM docs)")

D("python", "test-fixture", "tests/test_gate_bridge_config.py", T(r"""
import pytest

from gatebridge.config import load_config

SAMPLE = '''
site:
  id: test-site-001
access_control:
  vendor: pti
  controller:
    host: 127.0.0.1
    port: 4001
    username: test-user
    password: test-password
opentech:
  api_key: dummy-api-key-for-tests
'''


@pytest.fixture
def config(tmp_path):
    path = tmp_path / "bridge.yaml"
    path.write_text(SAMPLE)
    return load_config(path)


def test_controller_settings(config):
    assert config.controller.host == "127.0.0.1"
    assert config.controller.password == "test-password"


def test_api_key_is_never_logged(config, caplog):
    config.log_summary()
    assert "dummy-api-key-for-tests" not in caplog.text
"""), "pytest fixture with obvious dummy credentials")

r = _rng()
pgp_body = "\n".join("".join(r.choice(B64) for _ in range(64)) for _ in range(16))
D("pgp", "public-key", "docs/security/lien-notices-signing-key.asc", T(r"""
-----BEGIN PGP PUBLIC KEY BLOCK-----
Comment: Cubbyhole Storage lien notice signing key (public)

mQINBGX<<head>>
<<body>>
=<<crc>>
-----END PGP PUBLIC KEY BLOCK-----
""", head=chars(57, B64), body=pgp_body, crc=chars(4, B64)), "OpenPGP public key block (RFC 4880 ASCII armor)")

D("json", "jwks", "tenant-api/public/.well-known/jwks.json", T(r"""
{
  "keys": [
    {
      "kty": "RSA",
      "use": "sig",
      "alg": "RS256",
      "kid": "2024-05-tenant-api",
      "n": "<<n>>",
      "e": "AQAB"
    }
  ]
}
""", n=chars(342, B64URL)), "JSON Web Key Set with an RSA public key (RFC 7517)")

D("powershell", "secret-management", "Scripts/Connect-Sentinel.ps1", T(r"""
# Uses the SecretManagement vault registered on the ops jump host (SecretStore backend).
#   Register-SecretVault -Name OpsVault -ModuleName Microsoft.PowerShell.SecretStore
param([string]$Site = 'tx-rockwall-117')

$cred = Get-Secret -Vault OpsVault -Name "sentinel-$Site"
if (-not $cred) { throw "No Sentinel credential for $Site in OpsVault" }

$session = New-PSSession -ComputerName "$Site-office.corp.storvault.local" -Credential $cred
Invoke-Command -Session $session -ScriptBlock {
    Get-Service -Name 'SentinelGate*' | Select-Object Name, Status
}
Remove-PSSession $session
"""), "PowerShell SecretManagement Get-Secret (Microsoft docs)")

D("csharp", "key-vault", "src/Storvault.Payments/SecretsBootstrap.cs", T(r"""
using System;
using Azure.Identity;
using Azure.Security.KeyVault.Secrets;

namespace Storvault.Payments
{
    public static class SecretsBootstrap
    {
        private static readonly Uri VaultUri = new Uri("https://kv-storvault-payments.vault.azure.net/");

        public static string PorticoSecretKey()
        {
            var client = new SecretClient(VaultUri, new DefaultAzureCredential());
            KeyVaultSecret secret = client.GetSecret("portico-secret-api-key");
            return secret.Value;
        }
    }
}
"""), "Azure Key Vault SecretClient with DefaultAzureCredential (Azure SDK docs)")

D("go", "env-lookup", "cmd/lockhub-ingest/main.go", tabs(T(r"""
package main

import (
    "log"
    "os"

    mqtt "github.com/eclipse/paho.mqtt.golang"
)

func mustEnv(name string) string {
    v := os.Getenv(name)
    if v == "" {
        log.Fatalf("%s is not set", name)
    }
    return v
}

func main() {
    opts := mqtt.NewClientOptions().
        AddBroker(mustEnv("MQTT_URL")).
        SetClientID("lockhub-ingest").
        SetUsername(mustEnv("MQTT_USERNAME")).
        SetPassword(mustEnv("MQTT_PASSWORD"))
    client := mqtt.NewClient(opts)
    if t := client.Connect(); t.Wait() && t.Error() != nil {
        log.Fatal(t.Error())
    }
    client.Subscribe("sites/+/locks/events", 1, handleLockEvent)
    select {}
}
""")), "Go os.Getenv; Eclipse Paho MQTT client options (paho.mqtt.golang docs)")

D("java", "spring-value", "gate-bridge/src/main/java/com/cubbyhole/gate/OpenTechProperties.java", T(r"""
package com.cubbyhole.gate;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

@Component
public class OpenTechProperties {

    @Value("${opentech.insomniac.base-url}")
    private String baseUrl;

    @Value("${opentech.insomniac.api-key}")
    private String apiKey;

    @Value("${opentech.insomniac.timeout-ms:8000}")
    private int timeoutMs;

    public String baseUrl() { return baseUrl; }

    public String apiKey() { return apiKey; }

    public int timeoutMs() { return timeoutMs; }
}
"""), "Spring @Value property placeholders (Spring Framework docs)")

D("shell-history", "vault-commands", "ops/notes/rotate-nvr-passwords.bash_history", T(r"""
export VAULT_ADDR=https://vault.ops.cubbyhole.io:8200
vault login -method=oidc role=ops
vault kv get -field=password secret/nvr/tx-austin-042/admin
NEWPW=$(openssl rand -base64 18)
vault kv put secret/nvr/tx-austin-042/admin user=admin password="$NEWPW"
ansible-playbook -i inventories/prod nvr-password.yml -l tx-austin-042 -e nvr_password="$NEWPW"
unset NEWPW
aws ssm get-parameter --name /prod/gate-bridge/opentech-api-key --with-decryption --query Parameter.Value
"""), "Vault CLI and AWS SSM get-parameter commands; values generated and passed by variable")

D("js", "jwt-io-example", "tenant-api/test/auth.middleware.test.js", T(r"""
const request = require('supertest');
const app = require('../src/app');

// The jwt.io sample token (HS256, secret "your-256-bit-secret"): must be rejected by our API.
const JWT_IO_SAMPLE =
  'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c';

describe('auth middleware', () => {
  it('rejects a token signed with someone else\'s secret', async () => {
    const res = await request(app).get('/v1/me/units').set('Authorization', `Bearer ${JWT_IO_SAMPLE}`);
    expect(res.status).toBe(401);
  });

  it('rejects a missing token', async () => {
    const res = await request(app).get('/v1/me/units');
    expect(res.status).toBe(401);
  });
});
"""), "jwt.io debugger sample token (jwt.io)")

D("json", "i18n-labels", "tenant-web/src/locales/es.json", T(r"""
{
  "login": {
    "title": "Inicia sesión en tu cuenta",
    "email": "Correo electrónico",
    "password": "Contraseña",
    "forgotPassword": "¿Olvidaste tu contraseña?",
    "submit": "Entrar"
  },
  "gate": {
    "yourCode": "Tu código de acceso",
    "showCode": "Mostrar código",
    "codeHidden": "••••••",
    "tokenExpired": "Tu sesión expiró. Vuelve a iniciar sesión."
  },
  "payments": {
    "autopay": "Pago automático",
    "cardEnding": "Tarjeta terminada en {{last4}}",
    "apiKeyError": "No pudimos procesar el pago. Intenta de nuevo."
  }
}
"""), "i18next translation file with credential-related labels")

D("yaml", "openapi-security-scheme", "tenant-api/openapi.yaml", T(r"""
openapi: 3.0.3
info:
  title: Cubbyhole tenant API
  version: 2.4.0
servers:
  - url: https://api.cubbyholestorage.com/v1
components:
  securitySchemes:
    bearerAuth:
      type: http
      scheme: bearer
      bearerFormat: JWT
    partnerKey:
      type: apiKey
      in: header
      name: X-Partner-Key
  schemas:
    GateCode:
      type: object
      properties:
        unit: { type: string, example: "C214" }
        code: { type: string, example: "000000", description: "masked in list views" }
security:
  - bearerAuth: []
paths:
  /me/units/{unit}/gate-code:
    get:
      summary: The tenant's gate code for a unit
      parameters:
        - { name: unit, in: path, required: true, schema: { type: string } }
      responses:
        "200":
          description: OK
          content:
            application/json:
              schema: { $ref: "#/components/schemas/GateCode" }
"""), "OpenAPI 3 securitySchemes (OpenAPI specification)")

D("changelog", "commit-sha", "gate-bridge/CHANGELOG.md", T(r"""
# Changelog

## 3.4.1 (2024-04-02)
- Fix exit keypad reconnect loop on Falcon XT firmware 4.2 (<<c1>>)
- Lockout sync retries on SiteLink timeouts (<<c2>>)

## 3.4.0 (2024-03-11)
- OpenTech INSOMNIAC cloud support (<<c3>>)
- Gate activity CSV export for the reporting share (<<c4>>)

## 3.3.2 (2024-01-19)
- Holiday hours from the site file (<<c5>>)
""", c1=hexs(40), c2=hexs(40), c3=hexs(40), c4=hexs(40), c5=hexs(40)), "Changelog citing full git commit SHAs")

D("ini", "aws-sso-profile", "ops/dotfiles/aws/config", T(r"""
[default]
region = us-east-1
output = json

[sso-session cubbyhole]
sso_start_url = https://cubbyhole.awsapps.com/start
sso_region = us-east-1
sso_registration_scopes = sso:account:access

[profile cubbyhole-prod]
sso_session = cubbyhole
sso_account_id = 123456789012
sso_role_name = OpsReadOnly
region = us-east-1

[profile footage-uploader]
role_arn = arn:aws:iam::123456789012:role/footage-uploader
source_profile = cubbyhole-prod
"""), "AWS CLI config with IAM Identity Center (SSO) profiles (AWS CLI docs)")

D("toml", "netlify-env", "tenant-web/netlify.toml", T(r"""
[build]
  command = "npm run build"
  publish = "dist"

[build.environment]
  NODE_VERSION = "20"
  VITE_API_BASE = "https://api.cubbyholestorage.com/v1"

[context.production.environment]
  VITE_STRIPE_PUBLISHABLE_KEY = "set in the Netlify UI"

[[redirects]]
  from = "/api/*"
  to = "https://api.cubbyholestorage.com/v1/:splat"
  status = 200
  force = true

[[headers]]
  for = "/*"
  [headers.values]
    Strict-Transport-Security = "max-age=31536000; includeSubDomains"
"""), "netlify.toml build environment (Netlify docs)")

D("js", "declared-fake", "tenant-api/test/mocks/stripe.js", T(r"""
// Jest manual mock for the Stripe SDK: no network, no real keys.
const FAKE_SECRET = 'sk_test_FAKE_DO_NOT_USE_0000000000';
const FAKE_WEBHOOK_SECRET = 'whsec_test_fake_secret_for_unit_tests';

const paymentIntents = {
  create: jest.fn(async (args) => ({ id: 'pi_test_123', status: 'succeeded', ...args })),
};

const webhooks = {
  constructEvent: jest.fn((body, sig, secret) => {
    if (secret !== FAKE_WEBHOOK_SECRET) throw new Error('bad secret');
    return JSON.parse(body);
  }),
};

module.exports = jest.fn(() => ({ paymentIntents, webhooks }));
module.exports.FAKE_SECRET = FAKE_SECRET;
module.exports.FAKE_WEBHOOK_SECRET = FAKE_WEBHOOK_SECRET;
"""), "Jest manual mock with self-declared fake keys (Jest docs, manual mocks)")

r = _rng()
D("k8s", "configmap-binary", "k8s/prod/kiosk-branding.yaml", T(r"""
apiVersion: v1
kind: ConfigMap
metadata:
  name: kiosk-branding
  namespace: kiosk
data:
  brandName: Cubbyhole Self Storage
  primaryColor: "#0B5D8C"
  supportPhone: "+1-512-555-0142"
binaryData:
  logo.png: iVBORw0KGgoAAAANSUhEUgAAAEAAAABACAYAAACqaXHeAAAA<<png>>
""", png="".join(r.choice(B64) for _ in range(420)) + "AAAAAElFTkSuQmCC"), "Kubernetes ConfigMap binaryData (base64 PNG) (Kubernetes docs)")

D("ansible", "vault-lookup", "ansible/roles/nvr_password/tasks/main.yml", T(r"""
---
- name: Read the NVR admin password for this site from Vault
  ansible.builtin.set_fact:
    nvr_admin_password: "{{ lookup('community.hashi_vault.hashi_vault', 'secret=secret/data/nvr/' ~ site_id ~ '/admin:password') }}"
  no_log: true

- name: Set the local admin password on the Milestone recording server
  ansible.windows.win_user:
    name: nvradmin
    password: "{{ nvr_admin_password }}"
    update_password: always
    password_never_expires: true
  no_log: true

- name: Restart the recording server service
  ansible.windows.win_service:
    name: Milestone XProtect Recording Server
    state: restarted
"""), "Ansible hashi_vault lookup with no_log (community.hashi_vault docs)")

D("compose", "docker-secrets", "gate-events/docker-compose.yml", T(r"""
services:
  api:
    image: ghcr.io/cubbyhole/gate-events:2024.05.2
    environment:
      MONGO_URI_FILE: /run/secrets/mongo_uri
      SLACK_WEBHOOK_URL_FILE: /run/secrets/slack_webhook
    secrets:
      - mongo_uri
      - slack_webhook
    ports:
      - "8081:8080"

secrets:
  mongo_uri:
    file: ./secrets/mongo_uri.txt
  slack_webhook:
    external: true
"""), "Docker Compose secrets: file/external (Compose docs)")

D("shell", "prompted-password", "scripts/nvr/set_camera_password.sh", T(r"""
#!/usr/bin/env bash
# Set a new admin password on one Hikvision camera; the password is typed, never stored.
set -euo pipefail

ip=${1:?usage: set_camera_password.sh <camera-ip>}
read -r -p "current admin password: " -s old; echo
read -r -p "new admin password: " -s new; echo
read -r -p "again: " -s again; echo
[[ "$new" == "$again" ]] || { echo "passwords differ" >&2; exit 1; }

curl -s --digest -u "admin:${old}" -X PUT "http://${ip}/ISAPI/Security/users/1" \
  -H 'Content-Type: application/xml' \
  --data "<User><id>1</id><userName>admin</userName><password>${new}</password></User>"
unset old new again
"""), "bash read -s prompt; Hikvision ISAPI /ISAPI/Security/users (Hikvision ISAPI guide)")

D("ts", "env-schema", "tenant-api/src/config/env.ts", T(r"""
import { z } from "zod";

const EnvSchema = z.object({
  NODE_ENV: z.enum(["development", "test", "production"]).default("development"),
  DATABASE_URL: z.string().url(),
  JWT_SECRET: z.string().min(32, "JWT_SECRET must be at least 32 characters"),
  STRIPE_SECRET_KEY: z.string().startsWith("sk_"),
  STRIPE_WEBHOOK_SECRET: z.string().startsWith("whsec_"),
  SITELINK_PASSWORD: z.string().min(1),
});

export type Env = z.infer<typeof EnvSchema>;

export const env: Env = EnvSchema.parse(process.env);
"""), "zod schema validating process.env (zod docs)")
