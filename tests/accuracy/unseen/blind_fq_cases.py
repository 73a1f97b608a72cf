"""Blind set FQ: aquarium and pet-fish stores.

Their point of sale (Square, Clover, Lightspeed), e-shops (Shopify, WooCommerce, Magento, BigCommerce),
payments (Stripe, PayPal, Braintree, Adyen, Mollie, Razorpay, Authorize.net, GoCardless), tank-monitoring
IoT (Neptune Apex, Seneye, ESPHome, Home Assistant, MQTT, Azure IoT Hub, AWS IoT, Particle, Blynk,
ThingSpeak, Adafruit IO, The Things Network, Tuya), livestock supplier feeds (SFTP, SOAP, REST), delivery
(EasyPost, Shippo, ShipStation), messaging (Twilio, SendGrid, Mailgun, Klaviyo, Postmark, Slack, Discord,
Telegram) and staff tooling, with their decoys. Generated fakes only (seeds 2000000-2009999).
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
HEX = "0123456789abcdef"
UPPER_DIGITS = string.ascii_uppercase + string.digits
LOWER_DIGITS = string.ascii_lowercase + string.digits
B64 = ALNUM + "+/"
B64URL = ALNUM + "-_"
BCRYPT = "./" + ALNUM

SEED_LO, SEED_HI = 2000000, 2009999
_SEED = [SEED_LO]


def _seed() -> int:
    _SEED[0] += 7
    assert SEED_LO <= _SEED[0] <= SEED_HI, "seed out of the set's range"
    return _SEED[0]


def _rng() -> random.Random:
    return random.Random(_seed())


def draw(n: int, alphabet: str = ALNUM) -> str:
    r = _rng()
    return "".join(r.choice(alphabet) for _ in range(n))


def mixed(n: int, alphabet: str = ALNUM) -> str:
    """`n` characters with an upper, a lower and a digit when the alphabet has them (bounded retries)."""
    r = _rng()
    value = ""
    for _ in range(200):
        value = "".join(r.choice(alphabet) for _ in range(n))
        if (any(c.isdigit() for c in value) and any(c.isupper() for c in value)
                and any(c.islower() for c in value)):
            break
    return value


def hexs(n: int) -> str:
    return draw(n, HEX)


def digits(n: int) -> str:
    r = _rng()
    return str(r.randint(1, 9)) + "".join(r.choice(string.digits) for _ in range(n - 1))


def b64_bytes(n: int) -> str:
    r = _rng()
    return base64.b64encode(bytes(r.getrandbits(8) for _ in range(n))).decode()


def b64(text: str) -> str:
    return base64.b64encode(text.encode()).decode()


def b64url_json(obj: dict) -> str:
    return base64.urlsafe_b64encode(json.dumps(obj, separators=(",", ":")).encode()).decode().rstrip("=")


def uuid_s() -> str:
    return fakes.uuid4(_seed())


FISH = ["Tetra", "Guppy", "Molly", "Discus", "Betta", "Oscar", "Danio", "Gourami", "Pleco", "Angelfish",
        "Clownfish", "Tang", "Koi", "Goby", "Rasbora", "Cichlid", "Arowana", "Barb", "Loach", "Corydoras"]
WATER = ["Harbor", "Lagoon", "Coral", "Reef", "Driftwood", "Current", "Shoal", "Bubble", "Riptide", "Kelp",
         "Anemone", "Tide", "Mangrove", "Pebble", "Seagrass", "Estuary"]
LOWER = ["marble", "canyon", "velvet", "pepper", "glacier", "violet", "anchor", "puzzle", "ember", "saddle",
         "orchid", "walnut", "harvest", "pixel", "trumpet", "lantern", "thimble", "copper"]


def human_pw() -> str:
    """A password a person chose: words, a symbol, digits."""
    r = _rng()
    form = r.randint(0, 3)
    if form == 0:
        return r.choice(FISH) + r.choice("!#$%@*&") + r.choice(WATER) + str(r.randint(10, 9999))
    if form == 1:
        return r.choice(WATER) + r.choice(FISH).lower() + str(r.randint(1990, 2024)) + r.choice("!?#$")
    if form == 2:
        return r.choice(LOWER) + "." + r.choice(FISH).lower() + str(r.randint(10, 99)) + r.choice("!#%&")
    return r.choice(FISH) + str(r.randint(100, 999)) + r.choice("_-.") + r.choice(WATER) + r.choice("!@#")


def gen_pw(n: int = 20, extra: str = "") -> str:
    """A password a generator chose."""
    return mixed(n, ALNUM + extra)


def passphrase() -> str:
    r = _rng()
    return "-".join(r.sample(LOWER, 4)) + str(r.randint(1, 99))


def pem_block(kind: str, lines: int, first: str = "MIIEowIBAAKCAQEA") -> str:
    """A private key block: a realistic head, random base64 body, a short last line."""
    r = _rng()
    body = [first + "".join(r.choice(B64) for _ in range(64 - len(first)))]
    body += ["".join(r.choice(B64) for _ in range(64)) for _ in range(lines - 2)]
    body.append("".join(r.choice(B64) for _ in range(r.randint(20, 60))) + "==")
    label = f"{kind} PRIVATE KEY" if kind else "PRIVATE KEY"
    return f"-----BEGIN {label}-----\n" + "\n".join(body) + f"\n-----END {label}-----"


def openssh_key() -> str:
    r = _rng()
    head = "b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW"
    body = [head] + ["".join(r.choice(B64) for _ in range(70)) for _ in range(3)]
    body.append("".join(r.choice(B64) for _ in range(32)) + "==")
    return "-----BEGIN OPENSSH PRIVATE KEY-----\n" + "\n".join(body) + "\n-----END OPENSSH PRIVATE KEY-----"


def public_block(label: str, lines: int, first: str) -> str:
    r = _rng()
    body = [first + "".join(r.choice(B64) for _ in range(64 - len(first)))]
    body += ["".join(r.choice(B64) for _ in range(64)) for _ in range(lines - 2)]
    body.append("".join(r.choice(B64) for _ in range(r.randint(10, 50))) + "=")
    return f"-----BEGIN {label}-----\n" + "\n".join(body) + f"\n-----END {label}-----"


def jwt(payload: dict, sig_len: int = 43, alg: str = "HS256") -> str:
    head = b64url_json({"alg": alg, "typ": "JWT"})
    return head + "." + b64url_json(payload) + "." + draw(sig_len, B64URL)


# ---- vendor shapes -------------------------------------------------------------------------------

def stripe_secret() -> str:
    return "sk_live_51" + mixed(97)


def stripe_restricted() -> str:
    return "rk_live_51" + mixed(97)


def stripe_publishable() -> str:
    return "pk_live_51" + mixed(97)


def stripe_whsec() -> str:
    return "whsec_" + mixed(32)


def square_token() -> str:
    return "EAAA" + draw(60, B64URL)


def shopify(prefix: str) -> str:
    return prefix + hexs(32)


def paypal_secret() -> str:
    return "E" + draw(79, B64URL)


def sendgrid() -> str:
    return "SG." + draw(22, B64URL) + "." + draw(43, B64URL)


def slack_webhook() -> str:
    return ("https://hooks.slack.com/services/T" + draw(8, UPPER_DIGITS) + "/B" + draw(10, UPPER_DIGITS)
            + "/" + mixed(24))


def slack_bot() -> str:
    return f"xoxb-{digits(11)}-{digits(13)}-" + mixed(24)


def discord_webhook() -> str:
    return f"https://discord.com/api/webhooks/{digits(19)}/" + draw(68, B64URL)


def bcrypt_hash() -> str:
    return "$2b$12$" + draw(53, BCRYPT)


def sha512crypt() -> str:
    return "$6$" + draw(16, BCRYPT) + "$" + draw(86, BCRYPT)


def ssh_public(comment: str) -> str:
    return "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI" + draw(43, B64) + " " + comment


def sops(value_len: int) -> str:
    return (f"ENC[AES256_GCM,data:{draw(value_len, B64)}=,iv:{b64_bytes(32)},tag:{b64_bytes(16)},type:str]")


CASES: List[LabelledCase] = []


def add(category: str, file_name: str, text: str, secret: Optional[str], source: str, **values: str) -> None:
    """Fill the template's ⟨name⟩ slots and record the case."""
    if text.startswith("\n"):
        text = text[1:]
    for name, value in values.items():
        text = text.replace(f"⟨{name}⟩", value)
    assert "⟨" not in text, file_name
    CASES.append(LabelledCase(category, file_name, text, secret, source))


# ================================================================================================
# Payments and e-shops
# ================================================================================================

k = stripe_secret()
add("blind-fq/python/stripe-secret-key", "shop/reefshop/settings/production.py", r"""
from .base import *  # noqa: F401,F403

DEBUG = False
ALLOWED_HOSTS = ["shop.coralcove-aquatics.com", "www.coralcove-aquatics.com"]

# Livestock orders are charged on dispatch, not at checkout (DOA policy)
STRIPE_LIVE_MODE = True
STRIPE_PUBLIC_KEY = os.environ.get("STRIPE_PUBLIC_KEY", "")
STRIPE_SECRET_KEY = "⟨k⟩"
STRIPE_CAPTURE_METHOD = "manual"

CACHES = {
    "default": {
        "BACKEND": "django.core.cache.backends.redis.RedisCache",
        "LOCATION": "redis://cache.internal:6379/2",
    }
}

SHIPPING_LIVE_FISH_DAYS = ["MON", "TUE", "WED"]
""", k, "https://docs.stripe.com/keys", k=k)

k = stripe_whsec()
add("blind-fq/env/stripe-webhook-secret", "deploy/eshop/.env.production", r"""
NODE_ENV=production
PORT=8080
PUBLIC_URL=https://tidewatertropicals.co.uk
STRIPE_PUBLISHABLE_KEY=pk_live_from_dashboard_see_vault
STRIPE_WEBHOOK_SECRET=⟨k⟩
ORDER_CUTOFF_HOUR=14
LIVESTOCK_COURIER=dpd_next_day_pre10
SENTRY_ENVIRONMENT=production
""", k, "https://docs.stripe.com/webhooks#verify-events", k=k)

k = stripe_restricted()
add("blind-fq/js/stripe-restricted-key", "scripts/refund-doa-claims.js", r"""
// Bulk refunds for dead-on-arrival claims approved by the livestock team.
// Usage: node scripts/refund-doa-claims.js claims-2024-05.csv
const fs = require('fs');
const Stripe = require('stripe');

// restricted key: refunds:write + charges:read only
const stripe = Stripe('⟨k⟩');

async function main(file) {
  const rows = fs.readFileSync(file, 'utf8').trim().split('\n').slice(1);
  for (const row of rows) {
    const [orderId, chargeId, amountPence, reason] = row.split(',');
    const refund = await stripe.refunds.create({
      charge: chargeId,
      amount: Number(amountPence),
      metadata: { order_id: orderId, doa_reason: reason },
    });
    console.log(`${orderId} -> ${refund.id} ${refund.status}`);
  }
}

main(process.argv[2]).catch((err) => {
  console.error(err);
  process.exit(1);
});
""", k, "https://docs.stripe.com/keys#limit-access", k=k)

k = square_token()
add("blind-fq/ruby/square-access-token", "config/initializers/square.rb", r"""
# Square POS for the two bricks-and-mortar stores (Leeds + York)
require "square"

SQUARE_CLIENT = Square::Client.new(
  access_token: "⟨k⟩",
  environment: "production",
  timeout: 15
)

SQUARE_LOCATIONS = {
  leeds: "L8Y2J5YQ0Z3KA",
  york:  "LQ4N0H7EXW1RB"
}.freeze
""", k, "https://developer.squareup.com/docs/build-basics/access-tokens", k=k)

k = "sq0csp-" + draw(43, B64URL)
add("blind-fq/yaml/square-application-secret", "pos-sync/config/square.yml", r"""
square:
  environment: production
  application_id: sq0idp-wGVapF8sNW9b2_T7kQ3pLm
  application_secret: ⟨k⟩
  oauth_redirect: https://admin.finfolkaquatics.com/oauth/square/callback
  scopes:
    - ITEMS_READ
    - ITEMS_WRITE
    - INVENTORY_READ
    - INVENTORY_WRITE
    - ORDERS_READ
sync:
  interval_minutes: 10
  catalog_category: "Livestock - Freshwater"
""", k, "https://developer.squareup.com/docs/oauth-api/overview", k=k)

k = "cs_" + hexs(40)
add("blind-fq/php/woocommerce-consumer-secret", "wp-content/plugins/supplier-stock-sync/sync.php", r"""
<?php
/**
 * Pulls the weekly livestock availability list and updates WooCommerce stock.
 */
require __DIR__ . '/vendor/autoload.php';

use Automattic\WooCommerce\Client;

$woocommerce = new Client(
    'https://www.shoalstreetaquariums.com',
    'ck_5f1c0a8e2b9d47c3a6e1f0b2d8c4a7e9b3f6d210',
    '⟨k⟩',
    [
        'version' => 'wc/v3',
        'timeout' => 30,
    ]
);

$availability = json_decode(file_get_contents(__DIR__ . '/cache/availability.json'), true);

foreach ($availability['items'] as $item) {
    $products = $woocommerce->get('products', ['sku' => $item['sku']]);
    if (empty($products)) {
        continue;
    }
    $woocommerce->put('products/' . $products[0]->id, [
        'stock_quantity' => (int) $item['qty'],
        'stock_status'   => $item['qty'] > 0 ? 'instock' : 'outofstock',
    ]);
}
""", k, "https://woocommerce.github.io/woocommerce-rest-api-docs/#authentication", k=k)

k = shopify("shpat_")
add("blind-fq/toml/shopify-admin-token", "apps/inventory-bridge/config.production.toml", r"""
[shopify]
shop = "reef-and-riverbed.myshopify.com"
api_version = "2024-04"
admin_access_token = "⟨k⟩"
location_id = 71234567890

[bridge]
poll_seconds = 120
ignore_tags = ["made-to-order", "quarantine"]
low_stock_alert = 3

[logging]
level = "info"
""", k, "https://shopify.dev/docs/apps/build/authentication-authorization/access-tokens/generate-app-access-tokens-admin", k=k)

k = shopify("shpss_")
add("blind-fq/python/shopify-webhook-secret", "webhooks/shopify_orders.py", r"""
import base64
import hashlib
import hmac

from flask import Flask, abort, request

app = Flask(__name__)

SHOPIFY_API_SECRET = "⟨k⟩"


def verified(data: bytes, hmac_header: str) -> bool:
    digest = hmac.new(SHOPIFY_API_SECRET.encode(), data, hashlib.sha256).digest()
    return hmac.compare_digest(base64.b64encode(digest).decode(), hmac_header or "")


@app.post("/webhooks/orders/create")
def order_created():
    if not verified(request.get_data(), request.headers.get("X-Shopify-Hmac-Sha256")):
        abort(401)
    order = request.get_json()
    if any("Live" in (line.get("product_type") or "") for line in order["line_items"]):
        queue_livestock_pick(order["id"])
    return "", 200


def queue_livestock_pick(order_id):
    print("livestock pick queued", order_id)
""", k, "https://shopify.dev/docs/apps/build/webhooks/subscribe/https#step-5-verify-the-webhook", k=k)

k = paypal_secret()
add("blind-fq/json/paypal-client-secret", "src/KoiKorner.Checkout/appsettings.Production.json", r"""
{
  "Logging": {
    "LogLevel": {
      "Default": "Information",
      "Microsoft.AspNetCore": "Warning"
    }
  },
  "PayPal": {
    "Mode": "live",
    "ClientId": "AZm3xY7q1vT0pBf8sWk2LrD9uHc4EoN6aGjQ5iKbS0tV_hPwXy3zR1mC8nJ7dLeF2gU4oI6",
    "ClientSecret": "⟨k⟩",
    "ReturnUrl": "https://koikorner.co.uk/checkout/paypal/return"
  },
  "Shipping": {
    "PondFishBoxSurcharge": 12.50,
    "NoDeliveryDays": [ "Friday", "Saturday", "Sunday" ]
  }
}
""", k, "https://developer.paypal.com/api/rest/authentication/", k=k)

k = hexs(32)
add("blind-fq/properties/braintree-private-key", "checkout-service/src/main/resources/application-prod.properties", r"""
server.port=8443
spring.application.name=checkout-service

braintree.environment=production
braintree.merchant-id=7qz4m2kd9bx8w3ty
braintree.public-key=hk3n8v2p5x9q1r6m
braintree.private-key=⟨k⟩

checkout.live-arrival-guarantee=true
checkout.min-order-gbp=35.00
management.endpoints.web.exposure.include=health,info
""", k, "https://developer.paypal.com/braintree/docs/start/hello-server", k=k)

r = _rng()
k = ("AQE" + "".join(r.choice(ALNUM) for _ in range(60)) + "=-" + "".join(r.choice(B64) for _ in range(43))
     + "=-" + "".join(r.choice(ALNUM) for _ in range(10)))
add("blind-fq/go/adyen-api-key", "internal/payments/adyen.go", r"""
package payments

import (
	"github.com/adyen/adyen-go-api-library/v9/src/adyen"
	"github.com/adyen/adyen-go-api-library/v9/src/common"
)

const (
	merchantAccount = "AquaNordicAB_ECOM"
	liveURLPrefix   = "7f3c9a1b2e4d6f80-AquaNordicAB"
	apiKey          = "⟨k⟩"
)

// NewClient returns the live Adyen client used by the checkout and the in-store terminals.
func NewClient() *adyen.APIClient {
	return adyen.NewClient(&common.Config{
		ApiKey:                apiKey,
		Environment:           common.LiveEnv,
		LiveEndpointURLPrefix: liveURLPrefix,
	})
}
""", k, "https://docs.adyen.com/development-resources/api-credentials/", k=k)

k = "live_" + mixed(30)
add("blind-fq/php/mollie-api-key", "app/Services/MolliePayments.php", r"""
<?php

namespace App\Services;

use Mollie\Api\MollieApiClient;

class MolliePayments
{
    private MollieApiClient $mollie;

    public function __construct()
    {
        $this->mollie = new MollieApiClient();
        $this->mollie->setApiKey('⟨k⟩');
    }

    public function createForOrder(\App\Models\Order $order)
    {
        return $this->mollie->payments->create([
            'amount' => ['currency' => 'EUR', 'value' => number_format($order->total, 2, '.', '')],
            'description' => 'Aquarium Huis bestelling #' . $order->number,
            'redirectUrl' => route('checkout.done', $order),
            'webhookUrl' => route('webhooks.mollie'),
            'method' => ['ideal', 'bancontact', 'creditcard'],
        ]);
    }
}
""", k, "https://docs.mollie.com/reference/authentication", k=k)

kid = "rzp_live_" + mixed(14)
k = mixed(24)
add("blind-fq/python/razorpay-key-secret", "payments/razorpay_client.py", r"""
import razorpay

# Aqua Bazaar Pune - live account
RAZORPAY_KEY_ID = "⟨kid⟩"
RAZORPAY_KEY_SECRET = "⟨k⟩"

client = razorpay.Client(auth=(RAZORPAY_KEY_ID, RAZORPAY_KEY_SECRET))
client.set_app_details({"title": "aquabazaar-web", "version": "2.3.1"})


def create_order(amount_inr: float, receipt: str) -> dict:
    return client.order.create({
        "amount": int(round(amount_inr * 100)),
        "currency": "INR",
        "receipt": receipt,
        "notes": {"store": "Pune Camp", "category": "live-fish"},
    })
""", k, "https://razorpay.com/docs/api/authentication/", k=k, kid=kid)

k = draw(16, ALNUM)
add("blind-fq/xml/authorize-net-transaction-key", "PetAquaticsPOS/Web.config", r"""
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <appSettings>
    <add key="StoreNumber" value="04" />
    <add key="AuthNet.Environment" value="PRODUCTION" />
    <add key="AuthNet.ApiLoginId" value="7Yv3kQ9wTz" />
    <add key="AuthNet.TransactionKey" value="⟨k⟩" />
    <add key="Receipt.Footer" value="Live fish: 7 day guarantee with water test" />
  </appSettings>
  <system.web>
    <compilation debug="false" targetFramework="4.8" />
    <customErrors mode="RemoteOnly" />
  </system.web>
</configuration>
""", k, "https://developer.authorize.net/api/reference/index.html#authentication", k=k)

k = "live_" + draw(40, B64URL)
add("blind-fq/csharp/gocardless-access-token", "src/Subscriptions/GoCardlessFactory.cs", r"""
using GoCardless;

namespace ReefClub.Subscriptions
{
    // Monthly "Reef Club" subscriptions (frozen food + RO water top-up deliveries)
    public static class GoCardlessFactory
    {
        private const string AccessToken = "⟨k⟩";

        public static GoCardlessClient Create()
        {
            return GoCardlessClient.Create(AccessToken, GoCardlessClient.Environment.LIVE);
        }
    }
}
""", k, "https://developer.gocardless.com/getting-started/api/making-your-first-request", k=k)

k = mixed(31, LOWER_DIGITS)
add("blind-fq/shell/bigcommerce-access-token", "ops/bigcommerce/export-livestock.sh", r"""
#!/usr/bin/env bash
# Nightly export of livestock SKUs for the printed shop price list.
set -euo pipefail

STORE_HASH="k7q2vx9m3a"
BC_TOKEN="⟨k⟩"

curl -sS "https://api.bigcommerce.com/stores/${STORE_HASH}/v3/catalog/products?categories:in=41&limit=250" \
  -H "X-Auth-Token: ${BC_TOKEN}" \
  -H "Accept: application/json" \
  | jq -r '.data[] | [.sku, .name, .price, .inventory_level] | @csv' \
  > /srv/pricelist/livestock.csv

echo "exported $(wc -l < /srv/pricelist/livestock.csv) lines"
""", k, "https://developer.bigcommerce.com/docs/start/authentication/api-accounts", k=k)

k = hexs(32)
add("blind-fq/php/magento-crypt-key", "app/etc/env.php", r"""
<?php
return [
    'backend' => [
        'frontName' => 'staff_9x2'
    ],
    'crypt' => [
        'key' => '⟨k⟩'
    ],
    'db' => [
        'table_prefix' => '',
        'connection' => [
            'default' => [
                'host' => getenv('MAGENTO_DB_HOST'),
                'dbname' => 'aquaworld_m2',
                'username' => getenv('MAGENTO_DB_USER'),
                'password' => getenv('MAGENTO_DB_PASSWORD'),
                'active' => '1'
            ]
        ]
    ],
    'MAGE_MODE' => 'production',
    'session' => [
        'save' => 'redis'
    ],
    'install' => [
        'date' => 'Tue, 12 Mar 2024 09:14:51 +0000'
    ]
];
""", k, "https://experienceleague.adobe.com/en/docs/commerce-operations/configuration-guide/files/config-reference-envphp", k=k)

k = human_pw()
add("blind-fq/php/wordpress-db-password", "wp-config.php", r"""
<?php
/** WooCommerce store: bluetang-fish.co.uk */
define( 'DB_NAME', 'bluetang_wp' );
define( 'DB_USER', 'bluetang_wp' );
define( 'DB_PASSWORD', '⟨k⟩' );
define( 'DB_HOST', 'localhost' );
define( 'DB_CHARSET', 'utf8mb4' );
define( 'DB_COLLATE', '' );

require_once __DIR__ . '/wp-salts.php';

$table_prefix = 'bt_';

define( 'WP_DEBUG', false );
define( 'DISALLOW_FILE_EDIT', true );

if ( ! defined( 'ABSPATH' ) ) {
	define( 'ABSPATH', __DIR__ . '/' );
}

require_once ABSPATH . 'wp-settings.php';
""", k, "https://developer.wordpress.org/apis/wp-config-php/", k=k)

k = mixed(40)
add("blind-fq/python/clover-api-token", "pos/clover_inventory.py", r"""
import requests

MERCHANT_ID = "J4KX2QW8N7T01"
API_TOKEN = "⟨k⟩"
BASE = f"https://api.clover.com/v3/merchants/{MERCHANT_ID}"
session = requests.Session()
session.headers["Authorization"] = f"Bearer {API_TOKEN}"


def set_stock(item_id: str, qty: int) -> None:
    r = session.post(f"{BASE}/item_stocks/{item_id}", json={"quantity": qty}, timeout=10)
    r.raise_for_status()


def items_in(category: str):
    r = session.get(f"{BASE}/categories/{category}/items", params={"limit": 500}, timeout=10)
    r.raise_for_status()
    return r.json()["elements"]


if __name__ == "__main__":
    for item in items_in("Q1WZ3N8D0M6RE"):
        print(item["id"], item["name"])
""", k, "https://docs.clover.com/dev/docs/using-api-tokens", k=k)

k = draw(64, HEX)
add("blind-fq/yaml/lightspeed-client-secret", "integrations/lightspeed/credentials.yml", r"""
# Lightspeed Retail (R-Series) OAuth app "FishRoom Sync"
lightspeed:
  account_id: 204817
  client_id: 9d3a7c1e5b8f2046a1c3e5d7f9b0a2c4e6d8f0a1b3c5d7e9f1a3b5c7d9e1f3a5
  client_secret: ⟨k⟩
  refresh_token_path: /var/lib/fishroom-sync/refresh_token
  shop_ids: [1, 3]
  categories:
    freshwater: 118
    marine: 119
    plants: 121
""", k, "https://developers.lightspeedhq.com/retail/authentication/authentication-overview/", k=k)

k = human_pw()
add("blind-fq/markdown/pos-admin-password", "docs/store-ops/pos-terminal-setup.md", r"""
# Setting up a new till (Harrogate store)

1. Unbox the terminal and connect it to the **STAFF** Wi-Fi, not the customer one.
2. Open the POS app and sign in with the shared manager account:
   - user: `manager@reefandriverbed.co.uk`
   - password: `⟨k⟩`
3. Go to *Settings > Hardware* and pair the receipt printer (Star TSP143).
4. Pair the label printer used for fish bags (Brother QL-820NWB).
5. Print a test receipt and a test bag label ("Neon Tetra x10, 2 ppt? no - freshwater").
6. Hand the till to the shift lead and log it in the asset sheet.

> Change the manager password after every staff departure.
""", k, "https://squareup.com/help/us/en/article/5095-set-up-square-point-of-sale", k=k)

# ================================================================================================
# Delivery and messaging
# ================================================================================================

k = "EZAK" + hexs(54)
add("blind-fq/shell/easypost-api-key", "ops/shipping/buy-overnight-label.sh", r"""
#!/bin/sh
# Buys a UPS Next Day Air Early label for a live-fish box.
# usage: buy-overnight-label.sh <shipment_id>
set -e
SHIPMENT="$1"
curl -s -X POST "https://api.easypost.com/v2/shipments/${SHIPMENT}/buy" \
  -u "⟨k⟩:" \
  -d 'rate[carrier]=UPS' \
  -d 'rate[service]=NextDayAirEarlyAM' \
  -d 'insurance=150.00' | jq '.postage_label.label_url'
""", k, "https://docs.easypost.com/docs/authentication", k=k)

k = "shippo_live_" + hexs(40)
add("blind-fq/ts/shippo-api-token", "src/shipping/shippo.ts", r"""
import { Shippo } from 'shippo';

const shippo = new Shippo({
  apiKeyHeader: 'ShippoToken ⟨k⟩',
  shippoApiVersion: '2018-02-08',
});

export interface FishBox {
  weightLb: number;
  heatPack: boolean;
}

export async function overnightRate(toZip: string, box: FishBox) {
  const shipment = await shippo.shipments.create({
    addressFrom: { name: 'Gulf Coast Aquatics', street1: '4410 Bayshore Blvd', city: 'Tampa', state: 'FL', zip: '33611', country: 'US' },
    addressTo: { zip: toZip, country: 'US' },
    parcels: [{ length: '16', width: '16', height: '14', distanceUnit: 'in', weight: String(box.weightLb), massUnit: 'lb' }],
    async: false,
  });
  return shipment.rates.filter((r) => r.servicelevel.token.includes('overnight'));
}
""", k, "https://docs.goshippo.com/docs/guides_general/authentication/", k=k)

key = hexs(32)
k = hexs(32)
add("blind-fq/python/shipstation-api-secret", "fulfilment/shipstation_sync.py", r"""
import requests

SS_API_KEY = "⟨key⟩"
SS_API_SECRET = "⟨k⟩"

# tag 48213 = "LIVE - ship Mon-Wed only"
LIVE_TAG = 48213


def awaiting_live_orders():
    resp = requests.get(
        "https://ssapi.shipstation.com/orders/listbytag",
        params={"orderStatus": "awaiting_shipment", "tagId": LIVE_TAG, "pageSize": 500},
        auth=(SS_API_KEY, SS_API_SECRET),
        timeout=30,
    )
    resp.raise_for_status()
    return resp.json()["orders"]


if __name__ == "__main__":
    for o in awaiting_live_orders():
        print(o["orderNumber"], o["shipTo"]["postalCode"], o["requestedShippingService"])
""", k, "https://www.shipstation.com/docs/api/requirements/#authentication", k=k, key=key)

user = hexs(32)
k = hexs(32)
add("blind-fq/http/shipstation-basic-auth", "tools/requests/shipstation.http", r"""
### List carriers (FedEx Priority Overnight used for marine livestock)
GET https://ssapi.shipstation.com/carriers
Authorization: Basic ⟨basic⟩
Accept: application/json

### Orders waiting
GET https://ssapi.shipstation.com/orders?orderStatus=awaiting_shipment&pageSize=100
Authorization: Basic ⟨basic⟩
Accept: application/json
""", k, "https://www.shipstation.com/docs/api/requirements/#authentication", basic=b64(f"{user}:{k}"))

sid = "AC" + hexs(32)
k = hexs(32)
add("blind-fq/env/twilio-auth-token", "services/tank-alerts/.env", r"""
# Tank alarm SMS (temperature / pH / leak) to the on-call fish room staff
TWILIO_ACCOUNT_SID=⟨sid⟩
TWILIO_AUTH_TOKEN=⟨k⟩
TWILIO_FROM=+441134960217
ONCALL_ROTA_CSV=/etc/tank-alerts/rota.csv
ALERT_TEMP_HIGH_C=29.5
ALERT_TEMP_LOW_C=22.0
ALERT_PH_LOW=7.6
""", k, "https://www.twilio.com/docs/iam/credentials/api", k=k, sid=sid)

ksid = "SK" + hexs(32)
k = mixed(32)
add("blind-fq/csharp/twilio-api-key-secret", "src/Notifications/SmsSender.cs", r"""
using Twilio;
using Twilio.Rest.Api.V2010.Account;
using Twilio.Types;

namespace AquaCentre.Notifications
{
    public class SmsSender
    {
        private const string AccountSid = "AC5e8b1c0d7a4f2e9b6c3d0a1f8e7b2c4d";
        private const string ApiKeySid = "⟨ksid⟩";
        private const string ApiKeySecret = "⟨k⟩";

        public SmsSender()
        {
            TwilioClient.Init(ApiKeySid, ApiKeySecret, AccountSid);
        }

        public void OrderReady(string phone, string orderNo)
        {
            MessageResource.Create(
                to: new PhoneNumber(phone),
                from: new PhoneNumber("+61255501234"),
                body: $"Your fish for order {orderNo} are acclimatised and ready to collect. Please bring an insulated bag!");
        }
    }
}
""", k, "https://www.twilio.com/docs/iam/api-keys", k=k, ksid=ksid)

k = sendgrid()
add("blind-fq/yaml/sendgrid-api-key", "charts/eshop/values-prod.yaml", r"""
replicaCount: 2
image:
  repository: registry.gitlab.com/finfolk/eshop
  tag: "3.18.2"
ingress:
  enabled: true
  hosts:
    - host: shop.finfolkaquatics.com
      paths: ["/"]
env:
  MAIL_BACKEND: sendgrid
  MAIL_FROM: "FinFolk Aquatics <orders@finfolkaquatics.com>"
  SENDGRID_API_KEY: "⟨k⟩"
  LIVESTOCK_DISPATCH_DAYS: "Mon,Tue,Wed"
resources:
  requests:
    cpu: 100m
    memory: 256Mi
""", k, "https://www.twilio.com/docs/sendgrid/ui/account-and-settings/api-keys", k=k)

k = "key-" + hexs(32)
add("blind-fq/python/mailgun-api-key", "newsletter/send_restock.py", r"""
#!/usr/bin/env python3
# "New arrivals this week" mail to the restock list
import sys
import requests

DOMAIN = "mg.tidewatertropicals.co.uk"
MAILGUN_KEY = "⟨k⟩"


def send(subject: str, html: str) -> None:
    r = requests.post(
        f"https://api.eu.mailgun.net/v3/{DOMAIN}/messages",
        auth=("api", MAILGUN_KEY),
        data={
            "from": "Tidewater Tropicals <news@tidewatertropicals.co.uk>",
            "to": "restock@" + DOMAIN,
            "subject": subject,
            "html": html,
        },
        timeout=20,
    )
    r.raise_for_status()


if __name__ == "__main__":
    send(sys.argv[1], open(sys.argv[2]).read())
""", k, "https://documentation.mailgun.com/docs/mailgun/api-reference/authentication/", k=k)

k = hexs(32) + "-us14"
add("blind-fq/php/mailchimp-api-key", "includes/newsletter-signup.php", r"""
<?php
// Footer sign-up form: "Fish care tips & new arrivals"
$apiKey = '⟨k⟩';
$listId = '4f2a9c1e7b';
$email  = filter_input(INPUT_POST, 'email', FILTER_VALIDATE_EMAIL);

if (!$email) {
    http_response_code(422);
    exit('Please enter a valid email.');
}

$dc  = substr($apiKey, strpos($apiKey, '-') + 1);
$url = "https://$dc.api.mailchimp.com/3.0/lists/$listId/members/" . md5(strtolower($email));

$ch = curl_init($url);
curl_setopt($ch, CURLOPT_USERPWD, 'shop:' . $apiKey);
curl_setopt($ch, CURLOPT_CUSTOMREQUEST, 'PUT');
curl_setopt($ch, CURLOPT_RETURNTRANSFER, true);
curl_setopt($ch, CURLOPT_POSTFIELDS, json_encode(['email_address' => $email, 'status_if_new' => 'pending']));
$result = curl_exec($ch);
curl_close($ch);
echo 'Thanks! Check your inbox to confirm.';
""", k, "https://mailchimp.com/developer/marketing/guides/quick-start/", k=k)

k = "pk_" + hexs(34)
add("blind-fq/js/klaviyo-private-key", "server/klaviyo.js", r"""
import fetch from 'node-fetch';

// Private API key - server side only (site id for onsite.js is TfR2xk)
const KLAVIYO_PRIVATE_KEY = '⟨k⟩';

export async function trackBackInStock(email, sku) {
  const res = await fetch('https://a.klaviyo.com/api/events/', {
    method: 'POST',
    headers: {
      Authorization: `Klaviyo-API-Key ${KLAVIYO_PRIVATE_KEY}`,
      revision: '2024-02-15',
      'content-type': 'application/json',
    },
    body: JSON.stringify({
      data: {
        type: 'event',
        attributes: {
          properties: { sku },
          metric: { data: { type: 'metric', attributes: { name: 'Back In Stock - Livestock' } } },
          profile: { data: { type: 'profile', attributes: { email } } },
        },
      },
    }),
  });
  if (!res.ok) throw new Error(`klaviyo ${res.status}`);
}
""", k, "https://developers.klaviyo.com/en/docs/authenticate_", k=k)

k = uuid_s()
add("blind-fq/ruby/postmark-server-token", "config/environments/production.rb", r"""
require "active_support/core_ext/integer/time"

Rails.application.configure do
  config.cache_classes = true
  config.eager_load = true
  config.force_ssl = true
  config.log_level = :info

  config.action_mailer.delivery_method = :postmark
  config.action_mailer.postmark_settings = { api_token: "⟨k⟩" }
  config.action_mailer.default_url_options = { host: "www.cichlidcorner.com", protocol: "https" }

  config.active_job.queue_adapter = :sidekiq
  config.i18n.fallbacks = true
end
""", k, "https://postmarkapp.com/developer/api/overview#authentication", k=k)

k = slack_webhook()
add("blind-fq/github-actions/slack-webhook", ".github/workflows/deploy-shop.yml", r"""
name: deploy-shop
on:
  push:
    branches: [main]

jobs:
  deploy:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-node@v4
        with:
          node-version: 20
      - run: npm ci && npm run build
      - run: npx netlify deploy --prod --dir=dist
        env:
          NETLIFY_AUTH_TOKEN: ${{ secrets.NETLIFY_AUTH_TOKEN }}
          NETLIFY_SITE_ID: ${{ vars.NETLIFY_SITE_ID }}
      - name: Tell #shop-web
        if: always()
        run: |
          curl -s -X POST -H 'Content-type: application/json' \
            --data "{\"text\":\"shop deploy ${{ job.status }} (${GITHUB_SHA::7})\"}" \
            ⟨k⟩
""", k, "https://api.slack.com/messaging/webhooks", k=k)

k = discord_webhook()
add("blind-fq/python/discord-webhook", "fishroom/alarms/discord_notify.py", r"""
import json
import urllib.request

WEBHOOK = "⟨k⟩"


def notify(system: str, reading: str, level: str = "warning") -> None:
    colour = {"warning": 0xF1C40F, "critical": 0xE74C3C}.get(level, 0x3498DB)
    payload = {
        "username": "Fish Room",
        "embeds": [{"title": f"{system}: {level.upper()}", "description": reading, "color": colour}],
    }
    req = urllib.request.Request(
        WEBHOOK,
        data=json.dumps(payload).encode(),
        headers={"Content-Type": "application/json", "User-Agent": "fishroom-alarms/1.4"},
    )
    urllib.request.urlopen(req, timeout=10)


if __name__ == "__main__":
    notify("Rack B sump", "Temperature 30.8 C (limit 29.5)", "critical")
""", k, "https://discord.com/developers/docs/resources/webhook#execute-webhook", k=k)

k = fakes.telegram_token(_seed())
add("blind-fq/python/telegram-bot-token", "bots/quarantine_bot.py", r"""
\"\"\"Quarantine tank bot: staff log doses and losses from their phones.\"\"\"
import logging

from telegram.ext import ApplicationBuilder, CommandHandler

logging.basicConfig(level=logging.INFO)

TOKEN = "⟨k⟩"
QT_TANKS = {"QT1": "Marine 200L", "QT2": "Marine 120L", "QT3": "Freshwater 90L"}


async def dose(update, context):
    tank, med, ml = context.args
    await update.message.reply_text(f"Logged {ml} ml {med} in {tank} ({QT_TANKS.get(tank, '?')})")


async def loss(update, context):
    tank, species = context.args[0], " ".join(context.args[1:])
    await update.message.reply_text(f"Loss recorded: {species} in {tank}")


app = ApplicationBuilder().token(TOKEN).build()
app.add_handler(CommandHandler("dose", dose))
app.add_handler(CommandHandler("loss", loss))
app.run_polling()
""".replace("\\\"", "\""), k, "https://core.telegram.org/bots/api#authorizing-your-bot", k=k)

k = slack_bot()
add("blind-fq/yaml/slack-bot-token", "staffbot/config/prod.yaml", r"""
slack:
  bot_token: ⟨k⟩
  signing_secret_env: SLACK_SIGNING_SECRET
  channels:
    deliveries: C04QX8K2M7N
    fishroom: C05A1B9P3TT
    rota: C03ZZ7Y6W1E
schedules:
  - name: water-change-reminder
    cron: "0 8 * * MON,THU"
    channel: fishroom
    text: "Water changes today: racks A-D, QT tanks last."
  - name: supplier-order-cutoff
    cron: "0 11 * * TUE"
    channel: deliveries
    text: "Wholesale livestock order closes at 12:00."
""", k, "https://api.slack.com/authentication/token-types#bot", k=k)

r = _rng()
k = " ".join("".join(r.choice(string.ascii_lowercase) for _ in range(4)) for _ in range(4))
add("blind-fq/python/smtp-app-password", "reports/email_daily_takings.py", r"""
import smtplib
from email.message import EmailMessage
from pathlib import Path

SMTP_HOST = "smtp.gmail.com"
SMTP_USER = "accounts.aquaticsdirect@gmail.com"
SMTP_APP_PASSWORD = "⟨k⟩"


def send_report(csv_path: Path) -> None:
    msg = EmailMessage()
    msg["Subject"] = f"Daily takings {csv_path.stem}"
    msg["From"] = SMTP_USER
    msg["To"] = "owner@aquaticsdirect.ie"
    msg.set_content("Takings attached (tills 1-3 + web).")
    msg.add_attachment(csv_path.read_bytes(), maintype="text", subtype="csv", filename=csv_path.name)
    with smtplib.SMTP_SSL(SMTP_HOST, 465) as smtp:
        smtp.login(SMTP_USER, SMTP_APP_PASSWORD)
        smtp.send_message(msg)
""", k, "https://support.google.com/accounts/answer/185833", k=k)

# ================================================================================================
# Tank-monitoring IoT
# ================================================================================================

k = hexs(40)
add("blind-fq/arduino/particle-access-token", "firmware/sump-monitor/publish_readings.ino", r"""
// Particle Photon 2 on each rack sump: temperature + float switch
// Readings also mirrored to the shop's own API with the same token (see webhook).
#include "Particle.h"
#include <OneWire.h>
#include <DS18B20.h>

#define PARTICLE_TOKEN "⟨k⟩"
#define FLOAT_PIN D3

DS18B20 probe(D2, true);
SerialLogHandler logHandler;

void setup() {
  pinMode(FLOAT_PIN, INPUT_PULLUP);
}

void loop() {
  float c = probe.getTemperature();
  bool low = digitalRead(FLOAT_PIN) == LOW;
  char buf[96];
  snprintf(buf, sizeof(buf), "{\"t\":%.2f,\"low\":%d,\"tok\":\"%s\"}", c, low, PARTICLE_TOKEN);
  Particle.publish("sump/reading", buf, PRIVATE);
  delay(60000);
}
""", k, "https://docs.particle.io/reference/cloud-apis/access-tokens/", k=k)

k = draw(32, B64URL)
add("blind-fq/arduino/blynk-auth-token", "firmware/frag-tank-esp32/frag-tank-esp32.ino", r"""
#define BLYNK_TEMPLATE_ID "TMPL4kX9qZ2bR"
#define BLYNK_TEMPLATE_NAME "Frag Tank"
#define BLYNK_AUTH_TOKEN "⟨k⟩"

#include <WiFi.h>
#include <BlynkSimpleEsp32.h>
#include "wifi_creds.h"

BlynkTimer timer;

void sendParams() {
  Blynk.virtualWrite(V0, readTempC());
  Blynk.virtualWrite(V1, readPh());
  Blynk.virtualWrite(V2, readSalinityPpt());
}

void setup() {
  Serial.begin(115200);
  Blynk.begin(BLYNK_AUTH_TOKEN, WIFI_SSID, WIFI_PASS);
  timer.setInterval(30000L, sendParams);
}

void loop() {
  Blynk.run();
  timer.run();
}
""", k, "https://docs.blynk.io/en/getting-started/activating-devices/manual-device-activation", k=k)

k = draw(16, UPPER_DIGITS)
add("blind-fq/arduino/thingspeak-write-key", "firmware/pond-monitor/pond-monitor.ino", r"""
#include <ESP8266WiFi.h>
#include <ThingSpeak.h>
#include "secrets.h"

unsigned long channelID = 2384719;
const char *writeAPIKey = "⟨k⟩";

WiFiClient client;

void setup() {
  WiFi.begin(SECRET_SSID, SECRET_PASS);
  while (WiFi.status() != WL_CONNECTED) {
    delay(500);
  }
  ThingSpeak.begin(client);
}

void loop() {
  ThingSpeak.setField(1, readWaterTemp());   // koi pond, display garden
  ThingSpeak.setField(2, readDissolvedO2());
  ThingSpeak.setField(3, readAirPumpAmps());
  ThingSpeak.writeFields(channelID, writeAPIKey);
  delay(60000);
}
""", k, "https://www.mathworks.com/help/thingspeak/writedata.html", k=k)

k = human_pw()
add("blind-fq/c-header/wifi-password", "firmware/pond-monitor/secrets.h", r"""
// secrets.h - pond monitor (garden centre concession)
#ifndef SECRETS_H
#define SECRETS_H

#define SECRET_SSID "KoiKorner-Staff"
#define SECRET_PASS "⟨k⟩"

#endif
""", k, "https://docs.arduino.cc/arduino-cloud/guides/overview/", k=k)

k = "aio_" + mixed(28)
add("blind-fq/micropython/adafruit-io-key", "pico-w/main.py", r"""
# Raspberry Pi Pico W - shrimp rack temperature logger
import time
import network
from machine import Pin
from umqtt.simple import MQTTClient
import onewire, ds18x20

AIO_USER = "shrimpshack"
AIO_KEY = "⟨k⟩"
FEED = AIO_USER + "/feeds/shrimp-rack-temp"

wlan = network.WLAN(network.STA_IF)
wlan.active(True)
wlan.connect("ShrimpShack", open("wifi.txt").read().strip())
while not wlan.isconnected():
    time.sleep(1)

sensor = ds18x20.DS18X20(onewire.OneWire(Pin(22)))
roms = sensor.scan()
client = MQTTClient("pico-rack1", "io.adafruit.com", user=AIO_USER, password=AIO_KEY, ssl=False)
client.connect()

while True:
    sensor.convert_temp()
    time.sleep_ms(750)
    client.publish(FEED, str(round(sensor.read_temp(roms[0]), 2)))
    time.sleep(60)
""", k, "https://io.adafruit.com/api/docs/mqtt.html#adafruit-io-mqtt-api", k=k)

k = draw(86, B64URL) + "=="
add("blind-fq/toml/influxdb-token", "telegraf/telegraf.conf", r"""
[agent]
  interval = "30s"
  flush_interval = "30s"
  hostname = "fishroom-pi"

[[outputs.influxdb_v2]]
  urls = ["https://eu-central-1-1.aws.cloud2.influxdata.com"]
  token = "⟨k⟩"
  organization = "coral-cove"
  bucket = "tanks"

[[inputs.mqtt_consumer]]
  servers = ["tcp://127.0.0.1:1883"]
  topics = ["tanks/+/temperature", "tanks/+/ph", "tanks/+/orp"]
  data_format = "value"
  data_type = "float"

[[inputs.cpu]]
  percpu = false
""", k, "https://docs.influxdata.com/telegraf/v1/output-plugins/influxdb_v2/", k=k)

k = human_pw()
add("blind-fq/grafana/datasource-password", "grafana/provisioning/datasources/tanks.yaml", r"""
apiVersion: 1

datasources:
  - name: TankHistory
    type: postgres
    url: timescale.fishroom.lan:5432
    user: grafana_ro
    jsonData:
      database: tank_history
      sslmode: disable
      timescaledb: true
    secureJsonData:
      password: "⟨k⟩"
  - name: Loki
    type: loki
    url: http://loki:3100
""", k, "https://grafana.com/docs/grafana/latest/administration/provisioning/#data-sources", k=k)

k = jwt({"iss": hexs(32), "iat": 1709294712, "exp": 2024654712})
add("blind-fq/home-assistant/long-lived-token", "homeassistant/secrets.yaml", r"""
# Home Assistant secrets - fish house
wifi_ssid: FishHouse-IoT
latitude_home: 53.8008
longitude_home: -1.5491
apex_host: 192.168.20.15
# long-lived token for the Node-RED + dashboard tablet in the shop
ha_dashboard_token: ⟨k⟩
reef_tank_notify_group: notify.fishroom_staff
""", k, "https://developers.home-assistant.io/docs/auth_api/#long-lived-access-token", k=k)

k = b64_bytes(32)
add("blind-fq/esphome/api-encryption-key", "esphome/reef-doser.yaml", r"""
esphome:
  name: reef-doser
  friendly_name: Reef Doser (Display 400L)

esp32:
  board: esp32dev

wifi:
  ssid: !secret wifi_ssid
  password: !secret wifi_password

api:
  encryption:
    key: "⟨k⟩"

ota:
  - platform: esphome
    password: !secret ota_password

switch:
  - platform: gpio
    pin: GPIO25
    name: "Alk pump"
  - platform: gpio
    pin: GPIO26
    name: "Calcium pump"
  - platform: gpio
    pin: GPIO27
    name: "Magnesium pump"

sensor:
  - platform: dallas_temp
    address: 0x1c0000031edd2a28
    name: "Display tank temp"
""", k, "https://esphome.io/components/api.html#configuration-variables", k=k)

k = gen_pw(24)
add("blind-fq/esphome/ota-password", "esphome/quarantine-heaters.yaml", r"""
esphome:
  name: qt-heaters
  friendly_name: Quarantine heaters

esp8266:
  board: d1_mini

wifi:
  ssid: "Aquatics-IoT"
  password: !secret wifi_password

api:

ota:
  - platform: esphome
    password: "⟨k⟩"

switch:
  - platform: gpio
    pin: D1
    name: "QT1 heater"
  - platform: gpio
    pin: D2
    name: "QT2 heater"
""", k, "https://esphome.io/components/ota/esphome.html", k=k)

k = gen_pw(22)
add("blind-fq/mosquitto/bridge-password", "mosquitto/conf.d/bridge-hq.conf", r"""
# Bridge the Leeds fish room broker to the HQ broker so head office sees all tank alarms
connection leeds-to-hq
address mqtt.hq.aquaticsgroup.internal:8883
bridge_cafile /etc/mosquitto/ca_certificates/hq-ca.crt
bridge_protocol_version mqttv311
remote_clientid leeds-fishroom
remote_username leeds-bridge
remote_password ⟨k⟩
topic tanks/# out 1 "" leeds/
topic alarms/# out 2 "" leeds/
topic commands/# in 1 "" leeds/
cleansession false
notifications true
""", k, "https://mosquitto.org/man/mosquitto-conf-5.html", k=k)

k = human_pw()
add("blind-fq/zigbee2mqtt/mqtt-password", "zigbee2mqtt/data/configuration.yaml", r"""
homeassistant: true
permit_join: false
frontend:
  port: 8080
mqtt:
  base_topic: zigbee2mqtt
  server: mqtt://192.168.20.2:1883
  user: z2m
  password: ⟨k⟩
serial:
  port: /dev/ttyUSB0
advanced:
  network_key: GENERATE
  log_level: warning
devices:
  '0x00158d0008a1b2c3':
    friendly_name: fishroom_leak_sensor_rack_a
  '0x00158d0008a1b2d4':
    friendly_name: fishroom_leak_sensor_rack_b
""", k, "https://www.zigbee2mqtt.io/guide/configuration/mqtt.html", k=k)

k = gen_pw(32)
add("blind-fq/node-red/credential-secret", "node-red/settings.js", r"""
module.exports = {
    flowFile: 'flows.json',
    credentialSecret: "⟨k⟩",
    uiPort: process.env.PORT || 1880,
    mqttReconnectTime: 15000,
    serialReconnectTime: 15000,
    debugMaxLength: 1000,
    functionGlobalContext: {
        tankLimits: require('./tank-limits.json'),
    },
    logging: {
        console: { level: "info", metrics: false, audit: false }
    },
    editorTheme: {
        page: { title: "Fish Room Node-RED" },
        projects: { enabled: false }
    }
};
""", k, "https://nodered.org/docs/user-guide/runtime/settings-file", k=k)

k = b64_bytes(32)
add("blind-fq/json/azure-iot-connection-string", "gateway/appsettings.json", r"""
{
  "Gateway": {
    "Site": "Aquatics Warehouse - Quarantine Hall",
    "PollSeconds": 30
  },
  "IoTHub": {
    "DeviceConnectionString": "HostName=aquawholesale-iothub.azure-devices.net;DeviceId=qt-hall-gw-01;SharedAccessKey=⟨k⟩",
    "TransportType": "Mqtt"
  },
  "Sensors": [
    { "Id": "qt-a1", "Type": "ph", "Port": "/dev/ttyAMA0" },
    { "Id": "qt-a2", "Type": "orp", "Port": "/dev/ttyAMA1" }
  ]
}
""", k, "https://learn.microsoft.com/en-us/azure/iot-hub/iot-hub-dev-guide-sas", k=k)

k = b64_bytes(32)
add("blind-fq/python/azure-iot-hub-service-policy", "tools/send_tank_command.py", r"""
\"\"\"Send a direct method to a tank controller, e.g. feed-pause during a livestock delivery.\"\"\"
import sys

from azure.iot.hub import IoTHubRegistryManager
from azure.iot.hub.models import CloudToDeviceMethod

CONN = (
    "HostName=aquawholesale-iothub.azure-devices.net;"
    "SharedAccessKeyName=service;"
    "SharedAccessKey=⟨k⟩"
)


def main(device_id: str, minutes: int) -> None:
    registry = IoTHubRegistryManager(CONN)
    method = CloudToDeviceMethod(method_name="feedPause", payload={"minutes": minutes})
    result = registry.invoke_device_method(device_id, method)
    print(result.status, result.payload)


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]))
""".replace("\\\"", "\""), k, "https://learn.microsoft.com/en-us/azure/iot-hub/iot-hub-dev-guide-sas#security-tokens", k=k)

k = pem_block("RSA", 25)
add("blind-fq/pem/aws-iot-device-key", "devices/tank-ctrl-07/tank-ctrl-07-private.pem.key", "\n" + k + "\n", k,
    "https://docs.aws.amazon.com/iot/latest/developerguide/device-certs-create.html")

k = "NNSXS." + draw(39, UPPER_DIGITS) + "." + draw(52, UPPER_DIGITS)
add("blind-fq/yaml/ttn-api-key", "lora/pond-sensors/ttn-forwarder.yaml", r"""
# LoRaWAN pond sensors at the koi farm (dissolved oxygen + temperature)
ttn:
  region: eu1
  application_id: koifarm-ponds
  api_key: ⟨k⟩
  mqtt_host: eu1.cloud.thethings.network
  mqtt_port: 8883
forward:
  influx_bucket: ponds
  devices:
    - pond-1-do
    - pond-2-do
    - quarantine-vat-temp
""", k, "https://www.thethingsindustries.com/docs/integrations/mqtt/", k=k)

aid = draw(20, LOWER_DIGITS)
k = hexs(32)
add("blind-fq/python/tuya-access-secret", "smartplugs/lights_schedule.py", r"""
\"\"\"Tuya smart plugs on the display tank lights: ramp schedule for the shop floor.\"\"\"
from tuya_connector import TuyaOpenAPI

ACCESS_ID = "⟨aid⟩"
ACCESS_SECRET = "⟨k⟩"
ENDPOINT = "https://openapi.tuyaeu.com"

PLUGS = {
    "display-reef": "bf3a9c1d7e2f4a6b8c0d1e",
    "planted-wall": "bf7c2e9a1d4f6b8c0e3a5d",
}

api = TuyaOpenAPI(ENDPOINT, ACCESS_ID, ACCESS_SECRET)
api.connect()


def switch(name: str, on: bool) -> None:
    api.post(f"/v1.0/iot-03/devices/{PLUGS[name]}/commands",
             {"commands": [{"code": "switch_1", "value": on}]})
""".replace("\\\"", "\""), k, "https://developer.tuya.com/en/docs/iot/singnature?id=Ka43a5mtx1gsc", k=k, aid=aid)

k = human_pw()
add("blind-fq/shell/seneye-api-password", "scripts/pull_seneye.sh", r"""
#!/bin/bash
# Pull the last readings from the Seneye Reef on each display tank into CSV
USER="fishroom@coralcove-aquatics.com"
PASS="⟨k⟩"
for DEV in 41827 41828 41911; do
  curl -s "https://api.seneye.com/v1/devices/${DEV}/exps?user=${USER}&pwd=${PASS}" \
    | jq -r --arg d "$DEV" '[$d, .temperature.curr, .ph.curr, .nh3.curr, .lux.curr] | @csv' \
    >> "/srv/seneye/$(date +%F).csv"
done
""", k, "https://api.seneye.com/", k=k)

k = human_pw()
add("blind-fq/python/neptune-apex-password", "apex/outlet_report.py", r"""
import requests

APEX = "http://192.168.20.15"
USER = "admin"
PASSWORD = "⟨k⟩"


def status() -> dict:
    s = requests.Session()
    r = s.post(f"{APEX}/rest/login", json={"login": USER, "password": PASSWORD, "remember_me": False}, timeout=5)
    r.raise_for_status()
    return s.get(f"{APEX}/rest/status", timeout=5).json()


if __name__ == "__main__":
    st = status()
    for probe in st["inputs"]:
        print(f"{probe['name']:<10} {probe['value']}")
    for outlet in st["outputs"]:
        print(f"{outlet['name']:<10} {outlet['status'][0]}")
""", k, "https://www.neptunesystems.com/support/apex-user-manual/", k=k)

k = passphrase()
add("blind-fq/wpa-supplicant/wifi-psk", "pi-image/boot/wpa_supplicant.conf", r"""
ctrl_interface=DIR=/var/run/wpa_supplicant GROUP=netdev
update_config=1
country=GB

network={
    ssid="Aquatics-IoT"
    psk="⟨k⟩"
    key_mgmt=WPA-PSK
    priority=10
}
""", k, "https://www.raspberrypi.com/documentation/computers/configuration.html#wireless-networking-command-line", k=k)

k = gen_pw(20)
add("blind-fq/yaml/mqtt-broker-password", "fishroom-stack/docker-compose.yml", r"""
services:
  mosquitto:
    image: eclipse-mosquitto:2.0.18
    ports:
      - "1883:1883"
    volumes:
      - ./mosquitto:/mosquitto/config
  apex-bridge:
    image: ghcr.io/reefstack/apex-mqtt-bridge:1.7.0
    environment:
      APEX_HOST: 192.168.20.15
      MQTT_URL: mqtt://apexbridge:⟨k⟩@mosquitto:1883
      PUBLISH_INTERVAL: "30"
    depends_on: [mosquitto]
    restart: unless-stopped
  node-red:
    image: nodered/node-red:3.1
    ports:
      - "1880:1880"
    volumes:
      - ./node-red:/data
""", k, "https://mosquitto.org/documentation/authentication-methods/", k=k)

k = gen_pw(16)
add("blind-fq/micropython/mqtt-password", "esp32-ato/boot.py", r"""
# ESP32 auto top-off controller - reads optical level sensor, drives RO pump
import network, time
from umqtt.robust import MQTTClient
from machine import Pin

SSID = "Aquatics-IoT"
WIFI_KEY = open("/wifi.key").read().strip()
MQTT_HOST = "192.168.20.2"
MQTT_USER = "ato-display"
MQTT_PASS = "⟨k⟩"

pump = Pin(26, Pin.OUT, value=0)
level_ok = Pin(34, Pin.IN)

sta = network.WLAN(network.STA_IF)
sta.active(True)
sta.connect(SSID, WIFI_KEY)
for _ in range(30):
    if sta.isconnected():
        break
    time.sleep(1)

mqtt = MQTTClient("ato-display", MQTT_HOST, user=MQTT_USER, password=MQTT_PASS, keepalive=60)
mqtt.connect()
""", k, "https://mpython.readthedocs.io/en/master/library/mPython/umqtt.simple.html", k=k)

# ================================================================================================
# Livestock suppliers: feeds, SFTP, SOAP, EDI
# ================================================================================================

k = "aqs_live_" + mixed(40)
add("blind-fq/go/supplier-api-key", "cmd/availability-pull/main.go", r"""
package main

import (
	"encoding/json"
	"fmt"
	"log"
	"net/http"
	"time"
)

// Pacific Reef Exports wholesale API: weekly availability list (Indo + Fiji shipments)
const (
	supplierBase = "https://api.pacificreefexports.com/v2"
	supplierKey  = "⟨k⟩"
)

type Line struct {
	Code    string  `json:"code"`
	Species string  `json:"scientific_name"`
	Size    string  `json:"size"`
	Price   float64 `json:"price_usd"`
	Qty     int     `json:"available"`
}

func main() {
	req, _ := http.NewRequest("GET", supplierBase+"/availability?origin=ID", nil)
	req.Header.Set("X-Api-Key", supplierKey)
	client := &http.Client{Timeout: 20 * time.Second}
	resp, err := client.Do(req)
	if err != nil {
		log.Fatal(err)
	}
	defer resp.Body.Close()
	var lines []Line
	if err := json.NewDecoder(resp.Body).Decode(&lines); err != nil {
		log.Fatal(err)
	}
	for _, l := range lines {
		fmt.Printf("%s\t%s\t%s\t%.2f\t%d\n", l.Code, l.Species, l.Size, l.Price, l.Qty)
	}
}
""", k, "https://swagger.io/docs/specification/authentication/api-keys/", k=k)

k = human_pw()
add("blind-fq/java/supplier-soap-password", "src/main/java/com/aquaticsdirect/supplier/StockClient.java", r"""
package com.aquaticsdirect.supplier;

import javax.xml.ws.BindingProvider;
import java.util.Map;

public class StockClient {

    private static final String ENDPOINT = "https://b2b.tropicalwholesale.nl/ws/StockService";
    private static final String USERNAME = "AQD-IE-0147";
    private static final String PASSWORD = "⟨k⟩";

    private final StockServicePort port;

    public StockClient() {
        StockService service = new StockService();
        port = service.getStockServicePort();
        Map<String, Object> ctx = ((BindingProvider) port).getRequestContext();
        ctx.put(BindingProvider.ENDPOINT_ADDRESS_PROPERTY, ENDPOINT);
        ctx.put(BindingProvider.USERNAME_PROPERTY, USERNAME);
        ctx.put(BindingProvider.PASSWORD_PROPERTY, PASSWORD);
    }

    public StockList weeklyList(String category) {
        return port.getAvailability(category, "EUR");
    }
}
""", k, "https://docs.oracle.com/javaee/7/api/javax/xml/ws/BindingProvider.html", k=k)

k = gen_pw(14, "!#")
add("blind-fq/filezilla/sftp-password", "it/filezilla/sitemanager.xml", r"""
<?xml version="1.0" encoding="UTF-8" standalone="yes" ?>
<FileZilla3 version="3.66.4" platform="windows">
    <Servers>
        <Server>
            <Host>sftp.tropicalwholesale.nl</Host>
            <Port>22</Port>
            <Protocol>1</Protocol>
            <Type>0</Type>
            <User>aqd-ie-0147</User>
            <Pass encoding="base64">⟨p⟩</Pass>
            <Logontype>1</Logontype>
            <Name>Tropical Wholesale - price lists</Name>
            <RemoteDir>1 0 8 outgoing 10 pricelists</RemoteDir>
        </Server>
    </Servers>
</FileZilla3>
""", k, "https://wiki.filezilla-project.org/Site_Manager", p=b64(k))

k = gen_pw(18)
add("blind-fq/lftp/sftp-password", "edi/scripts/fetch_invoices.lftp", r"""
set sftp:auto-confirm yes
set net:max-retries 3
set net:timeout 30
open sftp://reefside_edi:⟨k⟩@edi.gulfstreamlivestock.com:2222
cd /outbound/invoices
mirror --only-newer --include-glob "*.x12" . /srv/edi/inbound/gulfstream
cd /outbound/asn
mirror --only-newer --include-glob "*.x12" . /srv/edi/inbound/gulfstream-asn
bye
""", k, "https://lftp.yar.ru/lftp-man.html", k=k)

k = human_pw()
add("blind-fq/markdown/supplier-portal-login", "wiki/suppliers/README.md", r"""
# Livestock suppliers

| Supplier | Ships | Cut-off | Portal |
|---|---|---|---|
| Gulfstream Livestock | Tue, Thu | Mon 12:00 | https://portal.gulfstreamlivestock.com |
| Pacific Reef Exports | every 2nd Wed | Fri before | API (see `cmd/availability-pull`) |
| Tropical Wholesale NL | Thu | Tue 10:00 | SFTP price lists |

## Gulfstream portal

Shared buying account (Sam, Priya and Joe only):

```
login:    buying@reefsideaquatics.com
password: ⟨k⟩
```

DOA claims must be photographed in the bag within 2 hours of arrival and uploaded under *Claims*.

## Acclimatisation reminders

- Float bags 15 min, then drip 45-60 min for inverts.
- Never pour shipping water into the system.
""", k, "https://www.markdownguide.org/extended-syntax/#tables", k=k)

k = gen_pw(20)
add("blind-fq/properties/supplier-edi-as2", "edi-gateway/conf/partners/gulfstream.properties", r"""
partner.name=Gulfstream Livestock
partner.as2.id=GULFSTREAMLIVE
partner.as2.url=https://as2.gulfstreamlivestock.com:4080/as2/receive
partner.cert=certs/gulfstream-as2.cer
local.as2.id=REEFSIDEAQUA
local.keystore=keystores/reefside-as2.p12
local.keystore.password=⟨k⟩
documents=850,855,856,810
mdn.mode=sync
mdn.signed=true
""", k, "https://www.openas2.com/documentation/", k=k)

# ================================================================================================
# Cloud, CI and developer credentials
# ================================================================================================

kid = fakes.aws_key_id(_seed())
k = fakes.aws_secret_key(_seed())
add("blind-fq/aws-credentials/secret-access-key", "ops/laptop-setup/aws/credentials", r"""
[default]
region = eu-west-2

[coralcove-prod]
aws_access_key_id = ⟨kid⟩
aws_secret_access_key = ⟨k⟩
region = eu-west-2

[coralcove-media]
role_arn = arn:aws:iam::402915873316:role/media-uploader
source_profile = coralcove-prod
""", k, "https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-files.html", k=k, kid=kid)

kid = fakes.aws_key_id(_seed())
k = fakes.aws_secret_key(_seed())
add("blind-fq/shell-history/aws-secret-export", "ops/notes/jon_bash_history", r"""
cd ~/src/tank-dashboard
git pull
npm run build
export AWS_ACCESS_KEY_ID=⟨kid⟩
export AWS_SECRET_ACCESS_KEY=⟨k⟩
aws s3 sync dist/ s3://tank-dashboard-prod --delete
aws cloudfront create-invalidation --distribution-id E2QX8Z4KV1N7T3 --paths '/*'
history | tail -20
""", k, "https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-envvars.html", k=k, kid=kid)

k = "dop_v1_" + hexs(64)
add("blind-fq/terraform/digitalocean-token", "infra/terraform/main.tf", r"""
terraform {
  required_providers {
    digitalocean = {
      source  = "digitalocean/digitalocean"
      version = "~> 2.36"
    }
  }
}

provider "digitalocean" {
  token = "⟨k⟩"
}

resource "digitalocean_droplet" "shop" {
  name     = "shop-prod-1"
  region   = "lon1"
  size     = "s-2vcpu-4gb"
  image    = "ubuntu-22-04-x64"
  ssh_keys = [41827713]
  tags     = ["shop", "prod"]
}

resource "digitalocean_database_cluster" "pg" {
  name       = "shop-pg"
  engine     = "pg"
  version    = "16"
  size       = "db-s-1vcpu-2gb"
  region     = "lon1"
  node_count = 1
}
""", k, "https://registry.terraform.io/providers/digitalocean/digitalocean/latest/docs", k=k)

k = draw(40, B64URL)
add("blind-fq/gitlab-ci/cloudflare-api-token", ".gitlab-ci.yml", r"""
stages: [build, deploy, purge]

variables:
  NODE_VERSION: "20"
  CF_ZONE_ID: "3f9a1c7e5b2d4086a1c3e5d7f9b0a2c4"
  CF_API_TOKEN: "⟨k⟩"

build:
  stage: build
  image: node:${NODE_VERSION}
  script:
    - npm ci
    - npm run build
  artifacts:
    paths: [public/]

deploy:
  stage: deploy
  image: alpine:3.19
  script:
    - apk add --no-cache rsync openssh
    - rsync -az public/ deploy@web1.killifishhouse.com:/var/www/shop/
  only: [main]

purge:
  stage: purge
  image: curlimages/curl:8.7.1
  script:
    - >
      curl -sf -X POST "https://api.cloudflare.com/client/v4/zones/${CF_ZONE_ID}/purge_cache"
      -H "Authorization: Bearer ${CF_API_TOKEN}" -H "Content-Type: application/json"
      --data '{"purge_everything":true}'
  only: [main]
""", k, "https://developers.cloudflare.com/fundamentals/api/get-started/create-token/", k=k)

k = "npm_" + mixed(36)
add("blind-fq/npmrc/npm-token", "packages/tank-widgets/.npmrc", r"""
registry=https://registry.npmjs.org/
@aquaticsgroup:registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=⟨k⟩
save-exact=true
engine-strict=true
""", k, "https://docs.npmjs.com/cli/v10/configuring-npm/npmrc#auth-related-configuration", k=k)

k = fakes.github_token(_seed())
add("blind-fq/shell/github-pat-git-credentials", "ops/kiosk-image/provision-kiosk.sh", r"""
#!/bin/sh
# Provision a shop-floor signage kiosk (Raspberry Pi 5, Chromium kiosk mode)
set -e
adduser --disabled-password --gecos "" kiosk || true
install -d -o kiosk -g kiosk /home/kiosk/signage
cat > /home/kiosk/.git-credentials <<'CREDS'
https://aquatics-kiosk:⟨k⟩@github.com
CREDS
chown kiosk:kiosk /home/kiosk/.git-credentials
chmod 600 /home/kiosk/.git-credentials
su kiosk -c 'git config --global credential.helper store'
su kiosk -c 'git clone https://github.com/aquaticsgroup/signage.git /home/kiosk/signage'
echo "*/30 * * * * kiosk cd /home/kiosk/signage && git pull -q" > /etc/cron.d/signage
""", k, "https://git-scm.com/docs/git-credential-store#_storage_format", k=k)

k = fakes.github_fine_grained_token(_seed())
add("blind-fq/dockerfile/github-fine-grained-token", "signage/Dockerfile", r"""
FROM node:20-alpine AS build
WORKDIR /app
# private package: @reefside/fish-cards (species care cards for the shop TVs)
ENV GITHUB_TOKEN=⟨k⟩
RUN apk add --no-cache git \
 && git clone https://x-access-token:${GITHUB_TOKEN}@github.com/reefside/fish-cards.git /fish-cards
COPY package*.json ./
RUN npm ci
COPY . .
RUN npm run build

FROM nginx:1.25-alpine
COPY --from=build /app/dist /usr/share/nginx/html
EXPOSE 80
""", k, "https://docs.github.com/en/authentication/keeping-your-account-and-data-secure/managing-your-personal-access-tokens", k=k)

k = "glpat-" + draw(20, B64URL)
add("blind-fq/python/gitlab-token", "tools/release_notes.py", r"""
import datetime
import gitlab

gl = gitlab.Gitlab("https://gitlab.com", private_token="⟨k⟩")
project = gl.projects.get("finfolk/eshop")

since = (datetime.date.today() - datetime.timedelta(days=14)).isoformat()
mrs = project.mergerequests.list(state="merged", updated_after=since, all=True)

print(f"## Shop release notes since {since}\n")
for mr in sorted(mrs, key=lambda m: m.merged_at):
    label = "fish" if "livestock" in mr.labels else "web"
    print(f"- [{label}] {mr.title} (!{mr.iid})")
""", k, "https://python-gitlab.readthedocs.io/en/stable/api-usage.html", k=k)

k = fakes.pypi_token(_seed())
add("blind-fq/pypirc/pypi-token", "libs/aquarium-calcs/.pypirc", r"""
[distutils]
index-servers =
    pypi

[pypi]
repository = https://upload.pypi.org/legacy/
username = __token__
password = ⟨k⟩
""", k, "https://packaging.python.org/en/latest/specifications/pypirc/", k=k)

k = "sntryu_" + hexs(64)
add("blind-fq/shell/sentry-auth-token", "scripts/release.sh", r"""
#!/usr/bin/env bash
set -euo pipefail
VERSION=$(git describe --tags --always)
export SENTRY_ORG=coral-cove
export SENTRY_PROJECT=eshop-frontend
export SENTRY_AUTH_TOKEN=⟨k⟩

npx @sentry/cli releases new "$VERSION"
npx @sentry/cli releases set-commits "$VERSION" --auto
npx @sentry/cli sourcemaps upload --release "$VERSION" dist/assets
npx @sentry/cli releases finalize "$VERSION"
echo "released $VERSION"
""", k, "https://docs.sentry.io/cli/configuration/#configuration-values", k=k)

k = hexs(32)
add("blind-fq/yaml/datadog-api-key", "ansible/roles/datadog/files/datadog.yaml", r"""
api_key: ⟨k⟩
site: datadoghq.eu
hostname: fishroom-gw-leeds
tags:
  - env:prod
  - store:leeds
  - role:iot-gateway
logs_enabled: true
process_config:
  process_collection:
    enabled: false
""", k, "https://docs.datadoghq.com/agent/configuration/agent-configuration-files/", k=k)

k = hexs(36) + "NRAL"
add("blind-fq/yaml/newrelic-license-key", "newrelic.yml", r"""
common: &default_settings
  license_key: '⟨k⟩'
  app_name: Aquatics Direct Shop
  log_level: info
  distributed_tracing:
    enabled: true

development:
  <<: *default_settings
  app_name: Aquatics Direct Shop (Development)
  monitor_mode: false

production:
  <<: *default_settings
""", k, "https://docs.newrelic.com/docs/apis/intro-apis/new-relic-api-keys/#license-key", k=k)

k = mixed(40)
add("blind-fq/python/zendesk-api-token", "support/doa_macro_stats.py", r"""
from collections import Counter

from zenpy import Zenpy

creds = {
    "email": "support@tidewatertropicals.co.uk",
    "token": "⟨k⟩",
    "subdomain": "tidewatertropicals",
}
zen = Zenpy(**creds)

reasons = Counter()
for ticket in zen.search(type="ticket", tags=["doa-claim"], created_greater_than="2024-01-01"):
    for tag in ticket.tags:
        if tag.startswith("doa-"):
            reasons[tag] += 1

for reason, n in reasons.most_common():
    print(f"{reason:<24}{n}")
""", k, "https://developer.zendesk.com/api-reference/introduction/security-and-auth/#api-token", k=k)

k = "pat" + mixed(14) + "." + hexs(64)
add("blind-fq/notebook/airtable-pat", "analysis/livestock_losses.ipynb", r"""
{
 "cells": [
  {
   "cell_type": "markdown",
   "metadata": {},
   "source": ["# Livestock losses by supplier (Q1)\n", "Pulls the *Losses* table from the ops Airtable base."]
  },
  {
   "cell_type": "code",
   "execution_count": 1,
   "metadata": {},
   "outputs": [],
   "source": [
    "from pyairtable import Api\n",
    "import pandas as pd\n",
    "api = Api(\"⟨k⟩\")\n",
    "table = api.table(\"appQx7RkN2mW9tB4c\", \"Losses\")\n",
    "df = pd.DataFrame([r[\"fields\"] for r in table.all()])"
   ]
  },
  {
   "cell_type": "code",
   "execution_count": 2,
   "metadata": {},
   "outputs": [],
   "source": [
    "df.groupby([\"Supplier\", \"Cause\"]).size().unstack(fill_value=0)"
   ]
  }
 ],
 "metadata": {
  "kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"},
  "language_info": {"name": "python", "version": "3.11.6"}
 },
 "nbformat": 4,
 "nbformat_minor": 5
}
""", k, "https://airtable.com/developers/web/guides/personal-access-tokens", k=k)

k = "secret_" + mixed(43)
add("blind-fq/js/notion-token", "staff-wiki-bot/index.js", r"""
const { Client } = require('@notionhq/client');

const notion = new Client({ auth: '⟨k⟩' });
const CARE_SHEETS_DB = '4b1f0c7e9a2d4e6f8a1b3c5d7e9f0a2b';

async function careSheet(species) {
  const res = await notion.databases.query({
    database_id: CARE_SHEETS_DB,
    filter: { property: 'Species', title: { contains: species } },
  });
  return res.results.map((p) => p.properties['Tank size'].rich_text[0]?.plain_text);
}

careSheet('Apistogramma').then(console.log);
""", k, "https://developers.notion.com/docs/authorization#internal-integration-auth-flow-set-up", k=k)

k = draw(48, B64URL)
add("blind-fq/csharp/xero-client-secret", "src/Accounts/XeroSettings.cs", r"""
namespace ShoalStreet.Accounts
{
    public static class XeroSettings
    {
        // Custom connection for nightly till + web sales journals
        public const string ClientId = "8F3A1C7E5B2D4086A1C3E5D7F9B0A2C4";
        public const string ClientSecret = "⟨k⟩";
        public const string Scopes = "accounting.transactions accounting.settings.read";
        public const string SalesAccountLivestock = "4010";
        public const string SalesAccountDryGoods = "4020";
    }
}
""", k, "https://developer.xero.com/documentation/guides/oauth2/custom-connections/", k=k)

k = mixed(40)
add("blind-fq/json/quickbooks-client-secret", "accounts-sync/config/qbo.json", r"""
{
  "environment": "production",
  "clientId": "ABkP3xR9mQ2vT7wZ1nC5yH8sL4dF6gJ0aE2uI9oK3tM7bN1",
  "clientSecret": "⟨k⟩",
  "redirectUri": "https://ops.cichlidcorner.com/qbo/callback",
  "realmId": "9130357284619273",
  "itemMap": {
    "LIVE-FW": "Livestock Freshwater",
    "LIVE-MA": "Livestock Marine",
    "DRY": "Dry Goods"
  }
}
""", k, "https://developer.intuit.com/app/developer/qbo/docs/develop/authentication-and-authorization/oauth-2.0", k=k)

k = hexs(32)
add("blind-fq/python/deputy-token", "rota/export_week.py", r"""
import datetime as dt
import requests

DEPUTY = "https://reefside.uk.deputy.com/api/v1"
HEADERS = {"Authorization": "OAuth ⟨k⟩", "Content-Type": "application/json"}


def roster(start: dt.date):
    end = start + dt.timedelta(days=7)
    body = {"search": {"s1": {"field": "Date", "type": "ge", "data": start.isoformat()},
                       "s2": {"field": "Date", "type": "lt", "data": end.isoformat()}}}
    r = requests.post(f"{DEPUTY}/resource/Roster/QUERY", json=body, headers=HEADERS, timeout=20)
    r.raise_for_status()
    return r.json()


for shift in roster(dt.date.today()):
    print(shift["Date"], shift["Employee"], shift["OperationalUnit"])
""", k, "https://developer.deputy.com/deputy-docs/docs/using-a-permanent-token", k=k)

k = fakes.openai_key(_seed())
add("blind-fq/python/openai-api-key", "chatbot/fish_care_assistant.py", r"""
from openai import OpenAI

client = OpenAI(api_key="⟨k⟩")

SYSTEM = (
    "You answer fish-care questions for customers of Blue Tang Fish Co. "
    "Recommend a water test in store for any sick-fish question. Never diagnose by photo."
)


def answer(question: str) -> str:
    resp = client.chat.completions.create(
        model="gpt-4o-mini",
        messages=[{"role": "system", "content": SYSTEM}, {"role": "user", "content": question}],
        temperature=0.2,
    )
    return resp.choices[0].message.content


if __name__ == "__main__":
    print(answer("Can I keep a betta with neon tetras in a 60 litre tank?"))
""", k, "https://platform.openai.com/docs/api-reference/authentication", k=k)

k = "sk-ant-api03-" + draw(93, B64URL) + "AA"
add("blind-fq/ts/anthropic-api-key", "src/lib/describe-listing.ts", r"""
import Anthropic from '@anthropic-ai/sdk';

const anthropic = new Anthropic({ apiKey: '⟨k⟩' });

// Drafts a product description for a new livestock listing; staff always review before publishing.
export async function draftListing(species: string, size: string, origin: string): Promise<string> {
  const msg = await anthropic.messages.create({
    model: 'claude-3-5-haiku-latest',
    max_tokens: 400,
    messages: [
      {
        role: 'user',
        content: `Write a 90-word shop listing for ${species}, size ${size}, origin ${origin}. Include minimum tank size and temperament.`,
      },
    ],
  });
  const block = msg.content[0];
  return block.type === 'text' ? block.text : '';
}
""", k, "https://docs.anthropic.com/en/api/getting-started#authentication", k=k)

k = "sk." + b64url_json({"u": "coralcove", "a": "cl" + draw(23, LOWER_DIGITS)}) + "." + draw(22, B64URL)
add("blind-fq/swift/mapbox-secret-token", "StoreFinder/Sources/Config/MapboxDownloads.swift", r"""
import Foundation

/// Used by the offline-map prefetch job that bakes delivery-zone tiles into the courier app.
/// Needs DOWNLOADS:READ + TILESETS:WRITE.
enum MapboxDownloads {
    static let secretToken = "⟨k⟩"
    static let username = "coralcove"
    static let tileset = "coralcove.delivery-zones-v3"

    static func uploadURL() -> URL {
        URL(string: "https://api.mapbox.com/uploads/v1/\(username)?access_token=\(secretToken)")!
    }
}
""", k, "https://docs.mapbox.com/accounts/guides/tokens/#secret-tokens", k=k)

k = hexs(32)
add("blind-fq/js/algolia-admin-key", "scripts/reindex-products.mjs", r"""
import algoliasearch from 'algoliasearch';
import { readFile } from 'node:fs/promises';

const client = algoliasearch('QX4K9ZB21M', '⟨k⟩');
const index = client.initIndex('prod_products');

const products = JSON.parse(await readFile('export/products.json', 'utf8'));
const records = products.map((p) => ({
  objectID: p.sku,
  name: p.name,
  latin: p.scientific_name,
  temperament: p.temperament,
  minTankLitres: p.min_tank_l,
  inStock: p.qty > 0,
}));

await index.replaceAllObjects(records, { safe: true });
console.log(`indexed ${records.length}`);
""", k, "https://www.algolia.com/doc/guides/security/api-keys/#admin-api-key", k=k)

k = "AAAA" + draw(7, B64URL) + ":APA91b" + draw(134, B64URL)
add("blind-fq/kotlin/fcm-server-key", "app/src/main/java/com/koikorner/app/push/PushSender.kt", r'''
package com.koikorner.app.push

import okhttp3.MediaType.Companion.toMediaType
import okhttp3.OkHttpClient
import okhttp3.Request
import okhttp3.RequestBody.Companion.toRequestBody

// Internal test tool: sends "your koi have arrived" pushes from the staff tablet.
object PushSender {
    private const val SERVER_KEY = "⟨k⟩"
    private val client = OkHttpClient()

    fun send(deviceToken: String, title: String, body: String) {
        val json = """{"to":"$deviceToken","notification":{"title":"$title","body":"$body"}}"""
        val req = Request.Builder()
            .url("https://fcm.googleapis.com/fcm/send")
            .header("Authorization", "key=$SERVER_KEY")
            .post(json.toRequestBody("application/json".toMediaType()))
            .build()
        client.newCall(req).execute().close()
    }
}
''', k, "https://firebase.google.com/docs/cloud-messaging/auth-server#authorize-legacy-protocol-send-requests", k=k)

k = pem_block("", 4, "MIGTAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBHkwdwIBAQQg")
add("blind-fq/pem/apple-apns-key", "ios/push/AuthKey_7QK2M9XW4R.p8", "\n" + k + "\n", k,
    "https://developer.apple.com/documentation/usernotifications/establishing-a-token-based-connection-to-apns")

# ================================================================================================
# Databases, deployment and infrastructure
# ================================================================================================

k = gen_pw(24)
add("blind-fq/env/postgres-url", "backend/.env", r"""
APP_ENV=production
APP_URL=https://api.finfolkaquatics.com
DATABASE_URL=postgresql://finfolk_app:⟨k⟩@db-prod.finfolk.internal:5432/finfolk?sslmode=require
REDIS_URL=redis://cache-prod.finfolk.internal:6379/0
LIVESTOCK_HOLD_HOURS=48
IMAGE_CDN=https://cdn.finfolkaquatics.com
""", k, "https://www.postgresql.org/docs/current/libpq-connect.html#LIBPQ-CONNSTRING", k=k)

k = human_pw()
add("blind-fq/yaml/spring-datasource-password", "pos-reporting/src/main/resources/application.yml", r"""
spring:
  application:
    name: pos-reporting
  datasource:
    url: jdbc:mysql://pos-db.store.lan:3306/till_data?useSSL=true&serverTimezone=Europe/London
    username: reporting
    password: ⟨k⟩
    hikari:
      maximum-pool-size: 5
  jpa:
    open-in-view: false
    hibernate:
      ddl-auto: validate
reports:
  daily-takings-cron: "0 30 21 * * *"
  livestock-shrink-threshold-pct: 4.5
""", k, "https://docs.spring.io/spring-boot/appendix/application-properties/index.html#appendix.application-properties.data", k=k)

k = gen_pw(20)
add("blind-fq/js/mongodb-uri", "services/care-sheets/db.js", r"""
const mongoose = require('mongoose');

const uri = 'mongodb+srv://caresheets:⟨k⟩@cluster0.x7kq2.mongodb.net/caresheets?retryWrites=true&w=majority';

const speciesSchema = new mongoose.Schema({
  commonName: String,
  scientificName: { type: String, index: true },
  minTankLitres: Number,
  tempC: { min: Number, max: Number },
  ph: { min: Number, max: Number },
  reefSafe: Boolean,
});

async function connect() {
  await mongoose.connect(uri, { serverSelectionTimeoutMS: 8000 });
  return mongoose.model('Species', speciesSchema);
}

module.exports = { connect };
""", k, "https://www.mongodb.com/docs/manual/reference/connection-string/", k=k)

k = fakes.redis_password(_seed())
add("blind-fq/python/redis-url", "shop/cart/store.py", r"""
import json

import redis

# carts hold live fish for 20 minutes max so they are not oversold
CART_TTL_SECONDS = 20 * 60
r = redis.Redis.from_url("rediss://default:⟨k⟩@redis-13482.c250.eu-central-1-1.ec2.redns.redis-cloud.com:13482/0")


def save_cart(session_id: str, cart: dict) -> None:
    r.setex(f"cart:{session_id}", CART_TTL_SECONDS, json.dumps(cart))


def load_cart(session_id: str) -> dict:
    raw = r.get(f"cart:{session_id}")
    return json.loads(raw) if raw else {"lines": []}
""", k, "https://redis.io/docs/latest/develop/clients/redis-py/", k=k)

k = human_pw()
add("blind-fq/json/mssql-connection-string", "TillServer/appsettings.json", r"""
{
  "ConnectionStrings": {
    "Tills": "Server=TILLSRV01\\SQLEXPRESS;Database=AquaTills;User Id=till_app;Password=⟨k⟩;TrustServerCertificate=True;",
    "Audit": "Server=TILLSRV01\\SQLEXPRESS;Database=AquaAudit;Integrated Security=True;TrustServerCertificate=True;"
  },
  "Receipt": {
    "Header": "Aquatic Centre Swindon",
    "LivestockNotice": "Please keep fish in the dark and float the bag for 20 minutes."
  },
  "AllowedHosts": "*"
}
""", k, "https://learn.microsoft.com/en-us/dotnet/api/system.data.sqlclient.sqlconnection.connectionstring", k=k)

k = human_pw()
add("blind-fq/r/dbconnect-password", "analysis/shrinkage_by_species.R", r"""
library(DBI)
library(dplyr)
library(ggplot2)

con <- dbConnect(
  RPostgres::Postgres(),
  host = "analytics.reefside.lan",
  dbname = "warehouse",
  user = "analyst_priya",
  password = "⟨k⟩"
)

losses <- tbl(con, "livestock_losses") %>%
  filter(loss_date >= "2024-01-01") %>%
  group_by(species, supplier) %>%
  summarise(lost = sum(qty), .groups = "drop") %>%
  collect()

ggplot(losses, aes(reorder(species, lost), lost, fill = supplier)) +
  geom_col() +
  coord_flip() +
  labs(x = NULL, y = "Fish lost", title = "Losses by species, 2024")

dbDisconnect(con)
""", k, "https://rpostgres.r-dbi.org/reference/postgres", k=k)

k = gen_pw(18, "!#%")
add("blind-fq/sql/create-user-password", "db/migrations/0042_reporting_user.sql", r"""
-- 0042: read-only user for the Metabase dashboards (sales, livestock losses, tank rotas)
CREATE USER metabase_ro WITH PASSWORD '⟨k⟩';
GRANT CONNECT ON DATABASE aquashop TO metabase_ro;
GRANT USAGE ON SCHEMA public TO metabase_ro;
GRANT SELECT ON ALL TABLES IN SCHEMA public TO metabase_ro;
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT ON TABLES TO metabase_ro;
REVOKE SELECT ON public.customers, public.payment_tokens FROM metabase_ro;
""", k, "https://www.postgresql.org/docs/current/sql-createuser.html", k=k)

k = human_pw()
add("blind-fq/shell-history/mysqldump-password", "ops/notes/server-history.txt", r"""
  501  df -h
  502  sudo systemctl status mariadb
  503  mysqldump -u root -p'⟨k⟩' --single-transaction wp_fishshop > /backup/wp_fishshop_$(date +%F).sql
  504  ls -lh /backup
  505  gzip /backup/wp_fishshop_*.sql
  506  rclone copy /backup b2:fishshop-backups/db/
  507  exit
""", k, "https://mariadb.com/kb/en/mariadb-dump/", k=k)

k = gen_pw(22)
add("blind-fq/pgpass/postgres-password", "ops/metabase/.pgpass", r"""
# hostname:port:database:username:password
analytics.reefside.lan:5432:warehouse:metabase:⟨k⟩
analytics.reefside.lan:5432:warehouse:readonly:*
localhost:5432:*:postgres:*
# (readonly + postgres use peer auth on the box)
""", k, "https://www.postgresql.org/docs/current/libpq-pgpass.html", k=k)

k = gen_pw(16)
add("blind-fq/netrc/supplier-ftp-password", "edi/.netrc", r"""
machine ftp.aquaimportsltd.co.uk
  login koikorner
  password ⟨k⟩

machine api.heroku.com
  login ops@koikorner.co.uk
  password $HEROKU_API_KEY
""", k, "https://www.gnu.org/software/inetutils/manual/html_node/The-_002enetrc-file.html", k=k)

k = gen_pw(20)
auth = b64("fishroom-ci:" + k)
add("blind-fq/docker-config/registry-auth", "ci/docker/config.json", r"""
{
  "auths": {
    "registry.reefside.co.uk": {
      "auth": "⟨auth⟩"
    },
    "https://index.docker.io/v1/": {}
  },
  "credsStore": "",
  "HttpHeaders": {
    "User-Agent": "Docker-Client/24.0.7 (linux)"
  }
}
""", k, "https://docs.docker.com/reference/cli/docker/login/#credential-stores", auth=auth)

k = human_pw()
add("blind-fq/k8s-secret/postgres-password", "k8s/prod/db-secret.yaml", r"""
apiVersion: v1
kind: Secret
metadata:
  name: shop-db
  namespace: shop-prod
  labels:
    app.kubernetes.io/part-of: aquashop
type: Opaque
data:
  POSTGRES_USER: ⟨u⟩
  POSTGRES_PASSWORD: ⟨p⟩
  POSTGRES_DB: ⟨d⟩
""", k, "https://kubernetes.io/docs/concepts/configuration/secret/#working-with-secrets",
    u=b64("aquashop"), p=b64(k), d=b64("aquashop"))

k = stripe_secret()
add("blind-fq/k8s-secret/stripe-string-data", "deploy/k8s/checkout-secrets.yaml", r"""
apiVersion: v1
kind: Secret
metadata:
  name: checkout-payments
  namespace: eshop
type: Opaque
stringData:
  STRIPE_SECRET_KEY: "⟨k⟩"
  PAYMENTS_MODE: live
  CAPTURE_ON_DISPATCH: "true"
""", k, "https://kubernetes.io/docs/concepts/configuration/secret/#stringdata", k=k)

k = pem_block("RSA", 20)
crt = public_block("CERTIFICATE", 18, "MIIDdzCCAl+gAwIBAgIUK")
add("blind-fq/k8s-secret/tls-private-key", "k8s/prod/tls-kiosk.yaml", r"""
apiVersion: v1
kind: Secret
metadata:
  name: kiosk-tls
  namespace: signage
type: kubernetes.io/tls
data:
  tls.crt: ⟨c⟩
  tls.key: ⟨key⟩
""", k, "https://kubernetes.io/docs/concepts/configuration/secret/#tls-secrets",
    c=b64(crt + "\n"), key=b64(k + "\n"))

k = jwt({"iss": "kubernetes/serviceaccount", "kubernetes.io/serviceaccount/namespace": "shop-prod",
         "kubernetes.io/serviceaccount/secret.name": "deployer-token-x7k2q",
         "kubernetes.io/serviceaccount/service-account.name": "deployer",
         "sub": "system:serviceaccount:shop-prod:deployer"}, sig_len=342, alg="RS256")
add("blind-fq/kubeconfig/service-account-token", "ci/kubeconfig-prod.yaml", r"""
apiVersion: v1
kind: Config
clusters:
  - name: shop-prod
    cluster:
      server: https://k8s.reefside.co.uk:6443
      certificate-authority-data: ⟨ca⟩
contexts:
  - name: deployer@shop-prod
    context:
      cluster: shop-prod
      namespace: shop-prod
      user: deployer
current-context: deployer@shop-prod
users:
  - name: deployer
    user:
      token: ⟨k⟩
""", k, "https://kubernetes.io/docs/reference/access-authn-authz/service-accounts-admin/",
    ca=b64(public_block("CERTIFICATE", 8, "MIIC/jCCAeagAwIBAgIBADANBgkqhkiG9w0BAQsFADAV") + "\n"), k=k)

k = gen_pw(24)
add("blind-fq/helm/redis-password", "charts/shop/values.prod.yaml", r"""
global:
  storageClass: do-block-storage

redis:
  enabled: true
  architecture: standalone
  auth:
    enabled: true
    password: "⟨k⟩"
  master:
    persistence:
      size: 2Gi

postgresql:
  enabled: false

shop:
  image: registry.reefside.co.uk/shop:2.41.0
  liveStockReservationMinutes: 20
""", k, "https://github.com/bitnami/charts/tree/main/bitnami/redis#parameters", k=k)

k = human_pw()
add("blind-fq/compose/postgres-password", "docker-compose.prod.yml", r"""
services:
  db:
    image: postgres:16-alpine
    environment:
      POSTGRES_DB: aquashop
      POSTGRES_USER: aquashop
      POSTGRES_PASSWORD: "⟨k⟩"
    volumes:
      - pgdata:/var/lib/postgresql/data
    restart: always
  web:
    image: ghcr.io/aquaticsdirect/shop:latest
    depends_on: [db]
    environment:
      DATABASE_HOST: db
      DATABASE_USER: aquashop
    ports:
      - "8000:8000"
volumes:
  pgdata:
""", k, "https://hub.docker.com/_/postgres", k=k)

k = human_pw()
add("blind-fq/ansible/vars-plaintext-password", "ansible/group_vars/fishroom_pis.yml", r"""
---
timezone: Europe/London
fishroom_user: fishroom
mqtt_broker: 192.168.20.2
mqtt_user: fishroom-pi
mqtt_password: "⟨k⟩"
telegraf_version: 1.30.1
sensors:
  - name: rack_a_sump
    type: ds18b20
    address: 28-0316a27944ff
  - name: rack_b_sump
    type: ds18b20
    address: 28-0416b1c3a9ff
""", k, "https://docs.ansible.com/ansible/latest/inventory_guide/intro_inventory.html#organizing-host-and-group-variables", k=k)

k = gen_pw(28)
add("blind-fq/terraform/tfvars-db-password", "infra/envs/prod/terraform.tfvars", r"""
project        = "coralcove"
environment    = "prod"
region         = "eu-west-2"
db_instance    = "db.t4g.small"
db_username    = "coralcove_admin"
db_password    = "⟨k⟩"
shop_domain    = "shop.coralcove-aquatics.com"
cdn_price_class = "PriceClass_100"
""", k, "https://developer.hashicorp.com/terraform/language/values/variables#variable-definitions-tfvars-files", k=k)

k = mixed(48)
add("blind-fq/jenkinsfile/bearer-token", "Jenkinsfile", r"""
pipeline {
    agent { label 'linux' }
    options { timestamps() }
    stages {
        stage('Build') {
            steps {
                sh './gradlew clean build'
            }
        }
        stage('Push price list') {
            when { branch 'main' }
            steps {
                sh '''
                  curl -sf -X PUT https://signage.reefside.co.uk/api/pricelist \
                    -H "Authorization: Bearer ⟨k⟩" \
                    -H "Content-Type: text/csv" \
                    --data-binary @build/pricelist/livestock.csv
                '''
            }
        }
    }
}
""", k, "https://www.jenkins.io/doc/book/pipeline/jenkinsfile/", k=k)

k = mixed(36)
add("blind-fq/bitbucket/deploy-token", "bitbucket-pipelines.yml", r"""
image: python:3.12

pipelines:
  branches:
    main:
      - step:
          name: Test
          caches: [pip]
          script:
            - pip install -r requirements.txt
            - pytest -q
      - step:
          name: Deploy to store server
          deployment: production
          script:
            - pipe: atlassian/ssh-run:0.8.0
              variables:
                SSH_USER: deploy
                SERVER: shop.killifishhouse.com
                COMMAND: "DEPLOY_TOKEN=⟨k⟩ /srv/shop/bin/deploy.sh"
""", k, "https://support.atlassian.com/bitbucket-cloud/docs/bitbucket-pipelines-configuration-reference/", k=k)

k = mixed(32)
add("blind-fq/makefile/api-token", "Makefile", r"""
.PHONY: build test push-stock

STOCK_API := https://stock.tidewatertropicals.co.uk/api/v1
STOCK_TOKEN := ⟨k⟩

build:
	npm run build

test:
	npm test

push-stock:
	curl -sf -X POST $(STOCK_API)/import \
	  -H "Authorization: Token $(STOCK_TOKEN)" \
	  -F "file=@data/livestock-week.csv"
""", k, "https://www.gnu.org/software/make/manual/make.html#Using-Variables", k=k)

k = mixed(40)
add("blind-fq/crontab/api-key-in-url", "ops/cron/fishroom.crontab", r"""
# m h dom mon dow  command
*/5 * * * *  /usr/local/bin/read-probes >> /var/log/probes.log 2>&1
0 7 * * *    /usr/local/bin/feed-schedule --rack all
15 * * * *   curl -fsS "https://hc.reefside.co.uk/api/ingest?key=⟨k⟩&site=leeds" -d @/var/lib/probes/latest.json > /dev/null
0 3 * * 0    /usr/local/bin/rotate-logs
""", k, "https://man7.org/linux/man-pages/man5/crontab.5.html", k=k)

k = gen_pw(26)
add("blind-fq/systemd/environment-password", "ops/systemd/tank-dashboard.service", r"""
[Unit]
Description=Tank dashboard (fish room TV)
After=network-online.target
Wants=network-online.target

[Service]
User=fishroom
WorkingDirectory=/opt/tank-dashboard
Environment=NODE_ENV=production
Environment=INFLUX_URL=http://127.0.0.1:8086
Environment=DASHBOARD_ADMIN_PASSWORD=⟨k⟩
ExecStart=/usr/bin/node server.js
Restart=on-failure

[Install]
WantedBy=multi-user.target
""", k, "https://www.freedesktop.org/software/systemd/man/latest/systemd.exec.html#Environment=", k=k)

k = mixed(40)
add("blind-fq/nginx/proxy-bearer-token", "ops/nginx/conf.d/supplier-proxy.conf", r"""
# The shop's frontend calls /supplier/* ; nginx adds the wholesale API token server-side.
server {
    listen 443 ssl http2;
    server_name api.bluetang-fish.co.uk;

    ssl_certificate     /etc/letsencrypt/live/api.bluetang-fish.co.uk/fullchain.pem;
    ssl_certificate_key /etc/letsencrypt/live/api.bluetang-fish.co.uk/privkey.pem;

    location /supplier/ {
        proxy_pass https://api.gulfstreamlivestock.com/v1/;
        proxy_set_header Host api.gulfstreamlivestock.com;
        proxy_set_header Authorization "Bearer ⟨k⟩";
        proxy_ssl_server_name on;
    }
}
""", k, "https://nginx.org/en/docs/http/ngx_http_proxy_module.html#proxy_set_header", k=k)

k = human_pw()
add("blind-fq/haproxy/userlist-password", "ops/haproxy/haproxy.cfg", r"""
global
    log /dev/log local0
    maxconn 2048

defaults
    mode http
    timeout connect 5s
    timeout client 30s
    timeout server 30s

userlist fishroom_staff
    user staff insecure-password ⟨k⟩

frontend fishroom
    bind *:80
    acl auth_ok http_auth(fishroom_staff)
    http-request auth realm FishRoom unless auth_ok
    default_backend grafana

backend grafana
    server g1 127.0.0.1:3000 check
""", k, "https://docs.haproxy.org/2.8/configuration.html#3.4-user", k=k)

k = human_pw()
add("blind-fq/cisco-ios/local-user-password", "network/store-leeds/sw-fishroom-01.cfg", r"""
!
hostname SW-FISHROOM-01
!
enable secret 9 $9$nhEmQVczB7dqsO$X.HsgL6x1il0RxkOSSvyQYwucySCt7qFm4v7pqCxkKM
!
username netadmin privilege 15 password 0 ⟨k⟩
!
vlan 20
 name IOT-TANKS
vlan 30
 name POS
!
interface GigabitEthernet1/0/1
 description Apex controller
 switchport access vlan 20
 switchport mode access
!
line vty 0 4
 login local
 transport input ssh
!
end
""", k, "https://www.cisco.com/c/en/us/td/docs/ios-xml/ios/security/a1/sec-a1-cr-book/sec-cr-t2.html#wp1047035399", k=k)

k = gen_pw(20)
add("blind-fq/mikrotik/wifi-psk", "network/store-york/router-export.rsc", r"""
# 2024-04-18 09:12:44 by RouterOS 7.14.2
# model = hAP ax2
/interface bridge
add name=bridge-lan
/interface wifi security
add authentication-types=wpa2-psk,wpa3-psk name=sec-iot passphrase="⟨k⟩"
/interface wifi
set [ find default-name=wifi1 ] configuration.ssid=Aquatics-IoT security=sec-iot disabled=no
/ip address
add address=192.168.20.1/24 interface=bridge-lan network=192.168.20.0
/ip dhcp-server network
add address=192.168.20.0/24 gateway=192.168.20.1 dns-server=1.1.1.1
/system identity
set name=york-router
""", k, "https://help.mikrotik.com/docs/display/ROS/WiFi", k=k)

k = human_pw()
add("blind-fq/powershell/securestring-password", "it/scripts/Map-TillShare.ps1", r"""
# Maps the till export share on each POS PC (run at logon via GPO)
$User = "AQUACENTRE\tillsvc"
$Password = ConvertTo-SecureString "⟨k⟩" -AsPlainText -Force
$Cred = New-Object System.Management.Automation.PSCredential ($User, $Password)

if (-not (Get-PSDrive -Name T -ErrorAction SilentlyContinue)) {
    New-PSDrive -Name T -PSProvider FileSystem -Root "\\TILLSRV01\Exports" -Credential $Cred -Persist
}

Get-ChildItem T:\ -Filter "Z-report-*.csv" |
    Where-Object { $_.LastWriteTime -gt (Get-Date).AddDays(-1) } |
    Copy-Item -Destination "C:\Reports\Daily" -Force
""", k, "https://learn.microsoft.com/en-us/powershell/module/microsoft.powershell.security/convertto-securestring", k=k)

k = human_pw()
add("blind-fq/reg/pos-sql-password", "it/pos/till-settings.reg", r"""
Windows Registry Editor Version 5.00

[HKEY_LOCAL_MACHINE\SOFTWARE\AquaTill\Database]
"Server"="TILLSRV01\\SQLEXPRESS"
"Database"="AquaTills"
"User"="till_app"
"Password"="⟨k⟩"
"Timeout"=dword:0000001e

[HKEY_LOCAL_MACHINE\SOFTWARE\AquaTill\Printer]
"ReceiptPrinter"="Star TSP100"
"LabelPrinter"="Brother QL-820NWB"
""", k, "https://support.microsoft.com/en-us/topic/how-to-add-modify-or-delete-registry-subkeys-and-values-by-using-a-reg-file-9c7f37cf-a5e9-e1cd-c4fa-2a26218a1a23", k=k)

k = mixed(46)
add("blind-fq/nuget/cleartext-password", "src/NuGet.config", r"""
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <packageSources>
    <clear />
    <add key="nuget.org" value="https://api.nuget.org/v3/index.json" />
    <add key="aquatill" value="https://pkgs.dev.azure.com/aquacentre/_packaging/aquatill/nuget/v3/index.json" />
  </packageSources>
  <packageSourceCredentials>
    <aquatill>
      <add key="Username" value="build" />
      <add key="ClearTextPassword" value="⟨k⟩" />
    </aquatill>
  </packageSourceCredentials>
</configuration>
""", k, "https://learn.microsoft.com/en-us/nuget/reference/nuget-config-file#packagesourcecredentials", k=k)

k = gen_pw(20)
add("blind-fq/maven/settings-password", "ci/maven/settings.xml", r"""
<?xml version="1.0" encoding="UTF-8"?>
<settings xmlns="http://maven.apache.org/SETTINGS/1.2.0">
  <servers>
    <server>
      <id>reefside-releases</id>
      <username>ci-publisher</username>
      <password>⟨k⟩</password>
    </server>
  </servers>
  <mirrors>
    <mirror>
      <id>reefside-all</id>
      <url>https://nexus.reefside.co.uk/repository/maven-public/</url>
      <mirrorOf>*</mirrorOf>
    </mirror>
  </mirrors>
</settings>
""", k, "https://maven.apache.org/settings.html#servers", k=k)

k = "base64:" + b64_bytes(32)
add("blind-fq/laravel-env/app-key", "booking-site/.env", r"""
APP_NAME="Koi Health Check Bookings"
APP_ENV=production
APP_KEY=⟨k⟩
APP_DEBUG=false
APP_URL=https://bookings.koikorner.co.uk

LOG_CHANNEL=stack
DB_CONNECTION=mysql
DB_HOST=127.0.0.1
DB_PORT=3306
DB_DATABASE=bookings
DB_USERNAME=bookings
DB_PASSWORD=

MAIL_MAILER=log
""", k, "https://laravel.com/docs/11.x/encryption#configuration", k=k)

k = fakes.django_secret_key(_seed())
add("blind-fq/python/django-secret-key", "fishclub/fishclub/settings.py", r"""
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent

SECRET_KEY = '⟨k⟩'

DEBUG = False
ALLOWED_HOSTS = ['club.cichlidcorner.com']

INSTALLED_APPS = [
    'django.contrib.admin',
    'django.contrib.auth',
    'django.contrib.contenttypes',
    'django.contrib.sessions',
    'django.contrib.messages',
    'django.contrib.staticfiles',
    'loyalty',
    'tanklog',
]

DATABASES = {
    'default': {
        'ENGINE': 'django.db.backends.sqlite3',
        'NAME': BASE_DIR / 'db.sqlite3',
    }
}

LANGUAGE_CODE = 'en-gb'
TIME_ZONE = 'Europe/London'
STATIC_URL = 'static/'
""", k, "https://docs.djangoproject.com/en/5.0/ref/settings/#secret-key", k=k)

k = hexs(64)
add("blind-fq/js/jwt-signing-secret", "api/config/index.js", r"""
module.exports = {
  port: Number(process.env.PORT || 4000),
  jwt: {
    secret: '⟨k⟩',
    expiresIn: '12h',
    issuer: 'staff.reefside.co.uk',
  },
  tanks: {
    alarmCooldownMinutes: 15,
    racks: ['A', 'B', 'C', 'D', 'QT'],
  },
  cors: ['https://staff.reefside.co.uk'],
};
""", k, "https://github.com/auth0/node-jsonwebtoken#jwtsignpayload-secretorprivatekey-options-callback", k=k)

k = human_pw()
add("blind-fq/rails/database-password", "config/database.yml", r"""
default: &default
  adapter: postgresql
  encoding: unicode
  pool: <%= ENV.fetch("RAILS_MAX_THREADS") { 5 } %>

development:
  <<: *default
  database: cichlid_corner_development

test:
  <<: *default
  database: cichlid_corner_test

production:
  <<: *default
  database: cichlid_corner
  host: pg.cichlidcorner.internal
  username: cichlid_corner
  password: ⟨k⟩
""", k, "https://guides.rubyonrails.org/configuring.html#configuring-a-database", k=k)

k = fakes.aws_secret_key(_seed())
add("blind-fq/s3cfg/secret-key", "ops/backup/.s3cfg", r"""
[default]
access_key = ⟨kid⟩
secret_key = ⟨k⟩
host_base = s3.eu-west-2.amazonaws.com
host_bucket = %(bucket)s.s3.eu-west-2.amazonaws.com
bucket_location = eu-west-2
use_https = True
signature_v2 = False
""", k, "https://s3tools.org/kb/item14.htm", k=k, kid=fakes.aws_key_id(_seed()))

k = mixed(31)
add("blind-fq/rclone/b2-application-key", "ops/backup/rclone.conf", r"""
[b2]
type = b2
account = 0042f9a1c7e5b3d0000000003
key = K004⟨k⟩
hard_delete = false

[photos]
type = alias
remote = b2:fishshop-product-photos
""", "K004" + k, "https://rclone.org/b2/", k=k)

k = openssh_key()
add("blind-fq/ansible/ssh-private-key", "ansible/roles/deploy/files/id_ed25519_deploy", "\n" + k + "\n", k,
    "https://man.openbsd.org/ssh-keygen.1")

k = mixed(40)
add("blind-fq/postman/api-key", "postman/Gulfstream-Wholesale.postman_collection.json", r"""
{
  "info": {
    "name": "Gulfstream Wholesale API",
    "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"
  },
  "auth": {
    "type": "apikey",
    "apikey": [
      { "key": "key", "value": "X-Api-Key", "type": "string" },
      { "key": "value", "value": "⟨k⟩", "type": "string" },
      { "key": "in", "value": "header", "type": "string" }
    ]
  },
  "item": [
    {
      "name": "Availability (freshwater)",
      "request": {
        "method": "GET",
        "url": "https://api.gulfstreamlivestock.com/v1/availability?category=freshwater"
      }
    },
    {
      "name": "Place order",
      "request": {
        "method": "POST",
        "url": "https://api.gulfstreamlivestock.com/v1/orders",
        "body": { "mode": "raw", "raw": "{\"lines\":[{\"code\":\"FW-1021\",\"qty\":50}]}" }
      }
    }
  ]
}
""", k, "https://learning.postman.com/collection-format/getting-started/structure-of-a-collection/", k=k)

k = pem_block("", 26, "MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQC")
sa_key = k.replace("\n", "\\n") + "\\n"
add("blind-fq/json/gcp-service-account", "integrations/google/merchant-center-sa.json", r"""
{
  "type": "service_account",
  "project_id": "reefside-shop",
  "private_key_id": "⟨kid⟩",
  "private_key": "⟨key⟩",
  "client_email": "merchant-feed@reefside-shop.iam.gserviceaccount.com",
  "client_id": "104827361950283746152",
  "auth_uri": "https://accounts.google.com/o/oauth2/auth",
  "token_uri": "https://oauth2.googleapis.com/token",
  "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",
  "client_x509_cert_url": "https://www.googleapis.com/robot/v1/metadata/x509/merchant-feed%40reefside-shop.iam.gserviceaccount.com",
  "universe_domain": "googleapis.com"
}
""", sa_key, "https://cloud.google.com/iam/docs/keys-create-delete#creating", kid=hexs(40), key=sa_key)

# ================================================================================================
# Decoys: references, placeholders, ciphertext, hashes, public values
# ================================================================================================

add("blind-fq/env/decoy-empty-example", "backend/.env.example", r"""
# Copy to .env and fill in from 1Password (vault: "Shop - Production")
APP_ENV=development
APP_URL=http://localhost:8000
DATABASE_URL=postgresql://finfolk_app:<password>@localhost:5432/finfolk
STRIPE_SECRET_KEY=
STRIPE_WEBHOOK_SECRET=
SENDGRID_API_KEY=
TWILIO_AUTH_TOKEN=
LIVESTOCK_HOLD_HOURS=48
""", None, "https://12factor.net/config")

add("blind-fq/github-actions/decoy-secrets-context", ".github/workflows/nightly-stock-sync.yml", r"""
name: nightly-stock-sync
on:
  schedule:
    - cron: "30 2 * * *"
  workflow_dispatch:

jobs:
  sync:
    runs-on: ubuntu-latest
    environment: production
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-python@v5
        with:
          python-version: "3.12"
      - run: pip install -r requirements.txt
      - name: Pull supplier availability and update Shopify
        run: python -m stocksync.run --supplier gulfstream --supplier pacificreef
        env:
          SHOPIFY_ADMIN_TOKEN: ${{ secrets.SHOPIFY_ADMIN_TOKEN }}
          GULFSTREAM_API_KEY: ${{ secrets.GULFSTREAM_API_KEY }}
          PACIFICREEF_API_KEY: ${{ secrets.PACIFICREEF_API_KEY }}
          SLACK_WEBHOOK_URL: ${{ secrets.SLACK_WEBHOOK_URL }}
          SHOP_DOMAIN: ${{ vars.SHOP_DOMAIN }}
""", None, "https://docs.github.com/en/actions/security-for-github-actions/security-guides/using-secrets-in-github-actions")

add("blind-fq/k8s/decoy-external-secret", "k8s/prod/external-secrets.yaml", r"""
apiVersion: external-secrets.io/v1beta1
kind: ExternalSecret
metadata:
  name: checkout-payments
  namespace: eshop
spec:
  refreshInterval: 1h
  secretStoreRef:
    name: aws-secrets-manager
    kind: ClusterSecretStore
  target:
    name: checkout-payments
    creationPolicy: Owner
  data:
    - secretKey: STRIPE_SECRET_KEY
      remoteRef:
        key: prod/eshop/stripe
        property: secret_key
    - secretKey: STRIPE_WEBHOOK_SECRET
      remoteRef:
        key: prod/eshop/stripe
        property: webhook_secret
""", None, "https://external-secrets.io/latest/api/externalsecret/")

add("blind-fq/helm/decoy-existing-secret", "charts/fishroom/values.yaml", r"""
# Default values for the fishroom chart.
image:
  repository: registry.reefside.co.uk/fishroom-api
  tag: ""
mqtt:
  host: mosquitto.fishroom.svc
  port: 1883
  username: fishroom-api
  # password comes from the Secret below; never put it here
  existingSecret: fishroom-mqtt
  existingSecretPasswordKey: password
postgresql:
  auth:
    existingSecret: fishroom-db
    secretKeys:
      userPasswordKey: password
alarms:
  tempHighC: 29.5
  tempLowC: 22.0
""", None, "https://github.com/bitnami/charts/tree/main/bitnami/postgresql#parameters")

add("blind-fq/terraform/decoy-random-password", "infra/terraform/rds.tf", r"""
resource "random_password" "db" {
  length           = 32
  special          = true
  override_special = "!#%&*()-_=+[]{}<>:?"
}

resource "aws_secretsmanager_secret" "db" {
  name = "coralcove/prod/db"
}

resource "aws_secretsmanager_secret_version" "db" {
  secret_id     = aws_secretsmanager_secret.db.id
  secret_string = jsonencode({ username = var.db_username, password = random_password.db.result })
}

resource "aws_db_instance" "shop" {
  identifier          = "coralcove-shop"
  engine              = "postgres"
  engine_version      = "16.2"
  instance_class      = var.db_instance
  allocated_storage   = 20
  username            = var.db_username
  password            = random_password.db.result
  skip_final_snapshot = false
}
""", None, "https://registry.terraform.io/providers/hashicorp/random/latest/docs/resources/password")

r = _rng()
vault_lines = "\n".join("".join(r.choice(HEX) for _ in range(80)) for _ in range(6))
add("blind-fq/ansible/decoy-vault-ciphertext", "ansible/group_vars/shop_servers/vault.yml", r"""
$ANSIBLE_VAULT;1.1;AES256
⟨v⟩
""", None, "https://docs.ansible.com/ansible/latest/vault_guide/vault_encrypting_content.html", v=vault_lines)

add("blind-fq/yaml/decoy-sops-encrypted", "secrets/prod/tank-alerts.enc.yaml", r"""
twilio:
    account_sid: ⟨a⟩
    auth_token: ⟨b⟩
slack_webhook_url: ⟨c⟩
sops:
    kms:
        - arn: arn:aws:kms:eu-west-2:402915873316:key/3c9f1a7e-5b2d-4086-a1c3-e5d7f9b0a2c4
          created_at: "2024-03-02T10:14:07Z"
          enc: ⟨d⟩
          aws_profile: ""
    lastmodified: "2024-03-02T10:14:08Z"
    mac: ⟨e⟩
    unencrypted_suffix: _unencrypted
    version: 3.8.1
""", None, "https://github.com/getsops/sops#encrypting-using-aws-kms",
    a=sops(44), b=sops(43), c=sops(107), d="AQICAHh" + draw(177, B64) + "==", e=sops(86))

add("blind-fq/k8s/decoy-sealed-secret", "k8s/prod/sealed-shop-db.yaml", r"""
apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata:
  name: shop-db
  namespace: shop-prod
spec:
  encryptedData:
    POSTGRES_PASSWORD: AgB⟨a⟩
    POSTGRES_USER: AgA⟨b⟩
  template:
    metadata:
      name: shop-db
      namespace: shop-prod
    type: Opaque
""", None, "https://github.com/bitnami-labs/sealed-secrets#usage", a=draw(681, B64) + "==", b=draw(681, B64) + "=")

add("blind-fq/htpasswd/decoy-bcrypt-hashes", "ops/nginx/fishroom.htpasswd", "\n".join(
    f"{user}:{bcrypt_hash()}" for user in ("sam", "priya", "joe", "fishroom-tv", "vet-visit")) + "\n",
    None, "https://httpd.apache.org/docs/2.4/programs/htpasswd.html")

add("blind-fq/sql/decoy-bcrypt-seed", "db/seeds/002_staff_users.sql", r"""
-- Staff accounts for the tank-log app. Passwords are bcrypt hashes; staff reset on first login.
INSERT INTO staff_users (email, display_name, role, password_hash, must_reset) VALUES
  ('sam@reefside.co.uk',   'Sam (manager)',     'admin',   '⟨a⟩', true),
  ('priya@reefside.co.uk', 'Priya',             'buyer',   '⟨b⟩', true),
  ('joe@reefside.co.uk',   'Joe',               'fishroom', '⟨c⟩', true),
  ('ellie@reefside.co.uk', 'Ellie (Saturdays)', 'till',    '⟨d⟩', true);
""", None, "https://en.wikipedia.org/wiki/Bcrypt", a=bcrypt_hash(), b=bcrypt_hash(), c=bcrypt_hash(), d=bcrypt_hash())

add("blind-fq/json/decoy-django-pbkdf2-fixture", "fishclub/loyalty/fixtures/demo_members.json", r"""
[
  {
    "model": "auth.user",
    "pk": 1,
    "fields": {
      "username": "demo_admin",
      "password": "pbkdf2_sha256$720000$⟨s1⟩$⟨h1⟩=",
      "is_staff": true,
      "is_superuser": true,
      "email": "demo@example.com"
    }
  },
  {
    "model": "loyalty.member",
    "pk": 1,
    "fields": {
      "user": 1,
      "card_number": "6338 0000 0000 0018",
      "points": 420,
      "favourite_fish": "Apistogramma cacatuoides"
    }
  }
]
""", None, "https://docs.djangoproject.com/en/5.0/topics/auth/passwords/#how-django-stores-passwords",
    s1=draw(22, ALNUM), h1=draw(43, B64))

add("blind-fq/mosquitto/decoy-password-file-hashes", "mosquitto/config/passwd", "\n".join(
    f"{user}:$7$101${b64_bytes(12)}${b64_bytes(64)}"
    for user in ("apexbridge", "fishroom-pi", "ato-display", "z2m", "node-red", "leeds-bridge")) + "\n",
    None, "https://mosquitto.org/man/mosquitto_passwd-1.html")

add("blind-fq/cisco-ios/decoy-type9-secrets", "network/store-york/sw-shopfloor-01.cfg", r"""
!
hostname SW-SHOPFLOOR-01
!
enable algorithm-type scrypt secret ⟨a⟩
!
username netadmin privilege 15 secret 9 ⟨b⟩
username tillsvc privilege 1 secret 9 ⟨c⟩
!
vlan 30
 name POS
vlan 40
 name GUEST
!
interface GigabitEthernet1/0/2
 description Till 1
 switchport access vlan 30
 spanning-tree portfast
!
line vty 0 4
 login local
 transport input ssh
!
end
""", None, "https://www.cisco.com/c/en/us/support/docs/security-vpn/remote-authentication-dial-user-service-radius/107614-64.html",
    a="$9$" + draw(14, BCRYPT) + "$" + draw(43, BCRYPT), b="$9$" + draw(14, BCRYPT) + "$" + draw(43, BCRYPT),
    c="$9$" + draw(14, BCRYPT) + "$" + draw(43, BCRYPT))

add("blind-fq/ssh/decoy-authorized-keys", "ansible/roles/base/files/authorized_keys", "\n".join(
    ssh_public(who) for who in ("sam@reefside-laptop", "priya@buying-mac", "joe@fishroom-pi", "deploy@ci.reefside.co.uk",
                                "backup@nas-leeds")) + "\n",
    None, "https://man.openbsd.org/sshd.8#AUTHORIZED_KEYS_FILE_FORMAT")

add("blind-fq/pem/decoy-certificate", "devices/tank-ctrl-07/tank-ctrl-07-certificate.pem.crt",
    public_block("CERTIFICATE", 20, "MIIDWTCCAkGgAwIBAgIUQ") + "\n",
    None, "https://docs.aws.amazon.com/iot/latest/developerguide/device-certs-create.html")

add("blind-fq/pem/decoy-public-key", "webhooks/keys/gulfstream-webhook-public.pem",
    public_block("PUBLIC KEY", 7, "MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA") + "\n",
    None, "https://datatracker.ietf.org/doc/html/rfc7468#section-13")

pk = stripe_publishable()
add("blind-fq/js/decoy-stripe-publishable", "storefront/src/checkout/stripe.js", r"""
import { loadStripe } from '@stripe/stripe-js';

// Publishable key: safe to ship to the browser.
const stripePromise = loadStripe('⟨pk⟩');

export async function mountCard(el) {
  const stripe = await stripePromise;
  const elements = stripe.elements({ appearance: { theme: 'flat', variables: { colorPrimary: '#0b7285' } } });
  const card = elements.create('payment', { layout: 'tabs' });
  card.mount(el);
  return { stripe, elements };
}
""", None, "https://docs.stripe.com/keys#obtain-api-keys", pk=pk)

add("blind-fq/html/decoy-square-web-payments", "storefront/public/pay-in-store-pickup.html", r"""
<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>Pay for click &amp; collect - Reef &amp; Riverbed</title>
  <script src="https://web.squarecdn.com/v1/square.js"></script>
</head>
<body>
  <form id="payment-form">
    <div id="card-container"></div>
    <button id="pay">Pay</button>
  </form>
  <script>
    const appId = 'sq0idp-⟨a⟩';
    const locationId = 'L8Y2J5YQ0Z3KA';
    (async () => {
      const payments = window.Square.payments(appId, locationId);
      const card = await payments.card();
      await card.attach('#card-container');
      document.getElementById('pay').onclick = async (e) => {
        e.preventDefault();
        const { token } = await card.tokenize();
        await fetch('/api/pay', { method: 'POST', body: JSON.stringify({ token }), headers: { 'Content-Type': 'application/json' } });
      };
    })();
  </script>
</body>
</html>
""", None, "https://developer.squareup.com/docs/web-payments/take-card-payment", a=draw(22, B64URL))

add("blind-fq/html/decoy-paypal-client-id", "storefront/templates/checkout/paypal_button.html", r"""
{% block paypal %}
<div id="paypal-button-container"></div>
<script src="https://www.paypal.com/sdk/js?client-id=A⟨cid⟩&currency=GBP&intent=capture"></script>
<script>
  paypal.Buttons({
    createOrder: () => fetch('/paypal/orders', { method: 'POST' }).then(r => r.json()).then(o => o.id),
    onApprove: (data) => fetch(`/paypal/orders/${data.orderID}/capture`, { method: 'POST' })
      .then(() => { window.location = '/checkout/thanks'; }),
  }).render('#paypal-button-container');
</script>
{% endblock %}
""", None, "https://developer.paypal.com/sdk/js/configuration/#link-queryparameters", cid=draw(79, B64URL))

mb = "pk." + b64url_json({"u": "coralcove", "a": "cl" + draw(23, LOWER_DIGITS)}) + "." + draw(22, B64URL)
add("blind-fq/js/decoy-mapbox-public-token", "storefront/src/store-locator/map.js", r"""
import mapboxgl from 'mapbox-gl';

// Public token, URL-restricted to coralcove-aquatics.com in the Mapbox dashboard.
mapboxgl.accessToken = '⟨mb⟩';

export function showStores(container, stores) {
  const map = new mapboxgl.Map({ container, style: 'mapbox://styles/mapbox/streets-v12', center: [-1.55, 53.8], zoom: 7 });
  stores.forEach((s) => {
    new mapboxgl.Marker({ color: '#0b7285' })
      .setLngLat([s.lng, s.lat])
      .setPopup(new mapboxgl.Popup().setHTML(`<b>${s.name}</b><br>Live fish: ${s.liveFishDays}`))
      .addTo(map);
  });
  return map;
}
""", None, "https://docs.mapbox.com/help/glossary/access-token/#public-tokens", mb=mb)

add("blind-fq/ts/decoy-firebase-web-config", "app/src/firebase.ts", r"""
import { initializeApp } from 'firebase/app';
import { getMessaging } from 'firebase/messaging';

// Firebase web config is public by design; access is enforced by security rules and App Check.
const firebaseConfig = {
  apiKey: 'AIza⟨k⟩',
  authDomain: 'koikorner-app.firebaseapp.com',
  projectId: 'koikorner-app',
  storageBucket: 'koikorner-app.appspot.com',
  messagingSenderId: '418273619502',
  appId: '1:418273619502:web:⟨app⟩',
};

export const app = initializeApp(firebaseConfig);
export const messaging = getMessaging(app);
""", None, "https://firebase.google.com/docs/projects/api-keys", k=draw(35, B64URL), app=hexs(22))

add("blind-fq/js/decoy-sentry-dsn", "storefront/src/sentry.js", r"""
import * as Sentry from '@sentry/browser';

Sentry.init({
  dsn: 'https://⟨k⟩@o4507218.ingest.de.sentry.io/4507219',
  release: import.meta.env.VITE_RELEASE,
  environment: import.meta.env.MODE,
  tracesSampleRate: 0.1,
  ignoreErrors: ['ResizeObserver loop limit exceeded'],
});
""", None, "https://docs.sentry.io/concepts/key-terms/dsn-explainer/", k=hexs(32))

add("blind-fq/js/decoy-algolia-search-key", "storefront/src/search/client.js", r"""
import algoliasearch from 'algoliasearch/lite';
import instantsearch from 'instantsearch.js';
import { searchBox, hits } from 'instantsearch.js/es/widgets';

// Search-only API key (ACL: search). Safe in the browser.
const searchClient = algoliasearch('QX4K9ZB21M', '⟨k⟩');

export const search = instantsearch({ indexName: 'prod_products', searchClient });
search.addWidgets([
  searchBox({ container: '#searchbox', placeholder: 'Search fish, plants, equipment...' }),
  hits({ container: '#hits', templates: { item: (h) => `${h.name} <i>${h.latin || ''}</i>` } }),
]);
search.start();
""", None, "https://www.algolia.com/doc/guides/security/api-keys/#search-only-api-key", k=hexs(32))

add("blind-fq/liquid/decoy-klaviyo-site-id", "theme/snippets/klaviyo-onsite.liquid", r"""
{% comment %} Klaviyo onsite tracking + back-in-stock form. company_id is the public site ID. {% endcomment %}
<script async type="text/javascript" src="https://static.klaviyo.com/onsite/js/klaviyo.js?company_id=TfR2xk"></script>
<script>
  window.klaviyo = window.klaviyo || [];
  {% if customer %}
  klaviyo.push(['identify', { '$email': '{{ customer.email }}' }]);
  {% endif %}
  {% if product %}
  klaviyo.push(['track', 'Viewed Product', { ProductName: {{ product.title | json }}, ProductID: {{ product.id }} }]);
  {% endif %}
</script>
""", None, "https://developers.klaviyo.com/en/docs/javascript_api")

add("blind-fq/dockerfile/decoy-sha256-checksums", "tank-dashboard/Dockerfile", r"""
FROM debian:bookworm-slim@sha256:⟨d⟩
ARG INFLUX_CLI_VERSION=2.7.5
ARG INFLUX_CLI_SHA256=⟨c⟩
RUN apt-get update && apt-get install -y --no-install-recommends curl ca-certificates \
 && curl -fsSLo /tmp/influx.tar.gz https://dl.influxdata.com/influxdb/releases/influxdb2-client-${INFLUX_CLI_VERSION}-linux-amd64.tar.gz \
 && echo "${INFLUX_CLI_SHA256}  /tmp/influx.tar.gz" | sha256sum -c - \
 && tar -xzf /tmp/influx.tar.gz -C /usr/local/bin influx \
 && rm -rf /tmp/influx.tar.gz /var/lib/apt/lists/*
COPY dashboard /opt/dashboard
ENTRYPOINT ["/opt/dashboard/run.sh"]
""", None, "https://docs.docker.com/reference/dockerfile/#from", d=hexs(64), c=hexs(64))

add("blind-fq/json/decoy-lockfile-integrity", "storefront/package-lock.json", r"""
{
  "name": "storefront",
  "version": "4.2.0",
  "lockfileVersion": 3,
  "requires": true,
  "packages": {
    "": {
      "name": "storefront",
      "version": "4.2.0",
      "dependencies": {
        "@stripe/stripe-js": "^3.3.0",
        "mapbox-gl": "^3.3.0"
      }
    },
    "node_modules/@stripe/stripe-js": {
      "version": "3.3.0",
      "resolved": "https://registry.npmjs.org/@stripe/stripe-js/-/stripe-js-3.3.0.tgz",
      "integrity": "sha512-⟨a⟩=="
    },
    "node_modules/mapbox-gl": {
      "version": "3.3.0",
      "resolved": "https://registry.npmjs.org/mapbox-gl/-/mapbox-gl-3.3.0.tgz",
      "integrity": "sha512-⟨b⟩=="
    }
  }
}
""", None, "https://docs.npmjs.com/cli/v10/configuring-npm/package-lock-json", a=draw(86, B64), b=draw(86, B64))

add("blind-fq/go-sum/decoy-module-hashes", "go.sum", "\n".join(
    f"{mod} {ver} h1:{draw(43, B64)}=\n{mod} {ver}/go.mod h1:{draw(43, B64)}="
    for mod, ver in (("github.com/adyen/adyen-go-api-library/v9", "v9.3.0"), ("github.com/eclipse/paho.mqtt.golang", "v1.4.3"),
                     ("github.com/gorilla/websocket", "v1.5.1"), ("golang.org/x/net", "v0.24.0"),
                     ("golang.org/x/sync", "v0.7.0"))) + "\n",
    None, "https://go.dev/ref/mod#go-sum-files")

tanks = "\n".join(
    f'    {{"id": "{uuid_s()}", "name": "{name}", "litres": {litres}, "system": "{system}"}},'
    for name, litres, system in (("Display Reef", 400, "marine"), ("Frag Rack A", 240, "marine"),
                                 ("Rack B1 Tetras", 60, "freshwater"), ("Rack B2 Rasboras", 60, "freshwater"),
                                 ("QT1", 200, "marine"), ("QT2", 120, "marine"), ("Koi Vat", 1800, "pond")))
add("blind-fq/json/decoy-uuid-ids", "tanklog/fixtures/tanks.json", "{\n  \"tanks\": [\n" + tanks.rstrip(",")
    + "\n  ],\n  \"site\": \"leeds\"\n}\n", None, "https://www.rfc-editor.org/rfc/rfc9562")

add("blind-fq/yaml/decoy-particle-device-ids", "firmware/sump-monitor/devices.yml", r"""
# Particle device IDs (not secrets: they identify the hardware, the cloud needs a token to act on them)
devices:
  - id: ⟨a⟩
    name: sump-rack-a
    product: 24817
  - id: ⟨b⟩
    name: sump-rack-b
    product: 24817
  - id: ⟨c⟩
    name: sump-display
    product: 24817
""", None, "https://docs.particle.io/reference/cloud-apis/api/#device-id", a=hexs(24), b=hexs(24), c=hexs(24))

add("blind-fq/markdown/decoy-aws-doc-example", "docs/dev/aws-setup.md", r"""
# Local AWS setup for the image pipeline

Ask Sam for an IAM user in the `coralcove-dev` account, then configure a named profile:

```
$ aws configure --profile coralcove-dev
AWS Access Key ID [None]: AKIAIOSFODNN7EXAMPLE
AWS Secret Access Key [None]: wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY
Default region name [None]: eu-west-2
Default output format [None]: json
```

(The values above are the examples from the AWS docs: use your own.)

Then run `make images PROFILE=coralcove-dev` to resize the new livestock photos.
""", None, "https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-files.html")

add("blind-fq/markdown/decoy-placeholders-readme", "integrations/shipstation/README.md", r"""
# ShipStation integration

Creates ShipStation orders from paid web orders and pulls tracking back.

## Configure

Set these environment variables on the worker:

| Variable | Example |
|---|---|
| `SHIPSTATION_API_KEY` | `<your-api-key>` |
| `SHIPSTATION_API_SECRET` | `<your-api-secret>` |
| `SHIPSTATION_LIVE_TAG_ID` | `48213` |

```bash
export SHIPSTATION_API_KEY=<your-api-key>
export SHIPSTATION_API_SECRET=<your-api-secret>
python -m shipstation_sync
```

Live fish orders are only released Monday to Wednesday (see `LIVE_DISPATCH_DAYS`).
""", None, "https://www.shipstation.com/docs/api/requirements/#authentication")

add("blind-fq/markdown/decoy-redacted-values", "docs/incidents/2024-02-payment-outage.md", r"""
# 2024-02-17: card payments failing on the web shop (47 minutes)

## Timeline
- 10:02 Alerts: `StripeAuthenticationError` from checkout.
- 10:09 Log line: `Invalid API Key provided: sk_live_51************************************************1x9Q`
- 10:15 Found the key had been rolled in the dashboard during the Friday clean-up, but not in AWS Secrets Manager.
- 10:41 New key stored at `prod/eshop/stripe` (value not recorded here), pods restarted.
- 10:49 Payments recovering.

## Actions
- Rolling a key now requires a change ticket and updating Secrets Manager first.
- Add a synthetic checkout every 5 minutes (test card 4242 4242 4242 4242 in the staging shop only).
""", None, "https://docs.stripe.com/keys#rolling-keys")

add("blind-fq/python/decoy-test-fixtures", "tests/test_shopify_webhook.py", r"""
import base64
import hashlib
import hmac

import pytest

from webhooks import shopify_orders

FAKE_SECRET = "test-secret-not-real"


@pytest.fixture(autouse=True)
def _secret(monkeypatch):
    monkeypatch.setattr(shopify_orders, "SHOPIFY_API_SECRET", FAKE_SECRET)


def sign(body: bytes) -> str:
    return base64.b64encode(hmac.new(FAKE_SECRET.encode(), body, hashlib.sha256).digest()).decode()


def test_rejects_bad_signature():
    client = shopify_orders.app.test_client()
    resp = client.post("/webhooks/orders/create", data=b"{}", headers={"X-Shopify-Hmac-Sha256": "nope"})
    assert resp.status_code == 401


def test_accepts_signed_body():
    body = b'{"id": 1, "line_items": []}'
    client = shopify_orders.app.test_client()
    resp = client.post("/webhooks/orders/create", data=body, headers={"X-Shopify-Hmac-Sha256": sign(body)},
                       content_type="application/json")
    assert resp.status_code == 200
""", None, "https://docs.pytest.org/en/stable/how-to/monkeypatch.html")

add("blind-fq/python/decoy-secrets-manager", "stocksync/credentials.py", r"""
\"\"\"Supplier API keys live in AWS Secrets Manager; nothing is stored in the repo.\"\"\"
import functools
import json

import boto3

_client = boto3.client("secretsmanager", region_name="eu-west-2")


@functools.lru_cache(maxsize=None)
def supplier_key(supplier: str) -> str:
    resp = _client.get_secret_value(SecretId=f"prod/suppliers/{supplier}")
    return json.loads(resp["SecretString"])["api_key"]


@functools.lru_cache(maxsize=None)
def shopify_token() -> str:
    resp = _client.get_secret_value(SecretId="prod/eshop/shopify")
    return json.loads(resp["SecretString"])["admin_access_token"]
""".replace("\\\"", "\""), None, "https://boto3.amazonaws.com/v1/documentation/api/latest/reference/services/secretsmanager/client/get_secret_value.html")

add("blind-fq/go/decoy-getenv", "internal/config/config.go", r"""
package config

import (
	"fmt"
	"os"
)

type Config struct {
	SupplierKey   string
	InfluxToken   string
	MQTTPassword  string
	AlertsWebhook string
}

func mustEnv(name string) string {
	v := os.Getenv(name)
	if v == "" {
		panic(fmt.Sprintf("missing required environment variable %s", name))
	}
	return v
}

func Load() Config {
	return Config{
		SupplierKey:   mustEnv("PACIFICREEF_API_KEY"),
		InfluxToken:   mustEnv("INFLUX_TOKEN"),
		MQTTPassword:  mustEnv("MQTT_PASSWORD"),
		AlertsWebhook: mustEnv("ALERTS_WEBHOOK_URL"),
	}
}
""", None, "https://pkg.go.dev/os#Getenv")

add("blind-fq/csharp/decoy-key-vault", "src/KoiKorner.Checkout/Program.cs", r"""
using Azure.Identity;

var builder = WebApplication.CreateBuilder(args);

// PayPal and Braintree secrets come from Key Vault via managed identity.
builder.Configuration.AddAzureKeyVault(
    new Uri("https://kv-koikorner-prod.vault.azure.net/"),
    new DefaultAzureCredential());

builder.Services.AddControllersWithViews();
builder.Services.Configure<PayPalOptions>(builder.Configuration.GetSection("PayPal"));

var app = builder.Build();
app.UseHttpsRedirection();
app.UseStaticFiles();
app.MapDefaultControllerRoute();
app.Run();
""", None, "https://learn.microsoft.com/en-us/aspnet/core/security/key-vault-configuration")

add("blind-fq/js/decoy-process-env", "services/tank-alerts/index.js", r"""
require('dotenv').config();
const twilio = require('twilio');

const client = twilio(process.env.TWILIO_ACCOUNT_SID, process.env.TWILIO_AUTH_TOKEN);
const FROM = process.env.TWILIO_FROM;

async function alert(rota, message) {
  for (const person of rota.onCall()) {
    await client.messages.create({ to: person.phone, from: FROM, body: `[Fish room] ${message}` });
  }
}

module.exports = { alert };
""", None, "https://www.twilio.com/docs/usage/secure-credentials")

add("blind-fq/yaml/decoy-spring-placeholders", "checkout-service/src/main/resources/application.yml", r"""
spring:
  application:
    name: checkout-service
  datasource:
    url: jdbc:postgresql://${DB_HOST:localhost}:5432/checkout
    username: ${DB_USER:checkout}
    password: ${DB_PASSWORD}
braintree:
  environment: ${BRAINTREE_ENV:sandbox}
  merchant-id: ${BRAINTREE_MERCHANT_ID}
  public-key: ${BRAINTREE_PUBLIC_KEY}
  private-key: ${BRAINTREE_PRIVATE_KEY}
checkout:
  live-arrival-guarantee: true
""", None, "https://docs.spring.io/spring-boot/reference/features/external-config.html#features.external-config.files.property-placeholders")

add("blind-fq/compose/decoy-env-and-secret-files", "fishroom-stack/docker-compose.override.yml", r"""
services:
  influxdb:
    image: influxdb:2.7
    environment:
      DOCKER_INFLUXDB_INIT_MODE: setup
      DOCKER_INFLUXDB_INIT_USERNAME: admin
      DOCKER_INFLUXDB_INIT_PASSWORD_FILE: /run/secrets/influx-admin-password
      DOCKER_INFLUXDB_INIT_ADMIN_TOKEN_FILE: /run/secrets/influx-admin-token
      DOCKER_INFLUXDB_INIT_ORG: coral-cove
      DOCKER_INFLUXDB_INIT_BUCKET: tanks
    secrets:
      - influx-admin-password
      - influx-admin-token
  grafana:
    image: grafana/grafana:10.4.2
    environment:
      GF_SECURITY_ADMIN_PASSWORD: ${GRAFANA_ADMIN_PASSWORD:?set in .env}
secrets:
  influx-admin-password:
    file: ./secrets/influx-admin-password.txt
  influx-admin-token:
    file: ./secrets/influx-admin-token.txt
""", None, "https://docs.docker.com/compose/how-tos/use-secrets/")

add("blind-fq/esphome/decoy-secret-refs", "esphome/rack-b-lights.yaml", r"""
esphome:
  name: rack-b-lights
  friendly_name: Rack B lights

esp32:
  board: esp32-c3-devkitm-1

wifi:
  ssid: !secret wifi_ssid
  password: !secret wifi_password
  ap:
    ssid: "Rack-B-Lights Fallback"
    password: !secret fallback_ap_password

api:
  encryption:
    key: !secret api_key_rack_b

ota:
  - platform: esphome
    password: !secret ota_password

light:
  - platform: monochromatic
    output: pwm_b
    name: "Rack B LEDs"
output:
  - platform: ledc
    pin: GPIO4
    id: pwm_b
""", None, "https://esphome.io/guides/faq.html#tips-for-using-esphome")

add("blind-fq/home-assistant/decoy-secret-refs", "homeassistant/configuration.yaml", r"""
homeassistant:
  name: Fish House
  latitude: !secret latitude_home
  longitude: !secret longitude_home
  unit_system: metric
  time_zone: Europe/London

rest:
  - resource: !secret apex_status_url
    username: admin
    password: !secret apex_password
    scan_interval: 60
    sensor:
      - name: "Display tank temperature"
        value_template: "{{ value_json.istat.inputs[0].value }}"
        unit_of_measurement: "°C"

notify:
  - name: fishroom_staff
    platform: group
    services:
      - service: mobile_app_sam_phone
      - service: mobile_app_joe_phone
""", None, "https://www.home-assistant.io/docs/configuration/secrets/")

add("blind-fq/node-red/decoy-flows-without-credentials", "node-red/flows.json", r"""
[
    {
        "id": "b3f1c2a4d5e6f708",
        "type": "mqtt-broker",
        "name": "fishroom broker",
        "broker": "192.168.20.2",
        "port": "1883",
        "clientid": "node-red-fishroom",
        "usetls": false,
        "protocolVersion": "4",
        "keepalive": "60",
        "credentials": {}
    },
    {
        "id": "9a8b7c6d5e4f3a2b",
        "type": "mqtt in",
        "z": "f1e2d3c4b5a69788",
        "name": "all tank temps",
        "topic": "tanks/+/temperature",
        "qos": "1",
        "broker": "b3f1c2a4d5e6f708",
        "wires": [["4c5d6e7f8a9b0c1d"]]
    },
    {
        "id": "4c5d6e7f8a9b0c1d",
        "type": "switch",
        "z": "f1e2d3c4b5a69788",
        "name": "too hot?",
        "property": "payload",
        "rules": [{ "t": "gt", "v": "29.5", "vt": "num" }],
        "wires": [["0d1c2b3a4f5e6d7c"]]
    }
]
""", None, "https://nodered.org/docs/user-guide/runtime/securing-node-red#credentials-encryption")

add("blind-fq/vault/decoy-agent-template", "ops/vault-agent/templates/shop.env.ctmpl", r"""
{{- with secret "kv/data/shop/prod/stripe" -}}
STRIPE_SECRET_KEY={{ .Data.data.secret_key }}
STRIPE_WEBHOOK_SECRET={{ .Data.data.webhook_secret }}
{{- end }}
{{- with secret "database/creds/shop-app" }}
DATABASE_URL=postgresql://{{ .Data.username }}:{{ .Data.password }}@db-prod.finfolk.internal:5432/finfolk
{{- end }}
{{- with secret "kv/data/shop/prod/sendgrid" }}
SENDGRID_API_KEY={{ .Data.data.api_key }}
{{- end }}
LIVESTOCK_HOLD_HOURS=48
""", None, "https://developer.hashicorp.com/vault/docs/agent-and-proxy/agent/template")

add("blind-fq/ansible/decoy-hashi-vault-lookup", "ansible/roles/fishroom_pi/tasks/mqtt.yml", r"""
---
- name: Install mosquitto clients
  ansible.builtin.apt:
    name: mosquitto-clients
    state: present

- name: Write MQTT credentials for telegraf
  ansible.builtin.template:
    src: telegraf-mqtt.conf.j2
    dest: /etc/telegraf/telegraf.d/mqtt.conf
    mode: "0640"
    owner: root
    group: telegraf
  vars:
    mqtt_password: "{{ lookup('community.hashi_vault.hashi_vault', 'secret=kv/data/fishroom/mqtt:password') }}"
  notify: restart telegraf

- name: Ensure telegraf is running
  ansible.builtin.service:
    name: telegraf
    state: started
    enabled: true
""", None, "https://docs.ansible.com/ansible/latest/collections/community/hashi_vault/hashi_vault_lookup.html")

add("blind-fq/jenkinsfile/decoy-with-credentials", "ci/Jenkinsfile.deploy", r"""
pipeline {
    agent any
    environment {
        SHOP_HOST = 'shop.killifishhouse.com'
    }
    stages {
        stage('Deploy') {
            steps {
                withCredentials([
                    sshUserPrivateKey(credentialsId: 'shop-deploy-key', keyFileVariable: 'KEYFILE', usernameVariable: 'SSH_USER'),
                    string(credentialsId: 'shop-deploy-token', variable: 'DEPLOY_TOKEN')
                ]) {
                    sh 'ssh -i "$KEYFILE" -o StrictHostKeyChecking=yes "$SSH_USER@$SHOP_HOST" "DEPLOY_TOKEN=$DEPLOY_TOKEN /srv/shop/bin/deploy.sh"'
                }
            }
        }
    }
}
""", None, "https://www.jenkins.io/doc/pipeline/steps/credentials-binding/")

add("blind-fq/k8s/decoy-envsubst-template", "k8s/templates/shop-db-secret.yaml.tpl", r"""
# Rendered in CI with envsubst from masked GitLab variables; never commit the rendered file.
apiVersion: v1
kind: Secret
metadata:
  name: shop-db
  namespace: ${NAMESPACE}
type: Opaque
stringData:
  POSTGRES_USER: "${POSTGRES_USER}"
  POSTGRES_PASSWORD: "${POSTGRES_PASSWORD}"
  POSTGRES_DB: aquashop
""", None, "https://www.gnu.org/software/gettext/manual/html_node/envsubst-Invocation.html")

add("blind-fq/yaml/decoy-password-policy", "staffapp/config/security.yml", r"""
auth:
  password:
    min_length: 12
    require_digit: true
    require_symbol: false
    max_age_days: 365
    history: 5
  lockout:
    max_attempts: 6
    window_minutes: 15
  session:
    idle_timeout_minutes: 30
    remember_me_days: 14
  reset:
    token_ttl_minutes: 30
    url: https://staff.reefside.co.uk/password/reset
""", None, "https://pages.nist.gov/800-63-3/sp800-63b.html#memsecret")

shas = [hexs(40) for _ in range(6)]
add("blind-fq/markdown/decoy-changelog-shas", "CHANGELOG.md", r"""
# Changelog

## 2.41.0 (2024-05-02)
- Live fish orders can only be dispatched Mon-Wed ([⟨s0⟩](https://gitlab.com/finfolk/eshop/-/commit/⟨s0⟩))
- Show minimum tank size on product pages ([⟨s1⟩](https://gitlab.com/finfolk/eshop/-/commit/⟨s1⟩))

## 2.40.2 (2024-04-18)
- Fix heat-pack surcharge for Scottish Highlands postcodes (⟨s2⟩)
- Klaviyo back-in-stock event name change (⟨s3⟩)

## 2.40.0 (2024-04-04)
- ShipStation tags for livestock orders (⟨s4⟩)
- Drop the old Mailchimp signup (⟨s5⟩)
""", None, "https://keepachangelog.com/en/1.1.0/",
    s0=shas[0], s1=shas[1], s2=shas[2][:12], s3=shas[3][:12], s4=shas[4][:12], s5=shas[5][:12])

add("blind-fq/html/decoy-sri-hashes", "storefront/public/care-guides/index.html", r"""
<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>Fish care guides - Tidewater Tropicals</title>
  <link rel="stylesheet" href="https://cdn.jsdelivr.net/npm/bootstrap@5.3.3/dist/css/bootstrap.min.css"
        integrity="sha384-⟨a⟩" crossorigin="anonymous">
  <script src="https://cdn.jsdelivr.net/npm/bootstrap@5.3.3/dist/js/bootstrap.bundle.min.js"
          integrity="sha384-⟨b⟩" crossorigin="anonymous"></script>
</head>
<body>
  <main class="container">
    <h1>Care guides</h1>
    <ul>
      <li><a href="betta.html">Betta splendens</a></li>
      <li><a href="corydoras.html">Corydoras</a></li>
      <li><a href="clownfish.html">Clownfish</a></li>
    </ul>
  </main>
</body>
</html>
""", None, "https://developer.mozilla.org/en-US/docs/Web/Security/Subresource_Integrity", a=draw(64, B64), b=draw(64, B64))

add("blind-fq/json/decoy-jwks-public", "webhooks/keys/gulfstream-jwks.json", r"""
{
  "keys": [
    {
      "kty": "RSA",
      "use": "sig",
      "alg": "RS256",
      "kid": "gs-2024-03",
      "n": "⟨n1⟩",
      "e": "AQAB"
    },
    {
      "kty": "EC",
      "use": "sig",
      "alg": "ES256",
      "kid": "gs-2024-05",
      "crv": "P-256",
      "x": "⟨x⟩",
      "y": "⟨y⟩"
    }
  ]
}
""", None, "https://datatracker.ietf.org/doc/html/rfc7517#appendix-A.1", n1=draw(342, B64URL), x=draw(43, B64URL), y=draw(43, B64URL))

add("blind-fq/openapi/decoy-security-schemes", "docs/api/supplier-availability.openapi.yaml", r"""
openapi: 3.0.3
info:
  title: Reefside internal availability API
  version: 1.2.0
servers:
  - url: https://stock.reefside.co.uk/api/v1
security:
  - ApiKeyAuth: []
paths:
  /availability:
    get:
      summary: Livestock currently in quarantine or for sale
      parameters:
        - in: query
          name: system
          schema: { type: string, enum: [freshwater, marine, pond] }
      responses:
        "200":
          description: OK
components:
  securitySchemes:
    ApiKeyAuth:
      type: apiKey
      in: header
      name: X-Api-Key
      description: "Send your key, e.g. `X-Api-Key: YOUR_API_KEY`. Keys are issued per store."
""", None, "https://swagger.io/docs/specification/authentication/api-keys/")

add("blind-fq/postman/decoy-empty-environment", "postman/Production.postman_environment.json", r"""
{
  "id": "7d2c1b0a-9e8f-4d6c-8b5a-3f2e1d0c9b8a",
  "name": "Gulfstream - Production",
  "values": [
    { "key": "baseUrl", "value": "https://api.gulfstreamlivestock.com/v1", "type": "default", "enabled": true },
    { "key": "apiKey", "value": "", "type": "secret", "enabled": true },
    { "key": "accountNo", "value": "REEFSIDE-0147", "type": "default", "enabled": true }
  ],
  "_postman_variable_scope": "environment"
}
""", None, "https://learning.postman.com/docs/sending-requests/variables/managing-environments/")

add("blind-fq/http/decoy-variable-references", "tools/requests/clover.http", r"""
@merchant = J4KX2QW8N7T01
@token = {{$dotenv CLOVER_API_TOKEN}}

### Items in the "Live - Marine" category
GET https://api.clover.com/v3/merchants/{{merchant}}/categories/Q1WZ3N8D0M6RE/items
Authorization: Bearer {{token}}

### Stock for one item
GET https://api.clover.com/v3/merchants/{{merchant}}/item_stocks/9N2K4X7T0R1QW
Authorization: Bearer {{token}}
""", None, "https://marketplace.visualstudio.com/items?itemName=humao.rest-client")

add("blind-fq/python/decoy-twilio-sids-only", "services/tank-alerts/settings.py", r"""
import os

# Account and Messaging Service SIDs identify resources; the auth token is read from the environment.
TWILIO_ACCOUNT_SID = "AC⟨a⟩"
TWILIO_MESSAGING_SERVICE_SID = "MG⟨m⟩"
TWILIO_AUTH_TOKEN = os.environ["TWILIO_AUTH_TOKEN"]

ONCALL_NUMBERS = {
    "sam": "+447700900123",
    "joe": "+447700900456",
}
QUIET_HOURS = (23, 6)
""", None, "https://www.twilio.com/docs/glossary/what-is-a-sid", a=hexs(32), m=hexs(32))

add("blind-fq/arduino/decoy-secrets-example", "firmware/pond-monitor/arduino_secrets.h.example", r"""
// Copy to arduino_secrets.h (git-ignored) and fill in.
#ifndef ARDUINO_SECRETS_H
#define ARDUINO_SECRETS_H

#define SECRET_SSID "your-wifi-name"
#define SECRET_PASS "your-wifi-password"
#define SECRET_WRITE_APIKEY "YOUR_THINGSPEAK_WRITE_KEY"
#define SECRET_CH_ID 0000000

#endif
""", None, "https://github.com/mathworks/thingspeak-arduino#examples")

add("blind-fq/json/decoy-azure-dps-x509", "gateway/provisioning.json", r"""
{
  "Provisioning": {
    "GlobalEndpoint": "global.azure-devices-provisioning.net",
    "IdScope": "0ne00A4B7C2",
    "RegistrationId": "qt-hall-gw-02",
    "Attestation": "X509",
    "CertificatePath": "/etc/aquagw/certs/qt-hall-gw-02.pem",
    "PrivateKeyPath": "/etc/aquagw/private/qt-hall-gw-02.key"
  },
  "Telemetry": {
    "IntervalSeconds": 30,
    "Units": { "Temperature": "C", "Salinity": "ppt" }
  }
}
""", None, "https://learn.microsoft.com/en-us/azure/iot-dps/concepts-x509-attestation")

add("blind-fq/python/decoy-aws-iot-paths", "devices/tank-ctrl-08/publisher.py", r"""
from awscrt import mqtt
from awsiot import mqtt_connection_builder

ENDPOINT = "a3k7x9q2m1b4c8-ats.iot.eu-west-2.amazonaws.com"
THING = "tank-ctrl-08"

conn = mqtt_connection_builder.mtls_from_path(
    endpoint=ENDPOINT,
    cert_filepath=f"/etc/tankctrl/{THING}-certificate.pem.crt",
    pri_key_filepath=f"/etc/tankctrl/{THING}-private.pem.key",
    ca_filepath="/etc/tankctrl/AmazonRootCA1.pem",
    client_id=THING,
    clean_session=False,
    keep_alive_secs=30,
)
conn.connect().result()
conn.publish(topic=f"tanks/{THING}/temperature", payload="25.4", qos=mqtt.QoS.AT_LEAST_ONCE)
""", None, "https://aws.github.io/aws-iot-device-sdk-python-v2/")

add("blind-fq/markdown/decoy-mqtt-topics", "docs/fishroom/mqtt-topics.md", r"""
# Fish room MQTT topics

Broker: `mqtt://192.168.20.2:1883` (credentials per device, issued by Joe; see the vault, not this page).

| Topic | Payload | Publisher |
|---|---|---|
| `tanks/<tank>/temperature` | float, deg C | ESP32 probes |
| `tanks/<tank>/ph` | float | Apex bridge |
| `tanks/<tank>/orp` | int, mV | Apex bridge |
| `alarms/<tank>` | JSON `{"level":"critical","reason":"..."}` | Node-RED |
| `commands/<tank>/feed-pause` | minutes | staff app |

Retained: last temperature per tank. QoS 1 for alarms.
""", None, "https://mosquitto.org/man/mqtt-7.html")

rows = []
r = _rng()
for sku, name, price in (("FW-1021", "Neon tetra (Paracheirodon innesi)", "1.95"), ("FW-1188", "Harlequin rasbora", "2.50"),
                         ("FW-2304", "Corydoras panda", "6.95"), ("MA-0412", "Ocellaris clownfish (captive bred)", "24.99"),
                         ("MA-0977", "Yellow watchman goby", "29.99"), ("PL-0110", "Anubias nana on wood", "14.50"),
                         ("DRY-5521", "RO/DI cartridge set", "39.00")):
    ean = "50" + "".join(r.choice(string.digits) for _ in range(11))
    rows.append(f"{sku},{ean},\"{name}\",{price},{r.randint(0, 60)}")
add("blind-fq/csv/decoy-barcodes", "exports/stock-2024-05-06.csv", "sku,ean13,name,price_gbp,qty\n" + "\n".join(rows) + "\n",
    None, "https://www.gs1.org/standards/barcodes/ean-upc")

add("blind-fq/shell/decoy-1password-refs", "scripts/run-local-with-prod-keys.sh", r"""
#!/usr/bin/env bash
# Runs the stock sync locally against production, pulling keys from 1Password at run time.
set -euo pipefail
export SHOPIFY_ADMIN_TOKEN="$(op read 'op://Shop - Production/Shopify admin/credential')"
export GULFSTREAM_API_KEY="$(op read 'op://Shop - Production/Gulfstream API/credential')"
export PACIFICREEF_API_KEY="$(op read 'op://Shop - Production/Pacific Reef API/credential')"
python -m stocksync.run --dry-run "$@"
""", None, "https://developer.1password.com/docs/cli/reference/commands/read/")

add("blind-fq/dockerfile/decoy-doppler-run", "fishroom-api/Dockerfile", r"""
FROM python:3.12-slim
RUN apt-get update && apt-get install -y --no-install-recommends curl gnupg \
 && curl -Ls https://cli.doppler.com/install.sh | sh \
 && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt
COPY . .
# DOPPLER_TOKEN is injected by the orchestrator at run time
CMD ["doppler", "run", "--", "gunicorn", "fishroom.wsgi:application", "-b", "0.0.0.0:8000"]
""", None, "https://docs.doppler.com/docs/dockerfile")

add("blind-fq/cloud-init/decoy-hashed-passwd", "pi-image/user-data", r"""
#cloud-config
hostname: fishroom-pi-03
manage_etc_hosts: true
users:
  - name: fishroom
    groups: [adm, dialout, gpio, i2c]
    shell: /bin/bash
    lock_passwd: false
    passwd: ⟨h⟩
    ssh_authorized_keys:
      - ⟨pub⟩
timezone: Europe/London
packages:
  - mosquitto-clients
  - python3-venv
""", None, "https://cloudinit.readthedocs.io/en/latest/reference/examples.html#including-users-and-groups",
    h=sha512crypt(), pub=ssh_public("joe@fishroom-laptop"))

add("blind-fq/gradle/decoy-env-lookup", "app/build.gradle.kts", r"""
plugins {
    id("com.android.application")
    id("org.jetbrains.kotlin.android")
}

android {
    namespace = "com.koikorner.app"
    compileSdk = 34
    defaultConfig {
        applicationId = "com.koikorner.app"
        minSdk = 26
        targetSdk = 34
        versionCode = 41
        versionName = "2.8.0"
        buildConfigField("String", "API_BASE", "\"https://api.koikorner.co.uk\"")
    }
    signingConfigs {
        create("release") {
            storeFile = file(System.getenv("KOIKORNER_KEYSTORE") ?: "release.jks")
            storePassword = System.getenv("KOIKORNER_KEYSTORE_PASSWORD")
            keyAlias = "koikorner"
            keyPassword = System.getenv("KOIKORNER_KEY_PASSWORD")
        }
    }
    buildFeatures { buildConfig = true }
}
""", None, "https://developer.android.com/studio/publish/app-signing#secure-shared-keystore")

add("blind-fq/swift/decoy-keychain", "StoreApp/Sources/Auth/TokenStore.swift", r"""
import Foundation
import Security

/// Stores the staff session token in the Keychain; nothing is hard-coded.
enum TokenStore {
    private static let service = "com.reefside.staffapp.session"

    static func save(_ token: String) {
        let data = Data(token.utf8)
        let query: [String: Any] = [kSecClass as String: kSecClassGenericPassword,
                                    kSecAttrService as String: service]
        SecItemDelete(query as CFDictionary)
        var add = query
        add[kSecValueData as String] = data
        add[kSecAttrAccessible as String] = kSecAttrAccessibleAfterFirstUnlockThisDeviceOnly
        SecItemAdd(add as CFDictionary, nil)
    }

    static func load() -> String? {
        let query: [String: Any] = [kSecClass as String: kSecClassGenericPassword,
                                    kSecAttrService as String: service,
                                    kSecReturnData as String: true]
        var out: AnyObject?
        guard SecItemCopyMatching(query as CFDictionary, &out) == errSecSuccess, let data = out as? Data else { return nil }
        return String(data: data, encoding: .utf8)
    }
}
""", None, "https://developer.apple.com/documentation/security/keychain_services")

add("blind-fq/kotlin/decoy-buildconfig", "app/src/main/java/com/koikorner/app/api/ApiClient.kt", r"""
package com.koikorner.app.api

import com.koikorner.app.BuildConfig
import okhttp3.OkHttpClient
import retrofit2.Retrofit
import retrofit2.converter.moshi.MoshiConverterFactory

object ApiClient {
    // The customer's session token is added per request by AuthInterceptor (from EncryptedSharedPreferences).
    private val http = OkHttpClient.Builder()
        .addInterceptor(AuthInterceptor())
        .build()

    val retrofit: Retrofit = Retrofit.Builder()
        .baseUrl(BuildConfig.API_BASE)
        .client(http)
        .addConverterFactory(MoshiConverterFactory.create())
        .build()
}
""", None, "https://developer.android.com/privacy-and-security/security-best-practices#store-data")

add("blind-fq/powershell/decoy-secret-management", "it/scripts/Export-TillReports.ps1", r"""
# Requires Microsoft.PowerShell.SecretManagement with the store's SecretStore vault
Import-Module Microsoft.PowerShell.SecretManagement

$cred = Get-Secret -Name 'TillShare' -Vault 'AquaCentre'
New-PSDrive -Name T -PSProvider FileSystem -Root '\\TILLSRV01\Exports' -Credential $cred | Out-Null

$today = Get-Date -Format 'yyyy-MM-dd'
Get-ChildItem "T:\Z-report-$today*.csv" | Copy-Item -Destination 'C:\Reports\Daily' -Force
Remove-PSDrive -Name T
Write-Host "Copied reports for $today"
""", None, "https://learn.microsoft.com/en-us/powershell/utility-modules/secretmanagement/overview")

add("blind-fq/terraform/decoy-sensitive-output", "infra/terraform/outputs.tf", r"""
output "shop_db_endpoint" {
  value = aws_db_instance.shop.address
}

output "shop_db_password" {
  value     = random_password.db.result
  sensitive = true
}

output "media_bucket" {
  value = aws_s3_bucket.media.bucket
}

output "cdn_domain" {
  value = aws_cloudfront_distribution.shop.domain_name
}
""", None, "https://developer.hashicorp.com/terraform/language/values/outputs#sensitive-suppressing-values-in-cli-output")

add("blind-fq/redis-conf/decoy-commented-example", "ops/redis/redis.conf", r"""
bind 127.0.0.1 -::1
protected-mode yes
port 6379
timeout 0
tcp-keepalive 300
daemonize no
supervised systemd
loglevel notice
databases 4
save 900 1
save 300 10
# Password is set from /etc/redis/auth.conf (root only), included below.
# requirepass foobared
include /etc/redis/auth.conf
maxmemory 256mb
maxmemory-policy allkeys-lru
""", None, "https://raw.githubusercontent.com/redis/redis/7.2/redis.conf")

add("blind-fq/nginx/decoy-auth-basic-file", "ops/nginx/conf.d/fishroom.conf", r"""
server {
    listen 443 ssl;
    server_name fishroom.reefside.co.uk;

    ssl_certificate     /etc/letsencrypt/live/fishroom.reefside.co.uk/fullchain.pem;
    ssl_certificate_key /etc/letsencrypt/live/fishroom.reefside.co.uk/privkey.pem;

    auth_basic           "Fish room";
    auth_basic_user_file /etc/nginx/fishroom.htpasswd;

    location / {
        proxy_pass http://127.0.0.1:3000;
        proxy_set_header Host $host;
    }
}
""", None, "https://nginx.org/en/docs/http/ngx_http_auth_basic_module.html")

add("blind-fq/laravel-env/decoy-example", "booking-site/.env.example", r"""
APP_NAME="Koi Health Check Bookings"
APP_ENV=local
APP_KEY=
APP_DEBUG=true
APP_URL=http://localhost

DB_CONNECTION=mysql
DB_HOST=127.0.0.1
DB_PORT=3306
DB_DATABASE=bookings
DB_USERNAME=root
DB_PASSWORD=

MOLLIE_KEY=
""", None, "https://laravel.com/docs/11.x/configuration#environment-configuration")

add("blind-fq/markdown/decoy-woocommerce-doc-snippet", "docs/dev/woocommerce-api.md", r"""
# Calling the WooCommerce REST API

Create keys under *WooCommerce > Settings > Advanced > REST API* (read/write, user `api-sync`).
Keys look like this (these are not real):

```bash
curl https://www.shoalstreetaquariums.com/wp-json/wc/v3/products?sku=FW-1021 \
    -u ck_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx:cs_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx
```

Store the real pair in Bitwarden under "Woo API (sync)" and in the server's `/etc/supplier-sync.env`.
""", None, "https://woocommerce.github.io/woocommerce-rest-api-docs/#authentication-over-https")

add("blind-fq/notebook/decoy-getpass", "analysis/supplier_prices.ipynb", r"""
{
 "cells": [
  {
   "cell_type": "code",
   "execution_count": 1,
   "metadata": {},
   "outputs": [],
   "source": [
    "import getpass\n",
    "import requests\n",
    "key = getpass.getpass(\"Gulfstream API key: \")\n",
    "resp = requests.get(\"https://api.gulfstreamlivestock.com/v1/availability\", headers={\"X-Api-Key\": key})\n",
    "prices = resp.json()"
   ]
  },
  {
   "cell_type": "code",
   "execution_count": 2,
   "metadata": {},
   "outputs": [],
   "source": [
    "sorted(prices, key=lambda p: p[\"price_usd\"])[:10]"
   ]
  }
 ],
 "metadata": {
  "kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}
 },
 "nbformat": 4,
 "nbformat_minor": 5
}
""", None, "https://docs.python.org/3/library/getpass.html")

add("blind-fq/k8s/decoy-configmap", "k8s/prod/staffapp-config.yaml", r"""
apiVersion: v1
kind: ConfigMap
metadata:
  name: staffapp-config
  namespace: staff
data:
  SESSION_TOKEN_TTL: "43200"
  PASSWORD_RESET_URL: https://staff.reefside.co.uk/password/reset
  API_KEY_HEADER: X-Api-Key
  AUTH_SECRET_NAME: staffapp-auth
  FEED_PAUSE_MAX_MINUTES: "120"
  TANK_RACKS: "A,B,C,D,QT"
""", None, "https://kubernetes.io/docs/concepts/configuration/configmap/")

add("blind-fq/ssh/decoy-known-hosts", "ci/ssh/known_hosts", "\n".join(
    f"{host} ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI{draw(43, B64)}" for host in
    ("shop.killifishhouse.com", "web1.killifishhouse.com", "[edi.gulfstreamlivestock.com]:2222",
     "sftp.tropicalwholesale.nl", "github.com")) + "\n",
    None, "https://man.openbsd.org/sshd.8#SSH_KNOWN_HOSTS_FILE_FORMAT")

add("blind-fq/markdown/decoy-doc-connection-string", "docs/dev/local-database.md", r"""
# Local database

Start Postgres with `docker compose -f docker-compose.test.yml up -d db`, then:

```
DATABASE_URL=postgres://user:password@localhost:5432/aquashop_dev
```

`user` / `password` are literally what the test compose file sets; production credentials are
issued by Vault's database engine and expire after 24 hours.
""", None, "https://www.postgresql.org/docs/current/libpq-connect.html#LIBPQ-CONNSTRING-URIS")

add("blind-fq/compose/decoy-test-database", "docker-compose.test.yml", r"""
# CI only: throwaway database for the test suite
services:
  db:
    image: postgres:16-alpine
    environment:
      POSTGRES_USER: user
      POSTGRES_PASSWORD: password
      POSTGRES_DB: aquashop_test
    ports:
      - "5432:5432"
    tmpfs:
      - /var/lib/postgresql/data
""", None, "https://hub.docker.com/_/postgres")

add("blind-fq/css/decoy-data-uri", "storefront/src/styles/badges.css", r"""
.badge-live-arrival {
  display: inline-block;
  padding: 2px 6px 2px 22px;
  background: #e6fcf5 no-repeat 4px center;
  background-image: url("data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAABAAAAAQCAYAAAAf8/9hAAAA⟨png⟩");
  border-radius: 3px;
  font-size: 12px;
}

.badge-captive-bred {
  background-color: #fff4e6;
}
""", None, "https://developer.mozilla.org/en-US/docs/Web/URI/Schemes/data", png=draw(240, B64) + "=")

add("blind-fq/ruby/decoy-fastlane-appfile", "ios/fastlane/Appfile", r"""
app_identifier("com.reefside.staffapp")
apple_id("ios-builds@reefside.co.uk")
itc_team_id("118274911")
team_id("7QK2M9XW4R")

# App Store Connect API key: the .p8 lives in the CI secret store, fastlane reads it from this path
# ENV["APP_STORE_CONNECT_API_KEY_PATH"] = "/secrets/asc_api_key.json"
""", None, "https://docs.fastlane.tools/advanced/Appfile/")

add("blind-fq/python/decoy-google-oauth-client-id", "staffapp/auth/google.py", r"""
import os

from authlib.integrations.flask_client import OAuth

oauth = OAuth()

# Staff sign in with their Google Workspace account (@reefside.co.uk only).
oauth.register(
    name="google",
    client_id="418273619502-k7q2x9m3a1b4c8d0e5f6g7h8i9j0k1l2.apps.googleusercontent.com",
    client_secret=os.environ["GOOGLE_OAUTH_CLIENT_SECRET"],
    server_metadata_url="https://accounts.google.com/.well-known/openid-configuration",
    client_kwargs={"scope": "openid email profile", "hd": "reefside.co.uk"},
)
""", None, "https://docs.authlib.org/en/latest/client/flask.html")

add("blind-fq/json/decoy-stripe-event-fixture", "tests/fixtures/stripe/charge_refunded.json", r"""
{
  "id": "evt_3P⟨e⟩",
  "object": "event",
  "api_version": "2024-04-10",
  "type": "charge.refunded",
  "livemode": false,
  "data": {
    "object": {
      "id": "ch_3P⟨c⟩",
      "object": "charge",
      "amount": 4599,
      "amount_refunded": 4599,
      "currency": "gbp",
      "metadata": { "order_id": "FF-20931", "doa_reason": "arrived dead" }
    }
  }
}
""", None, "https://docs.stripe.com/api/events/object", e=draw(22, ALNUM), c=draw(22, ALNUM))

add("blind-fq/markdown/decoy-pgp-public-key", "SECURITY.md", r"""
# Security policy

Please report vulnerabilities in the shop or the staff app to security@reefside.co.uk.
Encrypt sensitive reports with our PGP key:

```
-----BEGIN PGP PUBLIC KEY BLOCK-----

mDMEZgP⟨l1⟩
⟨l2⟩
⟨l3⟩
=⟨crc⟩
-----END PGP PUBLIC KEY BLOCK-----
```

We aim to reply within 3 working days.
""", None, "https://www.rfc-editor.org/rfc/rfc4880#section-6.2",
    l1=draw(61, B64), l2=draw(64, B64), l3=draw(40, B64), crc=draw(4, B64))

add("blind-fq/toml/decoy-shopify-app-toml", "apps/inventory-bridge/shopify.app.toml", r"""
# Learn more about configuring your app at https://shopify.dev/docs/apps/tools/cli/configuration
client_id = "⟨cid⟩"
name = "Inventory Bridge"
application_url = "https://bridge.reefandriverbed.co.uk"
embedded = true

[access_scopes]
scopes = "read_products,write_inventory,read_locations"

[auth]
redirect_urls = ["https://bridge.reefandriverbed.co.uk/auth/callback"]

[webhooks]
api_version = "2024-04"
""", None, "https://shopify.dev/docs/apps/build/cli-for-apps/app-configuration", cid=hexs(32))

add("blind-fq/php/decoy-getenv-mollie", "app/Http/Controllers/MollieWebhookController.php", r"""
<?php

namespace App\Http\Controllers;

use Illuminate\Http\Request;
use Mollie\Api\MollieApiClient;

class MollieWebhookController extends Controller
{
    public function __invoke(Request $request, MollieApiClient $mollie)
    {
        $mollie->setApiKey(config('services.mollie.key')); // from MOLLIE_KEY in the server's env
        $payment = $mollie->payments->get($request->input('id'));

        if ($payment->isPaid()) {
            \App\Models\Order::where('mollie_id', $payment->id)->update(['status' => 'paid']);
        }

        return response()->noContent();
    }
}
""", None, "https://docs.mollie.com/reference/webhooks")

add("blind-fq/ruby/decoy-rails-credentials", "config/initializers/stripe.rb", r"""
# Keys live in config/credentials/production.yml.enc (decrypted with RAILS_MASTER_KEY on the server).
Rails.configuration.stripe = {
  publishable_key: Rails.application.credentials.dig(:stripe, :publishable_key),
  secret_key: Rails.application.credentials.dig(:stripe, :secret_key),
  webhook_secret: Rails.application.credentials.dig(:stripe, :webhook_secret)
}

Stripe.api_key = Rails.configuration.stripe[:secret_key]
Stripe.max_network_retries = 2
""", None, "https://guides.rubyonrails.org/security.html#custom-credentials")

add("blind-fq/python/decoy-keyring", "tools/seneye_pull.py", r"""
import keyring
import requests

USER = "fishroom@coralcove-aquatics.com"
PASSWORD = keyring.get_password("seneye-api", USER)  # set once with: keyring set seneye-api <user>

for dev in (41827, 41828, 41911):
    r = requests.get(f"https://api.seneye.com/v1/devices/{dev}/exps", params={"user": USER, "pwd": PASSWORD}, timeout=10)
    r.raise_for_status()
    print(dev, r.json()["temperature"]["curr"])
""", None, "https://pypi.org/project/keyring/")

add("blind-fq/shell/decoy-read-password-prompt", "ops/apex/backup-apex-config.sh", r"""
#!/usr/bin/env bash
# Back up the Apex controller config before firmware updates.
set -euo pipefail
APEX=${APEX:-192.168.20.15}
read -r -p "Apex user [admin]: " USER
USER=${USER:-admin}
read -r -s -p "Apex password: " PASS; echo
curl -fsS -u "$USER:$PASS" "http://$APEX/cgi-bin/config.xml" -o "apex-config-$(date +%F).xml"
echo "saved apex-config-$(date +%F).xml"
""", None, "https://www.gnu.org/software/bash/manual/html_node/Bash-Builtins.html#index-read")

add("blind-fq/sql/decoy-psql-variable", "db/ops/rotate_metabase_password.sql", r"""
-- Run with: psql -v new_password="$(openssl rand -base64 24)" -f rotate_metabase_password.sql
-- then store the value printed by openssl in Vault (kv/analytics/metabase).
\set ON_ERROR_STOP on
ALTER ROLE metabase_ro WITH PASSWORD :'new_password';
SELECT rolname, rolvaliduntil FROM pg_roles WHERE rolname = 'metabase_ro';
""", None, "https://www.postgresql.org/docs/current/app-psql.html#APP-PSQL-INTERPOLATION")

r = _rng()
age_body = "\n".join("".join(r.choice(B64) for _ in range(64)) for _ in range(6)) + "\n" + "".join(r.choice(B64) for _ in range(30)) + "="
add("blind-fq/age/decoy-encrypted-file", "secrets/prod/shop.env.age", r"""
-----BEGIN AGE ENCRYPTED FILE-----
YWdlLWVuY3J5cHRpb24ub3JnL3YxCi0+IFgyNTUxOSB⟨head⟩
⟨body⟩
-----END AGE ENCRYPTED FILE-----
""", None, "https://age-encryption.org/v1", head=draw(21, B64), body=age_body)

add("blind-fq/node-red/decoy-admin-auth-bcrypt", "node-red/settings.admin.js", r"""
// Editor login for the fish room Node-RED (password is a bcrypt hash made with `node-red admin hash-pw`)
module.exports = {
    adminAuth: {
        type: "credentials",
        users: [
            { username: "joe", password: "⟨a⟩", permissions: "*" },
            { username: "tv", password: "⟨b⟩", permissions: "read" }
        ]
    },
    credentialSecret: process.env.NODE_RED_CREDENTIAL_SECRET,
    uiPort: 1880
};
""", None, "https://nodered.org/docs/user-guide/runtime/securing-node-red#usernamepassword-based-authentication",
    a=bcrypt_hash().replace("$2b$", "$2a$"), b=bcrypt_hash().replace("$2b$", "$2a$"))

add("blind-fq/compose/decoy-traefik-apr1-hash", "ops/traefik/docker-compose.yml", r"""
services:
  traefik:
    image: traefik:v3.0
    command:
      - --providers.docker=true
      - --entrypoints.websecure.address=:443
    ports:
      - "443:443"
    volumes:
      - /var/run/docker.sock:/var/run/docker.sock:ro
  grafana:
    image: grafana/grafana:10.4.2
    labels:
      - traefik.http.routers.grafana.rule=Host(`tanks.reefside.co.uk`)
      - traefik.http.routers.grafana.middlewares=fishroom-auth
      # user:hash from `htpasswd -nB` ($ doubled for compose)
      - traefik.http.middlewares.fishroom-auth.basicauth.users=fishroom:⟨h⟩
""", None, "https://doc.traefik.io/traefik/middlewares/http/basicauth/",
    h=bcrypt_hash().replace("$2b$", "$2y$").replace("$", "$$"))

add("blind-fq/wireguard/decoy-public-keys-only", "network/wireguard/wg0.conf", r"""
# Site-to-site: Leeds fish room <-> York store. Private key is loaded from /etc/wireguard/private.key.
[Interface]
Address = 10.44.0.1/24
ListenPort = 51820
PostUp = wg set %i private-key /etc/wireguard/private.key

[Peer]
# york-router
PublicKey = ⟨a⟩
AllowedIPs = 10.44.0.2/32, 192.168.30.0/24

[Peer]
# joe-laptop
PublicKey = ⟨b⟩
AllowedIPs = 10.44.0.10/32
""", None, "https://man7.org/linux/man-pages/man8/wg.8.html", a=b64_bytes(32), b=b64_bytes(32))

add("blind-fq/js/decoy-payment-intent-runtime", "storefront/src/checkout/confirm.js", r"""
// The PaymentIntent client secret is created per order by the server and used once in the browser.
export async function confirmPayment(stripe, elements, orderId) {
  const res = await fetch(`/api/orders/${orderId}/payment-intent`, { method: 'POST' });
  const { clientSecret } = await res.json();
  const { error } = await stripe.confirmPayment({
    elements,
    clientSecret,
    confirmParams: { return_url: `${window.location.origin}/checkout/complete?order=${orderId}` },
  });
  if (error) {
    document.querySelector('#payment-error').textContent = error.message;
  }
}
""", None, "https://docs.stripe.com/payments/accept-a-payment?platform=web&ui=elements#submit-payment")

add("blind-fq/python/decoy-fake-slack-token-test", "staffbot/tests/test_reminders.py", r"""
from unittest import mock

from staffbot import reminders

FAKE_TOKEN = "xoxb-fake-token-for-tests"


def test_water_change_reminder_posts_to_fishroom():
    client = mock.Mock()
    with mock.patch.object(reminders, "WebClient", return_value=client) as factory:
        reminders.post("water-change-reminder", token=FAKE_TOKEN)
    factory.assert_called_once_with(token=FAKE_TOKEN)
    client.chat_postMessage.assert_called_once()
    assert client.chat_postMessage.call_args.kwargs["channel"] == "C05A1B9P3TT"
""", None, "https://docs.python.org/3/library/unittest.mock.html")
