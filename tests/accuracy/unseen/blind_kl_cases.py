"""Blind set KL: salmon farms and wool-knitting co-operatives in the Faroe Islands.

Pen sensors and feed barges (MQTT, Modbus gateways, telemetry), the co-operatives' web shops,
payment and shipping integrations, CI and cloud; notes and comments partly in Faroese.
Generated fakes only (seeds 5550000-5559999).
"""
from __future__ import annotations

import base64
import random
import string
from typing import List, Optional

from tests import fakes
from tests.accuracy.labelled import LabelledCase

ALNUM = string.ascii_letters + string.digits
HEX = "0123456789abcdef"
_SEED = [5550000]
_LOW, _HIGH = 5550000, 5559999


def _seed() -> int:
    _SEED[0] += 11
    assert _LOW <= _SEED[0] <= _HIGH
    return _SEED[0]


def _rng() -> random.Random:
    return random.Random(_seed())


WORDS = ["Laksur", "Kvi", "Ull", "Bylgja", "Fjordur", "Drangur", "Lundi", "Tjaldur", "Seydur", "Skerpikjot",
         "Nordlys", "Hvalba", "Mykines", "Gjogv", "Sandoy", "Streymur", "Kolbeinur", "Tindur", "Brimil", "Hagi"]


def words_pw() -> str:
    r = _rng()
    return r.choice(WORDS) + r.choice("!#$%@*&") + r.choice(WORDS) + str(r.randint(10, 9999))


def rand_pw(n: int = 20, extra: str = "") -> str:
    return fakes.drawn_mixed(_seed(), n, ALNUM + extra) if extra else fakes.drawn_mixed(_seed(), n)


def hexs(n: int) -> str:
    return fakes.drawn(_seed(), n, HEX)


def b64(s: str) -> str:
    return base64.b64encode(s.encode()).decode()


def key_b64(n: int) -> str:
    """Base64 of n random bytes, as services issue symmetric keys."""
    r = _rng()
    return base64.b64encode(bytes(r.getrandbits(8) for _ in range(n))).decode()


def stripe(kind: str = "sk_live_") -> str:
    return fakes.fake(kind, 99 if kind.startswith("rk") else 24, _seed())


def slack_webhook() -> str:
    r = _rng()
    up = string.ascii_uppercase + string.digits
    return ("https://hooks.slack.com/services/T" + "".join(r.choice(up) for _ in range(8)) + "/B"
            + "".join(r.choice(up) for _ in range(10)) + "/" + "".join(r.choice(ALNUM) for _ in range(24)))


def slack_bot() -> str:
    r = _rng()
    return f"xoxb-{r.randint(10**10, 10**11)}-{r.randint(10**12, 10**13)}-" + "".join(r.choice(ALNUM) for _ in range(24))


def sendgrid() -> str:
    return fakes.fake("SG.", 22, _seed()) + fakes.fake(".", 43, _seed())


def gitlab() -> str:
    return fakes.fake("glpat-", 20, _seed())


def npm() -> str:
    return fakes.fake("npm_", 36, _seed())


def github() -> str:
    return fakes.github_token(_seed())


def aws_pair() -> tuple:
    s = _seed()
    return fakes.aws_key_id(s), fakes.aws_secret_key(s + 1)


def azure_secret() -> str:
    r = _rng()
    return "".join(r.choice(ALNUM) for _ in range(3)) + "8Q~" + "".join(r.choice(ALNUM + "_.-~") for _ in range(34))


def google_api() -> str:
    return fakes.fake("AIza", 35, _seed())


def shopify() -> str:
    return "shpat_" + hexs(32)


def mailgun() -> str:
    return "key-" + hexs(32)


def twilio_sid() -> str:
    return "AC" + hexs(32)


def uuid_s() -> str:
    return fakes.uuid4(_seed())


def pem(kind: str = "RSA") -> str:
    return fakes.fake_pem(_seed(), kind)


def dsc_token() -> str:
    r = _rng()
    return "".join(r.choice(ALNUM) for _ in range(24)) + "." + "".join(r.choice(ALNUM + "_-") for _ in range(6)) + "." + "".join(r.choice(ALNUM + "_-") for _ in range(38))


def jwt_like() -> str:
    head = b64('{"alg":"HS256","typ":"JWT"}').rstrip("=").replace("+", "-").replace("/", "_")
    body = b64('{"sub":"kvi-sensor-07","iss":"alibrug.fo","iat":1764028800}').rstrip("=").replace("+", "-").replace("/", "_")
    return head + "." + body + "." + fakes.drawn(_seed(), 43, ALNUM + "-_")


CASES: List[LabelledCase] = []


def add(category: str, file_name: str, source: str, text: str, secret: Optional[str] = None, **fields: str) -> None:
    if secret is not None:
        fields.setdefault("secret", secret)
    for key, value in fields.items():
        text = text.replace(f"@@{key}@@", value)
    assert "@@" not in text, file_name
    CASES.append(LabelledCase("blind-kl/" + category, file_name, text, secret, source))


# ---------------------------------------------------------------- pen sensors and feed barges
add("python/mqtt-password", "sensors/kvi_gateway.py", "https://eclipse.dev/paho/files/paho.mqtt.python/html/client.html", '''"""Gateway for pen sensors at Funningsfjørður (kví 1-8): oxygen, temperature, current."""
import paho.mqtt.client as mqtt

BROKER = "mqtt.alibrug.fo"
# Loyniorðið til brokeran - skal flytast í Vault áðrenn summarið
client = mqtt.Client(client_id="kvi-gw-funnings")
client.username_pw_set("kvi-gateway", "@@secret@@")
client.tls_set()
client.connect(BROKER, 8883, keepalive=60)

def publish(pen: int, o2: float, temp: float) -> None:
    client.publish(f"funnings/kvi/{pen}/o2", o2, qos=1)
    client.publish(f"funnings/kvi/{pen}/temp", temp, qos=1)
''', secret=words_pw())

add("python/decoy-env-reference", "sensors/kvi_gateway_v2.py", "https://eclipse.dev/paho/files/paho.mqtt.python/html/client.html", '''"""Gateway v2: credentials come from the environment (sett í systemd unit-fíluni)."""
import os
import paho.mqtt.client as mqtt

client = mqtt.Client(client_id=os.environ.get("KVI_GW_ID", "kvi-gw"))
client.username_pw_set(os.environ["MQTT_USER"], os.environ["MQTT_PASSWORD"])
client.tls_set(ca_certs="/etc/alibrug/ca.pem")
client.connect(os.environ.get("MQTT_HOST", "mqtt.alibrug.fo"), 8883)
''')

add("yaml/mosquitto-bridge", "barge/mosquitto/bridge.conf", "https://mosquitto.org/man/mosquitto-conf-5.html", '''# Fóðurpramma "Sigrid" -> land (Runavík)
connection barge-sigrid-to-shore
address mqtt.alibrug.fo:8883
topic fodur/# out 1
topic styring/# in 1
remote_username pramma-sigrid
remote_password @@secret@@
bridge_cafile /etc/mosquitto/ca.crt
try_private true
''', secret=rand_pw(22))

add("ini/decoy-placeholder", "barge/mosquitto/bridge.conf.example", "https://mosquitto.org/man/mosquitto-conf-5.html", '''# Dømi - kopiera til bridge.conf og fyll út
connection barge-NAME-to-shore
address mqtt.alibrug.fo:8883
topic fodur/# out 1
remote_username pramma-NAME
remote_password <fyll út loyniorð frá Vault: kv/pramma/NAME>
bridge_cafile /etc/mosquitto/ca.crt
''')

add("go/influx-token", "telemetry/cmd/o2writer/main.go", "https://github.com/influxdata/influxdb-client-go", '''package main

import (
	"context"
	"log"

	influxdb2 "github.com/influxdata/influxdb-client-go/v2"
)

// Súrevni í kvíunum -> InfluxDB (org: alibrug, bucket: kviar)
const influxToken = "@@secret@@"

func main() {
	client := influxdb2.NewClient("https://influx.alibrug.fo:8086", influxToken)
	defer client.Close()
	w := client.WriteAPIBlocking("alibrug", "kviar")
	if err := w.WriteRecord(context.Background(), "o2,pen=3 value=8.4"); err != nil {
		log.Fatal(err)
	}
}
''', secret=fakes.drawn(_seed(), 86, ALNUM + "_-") + "==")

add("go/decoy-env-reference", "telemetry/cmd/tempwriter/main.go", "https://github.com/influxdata/influxdb-client-go", '''package main

import (
	"os"

	influxdb2 "github.com/influxdata/influxdb-client-go/v2"
)

// INFLUX_TOKEN verður sett av Nomad úr Vault; ongantíð í koduni.
func main() {
	client := influxdb2.NewClient(os.Getenv("INFLUX_URL"), os.Getenv("INFLUX_TOKEN"))
	defer client.Close()
	_ = client.WriteAPI("alibrug", "kviar")
}
''')

add("env/database-url", "barge/feeder/.env", "https://12factor.net/config", '''# Fóðurstýring á pramma "Heðin"
FEEDER_SITE=vestmanna
FEEDER_PENS=12
DATABASE_URL=postgres://feeder:@@secret@@@db.pramma-hedin.local:5432/fodur
LOG_LEVEL=info
CAMERA_RTSP=rtsp://10.20.1.14/stream1
''', secret=rand_pw(18))

add("env/decoy-empty-values", "barge/feeder/.env.example", "https://12factor.net/config", '''# Dømi fyri nýggjan pramma - fyll út
FEEDER_SITE=
FEEDER_PENS=
DATABASE_URL=postgres://feeder:CHANGE_ME@localhost:5432/fodur
LOG_LEVEL=info
CAMERA_RTSP=
''')

add("c/modbus-gateway", "barge/firmware/src/config.h", "https://gcc.gnu.org/onlinedocs/cpp/Macros.html", '''#ifndef FEEDER_CONFIG_H
#define FEEDER_CONFIG_H

/* Modbus-TCP -> sky. Ikki deila hesa fíluna uttan fyri tøkniliðið. */
#define MODBUS_HOST       "10.20.1.2"
#define MODBUS_PORT       502
#define CLOUD_ENDPOINT    "https://ingest.alibrug.fo/v1/feeder"
#define CLOUD_API_KEY     "@@secret@@"
#define FEED_INTERVAL_S   90

#endif
''', secret="ab_live_" + fakes.drawn_mixed(_seed(), 40))

add("c/decoy-checksum", "barge/firmware/src/fw_version.h", "https://gcc.gnu.org/onlinedocs/cpp/Macros.html", '''#ifndef FW_VERSION_H
#define FW_VERSION_H
/* Generated by build.sh - ikki broyta */
#define FW_VERSION        "4.2.1"
#define FW_BUILD_SHA256   "@@h@@"
#define FW_GIT_COMMIT     "@@c@@"
#define FW_BUILD_DATE     "2026-11-30"
#endif
''', h=hexs(64), c=hexs(40))

add("rust/aws-iot", "edge/pen-camera/src/upload.rs", "https://docs.rs/aws-config/latest/aws_config/", '''use aws_credential_types::Credentials;

// Myndir av laksinum (lúsateljing) -> S3 bucket alibrug-lus-myndir
// TODO(Jógvan): flyt til instance profile
pub fn creds() -> Credentials {
    Credentials::new(
        "@@kid@@",
        "@@secret@@",
        None,
        None,
        "pen-camera-static",
    )
}
''', secret=(_p := aws_pair())[1], kid=_p[0])

add("rust/decoy-env-reference", "edge/pen-camera/src/config.rs", "https://docs.rs/aws-config/latest/aws_config/", '''use std::env;

/// Upload settings. Credentials come from the default chain (instance profile on the barge PC).
pub struct Upload {
    pub bucket: String,
    pub region: String,
}

pub fn load() -> Upload {
    Upload {
        bucket: env::var("LUS_BUCKET").unwrap_or_else(|_| "alibrug-lus-myndir".into()),
        region: env::var("AWS_REGION").unwrap_or_else(|_| "eu-north-1".into()),
    }
}
''')

add("csv/decoy-sensor-ids", "data/kvi_sensorar.csv", "https://www.rfc-editor.org/rfc/rfc4180", '''sensor_id,kvi,type,serial,firmware_sha1
@@u1@@,1,o2,AQS-20931,@@h1@@
@@u2@@,2,o2,AQS-20932,@@h2@@
@@u3@@,3,temp,TMP-88120,@@h3@@
@@u4@@,4,current,ADCP-5512,@@h4@@
''', u1=uuid_s(), u2=uuid_s(), u3=uuid_s(), u4=uuid_s(), h1=hexs(40), h2=hexs(40), h3=hexs(40), h4=hexs(40))

add("csv/device-keys", "data/pramma_tæki.csv", "https://www.rfc-editor.org/rfc/rfc4180", '''device,site,ip,note
feeder-hedin,Vestmanna,10.20.1.2,Modbus gateway
cam-hedin-1,Vestmanna,10.20.1.14,rtsp admin / @@secret@@
cam-hedin-2,Vestmanna,10.20.1.15,same as cam-1
ups-hedin,Vestmanna,10.20.1.30,SNMP v3 (sí Vault)
''', secret=words_pw())

add("json/azure-iot", "edge/pen-sensor/appsettings.json", "https://learn.microsoft.com/en-us/azure/iot-hub/iot-hub-dev-guide-sas", '''{
  "Site": "Hvannasund",
  "Pens": [1, 2, 3, 4, 5, 6],
  "IotHub": {
    "ConnectionString": "HostName=alibrug-iot.azure-devices.net;DeviceId=hvannasund-gw;SharedAccessKey=@@secret@@"
  },
  "SampleSeconds": 30
}
''', secret=key_b64(32))

add("json/decoy-keyvault-reference", "edge/pen-sensor/appsettings.Production.json", "https://learn.microsoft.com/en-us/azure/app-service/app-service-key-vault-references", '''{
  "Site": "Hvannasund",
  "IotHub": {
    "ConnectionString": "@Microsoft.KeyVault(SecretUri=https://kv-alibrug.vault.azure.net/secrets/iothub-hvannasund/)"
  },
  "SampleSeconds": 30
}
''')

add("csharp/iot-sas", "edge/PenSensor/DeviceClientFactory.cs", "https://learn.microsoft.com/en-us/dotnet/api/microsoft.azure.devices.client.deviceclient", '''using Microsoft.Azure.Devices.Client;

namespace Alibrug.PenSensor
{
    // Fyribils: lykilin beint í koduni til royndina við Hvannasund
    public static class DeviceClientFactory
    {
        private const string DeviceKey = "@@secret@@";

        public static DeviceClient Create() =>
            DeviceClient.Create("alibrug-iot.azure-devices.net",
                new DeviceAuthenticationWithRegistrySymmetricKey("hvannasund-gw-2", DeviceKey),
                TransportType.Mqtt);
    }
}
''', secret=key_b64(32))

add("log/decoy-masked", "logs/feeder-2026-11-28.log", "https://docs.python.org/3/library/logging.html", '''2026-11-28 05:59:58 INFO  feeder starting site=vestmanna pens=12
2026-11-28 05:59:58 INFO  db connect postgres://feeder:****@db.pramma-hedin.local:5432/fodur
2026-11-28 06:00:01 INFO  mqtt connected user=pramma-hedin password=[REDACTED]
2026-11-28 06:00:02 WARN  kvi 7: o2 6.1 mg/l below threshold 6.5
2026-11-28 06:02:30 INFO  feed cycle 1 done, 412 kg
''')

add("log/mqtt-password", "logs/gw-debug-2026-11-29.log", "https://docs.python.org/3/library/logging.html", '''2026-11-29 14:02:11 DEBUG config loaded from /etc/alibrug/gw.toml
2026-11-29 14:02:11 DEBUG mqtt connect host=mqtt.alibrug.fo port=8883 user=kvi-gateway pass=@@secret@@
2026-11-29 14:02:12 INFO  connected rc=0
2026-11-29 14:02:40 INFO  published funnings/kvi/3/o2 8.2
2026-11-29 14:03:10 INFO  published funnings/kvi/4/o2 8.0
''', secret=rand_pw(16))

add("toml/gateway-config", "edge/gw/gw.toml", "https://toml.io/en/v1.0.0", '''# Gateway fyri kvíarnar í Hvannasundi
[site]
name = "hvannasund"
pens = [1, 2, 3, 4, 5, 6]

[mqtt]
host = "mqtt.alibrug.fo"
port = 8883
user = "hvannasund-gw"
password = "@@secret@@"

[modbus]
host = "10.30.0.2"
''', secret=words_pw())

add("toml/decoy-env-reference", "edge/gw/gw.prod.toml", "https://toml.io/en/v1.0.0", '''# Produktión - loyniorð koma úr umhvørvinum (systemd EnvironmentFile)
[site]
name = "hvannasund"

[mqtt]
host = "mqtt.alibrug.fo"
port = 8883
user = "hvannasund-gw"
password = "${MQTT_PASSWORD}"
''')


# ---------------------------------------------------------------- web shops of the knitting co-operatives
add("php/stripe-key", "shop/ullvirki/wp-content/plugins/ull-checkout/config.php", "https://docs.stripe.com/keys", '''<?php
// Ullvirkið - gjaldingarskipan (Stripe)
// Minst til: broyt lykilin tá ið vit fara úr royndarham!
define('ULL_STRIPE_PUBLISHABLE', '@@pk@@');
define('ULL_STRIPE_SECRET', '@@secret@@');
define('ULL_CURRENCY', 'dkk');
define('ULL_SHIP_FROM', 'Gøta, Føroyar');
''', secret=stripe(), pk=stripe("pk_live_"))

add("php/decoy-publishable-key", "shop/ullvirki/wp-content/plugins/ull-checkout/public.php", "https://docs.stripe.com/keys", '''<?php
// Bara almenni lykilin verður sendur til kagan - hin liggur í wp-config frá umhvørvinum
$publishable = '@@pk@@';
wp_localize_script('ull-checkout', 'UllCheckout', [
    'stripeKey' => $publishable,
    'currency'  => 'dkk',
    'locale'    => 'da',
]);
''', pk=stripe("pk_live_"))

add("php/wp-config-db", "shop/ullvirki/wp-config.php", "https://developer.wordpress.org/advanced-administration/wordpress/wp-config/", '''<?php
/** Ullvirkið vevhandil - Gøta */
define( 'DB_NAME', 'ullvirki_wp' );
define( 'DB_USER', 'ullvirki' );
define( 'DB_PASSWORD', '@@secret@@' );
define( 'DB_HOST', 'mysql.ullvirki.fo' );
define( 'DB_CHARSET', 'utf8mb4' );
$table_prefix = 'uv_';
define( 'WP_DEBUG', false );
require_once ABSPATH . 'wp-settings.php';
''', secret=words_pw())

add("php/decoy-getenv", "shop/ullvirki/wp-config.docker.php", "https://developer.wordpress.org/advanced-administration/wordpress/wp-config/", '''<?php
/** Docker útgáva - alt úr umhvørvinum */
define( 'DB_NAME', getenv('WORDPRESS_DB_NAME') ?: 'ullvirki_wp' );
define( 'DB_USER', getenv('WORDPRESS_DB_USER') );
define( 'DB_PASSWORD', getenv('WORDPRESS_DB_PASSWORD') );
define( 'DB_HOST', getenv('WORDPRESS_DB_HOST') ?: 'db' );
define( 'AUTH_KEY', getenv('WORDPRESS_AUTH_KEY') );
require_once ABSPATH . 'wp-settings.php';
''')

add("php/wp-salts", "shop/bundid/wp-salts.php", "https://api.wordpress.org/secret-key/1.1/salt/", '''<?php
// Bundið vevhandil (Klaksvík) - generated 2026-03-02
define('AUTH_KEY',         '@@secret@@');
// hinir lyklarnir eru í wp-config.php sjálvari
define('WP_CACHE_KEY_SALT', 'bundid_');
define('COOKIE_DOMAIN', 'bundid.fo');
''', secret=fakes.drawn(_seed(), 64, ALNUM + "!@#$%^&*()-_[]{}<>~+=,.;:/?|"))

add("js/shopify-admin", "shop/bundid-sync/src/shopify.js", "https://shopify.dev/docs/api/admin-rest", '''// Samstilling av goymslu (garn og troyggjur) við Shopify
const SHOP = 'bundid-fo.myshopify.com';
const ADMIN_TOKEN = '@@secret@@';

export async function setInventory(itemId, locationId, qty) {
  const res = await fetch(`https://${SHOP}/admin/api/2024-10/inventory_levels/set.json`, {
    method: 'POST',
    headers: { 'X-Shopify-Access-Token': ADMIN_TOKEN, 'Content-Type': 'application/json' },
    body: JSON.stringify({ inventory_item_id: itemId, location_id: locationId, available: qty }),
  });
  if (!res.ok) throw new Error(`Shopify ${res.status}`);
}
''', secret=shopify())

add("js/decoy-env-reference", "shop/bundid-sync/src/config.js", "https://shopify.dev/docs/api/admin-rest", '''// Stillingar - loyniorð koma úr .env (ikki í git)
export const config = {
  shop: process.env.SHOPIFY_SHOP ?? 'bundid-fo.myshopify.com',
  adminToken: process.env.SHOPIFY_ADMIN_TOKEN,
  apiVersion: '2024-10',
  warehouse: 'Klaksvík',
};
''')

add("ts/stripe-restricted", "shop/ull-api/src/payments/stripe.ts", "https://docs.stripe.com/keys#limit-access", '''import Stripe from 'stripe';

// Avmarkaður lykil bara til refusiónir (Marjun gjørdi hann 12. nov)
const stripe = new Stripe('@@secret@@', {
  apiVersion: '2024-06-20',
});

export async function refund(paymentIntent: string, amountOre: number) {
  return stripe.refunds.create({ payment_intent: paymentIntent, amount: amountOre });
}
''', secret=stripe("rk_live_"))

add("ts/decoy-test-fixture", "shop/ull-api/test/fixtures/stripe.ts", "https://docs.stripe.com/testing", '''// Fake values for unit tests only - Stripe is mocked with nock, nothing leaves the machine.
export const fakeStripe = {
  secretKey: 'sk_test_FAKE_not_a_real_key_000000',
  webhookSecret: 'whsec_test_fake_fixture',
  paymentIntent: 'pi_3FakeFixture0000000000',
  customer: 'cus_FakeCustomer01',
};
''')

add("env/stripe-webhook", "shop/ull-api/.env.production", "https://docs.stripe.com/webhooks#verify-events", '''NODE_ENV=production
PORT=8080
SHOP_NAME="Ullvirkið"
STRIPE_PUBLISHABLE_KEY=@@pk@@
STRIPE_WEBHOOK_SECRET=@@secret@@
POSTA_API_URL=https://api.posta.fo/v2
''', secret="whsec_" + fakes.drawn_mixed(_seed(), 32), pk=stripe("pk_live_"))

add("env/decoy-placeholder", "shop/ull-api/.env.sample", "https://docs.stripe.com/webhooks#verify-events", '''NODE_ENV=development
PORT=8080
STRIPE_SECRET_KEY=sk_test_...
STRIPE_WEBHOOK_SECRET=whsec_...
POSTA_API_KEY=<spyr Rógva>
SENDGRID_API_KEY=
''')

add("ruby/quickpay", "shop/troyggja/config/initializers/quickpay.rb", "https://learn.quickpay.net/tech-talk/api/", '''# QuickPay til danskar og føroyskar kundar
QuickPay::API::Client.configure do |c|
  c.api_key = "@@secret@@"
  c.base_url = "https://api.quickpay.net"
end

Rails.application.config.x.quickpay_merchant = 77104
''', secret=hexs(64))

add("ruby/decoy-credentials-reference", "shop/troyggja/config/initializers/postnord.rb", "https://guides.rubyonrails.org/security.html#custom-credentials", '''# PostNord sendingar (Danmark) - lykilin er í credentials.yml.enc
POSTNORD = {
  api_key: Rails.application.credentials.dig(:postnord, :api_key),
  customer_number: "20019876",
  base_url: "https://api2.postnord.com/rest/shipment",
}.freeze
''')

add("yaml/rails-database", "shop/troyggja/config/database.yml", "https://guides.rubyonrails.org/configuring.html#configuring-a-database", '''default: &default
  adapter: postgresql
  encoding: unicode
  pool: 5

production:
  <<: *default
  database: troyggja_production
  host: pg.troyggja.fo
  username: troyggja
  password: @@secret@@
''', secret=rand_pw(24))

add("yaml/decoy-erb-env", "shop/troyggja/config/database.docker.yml", "https://guides.rubyonrails.org/configuring.html#configuring-a-database", '''default: &default
  adapter: postgresql
  pool: <%= ENV.fetch("RAILS_MAX_THREADS") { 5 } %>

production:
  <<: *default
  url: <%= ENV["DATABASE_URL"] %>
  password: <%= ENV["TROYGGJA_DATABASE_PASSWORD"] %>
''')

add("python/shipping-api", "shop/sending/posta_client.py", "https://requests.readthedocs.io/en/latest/user/authentication/", '''"""Sendingar við Posta (Føroyar) og DHL Express (útlond)."""
import requests

POSTA = "https://api.posta.fo/v2"
DHL = "https://express.api.dhl.com/mydhlapi"
DHL_AUTH = ("ullvirkiFO", "@@secret@@")  # TODO: flyt í keyring


def dhl_rates(weight_kg: float, country: str) -> dict:
    r = requests.get(f"{DHL}/rates", auth=DHL_AUTH, params={
        "originCountryCode": "FO", "originCityName": "Gota",
        "destinationCountryCode": country, "weight": weight_kg,
    }, timeout=20)
    r.raise_for_status()
    return r.json()
''', secret=rand_pw(16, "$!"))

add("python/decoy-keyring", "shop/sending/dhl_auth.py", "https://pypi.org/project/keyring/", '''"""DHL credentials from the OS keyring (sett við: keyring set dhl-express ullvirkiFO)."""
import keyring

USER = "ullvirkiFO"


def dhl_auth() -> tuple[str, str]:
    password = keyring.get_password("dhl-express", USER)
    if not password:
        raise RuntimeError("Einki DHL loyniorð í keyring - sí README")
    return USER, password
''')

add("java/nets-easy", "shop/ull-java/src/main/java/fo/ullvirki/pay/NetsConfig.java", "https://developer.nexigroup.com/nexi-checkout/en-EU/api/", '''package fo.ullvirki.pay;

/** Nets Easy (Nexi Checkout) - live. */
public final class NetsConfig {
    public static final String BASE_URL = "https://api.dibspayment.eu";
    public static final String CHECKOUT_KEY = "live-checkout-key-@@ck@@";
    public static final String SECRET_KEY = "@@secret@@";
    public static final String MERCHANT = "100017654";

    private NetsConfig() {}
}
''', secret="live-secret-key-" + hexs(32), ck=hexs(32))

add("java/decoy-spring-placeholder", "shop/ull-java/src/main/resources/application.properties", "https://docs.spring.io/spring-boot/reference/features/external-config.html", '''spring.application.name=ull-shop
server.port=8080
nets.base-url=https://api.dibspayment.eu
nets.secret-key=${NETS_SECRET_KEY}
nets.checkout-key=${NETS_CHECKOUT_KEY:}
spring.datasource.url=jdbc:postgresql://pg.ullvirki.fo:5432/shop
spring.datasource.username=shop
spring.datasource.password=${DB_PASSWORD}
''')

add("properties/datasource", "shop/ull-java/src/main/resources/application-staging.properties", "https://docs.spring.io/spring-boot/reference/features/external-config.html", '''# Staging (Tórshavn) - royndarumhvørvi
spring.datasource.url=jdbc:postgresql://pg-staging.ullvirki.fo:5432/shop
spring.datasource.username=shop_staging
spring.datasource.password=@@secret@@
nets.base-url=https://test.api.dibspayment.eu
logging.level.fo.ullvirki=DEBUG
''', secret=words_pw())

add("kotlin/mobilepay", "app/ull-android/app/src/main/java/fo/ullvirki/app/pay/MobilePay.kt", "https://developer.mobilepay.dk/", '''package fo.ullvirki.app.pay

// MobilePay ePayment - subscription key og client secret
// ÁVARING: hetta hoyrir heima á servaranum, ikki í appini
object MobilePay {
    const val CLIENT_ID = "@@cid@@"
    const val CLIENT_SECRET = "@@secret@@"
    const val MERCHANT_SERIAL = "228811"
    const val BASE = "https://api.vipps.no"
}
''', secret=rand_pw(28, "+/"), cid=uuid_s())

add("kotlin/decoy-buildconfig", "app/ull-android/app/build.gradle.kts", "https://developer.android.com/build/gradle-tips#share-custom-fields-and-resource-values-with-your-app-code", '''android {
    namespace = "fo.ullvirki.app"
    defaultConfig {
        applicationId = "fo.ullvirki.app"
        minSdk = 26
        // Almenn lykil (publishable) - loyniligi lykilin er bara á servaranum
        buildConfigField("String", "STRIPE_PK", "\\"${project.findProperty("stripePk") ?: ""}\\"")
        buildConfigField("String", "API_BASE", "\\"https://api.ullvirki.fo\\"")
    }
}
''')

add("swift/sendgrid", "app/ull-ios/Ullvirki/Support/Mailer.swift", "https://docs.sendgrid.com/api-reference/mail-send/mail-send", '''import Foundation

// Sendir váttan um keyp (kvittan) til kundan
enum Mailer {
    static let apiKey = "@@secret@@"

    static func request(to: String) -> URLRequest {
        var req = URLRequest(url: URL(string: "https://api.sendgrid.com/v3/mail/send")!)
        req.httpMethod = "POST"
        req.setValue("Bearer \\(apiKey)", forHTTPHeaderField: "Authorization")
        return req
    }
}
''', secret=sendgrid())

add("swift/decoy-plist-reference", "app/ull-ios/Ullvirki/Support/Keys.swift", "https://developer.apple.com/documentation/foundation/bundle/1408696-object", '''import Foundation

// Lyklar verða settir inn í Info.plist av CI (xcconfig úr 1Password) - her bara lesið
enum Keys {
    static var stripePublishable: String {
        Bundle.main.object(forInfoDictionaryKey: "STRIPE_PK") as? String ?? ""
    }
    static var apiBase: String {
        Bundle.main.object(forInfoDictionaryKey: "API_BASE") as? String ?? "https://api.ullvirki.fo"
    }
}
''')

add("markdown/decoy-stripe-docs-example", "shop/ull-api/docs/betaling.md", "https://docs.stripe.com/keys", '''# Betaling (Stripe)

Vit nýta Stripe Checkout. Til menning brúka royndarlyklar:

```bash
export STRIPE_SECRET_KEY=sk_test_<tín royndarlykil>
stripe listen --forward-to localhost:8080/webhooks/stripe
```

Stripe skjølini vísa lyklar sum `sk_test_...`; set ongantíð ein `sk_live_` lykil í hesa fíluna.
Livandi lykilin liggur í AWS Secrets Manager undir `ull-api/prod/stripe`.
''')

add("markdown/runbook-password", "ops/runbooks/vevhandil-nidurstodd.md", "https://www.markdownguide.org/basic-syntax/", '''# Vevhandilin er niðri - hvat geri eg?

1. Rita inn á `shop-1.ullvirki.fo` (ssh, lykil í 1Password).
2. Kanna MySQL: `mysql -u ullvirki -p'@@secret@@' -h mysql.ullvirki.fo ullvirki_wp -e 'select 1'`
3. Endurbyrja php-fpm: `sudo systemctl restart php8.2-fpm`
4. Um tað ikki hjálpir: ring til Sjúrð (tlf. í vaktarlistanum).
''', secret=words_pw())


# ---------------------------------------------------------------- CI and cloud
add("k8s-secret/mqtt-password", "deploy/k8s/telemetry/mqtt-secret.yaml", "https://kubernetes.io/docs/concepts/configuration/secret/", '''apiVersion: v1
kind: Secret
metadata:
  name: telemetry-mqtt
  namespace: alibrug
  labels:
    app: telemetry
type: Opaque
data:
  MQTT_USER: @@u@@
  MQTT_PASSWORD: @@enc@@
''', secret=(_s := rand_pw(20)), u=b64("telemetry-ingest"), enc=b64(_s))

add("k8s-secret/decoy-sealed", "deploy/k8s/telemetry/mqtt-sealedsecret.yaml", "https://github.com/bitnami-labs/sealed-secrets", '''apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata:
  name: telemetry-mqtt
  namespace: alibrug
spec:
  encryptedData:
    MQTT_PASSWORD: AgB@@c1@@
    MQTT_USER: AgA@@c2@@
''', c1=fakes.drawn(_seed(), 340, ALNUM + "+/"), c2=fakes.drawn(_seed(), 300, ALNUM + "+/"))

add("k8s-secret/stringdata-db", "deploy/k8s/shop/db-secret.yaml", "https://kubernetes.io/docs/concepts/configuration/secret/#restriction-names-data", '''apiVersion: v1
kind: Secret
metadata:
  name: shop-db
  namespace: ullvirki
type: Opaque
stringData:
  DB_HOST: mysql.ullvirki.svc
  DB_USER: ullvirki
  DB_PASSWORD: "@@secret@@"
''', secret=words_pw())

add("k8s/decoy-secretkeyref", "deploy/k8s/shop/deployment.yaml", "https://kubernetes.io/docs/tasks/inject-data-application/distribute-credentials-secure/", '''apiVersion: apps/v1
kind: Deployment
metadata:
  name: shop
  namespace: ullvirki
spec:
  replicas: 2
  selector:
    matchLabels: {app: shop}
  template:
    metadata:
      labels: {app: shop}
    spec:
      containers:
        - name: wordpress
          image: ghcr.io/ullvirki/shop:2026.11.3
          env:
            - name: WORDPRESS_DB_PASSWORD
              valueFrom:
                secretKeyRef:
                  name: shop-db
                  key: DB_PASSWORD
            - name: STRIPE_SECRET_KEY
              valueFrom:
                secretKeyRef: {name: shop-stripe, key: secret}
''')

add("k8s/env-literal", "deploy/k8s/feeder/feeder-dashboard.yaml", "https://kubernetes.io/docs/tasks/inject-data-application/define-environment-variable-container/", '''apiVersion: apps/v1
kind: Deployment
metadata:
  name: feeder-dashboard
  namespace: alibrug
spec:
  replicas: 1
  selector:
    matchLabels: {app: feeder-dashboard}
  template:
    metadata:
      labels: {app: feeder-dashboard}
    spec:
      containers:
        - name: grafana
          image: grafana/grafana:11.3.0
          env:
            - name: GF_SECURITY_ADMIN_USER
              value: fodur-admin
            - name: GF_SECURITY_ADMIN_PASSWORD
              value: "@@secret@@"   # fyribils - Hallur
''', secret=rand_pw(18))

add("helm/values-redis", "deploy/helm/telemetry/values-prod.yaml", "https://github.com/bitnami/charts/tree/main/bitnami/redis", '''# Telemetry (kvíar) - produktión
replicaCount: 2
image:
  repository: ghcr.io/alibrug/telemetry
  tag: "3.8.0"
redis:
  enabled: true
  auth:
    enabled: true
    password: @@secret@@
influx:
  url: https://influx.alibrug.fo:8086
  existingSecret: telemetry-influx
''', secret=fakes.redis_password(_seed()))

add("helm/decoy-existing-secret", "deploy/helm/telemetry/values.yaml", "https://github.com/bitnami/charts/tree/main/bitnami/redis", '''replicaCount: 1
image:
  repository: ghcr.io/alibrug/telemetry
  tag: ""
redis:
  enabled: true
  auth:
    enabled: true
    # set password in values-<env>.yaml or use existingSecret
    password: ""
    existingSecret: ""
    existingSecretPasswordKey: redis-password
''')

add("compose/postgres", "barge/docker-compose.yml", "https://docs.docker.com/compose/compose-file/05-services/#environment", '''# Fóðurpramma - lokal tænasta (PC í stýrihúsinum)
services:
  db:
    image: postgres:16
    restart: always
    environment:
      POSTGRES_USER: feeder
      POSTGRES_PASSWORD: @@secret@@
      POSTGRES_DB: fodur
    volumes:
      - ./pgdata:/var/lib/postgresql/data
  feeder:
    image: ghcr.io/alibrug/feeder:4.2.1
    depends_on: [db]
''', secret=rand_pw(20))

add("compose/decoy-env-file", "shop/docker-compose.yml", "https://docs.docker.com/compose/how-tos/environment-variables/set-environment-variables/", '''services:
  wordpress:
    image: wordpress:6.6-php8.2
    env_file: .env          # ikki í git
    environment:
      WORDPRESS_DB_HOST: db
      WORDPRESS_DB_PASSWORD: ${WORDPRESS_DB_PASSWORD:?sett í .env}
  db:
    image: mariadb:11
    environment:
      MARIADB_ROOT_PASSWORD_FILE: /run/secrets/db_root
    secrets: [db_root]
secrets:
  db_root:
    file: ./secrets/db_root.txt
''')

add("terraform/aws-keys", "infra/terraform/providers.tf", "https://registry.terraform.io/providers/hashicorp/aws/latest/docs#provider-configuration", '''terraform {
  required_providers {
    aws = { source = "hashicorp/aws", version = "~> 5.60" }
  }
}

# Skal burtur! nýt profile í staðin (Bárður, 2026-10)
provider "aws" {
  region     = "eu-north-1"
  access_key = "@@kid@@"
  secret_key = "@@secret@@"
}
''', secret=(_p := aws_pair())[1], kid=_p[0])

add("terraform/decoy-variable", "infra/terraform/rds.tf", "https://developer.hashicorp.com/terraform/language/values/variables#suppressing-values-in-cli-output", '''variable "db_password" {
  description = "Loyniorð til RDS (kemur úr TF_VAR_db_password í CI)"
  type        = string
  sensitive   = true
}

resource "aws_db_instance" "telemetry" {
  identifier        = "alibrug-telemetry"
  engine            = "postgres"
  instance_class    = "db.t4g.medium"
  allocated_storage = 100
  username          = "telemetry"
  password          = var.db_password
}
''')

add("terraform/tfvars-password", "infra/terraform/prod.auto.tfvars", "https://developer.hashicorp.com/terraform/language/values/variables#variable-definitions-tfvars-files", '''region        = "eu-north-1"
env           = "prod"
site_names    = ["funnings", "hvannasund", "vestmanna", "sandoy"]
db_password   = "@@secret@@"
alarm_email   = "vakt@alibrug.fo"
''', secret=words_pw())

add("terraform/decoy-random-password", "infra/terraform/redis.tf", "https://registry.terraform.io/providers/hashicorp/random/latest/docs/resources/password", '''resource "random_password" "redis" {
  length  = 32
  special = false
}

resource "aws_secretsmanager_secret_version" "redis" {
  secret_id     = aws_secretsmanager_secret.redis.id
  secret_string = random_password.redis.result
}
''')

add("github-actions/slack-webhook", ".github/workflows/deploy-shop.yml", "https://docs.github.com/en/actions/writing-workflows/workflow-syntax-for-github-actions", '''name: deploy-shop
on:
  push:
    branches: [main]
jobs:
  deploy:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - run: ./scripts/deploy.sh
        env:
          DEPLOY_KEY: ${{ secrets.DEPLOY_KEY }}
      - name: Boða frá á Slack
        if: always()
        run: |
          curl -X POST -H 'Content-type: application/json' \\
            --data '{"text":"Vevhandilin útgivin: ${{ job.status }}"}' \\
            @@secret@@
''', secret=slack_webhook())

add("github-actions/decoy-secrets-context", ".github/workflows/ci.yml", "https://docs.github.com/en/actions/security-for-github-actions/security-guides/using-secrets-in-github-actions", '''name: ci
on: [push, pull_request]
jobs:
  test:
    runs-on: ubuntu-latest
    services:
      postgres:
        image: postgres:16
        env:
          POSTGRES_PASSWORD: postgres
        ports: ["5432:5432"]
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-node@v4
        with: {node-version: 20}
      - run: npm ci && npm test
        env:
          DATABASE_URL: postgres://postgres:postgres@localhost:5432/test
          STRIPE_SECRET_KEY: ${{ secrets.STRIPE_TEST_KEY }}
''')

add("gitlab-ci/registry-token", ".gitlab-ci.yml", "https://docs.gitlab.com/ee/ci/yaml/", '''stages: [build, push]

variables:
  IMAGE: registry.gitlab.com/alibrug/feeder
  # Atlit: deploy token til pramma-PC'arnar (read_registry)
  PRAMMA_PULL_TOKEN: "@@secret@@"

build:
  stage: build
  script:
    - docker build -t $IMAGE:$CI_COMMIT_SHORT_SHA .

push:
  stage: push
  script:
    - docker push $IMAGE:$CI_COMMIT_SHORT_SHA
''', secret=gitlab())

add("gitlab-ci/decoy-masked-variable", "ci/gitlab/deploy-barge.yml", "https://docs.gitlab.com/ee/ci/variables/", '''deploy-barge:
  stage: deploy
  image: alpine:3.20
  script:
    - apk add openssh-client
    - eval $(ssh-agent -s)
    - echo "$BARGE_SSH_KEY" | tr -d '\\r' | ssh-add -
    - ssh feeder@pramma-hedin.vpn.alibrug.fo "docker compose pull && docker compose up -d"
  variables:
    GIT_STRATEGY: none
  rules:
    - if: $CI_COMMIT_TAG
''')

add("dockerfile/npm-token", "shop/ull-api/Dockerfile", "https://docs.npmjs.com/docs/using-private-packages-in-a-ci-cd-workflow", '''FROM node:20-alpine AS build
WORKDIR /app
COPY package*.json ./
# privata pakkin @ullvirki/ui liggur á npm
RUN echo "//registry.npmjs.org/:_authToken=@@secret@@" > .npmrc && npm ci && rm .npmrc
COPY . .
RUN npm run build

FROM node:20-alpine
COPY --from=build /app/dist /app
CMD ["node", "/app/server.js"]
''', secret=npm())

add("dockerfile/decoy-build-secret", "barge/feeder/Dockerfile", "https://docs.docker.com/build/building/secrets/", '''# syntax=docker/dockerfile:1
FROM python:3.12-slim
WORKDIR /srv
COPY requirements.txt .
RUN --mount=type=secret,id=pip_token \\
    PIP_INDEX_URL="https://__token__:$(cat /run/secrets/pip_token)@pypi.alibrug.fo/simple" \\
    pip install -r requirements.txt
COPY feeder/ feeder/
CMD ["python", "-m", "feeder"]
''')

add("ansible/vault-missing", "ops/ansible/group_vars/barges.yml", "https://docs.ansible.com/ansible/latest/vault_guide/index.html", '''# Allir fóðurprammar
feeder_version: "4.2.1"
feeder_db_user: feeder
feeder_db_password: "@@secret@@"
mqtt_host: mqtt.alibrug.fo
ntp_servers:
  - ntp.alibrug.fo
''', secret=rand_pw(20))

add("ansible/decoy-vault-encrypted", "ops/ansible/group_vars/barges_vault.yml", "https://docs.ansible.com/ansible/latest/vault_guide/vault_encrypting_content.html", '''feeder_db_password: !vault |
          $ANSIBLE_VAULT;1.1;AES256
          @@l1@@
          @@l2@@
          @@l3@@
          @@l4@@
''', l1=hexs(80), l2=hexs(80), l3=hexs(80), l4=hexs(42))

add("ansible/task-arg", "ops/ansible/roles/influx/tasks/main.yml", "https://docs.ansible.com/ansible/latest/collections/ansible/builtin/uri_module.html", '''- name: Stovna bucket fyri nýggja kví
  ansible.builtin.uri:
    url: "https://influx.alibrug.fo:8086/api/v2/buckets"
    method: POST
    headers:
      Authorization: "Token @@secret@@"
    body_format: json
    body:
      orgID: "{{ influx_org_id }}"
      name: "kvi-{{ site_name }}"
    status_code: [201, 422]
''', secret=fakes.drawn(_seed(), 86, ALNUM + "_-") + "==")

add("ansible/decoy-lookup", "ops/ansible/roles/mqtt/tasks/main.yml", "https://docs.ansible.com/ansible/latest/collections/community/hashi_vault/hashi_vault_lookup.html", '''- name: Skriva mosquitto passwd
  ansible.builtin.command: >
    mosquitto_passwd -b /etc/mosquitto/passwd {{ item.user }}
    {{ lookup('community.hashi_vault.hashi_vault', 'secret=kv/data/mqtt/' ~ item.user ~ ':password') }}
  loop: "{{ mqtt_users }}"
  no_log: true
''')


# ---------------------------------------------------------------- alarms: oxygen, storms, feeding
add("python/telegram-bot", "alarms/o2_alarm_bot.py", "https://core.telegram.org/bots/api", '''"""Sendir ávaring á Telegram tá ið súrevnið fellur undir 6 mg/l."""
import requests

BOT_TOKEN = "@@secret@@"
CHAT_ID = -1001874200311  # "Vakt - kvíar"


def alarm(pen: int, o2: float) -> None:
    text = f"⚠️ Kví {pen}: súrevni {o2:.1f} mg/l"
    requests.post(f"https://api.telegram.org/bot{BOT_TOKEN}/sendMessage",
                  json={"chat_id": CHAT_ID, "text": text}, timeout=10)
''', secret=fakes.telegram_token(_seed()))

add("python/decoy-telegram-env", "alarms/storm_alarm_bot.py", "https://core.telegram.org/bots/api", '''"""Stormávaring (vindur > 25 m/s) til pramma-vaktina."""
import os
import requests

BOT_TOKEN = os.environ["TELEGRAM_BOT_TOKEN"]
CHAT_ID = int(os.environ.get("TELEGRAM_CHAT_ID", "-1001874200311"))


def storm(site: str, wind: float) -> None:
    requests.post(f"https://api.telegram.org/bot{BOT_TOKEN}/sendMessage",
                  json={"chat_id": CHAT_ID, "text": f"Stormur við {site}: {wind} m/s"}, timeout=10)
''')

add("python/twilio-sms", "alarms/sms.py", "https://www.twilio.com/docs/usage/api", '''from twilio.rest import Client

# SMS til vaktarfólkið um netið er niðri á prammanum
ACCOUNT_SID = "@@sid@@"
AUTH_TOKEN = "@@secret@@"
client = Client(ACCOUNT_SID, AUTH_TOKEN)


def sms(to: str, body: str) -> None:
    client.messages.create(to=to, from_="+298200100", body=body)
''', secret=hexs(32), sid=twilio_sid())

add("python/decoy-twilio-sid-only", "alarms/sms_config.py", "https://www.twilio.com/docs/usage/api", '''"""Twilio: bara konto-id her; token liggur í AWS SSM /alibrug/twilio/auth_token."""
import boto3

ACCOUNT_SID = "@@sid@@"
FROM = "+298200100"


def auth_token() -> str:
    ssm = boto3.client("ssm", region_name="eu-north-1")
    return ssm.get_parameter(Name="/alibrug/twilio/auth_token", WithDecryption=True)["Parameter"]["Value"]
''', sid=twilio_sid())

add("js/slack-bot", "alarms/slack/notify.js", "https://api.slack.com/methods/chat.postMessage", '''// Fóðurfrágreiðing hvønn morgun kl. 7 í #fodur
const { WebClient } = require('@slack/web-api');
const slack = new WebClient('@@secret@@');

async function morningReport(rows) {
  const lines = rows.map(r => `Kví ${r.pen}: ${r.kg} kg, FCR ${r.fcr}`);
  await slack.chat.postMessage({ channel: '#fodur', text: lines.join('\\n') });
}

module.exports = { morningReport };
''', secret=slack_bot())

add("markdown/decoy-slack-placeholder", "alarms/slack/README.md", "https://api.slack.com/authentication/token-types", '''# Slack-boð

Set `SLACK_BOT_TOKEN` í `.env`. Tokenin byrjar við `xoxb-` og sær út sum
`xoxb-XXXXXXXXXXX-XXXXXXXXXXXXX-XXXXXXXXXXXXXXXXXXXXXXXX` (dømi úr Slack skjølunum).

```
SLACK_BOT_TOKEN=xoxb-your-token-here
```

Bottin skal hava `chat:write` í #fodur og #vakt.
''')

add("yaml/alertmanager-webhook", "ops/monitoring/alertmanager.yml", "https://prometheus.io/docs/alerting/latest/configuration/#slack_config", '''route:
  receiver: vakt
  group_by: [site, alertname]
receivers:
  - name: vakt
    slack_configs:
      - api_url: @@secret@@
        channel: '#vakt'
        title: '{{ .CommonLabels.alertname }} ({{ .CommonLabels.site }})'
        send_resolved: true
''', secret=slack_webhook())

add("yaml/decoy-alertmanager-file", "ops/monitoring/alertmanager.prod.yml", "https://prometheus.io/docs/alerting/latest/configuration/#slack_config", '''route:
  receiver: vakt
receivers:
  - name: vakt
    slack_configs:
      - api_url_file: /etc/alertmanager/secrets/slack-vakt-url
        channel: '#vakt'
        send_resolved: true
''')

add("yaml/pagerduty-key", "ops/monitoring/pagerduty.yml", "https://prometheus.io/docs/alerting/latest/configuration/#pagerduty_config", '''receivers:
  - name: nattarvakt
    pagerduty_configs:
      # Integration key fyri "Alibrúk kvíar" tænastuna
      - routing_key: @@secret@@
        severity: critical
        description: 'Kví {{ .CommonLabels.pen }} ({{ .CommonLabels.site }})'
''', secret=hexs(32))

add("json/discord-webhook", "alarms/discord.json", "https://discord.com/developers/docs/resources/webhook", '''{
  "name": "ullvirki-bílegg",
  "description": "Nýggjar bíleggingar í vevhandlinum -> #bíleggingar",
  "webhook": "https://discord.com/api/webhooks/@@wid@@/@@secret@@",
  "mention_role": "pakking"
}
''', secret=fakes.drawn(_seed(), 68, ALNUM + "_-"), wid=str(random.Random(_seed()).randint(10**17, 10**18)))

add("go/teams-webhook", "alarms/teams/main.go", "https://learn.microsoft.com/en-us/microsoftteams/platform/webhooks-and-connectors/how-to/add-incoming-webhook", '''package main

import (
	"bytes"
	"net/http"
)

// Boð til Teams kanalin "Fóðurpramma Sigrid"
var webhook = "https://alibrug.webhook.office.com/webhookb2/@@g1@@@@@g2@@/IncomingWebhook/@@secret@@/@@g3@@"

func notify(msg string) error {
	_, err := http.Post(webhook, "application/json", bytes.NewBufferString(`{"text":"`+msg+`"}`))
	return err
}
''', secret=hexs(32), g1=uuid_s(), g2=uuid_s(), g3=uuid_s())

add("go/decoy-flag-default", "alarms/teams/flags.go", "https://pkg.go.dev/flag", '''package main

import "flag"

var (
	webhookURL = flag.String("webhook", "", "Teams incoming webhook URL (úr Vault: kv/alarms/teams)")
	site       = flag.String("site", "sigrid", "pramma navn")
	dryRun     = flag.Bool("dry-run", false, "send einki, bara prenta")
)
''')

# ---------------------------------------------------------------- client configs and dotfiles
add("netrc/password", "ops/home/jogvan/.netrc", "https://everything.curl.dev/usingcurl/netrc", '''machine ftp.alibrug.fo
login lusateljing
password @@secret@@

machine nexus.alibrug.fo
login ci-reader
password ${NEXUS_PASSWORD}
''', secret=words_pw())

add("pgpass/password", "ops/home/hallur/.pgpass", "https://www.postgresql.org/docs/current/libpq-pgpass.html", '''# host:port:database:username:password
db.pramma-hedin.local:5432:fodur:feeder:@@secret@@
localhost:5432:*:postgres:*
pg-staging.ullvirki.fo:5432:shop:shop_staging:*
# rapport-brúkarin nýtir ~/.pg_service.conf
''', secret=rand_pw(22))

add("npmrc/token", "shop/ull-ui/.npmrc", "https://docs.npmjs.com/cli/v10/configuring-npm/npmrc", '''@ullvirki:registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=@@secret@@
save-exact=true
engine-strict=true
fund=false
''', secret=npm())

add("npmrc/decoy-env-reference", "shop/ull-api/.npmrc", "https://docs.npmjs.com/cli/v10/configuring-npm/npmrc", '''@ullvirki:registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=${NPM_TOKEN}
save-exact=true
audit-level=high
package-lock=true
''')

add("pip/index-url", "barge/feeder/pip.conf", "https://pip.pypa.io/en/stable/topics/configuration/", '''[global]
# Privat pakkagoymsla (Nexus í Tórshavn)
index-url = https://ci-reader:@@secret@@@nexus.alibrug.fo/repository/pypi-all/simple
timeout = 60
trusted-host = nexus.alibrug.fo
retries = 3
''', secret=rand_pw(20))

add("pypirc/token", "ops/home/ci/.pypirc", "https://packaging.python.org/en/latest/specifications/pypirc/", '''[distutils]
index-servers =
    pypi

[pypi]
username = __token__
password = @@secret@@
''', secret=fakes.pypi_token(_seed()))

add("pypirc/decoy-no-password", "ops/templates/pypirc.template", "https://packaging.python.org/en/latest/specifications/pypirc/", '''[distutils]
index-servers =
    pypi
    alibrug

[pypi]
username = __token__
# password: nýt keyring ella TWINE_PASSWORD

[alibrug]
repository = https://nexus.alibrug.fo/repository/pypi-internal/
username = ci-publisher
''')

add("git-credentials/token", "ops/home/ci/.git-credentials", "https://git-scm.com/docs/git-credential-store", '''https://alibrug-ci:@@secret@@@github.com
https://gitlab-ci-token:${CI_JOB_TOKEN}@gitlab.com
https://oauth2:REDACTED@bitbucket.org
https://x-access-token:<token>@github.com
https://ullvirki-bot@github.com
''', secret=github())

add("docker-config/auth", "ops/home/ci/.docker/config.json", "https://docs.docker.com/reference/cli/docker/login/", '''{
  "auths": {
    "ghcr.io": {
      "auth": "@@enc@@"
    },
    "registry.gitlab.com": {}
  },
  "credsStore": ""
}
''', secret=(_t := github()), enc=b64("alibrug-ci:" + _t))

add("docker-config/decoy-creds-store", "ops/home/hallur/.docker/config.json", "https://docs.docker.com/reference/cli/docker/login/#credential-stores", '''{
  "auths": {
    "ghcr.io": {},
    "registry.gitlab.com": {},
    "123456789012.dkr.ecr.eu-north-1.amazonaws.com": {}
  },
  "credsStore": "desktop",
  "currentContext": "default"
}
''')

add("kubeconfig/token", "ops/kube/alibrug-prod.kubeconfig", "https://kubernetes.io/docs/concepts/configuration/organize-cluster-access-kubeconfig/", '''apiVersion: v1
kind: Config
clusters:
  - name: alibrug-prod
    cluster:
      server: https://k8s.alibrug.fo:6443
      certificate-authority: /etc/alibrug/k8s-ca.crt
users:
  - name: ci-deployer
    user:
      token: @@secret@@
contexts:
  - name: prod
    context: {cluster: alibrug-prod, user: ci-deployer, namespace: alibrug}
current-context: prod
''', secret=jwt_like())

add("kubeconfig/decoy-exec-plugin", "ops/kube/alibrug-eks.kubeconfig", "https://kubernetes.io/docs/reference/access-authn-authz/authentication/#client-go-credential-plugins", '''apiVersion: v1
kind: Config
clusters:
  - name: alibrug-eks
    cluster:
      server: https://A1B2C3D4E5F6.gr7.eu-north-1.eks.amazonaws.com
      certificate-authority-data: LS0tLS1CRUdJTiBDRVJUSUZJQ0FURS0tLS0tCk1JSUM=
users:
  - name: sso
    user:
      exec:
        apiVersion: client.authentication.k8s.io/v1beta1
        command: aws
        args: [eks, get-token, --cluster-name, alibrug-eks, --profile, alibrug-sso]
contexts:
  - name: eks
    context: {cluster: alibrug-eks, user: sso}
current-context: eks
''')

add("ssh/private-key", "ops/keys/pramma_deploy_ed25519", "https://man.openbsd.org/ssh-keygen", '''@@secret@@
''', secret=fakes.fake_pem(_seed(), "OPENSSH"))

add("ssh/decoy-public-key", "ops/keys/pramma_deploy_ed25519.pub", "https://man.openbsd.org/ssh-keygen", '''# Almenni lykilin hjá deploy - leggið í ~feeder/.ssh/authorized_keys á øllum prammum
# (privati lykilin er í 1Password: "pramma deploy")
ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI@@k@@ deploy@alibrug-ci
# fingerprint: SHA256:@@f@@
# útgivin 2026-02-14, Bárður
''', k=fakes.drawn(_seed(), 43, ALNUM + "+/"), f=fakes.drawn(_seed(), 43, ALNUM + "+/"))

add("rclone/password", "ops/backup/rclone.conf", "https://rclone.org/sftp/", '''[lusamyndir-sftp]
type = sftp
host = ftp.alibrug.fo
user = lusateljing
pass = @@secret@@
shell_type = unix

[b2-backup]
type = b2
account = 0031f0a5b2c8d9e0000000004
key = ${B2_KEY}
''', secret=fakes.drawn(_seed(), 54, ALNUM + "-_"))

add("ini/odbc-password", "ops/reports/odbc.ini", "https://learn.microsoft.com/en-us/sql/connect/odbc/linux-mac/connection-string-keywords-and-data-source-names-dsns", '''[Alibrug-Fodur]
Driver      = PostgreSQL Unicode
Servername  = db.alibrug.fo
Port        = 5432
Database    = fodur
UserName    = rapport
Password    = @@secret@@
SSLmode     = require
''', secret=words_pw())

add("ini/decoy-odbc-trusted", "ops/reports/odbc.windows.ini", "https://learn.microsoft.com/en-us/sql/connect/odbc/linux-mac/connection-string-keywords-and-data-source-names-dsns", '''[Ullvirki-Bokhald]
Driver             = ODBC Driver 18 for SQL Server
Server             = sql01.ullvirki.local
Database           = Bokhald
Trusted_Connection = yes
Encrypt            = yes
; einki loyniorð - Windows innritan
''')


# ---------------------------------------------------------------- shell, histories, PowerShell
add("shell-history/mysql-password", "ops/home/sjurdur/.bash_history", "https://www.gnu.org/software/bash/manual/html_node/Bash-History-Facilities.html", '''cd /var/www/ullvirki
sudo systemctl status php8.2-fpm
tail -n 200 /var/log/nginx/error.log
mysqldump -u ullvirki --password='@@secret@@' ullvirki_wp > /tmp/uv-2026-11-30.sql
gzip /tmp/uv-2026-11-30.sql
aws s3 cp /tmp/uv-2026-11-30.sql.gz s3://ullvirki-backup/
exit
''', secret=words_pw())

add("shell-history/decoy-prompted", "ops/home/marjun/.bash_history", "https://www.gnu.org/software/bash/manual/html_node/Bash-History-Facilities.html", '''ssh shop-1.ullvirki.fo
mysql -u ullvirki -p -h mysql.ullvirki.fo ullvirki_wp
read -s STRIPE_SECRET_KEY; export STRIPE_SECRET_KEY
stripe refunds create --payment-intent pi_3QxY2bLk
history -c
git log --oneline | head
''')

add("shell-history/curl-bearer", "ops/home/hallur/.zsh_history", "https://zsh.sourceforge.io/Doc/Release/Options.html#History", ''': 1764412011:0;kubectl -n alibrug get pods
: 1764412040:0;kubectl -n alibrug logs deploy/telemetry --tail=50
: 1764412102:0;curl -s -H "Authorization: Token @@secret@@" "https://influx.alibrug.fo:8086/api/v2/buckets?org=alibrug" | jq '.buckets[].name'
: 1764412190:0;cd ~/src/alibrug/telemetry
: 1764412201:0;git pull
''', secret=fakes.drawn(_seed(), 86, ALNUM + "_-") + "==")

add("shell/heredoc-env", "barge/scripts/provision.sh", "https://www.gnu.org/software/bash/manual/html_node/Redirections.html#Here-Documents", '''#!/usr/bin/env bash
# Uppseting av nýggjari pramma-PC
set -euo pipefail
SITE="${1:?site}"

cat > /etc/alibrug/feeder.env <<EOF
FEEDER_SITE=${SITE}
MQTT_HOST=mqtt.alibrug.fo
MQTT_USER=pramma-${SITE}
MQTT_PASSWORD=@@secret@@
EOF
chmod 600 /etc/alibrug/feeder.env
systemctl enable --now feeder
''', secret=rand_pw(20))

add("shell/decoy-vault-read", "barge/scripts/provision-v2.sh", "https://developer.hashicorp.com/vault/docs/commands/kv/get", '''#!/usr/bin/env bash
# Uppseting v2: loyniorð úr Vault, ikki í skriptinum
set -euo pipefail
SITE="${1:?site}"
MQTT_PASSWORD="$(vault kv get -field=password "kv/mqtt/pramma-${SITE}")"

install -m 600 /dev/null /etc/alibrug/feeder.env
printf 'FEEDER_SITE=%s\\nMQTT_PASSWORD=%s\\n' "$SITE" "$MQTT_PASSWORD" > /etc/alibrug/feeder.env
systemctl enable --now feeder
''')

add("shell/aws-export", "ops/scripts/sync-lusamyndir.sh", "https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-envvars.html", '''#!/bin/sh
# Flyt lúsamyndir frá ftp-servaranum til S3 (cron 02:00)
export AWS_ACCESS_KEY_ID=@@kid@@
export AWS_SECRET_ACCESS_KEY=@@secret@@
export AWS_DEFAULT_REGION=eu-north-1
aws s3 sync /srv/ftp/lusateljing/ s3://alibrug-lus-myndir/raw/ --only-show-errors
''', secret=(_p := aws_pair())[1], kid=_p[0])

add("shell/decoy-aws-profile", "ops/scripts/sync-fodurdata.sh", "https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-files.html", '''#!/bin/sh
# Fóðurdata -> S3. Nýtir profil "alibrug-batch" (~/.aws/config, SSO)
export AWS_PROFILE=alibrug-batch
# AWS_ACCESS_KEY_ID=AKIA................  (ikki her!)
aws s3 sync /srv/fodur/export/ s3://alibrug-fodur/export/ --only-show-errors
''')

add("aws-credentials/static", "ops/home/ci/.aws/credentials", "https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-files.html", '''[default]
region = eu-north-1

[alibrug-backup]
aws_access_key_id = @@kid@@
aws_secret_access_key = @@secret@@
''', secret=(_p := aws_pair())[1], kid=_p[0])

add("aws-config/decoy-sso", "ops/home/hallur/.aws/config", "https://docs.aws.amazon.com/cli/latest/userguide/sso-configure-profile-token.html", '''[profile alibrug-sso]
sso_session = alibrug
sso_account_id = 123456789012
sso_role_name = AdministratorAccess
region = eu-north-1

[sso-session alibrug]
sso_start_url = https://alibrug.awsapps.com/start
sso_region = eu-north-1
''')

add("powershell/sql-password", "ops/windows/Backup-Bokhald.ps1", "https://learn.microsoft.com/en-us/powershell/module/sqlserver/backup-sqldatabase", '''# Trygdarritið av bókhaldinum hjá Ullvirkinum (kl. 23 hvønn dag)
$pw = ConvertTo-SecureString '@@secret@@' -AsPlainText -Force
$cred = New-Object System.Management.Automation.PSCredential ("backup_svc", $pw)
Backup-SqlDatabase -ServerInstance "sql01.ullvirki.local" -Database "Bokhald" `
    -BackupFile "\\\\nas01\\backup\\Bokhald_$(Get-Date -Format yyyyMMdd).bak" -Credential $cred
Write-Host "Liðugt"
''', secret=words_pw())

add("powershell/decoy-secret-management", "ops/windows/Backup-Lager.ps1", "https://learn.microsoft.com/en-us/powershell/utility-modules/secretmanagement/overview", '''# Trygdarritið av goymsluskipanini - loyniorð úr SecretStore
Import-Module Microsoft.PowerShell.SecretManagement
$cred = Get-Secret -Name "ullvirki-backup-svc" -Vault UllvirkiStore
Backup-SqlDatabase -ServerInstance "sql01.ullvirki.local" -Database "Lager" `
    -BackupFile "\\\\nas01\\backup\\Lager.bak" -Credential $cred
''')

add("powershell/azure-sp", "ops/windows/Connect-Alibrug.ps1", "https://learn.microsoft.com/en-us/powershell/azure/authenticate-noninteractive", '''# Service principal til nátt-jobbin (eksport av kvíadata til Power BI)
$tenant = "@@t@@"
$appId  = "@@a@@"
$secret = ConvertTo-SecureString '@@secret@@' -AsPlainText -Force
$cred = New-Object System.Management.Automation.PSCredential($appId, $secret)
Connect-AzAccount -ServicePrincipal -Tenant $tenant -Credential $cred
''', secret=azure_secret(), t=uuid_s(), a=uuid_s())

add("batch/net-use", "ops/windows/kort-drev.bat", "https://learn.microsoft.com/en-us/windows-server/administration/windows-commands/net-use", '''@echo off
REM Kortleggja felags drevið hjá strikkikvinnunum (mynstur og myndir)
net use M: \\\\nas01.ullvirki.local\\mynstur /user:ULLVIRKI\\strikk @@secret@@ /persistent:yes
net use P: \\\\nas01.ullvirki.local\\myndir /persistent:yes
echo Drevini eru klár
''', secret=rand_pw(16))

# ---------------------------------------------------------------- notes, wikis, documentation
add("markdown/note-table", "docs/wiki/Prammar.md", "https://docs.github.com/en/get-started/writing-on-github/working-with-advanced-formatting/organizing-information-with-tables", '''# Fóðurprammar - yvirlit

| Pramma  | Stað        | IP (VPN)     | Innritan (stýri-PC) |
|---------|-------------|--------------|---------------------|
| Heðin   | Vestmanna   | 10.20.1.10   | sí 1Password        |
| Sigrid  | Funningsfj. | 10.20.2.10   | sí 1Password        |
| Rannvá  | Sandoy      | 10.20.3.10   | admin / @@secret@@   |

Rannvá verður flutt til 1Password í næstu viku (Hallur).
''', secret=words_pw())

add("markdown/decoy-password-policy", "docs/wiki/Loyniord.md", "https://pages.nist.gov/800-63-4/sp800-63b.html", '''# Loyniorð - reglur

* Øll loyniorð verða goymd í 1Password (vault: "Alibrúk drift").
* Ongantíð skriva loyniorð í wiki, Slack ella git.
* Dømi um eitt gott loyniorð: fýra tilvildarlig orð, t.d. `rætt-hestur-batterí-heftiklombra`
  (frá xkcd 936 - NÝT TAÐ IKKI).
* Broyt loyniorðið á pramma-PC'unum tá ið ein starvsfólk fer.
''')

add("markdown/readme-api-key", "shop/garn-api/README.md", "https://www.markdownguide.org/basic-syntax/", '''# garn-api

Lítið API til garnlistan hjá Bundið (litir, ullslag, goymsla).

## Koyr lokalt

```bash
export GARN_DB=postgres://garn:garn@localhost/garn
export SHOPIFY_STOREFRONT_TOKEN=@@secret@@
npm run dev
```

Storefront token er bara til lesing, men deil hann ikki.
''', secret=hexs(32))

add("markdown/decoy-readme-example", "shop/garn-api/CONTRIBUTING.md", "https://shopify.dev/docs/api/usage/authentication", '''# Íkast til garn-api

1. Fá tín egna Storefront token frá Shopify admin (Apps -> Develop apps).
2. Legg hann í `.env.local`:

```
SHOPIFY_STOREFRONT_TOKEN=<tín token>
SHOPIFY_ADMIN_TOKEN=shpat_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx
```

`.env.local` er í `.gitignore`.
''')

add("rst/smtp-password", "docs/source/teldupostur.rst", "https://docutils.sourceforge.io/docs/ref/rst/restructuredtext.html", '''Teldupostur úr vevhandlinum
===========================

Handilin sendir váttanir gjøgnum Mailgun (ES økið).

.. code-block:: ini

   [smtp]
   host = smtp.eu.mailgun.org
   port = 587
   user = postmaster@mg.ullvirki.fo
   password = @@secret@@

Broyt loyniorðið í Mailgun, um tað lekur.
''', secret=hexs(32) + "-" + hexs(8) + "-" + hexs(8))

add("rst/decoy-doc-example", "docs/source/betalingar.rst", "https://docutils.sourceforge.io/docs/ref/rst/restructuredtext.html", '''Betalingar
==========

QuickPay API-lykilin verður lisin úr umhvørvinum:

.. code-block:: bash

   export QUICKPAY_API_KEY="<api-lykil úr QuickPay manage>"

Í royndum nýta vit ``QUICKPAY_API_KEY=test`` og eitt mock-ambætara.
''')

add("html/url-credentials", "ops/status/index.html", "https://developer.mozilla.org/en-US/docs/Web/HTML/Element/iframe", '''<!doctype html>
<html lang="fo">
<head><meta charset="utf-8"><title>Vaktarskíggin - kvíar</title></head>
<body style="margin:0">
  <!-- Sjónvarpið á vaktarstovuni: Grafana í kiosk-ham (brúkari "vakt") -->
  <iframe src="https://vakt:@@secret@@@grafana.alibrug.fo/d/kviar/oll-kviar?orgId=1&kiosk"
          style="width:100vw;height:100vh;border:0"></iframe>
</body>
</html>
''', secret=rand_pw(18))

add("html/decoy-stripe-js", "shop/ullvirki/templates/kassi.html", "https://docs.stripe.com/js", '''<!doctype html>
<html lang="fo">
<head><meta charset="utf-8"><title>Kassi</title>
<script src="https://js.stripe.com/v3/"></script></head>
<body>
  <form id="payment-form"><div id="card"></div><button>Gjalda</button></form>
  <script>
    const stripe = Stripe('@@pk@@');
    const card = stripe.elements().create('card'); card.mount('#card');
  </script>
</body>
</html>
''', pk=stripe("pk_live_"))

add("text/note-faroese", "notes/hallur-2026-11.txt", "https://en.wikipedia.org/wiki/Text_file", '''Minnisnotat - Hallur, nov 2026

- Kví 7 í Vestmanna: nýggjur súrevnismátari settur upp 14/11.
- Grafana admin á pramma Heðin broytt. Nýtt loyniorð: @@secret@@
  (skal leggjast í 1Password, gloymdi tað)
- Bára skal hava atgongd til fóðurrapportir.
- Tingast um nýggjan netkapal til Sandoy.
''', secret=words_pw())

add("text/decoy-note-vault", "notes/barður-2026-10.txt", "https://en.wikipedia.org/wiki/Text_file", '''Minnisnotat - Bárður, okt 2026

- AWS lyklarnir til lúsamynda-jobbin eru roteraðir (gamli AKIA...XK2Q er avvirkin).
- Nýggir lyklar liggja í Vault: kv/aws/lusamyndir (bara CI hevur atgongd).
- Terraform state er flutt til S3 bucket alibrug-tfstate við KMS.
- Minst til at strika provider "aws" access_key úr providers.tf!
''')


# ---------------------------------------------------------------- data: notebooks, SQL, analysis
add("notebook/influx-token", "analysis/notebooks/o2_vestmanna.ipynb", "https://nbformat.readthedocs.io/en/latest/format_description.html", '''{
 "cells": [
  {
   "cell_type": "markdown",
   "metadata": {},
   "source": ["# Súrevni í Vestmanna, okt-nov 2026"]
  },
  {
   "cell_type": "code",
   "execution_count": 1,
   "metadata": {},
   "outputs": [],
   "source": [
    "from influxdb_client import InfluxDBClient\\n",
    "client = InfluxDBClient(url=\\"https://influx.alibrug.fo:8086\\", token=\\"@@secret@@\\", org=\\"alibrug\\")\\n",
    "q = client.query_api()"
   ]
  }
 ],
 "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
''', secret=fakes.drawn(_seed(), 86, ALNUM + "_-") + "==")

add("notebook/decoy-getpass", "analysis/notebooks/fcr_2026.ipynb", "https://nbformat.readthedocs.io/en/latest/format_description.html", '''{
 "cells": [
  {
   "cell_type": "code",
   "execution_count": 1,
   "metadata": {},
   "outputs": [],
   "source": [
    "import getpass, sqlalchemy as sa\\n",
    "pw = getpass.getpass('Loyniorð til rapport: ')\\n",
    "engine = sa.create_engine(f'postgresql://rapport:{pw}@db.alibrug.fo/fodur')"
   ]
  }
 ],
 "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
''')

add("notebook/openai-key", "analysis/notebooks/mynstur_lysingar.ipynb", "https://platform.openai.com/docs/api-reference/authentication", '''{
 "cells": [
  {
   "cell_type": "markdown",
   "metadata": {},
   "source": ["Skriva vørulýsingar til nýggju troyggjumynstrini (føroyskt + enskt)"]
  },
  {
   "cell_type": "code",
   "execution_count": 3,
   "metadata": {},
   "outputs": [],
   "source": [
    "from openai import OpenAI\\n",
    "client = OpenAI(api_key=\\"@@secret@@\\")\\n",
    "resp = client.responses.create(model=\\"gpt-4o-mini\\", input=\\"Lýs eina føroyska troyggju við lusamynstri\\")"
   ]
  }
 ],
 "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
''', secret=fakes.openai_key(_seed()))

add("sql/create-user", "db/migrations/0042_rapport_user.sql", "https://www.postgresql.org/docs/current/sql-createrole.html", '''-- Brúkari til Power BI rapportirnar (bara lesing)
CREATE ROLE rapport LOGIN PASSWORD '@@secret@@';
GRANT CONNECT ON DATABASE fodur TO rapport;
GRANT USAGE ON SCHEMA public TO rapport;
GRANT SELECT ON ALL TABLES IN SCHEMA public TO rapport;
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT ON TABLES TO rapport;
''', secret=words_pw())

add("sql/decoy-scram-hash", "db/migrations/0043_sensor_user.sql", "https://www.postgresql.org/docs/current/auth-password.html", '''-- Brúkari til sensor-ingest. Loyniorðið er givið sum SCRAM hash (ikki klárt tekst)
CREATE ROLE sensor_ingest LOGIN PASSWORD 'SCRAM-SHA-256$4096:@@salt@@$@@k1@@:@@k2@@';
GRANT INSERT ON measurements TO sensor_ingest;
GRANT USAGE ON SEQUENCE measurements_id_seq TO sensor_ingest;
-- Klára loyniorðið er í Vault: kv/db/sensor_ingest
''', salt=key_b64(16), k1=key_b64(32), k2=key_b64(32))

add("sql/decoy-seed-data", "db/seeds/brukarar.sql", "https://www.postgresql.org/docs/current/pgcrypto.html", '''-- Royndar-brúkarar til vevhandilin (bcrypt hashes)
INSERT INTO users (email, name, password_hash) VALUES
  ('marjun@ullvirki.fo', 'Marjun', '$2b$12$@@h1@@'),
  ('sjurdur@ullvirki.fo', 'Sjúrður', '$2b$12$@@h2@@'),
  ('test@example.com', 'Royndarbrúkari', '$2b$12$@@h3@@');
''', h1=fakes.drawn(_seed(), 53, ALNUM + "./"), h2=fakes.drawn(_seed(), 53, ALNUM + "./"), h3=fakes.drawn(_seed(), 53, ALNUM + "./"))

add("sql/linked-server", "db/mssql/linked_shop.sql", "https://learn.microsoft.com/en-us/sql/relational-databases/system-stored-procedures/sp-addlinkedsrvlogin-transact-sql", '''-- Bókhald -> vevhandil (MySQL) til dagliga uppgerð
EXEC sp_addlinkedserver @server = N'SHOP', @srvproduct = N'MySQL',
     @provider = N'MSDASQL', @datasrc = N'Ullvirki-Shop';
EXEC sp_addlinkedsrvlogin @rmtsrvname = N'SHOP', @useself = N'False',
     @locallogin = NULL, @rmtuser = N'bokhald_ro', @rmtpassword = N'@@secret@@';
GO
''', secret=words_pw())

add("python/gcp-service-account", "analysis/satellite/fetch_sst.py", "https://cloud.google.com/iam/docs/keys-create-delete", '''"""Havhiti (SST) úr BigQuery public data til kvíaøkini. Service account er innlimað (fyribils)."""
import json
from google.oauth2 import service_account

SA_JSON = json.loads("""{
  "type": "service_account",
  "project_id": "alibrug-analysis",
  "private_key_id": "@@kid@@",
  "private_key": "@@pkj@@",
  "client_email": "sst-reader@alibrug-analysis.iam.gserviceaccount.com",
  "token_uri": "https://oauth2.googleapis.com/token"
}""")
creds = service_account.Credentials.from_service_account_info(SA_JSON)
''', secret=(_k := pem("RSA").replace("RSA PRIVATE", "PRIVATE").replace("\n", "\\\\n") + "\\\\n"), kid=hexs(40), pkj=_k)

add("python/decoy-adc", "analysis/satellite/fetch_chl.py", "https://cloud.google.com/docs/authentication/application-default-credentials", '''"""Klorofyll úr BigQuery - nýtir Application Default Credentials (gcloud auth application-default login)."""
from google.cloud import bigquery

client = bigquery.Client(project="alibrug-analysis")
rows = client.query(
    "SELECT date, chl FROM `alibrug-analysis.sea.chlorophyll` WHERE site = @site",
    job_config=bigquery.QueryJobConfig(query_parameters=[bigquery.ScalarQueryParameter("site", "STRING", "vestmanna")]),
).result()
''')

add("r/db-password", "analysis/r/vokstur.R", "https://rdrr.io/cran/DBI/man/dbConnect.html", '''# Vøkstur hjá laksinum eftir kví (vekt/dag)
library(DBI)
con <- dbConnect(RPostgres::Postgres(),
                 host = "db.alibrug.fo", dbname = "fodur",
                 user = "rapport", password = "@@secret@@")
vokstur <- dbGetQuery(con, "SELECT pen, week, avg_weight FROM growth WHERE year = 2026")
plot(vokstur$week, vokstur$avg_weight, col = vokstur$pen)
dbDisconnect(con)
''', secret=rand_pw(16))

add("r/decoy-keyring", "analysis/r/fcr.R", "https://keyring.r-lib.org/", '''# FCR (fóðurfaktor) eftir kví
library(DBI)
con <- dbConnect(RPostgres::Postgres(),
                 host = "db.alibrug.fo", dbname = "fodur",
                 user = "rapport", password = keyring::key_get("alibrug-rapport"))
fcr <- dbGetQuery(con, "SELECT pen, sum(feed_kg)/sum(gain_kg) AS fcr FROM feeding GROUP BY pen")
dbDisconnect(con)
''')

# ---------------------------------------------------------------- more code: split values, JSON in strings
add("python/split-string", "shop/sending/bring_client.py", "https://developer.bring.com/api/", '''"""Bring (Noreg/Svøríki) sendingar - API-lykil."""
import requests

BRING_UID = "logistikk@ullvirki.fo"
BRING_KEY = ("@@a@@"
             "@@b@@")


def track(number: str) -> dict:
    r = requests.get("https://api.bring.com/tracking/api/v2/tracking.json",
                     params={"q": number},
                     headers={"X-Mybring-API-Uid": BRING_UID, "X-Mybring-API-Key": BRING_KEY}, timeout=15)
    return r.json()
''', secret=(_u := uuid_s()), a=_u[:18], b=_u[18:])

add("js/json-in-string", "shop/bundid-sync/scripts/seed-config.js", "https://nodejs.org/api/process.html#processenv", '''// Skrivar config til Redis við byrjan (gamalt - Rógvi)
const Redis = require('ioredis');
const redis = new Redis('redis://redis.bundid.local:6379');

const cfg = '{"shop":"bundid-fo","ups":{"clientId":"@@cid@@","clientSecret":"@@secret@@"},"currency":"DKK"}';
redis.set('bundid:config', cfg).then(() => redis.quit());
''', secret=rand_pw(64), cid=rand_pw(48))

add("python/auth-header-basic", "shop/sending/ups_token.py", "https://developer.ups.com/api/reference/oauth/client-credentials", '''"""UPS OAuth (client credentials) til útflutning av troyggjum til USA."""
import requests

# base64(client_id:client_secret)
BASIC = "@@enc@@"


def token() -> str:
    r = requests.post("https://onlinetools.ups.com/security/v1/oauth/token",
                      headers={"Authorization": f"Basic {BASIC}",
                               "Content-Type": "application/x-www-form-urlencoded"},
                      data={"grant_type": "client_credentials"}, timeout=15)
    return r.json()["access_token"]
''', secret=(_s := rand_pw(64)), enc=b64(rand_pw(48) + ":" + _s))

add("go/dsn-password", "telemetry/internal/store/pg.go", "https://pkg.go.dev/github.com/jackc/pgx/v5", '''package store

import (
	"context"

	"github.com/jackc/pgx/v5/pgxpool"
)

// TODO: les úr umhvørvinum - hetta er bara til royndir á pramma Sigrid
const dsn = "host=10.20.2.5 port=5432 user=telemetry password=@@secret@@ dbname=fodur sslmode=disable"

func Open(ctx context.Context) (*pgxpool.Pool, error) {
	return pgxpool.New(ctx, dsn)
}
''', secret=words_pw())

add("go/decoy-dsn-env", "telemetry/internal/store/pg_prod.go", "https://pkg.go.dev/github.com/jackc/pgx/v5", '''package store

import (
	"context"
	"os"

	"github.com/jackc/pgx/v5/pgxpool"
)

// DATABASE_URL kemur úr Nomad (template úr Vault)
func OpenProd(ctx context.Context) (*pgxpool.Pool, error) {
	return pgxpool.New(ctx, os.Getenv("DATABASE_URL"))
}
''')

add("java/jdbc-url", "barge/reports/src/main/java/fo/alibrug/rapport/Db.java", "https://jdbc.postgresql.org/documentation/use/", '''package fo.alibrug.rapport;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

public final class Db {
    // Vikurapport til Havstovuna (lúsatøl)
    private static final String URL =
        "jdbc:postgresql://db.alibrug.fo:5432/fodur?user=rapport&password=@@secret@@&ssl=true";

    public static Connection open() throws SQLException {
        return DriverManager.getConnection(URL);
    }
}
''', secret=rand_pw(20))

add("csharp/connection-string", "ops/windows/UllBokhald/appsettings.json", "https://learn.microsoft.com/en-us/ef/core/miscellaneous/connection-strings", '''{
  "ConnectionStrings": {
    "Bokhald": "Server=sql01.ullvirki.local;Database=Bokhald;User Id=bokhald_app;Password=@@secret@@;TrustServerCertificate=True"
  },
  "Logging": { "LogLevel": { "Default": "Information" } },
  "AllowedHosts": "*"
}
''', secret=words_pw())

add("csharp/decoy-user-secrets", "ops/windows/UllBokhald/appsettings.Development.json", "https://learn.microsoft.com/en-us/aspnet/core/security/app-secrets", '''{
  "ConnectionStrings": {
    "Bokhald": "Server=(localdb)\\\\MSSQLLocalDB;Database=Bokhald;Trusted_Connection=True"
  },
  "Stripe": { "SecretKey": "" },
  "//": "Loyniorð til menning: dotnet user-secrets set Stripe:SecretKey <lykil>"
}
''')


# ---------------------------------------------------------------- more cloud, registries and tokens
add("yaml/github-token-config", "ops/renovate/config.yml", "https://docs.renovatebot.com/self-hosted-configuration/", '''# Renovate (sjálvhýst) fyri øll alibrug repo
platform: github
endpoint: https://api.github.com/
token: @@secret@@
autodiscover: true
autodiscoverFilter: ["alibrug/*", "ullvirki/*"]
onboarding: false
''', secret=github())

add("yaml/decoy-github-app", "ops/renovate/config.prod.yml", "https://docs.renovatebot.com/self-hosted-configuration/", '''platform: github
endpoint: https://api.github.com/
# token verður sett av GitHub App (RENOVATE_TOKEN úr actions/create-github-app-token)
token: "{{ env.RENOVATE_TOKEN }}"
autodiscover: true
onboarding: false
''')

add("shell/gh-fine-grained", "ops/scripts/release-notes.sh", "https://docs.github.com/en/rest/releases/releases", '''#!/usr/bin/env bash
# Ger útgávuviðmerkingar til feeder
set -e
TAG="$1"
curl -sS -X POST \\
  -H "Authorization: Bearer @@secret@@" \\
  -H "Accept: application/vnd.github+json" \\
  https://api.github.com/repos/alibrug/feeder/releases \\
  -d "{\\"tag_name\\":\\"$TAG\\",\\"generate_release_notes\\":true}"
''', secret=fakes.github_fine_grained_token(_seed()))

add("shell/decoy-gh-cli", "ops/scripts/release-notes-v2.sh", "https://cli.github.com/manual/gh_release_create", '''#!/usr/bin/env bash
# v2: nýtir gh CLI (innritað við `gh auth login`), einki token í skriptinum
set -euo pipefail
TAG="${1:?tag}"
gh release create "$TAG" --repo alibrug/feeder --generate-notes
echo "Útgáva $TAG gjørd"
''')

add("yaml/gcp-sa-k8s-secret", "deploy/k8s/analysis/gcp-sa.yaml", "https://kubernetes.io/docs/concepts/configuration/secret/", '''apiVersion: v1
kind: Secret
metadata:
  name: gcp-bigquery
  namespace: analysis
type: Opaque
stringData:
  key.pem: |
    @@keyblock@@
''', secret=(_k := fakes.fake_pem(_seed(), "RSA")), keyblock=_k.replace("\n", "\n    "))

add("yaml/decoy-external-secret", "deploy/k8s/analysis/gcp-externalsecret.yaml", "https://external-secrets.io/latest/api/externalsecret/", '''apiVersion: external-secrets.io/v1beta1
kind: ExternalSecret
metadata:
  name: gcp-bigquery
  namespace: analysis
spec:
  refreshInterval: 1h
  secretStoreRef:
    name: vault-alibrug
    kind: ClusterSecretStore
  target:
    name: gcp-bigquery
  data:
    - secretKey: key.json
      remoteRef:
        key: kv/gcp/bigquery-reader
        property: key_json
''')

add("yaml/cloudflare-token", "ops/dns/octodns-config.yaml", "https://github.com/octodns/octodns-cloudflare", '''providers:
  config:
    class: octodns.provider.yaml.YamlProvider
    directory: ./zones
  cloudflare:
    class: octodns_cloudflare.CloudflareProvider
    # ullvirki.fo + bundid.fo (Zone:DNS:Edit)
    token: @@secret@@
zones:
  ullvirki.fo.:
    sources: [config]
    targets: [cloudflare]
''', secret=fakes.drawn(_seed(), 40, ALNUM + "_-"))

add("yaml/decoy-cloudflare-env", "ops/dns/octodns-config.prod.yaml", "https://github.com/octodns/octodns-cloudflare", '''providers:
  config:
    class: octodns.provider.yaml.YamlProvider
    directory: ./zones
  cloudflare:
    class: octodns_cloudflare.CloudflareProvider
    token: env/CLOUDFLARE_TOKEN
zones:
  bundid.fo.:
    sources: [config]
    targets: [cloudflare]
''')

add("json/sentry-auth", "shop/ull-ui/.sentryclirc.json", "https://docs.sentry.io/cli/configuration/", '''{
  "defaults": {
    "url": "https://sentry.io/",
    "org": "ullvirki",
    "project": "ull-ui"
  },
  "auth": {
    "token": "@@secret@@"
  }
}
''', secret="sntrys_" + b64('{"iat":1764028800.0,"url":"https://sentry.io","region_url":"https://de.sentry.io","org":"ullvirki"}').rstrip("=") + "_" + fakes.drawn(_seed(), 43, ALNUM + "+/"))

add("js/decoy-sentry-dsn", "shop/ull-ui/src/sentry.js", "https://docs.sentry.io/concepts/key-terms/dsn-explainer/", '''// DSN er almennur (sendur til kagan) - tað er ikki eitt loyniorð
import * as Sentry from '@sentry/browser';

Sentry.init({
  dsn: 'https://@@k@@@o4507123456.ingest.de.sentry.io/4507123457',
  tracesSampleRate: 0.1,
  environment: 'production',
});
''', k=hexs(32))

add("ini/datadog-key", "barge/datadog/datadog.yaml", "https://docs.datadoghq.com/agent/configuration/agent-configuration-files/", '''## Datadog agent á pramma-PC (Heðin)
api_key: @@secret@@
site: datadoghq.eu
hostname: pramma-hedin
tags:
  - site:vestmanna
  - role:feeder
logs_enabled: true
''', secret=hexs(32))

add("yaml/decoy-datadog-env", "barge/datadog/datadog.compose.yaml", "https://docs.datadoghq.com/containers/docker/", '''services:
  datadog:
    image: gcr.io/datadoghq/agent:7
    environment:
      DD_API_KEY: ${DD_API_KEY}
      DD_SITE: datadoghq.eu
      DD_HOSTNAME: pramma-sigrid
    volumes:
      - /var/run/docker.sock:/var/run/docker.sock:ro
''')

add("python/django-secret", "shop/mynsturbank/mynsturbank/settings.py", "https://docs.djangoproject.com/en/5.1/ref/settings/#secret-key", '''"""Mynsturbankin - strikkimynstur hjá felagnum (Django)."""
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent
SECRET_KEY = "@@secret@@"
DEBUG = False
ALLOWED_HOSTS = ["mynstur.bundid.fo"]
LANGUAGE_CODE = "fo"
TIME_ZONE = "Atlantic/Faroe"
INSTALLED_APPS = ["django.contrib.admin", "django.contrib.auth", "mynstur"]
''', secret=fakes.django_secret_key(_seed()))

add("python/decoy-django-env", "shop/mynsturbank/mynsturbank/settings_prod.py", "https://docs.djangoproject.com/en/5.1/howto/deployment/checklist/#secret-key", '''from .settings import *  # noqa
import os

SECRET_KEY = os.environ["DJANGO_SECRET_KEY"]
DEBUG = False
DATABASES = {"default": {"ENGINE": "django.db.backends.postgresql", "NAME": "mynstur",
                         "USER": "mynstur", "PASSWORD": os.environ.get("DB_PASSWORD", ""),
                         "HOST": "pg.bundid.fo"}}
''')

add("python/decoy-test-settings", "shop/mynsturbank/mynsturbank/settings_test.py", "https://docs.djangoproject.com/en/5.1/topics/testing/overview/", '''from .settings import *  # noqa

# Bara til royndir (pytest) - ikki nýtt í produktión
SECRET_KEY = "django-insecure-test-only-not-secret"
DEBUG = True
DATABASES = {"default": {"ENGINE": "django.db.backends.sqlite3", "NAME": ":memory:"}}
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
''')

add("php/mailgun-key", "shop/bundid/inc/mail.php", "https://documentation.mailgun.com/docs/mailgun/api-reference/", '''<?php
// Sendir "takk fyri keypið" til kundar hjá Bundið
$mg = Mailgun\\Mailgun::create('@@secret@@', 'https://api.eu.mailgun.net');

function takk_mail(string $to, string $order) {
    global $mg;
    $mg->messages()->send('mg.bundid.fo', [
        'from' => 'Bundið <handil@bundid.fo>', 'to' => $to,
        'subject' => "Takk fyri bíleggingina $order", 'text' => 'Vit senda pakkan skjótt.',
    ]);
}
''', secret=mailgun())

add("php/decoy-laravel-env", "shop/bundid-admin/config/services.php", "https://laravel.com/docs/11.x/configuration#environment-configuration", '''<?php

return [
    'mailgun' => [
        'domain' => env('MAILGUN_DOMAIN', 'mg.bundid.fo'),
        'secret' => env('MAILGUN_SECRET'),
        'endpoint' => env('MAILGUN_ENDPOINT', 'api.eu.mailgun.net'),
    ],
    'stripe' => ['key' => env('STRIPE_KEY'), 'secret' => env('STRIPE_SECRET')],
];
''')

add("env/laravel", "shop/bundid-admin/.env", "https://laravel.com/docs/11.x/configuration#environment-configuration", '''APP_NAME="Bundið Admin"
APP_ENV=production
APP_KEY=base64:@@secret@@
APP_URL=https://admin.bundid.fo
DB_CONNECTION=mysql
DB_HOST=mysql.bundid.local
DB_DATABASE=bundid_admin
''', secret=key_b64(32))

add("env/decoy-laravel-example", "shop/bundid-admin/.env.example", "https://laravel.com/docs/11.x/configuration#environment-configuration", '''APP_NAME="Bundið Admin"
APP_ENV=local
APP_KEY=
APP_URL=http://localhost
DB_CONNECTION=mysql
DB_PASSWORD=secret
MAILGUN_SECRET=
STRIPE_SECRET=sk_test_xxx
''')

add("ruby/paypal", "shop/troyggja/app/services/paypal_client.rb", "https://developer.paypal.com/api/rest/authentication/", '''# PayPal fyri kundar í USA og Kanada
class PaypalClient
  CLIENT_ID = "@@cid@@"
  CLIENT_SECRET = "@@secret@@"
  BASE = "https://api-m.paypal.com"

  def token
    Faraday.new(BASE).tap { |c| c.request :authorization, :basic, CLIENT_ID, CLIENT_SECRET }
      .post("/v1/oauth2/token", "grant_type=client_credentials").body
  end
end
''', secret="E" + fakes.drawn_mixed(_seed(), 79, ALNUM + "-_"), cid="A" + fakes.drawn_mixed(_seed(), 79, ALNUM + "-_"))

add("ruby/decoy-rspec-fake", "shop/troyggja/spec/services/paypal_client_spec.rb", "https://rspec.info/documentation/", '''require "rails_helper"

RSpec.describe PaypalClient do
  # Falskir lyklar - PayPal er stubbaður við WebMock
  before { stub_const("PaypalClient::CLIENT_SECRET", "fake-secret-for-specs") }

  it "fær token" do
    stub_request(:post, %r{/v1/oauth2/token}).to_return(body: '{"access_token":"A21AA-fake"}')
    expect(described_class.new.token).to include("A21AA-fake")
  end
end
''')


# ---------------------------------------------------------------- barge networking and SCADA
add("wireguard/private-key", "barge/net/wg0.conf", "https://www.wireguard.com/quickstart/", '''# VPN frá pramma Rannvá (Sandoy) til Tórshavnar
[Interface]
Address = 10.99.0.13/24
PrivateKey = @@secret@@
ListenPort = 51820

[Peer]
PublicKey = @@pub@@
Endpoint = vpn.alibrug.fo:51820
AllowedIPs = 10.0.0.0/8
PersistentKeepalive = 25
''', secret=key_b64(32), pub=key_b64(32))

add("wireguard/decoy-public-only", "barge/net/peers.md", "https://www.wireguard.com/quickstart/", '''# WireGuard - almennir lyklar hjá prammunum

| Pramma | VPN IP      | PublicKey |
|--------|-------------|-----------|
| Heðin  | 10.99.0.11  | `@@p1@@` |
| Sigrid | 10.99.0.12  | `@@p2@@` |
| Rannvá | 10.99.0.13  | `@@p3@@` |

Privatu lyklarnir verða gjørdir á prammanum (`wg genkey`) og fara ongantíð av honum.
''', p1=key_b64(32), p2=key_b64(32), p3=key_b64(32))

add("wpa/psk", "barge/net/wpa_supplicant.conf", "https://w1.fi/cgit/hostap/plain/wpa_supplicant/wpa_supplicant.conf", '''ctrl_interface=DIR=/var/run/wpa_supplicant GROUP=netdev
country=FO

# Wifi á fóðurprammanum (kamerur og sensorar á kvíunum)
network={
    ssid="Pramma-Sigrid-IoT"
    psk="@@secret@@"
    key_mgmt=WPA-PSK
}
''', secret=words_pw())

add("wpa/decoy-ext-password", "barge/net/wpa_supplicant.hedin.conf", "https://w1.fi/cgit/hostap/plain/wpa_supplicant/wpa_supplicant.conf", '''ctrl_interface=DIR=/var/run/wpa_supplicant GROUP=netdev
country=FO
# psk liggur í /etc/wpa_supplicant/ext_pw (root 600), ikki her
ext_password_backend=file:/etc/wpa_supplicant/ext_pw

network={
    ssid="Pramma-Hedin-IoT"
    psk=ext:hedin_iot_psk
    key_mgmt=WPA-PSK
}
''')

add("cisco/snmp-community", "barge/net/router-rannva.cfg", "https://www.cisco.com/c/en/us/td/docs/ios-xml/ios/snmp/configuration/xe-16/snmp-xe-16-book/nm-snmp-cfg-snmp-support.html", '''hostname pramma-rannva-rtr
!
interface GigabitEthernet0/0
 description Uplink radiolink til Sandoy
 ip address 10.20.3.1 255.255.255.0
!
username admin privilege 15 secret 9 $9$@@h@@
snmp-server community @@secret@@ RO 10
snmp-server location Sandoy kvíar
!
end
''', secret=rand_pw(16), h=fakes.drawn(_seed(), 57, ALNUM + "./"))

add("cisco/decoy-type9-secret", "barge/net/router-hedin.cfg", "https://www.cisco.com/c/en/us/support/docs/security-vpn/remote-authentication-dial-user-service-radius/107614-64.html", '''hostname pramma-hedin-rtr
!
enable algorithm-type scrypt secret 9 $9$@@a@@
username admin privilege 15 secret 9 $9$@@b@@
snmp-server group VAKT v3 priv
snmp-server location Vestmanna kvíar
!
end
''', a=fakes.drawn(_seed(), 57, ALNUM + "./"), b=fakes.drawn(_seed(), 57, ALNUM + "./"))

add("json/node-red-flow", "barge/node-red/flows_cred.json", "https://nodered.org/docs/user-guide/runtime/securing-node-red", '''{
  "broker-alibrug": {
    "user": "nodered-sigrid",
    "password": "@@secret@@"
  },
  "influx-kviar": {
    "token": ""
  }
}
''', secret=words_pw())

add("js/decoy-node-red-settings", "barge/node-red/settings.js", "https://nodered.org/docs/user-guide/runtime/configuration", '''// Node-RED á pramma Heðin
// flows_cred.json er bronglað við credentialSecret; lykilin kemur úr umhvørvinum
module.exports = {
    uiPort: process.env.PORT || 1880,
    credentialSecret: process.env.NODE_RED_CREDENTIAL_SECRET,
    flowFile: 'flows.json',
    // dømi um bronglaðan flows_cred.json: {"$":"@@c@@"}
    adminAuth: { type: "credentials", users: [] },
};
''', c=hexs(32) + key_b64(180))

add("yaml/home-assistant-secrets", "barge/homeassistant/secrets.yaml", "https://www.home-assistant.io/docs/configuration/secrets/", '''# Home Assistant á stýrihúsinum (ljós, hitin, alarmir)
latitude: 62.1
longitude: -7.1
mqtt_password: @@secret@@
modbus_host: 10.20.2.2
''', secret=rand_pw(18))

add("yaml/decoy-home-assistant-ref", "barge/homeassistant/configuration.yaml", "https://www.home-assistant.io/docs/configuration/secrets/", '''homeassistant:
  name: Pramma Sigrid
  latitude: !secret latitude
  longitude: !secret longitude
mqtt:
  sensor:
    - name: "Súrevni kví 3"
      state_topic: "funnings/kvi/3/o2"
      unit_of_measurement: "mg/l"
''')

add("yaml/grafana-datasource", "ops/monitoring/grafana/provisioning/datasources/influx.yaml", "https://grafana.com/docs/grafana/latest/administration/provisioning/#data-sources", '''apiVersion: 1
datasources:
  - name: Kvíar (Influx)
    type: influxdb
    url: https://influx.alibrug.fo:8086
    jsonData:
      version: Flux
      organization: alibrug
      defaultBucket: kviar
    secureJsonData:
      token: @@secret@@
''', secret=fakes.drawn(_seed(), 86, ALNUM + "_-") + "==")

add("yaml/decoy-grafana-env", "ops/monitoring/grafana/provisioning/datasources/postgres.yaml", "https://grafana.com/docs/grafana/latest/administration/provisioning/#using-environment-variables", '''apiVersion: 1
datasources:
  - name: Fóður (Postgres)
    type: postgres
    url: db.alibrug.fo:5432
    user: grafana_ro
    jsonData:
      database: fodur
      sslmode: require
    secureJsonData:
      password: $__env{GRAFANA_PG_PASSWORD}
''')

add("hcl/nomad-job", "ops/nomad/telemetry.nomad.hcl", "https://developer.hashicorp.com/nomad/docs/job-specification/env", '''job "telemetry" {
  datacenters = ["torshavn"]
  group "ingest" {
    task "ingest" {
      driver = "docker"
      config { image = "ghcr.io/alibrug/telemetry:3.8.0" }
      env {
        MQTT_HOST     = "mqtt.alibrug.fo"
        MQTT_PASSWORD = "@@secret@@"
      }
    }
  }
}
''', secret=rand_pw(22))

add("hcl/decoy-nomad-template", "ops/nomad/feeder-api.nomad.hcl", "https://developer.hashicorp.com/nomad/docs/job-specification/template", '''job "feeder-api" {
  datacenters = ["torshavn"]
  group "api" {
    task "api" {
      driver = "docker"
      config { image = "ghcr.io/alibrug/feeder-api:1.4.0" }
      vault { policies = ["feeder-api"] }
      template {
        data        = "DATABASE_URL={{ with secret \\"kv/data/db/feeder\\" }}{{ .Data.data.url }}{{ end }}"
        destination = "secrets/app.env"
        env         = true
      }
    }
  }
}
''')

add("systemd/environment", "barge/systemd/feeder.service", "https://www.freedesktop.org/software/systemd/man/latest/systemd.exec.html#Environment=", '''[Unit]
Description=Fóðurstýring (Alibrúk)
After=network-online.target

[Service]
User=feeder
Environment=FEEDER_SITE=sandoy
Environment=MQTT_PASSWORD=@@secret@@
ExecStart=/opt/feeder/bin/feeder --config /etc/alibrug/feeder.toml
Restart=always

[Install]
WantedBy=multi-user.target
''', secret=rand_pw(20))

add("systemd/decoy-credential", "barge/systemd/telemetry.service", "https://systemd.io/CREDENTIALS/", '''[Unit]
Description=Telemetry uplink (Alibrúk)
After=network-online.target

[Service]
User=telemetry
LoadCredentialEncrypted=mqtt-password:/etc/credstore.encrypted/mqtt-password
Environment=MQTT_PASSWORD_FILE=%d/mqtt-password
ExecStart=/opt/telemetry/bin/uplink
Restart=always

[Install]
WantedBy=multi-user.target
''')

add("htpasswd/decoy-bcrypt", "ops/nginx/htpasswd", "https://httpd.apache.org/docs/2.4/programs/htpasswd.html", '''# Grunnin innritan til kamera-myndirnar (htpasswd -B)
hallur:$2y$10$@@a@@
barður:$2y$10$@@b@@
rannva-cam:$2y$10$@@c@@
# nýggjur brúkari: htpasswd -B /etc/nginx/htpasswd NAVN
''', a=fakes.drawn(_seed(), 53, ALNUM + "./"), b=fakes.drawn(_seed(), 53, ALNUM + "./"), c=fakes.drawn(_seed(), 53, ALNUM + "./"))

add("nginx/basic-auth-header", "ops/nginx/sites/kamera.conf", "https://nginx.org/en/docs/http/ngx_http_proxy_module.html#proxy_set_header", '''server {
    listen 443 ssl;
    server_name kamera.alibrug.fo;
    include snippets/tls.conf;

    location /rannva/ {
        # kameraið á Rannvá krevur basic auth - vit seta tað her
        proxy_set_header Authorization "Basic @@enc@@";
        proxy_pass http://10.20.3.14/;
    }
}
''', secret=(_s := words_pw()), enc=b64("admin:" + _s))


# ---------------------------------------------------------------- co-operative office, accounting, web shop ops
add("python/smtp-login", "shop/rapport/manadarrapport.py", "https://docs.python.org/3/library/smtplib.html", '''"""Mánaðarrapport til limirnar í Ullvirkinum (søla eftir strikkikvinnu)."""
import smtplib
from email.message import EmailMessage


def send(report_csv: bytes) -> None:
    msg = EmailMessage()
    msg["Subject"], msg["From"], msg["To"] = "Mánaðarrapport", "rapport@ullvirki.fo", "limir@ullvirki.fo"
    msg.add_attachment(report_csv, maintype="text", subtype="csv", filename="sola.csv")
    with smtplib.SMTP("smtp.office365.com", 587) as s:
        s.starttls()
        s.login("rapport@ullvirki.fo", "@@secret@@")
        s.send_message(msg)
''', secret=words_pw())

add("python/decoy-smtp-env", "shop/rapport/vikurapport.py", "https://docs.python.org/3/library/smtplib.html", '''"""Vikurapport - sama sum mánaðarrapporten, men loyniorðið úr umhvørvinum."""
import os
import smtplib

SMTP_USER = os.getenv("SMTP_USER", "rapport@ullvirki.fo")
SMTP_PASSWORD = os.getenv("SMTP_PASSWORD")  # sett í Task Scheduler

with smtplib.SMTP("smtp.office365.com", 587) as s:
    s.starttls()
    s.login(SMTP_USER, SMTP_PASSWORD)
''')

add("xml/web-config", "ops/windows/UllKassi/Web.config", "https://learn.microsoft.com/en-us/dotnet/framework/configure-apps/file-schema/connection-strings/", '''<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <connectionStrings>
    <add name="Kassi"
         connectionString="Data Source=sql01.ullvirki.local;Initial Catalog=Kassi;User ID=kassi_app;Password=@@secret@@"
         providerName="System.Data.SqlClient" />
  </connectionStrings>
  <appSettings>
    <add key="Butikkur" value="Gøta" />
  </appSettings>
</configuration>
''', secret=rand_pw(18, "!#"))

add("xml/decoy-encrypted-section", "ops/windows/UllKassi/Web.Release.config", "https://learn.microsoft.com/en-us/previous-versions/aspnet/zhhddkxy(v=vs.100)", '''<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <connectionStrings configProtectionProvider="DataProtectionConfigurationProvider">
    <EncryptedData>
      <CipherData>
        <CipherValue>AQAAANCMnd8BFdERjHoAwE/Cl+sBAAAA@@c@@</CipherValue>
      </CipherData>
    </EncryptedData>
  </connectionStrings>
</configuration>
''', c=fakes.drawn(_seed(), 300, ALNUM + "+/") + "==")

add("xml/maven-settings", "ops/ci/maven/settings.xml", "https://maven.apache.org/settings.html#servers", '''<settings>
  <servers>
    <server>
      <id>alibrug-nexus</id>
      <username>ci-deployer</username>
      <password>@@secret@@</password>
    </server>
  </servers>
  <mirrors>
    <mirror><id>alibrug-nexus</id><url>https://nexus.alibrug.fo/repository/maven-public/</url><mirrorOf>*</mirrorOf></mirror>
  </mirrors>
</settings>
''', secret=rand_pw(24))

add("xml/decoy-maven-env", "shop/ull-java/.mvn/settings.xml", "https://maven.apache.org/settings.html#servers", '''<settings>
  <servers>
    <server>
      <id>alibrug-nexus</id>
      <username>${env.NEXUS_USER}</username>
      <password>${env.NEXUS_PASSWORD}</password>
    </server>
  </servers>
</settings>
''')

add("gradle/properties", "app/ull-android/gradle.properties", "https://docs.gradle.org/current/userguide/build_environment.html#sec:gradle_configuration_properties", '''org.gradle.jvmargs=-Xmx4g
android.useAndroidX=true
# Undirskrift til Google Play (Ullvirkið app)
ULL_KEYSTORE_FILE=../keys/ullvirki-upload.jks
ULL_KEYSTORE_PASSWORD=@@secret@@
ULL_KEY_ALIAS=upload
''', secret=words_pw())

add("gradle/decoy-signing-env", "app/ull-android/app/signing.gradle", "https://developer.android.com/studio/publish/app-signing#secure-shared-keystore", '''android {
    signingConfigs {
        release {
            storeFile file(System.getenv("ULL_KEYSTORE_FILE") ?: "../keys/upload.jks")
            storePassword System.getenv("ULL_KEYSTORE_PASSWORD")
            keyAlias "upload"
            keyPassword System.getenv("ULL_KEY_PASSWORD")
        }
    }
}
''')

add("fastlane/app-store-key", "app/ull-ios/fastlane/Appfile.json", "https://docs.fastlane.tools/app-store-connect-api/", '''{
  "key_id": "D7K2M9XQ4P",
  "issuer_id": "@@iss@@",
  "key": "@@secret@@",
  "in_house": false
}
''', secret=(_k := fakes.fake_pem(_seed(), "EC").replace("EC PRIVATE", "PRIVATE")).replace("\n", "\\n"), iss=uuid_s())

add("ruby/decoy-fastlane-env", "app/ull-ios/fastlane/Fastfile", "https://docs.fastlane.tools/app-store-connect-api/", '''default_platform(:ios)

platform :ios do
  lane :beta do
    api_key = app_store_connect_api_key(
      key_id: ENV["ASC_KEY_ID"],
      issuer_id: ENV["ASC_ISSUER_ID"],
      key_filepath: ENV["ASC_KEY_PATH"]  # .p8 fílan er bara á CI
    )
    build_app(scheme: "Ullvirki")
    upload_to_testflight(api_key: api_key)
  end
end
''')

add("ts/firebase-admin", "app/ull-functions/src/admin.ts", "https://firebase.google.com/docs/admin/setup", '''import * as admin from 'firebase-admin';

// Push-boð til appina tá ið nýggj troyggja kemur (Bundið)
admin.initializeApp({
  credential: admin.credential.cert({
    projectId: 'bundid-app',
    clientEmail: 'firebase-adminsdk-x1@bundid-app.iam.gserviceaccount.com',
    privateKey: `@@secret@@`,
  }),
});
export const messaging = admin.messaging();
''', secret=fakes.fake_pem(_seed(), "RSA").replace("RSA PRIVATE", "PRIVATE"))

add("ts/decoy-firebase-web-config", "app/ull-web/src/firebase.ts", "https://firebase.google.com/docs/projects/api-keys", '''import { initializeApp } from 'firebase/app';

// Firebase web-config er almenn (sí skjølini: API keys for Firebase are not secret)
export const app = initializeApp({
  apiKey: '@@k@@',
  authDomain: 'bundid-app.firebaseapp.com',
  projectId: 'bundid-app',
  appId: '1:845512093311:web:@@a@@',
});
''', k=google_api(), a=hexs(22))

add("python/openai-env-literal", "shop/mynsturbank/mynstur/ai.py", "https://platform.openai.com/docs/api-reference/authentication", '''"""Týðir mynsturlýsingar úr føroyskum til enskt og danskt."""
import os
from openai import OpenAI

os.environ.setdefault("OPENAI_API_KEY", "@@secret@@")
client = OpenAI()


def tyd(text: str, lang: str) -> str:
    r = client.responses.create(model="gpt-4o-mini", input=f"Týð til {lang}: {text}")
    return r.output_text
''', secret=fakes.openai_key(_seed(), "svcacct"))

add("python/decoy-openai-dotenv", "shop/mynsturbank/mynstur/ai_v2.py", "https://pypi.org/project/python-dotenv/", '''"""v2: lykilin úr .env (python-dotenv); .env er í .gitignore."""
from dotenv import load_dotenv
from openai import OpenAI

load_dotenv()
client = OpenAI()  # les OPENAI_API_KEY úr umhvørvinum
MODEL = "gpt-4o-mini"
''')

add("csv/export-api-keys", "shop/export/api_brukarar.csv", "https://www.rfc-editor.org/rfc/rfc4180", '''navn,rolla,api_key,stovnaður
Marjun,admin,@@secret@@,2026-04-11
Rógvi,lager,(avvirkin),2025-09-02
Bára,bókhald,sí 1Password,2026-01-20
test-bot,read-only,,2026-06-01
''', secret="uv_live_" + fakes.drawn_mixed(_seed(), 32))

add("yaml/decoy-openapi-example", "shop/ull-api/openapi.yaml", "https://swagger.io/specification/#security-scheme-object", '''openapi: 3.0.3
info: {title: Ullvirki API, version: 1.2.0}
components:
  securitySchemes:
    apiKey:
      type: apiKey
      in: header
      name: X-Api-Key
      description: "Dømi: `X-Api-Key: uv_live_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX`"
security:
  - apiKey: []
paths: {}
''')

add("http/rest-client", "shop/ull-api/requests/bileggingar.http", "https://www.jetbrains.com/help/idea/exploring-http-syntax.html", '''### Allar bíleggingar í dag
GET https://api.ullvirki.fo/v1/orders?date=today
X-Api-Key: @@secret@@
Accept: application/json

### Ein bílegging
GET https://api.ullvirki.fo/v1/orders/10442
X-Api-Key: {{apiKey}}
''', secret="uv_live_" + fakes.drawn_mixed(_seed(), 32))

add("http/decoy-env-variable", "shop/ull-api/requests/vorur.http", "https://www.jetbrains.com/help/idea/exploring-http-syntax.html", '''### Vørulisti (garn)
GET https://api.ullvirki.fo/v1/products?category=garn
X-Api-Key: {{apiKey}}

### Dagfør goymslu
PATCH https://api.ullvirki.fo/v1/products/123
X-Api-Key: {{apiKey}}
Content-Type: application/json

{"stock": 14}
''')

add("kotlin/ktor-basic", "barge/feeder-api/src/main/kotlin/fo/alibrug/Security.kt", "https://ktor.io/docs/server-basic-auth.html", '''package fo.alibrug

import io.ktor.server.application.*
import io.ktor.server.auth.*

// Grunnin innritan til fóður-API (bara á VPN) - skal verða OAuth
fun Application.configureSecurity() {
    install(Authentication) {
        basic("pramma") {
            validate { if (it.name == "pramma" && it.password == "@@secret@@") UserIdPrincipal(it.name) else null }
        }
    }
}
''', secret=rand_pw(20))

add("swift/decoy-keychain", "app/ull-ios/Ullvirki/Support/TokenStore.swift", "https://developer.apple.com/documentation/security/keychain_services", '''import Security

// Innritanartoken verður goymdur í Keychain - einki token í koduni
enum TokenStore {
    static let service = "fo.ullvirki.app.token"

    static func save(_ token: Data) {
        let q: [String: Any] = [kSecClass as String: kSecClassGenericPassword,
                                kSecAttrService as String: service, kSecValueData as String: token]
        SecItemAdd(q as CFDictionary, nil)
    }
}
''')


# ---------------------------------------------------------------- last batch: more carriers of real credentials
add("yaml/mqtt-acl-bridge", "deploy/helm/mqtt/values-prod.yaml", "https://github.com/emqx/emqx/tree/master/deploy/charts/emqx", '''# EMQX til allar kvíar
replicaCount: 3
emqxConfig:
  EMQX_DASHBOARD__DEFAULT_USERNAME: admin
  EMQX_DASHBOARD__DEFAULT_PASSWORD: "@@secret@@"
  EMQX_AUTHENTICATION__1__MECHANISM: password_based
service:
  type: LoadBalancer
''', secret=words_pw())

add("python/redis-url", "telemetry/cache.py", "https://redis-py.readthedocs.io/en/stable/connections.html", '''"""Seinasta máting per kví, til skjótar dashboards."""
import redis

r = redis.Redis.from_url("rediss://default:@@secret@@@redis.alibrug.fo:6380/0", decode_responses=True)


def last(pen: int) -> dict:
    return r.hgetall(f"kvi:{pen}:last")
''', secret=fakes.redis_password(_seed()))

add("js/mongodb-uri", "shop/bundid-sync/src/db.js", "https://www.mongodb.com/docs/manual/reference/connection-string/", '''// Kundalisti og ønskilistar (MongoDB Atlas)
const { MongoClient } = require('mongodb');

const uri = 'mongodb+srv://bundid-app:@@secret@@@bundid.x7k2p.mongodb.net/shop?retryWrites=true&w=majority';
const client = new MongoClient(uri);

module.exports = { db: () => client.db('shop') };
''', secret=rand_pw(16))

add("shell/docker-login", "ops/scripts/push-images.sh", "https://docs.docker.com/reference/cli/docker/login/", '''#!/usr/bin/env bash
# Skumpa myndir til Docker Hub (alibrug/*)
set -e
echo "@@secret@@" | docker login -u alibrugci --password-stdin
for img in feeder telemetry feeder-api; do
  docker push "alibrug/${img}:${TAG:-latest}"
done
''', secret="dckr_pat_" + fakes.drawn(_seed(), 27, ALNUM + "-_"))

add("yaml/bitbucket-pipelines", "bitbucket-pipelines.yml", "https://support.atlassian.com/bitbucket-cloud/docs/bitbucket-pipelines-configuration-reference/", '''image: node:20
pipelines:
  branches:
    main:
      - step:
          name: Útgáva til Netlify (bundid.fo)
          script:
            - npm ci && npm run build
            - npx netlify deploy --prod --dir=dist --auth @@secret@@ --site bundid-fo
''', secret="nfp_" + fakes.drawn_mixed(_seed(), 36))

add("yaml/azure-pipelines", "ops/azure/azure-pipelines.yml", "https://learn.microsoft.com/en-us/azure/devops/pipelines/yaml-schema/", '''trigger: [main]
pool: {vmImage: windows-latest}
variables:
  buildConfiguration: Release
  # TODO: flyt til variable group (Bárður)
  sqlPassword: '@@secret@@'
steps:
  - script: dotnet build --configuration $(buildConfiguration)
  - script: sqlcmd -S sql01.ullvirki.local -U deploy -P $(sqlPassword) -i migrate.sql
''', secret=words_pw())

add("jenkinsfile/credentials-literal", "barge/feeder/Jenkinsfile", "https://www.jenkins.io/doc/book/pipeline/syntax/", '''pipeline {
    agent any
    environment {
        NEXUS = 'https://nexus.alibrug.fo'
        NEXUS_TOKEN = '@@secret@@'
    }
    stages {
        stage('Publish') {
            steps { sh 'twine upload --repository-url $NEXUS/repository/pypi-internal/ -u ci-publisher -p $NEXUS_TOKEN dist/*' }
        }
    }
}
''', secret=fakes.drawn_mixed(_seed(), 32))

add("terraform/cloudflare-provider", "infra/terraform/dns/main.tf", "https://registry.terraform.io/providers/cloudflare/cloudflare/latest/docs", '''provider "cloudflare" {
  # Zone:DNS:Edit fyri alibrug.fo
  api_token = "@@secret@@"
}

resource "cloudflare_record" "mqtt" {
  zone_id = var.zone_id
  name    = "mqtt"
  type    = "A"
  content = "185.21.44.10"
}
''', secret=fakes.drawn(_seed(), 40, ALNUM + "_-"))

add("yaml/k8s-secret-webhook", "deploy/k8s/alarms/slack-secret.yaml", "https://kubernetes.io/docs/concepts/configuration/secret/", '''apiVersion: v1
kind: Secret
metadata:
  name: alarms-slack
  namespace: alibrug
type: Opaque
data:
  webhook-url: @@enc@@
''', secret=(_w := slack_webhook()), enc=b64(_w))

add("k8s-secret/docker-registry", "deploy/k8s/feeder/ghcr-pull.yaml", "https://kubernetes.io/docs/tasks/configure-pod-container/pull-image-private-registry/", '''apiVersion: v1
kind: Secret
metadata:
  name: ghcr-pull
  namespace: alibrug
type: kubernetes.io/dockerconfigjson
data:
  .dockerconfigjson: @@enc@@
''', secret=(_t := github()), enc=b64('{"auths":{"ghcr.io":{"username":"alibrug-ci","password":"' + _t + '"}}}'))

add("markdown/onboarding-token", "docs/wiki/Nyggj-starvsfolk.md", "https://www.markdownguide.org/basic-syntax/", '''# Vælkomin til Alibrúk tøkniliðið

1. Fá konto í GitLab og 1Password (spyr Hallur).
2. Klona repo: `git clone https://oauth2:@@secret@@@gitlab.com/alibrug/feeder.git`
   (felags token til lesing - gevur bara atgongd til feeder)
3. Set upp VPN (WireGuard) - sí `Prammar.md`.
4. Les `Loyniord.md`!
''', secret=gitlab())

add("text/email-draft", "notes/teldubraev-til-posta.txt", "https://en.wikipedia.org/wiki/Text_file", '''Til: kundatanastan@posta.fo
Evni: API atgongd - Ullvirkið

Hey Rói,
takk fyri hjálpina. Okkara API-lykil í royndarumhvørvinum riggar nú.
Til produktión hava tit givið okkum: @@secret@@
Kanst tú staðfesta at hann er settur til "sendingar + sporing"?

Vinarliga, Marjun
''', secret="pf_live_" + fakes.drawn_mixed(_seed(), 40))

add("lua/openresty-secret", "ops/nginx/lua/kamera_auth.lua", "https://github.com/openresty/lua-nginx-module", '''-- HMAC-undirskrift til kamera-slóðir (tíðaravmarkaðar)
local hmac = require "resty.hmac"
local SECRET = "@@secret@@"

local function sign(path, expires)
  local h = hmac:new(SECRET, hmac.ALGOS.SHA256)
  return ngx.encode_base64(h:final(path .. expires))
end

return { sign = sign }
''', secret=rand_pw(40))

add("elixir/runtime-config", "shop/ull-live/config/runtime.exs", "https://hexdocs.pm/phoenix/deployment.html", '''import Config

# Ullvirki Live (strikkivideo og beinleiðis sending)
if config_env() == :prod do
  config :ull_live, UllLiveWeb.Endpoint,
    url: [host: "live.ullvirki.fo", port: 443],
    secret_key_base: "@@secret@@"
end
''', secret=fakes.drawn(_seed(), 64, ALNUM + "+/"))

add("python/paramiko-password", "barge/tools/hent_loggar.py", "https://docs.paramiko.org/en/stable/api/client.html", '''"""Heintar loggar frá øllum prammunum (ssh) til greining."""
import paramiko

PRAMMAR = ["10.20.1.10", "10.20.2.10", "10.20.3.10"]

for host in PRAMMAR:
    ssh = paramiko.SSHClient()
    ssh.set_missing_host_key_policy(paramiko.AutoAddPolicy())
    ssh.connect(host, username="feeder", password="@@secret@@")
    ssh.open_sftp().get("/var/log/feeder.log", f"loggar/{host}.log")
    ssh.close()
''', secret=words_pw())

add("yaml/spring-boot", "barge/feeder-gateway/src/main/resources/application.yml", "https://docs.spring.io/spring-boot/reference/features/external-config.html", '''spring:
  application:
    name: feeder-gateway
  rabbitmq:
    host: rabbit.alibrug.fo
    username: feeder-gw
    password: @@secret@@
server:
  port: 8081
feeder:
  site: funnings
''', secret=rand_pw(20))

add("csharp/azure-storage", "edge/PenSensor/BlobUpload.cs", "https://learn.microsoft.com/en-us/azure/storage/common/storage-configure-connection-string", '''using Azure.Storage.Blobs;

namespace Alibrug.PenSensor
{
    // Goymir undirvatnsmyndir av nótini (skaði, vøkstur) í Azure
    public static class BlobUpload
    {
        private const string Conn =
            "DefaultEndpointsProtocol=https;AccountName=alibrugnot;AccountKey=@@secret@@;EndpointSuffix=core.windows.net";

        public static BlobContainerClient Container() => new BlobContainerClient(Conn, "not-myndir");
    }
}
''', secret=key_b64(64))

add("php/woocommerce-keys", "shop/bundid/tools/sync_woo.php", "https://woocommerce.github.io/woocommerce-rest-api-docs/#authentication", '''<?php
// Flytur vørur frá gomlu WooCommerce handlinum til Shopify
require __DIR__ . '/vendor/autoload.php';
use Automattic\\WooCommerce\\Client;

$woo = new Client('https://gamal.bundid.fo', 'ck_@@ck@@', '@@secret@@', ['version' => 'wc/v3']);
foreach ($woo->get('products', ['per_page' => 100]) as $p) {
    echo $p->name, PHP_EOL;
}
''', secret="cs_" + hexs(40), ck=hexs(40))

add("rust/mqtt-options", "edge/buoy/src/main.rs", "https://docs.rs/rumqttc/latest/rumqttc/", '''use rumqttc::{Client, MqttOptions, QoS};
use std::time::Duration;

// Veðurboyan við Sandoy (vindur, aldur)
fn main() {
    let mut opts = MqttOptions::new("boya-sandoy", "mqtt.alibrug.fo", 8883);
    opts.set_credentials("boya-sandoy", "@@secret@@");
    opts.set_keep_alive(Duration::from_secs(30));
    let (client, _conn) = Client::new(opts, 10);
    client.publish("sandoy/boya/vindur", QoS::AtLeastOnce, false, "14.2").unwrap();
}
''', secret=rand_pw(22))

add("ini/supervisor-env", "barge/supervisor/uplink.conf", "https://supervisord.org/configuration.html#program-x-section-values", '''[program:uplink]
command=/opt/uplink/bin/uplink --site rannva
directory=/opt/uplink
user=uplink
autorestart=true
environment=UPLINK_SITE="rannva",UPLINK_API_KEY="@@secret@@"
stdout_logfile=/var/log/uplink.log
''', secret="ab_live_" + fakes.drawn_mixed(_seed(), 40))

add("yaml/decoy-docs-example-keys", "docs/source/aws-example.yaml", "https://docs.aws.amazon.com/IAM/latest/UserGuide/security-creds.html", '''# Dømi úr AWS skjølunum (ikki veruligir lyklar) - til skúling
aws_example:
  access_key_id: AKIAIOSFODNN7EXAMPLE
  secret_access_key: wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY
  region: eu-north-1
# Veruligir lyklar: ongantíð í git - nýt SSO (sí aws-config)
''')
