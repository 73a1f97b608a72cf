"""Blind set AS: logistics, fleet telematics, industrial IoT and manufacturing teams using Python.

Shipping carrier APIs (UPS, FedEx, DHL, USPS, EasyPost, Shippo, ShipStation), fleet telematics
(Samsara, Geotab, Motive, Webfleet), AWS IoT Core device keys, Azure IoT Hub / DPS / IoT Edge,
Google Cloud IoT leftovers, LoRaWAN and The Things Stack, Particle, MQTT brokers (mosquitto,
EMQX, HiveMQ) and Node-RED, OPC UA clients, PLC gateways (Modbus, Ignition), InfluxDB and
TimescaleDB sensor stores, edge provisioning (cloud-init, Tailscale, balena, Fleet), and
warehouse integrations (SFTP EDI drops, AS2, WMS databases), with their decoys: device IDs,
IMEIs, MAC addresses, tracking numbers, public certificates, placeholders of SDK examples,
template variables and env references. Generated fakes only (seeds 380000-389999).
"""
from __future__ import annotations

import base64
import json
import random
import string
import textwrap
from typing import List, Optional

from tests import fakes
from tests.accuracy.labelled import LabelledCase

ALNUM = string.ascii_letters + string.digits
HEX = "0123456789abcdef"
UPPER_ALNUM = string.ascii_uppercase + string.digits
BASE32 = string.ascii_uppercase + "234567"
_SEED = [380000]


def _rng() -> random.Random:
    _SEED[0] += 7
    assert _SEED[0] < 390000
    return random.Random(_SEED[0])


def _seed() -> int:
    _SEED[0] += 7
    assert _SEED[0] < 390000
    return _SEED[0]


WORDS = ["Forklift", "Pallet", "Conveyor", "Harbor", "Diesel", "Trailer", "Gantry", "Anchor", "Dock", "Crane",
         "Falcon", "Granite", "Tundra", "Beacon", "Copper", "Meadow", "Kestrel", "Basalt", "Cargo", "Freight"]
LOWER = ["reefer", "axle", "piston", "gasket", "bollard", "manifest", "hopper", "spindle", "gearbox", "tanker",
         "lattice", "rotor", "cobalt", "ferry", "quarry", "turbine"]


def words_pw() -> str:
    """What people choose: two words, a symbol and a number (Pallet#Harbor87)."""
    r = _rng()
    return r.choice(WORDS) + r.choice("!#$%@*&") + r.choice(WORDS) + str(r.randint(10, 9999))


def season_pw() -> str:
    r = _rng()
    return r.choice(["Summer", "winter", "Spring", "autumn", "Warehouse", "dock"]) + str(r.randint(2015, 2025)) + r.choice("!#$.?")


def passphrase() -> str:
    r = _rng()
    return "-".join(r.sample(LOWER, 4)) + str(r.randint(1, 99))


def rand_pw(n: int = 20, extra: str = "") -> str:
    r = _rng()
    while True:
        value = "".join(r.choice(ALNUM + extra) for _ in range(n))
        if any(c.isdigit() for c in value) and any(c.isupper() for c in value) and any(c.islower() for c in value):
            return value


def alnum(n: int) -> str:
    return fakes.drawn_mixed(_seed(), n)


def hexs(n: int, upper: bool = False) -> str:
    r = _rng()
    value = "".join(r.choice(HEX) for _ in range(n))
    return value.upper() if upper else value


def digits(n: int) -> str:
    r = _rng()
    return str(r.randint(1, 9)) + "".join(r.choice(string.digits) for _ in range(n - 1))


def b64bytes(n: int, urlsafe: bool = False) -> str:
    r = _rng()
    raw = bytes(r.getrandbits(8) for _ in range(n))
    return (base64.urlsafe_b64encode(raw) if urlsafe else base64.b64encode(raw)).decode()


def b64(s: str) -> str:
    return base64.b64encode(s.encode()).decode()


def uuid_s() -> str:
    return fakes.uuid4(_seed())


# ---- service credentials, as their issuers shape them ----------------------------------------

def ups_client_id() -> str:
    return alnum(48)


def ups_client_secret() -> str:
    return alnum(64)


def fedex_api_key() -> str:
    return "l7" + hexs(30)


def fedex_secret() -> str:
    return hexs(32)


def easypost_key() -> str:
    return fakes.fake("EZAK", 54, _seed())


def shippo_live() -> str:
    return "shippo_live_" + hexs(40)


def samsara_token() -> str:
    return fakes.fake("samsara_api_", 30, _seed())


def particle_token() -> str:
    return hexs(40)


def tts_key() -> str:
    r = _rng()
    return ("NNSXS." + "".join(r.choice(BASE32) for _ in range(39)) + "."
            + "".join(r.choice(BASE32) for _ in range(52)))


def influx_token() -> str:
    return b64bytes(64, urlsafe=True)


def sas_key() -> str:
    return b64bytes(32)


def tailscale_key() -> str:
    return "tskey-auth-k" + alnum(10) + "CNTRL-" + alnum(33)


def slack_webhook() -> str:
    r = _rng()
    return ("https://hooks.slack.com/services/T" + "".join(r.choice(UPPER_ALNUM) for _ in range(8)) + "/B"
            + "".join(r.choice(UPPER_ALNUM) for _ in range(10)) + "/" + "".join(r.choice(ALNUM) for _ in range(24)))


def google_maps_key() -> str:
    r = _rng()
    return "AIza" + "".join(r.choice(ALNUM + "_-") for _ in range(35))


def mapbox_secret() -> str:
    r = _rng()
    payload = json.dumps({"u": "northwind-logistics", "a": "cl" + "".join(r.choice(string.ascii_lowercase + string.digits) for _ in range(23))}, separators=(",", ":"))
    return "sk." + base64.urlsafe_b64encode(payload.encode()).decode().rstrip("=") + "." + "".join(r.choice(ALNUM + "_-") for _ in range(22))


def grafana_cloud_token() -> str:
    r = _rng()
    payload = json.dumps({"o": str(r.randint(100000, 999999)), "n": "edge-metrics-write",
                          "k": "".join(r.choice(ALNUM) for _ in range(24)), "m": {"r": "prod-eu-west-2"}},
                         separators=(",", ":"))
    return "glc_" + base64.b64encode(payload.encode()).decode()


def cert_pem(kind: str = "CERTIFICATE") -> str:
    r = _rng()
    lines = ["MII" + "".join(r.choice(ALNUM + "+/") for _ in range(61))]
    lines += ["".join(r.choice(ALNUM + "+/") for _ in range(64)) for _ in range(r.randint(8, 14))]
    lines.append("".join(r.choice(ALNUM + "+/") for _ in range(r.randint(10, 60))) + "=")
    return f"-----BEGIN {kind}-----\n" + "\n".join(lines) + f"\n-----END {kind}-----"


def public_key_pem() -> str:
    r = _rng()
    lines = ["MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA" + "".join(r.choice(ALNUM + "+/") for _ in range(20))]
    lines += ["".join(r.choice(ALNUM + "+/") for _ in range(64)) for _ in range(5)]
    lines.append("".join(r.choice(ALNUM + "+/") for _ in range(6)) + "IDAQAB")
    return "-----BEGIN PUBLIC KEY-----\n" + "\n".join(lines) + "\n-----END PUBLIC KEY-----"


def private_pem(kind: str = "RSA") -> str:
    return fakes.fake_pem(_seed(), kind)


def pkcs8_pem() -> str:
    return fakes.fake_pem(_seed(), "").replace("BEGIN  PRIVATE", "BEGIN PRIVATE").replace("END  PRIVATE", "END PRIVATE")


def ssh_ed25519_pub(comment: str) -> str:
    r = _rng()
    return "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI" + "".join(r.choice(ALNUM + "+/") for _ in range(43)) + " " + comment


def bcrypt_hash() -> str:
    r = _rng()
    return "$2b$10$" + "".join(r.choice(ALNUM + "./") for _ in range(53))


def mosquitto_hash() -> str:
    return "$7$101$" + b64bytes(12) + "$" + b64bytes(64)


def sha512_crypt() -> str:
    r = _rng()
    alphabet = ALNUM + "./"
    return "$6$rounds=4096$" + "".join(r.choice(alphabet) for _ in range(16)) + "$" + "".join(r.choice(alphabet) for _ in range(86))


def vault_blob() -> str:
    r = _rng()
    return "$ANSIBLE_VAULT;1.1;AES256\n" + "\n".join("".join(r.choice(HEX) for _ in range(80)) for _ in range(r.randint(5, 9)))


def sops_enc(plain_len: int, kind: str = "str") -> str:
    r = _rng()
    data = base64.b64encode(bytes(r.getrandbits(8) for _ in range(plain_len))).decode()
    return f"ENC[AES256_GCM,data:{data},iv:{b64bytes(32)},tag:{b64bytes(16)},type:{kind}]"


def imei() -> str:
    r = _rng()
    body = "35" + "".join(r.choice(string.digits) for _ in range(12))
    total = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            d = d - 9 if d > 9 else d
        total += d
    return body + str((10 - total % 10) % 10)


def mac() -> str:
    r = _rng()
    return ":".join(f"{r.randint(0, 255):02X}" for _ in range(6))


def vin() -> str:
    r = _rng()
    alphabet = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    return r.choice("1345") + "".join(r.choice(alphabet) for _ in range(16))


def ups_tracking() -> str:
    r = _rng()
    return "1Z" + "".join(r.choice(UPPER_ALNUM) for _ in range(6)) + "".join(r.choice(string.digits) for _ in range(10))


def eui() -> str:
    return hexs(16, upper=True)


def git_sha() -> str:
    return hexs(40)


def thumbprint() -> str:
    return hexs(40, upper=True)


def ind(text: str, spaces: int) -> str:
    """Indent every line but the first (the template places the first)."""
    return text.replace("\n", "\n" + " " * spaces)


def T(template: str, crlf: bool = False, **values: str) -> str:
    """A file's text: the template dedented, each «name» replaced by its value."""
    text = textwrap.dedent(template).lstrip("\n")
    for key, value in values.items():
        text = text.replace("«" + key + "»", value)
    assert "«" not in text, text
    return text.replace("\n", "\r\n") if crlf else text


def nb(cells: List[dict]) -> str:
    """A notebook as Jupyter writes it (indent 1)."""
    out = []
    count = 0
    for cell in cells:
        source = cell["source"].splitlines(keepends=True)
        if cell.get("kind", "code") == "markdown":
            out.append({"cell_type": "markdown", "metadata": {}, "source": source})
            continue
        outputs = []
        if cell.get("stdout"):
            outputs.append({"name": "stdout", "output_type": "stream", "text": cell["stdout"].splitlines(keepends=True)})
        count += 1
        out.append({"cell_type": "code", "execution_count": count, "metadata": {}, "outputs": outputs, "source": source})
    doc = {"cells": out, "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"},
                                      "language_info": {"name": "python", "version": "3.11.6"}},
           "nbformat": 4, "nbformat_minor": 5}
    return json.dumps(doc, indent=1, ensure_ascii=False) + "\n"


CASES: List[LabelledCase] = []


def S(fmt: str, kind: str, file_name: str, text: str, secret: str, source: str) -> None:
    """A file that carries one planted credential."""
    CASES.append(LabelledCase(f"blind-as/{fmt}/{kind}", file_name, text, secret, source))


def D(fmt: str, what: str, file_name: str, text: str, source: str) -> None:
    """A decoy: a look-alike a good gate must let through."""
    CASES.append(LabelledCase(f"blind-as/{fmt}/decoy-{what}", file_name, text, None, source))


def SV(fmt: str, kind: str, file_name: str, template: str, secret: str, source: str, crlf: bool = False, **values: str) -> None:
    """A secret case whose template names the secret «v»."""
    S(fmt, kind, file_name, T(template, crlf=crlf, v=secret, **values), secret, source)


def DV(fmt: str, what: str, file_name: str, template: str, source: str, crlf: bool = False, **values: str) -> None:
    D(fmt, what, file_name, T(template, crlf=crlf, **values), source)


# ============================================================================================
# Shipping carriers: UPS, FedEx, DHL, USPS, EasyPost, Shippo, ShipStation
# ============================================================================================

SV("python", "ups-client-secret", "shipping/carriers/ups_client.py", '''
    """Thin client for the UPS OAuth + Rating APIs (replaces the legacy XML access key flow)."""
    import base64
    import time

    import requests

    UPS_BASE = "https://onlinetools.ups.com"
    UPS_CLIENT_ID = "«cid»"
    UPS_CLIENT_SECRET = "«v»"
    UPS_ACCOUNT = "A1B2C3"


    class UpsClient:
        def __init__(self, session=None):
            self._session = session or requests.Session()
            self._token = None
            self._expires = 0.0

        def _bearer(self):
            if self._token and time.time() < self._expires - 60:
                return self._token
            basic = base64.b64encode(f"{UPS_CLIENT_ID}:{UPS_CLIENT_SECRET}".encode()).decode()
            resp = self._session.post(
                f"{UPS_BASE}/security/v1/oauth/token",
                data={"grant_type": "client_credentials"},
                headers={"Authorization": f"Basic {basic}", "x-merchant-id": UPS_ACCOUNT},
                timeout=15,
            )
            resp.raise_for_status()
            body = resp.json()
            self._token = body["access_token"]
            self._expires = time.time() + int(body["expires_in"])
            return self._token

        def rate(self, shipment: dict) -> dict:
            resp = self._session.post(
                f"{UPS_BASE}/api/rating/v2403/Rate",
                json={"RateRequest": {"Shipment": shipment}},
                headers={"Authorization": f"Bearer {self._bearer()}", "transId": str(time.time_ns())},
                timeout=30,
            )
            resp.raise_for_status()
            return resp.json()
''', ups_client_secret(), "https://developer.ups.com/api/reference/oauth/client-credentials", cid=ups_client_id())

SV("dotenv", "ups-client-secret", ".env.production", '''
    # WMS shipping service - production
    DJANGO_SETTINGS_MODULE=wms.settings.prod
    ALLOWED_HOSTS=wms.northwind-logistics.com
    LABEL_PRINTER_QUEUE=zebra-dock-04

    UPS_CLIENT_ID=«cid»
    UPS_CLIENT_SECRET=«v»
    UPS_SHIPPER_NUMBER=7X94W2
    UPS_USE_SANDBOX=false

    FEDEX_ACCOUNT_NUMBER=740561073
    DHL_ACCOUNT=959595959
    LOG_LEVEL=info
''', ups_client_secret(), "https://developer.ups.com/get-started", cid=ups_client_id())

SV("yaml", "fedex-secret-key", "config/carriers.yaml", '''
    # Carrier connections used by rate-shop service
    default_currency: USD
    carriers:
      fedex:
        enabled: true
        environment: production
        base_url: https://apis.fedex.com
        account_number: "740561073"
        api_key: «key»
        secret_key: «v»
        services: [FEDEX_GROUND, FEDEX_2_DAY, PRIORITY_OVERNIGHT]
      ups:
        enabled: true
        credentials_ref: vault://carriers/ups
      usps:
        enabled: false
    rate_cache_ttl_seconds: 900
''', fedex_secret(), "https://developer.fedex.com/api/en-us/catalog/authorization/v1/docs.html", key=fedex_api_key())

fedex_ws_pw = rand_pw(25)
SV("ini", "fedex-password", "settings/fedex_legacy.ini", '''
    ; FedEx Web Services (SOAP) - still used by the returns portal until migration
    [fedex]
    wsdl_dir = /opt/returns/wsdl/fedex
    key = «key»
    password = «v»
    account_number = 510087720
    meter_number = 118785166
    use_test_server = no

    [returns]
    label_format = ZPLII
    label_stock = STOCK_4X6
''', fedex_ws_pw, "https://github.com/python-fedex-devs/python-fedex", key=alnum(16), crlf=True)

SV("python", "dhl-password", "integrations/dhl_express.py", '''
    """MyDHL API (DHL Express) shipment creation for export orders."""
    from __future__ import annotations

    import logging

    import httpx

    log = logging.getLogger(__name__)

    MYDHL_URL = "https://express.api.dhl.com/mydhlapi"
    # site id / password issued by DHL Express integration team (ticket ITS-4471)
    DHL_USER = "northwindUS"
    DHL_PASSWORD = "«v»"


    def create_shipment(payload: dict) -> dict:
        with httpx.Client(base_url=MYDHL_URL, auth=(DHL_USER, DHL_PASSWORD), timeout=30) as client:
            r = client.post("/shipments", json=payload, headers={"Message-Reference": payload["reference"]})
            if r.status_code >= 400:
                log.error("DHL rejected shipment %s: %s", payload["reference"], r.text)
            r.raise_for_status()
            return r.json()
''', "T$4r" + rand_pw(4) + "!8aX^1g", "https://developer.dhl.com/api-reference/dhl-express-mydhl-api")

SV("toml", "dhl-api-key", "dhl/parcel_de.toml", '''
    [dhl.parcel_de]
    base_url = "https://api-eu.dhl.com/parcel/de/shipping/v2"
    api_key = "«v»"
    billing_number = "33333333330102"
    profile = "STANDARD_GRUPPENPROFIL"

    [dhl.tracking]
    base_url = "https://api-eu.dhl.com/track/shipments"
    # same app in the developer portal, same key
    use_parcel_key = true
''', alnum(32), "https://developer.dhl.com/api-reference/parcel-de-shipping-post-parcel-germany-v2")

SV("python", "usps-consumer-secret", "shipping/carriers/usps_v3.py", '''
    import os

    import requests

    USPS_OAUTH = "https://apis.usps.com/oauth2/v3/token"
    CONSUMER_KEY = os.environ.get("USPS_CONSUMER_KEY", "«key»")
    CONSUMER_SECRET = os.environ.get("USPS_CONSUMER_SECRET", "«v»")


    def token() -> str:
        r = requests.post(USPS_OAUTH, json={
            "client_id": CONSUMER_KEY,
            "client_secret": CONSUMER_SECRET,
            "grant_type": "client_credentials",
        }, timeout=10)
        r.raise_for_status()
        return r.json()["access_token"]


    def validate_address(street: str, city: str, state: str) -> dict:
        r = requests.get("https://apis.usps.com/addresses/v3/address",
                         params={"streetAddress": street, "city": city, "state": state},
                         headers={"Authorization": f"Bearer {token()}"}, timeout=10)
        r.raise_for_status()
        return r.json()
''', alnum(16), "https://developer.usps.com/oauth", key=alnum(32))

SV("python", "easypost-key", "app/shipping/easypost_service.py", '''
    import easypost

    from app.models import Order

    client = easypost.EasyPostClient("«v»")


    def buy_cheapest_label(order: Order) -> str:
        shipment = client.shipment.create(
            to_address=order.to_address_dict(),
            from_address={"company": "Northwind DC-2", "street1": "400 Industrial Pkwy",
                          "city": "Reno", "state": "NV", "zip": "89502", "country": "US"},
            parcel={"weight": order.weight_oz, "length": 12, "width": 9, "height": 4},
        )
        bought = client.shipment.buy(shipment.id, rate=shipment.lowest_rate(["USPS", "UPS"]))
        order.tracking_code = bought.tracking_code
        order.save(update_fields=["tracking_code"])
        return bought.postage_label.label_url
''', easypost_key(), "https://docs.easypost.com/docs/authentication")

SV("python", "easypost-key", "tests/conftest.py", '''
    import pytest

    from app.shipping import easypost_service


    @pytest.fixture(scope="session")
    def vcr_config():
        return {"filter_headers": ["authorization"], "record_mode": "once"}


    @pytest.fixture
    def ep_client(monkeypatch):
        # TODO: move to env before merge -- recording cassettes needs a real key
        monkeypatch.setattr(easypost_service, "client",
                            easypost_service.easypost.EasyPostClient("«v»"))
        return easypost_service.client
''', easypost_key(), "https://github.com/EasyPost/easypost-python")

SV("dotenv", "shippo-token", ".env", '''
    FLASK_APP=storefront.app
    FLASK_ENV=production
    SHIPPO_API_TOKEN=«v»
    SHIPPO_WEBHOOK_PATH=/hooks/shippo
    DEFAULT_PARCEL_TEMPLATE=USPS_FlatRatePaddedEnvelope
    REDIS_URL=redis://localhost:6379/2
''', shippo_live(), "https://docs.goshippo.com/docs/guides_general/authentication/")

SV("json", "shippo-token", "config/shippo.json", '''
    {
      "shippo": {
        "token": "«v»",
        "api_version": "2018-02-08",
        "carrier_accounts": {
          "usps": "b741b99f95e841639b54272834bc478c",
          "ups": "cda7b7e6b5ab4a7c9f6b0a0cc3e6c1f4"
        },
        "label_file_type": "ZPLII"
      }
    }
''', shippo_live(), "https://docs.goshippo.com/shippoapi/public-api/")

ss_key = hexs(32)
SV("python", "shipstation-secret", "jobs/shipstation_sync.py", '''
    """Nightly pull of shipped orders from ShipStation into the WMS ledger."""
    import datetime as dt

    import requests

    API = "https://ssapi.shipstation.com"
    AUTH = ("«key»", "«v»")


    def shipped_since(day: dt.date):
        page = 1
        while True:
            r = requests.get(f"{API}/shipments", auth=AUTH, timeout=60, params={
                "shipDateStart": day.isoformat(), "page": page, "pageSize": 500})
            r.raise_for_status()
            body = r.json()
            yield from body["shipments"]
            if page >= body["pages"]:
                break
            page += 1


    if __name__ == "__main__":
        for s in shipped_since(dt.date.today() - dt.timedelta(days=1)):
            print(s["orderNumber"], s["trackingNumber"], s["carrierCode"])
''', hexs(32), "https://www.shipstation.com/docs/api/requirements/#authentication", key=ss_key)

SV("compose", "shipstation-secret", "docker-compose.yml", '''
    version: "3.8"
    services:
      order-sync:
        image: registry.northwind.local/wms/order-sync:2.14.1
        restart: unless-stopped
        environment:
          SHIPSTATION_API_KEY: «key»
          SHIPSTATION_API_SECRET: «v»
          WMS_DB_HOST: db
          SYNC_INTERVAL_MIN: "10"
        depends_on: [db]
      db:
        image: postgres:15
        environment:
          POSTGRES_DB: wms
          POSTGRES_USER: wms
          POSTGRES_PASSWORD_FILE: /run/secrets/pg_pw
        secrets: [pg_pw]
    secrets:
      pg_pw:
        file: ./secrets/pg_pw.txt
''', hexs(32), "https://docs.docker.com/compose/compose-file/05-services/#environment", key=hexs(32))

DV("markdown", "placeholder", "docs/shipping/easypost.md", '''
    # Buying labels with EasyPost

    Create a key in the dashboard (Account Settings -> API Keys). Use the **test** key locally.

    ```python
    import easypost

    client = easypost.EasyPostClient("<YOUR_TEST_API_KEY>")
    shipment = client.shipment.create(...)
    ```

    In CI the key comes from the `EASYPOST_API_KEY` secret; never paste a production
    key (`EZAK...`) into code or tickets.

    | env var              | example value        |
    |----------------------|----------------------|
    | EASYPOST_API_KEY     | `EZTK_your_test_key` |
    | EASYPOST_WEBHOOK_URL | `https://example.com/hooks/easypost` |
''', "https://docs.easypost.com/docs/authentication")

tracking_rows = [ups_tracking() for _ in range(4)]
DV("json", "tracking-numbers", "tests/fixtures/tracking_numbers.json", '''
    {
      "ups": ["«t0»", "«t1»", "«t2»", "«t3»"],
      "fedex": ["«f0»", "«f1»"],
      "usps": ["9400«u0»", "9205«u1»"],
      "dhl_express": ["«d0»"],
      "invalid": ["1Z000000000000000", "not-a-number"]
    }
''', "https://www.ups.com/us/en/tracking/help/tracking/tnh.page",
   t0=tracking_rows[0], t1=tracking_rows[1], t2=tracking_rows[2], t3=tracking_rows[3],
   f0=digits(12), f1=digits(15), u0=digits(18), u1=digits(18), d0=digits(10))

DV("python", "env-reference", "tests/test_labels.py", '''
    import os

    import pytest

    from app.shipping import easypost_service

    pytestmark = pytest.mark.skipif("EASYPOST_TEST_KEY" not in os.environ, reason="needs EasyPost test key")


    @pytest.fixture
    def client():
        return easypost_service.easypost.EasyPostClient(os.environ["EASYPOST_TEST_KEY"])


    def test_buys_label(client, order_factory):
        order = order_factory(weight_oz=14)
        url = easypost_service.buy_cheapest_label(order)
        assert url.startswith("https://")
        assert order.tracking_code
''', "https://github.com/EasyPost/easypost-python")

DV("python", "env-reference", "wms/carriers/settings.py", '''
    import environ

    env = environ.Env()

    CARRIERS = {
        "ups": {
            "client_id": env("UPS_CLIENT_ID"),
            "client_secret": env("UPS_CLIENT_SECRET"),
            "shipper_number": env("UPS_SHIPPER_NUMBER", default="7X94W2"),
        },
        "fedex": {
            "api_key": env("FEDEX_API_KEY"),
            "secret_key": env("FEDEX_SECRET_KEY"),
            "account": env("FEDEX_ACCOUNT_NUMBER"),
        },
        "shippo": {"token": env.str("SHIPPO_API_TOKEN", default="")},
    }
''', "https://django-environ.readthedocs.io/en/latest/quickstart.html")

SV("shell", "easypost-key", "scripts/void_labels.sh", '''
    #!/usr/bin/env bash
    # Refund (void) every label listed in refunds.txt - run from the ops box only.
    set -euo pipefail

    IN=${1:-refunds.txt}
    while read -r shp; do
      [ -z "$shp" ] && continue
      echo "refunding $shp"
      curl -sS -X POST "https://api.easypost.com/v2/shipments/${shp}/refund" \\
        -u "«v»:" | jq -r '.refund_status'
      sleep 0.2
    done < "$IN"
''', easypost_key(), "https://docs.easypost.com/docs/shipments#refund-a-shipment")

shippo_nb = shippo_live()
S("notebook", "shippo-token", "notebooks/carrier_rate_comparison.ipynb", nb([
    {"kind": "markdown", "source": "# Q3 rate comparison\nPull live rates for 200 sampled orders."},
    {"source": "import pandas as pd\nimport shippo\nfrom shippo.models import components"},
    {"source": f'sdk = shippo.Shippo(api_key_header="ShippoToken {shippo_nb}")\norders = pd.read_parquet("s3://nw-analytics/orders_q3_sample.parquet")\nlen(orders)',
     "stdout": "200\n"},
    {"source": "rates = [sdk.shipments.create(components.ShipmentCreateRequest(**o)).rates for o in orders.to_dict('records')]",
     "stdout": ""},
]), shippo_nb, "https://github.com/goshippo/shippo-python-sdk")

DV("notebook", "tracking-numbers", "notebooks/delivery_times.ipynb", nb([
    {"kind": "markdown", "source": "# Delivery time by lane"},
    {"source": "df = pd.read_csv('exports/deliveries_2024_05.csv')\ndf.head()",
     "stdout": "  tracking_number         carrier  days  origin_zip\n0 " + ups_tracking() + "  UPS        3     89502\n1 " + ups_tracking() + "  UPS        2     89502\n2 " + digits(12) + "        FEDEX      4     60638\n"},
    {"source": "df.groupby('carrier').days.describe()"},
]), "https://nbformat.readthedocs.io/en/latest/format_description.html")

_ups_k8s = ups_client_secret()
SV("k8s-secret", "ups-client-secret", "deploy/k8s/shipping-secret.yaml", '''
    apiVersion: v1
    kind: Secret
    metadata:
      name: carrier-credentials
      namespace: wms
      labels:
        app.kubernetes.io/part-of: shipping
    type: Opaque
    data:
      UPS_CLIENT_ID: «cid»
      UPS_CLIENT_SECRET: «enc»
      UPS_SHIPPER_NUMBER: «num»
''', _ups_k8s, "https://kubernetes.io/docs/concepts/configuration/secret/",
   cid=b64(ups_client_id()), enc=b64(_ups_k8s), num=b64("7X94W2"))

DV("k8s-sealed", "sealed-secret", "deploy/k8s/shipping-sealedsecret.yaml", '''
    apiVersion: bitnami.com/v1alpha1
    kind: SealedSecret
    metadata:
      name: carrier-credentials
      namespace: wms
    spec:
      encryptedData:
        FEDEX_API_KEY: «a»
        FEDEX_SECRET_KEY: «b»
      template:
        metadata:
          name: carrier-credentials
          namespace: wms
        type: Opaque
''', "https://github.com/bitnami-labs/sealed-secrets#usage",
   a="AgB" + b64bytes(300).replace("=", "")[:400], b="AgC" + b64bytes(300).replace("=", "")[:400])

SV("helm-values", "fedex-secret-key", "deploy/helm/wms/values-prod.yaml", '''
    replicaCount: 3
    image:
      repository: registry.northwind.local/wms/api
      tag: "2024.06.2"
    ingress:
      enabled: true
      hosts: [wms.northwind-logistics.com]
    carriers:
      fedex:
        apiKey: «key»
        secretKey: "«v»"
        accountNumber: "740561073"
      ups:
        existingSecret: carrier-credentials
    resources:
      limits: {cpu: "1", memory: 1Gi}
''', fedex_secret(), "https://helm.sh/docs/chart_template_guide/values_files/", key=fedex_api_key())

DV("helm-template", "template-expression", "deploy/helm/wms/templates/carrier-secret.yaml", '''
    {{- if not .Values.carriers.ups.existingSecret }}
    apiVersion: v1
    kind: Secret
    metadata:
      name: {{ include "wms.fullname" . }}-carriers
      labels:
        {{- include "wms.labels" . | nindent 4 }}
    type: Opaque
    data:
      UPS_CLIENT_ID: {{ .Values.carriers.ups.clientId | b64enc | quote }}
      UPS_CLIENT_SECRET: {{ required "carriers.ups.clientSecret" .Values.carriers.ups.clientSecret | b64enc | quote }}
      FEDEX_SECRET_KEY: {{ .Values.carriers.fedex.secretKey | b64enc | quote }}
    {{- end }}
''', "https://helm.sh/docs/chart_template_guide/function_list/#b64enc")

DV("helm-values", "empty-default", "deploy/helm/wms/values.yaml", '''
    # Default values for wms.
    replicaCount: 1
    image:
      repository: registry.northwind.local/wms/api
      tag: ""
    carriers:
      ups:
        clientId: ""
        clientSecret: ""
        # name of a pre-created Secret holding UPS_CLIENT_ID / UPS_CLIENT_SECRET
        existingSecret: ""
      fedex:
        apiKey: ""
        secretKey: ""
        accountNumber: ""
    serviceAccount:
      create: true
''', "https://helm.sh/docs/chart_best_practices/values/")

_dhl_split = rand_pw(32)
S("python", "dhl-client-secret", "integrations/dhl_ecommerce.py", T('''
    """DHL eCommerce Americas - label API v4."""
    import requests

    TOKEN_URL = "https://api.dhlecs.com/auth/v4/accesstoken"
    CLIENT_ID = "«cid»"
    CLIENT_SECRET = (
        "«a»"
        "«b»"
    )
    PICKUP = "5351244"


    def access_token() -> str:
        r = requests.post(TOKEN_URL, data={"grant_type": "client_credentials"},
                          auth=(CLIENT_ID, CLIENT_SECRET), timeout=10)
        r.raise_for_status()
        return r.json()["access_token"]
''', cid=alnum(32), a=_dhl_split[:16], b=_dhl_split[16:]), _dhl_split,
  "https://docs.api.dhlecs.com/")

SV("xml", "ups-password", "templates/ups/access_request.xml", '''
    <?xml version="1.0"?>
    <!-- legacy UPS XML Tools access block, prepended to every TimeInTransit request -->
    <AccessRequest xml:lang="en-US">
      <AccessLicenseNumber>«lic»</AccessLicenseNumber>
      <UserId>nwlogistics_api</UserId>
      <Password>«v»</Password>
    </AccessRequest>
''', words_pw(), "https://www.ups.com/upsdeveloperkit", lic=hexs(16, upper=True))

DV("xml", "placeholder", "docs/usps/rate_request_sample.xml", '''
    <!-- Sample from the USPS Web Tools guide; fill USERID from the onboarding mail -->
    <RateV4Request USERID="XXXXXXXXXXXX" PASSWORD="">
      <Revision>2</Revision>
      <Package ID="0">
        <Service>PRIORITY</Service>
        <ZipOrigination>89502</ZipOrigination>
        <ZipDestination>10001</ZipDestination>
        <Pounds>2</Pounds>
        <Ounces>8</Ounces>
        <Container></Container>
        <Machinable>TRUE</Machinable>
      </Package>
    </RateV4Request>
''', "https://www.usps.com/business/web-tools-apis/rate-calculator-api.htm")

DV("zpl", "tracking-numbers", "labels/templates/ups_ground_4x6.zpl", '''
    ^XA
    ^CF0,30
    ^FO50,40^FDNorthwind Logistics DC-2^FS
    ^FO50,80^FD400 Industrial Pkwy, Reno NV 89502^FS
    ^FO50,160^GB700,3,3^FS
    ^FO50,200^FDSHIP TO: {{ship_to_name}}^FS
    ^FO50,240^FD{{ship_to_line1}}^FS
    ^BY3,2,120
    ^FO80,320^BCN,,Y,N^FD«t»^FS
    ^FO50,480^FDUPS GROUND   TRACKING #: «t»^FS
    ^FO50,520^BQN,2,6^FDQA,«guid»^FS
    ^XZ
''', "https://www.zebra.com/us/en/support-downloads/knowledge-articles/zpl-command-information-and-details.html",
   t=ups_tracking(), guid=uuid_s())

SV("python", "shippo-token", "tools/bulk_return_labels.py", '''
    """Create prepaid return labels for an RMA batch.

    Usage (ops laptop):
        python tools/bulk_return_labels.py --rma-file rma_2024_07.csv \\
            --token «v»

    Labels land in ./out/<rma>.pdf.
    """
    import argparse
    import csv

    import shippo


    def main() -> None:
        ap = argparse.ArgumentParser()
        ap.add_argument("--rma-file", required=True)
        ap.add_argument("--token", required=True)
        args = ap.parse_args()
        sdk = shippo.Shippo(api_key_header=args.token)
        with open(args.rma_file, newline="") as fh:
            for row in csv.DictReader(fh):
                print("creating return for", row["rma"])


    if __name__ == "__main__":
        main()
''', shippo_live(), "https://docs.goshippo.com/docs/guides_general/returns/")

DV("json", "api-response-ids", "tests/fixtures/shippo_transaction.json", '''
    {
      "object_state": "VALID",
      "status": "SUCCESS",
      "object_id": "«o1»",
      "object_owner": "ops@northwind-logistics.com",
      "rate": "«o2»",
      "tracking_number": "«trk»",
      "tracking_url_provider": "https://tools.usps.com/go/TrackConfirmAction_input?origTrackNum=«trk»",
      "label_url": "https://deliver.goshippo.com/«o1».pdf",
      "commercial_invoice_url": null,
      "messages": [],
      "test": true
    }
''', "https://docs.goshippo.com/shippoapi/public-api/#tag/Transactions", o1=hexs(32), o2=hexs(32), trk="9400" + digits(18))

DV("python", "secret-manager", "shipping/carriers/ups_rates.py", '''
    import json
    from functools import lru_cache

    import boto3


    @lru_cache(maxsize=1)
    def ups_credentials() -> dict:
        sm = boto3.client("secretsmanager", region_name="us-west-2")
        value = sm.get_secret_value(SecretId="prod/wms/ups-oauth")["SecretString"]
        creds = json.loads(value)
        return {"client_id": creds["client_id"], "client_secret": creds["client_secret"]}


    def shipper_number() -> str:
        ssm = boto3.client("ssm", region_name="us-west-2")
        return ssm.get_parameter(Name="/wms/ups/shipper-number")["Parameter"]["Value"]
''', "https://boto3.amazonaws.com/v1/documentation/api/latest/reference/services/secretsmanager/client/get_secret_value.html")

# ============================================================================================
# Fleet telematics: Samsara, Geotab, Motive, Webfleet, visibility platforms, routing
# ============================================================================================

SV("python", "samsara-token", "telematics/samsara_client.py", '''
    from __future__ import annotations

    from typing import Iterator

    import requests

    SAMSARA_API = "https://api.samsara.com"
    SAMSARA_TOKEN = "«v»"  # org: Northwind Fleet West

    _session = requests.Session()
    _session.headers.update({"Authorization": f"Bearer {SAMSARA_TOKEN}", "Accept": "application/json"})


    def vehicle_locations(tag_ids: list[str] | None = None) -> Iterator[dict]:
        params = {"types": "gps,engineStates"}
        if tag_ids:
            params["tagIds"] = ",".join(tag_ids)
        after = None
        while True:
            if after:
                params["after"] = after
            r = _session.get(f"{SAMSARA_API}/fleet/vehicles/stats", params=params, timeout=20)
            r.raise_for_status()
            body = r.json()
            yield from body["data"]
            if not body["pagination"]["hasNextPage"]:
                return
            after = body["pagination"]["endCursor"]
''', samsara_token(), "https://developers.samsara.com/docs/authentication")

SV("python", "samsara-token", "airflow/dags/samsara_hos_ingest.py", '''
    from datetime import datetime, timedelta

    from airflow import DAG
    from airflow.models import Variable
    from airflow.operators.python import PythonOperator

    from fleet_etl.samsara import pull_hos_logs

    default_args = {"owner": "fleet-data", "retries": 2, "retry_delay": timedelta(minutes=5)}

    with DAG(
        dag_id="samsara_hos_ingest",
        start_date=datetime(2024, 1, 1),
        schedule="15 * * * *",
        catchup=False,
        default_args=default_args,
        tags=["fleet", "samsara"],
    ) as dag:
        PythonOperator(
            task_id="pull_hos_logs",
            python_callable=pull_hos_logs,
            op_kwargs={
                "token": Variable.get("samsara_api_token", default_var="«v»"),
                "warehouse_table": "raw.samsara_hos_logs",
            },
        )
''', samsara_token(), "https://airflow.apache.org/docs/apache-airflow/stable/core-concepts/variables.html")

SV("ini", "geotab-password", "geotab/mygeotab.ini", '''
    # Credentials for the MyGeotab feed poller (service account, no MFA)
    [mygeotab]
    server = my.geotab.com
    database = northwind_fleet
    username = svc-datafeed@northwind-logistics.com
    password = «v»

    [feed]
    types = LogRecord,StatusData,FaultData
    results_limit = 50000
    poll_seconds = 30
''', words_pw(), "https://mygeotab-python.readthedocs.io/en/latest/usage.html")

SV("python", "geotab-password", "etl/geotab_trips.py", '''
    import mygeotab
    import pandas as pd

    api = mygeotab.API(
        username="fleet.analytics@northwind-logistics.com",
        password="«v»",
        database="northwind_fleet",
    )
    api.authenticate()

    trips = api.get("Trip", fromDate="2024-06-01T00:00:00Z", toDate="2024-06-30T23:59:59Z", resultsLimit=100000)
    df = pd.DataFrame(trips)[["device", "start", "stop", "distance", "maximumSpeed"]]
    df["device"] = df["device"].map(lambda d: d["id"])
    df.to_parquet("out/trips_2024_06.parquet")
''', season_pw(), "https://mygeotab-python.readthedocs.io/en/latest/usage.html")

DV("ini", "placeholder", "geotab/mygeotab.example.ini", '''
    # Copy to mygeotab.ini and fill in. The real file is in .gitignore.
    [mygeotab]
    server = my.geotab.com
    database = <database name>
    username = <service account e-mail>
    password = <your password>

    [feed]
    types = LogRecord,StatusData,FaultData
    results_limit = 50000
    poll_seconds = 30
''', "https://mygeotab-python.readthedocs.io/en/latest/usage.html")

SV("python", "motive-api-key", "motive_sync/settings.py", '''
    """Settings for the Motive (formerly KeepTruckin) driver-log sync."""
    import os

    MOTIVE_BASE_URL = "https://api.keeptruckin.com/v1"
    MOTIVE_API_KEY = os.getenv("MOTIVE_API_KEY") or "«v»"
    MOTIVE_HEADERS = {"X-Api-Key": MOTIVE_API_KEY, "Accept": "application/json"}

    PAGE_SIZE = 100
    DRIVER_GROUPS = ["linehaul-west", "regional-nv"]
    STORE = os.getenv("MOTIVE_STORE", "postgresql+psycopg://fleet@localhost/fleet")
''', uuid_s(), "https://developer.gomotive.com/reference/introduction")

vins = [vin() for _ in range(4)]
imeis = [imei() for _ in range(4)]
DV("csv", "device-ids", "fleet/vehicles.csv", '''
    unit,vin,make,model,year,gateway_serial,imei,samsara_vehicle_id,home_terminal
    T-1041,«v0»,Freightliner,Cascadia,2021,G«s0»,«i0»,2814749«n0»,RNO
    T-1042,«v1»,Freightliner,Cascadia,2021,G«s1»,«i1»,2814749«n1»,RNO
    T-1107,«v2»,Kenworth,T680,2022,G«s2»,«i2»,2814749«n2»,SLC
    T-1108,«v3»,Volvo,VNL 860,2023,G«s3»,«i3»,2814749«n3»,SLC
''', "https://developers.samsara.com/reference/listvehicles",
   v0=vins[0], v1=vins[1], v2=vins[2], v3=vins[3], i0=imeis[0], i1=imeis[1], i2=imeis[2], i3=imeis[3],
   s0=hexs(11, True), s1=hexs(11, True), s2=hexs(11, True), s3=hexs(11, True),
   n0=digits(8), n1=digits(8), n2=digits(8), n3=digits(8))

DV("json", "device-ids", "fleet/geotab_devices.json", '''
    [
      {"id": "b2F4", "name": "T-1041", "serialNumber": "G9«a»", "vehicleIdentificationNumber": "«v0»",
       "deviceType": "GO9", "productId": 120, "timeZoneId": "America/Los_Angeles"},
      {"id": "b2F5", "name": "T-1042", "serialNumber": "G9«b»", "vehicleIdentificationNumber": "«v1»",
       "deviceType": "GO9", "productId": 120, "timeZoneId": "America/Los_Angeles"},
      {"id": "b31A", "name": "Y-07 yard tractor", "serialNumber": "GA«c»", "vehicleIdentificationNumber": "",
       "deviceType": "GO9", "productId": 120, "timeZoneId": "America/Denver"}
    ]
''', "https://geotab.github.io/sdk/software/api/reference/#Device",
   a=hexs(10, True), b=hexs(10, True), c=hexs(10, True), v0=vin(), v1=vin())

SV("dotenv", "webfleet-password", "webfleet/.env", '''
    # WEBFLEET.connect (TomTom) credentials for the dispatch bridge
    WEBFLEET_ACCOUNT=northwind-fleet
    WEBFLEET_USERNAME=api_dispatch
    WEBFLEET_PASSWORD='«v»'
    WEBFLEET_APIKEY_REF=ssm:/dispatch/webfleet/apikey
    WEBFLEET_LANG=en
    WEBFLEET_RATE_LIMIT_PER_MIN=6
''', "Dsp@tch" + rand_pw(6) + "#", "https://www.webfleet.com/static/help/webfleet-connect/en_gb/index.html")

SV("python", "samsara-webhook-secret", "webhooks/samsara_webhook.py", '''
    import base64
    import hashlib
    import hmac

    from flask import Flask, abort, request

    app = Flask(__name__)
    # "Secret key" shown once when the webhook was created in Samsara (Settings > Webhooks)
    SAMSARA_WEBHOOK_SECRET = base64.b64decode("«v»")


    @app.post("/hooks/samsara")
    def samsara_event():
        ts = request.headers["X-Samsara-Timestamp"]
        sig = request.headers["X-Samsara-Signature"]
        message = f"v1:{ts}:".encode() + request.get_data()
        expected = "v1=" + hmac.new(SAMSARA_WEBHOOK_SECRET, message, hashlib.sha256).hexdigest()
        if not hmac.compare_digest(expected, sig):
            abort(401)
        handle(request.get_json())
        return "", 204


    def handle(event: dict) -> None:
        print(event["eventType"], event.get("data", {}).get("vehicle", {}).get("name"))
''', b64bytes(32), "https://developers.samsara.com/docs/webhooks")

DV("python", "env-reference", "webhooks/verify.py", '''
    import hashlib
    import hmac
    import os


    def verify(body: bytes, timestamp: str, signature: str) -> bool:
        """Check a Samsara webhook signature (v1=<hex hmac-sha256>)."""
        secret = os.environb[b"SAMSARA_WEBHOOK_SECRET"]
        mac = hmac.new(secret, b"v1:" + timestamp.encode() + b":" + body, hashlib.sha256)
        return hmac.compare_digest("v1=" + mac.hexdigest(), signature)


    # example from the docs page, kept for the unit test: the digest, not a key
    DOC_SIGNATURE = "v1=«sig»"
''', "https://developers.samsara.com/docs/webhooks", sig=hexs(64))

SV("yaml", "project44-client-secret", "visibility/project44.yaml", '''
    project44:
      token_url: https://na12.api.project44.com/api/v4/oauth2/token
      client_id: «cid»
      client_secret: «v»
      tenant: northwind
      subscriptions:
        - type: TRUCKLOAD
          carrier_scac: NWLG
        - type: LTL
          carrier_scac: ODFL
      poll_minutes: 5
''', alnum(40), "https://developers.project44.com/guides/getting-started/authentication", cid=uuid_s())

SV("json", "fourkites-api-key", "visibility/fourkites.json", '''
    {
      "environment": "production",
      "base_url": "https://api.fourkites.com",
      "api_key": "«v»",
      "shipper_id": "northwind",
      "load_prefix": "NWL-",
      "events": ["PICKED_UP", "IN_TRANSIT", "DELIVERED"],
      "retry": {"max_attempts": 5, "backoff_seconds": 3}
    }
''', alnum(40), "https://developer.fourkites.com/")

SV("python", "google-maps-key", "routing/geocode_stops.py", '''
    """Geocode tomorrow's stops before the VRP solver runs."""
    import googlemaps

    from routing.db import stops_for

    gmaps = googlemaps.Client(key="«v»", queries_per_second=20)


    def geocode_route(route_id: str) -> list[tuple[float, float]]:
        points = []
        for stop in stops_for(route_id):
            hit = gmaps.geocode(stop.address, components={"country": "US"})
            loc = hit[0]["geometry"]["location"]
            points.append((loc["lat"], loc["lng"]))
        return points
''', google_maps_key(), "https://github.com/googlemaps/google-maps-services-python")

SV("js", "mapbox-secret-token", "dispatch-ui/src/config/mapbox.js", '''
    // Dispatch board map. Public token for tiles; secret token for the Directions Matrix proxy.
    export const MAPBOX_STYLE = "mapbox://styles/northwind/cltx0k2ab00a101qs4f5c8d1e";
    export const MAPBOX_PUBLIC_TOKEN = process.env.REACT_APP_MAPBOX_PUBLIC_TOKEN;

    // TODO(ops): move to the proxy's env; only the build server reads this
    export const MAPBOX_UPLOAD_TOKEN = "«v»";

    export const DEFAULT_CENTER = [-119.8138, 39.5296];
    export const DEFAULT_ZOOM = 9;
''', mapbox_secret(), "https://docs.mapbox.com/accounts/guides/tokens/")

DV("markdown", "env-reference", "docs/telematics/samsara.md", '''
    # Samsara API notes

    Tokens live in 1Password ("Samsara - fleet-data RO") and in the `SAMSARA_API_TOKEN`
    Airflow variable. Read-only scopes only.

    ```bash
    curl -s https://api.samsara.com/fleet/vehicles \\
      -H "Authorization: Bearer $SAMSARA_API_TOKEN" | jq '.data[].name'
    ```

    Vehicle ids are numeric (`281474977075503`), driver ids too. Rate limit: 25 req/s per token.
''', "https://developers.samsara.com/docs/authentication")

DV("dotenv", "placeholder", "telematics/.env.example", '''
    # Copy to .env and fill from the vault. Never commit .env.
    SAMSARA_API_TOKEN=samsara_api_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx
    GEOTAB_USERNAME=
    GEOTAB_PASSWORD=
    GEOTAB_DATABASE=northwind_fleet
    MOTIVE_API_KEY=<motive-api-key>
    WEBFLEET_PASSWORD=changeme
''', "https://12factor.net/config")

_samsara_nb = samsara_token()
S("notebook", "samsara-token", "notebooks/idle_time_study.ipynb", nb([
    {"kind": "markdown", "source": "# Idle time by terminal, June"},
    {"source": "import os, requests\nsess = requests.Session()\nsess.headers['Authorization'] = 'Bearer ' + os.environ['SAMSARA_TOKEN']\nprint(sess.headers)",
     "stdout": "{'User-Agent': 'python-requests/2.31.0', 'Accept-Encoding': 'gzip, deflate', 'Accept': '*/*', 'Connection': 'keep-alive', 'Authorization': 'Bearer " + _samsara_nb + "'}\n"},
    {"source": "r = sess.get('https://api.samsara.com/fleet/reports/vehicles/idling', params={'startTime': '2024-06-01T00:00:00Z'})\nr.status_code",
     "stdout": "200\n"},
]), _samsara_nb, "https://nbformat.readthedocs.io/en/latest/format_description.html")

DV("python", "pydantic-secretstr", "telematics/config.py", '''
    from pydantic import SecretStr
    from pydantic_settings import BaseSettings, SettingsConfigDict


    class TelematicsSettings(BaseSettings):
        model_config = SettingsConfigDict(env_prefix="FLEET_", env_file=".env", extra="ignore")

        samsara_token: SecretStr
        geotab_username: str = "svc-datafeed@northwind-logistics.com"
        geotab_password: SecretStr
        geotab_database: str = "northwind_fleet"
        motive_api_key: SecretStr | None = None
        poll_seconds: int = 30


    settings = TelematicsSettings()
''', "https://docs.pydantic.dev/latest/concepts/pydantic_settings/")

# ============================================================================================
# AWS IoT Core, Azure IoT Hub / DPS / IoT Edge, Google Cloud IoT leftovers
# ============================================================================================

_gw_key = private_pem("RSA")
S("pem", "aws-iot-private-key", "provisioning/certs/gw-0042-private.pem.key", _gw_key + "\n", _gw_key,
  "https://docs.aws.amazon.com/iot/latest/developerguide/device-certs-create.html")

DV("pem", "public-certificate", "provisioning/certs/gw-0042-certificate.pem.crt", "«c»\n", "https://docs.aws.amazon.com/iot/latest/developerguide/device-certs-create.html",
   c=cert_pem())

DV("pem", "public-certificate", "provisioning/certs/AmazonRootCA1.pem", "«c»\n", "https://www.amazontrust.com/repository/",
   c=cert_pem())

_prov_secret = fakes.aws_secret_key(_seed())
SV("python", "aws-secret-key", "provisioning/provision_device.py", '''
    """Create a thing + certificate for a new gateway and write the files to the USB stick."""
    import json
    import pathlib
    import sys

    import boto3

    iot = boto3.client(
        "iot",
        region_name="us-west-2",
        aws_access_key_id="«kid»",
        aws_secret_access_key="«v»",
    )


    def provision(thing_name: str, out: pathlib.Path) -> None:
        iot.create_thing(thingName=thing_name, thingTypeName="dock-gateway")
        cert = iot.create_keys_and_certificate(setAsActive=True)
        iot.attach_policy(policyName="dock-gateway-policy", target=cert["certificateArn"])
        iot.attach_thing_principal(thingName=thing_name, principal=cert["certificateArn"])
        out.mkdir(parents=True, exist_ok=True)
        (out / f"{thing_name}-certificate.pem.crt").write_text(cert["certificatePem"])
        (out / f"{thing_name}-private.pem.key").write_text(cert["keyPair"]["PrivateKey"])
        endpoint = iot.describe_endpoint(endpointType="iot:Data-ATS")["endpointAddress"]
        (out / "device.json").write_text(json.dumps({"thing": thing_name, "endpoint": endpoint}))


    if __name__ == "__main__":
        provision(sys.argv[1], pathlib.Path(sys.argv[2]))
''', _prov_secret, "https://boto3.amazonaws.com/v1/documentation/api/latest/reference/services/iot/client/create_keys_and_certificate.html",
   kid=fakes.aws_key_id(_seed()))

DV("yaml", "file-paths", "greengrass/config.yaml", '''
    ---
    system:
      certificateFilePath: "/greengrass/v2/thingCert.crt"
      privateKeyPath: "/greengrass/v2/privKey.key"
      rootCaPath: "/greengrass/v2/rootCA.pem"
      rootpath: "/greengrass/v2"
      thingName: "dock-gw-0042"
    services:
      aws.greengrass.Nucleus:
        componentType: "NUCLEUS"
        version: "2.12.1"
        configuration:
          awsRegion: "us-west-2"
          iotRoleAlias: "GreengrassCoreTokenExchangeRoleAlias"
          iotDataEndpoint: "a«e»-ats.iot.us-west-2.amazonaws.com"
          iotCredEndpoint: "c«c».credentials.iot.us-west-2.amazonaws.com"
''', "https://docs.aws.amazon.com/greengrass/v2/developerguide/manual-installation.html",
   e=hexs(13), c=hexs(13))

_sa_key = pkcs8_pem()
_sa_escaped = _sa_key.replace("\n", "\\n")
SV("json", "gcp-service-account-key", "legacy/gcp/iot-registry-sa.json", '''
    {
      "type": "service_account",
      "project_id": "nw-sensors-prod",
      "private_key_id": "«kid»",
      "private_key": "«v»\\n",
      "client_email": "iot-registry@nw-sensors-prod.iam.gserviceaccount.com",
      "client_id": "«cid»",
      "auth_uri": "https://accounts.google.com/o/oauth2/auth",
      "token_uri": "https://oauth2.googleapis.com/token",
      "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",
      "client_x509_cert_url": "https://www.googleapis.com/robot/v1/metadata/x509/iot-registry%40nw-sensors-prod.iam.gserviceaccount.com"
    }
''', _sa_escaped, "https://cloud.google.com/iam/docs/keys-create-delete", kid=hexs(40), cid=digits(21))

_ec_key = private_pem("EC")
S("pem", "gcp-iot-device-key", "legacy/cloudiot/keys/ec_private.pem", _ec_key + "\n", _ec_key,
  "https://cloud.google.com/iot/docs/how-tos/credentials/keys")

DV("pem", "public-key", "legacy/cloudiot/keys/rsa_public.pem", "«p»\n", "https://cloud.google.com/iot/docs/how-tos/credentials/keys",
   p=public_key_pem())

DV("python", "file-paths", "legacy/cloudiot/cloudiot_mqtt_example.py", '''
    """Leftover from the Cloud IoT Core era (shut down 2023-08-16). Kept for the JWT helper."""
    import datetime

    import jwt

    PROJECT_ID = "nw-sensors-prod"
    CLOUD_REGION = "us-central1"
    REGISTRY_ID = "cold-chain"
    DEVICE_ID = "reefer-sensor-0117"
    PRIVATE_KEY_FILE = "keys/ec_private.pem"
    ALGORITHM = "ES256"
    CA_CERTS = "roots.pem"


    def create_jwt(project_id: str, private_key_file: str, algorithm: str) -> str:
        now = datetime.datetime.now(tz=datetime.timezone.utc)
        token = {"iat": now, "exp": now + datetime.timedelta(minutes=20), "aud": project_id}
        with open(private_key_file) as f:
            private_key = f.read()
        return jwt.encode(token, private_key, algorithm=algorithm)


    CLIENT_ID = f"projects/{PROJECT_ID}/locations/{CLOUD_REGION}/registries/{REGISTRY_ID}/devices/{DEVICE_ID}"
''', "https://github.com/GoogleCloudPlatform/python-docs-samples/tree/main/iot/api-client/mqtt_example")

_esp_key = private_pem("RSA")
S("c-header", "aws-iot-private-key", "firmware/esp32-dock-sensor/include/secrets.h", T('''
    #pragma once
    #include <pgmspace.h>

    #define THINGNAME "dock-sensor-07"
    const char AWS_IOT_ENDPOINT[] = "a«e»-ats.iot.us-west-2.amazonaws.com";

    // Amazon Root CA 1
    static const char AWS_CERT_CA[] PROGMEM = R"EOF(
    «ca»
    )EOF";

    // Device Private Key
    static const char AWS_CERT_PRIVATE[] PROGMEM = R"KEY(
    «key»
    )KEY";
''', e=hexs(13), ca=cert_pem(), key=_esp_key), _esp_key,
  "https://aws.amazon.com/blogs/compute/building-an-aws-iot-core-device-using-aws-serverless-and-an-esp32/")

DV("markdown", "redacted-example", "docs/aws-iot/create-certificate.md", '''
    # Creating a device certificate by hand

    ```bash
    aws iot create-keys-and-certificate --set-as-active \\
      --certificate-pem-outfile dev.cert.pem --private-key-outfile dev.private.key
    ```

    Output (trimmed):

    ```json
    {
        "certificateArn": "arn:aws:iot:us-west-2:123456789012:cert/«cid»",
        "certificateId": "«cid»",
        "keyPair": {
            "PublicKey": "-----BEGIN PUBLIC KEY-----\\nMIIBIjANBgkqhkEXAMPLE...\\n-----END PUBLIC KEY-----\\n",
            "PrivateKey": "-----BEGIN RSA PRIVATE KEY-----\\nkey omitted for security reasons\\n-----END RSA PRIVATE KEY-----\\n"
        }
    }
    ```

    The example account id and ARN are AWS documentation values.
''', "https://docs.aws.amazon.com/cli/latest/reference/iot/create-keys-and-certificate.html", cid=hexs(64))

DV("json", "arns", "iot/policies/dock-gateway-policy.json", '''
    {
      "Version": "2012-10-17",
      "Statement": [
        {
          "Effect": "Allow",
          "Action": "iot:Connect",
          "Resource": "arn:aws:iot:us-west-2:«acct»:client/${iot:Connection.Thing.ThingName}"
        },
        {
          "Effect": "Allow",
          "Action": ["iot:Publish", "iot:Receive"],
          "Resource": "arn:aws:iot:us-west-2:«acct»:topic/dock/${iot:Connection.Thing.ThingName}/*"
        },
        {
          "Effect": "Allow",
          "Action": "iot:Subscribe",
          "Resource": "arn:aws:iot:us-west-2:«acct»:topicfilter/dock/${iot:Connection.Thing.ThingName}/cmd"
        }
      ]
    }
''', "https://docs.aws.amazon.com/iot/latest/developerguide/example-iot-policies.html", acct=digits(12))

_heredoc_key = private_pem("RSA")
S("shell", "aws-iot-private-key", "scripts/fleet_provision.sh", T('''
    #!/bin/sh
    # Bake identity into a gateway image before shipping it to the cross-dock.
    set -e
    DEV=/etc/nw-gateway
    mkdir -p "$DEV"

    cat > "$DEV/device.crt" <<'EOF'
    «crt»
    EOF

    cat > "$DEV/device.key" <<'EOF'
    «key»
    EOF
    chmod 600 "$DEV/device.key"

    echo "a«e»-ats.iot.us-west-2.amazonaws.com" > "$DEV/endpoint"
    systemctl enable --now nw-gateway.service
''', crt=cert_pem(), key=_heredoc_key, e=hexs(13)), _heredoc_key,
  "https://docs.aws.amazon.com/iot/latest/developerguide/provision-wo-cert.html")

DV("csv", "certificate-ids", "iot/thing_registry_export.csv", '''
    thingName,thingType,certificateId,status,serial,mac,firmware
    dock-gw-0040,dock-gateway,«c0»,ACTIVE,NWG-0040,«m0»,1.8.2
    dock-gw-0041,dock-gateway,«c1»,ACTIVE,NWG-0041,«m1»,1.8.2
    dock-gw-0042,dock-gateway,«c2»,ACTIVE,NWG-0042,«m2»,1.9.0
    reefer-0117,reefer-sensor,«c3»,REVOKED,NWR-0117,«m3»,0.4.1
''', "https://docs.aws.amazon.com/iot/latest/apireference/API_CertificateDescription.html",
   c0=hexs(64), c1=hexs(64), c2=hexs(64), c3=hexs(64), m0=mac(), m1=mac(), m2=mac(), m3=mac())

SV("aws-credentials", "aws-secret-key", "deploy/aws/credentials", '''
    [default]
    region = us-west-2

    [iot-provisioner]
    aws_access_key_id = «kid»
    aws_secret_access_key = «v»
    region = us-west-2

    [wms-readonly]
    role_arn = arn:aws:iam::«acct»:role/wms-readonly
    source_profile = iot-provisioner
''', fakes.aws_secret_key(_seed()), "https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-files.html",
   kid=fakes.aws_key_id(_seed()), acct=digits(12))

DV("python", "endpoint-and-ids", "iot/settings.py", '''
    """Where the dock gateways connect; identity files come from the provisioning stick."""
    from pathlib import Path

    IOT_ENDPOINT = "a«e»-ats.iot.us-west-2.amazonaws.com"
    IOT_PORT = 8883
    THING_NAME = Path("/etc/nw-gateway/thing").read_text().strip() if Path("/etc/nw-gateway/thing").exists() else "dock-gw-dev"
    CERT_FILE = "/etc/nw-gateway/device.crt"
    KEY_FILE = "/etc/nw-gateway/device.key"
    ROOT_CA = "/etc/nw-gateway/AmazonRootCA1.pem"
    CERT_ID = "«cid»"
    TOPIC_TELEMETRY = f"dock/{THING_NAME}/telemetry"
''', "https://docs.aws.amazon.com/iot/latest/developerguide/iot-connect-devices.html", e=hexs(13), cid=hexs(64))

DV("json", "presign-placeholder", "iot/jobs/ota-1.9.0.json", '''
    {
      "operation": "firmware-update",
      "version": "1.9.0",
      "files": [
        {
          "fileName": "nw-gateway-1.9.0.swu",
          "url": "${aws:iot:s3-presigned-url:https://s3.amazonaws.com/nw-firmware/gateway/nw-gateway-1.9.0.swu}",
          "sha256": "«sha»"
        }
      ],
      "reboot": true,
      "minBattery": 30
    }
''', "https://docs.aws.amazon.com/iot/latest/developerguide/create-manage-jobs.html", sha=hexs(64))

# ---- Azure ------------------------------------------------------------------------------------

SV("python", "azure-iot-device-key", "edge/device_client.py", '''
    import asyncio
    import json

    from azure.iot.device import Message
    from azure.iot.device.aio import IoTHubDeviceClient

    CONN_STR = ("HostName=nw-plant-iothub.azure-devices.net;DeviceId=press-line-3;"
                "SharedAccessKey=«v»")


    async def main() -> None:
        client = IoTHubDeviceClient.create_from_connection_string(CONN_STR)
        await client.connect()
        for reading in read_plc():
            msg = Message(json.dumps(reading), content_encoding="utf-8", content_type="application/json")
            msg.custom_properties["line"] = "3"
            await client.send_message(msg)
        await client.shutdown()


    def read_plc():
        yield {"press_tonnage": 412.5, "die_temp_c": 188.1}


    if __name__ == "__main__":
        asyncio.run(main())
''', sas_key(), "https://learn.microsoft.com/en-us/azure/iot-hub/device-management-python")

SV("json", "azure-iot-service-key", "functions/telemetry-router/local.settings.json", '''
    {
      "IsEncrypted": false,
      "Values": {
        "AzureWebJobsStorage": "UseDevelopmentStorage=true",
        "FUNCTIONS_WORKER_RUNTIME": "python",
        "IoTHubConnectionString": "HostName=nw-plant-iothub.azure-devices.net;SharedAccessKeyName=iothubowner;SharedAccessKey=«v»",
        "ROUTE_TABLE": "telemetry-routes",
        "APPINSIGHTS_SAMPLING": "20"
      }
    }
''', sas_key(), "https://learn.microsoft.com/en-us/azure/azure-functions/functions-develop-local#local-settings-file")

SV("toml", "azure-iot-device-key", "iotedge/config.toml", '''
    # Azure IoT Edge 1.4 - press line gateway
    hostname = "edge-press-03"

    [provisioning]
    source = "manual"
    connection_string = "HostName=nw-plant-iothub.azure-devices.net;DeviceId=edge-press-03;SharedAccessKey=«v»"

    [agent]
    name = "edgeAgent"
    type = "docker"

    [agent.config]
    image = "mcr.microsoft.com/azureiotedge-agent:1.4"

    [connect]
    workload_uri = "unix:///var/run/iotedge/workload.sock"
    management_uri = "unix:///var/run/iotedge/mgmt.sock"
''', sas_key(), "https://learn.microsoft.com/en-us/azure/iot-edge/configure-device")

SV("toml", "azure-dps-symmetric-key", "iotedge/config-dps.toml", '''
    hostname = "edge-paint-01"

    [provisioning]
    source = "dps"
    global_endpoint = "https://global.azure-devices-provisioning.net"
    id_scope = "0ne00«scope»"

    [provisioning.attestation]
    method = "symmetric_key"
    registration_id = "edge-paint-01"
    symmetric_key = { value = "«v»" }

    [agent]
    name = "edgeAgent"
    type = "docker"
    [agent.config]
    image = "mcr.microsoft.com/azureiotedge-agent:1.4"
''', sas_key(), "https://learn.microsoft.com/en-us/azure/iot-edge/how-to-provision-single-device-linux-symmetric",
   scope=hexs(6, upper=True))

DV("toml", "placeholder", "iotedge/config.toml.template", '''
    # ==============================================================================
    # Manual provisioning with connection string
    # ==============================================================================
    [provisioning]
    source = "manual"
    connection_string = "<ADD DEVICE CONNECTION STRING HERE>"

    # [provisioning.attestation]
    # method = "symmetric_key"
    # registration_id = "<REGISTRATION ID>"
    # symmetric_key = { value = "<PRIMARY KEY>" }

    [agent]
    name = "edgeAgent"
    type = "docker"
''', "https://github.com/Azure/iotedge/blob/main/edgelet/contrib/config/linux/template.toml")

DV("toml", "file-paths", "iotedge/config-x509.toml", '''
    hostname = "edge-weld-02"

    [provisioning]
    source = "manual"
    iothub_hostname = "nw-plant-iothub.azure-devices.net"
    device_id = "edge-weld-02"

    [provisioning.authentication]
    method = "x509"
    identity_cert = "file:///var/secrets/iot/edge-weld-02.cert.pem"
    identity_pk = "file:///var/secrets/iot/edge-weld-02.key.pem"

    [agent]
    name = "edgeAgent"
    type = "docker"
''', "https://learn.microsoft.com/en-us/azure/iot-edge/how-to-provision-single-device-linux-x509")

_sig = b64bytes(32).replace("+", "%2B").replace("/", "%2F").replace("=", "%3D")
SV("python", "azure-sas-token", "tools/send_c2d.py", '''
    """Send a cloud-to-device reset to a press controller (manual ops tool)."""
    import sys

    import requests

    HUB = "nw-plant-iothub.azure-devices.net"
    # generated with `az iot hub generate-sas-token -n nw-plant-iothub --du 31536000`
    SAS = ("SharedAccessSignature sr=nw-plant-iothub.azure-devices.net"
           "&sig=«v»&se=1767225600&skn=iothubowner")


    def send(device_id: str, body: str) -> int:
        url = f"https://{HUB}/devices/{device_id}/messages/devicebound?api-version=2021-04-12"
        r = requests.post(url, data=body, headers={"Authorization": SAS, "iothub-ack": "full"}, timeout=10)
        return r.status_code


    if __name__ == "__main__":
        print(send(sys.argv[1], sys.argv[2]))
''', _sig, "https://learn.microsoft.com/en-us/azure/iot-hub/authenticate-authorize-sas")

DV("python", "template-expression", "tools/sas.py", '''
    import base64
    import hashlib
    import hmac
    import os
    import time
    import urllib.parse


    def generate_sas_token(uri: str, key: str, policy_name: str | None = None, expiry: int = 3600) -> str:
        """Build a token of the form
        SharedAccessSignature sr={uri}&sig={signature}&se={expiry}&skn={policy}
        """
        ttl = int(time.time()) + expiry
        sign_key = f"{urllib.parse.quote_plus(uri)}\\n{ttl}".encode()
        signature = base64.b64encode(hmac.new(base64.b64decode(key), sign_key, hashlib.sha256).digest())
        token = {"sr": uri, "sig": signature, "se": str(ttl)}
        if policy_name:
            token["skn"] = policy_name
        return "SharedAccessSignature " + urllib.parse.urlencode(token)


    if __name__ == "__main__":
        print(generate_sas_token(os.environ["IOTHUB_HOST"], os.environ["IOTHUB_POLICY_KEY"], "service"))
''', "https://learn.microsoft.com/en-us/azure/iot-hub/authenticate-authorize-sas#sas-token-structure")

SV("python", "azure-dps-group-key", "dps/derive_device_keys.py", '''
    """Derive per-device keys from the DPS enrollment group key for the new weld cells."""
    import base64
    import hashlib
    import hmac

    ID_SCOPE = "0ne00«scope»"
    GROUP_PRIMARY_KEY = "«v»"


    def device_key(registration_id: str) -> str:
        mac = hmac.new(base64.b64decode(GROUP_PRIMARY_KEY), registration_id.encode(), hashlib.sha256)
        return base64.b64encode(mac.digest()).decode()


    if __name__ == "__main__":
        for n in range(1, 9):
            rid = f"weld-cell-{n:02d}"
            print(rid, device_key(rid))
''', b64bytes(64), "https://learn.microsoft.com/en-us/azure/iot-dps/concepts-symmetric-key-attestation",
   scope=hexs(6, upper=True))

DV("json", "template-expression", "edge-solution/deployment.template.json", '''
    {
      "$schema-template": "4.0.0",
      "modulesContent": {
        "$edgeAgent": {
          "properties.desired": {
            "schemaVersion": "1.1",
            "runtime": {
              "type": "docker",
              "settings": {
                "registryCredentials": {
                  "nwacr": {
                    "username": "$CONTAINER_REGISTRY_USERNAME_nwacr",
                    "password": "$CONTAINER_REGISTRY_PASSWORD_nwacr",
                    "address": "nwacr.azurecr.io"
                  }
                }
              }
            },
            "modules": {
              "opcPublisher": {
                "type": "docker",
                "settings": {"image": "${MODULES.opcPublisher}"}
              }
            }
          }
        }
      }
    }
''', "https://learn.microsoft.com/en-us/azure/iot-edge/module-composition")

SV("json", "acr-password", "edge-solution/config/deployment.amd64.json", '''
    {
      "modulesContent": {
        "$edgeAgent": {
          "properties.desired": {
            "schemaVersion": "1.1",
            "runtime": {
              "type": "docker",
              "settings": {
                "registryCredentials": {
                  "nwacr": {
                    "username": "nwacr",
                    "password": "«v»",
                    "address": "nwacr.azurecr.io"
                  }
                }
              }
            },
            "modules": {
              "opcPublisher": {
                "type": "docker",
                "settings": {"image": "nwacr.azurecr.io/opc-publisher:2.9.4-amd64"}
              }
            }
          }
        }
      }
    }
''', rand_pw(28, "+/") + "=" + rand_pw(3), "https://learn.microsoft.com/en-us/azure/iot-edge/tutorial-develop-for-linux")

DV("dotenv", "empty-default", "edge-solution/.env", '''
    # Filled by the pipeline from Key Vault; keep empty in git.
    CONTAINER_REGISTRY_USERNAME_nwacr=
    CONTAINER_REGISTRY_PASSWORD_nwacr=
    CONTAINER_REGISTRY_ADDRESS=nwacr.azurecr.io
    OPC_PUBLISHER_CONFIG=/appdata/publishednodes.json
    RUNTIME_LOG_LEVEL=info
''', "https://learn.microsoft.com/en-us/azure/iot-edge/how-to-vs-code-develop-module")

SV("python", "azure-eventhub-key", "stream/iothub_consumer.py", '''
    from azure.eventhub import EventHubConsumerClient

    # Built-in endpoints -> Event Hub-compatible endpoint (policy: service)
    CONNECTION = ("Endpoint=sb://ihsuprodbyres012dednamespace.servicebus.windows.net/;"
                  "SharedAccessKeyName=service;SharedAccessKey=«v»;"
                  "EntityPath=nw-plant-iothub")


    def on_event(partition_context, event):
        print(partition_context.partition_id, event.system_properties.get(b"iothub-connection-device-id"), event.body_as_str())
        partition_context.update_checkpoint(event)


    client = EventHubConsumerClient.from_connection_string(CONNECTION, consumer_group="$Default")
    with client:
        client.receive(on_event=on_event, starting_position="-1")
''', sas_key(), "https://learn.microsoft.com/en-us/azure/iot-hub/iot-hub-devguide-messages-read-builtin")

DV("json", "thumbprints", "iot/azure/device-identity-weld-02.json", '''
    {
      "authentication": {
        "symmetricKey": {"primaryKey": null, "secondaryKey": null},
        "type": "selfSigned",
        "x509Thumbprint": {
          "primaryThumbprint": "«t1»",
          "secondaryThumbprint": "«t2»"
        }
      },
      "capabilities": {"iotEdge": true},
      "deviceId": "edge-weld-02",
      "etag": "NzU5MDc4OTIz",
      "generationId": "638512904410732210",
      "status": "enabled"
    }
''', "https://learn.microsoft.com/en-us/cli/azure/iot/hub/device-identity", t1=thumbprint(), t2=thumbprint())

DV("json", "twin-etags", "tests/fixtures/device_twin_press3.json", '''
    {
      "deviceId": "press-line-3",
      "etag": "AAAAAAAAAAM=",
      "deviceEtag": "MTU3NjE0MjIx",
      "status": "enabled",
      "connectionState": "Connected",
      "authenticationType": "sas",
      "x509Thumbprint": {"primaryThumbprint": null, "secondaryThumbprint": null},
      "version": 18,
      "properties": {
        "desired": {"telemetryIntervalSec": 5, "$version": 4},
        "reported": {"firmware": "3.2.7", "plcSerial": "«ser»", "mac": "«mac»", "$version": 12}
      }
    }
''', "https://learn.microsoft.com/en-us/azure/iot-hub/iot-hub-devguide-device-twins", ser=hexs(12, True), mac=mac())

DV("markdown", "placeholder", "docs/device-provisioning.md", '''
    # Provisioning a new press-line device

    1. In the portal, IoT Hub -> Devices -> **Add device**, symmetric key, auto-generate.
    2. Copy the *primary connection string*; it looks like

           HostName=<hub-name>.azure-devices.net;DeviceId=<device-id>;SharedAccessKey=<base64 key>

    3. Paste it into the device's `/etc/aziot/config.toml` (never into this repo).
    4. `sudo iotedge config apply` and check `sudo iotedge check`.

    DPS group enrollments use ID scope `0ne00XXXXXX` and a derived key per device
    (see `dps/derive_device_keys.py`, which reads the group key from Key Vault).
''', "https://learn.microsoft.com/en-us/azure/iot-hub/create-connect-device")

_k8s_conn = sas_key()
SV("k8s-secret", "azure-iot-device-key", "deploy/k8s/opc-bridge-secret.yaml", '''
    apiVersion: v1
    kind: Secret
    metadata:
      name: opc-bridge-iothub
      namespace: plant-edge
    type: Opaque
    data:
      DEVICE_CONNECTION_STRING: «enc»
      TELEMETRY_INTERVAL: NQ==
''', _k8s_conn, "https://kubernetes.io/docs/concepts/configuration/secret/#opaque-secrets",
   enc=b64("HostName=nw-plant-iothub.azure-devices.net;DeviceId=opc-bridge-01;SharedAccessKey=" + _k8s_conn))

DV("k8s-secret", "base64-placeholder", "deploy/k8s/opc-bridge-secret.example.yaml", '''
    # Example only - the real secret is created by the pipeline from Key Vault.
    apiVersion: v1
    kind: Secret
    metadata:
      name: opc-bridge-iothub
      namespace: plant-edge
    type: Opaque
    data:
      DEVICE_CONNECTION_STRING: «enc»
      TELEMETRY_INTERVAL: NQ==
''', "https://kubernetes.io/docs/concepts/configuration/secret/", enc=b64("REPLACE_ME"))

# ============================================================================================
# LoRaWAN / The Things Stack / ChirpStack, Particle
# ============================================================================================

SV("json", "lorawan-appkey", "lorawan/devices/reefer-sensor-0117.json", '''
    {
      "ids": {
        "device_id": "reefer-sensor-0117",
        "dev_eui": "«dev»",
        "join_eui": "«join»",
        "application_ids": {"application_id": "nw-cold-chain"}
      },
      "name": "Reefer 0117 (trailer T-5117)",
      "lorawan_version": "MAC_V1_0_3",
      "lorawan_phy_version": "PHY_V1_0_3_REV_A",
      "frequency_plan_id": "US_902_928_FSB_2",
      "supports_join": true,
      "root_keys": {
        "app_key": {"key": "«v»"}
      }
    }
''', hexs(32, upper=True), "https://www.thethingsindustries.com/docs/devices/adding-devices/",
   dev=eui(), join="70B3D57ED0" + hexs(6, True))

SV("arduino", "lorawan-appkey", "firmware/lora_pallet_tag/lora_pallet_tag.ino", '''
    #include <MKRWAN.h>
    #include "sensors.h"

    LoRaModem modem;

    // OTAA credentials from the TTS console (application nw-pallet-tags)
    String appEui = "«join»";
    String appKey = "«v»";

    void setup() {
      Serial.begin(115200);
      if (!modem.begin(US915)) {
        Serial.println("Failed to start module");
        while (1) {}
      }
      Serial.print("Device EUI: ");
      Serial.println(modem.deviceEUI());
      if (!modem.joinOTAA(appEui, appKey)) {
        Serial.println("Join failed, retrying in 60s");
      }
      modem.minPollInterval(60);
    }

    void loop() {
      modem.beginPacket();
      modem.write(readShockCount());
      modem.endPacket(false);
      delay(600000);
    }
''', hexs(32, upper=True), "https://docs.arduino.cc/tutorials/mkr-wan-1310/the-things-network/",
   join="0000000000000000")

SV("dotenv", "tts-api-key", "ttn/.env", '''
    # The Things Stack Cloud - nw-cold-chain application
    TTS_HOST=northwind.nam1.cloud.thethings.industries
    TTS_APP_ID=nw-cold-chain
    TTS_API_KEY=«v»
    TTS_WEBHOOK_ID=cold-chain-ingest
    MQTT_TLS=true
''', tts_key(), "https://www.thethingsindustries.com/docs/api/concepts/auth/")

SV("python", "tts-api-key", "ttn/downlink.py", '''
    """Push a downlink (set report interval) to a reefer sensor through the TTS HTTP API."""
    import base64
    import sys

    import requests

    APP = "nw-cold-chain"
    BASE = "https://northwind.nam1.cloud.thethings.industries/api/v3"
    HEADERS = {
        "Authorization": "Bearer «v»",
        "Content-Type": "application/json",
        "User-Agent": "nw-downlink/1.2",
    }


    def set_interval(device_id: str, minutes: int) -> None:
        payload = base64.b64encode(bytes([0x01, minutes])).decode()
        body = {"downlinks": [{"frm_payload": payload, "f_port": 15, "priority": "NORMAL"}]}
        r = requests.post(f"{BASE}/as/applications/{APP}/webhooks/downlink/devices/{device_id}/down/push",
                          json=body, headers=HEADERS, timeout=10)
        r.raise_for_status()


    if __name__ == "__main__":
        set_interval(sys.argv[1], int(sys.argv[2]))
''', tts_key(), "https://www.thethingsindustries.com/docs/integrations/webhooks/scheduling-downlinks/")

SV("shell", "tts-api-key", "gateway/basicstation/setup.sh", '''
    #!/bin/bash
    # LoRa Basics Station on the dock-door gateways (RAK7248). Run once as root.
    set -euo pipefail
    STATION_DIR=/opt/basicstation
    mkdir -p "$STATION_DIR"
    cd "$STATION_DIR"

    echo "wss://nam1.cloud.thethings.network:8887" > tc.uri
    curl -fsSL https://letsencrypt.org/certs/isrgrootx1.pem -o tc.trust
    echo "Authorization: Bearer «v»" | perl -p -e 's/\\r\\n|\\n|\\r/\\r\\n/g' > tc.key
    chmod 600 tc.key

    cp station.conf.template station.conf
    systemctl restart basicstation
''', tts_key(), "https://www.thethingsindustries.com/docs/gateways/concepts/lora-basics-station/lns/")

SV("toml", "chirpstack-api-secret", "chirpstack/chirpstack.toml", '''
    [logging]
    level = "info"

    [postgresql]
    dsn = "postgres://chirpstack:$POSTGRESQL_PASSWORD@postgres/chirpstack?sslmode=disable"
    max_open_connections = 10

    [redis]
    servers = ["redis://redis/"]

    [network]
    net_id = "000000"
    enabled_regions = ["us915_1"]

    [api]
    bind = "0.0.0.0:8080"
    secret = "«v»"
''', b64bytes(32), "https://www.chirpstack.io/docs/chirpstack/configuration.html")

DV("js", "device-ids", "lorawan/codecs/reefer_decoder.js", '''
    // TTS uplink payload formatter for the reefer sensors.
    // Known test units (DevEUI): «a», «b»
    function decodeUplink(input) {
      var b = input.bytes;
      var temp = ((b[0] << 8) | b[1]);
      if (temp & 0x8000) temp -= 0x10000;
      return {
        data: {
          temperature_c: temp / 100,
          humidity: b[2],
          door_open: (b[3] & 0x01) === 1,
          battery_mv: (b[4] << 8) | b[5]
        },
        warnings: [],
        errors: []
      };
    }
''', "https://www.thethingsindustries.com/docs/integrations/payload-formatters/javascript/uplink/",
   a=eui(), b=eui())

DV("json", "zero-key-placeholder", "lorawan/devices/_template.json", '''
    {
      "ids": {
        "device_id": "CHANGE-ME",
        "dev_eui": "0000000000000000",
        "join_eui": "0000000000000000",
        "application_ids": {"application_id": "nw-cold-chain"}
      },
      "lorawan_version": "MAC_V1_0_3",
      "frequency_plan_id": "US_902_928_FSB_2",
      "supports_join": true,
      "root_keys": {
        "app_key": {"key": "00000000000000000000000000000000"}
      }
    }
''', "https://www.thethingsindustries.com/docs/devices/adding-devices/adding-devices-in-bulk/")

DV("markdown", "redacted-example", "lorawan/README.md", '''
    # LoRaWAN fleet

    Devices join the `nw-cold-chain` application on our TTS Cloud tenant. API keys have the form

        NNSXS.<39-char key id>.<52-char secret>

    e.g. `NNSXS.XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX.XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX`.
    Keys for CI are in the `TTS_API_KEY` GitHub secret; ask #iot-platform for your own.

    Bulk import: `ttn-lw-cli end-devices create nw-cold-chain --from-vendor-csv devices.csv`.
''', "https://www.thethingsindustries.com/docs/api/concepts/auth/")

devs = [eui() for _ in range(4)]
DV("csv", "device-ids", "lorawan/pallet_tags_batch7.csv", '''
    id;dev_eui;join_eui;name;frequency_plan_id;app_key
    pallet-0701;«d0»;70B3D57ED0«j»;Pallet tag 0701;US_902_928_FSB_2;********************************
    pallet-0702;«d1»;70B3D57ED0«j»;Pallet tag 0702;US_902_928_FSB_2;********************************
    pallet-0703;«d2»;70B3D57ED0«j»;Pallet tag 0703;US_902_928_FSB_2;********************************
    pallet-0704;«d3»;70B3D57ED0«j»;Pallet tag 0704;US_902_928_FSB_2;********************************
''', "https://www.thethingsindustries.com/docs/devices/adding-devices/adding-devices-in-bulk/device-csv/",
   d0=devs[0], d1=devs[1], d2=devs[2], d3=devs[3], j=hexs(6, True))

SV("micropython", "lorawan-appkey", "pycom/dock_door/main.py", '''
    from network import LoRa
    import socket
    import time
    import ubinascii

    lora = LoRa(mode=LoRa.LORAWAN, region=LoRa.US915)

    app_eui = ubinascii.unhexlify("«join»")
    app_key = ubinascii.unhexlify("«v»")

    lora.join(activation=LoRa.OTAA, auth=(app_eui, app_key), timeout=0)
    while not lora.has_joined():
        time.sleep(2.5)
        print("Not yet joined...")

    s = socket.socket(socket.AF_LORA, socket.SOCK_RAW)
    s.setsockopt(socket.SOL_LORA, socket.SO_DR, 3)
    s.setblocking(False)
    while True:
        s.send(bytes([0x01, 0x00]))
        time.sleep(300)
''', hexs(32, upper=True), "https://docs.pycom.io/tutorials/networks/lora/lorawan-otaa/", join="70B3D57ED0" + hexs(6, True))

SV("python", "particle-token", "particle/flash_fleet.py", '''
    """OTA-flash the forklift telematics Borons in a product group."""
    import sys

    import requests

    PARTICLE_ACCESS_TOKEN = "«v»"
    PRODUCT_ID = 21874
    API = "https://api.particle.io/v1"


    def flash(device_id: str, version: int) -> None:
        r = requests.put(f"{API}/products/{PRODUCT_ID}/devices/{device_id}",
                         data={"desired_firmware_version": version, "flash": "true"},
                         headers={"Authorization": f"Bearer {PARTICLE_ACCESS_TOKEN}"}, timeout=15)
        r.raise_for_status()


    if __name__ == "__main__":
        for dev in sys.argv[2:]:
            flash(dev, int(sys.argv[1]))
''', particle_token(), "https://docs.particle.io/reference/cloud-apis/api/#authentication")

SV("github-actions", "particle-token", ".github/workflows/firmware.yml", '''
    name: firmware
    on:
      push:
        branches: [main]
        paths: ["firmware/forklift/**"]
    jobs:
      build:
        runs-on: ubuntu-latest
        env:
          PARTICLE_TOKEN: «v»
        steps:
          - uses: actions/checkout@v4
          - run: npm install -g particle-cli
          - run: particle login --token "$PARTICLE_TOKEN"
          - run: particle compile boron firmware/forklift --target 5.8.0 --saveTo forklift.bin
          - uses: actions/upload-artifact@v4
            with:
              name: forklift-firmware
              path: forklift.bin
''', particle_token(), "https://docs.particle.io/getting-started/developer-tools/cli/")

DV("json", "device-ids", "particle/devices.json", '''
    [
      {"id": "«d0»", "name": "forklift-07", "platform_id": 13, "iccid": "89014«c0»", "imei": "«i0»", "online": true},
      {"id": "«d1»", "name": "forklift-08", "platform_id": 13, "iccid": "89014«c1»", "imei": "«i1»", "online": false},
      {"id": "«d2»", "name": "forklift-11", "platform_id": 13, "iccid": "89014«c2»", "imei": "«i2»", "online": true},
      {"id": "«d3»", "name": "yard-tug-02", "platform_id": 13, "iccid": "89014«c3»", "imei": "«i3»", "online": true}
    ]
''', "https://docs.particle.io/reference/cloud-apis/api/#list-devices",
   d0=hexs(24), d1=hexs(24), d2=hexs(24), d3=hexs(24), c0=digits(15), c1=digits(15), c2=digits(15), c3=digits(15),
   i0=imei(), i1=imei(), i2=imei(), i3=imei())

DV("makefile", "env-reference", "firmware/forklift/Makefile", '''
    PLATFORM ?= boron
    DEVICE_OS ?= 5.8.0
    PRODUCT_ID ?= 21874

    build:
    \tparticle compile $(PLATFORM) . --target $(DEVICE_OS) --saveTo out/forklift.bin

    release: build
    \tparticle login --token $(PARTICLE_TOKEN)
    \tparticle product firmware upload $(PRODUCT_ID) $(VERSION) "forklift $(VERSION)" out/forklift.bin

    .PHONY: build release
''', "https://docs.particle.io/reference/developer-tools/cli/")

# ============================================================================================
# MQTT brokers, Node-RED
# ============================================================================================

DV("mosquitto-passwd", "password-hash", "mosquitto/config/passwd", '''
    gateway-dock-01:«h0»
    gateway-dock-02:«h1»
    nodered:«h2»
    telegraf:«h3»
    ops-admin:«h4»
''', "https://mosquitto.org/man/mosquitto_passwd-1.html",
   h0=mosquitto_hash(), h1=mosquitto_hash(), h2=mosquitto_hash(), h3=mosquitto_hash(), h4=mosquitto_hash())

DV("mosquitto-conf", "file-paths", "mosquitto/config/mosquitto.conf", '''
    persistence true
    persistence_location /mosquitto/data/
    log_dest file /mosquitto/log/mosquitto.log

    listener 1883 127.0.0.1

    listener 8883
    certfile /mosquitto/certs/broker.crt
    keyfile /mosquitto/certs/broker.key
    cafile /mosquitto/certs/ca.crt
    require_certificate false

    allow_anonymous false
    password_file /mosquitto/config/passwd
    acl_file /mosquitto/config/aclfile
''', "https://mosquitto.org/man/mosquitto-conf-5.html")

SV("mosquitto-conf", "mqtt-password", "mosquitto/config/conf.d/bridge-hivemq.conf", '''
    # Bridge plant broker -> HiveMQ Cloud (corporate dashboards)
    connection plant-to-cloud
    address f3a9«h».s1.eu.hivemq.cloud:8883
    bridge_protocol_version mqttv311
    bridge_insecure false
    bridge_capath /etc/ssl/certs
    remote_clientid plant-reno-bridge
    remote_username plant-reno
    remote_password «v»
    cleansession false
    topic plant/reno/# out 1 "" ""
    topic cmd/reno/# in 1 "" ""
''', words_pw(), "https://mosquitto.org/man/mosquitto-conf-5.html", h=hexs(20))

SV("python", "mqtt-password", "edge/mqtt_publisher.py", '''
    import json
    import time

    import paho.mqtt.client as mqtt

    from edge.plc import read_line_counters

    client = mqtt.Client(mqtt.CallbackAPIVersion.VERSION2, client_id="line3-plc-bridge")
    client.username_pw_set("line3-plc", "«v»")
    client.tls_set(ca_certs="/etc/ssl/certs/ca-certificates.crt")
    client.connect("mqtt.plant-reno.northwind.local", 8883, keepalive=30)
    client.loop_start()

    while True:
        counters = read_line_counters()
        client.publish("plant/reno/line3/counters", json.dumps(counters), qos=1)
        time.sleep(5)
''', "Forklift!" + str(_rng().randint(2019, 2025)), "https://eclipse.dev/paho/files/paho.mqtt.python/html/client.html")

SV("telegraf", "mqtt-password", "telegraf/telegraf.conf", '''
    [agent]
      interval = "10s"
      flush_interval = "10s"

    [[inputs.mqtt_consumer]]
      servers = ["ssl://mqtt.plant-reno.northwind.local:8883"]
      topics = ["plant/reno/+/counters", "plant/reno/+/energy"]
      username = "telegraf"
      password = "«v»"
      data_format = "json_v2"
      [[inputs.mqtt_consumer.json_v2]]
        measurement_name = "line_counters"

    [[outputs.influxdb_v2]]
      urls = ["http://influxdb:8086"]
      token = "$INFLUX_TOKEN"
      organization = "northwind"
      bucket = "plant_reno"
''', rand_pw(16), "https://github.com/influxdata/telegraf/blob/master/plugins/inputs/mqtt_consumer/README.md")

SV("telegraf", "influxdb-token", "telegraf/telegraf.d/output-influx.conf", '''
    # Output to the central InfluxDB 2 (sensor data, 400d retention)
    [[outputs.influxdb_v2]]
      urls = ["https://influx.northwind.local:8086"]
      token = "«v»"
      organization = "northwind"
      bucket = "plant_reno"
      timeout = "10s"
      content_encoding = "gzip"
      tls_ca = "/etc/telegraf/ca.pem"
''', influx_token(), "https://github.com/influxdata/telegraf/blob/master/plugins/outputs/influxdb_v2/README.md")

DV("telegraf", "env-reference", "telegraf/telegraf-site.conf", '''
    [global_tags]
      site = "slc"

    [[inputs.mqtt_consumer]]
      servers = ["ssl://mqtt.plant-slc.northwind.local:8883"]
      topics = ["plant/slc/#"]
      username = "${MQTT_USERNAME}"
      password = "${MQTT_PASSWORD}"
      data_format = "json"

    [[outputs.influxdb_v2]]
      urls = ["${INFLUX_URL}"]
      token = "${INFLUX_TOKEN}"
      organization = "northwind"
      bucket = "plant_slc"
''', "https://docs.influxdata.com/telegraf/v1/configuration/#set-environment-variables")

SV("dotenv", "mqtt-url-password", "edge/.env", '''
    SITE=reno
    LINE=3
    MQTT_URL=mqtts://gateway-dock-01:«v»@f3a9«h».s1.eu.hivemq.cloud:8883
    MQTT_TOPIC_PREFIX=plant/reno
    PLC_HOST=10.20.3.15
    PLC_SLOT=0
''', rand_pw(18), "https://www.hivemq.com/docs/hivemq-cloud/", h=hexs(20))

SV("js", "node-red-credential-secret", "node-red/settings.js", '''
    module.exports = {
        flowFile: 'flows.json',
        flowFilePretty: true,
        credentialSecret: "«v»",
        uiPort: process.env.PORT || 1880,
        mqttReconnectTime: 15000,
        serialReconnectTime: 15000,
        debugMaxLength: 1000,
        functionGlobalContext: {
            os: require('os'),
        },
        logging: {
            console: { level: "info", metrics: false, audit: false }
        },
        editorTheme: { projects: { enabled: false } }
    };
''', passphrase(), "https://nodered.org/docs/user-guide/runtime/settings-file")

DV("js", "password-hash", "node-red-line3/settings.js", '''
    module.exports = {
        flowFile: 'flows.json',
        credentialSecret: process.env.NODE_RED_CREDENTIAL_SECRET,
        adminAuth: {
            type: "credentials",
            users: [{
                username: "admin",
                password: "«h»",
                permissions: "*"
            }]
        },
        uiPort: process.env.PORT || 1880,
        httpNodeCors: { origin: "*", methods: "GET,PUT,POST,DELETE" },
    };
''', "https://nodered.org/docs/user-guide/runtime/securing-node-red", h=bcrypt_hash())

SV("json", "mqtt-password", "node-red/flows_cred.json", '''
    {
        "5d2c9f1a.e3b7a8": {
            "user": "nodered",
            "password": "«v»"
        },
        "a41f07c2.9d3e5b": {
            "user": "historian_rw"
        }
    }
''', season_pw(), "https://nodered.org/docs/user-guide/runtime/securing-node-red#credential-encryption")

DV("json", "env-reference", "node-red-line3/flows.json", '''
    [
        {"id": "5d2c9f1a.e3b7a8", "type": "mqtt-broker", "name": "plant broker", "broker": "mqtt.plant-reno.northwind.local",
         "port": "8883", "tls": "c0a1e2f3.445566", "clientid": "nodered-line3", "usetls": true, "protocolVersion": "4"},
        {"id": "9b1e22d4.7c0f1a", "type": "function", "z": "f1", "name": "tag counters",
         "func": "msg.headers = { 'x-api-key': env.get('MES_API_KEY') };\\nmsg.payload.line = 3;\\nreturn msg;",
         "outputs": 1, "wires": [["3f2a8b71.c1d2e3"]]},
        {"id": "3f2a8b71.c1d2e3", "type": "http request", "z": "f1", "name": "MES", "method": "POST",
         "url": "https://mes.northwind.local/api/counters", "authType": "", "wires": [[]]}
    ]
''', "https://nodered.org/docs/user-guide/environment-variables")

_nr_token = samsara_token()
SV("json", "samsara-token", "node-red/yard-flows.json", '''
    [
        {"id": "c7a1e0b9.5f4d2c", "type": "inject", "z": "yard", "name": "every 60s", "repeat": "60",
         "once": true, "wires": [["a2b3c4d5.e6f7a8"]]},
        {"id": "a2b3c4d5.e6f7a8", "type": "function", "z": "yard", "name": "samsara auth",
         "func": "msg.url = 'https://api.samsara.com/fleet/vehicles/locations';\\nmsg.headers = {\\n  'Authorization': 'Bearer «v»'\\n};\\nreturn msg;",
         "outputs": 1, "wires": [["e1d2c3b4.a5f6e7"]]},
        {"id": "e1d2c3b4.a5f6e7", "type": "http request", "z": "yard", "name": "locations", "method": "GET",
         "ret": "obj", "wires": [["0f1e2d3c.4b5a69"]]},
        {"id": "0f1e2d3c.4b5a69", "type": "worldmap", "z": "yard", "name": "yard map", "wires": []}
    ]
''', _nr_token, "https://nodered.org/docs/user-guide/writing-functions")

SV("hocon", "emqx-dashboard-password", "emqx/etc/emqx.conf", '''
    node {
      name = "emqx@plant-reno-mq1"
      cookie = "${EMQX_NODE_COOKIE}"
      data_dir = "data"
    }

    cluster {
      name = plant-reno
      discovery_strategy = manual
    }

    dashboard {
      listeners.http.bind = 18083
      default_username = "admin"
      default_password = "«v»"
    }

    authentication = [{mechanism = password_based, backend = built_in_database, user_id_type = username}]
''', words_pw(), "https://docs.emqx.com/en/emqx/latest/configuration/configuration.html")

DV("xml", "password-hash", "hivemq/extensions/hivemq-file-rbac-extension/credentials.xml", '''
    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
    <!-- salted hashes from tools/password-generator (extension-config.xml: <password-type>HASHED</password-type>) -->
    <file-rbac>
        <users>
            <user>
                <name>gateway-dock-01</name>
                <password>«h0»</password>
                <roles><id>gateway</id></roles>
            </user>
            <user>
                <name>dashboard</name>
                <password>«h1»</password>
                <roles><id>reader</id></roles>
            </user>
        </users>
        <roles>
            <role><id>gateway</id><permissions><permission><topic>plant/${{clientid}}/#</topic></permission></permissions></role>
            <role><id>reader</id><permissions><permission><topic>plant/#</topic><activity>SUBSCRIBE</activity></permission></permissions></role>
        </roles>
    </file-rbac>
''', "https://github.com/hivemq/hivemq-file-rbac-extension",
   h0=b64bytes(24) + ":100:" + b64bytes(64), h1=b64bytes(24) + ":100:" + b64bytes(64))

SV("xml", "mqtt-password", "broker/rbac/credentials.xml", '''
    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
    <!-- plain passwords for the lab broker, see extension-config.xml -->
    <file-rbac>
        <users>
            <user>
                <name>plc-sim</name>
                <password>«v»</password>
                <roles><id>gateway</id></roles>
            </user>
        </users>
        <roles>
            <role><id>gateway</id><permissions><permission><topic>lab/#</topic></permission></permissions></role>
        </roles>
    </file-rbac>
''', rand_pw(14, "!#"), "https://github.com/hivemq/hivemq-file-rbac-extension#configuration")

DV("mosquitto-acl", "topic-acl", "mosquitto/config/aclfile", '''
    # gateways publish their own telemetry only
    pattern write plant/reno/%c/#
    pattern read cmd/reno/%c/#

    user telegraf
    topic read plant/reno/#

    user nodered
    topic readwrite plant/reno/#
    topic write cmd/reno/#
''', "https://mosquitto.org/man/mosquitto-conf-5.html")

DV("jinja", "template-expression", "ansible/roles/mosquitto/templates/bridge.conf.j2", '''
    # {{ ansible_managed }}
    connection {{ site }}-to-cloud
    address {{ mqtt_cloud_host }}:8883
    bridge_capath /etc/ssl/certs
    remote_clientid plant-{{ site }}-bridge
    remote_username {{ mqtt_bridge_user }}
    remote_password {{ mqtt_bridge_password }}
    cleansession false
    {% for t in mqtt_bridge_topics %}
    topic {{ t.pattern }} {{ t.direction }} 1 "" ""
    {% endfor %}
''', "https://docs.ansible.com/ansible/latest/collections/ansible/builtin/template_module.html")

DV("markdown", "env-reference", "docs/mqtt.md", '''
    # Plant MQTT

    Test a gateway's account from the ops box:

    ```bash
    mosquitto_sub -h mqtt.plant-reno.northwind.local -p 8883 --capath /etc/ssl/certs \\
      -u gateway-dock-01 -P "$MQTT_PASS" -t 'plant/reno/#' -v
    ```

    Add a user: `mosquitto_passwd -b /mosquitto/config/passwd <user> <password>` then
    `docker kill -s HUP mosquitto`. Passwords go into 1Password, vault "Plant OT".
''', "https://mosquitto.org/man/mosquitto_sub-1.html")

# ============================================================================================
# OPC UA, PLC gateways (Modbus, Ignition, Kepware), historians
# ============================================================================================

SV("yaml", "opcua-password", "opcua/client_config.yaml", '''
    # OPC UA collector -> press line PLCs (Siemens S7-1500, built-in OPC UA server)
    endpoint: opc.tcp://10.20.3.10:4840
    security:
      policy: Basic256Sha256
      mode: SignAndEncrypt
      certificate: pki/own/certs/collector.der
      private_key: pki/own/private/collector.pem
    auth:
      type: username
      username: opc_collector
      password: «v»
    subscriptions:
      - node: ns=3;s="DB_Press"."Tonnage"
        interval_ms: 500
      - node: ns=3;s="DB_Press"."DieTemp"
        interval_ms: 1000
''', words_pw(), "https://support.industry.siemens.com/cs/document/109757017")

SV("python", "opcua-password", "opcua/collector.py", '''
    import asyncio
    import logging

    from asyncua import Client

    URL = "opc.tcp://kepware01.plant-reno.northwind.local:49320"
    NODES = ["ns=2;s=Line3.Filler.Count", "ns=2;s=Line3.Filler.State", "ns=2;s=Line3.Capper.Torque"]


    async def main() -> None:
        client = Client(url=URL, timeout=10)
        client.set_user("svc_historian")
        client.set_password("«v»")
        await client.set_security_string("Basic256Sha256,SignAndEncrypt,pki/collector.der,pki/collector.pem")
        async with client:
            nodes = [client.get_node(n) for n in NODES]
            while True:
                values = await client.read_values(nodes)
                logging.info(dict(zip(NODES, values)))
                await asyncio.sleep(1)


    if __name__ == "__main__":
        logging.basicConfig(level=logging.INFO)
        asyncio.run(main())
''', season_pw(), "https://opcua-asyncio.readthedocs.io/en/latest/usage/get-started/minimal-client.html")

DV("yaml", "node-ids", "opcua/nodes.yaml", '''
    # Node ids and server certificate pin for the filler line
    server:
      endpoint: opc.tcp://kepware01.plant-reno.northwind.local:49320
      application_uri: urn:kepware01:Kepware.KEPServerEX.V6:UA%20Server
      certificate_thumbprint_sha1: «t»
    nodes:
      filler_count: ns=2;s=Line3.Filler.Count
      filler_state: ns=2;s=Line3.Filler.State
      capper_torque: ns=2;s=Line3.Capper.Torque
      recipe_guid: ns=2;g=«g»
      alarm_bits: ns=2;i=6021
''', "https://reference.opcfoundation.org/Core/Part6/v105/docs/5.3.1.10", t=thumbprint(), g=uuid_s())

DV("text", "certificate-dump", "opcua/pki/trusted/server_cert.txt", '''
    Certificate:
        Data:
            Version: 3 (0x2)
            Serial Number:
                «serial»
            Signature Algorithm: sha256WithRSAEncryption
            Issuer: CN=kepware01, O=Northwind Logistics, C=US
            Validity
                Not Before: Mar  4 17:22:10 2024 GMT
                Not After : Mar  4 17:22:10 2029 GMT
            Subject: CN=kepware01, O=Northwind Logistics, C=US
            Subject Public Key Info:
                Public Key Algorithm: rsaEncryption
                    Public-Key: (2048 bit)
                    Modulus:
                        00:«m1»
                        «m2»
                    Exponent: 65537 (0x10001)
    SHA1 Fingerprint=«fp»
''', "https://www.openssl.org/docs/man3.0/man1/openssl-x509.html",
   serial=":".join(hexs(2) for _ in range(16)), m1=":".join(hexs(2) for _ in range(14)),
   m2=":".join(hexs(2) for _ in range(15)), fp=":".join(hexs(2, True) for _ in range(20)))

SV("python", "ignition-password", "ignition/scripts/mes_sync.py", '''
    # Gateway timer script (Jython 2.7) - pushes shift totals to the MES REST API
    import system

    MES_URL = "https://mes.northwind.local/api/v2/shift-totals"
    MES_USER = "ignition_gw"
    MES_PASS = "«v»"

    logger = system.util.getLogger("mes_sync")
    client = system.net.httpClient(timeout=10000, username=MES_USER, password=MES_PASS)


    def push_totals():
        tags = system.tag.readBlocking(["[default]Line3/ShiftTotal", "[default]Line3/ScrapTotal"])
        body = {"line": 3, "good": tags[0].value, "scrap": tags[1].value}
        resp = client.post(MES_URL, data=body)
        if not resp.good:
            logger.warn("MES rejected totals: %s" % resp.text)
''', words_pw(), "https://docs.inductiveautomation.com/docs/8.1/appendix/scripting-functions/system-net/system.net.httpClient")

SV("ini", "database-password", "plc_gateway/gateway.ini", '''
    ; Modbus TCP -> SQL gateway for the packaging line
    [modbus]
    host = 10.20.4.21
    port = 502
    unit_id = 1
    poll_ms = 250

    [sql]
    driver = ODBC Driver 18 for SQL Server
    server = sql-hist01.plant-reno.northwind.local
    database = Historian
    uid = gw_writer
    pwd = «v»
    trust_server_certificate = yes

    [mqtt]
    enabled = false
''', words_pw(), "https://pymodbus.readthedocs.io/en/latest/source/client.html", crlf=True)

DV("ini", "placeholder", "plc_gateway/gateway.example.ini", '''
    ; Example config - copy to gateway.ini on the box and edit.
    [modbus]
    host = 192.168.1.10
    port = 502
    unit_id = 1
    poll_ms = 250

    [sql]
    driver = ODBC Driver 18 for SQL Server
    server = your-sql-server
    database = Historian
    uid = gw_writer
    pwd = changeme

    [mqtt]
    enabled = false
''', "https://pymodbus.readthedocs.io/en/latest/source/client.html", crlf=True)

DV("yaml", "device-ids", "modbus/register_map.yaml", '''
    # Holding registers of the palletizer (Allen-Bradley via ProSoft MVI69 gateway)
    gateway:
      host: 10.20.4.21
      mac: «mac»
      serial: PS-«ser»
    unit_id: 1
    registers:
      - {name: pallets_built, address: 40001, type: uint32, scale: 1}
      - {name: layer_count, address: 40003, type: uint16, scale: 1}
      - {name: motor_current_a, address: 40010, type: float32, scale: 0.1}
      - {name: fault_word, address: 40020, type: uint16, bits: true}
      - {name: recipe_id, address: 40030, type: uint16}
''', "https://www.modbus.org/docs/Modbus_Application_Protocol_V1_1b3.pdf", mac=mac(), ser=hexs(8, True))

SV("yaml", "influxdb-v1-password", "modbus_bridge/config.yaml", '''
    source:
      protocol: modbus-tcp
      host: 10.20.4.30
      port: 502
      unit: 3
      registers_file: registers/compressors.csv
    sink:
      type: influxdb1
      url: http://bridge:«v»@influx-legacy.plant-slc.northwind.local:8086
      database: compressors
      retention_policy: autogen
    interval_seconds: 2
''', rand_pw(16), "https://docs.influxdata.com/influxdb/v1/tools/api/#authenticate-with-basic-authentication")

SV("odbc-ini", "timescale-password", "historian/odbc.ini", '''
    [ODBC Data Sources]
    TimescaleSensors = PostgreSQL Unicode

    [TimescaleSensors]
    Description = TimescaleDB sensor store (read replica)
    Driver = PostgreSQL Unicode
    Servername = tsdb-ro.northwind.local
    Port = 5432
    Database = sensors
    Username = grafana_ro
    Password = «v»
    SSLmode = require
''', words_pw(), "https://odbc.postgresql.org/docs/config-opt.html")

SV("python", "mssql-password", "reporting/historian.py", '''
    import pandas as pd
    import pyodbc

    CONN = (
        "DRIVER={ODBC Driver 18 for SQL Server};"
        "SERVER=sql-hist01.plant-reno.northwind.local,1433;"
        "DATABASE=Historian;UID=report_reader;PWD=«v»;"
        "Encrypt=yes;TrustServerCertificate=yes"
    )


    def downtime(line: int, day: str) -> pd.DataFrame:
        with pyodbc.connect(CONN) as cn:
            return pd.read_sql(
                "SELECT start_ts, end_ts, reason_code FROM dbo.downtime WHERE line = ? AND CAST(start_ts AS date) = ?",
                cn, params=[line, day])
''', season_pw(), "https://learn.microsoft.com/en-us/sql/connect/odbc/dsn-connection-string-attribute")

SV("makefile", "ignition-password", "ops/Makefile", '''
    GATEWAY ?= http://ignition01.plant-reno.northwind.local:8088

    .PHONY: backup restore status

    status:
    \tcurl -s $(GATEWAY)/StatusPing

    backup:
    \tcurl -sf -u admin:«v» -o backups/gw-$(shell date +%F).gwbk \\
    \t  "$(GATEWAY)/data/api/v1/backup"

    restore:
    \t@echo "restore through the gateway web UI only"
''', words_pw(), "https://docs.inductiveautomation.com/docs/8.1/platform/gateway/gateway-backups")

DV("json", "checksums", "ignition/project-export/manifest.json", '''
    {
      "title": "Line3 HMI",
      "description": "Packaging line 3 operator screens",
      "parent": "global-templates",
      "enabled": true,
      "inheritable": false,
      "resources": {
        "com.inductiveautomation.perspective/views/Line3/Overview": {"signature": "«s1»"},
        "com.inductiveautomation.perspective/views/Line3/Alarms": {"signature": "«s2»"},
        "ignition/script-python/mes/sync": {"signature": "«s3»"}
      },
      "lastModification": {"actor": "jmorales", "timestamp": "2024-05-14T21:03:11Z"}
    }
''', "https://docs.inductiveautomation.com/docs/8.1/platform/project/project-resources", s1=hexs(64), s2=hexs(64), s3=hexs(64))

SV("json", "kepware-mqtt-password", "kepware/iot_gateway_agent.json", '''
    {
      "common.ALLTYPES_NAME": "PlantBroker",
      "iot_gateway.AGENTTYPES_TYPE": "MQTT Client",
      "iot_gateway.AGENTTYPES_ENABLED": true,
      "iot_gateway.MQTT_CLIENT_URL": "ssl://mqtt.plant-reno.northwind.local:8883",
      "iot_gateway.MQTT_CLIENT_TOPIC": "plant/reno/kepware01/tags",
      "iot_gateway.MQTT_CLIENT_QOS": 1,
      "iot_gateway.MQTT_CLIENT_CLIENT_ID": "kepware01",
      "iot_gateway.MQTT_CLIENT_USERNAME": "kepware01",
      "iot_gateway.MQTT_CLIENT_PASSWORD": "«v»",
      "iot_gateway.AGENTTYPES_RATE_MS": 1000
    }
''', rand_pw(20), "https://www.kepware.com/getattachment/KEPServerEX-Configuration-API-Made-Easy.pdf")

# ============================================================================================
# InfluxDB, TimescaleDB, Grafana
# ============================================================================================

SV("python", "influxdb-token", "ingest/influx_writer.py", '''
    from influxdb_client import InfluxDBClient, Point
    from influxdb_client.client.write_api import SYNCHRONOUS

    INFLUX_URL = "https://influx.northwind.local:8086"
    INFLUX_TOKEN = "«v»"
    INFLUX_ORG = "northwind"
    BUCKET = "cold_chain"

    _client = InfluxDBClient(url=INFLUX_URL, token=INFLUX_TOKEN, org=INFLUX_ORG)
    _write = _client.write_api(write_options=SYNCHRONOUS)


    def write_reading(device_id: str, temp_c: float, humidity: float, ts_ns: int) -> None:
        p = (Point("reefer")
             .tag("device", device_id)
             .field("temp_c", temp_c)
             .field("humidity", humidity)
             .time(ts_ns))
        _write.write(bucket=BUCKET, record=p)
''', influx_token(), "https://github.com/influxdata/influxdb-client-python")

SV("yaml", "influxdb-token", "grafana/provisioning/datasources/influx.yaml", '''
    apiVersion: 1
    datasources:
      - name: InfluxDB (sensors)
        type: influxdb
        access: proxy
        url: https://influx.northwind.local:8086
        jsonData:
          version: Flux
          organization: northwind
          defaultBucket: cold_chain
          tlsSkipVerify: false
        secureJsonData:
          token: «v»
''', influx_token(), "https://grafana.com/docs/grafana/latest/datasources/influxdb/#provision-the-data-source")

DV("yaml", "env-reference", "grafana/provisioning/datasources/timescale.yaml", '''
    apiVersion: 1
    datasources:
      - name: TimescaleDB
        type: postgres
        url: tsdb.northwind.local:5432
        user: grafana_ro
        jsonData:
          database: sensors
          sslmode: require
          timescaledb: true
          postgresVersion: 1500
        secureJsonData:
          password: $TIMESCALE_GRAFANA_PASSWORD
''', "https://grafana.com/docs/grafana/latest/administration/provisioning/#using-environment-variables")

SV("ini", "timescale-password", "timescale/alembic.ini", '''
    [alembic]
    script_location = migrations
    prepend_sys_path = .
    sqlalchemy.url = postgresql+psycopg://sensor_admin:«v»@tsdb.northwind.local:5432/sensors

    [loggers]
    keys = root,sqlalchemy,alembic

    [handlers]
    keys = console

    [logger_alembic]
    level = INFO
    handlers =
    qualname = alembic
''', rand_pw(22), "https://alembic.sqlalchemy.org/en/latest/tutorial.html#editing-the-ini-file")

SV("compose", "influxdb-token", "docker-compose.influx.yml", '''
    services:
      influxdb:
        image: influxdb:2.7
        ports: ["8086:8086"]
        volumes:
          - influx-data:/var/lib/influxdb2
        environment:
          DOCKER_INFLUXDB_INIT_MODE: setup
          DOCKER_INFLUXDB_INIT_USERNAME: admin
          DOCKER_INFLUXDB_INIT_PASSWORD_FILE: /run/secrets/influx_admin_pw
          DOCKER_INFLUXDB_INIT_ORG: northwind
          DOCKER_INFLUXDB_INIT_BUCKET: cold_chain
          DOCKER_INFLUXDB_INIT_ADMIN_TOKEN: «v»
        secrets: [influx_admin_pw]
    secrets:
      influx_admin_pw:
        file: ./secrets/influx_admin_pw
    volumes:
      influx-data:
''', influx_token(), "https://hub.docker.com/_/influxdb")

DV("compose", "secret-file", "docker-compose.timescale.yml", '''
    services:
      tsdb:
        image: timescale/timescaledb-ha:pg16
        environment:
          POSTGRES_DB: sensors
          POSTGRES_USER: sensor_admin
          POSTGRES_PASSWORD_FILE: /run/secrets/tsdb_password
        secrets: [tsdb_password]
        volumes: [tsdb-data:/home/postgres/pgdata]
    secrets:
      tsdb_password:
        external: true
    volumes:
      tsdb-data:
''', "https://docs.timescale.com/self-hosted/latest/install/installation-docker/")

SV("toml", "influxdb-token", "ops/.influxdbv2/configs", '''
    [default]
      url = "https://influx.northwind.local:8086"
      token = "«v»"
      org = "northwind"
      active = true

    [local]
      url = "http://localhost:8086"
      token = ""
      org = "dev"
''', influx_token(), "https://docs.influxdata.com/influxdb/v2/reference/cli/influx/config/")

DV("flux", "bucket-ids", "sensor_data/queries/reefer_excursions.flux", '''
    // bucket id pinned because the name was reused after the 2023 migration
    // cold_chain = «b»
    from(bucketID: "«b»")
      |> range(start: -24h)
      |> filter(fn: (r) => r._measurement == "reefer" and r._field == "temp_c")
      |> filter(fn: (r) => r._value > 5.0 or r._value < -25.0)
      |> group(columns: ["device"])
      |> count()
      |> yield(name: "excursions")
''', "https://docs.influxdata.com/flux/v0/stdlib/influxdata/influxdb/from/", b=hexs(16))

_vib_pw = words_pw()
S("notebook", "timescale-password", "notebooks/vibration_analysis.ipynb", nb([
    {"kind": "markdown", "source": "# Compressor vibration, SLC plant\nRMS by hour for the last 30 days."},
    {"source": f"import psycopg\nconn = psycopg.connect(host='tsdb.northwind.local', dbname='sensors', user='analyst', password='{_vib_pw}')"},
    {"source": "df = pd.read_sql(\"SELECT time_bucket('1 hour', ts) AS h, device, avg(rms) FROM vibration WHERE ts > now() - interval '30 days' GROUP BY 1, 2\", conn)\ndf.shape",
     "stdout": "(14400, 3)\n"},
    {"source": "df.pivot(index='h', columns='device', values='avg').plot(figsize=(14, 5))"},
]), _vib_pw, "https://www.psycopg.org/psycopg3/docs/basic/usage.html")

SV("pgpass", "timescale-password", "deploy/pgpass", '''
    # hostname:port:database:username:password
    # used by the nightly compression/retention job on tsdb-job01
    # (copied to ~/.pgpass with mode 0600 by ansible)
    tsdb.northwind.local:5432:sensors:retention_job:«v»
    # read replica: same user, no access
''', rand_pw(24), "https://www.postgresql.org/docs/current/libpq-pgpass.html")

DV("dbt-profiles", "env-reference", "analytics/dbt/profiles.yml", '''
    sensors:
      target: prod
      outputs:
        prod:
          type: postgres
          host: tsdb.northwind.local
          port: 5432
          user: "{{ env_var('TSDB_USER') }}"
          password: "{{ env_var('TSDB_PASSWORD') }}"
          dbname: sensors
          schema: analytics
          threads: 4
          sslmode: require
''', "https://docs.getdbt.com/docs/core/connect-data-platform/postgres-setup")

SV("kapacitor-conf", "influxdb-v1-password", "kapacitor/kapacitor.conf", '''
    hostname = "kapacitor01"
    data_dir = "/var/lib/kapacitor"

    [http]
      bind-address = ":9092"
      auth-enabled = false

    [[influxdb]]
      enabled = true
      name = "sensors"
      default = true
      urls = ["http://influx-legacy.plant-slc.northwind.local:8086"]
      username = "kapacitor"
      password = "«v»"
      timeout = 0

    [smtp]
      enabled = false
''', words_pw(), "https://docs.influxdata.com/kapacitor/v1/administration/configuration/")

DV("ini", "file-provider", "grafana/grafana.ini", '''
    [server]
    domain = grafana.northwind.local
    root_url = https://grafana.northwind.local/

    [security]
    admin_user = admin
    admin_password = $__file{/run/secrets/grafana_admin_password}
    secret_key = $__env{GF_SECRET_KEY}

    [database]
    type = postgres
    host = tsdb.northwind.local:5432
    name = grafana
    user = grafana
    password = $__file{/run/secrets/grafana_db_password}
''', "https://grafana.com/docs/grafana/latest/setup-grafana/configure-grafana/#variable-expansion")

SV("dockerfile", "influxdb-token", "edge/Dockerfile", '''
    FROM python:3.11-slim

    WORKDIR /app
    COPY requirements.txt .
    RUN pip install --no-cache-dir -r requirements.txt
    COPY edge/ ./edge/

    ENV INFLUX_URL=https://influx.northwind.local:8086 \\
        INFLUX_ORG=northwind \\
        INFLUX_TOKEN=«v» \\
        SITE=reno

    USER 10001
    CMD ["python", "-m", "edge.collector"]
''', influx_token(), "https://docs.docker.com/reference/dockerfile/#env")

# ============================================================================================
# Edge device provisioning: cloud-init, Tailscale, Wi-Fi, balena, Fleet, Ansible, systemd
# ============================================================================================

SV("shell", "tailscale-auth-key", "provision/firstboot.sh", '''
    #!/bin/bash
    # First boot of a dock gateway image (Raspberry Pi CM4). Invoked by firstboot.service.
    set -euo pipefail
    HOST="dock-gw-$(cat /sys/class/net/eth0/address | tr -d : | tail -c 7)"
    hostnamectl set-hostname "$HOST"

    curl -fsSL https://tailscale.com/install.sh | sh
    tailscale up --authkey=«v» --hostname="$HOST" --advertise-tags=tag:dock-gw --ssh

    systemctl enable --now nw-gateway.service
    touch /var/lib/firstboot.done
''', tailscale_key(), "https://tailscale.com/kb/1085/auth-keys")

SV("wpa-supplicant", "wifi-psk", "provision/boot/wpa_supplicant.conf", '''
    ctrl_interface=DIR=/var/run/wpa_supplicant GROUP=netdev
    update_config=1
    country=US

    network={
        ssid="NW-Warehouse-OT"
        psk="«v»"
        key_mgmt=WPA-PSK
        priority=10
    }
''', words_pw(), "https://www.raspberrypi.com/documentation/computers/configuration.html")

DV("wpa-supplicant", "placeholder", "provision/boot/wpa_supplicant.conf.example", '''
    ctrl_interface=DIR=/var/run/wpa_supplicant GROUP=netdev
    update_config=1
    country=US

    network={
        ssid="YOUR_SSID"
        psk="YOUR_WIFI_PASSWORD"
        key_mgmt=WPA-PSK
    }
''', "https://www.raspberrypi.com/documentation/computers/configuration.html")

SV("cloud-init", "linux-password", "provision/cloud-init/user-data", '''
    #cloud-config
    hostname: scanner-kiosk
    ssh_pwauth: true
    chpasswd:
      expire: false
      list: |
        kiosk:«v»
    packages:
      - chromium-browser
      - unclutter
    runcmd:
      - [systemctl, enable, --now, kiosk.service]
''', words_pw(), "https://cloudinit.readthedocs.io/en/latest/reference/modules.html#set-passwords")

DV("cloud-init", "password-hash", "provision/cloud-init/user-data-gateway", '''
    #cloud-config
    hostname: dock-gw
    ssh_pwauth: false
    users:
      - name: ops
        groups: [sudo, dialout]
        shell: /bin/bash
        lock_passwd: false
        passwd: "«h»"
        ssh_authorized_keys:
          - «k1»
          - «k2»
    package_update: true
    packages: [mosquitto-clients, jq]
''', "https://cloudinit.readthedocs.io/en/latest/reference/examples.html",
   h=sha512_crypt(), k1=ssh_ed25519_pub("ops@nw-laptop-14"), k2=ssh_ed25519_pub("ansible@nw-bastion"))

SV("json", "balena-device-api-key", "balena/config.json", '''
    {
      "applicationId": 1927364,
      "deviceType": "raspberrypi4-64",
      "userId": 148211,
      "appUpdatePollInterval": 900000,
      "listenPort": 48484,
      "vpnPort": 443,
      "apiEndpoint": "https://api.balena-cloud.com",
      "vpnEndpoint": "cloudlink.balena-cloud.com",
      "registryEndpoint": "registry2.balena-cloud.com",
      "deltaEndpoint": "https://delta.balena-cloud.com",
      "uuid": "«uuid»",
      "deviceApiKey": "«v»",
      "persistentLogging": false
    }
''', alnum(32), "https://docs.balena.io/reference/OS/configuration/", uuid=hexs(32))

SV("gitlab-ci", "balena-api-key", ".gitlab-ci.yml", '''
    stages: [test, deploy]

    test:
      stage: test
      image: python:3.11
      script:
        - pip install -r requirements-dev.txt
        - pytest -q

    deploy_fleet:
      stage: deploy
      image: node:20
      only: [main]
      script:
        - npm install -g balena-cli
        - balena login --token «v»
        - balena push northwind/dock-gateways --release-tag git $CI_COMMIT_SHORT_SHA
''', alnum(32), "https://docs.balena.io/reference/balena-cli/latest/#login")

DV("compose", "env-reference", "balena/docker-compose.yml", '''
    version: "2.1"
    services:
      collector:
        build: ./collector
        restart: always
        network_mode: host
        privileged: true
        labels:
          io.balena.features.dbus: "1"
          io.balena.features.supervisor-api: "1"
        environment:
          - MQTT_HOST=${MQTT_HOST:-mqtt.plant-reno.northwind.local}
          - MQTT_PASSWORD
          - INFLUX_TOKEN
      wifi-connect:
        image: balenablocks/wifi-connect:aarch64
        network_mode: host
        labels:
          io.balena.features.dbus: "1"
''', "https://docs.balena.io/reference/supervisor/docker-compose/")

DV("yaml", "empty-default", "balena/balena.yml", '''
    name: dock-gateways
    type: sw.application
    version: 1.9.0
    description: >-
      Dock-door gateway: Modbus + LoRa collector, MQTT uplink.
    data:
      applicationEnvironmentVariables:
        - MQTT_HOST: mqtt.plant-reno.northwind.local
        - MQTT_PASSWORD: ""
        - INFLUX_TOKEN: ""
      defaultDeviceType: raspberrypi4-64
      supportedDeviceTypes: [raspberrypi4-64, raspberrypicm4-ioboard]
''', "https://docs.balena.io/learn/deploy/deploy-with-balena-button/#balenayml-configuration-file")

SV("yaml", "fleet-enroll-secret", "fleet/teams/plant-endpoints.yml", '''
    name: Plant endpoints
    team_settings:
      secrets:
        - secret: «v»
      features:
        enable_host_users: true
        enable_software_inventory: true
      host_expiry_settings:
        host_expiry_enabled: true
        host_expiry_window: 30
    agent_options:
      config:
        options:
          distributed_interval: 10
          logger_tls_period: 60
''', rand_pw(32), "https://fleetdm.com/docs/configuration/yaml-files#secrets")

SV("yaml", "mqtt-password", "ansible/group_vars/gateways.yml", '''
    ---
    site: reno
    mqtt_cloud_host: f3a9«h».s1.eu.hivemq.cloud
    mqtt_bridge_user: plant-reno
    mqtt_bridge_password: "«v»"
    mqtt_bridge_topics:
      - {pattern: "plant/reno/#", direction: out}
      - {pattern: "cmd/reno/#", direction: in}
    gateway_firmware: 1.9.0
    ntp_servers: [10.20.0.1, 10.20.0.2]
''', words_pw(), "https://docs.ansible.com/ansible/latest/inventory_guide/intro_inventory.html#organizing-host-and-group-variables",
   h=hexs(20))

DV("ansible-vault", "vault-ciphertext", "ansible/group_vars/all/vault.yml", "«v»\n",
   "https://docs.ansible.com/ansible/latest/vault_guide/vault_encrypting_content.html", v=vault_blob())

DV("sops", "sops-ciphertext", "secrets/edge.enc.yaml", '''
    mqtt:
        password: «a»
        bridge_password: «b»
    influx:
        token: «c»
    sops:
        kms: []
        age:
            - recipient: age1«r»
              enc: |
                -----BEGIN AGE ENCRYPTED FILE-----
                «ae»
                -----END AGE ENCRYPTED FILE-----
        lastmodified: "2024-06-11T18:02:44Z"
        mac: «mac»
        version: 3.8.1
''', "https://github.com/getsops/sops#encrypting-using-age",
   a=sops_enc(18), b=sops_enc(20), c=sops_enc(64), r="".join(_rng().choice("023456789acdefghjklmnpqrstuvwxyz") for _ in range(58)),
   ae=b64bytes(48), mac=sops_enc(32))

_ssh_key = private_pem("OPENSSH")
S("ssh-key", "ssh-private-key", "provision/ssh/id_ed25519_gateways", _ssh_key + "\n", _ssh_key,
  "https://man.openbsd.org/ssh-keygen")

DV("ssh", "public-keys", "provision/ssh/authorized_keys", '''
    # ops team - rotated 2024-04
    «k1»
    «k2»
    «k3»
    # ansible from the bastion
    «k4»
''', "https://man.openbsd.org/sshd.8#AUTHORIZED_KEYS_FILE_FORMAT",
   k1=ssh_ed25519_pub("mreyes@nw-laptop-09"), k2=ssh_ed25519_pub("tnguyen@nw-laptop-21"),
   k3=ssh_ed25519_pub("oncall@nw-ops"), k4=ssh_ed25519_pub("ansible@nw-bastion"))

SV("shell", "registry-password", "provision/registry-login.sh", '''
    #!/bin/sh
    # Pull images on a gateway that is not on the tailnet yet.
    REGISTRY=registry.northwind.local
    docker login "$REGISTRY" -u edge-puller -p '«v»'
    docker pull "$REGISTRY/edge/collector:1.9.0"
    docker pull "$REGISTRY/edge/lora-forwarder:2.3.1"
    docker logout "$REGISTRY"
''', words_pw(), "https://docs.docker.com/reference/cli/docker/login/")

SV("systemd", "grafana-cloud-token", "systemd/edge-logs.service", '''
    [Unit]
    Description=Ship gateway logs to Grafana Cloud Loki
    After=network-online.target
    Wants=network-online.target

    [Service]
    Environment=LOKI_URL=https://logs-prod-eu-west-0.grafana.net/loki/api/v1/push
    Environment=LOKI_USER=«user»
    Environment=LOKI_TOKEN=«v»
    ExecStart=/usr/local/bin/promtail -config.file=/etc/promtail/config.yml -config.expand-env=true
    Restart=always

    [Install]
    WantedBy=multi-user.target
''', grafana_cloud_token(), "https://grafana.com/docs/grafana-cloud/send-data/logs/collect-logs-with-promtail/",
   user=digits(6))

DV("systemd", "env-file", "systemd/sensor-bridge.service", '''
    [Unit]
    Description=Modbus -> MQTT sensor bridge
    After=network-online.target mosquitto.service

    [Service]
    User=bridge
    EnvironmentFile=/etc/nw-gateway/bridge.env
    LoadCredential=mqtt_password:/etc/nw-gateway/credentials/mqtt_password
    ExecStart=/opt/bridge/venv/bin/python -m bridge --config /etc/nw-gateway/bridge.yaml
    Restart=on-failure
    RestartSec=5

    [Install]
    WantedBy=multi-user.target
''', "https://www.freedesktop.org/software/systemd/man/latest/systemd.exec.html#Credentials")

DV("ini", "file-paths", "ansible/inventory/gateways.ini", '''
    [gateways]
    dock-gw-0040 ansible_host=10.20.9.40 mac=«m0»
    dock-gw-0041 ansible_host=10.20.9.41 mac=«m1»
    dock-gw-0042 ansible_host=10.20.9.42 mac=«m2»

    [gateways:vars]
    ansible_user=ops
    ansible_ssh_private_key_file=~/.ssh/id_ed25519_gateways
    ansible_become=true
    ansible_python_interpreter=/usr/bin/python3
''', "https://docs.ansible.com/ansible/latest/inventory_guide/intro_inventory.html",
   m0=mac(), m1=mac(), m2=mac())

SV("pip-conf", "package-index-password", "provision/pip.conf", '''
    [global]
    index-url = https://pypi.org/simple
    extra-index-url = https://edge-ci:«v»@pkgs.northwind.local/repository/pypi-internal/simple
    trusted-host = pkgs.northwind.local
    timeout = 60

    [install]
    prefer-binary = true
''', rand_pw(20), "https://pip.pypa.io/en/stable/topics/configuration/")

DV("requirements", "hashes", "requirements/edge.txt", '''
    # generated by pip-compile --generate-hashes
    paho-mqtt==2.1.0 \\
        --hash=sha256:«h1» \\
        --hash=sha256:«h2»
    pymodbus==3.6.8 \\
        --hash=sha256:«h3»
    asyncua==1.1.0 \\
        --hash=sha256:«h4»
    influxdb-client==1.43.0 \\
        --hash=sha256:«h5»
''', "https://pip.pypa.io/en/stable/topics/secure-installs/#hash-checking-mode",
   h1=hexs(64), h2=hexs(64), h3=hexs(64), h4=hexs(64), h5=hexs(64))

DV("yaml", "commit-shas", ".pre-commit-config.yaml", '''
    repos:
      - repo: https://github.com/pre-commit/pre-commit-hooks
        rev: «a»  # frozen: v4.6.0
        hooks:
          - id: check-yaml
          - id: end-of-file-fixer
          - id: detect-private-key
      - repo: https://github.com/astral-sh/ruff-pre-commit
        rev: «b»  # frozen: v0.4.8
        hooks:
          - id: ruff
          - id: ruff-format
''', "https://pre-commit.com/#pre-commit-autoupdate", a=git_sha(), b=git_sha())

DV("json", "checksums", "ota/releases/gateway-1.9.0.json", '''
    {
      "component": "nw-gateway",
      "version": "1.9.0",
      "git_commit": "«sha»",
      "artifact": "nw-gateway-1.9.0.swu",
      "size": 48213504,
      "sha256": "«h»",
      "signature_ed25519": "«sig»",
      "signing_key_id": "ota-2024",
      "min_bootloader": "2.1"
    }
''', "https://sbabic.github.io/swupdate/signed_images.html", sha=git_sha(), h=hexs(64), sig=b64bytes(64))

DV("pem", "public-key", "ota/keys/ota-2024.pub.pem", "«p»\n", "https://sbabic.github.io/swupdate/signed_images.html",
   p=public_key_pem())

DV("yaml", "device-ids", "inventory/gateways.yaml", '''
    # Cellular gateways (Teltonika RUT241) on the trailer yard
    - name: yard-gw-01
      serial: "«s0»"
      imei: "«i0»"
      iccid: "8901260«c0»"
      lan_mac: «m0»
      firmware: RUT2M_R_00.07.07.2
    - name: yard-gw-02
      serial: "«s1»"
      imei: "«i1»"
      iccid: "8901260«c1»"
      lan_mac: «m1»
      firmware: RUT2M_R_00.07.07.2
''', "https://wiki.teltonika-networks.com/view/RUT241_Device_Information",
   s0=digits(10), s1=digits(10), i0=imei(), i1=imei(), c0=digits(12), c1=digits(12), m0=mac(), m1=mac())

DV("github-actions", "secrets-context", ".github/workflows/deploy-edge.yml", '''
    name: deploy-edge
    on:
      workflow_dispatch:
        inputs:
          device_group: {required: true, default: "press-lines"}
    jobs:
      deploy:
        runs-on: ubuntu-latest
        permissions: {id-token: write, contents: read}
        steps:
          - uses: actions/checkout@v4
          - uses: azure/login@v2
            with:
              client-id: ${{ secrets.AZURE_CLIENT_ID }}
              tenant-id: ${{ secrets.AZURE_TENANT_ID }}
              subscription-id: ${{ secrets.AZURE_SUBSCRIPTION_ID }}
          - run: |
              az iot edge deployment create -d "edge-${{ github.run_number }}" \\
                --login "${{ secrets.IOTHUB_CONNECTION_STRING }}" \\
                --content edge-solution/config/deployment.amd64.json \\
                --target-condition "tags.group='${{ inputs.device_group }}'"
''', "https://docs.github.com/en/actions/security-guides/using-secrets-in-github-actions")

DV("yaml", "external-secret", "deploy/k8s/external-secret-mqtt.yaml", '''
    apiVersion: external-secrets.io/v1beta1
    kind: ExternalSecret
    metadata:
      name: mqtt-credentials
      namespace: plant-edge
    spec:
      refreshInterval: 1h
      secretStoreRef:
        name: vault-plant
        kind: ClusterSecretStore
      target:
        name: mqtt-credentials
      data:
        - secretKey: MQTT_PASSWORD
          remoteRef:
            key: kv/plant/reno/mqtt
            property: password
''', "https://external-secrets.io/latest/api/externalsecret/")

DV("hcl", "vault-template", "vault/agent/templates/bridge.env.ctmpl", '''
    {{- with secret "kv/data/plant/reno/mqtt" }}
    MQTT_USERNAME={{ .Data.data.username }}
    MQTT_PASSWORD={{ .Data.data.password }}
    {{- end }}
    {{- with secret "kv/data/plant/reno/influx" }}
    INFLUX_TOKEN={{ .Data.data.token }}
    {{- end }}
    SITE=reno
''', "https://developer.hashicorp.com/vault/docs/agent-and-proxy/agent/template")

DV("terraform", "variable-reference", "terraform/iot/main.tf", '''
    variable "iothub_sku" {
      type    = string
      default = "S1"
    }

    variable "dps_group_key" {
      type      = string
      sensitive = true
    }

    resource "azurerm_iothub" "plant" {
      name                = "nw-plant-iothub"
      resource_group_name = azurerm_resource_group.iot.name
      location            = "westus2"
      sku {
        name     = var.iothub_sku
        capacity = 1
      }
    }

    output "iothub_owner_connection_string" {
      value     = azurerm_iothub.plant.shared_access_policy[0].primary_connection_string
      sensitive = true
    }
''', "https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/iothub")

# ============================================================================================
# Warehouse integrations: SFTP EDI drops, AS2, WMS databases and queues, ERP
# ============================================================================================

SV("python", "sftp-password", "edi/sftp_drop.py", '''
    """Drop outbound 856 ASNs on the retailer's SFTP, pick up 850s and 997s."""
    import pathlib

    import paramiko

    HOST = "sftp.edi.bigbox-retail.com"
    PORT = 22
    USER = "NWLOGIST"
    PASSWORD = "«v»"


    def exchange(outbox: pathlib.Path, inbox: pathlib.Path) -> None:
        transport = paramiko.Transport((HOST, PORT))
        transport.connect(username=USER, password=PASSWORD)
        sftp = paramiko.SFTPClient.from_transport(transport)
        try:
            for f in sorted(outbox.glob("*.x12")):
                sftp.put(str(f), f"/inbound/{f.name}")
                f.rename(f.with_suffix(".sent"))
            for name in sftp.listdir("/outbound"):
                sftp.get(f"/outbound/{name}", str(inbox / name))
                sftp.remove(f"/outbound/{name}")
        finally:
            sftp.close()
            transport.close()
''', rand_pw(12, "!$"), "https://docs.paramiko.org/en/stable/api/sftp.html")

SV("shell", "sftp-password", "edi/push_asn.sh", '''
    #!/bin/bash
    # cron: */15 * * * * /opt/edi/push_asn.sh >> /var/log/edi/push.log 2>&1
    set -e
    cd /opt/edi/outbox
    ls *.x12 >/dev/null 2>&1 || exit 0
    lftp -u 'nwl_edi,«v»' sftp://mft.partner-3pl.com <<EOF
    set sftp:auto-confirm yes
    cd /in/856
    mput *.x12
    bye
    EOF
    mkdir -p ../sent && mv *.x12 ../sent/
''', words_pw(), "https://lftp.yar.ru/lftp-man.html")

SV("yaml", "sftp-password", "edi/partners.yaml", '''
    partners:
      - id: bigbox
        isa_qualifier: ZZ
        isa_id: BIGBOXRETAIL
        transport: sftp
        sftp:
          host: sftp.edi.bigbox-retail.com
          user: NWLOGIST
          key_file: /opt/edi/keys/bigbox_ed25519
      - id: grocerco
        isa_qualifier: "01"
        isa_id: "«duns»"
        transport: sftp
        sftp:
          host: b2b.grocerco.com
          port: 2222
          user: northwind
          password: "«v»"
''', season_pw(), "https://www.x12.org/", duns=digits(9))

DV("x12", "edi-sample", "edi/samples/856_asn_sample.x12", '''
    ISA*00*          *00*          *ZZ*NWLOGISTICS    *ZZ*BIGBOXRETAIL   *240611*1432*U*00401*000004711*0*P*>~
    GS*SH*NWLOGISTICS*BIGBOXRETAIL*20240611*1432*4711*X*004010~
    ST*856*0001~
    BSN*00*ASN20240611001*20240611*1432~
    HL*1**S~
    TD5**2*UPSN*M*UPS GROUND~
    REF*BM*«trk»~
    HL*2*1*O~
    PRF*PO778812~
    SE*9*0001~
    GE*1*4711~
    IEA*1*000004711~
''', "https://www.x12.org/examples/004010x856", trk=ups_tracking())

_as2_key = pkcs8_pem()
S("pem", "as2-private-key", "as2/keys/northwind_as2_signing.pem", T('''
    Bag Attributes
        friendlyName: northwind-as2-2024
        localKeyID: «lk»
    Key Attributes: <No Attributes>
    «key»
''', lk=" ".join(hexs(2, True) for _ in range(20)), key=_as2_key), _as2_key,
  "https://www.openssl.org/docs/man3.0/man1/openssl-pkcs12.html")

DV("pem", "public-certificate", "as2/partners/bigbox_as2.cer", T('''
    Bag Attributes
        friendlyName: bigbox-as2-public
    subject=C = US, O = BigBox Retail, CN = as2.bigbox-retail.com
    issuer=C = US, O = DigiCert Inc, CN = DigiCert Global G2 TLS RSA SHA256 2020 CA1
    «c»
''', c=cert_pem()), "https://pyas2-lib.readthedocs.io/en/latest/")

SV("python", "as2-key-password", "as2/config.py", '''
    """pyas2-lib organisation and partner objects for the BigBox AS2 link."""
    from pyas2lib import Organization, Partner

    with open("as2/keys/northwind_as2.p12", "rb") as fh:
        p12 = fh.read()
    with open("as2/partners/bigbox_as2.cer", "rb") as fh:
        bigbox_cert = fh.read()

    ORG = Organization(
        as2_name="NWLOGISTICS",
        sign_key=p12,
        sign_key_pass="«v»",
        decrypt_key=p12,
        decrypt_key_pass="«v»",
    )

    BIGBOX = Partner(
        as2_name="BIGBOXRETAIL",
        verify_cert=bigbox_cert,
        encrypt_cert=bigbox_cert,
        encryption="tripledes_192_cbc",
        digest_alg="sha256",
        mdn_mode="SYNC",
    )
''', words_pw(), "https://pyas2-lib.readthedocs.io/en/latest/usage.html")

SV("python", "wms-client-secret", "wms/manhattan_client.py", '''
    import requests

    AUTH_URL = "https://northwind-auth.omni.manh.com/oauth/token"
    API = "https://northwind.omni.manh.com"
    CLIENT_ID = "omnicomponent.1.0.0"
    CLIENT_SECRET = "«v»"
    USER = "integration.api@northwind"


    def token(password: str) -> str:
        r = requests.post(AUTH_URL, auth=(CLIENT_ID, CLIENT_SECRET), data={
            "grant_type": "password", "username": USER, "password": password}, timeout=15)
        r.raise_for_status()
        return r.json()["access_token"]


    def wave_status(wave_id: str, bearer: str) -> dict:
        r = requests.get(f"{API}/wm/api/wave/{wave_id}", headers={"Authorization": f"Bearer {bearer}"}, timeout=15)
        r.raise_for_status()
        return r.json()
''', alnum(36), "https://developer.manh.com/")

SV("python", "database-password", "wms/settings/prod.py", '''
    from .base import *  # noqa: F401,F403

    DEBUG = False
    ALLOWED_HOSTS = ["wms.northwind-logistics.com"]

    DATABASES = {
        "default": {
            "ENGINE": "django.db.backends.postgresql",
            "NAME": "wms",
            "USER": "wms_app",
            "PASSWORD": "«v»",
            "HOST": "wms-db.cluster-c1x2y3.us-west-2.rds.amazonaws.com",
            "PORT": "5432",
            "CONN_MAX_AGE": 60,
        }
    }

    CELERY_BROKER_URL = env("CELERY_BROKER_URL")
    LABEL_STORAGE = "s3://nw-wms-labels-prod/"
''', words_pw(), "https://docs.djangoproject.com/en/5.0/ref/settings/#databases")

DV("python", "env-reference", "wms/settings/base.py", '''
    from pathlib import Path

    import dj_database_url
    import environ

    env = environ.Env()
    BASE_DIR = Path(__file__).resolve().parent.parent

    SECRET_KEY = env("DJANGO_SECRET_KEY")
    DEBUG = env.bool("DJANGO_DEBUG", default=False)
    DATABASES = {"default": dj_database_url.config(env="DATABASE_URL", conn_max_age=60)}

    INSTALLED_APPS = [
        "django.contrib.admin", "django.contrib.auth", "django.contrib.contenttypes",
        "wms.inventory", "wms.shipping", "wms.receiving",
    ]
    PASSWORD_HASHERS = ["django.contrib.auth.hashers.Argon2PasswordHasher"]
''', "https://docs.djangoproject.com/en/5.0/topics/settings/")

SV("dotenv", "database-password", "wms/.env.staging", '''
    DJANGO_SETTINGS_MODULE=wms.settings.staging
    DJANGO_DEBUG=false
    DATABASE_URL=postgres://wms_app:«v»@wms-db-staging.internal:5432/wms
    CELERY_BROKER_URL=redis://redis-staging.internal:6379/0
    LABEL_STORAGE=s3://nw-wms-labels-staging/
    SENTRY_ENVIRONMENT=staging
''', rand_pw(20), "https://github.com/jazzband/dj-database-url")

DV("dotenv", "placeholder", "wms/.env.example", '''
    DJANGO_SETTINGS_MODULE=wms.settings.dev
    DJANGO_SECRET_KEY=change-me-to-a-long-random-string
    DJANGO_DEBUG=true
    DATABASE_URL=postgres://wms:wms@localhost:5432/wms
    CELERY_BROKER_URL=redis://localhost:6379/0
    UPS_CLIENT_ID=your-ups-client-id
    UPS_CLIENT_SECRET=your-ups-client-secret
    SHIPPO_API_TOKEN=shippo_test_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx
''', "https://12factor.net/config")

SV("properties", "sap-password", "wms/sap/jco_wms.properties", '''
    # SAP ECC RFC destination for goods-issue IDocs (WMS -> ERP)
    jco.client.ashost=sapecc-prd.northwind.local
    jco.client.sysnr=00
    jco.client.client=300
    jco.client.lang=EN
    jco.client.user=RFC_WMS
    jco.client.passwd=«v»
    jco.destination.pool_capacity=5
    jco.destination.peak_limit=10
''', words_pw(), "https://help.sap.com/docs/SAP_NETWEAVER_AS_ABAP_752/b1d7b1c4b8e24f3a8a47eeba7bd4e7f4/48d1b6e6e0b73cf1e10000000a421937.html")

SV("netrc", "ftp-password", "edi/ftp/netrc", '''
    # legacy FTP drop for the carrier's 214 status files (no SFTP available)
    machine ftp.regional-ltl-carrier.com
      login nwlogist
      password «v»

    default
      login anonymous
      password ops@northwind-logistics.com
''', rand_pw(10), "https://www.gnu.org/software/inetutils/manual/html_node/The-_002enetrc-file.html")

DV("ssh", "host-keys", "edi/known_hosts", '''
    sftp.edi.bigbox-retail.com ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI«k1»
    b2b.grocerco.com,[b2b.grocerco.com]:2222 ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI«k2»
    mft.partner-3pl.com ecdsa-sha2-nistp256 AAAAE2VjZHNhLXNoYTItbmlzdHAyNTYAAAAIbmlzdHAyNTYAAABBB«k3»
    |1|«hs»|«hh» ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI«k4»
    github.com ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOMqqnkVzrm0SdG6UOoqKLsabgH5C9okWi0dh2l9GKJl
''', "https://man.openbsd.org/sshd.8#SSH_KNOWN_HOSTS_FILE_FORMAT",
   k1=b64bytes(32)[:43], k2=b64bytes(32)[:43], k3=b64bytes(64)[:87], k4=b64bytes(32)[:43], hs=b64bytes(20), hh=b64bytes(20))

SV("winscp", "sftp-password", "edi/winscp/upload_invoices.txt", '''
    option batch abort
    option confirm off
    open sftp://NWL810:«v»@mft.bigbox-retail.com/ -hostkey="ssh-ed25519 255 «fp»"
    cd /inbound/810
    put C:\\EDI\\Outbox\\810\\*.edi
    close
    exit
''', words_pw(), "https://winscp.net/eng/docs/scripting", fp=b64bytes(32).rstrip("="), crlf=True)

DV("winscp", "key-file", "edi/winscp/pull_orders.txt", '''
    option batch abort
    option confirm off
    open sftp://NWL850@mft.bigbox-retail.com/ -privatekey="C:\\EDI\\keys\\nwl850.ppk" -hostkey="ssh-ed25519 255 «fp»"
    cd /outbound/850
    get -delete *.edi C:\\EDI\\Inbox\\850\\
    close
    exit
''', "https://winscp.net/eng/docs/scripting", fp=b64bytes(32).rstrip("="), crlf=True)

SV("python", "redis-password", "wms/celeryconfig.py", '''
    broker_url = "redis://:«v»@redis-wms.northwind.local:6379/0"
    result_backend = "redis://redis-wms.northwind.local:6379/1"
    task_serializer = "json"
    accept_content = ["json"]
    timezone = "America/Los_Angeles"
    beat_schedule = {
        "release-waves": {"task": "wms.tasks.release_waves", "schedule": 300.0},
        "sync-carrier-status": {"task": "wms.tasks.sync_tracking", "schedule": 900.0},
    }
''', fakes.redis_password(_seed()), "https://docs.celeryq.dev/en/stable/userguide/configuration.html#redis-backend-settings")

SV("python", "amqp-password", "wms/messaging.py", '''
    import json

    import pika

    PARAMS = pika.URLParameters("amqps://wms_pub:«v»@mq.northwind.local:5671/%2Fwms?heartbeat=30")


    def publish_pick_confirmed(order_id: str, lines: list[dict]) -> None:
        conn = pika.BlockingConnection(PARAMS)
        ch = conn.channel()
        ch.exchange_declare("wms.events", exchange_type="topic", durable=True)
        ch.basic_publish("wms.events", "pick.confirmed", json.dumps({"order": order_id, "lines": lines}),
                         pika.BasicProperties(content_type="application/json", delivery_mode=2))
        conn.close()
''', passphrase(), "https://pika.readthedocs.io/en/stable/examples/using_urlparameters.html")

SV("properties", "kafka-api-secret", "streaming/client.properties", '''
    # Confluent Cloud - scan events topic (wms.scans.v1)
    bootstrap.servers=pkc-n98pk.us-west-2.aws.confluent.cloud:9092
    security.protocol=SASL_SSL
    sasl.mechanisms=PLAIN
    sasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule required username="«key»" password="«v»";
    client.dns.lookup=use_all_dns_ips
    session.timeout.ms=45000
    acks=all
''', rand_pw(64, "+/"), "https://docs.confluent.io/cloud/current/client-apps/config-client.html",
   key=_rng().choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ") + hexs(15, True))

DV("json", "password-hash", "wms/fixtures/users.json", '''
    [
      {"model": "auth.user", "pk": 1, "fields": {"username": "admin", "is_staff": true, "is_superuser": true,
        "password": "argon2$argon2id$v=19$m=102400,t=2,p=8$«s1»$«h1»"}},
      {"model": "auth.user", "pk": 2, "fields": {"username": "dock_lead", "is_staff": false, "is_superuser": false,
        "password": "pbkdf2_sha256$720000$«s2»$«h2»"}},
      {"model": "auth.user", "pk": 3, "fields": {"username": "scanner_kiosk", "is_staff": false, "is_superuser": false,
        "password": "!«unusable»"}}
    ]
''', "https://docs.djangoproject.com/en/5.0/topics/auth/passwords/#how-django-stores-passwords",
   s1=b64bytes(16).rstrip("="), h1=b64bytes(32).rstrip("="), s2=alnum(22), h2=b64bytes(32), unusable=alnum(40))

SV("json", "debug-config-password", ".vscode/launch.json", '''
    {
      "version": "0.2.0",
      "configurations": [
        {
          "name": "edi: exchange (grocerco)",
          "type": "debugpy",
          "request": "launch",
          "module": "edi.cli",
          "args": ["exchange", "--partner", "grocerco", "--host", "b2b.grocerco.com", "--port", "2222",
                   "--user", "northwind", "--password", "«v»"],
          "console": "integratedTerminal"
        }
      ]
    }
''', season_pw(), "https://code.visualstudio.com/docs/python/debugging#_args")

# ============================================================================================
# Alerts, cellular, misc integrations
# ============================================================================================

SV("python", "slack-webhook", "alerts/cold_chain_notify.py", '''
    import requests

    SLACK_WEBHOOK = "«v»"
    THRESHOLD_C = 5.0


    def excursion(device: str, trailer: str, temp_c: float) -> None:
        if temp_c <= THRESHOLD_C:
            return
        requests.post(SLACK_WEBHOOK, json={
            "text": f":thermometer: Reefer {trailer} ({device}) at {temp_c:.1f} C - above {THRESHOLD_C} C",
        }, timeout=5)
''', slack_webhook(), "https://api.slack.com/messaging/webhooks")

_tw = hexs(32)
SV("python", "twilio-auth-token", "alerts/driver_sms.py", '''
    from twilio.rest import Client

    ACCOUNT_SID = "AC«sid»"
    AUTH_TOKEN = "«v»"
    FROM = "+17755550142"

    client = Client(ACCOUNT_SID, AUTH_TOKEN)


    def notify_driver(phone: str, load_id: str, dock: str) -> str:
        msg = client.messages.create(to=phone, from_=FROM, body=f"Load {load_id}: back in at dock {dock}.")
        return msg.sid
''', _tw, "https://www.twilio.com/docs/usage/secure-credentials", sid=hexs(32))

SV("yaml", "pagerduty-routing-key", "alerts/alertmanager.yml", '''
    route:
      receiver: plant-oncall
      group_by: [alertname, site]
      routes:
        - matchers: [severity="info"]
          receiver: "null"
    receivers:
      - name: "null"
      - name: plant-oncall
        pagerduty_configs:
          - routing_key: «v»
            severity: '{{ .CommonLabels.severity }}'
            description: '{{ .CommonAnnotations.summary }}'
''', hexs(32), "https://prometheus.io/docs/alerting/latest/configuration/#pagerduty_config")

DV("markdown", "placeholder", "alerts/README.md", '''
    # Alert routing

    Cold-chain excursions post to `#cold-chain-alerts`. To test locally, create your own
    incoming webhook and export it:

    ```bash
    export SLACK_WEBHOOK=https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX
    python -m alerts.cold_chain_notify --dry-run
    ```

    Twilio: `TWILIO_ACCOUNT_SID=ACxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx`, token from 1Password.
''', "https://api.slack.com/messaging/webhooks")

SV("json", "soracom-auth-key", "cellular/soracom/default.json", '''
    {
      "coverageType": "g",
      "email": "",
      "password": "",
      "authKeyId": "keyId-«kid»",
      "authKey": "«v»",
      "endpoint": "https://g.api.soracom.io"
    }
''', "secret-" + alnum(64), "https://developers.soracom.io/en/docs/tools/soracom-cli/", kid=alnum(32))

SV("python", "hologram-api-key", "cellular/hologram_sms.py", '''
    """Send an SMS-to-device wake-up to yard trackers over Hologram."""
    import requests

    HOLOGRAM_API_KEY = "«v»"
    ORG_ID = 48211


    def wake(device_id: int) -> None:
        r = requests.post("https://dashboard.hologram.io/api/1/sms/incoming",
                          auth=("apikey", HOLOGRAM_API_KEY),
                          json={"deviceid": device_id, "body": "WAKE", "fromnumber": "+17755550100"}, timeout=10)
        r.raise_for_status()
''', alnum(32), "https://support.hologram.io/hc/en-us/articles/360035212714")

SV("python", "github-token", "scripts/publish_firmware_release.py", '''
    """Publish a signed gateway image as a GitHub release (used by the OTA server as its source)."""
    import pathlib
    import sys

    from github import Auth, Github

    gh = Github(auth=Auth.Token("«v»"))
    repo = gh.get_repo("northwind-logistics/gateway-firmware")


    def publish(version: str, artifact: pathlib.Path) -> None:
        rel = repo.create_git_release(f"v{version}", f"Gateway {version}", "Signed image, see CHANGELOG.md", draft=False)
        rel.upload_asset(str(artifact), content_type="application/octet-stream")


    if __name__ == "__main__":
        publish(sys.argv[1], pathlib.Path(sys.argv[2]))
''', fakes.github_token(_seed()), "https://pygithub.readthedocs.io/en/stable/examples/Authentication.html")

SV("log", "azure-iot-device-key", "logs/provision-2024-03-11.log", '''
    2024-03-11 09:14:02,118 INFO  provision: registering edge-press-04 in nw-plant-iothub
    2024-03-11 09:14:03,442 INFO  provision: device created, status=enabled, auth=sas
    2024-03-11 09:14:03,443 DEBUG provision: connection string = HostName=nw-plant-iothub.azure-devices.net;DeviceId=edge-press-04;SharedAccessKey=«v»
    2024-03-11 09:14:03,901 INFO  provision: writing /etc/aziot/config.toml
    2024-03-11 09:14:05,020 INFO  provision: iotedge config apply OK
    2024-03-11 09:14:41,557 INFO  provision: edgeAgent running, edgeHub running
''', sas_key(), "https://docs.python.org/3/library/logging.html#logrecord-attributes")

DV("log", "presigned-url", "logs/ota-agent-2024-06-12.log", '''
    2024-06-12T03:00:01Z INFO  job 1.9.0 received for dock-gw-0042
    2024-06-12T03:00:01Z DEBUG downloading https://nw-firmware.s3.us-west-2.amazonaws.com/gateway/nw-gateway-1.9.0.swu?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=AKIA«cred»%2F20240612%2Fus-west-2%2Fs3%2Faws4_request&X-Amz-Date=20240612T030001Z&X-Amz-Expires=3600&X-Amz-SignedHeaders=host&X-Amz-Signature=«sig»
    2024-06-12T03:01:44Z INFO  sha256 ok («h»)
    2024-06-12T03:01:45Z INFO  signature ok (key ota-2024)
    2024-06-12T03:02:30Z INFO  rebooting into slot B
''', "https://docs.aws.amazon.com/AmazonS3/latest/userguide/ShareObjectPreSignedURL.html",
   cred="".join(_rng().choice(BASE32) for _ in range(16)), sig=hexs(64), h=hexs(64))

SV("markdown", "influxdb-token", "docs/runbooks/edge-influx-outage.md", '''
    # Runbook: edge collectors cannot write to Influx

    1. Check the collector logs: `journalctl -u nw-collector -n 200`.
    2. If you see `401 unauthorized`, the token was rotated. Use the ops write token
       for the plant buckets until the new one is in Vault:

       ```
       influx write --host https://influx.northwind.local:8086 --org northwind \\
         --token «v» --bucket plant_reno --file backlog.lp
       ```

    3. Restart: `systemctl restart nw-collector`.
    4. File a ticket in IOTOPS with the gateway name.
''', influx_token(), "https://docs.influxdata.com/influxdb/v2/reference/cli/influx/write/")

DV("markdown", "aws-example-keys", "docs/aws-iot/local-dev.md", '''
    # Local development against AWS IoT

    Use your SSO profile (`aws sso login --profile nw-iot-dev`). If a tool insists on static
    keys, the AWS documentation example pair shows the shape:

    ```ini
    [example]
    aws_access_key_id = AKIAIOSFODNN7EXAMPLE
    aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY
    ```

    Never create IAM users for this; CI uses OIDC (`role-to-assume: arn:aws:iam::123456789012:role/iot-ci`).
''', "https://docs.aws.amazon.com/IAM/latest/UserGuide/security-creds.html")

DV("python", "test-dummy", "tests/test_shipstation_sync.py", '''
    import responses

    from jobs import shipstation_sync


    @responses.activate
    def test_pages_through_shipments(monkeypatch):
        monkeypatch.setattr(shipstation_sync, "AUTH", ("test-key", "test-secret"))
        responses.get("https://ssapi.shipstation.com/shipments",
                      json={"shipments": [{"orderNumber": "1001", "trackingNumber": "«t»", "carrierCode": "ups"}],
                            "page": 1, "pages": 1})
        rows = list(shipstation_sync.shipped_since(__import__("datetime").date(2024, 6, 1)))
        assert rows[0]["trackingNumber"] == "«t»"
        assert responses.calls[0].request.headers["Authorization"].startswith("Basic ")
''', "https://github.com/getsentry/responses", t=ups_tracking())

SV("python", "smtp-password", "wms/reports/send_bol.py", '''
    """E-mail bills of lading to carriers at dispatch."""
    import smtplib
    from email.message import EmailMessage

    SMTP_HOST = "smtp.office365.com"
    SMTP_USER = "dispatch@northwind-logistics.com"
    SMTP_PASS = "«v»"


    def send_bol(to: str, load_id: str, pdf: bytes) -> None:
        msg = EmailMessage()
        msg["From"], msg["To"], msg["Subject"] = SMTP_USER, to, f"BOL {load_id}"
        msg.set_content(f"Attached: bill of lading for load {load_id}.")
        msg.add_attachment(pdf, maintype="application", subtype="pdf", filename=f"BOL-{load_id}.pdf")
        with smtplib.SMTP(SMTP_HOST, 587) as s:
            s.starttls()
            s.login(SMTP_USER, SMTP_PASS)
            s.send_message(msg)
''', words_pw(), "https://docs.python.org/3/library/smtplib.html")

SV("python", "sigfox-api-password", "sigfox/device_messages.py", '''
    import requests

    SIGFOX_API = "https://api.sigfox.com/v2"
    API_LOGIN = "«login»"
    API_PASSWORD = "«v»"


    def last_messages(device_id: str, limit: int = 20) -> list[dict]:
        r = requests.get(f"{SIGFOX_API}/devices/{device_id}/messages", params={"limit": limit},
                         auth=(API_LOGIN, API_PASSWORD), timeout=10)
        r.raise_for_status()
        return r.json()["data"]
''', hexs(32), "https://support.sigfox.com/apidocs", login=hexs(24))

DV("python", "device-ids", "sigfox/devices.py", '''
    """Sigfox pallet trackers on the Reno <-> SLC lane. Ids are printed on the device label."""
    TRACKERS = {
        "«a»": {"pallet": "P-20931", "last_seq": «p1»},
        "«b»": {"pallet": "P-20932", "last_seq": «p2»},
        "«c»": {"pallet": "P-20940", "last_seq": «p3»},
    }
    DEVICE_TYPE_ID = "«dt»"
    MAX_SILENCE_MIN = 90
''', "https://support.sigfox.com/docs/device-id-and-pac",
   a=hexs(7, True), b=hexs(7, True), c=hexs(7, True), p1=digits(4), p2=digits(4), p3=digits(3), dt=hexs(24))

DV("python", "hashlib-constants", "edge/firmware_check.py", '''
    import hashlib
    import pathlib

    # known-good digests of the PLC firmware images we are allowed to push
    APPROVED = {
        "CPU1515-2PN_V3.0.2.upd": "«h1»",
        "CPU1515-2PN_V3.1.0.upd": "«h2»",
        "ET200SP_IM155-6PN_V4.2.upd": "«h3»",
    }


    def approved(path: pathlib.Path) -> bool:
        digest = hashlib.sha256(path.read_bytes()).hexdigest()
        return APPROVED.get(path.name) == digest
''', "https://docs.python.org/3/library/hashlib.html", h1=hexs(64), h2=hexs(64), h3=hexs(64))

# ============================================================================================
# More carriers of the same credentials: deploy files the teams also write
# ============================================================================================

SV("serverless", "shippo-token", "label-printer/serverless.yml", '''
    service: label-printer
    frameworkVersion: "3"

    provider:
      name: aws
      runtime: python3.11
      region: us-west-2
      environment:
        SHIPPO_TOKEN: «v»
        LABEL_BUCKET: nw-wms-labels-prod
        PRINTNODE_PRINTER_ID: "71234511"

    functions:
      buyLabel:
        handler: handler.buy_label
        events:
          - sqs: arn:aws:sqs:us-west-2:«acct»:orders-packed
''', shippo_live(), "https://www.serverless.com/framework/docs/providers/aws/guide/variables", acct=digits(12))

SV("python", "azure-iot-central-group-key", "iotcentral/provision_scanners.py", '''
    """Register handheld scanners with IoT Central (SAS group enrollment)."""
    import asyncio
    import base64
    import hashlib
    import hmac

    from azure.iot.device.aio import ProvisioningDeviceClient

    ID_SCOPE = "0ne00«scope»"
    GROUP_KEY = "«v»"  # Permissions > Device connection groups > SAS-IoT-Devices > primary


    def derive(device_id: str) -> str:
        return base64.b64encode(hmac.new(base64.b64decode(GROUP_KEY), device_id.encode(), hashlib.sha256).digest()).decode()


    async def register(device_id: str):
        client = ProvisioningDeviceClient.create_from_symmetric_key(
            provisioning_host="global.azure-devices-provisioning.net",
            registration_id=device_id, id_scope=ID_SCOPE, symmetric_key=derive(device_id))
        return await client.register()


    if __name__ == "__main__":
        print(asyncio.run(register("scanner-tc52-0193")))
''', b64bytes(64), "https://learn.microsoft.com/en-us/azure/iot-central/core/concepts-device-authentication",
   scope=hexs(6, upper=True))

SV("telegraf", "opcua-password", "telegraf/telegraf.d/input-opcua.conf", '''
    [[inputs.opcua]]
      name = "press_line"
      endpoint = "opc.tcp://10.20.3.10:4840"
      connect_timeout = "10s"
      request_timeout = "5s"
      security_policy = "Basic256Sha256"
      security_mode = "SignAndEncrypt"
      certificate = "/etc/telegraf/pki/telegraf.crt"
      private_key = "/etc/telegraf/pki/telegraf.key"
      auth_method = "UserName"
      username = "telegraf_ro"
      password = "«v»"
      nodes = [
        {name="tonnage", namespace="3", identifier_type="s", identifier="\\"DB_Press\\".\\"Tonnage\\""},
        {name="die_temp", namespace="3", identifier_type="s", identifier="\\"DB_Press\\".\\"DieTemp\\""},
      ]
''', words_pw(), "https://github.com/influxdata/telegraf/blob/master/plugins/inputs/opcua/README.md")

SV("compose", "timescale-password", "sensors/docker-compose.yml", '''
    services:
      timescaledb:
        image: timescale/timescaledb:2.14.2-pg16
        restart: always
        ports: ["5432:5432"]
        environment:
          POSTGRES_USER: sensor_admin
          POSTGRES_PASSWORD: «v»
          POSTGRES_DB: sensors
        volumes:
          - ./pgdata:/var/lib/postgresql/data
      ingest:
        build: ./ingest
        environment:
          TSDB_DSN: postgresql://sensor_admin@timescaledb:5432/sensors
        depends_on: [timescaledb]
''', season_pw(), "https://docs.timescale.com/self-hosted/latest/install/installation-docker/")

SV("k8s-secret", "mqtt-password", "deploy/k8s/telegraf-mqtt-secret.yaml", '''
    apiVersion: v1
    kind: Secret
    metadata:
      name: telegraf-mqtt
      namespace: monitoring
    type: Opaque
    stringData:
      MQTT_USERNAME: telegraf
      MQTT_PASSWORD: "«v»"
      INFLUX_URL: http://influxdb.monitoring.svc:8086
''', rand_pw(18), "https://kubernetes.io/docs/concepts/configuration/secret/#use-case-secret-visible-to-one-container")

SV("helm-values", "samsara-token", "deploy/helm/fleet-sync/values-prod.yaml", '''
    image:
      repository: registry.northwind.local/fleet/sync
      tag: 0.12.3
    schedule: "*/5 * * * *"
    env:
      SAMSARA_ORG: northwind-fleet-west
      SAMSARA_TOKEN: «v»
      TARGET_DSN: postgresql://fleet_sync@fleet-db:5432/fleet
    resources:
      requests: {cpu: 100m, memory: 128Mi}
''', samsara_token(), "https://helm.sh/docs/chart_template_guide/values_files/")

SV("terraform", "tts-api-key", "terraform/lorawan/ttn.auto.tfvars", '''
    tts_host       = "northwind.nam1.cloud.thethings.industries"
    application_id = "nw-cold-chain"
    # key with rights: RIGHT_APPLICATION_DEVICES_WRITE, RIGHT_APPLICATION_TRAFFIC_READ
    tts_api_key    = "«v»"
    webhook_base   = "https://ingest.northwind-logistics.com/hooks/tts"
    device_count   = 240
''', tts_key(), "https://developer.hashicorp.com/terraform/language/values/variables#variable-definitions-tfvars-files")

SV("python", "canada-post-password", "shipping/carriers/canadapost.py", '''
    import requests
    from lxml import etree

    CP_USER = "«user»"
    CP_PASS = "«v»"
    CUSTOMER_NUMBER = "0008123456"


    def rates(origin: str, dest: str, weight_kg: float) -> etree._Element:
        xml = f"""<mailing-scenario xmlns="http://www.canadapost.ca/ws/ship/rate-v4">
          <customer-number>{CUSTOMER_NUMBER}</customer-number>
          <parcel-characteristics><weight>{weight_kg}</weight></parcel-characteristics>
          <origin-postal-code>{origin}</origin-postal-code>
          <destination><domestic><postal-code>{dest}</postal-code></domestic></destination>
        </mailing-scenario>"""
        r = requests.post("https://soa-gw.canadapost.ca/rs/ship/price", data=xml, auth=(CP_USER, CP_PASS),
                          headers={"Accept": "application/vnd.cpc.ship.rate-v4+xml",
                                   "Content-Type": "application/vnd.cpc.ship.rate-v4+xml"}, timeout=15)
        r.raise_for_status()
        return etree.fromstring(r.content)
''', hexs(22), "https://www.canadapost-postescanada.ca/information/app/drc/testing", user=hexs(16))

SV("python", "here-api-key", "routing/here_matrix.py", '''
    import requests

    HERE_API_KEY = "«v»"


    def travel_matrix(origins: list[tuple[float, float]]) -> list[int]:
        body = {
            "origins": [{"lat": lat, "lng": lng} for lat, lng in origins],
            "regionDefinition": {"type": "world"},
            "transportMode": "truck",
            "matrixAttributes": ["travelTimes"],
        }
        r = requests.post("https://matrix.router.hereapi.com/v8/matrix?async=false",
                          params={"apiKey": HERE_API_KEY}, json=body, timeout=60)
        r.raise_for_status()
        return r.json()["matrix"]["travelTimes"]
''', fakes.drawn_mixed(_seed(), 43, ALNUM + "_-"), "https://www.here.com/docs/bundle/identity-and-access-management-developer-guide/page/topics/dev-apikey.html")
