"""Blind set HI: elevator and escalator maintenance contractors.

Remote monitoring of lifts (IoT gateways, MQTT, Azure IoT Hub, vendor cloud APIs), emergency phones
and their SIP/cellular lines, field technicians' apps, inspection reports and certificates, and the
contractors' own IT (billing, dispatch, CI, containers, infrastructure), with their decoys.
Generated fakes only (seeds 2810000-2819999).
"""
from __future__ import annotations

import base64
import json
import random
import string
from typing import List, Optional
from urllib.parse import quote

from tests import fakes
from tests.accuracy.labelled import LabelledCase

ALNUM = string.ascii_letters + string.digits
HEX = "0123456789abcdef"
SEED_LO, SEED_HI = 2810000, 2819999
_SEED = [SEED_LO]


def _seed() -> int:
    _SEED[0] += 11
    assert _SEED[0] <= SEED_HI
    return _SEED[0]


def _rng() -> random.Random:
    return random.Random(_seed())


WORDS = ["Hoist", "Pulley", "Landing", "Shaft", "Sheave", "Governor", "Buffer", "Cabin", "Counter", "Traction",
         "Gearless", "Escal", "Balustrade", "Handrail", "Pit", "Machine", "Door", "Relay", "Lobby", "Tower"]
LOWER = ["cable", "sheave", "landing", "buffer", "motor", "piston", "rail", "pulley", "lobby", "atrium",
         "spring", "bracket", "pawl", "comb", "skirt", "brake"]


def words_pw() -> str:
    r = _rng()
    return r.choice(WORDS) + r.choice("!#$%@*") + r.choice(WORDS) + str(r.randint(10, 9999))


def rand_pw(n: int = 20, extra: str = "") -> str:
    return fakes.drawn_mixed(_seed(), n, ALNUM + extra) if extra else fakes.drawn_mixed(_seed(), n)


def passphrase() -> str:
    r = _rng()
    return "-".join(r.sample(LOWER, 4)) + str(r.randint(1, 99))


def hexs(n: int) -> str:
    return fakes.drawn(_seed(), n, HEX)


def upper_hex(n: int) -> str:
    return fakes.drawn(_seed(), n, "0123456789ABCDEF")


def b64(s: str) -> str:
    return base64.b64encode(s.encode()).decode()


def b64_key(nbytes: int = 32) -> str:
    r = _rng()
    return base64.b64encode(bytes(r.getrandbits(8) for _ in range(nbytes))).decode()


def uuid_s() -> str:
    return fakes.uuid4(_seed())


def stripe_key(kind: str = "sk_live_") -> str:
    return fakes.fake(kind, 99 if kind.startswith("rk") else 24, _seed())


def slack_webhook() -> str:
    r = _rng()
    up = string.ascii_uppercase + string.digits
    return ("https://hooks.slack.com/services/T" + "".join(r.choice(up) for _ in range(8)) + "/B"
            + "".join(r.choice(up) for _ in range(10)) + "/" + "".join(r.choice(ALNUM) for _ in range(24)))


def slack_bot() -> str:
    r = _rng()
    return f"xoxb-{r.randint(10**10, 10**11)}-{r.randint(10**12, 10**13)}-" + "".join(r.choice(ALNUM) for _ in range(24))


def sendgrid_key() -> str:
    return fakes.fake("SG.", 22, _seed()) + fakes.fake(".", 43, _seed())


def gitlab_token() -> str:
    return fakes.fake("glpat-", 20, _seed())


def npm_token() -> str:
    return fakes.fake("npm_", 36, _seed())


def mapbox_secret() -> str:
    r = _rng()
    head = b64('{"u":"liftwatch-ops","a":"' + "".join(r.choice(string.ascii_lowercase + string.digits) for _ in range(25)) + '"}').rstrip("=")
    return "sk." + head + "." + "".join(r.choice(ALNUM + "_-") for _ in range(22))


def mapbox_public() -> str:
    r = _rng()
    head = b64('{"u":"liftwatch-ops","a":"' + "".join(r.choice(string.ascii_lowercase + string.digits) for _ in range(25)) + '"}').rstrip("=")
    return "pk." + head + "." + "".join(r.choice(ALNUM + "_-") for _ in range(22))


def azure_secret() -> str:
    r = _rng()
    return "".join(r.choice(ALNUM) for _ in range(3)) + "8Q~" + "".join(r.choice(ALNUM + "_.-~") for _ in range(34))


def google_api_key() -> str:
    return fakes.fake("AIza", 35, _seed())


def twilio_sid(prefix: str = "AC") -> str:
    return prefix + hexs(32)


def cert_pem() -> str:
    r = _rng()
    body = "\n".join("".join(r.choice(ALNUM + "+/") for _ in range(64)) for _ in range(5))
    return "-----BEGIN CERTIFICATE-----\n" + body + "\n-----END CERTIFICATE-----"


def indent(block: str, pad: str) -> str:
    return "\n".join(pad + line for line in block.splitlines())


CASES: List[LabelledCase] = []


def add(category: str, file_name: str, source: str, text: str, secret: Optional[str] = None, **fields: str) -> None:
    """One case; `@@name@@` in the text is filled from `secret` and the fields."""
    if text.startswith("\n"):
        text = text[1:]
    if secret is not None:
        fields = dict(fields, secret=secret)
    for name, value in fields.items():
        text = text.replace(f"@@{name}@@", value)
    assert "@@" not in text, (file_name, text)
    CASES.append(LabelledCase(f"blind-hi/{category}", file_name, text, secret, source))


# --- remote monitoring gateways and lift telemetry ---------------------------------------------

_k = b64_key(32)
add("python/azure-iot-device-key", "gateway/liftlink/iothub_client.py",
    "https://learn.microsoft.com/azure/iot-hub/iot-hub-dev-guide-sas",
    """
\"\"\"Pushes car position, door cycles and fault codes from the controller to IoT Hub.\"\"\"
import json
import time

from azure.iot.device import IoTHubDeviceClient, Message

CONN_STR = (
    "HostName=lw-telemetry-prod.azure-devices.net;"
    "DeviceId=bldg-0412-car-2;"
    "SharedAccessKey=@@secret@@"
)


def main() -> None:
    client = IoTHubDeviceClient.create_from_connection_string(CONN_STR)
    client.connect()
    while True:
        payload = {"car": 2, "floor": 7, "door_cycles": 18234, "fault": None}
        client.send_message(Message(json.dumps(payload)))
        time.sleep(30)


if __name__ == "__main__":
    main()
""", secret=_k)

_pw = rand_pw(22)
add("ini/mqtt-password", "gateway/etc/liftlink/mosquitto-bridge.conf",
    "https://mosquitto.org/man/mosquitto-conf-5.html",
    """
# Bridge from the machine-room gateway to the central broker
connection central-broker
address mqtt.liftwatch-ops.net:8883
bridge_protocol_version mqttv311
remote_clientid gw-0412-mr1
remote_username gw-0412
remote_password @@secret@@
bridge_cafile /etc/liftlink/ca.crt
topic lifts/0412/# out 1
topic cmd/0412/# in 1
cleansession false
""", secret=_pw)

add("ini/decoy-mqtt-password-file", "gateway/etc/liftlink/mosquitto.conf",
    "https://mosquitto.org/man/mosquitto-conf-5.html",
    """
# Local broker on the gateway; controllers publish on the machine-room LAN only
listener 1883 192.168.50.1
allow_anonymous false
password_file /etc/liftlink/passwd
acl_file /etc/liftlink/acl
persistence true
persistence_location /var/lib/mosquitto/
log_dest syslog
""")

_pw = words_pw()
add("yaml/mqtt-password", "gateway/config/telemetry.yaml",
    "https://www.eclipse.org/paho/index.php?page=clients/python/docs/index.php",
    """
site_id: 0412
controller:
  protocol: modbus-tcp
  host: 192.168.50.20
  port: 502
  poll_interval_s: 2
registers:
  car_position: 40001
  door_state: 40010
  fault_code: 40022
uplink:
  broker: mqtts://mqtt.liftwatch-ops.net:8883
  client_id: gw-0412
  username: gw-0412
  password: "@@secret@@"
  qos: 1
""", secret=_pw)

add("yaml/decoy-env-reference", "gateway/config/telemetry.example.yaml",
    "https://www.eclipse.org/paho/index.php?page=clients/python/docs/index.php",
    """
# Copy to telemetry.yaml on the gateway; the password is injected by the provisioning script
site_id: 0000
controller:
  protocol: modbus-tcp
  host: 192.168.50.20
  port: 502
uplink:
  broker: mqtts://mqtt.liftwatch-ops.net:8883
  client_id: gw-0000
  username: gw-0000
  password: ${MQTT_PASSWORD}
  qos: 1
""")

_k = fakes.fake("", 32, _seed())
add("python/kone-api-client-secret", "integrations/kone/equipment_status.py",
    "https://dev.kone.com/api-portal/dashboard/developer-guide/authentication",
    """
import requests

TOKEN_URL = "https://dev.kone.com/api/v2/oauth2/token"
CLIENT_ID = "@@cid@@"
CLIENT_SECRET = "@@secret@@"


def token() -> str:
    resp = requests.post(TOKEN_URL, auth=(CLIENT_ID, CLIENT_SECRET),
                         data={"grant_type": "client_credentials",
                               "scope": "equipmentstatus/* application/inventory"})
    resp.raise_for_status()
    return resp.json()["access_token"]


def availability(equipment_id: str) -> dict:
    headers = {"Authorization": f"Bearer {token()}"}
    url = f"https://dev.kone.com/api/v2/equipment/search/availability"
    return requests.post(url, headers=headers, json={"equipmentIds": [equipment_id]}).json()
""", secret=_k, cid=uuid_s())

add("python/decoy-kone-client-id-only", "integrations/kone/settings.py",
    "https://dev.kone.com/api-portal/dashboard/developer-guide/authentication",
    """
import os

KONE_TOKEN_URL = "https://dev.kone.com/api/v2/oauth2/token"
KONE_CLIENT_ID = "@@cid@@"  # public application id from the API portal
KONE_CLIENT_SECRET = os.environ["KONE_CLIENT_SECRET"]
KONE_SCOPES = ["equipmentstatus/*", "application/inventory"]
KONE_POLL_SECONDS = 300
""", cid=uuid_s())

_k = rand_pw(40)
add("env/otis-api-key", "services/otis-sync/.env",
    "https://12factor.net/config",
    """
OTIS_ONE_BASE_URL=https://api.otis.example-partner.com/v1
OTIS_ONE_ACCOUNT=LW-PARTNER-0193
OTIS_ONE_API_KEY=@@secret@@
SYNC_INTERVAL_MIN=15
DATABASE_URL=postgresql://otis_sync@db.internal:5432/fleet
LOG_LEVEL=info
""", secret=_k)

add("env/decoy-placeholder", "services/otis-sync/.env.example",
    "https://12factor.net/config",
    """
OTIS_ONE_BASE_URL=https://api.otis.example-partner.com/v1
OTIS_ONE_ACCOUNT=LW-PARTNER-0000
OTIS_ONE_API_KEY=<paste-key-from-partner-portal>
SYNC_INTERVAL_MIN=15
DATABASE_URL=postgresql://otis_sync:changeme@localhost:5432/fleet
LOG_LEVEL=debug
""")

_pw = words_pw()
add("json/modem-admin-password", "provisioning/modems/sierra-rv50-0412.json",
    "https://source.sierrawireless.com/resources/airlink/software_reference_docs/",
    """
{
  "site": "0412 Harbour View Tower",
  "model": "AirLink RV50X",
  "imei": "@@imei@@",
  "iccid": "8944500@@iccid@@",
  "apn": "m2m.carrier.net",
  "ace_manager": {
    "url": "https://10.44.12.1:9443",
    "user": "user",
    "password": "@@secret@@"
  },
  "port_forward": [{"wan": 502, "lan": "192.168.50.20:502"}]
}
""", secret=_pw, imei="35" + fakes.drawn(_seed(), 13, "0123456789"), iccid=fakes.drawn(_seed(), 12, "0123456789"))

add("json/decoy-device-ids", "provisioning/modems/inventory-2026q3.json",
    "https://source.sierrawireless.com/resources/airlink/software_reference_docs/",
    """
[
  {"site": "0412", "imei": "35@@i1@@", "iccid": "8944500@@c1@@", "fw": "4.16.0"},
  {"site": "0417", "imei": "35@@i2@@", "iccid": "8944500@@c2@@", "fw": "4.16.0"},
  {"site": "0533", "imei": "35@@i3@@", "iccid": "8944500@@c3@@", "fw": "4.15.2"},
  {"site": "0601", "imei": "35@@i4@@", "iccid": "8944500@@c4@@", "fw": "4.16.0"}
]
""", i1=fakes.drawn(_seed(), 13, "0123456789"), i2=fakes.drawn(_seed(), 13, "0123456789"),
    i3=fakes.drawn(_seed(), 13, "0123456789"), i4=fakes.drawn(_seed(), 13, "0123456789"),
    c1=fakes.drawn(_seed(), 12, "0123456789"), c2=fakes.drawn(_seed(), 12, "0123456789"),
    c3=fakes.drawn(_seed(), 12, "0123456789"), c4=fakes.drawn(_seed(), 12, "0123456789"))

_key = fakes.fake_pem(_seed(), "RSA")
add("shell/aws-iot-private-key", "gateway/scripts/install-certs.sh",
    "https://docs.aws.amazon.com/iot/latest/developerguide/device-certs-create.html",
    """
#!/bin/sh
# Installs the AWS IoT Core device certificate on a LiftLink gateway (run once on site)
set -e
mkdir -p /etc/liftlink/certs
cat > /etc/liftlink/certs/device.key <<'KEY'
@@secret@@
KEY
chmod 600 /etc/liftlink/certs/device.key
curl -sS -o /etc/liftlink/certs/AmazonRootCA1.pem https://www.amazontrust.com/repository/AmazonRootCA1.pem
systemctl restart liftlink-agent
""", secret=_key)

add("shell/decoy-certificate-only", "gateway/scripts/install-ca.sh",
    "https://docs.aws.amazon.com/iot/latest/developerguide/device-certs-create.html",
    """
#!/bin/sh
# Installs the broker's CA certificate (public) on a gateway
set -e
mkdir -p /etc/liftlink/certs
cat > /etc/liftlink/certs/broker-ca.crt <<'CRT'
@@cert@@
CRT
systemctl restart liftlink-agent
""", cert=cert_pem())

_pw = rand_pw(16)
add("python/modbus-gateway-password", "gateway/liftlink/controllers/monarch.py",
    "https://pymodbus.readthedocs.io/en/latest/",
    """
\"\"\"Reads the Monarch NICE3000 controller through its serial-to-Ethernet box.\"\"\"
from pymodbus.client import ModbusTcpClient
import requests

BOX = "192.168.50.21"


def unlock_box() -> None:
    # the Moxa NPort web API needs a login before it forwards Modbus
    requests.post(f"http://{BOX}/api/login", json={"user": "admin", "pwd": "@@secret@@"}, timeout=5)


def read_status() -> dict:
    unlock_box()
    client = ModbusTcpClient(BOX, port=502)
    rr = client.read_holding_registers(0x1000, count=8, slave=1)
    return {"floor": rr.registers[0], "direction": rr.registers[1], "fault": rr.registers[7]}
""", secret=_pw)

add("python/decoy-fault-code-table", "gateway/liftlink/controllers/fault_codes.py",
    "https://pymodbus.readthedocs.io/en/latest/",
    """
\"\"\"Fault codes of the controllers we monitor, mapped to our alarm classes.\"\"\"
FAULTS = {
    "E02": ("Overspeed during run", "critical"),
    "E07": ("Door lock circuit open", "critical"),
    "E12": ("Leveling error > 20 mm", "major"),
    "E30": ("Car light failure", "minor"),
    "E35": ("Brake contactor feedback", "critical"),
    "E41": ("Safety chain open", "critical"),
}
CHECKSUM = "@@sha@@"  # sha256 of the vendor's fault list, to detect a new release
""", sha=hexs(64))

_pw = rand_pw(24)
add("toml/influxdb-token", "services/telemetry-ingest/config.toml",
    "https://docs.influxdata.com/influxdb/v2/admin/tokens/",
    """
[ingest]
listen = "0.0.0.0:8443"
batch_size = 500

[influx]
url = "https://influx.liftwatch-ops.net"
org = "liftwatch"
bucket = "lift-telemetry"
token = "@@secret@@"

[alarms]
critical_codes = ["E02", "E07", "E35", "E41"]
""", secret=_pw + "-" + rand_pw(60) + "==")

add("toml/decoy-env-reference", "services/telemetry-ingest/config.dev.toml",
    "https://docs.influxdata.com/influxdb/v2/admin/tokens/",
    """
[ingest]
listen = "127.0.0.1:8443"
batch_size = 50

[influx]
url = "http://localhost:8086"
org = "liftwatch"
bucket = "lift-telemetry-dev"
token = "${INFLUX_TOKEN}"
""")

_sas = b64_key(32)
add("csharp/azure-iot-service-key", "src/LiftWatch.Commands/RemoteCommandService.cs",
    "https://learn.microsoft.com/azure/iot-hub/iot-hub-dev-guide-sas",
    """
using Microsoft.Azure.Devices;
using System.Text;

namespace LiftWatch.Commands;

public class RemoteCommandService
{
    private const string ServiceConnection =
        "HostName=lw-telemetry-prod.azure-devices.net;SharedAccessKeyName=service;SharedAccessKey=@@secret@@";

    private readonly ServiceClient _client = ServiceClient.CreateFromConnectionString(ServiceConnection);

    public async Task SendToFloorAsync(string deviceId, int floor)
    {
        var msg = new Message(Encoding.UTF8.GetBytes($"{{\\"cmd\\":\\"goto\\",\\"floor\\":{floor}}}"));
        await _client.SendAsync(deviceId, msg);
    }
}
""", secret=_sas)

add("json/decoy-key-vault-reference", "src/LiftWatch.Commands/appsettings.json",
    "https://learn.microsoft.com/azure/app-service/app-service-key-vault-references",
    """
{
  "Logging": { "LogLevel": { "Default": "Information" } },
  "IoTHub": {
    "HostName": "lw-telemetry-prod.azure-devices.net",
    "ServiceConnection": "@Microsoft.KeyVault(SecretUri=https://lw-prod-kv.vault.azure.net/secrets/iothub-service/)"
  },
  "AllowedHosts": "*"
}
""")

_tok = hexs(40)
add("go/particle-access-token", "cmd/phonecheck/main.go",
    "https://docs.particle.io/reference/cloud-apis/access-tokens/",
    """
package main

import (
	"fmt"
	"net/http"
	"net/url"
	"strings"
)

// The emergency phone modules are Particle Borons; this pings each one nightly.
const particleToken = "@@secret@@"

func ping(deviceID string) error {
	form := url.Values{"access_token": {particleToken}}
	req, _ := http.NewRequest("PUT", "https://api.particle.io/v1/devices/"+deviceID+"/ping", strings.NewReader(form.Encode()))
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	fmt.Println(deviceID, resp.Status)
	return nil
}

func main() { _ = ping("e00fce68" + "a3b2c1d4e5f60718") }
""", secret=_tok)

add("go/decoy-env-lookup", "cmd/phonecheck/config.go",
    "https://docs.particle.io/reference/cloud-apis/access-tokens/",
    """
package main

import "os"

type Config struct {
	ParticleToken string
	ProductID     string
}

func loadConfig() Config {
	return Config{
		ParticleToken: os.Getenv("PARTICLE_ACCESS_TOKEN"),
		ProductID:     "18734",
	}
}
""")

# --- emergency phones, SIP trunks and alarm notification -----------------------------------------

_pw = rand_pw(16)
add("ini/sip-password", "phones/asterisk/pjsip_lifts.conf",
    "https://docs.asterisk.org/Configuration/Channel-Drivers/SIP/Configuring-res_pjsip/",
    """
; Emergency phones in lift cars register here; calls go to the 24/7 call centre queue
[lift-trunk-auth]
type=auth
auth_type=userpass
username=lwtrunk01
password=@@secret@@

[lift-trunk]
type=endpoint
context=from-lift-phones
disallow=all
allow=ulaw,alaw
outbound_auth=lift-trunk-auth
aors=lift-trunk
""", secret=_pw)

_pw = fakes.drawn(_seed(), 8, "0123456789")
add("csv/emergency-phone-sip-passwords", "phones/provisioning/car-phones-batch7.csv",
    "https://datatracker.ietf.org/doc/html/rfc4180",
    """
site,car,phone_model,mac,sip_user,sip_password,call_centre_did
0412,1,Janus JE-100,00:1A:2B:3C:4D:01,lift0412c1,@@secret@@,+18005550142
0412,2,Janus JE-100,00:1A:2B:3C:4D:02,lift0412c2,@@p2@@,+18005550142
0417,1,Kings III LV-4,00:1A:2B:3C:4D:11,lift0417c1,@@p3@@,+18005550142
0533,1,Janus JE-100,00:1A:2B:3C:4D:21,lift0533c1,@@p4@@,+18005550142
""", secret=_pw, p2=fakes.drawn(_seed(), 8, "0123456789"), p3=fakes.drawn(_seed(), 8, "0123456789"),
    p4=fakes.drawn(_seed(), 8, "0123456789"))

add("csv/decoy-phone-test-log", "phones/reports/monthly-phone-tests-2026-10.csv",
    "https://datatracker.ietf.org/doc/html/rfc4180",
    """
site,car,test_date,technician,result,call_id,duration_s
0412,1,2026-10-03,J. Moreau,PASS,@@u1@@,41
0412,2,2026-10-03,J. Moreau,PASS,@@u2@@,38
0417,1,2026-10-05,A. Singh,FAIL-NO-DIALTONE,@@u3@@,0
0533,1,2026-10-06,A. Singh,PASS,@@u4@@,52
""", u1=uuid_s(), u2=uuid_s(), u3=uuid_s(), u4=uuid_s())

_tok = hexs(32)
add("python/twilio-auth-token", "alarm_dispatch/notify.py",
    "https://www.twilio.com/docs/usage/secure-credentials",
    """
\"\"\"Texts the on-call technician when a car reports an entrapment.\"\"\"
from twilio.rest import Client

ACCOUNT_SID = "@@sid@@"
client = Client(ACCOUNT_SID, "@@secret@@")


def page_technician(phone: str, site: str, car: int) -> str:
    msg = client.messages.create(
        to=phone,
        from_="+15125550199",
        body=f"ENTRAPMENT site {site} car {car}: call dispatch now",
    )
    return msg.sid
""", secret=_tok, sid=twilio_sid())

add("python/decoy-twilio-sid-only", "alarm_dispatch/test_notify.py",
    "https://www.twilio.com/docs/usage/secure-credentials",
    """
from unittest import mock

from alarm_dispatch import notify

FAKE_MESSAGE_SID = "@@msid@@"


@mock.patch.object(notify.client.messages, "create")
def test_page_technician(create):
    create.return_value.sid = FAKE_MESSAGE_SID
    assert notify.page_technician("+15125550100", "0412", 2) == FAKE_MESSAGE_SID
    body = create.call_args.kwargs["body"]
    assert "0412" in body and "car 2" in body
""", msid=twilio_sid("SM"))

_k = fakes.fake("", 32, _seed())
add("typescript/pagerduty-routing-key", "alarm-bridge/src/pagerduty.ts",
    "https://developer.pagerduty.com/docs/events-api-v2/trigger-events/",
    """
import axios from "axios";

const ROUTING_KEY = "@@secret@@";

export async function triggerEntrapment(site: string, car: number, fault: string) {
  await axios.post("https://events.pagerduty.com/v2/enqueue", {
    routing_key: ROUTING_KEY,
    event_action: "trigger",
    dedup_key: `entrap-${site}-${car}`,
    payload: {
      summary: `Passenger entrapment at site ${site}, car ${car}`,
      source: `lift-${site}-${car}`,
      severity: "critical",
      custom_details: { fault },
    },
  });
}
""", secret=_k)

add("typescript/decoy-process-env", "alarm-bridge/src/config.ts",
    "https://developer.pagerduty.com/docs/events-api-v2/trigger-events/",
    """
export const config = {
  pagerdutyRoutingKey: process.env.PAGERDUTY_ROUTING_KEY ?? "",
  opsgenieApiKey: process.env.OPSGENIE_API_KEY ?? "",
  entrapmentSeverity: "critical" as const,
  minorFaultSeverity: "warning" as const,
};

if (!config.pagerdutyRoutingKey) {
  throw new Error("PAGERDUTY_ROUTING_KEY is not set");
}
""")

_k = uuid_s()
add("yaml/opsgenie-api-key", "alarm-bridge/deploy/values-prod.yaml",
    "https://docs.opsgenie.com/docs/alert-api",
    """
replicaCount: 2
image:
  repository: registry.liftwatch-ops.net/alarm-bridge
  tag: "2.8.1"
env:
  OPSGENIE_API_URL: https://api.eu.opsgenie.com
  OPSGENIE_API_KEY: "@@secret@@"
  ENTRAPMENT_TEAM: field-dispatch-north
resources:
  limits:
    memory: 256Mi
""", secret=_k)

_wh = slack_webhook()
add("json/slack-webhook", "alarm-bridge/config/notify-channels.json",
    "https://api.slack.com/messaging/webhooks",
    """
{
  "entrapment": {
    "channel": "#dispatch-critical",
    "webhook": "@@secret@@"
  },
  "minor": {
    "channel": "#dispatch-minor",
    "webhook": null
  },
  "quiet_hours": {"start": "22:00", "end": "06:00"}
}
""", secret=_wh)

add("markdown/decoy-example-webhook", "alarm-bridge/README.md",
    "https://api.slack.com/messaging/webhooks",
    """
# alarm-bridge

Forwards lift alarms (entrapment, out of service, pit flooding) to PagerDuty, Opsgenie and Slack.

## Configuration

Create an incoming webhook in Slack and set it as `SLACK_WEBHOOK_URL`; it looks like
`https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX`.

| Variable | Meaning |
|---|---|
| `PAGERDUTY_ROUTING_KEY` | integration key of the "Lift alarms" service |
| `OPSGENIE_API_KEY` | API integration key of the dispatch team |
| `SLACK_WEBHOOK_URL` | webhook of #dispatch-critical |
""")

_tok = fakes.telegram_token(_seed())
add("python/telegram-bot-token", "tools/night_shift_bot.py",
    "https://core.telegram.org/bots/api#authorizing-your-bot",
    """
\"\"\"Posts the overnight lift-out-of-service list to the night shift chat.\"\"\"
import requests

BOT = "@@secret@@"
CHAT = -1001873456210


def post(lines):
    text = "Out of service tonight:\\n" + "\\n".join(lines)
    requests.post(f"https://api.telegram.org/bot{BOT}/sendMessage", json={"chat_id": CHAT, "text": text})


if __name__ == "__main__":
    post(["0412 car 2 - door operator", "0533 esc 1 - step chain"])
""", secret=_tok)

_pw = words_pw()
add("xml/sip-phone-config", "phones/provisioning/yealink/lift-0533-c1.cfg.xml",
    "https://support.yealink.com/en/portal/docList?archiveType=document",
    """
<?xml version="1.0" encoding="UTF-8"?>
<config site="0533" car="1">
  <account index="1">
    <enable>1</enable>
    <label>Lift 0533 car 1</label>
    <sip_server host="sip.liftwatch-ops.net" port="5061" transport="tls"/>
    <user_name>lift0533c1</user_name>
    <auth_name>lift0533c1</auth_name>
    <password>@@secret@@</password>
  </account>
  <autoanswer>1</autoanswer>
  <hotline number="+18005550142" delay="0"/>
</config>
""", secret=_pw)

add("xml/decoy-masked-password", "phones/provisioning/yealink/template.cfg.xml",
    "https://support.yealink.com/en/portal/docList?archiveType=document",
    """
<?xml version="1.0" encoding="UTF-8"?>
<config site="{{site}}" car="{{car}}">
  <account index="1">
    <enable>1</enable>
    <sip_server host="sip.liftwatch-ops.net" port="5061" transport="tls"/>
    <user_name>{{sip_user}}</user_name>
    <auth_name>{{sip_user}}</auth_name>
    <password>{{sip_password}}</password>
  </account>
  <autoanswer>1</autoanswer>
</config>
""")

_k = fakes.fake("", 32, _seed())
add("php/vonage-api-secret", "callcentre/app/Services/VoiceCallback.php",
    "https://developer.vonage.com/en/getting-started/concepts/authentication",
    """
<?php

namespace App\\Services;

use Vonage\\Client;
use Vonage\\Client\\Credentials\\Basic;

class VoiceCallback
{
    private Client $client;

    public function __construct()
    {
        $this->client = new Client(new Basic('@@key@@', '@@secret@@'));
    }

    public function callBack(string $liftPhone, string $agentNumber): void
    {
        $this->client->voice()->createOutboundCall(
            new \\Vonage\\Voice\\OutboundCall(new \\Vonage\\Voice\\Endpoint\\Phone($liftPhone),
                                             new \\Vonage\\Voice\\Endpoint\\Phone($agentNumber))
        );
    }
}
""", secret=_k[:16], key=hexs(8))

_pw = rand_pw(20)
add("log/sip-password", "phones/logs/provision-2026-11-14.log",
    "https://docs.asterisk.org/Configuration/Channel-Drivers/SIP/Configuring-res_pjsip/",
    """
2026-11-14T08:02:11Z INFO  provision: site=0601 car=1 model=JE-100 mac=00:1A:2B:3C:4D:31
2026-11-14T08:02:12Z INFO  provision: fetching template phones/templates/je100.cfg
2026-11-14T08:02:12Z DEBUG provision: rendered account sip_user=lift0601c1 sip_pass=@@secret@@ server=sip.liftwatch-ops.net
2026-11-14T08:02:14Z INFO  provision: pushed config to 10.60.1.31 (200 OK)
2026-11-14T08:02:40Z INFO  provision: REGISTER lift0601c1 -> 200 OK
2026-11-14T08:03:05Z INFO  provision: test call to +18005550142 answered in 6s
""", secret=_pw)

add("log/decoy-redacted-password", "phones/logs/provision-2026-11-21.log",
    "https://docs.asterisk.org/Configuration/Channel-Drivers/SIP/Configuring-res_pjsip/",
    """
2026-11-21T07:55:02Z INFO  provision: site=0602 car=1 model=JE-100 mac=00:1A:2B:3C:4D:41
2026-11-21T07:55:03Z DEBUG provision: rendered account sip_user=lift0602c1 sip_pass=******** server=sip.liftwatch-ops.net
2026-11-21T07:55:05Z INFO  provision: pushed config to 10.60.2.31 (200 OK)
2026-11-21T07:55:31Z INFO  provision: REGISTER lift0602c1 -> 200 OK
2026-11-21T07:56:02Z INFO  provision: test call id=@@u@@ answered in 5s
""", u=uuid_s())

_k = fakes.fake("", 34, _seed())
add("shell/messagebird-key", "phones/scripts/sms-test.sh",
    "https://developers.messagebird.com/api/#authentication",
    """
#!/usr/bin/env bash
# Sends a test SMS to the GSM backup module of an emergency phone
set -euo pipefail
PHONE="${1:?usage: sms-test.sh +NUMBER}"
curl -sS -X POST https://rest.messagebird.com/messages \\
  -H "Authorization: AccessKey @@secret@@" \\
  -d "recipients=${PHONE}" \\
  -d "originator=LiftWatch" \\
  -d "body=STATUS?"
""", secret=_k[:25])

# --- field technicians' apps -----------------------------------------------------------------------

_k = mapbox_secret()
add("kotlin/mapbox-secret-token", "techapp/android/app/src/main/java/net/liftwatch/tech/map/RouteDownloader.kt",
    "https://docs.mapbox.com/help/glossary/access-token/",
    """
package net.liftwatch.tech.map

import okhttp3.OkHttpClient
import okhttp3.Request

// Downloads the day's route between the technician's jobs (offline tiles for basements)
class RouteDownloader(private val http: OkHttpClient = OkHttpClient()) {
    private val token = "@@secret@@"

    fun route(fromLon: Double, fromLat: Double, toLon: Double, toLat: Double): String {
        val url = "https://api.mapbox.com/directions/v5/mapbox/driving/" +
            "$fromLon,$fromLat;$toLon,$toLat?geometries=geojson&access_token=$token"
        http.newCall(Request.Builder().url(url).build()).execute().use { return it.body!!.string() }
    }
}
""", secret=_k)

add("xml/decoy-mapbox-public-token", "techapp/android/app/src/main/res/values/mapbox_access_token.xml",
    "https://docs.mapbox.com/android/maps/guides/install/",
    """
<?xml version="1.0" encoding="utf-8"?>
<resources xmlns:tools="http://schemas.android.com/tools">
    <!-- Public token (pk.), URL-restricted to the tech app; the download token is in gradle.properties -->
    <string name="mapbox_access_token" translatable="false" tools:ignore="UnusedResources">@@pk@@</string>
</resources>
""", pk=mapbox_public())

_k = mapbox_secret()
add("properties/mapbox-downloads-token", "techapp/android/gradle.properties",
    "https://docs.mapbox.com/android/maps/guides/install/#configure-credentials",
    """
org.gradle.jvmargs=-Xmx2048m -Dfile.encoding=UTF-8
android.useAndroidX=true
kotlin.code.style=official
android.nonTransitiveRClass=true
MAPBOX_DOWNLOADS_TOKEN=@@secret@@
liftwatch.apiBase=https://api.liftwatch-ops.net/tech/v3
""", secret=_k)

add("properties/decoy-gradle-no-secret", "techapp/android/gradle.properties.sample",
    "https://docs.mapbox.com/android/maps/guides/install/#configure-credentials",
    """
org.gradle.jvmargs=-Xmx2048m -Dfile.encoding=UTF-8
android.useAndroidX=true
kotlin.code.style=official
# Put your own secret token (scope DOWNLOADS:READ) in ~/.gradle/gradle.properties, not here
MAPBOX_DOWNLOADS_TOKEN=YOUR_SECRET_MAPBOX_TOKEN
liftwatch.apiBase=https://api.staging.liftwatch-ops.net/tech/v3
""")

_k = google_api_key()
add("json/decoy-firebase-api-key", "techapp/android/app/google-services.json",
    "https://firebase.google.com/docs/projects/api-keys",
    """
{
  "project_info": {
    "project_number": "481736205913",
    "project_id": "liftwatch-tech",
    "storage_bucket": "liftwatch-tech.appspot.com"
  },
  "client": [
    {
      "client_info": {
        "mobilesdk_app_id": "1:481736205913:android:@@appid@@",
        "android_client_info": {"package_name": "net.liftwatch.tech"}
      },
      "api_key": [{"current_key": "@@key@@"}],
      "services": {"appinvite_service": {"other_platform_oauth_client": []}}
    }
  ],
  "configuration_version": "1"
}
""", key=_k, appid=hexs(16))

_pw = rand_pw(32)
add("kotlin/api-basic-credentials", "techapp/android/app/src/main/java/net/liftwatch/tech/sync/InspectionUploader.kt",
    "https://square.github.io/okhttp/",
    """
package net.liftwatch.tech.sync

import okhttp3.Credentials
import okhttp3.MediaType.Companion.toMediaType
import okhttp3.OkHttpClient
import okhttp3.Request
import okhttp3.RequestBody.Companion.toRequestBody

object InspectionUploader {
    private const val ENDPOINT = "https://reports.liftwatch-ops.net/api/inspections"
    private val auth = Credentials.basic("techapp-sync", "@@secret@@")

    fun upload(json: String): Int {
        val req = Request.Builder().url(ENDPOINT)
            .header("Authorization", auth)
            .post(json.toRequestBody("application/json".toMediaType()))
            .build()
        OkHttpClient().newCall(req).execute().use { return it.code }
    }
}
""", secret=_pw)

_k = fakes.fake("", 40, _seed())
add("swift/api-key", "techapp/ios/LiftTech/Services/PartsCatalog.swift",
    "https://developer.apple.com/documentation/foundation/urlrequest",
    """
import Foundation

/// Looks up spare parts (door rollers, sheave liners, comb plates) in the distributor's catalogue.
struct PartsCatalog {
    private let baseURL = URL(string: "https://api.liftparts-distrib.com/v2")!
    private let apiKey = "@@secret@@"

    func search(_ query: String) async throws -> Data {
        var comps = URLComponents(url: baseURL.appendingPathComponent("parts"), resolvingAgainstBaseURL: false)!
        comps.queryItems = [URLQueryItem(name: "q", value: query)]
        var req = URLRequest(url: comps.url!)
        req.setValue(apiKey, forHTTPHeaderField: "X-Api-Key")
        let (data, _) = try await URLSession.shared.data(for: req)
        return data
    }
}
""", secret=_k)

add("plist/decoy-public-ids", "techapp/ios/LiftTech/Info.plist",
    "https://developer.apple.com/documentation/bundleresources/information_property_list",
    """
<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
<dict>
    <key>CFBundleIdentifier</key>
    <string>net.liftwatch.tech</string>
    <key>CFBundleShortVersionString</key>
    <string>5.3.0</string>
    <key>MBXAccessToken</key>
    <string>@@pk@@</string>
    <key>NSCameraUsageDescription</key>
    <string>Photos of the machine room and pit for the inspection report.</string>
    <key>NSLocationWhenInUseUsageDescription</key>
    <string>Find the next job and check you are on site.</string>
</dict>
</plist>
""", pk=mapbox_public())

_k = "sntryu_" + hexs(64)
add("plist/sentry-auth-token", "techapp/ios/fastlane/Secrets.plist",
    "https://docs.sentry.io/account/auth-tokens/",
    """
<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
<dict>
    <key>SentryOrg</key>
    <string>liftwatch</string>
    <key>SentryProject</key>
    <string>techapp-ios</string>
    <key>SentryAuthToken</key>
    <string>@@secret@@</string>
</dict>
</plist>
""", secret=_k)

add("typescript/decoy-sentry-dsn", "techapp/web/src/sentry.ts",
    "https://docs.sentry.io/concepts/key-terms/dsn-explainer/",
    """
import * as Sentry from "@sentry/react";

// The DSN is public by design: it only lets clients send events to this project.
Sentry.init({
  dsn: "https://@@h@@@o4507112233.ingest.sentry.io/4507112299",
  environment: import.meta.env.MODE,
  tracesSampleRate: 0.1,
  release: `techapp-web@${__APP_VERSION__}`,
});
""", h=hexs(32))

_p8 = fakes.fake_pem(_seed(), "")
add("typescript/apns-p8-key", "techapp/push/src/apns.ts",
    "https://developer.apple.com/documentation/usernotifications/establishing-a-token-based-connection-to-apns",
    """
import apn from "@parse/node-apn";

// Job assignment pushes to the iOS tech app
const provider = new apn.Provider({
  token: {
    key: `@@secret@@`,
    keyId: "8K3ZQ2M7WR",
    teamId: "X4LM2P9T6A",
  },
  production: true,
});

export async function notifyJob(deviceToken: string, jobId: string, site: string) {
  const note = new apn.Notification({ alert: `New job ${jobId} at ${site}`, topic: "net.liftwatch.tech" });
  return provider.send(note, deviceToken);
}
""", secret=_p8.replace("BEGIN  PRIVATE", "BEGIN PRIVATE").replace("END  PRIVATE", "END PRIVATE"))

_sa_key = fakes.fake_pem(_seed(), "")
_sa_key = _sa_key.replace("BEGIN  PRIVATE", "BEGIN PRIVATE").replace("END  PRIVATE", "END PRIVATE")
add("json/gcp-service-account-key", "techapp/push/fcm-service-account.json",
    "https://cloud.google.com/iam/docs/keys-create-delete",
    json.dumps({
        "type": "service_account",
        "project_id": "liftwatch-tech",
        "private_key_id": "@@kid@@",
        "private_key": "@@secret@@",
        "client_email": "fcm-sender@liftwatch-tech.iam.gserviceaccount.com",
        "client_id": "104837261539278461023",
        "auth_uri": "https://accounts.google.com/o/oauth2/auth",
        "token_uri": "https://oauth2.googleapis.com/token",
    }, indent=2).replace("@@secret@@", _sa_key.replace("\n", "\\n")),
    secret=_sa_key.replace("\n", "\\n"), kid=hexs(40))

add("typescript/decoy-test-fixture", "techapp/web/src/__tests__/jobCard.test.tsx",
    "https://jestjs.io/docs/getting-started",
    """
import { render, screen } from "@testing-library/react";
import { JobCard } from "../components/JobCard";

const job = {
  id: "JOB-2026-118443",
  site: "0412 Harbour View Tower",
  unit: "Car 2 (traction, 13 stops)",
  accessCode: "1234",
  token: "test-token-not-real",
};

test("shows the site and the unit", () => {
  render(<JobCard job={job} />);
  expect(screen.getByText(/Harbour View/)).toBeInTheDocument();
  expect(screen.getByText(/Car 2/)).toBeInTheDocument();
});
""")

_k = fakes.fake("", 64, _seed())
add("typescript/field-service-api-token", "techapp/web/src/api/servicetitan.ts",
    "https://developer.servicetitan.io/docs/get-going-first-call/",
    """
const ST_TENANT = "1039874412";
const ST_APP_KEY = "ak1.@@appkey@@";
const ST_CLIENT_ID = "cid.@@cid@@";
const ST_CLIENT_SECRET = "cs1.@@secret@@";

export async function stToken(): Promise<string> {
  const body = new URLSearchParams({
    grant_type: "client_credentials",
    client_id: ST_CLIENT_ID,
    client_secret: ST_CLIENT_SECRET,
  });
  const res = await fetch("https://auth.servicetitan.io/connect/token", { method: "POST", body });
  return (await res.json()).access_token;
}

export const stHeaders = (token: string) => ({ Authorization: token, "ST-App-Key": ST_APP_KEY, tenant: ST_TENANT });
""", secret=_k, appkey=fakes.fake("", 24, _seed()).lower(), cid=fakes.fake("", 24, _seed()).lower())

_k = rand_pw(24)
add("dart/api-key", "techapp/flutter/lib/config/env_prod.dart",
    "https://dart.dev/guides/language/language-tour#variables",
    """
// Production configuration for the Flutter build of the technician app
class EnvProd {
  static const apiBase = 'https://api.liftwatch-ops.net/tech/v3';
  static const inspectionsBucket = 'lw-inspection-photos';
  static const photoUploadKey = '@@secret@@';
  static const maxPhotoMb = 8;
  static const offlineDays = 14;
}
""", secret=_k)

add("dart/decoy-dart-define", "techapp/flutter/lib/config/env.dart",
    "https://dart.dev/guides/environment-declarations",
    """
// Values are passed at build time: flutter build apk --dart-define=PHOTO_UPLOAD_KEY=...
class Env {
  static const apiBase = String.fromEnvironment('API_BASE', defaultValue: 'https://api.staging.liftwatch-ops.net/tech/v3');
  static const photoUploadKey = String.fromEnvironment('PHOTO_UPLOAD_KEY');
  static const maxPhotoMb = int.fromEnvironment('MAX_PHOTO_MB', defaultValue: 8);
}
""")

_k = fakes.fake("", 40, _seed())
add("java/api-key", "dispatch/src/main/java/net/liftwatch/dispatch/TrafficEta.java",
    "https://docs.oracle.com/en/java/javase/17/docs/api/java.net.http/java/net/http/HttpClient.html",
    """
package net.liftwatch.dispatch;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** Estimates a technician's arrival for an entrapment call (contract SLA: 45 minutes). */
public final class TrafficEta {
    private static final String HERE_API_KEY = "@@secret@@";
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    public static String eta(double fromLat, double fromLon, double toLat, double toLon) throws Exception {
        String url = String.format("https://router.hereapi.com/v8/routes?transportMode=car&origin=%f,%f&destination=%f,%f&return=summary&apikey=%s",
                fromLat, fromLon, toLat, toLon, HERE_API_KEY);
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString()).body();
    }
}
""", secret=_k[:43] if len(_k) > 43 else _k)

# --- inspection reports, certificates and documentation ---------------------------------------------

_pw = words_pw()
add("markdown/sftp-password", "docs/runbooks/inspection-portal-upload.md",
    "https://www.openssh.com/manual.html",
    """
# Uploading annual inspection reports to the county portal

The county accepts the signed PDF reports (ASME A17.1 category 1 and 5 tests) by SFTP only.

1. Export the signed reports from the inspection app (Reports > Export > PDF/A).
2. Name them `<state-id>_<yyyy-mm-dd>_<cat>.pdf`, e.g. `TX-118834_2026-11-02_CAT1.pdf`.
3. Upload:

```
sftp liftwatch_upload@sftp.elevator-inspections.county.gov
# password: @@secret@@
put *.pdf /incoming/liftwatch/
```

4. The portal sends a receipt to compliance@liftwatch-ops.net within a day.
""", secret=_pw)

add("markdown/decoy-vault-reference", "docs/runbooks/inspection-portal-upload-v2.md",
    "https://developer.hashicorp.com/vault/docs/commands/kv/get",
    """
# Uploading annual inspection reports (since 2026-12)

The upload now runs from the `inspection-export` job; do it by hand only if the job fails.

```
export SFTP_PASS="$(vault kv get -field=password secret/compliance/county-sftp)"
sshpass -e sftp liftwatch_upload@sftp.elevator-inspections.county.gov <<< 'put *.pdf /incoming/liftwatch/'
```

Never paste the password into tickets or chat; rotate it in Vault if it leaked.
""")

_pw = rand_pw(14, "!#%")
add("markdown/handover-admin-password", "docs/handover/2026-11-site-0533.md",
    "https://www.atlassian.com/software/confluence/templates/handover",
    """
# Handover: site 0533 (Riverside Mall) from R. Okafor to T. Lindqvist

- 4 escalators (Schindler 9300), 2 passenger lifts, 1 goods lift.
- Escalator 3 step chain replaced on 2026-11-04; re-check tension after 200 operating hours.
- Goods lift door operator noisy; part on order (PO 88213).
- Monitoring box in the plant room (Advantech UNO-2271G), web admin at https://10.53.0.5:
  user `admin`, password `@@secret@@` (changed from the default at install).
- Mall security desk: ext. 4410, night manager has the machine-room key.
- Next statutory inspection: 2027-02-15.
""", secret=_pw)

add("markdown/decoy-handover-no-creds", "docs/handover/2026-10-site-0412.md",
    "https://www.atlassian.com/software/confluence/templates/handover",
    """
# Handover: site 0412 (Harbour View Tower)

- 3 traction lifts (KONE MonoSpace 500), monitored through KONE 24/7 Connected Services.
- Car 2 releveling fault E12 recurs after rain: water in the pit, sump pump checked OK.
- Credentials for the monitoring box: 1Password vault "Sites North", item "0412 gateway".
- Building manager: Ms. P. Alvarez, +1 512 555 0188.
- Next statutory inspection: 2027-01-20.
""")

_pw = rand_pw(20)
add("notebook/database-password", "analytics/notebooks/door-fault-trend.ipynb",
    "https://nbformat.readthedocs.io/en/latest/format_description.html",
    json.dumps({
        "cells": [
            {"cell_type": "markdown", "metadata": {}, "source": ["# Door faults per 10k cycles, by model\n"]},
            {"cell_type": "code", "execution_count": 1, "metadata": {}, "outputs": [],
             "source": ["import pandas as pd\n", "import sqlalchemy as sa\n",
                        "engine = sa.create_engine('postgresql://analyst:@@secret@@@fleet-db.liftwatch-ops.net:5432/fleet')\n"]},
            {"cell_type": "code", "execution_count": 2, "metadata": {}, "outputs": [],
             "source": ["df = pd.read_sql('select model, door_cycles, door_faults from unit_month', engine)\n",
                        "df['per_10k'] = df.door_faults / df.door_cycles * 1e4\n",
                        "df.groupby('model').per_10k.mean().sort_values()\n"]},
        ],
        "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
        "nbformat": 4, "nbformat_minor": 5,
    }, indent=1), secret=_pw)

add("notebook/decoy-getpass", "analytics/notebooks/escalator-step-chain-wear.ipynb",
    "https://nbformat.readthedocs.io/en/latest/format_description.html",
    json.dumps({
        "cells": [
            {"cell_type": "markdown", "metadata": {}, "source": ["# Step chain elongation vs. operating hours\n"]},
            {"cell_type": "code", "execution_count": 1, "metadata": {}, "outputs": [],
             "source": ["import getpass, pandas as pd, sqlalchemy as sa\n",
                        "pw = getpass.getpass('fleet-db password: ')\n",
                        "engine = sa.create_engine(f'postgresql://analyst:{pw}@fleet-db.liftwatch-ops.net:5432/fleet')\n"]},
            {"cell_type": "code", "execution_count": 2, "metadata": {}, "outputs": [],
             "source": ["df = pd.read_sql('select unit_id, op_hours, elongation_pct from escalator_chain', engine)\n",
                        "df.plot.scatter('op_hours', 'elongation_pct')\n"]},
        ],
        "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
        "nbformat": 4, "nbformat_minor": 5,
    }, indent=1))

_k = fakes.openai_key(_seed())
add("notebook/openai-api-key", "analytics/notebooks/summarise-tech-notes.ipynb",
    "https://platform.openai.com/docs/api-reference/authentication",
    json.dumps({
        "cells": [
            {"cell_type": "markdown", "metadata": {}, "source": ["# Summarise technicians' free-text notes into fault categories\n"]},
            {"cell_type": "code", "execution_count": 1, "metadata": {}, "outputs": [],
             "source": ["from openai import OpenAI\n", "client = OpenAI(api_key=\"@@secret@@\")\n"]},
            {"cell_type": "code", "execution_count": 2, "metadata": {}, "outputs": [],
             "source": ["notes = open('notes_2026_10.txt').read().split('\\n---\\n')\n",
                        "r = client.chat.completions.create(model='gpt-4o-mini', messages=[{'role': 'user', 'content': 'Categorise: ' + notes[0]}])\n",
                        "print(r.choices[0].message.content)\n"]},
        ],
        "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
        "nbformat": 4, "nbformat_minor": 5,
    }, indent=1), secret=_k)

_pw = rand_pw(18)
add("sql/database-user-password", "db/migrations/V42__reporting_role.sql",
    "https://www.postgresql.org/docs/current/sql-createrole.html",
    """
-- Read-only role for the inspection report generator (Power BI gateway)
CREATE ROLE report_reader WITH LOGIN PASSWORD '@@secret@@';
GRANT CONNECT ON DATABASE fleet TO report_reader;
GRANT USAGE ON SCHEMA inspections TO report_reader;
GRANT SELECT ON ALL TABLES IN SCHEMA inspections TO report_reader;
ALTER DEFAULT PRIVILEGES IN SCHEMA inspections GRANT SELECT ON TABLES TO report_reader;
""", secret=_pw)

add("sql/decoy-password-hashes", "db/seed/dev_users.sql",
    "https://www.postgresql.org/docs/current/pgcrypto.html",
    """
-- Dev seed users for the inspection portal (bcrypt hashes of throwaway dev passwords)
INSERT INTO portal_user (email, role, password_hash) VALUES
  ('inspector.dev@liftwatch-ops.net', 'inspector', '$2b$12$@@h1@@'),
  ('tech.dev@liftwatch-ops.net', 'technician', '$2b$12$@@h2@@'),
  ('admin.dev@liftwatch-ops.net', 'admin', '$2b$12$@@h3@@');
INSERT INTO site (id, name, city) VALUES (412, 'Harbour View Tower', 'Austin'), (533, 'Riverside Mall', 'Austin');
""", h1=fakes.drawn(_seed(), 53, ALNUM + "./"), h2=fakes.drawn(_seed(), 53, ALNUM + "./"),
    h3=fakes.drawn(_seed(), 53, ALNUM + "./"))

_pw = words_pw()
add("sql/linked-server-password", "db/mssql/create_linked_server_erp.sql",
    "https://learn.microsoft.com/sql/relational-databases/system-stored-procedures/sp-addlinkedsrvlogin-transact-sql",
    """
-- Linked server to the ERP for contract and billing data in the maintenance reports
EXEC sp_addlinkedserver @server = N'ERP', @srvproduct = N'', @provider = N'SQLNCLI11',
     @datasrc = N'erp-sql01.corp.liftwatch.local';
EXEC sp_addlinkedsrvlogin @rmtsrvname = N'ERP', @useself = N'False', @locallogin = NULL,
     @rmtuser = N'svc_maint_reports', @rmtpassword = N'@@secret@@';
GO
SELECT TOP 10 ContractNo, SiteId, Units FROM ERP.Contracts.dbo.MaintenanceContract;
""", secret=_pw)

add("csv/decoy-inspection-export", "exports/inspections-2026-10.csv",
    "https://datatracker.ietf.org/doc/html/rfc4180",
    """
report_id,site,unit,type,inspector,date,result,certificate_no,pdf_sha256
@@u1@@,0412,L2,CAT1,K. Brandt,2026-10-02,PASS,TX-EL-2026-118834,@@s1@@
@@u2@@,0412,L3,CAT1,K. Brandt,2026-10-02,PASS,TX-EL-2026-118835,@@s2@@
@@u3@@,0533,E3,ANNUAL,M. Duarte,2026-10-09,FAIL,TX-ES-2026-004471,@@s3@@
@@u4@@,0601,L1,CAT5,M. Duarte,2026-10-15,PASS,TX-EL-2026-119020,@@s4@@
""", u1=uuid_s(), u2=uuid_s(), u3=uuid_s(), u4=uuid_s(), s1=hexs(64), s2=hexs(64), s3=hexs(64), s4=hexs(64))

_k = hexs(32)
add("python/docusign-integration-key", "reports/sign/docusign_envelope.py",
    "https://developers.docusign.com/platform/auth/jwt/jwt-get-token/",
    """
\"\"\"Sends the inspection certificate to the building owner for countersignature.\"\"\"
from docusign_esign import ApiClient, EnvelopesApi

INTEGRATION_KEY = "@@ik@@"
USER_ID = "@@uid@@"
RSA_KEY = '''@@secret@@'''


def client() -> ApiClient:
    api = ApiClient(oauth_host_name="account.docusign.com")
    tok = api.request_jwt_user_token(INTEGRATION_KEY, USER_ID, "account.docusign.com", RSA_KEY.encode(), 3600, ["signature", "impersonation"])
    api.set_default_header("Authorization", "Bearer " + tok.access_token)
    return api


def send(envelope_definition) -> str:
    return EnvelopesApi(client()).create_envelope("10384726", envelope_definition=envelope_definition).envelope_id
""", secret=fakes.fake_pem(_seed(), "RSA"), ik=uuid_s(), uid=uuid_s())

add("python/decoy-report-template", "reports/templates/certificate_fields.py",
    "https://pypdf.readthedocs.io/en/stable/user/forms.html",
    """
\"\"\"Form fields of the state inspection certificate PDF, filled from the inspection record.\"\"\"
FIELDS = {
    "cert_no": "certificate_no",
    "unit_id": "unit.state_id",
    "capacity_kg": "unit.capacity_kg",
    "speed_mps": "unit.rated_speed",
    "inspector": "inspector.name",
    "inspector_license": "inspector.license_no",
    "password_protected": "False",
    "owner_token": "{{owner_token}}",
}
TEMPLATE_SHA256 = "@@sha@@"
""", sha=hexs(64))

_tok = fakes.github_token(_seed())
add("markdown/github-token", "docs/dev/release-techapp.md",
    "https://docs.github.com/en/authentication/keeping-your-account-and-data-secure/managing-your-personal-access-tokens",
    """
# Releasing the technician app

1. Bump `versionCode` and `CFBundleShortVersionString`.
2. Tag `techapp-vX.Y.Z` and push.
3. The release workflow builds both apps. If it fails on the private `liftwatch/ui-kit` package,
   re-run it with the bot token:

```
export GH_TOKEN=@@secret@@
gh workflow run release-techapp.yml -f tag=techapp-v5.3.0
```

4. Promote the Play Store build from internal to production after the field pilot (5 technicians, 3 days).
""", secret=_tok)

add("markdown/decoy-token-format-doc", "docs/dev/tokens.md",
    "https://docs.github.com/en/authentication/keeping-your-account-and-data-secure/about-authentication-to-github",
    """
# Tokens we use and where they live

| Token | Looks like | Lives in |
|---|---|---|
| GitHub fine-grained PAT | `github_pat_...` | 1Password "CI" vault |
| KONE API client secret | 32 characters | Azure Key Vault `lw-prod-kv` |
| IoT Hub device key | base64, 44 characters | device provisioning service only |
| Particle access token | 40 hex characters | GitHub Actions secret `PARTICLE_TOKEN` |

Never commit a token; the pre-commit hook blocks them. Examples in docs use `xxxx` placeholders.
""")

_pw = passphrase()
add("yaml/smtp-password", "reports/config/mailer.yml",
    "https://docs.python.org/3/library/smtplib.html",
    """
mailer:
  from: "LiftWatch Inspections <inspections@liftwatch-ops.net>"
  smtp:
    host: smtp.office365.com
    port: 587
    starttls: true
    username: inspections@liftwatch-ops.net
    password: @@secret@@
  bcc_compliance: compliance@liftwatch-ops.net
  templates:
    certificate: templates/email/certificate.html
    failed_inspection: templates/email/failed.html
""", secret=_pw)

add("yaml/decoy-smtp-no-auth", "reports/config/mailer.dev.yml",
    "https://github.com/mailhog/MailHog",
    """
mailer:
  from: "LiftWatch Inspections (dev) <inspections-dev@liftwatch-ops.net>"
  smtp:
    host: mailhog
    port: 1025
    starttls: false
    username: ""
    password: ""
  bcc_compliance: null
""")

_pw = rand_pw(20)
add("xml/ftp-password", "reports/ssrs/datasources/Inspections.rds",
    "https://learn.microsoft.com/sql/reporting-services/report-data/create-modify-and-delete-shared-data-sources-ssrs",
    """
<?xml version="1.0" encoding="utf-8"?>
<RptDataSource xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" Name="Inspections">
  <ConnectionProperties>
    <Extension>SQL</Extension>
    <ConnectString>Data Source=fleet-sql01.corp.liftwatch.local;Initial Catalog=Inspections;User ID=ssrs_reader;Password=@@secret@@</ConnectString>
    <IntegratedSecurity>false</IntegratedSecurity>
  </ConnectionProperties>
  <DataSourceID>@@u@@</DataSourceID>
</RptDataSource>
""", secret=_pw, u=uuid_s())

add("xml/decoy-integrated-security", "reports/ssrs/datasources/Contracts.rds",
    "https://learn.microsoft.com/sql/reporting-services/report-data/create-modify-and-delete-shared-data-sources-ssrs",
    """
<?xml version="1.0" encoding="utf-8"?>
<RptDataSource xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" Name="Contracts">
  <ConnectionProperties>
    <Extension>SQL</Extension>
    <ConnectString>Data Source=erp-sql01.corp.liftwatch.local;Initial Catalog=Contracts</ConnectString>
    <IntegratedSecurity>true</IntegratedSecurity>
  </ConnectionProperties>
  <DataSourceID>@@u@@</DataSourceID>
</RptDataSource>
""", u=uuid_s())

_k = fakes.fake("", 48, _seed())
add("ruby/pdf-service-api-key", "reports/lib/tasks/certificates.rake",
    "https://docraptor.com/documentation/ruby",
    """
require "docraptor"

DocRaptor.configure do |config|
  config.username = "@@secret@@"
end

namespace :certificates do
  desc "Render the month's inspection certificates to PDF"
  task render: :environment do
    api = DocRaptor::DocApi.new
    Inspection.passed.where(month: Date.today.prev_month).find_each do |ins|
      pdf = api.create_doc(test: false, document_type: "pdf", document_content: ins.certificate_html)
      File.binwrite("tmp/certs/#{ins.certificate_no}.pdf", pdf)
    end
  end
end
""", secret=_k[:20])

add("ruby/decoy-credentials-lookup", "reports/config/initializers/docraptor.rb",
    "https://guides.rubyonrails.org/security.html#custom-credentials",
    """
require "docraptor"

DocRaptor.configure do |config|
  config.username = Rails.application.credentials.dig(:docraptor, :api_key)
  config.debugging = Rails.env.development?
end

# The test key below is DocRaptor's documented public sandbox key; it only makes watermarked PDFs.
DOCRAPTOR_SANDBOX_KEY = "YOUR_API_KEY_HERE"
""")

# --- CI, containers and infrastructure -----------------------------------------------------------------

_ak, _sk = fakes.aws_key_id(_seed()), fakes.aws_secret_key(_seed())
add("github-actions/aws-secret-key", ".github/workflows/deploy-telemetry-ingest.yml",
    "https://docs.github.com/en/actions/security-for-github-actions/security-guides/using-secrets-in-github-actions",
    """
name: deploy telemetry-ingest
on:
  push:
    branches: [main]
    paths: ["services/telemetry-ingest/**"]
jobs:
  deploy:
    runs-on: ubuntu-latest
    env:
      AWS_ACCESS_KEY_ID: @@ak@@
      AWS_SECRET_ACCESS_KEY: @@secret@@
      AWS_DEFAULT_REGION: us-east-2
    steps:
      - uses: actions/checkout@v4
      - run: docker build -t telemetry-ingest services/telemetry-ingest
      - run: ./scripts/push-ecr.sh telemetry-ingest
      - run: aws ecs update-service --cluster lw-prod --service telemetry-ingest --force-new-deployment
""", secret=_sk, ak=_ak)

add("github-actions/decoy-secrets-context", ".github/workflows/deploy-alarm-bridge.yml",
    "https://docs.github.com/en/actions/security-for-github-actions/security-guides/using-secrets-in-github-actions",
    """
name: deploy alarm-bridge
on:
  push:
    branches: [main]
    paths: ["alarm-bridge/**"]
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
          role-to-assume: arn:aws:iam::418273645102:role/gha-deploy-alarm-bridge
          aws-region: us-east-2
      - run: helm upgrade --install alarm-bridge alarm-bridge/deploy/chart -f alarm-bridge/deploy/values-prod.yaml
        env:
          OPSGENIE_API_KEY: ${{ secrets.OPSGENIE_API_KEY }}
""")

_tok = fakes.pypi_token(_seed())
add("github-actions/pypi-token", ".github/workflows/publish-liftlink-sdk.yml",
    "https://packaging.python.org/en/latest/guides/publishing-package-distribution-releases-using-github-actions-ci-cd-workflows/",
    """
name: publish liftlink-sdk
on:
  release:
    types: [published]
jobs:
  pypi:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-python@v5
        with:
          python-version: "3.12"
      - run: python -m pip install build twine
      - run: python -m build sdk/python
      - run: python -m twine upload sdk/python/dist/*
        env:
          TWINE_USERNAME: __token__
          TWINE_PASSWORD: @@secret@@
""", secret=_tok)

add("github-actions/decoy-trusted-publishing", ".github/workflows/publish-liftlink-sdk-v2.yml",
    "https://docs.pypi.org/trusted-publishers/using-a-publisher/",
    """
name: publish liftlink-sdk (trusted publishing)
on:
  release:
    types: [published]
jobs:
  pypi:
    runs-on: ubuntu-latest
    environment: pypi
    permissions:
      id-token: write
    steps:
      - uses: actions/checkout@v4
      - run: python -m pip install build && python -m build sdk/python
      - uses: pypa/gh-action-pypi-publish@release/v1
        with:
          packages-dir: sdk/python/dist/
""")

_tok = fakes.pypi_token(_seed())
add("ini/pypi-token", "sdk/python/.pypirc",
    "https://packaging.python.org/en/latest/specifications/pypirc/",
    """
[distutils]
index-servers =
    pypi
    liftwatch

[pypi]
username = __token__
password = @@secret@@

[liftwatch]
repository = https://pkgs.liftwatch-ops.net/simple/
username = ci-upload
""", secret=_tok)

_tok = gitlab_token()
add("gitlab-ci/gitlab-token", "ops/.gitlab-ci.yml",
    "https://docs.gitlab.com/ee/user/profile/personal_access_tokens.html",
    """
stages: [lint, deploy]

variables:
  ANSIBLE_FORCE_COLOR: "true"
  INVENTORY_REPO: https://oauth2:@@secret@@@gitlab.liftwatch-ops.net/infra/inventory.git

lint:
  stage: lint
  image: cytopia/ansible-lint
  script: ansible-lint playbooks/

deploy-gateways:
  stage: deploy
  image: registry.liftwatch-ops.net/ansible:9
  script:
    - git clone "$INVENTORY_REPO" inventory
    - ansible-playbook -i inventory/gateways.ini playbooks/gateway-update.yml
  when: manual
""", secret=_tok)

add("gitlab-ci/decoy-ci-job-token", "services/telemetry-ingest/.gitlab-ci.yml",
    "https://docs.gitlab.com/ee/ci/jobs/ci_job_token.html",
    """
stages: [test, build]

test:
  stage: test
  image: python:3.12
  script:
    - pip install -r requirements.txt
    - pytest -q

build:
  stage: build
  image: docker:27
  services: [docker:27-dind]
  script:
    - echo "$CI_JOB_TOKEN" | docker login -u gitlab-ci-token --password-stdin "$CI_REGISTRY"
    - docker build -t "$CI_REGISTRY_IMAGE:$CI_COMMIT_SHORT_SHA" .
    - docker push "$CI_REGISTRY_IMAGE:$CI_COMMIT_SHORT_SHA"
""")

_pw = rand_pw(24)
add("dockerfile/database-password", "services/otis-sync/Dockerfile",
    "https://docs.docker.com/reference/dockerfile/#env",
    """
FROM python:3.12-slim
WORKDIR /app
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt
COPY otis_sync/ otis_sync/
ENV DATABASE_URL=postgresql://otis_sync:@@secret@@@fleet-db.liftwatch-ops.net:5432/fleet \\
    SYNC_INTERVAL_MIN=15
USER 10001
CMD ["python", "-m", "otis_sync"]
""", secret=_pw)

add("dockerfile/decoy-build-secret-mount", "services/telemetry-ingest/Dockerfile",
    "https://docs.docker.com/build/building/secrets/",
    """
# syntax=docker/dockerfile:1.7
FROM golang:1.23 AS build
WORKDIR /src
COPY . .
RUN --mount=type=secret,id=netrc,target=/root/.netrc go build -o /out/ingest ./cmd/ingest

FROM gcr.io/distroless/static-debian12
COPY --from=build /out/ingest /ingest
ENV INFLUX_URL=https://influx.liftwatch-ops.net
USER nonroot
ENTRYPOINT ["/ingest"]
""")

_pw = words_pw()
add("compose/redis-password", "deploy/dispatch/docker-compose.yml",
    "https://redis.io/docs/latest/operate/oss_and_stack/management/security/",
    """
services:
  dispatch-api:
    image: registry.liftwatch-ops.net/dispatch-api:3.4.0
    environment:
      REDIS_URL: redis://:@@enc@@@redis:6379/0
      JOB_QUEUE: entrapments,callouts,pm
    depends_on: [redis]
    ports: ["8080:8080"]
  redis:
    image: redis:7-alpine
    command: ["redis-server", "--requirepass", "@@secret@@", "--appendonly", "yes"]
    volumes: ["redis-data:/data"]
volumes:
  redis-data: {}
""", secret=_pw, enc=quote(_pw, safe=""))

add("compose/decoy-env-file", "deploy/reports/docker-compose.yml",
    "https://docs.docker.com/compose/how-tos/environment-variables/set-environment-variables/",
    """
services:
  report-generator:
    image: registry.liftwatch-ops.net/report-generator:1.9.2
    env_file: .env.reports
    environment:
      DATABASE_URL: ${REPORTS_DATABASE_URL:?set REPORTS_DATABASE_URL}
      SMTP_PASSWORD: ${SMTP_PASSWORD}
      PDF_WATERMARK: "DRAFT - not a certificate"
    volumes:
      - ./certs-out:/app/out
""")

_pw = rand_pw(18)
add("k8s-secret/database-password", "deploy/k8s/dispatch/db-secret.yaml",
    "https://kubernetes.io/docs/concepts/configuration/secret/",
    """
apiVersion: v1
kind: Secret
metadata:
  name: dispatch-db
  namespace: dispatch
type: Opaque
data:
  username: @@u@@
  password: @@p@@
  host: @@h@@
""", secret=_pw, u=b64("dispatch_app"), p=b64(_pw), h=b64("fleet-db.liftwatch-ops.net"))

_k = fakes.fake("", 32, _seed())
add("k8s-secret/kone-client-secret", "deploy/k8s/integrations/kone-secret.yaml",
    "https://kubernetes.io/docs/concepts/configuration/secret/#secret-types",
    """
apiVersion: v1
kind: Secret
metadata:
  name: kone-api
  namespace: integrations
  labels:
    app.kubernetes.io/name: kone-sync
type: Opaque
stringData:
  KONE_CLIENT_ID: @@cid@@
  KONE_CLIENT_SECRET: @@secret@@
""", secret=_k, cid=uuid_s())

add("k8s-secret/decoy-sealed-secret", "deploy/k8s/integrations/otis-sealedsecret.yaml",
    "https://github.com/bitnami-labs/sealed-secrets",
    """
apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata:
  name: otis-api
  namespace: integrations
spec:
  encryptedData:
    OTIS_ONE_API_KEY: AgB@@enc@@
  template:
    metadata:
      name: otis-api
      namespace: integrations
""", enc=fakes.drawn(_seed(), 340, ALNUM + "+/") + "==")

add("k8s/decoy-external-secret", "deploy/k8s/integrations/schindler-externalsecret.yaml",
    "https://external-secrets.io/latest/api/externalsecret/",
    """
apiVersion: external-secrets.io/v1beta1
kind: ExternalSecret
metadata:
  name: schindler-ahead
  namespace: integrations
spec:
  refreshInterval: 1h
  secretStoreRef:
    name: aws-secrets-manager
    kind: ClusterSecretStore
  target:
    name: schindler-ahead
  data:
    - secretKey: SCHINDLER_API_KEY
      remoteRef:
        key: prod/integrations/schindler-ahead
        property: api_key
""")

_pw = rand_pw(20)
add("terraform/database-password", "infra/terraform/fleet-db/main.tf",
    "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/db_instance",
    """
resource "aws_db_instance" "fleet" {
  identifier              = "fleet-prod"
  engine                  = "postgres"
  engine_version          = "16.4"
  instance_class          = "db.m6g.large"
  allocated_storage       = 200
  db_name                 = "fleet"
  username                = "fleet_admin"
  password                = "@@secret@@"
  vpc_security_group_ids  = [aws_security_group.fleet_db.id]
  db_subnet_group_name    = aws_db_subnet_group.private.name
  backup_retention_period = 14
  deletion_protection     = true
}
""", secret=_pw)

add("terraform/decoy-random-password", "infra/terraform/reports-db/main.tf",
    "https://registry.terraform.io/providers/hashicorp/random/latest/docs/resources/password",
    """
resource "random_password" "reports_db" {
  length  = 32
  special = false
}

resource "aws_db_instance" "reports" {
  identifier        = "reports-prod"
  engine            = "postgres"
  instance_class    = "db.t4g.medium"
  allocated_storage = 50
  username          = "reports_admin"
  password          = random_password.reports_db.result
}

resource "aws_secretsmanager_secret_version" "reports_db" {
  secret_id     = aws_secretsmanager_secret.reports_db.id
  secret_string = random_password.reports_db.result
}
""")

_sec = azure_secret()
add("terraform/azure-client-secret", "infra/terraform/iothub/providers.tf",
    "https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/guides/service_principal_client_secret",
    """
terraform {
  required_providers {
    azurerm = { source = "hashicorp/azurerm", version = "~> 4.0" }
  }
  backend "azurerm" {
    resource_group_name  = "lw-tfstate"
    storage_account_name = "lwtfstate01"
    container_name       = "iothub"
    key                  = "prod.tfstate"
  }
}

provider "azurerm" {
  features {}
  subscription_id = "@@sub@@"
  tenant_id       = "@@ten@@"
  client_id       = "@@cid@@"
  client_secret   = "@@secret@@"
}
""", secret=_sec, sub=uuid_s(), ten=uuid_s(), cid=uuid_s())

add("terraform/decoy-variables", "infra/terraform/iothub/variables.tf",
    "https://developer.hashicorp.com/terraform/language/values/variables#suppressing-values-in-cli-output",
    """
variable "iothub_sku" {
  type    = string
  default = "S1"
}

variable "client_secret" {
  description = "Service principal secret; set TF_VAR_client_secret in the pipeline"
  type        = string
  sensitive   = true
}

variable "device_key_rotation_days" {
  type    = number
  default = 90
}
""")

_pw = words_pw()
add("ansible/gateway-admin-password", "ops/playbooks/group_vars/gateways.yml",
    "https://docs.ansible.com/ansible/latest/inventory_guide/intro_inventory.html",
    """
---
ansible_user: lwadmin
ansible_become: true
liftlink_version: "3.12.4"
liftlink_broker: mqtt.liftwatch-ops.net
gateway_web_admin_user: admin
gateway_web_admin_password: "@@secret@@"
ntp_servers:
  - 0.pool.ntp.org
  - 1.pool.ntp.org
syslog_target: logs.liftwatch-ops.net:6514
""", secret=_pw)

add("ansible/decoy-vault-encrypted", "ops/playbooks/group_vars/modems.yml",
    "https://docs.ansible.com/ansible/latest/vault_guide/vault_using_encrypted_content.html",
    """
---
modem_apn: m2m.carrier.net
modem_admin_user: user
modem_admin_password: !vault |
  $ANSIBLE_VAULT;1.1;AES256
  @@l1@@
  @@l2@@
  @@l3@@
  @@l4@@
""", l1=hexs(80), l2=hexs(80), l3=hexs(80), l4=hexs(40))

_pw = rand_pw(16)
add("ansible/ldap-bind-password", "ops/playbooks/roles/sssd/defaults/main.yml",
    "https://sssd.io/docs/ad/ad-provider-manual.html",
    """
---
sssd_domain: corp.liftwatch.local
sssd_ldap_uri: ldaps://dc01.corp.liftwatch.local
sssd_ldap_search_base: "OU=Staff,DC=corp,DC=liftwatch,DC=local"
sssd_ldap_default_bind_dn: "CN=svc-sssd,OU=Service,DC=corp,DC=liftwatch,DC=local"
sssd_ldap_default_authtok: "@@secret@@"
sssd_access_groups:
  - "CN=Gateway-Admins,OU=Groups,DC=corp,DC=liftwatch,DC=local"
""", secret=_pw)

_pw = words_pw()
add("powershell/ad-service-password", "ops/windows/Sync-TechnicianAccounts.ps1",
    "https://learn.microsoft.com/powershell/module/microsoft.powershell.security/get-credential",
    r"""
# Creates AD accounts for new field technicians from the HR export (nightly task on ops-win01)
Import-Module ActiveDirectory
$user = "CORP\svc-techsync"
$pass = ConvertTo-SecureString "@@secret@@" -AsPlainText -Force
$cred = New-Object System.Management.Automation.PSCredential($user, $pass)

Import-Csv "\\files01\hr\exports\new_technicians.csv" | ForEach-Object {
    if (-not (Get-ADUser -Filter "EmployeeID -eq '$($_.EmployeeId)'" -Credential $cred)) {
        New-ADUser -Name $_.Name -SamAccountName $_.Login -EmployeeID $_.EmployeeId `
            -Path "OU=FieldTechs,OU=Staff,DC=corp,DC=liftwatch,DC=local" -Credential $cred -Enabled $false
    }
}
""", secret=_pw)

add("powershell/decoy-secret-management", "ops/windows/Sync-TechnicianAccounts.v2.ps1",
    "https://learn.microsoft.com/powershell/utility-modules/secretmanagement/overview",
    r"""
# Same sync, credential from the SecretStore vault of the task's account
Import-Module ActiveDirectory
Import-Module Microsoft.PowerShell.SecretManagement
$cred = Get-Secret -Name "svc-techsync" -Vault OpsVault

Import-Csv "\\files01\hr\exports\new_technicians.csv" | ForEach-Object {
    if (-not (Get-ADUser -Filter "EmployeeID -eq '$($_.EmployeeId)'" -Credential $cred)) {
        New-ADUser -Name $_.Name -SamAccountName $_.Login -EmployeeID $_.EmployeeId `
            -Path "OU=FieldTechs,OU=Staff,DC=corp,DC=liftwatch,DC=local" -Credential $cred -Enabled $false
    }
}
""")

_tok = npm_token()
add("ini/npm-token", "techapp/web/.npmrc",
    "https://docs.npmjs.com/cli/v10/configuring-npm/npmrc",
    """
@liftwatch:registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=@@secret@@
save-exact=true
engine-strict=true
fund=false
""", secret=_tok)

add("ini/decoy-npmrc-env", "alarm-bridge/.npmrc",
    "https://docs.npmjs.com/cli/v10/configuring-npm/npmrc",
    """
@liftwatch:registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=${NPM_TOKEN}
save-exact=true
fund=false
audit-level=high
""")

_pw = rand_pw(20)
add("shell/docker-registry-password", "scripts/push-ecr.sh",
    "https://docs.docker.com/reference/cli/docker/login/",
    """
#!/usr/bin/env bash
# Pushes an image to the internal registry and mirrors it to ECR
set -euo pipefail
IMAGE="$1"
TAG="$(git rev-parse --short HEAD)"
docker login registry.liftwatch-ops.net -u ci-push -p '@@secret@@'
docker tag "$IMAGE" "registry.liftwatch-ops.net/$IMAGE:$TAG"
docker push "registry.liftwatch-ops.net/$IMAGE:$TAG"
aws ecr get-login-password --region us-east-2 | docker login --username AWS --password-stdin 418273645102.dkr.ecr.us-east-2.amazonaws.com
docker tag "$IMAGE" "418273645102.dkr.ecr.us-east-2.amazonaws.com/$IMAGE:$TAG"
docker push "418273645102.dkr.ecr.us-east-2.amazonaws.com/$IMAGE:$TAG"
""", secret=_pw)

add("shell/decoy-password-stdin", "scripts/registry-login.sh",
    "https://docs.docker.com/reference/cli/docker/login/#password-stdin",
    """
#!/usr/bin/env bash
# Logs the build agent into the internal registry; the password comes from the agent's keyring
set -euo pipefail
: "${REGISTRY_USER:=ci-push}"
secret-tool lookup service registry.liftwatch-ops.net user "$REGISTRY_USER" \\
  | docker login registry.liftwatch-ops.net -u "$REGISTRY_USER" --password-stdin
echo "logged in as $REGISTRY_USER"
""")

# --- billing, office IT and SaaS vendors --------------------------------------------------------------

_k = stripe_key()
add("python/stripe-secret-key", "billing/billing/charges.py",
    "https://docs.stripe.com/keys",
    """
\"\"\"Charges call-out fees (out-of-contract entrapment releases) to the building owner's card.\"\"\"
import stripe

stripe.api_key = "@@secret@@"

CALLOUT_FEE_CENTS = {"weekday": 24500, "night": 39500, "holiday": 49500}


def charge_callout(customer_id: str, band: str, job_id: str) -> str:
    intent = stripe.PaymentIntent.create(
        amount=CALLOUT_FEE_CENTS[band],
        currency="usd",
        customer=customer_id,
        off_session=True,
        confirm=True,
        metadata={"job_id": job_id},
    )
    return intent.id
""", secret=_k)

add("typescript/decoy-stripe-publishable-key", "customer-portal/src/payments/stripe.ts",
    "https://docs.stripe.com/keys#obtain-api-keys",
    """
import { loadStripe } from "@stripe/stripe-js";

// Publishable key: safe in the browser bundle by design.
export const stripePromise = loadStripe("@@pk@@");

export const CALLOUT_BANDS = ["weekday", "night", "holiday"] as const;
export type CalloutBand = (typeof CALLOUT_BANDS)[number];
""", pk=stripe_key("pk_live_"))

_k = "whsec_" + fakes.fake("", 32, _seed())
add("python/stripe-webhook-secret", "billing/billing/webhooks.py",
    "https://docs.stripe.com/webhooks#verify-events",
    """
import stripe
from flask import Flask, abort, request

app = Flask(__name__)
ENDPOINT_SECRET = "@@secret@@"


@app.post("/stripe/webhook")
def webhook():
    try:
        event = stripe.Webhook.construct_event(request.data, request.headers["Stripe-Signature"], ENDPOINT_SECRET)
    except (ValueError, stripe.error.SignatureVerificationError):
        abort(400)
    if event["type"] == "invoice.payment_failed":
        flag_contract(event["data"]["object"]["customer"])
    return "", 204


def flag_contract(customer_id: str) -> None:
    ...
""", secret=_k)

_k = fakes.fake("", 40, _seed())
add("env/quickbooks-client-secret", "billing/.env.production",
    "https://developer.intuit.com/app/developer/qbo/docs/develop/authentication-and-authorization/oauth-2.0",
    """
QBO_ENVIRONMENT=production
QBO_CLIENT_ID=AB@@cid@@
QBO_CLIENT_SECRET=@@secret@@
QBO_REALM_ID=9130357284716402
QBO_REDIRECT_URI=https://billing.liftwatch-ops.net/qbo/callback
INVOICE_TERMS_DAYS=30
""", secret=_k, cid=fakes.fake("", 48, _seed()))

add("env/decoy-empty-values", "billing/.env.test",
    "https://12factor.net/config",
    """
QBO_ENVIRONMENT=sandbox
QBO_CLIENT_ID=
QBO_CLIENT_SECRET=
QBO_REALM_ID=4620816365178239120
STRIPE_SECRET_KEY=sk_test_xxxxxxxxxxxxxxxxxxxxxxxx
INVOICE_TERMS_DAYS=30
""")

_k = sendgrid_key()
add("java/sendgrid-api-key", "dispatch/src/main/java/net/liftwatch/dispatch/mail/ServiceReportMailer.java",
    "https://www.twilio.com/docs/sendgrid/for-developers/sending-email/v3-java-code-example",
    """
package net.liftwatch.dispatch.mail;

import com.sendgrid.*;
import com.sendgrid.helpers.mail.Mail;
import com.sendgrid.helpers.mail.objects.*;

public class ServiceReportMailer {
    private final SendGrid sg = new SendGrid("@@secret@@");

    public int send(String to, String jobId, String pdfBase64) throws Exception {
        Mail mail = new Mail(new Email("service@liftwatch-ops.net"), "Service report " + jobId,
                new Email(to), new Content("text/plain", "Your service report is attached."));
        Attachments a = new Attachments();
        a.setContent(pdfBase64); a.setFilename(jobId + ".pdf"); a.setType("application/pdf");
        mail.addAttachments(a);
        Request r = new Request();
        r.setMethod(Method.POST); r.setEndpoint("mail/send"); r.setBody(mail.build());
        return sg.api(r).getStatusCode();
    }
}
""", secret=_k)

_k = "key-" + hexs(32)
add("ruby/mailgun-api-key", "customer-portal/config/initializers/mailgun.rb",
    "https://documentation.mailgun.com/docs/mailgun/api-reference/authentication/",
    """
Rails.application.configure do
  config.action_mailer.delivery_method = :mailgun
  config.action_mailer.mailgun_settings = {
    api_key: "@@secret@@",
    domain: "mg.liftwatch-ops.net",
    api_host: "api.mailgun.net"
  }
  config.action_mailer.default_url_options = { host: "portal.liftwatch-ops.net", protocol: "https" }
end
""", secret=_k)

_k = hexs(32)
add("yaml/datadog-api-key", "ops/datadog/datadog.yaml",
    "https://docs.datadoghq.com/agent/configuration/agent-configuration-files/",
    """
api_key: @@secret@@
site: datadoghq.com
hostname: ops-gw-aggregator-01
tags:
  - env:prod
  - team:remote-monitoring
logs_enabled: true
process_config:
  process_collection:
    enabled: true
""", secret=_k)

add("yaml/decoy-datadog-env", "ops/datadog/datadog.staging.yaml",
    "https://docs.datadoghq.com/agent/configuration/agent-configuration-files/",
    """
# api_key comes from DD_API_KEY in the unit's EnvironmentFile
site: datadoghq.com
hostname: ops-gw-aggregator-stg
tags:
  - env:staging
  - team:remote-monitoring
logs_enabled: false
""")

_k = "NRAK-" + fakes.drawn(_seed(), 27, string.ascii_uppercase + string.digits)
add("shell/newrelic-api-key", "ops/scripts/nr-deploy-marker.sh",
    "https://docs.newrelic.com/docs/apis/intro-apis/new-relic-api-keys/",
    """
#!/usr/bin/env bash
# Records a deployment marker for the dispatch API in New Relic
set -euo pipefail
VERSION="${1:?version}"
curl -sS https://api.newrelic.com/graphql \\
  -H 'Content-Type: application/json' \\
  -H 'API-Key: @@secret@@' \\
  --data "{\\"query\\":\\"mutation { changeTrackingCreateDeployment(deployment: {version: \\\\\\"${VERSION}\\\\\\", entityGuid: \\\\\\"MzkxNzI2NHxBUE18QVBQTElDQVRJT058NTUxMjM0\\\\\\"}) { deploymentId } }\\"}"
""", secret=_k)

_k = "samsara_api_" + fakes.drawn_mixed(_seed(), 30)
add("python/samsara-api-token", "fleet/vans/locate.py",
    "https://developers.samsara.com/docs/authentication",
    """
\"\"\"Finds the nearest technician van to a site, for entrapment dispatch.\"\"\"
import math

import requests

SAMSARA_TOKEN = "@@secret@@"


def vehicles():
    r = requests.get("https://api.samsara.com/fleet/vehicles/locations",
                     headers={"Authorization": f"Bearer {SAMSARA_TOKEN}"}, timeout=10)
    r.raise_for_status()
    return r.json()["data"]


def nearest(lat: float, lon: float):
    def dist(v):
        loc = v["location"]
        return math.hypot(loc["latitude"] - lat, loc["longitude"] - lon)
    return min(vehicles(), key=dist)
""", secret=_k)

_pw = words_pw()
add("python/geotab-password", "fleet/vans/geotab_trips.py",
    "https://developers.geotab.com/myGeotab/guides/concepts/",
    """
import mygeotab

api = mygeotab.API(username="fleet-reports@liftwatch-ops.net", password="@@secret@@", database="liftwatch")
api.authenticate()

trips = api.get("Trip", search={"fromDate": "2026-11-01T00:00:00Z"}, resultsLimit=5000)
for trip in trips:
    print(trip["device"]["id"], trip["start"], trip["distance"])
""", secret=_pw)

_k = fakes.fake("00", 40, _seed())
add("python/okta-api-token", "it/identity/offboard_technician.py",
    "https://developer.okta.com/docs/guides/create-an-api-token/main/",
    """
\"\"\"Deactivates a leaving technician in Okta and revokes the tech-app sessions.\"\"\"
import sys

import requests

OKTA = "https://liftwatch.okta.com"
HEADERS = {"Authorization": "SSWS @@secret@@", "Accept": "application/json"}


def offboard(login: str) -> None:
    user = requests.get(f"{OKTA}/api/v1/users/{login}", headers=HEADERS).json()
    requests.delete(f"{OKTA}/api/v1/users/{user['id']}/sessions", headers=HEADERS)
    requests.post(f"{OKTA}/api/v1/users/{user['id']}/lifecycle/deactivate", headers=HEADERS)


if __name__ == "__main__":
    offboard(sys.argv[1])
""", secret=_k[:42])

_k = fakes.fake("", 64, _seed())
add("json/auth0-client-secret", "customer-portal/auth0/tenant.prod.json",
    "https://auth0.com/docs/get-started/applications/application-credentials",
    """
{
  "domain": "liftwatch.us.auth0.com",
  "clientId": "@@cid@@",
  "clientSecret": "@@secret@@",
  "audience": "https://api.liftwatch-ops.net/portal",
  "callbackUrl": "https://portal.liftwatch-ops.net/callback",
  "logoutUrl": "https://portal.liftwatch-ops.net/"
}
""", secret=_k, cid=fakes.fake("", 32, _seed()))

add("json/decoy-auth0-spa-config", "customer-portal/src/auth_config.json",
    "https://auth0.com/docs/quickstart/spa/react",
    """
{
  "domain": "liftwatch.us.auth0.com",
  "clientId": "@@cid@@",
  "audience": "https://api.liftwatch-ops.net/portal",
  "scope": "openid profile email read:units read:reports"
}
""", cid=fakes.fake("", 32, _seed()))

_pw = rand_pw(16)
add("python/ldap-bind-password", "it/identity/ldap_groups.py",
    "https://ldap3.readthedocs.io/en/latest/tutorial_intro.html",
    """
from ldap3 import ALL, Connection, Server

server = Server("ldaps://dc01.corp.liftwatch.local", get_info=ALL)
conn = Connection(server, "CN=svc-portal,OU=Service,DC=corp,DC=liftwatch,DC=local", "@@secret@@", auto_bind=True)


def technicians_of(region: str) -> list:
    conn.search("OU=FieldTechs,OU=Staff,DC=corp,DC=liftwatch,DC=local",
                f"(&(objectClass=user)(department=Field {region}))", attributes=["sAMAccountName", "mobile"])
    return [(e.sAMAccountName.value, e.mobile.value) for e in conn.entries]
""", secret=_pw)

_pw = rand_pw(12)
add("php/ftp-password", "legacy-portal/cron/fetch_inspection_schedule.php",
    "https://www.php.net/manual/en/function.ftp-login.php",
    """
<?php
// Pulls the state inspection schedule (fixed-width text) every night
$conn = ftp_connect('ftp.stateliftinspections.gov');
ftp_login($conn, 'liftwatch', '@@secret@@');
ftp_pasv($conn, true);
ftp_get($conn, '/tmp/schedule.txt', '/out/schedule_' . date('Ymd') . '.txt', FTP_ASCII);
ftp_close($conn);

foreach (file('/tmp/schedule.txt') as $line) {
    $unit = trim(substr($line, 0, 12));
    $date = trim(substr($line, 12, 10));
    echo "$unit $date\\n";
}
""", secret=_pw)

add("php/decoy-getenv", "legacy-portal/config/database.php",
    "https://www.php.net/manual/en/function.getenv.php",
    """
<?php
return [
    'driver'   => 'mysql',
    'host'     => getenv('DB_HOST') ?: '127.0.0.1',
    'database' => 'legacy_portal',
    'username' => getenv('DB_USER'),
    'password' => getenv('DB_PASSWORD'),
    'charset'  => 'utf8mb4',
];
""")

_pw = rand_pw(20)
add("php/mysql-password", "legacy-portal/includes/db.php",
    "https://www.php.net/manual/en/pdo.construct.php",
    """
<?php
// Legacy customer portal: lift status page for building managers
function db(): PDO {
    static $pdo = null;
    if ($pdo === null) {
        $pdo = new PDO('mysql:host=legacy-db01.corp.liftwatch.local;dbname=legacy_portal;charset=utf8mb4',
                       'portal_web', '@@secret@@', [PDO::ATTR_ERRMODE => PDO::ERRMODE_EXCEPTION]);
    }
    return $pdo;
}
""", secret=_pw)

_k = fakes.drawn_mixed(_seed(), 170, ALNUM + "-_")
add("shell/atlassian-api-token", "it/scripts/jira-create-callout.sh",
    "https://support.atlassian.com/atlassian-account/docs/manage-api-tokens-for-your-atlassian-account/",
    """
#!/usr/bin/env bash
# Opens a Jira ticket for a call-out the dispatcher could not close
set -euo pipefail
SUMMARY="$1"
curl -sS -u dispatch-bot@liftwatch-ops.net:@@secret@@ \\
  -H 'Content-Type: application/json' \\
  -X POST https://liftwatch.atlassian.net/rest/api/3/issue \\
  -d "{\\"fields\\":{\\"project\\":{\\"key\\":\\"CALL\\"},\\"summary\\":\\"${SUMMARY}\\",\\"issuetype\\":{\\"name\\":\\"Task\\"}}}"
""", secret="ATATT3xFfGF0" + _k + "=" + hexs(8).upper())

_k = b64_key(64)
add("env/azure-storage-key", "reports/.env",
    "https://learn.microsoft.com/azure/storage/common/storage-configure-connection-string",
    """
REPORTS_DB_URL=postgresql://reports@fleet-db.liftwatch-ops.net/fleet
PHOTO_STORAGE=AccountName=lwinspectionphotos;AccountKey=@@secret@@;EndpointSuffix=core.windows.net;DefaultEndpointsProtocol=https
PHOTO_CONTAINER=inspections
PDF_CONTAINER=certificates
PDF_RETENTION_YEARS=10
""", secret=_k)

add("env/decoy-azurite-dev-key", "reports/.env.development",
    "https://learn.microsoft.com/azure/storage/common/storage-use-azurite#http-connection-strings",
    """
REPORTS_DB_URL=postgresql://reports@localhost/fleet
# Azurite's well-known development account (public, documented by Microsoft)
PHOTO_STORAGE=UseDevelopmentStorage=true
PHOTO_CONTAINER=inspections
PDF_CONTAINER=certificates
""")

_pw = rand_pw(22)
add("csharp/sql-connection-password", "src/LiftWatch.Billing/BillingDbContext.cs",
    "https://learn.microsoft.com/dotnet/framework/data/adonet/connection-string-syntax",
    """
using Microsoft.EntityFrameworkCore;

namespace LiftWatch.Billing;

public class BillingDbContext : DbContext
{
    public DbSet<Contract> Contracts => Set<Contract>();
    public DbSet<Callout> Callouts => Set<Callout>();

    protected override void OnConfiguring(DbContextOptionsBuilder options) =>
        options.UseSqlServer(
            "Server=tcp:lw-billing.database.windows.net,1433;Database=billing;" +
            "User ID=billing_app;Password=@@secret@@;Encrypt=True;TrustServerCertificate=False;");
}
""", secret=_pw)

add("csharp/decoy-configuration", "src/LiftWatch.Billing/Program.cs",
    "https://learn.microsoft.com/aspnet/core/fundamentals/configuration/",
    """
using LiftWatch.Billing;
using Microsoft.EntityFrameworkCore;

var builder = WebApplication.CreateBuilder(args);
builder.Configuration.AddAzureKeyVault(new Uri("https://lw-prod-kv.vault.azure.net/"), new Azure.Identity.DefaultAzureCredential());
builder.Services.AddDbContext<BillingDbContext>(o => o.UseSqlServer(builder.Configuration.GetConnectionString("Billing")));
var app = builder.Build();
app.MapGet("/health", () => "ok");
app.Run();
""")

_pw = passphrase()
add("properties/database-password", "dispatch/src/main/resources/application-prod.properties",
    "https://docs.spring.io/spring-boot/appendix/application-properties/index.html#appendix.application-properties.data",
    """
spring.datasource.url=jdbc:postgresql://fleet-db.liftwatch-ops.net:5432/dispatch
spring.datasource.username=dispatch_app
spring.datasource.password=@@secret@@
spring.jpa.hibernate.ddl-auto=validate
dispatch.sla.entrapment-minutes=45
dispatch.sla.callout-hours=4
management.endpoints.web.exposure.include=health,info
""", secret=_pw)

add("properties/decoy-spring-placeholder", "dispatch/src/main/resources/application.properties",
    "https://docs.spring.io/spring-boot/reference/features/external-config.html",
    """
spring.datasource.url=${DISPATCH_DB_URL:jdbc:postgresql://localhost:5432/dispatch}
spring.datasource.username=${DISPATCH_DB_USER:dispatch_app}
spring.datasource.password=${DISPATCH_DB_PASSWORD}
spring.jpa.hibernate.ddl-auto=validate
dispatch.sla.entrapment-minutes=45
""")

_pw = rand_pw(20)
add("yaml/rabbitmq-password", "dispatch/src/main/resources/application-prod.yml",
    "https://docs.spring.io/spring-boot/reference/messaging/amqp.html",
    """
spring:
  rabbitmq:
    host: mq.liftwatch-ops.net
    port: 5671
    username: dispatch
    password: @@secret@@
    ssl:
      enabled: true
dispatch:
  queues:
    alarms: lift.alarms
    jobs: tech.jobs
""", secret=_pw)

_pw = rand_pw(24)
add("go/mongodb-password", "services/event-archive/internal/store/mongo.go",
    "https://www.mongodb.com/docs/manual/reference/connection-string/",
    """
package store

import (
	"context"
	"time"

	"go.mongodb.org/mongo-driver/mongo"
	"go.mongodb.org/mongo-driver/mongo/options"
)

// Archive of raw controller events (door cycles, faults), kept 7 years for incident investigations.
const uri = "mongodb+srv://archive_writer:@@secret@@@events.x7qkp.mongodb.net/?retryWrites=true&w=majority"

func Connect() (*mongo.Client, error) {
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	return mongo.Connect(ctx, options.Client().ApplyURI(uri))
}
""", secret=_pw)

# --- lift vendors, building systems, site networks ----------------------------------------------------

_k = fakes.fake("", 48, _seed())
add("python/schindler-api-key", "integrations/schindler/ahead_sync.py",
    "https://developer.schindler.com/",
    """
\"\"\"Mirrors Schindler Ahead unit status into our fleet DB for mixed-brand buildings.\"\"\"
import requests

BASE = "https://api.schindler.com/ahead/v1"
SESSION = requests.Session()
SESSION.headers.update({"Ocp-Apim-Subscription-Key": "@@secret@@", "Accept": "application/json"})


def units(portfolio_id: str) -> list:
    r = SESSION.get(f"{BASE}/portfolios/{portfolio_id}/units", timeout=15)
    r.raise_for_status()
    return r.json()["items"]


def status(unit_id: str) -> dict:
    return SESSION.get(f"{BASE}/units/{unit_id}/status", timeout=15).json()
""", secret=hexs(32))

_sec = fakes.fake("", 40, _seed())
add("yaml/tke-max-client-secret", "integrations/tke/max-connector.yaml",
    "https://learn.microsoft.com/entra/identity-platform/v2-oauth2-client-creds-grant-flow",
    """
connector: tke-max
auth:
  token_url: https://login.microsoftonline.com/@@ten@@/oauth2/v2.0/token
  client_id: @@cid@@
  client_secret: "@@secret@@"
  scope: api://tke-max-partner/.default
endpoints:
  units: https://partner-api.tkelevator.example/max/v2/units
  alerts: https://partner-api.tkelevator.example/max/v2/alerts
poll_seconds: 120
""", secret=_sec, ten=uuid_s(), cid=uuid_s())

add("yaml/decoy-connector-template", "integrations/tke/max-connector.template.yaml",
    "https://learn.microsoft.com/entra/identity-platform/v2-oauth2-client-creds-grant-flow",
    """
connector: tke-max
auth:
  token_url: https://login.microsoftonline.com/<tenant-id>/oauth2/v2.0/token
  client_id: <client-id>
  client_secret: "{{ vault('secret/integrations/tke-max', 'client_secret') }}"
  scope: api://tke-max-partner/.default
poll_seconds: 120
""")

_pw = words_pw()
add("yaml/bacnet-gateway-password", "integrations/bms/niagara-bridge.yaml",
    "https://docs.niagara-community.com/",
    """
# Reads lift status points from the building's Niagara supervisor (BACnet/IP to our API)
site: 0533
supervisor:
  url: https://bms.riverside-mall.example:443
  user: liftwatch_ro
  password: '@@secret@@'
  station: RiversideMall_JACE8000
points:
  - {bacnet: "AV:3001", name: esc1_running}
  - {bacnet: "AV:3002", name: esc2_running}
  - {bacnet: "BV:3010", name: fire_recall_active}
""", secret=_pw)

_pw = rand_pw(12)
add("python/cctv-rtsp-password", "integrations/cctv/car_snapshot.py",
    "https://docs.opencv.org/4.x/d8/dfe/classcv_1_1VideoCapture.html",
    """
\"\"\"Grabs a still from the in-car camera when an entrapment alarm is raised (for the call centre).\"\"\"
import cv2

CAMERAS = {
    ("0412", 2): "rtsp://viewer:@@secret@@@10.41.2.64:554/Streaming/Channels/102",
}


def snapshot(site: str, car: int, out_path: str) -> bool:
    cap = cv2.VideoCapture(CAMERAS[(site, car)])
    ok, frame = cap.read()
    cap.release()
    if ok:
        cv2.imwrite(out_path, frame)
    return ok
""", secret=_pw)

add("python/decoy-rtsp-env", "integrations/cctv/settings.py",
    "https://docs.python.org/3/library/os.html#os.environ",
    """
import os

CAMERA_USER = os.environ.get("CAMERA_USER", "viewer")
CAMERA_PASSWORD = os.environ["CAMERA_PASSWORD"]
CAMERA_URL = "rtsp://{user}:{password}@{host}:554/Streaming/Channels/102"
SNAPSHOT_DIR = "/var/lib/liftwatch/snapshots"
""")

_k = b64_key(32)
add("ini/wireguard-private-key", "gateway/etc/wireguard/wg0.conf",
    "https://www.wireguard.com/quickstart/",
    """
[Interface]
# Site gateway 0412 -> ops VPN (remote access for controller diagnostics)
PrivateKey = @@secret@@
Address = 10.200.4.12/32
DNS = 10.200.0.53

[Peer]
PublicKey = @@pub@@
Endpoint = vpn.liftwatch-ops.net:51820
AllowedIPs = 10.200.0.0/16
PersistentKeepalive = 25
""", secret=_k, pub=b64_key(32))

add("ini/decoy-wireguard-peer-public", "ops/vpn/peers/site-0417.conf",
    "https://www.wireguard.com/quickstart/",
    """
# Peer entry for site gateway 0417 on the hub (public key only; the private key never leaves the gateway)
[Peer]
PublicKey = @@pub@@
AllowedIPs = 10.200.4.17/32
# provisioned 2026-09-12 by A. Singh
""", pub=b64_key(32))

_psk = words_pw()
add("ini/ipsec-psk", "ops/vpn/strongswan/ipsec.secrets.d/bms-riverside.secrets",
    "https://docs.strongswan.org/docs/5.9/swanctl/swanctlConf.html",
    """
# IPsec tunnel to the Riverside Mall BMS network (lift status for the mall's control room)
# left: our hub, right: mall firewall
203.0.113.20 198.51.100.77 : PSK "@@secret@@"

# old tunnel, removed 2026-06
# 203.0.113.20 198.51.100.70 : PSK "xxxxxxxx"
""", secret=_psk)

_comm = rand_pw(14)
add("yaml/snmp-community", "ops/monitoring/snmp_exporter/snmp.yml",
    "https://github.com/prometheus/snmp_exporter",
    """
auths:
  gateway_v2:
    community: @@secret@@
    version: 2
  gateway_v3:
    username: snmpmon
    security_level: authPriv
    password: ${SNMP_V3_AUTH}
    auth_protocol: SHA
    priv_protocol: AES
    priv_password: ${SNMP_V3_PRIV}
    version: 3
""", secret=_comm)

add("yaml/decoy-public-community", "ops/monitoring/snmp_exporter/snmp.lab.yml",
    "https://github.com/prometheus/snmp_exporter",
    """
# Lab bench only: the test gateways use the factory default community
auths:
  public_v2:
    community: public
    version: 2
modules:
  if_mib:
    walk: [1.3.6.1.2.1.2]
""")

_pw = rand_pw(20)
add("yaml/grafana-datasource-password", "ops/grafana/provisioning/datasources/fleet.yaml",
    "https://grafana.com/docs/grafana/latest/administration/provisioning/#data-sources",
    """
apiVersion: 1
datasources:
  - name: Fleet DB
    type: postgres
    url: fleet-db.liftwatch-ops.net:5432
    user: grafana_ro
    jsonData:
      database: fleet
      sslmode: require
    secureJsonData:
      password: "@@secret@@"
  - name: Lift telemetry
    type: influxdb
    url: https://influx.liftwatch-ops.net
""", secret=_pw)

add("yaml/decoy-grafana-env-expansion", "ops/grafana/provisioning/datasources/influx.yaml",
    "https://grafana.com/docs/grafana/latest/administration/provisioning/#using-environment-variables",
    """
apiVersion: 1
datasources:
  - name: Lift telemetry
    type: influxdb
    url: https://influx.liftwatch-ops.net
    jsonData:
      version: Flux
      organization: liftwatch
      defaultBucket: lift-telemetry
    secureJsonData:
      token: $INFLUX_GRAFANA_TOKEN
""")

_k = fakes.fake("", 40, _seed())
add("json/node-red-flow-credentials", "gateway/node-red/flows_cred_plain.json",
    "https://nodered.org/docs/user-guide/runtime/securing-node-red",
    """
{
  "c3a1f08e.4b2d1": {
    "user": "gw-0601",
    "password": "@@secret@@"
  },
  "9d7e2a4c.11f0b": {
    "token": "",
    "webhook": ""
  }
}
""", secret=_k[:24])

add("javascript/decoy-credential-secret-env", "gateway/node-red/settings.js",
    "https://nodered.org/docs/user-guide/runtime/settings-file",
    """
// Node-RED on the site gateway: flows_cred.json is encrypted with the key from the environment
module.exports = {
    uiPort: process.env.PORT || 1880,
    flowFile: "flows.json",
    credentialSecret: process.env.NODE_RED_CREDENTIAL_SECRET,
    adminAuth: {
        type: "credentials",
        users: [{ username: "admin", password: "$2b$08$@@h@@", permissions: "*" }],
    },
    logging: { console: { level: "info" } },
};
""", h=fakes.drawn(_seed(), 53, ALNUM + "./"))

_hol = fakes.fake("", 32, _seed())
add("rust/hologram-api-key", "tools/simctl/src/main.rs",
    "https://www.hologram.io/references/http#authentication",
    """
// simctl: pause or resume the cellular SIM of a site gateway (e.g. building demolished)
use reqwest::blocking::Client;

const HOLOGRAM_API_KEY: &str = "@@secret@@";

fn set_state(sim_id: &str, state: &str) -> reqwest::Result<u16> {
    let url = format!("https://dashboard.hologram.io/api/1/links/cellular/{}/state", sim_id);
    let resp = Client::new()
        .post(url)
        .basic_auth("apikey", Some(HOLOGRAM_API_KEY))
        .json(&serde_json::json!({ "state": state }))
        .send()?;
    Ok(resp.status().as_u16())
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    println!("{:?}", set_state(&args[1], &args[2]));
}
""", secret=_hol)

add("rust/decoy-env-var", "tools/simctl/src/config.rs",
    "https://doc.rust-lang.org/std/env/fn.var.html",
    """
use std::env;

pub struct Config {
    pub hologram_api_key: String,
    pub org_id: u32,
}

impl Config {
    pub fn from_env() -> Self {
        Config {
            hologram_api_key: env::var("HOLOGRAM_API_KEY").expect("HOLOGRAM_API_KEY not set"),
            org_id: 48213,
        }
    }
}
""")

_id, _key = fakes.fake("", 40, _seed()), fakes.fake("", 40, _seed())
add("python/cradlepoint-api-keys", "tools/netcloud/router_status.py",
    "https://developer.cradlepoint.com/",
    """
\"\"\"Lists site routers that went offline (lift monitoring lost) in the last hour.\"\"\"
import requests

HEADERS = {
    "X-CP-API-ID": "@@cpid@@",
    "X-CP-API-KEY": "@@cpkey@@",
    "X-ECM-API-ID": "@@ecmid@@",
    "X-ECM-API-KEY": "@@secret@@",
    "Content-Type": "application/json",
}

r = requests.get("https://www.cradlepointecm.com/api/v2/routers/?state=offline&limit=200", headers=HEADERS)
for router in r.json()["data"]:
    print(router["name"], router["state_updated_at"])
""", secret=_key, cpid=hexs(8), cpkey=hexs(32), ecmid=uuid_s())

_pw = rand_pw(10)
add("shell/teltonika-router-password", "gateway/scripts/rut-apn-update.sh",
    "https://wiki.teltonika-networks.com/view/RUT955_WebUI",
    """
#!/bin/sh
# Changes the APN on a Teltonika RUT955 in the machine room over SSH
ROUTER="${1:-192.168.1.1}"
sshpass -p '@@secret@@' ssh -o StrictHostKeyChecking=no root@"$ROUTER" <<'CMDS'
uci set network.mob1s1a1.apn='m2m.carrier.net'
uci commit network
/etc/init.d/network reload
CMDS
""", secret=_pw)

_pw = rand_pw(16)
add("ini/supervisor-password", "gateway/etc/supervisor/conf.d/liftlink.conf",
    "http://supervisord.org/configuration.html",
    """
[inet_http_server]
port = 127.0.0.1:9001
username = lwadmin
password = @@secret@@

[program:liftlink-agent]
command = /opt/liftlink/bin/agent --config /etc/liftlink/telemetry.yaml
autostart = true
autorestart = true
stdout_logfile = /var/log/liftlink/agent.log
""", secret=_pw)

add("ini/decoy-supervisor-sha-password", "gateway/etc/supervisor/conf.d/liftlink-v2.conf",
    "http://supervisord.org/configuration.html#inet-http-server-section-values",
    """
[inet_http_server]
port = 127.0.0.1:9001
username = lwadmin
; SHA-1 of the password, as supervisord accepts it
password = {SHA}@@sha@@

[program:liftlink-agent]
command = /opt/liftlink/bin/agent --config /etc/liftlink/telemetry.yaml
autostart = true
""", sha=hexs(40))

_pw = rand_pw(18)
add("netrc/ftp-password", "tools/ota/.netrc",
    "https://everything.curl.dev/usingcurl/netrc.html",
    """
machine firmware.liftparts-distrib.com
  login liftwatch-ota
  password @@secret@@

machine ftp.stateliftinspections.gov
  login anonymous
  password ops@liftwatch-ops.net
""", secret=_pw)

_pw = rand_pw(14)
add("c/device-default-password", "firmware/phone-module/src/config.h",
    "https://gcc.gnu.org/onlinedocs/cpp/Object-like-Macros.html",
    """
#ifndef PHONE_MODULE_CONFIG_H
#define PHONE_MODULE_CONFIG_H

/* Emergency phone module (car top), firmware 2.4 */
#define SIP_SERVER        "sip.liftwatch-ops.net"
#define SIP_PORT          5061
#define HEARTBEAT_SECONDS 300
#define SERVICE_MENU_USER "service"
#define SERVICE_MENU_PASS "@@secret@@"
#define SELF_TEST_DAY     1   /* 1st of the month, ASME A17.1 2.27.1.1.6 */

#endif
""", secret=_pw)

add("c/decoy-test-vectors", "firmware/phone-module/test/test_crc.c",
    "https://www.unity-project.org/",
    """
#include "unity.h"
#include "crc16.h"

/* CCITT test vectors for the heartbeat frame checksum */
static const char *VEC = "123456789";
static const unsigned short EXPECT = 0x29B1;
static const char *FRAME_HEX = "@@h@@";

void test_crc16_ccitt(void) {
    TEST_ASSERT_EQUAL_HEX16(EXPECT, crc16_ccitt((const unsigned char *)VEC, 9));
}
""", h=upper_hex(48))

_k = fakes.fake("", 32, _seed())
add("lua/api-key", "gateway/openresty/conf/access.lua",
    "https://github.com/openresty/lua-nginx-module",
    """
-- Machine-room gateway reverse proxy: only our ops API key may reach the controller web UI
local expected = "@@secret@@"
local supplied = ngx.req.get_headers()["X-LW-Key"]
if supplied ~= expected then
    ngx.log(ngx.WARN, "rejected controller UI access from ", ngx.var.remote_addr)
    return ngx.exit(ngx.HTTP_FORBIDDEN)
end
ngx.req.clear_header("X-LW-Key")
""", secret=_k)

add("nginx/decoy-htpasswd-reference", "gateway/openresty/conf/nginx.conf",
    "https://nginx.org/en/docs/http/ngx_http_auth_basic_module.html",
    """
worker_processes 1;
events { worker_connections 64; }
http {
    server {
        listen 8443 ssl;
        ssl_certificate     /etc/liftlink/certs/gw.crt;
        ssl_certificate_key /etc/liftlink/certs/gw.key;
        location /controller/ {
            auth_basic "LiftLink";
            auth_basic_user_file /etc/liftlink/htpasswd;
            proxy_pass http://192.168.50.20/;
        }
    }
}
""")

add("htpasswd/decoy-apr1-hashes", "gateway/openresty/htpasswd.sample",
    "https://httpd.apache.org/docs/2.4/misc/password_encryptions.html",
    """
# Sample file for the gateway's basic auth (hashes of throwaway lab passwords)
lab1:$apr1$@@s1@@$@@h1@@
lab2:$apr1$@@s2@@$@@h2@@
lab3:$apr1$@@s3@@$@@h3@@
lab4:$apr1$@@s4@@$@@h4@@
""", s1=fakes.drawn(_seed(), 8), h1=fakes.drawn(_seed(), 22, ALNUM + "./"), s2=fakes.drawn(_seed(), 8),
    h2=fakes.drawn(_seed(), 22, ALNUM + "./"), s3=fakes.drawn(_seed(), 8), h3=fakes.drawn(_seed(), 22, ALNUM + "./"),
    s4=fakes.drawn(_seed(), 8), h4=fakes.drawn(_seed(), 22, ALNUM + "./"))

_pw = rand_pw(18)
add("systemd/redis-password", "gateway/etc/systemd/system/liftlink-buffer.service",
    "https://www.freedesktop.org/software/systemd/man/latest/systemd.exec.html#Environment",
    """
[Unit]
Description=LiftLink store-and-forward buffer (keeps telemetry while the cellular link is down)
After=network-online.target redis.service

[Service]
User=liftlink
Environment=BUFFER_REDIS_URL=redis://:@@secret@@@127.0.0.1:6379/2
Environment=BUFFER_MAX_HOURS=72
ExecStart=/opt/liftlink/bin/buffer
Restart=always

[Install]
WantedBy=multi-user.target
""", secret=_pw)

add("systemd/decoy-environment-file", "gateway/etc/systemd/system/liftlink-agent.service",
    "https://www.freedesktop.org/software/systemd/man/latest/systemd.exec.html#EnvironmentFile=",
    """
[Unit]
Description=LiftLink telemetry agent
After=network-online.target

[Service]
User=liftlink
EnvironmentFile=/etc/liftlink/agent.env
LoadCredential=mqtt-password:/etc/liftlink/creds/mqtt-password
ExecStart=/opt/liftlink/bin/agent --config /etc/liftlink/telemetry.yaml
Restart=always

[Install]
WantedBy=multi-user.target
""")

# --- more of the contractors' code and config -----------------------------------------------------------

_u, _p = "ci-reader", rand_pw(24)
add("json/docker-config-auth", "ops/ci/docker-config.json",
    "https://docs.docker.com/reference/cli/docker/login/#credential-stores",
    """
{
  "auths": {
    "registry.liftwatch-ops.net": {
      "auth": "@@auth@@"
    },
    "https://index.docker.io/v1/": {}
  },
  "credsStore": ""
}
""", secret=b64(f"{_u}:{_p}"), auth=b64(f"{_u}:{_p}"))

_pw = rand_pw(20)
add("k8s-secret/dockerconfigjson", "deploy/k8s/dispatch/regcred.yaml",
    "https://kubernetes.io/docs/tasks/configure-pod-container/pull-image-private-registry/",
    """
apiVersion: v1
kind: Secret
metadata:
  name: regcred
  namespace: dispatch
type: kubernetes.io/dockerconfigjson
data:
  .dockerconfigjson: @@cfg@@
""", secret=_pw, cfg=b64(json.dumps({"auths": {"registry.liftwatch-ops.net": {
    "username": "k8s-pull", "password": _pw, "auth": b64("k8s-pull:" + _pw)}}})))

add("k8s/decoy-configmap", "deploy/k8s/dispatch/configmap.yaml",
    "https://kubernetes.io/docs/concepts/configuration/configmap/",
    """
apiVersion: v1
kind: ConfigMap
metadata:
  name: dispatch-config
  namespace: dispatch
data:
  SLA_ENTRAPMENT_MINUTES: "45"
  SLA_CALLOUT_HOURS: "4"
  JOB_QUEUE: "entrapments,callouts,pm"
  BANNER_B64: "@@banner@@"
  DB_PASSWORD_FILE: /var/run/secrets/dispatch-db/password
""", banner=b64("LiftWatch dispatch - authorised staff only"))

_pw = rand_pw(18)
add("xml/maven-settings-password", "dispatch/.mvn/settings.xml",
    "https://maven.apache.org/settings.html#servers",
    """
<settings xmlns="http://maven.apache.org/SETTINGS/1.0.0">
  <servers>
    <server>
      <id>liftwatch-releases</id>
      <username>ci-deploy</username>
      <password>@@secret@@</password>
    </server>
  </servers>
  <mirrors>
    <mirror>
      <id>nexus</id>
      <mirrorOf>*</mirrorOf>
      <url>https://nexus.liftwatch-ops.net/repository/maven-public/</url>
    </mirror>
  </mirrors>
</settings>
""", secret=_pw)

add("xml/decoy-maven-env-password", "integrations/kone/.mvn/settings.xml",
    "https://maven.apache.org/settings.html#servers",
    """
<settings xmlns="http://maven.apache.org/SETTINGS/1.0.0">
  <servers>
    <server>
      <id>liftwatch-releases</id>
      <username>${env.NEXUS_USER}</username>
      <password>${env.NEXUS_PASSWORD}</password>
    </server>
  </servers>
</settings>
""")

_k = fakes.github_fine_grained_token(_seed())
add("groovy/github-token", "ops/jenkins/Jenkinsfile",
    "https://www.jenkins.io/doc/book/pipeline/jenkinsfile/",
    """
pipeline {
    agent { label 'linux' }
    environment {
        GITHUB_TOKEN = '@@secret@@'
        IMAGE = 'registry.liftwatch-ops.net/report-generator'
    }
    stages {
        stage('Build') {
            steps { sh 'docker build -t $IMAGE:$BUILD_NUMBER reports/' }
        }
        stage('Release notes') {
            steps { sh 'gh release create report-generator-$BUILD_NUMBER --generate-notes' }
        }
    }
}
""", secret=_k)

add("groovy/decoy-jenkins-credentials", "ops/jenkins/Jenkinsfile.gateway",
    "https://www.jenkins.io/doc/book/pipeline/jenkinsfile/#handling-credentials",
    """
pipeline {
    agent { label 'linux' }
    stages {
        stage('Firmware image') {
            steps {
                withCredentials([usernamePassword(credentialsId: 'ota-ftp', usernameVariable: 'OTA_USER', passwordVariable: 'OTA_PASS')]) {
                    sh './firmware/build.sh && ./firmware/upload.sh'
                }
            }
        }
    }
}
""")

_k = slack_bot()
add("yaml/slack-bot-token", "ops/azure-pipelines/techapp-android.yml",
    "https://learn.microsoft.com/azure/devops/pipelines/yaml-schema/",
    """
trigger:
  branches: { include: [main] }
pool:
  vmImage: ubuntu-latest
variables:
  SLACK_BOT_TOKEN: @@secret@@
  SLACK_CHANNEL: C05R2LQ8K1M
steps:
  - script: ./gradlew assembleRelease
    workingDirectory: techapp/android
  - script: |
      curl -sS -H "Authorization: Bearer $(SLACK_BOT_TOKEN)" \\
        -F channels=$(SLACK_CHANNEL) -F file=@techapp/android/app/build/outputs/apk/release/app-release.apk \\
        https://slack.com/api/files.upload
""", secret=_k)

_k = fakes.fake("GOCSPX-", 28, _seed())
add("json/google-oauth-client-secret", "it/gsuite/client_secret_installed.json",
    "https://developers.google.com/identity/protocols/oauth2/native-app",
    """
{
  "installed": {
    "client_id": "481736205913-@@cid@@.apps.googleusercontent.com",
    "project_id": "liftwatch-it",
    "auth_uri": "https://accounts.google.com/o/oauth2/auth",
    "token_uri": "https://oauth2.googleapis.com/token",
    "client_secret": "@@secret@@",
    "redirect_uris": ["http://localhost"]
  }
}
""", secret=_k, cid=fakes.drawn(_seed(), 32, string.ascii_lowercase + string.digits))

_k = fakes.django_secret_key(_seed())
add("python/django-secret-key", "customer-portal-api/portal/settings/production.py",
    "https://docs.djangoproject.com/en/5.1/ref/settings/#secret-key",
    """
from .base import *  # noqa

DEBUG = False
SECRET_KEY = "@@secret@@"
ALLOWED_HOSTS = ["portal.liftwatch-ops.net"]
CSRF_TRUSTED_ORIGINS = ["https://portal.liftwatch-ops.net"]
SECURE_HSTS_SECONDS = 31536000
DATABASES["default"]["HOST"] = "fleet-db.liftwatch-ops.net"
""", secret=_k)

add("python/decoy-django-env-secret", "customer-portal-api/portal/settings/base.py",
    "https://docs.djangoproject.com/en/5.1/ref/settings/#secret-key",
    """
import os
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent.parent
SECRET_KEY = os.environ.get("DJANGO_SECRET_KEY", "django-insecure-dev-only-change-me")
INSTALLED_APPS = ["django.contrib.auth", "django.contrib.contenttypes", "rest_framework", "units", "reports"]
DATABASES = {"default": {"ENGINE": "django.db.backends.postgresql", "NAME": "fleet",
                         "USER": os.environ.get("DB_USER", "portal"), "PASSWORD": os.environ.get("DB_PASSWORD", "")}}
""")

_ak, _sk = fakes.aws_key_id(_seed()), fakes.aws_secret_key(_seed())
add("ini/aws-credentials", "ops/laptop-setup/aws/credentials",
    "https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-files.html",
    """
[default]
region = us-east-2

[lw-prod-readonly]
aws_access_key_id = @@ak@@
aws_secret_access_key = @@secret@@
region = us-east-2
""", secret=_sk, ak=_ak)

add("ini/decoy-aws-sso-profile", "ops/laptop-setup/aws/config",
    "https://docs.aws.amazon.com/cli/latest/userguide/sso-configure-profile-token.html",
    """
[profile lw-prod-readonly]
sso_session = liftwatch
sso_account_id = 418273645102
sso_role_name = ReadOnly
region = us-east-2

[sso-session liftwatch]
sso_start_url = https://liftwatch.awsapps.com/start
sso_region = us-east-2
""")

add("markdown/decoy-aws-documented-example", "docs/dev/aws-local.md",
    "https://docs.aws.amazon.com/IAM/latest/UserGuide/security-creds.html",
    """
# Running the ingest service against LocalStack

LocalStack accepts any credentials; use AWS's documented example pair so nobody mistakes them for ours:

```
export AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE
export AWS_SECRET_ACCESS_KEY=wJalrXUtnFI/K7MDENG/bPxRfiCYEXAMPLEKEY
export AWS_ENDPOINT_URL=http://localhost:4566
```

Then `make run-ingest`. Real credentials come from `aws sso login --profile lw-prod-readonly`.
""")

_tok = fakes.aws_session_token(_seed())
_ak, _sk = "ASIA" + fakes.aws_key_id(_seed())[4:], fakes.aws_secret_key(_seed())
add("shell/aws-session-token", "ops/scripts/assume-break-glass.sh",
    "https://docs.aws.amazon.com/STS/latest/APIReference/API_AssumeRole.html",
    """
#!/usr/bin/env bash
# Break-glass access to the IoT account (pasted from the console on 2026-11-29 during the outage)
export AWS_ACCESS_KEY_ID=@@ak@@
export AWS_SECRET_ACCESS_KEY=@@sk@@
export AWS_SESSION_TOKEN=@@secret@@
export AWS_REGION=us-east-2
aws iot describe-endpoint --endpoint-type iot:Data-ATS
aws iot list-things --max-results 50
""", secret=_tok, ak=_ak, sk=_sk)

_k = fakes.fake("EAAA", 60, _seed())
add("ruby/square-access-token", "customer-portal/app/services/callout_invoice.rb",
    "https://developer.squareup.com/docs/build-basics/access-tokens",
    """
require "square"

class CalloutInvoice
  CLIENT = Square::Client.new(access_token: "@@secret@@", environment: "production")

  def self.create(customer_id:, job_id:, amount_cents:)
    CLIENT.invoices.create_invoice(body: {
      invoice: {
        location_id: "L8B3QZ2K7XW1M",
        primary_recipient: { customer_id: customer_id },
        payment_requests: [{ request_type: "BALANCE", due_date: (Date.today + 30).iso8601 }],
        title: "Call-out #{job_id}"
      },
      idempotency_key: job_id
    })
  end
end
""", secret=_k)

_pw = rand_pw(16)
add("java/split-password", "dispatch/src/main/java/net/liftwatch/dispatch/legacy/ErpBridge.java",
    "https://docs.oracle.com/javase/tutorial/jdbc/basics/connecting.html",
    """
package net.liftwatch.dispatch.legacy;

import java.sql.Connection;
import java.sql.DriverManager;

/** Reads contract hours from the old ERP until the migration (ticket OPS-1182). */
final class ErpBridge {
    private static final String URL = "jdbc:sqlserver://erp-sql01.corp.liftwatch.local:1433;databaseName=Contracts";
    private static final String USER = "svc_dispatch";
    private static final String PASS = "@@a@@" +
            "@@b@@";

    static Connection open() throws Exception {
        return DriverManager.getConnection(URL, USER, PASS);
    }
}
""", secret=_pw, a=_pw[:8], b=_pw[8:])

_k = fakes.fake("", 32, _seed())
add("python/split-api-key", "integrations/kone/legacy_poll.py",
    "https://dev.kone.com/api-portal/dashboard/developer-guide/authentication",
    """
\"\"\"Old KONE poller kept for two buildings not yet on the v2 API.\"\"\"
import requests

_KEY = (
    "@@a@@"
    "@@b@@"
)


def poll(equipment_id: str) -> dict:
    r = requests.get(f"https://legacy-api.kone.example/v1/equipment/{equipment_id}",
                     headers={"x-api-key": _KEY}, timeout=20)
    return r.json()
""", secret=_k, a=_k[:16], b=_k[16:])

_u, _p = "ops-monitor", rand_pw(20)
add("python/basic-auth-header", "tools/uptime/check_portal.py",
    "https://datatracker.ietf.org/doc/html/rfc7617",
    """
\"\"\"Synthetic check: the customer portal's lift status page must answer in under 2 s.\"\"\"
import time

import requests

HEADERS = {"Authorization": "Basic @@auth@@"}


def check() -> float:
    t0 = time.monotonic()
    r = requests.get("https://portal.liftwatch-ops.net/api/units/status?site=0412", headers=HEADERS, timeout=5)
    r.raise_for_status()
    return time.monotonic() - t0


if __name__ == "__main__":
    print(f"{check():.2f}s")
""", secret=b64(f"{_u}:{_p}"), auth=b64(f"{_u}:{_p}"))

_pw = rand_pw(18)
add("yaml/cloud-init-password", "gateway/provisioning/cloud-init/user-data.yaml",
    "https://cloudinit.readthedocs.io/en/latest/reference/modules.html#set-passwords",
    """
#cloud-config
hostname: lw-gw-0602
users:
  - name: lwadmin
    groups: [sudo]
    shell: /bin/bash
chpasswd:
  expire: false
  users:
    - name: lwadmin
      password: @@secret@@
      type: text
packages: [mosquitto, wireguard-tools, supervisor]
runcmd:
  - [systemctl, enable, --now, liftlink-agent]
""", secret=_pw)

add("yaml/decoy-cloud-init-hashed", "gateway/provisioning/cloud-init/user-data.v2.yaml",
    "https://cloudinit.readthedocs.io/en/latest/reference/modules.html#set-passwords",
    """
#cloud-config
hostname: lw-gw-0603
users:
  - name: lwadmin
    groups: [sudo]
    shell: /bin/bash
    lock_passwd: true
    ssh_authorized_keys:
      - ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI@@pub@@ ops@liftwatch
packages: [mosquitto, wireguard-tools, supervisor]
""", pub=fakes.drawn(_seed(), 43, ALNUM + "+/"))

_key = fakes.fake_pem(_seed(), "OPENSSH")
add("yaml/ssh-private-key", "ops/ansible/inventory/host_vars/jump01.yml",
    "https://docs.ansible.com/ansible/latest/collections/ansible/builtin/copy_module.html",
    """
---
ansible_host: 203.0.113.21
jump_users: [asingh, jmoreau, rokafor]
gateway_deploy_key: |
@@key@@
jump_allowed_cidrs:
  - 10.200.0.0/16
""", secret=_key, key=indent(_key, "  "))

add("yaml/decoy-ssh-public-key", "ops/ansible/inventory/host_vars/jump02.yml",
    "https://docs.ansible.com/ansible/latest/collections/ansible/posix/authorized_key_module.html",
    """
---
ansible_host: 203.0.113.22
jump_users: [asingh, jmoreau]
gateway_deploy_pubkey: "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI@@pub@@ deploy@liftwatch"
jump_allowed_cidrs:
  - 10.200.0.0/16
""", pub=fakes.drawn(_seed(), 43, ALNUM + "+/"))

# --- service desk, CRM and the last of the field systems ------------------------------------------------

_k = "pat-na1-" + uuid_s()
add("python/hubspot-private-app-token", "crm/sync_contracts.py",
    "https://developers.hubspot.com/docs/api/private-apps",
    """
\"\"\"Pushes maintenance contract renewals (units, expiry, value) to HubSpot deals.\"\"\"
from hubspot import HubSpot
from hubspot.crm.deals import SimplePublicObjectInputForCreate

api = HubSpot(access_token="@@secret@@")


def push_renewal(contract: dict) -> str:
    deal = SimplePublicObjectInputForCreate(properties={
        "dealname": f"Renewal {contract['no']} ({contract['units']} units)",
        "amount": str(contract["annual_value"]),
        "closedate": contract["expires"],
        "pipeline": "renewals",
    })
    return api.crm.deals.basic_api.create(deal).id
""", secret=_k)

_tok = fakes.fake("", 40, _seed())
add("shell/zendesk-api-token", "servicedesk/scripts/export-tickets.sh",
    "https://developer.zendesk.com/api-reference/introduction/security-and-auth/#api-token",
    """
#!/usr/bin/env bash
# Exports last week's building-manager tickets (noise complaints, door faults) for the QA review
set -euo pipefail
SINCE=$(date -d '7 days ago' +%s)
curl -sS "https://liftwatch.zendesk.com/api/v2/incremental/tickets.json?start_time=${SINCE}" \\
  -u "servicedesk@liftwatch-ops.net/token:@@secret@@" \\
  | jq -r '.tickets[] | [.id, .subject, .status] | @csv' > tickets-week.csv
wc -l tickets-week.csv
""", secret=_tok)

_pw, _st = words_pw(), fakes.fake("", 25, _seed())
add("python/salesforce-password-token", "crm/servicemax_workorders.py",
    "https://simple-salesforce.readthedocs.io/en/latest/user_guide/examples.html",
    """
\"\"\"Reads open ServiceMax work orders (preventive maintenance visits) for the route planner.\"\"\"
from simple_salesforce import Salesforce

sf = Salesforce(
    username="integration@liftwatch-ops.net",
    password="@@secret@@",
    security_token="@@tok@@",
    domain="login",
)

open_orders = sf.query_all(
    "SELECT Id, SVMXC__Site__c, SVMXC__Order_Status__c, SVMXC__Scheduled_Date__c "
    "FROM SVMXC__Service_Order__c WHERE SVMXC__Order_Status__c = 'Open'"
)["records"]
print(len(open_orders), "open work orders")
""", secret=_pw, tok=_st)

_wh = ("https://liftwatch.webhook.office.com/webhookb2/" + uuid_s() + "@" + uuid_s() + "/IncomingWebhook/"
       + hexs(32) + "/" + uuid_s() + "/V2" + fakes.fake("", 43, _seed()))
add("powershell/teams-webhook", "ops/windows/Notify-BackupFailure.ps1",
    "https://learn.microsoft.com/microsoftteams/platform/webhooks-and-connectors/how-to/add-incoming-webhook",
    r"""
# Posts to the IT channel when the nightly backup of the dispatch DB fails
param([string]$Job = "dispatch-db-nightly")
$hook = "@@secret@@"
$body = @{
    title = "Backup failed: $Job"
    text  = "The $Job job on ops-win01 failed at $(Get-Date -Format s). Check the Veeam console."
} | ConvertTo-Json
Invoke-RestMethod -Method Post -Uri $hook -Body $body -ContentType "application/json"
""", secret=_wh)

_k = "dop_v1_" + hexs(64)
add("terraform/digitalocean-token", "infra/terraform/status-page/provider.tf",
    "https://docs.digitalocean.com/reference/api/create-personal-access-token/",
    """
# Public status page (status.liftwatch-ops.net) runs outside AWS so it survives an AWS outage
terraform {
  required_providers {
    digitalocean = { source = "digitalocean/digitalocean", version = "~> 2.40" }
  }
}

provider "digitalocean" {
  token = "@@secret@@"
}

resource "digitalocean_droplet" "status" {
  name   = "status-page"
  region = "nyc3"
  size   = "s-1vcpu-1gb"
  image  = "ubuntu-24-04-x64"
}
""", secret=_k)

_k = hexs(32) + "-us21"
add("php/mailchimp-api-key", "legacy-portal/cron/newsletter_safety_tips.php",
    "https://mailchimp.com/developer/marketing/guides/quick-start/",
    """
<?php
// Quarterly lift safety tips to building managers
require __DIR__ . '/../vendor/autoload.php';

$mc = new \\MailchimpMarketing\\ApiClient();
$mc->setConfig(['apiKey' => '@@secret@@', 'server' => 'us21']);

$campaign = $mc->campaigns->create([
    'type' => 'regular',
    'recipients' => ['list_id' => '8f1c2a9d3e'],
    'settings' => ['subject_line' => 'Lift safety: what to do if you are stuck', 'from_name' => 'LiftWatch'],
]);
echo $campaign->id, "\\n";
""", secret=_k)

_ev = b64_key(32)
add("kotlin/azure-event-hub-key", "services/alarm-stream/src/main/kotlin/net/liftwatch/alarms/Producer.kt",
    "https://learn.microsoft.com/azure/event-hubs/event-hubs-get-connection-string",
    """
package net.liftwatch.alarms

import com.azure.messaging.eventhubs.EventData
import com.azure.messaging.eventhubs.EventHubClientBuilder

private const val CONNECTION =
    "Endpoint=sb://lw-alarms.servicebus.windows.net/;SharedAccessKeyName=producer;SharedAccessKey=@@secret@@;EntityPath=lift-alarms"

object Producer {
    private val client = EventHubClientBuilder().connectionString(CONNECTION).buildProducerClient()

    fun publish(json: String) {
        val batch = client.createBatch()
        batch.tryAdd(EventData(json))
        client.send(batch)
    }
}
""", secret=_ev)

add("kotlin/decoy-buildconfig-field", "techapp/android/app/build.gradle.kts",
    "https://developer.android.com/build/gradle-tips#share-custom-fields-and-resource-values-with-your-app-code",
    """
plugins {
    id("com.android.application")
    kotlin("android")
}

android {
    namespace = "net.liftwatch.tech"
    compileSdk = 35
    defaultConfig {
        applicationId = "net.liftwatch.tech"
        minSdk = 26
        versionCode = 530
        versionName = "5.3.0"
        buildConfigField("String", "API_BASE", "\\"https://api.liftwatch-ops.net/tech/v3\\"")
        buildConfigField("String", "PHOTO_KEY", "\\"${System.getenv("PHOTO_UPLOAD_KEY") ?: ""}\\"")
    }
}
""")

_pw = rand_pw(16)
add("kotlin/keystore-password", "techapp/android/app/signing.gradle.kts",
    "https://developer.android.com/studio/publish/app-signing#secure-shared-keystore",
    """
android {
    signingConfigs {
        create("release") {
            storeFile = file("../keystore/liftwatch-tech.jks")
            storePassword = "@@secret@@"
            keyAlias = "liftwatch-tech"
            keyPassword = "@@secret@@"
        }
    }
    buildTypes {
        getByName("release") { signingConfig = signingConfigs.getByName("release") }
    }
}
""", secret=_pw)

_pw = rand_pw(20)
add("swift/keychain-seed-password", "techapp/ios/LiftTech/Services/ControllerLink.swift",
    "https://developer.apple.com/documentation/foundation/urlcredential",
    """
import Foundation

/// Bluetooth/Wi-Fi link from the technician's phone to the controller's service port.
final class ControllerLink: NSObject, URLSessionDelegate {
    private let serviceUser = "svc-tech"
    private let servicePassword = "@@secret@@"

    func urlSession(_ session: URLSession, didReceive challenge: URLAuthenticationChallenge,
                    completionHandler: @escaping (URLSession.AuthChallengeDisposition, URLCredential?) -> Void) {
        let cred = URLCredential(user: serviceUser, password: servicePassword, persistence: .forSession)
        completionHandler(.useCredential, cred)
    }
}
""", secret=_pw)

add("swift/decoy-keychain-lookup", "techapp/ios/LiftTech/Services/Keychain.swift",
    "https://developer.apple.com/documentation/security/keychain_services",
    """
import Foundation
import Security

enum Keychain {
    static func password(for account: String) -> String? {
        let query: [String: Any] = [
            kSecClass as String: kSecClassGenericPassword,
            kSecAttrService as String: "net.liftwatch.tech.controller",
            kSecAttrAccount as String: account,
            kSecReturnData as String: true,
        ]
        var item: CFTypeRef?
        guard SecItemCopyMatching(query as CFDictionary, &item) == errSecSuccess, let data = item as? Data else { return nil }
        return String(data: data, encoding: .utf8)
    }
}
""")

_pw = rand_pw(18)
add("csv/vendor-portal-credentials", "it/migration/vendor-portals-2026.csv",
    "https://datatracker.ietf.org/doc/html/rfc4180",
    """
portal,url,login,password,owner,notes
KONE partner portal,https://partners.kone.example,ops@liftwatch-ops.net,@@secret@@,T. Lindqvist,moved to 1Password 2026-12?
Schindler parts shop,https://shop.schindler.example,purchasing@liftwatch-ops.net,(in 1Password),M. Duarte,
State inspection portal,https://elevators.state.example.gov,compliance@liftwatch-ops.net,(in Vault),K. Brandt,
Hologram dashboard,https://dashboard.hologram.io,ops@liftwatch-ops.net,(SSO),A. Singh,
""", secret=_pw)

add("csv/decoy-unit-register", "exports/unit-register-2026.csv",
    "https://datatracker.ietf.org/doc/html/rfc4180",
    """
state_id,site,unit,type,make,model,capacity_kg,speed_mps,install_year,monitoring_device
TX-118834,0412,L1,traction,KONE,MonoSpace 500,1000,1.6,2014,@@u1@@
TX-118835,0412,L2,traction,KONE,MonoSpace 500,1000,1.6,2014,@@u2@@
TX-ES-004471,0533,E3,escalator,Schindler,9300,,0.5,2009,@@u3@@
TX-119020,0601,L1,hydraulic,Otis,HydroFit,1600,0.6,2001,@@u4@@
""", u1=uuid_s(), u2=uuid_s(), u3=uuid_s(), u4=uuid_s())

_k = "SK" + hexs(32)
_s = fakes.fake("", 32, _seed())
add("env/twilio-api-key-secret", "callcentre/.env.production",
    "https://www.twilio.com/docs/iam/api-keys",
    """
TWILIO_ACCOUNT_SID=@@acc@@
TWILIO_API_KEY=@@key@@
TWILIO_API_SECRET=@@secret@@
TWILIO_TWIML_APP_SID=@@app@@
CALL_CENTRE_NUMBER=+18005550142
RECORD_CALLS=true
""", secret=_s, acc=twilio_sid(), key=_k, app=twilio_sid("AP"))

add("env/decoy-twilio-sids-only", "callcentre/.env.staging",
    "https://www.twilio.com/docs/glossary/what-is-a-sid",
    """
TWILIO_ACCOUNT_SID=@@acc@@
TWILIO_API_KEY=@@key@@
TWILIO_API_SECRET=${TWILIO_API_SECRET}
TWILIO_TWIML_APP_SID=@@app@@
CALL_CENTRE_NUMBER=+15125550100
RECORD_CALLS=false
""", acc=twilio_sid(), key="SK" + hexs(32), app=twilio_sid("AP"))

_pw = rand_pw(16)
add("log/database-url-in-traceback", "services/otis-sync/logs/crash-2026-11-30.log",
    "https://docs.sqlalchemy.org/en/20/errors.html",
    """
2026-11-30 03:14:07,221 INFO otis_sync.main starting sync for 212 units
2026-11-30 03:14:09,880 ERROR otis_sync.db could not connect
Traceback (most recent call last):
  File "/app/otis_sync/db.py", line 18, in connect
    engine = create_engine(os.environ["DATABASE_URL"])
sqlalchemy.exc.OperationalError: (psycopg2.OperationalError) connection to server at "fleet-db.liftwatch-ops.net" (10.10.4.20), port 5432 failed: FATAL:  password authentication failed for user "otis_sync"
(Background on this error at: https://sqlalche.me/e/20/e3q8)
2026-11-30 03:14:09,881 DEBUG otis_sync.main env DATABASE_URL=postgresql://otis_sync:@@secret@@@fleet-db.liftwatch-ops.net:5432/fleet
2026-11-30 03:14:09,882 INFO otis_sync.main exiting with code 2
""", secret=_pw)

add("log/decoy-request-ids", "services/telemetry-ingest/logs/ingest-2026-12-01.log",
    "https://docs.influxdata.com/influxdb/v2/write-data/",
    """
2026-12-01T00:00:02Z INFO batch written site=0412 points=480 request_id=@@u1@@
2026-12-01T00:00:32Z INFO batch written site=0533 points=512 request_id=@@u2@@
2026-12-01T00:01:02Z WARN late batch site=0601 delay_s=94 gateway_seq=18822 digest=@@h@@
2026-12-01T00:01:32Z INFO batch written site=0601 points=1022 request_id=@@u3@@
2026-12-01T00:02:02Z INFO token refresh ok token_id=@@u4@@ expires_in=3600
""", u1=uuid_s(), u2=uuid_s(), u3=uuid_s(), u4=uuid_s(), h=hexs(64))

_pw = rand_pw(20)
add("toml/redis-url", "services/event-archive/config/prod.toml",
    "https://redis.io/docs/latest/develop/clients/",
    """
[server]
bind = "0.0.0.0:9090"

[cache]
url = "rediss://default:@@secret@@@cache.liftwatch-ops.net:6380/1"
ttl_seconds = 600

[archive]
mongo_db = "events"
retention_years = 7
""", secret=_pw)

add("toml/decoy-poetry-lock-hashes", "sdk/python/poetry.lock",
    "https://python-poetry.org/docs/basic-usage/#installing-with-poetrylock",
    """
[[package]]
name = "paho-mqtt"
version = "2.1.0"
description = "MQTT version 5.0/3.1.1 client class"
optional = false
python-versions = ">=3.7"
files = [
    {file = "paho_mqtt-2.1.0-py3-none-any.whl", hash = "sha256:@@h1@@"},
    {file = "paho_mqtt-2.1.0.tar.gz", hash = "sha256:@@h2@@"},
]

[metadata]
lock-version = "2.0"
python-versions = "^3.10"
content-hash = "@@h3@@"
""", h1=hexs(64), h2=hexs(64), h3=hexs(64))

_k = fakes.fake("", 40, _seed())
add("yaml/cloudflare-api-token", "ops/dns/octodns-config.yaml",
    "https://developers.cloudflare.com/fundamentals/api/get-started/create-token/",
    """
providers:
  config:
    class: octodns.provider.yaml.YamlProvider
    directory: ./zones
  cloudflare:
    class: octodns_cloudflare.CloudflareProvider
    token: @@secret@@
zones:
  liftwatch-ops.net.:
    sources: [config]
    targets: [cloudflare]
""", secret=_k)

add("yaml/decoy-octodns-env", "ops/dns/octodns-config.staging.yaml",
    "https://github.com/octodns/octodns#environment-variables",
    """
providers:
  config:
    class: octodns.provider.yaml.YamlProvider
    directory: ./zones
  cloudflare:
    class: octodns_cloudflare.CloudflareProvider
    token: env/CLOUDFLARE_TOKEN
zones:
  staging.liftwatch-ops.net.:
    sources: [config]
    targets: [cloudflare]
""")

add("python/decoy-regex-patterns", "tools/precommit/check_sip_configs.py",
    "https://docs.python.org/3/library/re.html",
    """
\"\"\"Pre-commit check: phone provisioning files must not carry SIP passwords in clear.\"\"\"
import re
import sys

PATTERNS = [
    re.compile(r"<password>(?!\\{\\{)[^<]{6,}</password>"),
    re.compile(r"sip_pass(word)?\\s*=\\s*(?!\\*+)[A-Za-z0-9]{6,}"),
    re.compile(r"SharedAccessKey=[A-Za-z0-9+/]{43}="),
]

bad = [p for p in sys.argv[1:] if any(rx.search(open(p).read()) for rx in PATTERNS)]
for path in bad:
    print(f"{path}: clear-text credential, use the template variables")
sys.exit(1 if bad else 0)
""")

add("json/decoy-jwks-public", "customer-portal-api/portal/static/.well-known/jwks.json",
    "https://datatracker.ietf.org/doc/html/rfc7517",
    """
{
  "keys": [
    {
      "kty": "RSA",
      "use": "sig",
      "kid": "@@kid@@",
      "alg": "RS256",
      "n": "@@n@@",
      "e": "AQAB"
    }
  ]
}
""", kid=hexs(16), n=fakes.drawn(_seed(), 342, ALNUM + "-_"))

add("yaml/decoy-sops-encrypted", "deploy/k8s/reports/secrets.enc.yaml",
    "https://github.com/getsops/sops",
    """
apiVersion: v1
kind: Secret
metadata:
  name: reports
  namespace: reports
stringData:
  SMTP_PASSWORD: ENC[AES256_GCM,data:@@d1@@,iv:@@iv1@@,tag:@@t1@@,type:str]
  PHOTO_STORAGE_KEY: ENC[AES256_GCM,data:@@d2@@,iv:@@iv2@@,tag:@@t2@@,type:str]
sops:
  kms:
    - arn: arn:aws:kms:us-east-2:418273645102:key/@@kms@@
  lastmodified: "2026-11-18T09:12:44Z"
  mac: ENC[AES256_GCM,data:@@mac@@,type:str]
  version: 3.9.1
""", d1=b64_key(24), iv1=b64_key(32), t1=b64_key(16), d2=b64_key(64), iv2=b64_key(32), t2=b64_key(16),
    kms=uuid_s(), mac=b64_key(48))

add("markdown/decoy-incident-redacted", "docs/incidents/2026-11-29-iot-outage.md",
    "https://sre.google/sre-book/example-postmortem/",
    """
# 2026-11-29: remote monitoring outage (2 h 40 min)

**Impact:** 212 sites showed "no data"; 3 entrapments were reported by phone only (no automatic alarm).

**Cause:** the IoT Hub service key was rotated by the Terraform run at 01:02, but the command
service still held the old connection string (`HostName=lw-telemetry-prod...;SharedAccessKey=[REDACTED]`).

**Fix:** the service now reads the connection string from Key Vault at start-up; break-glass
credentials used during the outage (session ending `...Zk9`) expired at 05:00.

**Follow-up:** OPS-1204 alert on IoT Hub auth failures; OPS-1205 remove the break-glass script from the repo.
""")

_sec = fakes.fake("", 48, _seed())
add("go/webhook-signing-secret", "services/vendor-webhooks/internal/verify/otis.go",
    "https://docs.github.com/en/webhooks/using-webhooks/validating-webhook-deliveries",
    """
package verify

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"net/http"
)

// Otis pushes unit events (out of service, back in service) to us, signed with HMAC-SHA256.
var otisSigningSecret = []byte("@@secret@@")

func OtisSignature(r *http.Request, body []byte) bool {
	mac := hmac.New(sha256.New, otisSigningSecret)
	mac.Write(body)
	want := hex.EncodeToString(mac.Sum(nil))
	return hmac.Equal([]byte(want), []byte(r.Header.Get("X-Otis-Signature")))
}
""", secret=_sec)

add("go/decoy-hmac-test-vector", "services/vendor-webhooks/internal/verify/otis_test.go",
    "https://datatracker.ietf.org/doc/html/rfc4231",
    """
package verify

import (
	"net/http/httptest"
	"testing"
)

func TestOtisSignature(t *testing.T) {
	otisSigningSecret = []byte("test-secret")
	body := []byte(`{"unit":"TX-119020","event":"out_of_service"}`)
	r := httptest.NewRequest("POST", "/otis", nil)
	r.Header.Set("X-Otis-Signature", "@@sig@@")
	if OtisSignature(r, body) {
		t.Fatal("a wrong signature must be rejected")
	}
}
""", sig=hexs(64))

_sec = "whsec_" + b64_key(24)
add("typescript/webhook-signing-secret", "services/kone-events/src/handler.ts",
    "https://docs.svix.com/receiving/verifying-payloads/how",
    """
import { Webhook } from "svix";
import type { Request, Response } from "express";

// KONE's event subscriptions deliver through Svix; each endpoint has its own signing secret.
const wh = new Webhook("@@secret@@");

export function koneEvent(req: Request, res: Response) {
  try {
    const evt = wh.verify(req.body, {
      "svix-id": req.header("svix-id")!,
      "svix-timestamp": req.header("svix-timestamp")!,
      "svix-signature": req.header("svix-signature")!,
    }) as { type: string; equipmentId: string };
    console.log("kone event", evt.type, evt.equipmentId);
    res.sendStatus(204);
  } catch {
    res.sendStatus(400);
  }
}
""", secret=_sec)

_pw = rand_pw(16)
add("makefile/ftp-password", "firmware/phone-module/Makefile",
    "https://everything.curl.dev/ftp/upload.html",
    """
VERSION ?= 2.4.1
IMAGE = build/phone-module-$(VERSION).bin

all: $(IMAGE)

$(IMAGE): src/*.c src/*.h
	arm-none-eabi-gcc -Os -o build/phone-module.elf src/*.c
	arm-none-eabi-objcopy -O binary build/phone-module.elf $@

publish: $(IMAGE)
	curl -T $(IMAGE) -u ota-upload:@@secret@@ ftp://firmware.liftparts-distrib.com/phone-module/

.PHONY: all publish
""", secret=_pw)

_pw = rand_pw(18)
add("properties/liquibase-password", "db/liquibase.properties",
    "https://docs.liquibase.com/concepts/connections/creating-config-properties.html",
    """
changeLogFile=db/changelog/db.changelog-master.yaml
url=jdbc:postgresql://fleet-db.liftwatch-ops.net:5432/fleet
username=fleet_migrator
password=@@secret@@
liquibase.hub.mode=off
defaultSchemaName=inspections
""", secret=_pw)

_pw = rand_pw(22)
add("ruby/redis-url", "customer-portal/config/initializers/sidekiq.rb",
    "https://github.com/sidekiq/sidekiq/wiki/Using-Redis",
    """
# Background jobs: PDF rendering of service reports, reminder emails before inspections
Sidekiq.configure_server do |config|
  config.redis = { url: "rediss://:@@secret@@@jobs-cache.liftwatch-ops.net:6380/0", network_timeout: 5 }
end

Sidekiq.configure_client do |config|
  config.redis = { url: "rediss://:@@secret@@@jobs-cache.liftwatch-ops.net:6380/0", network_timeout: 5 }
end
""", secret=_pw)

_pw = words_pw()
add("xml/smtp-password", "src/LiftWatch.Legacy.Scheduler/App.config",
    "https://learn.microsoft.com/dotnet/framework/configure-apps/file-schema/network/smtp-element-network-settings",
    """
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <appSettings>
    <add key="ReminderDaysBeforeInspection" value="14" />
    <add key="ComplianceMailbox" value="compliance@liftwatch-ops.net" />
  </appSettings>
  <system.net>
    <mailSettings>
      <smtp from="reminders@liftwatch-ops.net" deliveryMethod="Network">
        <network host="smtp.office365.com" port="587" enableSsl="true"
                 userName="reminders@liftwatch-ops.net" password="@@secret@@" />
      </smtp>
    </mailSettings>
  </system.net>
</configuration>
""", secret=_pw)

add("compose/decoy-docker-secrets-files", "deploy/fleet-db-local/docker-compose.yml",
    "https://docs.docker.com/compose/how-tos/use-secrets/",
    """
services:
  fleet-db:
    image: postgres:16
    environment:
      POSTGRES_USER: fleet_admin
      POSTGRES_PASSWORD_FILE: /run/secrets/fleet_db_password
      POSTGRES_DB: fleet
    secrets: [fleet_db_password]
    ports: ["5432:5432"]
secrets:
  fleet_db_password:
    file: ./secrets/fleet_db_password.txt
""")

add("markdown/decoy-inspection-report", "docs/reports/sample-annual-inspection.md",
    "https://www.asme.org/codes-standards/find-codes-standards/a17-1-csa-b44-safety-code-elevators-escalators",
    """
# Annual inspection report (sample)

| Field | Value |
|---|---|
| State ID | TX-118834 |
| Certificate no. | TX-EL-2026-118834 |
| Inspector licence | QEI-2291-TX |
| Report id | @@rid@@ |
| Signed document hash (SHA-256) | `@@sha@@` |

Findings: governor rope within limits; buffer oil level OK; car door restrictor adjusted.
Next inspection due 2027-10-02.
""", rid=uuid_s(), sha=hexs(64))
