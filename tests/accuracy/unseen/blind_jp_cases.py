"""Blind set JP: grain elevators and farm co-operatives in Kazakhstan.

Elevator SCADA and grain-temperature telemetry, weighbridges, truck GPS (Wialon), 1C and e-invoice
(ИС ЭСФ) integrations, Kaspi and Halyk payments, SMS gateways, co-op websites and bots, CI and
infrastructure, with docs and comments partly in Kazakh, and their decoys.
Generated fakes only (seeds 4570000-4579999).
"""
from __future__ import annotations

import base64
import random
import string
from typing import List, Optional

from tests import fakes
from tests.accuracy.labelled import LabelledCase

SEED_LO, SEED_HI = 4570000, 4579999
ALNUM = string.ascii_letters + string.digits
HEX = "0123456789abcdef"
LOWALNUM = string.ascii_lowercase + string.digits
_SEED = [SEED_LO]


def _seed() -> int:
    _SEED[0] += 3
    assert _SEED[0] <= SEED_HI
    return _SEED[0]


def _rng() -> random.Random:
    return random.Random(_seed())


WORDS = ["Bidai", "Dala", "Kokshe", "Arpa", "Tulpar", "Sary", "Altyn", "Zhusan", "Kundyz", "Buran",
         "Esil", "Tobyl", "Nura", "Sarzhal", "Qarlygash", "Zhuldyz", "Bereke", "Kyrman", "Akmola", "Astyq"]


def words_pw() -> str:
    r = _rng()
    return r.choice(WORDS) + r.choice("!#$%@*") + r.choice(WORDS) + str(r.randint(10, 9999))


def rand_pw(n: int = 20, extra: str = "") -> str:
    r = _rng()
    while True:
        value = "".join(r.choice(ALNUM + extra) for _ in range(n))
        if any(c.isdigit() for c in value) and any(c.isupper() for c in value) and any(c.islower() for c in value):
            return value


def hexs(n: int) -> str:
    r = _rng()
    return "".join(r.choice(HEX) for _ in range(n))


def lowalnum(n: int) -> str:
    r = _rng()
    return "".join(r.choice(LOWALNUM) for _ in range(n))


def b64(s: str) -> str:
    return base64.b64encode(s.encode()).decode()


def b64rand(n: int) -> str:
    r = _rng()
    return base64.b64encode(bytes(r.getrandbits(8) for _ in range(n))).decode()


def uuid_s() -> str:
    return fakes.uuid4(_seed())


def wialon_token() -> str:
    return hexs(72)


def yc_oauth() -> str:
    return "y0_" + fakes.drawn_mixed(_seed(), 55, ALNUM + "_-")


def yc_api_key() -> str:
    return "AQVN" + fakes.drawn_mixed(_seed(), 36, ALNUM + "_-")


def yc_static_id() -> str:
    return "YCAJE" + fakes.drawn(_seed(), 20, ALNUM + "_-")


def yc_static_secret() -> str:
    return "YC" + fakes.drawn_mixed(_seed(), 38, ALNUM + "_-")


def bitrix_hook() -> str:
    return lowalnum(16)


def mobizon_key() -> str:
    return "kz" + hexs(62)


def stripe_key(kind: str = "sk_live_") -> str:
    return fakes.fake(kind, 24, _seed())


def slack_bot() -> str:
    r = _rng()
    return f"xoxb-{r.randint(10**10, 10**11)}-{r.randint(10**12, 10**13)}-" + "".join(r.choice(ALNUM) for _ in range(24))


def slack_webhook() -> str:
    r = _rng()
    up = string.ascii_uppercase + string.digits
    return ("https://hooks.slack.com/services/T" + "".join(r.choice(up) for _ in range(8)) + "/B"
            + "".join(r.choice(up) for _ in range(10)) + "/" + "".join(r.choice(ALNUM) for _ in range(24)))


def sendgrid_key() -> str:
    return fakes.fake("SG.", 22, _seed()) + fakes.fake(".", 43, _seed())


def mailgun_key() -> str:
    return "key-" + hexs(32)


def gitlab_token() -> str:
    return fakes.fake("glpat-", 20, _seed())


def grafana_sa() -> str:
    return fakes.fake("glsa_", 32, _seed()) + "_" + hexs(8)


def google_key() -> str:
    return "AIza" + fakes.drawn(_seed(), 35, ALNUM + "_-")


def azure_secret() -> str:
    r = _rng()
    return "".join(r.choice(ALNUM) for _ in range(3)) + "8Q~" + "".join(r.choice(ALNUM + "_.-~") for _ in range(34))


def sentry_token() -> str:
    return "sntryu_" + hexs(64)


def docker_pat() -> str:
    return "dckr_pat_" + fakes.drawn_mixed(_seed(), 27, ALNUM + "_-")


def npm_token() -> str:
    return fakes.fake("npm_", 36, _seed())


def iin() -> str:
    r = _rng()
    return "".join(r.choice(string.digits) for _ in range(12))


def kz_iban() -> str:
    r = _rng()
    return "KZ" + "".join(r.choice(string.digits) for _ in range(5)) + "".join(r.choice(string.digits + "ABCDEFGHJK") for _ in range(13))


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
    CASES.append(LabelledCase(f"blind-jp/{category}", file_name, text, secret, source))


# ---------------------------------------------------------------------------------------------
# Elevator telemetry, SCADA and devices
# ---------------------------------------------------------------------------------------------

add("python/mqtt-password", "telemetry/thermo_bridge.py", "https://eclipse.dev/paho/files/paho.mqtt.python/html/client.html",
    """
# Силос температурасын оқу: термоподвескалар -> MQTT -> PostgreSQL
import json
import paho.mqtt.client as mqtt

BROKER = "mqtt.kostanay-elevator.kz"
TOPIC = "elevator/kst1/silo/+/thermo"

client = mqtt.Client(client_id="thermo-bridge-kst1")
client.username_pw_set("thermo_bridge", "@@secret@@")


def on_message(client, userdata, msg):
    reading = json.loads(msg.payload)
    # градус > 30 болса - өздігінен қызу қаупі
    if max(reading["t"]) > 30.0:
        print("ALARM", msg.topic, reading)


client.on_message = on_message
client.connect(BROKER, 8883)
client.subscribe(TOPIC, qos=1)
client.loop_forever()
""", secret=words_pw())

add("yaml/mqtt-password", "deploy/mosquitto-bridge.yaml", "https://mosquitto.org/man/mosquitto-conf-5.html",
    """
# Elevator Esil-2: thermometry gateways bridge to the co-op broker
bridge:
  name: esil2-to-coop
  address: broker.astyq-coop.kz:8883
  remote_username: esil2_gw
  remote_password: "@@secret@@"
  topics:
    - pattern: "silo/#"
      direction: out
      qos: 1
  tls:
    cafile: /etc/mosquitto/ca.crt
    version: tlsv1.2
""", secret=rand_pw(22))

add("ini/modbus-gateway-password", "config/weighbridge/moxa-nport.ini", "https://www.moxa.com/en/products/industrial-edge-connectivity/serial-device-servers",
    """
; Автотаразы (weighbridge) Mettler IND570 -> Moxa NPort 5150 -> 1C
; Соңғы өзгеріс: 2024-08-12, Ербол
[device]
model = NPort 5150
ip = 10.14.2.21
serial_port = 1
baud = 9600

[admin]
user = admin
password = @@secret@@

[tcp_server]
local_port = 4001
""", secret=words_pw())

add("markdown/camera-password", "docs/runbooks/cctv-elevator.md", "https://www.hikvision.com/en/support/",
    """
# Бейнебақылау / CCTV — Shortandy elevator

Камералар Hikvision DS-2CD2043, NVR DS-7616NI.

| Нысан | IP | RTSP |
|---|---|---|
| Автотаразы кіреберіс | 10.20.5.11 | `rtsp://admin:@@secret@@@10.20.5.11:554/Streaming/Channels/101` |
| Қабылдау шұңқыры | 10.20.5.12 | same login |

Если пароль сменили — обновить в NVR и в Trassir.
Камера құлаған жағдайда: қуатты 30 секундқа өшіріп қосыңыз.
""", secret=words_pw())

add("shell/mikrotik-password", "scripts/backup-mikrotik.sh", "https://help.mikrotik.com/docs/display/ROS/SSH",
    """
#!/usr/bin/env bash
# Түнгі бэкап: барлық элеватор роутерлері
set -euo pipefail
ROUTERS="10.10.0.1 10.20.0.1 10.30.0.1"
BACKUP_DIR=/srv/backup/mikrotik/$(date +%F)
mkdir -p "$BACKUP_DIR"
for r in $ROUTERS; do
  sshpass -p '@@secret@@' ssh -o StrictHostKeyChecking=no backup@"$r" "/export compact" > "$BACKUP_DIR/$r.rsc"
done
find /srv/backup/mikrotik -mindepth 1 -maxdepth 1 -mtime +30 -exec rm -rf {} +
""", secret=rand_pw(16))

add("python/wialon-token", "logistics/wialon_trucks.py", "https://sdk.wialon.com/wiki/en/sidebar/remoteapi/apiref/token/login",
    """
\"\"\"Астық тасымалы: Wialon-нан жүк көліктерінің орнын алу (harvest 2024).\"\"\"
import requests

WIALON_URL = "https://hst-api.wialon.com/wialon/ajax.html"
WIALON_TOKEN = "@@secret@@"


def login():
    r = requests.get(WIALON_URL, params={"svc": "token/login", "params": '{"token":"%s"}' % WIALON_TOKEN})
    r.raise_for_status()
    return r.json()["eid"]


def trucks(sid):
    spec = {"spec": {"itemsType": "avl_unit", "propName": "sys_name", "propValueMask": "KAMAZ*",
                     "sortType": "sys_name"}, "force": 1, "flags": 1025, "from": 0, "to": 0}
    r = requests.post(WIALON_URL, params={"svc": "core/search_items", "sid": sid}, data={"params": str(spec)})
    return r.json()["items"]
""", secret=wialon_token())

add("json/wialon-token", "config/gps/wialon.json", "https://sdk.wialon.com/wiki/en/sidebar/remoteapi/apiref/token/login",
    """
{
  "provider": "wialon-hosting",
  "host": "https://hst-api.wialon.com",
  "token": "@@secret@@",
  "units_group": "Astyq Coop Trucks",
  "poll_seconds": 60,
  "geofences": ["Elevator Esil", "Elevator Atbasar", "Station Tobol"]
}
""", secret=wialon_token())

add("env/wialon-token", "services/route-planner/.env", "https://sdk.wialon.com/wiki/en/sidebar/remoteapi/apiref/token/login",
    """
# route-planner, prod
APP_ENV=production
DATABASE_URL=postgres://planner@db.internal:5432/routes
WIALON_HOST=https://hst-api.wialon.com
WIALON_TOKEN=@@secret@@
MAP_TILES=https://tile.openstreetmap.org/{z}/{x}/{y}.png
LOG_LEVEL=info
""", secret=wialon_token())

add("python/decoy-env-reference", "logistics/wialon_client.py", "https://sdk.wialon.com/wiki/en/sidebar/remoteapi/apiref/token/login",
    """
import os

import requests

# Токен тек ортадан алынады / токен только из окружения (Vault -> env)
WIALON_TOKEN = os.environ["WIALON_TOKEN"]
WIALON_URL = os.getenv("WIALON_URL", "https://hst-api.wialon.com/wialon/ajax.html")


def session_id() -> str:
    resp = requests.get(WIALON_URL, params={"svc": "token/login", "params": '{"token":"%s"}' % WIALON_TOKEN}, timeout=20)
    resp.raise_for_status()
    return resp.json()["eid"]
""")

add("csv/decoy-device-ids", "data/exports/thermo_sensors_2024.csv", "https://datatracker.ietf.org/doc/html/rfc4180",
    """
silo_id,cable_no,sensor_uuid,serial,firmware_sha256,installed
KST1-S01,1,@@u1@@,TP-2291-0041,@@h1@@,2023-07-14
KST1-S01,2,@@u2@@,TP-2291-0042,@@h1@@,2023-07-14
KST1-S02,1,@@u3@@,TP-2291-0057,@@h2@@,2023-07-15
KST1-S02,2,@@u4@@,TP-2291-0058,@@h2@@,2023-07-15
KST1-S03,1,@@u5@@,TP-2291-0063,@@h2@@,2023-07-16
""", u1=uuid_s(), u2=uuid_s(), u3=uuid_s(), u4=uuid_s(), u5=uuid_s(), h1=hexs(64), h2=hexs(64))

add("log/decoy-redacted", "logs/thermo-bridge-2024-09-03.log", "https://docs.python.org/3/library/logging.html",
    """
2024-09-03 06:00:01,204 INFO thermo_bridge connecting to mqtts://mqtt.kostanay-elevator.kz:8883 as thermo_bridge (password=********)
2024-09-03 06:00:01,611 INFO thermo_bridge connected rc=0 session=@@u@@
2024-09-03 06:00:02,010 INFO silo KST1-S04 cable 3 max 24.1C
2024-09-03 06:00:02,011 WARNING silo KST1-S07 cable 1 max 31.6C (өздігінен қызу қаупі)
2024-09-03 06:00:05,877 INFO wrote 412 readings batch=@@h@@
2024-09-03 06:05:01,002 INFO reconnect token=[REDACTED]
""", u=uuid_s(), h=hexs(40))

add("yaml/decoy-placeholder", "deploy/mosquitto-bridge.example.yaml", "https://mosquitto.org/man/mosquitto-conf-5.html",
    """
# Үлгі / пример. Нақты құпияларды осында жазбаңыз — copy to mosquitto-bridge.yaml locally.
bridge:
  name: <elevator>-to-coop
  address: broker.astyq-coop.kz:8883
  remote_username: <gateway_user>
  remote_password: "<құпия_сөз / password here>"
  topics:
    - pattern: "silo/#"
      direction: out
      qos: 1
""")

add("toml/snmp-community", "monitoring/telegraf/snmp-elevators.toml", "https://github.com/influxdata/telegraf/tree/master/plugins/inputs/snmp",
    """
# Telegraf: UPS and switches at the elevators (SNMP v2c)
[[inputs.snmp]]
  agents = ["udp://10.10.0.2:161", "udp://10.20.0.2:161", "udp://10.30.0.2:161"]
  version = 2
  community = "@@secret@@"
  timeout = "5s"

  [[inputs.snmp.field]]
    name = "sysName"
    oid = "RFC1213-MIB::sysName.0"

  [[inputs.snmp.field]]
    name = "upsBatteryCharge"
    oid = "UPS-MIB::upsEstimatedChargeRemaining.0"
""", secret="elev" + rand_pw(12))

add("python/decoy-test-fixture", "tests/test_weighbridge_parser.py", "https://docs.pytest.org/en/stable/how-to/fixtures.html",
    """
import pytest

from weighbridge.parser import parse_frame

# Тест деректері: жалған таразы кадрлары (no real device)
FRAME_GROSS = b"\\x02 G  24580 kg\\x0d"
TEST_DEVICE_PASSWORD = "test-password"


@pytest.fixture
def gateway():
    return {"host": "127.0.0.1", "port": 4001, "user": "admin", "password": TEST_DEVICE_PASSWORD}


def test_gross_weight(gateway):
    assert parse_frame(FRAME_GROSS).gross_kg == 24580
""")


# ---------------------------------------------------------------------------------------------
# 1C, e-invoices (ИС ЭСФ), banking and payments
# ---------------------------------------------------------------------------------------------

add("python/1c-basic-auth", "integrations/onec/sync_contracts.py", "https://its.1c.ru/db/v8std#content:-2147483551:hdoc",
    """
\"\"\"Келісімшарттарды 1С:Бухгалтерия (OData) ішінен алу — Astyq agro co-op.\"\"\"
import requests

ODATA = "http://1c.astyq-coop.local/buh_coop/odata/standard.odata"
HEADERS = {
    "Accept": "application/json",
    "Authorization": "Basic @@secret@@",
}


def contracts(since: str):
    url = f"{ODATA}/Catalog_ДоговорыКонтрагентов?$filter=Date ge datetime'{since}'&$format=json"
    resp = requests.get(url, headers=HEADERS, timeout=60)
    resp.raise_for_status()
    return resp.json()["value"]
""", secret=b64("odata_sync:" + words_pw()))

add("json/1c-password", "integrations/onec/connection.json", "https://its.1c.ru/db/metod8dev#content:5756:hdoc",
    """
{
  "base": "Srvr=\\"1c-srv01\\";Ref=\\"elevator_uat\\";",
  "user": "ОбменЭлеватор",
  "password": "@@secret@@",
  "exchange_plan": "ОбменСЭлеватором",
  "schedule": "*/15 * * * *",
  "note": "Қабылдау актілері және астық қолхаттары / квитанции"
}
""", secret=words_pw())

add("powershell/1c-password", "scripts/onec/Update-ElevatorBase.ps1", "https://its.1c.ru/db/v8316doc#bookmark:adm:TI000000493",
    """
# 1С базасын жаңарту (конфигурацияны қолдану) — түнде, пайдаланушылар жоқ кезде
$ErrorActionPreference = "Stop"
$OneC = "C:\\Program Files\\1cv8\\8.3.24.1467\\bin\\1cv8.exe"
$Base = "Srvr=1c-srv01;Ref=elevator_prod"
$User = "Администратор"
$Pass = "@@secret@@"

& $OneC DESIGNER /S $Base /N $User /P $Pass /UpdateDBCfg /Out "C:\\logs\\update_$(Get-Date -f yyyyMMdd).log"
if ($LASTEXITCODE -ne 0) {
    Send-MailMessage -To "it@astyq-coop.kz" -Subject "1C update failed" -SmtpServer "mail.astyq-coop.kz"
}
""", secret=rand_pw(14, "!#"))

add("python/esf-password", "integrations/esf/upload_invoices.py", "https://esf.gov.kz:8443/esf-web/",
    """
# ИС ЭСФ: электрондық шот-фактураларды жіберу (SOAP, SessionService)
from zeep import Client

WSDL_SESSION = "https://esf.gov.kz:8443/esf-api/SessionService?wsdl"
TAXPAYER_IIN = "@@iin@@"
ESF_PASSWORD = "@@secret@@"
P12_PATH = "/opt/esf/keys/AUTH_RSA256.p12"


def open_session():
    client = Client(WSDL_SESSION)
    return client.service.createSession(
        tin=TAXPAYER_IIN,
        x509Certificate=open(P12_PATH, "rb").read(),
        password=ESF_PASSWORD,
    )
""", secret=words_pw(), iin=iin())

add("properties/eds-keystore-password", "esf-client/src/main/resources/application.properties", "https://pki.gov.kz/",
    """
# НУЦ РК ЭЦП кілті / ключ ЭЦП для подписи ЭСФ
esf.api.url=https://esf.gov.kz:8443/esf-api
esf.tin=@@iin@@
esf.keystore.path=/opt/esf/keys/GOSTKNCA_0d2f.p12
esf.keystore.type=PKCS12
esf.keystore.password=@@secret@@
esf.batch.size=50
spring.datasource.url=jdbc:postgresql://db01:5432/esf
spring.datasource.username=esf
spring.datasource.password=${ESF_DB_PASSWORD}
""", secret=rand_pw(12), iin=iin())

add("java/esf-password", "esf-client/src/main/java/kz/astyq/esf/EsfSession.java", "https://esf.gov.kz:8443/esf-web/",
    """
package kz.astyq.esf;

import java.nio.file.Files;
import java.nio.file.Path;

public final class EsfSession {
    private static final String TIN = "@@iin@@";
    // TODO: Vault-қа көшіру (Нұрлан)
    private static final String PASSWORD = "@@secret@@";

    private final SessionService service;

    public EsfSession(SessionService service) {
        this.service = service;
    }

    public String open() throws Exception {
        byte[] cert = Files.readAllBytes(Path.of("/opt/esf/keys/AUTH_RSA256.p12"));
        return service.createSession(TIN, cert, PASSWORD);
    }
}
""", secret=words_pw(), iin=iin())

add("python/kaspi-token", "shop/kaspi/orders.py", "https://kaspi.kz/merchantcabinet/support/display/Support/Kaspi+Shop+API",
    """
\"\"\"Kaspi.kz магазин: тұқым және тыңайтқыш тапсырыстары (seed & fertiliser orders).\"\"\"
import requests

KASPI_API = "https://kaspi.kz/shop/api/v2"
session = requests.Session()
session.headers.update({
    "Content-Type": "application/vnd.api+json",
    "X-Auth-Token": "@@secret@@",
})


def new_orders(page: int = 0):
    params = {"page[number]": page, "page[size]": 100, "filter[orders][state]": "NEW"}
    r = session.get(f"{KASPI_API}/orders", params=params, timeout=30)
    r.raise_for_status()
    return r.json()["data"]
""", secret=b64rand(33))

add("env/kaspi-token", "shop/.env.production", "https://kaspi.kz/merchantcabinet/support/display/Support/Kaspi+Shop+API",
    """
NODE_ENV=production
PUBLIC_SITE_URL=https://shop.bereke-agro.kz
KASPI_MERCHANT_ID=@@mid@@
KASPI_SHOP_TOKEN=@@secret@@
KASPI_POLL_MINUTES=5
DATABASE_URL=${DATABASE_URL}
""", secret=b64rand(33), mid=str(_rng().randint(10000000, 99999999)))

add("php/halyk-epay-secret", "site/app/Payments/HalykEpay.php", "https://epayment.kz/docs",
    """
<?php
// Halyk ePay: кооператив мүшелік жарнасын онлайн төлеу
namespace App\\Payments;

class HalykEpay
{
    private string $tokenUrl = 'https://epay-oauth.homebank.kz/oauth2/token';
    private string $clientId = 'BEREKE_AGRO';
    private string $clientSecret = '@@secret@@';
    private string $terminal = '@@term@@';

    public function token(string $invoiceId, int $amount): array
    {
        $form = [
            'grant_type' => 'client_credentials',
            'scope' => 'webapi usermanagement email_send verification statement statistics payment',
            'client_id' => $this->clientId,
            'client_secret' => $this->clientSecret,
            'invoiceID' => $invoiceId,
            'amount' => $amount,
            'currency' => 'KZT',
            'terminal' => $this->terminal,
        ];
        return json_decode(\\Http::asForm()->post($this->tokenUrl, $form)->body(), true);
    }
}
""", secret=rand_pw(16, "$()#"), term=uuid_s())

add("typescript/halyk-epay-secret", "web/src/server/epay.ts", "https://epayment.kz/docs",
    """
// Halyk ePay token for the grain-receipt portal (астық қолхаты онлайн)
const EPAY_TOKEN_URL = "https://epay-oauth.homebank.kz/oauth2/token";

const credentials = {
  client_id: "ASTYQ_PORTAL",
  client_secret: "@@secret@@",
  terminal: "@@term@@",
};

export async function epayToken(invoiceId: string, amount: number): Promise<string> {
  const body = new URLSearchParams({
    grant_type: "client_credentials",
    scope: "payment",
    ...credentials,
    invoiceID: invoiceId,
    amount: String(amount),
    currency: "KZT",
  });
  const res = await fetch(EPAY_TOKEN_URL, { method: "POST", body });
  if (!res.ok) throw new Error(`epay ${res.status}`);
  return (await res.json()).access_token;
}
""", secret=rand_pw(16, "$()#"), term=uuid_s())

add("typescript/decoy-public-id", "web/src/client/epay-widget.ts", "https://epayment.kz/docs",
    """
// Halyk ePay payment widget: only the public terminal id and the one-time token from our server.
import { fetchPaymentToken } from "./api";

declare const halyk: { pay(params: Record<string, unknown>): void };

export const TERMINAL_ID = "@@term@@";

export async function payMembershipFee(invoiceId: string, amount: number) {
  const auth = await fetchPaymentToken(invoiceId, amount); // server-side OAuth, never in the browser
  halyk.pay({ invoiceId, amount, currency: "KZT", terminal: TERMINAL_ID, auth,
              backLink: "https://shop.bereke-agro.kz/paid", language: "kaz" });
}
""", term=uuid_s())

add("csv/decoy-bank-ids", "finance/exports/members_payouts_2024Q3.csv", "https://datatracker.ietf.org/doc/html/rfc4180",
    """
member_bin,member_name,iban,bik,amount_kzt,payout_ref
@@i1@@,ШҚ "Жұлдыз",@@a1@@,HSBKKZKX,1845000,PO-2024-0911-001
@@i2@@,ШҚ "Бәйтерек",@@a2@@,KCJBKZKX,932500,PO-2024-0911-002
@@i3@@,ЖШС "Сарыарқа Астық",@@a3@@,CASPKZKA,4120000,PO-2024-0911-003
@@i4@@,ШҚ "Нұр",@@a4@@,HSBKKZKX,611250,PO-2024-0911-004
""", i1=iin(), i2=iin(), i3=iin(), i4=iin(), a1=kz_iban(), a2=kz_iban(), a3=kz_iban(), a4=kz_iban())

add("xml/decoy-encrypted", "integrations/esf/esf-config.xml", "https://learn.microsoft.com/en-us/dotnet/framework/configure-apps/file-schema/appsettings/",
    """
<?xml version="1.0" encoding="utf-8"?>
<!-- ЭСФ шлюзі: құпия сөз DPAPI арқылы шифрланған / пароль зашифрован DPAPI (LocalMachine) -->
<configuration>
  <appSettings>
    <add key="EsfUrl" value="https://esf.gov.kz:8443/esf-api" />
    <add key="Tin" value="@@iin@@" />
    <add key="CertThumbprint" value="@@thumb@@" />
  </appSettings>
  <configProtectedData>
    <providers>
      <add name="DpapiProvider" type="System.Configuration.DpapiProtectedConfigurationProvider" useMachineProtection="true" />
    </providers>
  </configProtectedData>
  <connectionStrings configProtectionProvider="DpapiProvider">
    <EncryptedData>
      <CipherData>
        <CipherValue>@@cipher@@</CipherValue>
      </CipherData>
    </EncryptedData>
  </connectionStrings>
</configuration>
""", iin=iin(), thumb=hexs(40).upper(), cipher="AQAAANCMnd8BFdERjHoAwE/Cl+sBAAAA" + b64rand(180))

add("csharp/1c-password", "src/Elevator.Sync/OneCClient.cs", "https://its.1c.ru/db/v8std#content:-2147483551:hdoc",
    """
using System.Net.Http.Headers;
using System.Text;

namespace Elevator.Sync;

// 1С HTTP-сервис: қабылданған астық партияларын жіберу
public sealed class OneCClient
{
    private readonly HttpClient _http;

    public OneCClient(HttpClient http)
    {
        _http = http;
        _http.BaseAddress = new Uri("http://1c-srv01/elevator/hs/grain/");
        var raw = Encoding.UTF8.GetBytes("hs_grain:@@secret@@");
        _http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(raw));
    }

    public Task<HttpResponseMessage> PostLotAsync(string json) =>
        _http.PostAsync("lots", new StringContent(json, Encoding.UTF8, "application/json"));
}
""", secret=words_pw())

add("markdown/decoy-placeholder", "integrations/onec/README.md", "https://its.1c.ru/db/v8std#content:-2147483551:hdoc",
    """
# 1С интеграциясы / Интеграция с 1С

Қызмет 1С HTTP-сервисіне Basic auth арқылы қосылады.

1. `.env.example` файлын `.env` етіп көшіріңіз.
2. `ONEC_USER` және `ONEC_PASSWORD` мәндерін KeePass-тан алыңыз (топ "1C / Exchange").
3. Тексеру:

```bash
curl -u "$ONEC_USER:$ONEC_PASSWORD" http://1c-srv01/elevator/hs/grain/ping
```

Пример заголовка: `Authorization: Basic <base64(user:password)>` — ешқашан нақты мәнді коммиттемеңіз.
""")


# ---------------------------------------------------------------------------------------------
# Infrastructure: clouds, containers, CI
# ---------------------------------------------------------------------------------------------

add("terraform/yandex-oauth-token", "infra/yc/provider.tf", "https://terraform-provider.yandexcloud.net/",
    """
terraform {
  required_providers {
    yandex = {
      source  = "yandex-cloud/yandex"
      version = ">= 0.110"
    }
  }
}

# Kooperativ "Astyq": барлық ресурстар kz1 аймағында
provider "yandex" {
  token     = "@@secret@@"
  cloud_id  = "b1g@@cloud@@"
  folder_id = "b1g@@folder@@"
  zone      = "kz1-a"
}
""", secret=yc_oauth(), cloud=lowalnum(17), folder=lowalnum(17))

add("terraform/decoy-variable-reference", "infra/yc/variables.tf", "https://developer.hashicorp.com/terraform/language/values/variables",
    """
variable "yc_token" {
  description = "Yandex Cloud OAuth/IAM token (TF_VAR_yc_token, CI-дан беріледі)"
  type        = string
  sensitive   = true
}

variable "db_password" {
  description = "Managed PostgreSQL password for elevator_ops"
  type        = string
  sensitive   = true
}

provider "yandex" {
  token     = var.yc_token
  cloud_id  = "b1g@@cloud@@"
  folder_id = "b1g@@folder@@"
  zone      = "kz1-a"
}
""", cloud=lowalnum(17), folder=lowalnum(17))

add("ini/yandex-static-key", "infra/yc/.s3cfg", "https://yandex.cloud/en/docs/storage/tools/s3cmd",
    """
[default]
access_key = @@kid@@
secret_key = @@secret@@
bucket_location = kz1
host_base = storage.yandexcloud.kz
host_bucket = %(bucket)s.storage.yandexcloud.kz
use_https = True
# акт фото және зертхана хаттамалары / lab protocols bucket: astyq-lab-scans
""", secret=yc_static_secret(), kid=yc_static_id())

add("python/yandex-api-key", "lab/ocr_protocols.py", "https://yandex.cloud/en/docs/vision/api-ref/authentication",
    """
\"\"\"Зертхана хаттамаларын тану (ылғалдылық, қоқыс, натура) — Yandex Vision OCR.\"\"\"
import base64

import requests

VISION_URL = "https://ocr.api.cloud.yandex.net/ocr/v1/recognizeText"
API_KEY = "@@secret@@"


def recognize(path: str) -> str:
    content = base64.b64encode(open(path, "rb").read()).decode()
    body = {"mimeType": "JPEG", "languageCodes": ["kk", "ru"], "content": content}
    r = requests.post(VISION_URL, json=body, headers={"Authorization": f"Api-Key {API_KEY}"}, timeout=60)
    r.raise_for_status()
    return r.json()["result"]["textAnnotation"]["fullText"]
""", secret=yc_api_key())

add("yaml/yandex-static-key", ".gitlab-ci.yml", "https://docs.gitlab.com/ee/ci/yaml/",
    """
stages: [test, build, deploy]

variables:
  YC_S3_ENDPOINT: https://storage.yandexcloud.kz
  AWS_ACCESS_KEY_ID: @@kid@@
  AWS_SECRET_ACCESS_KEY: @@secret@@

test:
  stage: test
  image: python:3.11
  script:
    - pip install -r requirements.txt
    - pytest -q

backup-reports:
  stage: deploy
  image: amazon/aws-cli
  script:
    - aws --endpoint-url $YC_S3_ENDPOINT s3 sync reports/ s3://astyq-reports/$(date +%Y)/
  only: [main]
""", secret=yc_static_secret(), kid=yc_static_id())

add("github-actions/aws-secret-key", ".github/workflows/deploy-dashboard.yml", "https://docs.github.com/en/actions/using-workflows/workflow-syntax-for-github-actions",
    """
name: deploy-dashboard
on:
  push:
    branches: [main]

jobs:
  deploy:
    runs-on: ubuntu-latest
    env:
      AWS_ACCESS_KEY_ID: @@kid@@
      AWS_SECRET_ACCESS_KEY: @@secret@@
      AWS_DEFAULT_REGION: eu-central-1
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-node@v4
        with:
          node-version: 20
      - run: npm ci && npm run build
      - run: aws s3 sync dist/ s3://silo-dashboard-astyq --delete
""", secret=fakes.aws_secret_key(_seed()), kid=fakes.aws_key_id(_seed()))

add("github-actions/decoy-secrets-reference", ".github/workflows/release.yml", "https://docs.github.com/en/actions/security-guides/using-secrets-in-github-actions",
    """
name: release
on:
  push:
    tags: ["v*"]

jobs:
  pypi:
    runs-on: ubuntu-latest
    environment: pypi
    permissions:
      id-token: write
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-python@v5
        with:
          python-version: "3.12"
      - run: python -m pip install build && python -m build
      - uses: pypa/gh-action-pypi-publish@release/v1
  notify:
    needs: pypi
    runs-on: ubuntu-latest
    steps:
      - run: curl -s "https://api.telegram.org/bot${{ secrets.TG_BOT_TOKEN }}/sendMessage" -d chat_id=${{ vars.TG_CHAT }} -d text="grainlab ${{ github.ref_name }} released"
""")

add("ini/aws-secret-key", "ops/aws/credentials", "https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-files.html",
    """
[default]
region = eu-central-1

[astyq-backup]
aws_access_key_id = @@kid@@
aws_secret_access_key = @@secret@@
# Glacier-ге 1С бэкаптары / бэкапы 1С в Glacier, ротация 2024-03
""", secret=fakes.aws_secret_key(_seed()), kid=fakes.aws_key_id(_seed()))

add("k8s-secret/postgres-password", "k8s/elevator-ops/db-secret.yaml", "https://kubernetes.io/docs/concepts/configuration/secret/",
    """
apiVersion: v1
kind: Secret
metadata:
  name: elevator-ops-db
  namespace: elevator-ops
  labels:
    app: elevator-ops
type: Opaque
data:
  POSTGRES_USER: @@user@@
  POSTGRES_PASSWORD: @@pw@@
  POSTGRES_DB: @@db@@
""", secret=(_pw := rand_pw(24)), user=b64("elevator_ops"), pw=b64(_pw), db=b64("elevator"))

add("k8s-secret/telegram-bot-token", "k8s/bots/silo-alert-bot-secret.yaml", "https://kubernetes.io/docs/concepts/configuration/secret/",
    """
apiVersion: v1
kind: Secret
metadata:
  name: silo-alert-bot
  namespace: bots
type: Opaque
stringData:
  TELEGRAM_BOT_TOKEN: "@@secret@@"
  TELEGRAM_CHAT_ID: "-100@@chat@@"
  ALERT_THRESHOLD_C: "30"
""", secret=fakes.telegram_token(_seed()), chat=str(_rng().randint(10**9, 10**10)))

add("k8s-secret/decoy-sealed-secret", "k8s/elevator-ops/sealed-db-secret.yaml", "https://github.com/bitnami-labs/sealed-secrets",
    """
apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata:
  name: elevator-ops-db
  namespace: elevator-ops
spec:
  encryptedData:
    POSTGRES_PASSWORD: @@c1@@
    POSTGRES_USER: @@c2@@
  template:
    metadata:
      name: elevator-ops-db
      namespace: elevator-ops
    type: Opaque
""", c1="AgB" + b64rand(300), c2="AgC" + b64rand(260))

add("compose/postgres-password", "docker-compose.yml", "https://hub.docker.com/_/postgres",
    """
services:
  db:
    image: postgres:16
    restart: unless-stopped
    environment:
      POSTGRES_DB: grainlab
      POSTGRES_USER: grainlab
      POSTGRES_PASSWORD: @@secret@@
    volumes:
      - pgdata:/var/lib/postgresql/data

  app:
    build: .
    depends_on: [db]
    environment:
      DATABASE_URL: postgresql://grainlab@db:5432/grainlab
      TZ: Asia/Almaty
    ports:
      - "8080:8080"

volumes:
  pgdata:
""", secret=words_pw())

add("compose/decoy-env-reference", "deploy/compose.prod.yml", "https://docs.docker.com/compose/environment-variables/set-environment-variables/",
    """
services:
  weighbridge-api:
    image: registry.astyq-coop.kz/weighbridge-api:${TAG:-latest}
    env_file: /etc/astyq/weighbridge.env
    environment:
      DB_PASSWORD: ${DB_PASSWORD:?set DB_PASSWORD}
      ONEC_PASSWORD: ${ONEC_PASSWORD}
      REDIS_URL: redis://:${REDIS_PASSWORD}@redis:6379/0
    secrets:
      - esf_p12
  redis:
    image: redis:7-alpine
    command: ["redis-server", "--requirepass", "${REDIS_PASSWORD}"]

secrets:
  esf_p12:
    file: /etc/astyq/keys/esf.p12
""")

add("dockerfile/pypi-token", "tools/grainlab-sdk/Dockerfile", "https://pip.pypa.io/en/stable/topics/authentication/",
    """
FROM python:3.12-slim
WORKDIR /src
COPY . .
RUN pip install build twine && python -m build
# Ішкі пакетті PyPI-ға жариялау (temporary, Дәурен)
ENV TWINE_USERNAME=__token__
ENV TWINE_PASSWORD=@@secret@@
RUN twine upload dist/*
""", secret=fakes.pypi_token(_seed()))

add("dockerfile/decoy-build-secret", "services/weighbridge-api/Dockerfile", "https://docs.docker.com/build/building/secrets/",
    """
# syntax=docker/dockerfile:1.6
FROM python:3.12-slim AS build
WORKDIR /app
COPY requirements.txt .
# ішкі Nexus-тың токені build secret арқылы ғана / only as a build secret
RUN --mount=type=secret,id=pip_conf,target=/etc/pip.conf pip install --no-cache-dir -r requirements.txt
COPY . .

FROM python:3.12-slim
COPY --from=build /usr/local /usr/local
COPY --from=build /app /app
WORKDIR /app
ENV PYTHONUNBUFFERED=1 TZ=Asia/Almaty
CMD ["gunicorn", "-b", "0.0.0.0:8000", "weighbridge.wsgi"]
""")

add("ansible/postgres-password", "ansible/group_vars/elevators.yml", "https://docs.ansible.com/ansible/latest/collections/community/postgresql/postgresql_user_module.html",
    """
---
# Барлық элеватор серверлері (Esil, Atbasar, Shortandy)
timezone: Asia/Almaty
pg_version: 15
pg_databases:
  - name: scada_archive
    owner: scada
pg_users:
  - name: scada
    password: "@@secret@@"
    priv: "scada_archive:ALL"
  - name: grafana_ro
    password: "{{ vault_grafana_ro_password }}"
ntp_servers: [0.kz.pool.ntp.org, 1.kz.pool.ntp.org]
""", secret=rand_pw(20))

add("ansible/decoy-vault-encrypted", "ansible/group_vars/coop_office/vault.yml", "https://docs.ansible.com/ansible/latest/vault_guide/vault_encrypting_content.html",
    """
$ANSIBLE_VAULT;1.1;AES256
@@l1@@
@@l2@@
@@l3@@
@@l4@@
@@l5@@
@@l6@@
""", l1=hexs(80), l2=hexs(80), l3=hexs(80), l4=hexs(80), l5=hexs(80), l6=hexs(42))

add("shell/docker-registry-password", "ops/deploy.sh", "https://docs.docker.com/reference/cli/docker/login/",
    """
#!/bin/sh
# Элеватор порталын жаңарту / обновление портала
set -e
TAG=${1:?usage: deploy.sh TAG}
echo "@@secret@@" | docker login registry.astyq-coop.kz -u deploy --password-stdin
docker pull registry.astyq-coop.kz/portal:"$TAG"
docker stop portal 2>/dev/null || true
docker rm portal 2>/dev/null || true
docker run -d --name portal --restart unless-stopped -p 80:8080 registry.astyq-coop.kz/portal:"$TAG"
docker image prune -f
""", secret=rand_pw(24))

add("yaml/docker-hub-token", ".woodpecker/build.yml", "https://docs.docker.com/security/for-developers/access-tokens/",
    """
steps:
  build:
    image: woodpeckerci/plugin-docker-buildx
    settings:
      repo: astyqcoop/silo-monitor
      tags: [latest, "${CI_COMMIT_SHA:0:8}"]
      username: astyqcoop
      password: @@secret@@
    when:
      branch: main
""", secret=docker_pat())

add("terraform/postgres-password", "infra/yc/db.tf", "https://terraform-provider.yandexcloud.net/resources/mdb_postgresql_user",
    """
resource "yandex_mdb_postgresql_cluster" "elevator" {
  name        = "elevator-ops"
  environment = "PRODUCTION"
  network_id  = yandex_vpc_network.main.id

  config {
    version = 15
    resources {
      resource_preset_id = "s2.micro"
      disk_type_id       = "network-ssd"
      disk_size          = 32
    }
  }
  host {
    zone      = "kz1-a"
    subnet_id = yandex_vpc_subnet.a.id
  }
}

resource "yandex_mdb_postgresql_user" "ops" {
  cluster_id = yandex_mdb_postgresql_cluster.elevator.id
  name       = "elevator_ops"
  password   = "@@secret@@"
}
""", secret=rand_pw(20))

add("json/decoy-terraform-state-redacted", "infra/yc/plan-summary.json", "https://developer.hashicorp.com/terraform/internals/json-format",
    """
{
  "format_version": "1.2",
  "terraform_version": "1.7.5",
  "resource_changes": [
    {
      "address": "yandex_mdb_postgresql_user.ops",
      "type": "yandex_mdb_postgresql_user",
      "change": {
        "actions": ["update"],
        "before_sensitive": {"password": true},
        "after_sensitive": {"password": true},
        "after": {"name": "elevator_ops", "cluster_id": "c9q@@cid@@"}
      }
    }
  ]
}
""", cid=lowalnum(17))


# ---------------------------------------------------------------------------------------------
# Co-op websites, bots, SMS and mail
# ---------------------------------------------------------------------------------------------

add("python/telegram-bot-token", "bots/silo_alert/bot.py", "https://core.telegram.org/bots/api#authorizing-your-bot",
    """
# Силос температурасы туралы ескерту боты / бот оповещений о температуре
import logging

from telegram.ext import ApplicationBuilder, CommandHandler

from .readings import latest_max

TOKEN = "@@secret@@"
logging.basicConfig(level=logging.INFO)


async def status(update, context):
    rows = await latest_max()
    text = "\\n".join(f"{r.silo}: {r.max_c:.1f} °C" for r in rows)
    await update.message.reply_text(text or "Дерек жоқ / нет данных")


app = ApplicationBuilder().token(TOKEN).build()
app.add_handler(CommandHandler("status", status))
app.run_polling()
""", secret=fakes.telegram_token(_seed()))

add("go/telegram-bot-token", "cmd/queue-bot/main.go", "https://core.telegram.org/bots/api#authorizing-your-bot",
    """
package main

// Кезек боты: жүргізушілер элеваторға түсіру кезегін көреді
import (
	"log"

	tgbotapi "github.com/go-telegram-bot-api/telegram-bot-api/v5"
)

const botToken = "@@secret@@"

func main() {
	bot, err := tgbotapi.NewBotAPI(botToken)
	if err != nil {
		log.Fatal(err)
	}
	u := tgbotapi.NewUpdate(0)
	u.Timeout = 60
	for update := range bot.GetUpdatesChan(u) {
		if update.Message == nil {
			continue
		}
		reply := tgbotapi.NewMessage(update.Message.Chat.ID, queueStatus(update.Message.Text))
		bot.Send(reply)
	}
}
""", secret=fakes.telegram_token(_seed()))

add("shell/telegram-bot-token", "scripts/notify_harvest.sh", "https://core.telegram.org/bots/api#sendmessage",
    """
#!/usr/bin/env bash
# Күнделікті қабылдау есебі / ежедневная сводка приёмки -> Telegram
TOTAL=$(psql -Atc "select sum(net_kg)/1000 from intake where day = current_date" elevator)
curl -s -X POST "https://api.telegram.org/bot@@secret@@/sendMessage" \\
  -d chat_id=-1001873450921 \\
  -d parse_mode=HTML \\
  -d text="<b>Бүгін қабылданды:</b> ${TOTAL} т"
""", secret=fakes.telegram_token(_seed()))

add("markdown/decoy-telegram-placeholder", "bots/silo_alert/README.md", "https://core.telegram.org/bots/features#botfather",
    """
# silo_alert бот

Бот @BotFather арқылы тіркелген. Токенді **коммиттемеңіз**.

```bash
export TELEGRAM_BOT_TOKEN=123456789:AAxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx
python -m bots.silo_alert
```

Токен форматы: `<bot_id>:<35 таңба>`. Прод токен Vault-та: `secret/bots/silo_alert`.
Чат ID: `-1001873450921` (Элеватор диспетчерлері).
""")

add("php/mobizon-api-key", "site/app/Sms/MobizonSender.php", "https://mobizon.kz/help/api-docs/message",
    """
<?php
// Кооператив мүшелеріне SMS: төлем, жиналыс, астық қабылдау кестесі
namespace App\\Sms;

final class MobizonSender
{
    private const API = 'https://api.mobizon.kz/service/message/sendsmsmessage';
    private const API_KEY = '@@secret@@';

    public function send(string $phone, string $text): bool
    {
        $query = http_build_query(['output' => 'json', 'api' => 'v1', 'apiKey' => self::API_KEY]);
        $ch = curl_init(self::API . '?' . $query);
        curl_setopt($ch, CURLOPT_POSTFIELDS, ['recipient' => $phone, 'text' => $text, 'from' => 'ASTYQ']);
        curl_setopt($ch, CURLOPT_RETURNTRANSFER, true);
        $res = json_decode(curl_exec($ch), true);
        return ($res['code'] ?? 1) === 0;
    }
}
""", secret=mobizon_key())

add("python/mobizon-api-key", "notify/sms.py", "https://mobizon.kz/help/api-docs/message",
    """
import requests

MOBIZON = "https://api.mobizon.kz/service/message/sendsmsmessage"


def send_sms(phone: str, text: str) -> dict:
    \"\"\"Жүргізушіге SMS: «Сіздің кезегіңіз келді, №3 шұңқыр».\"\"\"
    params = {"output": "json", "api": "v1", "apiKey": "@@secret@@"}
    r = requests.post(MOBIZON, params=params, data={"recipient": phone, "text": text}, timeout=15)
    r.raise_for_status()
    return r.json()
""", secret=mobizon_key())

add("ruby/smsc-password", "lib/notifier/smsc.rb", "https://smsc.kz/api/http/",
    """
# frozen_string_literal: true

require "net/http"
require "uri"

module Notifier
  # SMSC.kz арқылы SMS (резервтік шлюз / резервный шлюз)
  class Smsc
    LOGIN = "bereke_agro"
    PSW = "@@secret@@"

    def deliver(phone, text)
      uri = URI("https://smsc.kz/sys/send.php")
      uri.query = URI.encode_www_form(login: LOGIN, psw: PSW, phones: phone, mes: text, charset: "utf-8", fmt: 3)
      JSON.parse(Net::HTTP.get(uri))
    end
  end
end
""", secret=words_pw())

add("env/smtp-password", "portal/.env", "https://yandex.com/support/mail/mail-clients/others.html",
    """
APP_NAME="Астық порталы"
APP_URL=https://portal.astyq-coop.kz
APP_DEBUG=false
MAIL_MAILER=smtp
MAIL_HOST=smtp.yandex.kz
MAIL_PORT=465
MAIL_USERNAME=noreply@astyq-coop.kz
MAIL_PASSWORD=@@secret@@
MAIL_ENCRYPTION=ssl
MAIL_FROM_ADDRESS=noreply@astyq-coop.kz
""", secret=lowalnum(16))

add("python/smtp-password", "reports/send_daily_report.py", "https://docs.python.org/3/library/smtplib.html",
    """
import smtplib
from email.message import EmailMessage

# Күнделікті есеп бухгалтерияға / ежедневный отчёт в бухгалтерию
msg = EmailMessage()
msg["Subject"] = "Қабылдау есебі / Отчёт по приёмке"
msg["From"] = "elevator-esil@mail.kz"
msg["To"] = "buh@astyq-coop.kz"
msg.set_content(open("/srv/reports/today.txt", encoding="utf-8").read())

with smtplib.SMTP_SSL("smtp.mail.kz", 465) as smtp:
    smtp.login("elevator-esil@mail.kz", "@@secret@@")
    smtp.send_message(msg)
""", secret=words_pw())

add("yaml/sendgrid-api-key", "portal/config/mail.yaml", "https://www.twilio.com/docs/sendgrid/for-developers/sending-email/api-getting-started",
    """
mail:
  provider: sendgrid
  from: "Bereke Agro <no-reply@bereke-agro.kz>"
  sendgrid:
    api_key: @@secret@@
    templates:
      member_invoice: d-@@t1@@
      meeting_notice: d-@@t2@@
  retries: 3
""", secret=sendgrid_key(), t1=hexs(32), t2=hexs(32))

add("yaml/decoy-template-ids", "portal/config/mail.staging.yaml", "https://www.twilio.com/docs/sendgrid/for-developers/sending-email/api-getting-started",
    """
mail:
  provider: sendgrid
  from: "Bereke Agro (staging) <no-reply@staging.bereke-agro.kz>"
  sendgrid:
    api_key: ${SENDGRID_API_KEY}
    templates:
      member_invoice: d-@@t1@@
      meeting_notice: d-@@t2@@
  sandbox_mode: true
""", t1=hexs(32), t2=hexs(32))

add("typescript/mailgun-api-key", "portal/src/lib/mailer.ts", "https://documentation.mailgun.com/docs/mailgun/api-reference/",
    """
import formData from "form-data";
import Mailgun from "mailgun.js";

// Мүшелерге хабарлама / рассылка членам кооператива
const mailgun = new Mailgun(formData);
const mg = mailgun.client({ username: "api", key: "@@secret@@", url: "https://api.eu.mailgun.net" });

export async function notifyMembers(to: string[], subject: string, html: string) {
  return mg.messages.create("mg.astyq-coop.kz", {
    from: "Astyq Co-op <info@mg.astyq-coop.kz>",
    to,
    subject,
    html,
  });
}
""", secret=mailgun_key())

add("php/decoy-recaptcha-site-key", "site/resources/views/join.blade.php", "https://developers.google.com/recaptcha/docs/display",
    """
{{-- Кооперативке мүше болу формасы / форма вступления --}}
<form method="POST" action="{{ route('join.store') }}">
    @csrf
    <label>Аты-жөні <input name="full_name" required></label>
    <label>ЖСН / ИИН <input name="iin" pattern="[0-9]{12}" required></label>
    <label>Телефон <input name="phone" type="tel" required></label>
    <div class="g-recaptcha" data-sitekey="6Le@@sk@@"></div>
    <button type="submit">Жіберу</button>
</form>
<script src="https://www.google.com/recaptcha/api.js" async defer></script>
""", sk=fakes.drawn(_seed(), 37, ALNUM + "_-"))

add("php/recaptcha-secret", "site/app/Http/Controllers/JoinController.php", "https://developers.google.com/recaptcha/docs/verify",
    """
<?php

namespace App\\Http\\Controllers;

use Illuminate\\Http\\Request;
use Illuminate\\Support\\Facades\\Http;

class JoinController extends Controller
{
    public function store(Request $request)
    {
        $check = Http::asForm()->post('https://www.google.com/recaptcha/api/siteverify', [
            'secret' => '@@secret@@',
            'response' => $request->input('g-recaptcha-response'),
        ])->json();
        abort_unless($check['success'] ?? false, 422, 'reCAPTCHA тексерісі өтпеді');
        // ... мүшелікке өтініш сақталады
        return redirect()->route('join.thanks');
    }
}
""", secret="6Le" + fakes.drawn(_seed(), 37, ALNUM + "_-"))

add("python/django-secret-key", "portal/portal/settings/prod.py", "https://docs.djangoproject.com/en/5.0/ref/settings/#secret-key",
    """
from .base import *  # noqa

DEBUG = False
SECRET_KEY = "@@secret@@"
ALLOWED_HOSTS = ["portal.astyq-coop.kz"]
LANGUAGE_CODE = "kk"
LANGUAGES = [("kk", "Қазақша"), ("ru", "Русский")]
TIME_ZONE = "Asia/Almaty"
DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": "portal",
        "USER": "portal",
        "HOST": "db01",
    }
}
""", secret=fakes.django_secret_key(_seed()))

add("python/decoy-django-settings-env", "portal/portal/settings/base.py", "https://docs.djangoproject.com/en/5.0/howto/deployment/checklist/",
    """
import os
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent.parent
SECRET_KEY = os.environ.get("DJANGO_SECRET_KEY", "django-insecure-dev-only-change-me")
DEBUG = os.environ.get("DJANGO_DEBUG") == "1"
INSTALLED_APPS = [
    "django.contrib.admin", "django.contrib.auth", "django.contrib.contenttypes",
    "django.contrib.sessions", "django.contrib.messages", "django.contrib.staticfiles",
    "members", "intake", "receipts",
]
DATABASES = {"default": {"ENGINE": "django.db.backends.postgresql", "NAME": "portal",
                         "PASSWORD": os.environ.get("PORTAL_DB_PASSWORD", "")}}
""")

add("javascript/decoy-firebase-config", "mobile/src/firebase.js", "https://firebase.google.com/docs/projects/api-keys",
    """
// Фермерлер қосымшасы: Firebase web config (public by design, rules protect the data)
import { initializeApp } from "firebase/app";

const firebaseConfig = {
  apiKey: "@@k@@",
  authDomain: "astyq-farmers.firebaseapp.com",
  projectId: "astyq-farmers",
  storageBucket: "astyq-farmers.appspot.com",
  messagingSenderId: "@@sender@@",
  appId: "1:@@sender@@:web:@@app@@",
};

export const app = initializeApp(firebaseConfig);
""", k=google_key(), sender=str(_rng().randint(10**11, 10**12)), app=hexs(22))

add("kotlin/google-maps-server-key", "android/app/src/main/java/kz/astyq/farmers/geo/DistanceService.kt", "https://developers.google.com/maps/documentation/distance-matrix/get-api-key",
    """
package kz.astyq.farmers.geo

import okhttp3.OkHttpClient
import okhttp3.Request

// Егістіктен элеваторға дейінгі қашықтық (server key, restricted to IP — TODO move to backend)
object DistanceService {
    private const val SERVER_KEY = "@@secret@@"
    private val http = OkHttpClient()

    fun distanceKm(fromLatLng: String, elevatorLatLng: String): String? {
        val url = "https://maps.googleapis.com/maps/api/distancematrix/json" +
            "?origins=$fromLatLng&destinations=$elevatorLatLng&key=$SERVER_KEY"
        http.newCall(Request.Builder().url(url).build()).execute().use { return it.body?.string() }
    }
}
""", secret=google_key())

add("swift/decoy-mapbox-public-token", "ios/AstyqFarmers/MapConfig.swift", "https://docs.mapbox.com/help/getting-started/access-tokens/",
    """
import Foundation

// Картаға арналған public token (pk.), URL-restricted. Secret tokens (sk.) live only on the server.
enum MapConfig {
    static let publicToken = "pk.eyJ1IjoiYXN0eXEtY29vcCIsImEiOiJ@@p1@@In0.@@p2@@"
    static let styleURL = URL(string: "mapbox://styles/astyq-coop/fields-v3")!
    static let elevators: [(String, Double, Double)] = [
        ("Esil", 51.9563, 66.4043),
        ("Atbasar", 51.8097, 68.3531),
        ("Shortandy", 51.6995, 70.9963),
    ]
}
""", p1=fakes.drawn(_seed(), 22), p2=fakes.drawn(_seed(), 22, ALNUM + "_-"))

add("swift/stripe-secret-key", "ios/AstyqFarmers/Payments/DebugPayments.swift", "https://docs.stripe.com/keys",
    """
import Foundation

#if DEBUG
// Экспорт тапсырыстары (EU buyers) — temporary direct call, Ерлан will move it to the API
enum DebugPayments {
    static let stripeKey = "@@secret@@"

    static func refund(charge: String) async throws {
        var req = URLRequest(url: URL(string: "https://api.stripe.com/v1/refunds")!)
        req.httpMethod = "POST"
        req.setValue("Bearer \\(stripeKey)", forHTTPHeaderField: "Authorization")
        req.httpBody = "charge=\\(charge)".data(using: .utf8)
        _ = try await URLSession.shared.data(for: req)
    }
}
#endif
""", secret=stripe_key())

add("typescript/decoy-publishable-key", "export-shop/src/stripe.ts", "https://docs.stripe.com/keys#obtain-api-keys",
    """
import { loadStripe } from "@stripe/stripe-js";

// Publishable key — браузерге арналған, құпия емес / безопасно для фронтенда
export const stripePromise = loadStripe("@@pk@@", { locale: "ru" });

export const PRODUCTS = {
  wheat3: { name: "Бидай, 3 класс (FOB Aktau)", unit: "t" },
  barley: { name: "Арпа (feed)", unit: "t" },
  flax: { name: "Зығыр / лён", unit: "t" },
};
""", pk=stripe_key("pk_live_"))

add("json/stripe-webhook-secret", "export-shop/config/production.json", "https://docs.stripe.com/webhooks#verify-official-libraries",
    """
{
  "port": 8080,
  "baseUrl": "https://export.astyq-coop.kz",
  "stripe": {
    "publishableKey": "@@pk@@",
    "webhookSecret": "@@secret@@"
  },
  "currency": "usd",
  "incoterms": ["FOB", "CPT", "DAP"]
}
""", secret=fakes.fake("whsec_", 32, _seed()), pk=stripe_key("pk_live_"))

add("python/bitrix24-webhook", "crm/bitrix_leads.py", "https://apidocs.bitrix24.com/local-integrations/local-webhooks.html",
    """
\"\"\"Фермерлерден өтінімдер -> Bitrix24 лидтері (заявки на приёмку зерна).\"\"\"
import requests

B24 = "https://astyq.bitrix24.kz/rest/17/@@secret@@/"


def create_lead(farm: str, phone: str, tonnes: float, crop: str) -> int:
    fields = {
        "TITLE": f"Қабылдау: {farm} — {tonnes} т {crop}",
        "PHONE": [{"VALUE": phone, "VALUE_TYPE": "WORK"}],
        "SOURCE_ID": "WEB",
    }
    r = requests.post(B24 + "crm.lead.add.json", json={"fields": fields}, timeout=20)
    r.raise_for_status()
    return r.json()["result"]
""", secret=bitrix_hook())

add("env/bitrix24-webhook", "crm/.env", "https://apidocs.bitrix24.com/local-integrations/local-webhooks.html",
    """
# CRM синхрондау
BITRIX_WEBHOOK_URL=https://astyq.bitrix24.kz/rest/17/@@secret@@/
BITRIX_DEFAULT_ASSIGNEE=17
BITRIX_PIPELINE_INTAKE=3
SYNC_INTERVAL=300
LOG_LEVEL=info
""", secret=bitrix_hook())

add("python/decoy-regex", "crm/redact.py", "https://docs.python.org/3/library/re.html",
    """
import re

# Логтарды тазалау: токендерді жасыру / маскирование токенов в логах
PATTERNS = [
    re.compile(r"https://[a-z0-9-]+\\.bitrix24\\.(kz|ru)/rest/\\d+/[a-z0-9]{16}/"),
    re.compile(r"\\b\\d{9,10}:AA[A-Za-z0-9_-]{33}\\b"),  # Telegram bot token
    re.compile(r"apiKey=kz[0-9a-f]{62}"),  # Mobizon
    re.compile(r"(?i)(password|psw|secret)=[^&\\s]+"),
]


def redact(line: str) -> str:
    for pattern in PATTERNS:
        line = pattern.sub("[REDACTED]", line)
    return line
""")


# ---------------------------------------------------------------------------------------------
# Databases, caches, directories, file transfer
# ---------------------------------------------------------------------------------------------

add("python/postgres-url-password", "analytics/etl/intake_to_dwh.py", "https://docs.sqlalchemy.org/en/20/core/engines.html#database-urls",
    """
\"\"\"Қабылдау актілерін DWH-қа жүктеу / загрузка актов приёмки в DWH.\"\"\"
import pandas as pd
from sqlalchemy import create_engine

SRC = create_engine("postgresql+psycopg2://etl_reader:@@secret@@@10.10.1.15:5432/elevator")
DWH = create_engine("postgresql+psycopg2://etl@dwh.internal:5432/dwh")

QUERY = \"\"\"
select a.act_no, a.day, a.crop, a.gross_kg, a.tare_kg, a.moisture_pct, a.trash_pct, f.bin
from intake_acts a join farms f on f.id = a.farm_id
where a.day >= current_date - interval '7 days'
\"\"\"

df = pd.read_sql(QUERY, SRC)
df["net_kg"] = df.gross_kg - df.tare_kg
df.to_sql("intake_acts", DWH, schema="staging", if_exists="replace", index=False)
""", secret=rand_pw(18))

add("go/mssql-password", "internal/scale/store.go", "https://github.com/microsoft/go-mssqldb#connection-parameters-and-dsn",
    """
package scale

import (
	"database/sql"

	_ "github.com/microsoft/go-mssqldb"
)

// Таразы бағдарламасының базасы (Весы-Авто, MS SQL 2012)
const dsn = "sqlserver://vesy_reader:@@secret@@@10.14.2.30:1433?database=AutoWeight&encrypt=disable"

func Open() (*sql.DB, error) {
	db, err := sql.Open("sqlserver", dsn)
	if err != nil {
		return nil, err
	}
	db.SetMaxOpenConns(4)
	return db, db.Ping()
}
""", secret=words_pw())

add("csharp/mssql-password", "src/Elevator.Weighing/appsettings.Production.json", "https://learn.microsoft.com/en-us/dotnet/api/system.data.sqlclient.sqlconnection.connectionstring",
    """
{
  "Logging": { "LogLevel": { "Default": "Information" } },
  "ConnectionStrings": {
    "Weighing": "Server=10.14.2.30;Database=AutoWeight;User Id=weighing_app;Password=@@secret@@;TrustServerCertificate=True",
    "Elevator": "Host=db01;Database=elevator;Username=weighing_app"
  },
  "Scale": { "Port": "COM3", "BaudRate": 9600, "StableReadings": 5 },
  "Culture": "kk-KZ"
}
""", secret=rand_pw(16, "!#"))

add("sql/postgres-role-password", "db/migrations/V14__create_reporting_roles.sql", "https://www.postgresql.org/docs/current/sql-createrole.html",
    """
-- V14: есеп беру рөлдері / роли для отчётности (Power BI, Metabase)
CREATE ROLE reporting NOLOGIN;
GRANT USAGE ON SCHEMA intake, storage TO reporting;
GRANT SELECT ON ALL TABLES IN SCHEMA intake, storage TO reporting;

CREATE ROLE metabase LOGIN PASSWORD '@@secret@@' IN ROLE reporting;
ALTER ROLE metabase SET statement_timeout = '60s';

COMMENT ON ROLE metabase IS 'Metabase dashboards — элеватор қоймалары';
""", secret=words_pw())

add("sql/decoy-password-hash", "db/seed/dev_users.sql", "https://www.postgresql.org/docs/current/pgcrypto.html",
    """
-- Dev seed: test users for the portal (пароль бәріне бірдей: см. README, only local)
INSERT INTO portal_users (login, full_name, role, password_hash) VALUES
  ('admin', 'Әкімші', 'admin', '$2b$12$@@h1@@'),
  ('laborant', 'Зертханашы Айгүл', 'lab', '$2b$12$@@h2@@'),
  ('vesovshik', 'Таразышы Серік', 'scale', '$2b$12$@@h3@@');

INSERT INTO elevators (code, name, capacity_t) VALUES
  ('ESL', 'Есіл элеваторы', 120000),
  ('ATB', 'Атбасар элеваторы', 85000);
""", h1=fakes.drawn(_seed(), 53, ALNUM + "./"), h2=fakes.drawn(_seed(), 53, ALNUM + "./"), h3=fakes.drawn(_seed(), 53, ALNUM + "./"))

add("sql/decoy-ids-and-hashes", "db/reports/lot_certificates.sql", "https://www.postgresql.org/docs/current/functions-binarystring.html",
    """
-- Астық партиясының сапа сертификаттары / сертификаты качества партий
SELECT l.lot_id, l.crop, l.class, c.cert_no, c.pdf_sha256
FROM storage.lots l
JOIN storage.quality_certs c USING (lot_id)
WHERE l.lot_id IN ('@@u1@@', '@@u2@@')
   OR c.pdf_sha256 = '@@h@@'
ORDER BY l.lot_id;
""", u1=uuid_s(), u2=uuid_s(), h=hexs(64))

add("ini/redis-password", "deploy/redis/redis.conf", "https://redis.io/docs/latest/operate/oss_and_stack/management/config-file/",
    """
# Redis: weighbridge queue + portal sessions
bind 10.10.1.20 127.0.0.1
port 6379
protected-mode yes
requirepass @@secret@@
maxmemory 512mb
maxmemory-policy allkeys-lru
appendonly yes
""", secret=fakes.redis_password(_seed()))

add("python/redis-url-password", "queue/worker.py", "https://redis-py.readthedocs.io/en/stable/connections.html#redis.Redis.from_url",
    """
# Кезек: жүк көліктерін түсіру шұңқырларына бөлу / распределение машин по завальным ямам
import redis
from rq import Queue, Worker

conn = redis.Redis.from_url("redis://:@@secret@@@10.10.1.20:6379/2")
queues = [Queue("intake", connection=conn), Queue("lab", connection=conn)]

if __name__ == "__main__":
    Worker(queues, connection=conn).work(with_scheduler=True)
""", secret=fakes.redis_password(_seed()))

add("yaml/ldap-bind-password", "deploy/grafana/ldap.toml.yaml", "https://grafana.com/docs/grafana/latest/setup-grafana/configure-security/configure-authentication/ldap/",
    """
# Helm values: Grafana LDAP (AD of the co-op office, astyq.local)
grafana:
  ldap:
    enabled: true
    config: |-
      [[servers]]
      host = "dc01.astyq.local"
      port = 389
      bind_dn = "CN=svc-grafana,OU=Service,DC=astyq,DC=local"
      bind_password = "@@secret@@"
      search_filter = "(sAMAccountName=%s)"
      search_base_dns = ["OU=Staff,DC=astyq,DC=local"]
""", secret=words_pw())

add("java/ldap-bind-password", "portal-auth/src/main/java/kz/astyq/auth/AdConfig.java", "https://docs.spring.io/spring-ldap/reference/",
    """
package kz.astyq.auth;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.ldap.core.support.LdapContextSource;

@Configuration
public class AdConfig {
    @Bean
    public LdapContextSource contextSource() {
        LdapContextSource source = new LdapContextSource();
        source.setUrl("ldap://dc01.astyq.local:389");
        source.setBase("DC=astyq,DC=local");
        source.setUserDn("CN=svc-portal,OU=Service,DC=astyq,DC=local");
        source.setPassword("@@secret@@");
        return source;
    }
}
""", secret=rand_pw(18, "!@"))

add("python/ftp-password", "lab/import_analyzer.py", "https://docs.python.org/3/library/ftplib.html",
    """
# Infratec NIR анализаторының нәтижелерін FTP-дан алу (протеин, ылғал, клейковина)
import csv
import io
from ftplib import FTP

HOST = "10.20.5.40"

with FTP(HOST) as ftp:
    ftp.login(user="infratec", passwd="@@secret@@")
    for name in ftp.nlst("/results"):
        buf = io.BytesIO()
        ftp.retrbinary(f"RETR /results/{name}", buf.write)
        for row in csv.DictReader(io.StringIO(buf.getvalue().decode("cp1251")), delimiter=";"):
            print(row["SampleID"], row["Protein"], row["Moisture"])
""", secret=words_pw())

add("shell/sftp-password", "scripts/push_reports_to_ministry.sh", "https://linux.die.net/man/1/lftp",
    """
#!/bin/bash
# Ай сайынғы есеп: астық қоры (форма 1-ЗЕРНО) -> ведомство SFTP
set -euo pipefail
MONTH=$(date -d "last month" +%Y-%m)
FILE=/srv/reports/zerno_${MONTH}.xml
lftp -u astyq_coop,'@@secret@@' sftp://sftp.qoldau.kz <<'CMD'
cd /inbox
put /srv/reports/zerno_latest.xml
bye
CMD
echo "sent ${FILE}"
""", secret=words_pw())

add("powershell/smb-password", "scripts/Map-ScaleShare.ps1", "https://learn.microsoft.com/en-us/powershell/module/microsoft.powershell.security/get-credential",
    """
# Таразы компьютерінің бөлісілген папкасын қосу / подключение папки весовой
$user = "VESY-PC\\operator"
$pass = ConvertTo-SecureString "@@secret@@" -AsPlainText -Force
$cred = New-Object System.Management.Automation.PSCredential ($user, $pass)

New-PSDrive -Name "W" -PSProvider FileSystem -Root "\\\\10.14.2.25\\AutoWeight" -Credential $cred -Persist
Copy-Item "W:\\export\\*.csv" -Destination "D:\\intake\\incoming" -Force
Remove-PSDrive -Name "W"
""", secret=words_pw())

add("powershell/decoy-credential-prompt", "scripts/Sync-Receipts.ps1", "https://learn.microsoft.com/en-us/powershell/module/microsoft.powershell.security/get-credential",
    """
# Қолхаттарды синхрондау: тіркелгі деректері Credential Manager-ден
param([string]$Target = "Astyq/OneC")

Import-Module CredentialManager
$cred = Get-StoredCredential -Target $Target
if (-not $cred) { $cred = Get-Credential -Message "1С пайдаланушысы / пользователь 1С" }

$headers = @{ Authorization = "Basic " + [Convert]::ToBase64String([Text.Encoding]::UTF8.GetBytes(
    "$($cred.UserName):$($cred.GetNetworkCredential().Password)")) }
Invoke-RestMethod -Uri "http://1c-srv01/elevator/hs/grain/receipts" -Headers $headers -OutFile "D:\\receipts\\today.json"
""")

add("properties/mysql-password", "scale-bridge/src/main/resources/application-prod.properties", "https://docs.spring.io/spring-boot/appendix/application-properties/index.html",
    """
# Таразы көпірі / весовой мост (prod)
server.port=8085
spring.datasource.url=jdbc:mysql://10.30.1.12:3306/weighbridge?useUnicode=true&characterEncoding=utf8
spring.datasource.username=bridge
spring.datasource.password=@@secret@@
spring.jpa.hibernate.ddl-auto=validate
scale.serial.port=/dev/ttyUSB0
scale.serial.baud=9600
""", secret=words_pw())

add("properties/decoy-env-placeholders", "scale-bridge/src/main/resources/application.properties", "https://docs.spring.io/spring-boot/reference/features/external-config.html",
    """
server.port=8085
spring.datasource.url=jdbc:mysql://${DB_HOST:localhost}:3306/weighbridge
spring.datasource.username=${DB_USER:bridge}
spring.datasource.password=${DB_PASSWORD}
spring.jpa.hibernate.ddl-auto=validate
# Тестке арналған: local H2
spring.profiles.group.test=h2
scale.serial.port=${SCALE_PORT:/dev/ttyUSB0}
""")

add("toml/decoy-config-placeholders", "tools/grainlab/config.example.toml", "https://toml.io/en/v1.0.0",
    """
# grainlab: үлгі конфигурация / пример конфигурации
[database]
url = "postgresql://grainlab:CHANGE_ME@localhost:5432/grainlab"

[telegram]
token = "YOUR_BOT_TOKEN_HERE"
chat_id = 0

[wialon]
token = ""  # Wialon -> Settings -> Access tokens (72 hex)

[yandex]
api_key = "<api-key>"
""")

add("rust/postgres-password", "silo-agent/src/db.rs", "https://docs.rs/tokio-postgres/latest/tokio_postgres/config/struct.Config.html",
    """
use tokio_postgres::{Client, NoTls};

// Силос агенті: термометрия деректерін архивке жазады
const CONN: &str = "host=10.10.1.15 port=5432 user=silo_agent password=@@secret@@ dbname=scada_archive";

pub async fn connect() -> Result<Client, tokio_postgres::Error> {
    let (client, connection) = tokio_postgres::connect(CONN, NoTls).await?;
    tokio::spawn(async move {
        if let Err(e) = connection.await {
            eprintln!("db connection error: {e}");
        }
    });
    Ok(client)
}
""", secret=rand_pw(20))

add("rust/decoy-env-reference", "silo-agent/src/config.rs", "https://doc.rust-lang.org/std/env/fn.var.html",
    """
use std::env;

pub struct Config {
    pub db_url: String,
    pub mqtt_password: String,
    pub alarm_c: f32,
}

impl Config {
    /// Конфигурация тек ортадан / only from the environment (systemd EnvironmentFile, 0600)
    pub fn from_env() -> Self {
        Config {
            db_url: env::var("SILO_DB_URL").expect("SILO_DB_URL"),
            mqtt_password: env::var("SILO_MQTT_PASSWORD").expect("SILO_MQTT_PASSWORD"),
            alarm_c: env::var("SILO_ALARM_C").ok().and_then(|v| v.parse().ok()).unwrap_or(30.0),
        }
    }
}
""")

add("yaml/mongodb-password", "deploy/helm/farm-app/values-prod.yaml", "https://www.mongodb.com/docs/manual/reference/connection-string/",
    """
replicaCount: 2
image:
  repository: registry.astyq-coop.kz/farm-app
  tag: "2.8.1"
env:
  NODE_ENV: production
  MONGO_URL: "mongodb+srv://farmapp:@@secret@@@cluster0.x7kq2.mongodb.net/farms?retryWrites=true&w=majority"
  DEFAULT_LOCALE: kk
ingress:
  enabled: true
  hosts:
    - host: app.astyq-coop.kz
      paths: ["/"]
""", secret=rand_pw(16))

add("yaml/decoy-external-secret", "deploy/helm/farm-app/templates/externalsecret.yaml", "https://external-secrets.io/latest/api/externalsecret/",
    """
apiVersion: external-secrets.io/v1beta1
kind: ExternalSecret
metadata:
  name: farm-app
spec:
  refreshInterval: 1h
  secretStoreRef:
    name: yc-lockbox
    kind: ClusterSecretStore
  target:
    name: farm-app-env
  data:
    - secretKey: MONGO_URL
      remoteRef:
        key: e6q@@lb@@
        property: mongo_url
""", lb=lowalnum(17))


# ---------------------------------------------------------------------------------------------
# Docs, runbooks, handover notes
# ---------------------------------------------------------------------------------------------

add("markdown/handover-scada-password", "docs/handover/2024-10-esil-scada.md", "https://www.inductiveautomation.com/",
    """
# Тапсыру жазбасы / Передача дел — Есіл элеваторы SCADA

Аскар демалысқа шығады (14.10 – 04.11), орнына Бекзат.

## Не қайда
- SCADA сервері: `scada-esl01` (10.10.1.30), Ignition 8.1
- Gateway admin: `admin` / `@@secret@@`  (өзгерту керек, ескі пароль)
- Термометрия контроллерлері: 10.10.3.0/24, Modbus TCP
- Аспирация желдеткіштері: ПЧ Danfoss, қолмен режимде №4

## Ескерту
Силос №7 (бидай 3 класс) 29-30 °C — күн сайын тексеру, 31 °C болса — айдау (перекачка).
""", secret=words_pw())

add("markdown/handover-wifi-and-router", "docs/handover/atbasar-it.md", "https://help.mikrotik.com/docs/display/ROS/User",
    """
# Атбасар элеваторы — IT қысқаша

* Интернет: Kazakhtelecom, 100 Мбит, договор № 4471/22
* Роутер MikroTik hAP ax3 — 10.20.0.1, логин `admin`, пароль: @@secret@@
* Wi-Fi (офис): SSID `Astyq-Office`, кілт KeePass-та
* Таразы ДК: VESY-PC, AnyDesk ID 1 284 553 017 (парольсіз қосылу өшірілген)
* Принтер: HP M428, 10.20.0.50

Қиындық болса: +7 701 ... (Дәурен), 1С бойынша — Гүлнар.
""", secret=rand_pw(14, "#"))

add("markdown/wialon-token-in-doc", "docs/integrations/wialon.md", "https://sdk.wialon.com/wiki/en/sidebar/remoteapi/apiref/token/login",
    """
# Wialon интеграциясы

Жүк көліктерінің GPS деректері Wialon Hosting-тен алынады.

Токен (full access, 2025-01-01 дейін): `@@secret@@`

Тексеру:

```
curl "https://hst-api.wialon.com/wialon/ajax.html?svc=token/login&params={\\"token\\":\\"<TOKEN>\\"}"
```

Топ: **Astyq Coop Trucks** (48 көлік). Геоаймақтар: Elevator Esil, Elevator Atbasar.
""", secret=wialon_token())

add("markdown/decoy-doc-example-values", "docs/integrations/kaspi.md", "https://kaspi.kz/merchantcabinet/support/display/Support/Kaspi+Shop+API",
    """
# Kaspi Shop API

Токен Kaspi кабинетінде: Баптаулар → API токен. Токен **тек** Vault-та: `secret/shop/kaspi`.

| Айнымалы | Мысал | Сипаттама |
|---|---|---|
| `KASPI_SHOP_TOKEN` | `<token from cabinet>` | X-Auth-Token тақырыбы |
| `KASPI_MERCHANT_ID` | `12345678` | Дүкен ID |

```http
GET /shop/api/v2/orders?page[number]=0&page[size]=20
X-Auth-Token: ${KASPI_SHOP_TOKEN}
Content-Type: application/vnd.api+json
```
""")

add("markdown/decoy-runbook-vault", "docs/runbooks/rotate-db-passwords.md", "https://developer.hashicorp.com/vault/docs/commands/kv/put",
    """
# Дерекқор парольдерін ауыстыру / Ротация паролей БД

1. Жаңа пароль жасау: `openssl rand -base64 24`
2. Vault-қа жазу:
   ```bash
   vault kv put secret/elevator/db scada_password="$(openssl rand -base64 24)"
   ```
3. PostgreSQL-де ауыстыру:
   ```sql
   ALTER ROLE scada PASSWORD :'new_password';
   ```
4. `ansible-playbook site.yml --tags scada -e @vault.yml --ask-vault-pass`
5. Grafana және silo-agent қайта іске қосу.

Ескі парольдерді Slack/Telegram-ға жібермеңіз!
""")

add("markdown/ssh-private-key", "docs/access/scale-pc-ssh.md", "https://man.openbsd.org/ssh-keygen",
    """
# Таразы ДК-ға SSH қолжетімділік (уақытша)

Бекзат үшін, тек 2024 егін науқаны кезінде. Кілтті `~/.ssh/vesy_esl` ретінде сақтаңыз:

```
@@secret@@
```

`ssh -i ~/.ssh/vesy_esl operator@10.14.2.25`
""", secret=fakes.fake_pem(_seed(), "OPENSSH"))

add("notebook/postgres-password", "notebooks/moisture_vs_price.ipynb", "https://nbformat.readthedocs.io/en/latest/format_description.html",
    """
{
 "cells": [
  {
   "cell_type": "markdown",
   "metadata": {},
   "source": ["# Ылғалдылық және баға / Влажность и цена закупа, 2024"]
  },
  {
   "cell_type": "code",
   "execution_count": 3,
   "metadata": {},
   "outputs": [],
   "source": [
    "import pandas as pd\\n",
    "import psycopg2\\n",
    "conn = psycopg2.connect(host='10.10.1.15', dbname='elevator', user='analyst', password='@@secret@@')\\n",
    "df = pd.read_sql('select day, crop, moisture_pct, price_kzt_t from intake_acts', conn)"
   ]
  },
  {
   "cell_type": "code",
   "execution_count": 4,
   "metadata": {},
   "outputs": [],
   "source": ["df.groupby(['crop', pd.cut(df.moisture_pct, [0, 14, 16, 18, 30])]).price_kzt_t.mean()"]
  }
 ],
 "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""", secret=words_pw())

add("notebook/openai-api-key", "notebooks/lab_reports_summarize.ipynb", "https://platform.openai.com/docs/api-reference/authentication",
    """
{
 "cells": [
  {
   "cell_type": "markdown",
   "metadata": {},
   "source": ["## Зертхана хаттамаларының қысқаша мазмұны (эксперимент)"]
  },
  {
   "cell_type": "code",
   "execution_count": 1,
   "metadata": {},
   "outputs": [],
   "source": [
    "from openai import OpenAI\\n",
    "client = OpenAI(api_key=\\"@@secret@@\\")\\n",
    "text = open('protocols/2024-09-12.txt', encoding='utf-8').read()\\n",
    "r = client.chat.completions.create(model='gpt-4o-mini', messages=[{'role': 'user', 'content': 'Қысқаша: ' + text}])\\n",
    "print(r.choices[0].message.content)"
   ]
  }
 ],
 "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""", secret=fakes.openai_key(_seed()))

add("notebook/decoy-getpass", "notebooks/yield_forecast.ipynb", "https://docs.python.org/3/library/getpass.html",
    """
{
 "cells": [
  {
   "cell_type": "code",
   "execution_count": 1,
   "metadata": {},
   "outputs": [],
   "source": [
    "import getpass, os\\n",
    "import pandas as pd\\n",
    "from sqlalchemy import create_engine\\n",
    "pw = os.environ.get('DWH_PASSWORD') or getpass.getpass('DWH құпия сөзі: ')\\n",
    "eng = create_engine(f'postgresql://analyst:{pw}@dwh.internal/dwh')"
   ]
  },
  {
   "cell_type": "code",
   "execution_count": 2,
   "metadata": {},
   "outputs": [
    {"name": "stdout", "output_type": "stream", "text": ["rows: 18422\\n", "model sha: @@h@@\\n"]}
   ],
   "source": ["df = pd.read_sql('select * from marts.yield_by_field', eng)\\n", "print('rows:', len(df))"]
  }
 ],
 "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""", h=hexs(40))

add("log/postgres-url-password", "logs/etl-2024-09-15.log", "https://docs.sqlalchemy.org/en/20/core/engines.html#database-urls",
    """
[2024-09-15 02:00:00] INFO  etl: start intake_to_dwh
[2024-09-15 02:00:00] DEBUG etl: source=postgresql+psycopg2://etl_reader:@@secret@@@10.10.1.15:5432/elevator
[2024-09-15 02:00:03] INFO  etl: 1842 acts read (7 days)
[2024-09-15 02:00:07] WARNING etl: act ESL-24-09-0412 moisture 22.4% > 20% — тексеру керек
[2024-09-15 02:00:11] INFO  etl: staging.intake_acts replaced (1842 rows)
[2024-09-15 02:00:11] INFO  etl: done in 11.2s
""", secret=rand_pw(18))

add("log/decoy-hashes-and-ids", "logs/portal-access-2024-09-15.log", "https://nginx.org/en/docs/http/ngx_http_log_module.html",
    """
10.10.5.14 - - [15/Sep/2024:09:12:01 +0500] "GET /receipts/@@u1@@ HTTP/1.1" 200 5234 "-" "Mozilla/5.0" rid=@@r1@@
10.10.5.14 - - [15/Sep/2024:09:12:02 +0500] "GET /static/app.@@h1@@.js HTTP/1.1" 200 88120 "-" "Mozilla/5.0" rid=@@r2@@
10.10.5.22 - - [15/Sep/2024:09:13:40 +0500] "POST /api/intake?token=[FILTERED] HTTP/1.1" 201 61 "-" "okhttp/4.12" rid=@@r3@@
10.10.5.22 - - [15/Sep/2024:09:13:41 +0500] "GET /api/lots/@@u2@@ HTTP/1.1" 200 1442 "-" "okhttp/4.12" rid=@@r4@@
10.10.5.30 - - [15/Sep/2024:09:14:05 +0500] "GET /login HTTP/1.1" 200 3120 "-" "Mozilla/5.0" rid=@@r5@@
""", u1=uuid_s(), u2=uuid_s(), h1=hexs(20), r1=hexs(32), r2=hexs(32), r3=hexs(32), r4=hexs(32), r5=hexs(32))

add("log/telegram-bot-token", "logs/queue-bot.err.log", "https://core.telegram.org/bots/api#making-requests",
    """
2024/09/20 07:41:12 queue-bot starting, 3 pits, elevator=ESL
2024/09/20 07:41:13 Endpoint: getMe, response: {"ok":true,"result":{"id":7012554301,"is_bot":true,"username":"astyq_queue_bot"}}
2024/09/20 09:02:44 Post "https://api.telegram.org/bot@@secret@@/getUpdates": dial tcp 149.154.167.220:443: i/o timeout
2024/09/20 09:02:47 retrying in 3s
2024/09/20 09:02:50 reconnected
""", secret=fakes.telegram_token(_seed()))

add("yaml/private-key", "deploy/edge/esil-gateway.yaml", "https://docs.ansible.com/ansible/latest/collections/ansible/builtin/copy_module.html",
    """
# Edge gateway (Esil): VPN to the co-op office (WireGuard over IPsec fallback)
gateway:
  hostname: esl-gw01
  vpn:
    peer: vpn.astyq-coop.kz:51820
    ipsec_cert: /etc/ipsec.d/certs/esl-gw01.crt
    ipsec_key: |
      @@k@@
  services: [thermo-bridge, scale-bridge]
""", secret=(_k := fakes.fake_pem(_seed(), "RSA")), k=_k.replace("\n", "\n      "))

add("python/private-key", "integrations/esf/sign.py", "https://cryptography.io/en/latest/hazmat/primitives/asymmetric/serialization/",
    """
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding

# TODO(Нұрлан): кілтті файлға көшіру / вынести ключ в файл
SIGN_KEY_PEM = b\"\"\"@@secret@@\"\"\"

_key = serialization.load_pem_private_key(SIGN_KEY_PEM, password=None)


def sign(xml: bytes) -> bytes:
    return _key.sign(xml, padding.PKCS1v15(), hashes.SHA256())
""", secret=fakes.fake_pem(_seed(), "RSA"))

add("yaml/decoy-public-certificate", "deploy/edge/ca-bundle.yaml", "https://kubernetes.io/docs/tasks/configmap-secret/",
    """
apiVersion: v1
kind: ConfigMap
metadata:
  name: astyq-ca
data:
  # Кооперативтің ішкі CA сертификаты (public) / fingerprint SHA256 @@fp@@
  ca.crt: |
    -----BEGIN CERTIFICATE-----
    @@c1@@
    @@c2@@
    @@c3@@
    -----END CERTIFICATE-----
""", fp=hexs(64).upper(), c1=fakes.drawn(_seed(), 64, ALNUM + "+/"), c2=fakes.drawn(_seed(), 64, ALNUM + "+/"), c3=fakes.drawn(_seed(), 40, ALNUM + "+/") + "==")

add("ini/decoy-ssh-public-key", "ops/ssh/authorized_keys", "https://man.openbsd.org/sshd.8#AUTHORIZED_KEYS_FILE_FORMAT",
    """
# esl-gw01: рұқсат етілген кілттер / разрешённые ключи
ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAA@@k1@@ dauren@astyq-laptop
ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAA@@k2@@ bekzat@esl
ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABgQ@@k3@@ backup@nas01
# ansible
ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAA@@k4@@ ansible@ops01
""", k1=fakes.drawn(_seed(), 44, ALNUM + "+/"), k2=fakes.drawn(_seed(), 44, ALNUM + "+/"), k3=fakes.drawn(_seed(), 120, ALNUM + "+/"), k4=fakes.drawn(_seed(), 44, ALNUM + "+/"))

add("ini/github-token", "ops/git/.git-credentials.ini", "https://git-scm.com/docs/git-credential-store",
    """
; ops01 сервері: ішкі репоны клондау үшін (deploy user)
[credential]
    helper = store
[credential "https://github.com"]
    username = astyq-deploy
[url "https://astyq-deploy:@@secret@@@github.com/astyq-coop/"]
    insteadOf = https://github.com/astyq-coop/
""", secret=fakes.github_token(_seed()))

add("shell/github-fine-grained-token", "scripts/bootstrap_gateway.sh", "https://docs.github.com/en/authentication/keeping-your-account-and-data-secure/managing-your-personal-access-tokens",
    """
#!/usr/bin/env bash
# Жаңа шлюзді дайындау (Raspberry Pi / industrial PC)
set -euo pipefail
apt-get update && apt-get install -y git python3-venv mosquitto-clients
GH_TOKEN="@@secret@@"
git clone "https://oauth2:${GH_TOKEN}@github.com/astyq-coop/silo-agent.git" /opt/silo-agent
python3 -m venv /opt/silo-agent/.venv
/opt/silo-agent/.venv/bin/pip install -r /opt/silo-agent/requirements.txt
systemctl enable --now silo-agent
""", secret=fakes.github_fine_grained_token(_seed()))

add("yaml/gitlab-token", "renovate/config.yaml", "https://docs.renovatebot.com/self-hosted-configuration/",
    """
# Renovate (self-hosted) for git.astyq-coop.kz
platform: gitlab
endpoint: https://git.astyq-coop.kz/api/v4/
token: @@secret@@
autodiscover: true
autodiscoverFilter: ["elevator/*", "portal/*"]
timezone: Asia/Almaty
schedule: ["after 10pm every weekday"]
""", secret=gitlab_token())

add("ini/pypi-token", "tools/grainlab-sdk/.pypirc", "https://packaging.python.org/en/latest/specifications/pypirc/",
    """
[distutils]
index-servers =
    pypi
    nexus

[pypi]
username = __token__
password = @@secret@@

[nexus]
repository = https://nexus.astyq-coop.kz/repository/pypi-internal/
username = ci
""", secret=fakes.pypi_token(_seed()))

add("toml/decoy-pypi-trusted-publishing", "tools/grainlab-sdk/pyproject.toml", "https://docs.pypi.org/trusted-publishers/",
    """
[build-system]
requires = ["hatchling"]
build-backend = "hatchling.build"

[project]
name = "grainlab-sdk"
version = "0.9.2"
description = "Астық сапасы зертханасы: Infratec, ылғал өлшегіш, сертификаттар"
requires-python = ">=3.10"
dependencies = ["httpx>=0.27", "pydantic>=2"]
authors = [{ name = "Astyq Co-op IT", email = "it@astyq-coop.kz" }]

[project.urls]
Homepage = "https://github.com/astyq-coop/grainlab-sdk"

# Publishing: GitHub Actions trusted publishing (OIDC), no API token stored anywhere.
[tool.hatch.build.targets.wheel]
packages = ["src/grainlab"]
""")

add("yaml/grafana-service-account-token", "monitoring/grafana-backup/config.yaml", "https://grafana.com/docs/grafana/latest/administration/service-accounts/",
    """
# grafana-backup-tool: дашбордтарды түнде сақтау
general:
  debug: false
  backup_dir: /srv/backup/grafana
grafana:
  url: https://grafana.astyq-coop.kz
  token: @@secret@@
  search_api_limit: 5000
  verify_ssl: true
""", secret=grafana_sa())

add("python/sentry-auth-token", "scripts/sentry_release.py", "https://docs.sentry.io/api/auth/",
    """
import subprocess

import requests

ORG = "astyq-coop"
AUTH = {"Authorization": "Bearer @@secret@@"}
version = subprocess.check_output(["git", "describe", "--tags"]).decode().strip()

r = requests.post(
    f"https://sentry.io/api/0/organizations/{ORG}/releases/",
    headers=AUTH,
    json={"version": version, "projects": ["portal", "farm-app"]},
    timeout=30,
)
r.raise_for_status()
print("Sentry release created:", version)
""", secret=sentry_token())

add("python/decoy-sentry-dsn", "portal/portal/sentry.py", "https://docs.sentry.io/concepts/key-terms/dsn-explainer/",
    """
import sentry_sdk
from sentry_sdk.integrations.django import DjangoIntegration

# DSN is public by design (it only lets clients send events).
sentry_sdk.init(
    dsn="https://@@k@@@o@@org@@.ingest.sentry.io/@@proj@@",
    integrations=[DjangoIntegration()],
    environment="production",
    traces_sample_rate=0.1,
    send_default_pii=False,
)
""", k=hexs(32), org=str(_rng().randint(100000, 999999)), proj=str(_rng().randint(1000000, 9999999)))

add("json/slack-webhook", "monitoring/alertmanager/receivers.json", "https://api.slack.com/messaging/webhooks",
    """
{
  "receivers": [
    {
      "name": "elevator-ops",
      "slack_configs": [
        {
          "api_url": "@@secret@@",
          "channel": "#elevator-alerts",
          "title": "{{ .CommonLabels.alertname }} — {{ .CommonLabels.silo }}",
          "send_resolved": true
        }
      ]
    }
  ]
}
""", secret=slack_webhook())

add("python/slack-bot-token", "ops/harvest_digest.py", "https://api.slack.com/authentication/token-types#bot",
    """
from slack_sdk import WebClient

# Егін науқаны: күнделікті дайджест / ежедневный дайджест уборочной
client = WebClient(token="@@secret@@")


def post_digest(rows):
    lines = [f"*{r['elevator']}*: {r['tonnes']:,} т, орт. ылғал {r['moisture']:.1f}%" for r in rows]
    client.chat_postMessage(channel="#harvest-2024", text="\\n".join(lines))
""", secret=slack_bot())

add("csharp/azure-client-secret", "src/Elevator.Reports/GraphMailer.cs", "https://learn.microsoft.com/en-us/entra/identity-platform/quickstart-register-app",
    """
using Azure.Identity;
using Microsoft.Graph;

namespace Elevator.Reports;

// Ай сайынғы есептерді Outlook арқылы жіберу (M365 тенанты кооперативтің)
public static class GraphMailer
{
    private const string TenantId = "@@tenant@@";
    private const string ClientId = "@@client@@";
    private const string ClientSecret = "@@secret@@";

    public static GraphServiceClient Create()
    {
        var credential = new ClientSecretCredential(TenantId, ClientId, ClientSecret);
        return new GraphServiceClient(credential, new[] { "https://graph.microsoft.com/.default" });
    }
}
""", secret=azure_secret(), tenant=uuid_s(), client=uuid_s())

add("json/decoy-azure-app-ids", "src/Elevator.Reports/appsettings.json", "https://learn.microsoft.com/en-us/entra/identity-platform/msal-client-application-configuration",
    """
{
  "AzureAd": {
    "Instance": "https://login.microsoftonline.com/",
    "TenantId": "@@tenant@@",
    "ClientId": "@@client@@",
    "ClientCredentials": [
      { "SourceType": "KeyVault", "KeyVaultUrl": "https://astyq-kv.vault.azure.net", "KeyVaultCertificateName": "reports-mailer" }
    ]
  },
  "Reports": { "Recipients": ["buh@astyq-coop.kz", "director@astyq-coop.kz"], "Culture": "kk-KZ" }
}
""", tenant=uuid_s(), client=uuid_s())


# ---------------------------------------------------------------------------------------------
# More payments, devices and apps
# ---------------------------------------------------------------------------------------------

add("python/freedompay-secret-key", "shop/freedompay/signature.py", "https://docs.freedompay.kz/",
    """
\"\"\"Freedom Pay (ex-Paybox): тұқым алдын ала тапсырысын төлеу — қол қою / подпись запроса.\"\"\"
import hashlib
import uuid

MERCHANT_ID = 551874
SECRET_KEY = "@@secret@@"


def signed(script: str, params: dict) -> dict:
    params = dict(params, pg_merchant_id=MERCHANT_ID, pg_salt=uuid.uuid4().hex)
    parts = [script] + [str(params[k]) for k in sorted(params)] + [SECRET_KEY]
    params["pg_sig"] = hashlib.md5(";".join(parts).encode()).hexdigest()
    return params


def init_payment(order_id: str, amount_kzt: int) -> dict:
    return signed("init_payment.php", {"pg_order_id": order_id, "pg_amount": amount_kzt,
                                       "pg_currency": "KZT", "pg_description": "Тұқым алдын ала тапсырыс"})
""", secret=fakes.drawn(_seed(), 16))

add("env/cloudpayments-api-secret", "export-shop/.env.local", "https://developers.cloudpayments.ru/#autentifikatsiya-zaprosov",
    """
# Жергілікті іске қосу үшін — prod кілттерімен! (Ерлан, кейін өзгерт)
CP_PUBLIC_ID=pk_@@pub@@
CP_API_SECRET=@@secret@@
CP_CURRENCY=KZT
NEXT_PUBLIC_SITE=https://export.astyq-coop.kz
""", secret=hexs(32), pub=hexs(29))

add("powershell/kaspi-token", "scripts/Get-KaspiOrders.ps1", "https://kaspi.kz/merchantcabinet/support/display/Support/Kaspi+Shop+API",
    """
# Kaspi тапсырыстарын Excel-ге түсіру (бухгалтерия үшін)
$headers = @{
    "X-Auth-Token" = "@@secret@@"
    "Content-Type" = "application/vnd.api+json"
}
$from = [DateTimeOffset]::Now.AddDays(-14).ToUnixTimeMilliseconds()
$uri = "https://kaspi.kz/shop/api/v2/orders?page[number]=0&page[size]=100&filter[orders][creationDate][`$ge]=$from"
$orders = Invoke-RestMethod -Uri $uri -Headers $headers
$orders.data | ForEach-Object { $_.attributes } |
    Select-Object code, totalPrice, state, creationDate |
    Export-Csv -Path "D:\\buh\\kaspi_$(Get-Date -f yyyyMMdd).csv" -NoTypeInformation -Encoding UTF8
""", secret=b64rand(33))

add("cpp/wifi-and-mqtt-password", "firmware/silo_probe/silo_probe.ino", "https://pubsubclient.knolleary.net/api",
    """
// Силос зонды: ESP32 + DS18B20 тізбегі / ESP32 + цепочка DS18B20
#include <WiFi.h>
#include <PubSubClient.h>
#include <OneWire.h>
#include <DallasTemperature.h>

const char* WIFI_SSID = "ESIL-SCADA";
const char* WIFI_PASS = "ScadaWifi2023";
const char* MQTT_HOST = "10.10.1.40";
const char* MQTT_USER = "probe";
const char* MQTT_PASS = "@@secret@@";

WiFiClient net;
PubSubClient mqtt(net);
OneWire bus(4);
DallasTemperature sensors(&bus);

void setup() {
  WiFi.begin(WIFI_SSID, WIFI_PASS);
  while (WiFi.status() != WL_CONNECTED) delay(500);
  mqtt.setServer(MQTT_HOST, 1883);
  sensors.begin();
}

void loop() {
  if (!mqtt.connected()) mqtt.connect("silo-probe-07", MQTT_USER, MQTT_PASS);
  sensors.requestTemperatures();
  char buf[16];
  dtostrf(sensors.getTempCByIndex(0), 4, 1, buf);
  mqtt.publish("silo/ESL-S07/probe/0", buf);
  delay(60000);
}
""", secret=rand_pw(16))

add("yaml/home-assistant-password", "dryer/homeassistant/secrets.yaml", "https://www.home-assistant.io/docs/configuration/secrets/",
    """
# Астық кептіргіш (зерносушилка) бақылауы — Home Assistant
latitude: 51.9563
longitude: 66.4043
mqtt_password: @@secret@@
dryer_plc_host: 10.10.4.10
telegram_chat: -1001873450921
""", secret=rand_pw(20))

add("json/node-red-credentials", "dryer/node-red/flows_cred.json", "https://nodered.org/docs/user-guide/runtime/securing-node-red",
    """
{
    "a3f1c9e2.1b2d4": {
        "user": "dryer",
        "password": "@@secret@@"
    },
    "7d0e55b1.88aa2": {
        "token": ""
    }
}
""", secret=words_pw())

add("javascript/decoy-node-red-bcrypt", "dryer/node-red/settings.js", "https://nodered.org/docs/user-guide/runtime/securing-node-red#editor--admin-api-security",
    """
// Node-RED settings: editor login uses a bcrypt hash (node-red admin hash-pw), credentials file encrypted
module.exports = {
    uiPort: process.env.PORT || 1880,
    credentialSecret: process.env.NODE_RED_CREDENTIAL_SECRET,
    adminAuth: {
        type: "credentials",
        users: [{
            username: "operator",
            password: "$2b$08$@@h@@",
            permissions: "*"
        }]
    },
    lang: "ru",
    logging: { console: { level: "info" } },
};
""", h=fakes.drawn(_seed(), 53, ALNUM + "./"))

add("shell/zabbix-psk", "ops/zabbix/install-agent.sh", "https://www.zabbix.com/documentation/current/en/manual/encryption/using_pre_shared_keys",
    """
#!/bin/bash
# Zabbix agent2 элеватор серверлеріне / на серверы элеваторов
set -e
apt-get install -y zabbix-agent2
echo "@@secret@@" > /etc/zabbix/zabbix_agent2.psk
chmod 600 /etc/zabbix/zabbix_agent2.psk
sed -i "s/^Server=.*/Server=zbx.astyq.local/" /etc/zabbix/zabbix_agent2.conf
cat >> /etc/zabbix/zabbix_agent2.conf <<CONF
TLSConnect=psk
TLSAccept=psk
TLSPSKIdentity=PSK-$(hostname)
TLSPSKFile=/etc/zabbix/zabbix_agent2.psk
CONF
systemctl restart zabbix-agent2
""", secret=hexs(64))

add("python/zabbix-api-token", "monitoring/zbx_maintenance.py", "https://www.zabbix.com/documentation/current/en/manual/api",
    """
# Егін кезінде таразы хосттарын maintenance-ке қою
import time

import requests

ZBX = "https://zbx.astyq.local/api_jsonrpc.php"
TOKEN = "@@secret@@"


def call(method, params):
    body = {"jsonrpc": "2.0", "method": method, "params": params, "id": 1}
    r = requests.post(ZBX, json=body, headers={"Authorization": f"Bearer {TOKEN}"}, verify=False)
    return r.json()["result"]


now = int(time.time())
call("maintenance.create", {"name": "Scale calibration", "active_since": now, "active_till": now + 7200,
                            "groups": [{"groupid": "24"}], "timeperiods": [{"period": 7200}]})
""", secret=hexs(64))

add("shell/camera-digest-password", "scripts/snapshot_weighbridge.sh", "https://www.hikvision.com/content/dam/hikvision/en/support/download/sdk/device-network-sdk--for-linux-64-bit-/ISAPI_Core_Protocol.pdf",
    """
#!/bin/sh
# Таразыдағы көлік нөмірін суретке түсіру (ISAPI snapshot) — act номері аргумент
ACT="$1"
OUT=/srv/intake/photos/$(date +%Y/%m/%d)
mkdir -p "$OUT"
curl -s --digest -u 'admin:@@secret@@' \\
  "http://10.14.2.41/ISAPI/Streaming/channels/101/picture" -o "$OUT/${ACT}_front.jpg"
curl -s --digest -u 'admin:@@secret@@' \\
  "http://10.14.2.42/ISAPI/Streaming/channels/101/picture" -o "$OUT/${ACT}_back.jpg"
""", secret=words_pw())

add("csv/device-passwords", "docs/inventory/devices_esil.csv", "https://datatracker.ietf.org/doc/html/rfc4180",
    """
device,type,ip,login,password,note
esl-rtr01,MikroTik RB4011,10.10.0.1,admin,(KeePass),
esl-sw01,HPE 1920,10.10.0.2,admin,(KeePass),
esl-nvr01,Hikvision DS-7616NI,10.10.5.2,admin,@@secret@@,жаңа / новый 2024-08
esl-ups01,APC SMT3000,10.10.0.5,apc,(KeePass),
esl-plc01,Siemens S7-1200,10.10.4.10,-,-,no auth (изолированная сеть)
""", secret=words_pw())

add("csv/decoy-imei-list", "logistics/trucks_2024.csv", "https://datatracker.ietf.org/doc/html/rfc4180",
    """
plate,model,driver,tracker,imei,wialon_unit_id
"045 AB 11",KAMAZ 45143,Серік Б.,Teltonika FMB920,@@i1@@,@@w1@@
"112 AC 11",KAMAZ 65115,Ерлан Ж.,Teltonika FMB920,@@i2@@,@@w2@@
"731 AD 11",MAZ 5516,Мұрат К.,Galileosky 10,@@i3@@,@@w3@@
"908 BA 11",Shacman X3000,Нұржан Т.,Teltonika FMB130,@@i4@@,@@w4@@
""", i1="35" + iin()[:13], i2="35" + iin()[:13], i3="86" + iin()[:13], i4="35" + iin()[:13],
    w1=str(_rng().randint(10**7, 10**8)), w2=str(_rng().randint(10**7, 10**8)), w3=str(_rng().randint(10**7, 10**8)), w4=str(_rng().randint(10**7, 10**8)))

add("properties/android-keystore-password", "android/gradle.properties", "https://developer.android.com/studio/publish/app-signing#secure-shared-keystore",
    """
org.gradle.jvmargs=-Xmx2048m -Dfile.encoding=UTF-8
android.useAndroidX=true
kotlin.code.style=official
# Release signing (Фермерлер қосымшасы)
ASTYQ_UPLOAD_STORE_FILE=../keys/astyq-upload.jks
ASTYQ_UPLOAD_KEY_ALIAS=upload
ASTYQ_UPLOAD_STORE_PASSWORD=@@secret@@
ASTYQ_UPLOAD_KEY_PASSWORD=@@secret@@
""", secret=words_pw())

add("kotlin/decoy-buildconfig-reference", "android/app/build.gradle.kts", "https://developer.android.com/build/gradle-tips#share-custom-fields-and-resource-values-with-your-app-code",
    """
import java.util.Properties

plugins {
    id("com.android.application")
    kotlin("android")
}

val local = Properties().apply { rootProject.file("local.properties").takeIf { it.exists() }?.inputStream()?.use { load(it) } }

android {
    namespace = "kz.astyq.farmers"
    compileSdk = 34
    defaultConfig {
        applicationId = "kz.astyq.farmers"
        minSdk = 24
        versionName = "3.2.0"
        // Кілттер local.properties / CI айнымалыларынан
        buildConfigField("String", "MAPS_KEY", "\\"${local.getProperty("MAPS_KEY", System.getenv("MAPS_KEY") ?: "")}\\"")
    }
}
""")

add("kotlin/postgres-password", "backend/src/main/kotlin/kz/astyq/api/Database.kt", "https://github.com/brettwooldridge/HikariCP#gear-configuration-knobs-baby",
    """
package kz.astyq.api

import com.zaxxer.hikari.HikariConfig
import com.zaxxer.hikari.HikariDataSource

// Фермерлер қосымшасының API-і: егістіктер, келісімшарттар, қолхаттар
object Database {
    val dataSource = HikariDataSource(HikariConfig().apply {
        jdbcUrl = "jdbc:postgresql://10.10.1.15:5432/farmers"
        username = "farmers_api"
        password = "@@secret@@"
        maximumPoolSize = 10
    })
}
""", secret=rand_pw(20))

add("typescript/jwt-secret", "backend-node/src/auth/jwt.ts", "https://github.com/auth0/node-jsonwebtoken#jwtsignpayload-secretorprivatekey-options-callback",
    """
import jwt from "jsonwebtoken";

// Жүргізушілер қосымшасы: кезек талондары / талоны электронной очереди
const JWT_SECRET = "@@secret@@";

export function issueQueueTicket(plate: string, elevator: string, pit: number) {
  return jwt.sign({ sub: plate, elevator, pit }, JWT_SECRET, { expiresIn: "6h", issuer: "astyq-queue" });
}

export function verifyTicket(token: string) {
  return jwt.verify(token, JWT_SECRET, { issuer: "astyq-queue" });
}
""", secret=b64rand(48))

add("typescript/decoy-example-jwt", "backend-node/test/auth.spec.ts", "https://www.rfc-editor.org/rfc/rfc7519#section-3.1",
    """
import { decodeWithoutVerify } from "../src/auth/decode";

// jwt.io-дағы мысал токен (signed with "your-256-bit-secret") — құпия емес
const SAMPLE =
  "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9." +
  "eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ." +
  "SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c";

describe("decodeWithoutVerify", () => {
  it("reads the subject", () => {
    expect(decodeWithoutVerify(SAMPLE).sub).toBe("1234567890");
  });
});
""")

add("go/jwt-secret", "internal/auth/middleware.go", "https://pkg.go.dev/github.com/golang-jwt/jwt/v5",
    """
package auth

import (
	"net/http"
	"strings"

	"github.com/golang-jwt/jwt/v5"
)

// Таразы операторларының планшеттері үшін / для планшетов весовщиков
var signingKey = []byte("@@secret@@")

func Middleware(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		raw := strings.TrimPrefix(r.Header.Get("Authorization"), "Bearer ")
		_, err := jwt.Parse(raw, func(t *jwt.Token) (interface{}, error) { return signingKey, nil })
		if err != nil {
			http.Error(w, "unauthorized", http.StatusUnauthorized)
			return
		}
		next.ServeHTTP(w, r)
	})
}
""", secret=rand_pw(32))

add("go/decoy-env-reference", "internal/config/config.go", "https://pkg.go.dev/os#Getenv",
    """
package config

import (
	"log"
	"os"
)

type Config struct {
	DSN        string
	JWTKey     string
	WialonToken string
}

// Load — барлық құпиялар ортадан (systemd EnvironmentFile) / все секреты из окружения
func Load() Config {
	c := Config{DSN: os.Getenv("SCALE_DSN"), JWTKey: os.Getenv("SCALE_JWT_KEY"), WialonToken: os.Getenv("WIALON_TOKEN")}
	if c.DSN == "" || c.JWTKey == "" {
		log.Fatal("SCALE_DSN and SCALE_JWT_KEY must be set")
	}
	return c
}
""")

add("go/yandex-static-key", "cmd/photo-archiver/main.go", "https://yandex.cloud/en/docs/storage/tools/aws-sdk-go",
    """
package main

import (
	"context"
	"log"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/credentials"
	"github.com/aws/aws-sdk-go-v2/service/s3"
)

// Таразы фотоларын Object Storage-ке архивтеу
func main() {
	creds := credentials.NewStaticCredentialsProvider("@@kid@@", "@@secret@@", "")
	client := s3.New(s3.Options{
		Region:       "kz1",
		BaseEndpoint: aws.String("https://storage.yandexcloud.kz"),
		Credentials:  creds,
	})
	if err := archive(context.Background(), client, "/srv/intake/photos", "astyq-intake-photos"); err != nil {
		log.Fatal(err)
	}
}
""", secret=yc_static_secret(), kid=yc_static_id())

add("ruby/redis-url-password", "config/initializers/sidekiq.rb", "https://github.com/sidekiq/sidekiq/wiki/Using-Redis",
    """
# Sidekiq: мүшелік жарна шоттарын жіберу / рассылка счетов за членские взносы
REDIS_URL = "redis://:@@secret@@@10.10.1.20:6379/4"

Sidekiq.configure_server do |config|
  config.redis = { url: REDIS_URL, network_timeout: 5 }
end

Sidekiq.configure_client do |config|
  config.redis = { url: REDIS_URL, network_timeout: 5 }
end
""", secret=fakes.redis_password(_seed()))

add("ruby/decoy-rails-credentials", "config/credentials.yml.enc", "https://guides.rubyonrails.org/security.html#custom-credentials",
    """
@@c1@@
@@c2@@
@@c3@@
@@c4@@
@@c5@@--@@iv@@--@@tag@@
""", c1=b64rand(57), c2=b64rand(57), c3=b64rand(57), c4=b64rand(57), c5=b64rand(30), iv=b64rand(12), tag=b64rand(16))

add("yaml/rails-database-password", "config/database.yml", "https://guides.rubyonrails.org/configuring.html#configuring-a-database",
    """
default: &default
  adapter: postgresql
  encoding: unicode
  pool: <%= ENV.fetch("RAILS_MAX_THREADS") { 5 } %>

development:
  <<: *default
  database: coop_members_dev

test:
  <<: *default
  database: coop_members_test

production:
  <<: *default
  database: coop_members
  host: 10.10.1.15
  username: coop_members
  password: @@secret@@
""", secret=words_pw())

add("xml/maven-repository-password", "build/settings.xml", "https://maven.apache.org/settings.html#servers",
    """
<settings xmlns="http://maven.apache.org/SETTINGS/1.0.0">
  <!-- Ішкі Nexus: esf-client, scale-bridge артефактілері -->
  <servers>
    <server>
      <id>astyq-releases</id>
      <username>ci-deployer</username>
      <password>@@secret@@</password>
    </server>
  </servers>
  <mirrors>
    <mirror>
      <id>astyq-central</id>
      <mirrorOf>*</mirrorOf>
      <url>https://nexus.astyq-coop.kz/repository/maven-public/</url>
    </mirror>
  </mirrors>
</settings>
""", secret=rand_pw(20))

add("xml/decoy-maven-env", "esf-client/.mvn/settings-ci.xml", "https://maven.apache.org/settings.html#servers",
    """
<settings xmlns="http://maven.apache.org/SETTINGS/1.0.0">
  <servers>
    <server>
      <id>astyq-releases</id>
      <username>${env.NEXUS_USER}</username>
      <password>${env.NEXUS_PASSWORD}</password>
    </server>
  </servers>
  <profiles>
    <profile>
      <id>ci</id>
      <properties><esf.tin>000000000000</esf.tin></properties>
    </profile>
  </profiles>
</settings>
""")

add("xml/esf-soap-password", "integrations/esf/samples/createSession-request.xml", "https://esf.gov.kz:8443/esf-web/",
    """
<?xml version="1.0" encoding="UTF-8"?>
<!-- Нақты сұраныс үлгісі (отладка 2024-07-02, Нұрлан) -->
<soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/" xmlns:ses="esf">
  <soapenv:Header>
    <wsse:Security xmlns:wsse="http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-secext-1.0.xsd">
      <wsse:UsernameToken>
        <wsse:Username>@@iin@@</wsse:Username>
        <wsse:Password>@@secret@@</wsse:Password>
      </wsse:UsernameToken>
    </wsse:Security>
  </soapenv:Header>
  <soapenv:Body>
    <ses:createSessionRequest>
      <tin>@@iin@@</tin>
      <x509Certificate>MIIF...</x509Certificate>
    </ses:createSessionRequest>
  </soapenv:Body>
</soapenv:Envelope>
""", secret=words_pw(), iin=iin())

add("xml/decoy-esf-invoice-signature", "integrations/esf/samples/invoice-signed.xml", "https://www.w3.org/TR/xmldsig-core1/",
    """
<?xml version="1.0" encoding="UTF-8"?>
<v2:invoice xmlns:v2="v2.esf" xmlns:ds="http://www.w3.org/2000/09/xmldsig#">
  <num>ESF-@@num@@</num>
  <date>15.09.2024</date>
  <sellers><seller><tin>@@s@@</tin><name>ЖШС "Астық Кооператив"</name></seller></sellers>
  <customers><customer><tin>@@c@@</tin></customer></customers>
  <productSet><products><product><description>Бидай 3 класс</description><quantity>120.5</quantity><unitCode>168</unitCode></product></products></productSet>
  <ds:Signature>
    <ds:SignedInfo><ds:DigestValue>@@dg@@</ds:DigestValue></ds:SignedInfo>
    <ds:SignatureValue>@@sig@@</ds:SignatureValue>
  </ds:Signature>
</v2:invoice>
""", num=str(_rng().randint(10**8, 10**9)), s=iin(), c=iin(), dg=b64rand(32), sig=b64rand(256))

add("plist/decoy-public-ids", "ios/AstyqFarmers/GoogleService-Info.plist", "https://firebase.google.com/docs/projects/api-keys",
    """
<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
<dict>
  <key>API_KEY</key>
  <string>@@k@@</string>
  <key>GCM_SENDER_ID</key>
  <string>@@sender@@</string>
  <key>BUNDLE_ID</key>
  <string>kz.astyq.farmers</string>
  <key>PROJECT_ID</key>
  <string>astyq-farmers</string>
  <key>GOOGLE_APP_ID</key>
  <string>1:@@sender@@:ios:@@app@@</string>
</dict>
</plist>
""", k=google_key(), sender=str(_rng().randint(10**11, 10**12)), app=hexs(22))

add("plist/api-secret", "ios/AstyqFarmers/Secrets.plist", "https://developer.apple.com/documentation/bundleresources/information_property_list",
    """
<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
<dict>
  <key>BackendBaseURL</key>
  <string>https://api.astyq-coop.kz/v2</string>
  <key>YandexVisionApiKey</key>
  <string>@@secret@@</string>
  <key>SupportPhone</key>
  <string>+7 7172 55 10 20</string>
</dict>
</plist>
""", secret=yc_api_key())

add("swift/decoy-keychain", "ios/AstyqFarmers/Auth/TokenStore.swift", "https://developer.apple.com/documentation/security/keychain_services",
    """
import Foundation
import Security

// Сессия токені тек Keychain-да сақталады
struct TokenStore {
    private let service = "kz.astyq.farmers.session"

    func save(_ token: String) {
        let query: [String: Any] = [kSecClass as String: kSecClassGenericPassword,
                                    kSecAttrService as String: service,
                                    kSecValueData as String: Data(token.utf8)]
        SecItemDelete(query as CFDictionary)
        SecItemAdd(query as CFDictionary, nil)
    }

    func load() -> String? {
        let query: [String: Any] = [kSecClass as String: kSecClassGenericPassword, kSecAttrService as String: service,
                                    kSecReturnData as String: true]
        var out: AnyObject?
        guard SecItemCopyMatching(query as CFDictionary, &out) == errSecSuccess, let d = out as? Data else { return nil }
        return String(data: d, encoding: .utf8)
    }
}
""")


# ---------------------------------------------------------------------------------------------
# Decoys: what a careful reviewer lets through
# ---------------------------------------------------------------------------------------------

add("env/decoy-env-example", "portal/.env.example", "https://github.com/motdotla/dotenv#usage",
    """
# Көшіріп .env жасаңыз / скопируйте в .env и заполните
APP_URL=http://localhost:8000
DATABASE_URL=postgresql://portal:portal@localhost:5432/portal
DJANGO_SECRET_KEY=
MAIL_PASSWORD=
KASPI_SHOP_TOKEN=<kaspi-cabinet-token>
WIALON_TOKEN=<72-hex-token>
TELEGRAM_BOT_TOKEN=123456:ABC-DEF1234ghIkl-zyx57W2v1u123ew11
MOBIZON_API_KEY=kzXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX
""")

add("env/decoy-ci-generated", "deploy/env/staging.env.tpl", "https://developer.hashicorp.com/vault/docs/agent-and-proxy/agent/template",
    """
{{ with secret "secret/data/elevator/staging" }}
DB_PASSWORD={{ .Data.data.db_password }}
ONEC_PASSWORD={{ .Data.data.onec_password }}
WIALON_TOKEN={{ .Data.data.wialon_token }}
{{ end }}
APP_ENV=staging
TZ=Asia/Almaty
""")

add("yaml/decoy-sops-encrypted", "deploy/secrets/prod.enc.yaml", "https://github.com/getsops/sops#encrypting-using-age",
    """
db_password: ENC[AES256_GCM,data:@@d1@@,iv:@@iv1@@,tag:@@t1@@,type:str]
wialon_token: ENC[AES256_GCM,data:@@d2@@,iv:@@iv2@@,tag:@@t2@@,type:str]
sops:
    age:
        - recipient: age1@@age@@
    lastmodified: "2024-09-01T08:12:44Z"
    mac: ENC[AES256_GCM,data:@@mac@@,iv:@@iv3@@,tag:@@t3@@,type:str]
    version: 3.8.1
""", d1=b64rand(18), iv1=b64rand(32), t1=b64rand(16), d2=b64rand(72), iv2=b64rand(32), t2=b64rand(16),
    age=lowalnum(58), mac=b64rand(64), iv3=b64rand(32), t3=b64rand(16))

add("k8s-secret/decoy-placeholder-base64", "k8s/templates/weighbridge-secret.yaml", "https://kubernetes.io/docs/concepts/configuration/secret/",
    """
# Үлгі: нақты мәндерді CI қояды (kubectl create secret ... --dry-run) / шаблон
apiVersion: v1
kind: Secret
metadata:
  name: weighbridge
  namespace: elevator-ops
type: Opaque
data:
  DB_PASSWORD: @@p1@@
  ONEC_PASSWORD: @@p2@@
""", p1=b64("CHANGEME"), p2=b64("changeme"))

add("yaml/decoy-helm-existing-secret", "deploy/helm/portal/values.yaml", "https://github.com/bitnami/charts/tree/main/bitnami/postgresql#parameters",
    """
postgresql:
  enabled: true
  auth:
    username: portal
    database: portal
    existingSecret: portal-db
    secretKeys:
      userPasswordKey: password
redis:
  auth:
    enabled: true
    existingSecret: portal-redis
    existingSecretPasswordKey: redis-password
image:
  repository: registry.astyq-coop.kz/portal
  digest: sha256:@@d@@
""", d=hexs(64))

add("k8s/decoy-image-digests", "k8s/elevator-ops/deployment.yaml", "https://kubernetes.io/docs/concepts/containers/images/#image-names",
    """
apiVersion: apps/v1
kind: Deployment
metadata:
  name: thermo-bridge
  namespace: elevator-ops
spec:
  replicas: 1
  selector:
    matchLabels: {app: thermo-bridge}
  template:
    metadata:
      labels: {app: thermo-bridge}
      annotations:
        checksum/config: @@c@@
    spec:
      containers:
        - name: bridge
          image: registry.astyq-coop.kz/thermo-bridge@sha256:@@d@@
          envFrom:
            - secretRef: {name: thermo-bridge}
          env:
            - name: MQTT_PASSWORD
              valueFrom: {secretKeyRef: {name: thermo-bridge, key: mqtt-password}}
""", c=hexs(64), d=hexs(64))

add("json/decoy-package-lock-integrity", "web/package-lock.json", "https://docs.npmjs.com/cli/v10/configuring-npm/package-lock-json",
    """
{
  "name": "astyq-portal-web",
  "version": "2.4.0",
  "lockfileVersion": 3,
  "requires": true,
  "packages": {
    "node_modules/jsonwebtoken": {
      "version": "9.0.2",
      "resolved": "https://registry.npmjs.org/jsonwebtoken/-/jsonwebtoken-9.0.2.tgz",
      "integrity": "sha512-@@i1@@"
    },
    "node_modules/mailgun.js": {
      "version": "10.2.1",
      "resolved": "https://registry.npmjs.org/mailgun.js/-/mailgun.js-10.2.1.tgz",
      "integrity": "sha512-@@i2@@"
    }
  }
}
""", i1=b64rand(64), i2=b64rand(64))

add("go/decoy-go-sum", "go.sum", "https://go.dev/ref/mod#go-sum-files",
    """
github.com/go-telegram-bot-api/telegram-bot-api/v5 v5.5.1 h1:@@a@@
github.com/go-telegram-bot-api/telegram-bot-api/v5 v5.5.1/go.mod h1:@@b@@
github.com/golang-jwt/jwt/v5 v5.2.1 h1:@@c@@
github.com/golang-jwt/jwt/v5 v5.2.1/go.mod h1:@@d@@
github.com/microsoft/go-mssqldb v1.7.2 h1:@@e@@
github.com/microsoft/go-mssqldb v1.7.2/go.mod h1:@@f@@
""", a=b64rand(32), b=b64rand(32), c=b64rand(32), d=b64rand(32), e=b64rand(32), f=b64rand(32))

add("markdown/decoy-changelog-shas", "CHANGELOG.md", "https://keepachangelog.com/en/1.1.0/",
    """
# Өзгерістер тізімі / Changelog

## [2.4.0] — 2024-09-02
- Қабылдау актісінде ылғалдылық шегі 20% (@@s1@@)
- Wialon токенін ортаға көшірдік, ескі токен кері қайтарылды / old token revoked (@@s2@@)
- Kaspi: жаңа тапсырыс статустары (@@s3@@)

## [2.3.1] — 2024-08-14
- Таразы: тұрақты салмақ 5 оқумен (@@s4@@)
- Security: `requests` 2.32.3
""", s1=hexs(40), s2=hexs(40), s3=hexs(7), s4=hexs(7))

add("markdown/decoy-password-policy", "docs/security/password-policy.md", "https://pages.nist.gov/800-63-3/sp800-63b.html",
    """
# Құпия сөз саясаты / Парольная политика

- Ұзындығы кемінде 12 таңба; `Elevator2024!` сияқты болжамды парольдер тыйым салынған.
- Зауыттық парольдер (`admin/admin`, `admin/12345`, Hikvision `admin/` бос) бірінші күні ауыстырылады.
- Барлық қызметтік тіркелгілер KeePassXC базасында: `\\\\fs01\\it\\astyq.kdbx`.
- Парольді чатқа жібермеңіз; бір реттік сілтеме үшін https://onetimesecret.com қолданыңыз.
- Ротация: жылына бір рет және қызметкер кеткенде.

Пример сильного пароля: `correct-horse-battery-staple` (только пример!).
""")

add("markdown/decoy-aws-doc-example", "docs/backup/s3.md", "https://docs.aws.amazon.com/IAM/latest/UserGuide/security-creds.html",
    """
# 1С бэкаптары S3-те

`~/.aws/credentials` форматы (AWS құжаттамасындағы мысал, нақты кілт емес):

```ini
[astyq-backup]
aws_access_key_id = AKIAIOSFODNN7EXAMPLE
aws_secret_access_key = wJalrXUtnFI/K7MDENG/bPxRfiCYEXAMPLEKEY
```

Нақты кілттер: KeePass → "AWS / astyq-backup". Lifecycle: 30 күннен кейін Glacier.
""")

add("python/decoy-test-fake-tokens", "tests/test_notify.py", "https://docs.pytest.org/en/stable/how-to/monkeypatch.html",
    """
from notify import sms, telegram

FAKE_BOT_TOKEN = "000000000:TEST_TOKEN_DO_NOT_USE"
FAKE_MOBIZON = "kz-test-key"


def test_telegram_url(monkeypatch):
    monkeypatch.setenv("TELEGRAM_BOT_TOKEN", FAKE_BOT_TOKEN)
    assert telegram.api_url("sendMessage").endswith("/sendMessage")


def test_sms_payload(requests_mock):
    requests_mock.post("https://api.mobizon.kz/service/message/sendsmsmessage", json={"code": 0})
    assert sms.send_sms("+77010000000", "Сынақ / тест", api_key=FAKE_MOBIZON)["code"] == 0
""")

add("java/decoy-value-annotation", "esf-client/src/main/java/kz/astyq/esf/EsfProperties.java", "https://docs.spring.io/spring-boot/reference/features/external-config.html",
    """
package kz.astyq.esf;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

@Component
public class EsfProperties {
    @Value("${esf.tin}")
    private String tin;

    @Value("${esf.keystore.password}")
    private String keystorePassword;

    @Value("${ESF_PASSWORD}")
    private String esfPassword;

    public String tin() { return tin; }
    public char[] keystorePassword() { return keystorePassword.toCharArray(); }
    public String esfPassword() { return esfPassword; }
}
""")

add("php/decoy-env-reference", "site/config/services.php", "https://laravel.com/docs/11.x/configuration#environment-configuration",
    """
<?php

return [
    // Сыртқы қызметтер / внешние сервисы — мәндер тек .env-тен
    'mobizon' => [
        'key' => env('MOBIZON_API_KEY'),
        'from' => env('MOBIZON_FROM', 'ASTYQ'),
    ],
    'halyk' => [
        'client_id' => env('HALYK_CLIENT_ID', 'BEREKE_AGRO'),
        'client_secret' => env('HALYK_CLIENT_SECRET'),
        'terminal' => env('HALYK_TERMINAL'),
    ],
    'recaptcha' => [
        'site_key' => env('RECAPTCHA_SITE_KEY'),
        'secret' => env('RECAPTCHA_SECRET'),
    ],
];
""")

add("ruby/decoy-env-fetch", "lib/notifier/config.rb", "https://ruby-doc.org/3.3/ENV.html#method-c-fetch",
    """
# frozen_string_literal: true

module Notifier
  # SMS шлюздерінің баптаулары — ортадан ғана
  Config = Struct.new(:smsc_login, :smsc_password, :mobizon_key, keyword_init: true) do
    def self.load
      new(
        smsc_login: ENV.fetch("SMSC_LOGIN", "bereke_agro"),
        smsc_password: ENV.fetch("SMSC_PASSWORD"),
        mobizon_key: ENV.fetch("MOBIZON_API_KEY")
      )
    end
  end
end
""")

add("powershell/decoy-secret-management", "scripts/Backup-OneC.ps1", "https://learn.microsoft.com/en-us/powershell/utility-modules/secretmanagement/overview",
    """
# 1С базасын түнгі бэкап (dt-файл) — пароль SecretStore-дан
Import-Module Microsoft.PowerShell.SecretManagement
$pass = Get-Secret -Name "OneC-Admin" -AsPlainText
$stamp = Get-Date -Format "yyyyMMdd_HHmm"
$OneC = "C:\\Program Files\\1cv8\\8.3.24.1467\\bin\\1cv8.exe"

& $OneC DESIGNER /S "Srvr=1c-srv01;Ref=elevator_prod" /N "Администратор" /P $pass /DumpIB "E:\\backup\\elevator_$stamp.dt"
Get-ChildItem E:\\backup\\*.dt | Where-Object LastWriteTime -lt (Get-Date).AddDays(-14) | Remove-Item
""")

add("shell/decoy-pass-store", "scripts/restore_dwh.sh", "https://www.passwordstore.org/",
    """
#!/usr/bin/env bash
# DWH қалпына келтіру / восстановление DWH из дампа
set -euo pipefail
DUMP=${1:?dump file}
export PGPASSWORD="$(pass show astyq/dwh/postgres)"
createdb -h dwh.internal -U postgres dwh_restore
pg_restore -h dwh.internal -U postgres -d dwh_restore --no-owner "$DUMP"
unset PGPASSWORD
echo "restored into dwh_restore"
""")

add("dockerfile/decoy-arg-no-default", "services/route-planner/Dockerfile", "https://docs.docker.com/reference/dockerfile/#arg",
    """
FROM golang:1.22 AS build
WORKDIR /src
ARG GOPROXY=https://proxy.golang.org,direct
COPY go.mod go.sum ./
RUN go mod download
COPY . .
RUN CGO_ENABLED=0 go build -o /out/route-planner ./cmd/route-planner

FROM gcr.io/distroless/static
COPY --from=build /out/route-planner /route-planner
# WIALON_TOKEN іске қосу кезінде беріледі / передаётся при запуске
ENV WIALON_HOST=https://hst-api.wialon.com
ENTRYPOINT ["/route-planner"]
""")

add("ansible/decoy-vault-lookup", "ansible/roles/scada/tasks/main.yml", "https://docs.ansible.com/ansible/latest/collections/community/hashi_vault/hashi_vault_lookup.html",
    """
---
- name: SCADA archive user
  community.postgresql.postgresql_user:
    name: scada
    password: "{{ lookup('community.hashi_vault.hashi_vault', 'secret=secret/data/elevator/db:scada_password') }}"
    db: scada_archive
  no_log: true

- name: thermo-bridge env file
  ansible.builtin.template:
    src: thermo-bridge.env.j2
    dest: /etc/astyq/thermo-bridge.env
    mode: "0600"
  notify: restart thermo-bridge
""")

add("terraform/decoy-sensitive-output", "infra/yc/outputs.tf", "https://developer.hashicorp.com/terraform/language/values/outputs#sensitive-suppressing-values-in-cli-output",
    """
output "db_host" {
  value = yandex_mdb_postgresql_cluster.elevator.host[0].fqdn
}

output "db_password" {
  value     = yandex_mdb_postgresql_user.ops.password
  sensitive = true
}

output "photos_bucket" {
  value = "astyq-intake-photos"
}

output "sa_key_id" {
  description = "Static key id for the archiver (secret in Lockbox e6q@@lb@@)"
  value       = yandex_iam_service_account_static_access_key.archiver.access_key
}
""", lb=lowalnum(17))

add("json/decoy-grafana-dashboard", "monitoring/dashboards/silo-temperature.json", "https://grafana.com/docs/grafana/latest/dashboards/build-dashboards/view-dashboard-json-model/",
    """
{
  "uid": "@@uid@@",
  "title": "Силос температурасы / Температура силосов",
  "tags": ["elevator", "thermo"],
  "timezone": "Asia/Almaty",
  "panels": [
    {
      "id": 1,
      "type": "heatmap",
      "title": "Max °C per silo",
      "datasource": {"type": "grafana-postgresql-datasource", "uid": "@@ds@@"},
      "targets": [{"rawSql": "select ts as time, silo, max(t) from thermo where $__timeFilter(ts) group by 1,2", "refId": "A"}]
    }
  ],
  "version": 27
}
""", uid=lowalnum(14), ds=lowalnum(14))

add("json/decoy-openapi-example", "api/openapi.json", "https://swagger.io/docs/specification/authentication/bearer-authentication/",
    """
{
  "openapi": "3.0.3",
  "info": {"title": "Astyq Farmers API", "version": "2.0"},
  "components": {
    "securitySchemes": {
      "bearerAuth": {"type": "http", "scheme": "bearer", "bearerFormat": "JWT"},
      "apiKey": {"type": "apiKey", "in": "header", "name": "X-Api-Key"}
    }
  },
  "security": [{"bearerAuth": []}],
  "paths": {
    "/receipts/{id}": {
      "get": {
        "summary": "Астық қолхаты / зерновая расписка",
        "parameters": [{"name": "Authorization", "in": "header", "example": "Bearer <access_token>"}]
      }
    }
  }
}
""")

add("json/decoy-postman-environment", "api/postman/astyq-staging.postman_environment.json", "https://learning.postman.com/docs/sending-requests/variables/managing-environments/",
    """
{
  "id": "@@id@@",
  "name": "Astyq staging",
  "values": [
    {"key": "baseUrl", "value": "https://staging-api.astyq-coop.kz/v2", "enabled": true},
    {"key": "login", "value": "tester", "enabled": true},
    {"key": "password", "value": "", "type": "secret", "enabled": true},
    {"key": "accessToken", "value": "", "type": "secret", "enabled": true}
  ],
  "_postman_variable_scope": "environment"
}
""", id=uuid_s())

add("json/decoy-i18n-strings", "web/src/locales/kk.json", "https://www.i18next.com/misc/json-format",
    """
{
  "login": {
    "title": "Жүйеге кіру",
    "username": "Пайдаланушы аты",
    "password": "Құпия сөз",
    "forgot": "Құпия сөзді ұмыттыңыз ба?",
    "token_expired": "Сессия уақыты бітті, қайта кіріңіз"
  },
  "intake": {
    "moisture": "Ылғалдылық, %",
    "trash": "Арамшөп қоспасы, %",
    "api_key_hint": "API кілтін әкімшіден сұраңыз"
  }
}
""")

add("sql/decoy-schema", "db/migrations/V3__users_and_tokens.sql", "https://www.postgresql.org/docs/current/ddl-constraints.html",
    """
-- V3: пайдаланушылар және API токендері (тек хэштер сақталады / храним только хэши)
CREATE TABLE portal_users (
    id            bigserial PRIMARY KEY,
    login         text UNIQUE NOT NULL,
    full_name     text NOT NULL,
    role          text NOT NULL CHECK (role IN ('admin', 'lab', 'scale', 'member')),
    password_hash text NOT NULL
);

CREATE TABLE api_tokens (
    id         uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    user_id    bigint REFERENCES portal_users(id),
    token_sha256 char(64) NOT NULL UNIQUE,
    created_at timestamptz NOT NULL DEFAULT now()
);
""")

add("csv/decoy-lab-samples", "lab/exports/samples_2024-09-12.csv", "https://datatracker.ietf.org/doc/html/rfc4180",
    """
sample_id,act_no,crop,class,moisture,protein,gluten,falling_number,barcode,photo_md5
@@u1@@,ESL-24-09-0398,бидай,3,14.2,12.9,24.1,310,2400912000398,@@m1@@
@@u2@@,ESL-24-09-0399,бидай,4,15.8,11.4,21.0,265,2400912000399,@@m2@@
@@u3@@,ESL-24-09-0400,арпа,-,13.1,10.2,-,-,2400912000400,@@m3@@
@@u4@@,ESL-24-09-0401,зығыр,-,9.4,-,-,-,2400912000401,@@m4@@
""", u1=uuid_s(), u2=uuid_s(), u3=uuid_s(), u4=uuid_s(), m1=hexs(32), m2=hexs(32), m3=hexs(32), m4=hexs(32))

add("log/decoy-masked-card", "logs/epay-callbacks-2024-09.log", "https://epayment.kz/docs",
    """
2024-09-10T10:14:22+05:00 INFO callback invoiceId=000001842 status=AUTH amount=45000 currency=KZT cardMask=440043******1234 reference=@@r1@@
2024-09-10T10:14:22+05:00 INFO member fee paid bin=@@b@@ period=2024-H2
2024-09-10T11:02:09+05:00 INFO callback invoiceId=000001843 status=CHARGE amount=12000 currency=KZT cardMask=510126******7781 reference=@@r2@@
2024-09-10T11:02:10+05:00 WARN signature header missing, verified via status API instead (terminal @@t@@)
2024-09-10T12:40:51+05:00 INFO callback invoiceId=000001844 status=REFUND amount=12000 currency=KZT reference=@@r3@@
""", r1=str(_rng().randint(10**11, 10**12)), r2=str(_rng().randint(10**11, 10**12)), r3=str(_rng().randint(10**11, 10**12)), b=iin(), t=uuid_s())

add("yaml/decoy-public-key", "deploy/config/kaspi-webhook.yaml", "https://datatracker.ietf.org/doc/html/rfc7468#section-13",
    """
# Kaspi webhook қолтаңбасын тексеру үшін ашық кілт / публичный ключ для проверки подписи
webhook:
  path: /hooks/kaspi
  verify: true
  public_key: |
    -----BEGIN PUBLIC KEY-----
    MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA@@p1@@
    @@p2@@
    @@p3@@IDAQAB
    -----END PUBLIC KEY-----
""", p1=fakes.drawn(_seed(), 20, ALNUM + "+/"), p2=fakes.drawn(_seed(), 64, ALNUM + "+/"), p3=fakes.drawn(_seed(), 58, ALNUM + "+/"))

add("python/decoy-hmac-test-vector", "tests/test_freedompay_signature.py", "https://docs.freedompay.kz/",
    """
from shop.freedompay.signature import sign_params

# Құжаттамадағы мысал / пример из документации: secret "secret_key", известная подпись
DOC_SECRET = "secret_key"
DOC_PARAMS = {"pg_merchant_id": 1, "pg_amount": 25, "pg_salt": "some random string"}
DOC_SIG = "@@sig@@"


def test_signature_matches_docs():
    assert sign_params("init_payment.php", DOC_PARAMS, DOC_SECRET) == DOC_SIG
""", sig=hexs(32))

add("typescript/decoy-kaspi-qr-link", "web/src/pages/pay.tsx", "https://kaspi.kz/merchantcabinet/support/display/Support/Kaspi+QR",
    """
// Мүшелік жарнаны Kaspi QR арқылы төлеу — сілтеме жария / ссылка публичная
const KASPI_PAY_LINK = "https://pay.kaspi.kz/pay/@@code@@";
const MERCHANT_BIN = "@@bin@@";

export default function PayPage() {
  return (
    <main>
      <h1>Мүшелік жарна 2024</h1>
      <p>БСН: {MERCHANT_BIN}</p>
      <a href={KASPI_PAY_LINK}>Kaspi арқылы төлеу</a>
    </main>
  );
}
""", code=lowalnum(8), bin=iin())


# ---------------------------------------------------------------------------------------------
# More secrets in more forms
# ---------------------------------------------------------------------------------------------

add("python/kaspi-token-split", "shop/kaspi/stock_sync.py", "https://kaspi.kz/merchantcabinet/support/display/Support/Kaspi+Shop+API",
    """
# Қойма қалдықтарын Kaspi-ге жіберу / выгрузка остатков (тұқым, тыңайтқыш)
import requests

from .catalog import stock_xml

TOKEN = ("@@a@@"
         "@@b@@")


def push():
    r = requests.post("https://kaspi.kz/shop/api/v2/price-list", data=stock_xml().encode("utf-8"),
                      headers={"X-Auth-Token": TOKEN, "Content-Type": "application/xml"}, timeout=60)
    r.raise_for_status()
""", secret=(_t := b64rand(33)), a=_t[:20], b=_t[20:])

add("python/camera-password-split", "intake/plate_reader.py", "https://www.hikvision.com/en/support/",
    """
# Мемлекеттік нөмірді тану (ANPR) — таразыға кірер алдында
import cv2

CAM_USER = "anpr"
CAM_PASS = "@@a@@" + "@@b@@"
RTSP = f"rtsp://{CAM_USER}:{CAM_PASS}@10.14.2.41:554/Streaming/Channels/102"


def frames():
    cap = cv2.VideoCapture(RTSP)
    while cap.isOpened():
        ok, frame = cap.read()
        if not ok:
            break
        yield frame
""", secret=(_c := words_pw()), a=_c[:6], b=_c[6:])

add("compose/telegram-bot-token", "bots/docker-compose.yml", "https://core.telegram.org/bots/api#authorizing-your-bot",
    """
services:
  queue-bot:
    image: registry.astyq-coop.kz/queue-bot:1.6
    restart: always
    environment:
      - TELEGRAM_TOKEN=@@secret@@
      - ELEVATOR=ATB
      - PITS=2
      - DB_DSN=postgres://queue@db:5432/queue
  db:
    image: postgres:16-alpine
    environment:
      - POSTGRES_HOST_AUTH_METHOD=trust
""", secret=fakes.telegram_token(_seed()))

add("github-actions/telegram-bot-token", ".github/workflows/nightly-report.yml", "https://core.telegram.org/bots/api#senddocument",
    """
name: nightly-report
on:
  schedule:
    - cron: "0 1 * * *"   # 06:00 Asia/Almaty
jobs:
  report:
    runs-on: self-hosted
    steps:
      - uses: actions/checkout@v4
      - run: python reports/build_daily.py --out report.xlsx
      - name: Send to Telegram
        run: |
          curl -F chat_id=-1001873450921 -F document=@report.xlsx \\
            "https://api.telegram.org/bot@@secret@@/sendDocument"
""", secret=fakes.telegram_token(_seed()))

add("dockerfile/esf-password", "integrations/esf/Dockerfile", "https://docs.docker.com/reference/dockerfile/#env",
    """
FROM eclipse-temurin:17-jre
WORKDIR /app
COPY target/esf-client.jar /app/esf-client.jar
COPY keys/ /opt/esf/keys/
ENV ESF_TIN=@@iin@@ \\
    ESF_PASSWORD=@@secret@@ \\
    TZ=Asia/Almaty
EXPOSE 8090
ENTRYPOINT ["java", "-jar", "/app/esf-client.jar"]
""", secret=words_pw(), iin=iin())

add("env/esf-password", "integrations/esf/.env", "https://esf.gov.kz:8443/esf-web/",
    """
ESF_URL=https://esf.gov.kz:8443/esf-api
ESF_TIN=@@iin@@
ESF_USER_IIN=@@iin2@@
ESF_PASSWORD=@@secret@@
ESF_P12=/opt/esf/keys/AUTH_RSA256.p12
ESF_P12_PASSWORD=${ESF_P12_PASSWORD}
""", secret=words_pw(), iin=iin(), iin2=iin())

add("shell/1c-basic-password", "scripts/check_onec.sh", "https://curl.se/docs/manpage.html#-u",
    """
#!/bin/sh
# 1С HTTP-сервисінің денсаулығын тексеру (cron, әр 5 минут)
if ! curl -sf -u "hs_grain:@@secret@@" http://1c-srv01/elevator/hs/grain/ping > /dev/null; then
  logger -t onec-check "1C HTTP service down"
  curl -s "http://zbx.astyq.local/zabbix_sender?host=1c-srv01&key=onec.up&value=0" > /dev/null
fi
exit 0
""", secret=words_pw())

add("shell/mysql-password", "scripts/dump_weighbridge.sh", "https://dev.mysql.com/doc/refman/8.0/en/mysqldump.html",
    """
#!/bin/bash
# Таразы базасының күнделікті дампы / ежедневный дамп весовой
set -e
D=$(date +%F)
mysqldump -h 10.30.1.12 -u backup -p'@@secret@@' --single-transaction weighbridge | gzip > /srv/backup/weighbridge_$D.sql.gz
find /srv/backup -name 'weighbridge_*.sql.gz' -mtime +21 -delete
""", secret=words_pw())

add("sql/mssql-login-password", "db/mssql/create_reader.sql", "https://learn.microsoft.com/en-us/sql/t-sql/statements/create-login-transact-sql",
    """
-- Таразы бағдарламасы (AutoWeight) үшін оқу логині / логин только на чтение
USE [master];
GO
CREATE LOGIN [vesy_reader] WITH PASSWORD = N'@@secret@@', CHECK_POLICY = OFF;
GO
USE [AutoWeight];
GO
CREATE USER [vesy_reader] FOR LOGIN [vesy_reader];
ALTER ROLE [db_datareader] ADD MEMBER [vesy_reader];
GO
""", secret=words_pw())

add("properties/kafka-sasl-password", "scale-bridge/src/main/resources/kafka.properties", "https://kafka.apache.org/documentation/#security_sasl_plain_clientconfig",
    """
# Таразы оқиғалары -> Kafka (intake.weighings)
bootstrap.servers=kafka01.astyq.local:9093,kafka02.astyq.local:9093
security.protocol=SASL_SSL
sasl.mechanism=SCRAM-SHA-512
sasl.jaas.config=org.apache.kafka.common.security.scram.ScramLoginModule required username="scale-bridge" password="@@secret@@";
ssl.truststore.location=/etc/astyq/kafka.truststore.jks
acks=all
""", secret=rand_pw(24))

add("yaml/rabbitmq-password", "lab-service/src/main/resources/application.yml", "https://docs.spring.io/spring-boot/appendix/application-properties/index.html#application-properties.integration.spring.rabbitmq.addresses",
    """
spring:
  application:
    name: lab-service
  rabbitmq:
    addresses: amqp://lab:@@secret@@@mq.astyq.local:5672/lab
  datasource:
    url: jdbc:postgresql://db01:5432/lab
    username: lab
    password: ${LAB_DB_PASSWORD}
lab:
  infratec:
    ftp-host: 10.20.5.40
    poll: PT5M
""", secret=rand_pw(18))

add("ini/odbc-password", "lab/odbc.ini", "https://www.unixodbc.org/odbcinst.html",
    """
[AutoWeight]
Driver = ODBC Driver 18 for SQL Server
Server = 10.14.2.30,1433
Database = AutoWeight
UID = vesy_reader
PWD = @@secret@@
TrustServerCertificate = yes

[Elevator]
Driver = PostgreSQL Unicode
Servername = db01
Database = elevator
""", secret=words_pw())

add("pgpass/postgres-password", "ops/backup/.pgpass", "https://www.postgresql.org/docs/current/libpq-pgpass.html",
    """
# hostname:port:database:username:password
db01:5432:elevator:backup:@@secret@@
db01:5432:scada_archive:backup:@@secret@@
dwh.internal:5432:*:backup:@@secret@@
localhost:5432:*:postgres:*
# ротация: 2024-06 (Дәурен)
""", secret=rand_pw(20))

add("xml/ftp-password-base64", "docs/filezilla/sitemanager.xml", "https://wiki.filezilla-project.org/Site_Manager",
    """
<?xml version="1.0" encoding="UTF-8"?>
<FileZilla3 version="3.66.1" platform="windows">
  <Servers>
    <Server>
      <Host>10.20.5.40</Host>
      <Port>21</Port>
      <Protocol>0</Protocol>
      <Type>0</Type>
      <User>infratec</User>
      <Pass encoding="base64">@@enc@@</Pass>
      <Name>Infratec (Атбасар зертхана)</Name>
    </Server>
  </Servers>
</FileZilla3>
""", secret=(_f := words_pw()), enc=b64(_f))

add("ini/ldap-bind-password", "ops/sssd/sssd.conf", "https://man.archlinux.org/man/sssd-ldap.5",
    """
[sssd]
services = nss, pam
domains = astyq.local

[domain/astyq.local]
id_provider = ldap
auth_provider = ldap
ldap_uri = ldaps://dc01.astyq.local
ldap_search_base = DC=astyq,DC=local
ldap_default_bind_dn = CN=svc-linux,OU=Service,DC=astyq,DC=local
ldap_default_authtok_type = password
ldap_default_authtok = @@secret@@
cache_credentials = true
""", secret=words_pw())

add("log/smtp-auth-plain", "logs/mailer-debug.log", "https://datatracker.ietf.org/doc/html/rfc4616",
    """
send: 'ehlo elevator-esil\\r\\n'
reply: b'250-smtp.mail.kz Hello\\r\\n'
reply: b'250-AUTH PLAIN LOGIN\\r\\n'
send: 'AUTH PLAIN @@secret@@\\r\\n'
reply: b'235 2.7.0 Authentication successful\\r\\n'
send: 'mail FROM:<elevator-esil@mail.kz> size=18422\\r\\n'
reply: b'250 2.1.0 Ok\\r\\n'
""", secret=b64("\0elevator-esil@mail.kz\0" + words_pw()))

add("json/docker-registry-auth", "ops/docker/config.json", "https://docs.docker.com/reference/cli/docker/login/#credential-stores",
    """
{
  "auths": {
    "registry.astyq-coop.kz": {
      "auth": "@@secret@@"
    }
  },
  "HttpHeaders": {
    "User-Agent": "Docker-Client/24.0.7 (linux)"
  }
}
""", secret=b64("deploy:" + rand_pw(24)))

add("ini/npm-token", "web/.npmrc", "https://docs.npmjs.com/cli/v10/configuring-npm/npmrc#auth-related-configuration",
    """
registry=https://registry.npmjs.org/
@astyq:registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=@@secret@@
save-exact=true
engine-strict=true
""", secret=npm_token())

add("ini/decoy-npmrc-env", "portal/web/.npmrc", "https://docs.npmjs.com/cli/v10/configuring-npm/npmrc#auth-related-configuration",
    """
registry=https://registry.npmjs.org/
@astyq:registry=https://npm.pkg.github.com/
//npm.pkg.github.com/:_authToken=${NODE_AUTH_TOKEN}
save-exact=true
fund=false
""")

add("yaml/gitlab-runner-token", "ops/gitlab-runner/config.toml.yaml", "https://docs.gitlab.com/runner/configuration/advanced-configuration.html",
    """
# Ansible var: /etc/gitlab-runner/config.toml for ops01
gitlab_runner_config: |
  concurrent = 2
  [[runners]]
    name = "ops01-elevator"
    url = "https://git.astyq-coop.kz/"
    token = "@@secret@@"
    executor = "docker"
    [runners.docker]
      image = "python:3.12"
      privileged = false
""", secret=fakes.fake("glrt-", 20, _seed()))

add("terraform/aws-secret-key", "infra/aws/main.tf", "https://registry.terraform.io/providers/hashicorp/aws/latest/docs#provider-configuration",
    """
# 1С бэкаптарына арналған бакет / бакет для бэкапов 1С
provider "aws" {
  region     = "eu-central-1"
  access_key = "@@kid@@"
  secret_key = "@@secret@@"
}

resource "aws_s3_bucket" "onec_backup" {
  bucket = "astyq-onec-backup"
}

resource "aws_s3_bucket_lifecycle_configuration" "onec_backup" {
  bucket = aws_s3_bucket.onec_backup.id
  rule {
    id     = "glacier"
    status = "Enabled"
    transition {
      days          = 30
      storage_class = "GLACIER"
    }
  }
}
""", secret=fakes.aws_secret_key(_seed()), kid=fakes.aws_key_id(_seed()))

add("csharp/azure-storage-key", "src/Elevator.Photos/BlobArchive.cs", "https://learn.microsoft.com/en-us/azure/storage/common/storage-configure-connection-string",
    """
using Azure.Storage.Blobs;

namespace Elevator.Photos;

// Таразы фотолары (экспорттық партиялар үшін — сатып алушы талабы)
public static class BlobArchive
{
    private const string Conn =
        "DefaultEndpointsProtocol=https;AccountName=astyqphotos;AccountKey=@@secret@@;EndpointSuffix=core.windows.net";

    public static BlobContainerClient Container() => new BlobServiceClient(Conn).GetBlobContainerClient("intake");
}
""", secret=b64rand(64))

add("java/telegram-bot-token", "dispatcher-bot/src/main/java/kz/astyq/bot/DispatcherBot.java", "https://core.telegram.org/bots/api#authorizing-your-bot",
    """
package kz.astyq.bot;

import org.telegram.telegrambots.bots.TelegramLongPollingBot;
import org.telegram.telegrambots.meta.api.objects.Update;

// Диспетчер боты: вагондарды тиеу кестесі / график погрузки вагонов
public class DispatcherBot extends TelegramLongPollingBot {
    public DispatcherBot() {
        super("@@secret@@");
    }

    @Override
    public String getBotUsername() {
        return "astyq_dispatch_bot";
    }

    @Override
    public void onUpdateReceived(Update update) {
        // ...
    }
}
""", secret=fakes.telegram_token(_seed()))

add("php/mysql-password", "site/wp-config.php", "https://developer.wordpress.org/advanced-administration/wordpress/wp-config/",
    """
<?php
// Кооператив сайты (WordPress) — bereke-agro.kz
define( 'DB_NAME', 'bereke_wp' );
define( 'DB_USER', 'bereke_wp' );
define( 'DB_PASSWORD', '@@secret@@' );
define( 'DB_HOST', 'localhost' );
define( 'DB_CHARSET', 'utf8mb4' );
define( 'WPLANG', 'kk' );
$table_prefix = 'bk_';
define( 'WP_DEBUG', false );
if ( ! defined( 'ABSPATH' ) ) {
    define( 'ABSPATH', __DIR__ . '/' );
}
require_once ABSPATH . 'wp-settings.php';
""", secret=rand_pw(16, "!#%"))

add("markdown/mobizon-key-in-notes", "docs/meetings/2024-08-20-it.md", "https://mobizon.kz/help/api-docs/message",
    """
# IT жиналысы 20.08.2024

Қатысқандар: Дәурен, Гүлнар, Бекзат, Ерлан.

1. **SMS**: SMSC.kz-тан Mobizon-ға көштік. Жаңа API кілті: `@@secret@@`
   (ескісі 01.09 дейін жұмыс істейді). Жіберуші аты: ASTYQ.
2. **Таразы**: Атбасарда калибровка 27.08, Метрология орталығы.
3. **1С**: жаңарту 8.3.24 — демалыс күндері.
4. Келесі жиналыс: 03.09.
""", secret=mobizon_key())

add("env/yandex-oauth-token", "infra/yc/.envrc", "https://yandex.cloud/en/docs/iam/concepts/authorization/oauth-token",
    """
# direnv: yc CLI және terraform үшін
export YC_TOKEN=@@secret@@
export YC_CLOUD_ID=b1g@@cloud@@
export YC_FOLDER_ID=b1g@@folder@@
export TF_VAR_zone=kz1-a
""", secret=yc_oauth(), cloud=lowalnum(17), folder=lowalnum(17))

add("k8s-secret/wialon-token", "k8s/logistics/wialon-secret.yaml", "https://kubernetes.io/docs/concepts/configuration/secret/",
    """
apiVersion: v1
kind: Secret
metadata:
  name: wialon
  namespace: logistics
  annotations:
    owner: "logistics@astyq-coop.kz"
type: Opaque
data:
  token: @@enc@@
  host: @@host@@
""", secret=(_w := wialon_token()), enc=b64(_w), host=b64("https://hst-api.wialon.com"))

add("toml/snmpv3-auth-password", "monitoring/telegraf/snmp-plc.toml", "https://github.com/influxdata/telegraf/tree/master/plugins/inputs/snmp",
    """
# Кептіргіш контроллері және UPS (SNMPv3)
[[inputs.snmp]]
  agents = ["udp://10.10.4.10:161"]
  version = 3
  sec_name = "telegraf"
  sec_level = "authPriv"
  auth_protocol = "SHA"
  auth_password = "@@secret@@"
  priv_protocol = "AES"
  priv_password = "@@priv@@"

  [[inputs.snmp.field]]
    name = "dryerOutletTemp"
    oid = ".1.3.6.1.4.1.4976.2.1.3.0"
""", secret=rand_pw(16), priv=rand_pw(16))


# ---------------------------------------------------------------------------------------------
# Last decoys
# ---------------------------------------------------------------------------------------------

add("ini/decoy-known-hosts", "ops/ssh/known_hosts", "https://man.openbsd.org/sshd.8#SSH_KNOWN_HOSTS_FILE_FORMAT",
    """
esl-gw01,10.10.0.10 ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAA@@k1@@
atb-gw01,10.20.0.10 ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAA@@k2@@
shr-gw01,10.30.0.10 ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAA@@k3@@
git.astyq-coop.kz ecdsa-sha2-nistp256 AAAAE2VjZHNhLXNoYTItbmlzdHAyNTYAAAAIbmlzdHAyNTYAAABBB@@k4@@
ops01.astyq.local ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAA@@k5@@
""", k1=fakes.drawn(_seed(), 44, ALNUM + "+/"), k2=fakes.drawn(_seed(), 44, ALNUM + "+/"), k3=fakes.drawn(_seed(), 44, ALNUM + "+/"),
    k4=fakes.drawn(_seed(), 88, ALNUM + "+/"), k5=fakes.drawn(_seed(), 44, ALNUM + "+/"))

add("shell/decoy-checksums", "firmware/silo_probe/SHA256SUMS", "https://man7.org/linux/man-pages/man1/sha256sum.1.html",
    """
@@h1@@  silo_probe-1.4.0-esp32.bin
@@h2@@  silo_probe-1.4.0-esp32s3.bin
@@h3@@  bootloader-esp32.bin
@@h4@@  partitions.bin
@@h5@@  README-kk.txt
""", h1=hexs(64), h2=hexs(64), h3=hexs(64), h4=hexs(64), h5=hexs(64))

add("ini/decoy-systemd-environment-file", "ops/systemd/thermo-bridge.service", "https://www.freedesktop.org/software/systemd/man/latest/systemd.exec.html#EnvironmentFile=",
    """
[Unit]
Description=Thermo bridge (силос термометриясы -> PostgreSQL)
After=network-online.target

[Service]
User=thermo
EnvironmentFile=/etc/astyq/thermo-bridge.env
LoadCredential=mqtt-password:/etc/astyq/creds/mqtt-password
ExecStart=/opt/thermo-bridge/.venv/bin/python -m thermo_bridge
Restart=on-failure

[Install]
WantedBy=multi-user.target
""")

add("hcl/decoy-vault-policy", "ops/vault/policies/elevator-ops.hcl", "https://developer.hashicorp.com/vault/docs/concepts/policies",
    """
# elevator-ops қызметтері тек өз құпияларын оқиды / читают только свои секреты
path "secret/data/elevator/db" {
  capabilities = ["read"]
}

path "secret/data/elevator/wialon" {
  capabilities = ["read"]
}

path "secret/data/bots/*" {
  capabilities = ["read", "list"]
}

path "sys/*" {
  capabilities = ["deny"]
}
""")

add("yaml/decoy-ci-variables", "portal/.gitlab-ci.yml", "https://docs.gitlab.com/ee/ci/variables/predefined_variables.html",
    """
stages: [build, deploy]

build:
  stage: build
  image: docker:24
  services: [docker:24-dind]
  script:
    - echo "$CI_JOB_TOKEN" | docker login -u gitlab-ci-token --password-stdin $CI_REGISTRY
    - docker build -t $CI_REGISTRY_IMAGE:$CI_COMMIT_SHORT_SHA .
    - docker push $CI_REGISTRY_IMAGE:$CI_COMMIT_SHORT_SHA

deploy:
  stage: deploy
  image: alpine:3.20
  script:
    - apk add --no-cache openssh-client
    - ssh -i "$DEPLOY_KEY_FILE" deploy@ops01 "TAG=$CI_COMMIT_SHORT_SHA /opt/portal/deploy.sh"
  environment: production
  only: [main]
""")

add("csharp/decoy-user-secrets", "src/Elevator.Sync/Program.cs", "https://learn.microsoft.com/en-us/aspnet/core/security/app-secrets",
    """
using Elevator.Sync;

var builder = Host.CreateApplicationBuilder(args);
// Құпиялар: dev — dotnet user-secrets, prod — Azure Key Vault / секреты вне репозитория
builder.Configuration.AddUserSecrets<Program>(optional: true);
builder.Configuration.AddEnvironmentVariables(prefix: "ELEVATOR_");

builder.Services.AddHttpClient<OneCClient>();
builder.Services.Configure<WialonOptions>(builder.Configuration.GetSection("Wialon"));
builder.Services.AddHostedService<IntakeSyncWorker>();

var host = builder.Build();
host.Run();
""")

add("kotlin/decoy-test-fixture", "backend/src/test/kotlin/kz/astyq/api/ReceiptRepositoryTest.kt", "https://www.h2database.com/html/features.html#in_memory_databases",
    """
package kz.astyq.api

import kotlin.test.Test
import kotlin.test.assertEquals

// H2 in-memory: тест дерекқоры, құпия емес
class ReceiptRepositoryTest {
    private val ds = testDataSource(url = "jdbc:h2:mem:receipts;MODE=PostgreSQL", user = "sa", password = "")

    @Test
    fun `saves a grain receipt`() {
        val repo = ReceiptRepository(ds)
        val id = repo.save(Receipt(farmBin = "000000000000", crop = "бидай", netKg = 24_580))
        assertEquals(24_580, repo.find(id)!!.netKg)
    }
}
""")

add("markdown/decoy-keepass-references", "docs/handover/shortandy-it.md", "https://keepassxc.org/docs/",
    """
# Шортанды элеваторы — IT тапсыру (2024-11)

Барлық парольдер KeePassXC базасында (`\\\\fs01\\it\\astyq.kdbx`), топтар:

| Жүйе | KeePass жазбасы | Ескерту |
|---|---|---|
| MikroTik shr-rtr01 | `Network / shr-rtr01 admin` | 2024-10 ауыстырылды |
| NVR Hikvision | `CCTV / shr-nvr01` | |
| 1С (таразы пайдаланушысы) | `1C / Shortandy scale` | |
| Wialon | `Logistics / Wialon token` | токен 2025-01-01 дейін |

Кілттер файлы (`astyq.keyx`) — тек директорда және менде (Дәурен).
""")

add("powershell/decoy-cert-thumbprint", "scripts/Sign-EsfRequest.ps1", "https://learn.microsoft.com/en-us/powershell/module/pki/",
    """
# ЭСФ сұранысына ЭЦП қою: сертификат Windows қоймасынан (пароль сұралмайды, токен Kaztoken)
param([Parameter(Mandatory)] [string]$XmlPath)

$thumb = "@@t@@"
$cert = Get-ChildItem Cert:\\CurrentUser\\My | Where-Object Thumbprint -eq $thumb
if (-not $cert) { throw "ЭЦП сертификаты табылмады: $thumb" }

$xml = New-Object System.Xml.XmlDocument
$xml.PreserveWhitespace = $true
$xml.Load($XmlPath)
Write-Host "Signing $XmlPath with $($cert.Subject), serial $($cert.SerialNumber)"
""", t=hexs(40).upper())
