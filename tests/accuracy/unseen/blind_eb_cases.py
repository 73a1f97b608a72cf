"""Blind set EB: theme parks and amusement ride operations.

Ride control PLC gateways and OT networks (Node-RED, MQTT brokers, OPC UA, Ewon, Ignition,
switch and wireless configs), ticketing, turnstiles and virtual-queue services, season-pass
systems, park mobile apps, maintenance logs and CMMS scripts, food-outlet POS and payment
integrations, with their decoys. Generated fakes only (seeds 1270000-1279999).
"""
from __future__ import annotations

import base64
import json
import random
import string
import textwrap
import uuid
from typing import List, Optional

from tests import fakes
from tests.accuracy.labelled import LabelledCase

SEED_LO, SEED_HI = 1_270_000, 1_279_999
_SEED = [SEED_LO]

ALNUM = string.ascii_letters + string.digits
HEX = "0123456789abcdef"
UPHEX = "0123456789ABCDEF"
UPNUM = string.ascii_uppercase + string.digits
LOWNUM = string.ascii_lowercase + string.digits
B64 = ALNUM + "+/"
B64URL = ALNUM + "-_"
BCRYPT = "./" + ALNUM

CASES: List[LabelledCase] = []


def _seed() -> int:
    _SEED[0] += 7
    assert SEED_LO <= _SEED[0] <= SEED_HI, _SEED[0]
    return _SEED[0]


def _rng() -> random.Random:
    return random.Random(_seed())


def draw(n: int, alphabet: str = ALNUM) -> str:
    r = _rng()
    return "".join(r.choice(alphabet) for _ in range(n))


def mixed(n: int, alphabet: str = ALNUM) -> str:
    """n characters with a digit, an upper and a lower case letter (bounded redraws)."""
    r = _rng()
    value = ""
    for _ in range(40):
        value = "".join(r.choice(alphabet) for _ in range(n))
        if any(c.isdigit() for c in value) and any(c.isupper() for c in value) and any(c.islower() for c in value):
            return value
    return "q7R" + value[3:]


def hexs(n: int) -> str:
    return draw(n, HEX)


def digits(n: int) -> str:
    r = _rng()
    return str(r.randint(1, 9)) + "".join(r.choice(string.digits) for _ in range(n - 1))


def uid() -> str:
    return str(uuid.UUID(int=_rng().getrandbits(128), version=4))


def b64(s: str) -> str:
    return base64.b64encode(s.encode()).decode()


def b64url(s: str) -> str:
    return base64.urlsafe_b64encode(s.encode()).decode().rstrip("=")


WORDS = ["Coaster", "Carousel", "Lagoon", "Thunder", "Falcon", "Maverick", "Pirate", "Cyclone", "Harbor",
         "Juniper", "Comet", "Dragon", "Summit", "Willow", "Canyon", "Voyager", "Kestrel", "Granite",
         "Saffron", "Meadow", "Gondola", "Bumper", "Tornado", "Marlin"]
LOWER = ["popcorn", "ferris", "lantern", "orchid", "walnut", "pepper", "glacier", "ember", "saddle",
         "trumpet", "mosaic", "cobalt", "tundra", "pretzel", "minnow", "quiver", "bramble", "nimbus"]


def pw_words() -> str:
    r = _rng()
    return r.choice(WORDS) + r.choice("!#$%*&") + r.choice(WORDS) + str(r.randint(10, 9999))


def pw_phrase() -> str:
    r = _rng()
    return "-".join(r.sample(LOWER, 3)) + "-" + str(r.randint(10, 99))


def pw_gen(n: int = 20, extra: str = "") -> str:
    return mixed(n, ALNUM + extra)


def pw_person() -> str:
    r = _rng()
    return r.choice(WORDS) + str(r.randint(1970, 2024)) + r.choice("!?#$")


# --- vendor-shaped fakes -------------------------------------------------------------------
def stripe_secret(prefix: str = "sk_live_") -> str:
    return prefix + "51" + digits(1) + mixed(95)


def stripe_whsec() -> str:
    return "whsec_" + mixed(32)


def adyen_key() -> str:
    return "AQE" + mixed(57, ALNUM) + "==-" + draw(43, B64) + "=-" + draw(16, ALNUM + "{}%;")


def square_token() -> str:
    return "EAAA" + mixed(60, B64URL)


def twilio_sid() -> str:
    return "AC" + hexs(32)


def sendgrid_key() -> str:
    return "SG." + mixed(22, B64URL) + "." + mixed(43, B64URL)


def mailgun_key() -> str:
    return hexs(32) + "-" + hexs(8) + "-" + hexs(8)


def slack_bot() -> str:
    return "xoxb-" + digits(12) + "-" + digits(13) + "-" + mixed(24)


def slack_webhook() -> str:
    return ("https://hooks.slack.com/services/T" + draw(10, UPNUM) + "/B" + draw(10, UPNUM) + "/" + mixed(24))


def discord_webhook() -> str:
    return "https://discord.com/api/webhooks/" + digits(19) + "/" + mixed(68, B64URL)


def teams_webhook(tenant: str) -> str:
    return (f"https://{tenant}.webhook.office.com/webhookb2/{uid()}@{uid()}/IncomingWebhook/"
            f"{hexs(32)}/{uid()}/V2" + mixed(43, B64URL))


def glsa() -> str:
    return "glsa_" + mixed(32) + "_" + hexs(8)


def gitlab_pat() -> str:
    return "glpat-" + mixed(20, B64URL)


def docker_pat() -> str:
    return "dckr_pat_" + mixed(27, B64URL)


def vault_token() -> str:
    return "hvs.CAESI" + mixed(86, B64URL)


def tfc_token() -> str:
    return mixed(14) + ".atlasv1." + mixed(67)


def azure_client_secret() -> str:
    return mixed(3) + "8Q~" + mixed(34, ALNUM + "_.-~")


def azure_storage_key() -> str:
    return mixed(86, B64) + "=="


def azure_sas_key() -> str:
    return mixed(43, B64) + "="


def okta_token() -> str:
    return "00" + mixed(40, B64URL)


def google_api_key() -> str:
    return "AIzaSy" + mixed(33, B64URL)


def fcm_server_key() -> str:
    return "AAAA" + mixed(7, B64URL) + ":APA91b" + mixed(134, B64URL)


def jwt(payload: dict, secret_len: int = 43) -> str:
    head = b64url(json.dumps({"alg": "HS256", "typ": "JWT"}, separators=(",", ":")))
    body = b64url(json.dumps(payload, separators=(",", ":")))
    return f"{head}.{body}." + mixed(secret_len, B64URL)


def mapbox_token(kind: str, user: str) -> str:
    body = b64url(json.dumps({"u": user, "a": draw(25, LOWNUM)}, separators=(",", ":")))
    return f"{kind}.{body}." + mixed(22, B64URL)


def sentry_org_token(org: str) -> str:
    body = b64(json.dumps({"iat": 1718000000 + _rng().randint(0, 9_000_000), "url": "https://sentry.io",
                           "region_url": "https://us.sentry.io", "org": org}, separators=(",", ":")))
    return "sntrys_" + body.rstrip("=") + "_" + mixed(43, B64)


def pem(kind: str = "RSA", lines: int = 25, head: str = "") -> str:
    """A private key block; kind "" gives PKCS#8 ("BEGIN PRIVATE KEY")."""
    r = _rng()
    label = f"{kind} PRIVATE KEY" if kind else "PRIVATE KEY"
    if not head:
        head = {"RSA": "MIIEpAIBAAKCAQEA", "EC": "MHcCAQEEI", "": "MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQ"}[kind]
    body = head + "".join(r.choice(B64) for _ in range(64 * lines - len(head)))
    rows = [body[i:i + 64] for i in range(0, len(body), 64)]
    tail = "".join(r.choice(B64) for _ in range(r.randint(8, 40))) + "="
    rows.append(tail)
    return f"-----BEGIN {label}-----\n" + "\n".join(rows) + f"\n-----END {label}-----"


def p8_key() -> str:
    r = _rng()
    body = "MIGTAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBHkwdwIBAQQg" + "".join(r.choice(B64) for _ in range(136))
    rows = [body[i:i + 64] for i in range(0, len(body), 64)]
    return "-----BEGIN PRIVATE KEY-----\n" + "\n".join(rows) + "\n-----END PRIVATE KEY-----"


def openssh_key() -> str:
    r = _rng()
    body = ("b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW"
            "QyNTUxOQAAACD" + "".join(r.choice(B64) for _ in range(70 * 5 - 13)))
    rows = [body[i:i + 70] for i in range(0, len(body), 70)]
    return "-----BEGIN OPENSSH PRIVATE KEY-----\n" + "\n".join(rows) + "\n-----END OPENSSH PRIVATE KEY-----"


# --- lookalikes for decoys ----------------------------------------------------------------
def bcrypt_hash() -> str:
    return "$2b$12$" + draw(53, BCRYPT)


def cert_pem(lines: int = 12) -> str:
    r = _rng()
    body = "MIID" + "".join(r.choice(B64) for _ in range(64 * lines - 4))
    rows = [body[i:i + 64] for i in range(0, len(body), 64)]
    return "-----BEGIN CERTIFICATE-----\n" + "\n".join(rows) + "\n-----END CERTIFICATE-----"


def public_pem() -> str:
    r = _rng()
    body = "MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE" + "".join(r.choice(B64) for _ in range(88))
    rows = [body[i:i + 64] for i in range(0, len(body), 64)]
    return "-----BEGIN PUBLIC KEY-----\n" + "\n".join(rows) + "\n-----END PUBLIC KEY-----"


def ssh_pub(comment: str) -> str:
    return "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI" + draw(43, B64) + " " + comment


# --- assembling cases -----------------------------------------------------------------------
def T(template: str, **values: str) -> str:
    """Dedent the template and fill its «name» slots."""
    text = textwrap.dedent(template)
    if text.startswith("\n"):
        text = text[1:]
    for key, value in values.items():
        text = text.replace("«" + key + "»", value)
    assert "«" not in text and "»" not in text, text[:80]
    return text


def ind(block: str, spaces: int) -> str:
    """Indent every line of a block but the first (its slot carries the first line's indent)."""
    return ("\n" + " " * spaces).join(block.split("\n"))


def add(category: str, file_name: str, text: str, secret: Optional[str], source: str) -> None:
    CASES.append(LabelledCase("blind-eb/" + category, file_name, text, secret, source))


# =============================================================================================
# Ride control, PLC gateways and the OT network: secrets
# =============================================================================================
def _ride_control_secrets() -> None:
    s = pw_gen(24, "!$%")
    add("nodered-settings/credential-secret", "ride-telemetry/node-red/settings.js", T("""
        // Node-RED settings for the ride telemetry gateway (Thunder Canyon, zone B)
        // Deployed to nr-gw-b01 by ansible; do not edit on the box.
        module.exports = {
            uiPort: process.env.PORT || 1880,
            mqttReconnectTime: 15000,
            serialReconnectTime: 15000,
            debugMaxLength: 1000,

            // Key used to encrypt flows_cred.json
            credentialSecret: "«s»",

            flowFile: 'flows_ride_telemetry.json',
            flowFilePretty: true,

            adminAuth: {
                type: "credentials",
                users: [{
                    username: "rideops",
                    password: "$2b$08$wuAqPiKJlVN27eF5qJp.RuQYuy6ZYONW7a/UWYxDTtwKFCdB8F19y",
                    permissions: "*"
                }]
            },

            functionGlobalContext: {
                os: require('os'),
                rideId: 'TC-02',
            },

            logging: {
                console: { level: "info", metrics: false, audit: false }
            },
            editorTheme: { projects: { enabled: false } }
        }
    """, s=s), s, "https://nodered.org/docs/user-guide/runtime/configuration")

    s = pw_words()
    add("nodered-flows-cred/mqtt", "ride-telemetry/node-red/flows_ride_telemetry_cred.json", T("""
        {
            "4f1a9c2e.b83d64": {
                "user": "nr-gw-b01",
                "password": "«s»"
            },
            "a7e03c11.5d2f98": {
                "user": "historian_writer",
                "password": "«s»"
            },
            "c2b8d415.09e7aa": {}
        }
    """, s=s), s, "https://nodered.org/docs/creating-nodes/credentials")

    s = pw_gen(22)
    add("mosquitto-conf/bridge-password", "edge/mosquitto/conf.d/bridge-central.conf", T("""
        # Bridge from the ride-zone edge broker to the central park broker
        # Zone: Pirate Cove (rides PC-01..PC-06)
        connection central-park
        address mqtt-core.ops.parknet.internal:8883
        bridge_protocol_version mqttv311
        bridge_cafile /etc/mosquitto/certs/park-ca.crt
        cleansession false
        keepalive_interval 30
        restart_timeout 10 60

        remote_clientid edge-pirate-cove
        remote_username edge-pirate-cove
        remote_password «s»

        topic rides/pc/+/state out 1 "" park/
        topic rides/pc/+/faults out 2 "" park/
        topic rides/pc/+/cmd/# in 1 "" park/
        notifications true
        notification_topic park/bridges/pirate-cove/state
    """, s=s), s, "https://mosquitto.org/man/mosquitto-conf-5.html")

    s = mixed(86, B64URL) + "=="
    add("telegraf-toml/influxdb-token", "ops/telegraf/telegraf.d/ride-cycles.conf", T("""
        # Ride cycle counters from the PLC gateway (MQTT) into InfluxDB v2
        [[inputs.mqtt_consumer]]
          servers = ["tcp://10.40.2.10:1883"]
          topics = ["rides/+/cycle", "rides/+/estop", "rides/+/dispatch"]
          qos = 1
          client_id = "telegraf-ridecycles"
          data_format = "json_v2"
          [[inputs.mqtt_consumer.json_v2]]
            measurement_name = "ride_cycle"
            [[inputs.mqtt_consumer.json_v2.field]]
              path = "count"
              type = "int"

        [[outputs.influxdb_v2]]
          urls = ["http://influx.ops.parknet.internal:8086"]
          token = "«s»"
          organization = "park-ops"
          bucket = "ride_cycles"
          timeout = "5s"
    """, s=s), s, "https://docs.influxdata.com/telegraf/v1/output-plugins/influxdb_v2/")

    s = pw_person()
    devid = uid()
    add("python/ewon-talk2m", "tools/ewon/pull_ride_alarms.py", T("""
        #!/usr/bin/env python3
        # Pull alarm history from the Ewon Flexy units on the coaster PLCs via Talk2M M2Web.
        import csv
        import sys

        import requests

        T2M_URL = "https://m2web.talk2m.com/t2mapi"
        T2M_ACCOUNT = "SummitParksRideEng"
        T2M_USERNAME = "ride.eng.svc"
        T2M_PASSWORD = "«s»"
        T2M_DEVID = "«devid»"

        EWONS = ["FLX-CYCLONE-01", "FLX-CYCLONE-02", "FLX-DRAGON-01"]


        def fetch(ewon):
            params = {
                "t2maccount": T2M_ACCOUNT,
                "t2musername": T2M_USERNAME,
                "t2mpassword": T2M_PASSWORD,
                "t2mdeveloperid": T2M_DEVID,
                "t2mdeviceusername": "adm",
            }
            url = f"{T2M_URL}/get/{ewon}/rcgi.bin/ParamForm?AST_Param=$dtAH$ftT"
            r = requests.get(url, params=params, timeout=30)
            r.raise_for_status()
            return r.text


        if __name__ == "__main__":
            out = csv.writer(sys.stdout)
            for ewon in EWONS:
                for line in fetch(ewon).splitlines()[1:]:
                    out.writerow([ewon] + line.split(";"))
    """, s=s, devid=devid), s, "https://developer.ewon.biz/content/m2web-api-0")

    s = pw_words()
    add("compose/ignition-admin", "scada/ignition/docker-compose.yml", T("""
        services:
          gateway:
            image: inductiveautomation/ignition:8.1.38
            container_name: ride-scada-gw
            hostname: ride-scada-gw
            ports:
              - "8088:8088"
              - "8060:8060"
            volumes:
              - gw-data:/usr/local/bin/ignition/data
              - ./backups:/restore:ro
            environment:
              ACCEPT_IGNITION_EULA: "Y"
              GATEWAY_ADMIN_USERNAME: rideadmin
              GATEWAY_ADMIN_PASSWORD: "«s»"
              IGNITION_EDITION: standard
              TZ: America/Chicago
            command: >
              -n ride-scada-gw
              -r /restore/ride-scada-2024-05.gwbk
              -m 2048
            restart: unless-stopped

        volumes:
          gw-data:
    """, s=s), s, "https://docs.inductiveautomation.com/docs/8.1/platform/docker-image")

    s = pw_gen(16, "#@")
    add("python/opcua-password", "gateways/opcua/read_restraints.py", T("""
        import asyncio
        import logging

        from asyncua import Client, ua

        ENDPOINT = "opc.tcp://10.40.12.21:4840/ride/maverick"
        NODES = {
            "lap_bar_locked": "ns=3;s=\\"DB_Restraints\\".\\"AllLocked\\"",
            "train_in_station": "ns=3;s=\\"DB_Block\\".\\"StationOccupied\\"",
            "dispatch_ready": "ns=3;s=\\"DB_Dispatch\\".\\"Ready\\"",
        }

        log = logging.getLogger("restraints")


        async def main():
            client = Client(url=ENDPOINT, timeout=4)
            client.set_user("opc_reader")
            client.set_password("«s»")
            await client.set_security_string(
                "Basic256Sha256,SignAndEncrypt,certs/gw-cert.der,certs/gw-key.pem")
            async with client:
                while True:
                    for name, node_id in NODES.items():
                        value = await client.get_node(node_id).read_value()
                        log.info("%s=%s", name, value)
                    await asyncio.sleep(1.0)


        if __name__ == "__main__":
            logging.basicConfig(level=logging.INFO)
            asyncio.run(main())
    """, s=s), s, "https://opcua-asyncio.readthedocs.io/en/latest/api/asyncua.client.html")

    s = pw_person()
    add("ini/plc-gateway", "gateways/s7-bridge/config/bridge.ini", T("""
        ; S7 to MQTT bridge - Log Flume (LF-01)
        [general]
        site = north-lagoon
        ride = LF-01
        poll_ms = 250

        [plc]
        type = S7-1500
        address = 10.40.31.5
        rack = 0
        slot = 1
        ; access level 3 (read/write) password set in TIA Portal protection settings
        protection_password = «s»

        [mqtt]
        host = 10.40.2.10
        port = 1883
        topic_prefix = rides/lf01

        [tags]
        pump_1_running = DB12.DBX0.0
        pump_2_running = DB12.DBX0.1
        water_level_mm = DB12.DBW2
        boat_count = DB20.DBW0
    """, s=s), s, "https://support.industry.siemens.com/cs/document/109798582/")

    s = pw_gen(12, "!#")
    add("moxa-cli/admin-password", "network/moxa/mgate-mb3180-coaster-queue.cfg", T("""
        ! MGate MB3180 configuration export  (queue-line sensors, Cyclone)
        ! Firmware 2.2 Build 21061120
        [Basic]
        ServerName=MGATE-CYC-QUEUE
        ServerLocation=Cyclone queue house cabinet Q2
        TimeZone=(GMT-06:00)Central Time
        [Network]
        IPConfig=Static
        IPAddress=10.40.14.33
        Netmask=255.255.255.0
        Gateway=10.40.14.1
        [Account]
        AccountName=admin
        AccountPassword=«s»
        [Modbus]
        Mode=RTU Master
        Baudrate=19200
        Parity=None
        InitialDelay=0
        ResponseTimeout=1000
    """, s=s), s, "https://www.moxa.com/en/products/industrial-network-infrastructure/protocol-gateways/modbus-tcp-gateways/mgate-mb3180-mb3280-mb3480-series")

    s = mixed(18)
    add("cisco-ios/snmp-community", "network/switches/ride-zone-c-sw01.cfg", T("""
        hostname RIDEZONE-C-SW01
        !
        service timestamps log datetime msec localtime
        service password-encryption
        !
        enable algorithm-type scrypt secret 9 $9$nhEmQVczB7dqsO$X.HsgL6x1il0RxkOSSvyQYwucySCt7qFm4v7pqCxkKM
        !
        username netops privilege 15 algorithm-type scrypt secret 9 $9$2MJBozw/2ANyxk$wB8DSRasJgAnqT.bK6TQ9Y5eb.Zx2Zv6LZKTCLz5p0w
        !
        vlan 140
         name RIDE-CONTROL
        vlan 141
         name RIDE-CCTV
        !
        interface GigabitEthernet1/0/1
         description PLC-GW TORNADO
         switchport access vlan 140
         switchport mode access
         spanning-tree portfast
        !
        snmp-server community «s» RW 10
        snmp-server location Ride Zone C MDF
        snmp-server contact netops@summitparks.example
        access-list 10 permit 10.40.0.0 0.0.255.255
        !
        line vty 0 4
         transport input ssh
         login local
        !
        end
    """, s=s), s, "https://www.cisco.com/c/en/us/td/docs/ios-xml/ios/snmp/configuration/xe-16/snmp-xe-16-book/nm-snmp-cfg-snmp-support.html")

    s = pw_phrase()
    add("routeros/wifi-psk", "network/mikrotik/midway-ap-export.rsc", T("""
        # jun/02/2024 07:41:12 by RouterOS 6.49.10
        # software id = 7HQP-2KTN
        #
        # model = RBwAPG-5HacD2HnD
        /interface wireless security-profiles
        set [ find default=yes ] supplicant-identity=MikroTik
        add authentication-types=wpa2-psk mode=dynamic-keys name=ops-handheld \\
            supplicant-identity="" wpa2-pre-shared-key=«s»
        /interface wireless
        set [ find default-name=wlan1 ] band=5ghz-a/n/ac channel-width=20/40/80mhz-XXXX \\
            disabled=no mode=ap-bridge security-profile=ops-handheld ssid=PARK-OPS-HH
        /ip address
        add address=10.60.8.2/24 interface=ether1 network=10.60.8.0
        /system identity
        set name=AP-MIDWAY-03
    """, s=s), s, "https://help.mikrotik.com/docs/display/ROS/Wireless+Interface")

    s = pw_words()
    add("wpa-supplicant/psk", "sensors/queue-counter/rootfs/etc/wpa_supplicant/wpa_supplicant.conf", T("""
        ctrl_interface=DIR=/var/run/wpa_supplicant GROUP=netdev
        update_config=1
        country=US

        # queue-length lidar counters (Raspberry Pi CM4) join the ops IoT SSID
        network={
            ssid="PARK-IOT-OPS"
            psk="«s»"
            key_mgmt=WPA-PSK
            priority=10
        }
    """, s=s), s, "https://w1.fi/cgit/hostap/plain/wpa_supplicant/wpa_supplicant.conf")

    s = mixed(43, B64) + "="
    add("wireguard/private-key", "gateways/vendor-remote/wg-ridevendor.conf", T("""
        # Remote-support tunnel for the ride manufacturer (Dragon's Loop)
        # Only brought up during a supervised support window: `wg-quick up wg-ridevendor`
        [Interface]
        Address = 10.250.7.2/32
        PrivateKey = «s»
        ListenPort = 51820

        [Peer]
        # vendor support concentrator
        PublicKey = Fk3S0Ylu7mJb2yYkG3Xw0lqSxTg5rQ8zH1nP+VvA4xE=
        Endpoint = support-vpn.ridevendor.example:51820
        AllowedIPs = 10.250.7.0/24
        PersistentKeepalive = 25
    """, s=s), s, "https://www.wireguard.com/quickstart/")

    s = openssh_key()
    add("ansible-files/openssh-key", "ansible/roles/ride_gateway/files/id_ed25519_gwdeploy", s + "\n",
        s, "https://man.openbsd.org/ssh-keygen")

    s = hexs(32)
    add("python/weather-api", "ops/wind-monitor/wind_hold.py", T("""
        # Wind hold monitor: closes high rides when gusts exceed the manufacturer's limit.
        import time

        import paho.mqtt.publish as publish
        import requests

        LAT, LON = 29.4241, -98.4936
        OWM_KEY = "«s»"
        LIMITS_MPH = {"SKY-01": 35, "DROP-01": 40, "WHEEL-01": 30, "ZIP-01": 25}


        def gust_mph():
            r = requests.get(
                "https://api.openweathermap.org/data/3.0/onecall",
                params={"lat": LAT, "lon": LON, "appid": OWM_KEY, "units": "imperial",
                        "exclude": "minutely,hourly,daily"},
                timeout=10,
            )
            r.raise_for_status()
            current = r.json()["current"]
            return current.get("wind_gust", current["wind_speed"])


        while True:
            gust = gust_mph()
            for ride, limit in LIMITS_MPH.items():
                hold = "1" if gust >= limit else "0"
                publish.single(f"rides/{ride}/wind_hold", hold, hostname="10.40.2.10", retain=True)
            time.sleep(60)
    """, s=s), s, "https://openweathermap.org/api/one-call-3")

    s = mixed(32)
    add("yaml/lightning-api", "ops/lightning-alert/config/production.yaml", T("""
        # Lightning proximity alerts -> ride closures (outdoor coasters & water park)
        provider:
          name: earthnetworks
          base_url: https://earthnetworks.azure-api.net/dtalerts/v1
          subscription_key: «s»
          poll_seconds: 30

        site:
          name: Summit Parks - Lagoon Bay
          latitude: 29.4241
          longitude: -98.4936

        rings:
          - name: warning
            radius_miles: 10
            action: notify
          - name: stop
            radius_miles: 8
            action: close_outdoor_rides
          - name: all_clear
            minutes_without_strike: 30

        notify:
          mqtt_topic: park/weather/lightning
          sms_group: ride-supervisors
    """, s=s), s, "https://developer.earthnetworks.com/")

    s = mixed(86, B64URL) + "=="
    add("grafana-provisioning/influxdb-token", "ops/grafana/provisioning/datasources/ride-cycles.yaml", T("""
        apiVersion: 1
        datasources:
          - name: RideCycles
            type: influxdb
            access: proxy
            url: http://influx.ops.parknet.internal:8086
            jsonData:
              version: Flux
              organization: park-ops
              defaultBucket: ride_cycles
              tlsSkipVerify: true
            secureJsonData:
              token: «s»
    """, s=s), s, "https://grafana.com/docs/grafana/latest/datasources/influxdb/#provision-the-data-source")

    s = pw_words()
    add("ansible-vars/plc-gateway", "ansible/group_vars/ride_gateways.yml", T("""
        ---
        gateway_ntp_servers:
          - 10.40.0.1
          - 10.40.0.2
        gateway_syslog_host: 10.40.5.20
        gateway_mqtt_broker: 10.40.2.10

        # Web admin on the Red Lion / Ewon gateways
        gateway_admin_user: rideeng
        gateway_admin_password: "«s»"

        gateway_rides:
          - { id: CYC-01, plc: 10.40.11.5, protocol: ethernet_ip }
          - { id: DRG-01, plc: 10.40.12.5, protocol: ethernet_ip }
          - { id: LF-01,  plc: 10.40.31.5, protocol: s7 }
    """, s=s), s, "https://docs.ansible.com/ansible/latest/inventory_guide/intro_inventory.html")

    user, pw = "admin", pw_gen(14)
    enc = b64(f"{user}:{pw}")
    add("shell/basic-auth-header", "gateways/modbus/scripts/push-register-map.sh", T("""
        #!/usr/bin/env bash
        # Push the register map to the Anybus Modbus gateway on the Bumper Cars DC supply.
        set -euo pipefail
        GW=10.40.22.40
        MAP=${1:-register-map.json}

        curl -fsS -X POST "http://${GW}/api/v1/modbus/map" \\
          -H "Authorization: Basic «enc»" \\
          -H "Content-Type: application/json" \\
          --data-binary @"${MAP}"

        curl -fsS -X POST "http://${GW}/api/v1/system/apply" \\
          -H "Authorization: Basic «enc»"
        echo "map applied to ${GW}"
    """, enc=enc), enc, "https://datatracker.ietf.org/doc/html/rfc7617")

    s = pw_gen(12)
    add("yaml/rtsp-camera", "cctv/frigate/config.yml", T("""
        mqtt:
          host: 10.40.2.10
          topic_prefix: cctv

        cameras:
          cyclone_station:
            ffmpeg:
              inputs:
                - path: rtsp://viewer:«s»@10.41.0.21:554/axis-media/media.amp?resolution=1280x720
                  roles: [detect, record]
            detect:
              width: 1280
              height: 720
          cyclone_lift:
            ffmpeg:
              inputs:
                - path: rtsp://viewer:«s»@10.41.0.22:554/axis-media/media.amp?resolution=1280x720
                  roles: [detect]
        record:
          enabled: true
          retain:
            days: 14
    """, s=s), s, "https://docs.frigate.video/configuration/cameras")

    mq = pw_gen(20)
    add("arduino/mqtt-password", "firmware/queue-beacon/queue-beacon.ino", T("""
        // Queue-time beacon (ESP32) - shows posted wait on the LED board at the queue entrance
        #include <WiFi.h>
        #include <PubSubClient.h>
        #include "wifi_secrets.h"   // WIFI_SSID / WIFI_PASS, flashed per site, not in git
        const char* MQTT_HOST = "mqtt-core.ops.parknet.internal";
        const int   MQTT_PORT = 1883;
        const char* MQTT_USER = "queue-beacon";
        const char* MQTT_PASS = "«mq»";

        WiFiClient net;
        PubSubClient mqtt(net);
        char topic[64];

        void onMessage(char* t, byte* payload, unsigned int len) {
          payload[len] = 0;
          ledboard_show_minutes(atoi((char*)payload));
        }

        void setup() {
          WiFi.begin(WIFI_SSID, WIFI_PASS);
          while (WiFi.status() != WL_CONNECTED) delay(250);
          mqtt.setServer(MQTT_HOST, MQTT_PORT);
          mqtt.setCallback(onMessage);
          snprintf(topic, sizeof topic, "queues/%s/posted", BEACON_RIDE_ID);
        }

        void loop() {
          if (!mqtt.connected() && mqtt.connect(BEACON_RIDE_ID, MQTT_USER, MQTT_PASS)) {
            mqtt.subscribe(topic);
          }
          mqtt.loop();
        }
    """, mq=mq), mq, "https://pubsubclient.knolleary.net/api#connect")

    s = pw_gen(20)
    add("go/mqtt-password", "services/ride-state/internal/broker/broker.go", T("""
        package broker

        import (
        	"crypto/tls"
        	"time"

        	mqtt "github.com/eclipse/paho.mqtt.golang"
        )

        const (
        	brokerURL = "ssl://mqtt-core.ops.parknet.internal:8883"
        	username  = "ride-state-svc"
        	password  = "«s»"
        )

        // Connect returns a client subscribed to nothing yet.
        func Connect(clientID string) (mqtt.Client, error) {
        	opts := mqtt.NewClientOptions().
        		AddBroker(brokerURL).
        		SetClientID(clientID).
        		SetUsername(username).
        		SetPassword(password).
        		SetTLSConfig(&tls.Config{MinVersion: tls.VersionTLS12}).
        		SetAutoReconnect(true).
        		SetConnectRetryInterval(5 * time.Second)
        	c := mqtt.NewClient(opts)
        	tok := c.Connect()
        	tok.Wait()
        	return c, tok.Error()
        }
    """, s=s), s, "https://pkg.go.dev/github.com/eclipse/paho.mqtt.golang#ClientOptions.SetPassword")

    s = pw_words()
    add("rust/mqtt-credentials", "services/estop-relay/src/main.rs", T("""
        use rumqttc::{AsyncClient, Event, MqttOptions, Packet, QoS};
        use std::time::Duration;

        #[tokio::main]
        async fn main() -> anyhow::Result<()> {
            let mut opts = MqttOptions::new("estop-relay-01", "10.40.2.10", 1883);
            opts.set_keep_alive(Duration::from_secs(5));
            opts.set_credentials("estop-relay", "«s»");

            let (client, mut eventloop) = AsyncClient::new(opts, 64);
            client.subscribe("rides/+/estop", QoS::ExactlyOnce).await?;

            loop {
                if let Event::Incoming(Packet::Publish(p)) = eventloop.poll().await? {
                    let ride = p.topic.split('/').nth(1).unwrap_or("?");
                    if p.payload.as_ref() == b"1" {
                        client
                            .publish(format!("pa/zones/{ride}/announce"), QoS::AtLeastOnce, false, "ESTOP")
                            .await?;
                    }
                }
            }
        }
    """, s=s), s, "https://docs.rs/rumqttc/latest/rumqttc/struct.MqttOptions.html#method.set_credentials")

    s = pw_person()
    add("powershell/securestring", "hmi/scripts/Sync-HmiRecipes.ps1", T(r"""
        # Copies ride recipes (speed profiles) from the engineering share to each HMI panel.
        param(
            [string[]]$Panels = @('HMI-CYC-01', 'HMI-CYC-02', 'HMI-DRG-01')
        )

        $user = 'PARKOPS\svc_hmisync'
        $pass = ConvertTo-SecureString '«s»' -AsPlainText -Force
        $cred = New-Object System.Management.Automation.PSCredential($user, $pass)

        New-PSDrive -Name ENG -PSProvider FileSystem -Root '\\eng-fs01\RideRecipes' -Credential $cred | Out-Null

        foreach ($panel in $Panels) {
            $dest = "\\$panel\c$\HMI\Recipes"
            Write-Host "Syncing recipes to $panel"
            Copy-Item -Path 'ENG:\released\*' -Destination $dest -Recurse -Force
        }

        Remove-PSDrive ENG
    """, s=s), s, "https://learn.microsoft.com/en-us/powershell/module/microsoft.powershell.security/convertto-securestring")

    s = pw_words()
    add("windows-reg/autologon", "hmi/kiosk/autologon-operator.reg", T(r"""
        Windows Registry Editor Version 5.00

        ; Operator panel kiosk: log the ride operator account on automatically after power loss
        [HKEY_LOCAL_MACHINE\SOFTWARE\Microsoft\Windows NT\CurrentVersion\Winlogon]
        "AutoAdminLogon"="1"
        "DefaultUserName"="rideop"
        "DefaultDomainName"="HMI-PANEL"
        "DefaultPassword"="«s»"
        "ForceAutoLogon"="1"
        "Shell"="C:\\HMI\\Runtime\\HmiRuntime.exe"
    """, s=s), s, "https://learn.microsoft.com/en-us/troubleshoot/windows-server/user-profiles-and-logon/turn-on-automatic-logon")

    s = pw_person()
    add("unattend-xml/admin-password", "hmi/imaging/unattend-hmi-panel.xml", T("""
        <?xml version="1.0" encoding="utf-8"?>
        <unattend xmlns="urn:schemas-microsoft-com:unattend">
          <settings pass="oobeSystem">
            <component name="Microsoft-Windows-Shell-Setup" processorArchitecture="amd64"
                       publicKeyToken="31bf3856ad364e35" language="neutral" versionScope="nonSxS"
                       xmlns:wcm="http://schemas.microsoft.com/WMIConfig/2002/State">
              <OOBE>
                <HideEULAPage>true</HideEULAPage>
                <ProtectYourPC>3</ProtectYourPC>
                <SkipMachineOOBE>true</SkipMachineOOBE>
              </OOBE>
              <UserAccounts>
                <AdministratorPassword>
                  <Value>«s»</Value>
                  <PlainText>true</PlainText>
                </AdministratorPassword>
              </UserAccounts>
              <TimeZone>Central Standard Time</TimeZone>
              <RegisteredOrganization>Summit Parks Ride Engineering</RegisteredOrganization>
            </component>
          </settings>
        </unattend>
    """, s=s), s, "https://learn.microsoft.com/en-us/windows-hardware/customize/desktop/unattend/microsoft-windows-shell-setup-useraccounts-administratorpassword")

    s = pem("EC", 3)
    add("openvpn/inline-key", "network/vpn/ride-vendor-intamin-support.ovpn", T("""
        client
        dev tun
        proto udp
        remote vpn.summitparks.example 1194
        resolv-retry infinite
        nobind
        persist-key
        persist-tun
        remote-cert-tls server
        cipher AES-256-GCM
        verb 3
        <ca>
        -----BEGIN CERTIFICATE-----
        MIIBfTCCASOgAwIBAgIUZ3k1mQ0cVd9s1kR1Wc8bR2b6QmowCgYIKoZIzj0EAwIw
        FDESMBAGA1UEAwwJUGFya09wc0NBMB4XDTI0MDEwOTE1MDAwMFoXDTM0MDEwNjE1
        -----END CERTIFICATE-----
        </ca>
        <cert>
        -----BEGIN CERTIFICATE-----
        MIIBhjCCASygAwIBAgIUQ2c0dXf1mQ3cKd8s1aR2Wc8bR2bwCgYIKoZIzj0EAwIw
        FDESMBAGA1UEAwwJUGFya09wc0NBMB4XDTI0MDIxMjE1MDAwMFoXDTI1MDIxMTE1
        -----END CERTIFICATE-----
        </cert>
        <key>
        «s»
        </key>
    """, s=s), s, "https://openvpn.net/community-resources/reference-manual-for-openvpn-2-6/")

    a = pw_gen(16)
    add("snmpd-conf/v3-auth", "network/snmp/snmpd-ridegw.conf", T("""
        # net-snmp agent on ride gateways, polled by LibreNMS
        sysLocation    Ride Zone B - Tornado control room
        sysContact     netops@summitparks.example
        agentAddress   udp:161

        # privacy passphrase omitted: net-snmp uses the auth passphrase for both
        createUser librenms SHA-256 "«a»" AES
        rouser librenms priv

        view systemonly included .1.3.6.1.2.1.1
        view systemonly included .1.3.6.1.2.1.25.1
        includeAllDisks 10%
    """, a=a), a, "http://www.net-snmp.org/docs/man/snmpd.conf.html")


# =============================================================================================
# Ticketing, turnstiles, virtual queues, food-outlet POS and payments: secrets
# =============================================================================================
def _ticketing_secrets() -> None:
    s = stripe_secret()
    add("python/stripe-secret", "ticketing/checkout/payments.py", T("""
        import stripe
        from django.conf import settings

        stripe.api_key = "«s»"
        stripe.api_version = "2024-06-20"

        ADMISSION_PRICES = {
            "day-adult": "price_1PLm2bHy6cWq3kFv0a1b2c3d",
            "day-child": "price_1PLm2bHy6cWq3kFvQa9Z8y7x",
            "fastlane-addon": "price_1PLm3cHy6cWq3kFvKk4L5m6n",
        }


        def create_checkout(order):
            line_items = [
                {"price": ADMISSION_PRICES[item.sku], "quantity": item.qty}
                for item in order.items
            ]
            return stripe.checkout.Session.create(
                mode="payment",
                line_items=line_items,
                customer_email=order.email,
                metadata={"order_id": str(order.id), "visit_date": order.visit_date.isoformat()},
                success_url=settings.SITE_URL + "/tickets/thanks?session={CHECKOUT_SESSION_ID}",
                cancel_url=settings.SITE_URL + "/tickets/cart",
            )
    """, s=s), s, "https://docs.stripe.com/keys")

    s = stripe_whsec()
    add("dotenv/stripe-webhook", "ticketing/checkout/.env.production", T("""
        DJANGO_SETTINGS_MODULE=ticketing.settings.production
        SITE_URL=https://tickets.lagoonbaypark.com
        ALLOWED_HOSTS=tickets.lagoonbaypark.com
        STRIPE_PUBLISHABLE_KEY=pk_live_51PLm2bHy6cWq3kFvX7aBqTn2lKcWm9rRzS0d
        STRIPE_WEBHOOK_SECRET=«s»
        STRIPE_SECRET_KEY=${STRIPE_SECRET_KEY}
        SENTRY_ENVIRONMENT=production
        VISIT_CALENDAR_CACHE_TTL=300
    """, s=s), s, "https://docs.stripe.com/webhooks#verify-official-libraries")

    s = stripe_secret("rk_live_")
    add("node/stripe-restricted", "season-pass/renewals/src/stripeClient.js", T("""
        'use strict';

        const Stripe = require('stripe');

        // Restricted key: subscriptions write, customers read (season-pass auto-renewal worker)
        const stripe = new Stripe('«s»', {
          apiVersion: '2024-06-20',
          maxNetworkRetries: 2,
          appInfo: { name: 'season-pass-renewals', version: '3.4.1' },
        });

        async function renewPass(pass) {
          return stripe.subscriptions.update(pass.subscriptionId, {
            items: [{ id: pass.itemId, price: pass.nextSeasonPriceId }],
            proration_behavior: 'none',
            metadata: { passId: pass.id, season: String(pass.season + 1) },
          });
        }

        module.exports = { stripe, renewPass };
    """, s=s), s, "https://docs.stripe.com/keys#limit-access")

    s = adyen_key()
    add("properties/adyen-api-key", "pos/food-outlets/src/main/resources/application-prod.properties", T("""
        spring.application.name=fnb-payments
        server.port=8443

        # Adyen terminal API (in-person payments at food outlets)
        adyen.environment=LIVE
        adyen.live-endpoint-url-prefix=1797a841fbb37ca7-SummitParks
        adyen.merchant-account=SummitParksFnB
        adyen.api-key=«s»
        adyen.terminal.pool=V400m,S1F2

        fnb.outlets=BURGER-HUT,PRETZEL-CART-3,LAGOON-GRILL,CONE-ZONE
        fnb.receipt.footer=Thanks for visiting Lagoon Bay!
        management.endpoints.web.exposure.include=health,info
    """, s=s), s, "https://docs.adyen.com/development-resources/api-credentials/")

    s = square_token()
    add("ruby/square-token", "pos/kiosk-sync/lib/square_catalog.rb", T("""
        require "square"

        # Pushes the food-outlet menu (prices, modifiers, 86'd items) to Square for the cart kiosks.
        class SquareCatalog
          LOCATION_IDS = {
            "funnel-cake-stand" => "L8Q2N1KXW5G3A",
            "churro-cart-2" => "LJ4R9YF0D6C7B",
          }.freeze

          def initialize
            @client = Square::Client.new(
              access_token: "«s»",
              environment: "production"
            )
          end

          def upsert(items)
            objects = items.map { |item| to_catalog_object(item) }
            @client.catalog.batch_upsert_catalog_objects(
              body: { idempotency_key: SecureRandom.uuid, batches: [{ objects: objects }] }
            )
          end
        end
    """, s=s), s, "https://developer.squareup.com/docs/build-basics/access-tokens")

    s = hexs(32)
    add("php/braintree-private-key", "web/groupsales/config/braintree.php", T("""
        <?php
        // Group sales deposits (schools, corporate picnics)
        return [
            'environment' => 'production',
            'merchantId'  => 'q8w7tzkf3hxnm2vc',
            'publicKey'   => 'ykn4r7d2s9b6gx3p',
            'privateKey'  => '«s»',
            'merchantAccounts' => [
                'USD' => 'summitparksgroupsales_usd',
            ],
            'depositPercent' => 25,
        ];
    """, s=s), s, "https://developer.paypal.com/braintree/docs/start/hello-server")

    s = "skapi_prod_" + mixed(41, B64URL)
    add("appsettings-json/heartland", "pos/GateCashier/appsettings.Production.json", T("""
        {
          "Logging": {
            "LogLevel": { "Default": "Information", "Microsoft.AspNetCore": "Warning" }
          },
          "Heartland": {
            "SecretApiKey": "«s»",
            "DeveloperId": "002914",
            "VersionNumber": "4285",
            "ServiceUrl": "https://api2.heartlandportico.com"
          },
          "Gate": {
            "Plaza": "Main Entrance",
            "Lanes": [ "L1", "L2", "L3", "L4", "L5" ],
            "ReceiptPrinter": "EPSON TM-m30III"
          }
        }
    """, s=s), s, "https://developer.heartlandpaymentsystems.com/documentation/portico")

    cid, s = draw(32, LOWNUM), mixed(64, B64URL)
    add("yaml/toast-client-secret", "pos/toast-export/config/prod.yaml", T("""
        toast:
          hostname: https://ws-api.toasttab.com
          client_id: «cid»
          client_secret: «s»
          user_access_type: TOAST_MACHINE_CLIENT
          restaurants:
            lagoon-grill: 8a1f2c36-4b0e-4c55-b3f1-7b0d4c2a9e11
            coaster-cafe: 2e6d9b70-1a3c-4f8e-9d27-55c0a6f3b812

        export:
          bucket: gs://summitparks-fnb-exports
          schedule: "15 2 * * *"
          tables: [orders, checks, payments, menu_items]
    """, cid=cid, s=s), s, "https://doc.toasttab.com/doc/devguide/authentication.html")

    s = "shpat_" + hexs(32)
    add("typescript/shopify-admin", "merch/store-sync/src/shopify.ts", T("""
        import { createAdminApiClient } from '@shopify/admin-api-client';

        // Merchandise: sync park-exclusive plush & pin inventory to the online shop
        export const shopify = createAdminApiClient({
          storeDomain: 'lagoon-bay-shop.myshopify.com',
          apiVersion: '2024-07',
          accessToken: '«s»',
        });

        export async function setAvailable(inventoryItemId: string, locationId: string, qty: number) {
          const mutation = `mutation($input: InventorySetQuantitiesInput!) {
            inventorySetQuantities(input: $input) { userErrors { field message } }
          }`;
          return shopify.request(mutation, {
            variables: {
              input: {
                name: 'available',
                reason: 'correction',
                quantities: [{ inventoryItemId, locationId, quantity: qty }],
              },
            },
          });
        }
    """, s=s), s, "https://shopify.dev/docs/api/usage/authentication#getting-started-with-private-app-authentication")

    s = pw_words()
    add("web-config/oracle-simphony", "pos/SimphonyReports/Web.config", T("""
        <?xml version="1.0" encoding="utf-8"?>
        <configuration>
          <appSettings>
            <add key="ReportOutputDir" value="D:\\Reports\\FnB" />
            <add key="RevenueCenters" value="101,102,105,210" />
          </appSettings>
          <connectionStrings>
            <add name="SimphonyRpt"
                 connectionString="Data Source=(DESCRIPTION=(ADDRESS=(PROTOCOL=TCP)(HOST=simdb01.fnb.parknet.internal)(PORT=1521))(CONNECT_DATA=(SERVICE_NAME=MCRSPOS)));User Id=rpt_fnb;Password=«s»;"
                 providerName="Oracle.ManagedDataAccess.Client" />
          </connectionStrings>
          <system.web>
            <compilation debug="false" targetFramework="4.8" />
          </system.web>
        </configuration>
    """, s=s), s, "https://docs.oracle.com/en/database/oracle/oracle-database/21/odpnt/featConnecting.html")

    s = pw_gen(18, "!@#")
    add("appsettings-json/sqlserver", "ticketing/TurnstileService/appsettings.json", T("""
        {
          "ConnectionStrings": {
            "Admissions": "Server=tcp:adm-sql01.parknet.internal,1433;Database=Admissions;User ID=turnstile_svc;Password=«s»;Encrypt=True;TrustServerCertificate=True;"
          },
          "Turnstiles": {
            "PollIntervalMs": 500,
            "Gates": [
              { "Id": "MAIN-01", "Address": "10.50.1.11" },
              { "Id": "MAIN-02", "Address": "10.50.1.12" },
              { "Id": "WATER-01", "Address": "10.50.2.11" }
            ]
          },
          "Serilog": { "MinimumLevel": "Information" }
        }
    """, s=s), s, "https://learn.microsoft.com/en-us/dotnet/api/system.data.sqlclient.sqlconnection.connectionstring")

    s = pw_gen(24)
    add("dotenv/postgres-url", "queue/virtual-queue-api/.env", T("""
        NODE_ENV=production
        PORT=8080
        DATABASE_URL=postgresql://vq_app:«s»@vq-db.cluster-c8x2k1.us-east-1.rds.amazonaws.com:5432/virtual_queue?sslmode=require
        REDIS_URL=redis://vq-cache.parknet.internal:6379/0
        RETURN_WINDOW_MINUTES=15
        MAX_ACTIVE_RESERVATIONS=1
        LOG_LEVEL=info
    """, s=s), s, "https://www.postgresql.org/docs/current/libpq-connect.html#LIBPQ-CONNSTRING-URIS")

    s = pw_gen(20)
    add("typescript/mongodb-uri", "queue/showtimes/src/db.ts", T("""
        import { MongoClient } from 'mongodb';

        const uri =
          'mongodb+srv://showtimes_rw:«s»@park-apps.x7kq2.mongodb.net/showtimes?retryWrites=true&w=majority';

        export const client = new MongoClient(uri, { maxPoolSize: 20 });

        export async function showtimesFor(day: string) {
          await client.connect();
          return client
            .db('showtimes')
            .collection('performances')
            .find({ day, cancelled: { $ne: true } })
            .sort({ start: 1 })
            .toArray();
        }
    """, s=s), s, "https://www.mongodb.com/docs/manual/reference/connection-string/")

    s = fakes.redis_password(_seed())
    add("compose/redis-password", "queue/virtual-queue-api/docker-compose.prod.yml", T("""
        services:
          api:
            image: registry.parknet.internal/queue/virtual-queue-api:2.9.0
            env_file: .env
            environment:
              REDIS_URL: redis://:«s»@redis:6379/0
            depends_on: [redis]
            ports: ["8080:8080"]
          worker:
            image: registry.parknet.internal/queue/virtual-queue-api:2.9.0
            command: ["node", "dist/worker.js"]
            environment:
              REDIS_URL: redis://:«s»@redis:6379/0
          redis:
            image: redis:7.2-alpine
            command: ["redis-server", "--appendonly", "yes", "--requirepass", "«s»"]
            volumes: ["redis-data:/data"]
        volumes:
          redis-data:
    """, s=s), s, "https://redis.io/docs/latest/operate/oss_and_stack/management/security/")

    s = pw_gen(22)
    add("properties/rabbitmq", "ticketing/scan-events/src/main/resources/application.properties", T("""
        spring.rabbitmq.addresses=amqps://scan_events:«s»@mq.parknet.internal:5671/admissions
        spring.rabbitmq.listener.simple.concurrency=4
        spring.rabbitmq.listener.simple.prefetch=50

        scan.exchange=gate.scans
        scan.queue.valid=gate.scans.valid
        scan.queue.rejected=gate.scans.rejected
        scan.reentry.window-minutes=30
    """, s=s), s, "https://docs.spring.io/spring-boot/appendix/application-properties/index.html#application-properties.integration.spring.rabbitmq.addresses")

    key, s = draw(16, UPNUM), mixed(64, B64)
    add("properties/confluent-sasl", "ticketing/gate-stream/client.properties", T("""
        # Confluent Cloud - turnstile scan stream (gate.scans.v2)
        bootstrap.servers=pkc-921jm.us-east-2.aws.confluent.cloud:9092
        security.protocol=SASL_SSL
        sasl.mechanisms=PLAIN
        sasl.mechanism=PLAIN
        sasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule required username='«key»' password='«s»';
        client.dns.lookup=use_all_dns_ips
        session.timeout.ms=45000
        acks=all
    """, key=key, s=s), s, "https://docs.confluent.io/platform/current/clients/config.html")

    s = hexs(64)
    add("go/ticket-hmac", "ticketing/barcode/sign.go", T("""
        package barcode

        import (
        	"crypto/hmac"
        	"crypto/sha256"
        	"encoding/base32"
        	"encoding/hex"
        	"fmt"
        )

        // signingKey authenticates the admission barcodes printed at the gate and in the app.
        var signingKey, _ = hex.DecodeString("«s»")

        var enc = base32.StdEncoding.WithPadding(base32.NoPadding)

        // Encode returns the payload printed in the PDF417 on the ticket.
        func Encode(ticketID string, visitDay int, product string) string {
        	msg := fmt.Sprintf("%s|%d|%s", ticketID, visitDay, product)
        	mac := hmac.New(sha256.New, signingKey)
        	mac.Write([]byte(msg))
        	return msg + "|" + enc.EncodeToString(mac.Sum(nil)[:10])
        }
    """, s=s), s, "https://pkg.go.dev/crypto/hmac")

    s = mixed(48, B64URL)
    add("javascript/jwt-secret", "queue/virtual-queue-api/src/auth/tokens.js", T("""
        const jwt = require('jsonwebtoken');

        const JWT_SECRET = '«s»';
        const RETURN_PASS_TTL = '3h';

        function issueReturnPass(reservation) {
          return jwt.sign(
            {
              sub: reservation.guestId,
              ride: reservation.rideId,
              window: [reservation.windowStart, reservation.windowEnd],
            },
            JWT_SECRET,
            { expiresIn: RETURN_PASS_TTL, issuer: 'vq.lagoonbaypark.com' }
          );
        }

        function verifyReturnPass(token) {
          return jwt.verify(token, JWT_SECRET, { issuer: 'vq.lagoonbaypark.com' });
        }

        module.exports = { issueReturnPass, verifyReturnPass };
    """, s=s), s, "https://github.com/auth0/node-jsonwebtoken#jwtsignpayload-secretorprivatekey-options-callback")

    s = fakes.django_secret_key(_seed())
    add("python/django-secret-key", "season-pass/backend/passes/settings/production.py", T("""
        from .base import *  # noqa

        DEBUG = False
        SECRET_KEY = "«s»"
        ALLOWED_HOSTS = ["passes.lagoonbaypark.com", "passes-admin.parknet.internal"]

        DATABASES["default"]["HOST"] = "passdb.parknet.internal"
        DATABASES["default"]["CONN_MAX_AGE"] = 60

        SESSION_COOKIE_SECURE = True
        CSRF_COOKIE_SECURE = True
        SECURE_HSTS_SECONDS = 31536000

        PASS_PHOTO_BUCKET = "summitparks-pass-photos"
        BLACKOUT_DATES_URL = "https://cms.lagoonbaypark.com/api/blackouts"
    """, s=s), s, "https://docs.djangoproject.com/en/5.0/ref/settings/#secret-key")

    s = pw_gen(20, "!#%")
    add("php/wordpress-config", "web/park-site/wp-config.php", T("""
        <?php
        /** Lagoon Bay public website (WordPress) */
        define( 'DB_NAME', 'lbp_wp' );
        define( 'DB_USER', 'lbp_wp' );
        define( 'DB_PASSWORD', '«s»' );
        define( 'DB_HOST', 'wpdb.parkweb.internal' );
        define( 'DB_CHARSET', 'utf8mb4' );
        define( 'DB_COLLATE', '' );

        // Keys and salts are generated per environment into wp-salts.php (not in git)
        require_once __DIR__ . '/wp-salts.php';

        $table_prefix = 'lbp_';

        define( 'WP_DEBUG', false );
        define( 'DISALLOW_FILE_EDIT', true );

        if ( ! defined( 'ABSPATH' ) ) {
        	define( 'ABSPATH', __DIR__ . '/' );
        }
        require_once ABSPATH . 'wp-settings.php';
    """, s=s), s, "https://developer.wordpress.org/advanced-administration/wordpress/wp-config/")

    s = pw_phrase()
    add("rails-database-yml/postgres", "guest-services/app/config/database.yml", T("""
        default: &default
          adapter: postgresql
          encoding: unicode
          pool: <%= ENV.fetch("RAILS_MAX_THREADS") { 5 } %>

        development:
          <<: *default
          database: guest_services_dev

        test:
          <<: *default
          database: guest_services_test

        production:
          <<: *default
          host: gs-db.parknet.internal
          database: guest_services
          username: guest_services
          password: «s»
    """, s=s), s, "https://guides.rubyonrails.org/configuring.html#configuring-a-database")

    kid, key = draw(20, B64URL), mixed(22, B64URL)
    s = b64(f"{kid}:{key}")
    add("yaml/elastic-api-key", "web/attractions-search/config/search.yml", T("""
        elasticsearch:
          cloud_id: "park-search:dXMtY2VudHJhbDEuZ2NwLmNsb3VkLmVzLmlvJGFiYzEyMyRkZWY0NTY="
          api_key: «s»
          index: attractions-v4
          request_timeout: 5

        boosts:
          name: 4
          tags: 2
          land: 1.5
          description: 1
        filters:
          height_requirement_in: [36, 42, 48, 54]
    """, s=s), s, "https://www.elastic.co/guide/en/elasticsearch/reference/current/security-api-create-api-key.html")

    sid, s = twilio_sid(), hexs(32)
    add("python/twilio-token", "queue/notify/return_time_sms.py", T("""
        from twilio.rest import Client

        ACCOUNT_SID = "«sid»"
        AUTH_TOKEN = "«s»"
        MESSAGING_SERVICE = "MG6f1b2c3d4e5f60718293a4b5c6d7e8f9"

        client = Client(ACCOUNT_SID, AUTH_TOKEN)


        def notify_return_window(phone, ride_name, window_start):
            body = (f"Lagoon Bay: your return time for {ride_name} starts at "
                    f"{window_start:%-I:%M %p}. Head to the Virtual Queue entrance.")
            return client.messages.create(
                messaging_service_sid=MESSAGING_SERVICE, to=phone, body=body)
    """, sid=sid, s=s), s, "https://www.twilio.com/docs/iam/api/authtoken")

    s = sendgrid_key()
    add("csharp/sendgrid-key", "ticketing/ETicketMailer/Mailer.cs", T("""
        using SendGrid;
        using SendGrid.Helpers.Mail;

        namespace ETicketMailer;

        public class Mailer
        {
            private const string ApiKey = "«s»";
            private const string TemplateId = "d-3f1e7a8c2b9d4e60a1c5b7d9e2f4a6c8";
            private readonly SendGridClient _client = new(ApiKey);

            public async Task SendTicketsAsync(string email, string name, byte[] pdf, string orderNo)
            {
                var msg = new SendGridMessage();
                msg.SetFrom(new EmailAddress("tickets@lagoonbaypark.com", "Lagoon Bay Tickets"));
                msg.AddTo(new EmailAddress(email, name));
                msg.SetTemplateId(TemplateId);
                msg.SetTemplateData(new { name, orderNo });
                msg.AddAttachment($"tickets-{orderNo}.pdf", Convert.ToBase64String(pdf));
                var response = await _client.SendEmailAsync(msg);
                if (!response.IsSuccessStatusCode)
                    throw new InvalidOperationException($"SendGrid {response.StatusCode}");
            }
        }
    """, s=s), s, "https://www.twilio.com/docs/sendgrid/for-developers/sending-email/v3-csharp-code-example")

    s = uid()
    add("php/postmark-token", "web/groupsales/app/Mail/ConfirmationSender.php", T("""
        <?php

        namespace App\\Mail;

        use Postmark\\PostmarkClient;

        class ConfirmationSender
        {
            private PostmarkClient $client;

            public function __construct()
            {
                $this->client = new PostmarkClient('«s»');
            }

            public function send(string $to, array $booking): void
            {
                $this->client->sendEmailWithTemplate(
                    'groups@lagoonbaypark.com',
                    $to,
                    'group-booking-confirmation',
                    ['group' => $booking['name'], 'date' => $booking['visit_date'], 'size' => $booking['size']]
                );
            }
        }
    """, s=s), s, "https://postmarkapp.com/developer/api/overview#authentication")

    s = draw(6, ALNUM) + "." + draw(6, ALNUM) + ":" + mixed(43, B64URL)
    add("typescript/ably-key", "queue/waitboard/server/ably.ts", T("""
        import Ably from 'ably';

        // Root key of the "park-waits-prod" app. Browsers get token requests from /api/ably-token.
        const rest = new Ably.Rest({ key: '«s»' });

        export async function tokenRequest(clientId: string) {
          return rest.auth.createTokenRequest({
            clientId,
            capability: { 'park-waits': ['subscribe'], 'showtimes': ['subscribe'] },
            ttl: 60 * 60 * 1000,
          });
        }
    """, s=s), s, "https://ably.com/docs/auth/basic")

    s = mixed(40)
    add("markdown/partner-api-key", "docs/runbooks/partner-ticket-api.md", T("""
        # Partner ticket API - reseller onboarding runbook

        Resellers (hotels, tour operators) buy dated admission through the partner API.

        ## Smoke test after a deploy

        ```bash
        curl -s https://partners.lagoonbaypark.com/v2/products \\
          -H "X-Api-Key: «s»" \\
          -H "Accept: application/json" | jq '.products[].sku'
        ```

        That key is the **production** key for the internal "smoke-test" reseller account
        (reseller id 9001). It can buy real tickets, so void anything it creates.

        ## Rotating a reseller's key
        1. Partner admin -> Resellers -> pick the reseller -> *Keys*.
        2. Issue the new key, send it through the secure share link, wait for the reseller to confirm.
        3. Revoke the old key.
    """, s=s), s, "https://swagger.io/docs/specification/authentication/api-keys/")

    user, pw = "kiosk_gw", pw_words()
    enc = b64(f"{user}:{pw}")
    add("nginx/basic-auth-upstream", "infra/nginx/conf.d/kiosk-ticket-api.conf", T("""
        # Self-service kiosks call /kiosk/*; nginx adds the upstream's credentials.
        upstream ticket_core {
            server 10.50.10.21:8443;
            server 10.50.10.22:8443;
            keepalive 16;
        }

        server {
            listen 443 ssl;
            server_name kiosk-api.parknet.internal;
            ssl_certificate     /etc/nginx/tls/kiosk-api.crt;
            ssl_certificate_key /etc/nginx/tls/kiosk-api.key;

            location /kiosk/ {
                proxy_pass https://ticket_core/api/;
                proxy_set_header Authorization "Basic «enc»";
                proxy_set_header X-Kiosk-Id $ssl_client_s_dn_cn;
                proxy_http_version 1.1;
                proxy_set_header Connection "";
            }
        }
    """, enc=enc), enc, "https://nginx.org/en/docs/http/ngx_http_proxy_module.html#proxy_set_header")

    s = pw_person()
    add("ini/turnstile-controller", "gates/axess-bridge/gatebridge.ini", T("""
        [Service]
        Name=GateBridge
        LogDir=C:\\ProgramData\\GateBridge\\logs
        HeartbeatSeconds=10

        [Database]
        Driver=ODBC Driver 18 for SQL Server
        Server=adm-sql01.parknet.internal
        Database=AccessControl
        Uid=gatebridge
        Pwd=«s»
        Encrypt=yes

        [Lanes]
        MAIN-01=10.50.1.11
        MAIN-02=10.50.1.12
        MAIN-03=10.50.1.13
        EXIT-01=10.50.1.21
    """, s=s), s, "https://learn.microsoft.com/en-us/sql/connect/odbc/dsn-connection-string-attribute")

    kid, s = fakes.aws_key_id(_seed()), fakes.aws_secret_key(_seed())
    add("aws-credentials/photo-upload", "ride-photo/kiosk/provisioning/aws/credentials", T("""
        [default]
        region = us-east-1

        [ridephoto-upload]
        aws_access_key_id = «kid»
        aws_secret_access_key = «s»
        region = us-east-1
    """, kid=kid, s=s), s, "https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-files.html")

    kid, s = fakes.aws_key_id(_seed()), fakes.aws_secret_key(_seed())
    add("terraform/aws-provider-keys", "infra/terraform/ride-photo/providers.tf", T("""
        terraform {
          required_providers {
            aws = {
              source  = "hashicorp/aws"
              version = "~> 5.50"
            }
          }
        }

        provider "aws" {
          region     = "us-east-1"
          access_key = "«kid»"
          secret_key = "«s»"

          default_tags {
            tags = {
              team    = "ride-photo"
              park    = "lagoon-bay"
              managed = "terraform"
            }
          }
        }
    """, kid=kid, s=s), s, "https://registry.terraform.io/providers/hashicorp/aws/latest/docs#provider-configuration")

    s = azure_storage_key()
    add("json/azure-storage", "ride-photo/onride-capture/local.settings.json", T("""
        {
          "IsEncrypted": false,
          "Values": {
            "FUNCTIONS_WORKER_RUNTIME": "dotnet-isolated",
            "AzureWebJobsStorage": "DefaultEndpointsProtocol=https;AccountName=lbpridephotos;AccountKey=«s»;EndpointSuffix=core.windows.net",
            "PhotoContainer": "onride-2024",
            "WatermarkPath": "assets/lbp-watermark.png",
            "RetentionDays": "30"
          }
        }
    """, s=s), s, "https://learn.microsoft.com/en-us/azure/storage/common/storage-configure-connection-string")

    s = azure_sas_key()
    add("csharp/servicebus-connection", "gates/GateEvents/Program.cs", T("""
        using Azure.Messaging.ServiceBus;

        const string connection =
            "Endpoint=sb://lbp-gates.servicebus.windows.net/;SharedAccessKeyName=gate-publisher;SharedAccessKey=«s»";

        await using var client = new ServiceBusClient(connection);
        ServiceBusSender sender = client.CreateSender("gate-entries");

        foreach (var scan in ScanReader.ReadPending())
        {
            var message = new ServiceBusMessage(BinaryData.FromObjectAsJson(scan))
            {
                MessageId = scan.ScanId,
                Subject = scan.Lane,
            };
            await sender.SendMessageAsync(message);
        }
    """, s=s), s, "https://learn.microsoft.com/en-us/azure/service-bus-messaging/service-bus-dotnet-get-started-with-queues")


# =============================================================================================
# Attendance analytics and reporting: secrets
# =============================================================================================
def _analytics_secrets() -> None:
    s = pw_words()
    cells = [
        {"cell_type": "markdown", "metadata": {}, "source": ["# Attendance forecast - weekly refresh\n",
                                                              "Pulls gate scans and weather from Snowflake, fits the Prophet model."]},
        {"cell_type": "code", "execution_count": 1, "metadata": {}, "outputs": [],
         "source": ["import pandas as pd\n", "import snowflake.connector\n", "from prophet import Prophet"]},
        {"cell_type": "code", "execution_count": 2, "metadata": {}, "outputs": [],
         "source": ["conn = snowflake.connector.connect(\n",
                    "    account=\"sp12345.us-east-1\",\n",
                    "    user=\"ANALYTICS_NOTEBOOK\",\n",
                    f"    password=\"{s}\",\n",
                    "    warehouse=\"ANALYTICS_WH\",\n",
                    "    database=\"PARK_DW\",\n",
                    "    schema=\"ADMISSIONS\",\n",
                    ")"]},
        {"cell_type": "code", "execution_count": 3, "metadata": {}, "outputs": [],
         "source": ["df = pd.read_sql(\"SELECT visit_date AS ds, SUM(entries) AS y FROM daily_gate_entries GROUP BY 1\", conn)\n",
                    "m = Prophet(yearly_seasonality=True, weekly_seasonality=True)\n",
                    "m.add_country_holidays(country_name='US')\n",
                    "m.fit(df)"]},
    ]
    nb = {"cells": cells, "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"},
                                       "language_info": {"name": "python", "version": "3.11.6"}},
          "nbformat": 4, "nbformat_minor": 5}
    add("notebook/snowflake-password", "analytics/notebooks/attendance_forecast.ipynb", json.dumps(nb, indent=1) + "\n",
        s, "https://docs.snowflake.com/en/developer-guide/python-connector/python-connector-connect")

    key = pem("", 25)
    body_line = key.split("\n")[2]
    sa = {
        "type": "service_account",
        "project_id": "lbp-guest-analytics",
        "private_key_id": hexs(40),
        "private_key": key + "\n",
        "client_email": "looker-export@lbp-guest-analytics.iam.gserviceaccount.com",
        "client_id": digits(21),
        "auth_uri": "https://accounts.google.com/o/oauth2/auth",
        "token_uri": "https://oauth2.googleapis.com/token",
        "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",
        "client_x509_cert_url": "https://www.googleapis.com/robot/v1/metadata/x509/looker-export%40lbp-guest-analytics.iam.gserviceaccount.com",
        "universe_domain": "googleapis.com",
    }
    add("gcp-service-account/private-key", "analytics/looker/keys/lbp-guest-analytics-looker-export.json",
        json.dumps(sa, indent=2) + "\n", body_line,
        "https://cloud.google.com/iam/docs/keys-create-delete#creating")

    s = pw_gen(16)
    add("r/dbconnect-password", "analytics/r/spend_per_cap.R", T("""
        library(DBI)
        library(dplyr)
        library(ggplot2)

        # Food & beverage spend per capita by land, last 90 days
        con <- dbConnect(
          RPostgres::Postgres(),
          host = "dw.parknet.internal",
          dbname = "park_dw",
          user = "analyst_ro",
          password = "«s»",
          port = 5432
        )

        spend <- tbl(con, "fnb_daily_sales") %>%
          filter(sale_date >= Sys.Date() - 90) %>%
          group_by(land) %>%
          summarise(revenue = sum(net_sales), guests = sum(attendance)) %>%
          collect() %>%
          mutate(per_cap = revenue / guests)

        ggplot(spend, aes(reorder(land, per_cap), per_cap)) + geom_col() + coord_flip()
        dbDisconnect(con)
    """, s=s), s, "https://rpostgres.r-dbi.org/reference/postgres")

    s = pw_gen(16, "#$!")
    add("sql/create-login", "db/pos-reporting/003_reporting_login.sql", T("""
        -- Reporting login for the F&B revenue dashboards (read-only on FnBSales)
        USE [master];
        GO
        CREATE LOGIN [pos_reporting] WITH PASSWORD = N'«s»',
            CHECK_POLICY = ON, CHECK_EXPIRATION = OFF, DEFAULT_DATABASE = [FnBSales];
        GO
        USE [FnBSales];
        GO
        CREATE USER [pos_reporting] FOR LOGIN [pos_reporting];
        ALTER ROLE [db_datareader] ADD MEMBER [pos_reporting];
        GRANT EXECUTE ON SCHEMA::[rpt] TO [pos_reporting];
        GO
    """, s=s), s, "https://learn.microsoft.com/en-us/sql/t-sql/statements/create-login-transact-sql")

    s = pw_words()
    add("shell/sqlplus-password", "pos/simphony/nightly_extract.sh", T("""
        #!/bin/sh
        # Nightly check-level extract from Simphony reporting DB for the revenue audit team
        ORACLE_HOME=/opt/oracle/instantclient_21_13
        export ORACLE_HOME LD_LIBRARY_PATH=$ORACLE_HOME
        DAY=$(date -d yesterday +%Y-%m-%d)
        OUT=/data/extracts/checks_${DAY}.csv

        $ORACLE_HOME/sqlplus -s rpt_fnb/«s»@//simdb01.fnb.parknet.internal:1521/MCRSPOS <<SQL > "$OUT"
        SET MARKUP CSV ON
        SET FEEDBACK OFF
        SELECT * FROM rpt.check_detail WHERE business_date = DATE '${DAY}';
        EXIT
        SQL
        gzip -f "$OUT"
    """, s=s), s, "https://docs.oracle.com/en/database/oracle/oracle-database/19/sqpug/SQL-Plus-command-reference.html")

    s = fakes.openai_key(_seed())
    add("python/openai-key", "guest-services/chatbot/app/llm.py", T("""
        from openai import OpenAI

        client = OpenAI(api_key="«s»")

        SYSTEM = (
            "You are the Lagoon Bay park assistant. Answer questions about ride height "
            "requirements, showtimes, dining and accessibility. Never promise refunds."
        )


        def answer(question: str, context: str) -> str:
            resp = client.chat.completions.create(
                model="gpt-4o-mini",
                temperature=0.2,
                messages=[
                    {"role": "system", "content": SYSTEM},
                    {"role": "user", "content": f"Context:\\n{context}\\n\\nQuestion: {question}"},
                ],
            )
            return resp.choices[0].message.content
    """, s=s), s, "https://platform.openai.com/docs/api-reference/authentication")

    s = "sk-ant-api03-" + mixed(93, B64URL) + "AA"
    add("typescript/anthropic-key", "guest-services/review-triage/src/classify.ts", T("""
        import Anthropic from '@anthropic-ai/sdk';

        const anthropic = new Anthropic({
          apiKey: '«s»',
        });

        export async function triage(review: string): Promise<string> {
          const msg = await anthropic.messages.create({
            model: 'claude-3-5-haiku-latest',
            max_tokens: 50,
            messages: [
              {
                role: 'user',
                content: `Classify this guest review as one of: ride-safety, cleanliness, staff, food, pricing, other.\\n\\n${review}`,
              },
            ],
          });
          return msg.content[0].type === 'text' ? msg.content[0].text.trim() : 'other';
        }
    """, s=s), s, "https://docs.anthropic.com/en/api/getting-started#authentication")

    s = "hf_" + draw(34, string.ascii_letters)
    add("dockerfile/hf-token", "analytics/wait-model/Dockerfile", T("""
        FROM python:3.11-slim

        WORKDIR /app
        RUN apt-get update && apt-get install -y --no-install-recommends build-essential \\
            && rm -rf /var/lib/apt/lists/*

        COPY requirements.txt .
        RUN pip install --no-cache-dir -r requirements.txt

        ENV HF_TOKEN=«s»
        ENV MODEL_REPO=summitparks/wait-time-forecaster
        RUN python -c "from huggingface_hub import snapshot_download; snapshot_download('summitparks/wait-time-forecaster', local_dir='/models')"

        COPY src/ ./src/
        EXPOSE 8000
        CMD ["uvicorn", "src.api:app", "--host", "0.0.0.0", "--port", "8000"]
    """, s=s), s, "https://huggingface.co/docs/hub/security-tokens")


# =============================================================================================
# Park mobile apps and season-pass systems: secrets
# =============================================================================================
def _mobile_secrets() -> None:
    s = fcm_server_key()
    add("python/fcm-server-key", "app-backend/push/legacy_fcm.py", T("""
        # Legacy FCM sender still used for the Android app < 5.0 (wait-time alerts, show reminders)
        import json

        import requests

        FCM_SERVER_KEY = "«s»"
        FCM_URL = "https://fcm.googleapis.com/fcm/send"


        def send_wait_alert(device_tokens, ride_name, minutes):
            payload = {
                "registration_ids": device_tokens,
                "notification": {
                    "title": f"{ride_name} wait is down to {minutes} min",
                    "body": "Tap to see the map",
                },
                "data": {"screen": "ride", "ride": ride_name},
            }
            headers = {"Authorization": f"key={FCM_SERVER_KEY}", "Content-Type": "application/json"}
            return requests.post(FCM_URL, data=json.dumps(payload), headers=headers, timeout=10)
    """, s=s), s, "https://firebase.google.com/docs/cloud-messaging/auth-server#authorize-legacy-protocol-send-requests")

    s = p8_key()
    add("p8/apns-key", "app-backend/push/keys/AuthKey_7QK2M9D4XW.p8", s + "\n", s,
        "https://developer.apple.com/documentation/usernotifications/establishing-a-token-based-connection-to-apns")

    m = pw_phrase()
    add("fastlane-env/match-password", "mobile/ios/fastlane/.env.default", T("""
        # fastlane env for the Lagoon Bay iOS app
        APP_IDENTIFIER=com.summitparks.lagoonbay
        APPLE_ID=mobile-releases@summitparks.com
        TEAM_ID=8JQ4W2K7LP
        ITC_TEAM_ID=119842731
        MATCH_GIT_URL=git@github.com:summitparks/ios-certificates.git
        MATCH_TYPE=appstore
        MATCH_PASSWORD=«m»
        FASTLANE_USER=mobile-releases@summitparks.com
        FASTLANE_SKIP_UPDATE_CHECK=1
    """, m=m), m, "https://docs.fastlane.tools/actions/match/#encryption-password")

    s = pw_words()
    add("gradle-kts/keystore-password", "mobile/android/app/build.gradle.kts", T("""
        plugins {
            id("com.android.application")
            id("org.jetbrains.kotlin.android")
            id("com.google.gms.google-services")
        }

        android {
            namespace = "com.summitparks.lagoonbay"
            compileSdk = 34

            defaultConfig {
                applicationId = "com.summitparks.lagoonbay"
                minSdk = 26
                targetSdk = 34
                versionCode = 5120
                versionName = "5.12.0"
            }

            signingConfigs {
                create("release") {
                    storeFile = file("../keystore/lagoonbay-release.jks")
                    storePassword = "«s»"
                    keyAlias = "lagoonbay"
                    keyPassword = "«s»"
                }
            }

            buildTypes {
                release {
                    isMinifyEnabled = true
                    signingConfig = signingConfigs.getByName("release")
                    proguardFiles(getDefaultProguardFile("proguard-android-optimize.txt"), "proguard-rules.pro")
                }
            }
        }
    """, s=s), s, "https://developer.android.com/build/building-cmdline#gradle_signing")

    s = mixed(40)
    add("swift/api-key", "mobile/ios/LagoonBay/Services/ParkAPI.swift", T("""
        import Foundation

        enum ParkAPI {
            static let baseURL = URL(string: "https://api.lagoonbaypark.com/v3")!
            // Server-to-server key for the partner pricing endpoint
            static let pricingKey = "«s»"

            static func dayPrices(for date: Date) async throws -> [DayPrice] {
                var request = URLRequest(url: baseURL.appendingPathComponent("pricing/day"))
                request.setValue(pricingKey, forHTTPHeaderField: "X-Pricing-Key")
                request.setValue("application/json", forHTTPHeaderField: "Accept")
                let (data, response) = try await URLSession.shared.data(for: request)
                guard (response as? HTTPURLResponse)?.statusCode == 200 else {
                    throw URLError(.badServerResponse)
                }
                return try JSONDecoder().decode([DayPrice].self, from: data)
            }
        }
    """, s=s), s, "https://developer.apple.com/documentation/foundation/urlrequest/1408793-setvalue")

    s = b64(uid())
    app_id = uid()
    add("kotlin/onesignal-rest-key", "app-backend/notify/src/main/kotlin/parks/notify/OneSignalSender.kt", T("""
        package parks.notify

        import io.ktor.client.*
        import io.ktor.client.request.*
        import io.ktor.http.*

        class OneSignalSender(private val http: HttpClient) {
            private val appId = "«app_id»"
            private val restApiKey = "«s»"

            suspend fun showReminder(segment: String, showName: String, minutes: Int) {
                http.post("https://onesignal.com/api/v1/notifications") {
                    header(HttpHeaders.Authorization, "Basic $restApiKey")
                    contentType(ContentType.Application.Json)
                    setBody(
                        mapOf(
                            "app_id" to appId,
                            "included_segments" to listOf(segment),
                            "headings" to mapOf("en" to showName),
                            "contents" to mapOf("en" to "Starts in $minutes minutes at the Lagoon Stage"),
                        )
                    )
                }
            }
        }
    """, app_id=app_id, s=s), s, "https://documentation.onesignal.com/reference/create-notification")

    s = mixed(40, B64URL)
    add("github-actions/expo-token", ".github/workflows/mobile-eas-build.yml", T("""
        name: EAS build (park app)
        on:
          push:
            tags: ["app-v*"]

        jobs:
          build:
            runs-on: ubuntu-latest
            env:
              EXPO_TOKEN: «s»
            steps:
              - uses: actions/checkout@v4
              - uses: actions/setup-node@v4
                with:
                  node-version: 20
                  cache: npm
              - uses: expo/expo-github-action@v8
                with:
                  eas-version: latest
                  token: ${{ env.EXPO_TOKEN }}
              - run: npm ci
              - run: eas build --platform all --profile production --non-interactive
    """, s=s), s, "https://docs.expo.dev/accounts/programmatic-access/")

    s = mapbox_token("sk", "summitparks")
    add("gradle-properties/mapbox-downloads", "mobile/android/gradle.properties", T("""
        org.gradle.jvmargs=-Xmx4g -Dfile.encoding=UTF-8
        android.useAndroidX=true
        android.nonTransitiveRClass=true
        kotlin.code.style=official

        # Mapbox Maps SDK download token (needs DOWNLOADS:READ)
        MAPBOX_DOWNLOADS_TOKEN=«s»
    """, s=s), s, "https://docs.mapbox.com/android/maps/guides/install/#configure-credentials")

    s = google_api_key()
    add("go/google-maps-server-key", "app-backend/routing/internal/maps/client.go", T("""
        package maps

        import (
        	"context"

        	"googlemaps.github.io/maps"
        )

        // Server-side key (Directions + Distance Matrix) for hotel shuttle ETAs.
        const serverKey = "«s»"

        func NewClient() (*maps.Client, error) {
        	return maps.NewClient(maps.WithAPIKey(serverKey))
        }

        func ShuttleETA(ctx context.Context, c *maps.Client, hotel string) (int, error) {
        	resp, err := c.DistanceMatrix(ctx, &maps.DistanceMatrixRequest{
        		Origins:      []string{hotel},
        		Destinations: []string{"Lagoon Bay Park Main Gate, San Antonio, TX"},
        		Mode:         maps.TravelModeDriving,
        	})
        	if err != nil {
        		return 0, err
        	}
        	return int(resp.Rows[0].Elements[0].Duration.Minutes()), nil
        }
    """, s=s), s, "https://developers.google.com/maps/documentation/directions/get-api-key")

    ref = draw(20, string.ascii_lowercase)
    s = jwt({"iss": "supabase", "ref": ref, "role": "service_role", "iat": 1712000000, "exp": 2027576000})
    add("dotenv/supabase-service-role", "season-pass/member-portal/.env.local", T("""
        # member portal (season pass renewals, photo upload, visit history)
        NEXT_PUBLIC_SUPABASE_URL=https://«ref».supabase.co
        SUPABASE_SERVICE_ROLE_KEY=«s»
        PASS_RENEWAL_WEBHOOK=/api/renewals
        NEXT_PUBLIC_PARK_NAME="Lagoon Bay"
        PASS_PHOTO_MAX_MB=8
    """, ref=ref, s=s), s, "https://supabase.com/docs/guides/api/api-keys")

    s = mixed(64, B64URL)
    add("dotenv/auth0-client-secret", "season-pass/member-portal/.env.production", T("""
        AUTH0_SECRET=use [openssl rand -hex 32] to generate a 32 bytes value
        AUTH0_BASE_URL=https://members.lagoonbaypark.com
        AUTH0_ISSUER_BASE_URL=https://login.lagoonbaypark.com
        AUTH0_CLIENT_ID=Wq7Zt2LkP9sV4xY1mN6cB3hJ8dF0gR5e
        AUTH0_CLIENT_SECRET=«s»
        AUTH0_AUDIENCE=https://api.lagoonbaypark.com
        AUTH0_SCOPE="openid profile email offline_access"
    """, s=s), s, "https://github.com/auth0/nextjs-auth0#configure-the-application")

    s = okta_token()
    add("terraform/okta-token", "infra/terraform/identity/main.tf", T("""
        terraform {
          required_providers {
            okta = {
              source  = "okta/okta"
              version = "~> 4.8"
            }
          }
        }

        provider "okta" {
          org_name  = "summitparks"
          base_url  = "okta.com"
          api_token = "«s»"
        }

        resource "okta_group" "ride_supervisors" {
          name        = "Ride Supervisors"
          description = "Can acknowledge ride faults in the ops console"
        }

        resource "okta_group" "fnb_managers" {
          name        = "F&B Managers"
          description = "Food outlet managers (POS back office)"
        }
    """, s=s), s, "https://registry.terraform.io/providers/okta/okta/latest/docs#api_token")

    s = azure_client_secret()
    add("appsettings-json/azure-ad-secret", "ops-console/OpsConsole.Web/appsettings.json", T("""
        {
          "AzureAd": {
            "Instance": "https://login.microsoftonline.com/",
            "Domain": "summitparks.onmicrosoft.com",
            "TenantId": "5c1d7f3e-82a4-4b9e-a0c6-1f2e3d4c5b6a",
            "ClientId": "0d9e8f7a-6b5c-4d3e-9f21-a0b1c2d3e4f5",
            "ClientSecret": "«s»",
            "CallbackPath": "/signin-oidc"
          },
          "DownstreamApi": {
            "BaseUrl": "https://graph.microsoft.com/v1.0",
            "Scopes": "User.Read GroupMember.Read.All"
          },
          "AllowedHosts": "*"
        }
    """, s=s), s, "https://learn.microsoft.com/en-us/entra/identity-platform/howto-create-service-principal-portal#option-3-create-a-new-client-secret")

    s = "GOCSPX-" + mixed(28, B64URL)
    add("yaml/google-oauth-secret", "season-pass/backend/config/oauth.yml", T("""
        providers:
          google:
            client_id: 483920174652-q9vd2kf7m1hnb8sl0c3e6tr4pazx5ywu.apps.googleusercontent.com
            client_secret: «s»
            redirect_uri: https://members.lagoonbaypark.com/auth/google/callback
            scopes: [openid, email, profile]
          apple:
            service_id: com.summitparks.lagoonbay.signin
            team_id: 8JQ4W2K7LP
            key_id: 7QK2M9D4XW
            private_key_path: /run/secrets/apple_signin_key
    """, s=s), s, "https://developers.google.com/identity/protocols/oauth2/web-server#creatingcred")

    s = uid()
    add("python/braze-key", "app-backend/crm/braze_sync.py", T("""
        import requests

        BRAZE_REST = "https://rest.iad-05.braze.com"
        BRAZE_API_KEY = "«s»"


        def track_visit(pass_holder_id, visit_date, rides_ridden):
            body = {
                "attributes": [{
                    "external_id": pass_holder_id,
                    "last_visit": visit_date,
                    "visits_this_season": {"inc": 1},
                }],
                "events": [{
                    "external_id": pass_holder_id,
                    "name": "park_visit",
                    "time": visit_date + "T12:00:00Z",
                    "properties": {"rides": rides_ridden},
                }],
            }
            r = requests.post(f"{BRAZE_REST}/users/track", json=body,
                              headers={"Authorization": f"Bearer {BRAZE_API_KEY}"}, timeout=15)
            r.raise_for_status()
    """, s=s), s, "https://www.braze.com/docs/api/basics/#rest-api-key")

    s = sentry_org_token("summitparks")
    add("ini/sentry-auth-token", "mobile/.sentryclirc", T("""
        [defaults]
        url = https://sentry.io/
        org = summitparks
        project = lagoonbay-app

        [auth]
        token = «s»
    """, s=s), s, "https://docs.sentry.io/cli/configuration/#configuration-file")

    key = p8_key()
    asc = {"key_id": "D9F2KQ7W3M", "issuer_id": uid(), "key": key, "duration": 1200, "in_house": False}
    add("json/app-store-connect-key", "mobile/ios/fastlane/asc_api_key.json", json.dumps(asc, indent=2) + "\n",
        key.split("\n")[2], "https://docs.fastlane.tools/app-store-connect-api/#using-fastlane-api-key-json-instead-of-the-method")

    s = pw_words()
    add("shell/wallet-pass-signing", "season-pass/wallet/make_pass.sh", T("""
        #!/usr/bin/env bash
        # Build and sign an Apple Wallet season pass (.pkpass) for one pass holder.
        set -euo pipefail
        PASS_DIR=$1
        OUT=$2
        CERT=certs/pass.com.summitparks.seasonpass.p12

        openssl pkcs12 -in "$CERT" -clcerts -nokeys -out /tmp/passcert.pem -passin pass:«s»
        openssl pkcs12 -in "$CERT" -nocerts -out /tmp/passkey.pem -passin pass:«s» -passout pass:«s»

        (cd "$PASS_DIR" && for f in *.png pass.json; do
          printf '"%s":"%s",' "$f" "$(openssl sha1 "$f" | awk '{print $2}')"
        done) | sed 's/^/{/; s/,$/}/' > "$PASS_DIR/manifest.json"

        openssl smime -binary -sign -certfile certs/AppleWWDRCAG4.pem \\
          -signer /tmp/passcert.pem -inkey /tmp/passkey.pem -passin pass:«s» \\
          -in "$PASS_DIR/manifest.json" -out "$PASS_DIR/signature" -outform DER
        (cd "$PASS_DIR" && zip -q -r "../$OUT" .)
        rm -f /tmp/passcert.pem /tmp/passkey.pem
    """, s=s), s, "https://developer.apple.com/documentation/walletpasses/building-a-pass")

    s = pw_person()
    add("codemagic-yaml/keystore-password", "mobile/codemagic.yaml", T("""
        workflows:
          android-release:
            name: Android release (park app)
            instance_type: mac_mini_m2
            environment:
              vars:
                CM_KEYSTORE_PATH: $CM_BUILD_DIR/keystore/lagoonbay-release.jks
                CM_KEYSTORE_PASSWORD: «s»
                CM_KEY_ALIAS: lagoonbay
                CM_KEY_PASSWORD: «s»
              flutter: stable
            scripts:
              - name: Set up key.properties
                script: |
                  cat >> "$CM_BUILD_DIR/android/key.properties" <<EOF
                  storePassword=$CM_KEYSTORE_PASSWORD
                  keyPassword=$CM_KEY_PASSWORD
                  keyAlias=$CM_KEY_ALIAS
                  storeFile=$CM_KEYSTORE_PATH
                  EOF
              - name: Build AAB
                script: flutter build appbundle --release
            artifacts:
              - build/**/outputs/**/*.aab
    """, s=s), s, "https://docs.codemagic.io/yaml-code-signing/signing-android/")

    s = hexs(32)
    add("javascript/algolia-admin", "web/attractions-search/scripts/reindex.mjs", T("""
        import algoliasearch from 'algoliasearch';
        import { readFile } from 'node:fs/promises';

        // Admin key: only for this reindex script, never ship it to the site.
        const client = algoliasearch('Q7W2ZK4P1M', '«s»');
        const index = client.initIndex('attractions_prod');

        const rides = JSON.parse(await readFile('./data/attractions.json', 'utf8'));
        const records = rides.map((r) => ({
          objectID: r.id,
          name: r.name,
          land: r.land,
          minHeightIn: r.minHeightIn,
          thrill: r.thrillLevel,
          tags: r.tags,
        }));

        await index.replaceAllObjects(records, { safe: true });
        await index.setSettings({ searchableAttributes: ['name', 'tags', 'land'] });
        console.log(`indexed ${records.length} attractions`);
    """, s=s), s, "https://www.algolia.com/doc/guides/security/api-keys/#admin-api-key")


# =============================================================================================
# Maintenance logs, CMMS, alerting, CI/CD and platform: secrets
# =============================================================================================
def _ops_secrets() -> None:
    s = mixed(40)
    add("python/maximo-apikey", "maintenance/maximo/daily_inspection_wo.py", T("""
        # Creates the daily pre-opening inspection work orders in Maximo for every operating ride.
        import datetime as dt

        import requests

        MAXIMO = "https://maximo.parknet.internal/maximo/api/os/mxapiwodetail"
        HEADERS = {
            "apikey": "«s»",
            "Content-Type": "application/json",
            "properties": "wonum,description,status",
        }
        RIDES = ["CYC-01", "DRG-01", "LF-01", "TC-02", "WHEEL-01", "CAR-01"]

        today = dt.date.today().isoformat()
        for asset in RIDES:
            body = {
                "siteid": "LBP",
                "assetnum": asset,
                "description": f"Daily pre-opening inspection {asset} {today}",
                "worktype": "PM",
                "jpnum": f"DAILY-{asset}",
                "targstartdate": f"{today}T06:00:00",
            }
            r = requests.post(MAXIMO, json=body, headers=HEADERS, params={"lean": 1}, timeout=30)
            r.raise_for_status()
            print(asset, r.json().get("wonum"))
    """, s=s), s, "https://www.ibm.com/docs/en/masv-and-l/maximo-manage/cd?topic=apis-api-keys")

    s = "pat" + mixed(14) + "." + hexs(64)
    add("javascript/airtable-pat", "maintenance/ride-logbook/sync.js", T("""
        // Mirrors the ride maintenance logbook (Airtable) into the ops data warehouse every night.
        const Airtable = require('airtable');
        const { Client } = require('pg');

        const base = new Airtable({ apiKey: '«s»' }).base('appR1d3L0gB00k2024');

        async function main() {
          const pg = new Client({ connectionString: process.env.OPS_DW_URL });
          await pg.connect();
          const records = await base('Inspections').select({ view: 'Last 7 days' }).all();
          for (const rec of records) {
            await pg.query(
              'INSERT INTO ride_inspections (id, ride, inspector, result, notes, at) VALUES ($1,$2,$3,$4,$5,$6) ON CONFLICT (id) DO NOTHING',
              [rec.id, rec.get('Ride'), rec.get('Inspector'), rec.get('Result'), rec.get('Notes'), rec.get('Completed')]
            );
          }
          await pg.end();
        }

        main().catch((e) => { console.error(e); process.exit(1); });
    """, s=s), s, "https://airtable.com/developers/web/guides/personal-access-tokens")

    s = "ATATT3xFfGF0" + mixed(171, B64URL) + "=" + draw(8, UPHEX)
    add("python/atlassian-token", "maintenance/jira/ncr_from_inspections.py", T("""
        # Opens a Jira NCR ticket for every failed NDT inspection (ride engineering project RIDEENG)
        from jira import JIRA

        jira = JIRA(
            server="https://summitparks.atlassian.net",
            basic_auth=("ride.eng.bot@summitparks.com", "«s»"),
        )


        def open_ncr(ride, component, finding, inspector):
            return jira.create_issue(
                project="RIDEENG",
                issuetype={"name": "Non-Conformance"},
                summary=f"[{ride}] NDT finding on {component}",
                description=f"{finding}\\n\\nInspector: {inspector}",
                labels=["ndt", ride.lower()],
                priority={"name": "Highest"},
            )
    """, s=s), s, "https://support.atlassian.com/atlassian-account/docs/manage-api-tokens-for-your-atlassian-account/")

    s = mixed(40)
    add("shell/zendesk-token", "guest-services/scripts/export_lost_found.sh", T("""
        #!/usr/bin/env bash
        # Weekly export of Lost & Found tickets for the guest relations review
        set -euo pipefail
        ZD=https://lagoonbaypark.zendesk.com
        SINCE=$(date -d '7 days ago' +%Y-%m-%d)

        curl -sS -u "guest.relations.bot@lagoonbaypark.com/token:«s»" \\
          "${ZD}/api/v2/search.json?query=type:ticket+tags:lost_found+created>${SINCE}" \\
          | jq -r '.results[] | [.id, .created_at, .subject, .status] | @csv' \\
          > "lost_found_${SINCE}.csv"
    """, s=s), s, "https://developer.zendesk.com/api-reference/introduction/security-and-auth/#api-token")

    s = glsa()
    add("python/grafana-token", "ops/grafana/export_dashboards.py", T("""
        import json
        import pathlib

        import requests

        GRAFANA = "https://grafana.ops.parknet.internal"
        TOKEN = "«s»"
        OUT = pathlib.Path("dashboards")

        s = requests.Session()
        s.headers["Authorization"] = f"Bearer {TOKEN}"

        for hit in s.get(f"{GRAFANA}/api/search", params={"type": "dash-db"}).json():
            dash = s.get(f"{GRAFANA}/api/dashboards/uid/{hit['uid']}").json()["dashboard"]
            path = OUT / f"{hit['folderTitle'] or 'General'}" / f"{dash['uid']}.json"
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(json.dumps(dash, indent=2))
    """, s=s), s, "https://grafana.com/docs/grafana/latest/administration/service-accounts/")

    s = hexs(32)
    add("datadog-yaml/api-key", "infra/datadog/datadog.yaml", T("""
        api_key: «s»
        site: datadoghq.com
        hostname_fqdn: true
        tags:
          - park:lagoon-bay
          - team:ride-systems
          - env:prod
        logs_enabled: true
        process_config:
          process_collection:
            enabled: true
        apm_config:
          enabled: true
    """, s=s), s, "https://docs.datadoghq.com/agent/configuration/agent-configuration-files/")

    s = hexs(36) + "NRAL"
    add("ini/newrelic-license", "guest-services/chatbot/newrelic.ini", T("""
        [newrelic]
        license_key = «s»
        app_name = Lagoon Bay Chatbot (prod)
        monitor_mode = true
        log_level = info
        high_security = false
        transaction_tracer.enabled = true
        transaction_tracer.record_sql = obfuscated
        error_collector.enabled = true
        distributed_tracing.enabled = true
    """, s=s), s, "https://docs.newrelic.com/docs/apm/agents/python-agent/configuration/python-agent-configuration/")

    s = hexs(32)
    add("alertmanager/pagerduty-key", "ops/monitoring/alertmanager.yml", T("""
        route:
          receiver: ride-systems-slack
          group_by: [alertname, ride]
          routes:
            - matchers: [severity="page", team="ride-systems"]
              receiver: ride-systems-pagerduty
              continue: true

        receivers:
          - name: ride-systems-pagerduty
            pagerduty_configs:
              - routing_key: «s»
                severity: critical
                description: '{{ .CommonAnnotations.summary }}'
          - name: ride-systems-slack
            slack_configs:
              - api_url_file: /etc/alertmanager/secrets/slack_ride_systems
                channel: '#ride-systems-alerts'
    """, s=s), s, "https://prometheus.io/docs/alerting/latest/configuration/#pagerduty_config")

    s = slack_webhook()
    add("python/slack-webhook", "maintenance/alerts/overdue_pm.py", T("""
        # Posts overdue preventive-maintenance items to #ride-maintenance every morning at 05:30
        import requests

        SLACK_WEBHOOK = "«s»"


        def post_overdue(items):
            if not items:
                return
            lines = [f"*{i['ride']}* - {i['task']} (due {i['due']}, WO {i['wonum']})" for i in items]
            text = ":warning: Overdue PM before opening:\\n" + "\\n".join(lines)
            requests.post(SLACK_WEBHOOK, json={"text": text}, timeout=10).raise_for_status()
    """, s=s), s, "https://api.slack.com/messaging/webhooks")

    s = slack_bot()
    add("yaml/slack-bot-token", "ops/ride-status-bot/config.yaml", T("""
        slack:
          bot_token: «s»
          channel_ops: C04RIDEOPS1
          channel_guest_services: C05GSTSVC02
        sources:
          ride_state_topic: park/rides/+/state
          mqtt_host: mqtt-core.ops.parknet.internal
        messages:
          down: ":red_circle: {ride} is DOWN ({reason})"
          up: ":large_green_circle: {ride} is back up after {minutes} min"
    """, s=s), s, "https://api.slack.com/authentication/token-types#bot")

    s = discord_webhook()
    add("javascript/discord-webhook", "community/coaster-club/bot/announce.js", T("""
        // Coaster club (season-pass holders) Discord: ERT (early ride time) announcements
        const fetch = require('node-fetch');

        const WEBHOOK = '«s»';

        async function announceERT(date, rides) {
          const content = `**Early Ride Time ${date}**\\n` + rides.map((r) => `- ${r}`).join('\\n');
          const res = await fetch(WEBHOOK, {
            method: 'POST',
            headers: { 'Content-Type': 'application/json' },
            body: JSON.stringify({ username: 'Lagoon Bay', content }),
          });
          if (!res.ok) throw new Error(`discord ${res.status}`);
        }

        module.exports = { announceERT };
    """, s=s), s, "https://discord.com/developers/docs/resources/webhook#execute-webhook")

    s = teams_webhook("summitparks")
    add("powershell/teams-webhook", "maintenance/scripts/Send-LotoNotice.ps1", T("""
        # Lockout/tagout notice to the Ride Maintenance Teams channel
        param(
            [Parameter(Mandatory)] [string]$Ride,
            [Parameter(Mandatory)] [string]$Technician,
            [string]$Reason = 'Scheduled maintenance'
        )

        $webhook = '«s»'

        $card = @{
            '@type'    = 'MessageCard'
            '@context' = 'http://schema.org/extensions'
            summary    = "LOTO $Ride"
            themeColor = 'D70000'
            title      = "LOCKOUT/TAGOUT: $Ride"
            text       = "Locked out by **$Technician** at $(Get-Date -Format 'HH:mm'). Reason: $Reason"
        } | ConvertTo-Json

        Invoke-RestMethod -Method Post -Uri $webhook -Body $card -ContentType 'application/json'
    """, s=s), s, "https://learn.microsoft.com/en-us/microsoftteams/platform/webhooks-and-connectors/how-to/add-incoming-webhook")

    s = ("https://chat.googleapis.com/v1/spaces/AAAA" + mixed(7, B64URL) + "/messages?key=AIzaSyDdI0hCZtE6vySjMm-WEfRq3CPzqKqqsHI&token="
         + mixed(43, B64URL) + "%3D")
    add("shell/google-chat-webhook", "fnb/scripts/low_stock_alert.sh", T("""
        #!/bin/sh
        # Cron (every 30 min, 09:00-21:00): tell F&B leads when an outlet is low on a stocked item
        WEBHOOK='«s»'
        LOW=$(psql -At "$FNB_INVENTORY_URL" -c "select outlet||': '||item||' ('||qty||')' from v_low_stock")
        [ -z "$LOW" ] && exit 0
        TEXT=$(printf 'Low stock:\\n%s' "$LOW" | jq -Rs .)
        curl -sS -X POST -H 'Content-Type: application/json; charset=UTF-8' \\
          -d "{\\"text\\": $TEXT}" "$WEBHOOK" > /dev/null
    """, s=s), s, "https://developers.google.com/workspace/chat/quickstart/webhooks")

    s = fakes.telegram_token(_seed())
    add("python/telegram-token", "maintenance/nightcrew-bot/bot.py", T("""
        # Night crew bot: techs send /done <WO> from the ride floor; it closes the work order.
        import logging

        from telegram import Update
        from telegram.ext import Application, CommandHandler, ContextTypes

        from cmms import close_work_order

        BOT_TOKEN = "«s»"
        ALLOWED_CHAT = -1002218874321


        async def done(update: Update, context: ContextTypes.DEFAULT_TYPE):
            if update.effective_chat.id != ALLOWED_CHAT or not context.args:
                return
            wonum = context.args[0]
            close_work_order(wonum, by=update.effective_user.full_name)
            await update.message.reply_text(f"WO {wonum} closed")


        if __name__ == "__main__":
            logging.basicConfig(level=logging.INFO)
            app = Application.builder().token(BOT_TOKEN).build()
            app.add_handler(CommandHandler("done", done))
            app.run_polling()
    """, s=s), s, "https://core.telegram.org/bots/api#authorizing-your-bot")

    s = fakes.github_token(_seed())
    add("shell/github-token", "infra/scripts/mirror-vendor-docs.sh", T("""
        #!/usr/bin/env bash
        # Mirror the ride manufacturers' manuals repo (private) onto the maintenance file server
        set -e
        cd /srv/manuals
        if [ ! -d ride-manuals ]; then
          git clone https://rideeng-bot:«s»@github.com/summitparks/ride-manuals.git
        fi
        cd ride-manuals
        git pull --ff-only
        rsync -a --delete pdf/ /mnt/maint-share/Manuals/
    """, s=s), s, "https://docs.github.com/en/authentication/keeping-your-account-and-data-secure/managing-your-personal-access-tokens")

    s = gitlab_pat()
    add("gitlab-ci/gitlab-token", "ops/hmi-screens/.gitlab-ci.yml", T("""
        stages: [build, release]

        variables:
          GIT_DEPTH: "1"
          RELEASE_TOKEN: «s»

        build-screens:
          stage: build
          image: mcr.microsoft.com/dotnet/sdk:8.0
          script:
            - dotnet publish HmiScreens.csproj -c Release -o out
          artifacts:
            paths: [out/]

        release:
          stage: release
          image: registry.gitlab.com/gitlab-org/release-cli:latest
          rules:
            - if: $CI_COMMIT_TAG
          script:
            - >
              curl --header "PRIVATE-TOKEN: $RELEASE_TOKEN"
              --upload-file out/HmiScreens.zip
              "$CI_API_V4_URL/projects/$CI_PROJECT_ID/packages/generic/hmi/$CI_COMMIT_TAG/HmiScreens.zip"
    """, s=s), s, "https://docs.gitlab.com/ee/user/profile/personal_access_tokens.html")

    s = "npm_" + mixed(36)
    add("npmrc/npm-token", "app-backend/.npmrc", T("""
        # publish token for the @summitparks scope (shared SDK packages)
        @summitparks:registry=https://registry.npmjs.org/
        //registry.npmjs.org/:_authToken=«s»
        save-exact=true
        engine-strict=true
    """, s=s), s, "https://docs.npmjs.com/cli/v10/configuring-npm/npmrc#auth-related-configuration")

    s = fakes.pypi_token(_seed())
    add("pypirc/pypi-token", "tools/ride-telemetry-sdk/.pypirc", T("""
        [distutils]
        index-servers =
            pypi
            parkops

        [pypi]
        username = __token__
        password = «s»

        [parkops]
        repository = https://pkgs.parknet.internal/simple/
        username = ci
    """, s=s), s, "https://packaging.python.org/en/latest/specifications/pypirc/")

    user, pw = "parkops-ci", pw_gen(20)
    auth = b64(f"{user}:{pw}")
    add("docker-config/auths", "infra/ci/runner/docker-config.json", T("""
        {
          "auths": {
            "registry.parknet.internal": {
              "auth": "«auth»"
            },
            "https://index.docker.io/v1/": {}
          },
          "credsStore": "",
          "HttpHeaders": {
            "User-Agent": "Docker-Client/24.0.7 (linux)"
          }
        }
    """, auth=auth), auth, "https://docs.docker.com/reference/cli/docker/login/#credential-stores")

    s = docker_pat()
    add("shell-history/docker-pat", "infra/notes/bash_history_buildhost.txt", T("""
        cd ~/src/virtual-queue-api
        git pull
        docker build -t summitparks/virtual-queue-api:2.9.1 .
        echo «s» | docker login -u summitparksci --password-stdin
        docker push summitparks/virtual-queue-api:2.9.1
        docker logout
        history -w
    """, s=s), s, "https://docs.docker.com/security/for-developers/access-tokens/")

    s = vault_token()
    add("makefile/vault-token", "infra/secrets-bootstrap/Makefile", T("""
        VAULT_ADDR ?= https://vault.parknet.internal:8200
        VAULT_TOKEN ?= «s»
        export VAULT_ADDR VAULT_TOKEN

        .PHONY: policies roles all

        all: policies roles

        policies:
        	vault policy write ride-telemetry policies/ride-telemetry.hcl
        	vault policy write virtual-queue policies/virtual-queue.hcl
        	vault policy write fnb-pos policies/fnb-pos.hcl

        roles:
        	vault write auth/kubernetes/role/virtual-queue \\
        		bound_service_account_names=virtual-queue-api \\
        		bound_service_account_namespaces=queue \\
        		policies=virtual-queue ttl=1h
    """, s=s), s, "https://developer.hashicorp.com/vault/docs/concepts/tokens")

    s = tfc_token()
    add("terraformrc/tfc-token", "infra/ci/terraformrc", T("""
        plugin_cache_dir = "$HOME/.terraform.d/plugin-cache"
        disable_checkpoint = true

        credentials "app.terraform.io" {
          token = "«s»"
        }
    """, s=s), s, "https://developer.hashicorp.com/terraform/cli/config/config-file#credentials")

    s = mixed(40, B64URL)
    add("github-actions/cloudflare-token", ".github/workflows/deploy-park-site.yml", T("""
        name: Deploy park website
        on:
          push:
            branches: [main]
            paths: ["web/park-site-static/**"]

        jobs:
          deploy:
            runs-on: ubuntu-latest
            steps:
              - uses: actions/checkout@v4
              - run: npm ci && npm run build
                working-directory: web/park-site-static
              - name: Publish to Cloudflare Pages
                uses: cloudflare/wrangler-action@v3
                with:
                  apiToken: «s»
                  accountId: 4f9e2c1b7a3d5e6f8091a2b3c4d5e6f7
                  command: pages deploy web/park-site-static/dist --project-name=lagoonbay-site
    """, s=s), s, "https://developers.cloudflare.com/fundamentals/api/get-started/create-token/")

    s = pw_gen(18)
    add("k8s-secret/postgres-base64", "deploy/k8s/queue/virtual-queue-db-secret.yaml", T("""
        apiVersion: v1
        kind: Secret
        metadata:
          name: virtual-queue-db
          namespace: queue
          labels:
            app.kubernetes.io/name: virtual-queue-api
        type: Opaque
        data:
          PGHOST: «host»
          PGUSER: «user»
          PGPASSWORD: «pw»
          PGDATABASE: «db»
    """, host=b64("vq-db.queue.svc.cluster.local"), user=b64("vq_app"), pw=b64(s), db=b64("virtual_queue")),
        s, "https://kubernetes.io/docs/concepts/configuration/secret/#working-with-secrets")

    s = pw_gen(20)
    add("helm-values/rabbitmq-password", "deploy/helm/scan-events/values-prod.yaml", T("""
        replicaCount: 3
        image:
          repository: registry.parknet.internal/ticketing/scan-events
          tag: 4.2.0
        resources:
          requests: { cpu: 200m, memory: 384Mi }
          limits: { memory: 768Mi }

        rabbitmq:
          host: mq.parknet.internal
          port: 5671
          vhost: admissions
          username: scan_events
          password: «s»

        ingress:
          enabled: false
        nodeSelector:
          park.summitparks.com/zone: admissions
    """, s=s), s, "https://helm.sh/docs/chart_template_guide/values_files/")

    s = pw_words()
    add("jenkinsfile/sshpass", "hmi/Jenkinsfile", T("""
        pipeline {
            agent { label 'windows-build' }
            stages {
                stage('Build') {
                    steps { bat 'msbuild HmiRuntime.sln /p:Configuration=Release' }
                }
                stage('Deploy to test panel') {
                    agent { label 'linux' }
                    steps {
                        sh '''
                            sshpass -p '«s»' scp -o StrictHostKeyChecking=no \\
                                build/HmiRuntime.zip rideeng@10.40.99.15:/opt/hmi/incoming/
                            sshpass -p '«s»' ssh rideeng@10.40.99.15 'sudo /opt/hmi/install.sh'
                        '''
                    }
                }
            }
        }
    """, s=s), s, "https://linux.die.net/man/1/sshpass")

    s = pw_gen(16, "!@")
    add("azure-pipelines/sql-password", "pos/GateCashier/azure-pipelines.yml", T("""
        trigger:
          branches:
            include: [main]

        pool:
          vmImage: windows-latest

        variables:
          buildConfiguration: Release
          dbServer: adm-sql01.parknet.internal
          dbUser: deploy_migrations
          dbPassword: '«s»'

        steps:
          - task: UseDotNet@2
            inputs:
              version: 8.x
          - script: dotnet build --configuration $(buildConfiguration)
          - script: >
              dotnet ef database update
              --connection "Server=$(dbServer);Database=GateCashier;User Id=$(dbUser);Password=$(dbPassword);TrustServerCertificate=True"
            displayName: Apply migrations
    """, s=s), s, "https://learn.microsoft.com/en-us/azure/devops/pipelines/process/variables")

    s = pw_gen(18)
    add("netrc/password", "infra/ci/runner/netrc", T("""
        machine pkgs.parknet.internal
        login ci-reader
        password «s»

        machine artifacts.ridevendor.example
        login summitparks
        password «s»
    """, s=s), s, "https://www.gnu.org/software/inetutils/manual/html_node/The-_002enetrc-file.html")

    s = pw_words()
    add("pgpass/password", "analytics/etl/pgpass", T("""
        # ~/.pgpass for the nightly ETL user on etl01 (chmod 0600)
        # hostname:port:database:username:password
        dw.parknet.internal:5432:park_dw:etl_loader:«s»
        dw-replica.parknet.internal:5432:park_dw:etl_loader:«s»
        localhost:5432:*:postgres:*
        # staging dw has its own entry in the staging host's file
    """, s=s), s, "https://www.postgresql.org/docs/current/libpq-pgpass.html")

    s = pw_person()
    add("my-cnf/password", "maintenance/cmms-backup/my.cnf", T("""
        [client]
        host=cmms-db.parknet.internal
        user=cmms_backup
        password="«s»"
        default-character-set=utf8mb4

        [mysqldump]
        single-transaction
        routines
        triggers
    """, s=s), s, "https://dev.mysql.com/doc/refman/8.0/en/option-files.html")

    s = pw_gen(22)
    add("maven-settings/password", "ticketing/.mvn/settings.xml", T("""
        <settings xmlns="http://maven.apache.org/SETTINGS/1.0.0">
          <servers>
            <server>
              <id>parkops-releases</id>
              <username>ci-publisher</username>
              <password>«s»</password>
            </server>
          </servers>
          <mirrors>
            <mirror>
              <id>parkops-releases</id>
              <mirrorOf>*</mirrorOf>
              <url>https://pkgs.parknet.internal/repository/maven-public/</url>
            </mirror>
          </mirrors>
        </settings>
    """, s=s), s, "https://maven.apache.org/settings.html#servers")

    s = pw_gen(20)
    add("nuget-config/cleartext-password", "pos/NuGet.config", T("""
        <?xml version="1.0" encoding="utf-8"?>
        <configuration>
          <packageSources>
            <clear />
            <add key="nuget.org" value="https://api.nuget.org/v3/index.json" />
            <add key="ParkOps" value="https://pkgs.parknet.internal/repository/nuget-hosted/index.json" />
          </packageSources>
          <packageSourceCredentials>
            <ParkOps>
              <add key="Username" value="ci-reader" />
              <add key="ClearTextPassword" value="«s»" />
            </ParkOps>
          </packageSourceCredentials>
        </configuration>
    """, s=s), s, "https://learn.microsoft.com/en-us/nuget/reference/nuget-config-file#packagesourcecredentials")

    s = pw_gen(20)
    add("pip-conf/index-credentials", "tools/ride-telemetry-sdk/pip.conf", T("""
        [global]
        index-url = https://ci-reader:«s»@pkgs.parknet.internal/repository/pypi-group/simple
        trusted-host = pkgs.parknet.internal
        timeout = 60

        [install]
        no-warn-script-location = true
    """, s=s), s, "https://pip.pypa.io/en/stable/topics/configuration/")

    s = pw_gen(20)
    add("filebeat/elastic-password", "ops/logging/filebeat.yml", T("""
        filebeat.inputs:
          - type: filestream
            id: hmi-runtime
            paths: ['C:/HMI/Runtime/logs/*.log']
            fields: { source: hmi, zone: B }
          - type: filestream
            id: gatebridge
            paths: ['C:/ProgramData/GateBridge/logs/*.log']
            fields: { source: turnstiles }

        output.elasticsearch:
          hosts: ["https://logs.parknet.internal:9200"]
          username: "filebeat_writer"
          password: "«s»"
          ssl.certificate_authorities: ["C:/ProgramData/filebeat/park-ca.crt"]
    """, s=s), s, "https://www.elastic.co/guide/en/beats/filebeat/current/elasticsearch-output.html")

    s = uid()
    add("python/splunk-hec", "ops/logging/ride_faults_to_splunk.py", T("""
        import json
        import socket

        import paho.mqtt.client as mqtt
        import requests

        HEC_URL = "https://splunk-hec.parknet.internal:8088/services/collector/event"
        HEC_TOKEN = "«s»"


        def on_message(client, userdata, msg):
            event = {
                "host": socket.gethostname(),
                "sourcetype": "ride:fault",
                "index": "ride_ops",
                "event": json.loads(msg.payload),
            }
            requests.post(HEC_URL, json=event, headers={"Authorization": f"Splunk {HEC_TOKEN}"},
                          verify="/etc/ssl/park-ca.crt", timeout=5)


        c = mqtt.Client()
        c.on_message = on_message
        c.connect("10.40.2.10", 1883)
        c.subscribe("rides/+/faults", qos=1)
        c.loop_forever()
    """, s=s), s, "https://docs.splunk.com/Documentation/Splunk/latest/Data/UsetheHTTPEventCollector")

    s = pw_words()
    add("markdown/runbook-password", "docs/runbooks/ride-scada-restore.md", T("""
        # Restoring the ride SCADA gateway

        Use this when `ride-scada-gw` will not start after a power event.

        1. Log in to the gateway host `scada-host-01` (10.40.1.30) as `rideeng`.
        2. `cd /opt/ride-scada && docker compose down`
        3. Copy the last good backup from `\\\\eng-fs01\\ScadaBackups\\` into `./backups/`.
        4. `docker compose up -d` and wait for the gateway page on http://10.40.1.30:8088.
        5. Sign in to the gateway web page:
           - user: `rideadmin`
           - password: `«s»`
        6. Status -> Connections -> Devices: all PLCs must show *Connected* before the rides open.

        Call the ride systems on-call if any PLC stays *Faulted* for more than 5 minutes.
    """, s=s), s, "https://docs.inductiveautomation.com/docs/8.1/platform/gateway/gateway-backup-and-restore")

    s = pw_gen(14)
    add("shell-history/mysql-password", "maintenance/notes/cmms-upgrade-history.txt", T("""
          112  sudo systemctl stop cmms-web
          113  mysqldump -h cmms-db.parknet.internal -u cmms_admin -p«s» --single-transaction cmms > cmms_pre_upgrade.sql
          114  ls -lh cmms_pre_upgrade.sql
          115  sudo dpkg -i cmms-web_7.4.2_amd64.deb
          116  mysql -h cmms-db.parknet.internal -u cmms_admin -p«s» cmms < /opt/cmms/migrations/7.4.2.sql
          117  sudo systemctl start cmms-web
          118  curl -s localhost:8080/health
    """, s=s), s, "https://dev.mysql.com/doc/refman/8.0/en/connection-options.html#option_general_password")

    s = pw_phrase()
    add("ansible-inventory/become-password", "ansible/inventories/prod/hosts.ini", T("""
        [ride_gateways]
        gw-zone-a ansible_host=10.40.10.5
        gw-zone-b ansible_host=10.40.20.5
        gw-zone-c ansible_host=10.40.30.5

        [hmi_panels]
        hmi-cyc-01 ansible_host=10.40.11.20
        hmi-drg-01 ansible_host=10.40.12.20

        [ride_gateways:vars]
        ansible_user=rideeng
        ansible_become=true
        ansible_become_password=«s»

        [hmi_panels:vars]
        ansible_connection=winrm
        ansible_winrm_transport=ntlm
    """, s=s), s, "https://docs.ansible.com/ansible/latest/inventory_guide/intro_inventory.html#connecting-to-hosts-behavioral-inventory-parameters")

    s = pem("RSA", 25)
    add("k8s-secret/tls-private-key", "deploy/k8s/ticketing/partner-api-tls.yaml", T("""
        apiVersion: v1
        kind: Secret
        metadata:
          name: partner-api-tls
          namespace: ticketing
        type: kubernetes.io/tls
        stringData:
          tls.crt: |
            -----BEGIN CERTIFICATE-----
            MIIDdzCCAl+gAwIBAgIUYq3k1mQ0cVd9s1kR1Wc8bR2b6QmowDQYJKoZIhvcNAQEL
            BQAwGjEYMBYGA1UEAwwPcGFydG5lcnMubGFnb29u
            -----END CERTIFICATE-----
          tls.key: |
            «key»
    """, key=ind(s, 4)), s, "https://kubernetes.io/docs/concepts/configuration/secret/#tls-secrets")


# =============================================================================================
# Credentials split across string literals (as line-length linters make people write them)
# =============================================================================================
def _split_secrets() -> None:
    s = square_token()
    add("python/split-square-token", "pos/cart-sync/cart_sync/square_client.py", T("""
        from square.client import Client

        # Churro & funnel-cake carts (Square Terminal). Token split to keep flake8 quiet.
        SQUARE_ACCESS_TOKEN = (
            "«a»"
            "«b»"
        )

        client = Client(access_token=SQUARE_ACCESS_TOKEN, environment="production")


        def todays_orders(location_id, begin_iso):
            body = {
                "location_ids": [location_id],
                "query": {"filter": {"date_time_filter": {"created_at": {"start_at": begin_iso}}}},
            }
            result = client.orders.search_orders(body=body)
            if result.is_error():
                raise RuntimeError(result.errors)
            return result.body.get("orders", [])
    """, a=s[:34], b=s[34:]), s, "https://developer.squareup.com/docs/build-basics/access-tokens")

    s = stripe_secret()
    add("java/split-stripe-key", "pos/food-outlets/src/main/java/com/summitparks/fnb/StripeTerminalConfig.java", T("""
        package com.summitparks.fnb;

        import com.stripe.Stripe;
        import jakarta.annotation.PostConstruct;
        import org.springframework.context.annotation.Configuration;

        @Configuration
        public class StripeTerminalConfig {

            // Stripe Terminal readers in the water-park cabanas (BBPOS WisePOS E)
            private static final String STRIPE_KEY =
                    "«a»" +
                    "«b»" +
                    "«c»";

            @PostConstruct
            void init() {
                Stripe.apiKey = STRIPE_KEY;
                Stripe.setMaxNetworkRetries(2);
            }
        }
    """, a=s[:40], b=s[40:80], c=s[80:]), s, "https://docs.stripe.com/terminal/quickstart")

    s = pw_words()
    add("csharp/split-connection-string", "gates/GateEvents/Data/ScanArchive.cs", T("""
        using Microsoft.Data.SqlClient;

        namespace GateEvents.Data;

        public static class ScanArchive
        {
            private const string ConnectionString =
                "Server=tcp:adm-sql02.parknet.internal,1433;Database=ScanArchive;" +
                "User ID=scan_archiver;Password=«s»;" +
                "Encrypt=True;TrustServerCertificate=True;Connect Timeout=15;";

            public static async Task ArchiveAsync(IEnumerable<Scan> scans)
            {
                await using var conn = new SqlConnection(ConnectionString);
                await conn.OpenAsync();
                foreach (var scan in scans)
                {
                    await using var cmd = new SqlCommand(
                        "INSERT INTO dbo.Scans (ScanId, Lane, Barcode, At) VALUES (@id, @lane, @code, @at)", conn);
                    cmd.Parameters.AddWithValue("@id", scan.ScanId);
                    cmd.Parameters.AddWithValue("@lane", scan.Lane);
                    cmd.Parameters.AddWithValue("@code", scan.Barcode);
                    cmd.Parameters.AddWithValue("@at", scan.At);
                    await cmd.ExecuteNonQueryAsync();
                }
            }
        }
    """, s=s), s, "https://learn.microsoft.com/en-us/dotnet/api/microsoft.data.sqlclient.sqlconnection.connectionstring")

    s = hexs(32)
    add("shell/split-line-continuation", "ops/wind-monitor/check_station.sh", T("""
        #!/bin/sh
        # Manual check of the park weather station feed (Davis WeatherLink v2)
        STATION=214409
        TS=$(date +%s)
        curl -s "https://api.weatherlink.com/v2/current/${STATION}?api-key=m3xqz8v1k5trb2wn9cjd7hfp4ylsg6ae&t=${TS}" \\
          -H "X-Api-Secret: «a»\\
        «b»" \\
          | jq '.sensors[] | select(.sensor_type==37) | .data[0] | {wind_speed_last, wind_speed_hi_last_2_min}'
    """, a=s[:16], b=s[16:]), s, "https://weatherlink.github.io/v2-api/authentication")


# =============================================================================================
# Decoys: references, placeholders, ciphertext, hashes, public identifiers
# =============================================================================================
def _decoys_references() -> None:
    add("dotenv/decoy-placeholder", "queue/virtual-queue-api/.env.example", T("""
        # Copy to .env and fill in from the "virtual-queue" entry in 1Password
        NODE_ENV=development
        PORT=8080
        DATABASE_URL=postgresql://vq_app:<password>@localhost:5432/virtual_queue
        REDIS_URL=redis://localhost:6379/0
        JWT_SECRET=change-me
        TWILIO_ACCOUNT_SID=ACxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx
        TWILIO_AUTH_TOKEN=your_auth_token
        RETURN_WINDOW_MINUTES=15
    """), None, "https://github.com/motdotla/dotenv#usage")

    add("helm-values/decoy-existing-secret", "deploy/helm/virtual-queue/values.yaml", T("""
        replicaCount: 2
        image:
          repository: registry.parknet.internal/queue/virtual-queue-api
          tag: ""   # defaults to .Chart.AppVersion

        database:
          host: vq-db.queue.svc.cluster.local
          name: virtual_queue
          user: vq_app
          # password comes from an existing Secret, never from values
          existingSecret: virtual-queue-db
          existingSecretPasswordKey: PGPASSWORD

        redis:
          url: redis://vq-cache.queue.svc.cluster.local:6379/0
          auth:
            existingSecret: vq-cache
            existingSecretPasswordKey: redis-password

        jwt:
          secretRef:
            name: vq-jwt
            key: signing-key
    """), None, "https://helm.sh/docs/chart_best_practices/values/")

    add("helm-template/decoy-template", "deploy/helm/scan-events/templates/secret.yaml", T("""
        apiVersion: v1
        kind: Secret
        metadata:
          name: {{ include "scan-events.fullname" . }}
          labels:
            {{- include "scan-events.labels" . | nindent 4 }}
        type: Opaque
        data:
          RABBITMQ_USERNAME: {{ .Values.rabbitmq.username | b64enc | quote }}
          RABBITMQ_PASSWORD: {{ required "rabbitmq.password is required" .Values.rabbitmq.password | b64enc | quote }}
          {{- if .Values.kafka.enabled }}
          KAFKA_SASL_PASSWORD: {{ .Values.kafka.saslPassword | b64enc | quote }}
          {{- end }}
    """), None, "https://helm.sh/docs/chart_template_guide/function_list/#b64enc")

    add("k8s-externalsecret/decoy-reference", "deploy/k8s/fnb/pos-bridge-externalsecret.yaml", T("""
        apiVersion: external-secrets.io/v1beta1
        kind: ExternalSecret
        metadata:
          name: pos-bridge
          namespace: fnb
        spec:
          refreshInterval: 1h
          secretStoreRef:
            name: aws-secrets-manager
            kind: ClusterSecretStore
          target:
            name: pos-bridge
            creationPolicy: Owner
          data:
            - secretKey: SIMPHONY_DB_PASSWORD
              remoteRef:
                key: prod/fnb/simphony-reporting
                property: password
            - secretKey: ADYEN_API_KEY
              remoteRef:
                key: prod/fnb/adyen
                property: api_key
    """), None, "https://external-secrets.io/latest/api/externalsecret/")

    enc = "AgB" + draw(600, B64)
    enc2 = "AgC" + draw(400, B64)
    add("sealed-secret/decoy-ciphertext", "deploy/k8s/ticketing/partner-api-sealedsecret.yaml", T("""
        apiVersion: bitnami.com/v1alpha1
        kind: SealedSecret
        metadata:
          name: partner-api
          namespace: ticketing
        spec:
          encryptedData:
            PARTNER_SIGNING_KEY: «a»
            DB_PASSWORD: «b»
          template:
            metadata:
              name: partner-api
              namespace: ticketing
            type: Opaque
    """, a=enc, b=enc2), None, "https://github.com/bitnami-labs/sealed-secrets#usage")

    def sops(n: int) -> str:
        return f"ENC[AES256_GCM,data:{draw(n, B64)}=,iv:{draw(43, B64)}=,tag:{draw(22, B64)}==,type:str]"
    add("sops-yaml/decoy-encrypted", "deploy/secrets/prod/ride-telemetry.enc.yaml", T("""
        mqtt:
            username: ENC[AES256_GCM,data:3bq0C8YfLq0=,iv:Ck2kR8m1lJmX0f9w6kq3t2y7lKc6l5x0o6cQm4bHk1I=,tag:p1b7L4gqkqYB4oCq0mS7Gg==,type:str]
            password: «a»
        influx:
            token: «b»
        sops:
            kms:
                - arn: arn:aws:kms:us-east-1:492817364510:key/6f1d2c3b-4a5e-4f70-8a9b-0c1d2e3f4a5b
                  created_at: "2024-03-11T14:02:51Z"
                  enc: «c»
                  aws_profile: ""
            lastmodified: "2024-03-11T14:02:52Z"
            mac: «d»
            unencrypted_suffix: _unencrypted
            version: 3.8.1
    """, a=sops(28), b=sops(118), c="AQICAHh" + draw(177, B64) + "=", d=sops(86).replace("type:str", "type:str")), None,
        "https://github.com/getsops/sops#encrypting-using-aws-kms")

    lines = [draw(80, HEX) for _ in range(9)] + [draw(42, HEX)]
    add("ansible-vault/decoy-encrypted", "ansible/group_vars/ride_gateways/vault.yml",
        "$ANSIBLE_VAULT;1.1;AES256\n" + "\n".join(lines) + "\n", None,
        "https://docs.ansible.com/ansible/latest/vault_guide/vault_using_encrypted_content.html")

    add("terraform/decoy-secrets-manager", "infra/terraform/ticketing/db.tf", T("""
        resource "random_password" "admissions_db" {
          length           = 32
          special          = true
          override_special = "!#%*-_=+"
        }

        resource "aws_secretsmanager_secret" "admissions_db" {
          name       = "prod/ticketing/admissions-db"
          kms_key_id = aws_kms_key.ticketing.arn
        }

        resource "aws_secretsmanager_secret_version" "admissions_db" {
          secret_id = aws_secretsmanager_secret.admissions_db.id
          secret_string = jsonencode({
            username = "admissions_app"
            password = random_password.admissions_db.result
          })
        }

        resource "aws_db_instance" "admissions" {
          identifier              = "admissions-prod"
          engine                  = "postgres"
          engine_version          = "16.3"
          instance_class          = "db.r6g.large"
          username                = "admissions_app"
          password                = random_password.admissions_db.result
          backup_retention_period = 14
          deletion_protection     = true
        }
    """), None, "https://registry.terraform.io/providers/hashicorp/random/latest/docs/resources/password")

    add("terraform-vars/decoy-sensitive-variable", "infra/terraform/identity/variables.tf", T("""
        variable "okta_api_token" {
          description = "Okta API token for the summitparks org (set TF_VAR_okta_api_token in CI)"
          type        = string
          sensitive   = true
        }

        variable "okta_org_name" {
          type    = string
          default = "summitparks"
        }

        variable "ride_supervisor_group_id" {
          type    = string
          default = "00g8x2k1p9ZqRb4Tl697"
        }
    """), None, "https://developer.hashicorp.com/terraform/language/values/variables#suppressing-values-in-cli-output")

    add("github-actions/decoy-secrets-context", ".github/workflows/ticketing-deploy.yml", T("""
        name: Deploy ticketing
        on:
          push:
            branches: [main]
            paths: ["ticketing/**"]

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
                  role-to-assume: arn:aws:iam::492817364510:role/gha-ticketing-deploy
                  aws-region: us-east-1
              - name: Migrate
                env:
                  DATABASE_URL: ${{ secrets.ADMISSIONS_DATABASE_URL }}
                  STRIPE_SECRET_KEY: ${{ secrets.STRIPE_SECRET_KEY }}
                run: |
                  cd ticketing/checkout
                  pip install -r requirements.txt
                  python manage.py migrate --noinput
              - run: ./ticketing/deploy.sh
                env:
                  SENTRY_AUTH_TOKEN: ${{ secrets.SENTRY_AUTH_TOKEN }}
    """), None, "https://docs.github.com/en/actions/security-for-github-actions/security-guides/using-secrets-in-github-actions")

    add("gitlab-ci/decoy-ci-variables", "pos/simphony/.gitlab-ci.yml", T("""
        stages: [test, deploy]

        test:
          stage: test
          image: python:3.11
          script:
            - pip install -r requirements.txt
            - pytest -q

        deploy:
          stage: deploy
          image: alpine:3.20
          only: [main]
          before_script:
            - apk add --no-cache openssh-client
            - eval $(ssh-agent -s)
            - echo "$DEPLOY_SSH_KEY" | tr -d '\\r' | ssh-add -
          script:
            - ssh -o StrictHostKeyChecking=accept-new deploy@etl01.fnb.parknet.internal "cd /opt/simphony-extract && git pull"
            - ssh deploy@etl01.fnb.parknet.internal "echo \\"$SIMPHONY_DB_PASSWORD\\" | sudo tee /etc/simphony-extract/db.pass > /dev/null"
    """), None, "https://docs.gitlab.com/ee/ci/variables/")

    add("python/decoy-environ", "ticketing/checkout/settings_secrets.py", T("""
        import os

        from django.core.exceptions import ImproperlyConfigured


        def env(name, default=None, required=True):
            value = os.environ.get(name, default)
            if required and not value:
                raise ImproperlyConfigured(f"missing environment variable {name}")
            return value


        SECRET_KEY = env("DJANGO_SECRET_KEY")
        STRIPE_SECRET_KEY = env("STRIPE_SECRET_KEY")
        STRIPE_WEBHOOK_SECRET = env("STRIPE_WEBHOOK_SECRET")
        STRIPE_PUBLISHABLE_KEY = env("STRIPE_PUBLISHABLE_KEY")
        DATABASE_PASSWORD = env("DATABASE_PASSWORD")
        SENDGRID_API_KEY = env("SENDGRID_API_KEY", required=False)
    """), None, "https://docs.djangoproject.com/en/5.0/howto/deployment/checklist/#secret-key")

    add("go/decoy-vault-lookup", "services/ride-state/internal/secrets/vault.go", T("""
        package secrets

        import (
        	"context"
        	"fmt"

        	vault "github.com/hashicorp/vault/api"
        	auth "github.com/hashicorp/vault/api/auth/kubernetes"
        )

        // BrokerPassword reads the MQTT password for the ride-state service from Vault.
        func BrokerPassword(ctx context.Context) (string, error) {
        	client, err := vault.NewClient(vault.DefaultConfig())
        	if err != nil {
        		return "", err
        	}
        	k8s, err := auth.NewKubernetesAuth("ride-state")
        	if err != nil {
        		return "", err
        	}
        	if _, err := client.Auth().Login(ctx, k8s); err != nil {
        		return "", err
        	}
        	s, err := client.KVv2("ride-systems").Get(ctx, "mqtt/ride-state-svc")
        	if err != nil {
        		return "", err
        	}
        	pw, ok := s.Data["password"].(string)
        	if !ok {
        		return "", fmt.Errorf("mqtt/ride-state-svc: no password field")
        	}
        	return pw, nil
        }
    """), None, "https://developer.hashicorp.com/vault/docs/platform/k8s/injector/examples")

    add("java/decoy-value-injection", "ticketing/scan-events/src/main/java/com/summitparks/scan/MqConfig.java", T("""
        package com.summitparks.scan;

        import org.springframework.amqp.rabbit.connection.CachingConnectionFactory;
        import org.springframework.beans.factory.annotation.Value;
        import org.springframework.context.annotation.Bean;
        import org.springframework.context.annotation.Configuration;

        @Configuration
        public class MqConfig {

            @Value("${scan.mq.host}")
            private String host;

            @Value("${scan.mq.username}")
            private String username;

            @Value("${scan.mq.password}")
            private String password;

            @Bean
            public CachingConnectionFactory connectionFactory() {
                CachingConnectionFactory factory = new CachingConnectionFactory(host);
                factory.setUsername(username);
                factory.setPassword(password);
                factory.setVirtualHost("admissions");
                return factory;
            }
        }
    """), None, "https://docs.spring.io/spring-framework/reference/core/beans/annotation-config/value-annotations.html")

    add("csharp/decoy-keyvault", "ops-console/OpsConsole.Web/Program.cs", T("""
        using Azure.Identity;
        using Azure.Security.KeyVault.Secrets;

        var builder = WebApplication.CreateBuilder(args);

        var vaultUri = new Uri("https://kv-parkops-prod.vault.azure.net/");
        builder.Configuration.AddAzureKeyVault(vaultUri, new DefaultAzureCredential());

        var secrets = new SecretClient(vaultUri, new DefaultAzureCredential());
        KeyVaultSecret mqtt = await secrets.GetSecretAsync("ops-console-mqtt-password");

        builder.Services.AddSingleton(new MqttSettings
        {
            Host = "mqtt-core.ops.parknet.internal",
            Username = "ops-console",
            Password = mqtt.Value,
        });

        var app = builder.Build();
        app.MapGet("/healthz", () => "ok");
        app.Run();
    """), None, "https://learn.microsoft.com/en-us/aspnet/core/security/key-vault-configuration")

    add("powershell/decoy-secret-store", "hmi/scripts/Connect-EngShare.ps1", T(r"""
        # Maps the ride engineering share using the credential stored in the local SecretStore vault.
        # One-time setup on a panel:  Set-Secret -Name EngShare -Secret (Get-Credential) -Vault HmiVault
        Import-Module Microsoft.PowerShell.SecretManagement

        $cred = Get-Secret -Name 'EngShare' -Vault 'HmiVault'
        if (-not $cred) {
            $cred = Get-Credential -Message 'Ride engineering share (PARKOPS\svc_hmisync)'
        }

        New-PSDrive -Name ENG -PSProvider FileSystem -Root '\\eng-fs01\RideRecipes' -Credential $cred -Persist
        Write-Host 'ENG: mapped'
    """), None, "https://learn.microsoft.com/en-us/powershell/utility-modules/secretmanagement/overview")

    add("appservice-settings/decoy-keyvault-reference", "infra/appservice/guest-chatbot.settings.json", T("""
        [
          { "name": "OPENAI_API_KEY", "value": "@Microsoft.KeyVault(SecretUri=https://kv-guestsvc-prod.vault.azure.net/secrets/openai-api-key/)", "slotSetting": false },
          { "name": "NEW_RELIC_LICENSE_KEY", "value": "@Microsoft.KeyVault(VaultName=kv-guestsvc-prod;SecretName=newrelic-license)", "slotSetting": false },
          { "name": "CHATBOT_MODEL", "value": "gpt-4o-mini", "slotSetting": false },
          { "name": "WEBSITE_RUN_FROM_PACKAGE", "value": "1", "slotSetting": false },
          { "name": "ParkName", "value": "Lagoon Bay", "slotSetting": false }
        ]
    """), None, "https://learn.microsoft.com/en-us/azure/app-service/app-service-key-vault-references")

    add("properties/decoy-jasypt", "pos/food-outlets/src/main/resources/application-staging.properties", T("""
        spring.application.name=fnb-payments
        adyen.environment=TEST
        adyen.merchant-account=SummitParksFnBTest
        # encrypted with the staging jasypt key (JASYPT_ENCRYPTOR_PASSWORD on the host)
        adyen.api-key=ENC(«a»)
        spring.datasource.url=jdbc:postgresql://fnb-db.staging.parknet.internal:5432/fnb
        spring.datasource.username=fnb_app
        spring.datasource.password=ENC(«b»)
        jasypt.encryptor.algorithm=PBEWITHHMACSHA512ANDAES_256
    """, a=draw(108, B64), b=draw(64, B64)), None, "https://github.com/ulisesbocchio/jasypt-spring-boot#use-environment-variables-or-system-properties")

    add("yaml/decoy-spring-cipher", "config-repo/scan-events-prod.yml", T("""
        scan:
          mq:
            host: mq.parknet.internal
            username: scan_events
            password: '{cipher}«a»'
          reentry:
            window-minutes: 30
        partner:
          signing-key: '{cipher}«b»'
    """, a=hexs(96), b=hexs(160)), None, "https://docs.spring.io/spring-cloud-config/reference/server/encryption-and-decryption.html")

    add("npmrc/decoy-env-reference", "web/park-site-static/.npmrc", T("""
        @summitparks:registry=https://npm.pkg.github.com
        //npm.pkg.github.com/:_authToken=${NODE_AUTH_TOKEN}
        always-auth=true
        fund=false
        audit-level=high
    """), None, "https://docs.npmjs.com/cli/v10/configuring-npm/npmrc#auth-related-configuration")

    add("maven-settings/decoy-env-reference", "ticketing/.mvn/settings-ci.xml", T("""
        <settings xmlns="http://maven.apache.org/SETTINGS/1.0.0">
          <servers>
            <server>
              <id>parkops-releases</id>
              <username>${env.PKGS_USERNAME}</username>
              <password>${env.PKGS_PASSWORD}</password>
            </server>
            <server>
              <id>github</id>
              <username>summitparks-ci</username>
              <password>${env.GITHUB_TOKEN}</password>
            </server>
          </servers>
        </settings>
    """), None, "https://maven.apache.org/settings.html#quick-overview")

    add("k8s-secret/decoy-placeholder-base64", "deploy/k8s/queue/vq-jwt-secret.template.yaml", T("""
        # Template only: scripts/render-secrets.sh replaces the value from Vault before apply.
        apiVersion: v1
        kind: Secret
        metadata:
          name: vq-jwt
          namespace: queue
        type: Opaque
        data:
          signing-key: «v»
    """, v=b64("REPLACE_WITH_VAULT_VALUE")), None, "https://kubernetes.io/docs/concepts/configuration/secret/")

    add("xcconfig/decoy-build-setting", "mobile/ios/Config/Release.xcconfig", T("""
        // Release build settings. PARK_API_KEY is injected by CI from the keychain (never committed).
        #include "Shared.xcconfig"

        PRODUCT_BUNDLE_IDENTIFIER = com.summitparks.lagoonbay
        API_BASE_URL = https:/$()/api.lagoonbaypark.com/v3
        PARK_API_KEY = $(PARK_API_KEY_FROM_CI)
        MAPBOX_ACCESS_TOKEN = $(MAPBOX_PUBLIC_TOKEN)
        SWIFT_ACTIVE_COMPILATION_CONDITIONS = RELEASE
        CODE_SIGN_STYLE = Manual
    """), None, "https://developer.apple.com/documentation/xcode/adding-a-build-configuration-file-to-your-project")

    add("gradle-kts/decoy-local-properties", "mobile/android/app/signing.gradle.kts", T("""
        import java.util.Properties

        // Signing values live in keystore.properties on the CI machine (not in git).
        val keystoreProps = Properties().apply {
            val f = rootProject.file("keystore.properties")
            if (f.exists()) f.inputStream().use { load(it) }
        }

        android {
            signingConfigs {
                create("release") {
                    storeFile = keystoreProps.getProperty("storeFile")?.let { file(it) }
                    storePassword = keystoreProps.getProperty("storePassword") ?: System.getenv("KEYSTORE_PASSWORD")
                    keyAlias = keystoreProps.getProperty("keyAlias") ?: "lagoonbay"
                    keyPassword = keystoreProps.getProperty("keyPassword") ?: System.getenv("KEY_PASSWORD")
                }
            }
        }
    """), None, "https://developer.android.com/studio/publish/app-signing#secure-shared-keystore")

    add("shell/decoy-secretsmanager-call", "infra/scripts/rotate-vq-db-password.sh", T("""
        #!/usr/bin/env bash
        # Rotates the virtual-queue DB password: new value from Secrets Manager, applied to RDS.
        set -euo pipefail
        SECRET_ID=prod/queue/virtual-queue-db

        aws secretsmanager rotate-secret --secret-id "$SECRET_ID"
        NEW=$(aws secretsmanager get-secret-value --secret-id "$SECRET_ID" \\
                --query SecretString --output text | jq -r .password)

        kubectl -n queue create secret generic virtual-queue-db \\
          --from-literal=PGPASSWORD="$NEW" --dry-run=client -o yaml | kubectl apply -f -
        kubectl -n queue rollout restart deploy/virtual-queue-api
        unset NEW
    """), None, "https://docs.aws.amazon.com/cli/latest/reference/secretsmanager/get-secret-value.html")

    add("onepassword-env/decoy-op-references", "season-pass/member-portal/.env.tpl", T("""
        # Rendered with: op inject -i .env.tpl -o .env.local
        NEXT_PUBLIC_SUPABASE_URL=https://qzkfrwhtplbnmxcvsdae.supabase.co
        NEXT_PUBLIC_SUPABASE_ANON_KEY=op://ParkApps/supabase-member-portal/anon-key
        SUPABASE_SERVICE_ROLE_KEY=op://ParkApps/supabase-member-portal/service-role-key
        AUTH0_CLIENT_SECRET=op://ParkApps/auth0-member-portal/client-secret
        STRIPE_SECRET_KEY=op://ParkApps/stripe-season-pass/secret-key
    """), None, "https://developer.1password.com/docs/cli/secrets-template-syntax/")

    add("vault-agent/decoy-template", "deploy/vault-agent/fnb-pos.ctmpl", T("""
        {{- with secret "fnb/data/simphony-reporting" -}}
        SIMPHONY_DB_USER={{ .Data.data.username }}
        SIMPHONY_DB_PASSWORD={{ .Data.data.password }}
        {{- end }}
        {{ with secret "fnb/data/adyen" -}}
        ADYEN_API_KEY={{ .Data.data.api_key }}
        ADYEN_MERCHANT_ACCOUNT=SummitParksFnB
        {{- end }}
    """), None, "https://developer.hashicorp.com/vault/docs/agent-and-proxy/agent/template")

    add("compose/decoy-env-interpolation", "ops/grafana/docker-compose.yml", T("""
        services:
          grafana:
            image: grafana/grafana-oss:11.1.0
            ports: ["3000:3000"]
            environment:
              GF_SECURITY_ADMIN_USER: admin
              GF_SECURITY_ADMIN_PASSWORD__FILE: /run/secrets/grafana_admin
              GF_AUTH_GENERIC_OAUTH_CLIENT_SECRET: ${GRAFANA_OAUTH_SECRET:?set in .env}
              GF_SERVER_ROOT_URL: https://grafana.ops.parknet.internal
            secrets: [grafana_admin]
            volumes:
              - ./provisioning:/etc/grafana/provisioning:ro
              - grafana-data:/var/lib/grafana
        secrets:
          grafana_admin:
            file: ./secrets/grafana_admin.txt
        volumes:
          grafana-data:
    """), None, "https://docs.docker.com/compose/how-tos/use-secrets/")

    add("ansible-task/decoy-vault-variable", "ansible/roles/ride_gateway/tasks/mqtt.yml", T("""
        ---
        - name: Install mosquitto bridge config
          ansible.builtin.template:
            src: bridge-central.conf.j2
            dest: /etc/mosquitto/conf.d/bridge-central.conf
            owner: mosquitto
            mode: "0640"
          vars:
            bridge_username: "edge-{{ inventory_hostname }}"
            bridge_password: "{{ vault_bridge_passwords[inventory_hostname] }}"
          notify: restart mosquitto

        - name: Lookup the historian token from Vault
          ansible.builtin.set_fact:
            influx_token: "{{ lookup('community.hashi_vault.vault_kv2_get', 'ride-systems/influx/telegraf').secret.token }}"
          no_log: true
    """), None, "https://docs.ansible.com/ansible/latest/collections/community/hashi_vault/vault_kv2_get_lookup.html")


def _decoys_public_and_hashed() -> None:
    pk = "pk_live_51" + digits(1) + mixed(95)
    add("javascript/decoy-stripe-publishable", "web/tickets-frontend/src/stripe.js", T("""
        import { loadStripe } from '@stripe/stripe-js';

        // Publishable key: safe to ship in the browser bundle.
        const STRIPE_PK = '«pk»';

        export const stripePromise = loadStripe(STRIPE_PK, { locale: 'auto' });

        export async function redirectToCheckout(sessionId) {
          const stripe = await stripePromise;
          const { error } = await stripe.redirectToCheckout({ sessionId });
          if (error) throw error;
        }
    """, pk=pk), None, "https://docs.stripe.com/keys#obtain-api-keys")

    pk = mapbox_token("pk", "summitparks")
    add("typescript/decoy-mapbox-public", "web/park-map/src/map.ts", T("""
        import mapboxgl from 'mapbox-gl';

        // Public token, URL-restricted to *.lagoonbaypark.com in the Mapbox account
        mapboxgl.accessToken = '«pk»';

        export function createParkMap(container: HTMLElement) {
          const map = new mapboxgl.Map({
            container,
            style: 'mapbox://styles/summitparks/clx2lagoonbay2024',
            center: [-98.4936, 29.4241],
            zoom: 16.2,
            bearing: -17,
          });
          map.addControl(new mapboxgl.NavigationControl());
          return map;
        }
    """, pk=pk), None, "https://docs.mapbox.com/help/getting-started/access-tokens/#default-public-token")

    key = google_api_key()
    add("javascript/decoy-firebase-web-config", "web/park-app-web/src/firebase.js", T("""
        import { initializeApp } from 'firebase/app';
        import { getMessaging } from 'firebase/messaging';

        // Firebase web config: identifies the project, not a secret (access is enforced by rules).
        const firebaseConfig = {
          apiKey: '«key»',
          authDomain: 'lagoonbay-app.firebaseapp.com',
          projectId: 'lagoonbay-app',
          storageBucket: 'lagoonbay-app.appspot.com',
          messagingSenderId: '«sender»',
          appId: '1:«sender»:web:«app»',
          measurementId: 'G-Q7L2K9W4ZP',
        };

        export const app = initializeApp(firebaseConfig);
        export const messaging = getMessaging(app);
    """, key=key, sender=digits(12), app=hexs(22)), None, "https://firebase.google.com/docs/projects/api-keys")

    sender = digits(12)
    gs = {
        "project_info": {"project_number": sender, "project_id": "lagoonbay-app", "storage_bucket": "lagoonbay-app.appspot.com"},
        "client": [{
            "client_info": {"mobilesdk_app_id": f"1:{sender}:android:{hexs(22)}",
                            "android_client_info": {"package_name": "com.summitparks.lagoonbay"}},
            "oauth_client": [],
            "api_key": [{"current_key": google_api_key()}],
            "services": {"appinvite_service": {"other_platform_oauth_client": []}},
        }],
        "configuration_version": "1",
    }
    add("google-services-json/decoy-public-config", "mobile/android/app/google-services.json",
        json.dumps(gs, indent=2) + "\n", None, "https://firebase.google.com/docs/projects/learn-more#config-files-objects")

    add("javascript/decoy-sentry-dsn", "web/tickets-frontend/src/sentry.js", T("""
        import * as Sentry from '@sentry/browser';

        Sentry.init({
          dsn: 'https://«key»@o«org».ingest.us.sentry.io/«proj»',
          release: process.env.RELEASE,
          environment: 'production',
          tracesSampleRate: 0.05,
          replaysOnErrorSampleRate: 0.1,
          denyUrls: [/extensions\\//i, /^chrome:\\/\\//i],
        });
    """, key=hexs(32), org=digits(6), proj=digits(7)), None, "https://docs.sentry.io/concepts/key-terms/dsn-explainer/")

    add("typescript/decoy-adyen-client-key", "web/tickets-frontend/src/adyenDropin.ts", T("""
        import AdyenCheckout from '@adyen/adyen-web';

        // Client key: public, origin-restricted (allowed origins: tickets.lagoonbaypark.com)
        const CLIENT_KEY = 'live_«ck»';

        export async function mountDropin(el: HTMLElement, session: { id: string; sessionData: string }) {
          const checkout = await AdyenCheckout({
            environment: 'live-us',
            clientKey: CLIENT_KEY,
            session,
            analytics: { enabled: false },
            onPaymentCompleted: (result: unknown) => window.dispatchEvent(new CustomEvent('paid', { detail: result })),
          });
          checkout.create('dropin').mount(el);
        }
    """, ck=draw(32, UPNUM)), None, "https://docs.adyen.com/development-resources/client-side-authentication/")

    add("json/decoy-square-app-id", "pos/kiosk-web/public/square-config.json", T("""
        {
          "applicationId": "sq0idp-«app»",
          "locationIds": {
            "funnel-cake-stand": "L8Q2N1KXW5G3A",
            "churro-cart-2": "LJ4R9YF0D6C7B",
            "lagoon-grill-window": "LHT3M8B0E2Q9X"
          },
          "currency": "USD",
          "tipping": { "enabled": false }
        }
    """, app=draw(22, B64URL)), None, "https://developer.squareup.com/docs/web-payments/take-card-payment")

    add("javascript/decoy-algolia-search-key", "web/attractions-search/src/search.js", T("""
        import algoliasearch from 'algoliasearch/lite';
        import instantsearch from 'instantsearch.js';
        import { searchBox, hits, refinementList } from 'instantsearch.js/es/widgets';

        // Search-only API key (ACL: search). Meant for the browser.
        const searchClient = algoliasearch('Q7W2ZK4P1M', '«key»');

        const search = instantsearch({ indexName: 'attractions_prod', searchClient });
        search.addWidgets([
          searchBox({ container: '#q', placeholder: 'Find a ride, show or snack' }),
          refinementList({ container: '#land', attribute: 'land' }),
          hits({ container: '#hits', templates: { item: (hit, { html }) => html`<b>${hit.name}</b>` } }),
        ]);
        search.start();
    """, key=hexs(32)), None, "https://www.algolia.com/doc/guides/security/api-keys/#search-only-api-key")

    add("html/decoy-segment-write-key", "web/park-site/templates/partials/analytics.html", T("""
        <!-- Segment analytics.js: the write key is public by design (client-side source) -->
        <script>
          !function(){var i="analytics",analytics=window[i]=window[i]||[];if(!analytics.initialize)
          if(analytics.invoked)window.console&&console.error&&console.error("Segment snippet included twice.");
          else{analytics.invoked=!0;analytics.methods=["track","identify","page","reset"];
          analytics.load=function(key){var t=document.createElement("script");t.async=!0;
          t.src="https://cdn.segment.com/analytics.js/v1/"+key+"/analytics.min.js";
          document.head.appendChild(t)};
          analytics.load("«key»");
          analytics.page();}}();
        </script>
    """, key=mixed(32)), None, "https://segment.com/docs/connections/find-writekey/")

    ref = draw(20, string.ascii_lowercase)
    anon = jwt({"iss": "supabase", "ref": ref, "role": "anon", "iat": 1712000000, "exp": 2027576000})
    add("typescript/decoy-supabase-anon", "season-pass/member-portal/lib/supabaseClient.ts", T("""
        import { createClient } from '@supabase/supabase-js';

        // anon key: public, row level security enforces access per member
        const SUPABASE_URL = 'https://«ref».supabase.co';
        const SUPABASE_ANON_KEY =
          '«anon»';

        export const supabase = createClient(SUPABASE_URL, SUPABASE_ANON_KEY, {
          auth: { persistSession: true, autoRefreshToken: true },
        });
    """, ref=ref, anon=anon), None, "https://supabase.com/docs/guides/api/api-keys#the-anon-key")

    add("kotlin/decoy-onesignal-app-id", "mobile/android/app/src/main/java/com/summitparks/lagoonbay/ParkApp.kt", T("""
        package com.summitparks.lagoonbay

        import android.app.Application
        import com.onesignal.OneSignal
        import com.onesignal.debug.LogLevel

        class ParkApp : Application() {
            override fun onCreate() {
                super.onCreate()
                OneSignal.Debug.logLevel = if (BuildConfig.DEBUG) LogLevel.VERBOSE else LogLevel.NONE
                // App ID identifies the OneSignal app; it is public and ships in every build
                OneSignal.initWithContext(this, "«app»")
                Analytics.init(this)
            }
        }
    """, app=uid()), None, "https://documentation.onesignal.com/docs/keys-and-ids")

    add("fastlane-appfile/decoy-key-path", "mobile/ios/fastlane/Fastfile", T("""
        default_platform(:ios)

        platform :ios do
          lane :beta do
            api_key = app_store_connect_api_key(
              key_id: "D9F2KQ7W3M",
              issuer_id: "«issuer»",
              key_filepath: ENV["ASC_KEY_PATH"],
              duration: 1200
            )
            match(type: "appstore", readonly: true, api_key: api_key)
            increment_build_number(build_number: ENV["BUILD_NUMBER"])
            build_app(scheme: "LagoonBay", export_method: "app-store")
            upload_to_testflight(api_key: api_key, skip_waiting_for_build_processing: true)
          end
        end
    """, issuer=uid()), None, "https://docs.fastlane.tools/actions/app_store_connect_api_key/")

    users = ["maint.lead", "night.tech1", "night.tech2", "insp.ndt", "supervisor"]
    rows = "\n".join(f"('{u}', '{bcrypt_hash()}', '{role}')," for u, role in zip(users, ["lead", "tech", "tech", "inspector", "supervisor"]))
    add("sql/decoy-bcrypt-seed", "maintenance/cmms-lite/db/seed/002_users.sql", T("""
        -- Seed users for the CMMS-lite staging database. Hashes only (bcrypt, cost 12);
        -- staff reset their password on first login.
        INSERT INTO users (username, password_hash, role) VALUES
        «rows»
        ('kiosk', '!', 'readonly');
    """, rows=rows), None, "https://en.wikipedia.org/wiki/Bcrypt")

    def mosq() -> str:
        return "$7$101$" + draw(16, B64) + "$" + draw(86, B64) + "=="
    add("mosquitto-passwd/decoy-hashes", "edge/mosquitto/passwd", T("""
        nr-gw-b01:«a»
        edge-pirate-cove:«b»
        queue-beacon:«c»
        historian_writer:«d»
    """, a=mosq(), b=mosq(), c=mosq(), d=mosq()) + "ride-state-svc:" + mosq() + "\n", None,
        "https://mosquitto.org/man/mosquitto_passwd-1.html")

    def t9() -> str:
        return "$9$" + draw(14, BCRYPT) + "$" + draw(43, BCRYPT)
    add("cisco-ios/decoy-type9-secrets", "network/switches/admissions-sw02.cfg", T("""
        hostname ADMISSIONS-SW02
        !
        enable algorithm-type scrypt secret 9 «a»
        username netops privilege 15 algorithm-type scrypt secret 9 «b»
        username readonly privilege 1 algorithm-type scrypt secret 9 «c»
        !
        aaa new-model
        aaa authentication login default group tacacs+ local
        tacacs server ISE-01
         address ipv4 10.10.5.11
         key 6 «d»
        !
        interface range GigabitEthernet1/0/1 - 12
         description TURNSTILE LANES
         switchport access vlan 150
        !
        snmp-server group PARKNMS v3 priv read NMS-VIEW
        snmp-server view NMS-VIEW iso included
        end
    """, a=t9(), b=t9(), c=t9(), d=draw(34, UPNUM[:26]) + "AAB"), None,
        "https://www.cisco.com/c/en/us/support/docs/security-vpn/remote-authentication-dial-user-service-radius/107614-64.html")

    add("fortigate/decoy-enc-values", "network/firewalls/fgt-park-edge-vpn.conf", T("""
        config system global
            set private-data-encryption enable
        end
        config system admin
            edit "netops"
                set accprofile "super_admin"
                set vdom "root"
                set password ENC SH2«a»
            next
        end
        config vpn ipsec phase1-interface
            edit "ridevendor-s2s"
                set interface "wan1"
                set peertype any
                set proposal aes256-sha256
                set remote-gw 203.0.113.44
                set psksecret ENC «b»
            next
        end
    """, a=draw(60, ALNUM), b=draw(144, B64) + "=="), None,
        "https://docs.fortinet.com/document/fortigate/7.4.3/administration-guide/")

    def apr1() -> str:
        return "$apr1$" + draw(8, BCRYPT) + "$" + draw(22, BCRYPT)
    add("htpasswd/decoy-apr1", "infra/nginx/htpasswd-waitboard-admin", T("""
        waitboard:«a»
        guestsvc-lead:«b»
        opsmgr:«c»
        rideops:«d»
        marketing:«e»
    """, a=apr1(), b=apr1(), c=apr1(), d=apr1(), e=apr1()), None,
        "https://httpd.apache.org/docs/2.4/programs/htpasswd.html")

    add("authorized-keys/decoy-public-keys", "ansible/roles/ride_gateway/files/authorized_keys", T("""
        «a»
        «b»
        «c»
        «d»
    """, a=ssh_pub("rideeng@eng-laptop-07"), b=ssh_pub("ci-deploy@parkops"), c=ssh_pub("netops@jump01"),
          d=ssh_pub("vendor-support@intamin-remote")) + ssh_pub("backup@nas-maint01") + "\n", None, "https://man.openbsd.org/sshd.8#AUTHORIZED_KEYS_FILE_FORMAT")

    add("pem/decoy-certificate", "ansible/roles/ride_gateway/files/park-ca.crt", cert_pem(18) + "\n", None,
        "https://datatracker.ietf.org/doc/html/rfc7468#section-5")

    add("python/decoy-public-key-verify", "ticketing/gate-validator/validator/verify.py", T("""
        # Gate validators verify ticket signatures offline with the issuer's PUBLIC key.
        from cryptography.exceptions import InvalidSignature
        from cryptography.hazmat.primitives import hashes
        from cryptography.hazmat.primitives.asymmetric import ec
        from cryptography.hazmat.primitives.serialization import load_pem_public_key

        ISSUER_PUBLIC_KEY = load_pem_public_key(b'''«pub»
        ''')


        def valid(payload: bytes, signature: bytes) -> bool:
            try:
                ISSUER_PUBLIC_KEY.verify(signature, payload, ec.ECDSA(hashes.SHA256()))
                return True
            except InvalidSignature:
                return False
    """, pub=public_pem()), None, "https://cryptography.io/en/latest/hazmat/primitives/asymmetric/serialization/#cryptography.hazmat.primitives.serialization.load_pem_public_key")

    pub = draw(43, B64) + "="
    add("wireguard/decoy-key-from-file", "gateways/vendor-remote/wg-ridevendor.conf.j2", T("""
        # Rendered by ansible; the private key never leaves the gateway (generated there by wg genkey)
        [Interface]
        Address = 10.250.7.{{ gateway_index }}/32
        PostUp = wg set %i private-key /etc/wireguard/wg-ridevendor.key
        ListenPort = 51820

        [Peer]
        PublicKey = «pub»
        Endpoint = support-vpn.ridevendor.example:51820
        AllowedIPs = 10.250.7.0/24
        PersistentKeepalive = 25
    """, pub=pub), None, "https://man7.org/linux/man-pages/man8/wg.8.html")

    def integrity() -> str:
        return "sha512-" + draw(86, B64) + "=="
    add("package-lock/decoy-integrity", "queue/waitboard/package-lock.json", T("""
        {
          "name": "waitboard",
          "version": "1.8.0",
          "lockfileVersion": 3,
          "requires": true,
          "packages": {
            "": {
              "name": "waitboard",
              "version": "1.8.0",
              "dependencies": { "ably": "^2.3.0", "pusher": "^5.2.0" }
            },
            "node_modules/ably": {
              "version": "2.3.1",
              "resolved": "https://registry.npmjs.org/ably/-/ably-2.3.1.tgz",
              "integrity": "«a»"
            },
            "node_modules/pusher": {
              "version": "5.2.0",
              "resolved": "https://registry.npmjs.org/pusher/-/pusher-5.2.0.tgz",
              "integrity": "«b»"
            }
          }
        }
    """, a=integrity(), b=integrity()), None, "https://docs.npmjs.com/cli/v10/configuring-npm/package-lock-json")

    def h1() -> str:
        return "h1:" + draw(43, B64) + "="
    add("go-sum/decoy-hashes", "services/ride-state/go.sum", T("""
        github.com/eclipse/paho.mqtt.golang v1.4.3 «a»
        github.com/eclipse/paho.mqtt.golang v1.4.3/go.mod «b»
        github.com/gorilla/websocket v1.5.0 «c»
        github.com/gorilla/websocket v1.5.0/go.mod «d»
        golang.org/x/net v0.27.0 «e»
        golang.org/x/net v0.27.0/go.mod «f»
        golang.org/x/sync v0.7.0 «g»
    """, a=h1(), b=h1(), c=h1(), d=h1(), e=h1(), f=h1(), g=h1()), None, "https://go.dev/ref/mod#go-sum-files")

    add("dockerfile/decoy-digests", "ops/wind-monitor/Dockerfile", T("""
        FROM python:3.12-slim@sha256:«a» AS base
        ARG PIP_INDEX_URL
        WORKDIR /app

        COPY requirements.txt .
        RUN pip install --no-cache-dir -r requirements.txt

        COPY wind_hold.py .
        # OWM_KEY is provided at runtime by the orchestrator (never baked into the image)
        ENV OWM_KEY=""
        USER 10001
        CMD ["python", "wind_hold.py"]
    """, a=hexs(64)), None, "https://docs.docker.com/reference/dockerfile/#from")

    rows = "\n".join(f"{hexs(64)}  {name}" for name in [
        "ewon-flexy-fw-15.0s2.edf", "mgate-mb3180-fw-2.2.rom", "ride-hmi-runtime-4.12.0.zip",
        "s7-bridge-1.6.3-linux-arm64.tar.gz", "nr-gw-image-2024.06.img.xz"])
    add("checksums/decoy-sha256sums", "gateways/firmware/SHA256SUMS", T("""
        «rows»
    """, rows=rows) + "# verified against vendor portal downloads, 2024-06-03 (rideeng)\n" + "\n".join(
        f"# {x}" for x in ["run: sha256sum -c SHA256SUMS", "keep this file next to the images"]) + "\n", None,
        "https://www.gnu.org/software/coreutils/manual/html_node/sha2-utilities.html")

    add("kotlin/decoy-cert-pins", "mobile/android/app/src/main/java/com/summitparks/lagoonbay/net/Pinning.kt", T("""
        package com.summitparks.lagoonbay.net

        import okhttp3.CertificatePinner
        import okhttp3.OkHttpClient

        // SPKI pins (SHA-256 of the public keys) for api.lagoonbaypark.com: current + backup
        private val pinner = CertificatePinner.Builder()
            .add("api.lagoonbaypark.com", "sha256/«a»")
            .add("api.lagoonbaypark.com", "sha256/«b»")
            .build()

        val httpClient: OkHttpClient = OkHttpClient.Builder()
            .certificatePinner(pinner)
            .build()
    """, a=draw(43, B64) + "=", b=draw(43, B64) + "="), None,
        "https://square.github.io/okhttp/4.x/okhttp/okhttp3/-certificate-pinner/")

    add("android-manifest/decoy-placeholder", "mobile/android/app/src/main/AndroidManifest.xml", T("""
        <?xml version="1.0" encoding="utf-8"?>
        <manifest xmlns:android="http://schemas.android.com/apk/res/android">
            <uses-permission android:name="android.permission.INTERNET" />
            <uses-permission android:name="android.permission.ACCESS_FINE_LOCATION" />
            <application
                android:name=".ParkApp"
                android:label="@string/app_name"
                android:icon="@mipmap/ic_launcher">
                <meta-data
                    android:name="com.google.android.geo.API_KEY"
                    android:value="${MAPS_API_KEY}" />
                <activity android:name=".MainActivity" android:exported="true">
                    <intent-filter>
                        <action android:name="android.intent.action.MAIN" />
                        <category android:name="android.intent.category.LAUNCHER" />
                    </intent-filter>
                </activity>
            </application>
        </manifest>
    """), None, "https://developers.google.com/maps/documentation/android-sdk/secrets-gradle-plugin")

    add("nodered-flows/decoy-credentials-elsewhere", "ride-telemetry/node-red/flows_zone_c.json", T("""
        [
            {
                "id": "b1e4f2a0.7c9d18",
                "type": "mqtt-broker",
                "name": "park core broker",
                "broker": "mqtt-core.ops.parknet.internal",
                "port": "8883",
                "tls": "5d2a7c44.e1b093",
                "clientid": "nr-gw-c01",
                "usetls": true,
                "protocolVersion": "4",
                "keepalive": "30",
                "credentials": {}
            },
            {
                "id": "7f3c9e12.44ab60",
                "type": "mqtt in",
                "name": "ride states",
                "topic": "rides/+/state",
                "qos": "1",
                "broker": "b1e4f2a0.7c9d18",
                "wires": [["e0d4a8b7.16f2c3"]]
            },
            {
                "id": "e0d4a8b7.16f2c3",
                "type": "function",
                "name": "to historian",
                "func": "msg.payload = { ride: msg.topic.split('/')[1], state: msg.payload };\\nreturn msg;",
                "outputs": 1,
                "wires": [[]]
            }
        ]
    """), None, "https://nodered.org/docs/creating-nodes/credentials")

    add("aws-kms/decoy-ciphertext-blob", "ride-photo/kiosk/provisioning/kms-encrypted.env", T("""
        # Values encrypted with alias/ridephoto-kiosk; decrypted at boot by kiosk-init
        # (aws kms decrypt --ciphertext-blob fileb://<(echo $X | base64 -d))
        ENC_UPLOAD_SECRET=AQICAHh«a»
        ENC_SFTP_PASSWORD=AQICAHh«b»
        KMS_KEY_ALIAS=alias/ridephoto-kiosk
        REGION=us-east-1
    """, a=draw(261, B64), b=draw(197, B64)), None, "https://docs.aws.amazon.com/kms/latest/APIReference/API_Encrypt.html")


def _decoys_examples_fixtures_ids() -> None:
    add("markdown/decoy-aws-docs-example", "ride-photo/README.md", T("""
        # Ride photo pipeline

        On-ride cameras drop JPEGs on the capture PC; `uploader` pushes them to S3 and the
        photo kiosks pull previews by ride and timestamp.

        ## Local development

        Use a named profile; never put keys in this repo. The values below are the placeholders
        from the AWS documentation:

        ```ini
        [ridephoto-dev]
        aws_access_key_id = AKIAIOSFODNN7EXAMPLE
        aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY
        region = us-east-1
        ```

        Then run `AWS_PROFILE=ridephoto-dev make run-local`.
    """), None, "https://docs.aws.amazon.com/IAM/latest/UserGuide/security-creds.html")

    add("javascript/decoy-jwt-io-example", "queue/virtual-queue-api/test/tokens.test.js", T("""
        const { verifyReturnPass } = require('../src/auth/tokens');

        // The well-known example token from jwt.io (signed with "your-256-bit-secret"), not ours.
        const FOREIGN_TOKEN =
          'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c';

        describe('verifyReturnPass', () => {
          it('rejects a token signed by someone else', () => {
            expect(() => verifyReturnPass(FOREIGN_TOKEN)).toThrow(/invalid signature/);
          });

          it('rejects garbage', () => {
            expect(() => verifyReturnPass('not-a-jwt')).toThrow();
          });
        });
    """), None, "https://jwt.io/introduction")

    add("python/decoy-test-fixture", "season-pass/backend/tests/conftest.py", T("""
        import pytest

        from passes.models import PassHolder, SeasonPass


        @pytest.fixture
        def settings_for_tests(settings):
            settings.SECRET_KEY = "django-insecure-test-key-not-for-production"
            settings.STRIPE_SECRET_KEY = "sk_test_dummy"
            settings.STRIPE_WEBHOOK_SECRET = "whsec_test_dummy"
            settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
            return settings


        @pytest.fixture
        def holder(db):
            user = PassHolder.objects.create_user(
                email="jane.rider@example.com", password="test-password-123")
            SeasonPass.objects.create(holder=user, tier="gold", season=2025)
            return user
    """), None, "https://docs.pytest.org/en/stable/how-to/fixtures.html")

    add("compose/decoy-local-dev-db", "queue/virtual-queue-api/docker-compose.dev.yml", T("""
        # Local development only: throwaway containers on your laptop
        services:
          db:
            image: postgres:16
            environment:
              POSTGRES_USER: postgres
              POSTGRES_PASSWORD: postgres
              POSTGRES_DB: virtual_queue
            ports: ["5432:5432"]
          redis:
            image: redis:7.2-alpine
            ports: ["6379:6379"]
          localstack:
            image: localstack/localstack:3
            environment:
              SERVICES: s3,sqs
              AWS_ACCESS_KEY_ID: test
              AWS_SECRET_ACCESS_KEY: test
            ports: ["4566:4566"]
    """), None, "https://hub.docker.com/_/postgres")

    add("log/decoy-redacted", "docs/incidents/2024-07-14-gate-outage/gatebridge-excerpt.log", T("""
        2024-07-14 09:01:12.441 INFO  GateBridge starting (v3.2.1)
        2024-07-14 09:01:12.502 INFO  Database: Server=adm-sql01.parknet.internal;Database=AccessControl;Uid=gatebridge;Pwd=********;Encrypt=yes
        2024-07-14 09:01:13.017 ERROR Login failed for user 'gatebridge'. (SqlException 18456, state 8)
        2024-07-14 09:01:13.018 WARN  Retrying in 5s (1/10)
        2024-07-14 09:01:43.260 INFO  Heartbeat MAIN-01 ok, MAIN-02 ok, MAIN-03 timeout
        2024-07-14 09:02:05.881 INFO  Token for kiosk api: eyJ[REDACTED]
        2024-07-14 09:04:19.090 INFO  Connected after password rotation (ticket CHG0041187)
    """), None, "https://owasp.org/www-project-cheat-sheets/cheatsheets/Logging_Cheat_Sheet.html")

    add("markdown/decoy-runbook-ask", "docs/runbooks/turnstile-reset.md", T("""
        # Turnstile lane reset (Axess AX500)

        1. Press and hold the lane's service key for 5 s until the arrow turns amber.
        2. From the supervisor tablet open **Gate Console -> Lanes -> MAIN-0x -> Reset**.
        3. If the console asks for the service password, get it from the *Admissions - Gate
           Service* entry in the password manager (shift leads have access). Do not write it here.
        4. Scan the supervisor test card (card **#0007**) and confirm the lane shows *VALID*.

        | Lane    | IP          | Controller serial |
        |---------|-------------|-------------------|
        | MAIN-01 | 10.50.1.11  | AX5-2207-11834    |
        | MAIN-02 | 10.50.1.12  | AX5-2207-11835    |
        | EXIT-01 | 10.50.1.21  | AX5-2301-20417    |
    """), None, "https://owasp.org/www-project-top-ten/2017/A3_2017-Sensitive_Data_Exposure")

    rides = ["Cyclone", "Dragon's Loop", "Log Flume", "Thunder Canyon", "Sky Wheel", "Pirate Swing"]
    items = ",\n".join(f'    {{"id": "{uid()}", "name": "{name}", "minHeightIn": {h}, "status": "OPERATING"}}'
                       for name, h in zip(rides, [54, 48, 42, 48, 0, 44]))
    add("json/decoy-uuid-ids", "app-backend/fixtures/rides.json", "[\n" + items + "\n]\n", None,
        "https://datatracker.ietf.org/doc/html/rfc9562")

    tickets = "\n".join(f"9{digits(17)},{d},{p},{hexs(12).upper()}" for d, p in [
        ("2024-07-04", "DAY-ADULT"), ("2024-07-04", "DAY-CHILD"), ("2024-07-05", "FASTLANE"),
        ("2024-07-05", "DAY-ADULT"), ("2024-07-06", "SEASON-GOLD")])
    add("csv/decoy-ticket-barcodes", "ticketing/barcode/testdata/sample_scans.csv",
        "barcode,visit_date,product,lane_session\n" + tickets + "\n", None,
        "https://www.iso.org/standard/65502.html")

    add("markdown/decoy-changelog-shas", "ops/hmi-screens/CHANGELOG.md", T("""
        # Changelog

        ## 4.12.0 - 2024-05-28
        - Dispatch screen: show restraint check timer per row (`«a»`)
        - Fault banner keeps the last 20 faults (`«b»`)

        ## 4.11.2 - 2024-04-02
        - Fix E-stop reset button staying greyed after a zone reset (`«c»`)

        ## 4.11.0 - 2024-03-15
        - New speed-profile recipe editor for Log Flume (`«d»`)
    """, a=hexs(40), b=hexs(40), c=hexs(40), d=hexs(40)), None, "https://keepachangelog.com/en/1.1.0/")

    add("ini/decoy-grafana-env-refs", "ops/grafana/grafana.ini", T("""
        [server]
        root_url = https://grafana.ops.parknet.internal

        [security]
        admin_user = admin
        admin_password = $__env{GF_ADMIN_PASSWORD}
        secret_key = $__file{/run/secrets/grafana_secret_key}
        cookie_secure = true

        [auth.generic_oauth]
        enabled = true
        client_id = grafana-ops
        client_secret = $__env{GF_OAUTH_CLIENT_SECRET}
        auth_url = https://login.lagoonbaypark.com/authorize
    """), None, "https://grafana.com/docs/grafana/latest/setup-grafana/configure-grafana/#variable-expansion")

    add("markdown/decoy-api-doc-placeholders", "docs/api/partner-api.md", T("""
        # Partner ticket API

        All requests carry your reseller key in a header:

            X-Api-Key: <your-reseller-api-key>

        Buy dated admission:

        ```http
        POST /v2/orders HTTP/1.1
        Host: partners.lagoonbaypark.com
        X-Api-Key: {{RESELLER_API_KEY}}
        Content-Type: application/json

        {"sku": "DAY-ADULT", "visitDate": "2025-06-14", "quantity": 4}
        ```

        The response holds `orderId` and one `barcode` per ticket. Keys are issued in the partner
        admin; we never send them by e-mail.
    """), None, "https://swagger.io/docs/specification/authentication/api-keys/")

    add("python/decoy-password-policy", "season-pass/backend/passes/validators.py", T("""
        import re

        from django.core.exceptions import ValidationError

        PASSWORD_RE = re.compile(r"^(?=.*[A-Z])(?=.*[a-z])(?=.*\\d)(?=.*[^A-Za-z0-9]).{12,}$")
        BANNED = {"password", "lagoonbay", "seasonpass", "coaster123"}


        class MemberPasswordValidator:
            def validate(self, password, user=None):
                if password.lower() in BANNED:
                    raise ValidationError("That password is too common.")
                if not PASSWORD_RE.match(password):
                    raise ValidationError(
                        "Use 12+ characters with upper and lower case letters, a digit and a symbol.")

            def get_help_text(self):
                return "Your season-pass password needs 12+ characters, mixed case, a digit and a symbol."
    """), None, "https://docs.djangoproject.com/en/5.0/topics/auth/passwords/#writing-your-own-validator")

    add("yaml/decoy-feature-flags", "app-backend/config/flags.yaml", T("""
        flags:
          virtual_queue_enabled: true
          show_wait_times: true
          require_token_refresh: false
          secret_menu_items: true        # F&B "secret menu" promo, not a credential
          password_login_enabled: true
          api_key_rotation_banner: false
          max_tokens_per_guest: 3        # virtual-queue tokens (return passes)
        rollouts:
          mobile_ordering:
            percent: 40
            outlets: [LAGOON-GRILL, CONE-ZONE]
    """), None, "https://martinfowler.com/articles/feature-toggles.html")

    add("python/decoy-hmac-rfc-vector", "ticketing/barcode/tests/test_hmac_vectors.py", T("""
        import hashlib
        import hmac

        # RFC 4231 test case 1 and 2: published test vectors, not ticket keys
        KEY_1 = bytes.fromhex("0b" * 20)
        DATA_1 = b"Hi There"
        MAC_1 = "b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7"

        KEY_2 = b"Jefe"
        DATA_2 = b"what do ya want for nothing?"
        MAC_2 = "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843"


        def test_rfc4231_vectors():
            assert hmac.new(KEY_1, DATA_1, hashlib.sha256).hexdigest() == MAC_1
            assert hmac.new(KEY_2, DATA_2, hashlib.sha256).hexdigest() == MAC_2
    """), None, "https://datatracker.ietf.org/doc/html/rfc4231#section-4")

    add("python/decoy-stripe-test-cards", "pos/food-outlets/tests/test_card_flows.py", T("""
        import pytest

        # Stripe's documented test card numbers; they only work in test mode.
        CARDS = {
            "visa": "4242424242424242",
            "visa_debit": "4000056655665556",
            "declined": "4000000000000002",
            "insufficient_funds": "4000000000009995",
        }


        @pytest.mark.parametrize("name,number", CARDS.items())
        def test_terminal_simulator_accepts_test_cards(terminal_sim, name, number):
            result = terminal_sim.present_card(number, exp="12/34", cvc="123")
            assert result.status in {"succeeded", "declined"}
    """), None, "https://docs.stripe.com/testing#cards")

    add("shell/decoy-placeholder-x", "pos/kiosk-sync/bin/setup-env.sh", T("""
        #!/usr/bin/env bash
        # Writes a skeleton env file for a new POS kiosk sync host; ops fill it from the vault.
        cat > /etc/kiosk-sync/env <<'ENV'
        SQUARE_ACCESS_TOKEN=EAAAxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx
        STRIPE_SECRET_KEY=sk_live_XXXXXXXXXXXXXXXXXXXXXXXX
        TOAST_CLIENT_SECRET=<from vault: fnb/toast/client-secret>
        KIOSK_ID=__SET_ME__
        ENV
        chmod 600 /etc/kiosk-sync/env
        echo "Now edit /etc/kiosk-sync/env"
    """), None, "https://docs.stripe.com/keys")

    add("csv/decoy-modbus-register-map", "gateways/modbus/register-map-bumper-dc.csv", T("""
        tag,address,type,scale,units,description
        dc_bus_voltage,40001,uint16,0.1,V,Floor grid DC bus voltage
        dc_bus_current,40002,int16,0.1,A,Floor grid current
        cars_on_floor,40010,uint16,1,,Cars energised
        key_switch_state,40020,uint16,1,,Operator key switch (0=off 1=run 2=maint)
        estop_loop,40021,uint16,1,,E-stop loop healthy
        password_level,40030,uint16,1,,HMI access level currently logged in (0-3)
        session_token_age,40031,uint16,1,s,Seconds since last HMI login
    """), None, "https://www.modbus.org/docs/Modbus_Application_Protocol_V1_1b3.pdf")

    add("markdown/decoy-maintenance-log", "maintenance/logs/2024-06/cyclone-weekly.md", T("""
        # Cyclone - weekly inspection, 2024-06-17

        | Item                          | Result | Tech  |
        |-------------------------------|--------|-------|
        | Lift chain elongation         | OK (0.8 %) | JM |
        | Anti-rollback dogs            | OK     | JM    |
        | Lap bar locks, all 28 seats   | OK     | RK    |
        | Wheel assemblies (train 2)    | Replace up-stop wheel car 3 | RK |
        | Control panel key switch      | OK     | JM    |

        LOTO applied 06:10 by RK (lock #A-112, key returned to the maintenance key box 08:45).
        Work order WO-2024-061744 opened for the up-stop wheel.
        Supervisor sign-off: D. Alvarez, 08:52.
    """), None, "https://www.astm.org/f0770-22.html")

    add("ewon-config/decoy-empty-passwords", "gateways/ewon/comcfg-template.txt", T("""
        ; Ewon Flexy comcfg template (values filled per unit by the commissioning tool)
        NtpServerAddr:10.40.0.1
        NtpEnable:1
        EthIpAddr:{{ eth_ip }}
        EthIpMask:255.255.255.0
        EthGW:{{ eth_gw }}
        VPNDrvDis:0
        T2MKey:{{ talk2m_activation_key_from_portal }}
        AdmPassword:
        FtpPassword:
        WifiPSK:
        SNMPCommunity:
    """), None, "https://hmsnetworks.blob.core.windows.net/www/docs/librariesprovider10/downloads-monitored/manuals/reference-guides/rg-0006-00-en-ewon-general-reference-guide.pdf")

    add("dotenv/decoy-empty-values", "ops/ride-status-bot/.env.sample", T("""
        # Leave blank locally; the bot runs in dry-run mode without Slack credentials
        SLACK_BOT_TOKEN=
        SLACK_SIGNING_SECRET=
        MQTT_HOST=localhost
        MQTT_USERNAME=
        MQTT_PASSWORD=
        DRY_RUN=true
    """), None, "https://api.slack.com/authentication/verifying-requests-from-slack")

    add("powershell/decoy-read-host", "kiosk/scripts/Install-KioskCert.ps1", T(r"""
        # Installs the kiosk client certificate; the PFX password is typed by the installer tech.
        param([Parameter(Mandatory)] [string]$PfxPath)

        $pfxPassword = Read-Host -Prompt 'PFX password (from the kiosk-certs vault entry)' -AsSecureString
        Import-PfxCertificate -FilePath $PfxPath `
            -CertStoreLocation Cert:\LocalMachine\My `
            -Password $pfxPassword -Exportable:$false | Out-Null

        $thumb = (Get-ChildItem Cert:\LocalMachine\My | Where-Object Subject -like '*KSK-*').Thumbprint
        Write-Host "Installed kiosk certificate $thumb"
    """), None, "https://learn.microsoft.com/en-us/powershell/module/pki/import-pfxcertificate")

    add("r/decoy-keyring", "analytics/r/attendance_weekly.R", T("""
        library(DBI)
        library(keyring)

        # Password comes from the OS keychain: keyring::key_set("park_dw", "analyst_ro") once per laptop
        con <- dbConnect(
          RPostgres::Postgres(),
          host = "dw.parknet.internal",
          dbname = "park_dw",
          user = "analyst_ro",
          password = key_get("park_dw", "analyst_ro")
        )

        weekly <- dbGetQuery(con, "SELECT date_trunc('week', visit_date) wk, SUM(entries) FROM daily_gate_entries GROUP BY 1 ORDER BY 1")
        write.csv(weekly, "attendance_weekly.csv", row.names = FALSE)
        dbDisconnect(con)
    """), None, "https://keyring.r-lib.org/")

    add("notebook/decoy-getpass", "analytics/notebooks/fnb_basket_analysis.ipynb", json.dumps({
        "cells": [
            {"cell_type": "markdown", "metadata": {}, "source": ["# F&B basket analysis\n", "Which items sell together at the food outlets."]},
            {"cell_type": "code", "execution_count": 1, "metadata": {}, "outputs": [],
             "source": ["import getpass\n", "import snowflake.connector\n",
                        "conn = snowflake.connector.connect(\n", "    account=\"sp12345.us-east-1\",\n",
                        "    user=getpass.getuser().upper(),\n", "    authenticator=\"externalbrowser\",\n",
                        "    warehouse=\"ANALYTICS_WH\",\n", ")"]},
            {"cell_type": "code", "execution_count": 2, "metadata": {}, "outputs": [],
             "source": ["baskets = conn.cursor().execute(\"SELECT check_id, item FROM fnb.check_items\").fetch_pandas_all()"]},
        ],
        "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
        "nbformat": 4, "nbformat_minor": 5}, indent=1) + "\n", None,
        "https://docs.snowflake.com/en/developer-guide/python-connector/python-connector-connect#using-single-sign-on-sso-for-authentication")

    add("yaml/decoy-opcua-cert-auth", "gateways/opcua/client-config.yaml", T("""
        # OPC UA client: X.509 user authentication, no passwords
        endpoint: opc.tcp://10.40.12.21:4840/ride/maverick
        security:
          policy: Basic256Sha256
          mode: SignAndEncrypt
          client_certificate: certs/gw-cert.der
          client_private_key: certs/gw-key.pem      # file on the gateway, not in this repo
          trusted_server_certs: certs/trusted/
        user_identity:
          type: certificate
          certificate: certs/opc-reader-user.der
        subscriptions:
          publishing_interval_ms: 250
          nodes:
            - ns=3;s="DB_Restraints"."AllLocked"
            - ns=3;s="DB_Dispatch"."Ready"
    """), None, "https://reference.opcfoundation.org/Core/Part4/v105/docs/7.41")

    add("mosquitto-conf/decoy-password-file", "edge/mosquitto/mosquitto.conf", T("""
        per_listener_settings true

        listener 1883 10.40.2.10
        allow_anonymous false
        password_file /etc/mosquitto/passwd
        acl_file /etc/mosquitto/acl

        listener 8883
        certfile /etc/mosquitto/certs/mqtt-core.crt
        keyfile /etc/mosquitto/certs/mqtt-core.key
        cafile /etc/mosquitto/certs/park-ca.crt
        require_certificate true
        use_identity_as_username true

        persistence true
        persistence_location /var/lib/mosquitto/
        log_dest syslog
    """), None, "https://mosquitto.org/man/mosquitto-conf-5.html")

    add("terraform/decoy-data-source", "infra/terraform/ride-photo/kiosk.tf", T("""
        data "aws_ssm_parameter" "kiosk_upload_secret" {
          name            = "/ridephoto/kiosk/upload-secret"
          with_decryption = true
        }

        resource "aws_iam_access_key" "uploader" {
          user    = aws_iam_user.uploader.name
          pgp_key = "keybase:summitparks_ops"
        }

        output "uploader_key_id" {
          value = aws_iam_access_key.uploader.id
        }

        output "uploader_secret_encrypted" {
          value = aws_iam_access_key.uploader.encrypted_secret
        }
    """), None, "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/iam_access_key")


_ride_control_secrets()
_ticketing_secrets()
_analytics_secrets()
_mobile_secrets()
_ops_secrets()
_split_secrets()
_decoys_references()
_decoys_public_and_hashed()
_decoys_examples_fixtures_ids()

assert SEED_LO < _SEED[0] <= SEED_HI
