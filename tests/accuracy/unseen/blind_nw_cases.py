"""Blind set NW: a Laoag garlic and sukang Iloko producer's web shop, and an Ilocos Norte
wind-farm maintenance contractor.

The shop (Tanap Farms, tanapfarms.ph): a storefront with PayMongo and Xendit payments, Shopify and
Lazada sync, SMS order notices, delivery and inventory jobs. The contractor (Amihan Windworks,
amihanwind.ph): turbine SCADA and telemetry (MQTT, InfluxDB, Grafana), field tablets, VPNs,
work-order tools and CI. Notes and comments partly in Ilocano. Generated fakes only
(seeds 8640000-8649999).
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
SEED_LOW, SEED_HIGH = 8640000, 8649999
_SEED = [SEED_LOW]


def _seed() -> int:
    _SEED[0] += 11
    assert SEED_LOW <= _SEED[0] <= SEED_HIGH
    return _SEED[0]


def _rng() -> random.Random:
    return random.Random(_seed())


WORDS = ["Bawang", "Suka", "Angin", "Turbina", "Bangui", "Pagudpud", "Paoay", "Batac", "Sarrat", "Dingras",
         "Bantay", "Kapuyo", "Bagnet", "Empanada", "Dawel", "Sabidong", "Amihan", "Laoag", "Burgos", "Nalbuan"]
LOWER = ["bawang", "suka", "baybay", "bantay", "angin", "init", "tudo", "ulep", "kawayan", "tapuy",
         "lasona", "pinakbet", "dinengdeng", "saluyot", "marunggay", "kamatis"]


def words_pw() -> str:
    r = _rng()
    return r.choice(WORDS) + r.choice("!#$%@*") + r.choice(WORDS) + str(r.randint(10, 9999))


def rand_pw(n: int = 20, extra: str = "") -> str:
    r = _rng()
    return "".join(r.choice(ALNUM + extra) for _ in range(n))


def passphrase() -> str:
    r = _rng()
    return "-".join(r.sample(LOWER, 4)) + str(r.randint(1, 99))


def hexs(n: int) -> str:
    r = _rng()
    return "".join(r.choice(HEX) for _ in range(n))


def digits(n: int) -> str:
    r = _rng()
    return str(r.randint(1, 9)) + "".join(r.choice(string.digits) for _ in range(n - 1))


def b64(s: str) -> str:
    return base64.b64encode(s.encode()).decode()


def b64_bytes(n: int) -> str:
    r = _rng()
    return base64.b64encode(bytes(r.randrange(256) for _ in range(n))).decode()


def paymongo_sk() -> str:
    return fakes.fake("sk_live_", 24, _seed())


def paymongo_pk() -> str:
    return fakes.fake("pk_live_", 24, _seed())


def xendit_key() -> str:
    return fakes.fake("xnd_production_", 50, _seed())


def shopify_token() -> str:
    return "shpat_" + hexs(32)


def mailgun_key() -> str:
    return "key-" + hexs(32)


def google_key() -> str:
    return "AIza" + fakes.drawn(_seed(), 35, ALNUM + "-_")


def slack_webhook() -> str:
    r = _rng()
    up = string.ascii_uppercase + string.digits
    return ("https://hooks.slack.com/services/T" + "".join(r.choice(up) for _ in range(8)) + "/B"
            + "".join(r.choice(up) for _ in range(10)) + "/" + "".join(r.choice(ALNUM) for _ in range(24)))


def slack_bot() -> str:
    r = _rng()
    return f"xoxb-{r.randint(10**10, 10**11)}-{r.randint(10**12, 10**13)}-" + "".join(r.choice(ALNUM) for _ in range(24))


def discord_webhook() -> str:
    return "https://discord.com/api/webhooks/" + digits(19) + "/" + fakes.drawn(_seed(), 68, ALNUM + "-_")


def sendgrid_key() -> str:
    return fakes.fake("SG.", 22, _seed()) + fakes.fake(".", 43, _seed())


def grafana_token() -> str:
    return "glsa_" + fakes.drawn_mixed(_seed(), 32) + "_" + hexs(8)


def influx_token() -> str:
    return b64_bytes(64)


def docker_pat() -> str:
    return "dckr_pat_" + fakes.drawn(_seed(), 27, ALNUM + "-_")


def do_token() -> str:
    return "dop_v1_" + hexs(64)


def vault_token() -> str:
    return fakes.fake("hvs.", 91, _seed())


def gitlab_token() -> str:
    return fakes.fake("glpat-", 20, _seed())


def npm_token() -> str:
    return fakes.fake("npm_", 36, _seed())


def hf_token() -> str:
    return "hf_" + fakes.drawn(_seed(), 34, string.ascii_letters)


def wg_key() -> str:
    return b64_bytes(32)


def azure_storage_key() -> str:
    return b64_bytes(64)


def twilio_sid() -> str:
    return "AC" + hexs(32)


def age_key() -> str:
    return "AGE-SECRET-KEY-1" + fakes.drawn(_seed(), 58, "QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L")


def stripe_key() -> str:
    return fakes.fake("sk_live_", 99, _seed())


def uuid_s() -> str:
    return fakes.uuid4(_seed())


def pem(kind: str = "RSA") -> str:
    return fakes.fake_pem(_seed(), kind)


def public_pem() -> str:
    r = _rng()
    body = "\n".join("".join(r.choice(ALNUM + "+/") for _ in range(64)) for _ in range(5))
    return "-----BEGIN PUBLIC KEY-----\n" + body + "\n-----END PUBLIC KEY-----"


def cert_pem() -> str:
    r = _rng()
    body = "\n".join("".join(r.choice(ALNUM + "+/") for _ in range(64)) for _ in range(8))
    return "-----BEGIN CERTIFICATE-----\n" + body + "\n-----END CERTIFICATE-----"


def bcrypt_hash() -> str:
    return "$2b$12$" + fakes.drawn(_seed(), 53, ALNUM + "./")


CASES: List[LabelledCase] = []


def add(category: str, file_name: str, source: str, text: str, secret: Optional[str] = None, **fields: str) -> None:
    """Fill the file's `@@name@@` markers (`@@secret@@` is the credential) and record the case."""
    if text.startswith("\n"):
        text = text[1:]
    if secret is not None:
        text = text.replace("@@secret@@", secret)
    for name, value in fields.items():
        text = text.replace(f"@@{name}@@", value)
    assert "@@" not in text, file_name
    CASES.append(LabelledCase(category, file_name, text, secret, source))


DOCS_PAYMONGO = "https://developers.paymongo.com/docs/authentication"
DOCS_XENDIT = "https://developers.xendit.co/api-reference/#authentication"
DOCS_DOTENV = "https://github.com/motdotla/dotenv#usage"
DOCS_K8S_SECRET = "https://kubernetes.io/docs/concepts/configuration/secret/"
DOCS_COMPOSE = "https://docs.docker.com/compose/compose-file/"
DOCS_MQTT = "https://mosquitto.org/man/mosquitto_pub-1.html"
DOCS_INFLUX = "https://docs.influxdata.com/influxdb/v2/admin/tokens/"
DOCS_GRAFANA = "https://grafana.com/docs/grafana/latest/administration/service-accounts/"
DOCS_GHA = "https://docs.github.com/en/actions/using-workflows/workflow-syntax-for-github-actions"
DOCS_GITLAB_CI = "https://docs.gitlab.com/ee/ci/yaml/"
DOCS_TERRAFORM = "https://developer.hashicorp.com/terraform/language/values/variables"
DOCS_ANSIBLE = "https://docs.ansible.com/ansible/latest/playbook_guide/playbooks_variables.html"
DOCS_SHOPIFY = "https://shopify.dev/docs/apps/auth/admin-app-access-tokens"
DOCS_LARAVEL = "https://laravel.com/docs/configuration#environment-configuration"
DOCS_DJANGO = "https://docs.djangoproject.com/en/stable/ref/settings/"
DOCS_SPRING = "https://docs.spring.io/spring-boot/reference/features/external-config.html"
DOCS_PG = "https://www.postgresql.org/docs/current/libpq-connect.html#LIBPQ-CONNSTRING"
DOCS_WG = "https://www.wireguard.com/quickstart/"
DOCS_SLACK = "https://api.slack.com/messaging/webhooks"
DOCS_MD = "https://commonmark.org/help/"
DOCS_BASH = "https://www.gnu.org/software/bash/manual/bash.html"
DOCS_PS = "https://learn.microsoft.com/en-us/powershell/scripting/overview"
DOCS_DOCKERFILE = "https://docs.docker.com/reference/dockerfile/"
DOCS_HELM = "https://helm.sh/docs/chart_template_guide/values_files/"
DOCS_JUPYTER = "https://nbformat.readthedocs.io/en/latest/format_description.html"
DOCS_SQL = "https://www.postgresql.org/docs/current/sql-createrole.html"
DOCS_CSV = "https://www.rfc-editor.org/rfc/rfc4180"
DOCS_RST = "https://docutils.sourceforge.io/docs/ref/rst/restructuredtext.html"
DOCS_HTML = "https://html.spec.whatwg.org/multipage/"
DOCS_SSH = "https://man.openbsd.org/ssh_config"
DOCS_GO = "https://pkg.go.dev/database/sql"
DOCS_RUST = "https://docs.rs/reqwest/latest/reqwest/"
DOCS_SWIFT = "https://developer.apple.com/documentation/foundation/urlsession"
DOCS_KOTLIN = "https://kotlinlang.org/docs/home.html"
DOCS_CSHARP = "https://learn.microsoft.com/en-us/dotnet/core/extensions/configuration"
DOCS_RUBY = "https://guides.rubyonrails.org/configuring.html"
DOCS_NODE = "https://nodejs.org/api/process.html#processenv"
DOCS_JAVA = "https://docs.oracle.com/javase/tutorial/jdbc/basics/connecting.html"
DOCS_PYTHON = "https://docs.python.org/3/library/os.html#os.environ"
DOCS_PHP = "https://www.php.net/manual/en/pdo.construct.php"
DOCS_TOML = "https://toml.io/en/v1.0.0"
DOCS_INI = "https://docs.python.org/3/library/configparser.html"
DOCS_XML = "https://www.w3.org/TR/xml/"
DOCS_JSON = "https://www.rfc-editor.org/rfc/rfc8259"
DOCS_LOG = "https://docs.python.org/3/library/logging.html"
DOCS_NGINX = "https://nginx.org/en/docs/http/ngx_http_auth_basic_module.html"
DOCS_SYSTEMD = "https://www.freedesktop.org/software/systemd/man/systemd.exec.html"
DOCS_NPMRC = "https://docs.npmjs.com/cli/v10/configuring-npm/npmrc"
DOCS_SOPS = "https://github.com/getsops/sops#usage"
DOCS_VAULT = "https://developer.hashicorp.com/vault/docs/commands"
DOCS_SEMAPHORE = "https://semaphore.co/docs"
DOCS_TWILIO = "https://www.twilio.com/docs/iam/credentials/api"

# ---------------------------------------------------------------- the shop: payments

add("blind-nw/dotenv/paymongo", ".env.production", DOCS_DOTENV, """
# Tanap Farms shop - production
APP_URL=https://tanapfarms.ph
APP_ENV=production
# PayMongo (GCash, Maya, cards) - saan nga i-commit daytoy!
PAYMONGO_PUBLIC_KEY=@@pk@@
PAYMONGO_SECRET_KEY=@@secret@@
PAYMONGO_WEBHOOK_URL=https://tanapfarms.ph/api/paymongo/hook
SHIPPING_ORIGIN=Brgy. 7-B Lucban, Laoag City
""", paymongo_sk(), pk=paymongo_pk())

add("blind-nw/dotenv/decoy-placeholder", ".env.example", DOCS_DOTENV, """
# Kopyaen daytoy iti .env sa ikabil dagiti pudno a kódigo
APP_URL=http://localhost:8000
PAYMONGO_PUBLIC_KEY=pk_test_xxxxxxxxxxxxxxxxxxxxxxxx
PAYMONGO_SECRET_KEY=sk_live_<ikabil-ditoy>
XENDIT_SECRET_KEY=
SEMAPHORE_API_KEY=your-semaphore-api-key
DB_PASSWORD=
""")

add("blind-nw/python/paymongo", "shop/payments/paymongo_client.py", DOCS_PAYMONGO, """
\"\"\"PayMongo client para iti checkout ti sukang Iloko ken bawang.\"\"\"
import base64
import requests

API = "https://api.paymongo.com/v1"
# TODO(marites): ibaw-ing iti Secret Manager inton sumaruno a sprint
_SECRET = "@@secret@@"


def _auth_header() -> dict:
    token = base64.b64encode(f"{_SECRET}:".encode()).decode()
    return {"Authorization": f"Basic {token}", "Content-Type": "application/json"}


def create_payment_intent(amount_centavos: int, description: str) -> dict:
    body = {"data": {"attributes": {"amount": amount_centavos, "currency": "PHP",
                                    "payment_method_allowed": ["gcash", "paymaya", "card"],
                                    "description": description}}}
    resp = requests.post(f"{API}/payment_intents", json=body, headers=_auth_header(), timeout=15)
    resp.raise_for_status()
    return resp.json()["data"]
""", paymongo_sk())

add("blind-nw/python/decoy-env-reference", "shop/payments/settings.py", DOCS_PYTHON, """
import os

# Dagiti kódigo ket maala iti environment laeng (Cloud Run secrets)
PAYMONGO_SECRET_KEY = os.environ["PAYMONGO_SECRET_KEY"]
PAYMONGO_PUBLIC_KEY = os.environ.get("PAYMONGO_PUBLIC_KEY", "")
XENDIT_SECRET_KEY = os.getenv("XENDIT_SECRET_KEY")
WEBHOOK_SIGNING_SECRET = os.environ["PAYMONGO_WEBHOOK_SECRET"]
CURRENCY = "PHP"
""")

add("blind-nw/shell/paymongo-basic", "scripts/check_payment.sh", DOCS_PAYMONGO, """
#!/usr/bin/env bash
# Kitaen no nabayadan ti order (para iti customer service)
set -euo pipefail
PI_ID="$1"
curl -sS "https://api.paymongo.com/v1/payment_intents/${PI_ID}" \\
  -H "accept: application/json" \\
  -H "authorization: Basic @@secret@@" | jq '.data.attributes.status'
""", b64(paymongo_sk() + ":"))

add("blind-nw/js/xendit", "shop/web/lib/xendit.js", DOCS_XENDIT, """
// Xendit invoice para kadagiti bulk order (restawran, carinderia)
const Xendit = require('xendit-node');

const x = new Xendit({
  secretKey: '@@secret@@',
});

const { Invoice } = x;
const invoice = new Invoice({});

module.exports.createBulkInvoice = async (order) =>
  invoice.createInvoice({
    externalID: `tanap-${order.id}`,
    amount: order.totalPhp,
    payerEmail: order.email,
    description: `Sukang Iloko ${order.bottles} botelya`,
  });
""", xendit_key())

add("blind-nw/js/decoy-publishable-key", "shop/web/public/checkout.js", DOCS_PAYMONGO, """
// Public key laeng ti adda ditoy - mabalin a makita ti browser
const PAYMONGO_PK = '@@pk@@';

async function attachCard(paymentIntentId, clientKey, card) {
  const res = await fetch('https://api.paymongo.com/v1/payment_methods', {
    method: 'POST',
    headers: {
      'Content-Type': 'application/json',
      Authorization: 'Basic ' + btoa(PAYMONGO_PK + ':'),
    },
    body: JSON.stringify({ data: { attributes: { type: 'card', details: card } } }),
  });
  return res.json();
}
""", pk=paymongo_pk())

add("blind-nw/php/xendit", "shop/legacy/config/payments.php", DOCS_PHP, """
<?php
// Daan a WooCommerce plugin config - agannad, saan pay a naiyakar iti vault
return [
    'gateway' => 'xendit',
    'xendit' => [
        'secret_key' => '@@secret@@',
        'callback_token' => getenv('XENDIT_CALLBACK_TOKEN'),
        'invoice_duration' => 86400,
    ],
    'currency' => 'PHP',
];
""", xendit_key())

add("blind-nw/php/decoy-env-reference", "shop/legacy/config/mail.php", DOCS_LARAVEL, """
<?php

return [
    'default' => env('MAIL_MAILER', 'smtp'),
    'mailers' => [
        'smtp' => [
            'host' => env('MAIL_HOST', 'smtp.mailgun.org'),
            'port' => env('MAIL_PORT', 587),
            'username' => env('MAIL_USERNAME'),
            'password' => env('MAIL_PASSWORD'),
        ],
    ],
    'from' => ['address' => 'orders@tanapfarms.ph', 'name' => 'Tanap Farms Laoag'],
];
""")

add("blind-nw/json/shopify", "shop/sync/shopify.config.json", DOCS_SHOPIFY, """
{
  "shop": "tanap-farms-laoag.myshopify.com",
  "apiVersion": "2024-07",
  "adminAccessToken": "@@secret@@",
  "locations": {
    "laoag_warehouse": 71023455021,
    "batac_stall": 71023455022
  },
  "syncIntervalMinutes": 15
}
""", shopify_token())

add("blind-nw/json/decoy-redacted", "shop/sync/last_run.json", DOCS_JSON, """
{
  "startedAt": "2026-11-28T06:00:02+08:00",
  "shop": "tanap-farms-laoag.myshopify.com",
  "adminAccessToken": "shpat_************************1f3c",
  "products": 42,
  "inventoryUpdated": 17,
  "errors": []
}
""")

add("blind-nw/yaml/lazada", "shop/sync/lazada.yml", "https://open.lazada.com/apps/doc/doc?nodeId=10450&docId=108068", """
# Lazada Open Platform - Tanap Farms Official Store
lazada:
  endpoint: https://api.lazada.com.ph/rest
  app_key: "1@@appkey@@"
  app_secret: "@@secret@@"
  seller_id: 500123887
  # nagpaso ti access token kada 30 nga aldaw; agtawag iti /auth/token/refresh
  sku_prefix: TNP-SUKA-
""", fakes.drawn_mixed(_seed(), 32), appkey=digits(5))

add("blind-nw/yaml/decoy-secret-manager", "shop/deploy/cloudrun.yaml", "https://cloud.google.com/run/docs/configuring/services/secrets", """
apiVersion: serving.knative.dev/v1
kind: Service
metadata:
  name: tanap-shop
spec:
  template:
    spec:
      containers:
        - image: asia-southeast1-docker.pkg.dev/tanap-farms/shop/web:1.14.2
          env:
            - name: PAYMONGO_SECRET_KEY
              valueFrom:
                secretKeyRef:
                  name: paymongo-secret-key
                  key: latest
            - name: DATABASE_URL
              valueFrom:
                secretKeyRef:
                  name: shop-database-url
                  key: latest
""")

add("blind-nw/ruby/paymongo-webhook", "shop/rails/config/initializers/paymongo.rb", DOCS_RUBY, """
# Para iti panangpasingked ti webhook signature (Paymongo-Signature header)
Rails.application.configure do
  config.x.paymongo.public_key = ENV.fetch("PAYMONGO_PUBLIC_KEY", nil)
  # ti webhook secret ket agbalin laeng no maaramid manen ti webhook
  config.x.paymongo.webhook_secret = "@@secret@@"
  config.x.paymongo.tolerance_seconds = 300
end
""", "whsk_" + fakes.drawn_mixed(_seed(), 32))

add("blind-nw/markdown/decoy-docs-example", "docs/payments.md", DOCS_PAYMONGO, """
# Bayad (Payments)

Agusar ti shop iti PayMongo. Ti **secret key** ket adda laeng iti Secret Manager
(`paymongo-secret-key`); saan nga ikabil iti code.

Pagarigan a test call (aggapu iti documentation ti PayMongo):

```bash
curl https://api.paymongo.com/v1/payment_intents \\
  -u sk_test_YOUR_SECRET_KEY: \\
  -d amount=10000 -d currency=PHP
```

| Key              | Ayan                         |
|------------------|------------------------------|
| public key       | `PAYMONGO_PUBLIC_KEY` (env)  |
| secret key       | Secret Manager               |
| webhook secret   | Secret Manager               |
""")

add("blind-nw/markdown/paymongo-note", "docs/notes/handover-marites.md", DOCS_MD, """
# Handover - Marites (Disyembre)

Naimbag nga aldaw! Dagitoy ti masapul no awanak:

- Admin ti Shopify: ni Jun-jun ti owner, kiddawen kenkuana ti access.
- PayMongo dashboard: orders@tanapfarms.ph
- PayMongo secret key (live), no kasapulan ti refund script: `@@secret@@`
- Ti courier (LBC) ket agala iti 3pm kada Martes ken Biernes.

Agyamanak!
""", paymongo_sk())

add("blind-nw/go/xendit", "shop/svc/disbursement/main.go", DOCS_GO, """
package main

import (
	"log"
	"net/http"
	"strings"
)

// Disbursement kadagiti mannalon ti bawang (bayad iti harvest)
const xenditKey = "@@secret@@"

func disburse(body string) (*http.Response, error) {
	req, err := http.NewRequest("POST", "https://api.xendit.co/disbursements", strings.NewReader(body))
	if err != nil {
		return nil, err
	}
	req.SetBasicAuth(xenditKey, "")
	req.Header.Set("Content-Type", "application/json")
	return http.DefaultClient.Do(req)
}

func main() {
	log.Println("disbursement worker: nangrugi")
}
""", xendit_key())

add("blind-nw/go/decoy-env-reference", "shop/svc/inventory/config.go", DOCS_GO, """
package main

import "os"

// Config ti inventory service; amin a sekreto ket aggapu iti env.
type Config struct {
	DatabaseURL  string
	ShopifyToken string
	LazadaSecret string
}

func loadConfig() Config {
	return Config{
		DatabaseURL:  os.Getenv("INVENTORY_DATABASE_URL"),
		ShopifyToken: os.Getenv("SHOPIFY_ADMIN_TOKEN"),
		LazadaSecret: os.Getenv("LAZADA_APP_SECRET"),
	}
}
""")

add("blind-nw/csharp/paymongo", "pos/TanapPos/appsettings.json", DOCS_CSHARP, """
{
  "Logging": { "LogLevel": { "Default": "Information" } },
  "Pos": {
    "StoreName": "Tanap Farms - Laoag Public Market Stall 14",
    "ReceiptFooter": "Agyamanak! Balikan yo kami."
  },
  "PayMongo": {
    "PublicKey": "@@pk@@",
    "SecretKey": "@@secret@@"
  }
}
""", paymongo_sk(), pk=paymongo_pk())

add("blind-nw/csharp/decoy-user-secrets", "pos/TanapPos/appsettings.Development.json", DOCS_CSHARP, """
{
  "Pos": {
    "StoreName": "Tanap Farms - DEV"
  },
  "PayMongo": {
    "PublicKey": "pk_test_REPLACE_ME",
    "SecretKey": "(use dotnet user-secrets set PayMongo:SecretKey ...)"
  }
}
""")

add("blind-nw/kotlin/paymongo", "android/app/src/main/java/ph/tanapfarms/shop/net/PayClient.kt", DOCS_KOTLIN, """
package ph.tanapfarms.shop.net

import okhttp3.Credentials
import okhttp3.OkHttpClient
import okhttp3.Request

// Rider app: agkolekta iti COD babaen ti GCash QR
object PayClient {
    private val client = OkHttpClient()
    private const val SECRET = "@@secret@@"

    fun paymentStatus(id: String): String? {
        val req = Request.Builder()
            .url("https://api.paymongo.com/v1/payments/$id")
            .header("Authorization", Credentials.basic(SECRET, ""))
            .build()
        return client.newCall(req).execute().body?.string()
    }
}
""", paymongo_sk())

add("blind-nw/swift/decoy-publishable-key", "ios/TanapShop/Config.swift", DOCS_SWIFT, """
import Foundation

// Publishable key laeng; ti secret key ket adda iti server.
enum Config {
    static let apiBase = URL(string: "https://api.tanapfarms.ph")!
    static let paymongoPublicKey = "@@pk@@"
    static let supportPhone = "+63 77 600 1234"
}
""", pk=paymongo_pk())

add("blind-nw/yaml/decoy-sops", "shop/deploy/secrets.enc.yaml", DOCS_SOPS, """
paymongo_secret_key: ENC[AES256_GCM,data:@@c1@@,iv:@@iv1@@,tag:@@t1@@,type:str]
xendit_secret_key: ENC[AES256_GCM,data:@@c2@@,iv:@@iv2@@,tag:@@t2@@,type:str]
sops:
    kms: []
    gcp_kms:
        - resource_id: projects/tanap-farms/locations/asia-southeast1/keyRings/shop/cryptoKeys/sops
          created_at: "2026-10-02T01:12:44Z"
          enc: @@enc@@
    lastmodified: "2026-10-02T01:12:45Z"
    mac: ENC[AES256_GCM,data:@@mac@@,iv:@@iv3@@,tag:@@t3@@,type:str]
    version: 3.8.1
""", c1=b64_bytes(24), iv1=b64_bytes(32), t1=b64_bytes(16), c2=b64_bytes(48), iv2=b64_bytes(32), t2=b64_bytes(16),
    enc=b64_bytes(48), mac=b64_bytes(48), iv3=b64_bytes(32), t3=b64_bytes(16))

add("blind-nw/sql/decoy-hash", "shop/db/seed_admins.sql", DOCS_SQL, """
-- Dagiti admin ti shop (bcrypt hashes laeng, saan a password)
INSERT INTO admin_users (email, full_name, password_hash, role) VALUES
  ('marites@tanapfarms.ph', 'Marites Agbayani', '@@h1@@', 'owner'),
  ('junjun@tanapfarms.ph', 'Jun-jun Ramos', '@@h2@@', 'staff'),
  ('kusina@tanapfarms.ph', 'Kusina Team', '@@h3@@', 'staff');
-- Ti password ket ibaga ti owner iti tao; baliwan iti umuna a login.
""", h1=bcrypt_hash(), h2=bcrypt_hash(), h3=bcrypt_hash())

add("blind-nw/sql/database", "shop/db/migrations/0031_reporting_role.sql", DOCS_SQL, """
-- 0031: role para iti Metabase (benta ti suka ken bawang kada bulan)
CREATE ROLE metabase_ro LOGIN PASSWORD '@@secret@@';
GRANT CONNECT ON DATABASE tanap_shop TO metabase_ro;
GRANT USAGE ON SCHEMA public TO metabase_ro;
GRANT SELECT ON orders, order_items, products TO metabase_ro;
""", words_pw())

add("blind-nw/python/database-url", "shop/app/db.py", DOCS_PG, """
from sqlalchemy import create_engine
from sqlalchemy.orm import sessionmaker

# Cloud SQL (asia-southeast1). Ti password ket baliwan no agpanaw ti staff.
DATABASE_URL = "postgresql+psycopg2://shop_app:@@secret@@@10.48.0.3:5432/tanap_shop"

engine = create_engine(DATABASE_URL, pool_size=5, pool_pre_ping=True)
SessionLocal = sessionmaker(bind=engine, autoflush=False)
""", rand_pw(22))

add("blind-nw/python/decoy-test-fixture", "shop/tests/test_checkout.py", "https://docs.pytest.org/en/stable/how-to/fixtures.html", """
import pytest

from app.payments import paymongo_client

# Fake laeng dagitoy - saan a pudno a key (para iti respx mocks)
FAKE_SECRET = "sk_test_fake_not_a_real_key"


@pytest.fixture
def client(monkeypatch):
    monkeypatch.setenv("PAYMONGO_SECRET_KEY", FAKE_SECRET)
    return paymongo_client


def test_amount_in_centavos(client):
    assert client.to_centavos(125.50) == 12550
""")

add("blind-nw/dotenv/semaphore", "shop/notify/.env", DOCS_SEMAPHORE, """
# SMS kadagiti customer: "Naipatulod ti order yo!"
SEMAPHORE_API_KEY=@@secret@@
SEMAPHORE_SENDER_NAME=TANAPFARMS
SMS_ENABLED=true
# saan nga agipatulod iti rabii (10pm-6am)
SMS_QUIET_HOURS=22-6
""", hexs(32))

add("blind-nw/python/semaphore", "shop/notify/sms.py", DOCS_SEMAPHORE, """
import requests

SEMAPHORE_URL = "https://api.semaphore.co/api/v4/messages"


def send_sms(number: str, message: str) -> dict:
    \"\"\"Ipatulod ti SMS (kas pagarigan: 'Naisagana ti order yo, agyamanak!').\"\"\"
    payload = {
        "apikey": "@@secret@@",
        "number": number,
        "message": message,
        "sendername": "TANAPFARMS",
    }
    return requests.post(SEMAPHORE_URL, data=payload, timeout=10).json()
""", hexs(32))

add("blind-nw/log/decoy-masked", "shop/logs/notify-2026-11-30.log", DOCS_LOG, """
2026-11-30 08:01:12,044 INFO notify.sms sending to +63917***4410 (order TNP-20931)
2026-11-30 08:01:12,310 DEBUG notify.sms POST https://api.semaphore.co/api/v4/messages apikey=****************************a91c
2026-11-30 08:01:12,655 INFO notify.sms status=Queued message_id=188234511
2026-11-30 08:03:40,101 WARNING notify.sms retry 1/3 for +63998***1022: timeout
2026-11-30 08:03:41,882 INFO notify.sms status=Queued message_id=188234599
""")

add("blind-nw/yaml/mailgun", "shop/notify/mail.yml", "https://documentation.mailgun.com/docs/mailgun/api-reference/authentication/", """
mail:
  provider: mailgun
  domain: mg.tanapfarms.ph
  region: us
  api_key: @@secret@@
  from: "Tanap Farms <orders@tanapfarms.ph>"
  templates:
    order_shipped: naipatulod-ti-order
    harvest_newsletter: damag-ti-bawang
""", mailgun_key())

add("blind-nw/html/decoy-public-id", "shop/web/templates/footer.html", DOCS_HTML, """
<footer class="site-footer">
  <p>Tanap Farms &middot; Sukang Iloko ken Bawang ti Laoag</p>
  <!-- Google Analytics (measurement id ket publiko) -->
  <script async src="https://www.googletagmanager.com/gtag/js?id=G-7QK2MWX4PL"></script>
  <script>
    window.dataLayer = window.dataLayer || [];
    function gtag(){dataLayer.push(arguments);}
    gtag('js', new Date());
    gtag('config', 'G-7QK2MWX4PL');
  </script>
  <div class="fb-page" data-href="https://www.facebook.com/tanapfarmslaoag" data-app-id="811203347621905"></div>
</footer>
""")

# ---------------------------------------------------------------- the shop: deploy, CI, ops

_pw = words_pw()
add("blind-nw/k8s-secret/database-base64", "shop/k8s/shop-db-secret.yaml", DOCS_K8S_SECRET, """
apiVersion: v1
kind: Secret
metadata:
  name: tanap-shop-db
  namespace: shop
  labels:
    app: tanap-shop
type: Opaque
data:
  DB_USER: @@user@@
  DB_PASSWORD: @@pw@@
""", _pw, user=b64("shop_app"), pw=b64(_pw))

add("blind-nw/k8s-secret/decoy-empty", "shop/k8s/paymongo-secret.template.yaml", DOCS_K8S_SECRET, """
# Template laeng. Ti pudno a Secret ket aramiden ti External Secrets Operator.
apiVersion: v1
kind: Secret
metadata:
  name: paymongo
  namespace: shop
type: Opaque
stringData:
  PAYMONGO_SECRET_KEY: ""
  PAYMONGO_WEBHOOK_SECRET: ""
""")

add("blind-nw/k8s/decoy-external-secret", "shop/k8s/external-secret.yaml", "https://external-secrets.io/latest/api/externalsecret/", """
apiVersion: external-secrets.io/v1beta1
kind: ExternalSecret
metadata:
  name: paymongo
  namespace: shop
spec:
  refreshInterval: 1h
  secretStoreRef:
    name: gcp-secret-manager
    kind: ClusterSecretStore
  target:
    name: paymongo
  data:
    - secretKey: PAYMONGO_SECRET_KEY
      remoteRef:
        key: paymongo-secret-key
    - secretKey: PAYMONGO_WEBHOOK_SECRET
      remoteRef:
        key: paymongo-webhook-secret
""")

add("blind-nw/k8s/xendit-env", "shop/k8s/disbursement-deploy.yaml", "https://kubernetes.io/docs/tasks/inject-data-application/define-environment-variable-container/", """
apiVersion: apps/v1
kind: Deployment
metadata:
  name: disbursement
  namespace: shop
spec:
  replicas: 1
  selector:
    matchLabels: {app: disbursement}
  template:
    metadata:
      labels: {app: disbursement}
    spec:
      containers:
        - name: worker
          image: ghcr.io/tanapfarms/disbursement:0.9.3
          env:
            - name: XENDIT_SECRET_KEY
              value: "@@secret@@"   # temporaryo laeng - ibalin iti Secret
            - name: LOG_LEVEL
              value: info
""", xendit_key())

add("blind-nw/compose/database", "shop/docker-compose.yml", DOCS_COMPOSE, """
services:
  web:
    build: .
    ports: ["8000:8000"]
    environment:
      DATABASE_URL: postgres://shop_app:@@secret@@@db:5432/tanap_shop
    depends_on: [db]
  db:
    image: postgres:16
    environment:
      POSTGRES_USER: shop_app
      POSTGRES_PASSWORD: @@secret@@
      POSTGRES_DB: tanap_shop
    volumes:
      - pgdata:/var/lib/postgresql/data
volumes:
  pgdata: {}
""", fakes.redis_password(_seed()))

add("blind-nw/compose/decoy-env-reference", "shop/docker-compose.prod.yml", DOCS_COMPOSE, """
services:
  web:
    image: ghcr.io/tanapfarms/shop:${TAG:-latest}
    env_file: .env.production
    environment:
      DATABASE_URL: ${DATABASE_URL:?ikabil ti DATABASE_URL}
      PAYMONGO_SECRET_KEY: ${PAYMONGO_SECRET_KEY}
  redis:
    image: redis:7
    command: ["redis-server", "--requirepass", "${REDIS_PASSWORD}"]
""")

add("blind-nw/compose/redis", "shop/docker-compose.worker.yml", DOCS_COMPOSE, """
services:
  queue:
    image: redis:7-alpine
    command: ["redis-server", "--appendonly", "yes", "--requirepass", "@@secret@@"]
  worker:
    build: ./worker
    environment:
      REDIS_URL: redis://queue:6379/0
      # Ilocano: no agbaliw ti password, baliwan met ti worker .env
""", fakes.redis_password(_seed()))

add("blind-nw/terraform/decoy-variable", "shop/infra/variables.tf", DOCS_TERRAFORM, """
variable "paymongo_secret_key" {
  description = "PayMongo live secret key (ikabil babaen ti TF_VAR_paymongo_secret_key)"
  type        = string
  sensitive   = true
}

variable "db_password" {
  type      = string
  sensitive = true
  default   = null
}

variable "region" {
  type    = string
  default = "asia-southeast1"
}
""")

add("blind-nw/terraform/database", "shop/infra/terraform.tfvars", DOCS_TERRAFORM, """
project_id  = "tanap-farms"
region      = "asia-southeast1"
db_tier     = "db-g1-small"
# TODO: ikkaten daytoy iti repo; inkabil ni Jomar tapno agandar ti plan
db_password = "@@secret@@"
""", words_pw())

add("blind-nw/terraform/decoy-random-password", "shop/infra/sql.tf", DOCS_TERRAFORM, """
resource "random_password" "shop_db" {
  length  = 24
  special = true
}

resource "google_sql_user" "shop_app" {
  name     = "shop_app"
  instance = google_sql_database_instance.shop.name
  password = random_password.shop_db.result
}

resource "google_secret_manager_secret_version" "db_url" {
  secret      = google_secret_manager_secret.db_url.id
  secret_data = "postgresql://shop_app:${random_password.shop_db.result}@${google_sql_database_instance.shop.private_ip_address}/tanap_shop"
}
""")

add("blind-nw/gha/decoy-secrets-context", ".github/workflows/deploy-shop.yml", DOCS_GHA, """
name: deploy-shop
on:
  push:
    branches: [main]
jobs:
  deploy:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: google-github-actions/auth@v2
        with:
          workload_identity_provider: projects/481122093311/locations/global/workloadIdentityPools/gh/providers/github
          service_account: deployer@tanap-farms.iam.gserviceaccount.com
      - run: gcloud run deploy tanap-shop --source . --region asia-southeast1
        env:
          PAYMONGO_SECRET_KEY: ${{ secrets.PAYMONGO_SECRET_KEY }}
""")

add("blind-nw/gha/slack-webhook", ".github/workflows/notify.yml", DOCS_SLACK, """
name: notify-orders-channel
on:
  workflow_run:
    workflows: [deploy-shop]
    types: [completed]
jobs:
  ping:
    runs-on: ubuntu-latest
    steps:
      - name: Pakaammo iti #shop-ops
        run: |
          curl -X POST -H 'Content-type: application/json' \\
            --data '{"text":"Nailunsad ti baro a bersion ti shop :garlic:"}' \\
            @@secret@@
""", slack_webhook())

add("blind-nw/dockerfile/npm-token", "shop/web/Dockerfile", DOCS_DOCKERFILE, """
FROM node:20-alpine AS build
WORKDIR /app
COPY package*.json ./
# private package ti @tanapfarms/ui
RUN echo "//registry.npmjs.org/:_authToken=@@secret@@" > .npmrc && npm ci && rm .npmrc
COPY . .
RUN npm run build

FROM nginx:1.27-alpine
COPY --from=build /app/dist /usr/share/nginx/html
""", npm_token())

add("blind-nw/dockerfile/decoy-build-secret", "shop/api/Dockerfile", DOCS_DOCKERFILE, """
# syntax=docker/dockerfile:1.7
FROM python:3.12-slim
WORKDIR /srv
COPY requirements.txt .
RUN --mount=type=secret,id=pip_index_token \\
    PIP_INDEX_URL="https://__token__:$(cat /run/secrets/pip_index_token)@pypi.tanapfarms.ph/simple" \\
    pip install -r requirements.txt
COPY . .
ENV PAYMONGO_SECRET_KEY=""
CMD ["gunicorn", "app.main:app", "-b", "0.0.0.0:8000"]
""")

add("blind-nw/npmrc/npm-token", "shop/web/.npmrc", DOCS_NPMRC, """
@tanapfarms:registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=@@secret@@
save-exact=true
fund=false
audit-level=high
""", npm_token())

add("blind-nw/npmrc/decoy-env-reference", "shop/admin/.npmrc", DOCS_NPMRC, """
@tanapfarms:registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=${NPM_TOKEN}
# ti NPM_TOKEN ket adda iti CI variables
engine-strict=true
save-exact=true
""")

add("blind-nw/shell-history/database", "ops/jomar/.bash_history", DOCS_BASH, """
cd ~/tanap-shop
git pull
docker compose ps
psql "postgresql://shop_app:@@secret@@@10.48.0.3:5432/tanap_shop" -c "select count(*) from orders where created_at > now() - interval '1 day'"
docker compose logs -f web --tail 50
exit
""", rand_pw(18))

add("blind-nw/shell-history/decoy-prompted", "ops/marites/.zsh_history", DOCS_BASH, """
: 1733011200:0;cd ~/shop
: 1733011210:0;gcloud auth login
: 1733011250:0;gcloud secrets versions access latest --secret=paymongo-secret-key | pbcopy
: 1733011300:0;psql -h 10.48.0.3 -U shop_app -W tanap_shop
: 1733011420:0;export PAYMONGO_SECRET_KEY=$(gcloud secrets versions access latest --secret=paymongo-secret-key)
: 1733011480:0;python scripts/refund.py --order TNP-20877
""")

add("blind-nw/ini/database", "shop/metabase/metabase.ini", DOCS_INI, """
; Metabase para iti report ti benta (suka, bawang, bagnet)
[database]
MB_DB_TYPE = postgres
MB_DB_HOST = 10.48.0.3
MB_DB_PORT = 5432
MB_DB_DBNAME = metabase
MB_DB_USER = metabase
MB_DB_PASS = @@secret@@
""", words_pw())

add("blind-nw/toml/decoy-placeholder", "shop/worker/config.example.toml", DOCS_TOML, """
# Kopyaen iti config.toml. Saan nga i-commit ti config.toml.
[redis]
url = "redis://:CHANGE_ME@localhost:6379/0"

[paymongo]
secret_key = "sk_live_..."

[semaphore]
api_key = "<SEMAPHORE_API_KEY>"
""")

add("blind-nw/toml/redis", "shop/worker/config.toml", DOCS_TOML, """
[worker]
concurrency = 4
queues = ["orders", "sms", "inventory"]

[redis]
url = "redis://default:@@secret@@@10.48.0.9:6379/0"

[harvest]
# panawen ti panagani ti bawang: Pebrero-Marso
peak_months = [2, 3]
""", fakes.redis_password(_seed()))

add("blind-nw/ansible/decoy-vault-encrypted", "shop/ansible/group_vars/shop/vault.yml", DOCS_ANSIBLE, """
$ANSIBLE_VAULT;1.1;AES256
@@l1@@
@@l2@@
@@l3@@
@@l4@@
@@l5@@
""", l1=hexs(80), l2=hexs(80), l3=hexs(80), l4=hexs(80), l5=hexs(42))

add("blind-nw/ansible/database", "shop/ansible/roles/backup/defaults/main.yml", DOCS_ANSIBLE, """
---
backup_bucket: gs://tanap-farms-backups
backup_hour: 2
backup_db_host: 10.48.0.3
backup_db_user: backup
backup_db_password: "@@secret@@"
# Ilocano: agtalinaed ti backup iti 30 nga aldaw
backup_retention_days: 30
""", rand_pw(24, "!#%"))

add("blind-nw/systemd/decoy-credential-file", "shop/ops/tanap-worker.service", DOCS_SYSTEMD, """
[Unit]
Description=Tanap Farms order worker
After=network-online.target

[Service]
User=tanap
EnvironmentFile=/etc/tanap/worker.env
LoadCredential=paymongo:/etc/tanap/credentials/paymongo
ExecStart=/opt/tanap/venv/bin/python -m worker
Restart=on-failure

[Install]
WantedBy=multi-user.target
""")

add("blind-nw/systemd/sendgrid", "shop/ops/tanap-newsletter.service", DOCS_SYSTEMD, """
[Unit]
Description=Damag ti Bawang newsletter sender
After=network-online.target

[Service]
User=tanap
Environment=SENDGRID_API_KEY=@@secret@@
Environment=NEWSLETTER_LIST=harvest-2027
ExecStart=/opt/tanap/venv/bin/python -m newsletter.send
""", sendgrid_key())

add("blind-nw/nginx/decoy-htpasswd-file", "shop/ops/nginx/admin.conf", DOCS_NGINX, """
server {
    listen 443 ssl;
    server_name admin.tanapfarms.ph;
    ssl_certificate     /etc/letsencrypt/live/admin.tanapfarms.ph/fullchain.pem;
    ssl_certificate_key /etc/letsencrypt/live/admin.tanapfarms.ph/privkey.pem;

    location / {
        auth_basic "Tanap Admin - para kadagiti staff laeng";
        auth_basic_user_file /etc/nginx/.htpasswd;
        proxy_pass http://127.0.0.1:8000;
    }
}
""")

add("blind-nw/htpasswd/decoy-hash", "shop/ops/nginx/htpasswd.sample", "https://httpd.apache.org/docs/2.4/programs/htpasswd.html", """
# Generated with: htpasswd -B -C 12 htpasswd.sample <user>
# Hashes laeng; ti password ket adda iti Bitwarden ("Tanap admin nginx").
marites:@@h1@@
junjun:@@h2@@
kusina:@@h3@@
""", h1=bcrypt_hash(), h2=bcrypt_hash(), h3=bcrypt_hash())

add("blind-nw/jupyter/database", "shop/analytics/benta_2026.ipynb", DOCS_JUPYTER, """
{
 "cells": [
  {
   "cell_type": "markdown",
   "metadata": {},
   "source": ["# Benta ti sukang Iloko ken bawang, 2026\\n", "Kada bulan, kada produkto."]
  },
  {
   "cell_type": "code",
   "execution_count": 1,
   "metadata": {},
   "outputs": [],
   "source": [
    "import pandas as pd\\n",
    "import sqlalchemy as sa\\n",
    "eng = sa.create_engine('postgresql://analyst:@@secret@@@10.48.0.3/tanap_shop')\\n",
    "df = pd.read_sql('select * from monthly_sales', eng)"
   ]
  }
 ],
 "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""", rand_pw(19))

add("blind-nw/jupyter/decoy-getpass", "shop/analytics/harvest_forecast.ipynb", DOCS_JUPYTER, """
{
 "cells": [
  {
   "cell_type": "code",
   "execution_count": 2,
   "metadata": {},
   "outputs": [],
   "source": [
    "import getpass, sqlalchemy as sa\\n",
    "pw = getpass.getpass('DB password: ')\\n",
    "eng = sa.create_engine(f'postgresql://analyst:{pw}@10.48.0.3/tanap_shop')"
   ]
  }
 ],
 "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""")

add("blind-nw/csv/decoy-ids", "shop/exports/paymongo_payouts_2026-11.csv", DOCS_CSV, """
payout_id,date,gross_php,fee_php,net_php,reference
po_@@a@@,2026-11-03,48210.00,1205.25,47004.75,@@r1@@
po_@@b@@,2026-11-10,51877.50,1296.94,50580.56,@@r2@@
po_@@c@@,2026-11-17,39002.00,975.05,38026.95,@@r3@@
po_@@d@@,2026-11-24,60114.25,1502.86,58611.39,@@r4@@
""", a=fakes.drawn(_seed(), 24), b=fakes.drawn(_seed(), 24), c=fakes.drawn(_seed(), 24), d=fakes.drawn(_seed(), 24),
    r1=hexs(12), r2=hexs(12), r3=hexs(12), r4=hexs(12))

add("blind-nw/csv/staff-passwords", "shop/exports/pos_accounts.csv", DOCS_CSV, """
station,username,password,notes
Laoag Public Market #14,stall14,@@secret@@,baliwan kada bulan
Batac Empanadahan,batac01,(ni Manang Dely ti adda password),
Paoay pasalubong,paoay01,(agur-uray iti baro a tablet),
Online desk,online,(SSO),Google login
""", words_pw())

add("blind-nw/powershell/decoy-credential-prompt", "pos/scripts/Install-PosStation.ps1", DOCS_PS, """
# Ikabil ti POS iti baro a laptop ti stall
param(
    [Parameter(Mandatory)] [string] $StationName
)
$cred = Get-Credential -Message "Tanap POS service account"
New-Item -ItemType Directory -Force -Path C:/TanapPos | Out-Null
Copy-Item -Recurse ./publish/* C:/TanapPos/
New-Service -Name TanapPos -BinaryPathName C:/TanapPos/TanapPos.exe -Credential $cred
Write-Host "Nairugi ti $StationName. Agyamanak!"
""")

add("blind-nw/powershell/pos-service", "pos/scripts/Set-PosDatabase.ps1", DOCS_PS, """
# Connection ti POS iti lokal a SQL Express
$server = "localhost\\SQLEXPRESS"
$user = "tanap_pos"
$pass = ConvertTo-SecureString '@@secret@@' -AsPlainText -Force
$cred = New-Object System.Management.Automation.PSCredential($user, $pass)
Invoke-Sqlcmd -ServerInstance $server -Credential $cred -Query "SELECT COUNT(*) FROM Sales"
""", words_pw())

# ---------------------------------------------------------------- the wind contractor: telemetry

add("blind-nw/mosquitto/mqtt-password", "wind/edge/bangui-b07/mqtt-bridge.conf", "https://mosquitto.org/man/mosquitto-conf-5.html", """
# Bridge ti turbine B07 (Bangui) iti central broker idiay Laoag
connection amihan-central
address mqtt.amihanwind.ph:8883
bridge_cafile /etc/mosquitto/ca/amihan-ca.crt
remote_clientid bangui-b07
remote_username edge-bangui
remote_password @@secret@@
topic scada/bangui/b07/# out 1
topic cmd/bangui/b07/# in 1
""", words_pw())

add("blind-nw/mosquitto/decoy-password-file", "wind/broker/mosquitto.conf", "https://mosquitto.org/man/mosquitto-conf-5.html", """
listener 8883
cafile /etc/mosquitto/ca/amihan-ca.crt
certfile /etc/mosquitto/certs/broker.crt
keyfile /etc/mosquitto/certs/broker.key
allow_anonymous false
# hashes ti password ket adda iti passwd (mosquitto_passwd -c)
password_file /etc/mosquitto/passwd
acl_file /etc/mosquitto/acl
""")

add("blind-nw/mosquitto/decoy-hash", "wind/broker/passwd", "https://mosquitto.org/man/mosquitto_passwd-1.html", """
edge-bangui:$7$101$@@s1@@$@@h1@@
edge-burgos:$7$101$@@s2@@$@@h2@@
edge-pagudpud:$7$101$@@s3@@$@@h3@@
grafana:$7$101$@@s4@@$@@h4@@
telegraf:$7$101$@@s5@@$@@h5@@
""", s1=b64_bytes(12), h1=b64_bytes(64), s2=b64_bytes(12), h2=b64_bytes(64), s3=b64_bytes(12), h3=b64_bytes(64),
    s4=b64_bytes(12), h4=b64_bytes(64), s5=b64_bytes(12), h5=b64_bytes(64))

add("blind-nw/shell/mqtt-password", "wind/tools/test_pub.sh", DOCS_MQTT, """
#!/bin/sh
# Padas: ipatulod ti fake a vibration reading tapno makita iti Grafana
mosquitto_pub -h mqtt.amihanwind.ph -p 8883 --cafile ca.crt \\
  -u field-tablet -P '@@secret@@' \\
  -t scada/burgos/t12/vibration -m '{"rms_mm_s": 3.2, "ts": "'"$(date -Iseconds)"'"}'
echo "naipatulod"
""", words_pw())

add("blind-nw/python/mqtt-password", "wind/edge/collector/collector.py", "https://eclipse.dev/paho/files/paho.mqtt.python/html/client.html", """
\"\"\"Agala iti Modbus registers ti turbine controller ken ipatulod iti MQTT.\"\"\"
import json
import time

import paho.mqtt.client as mqtt
from pymodbus.client import ModbusTcpClient

TURBINE = "pagudpud-p03"
client = mqtt.Client(client_id=f"edge-{TURBINE}")
client.username_pw_set("edge-pagudpud", "@@secret@@")
client.tls_set("/etc/amihan/ca.crt")
client.connect("mqtt.amihanwind.ph", 8883)

plc = ModbusTcpClient("192.168.10.20")
while True:
    regs = plc.read_holding_registers(3000, count=6).registers
    client.publish(f"scada/pagudpud/p03/power", json.dumps({"kw": regs[0], "rpm": regs[1] / 10}))
    time.sleep(5)
""", fakes.redis_password(_seed()))

add("blind-nw/python/decoy-env-reference", "wind/edge/collector/settings.py", DOCS_PYTHON, """
import os

MQTT_HOST = os.environ.get("MQTT_HOST", "mqtt.amihanwind.ph")
MQTT_USER = os.environ["MQTT_USER"]
MQTT_PASSWORD = os.environ["MQTT_PASSWORD"]  # adda iti /etc/amihan/edge.env (root laeng)
MODBUS_HOST = os.environ.get("MODBUS_HOST", "192.168.10.20")
POLL_SECONDS = int(os.environ.get("POLL_SECONDS", "5"))
""")

add("blind-nw/toml/influx", "wind/edge/telegraf/telegraf.conf", "https://docs.influxdata.com/telegraf/v1/output-plugins/influxdb_v2/", """
[agent]
  interval = "10s"
  hostname = "edge-burgos-t12"

[[inputs.mqtt_consumer]]
  servers = ["ssl://mqtt.amihanwind.ph:8883"]
  topics = ["scada/burgos/#"]
  username = "telegraf"
  password = "$MQTT_PASSWORD"
  data_format = "json"

[[outputs.influxdb_v2]]
  urls = ["https://influx.amihanwind.ph"]
  token = "@@secret@@"
  organization = "amihan"
  bucket = "scada"
""", influx_token())

add("blind-nw/toml/decoy-env-reference", "wind/central/telegraf.conf", "https://docs.influxdata.com/telegraf/v1/configuration/#environment-variables", """
[agent]
  interval = "30s"

[[outputs.influxdb_v2]]
  urls = ["https://influx.amihanwind.ph"]
  token = "${INFLUX_TOKEN}"
  organization = "amihan"
  bucket = "central"

[[inputs.snmp]]
  agents = ["udp://10.20.0.1:161"]
  version = 3
  sec_name = "telegraf"
  auth_password = "${SNMP_AUTH_PASSWORD}"
  priv_password = "${SNMP_PRIV_PASSWORD}"
""")

add("blind-nw/shell/influx", "wind/tools/backup_influx.sh", DOCS_INFLUX, """
#!/usr/bin/env bash
# Backup ti InfluxDB kada Domingo, alas-dos ti parbangon
set -e
STAMP=$(date +%Y%m%d)
influx backup "/srv/backup/influx-${STAMP}" \\
  --host https://influx.amihanwind.ph \\
  --token @@secret@@
find /srv/backup -maxdepth 1 -name 'influx-*' -mtime +28 -exec rm -rf {} +
""", influx_token())

add("blind-nw/yaml/grafana", "wind/grafana/provisioning/datasources/influx.yaml", "https://grafana.com/docs/grafana/latest/datasources/influxdb/", """
apiVersion: 1
datasources:
  - name: SCADA (Influx)
    type: influxdb
    access: proxy
    url: https://influx.amihanwind.ph
    jsonData:
      version: Flux
      organization: amihan
      defaultBucket: scada
    secureJsonData:
      token: @@secret@@
""", influx_token())

add("blind-nw/yaml/decoy-env-reference", "wind/grafana/provisioning/datasources/postgres.yaml", "https://grafana.com/docs/grafana/latest/administration/provisioning/#using-environment-variables", """
apiVersion: 1
datasources:
  - name: Work orders
    type: postgres
    url: db.amihanwind.ph:5432
    user: grafana_ro
    jsonData:
      database: workorders
      sslmode: require
    secureJsonData:
      password: $__env{WORKORDERS_DB_PASSWORD}
""")

add("blind-nw/python/grafana", "wind/tools/annotate_maintenance.py", DOCS_GRAFANA, """
\"\"\"Ikabil ti annotation iti Grafana no adda maintenance ti turbina.\"\"\"
import sys
import requests

GRAFANA = "https://grafana.amihanwind.ph"
HEADERS = {"Authorization": "Bearer @@secret@@"}


def annotate(turbine: str, text: str) -> None:
    body = {"dashboardUID": "scada-fleet", "tags": ["maintenance", turbine], "text": text}
    requests.post(f"{GRAFANA}/api/annotations", json=body, headers=HEADERS, timeout=10).raise_for_status()


if __name__ == "__main__":
    annotate(sys.argv[1], " ".join(sys.argv[2:]) or "Maintenance (gearbox oil)")
""", grafana_token())

add("blind-nw/ini/grafana-admin", "wind/grafana/grafana.ini", "https://grafana.com/docs/grafana/latest/setup-grafana/configure-grafana/", """
[server]
domain = grafana.amihanwind.ph
root_url = https://grafana.amihanwind.ph/

[security]
admin_user = amihan-admin
admin_password = @@secret@@
cookie_secure = true

[auth.anonymous]
enabled = false
""", words_pw())

add("blind-nw/ini/decoy-env-reference", "wind/grafana/grafana.prod.ini", "https://grafana.com/docs/grafana/latest/setup-grafana/configure-grafana/#variable-expansion", """
[security]
admin_user = amihan-admin
admin_password = $__file{/run/secrets/grafana_admin_password}
secret_key = $__env{GF_SECURITY_SECRET_KEY}

[database]
type = postgres
host = db.amihanwind.ph:5432
password = $__file{/run/secrets/grafana_db_password}
""")

add("blind-nw/json/decoy-dashboard", "wind/grafana/dashboards/fleet.json", "https://grafana.com/docs/grafana/latest/dashboards/build-dashboards/view-dashboard-json-model/", """
{
  "uid": "scada-fleet",
  "title": "Amihan - Fleet (Bangui, Burgos, Pagudpud)",
  "tags": ["scada", "fleet"],
  "panels": [
    {"type": "timeseries", "title": "Power kW", "datasource": {"type": "influxdb", "uid": "P951FEA4DE68E13C5"}},
    {"type": "stat", "title": "Availability", "datasource": {"type": "influxdb", "uid": "P951FEA4DE68E13C5"}}
  ],
  "version": 37
}
""")

add("blind-nw/wireguard/wg-key", "wind/vpn/wg-bangui.conf", DOCS_WG, """
# VPN ti substation idiay Bangui (para iti SCADA laeng)
[Interface]
Address = 10.66.0.7/32
PrivateKey = @@secret@@
DNS = 10.66.0.1

[Peer]
PublicKey = @@pub@@
Endpoint = vpn.amihanwind.ph:51820
AllowedIPs = 10.20.0.0/16, 10.66.0.0/24
PersistentKeepalive = 25
""", wg_key(), pub=wg_key())

add("blind-nw/wireguard/decoy-public-key", "wind/vpn/peers.md", DOCS_WG, """
# Dagiti peer ti VPN

Public keys laeng ditoy. Ti private key ket agtalinaed iti tunggal device.

| Peer               | Address      | Public key |
|--------------------|--------------|------------|
| laoag-office       | 10.66.0.2    | `@@p1@@` |
| bangui-substation  | 10.66.0.7    | `@@p2@@` |
| burgos-substation  | 10.66.0.8    | `@@p3@@` |
| tablet-rowena      | 10.66.0.31   | `@@p4@@` |
""", p1=wg_key(), p2=wg_key(), p3=wg_key(), p4=wg_key())

add("blind-nw/yaml/wg-key", "wind/ansible/host_vars/burgos-gw.yml", DOCS_ANSIBLE, """
---
wg_address: 10.66.0.8/32
wg_listen_port: 51820
# Nailemmeng daytoy - saan nga ipakita iti contractor
wg_private_key: "@@secret@@"
wg_peers:
  - name: central
    public_key: "@@pub@@"
    endpoint: vpn.amihanwind.ph:51820
    allowed_ips: 10.20.0.0/16
""", wg_key(), pub=wg_key())

add("blind-nw/ssh/private-key", "wind/field/keys/scada-jump_ed25519", "https://man.openbsd.org/ssh-keygen", """
@@secret@@
""", pem("OPENSSH"))

add("blind-nw/ssh/decoy-public-key", "wind/field/keys/authorized_keys", "https://man.openbsd.org/sshd.8#AUTHORIZED_KEYS_FILE_FORMAT", """
# Jump host ti SCADA - dagiti technician a maipalubos
ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI@@k1@@ rowena@tablet-07
ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI@@k2@@ bong@laptop-laoag
ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI@@k3@@ ci@gitlab-runner
ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABgQ@@k4@@ vestas-remote@support
""", k1=fakes.drawn(_seed(), 43, ALNUM + "+/"), k2=fakes.drawn(_seed(), 43, ALNUM + "+/"),
    k3=fakes.drawn(_seed(), 43, ALNUM + "+/"), k4=fakes.drawn(_seed(), 180, ALNUM + "+/"))

add("blind-nw/ssh-config/decoy-identity-file", "wind/field/ssh_config", DOCS_SSH, """
Host scada-jump
    HostName jump.amihanwind.ph
    User tech
    IdentityFile ~/.ssh/scada-jump_ed25519
    IdentitiesOnly yes

Host bangui-* burgos-*
    ProxyJump scada-jump
    User operator
""")

_key = pem("EC")
add("blind-nw/yaml/private-key", "wind/ansible/group_vars/scada/jump.yml", DOCS_ANSIBLE, """
---
jump_host: jump.amihanwind.ph
jump_user: ansible
# kopya ti deploy key (baliwan inton Enero)
jump_private_key: |
  @@key@@
""", _key, key=_key.replace("\n", "\n  "))

# ---------------------------------------------------------------- the wind contractor: CI, cloud, tools

add("blind-nw/gitlab-ci/aws", "wind/workorders/.gitlab-ci.yml", DOCS_GITLAB_CI, """
stages: [test, deploy]

variables:
  AWS_DEFAULT_REGION: ap-southeast-1
  AWS_ACCESS_KEY_ID: @@kid@@
  AWS_SECRET_ACCESS_KEY: "@@secret@@"   # TODO ibalin iti CI/CD settings

test:
  stage: test
  image: python:3.12
  script:
    - pip install -r requirements.txt
    - pytest -q

deploy:
  stage: deploy
  script:
    - aws s3 sync build/ s3://amihan-workorders-web --delete
  only: [main]
""", fakes.aws_secret_key(_seed()), kid=fakes.aws_key_id(_seed()))

add("blind-nw/gitlab-ci/decoy-masked-variable", "wind/scada-gateway/.gitlab-ci.yml", DOCS_GITLAB_CI, """
stages: [build, push]

build:
  stage: build
  image: docker:27
  services: [docker:27-dind]
  script:
    - echo "$CI_REGISTRY_PASSWORD" | docker login -u "$CI_REGISTRY_USER" --password-stdin $CI_REGISTRY
    - docker build -t $CI_REGISTRY_IMAGE:$CI_COMMIT_SHORT_SHA .
    - docker push $CI_REGISTRY_IMAGE:$CI_COMMIT_SHORT_SHA
""")

add("blind-nw/aws-credentials/aws", "wind/field/tablet-setup/aws/credentials", "https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-files.html", """
[default]
region = ap-southeast-1

[amihan-photos]
# para iti panag-upload ti retrato ti blade inspection
aws_access_key_id = @@kid@@
aws_secret_access_key = @@secret@@
""", fakes.aws_secret_key(_seed()), kid=fakes.aws_key_id(_seed()))

add("blind-nw/aws-credentials/decoy-docs-example", "wind/docs/aws-setup.md", "https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-files.html", """
# AWS iti tablet ti technician

Agaramid iti profile babaen ti `aws configure --profile amihan-photos`. Ti documentation ti AWS
ket agusar kadagitoy a pagarigan (saan a pudno):

```ini
[amihan-photos]
aws_access_key_id = AKIAIOSFODNN7EXAMPLE
aws_secret_access_key = wJalrXUtnFYEMI/K7MDENG/bPxRfiCYEXAMPLEKEY
```

Ti pudno a key ket ited ni Bong babaen ti Bitwarden Send.
""")

add("blind-nw/python/aws", "wind/tools/upload_blade_photos.py", "https://boto3.amazonaws.com/v1/documentation/api/latest/guide/credentials.html", """
\"\"\"Upload dagiti retrato ti blade inspection (drone) iti S3.\"\"\"
import pathlib
import sys

import boto3

s3 = boto3.client(
    "s3",
    region_name="ap-southeast-1",
    aws_access_key_id="@@kid@@",
    aws_secret_access_key="@@secret@@",
)

for photo in pathlib.Path(sys.argv[1]).glob("*.jpg"):
    key = f"inspections/{sys.argv[2]}/{photo.name}"
    s3.upload_file(str(photo), "amihan-inspections", key)
    print("naupload:", key)
""", fakes.aws_secret_key(_seed()), kid=fakes.aws_key_id(_seed()))

add("blind-nw/python/decoy-boto-profile", "wind/tools/list_inspections.py", "https://boto3.amazonaws.com/v1/documentation/api/latest/guide/credentials.html", """
import boto3

# Agusar ti profile iti ~/.aws/credentials; awan ti key ditoy.
session = boto3.Session(profile_name="amihan-photos")
s3 = session.client("s3")
for obj in s3.list_objects_v2(Bucket="amihan-inspections", Prefix="inspections/")["Contents"]:
    print(obj["Key"], obj["ETag"], obj["Size"])
""")

add("blind-nw/gha/docker-pat", ".github/workflows/scada-image.yml", DOCS_GHA, """
name: scada-image
on:
  push:
    tags: ["v*"]
jobs:
  build:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - name: Login iti Docker Hub
        run: echo "@@secret@@" | docker login -u amihanwind --password-stdin
      - run: docker build -t amihanwind/scada-gateway:${GITHUB_REF_NAME} .
      - run: docker push amihanwind/scada-gateway:${GITHUB_REF_NAME}
""", docker_pat())

add("blind-nw/gha/decoy-oidc", ".github/workflows/terraform-wind.yml", DOCS_GHA, """
name: terraform-wind
on: [pull_request]
permissions:
  id-token: write
  contents: read
jobs:
  plan:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: aws-actions/configure-aws-credentials@v4
        with:
          role-to-assume: arn:aws:iam::318845120932:role/gha-terraform-plan
          aws-region: ap-southeast-1
      - run: terraform init && terraform plan -no-color
""")

add("blind-nw/gha/github-token", ".github/workflows/sync-manuals.yml", DOCS_GHA, """
name: sync-manuals
on:
  schedule:
    - cron: "0 22 * * 0"
jobs:
  sync:
    runs-on: ubuntu-latest
    steps:
      - run: |
          # agala kadagiti manual ti OEM manipud iti private repo
          git clone https://amihan-bot:@@secret@@@github.com/amihanwind/oem-manuals.git
          ls oem-manuals
""", fakes.github_token(_seed()))

add("blind-nw/shell/gitlab-token", "wind/tools/clone_all.sh", DOCS_BASH, """
#!/usr/bin/env bash
# Kopyaen amin a repo ti grupo 'amihan' (para iti offline laptop idiay site)
GITLAB=https://gitlab.amihanwind.ph
TOKEN=@@secret@@
for repo in $(curl -s --header "PRIVATE-TOKEN: $TOKEN" "$GITLAB/api/v4/groups/amihan/projects?per_page=100" | jq -r '.[].path_with_namespace'); do
  git clone "https://oauth2:${TOKEN}@gitlab.amihanwind.ph/${repo}.git" || true
done
""", gitlab_token())

add("blind-nw/shell/decoy-env-reference", "wind/tools/mirror_repos.sh", DOCS_BASH, """
#!/usr/bin/env bash
set -euo pipefail
: "${GITLAB_TOKEN:?Ikabil ti GITLAB_TOKEN (read_api laeng)}"
GITLAB=https://gitlab.amihanwind.ph
curl -sf --header "PRIVATE-TOKEN: ${GITLAB_TOKEN}" "$GITLAB/api/v4/projects?membership=true" \\
  | jq -r '.[].ssh_url_to_repo' > repos.txt
wc -l repos.txt
""")

add("blind-nw/git-config/github-token", "wind/field/laptop-laoag/.git-credentials", "https://git-scm.com/docs/git-credential-store", """
https://bong-amihan:@@secret@@@github.com
https://oauth2:@@gl@@@gitlab.amihanwind.ph
""" + "# (kinopya manipud iti daan a laptop - Bong)\n# saan a ma-commit daytoy\n# ikkaten inton baro a laptop\n",
    fakes.github_fine_grained_token(_seed()), gl="<nagpaso - nabaliwan idi Oktubre>")

add("blind-nw/terraform/do-token", "wind/infra/provider.tf", "https://registry.terraform.io/providers/digitalocean/digitalocean/latest/docs", """
terraform {
  required_providers {
    digitalocean = {
      source  = "digitalocean/digitalocean"
      version = "~> 2.40"
    }
  }
}

provider "digitalocean" {
  # token ti 'amihan-ops' team
  token = "@@secret@@"
}

resource "digitalocean_droplet" "status_page" {
  name   = "status-amihan"
  region = "sgp1"
  size   = "s-1vcpu-1gb"
  image  = "ubuntu-24-04-x64"
}
""", do_token())

add("blind-nw/terraform/decoy-state-sensitive", "wind/infra/outputs.tf", DOCS_TERRAFORM, """
output "status_page_ip" {
  value = digitalocean_droplet.status_page.ipv4_address
}

output "db_password" {
  value     = random_password.workorders.result
  sensitive = true
}

output "grafana_url" {
  value = "https://grafana.amihanwind.ph"
}
""")

add("blind-nw/yaml/vault-token", "wind/workorders/config/vault.yml", DOCS_VAULT, """
vault:
  address: https://vault.amihanwind.ph:8200
  namespace: amihan/ops
  # token para iti work-order app (renewable, ttl 768h)
  token: @@secret@@
  kv_mount: kv
  paths:
    db: workorders/db
    sms: workorders/sms
""", vault_token())

add("blind-nw/yaml/decoy-vault-path", "wind/workorders/config/vault.prod.yml", DOCS_VAULT, """
vault:
  address: https://vault.amihanwind.ph:8200
  auth:
    method: kubernetes
    role: workorders
    token_path: /var/run/secrets/kubernetes.io/serviceaccount/token
  kv_mount: kv
  paths:
    db: workorders/db
""")

add("blind-nw/java/database", "wind/workorders/src/main/resources/application.properties", DOCS_SPRING, """
spring.application.name=amihan-workorders
server.port=8080
spring.datasource.url=jdbc:postgresql://db.amihanwind.ph:5432/workorders
spring.datasource.username=workorders
spring.datasource.password=@@secret@@
spring.jpa.hibernate.ddl-auto=validate
# Ilocano: saan nga usaren ti ddl-auto=update iti produksion
management.endpoints.web.exposure.include=health,info
""", rand_pw(16))

add("blind-nw/java/decoy-env-reference", "wind/workorders/src/main/resources/application-prod.yml", DOCS_SPRING, """
spring:
  datasource:
    url: jdbc:postgresql://${DB_HOST:db.amihanwind.ph}:5432/workorders
    username: ${DB_USER}
    password: ${DB_PASSWORD}
  mail:
    host: smtp.gmail.com
    username: noreply@amihanwind.ph
    password: ${SMTP_APP_PASSWORD}
""")

add("blind-nw/java/smtp", "wind/workorders/src/main/java/ph/amihanwind/workorders/mail/MailConfig.java", DOCS_JAVA, """
package ph.amihanwind.workorders.mail;

import java.util.Properties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSenderImpl;

@Configuration
public class MailConfig {
    // Pakaammo kadagiti technician no adda baro a work order
    @Bean
    public JavaMailSenderImpl mailSender() {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost("smtp.gmail.com");
        sender.setPort(587);
        sender.setUsername("noreply@amihanwind.ph");
        sender.setPassword("@@secret@@");
        Properties props = sender.getJavaMailProperties();
        props.put("mail.smtp.starttls.enable", "true");
        return sender;
    }
}
""", fakes.drawn(_seed(), 16, string.ascii_lowercase))

add("blind-nw/kotlin/decoy-buildconfig", "wind/tablet/app/build.gradle.kts", "https://developer.android.com/build/gradle-tips#share-custom-fields-and-resource-values-with-your-app-code", """
android {
    namespace = "ph.amihanwind.tablet"
    defaultConfig {
        applicationId = "ph.amihanwind.tablet"
        minSdk = 26
        // Agala iti local.properties (saan a naka-commit)
        buildConfigField("String", "WORKORDERS_API", "\\"https://wo.amihanwind.ph/api\\"")
        buildConfigField("String", "MAPS_KEY", "\\"${project.findProperty("MAPS_KEY") ?: ""}\\"")
    }
}
""")

add("blind-nw/kotlin/api-key", "wind/tablet/app/src/main/java/ph/amihanwind/tablet/api/WoApi.kt", DOCS_KOTLIN, """
package ph.amihanwind.tablet.api

import retrofit2.Retrofit
import retrofit2.converter.moshi.MoshiConverterFactory

object WoApi {
    // API key ti tablet fleet (Rowena: baliwan no mapukaw ti tablet!)
    const val API_KEY = "@@secret@@"

    val retrofit: Retrofit = Retrofit.Builder()
        .baseUrl("https://wo.amihanwind.ph/api/")
        .addConverterFactory(MoshiConverterFactory.create())
        .build()
}
""", "amw_live_" + fakes.drawn_mixed(_seed(), 40))

add("blind-nw/properties/decoy-placeholder", "wind/tablet/local.properties.sample", "https://developer.android.com/build#properties-files", """
# Kopyaen iti local.properties
sdk.dir=/home/YOU/Android/Sdk
MAPS_KEY=<google-maps-key-ti-tablet>
WO_API_KEY=amw_live_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX
SIGNING_STORE_PASSWORD=
SIGNING_KEY_PASSWORD=
""")

add("blind-nw/properties/keystore", "wind/tablet/keystore.properties", "https://developer.android.com/studio/publish/app-signing#secure-shared-keystore", """
storeFile=../keys/amihan-tablet.jks
storePassword=@@secret@@
keyAlias=amihan-tablet
keyPassword=@@secret@@
# Ilocano: daytoy ti pang-pirma ti APK para iti MDM
""", words_pw())

add("blind-nw/csharp/scada-sql", "wind/reports/AmihanReports/Program.cs", DOCS_CSHARP, """
using Microsoft.Data.SqlClient;

// Report ti availability kada bulan (para iti kliente)
var cs = "Server=10.20.0.15,1433;Database=ScadaHistorian;User Id=report_ro;Password=@@secret@@;TrustServerCertificate=True";
await using var conn = new SqlConnection(cs);
await conn.OpenAsync();
var cmd = new SqlCommand("SELECT TurbineId, AVG(Availability) FROM Monthly GROUP BY TurbineId", conn);
await using var rdr = await cmd.ExecuteReaderAsync();
while (await rdr.ReadAsync())
    Console.WriteLine($"{rdr.GetString(0)}\\t{rdr.GetDouble(1):P2}");
""", words_pw())

add("blind-nw/csharp/decoy-configuration", "wind/reports/AmihanReports/appsettings.json", DOCS_CSHARP, """
{
  "ConnectionStrings": {
    "Historian": "Server=10.20.0.15,1433;Database=ScadaHistorian;Authentication=Active Directory Default;Encrypt=True"
  },
  "Report": {
    "Sites": ["Bangui", "Burgos", "Pagudpud"],
    "Language": "en-PH"
  }
}
""")

add("blind-nw/go/mqtt-password", "wind/scada-gateway/cmd/gateway/main.go", "https://pkg.go.dev/github.com/eclipse/paho.mqtt.golang", """
package main

import (
	"log"

	mqtt "github.com/eclipse/paho.mqtt.golang"
)

func main() {
	opts := mqtt.NewClientOptions().
		AddBroker("ssl://mqtt.amihanwind.ph:8883").
		SetClientID("scada-gateway").
		SetUsername("gateway").
		SetPassword("@@secret@@") // TODO: alaen iti Vault
	c := mqtt.NewClient(opts)
	if t := c.Connect(); t.Wait() && t.Error() != nil {
		log.Fatal(t.Error())
	}
	log.Println("nakakonekta ti gateway")
}
""", fakes.redis_password(_seed()))

add("blind-nw/go/decoy-flag", "wind/scada-gateway/cmd/replay/main.go", "https://pkg.go.dev/flag", """
package main

import (
	"flag"
	"log"
	"os"
)

func main() {
	broker := flag.String("broker", "ssl://mqtt.amihanwind.ph:8883", "MQTT broker")
	user := flag.String("user", "replay", "MQTT user")
	flag.Parse()
	password := os.Getenv("MQTT_PASSWORD") // saan nga ikabil iti command line
	if password == "" {
		log.Fatal("awan ti MQTT_PASSWORD")
	}
	log.Printf("replay to %s as %s", *broker, *user)
}
""")

add("blind-nw/rust/influx", "wind/edge/vibe-rs/src/main.rs", DOCS_RUST, """
use reqwest::blocking::Client;

// Ipatulod ti vibration spectrum (FFT) iti InfluxDB
const INFLUX_URL: &str = "https://influx.amihanwind.ph/api/v2/write?org=amihan&bucket=vibration";
const INFLUX_TOKEN: &str = "@@secret@@";

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let line = "spectrum,turbine=bangui-b07 f1=0.42,f2=1.10,f3=0.07";
    let res = Client::new()
        .post(INFLUX_URL)
        .header("Authorization", format!("Token {}", INFLUX_TOKEN))
        .body(line)
        .send()?;
    println!("naipatulod: {}", res.status());
    Ok(())
}
""", influx_token())

add("blind-nw/rust/decoy-env-reference", "wind/edge/vibe-rs/src/config.rs", DOCS_RUST, """
use std::env;

pub struct Config {
    pub influx_url: String,
    pub influx_token: String,
}

impl Config {
    pub fn from_env() -> Self {
        Config {
            influx_url: env::var("INFLUX_URL").unwrap_or_else(|_| "https://influx.amihanwind.ph".into()),
            influx_token: env::var("INFLUX_TOKEN").expect("INFLUX_TOKEN (adda iti /etc/amihan/edge.env)"),
        }
    }
}
""")

add("blind-nw/swift/api-key", "wind/ios-inspect/Inspect/Networking/Uploader.swift", DOCS_SWIFT, """
import Foundation

// Drone photo uploader para iti iPad ti inspection team
struct Uploader {
    private let endpoint = URL(string: "https://wo.amihanwind.ph/api/photos")!
    private let apiKey = "@@secret@@"

    func upload(_ data: Data, turbine: String) async throws {
        var req = URLRequest(url: endpoint.appendingPathComponent(turbine))
        req.httpMethod = "POST"
        req.setValue(apiKey, forHTTPHeaderField: "X-Api-Key")
        _ = try await URLSession.shared.upload(for: req, from: data)
    }
}
""", "amw_live_" + fakes.drawn_mixed(_seed(), 40))

add("blind-nw/plist/decoy-keychain-reference", "wind/ios-inspect/Inspect/Info.plist", "https://developer.apple.com/documentation/bundleresources/information_property_list", """
<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
<dict>
  <key>CFBundleDisplayName</key>
  <string>Amihan Inspect</string>
  <key>AMWApiKeyKeychainItem</key>
  <string>ph.amihanwind.inspect.apikey</string>
  <key>NSCameraUsageDescription</key>
  <string>Para iti retrato ti blade ken tower.</string>
</dict>
</plist>
""")

# ---------------------------------------------------------------- notes, runbooks, wikis

add("blind-nw/markdown/scada-runbook", "wind/runbooks/scada-hmi-login.md", DOCS_MD, """
# Runbook: SCADA HMI idiay Bangui substation

1. Agkonekta iti VPN (`wg-quick up wg-bangui`).
2. Lukatan ti https://10.20.0.40/hmi iti Edge browser.
3. Login: user `operator`, password `@@secret@@`
4. No agkiremkirem ti alarm ti "Yaw misalignment", tawagan ti on-call (0917 555 0142).
5. Saan nga i-reset ti turbine no adda tao iti nacelle!

_Naudi a naurnos: Nobiembre 2026 (Bong)_
""", words_pw())

add("blind-nw/markdown/decoy-runbook-vault", "wind/runbooks/scada-historian.md", DOCS_MD, """
# Runbook: SCADA historian (SQL Server)

- Host: `10.20.0.15`, database `ScadaHistorian`
- User: `report_ro`
- Password: adda iti Vault, `kv/scada/historian` (agtawag iti `vault kv get -field=password kv/scada/historian`)
- No saan a makastrek, kiddawen ken ni Bong ti access iti Vault policy `scada-read`.

Agannad: saan nga ikabil ti password iti Teams chat.
""")

add("blind-nw/wiki/mqtt-password", "wind/wiki/Field-Tablet-Setup.md", "https://docs.gitlab.com/ee/user/project/wiki/", """
# Field tablet setup (Samsung Tab Active)

Daytoy ti aramiden kadagiti baro a tablet sakbay nga ited iti technician:

* Install ti **Amihan Tablet** APK manipud iti MDM.
* Settings -> Telemetry:
  * Broker: `mqtt.amihanwind.ph:8883`
  * Username: `field-tablet`
  * Password: `@@secret@@`
* Ikabil ti VPN profile (`tablet-<nagan>.conf`).
* Padasen: agipatulod iti test reading (kitaen iti Grafana "Field test").
""", fakes.redis_password(_seed()))

add("blind-nw/wiki/decoy-password-policy", "wind/wiki/Password-Policy.md", "https://docs.gitlab.com/ee/user/project/wiki/", """
# Password policy (Amihan Windworks)

* Awan ti password iti wiki, chat wenno email. Usaren ti Bitwarden.
* Ti minimum ket 14 a karakter. Pagarigan ti *porma*: `<sao>-<sao>-<sao>-<numero>`.
* Kada 90 nga aldaw, baliwan ti SCADA HMI password (operator, engineer).
* No nakita yo ti password iti repo, ipakaammo dagus iti #security.

| Sistema      | Ayan ti password              |
|--------------|-------------------------------|
| SCADA HMI    | Bitwarden > SCADA             |
| Vault unseal | 3 a tao (Bong, Rowena, Dado)  |
| MQTT         | Vault `kv/mqtt/*`             |
""")

add("blind-nw/text/wifi-notes", "wind/field/notes/burgos-site.txt", "https://www.rfc-editor.org/rfc/rfc2119", """
BURGOS SITE NOTES (Rowena)
--------------------------
Guardhouse: ibaga nga aggapu iti Amihan, ipakita ti ID.
Site office wifi: AMIHAN-BURGOS
  password: @@secret@@
Generator fuel: kada Lunes, 200L.
Tower T12: nadadael ti ladder lock - aglaku iti baro.
""", passphrase())

add("blind-nw/text/decoy-checksums", "wind/field/firmware/SHA256SUMS", "https://www.gnu.org/software/coreutils/manual/html_node/sha2-utilities.html", """
@@h1@@  controller-fw-4.12.3.bin
@@h2@@  pitch-drive-2.8.0.hex
@@h3@@  yaw-drive-2.8.1.hex
@@h4@@  converter-scada-bridge-1.4.0.tar.gz
@@h5@@  edge-collector-0.9.7.img
""", h1=hexs(64), h2=hexs(64), h3=hexs(64), h4=hexs(64), h5=hexs(64))

add("blind-nw/rst/snmp", "wind/docs/network/snmp.rst", DOCS_RST, """
SNMP monitoring ti substation
=============================

Dagiti switch ken UPS ket agusar iti SNMPv3 (authPriv).

.. code-block:: console

   $ snmpwalk -v3 -l authPriv -u amihan-mon -a SHA -A '@@secret@@' \\
       -x AES -X "$SNMP_PRIV" 10.20.0.1 ifDescr

Ti *priv* password ket naisina (adda iti Vault, ``kv/network/snmp``); saan nga usaren ti isu met laeng.
""", words_pw())

add("blind-nw/rst/decoy-placeholder", "wind/docs/network/radius.rst", DOCS_RST, """
RADIUS para kadagiti switch
===========================

Ti shared secret ket adda iti Vault (``kv/network/radius``). Iti config:

.. code-block:: text

   radius-server host 10.20.0.5 key <RADIUS_SHARED_SECRET>
   aaa authentication login default group radius local

Baliwan ti ``<RADIUS_SHARED_SECRET>`` iti las-ud ti Vault sakbay nga i-paste.
""")

add("blind-nw/html/admin-password", "wind/intranet/onboarding.html", DOCS_HTML, """
<!doctype html>
<html lang="ilo">
<head><meta charset="utf-8"><title>Onboarding - Amihan Windworks</title></head>
<body>
  <h1>Naragsak nga isasangbay!</h1>
  <p>Umuna nga aldaw: ala ti PPE idiay bodega ti Laoag office.</p>
  <h2>Intranet</h2>
  <p>Temporaryo a login ti work-order system: <code>newhire</code> / <code>@@secret@@</code>
     (baliwan iti umuna a login).</p>
  <p>Tulong: helpdesk@amihanwind.ph</p>
</body>
</html>
""", words_pw())

add("blind-nw/html/decoy-form", "wind/intranet/login.html", DOCS_HTML, """
<!doctype html>
<html lang="ilo">
<body>
  <form method="post" action="/login">
    <label>Username <input name="username" autocomplete="username"></label>
    <label>Password <input type="password" name="password" placeholder="Ikabil ti password" autocomplete="current-password"></label>
    <input type="hidden" name="csrf_token" value="@@csrf@@">
    <button type="submit">Sumrek</button>
  </form>
</body>
</html>
""", csrf=hexs(40))

add("blind-nw/log/database-url", "wind/workorders/logs/startup-2026-12-01.log", DOCS_LOG, """
2026-12-01 06:00:01 INFO  Starting amihan-workorders v2.3.1 on wo-prod-1
2026-12-01 06:00:02 DEBUG Loaded config profile=prod
2026-12-01 06:00:02 DEBUG datasource url=postgresql://workorders:@@secret@@@db.amihanwind.ph:5432/workorders?sslmode=require
2026-12-01 06:00:04 INFO  HikariPool-1 - Start completed.
2026-12-01 06:00:05 INFO  Tomcat started on port 8080
""", rand_pw(20))

add("blind-nw/log/decoy-redacted", "wind/workorders/logs/startup-2026-12-02.log", DOCS_LOG, """
2026-12-02 06:00:01 INFO  Starting amihan-workorders v2.3.2 on wo-prod-1
2026-12-02 06:00:02 DEBUG datasource url=postgresql://workorders:[REDACTED]@db.amihanwind.ph:5432/workorders?sslmode=require
2026-12-02 06:00:02 DEBUG mqtt password=******** user=workorders
2026-12-02 06:00:04 INFO  HikariPool-1 - Start completed.
2026-12-02 06:00:05 INFO  Tomcat started on port 8080
""")

add("blind-nw/log/slack-bot", "wind/tools/alertbot/alertbot.log", DOCS_LOG, """
[2026-11-29 14:02:10] alertbot starting (site=pagudpud)
[2026-11-29 14:02:10] config: channel=#alarms-pagudpud token=@@secret@@
[2026-11-29 14:05:44] ALARM P03 "Gearbox bearing temp high" 92C -> posted
[2026-11-29 14:31:09] CLEAR P03 "Gearbox bearing temp high" -> posted
[2026-11-29 15:00:00] heartbeat ok
""", slack_bot())

add("blind-nw/python/slack-bot", "wind/tools/alertbot/bot.py", "https://api.slack.com/authentication/token-types#bot", """
\"\"\"Alert bot: ipost dagiti alarm ti turbina iti Slack.\"\"\"
from slack_sdk import WebClient

client = WebClient(token="@@secret@@")

SITES = {"bangui": "#alarms-bangui", "burgos": "#alarms-burgos", "pagudpud": "#alarms-pagudpud"}


def post_alarm(site: str, turbine: str, text: str) -> None:
    client.chat_postMessage(channel=SITES[site], text=f":rotating_light: {turbine}: {text}")
""", slack_bot())

add("blind-nw/python/telegram", "wind/tools/oncall_bot.py", "https://core.telegram.org/bots/api#authorizing-your-bot", """
\"\"\"On-call bot ti Telegram (para kadagiti technician nga awan Slack idiay site).\"\"\"
import requests

BOT = "@@secret@@"
CHAT_ID = -1002231899041


def notify(text: str) -> None:
    requests.post(f"https://api.telegram.org/bot{BOT}/sendMessage",
                  json={"chat_id": CHAT_ID, "text": text}, timeout=10)


if __name__ == "__main__":
    notify("Padas: naimbag a bigat, on-call!")
""", fakes.telegram_token(_seed()))

add("blind-nw/yaml/discord-webhook", "shop/notify/discord.yml", "https://discord.com/developers/docs/resources/webhook#execute-webhook", """
# Pakaammo ti baro nga order iti Discord ti pamilya
discord:
  enabled: true
  webhook_url: "@@secret@@"
  username: "Tanap Orders"
  mention_on_bulk: true
  bulk_threshold_bottles: 24
""", discord_webhook())

add("blind-nw/yaml/decoy-docs-example", "shop/notify/discord.example.yml", "https://discord.com/developers/docs/resources/webhook#execute-webhook", """
discord:
  enabled: false
  # Aggapu iti Server Settings > Integrations > Webhooks
  webhook_url: "https://discord.com/api/webhooks/<webhook.id>/<webhook.token>"
  username: "Tanap Orders"
  bulk_threshold_bottles: 24
""")

add("blind-nw/helm/database", "wind/charts/workorders/values-prod.yaml", DOCS_HELM, """
replicaCount: 2
image:
  repository: registry.amihanwind.ph/workorders
  tag: 2.3.2
postgresql:
  enabled: false
externalDatabase:
  host: db.amihanwind.ph
  port: 5432
  user: workorders
  password: "@@secret@@"
  database: workorders
ingress:
  enabled: true
  hosts: [wo.amihanwind.ph]
""", rand_pw(20))

add("blind-nw/helm/decoy-existing-secret", "wind/charts/workorders/values.yaml", DOCS_HELM, """
replicaCount: 1
image:
  repository: registry.amihanwind.ph/workorders
  tag: latest
externalDatabase:
  host: ""
  user: workorders
  # Usaren ti existing Secret (key: db-password). Saan nga ikabil ti password ditoy.
  existingSecret: workorders-db
  existingSecretPasswordKey: db-password
  password: ""
""")

add("blind-nw/helm/grafana-admin", "wind/charts/monitoring/values-grafana.yaml", DOCS_HELM, """
grafana:
  adminUser: amihan-admin
  adminPassword: "@@secret@@"
  persistence:
    enabled: true
    size: 10Gi
  ingress:
    enabled: true
    hosts: [grafana.amihanwind.ph]
""", words_pw())

_infl = influx_token()
add("blind-nw/k8s-secret/influx-base64", "wind/k8s/telegraf-secret.yaml", DOCS_K8S_SECRET, """
apiVersion: v1
kind: Secret
metadata:
  name: telegraf-influx
  namespace: monitoring
type: Opaque
data:
  INFLUX_TOKEN: @@enc@@
""", _infl, enc=b64(_infl))

_mq = fakes.redis_password(_seed())
add("blind-nw/k8s-secret/mqtt-base64", "wind/k8s/gateway-secret.yaml", DOCS_K8S_SECRET, """
---
# gateway MQTT login (Ilocano: saan nga ibaon daytoy iti kliente)
apiVersion: v1
kind: Secret
metadata:
  name: scada-gateway-mqtt
  namespace: scada
data:
  username: @@u@@
  password: @@p@@
""", _mq, u=b64("gateway"), p=b64(_mq))

add("blind-nw/k8s-secret/decoy-sealed", "wind/k8s/gateway-sealedsecret.yaml", "https://github.com/bitnami-labs/sealed-secrets#usage", """
apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata:
  name: scada-gateway-mqtt
  namespace: scada
spec:
  encryptedData:
    username: @@e1@@
    password: @@e2@@
""", e1=b64_bytes(280), e2=b64_bytes(280))

_rp = rand_pw(24)
add("blind-nw/k8s-secret/registry-dockerconfig", "wind/k8s/regcred.yaml", "https://kubernetes.io/docs/tasks/configure-pod-container/pull-image-private-registry/", """
apiVersion: v1
kind: Secret
metadata:
  name: regcred
  namespace: scada
type: kubernetes.io/dockerconfigjson
data:
  .dockerconfigjson: @@enc@@
""", _rp, enc=b64('{"auths":{"registry.amihanwind.ph":{"username":"ci-pull","password":"' + _rp + '"}}}'))

add("blind-nw/docker-config/decoy-cred-helper", "wind/field/laptop-laoag/.docker/config.json", "https://docs.docker.com/reference/cli/docker/login/#credential-helpers", """
{
  "auths": {
    "registry.amihanwind.ph": {},
    "https://index.docker.io/v1/": {}
  },
  "credsStore": "desktop",
  "currentContext": "default"
}
""")

add("blind-nw/docker-config/registry-auth", "wind/edge/provision/docker-config.json", "https://docs.docker.com/reference/cli/docker/login/", """
{
  "auths": {
    "registry.amihanwind.ph": {
      "auth": "@@secret@@"
    }
  },
  "HttpHeaders": {"User-Agent": "amihan-edge"}
}
""", b64("edge-pull:" + rand_pw(22)))

# ---------------------------------------------------------------- the shop: web app, blog, extras

add("blind-nw/typescript/stripe", "shop/next/src/server/stripe.ts", "https://docs.stripe.com/keys", """
import Stripe from 'stripe';

// Para kadagiti balikbayan a gumatang manipud iti US/Hawaii (USD)
export const stripe = new Stripe('@@secret@@', {
  apiVersion: '2024-06-20',
  appInfo: { name: 'tanap-shop', version: '1.14.2' },
});

export async function createCheckout(items: { price: string; quantity: number }[]) {
  return stripe.checkout.sessions.create({
    mode: 'payment',
    line_items: items,
    success_url: 'https://tanapfarms.ph/agyamanak',
    cancel_url: 'https://tanapfarms.ph/cart',
  });
}
""", stripe_key())

add("blind-nw/typescript/decoy-env-reference", "shop/next/src/server/env.ts", DOCS_NODE, """
import { z } from 'zod';

// Awan ti default para kadagiti sekreto: agpaay laeng no adda iti env
const schema = z.object({
  STRIPE_SECRET_KEY: z.string().startsWith('sk_'),
  PAYMONGO_SECRET_KEY: z.string().startsWith('sk_'),
  JWT_SECRET: z.string().min(32),
  DATABASE_URL: z.string().url(),
});

export const env = schema.parse(process.env);
""")

add("blind-nw/typescript/openai", "shop/next/src/server/recipe-bot.ts", "https://platform.openai.com/docs/api-reference/authentication", """
import OpenAI from 'openai';

// "Agluto ti Iloko": chatbot a mangisuro iti recipe nga agusar iti sukang Iloko
const openai = new OpenAI({ apiKey: '@@secret@@' });

export async function suggestRecipe(question: string) {
  const res = await openai.chat.completions.create({
    model: 'gpt-4o-mini',
    messages: [
      { role: 'system', content: 'Sumungbat iti Ilocano wenno English. Recipe laeng ti pinakbet, dinengdeng, bagnet.' },
      { role: 'user', content: question },
    ],
  });
  return res.choices[0].message.content;
}
""", fakes.openai_key(_seed()))

add("blind-nw/dotenv/jwt-secret", "shop/next/.env.local", DOCS_DOTENV, """
NEXT_PUBLIC_SITE_URL=https://tanapfarms.ph
NEXT_PUBLIC_PAYMONGO_PK=@@pk@@
# session cookies ti customer account
JWT_SECRET=@@secret@@
NEXT_PUBLIC_GA_ID=G-7QK2MWX4PL
""", rand_pw(48), pk=paymongo_pk())

add("blind-nw/dotenv/decoy-public-only", "shop/next/.env", DOCS_DOTENV, """
# Publiko laeng dagitoy (NEXT_PUBLIC_*) - mabalin nga i-commit
NEXT_PUBLIC_SITE_URL=https://tanapfarms.ph
NEXT_PUBLIC_PAYMONGO_PK=@@pk@@
NEXT_PUBLIC_GA_ID=G-7QK2MWX4PL
NEXT_PUBLIC_FB_PAGE=tanapfarmslaoag
""", pk=paymongo_pk())

add("blind-nw/js/decoy-test-fixture", "shop/next/src/server/__tests__/webhook.test.ts", "https://jestjs.io/docs/getting-started", """
import { verifySignature } from '../paymongo-webhook';

// Fake a webhook secret para iti test laeng
const TEST_SECRET = 'whsk_test_dummy_secret_for_unit_tests';

describe('verifySignature', () => {
  it('agbasol no nadadael ti signature', () => {
    expect(verifySignature('{"data":{}}', 't=1,te=deadbeef', TEST_SECRET)).toBe(false);
  });
});
""")

add("blind-nw/python/django-secret", "shop/blog/blog/settings.py", DOCS_DJANGO, """
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent

# Blog: "Damag ti Bawang" (harvest updates, recipes)
SECRET_KEY = "@@secret@@"
DEBUG = False
ALLOWED_HOSTS = ["blog.tanapfarms.ph"]
LANGUAGE_CODE = "en-ph"
TIME_ZONE = "Asia/Manila"
INSTALLED_APPS = ["django.contrib.admin", "django.contrib.auth", "django.contrib.contenttypes", "posts"]
""", fakes.django_secret_key(_seed()))

add("blind-nw/python/decoy-generated-secret", "shop/blog/blog/settings_prod.py", DOCS_DJANGO, """
import os

from django.core.management.utils import get_random_secret_key

from .settings import *  # noqa: F401,F403

# Agala iti env; no awan, agaramid iti baro (mapukaw dagiti session, ngem saan a makadangran)
SECRET_KEY = os.environ.get("DJANGO_SECRET_KEY") or get_random_secret_key()
DEBUG = False
""")

add("blind-nw/php/wordpress-db", "shop/old-blog/wp-config.php", "https://developer.wordpress.org/apis/wp-config-php/", """
<?php
// Daan a blog (WordPress) - agserbi pay iti /recipes
define( 'DB_NAME', 'tanap_wp' );
define( 'DB_USER', 'tanap_wp' );
define( 'DB_PASSWORD', '@@secret@@' );
define( 'DB_HOST', 'localhost' );
define( 'DB_CHARSET', 'utf8mb4' );
$table_prefix = 'tnp_';
define( 'WP_DEBUG', false );
require_once ABSPATH . 'wp-settings.php';
""", words_pw())

add("blind-nw/php/decoy-salts-placeholder", "shop/old-blog/wp-config-sample.php", "https://developer.wordpress.org/apis/wp-config-php/#security-keys", """
<?php
define( 'DB_NAME', 'database_name_here' );
define( 'DB_USER', 'username_here' );
define( 'DB_PASSWORD', 'password_here' );
define( 'DB_HOST', 'localhost' );
define( 'AUTH_KEY',         'put your unique phrase here' );
define( 'SECURE_AUTH_KEY',  'put your unique phrase here' );
define( 'LOGGED_IN_KEY',    'put your unique phrase here' );
$table_prefix = 'wp_';
""")

add("blind-nw/dotenv/laravel-app-key", "shop/wholesale/.env", DOCS_LARAVEL, """
APP_NAME="Tanap Wholesale"
APP_ENV=production
APP_KEY=@@secret@@
APP_DEBUG=false
APP_URL=https://wholesale.tanapfarms.ph
DB_CONNECTION=mysql
DB_HOST=127.0.0.1
DB_DATABASE=wholesale
DB_USERNAME=wholesale
DB_PASSWORD=${WHOLESALE_DB_PASSWORD}
""", "base64:" + b64_bytes(32))

add("blind-nw/ruby/database-yml", "shop/rails/config/database.yml", DOCS_RUBY, """
default: &default
  adapter: postgresql
  encoding: unicode
  pool: <%= ENV.fetch("RAILS_MAX_THREADS") { 5 } %>

development:
  <<: *default
  database: tanap_dev

production:
  <<: *default
  database: tanap_prod
  username: tanap
  password: @@secret@@
  host: 10.48.0.3
""", rand_pw(20))

add("blind-nw/ruby/decoy-credentials-reference", "shop/rails/config/initializers/sidekiq.rb", "https://github.com/sidekiq/sidekiq/wiki/Monitoring#rails-http-basic-auth-from-routes", """
# Sidekiq web UI (para iti panangkita kadagiti job ti SMS ken inventory)
Sidekiq::Web.use Rack::Auth::Basic do |user, password|
  ActiveSupport::SecurityUtils.secure_compare(user, Rails.application.credentials.sidekiq[:user]) &
    ActiveSupport::SecurityUtils.secure_compare(password, Rails.application.credentials.sidekiq[:password])
end

Sidekiq.configure_server do |config|
  config.redis = { url: ENV.fetch("REDIS_URL") }
end
""")

add("blind-nw/ruby/sidekiq-redis", "shop/rails/config/initializers/redis.rb", DOCS_RUBY, """
# Redis para iti cache ti presyo ti bawang (agbaliw kada lawas)
REDIS = Redis.new(
  host: "10.48.0.9",
  port: 6379,
  password: "@@secret@@",
  db: 2
)
""", fakes.redis_password(_seed()))

add("blind-nw/python/google-maps", "shop/app/delivery_fee.py", "https://developers.google.com/maps/documentation/distance-matrix/get-api-key", """
\"\"\"Bayad ti delivery manipud iti bodega ti Laoag.\"\"\"
import googlemaps

gmaps = googlemaps.Client(key="@@secret@@")
ORIGIN = "Tanap Farms, Brgy. 7-B Lucban, Laoag City, Ilocos Norte"


def fee_php(destination: str) -> float:
    row = gmaps.distance_matrix(ORIGIN, destination)["rows"][0]["elements"][0]
    km = row["distance"]["value"] / 1000
    return 60.0 if km <= 5 else round(60 + (km - 5) * 12, 2)
""", google_key())

add("blind-nw/python/json-in-string", "shop/app/courier.py", "https://docs.python.org/3/library/json.html", """
import json

import requests

# Config ti courier (LBC/J&T) - inyawat ni Jun-jun a kas JSON
COURIER = json.loads('{"provider": "jnt", "customer_code": "TNP0091", "api_user": "tanapfarms", "api_password": "@@secret@@"}')


def book_pickup(order_id: str) -> dict:
    auth = (COURIER["api_user"], COURIER["api_password"])
    return requests.post("https://api.jtexpress.ph/pickup", json={"order": order_id}, auth=auth, timeout=20).json()
""", words_pw())

_sp = words_pw()
add("blind-nw/python/split-password", "shop/app/legacy_pos_sync.py", DOCS_PYTHON, """
import pyodbc

# Connection iti SQL Express ti stall (naisina ti linya tapno saan nga atiddog)
CONN_STR = (
    "DRIVER={ODBC Driver 18 for SQL Server};SERVER=stall14.tanap.lan;DATABASE=TanapPos;"
    "UID=sync;PWD=@@p1@@"
    "@@p2@@;TrustServerCertificate=yes"
)


def pull_sales():
    with pyodbc.connect(CONN_STR) as conn:
        return conn.execute("SELECT * FROM Sales WHERE Synced = 0").fetchall()
""", _sp, p1=_sp[:7], p2=_sp[7:])

add("blind-nw/pgpass/database", "ops/jomar/.pgpass", "https://www.postgresql.org/docs/current/libpq-pgpass.html", """
# hostname:port:database:username:password
10.48.0.3:5432:tanap_shop:shop_app:@@secret@@
10.48.0.3:5432:metabase:metabase:*
localhost:5432:*:postgres:
# (Ilocano) ti metabase password ket adda iti Bitwarden
""", rand_pw(22))

add("blind-nw/netrc/ftp", "ops/marites/.netrc", "https://www.gnu.org/software/inetutils/manual/html_node/The-_002enetrc-file.html", """
# para iti upload ti product photos iti daan a hosting
machine ftp.tanapfarms.ph
  login tanapftp
  password @@secret@@
machine api.github.com
  login marites-tanap
""", words_pw())

add("blind-nw/mysql/decoy-socket-auth", "shop/wholesale/deploy/my.cnf", "https://dev.mysql.com/doc/refman/8.0/en/option-files.html", """
[client]
user = wholesale
# awan ti password: agusar iti auth_socket iti server
socket = /var/run/mysqld/mysqld.sock

[mysqldump]
single-transaction
quick
""")

add("blind-nw/mysql/database", "shop/wholesale/deploy/backup.cnf", "https://dev.mysql.com/doc/refman/8.0/en/option-files.html", """
[client]
user = backup
password = "@@secret@@"
host = 127.0.0.1

[mysqldump]
single-transaction
""", words_pw())

add("blind-nw/crontab/basic-auth-url", "shop/ops/crontab.txt", "https://man7.org/linux/man-pages/man5/crontab.5.html", """
# m h dom mon dow command
# Kada aldaw, alas-sais: i-sync ti stock ti bawang manipud iti bodega
0 6 * * * curl -fsS "https://sync:@@secret@@@wholesale.tanapfarms.ph/api/stock/sync" >/dev/null
30 6 * * * /opt/tanap/venv/bin/python -m worker.reports daily
0 2 * * 0 /opt/tanap/bin/backup.sh
""", rand_pw(16))

add("blind-nw/xml/decoy-nuget-env", "wind/reports/NuGet.Config", "https://learn.microsoft.com/en-us/nuget/reference/nuget-config-file#packagesourcecredentials", """
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <packageSources>
    <add key="amihan" value="https://nuget.pkg.github.com/amihanwind/index.json" />
  </packageSources>
  <packageSourceCredentials>
    <amihan>
      <add key="Username" value="amihan-ci" />
      <add key="ClearTextPassword" value="%GITHUB_PACKAGES_TOKEN%" />
    </amihan>
  </packageSourceCredentials>
</configuration>
""")

add("blind-nw/xml/maven-password", "wind/workorders/.mvn/settings.xml", "https://maven.apache.org/settings.html#servers", """
<settings>
  <servers>
    <server>
      <id>amihan-nexus</id>
      <username>ci-deploy</username>
      <!-- baliwan no agbaliw ti Nexus admin -->
      <password>@@secret@@</password>
    </server>
  </servers>
</settings>
""", rand_pw(20))

add("blind-nw/xml/opcua", "wind/scada-gateway/config/opcua-client.xml", "https://reference.opcfoundation.org/Core/Part4/v104/docs/7.36", """
<?xml version="1.0" encoding="utf-8"?>
<OpcClient>
  <Endpoint>opc.tcp://10.20.0.40:4840/ScadaServer</Endpoint>
  <SecurityPolicy>Basic256Sha256</SecurityPolicy>
  <UserIdentity>
    <UserName>gateway</UserName>
    <Password>@@secret@@</Password>
  </UserIdentity>
  <!-- Ilocano: basaen laeng; awan ti write iti turbine controller -->
  <ReadOnly>true</ReadOnly>
</OpcClient>
""", words_pw())

# ---------------------------------------------------------------- the wind contractor: field and site

add("blind-nw/shell/heredoc-env", "wind/edge/provision/install_edge.sh", DOCS_BASH, """
#!/usr/bin/env bash
# Ikabil ti edge collector iti baro a Raspberry Pi (kada turbina)
set -euo pipefail
TURBINE="${1:?nagan ti turbina, kas pagarigan bangui-b07}"
install -d -m 0700 /etc/amihan
cat > /etc/amihan/edge.env <<EOF
TURBINE=${TURBINE}
MQTT_HOST=mqtt.amihanwind.ph
MQTT_USER=edge-${TURBINE%%-*}
MQTT_PASSWORD=@@secret@@
MODBUS_HOST=192.168.10.20
EOF
chmod 0600 /etc/amihan/edge.env
systemctl enable --now amihan-collector
""", fakes.redis_password(_seed()))

add("blind-nw/shell/decoy-heredoc-prompt", "wind/edge/provision/set_mqtt_password.sh", DOCS_BASH, """
#!/usr/bin/env bash
# Baliwan ti MQTT password ti edge (agdamag iti password, saan nga ikabil iti script)
set -euo pipefail
read -rsp "Baro a MQTT password: " NEWPW; echo
sed -i "s/^MQTT_PASSWORD=.*/MQTT_PASSWORD=${NEWPW}/" /etc/amihan/edge.env
unset NEWPW
systemctl restart amihan-collector
""")

add("blind-nw/netplan/wifi-psk", "wind/edge/provision/50-site-wifi.yaml", "https://netplan.readthedocs.io/en/stable/netplan-yaml/#properties-for-device-type-wifis", """
network:
  version: 2
  wifis:
    wlan0:
      dhcp4: true
      access-points:
        "AMIHAN-SCADA-BANGUI":
          password: "@@secret@@"
""", passphrase())

add("blind-nw/hostapd/wifi-psk", "wind/site/pagudpud/hostapd.conf", "https://w1.fi/cgit/hostap/plain/hostapd/hostapd.conf", """
interface=wlan0
ssid=AMIHAN-PAGUDPUD-OPS
hw_mode=g
channel=6
wpa=2
wpa_key_mgmt=WPA-PSK
rsn_pairwise=CCMP
# para kadagiti technician laeng; saan nga ited iti bisita
wpa_passphrase=@@secret@@
""", passphrase())

add("blind-nw/hostapd/decoy-psk-file", "wind/site/burgos/hostapd.conf", "https://w1.fi/cgit/hostap/plain/hostapd/hostapd.conf", """
interface=wlan0
ssid=AMIHAN-BURGOS-OPS
hw_mode=g
channel=11
wpa=2
wpa_key_mgmt=WPA-PSK
# per-device PSKs (maala iti Ansible manipud iti Vault)
wpa_psk_file=/etc/hostapd/hostapd.wpa_psk
""")

add("blind-nw/ansible-inventory/become-password", "wind/ansible/inventory/site.ini", "https://docs.ansible.com/ansible/latest/inventory_guide/intro_inventory.html", """
[bangui]
bangui-gw ansible_host=10.20.1.1
bangui-hist ansible_host=10.20.1.15

[burgos]
burgos-gw ansible_host=10.20.2.1

[scada:children]
bangui
burgos

[scada:vars]
ansible_user=ops
ansible_become_password=@@secret@@
""", words_pw())

add("blind-nw/ansible-inventory/decoy-vault-lookup", "wind/ansible/inventory/group_vars/all.yml", DOCS_ANSIBLE, """
---
ansible_user: ops
ansible_become_password: "{{ lookup('community.hashi_vault.hashi_vault', 'secret=kv/data/ansible/become:password') }}"
ntp_servers: [10.20.0.1, time.google.com]
# Ilocano: amin a sekreto ket aggapu iti Vault
mqtt_password: "{{ vault_mqtt_password }}"
""")

add("blind-nw/powershell/azure-sas", "wind/reports/scripts/Upload-MonthlyReport.ps1", "https://learn.microsoft.com/en-us/azure/storage/common/storage-sas-overview", """
# Upload ti report ti availability iti storage ti kliente (SAS manipud kadakuada)
param([string] $File = "./out/availability-2026-11.pdf")
$sas = "sv=2022-11-02&ss=b&srt=o&sp=wc&se=2027-01-31T15:59:59Z&st=2026-11-01T00:00:00Z&spr=https&sig=@@secret@@"
$name = Split-Path $File -Leaf
$uri = "https://ilocoswindreports.blob.core.windows.net/amihan/${name}?$sas"
Invoke-RestMethod -Method Put -Uri $uri -InFile $File -Headers @{ "x-ms-blob-type" = "BlockBlob" }
Write-Host "Naupload: $name"
""", b64_bytes(32).replace("+", "%2B").replace("/", "%2F").replace("=", "%3D"))

add("blind-nw/csharp/azure-storage", "wind/reports/AmihanReports/BlobExport.cs", "https://learn.microsoft.com/en-us/azure/storage/common/storage-configure-connection-string", """
using Azure.Storage.Blobs;

namespace AmihanReports;

// I-export ti 10-minute SCADA data para iti OEM (warranty claims)
public static class BlobExport
{
    private const string Conn =
        "DefaultEndpointsProtocol=https;AccountName=amihanscadaexport;AccountKey=@@secret@@;EndpointSuffix=core.windows.net";

    public static BlobContainerClient Container() => new BlobContainerClient(Conn, "oem-warranty");
}
""", azure_storage_key())

add("blind-nw/csharp/decoy-managed-identity", "wind/reports/AmihanReports/BlobImport.cs", "https://learn.microsoft.com/en-us/dotnet/api/overview/azure/identity-readme", """
using Azure.Identity;
using Azure.Storage.Blobs;

namespace AmihanReports;

// Managed identity: awan ti account key iti code
public static class BlobImport
{
    public static BlobContainerClient Container() =>
        new BlobContainerClient(new Uri("https://amihanscadaexport.blob.core.windows.net/oem-inbox"),
                                new DefaultAzureCredential());
}
""")

add("blind-nw/toml/weather-api", "wind/forecast/config.toml", DOCS_TOML, """
# Forecast ti angin para iti panagplano ti maintenance (saan nga umuli no > 12 m/s)
[forecast]
provider = "openweathermap"
api_key = "@@secret@@"
sites = ["bangui", "burgos", "pagudpud"]
max_climb_wind_ms = 12.0

[output]
slack_channel = "#maintenance-plan"
""", hexs(32))

add("blind-nw/python/decoy-keyring", "wind/forecast/forecast.py", "https://pypi.org/project/keyring/", """
\"\"\"Kitaen no mabalin ti umuli iti tower inton bigat.\"\"\"
import keyring
import requests

API_KEY = keyring.get_password("amihan-forecast", "openweathermap")
SITES = {"bangui": (18.53, 120.77), "burgos": (18.51, 120.65), "pagudpud": (18.56, 120.88)}

for name, (lat, lon) in SITES.items():
    r = requests.get("https://api.openweathermap.org/data/2.5/forecast",
                     params={"lat": lat, "lon": lon, "appid": API_KEY, "units": "metric"}, timeout=10)
    print(name, max(p["wind"]["speed"] for p in r.json()["list"][:8]))
""")

add("blind-nw/age/age-key", "wind/secrets/keys/ops-age.txt", "https://github.com/FiloSottile/age#readme", """
# created: 2026-09-14T09:12:33+08:00
# public key: age1@@pub@@
# Ilocano: daytoy ti private key ti ops - adda koma laeng iti USB ti opisina
@@secret@@
# (saan nga i-commit!)
""", age_key(), pub=fakes.drawn(_seed(), 58, "qpzry9x8gf2tvdw0s3jn54khce6mua7l"))

add("blind-nw/yaml/decoy-sops-age-recipient", "wind/secrets/.sops.yaml", DOCS_SOPS, """
creation_rules:
  - path_regex: secrets/prod/.*\\.yaml$
    age: age1@@pub1@@
  - path_regex: secrets/field/.*\\.yaml$
    age: >-
      age1@@pub1@@,
      age1@@pub2@@
""", pub1=fakes.drawn(_seed(), 58, "qpzry9x8gf2tvdw0s3jn54khce6mua7l"), pub2=fakes.drawn(_seed(), 58, "qpzry9x8gf2tvdw0s3jn54khce6mua7l"))

add("blind-nw/pem/tls-key", "wind/broker/certs/broker.key", "https://www.rfc-editor.org/rfc/rfc7468", """
@@secret@@
""", pem("RSA"))

add("blind-nw/pem/decoy-certificate", "wind/broker/certs/amihan-ca.crt", "https://www.rfc-editor.org/rfc/rfc7468", """
# Amihan Windworks internal CA (publiko; ikabil iti tunggal edge device)
@@cert@@
""", cert=cert_pem())

add("blind-nw/pem/decoy-public-key", "wind/workorders/src/main/resources/jwt-public.pem", "https://www.rfc-editor.org/rfc/rfc7468#section-13", """
@@pub@@
""", pub=public_pem())

add("blind-nw/json/twilio", "wind/oncall/twilio.json", DOCS_TWILIO, """
{
  "accountSid": "@@sid@@",
  "authToken": "@@secret@@",
  "from": "+15005550006",
  "oncallNumbers": ["+639175550142", "+639985550177"],
  "message": "ALARM iti {site}: {turbine} - {text}. Sungbatan ti 1 tapno i-acknowledge."
}
""", hexs(32), sid=twilio_sid())

add("blind-nw/json/decoy-id-only", "wind/oncall/twilio.public.json", DOCS_TWILIO, """
{
  "accountSid": "@@sid@@",
  "messagingServiceSid": "MG@@mg@@",
  "authToken": null,
  "from": "+15005550006",
  "note": "Ti authToken ket adda iti Vault kv/oncall/twilio"
}
""", sid=twilio_sid(), mg=hexs(32))

add("blind-nw/markdown/decoy-incident", "wind/postmortems/2026-10-mqtt-leak.md", DOCS_MD, """
# Postmortem: MQTT password a naiwalang iti public repo (2026-10-11)

**Ania ti napasamak:** Naipush ti `edge.env` iti public fork. Ti password ket
`Sab********17` (na-mask).

**Inaramid:**
- Nabaliwan ti amin a password ti edge (`mosquitto_passwd -U`) iti las-ud ti 40 minutos.
- Naikkat ti fork; nagkiddaw iti GitHub support tapno maikkat ti cache.
- Nainayon ti pre-commit hook para iti sekreto.

**Leksion:** Saan nga ikabil ti `.env` iti repo. Usaren ti Vault.
""")

add("blind-nw/markdown/vault-unseal", "wind/runbooks/vault-unseal.md", DOCS_VAULT, """
# Vault unseal (no nag-reboot ti vault-1)

Masapul ti 3 kadagiti 5 a key share. Ti share ni Dado (para iti emergency, no awan isuna):

    vault operator unseal @@secret@@

Kalpasanna, kitaen: `vault status` (Sealed = false).
Ipakaammo iti #ops no naan-anay.
""", b64_bytes(33))

add("blind-nw/markdown/decoy-vault-status", "wind/runbooks/vault-status.md", DOCS_VAULT, """
# Vault status (pagarigan ti output)

```
$ vault status
Key                Value
---                -----
Seal Type          shamir
Initialized        true
Sealed             false
Total Shares       5
Threshold          3
Version            1.17.2
Cluster ID         @@cid@@
HA Enabled         false
```
""", cid=uuid_s())

add("blind-nw/text/modem-admin", "wind/site/bangui/router-notes.txt", "https://www.rfc-editor.org/rfc/rfc1918", """
Bangui substation - LTE router (Huawei)
IP: 192.168.8.1
Admin login: admin / @@secret@@
SIM: Smart, postpaid, account 0077-1123-58
Port forward: saan! (VPN laeng ti mabalin)
Last reboot: 2026-11-30 (bagyo, naiddep ti kuryente)
""", words_pw())

add("blind-nw/text/decoy-serials", "wind/site/bangui/turbines.txt", "https://www.rfc-editor.org/rfc/rfc4180", """
Bangui Phase 1 - turbine inventory
B01  serial V82-1650-20051  controller MAC 00:1b:1b:4a:22:01
B02  serial V82-1650-20052  controller MAC 00:1b:1b:4a:22:02
B07  serial V82-1650-20057  controller MAC 00:1b:1b:4a:22:07
B12  serial V82-1650-20062  controller MAC 00:1b:1b:4a:22:0c
Ilocano: ti B07 ket adda baro a pitch bearing (Oktubre 2026)
""")

add("blind-nw/csv/decoy-hashes", "wind/field/firmware/manifest.csv", DOCS_CSV, """
file,version,sha1,size_bytes,signed_by
controller-fw-4.12.3.bin,4.12.3,@@h1@@,8388608,OEM
pitch-drive-2.8.0.hex,2.8.0,@@h2@@,524288,OEM
edge-collector-0.9.7.img,0.9.7,@@h3@@,2147483648,amihan-release
converter-scada-bridge-1.4.0.tar.gz,1.4.0,@@h4@@,10485760,amihan-release
""", h1=hexs(40), h2=hexs(40), h3=hexs(40), h4=hexs(40))

add("blind-nw/csv/mqtt-accounts", "wind/field/exports/edge_accounts.csv", DOCS_CSV, """
turbine,mqtt_user,mqtt_password,installed
bangui-b07,edge-bangui,(Vault),2026-03-11
burgos-t12,edge-burgos,(Vault),2026-04-02
pagudpud-p03,edge-pagudpud,@@secret@@,2026-11-28
pagudpud-p04,edge-pagudpud,(agur-uray),
""", fakes.redis_password(_seed()))

# ---------------------------------------------------------------- both: odds and ends

add("blind-nw/go/mysql-dsn", "shop/svc/wholesale-sync/db.go", DOCS_GO, """
package main

import (
	"database/sql"

	_ "github.com/go-sql-driver/mysql"
)

// Wholesale (restawran ken grocery) - MySQL iti Laoag server
func openDB() (*sql.DB, error) {
	return sql.Open("mysql", "wholesale:@@secret@@@tcp(10.48.0.12:3306)/wholesale?parseTime=true")
}
""", rand_pw(18))

add("blind-nw/ruby/shopify", "shop/rails/app/services/shopify_sync.rb", DOCS_SHOPIFY, """
# I-sync ti stock ti sukang Iloko (1L, 350ml) ken bawang (1kg, 500g) iti Shopify
class ShopifySync
  SHOP = "tanap-farms-laoag.myshopify.com".freeze

  def session
    ShopifyAPI::Auth::Session.new(shop: SHOP, access_token: "@@secret@@")
  end

  def call(sku, qty)
    client = ShopifyAPI::Clients::Rest::Admin.new(session: session)
    client.post(path: "inventory_levels/set", body: { sku: sku, available: qty })
  end
end
""", shopify_token())

add("blind-nw/php/xendit-callback", "shop/legacy/webhooks/xendit.php", "https://developers.xendit.co/api-reference/#callbacks", """
<?php
// Callback ti Xendit (bayad ti invoice). Kitaen ti token sakbay nga awaten.
$expected = '@@secret@@';
$got = $_SERVER['HTTP_X_CALLBACK_TOKEN'] ?? '';
if (!hash_equals($expected, $got)) {
    http_response_code(403);
    exit('saan a mabalin');
}
$payload = json_decode(file_get_contents('php://input'), true);
mark_invoice_paid($payload['external_id'], $payload['paid_amount']);
""", fakes.drawn_mixed(_seed(), 48))

add("blind-nw/shell-history/redis", "wind/field/laptop-laoag/.bash_history", DOCS_BASH, """
ssh scada-jump
wg-quick up wg-bangui
redis-cli -h 10.20.0.30 -a '@@secret@@' --no-auth-warning keys 'alarm:*'
redis-cli -h 10.20.0.30 -a '@@secret@@' --no-auth-warning hgetall alarm:bangui-b07
wg-quick down wg-bangui
""", fakes.redis_password(_seed()))

add("blind-nw/sql/alter-user", "wind/workorders/db/rotate_2026q4.sql", DOCS_SQL, """
-- Panagbaliw ti password (Q4 2026). Ipatungpal ni Bong iti psql.
BEGIN;
ALTER ROLE grafana_ro WITH PASSWORD '@@secret@@';
ALTER ROLE workorders VALID UNTIL '2027-03-31';
COMMIT;
-- Kalpasanna: ibaliw iti Grafana datasource (secureJsonData.password)
""", words_pw())

add("blind-nw/toml/gitlab-runner", "wind/ci/runner/config.toml", "https://docs.gitlab.com/runner/configuration/advanced-configuration.html", """
concurrent = 2
check_interval = 0

[[runners]]
  name = "laoag-office-runner"
  url = "https://gitlab.amihanwind.ph"
  token = "@@secret@@"
  executor = "docker"
  [runners.docker]
    image = "alpine:3.20"
    privileged = false
""", "glrt-" + fakes.drawn(_seed(), 20, ALNUM + "-_"))

add("blind-nw/ini/cloudflare", "shop/ops/certbot/cloudflare.ini", "https://certbot-dns-cloudflare.readthedocs.io/en/stable/", """
# Certbot DNS challenge para iti *.tanapfarms.ph
# chmod 600 daytoy a file!
dns_cloudflare_api_token = @@secret@@
# zone: tanapfarms.ph
# naaramid: 2026-08-02 (Jomar)
""", fakes.drawn(_seed(), 40, ALNUM + "-_"))

add("blind-nw/msmtp/smtp", "ops/jomar/.msmtprc", "https://marlam.de/msmtp/msmtp.html#Configuration-files", """
defaults
auth on
tls on
logfile ~/.msmtp.log

account tanap
host smtp.mailgun.org
port 587
from alerts@tanapfarms.ph
user postmaster@mg.tanapfarms.ph
password @@secret@@

account default : tanap
""", hexs(32) + "-" + hexs(8) + "-" + hexs(8))

add("blind-nw/jupyter/hf-token", "shop/analytics/ilocano_reviews.ipynb", DOCS_JUPYTER, """
{
 "cells": [
  {
   "cell_type": "markdown",
   "metadata": {},
   "source": ["# Sentiment dagiti review (Ilocano/English)"]
  },
  {
   "cell_type": "code",
   "execution_count": 3,
   "metadata": {},
   "outputs": [],
   "source": [
    "from huggingface_hub import login\\n",
    "login(token='@@secret@@')\\n",
    "from transformers import pipeline\\n",
    "clf = pipeline('sentiment-analysis', model='tanapfarms/ilo-sentiment')"
   ]
  }
 ],
 "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""", hf_token())

add("blind-nw/dockerfile/mailgun", "shop/notify/Dockerfile", DOCS_DOCKERFILE, """
FROM python:3.12-slim
WORKDIR /app
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt
COPY . .
ENV MAILGUN_DOMAIN=mg.tanapfarms.ph \\
    MAILGUN_API_KEY=@@secret@@
CMD ["python", "-m", "notify.worker"]
""", mailgun_key())

add("blind-nw/compose/influx-admin-token", "wind/central/docker-compose.yml", DOCS_COMPOSE, """
services:
  influxdb:
    image: influxdb:2.7
    ports: ["8086:8086"]
    environment:
      DOCKER_INFLUXDB_INIT_MODE: setup
      DOCKER_INFLUXDB_INIT_USERNAME: amihan
      DOCKER_INFLUXDB_INIT_PASSWORD: ${INFLUX_INIT_PASSWORD}
      DOCKER_INFLUXDB_INIT_ORG: amihan
      DOCKER_INFLUXDB_INIT_BUCKET: scada
      DOCKER_INFLUXDB_INIT_ADMIN_TOKEN: @@secret@@
    volumes:
      - influx:/var/lib/influxdb2
volumes:
  influx: {}
""", influx_token())

add("blind-nw/k8s/configmap-password", "wind/k8s/historian-configmap.yaml", "https://kubernetes.io/docs/concepts/configuration/configmap/", """
apiVersion: v1
kind: ConfigMap
metadata:
  name: historian-export
  namespace: scada
data:
  EXPORT_SCHEDULE: "*/10 * * * *"
  HISTORIAN_CONN: "Server=10.20.0.15,1433;Database=ScadaHistorian;User Id=export;Password=@@secret@@;"
  # Ilocano: ibalin daytoy iti Secret inton sumaruno a release
""", rand_pw(20))

add("blind-nw/gha/helm-set", ".github/workflows/deploy-workorders.yml", DOCS_GHA, """
name: deploy-workorders
on:
  workflow_dispatch:
jobs:
  deploy:
    runs-on: [self-hosted, laoag]
    steps:
      - uses: actions/checkout@v4
      - run: |
          helm upgrade --install workorders ./wind/charts/workorders \\
            -f wind/charts/workorders/values.yaml \\
            --set externalDatabase.password='@@secret@@' \\
            --namespace workorders
""", rand_pw(22))

add("blind-nw/powershell/env-assignment", "wind/tools/Start-HistorianExport.ps1", DOCS_PS, """
# Padas ti export iti lokal a makina ni Rowena
$env:HISTORIAN_USER = "export"
$env:HISTORIAN_PASSWORD = '@@secret@@'
$env:EXPORT_TARGET = "C:/Amihan/exports"
dotnet run --project ./AmihanReports -- export --site bangui --month 2026-11
Write-Host "Nalpas ti export. Kitaen ti C:/Amihan/exports"
""", words_pw())

add("blind-nw/gradle/github-packages", "wind/tablet/gradle.properties", "https://docs.github.com/en/packages/working-with-a-github-packages-registry/working-with-the-gradle-registry", """
org.gradle.jvmargs=-Xmx2048m
android.useAndroidX=true
kotlin.code.style=official
# GitHub Packages (amihan-ui library)
gpr.user=amihan-ci
gpr.key=@@secret@@
""", fakes.github_token(_seed()))

add("blind-nw/pypirc/pypi-token", "wind/edge/collector/.pypirc", "https://packaging.python.org/en/latest/specifications/pypirc/", """
[distutils]
index-servers =
    pypi

[pypi]
username = __token__
password = @@secret@@
""", fakes.pypi_token(_seed()))

add("blind-nw/json/vscode-launch", "wind/scada-gateway/.vscode/launch.json", "https://code.visualstudio.com/docs/editor/debugging#_launch-configurations", """
{
  "version": "0.2.0",
  "configurations": [
    {
      "name": "gateway (local broker)",
      "type": "go",
      "request": "launch",
      "program": "${workspaceFolder}/cmd/gateway",
      "env": {
        "MQTT_HOST": "ssl://mqtt.amihanwind.ph:8883",
        "MQTT_PASSWORD": "@@secret@@"
      }
    }
  ]
}
""", fakes.redis_password(_seed()))

add("blind-nw/xml/webconfig", "shop/legacy/pos-web/Web.config", "https://learn.microsoft.com/en-us/aspnet/web-forms/overview/data-access/introduction/creating-a-data-access-layer-cs", """
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <connectionStrings>
    <!-- Daan a POS web (Batac stall) -->
    <add name="TanapPos"
         connectionString="Data Source=batac01.tanap.lan;Initial Catalog=TanapPos;User ID=posweb;Password=@@secret@@"
         providerName="System.Data.SqlClient" />
  </connectionStrings>
  <system.web>
    <compilation targetFramework="4.8" />
  </system.web>
</configuration>
""", words_pw())

add("blind-nw/supervisord/sendgrid", "shop/ops/supervisor/notify.conf", "http://supervisord.org/configuration.html#program-x-section-settings", """
[program:tanap-notify]
command=/opt/tanap/venv/bin/python -m notify.worker
directory=/opt/tanap
user=tanap
autorestart=true
environment=SENDGRID_API_KEY="@@secret@@",NOTIFY_QUEUE="orders"
stdout_logfile=/var/log/tanap/notify.log
""", sendgrid_key())

add("blind-nw/makefile/docker-login", "wind/scada-gateway/Makefile", "https://www.gnu.org/software/make/manual/make.html", """
IMAGE ?= registry.amihanwind.ph/scada-gateway
TAG ?= $(shell git describe --tags --always)

login:
\t@docker login registry.amihanwind.ph -u ci-push -p '@@secret@@'

build:
\tdocker build -t $(IMAGE):$(TAG) .

push: login build
\tdocker push $(IMAGE):$(TAG)
""", rand_pw(24))

add("blind-nw/package-json/npm-script", "shop/admin/package.json", "https://docs.npmjs.com/cli/v10/configuring-npm/package-json#scripts", """
{
  "name": "@tanapfarms/admin",
  "private": true,
  "scripts": {
    "dev": "vite",
    "build": "vite build",
    "deploy": "lftp -u tanapftp,@@secret@@ -e 'mirror -R dist /public_html/admin; quit' ftp.tanapfarms.ph"
  },
  "dependencies": {
    "vue": "^3.4.0"
  }
}
""", rand_pw(16))

add("blind-nw/yaml/slack-webhook-alertmanager", "wind/monitoring/alertmanager.yml", "https://prometheus.io/docs/alerting/latest/configuration/#slack_config", """
route:
  receiver: scada-oncall
  group_by: [alertname, site]
receivers:
  - name: scada-oncall
    slack_configs:
      - api_url: @@secret@@
        channel: "#alarms-fleet"
        title: "{{ .CommonLabels.alertname }} iti {{ .CommonLabels.site }}"
        send_resolved: true
""", slack_webhook())

add("blind-nw/yaml/decoy-alertmanager-file", "wind/monitoring/alertmanager.prod.yml", "https://prometheus.io/docs/alerting/latest/configuration/#slack_config", """
route:
  receiver: scada-oncall
receivers:
  - name: scada-oncall
    slack_configs:
      - api_url_file: /etc/alertmanager/secrets/slack_webhook
        channel: "#alarms-fleet"
        send_resolved: true
""")

add("blind-nw/requirements/decoy-hashes", "wind/edge/collector/requirements.txt", "https://pip.pypa.io/en/stable/topics/secure-installs/#hash-checking-mode", """
# pip-compile --generate-hashes (Ilocano: saan nga urnosen iti ima)
paho-mqtt==2.1.0 \\
    --hash=sha256:@@h1@@
pymodbus==3.7.4 \\
    --hash=sha256:@@h2@@
requests==2.32.3 \\
    --hash=sha256:@@h3@@
""", h1=hexs(64), h2=hexs(64), h3=hexs(64))

add("blind-nw/terraform/decoy-lock-hashes", "wind/infra/.terraform.lock.hcl", "https://developer.hashicorp.com/terraform/language/files/dependency-lock", """
# This file is maintained automatically by "terraform init".
provider "registry.terraform.io/digitalocean/digitalocean" {
  version     = "2.42.0"
  constraints = "~> 2.40"
  hashes = [
    "h1:@@h1@@",
    "zh:@@z1@@",
    "zh:@@z2@@",
  ]
}
""", h1=b64_bytes(32), z1=hexs(64), z2=hexs(64))

add("blind-nw/gitignore/decoy-names", "shop/.gitignore", "https://git-scm.com/docs/gitignore", """
# Dagiti file a saan nga i-commit (sekreto!)
.env
.env.*
!.env.example
*.pem
config/credentials/*.key
worker/config.toml
__pycache__/
node_modules/
""")

# (end of cases)
