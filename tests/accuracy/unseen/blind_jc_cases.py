"""Blind set JC: Icelandic geothermal greenhouse growers (tomatoes, cucumbers, flowers).

Climate computers and sensor gateways, geothermal and power metering, webshops and flower
subscriptions, accounting and shipping integrations, alarm bots, CI and infrastructure, runbooks
and handover notes (about a third in Icelandic), and their decoys.
Generated fakes only (seeds 4060000-4069999).
"""
from __future__ import annotations

import base64
import random
import string
from typing import List, Optional

from tests import fakes
from tests.accuracy.labelled import LabelledCase

SEED_LO, SEED_HI = 4060000, 4069999
ALNUM = string.ascii_letters + string.digits
HEX = "0123456789abcdef"
B32 = string.ascii_uppercase + "234567"
_SEED = [SEED_LO]


def _seed() -> int:
    _SEED[0] += 7
    assert _SEED[0] <= SEED_HI
    return _SEED[0]


def _rng() -> random.Random:
    return random.Random(_seed())


WORDS = ["Hekla", "Katla", "Tomatar", "Gurka", "Jardhiti", "Blom", "Hver", "Sol", "Laugar", "Fludir",
         "Reykir", "Gufa", "Lilja", "Rosa", "Tulipan", "Paprika", "Grodur", "Vermir", "Hiti", "Eldur"]
LOWER = ["tomatur", "gurka", "hveri", "gufa", "rosir", "liljur", "sol", "mold", "vatn", "lampi", "kaldur",
         "heitur", "jokull", "fjall", "hraun", "blom"]


def words_pw() -> str:
    r = _rng()
    return r.choice(WORDS) + r.choice("!#$%@*") + r.choice(WORDS) + str(r.randint(10, 9999))


def rand_pw(n: int = 20, extra: str = "") -> str:
    r = _rng()
    while True:
        v = "".join(r.choice(ALNUM + extra) for _ in range(n))
        if any(c.isdigit() for c in v) and any(c.isupper() for c in v) and any(c.islower() for c in v):
            return v


def passphrase() -> str:
    r = _rng()
    return "-".join(r.sample(LOWER, 4)) + str(r.randint(1, 99))


def hexs(n: int) -> str:
    r = _rng()
    return "".join(r.choice(HEX) for _ in range(n))


def b32s(n: int) -> str:
    r = _rng()
    return "".join(r.choice(B32) for _ in range(n))


def alnum(n: int) -> str:
    return fakes.drawn_mixed(_seed(), n)


def stripe_key(kind: str = "sk_live_") -> str:
    return fakes.fake(kind, 99 if kind.startswith("rk") else 24, _seed())


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


def twilio_sid() -> str:
    return "AC" + hexs(32)


def mailchimp_key() -> str:
    return hexs(32) + "-us21"


def shopify_token(prefix: str = "shpat_") -> str:
    return prefix + hexs(32)


def influx_token() -> str:
    r = _rng()
    return "".join(r.choice(ALNUM + "-_") for _ in range(86)) + "=="


def grafana_sa() -> str:
    return "glsa_" + alnum(32) + "_" + hexs(8)


def ttn_key() -> str:
    return "NNSXS." + b32s(39) + "." + b32s(52)


def azure_storage_key() -> str:
    r = _rng()
    return "".join(r.choice(ALNUM + "+/") for _ in range(86)) + "=="


def do_token() -> str:
    return "dop_v1_" + hexs(64)


def mapbox_secret() -> str:
    return "sk.eyJ1IjoiZ3JvZHVyaHVzIiwiYSI6Im" + alnum(22) + "." + alnum(22)


def mapbox_public() -> str:
    return "pk.eyJ1IjoiZ3JvZHVyaHVzIiwiYSI6Im" + alnum(22) + "." + alnum(22)


def npm_token() -> str:
    return fakes.fake("npm_", 36, _seed())


def gitlab_token() -> str:
    return fakes.fake("glpat-", 20, _seed())


def b64(s: str) -> str:
    return base64.b64encode(s.encode()).decode()


def uuid_s() -> str:
    return fakes.uuid4(_seed())


def pem(kind: str = "RSA") -> str:
    return fakes.fake_pem(_seed(), kind)


def recaptcha_site() -> str:
    return "6L" + fakes.drawn(_seed(), 38, ALNUM + "-_")


def google_client_id() -> str:
    r = _rng()
    return f"{r.randint(10**11, 10**12)}-" + "".join(r.choice(string.ascii_lowercase + string.digits) for _ in range(32)) + ".apps.googleusercontent.com"


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
    CASES.append(LabelledCase(f"blind-jc/{category}", file_name, text, secret, source))


# ---------------------------------------------------------------- climate computers and sensors

add("yaml/mqtt-password", "climate-bridge/config/mosquitto-bridge.yaml", "Eclipse Mosquitto bridge configuration (mosquitto.conf man page)", r"""
# Brú frá loftslagstölvu (Priva) yfir í MQTT miðlara í skýinu
bridge:
  name: hveragerdi-gh3
  broker:
    host: mqtt.hverablom.is
    port: 8883
    tls: true
    cafile: /etc/mosquitto/certs/ca.crt
  auth:
    username: gh3-bridge
    password: "@@secret@@"
  topics:
    - "greenhouse/gh3/climate/# out 1"
    - "greenhouse/gh3/setpoints/# in 1"
  keepalive: 60
""", secret=words_pw())

add("python/influxdb-token", "sensors/ingest/influx_writer.py", "InfluxDB v2 Python client (influxdb-client docs)", r"""
"""+'"""'+r"""Writes greenhouse sensor readings (temp, RH, CO2, PAR) to InfluxDB."""+'"""'+r"""
from influxdb_client import InfluxDBClient, Point
from influxdb_client.client.write_api import SYNCHRONOUS

INFLUX_URL = "https://influx.fludagardar.is:8086"
INFLUX_ORG = "fludagardar"
INFLUX_BUCKET = "greenhouse"
INFLUX_TOKEN = "@@secret@@"

client = InfluxDBClient(url=INFLUX_URL, token=INFLUX_TOKEN, org=INFLUX_ORG)
write_api = client.write_api(write_options=SYNCHRONOUS)


def write_reading(house: str, sensor: str, field: str, value: float) -> None:
    point = Point("climate").tag("house", house).tag("sensor", sensor).field(field, value)
    write_api.write(bucket=INFLUX_BUCKET, record=point)
""", secret=influx_token())

add("env/decoy-env-template", "sensors/ingest/.env.example", "dotenv template convention (12factor.net/config)", r"""
# Afritaðu í .env og fylltu út — ALDREI commita .env
INFLUX_URL=https://influx.fludagardar.is:8086
INFLUX_ORG=fludagardar
INFLUX_BUCKET=greenhouse
INFLUX_TOKEN=<paste-token-from-influx-ui>
MQTT_HOST=mqtt.fludagardar.is
MQTT_USER=ingest
MQTT_PASSWORD=changeme
PRIVA_API_KEY=
""")

add("json/ttn-api-key", "lorawan/ttn/uplink-forwarder.json", "The Things Stack API keys (thethingsindustries.com/docs/reference/api/authentication)", r"""
{
  "application_id": "hverablom-soil-sensors",
  "cluster": "eu1.cloud.thethings.network",
  "api_key": "@@secret@@",
  "webhook": {
    "base_url": "https://ingest.hverablom.is/ttn",
    "format": "json",
    "uplink_message": {"path": "/uplink"}
  },
  "devices": ["soil-gh1-01", "soil-gh1-02", "soil-gh2-01", "soil-gh2-02"]
}
""", secret=ttn_key())

add("yaml/decoy-ttn-device-eui", "lorawan/ttn/devices.yaml", "The Things Stack end device fields (thethingsindustries.com/docs/devices)", r"""
# LoRaWAN jarðvegsskynjarar, gróðurhús 1 og 2
devices:
  - device_id: soil-gh1-01
    dev_eui: 70B3D57ED0059A21
    join_eui: 0000000000000000
    frequency_plan_id: EU_863_870_TTN
    app_key: ${TTN_APPKEY_SOIL_GH1_01}
  - device_id: soil-gh1-02
    dev_eui: 70B3D57ED0059A22
    join_eui: 0000000000000000
    frequency_plan_id: EU_863_870_TTN
    app_key: ${TTN_APPKEY_SOIL_GH1_02}
""")

add("ini/device-admin-password", "plc/gateway/moxa-mgate.ini", "Moxa MGate MB3180 configuration export (Moxa user manual)", r"""
; Moxa MGate MB3180 - Modbus TCP <-> RTU, ketilhús / boiler room
[system]
server_name=MGate-Ketilhus
location=Reykholt gh-main boiler room
[network]
ip=10.20.1.15
netmask=255.255.255.0
gateway=10.20.1.1
[accessible]
admin_user=admin
admin_password=@@secret@@
[modbus]
mode=RTU-slave
baudrate=9600
""", secret=rand_pw(14, "#!"))

add("python/decoy-register-map", "plc/heatmeter/read_kamstrup.py", "pymodbus client docs (pymodbus.readthedocs.io)", r"""
"""+'"""'+r"""Les hitamæli (Kamstrup MULTICAL 603) á heitavatnsinntaki gegnum Modbus."""+'"""'+r"""
import os
from pymodbus.client import ModbusTcpClient

GATEWAY = os.environ.get("MODBUS_GATEWAY", "10.20.1.15")
UNIT_ID = 3
# Register map from the Kamstrup Modbus module datasheet
REG_ENERGY_KWH = 0x0000
REG_FLOW_M3H = 0x0008
REG_T_FORWARD = 0x000C
REG_T_RETURN = 0x000E


def read_all():
    client = ModbusTcpClient(GATEWAY, port=502)
    client.connect()
    rr = client.read_holding_registers(REG_ENERGY_KWH, count=16, slave=UNIT_ID)
    client.close()
    return rr.registers
""")

add("shell/priva-api-secret", "scripts/pull_priva_setpoints.sh", "Priva Open Platform API (developer.priva.com)", r"""
#!/usr/bin/env bash
# Sækir setpunkta úr Priva Office fyrir öll hús og vistar í /data/priva
set -euo pipefail

PRIVA_CLIENT_ID="hverablom-integration"
PRIVA_CLIENT_SECRET="@@secret@@"

TOKEN=$(curl -s -X POST https://login.priva.com/connect/token \
  -d grant_type=client_credentials \
  -d client_id="$PRIVA_CLIENT_ID" \
  -d client_secret="$PRIVA_CLIENT_SECRET" | jq -r .access_token)

for house in 1 2 3 4; do
  curl -s -H "Authorization: Bearer $TOKEN" \
    "https://api.priva.com/climate/v1/compartments/gh$house/setpoints" \
    > "/data/priva/gh$house-$(date +%F).json"
done
""", secret=alnum(40))

add("markdown/decoy-priva-setup", "docs/priva-integration.md", "Priva Open Platform API (developer.priva.com)", r"""
# Priva tenging

Við notum *client credentials* flæðið. Leyndarmálið (client secret) er geymt í
1Password, hvelfingu **Gróðurhús - Rekstur**, færsla `Priva Open Platform`.

```bash
export PRIVA_CLIENT_ID=hverablom-integration
export PRIVA_CLIENT_SECRET=$(op read "op://Grodurhus-Rekstur/Priva Open Platform/credential")
./scripts/pull_priva_setpoints.sh
```

Ef token rennur út: Priva gefur 3600 s líftíma, skriftan sækir nýtt í hverri keyrslu.
""")

add("yaml/grafana-service-account", "monitoring/grafana/provisioning/alerting/contact.yaml", "Grafana service account tokens (grafana.com/docs/grafana/latest/administration/service-accounts)", r"""
apiVersion: 1
# Notað af image-renderer og backup cron til að kalla á Grafana API
datasources:
  - name: Greenhouse Influx
    type: influxdb
    access: proxy
    url: http://influxdb:8086
    jsonData:
      version: Flux
      organization: fludagardar
backup:
  grafana_url: https://grafana.fludagardar.is
  api_token: @@secret@@
  schedule: "0 3 * * *"
""", secret=grafana_sa())

add("toml/telegram-bot-token", "alarms/frost-alarm/config.toml", "Telegram Bot API (core.telegram.org/bots/api)", r"""
# Frostviðvörun — sendir skilaboð ef hiti fer undir 12°C í einhverju húsi
[telegram]
bot_token = "@@secret@@"
chat_id = -1001849203311

[thresholds]
min_air_temp_c = 12.0
max_air_temp_c = 34.0
min_heating_pipe_c = 45.0

[houses]
names = ["Tómatahús 1", "Tómatahús 2", "Gúrkuhús", "Blómahús"]
""", secret=fakes.telegram_token(_seed()))

add("python/telegram-bot-token", "alarms/boiler_watch.py", "python-telegram-bot docs (docs.python-telegram-bot.org)", r"""
import time

import requests

BOT = "@@secret@@"
CHAT = "-1001849203311"
URL = f"https://api.telegram.org/bot{BOT}/sendMessage"


def alert(text: str) -> None:
    requests.post(URL, json={"chat_id": CHAT, "text": text}, timeout=10)


def watch(read_temp):
    while True:
        t = read_temp()
        if t < 60:
            alert(f"Heitavatnsinntak lágt: {t:.1f}°C — athugið borholudælu!")
        time.sleep(300)
""", secret=fakes.telegram_token(_seed()))

add("go/mqtt-password", "edge/cmd/co2dosing/main.go", "Eclipse Paho MQTT Go client (github.com/eclipse/paho.mqtt.golang)", r"""
package main

import (
	"log"
	"time"

	mqtt "github.com/eclipse/paho.mqtt.golang"
)

const (
	broker   = "tls://mqtt.hverablom.is:8883"
	clientID = "co2-dosing-gh2"
	user     = "co2doser"
	pass     = "@@secret@@"
)

func main() {
	opts := mqtt.NewClientOptions().AddBroker(broker).SetClientID(clientID)
	opts.SetUsername(user)
	opts.SetPassword(pass)
	opts.SetKeepAlive(30 * time.Second)
	c := mqtt.NewClient(opts)
	if tok := c.Connect(); tok.Wait() && tok.Error() != nil {
		log.Fatal(tok.Error())
	}
	c.Subscribe("greenhouse/gh2/co2/setpoint", 1, onSetpoint)
	select {}
}
""", secret=rand_pw(22))

add("csv/decoy-sensor-export", "exports/gh1_climate_2024-03-14.csv", "Priva Office CSV export format", r"""
timestamp,house,air_temp_c,rh_pct,co2_ppm,par_umol,pipe_temp_c,screen_pct,sensor_serial
2024-03-14T06:00:00Z,GH1,18.4,78.2,820,0,52.1,100,SN-4F7A2C91
2024-03-14T06:05:00Z,GH1,18.6,77.9,835,12,52.4,100,SN-4F7A2C91
2024-03-14T06:10:00Z,GH1,18.9,77.1,850,38,52.9,85,SN-4F7A2C91
2024-03-14T06:15:00Z,GH1,19.3,76.0,880,71,53.2,60,SN-4F7A2C91
2024-03-14T06:20:00Z,GH1,19.8,74.8,905,118,53.0,40,SN-4F7A2C91
2024-03-14T06:25:00Z,GH1,20.2,73.5,920,160,52.6,20,SN-4F7A2C91
""")

add("log/decoy-redacted-login", "logs/climate-bridge-2024-03-14.log", "syslog format (RFC 5424)", r"""
2024-03-14T05:59:58Z gh3-bridge mosquitto[812]: Connecting bridge hveragerdi-gh3 (mqtt.hverablom.is:8883)
2024-03-14T05:59:58Z gh3-bridge mosquitto[812]: Bridge auth user=gh3-bridge password=********
2024-03-14T05:59:59Z gh3-bridge mosquitto[812]: Bridge hveragerdi-gh3 connected, sending CONNECT
2024-03-14T06:00:00Z gh3-bridge priva-agent[901]: token refresh ok, expires_in=3600 token=eyJ...[redacted]
2024-03-14T06:00:01Z gh3-bridge priva-agent[901]: pulled 214 setpoints for compartment gh3
2024-03-14T06:05:01Z gh3-bridge priva-agent[901]: pulled 214 setpoints for compartment gh3
""")

add("log/mqtt-password", "logs/co2doser-debug.log", "Eclipse Paho debug logging", r"""
2024-02-02 04:11:03,118 DEBUG paho: connecting to tls://mqtt.hverablom.is:8883 as co2doser
2024-02-02 04:11:03,119 DEBUG paho: CONNECT opts {'client_id': 'co2-dosing-gh2', 'username': 'co2doser', 'password': '@@secret@@', 'keepalive': 30}
2024-02-02 04:11:03,402 INFO  paho: connected rc=0
2024-02-02 04:11:03,405 INFO  co2: subscribed greenhouse/gh2/co2/setpoint qos=1
2024-02-02 04:16:03,411 INFO  co2: setpoint 900 ppm, valve 34%
2024-02-02 04:21:03,409 INFO  co2: setpoint 900 ppm, valve 31%
""", secret=rand_pw(22))

add("json/mssql-password", "HverablomClimate/appsettings.Production.json", "ASP.NET Core configuration, connection strings (learn.microsoft.com)", r"""
{
  "Logging": { "LogLevel": { "Default": "Warning" } },
  "ConnectionStrings": {
    "Climate": "Server=sql01.hverablom.local;Database=ClimateHistory;User Id=climate_app;Password=@@secret@@;TrustServerCertificate=True"
  },
  "Priva": {
    "BaseUrl": "https://api.priva.com/climate/v1/",
    "ClientId": "hverablom-integration"
  },
  "AllowedHosts": "*"
}
""", secret=words_pw())

add("json/decoy-appsettings-dev", "HverablomClimate/appsettings.Development.json", "ASP.NET Core user secrets (learn.microsoft.com/aspnet/core/security/app-secrets)", r"""
{
  "Logging": { "LogLevel": { "Default": "Debug" } },
  "ConnectionStrings": {
    "Climate": "Server=(localdb)\\MSSQLLocalDB;Database=ClimateHistory;Trusted_Connection=True"
  },
  "Priva": {
    "BaseUrl": "https://api-sandbox.priva.com/climate/v1/",
    "ClientId": "hverablom-integration-dev",
    "ClientSecret": "set via: dotnet user-secrets set Priva:ClientSecret <value>"
  }
}
""")

add("java/mqtt-password", "lighting/src/main/java/is/hverablom/lighting/LampController.java", "Eclipse Paho Java client (eclipse.dev/paho)", r"""
package is.hverablom.lighting;

import org.eclipse.paho.client.mqttv3.MqttClient;
import org.eclipse.paho.client.mqttv3.MqttConnectOptions;
import org.eclipse.paho.client.mqttv3.MqttException;

/** Stýrir HPS/LED lýsingu (vaxtarljós) eftir PAR-mælingum og raforkuverði. */
public class LampController {
    private static final String BROKER = "ssl://mqtt.hverablom.is:8883";
    private static final String USER = "lighting";
    private static final char[] PASS = "@@secret@@".toCharArray();

    public MqttClient connect() throws MqttException {
        MqttClient client = new MqttClient(BROKER, "lamp-controller-gh1");
        MqttConnectOptions opts = new MqttConnectOptions();
        opts.setUserName(USER);
        opts.setPassword(PASS);
        opts.setAutomaticReconnect(true);
        client.connect(opts);
        return client;
    }
}
""", secret=passphrase())

add("yaml/decoy-helm-values-secretref", "deploy/helm/climate-bridge/values.yaml", "Helm chart values, existingSecret convention (helm.sh/docs)", r"""
replicaCount: 1
image:
  repository: registry.hverablom.is/climate-bridge
  tag: "2.4.1"
mqtt:
  host: mqtt.hverablom.is
  port: 8883
  username: gh3-bridge
  existingSecret: climate-bridge-mqtt
  existingSecretPasswordKey: password
influx:
  url: http://influxdb.monitoring:8086
  tokenSecretRef:
    name: influx-write-token
    key: token
resources:
  limits: {cpu: 200m, memory: 128Mi}
""")

add("k8s-secret/influxdb-token", "deploy/k8s/influx-write-token.yaml", "Kubernetes Secrets (kubernetes.io/docs/concepts/configuration/secret)", r"""
apiVersion: v1
kind: Secret
metadata:
  name: influx-write-token
  namespace: greenhouse
type: Opaque
data:
  token: @@b64@@
""", secret=(_t := influx_token()), b64=b64(_t))

add("k8s-secret/decoy-sealed-secret", "deploy/k8s/climate-bridge-mqtt.sealed.yaml", "Bitnami Sealed Secrets (github.com/bitnami-labs/sealed-secrets)", r"""
apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata:
  name: climate-bridge-mqtt
  namespace: greenhouse
spec:
  encryptedData:
    password: @@enc@@
  template:
    metadata:
      name: climate-bridge-mqtt
      namespace: greenhouse
    type: Opaque
""", enc="AgB" + fakes.drawn(_seed(), 600, ALNUM + "+/") + "==")


# ---------------------------------------------------------------- webshop, payments, accounting
add("php/stripe-secret-key", "vefverslun/wp-content/themes/blomabud/inc/stripe-checkout.php", "Stripe PHP library (docs.stripe.com/api?lang=php)", r"""
<?php
// Blómaáskrift — mánaðarleg túlípanaáskrift í gegnum Stripe Checkout
require_once __DIR__ . '/../vendor/autoload.php';

\Stripe\Stripe::setApiKey('@@secret@@');

function blomabud_create_subscription_session($price_id, $email) {
    return \Stripe\Checkout\Session::create([
        'mode' => 'subscription',
        'customer_email' => $email,
        'line_items' => [['price' => $price_id, 'quantity' => 1]],
        'success_url' => home_url('/takk?session={CHECKOUT_SESSION_ID}'),
        'cancel_url' => home_url('/askrift'),
        'locale' => 'auto',
    ]);
}
""", secret=stripe_key())

add("typescript/decoy-publishable-key", "storefront/src/lib/stripe.ts", "Stripe.js publishable keys (docs.stripe.com/keys)", r"""
import { loadStripe } from "@stripe/stripe-js";

// Publishable key — safe to ship in the browser bundle.
const STRIPE_PK = "@@pk@@";

export const stripePromise = loadStripe(STRIPE_PK, { locale: "is" });

export async function goToCheckout(sessionId: string) {
  const stripe = await stripePromise;
  if (!stripe) throw new Error("Stripe failed to load");
  const { error } = await stripe.redirectToCheckout({ sessionId });
  if (error) console.error(error.message);
}
""", pk=stripe_key("pk_live_"))

add("env/stripe-webhook-secret", "storefront/.env.production", "Stripe webhook signing secrets (docs.stripe.com/webhooks)", r"""
NEXT_PUBLIC_SITE_URL=https://blomabud.is
NEXT_PUBLIC_STRIPE_PK=@@pk@@
STRIPE_WEBHOOK_SECRET=@@secret@@
SHIPPING_PROVIDER=dropp
DEFAULT_LOCALE=is
REVALIDATE_SECONDS=300
""", secret=fakes.fake("whsec_", 32, _seed()), pk=stripe_key("pk_live_"))

add("python/shopify-admin-token", "webshop/sync/shopify_stock.py", "Shopify Admin API access tokens (shopify.dev/docs/apps/auth)", r"""
# Samstillir birgðir af tómötum og gúrkum úr pökkunarhúsi við Shopify verslunina
import requests

SHOP = "fludagardar-is.myshopify.com"
API_VERSION = "2024-01"
HEADERS = {
    "X-Shopify-Access-Token": "@@secret@@",
    "Content-Type": "application/json",
}


def set_inventory(inventory_item_id: int, location_id: int, available: int) -> None:
    url = f"https://{SHOP}/admin/api/{API_VERSION}/inventory_levels/set.json"
    body = {"location_id": location_id, "inventory_item_id": inventory_item_id, "available": available}
    r = requests.post(url, json=body, headers=HEADERS, timeout=20)
    r.raise_for_status()


SKUS = {"TOM-KIRS-250": 44012345, "TOM-BUFF-1KG": 44012346, "GURK-STK": 44012347}
""", secret=shopify_token())

add("ruby/shopify-shared-secret", "shopify-app/config/initializers/shopify_app.rb", "shopify_app gem configuration (github.com/Shopify/shopify_app)", r"""
ShopifyApp.configure do |config|
  config.application_name = "Hverablóm heildsala"
  config.old_secret = ""
  config.scope = "read_products,write_inventory,read_orders"
  config.embedded_app = true
  config.api_version = "2024-01"
  config.api_key = "3f1c2a9b7e8d4c6f0a1b2c3d4e5f6a7b"
  config.secret = "@@secret@@"
  config.shop_session_repository = "Shop"
  config.after_authenticate_job = false
end
""", secret=shopify_token("shpss_"))

add("yaml/decoy-shopify-cli-config", "shopify-app/shopify.app.toml.example.yaml", "Shopify CLI app configuration (shopify.dev/docs/apps/tools/cli)", r"""
# Dæmi — raunveruleg gildi eru í 1Password (Shopify Partners)
client_id: "YOUR_CLIENT_ID"
name: "Hverablóm heildsala"
application_url: "https://heildsala.hverablom.is"
access_scopes:
  scopes: "read_products,write_inventory,read_orders"
auth:
  redirect_urls:
    - "https://heildsala.hverablom.is/auth/callback"
webhooks:
  api_version: "2024-01"
  shared_secret: "<SHOPIFY_API_SECRET>"
""")

add("python/payday-api-secret", "bokhald/payday_sync.py", "Payday.is API documentation (apidoc.payday.is)", r"""
# Flytur reikninga úr pöntunarkerfi yfir í Payday (bókhald)
import requests

PAYDAY_API = "https://api.payday.is"
CLIENT_ID = "c7a1e2f4b9d84e0fa3b5c6d7e8f90a1b"
CLIENT_SECRET = "@@secret@@"


def token() -> str:
    r = requests.post(f"{PAYDAY_API}/auth/token",
                      json={"clientId": CLIENT_ID, "clientSecret": CLIENT_SECRET}, timeout=15)
    r.raise_for_status()
    return r.json()["accessToken"]


def create_invoice(customer_ssn: str, lines: list) -> dict:
    h = {"Authorization": f"Bearer {token()}", "Api-Version": "alpha"}
    body = {"customer": {"ssn": customer_ssn}, "lines": lines, "sendEmail": True}
    return requests.post(f"{PAYDAY_API}/invoices", json=body, headers=h, timeout=15).json()
""", secret=hexs(32))

add("sql/decoy-customer-seed", "db/seed/002_heildsolu_vidskiptavinir.sql", "PostgreSQL INSERT syntax (postgresql.org/docs)", r"""
-- Heildsöluviðskiptavinir (prófunargögn, tilbúnar kennitölur)
INSERT INTO customers (id, name, kennitala, email, price_list, api_client_id) VALUES
  ('b3c8e1d2-7f4a-4c21-9a0e-5d6f7a8b9c01', 'Krónan Selfossi', '0000000019', 'innkaup@example.is', 'retail-a', 'cli_0001'),
  ('c4d9f2e3-8a5b-4d32-8b1f-6e7a8b9c0d12', 'Bónus Hveragerði', '0000000029', 'pantanir@example.is', 'retail-a', 'cli_0002'),
  ('d5e0a3f4-9b6c-4e43-9c2a-7f8b9c0d1e23', 'Hótel Geysir', '0000000039', 'eldhus@example.is', 'horeca', 'cli_0003'),
  ('e6f1b4a5-0c7d-4f54-8d3b-8a9c0d1e2f34', 'Blómaval Reykjavík', '0000000049', 'blom@example.is', 'florist', 'cli_0004');

INSERT INTO price_lists (code, currency, vat_pct) VALUES
  ('retail-a', 'ISK', 11.0), ('horeca', 'ISK', 11.0), ('florist', 'ISK', 24.0);
""")

add("sql/postgres-password", "db/migrations/0007_reporting_role.sql", "PostgreSQL CREATE ROLE (postgresql.org/docs/current/sql-createrole.html)", r"""
-- Lesaðgangur fyrir Power BI skýrslur (sala á tómötum og gúrkum eftir viku)
CREATE ROLE reporting_ro WITH LOGIN PASSWORD '@@secret@@';
GRANT CONNECT ON DATABASE sala TO reporting_ro;
GRANT USAGE ON SCHEMA public TO reporting_ro;
GRANT SELECT ON orders, order_lines, customers, products TO reporting_ro;
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT ON TABLES TO reporting_ro;
""", secret=words_pw())

add("python/decoy-test-fixture", "bokhald/tests/test_payday_sync.py", "pytest fixtures (docs.pytest.org)", r"""
import pytest
import responses

from bokhald import payday_sync


@pytest.fixture
def fake_payday(monkeypatch):
    monkeypatch.setattr(payday_sync, "CLIENT_SECRET", "test-secret-not-real")
    with responses.RequestsMock() as rsps:
        rsps.add(responses.POST, "https://api.payday.is/auth/token", json={"accessToken": "dummy-access-token"})
        rsps.add(responses.POST, "https://api.payday.is/invoices", json={"id": "inv_1", "number": 1001})
        yield rsps


def test_create_invoice(fake_payday):
    out = payday_sync.create_invoice("0000000019", [{"sku": "TOM-KIRS-250", "qty": 40}])
    assert out["number"] == 1001
""")

add("csharp/dk-api-token", "DkBokhald/DkClient.cs", "dkPlus API (api.dkplus.is)", r"""
using System.Net.Http;
using System.Net.Http.Headers;

namespace Hverablom.DkBokhald
{
    // Tenging við dkPlus bókhaldskerfið — sölureikningar og birgðir
    public class DkClient
    {
        private const string BaseUrl = "https://api.dkplus.is/api/v1/";
        private const string ApiToken = "@@secret@@";
        private readonly HttpClient _http;

        public DkClient()
        {
            _http = new HttpClient { BaseAddress = new System.Uri(BaseUrl) };
            _http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", ApiToken);
        }

        public Task<string> GetProductsAsync() => _http.GetStringAsync("Product");
    }
}
""", secret=uuid_s())

add("json/decoy-package-lock-integrity", "storefront/package-lock.json", "npm package-lock.json integrity field (docs.npmjs.com)", r"""
{
  "name": "blomabud-storefront",
  "version": "1.8.0",
  "lockfileVersion": 3,
  "requires": true,
  "packages": {
    "node_modules/@stripe/stripe-js": {
      "version": "2.4.0",
      "resolved": "https://registry.npmjs.org/@stripe/stripe-js/-/stripe-js-2.4.0.tgz",
      "integrity": "sha512-@@i1@@=="
    },
    "node_modules/next": {
      "version": "14.1.0",
      "resolved": "https://registry.npmjs.org/next/-/next-14.1.0.tgz",
      "integrity": "sha512-@@i2@@=="
    }
  }
}
""", i1=fakes.drawn(_seed(), 86, ALNUM + "+/"), i2=fakes.drawn(_seed(), 86, ALNUM + "+/"))

add("kotlin/stripe-restricted-key", "pos-app/app/src/main/java/is/fludagardar/pos/Payments.kt", "Stripe restricted API keys (docs.stripe.com/keys#limit-access)", r"""
package `is`.fludagardar.pos

import com.stripe.Stripe
import com.stripe.model.PaymentIntent
import com.stripe.param.PaymentIntentCreateParams

// Sölubás á bændamarkaði — grænmeti beint frá býli
object Payments {
    init {
        Stripe.apiKey = "@@secret@@"
    }

    fun charge(amountIsk: Long, description: String): PaymentIntent =
        PaymentIntent.create(
            PaymentIntentCreateParams.builder()
                .setAmount(amountIsk * 100)
                .setCurrency("isk")
                .setDescription(description)
                .build()
        )
}
""", secret=stripe_key("rk_live_"))

add("markdown/decoy-stripe-test-cards", "docs/greidslur-profanir.md", "Stripe testing docs (docs.stripe.com/testing)", r"""
# Prófanir á greiðslum

Notið alltaf **test mode** í staging. Lyklarnir eru í Vault undir `secret/staging/stripe`.

| Kort | Númer | Niðurstaða |
|------|-------|-----------|
| Visa | 4242 4242 4242 4242 | Samþykkt |
| Visa (3DS) | 4000 0027 6000 3184 | Krefst auðkenningar |
| Mastercard | 5555 5555 5555 4444 | Samþykkt |
| Hafnað | 4000 0000 0000 0002 | card_declined |

Gildistími: hvaða dagsetning sem er í framtíðinni, CVC: 3 tölustafir.
Webhook í staging: `stripe listen --forward-to localhost:3000/api/webhooks/stripe`
""")

add("properties/smtp-password", "pos-backend/src/main/resources/application-prod.properties", "Spring Boot mail properties (docs.spring.io/spring-boot)", r"""
spring.application.name=pos-backend
server.port=8080
spring.datasource.url=jdbc:postgresql://db.fludagardar.local:5432/pos
spring.datasource.username=pos
spring.datasource.password=${POS_DB_PASSWORD}
spring.mail.host=smtp.office365.com
spring.mail.port=587
spring.mail.username=kvittun@fludagardar.is
spring.mail.password=@@secret@@
spring.mail.properties.mail.smtp.starttls.enable=true
pos.receipt.footer=Takk fyrir viðskiptin! Flúðagarðar ehf.
""", secret=words_pw())

add("properties/decoy-env-reference", "pos-backend/src/main/resources/application-staging.properties", "Spring Boot externalized configuration (docs.spring.io/spring-boot)", r"""
spring.application.name=pos-backend
server.port=8080
spring.datasource.url=jdbc:postgresql://db-staging.fludagardar.local:5432/pos
spring.datasource.username=pos
spring.datasource.password=${POS_DB_PASSWORD}
spring.mail.host=smtp.office365.com
spring.mail.port=587
spring.mail.username=kvittun-test@fludagardar.is
spring.mail.password=${SMTP_PASSWORD}
stripe.api-key=${STRIPE_SECRET_KEY}
""")

add("php/decoy-wp-config-salts-env", "vefverslun/wp-config.php", "WordPress wp-config.php (developer.wordpress.org)", r"""
<?php
// Blómabúð — WordPress/WooCommerce. Allt leynilegt kemur úr umhverfisbreytum (Docker).
define('DB_NAME', getenv('WORDPRESS_DB_NAME') ?: 'blomabud');
define('DB_USER', getenv('WORDPRESS_DB_USER') ?: 'blomabud');
define('DB_PASSWORD', getenv('WORDPRESS_DB_PASSWORD'));
define('DB_HOST', getenv('WORDPRESS_DB_HOST') ?: 'db:3306');
define('AUTH_KEY', getenv('WORDPRESS_AUTH_KEY'));
define('SECURE_AUTH_KEY', getenv('WORDPRESS_SECURE_AUTH_KEY'));
define('LOGGED_IN_KEY', getenv('WORDPRESS_LOGGED_IN_KEY'));
define('NONCE_KEY', getenv('WORDPRESS_NONCE_KEY'));
$table_prefix = 'wp_';
define('WP_DEBUG', false);
if (!defined('ABSPATH')) { define('ABSPATH', __DIR__ . '/'); }
require_once ABSPATH . 'wp-settings.php';
""")

add("php/mysql-password", "vefverslun/wp-config.staging.php", "WordPress wp-config.php (developer.wordpress.org)", r"""
<?php
/** Staging á blomabud-staging.hverablom.is */
define( 'DB_NAME', 'blomabud_stg' );
define( 'DB_USER', 'blomabud_stg' );
define( 'DB_PASSWORD', '@@secret@@' );
define( 'DB_HOST', 'mysql-stg.hverablom.local' );
define( 'DB_CHARSET', 'utf8mb4' );
define( 'DB_COLLATE', '' );
$table_prefix = 'wp_';
define( 'WP_DEBUG', true );
define( 'WP_HOME', 'https://blomabud-staging.hverablom.is' );
if ( ! defined( 'ABSPATH' ) ) { define( 'ABSPATH', __DIR__ . '/' ); }
require_once ABSPATH . 'wp-settings.php';
""", secret=rand_pw(16, "!#%"))

add("python/mailchimp-api-key", "markadsmal/newsletter.py", "Mailchimp Marketing API keys (mailchimp.com/developer/marketing/guides/quick-start)", r"""
# Fréttabréf: "Fyrstu tómatar sumarsins" o.fl.
import mailchimp_marketing as MailchimpMarketing

client = MailchimpMarketing.Client()
client.set_config({
    "api_key": "@@secret@@",
    "server": "us21",
})

AUDIENCE_ID = "a1b2c3d4e5"


def add_subscriber(email: str, name: str) -> None:
    client.lists.add_list_member(AUDIENCE_ID, {
        "email_address": email,
        "status": "subscribed",
        "merge_fields": {"FNAME": name},
        "language": "is",
    })
""", secret=mailchimp_key())

add("typescript/decoy-recaptcha-site-key", "storefront/src/components/ContactForm.tsx", "Google reCAPTCHA site keys (developers.google.com/recaptcha/docs/display)", r"""
import ReCAPTCHA from "react-google-recaptcha";
import { useState } from "react";

// Site key is public; the secret key lives only on the server (RECAPTCHA_SECRET).
const SITE_KEY = "@@site@@";

export default function ContactForm() {
  const [token, setToken] = useState<string | null>(null);
  return (
    <form method="post" action="/api/hafa-samband">
      <label>Nafn<input name="name" required /></label>
      <label>Netfang<input name="email" type="email" required /></label>
      <textarea name="message" placeholder="Fyrirspurn um blóm eða heildsölu" />
      <ReCAPTCHA sitekey={SITE_KEY} onChange={setToken} hl="is" />
      <button disabled={!token}>Senda</button>
    </form>
  );
}
""", site=recaptcha_site())

add("terraform/decoy-variables-sensitive", "infra/terraform/variables.tf", "Terraform sensitive variables (developer.hashicorp.com/terraform/language/values/variables)", r"""
variable "region" {
  type    = string
  default = "eu-north-1"
}

variable "db_password" {
  description = "Lykilorð fyrir RDS (sala) — sett í Terraform Cloud workspace"
  type        = string
  sensitive   = true
}

variable "stripe_secret_key" {
  type      = string
  sensitive = true
}

variable "greenhouse_ids" {
  type    = list(string)
  default = ["gh1", "gh2", "gh3", "gh4"]
}
""")


# ---------------------------------------------------------------- cloud, CI, containers
add("terraform/aws-secret-key", "infra/terraform/providers.tf", "Terraform AWS provider static credentials (registry.terraform.io/providers/hashicorp/aws/latest/docs)", r"""
terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
}

# TODO: færa yfir í SSO — tímabundið meðan Gunnar setur upp IAM Identity Center
provider "aws" {
  region     = var.region
  access_key = "@@kid@@"
  secret_key = "@@secret@@"
}
""", secret=fakes.aws_secret_key(_seed()), kid=fakes.aws_key_id(_seed()))

add("ini/aws-secret-key", "ops/camera-uploader/aws-credentials", "AWS shared credentials file (docs.aws.amazon.com/cli/latest/userguide/cli-configure-files.html)", r"""
[default]
region = eu-west-1

[camera-uploader]
# Tímabilsmyndir af plöntum (vaxtarmyndavélar í GH1-GH4) -> s3://hverablom-plant-cams
aws_access_key_id = @@kid@@
aws_secret_access_key = @@secret@@
region = eu-west-1
""", secret=fakes.aws_secret_key(_seed()), kid=fakes.aws_key_id(_seed()))

add("python/decoy-boto3-profile", "ops/camera-uploader/upload.py", "boto3 credentials chain (boto3.amazonaws.com/v1/documentation/api/latest/guide/credentials.html)", r"""
# Hleður upp myndum úr vaxtarmyndavélum; lyklar koma úr ~/.aws/credentials (prófíll) eða IAM role
import pathlib
import boto3

session = boto3.Session(profile_name="camera-uploader")
s3 = session.client("s3")
BUCKET = "hverablom-plant-cams"
EXAMPLE_KEY_ID = "AKIAIOSFODNN7EXAMPLE"  # from the AWS docs, for the README screenshot


def upload_dir(path: str, house: str) -> int:
    n = 0
    for img in sorted(pathlib.Path(path).glob("*.jpg")):
        s3.upload_file(str(img), BUCKET, f"{house}/{img.name}", ExtraArgs={"ContentType": "image/jpeg"})
        n += 1
    return n
""")

add("github-actions/pypi-token", ".github/workflows/release-sensorkit.yml", "pypa/gh-action-pypi-publish (github.com/pypa/gh-action-pypi-publish)", r"""
name: Release hverablom-sensorkit
on:
  push:
    tags: ["v*"]
jobs:
  publish:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-python@v5
        with:
          python-version: "3.12"
      - run: python -m pip install build && python -m build
      - uses: pypa/gh-action-pypi-publish@release/v1
        with:
          user: __token__
          password: @@secret@@
""", secret=fakes.pypi_token(_seed()))

add("github-actions/decoy-secrets-context", ".github/workflows/deploy-storefront.yml", "GitHub Actions secrets context (docs.github.com/actions/security-guides/using-secrets-in-github-actions)", r"""
name: Deploy storefront
on:
  push:
    branches: [main]
jobs:
  deploy:
    runs-on: ubuntu-latest
    environment: production
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-node@v4
        with: { node-version: 20 }
      - run: npm ci && npm run build
        env:
          NEXT_PUBLIC_STRIPE_PK: ${{ vars.STRIPE_PK }}
          STRIPE_SECRET_KEY: ${{ secrets.STRIPE_SECRET_KEY }}
      - uses: aws-actions/configure-aws-credentials@v4
        with:
          role-to-assume: arn:aws:iam::123456789012:role/gh-deploy-storefront
          aws-region: eu-west-1
      - run: aws s3 sync out/ s3://blomabud-storefront --delete
""")

add("ini/pypi-token", "sensorkit/.pypirc", "The .pypirc file (packaging.python.org/specifications/pypirc)", r"""
[distutils]
index-servers =
    pypi
    testpypi

[pypi]
username = __token__
password = @@secret@@

[testpypi]
repository = https://test.pypi.org/legacy/
username = __token__
""", secret=fakes.pypi_token(_seed()))

add("toml/decoy-pyproject", "sensorkit/pyproject.toml", "pyproject.toml specification (packaging.python.org)", r"""
[build-system]
requires = ["hatchling"]
build-backend = "hatchling.build"

[project]
name = "hverablom-sensorkit"
version = "0.9.2"
description = "Lesarar fyrir gróðurhúsaskynjara (SHT31, SCD30, Apogee SQ-500, Kamstrup)"
authors = [{ name = "Hverablóm ehf.", email = "tolvumal@hverablom.is" }]
requires-python = ">=3.10"
dependencies = ["pymodbus>=3.6", "paho-mqtt>=2.0", "influxdb-client>=1.40"]

[tool.hatch.build.targets.wheel]
packages = ["src/sensorkit"]
""")

add("dockerfile/github-token", "edge/Dockerfile", "Dockerfile reference, ARG and ENV (docs.docker.com/reference/dockerfile)", r"""
FROM python:3.12-slim AS build
WORKDIR /src
# private repo with the Priva protocol helpers
ENV GH_TOKEN=@@secret@@
RUN apt-get update && apt-get install -y --no-install-recommends git \
 && pip install --no-cache-dir "git+https://${GH_TOKEN}@github.com/hverablom/priva-helpers.git@v1.3.0"
COPY . .
RUN pip install --no-cache-dir .

FROM python:3.12-slim
COPY --from=build /usr/local /usr/local
CMD ["python", "-m", "edge.main"]
""", secret=fakes.github_token(_seed()))

add("dockerfile/decoy-build-secret-mount", "storefront/Dockerfile", "Docker build secrets (docs.docker.com/build/building/secrets)", r"""
# syntax=docker/dockerfile:1.6
FROM node:20-alpine AS deps
WORKDIR /app
COPY package.json package-lock.json ./
RUN --mount=type=secret,id=npmrc,target=/root/.npmrc npm ci

FROM node:20-alpine AS build
WORKDIR /app
COPY --from=deps /app/node_modules ./node_modules
COPY . .
ARG NEXT_PUBLIC_STRIPE_PK
RUN npm run build

FROM node:20-alpine
WORKDIR /app
COPY --from=build /app/.next ./.next
CMD ["npm", "start"]
""")

add("compose/postgres-password", "deploy/docker-compose.yml", "Docker Compose environment (docs.docker.com/compose/environment-variables)", r"""
services:
  db:
    image: postgres:16
    restart: unless-stopped
    environment:
      POSTGRES_DB: grodurhus
      POSTGRES_USER: grodurhus
      POSTGRES_PASSWORD: @@secret@@
    volumes:
      - pgdata:/var/lib/postgresql/data
  api:
    image: registry.hverablom.is/grodurhus-api:3.2.0
    depends_on: [db]
    environment:
      DATABASE_URL: postgres://grodurhus@db:5432/grodurhus
    ports: ["8080:8080"]
volumes:
  pgdata:
""", secret=rand_pw(24))

add("compose/decoy-env-file", "deploy/docker-compose.monitoring.yml", "Docker Compose env_file and variable interpolation (docs.docker.com/compose)", r"""
services:
  influxdb:
    image: influxdb:2.7
    env_file: .env.influx
    environment:
      DOCKER_INFLUXDB_INIT_MODE: setup
      DOCKER_INFLUXDB_INIT_USERNAME: admin
      DOCKER_INFLUXDB_INIT_PASSWORD: ${INFLUX_ADMIN_PASSWORD:?set in .env.influx}
      DOCKER_INFLUXDB_INIT_ORG: hverablom
      DOCKER_INFLUXDB_INIT_BUCKET: greenhouse
    volumes: ["influx:/var/lib/influxdb2"]
  grafana:
    image: grafana/grafana:10.4.0
    environment:
      GF_SECURITY_ADMIN_PASSWORD__FILE: /run/secrets/grafana_admin
    secrets: [grafana_admin]
secrets:
  grafana_admin:
    file: ./secrets/grafana_admin.txt
volumes:
  influx:
""")

add("compose/database-password", "deploy/sites/reykholt/docker-compose.yml", "InfluxDB Docker image init variables (hub.docker.com/_/influxdb)", r"""
# Reykholt — staðbundin vél í stjórnherbergi (NUC), keyrir ef nettenging dettur út
services:
  influxdb:
    image: influxdb:2.7
    environment:
      - DOCKER_INFLUXDB_INIT_MODE=setup
      - DOCKER_INFLUXDB_INIT_USERNAME=admin
      - DOCKER_INFLUXDB_INIT_PASSWORD=@@secret@@
      - DOCKER_INFLUXDB_INIT_ORG=hverablom
      - DOCKER_INFLUXDB_INIT_BUCKET=reykholt
    volumes:
      - /srv/influx:/var/lib/influxdb2
    restart: always
""", secret=words_pw())

add("shell/decoy-vault-read", "ops/bin/rotate-mqtt-passwords.sh", "HashiCorp Vault KV CLI (developer.hashicorp.com/vault/docs/commands/kv)", r"""
#!/usr/bin/env bash
# Skiptir um MQTT lykilorð fyrir öll gróðurhús (keyrt á 90 daga fresti)
set -euo pipefail
export VAULT_ADDR=https://vault.hverablom.is
for house in gh1 gh2 gh3 gh4; do
  new=$(openssl rand -base64 24)
  vault kv put "secret/mqtt/$house-bridge" password="$new"
  ssh "mqtt.hverablom.is" "sudo mosquitto_passwd -b /etc/mosquitto/passwd $house-bridge '$new'"
done
ssh mqtt.hverablom.is 'sudo systemctl reload mosquitto'
echo "Lokið — endurræstu brýrnar: kubectl -n greenhouse rollout restart deploy/climate-bridge"
""")

add("shell/mqtt-password", "ops/bin/mqtt-debug.sh", "mosquitto_sub man page (mosquitto.org/man/mosquitto_sub-1.html)", r"""
#!/bin/sh
# Fljótleg villuleit: sýnir öll skilaboð frá gúrkuhúsinu
mosquitto_sub -h mqtt.hverablom.is -p 8883 --capath /etc/ssl/certs \
  -u ops-debug -P '@@secret@@' \
  -t 'greenhouse/gh2/#' -v
""", secret=rand_pw(18, "-_"))

add("terraform/decoy-random-password", "infra/terraform/rds.tf", "Terraform random_password resource (registry.terraform.io/providers/hashicorp/random)", r"""
resource "random_password" "sala_db" {
  length  = 32
  special = false
}

resource "aws_db_instance" "sala" {
  identifier          = "sala-prod"
  engine              = "postgres"
  engine_version      = "16.2"
  instance_class      = "db.t4g.small"
  allocated_storage   = 20
  username            = "sala_admin"
  password            = random_password.sala_db.result
  skip_final_snapshot = false
  storage_encrypted   = true
}

resource "aws_secretsmanager_secret_version" "sala_db" {
  secret_id     = aws_secretsmanager_secret.sala_db.id
  secret_string = random_password.sala_db.result
}
""")

add("terraform/azure-storage-key", "infra/azure/backup.tf", "Azure Storage connection strings (learn.microsoft.com/azure/storage/common/storage-configure-connection-string)", r"""
# Afrit af gagnagrunni loftslagssögu í Azure (gamla uppsetningin, Flúðir)
resource "azurerm_function_app" "climate_backup" {
  name                       = "fludir-climate-backup"
  location                   = "northeurope"
  resource_group_name        = "rg-fludagardar"
  app_service_plan_id        = azurerm_app_service_plan.main.id
  storage_account_name       = "fludirbackup"
  storage_account_access_key = "@@secret@@"
  app_settings = {
    BACKUP_CONTAINER = "climate-history"
    RETENTION_DAYS   = "365"
  }
}
""", secret=azure_storage_key())

add("env/azure-storage-key", "tools/image-archive/.env", "Azure Storage connection strings (learn.microsoft.com/azure/storage/common/storage-configure-connection-string)", r"""
AZURE_STORAGE_CONNECTION_STRING=DefaultEndpointsProtocol=https;AccountName=fludirbackup;AccountKey=@@secret@@;EndpointSuffix=core.windows.net
ARCHIVE_CONTAINER=plant-images
ARCHIVE_AFTER_DAYS=30
# myndir eldri en 30 daga fara í Cool tier
ARCHIVE_TIER=Cool
LOG_LEVEL=info
""", secret=azure_storage_key())

add("yaml/decoy-sops-encrypted", "deploy/secrets/prod.enc.yaml", "Mozilla SOPS encrypted files (github.com/getsops/sops)", r"""
mqtt:
    password: ENC[AES256_GCM,data:@@d1@@,iv:@@iv1@@,tag:@@t1@@,type:str]
influx:
    token: ENC[AES256_GCM,data:@@d2@@,iv:@@iv2@@,tag:@@t2@@,type:str]
sops:
    kms: []
    age:
        - recipient: age1ql3z7hjy54pw3hyww5ayyfg7zqgvc7w3j2elw8zmrj2kg5sfn9aqmcac8p
    lastmodified: "2024-03-01T10:12:44Z"
    mac: ENC[AES256_GCM,data:@@m@@,type:str]
    version: 3.8.1
""", d1=fakes.drawn(_seed(), 32, ALNUM + "+/"), iv1=fakes.drawn(_seed(), 43, ALNUM + "+/") + "=",
    t1=fakes.drawn(_seed(), 22, ALNUM + "+/") + "==", d2=fakes.drawn(_seed(), 116, ALNUM + "+/"),
    iv2=fakes.drawn(_seed(), 43, ALNUM + "+/") + "=", t2=fakes.drawn(_seed(), 22, ALNUM + "+/") + "==",
    m=fakes.drawn(_seed(), 88, ALNUM + "+/"))

add("ansible/decoy-vault-encrypted", "ansible/group_vars/greenhouses/vault.yml", "Ansible Vault (docs.ansible.com/ansible/latest/vault_guide)", r"""
$ANSIBLE_VAULT;1.1;AES256
@@l1@@
@@l2@@
@@l3@@
@@l4@@
@@l5@@
""", l1=hexs(80), l2=hexs(80), l3=hexs(80), l4=hexs(80), l5=hexs(46))

add("ansible/snmp-auth-password", "ansible/roles/netmon/defaults/main.yml", "Ansible role defaults (docs.ansible.com)", r"""
---
# Eftirlit með rofum og Wi-Fi í gróðurhúsum (Ubiquiti/UniFi) í gegnum SNMPv3
netmon_snmp_version: 3
netmon_snmp_user: netmon
netmon_snmp_auth_protocol: SHA
netmon_snmp_auth_password: "@@secret@@"
netmon_snmp_priv_protocol: AES
netmon_snmp_priv_password: "{{ vault_netmon_snmp_priv }}"
netmon_targets:
  - 10.20.1.2   # rofi GH1
  - 10.20.2.2   # rofi GH2
  - 10.20.3.2   # rofi blómahús
""", secret=rand_pw(20))


# ---------------------------------------------------------------- notifications, docs, handover
add("python/slack-webhook", "alarms/slack_notify.py", "Slack incoming webhooks (api.slack.com/messaging/webhooks)", r"""
import json
import urllib.request

# #grodurhus-vidvaranir rásin
WEBHOOK = "@@secret@@"


def notify(house: str, message: str, level: str = "warning") -> None:
    emoji = {"warning": ":warning:", "critical": ":rotating_light:", "ok": ":tomato:"}[level]
    body = json.dumps({"text": f"{emoji} *{house}*: {message}"}).encode()
    req = urllib.request.Request(WEBHOOK, data=body, headers={"Content-Type": "application/json"})
    urllib.request.urlopen(req, timeout=10)


if __name__ == "__main__":
    notify("Gúrkuhús", "Rakastig 96% í 40 mín — athugið loftun", "critical")
""", secret=slack_webhook())

add("yaml/slack-bot-token", "monitoring/alertmanager/alertmanager.yml", "Prometheus Alertmanager Slack receiver (prometheus.io/docs/alerting/latest/configuration)", r"""
global:
  resolve_timeout: 5m
  slack_api_url: https://slack.com/api/chat.postMessage
route:
  receiver: grodurhus-slack
  group_by: [alertname, house]
  repeat_interval: 2h
receivers:
  - name: grodurhus-slack
    slack_configs:
      - channel: "#grodurhus-vidvaranir"
        http_config:
          authorization:
            credentials: @@secret@@
        send_resolved: true
        title: '{{ .CommonLabels.alertname }} — {{ .CommonLabels.house }}'
""", secret=slack_bot())

add("yaml/decoy-alertmanager-file-ref", "monitoring/alertmanager/alertmanager.reykholt.yml", "Prometheus Alertmanager configuration, *_file fields (prometheus.io/docs/alerting/latest/configuration)", r"""
global:
  resolve_timeout: 5m
  slack_api_url_file: /etc/alertmanager/secrets/slack_webhook
route:
  receiver: reykholt-slack
  group_by: [alertname, house]
receivers:
  - name: reykholt-slack
    slack_configs:
      - channel: "#reykholt"
        send_resolved: true
  - name: reykholt-sms
    webhook_configs:
      - url: http://sms-gateway.monitoring:9095/send
        http_config:
          bearer_token_file: /etc/alertmanager/secrets/sms_gateway_token
""")

add("python/twilio-auth-token", "alarms/sms_alarm.py", "Twilio Python helper library (twilio.com/docs/libraries/python)", r"""
# SMS á vaktsíma ef hiti fellur eða heitavatnsþrýstingur hverfur
from twilio.rest import Client

ACCOUNT_SID = "@@sid@@"
AUTH_TOKEN = "@@secret@@"
FROM = "+3545391234"
ON_CALL = ["+3546901111", "+3546902222"]

client = Client(ACCOUNT_SID, AUTH_TOKEN)


def page(text: str) -> None:
    for number in ON_CALL:
        client.messages.create(body=text, from_=FROM, to=number)
""", secret=hexs(32), sid=twilio_sid())

add("go/sendgrid-api-key", "services/order-mailer/mailer.go", "SendGrid Go library (github.com/sendgrid/sendgrid-go)", r"""
package mailer

import (
	"github.com/sendgrid/sendgrid-go"
	"github.com/sendgrid/sendgrid-go/helpers/mail"
)

// Staðfestingarpóstur fyrir pantanir í heildsölu
var client = sendgrid.NewSendClient("@@secret@@")

func SendConfirmation(toName, toEmail, orderNo string) error {
	from := mail.NewEmail("Hverablóm pantanir", "pantanir@hverablom.is")
	to := mail.NewEmail(toName, toEmail)
	subject := "Pöntun " + orderNo + " móttekin"
	body := "Takk fyrir pöntunina. Afhending er næsta virka dag frá Hveragerði."
	msg := mail.NewSingleEmail(from, subject, to, body, "")
	_, err := client.Send(msg)
	return err
}
""", secret=sendgrid_key())

add("markdown/mqtt-password", "docs/handover/2024-vaktaskipti.md", "Team handover notes (internal wiki convention)", r"""
# Vaktaskipti — Jón → Sigrún (mars 2024)

Hæ Sigrún, hér er það helsta áður en ég fer í leyfi.

## Kerfi
- Loftslagstölva: Priva Connext, aðgangur í gegnum Priva Office á skrifstofutölvunni.
- MQTT miðlari: `mqtt.hverablom.is`, notandi `ops-admin`, lykilorð `@@secret@@`
  (ég hef ekki náð að setja það í 1Password, gerðu það endilega).
- Grafana: https://grafana.hverablom.is — þú ert með admin.

## Opið
1. LED-lamparnir í GH2 (röð 4) detta út eftir kl. 22 — Ljósvirki kemur á fimmtudag.
2. CO2 skömmtun í gúrkuhúsi of há á nóttunni, lækkaði setpunkt í 700 ppm.
3. Heitavatnsreikningur frá Veitum fyrir febrúar er hærri en venjulega, skoða mæli.
""", secret=words_pw())

add("markdown/decoy-runbook-placeholders", "docs/runbooks/nyr-skynjari.md", "Team runbook convention", r"""
# Nýr skynjari tengdur (LoRaWAN)

1. Skráðu tækið í The Things Stack undir `hverablom-soil-sensors`.
2. Búðu til AppKey með `ttn-lw-cli end-devices create ... --with-root-keys`.
3. Settu AppKey í Vault: `vault kv put secret/ttn/<device_id> app_key=<APPKEY>`
4. Bættu tækinu við `lorawan/ttn/devices.yaml` með `app_key: ${TTN_APPKEY_<DEVICE>}`.
5. Sannreyndu í Grafana að mælingar berist (mælaborð *Jarðvegur*).

> Aldrei setja AppKey eða API lykla beint í git. Dæmi í skjölum: `NNSXS.XXXXXXXX...`
""")

add("markdown/router-admin-password", "docs/net/utstodvar.md", "Network inventory notes (internal wiki convention)", r"""
# Netbúnaður — Flúðagarðar

| Tæki | IP | Notandi | Lykilorð | Athugasemd |
|------|----|---------|----------|------------|
| Mikrotik hEX (aðalbeinir) | 10.30.0.1 | admin | @@secret@@ | Síminn ljósleiðari |
| UniFi Cloud Key | 10.30.0.5 | ubnt-admin | (sjá 1Password) | |
| Rofi GH1 | 10.30.1.2 | — | SSH lykill | |
| Rofi pökkunarhús | 10.30.4.2 | — | SSH lykill | |

Wi-Fi gesta: `Fludagardar-Gestir`, lykilorð prentað á skilti í móttöku.
VPN: WireGuard á aðalbeini, lyklar í `ops/wireguard/` (dulkóðað með age).
""", secret=rand_pw(12, "!#"))

add("markdown/decoy-architecture", "docs/arkitektur.md", "Architecture overview (internal docs convention)", r"""
# Arkitektúr — gagnaflæði úr gróðurhúsum

```
[Priva Connext] --Modbus--> [MGate] --MQTT/TLS--> [mqtt.hverablom.is]
[LoRa skynjarar] --TTN--> [webhook ingest] --------^
[mqtt] --> [climate-bridge] --> [InfluxDB] --> [Grafana]
```

- Tæki: auðkennd með DevEUI (t.d. `70B3D57ED0059A21`).
- InfluxDB org id: `0a1b2c3d4e5f6a7b`, bucket id: `7f8e9d0c1b2a3948`.
- Allir lyklar eru í Vault (`secret/mqtt/*`, `secret/influx/*`) og sprautað inn í Kubernetes með External Secrets.
- Öryggisafrit: daglega kl. 03:00 í S3 (`hverablom-backups`, SSE-KMS).
""")

add("python/private-key", "ops/sftp/veitur_meter_upload.py", "Paramiko SFTP with an in-memory key (docs.paramiko.org)", r"""
# Sendir mánaðarlega mælagögn (heitt vatn) til orkusala með SFTP
import io
import paramiko

KEY = '''@@secret@@'''

HOST = "sftp.orkusali.example.is"
USER = "hverablom"


def upload(local_path: str, remote_name: str) -> None:
    pkey = paramiko.RSAKey.from_private_key(io.StringIO(KEY))
    t = paramiko.Transport((HOST, 22))
    t.connect(username=USER, pkey=pkey)
    sftp = paramiko.SFTPClient.from_transport(t)
    sftp.put(local_path, f"/inbox/{remote_name}")
    t.close()
""", secret=pem())

add("yaml/private-key", "deploy/k8s/gitops/flux-deploy-key.yaml", "Flux Git repository SSH auth (fluxcd.io/flux/components/source/gitrepositories)", r"""
apiVersion: v1
kind: Secret
metadata:
  name: flux-system
  namespace: flux-system
type: Opaque
stringData:
  known_hosts: github.com ecdsa-sha2-nistp256 AAAAE2VjZHNhLXNoYTItbmlzdHAyNTYAAAAIbmlzdHAyNTYAAABBBEmKSENjQEezOmxkZMy7opKgwFB9nkt5YRrYMjNuG5N87uRgg6CLrbo5wAdT/y6v0mKV0U2w0WZ2YB/++Tpockg=
  identity: |
    @@key@@
""", secret=(_k := pem("OPENSSH")), key=_k.replace("\n", "\n    "))

add("text/decoy-public-key", "ops/ssh/authorized_keys.d/starfsfolk.pub", "OpenSSH authorized_keys format (man.openbsd.org/sshd#AUTHORIZED_KEYS_FILE_FORMAT)", r"""
# Starfsfólk með SSH aðgang að gróðurhúsaþjónum
ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI@@k1@@ jon@hverablom.is
ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI@@k2@@ sigrun@hverablom.is
ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI@@k3@@ gunnar@hverablom.is
ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABgQ@@k4@@ ci-deploy@hverablom
""", k1=fakes.drawn(_seed(), 43, ALNUM + "+/"), k2=fakes.drawn(_seed(), 43, ALNUM + "+/"),
    k3=fakes.drawn(_seed(), 43, ALNUM + "+/"), k4=fakes.drawn(_seed(), 340, ALNUM + "+/"))

add("json/decoy-firebase-config", "pakkhus-app/src/firebase-config.json", "Firebase web config is public (firebase.google.com/docs/projects/api-keys)", r"""
{
  "apiKey": "AIza@@k@@",
  "authDomain": "pakkhus-hverablom.firebaseapp.com",
  "projectId": "pakkhus-hverablom",
  "storageBucket": "pakkhus-hverablom.appspot.com",
  "messagingSenderId": "418203948812",
  "appId": "1:418203948812:web:@@app@@",
  "measurementId": "G-7QK2XWZ4PL"
}
""", k=fakes.drawn(_seed(), 35, ALNUM + "-_"), app=hexs(22))

add("json/google-service-account-key", "pakkhus-app/functions/service-account.json", "Google Cloud service account keys (cloud.google.com/iam/docs/keys-create-delete)", r"""
{
  "type": "service_account",
  "project_id": "pakkhus-hverablom",
  "private_key_id": "@@kid@@",
  "private_key": "@@pk@@",
  "client_email": "firebase-adminsdk-x81qz@pakkhus-hverablom.iam.gserviceaccount.com",
  "client_id": "104839201938475610293",
  "auth_uri": "https://accounts.google.com/o/oauth2/auth",
  "token_uri": "https://oauth2.googleapis.com/token",
  "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",
  "client_x509_cert_url": "https://www.googleapis.com/robot/v1/metadata/x509/firebase-adminsdk-x81qz%40pakkhus-hverablom.iam.gserviceaccount.com"
}
""", secret=(_g := fakes.fake_pem(_seed(), "").replace("BEGIN  PRIVATE", "BEGIN PRIVATE").replace(
    "END  PRIVATE", "END PRIVATE").replace("\n", "\\n") + "\\n"), pk=_g, kid=hexs(40))

add("typescript/decoy-google-client-id", "pakkhus-app/src/auth.ts", "Google Identity Services client IDs (developers.google.com/identity/gsi/web)", r"""
// Innskráning starfsfólks í pökkunarhúsi með Google Workspace (@hverablom.is)
export const GOOGLE_CLIENT_ID = "@@cid@@";

export function initGoogleLogin(onToken: (jwt: string) => void) {
  window.google.accounts.id.initialize({
    client_id: GOOGLE_CLIENT_ID,
    hd: "hverablom.is",
    callback: (resp: { credential: string }) => onToken(resp.credential),
  });
  window.google.accounts.id.prompt();
}
""", cid=google_client_id())

add("notebook/openai-api-key", "analysis/uppskeruspa.ipynb", "Jupyter notebook format (nbformat.readthedocs.io) with the OpenAI Python client", r"""
{
 "cells": [
  {
   "cell_type": "markdown",
   "metadata": {},
   "source": ["# Uppskeruspá — tómatar GH1/GH2\n", "Prófun: láta LLM draga saman vikuskýrslur ræktunarstjóra."]
  },
  {
   "cell_type": "code",
   "execution_count": 3,
   "metadata": {},
   "outputs": [],
   "source": [
    "import pandas as pd\n",
    "from openai import OpenAI\n",
    "client = OpenAI(api_key=\"@@secret@@\")\n",
    "df = pd.read_csv('../exports/vikuskyrslur_2024.csv')"
   ]
  },
  {
   "cell_type": "code",
   "execution_count": 4,
   "metadata": {},
   "outputs": [],
   "source": [
    "resp = client.chat.completions.create(model='gpt-4o-mini', messages=[{'role': 'user', 'content': df.to_csv()[:8000]}])\n",
    "print(resp.choices[0].message.content)"
   ]
  }
 ],
 "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""", secret=fakes.openai_key(_seed()))

add("notebook/decoy-getpass", "analysis/orkunotkun.ipynb", "Jupyter notebook format (nbformat.readthedocs.io)", r"""
{
 "cells": [
  {
   "cell_type": "markdown",
   "metadata": {},
   "source": ["# Orkunotkun á kg af tómötum\n", "Heitt vatn (m3) og raforka (kWh) frá mælum, 2023."]
  },
  {
   "cell_type": "code",
   "execution_count": 1,
   "metadata": {},
   "outputs": [],
   "source": [
    "import getpass, os\n",
    "from influxdb_client import InfluxDBClient\n",
    "token = os.environ.get('INFLUX_TOKEN') or getpass.getpass('Influx token: ')\n",
    "client = InfluxDBClient(url='https://influx.fludagardar.is:8086', token=token, org='fludagardar')"
   ]
  },
  {
   "cell_type": "code",
   "execution_count": 2,
   "metadata": {},
   "outputs": [{"name": "stdout", "output_type": "stream", "text": ["kWh/kg: 18.4, m3/kg: 0.92\n"]}],
   "source": ["summary = energy_per_kg(client, 2023)\n", "print(summary)"]
  }
 ],
 "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""")


# ---------------------------------------------------------------- devices, cameras, shipping, more languages
add("rust/mqtt-password", "edge-rs/src/config.rs", "rumqttc MqttOptions credentials (docs.rs/rumqttc)", r"""
use rumqttc::{MqttOptions, Transport};
use std::time::Duration;

/// Tenging við HiveMQ Cloud fyrir ljósastýringu í blómahúsi
pub fn mqtt_options() -> MqttOptions {
    let mut opts = MqttOptions::new(
        "flower-house-lights",
        "b7c1f0e2a9d84c3e.s1.eu.hivemq.cloud",
        8883,
    );
    opts.set_credentials("blomahus-edge", "@@secret@@");
    opts.set_keep_alive(Duration::from_secs(30));
    opts.set_transport(Transport::tls_with_default_config());
    opts
}
""", secret=rand_pw(20))

add("swift/api-key", "VaktApp/VaktApp/Config/Secrets.swift", "Swift app configuration constants (developer.apple.com/documentation)", r"""
import Foundation

// Vaktappið fyrir ræktunarstjóra (iOS) — sýnir viðvaranir úr gróðurhúsunum
enum Secrets {
    static let apiBaseURL = URL(string: "https://api.hverablom.is/v2")!
    static let apiKey = "hvb_live_@@k@@"
    static let sentryDSN = "https://4f1a2b3c4d5e6f70@o450123.ingest.sentry.io/5512345"
}
""", secret="hvb_live_" + (_a := alnum(40)), k=_a)

add("powershell/ldap-password", "ops/windows/Sync-StarfsfolkAD.ps1", "PowerShell PSCredential and ActiveDirectory module (learn.microsoft.com/powershell)", r"""
# Samstillir starfsmannalista (árstíðarstarfsfólk í tínslu) úr launakerfi yfir í AD
Import-Module ActiveDirectory

$svcUser = "HVERABLOM\svc-adsync"
$svcPass = ConvertTo-SecureString "@@secret@@" -AsPlainText -Force
$cred = New-Object System.Management.Automation.PSCredential($svcUser, $svcPass)

$starfsfolk = Import-Csv -Path "\\fs01\laun\starfsfolk_export.csv" -Encoding UTF8
foreach ($s in $starfsfolk) {
    $sam = $s.Netfang.Split("@")[0]
    if (-not (Get-ADUser -Filter "SamAccountName -eq '$sam'" -Credential $cred)) {
        New-ADUser -Name $s.Nafn -SamAccountName $sam -Path "OU=Tinsla,DC=hverablom,DC=local" -Credential $cred -Enabled $false
    }
}
""", secret=words_pw())

add("powershell/decoy-get-secret", "ops/windows/Backup-PrivaDb.ps1", "PowerShell SecretManagement (learn.microsoft.com/powershell/utility-modules/secretmanagement)", r"""
# Afritar Priva gagnagrunn (SQL Express) á skrifstofuvél yfir á NAS
Import-Module Microsoft.PowerShell.SecretManagement
$cred = Get-Secret -Name "NAS-Backup" -Vault "HverablomVault"
$stamp = Get-Date -Format "yyyyMMdd"
$file = "C:\Backup\PrivaOffice_$stamp.bak"
Invoke-Sqlcmd -ServerInstance ".\SQLEXPRESS" -Query "BACKUP DATABASE [PrivaOffice] TO DISK = N'$file' WITH COMPRESSION"
New-PSDrive -Name NAS -PSProvider FileSystem -Root "\\nas01\afrit" -Credential $cred | Out-Null
Copy-Item $file "NAS:\priva\" -Force
Remove-PSDrive NAS
""")

add("xml/ftp-password", "cameras/axis-gh1/ftp-upload.xml", "AXIS VAPIX event and upload configuration (developer.axis.com/vapix)", r"""
<?xml version="1.0" encoding="UTF-8"?>
<!-- Axis M3106 í GH1: tímabilsmynd á 10 mín fresti á FTP -->
<Recipient>
  <Name>plant-timelapse-ftp</Name>
  <Type>ftp</Type>
  <Host>ftp.hverablom.is</Host>
  <Port>21</Port>
  <Folder>/timelapse/gh1</Folder>
  <User>cam-gh1</User>
  <Password>@@secret@@</Password>
  <PassiveMode>true</PassiveMode>
  <FileName>gh1_%y%m%d_%H%M%S.jpg</FileName>
</Recipient>
""", secret=rand_pw(12))

add("shell/device-admin-password", "cameras/provision-axis.sh", "AXIS VAPIX pwdgrp.cgi (developer.axis.com/vapix/network-video/user-management)", r"""
#!/usr/bin/env bash
# Setur upp nýja Axis myndavél í gróðurhúsi: lykilorð, NTP, tímabelti
set -e
IP="$1"
curl --digest -u root:pass "http://$IP/axis-cgi/pwdgrp.cgi?action=update&user=root&pwd=@@secret@@"
curl --digest -u "root:@@secret@@" "http://$IP/axis-cgi/param.cgi?action=update&Time.NTP.Server=10.20.0.1&Time.POSIXTimeZone=GMT0"
curl --digest -u "root:@@secret@@" "http://$IP/axis-cgi/param.cgi?action=update&Network.HostName=cam-$(echo $IP | tr . -)"
echo "Myndavél $IP tilbúin"
""", secret=rand_pw(14))

add("csv/device-admin-password", "exports/taekjalisti_2024.csv", "Asset inventory CSV export (spreadsheet convention)", r"""
tæki,staðsetning,ip,notandi,lykilorð,raðnúmer,athugasemd
Axis M3106 myndavél,GH1 norður,10.20.1.31,root,@@p1@@,ACCC8EF4A021,
Axis M3106 myndavél,GH2 suður,10.20.2.31,root,@@secret@@,ACCC8EF4A022,
Moxa MGate MB3180,ketilhús,10.20.1.15,admin,(sjá tæki),TAGHB1092833,
Priva Compass,skrifstofa,10.20.0.20,priva,(Priva þjónusta),PRV-22-04412,
UniFi U6-Pro,pökkunarhús,10.20.4.10,—,SSH lykill,E063DA2F7C11,
""", secret=rand_pw(12), p1=rand_pw(12))

add("java/eimskip-api-key", "flutningar/src/main/java/is/hverablom/flutningar/EimskipClient.java", "REST API key header convention (vendor API portal)", r"""
package is.hverablom.flutningar;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** Bókar kælisendingar (blóm til Færeyja og Grænlands) hjá flutningsaðila. */
public class EimskipClient {
    private static final String BASE = "https://api.eimskip.example/shipping/v1";
    private static final String API_KEY = "@@secret@@";
    private final HttpClient http = HttpClient.newHttpClient();

    public String trackContainer(String containerNo) throws Exception {
        HttpRequest req = HttpRequest.newBuilder(URI.create(BASE + "/containers/" + containerNo))
                .header("Ocp-Apim-Subscription-Key", API_KEY)
                .GET().build();
        return http.send(req, HttpResponse.BodyHandlers.ofString()).body();
    }
}
""", secret=hexs(32))

add("typescript/dropp-api-key", "storefront/src/server/shipping/dropp.ts", "Bearer-token REST client (fetch API, developer.mozilla.org)", r"""
// Heimsending á blómvöndum um höfuðborgarsvæðið
const DROPP_URL = "https://api.dropp.is/dropp/api/v1";
const DROPP_KEY = "@@secret@@";

export async function createDelivery(order: { id: string; address: string; phone: string; name: string }) {
  const res = await fetch(`${DROPP_URL}/orders`, {
    method: "POST",
    headers: {
      Authorization: `Basic ${DROPP_KEY}`,
      "Content-Type": "application/json",
    },
    body: JSON.stringify({ reference: order.id, recipient: order }),
  });
  if (!res.ok) throw new Error(`Dropp villa ${res.status}`);
  return res.json();
}
""", secret=b64("blomabud@hverablom.is:" + rand_pw(16)))

add("ruby/decoy-rails-credentials-ref", "heildsala/config/initializers/payday.rb", "Rails encrypted credentials (guides.rubyonrails.org/security.html#custom-credentials)", r"""
# Bókhaldstenging — leyndarmál í config/credentials/production.yml.enc
Payday.configure do |c|
  c.base_url = "https://api.payday.is"
  c.client_id = Rails.application.credentials.dig(:payday, :client_id)
  c.client_secret = Rails.application.credentials.dig(:payday, :client_secret)
  c.timeout = 15
  c.logger = Rails.logger
end
""")

add("ruby/sendgrid-api-key", "heildsala/config/environments/production.rb", "Action Mailer SMTP settings (guides.rubyonrails.org/action_mailer_basics.html)", r"""
Rails.application.configure do
  config.cache_classes = true
  config.eager_load = true
  config.action_mailer.delivery_method = :smtp
  config.action_mailer.default_url_options = { host: "heildsala.hverablom.is", protocol: "https" }
  config.action_mailer.smtp_settings = {
    address: "smtp.sendgrid.net",
    port: 587,
    user_name: "apikey",
    password: "@@secret@@",
    authentication: :plain,
    enable_starttls_auto: true
  }
  config.i18n.default_locale = :is
  config.log_level = :info
end
""", secret=sendgrid_key())

add("plist/decoy-info-plist", "VaktApp/VaktApp/Info.plist", "Apple Information Property List (developer.apple.com/documentation/bundleresources/information_property_list)", r"""
<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
<dict>
  <key>CFBundleDisplayName</key>
  <string>Vakt</string>
  <key>CFBundleIdentifier</key>
  <string>is.hverablom.vakt</string>
  <key>GIDClientID</key>
  <string>@@cid@@</string>
  <key>NSCameraUsageDescription</key>
  <string>Til að taka myndir af plöntum með sjúkdómseinkennum.</string>
  <key>NSLocationWhenInUseUsageDescription</key>
  <string>Til að vita í hvaða gróðurhúsi þú ert.</string>
</dict>
</plist>
""", cid=google_client_id())

add("plist/api-secret", "VaktApp/VaktApp/GoogleService-Info.plist", "Firebase GoogleService-Info.plist and a server key added to it (firebase.google.com/docs/ios/setup)", r"""
<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
<dict>
  <key>BUNDLE_ID</key>
  <string>is.hverablom.vakt</string>
  <key>PROJECT_ID</key>
  <string>vakt-hverablom</string>
  <key>HVB_PUSH_SERVER_SECRET</key>
  <string>@@secret@@</string>
  <key>IS_ANALYTICS_ENABLED</key>
  <false/>
</dict>
</plist>
""", secret=alnum(48))

add("go/decoy-sha256-firmware", "edge/firmware/manifest.go", "Go embed of firmware checksums (pkg.go.dev/crypto/sha256)", r"""
package firmware

// Sannprófaðar fastbúnaðarútgáfur fyrir skynjarahnúta (ESP32) í gróðurhúsum.
var Manifest = map[string]struct {
	Version string
	SHA256  string
}{
	"soil-node":   {"1.4.2", "@@h1@@"},
	"climate-node": {"2.0.1", "@@h2@@"},
	"valve-node":  {"0.9.7", "@@h3@@"},
}

const UpdateURL = "https://fw.hverablom.is/ota/"
""", h1=hexs(64), h2=hexs(64), h3=hexs(64))

add("sql/decoy-password-hashes", "db/seed/001_notendur.sql", "PostgreSQL pgcrypto crypt() bcrypt hashes (postgresql.org/docs/current/pgcrypto.html)", r"""
-- Upphafsnotendur í vaktkerfinu (lykilorð sett við fyrstu innskráningu)
INSERT INTO users (email, display_name, role, password_hash, must_change_password) VALUES
  ('jon@hverablom.is', 'Jón Gunnarsson', 'admin', '$2b$12$@@h1@@', true),
  ('sigrun@hverablom.is', 'Sigrún Helgadóttir', 'grower', '$2b$12$@@h2@@', true),
  ('vakt@hverablom.is', 'Vaktsími', 'viewer', '$2b$12$@@h3@@', true);
""", h1=fakes.drawn(_seed(), 53, ALNUM + "./"), h2=fakes.drawn(_seed(), 53, ALNUM + "./"),
    h3=fakes.drawn(_seed(), 53, ALNUM + "./"))

add("sql/mysql-password", "db/ops/create_priva_reader.sql", "MySQL CREATE USER (dev.mysql.com/doc/refman/8.0/en/create-user.html)", r"""
-- Priva Office export -> MySQL (gamla skýrslukerfið í pökkunarhúsi)
CREATE USER IF NOT EXISTS 'priva_reader'@'10.20.%' IDENTIFIED BY '@@secret@@';
GRANT SELECT ON climate_export.* TO 'priva_reader'@'10.20.%';
CREATE USER IF NOT EXISTS 'priva_writer'@'10.20.0.20' IDENTIFIED BY '${PRIVA_WRITER_PW}';
GRANT INSERT, UPDATE ON climate_export.* TO 'priva_writer'@'10.20.0.20';
FLUSH PRIVILEGES;
""", secret=words_pw())

add("log/smtp-password", "logs/order-mailer-2024-05-02.log", "Python logging of a settings dump (docs.python.org/3/library/logging.html)", r"""
2024-05-02 07:00:01,004 INFO  order-mailer starting, version 1.7.3
2024-05-02 07:00:01,006 DEBUG settings loaded: {'SMTP_HOST': 'smtp.office365.com', 'SMTP_PORT': 587, 'SMTP_USER': 'pantanir@hverablom.is', 'SMTP_PASSWORD': '@@secret@@', 'BATCH': 50}
2024-05-02 07:00:02,311 INFO  connected to smtp.office365.com:587 (STARTTLS)
2024-05-02 07:00:03,912 INFO  sent 14 confirmations (heildsala), 0 failed
2024-05-02 07:00:03,913 INFO  order-mailer done in 2.9s
""", secret=words_pw())

add("log/decoy-request-ids", "logs/storefront-access-2024-05-02.log", "NGINX combined log format with request ids (nginx.org/en/docs/http/ngx_http_log_module.html)", r"""
10.0.3.12 - - [02/May/2024:09:14:02 +0000] "GET /askrift?utm_source=fb HTTP/2.0" 200 18234 "-" "Mozilla/5.0" rid=@@r1@@
10.0.3.12 - - [02/May/2024:09:14:05 +0000] "POST /api/checkout HTTP/2.0" 200 212 "https://blomabud.is/askrift" "Mozilla/5.0" rid=@@r2@@
10.0.3.12 - - [02/May/2024:09:14:09 +0000] "GET /takk?session=cs_live_a1Kp0 HTTP/2.0" 200 9120 "-" "Mozilla/5.0" rid=@@r3@@
10.0.7.44 - - [02/May/2024:09:15:31 +0000] "POST /api/webhooks/stripe HTTP/1.1" 200 2 "-" "Stripe/1.0" rid=@@r4@@
10.0.7.44 - - [02/May/2024:09:15:32 +0000] "GET /health HTTP/1.1" 200 2 "-" "kube-probe/1.29" rid=@@r5@@
""", r1=hexs(32), r2=hexs(32), r3=hexs(32), r4=hexs(32), r5=hexs(32))

add("kotlin/decoy-buildconfig-field", "pos-app/app/build.gradle.kts", "Android BuildConfig fields from local.properties (developer.android.com/build/gradle-tips)", r"""
import java.util.Properties

plugins {
    id("com.android.application")
    kotlin("android")
}

val localProps = Properties().apply {
    val f = rootProject.file("local.properties")
    if (f.exists()) load(f.inputStream())
}

android {
    namespace = "is.fludagardar.pos"
    compileSdk = 34
    defaultConfig {
        applicationId = "is.fludagardar.pos"
        minSdk = 26
        buildConfigField("String", "STRIPE_PK", "\"${localProps.getProperty("stripe.pk", "")}\"")
        buildConfigField("String", "API_BASE", "\"https://pos.fludagardar.is/api/\"")
    }
    buildFeatures { buildConfig = true }
}
""")

add("properties/stripe-secret-key", "pos-app/local.properties", "Android local.properties (developer.android.com/studio/build)", r"""
## This file must *NOT* be checked into Version Control Systems,
# as it contains information specific to your local configuration.
sdk.dir=/Users/gunnar/Library/Android/sdk
stripe.pk=@@pk@@
stripe.sk=@@secret@@
""", secret=stripe_key(), pk=stripe_key("pk_live_"))


# ---------------------------------------------------------------- home automation style controllers
add("yaml/wifi-password", "esphome/gh4-vent-node.yaml", "ESPHome wifi and api configuration (esphome.io/components/wifi)", r"""
esphome:
  name: gh4-vent-node
  friendly_name: Loftun GH4
esp32:
  board: esp32dev
wifi:
  ssid: "Hverablom-IoT"
  password: "@@secret@@"
  ap:
    ssid: "gh4-vent-fallback"
    password: "@@ap@@"
api:
  encryption:
    key: !secret api_key_gh4
ota:
  - platform: esphome
    password: !secret ota_password
sensor:
  - platform: sht3xd
    temperature: {name: "GH4 hiti"}
    humidity: {name: "GH4 raki"}
    address: 0x44
""", secret=words_pw(), ap=rand_pw(12))

add("yaml/decoy-esphome-secrets-refs", "esphome/gh1-soil-node.yaml", "ESPHome secrets (esphome.io/guides/yaml#secrets-and-the-secrets-yaml-file)", r"""
esphome:
  name: gh1-soil-node
  friendly_name: Jarðvegur GH1
esp32:
  board: esp32-c3-devkitm-1
wifi:
  ssid: !secret wifi_ssid
  password: !secret wifi_password
api:
  encryption:
    key: !secret api_key_gh1
ota:
  - platform: esphome
    password: !secret ota_password
sensor:
  - platform: adc
    pin: GPIO2
    name: "GH1 jarðvegsraki"
    update_interval: 60s
""")

add("yaml/esphome-api-encryption-key", "esphome/secrets.yaml", "ESPHome native API encryption key (esphome.io/components/api)", r"""
# ESPHome leyndarmál — ATH: þessi skrá á að vera í .gitignore!
wifi_ssid: "Hverablom-IoT"
wifi_password: "@@wifi@@"
api_key_gh1: "@@secret@@"
api_key_gh4: "@@k4@@"
ota_password: "@@ota@@"
""", secret=base64.b64encode(_rng().randbytes(32)).decode(),
    k4=base64.b64encode(_rng().randbytes(32)).decode(), wifi=words_pw(), ota=hexs(32))

add("yaml/zigbee-network-key", "zigbee2mqtt/data/configuration.yaml", "Zigbee2MQTT configuration (zigbee2mqtt.io/guide/configuration)", r"""
homeassistant: false
frontend:
  port: 8080
mqtt:
  base_topic: zigbee2mqtt
  server: mqtt://10.20.0.10:1883
  user: z2m
  password: @@secret@@
serial:
  port: /dev/ttyUSB0
advanced:
  network_key: [@@nk@@]
  pan_id: 6754
  channel: 15
devices:
  '0x00158d0008a1b2c3':
    friendly_name: blomahus/hitamaelir-1
""", secret=rand_pw(20), nk=", ".join(str(_rng().randint(0, 255)) for _ in range(16)))

add("yaml/decoy-home-assistant-config", "homeassistant/configuration.yaml", "Home Assistant secrets (home-assistant.io/docs/configuration/secrets)", r"""
homeassistant:
  name: Blómahús
  latitude: !secret home_latitude
  longitude: !secret home_longitude
  time_zone: Atlantic/Reykjavik
  unit_system: metric
mqtt:
  sensor:
    - name: "Blómahús hiti"
      state_topic: "zigbee2mqtt/blomahus/hitamaelir-1"
      value_template: "{{ value_json.temperature }}"
      unit_of_measurement: "°C"
notify:
  - platform: telegram
    name: vakt
    chat_id: !secret telegram_chat_id
telegram_bot:
  - platform: polling
    api_key: !secret telegram_bot_token
    allowed_chat_ids:
      - !secret telegram_chat_id
""")

add("yaml/telegram-bot-token", "homeassistant/secrets.yaml", "Home Assistant secrets.yaml (home-assistant.io/docs/configuration/secrets)", r"""
# Home Assistant — blómahús
home_latitude: 64.0
home_longitude: -21.2
telegram_chat_id: -1001849203311
telegram_bot_token: "@@secret@@"
influx_token: ""
""", secret=fakes.telegram_token(_seed()))

add("javascript/node-red-credential-secret", "node-red/settings.js", "Node-RED settings.js credentialSecret (nodered.org/docs/user-guide/runtime/settings-file)", r"""
// Node-RED í stjórnherbergi Reykholti — vökvunarstýring
module.exports = {
    uiPort: process.env.PORT || 1880,
    flowFile: "flows.json",
    credentialSecret: "@@secret@@",
    adminAuth: {
        type: "credentials",
        users: [{
            username: "admin",
            password: "$2b$08$@@hash@@",
            permissions: "*"
        }]
    },
    functionGlobalContext: { houses: ["gh1", "gh2", "gh3", "gh4"] },
    logging: { console: { level: "info", metrics: false, audit: false } }
};
""", secret=rand_pw(32), hash=fakes.drawn(_seed(), 53, ALNUM + "./"))

add("javascript/decoy-node-red-env", "node-red/settings.reykholt.js", "Node-RED settings.js with environment variables (nodered.org/docs/user-guide/environment-variables)", r"""
module.exports = {
    uiPort: process.env.PORT || 1880,
    flowFile: "flows.json",
    credentialSecret: process.env.NODE_RED_CREDENTIAL_SECRET,
    adminAuth: require("./user-authentication"),
    httpNodeAuth: { user: process.env.HTTP_USER, pass: process.env.HTTP_PASS_BCRYPT },
    editorTheme: { page: { title: "Vökvun — Reykholt" } },
    logging: { console: { level: "info" } }
};
""")

add("json/mqtt-password", "node-red/flows.json", "Node-RED flow export with an MQTT broker node (nodered.org/docs/user-guide/editor/workspace/import-export)", r"""
[
  {"id": "a1f3c2d4e5b60718", "type": "tab", "label": "Vökvun GH1-GH4"},
  {"id": "b2e4d3c5f6a71829", "type": "mqtt-broker", "name": "mqtt.hverablom.is",
   "broker": "mqtt.hverablom.is", "port": "8883", "usetls": true, "clientid": "node-red-reykholt",
   "credentials": {"user": "nodered", "password": "@@secret@@"}},
  {"id": "c3f5e4d6a7b8293a", "type": "mqtt in", "z": "a1f3c2d4e5b60718", "name": "jarðvegsraki",
   "topic": "greenhouse/+/soil/moisture", "qos": "1", "broker": "b2e4d3c5f6a71829", "wires": [["d4a6f5e7b8c9304b"]]},
  {"id": "d4a6f5e7b8c9304b", "type": "function", "z": "a1f3c2d4e5b60718", "name": "of þurrt?",
   "func": "if (msg.payload < 28) { msg.payload = 'ON'; return msg; }", "wires": [["e5b7a6f8c9d0415c"]]},
  {"id": "e5b7a6f8c9d0415c", "type": "mqtt out", "z": "a1f3c2d4e5b60718", "name": "loki",
   "topic": "greenhouse/gh1/valve/set", "broker": "b2e4d3c5f6a71829", "wires": []}
]
""", secret=rand_pw(18))

add("env/django-secret-key", "vakt-api/.env", "django-environ .env files (django-environ.readthedocs.io)", r"""
DEBUG=False
ALLOWED_HOSTS=api.hverablom.is
SECRET_KEY=@@secret@@
DATABASE_URL=postgres://vakt:${VAKT_DB_PASSWORD}@db.hverablom.local:5432/vakt
CELERY_BROKER_URL=redis://redis.hverablom.local:6379/0
LANGUAGE_CODE=is
TIME_ZONE=Atlantic/Reykjavik
""", secret=fakes.django_secret_key(_seed()))

add("python/postgres-password", "vakt-api/vakt/settings/production.py", "dj-database-url (github.com/jazzband/dj-database-url)", r"""
from .base import *  # noqa: F401,F403
import dj_database_url

DEBUG = False
ALLOWED_HOSTS = ["api.hverablom.is"]
DATABASES = {
    "default": dj_database_url.parse(
        "postgres://vakt:@@secret@@@db.hverablom.local:5432/vakt",
        conn_max_age=600,
    )
}
CSRF_TRUSTED_ORIGINS = ["https://api.hverablom.is", "https://vakt.hverablom.is"]
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
""", secret=rand_pw(22))

add("python/redis-password", "vakt-api/vakt/celery.py", "Celery broker URL with Redis auth (docs.celeryq.dev/en/stable/getting-started/backends-and-brokers/redis.html)", r"""
import os

from celery import Celery

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "vakt.settings.production")

app = Celery("vakt")
app.conf.broker_url = "redis://:@@secret@@@redis.hverablom.local:6379/0"
app.conf.result_backend = "redis://:@@secret@@@redis.hverablom.local:6379/1"
app.conf.timezone = "Atlantic/Reykjavik"
app.conf.beat_schedule = {
    "athuga-hitastig": {"task": "alarms.tasks.check_temperatures", "schedule": 60.0},
    "vikuskyrsla": {"task": "reports.tasks.weekly_yield", "schedule": 7 * 24 * 3600.0},
}
app.autodiscover_tasks()
""", secret=fakes.redis_password(_seed()))

add("python/decoy-settings-env", "vakt-api/vakt/settings/base.py", "Django settings from environment (docs.djangoproject.com/en/5.0/topics/settings)", r"""
import os
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent.parent
SECRET_KEY = os.environ["SECRET_KEY"]
DEBUG = os.environ.get("DEBUG", "False") == "True"
INSTALLED_APPS = [
    "django.contrib.admin", "django.contrib.auth", "django.contrib.contenttypes",
    "rest_framework", "alarms", "houses", "reports",
]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator", "OPTIONS": {"min_length": 12}},
]
LANGUAGE_CODE = "is"
TIME_ZONE = "Atlantic/Reykjavik"
STRIPE_SECRET_KEY = os.getenv("STRIPE_SECRET_KEY", "")
""")

add("python/decoy-regex-validators", "vakt-api/reports/redact.py", "Python re module (docs.python.org/3/library/re.html)", r"""
# Hylur lykla í villuskilaboðum áður en þau fara á Slack
import re

PATTERNS = [
    re.compile(r"sk_(live|test)_[0-9a-zA-Z]{24,99}"),
    re.compile(r"xox[abp]-[0-9]+-[0-9]+-[0-9A-Za-z]{24}"),
    re.compile(r"NNSXS\.[A-Z0-9]{39}\.[A-Z0-9]{52}"),
    re.compile(r"(?i)(password|lykilord)=([^&\s]+)"),
]


def redact(text: str) -> str:
    for p in PATTERNS:
        text = p.sub("[falið]", text)
    return text
""")

add("ini/postgres-password", "ops/backup/.pgpass", "PostgreSQL password file (postgresql.org/docs/current/libpq-pgpass.html)", r"""
# hostname:port:database:username:password
db.hverablom.local:5432:vakt:backup:@@secret@@
db.hverablom.local:5432:sala:backup:@@secret@@
localhost:5432:*:postgres:@@local@@
# staging
db-stg.hverablom.local:5432:*:backup:*
""", secret=rand_pw(24), local=rand_pw(10))

add("ini/ftp-password", "ops/backup/.netrc", "The .netrc file (everything.curl.dev/usingcurl/netrc)", r"""
# FTP í myndageymslu (tímabilsmyndir) og NAS
machine ftp.hverablom.is
  login timelapse
  password @@secret@@
machine nas01.hverablom.local
  login backup
  password @@nas@@
""", secret=rand_pw(16), nas=rand_pw(16))

add("shell/decoy-pg-dump-env", "ops/backup/nightly.sh", "pg_dump with PGPASSFILE (postgresql.org/docs/current/libpq-envars.html)", r"""
#!/usr/bin/env bash
# Næturafrit af gagnagrunnum (vakt, sala) -> S3
set -euo pipefail
export PGPASSFILE=/home/backup/.pgpass
STAMP=$(date +%F)
for db in vakt sala; do
  pg_dump -h db.hverablom.local -U backup -Fc "$db" > "/srv/backup/$db-$STAMP.dump"
  aws s3 cp "/srv/backup/$db-$STAMP.dump" "s3://hverablom-backups/pg/$db/" --sse aws:kms
done
find /srv/backup -name '*.dump' -mtime +7 -delete
""")

add("ini/wireguard-private-key", "ops/wireguard/wg0.conf", "WireGuard configuration (man7.org/linux/man-pages/man8/wg.8.html)", r"""
# VPN frá skrifstofu Hveragerði í stjórnherbergi Reykholti
[Interface]
Address = 10.99.0.1/24
ListenPort = 51820
PrivateKey = @@secret@@

[Peer]
# Reykholt NUC
PublicKey = @@pub@@
AllowedIPs = 10.99.0.2/32, 10.20.0.0/16
PersistentKeepalive = 25
""", secret=base64.b64encode(_rng().randbytes(32)).decode(), pub=base64.b64encode(_rng().randbytes(32)).decode())

add("ini/decoy-wireguard-peer", "ops/wireguard/peers/reykholt.pub.conf", "WireGuard public keys (wireguard.com/quickstart)", r"""
# Aðeins opinberir lyklar — einkalyklar eru á hverri vél (/etc/wireguard/private.key, 0600)
[Peer]
# Hveragerði skrifstofa
PublicKey = @@p1@@
Endpoint = vpn.hverablom.is:51820
AllowedIPs = 10.99.0.0/24, 10.10.0.0/16
PersistentKeepalive = 25
""", p1=base64.b64encode(_rng().randbytes(32)).decode())

add("toml/ldap-password", "monitoring/grafana/ldap.toml", "Grafana LDAP configuration (grafana.com/docs/grafana/latest/setup-grafana/configure-security/configure-authentication/ldap)", r"""
[[servers]]
host = "dc01.hverablom.local"
port = 636
use_ssl = true
bind_dn = "CN=svc-grafana,OU=Service,DC=hverablom,DC=local"
bind_password = "@@secret@@"
search_filter = "(sAMAccountName=%s)"
search_base_dns = ["OU=Starfsfolk,DC=hverablom,DC=local"]

[[servers.group_mappings]]
group_dn = "CN=Raektun,OU=Groups,DC=hverablom,DC=local"
org_role = "Editor"

[[servers.group_mappings]]
group_dn = "*"
org_role = "Viewer"
""", secret=words_pw())


# ---------------------------------------------------------------- CI, registries, hosting
add("yaml/gitlab-token", ".gitlab-ci.yml", "GitLab CI variables (docs.gitlab.com/ee/ci/variables)", r"""
stages: [test, build, deploy]
variables:
  PIP_INDEX_URL: https://pypi.org/simple
  DEPLOY_TOKEN: "@@secret@@"
test:
  stage: test
  image: python:3.12
  script:
    - pip install -e .[dev]
    - pytest -q
build:
  stage: build
  image: docker:24
  services: [docker:24-dind]
  script:
    - docker build -t registry.gitlab.com/fludagardar/vokvun:$CI_COMMIT_SHORT_SHA .
    - docker push registry.gitlab.com/fludagardar/vokvun:$CI_COMMIT_SHORT_SHA
deploy:
  stage: deploy
  script:
    - curl -H "PRIVATE-TOKEN: $DEPLOY_TOKEN" -X POST "https://gitlab.com/api/v4/projects/48123/trigger/pipeline"
""", secret=gitlab_token())

add("ini/npm-token", "storefront/.npmrc", "npm config, _authToken (docs.npmjs.com/cli/v10/configuring-npm/npmrc)", r"""
registry=https://registry.npmjs.org/
@hverablom:registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=@@secret@@
engine-strict=true
save-exact=true
""", secret=npm_token())

add("json/docker-registry-auth", "ops/docker/config.json", "Docker CLI config.json auths (docs.docker.com/reference/cli/docker/login)", r"""
{
  "auths": {
    "registry.hverablom.is": {
      "auth": "@@auth@@"
    },
    "https://index.docker.io/v1/": {}
  },
  "credsStore": "",
  "currentContext": "default"
}
""", secret=(_d := b64("deploy:" + rand_pw(20))), auth=_d)

add("terraform/cloudflare-api-token", "infra/terraform/dns.tf", "Cloudflare Terraform provider api_token (registry.terraform.io/providers/cloudflare/cloudflare)", r"""
provider "cloudflare" {
  api_token = "@@secret@@"
}

resource "cloudflare_record" "storefront" {
  zone_id = "9a8b7c6d5e4f30211203f4e5d6c7b8a9"
  name    = "blomabud.is"
  type    = "CNAME"
  value   = "d1a2b3c4d5e6f7.cloudfront.net"
  proxied = true
}

resource "cloudflare_record" "mqtt" {
  zone_id = "9a8b7c6d5e4f30211203f4e5d6c7b8a9"
  name    = "mqtt"
  type    = "A"
  value   = "185.112.145.20"
  proxied = false
}
""", secret=fakes.drawn(_seed(), 40, ALNUM + "_-"))

add("terraform/decoy-cloudflare-env-token", "infra/terraform/dns-reykholt.tf", "Cloudflare provider reads CLOUDFLARE_API_TOKEN (registry.terraform.io/providers/cloudflare/cloudflare/latest/docs)", r"""
# api_token kemur úr CLOUDFLARE_API_TOKEN í Terraform Cloud
provider "cloudflare" {}

resource "cloudflare_record" "grafana" {
  zone_id = "9a8b7c6d5e4f30211203f4e5d6c7b8a9"
  name    = "grafana"
  type    = "CNAME"
  value   = "reykholt-nuc.hverablom.is"
  proxied = true
}
""")

add("python/digitalocean-token", "ops/scripts/snapshot_droplets.py", "DigitalOcean API personal access tokens (docs.digitalocean.com/reference/api)", r"""
# Vikuleg afritun (snapshot) af droplet-um sem keyra vefverslunina
import datetime
import requests

DO_TOKEN = "@@secret@@"
H = {"Authorization": f"Bearer {DO_TOKEN}", "Content-Type": "application/json"}


def snapshot_all(tag: str = "blomabud") -> None:
    droplets = requests.get(f"https://api.digitalocean.com/v2/droplets?tag_name={tag}", headers=H).json()["droplets"]
    stamp = datetime.date.today().isoformat()
    for d in droplets:
        requests.post(f"https://api.digitalocean.com/v2/droplets/{d['id']}/actions",
                      json={"type": "snapshot", "name": f"{d['name']}-{stamp}"}, headers=H)


if __name__ == "__main__":
    snapshot_all()
""", secret=do_token())

add("yaml/datadog-api-key", "ops/datadog/datadog.yaml", "Datadog Agent configuration (docs.datadoghq.com/agent/configuration/agent-configuration-files)", r"""
## Datadog Agent á pökkunarhúsvélinni
api_key: @@secret@@
site: datadoghq.eu
hostname: pakkhus-01
tags:
  - env:prod
  - site:hveragerdi
  - role:packing
logs_enabled: true
process_config:
  process_collection:
    enabled: true
""", secret=hexs(32))

add("github-actions/slack-webhook", ".github/workflows/nightly-yield-report.yml", "GitHub Actions workflow syntax (docs.github.com/actions/using-workflows/workflow-syntax-for-github-actions)", r"""
name: Vikuleg uppskeruskýrsla
on:
  schedule:
    - cron: "0 7 * * 1"
  workflow_dispatch:
jobs:
  report:
    runs-on: ubuntu-latest
    env:
      SLACK_WEBHOOK_URL: @@secret@@
      INFLUX_TOKEN: ${{ secrets.INFLUX_READ_TOKEN }}
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-python@v5
        with: { python-version: "3.12" }
      - run: pip install -r reports/requirements.txt
      - run: python reports/weekly_yield.py --post-to-slack
""", secret=slack_webhook())

add("github-actions/decoy-oidc-deploy", ".github/workflows/deploy-edge.yml", "GitHub Actions OIDC with AWS (docs.github.com/actions/deployment/security-hardening-your-deployments)", r"""
name: Deploy edge images
on:
  push:
    branches: [main]
    paths: ["edge/**"]
permissions:
  id-token: write
  contents: read
jobs:
  build:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: aws-actions/configure-aws-credentials@v4
        with:
          role-to-assume: arn:aws:iam::210987654321:role/github-edge-deploy
          aws-region: eu-west-1
      - uses: aws-actions/amazon-ecr-login@v2
      - run: |
          docker build -t 210987654321.dkr.ecr.eu-west-1.amazonaws.com/edge:${{ github.sha }} edge/
          docker push 210987654321.dkr.ecr.eu-west-1.amazonaws.com/edge:${{ github.sha }}
""")

add("shell/aws-secret-key", "ops/bin/env-aws.sh", "AWS CLI environment variables (docs.aws.amazon.com/cli/latest/userguide/cli-configure-envvars.html)", r"""
# source ops/bin/env-aws.sh  — fyrir handvirka keyrslu á afritun
export AWS_ACCESS_KEY_ID=@@kid@@
export AWS_SECRET_ACCESS_KEY=@@secret@@
export AWS_DEFAULT_REGION=eu-west-1
export BACKUP_BUCKET=hverablom-backups
echo "AWS lyklar settir (backup-notandi)"
""", secret=fakes.aws_secret_key(_seed()), kid=fakes.aws_key_id(_seed()))

add("markdown/decoy-aws-docs-example", "ops/README.md", "AWS documentation example keys (docs.aws.amazon.com/IAM/latest/UserGuide/security-creds.html)", r"""
# Ops

## AWS
Notið `aws sso login --profile hverablom` — engir varanlegir lyklar á fartölvum.
Ef þú þarft að prófa skriftu með lyklum, notaðu dæmin úr skjölum AWS:

```
AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE
AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY
```

## Afritun
- `ops/backup/nightly.sh` keyrir kl. 02:30 á `backup01`.
- Afrit eru geymd í 35 daga (lifecycle regla á `hverablom-backups`).
""")

add("k8s/decoy-external-secret", "deploy/k8s/external-secrets/payday.yaml", "External Secrets Operator ExternalSecret (external-secrets.io/latest/api/externalsecret)", r"""
apiVersion: external-secrets.io/v1beta1
kind: ExternalSecret
metadata:
  name: payday-credentials
  namespace: bokhald
spec:
  refreshInterval: 1h
  secretStoreRef:
    name: vault-backend
    kind: ClusterSecretStore
  target:
    name: payday-credentials
  data:
    - secretKey: client_secret
      remoteRef:
        key: secret/bokhald/payday
        property: client_secret
""")

add("k8s-secret/postgres-password", "deploy/k8s/vakt-api-db.yaml", "Kubernetes Secret data (kubernetes.io/docs/concepts/configuration/secret)", r"""
apiVersion: v1
kind: Secret
metadata:
  name: vakt-api-db
  namespace: vakt
  labels:
    app: vakt-api
type: Opaque
data:
  DATABASE_URL: @@enc@@
  DB_HOST: @@host@@
""", secret=(_p := rand_pw(20)), enc=b64(f"postgres://vakt:{_p}@db.hverablom.local:5432/vakt"),
    host=b64("db.hverablom.local"))

add("k8s-secret/smtp-password", "deploy/k8s/order-mailer-smtp.yaml", "Kubernetes Secret stringData (kubernetes.io/docs/concepts/configuration/secret)", r"""
apiVersion: v1
kind: Secret
metadata:
  name: order-mailer-smtp
  namespace: heildsala
type: Opaque
stringData:
  SMTP_HOST: smtp.office365.com
  SMTP_USER: pantanir@hverablom.is
  SMTP_PASSWORD: "@@secret@@"
""", secret=words_pw())

add("k8s-secret/decoy-empty-template", "deploy/k8s/templates/secret-template.yaml", "Kubernetes Secret manifest (kubernetes.io/docs/concepts/configuration/secret)", r"""
# Sniðmát — fyllt út af CI úr Vault, aldrei með raungildum í git
apiVersion: v1
kind: Secret
metadata:
  name: ${APP_NAME}-env
  namespace: ${NAMESPACE}
type: Opaque
stringData:
  DATABASE_URL: ""
  SECRET_KEY: ""
  SMTP_PASSWORD: ""
""")

add("yaml/postgres-password", "flutningar/src/main/resources/application.yml", "Spring Boot datasource properties (docs.spring.io/spring-boot/docs/current/reference/html/data.html)", r"""
spring:
  application:
    name: flutningar
  datasource:
    url: jdbc:postgresql://db.hverablom.local:5432/flutningar
    username: flutningar
    password: @@secret@@
  jpa:
    hibernate:
      ddl-auto: validate
server:
  port: 8081
flutningar:
  kaeligamar:
    max-temp-c: 6
    default-port: Reykjavik
""", secret=words_pw())

add("yaml/decoy-encrypted-value", "flutningar/src/main/resources/application-prod.yml", "Jasypt Spring Boot encrypted properties (github.com/ulisesbocchio/jasypt-spring-boot)", r"""
spring:
  datasource:
    url: jdbc:postgresql://db.hverablom.local:5432/flutningar
    username: flutningar
    password: ENC(@@enc@@)
flutningar:
  eimskip:
    api-key: ENC(@@enc2@@)
jasypt:
  encryptor:
    password: ${JASYPT_ENCRYPTOR_PASSWORD}
""", enc=fakes.drawn(_seed(), 64, ALNUM + "+/"), enc2=fakes.drawn(_seed(), 88, ALNUM + "+/"))

add("csharp/rabbitmq-password", "Pakkhus/Pakkhus.Worker/Program.cs", "RabbitMQ .NET client ConnectionFactory (rabbitmq.com/client-libraries/dotnet-api-guide)", r"""
using RabbitMQ.Client;
using Pakkhus.Worker;

// Pökkunarlína: vogir senda þyngd á kassa -> biðröð -> merkiprentari
var factory = new ConnectionFactory
{
    HostName = "mq.hverablom.local",
    UserName = "pakkhus",
    Password = "@@secret@@",
    VirtualHost = "/pakkhus",
    DispatchConsumersAsync = true
};

using var connection = factory.CreateConnection("pakkhus-worker");
using var channel = connection.CreateModel();
channel.QueueDeclare("vog.kassar", durable: true, exclusive: false, autoDelete: false);
var consumer = new LabelPrinterConsumer(channel, printerHost: "10.20.4.50");
channel.BasicConsume("vog.kassar", autoAck: false, consumer);
await Task.Delay(Timeout.Infinite);
""", secret=rand_pw(18))

add("xml/decoy-user-secrets-id", "Pakkhus/Pakkhus.Worker/Pakkhus.Worker.csproj", "ASP.NET Core UserSecretsId (learn.microsoft.com/aspnet/core/security/app-secrets)", r"""
<Project Sdk="Microsoft.NET.Sdk.Worker">
  <PropertyGroup>
    <TargetFramework>net8.0</TargetFramework>
    <Nullable>enable</Nullable>
    <ImplicitUsings>enable</ImplicitUsings>
    <UserSecretsId>@@u@@</UserSecretsId>
    <RootNamespace>Pakkhus.Worker</RootNamespace>
  </PropertyGroup>
  <ItemGroup>
    <PackageReference Include="RabbitMQ.Client" Version="6.8.1" />
    <PackageReference Include="Microsoft.Extensions.Hosting" Version="8.0.0" />
  </ItemGroup>
</Project>
""", u=uuid_s())


# ---------------------------------------------------------------- more vendors, Icelandic docs
add("xml/ftp-password", "ops/filezilla/sitemanager.xml", "FileZilla sitemanager.xml (wiki.filezilla-project.org/Site_Manager)", r"""
<?xml version="1.0" encoding="UTF-8"?>
<FileZilla3 version="3.66.4" platform="windows">
  <Servers>
    <Server>
      <Host>ftp.hverablom.is</Host>
      <Port>21</Port>
      <Protocol>0</Protocol>
      <Type>0</Type>
      <User>timelapse</User>
      <Pass encoding="base64">@@enc@@</Pass>
      <Logontype>1</Logontype>
      <Name>Tímabilsmyndir (FTP)</Name>
    </Server>
  </Servers>
</FileZilla3>
""", secret=(_f := rand_pw(14)), enc=b64(_f))

add("python/cloudinary-url", "vefverslun/media/upload_product_images.py", "Cloudinary CLOUDINARY_URL (cloudinary.com/documentation/python_integration)", r"""
# Hleður upp vörumyndum (blómvendir, tómatakassar) á Cloudinary
import os
import cloudinary
import cloudinary.uploader

os.environ["CLOUDINARY_URL"] = "cloudinary://@@api_key@@:@@secret@@@blomabud"
cloudinary.config(secure=True)


def upload(path: str, sku: str) -> str:
    res = cloudinary.uploader.upload(path, public_id=f"vorur/{sku}", overwrite=True,
                                     transformation=[{"width": 1200, "crop": "limit"}])
    return res["secure_url"]
""", secret=fakes.drawn(_seed(), 27, ALNUM + "-_"), api_key=str(_rng().randint(10**14, 10**15)))

add("typescript/decoy-algolia-search-key", "storefront/src/lib/search.ts", "Algolia search-only API key is public (algolia.com/doc/guides/security/api-keys)", r"""
import algoliasearch from "algoliasearch/lite";

// Search-only key: má vera í vafranum. Admin-lykillinn er aðeins á þjóni.
const APP_ID = "J4K8QX2M1P";
const SEARCH_ONLY_KEY = "@@k@@";

export const searchClient = algoliasearch(APP_ID, SEARCH_ONLY_KEY);
export const INDEX = "vorur_is";

export async function searchProducts(q: string) {
  const index = searchClient.initIndex(INDEX);
  return index.search(q, { hitsPerPage: 24, filters: "in_stock:true" });
}
""", k=hexs(32))

add("python/algolia-admin-key", "storefront/scripts/reindex.py", "Algolia admin API key (algolia.com/doc/guides/security/api-keys)", r"""
# Endurbyggir leitarvísinn úr vörulista Shopify (keyrt á nóttunni)
from algoliasearch.search_client import SearchClient

APP_ID = "J4K8QX2M1P"
ADMIN_KEY = "@@secret@@"

client = SearchClient.create(APP_ID, ADMIN_KEY)
index = client.init_index("vorur_is")


def reindex(products):
    records = [{"objectID": p["sku"], "name": p["title"], "price": p["price"], "in_stock": p["qty"] > 0}
               for p in products]
    index.replace_all_objects(records, {"safe": True})
""", secret=hexs(32))

add("yaml/pagerduty-routing-key", "monitoring/alertmanager/pagerduty.yml", "Alertmanager pagerduty_config routing_key (prometheus.io/docs/alerting/latest/configuration/#pagerduty_config)", r"""
route:
  receiver: vakt-pagerduty
  routes:
    - matchers: [severity="critical"]
      receiver: vakt-pagerduty
receivers:
  - name: vakt-pagerduty
    pagerduty_configs:
      - routing_key: @@secret@@
        description: '{{ .CommonAnnotations.summary }}'
        details:
          hus: '{{ .CommonLabels.house }}'
          maeling: '{{ .CommonLabels.metric }}'
""", secret=hexs(32))

add("json/discord-webhook", "alarms/discord.json", "Discord webhooks (discord.com/developers/docs/resources/webhook)", r"""
{
  "name": "Gróðurhúsavakt",
  "enabled": true,
  "webhook_url": "https://discord.com/api/webhooks/@@wid@@/@@secret@@",
  "mention_role": "<@&1192837465012345678>",
  "quiet_hours": {"from": "23:00", "to": "06:00"},
  "levels": ["critical", "warning"]
}
""", secret=fakes.drawn(_seed(), 68, ALNUM + "-_"), wid=str(_rng().randint(10**17, 10**18)))

add("powershell/teams-webhook", "ops/windows/Send-PrivaAlarm.ps1", "Microsoft Teams incoming webhooks (learn.microsoft.com/microsoftteams/platform/webhooks-and-connectors)", r"""
param([string]$Hus, [string]$Skilabod)
# Sendir Priva viðvörun á Teams rás ræktunarteymisins
$uri = "https://hverablom.webhook.office.com/webhookb2/@@g1@@@@@g2@@/IncomingWebhook/@@secret@@/@@g3@@"
$body = @{
    "@type"    = "MessageCard"
    "@context" = "http://schema.org/extensions"
    summary    = "Priva viðvörun"
    title      = "Viðvörun: $Hus"
    text       = $Skilabod
} | ConvertTo-Json
Invoke-RestMethod -Method Post -Uri $uri -Body $body -ContentType "application/json; charset=utf-8"
""", secret=hexs(32), g1=uuid_s(), g2=uuid_s(), g3=uuid_s())

add("env/postmark-server-token", "heildsala/.env.production", "Postmark server API tokens (postmarkapp.com/developer/api/overview)", r"""
RAILS_ENV=production
RAILS_LOG_TO_STDOUT=1
DATABASE_URL=postgres://heildsala@db.hverablom.local/heildsala
POSTMARK_API_TOKEN=@@secret@@
MAIL_FROM=pantanir@hverablom.is
PAYDAY_CLIENT_ID=c7a1e2f4b9d84e0fa3b5c6d7e8f90a1b
""", secret=uuid_s())

add("javascript/mapbox-secret-token", "dreifing/scripts/optimize-routes.mjs", "Mapbox access tokens, secret scopes (docs.mapbox.com/accounts/guides/tokens)", r"""
// Reiknar bestu leið fyrir afhendingarbíl (Hveragerði -> verslanir á höfuðborgarsvæðinu)
const MAPBOX_TOKEN = "@@secret@@";
const DEPOT = [-21.1895, 63.9998];

export async function optimize(stops) {
  const coords = [DEPOT, ...stops, DEPOT].map(([lon, lat]) => `${lon},${lat}`).join(";");
  const url = `https://api.mapbox.com/optimized-trips/v1/mapbox/driving/${coords}?roundtrip=false&source=first&destination=last&access_token=${MAPBOX_TOKEN}`;
  const res = await fetch(url);
  return (await res.json()).trips[0];
}
""", secret=mapbox_secret())

add("javascript/decoy-mapbox-public-token", "dreifing/web/map.js", "Mapbox public tokens (docs.mapbox.com/help/getting-started/access-tokens)", r"""
// Kort af afhendingarstöðum fyrir bílstjóra (public token, URL-restricted)
mapboxgl.accessToken = "@@pk@@";
const map = new mapboxgl.Map({
  container: "map",
  style: "mapbox://styles/mapbox/streets-v12",
  center: [-21.6, 64.05],
  zoom: 8.5,
});
fetch("/api/afhendingar/idag").then((r) => r.json()).then((stops) => {
  stops.forEach((s) => new mapboxgl.Marker().setLngLat([s.lon, s.lat]).setPopup(new mapboxgl.Popup().setText(s.name)).addTo(map));
});
""", pk=mapbox_public())

add("markdown/teya-api-key", "docs/greidslur/posi-uppsetning.md", "Payment terminal integration notes (vendor developer portal)", r"""
# Posi á bændamarkaði — uppsetning

Við notum Teya posa (Android) tengda sölukerfinu í gegnum Cloud API.

1. Kveikja á posanum, tengja við `Fludagardar-Markadur` Wi-Fi.
2. Í sölukerfinu: *Stillingar → Greiðslur → Teya*.
3. Setja inn:
   - Merchant ID: `11840293`
   - Terminal ID: `T-FLUD-02`
   - API lykill: `@@secret@@`
4. Prófa með 10 kr. færslu og bakfæra.

Ef posinn sýnir "AUTH ERR": lykillinn hefur verið endurnýjaður — spyrja Gunnar.
""", secret="tya_live_" + alnum(40))

add("markdown/decoy-kennitala-iban", "docs/bokhald/greidsluupplysingar.md", "Invoice payment details (Icelandic banking convention)", r"""
# Greiðsluupplýsingar (fyrir reikninga)

**Hverablóm ehf.**
Kennitala: 000000-0019 (dæmi)
VSK-númer: 123456

Bankareikningur: 0133-26-000000
IBAN: IS14 0133 2600 0000 0000 0019 99
SWIFT/BIC: NBIIISRE

Greiðslufrestur 30 dagar. Dráttarvextir skv. lögum nr. 38/2001.
Fyrirspurnir: bokhald@hverablom.is
""")

add("csv/decoy-orders-export", "exports/pantanir_heildsala_2024-w18.csv", "Order export CSV (spreadsheet convention)", r"""
pontun,dags,vidskiptavinur,vara,magn,einingaverd_isk,stripe_payment_intent,stada
HB-24-1801,2024-04-29,Krónan Selfossi,TOM-KIRS-250,120,389,pi_3P9xQ2LkdIwHu7ix0s1Rb4Zp,greitt
HB-24-1802,2024-04-29,Hótel Geysir,GURK-STK,60,249,pi_3P9xR8LkdIwHu7ix1aT2Qm0n,greitt
HB-24-1803,2024-04-30,Blómaval Reykjavík,ROS-RAUD-10,40,2490,pi_3P9yA1LkdIwHu7ix0Vf7Hc2k,greitt
HB-24-1804,2024-05-01,Bónus Hveragerði,TOM-BUFF-1KG,80,899,,ógreitt
HB-24-1805,2024-05-02,Hótel Geysir,TOM-KIRS-250,30,389,pi_3PA0d4LkdIwHu7ix1Np3Wz8u,greitt
""")

add("ruby/decoy-rspec-fixture", "heildsala/spec/services/payday_sync_spec.rb", "RSpec with WebMock stubs (rspec.info, github.com/bblimke/webmock)", r"""
require "rails_helper"

RSpec.describe PaydaySync do
  before do
    stub_request(:post, "https://api.payday.is/auth/token")
      .with(body: { clientId: "test-client", clientSecret: "test-secret" }.to_json)
      .to_return(status: 200, body: { accessToken: "fake-token-123" }.to_json)
    allow(Rails.application.credentials).to receive(:dig).with(:payday, :client_id).and_return("test-client")
    allow(Rails.application.credentials).to receive(:dig).with(:payday, :client_secret).and_return("test-secret")
  end

  it "fetches a token" do
    expect(described_class.new.token).to eq("fake-token-123")
  end
end
""")

add("go/redis-password", "services/order-mailer/queue.go", "go-redis Options (redis.uptrace.dev/guide/go-redis.html)", r"""
package mailer

import (
	"context"

	"github.com/redis/go-redis/v9"
)

// Biðröð fyrir staðfestingarpósta
var rdb = redis.NewClient(&redis.Options{
	Addr:     "redis.hverablom.local:6379",
	Password: "@@secret@@",
	DB:       2,
})

func Enqueue(ctx context.Context, orderNo string) error {
	return rdb.LPush(ctx, "mailer:orders", orderNo).Err()
}
""", secret=fakes.redis_password(_seed()))

add("go/decoy-env-lookup", "services/order-mailer/config.go", "Go os.Getenv (pkg.go.dev/os#Getenv)", r"""
package mailer

import (
	"log"
	"os"
)

type Config struct {
	SendGridKey   string
	RedisAddr     string
	RedisPassword string
}

func Load() Config {
	c := Config{
		SendGridKey:   os.Getenv("SENDGRID_API_KEY"),
		RedisAddr:     getenv("REDIS_ADDR", "redis.hverablom.local:6379"),
		RedisPassword: os.Getenv("REDIS_PASSWORD"),
	}
	if c.SendGridKey == "" {
		log.Fatal("SENDGRID_API_KEY vantar")
	}
	return c
}

func getenv(k, d string) string {
	if v, ok := os.LookupEnv(k); ok {
		return v
	}
	return d
}
""")

add("python/aws-session-token", "ops/scripts/s3_restore.py", "boto3 with temporary credentials (docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_temp_use-resources.html)", r"""
# Endurheimt af afriti — tímabundnir lyklar afritaðir úr AWS SSO portal (gilda 12 klst)
import boto3

session = boto3.Session(
    aws_access_key_id="ASIA@@kid@@",
    aws_secret_access_key="@@sk@@",
    aws_session_token="@@secret@@",
    region_name="eu-west-1",
)
s3 = session.client("s3")
s3.download_file("hverablom-backups", "pg/vakt/vakt-2024-05-01.dump", "/tmp/vakt.dump")
print("Sótt: /tmp/vakt.dump")
""", secret=fakes.aws_session_token(_seed()), kid=b32s(16), sk=fakes.aws_secret_key(_seed()))

add("python/github-fine-grained-token", "ops/scripts/open_issue_from_alarm.py", "GitHub REST API with fine-grained tokens (docs.github.com/rest/issues/issues)", r"""
# Stofnar mál (issue) í ops-repo þegar sama viðvörun kemur 3 sinnum á sólarhring
import requests

GITHUB_TOKEN = "@@secret@@"
REPO = "hverablom/ops"


def open_issue(title: str, body: str, labels=("vidvorun",)) -> int:
    r = requests.post(
        f"https://api.github.com/repos/{REPO}/issues",
        headers={"Authorization": f"Bearer {GITHUB_TOKEN}", "Accept": "application/vnd.github+json"},
        json={"title": title, "body": body, "labels": list(labels)},
        timeout=15,
    )
    r.raise_for_status()
    return r.json()["number"]
""", secret=fakes.github_fine_grained_token(_seed()))

add("markdown/decoy-changelog-shas", "CHANGELOG.md", "Keep a Changelog (keepachangelog.com)", r"""
# Breytingaskrá

## [3.2.0] - 2024-04-18
### Bætt við
- CO2 skömmtun eftir PAR-mælingu (a3f9c1e) 
- Vikuleg uppskeruskýrsla á Slack (7b2d4e8)
### Breytt
- Skipt um MQTT lykilorð á öllum brúm; lykilorð nú í Vault (e91c0a4)
- Uppfært `paho-mqtt` 1.6 -> 2.0 (commit 4d8e2f1c9b3a7e6d5f0a1b2c3d4e5f6a7b8c9d0e)

## [3.1.1] - 2024-03-02
### Lagfært
- Frostviðvörun sendist ekki tvisvar (c0ffee1)
""")

add("toml/decoy-cargo-lock-checksums", "edge-rs/Cargo.lock", "Cargo.lock format (doc.rust-lang.org/cargo/guide/cargo-toml-vs-cargo-lock.html)", r"""
# This file is automatically @generated by Cargo.
# It is not intended for manual editing.
version = 3

[[package]]
name = "rumqttc"
version = "0.24.0"
source = "registry+https://github.com/rust-lang/crates.io-index"
checksum = "@@c1@@"

[[package]]
name = "tokio"
version = "1.37.0"
source = "registry+https://github.com/rust-lang/crates.io-index"
checksum = "@@c2@@"
""", c1=hexs(64), c2=hexs(64))


# ---------------------------------------------------------------- irrigation, energy, lab, misc
add("python/device-password", "plc/ridder/ridder_sync.py", "Ridder HortiMaX-Go REST access (vendor API documentation)", r"""
# Samstilling við Ridder HortiMaX (eldra gúrkuhúsið á Flúðum)
import requests

RIDDER_HOST = "http://10.30.2.20"
RIDDER_USER = "service"
# lykilorðið er langt, skipt í tvennt svo það passi í línu
RIDDER_PASS = ("@@p1@@"
               "@@p2@@")


def session() -> requests.Session:
    s = requests.Session()
    r = s.post(f"{RIDDER_HOST}/api/login", json={"user": RIDDER_USER, "password": RIDDER_PASS}, timeout=10)
    r.raise_for_status()
    return s


def irrigation_program(s: requests.Session, valve: int) -> dict:
    return s.get(f"{RIDDER_HOST}/api/irrigation/valves/{valve}", timeout=10).json()
""", secret=(_r := rand_pw(24)), p1=_r[:12], p2=_r[12:])

add("yaml/basic-auth-header", "plc/fertigation/dosatron-gateway.yaml", "HTTP Basic authentication header (RFC 7617)", r"""
# Áburðarblöndun (fertigation) — gátt sem les EC/pH úr blöndunarstöð
gateway:
  name: aburdur-gh1
  poll_seconds: 30
  source:
    url: http://10.20.1.40/cgi-bin/status.json
    headers:
      Authorization: Basic @@secret@@
  targets:
    ec_ms_cm: {min: 2.2, max: 3.4}
    ph: {min: 5.4, max: 6.2}
  publish:
    mqtt_topic: greenhouse/gh1/fertigation
""", secret=b64("admin:" + rand_pw(12)))

add("csv/decoy-fertigation-recipe", "recipes/aburdur_tomatar_2024.csv", "Fertigation recipe sheet (grower spreadsheet convention)", r"""
vika,stig,ec_ms_cm,ph,N_ppm,P_ppm,K_ppm,Ca_ppm,Mg_ppm,athugasemd
1,græðlingar,2.0,5.8,160,40,220,160,40,
4,blómgun,2.6,5.7,190,45,280,190,50,
8,aldinmyndun,3.0,5.6,210,50,330,200,55,auka K
12,uppskera,3.2,5.6,200,45,360,190,55,
20,uppskera,3.0,5.7,190,45,340,185,50,lækka EC ef skýjað
""")

add("json/decoy-hash-manifest", "recipes/manifest.json", "File integrity manifest (sha256, shasum convention)", r"""
{
  "generated": "2024-04-02T08:00:00Z",
  "files": {
    "aburdur_tomatar_2024.csv": "sha256:@@h1@@",
    "aburdur_gurkur_2024.csv": "sha256:@@h2@@",
    "lysing_rosir_2024.csv": "sha256:@@h3@@"
  },
  "signed_by": "raektunarstjori@hverablom.is"
}
""", h1=hexs(64), h2=hexs(64), h3=hexs(64))

add("python/energy-api-key", "orka/nordpool_prices.py", "Bearer API key header convention (electricity price API)", r"""
# Sækir raforkuverð (klukkustundaverð) til að stýra lýsingu utan toppa
import datetime
import requests

API = "https://api.orkuverd.example.is/v1/prices"
API_KEY = "@@secret@@"


def prices(day: datetime.date) -> list:
    r = requests.get(API, params={"date": day.isoformat(), "area": "IS"},
                     headers={"x-api-key": API_KEY}, timeout=15)
    r.raise_for_status()
    return r.json()["hours"]


def cheapest_hours(day: datetime.date, n: int = 16) -> list:
    return sorted(prices(day), key=lambda h: h["isk_per_kwh"])[:n]
""", secret=alnum(32))

add("python/decoy-open-weather-api", "orka/vedur.py", "Veðurstofa Íslands open XML service (vedur.is/um-vi/vefurinn/xml)", r"""
# Veðurspá (Hella / Flúðir) — opin þjónusta Veðurstofunnar, enginn lykill
import requests
import xml.etree.ElementTree as ET

URL = "https://xmlweather.vedur.is/"


def forecast(station_id: int = 6222):
    params = {"op_w": "xml", "type": "forec", "lang": "is", "view": "xml", "ids": station_id}
    root = ET.fromstring(requests.get(URL, params=params, timeout=10).content)
    return [(f.findtext("ftime"), float(f.findtext("T"))) for f in root.iter("forecast")]


if __name__ == "__main__":
    for t, temp in forecast()[:12]:
        print(t, temp)
""")

add("shell/device-password", "orka/bin/read-veitur-meter.sh", "curl with user:password (curl.se/docs/manpage.html#-u)", r"""
#!/usr/bin/env bash
# Les hitaveitumæli (M-Bus gátt) og vistar í InfluxDB
set -euo pipefail
GATE=10.20.1.60
DATA=$(curl -s -u "mbus:@@secret@@" "http://$GATE/api/v1/meters/heat-main")
FLOW=$(echo "$DATA" | jq .flow_m3h)
TFWD=$(echo "$DATA" | jq .t_forward)
influx write -b greenhouse -o hverablom "hotwater,site=hveragerdi flow=$FLOW,t_forward=$TFWD"
""", secret=rand_pw(12))

add("dockerfile/mqtt-password", "sensorhub/Dockerfile", "Dockerfile ENV (docs.docker.com/reference/dockerfile/#env)", r"""
FROM node:20-alpine
WORKDIR /opt/sensorhub
COPY package*.json ./
RUN npm ci --omit=dev
COPY . .
ENV MQTT_URL=mqtts://mqtt.hverablom.is:8883 \
    MQTT_USER=sensorhub \
    MQTT_PASS=@@secret@@ \
    TZ=Atlantic/Reykjavik
EXPOSE 3000
CMD ["node", "index.js"]
""", secret=rand_pw(20))

add("dockerfile/decoy-arg-no-default", "sensorhub/Dockerfile.dev", "Dockerfile ARG (docs.docker.com/reference/dockerfile/#arg)", r"""
FROM node:20-alpine
ARG MQTT_PASS
WORKDIR /opt/sensorhub
COPY package*.json ./
RUN npm install
COPY . .
ENV MQTT_URL=mqtt://localhost:1883 MQTT_USER=dev TZ=Atlantic/Reykjavik
# MQTT_PASS kemur úr --build-arg eða .env í docker compose
CMD ["npm", "run", "dev"]
""")

add("sql/decoy-api-key-table-hashes", "db/migrations/0012_api_keys.sql", "Storing API key hashes (OWASP cheat sheet)", r"""
-- API lyklar fyrir heildsölu: aðeins SHA-256 hakkagildi geymt, lykillinn sjálfur sýndur einu sinni
CREATE TABLE api_keys (
  id          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  customer_id uuid NOT NULL REFERENCES customers(id),
  prefix      varchar(12) NOT NULL,
  key_sha256  char(64) NOT NULL UNIQUE,
  created_at  timestamptz NOT NULL DEFAULT now(),
  revoked_at  timestamptz
);
INSERT INTO api_keys (customer_id, prefix, key_sha256) VALUES
  ('b3c8e1d2-7f4a-4c21-9a0e-5d6f7a8b9c01', 'hvb_live_a1', '@@h1@@'),
  ('d5e0a3f4-9b6c-4e43-9c2a-7f8b9c0d1e23', 'hvb_live_k9', '@@h2@@');
""", h1=hexs(64), h2=hexs(64))

add("sql/api-key", "db/seed/003_api_clients.sql", "PostgreSQL INSERT syntax (postgresql.org/docs)", r"""
-- Þjónustuaðgangur fyrir pökkunarhús (vigtun) — TODO hakka eins og aðra lykla
INSERT INTO service_clients (name, api_key, scopes, created_by) VALUES
  ('pakkhus-vog-1', '@@secret@@', '{orders:write,labels:print}', 'gunnar'),
  ('pakkhus-vog-2', '@@k2@@', '{orders:write,labels:print}', 'gunnar');
UPDATE service_clients SET last_rotated = now() WHERE name LIKE 'pakkhus-vog-%';
COMMIT;
""", secret="hvb_live_" + alnum(40), k2="hvb_live_" + alnum(40))

add("typescript/google-service-account-key", "pakkhus-app/functions/src/admin.ts", "Firebase Admin SDK credential.cert (firebase.google.com/docs/admin/setup)", r"""
import * as admin from "firebase-admin";

// Bráðabirgða: lykill beint í kóða þar til Secret Manager er kominn upp
admin.initializeApp({
  credential: admin.credential.cert({
    projectId: "pakkhus-hverablom",
    clientEmail: "firebase-adminsdk-x81qz@pakkhus-hverablom.iam.gserviceaccount.com",
    privateKey: `@@secret@@`,
  }),
});

export const db = admin.firestore();
export const messaging = admin.messaging();
""", secret=fakes.fake_pem(_seed(), "").replace("BEGIN  PRIVATE", "BEGIN PRIVATE").replace("END  PRIVATE", "END PRIVATE"))

add("yaml/decoy-public-certificate", "deploy/k8s/mqtt-ca-configmap.yaml", "Kubernetes ConfigMap holding a CA certificate (kubernetes.io/docs/concepts/configuration/configmap)", r"""
apiVersion: v1
kind: ConfigMap
metadata:
  name: mqtt-ca
  namespace: greenhouse
data:
  ca.crt: |
    -----BEGIN CERTIFICATE-----
    @@c1@@
    @@c2@@
    @@c3@@
    @@c4@@
    -----END CERTIFICATE-----
""", c1=fakes.drawn(_seed(), 64, ALNUM + "+/"), c2=fakes.drawn(_seed(), 64, ALNUM + "+/"),
    c3=fakes.drawn(_seed(), 64, ALNUM + "+/"), c4=fakes.drawn(_seed(), 40, ALNUM + "+/") + "==")

add("k8s-secret/private-key", "deploy/k8s/mqtt-tls.yaml", "Kubernetes TLS Secret (kubernetes.io/docs/concepts/configuration/secret/#tls-secrets)", r"""
apiVersion: v1
kind: Secret
metadata:
  name: mqtt-tls
  namespace: greenhouse
type: kubernetes.io/tls
data:
  tls.crt: @@crt@@
  tls.key: @@key@@
""", secret=(_pk := pem("EC")), key=b64(_pk + "\n"),
    crt=b64("-----BEGIN CERTIFICATE-----\n" + fakes.drawn(_seed(), 64, ALNUM + "+/") + "\n-----END CERTIFICATE-----\n"))

add("ansible/decoy-vault-lookups", "ansible/group_vars/greenhouses/main.yml", "Ansible group_vars referencing vaulted variables (docs.ansible.com/ansible/latest/tips_tricks/ansible_tips_tricks.html)", r"""
---
mqtt_host: mqtt.hverablom.is
mqtt_port: 8883
mqtt_bridge_user: "{{ inventory_hostname }}-bridge"
mqtt_bridge_password: "{{ vault_mqtt_bridge_passwords[inventory_hostname] }}"
influx_token: "{{ lookup('community.hashi_vault.hashi_vault', 'secret/data/influx/write:token') }}"
priva_client_secret: "{{ vault_priva_client_secret }}"
ntp_servers: [10.20.0.1, 0.is.pool.ntp.org]
timezone: Atlantic/Reykjavik
""")

add("ansible/mqtt-password", "ansible/host_vars/gh2-bridge.yml", "Ansible host_vars (docs.ansible.com/ansible/latest/inventory_guide)", r"""
---
# Gúrkuhús — brúarvél
ansible_host: 10.20.2.10
mqtt_bridge_user: gh2-bridge
mqtt_bridge_password: "@@secret@@"
priva_compartment: gh2
lamp_zones: 6
""", secret=passphrase())

add("ansible/ldap-password", "ansible/roles/sssd/tasks/main.yml", "Ansible template and SSSD LDAP bind (docs.ansible.com, sssd-ldap man page)", r"""
---
- name: Setja upp sssd fyrir AD innskráningu á brúarvélum
  ansible.builtin.package:
    name: [sssd, sssd-ldap]
    state: present

- name: sssd.conf
  ansible.builtin.copy:
    dest: /etc/sssd/sssd.conf
    mode: "0600"
    content: |
      [domain/hverablom.local]
      id_provider = ldap
      ldap_uri = ldaps://dc01.hverablom.local
      ldap_default_bind_dn = CN=svc-sssd,OU=Service,DC=hverablom,DC=local
      ldap_default_authtok = @@secret@@
      ldap_search_base = DC=hverablom,DC=local
  notify: restart sssd
""", secret=words_pw())

add("markdown/telegram-bot-token", "alarms/README.md", "Telegram Bot API (core.telegram.org/bots/features#botfather)", r"""
# Viðvaranir

Frostviðvörun og ketilvakt senda skilaboð í Telegram hópinn **Gróðurhús - vakt**.

## Uppsetning
Botinn heitir `@hverablom_vakt_bot`. Tókinn frá BotFather:

    @@secret@@

Chat id hópsins: `-1001849203311`.

## Prófun
```bash
python alarms/boiler_watch.py --test
```
""", secret=fakes.telegram_token(_seed()))

add("markdown/decoy-telegram-howto", "docs/telegram-uppsetning.md", "Telegram Bot API (core.telegram.org/bots/api)", r"""
# Nýr Telegram bot fyrir viðvaranir

1. Spjalla við @BotFather, `/newbot`, gefa nafn (t.d. `hverablom_<hus>_bot`).
2. BotFather gefur tóka á forminu `123456789:AA...` — settu hann **beint** í Vault:
   `vault kv put secret/telegram/<hus> token=<TOKEN>`
3. Bættu botinum í hópinn og finndu chat id með
   `curl https://api.telegram.org/bot<TOKEN>/getUpdates`
4. Settu `TELEGRAM_BOT_TOKEN` í umhverfi þjónustunnar (ekki í config.toml).
""")


# ---------------------------------------------------------------- office IT, CRM, last services
add("python/hubspot-private-app-token", "markadsmal/hubspot_sync.py", "HubSpot private app access tokens (developers.hubspot.com/docs/api/private-apps)", r"""
# Samstillir heildsöluviðskiptavini við HubSpot CRM
import requests

HUBSPOT_TOKEN = "pat-eu1-@@u@@"
H = {"Authorization": f"Bearer {HUBSPOT_TOKEN}", "Content-Type": "application/json"}


def upsert_company(name: str, domain: str, segment: str) -> str:
    body = {"properties": {"name": name, "domain": domain, "vidskiptahopur": segment}}
    r = requests.post("https://api.hubapi.com/crm/v3/objects/companies", json=body, headers=H, timeout=15)
    r.raise_for_status()
    return r.json()["id"]
""", secret="pat-eu1-" + (_u := uuid_s()), u=_u)

add("ini/sentry-auth-token", "storefront/.sentryclirc", "Sentry CLI configuration (docs.sentry.io/cli/configuration)", r"""
[defaults]
url = https://sentry.io/
org = hverablom
project = blomabud-storefront

[auth]
token = @@secret@@
""", secret="sntrys_" + b64('{"iat":1714000000.0,"url":"https://sentry.io","region_url":"https://de.sentry.io","org":"hverablom"}').rstrip("=") + "_" + fakes.drawn(_seed(), 43, ALNUM + "+/"))

add("typescript/decoy-sentry-dsn", "storefront/sentry.client.config.ts", "Sentry DSNs are safe to expose (docs.sentry.io/concepts/key-terms/dsn-explainer)", r"""
import * as Sentry from "@sentry/nextjs";

// DSN má vera í vafrakóða (aðeins til að senda villur inn)
Sentry.init({
  dsn: "https://@@pk@@@o450123.ingest.de.sentry.io/4507123456789",
  tracesSampleRate: 0.1,
  replaysOnErrorSampleRate: 1.0,
  environment: process.env.NEXT_PUBLIC_VERCEL_ENV ?? "development",
});
""", pk=hexs(32))

add("yaml/opsgenie-api-key", "monitoring/alertmanager/opsgenie.yml", "Alertmanager opsgenie_config (prometheus.io/docs/alerting/latest/configuration/#opsgenie_config)", r"""
receivers:
  - name: vakt-opsgenie
    opsgenie_configs:
      - api_key: @@secret@@
        api_url: https://api.eu.opsgenie.com/
        message: '{{ .CommonLabels.alertname }} ({{ .CommonLabels.house }})'
        priority: '{{ if eq .CommonLabels.severity "critical" }}P1{{ else }}P3{{ end }}'
        responders:
          - name: Vakt-Raektun
            type: team
""", secret=uuid_s())

add("json/azure-ad-client-secret", "Vaktkerfi.Graph/appsettings.json", "Microsoft identity platform client secrets (learn.microsoft.com/entra/identity-platform)", r"""
{
  "AzureAd": {
    "Instance": "https://login.microsoftonline.com/",
    "TenantId": "@@tenant@@",
    "ClientId": "@@client@@",
    "ClientSecret": "@@secret@@"
  },
  "Graph": {
    "SendAs": "vakt@hverablom.is",
    "Scopes": ["https://graph.microsoft.com/.default"]
  }
}
""", secret=(lambda r: "".join(r.choice(ALNUM) for _ in range(3)) + "8Q~" + "".join(r.choice(ALNUM + "_.-~") for _ in range(34)))(_rng()),
    tenant=uuid_s(), client=uuid_s())

add("csharp/pfx-password", "Bankatenging/BankClient.cs", "X509Certificate2 from a PFX with a password (learn.microsoft.com/dotnet/api/system.security.cryptography.x509certificates.x509certificate2)", r"""
using System.Net.Http;
using System.Security.Cryptography.X509Certificates;

namespace Hverablom.Bankatenging
{
    // Sækir hreyfingar af bankareikningi (IOBS / B2B þjónusta bankans)
    public static class BankClient
    {
        public static HttpClient Create()
        {
            var cert = new X509Certificate2("certs/hverablom-b2b.pfx", "@@secret@@",
                X509KeyStorageFlags.MachineKeySet);
            var handler = new HttpClientHandler();
            handler.ClientCertificates.Add(cert);
            return new HttpClient(handler) { BaseAddress = new System.Uri("https://b2b.banki.example.is/") };
        }
    }
}
""", secret=words_pw())

add("php/rapyd-secret-key", "vefverslun/inc/rapyd.php", "Rapyd API request signature (docs.rapyd.net/en/request-signatures.html)", r"""
<?php
// Greiðslugátt fyrir erlenda heildsöluviðskiptavini (Færeyjar, Grænland)
const RAPYD_ACCESS_KEY = 'rak_@@ak@@';
const RAPYD_SECRET_KEY = '@@secret@@';

function rapyd_signature($method, $path, $salt, $timestamp, $body = '') {
    $to_sign = strtolower($method) . $path . $salt . $timestamp . RAPYD_ACCESS_KEY . RAPYD_SECRET_KEY . $body;
    return base64_encode(hash_hmac('sha256', $to_sign, RAPYD_SECRET_KEY));
}
""", secret="rsk_" + hexs(96), ak=hexs(20).upper())

add("env/twilio-auth-token", "alarms/.env", "Twilio environment variables (twilio.com/docs/usage/secure-credentials)", r"""
TWILIO_ACCOUNT_SID=@@sid@@
TWILIO_AUTH_TOKEN=@@secret@@
TWILIO_FROM=+3545391234
ON_CALL_NUMBERS=+3546901111,+3546902222
FROST_MIN_C=12
""", secret=hexs(32), sid=twilio_sid())

add("k8s-secret/sendgrid-api-key", "deploy/k8s/order-mailer-sendgrid.yaml", "Kubernetes Secret data (kubernetes.io/docs/concepts/configuration/secret)", r"""
apiVersion: v1
kind: Secret
metadata:
  name: order-mailer-sendgrid
  namespace: heildsala
type: Opaque
data:
  SENDGRID_API_KEY: @@enc@@
""", secret=(_s := sendgrid_key()), enc=b64(_s))

add("python/slack-bot-token", "reports/weekly_yield.py", "Slack SDK WebClient (slack.dev/python-slack-sdk/web)", r"""
# Vikuleg uppskeruskýrsla: kg af tómötum/gúrkum á hús, borið saman við fyrra ár
from slack_sdk import WebClient

slack = WebClient(token="@@secret@@")
CHANNEL = "#uppskera"


def post_report(rows):
    lines = [f"*{r['house']}*: {r['kg']:,} kg ({r['change']:+.1f}% m.v. 2023)" for r in rows]
    slack.chat_postMessage(channel=CHANNEL, text="Uppskera vikunnar\n" + "\n".join(lines))
""", secret=slack_bot())

add("env/openai-api-key", "analysis/.env", "OpenAI API keys (platform.openai.com/docs/quickstart)", r"""
# notað í uppskeruspa.ipynb og vikuskyrslur
OPENAI_API_KEY=@@secret@@
INFLUX_URL=https://influx.fludagardar.is:8086
INFLUX_ORG=fludagardar
DATA_DIR=../exports
""", secret=fakes.openai_key(_seed()))

add("markdown/private-key", "docs/handover/reykholt-nuc.md", "OpenSSH private key format (man.openbsd.org/ssh-keygen)", r"""
# Reykholt NUC — aðgangur

Vélin er í stjórnherberginu, IP `10.20.0.30` (innra net) / `10.99.0.2` (VPN).

Notandi: `ops`. Lykill (settu í `~/.ssh/reykholt` og `chmod 600`):

```
@@secret@@
```

Þjónustur: influxdb, grafana, node-red, zigbee2mqtt (docker compose í `/srv`).
""", secret=pem("OPENSSH"))

add("shell/pypi-token", "sensorkit/release.sh", "twine upload options (twine.readthedocs.io)", r"""
#!/usr/bin/env bash
# Gefur út hverablom-sensorkit á PyPI
set -euo pipefail
rm -rf dist/
python -m build
twine check dist/*
twine upload -u __token__ -p @@secret@@ dist/*
git tag "v$(python -c 'import tomllib;print(tomllib.load(open("pyproject.toml","rb"))["project"]["version"])')"
""", secret=fakes.pypi_token(_seed()))

add("shell/github-token", "ops/bin/deploy-edge.sh", "Git over HTTPS with a token (docs.github.com/authentication)", r"""
#!/usr/bin/env bash
# Uppfærir edge kóða á brúarvél (keyrt af cron á hverri vél)
set -e
cd /opt
if [ ! -d edge ]; then
  git clone https://x-access-token:@@secret@@@github.com/hverablom/edge.git
fi
cd edge && git pull --ff-only
sudo systemctl restart climate-bridge
""", secret=fakes.github_token(_seed()))

add("compose/redis-password", "deploy/docker-compose.queue.yml", "Redis requirepass (redis.io/docs/latest/operate/oss_and_stack/management/security)", r"""
services:
  redis:
    image: redis:7-alpine
    command: ["redis-server", "--requirepass", "@@secret@@", "--appendonly", "yes"]
    ports: ["6379:6379"]
    volumes: ["redisdata:/data"]
  rabbitmq:
    image: rabbitmq:3.13-management
    environment:
      RABBITMQ_DEFAULT_USER: pakkhus
      RABBITMQ_DEFAULT_PASS_FILE: /run/secrets/rabbit_pass
volumes:
  redisdata:
""", secret=fakes.redis_password(_seed()))

add("env/mongodb-password", "blomaaskrift-api/.env", "MongoDB connection string (mongodb.com/docs/manual/reference/connection-string)", r"""
# Blómaáskrift API (Express)
PORT=4000
MONGODB_URI=mongodb+srv://askrift:@@secret@@@cluster0.x7k2p.mongodb.net/askrift?retryWrites=true&w=majority
JWT_ISSUER=blomabud.is
DELIVERY_DAYS=fim,fös
""", secret=rand_pw(16))

add("php/smtp-password", "vefverslun/inc/mailer.php", "PHPMailer SMTP (github.com/PHPMailer/PHPMailer)", r"""
<?php
use PHPMailer\PHPMailer\PHPMailer;

function blomabud_mailer(): PHPMailer {
    $mail = new PHPMailer(true);
    $mail->isSMTP();
    $mail->Host = 'smtp.office365.com';
    $mail->SMTPAuth = true;
    $mail->Username = 'askrift@blomabud.is';
    $mail->Password = '@@secret@@';
    $mail->SMTPSecure = PHPMailer::ENCRYPTION_STARTTLS;
    $mail->Port = 587;
    $mail->CharSet = 'UTF-8';
    $mail->setFrom('askrift@blomabud.is', 'Blómabúð Hverablóms');
    return $mail;
}
""", secret=words_pw())

add("python/ftp-password", "cameras/fetch_timelapse.py", "ftplib FTP.login (docs.python.org/3/library/ftplib.html)", r"""
# Sækir tímabilsmyndir gærdagsins og býr til myndband (ffmpeg)
import datetime
import ftplib
import pathlib

day = (datetime.date.today() - datetime.timedelta(days=1)).strftime("%y%m%d")
out = pathlib.Path(f"/srv/timelapse/{day}")
out.mkdir(parents=True, exist_ok=True)

with ftplib.FTP("ftp.hverablom.is") as ftp:
    ftp.login("timelapse", "@@secret@@")
    ftp.cwd("/timelapse/gh1")
    for name in ftp.nlst(f"gh1_{day}_*.jpg"):
        with open(out / name, "wb") as fh:
            ftp.retrbinary(f"RETR {name}", fh.write)
""", secret=rand_pw(14))

add("javascript/jwt-signing-secret", "blomaaskrift-api/src/auth.js", "jsonwebtoken sign/verify (github.com/auth0/node-jsonwebtoken)", r"""
const jwt = require("jsonwebtoken");

const JWT_SECRET = "@@secret@@";

function issue(customer) {
  return jwt.sign({ sub: customer.id, plan: customer.plan }, JWT_SECRET, {
    expiresIn: "30d",
    issuer: "blomabud.is",
  });
}

function verify(token) {
  return jwt.verify(token, JWT_SECRET, { issuer: "blomabud.is" });
}

module.exports = { issue, verify };
""", secret=hexs(64))

add("csv/aws-secret-key", "ops/keys/iam_lyklar_yfirlit.csv", "AWS IAM access key CSV download columns (docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_access-keys.html)", r"""
User name,Access key ID,Secret access key,Created,Status,Notað af
camera-uploader,@@kid@@,@@secret@@,2024-02-11,Active,tímabilsmyndir GH1-GH4
backup,AKIA****************,(aðeins í Vault),2023-11-02,Active,nightly.sh
storefront-deploy,-,-,-,Deleted,skipt yfir í OIDC
grafana-cloudwatch,AKIA****************,(aðeins í Vault),2024-01-20,Inactive,
""", secret=fakes.aws_secret_key(_seed()), kid=fakes.aws_key_id(_seed()))

add("python/shopify-webhook-secret", "webshop/webhooks/verify.py", "Shopify webhook HMAC verification (shopify.dev/docs/apps/build/webhooks/subscribe/https)", r"""
import base64
import hashlib
import hmac

SHOPIFY_WEBHOOK_SECRET = b"@@secret@@"


def verify(body: bytes, header_hmac: str) -> bool:
    digest = hmac.new(SHOPIFY_WEBHOOK_SECRET, body, hashlib.sha256).digest()
    return hmac.compare_digest(base64.b64encode(digest).decode(), header_hmac)
""", secret=hexs(64))

add("yaml/private-key", "ops/kube/reykholt.kubeconfig", "kubeconfig file (kubernetes.io/docs/concepts/configuration/organize-cluster-access-kubeconfig)", r"""
apiVersion: v1
kind: Config
clusters:
  - name: reykholt-k3s
    cluster:
      server: https://10.99.0.2:6443
      certificate-authority-data: @@ca@@
users:
  - name: ops
    user:
      client-certificate-data: @@cc@@
      client-key-data: @@key@@
contexts:
  - name: reykholt
    context: {cluster: reykholt-k3s, user: ops}
current-context: reykholt
""", secret=(_ck := pem("EC")), key=b64(_ck + "\n"),
    ca=b64("-----BEGIN CERTIFICATE-----\n" + fakes.drawn(_seed(), 64, ALNUM + "+/") + "\n-----END CERTIFICATE-----\n"),
    cc=b64("-----BEGIN CERTIFICATE-----\n" + fakes.drawn(_seed(), 64, ALNUM + "+/") + "\n-----END CERTIFICATE-----\n"))

add("terraform/database-password", "infra/terraform/prod.auto.tfvars", "Terraform variable definitions files (developer.hashicorp.com/terraform/language/values/variables)", r"""
region            = "eu-north-1"
db_password       = "@@secret@@"
stripe_secret_key = ""
greenhouse_ids    = ["gh1", "gh2", "gh3", "gh4"]
alarm_email       = "vakt@hverablom.is"
""", secret=rand_pw(28))

add("xml/mssql-password", "PrivaReports/Web.config", "ASP.NET Web.config connectionStrings (learn.microsoft.com/dotnet/framework/data/adonet/connection-strings-and-configuration-files)", r"""
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <connectionStrings>
    <add name="PrivaOffice"
         connectionString="Data Source=PRIVA-PC\SQLEXPRESS;Initial Catalog=PrivaOffice;User ID=reports;Password=@@secret@@"
         providerName="System.Data.SqlClient" />
  </connectionStrings>
  <appSettings>
    <add key="Hus" value="GH1,GH2,GH3,GH4" />
    <add key="Tungumal" value="is-IS" />
  </appSettings>
  <system.web>
    <compilation targetFramework="4.8" />
  </system.web>
</configuration>
""", secret=words_pw())


# ---------------------------------------------------------------- more decoys
add("yaml/decoy-stripe-price-ids", "storefront/config/plans.yaml", "Stripe Prices and Products ids (docs.stripe.com/api/prices)", r"""
# Blómaáskriftir — verð í Stripe (ekki leyndarmál, bara auðkenni)
plans:
  - slug: tulipanar-manadarlega
    name: "Túlípanar, mánaðarlega"
    product: prod_@@p1@@
    price: price_@@pr1@@
    isk: 5990
  - slug: rosir-vikulega
    name: "Rósir, vikulega"
    product: prod_@@p2@@
    price: price_@@pr2@@
    isk: 4490
""", p1=fakes.drawn(_seed(), 14), pr1=fakes.drawn(_seed(), 24), p2=fakes.drawn(_seed(), 14), pr2=fakes.drawn(_seed(), 24))

add("yaml/decoy-kubeconfig-exec", "ops/kube/eks-prod.kubeconfig", "kubeconfig exec credential plugin (kubernetes.io/docs/reference/access-authn-authz/authentication/#client-go-credential-plugins)", r"""
apiVersion: v1
kind: Config
clusters:
  - name: eks-prod
    cluster:
      server: https://A1B2C3D4E5F60718293A4B5C6D7E8F90.gr7.eu-west-1.eks.amazonaws.com
      certificate-authority-data: @@ca@@
users:
  - name: eks-prod-sso
    user:
      exec:
        apiVersion: client.authentication.k8s.io/v1beta1
        command: aws
        args: [eks, get-token, --cluster-name, prod, --profile, hverablom]
contexts:
  - name: prod
    context: {cluster: eks-prod, user: eks-prod-sso}
current-context: prod
""", ca=b64("-----BEGIN CERTIFICATE-----\n" + fakes.drawn(_seed(), 64, ALNUM + "+/") + "\n-----END CERTIFICATE-----\n"))

add("terraform/decoy-tfvars-example", "infra/terraform/prod.auto.tfvars.example", "Terraform variable definitions files (developer.hashicorp.com/terraform/language/values/variables)", r"""
# Afritaðu í prod.auto.tfvars (sem er í .gitignore) og fylltu út
region            = "eu-north-1"
db_password       = "CHANGE_ME"
stripe_secret_key = "sk_live_..."
greenhouse_ids    = ["gh1", "gh2", "gh3", "gh4"]
alarm_email       = "vakt@hverablom.is"
""")

add("json/decoy-i18n-strings", "storefront/locales/is/auth.json", "i18next translation files (i18next.com/misc/json-format)", r"""
{
  "login": "Innskráning",
  "email": "Netfang",
  "password": "Lykilorð",
  "password_repeat": "Endurtaktu lykilorð",
  "forgot_password": "Gleymt lykilorð?",
  "password_too_short": "Lykilorð þarf að vera a.m.k. {{min}} stafir",
  "api_key": "API lykill",
  "api_key_hint": "Lykillinn er aðeins sýndur einu sinni. Geymdu hann á öruggum stað.",
  "token_expired": "Innskráning útrunnin, skráðu þig inn aftur"
}
""")

add("yaml/decoy-password-policy", "vakt-api/config/security.yaml", "Password policy settings (NIST SP 800-63B)", r"""
password_policy:
  min_length: 12
  require_mfa_for: [admin, grower]
  breached_password_check: true
  max_failed_attempts: 5
  lockout_minutes: 15
api_keys:
  prefix: hvb_live_
  length: 40
  hash: sha256
  rotate_days: 180
session:
  cookie_name: vakt_session
  max_age_hours: 12
""")

add("csv/decoy-device-registry", "lorawan/device_registry.csv", "LoRaWAN device identifiers (DevEUI/JoinEUI, LoRa Alliance TS001)", r"""
device_id,dev_eui,join_eui,model,house,row,installed
soil-gh1-01,70B3D57ED0059A21,0000000000000000,Dragino LSE01,GH1,3,2023-09-12
soil-gh1-02,70B3D57ED0059A22,0000000000000000,Dragino LSE01,GH1,7,2023-09-12
soil-gh2-01,70B3D57ED0059B10,0000000000000000,Dragino LSE01,GH2,2,2023-10-03
soil-gh2-02,70B3D57ED0059B11,0000000000000000,Dragino LSE01,GH2,5,2023-10-03
co2-blom-01,A84041000181C2D3,A840410000000101,Milesight EM500-CO2,Blómahús,1,2024-01-18
""")

add("k8s/decoy-image-digests", "deploy/k8s/climate-bridge-deployment.yaml", "Kubernetes Deployment with image digests (kubernetes.io/docs/concepts/containers/images)", r"""
apiVersion: apps/v1
kind: Deployment
metadata:
  name: climate-bridge
  namespace: greenhouse
spec:
  replicas: 1
  selector: {matchLabels: {app: climate-bridge}}
  template:
    metadata: {labels: {app: climate-bridge}}
    spec:
      containers:
        - name: bridge
          image: registry.hverablom.is/climate-bridge@sha256:@@d1@@
          envFrom:
            - secretRef: {name: climate-bridge-mqtt}
          env:
            - name: MQTT_HOST
              value: mqtt.hverablom.is
""", d1=hexs(64))

add("markdown/decoy-jwt-doc-example", "blomaaskrift-api/docs/api.md", "JWT introduction example token (jwt.io/introduction)", r"""
# Blómaáskrift API

Öll köll (nema `/innskraning`) krefjast `Authorization: Bearer <JWT>`.

Dæmi úr skjölum jwt.io (ekki gildur tóki hjá okkur):

```
Authorization: Bearer eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c
```

| Aðgerð | Slóð |
|--------|------|
| Skrá inn | `POST /innskraning` |
| Mín áskrift | `GET /askrift` |
| Sleppa viku | `POST /askrift/sleppa` |
""")

add("text/decoy-pgp-public-key", "docs/security/bokhald-pgp.asc", "OpenPGP ASCII armor public key (RFC 4880)", r"""
-----BEGIN PGP PUBLIC KEY BLOCK-----
Comment: bokhald@hverablom.is — notaður til að dulkóða launaskrár

mQINBGX@@l1@@
@@l2@@
@@l3@@
=@@crc@@
-----END PGP PUBLIC KEY BLOCK-----
""", l1=fakes.drawn(_seed(), 60, ALNUM + "+/"), l2=fakes.drawn(_seed(), 64, ALNUM + "+/"),
    l3=fakes.drawn(_seed(), 64, ALNUM + "+/"), crc=fakes.drawn(_seed(), 4, ALNUM + "+/"))

add("text/decoy-checksums", "edge/firmware/SHA256SUMS", "sha256sum check files (man7.org/linux/man-pages/man1/sha256sum.1.html)", r"""
@@h1@@  soil-node-1.4.2.bin
@@h2@@  climate-node-2.0.1.bin
@@h3@@  valve-node-0.9.7.bin
@@h4@@  co2-node-0.3.0.bin
@@h5@@  bootloader-esp32-c3.bin
""", h1=hexs(64), h2=hexs(64), h3=hexs(64), h4=hexs(64), h5=hexs(64))

add("text/decoy-gitignore", ".gitignore", "gitignore documentation (git-scm.com/docs/gitignore)", r"""
# Leyndarmál — aldrei í git
.env
.env.*
!.env.example
*.pem
*.pfx
esphome/secrets.yaml
homeassistant/secrets.yaml
infra/terraform/*.auto.tfvars
ops/keys/
# Python / Node
__pycache__/
node_modules/
.venv/
""")

add("yaml/decoy-openapi-security-scheme", "vakt-api/openapi.yaml", "OpenAPI 3 security schemes (spec.openapis.org/oas/v3.1.0#security-scheme-object)", r"""
openapi: 3.1.0
info:
  title: Vakt API — gróðurhús
  version: 2.3.0
components:
  securitySchemes:
    ApiKeyAuth:
      type: apiKey
      in: header
      name: X-Api-Key
      description: "Lykill á forminu hvb_live_<40 stafir>, búinn til í stjórnborði"
    BearerAuth:
      type: http
      scheme: bearer
      bearerFormat: JWT
security:
  - ApiKeyAuth: []
paths:
  /houses/{id}/climate:
    get:
      summary: Nýjustu loftslagsmælingar fyrir hús
""")

add("python/decoy-hmac-test-vector", "webshop/tests/test_verify.py", "Shopify webhook HMAC test with a generated test secret (shopify.dev/docs/apps/build/webhooks)", r"""
import base64
import hashlib
import hmac

from webshop.webhooks import verify

TEST_SECRET = b"test-webhook-secret"


def test_verify_accepts_valid(monkeypatch):
    monkeypatch.setattr(verify, "SHOPIFY_WEBHOOK_SECRET", TEST_SECRET)
    body = b'{"id": 1, "title": "Kirsuberjat\xc3\xb3matar"}'
    good = base64.b64encode(hmac.new(TEST_SECRET, body, hashlib.sha256).digest()).decode()
    assert verify.verify(body, good)
    assert not verify.verify(body, "AAAA")
""")

add("log/decoy-uuid-trace", "logs/vakt-api-2024-05-03.log", "Structured JSON logs (12factor.net/logs)", r"""
{"ts":"2024-05-03T06:00:00Z","lvl":"info","msg":"check_temperatures","house":"GH1","t":19.2,"trace_id":"@@t1@@"}
{"ts":"2024-05-03T06:00:00Z","lvl":"info","msg":"check_temperatures","house":"GH2","t":21.0,"trace_id":"@@t2@@"}
{"ts":"2024-05-03T06:00:01Z","lvl":"warn","msg":"humidity high","house":"Gúrkuhús","rh":95.1,"trace_id":"@@t3@@"}
{"ts":"2024-05-03T06:00:02Z","lvl":"info","msg":"api key used","key_prefix":"hvb_live_a1","customer":"b3c8e1d2-7f4a-4c21-9a0e-5d6f7a8b9c01"}
{"ts":"2024-05-03T06:01:00Z","lvl":"info","msg":"alert sent","channel":"telegram","chat_id":-1001849203311}
""", t1=uuid_s(), t2=uuid_s(), t3=uuid_s())
