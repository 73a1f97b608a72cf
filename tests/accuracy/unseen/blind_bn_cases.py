"""Blind set BN: automotive, fleet telematics and EV charging.

OCPP charge-point and CSMS configs (EVerest, SteVe, ChargePi, OCPI/OICP roaming), fleet-tracking
APIs (Samsara, Geotab, Wialon, flespi, Webfleet, Fleetio, Verizon Connect), Traccar servers,
Teltonika and Queclink tracker provisioning, connected-car SDKs (Smartcar, Tesla Fleet API, Enode,
bimmer_connected, Hyundai/Kia), AUTOSAR/CAN tooling and ECU build pipelines (Yocto, Conan,
CANedge loggers), OTA update servers (Mender, hawkBit, SWUpdate, RAUC, aktualizr/Uptane, balena),
dealership DMS integrations (Fortellis/CDK, Reynolds, Dealertrack, ADF leads) and vehicle-data
pipelines (Kafka, MQTT, InfluxDB, IoT hubs, dbt, Airflow), with their decoys.
Generated fakes only (seeds 590000-599999).
"""
from __future__ import annotations

import base64
import json
import random
import re
import string
import textwrap
from typing import List

from tests import fakes
from tests.accuracy.labelled import LabelledCase

ALNUM = string.ascii_letters + string.digits
HEX = "0123456789abcdef"
B64 = ALNUM + "+/"
URLSAFE = ALNUM + "-_"
VIN_CHARS = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
_SEED = [590000]


def _rng() -> random.Random:
    _SEED[0] += 7
    assert _SEED[0] < 600000
    return random.Random(_SEED[0])


def _seed() -> int:
    _SEED[0] += 7
    assert _SEED[0] < 600000
    return _SEED[0]


WORDS = ["Harbor", "Piston", "Falcon", "Diesel", "Orbit", "Granite", "Torque", "Summit", "Lantern", "Copper",
         "Tundra", "Beacon", "Quartz", "Mustang", "Juniper", "Marlin", "Kestrel", "Basalt", "Voltage", "Axle",
         "Chassis", "Bronco", "Camber", "Odometer", "Sprinter", "Comet", "Dynamo", "Gearbox"]
LOWER = ["river", "candle", "mosaic", "pepper", "glacier", "violet", "anchor", "puzzle", "ember", "saddle",
         "orchid", "walnut", "harvest", "pixel", "trumpet", "lagoon", "piston", "clutch", "tarmac", "bumper"]


def words_pw() -> str:
    r = _rng()
    return r.choice(WORDS) + r.choice("!#$%@*") + r.choice(WORDS) + str(r.randint(10, 9999))


def season_pw() -> str:
    r = _rng()
    return r.choice(["Summer", "Winter", "Spring", "Autumn", "summer", "winter"]) + str(r.randint(2019, 2025)) + r.choice("!#$@")


def human_pw() -> str:
    r = _rng()
    return (r.choice(["Fleet", "Depot", "Charger", "Dealer", "Truck", "Garage", "Roadster", "Tacoma"])
            + r.choice(["#", "@", "!", "_", "."]) + str(r.randint(100, 99999)) + r.choice(["", "!", "x", "Go"]))


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


def upper_hex(n: int) -> str:
    return hexs(n).upper()


def chars(n: int, alphabet: str = ALNUM) -> str:
    r = _rng()
    return "".join(r.choice(alphabet) for _ in range(n))


def digits(n: int) -> str:
    r = _rng()
    return str(r.randint(1, 9)) + "".join(r.choice(string.digits) for _ in range(n - 1))


def uuid_s() -> str:
    return fakes.uuid4(_seed())


def b64(s: str) -> str:
    return base64.b64encode(s.encode()).decode()


def b64url(raw: bytes) -> str:
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def rand_bytes_b64(n: int) -> str:
    r = _rng()
    return base64.b64encode(bytes(r.getrandbits(8) for _ in range(n))).decode()


def jwt(payload: dict, alg: str = "HS256", sig_len: int = 43) -> str:
    head = b64url(json.dumps({"alg": alg, "typ": "JWT"}, separators=(",", ":")).encode())
    body = b64url(json.dumps(payload, separators=(",", ":")).encode())
    return f"{head}.{body}.{chars(sig_len, URLSAFE)}"


def samsara_token() -> str:
    return "samsara_api_" + fakes.drawn_mixed(_seed(), 30)


def wialon_token() -> str:
    return hexs(72)


def flespi_token() -> str:
    return fakes.drawn_mixed(_seed(), 64)


def google_key() -> str:
    return "AIza" + chars(35, URLSAFE)


def here_key() -> str:
    return chars(43, URLSAFE)


def mapbox_token(kind: str = "sk") -> str:
    r = _rng()
    user = r.choice(["fleetops", "acme-logistics", "routeplanner", "evnet-maps"])
    inner = "cl" + "".join(r.choice(string.ascii_lowercase + string.digits) for _ in range(23))
    head = b64url(json.dumps({"u": user, "a": inner}, separators=(",", ":")).encode())
    return f"{kind}.{head}." + "".join(r.choice(URLSAFE) for _ in range(22))


def stripe_key(kind: str = "sk_live_") -> str:
    return fakes.fake(kind, 24 if kind.startswith("sk") else 99, _seed())


def slack_webhook() -> str:
    r = _rng()
    up = string.ascii_uppercase + string.digits
    return ("https://hooks.slack.com/services/T" + "".join(r.choice(up) for _ in range(8)) + "/B"
            + "".join(r.choice(up) for _ in range(10)) + "/" + "".join(r.choice(ALNUM) for _ in range(24)))


def sendgrid_key() -> str:
    return fakes.fake("SG.", 22, _seed()) + fakes.fake(".", 43, _seed())


def gitlab_token() -> str:
    return fakes.fake("glpat-", 20, _seed())


def artifactory_key() -> str:
    return "AKCp8" + fakes.drawn_mixed(_seed(), 68)


def confluent_key() -> str:
    return chars(16, string.ascii_uppercase + string.digits)


def confluent_secret() -> str:
    return chars(64, B64)


def influx_token() -> str:
    return chars(86, URLSAFE) + "=="


def sas_key() -> str:
    return rand_bytes_b64(32)


def storage_key() -> str:
    return rand_bytes_b64(64)


def okta_secret() -> str:
    return chars(40, URLSAFE)


def vin() -> str:
    return chars(17, VIN_CHARS)


def imei() -> str:
    return "35" + digits(13)


def iccid() -> str:
    return "8944" + digits(15)


def pem(kind: str = "RSA", lines: int = 12) -> str:
    r = _rng()
    label = f"{kind} PRIVATE KEY" if kind else "PRIVATE KEY"
    head = {"RSA": "MIIEowIBAAKCAQEA", "EC": "MHcCAQEEI", "": "MIIEvQIBADANBgkqhkiG9w0BAQEFAASC"}[kind]
    body = [head + "".join(r.choice(B64) for _ in range(64 - len(head)))]
    body += ["".join(r.choice(B64) for _ in range(64)) for _ in range(lines - 1)]
    body.append("".join(r.choice(B64) for _ in range(r.randint(20, 60))) + "==")
    return f"-----BEGIN {label}-----\n" + "\n".join(body) + f"\n-----END {label}-----"


def cert_pem(lines: int = 14) -> str:
    r = _rng()
    body = ["MIID" + "".join(r.choice(B64) for _ in range(60))]
    body += ["".join(r.choice(B64) for _ in range(64)) for _ in range(lines - 1)]
    body.append("".join(r.choice(B64) for _ in range(40)) + "=")
    return "-----BEGIN CERTIFICATE-----\n" + "\n".join(body) + "\n-----END CERTIFICATE-----"


def public_pem() -> str:
    r = _rng()
    body = "MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE" + "".join(r.choice(B64) for _ in range(88 - 36))
    return "-----BEGIN PUBLIC KEY-----\n" + body[:64] + "\n" + body[64:] + "\n-----END PUBLIC KEY-----"


def bcrypt_hash() -> str:
    return "$2a$10$" + chars(53, "./" + ALNUM)


def vault_blob(lines: int = 6) -> str:
    return "$ANSIBLE_VAULT;1.1;AES256\n" + "\n".join(hexs(80) for _ in range(lines)) + "\n" + hexs(34)


def sops_value() -> str:
    return (f"ENC[AES256_GCM,data:{chars(24, B64)}=,iv:{chars(43, B64)}=,"
            f"tag:{chars(22, B64)}==,type:str]")


def indent(text: str, n: int) -> str:
    return textwrap.indent(text, " " * n)


_MARK = re.compile(r"<<[a-z][a-z0-9_]*>>")


def T(text: str, **vals: str) -> str:
    """Dedent a template, then put the values in (so a value of many lines keeps its layout)."""
    text = textwrap.dedent(text).lstrip("\n")
    for key, value in vals.items():
        assert "<<" + key + ">>" in text, key
        text = text.replace("<<" + key + ">>", value)
    assert not _MARK.search(text), _MARK.search(text)
    return text


CASES: List[LabelledCase] = []


def S(fmt: str, kind: str, name: str, source: str, secret: str, text: str, **vals: str) -> None:
    """A file carrying one planted credential."""
    CASES.append(LabelledCase(f"blind-bn/{fmt}/{kind}", name, T(text, **vals), secret, source))


def D(fmt: str, what: str, name: str, source: str, text: str, **vals: str) -> None:
    """A decoy: nothing in it a gate should block."""
    CASES.append(LabelledCase(f"blind-bn/{fmt}/decoy-{what}", name, T(text, **vals), None, source))


def SV(fmt: str, kind: str, name: str, source: str, secret: str, text: str) -> None:
    """A secret file taken verbatim (CRLF line ends, exact indentation)."""
    CASES.append(LabelledCase(f"blind-bn/{fmt}/{kind}", name, text, secret, source))


def DV(fmt: str, what: str, name: str, source: str, text: str) -> None:
    """A decoy file taken verbatim."""
    CASES.append(LabelledCase(f"blind-bn/{fmt}/decoy-{what}", name, text, None, source))


def crlf(text: str) -> str:
    return text.replace("\n", "\r\n")


# ---------------------------------------------------------------------------------------------
# EV charging: OCPP charge points, CSMS back ends, roaming (OCPI / OICP)
# ---------------------------------------------------------------------------------------------
_k = hexs(40)
S("ocpp-json", "ocpp-authorization-key", "config/ocpp/ocpp-config.json",
  "EVerest OCPP 1.6 module: ChargePointConfigPath JSON (Internal/Core/Security sections)", _k, """
    {
        "Internal": {
            "ChargePointId": "DEPOT-NORTH-07",
            "CentralSystemURI": "csms.voltpark.io/ocpp/DEPOT-NORTH-07",
            "ChargeBoxSerialNumber": "VP22-0007",
            "ChargePointModel": "Yeti",
            "ChargePointVendor": "Pionix",
            "FirmwareVersion": "2024.3.1",
            "LogMessages": true
        },
        "Core": {
            "AuthorizeRemoteTxRequests": false,
            "ClockAlignedDataInterval": 900,
            "ConnectionTimeOut": 30,
            "HeartbeatInterval": 300,
            "MeterValuesSampledData": "Energy.Active.Import.Register,Power.Active.Import",
            "NumberOfConnectors": 2,
            "StopTransactionOnInvalidId": true
        },
        "Security": {
            "SecurityProfile": 2,
            "AuthorizationKey": "<<k>>",
            "CpoName": "VoltPark",
            "AdditionalRootCertificateCheck": false
        }
    }
    """, k=_k)

_k = rand_pw(24)
S("ocpp-json", "ocpp-basic-auth-password", "device_model/config/component_config/standardized/SecurityCtrlr.json",
  "OCPP 2.0.1 device model: SecurityCtrlr component with BasicAuthPassword variable", _k, """
    {
      "name": "SecurityCtrlr",
      "variables": {
        "Identity": {
          "variable_name": "Identity",
          "characteristics": {"supportsMonitoring": true, "dataType": "string"},
          "attributes": [{"type": "Actual", "mutability": "ReadWrite", "value": "cs-harbor-12"}]
        },
        "SecurityProfile": {
          "variable_name": "SecurityProfile",
          "characteristics": {"supportsMonitoring": true, "dataType": "integer"},
          "attributes": [{"type": "Actual", "mutability": "ReadOnly", "value": 2}]
        },
        "BasicAuthPassword": {
          "variable_name": "BasicAuthPassword",
          "characteristics": {"supportsMonitoring": false, "dataType": "passwordString", "maxLimit": 40},
          "attributes": [{"type": "Actual", "mutability": "WriteOnly", "value": "<<k>>"}]
        },
        "OrganizationName": {
          "variable_name": "OrganizationName",
          "characteristics": {"supportsMonitoring": true, "dataType": "string"},
          "attributes": [{"type": "Actual", "mutability": "ReadWrite", "value": "Harbor Charging BV"}]
        }
      }
    }
    """, k=_k)

_k = words_pw()
S("chargepi-yaml", "ocpp-basic-auth-password", "configs/settings.yaml",
  "ChargePi-go settings file: chargePoint.connectionSettings basicAuthUser/basicAuthPass", _k, """
    chargePoint:
      info:
        maxChargingTime: 180
        ocpp:
          vendor: "UL FE"
          model: "ChargePi"
      connectionSettings:
        id: "ChargePi-Garage-3"
        protocolVersion: "1.6"
        serverUri: "wss://ocpp.parkandcharge.eu:443/steve/websocket/CentralSystemService"
        basicAuthUser: "ChargePi-Garage-3"
        basicAuthPass: "<<k>>"
        tls:
          isEnabled: true
          CACertificatePath: "/usr/share/certs/rootCA.crt"
      logging:
        type: [ "remote", "file" ]
        format: "json"
      hardware:
        display:
          isEnabled: true
          driver: "hd44780"
          language: "en"
        tagReader:
          isEnabled: true
          readerModel: "PN532"
    """, k=_k)

_k = season_pw()
S("python", "basic-auth-url", "chargepoint/simulator.py",
  "mobilityhouse/ocpp: central system example with websockets and ocpp1.6 subprotocol", _k, """
    import asyncio
    import logging
    from datetime import datetime, timezone

    import websockets
    from ocpp.v16 import ChargePoint as cp
    from ocpp.v16 import call
    from ocpp.v16.enums import RegistrationStatus

    logging.basicConfig(level=logging.INFO)

    # bench charger in lab B; CSMS expects security profile 1 (basic auth in the URL)
    CSMS_URL = "wss://CP_LAB_B_01:<<k>>@csms-staging.evgrid.net/ocpp/CP_LAB_B_01"


    class ChargePoint(cp):
        async def send_boot_notification(self):
            request = call.BootNotification(charge_point_model="Optimus", charge_point_vendor="The Mobility House")
            response = await self.call(request)
            if response.status == RegistrationStatus.accepted:
                logging.info("Connected to central system.")

        async def heartbeat_loop(self, interval: int):
            while True:
                await self.call(call.Heartbeat())
                await asyncio.sleep(interval)


    async def main():
        async with websockets.connect(CSMS_URL, subprotocols=["ocpp1.6"]) as ws:
            charge_point = ChargePoint("CP_LAB_B_01", ws)
            await asyncio.gather(charge_point.start(), charge_point.send_boot_notification())


    if __name__ == "__main__":
        asyncio.run(main())
    """, k=_k)

_k = human_pw()
S("steve-properties", "database-password", "src/main/resources/config/prod/main.properties",
  "SteVe (steve-community/steve) main.properties: db.*, auth.*, webapi.*, server.*", _k, """
    # Just to be backwards compatible with previous versions, this is set to "steve",
    # since there might be already configured chargepoints expecting the older path.
    #
    context.path = steve

    # Database configuration
    #
    db.ip = steve-db.internal.chargeco.de
    db.port = 3306
    db.schema = stevedb
    db.user = steve
    db.password = <<k>>

    # Credentials for Web interface access
    #
    auth.user = admin
    auth.password = $2a$10$H7g1nVSAqDYFMEfXJpeNhOqKG5Zr9yIuXoB3Lm4sTc2WdaRvxQ1bC

    # Jetty configuration
    #
    server.host = 0.0.0.0
    server.gzip.enabled = true

    http.enabled = true
    http.port = 8180

    https.enabled = false
    https.port = 8443
    """, k=_k)

_k = rand_pw(32)
S("steve-properties", "api-key", "steve/main.properties",
  "SteVe main.properties: webapi.key / webapi.value header for the Web API", _k, """
    context.path = steve

    db.ip = localhost
    db.port = 3306
    db.schema = stevedb
    db.user = steve
    db.password = ${STEVE_DB_PASSWORD}

    auth.user = ops
    auth.password = $2a$10$5xKQdP7oF9wUeLr2nT8yVuGzH1bAi3CkJm4NsOq6Rt0WvXyZaBcDe

    # The header key and value for Web API access using API key authorization.
    webapi.key = STEVE-API-KEY
    webapi.value = <<k>>

    # When the WebSocket/Json charge point opens more than one WebSocket connection,
    # we need a mechanism/strategy to select one of them for outgoing requests.
    ws.session.select.strategy = ALWAYS_LAST

    auto.register.unknown.stations = false
    charge-box-id.validation.regex = [A-Z0-9_-]+
    """, k=_k)

_k = hexs(40)
S("python", "ocpp-authorization-key", "scripts/provision_authkey.py",
  "OCPP 1.6 Security Whitepaper: ChangeConfiguration of AuthorizationKey (CALL message array)", _k, """
    \"\"\"Rotate the basic-auth key on the depot chargers (security profile 1 -> 2).

    Run from the ops box after the CSMS has the new key stored; see RUNBOOK-ocpp.md.
    \"\"\"
    import json
    import uuid

    import requests

    CSMS_ADMIN = "https://csms.fleetcharge.internal/api/v1/ocpp/send"
    STATIONS = ["DEPOT-W-01", "DEPOT-W-02", "DEPOT-W-03", "DEPOT-W-04"]

    NEW_KEY = "<<k>>"


    def change_configuration(station: str) -> dict:
        message = [2, str(uuid.uuid4()), "ChangeConfiguration", {"key": "AuthorizationKey", "value": NEW_KEY}]
        resp = requests.post(CSMS_ADMIN, json={"chargeBoxId": station, "frame": json.dumps(message)}, timeout=20)
        resp.raise_for_status()
        return resp.json()


    if __name__ == "__main__":
        for s in STATIONS:
            print(s, change_configuration(s).get("status"))
    """, k=_k)

_k = stripe_key()
S("dotenv", "stripe-secret-key", ".env.production",
  "CitrineOS / Node CSMS .env with payment provider settings (Stripe docs: secret keys)", _k, """
    # CSMS API
    NODE_ENV=production
    PORT=8080
    OCPP16_WS_PORT=8092
    OCPP201_WS_PORT=8081
    LOG_LEVEL=info

    # Postgres (credentials injected by the platform)
    DB_HOST=citrine-db.prod.svc
    DB_NAME=citrine
    DB_USER=citrine

    # Ad-hoc payments at the QR code landing page
    STRIPE_PUBLISHABLE_KEY=pk_live_51NvP0wKc3y9ZdemoPubKey8rT2
    STRIPE_SECRET_KEY=<<k>>
    STRIPE_CURRENCY=eur
    PRICE_PER_KWH_CENTS=59
    """, k=_k)

_k = uuid_s()
S("ocpi-json", "ocpi-token", "roaming/ocpi/credentials-hubpartner.json",
  "OCPI 2.2.1 credentials module: Credentials object (token, url, roles)", _k, """
    {
      "token": "<<k>>",
      "url": "https://ocpi.chargehub-partner.eu/ocpi/versions",
      "roles": [
        {
          "role": "CPO",
          "party_id": "VPK",
          "country_code": "NL",
          "business_details": {
            "name": "VoltPark Charging",
            "website": "https://voltpark.example"
          }
        }
      ]
    }
    """, k=_k)

_k = rand_pw(36)
S("python", "ocpi-token-base64", "roaming/ocpi_client.py",
  "OCPI 2.2 transport: Authorization: Token <base64 of the credentials token>", _k, """
    import requests

    # Token C issued to us by the eMSP during the credentials handshake (2024-03-02).
    # OCPI 2.2 wants it base64-encoded in the header.
    AUTH_HEADER = {"Authorization": "Token <<enc>>"}
    BASE = "https://emsp.roam-partner.io/ocpi/2.2.1"


    def get_locations(offset: int = 0, limit: int = 50) -> list:
        resp = requests.get(f"{BASE}/locations", headers=AUTH_HEADER,
                            params={"offset": offset, "limit": limit}, timeout=30)
        resp.raise_for_status()
        return resp.json()["data"]


    def push_session(session: dict) -> None:
        url = f"{BASE}/sessions/NL/VPK/{session['id']}"
        requests.put(url, headers=AUTH_HEADER, json=session, timeout=30).raise_for_status()
    """, enc=b64(_k))

_k = pem("RSA")
S("k8s-secret", "private-key-base64", "deploy/oicp/hubject-mtls-secret.yaml",
  "Kubernetes Secret type kubernetes.io/tls (base64 data) for Hubject OICP client certificate", _k, """
    apiVersion: v1
    kind: Secret
    metadata:
      name: hubject-oicp-client
      namespace: roaming
      labels:
        app.kubernetes.io/part-of: oicp-connector
    type: kubernetes.io/tls
    data:
      tls.crt: <<crt>>
      tls.key: <<key>>
    """, crt=b64(cert_pem(8)), key=b64(_k))

_k = words_pw()
S("ini", "backend-password", "etc/chargebox/backend.ini",
  "Charge-box vendor backend settings INI (websocket URL, basic auth user/password)", _k, """
    ; Wallbox backend connection - generated by the commissioning tool
    [backend]
    protocol = ocpp1.6j
    url = wss://ocpp.citycharge.de/ws
    chargebox_id = CC-BER-0412
    auth_user = CC-BER-0412
    auth_password = <<k>>
    heartbeat = 120
    reconnect_backoff = 30

    [modem]
    apn = m2m.citycharge
    pin =
    roaming = 1

    [meter]
    type = eichrecht
    serial = 1ESY1161234567
    """, k=_k)

_k = rand_pw(22)
S("typescript", "redis-url", "src/config/default.ts",
  "Node CSMS config module: BullMQ/ioredis connection URL with password", _k, """
    import type { AppConfig } from "./types";

    const config: AppConfig = {
      ocpp: {
        port: 9220,
        subprotocols: ["ocpp1.6", "ocpp2.0.1"],
        heartbeatIntervalSec: 300,
      },
      queue: {
        // transaction events fan-out; prod cluster in eu-west-1
        redisUrl: "rediss://default:<<k>>@evq-prod.x7kq2b.ng.0001.euw1.cache.amazonaws.com:6379/0",
        prefix: "csms",
      },
      tariffs: {
        defaultCurrency: "EUR",
        idleFeeAfterMinutes: 30,
      },
    };

    export default config;
    """, k=_k)

_k = season_pw()
S("docker-compose", "database-password", "docker-compose.yml",
  "SteVe docker-compose (mariadb service with MYSQL_* environment)", _k, """
    version: "3.8"
    services:
      db:
        image: mariadb:10.11
        restart: unless-stopped
        environment:
          MYSQL_DATABASE: stevedb
          MYSQL_USER: steve
          MYSQL_PASSWORD: "<<k>>"
          MYSQL_RANDOM_ROOT_PASSWORD: "yes"
        volumes:
          - db-data:/var/lib/mysql
      app:
        build: .
        depends_on: [db]
        ports:
          - "8180:8180"
          - "8443:8443"
        environment:
          DB_HOST: db
    volumes:
      db-data:
    """, k=_k)

_k = human_pw()
S("terraform", "database-password", "infra/csms/rds.tf",
  "Terraform aws_db_instance resource (password argument)", _k, """
    resource "aws_db_instance" "csms" {
      identifier              = "csms-prod"
      engine                  = "postgres"
      engine_version          = "15.5"
      instance_class          = "db.t4g.medium"
      allocated_storage       = 100
      db_name                 = "csms"
      username                = "csms_admin"
      password                = "<<k>>"
      vpc_security_group_ids  = [aws_security_group.csms_db.id]
      db_subnet_group_name    = aws_db_subnet_group.private.name
      backup_retention_period = 7
      deletion_protection     = true
      skip_final_snapshot     = false

      tags = {
        Service = "ev-charging"
        Owner   = "platform"
      }
    }
    """, k=_k)

_k = hexs(32)
S("python", "soap-password", "integrations/chargepoint_api.py",
  "ChargePoint Web Services API (SOAP, WS-Security UsernameToken with license key and password)", _k, """
    from django.conf import settings
    from zeep import Client
    from zeep.wsse.username import UsernameToken

    WSDL = "https://webservices.chargepoint.com/cp_api_5.1.wsdl"
    # API license key + password from the ChargePoint admin portal (Organization > API)
    LICENSE_KEY = settings.CHARGEPOINT_LICENSE_KEY
    API_PASSWORD = "<<k>>"


    def client() -> Client:
        return Client(WSDL, wsse=UsernameToken(LICENSE_KEY, API_PASSWORD))


    def station_status(station_id: str):
        return client().service.getStationStatus({"stationID": station_id})


    def load_report(sgid: int):
        return client().service.getLoad({"sgID": sgid})
    """, k=_k)

_k = rand_pw(40, "-_")
S("dotenv", "oauth-client-secret", "services/smart-charging/.env",
  "Enode API: OAuth client credentials (ENODE_CLIENT_ID / ENODE_CLIENT_SECRET)", _k, """
    # Smart charging scheduler -> Enode (vehicle + charger control)
    ENODE_ENV=production
    ENODE_OAUTH_URL=https://oauth.production.enode.io/oauth2/token
    ENODE_API_URL=https://enode-api.production.enode.io
    ENODE_CLIENT_ID=f3b7c1d2-9a84-4e6b-8c21-5d0e7a9f3b64
    ENODE_CLIENT_SECRET=<<k>>
    ENODE_WEBHOOK_URL=https://charge.gridflex.app/hooks/enode

    PRICE_FEED=nordpool
    PRICE_AREA=NO1
    MAX_SOC=80
    """, k=_k)

_k = words_pw()
S("spring-yaml", "database-password", "csms-core/src/main/resources/application-prod.yml",
  "Spring Boot application.yml datasource (spring.datasource.password)", _k, """
    server:
      port: 8080
      shutdown: graceful

    spring:
      datasource:
        url: jdbc:postgresql://csms-pg.prod.internal:5432/csms
        username: csms_app
        password: '<<k>>'
        hikari:
          maximum-pool-size: 20
      jpa:
        open-in-view: false
        hibernate:
          ddl-auto: validate

    ocpp:
      websocket:
        path: /ocpp/{chargeBoxId}
        idle-timeout: 5m
      security-profile: 2

    management:
      endpoints:
        web:
          exposure:
            include: health,info,prometheus
    """, k=_k)

_k = hexs(40)
S("makefile", "cli-flag-key", "tools/commissioning/Makefile",
  "Makefile targets calling a vendor commissioning CLI with the OCPP key as a flag", _k, """
    STATION ?= DEPOT-E-01
    CSMS    ?= wss://csms.fleetcharge.internal/ocpp
    PORT    ?= /dev/ttyUSB0

    .PHONY: flash configure verify

    flash:
    \tcpctl flash --port $(PORT) --image build/fw-2.8.4.bin

    configure:
    \tcpctl config --port $(PORT) --id $(STATION) --backend $(CSMS) \\
    \t\t--security-profile 2 --auth-key <<k>>

    verify:
    \tcpctl status --port $(PORT) | grep -q 'backend: connected'
    """, k=_k)

# decoys ---------------------------------------------------------------------------------------

D("ocpp-json", "empty-key", "config/ocpp/ocpp-config.sim.json",
  "EVerest OCPP 1.6 config for the SIL simulation (profile 0, no key)", """
    {
        "Internal": {
            "ChargePointId": "cp001",
            "CentralSystemURI": "127.0.0.1:8180/steve/websocket/CentralSystemService/cp001",
            "ChargeBoxSerialNumber": "cp001",
            "ChargePointModel": "Yeti",
            "ChargePointVendor": "Pionix",
            "FirmwareVersion": "0.1"
        },
        "Core": {
            "AuthorizeRemoteTxRequests": false,
            "HeartbeatInterval": 86400,
            "LocalAuthorizeOffline": false,
            "NumberOfConnectors": 1
        },
        "Security": {
            "SecurityProfile": 0,
            "AuthorizationKey": "",
            "CpoName": ""
        }
    }
    """)

_ids = [upper_hex(8) for _ in range(4)]
D("log", "rfid-idtags", "logs/ocpp-trace-2024-05-14.log",
  "OCPP 1.6J message trace (Authorize/StartTransaction/MeterValues with idTag RFID UIDs)", """
    2024-05-14T07:12:03.114Z <- DEPOT-W-02 [2,"a81f3c2e","Authorize",{"idTag":"<<a>>"}]
    2024-05-14T07:12:03.140Z -> DEPOT-W-02 [3,"a81f3c2e",{"idTagInfo":{"status":"Accepted","expiryDate":"2025-01-01T00:00:00Z"}}]
    2024-05-14T07:12:04.902Z <- DEPOT-W-02 [2,"b91e04d7","StartTransaction",{"connectorId":1,"idTag":"<<a>>","meterStart":1843201,"timestamp":"2024-05-14T07:12:04Z"}]
    2024-05-14T07:12:04.951Z -> DEPOT-W-02 [3,"b91e04d7",{"transactionId":55812,"idTagInfo":{"status":"Accepted"}}]
    2024-05-14T07:27:04.010Z <- DEPOT-W-02 [2,"c04f9a11","MeterValues",{"connectorId":1,"transactionId":55812,"meterValue":[{"timestamp":"2024-05-14T07:27:04Z","sampledValue":[{"value":"1849977","measurand":"Energy.Active.Import.Register","unit":"Wh"}]}]}]
    2024-05-14T07:31:40.553Z <- DEPOT-W-03 [2,"d3aa7e02","Authorize",{"idTag":"<<b>>"}]
    2024-05-14T07:31:40.590Z -> DEPOT-W-03 [3,"d3aa7e02",{"idTagInfo":{"status":"Invalid"}}]
    2024-05-14T07:33:12.700Z <- DEPOT-W-03 [2,"e8b1c5f0","Authorize",{"idTag":"<<c>>"}]
    2024-05-14T07:33:12.731Z -> DEPOT-W-03 [3,"e8b1c5f0",{"idTagInfo":{"status":"Accepted","parentIdTag":"<<d>>"}}]
    2024-05-14T07:45:00.000Z <- DEPOT-W-02 [2,"f1023bc9","Heartbeat",{}]
    2024-05-14T07:45:00.021Z -> DEPOT-W-02 [3,"f1023bc9",{"currentTime":"2024-05-14T07:45:00.021Z"}]
    """, a=_ids[0], b=_ids[1], c=_ids[2], d=_ids[3])

D("steve-properties", "placeholder", "docs/examples/main.properties.sample",
  "SteVe main.properties as shipped (documented defaults to change)", """
    # Copy to src/main/resources/config/prod/main.properties and fill in.
    context.path = steve

    # Database configuration
    db.ip = localhost
    db.port = 3306
    db.schema = stevedb
    db.user = steve
    db.password = changeme

    # Credentials for Web interface access
    auth.user = admin
    auth.password = <set-a-bcrypt-hash-here>

    webapi.key = STEVE-API-KEY
    webapi.value =

    server.host = 127.0.0.1
    http.enabled = true
    http.port = 8180
    """)

D("everest-yaml", "key-paths", "config/config-ocpp201-tls.yaml",
  "EVerest config YAML: EvseSecurity module certificate and key paths", """
    active_modules:
      evse_security:
        module: EvseSecurity
        config_module:
          csms_ca_bundle: ca/csms/CSMS_ROOT_CA.pem
          mf_ca_bundle: ca/mf/MF_ROOT_CA.pem
          mo_ca_bundle: ca/mo/MO_ROOT_CA.pem
          v2g_ca_bundle: ca/v2g/V2G_ROOT_CA.pem
          csms_leaf_cert_directory: client/csms
          csms_leaf_key_directory: client/csms
          secc_leaf_cert_directory: client/cso
          secc_leaf_key_directory: client/cso
          private_key_password: ""
      ocpp:
        module: OCPP201
        config_module:
          EnableExternalWebsocketControl: false
          MessageLogPath: /tmp/everest_ocpp_logs
        connections:
          security:
            - module_id: evse_security
              implementation_id: main
    x-module-layout: {}
    """)

D("pem", "certificate", "certs/ca/v2g/V2G_ROOT_CA.pem",
  "ISO 15118 V2G root CA certificate (PEM) used for OCPP security profile 3", """
    <<c>>
    """, c=cert_pem(16))

D("helm-values", "template", "charts/csms/templates/secret.yaml",
  "Helm chart Secret template rendering values ({{ .Values }} / b64enc)", """
    apiVersion: v1
    kind: Secret
    metadata:
      name: {{ include "csms.fullname" . }}-ocpp
      labels:
        {{- include "csms.labels" . | nindent 4 }}
    type: Opaque
    data:
      OCPP_AUTH_KEY: {{ .Values.ocpp.authorizationKey | b64enc | quote }}
      DB_PASSWORD: {{ required "db.password is required" .Values.db.password | b64enc | quote }}
      STRIPE_SECRET_KEY: {{ .Values.payments.stripeSecretKey | default "" | b64enc | quote }}
    """)

D("ocpi-json", "env-ref", "roaming/ocpi/credentials.template.json",
  "OCPI credentials object with the token injected from the environment at deploy time", """
    {
      "token": "${OCPI_TOKEN_B}",
      "url": "https://ocpi.voltpark.example/ocpi/versions",
      "roles": [
        {
          "role": "EMSP",
          "party_id": "VPK",
          "country_code": "NL",
          "business_details": {"name": "VoltPark eMSP"}
        }
      ]
    }
    """)

D("json", "firmware-checksums", "firmware/releases/manifest.json",
  "Charger firmware release manifest (OCPP UpdateFirmware location, sha256 digests)", """
    {
      "product": "ACDC-22",
      "channel": "stable",
      "releases": [
        {
          "version": "2.8.4",
          "location": "https://fw.fleetcharge.example/acdc22/fw-2.8.4.bin",
          "sha256": "<<a>>",
          "signingCertificateSerial": "4A:1F:09:C3:77:10:2B:EE",
          "releasedAt": "2024-04-30T09:00:00Z"
        },
        {
          "version": "2.8.3",
          "location": "https://fw.fleetcharge.example/acdc22/fw-2.8.3.bin",
          "sha256": "<<b>>",
          "signingCertificateSerial": "4A:1F:09:C3:77:10:2B:EE",
          "releasedAt": "2024-02-12T09:00:00Z"
        }
      ]
    }
    """, a=hexs(64), b=hexs(64))

D("sql", "bcrypt-hash", "db/seed/002_web_users.sql",
  "CSMS seed data: web users stored as bcrypt verifiers", """
    -- Operator accounts for the CSMS web UI. Passwords are bcrypt verifiers;
    -- the initial secrets were handed over in the onboarding ticket.
    INSERT INTO web_user (username, password_hash, authorities, enabled) VALUES
      ('ops-admin',  '<<a>>', 'ADMIN',   true),
      ('ops-night',  '<<b>>', 'OPERATOR', true),
      ('readonly',   '<<c>>', 'VIEWER',  true);

    INSERT INTO charge_box (charge_box_id, ocpp_protocol, registration_status) VALUES
      ('DEPOT-W-01', 'ocpp1.6J', 'Accepted'),
      ('DEPOT-W-02', 'ocpp1.6J', 'Accepted');
    """, a=bcrypt_hash(), b=bcrypt_hash(), c=bcrypt_hash())

D("python", "env-ref", "chargepoint/csms_client.py",
  "mobilityhouse/ocpp client reading the basic-auth password from the environment", """
    import os

    import websockets

    CP_ID = os.environ["CP_ID"]
    CSMS_HOST = os.environ.get("CSMS_HOST", "csms.evgrid.net")
    AUTH_KEY = os.environ["OCPP_AUTHORIZATION_KEY"]  # provisioned by the factory line


    async def connect():
        headers = websockets.Headers()
        headers["Authorization"] = websockets.basic_auth_header(CP_ID, AUTH_KEY)
        return await websockets.connect(f"wss://{CSMS_HOST}/ocpp/{CP_ID}",
                                        subprotocols=["ocpp1.6"], additional_headers=headers)
    """)

# ---------------------------------------------------------------------------------------------
# Fleet telematics APIs
# ---------------------------------------------------------------------------------------------
_k = samsara_token()
S("python", "samsara-api-token", "scripts/sync_samsara_vehicles.py",
  "Samsara REST API (api.samsara.com, Bearer API token from Settings > API Tokens)", _k, """
    #!/usr/bin/env python3
    \"\"\"Nightly: copy Samsara vehicle list + odometer into the maintenance DB.\"\"\"
    import datetime as dt

    import psycopg2
    import requests

    SAMSARA_TOKEN = "<<k>>"
    BASE = "https://api.samsara.com"
    HEADERS = {"Authorization": f"Bearer {SAMSARA_TOKEN}", "Accept": "application/json"}


    def vehicles():
        after = None
        while True:
            params = {"limit": 512}
            if after:
                params["after"] = after
            page = requests.get(f"{BASE}/fleet/vehicles", headers=HEADERS, params=params, timeout=30).json()
            yield from page["data"]
            if not page["pagination"]["hasNextPage"]:
                return
            after = page["pagination"]["endCursor"]


    def odometers(ids):
        params = {"types": "obdOdometerMeters", "vehicleIds": ",".join(ids)}
        return requests.get(f"{BASE}/fleet/vehicles/stats", headers=HEADERS, params=params, timeout=30).json()["data"]


    if __name__ == "__main__":
        conn = psycopg2.connect(dsn="service=maintenance")
        rows = list(vehicles())
        print(dt.datetime.utcnow().isoformat(), "vehicles:", len(rows))
    """, k=_k)

_k = samsara_token()
S("dotenv", "samsara-api-token", "apps/dispatch/.env",
  "Samsara API token in a dispatch app's dotenv (SAMSARA_API_TOKEN)", _k, """
    APP_NAME=dispatch-board
    APP_ENV=production
    APP_URL=https://dispatch.ridgeline-freight.com

    DB_CONNECTION=pgsql
    DB_HOST=10.20.4.11
    DB_DATABASE=dispatch

    SAMSARA_API_TOKEN=<<k>>
    SAMSARA_WEBHOOK_PATH=/hooks/samsara
    SAMSARA_POLL_SECONDS=60

    QUEUE_CONNECTION=redis
    """, k=_k)

_k = samsara_token()
S("shell", "samsara-api-token", "bin/pull-hos-logs.sh",
  "Samsara API: GET /fleet/hos/logs with curl and a bearer token", _k, """
    #!/usr/bin/env bash
    # Pull yesterday's HOS logs for the compliance export (cron 02:15).
    set -euo pipefail

    START=$(date -u -d 'yesterday 00:00' +%Y-%m-%dT%H:%M:%SZ)
    END=$(date -u -d 'today 00:00' +%Y-%m-%dT%H:%M:%SZ)
    OUT=/srv/compliance/hos/$(date -u -d yesterday +%F).json

    curl -sS --fail \\
      -H "Authorization: Bearer <<k>>" \\
      -H "Accept: application/json" \\
      "https://api.samsara.com/fleet/hos/logs?startTime=${START}&endTime=${END}" \\
      -o "$OUT"

    jq '.data | length' "$OUT"
    """, k=_k)

_k = samsara_token()
S("github-actions", "samsara-api-token", ".github/workflows/samsara-export.yml",
  "GitHub Actions workflow with an env: block (Samsara export job)", _k, """
    name: samsara-weekly-export
    on:
      schedule:
        - cron: "0 5 * * 1"
      workflow_dispatch: {}

    jobs:
      export:
        runs-on: ubuntu-latest
        env:
          SAMSARA_API_TOKEN: <<k>>
          EXPORT_BUCKET: s3://fleet-reports-prod/samsara
        steps:
          - uses: actions/checkout@v4
          - uses: actions/setup-python@v5
            with:
              python-version: "3.12"
          - run: pip install -r tools/requirements.txt
          - run: python tools/samsara_export.py --since 7d --out export.parquet
          - run: aws s3 cp export.parquet "$EXPORT_BUCKET/$(date +%F).parquet"
    """, k=_k)

_k = words_pw()
S("python", "geotab-password", "etl/geotab_trips.py",
  "mygeotab Python SDK: mygeotab.API(username, password, database).authenticate()", _k, """
    import datetime

    import mygeotab
    import pandas as pd

    api = mygeotab.API(
        username="svc-etl@northwind-logistics.com",
        password="<<k>>",
        database="northwind_fleet",
    )
    api.authenticate()

    to_date = datetime.datetime.utcnow()
    from_date = to_date - datetime.timedelta(days=1)

    trips = api.get("Trip", search={"fromDate": from_date, "toDate": to_date}, resultsLimit=50000)
    devices = {d["id"]: d["name"] for d in api.get("Device")}

    df = pd.DataFrame(trips)
    df["vehicle"] = df["device"].map(lambda d: devices.get(d["id"]))
    df[["vehicle", "start", "stop", "distance", "maximumSpeed", "idlingDuration"]].to_parquet(
        f"/data/geotab/trips/{from_date:%Y-%m-%d}.parquet"
    )
    """, k=_k)

_k = human_pw()
S("appsettings-json", "geotab-password", "src/Fleet.Sync/appsettings.Production.json",
  ".NET appsettings.json section bound to options (MyGeotab Server/Database/UserName/Password)", _k, """
    {
      "Logging": {
        "LogLevel": {
          "Default": "Information",
          "Microsoft.Hosting.Lifetime": "Information"
        }
      },
      "MyGeotab": {
        "Server": "my.geotab.com",
        "Database": "coastal_transit",
        "UserName": "integration@coastaltransit.org",
        "Password": "<<k>>",
        "FeedIntervalSeconds": 30
      },
      "ConnectionStrings": {
        "Warehouse": "Server=sql-wh01;Database=Telematics;Integrated Security=true;TrustServerCertificate=true"
      }
    }
    """, k=_k)

_k = season_pw()
_nb = {
    "cells": [
        {"cell_type": "markdown", "metadata": {}, "source": ["# Idle time by depot (Geotab Data Connector)\n"]},
        {"cell_type": "code", "execution_count": 1, "metadata": {}, "outputs": [],
         "source": ["import requests\n", "import pandas as pd\n",
                    "BASE = \"https://odata-connector-1.geotab.com/odata/v4/svc/\"\n",
                    f"AUTH = (\"harbor_logistics/data.analyst@harborlogistics.com\", \"{_k}\")\n"]},
        {"cell_type": "code", "execution_count": 2, "metadata": {},
         "outputs": [{"name": "stdout", "output_type": "stream", "text": ["200 4817 rows\n"]}],
         "source": ["r = requests.get(BASE + \"VehicleKpi_Daily?$search=last_14_day\", auth=AUTH)\n",
                    "rows = r.json()[\"value\"]\n", "print(r.status_code, len(rows), \"rows\")\n"]},
        {"cell_type": "code", "execution_count": 3, "metadata": {}, "outputs": [],
         "source": ["df = pd.DataFrame(rows)\n", "df.groupby(\"Group\")[\"IdleDuration\"].sum().sort_values()\n"]},
    ],
    "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"},
                 "language_info": {"name": "python", "version": "3.11.6"}},
    "nbformat": 4, "nbformat_minor": 5,
}
S("notebook", "geotab-password", "notebooks/idle_time_by_depot.ipynb",
  "Jupyter notebook (nbformat 4) calling the Geotab Data Connector OData feed with basic auth", _k,
  "<<nb>>", nb=json.dumps(_nb, indent=1))

_k = chars(22, ALNUM)
S("json", "geotab-session-id", ".mygeotab/credentials.json",
  "MyGeotab Authenticate result cached by a CLI (credentials: database, userName, sessionId; path)", _k, """
    {
      "credentials": {
        "database": "sunrise_dairy",
        "userName": "ops.lead@sunrisedairy.com",
        "sessionId": "<<k>>"
      },
      "path": "my421.geotab.com",
      "cachedAt": "2024-06-03T14:22:09Z"
    }
    """, k=_k)

_k = words_pw()
S("text", "sms-password", "provisioning/teltonika/sms_batch_fmc130.txt",
  "Teltonika FMB/FMC SMS commands: '<login> <password> setparam <id>:<value>' (2001-2005 GPRS)", _k, """
    # FMC130 batch for the 2024 van refresh (send from the fleet SIM gateway).
    # SMS login/password were changed at the bench; format: <login> <password> <command>
    fleetadm <<k>> setparam 2001:iot.fleetsim.net
    fleetadm <<k>> setparam 2004:trk.vanline-telematics.com
    fleetadm <<k>> setparam 2005:5027
    fleetadm <<k>> setparam 2006:0
    fleetadm <<k>> setparam 10000:30;10005:100;10050:1
    fleetadm <<k>> getinfo
    fleetadm <<k>> getver
    """, k=_k)

_k = passphrase()
S("uci", "wifi-psk", "rut955/etc/config/wireless",
  "OpenWrt/Teltonika RutOS UCI wireless config (wifi-iface option key)", _k, """
    config wifi-device 'radio0'
    \toption type 'mac80211'
    \toption channel 'auto'
    \toption hwmode '11g'
    \toption htmode 'HT20'
    \toption country 'DE'

    config wifi-iface 'default_radio0'
    \toption device 'radio0'
    \toption network 'lan'
    \toption mode 'ap'
    \toption ssid 'BUS-2231-DRIVER'
    \toption encryption 'psk2'
    \toption key '<<k>>'
    \toption hidden '1'

    config wifi-iface 'guest'
    \toption device 'radio0'
    \toption network 'guest'
    \toption mode 'ap'
    \toption ssid 'Bus WiFi'
    \toption encryption 'none'
    """, k=_k)

_k = wialon_token()
S("python", "wialon-token", "wialon/export_messages.py",
  "Wialon Remote API: svc=token/login with a 72-hex access token", _k, """
    import json

    import requests

    WIALON = "https://hst-api.wialon.com/wialon/ajax.html"
    TOKEN = "<<k>>"


    def login():
        resp = requests.post(WIALON, data={"svc": "token/login", "params": json.dumps({"token": TOKEN})})
        return resp.json()["eid"]


    def units(sid):
        params = {"spec": {"itemsType": "avl_unit", "propName": "sys_name", "propValueMask": "*",
                           "sortType": "sys_name"}, "force": 1, "flags": 1, "from": 0, "to": 0}
        r = requests.post(WIALON, data={"svc": "core/search_items", "params": json.dumps(params), "sid": sid})
        return r.json()["items"]


    if __name__ == "__main__":
        sid = login()
        for u in units(sid):
            print(u["id"], u["nm"])
    """, k=_k)

_k = wialon_token()
S("javascript", "wialon-token", "dashboard/src/config.js",
  "Wialon JS SDK: wialon.core.Session.getInstance().loginToken(token)", _k, """
    // Dashboard runtime config
    export const config = {
      wialonHost: "https://hst-api.wialon.com",
      wialonToken: "<<k>>",
      refreshMs: 15000,
      map: {
        center: [52.2297, 21.0122],
        zoom: 11,
      },
      units: {
        groups: ["Warsaw depot", "Lodz depot"],
        hideInactiveAfterHours: 48,
      },
    };

    export function login(session) {
      return new Promise((resolve, reject) =>
        session.loginToken(config.wialonToken, "", (code) => (code ? reject(code) : resolve())),
      );
    }
    """, k=_k)

_k = flespi_token()
S("shell", "flespi-token", "ops/flespi/create_channel.sh",
  "flespi REST API: Authorization: FlespiToken <token> (gw/channels)", _k, """
    #!/bin/sh
    # Create a Teltonika channel on flespi for the pilot trucks
    curl -X POST "https://flespi.io/gw/channels" \\
      -H "Authorization: FlespiToken <<k>>" \\
      -H "Content-Type: application/json" \\
      -d '[{
            "name": "pilot-teltonika",
            "protocol_id": 14,
            "messages_ttl": 2592000,
            "configuration": {"cid": 0}
          }]'
    """, k=_k)

_k = flespi_token()
S("mosquitto-conf", "flespi-token", "mosquitto/conf.d/bridge-flespi.conf",
  "Mosquitto bridge to mqtt.flespi.io (remote_username carries the flespi token)", _k, """
    # Bridge vehicle telemetry from the flespi MQTT broker into the local broker
    connection flespi
    address mqtt.flespi.io:8883
    bridge_protocol_version mqttv311
    bridge_cafile /etc/ssl/certs/ca-certificates.crt
    remote_clientid depot-bridge-01
    remote_username <<k>>
    cleansession false
    try_private false
    topic flespi/message/gw/devices/+ in 1 "" fleet/raw/
    topic flespi/state/gw/devices/+/telemetry/# in 0 "" fleet/state/
    """, k=_k)

_k = words_pw()
S("python", "url-query-password", "reports/webfleet_trips.py",
  "Webfleet.connect CSV/JSON API (extern?account=&username=&password=&apikey=&action=)", _k, """
    import requests

    # WEBFLEET.connect: all credentials travel in the query string
    URL = ("https://csv.webfleet.com/extern?account=harborbakery&username=api_reports"
           "&password=<<k>>&apikey=${WEBFLEET_APIKEY}"
           "&lang=en&outputformat=json&action=showTripReportExtern&range_pattern=d-1")


    def fetch():
        r = requests.get(URL, timeout=60)
        r.raise_for_status()
        return r.json()


    if __name__ == "__main__":
        for trip in fetch():
            print(trip["objectno"], trip["start_time"], trip["distance"])
    """, k=_k)

_k = hexs(40)
S("ruby", "fleetio-api-key", "lib/fleetio_client.rb",
  "Fleetio API v1: Authorization: Token <api key> and Account-Token headers", _k, """
    require "faraday"
    require "json"

    module FleetioClient
      BASE_URL = "https://secure.fleetio.com/api/v1".freeze

      def self.connection
        @connection ||= Faraday.new(url: BASE_URL) do |f|
          f.headers["Authorization"] = "Token <<k>>"
          f.headers["Account-Token"] = "2d7c4a91e0"
          f.headers["Content-Type"] = "application/json"
          f.response :raise_error
        end
      end

      def self.vehicles(page: 1)
        JSON.parse(connection.get("vehicles", page: page, per_page: 100).body)
      end

      def self.create_fuel_entry(vehicle_id, attrs)
        connection.post("fuel_entries", attrs.merge(vehicle_id: vehicle_id).to_json)
      end
    end
    """, k=_k)

_k = human_pw()
S("http", "basic-auth-base64", "api-tests/reveal.http",
  "Verizon Connect Reveal REST: token endpoint with HTTP Basic (VS Code REST client .http file)", _k, """
    ### Get a token (valid 20 min)
    GET https://fim.api.us.fleetmatics.com/token
    Authorization: Basic <<enc>>
    Accept: text/plain

    ### Vehicle locations
    GET https://fim.api.us.fleetmatics.com/rad/v1/vehicles/locations
    Authorization: Atmosphere atmosphere_app_id=fleetmatics-p-us-ABCDEF1234, Bearer {{token}}
    Accept: application/json
    """, enc=b64("REST_ridgeline_4411@ridgeline.com:" + _k))

_k = season_pw()
S("traccar-xml", "database-password", "conf/traccar.xml",
  "Traccar server config (Java properties XML: database.driver/url/user/password)", _k, """
    <?xml version='1.0' encoding='UTF-8'?>

    <!DOCTYPE properties SYSTEM 'http://java.sun.com/dtd/properties.dtd'>

    <properties>

        <entry key='config.default'>./conf/default.xml</entry>

        <entry key='database.driver'>com.mysql.cj.jdbc.Driver</entry>
        <entry key='database.url'>jdbc:mysql://127.0.0.1:3306/traccar?zeroDateTimeBehavior=round&amp;serverTimezone=UTC&amp;allowPublicKeyRetrieval=true&amp;useSSL=false&amp;allowMultiQueries=true&amp;autoReconnect=true&amp;useUnicode=yes&amp;characterEncoding=UTF-8&amp;sessionVariables=sql_mode=''</entry>
        <entry key='database.user'>traccar</entry>
        <entry key='database.password'><<k>></entry>

        <entry key='teltonika.port'>5027</entry>
        <entry key='osmand.port'>5055</entry>
        <entry key='gt06.port'>5023</entry>

        <entry key='web.port'>8082</entry>
        <entry key='logger.level'>info</entry>

    </properties>
    """, k=_k)

_k = rand_pw(16)
S("traccar-xml", "smtp-password", "traccar/conf/traccar-prod.xml",
  "Traccar config: mail.smtp.* notificator settings (mail.smtp.password)", _k, """
    <?xml version='1.0' encoding='UTF-8'?>
    <!DOCTYPE properties SYSTEM 'http://java.sun.com/dtd/properties.dtd'>
    <properties>
        <entry key='database.driver'>org.postgresql.Driver</entry>
        <entry key='database.url'>jdbc:postgresql://db:5432/traccar</entry>
        <entry key='database.user'>traccar</entry>
        <entry key='database.password'></entry>

        <entry key='notificator.types'>web,mail</entry>
        <entry key='mail.smtp.host'>smtp.office365.com</entry>
        <entry key='mail.smtp.port'>587</entry>
        <entry key='mail.smtp.starttls.enable'>true</entry>
        <entry key='mail.smtp.from'>alerts@bluebird-coaches.co.uk</entry>
        <entry key='mail.smtp.auth'>true</entry>
        <entry key='mail.smtp.username'>alerts@bluebird-coaches.co.uk</entry>
        <entry key='mail.smtp.password'><<k>></entry>

        <entry key='server.timeout'>120</entry>
    </properties>
    """, k=_k)

_k = fakes.telegram_token(_seed())
S("traccar-xml", "telegram-bot-token", "deploy/traccar/traccar.xml",
  "Traccar config: Telegram notificator (notificator.telegram.key / chatId)", _k, """
    <?xml version='1.0' encoding='UTF-8'?>
    <!DOCTYPE properties SYSTEM 'http://java.sun.com/dtd/properties.dtd'>
    <properties>
        <entry key='config.default'>./conf/default.xml</entry>
        <entry key='database.driver'>org.h2.Driver</entry>
        <entry key='database.url'>jdbc:h2:./data/database</entry>
        <entry key='database.user'>sa</entry>
        <entry key='database.password'></entry>

        <entry key='notificator.types'>web,telegram</entry>
        <entry key='notificator.telegram.key'><<k>></entry>
        <entry key='notificator.telegram.chatId'>-1001987654321</entry>
        <entry key='notificator.telegram.sendLocation'>true</entry>

        <entry key='event.overspeed.minimalDuration'>30</entry>
    </properties>
    """, k=_k)

_k = google_key()
S("traccar-xml", "google-api-key", "traccar/conf/geocoder.xml",
  "Traccar config: geocoder.type google with geocoder.key", _k, """
    <?xml version='1.0' encoding='UTF-8'?>
    <!DOCTYPE properties SYSTEM 'http://java.sun.com/dtd/properties.dtd'>
    <properties>
        <!-- reverse geocoding for the trip reports (billed to the ops GCP project) -->
        <entry key='geocoder.enable'>true</entry>
        <entry key='geocoder.type'>google</entry>
        <entry key='geocoder.key'><<k>></entry>
        <entry key='geocoder.language'>es</entry>
        <entry key='geocoder.onRequest'>true</entry>
        <entry key='geocoder.ignorePositions'>false</entry>
        <entry key='geocoder.processInvalidPositions'>false</entry>
        <entry key='geocoder.reuseDistance'>50</entry>
    </properties>
    """, k=_k)

_k = words_pw()
S("docker-compose", "database-password", "traccar/docker-compose.yaml",
  "Traccar Docker with CONFIG_USE_ENVIRONMENT_VARIABLES (DATABASE_* env)", _k, """
    services:
      traccar:
        image: traccar/traccar:6.2
        restart: always
        environment:
          CONFIG_USE_ENVIRONMENT_VARIABLES: "true"
          DATABASE_DRIVER: org.postgresql.Driver
          DATABASE_URL: jdbc:postgresql://postgres:5432/traccar
          DATABASE_USER: traccar
          DATABASE_PASSWORD: <<k>>
          LOGGER_CONSOLE: "true"
        ports:
          - "8082:8082"
          - "5000-5150:5000-5150"
          - "5000-5150:5000-5150/udp"
        depends_on:
          - postgres
      postgres:
        image: postgres:16-alpine
        environment:
          POSTGRES_DB: traccar
          POSTGRES_USER: traccar
          POSTGRES_PASSWORD_FILE: /run/secrets/pg_password
        secrets: [pg_password]
    secrets:
      pg_password:
        file: ./secrets/pg_password.txt
    """, k=_k)

_k = human_pw()
S("python", "api-password", "integrations/traccar_sync.py",
  "Traccar REST API: POST /api/session with email and password (form-encoded)", _k, """
    import requests

    TRACCAR = "https://gps.mountainhaul.com"

    session = requests.Session()
    resp = session.post(
        f"{TRACCAR}/api/session",
        data={"email": "sync@mountainhaul.com", "password": "<<k>>"},
        timeout=15,
    )
    resp.raise_for_status()

    devices = session.get(f"{TRACCAR}/api/devices", timeout=15).json()
    positions = session.get(f"{TRACCAR}/api/positions", timeout=15).json()
    by_device = {p["deviceId"]: p for p in positions}

    for d in devices:
        p = by_device.get(d["id"])
        if p:
            print(d["name"], p["latitude"], p["longitude"], p["speed"])
    """, k=_k)

_k = google_key()
S("yaml", "google-api-key", "route-optimizer/config/production.yaml",
  "Route optimizer service config (Google Distance Matrix / Directions API key)", _k, """
    service:
      name: route-optimizer
      workers: 4
    solver:
      engine: or-tools
      time_limit_seconds: 25
      vehicle_capacity_kg: 3500
      depots:
        - id: ATL-1
          lat: 33.7490
          lon: -84.3880
    providers:
      distance_matrix:
        kind: google
        api_key: <<k>>
        traffic_model: best_guess
        cache_ttl: 6h
      geocoder:
        kind: nominatim
        url: http://nominatim.internal:8080
    """, k=_k)

_k = here_key()
S("properties", "here-api-key", "android/app/src/main/assets/credentials.properties",
  "HERE SDK for Android credentials.properties (here.access.key.id / here.access.key.secret)", _k, """
    # HERE platform credentials for the driver app navigation module
    here.user.id = HERE-0a81b6d4-7c23-4f55-9e0d-2b1c7d8e6f90
    here.client.id = qY3mT8bK1xZ7pL2vN5cR
    here.access.key.id = Kf82nQ4tWm9Xc1ZbV7sA
    here.access.key.secret = <<k>>
    here.token.endpoint.url = https://account.api.here.com/oauth2/token
    """, k=_k)

_k = mapbox_token("sk")
S("netrc", "mapbox-secret-token", "ios/DriverApp/.netrc",
  "Mapbox iOS SDK install: ~/.netrc machine api.mapbox.com login mapbox password <secret token>", _k, """
    # Needed by CocoaPods/SPM to download the Mapbox Navigation SDK
    machine api.mapbox.com
    login mapbox
    password <<k>>

    machine github.com
    login ci-driverapp
    password ${GITHUB_PACKAGES_TOKEN}
    """, k=_k)

_k = mapbox_token("sk")
S("gradle-properties", "mapbox-secret-token", "android/gradle.properties",
  "Mapbox Android SDK: MAPBOX_DOWNLOADS_TOKEN in gradle.properties", _k, """
    org.gradle.jvmargs=-Xmx4g -Dfile.encoding=UTF-8
    android.useAndroidX=true
    android.nonTransitiveRClass=true
    kotlin.code.style=official

    # Mapbox Maven repository (scope DOWNLOADS:READ)
    MAPBOX_DOWNLOADS_TOKEN=<<k>>

    VERSION_NAME=4.12.0
    VERSION_CODE=41200
    """, k=_k)

_k = hexs(32)
S("python", "twilio-auth-token", "trackers/sms_commands.py",
  "Twilio REST client sending configuration SMS to GPS trackers (account SID + auth token)", _k, """
    from twilio.rest import Client

    ACCOUNT_SID = "AC<<sid>>"
    AUTH_TOKEN = "<<k>>"
    FROM = "+14155550142"

    client = Client(ACCOUNT_SID, AUTH_TOKEN)


    def send_command(msisdn: str, command: str) -> str:
        \"\"\"Send a raw SMS command (e.g. 'getgps') to a tracker's SIM.\"\"\"
        msg = client.messages.create(to=msisdn, from_=FROM, body=command)
        return msg.sid


    if __name__ == "__main__":
        import sys
        print(send_command(sys.argv[1], " ".join(sys.argv[2:])))
    """, k=_k, sid=hexs(32))

_k = slack_webhook()
S("yaml", "slack-webhook", "alerting/geofence-rules.yaml",
  "Geofence alert rules file routing to a Slack incoming webhook", _k, """
    rules:
      - name: yard-exit-after-hours
        geofence: yard-main
        event: exit
        schedule: "mon-fri 20:00-05:00"
        severity: high
      - name: harsh-braking-cluster
        event: harsh_braking
        threshold: 3
        window: 10m
        severity: medium
    notify:
      slack:
        webhook_url: <<k>>
        channel: "#fleet-alerts"
        mention_on: [high]
      email:
        to: [dispatch@ridgeline-freight.com]
    """, k=_k)

_k = chars(32, ALNUM)
S("kotlin", "tomtom-api-key", "app/src/main/java/com/fleetnav/routing/TomTomRouting.kt",
  "TomTom Routing API: calculateRoute with key= query parameter", _k, """
    package com.fleetnav.routing

    import okhttp3.OkHttpClient
    import okhttp3.Request

    object TomTomRouting {
        private const val API_KEY = "<<k>>"
        private val http = OkHttpClient()

        fun route(from: Pair<Double, Double>, to: Pair<Double, Double>, truck: Boolean = true): String {
            val locs = "${from.first},${from.second}:${to.first},${to.second}"
            val mode = if (truck) "truck" else "car"
            val url = "https://api.tomtom.com/routing/1/calculateRoute/$locs/json" +
                "?travelMode=$mode&vehicleMaxSpeed=90&traffic=true&key=$API_KEY"
            http.newCall(Request.Builder().url(url).build()).execute().use { return it.body!!.string() }
        }
    }
    """, k=_k)

_k = rand_pw(8)
S("text", "device-password", "provisioning/queclink/gv300_init.txt",
  "Queclink @Track AT commands: AT+GTBSI / AT+GTSRI / AT+GTCFG (first parameter is the device password)", _k, """
    ; GV300 initial setup - bench script for the 2024 trailer batch
    ; password changed from factory default with AT+GTCFG on 2024-02-19
    AT+GTBSI=<<k>>,iot.telenor.m2m,,,,,,,FFFF$
    AT+GTSRI=<<k>>,3,,1,gw.trailerwatch.net,5004,,0,,60,0,0,0,,0,FFFF$
    AT+GTQSS=<<k>>,iot.telenor.m2m,,,3,,1,gw.trailerwatch.net,5004,,0,,60,0,0,,0,FFFF$
    AT+GTFRI=<<k>>,1,0,,,0000,2359,60,60,,,,,,,,,FFFF$
    AT+GTTOW=<<k>>,1,5,3,,,,,,,,,,,,,FFFF$
    """, k=_k)

_k = rand_pw(24)
S("c-header", "device-key", "firmware/telelogger/config.h",
  "Freematics ONE+ telelogger config.h (#define SERVER_HOST / SERVER_KEY / WIFI_*)", _k, """
    #ifndef CONFIG_H_INCLUDED
    #define CONFIG_H_INCLUDED

    /**************************************
    * Networking configurations
    **************************************/
    #define NET_DEVICE NET_SIM7600
    #define CELL_APN "hologram"
    #define SIM_CARD_PIN ""

    #define SERVER_HOST "hub.obdlogger.fleetlab.io"
    #define SERVER_PORT 8081
    #define SERVER_PROTOCOL PROTOCOL_UDP
    // device key issued by the hub for unit 0042
    #define SERVER_KEY "<<k>>"

    /**************************************
    * Data logging
    **************************************/
    #define DATASET_INTERVAL 1000
    #define PING_BACK_INTERVAL 900
    #define ENABLE_OBD 1
    #define ENABLE_MEMS 1

    #endif // CONFIG_H_INCLUDED
    """, k=_k)

_k = words_pw()
S("arduino", "mqtt-password", "tracker_esp32/tracker_esp32.ino",
  "ESP32 + SIM7000 GPS tracker sketch (TinyGSM + PubSubClient)", _k, """
    #define TINY_GSM_MODEM_SIM7000
    #include <TinyGsmClient.h>
    #include <PubSubClient.h>

    const char apn[]           = "iot.1nce.net";
    const char* mqtt_server    = "mqtt.vanwatch.io";
    const int   mqtt_port      = 1883;
    const char* mqtt_user      = "van-017";
    const char* mqtt_password  = "<<k>>";

    TinyGsm modem(Serial1);
    TinyGsmClient gsmClient(modem);
    PubSubClient mqtt(gsmClient);

    void setup() {
      Serial.begin(115200);
      Serial1.begin(9600, SERIAL_8N1, 26, 27);
      modem.restart();
      modem.gprsConnect(apn, "", "");
      mqtt.setServer(mqtt_server, mqtt_port);
    }

    void loop() {
      if (!mqtt.connected()) {
        mqtt.connect("van-017", mqtt_user, mqtt_password);
      }
      float lat, lon;
      if (modem.getGPS(&lat, &lon)) {
        char buf[64];
        snprintf(buf, sizeof(buf), "{\\"lat\\":%.6f,\\"lon\\":%.6f}", lat, lon);
        mqtt.publish("vans/van-017/pos", buf);
      }
      delay(30000);
    }
    """, k=_k)

# decoys ---------------------------------------------------------------------------------------

D("markdown", "placeholder", "docs/integrations/samsara.md",
  "Integration README with placeholder tokens (Samsara API token setup)", """
    # Samsara integration

    1. In the Samsara dashboard go to **Settings > Developer > API Tokens** and create a token
       with *Read Vehicles* and *Read Vehicle Statistics* scopes.
    2. Store it in 1Password (vault "Fleet Integrations") and in the deploy environment:

    ```bash
    export SAMSARA_API_TOKEN="<your-samsara-api-token>"
    python tools/samsara_export.py --since 7d
    ```

    The client sends `Authorization: Bearer $SAMSARA_API_TOKEN`. Never commit the token;
    CI reads it from the `samsara-prod` environment secret.

    | Variable | Example |
    |---|---|
    | `SAMSARA_API_TOKEN` | `samsara_api_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXX` |
    | `SAMSARA_POLL_SECONDS` | `60` |
    """)

D("appsettings-json", "empty-user-secrets", "src/Fleet.Sync/appsettings.json",
  ".NET appsettings.json with the password left empty (supplied by user-secrets / Key Vault)", """
    {
      "Logging": {
        "LogLevel": {"Default": "Information"}
      },
      "MyGeotab": {
        "Server": "my.geotab.com",
        "Database": "coastal_transit",
        "UserName": "integration@coastaltransit.org",
        "Password": "",
        "FeedIntervalSeconds": 30
      },
      "KeyVault": {
        "Uri": "https://kv-fleet-prod.vault.azure.net/",
        "SecretMappings": {"MyGeotab:Password": "mygeotab-integration-password"}
      }
    }
    """)

D("traccar-xml", "env-template", "traccar/traccar.env.xml",
  "Traccar config template rendered with envsubst at container start", """
    <?xml version='1.0' encoding='UTF-8'?>
    <!DOCTYPE properties SYSTEM 'http://java.sun.com/dtd/properties.dtd'>
    <properties>
        <entry key='config.default'>./conf/default.xml</entry>
        <entry key='database.driver'>${DATABASE_DRIVER}</entry>
        <entry key='database.url'>jdbc:${DATABASE_PROTOCOL}:///${DATABASE_NAME}?cloudSqlInstance=${INSTANCE_CONNECTION_NAME}&amp;socketFactory=${DATABASE_SOCKET_FACTORY}</entry>
        <entry key='database.user'>${DATABASE_USER}</entry>
        <entry key='database.password'>${DATABASE_PASSWORD}</entry>
        <entry key='mail.smtp.password'>${SMTP_PASSWORD}</entry>
        <entry key='geocoder.key'>${GEOCODER_KEY}</entry>
    </properties>
    """)

D("sql", "pbkdf2-hash", "backup/traccar_users_2024-05.sql",
  "Traccar tc_users rows (hashedpassword + salt are PBKDF2 verifiers, hex)", """
    -- tc_users export for the migration to the new host (no plaintext passwords stored)
    INSERT INTO tc_users (id, name, email, hashedpassword, salt, readonly, administrator, map, zoom)
    VALUES (1, 'admin', 'admin@mountainhaul.com', '<<h1>>', '<<s1>>', false, true, 'osm', 12);
    INSERT INTO tc_users (id, name, email, hashedpassword, salt, readonly, administrator, map, zoom)
    VALUES (2, 'dispatch', 'dispatch@mountainhaul.com', '<<h2>>', '<<s2>>', false, false, 'osm', 10);
    INSERT INTO tc_users (id, name, email, hashedpassword, salt, readonly, administrator, map, zoom)
    VALUES (3, 'viewer', 'viewer@mountainhaul.com', '<<h3>>', '<<s3>>', true, false, 'osm', 10);
    """, h1=upper_hex(48), s1=upper_hex(48), h2=upper_hex(48), s2=upper_hex(48), h3=upper_hex(48), s3=upper_hex(48))

_avl = "000000000000003608010000016B40D8EA30010000000000000000000000000000000105021503010101425E0F01F10000601A014E0000000000000000010000C7CF"
D("python", "hex-payload", "tests/decoder/test_codec8.py",
  "Teltonika Codec 8 AVL packet (hex) in a decoder unit test", """
    import binascii

    from fleet_decoder.teltonika import decode_codec8, imei_from_login

    LOGIN = "000F333536333037303432343431303133"
    AVL = (
        "<<a1>>"
        "<<a2>>"
    )


    def test_login_frame_gives_imei():
        assert imei_from_login(binascii.unhexlify(LOGIN)) == "356307042441013"


    def test_single_record():
        records = decode_codec8(binascii.unhexlify(AVL))
        assert len(records) == 1
        assert records[0].io[21] == 3
        assert records[0].io[66] == 24079
    """, a1=_avl[:72], a2=_avl[72:])

_rows = "\n".join(f"{i},{imei()},{iccid()},{vin()},FMC130,{r}" for i, r in
                  [(101, "Atlanta"), (102, "Atlanta"), (103, "Savannah"), (104, "Macon"), (105, "Macon"), (106, "Savannah")])
D("csv", "device-ids", "inventory/trackers_2024Q2.csv",
  "Tracker inventory export (IMEI, ICCID, VIN): identifiers, not credentials", """
    unit,imei,iccid,vin,model,depot
    <<rows>>
    """, rows=_rows)

D("markdown", "placeholder", "docs/wialon-setup.md",
  "Wialon token howto with documentation placeholders", """
    ## Getting a Wialon token

    Open `https://hosting.wialon.com/login.html?client_id=FleetBoard&access_type=0x100&activation_time=0&duration=0`
    and log in; the redirect carries `access_token=...`. Put it in the vault, then:

    ```json
    {"svc": "token/login", "params": {"token": "YOUR_72_CHAR_WIALON_TOKEN"}}
    ```

    Tokens look like `xxxxxxxx...` (72 hex characters). Do not paste real tokens in tickets.
    """)

D("javascript", "public-mapbox-token", "web/src/map/initMap.js",
  "Mapbox GL JS: public access token (pk.*) meant for the browser", """
    import mapboxgl from "mapbox-gl";

    // Public token, URL-restricted to *.fleetboard.app in the Mapbox account.
    mapboxgl.accessToken = "<<pk>>";

    export function initMap(container) {
      return new mapboxgl.Map({
        container,
        style: "mapbox://styles/mapbox/navigation-day-v1",
        center: [-84.388, 33.749],
        zoom: 9,
      });
    }
    """, pk=mapbox_token("pk"))

_coords = ",\n".join(f"          [{-84.4 + i * 0.0137:.6f}, {33.74 + (i % 3) * 0.0091:.6f}]" for i in range(8))
D("geojson", "coordinates", "geofences/yard-main.geojson",
  "GeoJSON FeatureCollection of depot geofences", """
    {
      "type": "FeatureCollection",
      "features": [
        {
          "type": "Feature",
          "id": "<<id>>",
          "properties": {"name": "yard-main", "speedLimitKph": 15, "alertOnExit": true},
          "geometry": {
            "type": "Polygon",
            "coordinates": [[
    <<coords>>
            ]]
          }
        }
      ]
    }
    """, id=uuid_s(), coords=_coords)

D("json", "uuids", "tests/fixtures/samsara_webhook_vehicle_location.json",
  "Samsara webhook payload sample (eventId/orgId/vehicle ids)", """
    {
      "eventId": "<<e>>",
      "eventMs": 1717431203000,
      "eventType": "VehicleLocationUpdated",
      "orgId": 20936,
      "webhookId": "1411751028848270",
      "data": {
        "vehicle": {
          "id": "281474982859091",
          "name": "Truck 42",
          "externalIds": {"samsara.vin": "<<v>>", "samsara.serial": "G9KN-2ZV-7PC"}
        },
        "location": {"latitude": 37.456, "longitude": -122.129, "heading": 120, "speed": 21.3}
      }
    }
    """, e=uuid_s(), v=vin())

D("nmea", "gps-log", "samples/gps/van017_2024-05-21.nmea",
  "NMEA 0183 sentences captured from a GPS module (checksums, not secrets)", """
    $GPGGA,071203.00,3344.9401,N,08423.2860,W,1,09,0.92,312.4,M,-30.9,M,,*62
    $GPRMC,071203.00,A,3344.9401,N,08423.2860,W,0.021,,210524,,,A*6F
    $GPGSA,A,3,05,13,15,18,20,23,24,29,30,,,,1.63,0.92,1.35*0F
    $GPGSV,3,1,11,05,35,052,41,13,57,305,44,15,62,128,45,18,23,171,38*7A
    $GPVTG,,T,,M,0.021,N,0.039,K,A*2C
    $GPGGA,071204.00,3344.9402,N,08423.2861,W,1,09,0.92,312.3,M,-30.9,M,,*6C
    $GPRMC,071204.00,A,3344.9402,N,08423.2861,W,0.015,,210524,,,A*66
    """)

D("arduino", "macro-ref", "tracker_lte/tracker_lte.ino",
  "Arduino sketch taking credentials from arduino_secrets.h (SECRET_* macros)", """
    #include <MKRNB.h>
    #include <ArduinoMqttClient.h>
    #include "arduino_secrets.h"

    const char PINNUMBER[] = SECRET_PINNUMBER;
    const char broker[] = "mqtt.vanwatch.io";
    int port = 8883;

    NBClient nbClient;
    MqttClient mqttClient(nbClient);

    void setup() {
      NB nbAccess;
      nbAccess.begin(PINNUMBER);
      mqttClient.setUsernamePassword(SECRET_MQTT_USER, SECRET_MQTT_PASS);
      mqttClient.connect(broker, port);
    }

    void loop() {
      mqttClient.poll();
    }
    """)

D("c-header", "empty", "tracker_lte/arduino_secrets.h.example",
  "Arduino IDE secrets tab template (empty SECRET_* defines)", """
    // Copy to arduino_secrets.h (git-ignored) and fill in.
    #define SECRET_PINNUMBER ""
    #define SECRET_MQTT_USER ""
    #define SECRET_MQTT_PASS ""
    #define SECRET_APN "iot.1nce.net"
    """)

D("python", "env-ref", "webhooks/samsara_verify.py",
  "Samsara webhook signature check (HMAC-SHA256 with a base64 secret read from the environment)", """
    import base64
    import hashlib
    import hmac
    import os

    SECRET = base64.b64decode(os.environ["SAMSARA_WEBHOOK_SECRET"])


    def valid(body: bytes, timestamp: str, signature: str) -> bool:
        message = b"v1:" + timestamp.encode() + b":" + body
        expected = "v1=" + hmac.new(SECRET, message, hashlib.sha256).hexdigest()
        return hmac.compare_digest(expected, signature)
    """)

# ---------------------------------------------------------------------------------------------
# Connected-car SDKs
# ---------------------------------------------------------------------------------------------
_k = uuid_s()
S("dotenv", "smartcar-client-secret", "server/.env",
  "Smartcar Node SDK getting-started (.env with SMARTCAR_CLIENT_ID / SMARTCAR_CLIENT_SECRET / SMARTCAR_REDIRECT_URI)", _k, """
    PORT=8000
    SMARTCAR_CLIENT_ID=<<cid>>
    SMARTCAR_CLIENT_SECRET=<<k>>
    SMARTCAR_REDIRECT_URI=https://app.plugshare-fleet.com/exchange
    SMARTCAR_MODE=live
    SESSION_COOKIE_NAME=ev_fleet_sid
    """, k=_k, cid=uuid_s())

_k = uuid_s()
S("python", "smartcar-client-secret", "backend/vehicles/smartcar_client.py",
  "Smartcar Python SDK: smartcar.AuthClient(client_id, client_secret, redirect_uri, mode)", _k, """
    import smartcar
    from django.conf import settings

    CLIENT_ID = "<<cid>>"
    CLIENT_SECRET = "<<k>>"

    client = smartcar.AuthClient(
        CLIENT_ID,
        CLIENT_SECRET,
        redirect_uri=f"{settings.PUBLIC_URL}/smartcar/callback",
        mode="live",
    )

    SCOPES = ["read_vehicle_info", "read_battery", "read_charge", "control_charge", "read_odometer"]


    def authorize_url(state: str) -> str:
        return client.get_auth_url(SCOPES, {"state": state, "single_select": False})


    def exchange(code: str):
        return client.exchange_code(code)
    """, k=_k, cid=uuid_s())

_k = hexs(32)
S("python", "webhook-signing-token", "backend/webhooks/smartcar.py",
  "Smartcar webhooks: application management token used for VERIFY challenge and SC-Signature HMAC", _k, """
    import hashlib
    import hmac
    import json

    from flask import Blueprint, abort, jsonify, request

    bp = Blueprint("smartcar_webhooks", __name__)
    MANAGEMENT_TOKEN = "<<k>>"


    def _hmac(body: str) -> str:
        return hmac.new(MANAGEMENT_TOKEN.encode(), body.encode(), hashlib.sha256).hexdigest()


    @bp.post("/webhooks/smartcar")
    def receive():
        payload = request.get_json(force=True)
        if payload.get("eventName") == "verify":
            return jsonify({"challenge": _hmac(payload["payload"]["challenge"])})
        if not hmac.compare_digest(_hmac(request.get_data(as_text=True)), request.headers.get("SC-Signature", "")):
            abort(401)
        for event in payload["payload"].get("data", []):
            print(json.dumps(event)[:200])
        return "", 204
    """, k=_k)

_k = pem("EC", 2)
S("k8s-configmap", "ec-private-key", "deploy/tesla-proxy/configmap.yaml",
  "tesla-http-proxy (Tesla Fleet API vehicle-command) key file mounted from a ConfigMap block scalar", _k, """
    apiVersion: v1
    kind: ConfigMap
    metadata:
      name: tesla-http-proxy
      namespace: fleet-commands
    data:
      TESLA_HTTP_PROXY_HOST: "0.0.0.0"
      TESLA_HTTP_PROXY_PORT: "4443"
      TESLA_HTTP_PROXY_TIMEOUT: "10s"
      TESLA_VERBOSE: "false"
      # fleet key registered with /api/1/partner_accounts (public half on the .well-known path)
      fleet-key.pem: |
    <<key>>
    """, key=indent(_k, 4))

_k = "ta-secret." + rand_pw(16)
S("dotenv", "tesla-client-secret", ".env.local",
  "Tesla Fleet API partner app (.env with TESLA_CLIENT_ID / TESLA_CLIENT_SECRET / audience)", _k, """
    # Tesla Fleet API (developer.tesla.com application "FleetCharge Scheduler")
    TESLA_CLIENT_ID=<<cid>>
    TESLA_CLIENT_SECRET=<<k>>
    TESLA_AUDIENCE=https://fleet-api.prd.eu.vn.cloud.tesla.com
    TESLA_REDIRECT_URI=http://localhost:3000/auth/tesla/callback
    TESLA_SCOPES="openid offline_access vehicle_device_data vehicle_charging_cmds"

    NEXT_PUBLIC_APP_URL=http://localhost:3000
    """, k=_k, cid=uuid_s())

_k = jwt({"iss": "https://auth.tesla.com/oauth2/v3", "aud": "https://auth.tesla.com/oauth2/v3/token",
          "sub": uuid_s(), "scp": ["openid", "offline_access"], "iat": 1714030212, "data": {"v": "1"}},
         alg="ES256", sig_len=86)
S("json", "refresh-token", "cache.json",
  "TeslaPy token cache file (cache.json keyed by e-mail, sso access/refresh tokens)", _k, """
    {
      "jlindqvist@outlook.com": {
        "url": "https://auth.tesla.com/",
        "sso": {
          "access_token": null,
          "refresh_token": "<<k>>",
          "id_token": null,
          "expires_in": 28800,
          "state": "kO1VnvHqzT",
          "token_type": "Bearer",
          "expires_at": 1714059012.4117
        }
      }
    }
    """, k=_k)

_k = words_pw()
S("shell", "cli-password", "scripts/bmw_precondition.sh",
  "bimmer_connected CLI: bimmerconnected <command> <username> <password> <region>", _k, """
    #!/usr/bin/env bash
    # Pre-heat the i4 before the 07:00 airport run (cron: 30 6 * * 1-5)
    set -e
    VIN=<<vin>>
    LOG=/var/log/bmw_precondition.log

    {
      date
      bimmerconnected status --json fleet.ops@alpentaxi.at '<<k>>' rest_of_world \\
        | jq ".vehicles[] | select(.vin==\\"$VIN\\") | .fuel_and_battery"
      bimmerconnected climate --vin "$VIN" fleet.ops@alpentaxi.at '<<k>>' rest_of_world start
    } >> "$LOG" 2>&1
    """, k=_k, vin=vin())

_k = season_pw()
S("python", "account-password", "home/ev_status.py",
  "hyundai_kia_connect_api: VehicleManager(region, brand, username, password, pin)", _k, """
    from hyundai_kia_connect_api import VehicleManager

    # region 1 = Europe, brand 1 = Kia
    vm = VehicleManager(
        region=1,
        brand=1,
        username="m.okafor@gmx.de",
        password="<<k>>",
        pin="2580",
        language="de",
    )
    vm.check_and_refresh_token()
    vm.update_all_vehicles_with_cached_state()

    for vehicle_id, vehicle in vm.vehicles.items():
        print(vehicle.name, vehicle.ev_battery_percentage, vehicle.ev_driving_range, vehicle.odometer)
    """, k=_k)

_k = human_pw()
S("home-assistant-yaml", "account-password", "homeassistant/secrets.yaml",
  "Home Assistant secrets.yaml (values referenced with !secret from configuration.yaml)", _k, """
    # Use this file to store secrets like usernames and passwords.
    # Learn more at https://www.home-assistant.io/docs/configuration/secrets/
    latitude_home: 59.3293
    longitude_home: 18.0686
    kia_username: anna.berg@telia.com
    kia_password: "<<k>>"
    wallbox_serial: "604512"
    easee_username: "+46701234567"
    mqtt_broker: 192.168.1.20
    """, k=_k)

_k = rand_pw(32)
S("json", "oauth-client-secret", "config/high-mobility.json",
  "High Mobility OAuth2 client credentials config (client_id / client_secret / token_url)", _k, """
    {
      "environment": "production",
      "oauth": {
        "client_id": "<<cid>>",
        "client_secret": "<<k>>",
        "token_url": "https://api.high-mobility.com/v1/access_tokens",
        "scope": "vehicle:data charging:data"
      },
      "fleet": {
        "clearance_webhook": "https://api.rentev.io/hooks/hm/clearance",
        "brands": ["bmw", "mercedes-benz", "renault", "volvo-cars"]
      }
    }
    """, k=_k, cid=uuid_s())

_k = rand_pw(30, "~._-")
S("postman-environment", "oauth-client-secret", "postman/FordConnect.postman_environment.json",
  "Postman environment export (values array with key/value/type secret) for the FordConnect API", _k, """
    {
      "id": "<<id>>",
      "name": "FordConnect - Prod",
      "values": [
        {"key": "baseUrl", "value": "https://api.mps.ford.com/api/fordconnect", "type": "default", "enabled": true},
        {"key": "tokenUrl", "value": "https://dah2vb2cprod.b2clogin.com/914d88b1-3523-4bf6-9be4-1b96b4f6f919/oauth2/v2.0/token?p=B2C_1A_signup_signin_common", "type": "default", "enabled": true},
        {"key": "client_id", "value": "<<cid>>", "type": "default", "enabled": true},
        {"key": "client_secret", "value": "<<k>>", "type": "secret", "enabled": true},
        {"key": "vehicleId", "value": "", "type": "default", "enabled": true}
      ],
      "_postman_variable_scope": "environment",
      "_postman_exported_at": "2024-04-18T10:21:44.032Z",
      "_postman_exported_using": "Postman/10.24.16"
    }
    """, k=_k, cid=uuid_s(), id=uuid_s())

_k = google_key()
S("properties", "google-api-key", "android/local.properties",
  "Android local.properties read by the Secrets Gradle Plugin (MAPS_API_KEY)", _k, """
    ## This file must *NOT* be checked into Version Control Systems,
    # as it contains information specific to your local configuration.
    #
    # Location of the SDK. This is only used by Gradle.
    sdk.dir=/Users/kdlamini/Library/Android/sdk
    MAPS_API_KEY=<<k>>
    """, k=_k)

_k = uuid_s()
S("xcconfig", "smartcar-client-secret", "ios/EVCompanion/Config/Release.xcconfig",
  "Xcode build configuration file (.xcconfig KEY = value, $() escape for //)", _k, """
    // Release configuration
    PRODUCT_BUNDLE_IDENTIFIER = com.voltpark.evcompanion
    MARKETING_VERSION = 3.4.0
    API_BASE_URL = https:/$()/api.voltpark.example

    SMARTCAR_CLIENT_ID = <<cid>>
    SMARTCAR_CLIENT_SECRET = <<k>>
    SMARTCAR_REDIRECT = sc<<cid>>://exchange

    SWIFT_ACTIVE_COMPILATION_CONDITIONS = RELEASE
    """, k=_k, cid=uuid_s())

# decoys ---------------------------------------------------------------------------------------

D("pem", "public-key", "public/.well-known/appspecific/com.tesla.3p.public-key.pem",
  "Tesla Fleet API: partner public key served at /.well-known/appspecific/com.tesla.3p.public-key.pem", """
    <<p>>
    # served as-is; the private half lives in the HSM-backed proxy
    # registered with POST /api/1/partner_accounts on 2024-03-11
    # domain: fleet.voltpark.example
    # curve: prime256v1
    """, p=public_pem())

D("markdown", "placeholder", "backend/README.md",
  "Smartcar quickstart README with placeholder credentials", """
    # EV fleet backend

    ## Local setup

    ```bash
    cp .env.example .env
    # then edit:
    SMARTCAR_CLIENT_ID=<your-client-id>
    SMARTCAR_CLIENT_SECRET=<your-client-secret>
    SMARTCAR_REDIRECT_URI=http://localhost:8000/exchange
    SMARTCAR_MODE=simulated
    ```

    Credentials come from the Smartcar dashboard (Configuration > Credentials).
    In simulated mode any test vehicle works; no real car is touched.
    """)

D("home-assistant-yaml", "secret-ref", "homeassistant/configuration.yaml",
  "Home Assistant configuration.yaml using !secret references", """
    homeassistant:
      name: Home
      latitude: !secret latitude_home
      longitude: !secret longitude_home
      unit_system: metric
      time_zone: Europe/Stockholm

    kia_uvo:
      username: !secret kia_username
      password: !secret kia_password
      region: 1
      brand: 1

    easee:
      username: !secret easee_username
      password: !secret easee_password

    mqtt:
      broker: !secret mqtt_broker
    """)

D("json", "uuids", "tests/fixtures/smartcar_vehicles.json",
  "Smartcar API GET /vehicles and /battery responses (vehicle ids are UUIDs)", """
    {
      "vehicles": {
        "paging": {"count": 3, "offset": 0},
        "vehicles": ["<<a>>", "<<b>>", "<<c>>"]
      },
      "battery": {
        "<<a>>": {"percentRemaining": 0.73, "range": 301.2},
        "<<b>>": {"percentRemaining": 0.41, "range": 162.9},
        "<<c>>": {"percentRemaining": 0.95, "range": 388.0}
      },
      "sc-request-id": "<<r>>",
      "mode": "simulated"
    }
    """, a=uuid_s(), b=uuid_s(), c=uuid_s(), r=uuid_s())

D("json", "redacted", "docs/debug/teslapy-cache-redacted.json",
  "TeslaPy cache.json attached to a bug report with the tokens redacted", """
    {
      "j***@outlook.com": {
        "url": "https://auth.tesla.com/",
        "sso": {
          "access_token": "eyJ...REDACTED...",
          "refresh_token": "***redacted***",
          "id_token": null,
          "expires_in": 28800,
          "token_type": "Bearer",
          "expires_at": 1714059012.4117
        }
      }
    }
    """)

D("postman-environment", "template", "postman/FordConnect.postman_environment.template.json",
  "Postman environment export with empty secret values and {{variable}} references", """
    {
      "id": "<<id>>",
      "name": "FordConnect - Template",
      "values": [
        {"key": "baseUrl", "value": "https://api.mps.ford.com/api/fordconnect", "type": "default", "enabled": true},
        {"key": "client_id", "value": "{{FORD_CLIENT_ID}}", "type": "default", "enabled": true},
        {"key": "client_secret", "value": "", "type": "secret", "enabled": true},
        {"key": "access_token", "value": "", "type": "secret", "enabled": true}
      ],
      "_postman_variable_scope": "environment"
    }
    """, id=uuid_s())

# ---------------------------------------------------------------------------------------------
# AUTOSAR / CAN tooling and ECU build pipelines
# ---------------------------------------------------------------------------------------------
_k = upper_hex(32)
S("json", "secoc-aes-key", "hil/bench03/secoc_keys.json",
  "AUTOSAR SecOC (Secure Onboard Communication) AES-128 CMAC key table for a HIL bench", _k, """
    {
      "bench": "HIL-03",
      "ecu": "BCM_GEN4",
      "freshness": {"counterBits": 32, "truncatedBits": 8, "syncMessageId": "0x7A1"},
      "keys": [
        {
          "keyId": 3,
          "slot": "M_KEY_3",
          "algorithm": "AES-128-CMAC",
          "usage": ["0x1A0 VehicleSpeed", "0x2C4 DoorLockCmd"],
          "value": "<<k>>"
        }
      ],
      "macLengthBits": 24
    }
    """, k=_k)

_k = artifactory_key()
S("jenkinsfile", "artifactory-api-key", "ci/Jenkinsfile",
  "Declarative Jenkins pipeline publishing AUTOSAR build outputs to Artifactory (X-JFrog-Art-Api header)", _k, """
    pipeline {
        agent { label 'autosar-win' }
        environment {
            ART_URL = 'https://artifactory.powertrain-sw.com/artifactory'
            ART_REPO = 'ecu-builds-local'
        }
        stages {
            stage('Generate') {
                steps {
                    bat 'DaVinciCFG.exe -p BCM_GEN4.dpa --generate all'
                }
            }
            stage('Build') {
                steps {
                    bat 'make -C build -j8 all'
                }
            }
            stage('Publish') {
                steps {
                    bat "curl -f -H \\"X-JFrog-Art-Api: <<k>>\\" -T build/out/BCM_GEN4.hex %ART_URL%/%ART_REPO%/bcm/%BUILD_NUMBER%/BCM_GEN4.hex"
                }
            }
        }
    }
    """, k=_k)

_k = words_pw()
S("gitlab-ci", "cli-password", ".gitlab-ci.yml",
  "GitLab CI job running conan remote login with -p password (Conan 2 CLI)", _k, """
    stages: [build, upload]

    variables:
      CONAN_HOME: "$CI_PROJECT_DIR/.conan2"

    build:gateway-ecu:
      stage: build
      image: registry.gitlab.com/acme-auto/toolchains/arm-none-eabi:13.2
      script:
        - conan profile detect
        - conan create . --profile:host=profiles/cortex-m7 --build=missing

    upload:
      stage: upload
      image: registry.gitlab.com/acme-auto/toolchains/arm-none-eabi:13.2
      script:
        - conan remote add acme https://conan.acme-auto.io/artifactory/api/conan/ecu-libs
        - conan remote login acme ci-conan -p '<<k>>'
        - conan upload "gateway-ecu/*" -r acme --confirm
      only: [tags]
    """, k=_k)

_k = human_pw()
S("bitbake-conf", "basic-auth-url", "build/conf/local.conf",
  "Yocto local.conf: PREMIRRORS / SSTATE_MIRRORS pointing at an internal mirror", _k, """
    MACHINE ??= "imx8qxp-ivi"
    DISTRO ?= "acme-ivi"
    PACKAGE_CLASSES ?= "package_rpm"
    EXTRA_IMAGE_FEATURES ?= "debug-tweaks"
    BB_NUMBER_THREADS = "16"
    PARALLEL_MAKE = "-j 16"

    DL_DIR ?= "/srv/yocto/downloads"
    SSTATE_DIR ?= "/srv/yocto/sstate-cache"

    # internal mirror (mirror bot account)
    PREMIRRORS:prepend = "\\
        git://.*/.* https://mirror-bot:<<k>>@yocto-mirror.ivi.acme-auto.io/downloads/ \\
        https://.*/.* https://mirror-bot:<<k>>@yocto-mirror.ivi.acme-auto.io/downloads/ \\
    "
    SSTATE_MIRRORS ?= "file://.* https://yocto-mirror.ivi.acme-auto.io/sstate/PATH;downloadfilename=PATH"

    CONF_VERSION = "2"
    """, k=_k)

_k = gitlab_token()
S("bitbake-recipe", "gitlab-token", "meta-acme-ivi/recipes-ivi/vehicle-hal/vehicle-hal_git.bb",
  "BitBake recipe: SRC_URI git fetcher with protocol=https;user=<user>:<token>", _k, """
    SUMMARY = "Vehicle HAL daemon (CAN <-> VSS bridge)"
    LICENSE = "CLOSED"

    SRC_URI = "git://gitlab.acme-auto.io/ivi/vehicle-hal.git;protocol=https;branch=main;user=yocto-ci:<<k>> \\
               file://vehicle-hal.service \\
               "
    SRCREV = "9f3c1a7e2b4d6f8a0c1e3b5d7f9a2c4e6b8d0f1a"
    PV = "1.7.0+git${SRCPV}"

    S = "${WORKDIR}/git"

    inherit cmake systemd

    DEPENDS = "protobuf grpc can-utils"
    SYSTEMD_SERVICE:${PN} = "vehicle-hal.service"

    do_install:append() {
        install -Dm 0644 ${WORKDIR}/vehicle-hal.service ${D}${systemd_system_unitdir}/vehicle-hal.service
    }
    """, k=_k)

_k = rand_pw(40)
S("canedge-json", "s3-secret-key", "canedge/config-01.07.json",
  "CSS Electronics CANedge2 config JSON (connect.s3.server accesskey/secretkey, keyformat 0 = plain)", _k, """
    {
      "general": {
        "device": {"meta": "TRUCK-0117"},
        "security": {"kpub": ""},
        "debug": {"syslog": 1}
      },
      "log": {
        "file": {"split_size": 50, "split_time_period": 900, "split_time_offset": 0, "cyclic": 1},
        "compression": {"level": 0}
      },
      "connect": {
        "wifi": {
          "keyformat": 0,
          "accesspoint": [{"ssid": "DEPOT-IOT", "pwd": ""}]
        },
        "s3": {
          "sync": {"ota": 600, "heartbeat": 300, "logfiles": 1},
          "server": {
            "request_style": 1,
            "url": "https://s3.eu-central-1.amazonaws.com",
            "port": 443,
            "accesskey": "AKIA<<ak>>",
            "keyformat": 0,
            "secretkey": "<<k>>",
            "bucket": "canedge-fleet-raw",
            "region": "eu-central-1"
          }
        }
      }
    }
    """, k=_k, ak=chars(16, string.ascii_uppercase + "234567"))

_k = fakes.aws_secret_key(_seed())
S("python", "aws-secret-key", "tools/mdf_upload.py",
  "asammdf + boto3: convert MF4 logs and upload to S3 with explicit credentials", _k, """
    \"\"\"Decode MF4 logs from the test track with the DBC and push parquet to the data lake.\"\"\"
    from pathlib import Path

    import boto3
    from asammdf import MDF

    s3 = boto3.client(
        "s3",
        region_name="eu-central-1",
        aws_access_key_id="<<ak>>",
        aws_secret_access_key="<<k>>",
    )

    DBC = {"CAN": [("dbc/powertrain_v12.dbc", 0)]}

    for mf4 in Path("logs").glob("*.MF4"):
        decoded = MDF(mf4).extract_bus_logging(database_files=DBC)
        df = decoded.to_dataframe(time_as_date=True)
        out = mf4.with_suffix(".parquet")
        df.to_parquet(out)
        s3.upload_file(str(out), "vehicle-testtrack-lake", f"raw/{out.name}")
    """, k=_k, ak=fakes.aws_key_id(_seed()))

_k = season_pw()
S("pip-conf", "basic-auth-url", "tools/pip.conf",
  "pip configuration file: [global] extra-index-url with credentials", _k, """
    [global]
    timeout = 60
    index-url = https://pypi.org/simple
    # internal forks of canmatrix / cantools / python-can patches
    extra-index-url = https://ci-reader:<<k>>@nexus.chassis-eng.internal/repository/pypi-ecu/simple
    trusted-host = nexus.chassis-eng.internal

    [install]
    no-warn-script-location = true
    """, k=_k)

_k = words_pw()
S("docker-config", "registry-auth-base64", "ci/docker/config.json",
  "Docker CLI config.json auths entry (auth = base64 of user:password)", _k, """
    {
      "auths": {
        "harbor.ecu-toolchains.acme-auto.io": {
          "auth": "<<enc>>"
        }
      },
      "credHelpers": {
        "123456789012.dkr.ecr.eu-west-1.amazonaws.com": "ecr-login"
      },
      "HttpHeaders": {
        "User-Agent": "Docker-Client/24.0.7 (linux)"
      }
    }
    """, enc=b64("robot$ecu-ci:" + _k))

_k = hexs(32)
S("yaml", "uds-seed-key-secret", "tester/profiles/bcm_gen4.yaml",
  "DoIP/UDS tester profile: SecurityAccess level with the OEM seed-key AES secret", _k, """
    ecu: BCM_GEN4
    transport:
      kind: doip
      logical_address: 0x0E80
      target_address: 0x1010
      activation_type: 0x00
    sessions:
      extended: 0x03
      programming: 0x02
    security_access:
      - level: 0x01
        algorithm: aes128-ecb-seed
        secret: "<<k>>"
      - level: 0x11
        algorithm: external-hsm
        hsm_key_label: BCM_GEN4_PROG
    routines:
      erase_memory: 0xFF00
      check_dependencies: 0xFF01
    """, k=_k)

# decoys ---------------------------------------------------------------------------------------

D("dbc", "hex-ids", "dbc/powertrain_v12.dbc",
  "Vector CANdb++ DBC file (BO_/SG_ definitions, CAN ids)", """
    VERSION "12.0.3"

    NS_ :
    \tCM_
    \tBA_DEF_
    \tVAL_

    BS_:

    BU_: ECM TCM BCM GW

    BO_ 2364540158 EEC1: 8 ECM
     SG_ EngSpeed : 24|16@1+ (0.125,0) [0|8031.875] "rpm" TCM,GW
     SG_ ActualEngPercentTorque : 16|8@1+ (1,-125) [-125|125] "%" TCM

    BO_ 2566844926 CCVS1: 8 GW
     SG_ WheelBasedVehicleSpeed : 8|16@1+ (0.00390625,0) [0|250.996] "km/h" ECM,TCM
     SG_ ParkingBrakeSwitch : 2|2@1+ (1,0) [0|3] "" ECM

    BO_ 416 VehicleSpeed: 8 GW
     SG_ VehSpd : 0|16@1+ (0.01,0) [0|655.35] "km/h" BCM
     SG_ VehSpd_CRC : 56|8@1+ (1,0) [0|255] "" BCM

    CM_ BO_ 416 "Secured with SecOC (key id 3), MAC truncated to 24 bits";
    BA_DEF_ BO_ "GenMsgCycleTime" INT 0 65535;
    BA_ "GenMsgCycleTime" BO_ 416 20;
    VAL_ 2566844926 ParkingBrakeSwitch 0 "off" 1 "on" 2 "error" 3 "n/a";
    """)

D("arxml", "uuids", "autosar/BCM_GEN4_SecOC.arxml",
  "AUTOSAR ARXML fragment (UUID attributes, SecOC key id references, no key material)", """
    <?xml version="1.0" encoding="UTF-8"?>
    <AUTOSAR xmlns="http://autosar.org/schema/r4.0" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
      <AR-PACKAGES>
        <AR-PACKAGE UUID="<<u1>>">
          <SHORT-NAME>SecOC</SHORT-NAME>
          <ELEMENTS>
            <ECUC-MODULE-CONFIGURATION-VALUES UUID="<<u2>>">
              <SHORT-NAME>SecOC</SHORT-NAME>
              <DEFINITION-REF DEST="ECUC-MODULE-DEF">/AUTOSAR/EcucDefs/SecOC</DEFINITION-REF>
              <CONTAINERS>
                <ECUC-CONTAINER-VALUE UUID="<<u3>>">
                  <SHORT-NAME>SecOCRxPduProcessing_VehicleSpeed</SHORT-NAME>
                  <PARAMETER-VALUES>
                    <ECUC-NUMERICAL-PARAM-VALUE>
                      <DEFINITION-REF DEST="ECUC-INTEGER-PARAM-DEF">/AUTOSAR/EcucDefs/SecOC/SecOCRxPduProcessing/SecOCDataId</DEFINITION-REF>
                      <VALUE>416</VALUE>
                    </ECUC-NUMERICAL-PARAM-VALUE>
                    <ECUC-NUMERICAL-PARAM-VALUE>
                      <DEFINITION-REF DEST="ECUC-INTEGER-PARAM-DEF">/AUTOSAR/EcucDefs/SecOC/SecOCRxPduProcessing/SecOCKeyId</DEFINITION-REF>
                      <VALUE>3</VALUE>
                    </ECUC-NUMERICAL-PARAM-VALUE>
                  </PARAMETER-VALUES>
                </ECUC-CONTAINER-VALUE>
              </CONTAINERS>
            </ECUC-MODULE-CONFIGURATION-VALUES>
          </ELEMENTS>
        </AR-PACKAGE>
      </AR-PACKAGES>
    </AUTOSAR>
    """, u1=uuid_s(), u2=uuid_s(), u3=uuid_s())

D("ini", "no-secret", "can.ini",
  "python-can configuration file ([default] interface/channel/bitrate)", """
    [default]
    interface = socketcan
    channel = can0
    bitrate = 500000
    receive_own_messages = False

    [vector_bench]
    interface = vector
    app_name = CANalyzer
    channel = 0, 1
    bitrate = 500000
    data_bitrate = 2000000
    fd = True
    """)

D("a2l", "hex-addresses", "calibration/ECM_P3.a2l",
  "ASAM MCD-2 MC (A2L) fragment: CHARACTERISTIC / MEASUREMENT with ECU addresses and EPK", """
    /begin PROJECT ECM_P3 ""
      /begin MODULE ECM ""
        /begin MOD_PAR ""
          EPK "ECM_P3_SW0412_8F2A1C7B"
          ADDR_EPK 0x80040000
        /end MOD_PAR
        /begin CHARACTERISTIC IdleSpeedTarget "Idle speed setpoint"
          VALUE 0x8001A3C0 RL_UWORD 0 CM_RPM 0 2000
        /end CHARACTERISTIC
        /begin MEASUREMENT EngSpeed "Engine speed"
          UWORD CM_RPM 0 0 0 8000
          ECU_ADDRESS 0xD0004A12
        /end MEASUREMENT
      /end MODULE
    /end PROJECT
    """)

D("ansible-yaml", "vault-ciphertext", "hil/group_vars/bench03/secoc.yml",
  "Ansible group_vars with the SecOC key table encrypted by ansible-vault (!vault)", """
    secoc_bench: HIL-03
    secoc_ecu: BCM_GEN4
    secoc_key_slot: M_KEY_3
    secoc_key_value: !vault |
    <<v>>
    secoc_mac_length_bits: 24
    """, v=indent(vault_blob(5), 6))

D("log", "uds-trace", "traces/bcm_gen4_flash_2024-05-02.log",
  "UDS diagnostic trace (SecurityAccess seed/key bytes, one-time challenge values)", """
    12:01:07.101  Tx 0x0E80->0x1010  10 03
    12:01:07.118  Rx 0x1010->0x0E80  50 03 00 32 01 F4
    12:01:07.205  Tx 0x0E80->0x1010  27 01
    12:01:07.231  Rx 0x1010->0x0E80  67 01 <<seed>>
    12:01:07.402  Tx 0x0E80->0x1010  27 02 <<key>>
    12:01:07.430  Rx 0x1010->0x0E80  67 02
    12:01:07.510  Tx 0x0E80->0x1010  31 01 FF 00 44 00 08 00 00 00 04 00 00
    12:01:09.884  Rx 0x1010->0x0E80  71 01 FF 00 00
    12:01:10.002  Tx 0x0E80->0x1010  34 00 44 00 08 00 00 00 04 00 00
    12:01:10.020  Rx 0x1010->0x0E80  74 20 0F FA
    """, seed=" ".join(upper_hex(2) for _ in range(16)), key=" ".join(upper_hex(2) for _ in range(16)))

D("canedge-json", "encrypted-password", "canedge/config-01.07-encrypted.json",
  "CANedge config with keyformat 1: Wi-Fi and S3 secrets encrypted to the device public key (kpub)", """
    {
      "general": {
        "device": {"meta": "TRUCK-0118"},
        "security": {"kpub": "<<kpub>>"}
      },
      "connect": {
        "wifi": {
          "keyformat": 1,
          "accesspoint": [{"ssid": "DEPOT-IOT", "pwd": "<<w>>"}]
        },
        "s3": {
          "server": {
            "url": "https://s3.eu-central-1.amazonaws.com",
            "port": 443,
            "accesskey": "${S3_ACCESS_KEY_ID}",
            "keyformat": 1,
            "secretkey": "<<s>>",
            "bucket": "canedge-fleet-raw",
            "region": "eu-central-1"
          }
        }
      }
    }
    """, kpub=rand_bytes_b64(64), w=rand_bytes_b64(48), s=rand_bytes_b64(72))

D("bitbake-conf", "netrc-ref", "build/conf/site.conf",
  "Yocto site.conf using an internal mirror; credentials come from the builder's ~/.netrc", """
    # Shared by all builders. Mirror credentials: ~/.netrc on the build host (Ansible role yocto-builder).
    DL_DIR = "/srv/yocto/downloads"
    SSTATE_DIR = "/srv/yocto/sstate-cache"
    PREMIRRORS:prepend = "\\
        git://.*/.* https://yocto-mirror.ivi.acme-auto.io/downloads/ \\
        https://.*/.* https://yocto-mirror.ivi.acme-auto.io/downloads/ \\
    "
    BB_GENERATE_MIRROR_TARBALLS = "1"
    BB_HASHSERVE = "hashserv.ivi.acme-auto.io:8686"
    BB_SIGNATURE_HANDLER = "OEEquivHash"
    INHERIT += "rm_work"
    """)

# ---------------------------------------------------------------------------------------------
# OTA update servers and clients
# ---------------------------------------------------------------------------------------------
def mender_tenant_token() -> str:
    return jwt({"mender.tenant": hexs(24), "iss": "Mender", "sub": hexs(24)}, alg="RS256", sig_len=342)


_k = mender_tenant_token()
S("mender-conf", "mender-tenant-token", "meta-fleetgw/recipes-mender/mender-client/files/mender.conf",
  "Mender client configuration file /etc/mender/mender.conf (ServerURL, TenantToken)", _k, """
    {
      "ServerURL": "https://eu.hosted.mender.io",
      "TenantToken": "<<k>>",
      "UpdatePollIntervalSeconds": 1800,
      "InventoryPollIntervalSeconds": 28800,
      "RetryPollIntervalSeconds": 300,
      "RootfsPartA": "/dev/mmcblk0p2",
      "RootfsPartB": "/dev/mmcblk0p3",
      "DeviceTypeFile": "/var/lib/mender/device_type"
    }
    """, k=_k)

_k = mender_tenant_token()
S("bitbake-conf", "mender-tenant-token", "build-telematics/conf/local.conf",
  "meta-mender: MENDER_SERVER_URL / MENDER_TENANT_TOKEN in local.conf", _k, """
    MACHINE = "raspberrypi4-64"
    DISTRO = "poky"
    INHERIT += "mender-full"
    RPI_USE_U_BOOT = "1"
    MENDER_BOOT_PART_SIZE_MB = "40"
    IMAGE_INSTALL:append = " kernel-image kernel-devicetree can-utils gpsd"
    IMAGE_FSTYPES:remove = "rpi-sdimg"

    MENDER_ARTIFACT_NAME = "telematics-gw-2.3.0"
    MENDER_SERVER_URL = "https://hosted.mender.io"
    MENDER_TENANT_TOKEN = "<<k>>"

    ARTIFACTIMG_FSTYPE = "ext4"
    MENDER_STORAGE_TOTAL_SIZE_MB = "7800"
    """, k=_k)

_k = jwt({"jti": uuid_s(), "sub": uuid_s(), "exp": 1767139200, "iat": 1714510000, "mender.tenant": hexs(24),
          "mender.user": True, "iss": "Mender Users", "scp": "mender.*", "mender.plan": "enterprise",
          "nbf": 1714510000}, alg="RS256", sig_len=342)
S("shell", "mender-personal-access-token", "ci/upload-artifact.sh",
  "Mender Management API: POST /api/management/v1/deployments/artifacts with a personal access token", _k, """
    #!/usr/bin/env bash
    set -euo pipefail
    ARTIFACT=${1:?usage: upload-artifact.sh <file.mender>}
    MENDER_SERVER=https://eu.hosted.mender.io

    # PAT of the ci-uploader user (expires 2025-12-31)
    TOKEN="<<k>>"

    curl -fsS -X POST "$MENDER_SERVER/api/management/v1/deployments/artifacts" \\
      -H "Authorization: Bearer $TOKEN" \\
      -F "description=$(git describe --tags)" \\
      -F "artifact=@${ARTIFACT}"

    echo "uploaded $(basename "$ARTIFACT")"
    """, k=_k)

_k = rand_pw(32)
S("docker-compose", "s3-secret-key", "mender-server/prod.yml",
  "Mender on-premise production compose override (deployments AWS/minio storage settings)", _k, """
    version: "2.1"
    services:
      mender-deployments:
        environment:
          DEPLOYMENTS_AWS_AUTH_KEY: mender-deployments
          DEPLOYMENTS_AWS_AUTH_SECRET: <<k>>
          DEPLOYMENTS_AWS_URI: https://s3.ota.fleetgw.io
          DEPLOYMENTS_AWS_BUCKET: mender-artifacts
          DEPLOYMENTS_PRESIGN_SECRET: "file:///etc/deployments/presign.key"
      mender-device-auth:
        volumes:
          - ./production/keys-generated/keys/deviceauth/private.key:/etc/deviceauth/rsa/private.pem:ro
      mender-useradm:
        volumes:
          - ./production/keys-generated/keys/useradm/private.key:/etc/useradm/rsa/private.pem:ro
      mender-api-gateway:
        ports:
          - "443:443"
    """, k=_k)

_k = words_pw()
S("java-properties", "noop-password", "hawkbit-runtime/src/main/resources/application-prod.properties",
  "Eclipse hawkBit static users: hawkbit.security.user.<name>.password={noop}... (Spring DelegatingPasswordEncoder)", _k, """
    # hawkBit update server - production profile
    spring.datasource.url=jdbc:mariadb://hawkbit-db:3306/hawkbit
    spring.datasource.username=hawkbit
    spring.datasource.password=${HAWKBIT_DB_PASSWORD}

    hawkbit.server.ddi.security.authentication.targettoken.enabled=true
    hawkbit.server.ddi.security.authentication.gatewaytoken.enabled=false

    # static admin (tenant DEFAULT)
    hawkbit.security.user.ota-admin.tenant=DEFAULT
    hawkbit.security.user.ota-admin.password={noop}<<k>>
    hawkbit.security.user.ota-admin.roles=TENANT_ADMIN

    hawkbit.artifact.repository.filesystem.path=/var/lib/hawkbit/artifacts
    server.forward-headers-strategy=NATIVE
    """, k=_k)

_k = rand_pw(32)
S("ini", "hawkbit-target-token", "etc/rauc-hawkbit-updater/config.conf",
  "rauc-hawkbit-updater config file ([client] hawkbit_server, tenant_id, target_name, auth_token)", _k, """
    [client]
    hawkbit_server            = ota.fleetgw.io:443
    ssl                       = true
    ssl_verify                = true
    tenant_id                 = DEFAULT
    target_name               = tgw-0f3a91
    auth_token                = <<k>>
    bundle_download_location  = /data/bundle.raucb
    retry_wait                = 300
    connect_timeout           = 20
    timeout                   = 60
    log_level                 = message

    [device]
    product                   = TGW-3
    model                     = tgw3-lte
    serialnumber              = 0F3A91
    hw_revision               = C
    """, k=_k)

_k = rand_pw(32)
S("swupdate-cfg", "hawkbit-target-token", "etc/swupdate.cfg",
  "SWUpdate configuration (libconfig syntax): suricatta section with tenant, id, url, targettoken", _k, """
    globals :
    {
        verbose = true;
        loglevel = 5;
        syslog = true;
        public-key-file = "/etc/swupdate/public.pem";
    };

    logcolors :
    {
        error = "red:blink";
        trace = "green:normal";
    };

    suricatta :
    {
        tenant      = "default";
        id          = "obu-7731";
        url         = "https://hawkbit.obu-fleet.net";
        polldelay   = 3600;
        nocheckcert = false;
        retry       = 4;
        retrywait   = 200;
        loglevel    = 10;
        targettoken = "<<k>>";
    };

    identify : (
        { name = "board"; value = "obu-imx6ull"; },
        { name = "hwrev"; value = "2"; }
    );
    """, k=_k)

_k = hexs(32)
S("shell", "hawkbit-gateway-token", "provision/firstboot-swupdate.sh",
  "First-boot script writing swupdate.cfg with a here-doc (suricatta gatewaytoken)", _k, """
    #!/bin/sh
    # Runs once on first boot (systemd: swupdate-firstboot.service)
    set -e
    SERIAL=$(cat /sys/firmware/devicetree/base/serial-number | tr -d '\\0')

    mkdir -p /etc/swupdate
    cat > /etc/swupdate/swupdate.cfg <<EOF
    globals : {
        verbose = false;
        loglevel = 3;
        public-key-file = "/etc/swupdate/public.pem";
    };
    suricatta : {
        tenant       = "default";
        id           = "${SERIAL}";
        url          = "https://ota.depot-chargers.io";
        polldelay    = 21600;
        gatewaytoken = "<<k>>";
    };
    EOF

    systemctl enable --now swupdate
    """, k=_k)

_k = passphrase()
S("toml", "p12-password", "etc/sota/conf.d/30-provision.toml",
  "aktualizr TOML configuration ([provision] provision_path / p12_password, [tls] server)", _k, """
    [provision]
    provision_path = "/var/sota/credentials.zip"
    primary_ecu_hardware_id = "tcu-imx8"
    p12_password = "<<k>>"
    mode = "SharedCredReuse"

    [tls]
    server = "https://4b3d9a21-77c4-4f0e-b1e5-2c6a8f0d9e13.device-gateway.ota.tcu-fleet.com:443"
    ca_source = "file"
    pkey_source = "file"
    cert_source = "file"

    [uptane]
    polling_sec = 600
    secondary_config_file = "/etc/sota/ecus/secondaries.json"

    [pacman]
    type = "ostree"
    os = "lmp"
    """, k=_k)

_k = pem("RSA", 14)
S("pem", "rauc-signing-key", "meta-tgw/recipes-core/rauc/files/release-signing.key.pem",
  "RAUC bundle signing key (PEM) committed next to the keyring in a Yocto layer", _k, """
    <<k>>
    """, k=_k)

_k = hexs(64)
S("json", "tuf-private-key", "uptane/keys/targets.json",
  "TUF/Uptane repository key file (keytype ed25519, keyval public/private hex)", _k, """
    {
      "keytype": "ed25519",
      "scheme": "ed25519",
      "keyid_hash_algorithms": ["sha256", "sha512"],
      "keyval": {
        "public": "<<pub>>",
        "private": "<<k>>"
      },
      "_role": "targets",
      "_repo": "image-repo-prod"
    }
    """, k=_k, pub=hexs(64))

_k = chars(32, ALNUM)
S("github-actions", "balena-api-key", ".github/workflows/balena-push.yml",
  "GitHub Actions step: balena login --token and balena push (balena CLI)", _k, """
    name: deploy-fleet
    on:
      push:
        branches: [main]

    jobs:
      push:
        runs-on: ubuntu-22.04
        steps:
          - uses: actions/checkout@v4
          - name: Install balena CLI
            run: |
              curl -sSL https://github.com/balena-io/balena-cli/releases/download/v18.2.2/balena-cli-v18.2.2-linux-x64-standalone.zip -o cli.zip
              unzip -q cli.zip && echo "$PWD/balena-cli" >> "$GITHUB_PATH"
          - name: Push release
            run: |
              balena login --token <<k>>
              balena push acme_ops/bus-displays --release-tag commit ${{ github.sha }}
    """, k=_k)

_k = fakes.aws_secret_key(_seed())
S("gitlab-ci", "aws-secret-key", "ota/.gitlab-ci.yml",
  "GitLab CI creating AWS IoT OTA update jobs (aws iot create-ota-update) with inline AWS variables", _k, """
    variables:
      AWS_DEFAULT_REGION: us-east-2
      AWS_ACCESS_KEY_ID: <<ak>>
      AWS_SECRET_ACCESS_KEY: <<k>>
      OTA_ROLE_ARN: arn:aws:iam::210987654321:role/iot-ota-service

    stages: [sign, release]

    sign:
      stage: sign
      script:
        - aws signer start-signing-job --source "s3={bucketName=tcu-fw,key=tcu-$CI_COMMIT_TAG.bin,version=null}" --profile-name tcu_fw_signing --destination "s3={bucketName=tcu-fw-signed}"

    release:
      stage: release
      script:
        - aws iot create-ota-update --ota-update-id "tcu-$CI_COMMIT_TAG" --targets arn:aws:iot:us-east-2:210987654321:thinggroup/tcu-pilot --files file://ota-files.json --role-arn "$OTA_ROLE_ARN" --protocols MQTT
      only: [tags]
    """, k=_k, ak=fakes.aws_key_id(_seed()))

_k = sas_key()
S("json", "azure-iot-connection-string", "etc/adu/du-config.json",
  "Azure Device Update agent du-config.json (agents[].connectionSource.connectionData = IoT Hub connection string)", _k, """
    {
      "schemaVersion": "1.1",
      "aduShellTrustedUsers": ["adu", "do"],
      "iotHubProtocol": "mqtt",
      "manufacturer": "Kestrel Mobility",
      "model": "TCU-5G",
      "agents": [
        {
          "name": "main",
          "runas": "adu",
          "connectionSource": {
            "connectionType": "string",
            "connectionData": "HostName=kestrel-fleet-prod.azure-devices.net;DeviceId=tcu-5g-000184;SharedAccessKey=<<k>>"
          },
          "manufacturer": "Kestrel Mobility",
          "model": "TCU-5G"
        }
      ]
    }
    """, k=_k)

_k = rand_pw(40)
S("yaml", "oauth-client-secret", ".config/fioctl.yaml",
  "Foundries.io fioctl configuration (factory, clientcredentials client_id/client_secret)", _k, """
    factory: tcu-fleet
    clientcredentials:
      client_id: fio-u-8c21d4e9a7
      client_secret: <<k>>
      token_type: Bearer
      expires_in: 0
      scopes:
        - devices:read-update
        - targets:read
    """, k=_k)

_k = human_pw()
S("spring-yaml", "amqp-password", "hawkbit/config/application.yml",
  "hawkBit DMF API over RabbitMQ (spring.rabbitmq.* in application.yml)", _k, """
    hawkbit:
      dmf:
        rabbitmq:
          enabled: true
          receiverQueue: dmf_receiver
          deadLetterQueue: dmf_connector_deadletter
    spring:
      rabbitmq:
        host: rabbitmq.ota.svc.cluster.local
        port: 5672
        virtual-host: /hawkbit
        username: hawkbit-dmf
        password: "<<k>>"
      servlet:
        multipart:
          max-file-size: 2GB
          max-request-size: 2GB
    """, k=_k)

# decoys ---------------------------------------------------------------------------------------

D("java-properties", "bcrypt-hash", "hawkbit-runtime/src/main/resources/application.properties",
  "hawkBit static user with a {bcrypt} password verifier (DelegatingPasswordEncoder)", """
    spring.datasource.url=jdbc:mariadb://hawkbit-db:3306/hawkbit
    spring.datasource.username=hawkbit
    spring.datasource.password=${HAWKBIT_DB_PASSWORD}

    hawkbit.security.user.ota-admin.tenant=DEFAULT
    hawkbit.security.user.ota-admin.password={bcrypt}<<h>>
    hawkbit.security.user.ota-admin.roles=TENANT_ADMIN

    hawkbit.server.ddi.security.authentication.targettoken.enabled=true
    """, h=bcrypt_hash())

D("pem", "certificate", "meta-tgw/recipes-core/rauc/files/ca.cert.pem",
  "RAUC keyring (CA certificate used to verify bundles)", """
    <<c>>
    """, c=cert_pem(18))

D("json", "tuf-signatures", "uptane/repo/metadata/targets.json",
  "TUF/Uptane signed targets metadata (keyid, sig, hashes)", """
    {
      "signatures": [
        {
          "keyid": "<<kid>>",
          "method": "ed25519",
          "sig": "<<sig>>"
        }
      ],
      "signed": {
        "_type": "Targets",
        "expires": "2025-06-01T00:00:00Z",
        "version": 42,
        "targets": {
          "tcu-imx8-lmp-2.3.0": {
            "hashes": {"sha256": "<<h>>"},
            "length": 734003200,
            "custom": {"hardwareIds": ["tcu-imx8"], "targetFormat": "OSTREE", "version": "2.3.0"}
          }
        }
      }
    }
    """, kid=hexs(64), sig=hexs(128), h=hexs(64))

D("htpasswd", "apr1-hash", "ota-nginx/htpasswd",
  "Apache htpasswd file (apr1 MD5 and bcrypt verifiers) protecting the artifact mirror", """
    ota-mirror:$apr1$<<s1>>$<<h1>>
    ci-upload:<<b>>
    fleet-ro:$apr1$<<s2>>$<<h2>>
    qa-bench:$apr1$<<s3>>$<<h3>>
    release-bot:$apr1$<<s4>>$<<h4>>
    """, s1=chars(8, "./" + ALNUM), h1=chars(22, "./" + ALNUM), b=bcrypt_hash(),
  s2=chars(8, "./" + ALNUM), h2=chars(22, "./" + ALNUM), s3=chars(8, "./" + ALNUM), h3=chars(22, "./" + ALNUM),
  s4=chars(8, "./" + ALNUM), h4=chars(22, "./" + ALNUM))

D("sw-description", "checksums", "swupdate/sw-description",
  "SWUpdate sw-description (libconfig) with sha256 of each image", """
    software =
    {
        version = "3.1.7";
        description = "OBU firmware";
        hardware-compatibility: [ "2" ];

        images: (
            {
                filename = "rootfs.ext4.gz";
                device = "/dev/mmcblk1p2";
                type = "raw";
                compressed = "zlib";
                sha256 = "<<a>>";
            },
            {
                filename = "zImage";
                path = "/boot/zImage";
                device = "/dev/mmcblk1p1";
                filesystem = "vfat";
                sha256 = "<<b>>";
            }
        );
    }
    """, a=hexs(64), b=hexs(64))

D("pem", "public-key", "swupdate/keys/public.pem",
  "SWUpdate image verification public key (public-key-file)", """
    <<p>>
    """, p=public_pem() + "\n# pinned for OBU rev 2 and later; rotate with the signing CA")

D("json", "checksums", "artifacts/telematics-gw-2.3.0.meta.json",
  "Mender artifact inspection output (mender-artifact read, payload checksums)", """
    {
      "name": "telematics-gw-2.3.0",
      "format": "mender",
      "version": 3,
      "compatible_devices": ["raspberrypi4-64"],
      "provides": {
        "artifact_name": "telematics-gw-2.3.0",
        "rootfs-image.checksum": "<<a>>",
        "rootfs-image.version": "telematics-gw-2.3.0"
      },
      "payloads": [
        {"type": "rootfs-image", "files": [{"name": "core-image-telematics.ext4", "size": 813694976,
          "checksum": "<<a>>"}]}
      ],
      "signature": "<<sig>>"
    }
    """, a=hexs(64), sig=rand_bytes_b64(256))

D("mender-conf", "no-token", "overlay/etc/mender/mender.conf",
  "Mender client config for the open-source server (no TenantToken; server certificate path)", """
    {
      "ServerURL": "https://mender.depot.internal",
      "ServerCertificate": "/etc/mender/server.crt",
      "UpdatePollIntervalSeconds": 1800,
      "InventoryPollIntervalSeconds": 28800,
      "RetryPollIntervalSeconds": 300,
      "DeviceTypeFile": "/var/lib/mender/device_type"
    }
    """)

D("bitbake-conf", "env-ref", "build-telematics/conf/auto.conf",
  "BitBake conf taking the Mender tenant token from the build environment (BB_ENV_PASSTHROUGH_ADDITIONS)", """
    # CI exports MENDER_TENANT_TOKEN from the protected variable; locally it stays empty (demo server).
    BB_ENV_PASSTHROUGH_ADDITIONS += "MENDER_TENANT_TOKEN"
    MENDER_SERVER_URL = "https://hosted.mender.io"
    MENDER_TENANT_TOKEN ?= "${@d.getVar('BB_ORIGENV').getVar('MENDER_TENANT_TOKEN') or ''}"
    MENDER_ARTIFACT_NAME = "telematics-gw-${DISTRO_VERSION}"
    """)

D("toml", "pkcs11-ref", "etc/sota/conf.d/20-hsm.toml",
  "aktualizr TOML using a PKCS#11 module; PIN comes from the keystore service", """
    [p11]
    module = "/usr/lib/softhsm/libsofthsm2.so"
    pass = "${SOTA_P11_PIN}"
    uptane_key_id = "03"
    tls_pkey_id = "01"
    tls_clientcert_id = "01"

    [tls]
    pkey_source = "pkcs11"
    cert_source = "pkcs11"
    """)

# ---------------------------------------------------------------------------------------------
# Dealership DMS integrations
# ---------------------------------------------------------------------------------------------
_k = okta_secret()
S("dotenv", "oauth-client-secret", "dms-bridge/.env",
  "Fortellis (CDK Global) API: OAuth2 client credentials against the Fortellis identity provider", _k, """
    # Fortellis marketplace app "ServiceLane Sync"
    FORTELLIS_TOKEN_URL=https://identity.fortellis.io/oauth2/aus1p1ixy7YL8cMq02p7/v1/token
    FORTELLIS_CLIENT_ID=0oa<<cid>>
    FORTELLIS_CLIENT_SECRET=<<k>>
    FORTELLIS_SCOPE=anonymous
    FORTELLIS_SUBSCRIPTION_ID=<<sub>>

    DMS_SYNC_INTERVAL_MIN=15
    DMS_DEALER_IDS=3PA0012,3PA0098
    """, k=_k, cid=chars(17, ALNUM), sub=uuid_s())

_k = okta_secret()
S("csharp", "oauth-client-secret", "src/DmsConnector/Fortellis/FortellisAuth.cs",
  "C# HttpClient client-credentials token request (Fortellis identity, Basic client auth)", _k, """
    using System.Net.Http.Headers;
    using System.Text;
    using System.Text.Json;

    namespace DmsConnector.Fortellis;

    public static class FortellisAuth
    {
        private const string TokenUrl = "https://identity.fortellis.io/oauth2/aus1p1ixy7YL8cMq02p7/v1/token";
        private const string ClientId = "0oa<<cid>>";
        private const string ClientSecret = "<<k>>";

        public static async Task<string> GetTokenAsync(HttpClient http)
        {
            var basic = Convert.ToBase64String(Encoding.ASCII.GetBytes($"{ClientId}:{ClientSecret}"));
            using var req = new HttpRequestMessage(HttpMethod.Post, TokenUrl)
            {
                Content = new FormUrlEncodedContent(new Dictionary<string, string>
                {
                    ["grant_type"] = "client_credentials",
                    ["scope"] = "anonymous",
                }),
            };
            req.Headers.Authorization = new AuthenticationHeaderValue("Basic", basic);
            var resp = await http.SendAsync(req);
            resp.EnsureSuccessStatusCode();
            using var doc = JsonDocument.Parse(await resp.Content.ReadAsStringAsync());
            return doc.RootElement.GetProperty("access_token").GetString()!;
        }
    }
    """, k=_k, cid=chars(17, ALNUM))

_k = human_pw()
SV("app-config", "dms-password", "RciBridge/App.config",
   ".NET App.config appSettings (Reynolds & Reynolds RCI credentials), CRLF line ends", _k, crlf(T("""
    <?xml version="1.0" encoding="utf-8"?>
    <configuration>
      <startup>
        <supportedRuntime version="v4.0" sku=".NETFramework,Version=v4.8" />
      </startup>
      <appSettings>
        <add key="RciEndpoint" value="https://rci.reyrey.net/ws/RCIService.svc" />
        <add key="RciDealerNumber" value="PPS0421" />
        <add key="RciStoreNumber" value="01" />
        <add key="RciBranchNumber" value="01" />
        <add key="RciUser" value="svc_partsbridge" />
        <add key="RciPassword" value="<<k>>" />
        <add key="PollMinutes" value="10" />
      </appSettings>
      <system.diagnostics>
        <trace autoflush="true" />
      </system.diagnostics>
    </configuration>
    """, k=_k)))

_k = words_pw()
S("soap-xml", "wsse-password", "soap/opentrack/GetPartsInventory.xml",
  "Dealertrack OpenTrack SOAP request with WS-Security UsernameToken (PasswordText)", _k, """
    <soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/"
                      xmlns:wsse="http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-secext-1.0.xsd"
                      xmlns:dms="opentrack.dealertrack.com">
      <soapenv:Header>
        <wsse:Security soapenv:mustUnderstand="1">
          <wsse:UsernameToken>
            <wsse:Username>ALLPARTS_API</wsse:Username>
            <wsse:Password Type="http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-username-token-profile-1.0#PasswordText"><<k>></wsse:Password>
          </wsse:UsernameToken>
        </wsse:Security>
      </soapenv:Header>
      <soapenv:Body>
        <dms:PartsInventoryLookup>
          <dms:Dealer>
            <dms:EnterpriseCode>ZE</dms:EnterpriseCode>
            <dms:CompanyNumber>ZE7</dms:CompanyNumber>
            <dms:ServerName>arkonap.arkona.com</dms:ServerName>
          </dms:Dealer>
          <dms:LookupParms>
            <dms:PartNumber>04465-0E010</dms:PartNumber>
          </dms:LookupParms>
        </dms:PartsInventoryLookup>
      </soapenv:Body>
    </soapenv:Envelope>
    """, k=_k)

_k = season_pw()
SV("web-config", "connection-string-password", "LeadPortal/Web.config",
   "ASP.NET Web.config connectionStrings (SQL Server, User ID/Password), CRLF line ends", _k, crlf(T("""
    <?xml version="1.0" encoding="utf-8"?>
    <configuration>
      <connectionStrings>
        <add name="DealerCrm"
             connectionString="Data Source=sql-crm02.motorgroup.local;Initial Catalog=DealerCRM;User ID=crm_web;Password=<<k>>;MultipleActiveResultSets=True"
             providerName="System.Data.SqlClient" />
      </connectionStrings>
      <appSettings>
        <add key="webpages:Version" value="3.0.0.0" />
        <add key="LeadImportFolder" value="\\\\fs01\\leads\\adf" />
      </appSettings>
      <system.web>
        <compilation debug="false" targetFramework="4.7.2" />
        <httpRuntime targetFramework="4.7.2" maxRequestLength="20480" />
        <customErrors mode="RemoteOnly" />
      </system.web>
    </configuration>
    """, k=_k)))

_k = rand_pw(14, "!#%")
S("shell", "sftp-password", "jobs/push_inventory_feed.sh",
  "lftp mirror over SFTP with -u user,password (inventory feed to a listing site)", _k, """
    #!/bin/bash
    # Nightly used-car inventory feed (Homenet-style CSV) -> marketplace SFTP
    set -eu
    FEED=/var/feeds/inventory_$(date +%Y%m%d).csv
    python3 /opt/feeds/export_inventory.py --store 0421 --out "$FEED"

    lftp -u 'motorgroup0421','<<k>>' sftp://feeds.autolistings-partner.com <<EOF
    set sftp:auto-confirm yes
    cd /incoming
    put $FEED -o inventory.csv
    bye
    EOF
    """, k=_k)

_k = human_pw()
S("java-properties", "dms-password", "src/main/resources/config-prod.properties",
  "MuleSoft app properties file (secure properties not used; dms.* plain)", _k, """
    # HTTP listener
    http.port=8081
    http.basePath=/api/dms

    # DMS system API (DealerBuilt LightYear)
    dms.host=api.dealerbuilt.com
    dms.port=443
    dms.basePath=/v1
    dms.username=mule_integration
    dms.password=<<k>>
    dms.storeId=4412

    # retry policy
    retry.count=3
    retry.frequency=2000
    """, k=_k)

_k = words_pw()
SV("powershell", "sql-password", "scripts/Export-ServiceROs.ps1",
   "PowerShell Invoke-Sqlcmd with -Username/-Password (SqlServer module), CRLF line ends", _k, crlf(T("""
    # Export yesterday's closed repair orders for the warranty team
    Import-Module SqlServer

    $server = "dms-sql01.autogroup.local"
    $database = "DMS_Service"
    $outFile = "\\\\fs02\\warranty\\ro_$(Get-Date -Format yyyyMMdd).csv"

    $query = @"
    SELECT ro_number, vin, close_date, labor_total, parts_total, advisor_id
    FROM dbo.repair_orders
    WHERE status = 'CLOSED' AND close_date >= DATEADD(day, -1, CAST(GETDATE() AS date))
    "@

    Invoke-Sqlcmd -ServerInstance $server -Database $database `
        -Username "svc_warranty" -Password "<<k>>" `
        -Query $query -TrustServerCertificate |
        Export-Csv -Path $outFile -NoTypeInformation

    Write-Host "Exported to $outFile"
    """, k=_k)))

_k = chars(32, ALNUM)
S("python", "url-query-api-key", "pricing/vin_market_value.py",
  "MarketCheck Cars API: api_key query parameter on /v2/predict/car/price", _k, """
    import requests

    URL = "https://mc-api.marketcheck.com/v2/predict/car/price"


    def market_value(vin: str, miles: int, zip_code: str) -> dict:
        url = f"{URL}?api_key=<<k>>&vin={vin}&miles={miles}&zip={zip_code}&dealer_type=franchise"
        resp = requests.get(url, timeout=15)
        resp.raise_for_status()
        return resp.json()


    if __name__ == "__main__":
        print(market_value("<<vin>>", 41250, "30303"))
    """, k=_k, vin=vin())

_k = sendgrid_key()
S("javascript", "sendgrid-api-key", "lead-followup/config/production.js",
  "Node config module (config package) with the SendGrid API key for lead follow-up e-mail", _k, """
    module.exports = {
      crm: {
        baseUrl: "https://crm.motorgroup.example/api",
        pageSize: 200,
      },
      mail: {
        provider: "sendgrid",
        apiKey: "<<k>>",
        from: { email: "sales@riversidemotors.example", name: "Riverside Motors" },
        templates: {
          testDriveReminder: "d-5c1f0a7b2e8d4c9a9f1e3b6d7a2c4e8f",
          serviceDue: "d-0b9e2d4f6a8c1e3f5a7b9d1f3e5a7c9b",
        },
      },
      schedule: { cron: "*/10 8-20 * * *" },
    };
    """, k=_k)

_k = human_pw()
S("php", "api-password", "config/services.php",
  "Laravel config/services.php third-party credentials (Black Book used-vehicle values API)", _k, """
    <?php

    return [

        'mailgun' => [
            'domain' => env('MAILGUN_DOMAIN'),
            'secret' => env('MAILGUN_SECRET'),
        ],

        'blackbook' => [
            'endpoint' => 'https://service.blackbookcloud.com/UsedCarWS/UsedCarWS/UsedVehicle',
            'customer_id' => 'RIVERSIDE01',
            'username' => 'riverside_api',
            'password' => '<<k>>',
            'timeout' => 10,
        ],

    ];
    """, k=_k)

# decoys ---------------------------------------------------------------------------------------

D("adf-xml", "lead", "samples/leads/adf_lead_20240611.xml",
  "ADF (Auto-lead Data Format) XML lead as sent to dealer CRMs", """
    <?xml version="1.0" encoding="UTF-8"?>
    <?adf version="1.0"?>
    <adf>
      <prospect status="new">
        <id sequence="1" source="AutoListings">LST-<<lid>></id>
        <requestdate>2024-06-11T14:05:22-05:00</requestdate>
        <vehicle interest="buy" status="used">
          <year>2021</year>
          <make>Toyota</make>
          <model>RAV4</model>
          <vin><<vin>></vin>
          <stock>U24117</stock>
          <price type="asking" currency="USD">27995</price>
        </vehicle>
        <customer>
          <contact>
            <name part="first">Dana</name>
            <name part="last">Whitfield</name>
            <email>dana.whitfield@example.com</email>
            <phone type="cellphone">555-0142</phone>
          </contact>
          <comments>Is this still available? Interested in a test drive Saturday.</comments>
        </customer>
        <vendor>
          <vendorname>Riverside Motors</vendorname>
        </vendor>
      </prospect>
    </adf>
    """, lid=digits(9), vin=vin())

SV_TEXT = crlf(T("""
    <?xml version="1.0" encoding="utf-8"?>
    <configuration>
      <configProtectedData>
        <providers>
          <add name="DataProtectionConfigurationProvider" type="System.Configuration.DpapiProtectedConfigurationProvider" />
        </providers>
      </configProtectedData>
      <connectionStrings configProtectionProvider="DataProtectionConfigurationProvider">
        <EncryptedData>
          <CipherData>
            <CipherValue><<c>></CipherValue>
          </CipherData>
        </EncryptedData>
      </connectionStrings>
      <appSettings>
        <add key="RciEndpoint" value="https://rci.reyrey.net/ws/RCIService.svc" />
        <add key="PollMinutes" value="10" />
      </appSettings>
    </configuration>
    """, c=rand_bytes_b64(360)))
DV("app-config", "dpapi-ciphertext", "RciBridge.Prod/App.config",
   ".NET App.config with connectionStrings protected by aspnet_regiis/DPAPI (EncryptedData CipherValue)", SV_TEXT)

D("dotenv", "empty", "dms-bridge/.env.example",
  "Example dotenv with empty values (Fortellis client credentials)", """
    # Copy to .env and fill from the Fortellis developer console
    FORTELLIS_TOKEN_URL=https://identity.fortellis.io/oauth2/aus1p1ixy7YL8cMq02p7/v1/token
    FORTELLIS_CLIENT_ID=
    FORTELLIS_CLIENT_SECRET=
    FORTELLIS_SCOPE=anonymous
    FORTELLIS_SUBSCRIPTION_ID=
    DMS_SYNC_INTERVAL_MIN=15
    """)

D("json", "vins", "tests/fixtures/deal_jacket_U24117.json",
  "Deal jacket fixture (VIN, stock numbers, deal ids; no credentials)", """
    {
      "dealId": "<<d>>",
      "store": "0421",
      "stockNumber": "U24117",
      "vehicle": {"vin": "<<v1>>", "year": 2021, "make": "Toyota", "model": "RAV4", "odometer": 41250},
      "tradeIn": {"vin": "<<v2>>", "year": 2015, "make": "Honda", "model": "CR-V", "payoff": 6120.44},
      "lender": {"name": "Ally", "contractId": "AL-<<c>>"},
      "documents": [
        {"type": "buyers_order", "sha1": "<<s1>>"},
        {"type": "odometer_statement", "sha1": "<<s2>>"}
      ]
    }
    """, d=uuid_s(), v1=vin(), v2=vin(), c=digits(10), s1=hexs(40), s2=hexs(40))

D("php", "env-ref", "config/services.example.php",
  "Laravel config/services.php reading credentials with env()", """
    <?php

    return [
        'blackbook' => [
            'endpoint' => env('BLACKBOOK_ENDPOINT', 'https://service.blackbookcloud.com/UsedCarWS/UsedCarWS/UsedVehicle'),
            'customer_id' => env('BLACKBOOK_CUSTOMER_ID'),
            'username' => env('BLACKBOOK_USERNAME'),
            'password' => env('BLACKBOOK_PASSWORD'),
            'timeout' => 10,
        ],
    ];
    """)

# ---------------------------------------------------------------------------------------------
# Vehicle-data pipelines
# ---------------------------------------------------------------------------------------------
_k = rand_pw(24)
S("java-properties", "kafka-sasl-password", "ingest/config/client.properties",
  "Kafka client.properties: SASL/SCRAM with sasl.jaas.config (ScramLoginModule username/password)", _k, """
    bootstrap.servers=kafka-0.telemetry.internal:9094,kafka-1.telemetry.internal:9094,kafka-2.telemetry.internal:9094
    security.protocol=SASL_SSL
    sasl.mechanism=SCRAM-SHA-512
    sasl.jaas.config=org.apache.kafka.common.security.scram.ScramLoginModule required \\
        username="can-ingest" \\
        password="<<k>>";
    ssl.truststore.location=/etc/kafka/truststore.jks
    ssl.truststore.type=JKS

    acks=all
    compression.type=zstd
    linger.ms=20
    batch.size=262144
    """, k=_k)

_k = confluent_secret()
S("python", "confluent-api-secret", "pipelines/vehicle_events_producer.py",
  "confluent-kafka Producer config for Confluent Cloud (sasl.username = API key, sasl.password = API secret)", _k, """
    import json
    import time

    from confluent_kafka import Producer

    conf = {
        "bootstrap.servers": "pkc-4nmjv.francecentral.azure.confluent.cloud:9092",
        "security.protocol": "SASL_SSL",
        "sasl.mechanisms": "PLAIN",
        "sasl.username": "<<key>>",
        "sasl.password": "<<k>>",
        "client.id": "vehicle-events-producer",
        "linger.ms": 50,
    }

    producer = Producer(conf)


    def publish(vin: str, event: dict) -> None:
        producer.produce("vehicle.events.v1", key=vin, value=json.dumps(event).encode())
        producer.poll(0)


    if __name__ == "__main__":
        publish("<<vin>>", {"type": "ignition_on", "ts": time.time()})
        producer.flush(10)
    """, k=_k, key=confluent_key(), vin=vin())

_k = storage_key()
S("databricks-notebook", "azure-storage-key", "notebooks/bronze_can_signals.py",
  "Databricks notebook source (.py export with COMMAND cells) setting fs.azure.account.key", _k, """
    # Databricks notebook source
    # MAGIC %md
    # MAGIC # Bronze: decoded CAN signals -> Delta

    # COMMAND ----------

    spark.conf.set(
        "fs.azure.account.key.vehlakeprod.dfs.core.windows.net",
        "<<k>>",
    )

    # COMMAND ----------

    raw = (spark.read.format("parquet")
           .load("abfss://raw@vehlakeprod.dfs.core.windows.net/canedge/2024/06/"))
    raw.createOrReplaceTempView("raw_signals")

    # COMMAND ----------

    (spark.table("raw_signals")
     .withColumnRenamed("t", "ts")
     .write.format("delta").mode("append")
     .saveAsTable("bronze.can_signals"))
    """, k=_k)

_k = influx_token()
S("telegraf-conf", "influxdb-token", "telegraf/telegraf.d/outputs.conf",
  "Telegraf [[outputs.influxdb_v2]] with urls, token, organization, bucket", _k, """
    [[outputs.influxdb_v2]]
      urls = ["https://influx.fleetdata.io:8086"]
      ## Token for authentication.
      token = "<<k>>"
      organization = "fleet-analytics"
      bucket = "vehicle_telemetry"
      timeout = "10s"
      content_encoding = "gzip"

    [[inputs.mqtt_consumer]]
      servers = ["tcp://mosquitto:1883"]
      topics = ["fleet/+/telemetry"]
      data_format = "json_v2"
      [[inputs.mqtt_consumer.json_v2]]
        measurement_name = "telemetry"
        [[inputs.mqtt_consumer.json_v2.field]]
          path = "speed"
          type = "float"
    """, k=_k)

_k = words_pw()
S("dotenv", "postgres-url", "services/trip-api/.env.staging",
  "dotenv with a DATABASE_URL (postgres://user:password@host/db) for TimescaleDB", _k, """
    NODE_ENV=staging
    PORT=3001
    DATABASE_URL=postgres://trip_api:<<k>>@tsdb-staging.fleetdata.io:5432/telemetry?sslmode=require
    TRIP_GAP_MINUTES=5
    MIN_TRIP_METERS=300
    CORS_ORIGINS=https://staging.fleetboard.app
    """, k=_k)

_k = human_pw()
S("python", "mqtt-password", "edge/publisher.py",
  "paho-mqtt client: username_pw_set + tls_set, publishing vehicle telemetry", _k, """
    import json
    import time

    import paho.mqtt.client as mqtt
    import obd

    BROKER = "mqtt.fleetdata.io"
    VEHICLE = "van-031"

    client = mqtt.Client(client_id=VEHICLE, protocol=mqtt.MQTTv311)
    client.username_pw_set(VEHICLE, "<<k>>")
    client.tls_set()
    client.connect(BROKER, 8883, keepalive=60)
    client.loop_start()

    conn = obd.OBD()
    while True:
        rpm = conn.query(obd.commands.RPM).value
        speed = conn.query(obd.commands.SPEED).value
        payload = {"rpm": rpm.magnitude if rpm else None, "speed": speed.magnitude if speed else None,
                   "ts": int(time.time())}
        client.publish(f"fleet/{VEHICLE}/telemetry", json.dumps(payload), qos=1)
        time.sleep(5)
    """, k=_k)

_k = fakes.aws_secret_key(_seed())
S("aws-credentials", "aws-secret-key", "deploy/aws/credentials",
  "AWS shared credentials file (named profile aws_access_key_id / aws_secret_access_key)", _k, """
    [default]
    region = eu-west-1

    [telemetry-ingest]
    aws_access_key_id = <<ak>>
    aws_secret_access_key = <<k>>
    region = eu-west-1

    [fleetwise-readonly]
    role_arn = arn:aws:iam::445566778899:role/fleetwise-readonly
    source_profile = telemetry-ingest
    """, k=_k, ak=fakes.aws_key_id(_seed()))

_k = sas_key()
S("spring-yaml", "eventhubs-connection-string", "stream-processor/src/main/resources/application.yaml",
  "Spring Kafka against Azure Event Hubs (PLAIN, username $ConnectionString, password = connection string)", _k, """
    spring:
      kafka:
        bootstrap-servers: evh-vehicle-prod.servicebus.windows.net:9093
        properties:
          security.protocol: SASL_SSL
          sasl.mechanism: PLAIN
          sasl.jaas.config: >-
            org.apache.kafka.common.security.plain.PlainLoginModule required
            username="$ConnectionString"
            password="Endpoint=sb://evh-vehicle-prod.servicebus.windows.net/;SharedAccessKeyName=stream-processor;SharedAccessKey=<<k>>";
        consumer:
          group-id: trip-builder
          auto-offset-reset: earliest
    app:
      topics:
        telemetry: vehicle-telemetry
        trips: vehicle-trips
    """, k=_k)

_pk = pem("", 10)
_k = _pk.replace("\n", "\\n")
_sa = {"type": "service_account", "project_id": "fleet-analytics-prod", "private_key_id": hexs(40),
       "private_key": _pk + "\n", "client_email": "bq-loader@fleet-analytics-prod.iam.gserviceaccount.com",
       "client_id": digits(21), "auth_uri": "https://accounts.google.com/o/oauth2/auth",
       "token_uri": "https://oauth2.googleapis.com/token",
       "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",
       "client_x509_cert_url": "https://www.googleapis.com/robot/v1/metadata/x509/bq-loader%40fleet-analytics-prod.iam.gserviceaccount.com",
       "universe_domain": "googleapis.com"}
S("gcp-service-account", "private-key-json-escaped", "keys/bq-loader.json",
  "Google Cloud service account key file (JSON with private_key, \\n-escaped PEM)", _k,
  "<<sa>>", sa=json.dumps(_sa, indent=2))

_k = season_pw()
S("dbt-profiles", "snowflake-password", "dbt/profiles.yml",
  "dbt profiles.yml (Snowflake target: account, user, password, role, warehouse)", _k, """
    fleet_analytics:
      target: prod
      outputs:
        prod:
          type: snowflake
          account: xy12345.eu-central-1
          user: DBT_FLEET
          password: "<<k>>"
          role: TRANSFORMER
          database: FLEET
          warehouse: TRANSFORM_WH
          schema: marts
          threads: 8
          client_session_keep_alive: false
        dev:
          type: snowflake
          account: xy12345.eu-central-1
          user: "{{ env_var('DBT_USER') }}"
          authenticator: externalbrowser
          role: TRANSFORMER_DEV
          database: FLEET_DEV
          warehouse: DEV_WH
          schema: "dbt_{{ env_var('DBT_USER') | lower }}"
          threads: 4
    """, k=_k)

_k = rand_pw(20)
S("docker-compose", "connection-uri-password", "airflow/docker-compose.override.yml",
  "Airflow connection from an AIRFLOW_CONN_<ID> environment variable (URI form)", _k, """
    services:
      airflow-scheduler:
        environment:
          AIRFLOW_CONN_TELEMATICS_DB: "postgresql://airflow_ro:<<k>>@tsdb.fleetdata.io:5432/telemetry?sslmode=require"
          AIRFLOW_CONN_FLEET_S3: "aws://?region_name=eu-west-1"
          AIRFLOW__CORE__LOAD_EXAMPLES: "false"
      airflow-worker:
        environment:
          AIRFLOW_CONN_TELEMATICS_DB: "postgresql://airflow_ro:<<k>>@tsdb.fleetdata.io:5432/telemetry?sslmode=require"
    """, k=_k)

_k = words_pw()
S("grafana-provisioning", "datasource-password", "grafana/provisioning/datasources/timescale.yaml",
  "Grafana datasource provisioning file (secureJsonData.password)", _k, """
    apiVersion: 1

    datasources:
      - name: TimescaleDB
        type: grafana-postgresql-datasource
        url: tsdb.fleetdata.io:5432
        user: grafana_reader
        jsonData:
          database: telemetry
          sslmode: require
          timescaledb: true
          postgresVersion: 1500
        secureJsonData:
          password: '<<k>>'
        editable: false
    """, k=_k)

_k = rand_pw(18)
S("clickhouse-xml", "plaintext-password", "clickhouse/users.d/telemetry.xml",
  "ClickHouse users.d XML (users/<name>/password plaintext, networks, profile, quota)", _k, """
    <clickhouse>
        <users>
            <telemetry_writer>
                <password><<k>></password>
                <networks>
                    <ip>10.40.0.0/16</ip>
                </networks>
                <profile>default</profile>
                <quota>default</quota>
                <access_management>0</access_management>
            </telemetry_writer>
            <grafana>
                <password_sha256_hex><<h>></password_sha256_hex>
                <profile>readonly</profile>
                <quota>default</quota>
            </grafana>
        </users>
    </clickhouse>
    """, k=_k, h=hexs(64))

_k = human_pw()
S("logstash-conf", "elasticsearch-password", "logstash/pipeline/fleet-events.conf",
  "Logstash pipeline (kafka input, elasticsearch output with user/password)", _k, """
    input {
      kafka {
        bootstrap_servers => "kafka-0.telemetry.internal:9092"
        topics => ["vehicle.events.v1"]
        group_id => "logstash-fleet-events"
        codec => json
      }
    }

    filter {
      date { match => ["ts", "UNIX"] target => "@timestamp" }
      mutate { remove_field => ["[raw_frame]"] }
    }

    output {
      elasticsearch {
        hosts => ["https://es.fleetdata.io:9200"]
        index => "fleet-events-%{+YYYY.MM.dd}"
        user => "logstash_writer"
        password => "<<k>>"
        ssl_certificate_authorities => ["/usr/share/logstash/config/ca.crt"]
      }
    }
    """, k=_k)

_k = rand_pw(28)
S("fluent-bit-conf", "http-password", "fluent-bit/fluent-bit.conf",
  "Fluent Bit classic config: [OUTPUT] http with HTTP_User / HTTP_Passwd", _k, """
    [SERVICE]
        Flush        5
        Log_Level    info
        Parsers_File parsers.conf

    [INPUT]
        Name   tail
        Path   /var/log/tcu/*.log
        Tag    tcu.*
        Parser json

    [OUTPUT]
        Name        http
        Match       tcu.*
        Host        logs-ingest.fleetdata.io
        Port        443
        URI         /v1/ingest/tcu
        Format      json_lines
        tls         On
        HTTP_User   tcu-shipper
        HTTP_Passwd <<k>>
    """, k=_k)

_k = rand_pw(26)
S("yaml", "kafka-sasl-password", "connect/pipelines/canbus_to_s3.yaml",
  "Redpanda Connect (Benthos) pipeline: kafka_franz input with sasl mechanism/username/password", _k, """
    input:
      kafka_franz:
        seed_brokers: [ "redpanda-0.telemetry.svc:9092" ]
        topics: [ "canbus.decoded" ]
        consumer_group: canbus-archiver
        tls:
          enabled: true
        sasl:
          - mechanism: SCRAM-SHA-256
            username: canbus-archiver
            password: "<<k>>"

    pipeline:
      processors:
        - mapping: |
            root = this
            root.vin = meta("kafka_key")

    output:
      aws_s3:
        bucket: canbus-archive
        path: 'decoded/${! timestamp_unix() }-${! uuid_v4() }.json'
        batching:
          count: 5000
          period: 60s
    """, k=_k)

_k = rand_pw(32)
S("javascript", "node-red-credential-secret", "node-red/settings.js",
  "Node-RED settings.js (credentialSecret encrypts flows_cred.json)", _k, """
    module.exports = {
        flowFile: "flows.json",
        flowFilePretty: true,
        // key used to encrypt flows_cred.json - keep it stable across deploys
        credentialSecret: "<<k>>",
        uiPort: process.env.PORT || 1880,
        mqttReconnectTime: 15000,
        serialReconnectTime: 15000,
        adminAuth: {
            type: "credentials",
            users: [{
                username: "admin",
                password: "<<h>>",
                permissions: "*",
            }],
        },
        logging: { console: { level: "info", metrics: false, audit: false } },
        editorTheme: { projects: { enabled: false } },
    };
    """, k=_k, h=bcrypt_hash())

_k = words_pw()
S("json", "jdbc-sink-password", "connect/connectors/trips-jdbc-sink.json",
  "Kafka Connect JDBC sink connector config (connection.user / connection.password)", _k, """
    {
      "name": "trips-jdbc-sink",
      "config": {
        "connector.class": "io.confluent.connect.jdbc.JdbcSinkConnector",
        "tasks.max": "4",
        "topics": "vehicle.trips.v1",
        "connection.url": "jdbc:postgresql://tsdb.fleetdata.io:5432/telemetry",
        "connection.user": "connect_writer",
        "connection.password": "<<k>>",
        "insert.mode": "upsert",
        "pk.mode": "record_key",
        "pk.fields": "trip_id",
        "auto.create": "false",
        "key.converter": "org.apache.kafka.connect.storage.StringConverter",
        "value.converter": "io.confluent.connect.avro.AvroConverter",
        "value.converter.schema.registry.url": "http://schema-registry:8081"
      }
    }
    """, k=_k)

_k = fakes.github_token(_seed())
S("requirements", "github-token-url", "pipelines/requirements.txt",
  "pip requirements file with a VCS URL carrying a token (git+https://<token>@github.com/...)", _k, """
    confluent-kafka==2.4.0
    fastavro==1.9.4
    pandas==2.2.2
    pyarrow==16.1.0
    boto3==1.34.131
    # internal VSS helpers (private repo)
    vss-tools-fleet @ git+https://<<k>>@github.com/fleetdata-eng/vss-tools-fleet.git@v0.9.3
    cantools==39.4.5
    """, k=_k)

# decoys ---------------------------------------------------------------------------------------

D("sops-yaml", "sops-ciphertext", "deploy/secrets/telemetry.enc.yaml",
  "SOPS-encrypted YAML (values ENC[AES256_GCM,...], sops metadata with age recipients)", """
    kafka:
        username: ENC[AES256_GCM,data:Y2FuLWluZ2VzdA==,iv:<<iv>>=,tag:<<tag>>==,type:str]
        password: <<p1>>
    influx:
        token: <<p2>>
    sops:
        kms: []
        age:
            - recipient: age1ql3z7hjy54pw3hyww5ayyfg7zqgvc7w3j2elw8zmrj2kg5sfn9aqmcac8p
              enc: |
                -----BEGIN AGE ENCRYPTED FILE-----
                <<age1>>
                <<age2>>
                -----END AGE ENCRYPTED FILE-----
        lastmodified: "2024-05-29T08:14:51Z"
        mac: <<mac>>
        unencrypted_suffix: _unencrypted
        version: 3.8.1
    """, iv=chars(43, B64), tag=chars(22, B64), p1=sops_value(), p2=sops_value(),
  age1=chars(64, B64), age2=chars(40, B64), mac=sops_value())

D("k8s-sealedsecret", "sealed-ciphertext", "deploy/k8s/sealed-influx-token.yaml",
  "Bitnami SealedSecret (encryptedData is ciphertext only the controller can open)", """
    apiVersion: bitnami.com/v1alpha1
    kind: SealedSecret
    metadata:
      name: influx-token
      namespace: telemetry
    spec:
      encryptedData:
        INFLUX_TOKEN: <<a>>
        KAFKA_PASSWORD: <<b>>
      template:
        metadata:
          name: influx-token
          namespace: telemetry
        type: Opaque
    """, a="AgB" + chars(600, B64) + "==", b="AgC" + chars(560, B64) + "=")

D("k8s-externalsecret", "secret-manager-ref", "deploy/k8s/external-secret-kafka.yaml",
  "External Secrets Operator ExternalSecret pulling from AWS Secrets Manager", """
    apiVersion: external-secrets.io/v1beta1
    kind: ExternalSecret
    metadata:
      name: kafka-client
      namespace: telemetry
    spec:
      refreshInterval: 1h
      secretStoreRef:
        name: aws-secrets-manager
        kind: ClusterSecretStore
      target:
        name: kafka-client
        creationPolicy: Owner
      data:
        - secretKey: KAFKA_SASL_PASSWORD
          remoteRef:
            key: prod/telemetry/kafka/can-ingest
            property: password
        - secretKey: INFLUX_TOKEN
          remoteRef:
            key: prod/telemetry/influx
            property: token
    """)

D("terraform", "secret-manager-ref", "infra/telemetry/msk.tf",
  "Terraform reading the SCRAM secret from aws_secretsmanager_secret_version", """
    data "aws_secretsmanager_secret_version" "can_ingest" {
      secret_id = "AmazonMSK_prod_can_ingest"
    }

    locals {
      can_ingest = jsondecode(data.aws_secretsmanager_secret_version.can_ingest.secret_string)
    }

    resource "aws_msk_scram_secret_association" "telemetry" {
      cluster_arn     = aws_msk_cluster.telemetry.arn
      secret_arn_list = [data.aws_secretsmanager_secret_version.can_ingest.arn]
    }

    output "can_ingest_username" {
      value = local.can_ingest.username
    }
    """)

D("java-properties", "config-provider-ref", "connect/worker.properties",
  "Kafka Connect worker using FileConfigProvider (${file:path:key} indirection)", """
    bootstrap.servers=kafka-0.telemetry.internal:9094
    group.id=connect-telemetry
    config.providers=file
    config.providers.file.class=org.apache.kafka.common.config.provider.FileConfigProvider
    security.protocol=SASL_SSL
    sasl.mechanism=SCRAM-SHA-512
    sasl.jaas.config=org.apache.kafka.common.security.scram.ScramLoginModule required username="${file:/opt/connect/secrets/kafka.properties:username}" password="${file:/opt/connect/secrets/kafka.properties:password}";
    key.converter=org.apache.kafka.connect.storage.StringConverter
    value.converter=io.confluent.connect.avro.AvroConverter
    offset.storage.topic=_connect-offsets
    """)

D("telegraf-conf", "env-ref", "telegraf/telegraf.conf",
  "Telegraf config with $INFLUX_TOKEN environment substitution", """
    [agent]
      interval = "10s"
      flush_interval = "10s"
      hostname = "$HOSTNAME"

    [[outputs.influxdb_v2]]
      urls = ["https://influx.fleetdata.io:8086"]
      token = "${INFLUX_TOKEN}"
      organization = "fleet-analytics"
      bucket = "vehicle_telemetry"

    [[inputs.cpu]]
      percpu = false
    """)

D("dbt-profiles", "template", "dbt/ci/profiles.yml",
  "dbt profiles.yml with {{ env_var() }} Jinja for every credential", """
    fleet_analytics:
      target: ci
      outputs:
        ci:
          type: snowflake
          account: "{{ env_var('SNOWFLAKE_ACCOUNT') }}"
          user: "{{ env_var('SNOWFLAKE_USER') }}"
          password: "{{ env_var('SNOWFLAKE_PASSWORD') }}"
          role: TRANSFORMER_CI
          database: FLEET_CI
          warehouse: CI_WH
          schema: "ci_{{ env_var('GITHUB_RUN_ID', 'local') }}"
          threads: 4
    """)

D("avro", "schema", "schemas/vehicle_telemetry.avsc",
  "Avro schema for vehicle telemetry records (field named token_id is an RFID id, not a secret)", """
    {
      "type": "record",
      "name": "VehicleTelemetry",
      "namespace": "io.fleetdata.telemetry.v1",
      "fields": [
        {"name": "vin", "type": "string"},
        {"name": "ts", "type": {"type": "long", "logicalType": "timestamp-millis"}},
        {"name": "lat", "type": "double"},
        {"name": "lon", "type": "double"},
        {"name": "speed_kph", "type": ["null", "float"], "default": null},
        {"name": "soc_pct", "type": ["null", "float"], "default": null},
        {"name": "driver_token_id", "type": ["null", "string"], "default": null, "doc": "RFID card UID of the driver"},
        {"name": "password_protected_mode", "type": "boolean", "default": false}
      ]
    }
    """)

D("clickhouse-xml", "sha256-hash", "clickhouse/users.d/readers.xml",
  "ClickHouse users.d XML with password_sha256_hex / password_double_sha1_hex verifiers", """
    <clickhouse>
        <users>
            <grafana>
                <password_sha256_hex><<a>></password_sha256_hex>
                <profile>readonly</profile>
                <quota>default</quota>
            </grafana>
            <superset>
                <password_double_sha1_hex><<b>></password_double_sha1_hex>
                <profile>readonly</profile>
                <quota>default</quota>
            </superset>
        </users>
    </clickhouse>
    """, a=hexs(64), b=hexs(40))

D("mosquitto-passwd", "password-hash", "mosquitto/passwd",
  "mosquitto_passwd file ($7$ PBKDF2-SHA512 verifiers)", """
    van-017:$7$101$<<s1>>$<<h1>>
    van-031:$7$101$<<s2>>$<<h2>>
    depot-bridge-01:$7$101$<<s3>>$<<h3>>
    telegraf:$7$101$<<s4>>$<<h4>>
    node-red:$7$101$<<s5>>$<<h5>>
    """, s1=rand_bytes_b64(12), h1=rand_bytes_b64(64), s2=rand_bytes_b64(12), h2=rand_bytes_b64(64),
  s3=rand_bytes_b64(12), h3=rand_bytes_b64(64), s4=rand_bytes_b64(12), h4=rand_bytes_b64(64),
  s5=rand_bytes_b64(12), h5=rand_bytes_b64(64))

D("json", "checksums", "lake/manifests/canedge_2024-06-03.manifest.json",
  "S3 Inventory manifest (file keys with MD5 checksums and ETags)", """
    {
      "sourceBucket": "canedge-fleet-raw",
      "destinationBucket": "arn:aws:s3:::fleet-lake-inventory",
      "version": "2016-11-30",
      "creationTimestamp": "1717372800000",
      "fileFormat": "Parquet",
      "fileSchema": "message s3.inventory { required binary bucket (STRING); required binary key (STRING); optional int64 size; optional binary e_tag (STRING); }",
      "files": [
        {"key": "inventory/canedge/data/<<u1>>.parquet", "size": 48211, "MD5checksum": "<<m1>>"},
        {"key": "inventory/canedge/data/<<u2>>.parquet", "size": 50977, "MD5checksum": "<<m2>>"},
        {"key": "inventory/canedge/data/<<u3>>.parquet", "size": 47730, "MD5checksum": "<<m3>>"}
      ]
    }
    """, u1=uuid_s(), u2=uuid_s(), u3=uuid_s(), m1=hexs(32), m2=hexs(32), m3=hexs(32))

D("k8s-yaml", "image-digest", "deploy/k8s/trip-builder-deployment.yaml",
  "Kubernetes Deployment pinned by image digest, env from secretKeyRef", """
    apiVersion: apps/v1
    kind: Deployment
    metadata:
      name: trip-builder
      namespace: telemetry
    spec:
      replicas: 3
      selector:
        matchLabels: {app: trip-builder}
      template:
        metadata:
          labels: {app: trip-builder}
          annotations:
            checksum/config: <<c>>
        spec:
          containers:
            - name: trip-builder
              image: ghcr.io/fleetdata-eng/trip-builder@sha256:<<d>>
              env:
                - name: KAFKA_SASL_PASSWORD
                  valueFrom:
                    secretKeyRef: {name: kafka-client, key: KAFKA_SASL_PASSWORD}
                - name: TRIP_GAP_MINUTES
                  value: "5"
    """, c=hexs(64), d=hexs(64))

D("markdown", "commit-shas", "CHANGELOG.md",
  "Changelog listing commit SHAs and release tags", """
    # Changelog

    ## 2.3.0 - 2024-06-01
    - Trip builder: merge trips split by tunnels (<<a>>)
    - Decode J1939 SPN 5054 for DEF level (<<b>>)
    - Bump confluent-kafka to 2.4.0 (<<c>>)

    ## 2.2.1 - 2024-05-12
    - Fix SoC rounding for 800V packs (<<d>>)
    - Revert "buffer MQTT publishes offline" (reverts <<e>>)
    """, a=hexs(40), b=hexs(40), c=hexs(7), d=hexs(40), e=hexs(12))

_jwk = lambda: {"kty": "EC", "crv": "P-256", "kid": hexs(16), "use": "sig", "alg": "ES256",
                "x": b64url(bytes(_rng().getrandbits(8) for _ in range(32))),
                "y": b64url(bytes(_rng().getrandbits(8) for _ in range(32)))}
D("json", "jwks-public", "public/.well-known/jwks.json",
  "JSON Web Key Set with public EC keys (x/y only, no d) for the vehicle API", """
    <<j>>
    """, j=json.dumps({"keys": [_jwk(), _jwk()]}, indent=2))

D("grafana-dashboard", "uids", "grafana/dashboards/fleet-overview.json",
  "Grafana dashboard JSON (uid, datasource uid, panel ids)", """
    {
      "uid": "<<u>>",
      "title": "Fleet overview",
      "schemaVersion": 39,
      "version": 17,
      "panels": [
        {
          "id": 2,
          "type": "geomap",
          "title": "Live positions",
          "datasource": {"type": "grafana-postgresql-datasource", "uid": "<<ds>>"},
          "targets": [{"refId": "A", "rawSql": "SELECT vin, lat, lon FROM last_position"}]
        },
        {
          "id": 3,
          "type": "timeseries",
          "title": "Average SoC",
          "datasource": {"type": "grafana-postgresql-datasource", "uid": "<<ds>>"}
        }
      ]
    }
    """, u=chars(9, string.ascii_letters + string.digits), ds=chars(14, string.ascii_letters + string.digits))

def csr_pem(lines: int = 12) -> str:
    r = _rng()
    body = ["MIIC" + "".join(r.choice(B64) for _ in range(60))]
    body += ["".join(r.choice(B64) for _ in range(64)) for _ in range(lines - 1)]
    body.append("".join(r.choice(B64) for _ in range(30)) + "==")
    return "-----BEGIN CERTIFICATE REQUEST-----\n" + "\n".join(body) + "\n-----END CERTIFICATE REQUEST-----"


D("pem", "csr", "certs/csr/tcu-5g-000184.csr",
  "PKCS#10 certificate signing request (PEM) for a TCU device certificate", """
    <<c>>
    """, c=csr_pem())

D("databricks-notebook", "secret-scope-ref", "notebooks/silver_trips.py",
  "Databricks notebook using dbutils.secrets.get for the storage key", """
    # Databricks notebook source
    storage_account = "vehlakeprod"

    spark.conf.set(
        f"fs.azure.account.key.{storage_account}.dfs.core.windows.net",
        dbutils.secrets.get(scope="vehicle-lake", key="storage-account-key"),
    )

    # COMMAND ----------

    trips = spark.table("bronze.can_signals").groupBy("vin", "trip_id").agg({"speed": "max", "ts": "min"})
    trips.write.format("delta").mode("overwrite").saveAsTable("silver.trips")
    """)

D("python", "connection-ref", "airflow/dags/daily_mileage.py",
  "Airflow DAG using a connection id (credentials live in the Airflow metastore/secrets backend)", """
    from datetime import datetime

    from airflow import DAG
    from airflow.providers.postgres.operators.postgres import PostgresOperator

    with DAG(
        dag_id="daily_mileage",
        start_date=datetime(2024, 1, 1),
        schedule="15 3 * * *",
        catchup=False,
        tags=["fleet", "telemetry"],
    ) as dag:
        PostgresOperator(
            task_id="rollup_mileage",
            postgres_conn_id="telematics_db",
            sql="sql/rollup_mileage.sql",
            params={"tz": "Europe/Berlin"},
        )
    """)

D("python", "file-path", "edge/publisher_secure.py",
  "paho-mqtt client using X.509 client certificate and key file paths", """
    import paho.mqtt.client as mqtt

    VEHICLE = open("/etc/tcu/vehicle_id").read().strip()

    client = mqtt.Client(client_id=VEHICLE)
    client.tls_set(
        ca_certs="/etc/tcu/certs/AmazonRootCA1.pem",
        certfile=f"/etc/tcu/certs/{VEHICLE}-certificate.pem.crt",
        keyfile=f"/etc/tcu/certs/{VEHICLE}-private.pem.key",
    )
    client.connect("a1b2c3d4e5f6g7-ats.iot.eu-west-1.amazonaws.com", 8883)
    client.loop_forever()
    """)

D("github-actions", "secrets-context", ".github/workflows/pipeline-tests.yml",
  "GitHub Actions workflow using ${{ secrets.* }} and an ephemeral postgres service", """
    name: pipeline-tests
    on: [push, pull_request]

    jobs:
      test:
        runs-on: ubuntu-latest
        services:
          postgres:
            image: timescale/timescaledb:2.15.2-pg16
            env:
              POSTGRES_PASSWORD: postgres
            ports: ["5432:5432"]
        env:
          DATABASE_URL: postgres://postgres:postgres@localhost:5432/postgres
          CONFLUENT_API_KEY: ${{ secrets.CONFLUENT_API_KEY }}
          CONFLUENT_API_SECRET: ${{ secrets.CONFLUENT_API_SECRET }}
        steps:
          - uses: actions/checkout@v4
          - uses: actions/setup-python@v5
            with: {python-version: "3.12"}
          - run: pip install -r pipelines/requirements-dev.txt
          - run: pytest -q pipelines/tests
    """)

D("docker-compose", "env-interpolation", "compose.telemetry.yml",
  "Compose file with ${VAR:?} interpolation (values come from the host env / .env)", """
    services:
      timescaledb:
        image: timescale/timescaledb:2.15.2-pg16
        environment:
          POSTGRES_USER: telemetry
          POSTGRES_PASSWORD: ${TSDB_PASSWORD:?set TSDB_PASSWORD}
        volumes: [tsdb:/var/lib/postgresql/data]
      grafana:
        image: grafana/grafana:11.0.0
        environment:
          GF_SECURITY_ADMIN_PASSWORD__FILE: /run/secrets/grafana_admin
          GF_DATABASE_PASSWORD: ${GRAFANA_DB_PASSWORD}
        secrets: [grafana_admin]
    secrets:
      grafana_admin:
        file: ./secrets/grafana_admin.txt
    volumes:
      tsdb: {}
    """)

D("vault-template", "template", "vault-agent/templates/telegraf.ctmpl",
  "Vault Agent / consul-template file ({{ with secret }} renders the token at runtime)", """
    [[outputs.influxdb_v2]]
      urls = ["https://influx.fleetdata.io:8086"]
      {{ with secret "kv/data/telemetry/influx" -}}
      token = "{{ .Data.data.token }}"
      {{- end }}
      organization = "fleet-analytics"
      bucket = "vehicle_telemetry"
    """)

D("json", "uuids", "vss/overlay/fleet_overlay.json",
  "COVESA VSS overlay exported to JSON (every node carries a uuid)", """
    {
      "Vehicle": {
        "type": "branch",
        "uuid": "<<a>>",
        "children": {
          "Powertrain": {
            "type": "branch",
            "uuid": "<<b>>",
            "children": {
              "TractionBattery": {
                "type": "branch",
                "uuid": "<<c>>",
                "children": {
                  "StateOfCharge": {
                    "type": "branch",
                    "uuid": "<<d>>",
                    "children": {
                      "Displayed": {"type": "sensor", "datatype": "float", "unit": "percent", "uuid": "<<e>>"}
                    }
                  }
                }
              }
            }
          }
        }
      }
    }
    """, a=hexs(32), b=hexs(32), c=hexs(32), d=hexs(32), e=hexs(32))

D("k8s-secret", "non-secret-config", "deploy/k8s/telemetry-endpoints-secret.yaml",
  "Kubernetes Secret whose base64 data holds only endpoints and usernames (no credential)", """
    apiVersion: v1
    kind: Secret
    metadata:
      name: telemetry-endpoints
      namespace: telemetry
    type: Opaque
    data:
      KAFKA_BOOTSTRAP: <<a>>
      KAFKA_USERNAME: <<b>>
      INFLUX_URL: <<c>>
      INFLUX_ORG: <<d>>
    """, a=b64("kafka-0.telemetry.internal:9094"), b=b64("can-ingest"), c=b64("https://influx.fleetdata.io:8086"),
  d=b64("fleet-analytics"))

D("spark-conf", "instance-profile", "spark/conf/spark-defaults.conf",
  "spark-defaults.conf with S3A using the instance-profile credentials provider", """
    spark.master                                   k8s://https://kubernetes.default.svc
    spark.kubernetes.namespace                     telemetry
    spark.hadoop.fs.s3a.aws.credentials.provider   com.amazonaws.auth.InstanceProfileCredentialsProvider
    spark.hadoop.fs.s3a.endpoint                   s3.eu-west-1.amazonaws.com
    spark.hadoop.fs.s3a.fast.upload                true
    spark.sql.extensions                           io.delta.sql.DeltaSparkSessionExtension
    spark.sql.catalog.spark_catalog                org.apache.spark.sql.delta.catalog.DeltaCatalog
    """)

D("markdown", "placeholder", "docs/device-onboarding.md",
  "Azure IoT Hub device onboarding doc with placeholder connection string", """
    # Onboarding a TCU to IoT Hub

    1. Create the device identity:
       `az iot hub device-identity create --hub-name kestrel-fleet-prod --device-id <device-id>`
    2. Fetch its connection string and paste it into `/etc/adu/du-config.json` on the device
       (never into this repo):

    ```
    HostName=<hub-name>.azure-devices.net;DeviceId=<device-id>;SharedAccessKey=<device-primary-key>
    ```

    3. Restart `deviceupdate-agent` and check the twin in the portal.
    """)
