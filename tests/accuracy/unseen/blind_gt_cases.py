"""Blind set GT: security-guard and alarm-monitoring companies.

Alarm receiving centre software (SIA DC-09 receivers, Manitou and SIMS bridges, signal routers),
CCTV/NVR and VMS integrations, access-control panels, guard tour apps and NFC checkpoints, incident
reporting apps, rostering and payroll, client portals, radio and SIM gateways, and the office IT
behind them, in the formats those teams commit and ship, with their decoys.
Generated fakes only (seeds 2480000-2489999).
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
LOWER_ALNUM = string.ascii_lowercase + string.digits
UPPER_ALNUM = string.ascii_uppercase + string.digits
HEX = "0123456789abcdef"
URLSAFE = ALNUM + "-_"
B64CHARS = ALNUM + "+/"
SEED_LO, SEED_HI = 2480000, 2489999
_SEED = [SEED_LO]


def _seed() -> int:
    _SEED[0] += 5
    assert SEED_LO <= _SEED[0] <= SEED_HI
    return _SEED[0]


def _rng() -> random.Random:
    return random.Random(_seed())


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
    CASES.append(LabelledCase(f"blind-gt/{category}", file_name, text, secret, source))


# ---------------------------------------------------------------- generated values
WORDS = ["Bastion", "Sentry", "Rampart", "Kestrel", "Lantern", "Harbour", "Granite", "Falcon", "Vigil", "Citadel",
         "Beacon", "Thistle", "Marlow", "Osprey", "Quarry", "Tamber", "Juniper", "Corvid", "Halyard", "Pennant"]
LOWER = ["gatehouse", "torch", "nightshift", "lantern", "padlock", "kestrel", "harbour", "bollard", "keyring",
         "patrol", "watchtower", "compass", "ember", "sentinel", "granite", "anchor"]


def draw(n: int, alphabet: str = ALNUM) -> str:
    return fakes.drawn_mixed(_seed(), n, alphabet)


def words_pw() -> str:
    r = _rng()
    return r.choice(WORDS) + r.choice("!#$%*") + r.choice(WORDS) + str(r.randint(10, 9999))


def rand_pw(n: int = 20, extra: str = "") -> str:
    return draw(n, ALNUM + extra) if extra else draw(n)


def passphrase() -> str:
    r = _rng()
    return "-".join(r.sample(LOWER, 4)) + str(r.randint(1, 99))


def hexs(n: int, upper: bool = False) -> str:
    r = _rng()
    value = "".join(r.choice(HEX) for _ in range(n))
    return value.upper() if upper else value


def digits(n: int) -> str:
    r = _rng()
    return str(r.randint(1, 9)) + "".join(r.choice(string.digits) for _ in range(n - 1))


def rand_bytes(n: int) -> bytes:
    r = _rng()
    return bytes(r.getrandbits(8) for _ in range(n))


def b64(s: str) -> str:
    return base64.b64encode(s.encode()).decode()


def b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).decode().rstrip("=")


def uuid_s() -> str:
    return fakes.uuid4(_seed())


def sha256ish() -> str:
    return hexs(64)


def jwt(payload: dict, alg: str = "HS256") -> str:
    head = b64url(json.dumps({"alg": alg, "typ": "JWT"}, separators=(",", ":")).encode())
    body = b64url(json.dumps(payload, separators=(",", ":")).encode())
    return f"{head}.{body}.{b64url(rand_bytes(32))}"


def mapbox(prefix: str, user: str) -> str:
    r = _rng()
    payload = {"u": user, "a": "".join(r.choice(LOWER_ALNUM) for _ in range(25))}
    body = b64url(json.dumps(payload, separators=(",", ":")).encode())
    return f"{prefix}.{body}." + "".join(r.choice(URLSAFE) for _ in range(22))


def google_key() -> str:
    return "AIza" + draw(35, URLSAFE)


def stripe_key(kind: str = "sk_live_") -> str:
    return fakes.fake(kind, 99 if kind.startswith("rk") else 24, _seed())


def slack_bot() -> str:
    r = _rng()
    return f"xoxb-{r.randint(10**10, 10**11)}-{r.randint(10**12, 10**13)}-" + "".join(r.choice(ALNUM) for _ in range(24))


def slack_webhook() -> str:
    r = _rng()
    return ("https://hooks.slack.com/services/T" + "".join(r.choice(UPPER_ALNUM) for _ in range(8)) + "/B"
            + "".join(r.choice(UPPER_ALNUM) for _ in range(10)) + "/" + "".join(r.choice(ALNUM) for _ in range(24)))


def sendgrid_key() -> str:
    return fakes.fake("SG.", 22, _seed()) + fakes.fake(".", 43, _seed())


def azure_secret() -> str:
    r = _rng()
    return "".join(r.choice(ALNUM) for _ in range(3)) + "8Q~" + "".join(r.choice(ALNUM + "_.-~") for _ in range(34))


def azure_storage_key() -> str:
    return base64.b64encode(rand_bytes(64)).decode()


def pem_block(label: str, der_head: bytes, n_random: int, tail: bytes = b"", tail_random: int = 0) -> str:
    der = der_head + rand_bytes(n_random) + tail + rand_bytes(tail_random)
    body = base64.b64encode(der).decode()
    lines = [body[i:i + 64] for i in range(0, len(body), 64)]
    return f"-----BEGIN {label}-----\n" + "\n".join(lines) + f"\n-----END {label}-----"


def rsa_key() -> str:
    return pem_block("RSA PRIVATE KEY", b"\x30\x82\x04\xa4\x02\x01\x00\x02\x82\x01\x01\x00", 1180)


def pkcs8_rsa_key() -> str:
    head = b"\x30\x82\x04\xbe\x02\x01\x00\x30\x0d\x06\x09\x2a\x86\x48\x86\xf7\x0d\x01\x01\x01\x05\x00\x04\x82\x04\xa8"
    return pem_block("PRIVATE KEY", head, 1190)


def p8_ec_key() -> str:
    head = (b"\x30\x81\x93\x02\x01\x00\x30\x13\x06\x07\x2a\x86\x48\xce\x3d\x02\x01\x06\x08\x2a\x86\x48\xce\x3d"
            b"\x03\x01\x07\x04\x79\x30\x77\x02\x01\x01\x04\x20")
    tail = b"\xa0\x0a\x06\x08\x2a\x86\x48\xce\x3d\x03\x01\x07\xa1\x44\x03\x42\x00\x04"
    return pem_block("PRIVATE KEY", head, 32, tail, 64)


def openssh_key(comment: bytes = b"deploy@arc") -> str:
    pub = rand_bytes(32)
    check = rand_bytes(4)
    blob = (b"openssh-key-v1\x00" + b"\x00\x00\x00\x04none\x00\x00\x00\x04none\x00\x00\x00\x00\x00\x00\x00\x01"
            + b"\x00\x00\x00\x33\x00\x00\x00\x0bssh-ed25519\x00\x00\x00\x20" + pub
            + b"\x00\x00\x00\x90" + check + check + b"\x00\x00\x00\x0bssh-ed25519\x00\x00\x00\x20" + pub
            + b"\x00\x00\x00\x40" + rand_bytes(32) + pub + len(comment).to_bytes(4, "big") + comment + b"\x01\x02\x03")
    body = base64.b64encode(blob).decode()
    lines = [body[i:i + 70] for i in range(0, len(body), 70)]
    return "-----BEGIN OPENSSH PRIVATE KEY-----\n" + "\n".join(lines) + "\n-----END OPENSSH PRIVATE KEY-----"


def ed25519_pub(comment: str) -> str:
    blob = b"\x00\x00\x00\x0bssh-ed25519\x00\x00\x00\x20" + rand_bytes(32)
    return "ssh-ed25519 " + base64.b64encode(blob).decode() + " " + comment


def certificate() -> str:
    return pem_block("CERTIFICATE", b"\x30\x82\x03\x5d\x30\x82\x02\x45\xa0\x03\x02\x01\x02\x02\x14", 780)


def bcrypt_hash() -> str:
    r = _rng()
    return "$2b$12$" + "".join(r.choice("./" + ALNUM) for _ in range(53))


def sealed_blob() -> str:
    return "AgB" + base64.b64encode(rand_bytes(420)).decode()


def vault_blob(lines: int = 6) -> str:
    r = _rng()
    return "$ANSIBLE_VAULT;1.1;AES256\n" + "\n".join("".join(r.choice("0123456789") + r.choice(HEX) for _ in range(40)) for _ in range(lines))


def sops_value(n: int = 24) -> str:
    return ("ENC[AES256_GCM,data:" + base64.b64encode(rand_bytes(n)).decode() + ",iv:" + base64.b64encode(rand_bytes(32)).decode()
            + ",tag:" + base64.b64encode(rand_bytes(16)).decode() + ",type:str]")


def nfc_uid() -> str:
    r = _rng()
    return "04:" + ":".join(f"{r.getrandbits(8):02X}" for _ in range(6))


def mac() -> str:
    r = _rng()
    return ":".join(f"{r.getrandbits(8):02X}" for _ in range(6))


def luhn_digit(number: str) -> str:
    total = 0
    for i, ch in enumerate(reversed(number)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


def iccid() -> str:
    body = "8944" + digits(14)
    return body + luhn_digit(body)


def imei() -> str:
    body = "35" + digits(12)
    return body + luhn_digit(body)


def dc09_key(n: int = 32) -> str:
    return hexs(n, upper=True)


def hik_secret() -> str:
    return draw(20)


def gallagher_key() -> str:
    return "-".join(hexs(4, upper=True) for _ in range(8))


def gocardless_token() -> str:
    return "live_" + draw(40, URLSAFE)


def vault_token() -> str:
    return "hvs.CAESI" + draw(82, URLSAFE)


def wg_key() -> str:
    return base64.b64encode(rand_bytes(32)).decode()


# ================================================================ alarm receiving centre (ARC)

add("env/postgres-password", "arc-bridge/.env", "https://www.postgresql.org/docs/current/libpq-connect.html#LIBPQ-CONNSTRING", """
# arc-bridge: forwards receiver signals into the operator queue
# Nightjar Monitoring ARC - Leeds primary site
ARC_SITE=LDS1
ARC_RECEIVER_HOSTS=10.40.2.11,10.40.2.12
ARC_RECEIVER_PORT=7200
SIGNAL_QUEUE=signals.incoming
DATABASE_URL=postgresql://arc_bridge:@@secret@@@arc-db-01.nightjar.internal:5432/arc_events?sslmode=require
DB_POOL_MIN=4
DB_POOL_MAX=24
LOG_LEVEL=info
HEARTBEAT_SECONDS=30
OPERATOR_ESCALATION_MINUTES=3
""", secret=rand_pw(22))

add("python/dc09-aes-key", "arc_bridge/receivers/dc09_listener.py", "https://www.sia.org/standards/ (ANSI/SIA DC-09-2013, AES-encrypted line)", r'''
"""SIA DC-09 listener: decrypts the encrypted blocks of panels reporting over IP."""
import binascii
import socketserver

from Crypto.Cipher import AES

from arc_bridge.signals import publish_signal, parse_dc09_frame

# AES-128 keys per receiver line, as programmed into the panels at commissioning.
LINE_KEYS = {
    "L0001": "@@secret@@",
}
ZERO_IV = bytes(16)


def decrypt_block(line: str, hex_block: str) -> str:
    key = binascii.unhexlify(LINE_KEYS[line])
    cipher = AES.new(key, AES.MODE_CBC, iv=ZERO_IV)
    plain = cipher.decrypt(binascii.unhexlify(hex_block))
    return plain.decode("ascii", errors="replace").lstrip("\x00 ")


class DC09Handler(socketserver.BaseRequestHandler):
    def handle(self) -> None:
        raw = self.request[0].strip().decode("ascii", errors="replace")
        frame = parse_dc09_frame(raw)
        if frame.encrypted:
            frame.body = decrypt_block(frame.line, frame.body)
        publish_signal(frame)
        self.request[1].sendto(frame.ack().encode("ascii"), self.client_address)


if __name__ == "__main__":
    with socketserver.UDPServer(("0.0.0.0", 7200), DC09Handler) as server:
        server.serve_forever()
''', secret=dc09_key(32))

add("yaml/dc09-aes-key", "config/receivers.yaml", "https://www.sia.org/standards/ (ANSI/SIA DC-09 receiver configuration)", """
# IP receivers, production. Keys must match the panel programming sheet.
receivers:
  - name: surgard-s5-lds1
    model: Sur-Gard System 5
    listen: 0.0.0.0:7201
    protocol: dc09
    line: 3
    account_prefix: "4"
    supervision_seconds: 90
    encryption:
      enabled: true
      cipher: aes-256-cbc
      key: "@@secret@@"
  - name: surgard-s5-lds1-backup
    model: Sur-Gard System 5
    listen: 0.0.0.0:7202
    protocol: dc09
    line: 4
    account_prefix: "4"
    supervision_seconds: 90
    encryption:
      enabled: false
forwarding:
  queue: signals.incoming
  duplicate_window_seconds: 20
""", secret=dc09_key(64))

add("ini/manitou-password", "manitou/bridge.ini", "https://www.boldgroup.com/manitou/ (Manitou integration service login)", """
; Manitou -> dispatch bridge
; deployed on ARCAPP03, runs as a Windows service
[manitou]
host = manitou-app01.nightjar.local
port = 4040
operator_id = BRIDGE01
username = svc_dispatch_bridge
password = @@secret@@
client_name = DispatchBridge

[dispatch]
endpoint = https://dispatch.nightjar.local/api/v2/jobs
timeout_seconds = 15
retry = 3

[logging]
path = D:\\Logs\\ManitouBridge
level = INFO
""", secret=words_pw())

add("csharp/sureview-api-key", "ArcGateway/Services/ImmixClient.cs", "https://www.sureviewsystems.com/immix (Immix API: X-API-Key header)", """
using System;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Threading.Tasks;

namespace Nightjar.ArcGateway.Services
{
    public sealed class ImmixClient : IDisposable
    {
        private const string BaseUrl = "https://immix.nightjar-arc.net/api/v1/";
        private const string ApiKey = "@@secret@@";
        private readonly HttpClient _http;

        public ImmixClient()
        {
            _http = new HttpClient { BaseAddress = new Uri(BaseUrl), Timeout = TimeSpan.FromSeconds(20) };
            _http.DefaultRequestHeaders.Add("X-API-Key", ApiKey);
            _http.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        }

        public async Task<string> RaiseAlarmAsync(string siteRef, string deviceRef, string eventCode)
        {
            var body = new StringContent(
                $"{{\\"siteRef\\":\\"{siteRef}\\",\\"deviceRef\\":\\"{deviceRef}\\",\\"eventCode\\":\\"{eventCode}\\"}}",
                System.Text.Encoding.UTF8, "application/json");
            var response = await _http.PostAsync("alarms", body);
            response.EnsureSuccessStatusCode();
            return await response.Content.ReadAsStringAsync();
        }

        public void Dispose() => _http.Dispose();
    }
}
""", secret=draw(40))

add("xml/mssql-password", "sims/SimsConnector.exe.config", "https://learn.microsoft.com/en-us/dotnet/framework/data/adonet/connection-strings-and-configuration-files", """
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <startup>
    <supportedRuntime version="v4.0" sku=".NETFramework,Version=v4.8" />
  </startup>
  <connectionStrings>
    <add name="SimsDb"
         connectionString="Data Source=ARCSQL02\\SIMS;Initial Catalog=SIMS_LIVE;User ID=sims_connector;Password=@@secret@@;Encrypt=True;TrustServerCertificate=True"
         providerName="System.Data.SqlClient" />
  </connectionStrings>
  <appSettings>
    <add key="PollIntervalSeconds" value="5" />
    <add key="ReceiverGroup" value="LDS-IP" />
    <add key="ForwardTo" value="https://dispatch.nightjar.local/api/v2/signals" />
  </appSettings>
</configuration>
""", secret=words_pw())

add("sql/evalink-api-key", "migrations/0042_seed_integration_credentials.sql", "https://evalink.io/ (evalink talos API keys)", """
-- 0042: integration credentials for the evalink talos cloud receiver
-- applied to arc_events on 2024-04-02 by m.hartley

BEGIN;

INSERT INTO integration_credentials (provider, environment, client_ref, api_key, created_at)
VALUES ('evalink', 'production', 'nightjar-lds', '@@secret@@', now());

INSERT INTO integration_endpoints (provider, environment, base_url)
VALUES ('evalink', 'production', 'https://talos-app.evalink.io/api/v1');

UPDATE receivers SET upstream = 'evalink' WHERE name IN ('cloud-rx-1', 'cloud-rx-2');

COMMIT;
""", secret=draw(48))

add("shell/arc-api-password", "scripts/replay_signals.sh", "https://curl.se/docs/manpage.html#-u", """
#!/usr/bin/env bash
# Replays signals from a CSV export into the staging dispatch API.
# usage: ./replay_signals.sh export.csv
set -euo pipefail

INPUT="${1:?usage: replay_signals.sh export.csv}"
API="https://dispatch-staging.nightjar.local/api/v2/signals"

tail -n +2 "$INPUT" | while IFS=, read -r account zone code received_at; do
  curl -sS -u "replay_bot:@@secret@@" \\
    -H "Content-Type: application/json" \\
    -d "{\\"account\\":\\"$account\\",\\"zone\\":\\"$zone\\",\\"code\\":\\"$code\\",\\"receivedAt\\":\\"$received_at\\"}" \\
    "$API" >/dev/null
  echo "replayed $account/$zone $code"
  sleep 0.2
done
""", secret=rand_pw(18))

_tok = jwt({"sub": "svc-signal-router", "aud": "dispatch", "scope": "signals:write", "iat": 1710403200, "exp": 1741939200})
add("log/bearer-token", "logs/signal-router-2024-03-14.log", "https://datatracker.ietf.org/doc/html/rfc6750#section-2.1", """
2024-03-14T02:11:07.412Z INFO  signal-router starting version=3.8.1 site=LDS1
2024-03-14T02:11:07.519Z INFO  connected receiver=surgard-s5-lds1 addr=10.40.2.11:7201
2024-03-14T02:11:07.522Z INFO  connected receiver=surgard-s5-lds1-backup addr=10.40.2.12:7202
2024-03-14T02:11:08.004Z DEBUG outbound request POST https://dispatch.nightjar.local/api/v2/signals
2024-03-14T02:11:08.004Z DEBUG   headers: {"Content-Type": "application/json", "Authorization": "Bearer @@secret@@"}
2024-03-14T02:11:08.131Z DEBUG   response 201 in 127ms
2024-03-14T02:11:31.870Z INFO  signal account=4417 zone=003 code=E130 routed=queue:intruder
2024-03-14T02:12:02.118Z INFO  signal account=4417 zone=003 code=R130 routed=queue:restore
2024-03-14T02:14:45.301Z WARN  supervision late receiver=surgard-s5-lds1-backup last_seen=95s
2024-03-14T02:15:12.006Z INFO  supervision restored receiver=surgard-s5-lds1-backup
""", secret=_tok)

add("go/sip-password", "cmd/sipgw/main.go", "https://github.com/emiago/sipgo (SIP client digest credentials)", """
package main

import (
	"context"
	"log"
	"os"
	"os/signal"

	"github.com/nightjar-arc/sipgw/internal/alarmline"
)

// Alarm panels on PSTN lines dial in through the carrier SIP trunk;
// sipgw registers the trunk and hands Contact ID tones to the decoder.
const (
	trunkHost     = "sip.voiptrunk-uk.net:5060"
	trunkUser     = "44113496021"
	trunkPassword = "@@secret@@"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()

	gw, err := alarmline.NewGateway(alarmline.Config{
		Registrar: trunkHost,
		Username:  trunkUser,
		Password:  trunkPassword,
		Decoder:   alarmline.ContactID,
		Forward:   "https://dispatch.nightjar.local/api/v2/signals",
	})
	if err != nil {
		log.Fatalf("sipgw: %v", err)
	}
	log.Printf("sipgw: registering %s@%s", trunkUser, trunkHost)
	if err := gw.Run(ctx); err != nil {
		log.Fatalf("sipgw: %v", err)
	}
}
""", secret=rand_pw(16))

add("ini/sip-password", "asterisk/pjsip.conf", "https://docs.asterisk.org/Configuration/Channel-Drivers/SIP/Configuring-res_pjsip/", """
; PJSIP trunk for the ARC alarm lines (Contact ID over SIP, G.711 only)
[transport-udp]
type=transport
protocol=udp
bind=0.0.0.0:5060

[alarmtrunk]
type=registration
outbound_auth=alarmtrunk-auth
server_uri=sip:sip.voiptrunk-uk.net
client_uri=sip:44113496022@sip.voiptrunk-uk.net
retry_interval=60

[alarmtrunk-auth]
type=auth
auth_type=userpass
username=44113496022
password=@@secret@@

[alarmtrunk-endpoint]
type=endpoint
context=alarm-in
disallow=all
allow=ulaw,alaw
outbound_auth=alarmtrunk-auth
aors=alarmtrunk-aor

[alarmtrunk-aor]
type=aor
contact=sip:sip.voiptrunk-uk.net
""", secret=rand_pw(14))

add("java/amqp-password", "event-publisher/src/main/java/net/nightjar/arc/AlarmEventPublisher.java", "https://www.rabbitmq.com/docs/uri-spec", """
package net.nightjar.arc;

import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.ConnectionFactory;

import java.nio.charset.StandardCharsets;

public final class AlarmEventPublisher implements AutoCloseable {

    private static final String BROKER_URI =
            "amqps://arc_publisher:@@secret@@@mq-arc.nightjar.internal:5671/arc";
    private static final String EXCHANGE = "alarm.events";

    private final Connection connection;
    private final Channel channel;

    public AlarmEventPublisher() throws Exception {
        ConnectionFactory factory = new ConnectionFactory();
        factory.setUri(BROKER_URI);
        factory.setAutomaticRecoveryEnabled(true);
        this.connection = factory.newConnection("arc-event-publisher");
        this.channel = connection.createChannel();
        channel.exchangeDeclare(EXCHANGE, "topic", true);
    }

    public void publish(String routingKey, String json) throws Exception {
        channel.basicPublish(EXCHANGE, routingKey, null, json.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public void close() throws Exception {
        channel.close();
        connection.close();
    }
}
""", secret=rand_pw(20))

add("toml/mqtt-password", "arc-relay/config.toml", "https://docs.rs/rumqttc/latest/rumqttc/struct.MqttOptions.html#method.set_credentials", """
# arc-relay: bridges IP panel heartbeats from the MQTT broker to the ARC
[relay]
site = "LDS1"
heartbeat_timeout_secs = 180
forward_url = "https://dispatch.nightjar.local/api/v2/heartbeats"

[mqtt]
host = "mqtt.nightjar-arc.net"
port = 8883
client_id = "arc-relay-lds1"
username = "arc-relay"
password = "@@secret@@"
topics = ["panels/+/heartbeat", "panels/+/alarm"]
qos = 1

[tls]
ca_file = "/etc/arc-relay/ca.pem"
""", secret=rand_pw(24))

add("python/ajax-api-key", "tools/ajax_sync.py", "https://ajax.systems/ (Ajax Enterprise API: X-Api-Key header and login)", r'''
"""Pull hub status from the Ajax Enterprise API into the ARC site register."""
import requests

AJAX_API = "https://api.ajax.systems/api"
AJAX_API_KEY = "@@secret@@"
SESSION = requests.Session()
SESSION.headers.update({"X-Api-Key": AJAX_API_KEY, "Accept": "application/json"})


def login(login: str, password_hash: str) -> str:
    resp = SESSION.post(f"{AJAX_API}/login", json={"login": login, "passwordHash": password_hash, "userRole": "PRO"})
    resp.raise_for_status()
    return resp.json()["sessionToken"]


def hubs(session_token: str, company_id: str) -> list:
    resp = SESSION.get(f"{AJAX_API}/company/{company_id}/hubs", headers={"X-Session-Token": session_token})
    resp.raise_for_status()
    return resp.json()


if __name__ == "__main__":
    import os
    token = login(os.environ["AJAX_LOGIN"], os.environ["AJAX_PASSWORD_SHA256"])
    for hub in hubs(token, os.environ["AJAX_COMPANY_ID"]):
        print(hub["hubId"], hub.get("name"), hub.get("online"))
''', secret=draw(32, LOWER_ALNUM))

add("typescript/pushover-token", "operator-console/src/config/notify.ts", "https://pushover.net/api#identifiers", """
// Escalation notifications for the duty supervisor's phone
export const notifyConfig = {
  pushover: {
    endpoint: "https://api.pushover.net/1/messages.json",
    appToken: "@@secret@@",
    supervisorGroup: process.env.PUSHOVER_GROUP_KEY ?? "",
    priorityForPanic: 2,
    retrySeconds: 60,
    expireSeconds: 1800,
  },
  escalation: {
    unacknowledgedMinutes: 3,
    maxOperatorsPerAlarm: 2,
  },
} as const;

export type NotifyConfig = typeof notifyConfig;
""", secret="a" + draw(29, LOWER_ALNUM))

# ---- ARC decoys

_frames = []
for _i in range(6):
    _frames.append(hexs(64, upper=True))
add("log/decoy-encrypted-frame", "logs/dc09-receiver-2024-05-02.log", "https://www.sia.org/standards/ (ANSI/SIA DC-09 encrypted message format)", """
2024-05-02 03:14:07.101 RX 10.40.77.19:51012 "*SIA-DCS"0061L0003#4417[@@f0@@]_03:14:06,05-02-2024
2024-05-02 03:14:07.103 ACK sent seq=0061 line=L0003 acct=4417
2024-05-02 03:14:22.550 RX 10.40.81.6:40211 "*ADM-CID"0062L0003#5120[@@f1@@]_03:14:22,05-02-2024
2024-05-02 03:14:22.551 ACK sent seq=0062 line=L0003 acct=5120
2024-05-02 03:15:01.004 RX 10.40.77.19:51012 "*NULL"0063L0003#4417[]_03:15:00,05-02-2024
2024-05-02 03:15:01.005 ACK sent seq=0063 line=L0003 acct=4417
2024-05-02 03:16:40.877 RX 10.40.90.2:33190 "*SIA-DCS"0064L0003#6003[@@f2@@]_03:16:40,05-02-2024
2024-05-02 03:16:40.878 NAK sent seq=0064 reason=timestamp-skew
2024-05-02 03:16:41.912 RX 10.40.90.2:33190 "*SIA-DCS"0065L0003#6003[@@f3@@]_03:16:41,05-02-2024
2024-05-02 03:16:41.913 ACK sent seq=0065 line=L0003 acct=6003
""", f0=_frames[0], f1=_frames[1], f2=_frames[2], f3=_frames[3])

_acc_rows = "\n".join(
    f"{4400 + i},{r},{line},{panel},{serial},{site}"
    for i, (r, line, panel, serial, site) in enumerate([
        ("LDS-IP", "L0003", "Texecom Premier Elite 48", "TX" + digits(8), "Harrow Retail Park Unit 4"),
        ("LDS-IP", "L0003", "Texecom Premier Elite 64", "TX" + digits(8), "Kirkstall Depot"),
        ("LDS-PSTN", "L0001", "Honeywell Galaxy Flex 50", "GF" + digits(8), "St Anne's Surgery"),
        ("LDS-IP", "L0004", "Pyronix Enforcer 32", "PX" + digits(8), "Meanwood Pharmacy"),
        ("LDS-IP", "L0003", "Ajax Hub 2 Plus", hexs(8, upper=True), "Headingley Lettings"),
        ("LDS-GPRS", "L0002", "DSC PowerSeries Neo", "NE" + digits(8), "Roundhay Builders Merchant"),
        ("LDS-IP", "L0004", "Risco LightSYS+", "RS" + digits(8), "Chapel Allerton Dental"),
    ])
)
add("csv/decoy-account-numbers", "exports/receiver_accounts_2024-05.csv", "https://www.sia.org/standards/ (SIA DC-05 Contact ID account numbers)", """
account,receiver,line,panel,panel_serial,site
@@rows@@
""", rows=_acc_rows)

add("python/decoy-test-vector", "tests/test_dc09_crypto.py", "https://csrc.nist.gov/pubs/sp/800/38/a/final (NIST SP 800-38A example vectors)", r'''
"""Round-trip tests for the DC-09 block decryptor using the NIST SP 800-38A vectors."""
import binascii

import pytest

from arc_bridge.receivers import dc09_listener

# NIST SP 800-38A, F.2.1 CBC-AES128.Encrypt: public example key and first block
NIST_KEY = "2b7e151628aed2a6abf7158809cf4f3c"
NIST_IV = "000102030405060708090a0b0c0d0e0f"
NIST_PLAIN = "6bc1bee22e409f96e93d7e117393172a"
NIST_CIPHER = "7649abac8119b246cee98e9b12e9197d"


def test_nist_vector_decrypts(monkeypatch):
    monkeypatch.setitem(dc09_listener.LINE_KEYS, "TEST", NIST_KEY)
    monkeypatch.setattr(dc09_listener, "ZERO_IV", binascii.unhexlify(NIST_IV))
    out = dc09_listener.decrypt_block("TEST", NIST_CIPHER)
    assert out.encode("latin-1") == binascii.unhexlify(NIST_PLAIN).lstrip(b"\x00 ")


def test_unknown_line_is_rejected():
    with pytest.raises(KeyError):
        dc09_listener.decrypt_block("NO-SUCH-LINE", NIST_CIPHER)
''')

add("yaml/decoy-placeholder", "config/receivers.example.yaml", "https://www.sia.org/standards/ (ANSI/SIA DC-09 receiver configuration)", """
# Copy to receivers.yaml on the ARC host. Never commit the real keys:
# they are issued per line by the commissioning engineer and kept in Vault.
receivers:
  - name: <receiver-name>
    model: Sur-Gard System 5
    listen: 0.0.0.0:7201
    protocol: dc09
    line: <line-number>
    supervision_seconds: 90
    encryption:
      enabled: true
      cipher: aes-128-cbc     # or aes-256-cbc
      key: "<32 or 64 hex characters from the line programming sheet>"
forwarding:
  queue: signals.incoming
  duplicate_window_seconds: 20
""")

add("markdown/decoy-vault-reference", "docs/runbooks/receiver-failover.md", "https://developer.hashicorp.com/vault/docs/commands/kv/get", """
# Runbook: IP receiver failover (LDS1 -> MAN1)

Use when `surgard-s5-lds1` has missed three supervision windows and the backup line is also late.

## 1. Confirm the fault
- Operator console: *Receivers* panel shows both LDS1 receivers amber or red.
- `journalctl -u arc-bridge --since "-15 min" | grep supervision`

## 2. Fetch the line keys on the standby host
```bash
export VAULT_ADDR=https://vault.nightjar.internal:8200
vault login -method=oidc role=arc-oncall
vault kv get -field=key secret/arc/receivers/lds1-line3 > /run/arc/keys/L0003.key
vault kv get -field=key secret/arc/receivers/lds1-line4 > /run/arc/keys/L0004.key
chmod 600 /run/arc/keys/*.key
```
Keys never go into tickets, chat or this repository.

## 3. Switch the DNS record
`ipreceiver.nightjar-arc.net` -> `10.50.2.11` (MAN1). TTL is 60 s; panels retry within two minutes.

## 4. Tell the operators
Post in #arc-floor: "Receivers failed over to MAN1 at HH:MM, expect a burst of delayed restores."

## 5. Fail back
Reverse step 3 once LDS1 is green for 30 minutes. Remove `/run/arc/keys/*` on the standby host.
""")

_fw = [(f"Premier Elite v{v}", sha256ish()) for v in ("4.01.02", "4.02.00", "4.03.01")]
add("json/decoy-checksum", "alarm-panels/firmware-manifest.json", "https://www.texe.com/ (panel firmware releases) / sha256sum(1)", """
{
  "generated": "2024-04-18T09:00:00Z",
  "vendor": "Texecom",
  "images": [
    {"name": "@@n0@@", "file": "premier_elite_40102.bin", "sha256": "@@h0@@", "approved": false},
    {"name": "@@n1@@", "file": "premier_elite_40200.bin", "sha256": "@@h1@@", "approved": true},
    {"name": "@@n2@@", "file": "premier_elite_40301.bin", "sha256": "@@h2@@", "approved": true}
  ],
  "notes": "Only approved images may be flashed via remote UDL. Verify the sha256 before upload."
}
""", n0=_fw[0][0], h0=_fw[0][1], n1=_fw[1][0], h1=_fw[1][1], n2=_fw[2][0], h2=_fw[2][1])

add("env/decoy-placeholder", "arc-bridge/.env.example", "https://12factor.net/config", """
# arc-bridge configuration template: copy to .env and fill in from Vault (secret/arc/bridge)
ARC_SITE=LDS1
ARC_RECEIVER_HOSTS=10.40.2.11,10.40.2.12
ARC_RECEIVER_PORT=7200
SIGNAL_QUEUE=signals.incoming
DATABASE_URL=postgresql://arc_bridge:CHANGE_ME@localhost:5432/arc_events
DB_POOL_MIN=4
DB_POOL_MAX=24
DISPATCH_API_TOKEN=
PUSHOVER_APP_TOKEN=your-pushover-app-token
LOG_LEVEL=debug
""")

add("sql/decoy-column-names", "reports/operator_logins.sql", "https://www.postgresql.org/docs/current/sql-select.html", """
-- Weekly operator login report for the ARC manager (BS 5979 / BS EN 50518 audit trail)
SELECT o.operator_code,
       o.display_name,
       o.password_changed_at,
       o.mfa_enrolled,
       count(l.id)                                   AS logins,
       count(l.id) FILTER (WHERE l.success = false)  AS failed_logins,
       max(l.created_at)                             AS last_login
FROM operators o
LEFT JOIN operator_logins l
       ON l.operator_id = o.id
      AND l.created_at >= date_trunc('week', now()) - interval '7 days'
WHERE o.active
GROUP BY o.operator_code, o.display_name, o.password_changed_at, o.mfa_enrolled
ORDER BY failed_logins DESC, o.operator_code;
""")

# ================================================================ CCTV, NVR and VMS

add("yaml/nvr-rtsp-password", "frigate/config.yml", "https://docs.frigate.video/configuration/cameras", """
mqtt:
  host: 10.60.0.5
  user: frigate
  password: "{FRIGATE_MQTT_PASSWORD}"

detectors:
  coral:
    type: edgetpu
    device: usb

cameras:
  yard_gate:
    ffmpeg:
      inputs:
        - path: rtsp://admin:@@secret@@@10.60.1.21:554/Streaming/Channels/101
          roles: [record]
        - path: rtsp://admin:@@secret@@@10.60.1.21:554/Streaming/Channels/102
          roles: [detect]
    detect:
      width: 640
      height: 360
      fps: 5
    objects:
      track: [person, car]
    zones:
      gate_line:
        coordinates: 0,300,640,300,640,360,0,360

record:
  enabled: true
  retain:
    days: 31
    mode: motion
""", secret=rand_pw(14))

add("python/camera-password", "vms/snapshot_puller.py", "https://developer.axis.com/vapix/network-video/image-request/", r'''
"""Every five minutes, pull a JPEG from each Axis camera for the client portal's site view."""
import datetime
import pathlib

import requests
from requests.auth import HTTPDigestAuth

CAMERAS = {
    "kirkstall-depot-north": "10.61.4.11",
    "kirkstall-depot-south": "10.61.4.12",
    "kirkstall-depot-gate": "10.61.4.13",
}
AUTH = HTTPDigestAuth("root", "@@secret@@")
OUT = pathlib.Path("/srv/portal/snapshots")


def pull(name: str, host: str) -> pathlib.Path:
    url = f"http://{host}/axis-cgi/jpg/image.cgi?resolution=1280x720&compression=30"
    resp = requests.get(url, auth=AUTH, timeout=10)
    resp.raise_for_status()
    stamp = datetime.datetime.utcnow().strftime("%Y%m%dT%H%M%SZ")
    target = OUT / name / f"{stamp}.jpg"
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(resp.content)
    return target


if __name__ == "__main__":
    for cam, ip in CAMERAS.items():
        try:
            print(pull(cam, ip))
        except requests.RequestException as exc:
            print(f"{cam}: {exc}")
''', secret=words_pw())

add("compose/milestone-password", "docker-compose.nvr-bridge.yml", "https://docs.docker.com/compose/how-tos/environment-variables/set-environment-variables/", """
services:
  nvr-bridge:
    image: registry.castellan-sg.co.uk/video/nvr-bridge:2.4.0
    restart: unless-stopped
    environment:
      MILESTONE_SERVER: https://xprotect-ms01.castellan.local
      MILESTONE_USER: CASTELLAN\\svc_nvrbridge
      MILESTONE_PASSWORD: "@@secret@@"
      MILESTONE_AUTH: ntlm
      BRIDGE_ALARM_WEBHOOK: http://alarm-router:8080/hooks/milestone
      TZ: Europe/London
    ports:
      - "8443:8443"
    depends_on:
      - alarm-router

  alarm-router:
    image: registry.castellan-sg.co.uk/arc/alarm-router:1.9.3
    restart: unless-stopped
    env_file: ./alarm-router.env
""", secret=words_pw())

add("java/hikcentral-app-secret", "hik-integration/src/main/java/uk/castellan/video/HikCentralClient.java", "https://open.hikvision.com/ (HikCentral OpenAPI Artemis: appKey/appSecret)", """
package uk.castellan.video;

import com.hikvision.artemis.sdk.ArtemisHttpUtil;
import com.hikvision.artemis.sdk.config.ArtemisConfig;

import java.util.HashMap;
import java.util.Map;

public class HikCentralClient {

    private static final String ARTEMIS_PATH = "/artemis";

    static {
        ArtemisConfig.host = "hcp.castellan.local:443";
        ArtemisConfig.appKey = "@@appkey@@";
        ArtemisConfig.appSecret = "@@secret@@";
    }

    public String cameraList(int pageNo, int pageSize) throws Exception {
        Map<String, String> path = new HashMap<>();
        path.put("https://", ARTEMIS_PATH + "/api/resource/v1/cameras");
        String body = "{\\"pageNo\\":" + pageNo + ",\\"pageSize\\":" + pageSize + "}";
        return ArtemisHttpUtil.doPostStringArtemis(path, body, null, null, "application/json", null);
    }

    public String previewUrl(String cameraIndexCode) throws Exception {
        Map<String, String> path = new HashMap<>();
        path.put("https://", ARTEMIS_PATH + "/api/video/v1/cameras/previewURLs");
        String body = "{\\"cameraIndexCode\\":\\"" + cameraIndexCode + "\\",\\"streamType\\":0,\\"protocol\\":\\"rtsp\\"}";
        return ArtemisHttpUtil.doPostStringArtemis(path, body, null, null, "application/json", null);
    }
}
""", secret=hik_secret(), appkey=digits(8))

add("javascript/eagle-eye-api-key", "scripts/eagle-eye-export.js", "https://developer.eagleeyenetworks.com/docs/api-key", """
#!/usr/bin/env node
// Export 24h of bookmarks from Eagle Eye Cloud VMS for the weekly client report.
const https = require("https");

const EEN_HOST = "c012.eagleeyenetworks.com";
const EEN_API_KEY = "@@secret@@";

function get(path) {
  return new Promise((resolve, reject) => {
    https
      .get({ host: EEN_HOST, path, headers: { Authentication: EEN_API_KEY, Accept: "application/json" } }, (res) => {
        let data = "";
        res.on("data", (chunk) => (data += chunk));
        res.on("end", () => (res.statusCode === 200 ? resolve(JSON.parse(data)) : reject(new Error(`${res.statusCode} ${data}`))));
      })
      .on("error", reject);
  });
}

(async () => {
  const end = new Date();
  const start = new Date(end.getTime() - 24 * 3600 * 1000);
  const fmt = (d) => d.toISOString().replace(/[-:]/g, "").replace("Z", "");
  const bookmarks = await get(`/g/annotation?start_timestamp=${fmt(start)}&end_timestamp=${fmt(end)}`);
  for (const b of bookmarks) console.log([b.camera_id, b.timestamp, JSON.stringify(b.data)].join("\\t"));
})().catch((err) => {
  console.error(err);
  process.exit(1);
});
""", secret=draw(32, LOWER_ALNUM))

add("shell/ftp-password", "ops/nvr_ftp_upload_setup.sh", "https://www.hikvision.com/ (ISAPI /ISAPI/System/Network/ftp)", """
#!/bin/sh
# Point a Hikvision NVR's event snapshots at the ARC's FTP drop so operators see
# pre-alarm images. Run from the site jump host: ./nvr_ftp_upload_setup.sh <nvr-ip>
set -e
NVR="$1"
NVR_ADMIN_PASS=$(pass show sites/"$NVR"/admin)

cat > /tmp/ftp.xml <<XML
<?xml version="1.0" encoding="UTF-8"?>
<FTPNotificationList version="2.0" xmlns="http://www.isapi.org/ver20/XMLSchema">
  <FTPNotification>
    <id>1</id>
    <enabled>true</enabled>
    <addressingFormatType>hostname</addressingFormatType>
    <hostName>ftp-drop.nightjar-arc.net</hostName>
    <portNo>21</portNo>
    <userName>nvr_upload</userName>
    <password>@@secret@@</password>
    <uploadPicture>true</uploadPicture>
  </FTPNotification>
</FTPNotificationList>
XML

curl -s --digest -u "admin:$NVR_ADMIN_PASS" -X PUT -H "Content-Type: application/xml" \\
  --data-binary @/tmp/ftp.xml "http://$NVR/ISAPI/System/Network/ftp"
rm -f /tmp/ftp.xml
echo "FTP upload configured on $NVR"
""", secret=rand_pw(16))

add("xml/ftp-password", "isapi/templates/ftp-upload-lds.xml", "https://www.hikvision.com/ (ISAPI FTPNotification schema)", """
<?xml version="1.0" encoding="UTF-8"?>
<!-- ISAPI template pushed to every Leeds NVR by the provisioning job -->
<FTPNotificationList version="2.0" xmlns="http://www.isapi.org/ver20/XMLSchema">
  <FTPNotification>
    <id>1</id>
    <enabled>true</enabled>
    <useSSL>false</useSSL>
    <addressingFormatType>ipaddress</addressingFormatType>
    <ipAddress>
      <ipVersion>v4</ipVersion>
      <ipAddress>10.40.9.30</ipAddress>
    </ipAddress>
    <portNo>21</portNo>
    <userName>nvr_lds</userName>
    <password>@@secret@@</password>
    <passiveModeEnabled>true</passiveModeEnabled>
    <uploadPath>
      <pathDepth>2</pathDepth>
      <topDirNameRule>devicename</topDirNameRule>
      <subDirNameRule>cameraname</subDirNameRule>
    </uploadPath>
    <picArchivingInterval>0</picArchivingInterval>
    <uploadPicture>true</uploadPicture>
  </FTPNotification>
</FTPNotificationList>
""", secret=words_pw())

add("csharp/genetec-password", "VideoBridge/GenetecLogon.cs", "https://developer.genetec.com/ (Security Center SDK Engine.LogOn)", """
using System;
using Genetec.Sdk;

namespace Castellan.VideoBridge
{
    internal static class GenetecLogon
    {
        private const string Directory = "sc-dir01.castellan.local";
        private const string Username = "svc-videobridge";
        private const string Password = "@@secret@@";

        public static Engine Connect()
        {
            var engine = new Engine();
            engine.ClientCertificate = ClientCertificates.VideoBridge;
            var state = engine.LogOn(Directory, Username, Password);
            if (state != ConnectionStateCode.Success)
            {
                throw new InvalidOperationException($"Security Center logon failed: {state}");
            }
            Console.WriteLine($"Logged on to {Directory} as {Username}");
            return engine;
        }
    }
}
""", secret=words_pw())

_vk = draw(40)
add("k8s-secret/verkada-api-key", "deploy/k8s/verkada-sync-secret.yaml", "https://kubernetes.io/docs/concepts/configuration/secret/", """
apiVersion: v1
kind: Secret
metadata:
  name: verkada-sync
  namespace: video
  labels:
    app: verkada-sync
type: Opaque
data:
  VERKADA_REGION: @@region@@
  VERKADA_API_KEY: @@key@@
  SYNC_INTERVAL: @@interval@@
""", secret=_vk, region=b64("eu"), key=b64(_vk), interval=b64("300"))

add("rust/nvr-rtsp-password", "nvr-health/src/main.rs", "https://www.dahuasecurity.com/ (Dahua RTSP URL: /cam/realmonitor)", """
use std::time::Duration;

use retina::client::{Session, SessionOptions};
use url::Url;

const NVR_URL: &str = "rtsp://admin:@@secret@@@10.62.0.40:554/cam/realmonitor?channel=1&subtype=1";

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    let url = Url::parse(NVR_URL)?;
    let opts = SessionOptions::default().user_agent("nvr-health/0.3".into());
    let started = std::time::Instant::now();
    let session = tokio::time::timeout(Duration::from_secs(8), Session::describe(url, opts)).await??;
    println!(
        "ok streams={} latency_ms={}",
        session.streams().len(),
        started.elapsed().as_millis()
    );
    Ok(())
}
""", secret=rand_pw(12))

add("powershell/avigilon-password", "scripts/Set-AvigilonServiceAccount.ps1", "https://learn.microsoft.com/en-us/powershell/module/microsoft.powershell.security/convertto-securestring", """
<#
.SYNOPSIS
  Creates the credential object the ACC integration service uses to log in.
  Run once per Avigilon site server after an ACC upgrade.
#>
param(
    [string]$Server = "acc-site14.castellan.local"
)

$user = "castellan-integration"
$securePass = ConvertTo-SecureString "@@secret@@" -AsPlainText -Force
$cred = New-Object System.Management.Automation.PSCredential($user, $securePass)

$cred | Export-Clixml -Path "C:\\ProgramData\\Castellan\\acc-$Server.xml"
Restart-Service -Name "CastellanAccIntegration" -Force
Write-Host "Credential written and service restarted for $Server"
""", secret=words_pw())

_akid = fakes.aws_key_id(_seed())
add("terraform/aws-secret-key", "infra/video-archive/main.tf", "https://registry.terraform.io/providers/hashicorp/aws/latest/docs#provider-configuration", """
terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.40"
    }
  }
}

provider "aws" {
  region     = "eu-west-2"
  access_key = "@@akid@@"
  secret_key = "@@secret@@"
}

resource "aws_s3_bucket" "clip_archive" {
  bucket = "castellan-incident-clip-archive"
}

resource "aws_s3_bucket_lifecycle_configuration" "clip_archive" {
  bucket = aws_s3_bucket.clip_archive.id

  rule {
    id     = "glacier-after-90-days"
    status = "Enabled"
    transition {
      days          = 90
      storage_class = "GLACIER"
    }
    expiration {
      days = 2555
    }
  }
}
""", secret=fakes.aws_secret_key(_seed()), akid=_akid)

add("go/rhombus-api-key", "internal/rhombus/client.go", "https://apidocs.rhombussystems.com/reference/introduction (x-auth-apikey header)", """
package rhombus

import (
	"bytes"
	"encoding/json"
	"fmt"
	"net/http"
	"time"
)

const (
	baseURL = "https://api2.rhombussystems.com/api"
	apiKey  = "@@secret@@"
)

type Client struct{ http *http.Client }

func New() *Client { return &Client{http: &http.Client{Timeout: 15 * time.Second}} }

func (c *Client) post(path string, in, out any) error {
	body, _ := json.Marshal(in)
	req, _ := http.NewRequest(http.MethodPost, baseURL+path, bytes.NewReader(body))
	req.Header.Set("x-auth-scheme", "api-token")
	req.Header.Set("x-auth-apikey", apiKey)
	req.Header.Set("Content-Type", "application/json")
	resp, err := c.http.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return fmt.Errorf("rhombus %s: %s", path, resp.Status)
	}
	return json.NewDecoder(resp.Body).Decode(out)
}

func (c *Client) Cameras() (map[string]any, error) {
	var out map[string]any
	err := c.post("/camera/getMinimalCameraStateList", map[string]any{}, &out)
	return out, err
}
""", secret=draw(22, URLSAFE))

add("notebook/vms-password", "notebooks/camera_uptime.ipynb", "https://nbformat.readthedocs.io/en/latest/format_description.html", """
{
 "cells": [
  {
   "cell_type": "markdown",
   "metadata": {},
   "source": ["# Camera uptime, Q1\\n", "Pulls device status history from the Nx Witness server for the quarterly SLA report."]
  },
  {
   "cell_type": "code",
   "execution_count": 3,
   "metadata": {},
   "outputs": [],
   "source": [
    "import requests\\n",
    "import pandas as pd\\n",
    "\\n",
    "NX = 'https://nx-vms01.castellan.local:7001'\\n",
    "s = requests.Session()\\n",
    "s.verify = False\\n",
    "r = s.post(f'{NX}/rest/v2/login/sessions', json={'username': 'report', 'password': '@@secret@@'})\\n",
    "s.headers['Authorization'] = 'Bearer ' + r.json()['token']"
   ]
  },
  {
   "cell_type": "code",
   "execution_count": 4,
   "metadata": {},
   "outputs": [],
   "source": [
    "devices = pd.DataFrame(s.get(f'{NX}/rest/v2/devices').json())\\n",
    "devices[['name', 'status', 'model']].groupby('status').count()"
   ]
  }
 ],
 "metadata": {
  "kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"},
  "language_info": {"name": "python", "version": "3.11.8"}
 },
 "nbformat": 4,
 "nbformat_minor": 5
}
""", secret=words_pw())

add("php/camera-password", "portal/lib/CameraProxy.php", "https://www.php.net/manual/en/function.curl-setopt.php (CURLOPT_HTTPAUTH / CURLOPT_USERPWD)", """
<?php
// Proxies a single snapshot from a Dahua NVR channel to a logged-in portal client.
declare(strict_types=1);

namespace Castellan\\Portal;

final class CameraProxy
{
    private const NVR_USER = 'portal_view';
    private const NVR_PASS = '@@secret@@';

    public function snapshot(string $nvrHost, int $channel): string
    {
        $url = sprintf('http://%s/cgi-bin/snapshot.cgi?channel=%d', $nvrHost, $channel);
        $ch = curl_init($url);
        curl_setopt_array($ch, [
            CURLOPT_RETURNTRANSFER => true,
            CURLOPT_HTTPAUTH => CURLAUTH_DIGEST,
            CURLOPT_USERPWD => self::NVR_USER . ':' . self::NVR_PASS,
            CURLOPT_TIMEOUT => 8,
        ]);
        $jpeg = curl_exec($ch);
        $status = curl_getinfo($ch, CURLINFO_HTTP_CODE);
        curl_close($ch);
        if ($jpeg === false || $status !== 200) {
            throw new \\RuntimeException("snapshot failed: HTTP $status");
        }
        return $jpeg;
    }
}
""", secret=rand_pw(15))

add("properties/onvif-password", "nvr-gateway/src/main/resources/application.properties", "https://docs.spring.io/spring-boot/reference/features/external-config.html", """
spring.application.name=nvr-gateway
server.port=8089

# ONVIF event subscription to site NVRs
onvif.discovery.enabled=false
onvif.devices=10.63.0.10,10.63.0.11,10.63.0.12
onvif.username=onvif_events
onvif.password=@@secret@@
onvif.subscription.ttl=PT10M
onvif.topics=tns1:RuleEngine/CellMotionDetector/Motion,tns1:VideoSource/MotionAlarm

alarm-router.url=http://alarm-router:8080/hooks/onvif
management.endpoints.web.exposure.include=health,info,prometheus
""", secret=words_pw())

add("ansible/nvr-admin-password", "ansible/roles/nvr/vars/main.yml", "https://docs.ansible.com/ansible/latest/playbook_guide/playbooks_variables.html", """
---
# Variables for the nvr role (Hikvision DS-7716NI series)
nvr_http_port: 80
nvr_rtsp_port: 554
nvr_ntp_server: ntp.castellan.local
nvr_timezone: "CST+0:00:00"
nvr_admin_user: admin
nvr_admin_password: "@@secret@@"
nvr_operator_user: castellan_ops
nvr_disable_hik_connect: true
nvr_disable_upnp: true
nvr_recording_days: 31
nvr_event_ftp_host: ftp-drop.nightjar-arc.net
""", secret=words_pw())

# ---- CCTV decoys

add("yaml/decoy-env-reference", "frigate/config.example.yml", "https://docs.frigate.video/configuration/reference (environment variable substitution)", """
mqtt:
  host: mqtt.local
  user: frigate
  password: "{FRIGATE_MQTT_PASSWORD}"

cameras:
  front_gate:
    ffmpeg:
      inputs:
        - path: rtsp://{FRIGATE_RTSP_USER}:{FRIGATE_RTSP_PASSWORD}@192.168.1.64:554/Streaming/Channels/101
          roles: [record]
        - path: rtsp://{FRIGATE_RTSP_USER}:{FRIGATE_RTSP_PASSWORD}@192.168.1.64:554/Streaming/Channels/102
          roles: [detect]
    detect:
      width: 640
      height: 360
""")

_ws = [uuid_s() for _ in range(4)]
add("python/decoy-uuid", "vms/onvif_discovery.py", "https://www.onvif.org/specs/core/ONVIF-Core-Specification.pdf (WS-Discovery endpoint references)", r'''
"""Parse WS-Discovery ProbeMatches captured on site surveys into the camera register."""
import re
import xml.etree.ElementTree as ET

NS = {"d": "http://schemas.xmlsoap.org/ws/2005/04/discovery", "a": "http://schemas.xmlsoap.org/ws/2004/08/addressing"}
URN_UUID = re.compile(r"urn:uuid:([0-9a-f-]{36})")

# Endpoint references seen at Kirkstall Depot survey, 2024-02-07
KNOWN = {
    "urn:uuid:@@u0@@": "north fence PTZ",
    "urn:uuid:@@u1@@": "south fence bullet",
    "urn:uuid:@@u2@@": "gatehouse dome",
    "urn:uuid:@@u3@@": "yard ANPR",
}


def endpoints(probe_matches_xml: str):
    root = ET.fromstring(probe_matches_xml)
    for match in root.iter("{http://schemas.xmlsoap.org/ws/2005/04/discovery}ProbeMatch"):
        ref = match.find("a:EndpointReference/a:Address", NS).text
        xaddrs = match.find("d:XAddrs", NS).text.split()
        yield ref, KNOWN.get(ref, "unregistered"), xaddrs
''', u0=_ws[0], u1=_ws[1], u2=_ws[2], u3=_ws[3])

_cam_rows = "\n".join(
    f"{name},{model},{mac()},{serial},{fw},{ip}"
    for name, model, serial, fw, ip in [
        ("KD-N-PTZ01", "Hikvision DS-2DE4A425IWG-E", "DS-2DE4A425IWG-E20231109AAWR" + digits(9), "V5.7.12", "10.61.4.11"),
        ("KD-S-BUL02", "Hikvision DS-2CD2T47G2-L", "DS-2CD2T47G2-L20230522AAWR" + digits(9), "V5.7.15", "10.61.4.12"),
        ("KD-G-DOM03", "Axis P3265-LVE", "B8A44F" + hexs(6, upper=True), "11.8.64", "10.61.4.13"),
        ("KD-Y-ANPR04", "Hikvision iDS-TCM403-GIR", "iDS-TCM403-GIR20230130CCWR" + digits(9), "V5.6.3", "10.61.4.14"),
        ("KD-NVR01", "Hikvision DS-7716NXI-I4/16P", "DS-7716NXI-I41620230818CCRR" + digits(9), "V4.71.010", "10.61.4.2"),
    ]
)
add("csv/decoy-device-inventory", "inventory/kirkstall-depot-cameras.csv", "https://www.hikvision.com/ (device serial numbers) / IEEE 802 MAC addresses", """
name,model,mac,serial,firmware,ip
@@rows@@
""", rows=_cam_rows)

add("json/decoy-sample-payload", "verkada/webhook-sample.json", "https://apidocs.verkada.com/reference/webhooks-overview", """
{
  "org_id": "@@org@@",
  "webhook_type": "notification",
  "created_at": 1714633846,
  "webhook_id": "@@wh@@",
  "data": {
    "camera_id": "@@cam@@",
    "notification_type": "person_of_interest",
    "created": 1714633845,
    "image_url": "https://vsubmit.command.verkada.com/library/thumbnail/example.jpg",
    "video_url": "https://command.verkada.com/cameras/@@cam@@/history/1714633845000",
    "objects": [{"type": "person", "confidence": 0.94}]
  }
}
""", org=uuid_s(), wh=uuid_s(), cam=uuid_s())

add("markdown/decoy-placeholder", "docs/cctv/rtsp-url-formats.md", "https://www.ispyconnect.com/cameras (RTSP URL formats per vendor)", """
# RTSP URL formats we meet on site

Use the site's NVR or camera credentials from the password manager entry *Site / <site code> / NVR*.
Never paste real credentials into tickets or this page.

| Vendor    | Main stream                                                                   | Sub stream                                   |
|-----------|-------------------------------------------------------------------------------|----------------------------------------------|
| Hikvision | `rtsp://<user>:<password>@<ip>:554/Streaming/Channels/101`                     | `.../Streaming/Channels/102`                 |
| Dahua     | `rtsp://<user>:<password>@<ip>:554/cam/realmonitor?channel=1&subtype=0`        | `...&subtype=1`                              |
| Axis      | `rtsp://<user>:<password>@<ip>/axis-media/media.amp`                           | `...?resolution=640x360`                     |
| Hanwha    | `rtsp://<user>:<password>@<ip>:554/profile2/media.smp`                         | `.../profile3/media.smp`                     |
| Uniview   | `rtsp://<user>:<password>@<ip>:554/unicast/c1/s0/live`                         | `.../unicast/c1/s1/live`                     |

Test with `ffprobe -rtsp_transport tcp "rtsp://..."` from the site jump host, not from a laptop on guest Wi-Fi.
""")

add("k8s/decoy-secret-ref", "deploy/k8s/nvr-bridge-deployment.yaml", "https://kubernetes.io/docs/tasks/inject-data-application/distribute-credentials-secure/", """
apiVersion: apps/v1
kind: Deployment
metadata:
  name: nvr-bridge
  namespace: video
spec:
  replicas: 2
  selector:
    matchLabels:
      app: nvr-bridge
  template:
    metadata:
      labels:
        app: nvr-bridge
    spec:
      containers:
        - name: nvr-bridge
          image: registry.castellan-sg.co.uk/video/nvr-bridge:2.4.0
          ports:
            - containerPort: 8443
          env:
            - name: MILESTONE_SERVER
              value: https://xprotect-ms01.castellan.local
            - name: MILESTONE_USER
              valueFrom:
                secretKeyRef:
                  name: milestone-credentials
                  key: username
            - name: MILESTONE_PASSWORD
              valueFrom:
                secretKeyRef:
                  name: milestone-credentials
                  key: password
          readinessProbe:
            httpGet:
              path: /healthz
              port: 8443
              scheme: HTTPS
""")

add("log/decoy-redacted", "logs/vms-audit-2024-04.log", "https://owasp.org/www-project-cheat-sheets/cheatsheets/Logging_Cheat_Sheet.html", """
2024-04-09 07:58:12 INFO  auth  login ok user=j.okafor client=SmartClient 24.1 ip=10.70.3.41
2024-04-09 08:02:44 WARN  auth  login failed user=admin client=WebClient ip=10.70.9.200 reason=bad_password password=********
2024-04-09 08:02:51 WARN  auth  login failed user=admin client=WebClient ip=10.70.9.200 reason=bad_password password=********
2024-04-09 08:03:02 WARN  auth  account locked user=admin for=15m
2024-04-09 08:15:37 INFO  api   token issued user=svc_nvrbridge token=[REDACTED] expires_in=3600
2024-04-09 09:41:09 INFO  export clip camera=KD-G-DOM03 from=2024-04-08T22:10:00 to=2024-04-08T22:25:00 user=j.okafor case=INC-20931
2024-04-09 09:41:10 INFO  export signed sha256=@@h@@
2024-04-09 11:20:55 INFO  auth  logout user=j.okafor
""", h=sha256ish())

add("shell/decoy-generated-at-runtime", "ops/rotate_camera_passwords.sh", "https://www.openssl.org/docs/manmaster/man1/openssl-rand.html", """
#!/usr/bin/env bash
# Rotates the admin password of every camera at a site and stores the new one in pass(1).
# usage: rotate_camera_passwords.sh <site-code>
set -euo pipefail
SITE="${1:?site code}"

while read -r cam ip; do
  old=$(pass show "sites/$SITE/cameras/$cam")
  new=$(openssl rand -base64 18 | tr -d '/+=' | cut -c1-16)
  curl -sf --digest -u "admin:$old" -X PUT -H 'Content-Type: application/xml' \\
    --data "<User><id>1</id><userName>admin</userName><password>$new</password></User>" \\
    "http://$ip/ISAPI/Security/users/1" >/dev/null
  printf '%s\\n' "$new" | pass insert -m -f "sites/$SITE/cameras/$cam" >/dev/null
  echo "rotated $cam"
done < "inventory/$SITE-cameras.txt"
""")

add("go/decoy-rfc-example", "internal/isapi/digest_test.go", "https://datatracker.ietf.org/doc/html/rfc2617#section-3.5", """
package isapi

import "testing"

// The worked example from RFC 2617 section 3.5 (user "Mufasa", realm "testrealm@host.com").
func TestDigestResponseMatchesRFC2617(t *testing.T) {
	c := digestChallenge{
		Realm:  "testrealm@host.com",
		Nonce:  "dcd98b7102dd2f0e8b11d0f600bfb0c093",
		Opaque: "5ccc069c403ebaf9f0171e9517f40e41",
		QOP:    "auth",
	}
	got := c.response("Mufasa", "Circle Of Life", "GET", "/dir/index.html", "0a4f113b", 1)
	want := "6629fae49393a05397450978507c4ef1"
	if got != want {
		t.Fatalf("digest response = %s, want %s", got, want)
	}
}
""")

# ================================================================ access control

add("python/gallagher-api-key", "access/gallagher_sync.py", "https://gallaghersecurity.github.io/cc-rest-docs/ref/index.html (Authorization: GGL-API-KEY)", r'''
"""Nightly: disable Command Centre cardholders whose SIA licence has lapsed (from the HR export)."""
import csv
import sys

import requests

CC_URL = "https://cc-server.castellan.local:8904/api"
HEADERS = {
    "Authorization": "GGL-API-KEY @@secret@@",
    "Content-Type": "application/json",
}
CLIENT_CERT = ("/etc/castellan/cc-client.crt", "/etc/castellan/cc-client.key")


def cardholder_by_pdf(employee_no: str):
    resp = requests.get(f"{CC_URL}/cardholders", headers=HEADERS, cert=CLIENT_CERT,
                        params={"pdf_Employee No": employee_no, "fields": "id,firstName,lastName,authorised"}, timeout=20)
    resp.raise_for_status()
    results = resp.json().get("results", [])
    return results[0] if results else None


def deauthorise(cardholder_id: str) -> None:
    resp = requests.patch(f"{CC_URL}/cardholders/{cardholder_id}", headers=HEADERS, cert=CLIENT_CERT,
                          json={"authorised": False}, timeout=20)
    resp.raise_for_status()


if __name__ == "__main__":
    with open(sys.argv[1], newline="") as fh:
        for row in csv.DictReader(fh):
            if row["sia_status"] != "active":
                ch = cardholder_by_pdf(row["employee_no"])
                if ch and ch["authorised"]:
                    deauthorise(ch["id"])
                    print("deauthorised", row["employee_no"])
''', secret=gallagher_key())

add("json/net2-operator-password", "Net2Bridge/appsettings.Production.json", "https://www.paxton-access.com/ (Net2 Local API: token with client_id, username, password)", """
{
  "Logging": {
    "LogLevel": { "Default": "Information", "Microsoft.AspNetCore": "Warning" }
  },
  "Net2": {
    "BaseUrl": "https://net2-srv01.castellan.local:8443/api/v1",
    "ClientId": "@@cid@@",
    "Username": "Integration Operator",
    "Password": "@@secret@@",
    "GrantType": "password",
    "TokenRefreshMinutes": 25
  },
  "Bridge": {
    "PollSeconds": 10,
    "ForwardEventsTo": "https://dispatch.nightjar.local/api/v2/access-events",
    "DoorForcedEventIds": [ 28, 29 ]
  }
}
""", secret=words_pw(), cid=uuid_s())

add("ruby/brivo-client-secret", "lib/brivo/client.rb", "https://apidocs.brivo.com/ (OAuth client credentials plus api-key header)", """
# frozen_string_literal: true

require "faraday"
require "json"

module Brivo
  # Thin client for the Brivo Access API used by the client portal's door-event feed.
  class Client
    AUTH_URL = "https://auth.brivo.com/oauth/token"
    API_URL = "https://api.brivo.com/v1/api"
    CLIENT_ID = "@@cid@@"
    CLIENT_SECRET = "@@secret@@"

    def initialize(api_key:, refresh_token:)
      @api_key = api_key
      @refresh_token = refresh_token
    end

    def access_token
      resp = Faraday.post(AUTH_URL) do |req|
        req.headers["api-key"] = @api_key
        req.headers["Authorization"] = "Basic " + ["#{CLIENT_ID}:#{CLIENT_SECRET}"].pack("m0")
        req.body = URI.encode_www_form(grant_type: "refresh_token", refresh_token: @refresh_token)
      end
      raise "brivo auth failed: #{resp.status}" unless resp.success?

      JSON.parse(resp.body).fetch("access_token")
    end

    def events(site_id, since)
      conn = Faraday.new(API_URL, headers: { "api-key" => @api_key, "Authorization" => "bearer #{access_token}" })
      JSON.parse(conn.get("events", filter: "site_id__eq:#{site_id};occurred__gt:#{since}").body)
    end
  end
end
""", secret=draw(32), cid=uuid_s())

add("kotlin/kisi-api-key", "door-app/src/main/java/uk/castellan/doors/KisiService.kt", "https://api.kisi.io/docs (Authorization: KISI-LOGIN <api key>)", """
package uk.castellan.doors

import okhttp3.OkHttpClient
import okhttp3.Request
import okhttp3.RequestBody.Companion.toRequestBody

object KisiService {
    private const val BASE = "https://api.kisi.io"
    private const val API_KEY = "@@secret@@"
    private val client = OkHttpClient()

    private fun request(path: String) = Request.Builder()
        .url(BASE + path)
        .header("Authorization", "KISI-LOGIN $API_KEY")
        .header("Accept", "application/json")

    fun unlock(lockId: Long): Boolean {
        val req = request("/locks/$lockId/unlock").post("{}".toRequestBody()).build()
        client.newCall(req).execute().use { return it.isSuccessful }
    }

    fun locks(placeId: Long): String {
        val req = request("/locks?place_id=$placeId").get().build()
        client.newCall(req).execute().use { return it.body?.string().orEmpty() }
    }
}
""", secret=hexs(32))

add("env/lenel-password", "access-bridge/.env.production", "https://www.lenels2.com/ (OnGuard OpenAccess: Application-Id header, directory login)", """
# access-bridge: OnGuard -> ARC alarm forwarding (Castellan head office)
NODE_ENV=production
OPENACCESS_URL=https://onguard01.castellan.local:8080/api/access/onguard/openaccess
OPENACCESS_APPLICATION_ID=@@appid@@
OPENACCESS_DIRECTORY=id-1
OPENACCESS_USER=sa_openaccess
OPENACCESS_PASSWORD=@@secret@@
FORWARD_EVENT_TYPES=4,5,28
ARC_WEBHOOK=https://dispatch.nightjar.local/api/v2/access-events
""", secret=words_pw(), appid="CASTELLAN_ACCESS_BRIDGE")

add("swift/salto-client-secret", "SiteKeys/Sources/Config/SaltoConfig.swift", "https://developer.saltosystems.com/ (Salto KS Connect API: OAuth client credentials)", """
import Foundation

/// Salto KS credentials for the key-holding app used by mobile patrol officers.
enum SaltoConfig {
    static let identityURL = URL(string: "https://clp-accept-identityserver.saltoks.com/connect/token")!
    static let apiURL = URL(string: "https://clp-accept-user.my-clay.com/v1.1")!
    static let clientID = "castellan-sitekeys-ios"
    static let clientSecret = "@@secret@@"
    static let scope = "user_api.full_access offline_access"

    static func tokenRequest(username: String, password: String) -> URLRequest {
        var request = URLRequest(url: identityURL)
        request.httpMethod = "POST"
        request.setValue("application/x-www-form-urlencoded", forHTTPHeaderField: "Content-Type")
        let body = [
            "grant_type": "password",
            "client_id": clientID,
            "client_secret": clientSecret,
            "username": username,
            "password": password,
            "scope": scope,
        ]
        request.httpBody = body.map { "\\($0.key)=\\($0.value.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "")" }
            .joined(separator: "&").data(using: .utf8)
        return request
    }
}
""", secret=draw(40, URLSAFE))

add("yaml/unifi-access-token", "home-assistant/secrets.yaml", "https://www.home-assistant.io/docs/configuration/secrets/", """
# Home Assistant secrets, head office building automation (reception doors, roller shutter)
# Used by configuration.yaml via !secret
unifi_access_host: 10.20.0.15
unifi_access_api_token: "@@secret@@"
shutter_relay_ip: 10.20.0.40
latitude_home: 53.8008
longitude_home: -1.5491
""", secret=draw(22, URLSAFE) + draw(10, URLSAFE))

add("ini/ldap-bind-password", "it/sssd/sssd.conf", "https://man.archlinux.org/man/sssd-ldap.5 (ldap_default_authtok)", """
[sssd]
config_file_version = 2
services = nss, pam, ssh
domains = castellan.local

[domain/castellan.local]
id_provider = ldap
auth_provider = ldap
ldap_uri = ldaps://dc01.castellan.local, ldaps://dc02.castellan.local
ldap_search_base = dc=castellan,dc=local
ldap_default_bind_dn = CN=svc_linux_bind,OU=Service Accounts,DC=castellan,DC=local
ldap_default_authtok_type = password
ldap_default_authtok = @@secret@@
ldap_tls_reqcert = demand
ldap_tls_cacert = /etc/pki/ca-trust/source/anchors/castellan-root.pem
ldap_schema = ad
ldap_access_filter = memberOf=CN=Linux-ARC-Servers,OU=Groups,DC=castellan,DC=local
cache_credentials = true
""", secret=words_pw())

# ---- access control decoys

_card_rows = "\n".join(
    f"{emp},{name},{fac},{card},{fmt},{status},{valid}"
    for emp, name, fac, card, fmt, status, valid in [
        ("C0142", "A. Mensah", "113", digits(5), "H10301 26-bit", "active", "2025-06-30"),
        ("C0157", "R. Dunleavy", "113", digits(5), "H10301 26-bit", "active", "2025-01-31"),
        ("C0160", "S. Kowalczyk", "113", digits(5), "H10301 26-bit", "suspended", "2024-07-31"),
        ("C0188", "T. Barraclough", "207", digits(10), "MIFARE DESFire EV2 CSN", "active", "2026-02-28"),
        ("C0191", "P. Adeyemi", "207", digits(10), "MIFARE DESFire EV2 CSN", "active", "2026-02-28"),
        ("C0203", "L. Hussain", "207", digits(10), "MIFARE DESFire EV2 CSN", "lost", "2026-02-28"),
    ]
)
add("csv/decoy-card-numbers", "exports/cardholders_2024-05.csv", "https://www.hidglobal.com/ (H10301 26-bit Wiegand format: facility code and card number)", """
employee_no,name,facility_code,card_number,format,status,valid_until
@@rows@@
""", rows=_card_rows)

add("python/decoy-bitmask-constants", "access/wiegand.py", "https://www.hidglobal.com/ (H10301 26-bit format layout)", r'''
"""Decode 26-bit and 34-bit Wiegand frames captured by the reader tap."""

MASK_26_EVEN = 0x3FFE000   # bits 1-12 covered by the leading even parity bit
MASK_26_ODD = 0x0001FFE    # bits 13-24 covered by the trailing odd parity bit
MASK_34_EVEN = 0x1FFFE0000
MASK_34_ODD = 0x00001FFFE
FACILITY_26 = 0x1FE0000
CARD_26 = 0x001FFFE


def _parity(value: int) -> int:
    return bin(value).count("1") & 1


def decode26(frame: int) -> tuple:
    if _parity(frame & MASK_26_EVEN) != 0 or _parity(frame & MASK_26_ODD) != 1:
        raise ValueError(f"bad parity: {frame:#09x}")
    return (frame & FACILITY_26) >> 17, (frame & CARD_26) >> 1


def decode34(frame: int) -> tuple:
    if _parity(frame & MASK_34_EVEN) != 0 or _parity(frame & MASK_34_ODD) != 1:
        raise ValueError(f"bad parity: {frame:#011x}")
    return (frame >> 17) & 0xFFFF, (frame >> 1) & 0xFFFF
''')

add("yaml/decoy-env-reference", "access-bridge/config.yaml", "https://gallaghersecurity.github.io/cc-rest-docs/ref/index.html", """
# access-bridge configuration; secrets come from the service environment (systemd credentials)
commandCentre:
  url: https://cc-server.castellan.local:8904/api
  apiKey: ${GALLAGHER_API_KEY}
  clientCertificate: /etc/castellan/cc-client.crt
  clientKey: /etc/castellan/cc-client.key
  pollIntervalSeconds: 5
forwarding:
  arcWebhook: https://dispatch.nightjar.local/api/v2/access-events
  bearerToken: ${ARC_WEBHOOK_TOKEN}
  eventTypes:
    - door-forced-open
    - door-held-open
    - duress
""")

add("markdown/decoy-prose", "docs/access/cardholder-onboarding.md", "https://www.sia.org.uk/ (BS 7858 screening before access is granted)", """
# Onboarding a cardholder (head office and client sites)

1. HR confirms BS 7858 screening is complete and the SIA licence is active.
2. Create the cardholder in Command Centre under *Castellan Staff* with the employee number as the PDF value.
3. Issue a DESFire EV2 card from the enrolment desk. Record the card number, not the CSN, in the HR system.
4. Add the access groups for the officer's assigned sites. Client sites need the client's written approval
   attached to the ticket.
5. The officer sets their own reader PIN at the enrolment reader. Staff must never ask for, write down or
   store a PIN or a password; if one is shared by mistake, reset it the same day.
6. Confirm with a test badge at the enrolment reader and close the ticket.

Lost cards: mark the card *lost* (not deleted) so the audit trail keeps the history.
""")

add("json/decoy-empty-value", "Net2Bridge/appsettings.Development.json", "https://learn.microsoft.com/en-us/aspnet/core/security/app-secrets", """
{
  "Logging": {
    "LogLevel": { "Default": "Debug" }
  },
  "Net2": {
    "BaseUrl": "https://localhost:8443/api/v1",
    "ClientId": "@@cid@@",
    "Username": "System engineer",
    "Password": "",
    "GrantType": "password"
  },
  "Bridge": {
    "PollSeconds": 30,
    "ForwardEventsTo": "http://localhost:5080/api/v2/access-events"
  }
}
""", cid=uuid_s())

_sched = [uuid_s() for _ in range(3)]
add("json/decoy-uuid", "access/door-schedules.json", "https://gallaghersecurity.github.io/cc-rest-docs/ref/schedules.html", """
{
  "site": "Castellan Head Office",
  "schedules": [
    {"id": "@@s0@@", "name": "Office hours", "days": ["mon", "tue", "wed", "thu", "fri"], "from": "07:30", "to": "18:30"},
    {"id": "@@s1@@", "name": "Control room 24/7", "days": ["mon", "tue", "wed", "thu", "fri", "sat", "sun"], "from": "00:00", "to": "24:00"},
    {"id": "@@s2@@", "name": "Cleaners", "days": ["mon", "wed", "fri"], "from": "18:00", "to": "21:00"}
  ],
  "doors": [
    {"name": "Reception", "schedule": "@@s0@@", "unlockDuringSchedule": true},
    {"name": "Control room", "schedule": "@@s1@@", "unlockDuringSchedule": false, "twoPersonRule": true},
    {"name": "Stores", "schedule": "@@s2@@", "unlockDuringSchedule": false}
  ]
}
""", s0=_sched[0], s1=_sched[1], s2=_sched[2])

# ================================================================ guard tour, NFC checkpoints, patrol apps

add("kotlin/tracktik-client-secret", "patrol-app/app/src/main/java/uk/castellan/patrol/api/ApiConfig.kt", "https://support.tracktik.com/ (TrackTik REST API OAuth2 client credentials)", """
package uk.castellan.patrol.api

object ApiConfig {
    const val TRACKTIK_BASE_URL = "https://castellan.staffr.com/rest/v1/"
    const val TRACKTIK_TOKEN_URL = "https://castellan.staffr.com/rest/oauth2/access_token"
    const val TRACKTIK_CLIENT_ID = "@@cid@@"
    const val TRACKTIK_CLIENT_SECRET = "@@secret@@"

    const val CHECKPOINT_SYNC_MINUTES = 5L
    const val TOUR_LATE_GRACE_MINUTES = 10L
    const val MAX_OFFLINE_SCANS = 500
}
""", secret=draw(40), cid=hexs(32))

add("swift/silvertrac-api-key", "PatrolApp/Sources/Networking/SilvertracClient.swift", "https://www.silvertracsoftware.com/ (Silvertrac API key header)", """
import Foundation

struct CheckpointScan: Codable {
    let checkpointID: String
    let officerID: String
    let scannedAt: Date
    let latitude: Double
    let longitude: Double
}

final class SilvertracClient {
    private let baseURL = URL(string: "https://api.silvertracsoftware.com/v2")!
    private let apiKey = "@@secret@@"
    private let session = URLSession(configuration: .default)

    func submit(_ scan: CheckpointScan) async throws {
        var request = URLRequest(url: baseURL.appendingPathComponent("checkpoints/scans"))
        request.httpMethod = "POST"
        request.setValue("application/json", forHTTPHeaderField: "Content-Type")
        request.setValue(apiKey, forHTTPHeaderField: "X-API-KEY")
        let encoder = JSONEncoder()
        encoder.dateEncodingStrategy = .iso8601
        request.httpBody = try encoder.encode(scan)
        let (_, response) = try await session.data(for: request)
        guard (response as? HTTPURLResponse)?.statusCode == 201 else {
            throw URLError(.badServerResponse)
        }
    }
}
""", secret=draw(36))

add("typescript/qr-patrol-api-key", "patrol-sync/src/qrpatrol.ts", "https://www.qrpatrol.com/ (QR-Patrol web service API token)", """
import axios from "axios";

const client = axios.create({
  baseURL: "https://api.qrpatrol.com/v2",
  timeout: 15000,
  headers: {
    Authorization: "Token @@secret@@",
    Accept: "application/json",
  },
});

export interface PatrolEvent {
  id: number;
  guard: string;
  checkpoint: string;
  site: string;
  scannedAt: string;
}

export async function eventsSince(isoTime: string): Promise<PatrolEvent[]> {
  const res = await client.get("/events", { params: { from: isoTime, type: "checkpoint" } });
  return res.data.items.map((e: any) => ({
    id: e.id,
    guard: e.guard_name,
    checkpoint: e.checkpoint_name,
    site: e.site_name,
    scannedAt: e.datetime,
  }));
}
""", secret=hexs(40))

add("python/mssql-password", "tour_exports/guard1_import.py", "https://github.com/mkleehammer/pyodbc/wiki/Connecting-to-SQL-Server-from-Windows", r'''
"""Import Guard1 Plus tour data (SQL Server) into the Castellan reporting warehouse."""
import pyodbc
import psycopg2.extras

GUARD1 = (
    "DRIVER={ODBC Driver 18 for SQL Server};"
    "SERVER=GUARD1SQL01\\GUARD1;DATABASE=Guard1Plus;"
    "UID=rpt_reader;PWD=@@secret@@;"
    "Encrypt=yes;TrustServerCertificate=yes"
)

QUERY = """
SELECT h.HitID, h.HitTime, c.CheckpointName, o.OfficerName, s.SiteName
FROM Hits h
JOIN Checkpoints c ON c.CheckpointID = h.CheckpointID
JOIN Officers o ON o.OfficerID = h.OfficerID
JOIN Sites s ON s.SiteID = c.SiteID
WHERE h.HitTime >= DATEADD(day, -1, GETDATE())
"""


def run(warehouse_dsn: str) -> int:
    with pyodbc.connect(GUARD1) as src, psycopg2.connect(warehouse_dsn) as dst:
        rows = src.cursor().execute(QUERY).fetchall()
        with dst.cursor() as cur:
            psycopg2.extras.execute_values(
                cur, "INSERT INTO tour_hits (hit_id, hit_time, checkpoint, officer, site) VALUES %s "
                     "ON CONFLICT (hit_id) DO NOTHING", [tuple(r) for r in rows])
    return len(rows)
''', secret=words_pw())

add("properties/keystore-password", "patrol-app/keystore.properties", "https://developer.android.com/build/building-cmdline#sign_cmdline", """
# Release signing for the Castellan Patrol Android app
storeFile=../signing/castellan-patrol-release.jks
storePassword=@@secret@@
keyAlias=castellan-patrol
keyPassword=@@secret@@
""", secret=rand_pw(20))

_p8 = p8_ec_key()
add("ruby/app-store-connect-key", "PatrolApp/fastlane/Fastfile", "https://docs.fastlane.tools/actions/app_store_connect_api_key/", """
default_platform(:ios)

platform :ios do
  desc "Build and upload the patrol app to TestFlight"
  lane :beta do
    api_key = app_store_connect_api_key(
      key_id: "@@kid@@",
      issuer_id: "@@iss@@",
      key_content: <<~P8,
        @@key@@
      P8
      duration: 1200,
      in_house: false
    )
    increment_build_number(xcodeproj: "PatrolApp.xcodeproj")
    build_app(scheme: "PatrolApp", export_method: "app-store")
    upload_to_testflight(api_key: api_key, skip_waiting_for_build_processing: true)
  end
end
""", secret=_p8, key=_p8.replace("\n", "\n        "), kid=draw(10, UPPER_ALNUM), iss=uuid_s())

add("github-actions/sentry-auth-token", ".github/workflows/patrol-app-release.yml", "https://docs.sentry.io/account/auth-tokens/", """
name: patrol-app release

on:
  push:
    tags: ["patrol-v*"]

jobs:
  android:
    runs-on: ubuntu-latest
    env:
      SENTRY_ORG: castellan-security
      SENTRY_PROJECT: patrol-android
      SENTRY_AUTH_TOKEN: @@secret@@
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-java@v4
        with:
          distribution: temurin
          java-version: "17"
      - name: Build release bundle
        run: ./gradlew :app:bundleRelease
        working-directory: patrol-app
      - name: Upload mapping file to Sentry
        run: |
          curl -sL https://sentry.io/get-cli/ | bash
          sentry-cli upload-proguard --uuid "$(cat app/build/outputs/mapping/release/uuid.txt)" \\
            app/build/outputs/mapping/release/mapping.txt
        working-directory: patrol-app
""", secret="sntrys_" + b64url(json.dumps({"iat": 1712145600.1, "url": "https://sentry.io", "region_url": "https://de.sentry.io", "org": "castellan-security"}, separators=(",", ":")).encode()) + "_" + draw(43, URLSAFE))

add("python/desfire-master-key", "nfc/checkpoint_writer.py", "https://www.nxp.com/docs/en/application-note/AN12343.pdf (MIFARE DESFire EV2 AES application keys)", r'''
"""Encode DESFire EV2 checkpoint tags: create the patrol application and write the checkpoint record.

Run on the enrolment laptop with an ACR1252U reader attached.
"""
from smartcard.System import readers

from nfc_tools.desfire import DESFire, AES_KEY

PATROL_AID = bytes.fromhex("F0C511")
# Application master key for the patrol app on every Castellan checkpoint tag
APP_MASTER_KEY = AES_KEY(bytes.fromhex("@@secret@@"))
FILE_CHECKPOINT = 0x01


def encode(site_code: str, checkpoint_no: int) -> str:
    conn = readers()[0].createConnection()
    conn.connect()
    card = DESFire(conn)
    uid = card.get_uid().hex().upper()
    card.select_application(PATROL_AID)
    card.authenticate(0x00, APP_MASTER_KEY)
    record = f"{site_code}:{checkpoint_no:04d}".encode("ascii").ljust(32, b"\x00")
    card.write_data(FILE_CHECKPOINT, 0, record)
    return uid


if __name__ == "__main__":
    import sys
    print(encode(sys.argv[1], int(sys.argv[2])))
''', secret=hexs(32, upper=True))

add("yaml/ntag-password", "nfc/ntag-provisioning.yaml", "https://www.nxp.com/docs/en/data-sheet/NTAG213_215_216.pdf (PWD / PACK password protection)", """
# NTAG215 checkpoint stickers: write-protect settings used by the provisioning tool
tag_type: NTAG215
ndef:
  record_type: U
  uri_prefix: "https://patrol.castellan-sg.co.uk/c/"
protection:
  enabled: true
  auth0: 0x04          # protect from page 4 onwards
  prot: write_only     # reads stay open so any phone can scan
  pwd: "@@secret@@"
  pack: "@@pack@@"
  authlim: 7
""", secret=hexs(8, upper=True), pack=hexs(4, upper=True))

add("properties/mapbox-secret-token", "patrol-app/android/gradle.properties", "https://docs.mapbox.com/android/maps/guides/install/#configure-credentials", """
org.gradle.jvmargs=-Xmx4g -Dfile.encoding=UTF-8
android.useAndroidX=true
android.nonTransitiveRClass=true
kotlin.code.style=official
# Mapbox SDK download token (DOWNLOADS:READ scope)
MAPBOX_DOWNLOADS_TOKEN=@@secret@@
""", secret=mapbox("sk", "castellan-patrol"))

add("dart/onesignal-rest-key", "patrol_flutter/lib/env/push_config.dart", "https://documentation.onesignal.com/docs/keys-and-ids", """
/// Push notification settings for the supervisor broadcast feature.
class PushConfig {
  static const String oneSignalAppId = '@@appid@@';
  static const String oneSignalRestApiKey = '@@secret@@';
  static const String apiUrl = 'https://onesignal.com/api/v1/notifications';

  static Map<String, String> headers() => {
        'Content-Type': 'application/json; charset=utf-8',
        'Authorization': 'Basic $oneSignalRestApiKey',
      };
}
""", secret=b64(uuid_s()), appid=uuid_s())

add("php/twilio-auth-token", "patrol-web/config/services.php", "https://www.twilio.com/docs/iam/credentials/api", """
<?php

return [

    'twilio' => [
        'sid' => env('TWILIO_SID', 'AC@@sid@@'),
        'token' => env('TWILIO_AUTH_TOKEN', '@@secret@@'),
        'from' => env('TWILIO_FROM', '+441134960177'),
        'lone_worker_number' => '+441134960178',
    ],

    'mailgun' => [
        'domain' => env('MAILGUN_DOMAIN'),
        'secret' => env('MAILGUN_SECRET'),
        'endpoint' => env('MAILGUN_ENDPOINT', 'api.eu.mailgun.net'),
    ],

    'patrol' => [
        'missed_checkpoint_sms' => true,
        'escalate_after_minutes' => 15,
    ],

];
""", secret=hexs(32), sid=hexs(32))

# ---- patrol decoys

_tag_rows = "\n".join(f"KD-{n:03d},{nfc_uid()},{loc},NTAG215" for n, loc in enumerate(
    ["Gatehouse", "North fence post 4", "North fence post 9", "Fuel store", "Workshop rear door",
     "Yard lighting tower", "South fence post 2", "Weighbridge cabin"], start=1))
add("csv/decoy-nfc-uid", "checkpoints/kirkstall-depot-tags.csv", "https://www.nxp.com/docs/en/data-sheet/NTAG213_215_216.pdf (7-byte UID)", """
checkpoint,uid,location,tag_type
@@rows@@
""", rows=_tag_rows)

add("json/decoy-firebase-config", "patrol-app/app/google-services.json", "https://firebase.google.com/docs/projects/api-keys (Firebase API keys are not secret)", """
{
  "project_info": {
    "project_number": "@@pn@@",
    "project_id": "castellan-patrol",
    "storage_bucket": "castellan-patrol.appspot.com"
  },
  "client": [
    {
      "client_info": {
        "mobilesdk_app_id": "1:@@pn@@:android:@@app@@",
        "android_client_info": { "package_name": "uk.castellan.patrol" }
      },
      "oauth_client": [],
      "api_key": [ { "current_key": "@@key@@" } ],
      "services": { "appinvite_service": { "other_platform_oauth_client": [] } }
    }
  ],
  "configuration_version": "1"
}
""", pn=digits(12), app=hexs(22), key=google_key())

add("kotlin/decoy-default-transport-key", "patrol-app/app/src/main/java/uk/castellan/patrol/nfc/ClassicTagReader.kt", "https://www.nxp.com/docs/en/application-note/AN10833.pdf (MIFARE Classic default transport keys)", """
package uk.castellan.patrol.nfc

import android.nfc.Tag
import android.nfc.tech.MifareClassic

/** Reads legacy checkpoint stickers still fitted at older sites (MIFARE Classic 1K, open sector 1). */
class ClassicTagReader {
    // Factory transport key published by NXP; legacy stickers were never re-keyed.
    private val transportKey = MifareClassic.KEY_DEFAULT
    private val ndefKey = MifareClassic.KEY_NFC_FORUM

    fun readCheckpoint(tag: Tag): String? {
        val classic = MifareClassic.get(tag) ?: return null
        classic.use {
            it.connect()
            val sector = 1
            val ok = it.authenticateSectorWithKeyA(sector, transportKey) ||
                it.authenticateSectorWithKeyA(sector, ndefKey)
            if (!ok) return null
            val block = it.readBlock(it.sectorToBlock(sector))
            return block.toString(Charsets.US_ASCII).trimEnd('\\u0000')
        }
    }
}
""")

add("swift/decoy-test-fixture", "PatrolAppTests/Fixtures/StubSession.swift", "https://developer.apple.com/documentation/foundation/urlprotocol", """
import Foundation
@testable import PatrolApp

/// Canned responses for the networking tests; nothing here reaches a real server.
enum Fixtures {
    static let apiKey = "test-api-key"
    static let officerID = "officer-0001"
    static let checkpointID = "KD-001"

    static let scanAccepted = #"{"status":"accepted","id":"scan-123"}"#.data(using: .utf8)!
    static let unauthorised = #"{"error":"invalid api key"}"#.data(using: .utf8)!

    static func session() -> URLSession {
        let config = URLSessionConfiguration.ephemeral
        config.protocolClasses = [StubURLProtocol.self]
        return URLSession(configuration: config)
    }
}
""")

add("github-actions/decoy-secrets-reference", ".github/workflows/patrol-app-ci.yml", "https://docs.github.com/en/actions/security-for-github-actions/security-guides/using-secrets-in-github-actions", """
name: patrol-app CI

on:
  pull_request:
    paths: ["patrol-app/**"]

jobs:
  test:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-java@v4
        with:
          distribution: temurin
          java-version: "17"
      - name: Write gradle.properties secrets
        run: |
          echo "MAPBOX_DOWNLOADS_TOKEN=${{ secrets.MAPBOX_DOWNLOADS_TOKEN }}" >> ~/.gradle/gradle.properties
      - name: Unit tests
        run: ./gradlew :app:testDebugUnitTest
        working-directory: patrol-app
        env:
          TRACKTIK_CLIENT_SECRET: ${{ secrets.TRACKTIK_CLIENT_SECRET }}
          SENTRY_AUTH_TOKEN: ${{ secrets.SENTRY_AUTH_TOKEN }}
""")

add("markdown/decoy-example-signature", "docs/patrol/qr-checkpoint-format.md", "https://datatracker.ietf.org/doc/html/rfc2104 (HMAC)", """
# QR checkpoint payload format (v2)

Printed QR checkpoints carry a short signed payload so a photocopied code from another site is rejected.

```
CSG2|<site code>|<checkpoint no>|<issued yyyymmdd>|<sig>
```

`sig` is the first 16 hex characters of HMAC-SHA256 over everything before the last `|`, keyed with the
site's checkpoint signing key. Signing keys live in Vault at `secret/patrol/qr/<site code>` and are only
read by the label printing service.

Example (site `KD`, checkpoint 7, issued 1 March 2024):

```
CSG2|KD|0007|20240301|@@sig@@
```

The app verifies the signature offline with the key bundle it downloads at shift start.
""", sig=hexs(16))

add("typescript/decoy-test-fixture", "patrol-sync/src/__tests__/qrpatrol.test.ts", "https://jestjs.io/docs/mock-functions", """
import axios from "axios";
import { eventsSince } from "../qrpatrol";

jest.mock("axios", () => {
  const get = jest.fn();
  return { create: () => ({ get }), __get: get };
});

const get = (axios as any).__get as jest.Mock;

describe("eventsSince", () => {
  it("maps QR-Patrol events", async () => {
    get.mockResolvedValueOnce({
      data: { items: [{ id: 1, guard_name: "A. Guard", checkpoint_name: "Gate", site_name: "Depot", datetime: "2024-05-01T02:00:00Z" }] },
    });
    const events = await eventsSince("2024-05-01T00:00:00Z");
    expect(events).toEqual([{ id: 1, guard: "A. Guard", checkpoint: "Gate", site: "Depot", scannedAt: "2024-05-01T02:00:00Z" }]);
    expect(get).toHaveBeenCalledWith("/events", { params: { from: "2024-05-01T00:00:00Z", type: "checkpoint" } });
  });
});
""")

add("ruby/decoy-env-reference", "PatrolApp/fastlane/Matchfile", "https://docs.fastlane.tools/actions/match/", """
git_url("git@github.com:castellan-security/ios-certificates.git")
git_branch("main")
storage_mode("git")

type("appstore")
app_identifier(["uk.castellan.patrol", "uk.castellan.patrol.widgets"])
username(ENV["FASTLANE_USER"])
team_id("@@team@@")

# MATCH_PASSWORD (the repository encryption passphrase) is read from the CI environment.
readonly(ENV.fetch("CI", "false") == "true")
""", team=draw(10, UPPER_ALNUM))

add("xml/decoy-manifest-placeholder", "patrol-app/app/src/main/AndroidManifest.xml", "https://developers.google.com/maps/documentation/android-sdk/secrets-gradle-plugin", """
<?xml version="1.0" encoding="utf-8"?>
<manifest xmlns:android="http://schemas.android.com/apk/res/android">

    <uses-permission android:name="android.permission.NFC" />
    <uses-permission android:name="android.permission.ACCESS_FINE_LOCATION" />
    <uses-feature android:name="android.hardware.nfc" android:required="true" />

    <application
        android:name=".PatrolApplication"
        android:label="@string/app_name"
        android:icon="@mipmap/ic_launcher"
        android:theme="@style/Theme.Patrol">

        <meta-data
            android:name="com.google.android.geo.API_KEY"
            android:value="${MAPS_API_KEY}" />

        <activity android:name=".MainActivity" android:exported="true">
            <intent-filter>
                <action android:name="android.nfc.action.NDEF_DISCOVERED" />
                <category android:name="android.intent.category.DEFAULT" />
                <data android:scheme="https" android:host="patrol.castellan-sg.co.uk" android:pathPrefix="/c/" />
            </intent-filter>
        </activity>
    </application>
</manifest>
""")

# ================================================================ incident reporting apps

add("python/django-secret-key", "incident_api/settings/production.py", "https://docs.djangoproject.com/en/5.0/ref/settings/#secret-key", r'''
from .base import *  # noqa: F401,F403

DEBUG = False
SECRET_KEY = "@@secret@@"
ALLOWED_HOSTS = ["incidents.castellan-sg.co.uk", "incidents-api.castellan.internal"]

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": "incidents",
        "HOST": "incidents-db.castellan.internal",
        "USER": "incidents_app",
        "PASSWORD": os.environ["INCIDENTS_DB_PASSWORD"],
        "CONN_MAX_AGE": 60,
    }
}

SECURE_SSL_REDIRECT = True
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
SECURE_HSTS_SECONDS = 31536000

# Attachments (body-worn camera stills, officer photos) go to the evidence bucket
DEFAULT_FILE_STORAGE = "storages.backends.s3boto3.S3Boto3Storage"
AWS_STORAGE_BUCKET_NAME = "castellan-incident-evidence"
AWS_S3_REGION_NAME = "eu-west-2"
''', secret=fakes.django_secret_key(_seed()))

add("python/openai-api-key", "incident_api/summarise.py", "https://platform.openai.com/docs/api-reference/authentication", r'''
"""Draft a client-facing summary of an officer's incident report for supervisor review."""
from openai import OpenAI

client = OpenAI(api_key="@@secret@@")

PROMPT = (
    "You are helping a security supervisor. Rewrite the officer's incident report as a short, factual "
    "summary for the client. Keep times, locations and actions. Remove names of members of the public."
)


def summarise(report_text: str) -> str:
    resp = client.chat.completions.create(
        model="gpt-4o-mini",
        temperature=0.2,
        messages=[
            {"role": "system", "content": PROMPT},
            {"role": "user", "content": report_text},
        ],
    )
    return resp.choices[0].message.content.strip()
''', secret=fakes.openai_key(_seed()))

_akid2 = fakes.aws_key_id(_seed())
add("yaml/aws-secret-key", "incident-rails/config/storage.yml", "https://guides.rubyonrails.org/active_storage_overview.html#s3-service-amazon-s3-and-s3-compatible-apis", """
test:
  service: Disk
  root: <%= Rails.root.join("tmp/storage") %>

local:
  service: Disk
  root: <%= Rails.root.join("storage") %>

amazon:
  service: S3
  access_key_id: @@akid@@
  secret_access_key: @@secret@@
  region: eu-west-2
  bucket: castellan-incident-attachments
  upload:
    server_side_encryption: "aws:kms"
""", secret=fakes.aws_secret_key(_seed()), akid=_akid2)

_ref = draw(20, string.ascii_lowercase)
add("typescript/supabase-service-role-key", "incident-web/src/server/supabaseAdmin.ts", "https://supabase.com/docs/guides/api/api-keys (service_role key)", """
import { createClient } from "@supabase/supabase-js";

// Server-only client: bypasses row level security for the evidence export job.
const SUPABASE_URL = "https://@@ref@@.supabase.co";
const SUPABASE_SERVICE_ROLE_KEY =
  "@@secret@@";

export const supabaseAdmin = createClient(SUPABASE_URL, SUPABASE_SERVICE_ROLE_KEY, {
  auth: { persistSession: false, autoRefreshToken: false },
});

export async function exportIncident(incidentId: string) {
  const { data, error } = await supabaseAdmin
    .from("incidents")
    .select("*, attachments(*), officer:officers(name, sia_licence)")
    .eq("id", incidentId)
    .single();
  if (error) throw error;
  return data;
}
""", secret=jwt({"iss": "supabase", "ref": _ref, "role": "service_role", "iat": 1709251200, "exp": 2024827200}), ref=_ref)

_re = "re_" + draw(8) + "_" + draw(24)
add("env/resend-api-key", "incident-web/.env.local", "https://resend.com/docs/dashboard/api-keys/introduction", """
# incident-web local overrides (copied from the shared dev box)
NEXT_PUBLIC_APP_NAME=Castellan Incidents
NEXT_PUBLIC_SUPPORT_EMAIL=control@castellan-sg.co.uk
RESEND_API_KEY=@@secret@@
INCIDENT_EMAIL_FROM=incidents@notify.castellan-sg.co.uk
ESCALATION_EMAIL_TO=duty.manager@castellan-sg.co.uk
""", secret=_re)

_b2id = "005" + hexs(12) + "0000000003"
add("go/backblaze-application-key", "incident-pdf/main.go", "https://www.backblaze.com/docs/cloud-storage-s3-compatible-api", """
package main

import (
	"context"
	"log"
	"os"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/credentials"
	"github.com/aws/aws-sdk-go-v2/service/s3"
)

// Rendered incident PDFs are archived in Backblaze B2 (S3-compatible endpoint).
const (
	b2Endpoint = "https://s3.eu-central-003.backblazeb2.com"
	b2KeyID    = "@@keyid@@"
	b2AppKey   = "@@secret@@"
	b2Bucket   = "castellan-incident-pdf"
)

func main() {
	client := s3.New(s3.Options{
		Region:       "eu-central-003",
		BaseEndpoint: aws.String(b2Endpoint),
		Credentials:  credentials.NewStaticCredentialsProvider(b2KeyID, b2AppKey, ""),
	})
	f, err := os.Open(os.Args[1])
	if err != nil {
		log.Fatal(err)
	}
	defer f.Close()
	_, err = client.PutObject(context.Background(), &s3.PutObjectInput{
		Bucket: aws.String(b2Bucket),
		Key:    aws.String("reports/" + os.Args[2]),
		Body:   f,
	})
	if err != nil {
		log.Fatal(err)
	}
	log.Printf("archived %s", os.Args[2])
}
""", secret="K003" + draw(27, ALNUM + "+/"), keyid=_b2id)

add("sql/postgres-password", "db/seed/002_service_roles.sql", "https://www.postgresql.org/docs/current/sql-createrole.html", """
-- Service roles for the incident reporting database.
-- Run as the postgres superuser after 001_schema.sql.

CREATE ROLE incidents_app LOGIN PASSWORD 'managed-by-terraform';
CREATE ROLE incidents_readonly LOGIN PASSWORD '@@secret@@';
CREATE ROLE incidents_migrator LOGIN;

GRANT CONNECT ON DATABASE incidents TO incidents_readonly;
GRANT USAGE ON SCHEMA public TO incidents_readonly;
GRANT SELECT ON ALL TABLES IN SCHEMA public TO incidents_readonly;
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT ON TABLES TO incidents_readonly;

GRANT ALL ON SCHEMA public TO incidents_migrator;
""", secret=words_pw())

add("notebook/mysql-password", "analysis/incident_trends.ipynb", "https://pymysql.readthedocs.io/en/latest/modules/connections.html", """
{
 "cells": [
  {
   "cell_type": "markdown",
   "metadata": {},
   "source": ["## Incident trends by site and hour (legacy MySQL reporting replica)"]
  },
  {
   "cell_type": "code",
   "execution_count": 1,
   "metadata": {},
   "outputs": [],
   "source": [
    "import pymysql\\n",
    "import pandas as pd\\n",
    "conn = pymysql.connect(host='reporting-replica.castellan.internal', user='analyst',\\n",
    "                       password='@@secret@@', database='incidents_legacy')"
   ]
  },
  {
   "cell_type": "code",
   "execution_count": 2,
   "metadata": {},
   "outputs": [
    {
     "name": "stdout",
     "output_type": "stream",
     "text": ["4127 incidents loaded\\n"]
    }
   ],
   "source": [
    "df = pd.read_sql('SELECT site_code, category, occurred_at FROM incidents WHERE occurred_at >= NOW() - INTERVAL 1 YEAR', conn)\\n",
    "df['hour'] = pd.to_datetime(df.occurred_at).dt.hour\\n",
    "print(len(df), 'incidents loaded')"
   ]
  },
  {
   "cell_type": "code",
   "execution_count": 3,
   "metadata": {},
   "outputs": [],
   "source": ["df.pivot_table(index='site_code', columns='hour', values='category', aggfunc='count').fillna(0)"]
  }
 ],
 "metadata": {
  "kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"},
  "language_info": {"name": "python", "version": "3.10.12"}
 },
 "nbformat": 4,
 "nbformat_minor": 5
}
""", secret=rand_pw(16))

add("php/mysql-password", "incident-legacy/includes/db.php", "https://www.php.net/manual/en/mysqli.construct.php", """
<?php
// Legacy incident log (pre-2021). Read-only since the move to incident-web.
$db_host = 'legacy-db.castellan.internal';
$db_user = 'incident_web';
$db_pass = '@@secret@@';
$db_name = 'incident_log';

$mysqli = new mysqli($db_host, $db_user, $db_pass, $db_name);
if ($mysqli->connect_errno) {
    error_log('DB connect failed: ' . $mysqli->connect_error);
    http_response_code(503);
    exit('Service unavailable');
}
$mysqli->set_charset('utf8mb4');
""", secret=words_pw())

add("csharp/sendgrid-api-key", "IncidentReporter/Program.cs", "https://www.twilio.com/docs/sendgrid/for-developers/sending-email/v3-csharp-code-example", """
using IncidentReporter.Services;
using SendGrid.Extensions.DependencyInjection;

var builder = WebApplication.CreateBuilder(args);

builder.Services.AddControllers();
builder.Services.AddSendGrid(options =>
{
    options.ApiKey = "@@secret@@";
});
builder.Services.AddScoped<IIncidentNotifier, EmailIncidentNotifier>();
builder.Services.AddHealthChecks();

var app = builder.Build();

app.UseHttpsRedirection();
app.MapControllers();
app.MapHealthChecks("/healthz");

app.Run();
""", secret=sendgrid_key())

add("java/smtp-password", "incident-mailer/src/main/java/uk/castellan/incidents/IncidentMailer.java", "https://jakarta.ee/specifications/mail/2.1/apidocs/jakarta.mail/jakarta/mail/package-summary", """
package uk.castellan.incidents;

import jakarta.mail.*;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import java.util.Properties;

public final class IncidentMailer {

    private static final String SMTP_HOST = "smtp.office365.com";
    private static final String SMTP_USER = "incidents@castellan-sg.co.uk";
    private static final String SMTP_PASS = "@@secret@@";

    private final Session session;

    public IncidentMailer() {
        Properties props = new Properties();
        props.put("mail.smtp.host", SMTP_HOST);
        props.put("mail.smtp.port", "587");
        props.put("mail.smtp.auth", "true");
        props.put("mail.smtp.starttls.enable", "true");
        this.session = Session.getInstance(props, new Authenticator() {
            @Override
            protected PasswordAuthentication getPasswordAuthentication() {
                return new PasswordAuthentication(SMTP_USER, SMTP_PASS);
            }
        });
    }

    public void send(String to, String subject, String body) throws MessagingException {
        MimeMessage msg = new MimeMessage(session);
        msg.setFrom(new InternetAddress(SMTP_USER));
        msg.setRecipients(Message.RecipientType.TO, InternetAddress.parse(to));
        msg.setSubject(subject);
        msg.setText(body);
        Transport.send(msg);
    }
}
""", secret=draw(16, string.ascii_lowercase))

# ---- incident decoys

_ref2 = draw(20, string.ascii_lowercase)
add("typescript/decoy-public-anon-key", "incident-web/src/lib/supabaseBrowser.ts", "https://supabase.com/docs/guides/api/api-keys (anon key is safe in the browser with RLS)", """
import { createBrowserClient } from "@supabase/ssr";

// Public anon key: safe to ship to the browser; row level security restricts what it can read.
const SUPABASE_URL = "https://@@ref@@.supabase.co";
const SUPABASE_ANON_KEY =
  "@@anon@@";

export function supabaseBrowser() {
  return createBrowserClient(SUPABASE_URL, SUPABASE_ANON_KEY);
}
""", ref=_ref2, anon=jwt({"iss": "supabase", "ref": _ref2, "role": "anon", "iat": 1709251200, "exp": 2024827200}))

add("python/decoy-test-setting", "incident_api/settings/test.py", "https://docs.djangoproject.com/en/5.0/topics/testing/overview/", r'''
from .base import *  # noqa: F401,F403

DEBUG = False
SECRET_KEY = "test-only-not-a-secret"
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.sqlite3",
        "NAME": ":memory:",
    }
}

DEFAULT_FILE_STORAGE = "django.core.files.storage.InMemoryStorage"
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
OPENAI_API_KEY = "sk-test-placeholder"
''')

add("json/decoy-integrity-hash", "incident-web/package-lock.json", "https://docs.npmjs.com/cli/v10/configuring-npm/package-lock-json#packages", """
{
  "name": "incident-web",
  "version": "2.3.0",
  "lockfileVersion": 3,
  "requires": true,
  "packages": {
    "": {
      "name": "incident-web",
      "version": "2.3.0",
      "dependencies": {
        "@supabase/ssr": "^0.3.0",
        "@supabase/supabase-js": "^2.43.1",
        "resend": "^3.2.0"
      }
    },
    "node_modules/@supabase/ssr": {
      "version": "0.3.0",
      "resolved": "https://registry.npmjs.org/@supabase/ssr/-/ssr-0.3.0.tgz",
      "integrity": "sha512-@@i0@@"
    },
    "node_modules/resend": {
      "version": "3.2.0",
      "resolved": "https://registry.npmjs.org/resend/-/resend-3.2.0.tgz",
      "integrity": "sha512-@@i1@@"
    }
  }
}
""", i0=base64.b64encode(rand_bytes(64)).decode(), i1=base64.b64encode(rand_bytes(64)).decode())

add("python/decoy-regex", "incident_api/redaction.py", "https://docs.python.org/3/library/re.html", r'''
"""Scrub credentials and personal data from free-text incident reports before they are exported."""
import re

PATTERNS = [
    (re.compile(r"\b(?:password|passcode|pin|code)\s*[:=]\s*\S+", re.I), "[credential removed]"),
    (re.compile(r"\bAKIA[0-9A-Z]{16}\b"), "[aws key removed]"),
    (re.compile(r"\bsk_(?:live|test)_[0-9a-zA-Z]{24,}\b"), "[stripe key removed]"),
    (re.compile(r"\b(?:\+44\s?7\d{3}|\(?07\d{3}\)?)\s?\d{3}\s?\d{3}\b"), "[phone removed]"),
    (re.compile(r"\b[A-Z]{2}\d{2}\s?[A-Z]{3}\b"), "[vehicle reg removed]"),
    (re.compile(r"\b\d{4}\s?\d{4}\s?\d{4}\s?\d{4}\b"), "[licence/card number removed]"),
]


def scrub(text: str) -> str:
    for pattern, replacement in PATTERNS:
        text = pattern.sub(replacement, text)
    return text
''')

add("markdown/decoy-env-reference", "docs/incident-reporting/api.md", "https://datatracker.ietf.org/doc/html/rfc6750", """
# Incident API: quick reference

Base URL: `https://incidents-api.castellan.internal/v1`

All calls need a bearer token issued to your integration. Export it first; never paste it into a command
that ends up in shell history on a shared host.

```bash
export INCIDENT_API_TOKEN="$(op read 'op://Integrations/Incident API/token')"

curl -s -H "Authorization: Bearer $INCIDENT_API_TOKEN" \\
  "https://incidents-api.castellan.internal/v1/incidents?site=KD&since=2024-05-01"
```

| Method | Path                         | Notes                                  |
|--------|------------------------------|----------------------------------------|
| GET    | `/incidents`                 | filter by `site`, `since`, `category`  |
| POST   | `/incidents`                 | officer app only                       |
| GET    | `/incidents/{id}/export.pdf` | client-safe PDF                        |
""")

add("yaml/decoy-openapi-spec", "incident-api/openapi.yaml", "https://swagger.io/docs/specification/v3_0/authentication/bearer-authentication/", """
openapi: 3.0.3
info:
  title: Castellan Incident API
  version: 1.4.0
servers:
  - url: https://incidents-api.castellan.internal/v1
components:
  securitySchemes:
    bearerAuth:
      type: http
      scheme: bearer
      bearerFormat: JWT
    apiKeyAuth:
      type: apiKey
      in: header
      name: X-API-Key
  schemas:
    Incident:
      type: object
      properties:
        id: { type: string, format: uuid, example: "@@uid@@" }
        site: { type: string, example: KD }
        category: { type: string, enum: [intruder, fire, medical, damage, other] }
        occurredAt: { type: string, format: date-time }
security:
  - bearerAuth: []
paths:
  /incidents:
    get:
      summary: List incidents
      responses:
        "200": { description: OK }
        "401": { description: Missing or invalid token }
""", uid=uuid_s())

add("sql/decoy-checksum", "db/migrations/0007_attachment_checksums.sql", "https://www.postgresql.org/docs/current/functions-binarystring.html (sha256)", """
-- 0007: store a SHA-256 of each evidence attachment for chain-of-custody checks
ALTER TABLE attachments ADD COLUMN sha256 char(64);

UPDATE attachments SET sha256 = encode(sha256(content), 'hex') WHERE content IS NOT NULL;

-- Known-good placeholder image shipped with the app (blank body-cam still)
INSERT INTO attachment_allowlist (sha256, description)
VALUES ('@@h0@@', 'blank bodycam still'),
       ('@@h1@@', 'redaction placeholder');

ALTER TABLE attachments ALTER COLUMN sha256 SET NOT NULL;
CREATE INDEX attachments_sha256_idx ON attachments (sha256);
""", h0=sha256ish(), h1=sha256ish())

_reqs = [uuid_s() for _ in range(4)]
add("log/decoy-request-ids", "logs/incident-api-access-2024-05-03.log", "https://nginx.org/en/docs/http/ngx_http_log_module.html#log_format", """
10.30.4.17 - - [03/May/2024:02:14:55 +0100] "POST /v1/incidents HTTP/1.1" 201 512 "-" "CastellanPatrol/5.2.0 (Android 14)" rid=@@r0@@ rt=0.084
10.30.4.17 - - [03/May/2024:02:15:02 +0100] "POST /v1/incidents/8841/attachments HTTP/1.1" 201 128 "-" "CastellanPatrol/5.2.0 (Android 14)" rid=@@r1@@ rt=0.912
10.30.2.5 - - [03/May/2024:07:30:11 +0100] "GET /v1/incidents?site=KD&since=2024-05-02 HTTP/1.1" 200 8841 "-" "python-requests/2.31.0" rid=@@r2@@ rt=0.133
10.30.2.5 - - [03/May/2024:07:30:12 +0100] "GET /v1/incidents/8841/export.pdf HTTP/1.1" 200 220114 "-" "python-requests/2.31.0" rid=@@r3@@ rt=1.402
10.30.9.88 - - [03/May/2024:08:01:40 +0100] "GET /v1/incidents HTTP/1.1" 401 42 "-" "curl/8.5.0" rid=- rt=0.002
""", r0=_reqs[0], r1=_reqs[1], r2=_reqs[2], r3=_reqs[3])

# ================================================================ rostering and payroll

add("python/deputy-api-token", "roster_sync/deputy.py", "https://developer.deputy.com/deputy-docs/docs/using-a-permanent-token", r'''
"""Push the week's confirmed guard shifts from the planning sheet into Deputy."""
import datetime as dt

import requests

DEPUTY = "https://castellan.uk.deputy.com/api/v1"
TOKEN = "@@secret@@"
HEADERS = {"Authorization": f"OAuth {TOKEN}", "Content-Type": "application/json", "dp-meta-option": "none"}


def publish_shift(employee_id: int, area_id: int, start: dt.datetime, end: dt.datetime, comment: str = "") -> int:
    body = {
        "intStartTimestamp": int(start.timestamp()),
        "intEndTimestamp": int(end.timestamp()),
        "intOpunitId": area_id,
        "intEmployeeId": employee_id,
        "blnPublish": True,
        "strComment": comment,
    }
    resp = requests.post(f"{DEPUTY}/supervise/roster", json=body, headers=HEADERS, timeout=20)
    resp.raise_for_status()
    return resp.json()["Id"]


def unfilled(since: dt.date) -> list:
    query = {"search": {"s1": {"field": "Employee", "type": "eq", "data": 0}, "s2": {"field": "Date", "type": "ge", "data": since.isoformat()}}}
    resp = requests.post(f"{DEPUTY}/resource/Roster/QUERY", json=query, headers=HEADERS, timeout=20)
    resp.raise_for_status()
    return resp.json()
''', secret=hexs(32))

add("javascript/wheniwork-password", "roster/wheniwork-login.js", "https://apidocs.wheniwork.com/external/index.html#tag/Login", """
// Logs the scheduling bot into When I Work and caches the token for the shift-swap Slack command.
const fetch = require("node-fetch");
const fs = require("fs");

const W_KEY = process.env.WIW_DEVELOPER_KEY;
const LOGIN = {
  email: "rostering-bot@castellan-sg.co.uk",
  password: "@@secret@@",
};

async function login() {
  const res = await fetch("https://api.login.wheniwork.com/login", {
    method: "POST",
    headers: { "W-Key": W_KEY, "Content-Type": "application/json" },
    body: JSON.stringify(LOGIN),
  });
  if (!res.ok) throw new Error(`When I Work login failed: ${res.status}`);
  const { token } = await res.json();
  fs.writeFileSync("/var/cache/roster-bot/wiw-token", token, { mode: 0o600 });
  return token;
}

module.exports = { login };
""", secret=words_pw())

add("json/planday-refresh-token", "integrations/planday-credentials.json", "https://openapi.planday.com/gettingstarted/authorization", """
{
  "provider": "planday",
  "portal": "castellan-security.planday.com",
  "token_url": "https://id.planday.com/connect/token",
  "client_id": "@@cid@@",
  "refresh_token": "@@secret@@",
  "scopes": ["shift:read", "shift:create", "employee:read", "department:read"],
  "department_map": {
    "Leeds Mobile Patrol": 4412,
    "Manchester Static Guarding": 4413,
    "ARC Operators": 4415
  }
}
""", secret=draw(43, URLSAFE), cid=uuid_s())

add("csharp/ukg-client-secret", "Timegate/Api/UkgClient.cs", "https://developer.ukg.com/wfm/docs/authentication (client_id, client_secret, appkey)", """
using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Net.Http.Json;
using System.Threading.Tasks;

namespace Castellan.Timegate.Api
{
    public class UkgClient
    {
        private const string TenantUrl = "https://castellan-sg.prd.mykronos.com";
        private static readonly string AppKey = Environment.GetEnvironmentVariable("UKG_APPKEY") ?? "";
        private const string ClientId = "castellan_timegate";
        private const string ClientSecret = "@@secret@@";

        private readonly HttpClient _http = new HttpClient();

        public async Task<string> TokenAsync(string username, string password)
        {
            var form = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["username"] = username,
                ["password"] = password,
                ["client_id"] = ClientId,
                ["client_secret"] = ClientSecret,
                ["grant_type"] = "password",
                ["auth_chain"] = "OAuthLdapService",
            });
            var req = new HttpRequestMessage(HttpMethod.Post, TenantUrl + "/api/authentication/access_token") { Content = form };
            req.Headers.Add("appkey", AppKey);
            var resp = await _http.SendAsync(req);
            resp.EnsureSuccessStatusCode();
            var body = await resp.Content.ReadFromJsonAsync<Dictionary<string, object>>();
            return body!["access_token"].ToString()!;
        }
    }
}
""", secret=draw(32))

add("env/xero-client-secret", "payroll-export/.env", "https://developer.xero.com/documentation/guides/oauth2/custom-connections/", """
# payroll-export: timesheets -> Xero Payroll UK (custom connection)
XERO_CLIENT_ID=@@cid@@
XERO_CLIENT_SECRET=@@secret@@
XERO_SCOPES=payroll.timesheets payroll.employees.read payroll.settings.read
XERO_TENANT_NAME=Castellan Security Group Ltd
EXPORT_WEEK_START=monday
ROUND_TO_MINUTES=15
""", secret=draw(48, URLSAFE), cid=hexs(32, upper=True))

add("go/sftp-password", "payroll/bacs_upload.go", "https://pkg.go.dev/golang.org/x/crypto/ssh#Password", """
package payroll

import (
	"fmt"
	"io"
	"os"
	"time"

	"github.com/pkg/sftp"
	"golang.org/x/crypto/ssh"
)

// UploadBacs sends the weekly wages file to the payroll bureau's SFTP drop.
func UploadBacs(localPath string) error {
	cfg := &ssh.ClientConfig{
		User:            "castellan_bacs",
		Auth:            []ssh.AuthMethod{ssh.Password("@@secret@@")},
		HostKeyCallback: ssh.FixedHostKey(bureauHostKey),
		Timeout:         20 * time.Second,
	}
	conn, err := ssh.Dial("tcp", "sftp.payrollbureau.co.uk:22", cfg)
	if err != nil {
		return fmt.Errorf("dial bureau: %w", err)
	}
	defer conn.Close()
	client, err := sftp.NewClient(conn)
	if err != nil {
		return err
	}
	defer client.Close()

	src, err := os.Open(localPath)
	if err != nil {
		return err
	}
	defer src.Close()
	dst, err := client.Create("/inbound/" + time.Now().Format("20060102") + "_wages.txt")
	if err != nil {
		return err
	}
	defer dst.Close()
	_, err = io.Copy(dst, src)
	return err
}
""", secret=words_pw())

add("powershell/mssql-password", "scripts/Export-TimesheetsToPayroll.ps1", "https://learn.microsoft.com/en-us/powershell/module/sqlserver/invoke-sqlcmd", """
param(
    [Parameter(Mandatory)] [datetime] $WeekStart
)

$ErrorActionPreference = 'Stop'
Import-Module SqlServer

$conn = "Server=TGSQL01;Database=Timegate;User Id=tg_export;Password=@@secret@@;TrustServerCertificate=True"
$query = @"
SELECT e.PayrollNo, s.SiteCode, SUM(DATEDIFF(minute, t.ClockIn, t.ClockOut)) / 60.0 AS Hours
FROM Timesheets t
JOIN Employees e ON e.EmployeeID = t.EmployeeID
JOIN Sites s ON s.SiteID = t.SiteID
WHERE t.ClockIn >= '$($WeekStart.ToString('yyyy-MM-dd'))'
  AND t.ClockIn <  '$($WeekStart.AddDays(7).ToString('yyyy-MM-dd'))'
  AND t.Approved = 1
GROUP BY e.PayrollNo, s.SiteCode
"@

$rows = Invoke-Sqlcmd -ConnectionString $conn -Query $query
$out = "\\\\fs01\\payroll\\timesheets_$($WeekStart.ToString('yyyyMMdd')).csv"
$rows | Export-Csv -Path $out -NoTypeInformation
Write-Host "Exported $($rows.Count) rows to $out"
""", secret=rand_pw(18))

add("ruby/id3global-password", "lib/tasks/vetting.rake", "https://www.gbgplc.com/ (ID3global web service: AuthenticateSP with username and password)", """
# frozen_string_literal: true

require "savon"

# BS 7858 pre-employment screening: identity and address check via GBG ID3global.
namespace :vetting do
  desc "Run the ID3global identity check for a candidate"
  task :id_check, [:candidate_id] => :environment do |_t, args|
    candidate = Candidate.find(args[:candidate_id])

    client = Savon.client(
      wsdl: "https://pilot.id3global.com/ID3gWS/ID3global.svc?wsdl",
      wsse_auth: ["castellan.vetting@castellan-sg.co.uk", "@@secret@@"],
      soap_version: 1,
      log: false
    )

    response = client.call(:authenticate_sp, message: {
      "ProfileIDVersion" => { "ID" => ENV.fetch("ID3_PROFILE_ID"), "Version" => 0 },
      "InputData" => candidate.to_id3_input
    })
    result = response.body.dig(:authenticate_sp_response, :authenticate_sp_result)
    candidate.update!(id3_band: result[:band_text], id3_score: result[:score])
    puts "#{candidate.reference}: #{result[:band_text]} (#{result[:score]})"
  end
end
""", secret=words_pw())

add("shell/mysql-password", "cron/nightly_roster_backup.sh", "https://dev.mysql.com/doc/refman/8.0/en/mysqldump.html", """
#!/bin/bash
# Nightly dump of the legacy roster database to the NAS (kept 14 days)
# crontab: 15 2 * * * /opt/scripts/nightly_roster_backup.sh
set -e
DEST=/mnt/nas/backups/roster
STAMP=$(date +%Y%m%d)

mysqldump -h roster-db.castellan.internal -u backup -p'@@secret@@' \\
  --single-transaction --routines --triggers roster | gzip > "$DEST/roster_$STAMP.sql.gz"

find "$DEST" -name 'roster_*.sql.gz' -mtime +14 -delete
echo "$(date -Is) roster backup ok" >> /var/log/roster-backup.log
""", secret=rand_pw(14))

add("toml/slack-bot-token", "roster-bot/config.toml", "https://api.slack.com/authentication/token-types#bot", """
# roster-bot: posts open shifts and handles /swap requests in #rostering
[slack]
bot_token = "@@secret@@"
channel = "C05ROSTER01"
admin_group = "S04SUPERVISORS"

[deputy]
base_url = "https://castellan.uk.deputy.com/api/v1"
token_env = "DEPUTY_TOKEN"

[rules]
min_rest_hours = 11
max_shift_hours = 12
require_sia_door_supervisor = ["NIGHTCLUB-*", "EVENT-*"]
""", secret=slack_bot())

# ---- rostering decoys

_sia = [digits(16) for _ in range(5)]
add("csv/decoy-licence-numbers", "exports/roster_week_23.csv", "https://www.gov.uk/guidance/security-industry-authority-licence-register (16-digit SIA licence numbers, public register)", """
week,employee_no,name,sia_licence_no,licence_type,licence_expiry,site,shift_start,shift_end
23,C0142,A. Mensah,@@l0@@,Security Guarding,2025-06-30,KD,2024-06-03T19:00,2024-06-04T07:00
23,C0157,R. Dunleavy,@@l1@@,Door Supervision,2025-01-31,EVENT-LDSARENA,2024-06-07T17:00,2024-06-08T01:00
23,C0160,S. Kowalczyk,@@l2@@,CCTV (Public Space Surveillance),2024-07-31,ARC,2024-06-03T07:00,2024-06-03T19:00
23,C0188,T. Barraclough,@@l3@@,Security Guarding,2026-02-28,HRP4,2024-06-04T07:00,2024-06-04T19:00
23,C0191,P. Adeyemi,@@l4@@,Key Holding,2026-02-28,MOBILE-LDS,2024-06-05T22:00,2024-06-06T06:00
""", l0=_sia[0], l1=_sia[1], l2=_sia[2], l3=_sia[3], l4=_sia[4])

add("json/decoy-sample-payload", "integrations/deputy-webhook-sample.json", "https://developer.deputy.com/deputy-docs/docs/webhooks", """
{
  "topic": "Timesheet.Insert",
  "data": {
    "Id": 88412,
    "Employee": 231,
    "EmployeeHistory": 9912,
    "Date": "2024-06-03",
    "StartTime": 1717437600,
    "EndTime": 1717480800,
    "Mealbreak": "2024-06-03T00:30:00+01:00",
    "TotalTime": 11.5,
    "OperationalUnit": 14,
    "IsInProgress": false,
    "Creator": 231,
    "Created": "2024-06-04T07:02:11+01:00",
    "Modified": "2024-06-04T07:02:11+01:00"
  },
  "deputy-webhook-signature": "sha256=<hmac of body with the webhook secret>",
  "request_id": "@@rid@@"
}
""", rid=uuid_s())

add("python/decoy-test-fixture", "roster_sync/tests/test_deputy.py", "https://github.com/getsentry/responses", r'''
import datetime as dt

import responses

from roster_sync import deputy


@responses.activate
def test_publish_shift_sends_oauth_header(monkeypatch):
    monkeypatch.setattr(deputy, "HEADERS", {"Authorization": "OAuth dummy-token", "Content-Type": "application/json"})
    responses.post("https://castellan.uk.deputy.com/api/v1/supervise/roster", json={"Id": 42})

    shift_id = deputy.publish_shift(231, 14, dt.datetime(2024, 6, 3, 19), dt.datetime(2024, 6, 4, 7))

    assert shift_id == 42
    assert responses.calls[0].request.headers["Authorization"] == "OAuth dummy-token"
''')

add("yaml/decoy-client-id", "roster-sync/config.yaml", "https://developer.xero.com/documentation/guides/oauth2/auth-flow/ (client id is not a secret)", """
# roster-sync configuration (non-secret); the client secret is injected as XERO_CLIENT_SECRET
xero:
  client_id: "@@cid@@"
  redirect_uri: https://roster.castellan.internal/xero/callback
  scopes:
    - offline_access
    - payroll.timesheets
    - payroll.employees.read
deputy:
  base_url: https://castellan.uk.deputy.com/api/v1
  areas:
    KD: 14
    HRP4: 15
    ARC: 21
schedule:
  cron: "0 6 * * MON"
  timezone: Europe/London
""", cid=hexs(32, upper=True))

add("markdown/decoy-password-manager-reference", "docs/rostering/handover.md", "https://support.1password.com/secret-references/", """
# Rostering systems: handover notes (June 2024)

**Owner while Priya is on leave:** Tom B. (supervisor, Leeds)

## Systems
- **Deputy** (castellan.uk.deputy.com): master roster. Admin login in 1Password vault *Rostering*,
  item "Deputy - admin". The API token used by roster-sync is item "Deputy - permanent token".
- **Timegate** (legacy, read-only): export job runs Mondays 06:00.
- **Xero Payroll**: timesheets posted by payroll-export. Client secret: 1Password *Finance Integrations*.

## Weekly tasks
1. Monday 08:00: check #rostering for roster-bot's "unfilled shifts" post and cover them.
2. Tuesday: approve timesheets in Deputy before 12:00 so payroll-export picks them up.
3. Friday: confirm SIA licence expiry report; anyone expiring within 30 days gets a reminder.

## If roster-sync fails
Look at `journalctl -u roster-sync`. A 401 from Deputy means the token was rotated: update the systemd
credential (`systemd-creds encrypt`) from the 1Password item, never paste it into the repo.
""")

add("ini/decoy-template-default", "roster-sync/alembic.ini", "https://alembic.sqlalchemy.org/en/latest/tutorial.html#editing-the-ini-file", """
# A generic, single database configuration.

[alembic]
script_location = migrations
prepend_sys_path = .
version_path_separator = os

# overridden at runtime from ROSTER_DB_URL in env.py
sqlalchemy.url = driver://user:pass@localhost/dbname

[loggers]
keys = root,sqlalchemy,alembic

[handlers]
keys = console

[formatters]
keys = generic

[logger_root]
level = WARN
handlers = console

[handler_console]
class = StreamHandler
args = (sys.stderr,)
level = NOTSET
formatter = generic

[formatter_generic]
format = %(levelname)-5.5s [%(name)s] %(message)s
""")

# ================================================================ client portals

add("env/stripe-secret-key", "client-portal/.env.production", "https://docs.stripe.com/keys", """
# Castellan client portal (portal.castellan-sg.co.uk), production
NODE_ENV=production
PORT=3000
PUBLIC_BASE_URL=https://portal.castellan-sg.co.uk
STRIPE_PUBLISHABLE_KEY=@@pk@@
STRIPE_SECRET_KEY=@@secret@@
STRIPE_PRICE_MOBILE_PATROL=price_1P2mobilePatrolMonthly
STRIPE_PRICE_KEYHOLDING=price_1P2keyholdingMonthly
SESSION_COOKIE_NAME=csg_portal
INCIDENTS_API_URL=https://incidents-api.castellan.internal/v1
""", secret=stripe_key("sk_live_"), pk=stripe_key("pk_live_"))

add("env/laravel-app-key", "alarm-response-portal/.env", "https://laravel.com/docs/11.x/encryption#configuration", """
APP_NAME="Nightjar Alarm Response"
APP_ENV=production
APP_KEY=base64:@@secret@@
APP_DEBUG=false
APP_URL=https://response.nightjar-arc.net

LOG_CHANNEL=daily
LOG_LEVEL=warning

DB_CONNECTION=mysql
DB_HOST=127.0.0.1
DB_PORT=3306
DB_DATABASE=response_portal
DB_USERNAME=response_portal
DB_PASSWORD=${RESPONSE_DB_PASSWORD}

QUEUE_CONNECTION=redis
SESSION_DRIVER=redis
""", secret=base64.b64encode(rand_bytes(32)).decode())

add("typescript/jwt-signing-secret", "client-portal/src/server/auth/session.ts", "https://github.com/panva/jose (HS256 with a shared secret)", """
import { SignJWT, jwtVerify } from "jose";

// Signs the portal session cookie for client site managers.
const SESSION_SECRET = new TextEncoder().encode("@@secret@@");
const ISSUER = "https://portal.castellan-sg.co.uk";

export interface PortalSession {
  clientId: string;
  userId: string;
  sites: string[];
}

export async function signSession(session: PortalSession): Promise<string> {
  return new SignJWT({ ...session })
    .setProtectedHeader({ alg: "HS256" })
    .setIssuer(ISSUER)
    .setIssuedAt()
    .setExpirationTime("8h")
    .sign(SESSION_SECRET);
}

export async function readSession(token: string): Promise<PortalSession> {
  const { payload } = await jwtVerify(token, SESSION_SECRET, { issuer: ISSUER });
  return payload as unknown as PortalSession;
}
""", secret=hexs(64))

add("python/gocardless-access-token", "portal/payments/gocardless.py", "https://developer.gocardless.com/getting-started/api/making-your-first-request/", r'''
"""Direct Debit mandates for monthly keyholding and alarm response contracts."""
import gocardless_pro

client = gocardless_pro.Client(
    access_token="@@secret@@",
    environment="live",
)


def create_billing_request(customer_email: str, given_name: str, family_name: str) -> str:
    br = client.billing_requests.create(params={
        "mandate_request": {"scheme": "bacs", "currency": "GBP"},
        "metadata": {"source": "client-portal"},
    })
    flow = client.billing_request_flows.create(params={
        "redirect_uri": "https://portal.castellan-sg.co.uk/billing/complete",
        "prefilled_customer": {"email": customer_email, "given_name": given_name, "family_name": family_name},
        "links": {"billing_request": br.id},
    })
    return flow.authorisation_url
''', secret=gocardless_token())

add("ruby/stripe-webhook-secret", "client-portal-rails/config/initializers/stripe.rb", "https://docs.stripe.com/webhooks#verify-official-libraries", """
# frozen_string_literal: true

Stripe.api_key = ENV.fetch("STRIPE_SECRET_KEY")
Stripe.api_version = "2024-04-10"

Rails.configuration.stripe = {
  publishable_key: ENV.fetch("STRIPE_PUBLISHABLE_KEY"),
  webhook_secret: "@@secret@@"
}

StripeEvent.signing_secret = Rails.configuration.stripe[:webhook_secret]

StripeEvent.configure do |events|
  events.subscribe "invoice.payment_failed", Billing::PaymentFailedHandler.new
  events.subscribe "customer.subscription.deleted", Billing::ContractEndedHandler.new
end
""", secret="whsec_" + draw(32))

add("json/azure-ad-client-secret", "ClientPortal.Api/appsettings.json", "https://learn.microsoft.com/en-us/entra/identity-platform/howto-create-service-principal-portal#option-3-create-a-new-client-secret", """
{
  "AzureAd": {
    "Instance": "https://login.microsoftonline.com/",
    "Domain": "castellansg.onmicrosoft.com",
    "TenantId": "@@tid@@",
    "ClientId": "@@cid@@",
    "ClientSecret": "@@secret@@",
    "CallbackPath": "/signin-oidc"
  },
  "Graph": {
    "BaseUrl": "https://graph.microsoft.com/v1.0",
    "Scopes": "User.Read.All Group.Read.All"
  },
  "Logging": {
    "LogLevel": { "Default": "Information", "Microsoft.AspNetCore": "Warning" }
  },
  "AllowedHosts": "*"
}
""", secret=azure_secret(), tid=uuid_s(), cid=uuid_s())

add("go/webhook-signing-secret", "portal/webhooks/alarm_events.go", "https://pkg.go.dev/crypto/hmac", """
package webhooks

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"io"
	"net/http"
)

// Clients with their own SOC receive alarm events from the ARC; each POST carries
// X-Nightjar-Signature: sha256=<hex hmac of the body>.
var signingSecret = []byte("@@secret@@")

func Sign(body []byte) string {
	mac := hmac.New(sha256.New, signingSecret)
	mac.Write(body)
	return "sha256=" + hex.EncodeToString(mac.Sum(nil))
}

func Verify(r *http.Request) ([]byte, bool) {
	body, err := io.ReadAll(io.LimitReader(r.Body, 1<<20))
	if err != nil {
		return nil, false
	}
	want := Sign(body)
	return body, hmac.Equal([]byte(want), []byte(r.Header.Get("X-Nightjar-Signature")))
}
""", secret=draw(40))

_pgpw = rand_pw(24)
add("k8s-secret/postgres-password", "deploy/portal/secret.yaml", "https://kubernetes.io/docs/concepts/configuration/secret/#opaque-secrets", """
apiVersion: v1
kind: Secret
metadata:
  name: client-portal
  namespace: portal
type: Opaque
data:
  DATABASE_URL: @@dsn@@
  REDIS_URL: @@redis@@
  NODE_ENV: @@env@@
""", secret=_pgpw, dsn=b64(f"postgresql://portal:{_pgpw}@portal-db.portal.svc.cluster.local:5432/portal"),
    redis=b64("redis://portal-redis.portal.svc.cluster.local:6379/0"), env=b64("production"))

add("terraform/rds-master-password", "infra/portal/rds.tf", "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/db_instance", """
resource "aws_db_subnet_group" "portal" {
  name       = "portal-db"
  subnet_ids = var.private_subnet_ids
}

resource "aws_db_instance" "portal" {
  identifier              = "castellan-portal"
  engine                  = "postgres"
  engine_version          = "15.5"
  instance_class          = "db.t4g.medium"
  allocated_storage       = 50
  storage_encrypted       = true
  db_name                 = "portal"
  username                = "portal_admin"
  password                = "@@secret@@"
  db_subnet_group_name    = aws_db_subnet_group.portal.name
  vpc_security_group_ids  = [aws_security_group.portal_db.id]
  backup_retention_period = 14
  deletion_protection     = true
  skip_final_snapshot     = false
}
""", secret=rand_pw(26))

add("dockerfile/npm-token", "client-portal/Dockerfile", "https://docs.npmjs.com/using-private-packages-in-a-ci-cd-workflow", """
FROM node:20-alpine AS build
WORKDIR /app

# private @castellan/ui components come from the npm org
ENV NPM_TOKEN=@@secret@@
RUN echo "//registry.npmjs.org/:_authToken=${NPM_TOKEN}" > .npmrc

COPY package.json package-lock.json ./
RUN npm ci
COPY . .
RUN npm run build && npm prune --omit=dev

FROM node:20-alpine
WORKDIR /app
ENV NODE_ENV=production
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/.next ./.next
COPY --from=build /app/public ./public
COPY package.json ./
EXPOSE 3000
CMD ["npm", "start"]
""", secret=fakes.fake("npm_", 36, _seed()))

add("yaml/spring-datasource-password", "keyholding-service/src/main/resources/application-prod.yml", "https://docs.spring.io/spring-boot/appendix/application-properties/index.html#application-properties.data.spring.datasource.password", """
server:
  port: 8080
spring:
  application:
    name: keyholding-service
  datasource:
    url: jdbc:postgresql://keyholding-db.castellan.internal:5432/keyholding
    username: keyholding
    password: @@secret@@
    hikari:
      maximum-pool-size: 12
  jpa:
    open-in-view: false
    hibernate:
      ddl-auto: validate
  mail:
    host: smtp.office365.com
    port: 587
    username: keyholding@castellan-sg.co.uk
    password: ${KEYHOLDING_MAIL_PASSWORD}
keyholding:
  response-target-minutes: 20
  key-safe-audit-cron: "0 0 6 * * MON"
""", secret=words_pw())

_gmk = google_key()
add("python/google-maps-server-key", "portal/geo/response_times.py", "https://developers.google.com/maps/documentation/distance-matrix/get-api-key (server-side key)", r'''
"""Estimate mobile patrol response times from the nearest vehicle to a client site (server side)."""
import googlemaps

gmaps = googlemaps.Client(key="@@secret@@")


def response_minutes(vehicle_positions: dict, site_latlng: tuple) -> dict:
    names = list(vehicle_positions)
    result = gmaps.distance_matrix(
        origins=[vehicle_positions[n] for n in names],
        destinations=[site_latlng],
        mode="driving",
        departure_time="now",
        traffic_model="best_guess",
    )
    out = {}
    for name, row in zip(names, result["rows"]):
        element = row["elements"][0]
        if element["status"] == "OK":
            out[name] = round(element["duration_in_traffic"]["value"] / 60)
    return dict(sorted(out.items(), key=lambda kv: kv[1]))
''', secret=_gmk)

add("php/redis-password", "alarm-response-portal/config/database.php", "https://laravel.com/docs/11.x/redis#configuration", """
<?php

use Illuminate\\Support\\Str;

return [
    'default' => env('DB_CONNECTION', 'mysql'),

    'redis' => [
        'client' => env('REDIS_CLIENT', 'phpredis'),
        'options' => [
            'cluster' => env('REDIS_CLUSTER', 'redis'),
            'prefix' => env('REDIS_PREFIX', Str::slug(env('APP_NAME', 'laravel'), '_').'_database_'),
        ],
        'default' => [
            'url' => env('REDIS_URL'),
            'host' => env('REDIS_HOST', 'redis-portal.nightjar.internal'),
            'username' => env('REDIS_USERNAME'),
            'password' => env('REDIS_PASSWORD', '@@secret@@'),
            'port' => env('REDIS_PORT', '6379'),
            'database' => env('REDIS_DB', '0'),
        ],
    ],
];
""", secret=fakes.redis_password(_seed()))

# ---- client portal decoys

add("javascript/decoy-publishable-token", "client-portal/next.config.js", "https://docs.mapbox.com/help/getting-started/access-tokens/#default-public-token", """
/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  output: "standalone",
  env: {
    // Public token (styles:read, tiles:read), URL-restricted to portal.castellan-sg.co.uk
    NEXT_PUBLIC_MAPBOX_TOKEN: "@@pk@@",
    NEXT_PUBLIC_MAP_STYLE: "mapbox://styles/castellan/clv2sitemap01",
  },
  images: {
    remotePatterns: [{ protocol: "https", hostname: "evidence.castellan-sg.co.uk" }],
  },
};

module.exports = nextConfig;
""", pk=mapbox("pk", "castellan"))

add("env/decoy-placeholder", "client-portal/.env.example", "https://12factor.net/config", """
# Copy to .env.local for development. Real values: 1Password > Client Portal.
NODE_ENV=development
PORT=3000
PUBLIC_BASE_URL=http://localhost:3000
STRIPE_PUBLISHABLE_KEY=pk_test_xxxxxxxxxxxxxxxxxxxxxxxx
STRIPE_SECRET_KEY=sk_test_xxxxxxxxxxxxxxxxxxxxxxxx
STRIPE_WEBHOOK_SECRET=whsec_...
SESSION_SECRET=replace-me-with-64-hex-chars
DATABASE_URL=postgresql://portal:portal@localhost:5432/portal_dev
INCIDENTS_API_URL=http://localhost:8000/v1
""")

add("html/decoy-site-key", "client-portal/public/contact.html", "https://developers.google.com/recaptcha/docs/display (site key is public)", """
<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>Request a quote | Castellan Security Group</title>
  <script src="https://www.google.com/recaptcha/api.js" async defer></script>
  <script src="https://js.stripe.com/v3/"></script>
</head>
<body>
  <h1>Request a security quote</h1>
  <form action="/api/quote" method="post">
    <label>Company <input name="company" required></label>
    <label>Site postcode <input name="postcode" required></label>
    <label>Service
      <select name="service">
        <option>Static guarding</option>
        <option>Mobile patrols</option>
        <option>Keyholding and alarm response</option>
      </select>
    </label>
    <div class="g-recaptcha" data-sitekey="6L@@site@@"></div>
    <button type="submit">Send</button>
  </form>
  <script>
    const stripe = Stripe("@@pk@@");
  </script>
</body>
</html>
""", site=draw(38, URLSAFE), pk=stripe_key("pk_live_"))

_age = base64.b64encode(b"age-encryption.org/v1\n-> X25519 " + rand_bytes(260)).decode()
add("age/decoy-age-encrypted", "secrets/client-portal.env.age", "https://github.com/FiloSottile/age (armored age files)", """
-----BEGIN AGE ENCRYPTED FILE-----
@@body@@
-----END AGE ENCRYPTED FILE-----
""", body="\n".join(_age[i:i + 64] for i in range(0, len(_age), 64)))

add("k8s/decoy-sealed-secret", "deploy/portal/sealed-secret.yaml", "https://github.com/bitnami-labs/sealed-secrets#usage", """
apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata:
  name: client-portal-stripe
  namespace: portal
spec:
  encryptedData:
    STRIPE_SECRET_KEY: @@a@@
    STRIPE_WEBHOOK_SECRET: @@b@@
  template:
    metadata:
      name: client-portal-stripe
      namespace: portal
    type: Opaque
""", a=sealed_blob(), b=sealed_blob())

add("ansible/decoy-ansible-vault", "ansible/group_vars/portal/vault.yml", "https://docs.ansible.com/ansible/latest/vault_guide/vault_encrypting_content.html", """
@@v@@
""", v=vault_blob(12))

add("yaml/decoy-sops-encrypted", "deploy/portal/secrets.enc.yaml", "https://github.com/getsops/sops#encrypting-using-age", """
apiVersion: v1
kind: Secret
metadata:
  name: client-portal-extra
  namespace: portal
type: Opaque
stringData:
  GOCARDLESS_ACCESS_TOKEN: @@a@@
  SESSION_SECRET: @@b@@
sops:
  age:
    - recipient: age1@@rcpt@@
      enc: |
        -----BEGIN AGE ENCRYPTED FILE-----
        @@e1@@
        @@e2@@
        -----END AGE ENCRYPTED FILE-----
  lastmodified: "2024-05-14T10:22:31Z"
  mac: @@mac@@
  encrypted_regex: ^(data|stringData)$
  version: 3.8.1
""", a=sops_value(45), b=sops_value(64), rcpt=draw(58, "023456789acdefghjklmnpqrstuvwxyz"),
    e1=base64.b64encode(rand_bytes(48)).decode(), e2=base64.b64encode(rand_bytes(30)).decode(), mac=sops_value(32))

add("terraform/decoy-generated-password", "infra/portal/secrets.tf", "https://registry.terraform.io/providers/hashicorp/random/latest/docs/resources/password", """
resource "random_password" "portal_db" {
  length           = 32
  special          = true
  override_special = "-_"
}

resource "aws_secretsmanager_secret" "portal_db" {
  name        = "portal/db/master"
  description = "Master password for castellan-portal RDS"
  kms_key_id  = aws_kms_key.portal.arn
}

resource "aws_secretsmanager_secret_version" "portal_db" {
  secret_id     = aws_secretsmanager_secret.portal_db.id
  secret_string = random_password.portal_db.result
}

output "portal_db_secret_arn" {
  value = aws_secretsmanager_secret.portal_db.arn
}
""")

add("json/decoy-keyvault-reference", "ClientPortal.Api/appsettings.Staging.json", "https://learn.microsoft.com/en-us/azure/app-service/app-service-key-vault-references", """
{
  "AzureAd": {
    "Instance": "https://login.microsoftonline.com/",
    "Domain": "castellansg.onmicrosoft.com",
    "TenantId": "@@tid@@",
    "ClientId": "@@cid@@",
    "ClientSecret": "@Microsoft.KeyVault(SecretUri=https://kv-portal-staging.vault.azure.net/secrets/portal-api-client-secret/)",
    "CallbackPath": "/signin-oidc"
  },
  "ConnectionStrings": {
    "Portal": "@Microsoft.KeyVault(VaultName=kv-portal-staging;SecretName=portal-sql-connection)"
  }
}
""", tid=uuid_s(), cid=uuid_s())

add("php/decoy-env-reference", "alarm-response-portal/config/services.php", "https://laravel.com/docs/11.x/configuration#environment-configuration", """
<?php

return [

    'postmark' => [
        'token' => env('POSTMARK_TOKEN'),
    ],

    'stripe' => [
        'key' => env('STRIPE_KEY'),
        'secret' => env('STRIPE_SECRET'),
        'webhook' => [
            'secret' => env('STRIPE_WEBHOOK_SECRET'),
            'tolerance' => env('STRIPE_WEBHOOK_TOLERANCE', 300),
        ],
    ],

    'nightjar_arc' => [
        'base_url' => env('ARC_API_URL', 'https://dispatch.nightjar.local/api/v2'),
        'token' => env('ARC_API_TOKEN'),
    ],

];
""")

add("sql/decoy-schema", "portal/db/schema.sql", "https://www.postgresql.org/docs/current/pgcrypto.html", """
-- Client API keys: only a prefix (for display) and a SHA-256 of the full key are stored.
CREATE TABLE client_api_keys (
    id            uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    client_id     uuid NOT NULL REFERENCES clients(id) ON DELETE CASCADE,
    name          text NOT NULL,
    key_prefix    char(8) NOT NULL,
    key_sha256    char(64) NOT NULL UNIQUE,
    scopes        text[] NOT NULL DEFAULT '{alarms:read}',
    created_at    timestamptz NOT NULL DEFAULT now(),
    last_used_at  timestamptz,
    revoked_at    timestamptz
);

CREATE TABLE portal_users (
    id             uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    client_id      uuid NOT NULL REFERENCES clients(id),
    email          citext NOT NULL UNIQUE,
    password_hash  text NOT NULL,          -- argon2id
    mfa_secret_enc bytea,                  -- encrypted with the KMS data key
    created_at     timestamptz NOT NULL DEFAULT now()
);
""")

add("markdown/decoy-placeholder", "client-portal/README.md", "https://docs.stripe.com/keys#obtain-api-keys", """
# Castellan client portal

Next.js app where client site managers see patrol reports, incidents, alarm activations and invoices.

## Running locally

```bash
cp .env.example .env.local
npm install
npm run dev
```

Fill `.env.local` with **test mode** keys from the Stripe dashboard of the *Castellan (test)* account:

```
STRIPE_PUBLISHABLE_KEY=pk_test_...
STRIPE_SECRET_KEY=sk_test_...
```

Use `stripe listen --forward-to localhost:3000/api/stripe/webhook` and paste the printed `whsec_...`
into `STRIPE_WEBHOOK_SECRET`.

## Deploying

Production values live in AWS Secrets Manager (`portal/*`) and are mounted by the External Secrets
operator. Do not put real keys in `.env.production` in this repository.
""")

# ================================================================ radio and SIM gateways

add("python/emnify-app-token", "sim_fleet/emnify_client.py", "https://docs.emnify.com/rest-api/authentication (application token)", r'''
"""Alarm communicator SIMs (emnify): find SIMs that have not attached in 24h and suspend stolen units."""
import requests

EMNIFY = "https://cdn.emnify.net/api/v1"
APPLICATION_TOKEN = "@@secret@@"


def _auth_token() -> str:
    resp = requests.post(f"{EMNIFY}/authenticate", json={"application_token": APPLICATION_TOKEN}, timeout=15)
    resp.raise_for_status()
    return resp.json()["auth_token"]


def silent_endpoints(hours: int = 24) -> list:
    headers = {"Authorization": f"Bearer {_auth_token()}"}
    resp = requests.get(f"{EMNIFY}/endpoint", headers=headers, params={"per_page": 500}, timeout=30)
    resp.raise_for_status()
    return [e for e in resp.json() if e.get("last_seen_hours", 0) > hours]


def suspend(endpoint_id: int) -> None:
    headers = {"Authorization": f"Bearer {_auth_token()}"}
    requests.patch(f"{EMNIFY}/endpoint/{endpoint_id}", headers=headers, json={"status": {"id": 1}}, timeout=15).raise_for_status()
''', secret=jwt({"esc.app": int(digits(5)), "esc.org": int(digits(4)), "sub": "nightjar-arc-simfleet", "iat": 1706745600}, alg="HS512"))

add("shell/router-admin-password", "gateways/teltonika/provision_rut241.sh", "https://wiki.teltonika-networks.com/view/UCI_command_usage", """
#!/bin/sh
# Provision a Teltonika RUT241 used as the 4G path for a client's alarm panel and NVR.
# Usage: ./provision_rut241.sh <router-ip> <site-code>
set -eu
IP="$1"
SITE="$2"

sshpass -p '@@secret@@' ssh -o StrictHostKeyChecking=no root@"$IP" <<EOF
uci set system.@system[0].hostname='rut-$SITE'
uci set network.mob1s1a1.apn='nightjar.arc'
uci set firewall.@redirect[0].dest_port='7200'
uci set openvpn.arc.enabled='1'
uci commit
/etc/init.d/network reload
EOF

echo "Provisioned $IP for $SITE"
""", secret=words_pw())

add("yaml/hologram-api-key", "sim-fleet/hologram.yaml", "https://support.hologram.io/hc/en-us/articles/360035697813-Authentication (apikey)", """
# SIM fleet sync (Hologram), used for guard body-cam and lone-worker devices
hologram:
  base_url: https://dashboard.hologram.io/api/1
  org_id: 41822
  apikey: @@secret@@
  page_limit: 500
sync:
  schedule: "*/30 * * * *"
  tag_map:
    bodycam: Bodycams
    loneworker: Lone worker pendants
  alert_if_data_mb_over: 750
""", secret=draw(32))

add("ini/zello-api-key", "radio-bridge/zello.ini", "https://github.com/zelloptt/zello-for-work-server-api-libs (API key for Zello Work server API)", """
; Zello Work <-> control room bridge (channel membership from the roster)
[zello]
network = castellan
api_url = https://castellan.zellowork.com
api_key = @@secret@@
admin_user = radio-admin

[channels]
leeds_mobile = Leeds Mobile Patrol
manchester_static = Manchester Static
control = Control Room

[sync]
roster_api = https://roster.castellan.internal/api/on-shift
interval_minutes = 10
""", secret=draw(40, UPPER_ALNUM))

add("json/1nce-client-secret", "gateways/1nce/credentials.json", "https://help.1nce.com/dev-hub/reference/postaccesstokenpost (Basic client_id:client_secret)", """
{
  "provider": "1NCE",
  "token_url": "https://api.1nce.com/management-api/oauth/token",
  "grant_type": "client_credentials",
  "client_id": "nightjar-arc-api",
  "client_secret": "@@secret@@",
  "sims_endpoint": "https://api.1nce.com/management-api/v1/sims",
  "quota_alert_percent": 80
}
""", secret=words_pw())

add("csharp/twilio-api-key-secret", "RadioGateway/Sms/TwilioSender.cs", "https://www.twilio.com/docs/iam/api-keys", """
using Twilio;
using Twilio.Rest.Api.V2010.Account;
using Twilio.Types;

namespace Nightjar.RadioGateway.Sms
{
    /// <summary>SMS fallback when the radio channel is down: texts the mobile unit directly.</summary>
    public static class TwilioSender
    {
        private const string AccountSid = "AC@@sid@@";
        private const string ApiKeySid = "SK@@sk@@";
        private const string ApiKeySecret = "@@secret@@";
        private const string From = "+441134960190";

        static TwilioSender()
        {
            TwilioClient.Init(ApiKeySid, ApiKeySecret, AccountSid);
        }

        public static string Send(string to, string body)
        {
            var message = MessageResource.Create(to: new PhoneNumber(to), from: new PhoneNumber(From), body: body);
            return message.Sid;
        }
    }
}
""", secret=draw(32), sid=hexs(32), sk=hexs(32))

add("go/vonage-api-secret", "smsgw/vonage.go", "https://developer.vonage.com/en/getting-started/concepts/authentication#api-key-and-secret", """
package smsgw

import (
	"net/http"
	"net/url"
	"strings"
	"time"
)

const (
	vonageKey    = "@@key@@"
	vonageSecret = "@@secret@@"
	vonageFrom   = "NightjarARC"
)

var httpClient = &http.Client{Timeout: 10 * time.Second}

// SendAlert texts a keyholder when an alarm is confirmed and no operator has reached them by phone.
func SendAlert(to, text string) error {
	form := url.Values{
		"api_key":    {vonageKey},
		"api_secret": {vonageSecret},
		"from":       {vonageFrom},
		"to":         {to},
		"text":       {text},
	}
	resp, err := httpClient.Post("https://rest.nexmo.com/sms/json", "application/x-www-form-urlencoded", strings.NewReader(form.Encode()))
	if err != nil {
		return err
	}
	return resp.Body.Close()
}
""", secret=draw(16), key=hexs(8))

add("wireguard/wireguard-private-key", "gateways/wireguard/wg-arc0.conf", "https://www.wireguard.com/quickstart/ (wg-quick configuration)", """
# Site-to-ARC tunnel on the 4G router (Kirkstall Depot)
[Interface]
Address = 10.200.14.2/32
PrivateKey = @@secret@@
DNS = 10.200.0.1
MTU = 1380

[Peer]
# ARC concentrator
PublicKey = @@pub@@
Endpoint = vpn.nightjar-arc.net:51820
AllowedIPs = 10.40.0.0/16, 10.200.0.0/24
PersistentKeepalive = 25
""", secret=wg_key(), pub=wg_key())

add("strongswan/ipsec-psk", "gateways/ipsec/ipsec.secrets", "https://docs.strongswan.org/docs/5.9/config/ipsecSecrets.html", """
# /etc/ipsec.secrets - strongSwan IPsec secrets file
# ARC <-> client SOC (Harrow Retail Park) for alarm event forwarding

: RSA arc-gw01.key

# PSK for the client's FortiGate, agreed 2024-02-12 (ticket OPS-2231)
203.0.113.40 198.51.100.22 : PSK "@@secret@@"
""", secret=rand_pw(32))

add("xml/router-admin-password", "gateways/sierra/acemanager-template.xml", "https://source.sierrawireless.com/ (ACEmanager template export)", """
<?xml version="1.0" encoding="ISO-8859-1"?>
<!-- ACEmanager template applied to AirLink RV50X units in patrol vehicles -->
<template version="4.17">
  <group name="Admin">
    <setting id="3002" name="User Password">@@secret@@</setting>
    <setting id="10003" name="Telnet/SSH Access">2</setting>
  </group>
  <group name="WAN/Cellular">
    <setting id="10109" name="APN">nightjar.arc</setting>
    <setting id="1105" name="Keep Alive IP">10.40.0.1</setting>
  </group>
  <group name="GPS">
    <setting id="1170" name="Report Server IP">10.40.5.20</setting>
    <setting id="1171" name="Report Server Port">9494</setting>
    <setting id="1172" name="Report Interval">30</setting>
  </group>
</template>
""", secret=words_pw())

add("rust/telegram-bot-token", "radio-bridge/src/alerts.rs", "https://core.telegram.org/bots/api#authorizing-your-bot", """
use reqwest::Client;
use serde_json::json;

/// Posts radio-channel outages to the control room Telegram group.
const BOT_TOKEN: &str = "@@secret@@";
const CONTROL_ROOM_CHAT: i64 = -1001873310042;

pub async fn channel_down(client: &Client, channel: &str, minutes: u32) -> reqwest::Result<()> {
    let url = format!("https://api.telegram.org/bot{}/sendMessage", BOT_TOKEN);
    client
        .post(url)
        .json(&json!({
            "chat_id": CONTROL_ROOM_CHAT,
            "text": format!("Radio channel '{}' silent for {} min. Switch patrols to Zello.", channel, minutes),
        }))
        .send()
        .await?
        .error_for_status()?;
    Ok(())
}
""", secret=fakes.telegram_token(_seed()))

# ---- radio and SIM decoys

_sim_rows = "\n".join(f"{iccid()},2341{digits(11)},4477{digits(8)},{dev},{site}" for dev, site in [
    ("Texecom ComIP 4G", "HRP4"), ("WebWayOne Enterprise", "KD"), ("Teltonika RUT241", "KD"),
    ("Ajax Hub 2 Plus", "HL-LETTINGS"), ("Body-cam BC-07", "MOBILE-LDS"), ("Lone worker pendant", "MOBILE-LDS")])
add("csv/decoy-iccid", "sim-fleet/sim_inventory.csv", "https://www.itu.int/rec/T-REC-E.118 (ICCID) / ITU-T E.212 (IMSI)", """
iccid,imsi,msisdn,device,site
@@rows@@
""", rows=_sim_rows)

add("json/decoy-device-ids", "gateways/teltonika/rms-devices.json", "https://developers.rms.teltonika-networks.com/ (device list fields)", """
{
  "success": true,
  "data": [
    {"id": 401772, "name": "rut-KD", "serial": "@@s0@@", "mac": "@@m0@@", "imei": "@@i0@@", "model": "RUT241", "firmware": "RUT2M_R_00.07.06.10", "status": 1},
    {"id": 401773, "name": "rut-HRP4", "serial": "@@s1@@", "mac": "@@m1@@", "imei": "@@i1@@", "model": "RUT241", "firmware": "RUT2M_R_00.07.06.10", "status": 1},
    {"id": 401790, "name": "rut-MEANWOOD", "serial": "@@s2@@", "mac": "@@m2@@", "imei": "@@i2@@", "model": "RUT956", "firmware": "RUT9M_R_00.07.06.8", "status": 0}
  ],
  "meta": {"total": 3}
}
""", s0=digits(10), m0=mac(), i0=imei(), s1=digits(10), m1=mac(), i1=imei(), s2=digits(10), m2=mac(), i2=imei())

add("markdown/decoy-radio-ids", "docs/radio/channel-plan.md", "https://www.ofcom.org.uk/ (business radio licences) / ETSI TS 102 361 (DMR colour codes)", """
# Radio channel plan (Leeds)

| Ch | Name            | Mode   | RX (MHz)   | TX (MHz)   | CC / Tone | Talkgroup | Notes                   |
|----|-----------------|--------|------------|------------|-----------|-----------|-------------------------|
| 1  | Control         | DMR    | 461.2375   | 451.2375   | CC 3      | 9101      | repeater, Park Row      |
| 2  | Mobile Patrol   | DMR    | 461.2375   | 451.2375   | CC 3      | 9102      | same repeater, TS2      |
| 3  | Site simplex    | DMR    | 446.00625  | 446.00625  | CC 1      | 99        | PMR446, site use only   |
| 4  | Event ops       | Analog | 449.9125   | 449.9125   | CTCSS 94.8| -         | events licence only     |

Radio IDs: 2350101-2350199 (handhelds), 2350201-2350230 (vehicles). Control console: 2350001.

Programming files are in `radio-cps/` as `.rdt`; they contain no encryption keys (basic privacy is not used).
""")

_msg = ["SM" + hexs(32) for _ in range(3)]
add("log/decoy-message-ids", "logs/sms-gateway-2024-05-06.log", "https://www.twilio.com/docs/glossary/what-is-a-sid", """
2024-05-06T01:12:44Z INFO  sms queued to=+4477******41 sid=@@m0@@ reason=keyholder-no-answer alarm=4417/003
2024-05-06T01:12:46Z INFO  sms status sid=@@m0@@ status=delivered
2024-05-06T03:40:02Z INFO  sms queued to=+4477******08 sid=@@m1@@ reason=radio-fallback unit=MP-LDS-2
2024-05-06T03:40:09Z WARN  sms status sid=@@m1@@ status=undelivered error=30003
2024-05-06T03:40:10Z INFO  sms queued to=+4477******08 sid=@@m2@@ reason=retry unit=MP-LDS-2
2024-05-06T03:40:15Z INFO  sms status sid=@@m2@@ status=delivered
""", m0=_msg[0], m1=_msg[1], m2=_msg[2])

add("python/decoy-test-numbers", "sim_fleet/tests/test_luhn.py", "https://www.itu.int/rec/T-REC-E.118 (ICCID check digit)", r'''
import pytest

from sim_fleet.identifiers import luhn_ok, normalise_iccid

# Valid by construction (Luhn check digit appended); not real SIMs.
VALID = ["@@v0@@", "@@v1@@", "@@v2@@"]
INVALID = ["8944000000000000001", "1234", "89441234567890123450"]


@pytest.mark.parametrize("value", VALID)
def test_valid_iccids(value):
    assert luhn_ok(value)


@pytest.mark.parametrize("value", INVALID)
def test_invalid_iccids(value):
    assert not luhn_ok(value)


def test_normalise_strips_spaces_and_trailing_f():
    assert normalise_iccid("8944 1234 5678 9012 345F") == "8944123456789012345"
''', v0=iccid(), v1=iccid(), v2=iccid())

add("wireguard/decoy-public-key", "gateways/wireguard/arc-concentrator-peers.conf", "https://www.wireguard.com/quickstart/ (peer public keys)", """
# Peers of the ARC WireGuard concentrator (public keys only; private keys stay on the routers)
[Peer]
# rut-KD
PublicKey = @@p0@@
AllowedIPs = 10.200.14.2/32

[Peer]
# rut-HRP4
PublicKey = @@p1@@
AllowedIPs = 10.200.14.3/32

[Peer]
# rut-MEANWOOD
PublicKey = @@p2@@
AllowedIPs = 10.200.14.4/32
""", p0=wg_key(), p1=wg_key(), p2=wg_key())

# ================================================================ office IT, CI and infrastructure

add("powershell/azure-ad-client-secret", "it/Connect-CastellanGraph.ps1", "https://learn.microsoft.com/en-us/powershell/microsoftgraph/authentication-commands#app-only-access", """
<#
  Connects to Microsoft Graph as the "Castellan IT Automation" app registration.
  Used by the leaver script and the weekly licence report.
#>
$TenantId = "@@tid@@"
$ClientId = "@@cid@@"
$ClientSecret = "@@secret@@"

$body = @{
    grant_type    = "client_credentials"
    scope         = "https://graph.microsoft.com/.default"
    client_id     = $ClientId
    client_secret = $ClientSecret
}
$token = Invoke-RestMethod -Method Post -Uri "https://login.microsoftonline.com/$TenantId/oauth2/v2.0/token" -Body $body
$secure = ConvertTo-SecureString $token.access_token -AsPlainText -Force
Connect-MgGraph -AccessToken $secure -NoWelcome
Write-Host "Connected to Graph for tenant $TenantId"
""", secret=azure_secret(), tid=uuid_s(), cid=uuid_s())

add("ansible/windows-admin-password", "ansible/inventory/arc-windows.ini", "https://docs.ansible.com/ansible/latest/os_guide/windows_winrm.html#inventory-options", """
[arc_app_servers]
arcapp01.nightjar.local
arcapp02.nightjar.local
arcapp03.nightjar.local

[arc_sql]
arcsql02.nightjar.local

[arc_windows:children]
arc_app_servers
arc_sql

[arc_windows:vars]
ansible_connection=winrm
ansible_winrm_transport=ntlm
ansible_winrm_server_cert_validation=ignore
ansible_port=5986
ansible_user=NIGHTJAR\\svc_ansible
ansible_password=@@secret@@
""", secret=words_pw())

_ossh = openssh_key(b"deploy@arc-jump01")
add("ssh-key/openssh-private-key", "ops/ssh/arc_jump_ed25519", "https://man.openbsd.org/ssh-keygen (OpenSSH private key format)", """
@@secret@@
""", secret=_ossh)

_rsa = rsa_key()
add("pem/rsa-private-key", "certs/dc09-receiver-tls.key", "https://datatracker.ietf.org/doc/html/rfc8017#appendix-A.1.2 (PKCS #1 RSAPrivateKey, PEM)", """
@@secret@@
""", secret=_rsa)

_stkey = azure_storage_key()
add("env/azure-storage-key", "it/backup/.env", "https://learn.microsoft.com/en-us/azure/storage/common/storage-configure-connection-string", """
# Off-site copy of NVR exports and SQL backups (Azure Blob, cool tier)
AZURE_STORAGE_ACCOUNT=castellanbackupuks
AZURE_STORAGE_CONTAINER=arc-sql
AZURE_STORAGE_CONNECTION_STRING=DefaultEndpointsProtocol=https;AccountName=castellanbackupuks;AccountKey=@@secret@@;EndpointSuffix=core.windows.net
RETENTION_DAYS=90
""", secret=_stkey)

add("shell/restic-password", "it/backup/restic-nightly.sh", "https://restic.readthedocs.io/en/stable/040_backup.html#environment-variables", """
#!/usr/bin/env bash
# Nightly restic backup of the ARC config and evidence exports to the NAS over SFTP.
set -euo pipefail

export RESTIC_REPOSITORY="sftp:backup@nas01.castellan.local:/volume1/restic/arc"
export RESTIC_PASSWORD="@@secret@@"

restic backup /etc/arc-bridge /srv/portal/snapshots /var/lib/evidence-exports \\
  --exclude '*.tmp' --tag nightly --host arc-app01
restic forget --keep-daily 14 --keep-weekly 8 --keep-monthly 12 --prune
restic check --read-data-subset=2%
""", secret=passphrase())

add("yaml/prometheus-basic-auth-password", "it/monitoring/prometheus.yml", "https://prometheus.io/docs/prometheus/latest/configuration/configuration/#scrape_config", """
global:
  scrape_interval: 30s
  evaluation_interval: 30s

rule_files:
  - /etc/prometheus/rules/*.yml

scrape_configs:
  - job_name: node
    static_configs:
      - targets: ["arc-app01:9100", "arc-app02:9100", "arc-db-01:9100"]

  - job_name: nvr-exporter
    scheme: https
    basic_auth:
      username: prometheus
      password: @@secret@@
    static_configs:
      - targets: ["nvr-exporter.castellan.local:9443"]

  - job_name: blackbox-receivers
    metrics_path: /probe
    params:
      module: [tcp_connect]
    static_configs:
      - targets: ["10.40.2.11:7201", "10.40.2.12:7202"]
    relabel_configs:
      - source_labels: [__address__]
        target_label: __param_target
      - target_label: __address__
        replacement: blackbox:9115
""", secret=rand_pw(24))

add("yaml/pagerduty-integration-key", "it/monitoring/alertmanager.yml", "https://prometheus.io/docs/alerting/latest/configuration/#pagerduty_config", """
global:
  resolve_timeout: 5m

route:
  receiver: it-email
  group_by: [alertname, instance]
  routes:
    - matchers: [ 'severity="critical"', 'team="arc"' ]
      receiver: arc-pagerduty
      repeat_interval: 30m

receivers:
  - name: it-email
    email_configs:
      - to: it-alerts@castellan-sg.co.uk
        from: alertmanager@castellan-sg.co.uk
        smarthost: smtp.castellan.local:25
        require_tls: false
  - name: arc-pagerduty
    pagerduty_configs:
      - routing_key: @@secret@@
        severity: critical
        description: '{{ .CommonAnnotations.summary }}'
""", secret=hexs(32))

add("ini/pypi-token", "ops/.pypirc", "https://packaging.python.org/en/latest/specifications/pypirc/", """
[distutils]
index-servers =
    pypi
    internal

[pypi]
username = __token__
password = @@secret@@

[internal]
repository = https://pypi.castellan.internal/simple/
username = ci
password = %(INTERNAL_PYPI_PASSWORD)s
""", secret=fakes.pypi_token(_seed()))

add("github-actions/pypi-token", ".github/workflows/publish-arc-tools.yml", "https://twine.readthedocs.io/en/stable/#environment-variables", """
name: publish arc-tools

on:
  release:
    types: [published]

jobs:
  publish:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-python@v5
        with:
          python-version: "3.12"
      - run: python -m pip install build twine
      - run: python -m build
        working-directory: arc-tools
      - name: Upload
        working-directory: arc-tools
        env:
          TWINE_USERNAME: __token__
          TWINE_PASSWORD: @@secret@@
        run: twine upload dist/*
""", secret=fakes.pypi_token(_seed()))

add("npmrc/github-token", "operator-console/.npmrc", "https://docs.github.com/en/packages/working-with-a-github-packages-registry/working-with-the-npm-registry#authenticating-with-a-personal-access-token", """
@nightjar-arc:registry=https://npm.pkg.github.com
//npm.pkg.github.com/:_authToken=@@secret@@
always-auth=true
engine-strict=true
save-exact=true
""", secret=fakes.github_token(_seed()))

_fg = fakes.github_fine_grained_token(_seed())
add("python/github-fine-grained-token", "tools/release_notes.py", "https://docs.github.com/en/rest/releases/releases#generate-release-notes-content-for-a-release", r'''
"""Generate release notes for arc-bridge from merged PRs and post them as a draft release."""
import sys

import requests

REPO = "nightjar-arc/arc-bridge"
GITHUB_TOKEN = (
    "@@head@@"
    "@@tail@@"
)
HEADERS = {"Authorization": f"Bearer {GITHUB_TOKEN}", "Accept": "application/vnd.github+json",
           "X-GitHub-Api-Version": "2022-11-28"}


def main(tag: str, previous: str) -> None:
    notes = requests.post(f"https://api.github.com/repos/{REPO}/releases/generate-notes", headers=HEADERS,
                          json={"tag_name": tag, "previous_tag_name": previous}, timeout=30)
    notes.raise_for_status()
    body = notes.json()["body"]
    rel = requests.post(f"https://api.github.com/repos/{REPO}/releases", headers=HEADERS,
                        json={"tag_name": tag, "name": tag, "body": body, "draft": True}, timeout=30)
    rel.raise_for_status()
    print(rel.json()["html_url"])


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
''', secret=_fg, head=_fg[:47], tail=_fg[47:])

add("yaml/gitlab-token", ".gitlab-ci.yml", "https://docs.gitlab.com/ee/user/profile/personal_access_tokens.html", """
stages:
  - test
  - package
  - mirror

variables:
  PIP_CACHE_DIR: "$CI_PROJECT_DIR/.cache/pip"

test:
  stage: test
  image: python:3.12-slim
  script:
    - pip install -r requirements.txt -r requirements-dev.txt
    - pytest -q

package:
  stage: package
  image: python:3.12-slim
  script:
    - pip install build
    - python -m build
  artifacts:
    paths: [dist/]

mirror-to-github:
  stage: mirror
  image: alpine/git
  variables:
    MIRROR_TOKEN: "@@secret@@"
  script:
    - git push --mirror "https://oauth2:${MIRROR_TOKEN}@gitlab.nightjar-arc.net/arc/receivers-mirror.git"
  only:
    - main
""", secret=fakes.fake("glpat-", 20, _seed()))

_dpat = "dckr_pat_" + draw(27, URLSAFE)
add("json/docker-hub-token", "it/build-agent/docker-config.json", "https://docs.docker.com/reference/cli/docker/login/#credential-stores", """
{
  "auths": {
    "https://index.docker.io/v1/": {
      "auth": "@@secret@@"
    },
    "registry.castellan-sg.co.uk": {}
  },
  "credHelpers": {
    "registry.castellan-sg.co.uk": "ecr-login"
  },
  "currentContext": "default"
}
""", secret=b64("castellanci:" + _dpat))

add("markdown/wifi-psk", "docs/it/office-network.md", "https://www.wi-fi.org/discover-wi-fi/security (WPA2/WPA3-Personal passphrase)", """
# Head office network (Castellan House, Leeds)

| SSID               | VLAN | Who                       | Auth                          |
|--------------------|------|---------------------------|-------------------------------|
| CSG-Corp           | 20   | staff laptops             | 802.1X (NPS, computer certs)  |
| CSG-ControlRoom    | 40   | control room tablets      | WPA3-Personal                 |
| CSG-Guest          | 90   | visitors                  | captive portal vouchers       |

## Control room tablets
The tablets cannot do 802.1X, so CSG-ControlRoom uses a passphrase:

    SSID: CSG-ControlRoom
    Passphrase: @@secret@@

Rotate it when a tablet is lost; update the MDM Wi-Fi profile the same day.

## Switching
Core: 2x Aruba CX 6300 (VSF). Comms room patching sheet is in SharePoint > IT > Network.
""", secret=passphrase())

add("markdown/receiver-admin-password", "docs/arc/handover-2024-q2.md", "https://www.sia.org/standards/ (receiver administration during ARC handover)", """
# ARC systems handover (Q2 2024): outgoing: D. Whitlock, incoming: S. Anand

## Receivers
- Sur-Gard System 5 (LDS1) on 10.40.2.11, backup 10.40.2.12. Firmware 1.50.
- Web admin: https://10.40.2.11 user `installer`, password `@@secret@@` (same on both; change after handover)
- Line 3 and line 4 DC-09 keys are in Vault, not here.

## Manitou
- App server ARCAPP03; bridge service `ManitouBridge`. Restart it after Windows updates.

## Open issues
1. Backup receiver supervision occasionally late around 02:00 (log rotation?). Ticket OPS-2318.
2. Evalink cloud receivers pending migration of 140 accounts (spreadsheet in Teams).
3. SIP trunk contract renews 1 August.
""", secret=words_pw())

add("csv/service-account-password", "it/exports/service-accounts-2024.csv", "https://learn.microsoft.com/en-us/windows-server/identity/ad-ds/manage/understand-service-accounts", """
account,system,owner,purpose,password,last_rotated,notes
svc_dispatch_bridge,Manitou,ARC systems,bridge login,(vault: secret/arc/manitou),2024-03-01,
svc_nvrbridge,Milestone XProtect,Video team,alarm bridge,(vault: secret/video/milestone),2024-02-12,
svc_linux_bind,Active Directory,IT,SSSD bind,(vault: secret/it/ldap-bind),2024-01-08,
sims_connector,SIMS SQL,ARC systems,connector,@@secret@@,2023-11-20,TODO move to vault
svc_ansible,Windows servers,IT,WinRM,(vault: secret/it/ansible),2024-04-02,
""", secret=words_pw())

add("python/netbox-secret-key", "it/netbox/configuration.py", "https://netboxlabs.com/docs/netbox/en/stable/configuration/required-parameters/#secret_key", r'''
# NetBox configuration: Castellan / Nightjar IPAM (sites, NVRs, receivers, 4G routers)
ALLOWED_HOSTS = ["netbox.castellan.local"]

DATABASE = {
    "NAME": "netbox",
    "USER": "netbox",
    "PASSWORD": open("/run/secrets/netbox_db_password").read().strip(),
    "HOST": "localhost",
    "PORT": "",
    "CONN_MAX_AGE": 300,
}

REDIS = {
    "tasks": {"HOST": "localhost", "PORT": 6379, "DATABASE": 0, "SSL": False},
    "caching": {"HOST": "localhost", "PORT": 6379, "DATABASE": 1, "SSL": False},
}

SECRET_KEY = "@@secret@@"

TIME_ZONE = "Europe/London"
LOGIN_REQUIRED = True
REMOTE_AUTH_ENABLED = True
REMOTE_AUTH_BACKEND = "social_core.backends.azuread.AzureADOAuth2"
''', secret=draw(50, ALNUM + "!@#$%^&*(-_=+)"))

add("sql/mysql-password", "it/db/create_replication_user.sql", "https://dev.mysql.com/doc/refman/8.0/en/replication-howto-repuser.html", """
-- Reporting replica for the legacy incident database
-- run on legacy-db (source) as root

CREATE USER 'repl_reporting'@'10.30.%' IDENTIFIED WITH caching_sha2_password BY '@@secret@@' REQUIRE SSL;
GRANT REPLICATION SLAVE ON *.* TO 'repl_reporting'@'10.30.%';
FLUSH PRIVILEGES;

SHOW MASTER STATUS;
-- then on the replica:
-- CHANGE REPLICATION SOURCE TO SOURCE_HOST='legacy-db.castellan.internal', SOURCE_USER='repl_reporting',
--   SOURCE_PASSWORD='<as above>', SOURCE_SSL=1, SOURCE_AUTO_POSITION=1;
""", secret=rand_pw(20))

add("dockerfile/database-password", "it/zabbix/Dockerfile", "https://hub.docker.com/r/zabbix/zabbix-server-pgsql (DB_SERVER_HOST, POSTGRES_USER, POSTGRES_PASSWORD)", """
FROM zabbix/zabbix-server-pgsql:ubuntu-6.4-latest

USER root
RUN apt-get update && apt-get install -y --no-install-recommends snmp-mibs-downloader fping \\
    && rm -rf /var/lib/apt/lists/*
COPY mibs/ /usr/share/snmp/mibs/castellan/
COPY externalscripts/ /usr/lib/zabbix/externalscripts/

ENV DB_SERVER_HOST=zabbix-db.castellan.local \\
    POSTGRES_USER=zabbix \\
    POSTGRES_PASSWORD=@@secret@@ \\
    POSTGRES_DB=zabbix \\
    ZBX_STARTPINGERS=8 \\
    ZBX_STARTSNMPTRAPPER=1

USER 1997
""", secret=rand_pw(20))

add("compose/mysql-root-password", "it/glpi/docker-compose.yml", "https://hub.docker.com/_/mysql (MYSQL_ROOT_PASSWORD)", """
# GLPI asset register and helpdesk (site equipment, radios, body-cams)
services:
  glpi-db:
    image: mysql:8.0
    restart: unless-stopped
    environment:
      MYSQL_ROOT_PASSWORD: @@secret@@
      MYSQL_DATABASE: glpi
      MYSQL_USER: glpi
      MYSQL_PASSWORD_FILE: /run/secrets/glpi_db_password
    volumes:
      - glpi-db:/var/lib/mysql
    secrets:
      - glpi_db_password

  glpi:
    image: diouxx/glpi:10.0.15
    restart: unless-stopped
    ports:
      - "8081:80"
    depends_on:
      - glpi-db

volumes:
  glpi-db:

secrets:
  glpi_db_password:
    file: ./secrets/glpi_db_password.txt
""", secret=rand_pw(22))

_snmp = passphrase()
add("shell/snmpv3-password", "it/snmp/snmpd-setup.sh", "http://www.net-snmp.org/docs/man/net-snmp-create-v3-user.html", """
#!/bin/bash
# Configure SNMPv3 on an NVR-site Linux box so Zabbix can poll it.
set -e
systemctl stop snmpd
net-snmp-create-v3-user -ro -a SHA-256 -A '@@secret@@' -x AES -X '@@secret@@' zbxmon
cat >> /etc/snmp/snmpd.conf <<'CONF'
agentaddress udp:161
sysLocation Castellan site cabinet
sysContact it@castellan-sg.co.uk
rouser zbxmon priv
CONF
systemctl enable --now snmpd
echo "snmpd configured for zbxmon"
""", secret=_snmp)

_tg = fakes.telegram_token(_seed())
_cut = _tg.index(":") + 18
add("python/telegram-bot-token", "it/scripts/backup_alerts.py", "https://core.telegram.org/bots/api#sendmessage", r'''
"""Send restic/backup job results to the IT on-call Telegram group."""
import socket
import subprocess
import sys

import requests

BOT_TOKEN = ("@@head@@"
             "@@tail@@")
CHAT_ID = -1002047713301


def notify(text: str) -> None:
    requests.post(f"https://api.telegram.org/bot{BOT_TOKEN}/sendMessage",
                  json={"chat_id": CHAT_ID, "text": text, "disable_notification": "OK" in text}, timeout=10)


if __name__ == "__main__":
    job = sys.argv[1]
    proc = subprocess.run(sys.argv[2:], capture_output=True, text=True)
    status = "OK" if proc.returncode == 0 else f"FAILED ({proc.returncode})"
    notify(f"[{socket.gethostname()}] {job}: {status}\n{proc.stderr[-800:]}")
    sys.exit(proc.returncode)
''', secret=_tg, head=_tg[:_cut], tail=_tg[_cut:])

add("yaml/datadog-api-key", "it/datadog/datadog.yaml", "https://docs.datadoghq.com/agent/configuration/agent-configuration-files/", """
## Datadog Agent configuration: ARC application servers
api_key: @@secret@@
site: datadoghq.eu
hostname_fqdn: true
tags:
  - env:production
  - team:arc
  - site:lds1
logs_enabled: true
process_config:
  process_collection:
    enabled: true
apm_config:
  enabled: false
""", secret=hexs(32))

add("env/grafana-admin-password", "it/grafana/grafana.env", "https://grafana.com/docs/grafana/latest/setup-grafana/configure-grafana/#override-configuration-with-environment-variables", """
GF_SERVER_ROOT_URL=https://grafana.castellan.local
GF_SECURITY_ADMIN_USER=admin
GF_SECURITY_ADMIN_PASSWORD=@@secret@@
GF_AUTH_ANONYMOUS_ENABLED=false
GF_AUTH_AZUREAD_ENABLED=true
GF_AUTH_AZUREAD_CLIENT_ID=@@cid@@
GF_AUTH_AZUREAD_CLIENT_SECRET__FILE=/run/secrets/grafana_azuread_secret
GF_USERS_ALLOW_SIGN_UP=false
""", secret=words_pw(), cid=uuid_s())

add("toml/newrelic-license-key", "it/vector/vector.toml", "https://docs.newrelic.com/docs/apis/intro-apis/new-relic-api-keys/#license-key", """
# Vector: ship ARC application logs to New Relic (EU)
[sources.arc_logs]
type = "file"
include = ["/var/log/arc-bridge/*.log", "/var/log/signal-router/*.log"]

[transforms.parse]
type = "remap"
inputs = ["arc_logs"]
source = '''
. = parse_regex!(.message, r'^(?P<ts>\\S+) (?P<level>\\w+)\\s+(?P<msg>.*)$')
'''

[sinks.newrelic]
type = "new_relic"
inputs = ["parse"]
account_id = "4182209"
license_key = "@@secret@@"
region = "eu"
api = "logs"
""", secret="eu01xx" + hexs(30) + "NRAL")

add("terraform/okta-api-token", "infra/okta/terraform.tfvars", "https://registry.terraform.io/providers/okta/okta/latest/docs#api_token", """
okta_org_name  = "castellan"
okta_base_url  = "okta-emea.com"
okta_api_token = "@@secret@@"

portal_app_label       = "Castellan Client Portal"
portal_redirect_uris   = ["https://portal.castellan-sg.co.uk/auth/callback"]
control_room_group     = "ARC Operators"
mfa_required_for_groups = ["ARC Operators", "IT Admins", "Finance"]
""", secret="00" + draw(40, URLSAFE))

add("terraform/cloudflare-api-token", "infra/dns/cloudflare.tf", "https://registry.terraform.io/providers/cloudflare/cloudflare/latest/docs#api_token", """
terraform {
  required_providers {
    cloudflare = {
      source  = "cloudflare/cloudflare"
      version = "~> 4.30"
    }
  }
}

provider "cloudflare" {
  api_token = "@@secret@@"
}

data "cloudflare_zone" "arc" {
  name = "nightjar-arc.net"
}

resource "cloudflare_record" "ipreceiver" {
  zone_id = data.cloudflare_zone.arc.id
  name    = "ipreceiver"
  type    = "A"
  value   = "203.0.113.15"
  ttl     = 60
  proxied = false
}

resource "cloudflare_record" "vpn" {
  zone_id = data.cloudflare_zone.arc.id
  name    = "vpn"
  type    = "A"
  value   = "203.0.113.16"
  ttl     = 300
  proxied = false
}
""", secret=draw(40, URLSAFE))

add("shell/vault-token", "it/vault/bootstrap-approle.sh", "https://developer.hashicorp.com/vault/docs/auth/approle", """
#!/usr/bin/env bash
# One-off: create the AppRole that arc-bridge uses to read receiver keys.
set -euo pipefail
export VAULT_ADDR=https://vault.nightjar.internal:8200
export VAULT_TOKEN=@@secret@@

vault auth enable -path=approle approle || true
vault policy write arc-bridge - <<'HCL'
path "secret/data/arc/receivers/*" { capabilities = ["read"] }
path "secret/data/arc/bridge"      { capabilities = ["read"] }
HCL
vault write auth/approle/role/arc-bridge token_policies=arc-bridge token_ttl=1h token_max_ttl=4h secret_id_ttl=720h
vault read -field=role_id auth/approle/role/arc-bridge/role-id
""", secret=vault_token())

add("python/opsgenie-api-key", "it/scripts/opsgenie_heartbeat.py", "https://docs.opsgenie.com/docs/heartbeat-api (Authorization: GenieKey)", r'''
"""Cron every minute on the ARC app servers: ping the Opsgenie heartbeat if the signal router is healthy."""
import socket

import requests

OPSGENIE_KEY = "@@secret@@"
HEARTBEAT = f"arc-signal-router-{socket.gethostname()}"


def router_healthy() -> bool:
    try:
        return requests.get("http://127.0.0.1:9090/healthz", timeout=3).status_code == 200
    except requests.RequestException:
        return False


if __name__ == "__main__":
    if router_healthy():
        requests.get(f"https://api.eu.opsgenie.com/v2/heartbeats/{HEARTBEAT}/ping",
                     headers={"Authorization": f"GenieKey {OPSGENIE_KEY}"}, timeout=5)
''', secret=uuid_s())

_akid3 = fakes.aws_key_id(_seed())
add("ini/aws-secret-key", "it/aws/credentials", "https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-files.html", """
[default]
region = eu-west-2

[castellan-backup]
aws_access_key_id = @@akid@@
aws_secret_access_key = @@secret@@
region = eu-west-2

[castellan-readonly]
role_arn = arn:aws:iam::@@acct@@:role/ReadOnly
source_profile = castellan-backup
""", secret=fakes.aws_secret_key(_seed()), akid=_akid3, acct=digits(12))

add("powershell/ad-service-password", "it/Sync-GuardAccounts.ps1", "https://learn.microsoft.com/en-us/powershell/module/activedirectory/new-aduser", """
# Creates AD accounts for newly rostered officers (for the patrol app SSO) from the HR CSV.
param([string]$CsvPath = "\\\\fs01\\hr\\new-officers.csv")

Import-Module ActiveDirectory
$svcUser = "CASTELLAN\\svc_adsync"
$svcPass = ConvertTo-SecureString -String '@@secret@@' -AsPlainText -Force
$cred = [pscredential]::new($svcUser, $svcPass)

foreach ($row in Import-Csv $CsvPath) {
    $sam = ($row.FirstName.Substring(0,1) + $row.LastName).ToLower()
    if (Get-ADUser -Filter "SamAccountName -eq '$sam'" -Credential $cred) { continue }
    New-ADUser -Name "$($row.FirstName) $($row.LastName)" -SamAccountName $sam `
        -UserPrincipalName "$sam@castellan-sg.co.uk" -Path "OU=Officers,DC=castellan,DC=local" `
        -EmployeeID $row.EmployeeNo -Enabled $true -ChangePasswordAtLogon $true `
        -AccountPassword (ConvertTo-SecureString ([guid]::NewGuid().ToString()) -AsPlainText -Force) `
        -Credential $cred
    Write-Host "created $sam"
}
""", secret=words_pw())

_basic = b64("dispatch_tester:" + rand_pw(18))
add("http/http-basic-auth", "api-tests/dispatch.http", "https://datatracker.ietf.org/doc/html/rfc7617 (HTTP Basic) / VS Code REST Client .http files", """
### Health
GET https://dispatch-staging.nightjar.local/api/v2/health

### Raise a test intruder signal
POST https://dispatch-staging.nightjar.local/api/v2/signals
Authorization: Basic @@secret@@
Content-Type: application/json

{
  "account": "4417",
  "zone": "003",
  "code": "E130",
  "receivedAt": "2024-05-02T03:14:06Z",
  "test": true
}

### Restore
POST https://dispatch-staging.nightjar.local/api/v2/signals
Authorization: Basic @@secret@@
Content-Type: application/json

{ "account": "4417", "zone": "003", "code": "R130", "test": true }
""", secret=_basic)

_slack = slack_webhook()
_scut = _slack.index("/services/") + len("/services/")
add("javascript/slack-webhook", "it/uptime/notify.js", "https://api.slack.com/messaging/webhooks", """
// Uptime checker notifications to #it-alerts
const https = require("https");

const SLACK_WEBHOOK = "@@head@@" +
  "@@tail@@";

function notify(text) {
  const url = new URL(SLACK_WEBHOOK);
  const req = https.request(
    { hostname: url.hostname, path: url.pathname, method: "POST", headers: { "Content-Type": "application/json" } },
    (res) => res.resume()
  );
  req.on("error", (err) => console.error("slack notify failed", err.message));
  req.end(JSON.stringify({ text }));
}

module.exports = { notify };
""", secret=_slack, head=_slack[:_scut], tail=_slack[_scut:])

_tlskey = pkcs8_rsa_key()
add("k8s-secret/tls-private-key", "deploy/k8s/operator-console-tls.yaml", "https://kubernetes.io/docs/concepts/configuration/secret/#tls-secrets", """
apiVersion: v1
kind: Secret
metadata:
  name: operator-console-tls
  namespace: arc
type: kubernetes.io/tls
data:
  tls.crt: @@crt@@
  tls.key: @@key@@
""", secret=_tlskey, crt=b64(certificate() + "\n"), key=b64(_tlskey + "\n"))

# ---- office IT, CI and infrastructure decoys

add("ini/decoy-placeholder", "ops/pypirc.template", "https://packaging.python.org/en/latest/specifications/pypirc/", """
# Template for ~/.pypirc on a release workstation. Create a project-scoped token on pypi.org
# (Account settings > API tokens) and paste it in place of the placeholder. Do not commit the result.
[distutils]
index-servers =
    pypi

[pypi]
username = __token__
password = <paste your pypi-... project token here>
""")

add("ssh/decoy-public-key", "ops/ssh/authorized_keys", "https://man.openbsd.org/sshd.8#AUTHORIZED_KEYS_FILE_FORMAT", """
# arc-jump01: deploy and on-call access (public keys only)
@@k0@@
@@k1@@
@@k2@@
from="10.40.0.0/16" @@k3@@
""", k0=ed25519_pub("deploy@arc-jump01"), k1=ed25519_pub("s.anand@castellan-laptop"),
    k2=ed25519_pub("d.whitlock@castellan-laptop"), k3=ed25519_pub("ansible@it-automation01"))

add("pem/decoy-certificate", "certs/dc09-receiver-tls.crt", "https://datatracker.ietf.org/doc/html/rfc7468#section-5 (PEM certificates)", """
@@cert@@
""", cert=certificate())

add("yaml/decoy-commit-sha", ".pre-commit-config.yaml", "https://pre-commit.com/#pre-commit-configyaml---repos", """
repos:
  - repo: https://github.com/pre-commit/pre-commit-hooks
    rev: @@s0@@  # frozen: v4.6.0
    hooks:
      - id: check-yaml
      - id: end-of-file-fixer
      - id: detect-private-key
  - repo: https://github.com/astral-sh/ruff-pre-commit
    rev: @@s1@@  # frozen: v0.4.4
    hooks:
      - id: ruff
      - id: ruff-format
  - repo: https://github.com/pre-commit/mirrors-mypy
    rev: @@s2@@  # frozen: v1.10.0
    hooks:
      - id: mypy
""", s0=hexs(40), s1=hexs(40), s2=hexs(40))

add("xml/decoy-jenkins-encrypted", "it/jenkins/credentials.xml", "https://www.jenkins.io/doc/developer/security/secrets/ (Secret values are stored encrypted)", """
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
          <id>nvr-provisioning</id>
          <description>NVR provisioning account</description>
          <username>svc_nvrprov</username>
          <password>{@@e0@@}</password>
        </com.cloudbees.plugins.credentials.impl.UsernamePasswordCredentialsImpl>
        <org.jenkinsci.plugins.plaincredentials.impl.StringCredentialsImpl>
          <scope>GLOBAL</scope>
          <id>slack-it-alerts</id>
          <secret>{@@e1@@}</secret>
        </org.jenkinsci.plugins.plaincredentials.impl.StringCredentialsImpl>
      </java.util.concurrent.CopyOnWriteArrayList>
    </entry>
  </domainCredentialsMap>
</com.cloudbees.plugins.credentials.SystemCredentialsProvider>
""", e0="AQAAABAAAAAg" + base64.b64encode(rand_bytes(48)).decode(), e1="AQAAABAAAABQ" + base64.b64encode(rand_bytes(96)).decode())

add("markdown/decoy-policy-prose", "docs/it/password-policy.md", "https://www.ncsc.gov.uk/collection/passwords (NCSC password guidance)", """
# Password and secret handling policy (IT-POL-07, v3)

Applies to all Castellan and Nightjar staff, contractors and systems.

1. **Length over complexity.** Minimum 14 characters for staff accounts; three random words is fine.
   Control room shared logins are not allowed: every operator has their own account (BS EN 50518).
2. **Device defaults.** Every camera, NVR, panel and router has its default password changed at
   commissioning. Engineers record the new password only in the site's password manager entry.
3. **Secrets in code.** API keys, tokens and passwords never go into a repository, ticket, chat or
   email. Use Vault (`secret/...`), AWS Secrets Manager or 1Password, and reference them by name.
4. **Rotation.** Rotate immediately if a secret may have been exposed, when a person with access
   leaves, and at least yearly for service accounts.
5. **Reporting.** If you see a password or key where it should not be, tell IT on #it-help at once.
   You will not be in trouble for reporting it.
""")

add("python/decoy-generated-at-runtime", "it/scripts/gen_wifi_vouchers.py", "https://docs.python.org/3/library/secrets.html#generating-tokens", r'''
"""Print a sheet of single-use guest Wi-Fi vouchers for reception (generated fresh each run)."""
import csv
import secrets
import string
import sys

ALPHABET = string.ascii_uppercase.replace("O", "").replace("I", "") + "23456789"


def voucher() -> str:
    return "-".join("".join(secrets.choice(ALPHABET) for _ in range(4)) for _ in range(3))


if __name__ == "__main__":
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 20
    writer = csv.writer(sys.stdout)
    writer.writerow(["voucher", "valid_hours"])
    for _ in range(count):
        writer.writerow([voucher(), 8])
''')

add("env/decoy-local-dev-default", "arc-bridge/.env.test", "https://hub.docker.com/_/postgres (local development defaults)", """
# Used by `make test`: throwaway containers from docker-compose.test.yml, nothing here reaches production
ARC_SITE=TEST
ARC_RECEIVER_HOSTS=127.0.0.1
ARC_RECEIVER_PORT=17200
SIGNAL_QUEUE=signals.test
DATABASE_URL=postgresql://postgres:postgres@localhost:55432/arc_test
DISPATCH_API_TOKEN=test-token
PUSHOVER_APP_TOKEN=
LOG_LEVEL=debug
""")

add("dockerfile/decoy-build-secret-mount", "arc-bridge/Dockerfile", "https://docs.docker.com/build/building/secrets/", """
# syntax=docker/dockerfile:1.7
FROM python:3.12-slim AS build
WORKDIR /src
COPY pyproject.toml requirements.txt ./
# The internal index password is mounted for this step only and never stored in a layer.
RUN --mount=type=secret,id=pip_index_url \\
    PIP_INDEX_URL="$(cat /run/secrets/pip_index_url)" \\
    pip wheel --wheel-dir /wheels -r requirements.txt
COPY arc_bridge/ arc_bridge/
RUN pip wheel --no-deps --wheel-dir /wheels .

FROM python:3.12-slim
RUN useradd --system --uid 1001 arc
COPY --from=build /wheels /wheels
RUN pip install --no-cache-dir /wheels/* && rm -rf /wheels
USER arc
EXPOSE 7200/udp
ENTRYPOINT ["python", "-m", "arc_bridge"]
""")

add("compose/decoy-env-reference", "it/monitoring/docker-compose.yml", "https://docs.docker.com/compose/how-tos/environment-variables/variable-interpolation/", """
services:
  prometheus:
    image: prom/prometheus:v2.52.0
    volumes:
      - ./prometheus.yml:/etc/prometheus/prometheus.yml:ro
      - prom-data:/prometheus
    ports: ["9090:9090"]

  alertmanager:
    image: prom/alertmanager:v0.27.0
    volumes:
      - ./alertmanager.yml:/etc/alertmanager/alertmanager.yml:ro

  grafana:
    image: grafana/grafana:10.4.2
    env_file: ./grafana.env
    environment:
      GF_SECURITY_ADMIN_PASSWORD: ${GRAFANA_ADMIN_PASSWORD:?set GRAFANA_ADMIN_PASSWORD}
      GF_DATABASE_PASSWORD: ${GRAFANA_DB_PASSWORD:?set GRAFANA_DB_PASSWORD}
    ports: ["3000:3000"]

volumes:
  prom-data:
""")

add("github-actions/decoy-oidc-role", ".github/workflows/deploy-portal.yml", "https://docs.github.com/en/actions/security-for-github-actions/security-hardening-your-deployments/configuring-openid-connect-in-amazon-web-services", """
name: deploy client portal

on:
  push:
    branches: [main]
    paths: ["client-portal/**"]

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
          role-to-assume: arn:aws:iam::@@acct@@:role/github-portal-deploy
          aws-region: eu-west-2
      - uses: aws-actions/amazon-ecr-login@v2
      - run: |
          docker build -t "$ECR/client-portal:${GITHUB_SHA}" client-portal
          docker push "$ECR/client-portal:${GITHUB_SHA}"
        env:
          ECR: @@acct@@.dkr.ecr.eu-west-2.amazonaws.com
""", acct=digits(12))

add("k8s/decoy-external-secret", "deploy/external-secrets/arc-bridge.yaml", "https://external-secrets.io/latest/api/externalsecret/", """
apiVersion: external-secrets.io/v1beta1
kind: ExternalSecret
metadata:
  name: arc-bridge
  namespace: arc
spec:
  refreshInterval: 1h
  secretStoreRef:
    kind: ClusterSecretStore
    name: vault-nightjar
  target:
    name: arc-bridge
    creationPolicy: Owner
  data:
    - secretKey: DATABASE_URL
      remoteRef:
        key: secret/arc/bridge
        property: database_url
    - secretKey: DISPATCH_API_TOKEN
      remoteRef:
        key: secret/arc/bridge
        property: dispatch_api_token
    - secretKey: PUSHOVER_APP_TOKEN
      remoteRef:
        key: secret/arc/notify
        property: pushover_app_token
""")

add("markdown/decoy-documented-example", "docs/it/aws-cli-setup.md", "https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-files.html (example credentials)", """
# Setting up the AWS CLI for the video archive account

We use IAM Identity Center; you should not need long-lived keys. Run:

```bash
aws configure sso --profile castellan-video
aws s3 ls s3://castellan-incident-clip-archive --profile castellan-video
```

If a legacy script insists on a credentials file, it looks like this (AWS's documented example values,
not a real key):

```ini
[legacy-script]
aws_access_key_id = AKIAIOSFODNN7EXAMPLE
aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY
```

Ask IT for a scoped key in that case and store it in 1Password, never in the repository.
""")

add("python/decoy-example-jwt", "incident_api/tests/test_jwt_parsing.py", "https://jwt.io/introduction (the well-known example token)", r'''
"""Header and claim parsing tests, using the public example token from jwt.io (secret: your-256-bit-secret)."""
from incident_api.auth import unverified_claims, unverified_header

JWT_IO_EXAMPLE = (
    "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9."
    "eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ."
    "SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c"
)


def test_header():
    assert unverified_header(JWT_IO_EXAMPLE) == {"alg": "HS256", "typ": "JWT"}


def test_claims():
    claims = unverified_claims(JWT_IO_EXAMPLE)
    assert claims["sub"] == "1234567890"
    assert claims["name"] == "John Doe"
''')

_pgp = base64.b64encode(b"\x99\x01\x0d\x04" + rand_bytes(520)).decode()
add("asc/decoy-pgp-public-key", "it/keys/castellan-it-release-signing.asc", "https://datatracker.ietf.org/doc/html/rfc4880#section-6.2 (ASCII armor)", """
-----BEGIN PGP PUBLIC KEY BLOCK-----
Comment: Castellan IT release signing key (public)

@@body@@
=@@crc@@
-----END PGP PUBLIC KEY BLOCK-----
""", body="\n".join(_pgp[i:i + 64] for i in range(0, len(_pgp), 64)), crc=draw(4))

add("javascript/decoy-public-dsn", "incident-web/sentry.client.config.js", "https://docs.sentry.io/concepts/key-terms/dsn-explainer/ (DSNs are safe to keep public)", """
import * as Sentry from "@sentry/nextjs";

Sentry.init({
  // The DSN only allows sending events; it is safe to ship in the browser bundle.
  dsn: "https://@@key@@@o@@org@@.ingest.de.sentry.io/@@proj@@",
  tracesSampleRate: 0.1,
  replaysSessionSampleRate: 0,
  replaysOnErrorSampleRate: 0.5,
  environment: process.env.NEXT_PUBLIC_ENV ?? "production",
  beforeSend(event) {
    if (event.request?.headers) delete event.request.headers["authorization"];
    return event;
  },
});
""", key=hexs(32), org=digits(7), proj=digits(7))

add("k8s/decoy-image-digest", "deploy/k8s/signal-router.yaml", "https://kubernetes.io/docs/concepts/containers/images/#image-names (pulling by digest)", """
apiVersion: apps/v1
kind: Deployment
metadata:
  name: signal-router
  namespace: arc
spec:
  replicas: 2
  selector:
    matchLabels: { app: signal-router }
  template:
    metadata:
      labels: { app: signal-router }
    spec:
      containers:
        - name: signal-router
          image: registry.nightjar-arc.net/arc/signal-router@sha256:@@d0@@
          envFrom:
            - secretRef: { name: signal-router }
          ports:
            - containerPort: 9090
        - name: log-shipper
          image: timberio/vector@sha256:@@d1@@
          args: ["--config", "/etc/vector/vector.toml"]
""", d0=sha256ish(), d1=sha256ish())

add("requirements/decoy-pip-hashes", "arc-bridge/requirements.txt", "https://pip.pypa.io/en/stable/topics/secure-installs/#hash-checking-mode", """
# This file is autogenerated by pip-compile with Python 3.12
#    pip-compile --generate-hashes requirements.in
pycryptodome==3.20.0 \\
    --hash=sha256:@@h0@@ \\
    --hash=sha256:@@h1@@
    # via -r requirements.in
psycopg[binary]==3.1.19 \\
    --hash=sha256:@@h2@@
    # via -r requirements.in
requests==2.31.0 \\
    --hash=sha256:@@h3@@ \\
    --hash=sha256:@@h4@@
    # via -r requirements.in
""", h0=sha256ish(), h1=sha256ish(), h2=sha256ish(), h3=sha256ish(), h4=sha256ish())

add("go-sum/decoy-go-sum", "sipgw/go.sum", "https://go.dev/ref/mod#go-sum-files", """
github.com/emiago/sipgo v0.22.0 h1:@@a@@=
github.com/emiago/sipgo v0.22.0/go.mod h1:@@b@@=
github.com/gobwas/ws v1.3.2 h1:@@c@@=
github.com/gobwas/ws v1.3.2/go.mod h1:@@d@@=
github.com/google/uuid v1.6.0 h1:@@e@@=
github.com/google/uuid v1.6.0/go.mod h1:@@f@@=
""", a=base64.b64encode(rand_bytes(32)).decode()[:43], b=base64.b64encode(rand_bytes(32)).decode()[:43],
    c=base64.b64encode(rand_bytes(32)).decode()[:43], d=base64.b64encode(rand_bytes(32)).decode()[:43],
    e=base64.b64encode(rand_bytes(32)).decode()[:43], f=base64.b64encode(rand_bytes(32)).decode()[:43])

add("terraform/decoy-provider-hashes", "infra/portal/.terraform.lock.hcl", "https://developer.hashicorp.com/terraform/language/files/dependency-lock", """
# This file is maintained automatically by "terraform init".
# Manual edits may be lost in future updates.

provider "registry.terraform.io/hashicorp/aws" {
  version     = "5.49.0"
  constraints = "~> 5.40"
  hashes = [
    "h1:@@h1@@",
    "zh:@@z1@@",
    "zh:@@z2@@",
    "zh:@@z3@@",
  ]
}

provider "registry.terraform.io/hashicorp/random" {
  version = "3.6.1"
  hashes = [
    "h1:@@h2@@",
    "zh:@@z4@@",
  ]
}
""", h1=base64.b64encode(rand_bytes(32)).decode(), z1=sha256ish(), z2=sha256ish(), z3=sha256ish(),
    h2=base64.b64encode(rand_bytes(32)).decode(), z4=sha256ish())

add("javascript/decoy-vapid-public-key", "operator-console/src/push/subscribe.js", "https://datatracker.ietf.org/doc/html/rfc8292 (VAPID application server public key)", """
// Browser push for operators on the floor: subscribes with the ARC's VAPID *public* key.
// The matching private key lives only on the notification service (Vault: secret/arc/vapid).
const VAPID_PUBLIC_KEY = "@@pub@@";

function urlBase64ToUint8Array(base64String) {
  const padding = "=".repeat((4 - (base64String.length % 4)) % 4);
  const base64 = (base64String + padding).replace(/-/g, "+").replace(/_/g, "/");
  return Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
}

export async function subscribeOperator(registration) {
  const sub = await registration.pushManager.subscribe({
    userVisibleOnly: true,
    applicationServerKey: urlBase64ToUint8Array(VAPID_PUBLIC_KEY),
  });
  await fetch("/api/push/subscriptions", { method: "POST", body: JSON.stringify(sub), headers: { "Content-Type": "application/json" } });
  return sub;
}
""", pub=b64url(b"\x04" + rand_bytes(64)))

_png = base64.b64encode(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00@\x00\x00\x00$\x08\x02\x00\x00\x00" + rand_bytes(150)).decode()
add("json/decoy-base64-image", "operator-console/src/assets/snapshot-placeholder.json", "https://datatracker.ietf.org/doc/html/rfc2397 (data: URLs)", """
{
  "name": "snapshot-placeholder",
  "description": "Shown in the alarm card while the camera pre-alarm image is loading",
  "width": 64,
  "height": 36,
  "dataUrl": "data:image/png;base64,@@png@@"
}
""", png=_png)

add("python/decoy-account-sid", "it/scripts/sms_test.py", "https://www.twilio.com/docs/iam/api/account (Account SID is an identifier)", r'''
"""Send a test SMS from the ARC fallback number; the auth token comes from the environment."""
import os
import sys

from twilio.rest import Client

ACCOUNT_SID = "AC@@sid@@"  # identifier, not a credential
FROM_NUMBER = "+441134960190"

if __name__ == "__main__":
    client = Client(ACCOUNT_SID, os.environ["TWILIO_AUTH_TOKEN"])
    msg = client.messages.create(to=sys.argv[1], from_=FROM_NUMBER, body="Nightjar ARC test message, please ignore.")
    print(msg.sid, msg.status)
''', sid=hexs(32))

add("html/decoy-site-key", "client-portal/public/careers.html", "https://docs.hcaptcha.com/#add-the-hcaptcha-widget-to-your-webpage (sitekey is public)", """
<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>Careers | Castellan Security Group</title>
  <script src="https://js.hcaptcha.com/1/api.js" async defer></script>
</head>
<body>
  <h1>Join our team</h1>
  <p>We recruit SIA-licensed security officers, mobile patrol drivers and ARC operators.</p>
  <form action="/api/careers/apply" method="post" enctype="multipart/form-data">
    <label>Name <input name="name" required></label>
    <label>SIA licence number <input name="sia" pattern="[0-9 ]{16,19}"></label>
    <label>CV <input type="file" name="cv" accept=".pdf,.docx"></label>
    <div class="h-captcha" data-sitekey="@@site@@"></div>
    <button type="submit">Apply</button>
  </form>
</body>
</html>
""", site=uuid_s())

_fps = [b64url(rand_bytes(32)) for _ in range(3)]
add("log/decoy-key-fingerprint", "logs/arc-jump01-auth.log", "https://man.openbsd.org/sshd_config#LogLevel (publickey fingerprints in auth logs)", """
May  6 07:01:12 arc-jump01 sshd[20411]: Accepted publickey for deploy from 10.40.9.15 port 51522 ssh2: ED25519 SHA256:@@f0@@
May  6 07:01:12 arc-jump01 sshd[20411]: pam_unix(sshd:session): session opened for user deploy(uid=1001) by (uid=0)
May  6 07:44:39 arc-jump01 sshd[20622]: Accepted publickey for sanand from 10.20.4.77 port 60114 ssh2: ED25519 SHA256:@@f1@@
May  6 08:02:05 arc-jump01 sshd[20790]: Failed publickey for root from 198.51.100.23 port 40022 ssh2: RSA SHA256:@@f2@@
May  6 08:02:05 arc-jump01 sshd[20790]: Connection closed by authenticating user root 198.51.100.23 port 40022 [preauth]
May  6 09:15:48 arc-jump01 sshd[20411]: pam_unix(sshd:session): session closed for user deploy
""", f0=_fps[0], f1=_fps[1], f2=_fps[2])

add("powershell/decoy-secret-manager", "it/Get-ArcServiceCredential.ps1", "https://learn.microsoft.com/en-us/powershell/utility-modules/secretmanagement/overview", """
<#
.SYNOPSIS
  Returns the credential for an ARC service account from the IT SecretStore vault.
.EXAMPLE
  $cred = ./Get-ArcServiceCredential.ps1 -Name svc_dispatch_bridge
#>
param(
    [Parameter(Mandatory)] [string] $Name,
    [string] $Vault = "CastellanIT"
)

Import-Module Microsoft.PowerShell.SecretManagement
$secret = Get-Secret -Name "arc/$Name" -Vault $Vault -ErrorAction Stop
if ($secret -isnot [pscredential]) {
    $secret = [pscredential]::new("NIGHTJAR\\$Name", $secret)
}
return $secret
""")

# ==== cases end ====
