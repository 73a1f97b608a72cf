"""Blind set GB: jewellers and watch repairers.

Stock and repair systems (POS exports, inventory sync, repair tickets), appraisal and grading
look-ups, diamond and findings suppliers, insurance partner integrations, e-commerce storefronts,
precious-metal price feeds, vault alarm and camera systems, payments, insured shipping, and their
decoys. Generated fakes only (seeds 2150000-2159999).
"""
from __future__ import annotations

import base64
import random
import re
import string
from typing import Dict, List, Optional

from tests import fakes
from tests.accuracy.labelled import LabelledCase

ALNUM = string.ascii_letters + string.digits
LOWER_ALNUM = string.ascii_lowercase + string.digits
UPPER_ALNUM = string.ascii_uppercase + string.digits
HEX = "0123456789abcdef"
B64 = ALNUM + "+/"
URLSAFE = ALNUM + "-_"
SEED_LO, SEED_HI = 2150000, 2159999
_SEED = [SEED_LO]


def _seed() -> int:
    _SEED[0] += 7
    assert SEED_LO <= _SEED[0] <= SEED_HI, _SEED[0]
    return _SEED[0]


def _rng() -> random.Random:
    return random.Random(_seed())


def draw(n: int, alphabet: str = ALNUM) -> str:
    r = _rng()
    return "".join(r.choice(alphabet) for _ in range(n))


def mixed(n: int, alphabet: str = ALNUM) -> str:
    """`n` characters with an upper, a lower and a digit (bounded redraws, then patched)."""
    r = _rng()
    value = ""
    for _ in range(40):
        value = "".join(r.choice(alphabet) for _ in range(n))
        if any(c.isdigit() for c in value) and any(c.isupper() for c in value) and any(c.islower() for c in value):
            return value
    return "Q7" + value[2:-1] + "k"


def hexs(n: int, upper: bool = False) -> str:
    value = draw(n, HEX)
    return value.upper() if upper else value


def lows(n: int) -> str:
    r = _rng()
    for _ in range(40):
        value = "".join(r.choice(LOWER_ALNUM) for _ in range(n))
        if any(c.isdigit() for c in value) and any(c.isalpha() for c in value):
            return value
    return "a1" + value[2:]


def uuid_s() -> str:
    return fakes.uuid4(_seed())


def b64(text: str) -> str:
    return base64.b64encode(text.encode()).decode()


def b64_bytes(n: int) -> str:
    r = _rng()
    return base64.b64encode(bytes(r.getrandbits(8) for _ in range(n))).decode()


WORDS = ["Garnet", "Marlow", "Bezel", "Harbour", "Cobalt", "Juniper", "Tamsin", "Falcon", "Orchard", "Pallet",
         "Saffron", "Kestrel", "Lantern", "Mercer", "Quartz", "Brixton", "Thistle", "Copper", "Wren", "Ludgate",
         "Peridot", "Hatton", "Solent", "Alder", "Crown", "Beacon", "Marquise", "Tudor", "Rowan", "Onyx"]
LOWER_WORDS = ["mainspring", "velvet", "cider", "pebble", "harbour", "tangerine", "loupe", "walnut", "glacier",
               "ribbon", "sparrow", "tinsel", "ember", "bramble", "lilac", "monsoon", "pewter", "rhubarb",
               "quill", "saddle", "cobble", "thimble", "meadow", "ledger"]


def pw_words() -> str:
    r = _rng()
    return r.choice(WORDS) + r.choice("!#$%*&?") + r.choice(WORDS) + str(r.randint(10, 9999))


def pw_url() -> str:
    """A chosen password that stays valid in a URL's userinfo."""
    r = _rng()
    return r.choice(WORDS) + r.choice("-._") + r.choice(LOWER_WORDS) + str(r.randint(10, 999)) + r.choice("XQZKV")


def pw_rand(n: int = 20, extra: str = "") -> str:
    return mixed(n, ALNUM + extra)


def pw_phrase() -> str:
    r = _rng()
    return "-".join(r.sample(LOWER_WORDS, 4)) + str(r.randint(2, 99))


def _pem_body(prefix: str, total: int, width: int = 64) -> str:
    r = _rng()
    body = prefix + "".join(r.choice(B64) for _ in range(total - len(prefix)))
    lines = [body[i:i + width] for i in range(0, len(body), width)]
    return "\n".join(lines)


def pem_rsa(lines: int = 25) -> str:
    body = _pem_body("MIIEpAIBAAKCAQEA", lines * 64 - 20) + "=="
    return "-----BEGIN RSA PRIVATE KEY-----\n" + body + "\n-----END RSA PRIVATE KEY-----"


def pem_pkcs8_rsa(lines: int = 26) -> str:
    body = _pem_body("MIIEvgIBADANBgkqhkiG9w0BAQEFAASCBKgwggSkAgEAAoIBAQ", lines * 64 - 24) + "="
    return "-----BEGIN PRIVATE KEY-----\n" + body + "\n-----END PRIVATE KEY-----"


def pem_pkcs8_ec() -> str:
    body = _pem_body("MIGTAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBHkwdwIBAQQg", 196)
    return "-----BEGIN PRIVATE KEY-----\n" + body + "\n-----END PRIVATE KEY-----"


def pem_ec() -> str:
    body = _pem_body("MHcCAQEEI", 164)
    return "-----BEGIN EC PRIVATE KEY-----\n" + body + "\n-----END EC PRIVATE KEY-----"


def openssh_key() -> str:
    body = _pem_body("b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW"
                     "QyNTUxOQAAACB", 396, 70) + "="
    return "-----BEGIN OPENSSH PRIVATE KEY-----\n" + body + "\n-----END OPENSSH PRIVATE KEY-----"


def cert_pem(lines: int = 18) -> str:
    body = _pem_body("MIIDazCCAlOgAwIBAgIU", lines * 64 - 30) + "="
    return "-----BEGIN CERTIFICATE-----\n" + body + "\n-----END CERTIFICATE-----"


# -- vendor shapes ---------------------------------------------------------------------------

def shopify(prefix: str = "shpat_") -> str:
    return prefix + hexs(32)


def stripe(prefix: str = "sk_live_") -> str:
    return prefix + "51" + mixed(97)


def square_token() -> str:
    return "EAAA" + mixed(60, URLSAFE)


def adyen_key() -> str:
    return "AQE" + mixed(62) + "=-" + draw(43, B64) + "=-" + mixed(12, ALNUM + "?<>[]")


def slack_webhook() -> str:
    return ("https://hooks.slack.com/services/T" + draw(8, UPPER_ALNUM) + "/B" + draw(10, UPPER_ALNUM) + "/"
            + mixed(24))


def sendgrid() -> str:
    return "SG." + mixed(22, URLSAFE) + "." + mixed(43, URLSAFE)


def aws_pair() -> tuple:
    return fakes.aws_key_id(_seed()), fakes.aws_secret_key(_seed())


def azure_storage_key() -> str:
    return b64_bytes(64)


def azure_ad_secret() -> str:
    return mixed(3) + "8Q~" + mixed(34, ALNUM + "_.-~")


_MARK = re.compile(r"<<([a-z0-9_]+)>>")


def T(text: str, **values: str) -> str:
    """The file's text with each <<name>> replaced by its value (every value used)."""
    used: Dict[str, bool] = {}

    def sub(match: "re.Match[str]") -> str:
        if match.group(1) == "q3":  # a triple quote in an embedded Python file
            return '"' * 3
        used[match.group(1)] = True
        return values[match.group(1)]

    out = _MARK.sub(sub, text.lstrip("\n"))
    assert set(used) == set(values), sorted(set(values) - set(used))
    return out


CASES: List[LabelledCase] = []


def add(category: str, file_name: str, text: str, secret: Optional[str], source: str) -> None:
    CASES.append(LabelledCase("blind-gb/" + category, file_name, text, secret, source))


# =============================================================================================
# E-commerce storefronts (Shopify, WooCommerce, BigCommerce, Magento, eBay)
# =============================================================================================

v = shopify("shpat_")
add("env/shopify-token", "apps/stock-sync/.env", T(r"""
# Stock sync: The Edge POS -> Shopify (Ashcombe & Vey)
# owner: ecommerce@ashcombevey.co.uk
SHOPIFY_SHOP=ashcombe-vey.myshopify.com
SHOPIFY_API_VERSION=2024-07
SHOPIFY_ADMIN_TOKEN=<<v>>
SHOPIFY_LOCATION_ID=74210934921
EDGE_EXPORT_DIR=/srv/edge/exports
EDGE_EXPORT_GLOB=inventory_*.csv
SYNC_INTERVAL_MINUTES=15
RESERVE_ON_REPAIR=true
LOG_LEVEL=info
""", v=v), v, "Shopify Admin API: access tokens for custom apps (shpat_), shopify.dev/docs/apps/auth")

user, v = hexs(32), shopify("shppa_")
add("python/shopify-token", "scripts/bullion_price_push.py", T(r"""
<<q3>>Nightly price push from the bullion sheet to Shopify (legacy private app).<<q3>>
import csv
import sys

import requests

SHOP = "lindqvist-goldsmiths"
API_VERSION = "2023-10"
# private app "Bullion price push", created by M. Lindqvist
BASE = f"https://<<user>>:<<v>>@{SHOP}.myshopify.com/admin/api/{API_VERSION}"


def variant_price(weight_g: float, spot_per_g: float, markup: float) -> str:
    return f"{weight_g * spot_per_g * markup:.2f}"


def main(sheet: str) -> int:
    with open(sheet, newline="") as handle:
        for row in csv.DictReader(handle):
            price = variant_price(float(row["weight_g"]), float(row["spot_gbp_g"]), float(row["markup"]))
            resp = requests.put(
                f"{BASE}/variants/{row['variant_id']}.json",
                json={"variant": {"id": int(row["variant_id"]), "price": price}},
                timeout=20,
            )
            resp.raise_for_status()
            print(row["sku"], price)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
""", user=user, v=v), v, "Shopify private apps: basic auth URL with API key and password (shppa_), shopify.dev legacy docs")

v = hexs(32)
add("ts/shopify-secret", "app/shopify.server.ts", T(r"""
import "@shopify/shopify-app-remix/adapters/node";
import {
  ApiVersion,
  AppDistribution,
  shopifyApp,
} from "@shopify/shopify-app-remix/server";
import { PrismaSessionStorage } from "@shopify/shopify-app-session-storage-prisma";
import prisma from "./db.server";

// Repair-status app for Harrowgate Watch Works (custom distribution)
const shopify = shopifyApp({
  apiKey: "9f2c41d7b8e04a6c1d3e5f7a9b0c2d4e",
  apiSecretKey: "<<v>>",
  apiVersion: ApiVersion.July24,
  scopes: ["read_orders", "write_orders", "read_customers"],
  appUrl: process.env.SHOPIFY_APP_URL || "https://repairs.harrowgatewatch.co.uk",
  authPathPrefix: "/auth",
  sessionStorage: new PrismaSessionStorage(prisma),
  distribution: AppDistribution.ShopifyAdmin,
  future: {
    unstable_newEmbeddedAuthStrategy: true,
  },
});

export default shopify;
export const apiVersion = ApiVersion.July24;
export const authenticate = shopify.authenticate;
export const sessionStorage = shopify.sessionStorage;
""", v=v), v, "Shopify app Remix template: shopifyApp({apiKey, apiSecretKey}), github.com/Shopify/shopify-app-template-remix")

v = shopify("shpat_")
add("ruby/shopify-token", "lib/tasks/sync_repairs.rake", T(r"""
# Pushes finished watch repairs to Shopify as fulfilled draft orders.
require "shopify_api"

namespace :repairs do
  desc "Sync completed repair jobs to Shopify"
  task sync: :environment do
    ShopifyAPI::Context.setup(
      api_key: "repairs-sync",
      api_secret_key: "",
      host: "https://harrowgate-watch-works.myshopify.com",
      scope: "write_draft_orders",
      is_embedded: false,
      api_version: "2024-04",
      is_private: true,
    )
    session = ShopifyAPI::Auth::Session.new(
      shop: "harrowgate-watch-works.myshopify.com",
      access_token: "<<v>>"
    )
    client = ShopifyAPI::Clients::Rest::Admin.new(session: session)

    RepairJob.completed.unsynced.find_each do |job|
      client.post(path: "draft_orders", body: { draft_order: job.to_draft_order })
      job.update!(synced_at: Time.current)
    end
  end
end
""", v=v), v, "shopify_api gem: ShopifyAPI::Auth::Session.new(shop:, access_token:), github.com/Shopify/shopify-api-ruby")

ck, v = "ck_" + hexs(40), "cs_" + hexs(40)
add("php/woocommerce-key", "wp-content/mu-plugins/edge-stock-bridge.php", T(r"""
<?php
/**
 * Plugin Name: Edge stock bridge
 * Description: Mirrors stock levels from The Edge into WooCommerce every 10 minutes.
 * Author: Meridian Fine Jewellery web team
 */

require __DIR__ . '/vendor/autoload.php';

use Automattic\WooCommerce\Client;

function meridian_woo_client() {
    return new Client(
        'https://www.meridianfinejewellery.com',
        '<<ck>>',
        '<<v>>',
        [
            'version' => 'wc/v3',
            'timeout' => 30,
        ]
    );
}

add_action('meridian_edge_sync', function () {
    $woo = meridian_woo_client();
    foreach (meridian_read_edge_export('/var/edge/stock.csv') as $row) {
        $woo->put('products/' . $row['woo_id'], ['stock_quantity' => (int) $row['on_hand']]);
    }
});
""", ck=ck, v=v), v, "WooCommerce REST API PHP client: new Client(url, consumer_key ck_, consumer_secret cs_), woocommerce.github.io/woocommerce-rest-api-docs")

v = pw_words()
add("php/database-password", "wp-config.php", T(r"""
<?php
/**
 * WordPress configuration for www.carrowanddaughters.co.uk (WooCommerce).
 */

define( 'DB_NAME', 'carrow_wp' );
define( 'DB_USER', 'carrow_wp' );
define( 'DB_PASSWORD', '<<v>>' );
define( 'DB_HOST', 'db-1.internal.carrowanddaughters.co.uk' );
define( 'DB_CHARSET', 'utf8mb4' );
define( 'DB_COLLATE', '' );

/* Salts live outside the web root, rotated by the host. */
require_once '/etc/wordpress/carrow-salts.php';

$table_prefix = 'cd_';

define( 'WP_DEBUG', false );
define( 'DISALLOW_FILE_EDIT', true );
define( 'WC_LOG_HANDLER', 'WC_Log_Handler_DB' );

if ( ! defined( 'ABSPATH' ) ) {
	define( 'ABSPATH', __DIR__ . '/' );
}

require_once ABSPATH . 'wp-settings.php';
""", v=v), v, "WordPress: Editing wp-config.php (DB_PASSWORD), developer.wordpress.org/apis/wp-config-php")

v = lows(31)
add("js/bigcommerce-token", "tools/bc-import-watches.js", T(r"""
// Imports pre-owned watch stock from the workshop sheet into BigCommerce.
// usage: node tools/bc-import-watches.js watches.csv
const fs = require("fs");
const { parse } = require("csv-parse/sync");

const STORE_HASH = "q4x7t2m9pz";
const TOKEN = "<<v>>";
const API = `https://api.bigcommerce.com/stores/${STORE_HASH}/v3`;

async function createProduct(row) {
  const res = await fetch(`${API}/catalog/products`, {
    method: "POST",
    headers: {
      "X-Auth-Token": TOKEN,
      "Content-Type": "application/json",
      Accept: "application/json",
    },
    body: JSON.stringify({
      name: `${row.brand} ${row.model} ref. ${row.reference}`,
      type: "physical",
      sku: row.stock_no,
      price: Number(row.price),
      weight: 0.4,
      inventory_level: 1,
      inventory_tracking: "product",
      custom_fields: [{ name: "Year", value: row.year }],
    }),
  });
  if (!res.ok) throw new Error(`${row.stock_no}: ${res.status} ${await res.text()}`);
}

(async () => {
  const rows = parse(fs.readFileSync(process.argv[2]), { columns: true });
  for (const row of rows) await createProduct(row);
})();
""", v=v), v, "BigCommerce API: X-Auth-Token header with a store API account access token, developer.bigcommerce.com/docs/start/authentication")

v = pw_rand(22)
add("dockerfile/database-password", "docker/magento/Dockerfile", T(r"""
FROM ashcombe/php-magento:8.2-fpm

WORKDIR /var/www/html
COPY --chown=www-data:www-data . .

RUN composer install --no-dev --optimize-autoloader \
 && bin/magento setup:install \
      --base-url=https://shop.ashcombevey.co.uk/ \
      --db-host=mariadb.shop.svc.cluster.local \
      --db-name=magento \
      --db-user=magento \
      --db-password=<<v>> \
      --admin-firstname=Shop \
      --admin-lastname=Admin \
      --admin-email=webteam@ashcombevey.co.uk \
      --admin-user=shopadmin \
      --admin-password="${MAGENTO_ADMIN_PASSWORD}" \
      --language=en_GB --currency=GBP --timezone=Europe/London \
      --search-engine=opensearch --opensearch-host=opensearch \
 && bin/magento deploy:mode:set production

EXPOSE 9000
CMD ["php-fpm"]
""", v=v), v, "Magento: bin/magento setup:install options (--db-password), experienceleague.adobe.com install guide")

v = lows(32)
add("shell/magento-token", "deploy/push_special_orders.sh", T(r"""
#!/usr/bin/env bash
# Push special-order (bespoke ring) quotes into Magento as disabled products.
set -euo pipefail

MAGENTO_URL="https://shop.ashcombevey.co.uk"
TOKEN="<<v>>"   # integration: Bespoke Quotes

for f in quotes/*.json; do
  sku=$(jq -r '.product.sku' "$f")
  echo "-> $sku"
  curl -sS --fail -X POST "$MAGENTO_URL/rest/V1/products" \
    -H "Authorization: Bearer $TOKEN" \
    -H "Content-Type: application/json" \
    --data @"$f"
done
""", v=v), v, "Magento REST: integration access token as Bearer, developer.adobe.com/commerce/webapi/get-started/authentication")

appid = "HarrowgW-PreOwned-PRD-" + hexs(9) + "-" + hexs(8)
v = "PRD-" + hexs(12) + "-" + hexs(4) + "-" + hexs(4) + "-" + hexs(4) + "-" + hexs(4)
add("yaml/ebay-secret", "listings/ebay.yaml", T(r"""
name: ebay_api_config

# Trading API - pre-owned watch listings
api.ebay.com:
    compatability: 967
    appid: <<appid>>
    certid: <<v>>
    devid: <<devid>>

# Finding API - competitor price checks
svcs.ebay.com:
    appid: <<appid2>>
    version: 1.0.0

# Shopping API
open.api.ebay.com:
    appid: <<appid3>>
    version: 671
""", appid=appid, v=v, devid=uuid_s(), appid2=appid, appid3=appid), v,
    "ebaysdk-python ebay.yaml (appid, certid, devid); eBay Developers: application keys, developer.ebay.com")

add("yaml/decoy-placeholder", "listings/ebay.sample.yaml", r"""
name: ebay_api_config

# Copy to ebay.yaml and fill in from developer.ebay.com > Application Keys.
# ebay.yaml is in .gitignore.

# Trading API
api.ebay.com:
    compatability: 967
    appid: ENTER_YOUR_APPID_HERE
    certid: ENTER_YOUR_CERTID_HERE
    devid: ENTER_YOUR_DEVID_HERE
    token: ENTER_YOUR_TOKEN_HERE

# Finding API
svcs.ebay.com:
    appid: ENTER_YOUR_APPID_HERE
    version: 1.0.0
""".lstrip("\n"), None, "ebaysdk-python sample ebay.yaml with ENTER_YOUR_..._HERE placeholders")

add("js/decoy-public-token", "theme/assets/buy-button.js", T(r"""
/* Buy Button on the journal pages: "Shop the look" for each editorial. */
(function () {
  var client = ShopifyBuy.buildClient({
    domain: "ashcombe-vey.myshopify.com",
    // Storefront API access token of the Buy Button sales channel: public, read-only,
    // and shipped to every browser that opens the journal.
    storefrontAccessToken: "<<pub>>",
  });

  ShopifyBuy.UI.onReady(client).then(function (ui) {
    document.querySelectorAll("[data-buy-button]").forEach(function (node) {
      ui.createComponent("product", {
        id: node.getAttribute("data-buy-button"),
        node: node,
        moneyFormat: "%C2%A3%7B%7Bamount%7D%7D",
        options: { product: { buttonDestination: "checkout", contents: { img: false } } },
      });
    });
  });
})();
""", pub=hexs(32)), None, "Shopify Buy Button JS: ShopifyBuy.buildClient({domain, storefrontAccessToken}), public Storefront token")

add("env/decoy-placeholder", "apps/stock-sync/.env.example", r"""
# Copy to .env and fill in. Never commit .env.
SHOPIFY_SHOP=your-store.myshopify.com
SHOPIFY_API_VERSION=2024-07
# Admin API token of the "Stock sync" custom app (starts with shpat_)
SHOPIFY_ADMIN_TOKEN=shpat_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx
SHOPIFY_LOCATION_ID=
EDGE_EXPORT_DIR=/srv/edge/exports
EDGE_EXPORT_GLOB=inventory_*.csv
SYNC_INTERVAL_MINUTES=15
LOG_LEVEL=debug
""".lstrip("\n"), None, "dotenv .env.example convention; Shopify shpat_ token shape shown as x placeholders")

add("json/decoy-ids", "fixtures/shopify/webhook_subscriptions.json", T(r"""
{
  "webhooks": [
    {
      "id": 1147296583721,
      "address": "https://sync.ashcombevey.co.uk/hooks/orders-create",
      "topic": "orders/create",
      "created_at": "2024-03-02T10:14:51+00:00",
      "format": "json",
      "api_version": "2024-07",
      "admin_graphql_api_id": "gid://shopify/WebhookSubscription/1147296583721"
    },
    {
      "id": 1147296616489,
      "address": "https://sync.ashcombevey.co.uk/hooks/inventory-levels-update",
      "topic": "inventory_levels/update",
      "created_at": "2024-03-02T10:14:53+00:00",
      "format": "json",
      "api_version": "2024-07",
      "admin_graphql_api_id": "gid://shopify/WebhookSubscription/1147296616489"
    }
  ],
  "x_request_id": "<<req>>",
  "body_sha256": "<<sha>>"
}
""", req=uuid_s(), sha=hexs(64)), None, "Shopify Admin REST: Webhook resource (ids, topics), shopify.dev/docs/api/admin-rest")


# =============================================================================================
# Payments
# =============================================================================================

v = stripe("sk_live_")
add("ruby/stripe-key", "config/initializers/stripe.rb", T(r"""
# Stripe for deposits on bespoke commissions and balance payments on collection.
require "stripe"

Stripe.api_key = "<<v>>"
Stripe.api_version = "2024-06-20"
Stripe.max_network_retries = 2

Rails.configuration.stripe = {
  deposit_percent: 30,
  statement_descriptor_suffix: "MERIDIAN FJ",
  success_url: "https://www.meridianfinejewellery.com/commission/thanks",
}
""", v=v), v, "stripe-ruby README: Stripe.api_key = sk_live_..., docs.stripe.com/keys")

v = stripe("rk_live_")
add("github-actions/stripe-key", ".github/workflows/nightly-payouts-report.yml", T(r"""
name: nightly payouts report

on:
  schedule:
    - cron: "30 5 * * *"
  workflow_dispatch: {}

jobs:
  report:
    runs-on: ubuntu-latest
    env:
      # restricted key: payouts read, balance read
      STRIPE_API_KEY: <<v>>
      REPORT_TO: accounts@lindqvistgoldsmiths.se
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-python@v5
        with:
          python-version: "3.12"
      - run: pip install -r reports/requirements.txt
      - run: python reports/payouts.py --days 1 --out payouts.csv
      - uses: actions/upload-artifact@v4
        with:
          name: payouts
          path: payouts.csv
""", v=v), v, "Stripe restricted API keys (rk_live_), docs.stripe.com/keys#limit-access")

v = "whsec_" + mixed(32)
add("js/stripe-webhook-secret", "server/routes/stripe-webhook.js", T(r"""
const express = require("express");
const Stripe = require("stripe");

const stripe = Stripe(process.env.STRIPE_SECRET_KEY);
const endpointSecret = "<<v>>";

const router = express.Router();

router.post("/stripe/webhook", express.raw({ type: "application/json" }), async (req, res) => {
  let event;
  try {
    event = stripe.webhooks.constructEvent(req.body, req.headers["stripe-signature"], endpointSecret);
  } catch (err) {
    return res.status(400).send(`Webhook Error: ${err.message}`);
  }

  if (event.type === "payment_intent.succeeded") {
    const pi = event.data.object;
    await req.app.locals.repairs.markDepositPaid(pi.metadata.repair_ticket, pi.amount_received);
  }
  res.json({ received: true });
});

module.exports = router;
""", v=v), v, "Stripe webhooks: constructEvent with the endpoint's whsec_ signing secret, docs.stripe.com/webhooks")

v = square_token()
add("python/square-token", "pos/square_catalog_sync.py", T(r"""
from square.client import Client

# Square POS at the Hatton Garden counter; catalogue mirrors The Edge stock numbers.
client = Client(
    access_token="<<v>>",
    environment="production",
)

LOCATION_ID = "L8Q2ZK4HX0N3T"


def upsert_item(stock_no: str, name: str, price_pence: int) -> None:
    body = {
        "idempotency_key": f"edge-{stock_no}",
        "object": {
            "type": "ITEM",
            "id": f"#{stock_no}",
            "item_data": {
                "name": name,
                "variations": [{
                    "type": "ITEM_VARIATION",
                    "id": f"#{stock_no}-v",
                    "item_variation_data": {
                        "sku": stock_no,
                        "pricing_type": "FIXED_PRICING",
                        "price_money": {"amount": price_pence, "currency": "GBP"},
                    },
                }],
            },
        },
    }
    result = client.catalog.upsert_catalog_object(body)
    if result.is_error():
        raise RuntimeError(result.errors)
""", v=v), v, "Square Python SDK: Client(access_token=EAAA..., environment='production'), developer.squareup.com")

v = "sq0csp-" + mixed(43, URLSAFE)
add("yaml/square-secret", "config/square_oauth.yml", T(r"""
# Square OAuth for the consignment portal (dealers connect their own Square accounts)
production:
  application_id: sq0idp-<<appid>>
  application_secret: <<v>>
  redirect_uri: https://consign.hattonvault.co.uk/square/callback
  scopes:
    - MERCHANT_PROFILE_READ
    - PAYMENTS_READ
    - ORDERS_READ
sandbox:
  application_id: sandbox-sq0idb-<<sandid>>
  application_secret: ${SQUARE_SANDBOX_SECRET}
  redirect_uri: http://localhost:3000/square/callback
""", appid=mixed(22, URLSAFE), v=v, sandid=mixed(22, URLSAFE)), v,
    "Square OAuth: application secret (sq0csp-), developer.squareup.com/docs/oauth-api/overview")

v = adyen_key()
add("properties/adyen-key", "src/main/resources/application-prod.properties", T(r"""
# Online checkout, Oakhurst Horology
server.port=8080
spring.datasource.url=jdbc:postgresql://pg-checkout.oakhurst.internal:5432/checkout
spring.datasource.username=checkout
spring.datasource.password=${CHECKOUT_DB_PASSWORD}

adyen.environment=LIVE
adyen.merchant-account=OakhurstHorologyECOM
adyen.live-url-prefix=1797a841fbb37ca7-OakhurstHorology
adyen.api-key=<<v>>
adyen.client-key=live_<<client>>
adyen.return-url=https://www.oakhursthorology.com/checkout/result

management.endpoints.web.exposure.include=health,info
""", v=v, client=draw(32, UPPER_ALNUM)), v, "Adyen API credentials: API key (AQE...), docs.adyen.com/development-resources/api-credentials")

v = hexs(64, upper=True)
add("php/adyen-hmac", "src/Controller/AdyenNotificationController.php", T(r"""
<?php

namespace App\Controller;

use Adyen\Util\HmacSignature;
use Symfony\Component\HttpFoundation\JsonResponse;
use Symfony\Component\HttpFoundation\Request;

final class AdyenNotificationController
{
    private const HMAC_KEY = '<<v>>';

    public function __invoke(Request $request): JsonResponse
    {
        $payload = json_decode($request->getContent(), true);
        $validator = new HmacSignature();

        foreach ($payload['notificationItems'] as $wrapper) {
            $item = $wrapper['NotificationRequestItem'];
            if (!$validator->isValidNotificationHMAC(self::HMAC_KEY, $item)) {
                return new JsonResponse(['error' => 'bad hmac'], 401);
            }
            // AUTHORISATION for reserved pieces: release the hold in stock
            $this->stock->confirmReservation($item['merchantReference'], $item['success'] === 'true');
        }

        return new JsonResponse('[accepted]');
    }
}
""", v=v), v, "Adyen webhooks: verify HMAC signatures with the hex HMAC key, docs.adyen.com/development-resources/webhooks/verify-hmac-signatures")

cid, v = "A" + mixed(79, URLSAFE), "E" + mixed(79, URLSAFE)
add("json/paypal-secret", "src/Checkout.Api/appsettings.Production.json", T(r"""
{
  "Logging": {
    "LogLevel": {
      "Default": "Information",
      "Microsoft.AspNetCore": "Warning"
    }
  },
  "AllowedHosts": "*",
  "PayPal": {
    "Mode": "live",
    "BaseUrl": "https://api-m.paypal.com",
    "ClientId": "<<cid>>",
    "ClientSecret": "<<v>>",
    "BrandName": "Bellweather Diamonds"
  },
  "Checkout": {
    "Currency": "GBP",
    "HoldMinutes": 20
  }
}
""", cid=cid, v=v), v, "PayPal REST: client ID and secret for OAuth, developer.paypal.com/api/rest/authentication")

v = hexs(32)
add("python/braintree-key", "payments/gateway.py", T(r"""
import braintree

gateway = braintree.BraintreeGateway(
    braintree.Configuration(
        environment=braintree.Environment.Production,
        merchant_id="<<mid>>",
        public_key="<<pub>>",
        private_key="<<v>>",
    )
)


def charge_deposit(nonce: str, amount: str, ticket: str):
    result = gateway.transaction.sale({
        "amount": amount,
        "payment_method_nonce": nonce,
        "order_id": ticket,
        "options": {"submit_for_settlement": True},
    })
    if not result.is_success:
        raise ValueError(result.message)
    return result.transaction.id
""", mid=lows(16), pub=lows(16), v=v), v, "Braintree Python SDK: Configuration(merchant_id, public_key, private_key), developer.paypal.com/braintree/docs")

v = mixed(16)
add("php/authorize-net-key", "includes/config.payments.php", T(r"""
<?php
// Authorize.Net for the showroom's online layaway payments
return [
    'authnet' => [
        'sandbox'          => false,
        'api_login_id'     => '<<login>>',
        'transaction_key'  => '<<v>>',
        'endpoint'         => 'https://api.authorize.net/xml/v1/request.api',
        'duplicate_window' => 120,
    ],
    'layaway' => [
        'min_deposit_percent' => 20,
        'max_term_days'       => 180,
    ],
];
""", login=mixed(10), v=v), v, "Authorize.Net: API Login ID and Transaction Key, developer.authorize.net/api/reference")

v = "live_" + mixed(30)
add("ts/mollie-key", "src/payments/mollie.ts", T(r"""
import createMollieClient, { PaymentMethod } from "@mollie/api-client";

// Mollie for Benelux orders (iDEAL, Bancontact)
const mollie = createMollieClient({ apiKey: "<<v>>" });

export async function createPayment(orderNo: string, amountEur: string, locale: string) {
  return mollie.payments.create({
    amount: { currency: "EUR", value: amountEur },
    description: `Van Asperen Juweliers order ${orderNo}`,
    redirectUrl: `https://www.vanasperen.nl/bestelling/${orderNo}`,
    webhookUrl: "https://www.vanasperen.nl/api/mollie/webhook",
    method: [PaymentMethod.ideal, PaymentMethod.bancontact, PaymentMethod.creditcard],
    locale: locale as any,
    metadata: { orderNo },
  });
}
""", v=v), v, "Mollie API: live_ API keys, docs.mollie.com/overview/authentication")

v = "live_" + mixed(40, URLSAFE)
add("python/gocardless-token", "careplans/direct_debit.py", T(r"""
# Watch care plans: monthly direct debit for annual servicing cover.
import gocardless_pro

client = gocardless_pro.Client(
    access_token="<<v>>",
    environment="live",
)


def start_plan(mandate_id: str, plan_code: str, monthly_pence: int):
    return client.subscriptions.create(params={
        "amount": monthly_pence,
        "currency": "GBP",
        "name": f"Watch care plan {plan_code}",
        "interval_unit": "monthly",
        "day_of_month": 1,
        "links": {"mandate": mandate_id},
        "metadata": {"plan": plan_code},
    })
""", v=v), v, "GoCardless Pro Python client: Client(access_token='live_...', environment='live'), developer.gocardless.com")

v = "sk_" + uuid_s()
add("csharp/checkout-key", "src/Payments/CheckoutComSetup.cs", T(r"""
using Checkout;
using Microsoft.Extensions.DependencyInjection;

namespace Bellweather.Payments;

public static class CheckoutComSetup
{
    // Checkout.com - card payments for the Dubai showroom
    private const string SecretKey = "<<v>>";
    private const string PublicKey = "pk_<<pub>>";

    public static IServiceCollection AddCheckoutCom(this IServiceCollection services)
    {
        var api = CheckoutSdk.Builder()
            .Previous()
            .StaticKeys()
            .Environment(Checkout.Environment.Production)
            .SecretKey(SecretKey)
            .PublicKey(PublicKey)
            .Build();

        return services.AddSingleton(api);
    }
}
""", v=v, pub=uuid_s()), v, "Checkout.com .NET SDK: StaticKeys().SecretKey(sk_...), checkout.com/docs/developer-resources/sdks")

user, v = "K" + str(random.Random(_seed()).randint(100000, 999999)) + "_" + hexs(12), mixed(16)
add("go/klarna-credentials", "internal/klarna/client.go", T(r"""
package klarna

import (
	"bytes"
	"encoding/json"
	"fmt"
	"net/http"
	"time"
)

const (
	baseURL  = "https://api.klarna.com"
	username = "<<user>>"
	password = "<<v>>"
)

type Client struct{ http *http.Client }

func New() *Client { return &Client{http: &http.Client{Timeout: 15 * time.Second}} }

// CreateSession opens a Klarna Payments session for an engagement-ring order.
func (c *Client) CreateSession(order Order) (*Session, error) {
	body, _ := json.Marshal(order)
	req, err := http.NewRequest(http.MethodPost, baseURL+"/payments/v1/sessions", bytes.NewReader(body))
	if err != nil {
		return nil, err
	}
	req.SetBasicAuth(username, password)
	req.Header.Set("Content-Type", "application/json")
	resp, err := c.http.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return nil, fmt.Errorf("klarna: %s", resp.Status)
	}
	var s Session
	return &s, json.NewDecoder(resp.Body).Decode(&s)
}
""", user=user, v=v), v, "Klarna API: HTTP basic auth with API credentials (username and password), docs.klarna.com/api/authentication")

v = pw_rand(14, "!$%")
add("php/worldpay-password", "legacy/worldpay/submit_order.php", T(r"""
<?php
// Worldpay XML Direct - telephone orders keyed in by the showroom team
$merchantCode = 'ASHCOMBEVEYMOTO';
$xmlPassword  = '<<v>>';
$endpoint     = 'https://secure.worldpay.com/jsp/merchant/xml/paymentService.jsp';

function worldpay_submit($orderXml) {
    global $merchantCode, $xmlPassword, $endpoint;
    $ch = curl_init($endpoint);
    curl_setopt($ch, CURLOPT_USERPWD, $merchantCode . ':' . $xmlPassword);
    curl_setopt($ch, CURLOPT_POST, true);
    curl_setopt($ch, CURLOPT_POSTFIELDS, $orderXml);
    curl_setopt($ch, CURLOPT_HTTPHEADER, ['Content-Type: text/xml']);
    curl_setopt($ch, CURLOPT_RETURNTRANSFER, true);
    $reply = curl_exec($ch);
    curl_close($ch);
    return simplexml_load_string($reply);
}
""", v=v), v, "Worldpay XML Direct: basic authentication with merchant code and XML password, developer.worldpay.com")

v = mixed(10, string.ascii_letters)
add("properties/realex-secret", "config/realex.properties", T(r"""
# Global Payments (Realex) HPP - hosted payment page for repair balances
realex.hpp.url=https://pay.realexpayments.com/pay
realex.merchantId=harrowgatewatch
realex.account=internet
realex.sharedSecret=<<v>>
realex.currency=GBP
realex.autoSettle=1
realex.responseUrl=https://repairs.harrowgatewatch.co.uk/pay/response
""", v=v), v, "Global Payments HPP: merchant ID and shared secret for SHA-1 hashes, developer.globalpay.com/hpp")

v = b64(mixed(48) + ":" + mixed(64))
add("shell/opayo-basic-auth", "scripts/opayo_refund.sh", T(r"""
#!/bin/sh
# Refund an Opayo Pi transaction: opayo_refund.sh <transactionId> <amount-pence> <reason>
set -e
TX="$1"; AMOUNT="$2"; REASON="${3:-Customer return}"

curl -sS https://live.opayo.eu.elavon.com/api/v1/transactions \
  -H "Authorization: Basic <<v>>" \
  -H "Content-Type: application/json" \
  -d "{
        \"transactionType\": \"Refund\",
        \"referenceTransactionId\": \"$TX\",
        \"vendorTxCode\": \"refund-$TX-$(date +%s)\",
        \"amount\": $AMOUNT,
        \"description\": \"$REASON\"
      }"
""", v=v), v, "Opayo Pi REST API: Basic auth of base64(integration key:integration password), developer-eu.elavon.com")

pub, v = draw(16, UPPER_ALNUM), mixed(32)
add("python/affirm-key", "financing/affirm_capture.py", T(r"""
import requests

AFFIRM_API = "https://api.affirm.com/api/v1"
AFFIRM_PUBLIC_KEY = "<<pub>>"
AFFIRM_PRIVATE_KEY = "<<v>>"


def capture(transaction_id: str, order_id: str, amount_cents: int) -> dict:
    resp = requests.post(
        f"{AFFIRM_API}/transactions/{transaction_id}/capture",
        auth=(AFFIRM_PUBLIC_KEY, AFFIRM_PRIVATE_KEY),
        json={"order_id": order_id, "amount": amount_cents},
        timeout=30,
    )
    resp.raise_for_status()
    return resp.json()
""", pub=pub, v=v), v, "Affirm API: basic auth with public and private API keys, docs.affirm.com/developers/reference")

v = uuid_s()
add("kotlin/clover-token", "android/app/src/main/java/uk/co/carrow/counter/CloverApi.kt", T(r"""
package uk.co.carrow.counter

import okhttp3.OkHttpClient
import okhttp3.Request

object CloverApi {
    private const val BASE = "https://api.eu.clover.com/v3/merchants"
    private const val MERCHANT_ID = "QX4T7ZK2M9P1E"
    private const val API_TOKEN = "<<v>>"

    private val http = OkHttpClient()

    fun todaysOrders(): String {
        val request = Request.Builder()
            .url("$BASE/$MERCHANT_ID/orders?filter=createdTime>=${startOfDay()}")
            .header("Authorization", "Bearer $API_TOKEN")
            .build()
        http.newCall(request).execute().use { response ->
            check(response.isSuccessful) { "Clover ${response.code}" }
            return response.body!!.string()
        }
    }

    private fun startOfDay(): Long = java.time.LocalDate.now()
        .atStartOfDay(java.time.ZoneId.systemDefault()).toInstant().toEpochMilli()
}
""", v=v), v, "Clover REST API: merchant API tokens as Bearer, docs.clover.com/docs/using-api-tokens")

v = stripe("sk_live_")
add("python/stripe-key-split", "reports/disputes.py", T(r"""
<<q3>>Weekly chargeback summary for the finance meeting.<<q3>>
import datetime as dt

import stripe

stripe.api_key = ("<<a>>"
                  "<<b>>")


def last_week_disputes():
    since = int((dt.datetime.utcnow() - dt.timedelta(days=7)).timestamp())
    for dispute in stripe.Dispute.list(created={"gte": since}, limit=100).auto_paging_iter():
        yield dispute.id, dispute.amount / 100, dispute.reason, dispute.status


if __name__ == "__main__":
    for row in last_week_disputes():
        print(*row, sep="\t")
""", a=v[:60], b=v[60:]), v, "stripe-python: stripe.api_key; Python adjacent string literal concatenation")

v = square_token()
add("k8s/square-token", "k8s/pos-bridge/secret.yaml", T(r"""
apiVersion: v1
kind: Secret
metadata:
  name: pos-bridge-square
  namespace: retail
  labels:
    app.kubernetes.io/name: pos-bridge
type: Opaque
data:
  SQUARE_ENVIRONMENT: <<env>>
  SQUARE_LOCATION_ID: <<loc>>
  SQUARE_ACCESS_TOKEN: <<v64>>
""", env=b64("production"), loc=b64("L8Q2ZK4HX0N3T"), v64=b64(v)), v,
    "Kubernetes Secret data values are base64, kubernetes.io/docs/concepts/configuration/secret")

v = stripe("sk_live_")
add("helm/stripe-key", "charts/checkout/values-prod.yaml", T(r"""
replicaCount: 3

image:
  repository: registry.bellweather.io/checkout
  tag: "2.14.1"

ingress:
  enabled: true
  className: nginx
  hosts:
    - host: checkout.bellweatherdiamonds.com
      paths:
        - path: /
          pathType: Prefix

env:
  NODE_ENV: production
  STRIPE_PUBLISHABLE_KEY: pk_live_51<<pk>>
  STRIPE_SECRET_KEY: <<v>>
  RESERVATION_TTL_MINUTES: "20"

resources:
  requests:
    cpu: 200m
    memory: 256Mi
""", pk=mixed(97), v=v), v, "Helm values files; Stripe secret key sk_live_, docs.stripe.com/keys")

add("js/decoy-publishable-key", "web/src/checkout/stripe-elements.js", T(r"""
import { loadStripe } from "@stripe/stripe-js";

// Publishable key: identifies our account to Stripe.js in the browser. Safe to ship.
const stripePromise = loadStripe("pk_live_51<<pk>>");

export async function mountCard(elementId, clientSecretFromServer) {
  const stripe = await stripePromise;
  const elements = stripe.elements({ clientSecret: clientSecretFromServer, locale: "en-GB" });
  const payment = elements.create("payment", { layout: "tabs" });
  payment.mount(elementId);
  return { stripe, elements };
}

export async function confirm(stripe, elements) {
  return stripe.confirmPayment({
    elements,
    confirmParams: { return_url: `${window.location.origin}/checkout/complete` },
  });
}
""", pk=mixed(97)), None, "Stripe.js: loadStripe with a publishable key (pk_live_), safe in client code, docs.stripe.com/keys")

add("html/decoy-public-id", "templates/pay_balance.html", T(r"""
<!doctype html>
<html lang="en-GB">
<head>
  <meta charset="utf-8">
  <title>Pay your repair balance - Harrowgate Watch Works</title>
  <script src="https://web.squarecdn.com/v1/square.js"></script>
</head>
<body>
  <form id="payment-form">
    <p>Ticket {{ ticket.number }} - balance {{ ticket.balance_display }}</p>
    <div id="card-container"></div>
    <button id="card-button" type="button">Pay</button>
  </form>
  <script>
    const appId = "sq0idp-<<appid>>";
    const locationId = "L8Q2ZK4HX0N3T";
    async function init() {
      const payments = window.Square.payments(appId, locationId);
      const card = await payments.card();
      await card.attach("#card-container");
      document.getElementById("card-button").addEventListener("click", async () => {
        const result = await card.tokenize();
        if (result.status === "OK") {
          await fetch("/pay/{{ ticket.number }}", {
            method: "POST",
            headers: { "Content-Type": "application/json", "X-CSRFToken": "{{ csrf_token }}" },
            body: JSON.stringify({ sourceId: result.token }),
          });
        }
      });
    }
    init();
  </script>
</body>
</html>
""", appid=mixed(22, URLSAFE)), None, "Square Web Payments SDK: Square.payments(applicationId, locationId), public identifiers")

add("ts/decoy-public-key", "web/src/checkout/adyen-dropin.ts", T(r"""
import AdyenCheckout from "@adyen/adyen-web";
import "@adyen/adyen-web/dist/adyen.css";

// The client key is public: Adyen restricts it to our allowed origins.
const CLIENT_KEY = "live_<<ck>>";

export async function mountDropin(container: HTMLElement, session: { id: string; sessionData: string }) {
  const checkout = await AdyenCheckout({
    environment: "live",
    clientKey: CLIENT_KEY,
    session,
    locale: "en-GB",
    onPaymentCompleted: (result: { resultCode: string }) => {
      window.location.assign(`/checkout/result?code=${encodeURIComponent(result.resultCode)}`);
    },
    onError: (error: Error) => console.error("adyen", error.name),
  });
  checkout.create("dropin").mount(container);
}
""", ck=draw(32, UPPER_ALNUM)), None, "Adyen Web Drop-in: clientKey (live_/test_), a public key restricted by allowed origins, docs.adyen.com")

add("html/decoy-public-id", "templates/partials/paypal_button.html", T(r"""
<div id="paypal-button-container" data-order="{{ order.number }}"></div>
<script
  src="https://www.paypal.com/sdk/js?client-id=<<cid>>&currency=GBP&intent=capture&components=buttons,messages"
  data-partner-attribution-id="BellweatherDiamonds_SP">
</script>
<script>
  paypal.Buttons({
    style: { layout: "vertical", color: "black", shape: "rect" },
    createOrder: () => fetch("/paypal/orders", { method: "POST" }).then(r => r.json()).then(d => d.id),
    onApprove: (data) => fetch(`/paypal/orders/${data.orderID}/capture`, { method: "POST" })
      .then(() => window.location.assign("/checkout/complete")),
  }).render("#paypal-button-container");
</script>
""", cid="A" + mixed(79, URLSAFE)), None, "PayPal JS SDK script tag with client-id (public), developer.paypal.com/sdk/js/configuration")

add("python/decoy-test-card", "tests/test_card_masking.py", r"""
import pytest

from payments.masking import mask_pan, luhn_ok

# Stripe's and the card schemes' published test numbers - never real cards.
TEST_CARDS = {
    "visa": "4242424242424242",
    "visa_debit": "4000056655665556",
    "mastercard": "5555555555554444",
    "amex": "378282246310005",
}


@pytest.mark.parametrize("brand,pan", TEST_CARDS.items())
def test_mask_keeps_last_four(brand, pan):
    masked = mask_pan(pan)
    assert masked.endswith(pan[-4:])
    assert set(masked[:-4]) == {"*"}


@pytest.mark.parametrize("pan", TEST_CARDS.values())
def test_test_cards_pass_luhn(pan):
    assert luhn_ok(pan)


def test_receipt_never_shows_full_number():
    assert mask_pan("4242 4242 4242 4242") == "************4242"
""".lstrip("\n"), None, "Stripe testing docs: test card numbers (4242 4242 4242 4242), docs.stripe.com/testing")

add("json/decoy-ids", "tests/fixtures/stripe/deposit_payment_intent.json", T(r"""
{
  "id": "pi_3P<<pi>>",
  "object": "payment_intent",
  "amount": 45000,
  "amount_received": 45000,
  "currency": "gbp",
  "customer": "cus_Q<<cus>>",
  "description": "Deposit: bespoke platinum solitaire, commission C-2291",
  "latest_charge": "ch_3P<<ch>>",
  "livemode": false,
  "metadata": {
    "commission": "C-2291",
    "repair_ticket": ""
  },
  "payment_method": "pm_1P<<pm>>",
  "payment_method_types": ["card"],
  "status": "succeeded"
}
""", pi=mixed(22), cus=mixed(13), ch=mixed(22), pm=mixed(22)), None,
    "Stripe API: PaymentIntent object ids (pi_, cus_, ch_, pm_) are identifiers, docs.stripe.com/api/payment_intents/object")

add("python/decoy-env-read", "payments/webhooks.py", r"""
import os

import stripe
from flask import Blueprint, abort, request

bp = Blueprint("stripe_webhooks", __name__)

stripe.api_key = os.environ["STRIPE_SECRET_KEY"]
WEBHOOK_SECRET = os.environ["STRIPE_WEBHOOK_SECRET"]


@bp.post("/webhooks/stripe")
def stripe_webhook():
    signature = request.headers.get("Stripe-Signature", "")
    try:
        event = stripe.Webhook.construct_event(request.get_data(), signature, WEBHOOK_SECRET)
    except (ValueError, stripe.error.SignatureVerificationError):
        abort(400)
    if event["type"] == "charge.refunded":
        from payments.ledger import record_refund
        record_refund(event["data"]["object"])
    return {"ok": True}
""".lstrip("\n"), None, "Stripe webhooks: secrets read from the environment, docs.stripe.com/webhooks")

add("markdown/decoy-redacted", "docs/incidents/2024-02-card-declines.md", r"""
# 2024-02-14: card declines on Valentine's orders

**Impact:** 37 declined checkouts between 18:05 and 18:50 GMT.

## Timeline
- 18:05 Radar rule "block if CVC check fails" started matching every Amex payment.
- 18:31 Support escalated; Stripe dashboard showed `card_declined / incorrect_cvc`.
- 18:50 Rule disabled by Priya; declines stopped.

## Notes
The logs showed the key in use as `sk_live_51Hx…(redacted)…4kQ2` - the live secret key was **not**
exposed; the request ids below are safe to share with Stripe support:

| request id | payment intent |
|---|---|
| req_7pQm2ZrT1vXa9c | pi_3Oj…redacted |
| req_Yb3Lw9Kd0sNf2e | pi_3Oj…redacted |

## Follow-up
- [ ] Test Radar rules in test mode before Valentine's and Christmas peaks.
- [ ] Alert on decline rate > 10 % over 15 minutes.
""".lstrip("\n"), None, "Incident write-up with redacted key prefixes; Stripe request ids are identifiers")


# =============================================================================================
# Precious-metal price feeds
# =============================================================================================

v = lows(60)
add("python/metals-api-key", "pricing/fetch_spot.py", T(r"""
#!/usr/bin/env python3
<<q3>>Fetch gold, silver, platinum and palladium spot in GBP every 15 minutes (cron).<<q3>>
import json
import sqlite3
import time
import urllib.request

URL = ("https://metals-api.com/api/latest"
       "?access_key=<<v>>"
       "&base=GBP&symbols=XAU,XAG,XPT,XPD")
DB = "/var/lib/pricing/spot.sqlite3"


def main() -> None:
    with urllib.request.urlopen(URL, timeout=20) as resp:
        data = json.load(resp)
    if not data.get("success"):
        raise SystemExit(f"metals-api: {data.get('error')}")
    con = sqlite3.connect(DB)
    with con:
        for symbol, rate in data["rates"].items():
            # rates are troy ounces per 1 GBP; store GBP per ounce
            con.execute("INSERT INTO spot(ts, symbol, gbp_per_oz) VALUES (?, ?, ?)",
                        (int(time.time()), symbol, 1 / rate))


if __name__ == "__main__":
    main()
""", v=v), v, "Metals-API: /latest?access_key=..., metals-api.com/documentation")

v = "goldapi-" + lows(20) + "-io"
add("js/goldapi-key", "src/widgets/live-gold-price.server.js", T(r"""
// Live gold price for the "sell your gold" page. Server-side only.
import NodeCache from "node-cache";

const cache = new NodeCache({ stdTTL: 120 });
const GOLDAPI_TOKEN = "<<v>>";

export async function goldPerGram(carat = 24) {
  const key = `xau-gbp-${carat}`;
  const hit = cache.get(key);
  if (hit) return hit;

  const res = await fetch("https://www.goldapi.io/api/XAU/GBP", {
    headers: { "x-access-token": GOLDAPI_TOKEN, "Content-Type": "application/json" },
  });
  if (!res.ok) throw new Error(`goldapi ${res.status}`);
  const body = await res.json();
  const field = `price_gram_${carat}k`;
  cache.set(key, body[field]);
  return body[field];
}
""", v=v), v, "GoldAPI.io: x-access-token header (goldapi-...-io), goldapi.io/dashboard")

v = hexs(32)
add("go/metalpriceapi-key", "cmd/scrapbuy/rates.go", T(r"""
package main

import (
	"encoding/json"
	"fmt"
	"net/http"
	"time"
)

const metalpriceKey = "<<v>>"

type latest struct {
	Success bool               `json:"success"`
	Base    string             `json:"base"`
	Rates   map[string]float64 `json:"rates"`
}

// scrapRates returns what the counter pays per gram of 9ct, 14ct, 18ct and 22ct gold.
func scrapRates() (map[string]float64, error) {
	url := fmt.Sprintf("https://api.metalpriceapi.com/v1/latest?api_key=%s&base=GBP&currencies=XAU", metalpriceKey)
	client := &http.Client{Timeout: 10 * time.Second}
	resp, err := client.Get(url)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	var l latest
	if err := json.NewDecoder(resp.Body).Decode(&l); err != nil {
		return nil, err
	}
	perGram := (1 / l.Rates["XAU"]) / 31.1035
	return map[string]float64{
		"9ct":  perGram * 0.375 * 0.8,
		"14ct": perGram * 0.585 * 0.8,
		"18ct": perGram * 0.750 * 0.8,
		"22ct": perGram * 0.916 * 0.8,
	}, nil
}
""", v=v), v, "MetalpriceAPI: /v1/latest?api_key=..., metalpriceapi.com/documentation")

v = mixed(20, URLSAFE)
add("r/nasdaq-data-link-key", "analysis/gold_fix_trend.R", T(r"""
# LBMA gold fix trend for the quarterly buying meeting
library(Quandl)
library(dplyr)
library(ggplot2)

Quandl.api_key("<<v>>")

fix <- Quandl("LBMA/GOLD", start_date = "2019-01-01", type = "raw") %>%
  select(Date, `GBP (PM)`) %>%
  rename(date = Date, gbp_pm = `GBP (PM)`) %>%
  filter(!is.na(gbp_pm))

monthly <- fix %>%
  mutate(month = as.Date(format(date, "%Y-%m-01"))) %>%
  group_by(month) %>%
  summarise(avg = mean(gbp_pm))

ggplot(monthly, aes(month, avg)) +
  geom_line(colour = "#b8860b") +
  labs(title = "LBMA Gold PM fix (GBP/oz), monthly mean", x = NULL, y = NULL)

ggsave("gold_fix_trend.png", width = 9, height = 4)
""", v=v), v, "Quandl R package: Quandl.api_key(), docs.data.nasdaq.com/docs/r-installation")

v = draw(32, UPPER_ALNUM)
add("notebook/metals-dev-key", "notebooks/platinum_band_pricing.ipynb", T(r"""
{
 "cells": [
  {
   "cell_type": "markdown",
   "metadata": {},
   "source": ["# Platinum wedding band pricing\n", "Re-price the 950Pt band range against today's spot."]
  },
  {
   "cell_type": "code",
   "execution_count": 1,
   "metadata": {},
   "outputs": [],
   "source": [
    "import requests\n",
    "import pandas as pd\n",
    "\n",
    "API_KEY = \"<<v>>\"\n",
    "r = requests.get(\"https://api.metals.dev/v1/latest\", params={\"api_key\": API_KEY, \"currency\": \"GBP\", \"unit\": \"g\"})\n",
    "spot = r.json()[\"metals\"][\"platinum\"]\n",
    "spot"
   ]
  },
  {
   "cell_type": "code",
   "execution_count": 2,
   "metadata": {},
   "outputs": [],
   "source": [
    "bands = pd.read_csv(\"bands_950pt.csv\")\n",
    "bands[\"metal_cost\"] = bands.weight_g * spot * 0.95\n",
    "bands[\"price\"] = (bands.metal_cost + bands.labour) * 2.2\n",
    "bands.round(2).head()"
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
""", v=v), v, "Metals.Dev API: /v1/latest?api_key=..., metals.dev/docs; Jupyter notebook format nbformat 4")

v = hexs(32)
add("php/barchart-key", "includes/price-ticker.php", T(r"""
<?php
// Header ticker: gold, silver, platinum futures (delayed) from Barchart OnDemand
const BARCHART_APIKEY = '<<v>>';

function price_ticker(): array
{
    $cacheFile = sys_get_temp_dir() . '/ticker.json';
    if (is_file($cacheFile) && filemtime($cacheFile) > time() - 300) {
        return json_decode(file_get_contents($cacheFile), true);
    }
    $url = 'https://ondemand.websol.barchart.com/getQuote.json?apikey=' . BARCHART_APIKEY
         . '&symbols=GC*1,SI*1,PL*1&fields=lastPrice,netChange';
    $json = file_get_contents($url);
    $data = json_decode($json, true)['results'] ?? [];
    file_put_contents($cacheFile, json_encode($data));
    return $data;
}
""", v=v), v, "Barchart OnDemand getQuote: apikey query parameter, barchart.com/ondemand/api")

v = hexs(32, upper=True)
add("csharp/xignite-token", "src/Pricing/XigniteMetalsClient.cs", T(r"""
using System.Net.Http.Json;

namespace Oakhurst.Pricing;

public sealed class XigniteMetalsClient
{
    private const string Token = "<<v>>";
    private readonly HttpClient _http;

    public XigniteMetalsClient(HttpClient http) => _http = http;

    public async Task<decimal> GoldBidGbpAsync(CancellationToken ct = default)
    {
        var url = "https://globalmetals.xignite.com/xGlobalMetals.json/GetRealTimeMetalQuote"
                + "?Symbol=XAU&Currency=GBP&_token=" + Token;
        var quote = await _http.GetFromJsonAsync<MetalQuote>(url, ct)
                    ?? throw new InvalidOperationException("empty quote");
        return quote.Bid;
    }

    private sealed record MetalQuote(string Outcome, decimal Bid, decimal Ask, string Date, string Time);
}
""", v=v), v, "Xignite XigniteGlobalMetals: _token query parameter, xignite.com/product/global-metals")

v = "goldapi-" + lows(20) + "-io"
add("k8s/goldapi-key", "k8s/price-board/cronjob.yaml", T(r"""
apiVersion: batch/v1
kind: CronJob
metadata:
  name: price-board-refresh
  namespace: showroom
spec:
  schedule: "*/10 8-18 * * 1-6"
  concurrencyPolicy: Forbid
  jobTemplate:
    spec:
      template:
        spec:
          restartPolicy: OnFailure
          containers:
            - name: refresh
              image: registry.carrow.internal/price-board:1.6.0
              args: ["refresh", "--metals", "XAU,XAG,XPT"]
              env:
                - name: GOLDAPI_TOKEN
                  value: "<<v>>"
                - name: BOARD_URL
                  value: http://price-board.showroom.svc:8080
""", v=v), v, "Kubernetes CronJob env values; GoldAPI token shape, goldapi.io")

v = hexs(32)
add("toml/twelvedata-key", "pricing/config.toml", T(r"""
# Spot price service settings (scrap-gold counter and online "we buy" page)
[service]
listen = "0.0.0.0:8088"
refresh_seconds = 300

[twelvedata]
base_url = "https://api.twelvedata.com"
apikey = "<<v>>"
symbols = ["XAU/GBP", "XAG/GBP", "XPT/GBP"]

[margins]
buy_9ct = 0.78
buy_18ct = 0.82
buy_22ct = 0.85

[alerts]
move_percent = 2.5
notify = ["buying@carrowanddaughters.co.uk"]
""", v=v), v, "Twelve Data API: apikey parameter, twelvedata.com/docs#authentication")

add("json/decoy-price-response", "tests/fixtures/metals_latest_gbp.json", r"""
{
  "success": true,
  "timestamp": 1718013600,
  "date": "2024-06-10",
  "base": "GBP",
  "unit": "per ounce",
  "rates": {
    "GBP": 1,
    "XAU": 0.00054921,
    "XAG": 0.04216353,
    "XPT": 0.00130077,
    "XPD": 0.00138514,
    "USDXAU": 2293.41,
    "USDXAG": 29.87
  },
  "request_id": "2b1f7c04-6e5d-4a39-9c0e-8f14d2a7b3c6",
  "cache_key": "latest:GBP:XAU,XAG,XPT,XPD:9c1e4d7f2a6b0c3e"
}
""".lstrip("\n"), None, "Metals-API /latest response shape (rates, base, timestamp), metals-api.com/documentation")

add("markdown/decoy-placeholder", "pricing/README.md", r"""
# pricing

Spot-price service for the scrap counter and the "sell your gold" page.

## Setup

```sh
python -m venv .venv && . .venv/bin/activate
pip install -r requirements.txt
export METALS_API_KEY=your_access_key      # from metals-api.com > Dashboard
export GOLDAPI_TOKEN=goldapi-xxxxxxxxxx-io  # backup feed
python fetch_spot.py --once
```

The keys live in 1Password ("Pricing feeds") and on the server in `/etc/pricing/env`
(mode 0600, owned by `pricing`). Do not paste them into tickets or Slack.

## Margins

| carat | paid as % of melt |
|------:|------------------:|
| 9ct   | 78 % |
| 18ct  | 82 % |
| 22ct  | 85 % |
""".lstrip("\n"), None, "README with placeholder keys (your_access_key, goldapi-xxxxxxxxxx-io)")

add("notebook/decoy-getpass", "notebooks/silver_flatware_buyback.ipynb", r"""
{
 "cells": [
  {
   "cell_type": "markdown",
   "metadata": {},
   "source": ["# Silver flatware buy-back offers\n", "Key is asked for at run time; nothing is saved in the notebook."]
  },
  {
   "cell_type": "code",
   "execution_count": 1,
   "metadata": {},
   "outputs": [],
   "source": [
    "import getpass, os, requests\n",
    "key = os.environ.get(\"METALS_DEV_KEY\") or getpass.getpass(\"metals.dev key: \")\n",
    "spot = requests.get(\"https://api.metals.dev/v1/latest\", params={\"api_key\": key, \"currency\": \"GBP\", \"unit\": \"g\"}).json()[\"metals\"][\"silver\"]"
   ]
  },
  {
   "cell_type": "code",
   "execution_count": 2,
   "metadata": {},
   "outputs": [
    {"name": "stdout", "output_type": "stream", "text": ["Sterling (92.5%) offer: 0.49 GBP/g\n"]}
   ],
   "source": ["print(f\"Sterling (92.5%) offer: {spot * 0.925 * 0.70:.2f} GBP/g\")"]
  }
 ],
 "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""".lstrip("\n"), None, "Jupyter notebook reading the key with getpass / environment")

add("go/decoy-env-read", "cmd/scrapbuy/config.go", r"""
package main

import (
	"errors"
	"os"
)

type config struct {
	MetalpriceKey string
	ListenAddr    string
}

var errNoKey = errors.New("METALPRICE_API_KEY is not set (see runbook: pricing feeds)")

func loadConfig() (config, error) {
	c := config{
		MetalpriceKey: os.Getenv("METALPRICE_API_KEY"),
		ListenAddr:    os.Getenv("LISTEN_ADDR"),
	}
	if c.ListenAddr == "" {
		c.ListenAddr = ":8090"
	}
	if c.MetalpriceKey == "" {
		return c, errNoKey
	}
	return c, nil
}
""".lstrip("\n"), None, "Go os.Getenv configuration; no value in code")

add("csv/decoy-checksums", "data/lbma_fix_2024q2.csv", T(r"""
date,gold_am_gbp,gold_pm_gbp,silver_gbp,platinum_am_gbp,source_file,sha256
2024-04-02,1790.12,1796.48,19.77,721.40,lbma_20240402.json,<<h1>>
2024-04-03,1802.35,1811.90,20.14,728.85,lbma_20240403.json,<<h2>>
2024-04-04,1815.70,1809.25,20.53,741.10,lbma_20240404.json,<<h3>>
2024-04-05,1826.05,1839.60,20.95,735.55,lbma_20240405.json,<<h4>>
2024-04-08,1851.30,1848.75,21.32,744.20,lbma_20240408.json,<<h5>>
2024-04-09,1860.85,1867.10,21.61,752.05,lbma_20240409.json,<<h6>>
""", h1=hexs(64), h2=hexs(64), h3=hexs(64), h4=hexs(64), h5=hexs(64), h6=hexs(64)), None,
    "Price history export with SHA-256 checksums of source files")


# =============================================================================================
# Diamonds, appraisal, grading and suppliers
# =============================================================================================

v = mixed(64, URLSAFE)
add("python/rapnet-secret", "suppliers/rapnet/fetch_inventory.py", T(r"""
<<q3>>Pull our RapNet Instant Inventory feed and the daily price list.<<q3>>
import requests

AUTH_URL = "https://authztoken.api.rapaport.com/api/get"
FEED_URL = "https://technet.rapnetapis.com/instant-inventory/api/Diamonds"

CLIENT_ID = "<<cid>>"
CLIENT_SECRET = "<<v>>"


def token() -> str:
    resp = requests.post(AUTH_URL, json={"client_id": CLIENT_ID, "client_secret": CLIENT_SECRET}, timeout=30)
    resp.raise_for_status()
    return resp.json()["access_token"]


def diamonds(page: int = 1, size: int = 200) -> list:
    resp = requests.get(
        FEED_URL,
        headers={"Authorization": f"Bearer {token()}"},
        params={"page": page, "pageSize": size, "shapes": "Round,Oval,Cushion", "labs": "GIA,IGI"},
        timeout=60,
    )
    resp.raise_for_status()
    return resp.json()["diamonds"]
""", cid=mixed(32), v=v), v, "RapNet Instant Inventory API: client_id/client_secret token request, technet.rapnetapis.com")

v = pw_words()
add("js/nivoda-password", "scripts/nivoda-sync.mjs", T(r"""
// Sync Nivoda lab-grown and natural stones into the ring builder.
const NIVODA = "https://integrations.nivoda.net/api/diamonds";

const AUTH_QUERY = `{
  authenticate {
    username_and_password(username: "feeds@bellweatherdiamonds.com", password: "<<v>>") {
      token
      expires
    }
  }
}`;

async function gql(query, token) {
  const res = await fetch(NIVODA, {
    method: "POST",
    headers: { "Content-Type": "application/json", ...(token && { Authorization: `Bearer ${token}` }) },
    body: JSON.stringify({ query }),
  });
  const body = await res.json();
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

const { authenticate } = await gql(AUTH_QUERY);
const token = authenticate.username_and_password.token;

const stones = await gql(`{ diamonds_by_query(query: { labgrown: false, sizes: [{ from: 0.9, to: 2.1 }] },
  limit: 50) { items { id diamond { certificate { lab certNumber carats color clarity cut } } price } } }`, token);

console.log(stones.diamonds_by_query.items.length, "stones");
""", v=v), v, "Nivoda GraphQL API: authenticate { username_and_password(username, password) { token } }, nivoda integrations docs")

tok, v = mixed(32), mixed(24)
add("ruby/vdb-token", "app/services/vdb_feed.rb", T(r"""
# Virtual Diamond Boutique feed for the loose-stone search page
require "net/http"
require "json"

class VdbFeed
  BASE = URI("https://apiservices.vdbapp.com/v2/diamonds")
  API_KEY = "<<tok>>"
  ACCESS_TOKEN = "<<v>>"

  def search(shape:, min_carat:, max_carat:, page: 1)
    uri = BASE.dup
    uri.query = URI.encode_www_form(type: "Diamond", shapes: shape, size_from: min_carat,
                                    size_to: max_carat, page_number: page, page_size: 60)
    req = Net::HTTP::Get.new(uri)
    req["Authorization"] = "Token token=#{ACCESS_TOKEN}, api_key=#{API_KEY}"
    res = Net::HTTP.start(uri.host, uri.port, use_ssl: true) { |http| http.request(req) }
    raise "VDB #{res.code}" unless res.is_a?(Net::HTTPSuccess)

    JSON.parse(res.body).dig("response", "body", "diamonds")
  end
end
""", tok=tok, v=v), v, "VDB API: Authorization 'Token token=..., api_key=...', vdbapp.com API docs")

v = mixed(40)
add("ts/gia-key", "src/lib/gia-report-check.ts", T(r"""
// GIA Report Check API: confirm a grading report before a stone is booked into stock.
const GIA_ENDPOINT = "https://api.reportresults.gia.edu/";
const GIA_API_KEY = "<<v>>";

const QUERY = `query ReportQuery($ReportNumber: String!) {
  getReport(report_number: $ReportNumber) {
    report_number
    report_date
    results {
      ... on DiamondGradingReportResults { shape_and_cutting_style carat_weight color_grade clarity_grade cut_grade }
    }
  }
}`;

export async function checkReport(reportNumber: string) {
  const res = await fetch(GIA_ENDPOINT, {
    method: "POST",
    headers: { Authorization: GIA_API_KEY, "Content-Type": "application/json" },
    body: JSON.stringify({ query: QUERY, variables: { ReportNumber: reportNumber } }),
  });
  if (!res.ok) throw new Error(`GIA ${res.status}`);
  const { data } = await res.json();
  return data.getReport;
}
""", v=v), v, "GIA Report Check API (GraphQL, Authorization header with the API key), gia.edu report check API")

v = pw_words()
add("python/stuller-password", "suppliers/stuller/orders.py", T(r"""
import requests

STULLER = "https://api.stuller.com/v2"
AUTH = ("carrowjewellers", "<<v>>")


def price_check(skus):
    resp = requests.post(f"{STULLER}/products", auth=AUTH, json={"SKU": list(skus)}, timeout=30)
    resp.raise_for_status()
    return {p["SKU"]: p["Price"]["Value"] for p in resp.json()["Products"]}


def place_order(po_number, lines):
    body = {
        "PurchaseOrderNumber": po_number,
        "ShipToAccount": "1187764",
        "Lines": [{"SKU": sku, "Quantity": qty} for sku, qty in lines],
    }
    resp = requests.post(f"{STULLER}/orders", auth=AUTH, json=body, timeout=60)
    resp.raise_for_status()
    return resp.json()["OrderNumber"]
""", v=v), v, "Stuller API: HTTP basic authentication with Stuller.com credentials, stuller.com/api")

v = pw_url()
add("winscp/sftp-password", "suppliers/findings/winscp_pull.txt", T(r"""
# WinSCP script: pull the nightly findings & chain price file from the wholesaler
# Run: winscp.com /ini=nul /script=winscp_pull.txt /log=C:\Jobs\logs\findings.log
option batch abort
option confirm off
open sftp://carrow_ftp:<<v>>@sftp.cooksongold-feeds.example.net/ -hostkey="ssh-ed25519 255 7YbNq1k3yC2QvE0wXo9u5dR4sLh8TjPzAm6KcFgHnB0"
cd /outbound/pricing
lcd C:\Jobs\findings\in
get -neweronly *.csv
close
exit
""", v=v), v, "WinSCP scripting: open sftp://user:password@host/ -hostkey=..., winscp.net/eng/docs/scriptcommand_open")

v = pw_rand(16, "!%")
add("shell/lftp-password", "cron/idex_feed_upload.sh", T(r"""
#!/bin/bash
# 02:15 daily: upload loose-stone inventory to IDEX
set -euo pipefail
EXPORT=/srv/exports/idex/inventory_$(date +%Y%m%d).csv

/usr/local/bin/edge-export --stones --format idex > "$EXPORT"

lftp -u 'bellweather_upl,<<v>>' ftps://ftp.idexonline.com <<EOF
set ftp:ssl-force true
set ssl:verify-certificate yes
cd /incoming
put $EXPORT -o inventory.csv
bye
EOF
""", v=v), v, "lftp manual: -u user,password; IDEX inventory upload by FTP(S)")

v = pw_words()
add("python/database-password", "appraisals/settings/production.py", T(r"""
from .base import *  # noqa

DEBUG = False
ALLOWED_HOSTS = ["appraisals.meridianfinejewellery.com"]
SECRET_KEY = env("DJANGO_SECRET_KEY")

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": "appraisals",
        "USER": "appraisals_app",
        "PASSWORD": "<<v>>",
        "HOST": "pg-appraisals.internal",
        "PORT": "5432",
        "CONN_MAX_AGE": 60,
        "OPTIONS": {"sslmode": "require"},
    }
}

DEFAULT_FILE_STORAGE = "storages.backends.s3boto3.S3Boto3Storage"
AWS_STORAGE_BUCKET_NAME = "mfj-appraisal-pdfs"
AWS_S3_REGION_NAME = "eu-west-2"
""", v=v), v, "Django settings: DATABASES PASSWORD, docs.djangoproject.com/en/stable/ref/settings/#databases")

kid, v = aws_pair()
add("ini/aws-secret-key", "deploy/aws/credentials", T(r"""
[default]
region = eu-west-2

[appraisal-uploader]
aws_access_key_id = <<kid>>
aws_secret_access_key = <<v>>
region = eu-west-2
""", kid=kid, v=v), v, "AWS CLI shared credentials file, docs.aws.amazon.com/cli/latest/userguide/cli-configure-files.html")

key = pem_pkcs8_rsa(26)
v = key.replace("\n", "\\n")
add("json/gcp-service-account", "photo-pipeline/keys/photo-uploader.json", T(r"""
{
  "type": "service_account",
  "project_id": "oakhurst-photography",
  "private_key_id": "<<kid>>",
  "private_key": "<<v>>\n",
  "client_email": "photo-uploader@oakhurst-photography.iam.gserviceaccount.com",
  "client_id": "<<cid>>",
  "auth_uri": "https://accounts.google.com/o/oauth2/auth",
  "token_uri": "https://oauth2.googleapis.com/token",
  "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",
  "client_x509_cert_url": "https://www.googleapis.com/robot/v1/metadata/x509/photo-uploader%40oakhurst-photography.iam.gserviceaccount.com",
  "universe_domain": "googleapis.com"
}
""", kid=hexs(40), v=v, cid=str(random.Random(_seed()).randint(10**20, 10**21))), v,
    "Google Cloud service account key file (private_key as written in JSON), cloud.google.com/iam/docs/keys-create-delete")

v = azure_storage_key()
add("json/azure-storage-key", "src/Appraisals.Web/appsettings.json", T(r"""
{
  "ConnectionStrings": {
    "AppraisalImages": "DefaultEndpointsProtocol=https;AccountName=bwappraisalimg;AccountKey=<<v>>;EndpointSuffix=core.windows.net"
  },
  "Appraisal": {
    "Container": "certificates",
    "ThumbnailWidth": 480,
    "SignatoryName": "R. Okafor FGA DGA"
  },
  "Logging": {
    "LogLevel": {
      "Default": "Information"
    }
  }
}
""", v=v), v, "Azure Storage connection string (AccountKey), learn.microsoft.com/azure/storage/common/storage-configure-connection-string")

add("csv/decoy-ids", "data/stock/loose_stones_export.csv", T(r"""
stock_no,lab,report_no,shape,carat,colour,clarity,cut,cost_gbp,rfid_epc,record_uuid
LS-24-0131,GIA,2215683947,RB,1.02,F,VS1,EX,6120.00,<<e1>>,<<u1>>
LS-24-0132,GIA,6452187730,OV,0.91,G,VVS2,,4380.00,<<e2>>,<<u2>>
LS-24-0133,IGI,LG598314267,CU,2.05,E,VS2,,1890.00,<<e3>>,<<u3>>
LS-24-0134,GIA,1449031862,EM,1.51,H,VS1,,7025.00,<<e4>>,<<u4>>
LS-24-0135,GIA,5201977418,RB,0.50,D,IF,EX,3360.00,<<e5>>,<<u5>>
""", e1=hexs(24, True), e2=hexs(24, True), e3=hexs(24, True), e4=hexs(24, True), e5=hexs(24, True),
    u1=uuid_s(), u2=uuid_s(), u3=uuid_s(), u4=uuid_s(), u5=uuid_s()), None,
    "Stock export: GIA/IGI report numbers, RFID EPC (96-bit hex) and record UUIDs are identifiers")

add("json/decoy-ids", "appraisals/fixtures/appraisal_2024_00871.json", T(r"""
{
  "appraisal_id": "<<u1>>",
  "number": "APR-2024-00871",
  "type": "insurance_replacement",
  "customer_ref": "CUST-10442",
  "appraiser": "R. Okafor FGA DGA",
  "date": "2024-05-21",
  "items": [
    {
      "item_id": "<<u2>>",
      "description": "18ct white gold four-claw solitaire ring, round brilliant 1.02ct F VS1 (GIA 2215683947)",
      "replacement_value_gbp": 14950,
      "photos": [
        {"file": "apr-00871-1.jpg", "sha256": "<<h1>>"},
        {"file": "apr-00871-2.jpg", "sha256": "<<h2>>"}
      ]
    }
  ],
  "pdf": {"file": "APR-2024-00871.pdf", "sha256": "<<h3>>"},
  "insurer_ref": null
}
""", u1=uuid_s(), u2=uuid_s(), h1=hexs(64), h2=hexs(64), h3=hexs(64)), None,
    "Appraisal record fixture: UUID ids and SHA-256 file checksums")

add("python/decoy-secret-manager", "appraisals/gia_client.py", r"""
from functools import lru_cache

import requests
from google.cloud import secretmanager

PROJECT = "meridian-appraisals"
GIA_ENDPOINT = "https://api.reportresults.gia.edu/"


@lru_cache(maxsize=1)
def gia_key() -> str:
    client = secretmanager.SecretManagerServiceClient()
    name = f"projects/{PROJECT}/secrets/gia-report-check-key/versions/latest"
    return client.access_secret_version(request={"name": name}).payload.data.decode()


def report(report_number: str) -> dict:
    resp = requests.post(
        GIA_ENDPOINT,
        headers={"Authorization": gia_key()},
        json={"query": "query($n:String!){getReport(report_number:$n){report_number report_date}}",
              "variables": {"n": report_number}},
        timeout=20,
    )
    resp.raise_for_status()
    return resp.json()["data"]["getReport"]
""".lstrip("\n"), None, "Google Secret Manager access_secret_version; key fetched at run time")

add("yaml/decoy-example-value", "docs/api/appraisal-api.openapi.yaml", r"""
openapi: 3.0.3
info:
  title: Meridian Appraisal API
  version: 1.4.0
  description: Read-only access to appraisal certificates for insurer partners.
servers:
  - url: https://api.meridianfinejewellery.com/appraisals/v1
security:
  - ApiKeyAuth: []
components:
  securitySchemes:
    ApiKeyAuth:
      type: apiKey
      in: header
      name: X-Api-Key
      description: Issued per partner. Example header `X-Api-Key: YOUR_API_KEY`.
paths:
  /appraisals/{number}:
    get:
      summary: Fetch one appraisal
      parameters:
        - name: number
          in: path
          required: true
          schema: {type: string, example: APR-2024-00871}
        - name: X-Api-Key
          in: header
          required: true
          schema: {type: string, example: YOUR_API_KEY}
      responses:
        "200": {description: The appraisal}
        "401": {description: Missing or unknown key}
""".lstrip("\n"), None, "OpenAPI 3 apiKey security scheme with YOUR_API_KEY example, spec.openapis.org/oas/v3.0.3")

add("json/decoy-template", "docs/postman/supplier-apis.postman_collection.json", r"""
{
  "info": {
    "name": "Supplier APIs (Stuller, RapNet, Nivoda)",
    "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"
  },
  "auth": {
    "type": "basic",
    "basic": [
      {"key": "username", "value": "{{stuller_user}}", "type": "string"},
      {"key": "password", "value": "{{stuller_password}}", "type": "string"}
    ]
  },
  "item": [
    {
      "name": "RapNet token",
      "request": {
        "method": "POST",
        "url": "https://authztoken.api.rapaport.com/api/get",
        "body": {"mode": "raw", "raw": "{\"client_id\": \"{{rapnet_client_id}}\", \"client_secret\": \"{{rapnet_client_secret}}\"}"}
      }
    },
    {
      "name": "Stuller products",
      "request": {"method": "POST", "url": "https://api.stuller.com/v2/products",
                  "body": {"mode": "raw", "raw": "{\"SKU\": [\"123456:100:P\"]}"}}
    }
  ]
}
""".lstrip("\n"), None, "Postman collection v2.1 with {{variable}} references, learning.postman.com/docs/sending-requests/variables")

add("yaml/decoy-ids", "workshop/data/service_history_sample.yaml", T(r"""
# Sample watch service records (anonymised) for the workshop system's import tests
- job: WS-24-1183
  brand: Rolex
  reference: "126610LN"
  serial: "7X9K2Q41"
  calibre: "3235"
  received: 2024-03-04
  work: [full service, crystal gasket, bracelet refinish]
  timegrapher: {rate_s_day: +2, amplitude_deg: 289, beat_error_ms: 0.1}
  record_uuid: <<u1>>
- job: WS-24-1184
  brand: Omega
  reference: "310.30.42.50.01.001"
  serial: "81406225"
  calibre: "1861"
  received: 2024-03-05
  work: [full service, new mainspring]
  timegrapher: {rate_s_day: +4, amplitude_deg: 251, beat_error_ms: 0.3}
  record_uuid: <<u2>>
- job: WS-24-1185
  brand: Tudor
  reference: "79030N"
  serial: "Q2K77510"
  calibre: "MT5402"
  received: 2024-03-05
  work: [pressure test, crown and tube]
  timegrapher: {rate_s_day: -1, amplitude_deg: 270, beat_error_ms: 0.0}
  record_uuid: <<u3>>
""", u1=uuid_s(), u2=uuid_s(), u3=uuid_s()), None, "Watch service records: references, case serials and record UUIDs are identifiers")


# =============================================================================================
# Insurance integrations
# =============================================================================================

v = hexs(32)
add("csharp/apim-subscription-key", "src/Insurance/JewelersMutualClient.cs", T(r"""
using System.Net.Http.Headers;
using System.Net.Http.Json;

namespace Bellweather.Insurance;

// Offers the Jewelers Mutual care plan at checkout and registers the policy after sale.
public sealed class JewelersMutualClient
{
    private readonly HttpClient _http;

    public JewelersMutualClient(HttpClient http)
    {
        _http = http;
        _http.BaseAddress = new Uri("https://partner-api.jewelersmutual.example.com/policies/v2/");
        _http.DefaultRequestHeaders.Add("Ocp-Apim-Subscription-Key", "<<v>>");
        _http.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
    }

    public async Task<QuoteResponse> QuoteAsync(QuoteRequest request, CancellationToken ct)
    {
        var response = await _http.PostAsJsonAsync("quotes", request, ct);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<QuoteResponse>(cancellationToken: ct))!;
    }
}

public sealed record QuoteRequest(string ItemType, decimal RetailValue, string Postcode);
public sealed record QuoteResponse(string QuoteId, decimal AnnualPremium, string Currency);
""", v=v), v, "Azure API Management: Ocp-Apim-Subscription-Key header, learn.microsoft.com/azure/api-management/api-management-subscriptions")

v = "bk_live_" + mixed(40)
add("python/insurance-api-key", "integrations/briteco/policy.py", T(r"""
import requests

BRITECO_API = "https://api.brite.co/partner/v1"
BRITECO_KEY = "<<v>>"
RETAILER_ID = "RET-00419"


def register_policy(sale):
    payload = {
        "retailerId": RETAILER_ID,
        "customer": {"name": sale.customer_name, "email": sale.customer_email, "postcode": sale.postcode},
        "items": [{
            "category": "engagement_ring",
            "description": sale.description,
            "value": str(sale.value),
            "appraisalNumber": sale.appraisal_number,
        }],
    }
    resp = requests.post(f"{BRITECO_API}/policies", json=payload,
                         headers={"X-API-Key": BRITECO_KEY}, timeout=30)
    resp.raise_for_status()
    return resp.json()["policyNumber"]
""", v=v), v, "Partner insurance API key in X-API-Key header (insurer partner integration)")

v = openssh_key()
add("ansible/ssh-private-key", "ansible/roles/bordereaux/vars/main.yml", T(r"""
# Monthly insured-items bordereaux to the underwriter's SFTP
bordereaux_sftp_host: sftp.underwriting-partner.example.co.uk
bordereaux_sftp_user: ashcombe_vey
bordereaux_remote_dir: /inbound/bordereaux
bordereaux_schedule: "0 6 1 * *"
bordereaux_private_key: |
<<v>>
bordereaux_known_hosts_line: >-
  sftp.underwriting-partner.example.co.uk ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIH3pQ8vT2kR9wL5mX1cYbN7eF4jD0sA6gU2hK8zV3qWe
""", v="\n".join("  " + line for line in v.splitlines())), v,
    "Ansible role vars with a literal block scalar; OpenSSH private key format")

v = mixed(40, URLSAFE + "~.")
add("yaml/oauth-client-secret", "insurance-gateway/src/main/resources/application.yml", T(r"""
server:
  port: 8443

spring:
  security:
    oauth2:
      client:
        registration:
          underwriter:
            provider: underwriter
            client-id: oakhurst-horology-gw
            client-secret: "<<v>>"
            authorization-grant-type: client_credentials
            scope: policies.write,claims.read
        provider:
          underwriter:
            token-uri: https://login.underwriter-partner.example.com/oauth2/token

insurance:
  base-url: https://api.underwriter-partner.example.com/specie/v3
  scheme: watch-and-jewellery-retail
  excess-gbp: 100
""", v=v), v, "Spring Security OAuth2 client registration (client-secret), docs.spring.io/spring-security/reference/servlet/oauth2/client")

v = pw_words()
add("xml/soap-password", "integrations/valuations/soap/SubmitValuation.xml", T(r"""
<?xml version="1.0" encoding="UTF-8"?>
<soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/"
                  xmlns:val="http://schemas.insurer.example.com/valuation/2019">
  <soapenv:Header>
    <wsse:Security soapenv:mustUnderstand="1"
        xmlns:wsse="http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-secext-1.0.xsd">
      <wsse:UsernameToken>
        <wsse:Username>CARROW-DAUGHTERS-VAL</wsse:Username>
        <wsse:Password Type="http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-username-token-profile-1.0#PasswordText"><<v>></wsse:Password>
      </wsse:UsernameToken>
    </wsse:Security>
  </soapenv:Header>
  <soapenv:Body>
    <val:SubmitValuation>
      <val:ValuationNumber>${valuationNumber}</val:ValuationNumber>
      <val:PolicyNumber>${policyNumber}</val:PolicyNumber>
      <val:ReplacementValue currency="GBP">${value}</val:ReplacementValue>
      <val:Document mimeType="application/pdf">${pdfBase64}</val:Document>
    </val:SubmitValuation>
  </soapenv:Body>
</soapenv:Envelope>
""", v=v), v, "OASIS WS-Security UsernameToken Profile 1.0 (PasswordText), docs.oasis-open.org/wss")

v = hexs(48)
add("php/webhook-secret", "src/Insurance/QuoteCallback.php", T(r"""
<?php

namespace Meridian\Insurance;

final class QuoteCallback
{
    // shared secret agreed with the insurer for signed quote callbacks
    private const SIGNING_SECRET = '<<v>>';

    public static function verify(string $body, string $signatureHeader): bool
    {
        [$ts, $sig] = array_map(fn ($p) => explode('=', $p, 2)[1] ?? '', explode(',', $signatureHeader));
        if (abs(time() - (int) $ts) > 300) {
            return false;
        }
        $expected = hash_hmac('sha256', $ts . '.' . $body, self::SIGNING_SECRET);
        return hash_equals($expected, $sig);
    }
}
""", v=v), v, "HMAC-SHA256 signed webhook callbacks with a shared signing secret")

add("xml/decoy-password-digest", "integrations/valuations/soap/examples/SubmitValuation.sample.xml", T(r"""
<?xml version="1.0" encoding="UTF-8"?>
<!-- Captured request (2024-04-11) for the insurer's support team. PasswordDigest is
     Base64(SHA-1(nonce + created + password)) and is useless after the 5-minute window. -->
<soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/"
                  xmlns:val="http://schemas.insurer.example.com/valuation/2019">
  <soapenv:Header>
    <wsse:Security xmlns:wsse="http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-secext-1.0.xsd"
                   xmlns:wsu="http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-utility-1.0.xsd">
      <wsse:UsernameToken>
        <wsse:Username>CARROW-DAUGHTERS-VAL</wsse:Username>
        <wsse:Password Type="http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-username-token-profile-1.0#PasswordDigest"><<dig>></wsse:Password>
        <wsse:Nonce EncodingType="http://docs.oasis-open.org/wss/2004/01/oasis-200401-soap-message-security-1.0#Base64Binary"><<nonce>></wsse:Nonce>
        <wsu:Created>2024-04-11T09:42:17Z</wsu:Created>
      </wsse:UsernameToken>
    </wsse:Security>
  </soapenv:Header>
  <soapenv:Body>
    <val:SubmitValuation>
      <val:ValuationNumber>VAL-24-0312</val:ValuationNumber>
      <val:PolicyNumber>JW-7713902</val:PolicyNumber>
      <val:ReplacementValue currency="GBP">8250.00</val:ReplacementValue>
    </val:SubmitValuation>
  </soapenv:Body>
</soapenv:Envelope>
""", dig=b64_bytes(20), nonce=b64_bytes(16)), None,
    "WS-Security UsernameToken PasswordDigest (a salted SHA-1 digest, not the password), docs.oasis-open.org/wss")

add("json/decoy-vault-reference", "src/Insurance.Api/appsettings.Production.json", r"""
{
  "Insurance": {
    "JewelersMutual": {
      "BaseUrl": "https://partner-api.jewelersmutual.example.com/policies/v2/",
      "SubscriptionKey": "@Microsoft.KeyVault(SecretUri=https://kv-bw-insurance.vault.azure.net/secrets/jm-apim-key/)"
    },
    "BriteCo": {
      "BaseUrl": "https://api.brite.co/partner/v1",
      "ApiKey": "@Microsoft.KeyVault(VaultName=kv-bw-insurance;SecretName=briteco-api-key)"
    }
  },
  "ConnectionStrings": {
    "Policies": "@Microsoft.KeyVault(SecretUri=https://kv-bw-insurance.vault.azure.net/secrets/policies-sql/)"
  },
  "ApplicationInsights": {
    "ConnectionString": "InstrumentationKey=3f7c2a91-0d4e-4b8a-9e61-5c2d8f0a7b14;IngestionEndpoint=https://uksouth-1.in.applicationinsights.azure.com/"
  }
}
""".lstrip("\n"), None, "App Service Key Vault references @Microsoft.KeyVault(...), learn.microsoft.com/azure/app-service/app-service-key-vault-references")

add("terraform/decoy-generated", "infra/insurance/secrets.tf", r"""
resource "random_password" "quote_callback_secret" {
  length  = 48
  special = false
}

resource "aws_secretsmanager_secret" "quote_callback" {
  name        = "insurance/quote-callback-signing-secret"
  description = "HMAC secret shared with the underwriter for quote callbacks"
  kms_key_id  = aws_kms_key.insurance.arn
}

resource "aws_secretsmanager_secret_version" "quote_callback" {
  secret_id     = aws_secretsmanager_secret.quote_callback.id
  secret_string = random_password.quote_callback_secret.result
}

data "aws_secretsmanager_secret_version" "briteco" {
  secret_id = "insurance/briteco-api-key"
}

output "quote_callback_secret_arn" {
  value = aws_secretsmanager_secret.quote_callback.arn
}
""".lstrip("\n"), None, "Terraform random_password and aws_secretsmanager_secret_version, registry.terraform.io/providers/hashicorp")


# =============================================================================================
# Vault alarms, cameras, access control and the networks they sit on
# =============================================================================================

v = pw_url()
add("yaml/rtsp-password", "nvr/frigate/config.yml", T(r"""
mqtt:
  host: 10.20.0.5
  user: frigate
  password: "{FRIGATE_MQTT_PASSWORD}"

record:
  enabled: true
  retain:
    days: 31
    mode: all

cameras:
  vault_door:
    ffmpeg:
      inputs:
        - path: rtsp://frigate:<<v>>@10.20.1.11:554/Streaming/Channels/101
          roles: [record]
        - path: rtsp://frigate:<<v>>@10.20.1.11:554/Streaming/Channels/102
          roles: [detect]
    detect:
      width: 1280
      height: 720
    objects:
      track: [person]
    zones:
      safe_face:
        coordinates: 612,140,1010,140,1010,690,612,690

  workshop_bench:
    ffmpeg:
      inputs:
        - path: rtsp://10.20.1.12:554/live/ch00_0
          roles: [record, detect]
""", v=v), v, "Frigate NVR config: camera ffmpeg inputs as rtsp://user:password@host URLs, docs.frigate.video/configuration/cameras")

v = pw_words()
add("shell/hikvision-password", "nvr/scripts/hik_snapshot.sh", T(r"""
#!/usr/bin/env bash
# Grab a still from every vault-corridor camera for the 07:30 opening check.
# ISAPI needs digest auth.
set -u
NVR=10.20.1.2
OUT=/srv/opening-check/$(date +%F)
mkdir -p "$OUT"

for ch in 101 201 301 401; do
  curl -s --digest -u 'opencheck:<<v>>' \
    "http://$NVR/ISAPI/Streaming/channels/$ch/picture" \
    -o "$OUT/ch$ch.jpg" || echo "channel $ch failed" >&2
done

ls -l "$OUT"
""", v=v), v, "Hikvision ISAPI: /ISAPI/Streaming/channels/<id>/picture with HTTP digest auth")

v = pw_rand(12, "!@#")
add("python/rtsp-password", "vision/counter_occupancy.py", T(r"""
<<q3>>Count people at the diamond counter from the Dahua dome (for staffing rotas).<<q3>>
import time

import cv2
from ultralytics import YOLO

CAMERA_USER = "analytics"
CAMERA_PASS = "<<v>>"
CAMERA_URL = f"rtsp://{CAMERA_USER}:{CAMERA_PASS}@192.168.40.21:554/cam/realmonitor?channel=1&subtype=1"

model = YOLO("yolov8n.pt")


def main() -> None:
    cap = cv2.VideoCapture(CAMERA_URL)
    while cap.isOpened():
        ok, frame = cap.read()
        if not ok:
            time.sleep(2)
            cap = cv2.VideoCapture(CAMERA_URL)
            continue
        people = sum(1 for box in model(frame, verbose=False)[0].boxes if int(box.cls) == 0)
        print(int(time.time()), people, flush=True)
        time.sleep(30)


if __name__ == "__main__":
    main()
""", v=v), v, "Dahua RTSP URL format rtsp://user:password@ip:554/cam/realmonitor?channel=1&subtype=1")

v = pw_words()
add("powershell/camera-password", "nvr/Set-AxisOverlay.ps1", T(r"""
# Sets the date/time text overlay on the Axis cameras in the strongroom.
param(
    [string[]]$Cameras = @('10.20.2.31', '10.20.2.32', '10.20.2.33')
)

$user = 'root'
$pass = ConvertTo-SecureString '<<v>>' -AsPlainText -Force
$cred = New-Object System.Management.Automation.PSCredential ($user, $pass)

foreach ($cam in $Cameras) {
    $uri = "http://$cam/axis-cgi/param.cgi?action=update&Image.I0.Text.String=STRONGROOM%20%25F%20%25T&Image.I0.Text.TextEnabled=yes"
    try {
        Invoke-WebRequest -Uri $uri -Credential $cred -UseBasicParsing | Out-Null
        Write-Host "$cam ok"
    } catch {
        Write-Warning "$cam failed: $($_.Exception.Message)"
    }
}
""", v=v), v, "Axis VAPIX param.cgi with HTTP credentials; PowerShell ConvertTo-SecureString -AsPlainText")

v = pw_words()
add("csharp/vms-password", "tools/ExportIncident/Program.cs", T(r"""
using System.Net;
using VideoOS.Platform;
using VideoOS.Platform.SDK;

// Exports 10 minutes of footage around an alarm event for the insurer.
internal static class Program
{
    private static readonly Uri ManagementServer = new("http://xprotect-ms.vault.local/");

    private static int Main(string[] args)
    {
        VideoOS.Platform.SDK.Environment.Initialize();
        var credentials = new NetworkCredential("svc-incident-export", "<<v>>", "VAULT");
        VideoOS.Platform.SDK.Environment.AddServer(false, ManagementServer, credentials);
        VideoOS.Platform.SDK.Environment.Login(ManagementServer);

        var when = DateTime.Parse(args[0]).ToUniversalTime();
        var exporter = new IncidentExporter(Configuration.Instance);
        exporter.Export(cameraName: args[1], from: when.AddMinutes(-5), to: when.AddMinutes(5),
                        destination: @"\\files\incidents\" + when.ToString("yyyyMMdd-HHmm"));
        return 0;
    }
}
""", v=v), v, "Milestone MIP SDK: Environment.AddServer with NetworkCredential, doc.developer.milestonesys.com")

v = mixed(40)
add("python/camera-api-key", "ops/verkada_door_events.py", T(r"""
import datetime as dt

import requests

API_KEY = "<<v>>"
BASE = "https://api.verkada.com"


def api_token() -> str:
    resp = requests.post(f"{BASE}/token", headers={"x-api-key": API_KEY}, timeout=15)
    resp.raise_for_status()
    return resp.json()["token"]


def vault_door_events(hours: int = 24):
    start = int((dt.datetime.utcnow() - dt.timedelta(hours=hours)).timestamp())
    resp = requests.get(
        f"{BASE}/events/v1/access",
        headers={"x-verkada-auth": api_token()},
        params={"start_time": start, "door_ids": "strongroom-inner,strongroom-outer"},
        timeout=30,
    )
    resp.raise_for_status()
    return resp.json()["events"]


if __name__ == "__main__":
    for e in vault_door_events():
        print(e["timestamp"], e["door_info"]["name"], e["event_type"], e.get("user_info", {}).get("name"))
""", v=v), v, "Verkada API: x-api-key exchanged at /token for a short-lived token, apidocs.verkada.com")

v = mixed(32)
add("js/camera-api-key", "alarm-bridge/een.js", T(r"""
// Eagle Eye Networks: bookmark footage when the vault alarm panel reports an event.
const axios = require("axios");

const een = axios.create({
  baseURL: "https://login.eagleeyenetworks.com/g",
  headers: { Authentication: "<<v>>" },
  timeout: 10000,
});

async function bookmark(cameraEsn, zoneName, when = new Date()) {
  const ts = when.toISOString().replace(/[-:T]/g, "").slice(0, 14) + ".000";
  await een.put("/annotation", {
    c: cameraEsn,
    ns: 101,
    ts,
    data: { source: "alarm-panel", zone: zoneName },
  });
}

module.exports = { bookmark };
""", v=v), v, "Eagle Eye Networks API v1: Authentication header with the API key, apidocs.eagleeyenetworks.com")

v = pw_words()
add("yaml/alarm-password", "homeassistant/secrets.yaml", T(r"""
# Home Assistant secrets for the workshop (Total Connect panel, NVR, notifications)
totalconnect_username: harrowgate.workshop
totalconnect_password: "<<v>>"
totalconnect_usercode_location: "1234567"
nvr_host: 10.20.1.2
latitude_home: 54.0012
longitude_home: -1.5427
""", v=v), v, "Home Assistant secrets.yaml; Total Connect integration username/password, home-assistant.io/integrations/totalconnect")

v = hexs(32, upper=True)
add("ini/sia-encryption-key", "alarm/communicator/ip_receiver.ini", T(r"""
; IP alarm communicator -> alarm receiving centre (SIA DC-09 over TCP)
[receiver_primary]
host = 203.0.113.40
port = 12300
protocol = DC-09
account = 7A31
prefix = L0
line = R1
encryption = AES-128
key = <<v>>
supervision_seconds = 90

[receiver_backup]
host = 198.51.100.72
port = 12300
protocol = DC-09
account = 7A31
encryption = AES-128
key_ref = receiver_primary
""", v=v), v, "SIA DC-09 (ANSI/SIA DC-09-2013) encrypted IP alarm transmission with a shared AES key")

v = pw_words()
add("markdown/nvr-password", "runbooks/vault-cctv.md", T(r"""
# Vault CCTV - runbook

## Kit
- NVR: Hikvision DS-9632NI-M8 in comms cabinet 2 (UPS backed, 4 h)
- 14 cameras: vault corridor (4), strongroom (3), workshop (4), loading door (3)
- Retention: 31 days, motion + continuous on strongroom cameras

## Break-glass access
If the VMS server is down and the police need footage now:
1. Plug the monitor into the NVR's HDMI port.
2. Log in locally as `admin` with password `<<v>>`.
3. Playback -> choose channel -> export to the encrypted USB stick in safe 2.

Change this password after any break-glass use and update this page.

## Daily check (opening staff)
- Check all 14 tiles show live video.
- Confirm the date/time overlay matches the shop clock.
- Report faults to the installer: 0113 496 0123 (contract SV-2207).
""", v=v), v, "Runbook in Markdown with a local NVR admin password")

v = pw_rand(16)
add("shell/surveillance-password", "nvr/synology/export_clip.sh", T(r"""
#!/bin/sh
# Export a clip from Synology Surveillance Station: export_clip.sh <camera-id> <from-epoch> <to-epoch>
DS=https://ds-vault.local:5001
SID=$(curl -sk "$DS/webapi/auth.cgi?api=SYNO.API.Auth&version=6&method=login&account=ss_export&passwd=<<v>>&session=SurveillanceStation&format=sid" \
      | sed -n 's/.*"sid":"\([^"]*\)".*/\1/p')

curl -sk -o "clip_$1_$2.mp4" \
  "$DS/webapi/entry.cgi?api=SYNO.SurveillanceStation.Recording&version=6&method=RangeExport&camId=$1&fromTime=$2&toTime=$3&_sid=$SID"

curl -sk "$DS/webapi/auth.cgi?api=SYNO.API.Auth&version=6&method=logout&session=SurveillanceStation&_sid=$SID" >/dev/null
""", v=v), v, "Synology Web API: SYNO.API.Auth login with account and passwd query parameters")

v = pw_rand(18, "-_")
add("compose/camera-password", "nvr/protect-backup/docker-compose.yml", T(r"""
services:
  unifi-protect-backup:
    image: ghcr.io/ep1cman/unifi-protect-backup:latest
    restart: unless-stopped
    environment:
      UFP_USERNAME: backup-svc
      UFP_PASSWORD: <<v>>
      UFP_ADDRESS: 10.20.0.1
      UFP_SSL_VERIFY: "false"
      RCLONE_DESTINATION: "offsite:carrow-cctv"
      RCLONE_RETENTION: 90d
      DETECTION_TYPES: motion,person,vehicle
      TZ: Europe/London
    volumes:
      - ./rclone.conf:/config/rclone/rclone.conf:ro
      - ./data:/config/database
""", v=v), v, "unifi-protect-backup: UFP_USERNAME / UFP_PASSWORD environment, github.com/ep1cman/unifi-protect-backup")

v = b64_bytes(32)
add("wireguard/private-key", "network/wireguard/wg-vault.conf", T(r"""
# Site-to-site: Hatton Garden shop <-> vault building (CCTV and alarm traffic only)
[Interface]
Address = 10.99.0.1/30
ListenPort = 51820
PrivateKey = <<v>>
MTU = 1420

[Peer]
# vault building edge router
PublicKey = <<pub>>
AllowedIPs = 10.99.0.2/32, 10.20.0.0/16
Endpoint = vault-edge.ashcombevey.co.uk:51820
PersistentKeepalive = 25
""", v=v, pub=b64_bytes(32)), v, "WireGuard configuration: [Interface] PrivateKey, wg(8) man page")

v = "\n".join(hexs(32) for _ in range(16))
v = "-----BEGIN OpenVPN Static key V1-----\n" + v + "\n-----END OpenVPN Static key V1-----"
add("openvpn/static-key", "network/openvpn/installer-remote.ovpn", T(r"""
# Remote access for the alarm installer (panel programming only, 10.20.5.0/24)
client
dev tun
proto udp
remote vpn.oakhursthorology.com 1194
resolv-retry infinite
nobind
persist-key
persist-tun
remote-cert-tls server
cipher AES-256-GCM
auth SHA256
verb 3
auth-user-pass
<ca>
<<ca>>
</ca>
<tls-crypt>
<<v>>
</tls-crypt>
""", ca=cert_pem(12), v=v), v, "OpenVPN inline <tls-crypt> static key (OpenVPN Static key V1), openvpn.net reference manual")

v = pw_rand(32)
add("strongswan/ipsec-psk", "network/strongswan/ipsec.secrets", T(r"""
# /etc/ipsec.secrets - strongSwan IPsec secrets file
# shop <-> alarm receiving centre (signalling backup path)
203.0.113.18 198.51.100.9 : PSK "<<v>>"

# local RSA key for the road-warrior pool
: RSA /etc/ipsec.d/private/shop-gw.key
""", v=v), v, "strongSwan ipsec.secrets: PSK entries, docs.strongswan.org/docs/5.9/config/ipsecSecrets.html")

v = pw_words()
add("cisco/device-password", "network/configs/vault-sw01.cfg", T(r"""
!
hostname vault-sw01
!
service password-encryption
no ip http server
ip ssh version 2
!
username netadmin privilege 15 secret 9 $9$uYq3vN1pZk0E2M$WnXc8F1s6e4JfTqRk2bH9yLmPaD7oGz5VxS3tUiQeCw
username cctv-tech privilege 5 password 0 <<v>>
!
vlan 20
 name CCTV
vlan 30
 name ALARM
!
interface GigabitEthernet1/0/1
 description NVR uplink
 switchport mode access
 switchport access vlan 20
 spanning-tree portfast
!
interface GigabitEthernet1/0/24
 description alarm panel IP module
 switchport mode access
 switchport access vlan 30
!
line vty 0 4
 login local
 transport input ssh
!
end
""", v=v), v, "Cisco IOS: username ... password 0 <cleartext>, cisco.com IOS security command reference")

v = pw_words()
add("xml/database-password", "access-control/Net2Sync.Service.exe.config", T(r"""
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <connectionStrings>
    <add name="AccessEvents"
         connectionString="Server=SQL-VAULT01\NET2;Database=Net2Events;User Id=net2sync;Password=<<v>>;Encrypt=True;TrustServerCertificate=True"
         providerName="System.Data.SqlClient" />
  </connectionStrings>
  <appSettings>
    <add key="Net2ApiUrl" value="https://net2.vault.local:8443/api/v1/" />
    <add key="PollSeconds" value="20" />
    <add key="StrongroomDoors" value="3,4" />
  </appSettings>
  <startup>
    <supportedRuntime version="v4.0" sku=".NETFramework,Version=v4.8" />
  </startup>
</configuration>
""", v=v), v, ".NET app.config connectionStrings with SQL Server Password, learn.microsoft.com/dotnet/framework/data/adonet/connection-strings")

acct, v = "00" + hexs(10), "K00" + mixed(28, ALNUM + "/+")
add("ini/backblaze-key", "nvr/protect-backup/rclone.conf", T(r"""
[offsite]
type = b2
account = <<acct>>
key = <<v>>
hard_delete = false
download_url = https://cctv-dl.carrowanddaughters.co.uk
chunk_size = 96Mi
upload_cutoff = 200Mi
""", acct=acct, v=v), v, "rclone B2 remote: account (keyID) and key (applicationKey), rclone.org/b2")

v = fakes.telegram_token(_seed())
add("python/telegram-token", "alarm-bridge/telegram_notify.py", T(r"""
import requests

BOT_TOKEN = "<<v>>"
CHAT_ID = -1001847236610  # "Vault alerts" group: owners + keyholders


def notify(event: str, zone: str, when: str) -> None:
    text = f"\u26a0\ufe0f {event}\nZone: {zone}\nTime: {when}"
    resp = requests.post(
        f"https://api.telegram.org/bot{BOT_TOKEN}/sendMessage",
        json={"chat_id": CHAT_ID, "text": text, "disable_notification": False},
        timeout=10,
    )
    resp.raise_for_status()
""", v=v), v, "Telegram Bot API: https://api.telegram.org/bot<token>/sendMessage, core.telegram.org/bots/api")

sid, v = "AC" + hexs(32), hexs(32)
add("go/twilio-token", "alarm-bridge/escalate/sms.go", T(r"""
package escalate

import (
	"net/http"
	"net/url"
	"strings"
)

const (
	twilioSID   = "<<sid>>"
	twilioToken = "<<v>>"
	fromNumber  = "+447700900412"
)

// Keyholders are texted in order until one acknowledges the alarm.
var keyholders = []string{"+447700900101", "+447700900102", "+447700900103"}

func SendSMS(to, body string) error {
	form := url.Values{"To": {to}, "From": {fromNumber}, "Body": {body}}
	req, err := http.NewRequest("POST",
		"https://api.twilio.com/2010-04-01/Accounts/"+twilioSID+"/Messages.json",
		strings.NewReader(form.Encode()))
	if err != nil {
		return err
	}
	req.SetBasicAuth(twilioSID, twilioToken)
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return err
	}
	return resp.Body.Close()
}
""", sid=sid, v=v), v, "Twilio REST API: basic auth with Account SID and Auth Token, twilio.com/docs/usage/requests-to-twilio")

v = hexs(32)
add("yaml/pagerduty-key", "monitoring/alertmanager/alertmanager.yml", T(r"""
global:
  resolve_timeout: 5m

route:
  receiver: ops-email
  group_by: [alertname, site]
  routes:
    - matchers: [severity="critical", team="security"]
      receiver: keyholders-pager
      repeat_interval: 15m

receivers:
  - name: ops-email
    email_configs:
      - to: it@lindqvistgoldsmiths.se
        send_resolved: true
  - name: keyholders-pager
    pagerduty_configs:
      - routing_key: <<v>>
        severity: critical
        description: '{{ .CommonAnnotations.summary }}'
""", v=v), v, "Prometheus Alertmanager pagerduty_configs routing_key (Events API v2 integration key), prometheus.io/docs/alerting/latest/configuration")

v = ("https://ashcombevey.webhook.office.com/webhookb2/" + uuid_s() + "@" + uuid_s() + "/IncomingWebhook/"
     + hexs(32) + "/" + uuid_s())
add("powershell/teams-webhook", "ops/Send-AlarmSummary.ps1", T(r"""
# Posts the overnight alarm/arming summary to the Security channel at 07:00.
$webhook = '<<v>>'

$events = Import-Csv -Path 'C:\AlarmExports\events_last24h.csv'
$rows = $events | ForEach-Object { "- $($_.Time)  $($_.Area)  $($_.Event)  $($_.User)" }

$card = @{
    title = "Overnight alarm summary - $(Get-Date -Format 'ddd dd MMM')"
    text  = ($rows -join "`n")
} | ConvertTo-Json

Invoke-RestMethod -Uri $webhook -Method Post -ContentType 'application/json' -Body $card
""", v=v), v, "Microsoft Teams incoming webhook URL (webhookb2/.../IncomingWebhook/...), learn.microsoft.com/microsoftteams/platform/webhooks-and-connectors")

v = slack_webhook()
add("json/slack-webhook", "node-red/flows.json", T(r"""
[
  {
    "id": "a1f3c2d4e5b60718",
    "type": "mqtt in",
    "z": "f0e1d2c3b4a59687",
    "name": "panel events",
    "topic": "alarm/panel/events",
    "qos": "1",
    "broker": "9c8b7a6f5e4d3c2b",
    "wires": [["b2c3d4e5f6a70819"]]
  },
  {
    "id": "b2c3d4e5f6a70819",
    "type": "function",
    "z": "f0e1d2c3b4a59687",
    "name": "format door event",
    "func": "msg.payload = { text: `:door: ${msg.payload.door} ${msg.payload.state} (${msg.payload.user || 'no card'})` };\nreturn msg;",
    "wires": [["c3d4e5f6a7081920"]]
  },
  {
    "id": "c3d4e5f6a7081920",
    "type": "http request",
    "z": "f0e1d2c3b4a59687",
    "name": "slack #vault-doors",
    "method": "POST",
    "ret": "txt",
    "url": "<<v>>",
    "wires": [[]]
  }
]
""", v=v), v, "Node-RED flow export JSON; Slack incoming webhook URL, api.slack.com/messaging/webhooks")

v = pw_rand(24)
add("mosquitto/bridge-password", "alarm-bridge/mosquitto/conf.d/bridge.conf", T(r"""
# Bridge the shop's alarm topics to the group's central broker
connection central
address mqtt.group-security.ashcombevey.co.uk:8883
bridge_protocol_version mqttv311
bridge_cafile /etc/mosquitto/ca_certificates/group-ca.crt
remote_clientid shop-hatton-garden
remote_username shop-hatton-garden
remote_password <<v>>
topic alarm/# out 1 "" shops/hatton-garden/
topic cctv/health/# out 0 "" shops/hatton-garden/
cleansession false
restart_timeout 10 60
""", v=v), v, "mosquitto.conf bridge options remote_username / remote_password, mosquitto.org/man/mosquitto-conf-5.html")

v = pw_words()
add("python/onvif-password", "nvr/tools/ptz_preset.py", T(r"""
<<q3>>Move the strongroom PTZ to its "safe door" preset when the time lock opens.<<q3>>
from onvif import ONVIFCamera

CAM_IP = "10.20.2.40"
ONVIF_USER = "ptz-control"
ONVIF_PASSWORD = "<<v>>"


def goto_preset(name: str = "safe-door") -> None:
    cam = ONVIFCamera(CAM_IP, 80, ONVIF_USER, ONVIF_PASSWORD, "/etc/onvif/wsdl")
    media = cam.create_media_service()
    ptz = cam.create_ptz_service()
    token = media.GetProfiles()[0].token
    presets = {p.Name: p.token for p in ptz.GetPresets({"ProfileToken": token})}
    ptz.GotoPreset({"ProfileToken": token, "PresetToken": presets[name]})


if __name__ == "__main__":
    goto_preset()
""", v=v), v, "python-onvif-zeep: ONVIFCamera(host, port, user, password, wsdl_dir), github.com/FalkTannhaeuser/python-onvif-zeep")

v = pw_words()
add("json/access-control-password", "access-control/net2-export/config.json", T(r"""
{
  "net2": {
    "baseUrl": "https://net2.vault.local:8443",
    "tokenPath": "/api/v1/authorization/tokens",
    "grantType": "password",
    "clientId": "<<cid>>",
    "username": "Export Service",
    "password": "<<v>>"
  },
  "export": {
    "doors": ["Strongroom outer", "Strongroom inner", "Workshop"],
    "days": 7,
    "outputDir": "\\\\files\\security\\door-reports"
  }
}
""", cid=uuid_s(), v=v), v, "Paxton Net2 local API: password grant with client_id, username and password")

add("yaml/decoy-env-reference", "nvr/frigate/config.prod.yml", r"""
mqtt:
  host: 10.20.0.5
  user: frigate
  password: "{FRIGATE_MQTT_PASSWORD}"

cameras:
  vault_door:
    ffmpeg:
      inputs:
        - path: rtsp://frigate:{FRIGATE_RTSP_PASSWORD}@10.20.1.11:554/Streaming/Channels/101
          roles: [record]
        - path: rtsp://frigate:{FRIGATE_RTSP_PASSWORD}@10.20.1.11:554/Streaming/Channels/102
          roles: [detect]
  loading_door:
    ffmpeg:
      inputs:
        - path: rtsp://frigate:{FRIGATE_RTSP_PASSWORD}@10.20.1.14:554/Streaming/Channels/101
          roles: [record, detect]

record:
  enabled: true
  retain:
    days: 31
""".lstrip("\n"), None, "Frigate: {FRIGATE_*} environment variable substitution in config, docs.frigate.video/configuration")

add("yaml/decoy-secret-reference", "homeassistant/configuration.yaml", r"""
homeassistant:
  name: Workshop
  latitude: !secret latitude_home
  longitude: !secret longitude_home
  time_zone: Europe/London

totalconnect:
  username: !secret totalconnect_username
  password: !secret totalconnect_password
  usercodes:
    "1234567": !secret totalconnect_usercode_location

camera:
  - platform: generic
    name: workshop bench
    still_image_url: !secret bench_snapshot_url
    stream_source: !secret bench_rtsp_url

notify:
  - name: keyholders
    platform: group
    services:
      - service: mobile_app_owner_phone
      - service: mobile_app_manager_phone
""".lstrip("\n"), None, "Home Assistant !secret references to secrets.yaml, home-assistant.io/docs/configuration/secrets")

add("yaml/decoy-inventory", "nvr/inventory/cameras.yaml", r"""
# Camera inventory - vault building (no credentials here; see Bitwarden "CCTV")
- name: vault-corridor-1
  model: Hikvision DS-2CD2387G2-LU
  serial: DS-2CD2387G2-LU20230911AAWRJ91234567
  mac: 24:0f:9b:3a:71:c2
  ip: 10.20.1.11
  firmware: V5.7.15 build 230706
- name: strongroom-ptz
  model: Axis Q6135-LE
  serial: ACCC8EF1A2B3
  mac: ac:cc:8e:f1:a2:b3
  ip: 10.20.2.40
  firmware: 11.4.63
- name: diamond-counter
  model: Dahua IPC-HDBW3441R-ZS
  serial: 7J0A2B3PAZ4C5D6
  mac: 38:af:29:5c:0d:e7
  ip: 192.168.40.21
  firmware: V2.840.0000000.10.R
""".lstrip("\n"), None, "Camera inventory: models, serial numbers, MAC and IP addresses only")

add("log/decoy-redacted", "nvr/logs/isapi-audit-2024-05-02.log", r"""
2024-05-02T07:30:01Z INFO  opening-check start nvr=10.20.1.2 channels=4
2024-05-02T07:30:01Z DEBUG GET http://10.20.1.2/ISAPI/Streaming/channels/101/picture auth=digest user=opencheck password=******** status=200 bytes=412873
2024-05-02T07:30:02Z DEBUG GET http://10.20.1.2/ISAPI/Streaming/channels/201/picture auth=digest user=opencheck password=******** status=200 bytes=398112
2024-05-02T07:30:02Z DEBUG GET http://10.20.1.2/ISAPI/Streaming/channels/301/picture auth=digest user=opencheck password=******** status=401 bytes=0
2024-05-02T07:30:02Z WARN  channel 301: 401 Unauthorized (nonce stale, retrying)
2024-05-02T07:30:03Z DEBUG GET http://10.20.1.2/ISAPI/Streaming/channels/301/picture auth=digest user=opencheck password=******** status=200 bytes=401554
2024-05-02T07:30:03Z DEBUG GET http://10.20.1.2/ISAPI/Streaming/channels/401/picture auth=digest user=opencheck password=[REDACTED] status=200 bytes=387209
2024-05-02T07:30:03Z INFO  opening-check done ok=4 failed=0
""".lstrip("\n"), None, "Application log with masked passwords (********, [REDACTED])")

add("csv/decoy-config", "alarm/panel/zones.csv", r"""
zone,area,description,type,sensor,chime,bypass_allowed
1,1,Front door,entry/exit,magnetic contact,yes,no
2,1,Shop floor PIR,interior follower,dual-tech PIR,no,yes
3,2,Vault corridor,24 hour,dual-tech PIR,no,no
4,2,Strongroom door,24 hour,high-security contact,no,no
5,2,Strongroom seismic,24 hour,seismic detector,no,no
6,2,Safe 1 seismic,24 hour,seismic detector,no,no
7,3,Workshop PIR,interior,PIR,no,yes
8,3,Workshop rear door,entry/exit,magnetic contact,yes,no
9,0,Panic - counter,24 hour PA,hold-up button,no,no
10,0,Panic - office,24 hour PA,hold-up button,no,no
""".lstrip("\n"), None, "Alarm panel zone list export (no codes or credentials)")

add("text/decoy-checksums", "nvr/firmware/SHA256SUMS", T(r"""
<<h1>>  DS-9632NI-M8_V4.74.105_231012.dav
<<h2>>  DS-2CD2387G2-LU_V5.7.15_230706.dav
<<h3>>  AXIS_Q6135-LE_11_4_63.bin
<<h4>>  DH_IPC-HX3XXX-Taurus_MultiLang_NP_Stream3_V2.840.bin
<<h5>>  ui-protect-3.0.22.deb
""", h1=hexs(64), h2=hexs(64), h3=hexs(64), h4=hexs(64), h5=hexs(64)), None, "sha256sum(1) check file of firmware images")

add("wireguard/decoy-public-keys", "network/wireguard/wg-installer.conf", T(r"""
# Installer remote access. The private key is generated on the box and never leaves it:
#   wg genkey | tee /etc/wireguard/installer.key | wg pubkey
[Interface]
Address = 10.99.1.1/24
ListenPort = 51821
PostUp = wg set %i private-key /etc/wireguard/installer.key

[Peer]
# installer laptop (Securitas engineer pool)
PublicKey = <<p1>>
AllowedIPs = 10.99.1.10/32

[Peer]
# alarm panel IP module
PublicKey = <<p2>>
AllowedIPs = 10.99.1.20/32
""", p1=b64_bytes(32), p2=b64_bytes(32)), None, "WireGuard: public keys in [Peer]; private key loaded from a file with wg set, wg(8)")

add("cisco/decoy-hashed", "network/configs/shop-sw01.cfg", r"""
!
hostname shop-sw01
!
enable algorithm-type scrypt secret 9 $9$mR4qLz8vN2xW1E$3hYp0TgQ6aKc9sDfJ7uBnVw2ZeXo5RiLmC8tHyA1qP4
!
username netadmin privilege 15 algorithm-type scrypt secret 9 $9$Zp2kQw7eR1tY3U$aH5sD8fG0jK4lM6nB2vC9xZ1qW7eR3tY5uI8oP0aSdF
username backup privilege 1 algorithm-type sha256 secret 8 $8$dsYGNam3K1SIJO$7nv/35M/qr6t.dVc7UY9zrJDWRVqncHub1PE9UlMQFs
!
ip domain name shop.ashcombevey.local
ip ssh version 2
!
snmp-server group MONITOR v3 priv read MONITOR-VIEW
snmp-server view MONITOR-VIEW iso included
!
line vty 0 4
 login local
 transport input ssh
!
end
""".lstrip("\n"), None, "Cisco IOS type 8 (PBKDF2) and type 9 (scrypt) secrets are one-way hashes, cisco.com password types")

add("htpasswd/decoy-hashed", "nvr/proxy/.htpasswd", r"""
# nginx auth_basic_user_file for the NVR web UI; rotate with: htpasswd -B .htpasswd <user>
opencheck:$2y$10$3QzX1lV0Gq8xN5cW2tE7UeJ9yR4kP6sM1aB8dF0hL2nC7vT5wY3Oq
manager:$2y$10$Lm7pQ2rS9tU1vW3xY5zA6eBcD8fG0hJ2kL4mN6oP8qR0sT2uV4wXy
installer:$apr1$8fJ2kL0q$Q3mN7pR1sT5vX9zB2dF4h.
police-liaison:$2y$10$Vb8nM2cX4zL6kJ8hG0fD2sA4qW6eR8tY0uI2oP4aS6dF8gH0jK2lQ
""".lstrip("\n"), None,
    "Apache htpasswd: bcrypt ($2y$) and APR1-MD5 hashes, httpd.apache.org/docs/current/programs/htpasswd.html")

add("python/decoy-keyring", "vision/counter_occupancy_keyring.py", r"""
import keyring
import cv2

SERVICE = "cctv-analytics"
USER = "analytics"


def camera_url(host: str, channel: int = 1) -> str:
    password = keyring.get_password(SERVICE, USER)
    if password is None:
        raise SystemExit(f"no password in keyring for {SERVICE}/{USER}; run: keyring set {SERVICE} {USER}")
    return f"rtsp://{USER}:{password}@{host}:554/cam/realmonitor?channel={channel}&subtype=1"


def open_stream(host: str) -> "cv2.VideoCapture":
    return cv2.VideoCapture(camera_url(host))
""".lstrip("\n"), None, "Python keyring.get_password; credential fetched at run time")

add("ansible/decoy-vault-encrypted", "ansible/group_vars/cctv/vault.yml", T(r"""
$ANSIBLE_VAULT;1.1;AES256
<<l1>>
<<l2>>
<<l3>>
<<l4>>
<<l5>>
<<l6>>
<<l7>>
<<l8>>
""", l1=hexs(80), l2=hexs(80), l3=hexs(80), l4=hexs(80), l5=hexs(80), l6=hexs(80), l7=hexs(80), l8=hexs(46)), None,
    "Ansible Vault encrypted file ($ANSIBLE_VAULT;1.1;AES256), docs.ansible.com/ansible/latest/vault_guide")

add("yaml/decoy-sops", "alarm/bridge-secrets.enc.yaml", T(r"""
telegram_bot_token: ENC[AES256_GCM,data:<<d1>>,iv:<<i1>>,tag:<<t1>>,type:str]
twilio_auth_token: ENC[AES256_GCM,data:<<d2>>,iv:<<i2>>,tag:<<t2>>,type:str]
mqtt_password: ENC[AES256_GCM,data:<<d3>>,iv:<<i3>>,tag:<<t3>>,type:str]
sops:
    kms: []
    age:
        - recipient: age1<<age>>
          enc: |
            -----BEGIN AGE ENCRYPTED FILE-----
            YWdlLWVuY3J5cHRpb24ub3JnL3YxCi0+IFgyNTUxOSB<<a1>>
            <<a2>>
            -----END AGE ENCRYPTED FILE-----
    lastmodified: "2024-05-14T09:21:44Z"
    mac: ENC[AES256_GCM,data:<<d4>>,iv:<<i4>>,tag:<<t4>>,type:str]
    unencrypted_suffix: _unencrypted
    version: 3.8.1
""", d1=b64_bytes(34), i1=b64_bytes(32), t1=b64_bytes(16), d2=b64_bytes(24), i2=b64_bytes(32), t2=b64_bytes(16),
    d3=b64_bytes(18), i3=b64_bytes(32), t3=b64_bytes(16), age=draw(58, "qpzry9x8gf2tvdw0s3jn54khce6mua7l"),
    a1=draw(20, B64), a2=draw(64, B64), d4=b64_bytes(64), i4=b64_bytes(32), t4=b64_bytes(16)), None,
    "SOPS encrypted YAML (ENC[AES256_GCM,...]) with age recipients, github.com/getsops/sops")

add("powershell/decoy-secret-store", "nvr/Set-AxisOverlay.v2.ps1", r"""
# Sets the overlay on the strongroom Axis cameras. Credential comes from the local secret vault:
#   Set-Secret -Name AxisRoot -Secret (Get-Credential root)
#Requires -Modules Microsoft.PowerShell.SecretManagement
param(
    [string[]]$Cameras = @('10.20.2.31', '10.20.2.32', '10.20.2.33')
)

$cred = Get-Secret -Name AxisRoot -Vault SecurityOps
if (-not $cred) { $cred = Get-Credential -UserName root -Message 'Axis root password' }

foreach ($cam in $Cameras) {
    $uri = "http://$cam/axis-cgi/param.cgi?action=update&Image.I0.Text.TextEnabled=yes"
    Invoke-WebRequest -Uri $uri -Credential $cred -UseBasicParsing | Out-Null
    Write-Host "$cam ok"
}
""".lstrip("\n"), None, "PowerShell SecretManagement Get-Secret / Get-Credential, learn.microsoft.com/powershell/utility-modules/secretmanagement")

add("js/decoy-env-read", "node-red/settings.js", r"""
// Node-RED settings for the alarm bridge. Credentials in flows_cred.json are encrypted with
// credentialSecret, which comes from the service environment (systemd EnvironmentFile, 0600).
module.exports = {
    uiPort: process.env.PORT || 1880,
    flowFile: "flows.json",
    flowFilePretty: true,
    credentialSecret: process.env.NODE_RED_CREDENTIAL_SECRET,

    adminAuth: {
        type: "credentials",
        users: [{
            username: "admin",
            password: process.env.NODE_RED_ADMIN_HASH,   // bcrypt hash from `node-red admin hash-pw`
            permissions: "*"
        }]
    },

    https: null,
    logging: { console: { level: "info", metrics: false, audit: false } },
    editorTheme: { projects: { enabled: false } }
};
""".lstrip("\n"), None, "Node-RED settings.js: credentialSecret and adminAuth from the environment, nodered.org/docs/user-guide/runtime/securing-node-red")

add("yaml/decoy-file-reference", "monitoring/alertmanager/alertmanager.prod.yml", r"""
global:
  resolve_timeout: 5m

route:
  receiver: ops-email
  routes:
    - matchers: [severity="critical", team="security"]
      receiver: keyholders-pager

receivers:
  - name: ops-email
    email_configs:
      - to: it@lindqvistgoldsmiths.se
        smarthost: smtp.office365.com:587
        auth_username: alerts@lindqvistgoldsmiths.se
        auth_password_file: /etc/alertmanager/secrets/smtp_password
  - name: keyholders-pager
    pagerduty_configs:
      - routing_key_file: /etc/alertmanager/secrets/pagerduty_routing_key
        severity: critical
""".lstrip("\n"), None, "Alertmanager *_file options (auth_password_file, routing_key_file), prometheus.io/docs/alerting/latest/configuration")

add("text/decoy-hashed", "alarm-bridge/mosquitto/password_file", T(r"""
frigate:$7$101$<<s1>>$<<h1>>
homeassistant:$7$101$<<s2>>$<<h2>>
node-red:$7$101$<<s3>>$<<h3>>
alarm-panel:$7$101$<<s4>>$<<h4>>
shop-hatton-garden:$7$101$<<s5>>$<<h5>>
""", s1=b64_bytes(12), h1=b64_bytes(64), s2=b64_bytes(12), h2=b64_bytes(64), s3=b64_bytes(12), h3=b64_bytes(64),
    s4=b64_bytes(12), h4=b64_bytes(64), s5=b64_bytes(12), h5=b64_bytes(64)), None,
    "mosquitto_passwd password file: $7$ PBKDF2-SHA512 hashes, mosquitto.org/man/mosquitto_passwd-1.html")


# =============================================================================================
# Back office: POS exports, repair tickets, customer messages, accounting, shipping, marketing
# =============================================================================================

v = pw_words()
add("powershell/database-password", "jobs/Export-EdgeStock.ps1", T(r"""
# Nightly: export on-hand stock from The Edge (SQL Server) for the web and insurance feeds.
$ErrorActionPreference = 'Stop'

$connectionString = 'Server=EDGE-SRV01\EDGE;Database=EdgeJewel;User ID=edge_export;Password=<<v>>;TrustServerCertificate=True'
$query = @'
SELECT i.StockNumber, i.Description, i.Category, i.MetalType, i.RetailPrice, i.ReplacementValue,
       i.Location, i.OnHand, i.GIAReport
FROM dbo.Inventory i
WHERE i.OnHand > 0 AND i.Status = 'A'
'@

$conn = New-Object System.Data.SqlClient.SqlConnection $connectionString
$cmd = New-Object System.Data.SqlClient.SqlCommand($query, $conn)
$adapter = New-Object System.Data.SqlClient.SqlDataAdapter $cmd
$table = New-Object System.Data.DataTable
[void]$adapter.Fill($table)

$out = "D:\Exports\stock_$(Get-Date -Format yyyyMMdd).csv"
$table | Export-Csv -Path $out -NoTypeInformation -Encoding UTF8
Write-Host "Exported $($table.Rows.Count) rows to $out"
""", v=v), v, "SqlClient connection string (User ID / Password), learn.microsoft.com/dotnet/api/system.data.sqlclient.sqlconnection.connectionstring")

v = pw_words()
add("sql/database-password", "db/migrations/V37__reporting_login.sql", T(r"""
-- Read-only login for the Power BI sales and repairs dashboards
USE [master];
GO
CREATE LOGIN [pbi_reader] WITH PASSWORD = N'<<v>>',
    DEFAULT_DATABASE = [EdgeJewel], CHECK_POLICY = ON, CHECK_EXPIRATION = OFF;
GO

USE [EdgeJewel];
GO
CREATE USER [pbi_reader] FOR LOGIN [pbi_reader];
ALTER ROLE [db_datareader] ADD MEMBER [pbi_reader];
DENY SELECT ON SCHEMA::[customer_pii] TO [pbi_reader];
GO
""", v=v), v, "T-SQL CREATE LOGIN ... WITH PASSWORD, learn.microsoft.com/sql/t-sql/statements/create-login-transact-sql")

v = mixed(48, URLSAFE)
add("swift/repair-api-key", "ios/IntakeApp/Services/RepairAPI.swift", T(r"""
import Foundation

/// Counter intake app: books a watch in for repair and prints the customer's receipt.
struct RepairAPI {
    static let baseURL = URL(string: "https://repairs.harrowgatewatch.co.uk/api/v2")!
    private static let apiKey = "<<v>>"

    static func createTicket(_ ticket: NewTicket) async throws -> Ticket {
        var request = URLRequest(url: baseURL.appendingPathComponent("tickets"))
        request.httpMethod = "POST"
        request.setValue("application/json", forHTTPHeaderField: "Content-Type")
        request.setValue("Bearer \(apiKey)", forHTTPHeaderField: "Authorization")
        request.httpBody = try JSONEncoder().encode(ticket)

        let (data, response) = try await URLSession.shared.data(for: request)
        guard let http = response as? HTTPURLResponse, http.statusCode == 201 else {
            throw URLError(.badServerResponse)
        }
        return try JSONDecoder().decode(Ticket.self, from: data)
    }
}
""", v=v), v, "Swift URLRequest with a bearer API key hard-coded in the app")

v = sendgrid()
add("php/sendgrid-key", "includes/mail/repair_ready.php", T(r"""
<?php
require_once __DIR__ . '/../../vendor/autoload.php';

use SendGrid\Mail\Mail;

function send_repair_ready(array $ticket): void
{
    $email = new Mail();
    $email->setFrom('workshop@harrowgatewatch.co.uk', 'Harrowgate Watch Works');
    $email->addTo($ticket['email'], $ticket['name']);
    $email->setTemplateId('d-4c1f0e7a9b2d4e6f8a0b1c2d3e4f5a6b');
    $email->addDynamicTemplateDatas([
        'ticket' => $ticket['number'],
        'watch'  => $ticket['brand'] . ' ' . $ticket['model'],
        'balance' => number_format($ticket['balance'], 2),
    ]);

    $sendgrid = new \SendGrid('<<v>>');
    $response = $sendgrid->send($email);
    if ($response->statusCode() >= 300) {
        error_log('sendgrid ' . $response->statusCode() . ' ' . $response->body());
    }
}
""", v=v), v, "SendGrid PHP library: new \\SendGrid(api key SG....), docs.sendgrid.com/for-developers/sending-email/v3-php-code-example")

v = "key-" + hexs(32)
add("ruby/mailgun-key", "app/mailers/appraisal_mailer_config.rb", T(r"""
# Mailgun for appraisal certificates (PDF attached) - EU region
ActionMailer::Base.delivery_method = :mailgun
ActionMailer::Base.mailgun_settings = {
  api_key: "<<v>>",
  domain: "mg.meridianfinejewellery.com",
  api_host: "api.eu.mailgun.net",
}

Rails.application.config.action_mailer.default_url_options = {
  host: "appraisals.meridianfinejewellery.com",
  protocol: "https",
}
""", v=v), v, "mailgun-ruby ActionMailer settings: api_key, domain, api_host, github.com/mailgun/mailgun-ruby")

v = uuid_s()
add("csharp/postmark-token", "src/Notifications/PostmarkSender.cs", T(r"""
using PostmarkDotNet;

namespace Oakhurst.Notifications;

public sealed class PostmarkSender
{
    private readonly PostmarkClient _client = new("<<v>>");

    public async Task SendServiceReminderAsync(string to, string name, string watch, DateOnly due)
    {
        var message = new TemplatedPostmarkMessage
        {
            From = "service@oakhursthorology.com",
            To = to,
            TemplateAlias = "service-reminder",
            TemplateModel = new Dictionary<string, object>
            {
                ["name"] = name,
                ["watch"] = watch,
                ["due"] = due.ToString("d MMMM yyyy"),
            },
            MessageStream = "outbound",
        };
        var result = await _client.SendEmailWithTemplateAsync(message);
        if (result.Status != PostmarkStatus.Success)
            throw new InvalidOperationException(result.Message);
    }
}
""", v=v), v, "Postmark .NET: new PostmarkClient(server token), postmarkapp.com/developer/api/overview#authentication")

v = "pk_" + hexs(34)
add("python/klaviyo-key", "marketing/sync_anniversaries.py", T(r"""
<<q3>>Push wedding-anniversary dates from engagement ring sales to Klaviyo profiles.<<q3>>
import requests

KLAVIYO_PRIVATE_KEY = "<<v>>"
HEADERS = {
    "Authorization": f"Klaviyo-API-Key {KLAVIYO_PRIVATE_KEY}",
    "revision": "2024-07-15",
    "accept": "application/json",
    "content-type": "application/json",
}


def upsert(email: str, first_name: str, anniversary: str) -> None:
    body = {"data": {"type": "profile", "attributes": {
        "email": email, "first_name": first_name,
        "properties": {"anniversary": anniversary, "source": "engagement_ring_sale"},
    }}}
    resp = requests.post("https://a.klaviyo.com/api/profile-import", json=body, headers=HEADERS, timeout=20)
    resp.raise_for_status()
""", v=v), v, "Klaviyo API: Authorization: Klaviyo-API-Key pk_..., developers.klaviyo.com/en/docs/authenticate_")

cid, v = hexs(32, upper=True), mixed(48, URLSAFE)
add("js/xero-secret", "accounts/xero-sync/index.js", T(r"""
// Daily: post repair and retail takings from the POS to Xero as invoices.
const { XeroClient } = require("xero-node");

const xero = new XeroClient({
  clientId: "<<cid>>",
  clientSecret: "<<v>>",
  grantType: "client_credentials",
  scopes: ["accounting.transactions", "accounting.contacts"],
});

async function postTakings(day, lines) {
  await xero.getClientCredentialsToken();
  const invoice = {
    type: "ACCREC",
    contact: { name: "POS takings" },
    date: day,
    dueDate: day,
    reference: `POS ${day}`,
    lineItems: lines.map((l) => ({ description: l.label, quantity: 1, unitAmount: l.net, accountCode: l.account, taxType: "OUTPUT2" })),
    status: "AUTHORISED",
  };
  return xero.accountingApi.createInvoices("", { invoices: [invoice] });
}

module.exports = { postTakings };
""", cid=cid, v=v), v, "xero-node: new XeroClient({clientId, clientSecret, grantType}), github.com/XeroAPI/xero-node")

cid, v = "AB" + mixed(48), mixed(40)
add("python/quickbooks-secret", "accounts/qbo_auth.py", T(r"""
from intuitlib.client import AuthClient
from intuitlib.enums import Scopes

auth_client = AuthClient(
    client_id="<<cid>>",
    client_secret="<<v>>",
    redirect_uri="https://backoffice.carrowanddaughters.co.uk/qbo/callback",
    environment="production",
)


def authorize_url() -> str:
    return auth_client.get_authorization_url([Scopes.ACCOUNTING])


def exchange(code: str, realm_id: str) -> dict:
    auth_client.get_bearer_token(code, realm_id=realm_id)
    return {"access_token": auth_client.access_token, "refresh_token": auth_client.refresh_token}
""", cid=cid, v=v), v, "Intuit OAuth Python client: AuthClient(client_id, client_secret, redirect_uri, environment)")

v = mixed(40)
add("shell/zendesk-token", "support/close_stale_tickets.sh", T(r"""
#!/usr/bin/env bash
# Close "awaiting customer" repair enquiries with no reply for 30 days.
set -euo pipefail
ZD=https://harrowgatewatch.zendesk.com/api/v2
AUTH='support-bot@harrowgatewatch.co.uk/token:<<v>>'

ids=$(curl -s -u "$AUTH" "$ZD/search.json" \
  --data-urlencode 'query=type:ticket status:pending updated<30days tags:repair_enquiry' -G \
  | jq -r '.results[].id' | paste -sd, -)

[ -z "$ids" ] && { echo "nothing to close"; exit 0; }

curl -s -u "$AUTH" -X PUT "$ZD/tickets/update_many.json?ids=$ids" \
  -H 'Content-Type: application/json' \
  -d '{"ticket": {"status": "solved", "comment": {"body": "Closing after 30 days without a reply - just reply to reopen.", "public": true}}}'
""", v=v), v, "Zendesk API token auth: -u email/token:API_TOKEN, developer.zendesk.com/api-reference/introduction/security-and-auth")

v = "lsxs_pt_" + mixed(32)
add("python/lightspeed-token", "pos/lightspeed_stocktake.py", T(r"""
import csv
import sys

import requests

DOMAIN = "lindqvistgoldsmiths"
TOKEN = "<<v>>"
API = f"https://{DOMAIN}.retail.lightspeed.app/api/2.0"


def inventory():
    after = 0
    while True:
        resp = requests.get(f"{API}/inventory", params={"after": after, "page_size": 500},
                            headers={"Authorization": f"Bearer {TOKEN}"}, timeout=30)
        resp.raise_for_status()
        body = resp.json()
        yield from body["data"]
        if not body["data"]:
            return
        after = body["version"]["max"]


if __name__ == "__main__":
    writer = csv.writer(sys.stdout)
    writer.writerow(["product_id", "outlet_id", "count"])
    for row in inventory():
        writer.writerow([row["product_id"], row["outlet_id"], row["inventory_level"]])
""", v=v), v, "Lightspeed Retail (X-Series) API 2.0: personal token as Bearer, x-series-api.lightspeedhq.com")

v = b64(hexs(32) + ":" + hexs(32))
add("js/shipstation-basic-auth", "shipping/shipstation.js", T(r"""
// Creates ShipStation orders for insured parcels (declared value, signature required).
const SHIPSTATION = "https://ssapi.shipstation.com";
const AUTH = "Basic <<v>>";

export async function createOrder(order) {
  const res = await fetch(`${SHIPSTATION}/orders/createorder`, {
    method: "POST",
    headers: { Authorization: AUTH, "Content-Type": "application/json" },
    body: JSON.stringify({
      orderNumber: order.number,
      orderDate: order.date,
      orderStatus: "awaiting_shipment",
      billTo: order.billTo,
      shipTo: order.shipTo,
      insuranceOptions: { provider: "carrier", insureShipment: true, insuredValue: order.value },
      advancedOptions: { customField1: "SIGNATURE REQUIRED" },
    }),
  });
  if (!res.ok) throw new Error(`ShipStation ${res.status}`);
  return res.json();
}
""", v=v), v, "ShipStation API: Basic auth of base64(API key:API secret), shipstation.com/docs/api/requirements/#authentication")

v = mixed(64)
add("env/ups-secret", "shipping/.env.production", T(r"""
# UPS (Parcel Pro) - high-value insured shipments
UPS_API_BASE=https://onlinetools.ups.com
UPS_ACCOUNT_NUMBER=8Y4W21
UPS_CLIENT_ID=<<cid>>
UPS_CLIENT_SECRET=<<v>>
UPS_SHIPPER_NAME="Bellweather Diamonds Ltd"
UPS_DECLARED_VALUE_CAP=50000
UPS_SIGNATURE=adult
""", cid=mixed(48), v=v), v, "UPS OAuth client credentials (client ID and secret), developer.ups.com/api/reference/oauth/client-credentials")

v = "EZAK" + mixed(54)
add("ruby/easypost-key", "app/services/insured_label.rb", T(r"""
require "easypost"

class InsuredLabel
  CLIENT = EasyPost::Client.new(api_key: "<<v>>")

  def self.buy(order)
    shipment = CLIENT.shipment.create(
      from_address: { company: "Carrow & Daughters", street1: "14 Stonegate", city: "York",
                      zip: "YO1 8AS", country: "GB", phone: "01904 496000" },
      to_address: order.address_hash,
      parcel: { length: 15, width: 10, height: 6, weight: 12 },
      options: { delivery_confirmation: "ADULT_SIGNATURE" },
    )
    rate = shipment.lowest_rate(carriers: ["RoyalMail"], services: ["SpecialDelivery"])
    bought = CLIENT.shipment.buy(shipment.id, rate: rate, insurance: order.value.to_s)
    bought.postage_label.label_url
  end
end
""", v=v), v, "EasyPost Ruby client: EasyPost::Client.new(api_key: ...), docs.easypost.com/docs/authentication")

cid, v = "l7" + lows(30), mixed(32)
add("java/fedex-secret", "shipping-service/src/main/java/com/oakhurst/shipping/FedExAuth.java", T(r"""
package com.oakhurst.shipping;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

public final class FedExAuth {
    private static final String TOKEN_URL = "https://apis.fedex.com/oauth/token";
    private static final String CLIENT_ID = "<<cid>>";
    private static final String CLIENT_SECRET = "<<v>>";

    private final HttpClient http = HttpClient.newHttpClient();

    public String token() throws Exception {
        String form = "grant_type=client_credentials&client_id=" + CLIENT_ID
                + "&client_secret=" + CLIENT_SECRET;
        HttpRequest request = HttpRequest.newBuilder(URI.create(TOKEN_URL))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("FedEx OAuth " + response.statusCode());
        }
        return Json.read(response.body()).getString("access_token");
    }
}
""", cid=cid, v=v), v, "FedEx API OAuth: client_credentials with client_id / client_secret, developer.fedex.com/api/en-us/catalog/authorization")

num = str(random.Random(_seed()).randint(10**11, 10**12))
v = "GOCSPX-" + mixed(28, URLSAFE)
add("json/google-oauth-secret", "backoffice/config/client_secret_web.json", T(r"""
{
  "web": {
    "client_id": "<<num>>-<<cid>>.apps.googleusercontent.com",
    "project_id": "carrow-backoffice",
    "auth_uri": "https://accounts.google.com/o/oauth2/auth",
    "token_uri": "https://oauth2.googleapis.com/token",
    "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",
    "client_secret": "<<v>>",
    "redirect_uris": [
      "https://backoffice.carrowanddaughters.co.uk/oauth2/callback"
    ],
    "javascript_origins": [
      "https://backoffice.carrowanddaughters.co.uk"
    ]
  }
}
""", num=num, cid=lows(32), v=v), v, "Google OAuth client_secret.json (web client, GOCSPX- secret), developers.google.com/identity/protocols/oauth2")

v = azure_ad_secret()
add("terraform/azure-client-secret", "infra/azure/providers.tf", T(r"""
terraform {
  required_version = ">= 1.6"
  required_providers {
    azurerm = {
      source  = "hashicorp/azurerm"
      version = "~> 3.110"
    }
  }
  backend "azurerm" {
    resource_group_name  = "rg-bw-tfstate"
    storage_account_name = "bwtfstate01"
    container_name       = "tfstate"
    key                  = "insurance.tfstate"
  }
}

provider "azurerm" {
  features {}
  subscription_id = "<<sub>>"
  tenant_id       = "<<ten>>"
  client_id       = "<<cid>>"
  client_secret   = "<<v>>"
}
""", sub=uuid_s(), ten=uuid_s(), cid=uuid_s(), v=v), v,
    "Terraform azurerm provider: service principal client_secret, registry.terraform.io/providers/hashicorp/azurerm/latest/docs")

v = fakes.openai_key(_seed())
add("python/openai-key", "catalogue/describe_pieces.py", T(r"""
<<q3>>Draft product descriptions for new antique pieces from the buyer's notes.<<q3>>
import csv
import sys

from openai import OpenAI

client = OpenAI(api_key="<<v>>")

PROMPT = ("You write product descriptions for an antique jewellery shop in British English. "
          "Be precise about period, metal, stones and condition. Never invent hallmarks.")


def describe(notes: str) -> str:
    reply = client.chat.completions.create(
        model="gpt-4o-mini",
        messages=[{"role": "system", "content": PROMPT}, {"role": "user", "content": notes}],
        temperature=0.4,
    )
    return reply.choices[0].message.content.strip()


if __name__ == "__main__":
    rows = list(csv.DictReader(open(sys.argv[1], newline="")))
    out = csv.writer(sys.stdout)
    for row in rows:
        out.writerow([row["stock_no"], describe(row["buyer_notes"])])
""", v=v), v, "OpenAI Python SDK: OpenAI(api_key=...), platform.openai.com/docs/api-reference/authentication")

v = "sk-ant-api03-" + mixed(93, URLSAFE) + "AA"
add("ts/anthropic-key", "src/assistant/valuation-notes.ts", T(r"""
import Anthropic from "@anthropic-ai/sdk";

// Tidies an appraiser's dictated notes into the certificate's description block.
const anthropic = new Anthropic({
  apiKey: "<<v>>",
});

export async function tidyNotes(dictated: string): Promise<string> {
  const msg = await anthropic.messages.create({
    model: "claude-3-5-sonnet-20240620",
    max_tokens: 800,
    system: "Rewrite jewellery appraisal notes as a formal description. Keep every measurement exactly.",
    messages: [{ role: "user", content: dictated }],
  });
  const block = msg.content[0];
  return block.type === "text" ? block.text : "";
}
""", v=v), v, "Anthropic TypeScript SDK: new Anthropic({ apiKey }), docs.anthropic.com/en/api/getting-started")

v = "pat-eu1-" + uuid_s()
add("env/hubspot-token", "crm/.env", T(r"""
# CRM sync: bespoke commission enquiries -> HubSpot deals
HUBSPOT_PORTAL_ID=25817340
HUBSPOT_ACCESS_TOKEN=<<v>>
HUBSPOT_PIPELINE=bespoke-commissions
HUBSPOT_STAGE_NEW=appointmentscheduled
ENQUIRY_INBOX=bespoke@ashcombevey.co.uk
POLL_MINUTES=5
""", v=v), v, "HubSpot private app access tokens (pat-...), developers.hubspot.com/docs/api/private-apps")

appid, v = draw(10, UPPER_ALNUM), hexs(32)
add("js/algolia-admin-key", "scripts/reindex-catalogue.js", T(r"""
// Rebuilds the Algolia index behind the site search (run after the nightly stock sync).
const algoliasearch = require("algoliasearch");
const { loadCatalogue } = require("./catalogue");

const client = algoliasearch("<<appid>>", "<<v>>");
const index = client.initIndex("prod_catalogue");

(async () => {
  const items = await loadCatalogue();
  const records = items.map((p) => ({
    objectID: p.stockNo,
    title: p.title,
    brand: p.brand,
    metal: p.metal,
    stone: p.stone,
    price: p.price,
    inStock: p.onHand > 0,
  }));
  await index.replaceAllObjects(records, { safe: true });
  await index.setSettings({ searchableAttributes: ["title", "brand", "metal", "stone"] });
  console.log(`indexed ${records.length}`);
})();
""", appid=appid, v=v), v, "Algolia JavaScript client: algoliasearch(appId, adminApiKey), algolia.com/doc/guides/security/api-keys")

v = "cloudinary://" + str(random.Random(_seed()).randint(10**14, 10**15)) + ":" + mixed(27, URLSAFE) + "@ashcombe-vey"
add("env/cloudinary-url", "media/.env", T(r"""
# Product photography pipeline
CLOUDINARY_URL=<<v>>
UPLOAD_FOLDER=catalogue/2024
WATERMARK_PUBLIC_ID=brand/av-watermark
MAX_WIDTH=2400
""", v=v), v, "Cloudinary CLOUDINARY_URL=cloudinary://api_key:api_secret@cloud_name, cloudinary.com/documentation/node_integration")

v = hexs(32)
add("yaml/datadog-key", "ops/datadog/datadog.yaml", T(r"""
## Datadog Agent on the VMS / NVR server (vault building)
api_key: <<v>>
site: datadoghq.eu
hostname: vms-vault01
tags:
  - site:vault
  - role:vms
  - env:prod

logs_enabled: true
process_config:
  process_collection:
    enabled: true

apm_config:
  enabled: false
""", v=v), v, "Datadog Agent datadog.yaml api_key, docs.datadoghq.com/agent/configuration/agent-configuration-files")

v = hexs(36) + "NRAL"
add("ini/newrelic-key", "checkout/newrelic.ini", T(r"""
[newrelic]
license_key = <<v>>
app_name = Bellweather Checkout (prod)
monitor_mode = true
log_level = info
distributed_tracing.enabled = true
high_security = false
transaction_tracer.enabled = true
transaction_tracer.record_sql = obfuscated
error_collector.ignore_status_codes = 100-102 200-208 226 300-308 404

[newrelic:staging]
app_name = Bellweather Checkout (staging)
monitor_mode = true
""", v=v), v, "New Relic Python agent newrelic.ini license_key, docs.newrelic.com/docs/apm/agents/python-agent/configuration")

v = "sntryu_" + hexs(64)
add("ini/sentry-token", "web/.sentryclirc", T(r"""
[defaults]
url = https://sentry.io/
org = ashcombe-vey
project = storefront

[auth]
token = <<v>>

[log]
level = warn
""", v=v), v, "sentry-cli configuration file .sentryclirc [auth] token, docs.sentry.io/cli/configuration")


# =============================================================================================
# Build, deploy and infrastructure
# =============================================================================================

v = fakes.github_fine_grained_token(_seed())
add("shell/github-token", "deploy/release-theme.sh", T(r"""
#!/usr/bin/env bash
# Tag the storefront theme and attach the zip to a GitHub release.
set -euo pipefail
VERSION="$1"
REPO="ashcombe-vey/storefront-theme"
GITHUB_TOKEN="<<v>>"

zip -qr "theme-$VERSION.zip" assets config layout locales sections snippets templates

release_id=$(curl -sS -X POST "https://api.github.com/repos/$REPO/releases" \
  -H "Authorization: Bearer $GITHUB_TOKEN" \
  -H "Accept: application/vnd.github+json" \
  -d "{\"tag_name\": \"v$VERSION\", \"name\": \"Theme $VERSION\"}" | jq -r .id)

curl -sS -X POST "https://uploads.github.com/repos/$REPO/releases/$release_id/assets?name=theme-$VERSION.zip" \
  -H "Authorization: Bearer $GITHUB_TOKEN" \
  -H "Content-Type: application/zip" \
  --data-binary @"theme-$VERSION.zip"
""", v=v), v, "GitHub fine-grained personal access token (github_pat_), docs.github.com/en/rest/authentication")

v = "glpat-" + mixed(20, URLSAFE)
add("gitlab-ci/gitlab-token", ".gitlab-ci.yml", T(r"""
stages: [test, build, deploy]

variables:
  PIP_CACHE_DIR: "$CI_PROJECT_DIR/.cache/pip"

test:
  stage: test
  image: python:3.12-slim
  script:
    - pip install -r requirements-dev.txt
    - pytest -q

build:
  stage: build
  image: docker:26
  services: [docker:26-dind]
  script:
    - docker login -u "$CI_REGISTRY_USER" -p "$CI_JOB_TOKEN" "$CI_REGISTRY"
    - docker build -t "$CI_REGISTRY_IMAGE:$CI_COMMIT_SHORT_SHA" .
    - docker push "$CI_REGISTRY_IMAGE:$CI_COMMIT_SHORT_SHA"

bump-deploy-repo:
  stage: deploy
  image: alpine/git
  only: [main]
  script:
    - git clone "https://oauth2:<<v>>@gitlab.com/carrow-daughters/deploy.git"
    - cd deploy && sed -i "s/tag: .*/tag: $CI_COMMIT_SHORT_SHA/" apps/repairs/values.yaml
    - git commit -am "repairs $CI_COMMIT_SHORT_SHA" && git push
""", v=v), v, "GitLab personal access token (glpat-) in a clone URL, docs.gitlab.com/ee/user/profile/personal_access_tokens.html")

v = fakes.fake("npm_", 36, _seed())
add("npmrc/npm-token", "storefront/.npmrc", T(r"""
@ashcombe-vey:registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=<<v>>
save-exact=true
engine-strict=true
fund=false
""", v=v), v, "npm .npmrc _authToken (npm_ granular/automation token), docs.npmjs.com/cli/configuring-npm/npmrc")

v = b64("deploy-bot:" + pw_rand(24))
add("json/docker-auth", "deploy/docker/config.json", T(r"""
{
  "auths": {
    "registry.bellweather.io": {
      "auth": "<<v>>"
    },
    "ghcr.io": {}
  },
  "credHelpers": {
    "123456789012.dkr.ecr.eu-west-2.amazonaws.com": "ecr-login"
  },
  "currentContext": "default"
}
""", v=v), v, "Docker config.json auths.<registry>.auth = base64(user:password), docs.docker.com/reference/cli/docker/login")

v = mixed(21)
add("ini/gemfury-token", "deploy/pip.conf", T(r"""
[global]
index-url = https://pypi.org/simple
extra-index-url = https://<<v>>:@pypi.fury.io/oakhurst-horology/
timeout = 60
disable-pip-version-check = true

[install]
only-binary = :none:
""", v=v), v, "Gemfury private PyPI index URL with the deploy token as user, gemfury.com/help/pypi-server")

v = pw_words()
add("netrc/password", "deploy/.netrc", T(r"""
machine git.carrow.internal
  login build
  password <<v>>

machine files.carrow.internal
  login build
""", v=v), v, "netrc file format (machine, login, password), gnu.org/software/inetutils/manual/html_node/The-_002enetrc-file.html")

v = pw_rand(24)
add("k8s/database-password", "k8s/repairs/db-secret.yaml", T(r"""
apiVersion: v1
kind: Secret
metadata:
  name: repairs-db
  namespace: workshop
type: kubernetes.io/basic-auth
data:
  username: <<u>>
  password: <<v64>>
---
apiVersion: v1
kind: ConfigMap
metadata:
  name: repairs-db-host
  namespace: workshop
data:
  PGHOST: pg-repairs.workshop.svc.cluster.local
  PGDATABASE: repairs
""", u=b64("repairs_app"), v64=b64(v)), v, "Kubernetes Secret type kubernetes.io/basic-auth with base64 data, kubernetes.io/docs/concepts/configuration/secret")

v = pw_words()
add("terraform/database-password", "infra/prod/terraform.tfvars", T(r"""
environment         = "prod"
region              = "eu-west-2"
vpc_cidr            = "10.40.0.0/16"
db_instance_class   = "db.t4g.medium"
db_name             = "stock"
db_username         = "stock_admin"
db_password         = "<<v>>"
backup_window       = "02:00-03:00"
appraisal_bucket    = "mfj-appraisal-pdfs"
allowed_office_cidr = ["203.0.113.16/29"]
""", v=v), v, "Terraform .tfvars variable definitions file, developer.hashicorp.com/terraform/language/values/variables")

v = pw_words()
add("ansible/become-password", "ansible/inventory/shops.ini", T(r"""
[pos]
pos-hatton-01 ansible_host=10.30.0.11
pos-hatton-02 ansible_host=10.30.0.12
pos-york-01   ansible_host=10.31.0.11

[nvr]
vms-vault01 ansible_host=10.20.0.9

[windows_pos:children]
pos

[windows_pos:vars]
ansible_connection=winrm
ansible_winrm_transport=ntlm
ansible_user=SHOPS\ansible-svc
ansible_password=<<v>>
ansible_winrm_server_cert_validation=ignore
""", v=v), v, "Ansible INI inventory with ansible_password (WinRM), docs.ansible.com/ansible/latest/inventory_guide")

v = pw_rand(20)
add("compose/database-password", "docker-compose.prod.yml", T(r"""
services:
  db:
    image: postgres:16
    restart: always
    environment:
      POSTGRES_DB: repairs
      POSTGRES_USER: repairs
      POSTGRES_PASSWORD: <<v>>
    volumes:
      - pgdata:/var/lib/postgresql/data

  app:
    image: registry.harrowgatewatch.co.uk/repairs:3.2.0
    depends_on: [db]
    environment:
      DATABASE_URL: postgres://repairs@db:5432/repairs
      PGPASSWORD_FILE: /run/secrets/db_password
    ports:
      - "8000:8000"

volumes:
  pgdata:
""", v=v), v, "postgres Docker image POSTGRES_PASSWORD, hub.docker.com/_/postgres")

v = fakes.django_secret_key(_seed())
add("python/django-secret-key", "repairs/settings.py", T(r"""
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent

SECRET_KEY = '<<v>>'

DEBUG = False
ALLOWED_HOSTS = ["repairs.harrowgatewatch.co.uk"]

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "tickets",
    "workshop",
]

DATABASES = {"default": {"ENGINE": "django.db.backends.postgresql", "NAME": "repairs",
                         "HOST": "db", "USER": "repairs"}}

LANGUAGE_CODE = "en-gb"
TIME_ZONE = "Europe/London"
USE_TZ = True
STATIC_URL = "static/"
""", v=v), v, "Django SECRET_KEY setting, docs.djangoproject.com/en/stable/ref/settings/#secret-key")

v = "base64:" + b64_bytes(32)
add("env/laravel-app-key", "consignments/.env", T(r"""
APP_NAME="Hatton Vault Consignments"
APP_ENV=production
APP_KEY=<<v>>
APP_DEBUG=false
APP_URL=https://consign.hattonvault.co.uk

LOG_CHANNEL=stack
LOG_LEVEL=warning

DB_CONNECTION=mysql
DB_HOST=127.0.0.1
DB_PORT=3306
DB_DATABASE=consign
DB_USERNAME=consign
DB_PASSWORD=

SESSION_DRIVER=redis
QUEUE_CONNECTION=redis
""", v=v), v, "Laravel APP_KEY (base64: encryption key), laravel.com/docs/encryption")

v = hexs(128)
add("yaml/rails-secret", "config/secrets.yml", T(r"""
# Rails 4.2 style secrets (legacy consignment portal)
development:
  secret_key_base: 3b7cd727ee24e8444053437c36cc66c3
test:
  secret_key_base: 5a37811464e7d378488b0f073e2193b0

production:
  secret_key_base: <<v>>
  rapnet_feed_enabled: true
""", v=v), v, "Rails config/secrets.yml secret_key_base, guides.rubyonrails.org/4_2_release_notes.html")

v = b64_bytes(48)
add("json/jwt-secret", "api/config/production.json", T(r"""
{
  "port": 8080,
  "publicUrl": "https://api.meridianfinejewellery.com",
  "auth": {
    "jwtSecret": "<<v>>",
    "jwtAlgorithm": "HS256",
    "accessTokenTtl": "15m",
    "refreshTokenTtl": "14d"
  },
  "cors": {
    "origins": ["https://www.meridianfinejewellery.com", "https://appraisals.meridianfinejewellery.com"]
  },
  "rateLimit": { "windowMs": 60000, "max": 120 }
}
""", v=v), v, "node-config production.json; jsonwebtoken HS256 secret, github.com/auth0/node-jsonwebtoken")

v = pw_url()
add("js/mongodb-uri", "wishlist-service/src/db.js", T(r"""
const { MongoClient } = require("mongodb");

const uri = "mongodb+srv://wishlist_rw:<<v>>@cluster0.k3x9p.mongodb.net/wishlists?retryWrites=true&w=majority";

let client;

async function db() {
  if (!client) {
    client = new MongoClient(uri, { maxPoolSize: 20 });
    await client.connect();
  }
  return client.db("wishlists");
}

module.exports = { db };
""", v=v), v, "MongoDB connection string mongodb+srv://user:password@host, mongodb.com/docs/manual/reference/connection-string")

v = pw_rand(16, "!#%")
add("history/database-password", "ops/notes/bash_history_vms01.txt", T(r"""
sudo systemctl status frigate
docker compose -f /opt/frigate/docker-compose.yml logs --tail 50
df -h /mnt/recordings
mysql -h 10.30.0.5 -u edge_reports -p'<<v>>' EdgeWeb -e "select count(*) from web_orders where status='paid'"
ls -la /srv/opening-check/
sudo tail -f /var/log/syslog
ping -c 3 10.20.1.11
exit
""", v=v), v, "Shell history with a mysql client -p'password' argument, dev.mysql.com/doc/refman/8.0/en/connecting.html")

v = pw_words()
add("postfix/smtp-password", "ops/postfix/sasl_passwd", T(r"""
# /etc/postfix/sasl_passwd - relay for alarm and NVR notification mail
# owner root, mode 0600
# postmap /etc/postfix/sasl_passwd && systemctl reload postfix
[smtp.office365.com]:587 alerts@lindqvistgoldsmiths.se:<<v>>
# backup relay (disabled): [smtp.eu.mailgun.org]:587 - see runbook "mail relay"
""", v=v), v, "Postfix SASL client sasl_passwd map, postfix.org/SASL_README.html")

v = pem_rsa(25)
add("pem/private-key", "certs/applepay/merchant_id.key", v + "\n", v,
    "Apple Pay merchant identity certificate private key (PEM), developer.apple.com/documentation/applepaywebmerchantregistrationapi")

v = pem_pkcs8_ec()
add("p8/private-key", "ios/fastlane/AuthKey_7K2L9Q4M3P.p8", v + "\n", v,
    "App Store Connect API key file AuthKey_<KEYID>.p8 (PKCS#8 EC key), developer.apple.com/documentation/appstoreconnectapi")

v = draw(52, "abcdefghijklmnopqrstuvwxyz234567")
add("xml/azure-devops-pat", "NuGet.Config", T(r"""
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <packageSources>
    <clear />
    <add key="nuget.org" value="https://api.nuget.org/v3/index.json" protocolVersion="3" />
    <add key="oakhurst" value="https://pkgs.dev.azure.com/oakhurst-horology/_packaging/shared/nuget/v3/index.json" />
  </packageSources>
  <packageSourceCredentials>
    <oakhurst>
      <add key="Username" value="build" />
      <add key="ClearTextPassword" value="<<v>>" />
    </oakhurst>
  </packageSourceCredentials>
</configuration>
""", v=v), v, "NuGet.Config packageSourceCredentials ClearTextPassword (Azure DevOps PAT), learn.microsoft.com/nuget/reference/nuget-config-file")

v = pw_url()
add("ini/database-url", "appraisals/alembic.ini", T(r"""
[alembic]
script_location = migrations
prepend_sys_path = .
sqlalchemy.url = postgresql+psycopg://appraisals_owner:<<v>>@pg-appraisals.internal:5432/appraisals

[loggers]
keys = root,sqlalchemy,alembic

[handlers]
keys = console

[formatters]
keys = generic

[logger_root]
level = WARN
handlers = console

[logger_sqlalchemy]
level = WARN
handlers =
qualname = sqlalchemy.engine

[logger_alembic]
level = INFO
handlers =
qualname = alembic

[handler_console]
class = StreamHandler
args = (sys.stderr,)
level = NOTSET
formatter = generic

[formatter_generic]
format = %(levelname)-5.5s [%(name)s] %(message)s
""", v=v), v, "Alembic alembic.ini sqlalchemy.url, alembic.sqlalchemy.org/en/latest/tutorial.html")


# =============================================================================================
# Decoys: references, ciphertext, hashes, public keys and identifiers, examples, fixtures
# =============================================================================================

add("github-actions/decoy-secret-reference", ".github/workflows/deploy-storefront.yml", r"""
name: deploy storefront

on:
  push:
    branches: [main]

permissions:
  contents: read
  id-token: write

jobs:
  deploy:
    runs-on: ubuntu-latest
    environment: production
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-node@v4
        with:
          node-version: 20
          cache: npm
      - run: npm ci && npm run build
      - uses: aws-actions/configure-aws-credentials@v4
        with:
          role-to-assume: arn:aws:iam::123456789012:role/storefront-deploy
          aws-region: eu-west-2
      - name: Push theme
        env:
          SHOPIFY_CLI_THEME_TOKEN: ${{ secrets.SHOPIFY_THEME_TOKEN }}
          SHOPIFY_FLAG_STORE: ashcombe-vey.myshopify.com
        run: npx shopify theme push --live --allow-live
      - name: Upload source maps
        env:
          SENTRY_AUTH_TOKEN: ${{ secrets.SENTRY_AUTH_TOKEN }}
        run: npx sentry-cli sourcemaps upload --org ashcombe-vey --project storefront dist/
""".lstrip("\n"), None, "GitHub Actions ${{ secrets.NAME }} and OIDC role assumption, docs.github.com/actions/security-guides/using-secrets-in-github-actions")

add("gitlab-ci/decoy-variable-reference", "workshop-api/.gitlab-ci.yml", r"""
stages: [test, deploy]

test:
  stage: test
  image: ruby:3.3
  services: [postgres:16]
  variables:
    POSTGRES_DB: workshop_test
    POSTGRES_USER: runner
    POSTGRES_PASSWORD: runner
    DATABASE_URL: postgres://runner:runner@postgres:5432/workshop_test
  script:
    - bundle install -j4
    - bundle exec rspec

deploy:
  stage: deploy
  image: alpine:3.20
  only: [main]
  script:
    - apk add --no-cache openssh-client
    - eval $(ssh-agent -s)
    - echo "$DEPLOY_SSH_KEY" | tr -d '\r' | ssh-add -
    - ssh -o StrictHostKeyChecking=yes deploy@app01.harrowgatewatch.co.uk "cd /srv/workshop && ./deploy.sh $CI_COMMIT_SHA"
""".lstrip("\n"), None, "GitLab CI masked variables ($DEPLOY_SSH_KEY) and throwaway service-container credentials, docs.gitlab.com/ee/ci/services/postgres.html")

add("helm/decoy-existing-secret", "charts/repairs/values.yaml", r"""
image:
  repository: registry.harrowgatewatch.co.uk/repairs
  tag: "3.2.0"

postgresql:
  enabled: true
  auth:
    username: repairs
    database: repairs
    existingSecret: repairs-db
    secretKeys:
      userPasswordKey: password
      adminPasswordKey: postgres-password

redis:
  enabled: true
  auth:
    enabled: true
    existingSecret: repairs-redis
    existingSecretPasswordKey: redis-password

env:
  - name: SENDGRID_API_KEY
    valueFrom:
      secretKeyRef:
        name: repairs-mail
        key: sendgrid-api-key
""".lstrip("\n"), None, "Bitnami charts existingSecret / secretKeyRef, github.com/bitnami/charts/tree/main/bitnami/postgresql")

add("k8s/decoy-external-secret", "k8s/checkout/external-secret.yaml", r"""
apiVersion: external-secrets.io/v1beta1
kind: ExternalSecret
metadata:
  name: checkout-payments
  namespace: checkout
spec:
  refreshInterval: 1h
  secretStoreRef:
    kind: ClusterSecretStore
    name: aws-secrets-manager
  target:
    name: checkout-payments
    creationPolicy: Owner
  data:
    - secretKey: STRIPE_SECRET_KEY
      remoteRef:
        key: prod/checkout/stripe
        property: secret_key
    - secretKey: STRIPE_WEBHOOK_SECRET
      remoteRef:
        key: prod/checkout/stripe
        property: webhook_secret
    - secretKey: ADYEN_API_KEY
      remoteRef:
        key: prod/checkout/adyen
        property: api_key
""".lstrip("\n"), None, "External Secrets Operator ExternalSecret with remoteRef, external-secrets.io/latest/api/externalsecret")

add("k8s/decoy-sealed-secret", "k8s/pos-bridge/sealed-secret.yaml", T(r"""
apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata:
  name: pos-bridge-square
  namespace: retail
spec:
  encryptedData:
    SQUARE_ACCESS_TOKEN: AgB<<e1>>
    SQUARE_LOCATION_ID: AgC<<e2>>
  template:
    metadata:
      name: pos-bridge-square
      namespace: retail
    type: Opaque
""", e1=draw(380, B64) + "==", e2=draw(340, B64) + "="), None,
    "Bitnami Sealed Secrets: encryptedData is asymmetric ciphertext (AgB...), github.com/bitnami-labs/sealed-secrets")

add("terraform/decoy-variable", "infra/prod/variables.tf", r"""
variable "environment" {
  type    = string
  default = "prod"
}

variable "db_username" {
  type    = string
  default = "stock_admin"
}

variable "db_password" {
  description = "Master password for the stock database. Set TF_VAR_db_password from 1Password in CI."
  type        = string
  sensitive   = true
}

variable "allowed_office_cidr" {
  type    = list(string)
  default = ["203.0.113.16/29"]
}

variable "appraisal_bucket" {
  type    = string
  default = "mfj-appraisal-pdfs"
}
""".lstrip("\n"), None, "Terraform sensitive input variable with no default, developer.hashicorp.com/terraform/language/values/variables")

add("hcl/decoy-vault-template", "deploy/vault-agent/pricing.hcl", r"""
vault {
  address = "https://vault.carrow.internal:8200"
}

auto_auth {
  method "approle" {
    config = {
      role_id_file_path   = "/etc/vault-agent/role_id"
      secret_id_file_path = "/etc/vault-agent/secret_id"
      remove_secret_id_file_after_reading = true
    }
  }
  sink "file" {
    config = { path = "/run/vault-agent/token" }
  }
}

template {
  destination = "/etc/pricing/env"
  perms       = "0600"
  contents    = <<EOT
{{ with secret "kv/data/pricing/feeds" }}
METALS_API_KEY={{ .Data.data.metals_api_key }}
GOLDAPI_TOKEN={{ .Data.data.goldapi_token }}
{{ end }}
EOT
  command = "systemctl restart pricing"
}
""".lstrip("\n"), None, "Vault Agent auto_auth (AppRole files) and template stanza, developer.hashicorp.com/vault/docs/agent-and-proxy/agent/template")

add("env/decoy-secret-reference", "crm/.env.tpl", r"""
# Rendered with: op inject -i .env.tpl -o .env
HUBSPOT_PORTAL_ID=25817340
HUBSPOT_ACCESS_TOKEN=op://Ecommerce/HubSpot private app/credential
KLAVIYO_PRIVATE_KEY=op://Ecommerce/Klaviyo/private key
SENDGRID_API_KEY=op://Ecommerce/SendGrid repairs/credential
ENQUIRY_INBOX=bespoke@ashcombevey.co.uk
POLL_MINUTES=5
""".lstrip("\n"), None, "1Password CLI secret references op://vault/item/field with op inject, developer.1password.com/docs/cli/secret-references")

add("compose/decoy-secret-file", "nvr/stack/docker-compose.yml", r"""
services:
  frigate:
    image: ghcr.io/blakeblackshear/frigate:0.14.1
    restart: unless-stopped
    shm_size: "512mb"
    devices:
      - /dev/bus/usb:/dev/bus/usb
    volumes:
      - ./config:/config
      - /mnt/recordings:/media/frigate
    environment:
      FRIGATE_RTSP_PASSWORD_FILE: /run/secrets/rtsp_password
      FRIGATE_MQTT_PASSWORD_FILE: /run/secrets/mqtt_password
    secrets: [rtsp_password, mqtt_password]
    ports:
      - "8971:8971"

secrets:
  rtsp_password:
    file: /etc/frigate/secrets/rtsp_password
  mqtt_password:
    file: /etc/frigate/secrets/mqtt_password
""".lstrip("\n"), None, "Compose file secrets: with file sources, docs.docker.com/compose/how-tos/use-secrets")

add("dockerfile/decoy-build-secret", "storefront/Dockerfile", r"""
# syntax=docker/dockerfile:1.7
FROM node:20-alpine AS build
WORKDIR /app
COPY package.json package-lock.json .npmrc.ci ./
# The npm token is mounted for this step only and never lands in a layer.
RUN --mount=type=secret,id=npm_token \
    NPM_TOKEN="$(cat /run/secrets/npm_token)" npm ci --userconfig .npmrc.ci
COPY . .
RUN npm run build

FROM nginx:1.27-alpine
COPY --from=build /app/dist /usr/share/nginx/html
COPY nginx.conf /etc/nginx/conf.d/default.conf
EXPOSE 8080
""".lstrip("\n"), None, "Docker BuildKit RUN --mount=type=secret, docs.docker.com/build/building/secrets")

add("python/decoy-env-read", "appraisals/settings/base.py", r"""
from pathlib import Path

import environ

BASE_DIR = Path(__file__).resolve().parent.parent.parent
env = environ.Env(DEBUG=(bool, False))
environ.Env.read_env(BASE_DIR / ".env")

SECRET_KEY = env("DJANGO_SECRET_KEY")
DEBUG = env("DEBUG")

DATABASES = {"default": env.db("DATABASE_URL")}
CACHES = {"default": env.cache("REDIS_URL", default="locmemcache://")}

EMAIL_BACKEND = "anymail.backends.mailgun.EmailBackend"
ANYMAIL = {
    "MAILGUN_API_KEY": env("MAILGUN_API_KEY"),
    "MAILGUN_SENDER_DOMAIN": "mg.meridianfinejewellery.com",
    "MAILGUN_API_URL": "https://api.eu.mailgun.net/v3",
}

AWS_STORAGE_BUCKET_NAME = env("APPRAISAL_BUCKET", default="mfj-appraisal-pdfs")
""".lstrip("\n"), None, "django-environ env() reads; no values in code, django-environ.readthedocs.io")

add("php/decoy-env-read", "consignments/config/services.php", r"""
<?php

return [

    'mailgun' => [
        'domain' => env('MAILGUN_DOMAIN'),
        'secret' => env('MAILGUN_SECRET'),
        'endpoint' => env('MAILGUN_ENDPOINT', 'api.eu.mailgun.net'),
        'scheme' => 'https',
    ],

    'stripe' => [
        'key' => env('STRIPE_KEY'),
        'secret' => env('STRIPE_SECRET'),
        'webhook' => [
            'secret' => env('STRIPE_WEBHOOK_SECRET'),
            'tolerance' => env('STRIPE_WEBHOOK_TOLERANCE', 300),
        ],
    ],

    'square' => [
        'application_id' => env('SQUARE_APPLICATION_ID'),
        'application_secret' => env('SQUARE_APPLICATION_SECRET'),
        'environment' => env('SQUARE_ENVIRONMENT', 'production'),
    ],

];
""".lstrip("\n"), None, "Laravel config/services.php with env() lookups, laravel.com/docs/configuration")

add("yaml/decoy-placeholder", "insurance-gateway/src/main/resources/application-prod.yml", r"""
spring:
  datasource:
    url: jdbc:postgresql://${DB_HOST:pg-insurance.internal}:5432/insurance
    username: ${DB_USER}
    password: ${DB_PASSWORD}
  security:
    oauth2:
      client:
        registration:
          underwriter:
            client-id: ${UNDERWRITER_CLIENT_ID}
            client-secret: ${UNDERWRITER_CLIENT_SECRET}
            authorization-grant-type: client_credentials

insurance:
  base-url: https://api.underwriter-partner.example.com/specie/v3
  briteco-api-key: ${BRITECO_API_KEY:}

management:
  endpoint:
    env:
      keys-to-sanitize: password,secret,key,token
""".lstrip("\n"), None, "Spring Boot ${ENV_VAR} property placeholders, docs.spring.io/spring-boot/reference/features/external-config.html")

add("csharp/decoy-config-read", "src/Checkout.Api/Program.cs", r"""
using Azure.Identity;

var builder = WebApplication.CreateBuilder(args);

// Secrets come from Key Vault via managed identity; nothing sensitive in appsettings.
builder.Configuration.AddAzureKeyVault(
    new Uri("https://kv-bw-checkout.vault.azure.net/"),
    new DefaultAzureCredential());

builder.Services.AddHttpClient("paypal", client =>
{
    client.BaseAddress = new Uri(builder.Configuration["PayPal:BaseUrl"]!);
});
builder.Services.Configure<PayPalOptions>(builder.Configuration.GetSection("PayPal"));

var app = builder.Build();

app.MapGet("/health", () => Results.Ok("ok"));
app.MapPost("/paypal/orders", async (PayPalOrders orders) => Results.Ok(await orders.CreateAsync()));

app.Run();

public sealed class PayPalOptions
{
    public string BaseUrl { get; set; } = "";
    public string ClientId { get; set; } = "";
    public string ClientSecret { get; set; } = "";
}
""".lstrip("\n"), None, "ASP.NET Core configuration with Azure Key Vault provider and DefaultAzureCredential, learn.microsoft.com/aspnet/core/security/key-vault-configuration")

add("php/decoy-placeholder", "wp-config-sample.php", r"""
<?php
/**
 * The base configuration for WordPress (sample - copy to wp-config.php).
 */

define( 'DB_NAME', 'database_name_here' );
define( 'DB_USER', 'username_here' );
define( 'DB_PASSWORD', 'password_here' );
define( 'DB_HOST', 'localhost' );
define( 'DB_CHARSET', 'utf8' );
define( 'DB_COLLATE', '' );

/**
 * Authentication unique keys and salts.
 * Change these to different unique phrases! You can generate these using
 * the {@link https://api.wordpress.org/secret-key/1.1/salt/ WordPress.org secret-key service}.
 */
define( 'AUTH_KEY',         'put your unique phrase here' );
define( 'SECURE_AUTH_KEY',  'put your unique phrase here' );
define( 'LOGGED_IN_KEY',    'put your unique phrase here' );
define( 'NONCE_KEY',        'put your unique phrase here' );
define( 'AUTH_SALT',        'put your unique phrase here' );
define( 'SECURE_AUTH_SALT', 'put your unique phrase here' );
define( 'LOGGED_IN_SALT',   'put your unique phrase here' );
define( 'NONCE_SALT',       'put your unique phrase here' );

$table_prefix = 'wp_';

define( 'WP_DEBUG', false );

if ( ! defined( 'ABSPATH' ) ) {
	define( 'ABSPATH', __DIR__ . '/' );
}

require_once ABSPATH . 'wp-settings.php';
""".lstrip("\n"), None, "WordPress wp-config-sample.php placeholders (password_here, put your unique phrase here)")

add("markdown/decoy-doc-example", "docs/onboarding/aws-cli.md", r"""
# AWS CLI for the appraisal uploader

You never get long-lived keys for production. Use SSO:

```sh
aws configure sso --profile mfj-prod
aws sso login --profile mfj-prod
aws s3 ls s3://mfj-appraisal-pdfs/ --profile mfj-prod
```

For the LocalStack sandbox only, any values work; the AWS docs' example pair is fine:

```ini
[localstack]
aws_access_key_id = AKIAIOSFODNN7EXAMPLE
aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY
region = eu-west-2
endpoint_url = http://localhost:4566
```

If you ever see a real key in a ticket or chat, report it in #security - do not just delete it.
""".lstrip("\n"), None, "AWS documentation example credentials (AKIAIOSFODNN7EXAMPLE / ...EXAMPLEKEY), docs.aws.amazon.com/IAM/latest/UserGuide/security-creds.html")

add("markdown/decoy-doc-example", "api/docs/authentication.md", r"""
# Authentication

Every request carries a short-lived access token:

```http
GET /v1/appraisals/APR-2024-00871 HTTP/1.1
Host: api.meridianfinejewellery.com
Authorization: Bearer <access-token>
```

A token is a JWT signed with HS256. For example, the token from jwt.io's debugger

```
eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c
```

decodes to `{"sub": "1234567890", "name": "John Doe", "iat": 1516239022}`. Ours also carry
`partner` and `scope` claims and expire after 15 minutes.

Tokens are issued by `POST /v1/auth/token` with your partner credentials (ask your account
manager; they are sent by 1Password share link, never by email).
""".lstrip("\n"), None, "jwt.io debugger's example token (John Doe, your-256-bit-secret), jwt.io/introduction")

add("markdown/decoy-policy", "docs/security/passwords-and-codes.md", r"""
# Passwords, alarm codes and keys

- **Length:** at least 14 characters for staff accounts; use a passphrase.
- **Alarm user codes:** personal, 6 digits, never shared. The duress code is your code + 1 on the
  last digit; the monitoring centre treats it as a hold-up.
- **Monitoring centre password:** held by keyholders only, in the sealed envelope in safe 2.
  Changed every quarter and after any keyholder leaves.
- **Safe combinations:** changed by the locksmith on staff departure; never written down on site.
- **Vendor and API keys:** stored in 1Password "Ecommerce" and "Security Ops" vaults only.
- **Camera and NVR passwords:** unique per device, generated by 1Password, 24 characters.

Report a lost key card, a shared code or a leaked key to the owner **the same day**.
""".lstrip("\n"), None, "Internal security policy document without any values")

add("python/decoy-env-read", "notifications/sms.py", T(r"""
import os

from twilio.rest import Client

# The Account SID identifies the account (not a secret); the auth token comes from the environment.
ACCOUNT_SID = "AC<<sid>>"
client = Client(ACCOUNT_SID, os.environ["TWILIO_AUTH_TOKEN"])
FROM = os.environ.get("TWILIO_FROM", "+447700900412")


def repair_ready(to: str, ticket: str, name: str) -> str:
    body = (f"Hi {name}, your watch (ticket {ticket}) is ready to collect from "
            "Harrowgate Watch Works. Please bring your receipt and photo ID.")
    return client.messages.create(to=to, from_=FROM, body=body).sid
""", sid=hexs(32)), None, "Twilio Python: Client(account_sid, auth_token) with the token from the environment, twilio.com/docs/usage/secure-credentials")

add("json/decoy-integrity", "storefront/package-lock.json", T(r"""
{
  "name": "storefront",
  "version": "4.8.2",
  "lockfileVersion": 3,
  "requires": true,
  "packages": {
    "": {
      "name": "storefront",
      "version": "4.8.2",
      "dependencies": {
        "@stripe/stripe-js": "^4.1.0",
        "algoliasearch": "^4.24.0"
      }
    },
    "node_modules/@stripe/stripe-js": {
      "version": "4.1.0",
      "resolved": "https://registry.npmjs.org/@stripe/stripe-js/-/stripe-js-4.1.0.tgz",
      "integrity": "sha512-<<i1>>",
      "engines": {"node": ">=12.16"}
    },
    "node_modules/algoliasearch": {
      "version": "4.24.0",
      "resolved": "https://registry.npmjs.org/algoliasearch/-/algoliasearch-4.24.0.tgz",
      "integrity": "sha512-<<i2>>"
    }
  }
}
""", i1=b64_bytes(64), i2=b64_bytes(64)), None, "npm package-lock.json integrity (SRI sha512) fields, docs.npmjs.com/cli/configuring-npm/package-lock-json")

add("html/decoy-integrity", "templates/base.html", T(r"""
<!doctype html>
<html lang="en-GB">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>{% block title %}Meridian Fine Jewellery{% endblock %}</title>
  <link rel="stylesheet" href="https://cdn.jsdelivr.net/npm/bootstrap@5.3.3/dist/css/bootstrap.min.css"
        integrity="sha384-<<a>>" crossorigin="anonymous">
  <script src="https://cdn.jsdelivr.net/npm/bootstrap@5.3.3/dist/js/bootstrap.bundle.min.js"
          integrity="sha384-<<b>>" crossorigin="anonymous" defer></script>
  <link rel="stylesheet" href="{% static 'css/site.css' %}?v=<<c>>">
</head>
<body>
  {% block content %}{% endblock %}
</body>
</html>
""", a=b64_bytes(48), b=b64_bytes(48), c=hexs(8)), None, "Subresource Integrity sha384 hashes, developer.mozilla.org/docs/Web/Security/Subresource_Integrity")

add("k8s/decoy-digest", "k8s/price-board/deployment.yaml", T(r"""
apiVersion: apps/v1
kind: Deployment
metadata:
  name: price-board
  namespace: showroom
spec:
  replicas: 2
  selector:
    matchLabels: {app: price-board}
  template:
    metadata:
      labels: {app: price-board}
      annotations:
        checksum/config: <<cfg>>
    spec:
      containers:
        - name: board
          image: registry.carrow.internal/price-board@sha256:<<d1>>
          ports: [{containerPort: 8080}]
          envFrom:
            - secretRef: {name: price-board-feeds}
        - name: proxy
          image: nginx@sha256:<<d2>>
""", cfg=hexs(64), d1=hexs(64), d2=hexs(64)), None, "Kubernetes image references by digest and checksum annotations; envFrom secretRef")

add("ssh/decoy-public-key", "ansible/roles/base/files/authorized_keys", T(r"""
# deploy and break-glass keys for shop and vault servers (public keys only)
ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI<<k1>> deploy@ci.ashcombevey.co.uk
ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI<<k2>> priya@it-laptop-07
ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABgQ<<k3>> breakglass-2024
ecdsa-sha2-nistp256 AAAAE2VjZHNhLXNoYTItbmlzdHAyNTYAAAAIbmlzdHAyNTYAAABBB<<k4>> installer@securitas-eng
""", k1=draw(43, B64), k2=draw(43, B64), k3=draw(510, B64) + "=", k4=draw(87, B64) + "="), None,
    "OpenSSH authorized_keys (public keys), man.openbsd.org/sshd.8#AUTHORIZED_KEYS_FILE_FORMAT")

add("pem/decoy-certificate", "certs/applepay/merchant_id.pem", cert_pem(20) + "\n", None,
    "Apple Pay merchant identity certificate (public X.509 PEM), developer.apple.com/documentation/apple_pay_on_the_web")

add("pgp/decoy-public-key", "docs/security/underwriter-bordereaux.pub.asc", T(r"""
-----BEGIN PGP PUBLIC KEY BLOCK-----
Comment: Underwriter bordereaux encryption key - encrypt files TO this key

mQINBG<<b>>
=<<crc>>
-----END PGP PUBLIC KEY BLOCK-----
""", b="\n".join(draw(64, B64) for _ in range(12)), crc=draw(4, B64)), None,
    "OpenPGP ASCII-armored public key block (RFC 4880), used to encrypt files for a partner")

add("pgp/decoy-encrypted", "exports/bordereaux/2024-05.csv.asc", T(r"""
-----BEGIN PGP MESSAGE-----

hQIMA<<b>>
=<<crc>>
-----END PGP MESSAGE-----
""", b="\n".join(draw(64, B64) for _ in range(14)), crc=draw(4, B64)), None,
    "OpenPGP ASCII-armored encrypted message (ciphertext), RFC 4880")

add("yaml/decoy-kms-ciphertext", "pricing-lambda/serverless.yml", T(r"""
service: pricing-refresh

provider:
  name: aws
  runtime: python3.12
  region: eu-west-2
  iam:
    role:
      statements:
        - Effect: Allow
          Action: [kms:Decrypt]
          Resource: arn:aws:kms:eu-west-2:123456789012:key/<<kid>>
  environment:
    # KMS ciphertext; the function decrypts it at cold start with kms:Decrypt
    METALS_API_KEY_ENCRYPTED: AQICAHh<<ct>>

functions:
  refresh:
    handler: handler.refresh
    events:
      - schedule: rate(15 minutes)
""", kid=uuid_s(), ct=draw(250, B64) + "=="), None, "AWS KMS Encrypt CiphertextBlob (base64, AQICAH...) in Lambda environment, docs.aws.amazon.com/kms/latest/APIReference/API_Encrypt.html")

add("liquid/decoy-public-id", "theme/layout/theme.liquid", T(r"""
<!doctype html>
<html lang="{{ request.locale.iso_code }}">
  <head>
    <meta charset="utf-8">
    <meta name="google-site-verification" content="<<gsv>>">
    <meta name="facebook-domain-verification" content="<<fbv>>">
    <title>{{ page_title }} | Ashcombe &amp; Vey</title>
    <script async src="https://www.googletagmanager.com/gtag/js?id=G-<<ga>>"></script>
    <script>
      window.dataLayer = window.dataLayer || [];
      function gtag(){dataLayer.push(arguments);}
      gtag('js', new Date());
      gtag('config', 'G-<<ga>>');
    </script>
    <script src="https://www.google.com/recaptcha/api.js?render=6L<<rc>>"></script>
    {{ content_for_header }}
    {{ 'base.css' | asset_url | stylesheet_tag }}
  </head>
  <body>
    {% section 'header' %}
    <main id="MainContent">{{ content_for_layout }}</main>
    {% section 'footer' %}
  </body>
</html>
""", gsv=mixed(43, URLSAFE), fbv=lows(30), ga=draw(10, UPPER_ALNUM), rc=mixed(38, URLSAFE)), None,
    "Public page identifiers: Google site verification, GA4 measurement id, reCAPTCHA site key")

add("js/decoy-public-key", "web/src/firebase.js", T(r"""
import { initializeApp } from "firebase/app";
import { getMessaging } from "firebase/messaging";

// Firebase web config: identifies the project to the browser SDK, not a secret.
// Access is enforced by Security Rules and App Check.
const firebaseConfig = {
  apiKey: "AIza<<k>>",
  authDomain: "harrowgate-repairs.firebaseapp.com",
  projectId: "harrowgate-repairs",
  storageBucket: "harrowgate-repairs.appspot.com",
  messagingSenderId: "<<sender>>",
  appId: "1:<<sender>>:web:<<app>>",
};

export const app = initializeApp(firebaseConfig);
export const messaging = getMessaging(app);
""", k=mixed(35, URLSAFE), sender=str(random.Random(_seed()).randint(10**11, 10**12)), app=hexs(22)), None,
    "Firebase web app config apiKey is a public identifier, firebase.google.com/docs/projects/api-keys")

add("js/decoy-public-key", "web/src/store-locator.js", T(r"""
// Store locator map. This browser key is restricted to our HTTP referrers and the Maps
// JavaScript API only (Google Cloud console > Credentials > "web-maps-browser").
const MAPS_BROWSER_KEY = "AIza<<k>>";

const SHOWROOMS = [
  { name: "Hatton Garden", lat: 51.5203, lng: -0.1089 },
  { name: "Mayfair", lat: 51.5101, lng: -0.1447 },
  { name: "Harrogate", lat: 53.9926, lng: -1.5391 },
];

export function loadMap(el) {
  const script = document.createElement("script");
  script.src = `https://maps.googleapis.com/maps/api/js?key=${MAPS_BROWSER_KEY}&callback=initLocator`;
  script.async = true;
  window.initLocator = () => {
    const map = new google.maps.Map(el, { center: { lat: 52.8, lng: -1.2 }, zoom: 6 });
    SHOWROOMS.forEach((s) => new google.maps.Marker({ position: s, map, title: s.name }));
  };
  document.head.appendChild(script);
}
""", k=mixed(35, URLSAFE)), None, "Google Maps JavaScript API browser key restricted by HTTP referrer, developers.google.com/maps/api-security-best-practices")

add("js/decoy-public-key", "web/src/search/instantsearch.js", T(r"""
import algoliasearch from "algoliasearch/lite";
import instantsearch from "instantsearch.js";
import { searchBox, hits, refinementList } from "instantsearch.js/es/widgets";

// Search-only API key: can only query the prod_catalogue index. Meant for the browser.
const searchClient = algoliasearch("<<appid>>", "<<key>>");

const search = instantsearch({ indexName: "prod_catalogue", searchClient });

search.addWidgets([
  searchBox({ container: "#search", placeholder: "Search rings, watches, pearls..." }),
  refinementList({ container: "#metal", attribute: "metal" }),
  hits({
    container: "#hits",
    templates: { item: (hit, { html, components }) => html`<a href="/products/${hit.objectID}">${components.Highlight({ hit, attribute: "title" })}</a>` },
  }),
]);

search.start();
""", appid=draw(10, UPPER_ALNUM), key=hexs(32)), None,
    "Algolia search-only API key for front-end InstantSearch, algolia.com/doc/guides/security/api-keys")

add("ts/decoy-public-dsn", "web/src/sentry.client.ts", T(r"""
import * as Sentry from "@sentry/browser";

// The DSN only lets a client send events to this project; it is public by design.
Sentry.init({
  dsn: "https://<<pk>>@o<<org>>.ingest.de.sentry.io/<<proj>>",
  release: import.meta.env.VITE_RELEASE,
  environment: import.meta.env.MODE,
  tracesSampleRate: 0.1,
  replaysSessionSampleRate: 0,
  replaysOnErrorSampleRate: 0.5,
  beforeSend(event) {
    if (event.request?.url?.includes("/checkout/")) delete event.request.data;
    return event;
  },
});
""", pk=hexs(32), org=str(random.Random(_seed()).randint(10**5, 10**7)), proj=str(random.Random(_seed()).randint(10**6, 10**7))), None,
    "Sentry DSN (public key) in browser SDK config, docs.sentry.io/concepts/key-terms/dsn-explainer")

add("js/decoy-public-token", "web/src/delivery-zones.js", T(r"""
import mapboxgl from "mapbox-gl";

// Public (pk.) token, URL-restricted to *.oakhursthorology.com. Secret (sk.) tokens are never used here.
mapboxgl.accessToken = "pk.eyJ1Ijoib2FraHVyc3QtaG9yb2xvZ3kiLCJhIjoi<<a>>In0.<<b>>";

export function showCourierZones(container) {
  const map = new mapboxgl.Map({
    container,
    style: "mapbox://styles/mapbox/light-v11",
    center: [-0.1089, 51.5203],
    zoom: 9,
  });
  map.on("load", () => {
    map.addSource("zones", { type: "geojson", data: "/static/courier-zones.geojson" });
    map.addLayer({ id: "zones", type: "fill", source: "zones", paint: { "fill-color": "#b8860b", "fill-opacity": 0.2 } });
  });
  return map;
}
""", a=mixed(30), b=mixed(22, URLSAFE)), None, "Mapbox public access tokens (pk.) for GL JS, docs.mapbox.com/accounts/guides/tokens")

add("sql/decoy-hashed", "db/seed/002_staff_users.sql", r"""
-- Seed staff accounts for the repairs system (staging). Passwords are bcrypt hashes;
-- each person sets their own at first login (must_reset = true).
INSERT INTO staff_users (username, full_name, role, password_hash, must_reset) VALUES
  ('amelia.w', 'Amelia Ward', 'watchmaker', '$2b$12$Q9vZ2xLr7mN4pK1sT8eYbO3fJ6hD0cW5uA2gR9iV1nE7kM4lP8qTy', true),
  ('tom.h', 'Tom Hollis', 'counter', '$2b$12$Xr4tY7uI0oP3aS6dF9gH2ePkL5zX8cV1bN4mQ7wE0rT3yU6iO9pAs', true),
  ('priya.n', 'Priya Nair', 'manager', '$2b$12$Lk8jH5gF2dS9aP6oI3uY0eQwE7rT4yU1iO8pA5sD2fG9hJ6kL3zXc', true),
  ('dev.k', 'Dev Kapoor', 'polisher', '$2b$12$Cv3bN6mQ9wE2rT5yU8iO1eAsD4fG7hJ0kL3zX6cV9bN2mQ5wE8rTy', true);

INSERT INTO staff_roles (role, can_release_watch, can_refund) VALUES
  ('watchmaker', true, false),
  ('counter', true, false),
  ('manager', true, true),
  ('polisher', false, false);
""".lstrip("\n"), None, "bcrypt password hashes ($2b$12$...) in seed data")

add("json/decoy-hashed", "appraisals/fixtures/users.json", T(r"""
[
  {
    "model": "auth.user",
    "pk": 1,
    "fields": {
      "username": "rokafor",
      "first_name": "Ruth",
      "last_name": "Okafor",
      "email": "r.okafor@meridianfinejewellery.com",
      "password": "pbkdf2_sha256$720000$<<s1>>$<<h1>>",
      "is_staff": true,
      "is_superuser": false
    }
  },
  {
    "model": "auth.user",
    "pk": 2,
    "fields": {
      "username": "jlee",
      "first_name": "James",
      "last_name": "Lee",
      "email": "j.lee@meridianfinejewellery.com",
      "password": "pbkdf2_sha256$720000$<<s2>>$<<h2>>",
      "is_staff": true,
      "is_superuser": false
    }
  }
]
""", s1=mixed(22), h1=b64_bytes(32), s2=mixed(22), h2=b64_bytes(32)), None,
    "Django fixture with PBKDF2 password hashes (pbkdf2_sha256$iterations$salt$hash), docs.djangoproject.com/en/stable/topics/auth/passwords")

add("python/decoy-test-fixture", "tests/conftest.py", r"""
import pytest

from payments import gateway
from pricing import feeds


@pytest.fixture(autouse=True)
def fake_credentials(monkeypatch):
    # Dummy values so the clients construct; every HTTP call is mocked with responses.
    monkeypatch.setenv("STRIPE_SECRET_KEY", "sk_test_dummy")
    monkeypatch.setenv("STRIPE_WEBHOOK_SECRET", "whsec_test_dummy")
    monkeypatch.setenv("METALS_API_KEY", "test-metals-key")
    monkeypatch.setenv("GOLDAPI_TOKEN", "goldapi-test-io")
    monkeypatch.setenv("TWILIO_AUTH_TOKEN", "not-a-real-token")
    monkeypatch.setenv("DATABASE_URL", "postgres://test:test@localhost:5432/test")


@pytest.fixture
def spot_prices():
    return {"XAU": 1851.30, "XAG": 21.32, "XPT": 744.20}


@pytest.fixture
def gateway_client():
    return gateway.Client(api_key="test", timeout=1)
""".lstrip("\n"), None, "pytest fixtures with obvious dummy credentials (sk_test_dummy, not-a-real-token)")

add("python/decoy-fake-token", "tests/test_redact.py", r"""
from logs.redact import redact

FAKE_STRIPE = "sk_live_" + "THISISNOTAREALKEY0000000000"
FAKE_SLACK = "https://hooks.slack.com/services/TXXXXXXXX/BXXXXXXXX/XXXXXXXXXXXXXXXXXXXXXXXX"


def test_stripe_key_is_masked():
    line = f"calling stripe with key={FAKE_STRIPE} for pi_123"
    assert FAKE_STRIPE not in redact(line)
    assert "sk_live_****" in redact(line)


def test_slack_webhook_is_masked():
    assert redact(f"posting to {FAKE_SLACK}") == "posting to https://hooks.slack.com/services/****"


def test_plain_lines_untouched():
    line = "repair WS-24-1183 ready for collection"
    assert redact(line) == line
""".lstrip("\n"), None, "Unit test using values that declare themselves fake (THISISNOTAREALKEY, XXXX webhook)")

add("shell/decoy-prompt", "nvr/scripts/rotate_camera_password.sh", r"""
#!/usr/bin/env bash
# Rotate the analytics user's password on one camera. The new password is typed, never stored.
set -euo pipefail
CAM="${1:?camera ip}"
read -rp "Current admin user: " ADMIN
read -rsp "Current admin password: " ADMIN_PW; echo
read -rsp "New analytics password: " NEW_PW; echo
read -rsp "Repeat: " NEW_PW2; echo
[ "$NEW_PW" = "$NEW_PW2" ] || { echo "mismatch" >&2; exit 1; }

curl -s --digest -u "$ADMIN:$ADMIN_PW" -X PUT \
  "http://$CAM/ISAPI/Security/users/2" \
  -H 'Content-Type: application/xml' \
  --data "<User><id>2</id><userName>analytics</userName><password>${NEW_PW}</password></User>"
unset ADMIN_PW NEW_PW NEW_PW2
echo "done - now update 1Password item 'CCTV analytics'"
""".lstrip("\n"), None, "Shell script reading passwords with read -s at run time")

add("postfix/decoy-config", "ops/postfix/main.cf", r"""
# /etc/postfix/main.cf (relay-only host for alarm and NVR mail)
myhostname = alerts.lindqvistgoldsmiths.se
inet_interfaces = loopback-only
mydestination =
relayhost = [smtp.office365.com]:587

smtp_sasl_auth_enable = yes
smtp_sasl_password_maps = hash:/etc/postfix/sasl_passwd
smtp_sasl_security_options = noanonymous
smtp_tls_security_level = encrypt
smtp_tls_CAfile = /etc/ssl/certs/ca-certificates.crt
smtp_generic_maps = hash:/etc/postfix/generic
""".lstrip("\n"), None, "Postfix main.cf referencing the SASL password map, postfix.org/SASL_README.html")

add("azure-pipelines/decoy-variable-reference", "azure-pipelines.yml", r"""
trigger:
  branches:
    include: [main]

pool:
  vmImage: windows-latest

variables:
  - group: checkout-prod          # PayPal, Checkout.com, SQL - secret variables in the library
  - name: buildConfiguration
    value: Release

steps:
  - task: NuGetAuthenticate@1
  - task: DotNetCoreCLI@2
    inputs:
      command: publish
      projects: src/Checkout.Api/Checkout.Api.csproj
      arguments: --configuration $(buildConfiguration) --output $(Build.ArtifactStagingDirectory)
  - task: AzureWebApp@1
    inputs:
      azureSubscription: bw-prod-oidc
      appName: app-bw-checkout
      package: $(Build.ArtifactStagingDirectory)/**/*.zip
      appSettings: -PayPal__ClientSecret "$(PAYPAL_CLIENT_SECRET)" -CheckoutCom__SecretKey "$(CKO_SECRET_KEY)"
""".lstrip("\n"), None, "Azure Pipelines variable groups and $(SECRET_VAR) macro syntax, learn.microsoft.com/azure/devops/pipelines/process/variables")

add("markdown/decoy-changelog", "CHANGELOG.md", T(r"""
# Changelog

## 3.2.0 - 2024-06-03
- Repairs: customers can approve estimates by SMS link.
- Security: rotated the SendGrid, Twilio and Shopify tokens after the laptop theft
  (incident INC-0412); old tokens revoked at 14:20. New tokens are in 1Password only.
- Fixed: timegrapher readings rounded to 0.1 ms beat error.

## 3.1.4 - 2024-05-10
- Dependency updates (commit <<c1>>).
- Camera snapshots now use digest auth; credentials moved from config.yml to the secret store.

## 3.1.3 - 2024-04-22
- Reverted <<c2>> (price board flicker).
""", c1=hexs(40), c2=hexs(12)), None, "Changelog mentioning key rotation without any values; git commit hashes")

add("xml/decoy-env-reference", "tools/NuGet.Config", r"""
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <packageSources>
    <clear />
    <add key="nuget.org" value="https://api.nuget.org/v3/index.json" protocolVersion="3" />
    <add key="oakhurst" value="https://pkgs.dev.azure.com/oakhurst-horology/_packaging/shared/nuget/v3/index.json" />
  </packageSources>
  <packageSourceCredentials>
    <oakhurst>
      <add key="Username" value="build" />
      <add key="ClearTextPassword" value="%AZURE_ARTIFACTS_PAT%" />
    </oakhurst>
  </packageSourceCredentials>
</configuration>
""".lstrip("\n"), None, "NuGet.Config credentials from an environment variable (%VAR%), learn.microsoft.com/nuget/reference/nuget-config-file")

add("ini/decoy-integrated-auth", "reports/odbc.ini", r"""
[ODBC Data Sources]
EdgeJewel = ODBC Driver 18 for SQL Server
EdgeWeb = MySQL ODBC 8.0 Unicode Driver

[EdgeJewel]
Driver = ODBC Driver 18 for SQL Server
Server = EDGE-SRV01\EDGE
Database = EdgeJewel
Trusted_Connection = yes
Encrypt = yes
TrustServerCertificate = yes

[EdgeWeb]
Driver = MySQL ODBC 8.0 Unicode Driver
Server = 10.30.0.5
Database = EdgeWeb
User = edge_reports
; password supplied at connect time from Windows Credential Manager
""".lstrip("\n"), None, "odbc.ini DSNs with Windows integrated authentication and no stored password")

add("yaml/decoy-erb-reference", "config/storage.yml", r"""
local:
  service: Disk
  root: <%= Rails.root.join("storage") %>

test:
  service: Disk
  root: <%= Rails.root.join("tmp/storage") %>

amazon:
  service: S3
  access_key_id: <%= Rails.application.credentials.dig(:aws, :access_key_id) %>
  secret_access_key: <%= Rails.application.credentials.dig(:aws, :secret_access_key) %>
  region: eu-west-2
  bucket: mfj-appraisal-pdfs
  upload:
    server_side_encryption: "aws:kms"
""".lstrip("\n"), None, "Rails Active Storage storage.yml with credentials.dig references, guides.rubyonrails.org/active_storage_overview.html")

add("xcconfig/decoy-build-setting", "ios/IntakeApp/Config/Release.xcconfig", r"""
// Release build settings for the counter intake app.
// REPAIRS_API_KEY is injected by CI (Xcode Cloud secret environment variable) and read
// from Info.plist at run time; the value is never committed.
#include "Shared.xcconfig"

PRODUCT_BUNDLE_IDENTIFIER = uk.co.harrowgatewatch.intake
REPAIRS_API_BASE = https:/$()/repairs.harrowgatewatch.co.uk/api/v2
REPAIRS_API_KEY = $(CI_REPAIRS_API_KEY)
SWIFT_ACTIVE_COMPILATION_CONDITIONS = RELEASE
CODE_SIGN_STYLE = Manual
DEVELOPMENT_TEAM = Q7K2M9X4PL
""".lstrip("\n"), None, "Xcode .xcconfig build setting referencing a CI variable, developer.apple.com/documentation/xcode/adding-a-build-configuration-file-to-your-project")

add("ansible/decoy-vault-lookup", "ansible/roles/frigate/tasks/main.yml", r"""
- name: Read camera credentials from HashiCorp Vault
  ansible.builtin.set_fact:
    frigate_rtsp_password: "{{ lookup('community.hashicorp_vault.hashi_vault', 'secret=kv/data/cctv/frigate:rtsp_password') }}"
    frigate_mqtt_password: "{{ lookup('community.hashicorp_vault.hashi_vault', 'secret=kv/data/cctv/frigate:mqtt_password') }}"
  no_log: true

- name: Write Frigate secret files
  ansible.builtin.copy:
    dest: "/etc/frigate/secrets/{{ item.name }}"
    content: "{{ item.value }}"
    owner: root
    group: root
    mode: "0600"
  loop:
    - {name: rtsp_password, value: "{{ frigate_rtsp_password }}"}
    - {name: mqtt_password, value: "{{ frigate_mqtt_password }}"}
  no_log: true
  notify: restart frigate
""".lstrip("\n"), None, "Ansible hashi_vault lookup with no_log, docs.ansible.com/ansible/latest/collections/community/hashicorp_vault")

add("go/decoy-checksums", "cmd/scrapbuy/go.sum", T(r"""
github.com/go-chi/chi/v5 v5.0.12 h1:<<a>>
github.com/go-chi/chi/v5 v5.0.12/go.mod h1:<<b>>
github.com/shopspring/decimal v1.4.0 h1:<<c>>
github.com/shopspring/decimal v1.4.0/go.mod h1:<<d>>
golang.org/x/sync v0.7.0 h1:<<e>>
golang.org/x/sync v0.7.0/go.mod h1:<<f>>
""", a=b64_bytes(32), b=b64_bytes(32), c=b64_bytes(32), d=b64_bytes(32), e=b64_bytes(32), f=b64_bytes(32)), None,
    "go.sum h1: module hashes, go.dev/ref/mod#go-sum-files")

add("env/decoy-local-dev", "workshop-api/.env.development", r"""
# Local development only - docker compose up starts throwaway containers with these.
DATABASE_URL=postgres://workshop:workshop@localhost:5432/workshop_dev
REDIS_URL=redis://localhost:6379/0
SECRET_KEY_BASE=development-only-not-secret
STRIPE_SECRET_KEY=sk_test_replace_me
SMTP_HOST=localhost
SMTP_PORT=1025
MAILPIT_UI=http://localhost:8025
""".lstrip("\n"), None, "Local development .env with throwaway values (development-only-not-secret, replace_me)")

add("json/decoy-placeholder", "integrations/briteco/config.example.json", r"""
{
  "baseUrl": "https://api.brite.co/partner/v1",
  "apiKey": "<YOUR_BRITECO_API_KEY>",
  "retailerId": "<YOUR_RETAILER_ID>",
  "defaultCategory": "engagement_ring",
  "offerAtCheckout": true,
  "minimumItemValue": 500,
  "webhookSecret": "<GENERATE_WITH: openssl rand -hex 24>"
}
""".lstrip("\n"), None, "Example config with <YOUR_...> placeholders")

add("python/decoy-aws-role", "appraisals/storage.py", r"""
import boto3

# The uploader runs on ECS with a task role; boto3 gets short-lived credentials from the
# container metadata endpoint. No keys in code or environment.
s3 = boto3.client("s3", region_name="eu-west-2")
BUCKET = "mfj-appraisal-pdfs"


def upload_certificate(number: str, pdf_bytes: bytes) -> str:
    key = f"certificates/{number[:8]}/{number}.pdf"
    s3.put_object(Bucket=BUCKET, Key=key, Body=pdf_bytes, ContentType="application/pdf",
                  ServerSideEncryption="aws:kms")
    return s3.generate_presigned_url("get_object", Params={"Bucket": BUCKET, "Key": key}, ExpiresIn=3600)
""".lstrip("\n"), None, "boto3 default credential chain (ECS task role), boto3.amazonaws.com/v1/documentation/api/latest/guide/credentials.html")

add("yaml/decoy-redacted", "support/tickets/INC-0412-export.yaml", r"""
ticket: INC-0412
title: Workshop laptop stolen from car
opened: 2024-05-29T08:12:00+01:00
reporter: tom.h
affected_credentials:
  - name: SendGrid API key (repairs)
    value: SG.****************.************************ (redacted)
    rotated: 2024-05-29T11:40:00+01:00
  - name: Twilio auth token
    value: "[REDACTED]"
    rotated: 2024-05-29T11:55:00+01:00
  - name: Shopify admin token (stock sync)
    value: shpat_********************************
    rotated: 2024-05-29T14:20:00+01:00
actions:
  - Remote wipe issued via Intune (confirmed 09:02)
  - Police reference obtained
status: closed
""".lstrip("\n"), None, "Incident export with redacted credential values")
