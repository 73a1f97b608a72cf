"""Blind set BU: agriculture IoT and farm management.

LoRaWAN networks (The Things Network / The Things Stack, ChirpStack, Basic Station gateways),
weather stations (WeeWX, Weather Underground, Ambient, Ecowitt, OpenWeatherMap), irrigation
controllers (Rachio, Hydrawise, OpenSprinkler, Rain Bird), farm-management APIs (John Deere
Operations Center, Climate FieldView, farmOS, Sentinel Hub, Planet), InfluxDB / Telegraf /
Grafana on farms, Node-RED flows and Mosquitto, Raspberry Pi and ESP32 firmware configs
(ESPHome, PlatformIO, ESP-IDF, Arduino, MicroPython), and the files that deploy them; with
their decoys. Generated fakes only (seeds 660000-669999).
"""
from __future__ import annotations

import base64
import json
import random
import string
import textwrap
from typing import List

from tests import fakes
from tests.accuracy.labelled import LabelledCase

ALNUM = string.ascii_letters + string.digits
HEX = "0123456789abcdef"
B32 = string.ascii_uppercase + "234567"
_SEED = [660000]


def _rng() -> random.Random:
    _SEED[0] += 7
    assert _SEED[0] < 670000
    return random.Random(_SEED[0])


def _seed() -> int:
    _SEED[0] += 7
    assert _SEED[0] < 670000
    return _SEED[0]


WORDS = ["Harvest", "Tractor", "Barley", "Combine", "Silo", "Heifer", "Orchard", "Prairie", "Sorghum",
         "Alfalfa", "Pivot", "Furrow", "Haybale", "Clover", "Granary", "Meadow", "Rooster", "Thresher"]
LOWER = ["wheat", "canola", "gopher", "pasture", "sprinkler", "bluegrass", "creek", "walnut", "pumpkin",
         "fencepost", "trellis", "mulch", "acorn", "tiller", "harrow", "brisket"]


def words_pw() -> str:
    r = _rng()
    return r.choice(WORDS) + r.choice("!#$%@*") + r.choice(WORDS) + str(r.randint(10, 999))


def human_pw() -> str:
    """What a farmer or a contractor types: a word, a year or a number, a symbol."""
    r = _rng()
    forms = [lambda: r.choice(LOWER) + str(r.randint(1960, 2025)) + r.choice("!?#"),
             lambda: r.choice(WORDS) + r.choice(LOWER).capitalize() + str(r.randint(1, 99)),
             lambda: r.choice(LOWER) + r.choice(".-_") + r.choice(LOWER) + str(r.randint(10, 99)),
             lambda: r.choice(WORDS) + str(r.randint(100, 9999)) + r.choice("!$&")]
    return r.choice(forms)()


def rand_pw(n: int = 20, extra: str = "") -> str:
    r = _rng()
    while True:
        value = "".join(r.choice(ALNUM + extra) for _ in range(n))
        if any(c.isdigit() for c in value) and any(c.isupper() for c in value):
            return value


def passphrase() -> str:
    r = _rng()
    return "-".join(r.sample(LOWER, 4)) + str(r.randint(1, 99))


def hexs(n: int, upper: bool = False) -> str:
    r = _rng()
    value = "".join(r.choice(HEX) for _ in range(n))
    return value.upper() if upper else value


def rbytes(n: int) -> bytes:
    r = _rng()
    return bytes(r.getrandbits(8) for _ in range(n))


def b64(s: str) -> str:
    return base64.b64encode(s.encode()).decode()


def b64u(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).decode().rstrip("=")


def uuid_s() -> str:
    return fakes.uuid4(_seed())


# -- token shapes of the theme's services ------------------------------------------------------

def ttn_key() -> str:
    """The Things Stack API key: NNSXS.<39 base32 id>.<52 base32 secret>."""
    r = _rng()
    return ("NNSXS." + "".join(r.choice(B32) for _ in range(39)) + "."
            + "".join(r.choice(B32) for _ in range(52)))


def influx_token() -> str:
    """InfluxDB 2.x token: 64 random bytes, URL-safe base64 (88 characters, ends ==)."""
    return base64.urlsafe_b64encode(rbytes(64)).decode()


def grafana_sa() -> str:
    r = _rng()
    return "glsa_" + "".join(r.choice(ALNUM) for _ in range(32)) + "_" + "".join(r.choice(HEX) for _ in range(8))


def grafana_cloud() -> str:
    r = _rng()
    body = {"o": str(r.randint(100000, 999999)), "n": "stack-" + str(r.randint(100000, 999999)) + "-alloy-farm-edge",
            "k": "".join(r.choice(ALNUM) for _ in range(24)), "m": {"r": "prod-us-central-0"}}
    return "glc_" + base64.b64encode(json.dumps(body, separators=(",", ":")).encode()).decode()


def jwt(payload: dict) -> str:
    head = b64u(json.dumps({"alg": "HS256", "typ": "JWT"}, separators=(",", ":")).encode())
    body = b64u(json.dumps(payload, separators=(",", ":")).encode())
    return f"{head}.{body}.{b64u(rbytes(32))}"


def appkey() -> str:
    return hexs(32, upper=True)


def eui() -> str:
    return hexs(16, upper=True)


def b64key(n: int = 32) -> str:
    return base64.b64encode(rbytes(n)).decode()


def blynk_token() -> str:
    return fakes.drawn_mixed(_seed(), 32, ALNUM + "_-")


def telegram() -> str:
    return fakes.telegram_token(_seed())


def slack_webhook() -> str:
    r = _rng()
    up = string.ascii_uppercase + string.digits
    return ("https://hooks.slack.com/services/T" + "".join(r.choice(up) for _ in range(8)) + "/B"
            + "".join(r.choice(up) for _ in range(10)) + "/" + "".join(r.choice(ALNUM) for _ in range(24)))


def discord_webhook() -> str:
    r = _rng()
    return (f"https://discord.com/api/webhooks/{r.randint(10**17, 10**18 * 2)}/"
            + "".join(r.choice(ALNUM + "_-") for _ in range(68)))


def sendgrid_key() -> str:
    return fakes.fake("SG.", 22, _seed()) + fakes.fake(".", 43, _seed())


def gmail_app_pw() -> str:
    r = _rng()
    return " ".join("".join(r.choice(string.ascii_lowercase) for _ in range(4)) for _ in range(4))


def tailscale_key() -> str:
    r = _rng()
    return ("tskey-auth-k" + "".join(r.choice(ALNUM) for _ in range(10)) + "CNTRL-"
            + "".join(r.choice(ALNUM) for _ in range(33)))


def ngrok_token() -> str:
    r = _rng()
    return "2" + "".join(r.choice(ALNUM) for _ in range(26)) + "_" + "".join(r.choice(ALNUM) for _ in range(21))


def mapbox(prefix: str, user: str) -> str:
    r = _rng()
    body = json.dumps({"u": user, "a": "cl" + "".join(r.choice(string.ascii_lowercase + string.digits) for _ in range(23))},
                      separators=(",", ":"))
    return f"{prefix}.{b64u(body.encode())}." + "".join(r.choice(ALNUM + "_-") for _ in range(22))


def pem(kind: str = "RSA PRIVATE KEY", lines: int = 12, head: str = "MIIEowIBAAKCAQEA", width: int = 64) -> str:
    r = _rng()
    body = head + "".join(r.choice(ALNUM + "+/") for _ in range(width * lines - len(head) - 7)) + "="
    rows = [body[i:i + width] for i in range(0, len(body), width)]
    return f"-----BEGIN {kind}-----\n" + "\n".join(rows) + f"\n-----END {kind}-----"


def ec_key() -> str:
    return pem("EC PRIVATE KEY", 3, "MHcCAQEEI")


def openssh_key() -> str:
    return pem("OPENSSH PRIVATE KEY", 6, "b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW", 70)


def cert() -> str:
    return pem("CERTIFICATE", 14, "MIIDWTCCAkGgAwIBAgIU")


def public_key() -> str:
    return pem("PUBLIC KEY", 2, "MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE")


def ssh_pub(comment: str) -> str:
    r = _rng()
    return "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI" + "".join(r.choice(ALNUM + "+/") for _ in range(43)) + " " + comment


def bcrypt_hash(cost: str = "08") -> str:
    r = _rng()
    return f"$2b${cost}$" + "".join(r.choice(ALNUM + "./") for _ in range(53))


def sha512crypt() -> str:
    r = _rng()
    return ("$6$" + "".join(r.choice(ALNUM + "./") for _ in range(16)) + "$"
            + "".join(r.choice(ALNUM + "./") for _ in range(86)))


def mosquitto_hash() -> str:
    return "$7$101$" + b64key(12) + "$" + b64key(64)


def indent(text: str, n: int) -> str:
    return textwrap.indent(text, " " * n)


# -- case helpers -----------------------------------------------------------------------------

CASES: List[LabelledCase] = []


def T(text: str, **vals: str) -> str:
    """The file's text: dedented, `%%name%%` replaced by the value given."""
    out = textwrap.dedent(text).lstrip("\n")
    for key, value in vals.items():
        out = out.replace("%%" + key + "%%", value)
    assert "%%" not in out, out[:200]
    return out


def SV(fmt: str, kind: str, name: str, secret: str, text: str, source: str) -> None:
    CASES.append(LabelledCase(f"blind-bu/{fmt}/{kind}", name, text, secret, source))


def DV(fmt: str, what: str, name: str, text: str, source: str) -> None:
    CASES.append(LabelledCase(f"blind-bu/{fmt}/decoy-{what}", name, text, None, source))


def S(fmt: str, kind: str, name: str, secret: str, text: str, source: str, **vals: str) -> None:
    SV(fmt, kind, name, secret, T(text, **vals), source)


def D(fmt: str, what: str, name: str, text: str, source: str, **vals: str) -> None:
    DV(fmt, what, name, T(text, **vals), source)


def crlf(text: str) -> str:
    return text.replace("\n", "\r\n")


# == ChirpStack =================================================================================

_pw = passphrase()
S("chirpstack-toml", "postgres-dsn", "chirpstack/configuration/chirpstack/chirpstack.toml", _pw, """
    # ChirpStack v4 - Hollis Creek Farms LoRaWAN server (barn rack, NUC-02)
    # See https://www.chirpstack.io/docs/chirpstack/configuration.html

    [logging]
      level="info"

    [postgresql]
      dsn="postgres://chirpstack:%%pw%%@10.20.0.5/chirpstack?sslmode=disable"
      max_open_connections=10
      min_idle_connections=0

    [redis]
      servers=[
        "redis://redis:6379/",
      ]
      tls_enabled=false
      cluster=false

    [network]
      net_id="000000"
      enabled_regions=[
        "us915_1",
      ]

    [api]
      bind="0.0.0.0:8080"
      secret="$CHIRPSTACK_API_SECRET"

    [integration]
      enabled=["mqtt"]

      [integration.mqtt]
        server="tcp://mosquitto:1883/"
        json=true
    """, "ChirpStack v4 docs: chirpstack.toml configuration example", pw=_pw)

_s = b64key(32)
S("chirpstack-toml", "jwt-secret", "etc/chirpstack-application-server/chirpstack-application-server.toml", _s, """
    [general]
    log_level=4
    password_hash_iterations=100000

    [postgresql]
    # DSN comes from the systemd drop-in (POSTGRESQL__DSN)
    automigrate=true

    [redis]
    url="redis://localhost:6379"

    [application_server.integration]
    marshaler="json"
    enabled=["mqtt"]

      [application_server.integration.mqtt]
      server="tcp://localhost:1883"
      username="chirpstack_as"
      password=""

    [application_server.api]
    bind="0.0.0.0:8001"
    public_host="localhost:8001"

    [application_server.external_api]
    bind="0.0.0.0:8080"
    # generated with: openssl rand -base64 32   (ridgeview dairy, do not reuse on the test box)
    jwt_secret="%%s%%"
    """, "ChirpStack Application Server v3 configuration docs (chirpstack-application-server.toml)", s=_s)

_s = rand_pw(32)
S("chirpstack-toml", "api-secret", "ansible/roles/chirpstack/files/chirpstack.toml", _s, """
    [logging]
      level="warn"

    [postgresql]
      dsn="postgres://$POSTGRESQL_USER:$POSTGRESQL_PASSWORD@$POSTGRESQL_HOST/chirpstack?sslmode=require"

    [redis]
      servers=["redis://$REDIS_HOST/"]

    [network]
      net_id="000000"
      enabled_regions=["eu868"]
      device_session_ttl="31days"

    [api]
      bind="0.0.0.0:8080"
      secret="%%s%%"

    [monitoring]
      bind="0.0.0.0:9070"

    [integration]
      enabled=["mqtt", "postgresql"]

      [integration.postgresql]
        dsn="postgres://$POSTGRESQL_USER:$POSTGRESQL_PASSWORD@$POSTGRESQL_HOST/chirpstack_integration"
    """, "ChirpStack v4 docs: configuration, environment variable substitution", s=_s)

_pw = rand_pw(16)
S("chirpstack-toml", "mqtt-password", "gateway/etc/chirpstack-gateway-bridge/chirpstack-gateway-bridge.toml", _pw, """
    # RAK7268 at the north pivot - forwards to the farm office broker over the LTE modem
    [general]
    log_level=4

    [backend]
    type="semtech_udp"

      [backend.semtech_udp]
      udp_bind = "0.0.0.0:1700"

    [integration]
    marshaler="protobuf"

      [integration.mqtt]
      event_topic_template="us915_1/gateway/{{ .GatewayID }}/event/{{ .EventType }}"
      command_topic_template="us915_1/gateway/{{ .GatewayID }}/command/#"

      [integration.mqtt.auth]
      type="generic"

        [integration.mqtt.auth.generic]
        servers=["ssl://mqtt.holliscreek.farm:8883"]
        username="gw-north-pivot"
        password="%%pw%%"
        ca_cert="/etc/chirpstack-gateway-bridge/certs/ca.pem"
    """, "ChirpStack Gateway Bridge configuration docs (chirpstack-gateway-bridge.toml)", pw=_pw)

_pw = human_pw()
S("docker-compose", "postgres-password", "chirpstack-docker/docker-compose.yml", _pw, """
    services:
      chirpstack:
        image: chirpstack/chirpstack:4
        command: -c /etc/chirpstack
        restart: unless-stopped
        volumes:
          - ./configuration/chirpstack:/etc/chirpstack
        depends_on:
          - postgres
          - mosquitto
          - redis
        environment:
          - MQTT_BROKER_HOST=mosquitto
          - REDIS_HOST=redis
          - POSTGRESQL_HOST=postgres
        ports:
          - 8080:8080

      postgres:
        image: postgres:14-alpine
        restart: unless-stopped
        volumes:
          - ./configuration/postgresql/initdb:/docker-entrypoint-initdb.d
          - postgresqldata:/var/lib/postgresql/data
        environment:
          - POSTGRES_USER=chirpstack
          - POSTGRES_PASSWORD=%%pw%%
          - POSTGRES_DB=chirpstack

      redis:
        image: redis:7-alpine
        restart: unless-stopped
        command: redis-server --save 300 1 --save 60 100 --appendonly no

    volumes:
      postgresqldata:
    """, "chirpstack/chirpstack-docker docker-compose.yml", pw=_pw)

_tok = jwt({"aud": "chirpstack", "iss": "chirpstack", "sub": uuid_s(), "typ": "key"})
S("python", "chirpstack-api-token", "tools/enqueue_valve_downlink.py", _tok, '''
    """Queue a downlink that closes the drip valves on block 7 (Milesight UC511).

    Usage: python enqueue_valve_downlink.py <dev_eui> close
    """
    import sys

    import grpc
    from chirpstack_api import api

    SERVER = "chirpstack.ridgeview.local:8080"
    API_TOKEN = "%%tok%%"

    COMMANDS = {"open": bytes.fromhex("ff1d0101"), "close": bytes.fromhex("ff1d0100")}


    def main(dev_eui: str, action: str) -> None:
        channel = grpc.insecure_channel(SERVER)
        client = api.DeviceServiceStub(channel)
        auth_token = [("authorization", "Bearer %s" % API_TOKEN)]

        req = api.EnqueueDeviceQueueItemRequest()
        req.queue_item.confirmed = True
        req.queue_item.data = COMMANDS[action]
        req.queue_item.dev_eui = dev_eui
        req.queue_item.f_port = 85

        resp = client.Enqueue(req, metadata=auth_token)
        print(resp.id)


    if __name__ == "__main__":
        main(sys.argv[1], sys.argv[2])
    ''', "ChirpStack v4 docs: API, Python examples (enqueue downlink)", tok=_tok)

_tok = jwt({"aud": "chirpstack", "iss": "chirpstack", "sub": uuid_s(), "typ": "key"})
S("shell", "chirpstack-api-token", "scripts/list-gateways.sh", _tok, r"""
    #!/usr/bin/env bash
    # Print last-seen of every gateway on the farm tenant; run from cron at 06:00 and mail if stale.
    set -euo pipefail

    CS_URL="https://lns.prairiegold.coop"
    TENANT_ID="52f14cd4-c6f1-4fbd-8f87-4025e1d49242"

    curl -sS \
      -H "Grpc-Metadata-Authorization: Bearer %%tok%%" \
      "${CS_URL}/api/gateways?limit=100&tenantId=${TENANT_ID}" \
      | jq -r '.result[] | [.gatewayId, .name, .lastSeenAt] | @tsv' \
      | sort -k3
    """, "ChirpStack REST API (chirpstack-rest-api) docs, Grpc-Metadata-Authorization header", tok=_tok)

D("chirpstack-toml", "env-substitution", "configuration/chirpstack/chirpstack.toml", """
    # Values are substituted from the container environment (see .env, never committed).
    [logging]
      level="info"

    [postgresql]
      dsn="postgres://$POSTGRESQL_USER:$POSTGRESQL_PASSWORD@$POSTGRESQL_HOST/chirpstack?sslmode=disable"
      max_open_connections=10

    [redis]
      servers=["redis://:$REDIS_PASSWORD@$REDIS_HOST/"]

    [network]
      net_id="000000"
      enabled_regions=["au915_0"]

    [api]
      bind="0.0.0.0:8080"
      secret="$API_SECRET"

    [integration]
      enabled=["mqtt"]

      [integration.mqtt]
        server="tcp://$MQTT_BROKER_HOST:1883/"
        username="$MQTT_USERNAME"
        password="$MQTT_PASSWORD"
        json=true
    """, "ChirpStack v4 docs: configuration, environment variables")

D("chirpstack-toml", "no-credentials", "configuration/chirpstack/region_us915_1.toml", """
    # This file contains an example US915 configuration (channels 8-15 + 65).
    [[regions]]
      id="us915_1"
      description="US915 (channels 8-15 + 65)"
      common_name="US915"

      [regions.gateway]
        force_gws_private=false

        [regions.gateway.backend]
          enabled="mqtt"

          [regions.gateway.backend.mqtt]
            event_topic="us915_1/gateway/+/event/+"
            command_topic="us915_1/gateway/{{ gateway_id }}/command/{{ command }}"
            server="tcp://$MQTT_BROKER_HOST:1883"
            username=""
            password=""
            qos=0
            clean_session=false
            client_id=""

      [regions.network]
        installation_margin=10
        rx_window=0
        rx1_delay=1
        rx2_dr=8
        rx2_frequency=923300000
        adr_disabled=false
        min_dr=0
        max_dr=3
    """, "chirpstack/chirpstack-docker configuration/chirpstack/region_us915_1.toml")

D("javascript", "no-credentials", "codecs/dragino_lse01_decoder.js", """
    // ChirpStack v4 codec for the Dragino LSE01 soil moisture / EC / temperature probe.
    // Paste into Device profile > Codec > JavaScript functions.
    function decodeUplink(input) {
      var b = input.bytes;
      var value = (b[0] << 8 | b[1]) & 0x3FFF;
      var data = {};
      data.battery_v = value / 1000;
      var t = (b[4] << 8 | b[5]);
      if ((t & 0x8000) >> 15 === 0) {
        data.temp_soil_c = (t / 10).toFixed(2);
      } else {
        data.temp_soil_c = ((t - 0xFFFF) / 10).toFixed(2);
      }
      data.water_soil_pct = ((b[6] << 8 | b[7]) / 100).toFixed(2);
      data.conduct_soil_us = (b[8] << 8 | b[9]);
      return { data: data };
    }

    // Test payload from the LSE01 manual: 0D 1C 00 00 01 0A 0B B8 00 6E 11
    // => battery 3.356 V, soil temp 26.6 C, moisture 30.00 %, EC 110 uS/cm
    """, "ChirpStack v4 docs: device profile JavaScript codec (decodeUplink)")

_rows = "\n".join(f"{eui()},{'70B3D57ED0000000'},soil-probe-b{n:02d},{'8a3c0f8e-2b6f-4f4e-9d5b-1f2d6f0b7c41'},block {n} east edge" for n in range(1, 9))
D("csv", "device-ids", "provisioning/devices_block_east.csv", """
    dev_eui,join_eui,name,device_profile_id,description
    %%rows%%
    """, "ChirpStack device import (chirpstack-v4 bulk import CSV examples)", rows=_rows)

D("docker-compose", "env-reference", "lns/docker-compose.yml", """
    services:
      chirpstack:
        image: chirpstack/chirpstack:4
        command: -c /etc/chirpstack
        restart: unless-stopped
        env_file: .env
        volumes:
          - ./configuration/chirpstack:/etc/chirpstack

      postgres:
        image: postgres:14-alpine
        restart: unless-stopped
        environment:
          POSTGRES_USER: ${POSTGRESQL_USER:-chirpstack}
          POSTGRES_PASSWORD: ${POSTGRESQL_PASSWORD:?set POSTGRESQL_PASSWORD in .env}
          POSTGRES_DB: chirpstack
        volumes:
          - pgdata:/var/lib/postgresql/data

      mosquitto:
        image: eclipse-mosquitto:2
        restart: unless-stopped
        ports:
          - 1883:1883
        volumes:
          - ./configuration/mosquitto/config/:/mosquitto/config/

    volumes:
      pgdata:
    """, "chirpstack/chirpstack-docker docker-compose.yml, compose variable interpolation docs")

# == The Things Network / The Things Stack / LoRaWAN devices ====================================

_k = ttn_key()
S("python", "ttn-api-key", "ingest/ttn_mqtt_to_influx.py", _k, '''
    """Subscribe to TTN uplinks for the soil probes and hand them to the writer."""
    import json
    import logging

    import paho.mqtt.client as mqtt

    from writer import write_point

    TTN_HOST = "nam1.cloud.thethings.network"
    APP_ID = "holliscreek-soil@ttn"
    APP_KEY = "%%k%%"

    log = logging.getLogger("ttn")


    def on_connect(client, userdata, flags, rc):
        log.info("connected rc=%s", rc)
        client.subscribe("v3/%s/devices/+/up" % APP_ID)


    def on_message(client, userdata, msg):
        up = json.loads(msg.payload)
        dev = up["end_device_ids"]["device_id"]
        fields = up["uplink_message"].get("decoded_payload", {})
        write_point("soil", {"device": dev}, fields)


    client = mqtt.Client()
    client.username_pw_set(APP_ID, APP_KEY)
    client.tls_set()
    client.on_connect = on_connect
    client.on_message = on_message
    client.connect(TTN_HOST, 8883)
    client.loop_forever()
    ''', "The Things Stack docs: MQTT server integration (username = application id, password = API key)", k=_k)

_k = ttn_key()
S("shell", "ttn-api-key", "gateway/install-basicstation.sh", _k, r"""
    #!/bin/sh
    # Set up LoRa Basics Station on the Pi + RAK2287 in the grain bin gateway box.
    set -e
    mkdir -p /etc/station
    cd /etc/station

    echo 'wss://nam1.cloud.thethings.network:8887' > tc.uri
    curl -sSf https://letsencrypt.org/certs/isrgrootx1.pem -o tc.trust

    # LNS API key for gateway "grainbin-gw-01" (rights: link as gateway)
    cat > tc.key <<EOF
    Authorization: Bearer %%k%%
    EOF
    sed -i 's/$/\r/' tc.key

    cp /opt/station/examples/station.conf .
    systemctl enable --now basicstation
    """, "The Things Stack docs: LoRa Basics Station LNS (tc.uri, tc.trust, tc.key)", k=_k)

_t = hexs(40)
S("shell", "webhook-header-token", "ttn/create-webhook.sh", _t, r"""
    #!/usr/bin/env bash
    # Creates the webhook that pushes decoded uplinks from TTN to our farm dashboard API.
    set -euo pipefail

    APP=ridgeview-dairy-tanks
    ttn-lw-cli applications webhooks set \
      --application-id "$APP" \
      --webhook-id dashboard \
      --format json \
      --base-url https://api.ridgeview-dairy.com/lorawan/ \
      --uplink-message.path uplink \
      --headers 'Authorization=Token %%t%%' \
      --headers 'X-Farm=ridgeview'
    """, "The Things Stack docs: webhooks, ttn-lw-cli applications webhooks set --headers", t=_t)

_pw = passphrase()
S("yaml", "postgres-dsn", "tts/config/stack/ttn-lw-stack-docker.yml", _pw, """
    # Identity Server configuration
    is:
      database-uri: 'postgres://ttn:%%pw%%@postgres:5432/ttn_lorawan?sslmode=disable'
      email:
        sender-name: 'Prairie Gold LNS'
        sender-address: 'noreply@lns.prairiegold.coop'
        network:
          name: 'Prairie Gold LNS'
          console-url: 'https://lns.prairiegold.coop/console'
          identity-server-url: 'https://lns.prairiegold.coop/oauth'

    # HTTP server configuration (cookie keys come from TTN_LW_HTTP_COOKIE_* in the environment)
    http:
      metrics:
        password: ${METRICS_PASSWORD}

    # Redis configuration
    redis:
      address: 'redis:6379'

    tls:
      source: 'acme'
      acme:
        dir: '/var/lib/acme'
        email: 'it@prairiegold.coop'
        hosts: ['lns.prairiegold.coop']
        default-host: 'lns.prairiegold.coop'

    gs:
      mqtt:
        public-address: 'lns.prairiegold.coop:1882'
        public-tls-address: 'lns.prairiegold.coop:8882'
    """, "The Things Stack docs: Docker configuration, ttn-lw-stack-docker.yml", pw=_pw)

_s = hexs(32)
S("env", "oauth-client-secret", "tts/.env", _s, """
    # The Things Stack Open Source - farm co-op deployment
    TTN_LW_IS_DATABASE_URI=postgres://ttn@postgres:5432/ttn_lorawan?sslmode=disable
    TTN_LW_REDIS_ADDRESS=redis:6379
    TTN_LW_TLS_SOURCE=acme
    TTN_LW_TLS_ACME_DIR=/var/lib/acme
    TTN_LW_TLS_ACME_EMAIL=it@prairiegold.coop
    TTN_LW_TLS_ACME_HOSTS=lns.prairiegold.coop

    TTN_LW_CONSOLE_UI_CANONICAL_URL=https://lns.prairiegold.coop/console
    TTN_LW_CONSOLE_OAUTH_AUTHORIZE_URL=https://lns.prairiegold.coop/oauth/authorize
    TTN_LW_CONSOLE_OAUTH_TOKEN_URL=https://lns.prairiegold.coop/oauth/token
    TTN_LW_CONSOLE_OAUTH_CLIENT_ID=console
    TTN_LW_CONSOLE_OAUTH_CLIENT_SECRET=%%s%%
    """, "The Things Stack docs: configuration via TTN_LW_ environment variables (console.oauth.client-secret)", s=_s)

_ak = appkey()
S("shell", "lorawan-appkey", "provisioning/register-tank-sensor.sh", _ak, r"""
    #!/usr/bin/env bash
    # Register one Milesight EM500-UDL (water tank level) on TTN. Keys from the box label sticker.
    set -euo pipefail

    ttn-lw-cli end-devices create ridgeview-dairy-tanks tank-heifer-barn \
      --dev-eui 24E124713B%%d%% \
      --join-eui 24E124C0002A0001 \
      --frequency-plan-id US_902_928_FSB_2 \
      --lorawan-version 1.0.3 \
      --lorawan-phy-version 1.0.3-a \
      --root-keys.app-key.key %%ak%% \
      --name "Heifer barn water tank"
    """, "The Things Stack docs: ttn-lw-cli end-devices create (OTAA, --root-keys.app-key.key)",
  ak=_ak, d=hexs(6, upper=True))

_ak = appkey()
S("python", "lorawan-appkey", "provisioning/rak3172_provision.py", _ak, '''
    """Flash join credentials into a RAK3172 over its AT console (115200 8N1)."""
    import time

    import serial

    PORT = "/dev/ttyUSB0"
    DEVEUI = "AC1F09FFFE0B%%d%%"
    APPEUI = "AC1F09FFF9153172"
    APPKEY = "%%ak%%"


    def at(ser, cmd):
        ser.write((cmd + "\\r\\n").encode())
        time.sleep(0.3)
        reply = ser.read_all().decode(errors="replace").strip()
        print(cmd, "->", reply)
        return reply


    with serial.Serial(PORT, 115200, timeout=1) as ser:
        at(ser, "AT+NWM=1")
        at(ser, "AT+NJM=1")
        at(ser, "AT+BAND=5")
        at(ser, "AT+DEVEUI=" + DEVEUI)
        at(ser, "AT+APPEUI=" + APPEUI)
        at(ser, "AT+APPKEY=" + APPKEY)
        at(ser, "AT+JOIN=1:0:10:8")
    ''', "RAKwireless RAK3172 AT command manual (AT+DEVEUI, AT+APPEUI, AT+APPKEY, AT+JOIN)",
  ak=_ak, d=hexs(4, upper=True))

_ak = appkey()
S("micropython", "lorawan-appkey", "lopy4/main.py", _ak, """
    # LoPy4 on the orchard frost sensor mast - OTAA join to TTN (EU868)
    from network import LoRa
    import socket
    import time
    import ubinascii
    import pycom

    pycom.heartbeat(False)
    lora = LoRa(mode=LoRa.LORAWAN, region=LoRa.EU868)

    app_eui = ubinascii.unhexlify('70B3D57ED00%%a%%')
    app_key = ubinascii.unhexlify('%%ak%%')
    dev_eui = ubinascii.unhexlify(ubinascii.hexlify(lora.mac()))

    lora.join(activation=LoRa.OTAA, auth=(dev_eui, app_eui, app_key), timeout=0)

    while not lora.has_joined():
        time.sleep(2.5)
        print('Not yet joined...')

    s = socket.socket(socket.AF_LORA, socket.SOCK_RAW)
    s.setsockopt(socket.SOL_LORA, socket.SO_DR, 5)
    s.setblocking(False)
    """, "Pycom docs: LoRaWAN with OTAA (LoRa.join auth tuple)", ak=_ak, a=hexs(5, upper=True))

_k = ttn_key()
S("shell", "ttn-api-key", "cron/ttn-storage-backfill.sh", _k, r"""
    #!/bin/bash
    # Nightly: pull the last 24h from the TTN Storage Integration and append to the CSV archive.
    APP="orchard-frost"
    OUT="/srv/archive/${APP}-$(date +%F).jsonl"

    curl -sS -G "https://eu1.cloud.thethings.network/api/v3/as/applications/${APP}/packages/storage/uplink_message" \
         -H "Authorization: Bearer %%k%%" \
         -H "Accept: text/event-stream" \
         -d "last=24h" \
         -d "field_mask=up.uplink_message.decoded_payload" \
      | grep '^{' > "$OUT"

    gzip -f "$OUT"
    """, "The Things Stack docs: Storage Integration API (curl with Authorization: Bearer)", k=_k)

_k = ttn_key()
_cut = 30
SV("python", "ttn-api-key-split", "dashboards/ttn_settings.py", _k, T('''
    """Settings for the TTN poller used by the greenhouse dashboard."""
    import os

    TTN_REGION = os.environ.get("TTN_REGION", "eu1")
    TTN_APPLICATION = "greenhouse-climate"

    # Key with rights: read application traffic, read devices. Split to keep the line short.
    TTN_API_KEY = (
        "%%a%%"
        "%%b%%"
    )

    POLL_SECONDS = 60
    DEVICES = ["gh1-sht31", "gh2-sht31", "gh3-co2"]
    ''', a=_k[:_cut], b=_k[_cut:]), "The Things Stack docs: API keys (NNSXS.<id>.<secret>)")

_k = "ttn-account-v2." + b64u(rbytes(32))
S("javascript", "ttn-v2-access-key", "legacy/ttn-v2-bridge/index.js", _k, """
    // Legacy TTN v2 bridge (pre-2021) still running on the old Pi in the machine shed.
    // TODO: delete once the Ecowitt gateway migration is finished.
    const ttn = require("ttn");

    const appID = "hollis_weather";
    const accessKey = "%%k%%";

    ttn.data(appID, accessKey)
      .then(function (client) {
        client.on("uplink", function (devID, payload) {
          console.log("uplink from", devID, payload.payload_fields);
        });
      })
      .catch(function (err) {
        console.error(err);
        process.exit(1);
      });
    """, "TheThingsNetwork/node-app-sdk README (ttn.data(appID, accessKey))", k=_k)

_key = ec_key()
S("ansible", "private-key", "ansible/roles/basicstation/tasks/mtls.yml", _key, """
    ---
    # mTLS credentials for Basic Station on the co-op gateways (LNS + CUPS)
    - name: Install station trust anchor
      ansible.builtin.copy:
        src: isrgrootx1.pem
        dest: /etc/station/tc.trust
        mode: "0644"

    - name: Install station client certificate
      ansible.builtin.copy:
        src: "certs/{{ inventory_hostname }}.crt"
        dest: /etc/station/tc.crt
        mode: "0644"

    - name: Install station client key
      ansible.builtin.copy:
        dest: /etc/station/tc.key
        owner: root
        mode: "0600"
        content: |
    %%key%%
      notify: restart basicstation
    """, "The Things Stack docs: Basic Station mTLS authentication (tc.crt, tc.key)", key=indent(_key, 10))

D("json", "no-credentials", "gateway/packet_forwarder/global_conf.json", """
    {
      "SX130x_conf": {
        "com_type": "SPI",
        "com_path": "/dev/spidev0.0",
        "lorawan_public": true,
        "clksrc": 0,
        "antenna_gain": 0,
        "full_duplex": false
      },
      "gateway_conf": {
        "gateway_ID": "B827EBFFFE%%g%%",
        "server_address": "nam1.cloud.thethings.network",
        "serv_port_up": 1700,
        "serv_port_down": 1700,
        "keepalive_interval": 10,
        "stat_interval": 30,
        "push_timeout_ms": 100,
        "forward_crc_valid": true,
        "forward_crc_error": false,
        "forward_crc_disabled": false,
        "gps_tty_path": "/dev/ttyAMA0",
        "ref_latitude": 41.8832,
        "ref_longitude": -93.6319,
        "ref_altitude": 290
      }
    }
    """, "Lora-net/sx1302_hal packet_forwarder global_conf.json", g=hexs(6, upper=True))

D("arduino", "placeholder", "firmware/lmic_otaa/lmic_otaa.ino", """
    #include <lmic.h>
    #include <hal/hal.h>
    #include <SPI.h>

    // This EUI must be in little-endian format, so least-significant-byte
    // first. When copying an EUI from ttnctl output, this means to reverse
    // the bytes.
    static const u1_t PROGMEM APPEUI[8] = { FILLMEIN };
    void os_getArtEui (u1_t* buf) { memcpy_P(buf, APPEUI, 8);}

    // This should also be in little endian format, see above.
    static const u1_t PROGMEM DEVEUI[8] = { FILLMEIN };
    void os_getDevEui (u1_t* buf) { memcpy_P(buf, DEVEUI, 8);}

    // This key should be in big endian format (or, since it is not really a
    // number but a block of memory, endianness does not really apply).
    static const u1_t PROGMEM APPKEY[16] = { FILLMEIN };
    void os_getDevKey (u1_t* buf) {  memcpy_P(buf, APPKEY, 16);}

    static uint8_t mydata[] = "Hello, world!";
    static osjob_t sendjob;
    const unsigned TX_INTERVAL = 900;  // soil probe: every 15 minutes
    """, "mcci-catena/arduino-lmic examples/ttn-otaa/ttn-otaa.ino")

_up = {
    "end_device_ids": {"device_id": "tank-heifer-barn", "application_ids": {"application_id": "ridgeview-dairy-tanks"},
                       "dev_eui": eui(), "join_eui": "24E124C0002A0001", "dev_addr": hexs(8, upper=True)},
    "correlation_ids": ["gs:uplink:01HF" + "".join(_rng().choice("0123456789ABCDEFGHJKMNPQRSTVWXYZ") for _ in range(22))],
    "received_at": "2024-05-14T06:12:09.421337Z",
    "uplink_message": {"session_key_id": b64key(16), "f_port": 85, "f_cnt": 1412, "frm_payload": "AXVkAgAA",
                       "decoded_payload": {"battery": 100, "distance_mm": 1234},
                       "rx_metadata": [{"gateway_ids": {"gateway_id": "ridgeview-gw-01", "eui": eui()}, "rssi": -97, "snr": 7.5}],
                       "settings": {"data_rate": {"lora": {"bandwidth": 125000, "spreading_factor": 9}}, "frequency": "904100000"}},
}
DV("json", "session-key-id", "tests/fixtures/ttn_uplink_tank.json", json.dumps(_up, indent=2) + "\n",
   "The Things Stack docs: data formats, uplink message (session_key_id is an identifier)")

D("shell", "env-reference", "provisioning/register-from-env.sh", r"""
    #!/usr/bin/env bash
    # Usage: DEV_EUI=... APP_KEY=... ./register-from-env.sh <device-id>
    # APP_KEY is read from the 1Password item "LoRaWAN root keys / <device-id>".
    set -euo pipefail
    : "${DEV_EUI:?}" "${APP_KEY:?}"

    ttn-lw-cli end-devices create orchard-frost "$1" \
      --dev-eui "$DEV_EUI" \
      --join-eui 0000000000000000 \
      --frequency-plan-id EU_863_870_TTN \
      --lorawan-version 1.0.3 \
      --lorawan-phy-version 1.0.3-a \
      --root-keys.app-key.key "$APP_KEY"
    """, "The Things Stack docs: ttn-lw-cli end-devices create")

D("python", "test-vector", "tests/test_lorawan_crypto.py", '''
    """Join-accept / MIC checks against the published LoRaWAN 1.0.x examples.

    The key below is the AES-128 example key from FIPS-197 appendix, used by the
    LoRaWAN test vectors; no device uses it.
    """
    from lorawan_tools import crypto

    TEST_APPKEY = bytes.fromhex("2B7E151628AED2A6ABF7158809CF4F3C")
    JOIN_REQUEST = bytes.fromhex("0000000000000000000102030405060708090A0B0C0D0E0F1011")


    def test_join_request_mic():
        mic = crypto.join_mic(TEST_APPKEY, JOIN_REQUEST)
        assert len(mic) == 4


    def test_session_keys_differ():
        nwk, app = crypto.derive_session_keys(TEST_APPKEY, b"\\x01\\x02\\x03", b"\\x13\\x00\\x00", b"\\x00\\x01")
        assert nwk != app
    ''', "FIPS-197 appendix example key, as used by LoRaWAN crypto test vectors")

D("json", "no-credentials", "gateway/station/station.conf", """
    {
      /* Basic Station on the grain bin gateway (RAK2287, SX1302) */
      "radio_conf": {
        "lorawan_public": true,
        "clksrc": 0,
        "device": "/dev/spidev0.0",
        "pps": true,
        "radio_0": {
          "type": "SX1250",
          "rssi_offset": -215.4,
          "tx_enable": true
        },
        "radio_1": {
          "type": "SX1250",
          "rssi_offset": -215.4,
          "tx_enable": false
        }
      },
      "station_conf": {
        "routerid": "b827:ebff:fe%%a%%:%%b%%",
        "log_file": "stderr",
        "log_level": "INFO",
        "gps": "/dev/ttyAMA0"
      }
    }
    """, "lorabasics/basicstation examples/station.conf", a=hexs(2), b=hexs(4))

D("shell", "certificate", "gateway/write-trust.sh", """
    #!/bin/sh
    # tc.trust for Basic Station: the server CA only (public). Keys live in /etc/station/tc.key (not here).
    set -e
    cat > /etc/station/tc.trust <<'EOF'
    %%c%%
    EOF
    chmod 644 /etc/station/tc.trust
    echo 'wss://eu1.cloud.thethings.network:8887' > /etc/station/tc.uri
    """, "The Things Stack docs: Basic Station LNS trust (tc.trust is the CA certificate)", c=cert())

D("yaml", "no-credentials", "vendor/decentlab/dl-smtp.yaml", """
    name: DL-SMTP
    description: Soil moisture and temperature profile, 8 depths
    hardwareVersions:
      - version: '1'
        numeric: 1
    firmwareVersions:
      - version: '1.6.0'
        hardwareVersions:
          - '1'
        profiles:
          EU863-870:
            id: dl-smtp-profile
            lorawanCertified: true
            codec: dl-smtp-codec
          US902-928:
            id: dl-smtp-profile
            codec: dl-smtp-codec
    sensors:
      - moisture
      - temperature
      - battery
    dimensions:
      width: 40
      length: 640
      height: 40
    battery:
      replaceable: true
      type: 2 C alkaline
    ip:
      code: IP67
    """, "TheThingsNetwork/lorawan-devices vendor device definition YAML")

D("markdown", "placeholder", "docs/ttn-setup.md", """
    # Connecting the soil probes to TTN

    1. In the TTN console open **Applications > holliscreek-soil > API keys** and create a key
       with *Read application traffic*.
    2. Put it in `/etc/farm/ingest.env` on the Pi (never in git):

       ```
       TTN_APP_ID=holliscreek-soil@ttn
       TTN_API_KEY=NNSXS.XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX.YYYYYYYYYYYYYYYYYYYYYYYYYYYYYYYYYYYYYYYYYYYYYYYYYYYY
       ```

    3. `sudo systemctl restart ttn-ingest`
    4. Check `journalctl -u ttn-ingest -f` for `connected rc=0`.

    The key has the form `NNSXS.<key id>.<secret>`; if you paste it in a ticket, redact the
    part after the second dot.
    """, "The Things Stack docs: API keys format, redaction advice")

# == Weather stations ===========================================================================

_r = _rng()
_pw = "".join(_r.choice(ALNUM) for _ in range(8))
S("weewx-conf", "station-password", "weewx/weewx.conf", _pw, """
    # WEEWX CONFIGURATION FILE - Hollis Creek, Vantage Pro2 on the machine shed roof
    debug = 0
    WEEWX_ROOT = /home/weewx
    log_success = True
    log_failure = True
    version = 4.10.2

    [Station]
        location = "Hollis Creek Farms, Story County IA"
        latitude = 41.953
        longitude = -93.476
        altitude = 292, meter
        station_type = Vantage
        rain_year_start = 1
        week_start = 6

    [Vantage]
        type = serial
        port = /dev/ttyUSB0
        driver = weewx.drivers.vantage

    [StdRESTful]
        [[StationRegistry]]
            register_this_station = False
        [[Wunderground]]
            enable = true
            station = KIAAMES%%n%%
            password = %%pw%%
            rapidfire = False
        [[PWSweather]]
            enable = false
            station = replace_me
            password = replace_me
        [[CWOP]]
            enable = true
            station = FW%%n%%
            post_interval = 600
    """, "weewx/weewx weewx.conf [StdRESTful] [[Wunderground]] section", pw=_pw, n=str(_r.randint(100, 999)))

_pw = human_pw().replace("#", "!").replace("?", "!")
S("weewx-conf", "basic-auth-url", "weewx/weewx.conf.d/mqtt.conf", _pw, """
    # weewx-mqtt extension: publish loop packets to the farm broker for Node-RED
    [StdRESTful]
        [[MQTT]]
            server_url = mqtt://weewx:%%pw%%@192.168.10.20:1883/
            topic = weather/holliscreek
            unit_system = METRIC
            binding = archive, loop
            aggregation = aggregate
            retain = true
            log_success = false
            [[[inputs]]]
                [[[[outTemp]]]]
                    name = temp_c
                    format = %.1f
                [[[[rain]]]]
                    name = rain_mm
                    format = %.2f
                [[[[windSpeed]]]]
                    name = wind_kmh
                    format = %.1f
    """, "matthewwall/weewx-mqtt README (server_url = mqtt://user:password@host:port)", pw=_pw)

_k = hexs(32)
S("python", "openweathermap-key", "forecast/frost_watch.py", _k, '''
    """Frost watch for the apple block: pull the OWM hourly forecast, warn below 1 C."""
    import datetime as dt

    import requests

    LAT, LON = 44.2601, -121.1812
    OWM_API_KEY = "%%k%%"
    THRESHOLD_C = 1.0


    def hourly():
        r = requests.get(
            "https://api.openweathermap.org/data/3.0/onecall",
            params={"lat": LAT, "lon": LON, "exclude": "minutely,daily,alerts",
                    "units": "metric", "appid": OWM_API_KEY},
            timeout=20,
        )
        r.raise_for_status()
        return r.json()["hourly"]


    def frost_hours():
        for h in hourly()[:24]:
            if h["temp"] <= THRESHOLD_C:
                yield dt.datetime.fromtimestamp(h["dt"]), h["temp"]


    if __name__ == "__main__":
        for when, temp in frost_hours():
            print(f"{when:%a %H:%M}  {temp:5.1f} C")
    ''', "OpenWeatherMap One Call API 3.0 docs (appid parameter)", k=_k)

_k = hexs(32)
S("home-assistant", "wunderground-key", "homeassistant/packages/weather.yaml", _k, """
    # Weather package: WU station on the barn + derived sensors for the irrigation automations
    sensor:
      - platform: rest
        name: barn_pws
        resource: https://api.weather.com/v2/pws/observations/current?stationId=KORBEND%%n%%&format=json&units=m&apiKey=%%k%%
        value_template: "{{ value_json.observations[0].metric.temp }}"
        unit_of_measurement: "°C"
        json_attributes_path: "$.observations[0]"
        json_attributes:
          - humidity
          - winddir
        scan_interval: 300

    template:
      - sensor:
          - name: barn_pws_humidity
            state: "{{ state_attr('sensor.barn_pws', 'humidity') }}"
            unit_of_measurement: "%"
    """, "Weather Company PWS observations API (apiKey query parameter), Home Assistant RESTful sensor docs",
  k=_k, n=str(_rng().randint(100, 999)))

_r = _rng()
_pw = "".join(_r.choice(ALNUM) for _ in range(8))
S("arduino", "station-password", "firmware/esp32_pws/esp32_pws.ino", _pw, r"""
    // ESP32 + BME280 + rain gauge: uploads to Weather Underground every 5 minutes.
    #include <WiFi.h>
    #include <HTTPClient.h>
    #include "config.h"   // WIFI_SSID / WIFI_PASS

    const char* WU_ID  = "ISTORYCO%%n%%";
    const char* WU_KEY = "%%pw%%";

    void upload(float tempf, float humidity, float baromin, float rainin) {
      HTTPClient http;
      String url = "https://weatherstation.wunderground.com/weatherstation/updateweatherstation.php";
      url += "?ID=" + String(WU_ID) + "&PASSWORD=" + String(WU_KEY);
      url += "&dateutc=now&action=updateraw";
      url += "&tempf=" + String(tempf, 1);
      url += "&humidity=" + String(humidity, 0);
      url += "&baromin=" + String(baromin, 2);
      url += "&rainin=" + String(rainin, 2);
      http.begin(url);
      int code = http.GET();
      Serial.printf("WU upload: %d\n", code);
      http.end();
    }
    """, "Weather Underground PWS upload protocol (updateweatherstation.php ID/PASSWORD)",
  pw=_pw, n=str(_r.randint(10, 99)))

_t = uuid_s()
S("python", "tempest-token", "weather/tempest_pull.py", _t, '''
    """Pull the last day of Tempest observations into the farm Postgres (crontab: */15)."""
    import psycopg2
    import requests

    STATION_ID = 8%%n%%
    TOKEN = "%%t%%"   # personal access token, tempestwx.com > Settings > Data Authorizations


    def fetch():
        r = requests.get(
            f"https://swd.weatherflow.com/swd/rest/observations/station/{STATION_ID}",
            params={"token": TOKEN},
            timeout=15,
        )
        r.raise_for_status()
        return r.json()["obs"]


    def store(rows):
        with psycopg2.connect(service="farmdb") as conn, conn.cursor() as cur:
            for o in rows:
                cur.execute(
                    "INSERT INTO weather_obs (ts, air_temp, rh, wind_avg, rain_mm) "
                    "VALUES (to_timestamp(%s), %s, %s, %s, %s) ON CONFLICT DO NOTHING",
                    (o["timestamp"], o["air_temperature"], o["relative_humidity"],
                     o["wind_avg"], o["precip_accum_local_day"]),
                )


    if __name__ == "__main__":
        store(fetch())
    ''', "WeatherFlow Tempest REST API docs (token query parameter, personal access token)",
  t=_t, n=str(_rng().randint(10000, 99999)))

_pw = human_pw()
S("shell", "ftp-password", "weather/upload_webcam.sh", _pw, r"""
    #!/bin/bash
    # Push the latest paddock webcam frame + Cumulus realtime.txt to the co-op website.
    # crontab: */10 * * * * /home/pi/weather/upload_webcam.sh >/dev/null 2>&1
    SNAP=/home/pi/cam/latest.jpg
    RT=/home/pi/CumulusMX/web/realtime.txt

    raspistill -w 1280 -h 720 -q 80 -o "$SNAP"

    lftp -u 'wx-upload','%%pw%%' ftp.prairiegold.coop <<EOF
    set ftp:ssl-allow true
    cd /public_html/weather
    put $SNAP -o paddock.jpg
    put $RT
    bye
    EOF
    """, "lftp manual (-u user,password), CumulusMX realtime.txt upload", pw=_pw)

_pk = hexs(48)
S("python", "hmac-private-key", "fieldclimate/client.py", _pk, '''
    """Minimal FieldClimate (Pessl iMetos) API v2 client with HMAC auth."""
    import hashlib
    import hmac
    from datetime import datetime, timezone

    import requests

    API = "https://api.fieldclimate.com/v2"
    PUBLIC_KEY = "%%pub%%"
    PRIVATE_KEY = "%%pk%%"


    def _headers(method: str, route: str) -> dict:
        date = datetime.now(timezone.utc).strftime("%a, %d %b %Y %H:%M:%S GMT")
        msg = (method + route + date + PUBLIC_KEY).encode()
        sig = hmac.new(PRIVATE_KEY.encode(), msg, hashlib.sha256).hexdigest()
        return {"Accept": "application/json", "Date": date,
                "Authorization": f"hmac {PUBLIC_KEY}:{sig}"}


    def get(route: str):
        r = requests.get(API + route, headers=_headers("GET", route), timeout=30)
        r.raise_for_status()
        return r.json()


    if __name__ == "__main__":
        for st in get("/user/stations"):
            print(st["name"]["original"], st["name"]["custom"])
    ''', "FieldClimate API v2 docs: HMAC authentication (public key + private key)", pk=_pk, pub=hexs(48))

_pw = words_pw()
S("python", "password", "weather/meteomatics_fetch.py", _pw, '''
    import datetime as dt

    import meteomatics.api as api

    USERNAME = "prairiegold_coop"
    PASSWORD = "%%pw%%"

    coordinates = [(41.95, -93.48), (42.01, -93.62)]
    parameters = ["t_2m:C", "precip_1h:mm", "evapotranspiration_1h:mm", "soil_moisture_index_-15cm:idx"]
    model = "mix"
    start = dt.datetime.utcnow().replace(minute=0, second=0, microsecond=0)
    end = start + dt.timedelta(days=3)
    interval = dt.timedelta(hours=1)

    df = api.query_time_series(coordinates, start, end, interval, parameters,
                               USERNAME, PASSWORD, model=model)
    df.to_parquet("/srv/forecast/meteomatics_latest.parquet")
    print(df.tail())
    ''', "meteomatics/python-connector-api README (query_time_series(username, password))", pw=_pw)

_ak = hexs(64)
S("javascript", "ambient-api-key", "ambient/stream.js", _ak, """
    // Realtime Ambient Weather WS-2902 feed -> MQTT for the greenhouse vents
    const AmbientWeatherApi = require('ambient-weather-api');
    const mqtt = require('mqtt');

    const apiKey = '%%ak%%';
    const api = new AmbientWeatherApi({
      apiKey: apiKey,
      applicationKey: process.env.AMBIENT_APPLICATION_KEY,
    });
    const broker = mqtt.connect('mqtt://127.0.0.1');

    api.connect();
    api.on('connect', () => console.log('Connected to Ambient Weather Realtime API'));
    api.on('subscribed', (data) => {
      console.log('Subscribed to ' + data.devices.length + ' device(s)');
    });
    api.on('data', (data) => {
      broker.publish('weather/ws2902', JSON.stringify({
        tempf: data.tempf, humidity: data.humidity, solarradiation: data.solarradiation,
      }));
    });
    api.subscribe(apiKey);
    """, "owise1/ambient-weather-api README (apiKey, applicationKey, realtime subscribe)", ak=_ak)

D("weewx-conf", "placeholder", "weewx/weewx.conf.dist", """
    [StdRESTful]
        # Uncomment and change to publish to the services below.
        [[StationRegistry]]
            # To register this weather station with weewx, set this to true
            register_this_station = false

        [[AWEKAS]]
            # This section is for configuring posts to AWEKAS.
            enable = false
            username = replace_me
            password = replace_me

        [[CWOP]]
            # If this is an APRS (radio amateur) station, uncomment the
            # following and replace with a passcode (e.g., 12345).
            enable = false
            station = replace_me
            #passcode = replace_me

        [[PWSweather]]
            enable = false
            station = replace_me
            password = replace_me

        [[WOW]]
            enable = false
            station = replace_me
            password = replace_me

        [[Wunderground]]
            enable = false
            station = replace_me
            password = replace_me
            rapidfire = False
    """, "weewx/weewx weewx.conf distribution template ([StdRESTful], replace_me)")

D("python", "no-auth", "weather/wll_current.py", '''
    """Read current conditions from the WeatherLink Live on the LAN (the local API needs no key)."""
    import requests

    WLL = "http://192.168.10.45"   # DHCP reservation in the office router


    def current():
        r = requests.get(f"{WLL}/v1/current_conditions", timeout=5)
        r.raise_for_status()
        for cond in r.json()["data"]["conditions"]:
            if cond["data_structure_type"] == 1:
                return {"temp_f": cond["temp"], "hum": cond["hum"],
                        "wind_mph": cond["wind_speed_last"], "rain_day_in": cond["rainfall_daily"] * 0.01}
        raise RuntimeError("no ISS record")


    if __name__ == "__main__":
        print(current())
    ''', "Davis WeatherLink Live local API docs (/v1/current_conditions)")

D("markdown", "placeholder", "docs/weather-apis.md", """
    ## OpenWeatherMap

    Request: `https://api.openweathermap.org/data/3.0/onecall?lat={lat}&lon={lon}&appid={API key}`

    Put the key in `.env` as `OWM_API_KEY=` (see `.env.example`). The free tier allows
    1,000 calls/day which is plenty for the frost watch (one call every 10 minutes).

    ## Ambient Weather

    ```js
    const api = new AmbientWeatherApi({
      apiKey: 'YOUR_API_KEY',
      applicationKey: 'YOUR_APPLICATION_KEY'
    })
    ```

    ## Tempest

    Tokens are created under Settings > Data Authorizations. Use `?token=<your token>`.
    """, "OpenWeatherMap One Call API docs, ambient-weather-api README example")

_pk = hexs(32, upper=True)
D("log", "device-identifier", "weather/logs/ecowitt-customized-upload.log", """
    # Ecowitt GW1100 "Customized" upload (protocol: Ecowitt) captured by the Flask receiver
    # PASSKEY is the gateway's MAC-derived identifier, the same on every post.
    2024-06-02 05:40:03 POST /data/report/ 200
      PASSKEY=%%pk%%&stationtype=GW1100A_V2.3.1&runtime=86113&dateutc=2024-06-02+10:40:02
      tempinf=71.6&humidityin=48&baromrelin=29.912&baromabsin=29.012&tempf=52.3&humidity=91
      winddir=212&windspeedmph=2.46&windgustmph=4.47&solarradiation=12.40&uv=0&rainratein=0.000
      soilmoisture1=33&soilmoisture2=41&wh65batt=0&freq=915M&model=GW1100A
    2024-06-02 05:41:03 POST /data/report/ 200
      PASSKEY=%%pk%%&stationtype=GW1100A_V2.3.1&runtime=86173&dateutc=2024-06-02+10:41:02
      tempinf=71.6&humidityin=48&baromrelin=29.911&baromabsin=29.011&tempf=52.1&humidity=92
    """, "Ecowitt custom server upload protocol (PASSKEY field = MAC-derived station identifier)", pk=_pk)

D("env", "placeholder", "weather/.env.example", """
    # Copy to .env and fill in. Never commit .env.
    OWM_API_KEY=
    AMBIENT_API_KEY=your-api-key-here
    AMBIENT_APPLICATION_KEY=your-application-key-here
    TEMPEST_TOKEN=<personal access token>
    WU_STATION_ID=KXXXXXXX00
    WU_STATION_KEY=xxxxxxxx
    FARM_LAT=41.953
    FARM_LON=-93.476
    """, "dotenv .env.example convention")

D("yaml", "secret-reference", "homeassistant/packages/wunderground.yaml", """
    # The key is in secrets.yaml (not in git, see .gitignore)
    sensor:
      - platform: rest
        name: barn_pws
        resource_template: >-
          https://api.weather.com/v2/pws/observations/current?stationId={{ states('input_text.pws_id') }}&format=json&units=m&apiKey={{ wu_api_key }}
        headers:
          Accept: application/json
        value_template: "{{ value_json.observations[0].metric.temp }}"
        scan_interval: 300

    rest_command:
      wu_refresh:
        url: !secret wu_refresh_url
    """, "Home Assistant docs: RESTful sensor, !secret")

# == Farm-management APIs (John Deere, FieldView, farmOS, imagery) ===============================

_s = b64u(rbytes(32))
S("env", "oauth-client-secret", "jd-sync/.env", _s, """
    # John Deere Operations Center app "Hollis Field Sync" (developer.deere.com)
    JD_CLIENT_ID=0oa%%cid%%
    JD_CLIENT_SECRET=%%s%%
    JD_REDIRECT_URI=http://localhost:9090/callback
    JD_SCOPES=ag1 ag2 ag3 eq1 files offline_access
    JD_API_BASE=https://sandboxapi.deere.com/platform
    JD_ORG_ID=4%%org%%

    SYNC_OUTPUT_DIR=/srv/fieldsync/jd
    LOG_LEVEL=info
    """, "John Deere Developer docs: OAuth 2.0 (client id/secret, scopes ag1 ag2 ag3 offline_access)",
  s=_s, cid="".join(_rng().choice(ALNUM) for _ in range(17)), org=str(_rng().randint(100000, 999999)))

_rt = b64u(rbytes(32))
S("json", "oauth-refresh-token", "jd-sync/.jd_token.json", _rt, """
    {
      "token_type": "Bearer",
      "scope": "ag1 ag2 ag3 eq1 files offline_access",
      "expires_in": 43200,
      "expires_at": 1716379203.5718,
      "refresh_token": "%%rt%%",
      "org_ids": ["4%%org%%"],
      "saved_by": "jd_sync.auth.save_token"
    }
    """, "requests-oauthlib token dict (refresh_token), John Deere OAuth offline_access", rt=_rt,
  org=str(_rng().randint(100000, 999999)))

_k = rand_pw(40)
S("python", "api-key", "fieldview/client.py", _k, '''
    """Climate FieldView Platform API: list fields and pull as-applied layers for the season."""
    import os

    import requests

    BASE = "https://platform.climate.com"
    API_KEY = "%%k%%"
    CLIENT_ID = "partner-prairiegold-coop"


    class FieldView:
        def __init__(self, access_token: str):
            self.s = requests.Session()
            self.s.headers.update({
                "X-Api-Key": API_KEY,
                "Authorization": f"Bearer {access_token}",
                "Accept": "application/json",
            })

        def fields(self):
            r = self.s.get(f"{BASE}/v4/fields", params={"limit": 100})
            r.raise_for_status()
            return r.json()["results"]

        def as_applied(self, since: str):
            r = self.s.get(f"{BASE}/v4/layers/asApplied", params={"occurredAfter": since})
            r.raise_for_status()
            return r.json()["results"]


    if __name__ == "__main__":
        fv = FieldView(os.environ["FIELDVIEW_ACCESS_TOKEN"])
        for f in fv.fields():
            print(f["id"], f["name"])
    ''', "Climate FieldView Platform API docs (X-Api-Key header, /v4/fields)", k=_k)

_s = rand_pw(36, "-_")
S("json", "oauth-client-secret", "src/AgSync.Api/appsettings.Production.json", _s, """
    {
      "Logging": {
        "LogLevel": {
          "Default": "Information",
          "Microsoft.AspNetCore": "Warning"
        }
      },
      "AllowedHosts": "*",
      "FieldView": {
        "BaseUrl": "https://platform.climate.com",
        "TokenUrl": "https://api.climate.com/api/oauth/token",
        "ClientId": "partner-agsync-prod",
        "ClientSecret": "%%s%%",
        "ApiKeySecretName": "fieldview-api-key"
      },
      "ConnectionStrings": {
        "AgSync": "Server=tcp:agsync-sql.database.windows.net,1433;Database=agsync;Authentication=Active Directory Managed Identity;"
      }
    }
    """, "ASP.NET Core appsettings.json, Climate FieldView OAuth (client credentials)", s=_s)

_pw = human_pw()
S("python", "password", "farmos/export_logs.py", _pw, '''
    from farmOS import FarmClient

    hostname = "https://farm.holliscreek.org"
    username = "ops@holliscreek.org"
    password = "%%pw%%"

    # Create the client and authorize with the password grant (farm_manager scope).
    farm_client = FarmClient(
        hostname=hostname,
        client_id="farm",
        scope="farm_manager",
    )
    farm_client.authorize(username, password, scope="farm_manager")

    logs = farm_client.log.iterate("harvest", params={"filter[status]": "done"})
    with open("harvest_logs.csv", "w") as out:
        out.write("id,name,timestamp\\n")
        for log in logs:
            attrs = log["attributes"]
            out.write(f"{log['id']},{attrs['name']},{attrs['timestamp']}\\n")
    ''', "farmOS/farmOS.py docs: authorization with the password grant", pw=_pw)

_pw = words_pw()
S("javascript", "password", "services/leaf/auth.js", _pw, """
    // Leaf Agriculture token helper for the machine-data importer
    const axios = require('axios');

    const LEAF_AUTH_URL = 'https://api.withleaf.io/api/authenticate';

    async function getLeafToken() {
      const { data } = await axios.post(LEAF_AUTH_URL, {
        username: 'integrations@agsync.io',
        password: '%%pw%%',
        rememberMe: 'true',
      });
      return data.id_token;
    }

    module.exports = { getLeafToken };
    """, "Leaf Agriculture API docs: authenticate (username, password, rememberMe -> id_token)", pw=_pw)

_s = rand_pw(40, "+/#!@")
S("toml", "oauth-client-secret", "imagery/sentinelhub/config.toml", _s, """
    # sentinelhub-py configuration for the NDVI job (copied to ~/.config/sentinelhub/config.toml)
    [default-profile]
    instance_id = ""
    sh_client_id = "%%cid%%"
    sh_client_secret = "%%s%%"
    sh_base_url = "https://services.sentinel-hub.com"
    sh_token_url = "https://services.sentinel-hub.com/auth/realms/main/protocol/openid-connect/token"
    geopedia_wms_url = "https://service.geopedia.world"
    max_wfs_records_per_query = 100
    max_opensearch_records_per_query = 500
    max_download_attempts = 4
    download_sleep_time = 5.0
    download_timeout_seconds = 120.0
    number_of_download_processes = 1
    """, "sentinelhub-py docs: configuration file config.toml (sh_client_id, sh_client_secret)", s=_s, cid=uuid_s())

_k = "PLAK" + hexs(32)
_nb = {
    "cells": [
        {"cell_type": "markdown", "metadata": {}, "source": ["# NDVI change, north quarter, 2024 season\n"]},
        {"cell_type": "code", "execution_count": 1, "metadata": {}, "outputs": [],
         "source": ["import os\n", "from planet import Auth, Session\n", "\n",
                    f"os.environ[\"PL_API_KEY\"] = \"{_k}\"\n", "auth = Auth.from_env()\n"]},
        {"cell_type": "code", "execution_count": 2, "metadata": {},
         "outputs": [{"name": "stdout", "output_type": "stream", "text": ["found 14 PSScene items, cloud < 10%\n"]}],
         "source": ["aoi = load_geojson('fields/north_quarter.geojson')\n",
                    "items = search_psscene(aoi, '2024-05-01', '2024-09-30', max_cloud=0.1)\n",
                    "print(f'found {len(items)} PSScene items, cloud < 10%')\n"]},
    ],
    "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
    "nbformat": 4, "nbformat_minor": 5,
}
SV("notebook", "planet-api-key", "notebooks/ndvi_north_quarter.ipynb", _k, json.dumps(_nb, indent=1) + "\n",
   "Planet SDK for Python docs: Auth.from_env (PL_API_KEY), Jupyter nbformat 4")

_key = pem("PRIVATE KEY", 16, "MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQ")
_esc = _key.replace("\n", "\\n") + "\\n"
_sa = T("""
    {
      "type": "service_account",
      "project_id": "holliscreek-ee",
      "private_key_id": "%%kid%%",
      "private_key": "%%esc%%",
      "client_email": "ndvi-export@holliscreek-ee.iam.gserviceaccount.com",
      "client_id": "1%%cid%%",
      "auth_uri": "https://accounts.google.com/o/oauth2/auth",
      "token_uri": "https://oauth2.googleapis.com/token",
      "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",
      "client_x509_cert_url": "https://www.googleapis.com/robot/v1/metadata/x509/ndvi-export%40holliscreek-ee.iam.gserviceaccount.com",
      "universe_domain": "googleapis.com"
    }
    """, kid=hexs(40), esc=_esc, cid=str(_rng().randint(10**19, 10**20)))
SV("json", "private-key", "earthengine/ee-service-account.json", _esc, _sa,
   "Google Cloud docs: service account key file (private_key), Earth Engine service account auth")

_t = mapbox("sk", "holliscreek")
S("javascript", "mapbox-secret-token", "tools/upload-yield-tiles.js", _t, """
    // Upload the 2024 yield map (GeoTIFF) as a Mapbox tileset for the farm dashboard.
    const mbxUploads = require('@mapbox/mapbox-sdk/services/uploads');
    const AWS = require('aws-sdk');
    const fs = require('fs');

    const accessToken = '%%t%%'; // uploads:write scope
    const uploads = mbxUploads({ accessToken });

    async function main() {
      const { body: creds } = await uploads.createUploadCredentials().send();
      const s3 = new AWS.S3({
        accessKeyId: creds.accessKeyId,
        secretAccessKey: creds.secretAccessKey,
        sessionToken: creds.sessionToken,
        region: 'us-east-1',
      });
      await s3.putObject({ Bucket: creds.bucket, Key: creds.key, Body: fs.createReadStream('yield_2024.tif') }).promise();
      const { body } = await uploads.createUpload({ tileset: 'holliscreek.yield-2024', url: creds.url, name: 'Yield 2024' }).send();
      console.log('upload id', body.id);
    }

    main().catch((e) => { console.error(e); process.exit(1); });
    """, "mapbox/mapbox-sdk-js uploads service docs (createUploadCredentials, sk. token)", t=_t)

_ak, _sk = fakes.aws_key_id(_seed()), fakes.aws_secret_key(_seed())
S("rclone-conf", "aws-secret-key", "drone/rclone.conf", _sk, """
    # rclone remotes for the drone imagery pipeline (DJI M3M multispectral -> S3 -> ODM)
    [s3-imagery]
    type = s3
    provider = AWS
    env_auth = false
    access_key_id = %%ak%%
    secret_access_key = %%sk%%
    region = us-east-2
    location_constraint = us-east-2
    acl = private
    storage_class = INTELLIGENT_TIERING

    [local-sd]
    type = local
    """, "rclone docs: Amazon S3 config (access_key_id, secret_access_key)", ak=_ak, sk=_sk)

_pw = rand_pw(24)
S("python", "database-password", "farmapp/settings/production.py", _pw, """
    from .base import *  # noqa

    DEBUG = False
    ALLOWED_HOSTS = ["app.ridgeview-dairy.com"]

    DATABASES = {
        "default": {
            "ENGINE": "django.contrib.gis.db.backends.postgis",
            "NAME": "herd",
            "USER": "herd_app",
            "PASSWORD": "%%pw%%",
            "HOST": "db.internal.ridgeview-dairy.com",
            "PORT": "5432",
            "CONN_MAX_AGE": 60,
        }
    }

    SECRET_KEY = os.environ["DJANGO_SECRET_KEY"]
    CSRF_TRUSTED_ORIGINS = ["https://app.ridgeview-dairy.com"]
    SESSION_COOKIE_SECURE = True
    MILKING_PARLOR_FEED = "mqtt://10.4.0.12:1883/parlor/#"
    """, "Django docs: settings DATABASES (PostGIS backend)", pw=_pw)

_s = b64u(rbytes(30))
S("json", "oauth-client-secret", "postman/JohnDeere.postman_environment.json", _s, """
    {
      "id": "%%id%%",
      "name": "John Deere - Sandbox",
      "values": [
        {"key": "base_url", "value": "https://sandboxapi.deere.com/platform", "type": "default", "enabled": true},
        {"key": "auth_url", "value": "https://signin.johndeere.com/oauth2/aus78tnlaysMraFhC1t7/v1", "type": "default", "enabled": true},
        {"key": "client_id", "value": "0oa%%cid%%", "type": "default", "enabled": true},
        {"key": "client_secret", "value": "%%s%%", "type": "secret", "enabled": true},
        {"key": "org_id", "value": "4%%org%%", "type": "default", "enabled": true},
        {"key": "access_token", "value": "", "type": "secret", "enabled": true}
      ],
      "_postman_variable_scope": "environment",
      "_postman_exported_at": "2024-03-11T15:02:44.913Z",
      "_postman_exported_using": "Postman/10.24.3"
    }
    """, "Postman environment export format, John Deere Operations Center OAuth", s=_s, id=uuid_s(),
  cid="".join(_rng().choice(ALNUM) for _ in range(17)), org=str(_rng().randint(100000, 999999)))

_pw = human_pw()
S("php", "database-password", "farmos/web/sites/default/settings.php", _pw, """
    <?php

    // farmOS 2.x (Drupal 9) site settings - Hollis Creek

    $databases['default']['default'] = [
      'database' => 'farm',
      'username' => 'farm',
      'password' => '%%pw%%',
      'prefix' => '',
      'host' => 'db',
      'port' => '5432',
      'namespace' => 'Drupal\\\\Core\\\\Database\\\\Driver\\\\pgsql',
      'driver' => 'pgsql',
    ];

    $settings['hash_salt'] = file_get_contents('/opt/drupal/private/salt.txt');
    $settings['config_sync_directory'] = '../config/sync';
    $settings['file_private_path'] = '/opt/drupal/private';
    $settings['trusted_host_patterns'] = ['^farm\\.holliscreek\\.org$'];
    """, "Drupal default.settings.php $databases array, farmOS Docker hosting docs", pw=_pw)

D("python", "env-reference", "jd-sync/jd_sync/auth.py", '''
    """OAuth for John Deere Operations Center. Secrets come from the environment."""
    import os

    from requests_oauthlib import OAuth2Session

    AUTH_SERVER = "https://signin.johndeere.com/oauth2/aus78tnlaysMraFhC1t7/v1"
    CLIENT_ID = os.environ["JD_CLIENT_ID"]
    CLIENT_SECRET = os.environ["JD_CLIENT_SECRET"]
    SCOPES = os.environ.get("JD_SCOPES", "ag1 ag2 ag3 offline_access").split()


    def session(token=None, save=None):
        extra = {"client_id": CLIENT_ID, "client_secret": CLIENT_SECRET}
        return OAuth2Session(
            CLIENT_ID,
            token=token,
            scope=SCOPES,
            redirect_uri=os.environ["JD_REDIRECT_URI"],
            auto_refresh_url=f"{AUTH_SERVER}/token",
            auto_refresh_kwargs=extra,
            token_updater=save,
        )
    ''', "requests-oauthlib docs: refreshing tokens automatically, John Deere OAuth endpoints")

D("python", "placeholder", "examples/jd_quickstart.py", '''
    """Quick start from the README. Replace the placeholders with your app's values."""
    from requests_oauthlib import OAuth2Session

    CLIENT_ID = "<your-client-id>"
    CLIENT_SECRET = "<your-client-secret>"
    REDIRECT_URI = "http://localhost:9090/callback"

    oauth = OAuth2Session(CLIENT_ID, redirect_uri=REDIRECT_URI,
                          scope=["ag1", "offline_access"])
    url, state = oauth.authorization_url(
        "https://signin.johndeere.com/oauth2/aus78tnlaysMraFhC1t7/v1/authorize")
    print("Open:", url)
    code_url = input("Paste the redirect URL: ")
    token = oauth.fetch_token(
        "https://signin.johndeere.com/oauth2/aus78tnlaysMraFhC1t7/v1/token",
        authorization_response=code_url, client_secret=CLIENT_SECRET)
    print(token["expires_in"])
    ''', "John Deere Developer docs: OAuth 2 quick start")

D("json", "empty-values", "postman/FieldView.postman_environment.json", """
    {
      "id": "%%id%%",
      "name": "Climate FieldView - template",
      "values": [
        {"key": "base_url", "value": "https://platform.climate.com", "type": "default", "enabled": true},
        {"key": "token_url", "value": "https://api.climate.com/api/oauth/token", "type": "default", "enabled": true},
        {"key": "client_id", "value": "", "type": "default", "enabled": true},
        {"key": "client_secret", "value": "", "type": "secret", "enabled": true},
        {"key": "api_key", "value": "", "type": "secret", "enabled": true},
        {"key": "access_token", "value": "", "type": "secret", "enabled": true}
      ],
      "_postman_variable_scope": "environment",
      "_postman_exported_at": "2024-02-01T09:13:27.101Z",
      "_postman_exported_using": "Postman/10.22.9"
    }
    """, "Postman environment export format", id=uuid_s())

_pk = mapbox("pk", "holliscreek")
D("html", "public-token", "dashboard/public/fieldmap.html", """
    <!DOCTYPE html>
    <html>
    <head>
      <meta charset="utf-8">
      <title>Hollis Creek - field map</title>
      <script src="https://api.mapbox.com/mapbox-gl-js/v3.3.0/mapbox-gl.js"></script>
      <link href="https://api.mapbox.com/mapbox-gl-js/v3.3.0/mapbox-gl.css" rel="stylesheet">
      <style>body { margin: 0; } #map { position: absolute; top: 0; bottom: 0; width: 100%; }</style>
    </head>
    <body>
    <div id="map"></div>
    <script>
      // Public (pk.) token, URL-restricted to dashboard.holliscreek.org in the Mapbox account.
      mapboxgl.accessToken = '%%pk%%';
      const map = new mapboxgl.Map({
        container: 'map',
        style: 'mapbox://styles/mapbox/satellite-streets-v12',
        center: [-93.476, 41.953],
        zoom: 14
      });
      map.on('load', () => {
        map.addSource('fields', { type: 'geojson', data: '/fields.geojson' });
        map.addLayer({ id: 'fields', type: 'line', source: 'fields', paint: { 'line-color': '#ffd400' } });
      });
    </script>
    </body>
    </html>
    """, "Mapbox GL JS docs: access tokens (public pk. tokens in client code, URL restrictions)", pk=_pk)

_fc = {"type": "FeatureCollection", "features": []}
for _name, _acres in [("North Quarter", 152.4), ("Creek Bottom", 61.9), ("Home 40", 38.7)]:
    _r = _rng()
    _lon, _lat = -93.47 - _r.random() / 50, 41.95 + _r.random() / 50
    _fc["features"].append({
        "type": "Feature",
        "id": uuid_s(),
        "properties": {"name": _name, "acres": _acres, "jd_field_id": uuid_s(), "crop_2024": "corn"},
        "geometry": {"type": "Polygon", "coordinates": [[[round(_lon, 5), round(_lat, 5)], [round(_lon + 0.008, 5), round(_lat, 5)],
                                                         [round(_lon + 0.008, 5), round(_lat + 0.006, 5)], [round(_lon, 5), round(_lat, 5)]]]},
    })
DV("geojson", "uuid-ids", "fields/boundaries_2024.geojson",
   '{\n"type": "FeatureCollection",\n"features": [\n' + ",\n".join(json.dumps(f) for f in _fc["features"]) + "\n]\n}\n",
   "RFC 7946 GeoJSON; John Deere field ids (UUIDs)")

_resp = {
    "links": [{"@type": "Link", "rel": "self", "uri": "https://sandboxapi.deere.com/platform/organizations/4%d/fields" % _rng().randint(100000, 999999)}],
    "total": 2,
    "values": [
        {"@type": "Field", "name": "North Quarter", "archived": False, "id": uuid_s(),
         "links": [{"@type": "Link", "rel": "boundaries", "uri": "https://sandboxapi.deere.com/platform/organizations/fields/boundaries"}]},
        {"@type": "Field", "name": "Creek Bottom", "archived": False, "id": uuid_s(),
         "links": [{"@type": "Link", "rel": "boundaries", "uri": "https://sandboxapi.deere.com/platform/organizations/fields/boundaries"}]},
    ],
}
DV("json", "uuid-ids", "jd-sync/tests/fixtures/fields_response.json", json.dumps(_resp, indent=2) + "\n",
   "John Deere Operations Center API: fields response (links, @type, id)")

_lines = "\n".join(f"{hexs(64)}  {n}" for n in ["rx_nq_2024_n_sidedress.shp", "rx_nq_2024_n_sidedress.dbf",
                                                 "rx_nq_2024_n_sidedress.shx", "rx_nq_2024_n_sidedress.prj"])
D("text", "checksum", "prescriptions/2024/SHA256SUMS", """
    # Variable-rate nitrogen prescription for North Quarter, exported from the agronomist's QGIS project
    # verify on the display USB stick with: sha256sum -c SHA256SUMS
    %%lines%%
    # exported 2024-06-03 by agronomy@prairiegold.coop
    """, "GNU coreutils sha256sum output format", lines=_lines)

D("php", "env-reference", "farmos/settings.local.php", """
    <?php

    // Local overrides for the farmOS container. Values come from docker-compose env.
    $databases['default']['default'] = [
      'database' => getenv('FARMOS_DB_NAME') ?: 'farm',
      'username' => getenv('FARMOS_DB_USER') ?: 'farm',
      'password' => getenv('FARMOS_DB_PASSWORD'),
      'host' => getenv('FARMOS_DB_HOST') ?: 'db',
      'port' => '5432',
      'driver' => 'pgsql',
      'prefix' => '',
    ];

    $settings['hash_salt'] = getenv('FARMOS_HASH_SALT');
    $settings['reverse_proxy'] = TRUE;
    $settings['reverse_proxy_addresses'] = ['172.18.0.1'];
    """, "Drupal settings.php with getenv(), farmOS hosting docs")

# == InfluxDB, Telegraf, Grafana ================================================================

_t = influx_token()
S("telegraf-conf", "influxdb-token", "telegraf/telegraf.conf", _t, """
    # Telegraf on the farm office NUC: MQTT sensor topics -> InfluxDB 2
    [agent]
      interval = "30s"
      round_interval = true
      metric_batch_size = 1000
      flush_interval = "10s"
      hostname = "office-nuc"

    [[outputs.influxdb_v2]]
      urls = ["http://127.0.0.1:8086"]
      token = "%%t%%"
      organization = "holliscreek"
      bucket = "sensors"

    [[inputs.mqtt_consumer]]
      servers = ["tcp://127.0.0.1:1883"]
      topics = [
        "weather/#",
        "soil/+/up",
        "tanks/+/level",
      ]
      qos = 0
      data_format = "json"
      json_string_fields = ["device"]
      tag_keys = ["device", "block"]

    [[inputs.cpu]]
      percpu = false
      totalcpu = true
    """, "influxdata/telegraf docs: outputs.influxdb_v2 (token), inputs.mqtt_consumer", t=_t)

_t = influx_token()
S("docker-compose", "influxdb-token", "stack/docker-compose.yml", _t, """
    version: "3.8"
    services:
      influxdb:
        image: influxdb:2.7
        restart: unless-stopped
        ports:
          - "8086:8086"
        volumes:
          - influx-data:/var/lib/influxdb2
          - influx-config:/etc/influxdb2
        environment:
          DOCKER_INFLUXDB_INIT_MODE: setup
          DOCKER_INFLUXDB_INIT_USERNAME: farmadmin
          DOCKER_INFLUXDB_INIT_PASSWORD_FILE: /run/secrets/influx_admin_password
          DOCKER_INFLUXDB_INIT_ORG: ridgeview
          DOCKER_INFLUXDB_INIT_BUCKET: parlor
          DOCKER_INFLUXDB_INIT_RETENTION: 400d
          DOCKER_INFLUXDB_INIT_ADMIN_TOKEN: "%%t%%"
        secrets:
          - influx_admin_password

      grafana:
        image: grafana/grafana-oss:10.4.2
        restart: unless-stopped
        ports:
          - "3000:3000"
        volumes:
          - ./grafana/provisioning:/etc/grafana/provisioning

    secrets:
      influx_admin_password:
        file: ./secrets/influx_admin_password.txt

    volumes:
      influx-data:
      influx-config:
    """, "influxdata docker image docs: DOCKER_INFLUXDB_INIT_* variables", t=_t)

_pw = human_pw()
SV("makefile", "password", "ops/Makefile", _pw, T("""
    # InfluxDB 1.8 on the old parlor Pi - backups and retention housekeeping
    INFLUX_HOST ?= 10.4.0.12
    BACKUP_DIR  ?= /mnt/usb/influx-backups

    .PHONY: backup shrink-rp show-dbs

    backup:
    \tinfluxd backup -portable -host $(INFLUX_HOST):8088 -database parlor $(BACKUP_DIR)/$(shell date +%F)

    shrink-rp:
    \tinflux -host $(INFLUX_HOST) -username admin -password '%%pw%%' \\
    \t  -execute 'ALTER RETENTION POLICY "autogen" ON "parlor" DURATION 400d SHARD DURATION 7d DEFAULT'

    show-dbs:
    \tinflux -host $(INFLUX_HOST) -username reader -password "$$INFLUX_READER_PASSWORD" -execute 'SHOW DATABASES'
    """, pw=_pw), "InfluxDB 1.8 docs: influx CLI (-username, -password, -execute), influxd backup -portable")

_t = influx_token()
S("python", "influxdb-token", "ingest/writer.py", _t, '''
    """Write decoded uplinks to InfluxDB 2 (imported by ttn_mqtt_to_influx.py)."""
    from influxdb_client import InfluxDBClient, Point
    from influxdb_client.client.write_api import SYNCHRONOUS

    url = "http://influx.holliscreek.lan:8086"
    token = "%%t%%"
    org = "holliscreek"
    bucket = "sensors"

    _client = InfluxDBClient(url=url, token=token, org=org)
    _write = _client.write_api(write_options=SYNCHRONOUS)


    def write_point(measurement: str, tags: dict, fields: dict) -> None:
        p = Point(measurement)
        for k, v in tags.items():
            p = p.tag(k, v)
        for k, v in fields.items():
            if isinstance(v, (int, float)):
                p = p.field(k, float(v))
        _write.write(bucket=bucket, record=p)
    ''', "influxdata/influxdb-client-python README (InfluxDBClient(url, token, org))", t=_t)

_t = influx_token()
S("arduino", "influxdb-token", "firmware/greenhouse_node/src/influx_config.h", _t, """
    #pragma once
    // ESP32 greenhouse node -> InfluxDB Cloud (tobiasschuerg/InfluxDB-Client-for-Arduino)
    #include <InfluxDbCloud.h>

    #define INFLUXDB_URL "https://us-central1-1.gcp.cloud2.influxdata.com"
    #define INFLUXDB_TOKEN "%%t%%"
    #define INFLUXDB_ORG "2f%%org%%"
    #define INFLUXDB_BUCKET "greenhouse"

    // Time zone info (America/Los_Angeles)
    #define TZ_INFO "PST8PDT"

    #define DEVICE "gh2-esp32"
    #define WRITE_PRECISION WritePrecision::S
    #define MAX_BATCH_SIZE 10
    #define WRITE_BUFFER_SIZE 30
    """, "tobiasschuerg/InfluxDB-Client-for-Arduino README (INFLUXDB_URL, INFLUXDB_TOKEN, INFLUXDB_ORG)",
  t=_t, org=hexs(14))

_pw = words_pw()
S("grafana-ini", "password", "grafana/grafana.ini", _pw, """
    ##################### Grafana Configuration - farm office #####################
    [server]
    protocol = http
    http_port = 3000
    domain = grafana.holliscreek.lan
    root_url = %(protocol)s://%(domain)s:%(http_port)s/

    [database]
    type = sqlite3
    path = grafana.db

    [security]
    admin_user = admin
    admin_password = %%pw%%
    disable_gravatar = true
    cookie_secure = false

    [users]
    allow_sign_up = false
    default_theme = light

    [auth.anonymous]
    enabled = true
    org_name = Hollis Creek
    org_role = Viewer
    """, "Grafana docs: configuration file grafana.ini ([security] admin_password)", pw=_pw)

_t = influx_token()
S("grafana-provisioning", "influxdb-token", "grafana/provisioning/datasources/influxdb.yaml", _t, """
    apiVersion: 1

    datasources:
      - name: InfluxDB_v2_Flux
        type: influxdb
        access: proxy
        url: http://influxdb:8086
        isDefault: true
        jsonData:
          version: Flux
          organization: ridgeview
          defaultBucket: parlor
          tlsSkipVerify: true
        secureJsonData:
          token: %%t%%
    """, "Grafana docs: provisioning InfluxDB data source (Flux, secureJsonData.token)", t=_t)

_pw = passphrase()
S("grafana-provisioning", "database-password", "grafana/provisioning/datasources/farmdb.yaml", _pw, """
    apiVersion: 1

    datasources:
      - name: farmdb
        type: postgres
        url: db.internal.ridgeview-dairy.com:5432
        user: grafana_ro
        jsonData:
          database: herd
          sslmode: require
          maxOpenConns: 5
          postgresVersion: 1400
          timescaledb: true
        secureJsonData:
          password: '%%pw%%'
    """, "Grafana docs: provisioning PostgreSQL data source (secureJsonData.password)", pw=_pw)

_t = grafana_sa()
S("shell", "grafana-token", "ops/backup-dashboards.sh", _t, r"""
    #!/usr/bin/env bash
    # Export every dashboard JSON to git (runs nightly on the office NUC).
    set -euo pipefail
    GRAFANA=http://127.0.0.1:3000
    TOKEN="%%t%%"
    OUT=/srv/git/farm-dashboards

    cd "$OUT"
    for uid in $(curl -s -H "Authorization: Bearer $TOKEN" "$GRAFANA/api/search?type=dash-db" | jq -r '.[].uid'); do
      curl -s -H "Authorization: Bearer $TOKEN" "$GRAFANA/api/dashboards/uid/$uid" \
        | jq '.dashboard' > "dashboards/$uid.json"
    done
    git add -A && git commit -qm "dashboards $(date +%F)" || true
    """, "Grafana docs: service account tokens, HTTP API /api/search and /api/dashboards/uid", t=_t)

_t = grafana_cloud()
S("alloy", "grafana-cloud-token", "edge/alloy/config.alloy", _t, """
    // Grafana Alloy on the gateway Pi: ship node metrics to Grafana Cloud
    prometheus.exporter.unix "pi" { }

    prometheus.scrape "pi" {
      targets    = prometheus.exporter.unix.pi.targets
      forward_to = [prometheus.remote_write.cloud.receiver]
      scrape_interval = "60s"
    }

    prometheus.remote_write "cloud" {
      endpoint {
        url = "https://prometheus-prod-10-prod-us-central-0.grafana.net/api/prom/push"

        basic_auth {
          username = "1%%u%%"
          password = "%%t%%"
        }
      }
    }
    """, "Grafana Alloy docs: prometheus.remote_write basic_auth (Grafana Cloud access policy token)",
  t=_t, u=str(_rng().randint(100000, 999999)))

_t = telegram()
S("grafana-provisioning", "telegram-token", "grafana/provisioning/alerting/contactpoints.yaml", _t, """
    apiVersion: 1
    contactPoints:
      - orgId: 1
        name: frost-telegram
        receivers:
          - uid: frost_tg_01
            type: telegram
            settings:
              bottoken: %%t%%
              chatid: "-100%%chat%%"
              message: |
                {{ template "default.message" . }}
            disableResolveMessage: false
    """, "Grafana docs: file provisioning of contact points (telegram bottoken, chatid)",
  t=_t, chat=str(_rng().randint(10**9, 10**10)))

_w = slack_webhook()
S("grafana-provisioning", "slack-webhook", "grafana/provisioning/alerting/slack.yaml", _w, """
    apiVersion: 1
    contactPoints:
      - orgId: 1
        name: parlor-slack
        receivers:
          - uid: parlor_slack
            type: slack
            settings:
              url: %%w%%
              recipient: "#parlor-alerts"
              username: grafana
              title: |
                {{ template "slack.default.title" . }}

    policies:
      - orgId: 1
        receiver: parlor-slack
        group_by: ["alertname", "barn"]
        group_wait: 30s
        repeat_interval: 4h
    """, "Grafana docs: file provisioning of contact points (slack url) and notification policies", w=_w)

_pw = gmail_app_pw()
S("grafana-ini", "smtp-password", "grafana/conf/custom.ini", _pw, """
    [smtp]
    enabled = true
    host = smtp.gmail.com:587
    user = ridgeview.alerts@gmail.com
    # Google app password (account > security > app passwords)
    password = %%pw%%
    from_address = ridgeview.alerts@gmail.com
    from_name = Ridgeview Grafana
    startTLS_policy = MandatoryStartTLS

    [alerting]
    enabled = false

    [unified_alerting]
    enabled = true
    """, "Grafana docs: configuration [smtp] section; Gmail app passwords", pw=_pw)

_pw = human_pw()
S("telegraf-conf", "password", "telegraf/telegraf.d/modbus-pump.conf", _pw, """
    # Well pump VFD (Modbus TCP) -> InfluxDB 1.x on the old Pi
    [[inputs.modbus]]
      name = "well_pump"
      slave_id = 1
      timeout = "2s"
      controller = "tcp://192.168.20.31:502"
      holding_registers = [
        { name = "frequency_hz", byte_order = "AB", data_type = "UINT16", scale = 0.01, address = [3202] },
        { name = "current_a",    byte_order = "AB", data_type = "UINT16", scale = 0.1,  address = [3204] },
        { name = "pressure_psi", byte_order = "AB", data_type = "UINT16", scale = 0.1,  address = [3210] },
      ]

    [[outputs.influxdb]]
      urls = ["http://10.4.0.12:8086"]
      database = "pumps"
      username = "telegraf"
      password = "%%pw%%"
      skip_database_creation = true
    """, "influxdata/telegraf docs: inputs.modbus, outputs.influxdb (username, password)", pw=_pw)

D("telegraf-conf", "env-reference", "telegraf/telegraf.d/outputs.conf", """
    # Secrets come from /etc/default/telegraf (INFLUX_TOKEN=...), loaded by the systemd unit.
    [[outputs.influxdb_v2]]
      urls = ["${INFLUX_URL}"]
      token = "${INFLUX_TOKEN}"
      organization = "holliscreek"
      bucket = "sensors"
      timeout = "5s"

    [[outputs.file]]
      files = ["stdout"]
      data_format = "influx"
      namepass = ["debug_*"]
    """, "influxdata/telegraf docs: environment variables in configuration (${VAR})")

D("docker-compose", "env-reference", "influx/docker-compose.yml", """
    services:
      influxdb:
        image: influxdb:2.7
        restart: unless-stopped
        ports: ["8086:8086"]
        env_file: .env
        environment:
          DOCKER_INFLUXDB_INIT_MODE: setup
          DOCKER_INFLUXDB_INIT_USERNAME: ${INFLUX_ADMIN_USER:-admin}
          DOCKER_INFLUXDB_INIT_PASSWORD: ${INFLUX_ADMIN_PASSWORD:?missing}
          DOCKER_INFLUXDB_INIT_ADMIN_TOKEN: ${INFLUX_ADMIN_TOKEN:?missing}
          DOCKER_INFLUXDB_INIT_ORG: holliscreek
          DOCKER_INFLUXDB_INIT_BUCKET: sensors
        volumes:
          - ./data:/var/lib/influxdb2
    """, "influxdata docker image docs, compose variable interpolation")

D("grafana-provisioning", "env-reference", "grafana/provisioning/datasources/influx-env.yaml", """
    apiVersion: 1

    datasources:
      - name: sensors
        type: influxdb
        access: proxy
        url: $INFLUX_URL
        jsonData:
          version: Flux
          organization: holliscreek
          defaultBucket: sensors
        secureJsonData:
          token: $INFLUX_READ_TOKEN

      - name: farmdb
        type: postgres
        url: db:5432
        user: grafana_ro
        jsonData:
          database: farm
          sslmode: disable
        secureJsonData:
          password: $__file{/run/secrets/farmdb_grafana_ro}
    """, "Grafana docs: provisioning, environment variables and $__file{} expansion")

D("grafana-ini", "file-reference", "grafana/grafana.prod.ini", """
    [server]
    http_port = 3000
    root_url = https://grafana.ridgeview-dairy.com/

    [security]
    admin_user = admin
    admin_password = $__file{/run/secrets/grafana_admin_password}
    secret_key = $__env{GF_SECRET_KEY}
    cookie_secure = true

    [smtp]
    enabled = true
    host = smtp.sendgrid.net:587
    user = apikey
    password = $__file{/run/secrets/sendgrid_api_key}
    from_address = grafana@ridgeview-dairy.com
    """, "Grafana docs: configuration, variable expansion ($__file{}, $__env{})")

_dash = {
    "uid": "".join(_rng().choice(string.ascii_letters + string.digits) for _ in range(9)),
    "title": "Soil moisture - East blocks",
    "version": 17,
    "schemaVersion": 39,
    "panels": [
        {"id": 1, "type": "timeseries", "title": "Volumetric water content",
         "datasource": {"type": "influxdb", "uid": "P" + hexs(15, upper=True)},
         "targets": [{"refId": "A", "query": "from(bucket: \"sensors\") |> range(start: v.timeRangeStart) |> filter(fn: (r) => r._measurement == \"soil\" and r._field == \"water_soil_pct\")"}],
         "gridPos": {"h": 9, "w": 24, "x": 0, "y": 0}},
        {"id": 2, "type": "stat", "title": "Battery",
         "datasource": {"type": "influxdb", "uid": "P" + hexs(15, upper=True)},
         "gridPos": {"h": 5, "w": 6, "x": 0, "y": 9}},
    ],
    "time": {"from": "now-7d", "to": "now"},
}
DV("json", "dashboard-uids", "grafana/dashboards/soil-east.json", json.dumps(_dash, indent=2) + "\n",
   "Grafana docs: dashboard JSON model (uid, datasource uid)")

D("shell", "env-reference", "ops/grafana-api.sh", r"""
    #!/usr/bin/env bash
    # Small wrapper around the Grafana HTTP API; the token is read from pass(1).
    set -euo pipefail
    GRAFANA_URL="${GRAFANA_URL:-https://grafana.ridgeview-dairy.com}"
    GRAFANA_TOKEN="$(pass show farm/grafana/sa-backup)"

    gapi() {
      curl -fsS -H "Authorization: Bearer ${GRAFANA_TOKEN}" -H 'Content-Type: application/json' \
        "${GRAFANA_URL}/api/$1" "${@:2}"
    }

    gapi "folders" | jq -r '.[].title'
    """, "Grafana docs: HTTP API authentication (Authorization: Bearer <token>)")

D("ini", "empty-values", "influx/influx-configs", """
    # ~/.influxdbv2/configs written by `influx config create`; the real token is set per shell
    # with INFLUX_TOKEN exported from the 1Password CLI (op run --env-file=influx.env).
    [default]
      url = "http://localhost:8086"
      token = ""
      org = "holliscreek"
      active = true

    [cloud]
      url = "https://us-central1-1.gcp.cloud2.influxdata.com"
      token = ""
      org = "holliscreek"
    """, "InfluxDB 2 docs: influx config (configs file)")

D("flux", "no-credentials", "influx/tasks/downsample_soil.flux", """
    option task = {name: "downsample-soil-1h", every: 1h, offset: 5m}

    from(bucket: "sensors")
        |> range(start: -task.every)
        |> filter(fn: (r) => r._measurement == "soil")
        |> aggregateWindow(every: 1h, fn: mean, createEmpty: false)
        |> set(key: "_measurement", value: "soil_1h")
        |> to(bucket: "sensors_longterm", org: "holliscreek")

    // Created with: influx task create --file downsample_soil.flux
    // Task id 0c%%tid%% (see `influx task list`)
    """, "InfluxDB 2 docs: Flux tasks (option task, aggregateWindow, to)", tid=hexs(14))

D("grafana-provisioning", "env-reference", "grafana/provisioning/alerting/discord.yaml", """
    apiVersion: 1
    contactPoints:
      - orgId: 1
        name: pivot-discord
        receivers:
          - uid: pivot_discord
            type: discord
            settings:
              url: ${DISCORD_PIVOT_WEBHOOK_URL}
              use_discord_username: true
              message: |
                Pivot {{ .CommonLabels.pivot }}: {{ .CommonAnnotations.summary }}
    """, "Grafana docs: provisioning contact points, environment variable interpolation")

# == Node-RED and Mosquitto =====================================================================

_s = rand_pw(28, "!#%&*")
S("node-red-settings", "credential-secret", "node-red/settings.js", _s, """
    /**
     * Node-RED settings for the parlor Pi (/home/pi/.node-red/settings.js).
     * Only the changed entries are kept here; defaults as in the shipped file.
     */
    module.exports = {
        flowFile: 'flows.json',
        flowFilePretty: true,

        // Key used to encrypt flows_cred.json (do NOT change once set or creds are lost)
        credentialSecret: "%%s%%",

        uiPort: process.env.PORT || 1880,
        mqttReconnectTime: 15000,
        serialReconnectTime: 15000,

        adminAuth: {
            type: "credentials",
            users: [{
                username: "admin",
                password: "%%h%%",
                permissions: "*"
            }]
        },

        functionExternalModules: true,
        logging: {
            console: { level: "info", metrics: false, audit: false }
        },
        editorTheme: { projects: { enabled: false } }
    }
    """, "node-red/node-red packages/node_modules/node-red/settings.js (credentialSecret, adminAuth)",
  s=_s, h=bcrypt_hash())

_k = ttn_key()
_id = hexs(16)
S("json", "mqtt-password", "node-red/flows_cred.json", _k, """
    {
        "%%id%%": {
            "user": "holliscreek-soil@ttn",
            "password": "%%k%%"
        }
    }
    """, "Node-RED docs: credentials (flows_cred.json stored in plain text when credentialSecret is false)",
  k=_k, id=_id)

_t = "a" + fakes.drawn(_seed(), 29, string.ascii_lowercase + string.digits)
_flow = [
    {"id": hexs(16), "type": "tab", "label": "Tank alarms", "disabled": False, "info": ""},
    {"id": hexs(16), "type": "mqtt in", "z": "tankalarms", "name": "tank levels", "topic": "tanks/+/level",
     "qos": "0", "datatype": "json", "broker": hexs(16), "x": 140, "y": 120, "wires": [["pushfn"]]},
    {"id": "pushfn", "type": "function", "z": "tankalarms", "name": "low level -> Pushover",
     "func": ("const pct = msg.payload.level_pct;\nif (pct > 15) { return null; }\n"
              "msg.url = 'https://api.pushover.net/1/messages.json';\nmsg.method = 'POST';\n"
              "msg.payload = {\n    token: '" + _t + "',\n    user: global.get('pushover_user'),\n"
              "    title: 'Water tank low',\n    message: msg.topic.split('/')[1] + ' at ' + pct + '%',\n    priority: 1\n};\nreturn msg;"),
     "outputs": 1, "x": 360, "y": 120, "wires": [["pushreq"]]},
    {"id": "pushreq", "type": "http request", "z": "tankalarms", "name": "", "method": "use", "ret": "obj",
     "url": "", "x": 570, "y": 120, "wires": [[]]},
]
SV("node-red-flows", "pushover-token", "node-red/flows.json", _t, json.dumps(_flow, indent=4) + "\n",
   "Node-RED flow JSON format (function node func), Pushover API /1/messages.json (token, user)")

_s = rand_pw(32)
S("docker-compose", "credential-secret", "nodered/docker-compose.yml", _s, """
    services:
      node-red:
        image: nodered/node-red:3.1
        restart: unless-stopped
        environment:
          - TZ=America/Chicago
          - NODE_RED_CREDENTIAL_SECRET=%%s%%
          - NODE_RED_ENABLE_PROJECTS=false
        ports:
          - "1880:1880"
        volumes:
          - nodered_data:/data
        networks:
          - farm

      mosquitto:
        image: eclipse-mosquitto:2.0
        restart: unless-stopped
        ports:
          - "1883:1883"
        volumes:
          - ./mosquitto/config:/mosquitto/config
          - ./mosquitto/data:/mosquitto/data
        networks:
          - farm

    volumes:
      nodered_data:

    networks:
      farm:
    """, "nodered/node-red-docker README: NODE_RED_CREDENTIAL_SECRET environment variable", s=_s)

_pw = rand_pw(20)
S("mosquitto-conf", "mqtt-password", "mosquitto/conf.d/bridge-coop.conf", _pw, """
    # Bridge the farm broker to the co-op broker (only the weather + tank topics go out).
    connection coop-bridge
    address mqtt.prairiegold.coop:8883
    bridge_protocol_version mqttv311
    bridge_cafile /etc/mosquitto/certs/coop-ca.crt
    remote_clientid holliscreek-bridge
    remote_username holliscreek
    remote_password %%pw%%
    cleansession false
    start_type automatic
    restart_timeout 10 120
    notifications false

    topic weather/# out 1 "" members/holliscreek/
    topic tanks/+/level out 1 "" members/holliscreek/
    topic alerts/# in 1 "" members/holliscreek/
    """, "mosquitto.conf(5) man page: bridges (remote_username, remote_password, topic)", pw=_pw)

_tok = hexs(32)
S("node-red-settings", "twilio-auth-token", "node-red/settings.local.js", _tok, """
    // Extra settings merged into settings.js on the Ridgeview parlor Pi.
    module.exports = {
        functionGlobalContext: {
            twilio: {
                accountSid: "AC%%sid%%",
                authToken: "%%tok%%",
                from: "+15155550134",
            },
            oncall: ["+15155550177", "+15155550163"],
            parlorId: "ridgeview-east",
        },
        exportGlobalContextKeys: false,
        contextStorage: {
            default: { module: "memory" },
            file: { module: "localfilesystem" },
        },
    };
    """, "Node-RED docs: functionGlobalContext; Twilio docs: Account SID and Auth Token", tok=_tok, sid=hexs(32))

_pw = human_pw()
SV("crontab", "mqtt-password", "pi/crontab.txt", _pw, T("""
    # m h  dom mon dow   command
    # Heartbeat for the pump house Pi so Node-RED can alarm if it goes quiet
    */5 * * * * mosquitto_pub -h 192.168.10.20 -u pumphouse -P '%%pw%%' -t farm/heartbeat/pumphouse -m "$(date +\\%s)" -r
    # Rotate the logger CSVs
    15 0 * * * /usr/bin/find /home/pi/logger/csv -name '*.csv' -mtime +30 -delete
    @reboot sleep 30 && /home/pi/logger/venv/bin/python /home/pi/logger/logger.py >> /home/pi/logger/log.txt 2>&1
    """, pw=_pw), "crontab(5) format; mosquitto_pub(1) man page (-u, -P)")

D("node-red-settings", "bcrypt-hash", "node-red/settings.prod.js", """
    module.exports = {
        flowFile: 'flows.json',
        credentialSecret: process.env.NODE_RED_CREDENTIAL_SECRET,
        uiPort: process.env.PORT || 1880,

        // Passwords are bcrypt hashes: node-red admin hash-pw
        adminAuth: {
            type: "credentials",
            users: [
                { username: "admin", password: "%%h1%%", permissions: "*" },
                { username: "herdsman", password: "%%h2%%", permissions: "read" }
            ]
        },
        httpNodeAuth: { user: "dash", pass: "%%h3%%" },

        https: null,
        requireHttps: false,
        logging: { console: { level: "info", metrics: false, audit: true } }
    }
    """, "Node-RED docs: securing Node-RED (adminAuth with bcrypt hashes, node-red admin hash-pw)",
  h1=bcrypt_hash(), h2=bcrypt_hash(), h3=bcrypt_hash())

_flow = [
    {"id": hexs(16), "type": "mqtt in", "z": hexs(16), "name": "TTN uplinks", "topic": "v3/+/devices/+/up",
     "qos": "0", "datatype": "json", "broker": "ttnbroker", "nl": False, "rap": True, "rh": 0,
     "inputs": 0, "x": 130, "y": 80, "wires": [[hexs(16)]]},
    {"id": "ttnbroker", "type": "mqtt-broker", "name": "TTN nam1", "broker": "nam1.cloud.thethings.network",
     "port": "8883", "tls": hexs(16), "clientid": "", "autoConnect": True, "usetls": True, "protocolVersion": "4",
     "keepalive": "60", "cleansession": True, "credentials": {}},
    {"id": hexs(16), "type": "tls-config", "name": "system CAs", "cert": "", "key": "", "ca": "",
     "certname": "", "keyname": "", "caname": "", "servername": "", "verifyservercert": True, "alpnprotocol": ""},
]
DV("node-red-flows", "no-credentials", "node-red/export/ttn-uplinks.json", json.dumps(_flow, indent=4) + "\n",
   "Node-RED docs: exporting flows (credentials are not exported), mqtt-broker config node")

_lines = "\n".join(f"{u}:{mosquitto_hash()}" for u in ["nodered", "telegraf", "pumphouse", "gw-north-pivot", "weewx"])
D("mosquitto-passwd", "pbkdf2-hash", "mosquitto/config/passwd", """
    %%lines%%
    """, "mosquitto_passwd(1): password file format ($7$ PBKDF2-SHA512 hashes)", lines=_lines)

D("mosquitto-conf", "file-reference", "mosquitto/config/mosquitto.conf", """
    # Farm broker - Mosquitto 2.x
    persistence true
    persistence_location /mosquitto/data/
    log_dest file /mosquitto/log/mosquitto.log
    log_type error
    log_type warning

    per_listener_settings true

    listener 1883 127.0.0.1
    allow_anonymous true

    listener 8883
    allow_anonymous false
    password_file /mosquitto/config/passwd
    acl_file /mosquitto/config/acl
    cafile /mosquitto/config/certs/ca.crt
    certfile /mosquitto/config/certs/broker.crt
    keyfile /mosquitto/config/certs/broker.key
    require_certificate false
    """, "mosquitto.conf(5) man page (password_file, cafile, certfile, keyfile)")

_dyn = {
    "defaultACLAccess": {"publishClientSend": False, "publishClientReceive": True, "subscribe": False, "unsubscribe": True},
    "clients": [
        {"username": "admin", "textname": "Dynsec admin user", "roles": [{"rolename": "admin"}],
         "password": b64key(64), "salt": b64key(12), "iterations": 101},
        {"username": "irrigation-ctl", "textname": "Valve controller", "roles": [{"rolename": "valves"}],
         "password": b64key(64), "salt": b64key(12), "iterations": 101},
    ],
    "roles": [{"rolename": "valves", "acls": [{"acltype": "publishClientSend", "topic": "irrigation/#", "allow": True}]}],
}
DV("json", "pbkdf2-hash", "mosquitto/data/dynamic-security.json", json.dumps(_dyn, indent=1) + "\n",
   "Mosquitto dynamic security plugin docs (dynamic-security.json: password hash, salt, iterations)")

D("node-red-flows", "env-reference", "node-red/lib/functions/pushover-alert.js", """
    // Function node "pushover alert" (saved to the library). Token/user come from the
    // container environment: PUSHOVER_TOKEN, PUSHOVER_USER.
    const token = env.get("PUSHOVER_TOKEN");
    const user = env.get("PUSHOVER_USER");
    if (!token || !user) {
        node.warn("Pushover not configured");
        return null;
    }
    msg.url = "https://api.pushover.net/1/messages.json";
    msg.method = "POST";
    msg.payload = { token, user, title: msg.title || "Farm alert", message: String(msg.payload) };
    return msg;
    """, "Node-RED docs: using environment variables in function nodes (env.get)")

_lock = {"name": "node-red-holliscreek", "version": "0.0.1", "lockfileVersion": 3, "requires": True, "packages": {
    "": {"name": "node-red-holliscreek", "version": "0.0.1",
         "dependencies": {"node-red-contrib-influxdb": "0.7.0", "node-red-dashboard": "3.6.5", "node-red-node-email": "2.2.1"}},
    "node_modules/node-red-contrib-influxdb": {"version": "0.7.0",
        "resolved": "https://registry.npmjs.org/node-red-contrib-influxdb/-/node-red-contrib-influxdb-0.7.0.tgz",
        "integrity": "sha512-" + b64key(64)},
    "node_modules/node-red-dashboard": {"version": "3.6.5",
        "resolved": "https://registry.npmjs.org/node-red-dashboard/-/node-red-dashboard-3.6.5.tgz",
        "integrity": "sha512-" + b64key(64)},
    "node_modules/node-red-node-email": {"version": "2.2.1",
        "resolved": "https://registry.npmjs.org/node-red-node-email/-/node-red-node-email-2.2.1.tgz",
        "integrity": "sha512-" + b64key(64)},
}}
DV("json", "integrity-hash", "node-red/package-lock.json", json.dumps(_lock, indent=2) + "\n",
   "npm docs: package-lock.json (resolved, integrity sha512 SRI)")

# == ESP32 / Arduino / ESPHome / MicroPython firmware configs ===================================

_pw = human_pw()
S("esphome", "wifi-password", "esphome/pivot-monitor-3.yaml", _pw, """
    esphome:
      name: pivot-monitor-3
      friendly_name: Pivot 3 monitor

    esp32:
      board: esp32dev
      framework:
        type: arduino

    logger:

    api:
      encryption:
        key: !secret api_key_pivot3

    ota:
      - platform: esphome
        password: !secret ota_password

    wifi:
      ssid: "HC-Pivot-Mesh"
      password: "%%pw%%"
      fast_connect: true
      ap:
        ssid: "Pivot-3 Fallback"
        password: !secret fallback_ap_password

    sensor:
      - platform: pulse_counter
        pin: GPIO27
        name: "Pivot 3 flow meter"
        unit_of_measurement: "gal/min"
        filters:
          - multiply: 0.1
    """, "ESPHome docs: WiFi component (ssid, password), api encryption, ota", pw=_pw)

_k = b64key(32)
S("esphome", "esphome-api-key", "esphome/greenhouse-vent.yaml", _k, """
    substitutions:
      devicename: greenhouse-vent
      upper_devicename: Greenhouse Vent

    esphome:
      name: ${devicename}

    esp8266:
      board: d1_mini

    wifi:
      ssid: !secret wifi_ssid
      password: !secret wifi_password

    # Enable Home Assistant API
    api:
      encryption:
        key: "%%k%%"

    ota:
      - platform: esphome
        password: !secret ota_password

    switch:
      - platform: gpio
        pin: D1
        name: "${upper_devicename} motor open"
        id: vent_open
        interlock: [vent_close]
      - platform: gpio
        pin: D2
        name: "${upper_devicename} motor close"
        id: vent_close
        interlock: [vent_open]
    """, "ESPHome docs: Native API component (encryption key, 32-byte base64)", k=_k)

_pw = rand_pw(16)
S("esphome", "ota-password", "esphome/tank-level-barn.yaml", _pw, """
    esphome:
      name: tank-level-barn

    esp32:
      board: esp32-c3-devkitm-1

    wifi:
      ssid: !secret wifi_ssid
      password: !secret wifi_password

    api:
      encryption:
        key: !secret api_key_tank

    ota:
      - platform: esphome
        password: "%%pw%%"

    sensor:
      - platform: ultrasonic
        trigger_pin: GPIO4
        echo_pin: GPIO5
        name: "Barn tank distance"
        update_interval: 60s
        filters:
          - median:
              window_size: 5
    """, "ESPHome docs: OTA update component (platform esphome, password)", pw=_pw)

_pw = passphrase()
S("esphome", "wifi-password", "esphome/secrets.yaml", _pw, """
    # ESPHome secrets for the farm devices. This file should be in .gitignore (it was not).
    wifi_ssid: "HollisCreek-Barn"
    wifi_password: "%%pw%%"
    wifi_domain: ".holliscreek.lan"
    ha_url: "http://homeassistant.holliscreek.lan:8123"
    ota_password_ref: "see 1Password: ESPHome OTA"
    """, "ESPHome docs: secrets and the secrets.yaml file", pw=_pw)

_pw = human_pw()
SV("arduino", "wifi-password", "firmware/soil_node_mkr/arduino_secrets.h", _pw, crlf(T("""
    // Arduino secrets - soil node (MKR WiFi 1010) at the orchard pump shed
    #define SECRET_SSID "OrchardShed"
    #define SECRET_PASS "%%pw%%"
    #define SECRET_MQTT_HOST "192.168.50.2"
    #define SECRET_MQTT_PORT 1883
    """, pw=_pw)), "Arduino docs: storing credentials in arduino_secrets.h (SECRET_SSID, SECRET_PASS)")

_dk = rand_pw(25)
S("arduino", "device-secret", "firmware/hay_moisture_nb/arduino_secrets.h", _dk, """
    // Arduino IoT Cloud - MKR NB 1500 in the hay barn (Hologram SIM)
    #define SECRET_PINNUMBER     ""
    #define SECRET_APN           "hologram"
    #define SECRET_LOGIN         ""
    #define SECRET_PASS          ""
    #define SECRET_DEVICE_KEY    "%%dk%%"
    """, "Arduino IoT Cloud docs: manual devices, SECRET_DEVICE_KEY in arduino_secrets.h", dk=_dk)

_pw = human_pw()
SV("platformio-ini", "wifi-password", "firmware/frost-fan/platformio.ini", _pw, T(r"""
    ; PlatformIO Project Configuration File - frost fan controller (ESP32-S3)
    [platformio]
    default_envs = frostfan

    [env]
    platform = espressif32@6.5.0
    framework = arduino
    monitor_speed = 115200
    lib_deps =
        knolleary/PubSubClient@^2.8
        adafruit/Adafruit BME280 Library@^2.2.4

    [env:frostfan]
    board = esp32-s3-devkitc-1
    build_flags =
        -D WIFI_SSID=\"Orchard-North\"
        -D WIFI_PASS=\"%%pw%%\"
        -D MQTT_HOST=\"192.168.50.2\"
        -D FAN_RELAY_PIN=12
    """, pw=_pw), "PlatformIO docs: build_flags (-D macros with escaped quotes)")

_pw = rand_pw(14)
SV("platformio-ini", "ota-password", "firmware/valve-node/platformio.ini", _pw, T("""
    [env:valve_node]
    platform = espressif8266
    board = d1_mini
    framework = arduino
    monitor_speed = 115200
    lib_deps = bblanchon/ArduinoJson@^7.0.4

    [env:valve_node_ota]
    extends = env:valve_node
    upload_protocol = espota
    upload_port = valve-node-7.local
    upload_flags =
        --port=8266
        --auth=%%pw%%
    """, pw=_pw), "PlatformIO docs: OTA over the air upload (espota, upload_flags --auth)")

_pw = words_pw()
S("sdkconfig", "wifi-password", "firmware/soil-gateway-idf/sdkconfig.defaults", _pw, """
    # ESP-IDF defaults for the soil gateway (ESP32-C6), idf.py reconfigure applies these
    CONFIG_IDF_TARGET="esp32c6"
    CONFIG_ESPTOOLPY_FLASHSIZE_4MB=y
    CONFIG_PARTITION_TABLE_CUSTOM=y
    CONFIG_PARTITION_TABLE_CUSTOM_FILENAME="partitions.csv"

    # Example connection configuration
    CONFIG_EXAMPLE_WIFI_SSID="HC-Field-AP"
    CONFIG_EXAMPLE_WIFI_PASSWORD="%%pw%%"
    CONFIG_EXAMPLE_WIFI_SCAN_METHOD_ALL_CHANNEL=y

    CONFIG_LOG_DEFAULT_LEVEL_INFO=y
    CONFIG_FREERTOS_HZ=1000
    CONFIG_ESP_TASK_WDT_TIMEOUT_S=10
    """, "ESP-IDF docs: sdkconfig.defaults; protocol_examples_common Kconfig (EXAMPLE_WIFI_PASSWORD)", pw=_pw)

_pw = rand_pw(18)
S("sdkconfig", "mqtt-url-password", "firmware/pump-telemetry/sdkconfig.defaults.prod", _pw, """
    CONFIG_IDF_TARGET="esp32"
    CONFIG_BROKER_URL="mqtts://pumphouse:%%pw%%@mqtt.holliscreek.farm:8883"
    CONFIG_BROKER_CERTIFICATE_OVERRIDE=""
    CONFIG_MQTT_PROTOCOL_311=y
    CONFIG_MQTT_TRANSPORT_SSL=y
    CONFIG_ESP_TLS_USING_MBEDTLS=y
    CONFIG_MBEDTLS_CERTIFICATE_BUNDLE=y
    CONFIG_LOG_DEFAULT_LEVEL_WARN=y
    """, "ESP-IDF examples/protocols/mqtt (CONFIG_BROKER_URL), ESP-MQTT URI with credentials", pw=_pw)

_pw = rand_pw(22)
S("micropython", "mqtt-password", "micropython/secrets.py", _pw, """
    # secrets.py - copied to the ESP32 with: mpremote cp secrets.py :
    # imported by main.py; the orchard field network is open (MAC filtered)
    WIFI_SSID = "Orchard-Field"
    WIFI_PASSWORD = None

    MQTT_BROKER = "192.168.50.2"
    MQTT_PORT = 1883
    MQTT_CLIENT_ID = b"frost-sensor-07"
    MQTT_USER = "frost07"
    MQTT_PASSWORD = "%%pw%%"
    MQTT_TOPIC = b"orchard/frost/07"
    """, "MicroPython umqtt.simple docs (MQTTClient(client_id, server, user, password))", pw=_pw)

_t = blynk_token()
S("arduino", "blynk-token", "firmware/chicken_coop_door/chicken_coop_door.ino", _t, """
    /* Chicken coop door - ESP32 + linear actuator, Blynk IoT app buttons V1 (open) V2 (close) */
    #define BLYNK_TEMPLATE_ID "TMPL2%%tid%%"
    #define BLYNK_TEMPLATE_NAME "Coop Door"
    #define BLYNK_AUTH_TOKEN "%%t%%"

    #define BLYNK_PRINT Serial
    #include <WiFi.h>
    #include <WiFiClient.h>
    #include <BlynkSimpleEsp32.h>
    #include "wifi_creds.h"

    const int OPEN_PIN = 26;
    const int CLOSE_PIN = 27;

    BLYNK_WRITE(V1) { digitalWrite(OPEN_PIN, param.asInt()); }
    BLYNK_WRITE(V2) { digitalWrite(CLOSE_PIN, param.asInt()); }

    void setup() {
      Serial.begin(115200);
      pinMode(OPEN_PIN, OUTPUT);
      pinMode(CLOSE_PIN, OUTPUT);
      Blynk.begin(BLYNK_AUTH_TOKEN, WIFI_SSID, WIFI_PASS);
    }

    void loop() { Blynk.run(); }
    """, "Blynk docs: BLYNK_TEMPLATE_ID, BLYNK_AUTH_TOKEN, Blynk.begin",
  t=_t, tid="".join(_rng().choice(ALNUM) for _ in range(8)))

_k = "".join(_rng().choice(string.ascii_uppercase + string.digits) for _ in range(16))
S("arduino", "thingspeak-key", "firmware/greenhouse_thingspeak/greenhouse_thingspeak.ino", _k, """
    #include <ESP8266WiFi.h>
    #include "ThingSpeak.h"
    #include "secrets.h"   // SECRET_SSID, SECRET_PASS

    unsigned long myChannelNumber = 2%%ch%%;
    const char * myWriteAPIKey = "%%k%%";

    WiFiClient client;

    void setup() {
      Serial.begin(115200);
      WiFi.mode(WIFI_STA);
      ThingSpeak.begin(client);
    }

    void loop() {
      if (WiFi.status() != WL_CONNECTED) {
        WiFi.begin(SECRET_SSID, SECRET_PASS);
        while (WiFi.status() != WL_CONNECTED) { delay(5000); }
      }
      ThingSpeak.setField(1, readSoilTemp());
      ThingSpeak.setField(2, readSoilMoisture());
      int x = ThingSpeak.writeFields(myChannelNumber, myWriteAPIKey);
      Serial.println(x == 200 ? "Channel update successful." : "Problem updating channel. HTTP error code " + String(x));
      delay(60000);
    }
    """, "mathworks/thingspeak-arduino examples (myWriteAPIKey, ThingSpeak.writeFields)",
  k=_k, ch=str(_rng().randint(100000, 999999)))

_k = fakes.fake("aio_", 28, _seed())
S("toml", "adafruit-io-key", "circuitpython/settings.toml", _k, """
    # CircuitPython settings.toml - Feather ESP32-S2 in the seed room (temp/humidity logger)
    CIRCUITPY_WIFI_SSID = "HC-Office"
    CIRCUITPY_WEB_API_PASSWORD = ""
    ADAFRUIT_AIO_USERNAME = "holliscreek"
    ADAFRUIT_AIO_KEY = "%%k%%"
    SEEDROOM_FEED = "seedroom-rh"
    LOG_INTERVAL = 300
    """, "CircuitPython docs: settings.toml environment variables; Adafruit IO key (aio_)", k=_k)

_t = fakes.fake("BBUS-", 30, _seed())
S("python", "ubidots-token", "pi/ubidots_post.py", _t, '''
    #!/usr/bin/env python3
    """Post the grain bin temperature cables to Ubidots (runs every 10 min from systemd timer)."""
    import requests

    from bincables import read_all

    TOKEN = "%%t%%"
    DEVICE = "grain-bin-2"
    URL = f"https://industrial.api.ubidots.com/api/v1.6/devices/{DEVICE}"


    def main():
        payload = {f"cable{c}_node{n}": t for (c, n), t in read_all().items()}
        r = requests.post(URL, json=payload,
                          headers={"X-Auth-Token": TOKEN, "Content-Type": "application/json"},
                          timeout=20)
        r.raise_for_status()


    if __name__ == "__main__":
        main()
    ''', "Ubidots REST API docs: X-Auth-Token header, /api/v1.6/devices/<label>", t=_t)

_sak = b64key(32)
S("c-header", "azure-iot-connection-string", "firmware/pivot_azure/iot_configs.h", _sak, """
    // Copyright (c) Microsoft Corporation. All rights reserved.
    // SPDX-License-Identifier: MIT

    // Wifi
    #define IOT_CONFIG_WIFI_SSID "Pivot-LTE-Router"
    #define IOT_CONFIG_WIFI_PASSWORD ""   // open, router is MAC-locked

    // Azure IoT
    #define IOT_CONFIG_IOTHUB_FQDN "prairiegold-pivots.azure-devices.net"
    #define IOT_CONFIG_DEVICE_ID "pivot-07"
    #define IOT_CONFIG_DEVICE_KEY "%%sak%%"

    // Publish 1 message every 60 seconds
    #define TELEMETRY_FREQUENCY_MILLISECS 60000
    """, "Azure/azure-sdk-for-c-arduino examples/Azure_IoT_Hub_ESP32 iot_configs.h (IOT_CONFIG_DEVICE_KEY)", sak=_sak)

_key = pem("RSA PRIVATE KEY", 25)
S("c-header", "private-key", "firmware/aws_silo_level/secrets.h", _key, """
    #include <pgmspace.h>

    #define SECRET
    #define THINGNAME "silo-level-3"

    const char WIFI_SSID[] = "Granary-AP";
    const char WIFI_PASSWORD[] = "";   // WPA2-Enterprise creds in NVS, see provisioning.md
    const char AWS_IOT_ENDPOINT[] = "a%%ep%%-ats.iot.us-east-2.amazonaws.com";

    // Amazon Root CA 1 is compiled in from certs/AmazonRootCA1.h

    // Device Private Key
    static const char AWS_CERT_PRIVATE[] PROGMEM = R"KEY(
    %%key%%
    )KEY";
    """, "AWS IoT blog: connecting an ESP32 to AWS IoT Core (secrets.h with R\"KEY( raw string literal)",
  key=_key, ep="".join(_rng().choice(string.ascii_lowercase + string.digits) for _ in range(13)))

_pw = passphrase()
S("csv", "wifi-password", "firmware/soil-gateway-idf/nvs_provision.csv", _pw, """
    key,type,encoding,value
    wifi,namespace,,
    ssid,data,string,HC-Field-AP
    password,data,string,%%pw%%
    node,namespace,,
    node_id,data,u16,17
    report_s,data,u32,900
    lora_region,data,string,US915
    """, "ESP-IDF docs: NVS Partition Generator utility (CSV key,type,encoding,value)", pw=_pw)

_pw = human_pw()
S("shell", "wifi-password", "tasmota/provision-relays.sh", _pw, r"""
    #!/usr/bin/env bash
    # First-boot provisioning for the Sonoff relays on the livestock waterer heaters.
    # Each relay comes up as an AP (tasmota-XXXXXX-XXXX); join it, then run this.
    set -e
    DEV=${1:-192.168.4.1}

    cmd() { curl -s "http://${DEV}/cm" --data-urlencode "cmnd=$1"; echo; }

    cmd "Backlog SSID1 HC-Barn; Password1 %%pw%%; WifiConfig 4"
    cmd "Backlog MqttHost 192.168.10.20; MqttUser tasmota; Topic waterer_%topic%"
    cmd "Backlog PowerOnState 3; TelePeriod 120; Timezone 99"
    cmd "Restart 1"
    """, "Tasmota docs: commands (Backlog, SSID1, Password1, MqttHost) over HTTP /cm?cmnd=", pw=_pw)

_pw = human_pw()
S("esphome", "mqtt-password", "esphome/common/mqtt.yaml", _pw, """
    # Included by the relay boards that talk MQTT instead of the HA API (no HA in the pump house)
    mqtt:
      broker: 192.168.10.20
      port: 1883
      username: esphome
      password: "%%pw%%"
      discovery: false
      topic_prefix: pumphouse/${devicename}
      birth_message:
        topic: pumphouse/${devicename}/status
        payload: online
      will_message:
        topic: pumphouse/${devicename}/status
        payload: offline
    """, "ESPHome docs: MQTT client component (broker, username, password)", pw=_pw)

D("esphome", "secret-reference", "esphome/soil-probe-east.yaml", """
    esphome:
      name: soil-probe-east
      friendly_name: Soil probe east

    esp32:
      board: esp32dev

    wifi:
      ssid: !secret wifi_ssid
      password: !secret wifi_password
      ap:
        password: !secret fallback_ap_password

    api:
      encryption:
        key: !secret api_key_soil_east

    ota:
      - platform: esphome
        password: !secret ota_password

    sensor:
      - platform: adc
        pin: GPIO34
        name: "Soil moisture raw"
        update_interval: 300s
        attenuation: 12db
    """, "ESPHome docs: secrets (!secret)")

D("esphome", "placeholder", "esphome/secrets.yaml.example", """
    # Copy to secrets.yaml and fill in. secrets.yaml is git-ignored.
    wifi_ssid: "your-ssid"
    wifi_password: "your-wifi-password"
    fallback_ap_password: "changeme"
    ota_password: "changeme"
    # generate with: openssl rand -base64 32
    api_key_soil_east: "<base64 32-byte key>"
    api_key_pivot3: "<base64 32-byte key>"
    """, "ESPHome docs: secrets.yaml")

D("arduino", "empty-values", "firmware/soil_node_mkr/arduino_secrets.h.template", """
    // Copy to arduino_secrets.h (ignored by git) and fill in.
    #define SECRET_SSID ""
    #define SECRET_PASS ""
    #define SECRET_MQTT_HOST "192.168.50.2"
    #define SECRET_MQTT_PORT 1883
    """, "Arduino docs: arduino_secrets.h")

D("platformio-ini", "env-reference", "firmware/frost-fan/platformio.ci.ini", r"""
    ; CI build: credentials come from GitHub Actions secrets exported as environment variables
    [env:frostfan_ci]
    platform = espressif32@6.5.0
    board = esp32-s3-devkitc-1
    framework = arduino
    build_flags =
        -D WIFI_SSID=\"${sysenv.WIFI_SSID}\"
        -D WIFI_PASS=\"${sysenv.WIFI_PASS}\"
        -D MQTT_HOST=\"${sysenv.MQTT_HOST}\"
        -D FW_VERSION=\"${sysenv.GITHUB_SHA}\"
    lib_deps =
        knolleary/PubSubClient@^2.8
    """, "PlatformIO docs: dynamic variables ${sysenv.VAR} in build_flags")

D("sdkconfig", "placeholder", "firmware/station-example/sdkconfig.defaults", """
    # From the esp-idf wifi station example; set real values with `idf.py menuconfig`
    CONFIG_ESP_WIFI_SSID="myssid"
    CONFIG_ESP_WIFI_PASSWORD="mypassword"
    CONFIG_ESP_MAXIMUM_RETRY=5
    CONFIG_ESP_WPA3_SAE_PWE_BOTH=y
    CONFIG_ESP_WIFI_AUTH_WPA2_PSK=y
    CONFIG_ESP_WIFI_PW_ID=""
    """, "espressif/esp-idf examples/wifi/getting_started/station Kconfig defaults (myssid/mypassword)")

_c1, _c2 = cert(), cert()
D("c-header", "certificate", "firmware/aws_silo_level/certs.h", """
    #pragma once
    #include <pgmspace.h>

    // Amazon Root CA 1 (public)
    static const char AWS_CERT_CA[] PROGMEM = R"EOF(
    %%c1%%
    )EOF";

    // Device certificate (public part; the private key is written to NVS at provisioning)
    static const char AWS_CERT_CRT[] PROGMEM = R"KEY(
    %%c2%%
    )KEY";

    #define AWS_PRIVATE_KEY_NVS_NAMESPACE "awsiot"
    """, "AWS IoT Core docs: device certificates and Amazon Root CA", c1=_c1, c2=_c2)

D("shell", "public-key", "firmware/soil-gateway-idf/signing/install-pubkey.sh", """
    #!/bin/sh
    # Secure Boot v2 signing. The private signing key is kept on the YubiHSM in the office;
    # only the public half is stored here so CI can verify images:
    #   espsecure.py verify_signature --version 2 --keyfile signing/pub.pem build/soil-gateway.bin
    cat > signing/pub.pem <<'EOF'
    %%pk%%
    EOF
    espsecure.py digest_sbv2_public_key --keyfile signing/pub.pem --output signing/pub_digest.bin
    """, "ESP-IDF docs: Secure Boot v2 (espsecure.py verify_signature, public key)", pk=public_key())

_man = {"project": "valve-node", "version": "1.4.2", "builds": [
    {"chipFamily": "ESP8266", "parts": [{"path": "valve-node-1.4.2.bin", "offset": 0}],
     "sha256": hexs(64), "md5": hexs(32), "size": 412336},
    {"chipFamily": "ESP32-C3", "parts": [{"path": "valve-node-c3-1.4.2.bin", "offset": 0}],
     "sha256": hexs(64), "md5": hexs(32), "size": 1054720}],
    "git_commit": hexs(40), "built": "2024-04-18T21:07:55Z"}
DV("json", "checksum", "firmware/valve-node/dist/manifest.json", json.dumps(_man, indent=2) + "\n",
   "ESP Web Tools manifest.json format; OTA image checksums")

D("arduino", "no-credentials", "firmware/coop_door_wm/coop_door_wm.ino", """
    // Coop door with WiFiManager captive portal: credentials are entered on the phone and kept
    // in flash by the ESP32 core; the Blynk token is typed in the portal too (custom parameter).
    #define BLYNK_TEMPLATE_ID "TMPL2%%tid%%"
    #define BLYNK_TEMPLATE_NAME "Coop Door"
    #include <WiFiManager.h>
    #include <Preferences.h>
    #include <BlynkSimpleEsp32.h>

    Preferences prefs;
    char blynkToken[34] = "";

    void setup() {
      Serial.begin(115200);
      prefs.begin("coop", false);
      prefs.getString("blynk", blynkToken, sizeof(blynkToken));
      WiFiManager wm;
      WiFiManagerParameter p_token("blynk", "Blynk auth token", blynkToken, 33);
      wm.addParameter(&p_token);
      wm.autoConnect("CoopDoor-Setup");
      strncpy(blynkToken, p_token.getValue(), sizeof(blynkToken));
      prefs.putString("blynk", blynkToken);
      Blynk.config(blynkToken);
    }

    void loop() { Blynk.run(); }
    """, "tzapu/WiFiManager README (custom parameters), Blynk.config", tid="".join(_rng().choice(ALNUM) for _ in range(8)))

D("c-header", "hardware-key", "firmware/pivot_dps/dps_config.h", """
    #pragma once
    // Azure DPS with the ATECC608B secure element: the device key never leaves the chip.
    #define DPS_GLOBAL_ENDPOINT   "global.azure-devices-provisioning.net"
    #define DPS_ID_SCOPE          "0ne00%%scope%%"
    #define DPS_REGISTRATION_ID   "pivot-%%reg%%"
    #define DPS_ATTESTATION       DPS_ATTESTATION_X509
    #define ATECC_I2C_ADDRESS     0x6A
    #define ATECC_DEVICE_CERT_SLOT 10
    #define ATECC_PRIVATE_KEY_SLOT 0
    """, "Azure IoT DPS docs: ID scope, registration ID, X.509 attestation with a secure element",
  scope=hexs(6, upper=True), reg=hexs(8))

D("micropython", "file-reference", "micropython/main.py", """
    # main.py - frost sensor: credentials are in /secrets.json on the board (written by mpremote)
    import json
    import machine
    import network
    import time
    from umqtt.simple import MQTTClient

    with open("/secrets.json") as f:
        cfg = json.load(f)

    wlan = network.WLAN(network.STA_IF)
    wlan.active(True)
    wlan.connect(cfg["wifi_ssid"], cfg["wifi_password"])
    while not wlan.isconnected():
        time.sleep(1)

    c = MQTTClient(cfg["client_id"], cfg["broker"], user=cfg["mqtt_user"], password=cfg["mqtt_password"])
    c.connect()
    adc = machine.ADC(machine.Pin(34))
    while True:
        c.publish(cfg["topic"], str(adc.read_uv()))
        machine.deepsleep(600_000)
    """, "MicroPython docs: network.WLAN, umqtt.simple MQTTClient")

# == Raspberry Pi and edge boxes ================================================================

_pw = human_pw()
S("wpa-supplicant", "wifi-password", "pi-gateway/boot/wpa_supplicant.conf", _pw, """
    ctrl_interface=DIR=/var/run/wpa_supplicant GROUP=netdev
    update_config=1
    country=US

    # machine shed AP (Ubiquiti, 5 GHz disabled for range to the grain bins)
    network={
        ssid="HollisCreek-Shed"
        psk="%%pw%%"
        key_mgmt=WPA-PSK
        priority=10
    }
    """, "wpa_supplicant.conf(5) (network block, psk passphrase); Raspberry Pi headless setup", pw=_pw)

_psk = hexs(64)
S("wpa-supplicant", "wifi-psk", "pi-camera/wpa_supplicant-wlan0.conf", _psk, """
    ctrl_interface=DIR=/var/run/wpa_supplicant GROUP=netdev
    update_config=1
    country=AU

    # generated with wpa_passphrase "Calving-Paddock" (plaintext line removed)
    network={
        ssid="Calving-Paddock"
        psk=%%psk%%
    }

    network={
        ssid="Homestead-Guest"
        key_mgmt=NONE
        priority=-5
    }
    """, "wpa_passphrase(8) output (psk=<64 hex>), wpa_supplicant.conf(5)", psk=_psk)

_pw = words_pw()
S("cloud-init", "password", "pi-fleet/user-data", _pw, """
    #cloud-config
    hostname: bin-monitor-04
    manage_etc_hosts: true
    timezone: America/Chicago

    users:
      - name: farmops
        groups: users,adm,dialout,audio,netdev,video,plugdev,cdrom,games,input,gpio,spi,i2c,render,sudo
        shell: /bin/bash
        lock_passwd: false
        plain_text_passwd: %%pw%%
        sudo: ALL=(ALL) NOPASSWD:ALL

    ssh_pwauth: true

    packages:
      - python3-venv
      - mosquitto-clients

    runcmd:
      - [raspi-config, nonint, do_i2c, "0"]
      - [systemctl, enable, --now, ssh]
    """, "cloud-init docs: users and groups (plain_text_passwd, lock_passwd); Raspberry Pi OS cloud-init", pw=_pw)

_pw = human_pw()
S("shell", "password", "pi-fleet/firstrun.sh", _pw, r"""
    #!/bin/bash
    # Hand-rolled firstrun for the soil-logger Pis (put on the boot partition, called from cmdline.txt)
    set +e

    CURRENT_HOSTNAME=$(tr -d " \t\n\r" < /etc/hostname)
    NEW_HOSTNAME=soil-logger-$(cat /proc/cpuinfo | awk '/Serial/ {print substr($3,11)}')
    echo "$NEW_HOSTNAME" > /etc/hostname
    sed -i "s/127.0.1.1.*$CURRENT_HOSTNAME/127.0.1.1\t$NEW_HOSTNAME/g" /etc/hosts

    useradd -m -G sudo,dialout,gpio,i2c,spi logger
    echo 'logger:%%pw%%' | chpasswd

    systemctl enable ssh
    rm -f /boot/firstrun.sh
    sed -i 's| systemd.run.*||g' /boot/cmdline.txt
    exit 0
    """, "raspberrypi/rpi-imager firstrun.sh layout; chpasswd(8)", pw=_pw)

_k = tailscale_key()
S("docker-compose", "tailscale-auth-key", "balena/gateway-fleet/docker-compose.yml", _k, """
    version: "2.1"
    services:
      tailscale:
        image: tailscale/tailscale:stable
        network_mode: host
        restart: always
        cap_add:
          - NET_ADMIN
          - SYS_MODULE
        environment:
          TS_AUTHKEY: "%%k%%"
          TS_EXTRA_ARGS: "--advertise-tags=tag:farm-gateway"
          TS_STATE_DIR: /var/lib/tailscale
        volumes:
          - ts-state:/var/lib/tailscale

      basicstation:
        image: xoseperez/basicstation:latest
        privileged: true
        network_mode: host
        restart: unless-stopped

    volumes:
      ts-state:
    """, "tailscale docs: Docker (TS_AUTHKEY, TS_EXTRA_ARGS); balena multicontainer docker-compose", k=_k)

_pw = rand_pw(20)
S("systemd", "postgres-url", "pi/etc/systemd/system/bin-logger.service", _pw, """
    [Unit]
    Description=Grain bin temperature cable logger
    After=network-online.target
    Wants=network-online.target

    [Service]
    Type=simple
    User=logger
    WorkingDirectory=/opt/bin-logger
    Environment="DATABASE_URL=postgresql://binlogger:%%pw%%@10.20.0.5:5432/grain"
    Environment=POLL_SECONDS=600
    ExecStart=/opt/bin-logger/venv/bin/python -m binlogger
    Restart=on-failure
    RestartSec=30

    [Install]
    WantedBy=multi-user.target
    """, "systemd.exec(5) Environment=; libpq connection URIs", pw=_pw)

_t = ngrok_token()
S("yaml", "ngrok-authtoken", "pi/.config/ngrok/ngrok.yml", _t, """
    version: "2"
    authtoken: %%t%%
    tunnels:
      nodered:
        proto: http
        addr: 1880
        basic_auth:
          - "viewer:${NGROK_BASIC_AUTH}"
      ssh:
        proto: tcp
        addr: 22
    """, "ngrok agent configuration file v2 (authtoken, tunnels)", t=_t)

_cf = b64(json.dumps({"a": hexs(32), "t": uuid_s(), "s": b64key(32)}, separators=(",", ":")))
S("docker-compose", "cloudflare-tunnel-token", "edge/cloudflared/docker-compose.yml", _cf, """
    services:
      cloudflared:
        image: cloudflare/cloudflared:2024.4.1
        restart: unless-stopped
        command: tunnel --no-autoupdate run --token %%cf%%
        network_mode: host

      homeassistant:
        image: ghcr.io/home-assistant/home-assistant:stable
        restart: unless-stopped
        network_mode: host
        volumes:
          - ./ha-config:/config
          - /etc/localtime:/etc/localtime:ro
    """, "Cloudflare Tunnel docs: run a remotely-managed tunnel (cloudflared tunnel run --token)", cf=_cf)

_k = fakes.drawn_mixed(_seed(), 32)
S("github-actions", "balena-api-key", ".github/workflows/deploy-fleet.yml", _k, """
    name: Deploy gateway fleet

    on:
      push:
        branches: [main]
        paths: ["balena/gateway-fleet/**"]

    jobs:
      deploy:
        runs-on: ubuntu-latest
        steps:
          - uses: actions/checkout@v4
          - uses: balena-io/deploy-to-balena-action@v2
            id: build
            with:
              balena_token: %%k%%
              fleet: prairiegold/lora-gateways
              source: balena/gateway-fleet
          - name: Log release
            run: echo "Released ${{ steps.build.outputs.release_id }}"
    """, "balena-io/deploy-to-balena-action README (balena_token, fleet, source)", k=_k)

_kid = "005" + hexs(22)
_key = "K005" + fakes.drawn_mixed(_seed(), 27, ALNUM + "+/")
S("env", "b2-application-key", "pi/restic/b2.env", _key, """
    # restic -> Backblaze B2, nightly backup of the Pi's Node-RED, InfluxDB backups and CSV logs
    export B2_ACCOUNT_ID=%%kid%%
    export B2_ACCOUNT_KEY=%%key%%
    export RESTIC_REPOSITORY=b2:holliscreek-pi-backups:office-nuc
    export RESTIC_PASSWORD_FILE=/root/.config/restic/password
    export RESTIC_CACHE_DIR=/var/cache/restic
    """, "restic docs: Backblaze B2 backend (B2_ACCOUNT_ID, B2_ACCOUNT_KEY)", kid=_kid, key=_key)

_t = hexs(40)
S("shell", "particle-token", "tools/particle-rain-gauge.sh", _t, r"""
    #!/bin/sh
    # Read the rain total variable from the Boron in the far paddock and reset it at midnight.
    DEVICE=e00fce68%%dev%%
    TOKEN=%%t%%

    total=$(curl -s "https://api.particle.io/v1/devices/${DEVICE}/rain_mm?access_token=${TOKEN}" | jq -r .result)
    echo "$(date -Iseconds),${total}" >> /srv/weather/paddock_rain.csv

    if [ "$(date +%H%M)" = "0000" ]; then
      curl -s "https://api.particle.io/v1/devices/${DEVICE}/reset_rain" -d access_token="${TOKEN}" -d arg=1
    fi
    """, "Particle Cloud API docs: get a variable / call a function (access_token parameter)", t=_t, dev=hexs(16))

_key = openssh_key()
SV("openssh-key", "private-key", "deploy/keys/gateway_fleet_ed25519", _key, _key + "\n",
   "OpenSSH private key file format (ssh-keygen -t ed25519)")

_pw = human_pw()
S("netrc", "password", "pi/.netrc", _pw, """
    # used by the nightly rsync/curl of the yield monitor exports from the co-op file server
    machine files.prairiegold.coop
      login holliscreek
      password %%pw%%

    machine yield.prairiegold.coop
      login holliscreek
      account members
    """, "netrc(5) format (machine, login, password)", pw=_pw)

_pw = rand_pw(18, "!_")
S("pgpass", "postgres-password", "pi/.pgpass", _pw, """
    # hostname:port:database:username:password
    # grain bin logger on the office NUC; chmod 0600 or libpq ignores this file
    10.20.0.5:5432:grain:binlogger:%%pw%%
    # the replica in the barn rack uses the same role
    10.20.0.6:5432:grain:binlogger:%%pw%%
    """, "PostgreSQL docs: the password file (.pgpass)", pw=_pw)

_h = sha512crypt()
D("shell", "password-hash", "pi-fleet/boot/firstrun.sh", r"""
    #!/bin/bash

    set +e

    CURRENT_HOSTNAME=`cat /etc/hostname | tr -d " \t\n\r"`
    if [ -f /usr/lib/raspberrypi-sys-mods/imager_custom ]; then
       /usr/lib/raspberrypi-sys-mods/imager_custom set_hostname bin-monitor-02
    else
       echo bin-monitor-02 >/etc/hostname
       sed -i "s/127.0.1.1.*$CURRENT_HOSTNAME/127.0.1.1\tbin-monitor-02/g" /etc/hosts
    fi
    FIRSTUSER=`getent passwd 1000 | cut -d: -f1`
    if [ -f /usr/lib/userconf-pi/userconf ]; then
       /usr/lib/userconf-pi/userconf 'farmops' '%%h%%'
    else
       echo "$FIRSTUSER:"'%%h%%' | chpasswd -e
    fi
    systemctl enable ssh
    rm -f /boot/firstrun.sh
    sed -i 's| systemd.run.*||g' /boot/cmdline.txt
    exit 0
    """, "raspberrypi/rpi-imager generated firstrun.sh (userconf with SHA-512 crypt hash)", h=_h)

D("cloud-init", "password-hash", "pi-fleet/user-data.bin-monitor-05", """
    #cloud-config
    hostname: bin-monitor-05
    manage_etc_hosts: true

    users:
      - name: farmops
        groups: users,adm,dialout,gpio,i2c,spi,sudo
        shell: /bin/bash
        lock_passwd: false
        passwd: %%h%%
        ssh_authorized_keys:
          - %%pub%%
        sudo: ALL=(ALL) NOPASSWD:ALL

    ssh_pwauth: false
    """, "cloud-init docs: users (passwd takes a crypt hash, ssh_authorized_keys)", h=sha512crypt(), pub=ssh_pub("farmops@office-nuc"))

D("wpa-supplicant", "external-reference", "pi-gateway/wpa_supplicant-ext.conf", """
    ctrl_interface=DIR=/var/run/wpa_supplicant GROUP=netdev
    update_config=0
    country=US
    # PSKs are kept outside this file (root-only), see wpa_supplicant.conf(5) ext_password_backend
    ext_password_backend=file:/etc/wpa_supplicant/ext_passwords

    network={
        ssid="HollisCreek-Shed"
        psk=ext:shed_psk
    }

    network={
        ssid="HollisCreek-Barn"
        psk=ext:barn_psk
    }
    """, "wpa_supplicant.conf(5): ext_password_backend, psk=ext:<name>")

D("systemd", "file-reference", "pi/etc/systemd/system/ttn-ingest.service", """
    [Unit]
    Description=TTN uplinks -> InfluxDB
    After=network-online.target
    Wants=network-online.target

    [Service]
    User=ingest
    EnvironmentFile=/etc/farm/ingest.env
    LoadCredential=influx-token:/etc/farm/credentials/influx-token
    ExecStart=/opt/ingest/venv/bin/python /opt/ingest/ttn_mqtt_to_influx.py
    Restart=always
    RestartSec=10

    [Install]
    WantedBy=multi-user.target
    """, "systemd.exec(5): EnvironmentFile=, LoadCredential=")

D("shell", "checksum", "pi-fleet/fetch-image.sh", r"""
    #!/bin/sh
    # Download and verify the Raspberry Pi OS Lite image used for the bin monitors.
    set -eu
    IMG=2024-03-15-raspios-bookworm-arm64-lite.img.xz
    URL=https://downloads.raspberrypi.com/raspios_lite_arm64/images/raspios_lite_arm64-2024-03-15/$IMG
    SHA256=%%sha%%

    curl -fLO "$URL"
    echo "$SHA256  $IMG" | sha256sum -c -
    """, "Raspberry Pi OS downloads (published SHA-256), sha256sum -c", sha=hexs(64))

D("github-actions", "secret-reference", ".github/workflows/deploy-weather.yml", """
    name: Deploy weather fleet

    on:
      workflow_dispatch:
      push:
        tags: ["weather-v*"]

    jobs:
      deploy:
        runs-on: ubuntu-latest
        steps:
          - uses: actions/checkout@v4
          - uses: balena-io/deploy-to-balena-action@v2
            with:
              balena_token: ${{ secrets.BALENA_TOKEN }}
              fleet: prairiegold/weather-stations
              source: balena/weather
          - name: Notify
            env:
              SLACK_WEBHOOK_URL: ${{ secrets.SLACK_WEBHOOK_URL }}
            run: |
              curl -sS -X POST -H 'Content-type: application/json' \\
                --data '{"text":"weather fleet deployed ${{ github.ref_name }}"}' "$SLACK_WEBHOOK_URL"
    """, "GitHub Actions docs: using secrets in a workflow (${{ secrets.NAME }})")

_keys = "\n".join(ssh_pub(c) for c in ["farmops@office-nuc", "agronomist@laptop", "ci@github-actions"])
D("authorized-keys", "public-key", "pi-fleet/authorized_keys", """
    # Keys allowed on every bin monitor / gateway Pi (deployed by ansible role "base")
    %%keys%%
    # revoked 2024-02: old contractor laptop (removed)
    """, "sshd(8) AUTHORIZED_KEYS FILE FORMAT", keys=_keys)

DV("dockerfile", "no-credentials", "balena/weather/Dockerfile.template", textwrap.dedent("""
    FROM balenalib/%%BALENA_MACHINE_NAME%%-debian-python:3.11-bookworm-run

    ARG WEEWX_VERSION=5.0.2
    ENV UDEV=on \\
        WEEWX_ROOT=/data/weewx

    RUN install_packages rsync sqlite3 libusb-1.0-0
    RUN pip install --no-cache-dir "weewx==${WEEWX_VERSION}" weewx-mqtt

    WORKDIR /usr/src/app
    COPY start.sh ./
    # Station passwords are balena device variables (WU_PASSWORD, MQTT_URL), read by start.sh
    CMD ["bash", "start.sh"]
    """).lstrip("\n"), "balena docs: Dockerfile templates (%%BALENA_MACHINE_NAME%%), device variables")

# == Irrigation controllers =====================================================================

_t = uuid_s()
S("python", "rachio-token", "irrigation/rachio_skip.py", _t, '''
    """Skip the next Rachio run when the rain gauge logged more than 6 mm in the last 24 h.

    Example (token from app.rach.io > Account Settings > Get API Key):

        >>> r = Rachio("%%t%%")
        >>> r.person_id()
        'c8d10892-fd69-48b9-8d88-9f2a0e9c3c5a'
    """
    import requests

    BASE = "https://api.rach.io/1/public"


    class Rachio:
        def __init__(self, token: str):
            self.h = {"Authorization": f"Bearer {token}", "Content-Type": "application/json"}

        def person_id(self) -> str:
            return requests.get(f"{BASE}/person/info", headers=self.h, timeout=10).json()["id"]

        def skip_next(self, schedule_rule_id: str) -> None:
            requests.put(f"{BASE}/schedulerule/skip", json={"id": schedule_rule_id},
                         headers=self.h, timeout=10).raise_for_status()
    ''', "Rachio public API docs (Authorization: Bearer <api key>, /person/info, /schedulerule/skip)", t=_t)

_t = uuid_s()
_flow = [
    {"id": hexs(16), "type": "inject", "z": "irrig", "name": "05:30 daily", "props": [{"p": "payload"}],
     "repeat": "", "crontab": "30 05 * * *", "once": False, "topic": "", "payload": "", "payloadType": "date",
     "x": 130, "y": 200, "wires": [["rachioHdr"]]},
    {"id": "rachioHdr", "type": "function", "z": "irrig", "name": "Rachio auth",
     "func": ("msg.headers = {\n    'Authorization': 'Bearer " + _t + "',\n    'Content-Type': 'application/json'\n};\n"
              "msg.url = 'https://api.rach.io/1/public/device/' + flow.get('rachio_device') + '/current_schedule';\nreturn msg;"),
     "outputs": 1, "x": 330, "y": 200, "wires": [["rachioGet"]]},
    {"id": "rachioGet", "type": "http request", "z": "irrig", "name": "current schedule", "method": "GET",
     "ret": "obj", "url": "", "x": 530, "y": 200, "wires": [["dbg1"]]},
    {"id": "dbg1", "type": "debug", "z": "irrig", "name": "", "active": True, "complete": "payload", "x": 720, "y": 200, "wires": []},
]
SV("node-red-flows", "rachio-token", "node-red/irrigation-flow.json", _t, json.dumps(_flow, indent=2) + "\n",
   "Node-RED http request node (msg.headers), Rachio public API")

_k = "-".join(hexs(4, upper=True) for _ in range(4))
S("home-assistant", "hydrawise-key", "homeassistant/configuration.yaml", _k, """
    homeassistant:
      name: Hollis Creek
      unit_system: metric
      time_zone: America/Chicago

    default_config:

    hydrawise:
      access_token: %%k%%
      scan_interval: 120

    binary_sensor:
      - platform: hydrawise
        monitored_conditions:
          - status
          - is_watering

    switch:
      - platform: hydrawise
        watering_minutes: 15
        monitored_conditions:
          - auto_watering
          - manual_watering

    automation: !include automations.yaml
    """, "Home Assistant docs: Hunter Hydrawise integration (YAML, access_token)", k=_k)

_pw = human_pw()
_md5 = __import__("hashlib").md5(_pw.encode()).hexdigest()
S("crontab", "opensprinkler-password-hash", "pi/crontab-irrigation", _md5, r"""
    # OpenSprinkler in the nursery: pause watering during frost-protection runs of the pivots.
    # The API takes the MD5 of the device password as pw= (it is what the app sends).
    OS=http://192.168.30.40
    PW=%%md5%%
    0 4 * * * curl -s "$OS/pv?pw=$PW&dur=14400" >/dev/null
    30 8 * * * curl -s "$OS/pv?pw=$PW&dur=0" >/dev/null
    # daily status into the log
    55 23 * * * curl -s "$OS/jc?pw=$PW" >> /var/log/opensprinkler.jsonl
    """, "OpenSprinkler firmware API document (pw = MD5 hash of device password, /pv, /jc)", md5=_md5)

_pw = human_pw()
S("python", "password", "irrigation/opensprinkler_rain_delay.py", _pw, '''
    import hashlib
    import sys

    import requests

    CONTROLLER = "http://192.168.30.41"
    DEVICE_PASSWORD = "%%pw%%"
    PW = hashlib.md5(DEVICE_PASSWORD.encode()).hexdigest()


    def rain_delay(hours: int) -> None:
        r = requests.get(f"{CONTROLLER}/cv", params={"pw": PW, "rd": hours}, timeout=5)
        r.raise_for_status()
        if r.json().get("result") != 1:
            raise RuntimeError(r.text)


    if __name__ == "__main__":
        rain_delay(int(sys.argv[1]) if len(sys.argv) > 1 else 24)
    ''', "OpenSprinkler firmware API (/cv rd= rain delay, pw parameter)", pw=_pw)

_pw = human_pw()
S("home-assistant", "password", "homeassistant/packages/rainbird.yaml", _pw, """
    # Rain Bird ESP-TM2 (LNK WiFi module) on the front lawn / windbreak drip
    rainbird:
      host: 192.168.30.52
      password: "%%pw%%"
      trigger_time: 360
      zones:
        1:
          friendly_name: Windbreak drip
          trigger_time: 1200
        2:
          friendly_name: Front lawn
    """, "Home Assistant docs: Rain Bird integration (host, password, trigger_time)", pw=_pw)

_pw = words_pw()
S("python", "password", "irrigation/bhyve_status.py", _pw, '''
    import asyncio

    from aiohttp import ClientSession
    from pybhyve import Client

    USERNAME = "garden@holliscreek.org"
    PASSWORD = "%%pw%%"


    async def main():
        async with ClientSession() as session:
            client = Client(USERNAME, PASSWORD, loop=asyncio.get_event_loop(), session=session)
            await client.login()
            for device in await client.devices:
                print(device["name"], device.get("status", {}).get("watering_status"))
            await client.stop()


    asyncio.run(main())
    ''', "sebr/bhyve-home-assistant pybhyve client (Client(username, password))", pw=_pw)

_evt = {
    "eventType": "ZONE_STATUS_EVENT", "type": "ZONE_STATUS", "subType": "ZONE_COMPLETED",
    "externalId": "hc-nursery", "deviceId": uuid_s(), "eventId": uuid_s(), "zoneId": uuid_s(),
    "zoneNumber": 3, "zoneName": "Nursery row 3", "duration": 900, "durationInMinutes": 15,
    "timestamp": "2024-07-09T10:15:02.000Z", "summary": "Nursery row 3 completed watering at 5:15 AM (15 minutes).",
}
DV("json", "uuid-ids", "irrigation/tests/fixtures/rachio_webhook_zone_completed.json", json.dumps(_evt, indent=2) + "\n",
   "Rachio public API docs: webhook event payload (deviceId, zoneId, eventId)")

D("home-assistant", "secret-reference", "homeassistant/packages/irrigation.yaml", """
    rainbird:
      host: 192.168.30.52
      password: !secret rainbird_password
      trigger_time: 360

    hydrawise:
      access_token: !secret hydrawise_api_key
      scan_interval: 120

    input_boolean:
      irrigation_frost_hold:
        name: Hold irrigation (frost)
        icon: mdi:snowflake
    """, "Home Assistant docs: storing secrets (!secret)")

_prog = {"programs": {"nprogs": 3, "nboards": 1, "mnp": 40, "pd": [
    [1, 127, 0, [360, 0, 0, 0], [900, 900, 0, 600, 0, 0, 0, 0], "Nursery AM"],
    [1, 42, 0, [1080, 0, 0, 0], [0, 0, 1200, 0, 0, 0, 0, 0], "Windbreak drip"],
    [0, 127, 0, [300, 0, 0, 0], [300, 300, 300, 300, 0, 0, 0, 0], "Frost test"]]},
    "options": {"fwv": 219, "tz": 20, "ntp": 1, "dhcp": 1, "hp0": 80, "ext": 0, "sdt": 0, "rso": 0, "wl": 100},
    "settings": {"devt": 1716012000, "nbrd": 1, "en": 1, "rd": 0, "rs": 0, "loc": "41.95,-93.47", "wto": {"h": 100, "t": 70, "r": 100}}}
_pd = ",\n      ".join(json.dumps(x) for x in _prog["programs"]["pd"])
_ptext = ('{\n  "programs": {"nprogs": 3, "nboards": 1, "mnp": 40, "pd": [\n      ' + _pd + "]},\n"
          + '  "options": ' + json.dumps(_prog["options"]) + ",\n"
          + '  "settings": ' + json.dumps(_prog["settings"]) + "\n}\n")
json.loads(_ptext)
DV("json", "no-credentials", "irrigation/backups/opensprinkler-nursery.json", _ptext,
   "OpenSprinkler firmware API (/ja all JSON export: programs, options, settings)")

D("yaml", "no-credentials", "irrigation/schedules/2024-summer.yaml", """
    # Summer 2024 schedule - generated by irrigation/planner.py from the ET forecast
    season: summer-2024
    controller: opensprinkler-nursery
    et_source: tempest-8%%n%%
    zones:
      - id: 1
        name: Nursery row 1
        crop: apple whips
        emitter_gph: 0.5
        minutes: 15
      - id: 2
        name: Nursery row 2
        crop: apple whips
        emitter_gph: 0.5
        minutes: 15
      - id: 3
        name: Nursery row 3
        crop: pear whips
        emitter_gph: 1.0
        minutes: 12
    skip_if_rain_mm_24h: 6
    """, "project-specific irrigation schedule YAML", n=str(_rng().randint(10000, 99999)))

# == Alerts and notifications ===================================================================

_t = telegram()
S("python", "telegram-token", "alerts/frost_telegram.py", _t, '''
    #!/usr/bin/env python3
    """Send a frost warning to the orchard crew Telegram group when the mast sensor drops below 1 C."""
    import sys

    import requests

    BOT_TOKEN = "%%t%%"
    CHAT_ID = -100%%chat%%


    def send(text: str) -> None:
        requests.post(
            f"https://api.telegram.org/bot{BOT_TOKEN}/sendMessage",
            data={"chat_id": CHAT_ID, "text": text, "parse_mode": "HTML"},
            timeout=10,
        ).raise_for_status()


    if __name__ == "__main__":
        temp = float(sys.argv[1])
        send(f"<b>Frost warning</b>: orchard mast at {temp:.1f} C - start the wind machines")
    ''', "Telegram Bot API docs: sendMessage (https://api.telegram.org/bot<token>/METHOD)",
  t=_t, chat=str(_rng().randint(10**9, 10**10)))

_w = discord_webhook()
S("python", "discord-webhook", "alerts/calving_cam_bot.py", _w, '''
    """Post a still from the calving barn camera to Discord when motion is detected at night."""
    import datetime as dt

    import requests

    WEBHOOK = "%%w%%"


    def post_snapshot(path: str, pen: str) -> None:
        now = dt.datetime.now().strftime("%H:%M")
        with open(path, "rb") as fh:
            requests.post(
                WEBHOOK,
                data={"content": f"Motion in {pen} at {now}"},
                files={"file": ("snapshot.jpg", fh, "image/jpeg")},
                timeout=20,
            ).raise_for_status()
    ''', "Discord developer docs: Execute Webhook (https://discord.com/api/webhooks/<id>/<token>)", w=_w)

_w = slack_webhook()
S("shell", "slack-webhook", "alerts/notify-silo.sh", _w, r"""
    #!/bin/sh
    # notify-silo.sh <silo> <percent> - called by the bin-logger when a silo drops below 20 %
    SILO="$1"
    PCT="$2"
    HOOK='%%w%%'

    curl -s -X POST -H 'Content-type: application/json' \
      --data "{\"text\":\":corn: Silo ${SILO} is at ${PCT}% - order feed\"}" \
      "$HOOK"
    """, "Slack docs: sending messages using incoming webhooks", w=_w)

_k = sendgrid_key()
S("python", "sendgrid-key", "reports/weekly_milk_report.py", _k, '''
    """Email the weekly bulk-tank report (SCC, fat, protein) to the herd vet and the co-op."""
    import base64

    from sendgrid import SendGridAPIClient
    from sendgrid.helpers.mail import Attachment, Mail

    from report import build_pdf

    SENDGRID_API_KEY = "%%k%%"
    RECIPIENTS = ["vet@countyvets.com", "quality@prairiegold.coop"]


    def main():
        pdf = build_pdf()
        msg = Mail(from_email="reports@ridgeview-dairy.com", to_emails=RECIPIENTS,
                   subject="Ridgeview weekly bulk tank report",
                   html_content="<p>Attached: bulk tank report for last week.</p>")
        msg.attachment = Attachment(file_content=base64.b64encode(pdf).decode(),
                                    file_name="bulk_tank.pdf", file_type="application/pdf")
        SendGridAPIClient(SENDGRID_API_KEY).send(msg)


    if __name__ == "__main__":
        main()
    ''', "sendgrid/sendgrid-python README (SendGridAPIClient, Mail)", k=_k)

_tok = hexs(32)
S("javascript", "twilio-auth-token", "alerts/pump-sms/index.js", _tok, """
    // SMS the on-call when the well pump pressure switch trips (called by Node-RED exec node)
    const twilio = require('twilio');

    const accountSid = 'AC%%sid%%';
    const authToken = '%%tok%%';
    const client = twilio(accountSid, authToken);

    const [, , pump, psi] = process.argv;

    client.messages
      .create({
        body: `Pump ${pump} pressure ${psi} psi - check the well house`,
        from: '+15155550134',
        to: '+15155550177',
      })
      .then((message) => console.log(message.sid))
      .catch((err) => { console.error(err); process.exit(1); });
    """, "Twilio docs: send an SMS with Node.js (accountSid, authToken)", tok=_tok, sid=hexs(32))

_pw = gmail_app_pw()
S("python", "smtp-password", "alerts/email_alert.py", _pw, '''
    import smtplib
    from email.message import EmailMessage

    SMTP_HOST = "smtp.gmail.com"
    SMTP_USER = "holliscreek.farm.alerts@gmail.com"
    SMTP_PASS = "%%pw%%"   # app password


    def send_alert(subject: str, body: str, to: str = "ops@holliscreek.org") -> None:
        msg = EmailMessage()
        msg["From"] = SMTP_USER
        msg["To"] = to
        msg["Subject"] = subject
        msg.set_content(body)
        with smtplib.SMTP_SSL(SMTP_HOST, 465) as s:
            s.login(SMTP_USER, SMTP_PASS)
            s.send_message(msg)
    ''', "Python docs: smtplib / email examples; Gmail app passwords", pw=_pw)

_t = telegram()
S("home-assistant", "telegram-token", "homeassistant/packages/notify_telegram.yaml", _t, """
    telegram_bot:
      - platform: polling
        api_key: "%%t%%"
        allowed_chat_ids:
          - %%chat%%

    notify:
      - platform: telegram
        name: barn_crew
        chat_id: %%chat%%
    """, "Home Assistant docs: Telegram bot integration (polling, api_key, allowed_chat_ids)",
  t=_t, chat=str(_rng().randint(10**8, 10**9)))

_r = _rng()
_teams = (f"https://holliscreek.webhook.office.com/webhookb2/{uuid_s()}@{uuid_s()}/IncomingWebhook/"
          f"{hexs(32)}/{uuid_s()}")
S("powershell", "teams-webhook", "alerts/Send-GrainDryerAlert.ps1", _teams, """
    <#
    .SYNOPSIS
      Posts a grain dryer fault to the Teams "Harvest ops" channel. Run by the dryer PC's task scheduler.
    #>
    param(
        [Parameter(Mandatory)] [string] $Fault,
        [int] $PlenumTempF = 0
    )

    $webhook = '%%w%%'

    $body = @{
        text = "Grain dryer fault: $Fault (plenum $PlenumTempF F) at $(Get-Date -Format 'HH:mm')"
    } | ConvertTo-Json

    Invoke-RestMethod -Method Post -Uri $webhook -Body $body -ContentType 'application/json'
    """, "Microsoft Teams docs: incoming webhooks (webhook.office.com/webhookb2/...)", w=_teams)

_t = "tk_" + fakes.drawn(_seed(), 29, string.ascii_lowercase + string.digits)
S("yaml", "ntfy-token", "alerts/ntfy-alertmanager.yml", _t, """
    # Alertmanager -> ntfy bridge for the barn sensors
    receivers:
      - name: ntfy-barn
        webhook_configs:
          - url: https://ntfy.holliscreek.org/barn-alerts?template=yes
            send_resolved: true
            http_config:
              authorization:
                type: Bearer
                credentials: %%t%%

    route:
      receiver: ntfy-barn
      group_by: [alertname, barn]
      repeat_interval: 3h
    """, "ntfy docs: access tokens (tk_...); Prometheus Alertmanager webhook_config http_config.authorization", t=_t)

D("markdown", "placeholder", "docs/alerts.md", """
    # Alert channels

    Slack incoming webhook URLs look like this (example from the Slack docs):

        https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX

    Put the real one in `/etc/farm/alerts.env` as `SLACK_WEBHOOK_URL=`. For Telegram, create
    a bot with @BotFather and set `TELEGRAM_BOT_TOKEN=` in the same file; the token looks like
    `123456:ABC-DEF1234ghIkl-zyx57W2v1u123ew11` (the example from the Bot API docs).

    Discord: `https://discord.com/api/webhooks/{webhook.id}/{webhook.token}`
    """, "Slack docs: incoming webhooks example URL; Telegram Bot API docs example token")

D("python", "env-reference", "alerts/notify.py", '''
    """Route an alert to the channels configured in /etc/farm/alerts.env."""
    import os

    import requests

    TELEGRAM_BOT_TOKEN = os.getenv("TELEGRAM_BOT_TOKEN")
    TELEGRAM_CHAT_ID = os.getenv("TELEGRAM_CHAT_ID")
    SLACK_WEBHOOK_URL = os.getenv("SLACK_WEBHOOK_URL")


    def notify(text: str) -> None:
        if TELEGRAM_BOT_TOKEN and TELEGRAM_CHAT_ID:
            requests.post(f"https://api.telegram.org/bot{TELEGRAM_BOT_TOKEN}/sendMessage",
                          data={"chat_id": TELEGRAM_CHAT_ID, "text": text}, timeout=10)
        if SLACK_WEBHOOK_URL:
            requests.post(SLACK_WEBHOOK_URL, json={"text": text}, timeout=10)
    ''', "python-dotenv / os.getenv pattern; Telegram Bot API; Slack incoming webhooks")

D("python", "keyring-reference", "alerts/sms.py", '''
    """SMS via Twilio. The Account SID is an identifier; the auth token lives in the OS keyring:
        keyring set twilio ridgeview
    """
    import keyring
    from twilio.rest import Client

    ACCOUNT_SID = "AC%%sid%%"
    FROM = "+15155550134"


    def send_sms(to: str, body: str) -> str:
        token = keyring.get_password("twilio", "ridgeview")
        client = Client(ACCOUNT_SID, token)
        return client.messages.create(body=body, from_=FROM, to=to).sid
    ''', "Twilio docs: Account SID vs Auth Token; keyring docs (get_password)", sid=hexs(32))

# == Deploy files: Kubernetes, Helm, Ansible, Terraform =========================================

_pw = rand_pw(24)
S("k8s-secret", "postgres-password", "deploy/k8s/chirpstack/secret-postgres.yaml", _pw, """
    apiVersion: v1
    kind: Secret
    metadata:
      name: chirpstack-postgres
      namespace: lorawan
      labels:
        app.kubernetes.io/name: chirpstack
        app.kubernetes.io/part-of: farm-lns
    type: Opaque
    data:
      POSTGRESQL_USER: %%u%%
      POSTGRESQL_PASSWORD: %%p%%
      POSTGRESQL_HOST: %%h%%
    """, "Kubernetes docs: Secret (data values are base64)", u=b64("chirpstack"), p=b64(_pw), h=b64("pg-primary.databases.svc"))

_t = influx_token()
S("k8s-secret", "influxdb-token", "deploy/k8s/telegraf/secret.yaml", _t, """
    apiVersion: v1
    kind: Secret
    metadata:
      name: telegraf-influx
      namespace: monitoring
    type: Opaque
    stringData:
      INFLUX_URL: http://influxdb.monitoring.svc:8086
      INFLUX_ORG: ridgeview
      INFLUX_BUCKET: parlor
      INFLUX_TOKEN: "%%t%%"
    """, "Kubernetes docs: Secret stringData", t=_t)

_pw = words_pw()
S("helm-values", "password", "deploy/helm/grafana/values-prod.yaml", _pw, """
    # grafana/grafana chart values - co-op dashboards
    replicas: 1
    adminUser: admin
    adminPassword: "%%pw%%"

    persistence:
      enabled: true
      size: 5Gi
      storageClassName: local-path

    ingress:
      enabled: true
      ingressClassName: traefik
      hosts:
        - grafana.prairiegold.coop
      tls:
        - secretName: grafana-tls
          hosts: [grafana.prairiegold.coop]

    grafana.ini:
      server:
        root_url: https://grafana.prairiegold.coop
      auth.anonymous:
        enabled: false
    """, "grafana/helm-charts charts/grafana values.yaml (adminUser, adminPassword)", pw=_pw)

_bk = hexs(64)
S("helm-values", "cookie-block-key", "deploy/helm/tts/values-prod.yaml", _bk, """
    # The Things Stack Enterprise chart - Prairie Gold co-op LNS
    license:
      file: /etc/tts/license.key
    global:
      domain: lns.prairiegold.coop
      deployment:
        initialTenant:
          tenantID: prairiegold
          adminUserID: pg-admin
          adminEmail: it@prairiegold.coop
          adminPasswordSecretRef: tts-initial-admin
      cluster:
        keysSecretRef: tts-cluster-keys
      http:
        cookie:
          blockKey: "%%bk%%"
          hashKeySecretRef: tts-cookie-hash-key
      blob:
        provider: local
        local:
          pvc: tts-blob
    """, "The Things Stack docs: Kubernetes configuration values.yaml (global.http.cookie.blockKey, 32-byte hex)", bk=_bk)

_pw = human_pw()
S("ansible", "mqtt-password", "ansible/group_vars/brokers.yml", _pw, """
    ---
    mosquitto_listeners:
      - port: 1883
        address: 127.0.0.1
        allow_anonymous: true
      - port: 8883
        allow_anonymous: false
        cafile: /etc/mosquitto/certs/ca.crt

    mosquitto_users:
      - name: nodered
        password: "{{ vault_mosquitto_nodered }}"
      - name: telegraf
        password: "{{ vault_mosquitto_telegraf }}"
      - name: gw-north-pivot
        password: "%%pw%%"   # TODO move to vault, added in a hurry at harvest

    mosquitto_acl:
      - user: gw-north-pivot
        topics: ["write us915_1/gateway/+/event/#", "read us915_1/gateway/+/command/#"]
    """, "Ansible docs: group_vars, vault variables; mosquitto users role convention", pw=_pw)

_pw = human_pw()
S("ansible-inventory", "ssh-password", "ansible/inventory/gateways.ini", _pw, """
    # LoRaWAN gateways and bin monitors (Raspberry Pi OS). Reached over the Tailscale tailnet.
    [gateways]
    gw-grainbin   ansible_host=100.101.12.4
    gw-northpivot ansible_host=100.101.12.9
    gw-orchard    ansible_host=100.101.12.17

    [binmonitors]
    bin-monitor-0[1:5].tail4c2f.ts.net

    [pi:children]
    gateways
    binmonitors

    [pi:vars]
    ansible_user=farmops
    ansible_ssh_pass=%%pw%%
    ansible_become=true
    ansible_python_interpreter=/usr/bin/python3
    """, "Ansible docs: inventory INI format, connection variables (ansible_ssh_pass)", pw=_pw)

_pw = passphrase()
S("terraform", "basic-auth", "infra/grafana/provider.tf", _pw, """
    terraform {
      required_providers {
        grafana = {
          source  = "grafana/grafana"
          version = "~> 2.19"
        }
      }
    }

    provider "grafana" {
      url  = "https://grafana.prairiegold.coop/"
      auth = "admin:%%pw%%"
    }

    resource "grafana_folder" "members" {
      title = "Member farms"
    }

    resource "grafana_dashboard" "soil" {
      folder      = grafana_folder.members.id
      config_json = file("${path.module}/dashboards/soil.json")
    }
    """, "grafana/terraform-provider-grafana docs: provider auth (\"user:password\" basic auth)", pw=_pw)

_ght = fakes.github_token(_seed())
_cfg = json.dumps({"auths": {"ghcr.io": {"username": "prairiegold-ci", "password": _ght,
                                          "auth": b64("prairiegold-ci:" + _ght)}}}, separators=(",", ":"))
S("k8s-secret", "github-token", "deploy/k8s/farmapp/ghcr-pull-secret.yaml", _ght, """
    apiVersion: v1
    kind: Secret
    metadata:
      name: ghcr-pull
      namespace: farmapp
    type: kubernetes.io/dockerconfigjson
    data:
      .dockerconfigjson: %%cfg%%
    """, "Kubernetes docs: pull an image from a private registry (kubernetes.io/dockerconfigjson)", cfg=b64(_cfg))

_r = _rng()
_pw = "".join(_r.choice(ALNUM) for _ in range(8))
S("kustomize", "station-password", "deploy/k8s/weewx/kustomization.yaml", _pw, """
    apiVersion: kustomize.config.k8s.io/v1beta1
    kind: Kustomization
    namespace: weather

    resources:
      - deployment.yaml
      - pvc.yaml

    configMapGenerator:
      - name: weewx-conf
        files:
          - weewx.conf

    secretGenerator:
      - name: weewx-restful
        literals:
          - WU_STATION=KIAAMES%%n%%
          - WU_PASSWORD=%%pw%%

    images:
      - name: felddy/weewx
        newTag: "5.0"
    """, "Kustomize docs: secretGenerator literals", pw=_pw, n=str(_r.randint(100, 999)))

_t = influx_token()
S("k8s-configmap", "influxdb-token", "deploy/k8s/telegraf/configmap.yaml", _t, """
    apiVersion: v1
    kind: ConfigMap
    metadata:
      name: telegraf-config
      namespace: monitoring
    data:
      telegraf.conf: |
        [agent]
          interval = "60s"
          hostname = "k3s-barn"

        [[inputs.mqtt_consumer]]
          servers = ["tcp://mosquitto.lorawan.svc:1883"]
          topics = ["application/+/device/+/event/up"]
          data_format = "json_v2"

        [[outputs.influxdb_v2]]
          urls = ["http://influxdb.monitoring.svc:8086"]
          token = "%%t%%"
          organization = "ridgeview"
          bucket = "lorawan"
    """, "Kubernetes docs: ConfigMap holding a file; telegraf outputs.influxdb_v2", t=_t)

_pw = human_pw()
_nb = {
    "cells": [
        {"cell_type": "code", "execution_count": 3, "metadata": {},
         "source": ["from sqlalchemy import create_engine\n", "engine = create_engine(DB_URL)\n", "engine.url\n"],
         "outputs": [{"data": {"text/plain": [f"postgresql://agronomy:{_pw}@10.20.0.5:5432/yield"]},
                      "execution_count": 3, "metadata": {}, "output_type": "execute_result"}]},
        {"cell_type": "code", "execution_count": 4, "metadata": {},
         "source": ["df = pd.read_sql('SELECT field, hybrid, bu_per_acre FROM yield_2024', engine)\n", "df.groupby('hybrid').bu_per_acre.mean()\n"],
         "outputs": [{"data": {"text/plain": ["hybrid\nDKC62-70    221.4\nP1197AM     214.9\nName: bu_per_acre, dtype: float64"]},
                      "execution_count": 4, "metadata": {}, "output_type": "execute_result"}]},
    ],
    "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"},
                 "language_info": {"name": "python", "version": "3.11.6"}},
    "nbformat": 4, "nbformat_minor": 5,
}
SV("notebook", "postgres-url", "notebooks/hybrid_yield_2024.ipynb", _pw, json.dumps(_nb, indent=1) + "\n",
   "Jupyter nbformat 4 (execute_result output); SQLAlchemy engine URL repr")

_ss = {"apiVersion": "bitnami.com/v1alpha1", "kind": "SealedSecret",
       "metadata": {"name": "chirpstack-postgres", "namespace": "lorawan"},
       "spec": {"encryptedData": {"POSTGRESQL_PASSWORD": "AgB" + b64key(300)[:-1].replace("=", "A") + "=",
                                  "API_SECRET": "AgC" + b64key(280)[:-1].replace("=", "A") + "="},
                "template": {"metadata": {"name": "chirpstack-postgres", "namespace": "lorawan"}, "type": "Opaque"}}}
D("k8s-sealedsecret", "ciphertext", "deploy/k8s/chirpstack/sealedsecret-postgres.yaml", """
    # kubeseal --controller-namespace kube-system --format yaml < secret-postgres.yaml
    apiVersion: bitnami.com/v1alpha1
    kind: SealedSecret
    metadata:
      name: chirpstack-postgres
      namespace: lorawan
    spec:
      encryptedData:
        POSTGRESQL_PASSWORD: %%a%%
        API_SECRET: %%b%%
      template:
        metadata:
          name: chirpstack-postgres
          namespace: lorawan
        type: Opaque
    """, "bitnami-labs/sealed-secrets README (SealedSecret encryptedData)",
  a=_ss["spec"]["encryptedData"]["POSTGRESQL_PASSWORD"], b=_ss["spec"]["encryptedData"]["API_SECRET"])


def _sops(n: int) -> str:
    return f"ENC[AES256_GCM,data:{b64key(n)},iv:{b64key(32)},tag:{b64key(16)},type:str]"


D("sops", "ciphertext", "deploy/helm/grafana/secrets.prod.enc.yaml", """
    adminPassword: %%a%%
    smtp:
        password: %%b%%
    datasources:
        influxToken: %%c%%
    sops:
        kms: []
        gcp_kms: []
        azure_kv: []
        hc_vault: []
        age:
            - recipient: age1%%age%%
              enc: |
                -----BEGIN AGE ENCRYPTED FILE-----
                %%e1%%
                %%e2%%
                -----END AGE ENCRYPTED FILE-----
        lastmodified: "2024-05-02T14:11:09Z"
        mac: %%mac%%
        pgp: []
        unencrypted_suffix: _unencrypted
        version: 3.8.1
    """, "getsops/sops README: encrypted YAML file (ENC[AES256_GCM,...], sops metadata, age recipient)",
  a=_sops(14), b=_sops(19), c=_sops(64), age="".join(_rng().choice("qpzry9x8gf2tvdw0s3jn54khce6mua7l") for _ in range(58)),
  e1=b64key(48), e2=b64key(45), mac=f"ENC[AES256_GCM,data:{b64key(32)},iv:{b64key(32)},tag:{b64key(16)},type:str]")

_vault_lines = "\n".join(hexs(80) for _ in range(7))
D("ansible-vault", "ciphertext", "ansible/group_vars/brokers/vault.yml", """
    $ANSIBLE_VAULT;1.1;AES256
    %%lines%%
    """, "Ansible docs: encrypting content with Ansible Vault ($ANSIBLE_VAULT;1.1;AES256 header)", lines=_vault_lines)

D("k8s-externalsecret", "secret-reference", "deploy/k8s/influx/externalsecret.yaml", """
    apiVersion: external-secrets.io/v1beta1
    kind: ExternalSecret
    metadata:
      name: influx-admin
      namespace: monitoring
    spec:
      refreshInterval: 1h
      secretStoreRef:
        kind: ClusterSecretStore
        name: vault-farm
      target:
        name: influx-admin
      data:
        - secretKey: admin-token
          remoteRef:
            key: secret/data/farm/influxdb
            property: admin_token
        - secretKey: admin-password
          remoteRef:
            key: secret/data/farm/influxdb
            property: admin_password
    """, "external-secrets.io docs: ExternalSecret (remoteRef key/property)")

D("helm-values", "secret-reference", "deploy/helm/chirpstack/values-prod.yaml", """
    image:
      repository: chirpstack/chirpstack
      tag: "4.7.0"

    postgresql:
      host: pg-primary.databases.svc
      database: chirpstack
      existingSecret: chirpstack-postgres
      existingSecretPasswordKey: POSTGRESQL_PASSWORD

    redis:
      host: redis-master.lorawan.svc
      existingSecret: redis-auth
      existingSecretPasswordKey: redis-password

    api:
      secretRef:
        name: chirpstack-api
        key: API_SECRET

    regions: ["us915_1"]
    """, "Helm chart values convention: existingSecret / existingSecretPasswordKey")

D("helm-template", "template-expression", "deploy/helm/farm-ingest/templates/secret.yaml", """
    apiVersion: v1
    kind: Secret
    metadata:
      name: {{ include "farm-ingest.fullname" . }}
      labels:
        {{- include "farm-ingest.labels" . | nindent 4 }}
    type: Opaque
    data:
      TTN_API_KEY: {{ .Values.ttn.apiKey | b64enc | quote }}
      INFLUX_TOKEN: {{ .Values.influx.token | b64enc | quote }}
      {{- if .Values.mqtt.password }}
      MQTT_PASSWORD: {{ .Values.mqtt.password | b64enc | quote }}
      {{- end }}
    """, "Helm docs: chart templates, built-in functions (b64enc, quote)")

D("terraform", "variable-reference", "infra/influx/main.tf", """
    variable "influx_admin_token" {
      type      = string
      sensitive = true
    }

    provider "influxdb-v2" {
      url   = "https://influx.prairiegold.coop"
      token = var.influx_admin_token
    }

    resource "random_password" "grafana_reader" {
      length  = 32
      special = false
    }

    resource "influxdb-v2_authorization" "grafana" {
      org_id      = var.org_id
      description = "grafana read-only"
      status      = "active"
      permissions {
        action = "read"
        resource {
          id     = var.bucket_id
          org_id = var.org_id
          type   = "buckets"
        }
      }
    }
    """, "Terraform docs: sensitive input variables; hashicorp/random random_password")

D("yaml", "commit-sha", "deploy/argocd/farm-lns.yaml", """
    apiVersion: argoproj.io/v1alpha1
    kind: Application
    metadata:
      name: farm-lns
      namespace: argocd
    spec:
      project: farm
      source:
        repoURL: https://github.com/prairiegold-coop/farm-deploy.git
        # pinned to the commit that was tested on the staging gateway
        targetRevision: %%sha%%
        path: deploy/k8s/chirpstack
      destination:
        server: https://kubernetes.default.svc
        namespace: lorawan
      syncPolicy:
        automated:
          prune: true
          selfHeal: true
    """, "Argo CD docs: Application spec (targetRevision as commit SHA)", sha=hexs(40))

D("yaml", "checksum", "deploy/helm/farm-ingest/Chart.lock", """
    dependencies:
    - name: influxdb2
      repository: https://helm.influxdata.com/
      version: 2.1.2
    - name: grafana
      repository: https://grafana.github.io/helm-charts
      version: 7.3.9
    - name: mosquitto
      repository: oci://registry-1.docker.io/t3n
      version: 2.4.1
    digest: sha256:%%d%%
    generated: "2024-04-30T09:41:17.226931-05:00"
    """, "Helm docs: Chart.lock (dependencies, digest)", d=hexs(64))

D("k8s-secret", "placeholder", "deploy/k8s/weewx/secret.example.yaml", """
    # Example only - create the real one with:
    #   kubectl -n weather create secret generic weewx-restful --from-literal=WU_PASSWORD=...
    apiVersion: v1
    kind: Secret
    metadata:
      name: weewx-restful
      namespace: weather
    type: Opaque
    stringData:
      WU_STATION: KXXXXXXX00
      WU_PASSWORD: "<station key from wunderground.com/member/devices>"
    """, "Kubernetes docs: kubectl create secret generic --from-literal")

D("env", "placeholder", ".env.example", """
    # Farm stack environment - copy to .env and fill in. `make check-env` lists missing values.
    POSTGRESQL_USER=chirpstack
    POSTGRESQL_PASSWORD=
    REDIS_PASSWORD=
    API_SECRET=<openssl rand -base64 32>
    INFLUX_ADMIN_TOKEN=
    GRAFANA_ADMIN_PASSWORD=changeme
    TTN_API_KEY=NNSXS.xxxxxxxx
    MQTT_PASSWORD=
    TZ=America/Chicago
    """, "docker compose .env file convention (.env.example)")
