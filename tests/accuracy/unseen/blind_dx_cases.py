"""Blind set DX: elevator and escalator service companies.

Remote monitoring of lift controllers, IoT gateways and cellular routers on site, telemetry
pipelines (MQTT, Kafka, InfluxDB, TimescaleDB), field-service and dispatch apps for technicians,
building-management integrations (BACnet, OPC UA, Metasys, Niagara), CRM and ticketing links,
alerting, CI and infrastructure code, and their decoys. Generated fakes only (seeds 1230000-1239999).
"""
from __future__ import annotations

import base64
import json
import random
import re
import string
import struct
import textwrap
from typing import List, Optional

from tests import fakes
from tests.accuracy.labelled import LabelledCase

ALNUM = string.ascii_letters + string.digits
HEX = "0123456789abcdef"
UPPER_ALNUM = string.ascii_uppercase + string.digits
B32 = string.ascii_uppercase + "234567"
SEED_LOW, SEED_HIGH = 1230000, 1239999
_SEED = [SEED_LOW]


def _seed() -> int:
    _SEED[0] += 7
    assert SEED_LOW <= _SEED[0] <= SEED_HIGH
    return _SEED[0]


def _rng() -> random.Random:
    return random.Random(_seed())


def draw(n: int, alphabet: str = ALNUM) -> str:
    if alphabet == ALNUM:
        return fakes.drawn_mixed(_seed(), n)
    return fakes.drawn(_seed(), n, alphabet)


def hexs(n: int, upper: bool = False) -> str:
    value = draw(n, HEX)
    return value.upper() if upper else value


def rbytes(n: int) -> bytes:
    r = _rng()
    return bytes(r.getrandbits(8) for _ in range(n))


def b64bytes(n: int) -> str:
    return base64.b64encode(rbytes(n)).decode()


def b64(s: str) -> str:
    return base64.b64encode(s.encode()).decode()


def b64url(raw: bytes) -> str:
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def uuid_s() -> str:
    return fakes.uuid4(_seed())


WORDS = ["Hoist", "Pulley", "Sheave", "Landing", "Cabin", "Traction", "Governor", "Buffer", "Rope", "Counter",
         "Piston", "Ladder", "Comb", "Handrail", "Falcon", "Granite", "Harbor", "Cobalt", "Juniper", "Marble"]
LOWER = ["otter", "violet", "mango", "ferry", "pylon", "quartz", "saddle", "lantern", "walrus", "cactus",
         "ember", "tundra", "biscuit", "oyster", "nickel", "orchid"]


def words_pw() -> str:
    r = _rng()
    return r.choice(WORDS) + r.choice("!#$%@*&") + r.choice(WORDS) + str(r.randint(10, 9999))


def passphrase(sep: str = "-") -> str:
    r = _rng()
    return sep.join(r.sample(LOWER, 4)) + str(r.randint(1, 99))


def gen_pw(n: int = 20, extra: str = "") -> str:
    r = _rng()
    while True:  # bounded in practice; a draw without a digit or both cases is drawn again
        value = "".join(r.choice(ALNUM + extra) for _ in range(n))
        if any(c.isdigit() for c in value) and any(c.isupper() for c in value) and any(c.islower() for c in value):
            return value


def _pem_lines(der: bytes) -> str:
    text = base64.b64encode(der).decode()
    return "\n".join(text[i:i + 64] for i in range(0, len(text), 64))


def ec_key() -> str:
    der = (bytes.fromhex("30770201010420") + rbytes(32) + bytes.fromhex("a00a06082a8648ce3d030107a144034200")
           + b"\x04" + rbytes(64))
    return "-----BEGIN EC PRIVATE KEY-----\n" + _pem_lines(der) + "\n-----END EC PRIVATE KEY-----"


def p8_key() -> str:
    der = (bytes.fromhex("308187020100301306072a8648ce3d020106082a8648ce3d030107046d306b0201010420") + rbytes(32)
           + bytes.fromhex("a144034200") + b"\x04" + rbytes(64))
    return "-----BEGIN PRIVATE KEY-----\n" + _pem_lines(der) + "\n-----END PRIVATE KEY-----"


def rsa_key(pkcs8: bool = False) -> str:
    if pkcs8:
        der = bytes.fromhex("308204be020100300d06092a864886f70d0101010500048204a8308204a40201000282010100") + rbytes(1176)
        return "-----BEGIN PRIVATE KEY-----\n" + _pem_lines(der) + "\n-----END PRIVATE KEY-----"
    der = bytes.fromhex("308204a40201000282010100") + rbytes(1180)
    return "-----BEGIN RSA PRIVATE KEY-----\n" + _pem_lines(der) + "\n-----END RSA PRIVATE KEY-----"


def _sshstr(b: bytes) -> bytes:
    return struct.pack(">I", len(b)) + b


def openssh_key(comment: str) -> str:
    pub = rbytes(32)
    priv = rbytes(32) + pub
    pubblob = _sshstr(b"ssh-ed25519") + _sshstr(pub)
    check = rbytes(4)
    block = check + check + pubblob + _sshstr(priv) + _sshstr(comment.encode())
    pad = 1
    while len(block) % 8 and pad < 9:
        block += bytes([pad])
        pad += 1
    der = (b"openssh-key-v1\x00" + _sshstr(b"none") + _sshstr(b"none") + _sshstr(b"") + struct.pack(">I", 1)
           + _sshstr(pubblob) + _sshstr(block))
    text = base64.b64encode(der).decode()
    body = "\n".join(text[i:i + 70] for i in range(0, len(text), 70))
    return "-----BEGIN OPENSSH PRIVATE KEY-----\n" + body + "\n-----END OPENSSH PRIVATE KEY-----"


def ssh_pub(comment: str) -> str:
    blob = _sshstr(b"ssh-ed25519") + _sshstr(rbytes(32))
    return "ssh-ed25519 " + base64.b64encode(blob).decode() + " " + comment


def cert_pem() -> str:
    der = bytes.fromhex("308203") + rbytes(2) + bytes.fromhex("308202") + rbytes(700)
    return "-----BEGIN CERTIFICATE-----\n" + _pem_lines(der) + "\n-----END CERTIFICATE-----"


def pub_pem() -> str:
    der = bytes.fromhex("30820122300d06092a864886f70d01010105000382010f003082010a0282010100") + rbytes(256) + bytes.fromhex("0203010001")
    return "-----BEGIN PUBLIC KEY-----\n" + _pem_lines(der) + "\n-----END PUBLIC KEY-----"


def indent(block: str, pad: str) -> str:
    """A multi-line block placed after a marker that already sits at `pad`."""
    return block.replace("\n", "\n" + pad)


def jwt(payload: dict, sig_len: int = 43) -> str:
    head = b64url(json.dumps({"alg": "HS256", "typ": "JWT"}, separators=(",", ":")).encode())
    body = b64url(json.dumps(payload, separators=(",", ":")).encode())
    return head + "." + body + "." + draw(sig_len, ALNUM + "-_")


# Vendor-shaped tokens.
def aws_id() -> str:
    return fakes.aws_key_id(_seed())


def aws_secret() -> str:
    return fakes.aws_secret_key(_seed())


def azure_sas_key() -> str:
    return b64bytes(32)


def azure_account_key() -> str:
    return b64bytes(64)


def azure_client_secret() -> str:
    return draw(3) + "8Q~" + draw(34, ALNUM + "_.-~")


def influx_token() -> str:
    return b64bytes(64).replace("+", "-").replace("/", "_")


def slack_webhook() -> str:
    return ("https://hooks.slack.com/services/T" + draw(8, UPPER_ALNUM) + "/B" + draw(10, UPPER_ALNUM) + "/" + draw(24))


def slack_bot() -> str:
    r = _rng()
    return f"xoxb-{r.randint(10**10, 10**11)}-{r.randint(10**12, 10**13)}-" + draw(24)


def teams_webhook(tenant_host: str) -> str:
    return (f"https://{tenant_host}.webhook.office.com/webhookb2/{uuid_s()}@{uuid_s()}/IncomingWebhook/"
            f"{hexs(32)}/{uuid_s()}/V2" + draw(43, ALNUM + "-_"))


def sendgrid() -> str:
    return "SG." + draw(22, ALNUM + "-_") + "." + draw(43, ALNUM + "-_")


def twilio_sid() -> str:
    return "AC" + hexs(32)


def mapbox_secret(user: str) -> str:
    payload = b64url(json.dumps({"u": user, "a": draw(25, string.ascii_lowercase + string.digits)},
                                separators=(",", ":")).encode())
    return "sk." + payload + "." + draw(22, ALNUM + "-_")


def mapbox_public(user: str) -> str:
    payload = b64url(json.dumps({"u": user, "a": draw(25, string.ascii_lowercase + string.digits)},
                                separators=(",", ":")).encode())
    return "pk." + payload + "." + draw(22, ALNUM + "-_")


def fcm_server_key() -> str:
    return "AAAA" + draw(7, ALNUM + "-_") + ":APA91b" + draw(134, ALNUM + "-_")


def grafana_sa() -> str:
    return "glsa_" + draw(32) + "_" + hexs(8)


def confluent_key() -> str:
    return draw(16, UPPER_ALNUM)


def confluent_secret() -> str:
    return draw(64, ALNUM + "+/")


def tailscale_key() -> str:
    return "tskey-auth-k" + draw(10) + "CNTRL-" + draw(33)


def ngrok_token() -> str:
    return "2" + draw(26) + "_" + draw(21)


def ttn_key() -> str:
    return "NNSXS." + draw(39, B32) + "." + draw(52, B32)


def nats_seed() -> str:
    return "SUA" + draw(55, B32)


def atlassian_token() -> str:
    return "ATATT3xFfGF0" + draw(170, ALNUM + "-_") + "=" + hexs(8, upper=True)


def anthropic_key() -> str:
    return "sk-ant-api03-" + draw(93, ALNUM + "-_") + "AA"


def jfrog_ref() -> str:
    r = _rng()
    return b64(f"reftkn:01:{r.randint(1700000000, 1999999999)}:" + draw(32)).rstrip("=")


def vault_token() -> str:
    return "hvs." + draw(24)


def tfc_token() -> str:
    return draw(14) + ".atlasv1." + draw(67)


def ado_pat() -> str:
    return draw(52, string.ascii_lowercase + "234567")


_MARK = re.compile(r"<<([a-z0-9_]+)>>")


def fill(src: str, /, **values: str) -> str:
    text = textwrap.dedent(src).lstrip("\n")
    used = set()

    def sub(match: "re.Match[str]") -> str:
        used.add(match.group(1))
        return values[match.group(1)]

    text = _MARK.sub(sub, text)
    assert used == set(values), (set(values) - used)
    return text if text.endswith("\n") else text + "\n"


CASES: List[LabelledCase] = []


def add(category: str, file_name: str, src: str, secret: Optional[str], source: str, /, **values: str) -> None:
    CASES.append(LabelledCase("blind-dx/" + category, file_name, fill(src, **values), secret, source))


# ---------------------------------------------------------------------------------------------
# Gateways, controllers and telemetry on site
# ---------------------------------------------------------------------------------------------
_v = fakes.redis_password(_seed())
add("env/mqtt-password", "sites/nge-0417/gateway.env", r"""
    # Remote monitoring gateway LMG-400, site profile for Northgate Tower (car 1-4)
    GATEWAY_SITE_ID=NGE-0417
    GATEWAY_MODEL=LMG-400
    CONTROLLER_PROTOCOL=modbus-tcp
    CONTROLLER_HOST=192.168.10.20
    CONTROLLER_PORT=502
    CONTROLLER_UNIT_IDS=1,2,3,4
    POLL_INTERVAL_MS=500
    MQTT_HOST=mqtt.liftronic-monitor.net
    MQTT_PORT=8883
    MQTT_TLS=true
    MQTT_CLIENT_ID=lmg-nge-0417
    MQTT_USERNAME=gw-nge-0417
    MQTT_PASSWORD=<<pw>>
    MQTT_TOPIC_PREFIX=liftronic/telemetry/NGE-0417
    BUFFER_DIR=/var/lib/lmg/spool
    LOG_LEVEL=info
""", _v, "Eclipse Mosquitto authentication docs; dotenv format", pw=_v)

_v = azure_sas_key()
add("python/azure-iot-device-key", "gateway/agent/iothub_sender.py", r"""
    import json
    import time

    from azure.iot.device import IoTHubDeviceClient, Message

    # TODO move to TPM-backed provisioning before the Q3 rollout
    CONNECTION_STRING = "HostName=lift-telemetry-prod.azure-devices.net;DeviceId=esc-mall-west-07;SharedAccessKey=<<key>>"


    def read_escalator_state(bus):
        return {
            "step_speed_mps": bus.read_float(40001),
            "handrail_speed_dev_pct": bus.read_float(40003),
            "comb_plate_switch": bus.read_coil(10),
            "fault_code": bus.read_register(40010),
        }


    def main(bus):
        client = IoTHubDeviceClient.create_from_connection_string(CONNECTION_STRING)
        client.connect()
        try:
            while True:
                payload = read_escalator_state(bus)
                msg = Message(json.dumps(payload))
                msg.content_type = "application/json"
                msg.custom_properties["unit"] = "ESC-07"
                client.send_message(msg)
                time.sleep(5)
        finally:
            client.shutdown()
""", _v, "Azure IoT Hub device connection strings (learn.microsoft.com, azure-iot-device SDK)", key=_v)

_v = azure_sas_key()
add("json/azure-iot-hub-owner", "services/fleet-commander/appsettings.Production.json", r"""
    {
      "Logging": {
        "LogLevel": {
          "Default": "Information",
          "Microsoft.AspNetCore": "Warning"
        }
      },
      "IoTHub": {
        "ConnectionString": "HostName=lift-telemetry-prod.azure-devices.net;SharedAccessKeyName=iothubowner;SharedAccessKey=<<key>>",
        "DirectMethodTimeoutSeconds": 30
      },
      "Commands": {
        "AllowRemoteReset": true,
        "AllowInspectionMode": false
      },
      "AllowedHosts": "*"
    }
""", _v, "Azure IoT Hub shared access policies (learn.microsoft.com/azure/iot-hub/authenticate-authorize-sas)", key=_v)

_v = azure_sas_key()
add("csharp/event-hub-key", "src/Telemetry.Ingest/TelemetryFunctions.cs", r"""
    using System.Text;
    using Azure.Messaging.EventHubs;
    using Azure.Messaging.EventHubs.Producer;
    using Microsoft.Azure.Functions.Worker;
    using Microsoft.Extensions.Logging;

    namespace Liftronic.Telemetry.Ingest;

    public class TelemetryFunctions
    {
        private const string FaultHubConnection =
            "Endpoint=sb://lt-faults-weu.servicebus.windows.net/;SharedAccessKeyName=ingest-send;SharedAccessKey=<<key>>;EntityPath=controller-faults";

        private readonly ILogger<TelemetryFunctions> _log;

        public TelemetryFunctions(ILogger<TelemetryFunctions> log) => _log = log;

        [Function("ForwardFaults")]
        public async Task Run([TimerTrigger("*/30 * * * * *")] TimerInfo timer)
        {
            await using var producer = new EventHubProducerClient(FaultHubConnection);
            using EventDataBatch batch = await producer.CreateBatchAsync();
            foreach (var fault in FaultBuffer.Drain())
            {
                batch.TryAdd(new EventData(Encoding.UTF8.GetBytes(fault.ToJson())));
            }
            await producer.SendAsync(batch);
            _log.LogInformation("Forwarded {Count} controller faults", batch.Count);
        }
    }
""", _v, "Azure Event Hubs connection strings (learn.microsoft.com/azure/event-hubs)", key=_v)

_v = azure_account_key()
add("json/azure-storage-key", "functions/report-archiver/local.settings.json", r"""
    {
      "IsEncrypted": false,
      "Values": {
        "FUNCTIONS_WORKER_RUNTIME": "dotnet-isolated",
        "AzureWebJobsStorage": "DefaultEndpointsProtocol=https;AccountName=ltinspectionreports;AccountKey=<<key>>;EndpointSuffix=core.windows.net",
        "ReportContainer": "inspection-pdfs",
        "RetentionDays": "3650"
      }
    }
""", _v, "Azure Storage connection strings (learn.microsoft.com/azure/storage/common/storage-configure-connection-string)", key=_v)

_v = gen_pw(16, "!#%")
add("c/mqtt-password", "firmware/lmg200/include/site_config.h", r"""
    #ifndef SITE_CONFIG_H
    #define SITE_CONFIG_H

    /* Build-time site profile for the LMG-200 monitoring board (STM32 + Quectel BG96). */
    #define SITE_ID              "HBF-1102"
    #define CONTROLLER_BAUD      19200
    #define CONTROLLER_PARITY    'E'

    #define APN_NAME             "iot.telco-m2m.net"
    #define MQTT_BROKER_HOST     "mqtt.liftronic-monitor.net"
    #define MQTT_BROKER_PORT     8883
    #define MQTT_CLIENT_ID       "lmg200-hbf-1102"
    #define MQTT_USER            "gw-hbf-1102"
    #define MQTT_PASS            "<<pw>>"
    #define MQTT_KEEPALIVE_S     60

    #define DOOR_CYCLE_REPORT_EVERY 100

    #endif /* SITE_CONFIG_H */
""", _v, "Paho Embedded C MQTTPacket_connectData username/password", pw=_v)

_v = rsa_key()
add("pem/aws-iot-private-key", "provisioning/things/lift-gw-0093/private.pem.key", r"""
    <<key>>
""", _v, "AWS IoT Core device certificates and keys (docs.aws.amazon.com/iot/latest/developerguide/device-certs-create.html)", key=_v)

_i, _v = aws_id(), aws_secret()
add("shell/aws-secret-key", "scripts/provision-gateway.sh", r"""
    #!/usr/bin/env bash
    # Provision a new remote-monitoring gateway as an AWS IoT thing.
    # usage: provision-gateway.sh <site-id>
    set -euo pipefail

    SITE="${1:?site id}"
    THING="lift-gw-${SITE,,}"

    aws configure set aws_access_key_id <<kid>> --profile lift-provisioner
    aws configure set aws_secret_access_key <<key>> --profile lift-provisioner
    aws configure set region eu-central-1 --profile lift-provisioner
    export AWS_PROFILE=lift-provisioner

    aws iot create-thing --thing-name "$THING" --thing-type-name LiftGateway \
      --attribute-payload "{\"attributes\":{\"site\":\"$SITE\"}}"
    aws iot create-keys-and-certificate --set-as-active \
      --certificate-pem-outfile "out/$THING.cert.pem" \
      --private-key-outfile "out/$THING.private.key" > "out/$THING.json"
    CERT_ARN=$(jq -r .certificateArn "out/$THING.json")
    aws iot attach-policy --policy-name LiftGatewayPolicy --target "$CERT_ARN"
    aws iot attach-thing-principal --thing-name "$THING" --principal "$CERT_ARN"
    echo "provisioned $THING"
""", _v, "AWS CLI aws configure set (docs.aws.amazon.com/cli)", kid=_i, key=_v)

_v = influx_token()
add("toml/influxdb-token", "edge/telegraf/telegraf.conf", r"""
    [agent]
      interval = "10s"
      flush_interval = "30s"
      hostname = "edge-bms-harbourside"

    [[inputs.modbus]]
      name = "lift_controller"
      controller = "tcp://10.40.2.15:502"
      slave_id = 1
      holding_registers = [
        { name = "car_position_floor", byte_order = "AB", data_type = "UINT16", scale = 1.0, address = [0] },
        { name = "door_state",         byte_order = "AB", data_type = "UINT16", scale = 1.0, address = [1] },
        { name = "motor_current_a",    byte_order = "AB", data_type = "FLOAT32", scale = 0.1, address = [2] },
        { name = "trip_counter",       byte_order = "ABCD", data_type = "UINT32", scale = 1.0, address = [4, 5] },
      ]

    [[outputs.influxdb_v2]]
      urls = ["https://influx.liftronic-monitor.net"]
      token = "<<token>>"
      organization = "liftronic"
      bucket = "controller-telemetry"
""", _v, "Telegraf outputs.influxdb_v2 and inputs.modbus plugin docs (github.com/influxdata/telegraf)", token=_v)

_v = gen_pw(24)
add("mosquitto/bridge-password", "edge/mosquitto/conf.d/bridge.conf", r"""
    # Local broker on the site gateway, bridged to the central monitoring cluster
    listener 1883 127.0.0.1
    allow_anonymous true

    connection central-monitoring
    address mqtt-eu.liftronic-monitor.net:8883
    bridge_protocol_version mqttv311
    bridge_cafile /etc/mosquitto/certs/central-ca.crt
    remote_clientid bridge-site-dlk-22
    remote_username bridge-dlk-22
    remote_password <<pw>>
    cleansession false
    try_private true
    topic telemetry/# out 1 "" liftronic/sites/DLK-22/
    topic commands/# in 1 "" liftronic/sites/DLK-22/
""", _v, "mosquitto.conf(5) bridge remote_username / remote_password", pw=_v)

_v = words_pw()
add("json/node-red-credentials", "edge/node-red/flows_cred.json", r"""
    {
        "a41c7e02b9d8f310": {
            "user": "bms-reader",
            "password": "<<pw>>"
        },
        "0f5d2a7c9e81b446": {
            "broker_user": "nodered-harbourside"
        },
        "c8e13b5f72a0d9e4": {
            "token": ""
        }
    }
""", _v, "Node-RED flow credentials file (nodered.org/docs/user-guide/runtime/securing-node-red, credentialSecret: false)", pw=_v)

_v = passphrase("")
add("uci/wifi-psk", "routers/rut955-template/etc/config/wireless", r"""
    config wifi-device 'radio0'
    	option type 'mac80211'
    	option channel 'auto'
    	option hwmode '11g'
    	option country 'DE'

    config wifi-iface 'default_radio0'
    	option device 'radio0'
    	option network 'lan'
    	option mode 'ap'
    	option ssid 'LIFT-SERVICE-AP'
    	option encryption 'psk2'
    	option key '<<psk>>'
    	option hidden '1'
    	option disabled '0'
""", _v, "OpenWrt UCI wireless configuration (openwrt.org/docs/guide-user/network/wifi/basic); Teltonika RUT955", psk=_v)

_v = b64bytes(32)
add("wireguard/private-key", "sites/mall-west/wg0.conf", r"""
    # Service VPN for escalator monitoring cabinet, Mall West level -1
    [Interface]
    Address = 10.77.14.9/32
    PrivateKey = <<key>>
    ListenPort = 51820
    DNS = 10.77.0.1

    [Peer]
    # hub: vpn-hub-fra.liftronic.net
    PublicKey = <<pub>>
    Endpoint = vpn-hub-fra.liftronic.net:51820
    AllowedIPs = 10.77.0.0/16
    PersistentKeepalive = 25
""", _v, "wg(8) configuration file format (wireguard.com)", key=_v, pub=b64bytes(32))

_v = gen_pw(28)
add("strongswan/ipsec-psk", "sites/airport-t2/ipsec.secrets", r"""
    # /etc/ipsec.secrets - strongSwan IPsec secrets file
    # Tunnel from airport T2 BMS network to Liftronic remote monitoring hub
    # owner: field-network team, last rotated 2023-11

    203.0.113.44 198.51.100.10 : PSK "<<psk>>"

    # include /var/lib/strongswan/ipsec.secrets.inc
""", _v, "strongSwan ipsec.secrets(5)", psk=_v)

_v = gen_pw(20)
add("cisco/isakmp-key", "network/cisco/c1111-site-template.cfg", r"""
    hostname LIFT-RTR-SITE
    !
    service timestamps log datetime msec
    no ip domain lookup
    !
    crypto isakmp policy 10
     encryption aes 256
     hash sha256
     authentication pre-share
     group 14
    crypto isakmp key <<psk>> address 198.51.100.10
    !
    crypto ipsec transform-set LIFT-TS esp-aes 256 esp-sha256-hmac
     mode tunnel
    !
    crypto map LIFT-MAP 10 ipsec-isakmp
     set peer 198.51.100.10
     set transform-set LIFT-TS
     match address LIFT-MONITORING
    !
    interface GigabitEthernet0/0/0
     description WAN
     ip address dhcp
     crypto map LIFT-MAP
    !
    ip access-list extended LIFT-MONITORING
     permit ip 192.168.50.0 0.0.0.255 10.77.0.0 0.0.255.255
    !
    end
""", _v, "Cisco IOS crypto isakmp key command reference", psk=_v)

_v = gen_pw(18)
add("mikrotik/ipsec-secret", "network/mikrotik/hap-ac-lift.rsc", r"""
    # jan/12/2024 09:14:51 by RouterOS 7.12.1
    # model = RB962UiGS-5HacT2HnT
    /interface bridge
    add name=bridge-lan
    /ip ipsec profile
    add dh-group=modp2048 enc-algorithm=aes-256 name=lift-hub
    /ip ipsec peer
    add address=198.51.100.10/32 name=lift-hub profile=lift-hub
    /ip ipsec identity
    add peer=lift-hub secret=<<psk>>
    /ip ipsec policy
    add dst-address=10.77.0.0/16 peer=lift-hub src-address=192.168.88.0/24 tunnel=yes
    /ip address
    add address=192.168.88.1/24 interface=bridge-lan network=192.168.88.0
    /system identity
    set name=LIFT-MT-OFFICEPARK-3
""", _v, "MikroTik RouterOS /ip ipsec identity (help.mikrotik.com)", psk=_v)

_v = words_pw()
add("wpa/wifi-psk", "gateway/rootfs/etc/wpa_supplicant/wpa_supplicant-wlan0.conf", r"""
    ctrl_interface=DIR=/var/run/wpa_supplicant GROUP=netdev
    update_config=1
    country=GB

    # Machine room Wi-Fi at Canary Quay, used when the LTE modem has no signal
    network={
        ssid="CQ-Plant-Services"
        psk="<<psk>>"
        key_mgmt=WPA-PSK
        priority=10
    }
""", _v, "wpa_supplicant.conf(5)", psk=_v)

_seed_v = nats_seed()
_jwt = "eyJ0eXAiOiJKV1QiLCJhbGciOiJlZDI1NTE5LW5rZXkifQ." + draw(220, ALNUM + "-_") + "." + draw(86, ALNUM + "-_")
add("nats-creds/nkey-seed", "deploy/edge/creds/telemetry-forwarder.creds", r"""
    -----BEGIN NATS USER JWT-----
    <<jwt>>
    ------END NATS USER JWT------

    ************************* IMPORTANT *************************
    NKEY Seed printed below can be used to sign and prove identity.
    NKEYs are sensitive and should be treated as secrets.

    -----BEGIN USER NKEY SEED-----
    <<seed>>
    ------END USER NKEY SEED------

    *************************************************************
""", _seed_v, "NATS decentralized auth .creds file (docs.nats.io/using-nats/developer/connecting/creds)", jwt=_jwt, seed=_seed_v)

_v = draw(32)
add("go/nats-token", "cmd/dispatch-bridge/main.go", r"""
    package main

    import (
    	"encoding/json"
    	"log"
    	"time"

    	"github.com/nats-io/nats.go"
    )

    type Callout struct {
    	SiteID    string    `json:"site_id"`
    	UnitID    string    `json:"unit_id"`
    	Reason    string    `json:"reason"`
    	Entrapped bool      `json:"entrapped"`
    	At        time.Time `json:"at"`
    }

    func main() {
    	nc, err := nats.Connect("nats://nats.dispatch.internal:4222",
    		nats.Name("dispatch-bridge"),
    		nats.Token("<<token>>"),
    		nats.MaxReconnects(-1))
    	if err != nil {
    		log.Fatal(err)
    	}
    	defer nc.Drain()

    	_, err = nc.Subscribe("callouts.>", func(m *nats.Msg) {
    		var c Callout
    		if err := json.Unmarshal(m.Data, &c); err != nil {
    			log.Printf("bad callout: %v", err)
    			return
    		}
    		if c.Entrapped {
    			escalate(c)
    		}
    	})
    	if err != nil {
    		log.Fatal(err)
    	}
    	select {}
    }
""", _v, "nats.go nats.Token option (docs.nats.io/using-nats/developer/connecting/token)", token=_v)

_v = hexs(64)
add("ansible/zabbix-psk", "ansible/roles/zabbix_gateway/tasks/main.yml", r"""
    ---
    - name: Install zabbix agent 2
      ansible.builtin.apt:
        name: zabbix-agent2
        state: present

    - name: Write TLS PSK for the gateway agent
      ansible.builtin.copy:
        dest: /etc/zabbix/lift-gateway.psk
        content: "<<psk>>\n"
        owner: zabbix
        group: zabbix
        mode: "0600"

    - name: Configure agent
      ansible.builtin.template:
        src: zabbix_agent2.conf.j2
        dest: /etc/zabbix/zabbix_agent2.conf
      notify: restart zabbix-agent2
""", _v, "Zabbix encryption using pre-shared keys (zabbix.com/documentation/current/en/manual/encryption/using_pre_shared_keys)", psk=_v)

_v = ttn_key()
add("python/ttn-api-key", "lorawan/ttn_uplinks.py", r"""
    '''Pull escalator vibration sensor uplinks from The Things Stack storage integration.'''
    import requests

    TTS_CLUSTER = "https://eu1.cloud.thethings.network"
    APP_ID = "escalator-vibration-eu"
    API_KEY = "<<key>>"


    def fetch_uplinks(last="1h"):
        url = f"{TTS_CLUSTER}/api/v3/as/applications/{APP_ID}/packages/storage/uplink_message"
        resp = requests.get(
            url,
            headers={"Authorization": f"Bearer {API_KEY}", "Accept": "text/event-stream"},
            params={"last": last, "field_mask": "up.uplink_message.decoded_payload"},
            timeout=30,
        )
        resp.raise_for_status()
        return resp.text.splitlines()


    if __name__ == "__main__":
        for line in fetch_uplinks():
            if line.strip():
                print(line)
""", _v, "The Things Stack API keys and Storage Integration (thethingsindustries.com/docs)", key=_v)

_v = hexs(32, upper=True)
add("json/lorawan-appkey", "lorawan/chirpstack/devices-batch-07.json", r"""
    {
      "applicationId": "5b0c2f9e-2a43-4c1e-9d55-1b8f0c7e6a21",
      "deviceProfileId": "f3a9e8d1-7c62-4b0a-8e2f-93c1d45b7a60",
      "devices": [
        {
          "devEui": "70B3D57ED005A1C4",
          "name": "esc-mall-west-07-vib",
          "description": "Escalator 07 drive-station vibration sensor",
          "joinEui": "0000000000000000",
          "keys": {
            "nwkKey": "<<key>>"
          },
          "tags": {"site": "MALL-WEST", "unit": "ESC-07"}
        }
      ]
    }
""", _v, "ChirpStack v4 device keys (nwkKey / AppKey, LoRaWAN 1.0.x root key)", key=_v)

_v = gen_pw(22)
add("properties/kafka-sasl", "services/telemetry-ingest/src/main/resources/kafka-consumer.properties", r"""
    bootstrap.servers=kafka-0.telemetry.internal:9093,kafka-1.telemetry.internal:9093,kafka-2.telemetry.internal:9093
    group.id=telemetry-ingest
    auto.offset.reset=earliest
    enable.auto.commit=false
    key.deserializer=org.apache.kafka.common.serialization.StringDeserializer
    value.deserializer=io.confluent.kafka.serializers.KafkaAvroDeserializer
    schema.registry.url=https://schema-registry.telemetry.internal
    security.protocol=SASL_SSL
    sasl.mechanism=SCRAM-SHA-512
    sasl.jaas.config=org.apache.kafka.common.security.scram.ScramLoginModule required \
        username="telemetry-ingest" \
        password="<<pw>>";
    ssl.truststore.location=/etc/kafka/truststore.jks
    max.poll.records=500
""", _v, "Apache Kafka SASL/SCRAM client configuration (kafka.apache.org/documentation/#security_sasl_scram)", pw=_v)

_k, _v = confluent_key(), confluent_secret()
add("java/confluent-secret", "services/fault-stream/src/main/java/com/liftronic/faults/KafkaConfig.java", r"""
    package com.liftronic.faults;

    import java.util.Properties;
    import org.apache.kafka.clients.producer.ProducerConfig;
    import org.apache.kafka.common.serialization.StringSerializer;

    public final class KafkaConfig {
        private static final String BOOTSTRAP = "pkc-4nym6.westeurope.azure.confluent.cloud:9092";
        private static final String API_KEY = "<<key>>";
        private static final String API_SECRET = "<<secret>>";

        private KafkaConfig() {}

        public static Properties producer() {
            Properties p = new Properties();
            p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, BOOTSTRAP);
            p.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
            p.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
            p.put(ProducerConfig.ACKS_CONFIG, "all");
            p.put("security.protocol", "SASL_SSL");
            p.put("sasl.mechanism", "PLAIN");
            p.put("sasl.jaas.config", String.format(
                "org.apache.kafka.common.security.plain.PlainLoginModule required username=\"%s\" password=\"%s\";",
                API_KEY, API_SECRET));
            return p;
        }
    }
""", _v, "Confluent Cloud API keys and Java client configuration (docs.confluent.io/cloud/current/client-apps)", key=_k, secret=_v)

_v = words_pw()
add("ini/gateway-admin-password", "gateway/config/lmg400.ini", r"""
    ; LMG-400 remote monitoring unit - factory template for EMEA sites
    [device]
    model = LMG-400
    timezone = Europe/Berlin

    [controller]
    type = mcs220
    serial_port = /dev/ttymxc2
    baud = 38400
    heartbeat_s = 15

    [webui]
    enabled = yes
    port = 8443
    admin_user = service
    admin_password = <<pw>>

    [uplink]
    primary = lte
    fallback = ethernet
""", _v, "INI configuration of a monitoring gateway (Python configparser format)", pw=_v)

_v = gen_pw(14, "#!")
add("xml/bacnet-gateway-password", "bms/gateways/harbourside/bacnet-router.xml", r"""
    <?xml version="1.0" encoding="UTF-8"?>
    <GatewayConfig version="3.2">
      <Device instance="240117" name="LIFT-GW-HARBOURSIDE" vendorId="0">
        <Network type="BACnet/IP" port="47808" bbmd="10.40.0.5"/>
        <Network type="MS/TP" port="/dev/ttyS1" baud="38400" mac="12"/>
      </Device>
      <Objects>
        <MultiStateValue instance="1" name="Lift1_Status" source="modbus:1:30001"/>
        <MultiStateValue instance="2" name="Lift2_Status" source="modbus:2:30001"/>
        <BinaryValue instance="10" name="Lift1_Entrapment_Alarm" source="modbus:1:10005"/>
        <BinaryValue instance="11" name="Lift2_Entrapment_Alarm" source="modbus:2:10005"/>
      </Objects>
      <WebServer enabled="true" port="443">
        <User name="admin" role="administrator" password="<<pw>>"/>
      </WebServer>
    </GatewayConfig>
""", _v, "BACnet/IP to Modbus gateway configuration export (XML)", pw=_v)

_v = words_pw()
add("python/metasys-password", "integrations/metasys/poll_lift_points.py", r"""
    import requests

    METASYS = "https://adx-01.harbourside-bms.local/api/v4"
    USER = "svc_liftronic"
    PASSWORD = "<<pw>>"

    LIFT_POINTS = [
        "HARBOURSIDE:NAE-03/Programming.Lifts.L1-Status",
        "HARBOURSIDE:NAE-03/Programming.Lifts.L2-Status",
        "HARBOURSIDE:NAE-03/Programming.Lifts.FireRecall",
    ]


    def login():
        r = requests.post(f"{METASYS}/login", json={"username": USER, "password": PASSWORD}, verify=False, timeout=15)
        r.raise_for_status()
        return r.json()["accessToken"]


    def read_points(token):
        headers = {"Authorization": f"Bearer {token}"}
        out = {}
        for fqr in LIFT_POINTS:
            r = requests.get(f"{METASYS}/objects/{fqr}/attributes/presentValue", headers=headers, verify=False, timeout=15)
            out[fqr] = r.json().get("item", {}).get("presentValue")
        return out
""", _v, "Johnson Controls Metasys REST API login (/api/v4/login)", pw=_v)

_v = gen_pw(16, "$%")
add("js/opcua-password", "bms/opcua-bridge/src/client.js", r"""
    const { OPCUAClient, MessageSecurityMode, SecurityPolicy, AttributeIds } = require("node-opcua");

    const endpointUrl = "opc.tcp://desigo-cc.tower-b.local:4840";

    async function readLiftPoints(nodeIds) {
      const client = OPCUAClient.create({
        applicationName: "LiftronicBridge",
        securityMode: MessageSecurityMode.SignAndEncrypt,
        securityPolicy: SecurityPolicy.Basic256Sha256,
        endpointMustExist: false,
      });
      await client.connect(endpointUrl);
      const session = await client.createSession({
        userName: "lift_integration",
        password: "<<pw>>",
      });
      try {
        const values = await session.read(nodeIds.map((nodeId) => ({ nodeId, attributeId: AttributeIds.Value })));
        return values.map((v) => v.value.value);
      } finally {
        await session.close();
        await client.disconnect();
      }
    }

    module.exports = { readLiftPoints };
""", _v, "node-opcua createSession userIdentityInfo (node-opcua.github.io)", pw=_v)

_v = gen_pw(18)
add("shell-history/mosquitto-password", "support/tickets/INC-20817/bash_history.txt", r"""
    cd /opt/lmg
    systemctl status lmg-agent
    journalctl -u lmg-agent --since "1 hour ago" | tail -50
    mosquitto_sub -h mqtt.liftronic-monitor.net -p 8883 --capath /etc/ssl/certs -u gw-cqy-0031 -P <<pw>> -t 'liftronic/telemetry/CQY-0031/#' -v -C 5
    ping -c 3 192.168.10.20
    modpoll -m tcp -a 1 -r 1 -c 10 192.168.10.20
    systemctl restart lmg-agent
    exit
""", _v, "mosquitto_sub(1) -u / -P options", pw=_v)

_v = words_pw()
add("powershell/digi-remote-manager", "tools/Get-GatewayInventory.ps1", r"""
    # Pull gateway inventory from Digi Remote Manager for the quarterly asset audit
    $user = "ops-automation@liftronic.example"
    $pass = "<<pw>>"
    $pair = "{0}:{1}" -f $user, $pass
    $basic = [Convert]::ToBase64String([Text.Encoding]::ASCII.GetBytes($pair))
    $headers = @{ Authorization = "Basic $basic"; Accept = "application/json" }

    $devices = @()
    $cursor = $null
    do {
        $uri = "https://remotemanager.digi.com/ws/v1/devices/inventory?size=1000"
        if ($cursor) { $uri += "&cursor=$cursor" }
        $page = Invoke-RestMethod -Uri $uri -Headers $headers -Method Get
        $devices += $page.list
        $cursor = $page.next_cursor
    } while ($cursor)

    $devices | Select-Object id, name, connection_status, firmware_version, signal_strength |
        Export-Csv -NoTypeInformation -Path ".\gateway-inventory-$(Get-Date -Format yyyyMMdd).csv"
""", _v, "Digi Remote Manager API v1 basic authentication", pw=_v)

_v = passphrase("")
add("netplan/wifi-password", "gateway/rootfs/etc/netplan/60-wifi-fallback.yaml", r"""
    network:
      version: 2
      renderer: networkd
      wifis:
        wlan0:
          dhcp4: true
          optional: true
          access-points:
            "TWR-B-Engineering":
              password: "<<pw>>"
""", _v, "Netplan wifis access-points password (netplan.readthedocs.io)", pw=_v)

_v = influx_token()
add("dockerfile/influx-token", "edge/collector/Dockerfile", r"""
    FROM python:3.11-slim

    WORKDIR /app
    COPY requirements.txt .
    RUN pip install --no-cache-dir -r requirements.txt
    COPY collector/ ./collector/

    ENV INFLUX_URL=https://influx.liftronic-monitor.net \
        INFLUX_ORG=liftronic \
        INFLUX_BUCKET=escalator-telemetry \
        INFLUX_TOKEN=<<token>>

    USER 1000
    CMD ["python", "-m", "collector", "--poll", "2"]
""", _v, "Dockerfile ENV instruction; InfluxDB v2 API tokens", token=_v)

_v = gen_pw(20)
add("compose/timescale-password", "deploy/telemetry/docker-compose.yml", r"""
    services:
      timescaledb:
        image: timescale/timescaledb:2.14.2-pg16
        restart: unless-stopped
        environment:
          POSTGRES_DB: lift_telemetry
          POSTGRES_USER: telemetry
          POSTGRES_PASSWORD: <<pw>>
        volumes:
          - tsdata:/var/lib/postgresql/data
        ports:
          - "5432:5432"

      grafana:
        image: grafana/grafana:10.4.2
        depends_on: [timescaledb]
        ports:
          - "3000:3000"
        volumes:
          - ./grafana/provisioning:/etc/grafana/provisioning

    volumes:
      tsdata:
""", _v, "timescale/timescaledb Docker image POSTGRES_PASSWORD (hub.docker.com/r/timescale/timescaledb)", pw=_v)

_v = words_pw()
add("sql/role-password", "db/migrations/V014__telemetry_roles.sql", r"""
    -- Roles for the telemetry warehouse
    CREATE ROLE grafana_ro LOGIN PASSWORD '<<pw>>';
    GRANT CONNECT ON DATABASE lift_telemetry TO grafana_ro;
    GRANT USAGE ON SCHEMA telemetry TO grafana_ro;
    GRANT SELECT ON ALL TABLES IN SCHEMA telemetry TO grafana_ro;
    ALTER DEFAULT PRIVILEGES IN SCHEMA telemetry GRANT SELECT ON TABLES TO grafana_ro;

    CREATE ROLE ingest NOLOGIN;
    GRANT INSERT ON telemetry.controller_events, telemetry.door_cycles TO ingest;
""", _v, "PostgreSQL CREATE ROLE ... PASSWORD (postgresql.org/docs/current/sql-createrole.html)", pw=_v)

_v = gen_pw(24)
add("k8s/mqtt-broker-password", "deploy/k8s/monitoring/emqx-auth-secret.yaml", r"""
    apiVersion: v1
    kind: Secret
    metadata:
      name: emqx-bridge-auth
      namespace: lift-monitoring
      labels:
        app.kubernetes.io/part-of: remote-monitoring
    type: Opaque
    data:
      username: <<user>>
      password: <<pw>>
""", _v, "Kubernetes Secret data (kubernetes.io/docs/concepts/configuration/secret)", user=b64("bridge-central"), pw=b64(_v))

_v = influx_token()
add("helm/influx-admin-token", "deploy/helm/telemetry/values-prod.yaml", r"""
    influxdb2:
      image:
        tag: 2.7.5
      persistence:
        enabled: true
        size: 500Gi
        storageClass: managed-premium
      adminUser:
        organization: liftronic
        bucket: controller-telemetry
        user: admin
        retention_policy: 400d
        token: "<<token>>"
      resources:
        requests:
          cpu: "2"
          memory: 8Gi

    ingest:
      replicas: 3
      mqttTopic: "liftronic/telemetry/#"
""", _v, "influxdata/helm-charts influxdb2 adminUser.token value", token=_v)

_v = gen_pw(20)
add("yaml/grafana-datasource-password", "deploy/telemetry/grafana/provisioning/datasources/timescale.yaml", r"""
    apiVersion: 1

    datasources:
      - name: Lift Telemetry (Timescale)
        type: postgres
        uid: lift-ts
        url: timescale.telemetry.internal:5432
        user: grafana_ro
        jsonData:
          database: lift_telemetry
          sslmode: require
          timescaledb: true
          postgresVersion: 1600
        secureJsonData:
          password: "<<pw>>"
        editable: false
""", _v, "Grafana provisioning data sources secureJsonData (grafana.com/docs/grafana/latest/administration/provisioning)", pw=_v)

_v = grafana_sa()
add("shell/grafana-sa-token", "scripts/export-dashboards.sh", r"""
    #!/bin/sh
    # Export the remote-monitoring dashboards into git (run weekly from cron on ops-box)
    GRAFANA_URL=https://grafana.liftronic-monitor.net
    GRAFANA_TOKEN=<<token>>
    OUT=dashboards

    mkdir -p "$OUT"
    curl -s -H "Authorization: Bearer $GRAFANA_TOKEN" "$GRAFANA_URL/api/search?type=dash-db&tag=lifts" |
      jq -r '.[].uid' | while read -r uid; do
        curl -s -H "Authorization: Bearer $GRAFANA_TOKEN" "$GRAFANA_URL/api/dashboards/uid/$uid" |
          jq '.dashboard' > "$OUT/$uid.json"
      done
    git add "$OUT" && git commit -m "dashboards: weekly export" || true
""", _v, "Grafana service account tokens (grafana.com/docs/grafana/latest/administration/service-accounts)", token=_v)


# ---------------------------------------------------------------------------------------------
# Field-service and dispatch apps, CRM and ticketing, notifications
# ---------------------------------------------------------------------------------------------
_v = mapbox_secret("liftronic-field")
add("properties/mapbox-downloads-token", "apps/technician-android/gradle.properties", r"""
    org.gradle.jvmargs=-Xmx4g -Dfile.encoding=UTF-8
    android.useAndroidX=true
    android.nonTransitiveRClass=true
    kotlin.code.style=official

    # Mapbox Maven repository (offline maps for technicians in basements / shafts)
    MAPBOX_DOWNLOADS_TOKEN=<<token>>

    VERSION_NAME=4.18.0
    VERSION_CODE=41800
""", _v, "Mapbox Maps SDK for Android install: secret downloads token in gradle.properties (docs.mapbox.com)", token=_v)

_v = gen_pw(16)
add("groovy/android-keystore", "apps/technician-android/app/build.gradle", r"""
    plugins {
        id 'com.android.application'
        id 'org.jetbrains.kotlin.android'
    }

    android {
        namespace 'com.liftronic.fieldservice'
        compileSdk 34

        defaultConfig {
            applicationId 'com.liftronic.fieldservice'
            minSdk 26
            targetSdk 34
            versionCode 41800
            versionName '4.18.0'
        }

        signingConfigs {
            release {
                storeFile file('../keystore/fieldservice-release.jks')
                storePassword '<<pw>>'
                keyAlias 'fieldservice'
                keyPassword '<<pw>>'
            }
        }

        buildTypes {
            release {
                minifyEnabled true
                signingConfig signingConfigs.release
                proguardFiles getDefaultProguardFile('proguard-android-optimize.txt'), 'proguard-rules.pro'
            }
        }
    }
""", _v, "Android Gradle plugin signingConfigs (developer.android.com/studio/publish/app-signing)", pw=_v)

_v = p8_key()
add("p8/apns-key", "apps/technician-ios/push/AuthKey_7QX4PA2K8N.p8", r"""
    <<key>>
""", _v, "Apple Push Notification service token-based auth .p8 key (developer.apple.com/documentation/usernotifications)", key=_v)

_v = fcm_server_key()
add("kotlin/fcm-server-key", "services/dispatch/src/main/kotlin/com/liftronic/dispatch/push/FcmNotifier.kt", r'''
    package com.liftronic.dispatch.push

    import io.ktor.client.HttpClient
    import io.ktor.client.request.header
    import io.ktor.client.request.post
    import io.ktor.client.request.setBody
    import io.ktor.http.ContentType
    import io.ktor.http.contentType

    class FcmNotifier(private val http: HttpClient) {
        private val serverKey = "<<key>>"

        suspend fun notifyTechnician(deviceToken: String, jobId: String, site: String, entrapment: Boolean) {
            val priority = if (entrapment) "high" else "normal"
            http.post("https://fcm.googleapis.com/fcm/send") {
                header("Authorization", "key=$serverKey")
                contentType(ContentType.Application.Json)
                setBody(
                    """{"to":"$deviceToken","priority":"$priority",
                       "notification":{"title":"New callout $jobId","body":"$site"},
                       "data":{"jobId":"$jobId","entrapment":$entrapment}}"""
                )
            }
        }
    }
''', _v, "Firebase Cloud Messaging legacy HTTP API server key (firebase.google.com/docs/cloud-messaging/http-server-ref)", key=_v)

_v = hexs(32)
add("swift/algolia-admin-key", "apps/technician-ios/FieldService/Config/SearchConfig.swift", r"""
    import Foundation

    enum SearchConfig {
        static let appID = "QX7L2M9RTA"
        // parts catalogue index, synced nightly from SAP
        static let partsIndex = "parts_catalogue_prod"
        static let apiKey = "<<key>>"

        static var headers: [String: String] {
            [
                "X-Algolia-Application-Id": appID,
                "X-Algolia-API-Key": apiKey,
            ]
        }

        static func searchURL() -> URL {
            URL(string: "https://\(appID)-dsn.algolia.net/1/indexes/\(partsIndex)/query")!
        }
    }
""", _v, "Algolia API keys and REST headers (algolia.com/doc/rest-api/search)", key=_v)

_pem = rsa_key(pkcs8=True)
_pem_json = _pem.replace("\n", "\\n") + "\\n"
add("json/gcp-service-account", "services/route-planner/credentials/route-planner-sa.json", r"""
    {
      "type": "service_account",
      "project_id": "liftronic-dispatch",
      "private_key_id": "<<kid>>",
      "private_key": "<<key>>",
      "client_email": "route-planner@liftronic-dispatch.iam.gserviceaccount.com",
      "client_id": "104829371650284719263",
      "auth_uri": "https://accounts.google.com/o/oauth2/auth",
      "token_uri": "https://oauth2.googleapis.com/token",
      "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",
      "client_x509_cert_url": "https://www.googleapis.com/robot/v1/metadata/x509/route-planner%40liftronic-dispatch.iam.gserviceaccount.com",
      "universe_domain": "googleapis.com"
    }
""", _pem_json, "Google Cloud service account key file (cloud.google.com/iam/docs/keys-create-delete)", kid=hexs(40), key=_pem_json)

_pw, _tok = words_pw(), draw(25)
add("python/salesforce-password", "integrations/crm/sync_contracts.py", r"""
    from simple_salesforce import Salesforce

    sf = Salesforce(
        username="integration.user@liftronic.example",
        password="<<pw>>",
        security_token="<<tok>>",
        domain="login",
    )

    SOQL = (
        "SELECT Id, Name, Site__c, Units_Covered__c, Contract_Level__c, Response_Time_Hours__c "
        "FROM ServiceContract WHERE Status = 'Active'"
    )


    def active_contracts():
        return sf.query_all(SOQL)["records"]


    if __name__ == "__main__":
        for c in active_contracts():
            print(c["Name"], c["Contract_Level__c"], c["Units_Covered__c"])
""", _pw, "simple-salesforce username/password/security_token login (pypi.org/project/simple-salesforce)", pw=_pw, tok=_tok)

_v = hexs(64, upper=True)
add("properties/salesforce-consumer-secret", "services/workorder-sync/src/main/resources/application-prod.properties", r"""
    spring.application.name=workorder-sync
    server.port=8080

    salesforce.login-url=https://login.salesforce.com
    salesforce.client-id=3MVG9I5UQ_0k_hTmC7yZ0cGdVqnk1PL2TxRwFZm8sD0eJbQh3xYvWnU4aKcGtLs.pRbN7oHqEiJuA
    salesforce.client-secret=<<secret>>
    salesforce.username=fsl.integration@liftronic.example
    salesforce.api-version=59.0

    workorder.poll-interval=PT1M
    workorder.territories=DE-NORTH,DE-WEST,AT
""", _v, "Salesforce connected app consumer key and secret (help.salesforce.com, OAuth 2.0 username-password flow)", secret=_v)

_v = words_pw()
add("python/servicenow-password", "integrations/itsm/create_incident.py", r"""
    '''Open a ServiceNow incident in the customer's instance when a lift goes out of service.'''
    import requests
    from requests.auth import HTTPBasicAuth

    INSTANCE = "https://harbourside-fm.service-now.com"
    AUTH = HTTPBasicAuth("liftronic.integration", "<<pw>>")


    def open_incident(site, unit, fault_code, description):
        body = {
            "short_description": f"Lift {unit} out of service at {site} (fault {fault_code})",
            "description": description,
            "category": "facilities",
            "subcategory": "elevator",
            "urgency": "1" if fault_code in ("E-ENTRAP", "E-FIRE") else "2",
            "assignment_group": "Vertical Transport",
        }
        r = requests.post(f"{INSTANCE}/api/now/table/incident", json=body, auth=AUTH,
                          headers={"Accept": "application/json"}, timeout=20)
        r.raise_for_status()
        return r.json()["result"]["number"]
""", _v, "ServiceNow Table API with basic auth (developer.servicenow.com)", pw=_v)

_sid, _v = twilio_sid(), hexs(32)
add("js/twilio-auth-token", "services/alerts/src/entrapment-sms.js", r"""
    const twilio = require("twilio");

    const accountSid = "<<sid>>";
    const authToken = "<<token>>";
    const client = twilio(accountSid, authToken);

    const FROM = "+441614960123";

    async function notifyEntrapment({ site, unit, onCallPhone, jobId }) {
      const body = `ENTRAPMENT ${site} lift ${unit}. Job ${jobId}. Reply ACK to accept.`;
      const msg = await client.messages.create({ from: FROM, to: onCallPhone, body });
      return msg.sid;
    }

    module.exports = { notifyEntrapment };
""", _v, "Twilio Node.js helper library: Account SID and Auth Token (twilio.com/docs/usage/secure-credentials)", sid=_sid, token=_v)

_v = sendgrid()
add("ruby/sendgrid-key", "app/mailers/inspection_report_mailer.rb", r"""
    require "sendgrid-ruby"

    class InspectionReportMailer
      include SendGrid

      API_KEY = "<<key>>".freeze
      FROM = Email.new(email: "reports@liftronic.example", name: "Liftronic Inspections")

      def self.deliver(report)
        mail = Mail.new(FROM, "Periodic inspection #{report.unit_ref} - #{report.result}",
                        Email.new(email: report.customer_email),
                        Content.new(type: "text/plain", value: report.summary))
        attachment = Attachment.new
        attachment.content = Base64.strict_encode64(report.pdf)
        attachment.type = "application/pdf"
        attachment.filename = "#{report.unit_ref}-inspection.pdf"
        mail.add_attachment(attachment)
        SendGrid::API.new(api_key: API_KEY).client.mail._("send").post(request_body: mail.to_json)
      end
    end
""", _v, "SendGrid API keys (docs.sendgrid.com/ui/account-and-settings/api-keys), sendgrid-ruby", key=_v)

_v = words_pw()
add("php/mysql-password", "portal/legacy/config/db.php", r"""
    <?php
    // Customer portal (legacy) - lift logbook and callout history
    define('DB_HOST', 'mysql-portal.liftronic.internal');
    define('DB_NAME', 'customer_portal');
    define('DB_USER', 'portal_app');
    define('DB_PASS', '<<pw>>');
    define('DB_CHARSET', 'utf8mb4');

    function db(): PDO {
        static $pdo = null;
        if ($pdo === null) {
            $dsn = 'mysql:host=' . DB_HOST . ';dbname=' . DB_NAME . ';charset=' . DB_CHARSET;
            $pdo = new PDO($dsn, DB_USER, DB_PASS, [PDO::ATTR_ERRMODE => PDO::ERRMODE_EXCEPTION]);
        }
        return $pdo;
    }
""", _v, "PHP PDO MySQL DSN (php.net/manual/en/ref.pdo-mysql.connection.php)", pw=_v)

_v = "base64:" + b64bytes(32)
add("env/laravel-app-key", "portal/.env.production", r"""
    APP_NAME="Liftronic Customer Portal"
    APP_ENV=production
    APP_KEY=<<key>>
    APP_DEBUG=false
    APP_URL=https://portal.liftronic.example

    LOG_CHANNEL=stack
    LOG_LEVEL=warning

    DB_CONNECTION=mysql
    DB_HOST=mysql-portal.liftronic.internal
    DB_PORT=3306
    DB_DATABASE=customer_portal
    DB_USERNAME=portal_app
    DB_PASSWORD=${PORTAL_DB_PASSWORD}

    QUEUE_CONNECTION=redis
    SESSION_DRIVER=redis
""", _v, "Laravel APP_KEY encryption key (laravel.com/docs/encryption)", key=_v)

_v = hexs(128)
add("yaml/rails-secret-key-base", "dispatch-web/config/secrets.yml", r"""
    # Be sure to restart your server when you modify this file.
    development:
      secret_key_base: <%= ENV["SECRET_KEY_BASE"] || "dev-only-not-secret" %>

    test:
      secret_key_base: test-only-not-secret

    production:
      secret_key_base: <<key>>
      dispatch_sla_minutes: 30
      entrapment_sla_minutes: 20
""", _v, "Rails secrets.yml secret_key_base (guides.rubyonrails.org/security.html)", key=_v)

_v = fakes.django_secret_key(_seed())
add("python/django-secret-key", "maintenance_portal/settings/production.py", r"""
    from .base import *  # noqa

    DEBUG = False
    ALLOWED_HOSTS = ["maintenance.liftronic.example"]

    SECRET_KEY = "<<key>>"

    DATABASES = {
        "default": {
            "ENGINE": "django.db.backends.postgresql",
            "NAME": "maintenance",
            "USER": "maintenance_app",
            "HOST": "pg-maint.liftronic.internal",
            "PORT": 5432,
            "OPTIONS": {"sslmode": "require"},
        }
    }

    SESSION_COOKIE_SECURE = True
    CSRF_COOKIE_SECURE = True
    INSPECTION_INTERVAL_DAYS = {"passenger": 182, "goods": 365, "escalator": 182}
""", _v, "Django SECRET_KEY setting (docs.djangoproject.com/en/stable/ref/settings/#secret-key)", key=_v)

_v = gen_pw(48)
add("ts/jwt-secret", "services/technician-api/src/auth/jwt.ts", r"""
    import jwt from "jsonwebtoken";

    const JWT_SECRET = "<<secret>>";
    const ISSUER = "technician-api.liftronic.example";

    export interface TechnicianClaims {
      sub: string;
      region: string;
      certifications: string[];
    }

    export function issueToken(claims: TechnicianClaims): string {
      return jwt.sign(claims, JWT_SECRET, { algorithm: "HS256", issuer: ISSUER, expiresIn: "12h" });
    }

    export function verifyToken(token: string): TechnicianClaims {
      return jwt.verify(token, JWT_SECRET, { issuer: ISSUER }) as TechnicianClaims;
    }
""", _v, "jsonwebtoken sign/verify with an HMAC secret (github.com/auth0/node-jsonwebtoken)", secret=_v)

_v = hexs(32)
add("go/pagerduty-routing-key", "services/alerts/pagerduty.go", r"""
    package alerts

    import (
    	"bytes"
    	"encoding/json"
    	"net/http"
    )

    const pdRoutingKey = "<<key>>"

    type pdEvent struct {
    	RoutingKey  string            `json:"routing_key"`
    	EventAction string            `json:"event_action"`
    	DedupKey    string            `json:"dedup_key"`
    	Payload     map[string]string `json:"payload"`
    }

    // TriggerOutOfService pages the on-call supervisor when a unit is down longer than the SLA.
    func TriggerOutOfService(site, unit, fault string) error {
    	ev := pdEvent{
    		RoutingKey:  pdRoutingKey,
    		EventAction: "trigger",
    		DedupKey:    site + "/" + unit,
    		Payload: map[string]string{
    			"summary":  "Lift " + unit + " at " + site + " out of service: " + fault,
    			"source":   site,
    			"severity": "critical",
    		},
    	}
    	b, _ := json.Marshal(ev)
    	_, err := http.Post("https://events.pagerduty.com/v2/enqueue", "application/json", bytes.NewReader(b))
    	return err
    }
""", _v, "PagerDuty Events API v2 routing key (developer.pagerduty.com/docs/events-api-v2/trigger-events)", key=_v)

_v = slack_webhook()
add("yaml/alertmanager-slack", "deploy/monitoring/alertmanager/alertmanager.yml", r"""
    global:
      resolve_timeout: 5m
      slack_api_url: '<<hook>>'

    route:
      receiver: lift-ops
      group_by: ['site', 'unit']
      group_wait: 30s
      routes:
        - matchers: ['severity="critical"', 'alertname=~"GatewayOffline|ControllerFault"']
          receiver: lift-ops
          repeat_interval: 15m

    receivers:
      - name: lift-ops
        slack_configs:
          - channel: '#lift-ops-alerts'
            send_resolved: true
            title: '{{ .CommonLabels.alertname }} {{ .CommonLabels.site }}'
            text: '{{ range .Alerts }}{{ .Annotations.description }}{{ "\n" }}{{ end }}'
""", _v, "Prometheus Alertmanager slack_configs / slack_api_url (prometheus.io/docs/alerting/latest/configuration)", hook=_v)

_v = uuid_s()
add("yaml/alertmanager-opsgenie", "deploy/monitoring/alertmanager/opsgenie.yml", r"""
    global:
      opsgenie_api_url: https://api.eu.opsgenie.com/
      opsgenie_api_key: <<key>>

    route:
      receiver: opsgenie-lifts
      group_by: [alertname, site]

    receivers:
      - name: opsgenie-lifts
        opsgenie_configs:
          - message: '{{ .CommonLabels.alertname }} at {{ .CommonLabels.site }}'
            priority: '{{ if eq .CommonLabels.severity "critical" }}P1{{ else }}P3{{ end }}'
            tags: 'lifts,remote-monitoring'
            responders:
              - name: Vertical Transport On-Call
                type: team
""", _v, "Alertmanager opsgenie_configs api_key (prometheus.io/docs/alerting/latest/configuration)", key=_v)

_v = teams_webhook("liftronicgroup")
add("python/teams-webhook", "tools/notify_teams.py", r"""
    import sys

    import requests

    WEBHOOK = "<<hook>>"


    def post(title, text, colour="E81123"):
        card = {
            "@type": "MessageCard",
            "@context": "http://schema.org/extensions",
            "themeColor": colour,
            "summary": title,
            "sections": [{"activityTitle": title, "text": text}],
        }
        requests.post(WEBHOOK, json=card, timeout=10).raise_for_status()


    if __name__ == "__main__":
        post(sys.argv[1], sys.argv[2])
""", _v, "Microsoft Teams incoming webhooks (learn.microsoft.com/microsoftteams/platform/webhooks-and-connectors)", hook=_v)

_v = slack_bot()
add("shell/slack-bot-token", "scripts/post-daily-availability.sh", r"""
    #!/usr/bin/env bash
    # Posts yesterday's fleet availability to #service-managers
    set -euo pipefail
    SLACK_BOT_TOKEN="<<token>>"
    CHANNEL="C04LT8S2K9P"

    availability=$(psql "service=telemetry" -At -c "select round(avg(availability_pct),2) from reports.daily_unit_availability where day = current_date - 1")
    down=$(psql "service=telemetry" -At -c "select count(*) from reports.daily_unit_availability where day = current_date - 1 and availability_pct < 95")

    curl -sS -X POST https://slack.com/api/chat.postMessage \
      -H "Authorization: Bearer ${SLACK_BOT_TOKEN}" \
      -H "Content-Type: application/json; charset=utf-8" \
      --data "{\"channel\":\"${CHANNEL}\",\"text\":\"Fleet availability yesterday: ${availability}% (${down} units under 95%)\"}"
""", _v, "Slack chat.postMessage with a bot token (api.slack.com/methods/chat.postMessage)", token=_v)

_v = fakes.telegram_token(_seed())
add("python/telegram-bot-token", "tools/oncall_bot/bot.py", r"""
    import logging

    from telegram import Update
    from telegram.ext import Application, CommandHandler, ContextTypes

    TOKEN = "<<token>>"
    logging.basicConfig(level=logging.INFO)


    async def status(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        site = " ".join(context.args) or "all"
        await update.message.reply_text(f"Checking open callouts for {site}...")


    async def ack(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        await update.message.reply_text("Callout acknowledged, ETA logged.")


    def main() -> None:
        app = Application.builder().token(TOKEN).build()
        app.add_handler(CommandHandler("status", status))
        app.add_handler(CommandHandler("ack", ack))
        app.run_polling()


    if __name__ == "__main__":
        main()
""", _v, "python-telegram-bot Application.builder().token (core.telegram.org/bots/api)", token=_v)

_v = words_pw()
add("csharp/smtp-password", "src/Liftronic.Reports/Mail/ReportMailer.cs", r"""
    using System.Net;
    using System.Net.Mail;

    namespace Liftronic.Reports.Mail;

    public static class ReportMailer
    {
        public static void SendMonthly(string to, string subject, string body, string pdfPath)
        {
            using var client = new SmtpClient("smtp.office365.com", 587)
            {
                EnableSsl = true,
                Credentials = new NetworkCredential("monthly-reports@liftronic.example", "<<pw>>")
            };
            using var msg = new MailMessage("monthly-reports@liftronic.example", to, subject, body);
            msg.Attachments.Add(new Attachment(pdfPath));
            client.Send(msg);
        }
    }
""", _v, "System.Net.Mail SmtpClient with NetworkCredential (learn.microsoft.com/dotnet/api/system.net.mail.smtpclient)", pw=_v)

_v = gen_pw(20, "!$")
add("json/sqlserver-connection", "src/Liftronic.Dispatch.Api/appsettings.json", r"""
    {
      "ConnectionStrings": {
        "Dispatch": "Server=tcp:sql-dispatch-prod.database.windows.net,1433;Initial Catalog=dispatch;User ID=dispatch_api;Password=<<pw>>;Encrypt=True;TrustServerCertificate=False;Connection Timeout=30;"
      },
      "Dispatch": {
        "EntrapmentResponseMinutes": 20,
        "StandardResponseHours": 4,
        "AutoAssign": true
      },
      "Logging": {
        "LogLevel": { "Default": "Information" }
      }
    }
""", _v, "SqlClient connection strings (learn.microsoft.com/sql/connect/ado-net/connection-string-syntax)", pw=_v)

_v = words_pw()
add("xml/web-config", "legacy/LiftLogbook.Web/Web.config", r"""
    <?xml version="1.0" encoding="utf-8"?>
    <configuration>
      <connectionStrings>
        <add name="Logbook"
             connectionString="Data Source=SQL02\LOGBOOK;Initial Catalog=LiftLogbook;User Id=logbook_web;Password=<<pw>>;MultipleActiveResultSets=True"
             providerName="System.Data.SqlClient" />
      </connectionStrings>
      <appSettings>
        <add key="InspectionReminderDays" value="14" />
        <add key="ReportArchivePath" value="\\fs01\reports\logbook" />
      </appSettings>
      <system.web>
        <compilation debug="false" targetFramework="4.8" />
        <authentication mode="Windows" />
      </system.web>
    </configuration>
""", _v, "ASP.NET Web.config connectionStrings (learn.microsoft.com/aspnet)", pw=_v)

_v = gen_pw(18)
add("xml/tomcat-context", "dispatch-legacy/src/main/webapp/META-INF/context.xml", r"""
    <?xml version="1.0" encoding="UTF-8"?>
    <Context path="/dispatch">
      <Resource name="jdbc/dispatch" auth="Container" type="javax.sql.DataSource"
                driverClassName="oracle.jdbc.OracleDriver"
                url="jdbc:oracle:thin:@//ora-dispatch.liftronic.internal:1521/DISPATCH"
                username="DISPATCH_APP"
                password="<<pw>>"
                maxTotal="40" maxIdle="10" maxWaitMillis="10000"
                validationQuery="SELECT 1 FROM DUAL"/>
      <Environment name="callout.region" value="NORTH" type="java.lang.String"/>
    </Context>
""", _v, "Apache Tomcat JNDI DataSource Resource (tomcat.apache.org/tomcat-9.0-doc/jndi-datasource-examples-howto.html)", pw=_v)

_v = words_pw()
add("python/sap-rfc-password", "integrations/sap/parts_availability.py", r"""
    from pyrfc import Connection

    SAP = dict(
        ashost="sap-erp-prd.liftronic.internal",
        sysnr="00",
        client="100",
        user="RFC_FIELDSVC",
        passwd="<<pw>>",
        lang="EN",
    )


    def stock_for(material, plant="DE10"):
        with Connection(**SAP) as conn:
            result = conn.call("BAPI_MATERIAL_AVAILABILITY", PLANT=plant, MATERIAL=material, UNIT="ST")
            return float(result["AV_QTY_PLT"])


    if __name__ == "__main__":
        for part in ("KM1373101", "DOOR-ROLLER-62", "GOV-ROPE-8MM"):
            print(part, stock_for(part))
""", _v, "PyRFC Connection parameters (sap.github.io/PyRFC)", pw=_v)

_v = words_pw()
add("r/postgres-password", "analytics/fault_trends.R", r"""
    library(DBI)
    library(RPostgres)
    library(dplyr)
    library(ggplot2)

    con <- dbConnect(
      RPostgres::Postgres(),
      host = "timescale.telemetry.internal",
      dbname = "lift_telemetry",
      user = "analyst",
      password = "<<pw>>",
      sslmode = "require"
    )

    faults <- dbGetQuery(con, "
      SELECT date_trunc('week', ts) AS week, controller_family, count(*) AS n
      FROM telemetry.controller_events
      WHERE event_type = 'FAULT' AND ts > now() - interval '1 year'
      GROUP BY 1, 2")

    ggplot(faults, aes(week, n, colour = controller_family)) +
      geom_line() +
      labs(title = "Weekly controller faults", y = "faults")

    dbDisconnect(con)
""", _v, "RPostgres dbConnect (rpostgres.r-dbi.org)", pw=_v)

_v = fakes.openai_key(_seed())
add("python/openai-key", "tools/report_summariser/summarise.py", r"""
    '''Summarise technician free-text visit notes into a customer-facing paragraph.'''
    from openai import OpenAI

    client = OpenAI(api_key="<<key>>")

    PROMPT = (
        "You write short, factual maintenance visit summaries for building managers. "
        "Do not speculate about causes the technician did not state."
    )


    def summarise(notes: str) -> str:
        resp = client.chat.completions.create(
            model="gpt-4o-mini",
            messages=[{"role": "system", "content": PROMPT}, {"role": "user", "content": notes}],
            temperature=0.2,
        )
        return resp.choices[0].message.content
""", _v, "OpenAI Python client api_key argument (platform.openai.com/docs/api-reference/authentication)", key=_v)

_v = anthropic_key()
add("ts/anthropic-key", "services/fault-triage/src/classify.ts", r"""
    import Anthropic from "@anthropic-ai/sdk";

    const anthropic = new Anthropic({
      apiKey: "<<key>>",
    });

    export async function classifyFault(controllerLog: string): Promise<string> {
      const msg = await anthropic.messages.create({
        model: "claude-3-5-haiku-latest",
        max_tokens: 200,
        messages: [
          {
            role: "user",
            content: `Classify this lift controller log into DOOR, DRIVE, SAFETY_CHAIN, LEVELLING or OTHER:\n${controllerLog}`,
          },
        ],
      });
      const block = msg.content[0];
      return block.type === "text" ? block.text.trim() : "OTHER";
    }
""", _v, "Anthropic TypeScript SDK apiKey option (docs.anthropic.com/en/api)", key=_v)

_v = "samsara_api_" + draw(30)
add("go/samsara-token", "services/fleet-tracker/samsara/client.go", r"""
    package samsara

    import (
    	"encoding/json"
    	"net/http"
    	"time"
    )

    const (
    	baseURL  = "https://api.eu.samsara.com"
    	apiToken = "<<token>>"
    )

    type VehicleLocation struct {
    	ID       string  `json:"id"`
    	Name     string  `json:"name"`
    	Lat      float64 `json:"latitude"`
    	Lng      float64 `json:"longitude"`
    }

    // Nearest van for a callout is chosen from these positions.
    func Locations(c *http.Client) ([]VehicleLocation, error) {
    	req, _ := http.NewRequest("GET", baseURL+"/fleet/vehicles/locations", nil)
    	req.Header.Set("Authorization", "Bearer "+apiToken)
    	c.Timeout = 15 * time.Second
    	resp, err := c.Do(req)
    	if err != nil {
    		return nil, err
    	}
    	defer resp.Body.Close()
    	var out struct{ Data []VehicleLocation `json:"data"` }
    	return out.Data, json.NewDecoder(resp.Body).Decode(&out)
    }
""", _v, "Samsara API tokens (developers.samsara.com/docs/authentication)", token=_v)

_v = words_pw()
add("python/geotab-password", "integrations/fleet/geotab_trips.py", r"""
    import mygeotab

    api = mygeotab.API(
        username="fleet-integration@liftronic.example",
        password="<<pw>>",
        database="liftronic_uk",
        server="my.geotab.com",
    )
    api.authenticate()

    vans = api.get("Device", resultsLimit=500)
    for van in vans:
        status = api.get("DeviceStatusInfo", search={"deviceSearch": {"id": van["id"]}})
        if status:
            s = status[0]
            print(van["name"], s["latitude"], s["longitude"], s["isDriving"])
""", _v, "MyGeotab Python SDK authentication (geotab.github.io/mygeotab-python)", pw=_v)

_v = draw(40)
add("json/zendesk-token", "integrations/helpdesk/config/zendesk.json", r"""
    {
      "subdomain": "liftronic-support",
      "email": "integration@liftronic.example/token",
      "api_token": "<<token>>",
      "ticket_form_id": 36082194107281,
      "custom_fields": {
        "site_code": 36082194239121,
        "unit_ref": 36082194239377,
        "fault_code": 36082194239633
      },
      "default_group": "Callout Desk"
    }
""", _v, "Zendesk API token authentication (developer.zendesk.com/api-reference/introduction/security-and-auth)", token=_v)

_v = atlassian_token()
add("shell/atlassian-token", "scripts/jira-create-maintenance-epic.sh", r"""
    #!/usr/bin/env bash
    # Creates the quarterly preventive-maintenance epic for a region
    set -euo pipefail
    REGION="${1:?region}"
    JIRA=https://liftronic.atlassian.net
    AUTH="release-bot@liftronic.example:<<token>>"

    curl -sS -u "$AUTH" -X POST "$JIRA/rest/api/3/issue" \
      -H "Content-Type: application/json" \
      --data @- <<JSON
    {
      "fields": {
        "project": {"key": "PM"},
        "issuetype": {"name": "Epic"},
        "summary": "Preventive maintenance $(date +%Y)-Q$(( ($(date +%-m)-1)/3+1 )) $REGION",
        "labels": ["preventive", "$REGION"]
      }
    }
    JSON
""", _v, "Atlassian Cloud API tokens with basic auth (developer.atlassian.com/cloud/jira/platform/basic-auth-for-rest-apis)", token=_v)

_v = "pat-eu1-" + uuid_s()
add("gh-actions/hubspot-token", ".github/workflows/sync-hubspot.yml", r"""
    name: Sync service contracts to HubSpot
    on:
      schedule:
        - cron: "15 2 * * *"
      workflow_dispatch:

    jobs:
      sync:
        runs-on: ubuntu-latest
        env:
          HUBSPOT_TOKEN: <<token>>
          CONTRACTS_DB: ${{ secrets.CONTRACTS_DB_URL }}
        steps:
          - uses: actions/checkout@v4
          - uses: actions/setup-python@v5
            with:
              python-version: "3.12"
          - run: pip install -r integrations/crm/requirements.txt
          - run: python integrations/crm/hubspot_sync.py --since 1d
""", _v, "HubSpot private app access tokens (developers.hubspot.com/docs/api/private-apps)", token=_v)

_v = "00" + draw(40, ALNUM + "-_")
add("python/okta-token", "tools/offboard_technician.py", r"""
    import sys

    import requests

    OKTA_ORG = "https://liftronic.okta.com"
    OKTA_TOKEN = "<<token>>"
    HEADERS = {"Authorization": f"SSWS {OKTA_TOKEN}", "Accept": "application/json"}


    def deactivate(login):
        users = requests.get(f"{OKTA_ORG}/api/v1/users", params={"search": f'profile.login eq "{login}"'},
                             headers=HEADERS, timeout=15).json()
        if not users:
            sys.exit(f"no such user {login}")
        uid = users[0]["id"]
        requests.post(f"{OKTA_ORG}/api/v1/users/{uid}/lifecycle/deactivate", headers=HEADERS, timeout=15).raise_for_status()
        print(f"deactivated {login}; remember to collect the controller service tool and van keys")


    if __name__ == "__main__":
        deactivate(sys.argv[1])
""", _v, "Okta API tokens, SSWS authorization scheme (developer.okta.com/docs/guides/create-an-api-token)", token=_v)

_v = draw(64, ALNUM + "-_")
add("kotlin/auth0-client-secret", "services/dispatch/src/main/kotlin/com/liftronic/dispatch/auth/M2MTokenProvider.kt", r"""
    package com.liftronic.dispatch.auth

    import com.auth0.client.auth.AuthAPI

    object M2MTokenProvider {
        private const val DOMAIN = "liftronic-eu.eu.auth0.com"
        private const val CLIENT_ID = "n8XkQ2vR4bTz7LmW1pYc9sHd3fGj6aE0"
        private const val CLIENT_SECRET = "<<secret>>"
        private const val AUDIENCE = "https://api.liftronic.example/dispatch"

        private val auth = AuthAPI.newBuilder(DOMAIN, CLIENT_ID, CLIENT_SECRET).build()

        fun token(): String = auth.requestToken(AUDIENCE).execute().body.accessToken
    }
""", _v, "Auth0 client credentials with auth0-java AuthAPI (auth0.com/docs/get-started/authentication-and-authorization-flow/client-credentials-flow)", secret=_v)

_v = "sntryu_" + hexs(64)
add("ini/sentry-auth-token", "apps/technician-android/.sentryclirc", r"""
    [defaults]
    url = https://sentry.io/
    org = liftronic
    project = technician-android

    [auth]
    token = <<token>>

    [log]
    level = warn
""", _v, "sentry-cli configuration file .sentryclirc (docs.sentry.io/cli/configuration)", token=_v)

_v = draw(16)
add("php/vonage-secret", "portal/app/Services/SmsNotifier.php", r"""
    <?php

    namespace App\Services;

    use Vonage\Client;
    use Vonage\Client\Credentials\Basic;
    use Vonage\SMS\Message\SMS;

    class SmsNotifier
    {
        private Client $client;

        public function __construct()
        {
            $this->client = new Client(new Basic('3f9a21c7', '<<secret>>'));
        }

        public function technicianOnSite(string $phone, string $site, string $eta): void
        {
            $text = "Liftronic: your technician is on the way to {$site}, ETA {$eta}.";
            $this->client->sms()->send(new SMS($phone, 'Liftronic', $text));
        }
    }
""", _v, "Vonage PHP SDK Basic credentials (developer.vonage.com/en/messaging/sms/overview)", secret=_v)

_v = "key-" + hexs(32)
add("python/mailgun-key", "tools/send_callout_summary.py", r"""
    import datetime

    import requests

    MAILGUN_DOMAIN = "mg.liftronic.example"
    MAILGUN_KEY = "<<key>>"


    def send_summary(to, rows):
        lines = [f"{r['site']:<24} {r['unit']:<8} {r['arrived']:%H:%M} {r['status']}" for r in rows]
        return requests.post(
            f"https://api.eu.mailgun.net/v3/{MAILGUN_DOMAIN}/messages",
            auth=("api", MAILGUN_KEY),
            data={
                "from": "Callout Desk <callouts@mg.liftronic.example>",
                "to": to,
                "subject": f"Callouts {datetime.date.today():%d %b %Y}",
                "text": "\n".join(lines),
            },
            timeout=20,
        )
""", _v, "Mailgun API key with HTTP basic auth user 'api' (documentation.mailgun.com)", key=_v)

_v = uuid_s()
add("ruby/postmark-token", "dispatch-web/config/initializers/postmark.rb", r"""
    # Transactional mail: job confirmations and technician arrival notices
    Rails.application.configure do
      config.action_mailer.delivery_method = :postmark
      config.action_mailer.postmark_settings = {
        api_token: "<<token>>",
        message_stream: "outbound"
      }
      config.action_mailer.default_url_options = { host: "dispatch.liftronic.example", protocol: "https" }
    end
""", _v, "postmark-rails api_token setting (postmarkapp.com/developer)", token=_v)

_v = "sk_live_" + draw(99)
add("env/stripe-secret-key", "parts-shop/.env", r"""
    NODE_ENV=production
    PORT=3000
    PUBLIC_URL=https://parts.liftronic.example

    # Spare parts web shop for building owners (door rollers, buttons, LOP panels)
    STRIPE_PUBLISHABLE_KEY=pk_live_51Nq8zRLifT0nicPartsShop00000000PublicKeyForCheckoutOnly
    STRIPE_SECRET_KEY=<<key>>
    STRIPE_WEBHOOK_ENDPOINT=/webhooks/stripe

    DATABASE_URL=postgres://shop@pg-shop.liftronic.internal:5432/shop
    SHIPPING_FROM=DE10
""", _v, "Stripe API keys (docs.stripe.com/keys)", key=_v)

_v = "LTAI" + draw(20)
_s = draw(30)
add("python/alibaba-access-key", "integrations/cn/iot_platform_sync.py", r"""
    '''Sync escalator device shadows from Alibaba Cloud IoT Platform (Shanghai region sites).'''
    from aliyunsdkcore.client import AcsClient
    from aliyunsdkiot.request.v20180120.QueryDevicePropertyStatusRequest import QueryDevicePropertyStatusRequest

    client = AcsClient("<<kid>>", "<<secret>>", "cn-shanghai")

    PRODUCT_KEY = "a1EscLtr9Qz"
    DEVICES = ["ESC-SH-PUDONG-01", "ESC-SH-PUDONG-02", "ESC-SH-XUHUI-05"]


    def properties(device):
        req = QueryDevicePropertyStatusRequest()
        req.set_ProductKey(PRODUCT_KEY)
        req.set_DeviceName(device)
        return client.do_action_with_exception(req)


    for d in DEVICES:
        print(d, properties(d))
""", _s, "Alibaba Cloud AccessKey pair with aliyun-python-sdk-core AcsClient (alibabacloud.com/help)", kid=_v, secret=_s)

_v = uuid_s()
add("netrc/heroku-key", "ops/dotfiles/netrc", r"""
    machine api.heroku.com
      login deploy@liftronic.example
      password <<key>>
    machine git.heroku.com
      login deploy@liftronic.example
      password <<key>>
""", _v, "Heroku CLI .netrc credentials (devcenter.heroku.com/articles/authentication)", key=_v)

_v = "ATBB" + draw(32) + hexs(8, upper=True)
add("shell/bitbucket-app-password", "ops/bootstrap-ops-box.sh", r"""
    #!/bin/bash
    # Bootstrap a new ops box for the remote monitoring team
    set -e
    apt-get update && apt-get install -y git jq mosquitto-clients postgresql-client

    mkdir -p /opt/liftronic && cd /opt/liftronic
    git clone https://ops-bot:<<pw>>@bitbucket.org/liftronic/monitoring-runbooks.git
    git clone https://ops-bot:<<pw>>@bitbucket.org/liftronic/gateway-configs.git

    cp gateway-configs/ops-box/crontab /etc/cron.d/liftronic
    echo "done"
""", _v, "Bitbucket app passwords in HTTPS clone URLs (support.atlassian.com/bitbucket-cloud/docs/app-passwords)", pw=_v)


# ---------------------------------------------------------------------------------------------
# Infrastructure, CI, packaging, runbooks
# ---------------------------------------------------------------------------------------------
_v = azure_client_secret()
add("terraform/azure-client-secret", "infra/azure/monitoring/providers.tf", r"""
    terraform {
      required_providers {
        azurerm = {
          source  = "hashicorp/azurerm"
          version = "~> 3.100"
        }
      }
      backend "azurerm" {
        resource_group_name  = "rg-tfstate"
        storage_account_name = "lttfstateweu"
        container_name       = "tfstate"
        key                  = "monitoring.tfstate"
      }
    }

    provider "azurerm" {
      features {}
      subscription_id = "7c1d3a52-93e4-4b0f-a6d2-5e8f01c4b7a9"
      tenant_id       = "2f6b9e10-4c7d-4a83-9b51-d08e3f6a2c41"
      client_id       = "b3e8a1f4-6d29-47c5-8e0a-91f27d4c5b36"
      client_secret   = "<<secret>>"
    }
""", _v, "Terraform azurerm provider service principal client secret (registry.terraform.io/providers/hashicorp/azurerm)", secret=_v)

_i, _v = aws_id(), aws_secret()
add("terraform/aws-secret-key", "infra/aws/iot/main.tf", r"""
    provider "aws" {
      region     = "eu-central-1"
      access_key = "<<kid>>"
      secret_key = "<<key>>"
    }

    resource "aws_iot_thing_type" "gateway" {
      name = "LiftGateway"
      properties {
        searchable_attributes = ["site", "controller"]
      }
    }

    resource "aws_iot_topic_rule" "faults_to_kinesis" {
      name        = "controller_faults"
      enabled     = true
      sql         = "SELECT * FROM 'liftronic/telemetry/+/faults'"
      sql_version = "2016-03-23"

      kinesis {
        stream_name = "controller-faults"
        role_arn    = aws_iam_role.iot_kinesis.arn
      }
    }
""", _v, "Terraform AWS provider static credentials (registry.terraform.io/providers/hashicorp/aws/latest/docs)", kid=_i, key=_v)

_v = draw(40, ALNUM + "_-")
add("terraform/cloudflare-token", "infra/dns/cloudflare.tf", r"""
    provider "cloudflare" {
      api_token = "<<token>>"
    }

    locals {
      zone_id = "0d3f7a21c9b84e56a1f2e7d9c3b5a804"
    }

    resource "cloudflare_record" "mqtt" {
      zone_id = local.zone_id
      name    = "mqtt"
      type    = "CNAME"
      value   = "mqtt-eu-lb.liftronic-monitor.net"
      proxied = false
    }

    resource "cloudflare_record" "portal" {
      zone_id = local.zone_id
      name    = "portal"
      type    = "A"
      value   = "203.0.113.80"
      proxied = true
    }
""", _v, "Terraform Cloudflare provider api_token (registry.terraform.io/providers/cloudflare/cloudflare)", token=_v)

_a, _v = hexs(32), hexs(40)
add("terraform/datadog-app-key", "infra/observability/datadog.tf", r"""
    provider "datadog" {
      api_key = "<<api>>"
      app_key = "<<app>>"
      api_url = "https://api.datadoghq.eu/"
    }

    resource "datadog_monitor" "gateway_offline" {
      name    = "Lift gateway offline > 15 min"
      type    = "metric alert"
      query   = "max(last_15m):sum:liftgw.heartbeat{*} by {site} < 1"
      message = "Gateway at {{site.name}} is offline. @pagerduty-lift-ops"
      monitor_thresholds {
        critical = 1
      }
      tags = ["team:remote-monitoring"]
    }
""", _v, "Terraform Datadog provider api_key / app_key (registry.terraform.io/providers/DataDog/datadog)", api=_a, app=_v)

_v = words_pw()
add("ansible/winrm-password", "ansible/inventories/depots/hosts.ini", r"""
    [depot_pcs]
    depot-manchester-pc01 ansible_host=10.20.1.21
    depot-leeds-pc01      ansible_host=10.20.2.21
    depot-glasgow-pc01    ansible_host=10.20.3.21

    [depot_pcs:vars]
    ansible_connection=winrm
    ansible_winrm_transport=ntlm
    ansible_winrm_server_cert_validation=ignore
    ansible_user=LIFTRONIC\svc-ansible
    ansible_password=<<pw>>
    # service tool laptops are imaged from these PCs
""", _v, "Ansible Windows remote management inventory variables (docs.ansible.com/ansible/latest/os_guide/windows_winrm.html)", pw=_v)

_v = gen_pw(20, "#%")
add("ansible/servicenow-password", "ansible/group_vars/monitoring_servers.yml", r"""
    ---
    monitoring_env: production
    mqtt_cluster_nodes:
      - mqtt-eu-1.liftronic-monitor.net
      - mqtt-eu-2.liftronic-monitor.net
    telemetry_retention_days: 400

    servicenow_instance: liftronic.service-now.com
    servicenow_username: svc_monitoring
    servicenow_password: <<pw>>

    alert_routing:
      entrapment: P1
      out_of_service: P2
      degraded: P4
""", _v, "Ansible group_vars YAML (docs.ansible.com), ServiceNow collection credentials", pw=_v)

_v = gen_pw(24)
add("jenkins/registry-password", "ci/Jenkinsfile", r"""
    pipeline {
      agent { label 'docker' }
      environment {
        IMAGE = "registry.liftronic.example/monitoring/gateway-agent"
      }
      stages {
        stage('Test') {
          steps {
            sh 'make test'
          }
        }
        stage('Build & push') {
          when { branch 'main' }
          steps {
            sh '''
              docker login registry.liftronic.example -u ci-pusher -p '<<pw>>'
              docker build -t $IMAGE:$GIT_COMMIT -t $IMAGE:latest .
              docker push $IMAGE:$GIT_COMMIT
              docker push $IMAGE:latest
            '''
          }
        }
      }
    }
""", _v, "Jenkins declarative pipeline sh step; docker login -p (docs.docker.com/reference/cli/docker/login)", pw=_v)

_v = fakes.fake("npm_", 36, _seed())
add("gitlab-ci/npm-token", ".gitlab-ci.yml", r"""
    stages: [test, publish]

    variables:
      NODE_VERSION: "20"
      NPM_TOKEN: "<<token>>"

    test:
      stage: test
      image: node:20
      script:
        - npm ci
        - npm test

    publish:
      stage: publish
      image: node:20
      only: [tags]
      script:
        - echo "//registry.npmjs.org/:_authToken=${NPM_TOKEN}" > .npmrc
        - npm publish --access restricted
""", _v, "GitLab CI variables; npm access tokens (docs.npmjs.com/creating-and-viewing-access-tokens)", token=_v)

_v = fakes.github_token(_seed())
add("gh-actions/github-token", ".github/workflows/release-gateway-firmware.yml", r"""
    name: Release gateway firmware
    on:
      push:
        tags: ["fw-v*"]

    jobs:
      release:
        runs-on: ubuntu-latest
        steps:
          - uses: actions/checkout@v4
          - name: Build
            run: make -C firmware/lmg400 release
          - name: Upload to firmware-releases repo
            env:
              GH_TOKEN: <<token>>
            run: |
              gh release create "${GITHUB_REF_NAME}" firmware/lmg400/build/*.bin \
                --repo liftronic/firmware-releases --notes-file firmware/lmg400/CHANGELOG.md
""", _v, "GitHub CLI GH_TOKEN; personal access tokens (docs.github.com/authentication)", token=_v)

_v = fakes.fake("npm_", 36, _seed())
add("npmrc/npm-token", "packages/lift-telemetry-schema/.npmrc", r"""
    @liftronic:registry=https://registry.npmjs.org/
    //registry.npmjs.org/:_authToken=<<token>>
    always-auth=true
    save-exact=true
    engine-strict=true
""", _v, "npmrc _authToken (docs.npmjs.com/cli/configuring-npm/npmrc)", token=_v)

_v = fakes.pypi_token(_seed())
add("pypirc/pypi-token", "libs/liftproto/.pypirc", r"""
    [distutils]
    index-servers =
        pypi
        internal

    [pypi]
    username = __token__
    password = <<token>>

    [internal]
    repository = https://pypi.liftronic.internal/simple/
    username = ci
""", _v, "The .pypirc file (packaging.python.org/specifications/pypirc)", token=_v)

_v = gen_pw(22)
add("json/docker-config-auth", "ops/ci-runner/docker/config.json", r"""
    {
      "auths": {
        "registry.liftronic.example": {
          "auth": "<<auth>>"
        },
        "https://index.docker.io/v1/": {}
      },
      "credsStore": "",
      "HttpHeaders": {
        "User-Agent": "Docker-Client/24.0.7 (linux)"
      }
    }
""", _v, "Docker config.json auths entries (docs.docker.com/reference/cli/docker/login)", auth=b64("ci-runner:" + _v))

_v = words_pw()
add("markdown/runbook-service-tool", "docs/runbooks/mcs220-remote-reset.md", r"""
    # Runbook: remote reset of an MCS-220 controller

    Applies to: MCS-220 group controllers behind an LMG-400 gateway.

    ## Before you start
    * Confirm with the building that **no passengers** are in the car (CCTV or intercom).
    * Check the fault log in Grafana (dashboard "Controller faults") - do **not** reset on
      safety-chain faults (F-0x31..F-0x3F); dispatch a technician instead.

    ## Steps
    1. Open the gateway web UI over the service VPN: `https://<gateway-ip>:8443`.
    2. Log in as `service` / `<<pw>>` (same on all EMEA gateways until the Q4 rotation).
    3. Controller > Commands > *Soft reset*, select the car, confirm.
    4. Watch `door_state` and `car_position_floor` for 5 minutes.
    5. Record the reset in the callout ticket.

    ## Escalation
    Remote monitoring on-call, then the regional field supervisor.
""", _v, "Markdown runbook with a shared service login", pw=_v)

_v = tailscale_key()
add("markdown/tailscale-authkey", "gateway/README.md", r"""
    # lmg-agent

    Agent running on the LMG-400 remote monitoring gateway. Reads the lift controller over
    Modbus/RS-485, buffers events and publishes them to the monitoring MQTT cluster.

    ## Bench setup

    ```sh
    sudo apt install ./lmg-agent_*.deb
    curl -fsSL https://tailscale.com/install.sh | sh
    sudo tailscale up --authkey <<key>> --advertise-tags=tag:bench-gw --hostname bench-gw-$(hostname -s)
    sudo systemctl enable --now lmg-agent
    ```

    ## Configuration

    See `config/lmg400.ini`. Site profiles live in the `gateway-configs` repo.
""", _v, "tailscale up --authkey (tailscale.com/kb/1085/auth-keys)", key=_v)

_v = ngrok_token()
add("shell/ngrok-authtoken", "tools/demo-tunnel.sh", r"""
    #!/usr/bin/env bash
    # Expose the local dispatch simulator for the customer demo
    set -e
    ngrok config add-authtoken <<token>>
    npm --prefix tools/dispatch-sim start &
    sleep 3
    ngrok http 4000 --domain=liftronic-demo.ngrok.app
""", _v, "ngrok config add-authtoken (ngrok.com/docs/agent/cli)", token=_v)

_v = vault_token()
add("yaml/vault-token", "services/cert-rotator/config.yaml", r"""
    vault:
      address: https://vault.liftronic.internal:8200
      token: <<token>>
      pki_mount: pki-gateways
      role: lift-gateway
    rotation:
      renew_before_days: 30
      batch_size: 50
      sites_file: /etc/cert-rotator/sites.csv
    mqtt:
      reload_topic: liftronic/commands/+/reload-cert
""", _v, "HashiCorp Vault tokens (developer.hashicorp.com/vault/docs/concepts/tokens)", token=_v)

_v = tfc_token()
add("hcl/terraform-cloud-token", "ops/dotfiles/terraformrc", r"""
    plugin_cache_dir = "$HOME/.terraform.d/plugin-cache"
    disable_checkpoint = true

    credentials "app.terraform.io" {
      token = "<<token>>"
    }
""", _v, "Terraform CLI configuration credentials block (developer.hashicorp.com/terraform/cli/config/config-file)", token=_v)

_v = words_pw()
add("powershell/securestring-password", "tools/Install-ServiceToolLaptop.ps1", r"""
    # Join a new technician service laptop to the domain and install the controller tools
    param([Parameter(Mandatory)] [string] $ComputerName)

    $domain = "corp.liftronic.example"
    $user = "CORP\svc-join"
    $password = ConvertTo-SecureString "<<pw>>" -AsPlainText -Force
    $cred = New-Object System.Management.Automation.PSCredential($user, $password)

    Rename-Computer -NewName $ComputerName -Force
    Add-Computer -DomainName $domain -Credential $cred -OUPath "OU=ServiceLaptops,OU=Field,DC=corp,DC=liftronic,DC=example"

    choco install -y putty winscp mcs-service-tool --source "https://choco.liftronic.internal/api/v2"
    Restart-Computer -Force
""", _v, "ConvertTo-SecureString -AsPlainText (learn.microsoft.com/powershell/module/microsoft.powershell.security)", pw=_v)

_v = ado_pat()
add("powershell/azure-devops-pat", "tools/Sync-WorkItems.ps1", r"""
    $org = "liftronic"
    $project = "RemoteMonitoring"
    $pat = "<<pat>>"
    $auth = [Convert]::ToBase64String([Text.Encoding]::ASCII.GetBytes(":$pat"))
    $headers = @{ Authorization = "Basic $auth" }

    $wiql = @{ query = "SELECT [System.Id] FROM WorkItems WHERE [System.Tags] CONTAINS 'gateway-fw' AND [System.State] <> 'Closed'" } | ConvertTo-Json
    $result = Invoke-RestMethod -Method Post -Uri "https://dev.azure.com/$org/$project/_apis/wit/wiql?api-version=7.1" `
        -Headers $headers -ContentType "application/json" -Body $wiql

    foreach ($wi in $result.workItems) {
        $item = Invoke-RestMethod -Uri "$($wi.url)?api-version=7.1" -Headers $headers
        "{0}`t{1}`t{2}" -f $item.id, $item.fields.'System.State', $item.fields.'System.Title'
    }
""", _v, "Azure DevOps personal access tokens with basic auth (learn.microsoft.com/azure/devops/organizations/accounts/use-personal-access-tokens-to-authenticate)", pat=_v)

_v = words_pw()
add("sql/sqlserver-login", "db/dispatch/002_logins.sql", r"""
    USE [master];
    GO
    CREATE LOGIN [reporting_powerbi] WITH PASSWORD = N'<<pw>>', CHECK_POLICY = ON;
    GO
    USE [dispatch];
    GO
    CREATE USER [reporting_powerbi] FOR LOGIN [reporting_powerbi];
    ALTER ROLE [db_datareader] ADD MEMBER [reporting_powerbi];
    GO
""", _v, "T-SQL CREATE LOGIN WITH PASSWORD (learn.microsoft.com/sql/t-sql/statements/create-login-transact-sql)", pw=_v)

_v = gen_pw(20)
add("rust/mqtt-password", "edge/escalator-agent/src/mqtt.rs", r"""
    use rumqttc::{AsyncClient, MqttOptions, QoS, TlsConfiguration, Transport};
    use std::time::Duration;

    pub fn connect(site: &str) -> (AsyncClient, rumqttc::EventLoop) {
        let mut opts = MqttOptions::new(format!("esc-agent-{site}"), "mqtt.liftronic-monitor.net", 8883);
        opts.set_keep_alive(Duration::from_secs(30));
        opts.set_credentials("esc-agent", "<<pw>>");
        opts.set_transport(Transport::Tls(TlsConfiguration::Native));
        AsyncClient::new(opts, 64)
    }

    pub async fn publish_step_speed(client: &AsyncClient, site: &str, unit: &str, mps: f32) {
        let topic = format!("liftronic/telemetry/{site}/{unit}/step_speed");
        let _ = client.publish(topic, QoS::AtLeastOnce, false, mps.to_string()).await;
    }
""", _v, "rumqttc MqttOptions::set_credentials (docs.rs/rumqttc)", pw=_v)

_v = draw(32)
add("lua/gateway-api-key", "routers/rut955-template/usr/lib/lua/liftmon/report.lua", r"""
    -- Periodic health report from the site router to the monitoring API
    local http = require("socket.http")
    local ltn12 = require("ltn12")
    local uci = require("luci.model.uci").cursor()

    local API = "https://api.liftronic-monitor.net/v2/router-health"
    local API_KEY = "<<key>>"

    local function report()
      local body = string.format('{"site":"%s","rssi":%d,"uptime":%d}',
        uci:get("liftmon", "site", "id"), tonumber(io.popen("gsmctl -q"):read("*l")) or 0,
        math.floor(tonumber(io.open("/proc/uptime"):read("*n"))))
      local resp = {}
      http.request{
        url = API, method = "POST",
        headers = { ["Content-Type"] = "application/json", ["X-Api-Key"] = API_KEY, ["Content-Length"] = #body },
        source = ltn12.source.string(body), sink = ltn12.sink.table(resp)
      }
    end

    report()
""", _v, "LuaSocket http.request with custom headers; OpenWrt UCI", key=_v)

_v = gen_pw(24)
add("k8s/amqp-url", "deploy/k8s/dispatch/rabbitmq-secret.yaml", r"""
    apiVersion: v1
    kind: Secret
    metadata:
      name: dispatch-amqp
      namespace: dispatch
    type: Opaque
    stringData:
      AMQP_URL: "amqps://dispatch:<<pw>>@rabbitmq.dispatch.svc.cluster.local:5671/callouts"
      AMQP_PREFETCH: "20"
""", _v, "Kubernetes Secret stringData; RabbitMQ URI spec (rabbitmq.com/docs/uri-spec)", pw=_v)

_v = gen_pw(22)
add("env/rabbitmq-url", "services/callout-router/.env", r"""
    SERVICE_NAME=callout-router
    AMQP_URL=amqp://router:<<pw>>@rabbitmq-01.dispatch.internal:5672/callouts
    CALLOUT_EXCHANGE=callouts
    ENTRAPMENT_QUEUE=callouts.entrapment
    DEFAULT_QUEUE=callouts.standard
    TERRITORY_SERVICE=http://territories.dispatch.internal:8080
    LOG_FORMAT=json
""", _v, "RabbitMQ AMQP URI with credentials (rabbitmq.com/docs/uri-spec)", pw=_v)

_v = fakes.redis_password(_seed())
add("env/redis-url", "deploy/telemetry/.env", r"""
    COMPOSE_PROJECT_NAME=telemetry
    TZ=Europe/London
    REDIS_URL=rediss://default:<<pw>>@redis-telemetry.liftronic.internal:6380/0
    LAST_STATE_TTL_SECONDS=900
    INGEST_WORKERS=8
""", _v, "redis-py URL scheme rediss:// (redis.readthedocs.io)", pw=_v)

_v = gen_pw(20)
add("js/mongodb-srv", "services/asset-registry/src/db.js", r"""
    const { MongoClient } = require("mongodb");

    const uri = "mongodb+srv://asset-registry:<<pw>>@cluster0.x7ka2.mongodb.net/assets?retryWrites=true&w=majority";

    let client;

    async function collection(name) {
      if (!client) {
        client = new MongoClient(uri, { maxPoolSize: 20 });
        await client.connect();
      }
      return client.db("assets").collection(name);
    }

    // units: { unitRef, site, type: "traction"|"hydraulic"|"escalator", controller, installYear }
    async function unitsAtSite(site) {
      return (await collection("units")).find({ site }).toArray();
    }

    module.exports = { collection, unitsAtSite };
""", _v, "MongoDB connection string format mongodb+srv (mongodb.com/docs/manual/reference/connection-string)", pw=_v)

_v = words_pw()
add("yaml/spring-mail-password", "services/workorder-sync/src/main/resources/application.yml", r"""
    spring:
      application:
        name: workorder-sync
      datasource:
        url: jdbc:postgresql://pg-workorders.liftronic.internal:5432/workorders
        username: workorders
        password: ${WORKORDERS_DB_PASSWORD}
      mail:
        host: smtp.liftronic.example
        port: 587
        username: workorders-noreply
        password: <<pw>>
        properties:
          mail.smtp.starttls.enable: true

    workorder:
      notify-supervisor-after: PT4H
""", _v, "Spring Boot spring.mail properties (docs.spring.io/spring-boot/appendix/application-properties)", pw=_v)

_v = gen_pw(18)
add("pgpass/postgres-password", "ops/dotfiles/pgpass", r"""
    # hostname:port:database:username:password
    # read-only replica for the monthly availability reports
    timescale-replica.telemetry.internal:5432:lift_telemetry:reports_ro:<<pw>>
    # local dev database
    localhost:5432:*:postgres:postgres
    *:*:*:*:*
""", _v, "PostgreSQL password file .pgpass (postgresql.org/docs/current/libpq-pgpass.html)", pw=_v)

_i, _v = draw(20, UPPER_ALNUM), draw(40)
add("ini/s3cfg-secret", "ops/dotfiles/s3cfg", r"""
    [default]
    access_key = <<kid>>
    secret_key = <<key>>
    host_base = s3.eu-central-2.wasabisys.com
    host_bucket = %(bucket)s.s3.eu-central-2.wasabisys.com
    bucket_location = eu-central-2
    use_https = True
    # gateway log archive: s3://lift-gateway-logs
""", _v, "s3cmd configuration file (s3tools.org/kb/item14.htm); Wasabi S3 endpoints", kid=_i, key=_v)

_v = "dop_v1_" + hexs(64)
add("yaml/doctl-token", "ops/dotfiles/doctl-config.yaml", r"""
    access-token: <<token>>
    auth-contexts:
      default: ""
    context: default
    output: text
    kubernetes:
      context: do-fra1-dispatch-staging
""", _v, "doctl config.yaml access-token (docs.digitalocean.com/reference/doctl)", token=_v)

_v = "hf_" + draw(34)
add("notebook/hf-token", "analytics/notebooks/door_fault_classifier.ipynb", r"""
    {
     "cells": [
      {
       "cell_type": "markdown",
       "metadata": {},
       "source": ["# Door fault classifier\n", "Fine-tune a small text model on technician notes labelled DOOR / NOT_DOOR."]
      },
      {
       "cell_type": "code",
       "execution_count": 1,
       "metadata": {},
       "outputs": [],
       "source": [
        "from huggingface_hub import login\n",
        "login(token=\"<<token>>\")\n",
        "from datasets import load_dataset\n",
        "ds = load_dataset(\"liftronic/technician-notes-door\", split=\"train\")"
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
""", _v, "huggingface_hub login(token=...) (huggingface.co/docs/hub/security-tokens); nbformat 4", token=_v)

_sig = b64bytes(32).replace("+", "%2B").replace("/", "%2F").replace("=", "%3D")
_v = "sv=2022-11-02&ss=b&srt=co&sp=rwlac&se=2026-12-31T23:59:59Z&st=2024-01-01T00:00:00Z&spr=https&sig=" + _sig
add("python/azure-sas-token", "gateway/agent/log_upload.py", r"""
    import datetime
    import gzip
    import socket

    import requests

    ACCOUNT_URL = "https://ltgatewaylogs.blob.core.windows.net/gateway-logs"
    SAS = "<<sas>>"


    def upload(path):
        host = socket.gethostname()
        name = f"{host}/{datetime.datetime.utcnow():%Y/%m/%d/%H%M%S}.log.gz"
        with open(path, "rb") as fh:
            data = gzip.compress(fh.read())
        r = requests.put(f"{ACCOUNT_URL}/{name}?{SAS}", data=data,
                         headers={"x-ms-blob-type": "BlockBlob", "Content-Encoding": "gzip"}, timeout=60)
        r.raise_for_status()
""", _v, "Azure Storage account SAS tokens (learn.microsoft.com/rest/api/storageservices/create-account-sas)", sas=_v)

_k, _s, _v = "ASIA" + draw(16, B32), aws_secret(), fakes.aws_session_token(_seed())
add("shell-history/aws-session-token", "support/tickets/INC-21344/terminal.log", r"""
    $ export AWS_ACCESS_KEY_ID=<<kid>>
    $ export AWS_SECRET_ACCESS_KEY=<<sk>>
    $ export AWS_SESSION_TOKEN=<<token>>
    $ aws iot describe-thing --thing-name lift-gw-cqy-0031 --region eu-central-1
    {
        "thingName": "lift-gw-cqy-0031",
        "thingTypeName": "LiftGateway",
        "attributes": { "site": "CQY-0031" },
        "version": 7
    }
    $ aws iot search-index --query-string 'connectivity.connected:false AND attributes.site:CQY*'
""", _s, "AWS CLI environment variables (docs.aws.amazon.com/cli/latest/userguide/cli-configure-envvars.html)", kid=_k, sk=_s, token=_v)

_v = gen_pw(24)
add("yaml/filebeat-cloud-auth", "deploy/logging/filebeat.yml", r"""
    filebeat.inputs:
      - type: filestream
        id: lmg-agent
        paths:
          - /var/log/lmg/agent*.log
        parsers:
          - ndjson:
              target: ""
              add_error_key: true

    cloud.id: "liftronic-logs:ZXUtd2VzdC0xLmF3cy5mb3VuZC5pbyQ4ZjNhMmI3YzlkMGU0ZjUxJDZhN2I4YzlkMGUxZjQyNTM="
    cloud.auth: "elastic:<<pw>>"

    processors:
      - add_host_metadata: ~
      - add_fields:
          target: site
          fields:
            fleet: emea
""", _v, "Filebeat cloud.id and cloud.auth settings (elastic.co/guide/en/beats/filebeat/current/configure-cloud-id.html)", pw=_v)

_v = uuid_s()
add("fluent-bit/splunk-hec", "deploy/logging/fluent-bit.conf", r"""
    [SERVICE]
        Flush        5
        Log_Level    info
        Parsers_File parsers.conf

    [INPUT]
        Name   tail
        Path   /var/log/dispatch/*.log
        Parser json
        Tag    dispatch.*

    [OUTPUT]
        Name          splunk
        Match         dispatch.*
        Host          hec.splunk.liftronic.example
        Port          8088
        TLS           On
        Splunk_Token  <<token>>
        Splunk_Send_Raw Off
""", _v, "Fluent Bit splunk output Splunk_Token (docs.fluentbit.io/manual/pipeline/outputs/splunk)", token=_v)

_v = hexs(36) + "NRAL"
add("yaml/newrelic-license", "services/dispatch/newrelic.yml", r"""
    common: &default_settings
      license_key: '<<key>>'
      app_name: Dispatch API
      distributed_tracing:
        enabled: true
      log_level: info

    production:
      <<: *default_settings
      app_name: Dispatch API (prod)

    staging:
      <<: *default_settings
      app_name: Dispatch API (staging)
""", _v, "New Relic Java agent newrelic.yml license_key (docs.newrelic.com/docs/apm/agents/java-agent/configuration)", key=_v)

_v = hexs(32)
add("yaml/datadog-api-key", "deploy/ansible/files/datadog.yaml", r"""
    api_key: <<key>>
    site: datadoghq.eu
    hostname_fqdn: true
    tags:
      - team:remote-monitoring
      - role:mqtt-broker
    logs_enabled: true
    process_config:
      process_collection:
        enabled: true
""", _v, "Datadog Agent datadog.yaml api_key (docs.datadoghq.com/agent/configuration/agent-configuration-files)", key=_v)

_v = jfrog_ref()
add("xml/maven-settings", "ci/maven/settings.xml", r"""
    <?xml version="1.0" encoding="UTF-8"?>
    <settings xmlns="http://maven.apache.org/SETTINGS/1.2.0">
      <servers>
        <server>
          <id>liftronic-releases</id>
          <username>ci-maven</username>
          <password><<token>></password>
        </server>
      </servers>
      <mirrors>
        <mirror>
          <id>liftronic-releases</id>
          <mirrorOf>*</mirrorOf>
          <url>https://liftronic.jfrog.io/artifactory/maven-virtual</url>
        </mirror>
      </mirrors>
    </settings>
""", _v, "Maven settings.xml servers (maven.apache.org/settings.html); JFrog reference tokens", token=_v)

_v = gen_pw(20)
add("xml/nuget-config", "src/NuGet.Config", r"""
    <?xml version="1.0" encoding="utf-8"?>
    <configuration>
      <packageSources>
        <clear />
        <add key="nuget.org" value="https://api.nuget.org/v3/index.json" />
        <add key="liftronic" value="https://nexus.liftronic.internal/repository/nuget-hosted/" />
      </packageSources>
      <packageSourceCredentials>
        <liftronic>
          <add key="Username" value="build-agent" />
          <add key="ClearTextPassword" value="<<pw>>" />
        </liftronic>
      </packageSourceCredentials>
    </configuration>
""", _v, "nuget.config packageSourceCredentials ClearTextPassword (learn.microsoft.com/nuget/reference/nuget-config-file)", pw=_v)

_v = "dckr_pat_" + draw(27, ALNUM + "-_")
add("shell/docker-hub-pat", "edge/collector/build-and-push.sh", r"""
    #!/usr/bin/env bash
    set -euo pipefail
    VERSION=$(git describe --tags --always)
    echo "<<token>>" | docker login -u liftronicci --password-stdin
    docker buildx build --platform linux/arm/v7,linux/arm64 \
      -t liftronic/edge-collector:"$VERSION" -t liftronic/edge-collector:latest --push .
""", _v, "Docker Hub personal access tokens (docs.docker.com/security/for-developers/access-tokens)", token=_v)

_v = draw(40, ALNUM)
add("dart/field-app-secret", "apps/field_flutter/lib/config/env.dart", r"""
    class Env {
      static const apiBase = 'https://api.liftronic.example/field/v3';
      static const oauthClientId = 'field-app-flutter';
      static const oauthClientSecret = '<<secret>>';
      static const offlineSyncMinutes = 15;
      static const photoMaxKb = 800;

      static Map<String, String> tokenRequest(String username, String password) => {
            'grant_type': 'password',
            'client_id': oauthClientId,
            'client_secret': oauthClientSecret,
            'username': username,
            'password': password,
            'scope': 'jobs:read jobs:write parts:read',
          };
    }
""", _v, "OAuth 2.0 resource owner password grant with client_secret (RFC 6749 section 4.3)", secret=_v)

_v = openssh_key("ansible@ops-box")
add("yaml/ansible-ssh-key", "ansible/group_vars/gateways/ssh.yml", r"""
    ---
    ansible_user: lmgadmin
    ansible_port: 2222
    ansible_ssh_private_key_file: /tmp/lmg_fleet_key
    lmg_fleet_private_key: |
      <<key>>
    lmg_authorized_keys:
      - "{{ lookup('file', 'files/ops-box.pub') }}"
""", _v, "OpenSSH private key format (PROTOCOL.key); Ansible group_vars", key=indent(_v, "  "))

_v = ec_key()
add("k8s/tls-private-key", "deploy/k8s/monitoring/mqtt-tls-secret.yaml", r"""
    apiVersion: v1
    kind: Secret
    metadata:
      name: mqtt-broker-tls
      namespace: lift-monitoring
    type: kubernetes.io/tls
    data:
      tls.crt: <<crt>>
      tls.key: <<key>>
""", _v, "Kubernetes TLS Secrets (kubernetes.io/docs/concepts/configuration/secret/#tls-secrets)", crt=b64(cert_pem()), key=b64(_v + "\n"))

_v = azure_client_secret()
add("python/msal-client-secret", "integrations/calendar/technician_rota.py", r"""
    import msal
    import requests

    TENANT = "2f6b9e10-4c7d-4a83-9b51-d08e3f6a2c41"
    CLIENT_ID = "9d4c1e77-2b3a-4f60-8c15-e6a0d9b27f43"
    CLIENT_SECRET = "<<secret>>"

    app = msal.ConfidentialClientApplication(
        CLIENT_ID, authority=f"https://login.microsoftonline.com/{TENANT}", client_credential=CLIENT_SECRET
    )


    def on_call_rota(group_mailbox="oncall-lifts@liftronic.example"):
        token = app.acquire_token_for_client(scopes=["https://graph.microsoft.com/.default"])["access_token"]
        r = requests.get(
            f"https://graph.microsoft.com/v1.0/users/{group_mailbox}/calendar/events",
            headers={"Authorization": f"Bearer {token}"},
            params={"$select": "subject,start,end", "$top": 50},
            timeout=20,
        )
        return r.json()["value"]
""", _v, "MSAL Python ConfidentialClientApplication client secret (learn.microsoft.com/entra/msal/python)", secret=_v)

_v = gen_pw(24)
add("fortigate/ipsec-psk", "network/fortigate/site-vpn-template.conf", r"""
    config vpn ipsec phase1-interface
        edit "lift-hub"
            set interface "wan1"
            set ike-version 2
            set peertype any
            set net-device disable
            set proposal aes256-sha256
            set dhgrp 14
            set remote-gw 198.51.100.10
            set psksecret <<psk>>
        next
    end
    config vpn ipsec phase2-interface
        edit "lift-hub-p2"
            set phase1name "lift-hub"
            set proposal aes256-sha256
            set src-subnet 192.168.60.0 255.255.255.0
            set dst-subnet 10.77.0.0 255.255.0.0
        next
    end
""", _v, "FortiOS config vpn ipsec phase1-interface psksecret (docs.fortinet.com)", psk=_v)


# ---------------------------------------------------------------------------------------------
# Decoys: references, ciphertext, hashes, public values, fixtures
# ---------------------------------------------------------------------------------------------
CRYPT = "./" + string.ascii_letters + string.digits


def sealed_blob() -> str:
    return "AgB" + draw(600, ALNUM + "+/") + "=="


def sops_enc(plain_len: int) -> str:
    return ("ENC[AES256_GCM,data:" + b64bytes(plain_len) + ",iv:" + b64bytes(32) + ",tag:" + b64bytes(16)
            + ",type:str]")


def vault_lines(n: int) -> str:
    return "\n".join(hexs(80) for _ in range(n))


add("env/decoy-placeholder", "sites/_template/gateway.env.example", r"""
    # Copy to sites/<SITE_ID>/gateway.env and fill in from the provisioning sheet.
    # Never commit real per-site credentials: they are issued by Vault (pki-gateways / mqtt-creds).
    GATEWAY_SITE_ID=XXX-0000
    GATEWAY_MODEL=LMG-400
    CONTROLLER_PROTOCOL=modbus-tcp
    CONTROLLER_HOST=192.168.10.20
    CONTROLLER_PORT=502
    MQTT_HOST=mqtt.liftronic-monitor.net
    MQTT_PORT=8883
    MQTT_USERNAME=gw-xxx-0000
    MQTT_PASSWORD=<paste-from-vault>
    MQTT_TOPIC_PREFIX=liftronic/telemetry/XXX-0000
    LOG_LEVEL=info
""", None, "dotenv example files with placeholders")

add("python/decoy-env-lookup", "gateway/agent/config.py", r"""
    import os
    from dataclasses import dataclass


    @dataclass(frozen=True)
    class AgentConfig:
        site_id: str
        iothub_connection_string: str
        poll_interval_s: float
        controller_host: str


    def load() -> AgentConfig:
        conn = os.environ.get("IOTHUB_DEVICE_CONNECTION_STRING")
        if not conn:
            raise SystemExit("IOTHUB_DEVICE_CONNECTION_STRING is not set (see /etc/lmg/agent.env, written by provisioning)")
        return AgentConfig(
            site_id=os.environ["GATEWAY_SITE_ID"],
            iothub_connection_string=conn,
            poll_interval_s=float(os.environ.get("POLL_INTERVAL_S", "5")),
            controller_host=os.environ.get("CONTROLLER_HOST", "192.168.10.20"),
        )
""", None, "os.environ configuration loading (docs.python.org/3/library/os.html#os.environ)")

add("json/decoy-keyvault-reference", "functions/report-archiver/appsettings.Production.json", r"""
    {
      "Values": {
        "FUNCTIONS_WORKER_RUNTIME": "dotnet-isolated",
        "AzureWebJobsStorage__accountName": "ltinspectionreports",
        "IoTHubConnection": "@Microsoft.KeyVault(SecretUri=https://kv-lift-prod-weu.vault.azure.net/secrets/iothub-service-connection/)",
        "SmtpPassword": "@Microsoft.KeyVault(VaultName=kv-lift-prod-weu;SecretName=smtp-monthly-reports)",
        "ReportContainer": "inspection-pdfs"
      }
    }
""", None, "Key Vault references for App Service and Azure Functions (learn.microsoft.com/azure/app-service/app-service-key-vault-references)")

add("k8s/decoy-secret-key-ref", "deploy/k8s/monitoring/ingest-deployment.yaml", r"""
    apiVersion: apps/v1
    kind: Deployment
    metadata:
      name: telemetry-ingest
      namespace: lift-monitoring
    spec:
      replicas: 3
      selector:
        matchLabels: {app: telemetry-ingest}
      template:
        metadata:
          labels: {app: telemetry-ingest}
        spec:
          containers:
            - name: ingest
              image: registry.liftronic.example/monitoring/telemetry-ingest:2.9.1
              env:
                - name: MQTT_USERNAME
                  value: ingest
                - name: MQTT_PASSWORD
                  valueFrom:
                    secretKeyRef:
                      name: emqx-bridge-auth
                      key: password
                - name: INFLUX_TOKEN
                  valueFrom:
                    secretKeyRef:
                      name: influx-ingest-token
                      key: token
""", None, "Kubernetes env valueFrom secretKeyRef (kubernetes.io/docs/tasks/inject-data-application)")

add("helm/decoy-existing-secret", "deploy/helm/dispatch/values-prod.yaml", r"""
    image:
      repository: registry.liftronic.example/dispatch/api
      tag: 5.3.0

    postgresql:
      enabled: false
    externalDatabase:
      host: pg-dispatch.liftronic.internal
      user: dispatch_api
      database: dispatch
      existingSecret: dispatch-db
      existingSecretPasswordKey: password

    rabbitmq:
      auth:
        username: dispatch
        existingPasswordSecret: dispatch-amqp
        existingErlangSecret: dispatch-amqp-erlang

    ingress:
      enabled: true
      hosts: [dispatch.liftronic.example]
""", None, "Bitnami charts existingSecret convention (github.com/bitnami/charts)")

add("k8s/decoy-sealed-secret", "deploy/k8s/dispatch/sealed-amqp.yaml", r"""
    apiVersion: bitnami.com/v1alpha1
    kind: SealedSecret
    metadata:
      name: dispatch-amqp
      namespace: dispatch
    spec:
      encryptedData:
        AMQP_URL: <<blob>>
      template:
        metadata:
          name: dispatch-amqp
          namespace: dispatch
        type: Opaque
""", None, "Sealed Secrets encryptedData (github.com/bitnami-labs/sealed-secrets)", blob=sealed_blob())

add("yaml/decoy-sops", "deploy/secrets/monitoring.enc.yaml", r"""
    mqtt:
        bridge_password: <<a>>
        ingest_password: <<b>>
    influx:
        token: <<c>>
    sops:
        kms: []
        age:
            - recipient: age1qz7m3x5r9d2k8v4n6w0p3j5h7g9f2e4c6a8s0d2f4h6j8k0l2z4x6c8v0b
              enc: |
                -----BEGIN AGE ENCRYPTED FILE-----
                <<age1>>
                <<age2>>
                -----END AGE ENCRYPTED FILE-----
        lastmodified: "2024-03-18T10:22:41Z"
        mac: <<mac>>
        unencrypted_suffix: _unencrypted
        version: 3.8.1
""", None, "SOPS encrypted YAML with age recipients (github.com/getsops/sops)",
    a=sops_enc(24), b=sops_enc(24), c=sops_enc(64), age1=draw(64, ALNUM + "+/"), age2=draw(44, ALNUM + "+/"),
    mac=sops_enc(32))

add("ansible/decoy-vault-encrypted", "ansible/group_vars/gateways/vault.yml", r"""
    $ANSIBLE_VAULT;1.1;AES256
    <<lines>>
""", None, "Ansible Vault encrypted files (docs.ansible.com/ansible/latest/vault_guide)", lines=vault_lines(12))

add("terraform/decoy-sensitive-variable", "infra/azure/monitoring/variables.tf", r"""
    variable "subscription_id" {
      type        = string
      description = "Azure subscription of the remote monitoring platform"
    }

    variable "client_secret" {
      type        = string
      description = "Service principal secret, injected by the pipeline from Key Vault (TF_VAR_client_secret)"
      sensitive   = true
    }

    variable "iothub_sku" {
      type    = string
      default = "S2"
    }

    variable "gateway_count" {
      type    = number
      default = 4200
    }
""", None, "Terraform input variables with sensitive = true (developer.hashicorp.com/terraform/language/values/variables)")

add("terraform/decoy-random-password", "infra/aws/telemetry/rds.tf", r"""
    resource "random_password" "telemetry_db" {
      length           = 32
      special          = true
      override_special = "!#%*-_=+"
    }

    resource "aws_secretsmanager_secret" "telemetry_db" {
      name = "telemetry/db/master"
    }

    resource "aws_secretsmanager_secret_version" "telemetry_db" {
      secret_id     = aws_secretsmanager_secret.telemetry_db.id
      secret_string = random_password.telemetry_db.result
    }

    resource "aws_db_instance" "telemetry" {
      identifier        = "telemetry-pg"
      engine            = "postgres"
      engine_version    = "16.2"
      instance_class    = "db.r6g.xlarge"
      allocated_storage = 500
      username          = "telemetry_admin"
      password          = random_password.telemetry_db.result
      storage_encrypted = true
    }
""", None, "Terraform random_password and AWS Secrets Manager (registry.terraform.io)")

add("gh-actions/decoy-secrets-context", ".github/workflows/deploy-dispatch.yml", r"""
    name: Deploy dispatch API
    on:
      push:
        branches: [main]
        paths: ["services/dispatch/**"]

    permissions:
      id-token: write
      contents: read

    jobs:
      deploy:
        runs-on: ubuntu-latest
        environment: production
        steps:
          - uses: actions/checkout@v4
          - uses: azure/login@v2
            with:
              client-id: ${{ secrets.AZURE_CLIENT_ID }}
              tenant-id: ${{ secrets.AZURE_TENANT_ID }}
              subscription-id: ${{ secrets.AZURE_SUBSCRIPTION_ID }}
          - uses: docker/login-action@v3
            with:
              registry: registry.liftronic.example
              username: ci-pusher
              password: ${{ secrets.REGISTRY_PASSWORD }}
          - run: make -C services/dispatch image push deploy TAG=${{ github.sha }}
""", None, "GitHub Actions secrets context and OIDC login (docs.github.com/actions/security-guides/using-secrets-in-github-actions)")

add("gitlab-ci/decoy-ci-variables", "services/callout-router/.gitlab-ci.yml", r"""
    stages: [build, deploy]

    build:
      stage: build
      image: docker:24
      services: [docker:24-dind]
      script:
        - echo "$CI_REGISTRY_PASSWORD" | docker login -u "$CI_REGISTRY_USER" --password-stdin "$CI_REGISTRY"
        - docker build -t "$CI_REGISTRY_IMAGE:$CI_COMMIT_SHORT_SHA" .
        - docker push "$CI_REGISTRY_IMAGE:$CI_COMMIT_SHORT_SHA"

    deploy:
      stage: deploy
      image: bitnami/kubectl:1.29
      environment: production
      script:
        - kubectl --kubeconfig "$KUBECONFIG_PROD" set image deploy/callout-router app="$CI_REGISTRY_IMAGE:$CI_COMMIT_SHORT_SHA"
      only: [main]
""", None, "GitLab CI/CD predefined variables (docs.gitlab.com/ee/ci/variables/predefined_variables.html)")

add("jenkins/decoy-credentials-binding", "ci/Jenkinsfile.firmware", r"""
    pipeline {
      agent { label 'arm-builder' }
      stages {
        stage('Build') {
          steps { sh 'make -C firmware/lmg400 release' }
        }
        stage('Sign') {
          steps {
            withCredentials([file(credentialsId: 'lmg-fw-signing-key', variable: 'SIGNING_KEY'),
                             string(credentialsId: 'lmg-fw-signing-pass', variable: 'SIGNING_PASS')]) {
              sh 'tools/sign-firmware.sh --key "$SIGNING_KEY" --pass-env SIGNING_PASS firmware/lmg400/build/*.bin'
            }
          }
        }
        stage('Publish') {
          steps {
            withCredentials([usernamePassword(credentialsId: 'nexus-ci', usernameVariable: 'NX_USER', passwordVariable: 'NX_PASS')]) {
              sh 'curl -fsS -u "$NX_USER:$NX_PASS" --upload-file firmware/lmg400/build/lmg400.bin https://nexus.liftronic.internal/repository/firmware/'
            }
          }
        }
      }
    }
""", None, "Jenkins Credentials Binding plugin withCredentials (jenkins.io/doc/pipeline/steps/credentials-binding)")

add("mosquitto/decoy-password-hashes", "deploy/mosquitto/passwd", r"""
    gw-nge-0417:$7$101$<<s1>>$<<h1>>
    gw-hbf-1102:$7$101$<<s2>>$<<h2>>
    gw-cqy-0031:$7$101$<<s3>>$<<h3>>
    bridge-dlk-22:$7$101$<<s4>>$<<h4>>
    ingest:$7$101$<<s5>>$<<h5>>
""", None, "mosquitto_passwd(1) PBKDF2-SHA512 password file format",
    s1=b64bytes(12), h1=b64bytes(64), s2=b64bytes(12), h2=b64bytes(64), s3=b64bytes(12), h3=b64bytes(64),
    s4=b64bytes(12), h4=b64bytes(64), s5=b64bytes(12), h5=b64bytes(64))

add("htpasswd/decoy-bcrypt", "deploy/nginx/grafana.htpasswd", r"""
    # basic auth in front of the read-only customer Grafana (managed by ansible role nginx_grafana)
    harbourside-fm:$2y$10$<<h1>>
    canaryquay-fm:$2y$10$<<h2>>
    mallwest-ops:$2y$10$<<h3>>
    liftronic-support:$2y$10$<<h4>>
""", None, "Apache htpasswd bcrypt format (httpd.apache.org/docs/current/programs/htpasswd.html)",
    h1=draw(53, CRYPT), h2=draw(53, CRYPT), h3=draw(53, CRYPT), h4=draw(53, CRYPT))

add("yaml/decoy-cloud-init-hash", "gateway/cloud-init/user-data.yaml", r"""
    #cloud-config
    hostname: lmg400-unprovisioned
    users:
      - name: lmgadmin
        groups: [sudo, dialout]
        shell: /bin/bash
        lock_passwd: false
        passwd: "$6$rounds=4096$<<salt>>$<<hash>>"
        ssh_authorized_keys:
          - <<pub>>
    ssh_pwauth: false
    package_update: true
    packages: [mosquitto-clients, jq, modpoll]
    runcmd:
      - systemctl enable lmg-agent
""", None, "cloud-init users passwd (hashed) and ssh_authorized_keys (cloudinit.readthedocs.io)",
    salt=draw(16, CRYPT), hash=draw(86, CRYPT), pub=ssh_pub("lmg-fleet@ops-box"))

add("cisco/decoy-type9-secrets", "network/cisco/c1111-nge-0417-running.cfg", r"""
    hostname LIFT-RTR-NGE-0417
    !
    enable secret 9 $9$<<s1>>$<<h1>>
    !
    username lift-svc privilege 15 secret 9 $9$<<s2>>$<<h2>>
    !
    crypto isakmp key 6 <<t6>> address 198.51.100.10
    !
    snmp-server group LIFTMON v3 priv read LIFTVIEW
    snmp-server view LIFTVIEW iso included
    !
    line vty 0 4
     login local
     transport input ssh
    !
    end
""", None, "Cisco IOS type 9 (scrypt) secrets and type 6 AES-encrypted keys (cisco.com configuration guides)",
    s1=draw(14, CRYPT), h1=draw(43, CRYPT), s2=draw(14, CRYPT), h2=draw(43, CRYPT),
    t6=draw(10, "ABCDEFGHIJKLMNOPQRSTUVWXYZ[]\\^_`abcdefghi") + "AAB")

add("ssh/decoy-authorized-keys", "gateway/rootfs/home/lmgadmin/.ssh/authorized_keys", r"""
    # remote monitoring ops (managed by ansible, do not edit on the device)
    <<k1>>
    <<k2>>
    <<k3>>
    <<k4>>
    <<k5>>
""", None, "OpenSSH authorized_keys format (man.openbsd.org/sshd#AUTHORIZED_KEYS_FILE_FORMAT)",
    k1=ssh_pub("ops-box"), k2=ssh_pub("j.kowalski@liftronic"), k3=ssh_pub("a.mensah@liftronic"),
    k4=ssh_pub("bastion-fra"), k5=ssh_pub("ci-deployer"))

add("pem/decoy-ca-certificate", "gateway/rootfs/etc/lmg/certs/monitoring-ca.crt", r"""
    <<cert>>
""", None, "X.509 CA certificate in PEM (RFC 7468)", cert=cert_pem())

add("pem/decoy-firmware-public-key", "firmware/lmg400/keys/fw-signing-pub.pem", r"""
    <<pub>>
""", None, "SubjectPublicKeyInfo public key in PEM (RFC 7468 section 13)", pub=pub_pem())

add("js/decoy-mapbox-public", "apps/dispatch-board/src/map/config.js", r"""
    // Public access token (scopes: styles:read, fonts:read, tiles:read), URL-restricted to
    // https://dispatch.liftronic.example - safe to ship to the browser.
    export const MAPBOX_TOKEN = "<<token>>";

    export const MAP_STYLE = "mapbox://styles/liftronic-field/clt2p8k1x00ab01qw3e4r5t6y";

    export const DEFAULT_VIEW = {
      center: [-2.2426, 53.4808],
      zoom: 9,
    };

    export const LAYERS = {
      technicians: { color: "#0a7cff", refreshSeconds: 30 },
      openCallouts: { color: "#e81123", refreshSeconds: 15 },
      sites: { color: "#6b6b6b", refreshSeconds: 600 },
    };
""", None, "Mapbox public access tokens (docs.mapbox.com/help/getting-started/access-tokens)",
    token=mapbox_public("liftronic-field"))

add("js/decoy-firebase-web-config", "apps/customer-web/src/firebase.js", r"""
    import { initializeApp } from "firebase/app";
    import { getMessaging } from "firebase/messaging";

    // Firebase web config identifies the project; it is not a secret (access is governed by
    // security rules and App Check).
    const firebaseConfig = {
      apiKey: "AIza<<k>>",
      authDomain: "liftronic-customer.firebaseapp.com",
      projectId: "liftronic-customer",
      storageBucket: "liftronic-customer.appspot.com",
      messagingSenderId: "581937264015",
      appId: "1:581937264015:web:<<app>>",
    };

    export const app = initializeApp(firebaseConfig);
    export const messaging = getMessaging(app);
""", None, "Firebase web app configuration object (firebase.google.com/docs/projects/api-keys)",
    k=draw(35, ALNUM + "-_"), app=hexs(22))

add("env/decoy-stripe-publishable", "parts-shop/web/.env.production", r"""
    NEXT_PUBLIC_SITE_NAME=Liftronic Parts
    NEXT_PUBLIC_API_BASE=https://parts.liftronic.example/api
    NEXT_PUBLIC_STRIPE_PUBLISHABLE_KEY=pk_live_<<pk>>
    NEXT_PUBLIC_SENTRY_ENVIRONMENT=production
    NEXT_PUBLIC_DEFAULT_LOCALE=en-GB
""", None, "Stripe publishable keys are safe in client code (docs.stripe.com/keys)", pk=draw(99))

add("ts/decoy-sentry-dsn", "apps/dispatch-board/src/sentry.ts", r"""
    import * as Sentry from "@sentry/react";

    Sentry.init({
      dsn: "https://<<key>>@o4506812345678901.ingest.de.sentry.io/4506812398765432",
      environment: import.meta.env.MODE,
      release: import.meta.env.VITE_RELEASE,
      tracesSampleRate: 0.1,
      replaysOnErrorSampleRate: 1.0,
      integrations: [Sentry.browserTracingIntegration()],
    });
""", None, "Sentry DSN is public for browser SDKs (docs.sentry.io/concepts/key-terms/dsn-explainer)", key=hexs(32))

add("json/decoy-msal-spa-config", "apps/dispatch-board/public/auth-config.json", r"""
    {
      "auth": {
        "clientId": "<<cid>>",
        "authority": "https://login.microsoftonline.com/<<tid>>",
        "redirectUri": "https://dispatch.liftronic.example/auth/callback",
        "postLogoutRedirectUri": "https://dispatch.liftronic.example/"
      },
      "cache": {
        "cacheLocation": "sessionStorage"
      },
      "scopes": ["api://dispatch-api/Callouts.ReadWrite", "User.Read"]
    }
""", None, "MSAL.js single-page application configuration (learn.microsoft.com/entra/identity-platform/msal-js-initializing-client-applications)",
    cid=uuid_s(), tid=uuid_s())

add("text/decoy-sha256sums", "firmware/lmg400/release/SHA256SUMS", r"""
    <<h1>>  lmg400-4.2.7-full.bin
    <<h2>>  lmg400-4.2.7-delta-from-4.2.6.bin
    <<h3>>  lmg400-4.2.7-bootloader.bin
    <<h4>>  lmg400-4.2.7-modem-bg96-BG96MAR02A07M1G.bin
    <<h5>>  lmg400-4.2.7.manifest.json
""", None, "sha256sum(1) check file format", h1=hexs(64), h2=hexs(64), h3=hexs(64), h4=hexs(64), h5=hexs(64))

add("json/decoy-package-lock", "apps/dispatch-board/package-lock.json", r"""
    {
      "name": "dispatch-board",
      "version": "3.11.0",
      "lockfileVersion": 3,
      "requires": true,
      "packages": {
        "": {
          "name": "dispatch-board",
          "version": "3.11.0",
          "dependencies": {"mapbox-gl": "^3.2.0", "react": "^18.2.0"}
        },
        "node_modules/mapbox-gl": {
          "version": "3.2.0",
          "resolved": "https://registry.npmjs.org/mapbox-gl/-/mapbox-gl-3.2.0.tgz",
          "integrity": "sha512-<<i1>>"
        },
        "node_modules/react": {
          "version": "18.2.0",
          "resolved": "https://registry.npmjs.org/react/-/react-18.2.0.tgz",
          "integrity": "sha512-<<i2>>"
        }
      }
    }
""", None, "package-lock.json integrity fields (docs.npmjs.com/cli/configuring-npm/package-lock-json)",
    i1=b64bytes(64), i2=b64bytes(64))

add("go-sum/decoy-checksums", "services/alerts/go.sum", r"""
    github.com/nats-io/nats.go v1.33.1 h1:<<a>>
    github.com/nats-io/nats.go v1.33.1/go.mod h1:<<b>>
    github.com/nats-io/nkeys v0.4.7 h1:<<c>>
    github.com/nats-io/nkeys v0.4.7/go.mod h1:<<d>>
    github.com/nats-io/nuid v1.0.1 h1:<<e>>
    github.com/nats-io/nuid v1.0.1/go.mod h1:<<f>>
""", None, "go.sum module checksums (go.dev/ref/mod#go-sum-files)",
    a=b64bytes(32), b=b64bytes(32), c=b64bytes(32), d=b64bytes(32), e=b64bytes(32), f=b64bytes(32))

add("csv/decoy-device-registry", "data/device-registry/emea-batch-12.csv", r"""
    device_id,site_id,unit_ref,gateway_serial,dev_eui,cert_thumbprint_sha1,installed
    <<u1>>,NGE-0417,L1,LMG4-23-004117,70B3D57ED005A1C4,<<t1>>,2023-04-12
    <<u2>>,NGE-0417,L2,LMG4-23-004118,70B3D57ED005A1C5,<<t2>>,2023-04-12
    <<u3>>,HBF-1102,L1,LMG4-23-004231,70B3D57ED005A2F0,<<t3>>,2023-05-02
    <<u4>>,CQY-0031,ESC-03,LMG4-23-004402,70B3D57ED005A311,<<t4>>,2023-06-19
    <<u5>>,DLK-22,L4,LMG4-23-004519,70B3D57ED005A3A8,<<t5>>,2023-07-07
""", None, "device registry export: UUID device ids, LoRaWAN DevEUIs and certificate thumbprints",
    u1=uuid_s(), u2=uuid_s(), u3=uuid_s(), u4=uuid_s(), u5=uuid_s(),
    t1=hexs(40, True), t2=hexs(40, True), t3=hexs(40, True), t4=hexs(40, True), t5=hexs(40, True))

add("yaml/decoy-modbus-register-map", "gateway/profiles/mcs220-registers.yaml", r"""
    # Register map for the MCS-220 group controller (firmware >= 3.4)
    controller: mcs220
    byte_order: big
    registers:
      - {name: car_position_floor, address: 40001, type: uint16}
      - {name: door_state, address: 40002, type: uint16, enum: {0: closed, 1: opening, 2: open, 3: closing, 4: fault}}
      - {name: motor_current_a, address: 40003, type: float32, scale: 0.1}
      - {name: trip_counter, address: 40005, type: uint32}
      - {name: fault_code, address: 40010, type: uint16, format: hex}
      - {name: safety_chain_mask, address: 40011, type: uint16, format: hex, default: 0xFFFF}
    coils:
      - {name: inspection_mode, address: 1}
      - {name: fire_recall_active, address: 2}
      - {name: out_of_service, address: 3}
    maintenance_access:
      service_password: ask-regional-supervisor   # not stored in profiles
""", None, "Modbus register map profile for a lift controller gateway")

add("markdown/decoy-aws-docs-example", "docs/dev/aws-local-setup.md", r"""
    # Local AWS setup for the provisioning scripts

    Use your own SSO profile; never a long-lived key. For the LocalStack tests the
    scripts accept the documentation keys from the AWS CLI guide:

    ```ini
    [localstack]
    aws_access_key_id = AKIAIOSFODNN7EXAMPLE
    aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY
    region = eu-central-1
    endpoint_url = http://localhost:4566
    ```

    Then run `AWS_PROFILE=localstack make test-provisioning`.

    For real accounts: `aws sso login --profile lift-provisioner`.
""", None, "AWS documentation example credentials (docs.aws.amazon.com/IAM/latest/UserGuide/security-creds.html)")

add("python/decoy-test-fixture", "gateway/agent/tests/test_mqtt_publisher.py", r"""
    import pytest

    from agent.publisher import MqttPublisher


    @pytest.fixture
    def publisher(fake_broker):
        return MqttPublisher(
            host=fake_broker.host,
            port=fake_broker.port,
            username="test-user",
            password="test-password",
            topic_prefix="liftronic/telemetry/TEST-0001",
        )


    def test_publishes_door_state(publisher, fake_broker):
        publisher.publish("door_state", 2)
        assert fake_broker.messages == [("liftronic/telemetry/TEST-0001/door_state", b"2")]


    def test_rejects_bad_credentials(fake_broker):
        fake_broker.require_password("test-password")
        with pytest.raises(ConnectionRefusedError):
            MqttPublisher(host=fake_broker.host, port=fake_broker.port, username="test-user", password="wrong").connect()
""", None, "pytest fixtures with dummy credentials (docs.pytest.org)")

add("json/decoy-redacted-log", "support/tickets/INC-20817/agent-log-excerpt.jsonl", r"""
    {"ts":"2024-02-11T08:14:02Z","lvl":"info","msg":"loading config","file":"/etc/lmg/agent.env"}
    {"ts":"2024-02-11T08:14:02Z","lvl":"debug","msg":"mqtt options","host":"mqtt.liftronic-monitor.net","port":8883,"username":"gw-cqy-0031","password":"[REDACTED]"}
    {"ts":"2024-02-11T08:14:03Z","lvl":"error","msg":"mqtt connect failed","rc":5,"reason":"not authorized"}
    {"ts":"2024-02-11T08:14:33Z","lvl":"info","msg":"retrying","attempt":2}
    {"ts":"2024-02-11T08:14:34Z","lvl":"info","msg":"connected","session_present":false}
""", None, "structured agent logs with redacted credential fields")

add("markdown/decoy-incident-redacted", "docs/postmortems/2024-01-gateway-auth-outage.md", r"""
    # Post-mortem: gateways rejected by the MQTT cluster (2024-01-23)

    **Impact:** 312 gateways in DE-NORTH offline for 47 minutes; no entrapment alarms missed
    (SMS fallback worked).

    **Cause:** the credential rotation job wrote the new password for `gw-*` users to Vault
    before the broker's auth plugin cache expired. Example from the broker log:

        auth failed user=gw-hbf-1102 password=******** reason=bad_credentials

    **Fix:** rotation now uses two overlapping credentials (`current` / `previous`, see
    `vault kv get -field=current mqtt-creds/gw-hbf-1102`).

    **Follow-ups:** alert on >5 % auth failures per minute; dry-run mode for rotations.
""", None, "incident post-mortem with masked values")

add("python/decoy-vault-client", "services/cert-rotator/rotator/secrets.py", r"""
    import os

    import hvac


    def vault_client() -> hvac.Client:
        client = hvac.Client(url=os.environ["VAULT_ADDR"])
        with open("/var/run/secrets/kubernetes.io/serviceaccount/token") as fh:
            client.auth.kubernetes.login(role="cert-rotator", jwt=fh.read())
        return client


    def mqtt_password(site_id: str) -> str:
        secret = vault_client().secrets.kv.v2.read_secret_version(path=f"mqtt-creds/gw-{site_id.lower()}",
                                                                  mount_point="kv")
        return secret["data"]["data"]["current"]


    def issue_gateway_cert(site_id: str) -> dict:
        return vault_client().secrets.pki.generate_certificate(
            name="lift-gateway", common_name=f"lift-gw-{site_id.lower()}.gw.liftronic.net", mount_point="pki-gateways"
        )["data"]
""", None, "hvac Kubernetes auth and KV v2 reads (hvac.readthedocs.io)")

add("csharp/decoy-keyvault-client", "src/Liftronic.Reports/Secrets/ReportSecrets.cs", r"""
    using Azure.Identity;
    using Azure.Security.KeyVault.Secrets;

    namespace Liftronic.Reports.Secrets;

    public sealed class ReportSecrets
    {
        private readonly SecretClient _client = new(
            new Uri("https://kv-lift-prod-weu.vault.azure.net/"), new DefaultAzureCredential());

        public async Task<string> SmtpPasswordAsync()
        {
            KeyVaultSecret secret = await _client.GetSecretAsync("smtp-monthly-reports");
            return secret.Value;
        }

        public async Task<string> StorageConnectionAsync()
        {
            KeyVaultSecret secret = await _client.GetSecretAsync("inspection-reports-storage");
            return secret.Value;
        }
    }
""", None, "Azure Key Vault SecretClient with DefaultAzureCredential (learn.microsoft.com/dotnet/api/azure.security.keyvault.secrets)")

add("go/decoy-secrets-manager", "services/alerts/secrets.go", r"""
    package alerts

    import (
    	"context"

    	"github.com/aws/aws-sdk-go-v2/aws"
    	"github.com/aws/aws-sdk-go-v2/config"
    	"github.com/aws/aws-sdk-go-v2/service/secretsmanager"
    )

    // RoutingKey fetches the PagerDuty routing key; the task role grants GetSecretValue on it.
    func RoutingKey(ctx context.Context) (string, error) {
    	cfg, err := config.LoadDefaultConfig(ctx, config.WithRegion("eu-central-1"))
    	if err != nil {
    		return "", err
    	}
    	out, err := secretsmanager.NewFromConfig(cfg).GetSecretValue(ctx, &secretsmanager.GetSecretValueInput{
    		SecretId: aws.String("alerts/pagerduty/routing-key"),
    	})
    	if err != nil {
    		return "", err
    	}
    	return aws.ToString(out.SecretString), nil
    }
""", None, "AWS SDK for Go v2 Secrets Manager GetSecretValue (docs.aws.amazon.com/sdk-for-go)")

add("java/decoy-env-password", "services/fault-stream/src/main/java/com/liftronic/faults/DbConfig.java", r"""
    package com.liftronic.faults;

    import com.zaxxer.hikari.HikariConfig;
    import com.zaxxer.hikari.HikariDataSource;

    public final class DbConfig {
        private DbConfig() {}

        public static HikariDataSource dataSource() {
            HikariConfig cfg = new HikariConfig();
            cfg.setJdbcUrl(System.getenv().getOrDefault("FAULTS_JDBC_URL",
                "jdbc:postgresql://localhost:5432/faults"));
            cfg.setUsername(System.getenv("FAULTS_DB_USER"));
            cfg.setPassword(System.getenv("FAULTS_DB_PASSWORD"));
            cfg.setMaximumPoolSize(10);
            return new HikariDataSource(cfg);
        }
    }
""", None, "HikariCP configuration from environment variables (github.com/brettwooldridge/HikariCP)")

add("properties/decoy-spring-placeholders", "services/workorder-sync/src/main/resources/application-staging.properties", r"""
    spring.datasource.url=jdbc:postgresql://pg-workorders-stg.liftronic.internal:5432/workorders
    spring.datasource.username=workorders
    spring.datasource.password=${WORKORDERS_DB_PASSWORD}
    salesforce.login-url=https://test.salesforce.com
    salesforce.client-id=${SF_CLIENT_ID}
    salesforce.client-secret=${SF_CLIENT_SECRET}
    spring.mail.password=${SMTP_PASSWORD:}
    workorder.poll-interval=PT5M
""", None, "Spring Boot property placeholders (docs.spring.io/spring-boot/reference/features/external-config.html)")

add("properties/decoy-jasypt-ciphertext", "dispatch-legacy/src/main/resources/dispatch.properties", r"""
    # Values in ENC(...) are encrypted with jasypt; the master password is injected at start-up
    # through the JASYPT_ENCRYPTOR_PASSWORD environment variable on the app servers.
    dispatch.db.url=jdbc:oracle:thin:@//ora-dispatch.liftronic.internal:1521/DISPATCH
    dispatch.db.user=DISPATCH_APP
    dispatch.db.password=ENC(<<c1>>)
    dispatch.sms.gateway.password=ENC(<<c2>>)
    dispatch.region=NORTH
""", None, "Jasypt encrypted properties ENC(...) (github.com/ulisesbocchio/jasypt-spring-boot)",
    c1=b64bytes(48), c2=b64bytes(32))

add("powershell/decoy-get-credential", "tools/Reset-DepotPc.ps1", r"""
    param(
        [Parameter(Mandatory)] [string] $ComputerName,
        [pscredential] $Credential = (Get-Credential -Message "Depot admin account for $ComputerName")
    )

    Invoke-Command -ComputerName $ComputerName -Credential $Credential -ScriptBlock {
        Stop-Service -Name "McsServiceToolSync" -ErrorAction SilentlyContinue
        Remove-Item -Recurse -Force "C:\ProgramData\McsServiceTool\cache\*"
        Start-Service -Name "McsServiceToolSync"
    }
    Write-Host "Depot PC $ComputerName reset."
""", None, "Get-Credential (learn.microsoft.com/powershell/module/microsoft.powershell.security/get-credential)")

add("shell/decoy-read-prompt", "scripts/rotate-gateway-webui-password.sh", r"""
    #!/usr/bin/env bash
    # Rotate the web UI password of one gateway; the new password goes to Vault, never to git.
    set -euo pipefail
    GW="${1:?gateway host}"
    read -r -s -p "New web UI password for $GW: " NEWPW; echo
    read -r -s -p "Repeat: " NEWPW2; echo
    [ "$NEWPW" = "$NEWPW2" ] || { echo "mismatch" >&2; exit 1; }

    ssh "lmgadmin@$GW" "sudo lmgctl webui set-password --stdin" <<<"$NEWPW"
    vault kv put "kv/gateway-webui/$GW" password="$NEWPW" rotated_by="$USER"
    unset NEWPW NEWPW2
""", None, "bash read -s (gnu.org/software/bash/manual)")

add("dockerfile/decoy-build-secret", "services/dispatch/Dockerfile", r"""
    # syntax=docker/dockerfile:1.7
    FROM node:20-alpine AS build
    WORKDIR /src
    COPY package*.json .npmrc.template ./
    RUN --mount=type=secret,id=npm_token \
        NPM_TOKEN="$(cat /run/secrets/npm_token)" envsubst < .npmrc.template > .npmrc && \
        npm ci && rm -f .npmrc
    COPY . .
    RUN npm run build

    FROM node:20-alpine
    WORKDIR /app
    COPY --from=build /src/dist ./dist
    COPY --from=build /src/node_modules ./node_modules
    USER node
    CMD ["node", "dist/server.js"]
""", None, "Docker build secrets RUN --mount=type=secret (docs.docker.com/build/building/secrets)")

add("compose/decoy-secret-files", "deploy/dispatch/docker-compose.yml", r"""
    services:
      postgres:
        image: postgres:16
        environment:
          POSTGRES_DB: dispatch
          POSTGRES_USER: dispatch
          POSTGRES_PASSWORD_FILE: /run/secrets/pg_password
        secrets: [pg_password]

      api:
        image: registry.liftronic.example/dispatch/api:5.3.0
        environment:
          DB_HOST: postgres
          DB_PASSWORD_FILE: /run/secrets/pg_password
          TWILIO_AUTH_TOKEN_FILE: /run/secrets/twilio_token
        secrets: [pg_password, twilio_token]

    secrets:
      pg_password:
        file: ./secrets/pg_password.txt
      twilio_token:
        file: ./secrets/twilio_token.txt
""", None, "Docker Compose secrets (docs.docker.com/compose/how-tos/use-secrets)")

add("jinja/decoy-template-vars", "ansible/roles/rut955/templates/wireless.j2", r"""
    config wifi-device 'radio0'
    	option type 'mac80211'
    	option channel 'auto'
    	option country '{{ site.country | default("DE") }}'

    config wifi-iface 'default_radio0'
    	option device 'radio0'
    	option network 'lan'
    	option mode 'ap'
    	option ssid '{{ site.service_ssid }}'
    	option encryption 'psk2'
    	option key '{{ vault_site_wifi_psk[site.id] }}'
    	option hidden '1'
""", None, "Jinja2 template with Ansible vaulted variables (docs.ansible.com/ansible/latest/playbook_guide/playbooks_templating.html)")

add("wireguard/decoy-hub-public-keys", "network/vpn-hub/wg0.conf", r"""
    # Hub side; the private key lives only on the hub in /etc/wireguard/hub.key (0600)
    [Interface]
    Address = 10.77.0.1/16
    ListenPort = 51820
    PostUp = wg set %i private-key /etc/wireguard/hub.key

    [Peer]
    # MALL-WEST escalator cabinet
    PublicKey = <<p1>>
    AllowedIPs = 10.77.14.9/32

    [Peer]
    # AIRPORT-T2 plant room
    PublicKey = <<p2>>
    AllowedIPs = 10.77.15.3/32

    [Peer]
    # NGE-0417 Northgate Tower
    PublicKey = <<p3>>
    AllowedIPs = 10.77.16.22/32
""", None, "WireGuard peers are identified by public keys (wireguard.com/quickstart)",
    p1=b64bytes(32), p2=b64bytes(32), p3=b64bytes(32))

add("nats/decoy-public-nkeys", "deploy/nats/nats-server.conf", r"""
    port: 4222
    http_port: 8222
    server_name: nats-dispatch-1

    tls {
      cert_file: "/etc/nats/tls/server.crt"
      key_file:  "/etc/nats/tls/server.key"
    }

    authorization {
      users = [
        { nkey: U<<u1>>, permissions: { publish: "callouts.>", subscribe: "_INBOX.>" } }
        { nkey: U<<u2>>, permissions: { subscribe: "callouts.>" } }
        { nkey: U<<u3>>, permissions: { publish: "telemetry.>" } }
      ]
    }
""", None, "NATS server nkey authentication with public user keys (docs.nats.io/running-a-nats-service/configuration/securing_nats/auth_intro/nkey_auth)",
    u1=draw(55, B32), u2=draw(55, B32), u3=draw(55, B32))

add("k8s/decoy-configmap-ids", "deploy/k8s/monitoring/ingest-configmap.yaml", r"""
    apiVersion: v1
    kind: ConfigMap
    metadata:
      name: telemetry-ingest
      namespace: lift-monitoring
    data:
      TENANT_ID: "<<t>>"
      INFLUX_ORG_ID: "<<org>>"
      INFLUX_BUCKET_ID: "<<bucket>>"
      SCHEMA_FINGERPRINT: "sha256:<<fp>>"
      MQTT_SHARED_SUBSCRIPTION: "$share/ingest/liftronic/telemetry/#"
      BATCH_SIZE: "5000"
""", None, "Kubernetes ConfigMap with identifiers (tenant UUID, InfluxDB org and bucket ids)",
    t=uuid_s(), org=hexs(16), bucket=hexs(16), fp=hexs(64))

add("json/decoy-grafana-dashboard", "deploy/telemetry/grafana/dashboards/controller-faults.json", r"""
    {
      "uid": "lift-ctrl-faults",
      "title": "Controller faults",
      "tags": ["lifts", "remote-monitoring"],
      "timezone": "browser",
      "panels": [
        {
          "id": 1,
          "type": "timeseries",
          "title": "Faults per hour by controller family",
          "datasource": {"type": "postgres", "uid": "lift-ts"},
          "targets": [
            {"refId": "A", "rawSql": "SELECT time_bucket('1h', ts) AS time, controller_family, count(*) FROM telemetry.controller_events WHERE event_type='FAULT' AND $__timeFilter(ts) GROUP BY 1,2 ORDER BY 1"}
          ]
        }
      ],
      "version": 14,
      "schemaVersion": 39
    }
""", None, "Grafana dashboard JSON model (grafana.com/docs/grafana/latest/dashboards/build-dashboards/view-dashboard-json-model)")

add("sql/decoy-password-hashes", "db/dispatch/seed/003_demo_users.sql", r"""
    -- Demo users for the staging dispatch board. Passwords are bcrypt hashes (cost 12).
    INSERT INTO app_user (email, display_name, role, password_hash) VALUES
      ('dispatcher.demo@liftronic.example', 'Demo Dispatcher', 'dispatcher', '$2b$12$<<h1>>'),
      ('supervisor.demo@liftronic.example', 'Demo Supervisor', 'supervisor', '$2b$12$<<h2>>'),
      ('tech.demo@liftronic.example', 'Demo Technician', 'technician', '$2b$12$<<h3>>');

    INSERT INTO territory (code, name) VALUES ('DE-NORTH', 'Germany North'), ('UK-NW', 'UK North West');
""", None, "bcrypt password hashes in seed data", h1=draw(53, CRYPT), h2=draw(53, CRYPT), h3=draw(53, CRYPT))

add("python/decoy-hmac-verify", "services/bms-webhooks/app/verify.py", r"""
    '''Verify BMS webhook signatures (X-Signature: sha256=<hex>).

    Example header from the vendor docs:
        X-Signature: sha256=<<example>>
    '''
    import hashlib
    import hmac
    import os

    WEBHOOK_SECRET = os.environ["BMS_WEBHOOK_SECRET"].encode()


    def valid(body: bytes, header: str) -> bool:
        algo, _, received = header.partition("=")
        if algo != "sha256":
            return False
        expected = hmac.new(WEBHOOK_SECRET, body, hashlib.sha256).hexdigest()
        return hmac.compare_digest(expected, received)
""", None, "HMAC-SHA256 webhook signature verification (docs.python.org/3/library/hmac.html)", example=hexs(64))

add("markdown/decoy-api-docs", "docs/api/dispatch-api.md", r"""
    # Dispatch API for customer BMS integrations

    Base URL: `https://api.liftronic.example/dispatch/v2`

    ## Authentication
    Request a client id and secret from your account manager, then exchange them:

    ```http
    POST /oauth/token
    Content-Type: application/x-www-form-urlencoded

    grant_type=client_credentials&client_id=YOUR_CLIENT_ID&client_secret=YOUR_CLIENT_SECRET
    ```

    Call the API with `Authorization: Bearer <access_token>`.

    ## Report a fault
    ```sh
    curl -X POST "$BASE/callouts" -H "Authorization: Bearer $TOKEN" \
      -d '{"site":"HBF-1102","unit":"L2","reason":"doors not closing"}'
    ```
""", None, "OAuth 2.0 client credentials documentation with placeholders (RFC 6749 section 4.4)")

add("yaml/decoy-openapi", "docs/api/openapi.yaml", r"""
    openapi: 3.0.3
    info:
      title: Liftronic Dispatch API
      version: 2.4.0
    servers:
      - url: https://api.liftronic.example/dispatch/v2
    components:
      securitySchemes:
        bearerAuth:
          type: http
          scheme: bearer
          bearerFormat: JWT
        apiKeyHeader:
          type: apiKey
          in: header
          name: X-Api-Key
          description: "Per-integration key, for example `X-Api-Key: <your-api-key>`"
    security:
      - bearerAuth: []
    paths:
      /callouts:
        get:
          summary: List open callouts
          responses:
            "200":
              description: OK
""", None, "OpenAPI 3 security schemes (spec.openapis.org/oas/v3.0.3)")

add("c/decoy-public-key-array", "firmware/lmg400/src/fw_verify_key.c", r"""
    /* Ed25519 public key used by the bootloader to verify firmware images.
     * The matching private key is held in the HSM of the release pipeline. */
    #include <stdint.h>

    const uint8_t FW_VERIFY_PUBKEY[32] = {
        <<row1>>
        <<row2>>
        <<row3>>
        <<row4>>
    };

    const char FW_VERIFY_KEY_ID[] = "lmg-fw-2024-01";
""", None, "Ed25519 public keys for firmware signature verification (RFC 8032)",
    row1=", ".join("0x%02x" % b for b in rbytes(8)) + ",", row2=", ".join("0x%02x" % b for b in rbytes(8)) + ",",
    row3=", ".join("0x%02x" % b for b in rbytes(8)) + ",", row4=", ".join("0x%02x" % b for b in rbytes(8)))

add("csv/decoy-fault-codes", "data/fault-codes/mcs220.csv", r"""
    code,hex,severity,description,remote_reset_allowed
    1001,0x03E9,minor,Door reopen limit exceeded,yes
    1002,0x03EA,minor,Door close timeout,yes
    2010,0x07DA,major,Levelling error > 20 mm,no
    3101,0x0C1D,critical,Safety chain open (landing door contact),no
    3102,0x0C1E,critical,Safety chain open (car door contact),no
    4001,0x0FA1,major,Drive overcurrent,no
    5005,0x138D,minor,Communication loss to car controller,yes
""", None, "lift controller fault code table")

add("yaml/decoy-external-secret", "deploy/k8s/monitoring/external-secrets.yaml", r"""
    apiVersion: external-secrets.io/v1beta1
    kind: ExternalSecret
    metadata:
      name: influx-ingest-token
      namespace: lift-monitoring
    spec:
      refreshInterval: 1h
      secretStoreRef:
        name: aws-secretsmanager
        kind: ClusterSecretStore
      target:
        name: influx-ingest-token
      data:
        - secretKey: token
          remoteRef:
            key: telemetry/influx/ingest-token
            property: token
""", None, "External Secrets Operator ExternalSecret (external-secrets.io/latest/api/externalsecret)")

add("terraform/decoy-secretsmanager-data", "infra/aws/alerts/lambda.tf", r"""
    data "aws_secretsmanager_secret_version" "pagerduty" {
      secret_id = "alerts/pagerduty/routing-key"
    }

    resource "aws_lambda_function" "out_of_service_pager" {
      function_name = "out-of-service-pager"
      role          = aws_iam_role.pager.arn
      runtime       = "provided.al2023"
      handler       = "bootstrap"
      filename      = "build/pager.zip"
      source_code_hash = filebase64sha256("build/pager.zip")

      environment {
        variables = {
          PAGERDUTY_SECRET_ARN = data.aws_secretsmanager_secret_version.pagerduty.arn
          SLA_MINUTES          = "240"
        }
      }
    }
""", None, "Terraform aws_secretsmanager_secret_version data source (registry.terraform.io/providers/hashicorp/aws)")

add("ruby/decoy-rails-credentials", "dispatch-web/config/initializers/twilio.rb", r"""
    # Credentials live in config/credentials/production.yml.enc (RAILS_MASTER_KEY on the servers)
    Twilio.configure do |config|
      config.account_sid = Rails.application.credentials.dig(:twilio, :account_sid)
      config.auth_token = Rails.application.credentials.dig(:twilio, :auth_token)
    end

    TWILIO_FROM = Rails.application.credentials.dig(:twilio, :from_number) || "+441614960000"
    ENTRAPMENT_SMS_ENABLED = ENV.fetch("ENTRAPMENT_SMS_ENABLED", "true") == "true"
""", None, "Rails encrypted credentials (guides.rubyonrails.org/security.html#custom-credentials)")

add("php/decoy-env-calls", "portal/config/services.php", r"""
    <?php

    return [
        'vonage' => [
            'key' => env('VONAGE_KEY'),
            'secret' => env('VONAGE_SECRET'),
            'sms_from' => env('VONAGE_SMS_FROM', 'Liftronic'),
        ],
        'servicenow' => [
            'instance' => env('SERVICENOW_INSTANCE', 'https://harbourside-fm.service-now.com'),
            'username' => env('SERVICENOW_USER'),
            'password' => env('SERVICENOW_PASSWORD'),
        ],
        'mapbox' => [
            'public_token' => env('MAPBOX_PUBLIC_TOKEN'),
        ],
    ];
""", None, "Laravel config/services.php env() helpers (laravel.com/docs/configuration)")

add("kotlin/decoy-buildconfig", "apps/technician-android/app/src/main/java/com/liftronic/fieldservice/net/ApiModule.kt", r"""
    package com.liftronic.fieldservice.net

    import com.liftronic.fieldservice.BuildConfig
    import okhttp3.OkHttpClient
    import retrofit2.Retrofit
    import retrofit2.converter.moshi.MoshiConverterFactory

    object ApiModule {
        // API_BASE_URL comes from local.properties / CI, see build.gradle buildConfigField
        private val client = OkHttpClient.Builder()
            .addInterceptor(AuthInterceptor(TokenStore::accessToken))
            .build()

        val retrofit: Retrofit = Retrofit.Builder()
            .baseUrl(BuildConfig.API_BASE_URL)
            .client(client)
            .addConverterFactory(MoshiConverterFactory.create())
            .build()
    }
""", None, "Android BuildConfig fields and OkHttp interceptors (developer.android.com/build/gradle-tips)")

add("swift/decoy-keychain", "apps/technician-ios/FieldService/Auth/TokenStore.swift", r"""
    import Foundation
    import Security

    enum TokenStore {
        private static let service = "com.liftronic.fieldservice.oauth"

        static func save(token: String, account: String = "access_token") {
            let data = Data(token.utf8)
            let query: [String: Any] = [kSecClass as String: kSecClassGenericPassword,
                                        kSecAttrService as String: service,
                                        kSecAttrAccount as String: account]
            SecItemDelete(query as CFDictionary)
            var add = query
            add[kSecValueData as String] = data
            add[kSecAttrAccessible as String] = kSecAttrAccessibleAfterFirstUnlockThisDeviceOnly
            SecItemAdd(add as CFDictionary, nil)
        }

        static func load(account: String = "access_token") -> String? {
            let query: [String: Any] = [kSecClass as String: kSecClassGenericPassword,
                                        kSecAttrService as String: service,
                                        kSecAttrAccount as String: account,
                                        kSecReturnData as String: true]
            var item: CFTypeRef?
            guard SecItemCopyMatching(query as CFDictionary, &item) == errSecSuccess, let data = item as? Data else { return nil }
            return String(decoding: data, as: UTF8.self)
        }
    }
""", None, "Apple Keychain Services generic passwords (developer.apple.com/documentation/security/keychain_services)")

add("dart/decoy-dart-define", "apps/field_flutter/lib/config/flavor.dart", r"""
    class Flavor {
      static const apiBase = String.fromEnvironment('API_BASE', defaultValue: 'https://api-staging.liftronic.example/field/v3');
      static const oauthClientId = String.fromEnvironment('OAUTH_CLIENT_ID', defaultValue: 'field-app-flutter-staging');
      // PKCE public client: no client secret in the app
      static const usePkce = true;
      static const sentryDsn = String.fromEnvironment('SENTRY_DSN');
    }
""", None, "Flutter --dart-define and String.fromEnvironment (docs.flutter.dev); OAuth PKCE public clients (RFC 7636)")

add("notebook/decoy-getpass", "analytics/notebooks/availability_report.ipynb", r"""
    {
     "cells": [
      {
       "cell_type": "code",
       "execution_count": 1,
       "metadata": {},
       "outputs": [],
       "source": [
        "import getpass\n",
        "import psycopg\n",
        "pw = getpass.getpass('reports_ro password: ')\n",
        "conn = psycopg.connect(host='timescale-replica.telemetry.internal', dbname='lift_telemetry', user='reports_ro', password=pw)"
       ]
      },
      {
       "cell_type": "code",
       "execution_count": 2,
       "metadata": {},
       "outputs": [],
       "source": ["df = pd.read_sql('select * from reports.daily_unit_availability where day > now() - interval \\'30 days\\'', conn)"]
      }
     ],
     "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
     "nbformat": 4,
     "nbformat_minor": 5
    }
""", None, "getpass in notebooks (docs.python.org/3/library/getpass.html); nbformat 4")

add("r/decoy-keyring", "analytics/monthly_kpis.R", r"""
    library(DBI)
    library(keyring)

    con <- dbConnect(
      RPostgres::Postgres(),
      host = "timescale-replica.telemetry.internal",
      dbname = "lift_telemetry",
      user = "reports_ro",
      password = key_get("lift_telemetry", "reports_ro")
    )

    kpis <- dbGetQuery(con, "SELECT territory, avg(availability_pct) AS availability, sum(callouts) AS callouts
                             FROM reports.monthly_territory GROUP BY territory")
    write.csv(kpis, sprintf("kpis-%s.csv", format(Sys.Date(), "%Y-%m")), row.names = FALSE)
    dbDisconnect(con)
""", None, "keyring R package key_get (r-lib.github.io/keyring)")

add("rust/decoy-env-var", "edge/escalator-agent/src/config.rs", r"""
    use std::env;

    pub struct Config {
        pub site: String,
        pub mqtt_user: String,
        pub mqtt_password: String,
        pub poll_ms: u64,
    }

    impl Config {
        pub fn from_env() -> Result<Self, env::VarError> {
            Ok(Self {
                site: env::var("SITE_ID")?,
                mqtt_user: env::var("MQTT_USER").unwrap_or_else(|_| "esc-agent".into()),
                mqtt_password: env::var("MQTT_PASSWORD")?,
                poll_ms: env::var("POLL_MS").ok().and_then(|v| v.parse().ok()).unwrap_or(500),
            })
        }
    }
""", None, "std::env::var (doc.rust-lang.org/std/env/fn.var.html)")

add("lua/decoy-uci-get", "routers/rut955-template/usr/lib/lua/liftmon/auth.lua", r"""
    -- API key is written to /etc/config/liftmon by the provisioning job (uci set liftmon.api.key=...)
    local uci = require("luci.model.uci").cursor()

    local M = {}

    function M.api_key()
      local key = uci:get("liftmon", "api", "key")
      if not key or key == "" then
        error("liftmon.api.key not provisioned")
      end
      return key
    end

    return M
""", None, "OpenWrt UCI Lua API (openwrt.org/docs/techref/uci)")

add("shell-history/decoy-vault-commands", "support/tickets/INC-21502/bash_history.txt", r"""
    vault login -method=oidc role=remote-monitoring
    vault kv get -field=current kv/mqtt-creds/gw-dlk-22 | wc -c
    vault kv metadata get kv/mqtt-creds/gw-dlk-22
    ssh -p 2222 lmgadmin@10.77.22.4 'sudo lmgctl creds reload'
    mosquitto_sub -h mqtt.liftronic-monitor.net -p 8883 --capath /etc/ssl/certs -u gw-dlk-22 -P "$(vault kv get -field=current kv/mqtt-creds/gw-dlk-22)" -t 'liftronic/telemetry/DLK-22/#' -C 3
    exit
""", None, "Vault CLI kv get -field (developer.hashicorp.com/vault/docs/commands/kv/get)")

add("markdown/decoy-changelog", "firmware/lmg400/CHANGELOG.md", r"""
    # Changelog

    ## 4.2.7 (2024-03-04)
    - Fix Modbus timeout handling on MCS-220 when the controller is in inspection mode (<<c1>>)
    - Buffer up to 72 h of events when LTE is down (<<c2>>)

    ## 4.2.6 (2024-01-29)
    - Rotate MQTT credentials without reboot (<<c3>>)
    - Image digest: `sha256:<<d1>>`

    ## 4.2.5 (2023-12-11)
    - New fault codes 5005-5009 (<<c4>>)
""", None, "Keep a Changelog with commit ids and image digests",
    c1=hexs(40), c2=hexs(40), c3=hexs(40), c4=hexs(40), d1=hexs(64))

add("json/decoy-jwks", "services/technician-api/public/.well-known/jwks.json", r"""
    {
      "keys": [
        {
          "kty": "RSA",
          "use": "sig",
          "alg": "RS256",
          "kid": "<<kid>>",
          "n": "<<n>>",
          "e": "AQAB"
        }
      ]
    }
""", None, "JSON Web Key Set with a public RSA key (RFC 7517)", kid=hexs(16), n=b64url(rbytes(256)))

add("k8s/decoy-image-digests", "deploy/k8s/dispatch/deployment.yaml", r"""
    apiVersion: apps/v1
    kind: Deployment
    metadata:
      name: dispatch-api
      namespace: dispatch
    spec:
      replicas: 4
      selector:
        matchLabels: {app: dispatch-api}
      template:
        metadata:
          labels: {app: dispatch-api}
          annotations:
            checksum/config: <<cfg>>
        spec:
          containers:
            - name: api
              image: registry.liftronic.example/dispatch/api@sha256:<<d1>>
              envFrom:
                - secretRef: {name: dispatch-env}
            - name: otel
              image: otel/opentelemetry-collector-contrib@sha256:<<d2>>
""", None, "Kubernetes images pinned by digest (kubernetes.io/docs/concepts/containers/images)",
    cfg=hexs(64), d1=hexs(64), d2=hexs(64))

add("toml/decoy-telegraf-env", "edge/telegraf/telegraf.d/outputs.conf", r"""
    # Token comes from /etc/default/telegraf (written by provisioning, not in git)
    [[outputs.influxdb_v2]]
      urls = ["https://influx.liftronic-monitor.net"]
      token = "${INFLUX_TOKEN}"
      organization = "liftronic"
      bucket = "controller-telemetry"
      timeout = "10s"

    [[outputs.mqtt]]
      servers = ["ssl://mqtt.liftronic-monitor.net:8883"]
      topic = "liftronic/telemetry/{{ .Tag \"site\" }}"
      username = "${MQTT_USER}"
      password = "${MQTT_PASSWORD}"
      data_format = "json"
""", None, "Telegraf environment variable substitution (docs.influxdata.com/telegraf/v1/configuration/#environment-variables)")

add("mosquitto/decoy-auth-files", "deploy/mosquitto/mosquitto.conf", r"""
    per_listener_settings false
    listener 8883
    protocol mqtt
    cafile /mosquitto/certs/ca.crt
    certfile /mosquitto/certs/server.crt
    keyfile /mosquitto/certs/server.key
    require_certificate false

    allow_anonymous false
    password_file /mosquitto/config/passwd
    acl_file /mosquitto/config/acl

    persistence true
    persistence_location /mosquitto/data/
    log_dest stdout
""", None, "mosquitto.conf(5) password_file and acl_file")

add("properties/decoy-kafka-jaas-env", "services/telemetry-ingest/src/main/resources/kafka-consumer-staging.properties", r"""
    bootstrap.servers=kafka-stg.telemetry.internal:9093
    group.id=telemetry-ingest-staging
    security.protocol=SASL_SSL
    sasl.mechanism=SCRAM-SHA-512
    sasl.jaas.config=org.apache.kafka.common.security.scram.ScramLoginModule required \
        username="${KAFKA_USER}" \
        password="${KAFKA_PASSWORD}";
    ssl.truststore.location=/etc/kafka/truststore.jks
    ssl.truststore.password=${TRUSTSTORE_PASSWORD}
""", None, "Kafka client properties with externalised credentials (kafka.apache.org/documentation/#security)")

add("yaml/decoy-alertmanager-file-refs", "deploy/monitoring/alertmanager/alertmanager-prod.yml", r"""
    global:
      resolve_timeout: 5m
      slack_api_url_file: /etc/alertmanager/secrets/slack-webhook
      opsgenie_api_key_file: /etc/alertmanager/secrets/opsgenie-key

    route:
      receiver: lift-ops
      group_by: ['site']

    receivers:
      - name: lift-ops
        slack_configs:
          - channel: '#lift-ops-alerts'
        pagerduty_configs:
          - routing_key_file: /etc/alertmanager/secrets/pagerduty-routing-key
""", None, "Alertmanager *_file settings (prometheus.io/docs/alerting/latest/configuration)")

add("json/decoy-aws-iot-policy", "infra/aws/iot/policies/lift-gateway-policy.json", r"""
    {
      "Version": "2012-10-17",
      "Statement": [
        {
          "Effect": "Allow",
          "Action": "iot:Connect",
          "Resource": "arn:aws:iot:eu-central-1:481920375516:client/${iot:Connection.Thing.ThingName}"
        },
        {
          "Effect": "Allow",
          "Action": ["iot:Publish"],
          "Resource": "arn:aws:iot:eu-central-1:481920375516:topic/liftronic/telemetry/${iot:Connection.Thing.Attributes[site]}/*"
        },
        {
          "Effect": "Allow",
          "Action": ["iot:Subscribe", "iot:Receive"],
          "Resource": "arn:aws:iot:eu-central-1:481920375516:topicfilter/liftronic/commands/${iot:Connection.Thing.Attributes[site]}/*"
        }
      ]
    }
""", None, "AWS IoT Core policy variables (docs.aws.amazon.com/iot/latest/developerguide/thing-policy-variables.html)")

add("yaml/decoy-fake-test-tokens", "services/alerts/testdata/config.test.yaml", r"""
    # Test configuration - every value here is fake and only accepted by the mocks in alerts_test.go
    pagerduty:
      routing_key: "fake-routing-key-for-tests"
      url: "http://127.0.0.1:18080/v2/enqueue"
    slack:
      webhook: "http://127.0.0.1:18081/hooks/test"
    twilio:
      account_sid: "ACtest"
      auth_token: "dummy-auth-token"
    sla:
      out_of_service_minutes: 1
""", None, "test configuration with self-declared fake values")

add("python/decoy-docs-webhook-example", "tools/notify_slack.py", r"""
    '''Post a message to a Slack channel.

    Usage:
        SLACK_WEBHOOK_URL=https://hooks.slack.com/services/TXXXXXXXX/BXXXXXXXX/XXXXXXXXXXXXXXXXXXXXXXXX \
            python tools/notify_slack.py "Gateway NGE-0417 back online"
    '''
    import os
    import sys

    import requests


    def main():
        url = os.environ.get("SLACK_WEBHOOK_URL")
        if not url:
            sys.exit("SLACK_WEBHOOK_URL not set")
        requests.post(url, json={"text": " ".join(sys.argv[1:])}, timeout=10).raise_for_status()


    if __name__ == "__main__":
        main()
""", None, "Slack incoming webhooks documentation placeholder URL (api.slack.com/messaging/webhooks)")

add("go/decoy-test-mocks", "services/alerts/pagerduty_test.go", r"""
    package alerts

    import (
    	"io"
    	"net/http"
    	"net/http/httptest"
    	"strings"
    	"testing"
    )

    func TestTriggerOutOfServiceSendsRoutingKey(t *testing.T) {
    	var got string
    	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
    		b, _ := io.ReadAll(r.Body)
    		got = string(b)
    		w.WriteHeader(http.StatusAccepted)
    	}))
    	defer srv.Close()

    	c := Client{URL: srv.URL, RoutingKey: "test-routing-key"}
    	if err := c.TriggerOutOfService("NGE-0417", "L2", "F-1002"); err != nil {
    		t.Fatal(err)
    	}
    	if !strings.Contains(got, `"routing_key":"test-routing-key"`) {
    		t.Fatalf("routing key missing: %s", got)
    	}
    }
""", None, "Go httptest mocks with dummy keys (pkg.go.dev/net/http/httptest)")

add("xml/decoy-integrated-security", "legacy/LiftLogbook.Web/Web.Release.config", r"""
    <?xml version="1.0" encoding="utf-8"?>
    <configuration xmlns:xdt="http://schemas.microsoft.com/XML-Document-Transform">
      <connectionStrings>
        <add name="Logbook"
             connectionString="Data Source=SQL02\LOGBOOK;Initial Catalog=LiftLogbook;Integrated Security=SSPI;MultipleActiveResultSets=True"
             xdt:Transform="SetAttributes" xdt:Locator="Match(name)" />
      </connectionStrings>
      <system.web>
        <compilation xdt:Transform="RemoveAttributes(debug)" />
      </system.web>
    </configuration>
""", None, "Web.config transformation with Windows integrated security (learn.microsoft.com/aspnet/web-forms/overview/deployment)")

add("json/decoy-dps-x509", "gateway/config/dps.json", r"""
    {
      "provisioning": {
        "source": "dps",
        "global_endpoint": "https://global.azure-devices-provisioning.net",
        "id_scope": "0ne00A1B2C3",
        "attestation": {
          "method": "x509",
          "registration_id": "lmg400-{serial}",
          "identity_cert": "file:///var/lib/lmg/certs/device.pem",
          "identity_pk": "pkcs11:object=device-key;type=private"
        }
      },
      "expected_ca_thumbprint": "<<thumb>>"
    }
""", None, "Azure IoT Edge DPS X.509 provisioning with keys in an HSM (learn.microsoft.com/azure/iot-edge)",
    thumb=hexs(40, True))

add("ini/decoy-odbc-trusted", "ops/odbc/odbc.ini", r"""
    [LiftLogbook]
    Driver = ODBC Driver 18 for SQL Server
    Server = SQL02\LOGBOOK
    Database = LiftLogbook
    Trusted_Connection = yes
    Encrypt = yes

    [Telemetry]
    Driver = PostgreSQL Unicode
    Servername = timescale-replica.telemetry.internal
    Port = 5432
    Database = lift_telemetry
    Username = reports_ro
    SSLmode = require
""", None, "unixODBC odbc.ini data sources without stored passwords")

add("env/decoy-required-vars", "deploy/telemetry/.env.example", r"""
    COMPOSE_PROJECT_NAME=telemetry
    TZ=Europe/London
    # Required; docker compose fails if unset
    POSTGRES_PASSWORD=${POSTGRES_PASSWORD:?set POSTGRES_PASSWORD in .env.local}
    INFLUX_TOKEN=${INFLUX_TOKEN:?run scripts/fetch-influx-token.sh}
    REDIS_URL=rediss://default:${REDIS_PASSWORD}@redis-telemetry.liftronic.internal:6380/0
    INGEST_WORKERS=8
""", None, "Docker Compose variable interpolation ${VAR:?error} (docs.docker.com/compose/how-tos/environment-variables/variable-interpolation)")

add("json/decoy-lorawan-ids", "lorawan/chirpstack/devices-template.json", r"""
    {
      "applicationId": "5b0c2f9e-2a43-4c1e-9d55-1b8f0c7e6a21",
      "deviceProfileId": "f3a9e8d1-7c62-4b0a-8e2f-93c1d45b7a60",
      "devices": [
        {
          "devEui": "70B3D57ED005A1C6",
          "name": "esc-mall-west-08-vib",
          "joinEui": "70B3D57ED0000001",
          "keys": {
            "nwkKey": "00000000000000000000000000000000"
          },
          "tags": {"site": "MALL-WEST", "unit": "ESC-08"}
        }
      ],
      "_comment": "nwkKey is set by the join server import job; the zero key is rejected by ChirpStack on purpose"
    }
""", None, "ChirpStack device import template; LoRaWAN DevEUI and JoinEUI are public identifiers")

add("markdown/decoy-teams-webhook-howto", "docs/howto/teams-alerts.md", r"""
    # Sending gateway alerts to a Teams channel

    1. In the channel, add the *Incoming Webhook* connector and copy its URL.
    2. Store it in Vault: `vault kv put kv/alerts/teams url=<webhook-url>`.
    3. The URL looks like
       `https://<tenant>.webhook.office.com/webhookb2/<group-id>@<tenant-id>/IncomingWebhook/<connector-id>/<owner-id>`
       and must be treated as a secret: anyone holding it can post to the channel.
    4. Restart `alert-router`; it reads `kv/alerts/teams` at start-up.

    Test with:

    ```sh
    python tools/notify_teams.py "Test" "Hello from alert-router"
    ```
""", None, "Microsoft Teams incoming webhook documentation with placeholders")

add("txt/decoy-git-lfs-pointer", "firmware/lmg400/release/lmg400-4.2.7-full.bin", r"""
    version https://git-lfs.github.com/spec/v1
    oid sha256:<<oid>>
    size 1835008
    x-lift-fw-model LMG-400
    x-lift-fw-signed true
""", None, "Git LFS pointer file format (github.com/git-lfs/git-lfs/blob/main/docs/spec.md)", oid=hexs(64))

add("yaml/decoy-salesforce-jwt-bearer", "services/workorder-sync/config/salesforce-jwt.yml", r"""
    # JWT bearer flow: the connected app trusts our certificate; the private key is mounted
    # from the Kubernetes secret `sf-jwt-key`, never stored here.
    salesforce:
      login_url: https://login.salesforce.com
      consumer_key: 3MVG9I5UQ_0k_hTmC7yZ0cGdVqnk1PL2TxRwFZm8sD0eJbQh3xYvWnU4aKcGtLs.pRbN7oHqEiJuA
      username: fsl.integration@liftronic.example
      private_key_path: /var/run/secrets/sf-jwt-key/server.key
      certificate_fingerprint: "<<fp>>"
""", None, "Salesforce OAuth 2.0 JWT bearer flow (help.salesforce.com/s/articleView?id=sf.remoteaccess_oauth_jwt_flow.htm)",
    fp=":".join(hexs(2, True) for _ in range(20)))

add("html/decoy-browser-maps-key", "apps/customer-web/public/site-map.html", r"""
    <!DOCTYPE html>
    <html lang="en">
    <head>
      <meta charset="utf-8">
      <title>Your lifts - site map</title>
      <style>#map { height: 100vh; }</style>
    </head>
    <body>
      <div id="map"></div>
      <!-- Maps JavaScript API browser key, restricted to https://portal.liftronic.example/* referrers -->
      <script src="https://maps.googleapis.com/maps/api/js?key=AIza<<k>>&callback=initMap&libraries=marker" async defer></script>
      <script src="/js/site-map.js"></script>
    </body>
    </html>
""", None, "Google Maps JavaScript API keys restricted by HTTP referrer (developers.google.com/maps/api-security-best-practices)",
    k=draw(35, ALNUM + "-_"))
