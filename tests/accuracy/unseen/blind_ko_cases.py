"""Blind set KO: beadwork co-operatives and sugarcane growers in KwaZulu-Natal.

Craft web shops (WooCommerce, Shopify), mill cane deliveries, payment gateways (PayFast, Yoco,
Ozow), SMS gateways (Clickatell, BulkSMS), farm sensors (LoRaWAN, MQTT, The Things Network), CI
and cloud; notes and comments partly in isiZulu. Generated fakes only (seeds 5580000-5589999).
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
LOWNUM = string.ascii_lowercase + string.digits
_SEED = [5580000]


def _seed() -> int:
    _SEED[0] += 3
    assert 5580000 <= _SEED[0] <= 5589999
    return _SEED[0]


def _rng() -> random.Random:
    return random.Random(_seed())


WORDS = ["Ubuhlalu", "Umoba", "Isigayo", "Imvula", "Intaba", "Ilanga", "Inkanyezi", "Amanzi", "Ukhozi",
         "Indlovu", "Ingwe", "Isiziba", "Umthombo", "Impala", "Inyoni", "Igagasi"]
LOWER = ["beads", "cane", "mill", "river", "hills", "tugela", "sunset", "basket", "needle", "thread",
         "harvest", "tractor", "wagon", "trellis", "mango", "litchi"]


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


def lownum(n: int) -> str:
    return fakes.drawn(_seed(), n, LOWNUM)


def b64(s: str) -> str:
    return base64.b64encode(s.encode()).decode()


def payfast_key() -> str:
    return lownum(13)


def yoco_key(kind: str = "sk_live_") -> str:
    return kind + hexs(28)


def ozow_key() -> str:
    return rand_pw(32)


def clickatell_key() -> str:
    return rand_pw(22) + "=="


def woo_key(kind: str) -> str:
    return kind + hexs(40)


def shopify_token() -> str:
    return "shpat_" + hexs(32)


def slack_bot() -> str:
    r = _rng()
    return f"xoxb-{r.randint(10**10, 10**11)}-{r.randint(10**12, 10**13)}-" + "".join(r.choice(ALNUM) for _ in range(24))


def slack_webhook() -> str:
    r = _rng()
    up = string.ascii_uppercase + string.digits
    return ("https://hooks.slack.com/services/T" + "".join(r.choice(up) for _ in range(8)) + "/B"
            + "".join(r.choice(up) for _ in range(10)) + "/" + "".join(r.choice(ALNUM) for _ in range(24)))


def discord_webhook() -> str:
    r = _rng()
    return (f"https://discord.com/api/webhooks/{r.randint(10**17, 10**18)}/"
            + "".join(r.choice(ALNUM + "_-") for _ in range(68)))


def sendgrid_key() -> str:
    return fakes.fake("SG.", 22, _seed()) + fakes.fake(".", 43, _seed())


def twilio_token() -> str:
    return hexs(32)


def gitlab_token() -> str:
    return fakes.fake("glpat-", 20, _seed())


def npm_token() -> str:
    return fakes.fake("npm_", 36, _seed())


def docker_pat() -> str:
    return "dckr_pat_" + fakes.drawn(_seed(), 27, ALNUM + "-_")


def do_token() -> str:
    return "dop_v1_" + hexs(64)


def stripe_key(kind: str = "sk_live_") -> str:
    return fakes.fake(kind, 24, _seed())


def mailchimp_key() -> str:
    return hexs(32) + "-us21"


def ttn_key() -> str:
    up = string.ascii_uppercase + "234567"
    return "NNSXS." + fakes.drawn(_seed(), 39, up) + "." + fakes.drawn(_seed(), 52, up)


def azure_secret() -> str:
    r = _rng()
    return "".join(r.choice(ALNUM) for _ in range(3)) + "8Q~" + "".join(r.choice(ALNUM + "_.-~") for _ in range(34))


def azure_storage_key() -> str:
    return base64.b64encode(_rng().randbytes(64)).decode()


def cf_token() -> str:
    return fakes.drawn_mixed(_seed(), 40, ALNUM + "_-")


def jwt_like_secret() -> str:
    return base64.b64encode(_rng().randbytes(48)).decode()


def uuid_s() -> str:
    return fakes.uuid4(_seed())


def sha256ish() -> str:
    return hexs(64)


def pem(kind: str = "RSA") -> str:
    key = fakes.fake_pem(_seed(), kind)
    return key if kind else key.replace("BEGIN  PRIVATE", "BEGIN PRIVATE").replace("END  PRIVATE", "END PRIVATE")


def openssh_key() -> str:
    r = _rng()
    body = "\n".join("".join(r.choice(ALNUM + "+/") for _ in range(70)) for _ in range(5))
    return "-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW\n" + body + "\n-----END OPENSSH PRIVATE KEY-----"


def public_ssh() -> str:
    r = _rng()
    return "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI" + "".join(r.choice(ALNUM + "+/") for _ in range(43)) + " ci@ubuhlalu"


def indent(text: str, n: int) -> str:
    pad = " " * n
    return "\n".join(pad + line for line in text.splitlines())


CASES: List[LabelledCase] = []


def add(category: str, file_name: str, source: str, text: str, secret: Optional[str] = None, **fields: str) -> None:
    for name, value in fields.items():
        text = text.replace(f"@@{name}@@", value)
    assert "@@" not in text, file_name
    if not text.endswith("\n"):
        text += "\n"
    CASES.append(LabelledCase(f"blind-ko/{category}", file_name, text, secret, source))


def S(category: str, file_name: str, source: str, text: str, s: str, **fields: str) -> None:
    """A file holding one secret, the field `s`."""
    add(category, file_name, source, text, s, s=s, **fields)


def D(category: str, file_name: str, source: str, text: str, **fields: str) -> None:
    """A decoy: its kind must start with decoy-."""
    assert category.split("/")[1].startswith("decoy-"), category
    add(category, file_name, source, text, None, **fields)


PAYFAST = "https://developers.payfast.co.za/docs"
YOCO = "https://developer.yoco.com/online/resources/integration-guide"
OZOW = "https://hub.ozow.com/docs/step-1-post-variables"
CLICKATELL = "https://docs.clickatell.com/channels/sms-channels/sms-api-reference/"
BULKSMS = "https://www.bulksms.com/developer/json/v1/"
WOO = "https://woocommerce.github.io/woocommerce-rest-api-docs/"
SHOPIFY = "https://shopify.dev/docs/apps/auth/access-token-types"
TTN = "https://www.thethingsindustries.com/docs/reference/api/authentication/"
MQTT = "https://mosquitto.org/man/mosquitto_passwd-1.html"
COMPOSE = "https://docs.docker.com/compose/environment-variables/"
K8S = "https://kubernetes.io/docs/concepts/configuration/secret/"
GHA = "https://docs.github.com/en/actions/security-guides/using-secrets-in-github-actions"
GLCI = "https://docs.gitlab.com/ee/ci/variables/"
TF = "https://developer.hashicorp.com/terraform/language/values/variables"
ANSIBLE = "https://docs.ansible.com/ansible/latest/vault_guide/index.html"
DOTENV = "https://github.com/motdotla/dotenv#usage"
PG = "https://www.postgresql.org/docs/current/libpq-connect.html#LIBPQ-CONNSTRING"
MYSQL = "https://dev.mysql.com/doc/refman/8.0/en/option-files.html"
REDIS = "https://redis.io/docs/management/security/acl/"
AWS = "https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-files.html"
AZURE = "https://learn.microsoft.com/en-us/azure/storage/common/storage-configure-connection-string"
GCP = "https://cloud.google.com/iam/docs/keys-create-delete"
SLACK = "https://api.slack.com/messaging/webhooks"
HELM = "https://helm.sh/docs/chart_template_guide/values_files/"
DOCKERFILE = "https://docs.docker.com/engine/reference/builder/"
MD = "https://www.markdownguide.org/basic-syntax/"
RST = "https://docutils.sourceforge.io/rst.html"
JUPYTER = "https://nbformat.readthedocs.io/en/latest/format_description.html"
SSH = "https://man.openbsd.org/ssh-keygen"
NPMRC = "https://docs.npmjs.com/cli/v10/configuring-npm/npmrc"
PYPIRC = "https://packaging.python.org/en/latest/specifications/pypirc/"
DJANGO = "https://docs.djangoproject.com/en/5.0/ref/settings/#secret-key"
SPRING = "https://docs.spring.io/spring-boot/docs/current/reference/html/application-properties.html"
DOTNET = "https://learn.microsoft.com/en-us/aspnet/core/fundamentals/configuration/"
LARAVEL = "https://laravel.com/docs/10.x/configuration#environment-configuration"
RAILS = "https://guides.rubyonrails.org/configuring.html#configuring-a-database"
CARGO = "https://doc.rust-lang.org/cargo/reference/config.html"
SWIFT = "https://developer.apple.com/documentation/foundation/urlsession"
PWSH = "https://learn.microsoft.com/en-us/powershell/scripting/overview"
BASH = "https://www.gnu.org/software/bash/manual/bash.html"
GO = "https://pkg.go.dev/net/http"
SQL = "https://www.postgresql.org/docs/current/sql-createrole.html"
CSV = "https://www.rfc-editor.org/rfc/rfc4180"
LOG = "https://docs.python.org/3/library/logging.html"
HTML = "https://html.spec.whatwg.org/multipage/"
SMTP = "https://www.rfc-editor.org/rfc/rfc4954"
MONGO = "https://www.mongodb.com/docs/manual/reference/connection-string/"
SENDGRID = "https://docs.sendgrid.com/for-developers/sending-email/api-getting-started"
TWILIO = "https://www.twilio.com/docs/iam/credentials/api"
TELEGRAM = "https://core.telegram.org/bots/api#authorizing-your-bot"
GITHUB = "https://docs.github.com/en/authentication/keeping-your-account-and-data-secure/managing-your-personal-access-tokens"
GITLAB = "https://docs.gitlab.com/ee/user/profile/personal_access_tokens.html"
DOCKERHUB = "https://docs.docker.com/security/for-developers/access-tokens/"
DO = "https://docs.digitalocean.com/reference/api/create-personal-access-token/"
CF = "https://developers.cloudflare.com/fundamentals/api/get-started/create-token/"
MAILCHIMP = "https://mailchimp.com/developer/marketing/guides/quick-start/"
STRIPE = "https://stripe.com/docs/keys"
XML = "https://www.w3.org/TR/xml/"
INI = "https://docs.python.org/3/library/configparser.html"
TOML = "https://toml.io/en/v1.0.0"
NGINX = "https://nginx.org/en/docs/http/ngx_http_auth_basic_module.html"

# ---------------------------------------------------------------- payments: PayFast, Yoco, Ozow

S("php/payfast-passphrase", "shop/includes/payfast-config.php", PAYFAST, """<?php
// Izilungiselelo ze-PayFast zesitolo sobuhlalu (Ubuhlalu Co-op, Eshowe)
define('PAYFAST_MERCHANT_ID', '10293847');
define('PAYFAST_MERCHANT_KEY', '@@mk@@');
// Qaphela: le passphrase kumele ifane naleyo ekusetshenzisweni kwe-PayFast dashboard
define('PAYFAST_PASSPHRASE', '@@s@@');
define('PAYFAST_SANDBOX', false);
""", words_pw(), mk=payfast_key())

S("env/payfast-passphrase", "beadshop/.env.production", PAYFAST, """APP_ENV=production
APP_URL=https://shop.ubuhlalu-coop.co.za
PAYFAST_MERCHANT_ID=10482211
PAYFAST_MERCHANT_KEY=@@mk@@
PAYFAST_PASSPHRASE=@@s@@
PAYFAST_RETURN_URL=https://shop.ubuhlalu-coop.co.za/order/thanks
PAYFAST_NOTIFY_URL=https://shop.ubuhlalu-coop.co.za/api/payfast/itn
""", passphrase(), mk=payfast_key())

S("python/payfast-signature", "orders/payfast_itn.py", PAYFAST, '''"""Validate PayFast ITN callbacks for the bead co-op shop."""
import hashlib
import urllib.parse

PASSPHRASE = "@@s@@"  # TODO: hambisa lokhu ku-vault


def signature(data: dict) -> str:
    pairs = [f"{k}={urllib.parse.quote_plus(str(v).strip())}" for k, v in data.items() if v != ""]
    pairs.append("passphrase=" + urllib.parse.quote_plus(PASSPHRASE))
    return hashlib.md5("&".join(pairs).encode()).hexdigest()
''', words_pw())

D("php/decoy-env-reference", "shop/includes/payfast-live.php", PAYFAST, """<?php
// Sithatha izimfihlo ku-environment kuphela - ungazibhali lapha!
return [
    'merchant_id'  => getenv('PAYFAST_MERCHANT_ID'),
    'merchant_key' => getenv('PAYFAST_MERCHANT_KEY'),
    'passphrase'   => getenv('PAYFAST_PASSPHRASE'),
    'sandbox'      => getenv('PAYFAST_SANDBOX') === 'true',
];
""")

D("markdown/decoy-sandbox-docs", "docs/payments/payfast-sandbox.md", PAYFAST, """# PayFast sandbox (ukuhlola)

Sebenzisa lawa magama e-sandbox asemthethweni akwa-PayFast lapho uhlola i-checkout:

| Field | Sandbox value |
|-------|---------------|
| merchant_id | 10000100 |
| merchant_key | 46f0cd694581a |
| passphrase | jt7NOE43FZPn |

Lawa magama ashicilelwe ku-developers.payfast.co.za, awasebenzi ku-live.
Ama-live values asezimfihlweni ze-GitHub (`PAYFAST_*`).
""")

S("typescript/yoco-secret", "src/lib/yoco.ts", YOCO, """// Yoco online checkout for the craft market stall
import axios from "axios";

const YOCO_SECRET_KEY = "@@s@@";

export async function createCheckout(amountCents: number, orderId: string) {
  const res = await axios.post(
    "https://payments.yoco.com/api/checkouts",
    { amount: amountCents, currency: "ZAR", metadata: { orderId } },
    { headers: { Authorization: `Bearer ${YOCO_SECRET_KEY}` } },
  );
  return res.data.redirectUrl as string;
}
""", yoco_key())

D("typescript/decoy-public-key", "src/components/YocoButton.tsx", YOCO, """// Ukhiye osesidlangalaleni (public) kuphela - uphephile ku-browser
const YOCO_PUBLIC_KEY = "@@pk@@";

export function YocoButton({ amount }: { amount: number }) {
  const yoco = new (window as any).YocoSDK({ publicKey: YOCO_PUBLIC_KEY });
  return <button onClick={() => yoco.showPopup({ amountInCents: amount, currency: "ZAR" })}>Khokha</button>;
}
""", pk=yoco_key("pk_live_"))

S("shell/yoco-curl", "scripts/yoco-refund.sh", YOCO, """#!/usr/bin/env bash
# Buyisela imali kumthengi (refund) - sebenzisa: ./yoco-refund.sh <checkout-id>
set -euo pipefail
CHECKOUT_ID="$1"
curl -sS -X POST "https://payments.yoco.com/api/checkouts/${CHECKOUT_ID}/refund" \\
  -H "Authorization: Bearer @@s@@" \\
  -H "Content-Type: application/json" \\
  -d '{}'
""", yoco_key())

D("env/decoy-placeholder", "beadshop/.env.example", DOTENV, """# Kopisha leli fayela libe .env bese ugcwalisa amanani
PAYFAST_MERCHANT_ID=
PAYFAST_MERCHANT_KEY=
PAYFAST_PASSPHRASE=<your-payfast-passphrase>
YOCO_SECRET_KEY=sk_live_xxxxxxxxxxxxxxxxxxxxxxxxxxxx
YOCO_PUBLIC_KEY=pk_live_xxxxxxxxxxxxxxxxxxxxxxxxxxxx
OZOW_API_KEY=changeme
OZOW_PRIVATE_KEY=changeme
""")

S("csharp/ozow-private-key", "Ozow/OzowSettings.cs", OZOW, """namespace CaneGrowers.Payments
{
    // Izilungiselelo ze-Ozow (EFT) zokukhokhela imali yezinkontileka zomoba
    public static class OzowSettings
    {
        public const string SiteCode = "CGA-KZN-001";
        public const string CountryCode = "ZA";
        public const string PrivateKey = "@@s@@";
        public const bool IsTest = false;
    }
}
""", ozow_key())

S("json/ozow-api-key", "config/appsettings.Production.json", DOTNET, """{
  "Logging": { "LogLevel": { "Default": "Warning" } },
  "Ozow": {
    "SiteCode": "UBH-ESH-02",
    "ApiKey": "@@s@@",
    "NotifyUrl": "https://api.ubuhlalu-coop.co.za/ozow/notify"
  },
  "AllowedHosts": "*"
}
""", ozow_key())

D("python/decoy-hash-check", "orders/ozow_hash.py", OZOW, '''"""Ozow HashCheck: SHA512 of the concatenated fields plus the private key, lower-cased."""
import hashlib
import os

# Isibonelo se-hash esivela kumbhalo we-Ozow (ayiyona imfihlo)
EXPECTED_SAMPLE = "@@h@@"


def hash_check(fields: list[str]) -> str:
    raw = "".join(fields) + os.environ["OZOW_PRIVATE_KEY"]
    return hashlib.sha512(raw.lower().encode()).hexdigest()
''', h=hexs(128))

S("ruby/payfast-merchant-key", "app/services/payfast_client.rb", PAYFAST, """# frozen_string_literal: true

# Iklayenti le-PayFast le-subscription yamalungu e-co-op
class PayfastClient
  MERCHANT_ID = '10338291'
  PASSPHRASE = '@@s@@'
  API = 'https://api.payfast.co.za'

  def headers(timestamp)
    { 'merchant-id' => MERCHANT_ID, 'version' => 'v1', 'timestamp' => timestamp }
  end
end
""", passphrase())

D("yaml/decoy-vault-reference", "deploy/payments-values.yaml", HELM, """# Izimfihlo zithathwa ku-Vault (ESO) - akukho nani elilapha
payments:
  payfast:
    merchantId: "10482211"
    merchantKeyRef:
      secretName: payfast-live
      key: merchant-key
    passphraseRef:
      secretName: payfast-live
      key: passphrase
  yoco:
    secretKeyRef: { secretName: yoco-live, key: secret-key }
""")

_v = ozow_key()
S("k8s-secret/ozow-private-key", "deploy/k8s/ozow-secret.yaml", K8S, """apiVersion: v1
kind: Secret
metadata:
  name: ozow-live
  namespace: cane-payments
type: Opaque
data:
  site-code: @@sc@@
  private-key: @@enc@@
""", _v, sc=b64("CGA-KZN-001"), enc=b64(_v))

# ---------------------------------------------------------------- SMS gateways

S("python/clickatell-key", "notify/sms_growers.py", CLICKATELL, '''"""SMS abalimi bomoba uma ilori ifika esigayweni (mill delivery alerts)."""
import requests

CLICKATELL_API_KEY = "@@s@@"


def send(to: str, text: str) -> None:
    requests.post("https://platform.clickatell.com/messages/http/send",
                  params={"apiKey": CLICKATELL_API_KEY, "to": to, "content": text}, timeout=10)
''', clickatell_key())

S("js/bulksms-basic", "functions/sendSms.js", BULKSMS, """// Thumela i-SMS kumalungu e-co-op uma i-oda lifika
const fetch = require("node-fetch");

const auth = "Basic " + Buffer.from("ubuhlalu-coop:@@s@@").toString("base64");

module.exports = async (to, body) =>
  fetch("https://api.bulksms.com/v1/messages", {
    method: "POST",
    headers: { Authorization: auth, "Content-Type": "application/json" },
    body: JSON.stringify({ to, body }),
  });
""", words_pw())

_v = "cane-alerts:" + rand_pw(24)
S("http/bulksms-basic-header", "docs/http/bulksms.http", BULKSMS, """### Hlola i-BulkSMS (REST client)
POST https://api.bulksms.com/v1/messages
Authorization: Basic @@enc@@
Content-Type: application/json

{"to": "+27821234567", "body": "Isigayo sivuliwe kusasa 06:00"}
""", b64(_v), enc=b64(_v))

D("python/decoy-env-reference", "notify/sms_settings.py", CLICKATELL, '''import os

# Ukhiye we-Clickatell uvela ku-environment (Azure Key Vault -> App Service)
CLICKATELL_API_KEY = os.environ.get("CLICKATELL_API_KEY", "")
BULKSMS_TOKEN_ID = os.environ["BULKSMS_TOKEN_ID"]
BULKSMS_TOKEN_SECRET = os.environ["BULKSMS_TOKEN_SECRET"]
SENDER_ID = "CANEGROW"
''')

S("php/twilio-token", "app/Notifications/twilio.php", TWILIO, """<?php
// Izaziso ze-WhatsApp/SMS zabalimi (Twilio)
return [
    'sid'   => 'AC@@sid@@',
    'token' => '@@s@@',
    'from'  => '+27600000001',
];
""", twilio_token(), sid=hexs(32))

D("log/decoy-masked", "logs/sms-gateway-2024-06-14.log", LOG, """2024-06-14 05:58:01 INFO  sms.gateway provider=clickatell apiKey=****************Ng== status=ok
2024-06-14 05:58:02 INFO  sms.gateway to=+2782*****67 msg="Ilori yakho (KZN 442-001) ifikile esigayweni"
2024-06-14 06:10:44 WARN  sms.gateway provider=bulksms auth=Basic [REDACTED] retry=1
2024-06-14 06:10:45 INFO  sms.gateway provider=bulksms status=201 id=@@id@@
2024-06-14 06:30:00 INFO  sms.gateway batch=morning-deliveries sent=48 failed=0
""", id=uuid_s())

S("csv/bulksms-token", "ops/sms-accounts.csv", CSV, """account,provider,username,secret,notes
cane-alerts,bulksms,cane-alerts,@@s@@,token secret - abalimi
beads-orders,clickatell,n/a,(see vault),shop orders
mill-ops,bulksms,mill-ops,(revoked 2024-03),old
market-days,clickatell,n/a,(see vault),Mgungundlovu market
""", rand_pw(32))

# ---------------------------------------------------------------- farm sensors: MQTT, TTN, LoRaWAN

S("cpp/mqtt-password", "firmware/soil_probe/secrets.h", MQTT, """// Imininingwane ye-Wi-Fi ne-MQTT ye-soil moisture probe (insimu 7, Felixton)
#pragma once
#define WIFI_SSID     "FarmNet-Shed3"
#define WIFI_PASS     "@@s@@"
#define MQTT_HOST     "mqtt.canefarm.local"
#define MQTT_USER     "probe-07"
""", words_pw())

S("cpp/mqtt-broker-pass", "firmware/weather_station/config.h", MQTT, """#pragma once
// Isiteshi sesimo sezulu (imvula, umoya) - broker ku-cloud
static const char *MQTT_BROKER = "broker.canegrowers-iot.co.za";
static const int   MQTT_PORT   = 8883;
static const char *MQTT_USER   = "wx-station-02";
static const char *MQTT_PASS   = "@@s@@";
""", rand_pw(20))

D("conf/decoy-hashed-password", "mosquitto/passwd", MQTT, """probe-07:$7$101$@@salt@@$@@hash@@
probe-08:$7$101$@@salt2@@$@@hash2@@
wx-station-02:$7$101$@@salt3@@$@@hash3@@
nodered:$7$101$@@salt4@@$@@hash4@@
dashboard:$7$101$@@salt5@@$@@hash5@@
""", salt=b64(hexs(12)), hash=b64(hexs(48)), salt2=b64(hexs(12)), hash2=b64(hexs(48)),
  salt3=b64(hexs(12)), hash3=b64(hexs(48)), salt4=b64(hexs(12)), hash4=b64(hexs(48)),
  salt5=b64(hexs(12)), hash5=b64(hexs(48)))

S("yaml/ttn-api-key", "iot/chirp-bridge/config.yaml", TTN, """# I-bridge ye-TTN -> InfluxDB yezinzwa zomoba
ttn:
  region: eu1
  application_id: cane-soil-kzn
  api_key: @@s@@
influx:
  url: http://influx.farm.local:8086
  bucket: soil
""", ttn_key())

S("python/ttn-mqtt", "iot/ttn_listener.py", TTN, '''"""Lalela ama-uplinks e-TTN (MQTT) wezinzwa zomhlabathi."""
import paho.mqtt.client as mqtt

APP = "cane-soil-kzn@ttn"
client = mqtt.Client()
client.username_pw_set(APP, "@@s@@")
client.tls_set()
client.connect("eu1.cloud.thethings.network", 8883)
client.subscribe("v3/cane-soil-kzn@ttn/devices/+/up")
client.loop_forever()
''', ttn_key())

D("json/decoy-lorawan-ids", "iot/devices/soil-probe-07.json", TTN, """{
  "ids": {
    "device_id": "soil-probe-07",
    "dev_eui": "@@eui@@",
    "join_eui": "0000000000000000"
  },
  "name": "Insimu 7 - Felixton",
  "app_key": "<stored in TTN join server>",
  "frequency_plan_id": "EU_863_870_TTN",
  "lorawan_version": "MAC_V1_0_3"
}
""", eui=hexs(16).upper())

S("ini/lorawan-appkey", "iot/gateway/chirpstack-device.ini", "https://www.chirpstack.io/docs/chirpstack/use/devices.html", """; Idivayisi ye-LoRaWAN (OTAA) - isiteshi samanzi e-dam
[device]
name = dam-level-01
dev_eui = @@eui@@
app_eui = 70B3D57ED0000001

[keys]
app_key = @@s@@
""", hexs(32).upper(), eui=hexs(16).upper())

S("json/nodered-credentials", "iot/node-red/flows_cred_plain.json", "https://nodered.org/docs/user-guide/runtime/securing-node-red", """{
  "mqtt-broker-cane": {
    "user": "nodered",
    "password": "@@s@@"
  },
  "influxdb-farm": {
    "token": ""
  }
}
""", words_pw())

D("python/decoy-test-fixture", "iot/tests/test_decoder.py", TTN, '''"""Izivivinyo ze-payload decoder (FAKE data - akukho khiye wangempela)."""
from decoder import decode

FAKE_APP_KEY = "00000000000000000000000000000000"
SAMPLE_UPLINK = "AQIDBAUGBwg="  # base64 of bytes 1..8


def test_decode_moisture():
    assert decode(SAMPLE_UPLINK)["moisture"] == 0x0102 / 10
''')

S("shell/influx-token", "iot/scripts/backup-influx.sh", "https://docs.influxdata.com/influxdb/v2/reference/cli/influx/backup/", """#!/bin/sh
# Londoloza idatha yezinzwa njalo ebusuku (cron 02:00)
DEST=/mnt/nas/influx/$(date +%F)
mkdir -p "$DEST"
influx backup "$DEST" --host http://influx.farm.local:8086 \\
  --token @@s@@
""", fakes.drawn(_seed(), 86, ALNUM + "_-") + "==")

D("markdown/decoy-redacted", "iot/README.md", MD, """# Izinzwa zomoba (cane sensors)

Lo mkhiqizo uqoqa idatha yomhlabathi nemvula ezinsimini zomoba eFelixton naseMtubatuba.

- Broker: `mqtts://broker.canegrowers-iot.co.za:8883`
- Umsebenzisi: `probe-NN`, iphasiwedi: `********` (ibuza u-Sipho)
- TTN API key: `NNSXS.XXXXXXXX...` (ku-1Password, vault "IoT")

**Qaphela:** ungalokothi ufake ama-secrets.h ku-git.
""")

# ---------------------------------------------------------------- web shops: WooCommerce, Shopify

S("php/woocommerce-secret", "sync/woo-sync.php", WOO, """<?php
require __DIR__ . '/vendor/autoload.php';
use Automattic\\WooCommerce\\Client;

// Vumelanisa isitoko sobuhlalu phakathi kwe-POS ne-webshop
$woo = new Client(
    'https://shop.ubuhlalu-coop.co.za',
    'ck_@@ck@@',
    '@@s@@',
    ['version' => 'wc/v3']
);
""", woo_key("cs_"), ck=hexs(40))

S("python/shopify-token", "tools/shopify_stock.py", SHOPIFY, '''"""Buyekeza isitoko se-Shopify sezingubo zobuhlalu (Zulu beadwork store)."""
import requests

SHOP = "zulu-beadwork.myshopify.com"
TOKEN = "@@s@@"

r = requests.get(f"https://{SHOP}/admin/api/2024-04/products.json",
                 headers={"X-Shopify-Access-Token": TOKEN}, timeout=20)
print(len(r.json()["products"]), "products")
''', shopify_token())

D("javascript/decoy-storefront-token", "theme/assets/cart-config.js", SHOPIFY, """// Storefront API token - ingeyasesidlangalaleni (public), isetshenziswa ku-browser
window.BEAD_SHOP = {
  domain: "zulu-beadwork.myshopify.com",
  storefrontAccessToken: "@@t@@",
  currency: "ZAR",
  language: "zu",
};
""", t=hexs(32))

S("env/woocommerce-keys", "pos-bridge/.env", WOO, """# I-POS bridge yemakethe yaseMgungundlovu
WOO_URL=https://shop.ubuhlalu-coop.co.za
WOO_CONSUMER_KEY=ck_@@ck@@
WOO_CONSUMER_SECRET=@@s@@
SYNC_INTERVAL_MIN=15
""", woo_key("cs_"), ck=hexs(40))

D("sql/decoy-hashed-password", "db/seed/001_users.sql", SQL, """-- Abasebenzisi be-admin ye-webshop (ama-hash e-WordPress phpass, hhayi amaphasiwedi)
INSERT INTO wp_users (user_login, user_pass, user_email, display_name) VALUES
 ('nomvula', '$P$B@@h1@@', 'nomvula@ubuhlalu-coop.co.za', 'Nomvula Dlamini'),
 ('thandi',  '$P$B@@h2@@', 'thandi@ubuhlalu-coop.co.za',  'Thandi Mkhize'),
 ('sipho',   '$P$B@@h3@@', 'sipho@ubuhlalu-coop.co.za',   'Sipho Ngcobo');
""", h1=fakes.drawn(_seed(), 30, ALNUM + "./"), h2=fakes.drawn(_seed(), 30, ALNUM + "./"), h3=fakes.drawn(_seed(), 30, ALNUM + "./"))

S("php/wp-config-db", "wordpress/wp-config.php", "https://developer.wordpress.org/advanced-administration/wordpress/wp-config/", """<?php
/** Isitolo se-WordPress sobuhlalu */
define( 'DB_NAME', 'ubuhlalu_shop' );
define( 'DB_USER', 'shop_rw' );
define( 'DB_PASSWORD', '@@s@@' );
define( 'DB_HOST', 'db.internal:3306' );
$table_prefix = 'wp_';
""", words_pw())

D("php/decoy-wp-salts-placeholder", "wordpress/wp-config-sample.php", "https://developer.wordpress.org/advanced-administration/wordpress/wp-config/", """<?php
define( 'DB_NAME', 'database_name_here' );
define( 'DB_USER', 'username_here' );
define( 'DB_PASSWORD', 'password_here' );
define( 'AUTH_KEY',         'put your unique phrase here' );
define( 'SECURE_AUTH_KEY',  'put your unique phrase here' );
define( 'LOGGED_IN_KEY',    'put your unique phrase here' );
""")

S("php/wp-auth-key", "wordpress/wp-salts.php", "https://api.wordpress.org/secret-key/1.1/salt/", """<?php
// Kwenziwe ngo-api.wordpress.org/secret-key - ungabelani ngalokhu
define( 'AUTH_KEY',         '@@s@@' );
define( 'NONCE_KEY',        '' );
define( 'WP_CACHE_KEY_SALT', 'ubuhlalu_' );
define( 'WP_DEBUG', false );
""", fakes.drawn(_seed(), 64, ALNUM + "!@#$%^&*()-_[]{}<>~+=,.;:/?|"))

D("markdown/decoy-api-docs", "docs/woocommerce-api.md", WOO, """## WooCommerce REST API - indlela yokuxhuma

Yakha ukhiye ku **WooCommerce > Settings > Advanced > REST API**, bese ufaka:

```bash
curl https://shop.ubuhlalu-coop.co.za/wp-json/wc/v3/products \\
  -u ck_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX:cs_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX
```

Ungalokothi ufake ukhiye wangempela lapha. Sebenzisa `$WOO_CK` no `$WOO_CS`.
""")

S("ruby/shopify-app-secret", "config/initializers/shopify_app.rb", SHOPIFY, """ShopifyApp.configure do |config|
  config.application_name = 'Ubuhlalu Wholesale'
  config.api_key = '@@pub@@'
  config.secret = '@@s@@'
  config.scope = 'read_products,write_inventory'
  config.embedded_app = true
end
""", "shpss_" + hexs(32), pub=hexs(32))

S("yaml/mailchimp-key", "newsletter/config.yml", MAILCHIMP, """# Incwadi yezindaba yanyanga zonke yamakhasimende
mailchimp:
  api_key: @@s@@
  list_id: 4b1c9d2e7f
  from_name: "Ubuhlalu Co-op"
  reply_to: orders@ubuhlalu-coop.co.za
""", mailchimp_key())

S("python/sendgrid-key", "shop/emails.py", SENDGRID, '''from sendgrid import SendGridAPIClient
from sendgrid.helpers.mail import Mail

# Ukuqinisekisa ama-oda (order confirmation) ngesiZulu nesiNgisi
sg = SendGridAPIClient("@@s@@")


def confirm(to: str, order_no: str) -> None:
    sg.send(Mail("orders@ubuhlalu-coop.co.za", to, f"I-oda {order_no} lamukelwe", "Ngiyabonga!"))
''', sendgrid_key())

D("html/decoy-publishable", "shop/templates/checkout.html", STRIPE, """<!doctype html>
<html lang="zu">
<head><title>Khokha - Ubuhlalu</title>
<script src="https://js.stripe.com/v3/"></script></head>
<body>
<!-- Ukhiye osobala (publishable) - kulungile ukuba lapha -->
<script>const stripe = Stripe("@@pk@@");</script>
<div id="card-element"></div>
</body></html>
""", pk=stripe_key("pk_live_"))

S("kotlin/stripe-secret", "android/app/src/main/java/za/coop/ubuhlalu/Payments.kt", STRIPE, """package za.coop.ubuhlalu

// TODO(thandi): lokhu akufanele kube ku-app! Hambisa ku-backend.
object Payments {
    const val STRIPE_SECRET = "@@s@@"
    const val CURRENCY = "zar"
    const val EXPORT_MARKET = true
}
""", stripe_key())

# ---------------------------------------------------------------- mill deliveries: databases and services

S("properties/jdbc-password", "mill-weighbridge/src/main/resources/application.properties", SPRING, """# Isikali somgwaqo (weighbridge) esigayweni sase-Felixton
server.port=8080
spring.datasource.url=jdbc:postgresql://pg.mill.local:5432/weighbridge
spring.datasource.username=wb_app
spring.datasource.password=@@s@@
spring.jpa.hibernate.ddl-auto=validate
""", words_pw())

S("go/postgres-dsn", "deliveries/cmd/rct/main.go", PG, """package main

import (
	"database/sql"
	"log"

	_ "github.com/lib/pq"
)

// Ukulethwa komoba (cane deliveries) - RV/RCT calculator
const dsn = "postgres://rct_user:@@s@@@pg.mill.local:5432/deliveries?sslmode=require"

func main() {
	db, err := sql.Open("postgres", dsn)
	if err != nil {
		log.Fatal(err)
	}
	defer db.Close()
}
""", rand_pw(18))

S("java/db-password", "mill-weighbridge/src/main/java/za/mill/wb/LegacyDb.java", "https://docs.oracle.com/javase/tutorial/jdbc/basics/connecting.html", """package za.mill.wb;

import java.sql.Connection;
import java.sql.DriverManager;

/** Uxhumano ne-database endala ye-weighbridge (SQL Server). */
public final class LegacyDb {
    public static Connection open() throws Exception {
        return DriverManager.getConnection(
            "jdbc:sqlserver://wb-legacy:1433;databaseName=WB2009", "wbreader", "@@s@@");
    }
}
""", words_pw())

D("properties/decoy-env-reference", "mill-weighbridge/src/main/resources/application-prod.properties", SPRING, """# Amanani e-prod avela ku-environment (Kubernetes secret wb-db)
spring.datasource.url=${WB_DB_URL}
spring.datasource.username=${WB_DB_USER}
spring.datasource.password=${WB_DB_PASSWORD}
management.endpoints.web.exposure.include=health,info
""")

S("csharp/sqlserver-connstring", "MillPortal/appsettings.json", DOTNET, """{
  "ConnectionStrings": {
    "Deliveries": "Server=tcp:mill-sql.database.windows.net,1433;Database=deliveries;User ID=portal;Password=@@s@@;Encrypt=True;"
  },
  "Portal": { "Title": "Isigayo - Amaphutha Okulethwa", "GrowerLookup": true }
}
""", words_pw())

D("json/decoy-keyvault-reference", "MillPortal/appsettings.Staging.json", DOTNET, """{
  "ConnectionStrings": {
    "Deliveries": "@Microsoft.KeyVault(SecretUri=https://mill-kv.vault.azure.net/secrets/deliveries-conn/)"
  },
  "Portal": { "Title": "Isigayo (staging)" },
  "ApplicationInsights": { "ConnectionString": "InstrumentationKey=@@ik@@" }
}
""", ik=uuid_s())

S("python/mysql-password", "reports/daily_tonnage.py", MYSQL, '''"""Umbiko wansuku zonke wamathani omoba (daily tonnage report)."""
import pymysql

conn = pymysql.connect(
    host="mill-db.internal",
    user="reports",
    password="@@s@@",
    database="cane_deliveries",
)
with conn.cursor() as cur:
    cur.execute("SELECT grower_code, SUM(net_tons) FROM deliveries WHERE day = CURDATE() GROUP BY 1")
    print(cur.fetchall())
''', rand_pw(16))

S("ini/mysql-my-cnf", "ops/mill-db/.my.cnf", MYSQL, """[client]
# Iphasiwedi ye-backup user (mysqldump ebusuku)
user = backup
password = "@@s@@"
host = mill-db.internal

[mysqldump]
single-transaction
""", words_pw())

D("sql/decoy-role-placeholder", "db/migrations/0007_roles.sql", SQL, """-- Izindima ze-database (iphasiwedi isethwa ngu-Ansible, hhayi lapha)
CREATE ROLE rct_user LOGIN;
CREATE ROLE reports LOGIN;
-- ALTER ROLE rct_user PASSWORD :'rct_password';  -- psql -v rct_password=...
GRANT SELECT, INSERT ON deliveries TO rct_user;
GRANT SELECT ON deliveries TO reports;
""")

S("sql/role-password", "db/migrations/0008_mill_reader.sql", SQL, """-- Umfundi we-dashboard ye-SASRI (okwesikhashana)
CREATE ROLE sasri_reader WITH LOGIN PASSWORD '@@s@@';
GRANT CONNECT ON DATABASE deliveries TO sasri_reader;
GRANT USAGE ON SCHEMA public TO sasri_reader;
GRANT SELECT ON ALL TABLES IN SCHEMA public TO sasri_reader;
""", rand_pw(20))

S("yaml/redis-password", "deliveries/config/queue.yml", REDIS, """# Ulayini wamaloli esigayweni (truck queue)
queue:
  backend: redis
  redis:
    host: redis.mill.local
    port: 6379
    password: @@s@@
    db: 2
""", fakes.redis_password(_seed()))

S("typescript/mongo-uri", "grower-app/src/db.ts", MONGO, """import { MongoClient } from "mongodb";

// Idatha yabalimi abancane (small-scale growers) - izinsimu, amakhontrakthi
const uri = "mongodb+srv://grower-app:@@s@@@growers.x7kq2.mongodb.net/growers?retryWrites=true";
export const client = new MongoClient(uri);
export const db = client.db("growers");
""", rand_pw(16))

D("typescript/decoy-env-reference", "grower-app/src/config.ts", MONGO, """// Konke kuvela ku-process.env - bheka i-README ukuze uthole amanani
export const config = {
  mongoUri: process.env.MONGODB_URI ?? "mongodb://localhost:27017/growers",
  smsKey: process.env.CLICKATELL_API_KEY!,
  yocoSecret: process.env.YOCO_SECRET_KEY!,
  region: "af-south-1",
};
""")

S("log/db-url-in-traceback", "logs/rct-worker.err.log", LOG, """2024-07-02 04:11:09,332 ERROR rct.worker Failed to connect
Traceback (most recent call last):
  File "/app/rct/worker.py", line 41, in connect
    engine = create_engine(settings.DATABASE_URL)
sqlalchemy.exc.OperationalError: could not connect to server: postgresql://rct_user:@@s@@@10.20.4.15:5432/deliveries
2024-07-02 04:11:14,501 INFO  rct.worker retrying in 5s (attempt 2/10)
""", rand_pw(18))

D("csv/decoy-ids", "exports/deliveries-2024-07-01.csv", CSV, """delivery_id,grower_code,truck_reg,consignment,gross_kg,tare_kg,net_kg,rv_pct
@@a@@,GR-1029,NHL 44-221 ZN,CN-88321,34120,12010,22110,12.84
@@b@@,GR-2210,NUZ 1193 ZN,CN-88322,30980,11870,19110,13.02
@@c@@,GR-0087,NPN 77-930 ZN,CN-88323,32550,12100,20450,12.61
@@d@@,GR-1029,NHL 44-221 ZN,CN-88324,33900,12010,21890,12.77
""", a=uuid_s(), b=uuid_s(), c=uuid_s(), d=uuid_s())

S("rust/mill-api-token", "mill-gate/src/config.rs", CARGO, """//! Isango lesigayo: ifunda ama-RFID cards amaloli bese ithumela ku-API

pub const API_BASE: &str = "https://api.sugarmill-kzn.co.za/v2";
pub const API_TOKEN: &str = "@@s@@";
pub const GATE_ID: &str = "felixton-north";
pub const POLL_MS: u64 = 500;
""", "mgt_" + rand_pw(40))

D("rust/decoy-env-reference", "mill-gate/src/secrets.rs", CARGO, """use std::env;

/// Ukhiye we-API uvela ku-environment (systemd EnvironmentFile=/etc/mill-gate.env)
pub fn api_token() -> String {
    env::var("MILL_API_TOKEN").expect("MILL_API_TOKEN akusethiwe")
}
""")

S("swift/growers-api-key", "GrowerApp/Sources/API/Keys.swift", SWIFT, """import Foundation

// Uhlelo lwabalimi (iPhone) - ukubheka ukulethwa nezinkokhelo
enum Keys {
    static let baseURL = URL(string: "https://api.canegrowers-kzn.co.za")!
    static let apiKey = "@@s@@"
}
""", "cgk_live_" + rand_pw(32))

# ---------------------------------------------------------------- CI and cloud

D("github-actions/decoy-secrets-reference", ".github/workflows/deploy-shop.yml", GHA, """name: deploy-shop
on:
  push:
    branches: [main]
jobs:
  deploy:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - name: Thumela ku-server (rsync)
        env:
          SSH_KEY: ${{ secrets.SHOP_DEPLOY_KEY }}
          PAYFAST_PASSPHRASE: ${{ secrets.PAYFAST_PASSPHRASE }}
        run: ./scripts/deploy.sh
""")

S("github-actions/aws-secret", ".github/workflows/backup-s3.yml", GHA, """name: backup-deliveries
on:
  schedule: [{ cron: "0 1 * * *" }]
jobs:
  backup:
    runs-on: ubuntu-latest
    env:
      AWS_ACCESS_KEY_ID: @@kid@@
      AWS_SECRET_ACCESS_KEY: @@s@@
      AWS_DEFAULT_REGION: af-south-1
    steps:
      - run: aws s3 sync ./exports s3://mill-deliveries-backup/$(date +%F)/
""", fakes.aws_secret_key(_seed()), kid=fakes.aws_key_id(_seed()))

S("gitlab-ci/docker-pat", ".gitlab-ci.yml", GLCI, """stages: [build]

# Yakha i-image ye-grower-app
build:
  stage: build
  image: docker:24
  services: [docker:24-dind]
  script:
    - docker login -u canegrowerskzn -p @@s@@
    - docker build -t canegrowerskzn/grower-app:$CI_COMMIT_SHORT_SHA .
    - docker push canegrowerskzn/grower-app:$CI_COMMIT_SHORT_SHA
""", docker_pat())

D("gitlab-ci/decoy-masked-variable", "ci/templates/deploy.gitlab-ci.yml", GLCI, """.deploy:
  image: alpine:3.20
  variables:
    # Lokhu kusethwe ku-Settings > CI/CD > Variables (masked, protected)
    KUBE_TOKEN: $KUBE_TOKEN_PROD
    REGISTRY_PASSWORD: $CI_REGISTRY_PASSWORD
  script:
    - echo "$REGISTRY_PASSWORD" | docker login -u "$CI_REGISTRY_USER" --password-stdin "$CI_REGISTRY"
    - kubectl --token="$KUBE_TOKEN" apply -f k8s/
""")

S("ini/aws-credentials", "ops/laptop-sipho/.aws/credentials", AWS, """[default]
region = af-south-1

[mill-prod]
aws_access_key_id = @@kid@@
aws_secret_access_key = @@s@@
""", fakes.aws_secret_key(_seed()), kid=fakes.aws_key_id(_seed()))

D("ini/decoy-aws-example", "docs/aws-setup/credentials.example", AWS, """# Isibonelo kuphela (kusuka kumbhalo we-AWS) - faka okwakho ngo `aws configure`
[default]
aws_access_key_id = AKIAIOSFODNN7EXAMPLE
aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY
region = af-south-1
""")

S("terraform/aws-provider", "infra/main.tf", TF, """terraform {
  required_providers { aws = { source = "hashicorp/aws", version = "~> 5.0" } }
}

# Okwesikhashana: sizokushintsha sisebenzise i-OIDC
provider "aws" {
  region     = "af-south-1"
  access_key = "@@kid@@"
  secret_key = "@@s@@"
}

resource "aws_s3_bucket" "deliveries" { bucket = "mill-deliveries-exports" }
""", fakes.aws_secret_key(_seed()), kid=fakes.aws_key_id(_seed()))

D("terraform/decoy-variable", "infra/variables.tf", TF, """variable "db_password" {
  description = "Iphasiwedi ye-RDS (ifakwa nge TF_VAR_db_password)"
  type        = string
  sensitive   = true
}

variable "payfast_passphrase" {
  type      = string
  sensitive = true
  default   = ""
}
""")

S("terraform/tfvars-password", "infra/prod.tfvars", TF, """region        = "af-south-1"
instance_type = "t3.small"
db_username   = "deliveries"
db_password   = "@@s@@"
bucket_prefix = "mill-kzn"
""", words_pw())

S("json/gcp-service-account", "analytics/keys/bigquery-sa.json", GCP, """{
  "type": "service_account",
  "project_id": "cane-yield-analytics",
  "private_key_id": "@@kid@@",
  "private_key": "@@s@@",
  "client_email": "bq-loader@cane-yield-analytics.iam.gserviceaccount.com",
  "client_id": "10429384756102938475",
  "token_uri": "https://oauth2.googleapis.com/token"
}
""", pem("").replace("\n", "\\n") + "\\n",
  kid=hexs(40))

S("yaml/azure-client-secret", "infra/azure/sp-mill-portal.yaml", AZURE, """# Service principal ye-pipeline ye-MillPortal
azure:
  tenantId: @@t@@
  clientId: @@c@@
  clientSecret: "@@s@@"
  subscription: cane-mill-prod
""", azure_secret(), t=uuid_s(), c=uuid_s())

S("env/azure-storage-connstring", "MillPortal/.env.local", AZURE, """ASPNETCORE_ENVIRONMENT=Development
STORAGE_CONNECTION=DefaultEndpointsProtocol=https;AccountName=millportaldocs;AccountKey=@@s@@;EndpointSuffix=core.windows.net
# izithombe zama-weighbridge tickets
TICKET_CONTAINER=tickets
GROWER_LOOKUP_URL=https://api.canegrowers-kzn.co.za/lookup
""", azure_storage_key())

D("env/decoy-azurite", "MillPortal/.env.development", AZURE, """# Azurite (emulator) - ukhiye owaziwayo we-devstoreaccount1, awusebenzi ku-cloud
STORAGE_CONNECTION=UseDevelopmentStorage=true
AZURITE_ACCOUNT=devstoreaccount1
TICKET_CONTAINER=tickets
ASPNETCORE_ENVIRONMENT=Development
""")

S("powershell/azure-sp-login", "ops/scripts/Connect-MillAzure.ps1", PWSH, """# Ngena ku-Azure nge service principal (okwesikhashana ku-jump box)
$tenant = "@@t@@"
$appId  = "@@c@@"
$secure = ConvertTo-SecureString "@@s@@" -AsPlainText -Force
$cred   = New-Object System.Management.Automation.PSCredential($appId, $secure)
Connect-AzAccount -ServicePrincipal -Credential $cred -Tenant $tenant
Get-AzResourceGroup -Name "rg-mill-prod"
""", azure_secret(), t=uuid_s(), c=uuid_s())

D("powershell/decoy-secret-store", "ops/scripts/Get-MillSecrets.ps1", PWSH, """# Thola izimfihlo ku-SecretStore - akukho phasiwedi kulo fayela
Import-Module Microsoft.PowerShell.SecretManagement
$dbPass  = Get-Secret -Name "mill-sql-portal" -Vault MillVault -AsPlainText
$smsKey  = Get-Secret -Name "clickatell-api"  -Vault MillVault -AsPlainText
$env:MILL_DB_PASSWORD = $dbPass
$env:CLICKATELL_API_KEY = $smsKey
Write-Host "Izimfihlo zilayishiwe (loaded)."
""")

S("shell-history/do-token", "ops/jumpbox/.bash_history", DO, """ssh root@10.20.4.15
doctl auth init
doctl auth init --access-token @@s@@
doctl compute droplet list
doctl kubernetes cluster kubeconfig save beads-shop-k8s
kubectl get pods -n shop
exit
""", do_token())

S("shell-history/mysql-password", "ops/mill-db/.bash_history", MYSQL, """cd /var/backups/mysql
ls -la
mysql -u root -p'@@s@@' -e 'SHOW DATABASES;'
mysqldump --single-transaction cane_deliveries | gzip > cd-$(date +%F).sql.gz
history -c
""", words_pw())

D("shell-history/decoy-prompted", "ops/shop-server/.zsh_history", BASH, """: 1717401112:0;sudo systemctl restart php8.2-fpm
: 1717401150:0;mysql -u shop_rw -p ubuhlalu_shop
: 1717401290:0;wp plugin update --all
: 1717401333:0;vault kv get -field=passphrase secret/payfast/live
: 1717401400:0;tail -f /var/log/nginx/error.log
""")

S("npmrc/npm-token", "grower-app/.npmrc", NPMRC, """registry=https://registry.npmjs.org/
@canegrowers:registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=@@s@@
save-exact=true
engine-strict=true
""", npm_token())

D("npmrc/decoy-env-token", "beadshop-theme/.npmrc", NPMRC, """# Ithokheni ivela ku-CI (NPM_TOKEN) - ungayibhali lapha
@ubuhlalu:registry=https://npm.pkg.github.com
//npm.pkg.github.com/:_authToken=${NODE_AUTH_TOKEN}
always-auth=true
fund=false
""")

S("pypirc/pypi-token", "sasri-tools/.pypirc", PYPIRC, """[distutils]
index-servers = pypi

[pypi]
username = __token__
password = @@s@@
""", fakes.pypi_token(_seed()))

S("dockerfile/github-token-arg", "grower-app/Dockerfile", DOCKERFILE, """FROM node:20-alpine
WORKDIR /app
# Iphakheji elizimele (private) le-@canegrowers/ui
ENV NPM_CONFIG_//npm.pkg.github.com/:_authToken=@@s@@
COPY package*.json ./
RUN npm ci --omit=dev
COPY . .
CMD ["node", "server.js"]
""", fakes.github_token(_seed()))

D("dockerfile/decoy-build-secret", "beadshop/Dockerfile", DOCKERFILE, """# syntax=docker/dockerfile:1.7
FROM php:8.2-apache
# Sisebenzisa i-BuildKit secret - ayihlali ku-image
RUN --mount=type=secret,id=composer_auth,target=/root/.composer/auth.json \\
    composer install --no-dev --optimize-autoloader
COPY . /var/www/html
ENV PAYFAST_SANDBOX=false
""")

S("compose/postgres-password", "deliveries/docker-compose.yml", COMPOSE, """services:
  db:
    image: postgres:16
    environment:
      POSTGRES_DB: deliveries
      POSTGRES_USER: rct_user
      POSTGRES_PASSWORD: @@s@@
    volumes: [pgdata:/var/lib/postgresql/data]
  api:
    build: .
    depends_on: [db]
volumes:
  pgdata: {}
""", rand_pw(22))

D("compose/decoy-env-file", "beadshop/docker-compose.yml", COMPOSE, """services:
  wordpress:
    image: wordpress:6.5-php8.2
    env_file: .env   # ayikho ku-git (.gitignore)
    environment:
      WORDPRESS_DB_PASSWORD: ${DB_PASSWORD:?setha DB_PASSWORD}
      WORDPRESS_DB_HOST: mysql
  mysql:
    image: mysql:8.0
    environment:
      MYSQL_ROOT_PASSWORD_FILE: /run/secrets/mysql_root
    secrets: [mysql_root]
secrets:
  mysql_root:
    file: ./secrets/mysql_root.txt
""")

S("k8s-secret/shop-db-stringdata", "k8s/shop/db-secret.yaml", K8S, """apiVersion: v1
kind: Secret
metadata:
  name: shop-db
  namespace: shop
type: Opaque
stringData:
  DB_USER: shop_rw
  DB_PASSWORD: "@@s@@"
""", words_pw())

_v = clickatell_key()
S("k8s-secret/clickatell-data", "k8s/notify/sms-secret.yaml", K8S, """apiVersion: v1
kind: Secret
metadata:
  name: sms-gateway
  namespace: notify
data:
  CLICKATELL_API_KEY: @@enc@@
  SENDER_ID: @@sid@@
""", _v, enc=b64(_v), sid=b64("CANEGROW"))

D("k8s/decoy-external-secret", "k8s/shop/external-secret.yaml", "https://external-secrets.io/latest/api/externalsecret/", """apiVersion: external-secrets.io/v1beta1
kind: ExternalSecret
metadata:
  name: payfast-live
  namespace: shop
spec:
  refreshInterval: 1h
  secretStoreRef: { name: vault-backend, kind: ClusterSecretStore }
  target: { name: payfast-live }
  data:
    - secretKey: passphrase
      remoteRef: { key: secret/payfast/live, property: passphrase }
""")

D("k8s-secret/decoy-sealed", "k8s/notify/sealed-sms.yaml", "https://github.com/bitnami-labs/sealed-secrets", """apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata:
  name: sms-gateway
  namespace: notify
spec:
  encryptedData:
    CLICKATELL_API_KEY: @@c@@
""", c="Ag" + fakes.drawn(_seed(), 300, ALNUM + "+/") + "==")

S("helm/values-redis", "charts/deliveries/values-prod.yaml", HELM, """replicaCount: 2
image:
  repository: canegrowerskzn/deliveries
  tag: "1.8.3"
redis:
  enabled: true
  auth:
    password: "@@s@@"
ingress:
  host: deliveries.sugarmill-kzn.co.za
""", fakes.redis_password(_seed()))

D("helm/decoy-empty", "charts/deliveries/values.yaml", HELM, """replicaCount: 1
image:
  repository: canegrowerskzn/deliveries
  tag: latest
redis:
  enabled: true
  auth:
    password: ""          # isethwa nge --set noma ku-values-prod (hhayi lapha)
    existingSecret: deliveries-redis
""")

# ---------------------------------------------------------------- chat, bots and webhooks

S("python/slack-webhook", "ops/alerts/mill_alerts.py", SLACK, '''"""Izexwayiso ku-Slack uma isigayo simile (mill stoppage alerts)."""
import json
import urllib.request

WEBHOOK = "@@s@@"


def alert(text: str) -> None:
    req = urllib.request.Request(WEBHOOK, json.dumps({"text": text}).encode(),
                                 {"Content-Type": "application/json"})
    urllib.request.urlopen(req, timeout=5)
''', slack_webhook())

S("yaml/slack-bot-token", "ops/alertmanager/alertmanager.yml", "https://prometheus.io/docs/alerting/latest/configuration/#slack_config", """route:
  receiver: mill-ops
receivers:
  - name: mill-ops
    slack_configs:
      - channel: "#isigayo-alerts"
        api_url: https://slack.com/api/chat.postMessage
        http_config:
          authorization:
            credentials: @@s@@
        title: "Isexwayiso: {{ .CommonLabels.alertname }}"
""", slack_bot())

D("yaml/decoy-webhook-file", "ops/alertmanager/alertmanager.prod.yml", "https://prometheus.io/docs/alerting/latest/configuration/#slack_config", """route:
  receiver: mill-ops
receivers:
  - name: mill-ops
    slack_configs:
      - channel: "#isigayo-alerts"
        api_url_file: /etc/alertmanager/secrets/slack_webhook_url
        send_resolved: true
""")

S("python/telegram-bot", "bots/imvula_bot.py", TELEGRAM, '''"""Ibhothi ye-Telegram ethumela amazinga emvula kubalimi nsuku zonke."""
from telegram.ext import Application, CommandHandler

TOKEN = "@@s@@"


async def imvula(update, context):
    await update.message.reply_text("Imvula izolo: 23 mm eFelixton, 17 mm eMtubatuba")

app = Application.builder().token(TOKEN).build()
app.add_handler(CommandHandler("imvula", imvula))
app.run_polling()
''', fakes.telegram_token(_seed()))

D("python/decoy-telegram-env", "bots/ubuhlalu_orders_bot.py", TELEGRAM, '''"""Ibhothi yama-oda obuhlalu - ithokheni ivela ku-environment."""
import os
from telegram.ext import Application

TOKEN = os.environ["TELEGRAM_BOT_TOKEN"]  # e.g. 123456789:AA... (BotFather)
CHAT_ID = -1001234567890
app = Application.builder().token(TOKEN).build()
''')

S("javascript/discord-webhook", "market/scripts/announce.js", "https://discord.com/developers/docs/resources/webhook", """// Memezela imakethe yobuhlalu ku-Discord ye-co-op
const WEBHOOK_URL =
  "@@s@@";

fetch(WEBHOOK_URL, {
  method: "POST",
  headers: { "Content-Type": "application/json" },
  body: JSON.stringify({ content: "Imakethe iyavulwa ngoMgqibelo eMgungundlovu!" }),
});
""", discord_webhook())

_r = _rng()
_v = "https://ubuhlalucoop.webhook.office.com/webhookb2/" + uuid_s() + "@" + uuid_s() + "/IncomingWebhook/" + hexs(32) + "/" + uuid_s() + "/V2" + fakes.drawn(_seed(), 40, ALNUM + "-_")
S("json/teams-webhook", "ops/teams-notify.json", "https://learn.microsoft.com/en-us/microsoftteams/platform/webhooks-and-connectors/how-to/add-incoming-webhook", """{
  "name": "mill-ops-teams",
  "type": "teams",
  "settings": {
    "url": "@@s@@",
    "title": "Isigayo se-Felixton"
  }
}
""", _v)

D("markdown/decoy-webhook-doc", "docs/alerts/README.md", SLACK, """# Izexwayiso (alerts)

1. Dala i-Incoming Webhook ku-Slack app "Isigayo Alerts".
2. I-URL ibukeka kanje: `https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX`
3. Yifake ku-Vault ku `secret/ops/slack-webhook` - **hhayi** ku-git.
4. Hlola: `vault kv get -field=url secret/ops/slack-webhook | xargs curl -d '{"text":"sawubona"}'`
""")

# ---------------------------------------------------------------- git hosts, registries, SSH

S("yaml/gitlab-token", "ops/renovate/config.yml", GITLAB, """# Renovate bot yama-repos e-co-op
platform: gitlab
endpoint: https://gitlab.com/api/v4/
token: @@s@@
repositories:
  - ubuhlalu-coop/beadshop
  - ubuhlalu-coop/pos-bridge
""", gitlab_token())

S("git-config/github-token-url", "ops/mirror/.git-config", "https://git-scm.com/docs/git-config", """[core]
	repositoryformatversion = 0
	bare = true
[remote "github"]
	url = https://canegrowers-bot:@@s@@@github.com/canegrowers-kzn/deliveries.git
	fetch = +refs/heads/*:refs/remotes/github/*
	mirror = true
""", fakes.github_token(_seed()))

S("shell/github-fine-grained", "scripts/release-notes.sh", GITHUB, """#!/usr/bin/env bash
# Dala ama-release notes ku-GitHub (isiZulu + English)
set -e
export GH_TOKEN=@@s@@
TAG="${1:?faka i-tag}"
gh release create "$TAG" --notes-file "notes/$TAG.md" --repo canegrowers-kzn/grower-app
""", fakes.github_fine_grained_token(_seed()))

D("shell/decoy-gh-auth", "scripts/open-pr.sh", GITHUB, """#!/usr/bin/env bash
# Vula i-PR - i-gh CLI isebenzisa i-keyring, akukho thokheni lapha
set -euo pipefail
gh auth status >/dev/null || gh auth login --web
BRANCH=$(git rev-parse --abbrev-ref HEAD)
gh pr create --fill --base main --head "$BRANCH"
""")

S("ssh-key/openssh-private", "ops/deploy/shop_deploy_ed25519", SSH, "@@s@@", openssh_key())

_v = pem("RSA")
S("yaml/ssh-key-block", "ops/ansible/group_vars/shop_servers.yml", ANSIBLE, """---
shop_deploy_user: deploy
shop_root: /var/www/ubuhlalu
# Ukhiye we-deploy (TODO: hambisa ku-ansible-vault)
shop_deploy_key: |
@@blk@@
shop_php_version: "8.2"
""", _v, blk=indent(_v, 2))

D("ssh-key/decoy-public", "ops/deploy/shop_deploy_ed25519.pub", SSH, """# Ukhiye osobala we-deploy user (authorized_keys ku shop-01, shop-02)
@@k@@
# fingerprint: SHA256:@@fp@@
# owner: ops@ubuhlalu-coop.co.za
# added: 2024-02-11
""", k=public_ssh(), fp=fakes.drawn(_seed(), 43, ALNUM + "+/"))

D("yaml/decoy-ansible-vault", "ops/ansible/group_vars/mill_db/vault.yml", ANSIBLE, """$ANSIBLE_VAULT;1.1;AES256
@@l1@@
@@l2@@
@@l3@@
@@l4@@
@@l5@@
""", l1=hexs(80), l2=hexs(80), l3=hexs(80), l4=hexs(80), l5=hexs(40))

S("yaml/ansible-plain-password", "ops/ansible/roles/mill_db/defaults/main.yml", ANSIBLE, """---
mysql_bind_address: 0.0.0.0
mysql_databases:
  - name: cane_deliveries
mysql_users:
  - name: reports
    host: "10.20.%"
    password: "@@s@@"
    priv: "cane_deliveries.*:SELECT"
""", words_pw())

D("yaml/decoy-ansible-vault-ref", "ops/ansible/roles/shop/defaults/main.yml", ANSIBLE, """---
shop_db_user: shop_rw
shop_db_password: "{{ vault_shop_db_password }}"
payfast_passphrase: "{{ vault_payfast_passphrase }}"
yoco_secret_key: "{{ lookup('community.hashi_vault.hashi_vault', 'secret/data/yoco:secret_key') }}"
""")

S("toml/cargo-registry-token", "mill-gate/.cargo/credentials.toml", CARGO, """# I-registry yangaphakathi ye-crates (Kellnr)
[registries.mill]
token = "@@s@@"

[registry]
token = ""
""", rand_pw(32))

D("toml/decoy-pyproject", "sasri-tools/pyproject.toml", TOML, """[project]
name = "sasri-tools"
version = "0.4.1"
description = "Amathuluzi okubala i-RV ne-ERC yomoba"
dependencies = ["pandas>=2.0", "requests"]

[tool.poetry.source]
name = "internal"
url = "https://pypi.canegrowers-kzn.co.za/simple/"
""")

# ---------------------------------------------------------------- frameworks

S("python/django-secret-key", "coopsite/coopsite/settings.py", DJANGO, '''"""Izilungiselelo ze-Django zewebhusayithi ye-co-op."""
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent
SECRET_KEY = "@@s@@"
DEBUG = False
ALLOWED_HOSTS = ["ubuhlalu-coop.co.za", "www.ubuhlalu-coop.co.za"]
LANGUAGE_CODE = "zu"
TIME_ZONE = "Africa/Johannesburg"
''', fakes.django_secret_key(_seed()))

D("python/decoy-django-env", "coopsite/coopsite/settings_prod.py", DJANGO, '''from .settings import *  # noqa
import os

SECRET_KEY = os.environ["DJANGO_SECRET_KEY"]
DATABASES["default"]["PASSWORD"] = os.environ.get("DB_PASSWORD", "")
EMAIL_HOST_PASSWORD = os.getenv("EMAIL_HOST_PASSWORD")
# Qaphela: zonke izimfihlo zikhona ku-Azure Key Vault
''')

D("python/decoy-django-test", "coopsite/coopsite/settings_test.py", DJANGO, '''from .settings import *  # noqa

# Ukuhlola kuphela - lokhu akuyona imfihlo (CI only, never deployed)
SECRET_KEY = "django-insecure-test-key-not-for-production"
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
DATABASES = {"default": {"ENGINE": "django.db.backends.sqlite3", "NAME": ":memory:"}}
''')

S("env/laravel-app-key", "market-app/.env", LARAVEL, """APP_NAME="Imakethe Yobuhlalu"
APP_ENV=production
APP_KEY=base64:@@s@@
APP_DEBUG=false
APP_URL=https://market.ubuhlalu-coop.co.za
DB_CONNECTION=mysql
DB_PASSWORD=
""", jwt_like_secret()[:44])

D("env/decoy-laravel-example", "market-app/.env.example", LARAVEL, """APP_NAME="Imakethe Yobuhlalu"
APP_ENV=local
APP_KEY=
APP_DEBUG=true
DB_CONNECTION=mysql
DB_DATABASE=market
DB_USERNAME=root
DB_PASSWORD=
MAIL_PASSWORD=null
""")

S("yaml/rails-database", "grower-portal/config/database.yml", RAILS, """default: &default
  adapter: postgresql
  encoding: unicode
  pool: 5

production:
  <<: *default
  database: grower_portal
  username: portal
  password: @@s@@
  host: pg.mill.local
""", words_pw())

D("yaml/decoy-rails-erb", "grower-portal/config/database.production.yml", RAILS, """production:
  adapter: postgresql
  database: grower_portal
  username: <%= ENV.fetch("PORTAL_DB_USER") %>
  password: <%= ENV.fetch("PORTAL_DB_PASSWORD") %>
  host: <%= ENV.fetch("PORTAL_DB_HOST", "pg.mill.local") %>
""")

S("ruby/smtp-password", "grower-portal/config/environments/production.rb", "https://guides.rubyonrails.org/action_mailer_basics.html", """Rails.application.configure do
  # Ama-imeyili ezitatimende zabalimi (grower statements)
  config.action_mailer.delivery_method = :smtp
  config.action_mailer.smtp_settings = {
    address: 'smtp.office365.com', port: 587,
    user_name: 'statements@canegrowers-kzn.co.za',
    password: '@@s@@',
    authentication: :login, enable_starttls_auto: true
  }
end
""", words_pw())

S("javascript/jwt-secret", "pos-bridge/src/auth.js", "https://github.com/auth0/node-jsonwebtoken#usage", """const jwt = require("jsonwebtoken");

// Ithokheni yabathengisi basemakethe (market vendors)
const JWT_SECRET = "@@s@@";

exports.sign = (vendorId) => jwt.sign({ sub: vendorId, role: "vendor" }, JWT_SECRET, { expiresIn: "12h" });
exports.verify = (token) => jwt.verify(token, JWT_SECRET);
""", jwt_like_secret())

D("javascript/decoy-jwt-sample", "pos-bridge/test/auth.test.js", "https://jwt.io/introduction", """// Isibonelo se-JWT esivela ku-jwt.io (signed with "your-256-bit-secret")
const SAMPLE =
  "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c";

test("decodes the header", () => {
  expect(JSON.parse(Buffer.from(SAMPLE.split(".")[0], "base64url")).alg).toBe("HS256");
});
""")

S("go/smtp-auth", "deliveries/internal/mail/mail.go", "https://pkg.go.dev/net/smtp#PlainAuth", """package mail

import "net/smtp"

// Thumela izitatimende zokulethwa kubalimi
var auth = smtp.PlainAuth("", "statements@sugarmill-kzn.co.za", "@@s@@", "smtp.sugarmill-kzn.co.za")

func Send(to []string, body []byte) error {
	return smtp.SendMail("smtp.sugarmill-kzn.co.za:587", auth, "statements@sugarmill-kzn.co.za", to, body)
}
""", words_pw())

D("go/decoy-env", "deliveries/internal/config/config.go", GO, """package config

import "os"

// Config ifundwa ku-environment kuphela
type Config struct{ DBURL, SMTPPassword, ClickatellKey string }

func Load() Config {
	return Config{os.Getenv("DATABASE_URL"), os.Getenv("SMTP_PASSWORD"), os.Getenv("CLICKATELL_API_KEY")}
}
""")

S("java/sms-api-key", "mill-weighbridge/src/main/java/za/mill/wb/SmsNotifier.java", CLICKATELL, """package za.mill.wb;

import java.net.URI;
import java.net.http.HttpRequest;

/** Yazisa umlimi uma ilori yakhe isikalwe. */
public class SmsNotifier {
    private static final String API_KEY = "@@s@@";

    HttpRequest build(String to, String msg) {
        return HttpRequest.newBuilder(URI.create("https://platform.clickatell.com/messages"))
            .header("Authorization", API_KEY).POST(HttpRequest.BodyPublishers.ofString(
                "{\\"to\\":[\\"" + to + "\\"],\\"content\\":\\"" + msg + "\\"}")).build();
    }
}
""", clickatell_key())

S("kotlin/ttn-key", "android-grower/app/src/main/java/za/cane/grower/SensorRepo.kt", TTN, """package za.cane.grower

// Funda idatha yezinzwa ku-TTN Storage Integration
class SensorRepo {
    private val base = "https://eu1.cloud.thethings.network/api/v3/as/applications/cane-soil-kzn/packages/storage/uplink_message"
    private val apiKey = "@@s@@"

    fun headers() = mapOf("Authorization" to "Bearer $apiKey", "Accept" to "text/event-stream")
}
""", ttn_key())

D("kotlin/decoy-buildconfig", "android-grower/app/build.gradle.kts", "https://developer.android.com/build/gradle-tips", """android {
    defaultConfig {
        applicationId = "za.cane.grower"
        // Ukhiye uvela ku-local.properties (ayikho ku-git)
        buildConfigField("String", "API_KEY", "\\"${project.findProperty("GROWER_API_KEY") ?: ""}\\"")
        buildConfigField("String", "MAPS_KEY", "\\"${System.getenv("MAPS_KEY") ?: ""}\\"")
    }
}
""")

S("csharp/hmac-secret", "MillPortal/Services/TicketSigner.cs", "https://learn.microsoft.com/en-us/dotnet/api/system.security.cryptography.hmacsha256", """using System.Security.Cryptography;
using System.Text;

// Sayina ama-weighbridge tickets (QR) ukuze abalimi bakwazi ukuwaqinisekisa
public static class TicketSigner
{
    private static readonly byte[] Key = Encoding.UTF8.GetBytes("@@s@@");

    public static string Sign(string ticket) =>
        Convert.ToHexString(new HMACSHA256(Key).ComputeHash(Encoding.UTF8.GetBytes(ticket)));
}
""", rand_pw(40))

D("csharp/decoy-user-secrets", "MillPortal/Program.cs", DOTNET, """var builder = WebApplication.CreateBuilder(args);
// Dev: dotnet user-secrets; Prod: Key Vault. Akukho mfihlo kule khodi.
builder.Configuration.AddAzureKeyVault(new Uri("https://mill-kv.vault.azure.net/"), new DefaultAzureCredential());
var conn = builder.Configuration.GetConnectionString("Deliveries");
builder.Services.AddDbContext<MillDb>(o => o.UseSqlServer(conn));
var app = builder.Build();
app.Run();
""")

# ---------------------------------------------------------------- notes, runbooks, wikis

S("markdown/runbook-password", "docs/runbooks/mill-db-restore.md", MD, """# Ukubuyisela i-database yesigayo (restore)

1. Ngena ku `mill-db-02` njengo `backup`.
2. Khetha i-backup: `ls /var/backups/mysql/`
3. Buyisela:

```bash
gunzip -c cd-2024-06-30.sql.gz | mysql -u root -p'@@s@@' cane_deliveries
```

4. Bheka amathani: `SELECT COUNT(*) FROM deliveries;`
""", words_pw())

S("text/handover-note", "notes/handover-sipho-to-ayanda.txt", MD, """Sawubona Ayanda,

Nakhu okudingayo ngesonto lami lekhefu:
- Webshop admin: https://shop.ubuhlalu-coop.co.za/wp-admin (user: nomvula)
- Iphasiwedi ye-PayFast dashboard: @@s@@
- Isigayo siyavalwa ngo-Friday 14:00, ungakhohlwa ukuthumela i-SMS.

Ngiyabonga, Sipho
""", words_pw())

D("text/decoy-handover-safe", "notes/handover-thandi.txt", MD, """Sawubona Nomvula,

- Wonke amaphasiwedi asezi-1Password (vault "Co-op Shared").
- I-PayFast passphrase: bheka entry "PayFast live" - ungayibhali ku-email.
- Ama-oda angaphezu kuka-R5000 adinga imvume yami.
- I-SMS credit ye-Clickatell isele ku-R412.

Sala kahle, Thandi
""")

S("markdown/wiki-table", "wiki/Shop-Integrations.md", MD, """# Ukuxhumana kwesitolo (Shop integrations)

| Service | Account | Credential | Owner |
|---------|---------|------------|-------|
| Yoco | ubuhlalu-coop | `@@s@@` | Thandi |
| Clickatell | beads-orders | in vault | Sipho |
| Mailchimp | ubuhlalu | in vault | Nomvula |

Uma kunenkinga, xhumana no-Sipho ku-WhatsApp.
""", yoco_key())

D("markdown/decoy-wiki-masked", "wiki/Mill-Integrations.md", MD, """# Ukuxhumana kwesigayo

| Service | Account | Credential | Where |
|---------|---------|------------|-------|
| BulkSMS | cane-alerts | `••••••••••••` | Key Vault `bulksms-cane` |
| TTN | cane-soil-kzn | `NNSXS.****…` | Key Vault `ttn-api` |
| Ozow | CGA-KZN-001 | *(redacted)* | Key Vault `ozow-private` |
| AWS | mill-prod | `AKIA…` (OIDC now) | n/a |
""")

S("rst/docs-password", "docs/source/sensors/setup.rst", RST, """Ukufaka izinzwa (sensor setup)
===============================

Xhuma i-probe ku-Wi-Fi yesheds bese usetha i-MQTT:

.. code-block:: bash

   mosquitto_pub -h broker.canegrowers-iot.co.za -p 8883 \\
     -u probe-07 -P '@@s@@' -t farm/7/soil -m '{"moisture": 31.2}'

Uma ibonisa ``Connection Refused: not authorised``, bheka i-ACL.
""", rand_pw(20))

D("rst/decoy-docs-placeholder", "docs/source/sensors/broker.rst", RST, """I-broker ye-MQTT
================

Umsebenzisi ngamunye we-probe unephasiwedi yakhe:

.. code-block:: bash

   mosquitto_passwd -b /etc/mosquitto/passwd probe-NN '<iphasiwedi-entsha>'

Iphasiwedi entsha yenziwa ngu ``pwgen -s 24 1`` bese igcinwa ku-Vault.
""")

S("html/admin-page", "shop/templates/admin/integrations.html", HTML, """<!doctype html>
<html lang="zu"><head><title>Ukuxhumana - Admin</title></head>
<body>
<h1>Izilungiselelo zokukhokha</h1>
<form method="post" action="/admin/payments">
  <label>Yoco secret key <input name="yoco_secret" value="@@s@@"></label>
  <label>Mode <select name="mode"><option>live</option></select></label>
  <button>Londoloza</button>
</form>
</body></html>
""", yoco_key())

D("html/decoy-form-empty", "shop/templates/admin/payfast.html", HTML, """<!doctype html>
<html lang="zu"><head><title>PayFast - Admin</title></head>
<body>
<form method="post" action="/admin/payfast">
  <label>Merchant ID <input name="merchant_id" value="{{ merchant_id }}"></label>
  <label>Passphrase <input type="password" name="passphrase" placeholder="Faka i-passphrase"></label>
  <button>Londoloza</button>
</form>
</body></html>
""")

S("xml/maven-settings", "ops/ci/settings.xml", "https://maven.apache.org/settings.html#servers", """<settings>
  <servers>
    <!-- I-Nexus yesigayo (mill-weighbridge artifacts) -->
    <server>
      <id>mill-nexus</id>
      <username>ci-deploy</username>
      <password>@@s@@</password>
    </server>
  </servers>
</settings>
""", rand_pw(24))

D("xml/decoy-maven-env", "mill-weighbridge/.mvn/settings.xml", "https://maven.apache.org/settings.html#servers", """<settings>
  <servers>
    <server>
      <id>mill-nexus</id>
      <username>${env.NEXUS_USER}</username>
      <password>${env.NEXUS_PASSWORD}</password>
    </server>
  </servers>
</settings>
""")

S("xml/nuget-config", "MillPortal/nuget.config", "https://learn.microsoft.com/en-us/nuget/reference/nuget-config-file", """<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <packageSources>
    <add key="mill" value="https://pkgs.dev.azure.com/sugarmill-kzn/_packaging/mill/nuget/v3/index.json" />
  </packageSources>
  <packageSourceCredentials>
    <mill>
      <add key="Username" value="ci" />
      <add key="ClearTextPassword" value="@@s@@" />
    </mill>
  </packageSourceCredentials>
</configuration>
""", fakes.drawn(_seed(), 52, "abcdefghijklmnopqrstuvwxyz234567"))

S("nginx/basic-auth-header", "ops/nginx/conf.d/grafana.conf", NGINX, """# Grafana yezinzwa zomoba - proxy nge basic auth
server {
    listen 443 ssl;
    server_name grafana.canegrowers-iot.co.za;
    location / {
        proxy_pass http://127.0.0.1:3000;
        proxy_set_header Authorization "Basic @@s@@";
    }
}
""", b64("viewer:" + words_pw()))

D("conf/decoy-htpasswd", "ops/nginx/.htpasswd", NGINX, """sipho:$apr1$@@a@@$@@b@@
thandi:$apr1$@@c@@$@@d@@
ayanda:$apr1$@@e@@$@@f@@
viewer:$apr1$@@g@@$@@h@@
nomvula:$apr1$@@i@@$@@j@@
""", a=fakes.drawn(_seed(), 8, ALNUM), b=fakes.drawn(_seed(), 22, ALNUM + "./"),
  c=fakes.drawn(_seed(), 8, ALNUM), d=fakes.drawn(_seed(), 22, ALNUM + "./"),
  e=fakes.drawn(_seed(), 8, ALNUM), f=fakes.drawn(_seed(), 22, ALNUM + "./"),
  g=fakes.drawn(_seed(), 8, ALNUM), h=fakes.drawn(_seed(), 22, ALNUM + "./"),
  i=fakes.drawn(_seed(), 8, ALNUM), j=fakes.drawn(_seed(), 22, ALNUM + "./"))

# ---------------------------------------------------------------- notebooks, analytics, odd carriers

S("notebook/influx-token", "analytics/notebooks/imvula_vs_rv.ipynb", JUPYTER, """{
 "cells": [
  {"cell_type": "markdown", "metadata": {}, "source": ["# Imvula vs RV% (2023/24 season)"]},
  {"cell_type": "code", "execution_count": 1, "metadata": {}, "outputs": [],
   "source": ["from influxdb_client import InfluxDBClient\\n",
              "client = InfluxDBClient(url='http://influx.farm.local:8086', token='@@s@@', org='canegrowers')"]}
 ],
 "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3"}},
 "nbformat": 4, "nbformat_minor": 5
}
""", fakes.drawn(_seed(), 86, ALNUM + "_-") + "==")

D("notebook/decoy-getpass", "analytics/notebooks/deliveries_by_grower.ipynb", JUPYTER, """{
 "cells": [
  {"cell_type": "markdown", "metadata": {}, "source": ["# Ukulethwa ngomlimi (deliveries by grower)"]},
  {"cell_type": "code", "execution_count": 1, "metadata": {}, "outputs": [],
   "source": ["import getpass, sqlalchemy\\n",
              "pw = getpass.getpass('Iphasiwedi ye-reports: ')\\n",
              "engine = sqlalchemy.create_engine(f'mysql+pymysql://reports:{pw}@mill-db.internal/cane_deliveries')"]}
 ],
 "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3"}},
 "nbformat": 4, "nbformat_minor": 5
}
""")

_v = rand_pw(22)
S("python/split-password", "analytics/load_sasri.py", PG, '''"""Layisha idatha ye-SASRI ku-warehouse."""
import psycopg2

conn = psycopg2.connect(
    host="warehouse.mill.local", dbname="analytics", user="loader",
    password=("@@a@@"
              "@@b@@"),
)
''', _v, a=_v[:9], b=_v[9:])

S("shell/heredoc-env", "ops/provision/pos-bridge.sh", BASH, """#!/usr/bin/env bash
# Setha i-POS bridge ku-Raspberry Pi yemakethe
set -euo pipefail
cat > /etc/pos-bridge.env <<'EOF'
WOO_URL=https://shop.ubuhlalu-coop.co.za
WOO_CONSUMER_SECRET=@@s@@
EOF
chmod 600 /etc/pos-bridge.env
systemctl restart pos-bridge
""", woo_key("cs_"))

S("python/json-in-string", "iot/provision_device.py", TTN, '''"""Faka idivayisi entsha ku-gateway (ChirpStack gRPC gateway)."""
import json
import subprocess

payload = '{"device": "dam-level-02", "mqtt": {"user": "dam-02", "password": "@@s@@"}}'
cfg = json.loads(payload)
subprocess.run(["chirpstack-cli", "device", "create", "--json", json.dumps(cfg)], check=True)
print("Idivayisi ifakiwe:", cfg["device"])
''', rand_pw(20))

S("powershell/connstring-arg", "ops/scripts/Export-Tonnage.ps1", PWSH, """# Khipha amathani esonto ku-CSV (Invoke-Sqlcmd)
param([string]$Week = (Get-Date -UFormat %V))
$query = "SELECT grower_code, SUM(net_kg)/1000 AS tons FROM deliveries WHERE week = $Week GROUP BY grower_code"
Invoke-Sqlcmd -ServerInstance "mill-sql.database.windows.net" -Database "deliveries" `
  -Username "portal" -Password "@@s@@" -Query $query |
  Export-Csv -Path "\\\\nas\\reports\\tonnage-$Week.csv" -NoTypeInformation
""", words_pw())

D("log/decoy-checksums", "releases/SHA256SUMS", "https://www.gnu.org/software/coreutils/manual/html_node/sha2-utilities.html", """@@a@@  grower-app-1.8.3-android.apk
@@b@@  grower-app-1.8.3-ios.ipa
@@c@@  mill-gate-0.9.1-aarch64.tar.gz
@@d@@  pos-bridge-2.2.0.deb
@@e@@  sasri-tools-0.4.1.tar.gz
""", a=sha256ish(), b=sha256ish(), c=sha256ish(), d=sha256ish(), e=sha256ish())

D("json/decoy-package-lock", "grower-app/package-lock.json", "https://docs.npmjs.com/cli/v10/configuring-npm/package-lock-json", """{
  "name": "grower-app",
  "lockfileVersion": 3,
  "packages": {
    "node_modules/axios": {
      "version": "1.7.2",
      "resolved": "https://registry.npmjs.org/axios/-/axios-1.7.2.tgz",
      "integrity": "sha512-@@i@@"
    }
  }
}
""", i=base64.b64encode(_rng().randbytes(64)).decode())

D("yaml/decoy-sops", "k8s/mill/secrets.enc.yaml", "https://github.com/getsops/sops", """apiVersion: v1
kind: Secret
metadata:
  name: mill-db
stringData:
  DB_PASSWORD: ENC[AES256_GCM,data:@@d@@,iv:@@iv@@,tag:@@t@@,type:str]
sops:
  age:
    - recipient: age1@@r@@
  lastmodified: "2024-06-30T10:12:44Z"
  version: 3.8.1
""", d=b64(hexs(18)), iv=b64(hexs(24)), t=b64(hexs(12)), r=fakes.drawn(_seed(), 58, "qpzry9x8gf2tvdw0s3jn54khce6mua7l"))

D("python/decoy-uuid-ids", "orders/constants.py", PAYFAST, '''"""Ama-ID emisebenzi (ayizona izimfihlo)."""

PAYFAST_MERCHANT_ID = "10482211"
SHOPIFY_LOCATION_ID = "gid://shopify/Location/@@loc@@"
TTN_APPLICATION_ID = "cane-soil-kzn"
MAILCHIMP_LIST_ID = "4b1c9d2e7f"
ORDER_NAMESPACE = "@@ns@@"
''', loc=str(_rng().randint(10**10, 10**11)), ns=uuid_s())

S("yaml/cloudflare-token", "ops/ddns/config.yml", CF, """# I-DDNS ye-router yasepulazini (ngoba i-IP iyashintsha)
provider: cloudflare
zone: canegrowers-iot.co.za
record: farm7.canegrowers-iot.co.za
api_token: @@s@@
interval: 300
""", cf_token())

D("yaml/decoy-cloudflare-env", "ops/ddns/compose.yml", COMPOSE, """services:
  ddns:
    image: favonia/cloudflare-ddns:latest
    restart: always
    environment:
      CF_API_TOKEN_FILE: /run/secrets/cf_token
      DOMAINS: farm7.canegrowers-iot.co.za
      PROXIED: "false"
""")

S("ini/rclone-s3", "ops/backup/rclone.conf", "https://rclone.org/s3/", """[mill-s3]
type = s3
provider = AWS
access_key_id = @@kid@@
secret_access_key = @@s@@
region = af-south-1
""", fakes.aws_secret_key(_seed()), kid=fakes.aws_key_id(_seed()))

S("env/session-token", "ops/tmp/aws-session.env", AWS, """# Kusuka ku `aws sts assume-role` - iphelelwa emahoreni ayi-1
AWS_ACCESS_KEY_ID=ASIA@@kid@@
AWS_SECRET_ACCESS_KEY=@@sk@@
AWS_SESSION_TOKEN=@@s@@
AWS_REGION=af-south-1
""", fakes.aws_session_token(_seed()), kid=fakes.drawn(_seed(), 16, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"), sk=fakes.aws_secret_key(_seed()))

# ---------------------------------------------------------------- client configs

S("pgpass/password", "ops/analyst-laptop/.pgpass", "https://www.postgresql.org/docs/current/libpq-pgpass.html", """# hostname:port:database:username:password
pg.mill.local:5432:deliveries:rct_user:@@s@@
pg.mill.local:5432:grower_portal:portal:*
warehouse.mill.local:5432:analytics:loader:*
localhost:5432:*:postgres:*
""", rand_pw(18))

S("netrc/password", "ops/ci-runner/.netrc", "https://everything.curl.dev/usingcurl/netrc", """# I-Nexus ne-GitLab ye-co-op
machine nexus.sugarmill-kzn.co.za
  login ci-deploy
  password @@s@@
machine gitlab.com
  login oauth2
""", rand_pw(24))

S("git-credentials/token", "ops/ci-runner/.git-credentials", "https://git-scm.com/docs/git-credential-store", """https://oauth2:@@s@@@gitlab.com
https://x-access-token:@@x@@@github.com
https://bitbucket.org
https://dev.azure.com
https://gitea.farm.local
""", gitlab_token(), x="${GITHUB_TOKEN}")

_v = "canegrowerskzn:" + docker_pat()
S("json/docker-config-auth", "ops/ci-runner/.docker/config.json", "https://docs.docker.com/reference/cli/docker/login/", """{
  "auths": {
    "https://index.docker.io/v1/": {
      "auth": "@@s@@"
    }
  },
  "credsStore": ""
}
""", b64(_v))

D("json/decoy-docker-credstore", "ops/analyst-laptop/.docker/config.json", "https://docs.docker.com/reference/cli/docker/login/#credential-stores", """{
  "auths": {
    "https://index.docker.io/v1/": {},
    "ghcr.io": {}
  },
  "credsStore": "desktop",
  "currentContext": "default"
}
""")

_v = words_pw()
S("xml/filezilla", "ops/laptop-sipho/FileZilla/sitemanager.xml", "https://wiki.filezilla-project.org/Site_Manager", """<?xml version="1.0" encoding="UTF-8"?>
<FileZilla3>
  <Servers>
    <Server>
      <Host>sftp.sugarmill-kzn.co.za</Host>
      <Port>22</Port>
      <Protocol>1</Protocol>
      <User>growers-upload</User>
      <Pass encoding="base64">@@enc@@</Pass>
      <Name>Isigayo SFTP</Name>
    </Server>
  </Servers>
</FileZilla3>
""", _v, enc=b64(_v))

S("ini/dbeaver-like", "ops/laptop-ayanda/odbc.ini", "https://learn.microsoft.com/en-us/sql/connect/odbc/linux-mac/connection-string-keywords-and-data-source-names-dsns", """[MillDeliveries]
Driver = ODBC Driver 18 for SQL Server
Server = tcp:mill-sql.database.windows.net,1433
Database = deliveries
UID = portal
PWD = @@s@@
Encrypt = yes
""", words_pw())

D("ini/decoy-odbc-trusted", "ops/laptop-thandi/odbc.ini", "https://learn.microsoft.com/en-us/sql/connect/odbc/linux-mac/connection-string-keywords-and-data-source-names-dsns", """[MillDeliveries]
Driver = ODBC Driver 18 for SQL Server
Server = tcp:mill-sql.database.windows.net,1433
Database = deliveries
Authentication = ActiveDirectoryInteractive
; Akukho phasiwedi - ngena nge-Entra ID
Encrypt = yes
""")

# ---------------------------------------------------------------- more CI

S("jenkinsfile/password-literal", "mill-weighbridge/Jenkinsfile", "https://www.jenkins.io/doc/book/pipeline/jenkinsfile/", """pipeline {
  agent any
  environment {
    NEXUS_USER = 'ci-deploy'
    NEXUS_PASS = '@@s@@'
  }
  stages {
    stage('Deploy') {
      steps { sh 'mvn -B deploy -Dnexus.user=$NEXUS_USER -Dnexus.pass=$NEXUS_PASS' }
    }
  }
}
""", rand_pw(24))

D("jenkinsfile/decoy-credentials", "deliveries/Jenkinsfile", "https://www.jenkins.io/doc/book/pipeline/jenkinsfile/#handling-credentials", """pipeline {
  agent any
  stages {
    stage('Deploy') {
      steps {
        withCredentials([string(credentialsId: 'do-token', variable: 'DO_TOKEN')]) {
          sh 'doctl auth init -t "$DO_TOKEN" && ./deploy.sh'
        }
      }
    }
  }
}
""")

S("azure-pipelines/sp-secret", "MillPortal/azure-pipelines.yml", "https://learn.microsoft.com/en-us/azure/devops/pipelines/process/variables", """trigger: [main]
pool: { vmImage: ubuntu-latest }
variables:
  ARM_CLIENT_ID: @@c@@
  ARM_CLIENT_SECRET: @@s@@
  ARM_TENANT_ID: @@t@@
steps:
  - script: terraform -chdir=infra/azure apply -auto-approve
    displayName: Sebenzisa i-Terraform
""", azure_secret(), c=uuid_s(), t=uuid_s())

D("azure-pipelines/decoy-variable-group", "beadshop/azure-pipelines.yml", "https://learn.microsoft.com/en-us/azure/devops/pipelines/library/variable-groups", """trigger: [main]
pool: { vmImage: ubuntu-latest }
variables:
  - group: beadshop-prod   # linked to Key Vault
steps:
  - script: ./deploy.sh
    env:
      PAYFAST_PASSPHRASE: $(payfast-passphrase)
      DB_PASSWORD: $(shop-db-password)
""")

S("circleci/sendgrid-env", ".circleci/config.yml", "https://circleci.com/docs/env-vars/", """version: 2.1
jobs:
  test:
    docker:
      - image: cimg/python:3.12
        environment:
          SENDGRID_API_KEY: @@s@@
    steps:
      - checkout
      - run: pytest -q
workflows:
  main: { jobs: [test] }
""", sendgrid_key())

S("bitbucket/ftp-password", "bitbucket-pipelines.yml", "https://support.atlassian.com/bitbucket-cloud/docs/variables-and-secrets/", """image: atlassian/default-image:4
pipelines:
  branches:
    main:
      - step:
          name: Layisha i-theme (FTP)
          script:
            - pipe: atlassian/ftp-deploy:0.7.1
              variables:
                USER: ubuhlalu-ftp
                PASSWORD: '@@s@@'
                SERVER: ftp.ubuhlalu-coop.co.za
                REMOTE_PATH: /public_html/wp-content/themes/ubuhlalu
""", words_pw())

# ---------------------------------------------------------------- the bead co-op's own tools

S("php/ozow-request", "shop/includes/ozow-pay.php", OZOW, """<?php
// Khokha nge-Ozow (Instant EFT) kwisitolo sobuhlalu
$siteCode   = 'UBH-ESH-02';
$privateKey = '@@s@@';
$fields = [$siteCode, 'ZA', 'ZAR', number_format($total, 2, '.', ''), $orderRef, $orderRef,
           $cancelUrl, $errorUrl, $successUrl, $notifyUrl, 'false'];
$hash = hash('sha512', strtolower(implode('', $fields) . $privateKey));
""", ozow_key())

D("php/decoy-ozow-test", "shop/tests/OzowHashTest.php", OZOW, """<?php
use PHPUnit\\Framework\\TestCase;

// Ukuhlola nge-key mbumbulu (FAKE) - ayisebenzi ku-Ozow
final class OzowHashTest extends TestCase
{
    private const FAKE_PRIVATE_KEY = 'test-private-key-do-not-use';
    public function testHashIsLowercaseHex(): void
    {
        $this->assertMatchesRegularExpression('/^[0-9a-f]{128}$/', ozow_hash(['a'], self::FAKE_PRIVATE_KEY));
    }
}
""")

S("python/yoco-webhook-secret", "shop/webhooks/yoco.py", YOCO, '''"""Qinisekisa ama-webhook e-Yoco (Svix signatures)."""
import base64
import hmac
import hashlib

WEBHOOK_SECRET = "@@s@@"


def verify(msg_id: str, ts: str, body: bytes, sig: str) -> bool:
    key = base64.b64decode(WEBHOOK_SECRET.split("_", 1)[1])
    mac = hmac.new(key, f"{msg_id}.{ts}.".encode() + body, hashlib.sha256).digest()
    return hmac.compare_digest(base64.b64encode(mac).decode(), sig.split(",", 1)[1])
''', "whsec_" + base64.b64encode(_rng().randbytes(24)).decode())

D("python/decoy-yoco-test-key", "shop/tests/test_yoco.py", YOCO, '''"""Izivivinyo ze-Yoco nge-mock server - akukho khiye wangempela."""
import responses

FAKE_SECRET = "sk_test_0000000000000000000000000000"


@responses.activate
def test_checkout_created():
    responses.post("https://payments.yoco.com/api/checkouts", json={"redirectUrl": "https://c.yoco.com/x"})
''')

S("csv/member-portal-logins", "admin/exports/portal-accounts.csv", CSV, """member_no,name,village,portal_user,temp_password,status
BH-0012,Nomvula Dlamini,Eshowe,nomvula.d,(changed),active
BH-0031,Zanele Zulu,Nkandla,zanele.z,(changed),active
BH-0047,Lindiwe Mthembu,Ulundi,admin.coop,@@s@@,active
BH-0058,Busisiwe Khumalo,Msinga,busi.k,(changed),active
""", words_pw())

D("csv/decoy-member-list", "admin/exports/members-2024.csv", CSV, """member_no,name,village,phone,joined,beads_kg_2024
BH-0012,Nomvula Dlamini,Eshowe,+27 82 *** 4411,2011-03-02,14.2
BH-0031,Zanele Zulu,Nkandla,+27 73 *** 9082,2015-08-19,9.6
BH-0047,Lindiwe Mthembu,Ulundi,+27 60 *** 1175,2018-01-11,11.0
BH-0058,Busisiwe Khumalo,Msinga,+27 79 *** 3320,2020-06-27,7.8
""")

D("markdown/decoy-readme-shop", "beadshop/README.md", MD, """# Isitolo sobuhlalu (Ubuhlalu Co-op web shop)

WordPress + WooCommerce, PayFast ne-Yoco.

## Ukuqala
1. `cp .env.example .env` bese ugcwalisa `PAYFAST_*`, `YOCO_*`.
2. `docker compose up -d`
3. Vula http://localhost:8080 - admin: `admin` / iphasiwedi ekhonsoli (`docker compose logs wordpress`).

Imininingwane yokungena ye-live isezi-1Password kuphela.
""")

S("markdown/readme-leak", "pos-bridge/README.md", MD, """# POS bridge (imakethe yaseMgungundlovu)

Ivumelanisa i-Yoco card machine ne-WooCommerce.

## Ukufaka
```bash
export WOO_CONSUMER_KEY=ck_@@ck@@
export WOO_CONSUMER_SECRET=@@s@@
python -m pos_bridge --market pmb
```
""", woo_key("cs_"), ck=hexs(40))

S("swift/mailchimp", "CoopCatalog/Sources/Newsletter.swift", MAILCHIMP, """import Foundation

// Bhalisela incwadi yezindaba evela ku-app yekhathalogi
struct Newsletter {
    static let dc = "us21"
    static let key = "@@s@@"
    static func subscribe(_ email: String) async throws {
        var req = URLRequest(url: URL(string: "https://\\(dc).api.mailchimp.com/3.0/lists/4b1c9d2e7f/members")!)
        req.setValue("apikey \\(key)", forHTTPHeaderField: "Authorization")
    }
}
""", mailchimp_key())

D("swift/decoy-plist-ref", "CoopCatalog/Sources/Config.swift", SWIFT, """import Foundation

// Amanani ajovwa ngu-CI ku-Info.plist (xcconfig); akukho mfihlo lapha
enum Config {
    static var apiBase: String { Bundle.main.object(forInfoDictionaryKey: "API_BASE") as? String ?? "" }
    static var yocoPublicKey: String { Bundle.main.object(forInfoDictionaryKey: "YOCO_PK") as? String ?? "" }
}
""")

S("shell/curl-basic-user", "scripts/woo-orders.sh", WOO, """#!/bin/sh
# Thola ama-oda anamuhla (cron ngo-18:00)
TODAY=$(date +%F)
curl -s "https://shop.ubuhlalu-coop.co.za/wp-json/wc/v3/orders?after=${TODAY}T00:00:00" \\
  -u "ck_@@ck@@:@@s@@" \\
  | jq '.[] | {id, total, billing: .billing.first_name}'
""", woo_key("cs_"), ck=hexs(40))

D("shell/decoy-curl-env", "scripts/woo-products.sh", WOO, """#!/bin/sh
# Thola imikhiqizo - ukhiye usuka ku-pass(1)
WOO_CK=$(pass show coop/woo/ck)
WOO_CS=$(pass show coop/woo/cs)
curl -s "https://shop.ubuhlalu-coop.co.za/wp-json/wc/v3/products?per_page=100" \\
  -u "$WOO_CK:$WOO_CS" | jq length
""")

# ---------------------------------------------------------------- decoys that look close

D("env/decoy-commented-rotated", "deliveries/.env.staging", DOTENV, """# Ukhiye omdala (REVOKED 2024-05-01) ususiwe - bheka i-Vault
DATABASE_URL=postgres://rct_user:${RCT_DB_PASSWORD}@pg-staging.mill.local:5432/deliveries
REDIS_URL=redis://:${REDIS_PASSWORD}@redis-staging.mill.local:6379/2
CLICKATELL_API_KEY=
LOG_LEVEL=debug
""")

D("yaml/decoy-k8s-secret-empty", "k8s/shop/payfast-secret.template.yaml", K8S, """apiVersion: v1
kind: Secret
metadata:
  name: payfast-live
  namespace: shop
type: Opaque
stringData:
  merchant-key: "REPLACE_ME"
  passphrase: "REPLACE_ME"
""")

D("k8s-secret/decoy-base64-nonsecret", "k8s/shop/shop-config-secret.yaml", K8S, """apiVersion: v1
kind: Secret
metadata:
  name: shop-config
  namespace: shop
data:
  SHOP_URL: @@u@@
  CURRENCY: @@c@@
  MERCHANT_ID: @@m@@
""", u=b64("https://shop.ubuhlalu-coop.co.za"), c=b64("ZAR"), m=b64("10482211"))

D("log/decoy-payfast-itn", "logs/payfast-itn-2024-06.log", PAYFAST, """2024-06-03 10:14:22 ITN m_payment_id=UBH-3391 pf_payment_id=1849220 payment_status=COMPLETE amount_gross=450.00
2024-06-03 10:14:22 ITN signature=@@s1@@ valid=true
2024-06-03 11:02:09 ITN m_payment_id=UBH-3392 pf_payment_id=1849301 payment_status=COMPLETE amount_gross=1280.00
2024-06-03 11:02:09 ITN signature=@@s2@@ valid=true
2024-06-03 11:40:51 ITN m_payment_id=UBH-3393 payment_status=CANCELLED
""", s1=hexs(32), s2=hexs(32))

D("python/decoy-hash-constant", "iot/firmware_check.py", "https://docs.python.org/3/library/hashlib.html", '''"""Qinisekisa i-firmware ngaphambi kokuyithumela ku-probe (OTA)."""
import hashlib

EXPECTED_SHA256 = "@@h@@"
SIGNING_KEY_ID = "fw-signing-2024"


def ok(path: str) -> bool:
    return hashlib.sha256(open(path, "rb").read()).hexdigest() == EXPECTED_SHA256
''', h=sha256ish())

# ---------------------------------------------------------------- last round: mixed carriers

S("text/smtp-auth-plain", "notify/smtp_debug.txt", SMTP, """# Ukulandelela i-SMTP (swaks --auth PLAIN) lapho izitatimende zingahambi
=== Trying smtp.sugarmill-kzn.co.za:587...
<-  220 smtp.sugarmill-kzn.co.za ESMTP
 -> EHLO mill-app-01
 -> AUTH PLAIN @@s@@
<-  235 2.7.0 Authentication successful
 -> QUIT
""", b64("\0statements@sugarmill-kzn.co.za\0" + words_pw()))

S("toml/streamlit-secrets", "analytics/dashboard/.streamlit/secrets.toml", "https://docs.streamlit.io/develop/concepts/connections/secrets-management", """# Ideshibhodi yezivuno (yield dashboard)
[connections.warehouse]
dialect = "postgresql"
host = "warehouse.mill.local"
username = "dashboard"
password = "@@s@@"
database = "analytics"
""", rand_pw(20))

D("toml/decoy-streamlit-example", "analytics/dashboard/.streamlit/secrets.example.toml", "https://docs.streamlit.io/develop/concepts/connections/secrets-management", """# Kopisha ube secrets.toml (ayikho ku-git)
[connections.warehouse]
dialect = "postgresql"
host = "localhost"
username = "dashboard"
password = "your-password-here"
database = "analytics"
""")

S("go/ttn-key-header", "iot/cmd/uplink-export/main.go", TTN, """package main

import (
	"net/http"
	"os"
)

const ttnKey = "@@s@@" // TODO: susa lokhu, sebenzisa os.Getenv

func main() {
	req, _ := http.NewRequest("GET", "https://eu1.cloud.thethings.network/api/v3/as/applications/cane-soil-kzn/packages/storage/uplink_message", nil)
	req.Header.Set("Authorization", "Bearer "+ttnKey)
	resp, _ := http.DefaultClient.Do(req)
	resp.Write(os.Stdout)
}
""", ttn_key())

S("yaml/grafana-datasource", "ops/grafana/provisioning/datasources/influx.yaml", "https://grafana.com/docs/grafana/latest/administration/provisioning/#data-sources", """apiVersion: 1
datasources:
  - name: Izinzwa (InfluxDB)
    type: influxdb
    url: http://influx.farm.local:8086
    jsonData: { version: Flux, organization: canegrowers, defaultBucket: soil }
    secureJsonData:
      token: @@s@@
""", fakes.drawn(_seed(), 86, ALNUM + "_-") + "==")

D("yaml/decoy-grafana-env", "ops/grafana/provisioning/datasources/mysql.yaml", "https://grafana.com/docs/grafana/latest/administration/provisioning/#using-environment-variables", """apiVersion: 1
datasources:
  - name: Ukulethwa (MySQL)
    type: mysql
    url: mill-db.internal:3306
    user: grafana
    jsonData: { database: cane_deliveries }
    secureJsonData:
      password: $__env{GRAFANA_MYSQL_PASSWORD}
""")

S("ini/supervisor-env", "ops/supervisor/rct-worker.conf", "http://supervisord.org/configuration.html#program-x-section-settings", """[program:rct-worker]
command=/opt/rct/venv/bin/python -m rct.worker
directory=/opt/rct
user=rct
environment=DATABASE_URL="postgresql://rct_user:@@s@@@pg.mill.local:5432/deliveries",LOG_LEVEL="info"
autorestart=true
""", rand_pw(18))

S("systemd/env-password", "ops/systemd/mill-gate.service", "https://www.freedesktop.org/software/systemd/man/latest/systemd.exec.html#Environment=", """[Unit]
Description=Isango lesigayo (RFID gate reader)
After=network-online.target

[Service]
ExecStart=/usr/local/bin/mill-gate
Environment=MILL_API_TOKEN=@@s@@
Restart=always

[Install]
WantedBy=multi-user.target
""", "mgt_" + rand_pw(40))

D("systemd/decoy-envfile", "ops/systemd/pos-bridge.service", "https://www.freedesktop.org/software/systemd/man/latest/systemd.exec.html#EnvironmentFile=", """[Unit]
Description=POS bridge (imakethe)
After=network-online.target

[Service]
EnvironmentFile=/etc/pos-bridge.env
LoadCredential=woo-secret:/etc/credstore/woo-secret
ExecStart=/opt/pos-bridge/bin/pos-bridge
Restart=on-failure
""")

S("php/laravel-mail", "market-app/config/mail.php", LARAVEL, """<?php
// Ama-imeyili emakethe (ukuqinisekisa izindawo zokuthengisa)
return [
    'default' => 'smtp',
    'mailers' => [
        'smtp' => ['transport' => 'smtp', 'host' => 'smtp.sendgrid.net', 'port' => 587,
                   'username' => 'apikey', 'password' => '@@s@@'],
    ],
];
""", sendgrid_key())

S("javascript/firebase-admin-key", "grower-app/functions/serviceAccount.js", GCP, """// I-Firebase Admin ye-push notifications zabalimi
module.exports = {
  type: "service_account",
  project_id: "grower-app-kzn",
  client_email: "firebase-adminsdk-x1@grower-app-kzn.iam.gserviceaccount.com",
  private_key: `@@s@@`,
};
""", pem(""))

D("javascript/decoy-firebase-web", "grower-app/src/firebase.js", "https://firebase.google.com/docs/projects/api-keys", """// I-Firebase web config - lena ayiyona imfihlo (iyashicilelwa ku-client)
export const firebaseConfig = {
  apiKey: "AIza@@k@@",
  authDomain: "grower-app-kzn.firebaseapp.com",
  projectId: "grower-app-kzn",
  messagingSenderId: "@@m@@",
  appId: "1:@@m@@:web:@@a@@",
};
""", k=fakes.drawn(_seed(), 35, ALNUM + "_-"), m=str(_rng().randint(10**11, 10**12)), a=hexs(22))

S("ruby/capistrano-password", "beadshop/config/deploy/production.rb", "https://capistranorb.com/documentation/getting-started/configuration/", """# Ukuthumela isitolo endala (Capistrano)
server 'shop-01.ubuhlalu-coop.co.za', user: 'deploy', roles: %w[app web]
set :ssh_options, {
  user: 'deploy',
  auth_methods: %w[password],
  password: '@@s@@'
}
""", words_pw())

D("ruby/decoy-rails-credentials", "grower-portal/config/credentials.yml.enc", "https://guides.rubyonrails.org/security.html#custom-credentials", """@@c1@@
@@c2@@
@@c3@@
@@c4@@
@@c5@@--@@iv@@--@@tag@@
""", c1=fakes.drawn(_seed(), 76, ALNUM + "+/"), c2=fakes.drawn(_seed(), 76, ALNUM + "+/"),
  c3=fakes.drawn(_seed(), 76, ALNUM + "+/"), c4=fakes.drawn(_seed(), 76, ALNUM + "+/"),
  c5=fakes.drawn(_seed(), 40, ALNUM + "+/"), iv=b64(hexs(12)), tag=b64(hexs(12)))

S("markdown/issue-comment", "docs/incidents/2024-05-sms-outage.md", MD, """# Isigameko: ama-SMS awahambanga (2024-05-17)

**Okwenzekile:** i-Clickatell yabuyisa `401 Unauthorized` kusukela ngo-05:40.

**Imbangela:** ukhiye omusha awuzange ufakwe ku-App Service. Ukhiye omusha:
`@@s@@` (Sipho, sicela uwufake namhlanje).

**Okuzokwenziwa:** isexwayiso uma i-SMS failure rate > 5%.
""", clickatell_key())

D("markdown/decoy-incident-redacted", "docs/incidents/2024-03-payfast-itn.md", MD, """# Isigameko: i-PayFast ITN yehluleka (2024-03-08)

**Okwenzekile:** ama-ITN ayehluleka ukuqinisekiswa (`signature mismatch`).

**Imbangela:** i-passphrase ku-dashboard yashintshwa (`Ubu****2024`) kodwa hhayi ku-Vault.

**Ukulungisa:** i-Vault ibuyekeziwe (`secret/payfast/live`), ama-oda angu-14 aqinisekiswe ngesandla.
""")

S("conf/mqtt-bridge-password", "ops/mosquitto/conf.d/bridge.conf", "https://mosquitto.org/man/mosquitto-conf-5.html", """# Bridge: i-broker yasepulazini -> i-cloud broker
connection farm7-to-cloud
address broker.canegrowers-iot.co.za:8883
remote_username farm7-bridge
remote_password @@s@@
topic farm/7/# out 1
bridge_cafile /etc/ssl/certs/ca-certificates.crt
""", rand_pw(24))

D("conf/decoy-mosquitto-acl", "ops/mosquitto/acl", "https://mosquitto.org/man/mosquitto-conf-5.html", """# Imvume ye-topic ngayinye (ACL)
user probe-07
topic write farm/7/soil

user farm7-bridge
topic readwrite farm/7/#

pattern read farm/%u/config
""")

S("python/twilio-whatsapp", "notify/whatsapp_growers.py", TWILIO, '''"""Izaziso ze-WhatsApp kubalimi abancane (delivery slots)."""
from twilio.rest import Client

client = Client("AC@@sid@@", "@@s@@")
client.messages.create(
    from_="whatsapp:+14155238886",
    to="whatsapp:+27821234567",
    body="Sawubona! Isikhathi sakho sokulethwa kusasa: 07:30, Isango 2.",
)
''', twilio_token(), sid=hexs(32))

D("python/decoy-twilio-env", "notify/twilio_client.py", TWILIO, '''import os
from twilio.rest import Client

# Ama-credentials asuka ku-environment (TWILIO_ACCOUNT_SID / TWILIO_AUTH_TOKEN)
client = Client(os.environ["TWILIO_ACCOUNT_SID"], os.environ["TWILIO_AUTH_TOKEN"])
MESSAGING_SERVICE_SID = "MG@@m@@"
''', m=hexs(32))

S("yaml/docker-registry-secret-json", "k8s/mill/regcred.yaml", "https://kubernetes.io/docs/tasks/configure-pod-container/pull-image-private-registry/", """apiVersion: v1
kind: Secret
metadata:
  name: regcred
  namespace: mill
type: kubernetes.io/dockerconfigjson
stringData:
  .dockerconfigjson: '{"auths":{"ghcr.io":{"username":"canegrowers-bot","password":"@@s@@"}}}'
""", fakes.github_token(_seed()))

S("env/openai-key", "coop-assistant/.env", "https://platform.openai.com/docs/quickstart", """# Umsizi wokuhumusha izincazelo zobuhlalu (isiZulu -> English) ku-webshop
OPENAI_API_KEY=@@s@@
OPENAI_MODEL=gpt-4o-mini
TRANSLATE_TARGET=en
SHOP_URL=https://shop.ubuhlalu-coop.co.za
""", fakes.openai_key(_seed()))

D("env/decoy-openai-placeholder", "coop-assistant/.env.sample", "https://platform.openai.com/docs/quickstart", """# Faka ukhiye wakho - ungawufaki ku-git!
OPENAI_API_KEY=sk-proj-...
OPENAI_MODEL=gpt-4o-mini
TRANSLATE_TARGET=en
SHOP_URL=http://localhost:8080
""")

S("python/redis-url-arg", "deliveries/queue/worker.py", REDIS, '''"""Umsebenzi we-RQ wokubala i-RV ngemuva kokusikala."""
from redis import Redis
from rq import Queue, Worker

redis = Redis.from_url("rediss://default:@@s@@@redis.mill.local:6380/2")
Worker([Queue("rv-calc", connection=redis)], connection=redis).work()
''', fakes.redis_password(_seed()))

S("cs/ozow-header", "Ozow/OzowRefundClient.cs", OZOW, """using System.Net.Http;

// Buyisela imali yomlimi (Ozow refunds API)
public class OzowRefundClient
{
    private readonly HttpClient _http = new() { BaseAddress = new Uri("https://api.ozow.com/") };
    public OzowRefundClient()
    {
        _http.DefaultRequestHeaders.Add("ApiKey", "@@s@@");
    }
}
""", ozow_key())

D("cs/decoy-ozow-options", "Ozow/OzowOptions.cs", OZOW, """namespace CaneGrowers.Payments;

// Ifakwa nge IOptions<OzowOptions> kusuka ku-Key Vault ("Ozow--ApiKey", "Ozow--PrivateKey")
public sealed class OzowOptions
{
    public string SiteCode { get; init; } = "CGA-KZN-001";
    public string ApiKey { get; init; } = string.Empty;
    public string PrivateKey { get; init; } = string.Empty;
}
""")

S("shell/mysql-cli-env", "ops/cron/nightly-rv.sh", MYSQL, """#!/bin/bash
# Bala i-RV yansuku zonke (02:30) bese uthumela umbiko
export MYSQL_PWD='@@s@@'
mysql -h mill-db.internal -u reports cane_deliveries < /opt/sql/rv_daily.sql > /tmp/rv.csv
mail -s "RV yanamuhla" ops@sugarmill-kzn.co.za < /tmp/rv.csv
""", words_pw())

D("markdown/decoy-changelog", "grower-app/CHANGELOG.md", MD, """# Izinguquko (Changelog)

## 1.8.3 - 2024-07-01
- Kulungisiwe: i-login ibingasebenzi uma iphasiwedi inezimpawu (`#`, `@`).
- Ithokheni ye-API manje igcinwa ku-Keychain (iOS) / EncryptedSharedPreferences (Android).
- Isusiwe: `API_KEY` ku-`strings.xml` (ukhiye omdala uhoxisiwe).

## 1.8.2 - 2024-05-20
- Kwengezwe isiZulu ezaziswini zokulethwa.
""")

S("yaml/gha-inline-token", ".github/workflows/translate.yml", GHA, """name: translate-products
on: { workflow_dispatch: {} }
jobs:
  translate:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - run: python tools/translate.py --from zu --to en
        env:
          SHOPIFY_TOKEN: @@s@@
""", shopify_token())

# (cases end)

