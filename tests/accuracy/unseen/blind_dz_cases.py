"""Blind set DZ: aerial survey and drone mapping companies.

Flight planning apps (DJI SDK, Mapbox, ArcGIS Runtime), photogrammetry pipelines (OpenDroneMap,
WebODM, Pix4D, Metashape), GIS servers (GeoServer, MapProxy, ArcGIS Enterprise, PostGIS, QGIS),
RTK correction services (NTRIP casters, RTKLIB, str2str, PointPerfect), cloud processing (S3,
Azure Blob, GCS, Celery, Kubernetes), airspace authorization APIs, field radios and their decoys.
Generated fakes only (seeds 1250000-1259999).
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
SEED_LOW, SEED_HIGH = 1250000, 1259999
_SEED = [SEED_LOW]


def _seed() -> int:
    _SEED[0] += 7
    assert SEED_LOW <= _SEED[0] <= SEED_HIGH
    return _SEED[0]


def _rng() -> random.Random:
    return random.Random(_seed())


WORDS = ["Osprey", "Contour", "Nadir", "Gimbal", "Quarry", "Ridge", "Parcel", "Meridian", "Datum", "Transit",
         "Harrier", "Canyon", "Prairie", "Vertex", "Lidar", "Sextant", "Plover", "Summit", "Delta", "Bramble"]
LOWER = ["orchard", "tripod", "lantern", "gravel", "heron", "compass", "thicket", "marble", "sparrow", "furrow",
         "pylon", "bluff", "cobalt", "willow", "tundra", "rafter", "saddle", "quiver"]


def words_pw() -> str:
    r = _rng()
    return r.choice(WORDS) + r.choice("!#$%@*&") + r.choice(WORDS) + str(r.randint(10, 9999))


def rand_pw(n: int = 20, extra: str = "") -> str:
    r = _rng()
    while True:
        value = "".join(r.choice(ALNUM + extra) for _ in range(n))
        if any(c.isdigit() for c in value) and any(c.isupper() for c in value) and any(c.islower() for c in value):
            return value


def passphrase() -> str:
    r = _rng()
    return "-".join(r.sample(LOWER, 4)) + str(r.randint(1, 99))


def hexs(n: int) -> str:
    r = _rng()
    return "".join(r.choice(HEX) for _ in range(n))


def chars(n: int, alphabet: str = URLSAFE) -> str:
    r = _rng()
    return "".join(r.choice(alphabet) for _ in range(n))


def b64(s: str) -> str:
    return base64.b64encode(s.encode()).decode()


def b64_bytes(n: int) -> str:
    r = _rng()
    return base64.b64encode(bytes(r.getrandbits(8) for _ in range(n))).decode()


def b64url_nopad(s: str) -> str:
    return base64.urlsafe_b64encode(s.encode()).decode().rstrip("=")


def uuid_s() -> str:
    return fakes.uuid4(_seed())


def arcgis_key() -> str:
    return "AAPK" + hexs(32) + chars(96)


def mapbox_token(kind: str, user: str) -> str:
    head = b64url_nopad(json.dumps({"u": user, "a": "cl" + chars(23, string.ascii_lowercase + string.digits)}, separators=(",", ":")))
    return f"{kind}.{head}.{chars(22)}"


def google_key() -> str:
    return "AIza" + chars(35)


def planet_key() -> str:
    return "PLAK" + hexs(32)


def aws_pair() -> tuple:
    s = _seed()
    return fakes.aws_key_id(s), fakes.aws_secret_key(s + 1)


def azure_account_key() -> str:
    return b64_bytes(64)


def wg_key() -> str:
    return b64_bytes(32)


def jwt(payload: dict) -> str:
    head = b64url_nopad(json.dumps({"alg": "HS256", "typ": "JWT"}, separators=(",", ":")))
    body = b64url_nopad(json.dumps(payload, separators=(",", ":")))
    return f"{head}.{body}.{chars(43)}"


def slack_webhook() -> str:
    r = _rng()
    up = string.ascii_uppercase + string.digits
    return ("https://hooks.slack.com/services/T" + "".join(r.choice(up) for _ in range(8)) + "/B"
            + "".join(r.choice(up) for _ in range(10)) + "/" + "".join(r.choice(ALNUM) for _ in range(24)))


def slack_bot() -> str:
    r = _rng()
    return f"xoxb-{r.randint(10**10, 10**11)}-{r.randint(10**12, 10**13)}-" + "".join(r.choice(ALNUM) for _ in range(24))


def discord_webhook() -> str:
    r = _rng()
    return f"https://discord.com/api/webhooks/{r.randint(10**17, 10**18)}/" + "".join(r.choice(URLSAFE) for _ in range(68))


def teams_webhook() -> str:
    return (f"https://geoaerial.webhook.office.com/webhookb2/{uuid_s()}@{uuid_s()}/IncomingWebhook/"
            f"{hexs(32)}/{uuid_s()}/V2{chars(43, ALNUM + '-_')}")


def sendgrid_key() -> str:
    return fakes.fake("SG.", 22, _seed()) + fakes.fake(".", 43, _seed())


def stripe_key() -> str:
    return fakes.fake("sk_live_", 99, _seed())


def github_token() -> str:
    return fakes.github_token(_seed())


def gitlab_token() -> str:
    return fakes.fake("glpat-", 20, _seed())


def npm_token() -> str:
    return fakes.fake("npm_", 36, _seed())


def sentry_token() -> str:
    return "sntryu_" + hexs(64)


def vault_token() -> str:
    return "hvs." + chars(91, ALNUM + "_-")


def tfc_token() -> str:
    return chars(14, ALNUM) + ".atlasv1." + chars(67, ALNUM)


def cloudflare_token() -> str:
    return chars(40)


def pem_block(kind: str, lines: int = 6, head: str = "") -> str:
    r = _rng()
    body = [head + "".join(r.choice(ALNUM + "+/") for _ in range(64 - len(head)))]
    body += ["".join(r.choice(ALNUM + "+/") for _ in range(64)) for _ in range(lines - 1)]
    body.append("".join(r.choice(ALNUM + "+/") for _ in range(r.randint(20, 60))) + "=")
    return f"-----BEGIN {kind}-----\n" + "\n".join(body) + f"\n-----END {kind}-----"


def openssh_key() -> str:
    return pem_block("OPENSSH PRIVATE KEY", 6, "b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW")


def ec_key() -> str:
    return pem_block("EC PRIVATE KEY", 3, "MHcCAQEEI")


def rsa_key() -> str:
    return pem_block("RSA PRIVATE KEY", 12, "MIIEpAIBAAKCAQEA")


def pkcs8_key() -> str:
    return pem_block("PRIVATE KEY", 12, "MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQ")


def cert_pem() -> str:
    return pem_block("CERTIFICATE", 10, "MIIDdzCCAl+gAwIBAgIU")


def bcrypt_hash() -> str:
    return "$2b$12$" + chars(53, ALNUM + "./")


def sops_value() -> str:
    return f"ENC[AES256_GCM,data:{chars(24, ALNUM + '+/')}=,iv:{b64_bytes(32)},tag:{b64_bytes(16)},type:str]"


def ansible_vault() -> str:
    r = _rng()
    lines = ["".join(r.choice(HEX) for _ in range(80)) for _ in range(5)]
    return "$ANSIBLE_VAULT;1.1;AES256\n" + "\n".join(lines)


def ssh_pub() -> str:
    return "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI" + chars(43, ALNUM + "+/")


def sha256() -> str:
    return hexs(64)


CASES: List[LabelledCase] = []


def add(category: str, file_name: str, text: str, secret: Optional[str], source: str) -> None:
    CASES.append(LabelledCase("blind-dz/" + category, file_name, text, secret, source))



# ---------------------------------------------------------------- RTK corrections, NTRIP, field gear

pw = words_pw()
add("rtklib-conf/ntrip-password", "field/rtk/rtkrcv_base_rover.conf", f"""# rtkrcv options for Reach rover on survey jobs (RTKLIB 2.4.3 b34)
pos1-posmode       =kinematic  # (0:single,1:dgps,2:kinematic,3:static,4:movingbase,5:fixed)
pos1-frequency     =l1+l2
pos1-elmask        =15         # (deg)
pos1-navsys        =13         # (1:gps+2:sbas+4:glo+8:gal+16:qzs+32:comp)
pos2-armode        =fix-and-hold
pos2-arthres       =3
out-solformat      =llh
out-height         =ellipsoidal
inpstr1-type       =serial
inpstr1-path       =ttyACM0:115200:8:n:1:off
inpstr1-format     =ubx
inpstr2-type       =ntripcli
inpstr2-path       =ops-rover07:{pw}@caster.geoaerial-rtk.net:2101/VRS_RTCM32
inpstr2-format     =rtcm3
inpstr2-nmeareq    =single
inpstr2-nmealat    =0
inpstr2-nmealon    =0
outstr1-type       =file
outstr1-path       =/data/sol/%Y%m%d_%h%M.pos
""", pw, "RTKLIB 2.4.3 manual, rtkrcv configuration (inpstr-path for ntripcli: user:passwd@addr:port/mntpnt)")

pw = rand_pw(12)
add("shell/ntrip-password", "scripts/base/start_str2str.sh", f"""#!/usr/bin/env bash
# Relay corrections from the state CORS network to the local radio on the base tripod.
set -euo pipefail

MOUNT=${{1:-RTCM3_MSM5}}
PORT=/dev/ttyUSB0
LOG=/var/log/str2str/relay.log

exec str2str \\
  -in ntrip://geoaerial_survey:{pw}@rtn.dot-cors.org:2101/$MOUNT \\
  -out serial://${{PORT#/dev/}}:57600:8:n:1 \\
  -n 1 -p 39.7392 -104.9903 1609 \\
  -t 2 >> "$LOG" 2>&1
""", pw, "RTKLIB str2str usage: -in ntrip://[user[:passwd]@]addr[:port][/mntpnt]")

pw = words_pw()
add("python/ntrip-password", "rtk/ntrip_client.py", f"""import base64
import socket

CASTER = ("ntrip.pointonenav-partner.example.net", 2101)
MOUNTPOINT = "AUTO_ITRF2014"
USER = "droneops-fleet"
PASSWORD = "{pw}"


def open_stream(gga: str) -> socket.socket:
    auth = base64.b64encode(f"{{USER}}:{{PASSWORD}}".encode()).decode()
    request = (
        f"GET /{{MOUNTPOINT}} HTTP/1.1\\r\\n"
        f"Host: {{CASTER[0]}}\\r\\n"
        "Ntrip-Version: Ntrip/2.0\\r\\n"
        "User-Agent: NTRIP geoaerial/1.4\\r\\n"
        f"Authorization: Basic {{auth}}\\r\\n"
        f"Ntrip-GGA: {{gga}}\\r\\n\\r\\n"
    )
    sock = socket.create_connection(CASTER, timeout=10)
    sock.sendall(request.encode())
    status = sock.recv(1024)
    if b"200" not in status:
        raise ConnectionError(status.decode(errors="replace"))
    return sock
""", pw, "NTRIP 2.0 (RTCM 10410.1) HTTP request with Basic authorization")

user_pw = "surveycrew3:" + rand_pw(10)
hdr = b64(user_pw)
add("http/ntrip-basic-auth", "docs/debug/ntrip_request_capture.txt", f"""# Captured from the M300 RTK module during the Kearney flight (caster rejected GGA before fix)
GET /MSM7_NEAR HTTP/1.1
Host: rtk.statewide-cors.net:2101
Ntrip-Version: Ntrip/2.0
User-Agent: NTRIP DJI-RTK/03.01
Authorization: Basic {hdr}
Connection: close
Ntrip-GGA: $GPGGA,172814.0,4042.1234,N,09904.5678,W,1,12,0.9,650.2,M,-24.1,M,,*4F

HTTP/1.1 200 OK
Content-Type: gnss/data
""", hdr, "NTRIP 2.0 Basic authorization header (RFC 7617)")

pw = rand_pw(14, "!#")
add("ini/ntrip-password", "field/lefebure/NTRIPClient.ini", f"""[Connection]
CasterIP=ntrip.kyvrs.ky.gov
CasterPort=2101
MountPoint=KYVRS_RTCM3
Username=geoaerial.kschultz
Password={pw}
SendGGA=1
GGAInterval=10

[Serial]
Port=COM7
Baud=38400
""", pw, "Lefebure NTRIP Client settings file")

pw = words_pw()
add("json/ntrip-password", "config/reach-rs2/base_correction_input.json", f"""{{
  "correction_input": {{
    "enabled": true,
    "type": "ntrip",
    "ntrip": {{
      "address": "caster.emlid.com",
      "port": 2101,
      "mount_point": "MP18842",
      "username": "u73015",
      "password": "{pw}",
      "send_position_to_base": "single"
    }}
  }},
  "rtk_settings": {{ "positioning_mode": "kinematic", "gnss": ["gps", "glonass", "galileo", "beidou"] }}
}}
""", pw, "Emlid Reach correction input (NTRIP) settings")

key = pkcs8_key()
add("json/pointperfect-mqtt-key", "rtk/pointperfect/ucenter-config.json", f"""{{
  "MQTT": {{
    "Connectivity": {{
      "ServerURI": "pp.services.u-blox.com:8883",
      "ClientID": "{uuid_s()}",
      "ClientCredentials": {{
        "Key": {json.dumps(key)},
        "Cert": {json.dumps(cert_pem())},
        "RootCA": "AmazonRootCA1"
      }}
    }},
    "Subscriptions": {{
      "Key": {{ "KeyTopics": ["/pp/ubx/0236/Lb"] }},
      "Data": {{ "DataTopics": ["/pp/Lb/us", "/pp/ubx/mga"] }}
    }}
  }}
}}
""", key.splitlines()[2], "u-blox PointPerfect u-center config JSON (MQTT client key and certificate)")

pw = rand_pw(16)
add("ntripcaster-conf/ntrip-caster-password", "base-station/ntripcaster/ntripcaster.json", f"""{{
  "listeningAddress": ":2101",
  "sources": [
    {{ "mountpoint": "GEOAERIAL_BASE1", "password": "{pw}", "format": "RTCM 3.3" }}
  ],
  "users": [
    {{ "name": "rover", "passwordHash": "$2y$10$Q8b3Vx7g4oJq1Tq8x3yD1u6pP9Q2b3cWmRk0JdN2vXk1eE6o0nGZa", "mounts": ["GEOAERIAL_BASE1"] }}
  ],
  "log": {{ "level": "info", "file": "/var/log/ntripcaster.log" }}
}}
""", pw, "NTRIP caster source (SOURCE) password, per RTCM 10410.1 server registration")

pw = passphrase()
add("uci/wifi-psk", "radios/doodle-labs/etc/config/wireless", f"""config wifi-device 'radio0'
	option type 'mac80211'
	option channel '26'
	option chanbw '10'
	option hwmode '11g'
	option txpower '30'

config wifi-iface 'mesh0'
	option device 'radio0'
	option network 'wan'
	option mode 'mesh'
	option mesh_id 'survey-mesh-ne'
	option encryption 'psk2+ccmp'
	option key '{pw}'
	option mesh_fwding '1'
""", pw, "OpenWrt UCI wireless configuration (Doodle Labs Mesh Rider radios)")

k = hexs(32)
add("txt/radio-aes-key", "radios/microhard/pddl2450_gcs.cfg", f"""# Microhard pDDL2450 - GCS side - exported 2024-05-02
AT+MWRADIO=1
AT+MWMODE=0
AT+MWFREQ2400=76
AT+MWBAND=1
AT+MWTXPOWER=30
AT+MWNETWORKID=GEOAERIAL-FLT3
AT+MWVENCRYPT=2,{k}
AT+MWDISTANCE=12000
AT&W
""", k, "Microhard pDDL AT command reference (AT+MWVENCRYPT: encryption type and key)")

k = wg_key()
add("wireguard/wireguard-private-key", "ops/field-lte/wg0.conf", f"""# Field LTE router -> HQ processing VPN (truck 4)
[Interface]
Address = 10.44.0.14/32
PrivateKey = {k}
DNS = 10.44.0.1
MTU = 1380

[Peer]
PublicKey = {wg_key()}
Endpoint = vpn.geoaerial.io:51820
AllowedIPs = 10.44.0.0/16, 10.60.0.0/20
PersistentKeepalive = 25
""", k, "WireGuard wg-quick(8) configuration format")

k = wg_key()
add("routeros/wireguard-private-key", "ops/field-lte/mikrotik-chateau-truck2.rsc", f"""# 2024-03-18 by RouterOS 7.13.5
/interface wireguard
add listen-port=13231 mtu=1420 name=wg-hq private-key="{k}"
/interface wireguard peers
add allowed-address=10.44.0.0/16 endpoint-address=vpn.geoaerial.io endpoint-port=51820 interface=wg-hq \\
    persistent-keepalive=25s public-key="{wg_key()}"
/ip address
add address=10.44.0.12/32 interface=wg-hq network=10.44.0.12
/ip route
add dst-address=10.44.0.0/16 gateway=wg-hq
""", k, "MikroTik RouterOS /interface wireguard export")

pw = rand_pw(20)
add("mavproxy/mavlink-signing-passphrase", "gcs/mavinit.scr", f"""# MAVProxy startup for the Cube Orange on survey quad Q7
set moddebug 1
module load map
module load signing
signing setup {pw}
signing key {pw}
param set SERIAL2_PROTOCOL 2
param set SERIAL2_BAUD 57
wp load missions/q7_block_C.waypoints
""", pw, "MAVProxy signing module (signing setup PASSPHRASE), MAVLink 2 message signing")

key = openssh_key()
add("pem/ssh-private-key", "base-station/keys/basepi_deploy_ed25519", key + "\n", key,
    "OpenSSH private key file format (ssh-keygen)")

pw = words_pw()
add("mqtt/mqtt-password", "telemetry/mosquitto/bridge.conf", f"""# Bridge hangar mosquitto to the cloud broker for live telemetry
connection cloud-bridge
address mqtt.geoaerial.io:8883
bridge_protocol_version mqttv311
remote_clientid hangar-denver-01
remote_username hangar-denver
remote_password {pw}
bridge_cafile /etc/mosquitto/certs/isrg-root-x1.pem
topic telemetry/# out 1 fleet/ ""
topic commands/# in 1 fleet/ ""
cleansession false
notifications true
""", pw, "mosquitto.conf(5) bridge options (remote_username, remote_password)")

pw = rand_pw(18)
add("python/mqtt-password", "telemetry/dock_forwarder.py", f"""import json
import ssl

import paho.mqtt.client as mqtt

BROKER = "emqx.flighthub-relay.geoaerial.io"


def on_message(client, userdata, msg):
    payload = json.loads(msg.payload)
    if msg.topic.endswith("/osd"):
        userdata["sink"].write(payload)


def connect(sink) -> mqtt.Client:
    client = mqtt.Client(client_id="dock-forwarder-01", userdata={{"sink": sink}})
    client.username_pw_set("dock_forwarder", "{pw}")
    client.tls_set(cert_reqs=ssl.CERT_REQUIRED)
    client.on_message = on_message
    client.connect(BROKER, 8883, keepalive=60)
    client.subscribe("thing/product/+/osd", qos=0)
    return client
""", pw, "Eclipse Paho Python client: username_pw_set")

# decoys ------------------------------------------------------------

add("rtklib-conf/decoy-placeholder", "field/rtk/rtkrcv_template.conf", """# Template - copy to rtkrcv.conf and fill in the caster account from the job sheet
pos1-posmode       =kinematic
pos1-elmask        =15
pos2-armode        =fix-and-hold
inpstr1-type       =serial
inpstr1-path       =ttyACM0:115200:8:n:1:off
inpstr1-format     =ubx
inpstr2-type       =ntripcli
inpstr2-path       =<user>:<password>@<caster-host>:2101/<mountpoint>
inpstr2-format     =rtcm3
out-solformat      =llh
""", None, "RTKLIB 2.4.3 manual, rtkrcv configuration")

add("shell/decoy-env-reference", "scripts/base/relay_from_env.sh", """#!/usr/bin/env bash
# Credentials come from /etc/default/ntrip-relay (root 0600), provisioned by Ansible.
set -euo pipefail
: "${NTRIP_USER:?}" "${NTRIP_PASSWORD:?}" "${NTRIP_MOUNT:=RTCM3_MSM5}"

exec str2str \\
  -in "ntrip://${NTRIP_USER}:${NTRIP_PASSWORD}@rtn.dot-cors.org:2101/${NTRIP_MOUNT}" \\
  -out tcpsvr://:5015 \\
  -t 2
""", None, "RTKLIB str2str usage")

add("nmea/decoy-checksum", "tests/data/flight_0412_gga.nmea", """$GPGGA,152210.00,3944.3520,N,10459.4196,W,4,18,0.6,1611.3,M,-16.8,M,1.0,0000*5B
$GPGGA,152211.00,3944.3522,N,10459.4191,W,4,18,0.6,1611.4,M,-16.8,M,1.0,0000*54
$GPRMC,152211.00,A,3944.3522,N,10459.4191,W,0.41,88.2,120424,,,D*71
$GPGSA,A,3,02,05,06,11,12,13,15,19,20,24,25,29,1.1,0.6,0.9*3A
$GPGGA,152212.00,3944.3525,N,10459.4186,W,4,18,0.6,1611.4,M,-16.8,M,1.0,0000*5E
$GPGST,152212.00,0.012,0.010,0.008,45.2,0.009,0.010,0.015*6C
""", None, "NMEA 0183 GGA/RMC/GSA/GST sentences (checksums)")

add("sourcetable/decoy-public-id", "docs/casters/sourcetable_2024-04.txt", """SOURCETABLE 200 OK
Server: NTRIP Caster 2.0.45/2.0
Content-Type: text/plain
STR;VRS_RTCM32;Denver;RTCM 3.2;1004(1),1005(5),1012(1),1033(5);2;GPS+GLO;SNIP;USA;39.74;-104.99;1;1;sNTRIP;none;B;N;9600;
STR;MSM5_NEAR;Denver;RTCM 3.3;1074(1),1084(1),1094(1),1124(1);2;GPS+GLO+GAL+BDS;SNIP;USA;39.74;-104.99;1;1;sNTRIP;none;B;N;9600;
CAS;rtk.geoaerial.io;2101;GeoAerial;GeoAerial Survey;0;USA;39.74;-104.99;0.0.0.0;0;http://geoaerial.io
NET;GEOAERIAL;GeoAerial;B;N;http://geoaerial.io;none;support@geoaerial.io;none
ENDSOURCETABLE
""", None, "NTRIP sourcetable format (RTCM 10410.1)")

add("wireguard/decoy-public-key", "ops/field-lte/peers.conf", f"""# HQ side: peer list only. Interface key lives in /etc/wireguard/private.key (PostUp reads it).
[Interface]
Address = 10.44.0.1/16
ListenPort = 51820
PostUp = wg set %i private-key /etc/wireguard/private.key

[Peer]
# truck 2
PublicKey = {wg_key()}
AllowedIPs = 10.44.0.12/32

[Peer]
# truck 4
PublicKey = {wg_key()}
AllowedIPs = 10.44.0.14/32
""", None, "WireGuard wg(8): public keys of peers, private key set from a file")

add("json/decoy-test-fixture", "rtk/tests/fixtures/caster_accounts.json", """{
  "_comment": "fixture for ntrip_client tests; local mock caster only, accepts anything",
  "caster": {"host": "127.0.0.1", "port": 21010},
  "accounts": [
    {"user": "test-rover", "password": "not-a-real-password", "mount": "MOCK_MSM5"},
    {"user": "test-base", "password": "dummy", "mount": "MOCK_BASE"}
  ],
  "expect_status": "ICY 200 OK"
}
""", None, "pytest fixture for a mock NTRIP caster")

add("mqtt/decoy-hashed-passwords", "telemetry/mosquitto/passwd", f"""hangar-denver:$7$101$Xb1cC3f9YtqzL0pS$6qJvE3q6ZrBq0hT2WcF4k5c3nQ8o1mYz9JrA2V7bH0pXyLkQwE3tR5uIoPaSdFgHjKlZxCvBnM1234567890AbCd==
hangar-boise:$7$101$Lk2PqR8sTuVwXyZ0$A1b2C3d4E5f6G7h8I9j0K1l2M3n4O5p6Q7r8S9t0U1v2W3x4Y5z6A7b8C9d0E1f2G3h4I5j6K7l8M9n0O1p2Q3r4==
dock_forwarder:$7$101$Mn3OpQ4rSt5UvW6x$Zz9Yy8Xx7Ww6Vv5Uu4Tt3Ss2Rr1Qq0Pp9Oo8Nn7Mm6Ll5Kk4Jj3Ii2Hh1Gg0Ff9Ee8Dd7Cc6Bb5Aa4Zz3Yy2Xx1==
grafana-bridge:$7$101$Hy7Ui8Op9As0Df1G$Bb2Nn3Mm4Qq5Ww6Ee7Rr8Tt9Yy0Uu1Ii2Oo3Pp4Aa5Ss6Dd7Ff8Gg9Hh0Jj1Kk2Ll3Zz4Xx5Cc6Vv7Bb8Nn9Mm0Qq1==
telemetry-ro:$7$101$Qw4Er5Ty6Ui7Op8A$Pl0Ok9Ij8Uh7Yg6Tf5Rd4Es3Wa2Qz1Xs0Cd9Vf8Bg7Nh6Mj5Ki4Lo3P2o1I0u9Y8t7R6e5W4q3A2s1D0f9G8h7J6k==
""", None, "mosquitto_passwd(1): PBKDF2-SHA512 password file (hashes, not passwords)")

add("waypoints/decoy-mission", "missions/q7_block_C.waypoints", """QGC WPL 110
0	1	0	16	0	0	0	0	39.7392110	-104.9903220	1609.000000	1
1	0	3	22	0	0	0	0	0.000000	0.000000	60.000000	1
2	0	3	16	0	0	0	0	39.7401230	-104.9911450	60.000000	1
3	0	3	206	18.500000	0	1	0	0.000000	0.000000	0.000000	1
4	0	3	16	0	0	0	0	39.7412780	-104.9911450	60.000000	1
5	0	3	16	0	0	0	0	39.7412780	-104.9894210	60.000000	1
6	0	3	206	0	0	0	0	0.000000	0.000000	0.000000	1
7	0	3	20	0	0	0	0	0.000000	0.000000	0.000000	1
""", None, "QGroundControl WPL 110 mission file format")

add("markdown/decoy-redacted", "docs/runbooks/rtk-base-setup.md", """# Setting up the RTK base on a known point

1. Level the tripod over the control monument and measure the slant height.
2. Power the Reach RS2+ and join the `ReachRS-xxxx` hotspot.
3. In Emlid Flow: *Base mode* -> *Base coordinates* -> enter the monument's NAD83(2011) values.
4. Corrections out: NTRIP to our caster. The account is in 1Password, vault **Field Ops**, item
   `NTRIP caster - base accounts`. It looks like this in the app:

   ```
   Address:    rtk.geoaerial.io
   Port:       2101
   Mountpoint: GEOAERIAL_BASE1
   Password:   ••••••••••••  (from 1Password)
   ```
5. Check the rover shows FIX within 2 minutes before launching.
""", None, "Emlid Flow base setup documentation")

add("python/decoy-reads-env", "telemetry/settings.py", """import os
from dataclasses import dataclass


@dataclass(frozen=True)
class BrokerSettings:
    host: str
    port: int
    username: str
    password: str


def load() -> BrokerSettings:
    return BrokerSettings(
        host=os.environ.get("MQTT_HOST", "emqx.flighthub-relay.geoaerial.io"),
        port=int(os.environ.get("MQTT_PORT", "8883")),
        username=os.environ["MQTT_USERNAME"],
        password=os.environ["MQTT_PASSWORD"],
    )
""", None, "Twelve-factor configuration from the environment")

add("params/decoy-params", "params/q7_cube_orange.param", """# ArduCopter V4.4.4 parameters, Q7
BRD_SER2_RTSCTS,0
COMPASS_OFS_X,-21.40000
COMPASS_OFS_Y,55.83000
EK3_SRC1_POSZ,3
GPS_AUTO_CONFIG,1
GPS_INJECT_TO,127
GPS_TYPE,9
INS_ACCOFFS_X,0.003412
SERIAL2_BAUD,57
SERIAL2_PROTOCOL,2
SYSID_THISMAV,7
""", None, "ArduPilot parameter file format")


# ---------------------------------------------------------------- GIS servers, databases, desktop GIS

pw = words_pw()
add("compose/geoserver-admin-password", "deploy/geoserver/docker-compose.yml", f"""services:
  geoserver:
    image: docker.osgeo.org/geoserver:2.25.1
    ports:
      - "8080:8080"
    environment:
      INSTALL_EXTENSIONS: "true"
      STABLE_EXTENSIONS: "wps,importer,cog"
      GEOSERVER_ADMIN_USER: gsadmin
      GEOSERVER_ADMIN_PASSWORD: "{pw}"
      CORS_ENABLED: "true"
      SKIP_DEMO_DATA: "true"
    volumes:
      - gs-data:/opt/geoserver_data
      - /mnt/orthos:/mnt/orthos:ro
  postgis:
    image: postgis/postgis:16-3.4
    environment:
      POSTGRES_DB: survey
      POSTGRES_USER: survey
      POSTGRES_PASSWORD_FILE: /run/secrets/pg_password
    secrets: [pg_password]
volumes:
  gs-data:
secrets:
  pg_password:
    file: ./secrets/pg_password.txt
""", pw, "docker.osgeo.org/geoserver image README (GEOSERVER_ADMIN_PASSWORD)")

pw = rand_pw(16, "!$")
add("geoserver-xml/postgis-password", "geoserver_data/workspaces/survey/postgis_survey/datastore.xml", f"""<dataStore>
  <id>DataStoreInfoImpl-5c1e8b7a:18e2f4c7a1d:-7ffd</id>
  <name>postgis_survey</name>
  <type>PostGIS</type>
  <enabled>true</enabled>
  <workspace>
    <id>WorkspaceInfoImpl-5c1e8b7a:18e2f4c7a1d:-7fff</id>
  </workspace>
  <connectionParameters>
    <entry key="host">pg-survey.internal.geoaerial.io</entry>
    <entry key="port">5432</entry>
    <entry key="database">survey</entry>
    <entry key="schema">deliverables</entry>
    <entry key="user">geoserver_ro</entry>
    <entry key="passwd">{pw}</entry>
    <entry key="dbtype">postgis</entry>
    <entry key="Expose primary keys">true</entry>
    <entry key="max connections">20</entry>
  </connectionParameters>
  <__default>false</__default>
</dataStore>
""", pw, "GeoServer data directory: workspaces/<ws>/<store>/datastore.xml connection parameters")

pw = words_pw()
add("xml/tomcat-password", "deploy/geoserver/tomcat-users.xml", f"""<?xml version="1.0" encoding="UTF-8"?>
<tomcat-users xmlns="http://tomcat.apache.org/xml"
              xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
              xsi:schemaLocation="http://tomcat.apache.org/xml tomcat-users.xsd"
              version="1.0">
  <role rolename="manager-gui"/>
  <role rolename="manager-script"/>
  <user username="deployer" password="{pw}" roles="manager-script"/>
</tomcat-users>
""", pw, "Apache Tomcat tomcat-users.xml (UserDatabaseRealm)")

pw = rand_pw(14)
add("qgis-project/postgis-password", "qgis/projects/county_ortho_review.qgs", f"""<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>
<qgis projectname="County ortho QA" version="3.34.5-Prizren">
  <projectCrs>
    <spatialrefsys nativeFormat="Wkt">
      <authid>EPSG:6428</authid>
    </spatialrefsys>
  </projectCrs>
  <projectlayers>
    <maplayer type="vector" geometry="Polygon">
      <id>qa_flags_7e2b4c1d</id>
      <datasource>dbname='survey' host=pg-survey.internal.geoaerial.io port=5432 user='qa_editor' password='{pw}' sslmode=require key='fid' srid=6428 type=Polygon checkPrimaryKeyUnicity='1' table="qa"."flags" (geom)</datasource>
      <layername>QA flags</layername>
      <provider encoding="UTF-8">postgres</provider>
    </maplayer>
    <maplayer type="raster">
      <id>ortho_2024_3f9a</id>
      <datasource>/vsicurl/https://orthos.geoaerial.io/cog/adams_2024_5cm.tif</datasource>
      <layername>Adams 2024 5cm</layername>
      <provider>gdal</provider>
    </maplayer>
  </projectlayers>
</qgis>
""", pw, "QGIS project file (.qgs): PostgreSQL provider datasource URI")

pw = words_pw()
add("pg-service/postgis-password", "qgis/pg_service.conf", f"""# Shared PostgreSQL connection services for QGIS on the review workstations
[survey-ro]
host=pg-survey.internal.geoaerial.io
port=5432
dbname=survey
user=qgis_reader
password={pw}
sslmode=require

[survey-edit]
host=pg-survey.internal.geoaerial.io
port=5432
dbname=survey
sslmode=require
""", pw, "PostgreSQL pg_service.conf connection service file")

pw = rand_pw(22)
add("pgpass/postgis-password", "ops/backup/.pgpass", f"""# ~/.pgpass for the backup agent (chmod 0600)
# hostname:port:database:username:password
pg-survey.internal.geoaerial.io:5432:survey:backup_agent:{pw}
pg-survey.internal.geoaerial.io:5432:tiles:backup_agent:{pw}
pg-survey-replica.internal.geoaerial.io:5432:*:backup_agent:{pw}
""", pw, "PostgreSQL .pgpass password file format")

pw = words_pw()
add("sql/postgis-password", "db/migrations/0042_roles_for_tileserv.sql", f"""-- pg_tileserv and pg_featureserv read-only role for published deliverables
BEGIN;
CREATE ROLE tileserv LOGIN PASSWORD '{pw}' NOSUPERUSER NOCREATEDB NOCREATEROLE;
GRANT CONNECT ON DATABASE survey TO tileserv;
GRANT USAGE ON SCHEMA deliverables TO tileserv;
GRANT SELECT ON ALL TABLES IN SCHEMA deliverables TO tileserv;
ALTER DEFAULT PRIVILEGES IN SCHEMA deliverables GRANT SELECT ON TABLES TO tileserv;
ALTER ROLE tileserv SET statement_timeout = '30s';
COMMIT;
""", pw, "PostgreSQL CREATE ROLE ... PASSWORD")

pw = rand_pw(18)
add("sql/fdw-password", "db/migrations/0051_fdw_legacy_gis.sql", f"""CREATE EXTENSION IF NOT EXISTS postgres_fdw;

CREATE SERVER legacy_gis
  FOREIGN DATA WRAPPER postgres_fdw
  OPTIONS (host 'legacy-gis.corp.geoaerial.local', port '5432', dbname 'gisdata');

CREATE USER MAPPING FOR survey
  SERVER legacy_gis
  OPTIONS (user 'fdw_reader', password '{pw}');

IMPORT FOREIGN SCHEMA parcels
  FROM SERVER legacy_gis INTO legacy;
""", pw, "PostgreSQL postgres_fdw: CREATE USER MAPPING ... OPTIONS (user, password)")

pw = words_pw()
add("toml/postgis-password", "deploy/martin/config.toml", f"""# martin tile server
listen_addresses = "0.0.0.0:3000"
worker_processes = 8
cache_size_mb = 512

[postgres]
connection_string = "postgresql://martin:{pw}@pg-survey.internal.geoaerial.io:5432/survey?sslmode=require"
default_srid = 4326
pool_size = 20
auto_publish = false

[postgres.tables.flight_lines]
schema = "deliverables"
table = "flight_lines"
geometry_column = "geom"
srid = 4326
""", pw, "martin tile server configuration (postgres connection_string)")

pw = rand_pw(12)
add("mapproxy-yaml/basic-auth-url", "deploy/mapproxy/mapproxy.yaml", f"""services:
  demo:
  wmts:
  wms:
    md:
      title: GeoAerial basemaps
layers:
  - name: client_ortho
    title: Client orthomosaic 2024
    sources: [client_ortho_cache]
caches:
  client_ortho_cache:
    grids: [webmercator]
    sources: [client_wms]
    cache:
      type: geopackage
      filename: /data/cache/client_ortho.gpkg
sources:
  client_wms:
    type: wms
    req:
      url: https://svc_geoaerial:{pw}@gis.countyclient.gov/arcgis/services/Ortho2024/MapServer/WMSServer
      layers: "0"
      transparent: true
    coverage:
      bbox: [-105.25, 39.60, -104.60, 40.00]
      srs: 'EPSG:4326'
grids:
  webmercator:
    base: GLOBAL_WEBMERCATOR
""", pw, "MapProxy configuration: WMS source URL with HTTP basic auth credentials")

pw = words_pw()
add("python/arcgis-password", "gis/publish/publish_ortho.py", f"""from arcgis.gis import GIS
from arcgis.raster.analytics import copy_raster

PORTAL = "https://enterprise.geoaerial.io/portal"


def main(tif_url: str, title: str) -> None:
    gis = GIS(PORTAL, "publisher_svc", "{pw}", verify_cert=True)
    item = copy_raster(
        input_raster=tif_url,
        output_name=title.replace(" ", "_"),
        raster_type_name="Raster Dataset",
        gis=gis,
    )
    item.update(item_properties={{"tags": "ortho,drone,2024", "snippet": title}})
    item.share(groups=["Client Deliverables"])
    print(item.homepage)


if __name__ == "__main__":
    import sys
    main(sys.argv[1], sys.argv[2])
""", pw, "ArcGIS API for Python: arcgis.gis.GIS(url, username, password)")

key = arcgis_key()
add("js/arcgis-api-key", "web/viewer/src/server/geocode.js", f"""// Server-side proxy for batch geocoding of flight sites (keeps the key off the browser)
import express from "express";
import fetch from "node-fetch";

const router = express.Router();
const ARCGIS_API_KEY = "{key}";
const GEOCODE = "https://geocode-api.arcgis.com/arcgis/rest/services/World/GeocodeServer/geocodeAddresses";

router.post("/sites/geocode", async (req, res) => {{
  const records = req.body.sites.map((s, i) => ({{ attributes: {{ OBJECTID: i, SingleLine: s.address }} }}));
  const form = new URLSearchParams({{
    addresses: JSON.stringify({{ records }}),
    f: "json",
    forStorage: "true",
    token: ARCGIS_API_KEY,
  }});
  const out = await fetch(GEOCODE, {{ method: "POST", body: form }});
  res.json(await out.json());
}});

export default router;
""", key, "ArcGIS Location Platform API keys (AAPK...), geocodeAddresses with forStorage")

sec = hexs(32)
add("python/arcgis-client-secret", "gis/auth/app_token.py", f"""import requests

TOKEN_URL = "https://www.arcgis.com/sharing/rest/oauth2/token"
CLIENT_ID = "Kq3v8XnTz1pLw0Hd"
CLIENT_SECRET = "{sec}"


def app_token(expiration_minutes: int = 120) -> str:
    resp = requests.post(
        TOKEN_URL,
        data={{
            "client_id": CLIENT_ID,
            "client_secret": CLIENT_SECRET,
            "grant_type": "client_credentials",
            "expiration": expiration_minutes,
            "f": "json",
        }},
        timeout=30,
    )
    resp.raise_for_status()
    return resp.json()["access_token"]
""", sec, "ArcGIS REST API: OAuth 2.0 app credentials (client_credentials grant)")

pw = rand_pw(16)
add("ini/geoserver-password", "gis/publish/geoserver.ini", f"""; used by publish_layers.py (gsconfig / geoserver-restconfig)
[geoserver]
url = https://maps.geoaerial.io/geoserver/rest
username = admin
password = {pw}
workspace = survey
verify_ssl = true

[defaults]
srs = EPSG:3857
style = ortho_rgb
""", pw, "geoserver-restconfig Catalog(url, username, password)")

tok = hexs(40)
add("shell-history/geoserver-password", "ops/notes/geoserver_fix_bash_history", f"""cd /opt/geoserver_data/workspaces/survey
ls -la
curl -s -u admin:{tok} https://maps.geoaerial.io/geoserver/rest/workspaces.json | jq .
curl -u admin:{tok} -XPOST -H 'Content-type: text/xml' \\
  -d '<coverageStore><name>adams_2024</name><type>GeoTIFF</type><enabled>true</enabled><workspace>survey</workspace><url>file:/mnt/orthos/adams_2024_5cm.tif</url></coverageStore>' \\
  https://maps.geoaerial.io/geoserver/rest/workspaces/survey/coveragestores
curl -u admin:{tok} -XPOST https://maps.geoaerial.io/geoserver/rest/reload
tail -f /opt/geoserver/logs/geoserver.log
""", tok, "GeoServer REST API (curl -u user:password)")

pw = words_pw()
add("php/postgis-password", "web/portal/config/database.php", f"""<?php

return [
    'default' => env('DB_CONNECTION', 'pgsql'),
    'connections' => [
        'pgsql' => [
            'driver' => 'pgsql',
            'host' => 'pg-survey.internal.geoaerial.io',
            'port' => '5432',
            'database' => 'client_portal',
            'username' => 'portal_app',
            'password' => '{pw}',
            'charset' => 'utf8',
            'prefix' => '',
            'search_path' => 'public,postgis',
            'sslmode' => 'require',
        ],
    ],
    'migrations' => 'migrations',
];
""", pw, "Laravel config/database.php (pgsql connection)")

pw = rand_pw(20)
add("csharp/sqlserver-password", "src/Geoaerial.Deliveries/appsettings.Production.json", f"""{{
  "Logging": {{ "LogLevel": {{ "Default": "Information", "Microsoft.AspNetCore": "Warning" }} }},
  "ConnectionStrings": {{
    "Deliveries": "Server=tcp:geoaerial-sql.database.windows.net,1433;Initial Catalog=deliveries;Persist Security Info=False;User ID=deliveries_app;Password={pw};MultipleActiveResultSets=False;Encrypt=True;TrustServerCertificate=False;Connection Timeout=30;"
  }},
  "Blob": {{ "Container": "client-deliveries" }},
  "AllowedHosts": "*"
}}
""", pw, "ASP.NET Core appsettings.json ConnectionStrings (Azure SQL ADO.NET connection string)")

pw = words_pw()
add("java-properties/postgis-password", "services/tile-cache/src/main/resources/application-prod.properties", f"""server.port=8085
spring.datasource.url=jdbc:postgresql://pg-survey.internal.geoaerial.io:5432/tiles?sslmode=require
spring.datasource.username=tilecache
spring.datasource.password={pw}
spring.datasource.hikari.maximum-pool-size=12
spring.jpa.properties.hibernate.dialect=org.hibernate.spatial.dialect.postgis.PostgisPG10Dialect
tiles.storage.root=s3://geoaerial-tiles/prod
tiles.max-zoom=22
""", pw, "Spring Boot application.properties (spring.datasource.password)")

# decoys ------------------------------------------------------------

add("geoserver-xml/decoy-encrypted", "geoserver_data/workspaces/ops/postgis_ops/datastore.xml", f"""<dataStore>
  <id>DataStoreInfoImpl-2b7d1c9e:18e2f4c7a1d:-7ff1</id>
  <name>postgis_ops</name>
  <type>PostGIS</type>
  <enabled>true</enabled>
  <connectionParameters>
    <entry key="host">pg-survey.internal.geoaerial.io</entry>
    <entry key="port">5432</entry>
    <entry key="database">ops</entry>
    <entry key="user">geoserver_ro</entry>
    <entry key="passwd">crypt2:{b64_bytes(24)}</entry>
    <entry key="dbtype">postgis</entry>
  </connectionParameters>
</dataStore>
""", None, "GeoServer password encryption (crypt2: keystore-backed PBE, encrypted datastore passwords)")

add("geoserver-xml/decoy-hash", "geoserver_data/security/usergroup/default/users.xml", f"""<?xml version="1.0" encoding="UTF-8" standalone="no"?>
<userRegistry xmlns="http://www.geoserver.org/security/users" version="1.0">
  <users>
    <user enabled="true" name="admin" password="digest1:{b64_bytes(48)}"/>
    <user enabled="true" name="client_viewer" password="digest1:{b64_bytes(48)}"/>
  </users>
  <groups>
    <group enabled="true" name="clients">
      <member username="client_viewer"/>
    </group>
  </groups>
</userRegistry>
""", None, "GeoServer security: digest1 password encoder (salted SHA-256 digests)")

add("qgis-project/decoy-authcfg", "qgis/projects/parcel_overlay.qgs", """<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>
<qgis projectname="Parcel overlay" version="3.34.5-Prizren">
  <projectlayers>
    <maplayer type="vector" geometry="Polygon">
      <id>parcels_0c2d</id>
      <datasource>dbname='survey' host=pg-survey.internal.geoaerial.io port=5432 sslmode=require authcfg=gx7k2p9 key='gid' srid=6428 type=MultiPolygon table="legacy"."parcels" (geom)</datasource>
      <layername>Parcels</layername>
      <provider encoding="UTF-8">postgres</provider>
    </maplayer>
    <maplayer type="raster">
      <id>basemap_wmts</id>
      <datasource>contextualWMSLegend=0&amp;crs=EPSG:3857&amp;format=image/jpeg&amp;layer=ortho&amp;styles=default&amp;tileMatrixSet=GoogleMapsCompatible&amp;url=https://maps.geoaerial.io/geoserver/gwc/service/wmts</datasource>
      <layername>Ortho WMTS</layername>
      <provider>wms</provider>
    </maplayer>
  </projectlayers>
</qgis>
""", None, "QGIS authentication system: authcfg=<id> in datasource URIs")

add("sql/decoy-hash", "db/seed/roles_dump.sql", """-- pg_dumpall --roles-only, 2024-04-30 (verifiers, not passwords)
CREATE ROLE tileserv;
ALTER ROLE tileserv WITH NOSUPERUSER INHERIT NOCREATEROLE NOCREATEDB LOGIN NOREPLICATION NOBYPASSRLS PASSWORD 'SCRAM-SHA-256$4096:t5kQ0c2Xw9v1bYp8mR3fZg==$Wk8cJm1Qv2r5Tz3bXn9LpE4sYh7aUd6oK0iG1fC2jB8=:Pq9sLr2Tn6vYb4Xw1Zc8Me3Ha5Ku7Jd0Ff2Gi9Oo1Ss=';
CREATE ROLE qgis_reader;
ALTER ROLE qgis_reader WITH NOSUPERUSER INHERIT NOCREATEROLE NOCREATEDB LOGIN NOREPLICATION NOBYPASSRLS PASSWORD 'SCRAM-SHA-256$4096:Zx4bN7mQ2cV9kL1pR8tY3w==$Hj2kL9mN4bV7cX1zQ8wE5rT3yU6iO0pA2sD9fG4hJ7k=:Lm3nB8vC1xZ6qW9eR4tY7uI2oP5aS0dF3gH6jK9lM2n=';
GRANT pg_read_all_data TO backup_agent;
""", None, "PostgreSQL SCRAM-SHA-256 password verifiers in pg_dumpall output")

add("js/decoy-public-token", "web/viewer/src/map.js", f"""import mapboxgl from "mapbox-gl";

// Public token, URL-restricted to *.geoaerial.io in the Mapbox account (styles:tiles, fonts:read).
mapboxgl.accessToken = "{mapbox_token('pk', 'geoaerial')}";

export function createMap(container, ortho) {{
  const map = new mapboxgl.Map({{
    container,
    style: "mapbox://styles/mapbox/satellite-streets-v12",
    center: [ortho.lon, ortho.lat],
    zoom: 16,
  }});
  map.on("load", () => {{
    map.addSource("ortho", {{ type: "raster", tiles: [ortho.tileUrl], tileSize: 256 }});
    map.addLayer({{ id: "ortho", type: "raster", source: "ortho" }});
  }});
  return map;
}}
""", None, "Mapbox GL JS: public access tokens (pk.) for browser use, URL restrictions")

add("js/decoy-public-client-id", "web/viewer/src/auth/arcgisLogin.js", """import { ArcGISIdentityManager } from "@esri/arcgis-rest-request";

// OAuth 2.0 PKCE in the browser: the client id is public; no client secret is involved.
const CLIENT_ID = "Hx4mQ9tLr2Wb7ZpK";
const REDIRECT_URI = `${window.location.origin}/oauth-callback.html`;

export async function signIn() {
  const session = await ArcGISIdentityManager.beginOAuth2({
    clientId: CLIENT_ID,
    redirectUri: REDIRECT_URI,
    portal: "https://www.arcgis.com/sharing/rest",
    pkce: true,
    popup: true,
  });
  localStorage.setItem("arcgis_session", session.serialize());
  return session;
}
""", None, "ArcGIS REST JS: ArcGISIdentityManager.beginOAuth2 with PKCE (public client id)")

add("compose/decoy-env-reference", "deploy/pg_featureserv/docker-compose.yml", """services:
  featureserv:
    image: pramsey/pg_featureserv:1.3
    environment:
      DATABASE_URL: "postgres://featureserv:${FEATURESERV_DB_PASSWORD}@pg-survey.internal.geoaerial.io/survey"
      PGFS_SERVER_HTTPPORT: "9000"
      PGFS_WEBSITE_BASEMAPURL: "https://maps.geoaerial.io/geoserver/gwc/service/wmts"
    env_file:
      - .env.featureserv   # not committed; see docs/runbooks/secrets.md
    ports:
      - "9000:9000"
    restart: unless-stopped
""", None, "Docker Compose variable interpolation (${VAR}) and env_file")

add("sql/decoy-uuid-id", "db/seed/projects_seed.sql", f"""INSERT INTO projects (id, client_id, name, crs, created_at) VALUES
  ('{uuid_s()}', '{uuid_s()}', 'Adams County 2024 ortho', 'EPSG:6428', '2024-03-02'),
  ('{uuid_s()}', '{uuid_s()}', 'I-25 corridor volumetrics', 'EPSG:6430', '2024-03-09'),
  ('{uuid_s()}', '{uuid_s()}', 'Quarry 7 monthly stockpiles', 'EPSG:32613', '2024-03-15'),
  ('{uuid_s()}', '{uuid_s()}', 'Solar farm thermal inspection', 'EPSG:32613', '2024-04-01');

INSERT INTO flights (id, project_id, pilot, aircraft_sn, images) VALUES
  ('{uuid_s()}', (SELECT id FROM projects WHERE name LIKE 'Adams%'), 'kschultz', '1581F5FJD228Q00A0B3C', 1842),
  ('{uuid_s()}', (SELECT id FROM projects WHERE name LIKE 'Quarry%'), 'mnakamura', '1581F5FJD228Q00A0C71', 655);
""", None, "SQL seed data with UUID primary keys and aircraft serial numbers")

add("properties/decoy-placeholder", "services/tile-cache/src/main/resources/application.properties", """server.port=8085
spring.datasource.url=jdbc:postgresql://${DB_HOST:localhost}:5432/tiles
spring.datasource.username=${DB_USER:tilecache}
spring.datasource.password=${DB_PASSWORD}
spring.jpa.properties.hibernate.dialect=org.hibernate.spatial.dialect.postgis.PostgisPG10Dialect
tiles.storage.root=${TILES_ROOT:file:/tmp/tiles}
tiles.max-zoom=22
""", None, "Spring Boot externalized configuration placeholders")

add("xml/decoy-certificate", "deploy/geoserver/certs/maps.geoaerial.io.crt", cert_pem() + "\n" + cert_pem() + "\n", None,
    "X.509 certificate chain in PEM (public)")

add("csharp/decoy-reads-config", "src/Geoaerial.Deliveries/Program.cs", """using Azure.Identity;
using Microsoft.EntityFrameworkCore;

var builder = WebApplication.CreateBuilder(args);

builder.Configuration.AddAzureKeyVault(
    new Uri("https://kv-geoaerial-prod.vault.azure.net/"),
    new DefaultAzureCredential());

builder.Services.AddDbContext<DeliveriesDb>(options =>
    options.UseSqlServer(builder.Configuration.GetConnectionString("Deliveries")));

builder.Services.AddControllers();
var app = builder.Build();
app.MapControllers();
app.Run();
""", None, "Azure Key Vault configuration provider for ASP.NET Core")


# ---------------------------------------------------------------- photogrammetry and cloud processing

key = fakes.django_secret_key(_seed())
pw = words_pw()
add("env/django-secret-key", "deploy/webodm/.env", f"""WO_HOST=webodm.geoaerial.io
WO_PORT=8000
WO_MEDIA_DIR=/mnt/webodm/media
WO_DB_DIR=/mnt/webodm/db
WO_SSL=YES
WO_SSL_KEY=
WO_SSL_CERT=
WO_DEFAULT_NODES=4
WO_SECRET_KEY={key}
WO_BROKER=redis://broker:6379
WO_DEBUG=NO
WO_DEV=NO
""", key, "WebODM .env (WO_SECRET_KEY is Django's SECRET_KEY)")

tok = hexs(32)
add("python/nodeodm-token", "pipeline/odm/submit_task.py", f"""from pyodm import Node, exceptions

NODES = [
    ("nodeodm-gpu-1.internal.geoaerial.io", 3000),
    ("nodeodm-gpu-2.internal.geoaerial.io", 3000),
]
NODE_TOKEN = "{tok}"

OPTIONS = {{
    "dsm": True,
    "orthophoto-resolution": 2,
    "feature-quality": "high",
    "pc-quality": "medium",
    "auto-boundary": True,
    "cog": True,
}}


def submit(images, name):
    for host, port in NODES:
        node = Node(host, port, token=NODE_TOKEN)
        try:
            return node.create_task(images, OPTIONS, name=name)
        except exceptions.NodeConnectionError:
            continue
    raise RuntimeError("no NodeODM node reachable")
""", tok, "PyODM Node(host, port, token): NodeODM --token authentication")

tok = hexs(32)
add("dockerfile/nodeodm-token", "docker/nodeodm-gpu/Dockerfile", f"""FROM opendronemap/nodeodm:gpu

LABEL maintainer="platform@geoaerial.io"
ENV NODE_OPTIONS=--max-old-space-size=4096
COPY settings/odm-defaults.json /var/www/data/odm-defaults.json
EXPOSE 3000
ENTRYPOINT ["/usr/bin/node", "/var/www/index.js", \\
            "--port", "3000", \\
            "--token", "{tok}", \\
            "--max_concurrency", "4", \\
            "--cleanup_tasks_after", "2880", \\
            "--s3_endpoint", "https://s3.us-west-2.amazonaws.com", \\
            "--s3_bucket", "geoaerial-odm-results"]
""", tok, "NodeODM command line options (--token, --s3_*)")

kid, sec = aws_pair()
add("shell/aws-secret-key", "docker/nodeodm-gpu/run.sh", f"""#!/bin/sh
# launched by the GPU autoscaler user-data
docker run -d --gpus all --restart unless-stopped -p 3000:3000 \\
  --name nodeodm \\
  opendronemap/nodeodm:gpu \\
  --s3_endpoint https://s3.us-west-2.amazonaws.com \\
  --s3_bucket geoaerial-odm-results \\
  --s3_access_key {kid} \\
  --s3_secret_key {sec} \\
  --s3_acl private \\
  --max_concurrency 4
""", sec, "NodeODM --s3_access_key / --s3_secret_key options")

kid, sec = aws_pair()
add("ini/aws-secret-key", "ops/workstations/aws/credentials", f"""[default]
region = us-west-2

[geoaerial-processing]
aws_access_key_id = {kid}
aws_secret_access_key = {sec}
region = us-west-2

[client-deliveries]
role_arn = arn:aws:iam::418273650912:role/DeliveryUploader
source_profile = geoaerial-processing
""", sec, "AWS CLI shared credentials file (~/.aws/credentials)")

kid, sec = aws_pair()
tok = fakes.aws_session_token(_seed())
add("env/aws-session-token", "pipeline/.env.sts", f"""# pasted from `aws sts assume-role` for the metashape batch run (expires 18:40Z)
AWS_ACCESS_KEY_ID=ASIA{kid[4:]}
AWS_SECRET_ACCESS_KEY={sec}
AWS_SESSION_TOKEN={tok}
AWS_DEFAULT_REGION=us-west-2
METASHAPE_INPUT=s3://geoaerial-raw/2024/04/quarry7/
METASHAPE_OUTPUT=s3://geoaerial-processed/2024/04/quarry7/
""", sec, "AWS STS temporary credentials as environment variables")

kid, sec = aws_pair()
add("s3cfg/aws-secret-key", "ops/transfer/.s3cfg", f"""[default]
access_key = {kid}
secret_key = {sec}
bucket_location = us-west-2
host_base = s3.amazonaws.com
host_bucket = %(bucket)s.s3.amazonaws.com
multipart_chunk_size_mb = 64
use_https = True
signature_v2 = False
""", sec, "s3cmd configuration file (.s3cfg access_key / secret_key)")

kid, sec = aws_pair()
add("python/gdal-aws-secret-key", "pipeline/cog/make_cogs.py", f"""from pathlib import Path

from osgeo import gdal

gdal.UseExceptions()
gdal.SetConfigOption("AWS_ACCESS_KEY_ID", "{kid}")
gdal.SetConfigOption("AWS_SECRET_ACCESS_KEY", "{sec}")
gdal.SetConfigOption("AWS_REGION", "us-west-2")
gdal.SetConfigOption("GDAL_DISABLE_READDIR_ON_OPEN", "EMPTY_DIR")


def to_cog(src: Path, dst_key: str) -> None:
    gdal.Translate(
        f"/vsis3/geoaerial-orthos/{{dst_key}}",
        str(src),
        format="COG",
        creationOptions=["COMPRESS=JPEG", "QUALITY=90", "BLOCKSIZE=512", "OVERVIEWS=AUTO", "BIGTIFF=IF_SAFER"],
    )
""", sec, "GDAL /vsis3/ virtual file system configuration options (AWS_SECRET_ACCESS_KEY)")

acct = azure_account_key()
add("python/azure-storage-key", "pipeline/deliver/azure_upload.py", f"""from azure.storage.blob import BlobServiceClient, ContentSettings

CONN = (
    "DefaultEndpointsProtocol=https;AccountName=geoaerialdeliveries;"
    "AccountKey={acct};"
    "EndpointSuffix=core.windows.net"
)


def upload(local_path: str, blob_name: str, container: str = "client-orthos") -> str:
    service = BlobServiceClient.from_connection_string(CONN)
    blob = service.get_blob_client(container=container, blob=blob_name)
    with open(local_path, "rb") as fh:
        blob.upload_blob(fh, overwrite=True, content_settings=ContentSettings(content_type="image/tiff"))
    return blob.url
""", acct, "Azure Storage connection string (AccountKey), azure-storage-blob")

sig = b64_bytes(32).replace("+", "%2B").replace("/", "%2F").replace("=", "%3D")
add("markdown/azure-sas", "docs/clients/countyclient_delivery.md", f"""# Delivery - Adams County 2024 orthoimagery

Hi Dana, the tiles are ready. You can pull the whole container with AzCopy:

```powershell
azcopy copy "https://geoaerialdeliveries.blob.core.windows.net/adams-2024?sv=2022-11-02&ss=b&srt=co&sp=rl&se=2026-12-31T23:59:59Z&st=2024-04-01T00:00:00Z&spr=https&sig={sig}" "D:\\Ortho2024" --recursive
```

Contents: 1,284 COG tiles (5 cm, EPSG:6428), a VRT mosaic, the flight-line shapefile and the
accuracy report (RMSEz 2.9 cm against 31 checkpoints).
""", sig, "Azure Storage shared access signature (sig parameter), AzCopy copy")

key = pkcs8_key()
body = key.replace("\n", "\\n")
add("json/gcp-service-account", "pipeline/gee/credentials/ee-processing-sa.json", f"""{{
  "type": "service_account",
  "project_id": "geoaerial-ee",
  "private_key_id": "{hexs(40)}",
  "private_key": "{body}\\n",
  "client_email": "ee-processing@geoaerial-ee.iam.gserviceaccount.com",
  "client_id": "104829173645182930117",
  "auth_uri": "https://accounts.google.com/o/oauth2/auth",
  "token_uri": "https://oauth2.googleapis.com/token",
  "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",
  "client_x509_cert_url": "https://www.googleapis.com/robot/v1/metadata/x509/ee-processing%40geoaerial-ee.iam.gserviceaccount.com",
  "universe_domain": "googleapis.com"
}}
""", key.splitlines()[3], "Google Cloud service account key file (JSON)")

pw = rand_pw(24)
add("python/redis-password", "pipeline/worker/celeryconfig.py", f"""broker_url = "redis://:{pw}@redis-queue.internal.geoaerial.io:6379/0"
result_backend = "redis://:{pw}@redis-queue.internal.geoaerial.io:6379/1"

task_routes = {{
    "pipeline.tasks.odm.*": {{"queue": "gpu"}},
    "pipeline.tasks.cog.*": {{"queue": "cpu"}},
    "pipeline.tasks.deliver.*": {{"queue": "io"}},
}}
task_acks_late = True
worker_prefetch_multiplier = 1
task_time_limit = 6 * 3600
timezone = "UTC"
""", pw, "Celery configuration: broker_url with Redis password")

pw = words_pw()
add("yaml/rabbitmq-password", "deploy/helm/pipeline/values-prod.yaml", f"""replicaCount: 3
image:
  repository: registry.geoaerial.io/pipeline/worker
  tag: "2024.04.3"
worker:
  queues: ["gpu", "cpu", "io"]
  concurrency: 2
broker:
  url: "amqp://pipeline:{pw}@rabbitmq.pipeline.svc.cluster.local:5672/processing"
resources:
  limits:
    nvidia.com/gpu: 1
    memory: 48Gi
nodeSelector:
  geoaerial.io/pool: gpu-a10g
""", pw, "Helm values with an AMQP URI (RabbitMQ URI spec)")

sec = rand_pw(40, "!#%+,")
add("python/sentinelhub-client-secret", "pipeline/satellite/sh_config.py", f"""from sentinelhub import SHConfig

config = SHConfig()
config.sh_client_id = "{uuid_s()}"
config.sh_client_secret = "{sec}"
config.sh_base_url = "https://services.sentinel-hub.com"
config.sh_token_url = "https://services.sentinel-hub.com/auth/realms/main/protocol/openid-connect/token"
config.save("geoaerial")
""", sec, "sentinelhub-py SHConfig (sh_client_id, sh_client_secret)")

key = planet_key()
add("notebook/planet-api-key", "notebooks/quarry7_planet_change.ipynb", json.dumps({
    "cells": [
        {"cell_type": "markdown", "metadata": {}, "source": ["# Quarry 7 - PlanetScope change check before the monthly flight"]},
        {"cell_type": "code", "execution_count": 1, "metadata": {}, "outputs": [], "source": [
            "import os\n", "from planet import Auth, Session, data_filter\n", "\n",
            f"auth = Auth.from_key(\"{key}\")\n", "session = Session(auth=auth)"]},
        {"cell_type": "code", "execution_count": 2, "metadata": {}, "outputs": [], "source": [
            "aoi = {\"type\": \"Polygon\", \"coordinates\": [[[-104.82, 39.51], [-104.79, 39.51], [-104.79, 39.53], [-104.82, 39.53], [-104.82, 39.51]]]}\n",
            "sfilter = data_filter.and_filter([data_filter.geometry_filter(aoi), data_filter.range_filter('cloud_cover', lte=0.1)])"]},
    ],
    "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
    "nbformat": 4, "nbformat_minor": 5,
}, indent=1) + "\n", key, "Planet SDK for Python: Auth.from_key; Planet API keys (PLAK...)")

pw = words_pw()
add("r/copernicus-password", "analysis/r/ndvi_baseline.R", f"""library(sf)
library(terra)
library(CDSE)

# Copernicus Data Space account used for the NDVI baseline of each farm block
id     <- "ops@geoaerial.io"
secret <- "{pw}"
tok    <- GetOAuthToken(id = id, secret = secret)

aoi <- st_read("data/blocks/farm_17.gpkg")
imgs <- SearchCatalog(aoi = aoi, from = "2024-03-01", to = "2024-04-15",
                      collection = "sentinel-2-l2a", with_geometry = TRUE, token = tok)
best <- imgs[which.min(imgs$tileCloudCover), ]
ndvi <- GetImage(aoi = aoi, time_range = best$acquisitionDate, script = "scripts/ndvi.js",
                 collection = "sentinel-2-l2a", format = "image/tiff", resolution = 10, token = tok)
writeRaster(ndvi, "out/farm_17_ndvi_baseline.tif", overwrite = TRUE)
""", pw, "CDSE R package: GetOAuthToken(id, secret)")

sec = rand_pw(32)
add("powershell/pix4d-client-secret", "scripts/windows/Submit-Pix4DCloud.ps1", f"""param(
    [Parameter(Mandatory)] [string] $ImageFolder,
    [Parameter(Mandatory)] [string] $ProjectName
)

$ClientId     = "{chars(40, ALNUM)}"
$ClientSecret = "{sec}"

$token = Invoke-RestMethod -Method Post -Uri "https://cloud.pix4d.com/oauth2/token/" -Body @{{
    grant_type    = "client_credentials"
    client_id     = $ClientId
    client_secret = $ClientSecret
}}
$headers = @{{ Authorization = "Bearer $($token.access_token)" }}

$project = Invoke-RestMethod -Method Post -Headers $headers -ContentType "application/json" `
    -Uri "https://cloud.pix4d.com/project/api/v3/projects/" `
    -Body (@{{ name = $ProjectName }} | ConvertTo-Json)
Write-Host "Created project $($project.id); uploading from $ImageFolder"
""", sec, "Pix4D Cloud API (PIX4Dengine Cloud): OAuth2 client credentials")

lic = "-".join(chars(5, string.ascii_uppercase + string.digits) for _ in range(5))
add("shell/metashape-license", "docker/metashape/entrypoint.sh", f"""#!/bin/bash
set -e
# Activate the node-locked license on first boot of the processing VM, then run the batch.
if [ ! -f /opt/metashape-pro/metashape.lic ]; then
  /opt/metashape-pro/metashape.sh --activate {lic}
fi
exec /opt/metashape-pro/metashape.sh -r /opt/scripts/batch_process.py \\
  --input "$INPUT_DIR" --output "$OUTPUT_DIR" --gcps "$GCP_FILE" -platform offscreen
""", lic, "Agisoft Metashape Professional: command line license activation (--activate key)")

tok = slack_webhook()
add("python/slack-webhook", "pipeline/notify/slack.py", f"""import requests

WEBHOOK = "{tok}"


def task_finished(project: str, task: str, minutes: float, gsd_cm: float) -> None:
    requests.post(WEBHOOK, json={{
        "text": f":white_check_mark: *{{project}}* processed ({{task}}) in {{minutes:.0f}} min, GSD {{gsd_cm:.1f}} cm",
    }}, timeout=10)


def task_failed(project: str, task: str, err: str) -> None:
    requests.post(WEBHOOK, json={{"text": f":x: *{{project}}* failed ({{task}}): `{{err[:300]}}`"}}, timeout=10)
""", tok, "Slack incoming webhooks")

pw = rand_pw(30)
add("k8s-secret/redis-password", "deploy/k8s/pipeline/redis-secret.yaml", f"""apiVersion: v1
kind: Secret
metadata:
  name: pipeline-redis
  namespace: pipeline
  labels:
    app.kubernetes.io/part-of: processing
type: Opaque
data:
  redis-password: {b64(pw)}
  redis-url: {b64(f'redis://:{pw}@redis-queue.pipeline.svc.cluster.local:6379/0')}
""", pw, "Kubernetes Secret (data values are base64)")

auth = b64("ci-pusher:" + rand_pw(24))
cfg = json.dumps({"auths": {"registry.geoaerial.io": {"auth": auth}}})
add("k8s-secret/registry-auth", "deploy/k8s/pipeline/regcred.yaml", f"""apiVersion: v1
kind: Secret
metadata:
  name: regcred
  namespace: pipeline
type: kubernetes.io/dockerconfigjson
data:
  .dockerconfigjson: {b64(cfg)}
""", auth, "Kubernetes kubernetes.io/dockerconfigjson Secret")

pw = words_pw()
add("go/postgis-password", "services/ingest/internal/db/db.go", f"""package db

import (
	"context"
	"time"

	"github.com/jackc/pgx/v5/pgxpool"
)

const dsn = "host=pg-survey.internal.geoaerial.io port=5432 dbname=survey user=ingest password={pw} sslmode=require pool_max_conns=16"

// Open connects the EXIF/GNSS ingest service to the survey database.
func Open(ctx context.Context) (*pgxpool.Pool, error) {{
	ctx, cancel := context.WithTimeout(ctx, 10*time.Second)
	defer cancel()
	pool, err := pgxpool.New(ctx, dsn)
	if err != nil {{
		return nil, err
	}}
	return pool, pool.Ping(ctx)
}}
""", pw, "pgx (jackc/pgx) connection string, libpq keyword/value format")

wkey = chars(40, ALNUM)
add("rclone/s3-secret-key", "ops/transfer/rclone.conf", f"""[wasabi-archive]
type = s3
provider = Wasabi
access_key_id = {chars(20, string.ascii_uppercase + string.digits)}
secret_access_key = {wkey}
endpoint = s3.us-west-1.wasabisys.com
acl = private

[local-raid]
type = local
nounc = true
""", wkey, "rclone config file: S3 provider Wasabi (access_key_id, secret_access_key)")

ob = chars(47, ALNUM + "-_")
add("rclone/sftp-obscured-password", "ops/transfer/rclone-client-sftp.conf", f"""[client-sftp]
type = sftp
host = sftp.countyclient.gov
user = geoaerial_upload
port = 22
pass = {ob}
shell_type = unix
md5sum_command = md5sum
sha1sum_command = sha1sum
""", ob, "rclone config: sftp pass is obscured (reversible with rclone reveal), so it is the password")

pw = rand_pw(14, "!@#")
add("xml/sftp-password", "ops/transfer/FileZilla/sitemanager.xml", f"""<?xml version="1.0" encoding="UTF-8" standalone="yes" ?>
<FileZilla3 version="3.66.5" platform="windows">
  <Servers>
    <Server>
      <Host>sftp.stateDOT-lidar.gov</Host>
      <Port>22</Port>
      <Protocol>1</Protocol>
      <Type>0</Type>
      <User>geoaerial</User>
      <Pass encoding="base64">{b64(pw)}</Pass>
      <Logontype>1</Logontype>
      <Name>DOT lidar drop</Name>
      <LocalDir>D:\\Deliveries\\DOT</LocalDir>
    </Server>
  </Servers>
</FileZilla3>
""", pw, "FileZilla sitemanager.xml (Pass encoding=\"base64\")")

# decoys ------------------------------------------------------------

add("env/decoy-placeholder", "deploy/webodm/.env.example", """WO_HOST=localhost
WO_PORT=8000
WO_MEDIA_DIR=appmedia
WO_DB_DIR=dbdata
WO_SSL=NO
WO_SSL_KEY=
WO_SSL_CERT=
WO_DEFAULT_NODES=1
WO_SECRET_KEY=change-me-generate-with-python-secrets
WO_BROKER=redis://broker
WO_DEBUG=NO
""", None, "WebODM .env template")

add("ini/decoy-docs-example", "docs/onboarding/aws-cli.md", """# AWS CLI for pipeline developers

Do **not** create access keys. Use SSO:

```ini
[profile geoaerial-dev]
sso_session = geoaerial
sso_account_id = 418273650912
sso_role_name = PipelineDeveloper
region = us-west-2
```

If a tool insists on static keys, the AWS docs format is (example values from AWS):

```ini
[default]
aws_access_key_id = AKIAIOSFODNN7EXAMPLE
aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY
```
""", None, "AWS CLI configuration docs (documented example keys)")

add("yaml/decoy-sops", "deploy/helm/pipeline/secrets.prod.enc.yaml", f"""broker:
    url: {sops_value()}
redis:
    password: {sops_value()}
nodeodm:
    token: {sops_value()}
sops:
    kms:
        - arn: arn:aws:kms:us-west-2:418273650912:key/{uuid_s()}
          created_at: "2024-04-02T17:21:09Z"
          enc: {b64_bytes(160)}
          aws_profile: ""
    lastmodified: "2024-04-02T17:21:10Z"
    mac: {sops_value()}
    version: 3.8.1
""", None, "Mozilla SOPS encrypted YAML (ENC[AES256_GCM,...] values, KMS-wrapped data key)")

add("k8s/decoy-external-secret", "deploy/k8s/pipeline/external-secret.yaml", """apiVersion: external-secrets.io/v1beta1
kind: ExternalSecret
metadata:
  name: pipeline-aws
  namespace: pipeline
spec:
  refreshInterval: 1h
  secretStoreRef:
    kind: ClusterSecretStore
    name: aws-secrets-manager
  target:
    name: pipeline-aws
  data:
    - secretKey: AWS_ACCESS_KEY_ID
      remoteRef: { key: prod/pipeline/s3-writer, property: access_key_id }
    - secretKey: AWS_SECRET_ACCESS_KEY
      remoteRef: { key: prod/pipeline/s3-writer, property: secret_access_key }
""", None, "External Secrets Operator ExternalSecret (remote references)")

add("checksums/decoy-checksum", "deliveries/adams_2024/SHA256SUMS", "".join(
    f"{sha256()}  tiles/adams_2024_5cm_{i:04d}.tif\n" for i in range(1, 9)) + f"{sha256()}  adams_2024_mosaic.vrt\n", None,
    "sha256sum(1) output for delivered files")

add("json/decoy-uuid-id", "pipeline/odm/tests/fixtures/task_info.json", f"""{{
  "uuid": "{uuid_s()}",
  "name": "quarry7-2024-04",
  "dateCreated": 1712937600000,
  "processingTime": 5481220,
  "status": {{ "code": 40 }},
  "options": [
    {{ "name": "dsm", "value": true }},
    {{ "name": "orthophoto-resolution", "value": 2 }}
  ],
  "imagesCount": 655,
  "progress": 100,
  "output": []
}}
""", None, "NodeODM /task/{uuid}/info response (task ids are UUIDs)")

add("python/decoy-reads-secret-manager", "pipeline/deliver/secrets.py", """import json
from functools import lru_cache

import boto3


@lru_cache(maxsize=None)
def secret(name: str) -> dict:
    client = boto3.client("secretsmanager", region_name="us-west-2")
    return json.loads(client.get_secret_value(SecretId=name)["SecretString"])


def azure_connection_string() -> str:
    return secret("prod/deliver/azure-storage")["connection_string"]


def sentinelhub_credentials() -> tuple:
    s = secret("prod/satellite/sentinelhub")
    return s["client_id"], s["client_secret"]
""", None, "AWS Secrets Manager GetSecretValue (boto3)")

add("json/decoy-camera-calibration", "pipeline/odm/cameras/m3e_cameras.json", """{
  "dji fc3582 5280 3956 brown 0.85": {
    "projection_type": "brown",
    "width": 5280,
    "height": 3956,
    "focal_x": 0.7312095168451294,
    "focal_y": 0.7312095168451294,
    "c_x": -0.003418223510482317,
    "c_y": 0.0062937118204539,
    "k1": -0.10745312418840912,
    "k2": 0.0103391844712834,
    "p1": -0.000139481520713,
    "p2": 0.0003048211956043,
    "k3": -0.0218470183249
  }
}
""", None, "OpenDroneMap cameras.json (OpenSfM Brown camera model)")

add("python/decoy-test-fixture", "pipeline/tests/test_azure_upload.py", """from unittest import mock

from pipeline.deliver import azure_upload

# Azurite's well-known development account (public, documented, local emulator only)
AZURITE = (
    "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;"
    "AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;"
    "BlobEndpoint=http://127.0.0.1:10000/devstoreaccount1;"
)


def test_upload_sets_content_type(tmp_path):
    f = tmp_path / "t.tif"
    f.write_bytes(b"II*\\x00")
    with mock.patch.object(azure_upload, "CONN", AZURITE):
        url = azure_upload.upload(str(f), "t.tif", container="test")
    assert url.endswith("/test/t.tif")
""", None, "Azurite emulator documented development storage account key")

add("notebook/decoy-reads-env", "notebooks/ndvi_sentinel_demo.ipynb", json.dumps({
    "cells": [
        {"cell_type": "markdown", "metadata": {}, "source": ["# NDVI from Sentinel-2 (demo)\n", "Set `SH_CLIENT_ID` and `SH_CLIENT_SECRET` in your shell before starting Jupyter."]},
        {"cell_type": "code", "execution_count": 1, "metadata": {}, "outputs": [], "source": [
            "import os\n", "from sentinelhub import SHConfig\n", "\n", "config = SHConfig()\n",
            "config.sh_client_id = os.environ[\"SH_CLIENT_ID\"]\n",
            "config.sh_client_secret = os.environ[\"SH_CLIENT_SECRET\"]"]},
        {"cell_type": "code", "execution_count": 2, "metadata": {}, "outputs": [
            {"name": "stdout", "output_type": "stream", "text": ["SHConfig(instance_id='', sh_client_id='******', sh_client_secret='******', ...)\n"]}],
            "source": ["print(config)"]},
    ],
    "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
    "nbformat": 4, "nbformat_minor": 5,
}, indent=1) + "\n", None, "sentinelhub-py SHConfig from environment variables (masked repr)")

add("yaml/decoy-ansible-vault", "ops/ansible/group_vars/processing/vault.yml", ansible_vault() + "\n", None,
    "Ansible Vault encrypted file ($ANSIBLE_VAULT;1.1;AES256)")

add("json/decoy-stac-item", "catalog/items/adams_2024_0001.json", f"""{{
  "type": "Feature",
  "stac_version": "1.0.0",
  "id": "adams_2024_0001",
  "bbox": [-104.9911, 39.7392, -104.9894, 39.7413],
  "geometry": {{ "type": "Polygon", "coordinates": [[[-104.9911, 39.7392], [-104.9894, 39.7392], [-104.9894, 39.7413], [-104.9911, 39.7413], [-104.9911, 39.7392]]] }},
  "properties": {{ "datetime": "2024-04-12T15:22:10Z", "gsd": 0.05, "proj:epsg": 6428 }},
  "assets": {{
    "visual": {{
      "href": "https://orthos.geoaerial.io/cog/adams_2024_0001.tif",
      "type": "image/tiff; application=geotiff; profile=cloud-optimized",
      "file:checksum": "1220{sha256()}",
      "file:size": 48211932
    }}
  }},
  "links": []
}}
""", None, "STAC Item spec with file:checksum (multihash)")


# ---------------------------------------------------------------- flight planning apps and airspace APIs

tok = mapbox_token("sk", "geoaerial")
add("gradle-properties/mapbox-secret-token", "apps/pilot-android/gradle.properties", f"""org.gradle.jvmargs=-Xmx4g -Dfile.encoding=UTF-8
android.useAndroidX=true
kotlin.code.style=official
android.nonTransitiveRClass=true
# Mapbox Maps SDK download token (secret scope DOWNLOADS:READ)
MAPBOX_DOWNLOADS_TOKEN={tok}
""", tok, "Mapbox Maps SDK for Android install: MAPBOX_DOWNLOADS_TOKEN secret token in gradle.properties")

tok = mapbox_token("sk", "geoaerial-ci")
add("netrc/mapbox-secret-token", "apps/pilot-ios/ci/netrc", f"""machine api.mapbox.com
login mapbox
password {tok}
""" + "\n# installed to ~/.netrc by the Xcode Cloud ci_post_clone.sh\n# used by SPM to fetch MapboxMaps binaries\n", tok,
    "Mapbox Maps SDK for iOS install: ~/.netrc with a secret token")

key = google_key()
add("python/google-maps-key", "pipeline/planning/terrain_follow.py", f"""import requests

ELEVATION_URL = "https://maps.googleapis.com/maps/api/elevation/json"
GOOGLE_API_KEY = "{key}"


def terrain_profile(points, samples=256):
    path = "|".join(f"{{lat:.6f}},{{lon:.6f}}" for lat, lon in points)
    r = requests.get(ELEVATION_URL, params={{"path": path, "samples": samples, "key": GOOGLE_API_KEY}}, timeout=20)
    r.raise_for_status()
    body = r.json()
    if body["status"] != "OK":
        raise RuntimeError(body.get("error_message", body["status"]))
    return [(p["location"]["lat"], p["location"]["lng"], p["elevation"]) for p in body["results"]]


def agl_waypoints(points, agl_m=60.0):
    return [(lat, lon, elev + agl_m) for lat, lon, elev in terrain_profile(points)]
""", key, "Google Maps Elevation API (key parameter, AIza... keys)")

key = chars(32, ALNUM)
add("python/aloft-api-key", "airspace/aloft_client.py", f"""import requests

BASE = "https://api.aloft.ai/v1"
ALOFT_API_KEY = "{key}"


class AloftClient:
    def __init__(self, api_key: str = ALOFT_API_KEY):
        self.s = requests.Session()
        self.s.headers.update({{"x-api-key": api_key, "Accept": "application/json"}})

    def airspace_status(self, lat: float, lon: float, alt_ft: int = 400) -> dict:
        r = self.s.get(f"{{BASE}}/airspace/status", params={{"lat": lat, "lon": lon, "alt": alt_ft}}, timeout=15)
        r.raise_for_status()
        return r.json()

    def request_laanc(self, mission: dict) -> dict:
        r = self.s.post(f"{{BASE}}/laanc/authorizations", json=mission, timeout=30)
        r.raise_for_status()
        return r.json()
""", key, "Airspace/LAANC provider REST API with x-api-key header")

sec = rand_pw(48, "-_")
add("csharp/altitude-angel-client-secret", "src/Geoaerial.Airspace/AltitudeAngelOptions.cs", f"""namespace Geoaerial.Airspace;

public sealed class AltitudeAngelOptions
{{
    public string AuthUrl {{ get; init; }} = "https://auth.altitudeangel.com";
    public string ApiUrl {{ get; init; }} = "https://api.altitudeangel.com";
    public string ClientId {{ get; init; }} = "geoaerial-flightplanner";
    public string ClientSecret {{ get; init; }} = "{sec}";
    public string[] Scopes {{ get; init; }} = new[] {{ "query_mapdata", "manage_flightreports", "talk_tower" }};
}}
""", sec, "Altitude Angel developer API: OAuth2 client credentials (client_id, client_secret)")

tok = jwt({"sub": "geoaerial-ops", "iss": "https://sso.airmap.io", "aud": "airmap-api", "scope": "flights:write laanc:submit", "exp": 1893456000})
add("typescript/airspace-api-jwt", "apps/planner-web/src/server/airspaceProxy.ts", f"""import type {{ Request, Response }} from "express";

// Server-side only: the flight planner proxies airspace checks so the browser never sees this.
const AIRSPACE_API = "https://api.airmap.com/airspace/v2";
const AIRSPACE_TOKEN =
  "{tok}";

export async function airspaceCheck(req: Request, res: Response): Promise<void> {{
  const {{ geometry, altitude }} = req.body as {{ geometry: GeoJSON.Polygon; altitude: number }};
  const upstream = await fetch(`${{AIRSPACE_API}}/status`, {{
    method: "POST",
    headers: {{ Authorization: `Bearer ${{AIRSPACE_TOKEN}}`, "Content-Type": "application/json" }},
    body: JSON.stringify({{ geometry, altitude_upper: altitude, types: ["controlled_airspace", "tfr", "airport"] }}),
  }});
  res.status(upstream.status).json(await upstream.json());
}}
""", tok, "Bearer JWT for an airspace REST API (RFC 6750)")

sec = rand_pw(36)
add("kotlin/laanc-client-secret", "apps/pilot-android/app/src/main/java/io/geoaerial/pilot/laanc/UssAuth.kt", f"""package io.geoaerial.pilot.laanc

import okhttp3.FormBody
import okhttp3.OkHttpClient
import okhttp3.Request

object UssAuth {{
    private const val TOKEN_URL = "https://auth.uss.geoaerial.io/oauth/token"
    private const val CLIENT_ID = "pilot-android"
    private const val CLIENT_SECRET = "{sec}"

    fun token(client: OkHttpClient): String {{
        val body = FormBody.Builder()
            .add("grant_type", "client_credentials")
            .add("client_id", CLIENT_ID)
            .add("client_secret", CLIENT_SECRET)
            .add("scope", "utm.strategic_coordination")
            .build()
        client.newCall(Request.Builder().url(TOKEN_URL).post(body).build()).execute().use {{
            return org.json.JSONObject(it.body!!.string()).getString("access_token")
        }}
    }}
}}
""", sec, "OAuth 2.0 client credentials grant (RFC 6749 4.4), ASTM F3548 USS scopes")

key = rsa_key()
add("pem/utm-signing-key", "airspace/uss/keys/uss-token-signing.pem", key + "\n", key,
    "RSA private key in PEM (signing access tokens for an ASTM F3548 USS)")

key = chars(32, ALNUM)
add("go/flightaware-api-key", "services/adsb-watch/aeroapi.go", f"""package main

import (
	"encoding/json"
	"fmt"
	"net/http"
	"time"
)

const aeroAPIKey = "{key}"

type searchResult struct {{
	Flights []struct {{
		Ident     string `json:"ident"`
		Altitude  int    `json:"last_position.altitude"`
	}} `json:"flights"`
}}

// nearbyTraffic lists manned traffic inside the survey box before a BVLOS leg.
func nearbyTraffic(box string) (*searchResult, error) {{
	req, _ := http.NewRequest("GET", "https://aeroapi.flightaware.com/aeroapi/flights/search?query="+box, nil)
	req.Header.Set("x-apikey", aeroAPIKey)
	c := &http.Client{{Timeout: 15 * time.Second}}
	resp, err := c.Do(req)
	if err != nil {{
		return nil, err
	}}
	defer resp.Body.Close()
	if resp.StatusCode != 200 {{
		return nil, fmt.Errorf("aeroapi: %s", resp.Status)
	}}
	var out searchResult
	return &out, json.NewDecoder(resp.Body).Decode(&out)
}}
""", key, "FlightAware AeroAPI (x-apikey header)")

pw = words_pw()
add("python/opensky-password", "services/adsb-watch/opensky_poll.py", f"""from opensky_api import OpenSkyApi

api = OpenSkyApi(username="geoaerial_ops", password="{pw}")


def traffic_in(bbox):
    states = api.get_states(bbox=bbox)
    return [
        (s.callsign, s.baro_altitude, s.longitude, s.latitude)
        for s in (states.states if states else [])
        if s.baro_altitude is not None and s.baro_altitude < 900
    ]
""", pw, "OpenSky Network Python API: OpenSkyApi(username, password)")

tok = chars(40, ALNUM)
add("ruby/skydio-api-token", "integrations/skydio/lib/skydio_sync.rb", f"""require "net/http"
require "json"

module SkydioSync
  API = URI("https://api.skydio.com/api/v0/")
  TOKEN = "{tok}"

  def self.flights(since)
    uri = API + "flights?captured_since=#{{since.iso8601}}&per_page=100"
    req = Net::HTTP::Get.new(uri)
    req["Authorization"] = TOKEN
    req["Accept"] = "application/json"
    res = Net::HTTP.start(uri.host, uri.port, use_ssl: true) {{ |http| http.request(req) }}
    raise "skydio #{{res.code}}" unless res.is_a?(Net::HTTPSuccess)
    JSON.parse(res.body).dig("data", "flights")
  end
end
""", tok, "Skydio Cloud API: API token in the Authorization header")

key = hexs(32)
add("js/dronedeploy-api-key", "integrations/dronedeploy/export_maps.js", f"""#!/usr/bin/env node
// Nightly pull of finished DroneDeploy maps into our delivery bucket.
const fetch = require("node-fetch");

const DD_API_KEY = "{key}";
const GRAPHQL = "https://www.dronedeploy.com/graphql";

async function plans(after) {{
  const query = `query Plans($after: String) {{
    viewer {{ organization {{ plans(first: 50, after: $after) {{
      edges {{ node {{ id name dateCreation status }} }}
      pageInfo {{ hasNextPage endCursor }}
    }} }} }}
  }}`;
  const res = await fetch(GRAPHQL, {{
    method: "POST",
    headers: {{ Authorization: `Bearer ${{DD_API_KEY}}`, "Content-Type": "application/json" }},
    body: JSON.stringify({{ query, variables: {{ after }} }}),
  }});
  return (await res.json()).data.viewer.organization.plans;
}}

plans(null).then((p) => console.log(p.edges.length, "plans"));
""", key, "DroneDeploy GraphQL API (Bearer API key)")

tok = jwt({"jti": uuid_s(), "id": 1829364, "scopes": ["assets:read", "assets:write", "assets:list"], "iat": 1712937600})
add("python/cesium-ion-token", "pipeline/deliver/ion_upload.py", f"""import boto3
import requests

ION = "https://api.cesium.com/v1/assets"
# write-scoped token of the delivery service account (never ship to viewers)
ION_TOKEN = "{tok}"


def upload_3d_tiles(zip_path: str, name: str) -> int:
    headers = {{"Authorization": f"Bearer {{ION_TOKEN}}"}}
    body = {{"name": name, "type": "3DTILES", "options": {{"sourceType": "3D_MODEL"}}}}
    asset = requests.post(ION, json=body, headers=headers, timeout=30).json()
    up = asset["uploadLocation"]
    s3 = boto3.client("s3", aws_access_key_id=up["accessKey"], aws_secret_access_key=up["secretAccessKey"],
                      aws_session_token=up["sessionToken"], endpoint_url=up["endpoint"])
    s3.upload_file(zip_path, up["bucket"], up["prefix"] + "model.zip")
    requests.post(asset["onComplete"]["url"], json=asset["onComplete"]["fields"], headers=headers, timeout=30)
    return asset["assetMetadata"]["id"]
""", tok, "Cesium ion REST API: asset upload with a write-scoped access token")

key = hexs(32)
lic = b64_bytes(180)
add("yaml/dji-cloud-app-key", "services/dock-gateway/src/main/resources/application.yml", f"""server:
  port: 6789
spring:
  application:
    name: dock-gateway
cloud-api:
  app:
    id: 143287
    key: {key}
    license: {lic}
  mqtt:
    host: emqx.flighthub-relay.geoaerial.io
    port: 1883
    username: gateway
    password: ${{MQTT_PASSWORD}}
livestream:
  url: rtmp://live.geoaerial.io/dock
""", key, "DJI Cloud API sample: cloud-api.app id/key/license in application.yml")

tok = chars(40, ALNUM)
add("shell/weather-api-key", "scripts/gonogo/check_wind.sh", f"""#!/usr/bin/env bash
# Go/no-go wind check run by the pilot app before a mission is armed.
LAT=${{1:?lat}}
LON=${{2:?lon}}
TOMORROW_KEY="{tok}"

curl -s "https://api.tomorrow.io/v4/weather/forecast?location=$LAT,$LON&timesteps=1h&units=metric&apikey=$TOMORROW_KEY" \\
  | jq -r '.timelines.hourly[:6][] | [.time, .values.windSpeed, .values.windGust, .values.precipitationProbability] | @tsv' \\
  | awk -F'\\t' '$3 > 12 {{ bad=1 }} {{ print }} END {{ exit bad }}'
""", tok, "Tomorrow.io Weather API (apikey query parameter)")

tok = fakes.telegram_token(_seed())
add("python/telegram-bot-token", "ops/bots/notam_bot.py", f"""import logging

from telegram.ext import ApplicationBuilder, CommandHandler

from ops.bots.notams import fetch_tfrs_near

TOKEN = "{tok}"
logging.basicConfig(level=logging.INFO)


async def tfr(update, context):
    lat, lon = map(float, context.args[:2])
    found = fetch_tfrs_near(lat, lon, radius_nm=15)
    text = "\\n".join(f"{{t['notam_id']}} {{t['type']}} {{t['ceiling_ft']}} ft" for t in found) or "No TFRs within 15 NM"
    await update.message.reply_text(text)


app = ApplicationBuilder().token(TOKEN).build()
app.add_handler(CommandHandler("tfr", tfr))
app.run_polling()
""", tok, "python-telegram-bot ApplicationBuilder().token(...)")

sid = "AC" + hexs(32)
tok = hexs(32)
add("ruby/twilio-auth-token", "apps/portal/config/initializers/twilio.rb", f"""# Pilot dispatch SMS (crew call-outs, weather holds)
Twilio.configure do |config|
  config.account_sid = "{sid}"
  config.auth_token  = "{tok}"
end

PILOT_DISPATCH_FROM = "+17205550143"
""", tok, "twilio-ruby configuration (account_sid, auth_token)")

key = sendgrid_key()
add("php/sendgrid-key", "web/portal/app/Mail/ReportMailer.php", f"""<?php

namespace App\\Mail;

use SendGrid;
use SendGrid\\Mail\\Mail;

class ReportMailer
{{
    private const SENDGRID_API_KEY = '{key}';

    public function sendReport(string $to, string $project, string $pdfPath): void
    {{
        $email = new Mail();
        $email->setFrom('reports@geoaerial.io', 'GeoAerial Reports');
        $email->setSubject("Survey report: {{$project}}");
        $email->addTo($to);
        $email->addContent('text/plain', "Your accuracy report for {{$project}} is attached.");
        $email->addAttachment(base64_encode(file_get_contents($pdfPath)), 'application/pdf', basename($pdfPath));
        (new SendGrid(self::SENDGRID_API_KEY))->send($email);
    }}
}}
""", key, "sendgrid-php: new SendGrid(api key); SendGrid keys (SG.xxx.yyy)")

key = stripe_key()
add("ruby/stripe-key", "apps/portal/config/initializers/stripe.rb", f"""Rails.configuration.stripe = {{
  publishable_key: "pk_live_{chars(99, ALNUM)}",
  secret_key: "{key}"
}}

Stripe.api_key = Rails.configuration.stripe[:secret_key]
Stripe.api_version = "2024-04-10"
""", key, "Stripe Ruby library configuration (secret key sk_live_)")

key = fakes.openai_key(_seed())
add("python/openai-key", "tools/report_writer/narrative.py", f"""from openai import OpenAI

client = OpenAI(api_key="{key}")

PROMPT = (
    "Write a two-paragraph plain-language summary of this drone survey accuracy report for a county "
    "engineer. Mention horizontal and vertical RMSE, checkpoint count and any excluded areas."
)


def summarize(report_json: str) -> str:
    out = client.chat.completions.create(
        model="gpt-4o-mini",
        messages=[{{"role": "system", "content": PROMPT}}, {{"role": "user", "content": report_json}}],
        temperature=0.2,
    )
    return out.choices[0].message.content
""", key, "OpenAI Python library: OpenAI(api_key=...)")

sec = rand_pw(48, "-_")
add("js/jwt-signing-secret", "apps/pilot-api/src/auth.js", f"""const jwt = require("jsonwebtoken");

const JWT_SECRET = "{sec}";
const ISSUER = "pilot-api.geoaerial.io";

function issue(pilot) {{
  return jwt.sign({{ sub: pilot.id, part107: pilot.certificate, role: pilot.role }}, JWT_SECRET, {{
    issuer: ISSUER,
    expiresIn: "12h",
  }});
}}

function verify(token) {{
  return jwt.verify(token, JWT_SECRET, {{ issuer: ISSUER }});
}}

module.exports = {{ issue, verify }};
""", sec, "jsonwebtoken sign/verify with an HMAC secret")

# decoys ------------------------------------------------------------

add("plist/decoy-public-token", "apps/pilot-ios/PilotApp/Info.plist", f"""<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
<dict>
	<key>CFBundleIdentifier</key>
	<string>io.geoaerial.pilot</string>
	<key>MBXAccessToken</key>
	<string>{mapbox_token('pk', 'geoaerial')}</string>
	<key>NSLocationWhenInUseUsageDescription</key>
	<string>Your location is used to show the aircraft and the survey area.</string>
	<key>UIBackgroundModes</key>
	<array>
		<string>location</string>
	</array>
</dict>
</plist>
""", None, "Mapbox Maps SDK for iOS: MBXAccessToken public token in Info.plist")

add("android-manifest/decoy-manifest-placeholder", "apps/pilot-android/app/src/main/AndroidManifest.xml", """<?xml version="1.0" encoding="utf-8"?>
<manifest xmlns:android="http://schemas.android.com/apk/res/android">
    <uses-permission android:name="android.permission.ACCESS_FINE_LOCATION" />
    <uses-permission android:name="android.permission.INTERNET" />
    <application
        android:name=".PilotApp"
        android:label="@string/app_name"
        android:theme="@style/Theme.Pilot">
        <meta-data
            android:name="com.google.android.geo.API_KEY"
            android:value="${MAPS_API_KEY}" />
        <meta-data
            android:name="com.dji.sdk.API_KEY"
            android:value="${DJI_API_KEY}" />
        <activity android:name=".MainActivity" android:exported="true" />
    </application>
</manifest>
""", None, "Secrets Gradle Plugin for Android: manifest placeholders")

add("properties/decoy-placeholder", "apps/pilot-android/local.defaults.properties", """# Defaults for the Secrets Gradle Plugin; real values go in local.properties (git-ignored)
MAPS_API_KEY=DEFAULT_API_KEY
DJI_API_KEY=DEFAULT_API_KEY
AIRSPACE_BASE_URL=https://api.uss.geoaerial.io
TELEMETRY_MQTT_HOST=emqx.flighthub-relay.geoaerial.io
""", None, "Secrets Gradle Plugin local.defaults.properties")

add("swift/decoy-reads-keychain", "apps/pilot-ios/PilotApp/Services/AirspaceClient.swift", """import Foundation
import Security

final class AirspaceClient {
    private let base = URL(string: "https://api.uss.geoaerial.io/v1")!

    private func token() throws -> String {
        let query: [String: Any] = [
            kSecClass as String: kSecClassGenericPassword,
            kSecAttrService as String: "io.geoaerial.pilot.uss",
            kSecReturnData as String: true,
        ]
        var item: CFTypeRef?
        guard SecItemCopyMatching(query as CFDictionary, &item) == errSecSuccess,
              let data = item as? Data, let token = String(data: data, encoding: .utf8) else {
            throw URLError(.userAuthenticationRequired)
        }
        return token
    }

    func status(lat: Double, lon: Double) async throws -> Data {
        var req = URLRequest(url: base.appendingPathComponent("airspace/status"))
        req.setValue("Bearer \\(try token())", forHTTPHeaderField: "Authorization")
        return try await URLSession.shared.data(for: req).0
    }
}
""", None, "Apple Keychain Services SecItemCopyMatching")

add("yaml/decoy-openapi-example", "airspace/openapi/uss-api.yaml", """openapi: 3.0.3
info:
  title: GeoAerial USS API
  version: 1.4.0
servers:
  - url: https://api.uss.geoaerial.io/v1
components:
  securitySchemes:
    ApiKeyAuth:
      type: apiKey
      in: header
      name: x-api-key
      description: Issued per customer in the portal. Example `x-api-key: YOUR_API_KEY`.
paths:
  /airspace/status:
    get:
      security: [{ ApiKeyAuth: [] }]
      parameters:
        - { name: lat, in: query, required: true, schema: { type: number }, example: 39.7392 }
        - { name: lon, in: query, required: true, schema: { type: number }, example: -104.9903 }
      responses:
        "200": { description: Airspace classes, TFRs and LAANC grid ceilings }
""", None, "OpenAPI 3.0 securitySchemes apiKey with placeholder example")

add("json/decoy-uuid-id", "airspace/tests/fixtures/laanc_response.json", f"""{{
  "authorization_id": "{uuid_s()}",
  "reference_code": "GEO7X2K9QF",
  "status": "approved",
  "facility": "DEN",
  "grid_ceiling_ft": 200,
  "requested_altitude_ft": 200,
  "operation_window": {{ "start": "2024-04-12T15:00:00Z", "end": "2024-04-12T18:00:00Z" }},
  "operator": {{ "part107": "4821937", "remote_id_serial": "1581F5FJD228Q00A0B3C" }},
  "advisories": [
    {{ "id": "{uuid_s()}", "type": "airport", "name": "Denver Intl", "distance_nm": 6.1 }}
  ]
}}
""", None, "LAANC authorization response fixture (ids and reference codes)")

add("kml/decoy-flight-plan", "missions/adams_block7.kml", """<?xml version="1.0" encoding="UTF-8"?>
<kml xmlns="http://www.opengis.net/kml/2.2">
  <Document>
    <name>Adams block 7 - 60 m AGL, 75/70 overlap</name>
    <Placemark>
      <name>Survey area</name>
      <Polygon>
        <outerBoundaryIs><LinearRing><coordinates>
          -104.9911,39.7392,0 -104.9894,39.7392,0 -104.9894,39.7413,0 -104.9911,39.7413,0 -104.9911,39.7392,0
        </coordinates></LinearRing></outerBoundaryIs>
      </Polygon>
    </Placemark>
  </Document>
</kml>
""", None, "OGC KML 2.2 survey boundary")

add("wpml/decoy-waylines", "missions/quarry7/wpmz/template.kml", """<?xml version="1.0" encoding="UTF-8"?>
<kml xmlns="http://www.opengis.net/kml/2.2" xmlns:wpml="http://www.dji.com/wpmz/1.0.2">
  <Document>
    <wpml:author>kschultz</wpml:author>
    <wpml:createTime>1712937600000</wpml:createTime>
    <wpml:missionConfig>
      <wpml:flyToWaylineMode>safely</wpml:flyToWaylineMode>
      <wpml:finishAction>goHome</wpml:finishAction>
      <wpml:exitOnRCLost>executeLostAction</wpml:exitOnRCLost>
      <wpml:takeOffSecurityHeight>30</wpml:takeOffSecurityHeight>
      <wpml:droneInfo><wpml:droneEnumValue>77</wpml:droneEnumValue><wpml:droneSubEnumValue>0</wpml:droneSubEnumValue></wpml:droneInfo>
    </wpml:missionConfig>
    <Folder>
      <wpml:templateType>mapping2d</wpml:templateType>
      <wpml:templateId>0</wpml:templateId>
      <wpml:autoFlightSpeed>12</wpml:autoFlightSpeed>
    </Folder>
  </Document>
</kml>
""", None, "DJI WPML (waypoint markup language) KMZ template.kml")

add("markdown/decoy-docs-example", "airspace/README.md", """# airspace

Thin clients for the airspace and LAANC providers we use.

```bash
export ALOFT_API_KEY=...            # from 1Password: "Aloft API - prod"
export ALTITUDE_ANGEL_CLIENT_SECRET=...
python -m airspace.check --lat 39.7392 --lon -104.9903 --alt 200
```

Example request against the sandbox:

```bash
curl -H "x-api-key: $ALOFT_API_KEY" \\
  "https://api.aloft.ai/v1/airspace/status?lat=39.7392&lon=-104.9903&alt=200"
```
""", None, "README with environment variable references")

add("python/decoy-fake-token", "apps/pilot-api/tests/test_auth.py", """import pytest

from pilot_api import auth

FAKE_SECRET = "test-only-jwt-secret-not-used-anywhere"


@pytest.fixture(autouse=True)
def _secret(monkeypatch):
    monkeypatch.setattr(auth, "JWT_SECRET", FAKE_SECRET)


def test_roundtrip():
    token = auth.issue({"id": "p-1", "certificate": "0000000", "role": "pilot"})
    assert auth.verify(token)["sub"] == "p-1"


def test_rejects_other_issuer():
    with pytest.raises(Exception):
        auth.verify(auth.issue({"id": "p-2", "certificate": "0", "role": "x"}) + "tampered")
""", None, "pytest fixture with an explicit test-only secret")

add("ruby/decoy-credentials-reference", "apps/portal/config/initializers/stripe_prod.rb", """# Keys live in config/credentials/production.yml.enc (master key in the deploy secret store).
Rails.configuration.stripe = {
  publishable_key: Rails.application.credentials.dig(:stripe, :publishable_key),
  secret_key: Rails.application.credentials.dig(:stripe, :secret_key)
}

Stripe.api_key = Rails.configuration.stripe[:secret_key]
Stripe.api_version = "2024-04-10"
""", None, "Rails encrypted credentials (Rails.application.credentials)")

add("csv/decoy-remote-id", "fleet/aircraft_registry.csv", """aircraft,model,serial,remote_id,faa_registration,firmware
Q7,Custom quad (Cube Orange),CO-22-0417,1596F3A2B90C00D7E4,FA3K7TQ9PX,ArduCopter 4.4.4
M3E-01,DJI Mavic 3 Enterprise,1581F5FJD228Q00A0B3C,1581F5FJD228Q00A0B3C,FA3P2LRM8C,07.01.10.03
M3E-02,DJI Mavic 3 Enterprise,1581F5FJD228Q00A0C71,1581F5FJD228Q00A0C71,FA3P2LRN1D,07.01.10.03
M350-01,DJI Matrice 350 RTK,1581F6Q8X24B300G07RZ,1581F6Q8X24B300G07RZ,FA3W9ZKC4H,09.01.01.03
X10-01,Skydio X10,SKX10-2402-11873,1748B00A9C2211873,FA3Y1NQP7B,28.4.12
""", None, "ANSI/CTA-2063-A serial numbers and FAA registration numbers (public identifiers)")


# ---------------------------------------------------------------- CI, infrastructure, operations

kid, sec = aws_pair()
add("github-actions/aws-secret-key", ".github/workflows/deploy-tiles.yml", f"""name: deploy-tiles
on:
  push:
    branches: [main]
    paths: ["tiles/**"]
jobs:
  sync:
    runs-on: ubuntu-latest
    env:
      AWS_ACCESS_KEY_ID: {kid}
      AWS_SECRET_ACCESS_KEY: {sec}
      AWS_DEFAULT_REGION: us-west-2
    steps:
      - uses: actions/checkout@v4
      - name: Sync styles and sprites
        run: aws s3 sync tiles/styles s3://geoaerial-tiles/styles --delete --cache-control max-age=300
      - name: Invalidate CDN
        run: aws cloudfront create-invalidation --distribution-id E2QX7PL0R1ZK3M --paths "/styles/*"
""", sec, "GitHub Actions workflow syntax (env)")

tok = gitlab_token()
add("gitlab-ci/gitlab-token", ".gitlab-ci.yml", f"""stages: [build, publish]

variables:
  PIP_CACHE_DIR: "$CI_PROJECT_DIR/.cache/pip"

build-wheel:
  stage: build
  image: python:3.11-slim
  script:
    - pip install build
    - python -m build --wheel
  artifacts:
    paths: [dist/]

publish-wheel:
  stage: publish
  image: curlimages/curl:8.7.1
  rules:
    - if: $CI_COMMIT_TAG
  script:
    - 'for f in dist/*.whl; do curl --fail --header "PRIVATE-TOKEN: {tok}" --upload-file "$f" "https://gitlab.geoaerial.io/api/v4/projects/212/packages/pypi/files/$(basename $f)"; done'
""", tok, "GitLab package registry API (PRIVATE-TOKEN header, glpat- tokens)")

pw = rand_pw(20)
add("jenkinsfile/registry-password", "Jenkinsfile", f"""pipeline {{
    agent {{ label 'gpu-builder' }}
    environment {{
        REGISTRY = 'registry.geoaerial.io'
        IMAGE    = "${{REGISTRY}}/pipeline/worker"
    }}
    stages {{
        stage('Build') {{
            steps {{
                sh 'docker build -t $IMAGE:$BUILD_NUMBER -f docker/worker/Dockerfile .'
            }}
        }}
        stage('Push') {{
            steps {{
                sh 'docker login $REGISTRY -u jenkins -p {pw}'
                sh 'docker push $IMAGE:$BUILD_NUMBER'
            }}
        }}
    }}
}}
""", pw, "Jenkins declarative pipeline; docker login -u -p")

pw = words_pw()
add("terraform/db-password", "infra/terraform/prod/terraform.tfvars", f"""region              = "us-west-2"
environment         = "prod"
vpc_cidr            = "10.60.0.0/16"
gpu_instance_type   = "g5.2xlarge"
gpu_max_nodes       = 12
postgis_instance    = "db.r6g.xlarge"
postgis_username    = "survey_admin"
postgis_password    = "{pw}"
tiles_bucket        = "geoaerial-tiles"
raw_bucket          = "geoaerial-raw"
""", pw, "Terraform .tfvars variable definitions")

tok = cloudflare_token()
add("terraform/cloudflare-token", "infra/terraform/dns/main.tf", f"""terraform {{
  required_providers {{
    cloudflare = {{
      source  = "cloudflare/cloudflare"
      version = "~> 4.30"
    }}
  }}
}}

provider "cloudflare" {{
  api_token = "{tok}"
}}

resource "cloudflare_record" "tiles" {{
  zone_id = "7c9e2f41a0b84d6c93e5f2a1b8d04c7e"
  name    = "tiles"
  type    = "CNAME"
  value   = "d3k2x8q1w7v9z0.cloudfront.net"
  proxied = false
}}
""", tok, "Cloudflare Terraform provider (api_token)")

tok = tfc_token()
add("hcl/terraform-cloud-token", "ops/workstations/.terraformrc", f"""plugin_cache_dir = "$HOME/.terraform.d/plugin-cache"

credentials "app.terraform.io" {{
  token = "{tok}"
}}
""", tok, "Terraform CLI configuration file: credentials block (app.terraform.io API token)")

pw = words_pw()
add("ansible-inventory/become-password", "ops/ansible/inventory/field.ini", f"""[base_stations]
basepi-denver   ansible_host=10.44.0.21
basepi-boise    ansible_host=10.44.0.22

[hangar_docks]
dock-denver-01  ansible_host=10.44.0.31

[field:children]
base_stations
hangar_docks

[field:vars]
ansible_user=fieldops
ansible_become_password={pw}
ansible_python_interpreter=/usr/bin/python3
""", pw, "Ansible INI inventory with group vars (ansible_become_password)")

tok = chars(48, ALNUM)
add("systemd/api-token", "ops/systemd/tile-warmer.service", f"""[Unit]
Description=Warm GeoWebCache tiles for new deliverables
After=network-online.target
Wants=network-online.target

[Service]
Type=simple
User=tiles
Environment=GWC_URL=https://maps.geoaerial.io/geoserver/gwc/rest
Environment=GWC_TOKEN={tok}
ExecStart=/opt/tile-warmer/bin/tile-warmer --zoom 14-21 --threads 6
Restart=on-failure
RestartSec=30

[Install]
WantedBy=multi-user.target
""", tok, "systemd.exec(5) Environment= directive")

pw = rand_pw(18)
add("crontab/postgis-password", "ops/cron/backup.crontab", f"""# m h dom mon dow command
SHELL=/bin/bash
MAILTO=ops@geoaerial.io
15 2 * * * PGPASSWORD='{pw}' pg_dump -h pg-survey.internal.geoaerial.io -U backup_agent -Fc survey > /backup/survey_$(date +\\%F).dump
45 3 * * * find /backup -name 'survey_*.dump' -mtime +14 -delete
0 4 * * 0 rclone sync /backup wasabi-archive:geoaerial-backups/pg --transfers 8
""", pw, "crontab(5) with PGPASSWORD environment variable for pg_dump")

tok = npm_token()
add("npmrc/npm-token", "apps/planner-web/.npmrc", f"""@geoaerial:registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken={tok}
save-exact=true
engine-strict=true
fund=false
""", tok, "npm .npmrc auth token (npm_ tokens)")

tok = fakes.pypi_token(_seed())
add("pypirc/pypi-token", "ops/release/.pypirc", f"""[distutils]
index-servers =
    pypi

[pypi]
username = __token__
password = {tok}
""", tok, "PyPI API tokens in .pypirc (username __token__)")

pw = rand_pw(22)
add("pip-conf/index-password", "docker/worker/pip.conf", f"""[global]
index-url = https://pypi.org/simple
extra-index-url = https://ci-reader:{pw}@artifacts.geoaerial.io/artifactory/api/pypi/pypi-internal/simple
timeout = 60
disable-pip-version-check = true
""", pw, "pip configuration file: extra-index-url with credentials in the URL")

auth = b64("geoaerial-ci:" + rand_pw(26))
add("json/docker-config-auth", "ops/build-agent/.docker/config.json", f"""{{
  "auths": {{
    "registry.geoaerial.io": {{
      "auth": "{auth}"
    }},
    "https://index.docker.io/v1/": {{}}
  }},
  "credsStore": "",
  "currentContext": "default"
}}
""", auth, "Docker CLI config.json auths (base64 user:password)")

auth = b64("gis_proxy:" + words_pw())
add("nginx/basic-auth-header", "deploy/nginx/conf.d/client-arcgis-proxy.conf", f"""# Proxy the county's secured ArcGIS Server so our viewer can draw their parcels
upstream county_arcgis {{
    server gis.countyclient.gov:443;
}}

server {{
    listen 443 ssl http2;
    server_name parcels-proxy.geoaerial.io;
    ssl_certificate     /etc/letsencrypt/live/parcels-proxy.geoaerial.io/fullchain.pem;
    ssl_certificate_key /etc/letsencrypt/live/parcels-proxy.geoaerial.io/privkey.pem;

    location /arcgis/rest/services/Parcels/ {{
        proxy_pass https://county_arcgis;
        proxy_set_header Host gis.countyclient.gov;
        proxy_set_header Authorization "Basic {auth}";
        proxy_ssl_server_name on;
        limit_except GET {{ deny all; }}
    }}
}}
""", auth, "nginx proxy_set_header with an HTTP Basic Authorization value (RFC 7617)")

tok = vault_token()
add("shell/vault-token", "scripts/ops/rotate_ntrip_accounts.sh", f"""#!/usr/bin/env bash
set -euo pipefail
export VAULT_ADDR=https://vault.geoaerial.io:8200
export VAULT_TOKEN={tok}

for rover in $(vault kv list -format=json kv/ntrip/rovers | jq -r '.[]'); do
  newpw=$(openssl rand -base64 18)
  curl -sf -X PUT "https://rtk.geoaerial.io/admin/api/users/$rover" -d "{{\\"password\\":\\"$newpw\\"}}" \\
       -H "Authorization: Bearer $(vault kv get -field=admin_token kv/ntrip/caster)"
  vault kv put "kv/ntrip/rovers/$rover" password="$newpw"
done
""", tok, "HashiCorp Vault CLI environment (VAULT_TOKEN, hvs. service tokens)")

tok = sentry_token()
add("ini/sentry-token", "apps/planner-web/.sentryclirc", f"""[defaults]
url = https://sentry.io/
org = geoaerial
project = planner-web

[auth]
token = {tok}
""", tok, "sentry-cli configuration file .sentryclirc ([auth] token)")

key = hexs(32)
add("yaml/datadog-api-key", "ops/ansible/roles/datadog/files/datadog.yaml", f"""api_key: {key}
site: datadoghq.com
hostname_fqdn: true
tags:
  - team:processing
  - env:prod
logs_enabled: true
process_config:
  process_collection:
    enabled: true
apm_config:
  enabled: false
""", key, "Datadog Agent datadog.yaml (api_key)")

key = hexs(32)
add("yaml/pagerduty-routing-key", "ops/monitoring/alertmanager.yml", f"""global:
  resolve_timeout: 5m
route:
  receiver: ops-default
  group_by: [alertname, cluster]
  routes:
    - matchers: [severity="page"]
      receiver: pagerduty-processing
receivers:
  - name: ops-default
    email_configs:
      - to: ops@geoaerial.io
        send_resolved: true
  - name: pagerduty-processing
    pagerduty_configs:
      - routing_key: {key}
        severity: critical
        description: '{{{{ .CommonAnnotations.summary }}}}'
""", key, "Prometheus Alertmanager pagerduty_configs routing_key (Events API v2 integration key)")

tok = github_token()
add("makefile/github-token", "Makefile", f"""PYTHON ?= python3
GH_TOKEN = {tok}

.PHONY: deps test vendor-odm

deps:
\t$(PYTHON) -m pip install -r requirements.txt

test:
\t$(PYTHON) -m pytest -q

vendor-odm:
\trm -rf vendor/odm-tools
\tgit clone --depth 1 https://x-access-token:$(GH_TOKEN)@github.com/geoaerial/odm-tools.git vendor/odm-tools
""", tok, "GitHub personal access token (ghp_) in an HTTPS clone URL")

pw = rand_pw(24)
add("k8s-secret/minio-root-password", "deploy/k8s/storage/minio-secret.yaml", f"""apiVersion: v1
kind: Secret
metadata:
  name: minio-root
  namespace: storage
type: Opaque
stringData:
  MINIO_ROOT_USER: geoaerial-admin
  MINIO_ROOT_PASSWORD: "{pw}"
""", pw, "Kubernetes Secret stringData; MinIO MINIO_ROOT_PASSWORD")

pw = words_pw()
add("powershell/arcgis-server-password", "scripts/windows/New-ArcGISSite.ps1", f"""# Create the ArcGIS Server site on the new image-server VM (run once)
$siteAdmin = "siteadmin"
$password  = ConvertTo-SecureString "{pw}" -AsPlainText -Force
$cred      = New-Object System.Management.Automation.PSCredential($siteAdmin, $password)

$body = @{{
    username                 = $siteAdmin
    password                 = $cred.GetNetworkCredential().Password
    configStoreConnection    = '{{"connectionString":"\\\\\\\\fs01\\\\arcgis\\\\config-store","type":"FILESYSTEM"}}'
    directories              = '{{"directories":[]}}'
    f                        = "json"
}}
Invoke-RestMethod -Method Post -Uri "https://imgsrv01.geoaerial.local:6443/arcgis/admin/createNewSite" -Body $body
""", pw, "ArcGIS Server Administrator API createNewSite; PowerShell ConvertTo-SecureString -AsPlainText")

pw = rand_pw(20)
add("grafana-provisioning/postgis-password", "ops/grafana/provisioning/datasources/postgis.yaml", f"""apiVersion: 1
datasources:
  - name: Survey PostGIS
    type: grafana-postgresql-datasource
    url: pg-survey.internal.geoaerial.io:5432
    user: grafana_ro
    jsonData:
      database: survey
      sslmode: require
      postgresVersion: 1600
      timescaledb: false
    secureJsonData:
      password: "{pw}"
""", pw, "Grafana data source provisioning (secureJsonData.password)")

tok = b64_bytes(64).rstrip("=").replace("+", "-").replace("/", "_") + "=="
add("toml/influxdb-token", "telemetry/telegraf/telegraf.conf", f"""[agent]
  interval = "10s"
  flush_interval = "10s"

[[inputs.mqtt_consumer]]
  servers = ["ssl://emqx.flighthub-relay.geoaerial.io:8883"]
  topics = ["thing/product/+/osd"]
  data_format = "json_v2"
  [[inputs.mqtt_consumer.json_v2]]
    measurement_name = "dock_osd"

[[outputs.influxdb_v2]]
  urls = ["https://influx.geoaerial.io"]
  token = "{tok}"
  organization = "geoaerial"
  bucket = "telemetry"
""", tok, "Telegraf outputs.influxdb_v2 (token)")

# decoys ------------------------------------------------------------

add("github-actions/decoy-secrets-reference", ".github/workflows/deploy-viewer.yml", """name: deploy-viewer
on:
  push:
    branches: [main]
permissions:
  id-token: write
  contents: read
jobs:
  deploy:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: aws-actions/configure-aws-credentials@v4
        with:
          role-to-assume: arn:aws:iam::418273650912:role/gha-viewer-deploy
          aws-region: us-west-2
      - run: npm ci && npm run build
        env:
          VITE_MAPBOX_TOKEN: ${{ vars.MAPBOX_PUBLIC_TOKEN }}
          SENTRY_AUTH_TOKEN: ${{ secrets.SENTRY_AUTH_TOKEN }}
      - run: aws s3 sync dist s3://geoaerial-viewer --delete
""", None, "GitHub Actions: OIDC role assumption and ${{ secrets.* }} references")

add("gitlab-ci/decoy-job-token", "services/ingest/.gitlab-ci.yml", """stages: [test, publish]

test:
  stage: test
  image: golang:1.22
  script:
    - go test ./...

publish:
  stage: publish
  image: docker:26
  services: [docker:26-dind]
  script:
    - echo "$CI_REGISTRY_PASSWORD" | docker login -u "$CI_REGISTRY_USER" --password-stdin "$CI_REGISTRY"
    - docker build -t "$CI_REGISTRY_IMAGE:$CI_COMMIT_SHORT_SHA" .
    - docker push "$CI_REGISTRY_IMAGE:$CI_COMMIT_SHORT_SHA"
""", None, "GitLab CI predefined variables (CI_REGISTRY_PASSWORD, CI_JOB_TOKEN)")

add("terraform/decoy-random-password", "infra/terraform/prod/postgis.tf", """variable "postgis_username" {
  type = string
}

resource "random_password" "postgis" {
  length           = 32
  special          = true
  override_special = "_-#"
}

resource "aws_db_instance" "postgis" {
  identifier          = "survey-prod"
  engine              = "postgres"
  engine_version      = "16.2"
  instance_class      = "db.r6g.xlarge"
  username            = var.postgis_username
  password            = random_password.postgis.result
  storage_encrypted   = true
  skip_final_snapshot = false
}

resource "aws_secretsmanager_secret_version" "postgis" {
  secret_id     = aws_secretsmanager_secret.postgis.id
  secret_string = jsonencode({ username = var.postgis_username, password = random_password.postgis.result })
}
""", None, "Terraform random_password resource and Secrets Manager")

add("k8s/decoy-sealed-secret", "deploy/k8s/pipeline/nodeodm-token.sealed.yaml", f"""apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata:
  name: nodeodm-token
  namespace: pipeline
spec:
  encryptedData:
    token: AgB{b64_bytes(300)}
  template:
    metadata:
      name: nodeodm-token
      namespace: pipeline
    type: Opaque
""", None, "Bitnami Sealed Secrets (encryptedData sealed with the controller's public key)")

add("dockerfile/decoy-build-secret", "docker/worker/Dockerfile", """# syntax=docker/dockerfile:1.7
FROM python:3.11-slim AS base
RUN apt-get update && apt-get install -y --no-install-recommends gdal-bin libgdal-dev && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY requirements.txt .
# private index credentials are mounted only for this step and never stored in a layer
RUN --mount=type=secret,id=pipconf,target=/etc/pip.conf pip install --no-cache-dir -r requirements.txt
COPY pipeline/ pipeline/
ARG GIT_SHA=unknown
ENV GIT_SHA=${GIT_SHA}
USER 1000
CMD ["celery", "-A", "pipeline.worker", "worker", "-Q", "cpu,io", "--concurrency", "4"]
""", None, "Dockerfile RUN --mount=type=secret (BuildKit)")

add("ansible/decoy-vault-lookup", "ops/ansible/roles/ntrip_relay/templates/ntrip-relay.env.j2", """# {{ ansible_managed }}
NTRIP_USER={{ ntrip_relay_user }}
NTRIP_PASSWORD={{ lookup('community.hashi_vault.hashi_vault', 'secret=kv/data/ntrip/relay:password') }}
NTRIP_MOUNT={{ ntrip_relay_mount | default('RTCM3_MSM5') }}
RELAY_OUT=tcpsvr://:5015
""", None, "community.hashi_vault lookup in an Ansible template")

add("npmrc/decoy-env-reference", "apps/pilot-api/.npmrc", """@geoaerial:registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=${NPM_TOKEN}
save-exact=true
fund=false
audit-level=high
""", None, "npm .npmrc environment variable substitution")

add("json/decoy-integrity-hashes", "apps/pilot-api/package-lock.json", f"""{{
  "name": "pilot-api",
  "version": "2.3.1",
  "lockfileVersion": 3,
  "requires": true,
  "packages": {{
    "": {{ "name": "pilot-api", "version": "2.3.1", "dependencies": {{ "express": "^4.19.2", "jsonwebtoken": "^9.0.2" }} }},
    "node_modules/jsonwebtoken": {{
      "version": "9.0.2",
      "resolved": "https://registry.npmjs.org/jsonwebtoken/-/jsonwebtoken-9.0.2.tgz",
      "integrity": "sha512-{b64_bytes(64)}"
    }},
    "node_modules/jws": {{
      "version": "3.2.2",
      "resolved": "https://registry.npmjs.org/jws/-/jws-3.2.2.tgz",
      "integrity": "sha512-{b64_bytes(64)}"
    }},
    "node_modules/express": {{
      "version": "4.19.2",
      "resolved": "https://registry.npmjs.org/express/-/express-4.19.2.tgz",
      "integrity": "sha512-{b64_bytes(64)}"
    }}
  }}
}}
""", None, "npm package-lock.json v3 (Subresource Integrity sha512 hashes)")

add("ssh/decoy-authorized-keys", "ops/ansible/roles/fieldops_user/files/authorized_keys", "".join(
    f"{ssh_pub()} {who}@geoaerial.io\n" for who in ["kschultz", "mnakamura", "jpatel", "ci-deploy", "oncall"]), None,
    "OpenSSH authorized_keys (public keys)")

add("ssh/decoy-known-hosts", "ops/ansible/roles/fieldops_user/files/known_hosts", "".join(
    f"{host} ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI{chars(43, ALNUM + '+/')}\n"
    for host in ["basepi-denver,10.44.0.21", "basepi-boise,10.44.0.22", "dock-denver-01,10.44.0.31",
                 "nodeodm-gpu-1.internal.geoaerial.io", "nodeodm-gpu-2.internal.geoaerial.io"]), None,
    "OpenSSH known_hosts (host public keys)")

add("helm/decoy-existing-secret", "deploy/helm/postgis/values.yaml", """postgresql:
  auth:
    username: survey
    database: survey
    existingSecret: postgis-credentials
    secretKeys:
      adminPasswordKey: postgres-password
      userPasswordKey: password
  primary:
    persistence:
      size: 500Gi
      storageClass: gp3
    initdb:
      scripts:
        postgis.sql: |
          CREATE EXTENSION IF NOT EXISTS postgis;
          CREATE EXTENSION IF NOT EXISTS postgis_raster;
""", None, "Bitnami PostgreSQL Helm chart: auth.existingSecret")

add("grafana-provisioning/decoy-env-reference", "ops/grafana/provisioning/datasources/influx.yaml", """apiVersion: 1
datasources:
  - name: Telemetry
    type: influxdb
    url: https://influx.geoaerial.io
    jsonData:
      version: Flux
      organization: geoaerial
      defaultBucket: telemetry
    secureJsonData:
      token: $__env{INFLUX_READ_TOKEN}
""", None, "Grafana provisioning: environment variable interpolation ($__env{...})")

add("hcl/decoy-vault-policy", "ops/vault/policies/ntrip-rotator.hcl", """# Allows the rotation job to list and update rover accounts, nothing else.
path "kv/data/ntrip/rovers/*" {
  capabilities = ["create", "update", "read"]
}

path "kv/metadata/ntrip/rovers" {
  capabilities = ["list"]
}

path "kv/data/ntrip/caster" {
  capabilities = ["read"]
}
""", None, "HashiCorp Vault ACL policy (HCL)")

add("yaml/decoy-alertmanager-file-refs", "ops/monitoring/alertmanager.prod.yml", """global:
  resolve_timeout: 5m
  slack_api_url_file: /etc/alertmanager/secrets/slack_webhook
route:
  receiver: slack-ops
receivers:
  - name: slack-ops
    slack_configs:
      - channel: '#ops-alerts'
        send_resolved: true
  - name: pagerduty-processing
    pagerduty_configs:
      - routing_key_file: /etc/alertmanager/secrets/pd_routing_key
""", None, "Alertmanager *_file configuration (secrets read from files)")

add("log/decoy-redacted", "docs/incidents/2024-03-27-tile-warmer.md", """# 2024-03-27 tile-warmer 401s

Timeline (UTC):

```
14:02:11 tile-warmer[2212]: GET https://maps.geoaerial.io/geoserver/gwc/rest/seed/survey:adams_2024.json
14:02:11 tile-warmer[2212]: request headers: Authorization: Bearer [REDACTED] User-Agent: tile-warmer/0.9
14:02:11 tile-warmer[2212]: 401 Unauthorized
14:02:12 tile-warmer[2212]: env GWC_TOKEN=****************************** (48 chars)
```

Root cause: the token was rotated in Vault but the unit file still had the old value. Fix: unit now
reads `EnvironmentFile=/etc/tile-warmer/env`, written by the Vault agent.
""", None, "Incident notes with redacted credentials")

add("json/decoy-jwks", "apps/pilot-api/public/.well-known/jwks.json", f"""{{
  "keys": [
    {{
      "kty": "RSA",
      "use": "sig",
      "alg": "RS256",
      "kid": "{hexs(16)}",
      "n": "{chars(342, URLSAFE)}",
      "e": "AQAB"
    }}
  ]
}}
""", None, "JSON Web Key Set (RFC 7517), public RSA key")

add("gpg/decoy-public-key", "docs/security/release-signing-key.asc", "-----BEGIN PGP PUBLIC KEY BLOCK-----\n\n"
    + "\n".join(chars(64, ALNUM + "+/") for _ in range(8)) + "\n=" + chars(4, ALNUM) + "\n-----END PGP PUBLIC KEY BLOCK-----\n",
    None, "OpenPGP ASCII-armored public key (RFC 4880)")


# ---------------------------------------------------------------- more field, processing and vendor files

pw = words_pw()
add("compose/clusterodm-admin-password", "deploy/clusterodm/docker-compose.yml", f"""services:
  clusterodm:
    image: opendronemap/clusterodm:latest
    command: >
      --port 3000
      --admin-cli-port 8080
      --admin-web-port 10000
      --admin-pass {pw}
      --asr /var/www/configuration/asr-aws.json
      --public-address https://odm.geoaerial.io
    ports:
      - "3000:3000"
      - "10000:10000"
    volumes:
      - ./configuration:/var/www/configuration:ro
    restart: unless-stopped
""", pw, "ClusterODM command line options (--admin-pass)")

pw = rand_pw(12)
add("kotlin/ntrip-password", "apps/pilot-android/app/src/main/java/io/geoaerial/pilot/rtk/CustomNetworkRtk.kt", f"""package io.geoaerial.pilot.rtk

import dji.sdk.keyvalue.value.rtkbasestation.RTKCustomNetworkSetting
import dji.v5.manager.aircraft.rtk.RTKCenter

object CustomNetworkRtk {{
    // County CORS account shared by the M350 crews
    private val setting = RTKCustomNetworkSetting(
        "rtn.dot-cors.org",
        2101,
        "geoaerial_m350",
        "{pw}",
        "RTCM3_MSM5"
    )

    fun start() {{
        val manager = RTKCenter.getInstance().customRTKManager
        manager.setCustomNetworkRTKSettings(setting)
        manager.startNetworkRTKService(null)
    }}
}}
""", pw, "DJI Mobile SDK v5: RTKCenter customRTKManager setCustomNetworkRTKSettings (RTKCustomNetworkSetting)")

pw = words_pw()
add("cpp/ntrip-password", "gcs/qt/src/rtk/NtripSettings.cpp", f"""#include "NtripSettings.h"

#include <QSettings>

namespace gcs::rtk {{

NtripSettings NtripSettings::defaults()
{{
    NtripSettings s;
    s.host = QStringLiteral("caster.geoaerial-rtk.net");
    s.port = 2101;
    s.mountpoint = QStringLiteral("VRS_RTCM32");
    s.username = QStringLiteral("gcs-field");
    s.password = QStringLiteral("{pw}");
    s.sendGga = true;
    s.ggaIntervalSec = 10;
    return s;
}}

void NtripSettings::save(QSettings& q) const
{{
    q.beginGroup("ntrip");
    q.setValue("host", host);
    q.setValue("port", port);
    q.setValue("mountpoint", mountpoint);
    q.setValue("username", username);
    q.endGroup();
}}

}} // namespace gcs::rtk
""", pw, "Qt QStringLiteral defaults for an NTRIP client in a ground control station")

key = chars(64, ALNUM)
add("qgis-xml/nearmap-api-key", "qgis/connections/xyz_connections.xml", f"""<!DOCTYPE connections>
<qgsXYZTilesConnections version="1.0">
  <xyztiles name="OpenStreetMap" url="https://tile.openstreetmap.org/{{z}}/{{x}}/{{y}}.png" zmin="0" zmax="19" referer="" username="" password="" authcfg="" tilePixelRatio="0"/>
  <xyztiles name="Nearmap Vert" url="https://api.nearmap.com/tiles/v3/Vert/{{z}}/{{x}}/{{y}}.jpg?apikey={key}" zmin="0" zmax="21" referer="" username="" password="" authcfg="" tilePixelRatio="0"/>
  <xyztiles name="GeoAerial orthos" url="https://maps.geoaerial.io/geoserver/gwc/service/tms/1.0.0/survey:ortho@EPSG:900913@png/{{z}}/{{x}}/{{-y}}.png" zmin="0" zmax="22" referer="" username="" password="" authcfg="" tilePixelRatio="0"/>
</qgsXYZTilesConnections>
""", key, "QGIS XYZ tile connections export; Nearmap Tile API (apikey query parameter)")

tok = hexs(40)
add("python/fme-flow-token", "etl/fme/run_workspace.py", f"""import requests

FME = "https://fme.geoaerial.io/fmerest/v3"
HEADERS = {{
    "Authorization": "fmetoken token={tok}",
    "Accept": "application/json",
}}


def run(repo: str, workspace: str, params: dict) -> int:
    body = {{"publishedParameters": [{{"name": k, "value": v}} for k, v in params.items()]}}
    r = requests.post(f"{{FME}}/transformations/submit/{{repo}}/{{workspace}}", json=body, headers=HEADERS, timeout=30)
    r.raise_for_status()
    return r.json()["id"]


if __name__ == "__main__":
    print(run("Deliverables", "ortho_to_county_tiles.fmw", {{"SOURCE_COG": "s3://geoaerial-orthos/adams_2024.tif"}}))
""", tok, "FME Flow (FME Server) REST API v3: Authorization fmetoken token=...")

tok = jwt({"sub": "delivery-svc", "iss": "https://auth.geoaerial.io", "aud": "ept-reader", "exp": 1924992000})
add("pdal-json/ept-bearer-token", "pipeline/lidar/pipelines/clip_ept.json", f"""{{
  "pipeline": [
    {{
      "type": "readers.ept",
      "filename": "https://pointclouds.geoaerial.io/adams_2024/ept.json",
      "header": {{ "Authorization": "Bearer {tok}" }},
      "bounds": "([500100, 500900], [4400100, 4400800])",
      "resolution": 0.25
    }},
    {{ "type": "filters.range", "limits": "Classification![7:7]" }},
    {{ "type": "filters.hag_nn" }},
    {{ "type": "writers.las", "filename": "out/clip_block7.laz", "compression": "laszip" }}
  ]
}}
""", tok, "PDAL readers.ept options (header), PDAL pipeline JSON")

tok = mapbox_token("sk", "geoaerial-pipeline")
add("python/mapbox-upload-token", "pipeline/deliver/mapbox_tilesets.py", f"""import subprocess

MAPBOX_ACCESS_TOKEN = "{tok}"  # uploads:write tilesets:write


def publish_mbtiles(path: str, tileset: str) -> None:
    env = {{"MAPBOX_ACCESS_TOKEN": MAPBOX_ACCESS_TOKEN}}
    subprocess.run(["mapbox", "upload", f"geoaerial.{{tileset}}", path], env=env, check=True)


def publish_geojson(path: str, source_id: str) -> None:
    env = {{"MAPBOX_ACCESS_TOKEN": MAPBOX_ACCESS_TOKEN}}
    subprocess.run(["tilesets", "upload-source", "geoaerial", source_id, path], env=env, check=True)
""", tok, "Mapbox Uploads API / Tilesets CLI with a secret token (sk.)")

tok = slack_bot()
add("go/slack-bot-token", "services/ingest/internal/notify/slack.go", f"""package notify

import (
	"fmt"

	"github.com/slack-go/slack"
)

var api = slack.New("{tok}")

// IngestDone posts a summary to #field-uploads when a card has been ingested.
func IngestDone(crew, site string, images int, rtkFixPct float64) error {{
	msg := fmt.Sprintf("%s uploaded %d images from %s (RTK fix %.1f%%)", crew, images, site, rtkFixPct)
	_, _, err := api.PostMessage("C05F1ELDUP1", slack.MsgOptionText(msg, false))
	return err
}}
""", tok, "slack-go: slack.New(bot token xoxb-)")

url = discord_webhook()
add("python/discord-webhook", "tools/flightlog_uploader/uploader.py", f"""import json
from pathlib import Path

import requests

DISCORD_WEBHOOK = "{url}"


def announce(log: Path, summary: dict) -> None:
    content = (
        f"**{{summary['aircraft']}}** {{summary['duration_min']:.0f}} min, "
        f"max alt {{summary['max_alt_m']:.0f}} m, battery end {{summary['battery_end']}}%"
    )
    with log.open("rb") as fh:
        requests.post(DISCORD_WEBHOOK, data={{"payload_json": json.dumps({{"content": content}})}},
                      files={{"file": (log.name, fh)}}, timeout=30)
""", url, "Discord webhooks: Execute Webhook")

url = teams_webhook()
add("powershell/teams-webhook", "scripts/windows/Send-ProcessingAlert.ps1", f"""param([string]$Project, [string]$Status, [string]$Detail)

$webhook = "{url}"

$card = @{{
    "@type"    = "MessageCard"
    "@context" = "http://schema.org/extensions"
    summary    = "Metashape $Status"
    themeColor = if ($Status -eq "done") {{ "2DC72D" }} else {{ "D7000C" }}
    title      = "Metashape batch: $Project"
    text       = $Detail
}}
Invoke-RestMethod -Method Post -Uri $webhook -ContentType "application/json" -Body ($card | ConvertTo-Json -Depth 4)
""", url, "Microsoft Teams incoming webhook (Office 365 connector URL)")

pw = rand_pw(16)
add("java/sftp-password", "services/lidar-fetch/src/main/java/io/geoaerial/lidar/DotSftp.java", f"""package io.geoaerial.lidar;

import com.jcraft.jsch.ChannelSftp;
import com.jcraft.jsch.JSch;
import com.jcraft.jsch.Session;

public final class DotSftp {{
    private static final String HOST = "sftp.stateDOT-lidar.gov";
    private static final String USER = "geoaerial";
    private static final String PASSWORD = "{pw}";

    public static void fetch(String remote, String local) throws Exception {{
        JSch jsch = new JSch();
        jsch.setKnownHosts("/etc/lidar-fetch/known_hosts");
        Session session = jsch.getSession(USER, HOST, 22);
        session.setPassword(PASSWORD);
        session.connect(15000);
        ChannelSftp sftp = (ChannelSftp) session.openChannel("sftp");
        sftp.connect();
        try {{
            sftp.get(remote, local);
        }} finally {{
            sftp.disconnect();
            session.disconnect();
        }}
    }}
}}
""", pw, "JSch Session.setPassword for SFTP")

pw = rand_pw(32)
add("shell-history/minio-password", "ops/notes/storage_node_history.txt", f"""sudo systemctl status minio
df -h /mnt/disk*
mc alias set geo-minio https://minio.geoaerial.local:9000 geoaerial-admin {pw}
mc admin info geo-minio
mc mb geo-minio/raw-2024
mc ilm rule add --expire-days 180 geo-minio/raw-2024
mc mirror --overwrite /mnt/ingest/2024-04-12 geo-minio/raw-2024/2024-04-12
history | tail -20
""", pw, "MinIO client: mc alias set ALIAS URL ACCESSKEY SECRETKEY")

key = openssh_key()
indented = "\n".join("      " + line for line in key.splitlines())
add("ansible/deploy-private-key", "ops/ansible/roles/basepi/vars/main.yml", f"""---
basepi_packages:
  - rtklib
  - chrony
  - gpsd
basepi_repo: git@github.com:geoaerial/basepi-config.git
basepi_deploy_key: |
{indented}
basepi_services:
  - str2str-relay
  - chrony
""", key, "Ansible vars with an SSH deploy key in a YAML literal block")

tok = chars(52, string.ascii_lowercase + string.digits)
add("azure-pipelines/devops-pat", "azure-pipelines.yml", f"""trigger:
  branches:
    include: [main]

pool:
  vmImage: windows-latest

variables:
  buildConfiguration: Release
  ADO_PAT: {tok}

steps:
  - task: UseDotNet@2
    inputs: {{ packageType: sdk, version: 8.x }}
  - script: dotnet nuget add source https://pkgs.dev.azure.com/geoaerial/_packaging/gis-libs/nuget/v3/index.json -n gis-libs -u ado -p $(ADO_PAT) --store-password-in-clear-text
    displayName: Add private feed
  - script: dotnet build src/Geoaerial.Deliveries -c $(buildConfiguration)
""", tok, "Azure DevOps personal access token (52 characters) used for a NuGet feed")

sec = hexs(40)
add("bitbucket/arcgis-token-secret", "bitbucket-pipelines.yml", f"""image: python:3.11

pipelines:
  branches:
    main:
      - step:
          name: Publish feature layers to ArcGIS Online
          script:
            - pip install arcgis==2.3.0
            - export AGOL_CLIENT_ID=Kq3v8XnTz1pLw0Hd
            - export AGOL_CLIENT_SECRET={sec}
            - python gis/publish/publish_flight_lines.py --env prod
""", sec, "Bitbucket Pipelines script; ArcGIS OAuth app client secret")

pw = words_pw()
add("toml/cli-api-key", "tools/geoaerial-cli/examples/config.toml", f"""# ~/.config/geoaerial/config.toml used on the processing workstation
[default]
api_url = "https://api.geoaerial.io/v2"
organization = "geoaerial"

[default.auth]
username = "processing-ws04"
password = "{pw}"

[output]
format = "table"
""", pw, "TOML CLI configuration with account credentials")

tok = jwt({"iss": "portal.geoaerial.io", "sub": "svc_viewer", "scope": "portal:read services:read", "exp": 1893456000})
add("json/arcgis-token-in-webmap", "web/viewer/public/config/webmap.json", f"""{{
  "title": "Adams County 2024 client viewer",
  "basemap": "arcgis/imagery",
  "operationalLayers": [
    {{
      "id": "parcels",
      "url": "https://enterprise.geoaerial.io/server/rest/services/Adams/Parcels/FeatureServer/0",
      "token": "{tok}",
      "visible": true,
      "opacity": 0.7
    }},
    {{
      "id": "ortho",
      "url": "https://enterprise.geoaerial.io/image/rest/services/Adams/Ortho2024/ImageServer",
      "visible": true
    }}
  ],
  "initialExtent": {{ "xmin": -104.9911, "ymin": 39.7392, "xmax": -104.9894, "ymax": 39.7413 }}
}}
""", tok, "Web map JSON with a service token for a secured ArcGIS service")

key = ec_key()
add("pem/tls-private-key", "deploy/geoserver/certs/maps.geoaerial.io.key", key + "\n", key,
    "EC private key in PEM (TLS server key)")

pw = rand_pw(20)
add("yaml/webodm-db-password", "deploy/webodm/docker-compose.override.yml", f"""services:
  db:
    environment:
      POSTGRES_PASSWORD: {pw}
  webapp:
    environment:
      WO_DATABASE_HOST: db
      WO_DATABASE_PASSWORD: {pw}
      WO_DEFAULT_NODES: 4
    volumes:
      - /mnt/webodm/media:/webodm/app/media
""", pw, "Docker Compose override for WebODM database settings")

# decoys ------------------------------------------------------------

add("compose/decoy-env-reference", "deploy/clusterodm/docker-compose.prod.yml", """services:
  clusterodm:
    image: opendronemap/clusterodm:latest
    command: >
      --port 3000
      --admin-pass "${CLUSTERODM_ADMIN_PASS}"
      --asr /var/www/configuration/asr-aws.json
    env_file: /etc/clusterodm/clusterodm.env
    ports:
      - "3000:3000"
    restart: unless-stopped
""", None, "Docker Compose variable interpolation")

add("kotlin/decoy-build-config", "apps/pilot-android/app/src/main/java/io/geoaerial/pilot/rtk/NetworkRtk.kt", """package io.geoaerial.pilot.rtk

import dji.sdk.keyvalue.value.rtkbasestation.RTKCustomNetworkSetting
import io.geoaerial.pilot.BuildConfig
import io.geoaerial.pilot.data.CrewAccountStore

object NetworkRtk {
    fun settings(store: CrewAccountStore): RTKCustomNetworkSetting {
        val account = store.ntripAccount() // EncryptedSharedPreferences, entered by the pilot
        return RTKCustomNetworkSetting(
            BuildConfig.NTRIP_HOST,
            BuildConfig.NTRIP_PORT,
            account.username,
            account.password,
            account.mountpoint
        )
    }
}
""", None, "DJI MSDK v5 RTKCustomNetworkSetting with credentials from encrypted storage")

add("qgis-xml/decoy-placeholder", "qgis/connections/xyz_connections.template.xml", """<!DOCTYPE connections>
<qgsXYZTilesConnections version="1.0">
  <!-- replace NEARMAP_API_KEY with your own key from the Nearmap admin console before importing -->
  <xyztiles name="Nearmap Vert" url="https://api.nearmap.com/tiles/v3/Vert/{z}/{x}/{y}.jpg?apikey=NEARMAP_API_KEY" zmin="0" zmax="21" referer="" username="" password="" authcfg="" tilePixelRatio="0"/>
  <xyztiles name="OpenStreetMap" url="https://tile.openstreetmap.org/{z}/{x}/{y}.png" zmin="0" zmax="19" referer="" username="" password="" authcfg="" tilePixelRatio="0"/>
</qgsXYZTilesConnections>
""", None, "QGIS XYZ connections template with a placeholder key")

add("markdown/decoy-rtk2go", "docs/runbooks/free-casters.md", """# Falling back to RTK2go

When the state network is down we can use the community caster RTK2go for non-deliverable work.
RTK2go identifies users by email and does not use a password (the docs ask for the word `none`):

```
str2str -in ntrip://ops-at-geoaerial-io:none@rtk2go.com:2101/GEOAERIAL_DEN -out serial://ttyUSB0:57600
```

* mountpoint list: http://rtk2go.com:2101/SNIP::STATUS
* keep the baseline under 20 km; check fix ratio before flying
""", None, "RTK2go usage notes (email as user name, password 'none')")

add("python/decoy-reads-env", "etl/fme/client.py", """import os

import requests

FME = os.environ.get("FME_URL", "https://fme.geoaerial.io/fmerest/v3")


def session() -> requests.Session:
    s = requests.Session()
    s.headers["Authorization"] = f"fmetoken token={os.environ['FME_TOKEN']}"
    s.headers["Accept"] = "application/json"
    return s


def jobs(status: str = "running") -> list:
    return session().get(f"{FME}/transformations/jobs/{status}", timeout=20).json()["items"]
""", None, "FME Flow REST API with a token from the environment")

add("txt/decoy-gdalinfo", "deliveries/adams_2024/gdalinfo_mosaic.txt", f"""Driver: GTiff/GeoTIFF
Files: adams_2024_5cm.tif
Size is 84210, 61733
Coordinate System is:
PROJCRS["NAD83(2011) / Colorado Central (ftUS)",
    ID["EPSG",6428]]
Origin = (3141250.000000000000000,1701830.000000000000000)
Pixel Size = (0.164041994750656,-0.164041994750656)
Metadata:
  AREA_OR_POINT=Area
  TIFFTAG_SOFTWARE=OpenDroneMap 3.5.1
Image Structure Metadata:
  COMPRESSION=JPEG
  LAYOUT=COG
  SOURCE_MD5={hexs(32)}
Band 1 Block=512x512 Type=Byte, ColorInterp=Red
  Overviews: 42105x30867, 21053x15434, 10527x7717, 5264x3859
Band 2 Block=512x512 Type=Byte, ColorInterp=Green
Band 3 Block=512x512 Type=Byte, ColorInterp=Blue
""", None, "gdalinfo output (metadata, checksums)")

add("xml/decoy-pix4d-project", "processing/pix4d/quarry7_2024_04.p4d", f"""<?xml version="1.0" encoding="UTF-8"?>
<pix4dmapper version="4.8.4" id="{uuid_s()}">
  <inputs>
    <cameras>
      <camera id="{uuid_s()}" name="FC3582_12.3_5280x3956" serial="{hexs(16).upper()}"/>
    </cameras>
    <images path="D:/Raw/Quarry7/2024-04-12" count="655"/>
    <gcps coordinateSystem="EPSG:32613" file="D:/Raw/Quarry7/gcp_2024_04.csv"/>
  </inputs>
  <options>
    <template>3D Maps</template>
    <processingArea>quarry7_boundary.shp</processingArea>
  </options>
</pix4dmapper>
""", None, "Pix4Dmapper project file (ids and camera serials)")

add("python/decoy-network-license", "docker/metashape/batch_process.py", """import os
import sys

import Metashape

# Floating license from the license server on the LAN; nothing secret in the client.
os.environ.setdefault("agisoft_LICENSE", "5053@license.geoaerial.local")

if not Metashape.app.activated:
    sys.exit("Metashape is not activated (license server unreachable?)")

doc = Metashape.Document()
doc.save(sys.argv[2] + "/project.psx")
chunk = doc.addChunk()
chunk.addPhotos([os.path.join(sys.argv[1], f) for f in sorted(os.listdir(sys.argv[1])) if f.lower().endswith(".jpg")])
chunk.matchPhotos(downscale=1, generic_preselection=True, reference_preselection=True)
chunk.alignCameras()
doc.save()
""", None, "Agisoft Metashape Python API; floating license server (agisoft_LICENSE=port@host)")

add("yaml/decoy-kms-ciphertext", "deploy/helm/pipeline/values-kms.yaml", f"""# Decrypted at pod start by the kms-env init container (aws kms decrypt); ciphertext only here.
encryptedEnv:
  NODEODM_TOKEN: "{b64_bytes(160)}"
  SLACK_WEBHOOK: "{b64_bytes(200)}"
kmsKeyArn: arn:aws:kms:us-west-2:418273650912:key/{uuid_s()}
""", None, "AWS KMS ciphertext blobs (encrypted, decrypted at runtime)")

add("txt/decoy-exif-dump", "tests/data/DJI_20240412152210_0042_exiftool.txt", f"""File Name                       : DJI_20240412152210_0042_V.JPG
Make                            : DJI
Camera Model Name               : M3E
Serial Number                   : {hexs(32)}
Drone Serial Number             : 1581F5FJD228Q00A0B3C
Camera Serial Number            : 53HQN4T0{hexs(6).upper()}
GPS Latitude                    : 39 deg 44' 21.12" N
GPS Longitude                   : 104 deg 59' 25.17" W
Absolute Altitude               : +1671.412
Relative Altitude               : +60.104
Rtk Flag                        : 50
Rtk Std Lon                     : 0.01221
Rtk Std Lat                     : 0.01108
Dewarp Flag                     : 0
Image UUID                      : {uuid_s()}
""", None, "exiftool output of DJI XMP drone-dji metadata (serials and ids)")

add("go/decoy-test-token", "services/ingest/internal/notify/slack_test.go", """package notify

import (
	"net/http"
	"net/http/httptest"
	"testing"

	"github.com/slack-go/slack"
)

func TestIngestDone(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Header.Get("Authorization") != "Bearer xoxb-test-token" {
			t.Fatalf("auth header %q", r.Header.Get("Authorization"))
		}
		w.Write([]byte(`{"ok":true,"channel":"C1","ts":"1.0"}`))
	}))
	defer srv.Close()
	api = slack.New("xoxb-test-token", slack.OptionAPIURL(srv.URL+"/"))
	if err := IngestDone("crew", "site", 10, 99.5); err != nil {
		t.Fatal(err)
	}
}
""", None, "Go httptest fixture with an obviously fake Slack token")

add("azure-pipelines/decoy-variable-group", "services/deliveries.azure-pipelines.yml", """trigger:
  branches:
    include: [main]

pool:
  vmImage: ubuntu-latest

variables:
  - group: deliveries-prod   # linked to Key Vault kv-geoaerial-prod

steps:
  - script: dotnet nuget add source https://pkgs.dev.azure.com/geoaerial/_packaging/gis-libs/nuget/v3/index.json -n gis-libs -u ado -p $(System.AccessToken) --store-password-in-clear-text
    displayName: Add private feed
  - script: dotnet publish src/Geoaerial.Deliveries -c Release -o $(Build.ArtifactStagingDirectory)
  - task: AzureWebApp@1
    inputs:
      azureSubscription: geoaerial-prod-oidc
      appName: geoaerial-deliveries
""", None, "Azure Pipelines variable groups and $(System.AccessToken)")

add("env/decoy-placeholder", "apps/pilot-api/.env.example", """NODE_ENV=development
PORT=8080
DATABASE_URL=postgres://pilot:pilot@localhost:5432/pilot_dev
JWT_SECRET=
ALOFT_API_KEY=
TWILIO_ACCOUNT_SID=ACxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx
TWILIO_AUTH_TOKEN=your_auth_token
SENDGRID_API_KEY=SG.xxxxxxxx.xxxxxxxx
""", None, "dotenv example file with empty and placeholder values")

add("hcl/decoy-lock-hashes", "infra/terraform/prod/.terraform.lock.hcl", f"""# This file is maintained automatically by "terraform init".
# Manual edits may be lost in future updates.

provider "registry.terraform.io/hashicorp/aws" {{
  version     = "5.46.0"
  constraints = "~> 5.40"
  hashes = [
    "h1:{b64_bytes(32)}",
    "zh:{sha256()}",
    "zh:{sha256()}",
    "zh:{sha256()}",
  ]
}}

provider "registry.terraform.io/hashicorp/random" {{
  version = "3.6.1"
  hashes = [
    "h1:{b64_bytes(32)}",
    "zh:{sha256()}",
  ]
}}
""", None, "Terraform dependency lock file (provider package hashes)")

add("go-sum/decoy-checksum", "services/adsb-watch/go.sum", "".join(
    f"{mod} h1:{b64_bytes(32)}\n" for mod in [
        "github.com/jackc/pgx/v5 v5.5.5", "github.com/jackc/pgx/v5 v5.5.5/go.mod",
        "github.com/slack-go/slack v0.12.5", "github.com/slack-go/slack v0.12.5/go.mod",
        "golang.org/x/crypto v0.22.0", "golang.org/x/crypto v0.22.0/go.mod"]), None,
    "Go module checksum database lines (go.sum)")

add("yaml/decoy-precommit-revs", ".pre-commit-config.yaml", f"""repos:
  - repo: https://github.com/pre-commit/pre-commit-hooks
    rev: {hexs(40)}  # frozen: v4.6.0
    hooks:
      - id: check-yaml
      - id: end-of-file-fixer
      - id: detect-private-key
  - repo: https://github.com/astral-sh/ruff-pre-commit
    rev: {hexs(40)}  # frozen: v0.4.2
    hooks:
      - id: ruff
      - id: ruff-format
""", None, "pre-commit configuration with frozen commit SHAs")

add("python/decoy-rtcm-fixture", "rtk/tests/test_rtcm_parse.py", f"""import base64

from rtk.rtcm import parse_frame

# RTCM 3 message 1005 (stationary reference point) captured from our base, base64 of the raw frame
FRAME_1005 = base64.b64decode("0wATPtAAAb{chars(20, ALNUM)}AAA==")
# raw 1077 frame as hex, truncated
FRAME_1077_HEX = "d300{hexs(56)}"


def test_1005_station_id():
    msg = parse_frame(FRAME_1005)
    assert msg.number == 1005


def test_1077_hex_roundtrip():
    assert parse_frame(bytes.fromhex(FRAME_1077_HEX)).number == 1077
""", None, "RTCM 3 frames as test fixtures (binary GNSS data, not credentials)")

add("powershell/decoy-secret-management", "scripts/windows/Submit-Pix4DCloud.v2.ps1", """param(
    [Parameter(Mandatory)] [string] $ImageFolder,
    [Parameter(Mandatory)] [string] $ProjectName
)

Import-Module Microsoft.PowerShell.SecretManagement
$ClientId     = Get-Secret -Name Pix4DClientId -AsPlainText -Vault GeoAerialVault
$ClientSecret = Get-Secret -Name Pix4DClientSecret -AsPlainText -Vault GeoAerialVault

$token = Invoke-RestMethod -Method Post -Uri "https://cloud.pix4d.com/oauth2/token/" -Body @{
    grant_type    = "client_credentials"
    client_id     = $ClientId
    client_secret = $ClientSecret
}
Write-Host "token expires in $($token.expires_in)s"
""", None, "PowerShell SecretManagement Get-Secret")

add("html/decoy-public-token", "web/share/index.html", f"""<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>Quarry 7 - April 2024</title>
  <link href="https://api.mapbox.com/mapbox-gl-js/v3.3.0/mapbox-gl.css" rel="stylesheet">
  <script src="https://api.mapbox.com/mapbox-gl-js/v3.3.0/mapbox-gl.js"></script>
</head>
<body style="margin:0">
  <div id="map" style="position:absolute;inset:0"></div>
  <script>
    // public token (pk.), restricted to share.geoaerial.io
    mapboxgl.accessToken = "{mapbox_token('pk', 'geoaerial')}";
    new mapboxgl.Map({{ container: "map", style: "mapbox://styles/geoaerial/clq7x2k9f00a201qx3b8d4e5f", center: [-104.805, 39.52], zoom: 16 }});
  </script>
</body>
</html>
""", None, "Mapbox GL JS quickstart with a public token")
