"""Blind set EY: tree nurseries, garden centres and landscaping suppliers.

Tills and e-commerce (Square, Shopify, WooCommerce, Lightspeed, Clover, Counterpoint, Magento),
inventory and accounting (Airtable, Zoho, QuickBooks, Xero, Odoo, ERPNext), irrigation controllers
(Rachio, Hydrawise, Rain Bird, OpenSprinkler, RainMachine, ESPHome), delivery scheduling and fleet
(Onfleet, Routific, Samsara, OptimoRoute, EasyPost, Mapbox), greenhouse sensors and climate
controllers (ThingSpeak, Adafruit IO, Particle, TTN LoRaWAN, InfluxDB, MQTT, WeatherLink), the
marketing and messaging vendors they use, their store networks and their deploy files, and decoys
of the same. Generated fakes only (seeds 1,700,000-1,709,999).
"""
from __future__ import annotations

import base64
import hashlib
import json
import random
import re
import string
import textwrap
from typing import List, Optional

from tests import fakes
from tests.accuracy.labelled import LabelledCase

SEED_LO, SEED_HI = 1_700_000, 1_709_999
_SEED = [SEED_LO]

ALNUM = string.ascii_letters + string.digits
LOWER_ALNUM = string.ascii_lowercase + string.digits
UPPER_ALNUM = string.ascii_uppercase + string.digits
HEX = "0123456789abcdef"
HEXU = "0123456789ABCDEF"
URLSAFE = ALNUM + "-_"
B64CHARS = ALNUM + "+/"
BASE32 = string.ascii_uppercase + "234567"
DIGITS = string.digits


def _seed() -> int:
    _SEED[0] += 3
    assert SEED_LO <= _SEED[0] <= SEED_HI, _SEED[0]
    return _SEED[0]


def _rng() -> random.Random:
    return random.Random(_seed())


def chars(n: int, alphabet: str = ALNUM) -> str:
    """n characters of alphabet; of ALNUM, with a digit and both cases as issued tokens have
    (a bounded number of redraws)."""
    r = _rng()
    value = ""
    for _ in range(60):
        value = "".join(r.choice(alphabet) for _ in range(n))
        if alphabet != ALNUM or n < 8 or (any(c.isdigit() for c in value) and any(c.isupper() for c in value)
                                           and any(c.islower() for c in value)):
            return value
    return value


def hexs(n: int) -> str:
    return chars(n, HEX)


def digits(n: int) -> str:
    r = _rng()
    return str(r.randint(1, 9)) + "".join(r.choice(DIGITS) for _ in range(n - 1))


def b64(value: str) -> str:
    return base64.b64encode(value.encode()).decode()


def b64url(raw: bytes) -> str:
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def rand_bytes(n: int) -> bytes:
    r = _rng()
    return bytes(r.getrandbits(8) for _ in range(n))


def b64_key(nbytes: int) -> str:
    return base64.b64encode(rand_bytes(nbytes)).decode()


def uuid4() -> str:
    return fakes.uuid4(_seed())


PLANTS = ["Hosta", "Maple", "Birch", "Willow", "Azalea", "Peony", "Cedar", "Hemlock", "Dogwood", "Laurel",
          "Sedum", "Yarrow", "Larch", "Spruce", "Juniper", "Viburnum", "Hornbeam", "Magnolia", "Privet",
          "Lavender", "Boxwood", "Heuchera", "Astilbe", "Redbud", "Ginkgo", "Rowan", "Alder", "Clematis"]
THINGS = ["Trellis", "Mulch", "Potting", "Compost", "Greenhouse", "Barrow", "Spade", "Sprinkler",
          "Polytunnel", "Seedling", "Pallet", "Topsoil", "Gravel", "Hedge", "Orchard", "Nursery"]
LOWER_WORDS = ["acorn", "bracken", "catkin", "dibber", "fescue", "gravel", "heather", "loam", "nettle",
               "oakleaf", "perlite", "quince", "rootball", "sapling", "thyme", "umber", "vetch", "wicker"]


def word_pw() -> str:
    """A password a person chose: two words, a symbol and digits, in one of a few shapes."""
    r = _rng()
    shape = r.randint(0, 3)
    if shape == 0:
        return r.choice(PLANTS) + r.choice("!#$%@*&") + r.choice(THINGS) + str(r.randint(10, 9999))
    if shape == 1:
        return r.choice(THINGS).lower() + str(r.randint(100, 999)) + r.choice(PLANTS) + r.choice("!?#$")
    if shape == 2:
        return r.choice(PLANTS) + str(r.randint(1, 99)) + r.choice("-_.") + r.choice(THINGS) + r.choice("!#")
    return r.choice(THINGS) + r.choice(PLANTS) + str(r.randint(1990, 2026)) + r.choice("!$%")


def gen_pw(n: int = 20, extra: str = "") -> str:
    """A password a generator chose."""
    return chars(n, ALNUM + extra) if extra else chars(n)


def passphrase() -> str:
    r = _rng()
    return "-".join(r.sample(LOWER_WORDS, 4)) + "-" + str(r.randint(2, 99))


def jwt(header: dict, payload: dict, sig_len: int = 43) -> str:
    head = b64url(json.dumps(header, separators=(",", ":")).encode())
    body = b64url(json.dumps(payload, separators=(",", ":")).encode())
    return f"{head}.{body}.{chars(sig_len, URLSAFE)}"


def pem_body(first: str, lines: int, last: int = 44) -> List[str]:
    r = _rng()
    body = [first + "".join(r.choice(B64CHARS) for _ in range(64 - len(first)))]
    body += ["".join(r.choice(B64CHARS) for _ in range(64)) for _ in range(lines - 2)]
    body.append("".join(r.choice(B64CHARS) for _ in range(last)) + ("=" if last % 4 == 3 else ""))
    return body


def rsa_pem(lines: int = 25) -> str:
    body = pem_body("MIIEpAIBAAKCAQEA", lines)
    return "-----BEGIN RSA PRIVATE KEY-----\n" + "\n".join(body) + "\n-----END RSA PRIVATE KEY-----"


def pkcs8_pem(lines: int = 26) -> str:
    body = pem_body("MIIEvgIBADANBgkqhkiG9w0BAQEFAASCBKgwggSkAgEAAoIBAQ", lines)
    return "-----BEGIN PRIVATE KEY-----\n" + "\n".join(body) + "\n-----END PRIVATE KEY-----"


def ec_p8() -> str:
    body = pem_body("MIGTAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBHkwdwIBAQQg", 3, 24)
    return "-----BEGIN PRIVATE KEY-----\n" + "\n".join(body) + "\n-----END PRIVATE KEY-----"


def ec_pem() -> str:
    body = pem_body("MHcCAQEEI", 3, 8)
    return "-----BEGIN EC PRIVATE KEY-----\n" + "\n".join(body) + "\n-----END EC PRIVATE KEY-----"


def openssh_key() -> str:
    r = _rng()
    body = ["b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW"]
    body += ["".join(r.choice(B64CHARS) for _ in range(70)) for _ in range(4)]
    body.append("".join(r.choice(B64CHARS) for _ in range(12)) + "==")
    return "-----BEGIN OPENSSH PRIVATE KEY-----\n" + "\n".join(body) + "\n-----END OPENSSH PRIVATE KEY-----"


def cert_pem(lines: int = 20) -> str:
    body = pem_body("MIID" + "pTCCAo2gAwIBAgIU", lines, 40)
    return "-----BEGIN CERTIFICATE-----\n" + "\n".join(body) + "\n-----END CERTIFICATE-----"


def indent(block: str, spaces: int) -> str:
    pad = " " * spaces
    return "\n".join(pad + line if i else line for i, line in enumerate(block.splitlines()))


def mapbox_token(prefix: str, user: str) -> str:
    payload = json.dumps({"u": user, "a": "cl" + chars(23, LOWER_ALNUM)}, separators=(",", ":")).encode()
    return f"{prefix}.{b64url(payload)}.{chars(22, URLSAFE)}"


# --- vendor shapes (as their docs show them) -------------------------------------------------
def stripe(prefix: str) -> str:
    return prefix + "51" + chars(97)


def square_token() -> str:
    return "EAAA" + chars(60, URLSAFE)


def slack_webhook() -> str:
    return ("https://hooks.slack.com/services/T" + chars(8, UPPER_ALNUM) + "/B" + chars(10, UPPER_ALNUM)
            + "/" + chars(24))


def sendgrid() -> str:
    return "SG." + chars(22, URLSAFE) + "." + chars(43, URLSAFE)


def google_key() -> str:
    return "AIza" + chars(35, URLSAFE)


def twilio_sid(prefix: str = "AC") -> str:
    return prefix + hexs(32)


def azure_secret() -> str:
    return chars(3) + "8Q~" + chars(34, ALNUM + "_.-~")


CASES: List[LabelledCase] = []
_PLACEHOLDER = re.compile(r"<<[a-z0-9_]+>>")


def case(fmt: str, kind: str, file_name: str, secret: Optional[str], source: str, template: str, **values: str) -> None:
    text = textwrap.dedent(template).lstrip("\n")
    for key, value in values.items():
        text = text.replace(f"<<{key}>>", value)
    assert not _PLACEHOLDER.search(text), (file_name, _PLACEHOLDER.search(text))
    CASES.append(LabelledCase(f"blind-ey/{fmt}/{kind}", file_name, text, secret, source))


# =============================================================================================
# Tills, e-commerce and payments
# =============================================================================================
_s = square_token()
case("python", "square-access-token", "pos/square_sync/sync_catalog.py", _s,
     "developer.squareup.com/docs/build-basics/access-tokens (Square Python SDK Client)", '''
    """Nightly sync: pull Square catalog items into the nursery stock sheet."""
    import csv
    import datetime

    from square.client import Client

    client = Client(
        access_token="<<s>>",
        environment="production",
    )
    LOCATION_ID = "LQ8Y2F1XW0RTS"


    def export_items(path: str) -> int:
        result = client.catalog.list_catalog(types="ITEM")
        if result.is_error():
            raise RuntimeError(result.errors)
        rows = 0
        with open(path, "w", newline="") as fh:
            writer = csv.writer(fh)
            writer.writerow(["sku", "name", "price_pence", "category"])
            for obj in result.body.get("objects", []):
                data = obj["item_data"]
                for var in data.get("variations", []):
                    v = var["item_variation_data"]
                    writer.writerow([v.get("sku"), data["name"], v.get("price_money", {}).get("amount"),
                                     data.get("category_id")])
                    rows += 1
        return rows


    if __name__ == "__main__":
        stamp = datetime.date.today().isoformat()
        print(export_items(f"exports/square-items-{stamp}.csv"), "variations exported")
''', s=_s)

_s = "shpss_" + hexs(32)
case("dotenv", "shopify-app-secret", "apps/wholesale-portal/.env.production", _s,
     "shopify.dev/docs/apps/build/authentication-authorization (client credentials, .env of the Shopify CLI app template)", '''
    # Wholesale trade portal (Shopify custom app) - production
    SHOPIFY_API_KEY=<<client_id>>
    SHOPIFY_API_SECRET=<<s>>
    SCOPES=read_products,write_draft_orders,read_customers,read_inventory
    HOST=https://trade.hollowoaktreefarm.com
    SHOP=hollow-oak-tree-farm.myshopify.com
    NODE_ENV=production
    PORT=8081
    TRADE_MIN_ORDER_GBP=250
''', s=_s, client_id=hexs(32))

_s = "shpat_" + hexs(32)
case("ruby", "shopify-access-token", "lib/tasks/bareroot_preorders.rake", _s,
     "shopify.dev/docs/api/admin-rest (X-Shopify-Access-Token; shopify_api gem Session)", '''
    # Closes bare-root pre-orders once the lifting season starts.
    require "shopify_api"

    namespace :bareroot do
      desc "Tag and close bare-root pre-orders"
      task close_preorders: :environment do
        ShopifyAPI::Context.setup(
          api_key: "unused-for-custom-app",
          api_secret_key: "unused-for-custom-app",
          host: "https://greenacres-nursery.myshopify.com",
          scope: "read_orders,write_orders",
          is_embedded: false,
          api_version: "2024-07",
          is_private: true,
        )
        session = ShopifyAPI::Auth::Session.new(
          shop: "greenacres-nursery.myshopify.com",
          access_token: "<<s>>"
        )
        client = ShopifyAPI::Clients::Graphql::Admin.new(session: session)
        orders = client.query(query: File.read(Rails.root.join("lib/graphql/preorders.graphql")))
        orders.body.dig("data", "orders", "nodes").each do |order|
          puts "closing #{order['name']}"
        end
      end
    end
''', s=_s)

_ck, _cs = "ck_" + hexs(40), "cs_" + hexs(40)
case("php", "woocommerce-consumer-secret", "scripts/woo-stock-push.php", _cs,
     "woocommerce.github.io/woocommerce-rest-api-docs (automattic/woocommerce PHP client)", '''
    <?php
    // Pushes till stock levels into the WooCommerce shop every 15 minutes (cron).
    require __DIR__ . '/vendor/autoload.php';

    use Automattic\\WooCommerce\\Client;

    $woocommerce = new Client(
        'https://shop.birchwoodgardencentre.co.uk',
        '<<ck>>',
        '<<cs>>',
        [
            'version' => 'wc/v3',
            'timeout' => 30,
        ]
    );

    $levels = json_decode(file_get_contents('/var/spool/till/stock.json'), true);
    $batch = ['update' => []];
    foreach ($levels as $sku => $qty) {
        $batch['update'][] = ['sku' => $sku, 'stock_quantity' => max(0, (int) $qty)];
    }
    $woocommerce->post('products/batch', $batch);
    echo count($batch['update']) . " products updated\\n";
''', ck=_ck, cs=_cs)

_s = "lsxs_pt_" + chars(32)
case("js", "lightspeed-personal-token", "tools/lightspeed/export-sales.js", _s,
     "x-series-api.lightspeedhq.com/docs/authorization (personal tokens, Bearer header)", '''
    // Export yesterday's sales from Lightspeed Retail (X-Series) for the accounts team.
    const fs = require('fs');

    const DOMAIN = 'fernleighlandscape';
    const TOKEN = '<<s>>';

    async function salesSince(date) {
      const url = `https://${DOMAIN}.retail.lightspeed.app/api/2.0/search?type=sales&date_from=${date}`;
      const res = await fetch(url, {
        headers: { Authorization: `Bearer ${TOKEN}`, Accept: 'application/json' },
      });
      if (!res.ok) throw new Error(`lightspeed ${res.status}`);
      return (await res.json()).data;
    }

    (async () => {
      const d = new Date(Date.now() - 86400000).toISOString().slice(0, 10);
      const sales = await salesSince(d);
      fs.writeFileSync(`out/sales-${d}.json`, JSON.stringify(sales, null, 2));
      console.log(`${sales.length} sales written`);
    })();
''', s=_s)

_s = uuid4()
case("yaml", "clover-api-token", "config/clover-bridge.yml", _s,
     "docs.clover.com/docs/using-api-tokens (merchant API tokens, Bearer)", '''
    # clover-bridge: mirrors Clover inventory into the plant-finder database
    clover:
      base_url: https://api.clover.com
      merchant_id: 7QWNBZ0K5M1E1
      api_token: <<s>>
      page_size: 500
    sync:
      interval_minutes: 20
      categories:
        - Shrubs
        - Perennials
        - Fruit Trees
        - Compost & Mulch
    database:
      url: sqlite:///var/lib/clover-bridge/stock.db
''', s=_s)

_pw = word_pw()
case("sql", "password", "db/counterpoint/001_linked_server.sql", _pw,
     "learn.microsoft.com/sql/relational-databases/system-stored-procedures/sp-addlinkedsrvlogin-transact-sql", '''
    -- Linked server so the web shop can read NCR Counterpoint stock levels
    USE master;
    GO
    EXEC sp_addlinkedserver
        @server = N'CPSTORE',
        @srvproduct = N'',
        @provider = N'SQLNCLI11',
        @datasrc = N'CP-SQL01\\COUNTERPOINT';
    GO
    EXEC sp_addlinkedsrvlogin
        @rmtsrvname = N'CPSTORE',
        @useself = N'FALSE',
        @locallogin = NULL,
        @rmtuser = N'web_stock_ro',
        @rmtpassword = N'<<pw>>';
    GO
    SELECT TOP 10 ITEM_NO, DESCR, QTY_ON_HND FROM CPSTORE.GREENACRES.dbo.IM_INV;
    GO
''', pw=_pw)

_pw = gen_pw(16, "!#%")
case("json", "sqlserver-connection-string", "src/Nursery.PosBridge/appsettings.Production.json", _pw,
     "learn.microsoft.com/dotnet/framework/data/adonet/connection-string-syntax (SqlClient)", '''
    {
      "Logging": {
        "LogLevel": { "Default": "Information", "Microsoft.AspNetCore": "Warning" }
      },
      "ConnectionStrings": {
        "Counterpoint": "Server=CP-SQL01\\\\COUNTERPOINT;Database=GREENACRES;User Id=posbridge;Password=<<pw>>;TrustServerCertificate=True;",
        "Local": "Data Source=posbridge.db"
      },
      "PosBridge": {
        "StoreNumbers": [ "01", "02" ],
        "PollSeconds": 60,
        "PriceListCode": "RETAIL-2025"
      }
    }
''', pw=_pw)

_s = chars(31, LOWER_ALNUM)
case("json", "bigcommerce-access-token", "integrations/bigcommerce/store.json", _s,
     "developer.bigcommerce.com/docs/start/authentication/api-accounts (X-Auth-Token)", '''
    {
      "store_name": "Ridgeway Stone & Soil",
      "store_hash": "r4x2kq9zd1",
      "api_path": "https://api.bigcommerce.com/stores/r4x2kq9zd1/v3/",
      "client_id": "<<cid>>",
      "access_token": "<<s>>",
      "weight_unit": "kg",
      "bulk_products": ["topsoil-bulk-bag", "mot-type-1", "play-sand", "bark-mulch-1m3"],
      "delivery_zones_file": "zones.geojson"
    }
''', s=_s, cid=chars(31, LOWER_ALNUM))

_s = hexs(32)
case("php", "magento-crypt-key", "app/etc/env.php", _s,
     "experienceleague.adobe.com/docs/commerce-operations/configuration-guide/files/config-reference-envphp (crypt key)", '''
    <?php
    return [
        'backend' => ['frontName' => 'gc_admin_7731'],
        'crypt' => [
            'key' => '<<s>>'
        ],
        'db' => [
            'table_prefix' => '',
            'connection' => [
                'default' => [
                    'host' => getenv('MAGENTO_DB_HOST'),
                    'dbname' => 'magento_gardencentre',
                    'username' => getenv('MAGENTO_DB_USER'),
                    'password' => getenv('MAGENTO_DB_PASSWORD'),
                    'model' => 'mysql4',
                    'engine' => 'innodb',
                    'active' => '1'
                ]
            ]
        ],
        'resource' => ['default_setup' => ['connection' => 'default']],
        'MAGE_MODE' => 'production',
        'session' => ['save' => 'files'],
        'cache_types' => ['config' => 1, 'layout' => 1, 'block_html' => 1, 'full_page' => 1],
    ];
''', s=_s)

_pw = word_pw()
case("php", "mysql-password", "public_html/wp-config.php", _pw,
     "developer.wordpress.org/apis/wp-config-php (DB_PASSWORD)", '''
    <?php
    /** WooCommerce shop: maplehollowgardencenter.com */
    define( 'DB_NAME', 'mhgc_shop' );
    define( 'DB_USER', 'mhgc_wp' );
    define( 'DB_PASSWORD', '<<pw>>' );
    define( 'DB_HOST', 'localhost' );
    define( 'DB_CHARSET', 'utf8mb4' );
    define( 'DB_COLLATE', '' );

    /* Keys and salts live outside the web root. */
    require_once dirname( __DIR__ ) . '/private/wp-salts.php';

    $table_prefix = 'mh_';

    define( 'WP_DEBUG', false );
    define( 'WP_MEMORY_LIMIT', '256M' );
    define( 'DISABLE_WP_CRON', true );

    if ( ! defined( 'ABSPATH' ) ) {
        define( 'ABSPATH', __DIR__ . '/' );
    }
    require_once ABSPATH . 'wp-settings.php';
''', pw=_pw)

_pw = gen_pw(22)
case("ini", "postgres-password", "deploy/odoo/odoo.conf", _pw,
     "odoo.com/documentation/17.0/administration/on_premise/deploy.html (configuration file)", '''
    [options]
    ; Odoo 17 - Cedar Run Growers (inventory, wholesale quotes, POS)
    admin_passwd = $pbkdf2-sha512$600000$9x7Uq5QyJq8VJbQfW6nqyA$2pJ0pQxFfXq6cC1eZz9bKJY6cL5g1vQ0lX1hJ7m2v3dA8wD0xY5nT4sR9uK2pL8oQ1yW3eF6gH7jI0kM4nB5cA
    db_host = 10.40.0.12
    db_port = 5432
    db_user = odoo_cedarrun
    db_password = <<pw>>
    dbfilter = ^cedarrun$
    list_db = False
    proxy_mode = True
    workers = 4
    max_cron_threads = 1
    limit_time_real = 600
    addons_path = /opt/odoo/addons,/opt/odoo/custom-addons
    logfile = /var/log/odoo/odoo.log
''', pw=_pw)

_s = stripe("sk_live_")
case("python", "stripe-secret-key", "shop/payments/stripe_checkout.py", _s,
     "docs.stripe.com/keys (secret keys sk_live_); stripe-python", '''
    import stripe
    from flask import Blueprint, jsonify, request

    stripe.api_key = "<<s>>"

    bp = Blueprint("checkout", __name__)

    DELIVERY_PRICE = {"local": 1500, "regional": 3500, "pallet": 6500}


    @bp.post("/checkout/session")
    def create_session():
        basket = request.get_json()
        items = [{"price": line["price_id"], "quantity": line["qty"]} for line in basket["lines"]]
        items.append({"price_data": {"currency": "gbp", "unit_amount": DELIVERY_PRICE[basket["zone"]],
                                     "product_data": {"name": "Delivery"}}, "quantity": 1})
        session = stripe.checkout.Session.create(
            mode="payment",
            line_items=items,
            success_url="https://www.willowbankplants.co.uk/thanks?s={CHECKOUT_SESSION_ID}",
            cancel_url="https://www.willowbankplants.co.uk/basket",
        )
        return jsonify(url=session.url)
''', s=_s)

_s = "whsec_" + chars(32)
case("ts", "stripe-webhook-secret", "src/routes/stripe-webhook.ts", _s,
     "docs.stripe.com/webhooks#verify-official-libraries (endpoint secret whsec_)", '''
    import express from 'express';
    import Stripe from 'stripe';
    import { markOrderPaid } from '../orders';

    const stripe = new Stripe(process.env.STRIPE_SECRET_KEY as string);
    const endpointSecret = '<<s>>';

    export const router = express.Router();

    router.post('/webhooks/stripe', express.raw({ type: 'application/json' }), async (req, res) => {
      const sig = req.headers['stripe-signature'] as string;
      let event: Stripe.Event;
      try {
        event = stripe.webhooks.constructEvent(req.body, sig, endpointSecret);
      } catch (err) {
        return res.status(400).send(`Webhook Error: ${(err as Error).message}`);
      }
      if (event.type === 'checkout.session.completed') {
        await markOrderPaid((event.data.object as Stripe.Checkout.Session).id);
      }
      res.json({ received: true });
    });
''', s=_s)

_s = chars(22, URLSAFE)
case("go", "square-webhook-signature-key", "internal/webhooks/square.go", _s,
     "developer.squareup.com/docs/webhooks/step3validate (signature key, HMAC-SHA256)", '''
    package webhooks

    import (
    	"crypto/hmac"
    	"crypto/sha256"
    	"encoding/base64"
    	"io"
    	"net/http"
    )

    const (
    	notificationURL = "https://hooks.copperbeechnurseries.com/square/inventory"
    	signatureKey    = "<<s>>"
    )

    func valid(body []byte, header string) bool {
    	mac := hmac.New(sha256.New, []byte(signatureKey))
    	mac.Write([]byte(notificationURL))
    	mac.Write(body)
    	expected := base64.StdEncoding.EncodeToString(mac.Sum(nil))
    	return hmac.Equal([]byte(expected), []byte(header))
    }

    func SquareInventory(w http.ResponseWriter, r *http.Request) {
    	body, _ := io.ReadAll(r.Body)
    	if !valid(body, r.Header.Get("x-square-hmacsha256-signature")) {
    		http.Error(w, "bad signature", http.StatusForbidden)
    		return
    	}
    	w.WriteHeader(http.StatusOK)
    }
''', s=_s)

_s = "secret_" + chars(32)
case("yaml", "ecwid-secret-token", "config/ecwid.yaml", _s,
     "api-docs.ecwid.com/reference/get-access-token (secret_ and public_ tokens)", '''
    ecwid:
      store_id: 84512207
      # secret token of the "Stock sync" custom app (do not expose in the storefront)
      token: <<s>>
      api: https://app.ecwid.com/api/v3
    mapping:
      sku_prefix: RW-
      hide_when_out_of_stock: true
      seasonal_categories: [bare-root, bulbs, christmas-trees]
''', s=_s)

_s = "pat" + chars(14) + "." + hexs(64)
case("python", "airtable-pat", "inventory/airtable_stocktake.py", _s,
     "airtable.com/developers/web/guides/personal-access-tokens (pyairtable Api)", '''
    """Push the weekly field stocktake (container beds A-F) into Airtable."""
    import csv
    import sys

    from pyairtable import Api

    api = Api("<<s>>")
    table = api.table("appQ3vLx8b2NcT7pd", "Stock")

    def main(path):
        with open(path) as fh:
            rows = list(csv.DictReader(fh))
        records = [{"fields": {"Bed": r["bed"], "Plant": r["plant"], "Pot": r["pot_size"],
                               "Count": int(r["count"]), "Grade": r["grade"]}} for r in rows]
        table.batch_upsert(records, key_fields=["Bed", "Plant", "Pot"])
        print(f"{len(records)} lines upserted")

    if __name__ == "__main__":
        main(sys.argv[1])
''', s=_s)

_s = hexs(42)
case("json", "zoho-client-secret", "integrations/zoho/oauth.json", _s,
     "zoho.com/inventory/api/v1/oauth (self client: client_id, client_secret)", '''
    {
      "accounts_url": "https://accounts.zoho.eu",
      "api_domain": "https://www.zohoapis.eu/inventory/v1",
      "organization_id": "20091544317",
      "client_id": "1000.<<cid>>",
      "client_secret": "<<s>>",
      "scope": "ZohoInventory.items.READ,ZohoInventory.salesorders.CREATE",
      "redirect_uri": "https://ops.ridgewaystone.co.uk/zoho/callback"
    }
''', s=_s, cid=chars(30, UPPER_ALNUM))

_s = chars(40)
case("python", "quickbooks-client-secret", "accounts/qbo_invoices.py", _s,
     "developer.intuit.com/app/developer/qbo/docs/develop/authentication-and-authorization (intuit-oauth AuthClient)", '''
    from intuitlib.client import AuthClient
    from quickbooks import QuickBooks
    from quickbooks.objects.invoice import Invoice

    auth_client = AuthClient(
        client_id="AB<<cid>>",
        client_secret="<<s>>",
        environment="production",
        redirect_uri="https://office.hollowoaktreefarm.com/qbo/callback",
    )


    def open_trade_invoices(refresh_token: str, realm_id: str):
        qb = QuickBooks(auth_client=auth_client, refresh_token=refresh_token, company_id=realm_id)
        return Invoice.filter(Balance__gt="0", qb=qb)


    if __name__ == "__main__":
        import os
        for inv in open_trade_invoices(os.environ["QBO_REFRESH_TOKEN"], "9130357211486226"):
            print(inv.DocNumber, inv.CustomerRef.name, inv.Balance)
''', s=_s, cid=chars(48))

_s = chars(48, URLSAFE)
case("yaml", "xero-client-secret", "services/xero-sync/config.yaml", _s,
     "developer.xero.com/documentation/guides/oauth2/custom-connections (client id and secret)", '''
    xero:
      tenant: "Copper Beech Nurseries Ltd"
      client_id: <<cid>>
      client_secret: <<s>>
      grant: client_credentials
      scopes:
        - accounting.transactions
        - accounting.contacts.read
    mapping:
      sales_account: "200"
      delivery_account: "260"
      tracking_category: "Site"
      sites: [Main Yard, Garden Centre, Online]
''', s=_s, cid=chars(32, HEXU))

_pw = word_pw()
case("properties", "password", "trade-portal/src/main/resources/application-prod.properties", _pw,
     "docs.spring.io/spring-boot/appendix/application-properties (spring.datasource.*)", '''
    server.port=8080
    spring.application.name=trade-portal
    spring.datasource.url=jdbc:postgresql://db01.cedarrun.internal:5432/trade
    spring.datasource.username=trade_app
    spring.datasource.password=<<pw>>
    spring.jpa.hibernate.ddl-auto=validate
    spring.jpa.open-in-view=false
    trade.price-list=WHOLESALE-2025
    trade.min-order=250
    management.endpoints.web.exposure.include=health,info
''', pw=_pw)

_s = "E" + chars(79, URLSAFE)
case("java", "paypal-client-secret", "trade-portal/src/main/java/com/cedarrun/pay/PayPalConfig.java", _s,
     "developer.paypal.com/api/rest/authentication (client id and secret); PayPal Java SDK", '''
    package com.cedarrun.pay;

    import com.paypal.core.PayPalEnvironment;
    import com.paypal.core.PayPalHttpClient;
    import org.springframework.context.annotation.Bean;
    import org.springframework.context.annotation.Configuration;

    @Configuration
    public class PayPalConfig {

        private static final String CLIENT_ID = "A<<cid>>";
        private static final String CLIENT_SECRET = "<<s>>";

        @Bean
        public PayPalHttpClient payPalClient() {
            PayPalEnvironment env = new PayPalEnvironment.Live(CLIENT_ID, CLIENT_SECRET);
            return new PayPalHttpClient(env);
        }
    }
''', s=_s, cid=chars(79, URLSAFE))

_s = chars(16)
case("csharp", "authorize-net-transaction-key", "src/Checkout/AuthorizeNetGateway.cs", _s,
     "developer.authorize.net/api/reference (merchantAuthenticationType name / transactionKey)", '''
    using AuthorizeNet.Api.Contracts.V1;
    using AuthorizeNet.Api.Controllers.Bases;

    namespace MapleHollow.Checkout
    {
        public static class AuthorizeNetGateway
        {
            public static void Configure()
            {
                ApiOperationBase<ANetApiRequest, ANetApiResponse>.RunEnvironment =
                    AuthorizeNet.Environment.PRODUCTION;
                ApiOperationBase<ANetApiRequest, ANetApiResponse>.MerchantAuthentication =
                    new merchantAuthenticationType
                    {
                        name = "<<login>>",
                        ItemElementName = ItemChoiceType.transactionKey,
                        Item = "<<s>>",
                    };
            }
        }
    }
''', s=_s, login=chars(10))

_s = hexs(32)
case("ruby", "braintree-private-key", "config/initializers/braintree.rb", _s,
     "developer.paypal.com/braintree/docs/start/hello-server/ruby (Braintree::Gateway private_key)", '''
    # Card payments for the landscape design deposits
    BRAINTREE_GATEWAY = Braintree::Gateway.new(
      environment: :production,
      merchant_id: "<<mid>>",
      public_key: "<<pub>>",
      private_key: "<<s>>",
    )

    Rails.application.config.x.deposit_percent = 30
''', s=_s, mid=chars(16, LOWER_ALNUM), pub=chars(16, LOWER_ALNUM))

_s = chars(20)
case("dotenv", "moneris-api-token", "moneris/.env", _s,
     "developer.moneris.com (store_id and api_token)", '''
    # Moneris Gateway - Maple Hollow Garden Centre (Guelph)
    MONERIS_ENV=prod
    MONERIS_STORE_ID=monca04471
    MONERIS_API_TOKEN=<<s>>
    MONERIS_CRYPT_TYPE=7
    MONERIS_STATUS_CHECK=false
''', s=_s)

_s = square_token()
case("shell-history", "square-access-token", "ops/notes/till-debug.bash_history", _s,
     "developer.squareup.com/reference/square/locations-api (curl with Bearer token)", '''
    cd ~/till-bridge
    git pull
    systemctl status till-bridge
    journalctl -u till-bridge --since "1 hour ago" | tail -50
    curl https://connect.squareup.com/v2/locations -H 'Square-Version: 2024-10-17' -H 'Authorization: Bearer <<s>>'
    curl https://connect.squareup.com/v2/inventory/counts/batch-retrieve -X POST -H 'Authorization: Bearer <<s>>' -d '{"location_ids":["LQ8Y2F1XW0RTS"]}'
    sudo systemctl restart till-bridge
    exit
''', s=_s)

_s = stripe("rk_live_")
case("shell-history", "stripe-restricted-key", "ops/history/web01.zsh_history", _s,
     "docs.stripe.com/keys#limit-access (restricted keys rk_live_)", '''
    : 1718201142:0;cd /srv/plantshop
    : 1718201150:0;git log --oneline -5
    : 1718201188:0;heroku config -a willowbank-shop
    : 1718201240:0;heroku config:set STRIPE_SECRET_KEY=<<s>> -a willowbank-shop
    : 1718201301:0;heroku ps:restart web -a willowbank-shop
    : 1718201355:0;heroku logs --tail -a willowbank-shop
''', s=_s)

# =============================================================================================
# Marketing, messaging, bookings and field-service vendors
# =============================================================================================
_s = hexs(32) + "-us14"
case("python", "mailchimp-api-key", "marketing/spring_bulb_campaign.py", _s,
     "mailchimp.com/developer/marketing/guides/quick-start (mailchimp_marketing set_config)", '''
    import mailchimp_marketing as MailchimpMarketing
    from mailchimp_marketing.api_client import ApiClientError

    client = MailchimpMarketing.Client()
    client.set_config({
        "api_key": "<<s>>",
        "server": "us14",
    })

    AUDIENCE = "a41c0e7d2b"

    def tag_bulb_buyers(emails):
        for email in emails:
            try:
                client.lists.update_list_member_tags(
                    AUDIENCE, hashed(email), {"tags": [{"name": "spring-bulbs-2025", "status": "active"}]})
            except ApiClientError as err:
                print("skip", email, err.text)

    def hashed(email):
        import hashlib
        return hashlib.md5(email.lower().encode()).hexdigest()
''', s=_s)

_s = "pk_" + hexs(34)
case("github-actions", "klaviyo-private-key", ".github/workflows/klaviyo-catalog.yml", _s,
     "developers.klaviyo.com/en/docs/authenticate_ (private API keys pk_)", '''
    name: Sync catalog to Klaviyo
    on:
      schedule:
        - cron: "30 5 * * *"
      workflow_dispatch:

    jobs:
      sync:
        runs-on: ubuntu-latest
        env:
          KLAVIYO_PRIVATE_KEY: <<s>>
          FEED_URL: https://www.copperbeechnurseries.com/feeds/catalog.json
        steps:
          - uses: actions/checkout@v4
          - uses: actions/setup-python@v5
            with:
              python-version: "3.12"
          - run: pip install -r tools/klaviyo/requirements.txt
          - run: python tools/klaviyo/sync_catalog.py --feed "$FEED_URL"
''', s=_s)

_s = sendgrid()
case("js", "sendgrid-api-key", "functions/order-confirmation.js", _s,
     "docs.sendgrid.com/for-developers/sending-email/api-getting-started (@sendgrid/mail setApiKey)", '''
    const sgMail = require('@sendgrid/mail');
    sgMail.setApiKey('<<s>>');

    exports.handler = async (event) => {
      const order = JSON.parse(event.body);
      const lines = order.items.map((i) => `${i.qty} x ${i.name} (${i.size})`).join('\\n');
      await sgMail.send({
        to: order.email,
        from: { email: 'orders@willowbankplants.co.uk', name: 'Willowbank Plants' },
        subject: `Order ${order.number} confirmed - delivery week ${order.deliveryWeek}`,
        text: `Thanks for your order!\\n\\n${lines}\\n\\nWe will text you the day before delivery.`,
      });
      return { statusCode: 202, body: '' };
    };
''', s=_s)

_s = hexs(32)
case("php", "twilio-auth-token", "app/Notifications/DeliverySms.php", _s,
     "twilio.com/docs/libraries/php (Client($sid, $token))", '''
    <?php

    namespace App\\Notifications;

    use Twilio\\Rest\\Client;

    class DeliverySms
    {
        private const SID = '<<sid>>';
        private const TOKEN = '<<s>>';
        private const FROM = '+447700900418';

        public static function send(string $to, string $orderRef, string $window): void
        {
            $client = new Client(self::SID, self::TOKEN);
            $client->messages->create($to, [
                'from' => self::FROM,
                'body' => "Ridgeway Stone & Soil: your delivery {$orderRef} is booked for {$window}. "
                        . "Please make sure the drive is clear for the grab lorry.",
            ]);
        }
    }
''', s=_s, sid=twilio_sid())

_s = "key-" + hexs(32)
case("dotenv", "mailgun-api-key", "newsletter/.env", _s,
     "documentation.mailgun.com/docs/mailgun/api-reference/authentication (api:key-...)", '''
    FLASK_APP=newsletter
    MAILGUN_DOMAIN=mg.fernleighlandscape.co.uk
    MAILGUN_API_KEY=<<s>>
    MAILGUN_REGION=eu
    NEWSLETTER_FROM="Fernleigh Landscape Supply <news@fernleighlandscape.co.uk>"
    UNSUBSCRIBE_BASE=https://fernleighlandscape.co.uk/unsubscribe
''', s=_s)

_s = uuid4()
case("ruby", "postmark-server-token", "config/environments/production.rb", _s,
     "postmarkapp.com/developer/user-guide/send-email-with-rails (postmark_settings api_token)", '''
    require "active_support/core_ext/integer/time"

    Rails.application.configure do
      config.cache_classes = true
      config.eager_load = true
      config.consider_all_requests_local = false
      config.public_file_server.enabled = ENV["RAILS_SERVE_STATIC_FILES"].present?
      config.active_storage.service = :amazon
      config.force_ssl = true
      config.log_level = :info
      config.action_mailer.delivery_method = :postmark
      config.action_mailer.postmark_settings = { api_token: "<<s>>" }
      config.action_mailer.default_url_options = { host: "quotes.hollowoaktreefarm.com" }
      config.i18n.fallbacks = true
      config.active_support.report_deprecations = false
    end
''', s=_s)

_s = chars(16, string.ascii_lowercase)
case("msmtprc", "smtp-app-password", "ops/cron/msmtprc", _s,
     "marlam.de/msmtp/msmtp.html (account, password); support.google.com/accounts/answer/185833 (app passwords)", '''
    # msmtp for the nightly stock report cron on the office NUC
    defaults
    auth           on
    tls            on
    tls_trust_file /etc/ssl/certs/ca-certificates.crt
    logfile        ~/.msmtp.log

    account        office
    host           smtp.gmail.com
    port           587
    from           office@cedarrungrowers.com
    user           office@cedarrungrowers.com
    password       <<s>>

    account default : office
''', s=_s)

_s = "xoxb-" + digits(12) + "-" + digits(13) + "-" + chars(24)
case("python", "slack-bot-token", "bots/stock_alerts.py", _s,
     "api.slack.com/authentication/token-types#bot (xoxb-); slack_sdk WebClient", '''
    """Posts low-stock alerts for best sellers to #yard-team."""
    from slack_sdk import WebClient

    slack = WebClient(token="<<s>>")
    CHANNEL = "C05NURSERY1"
    THRESHOLD = {"Buxus sempervirens 2L": 40, "Lavandula Hidcote 9cm": 120, "Acer Bloodgood 10L": 6}


    def alert(levels):
        low = [f"- {name}: {qty} left (min {THRESHOLD[name]})" for name, qty in levels.items()
               if name in THRESHOLD and qty < THRESHOLD[name]]
        if low:
            slack.chat_postMessage(channel=CHANNEL, text="Low stock:\\n" + "\\n".join(low))
        return len(low)
''', s=_s)

_hook = ("https://cedarrun.webhook.office.com/webhookb2/" + uuid4() + "@" + uuid4() + "/IncomingWebhook/"
         + hexs(32) + "/" + uuid4())
case("json", "teams-webhook", "automation/n8n/frost-warning.json", _hook,
     "learn.microsoft.com/microsoftteams/platform/webhooks-and-connectors/how-to/add-incoming-webhook", '''
    {
      "name": "Frost warning to Teams",
      "nodes": [
        {
          "parameters": { "rule": { "interval": [ { "field": "hours", "hoursInterval": 1 } ] } },
          "name": "Every hour",
          "type": "n8n-nodes-base.scheduleTrigger",
          "position": [ 240, 300 ]
        },
        {
          "parameters": {
            "method": "POST",
            "url": "<<hook>>",
            "sendBody": true,
            "jsonBody": "={\\"text\\": \\"Frost forecast {{$json.min_temp}} C tonight - fleece the tender stock in tunnel 3\\"}"
          },
          "name": "Post to Teams",
          "type": "n8n-nodes-base.httpRequest",
          "position": [ 460, 300 ]
        }
      ],
      "connections": { "Every hour": { "main": [ [ { "node": "Post to Teams", "type": "main", "index": 0 } ] ] } }
    }
''', hook=_hook)

_hook = "https://discord.com/api/webhooks/" + digits(19) + "/" + chars(68, URLSAFE)
case("yaml", "discord-webhook", "greenhouse/alerts.yaml", _hook,
     "discord.com/developers/docs/resources/webhook#execute-webhook", '''
    # Alert routing for the propagation house controller
    thresholds:
      air_temp_c: {min: 4, max: 32}
      humidity_pct: {min: 55, max: 95}
      substrate_moisture_pct: {min: 30}
    notify:
      discord:
        url: <<hook>>
        username: prop-house
        mention_role: "@growers"
      quiet_hours: "22:00-06:00"
''', hook=_hook)

_s = fakes.telegram_token(_seed())
case("python", "telegram-bot-token", "greenhouse/frost_bot.py", _s,
     "core.telegram.org/bots/api#authorizing-your-bot", '''
    import time

    import requests

    BOT_TOKEN = "<<s>>"
    CHAT_ID = -1001938475521
    SENSOR_URL = "http://10.20.0.31/api/temperature"


    def send(text: str) -> None:
        requests.post(f"https://api.telegram.org/bot{BOT_TOKEN}/sendMessage",
                      data={"chat_id": CHAT_ID, "text": text}, timeout=10)


    while True:
        temp = requests.get(SENSOR_URL, timeout=5).json()["celsius"]
        if temp < 2.0:
            send(f"Frost risk: glasshouse 2 at {temp:.1f} C - check the heaters")
            time.sleep(1800)
        time.sleep(120)
''', s=_s)

_s = "a" + chars(29, LOWER_ALNUM)
case("ini", "pushover-token", "monitoring/pushover.conf", _s,
     "pushover.net/api (application token, user key)", '''
    ; pushover notifications from the boiler and irrigation pump monitor
    [pushover]
    app_token = <<s>>
    user_key  = u<<user>>
    priority  = 1
    sound     = siren

    [checks]
    boiler_flow_temp_min = 45
    pump_pressure_bar_min = 2.2
''', s=_s, user=chars(29, LOWER_ALNUM))

_s = "pat-eu1-" + uuid4()
case("js", "hubspot-private-app-token", "crm/hubspot-sync-quotes.js", _s,
     "developers.hubspot.com/docs/api/private-apps (pat- tokens, @hubspot/api-client)", '''
    const hubspot = require('@hubspot/api-client');
    const quotes = require('./quotes-export.json');

    const client = new hubspot.Client({ accessToken: '<<s>>' });

    async function main() {
      for (const q of quotes) {
        await client.crm.deals.basicApi.create({
          properties: {
            dealname: `${q.customer} - ${q.project}`,
            amount: String(q.total),
            pipeline: 'default',
            dealstage: 'qualifiedtobuy',
            landscape_type: q.type,
          },
        });
      }
      console.log(`${quotes.length} quotes pushed`);
    }

    main().catch((e) => { console.error(e); process.exit(1); });
''', s=_s)

_s = "EAAG" + chars(180)
case("python", "meta-access-token", "marketing/capi_offline_sales.py", _s,
     "developers.facebook.com/docs/marketing-api/conversions-api/get-started (system user access token)", '''
    """Send till sales to Meta as offline conversions (hashed emails only)."""
    import hashlib
    import time

    import requests

    PIXEL_ID = "381920457763201"
    ACCESS_TOKEN = "<<s>>"

    def sha(v):
        return hashlib.sha256(v.strip().lower().encode()).hexdigest()

    def send(sales):
        data = [{"event_name": "Purchase", "event_time": int(time.time()), "action_source": "physical_store",
                 "user_data": {"em": [sha(s["email"])]},
                 "custom_data": {"currency": "GBP", "value": s["total"]}} for s in sales if s.get("email")]
        r = requests.post(f"https://graph.facebook.com/v19.0/{PIXEL_ID}/events",
                          json={"data": data, "access_token": ACCESS_TOKEN}, timeout=30)
        r.raise_for_status()
        return r.json()
''', s=_s)

_s = "GOCSPX-" + chars(28, URLSAFE)
case("yaml", "google-oauth-client-secret", "staff-portal/config/auth.yaml", _s,
     "developers.google.com/identity/protocols/oauth2/web-server (client_secret GOCSPX-)", '''
    auth:
      provider: google
      client_id: 804127733915-<<cid>>.apps.googleusercontent.com
      client_secret: <<s>>
      hosted_domain: copperbeechnurseries.com
      redirect_url: https://staff.copperbeechnurseries.com/auth/callback
    session:
      cookie_name: cb_staff
      max_age_hours: 12
''', s=_s, cid=chars(32, LOWER_ALNUM))

_s = hexs(32)
case("js", "acuity-api-key", "site/api/design-consult-slots.js", _s,
     "developers.acuityscheduling.com/reference/quick-start (Basic auth user id and API key)", '''
    // Serverless function: free slots for the garden design consultations
    const USER_ID = '21480377';
    const API_KEY = '<<s>>';

    export default async function handler(req, res) {
      const month = req.query.month;
      const auth = Buffer.from(`${USER_ID}:${API_KEY}`).toString('base64');
      const r = await fetch(
        `https://acuityscheduling.com/api/v1/availability/dates?month=${month}&appointmentTypeID=48211096`,
        { headers: { Authorization: `Basic ${auth}` } },
      );
      res.status(r.status).json(await r.json());
    }
''', s=_s)

_s = jwt({"kid": "1ce1e136", "typ": "PAT", "alg": "ES512"},
         {"iss": "https://auth.calendly.com", "iat": 1717400000, "jti": uuid4(), "user_uuid": uuid4()}, 88)
case("python", "calendly-token", "bookings/calendly_to_sheet.py", _s,
     "developer.calendly.com/how-to-authenticate-with-personal-access-tokens", '''
    import requests

    TOKEN = "<<s>>"
    ORG = "https://api.calendly.com/organizations/EBHAAFHDCAEQTSEZ"

    def upcoming():
        r = requests.get("https://api.calendly.com/scheduled_events",
                         headers={"Authorization": f"Bearer {TOKEN}"},
                         params={"organization": ORG, "status": "active", "count": 100}, timeout=20)
        r.raise_for_status()
        return r.json()["collection"]

    for ev in upcoming():
        print(ev["start_time"], ev["name"])
''', s=_s)

_s = hexs(64)
case("ruby", "jobber-client-secret", "config/initializers/jobber.rb", _s,
     "developer.getjobber.com/docs/building_your_app/app_authorization (OAuth client id and secret)", '''
    # Jobber GraphQL API - landscaping crews' visits and invoices
    Rails.application.config.jobber = ActiveSupport::OrderedOptions.new.tap do |j|
      j.client_id = "<<cid>>"
      j.client_secret = "<<s>>"
      j.redirect_uri = "https://crews.fernleighlandscape.co.uk/jobber/callback"
      j.api_url = "https://api.getjobber.com/api/graphql"
      j.api_version = "2024-06-10"
    end
''', s=_s, cid=uuid4())

_s = chars(32)
case("powershell", "aspire-api-secret", "scripts/Export-AspireTimesheets.ps1", _s,
     "cloud-api.youraspire.com (Authorization: ClientId and Secret, bearer token)", '''
    # Pulls last week's crew timesheets from Aspire into the payroll share
    $ErrorActionPreference = 'Stop'
    $body = @{
        ClientId = 'fernleigh-payroll'
        Secret   = '<<s>>'
    } | ConvertTo-Json

    $auth = Invoke-RestMethod -Method Post -Uri 'https://cloud-api.youraspire.com/Authorization' `
        -ContentType 'application/json' -Body $body
    $headers = @{ Authorization = "Bearer $($auth.Token)" }

    $from = (Get-Date).AddDays(-7).ToString('yyyy-MM-dd')
    $rows = Invoke-RestMethod -Uri "https://cloud-api.youraspire.com/WorkTickets?`$filter=ScheduledDate ge $from" -Headers $headers
    $rows | Export-Csv -NoTypeInformation -Path "\\\\nas01\\payroll\\aspire-$from.csv"
    Write-Host "$($rows.Count) work tickets exported"
''', s=_s)

_s = "2/" + digits(16) + "/" + digits(16) + ":" + hexs(32)
case("python", "asana-pat", "projects/asana_install_tasks.py", _s,
     "developers.asana.com/docs/personal-access-token", '''
    import asana

    configuration = asana.Configuration()
    configuration.access_token = "<<s>>"
    api = asana.TasksApi(asana.ApiClient(configuration))

    PROJECT = "1206634417290155"
    STEPS = ["Site survey", "Soil test", "Order trees", "Book grab lorry", "Plant + stake", "Aftercare visit"]

    def create_install(job_name):
        for step in STEPS:
            api.create_task({"data": {"name": f"{job_name}: {step}", "projects": [PROJECT]}}, {})
''', s=_s)

_s = "ATTA" + hexs(64) + chars(8, HEXU)
case("yaml", "trello-token", "automation/trello-board.yml", _s,
     "developer.atlassian.com/cloud/trello/guides/rest-api/authorization (key and token)", '''
    trello:
      key: <<key>>
      token: <<s>>
      board: "Planting jobs 2025"
      lists:
        quoted: 64f1c0a9e2b7d43a1c0f9e55
        booked: 64f1c0a9e2b7d43a1c0f9e56
        done: 64f1c0a9e2b7d43a1c0f9e57
    labels:
      hedging: green
      specimen_trees: orange
''', s=_s, key=hexs(32))

_s = "secret_" + chars(43)
case("js", "notion-token", "site/scripts/build-care-guides.mjs", _s,
     "developers.notion.com/docs/authorization#internal-integration-auth-flow-set-up", '''
    import { Client } from '@notionhq/client';
    import { writeFile } from 'node:fs/promises';

    const notion = new Client({ auth: '<<s>>' });
    const DB = '9c1a7e20f5b44f3cb8d2a1e0c7f6a9b3';

    const pages = await notion.databases.query({
      database_id: DB,
      filter: { property: 'Published', checkbox: { equals: true } },
    });
    const guides = pages.results.map((p) => ({
      slug: p.properties.Slug.rich_text[0]?.plain_text,
      title: p.properties.Name.title[0]?.plain_text,
    }));
    await writeFile('src/data/care-guides.json', JSON.stringify(guides, null, 2));
    console.log(`${guides.length} care guides`);
''', s=_s)

_s = chars(40)
case("php", "zendesk-api-token", "support/zendesk_tickets.php", _s,
     "developer.zendesk.com/api-reference/introduction/security-and-auth (email/token:api_token)", '''
    <?php
    // Opens a Zendesk ticket when a plant guarantee claim form is submitted
    $subdomain = 'maplehollowgc';
    $user = 'support@maplehollowgardencenter.com/token';
    $token = '<<s>>';

    $payload = json_encode(['ticket' => [
        'subject' => 'Plant guarantee claim: ' . $_POST['order_ref'],
        'comment' => ['body' => $_POST['details']],
        'tags' => ['guarantee', 'plants'],
    ]]);
    $ch = curl_init("https://{$subdomain}.zendesk.com/api/v2/tickets.json");
    curl_setopt($ch, CURLOPT_USERPWD, "{$user}:{$token}");
    curl_setopt($ch, CURLOPT_HTTPHEADER, ['Content-Type: application/json']);
    curl_setopt($ch, CURLOPT_POSTFIELDS, $payload);
    curl_setopt($ch, CURLOPT_RETURNTRANSFER, true);
    $resp = curl_exec($ch);
    http_response_code(curl_getinfo($ch, CURLINFO_HTTP_CODE) === 201 ? 303 : 500);
''', s=_s)

_secret = hexs(15)
case("python", "erpnext-api-secret", "erp/push_deliveries.py", _secret,
     "frappeframework.com/docs/user/en/api/rest#token-based-authentication (token api_key:api_secret)", '''
    import requests

    ERP = "https://erp.ridgewaystone.co.uk"
    HEADERS = {
        "Authorization": "token <<key>>:<<s>>",
        "Accept": "application/json",
    }

    def create_delivery_note(order):
        doc = {"doctype": "Delivery Note", "customer": order["customer"],
               "items": [{"item_code": i["sku"], "qty": i["qty"]} for i in order["items"]]}
        r = requests.post(f"{ERP}/api/resource/Delivery Note", json=doc, headers=HEADERS, timeout=30)
        r.raise_for_status()
        return r.json()["data"]["name"]
''', s=_secret, key=hexs(15))

# =============================================================================================
# Delivery scheduling, fleet and shipping
# =============================================================================================
_s = hexs(32)
case("python", "onfleet-api-key", "delivery/onfleet_tasks.py", _s,
     "docs.onfleet.com/reference/authentication (API key as Basic username); pyonfleet", '''
    from onfleet import Onfleet

    api = Onfleet(api_key="<<s>>")

    HUB = "hQ3~wUjD9BpV4*d0eE7wKq1r"  # Main yard hub id

    def book(order):
        return api.tasks.create(body={
            "destination": {"address": {"unparsed": order["address"]}},
            "recipients": [{"name": order["name"], "phone": order["phone"]}],
            "notes": f"{order['pallets']} pallet(s) - tail lift needed: {order['tail_lift']}",
            "completeAfter": order["window_start"],
            "completeBefore": order["window_end"],
            "pickupTask": False,
        })
''', s=_s)

_s = jwt({"alg": "HS256", "typ": "JWT"}, {"_id": hexs(24), "iat": 1709251200})
case("js", "routific-token", "delivery/routific-plan.js", _s,
     "docs.routific.com/reference/authentication (Authorization: bearer <token>)", '''
    const axios = require('axios');
    const orders = require('./tomorrow.json');

    const ROUTIFIC_TOKEN = '<<s>>';

    async function plan() {
      const visits = Object.fromEntries(orders.map((o) => [o.ref, {
        location: { name: o.name, lat: o.lat, lng: o.lng },
        start: o.windowStart, end: o.windowEnd, duration: o.pallets * 10, load: o.pallets,
      }]));
      const fleet = {
        flatbed: { start_location: { id: 'yard', lat: 51.7321, lng: -1.2113 }, shift_start: '07:00', shift_end: '16:00', capacity: 8 },
        transit: { start_location: { id: 'yard', lat: 51.7321, lng: -1.2113 }, shift_start: '08:00', shift_end: '17:00', capacity: 3 },
      };
      const { data } = await axios.post('https://api.routific.com/v1/vrp', { visits, fleet }, {
        headers: { Authorization: `bearer ${ROUTIFIC_TOKEN}` },
      });
      return data.solution;
    }

    plan().then((s) => console.log(JSON.stringify(s, null, 2)));
''', s=_s)

_s = "samsara_api_" + chars(30)
case("go", "samsara-token", "cmd/fleetpos/main.go", _s,
     "developers.samsara.com/docs/authentication (API tokens samsara_api_)", '''
    package main

    import (
    	"encoding/json"
    	"fmt"
    	"net/http"
    	"os"
    )

    const samsaraToken = "<<s>>"

    func main() {
    	req, _ := http.NewRequest("GET", "https://api.samsara.com/fleet/vehicles/locations", nil)
    	req.Header.Set("Authorization", "Bearer "+samsaraToken)
    	resp, err := http.DefaultClient.Do(req)
    	if err != nil {
    		fmt.Fprintln(os.Stderr, err)
    		os.Exit(1)
    	}
    	defer resp.Body.Close()
    	var out map[string]any
    	json.NewDecoder(resp.Body).Decode(&out)
    	enc := json.NewEncoder(os.Stdout)
    	enc.SetIndent("", "  ")
    	enc.Encode(out["data"])
    }
''', s=_s)

_s = chars(40)
case("k8s", "optimoroute-key", "k8s/delivery-planner/configmap.yaml", _s,
     "optimoroute.com/api (key query parameter)", '''
    apiVersion: v1
    kind: ConfigMap
    metadata:
      name: delivery-planner
      namespace: logistics
    data:
      OPTIMOROUTE_URL: https://api.optimoroute.com/v1
      OPTIMOROUTE_KEY: "<<s>>"
      DEPOT_ADDRESS: "Unit 4, Cedar Run Business Park, Evesham WR11 4TS"
      PLANNING_CUTOFF: "15:30"
      MAX_PALLETS_PER_VAN: "3"
''', s=_s)

_s = mapbox_token("sk", "cedarrun-logistics")
case("netrc", "mapbox-secret-token", "driver-app-ios/.netrc", _s,
     "docs.mapbox.com/ios/maps/guides/install (.netrc with a secret token for SDK downloads)", '''
    # Needed by Swift Package Manager to fetch the Mapbox Navigation SDK
    machine api.mapbox.com
    login mapbox
    password <<s>>

    machine github.com
    login cedarrun-ci
''', s=_s)

_s = google_key()
case("r", "google-api-key", "analysis/delivery_zones.R", _s,
     "developers.google.com/maps/documentation/distance-matrix/get-api-key; googleway set_key", '''
    # Delivery charge bands: drive time from the yard to every postcode district we served in 2024
    library(googleway)
    library(dplyr)
    library(readr)

    set_key(key = "<<s>>")

    yard <- c(52.0921, -1.9478)
    districts <- read_csv("data/order_districts_2024.csv")

    times <- lapply(districts$centroid, function(dest) {
      res <- google_distance(origins = list(yard), destinations = dest, mode = "driving")
      res$rows$elements[[1]]$duration$value / 60
    })

    districts <- districts %>%
      mutate(minutes = unlist(times),
             band = cut(minutes, c(0, 20, 40, 60, Inf), labels = c("A", "B", "C", "Quote")))
    write_csv(districts, "out/delivery_bands.csv")
''', s=_s)

_s = chars(43, URLSAFE)
case("ts", "here-api-key", "services/eta/src/here.ts", _s,
     "developer.here.com/documentation/identity-access-management/dev_guide/topics/dev-apikey.html (apiKey)", '''
    import fetch from 'node-fetch';

    const HERE_API_KEY = '<<s>>';

    export async function etaMinutes(from: [number, number], to: [number, number]): Promise<number> {
      const url = new URL('https://router.hereapi.com/v8/routes');
      url.searchParams.set('transportMode', 'truck');
      url.searchParams.set('origin', from.join(','));
      url.searchParams.set('destination', to.join(','));
      url.searchParams.set('return', 'summary');
      url.searchParams.set('apiKey', HERE_API_KEY);
      const res = await fetch(url.toString());
      const body: any = await res.json();
      return Math.round(body.routes[0].sections[0].summary.duration / 60);
    }
''', s=_s)

_s = "EZAK" + hexs(54)
case("shell", "easypost-api-key", "mailorder/make-labels.sh", _s,
     "docs.easypost.com/docs/authentication (API key as HTTP Basic username)", '''
    #!/usr/bin/env bash
    # Seed and bulb mail orders: buy Royal Mail labels through EasyPost
    set -euo pipefail

    while IFS=, read -r ref name street city postcode weight; do
      curl -s https://api.easypost.com/v2/shipments \\
        -u "<<s>>:" \\
        -d "shipment[to_address][name]=$name" \\
        -d "shipment[to_address][street1]=$street" \\
        -d "shipment[to_address][city]=$city" \\
        -d "shipment[to_address][zip]=$postcode" \\
        -d "shipment[to_address][country]=GB" \\
        -d "shipment[from_address][id]=adr_8c2f0d61a6b3" \\
        -d "shipment[parcel][weight]=$weight" \\
        -o "labels/$ref.json"
    done < orders/today.csv
''', s=_s)

_s = "shippo_live_" + hexs(40)
case("python", "shippo-token", "mailorder/shippo_rates.py", _s,
     "docs.goshippo.com/docs/guides_general/authentication (ShippoToken shippo_live_)", '''
    import shippo
    from shippo.models import components

    sdk = shippo.Shippo(api_key_header="<<s>>")

    def cheapest_rate(address, weight_kg):
        shipment = sdk.shipments.create(components.ShipmentCreateRequest(
            address_from=components.AddressCreateRequest(name="Willowbank Plants", street1="2 Mill Lane",
                                                         city="Ledbury", zip="HR8 1AA", country="GB"),
            address_to=components.AddressCreateRequest(**address),
            parcels=[components.ParcelCreateRequest(length="40", width="20", height="60", distance_unit="cm",
                                                    weight=str(weight_kg), mass_unit="kg")],
        ))
        return min(shipment.rates, key=lambda r: float(r.amount))
''', s=_s)

_s = "AAAA" + chars(7, URLSAFE) + ":APA91b" + chars(134, URLSAFE)
case("kotlin", "fcm-server-key", "driver-app/app/src/main/java/com/ridgeway/driver/push/DispatchNotifier.kt", _s,
     "firebase.google.com/docs/cloud-messaging/http-server-ref (legacy server key, Authorization: key=)", '''
    package com.ridgeway.driver.push

    import okhttp3.MediaType.Companion.toMediaType
    import okhttp3.OkHttpClient
    import okhttp3.Request
    import okhttp3.RequestBody.Companion.toRequestBody

    object DispatchNotifier {
        private const val SERVER_KEY =
            "<<s>>"
        private val client = OkHttpClient()

        fun notifyDriver(deviceToken: String, jobRef: String) {
            val json = """{"to":"$deviceToken","notification":{"title":"New drop","body":"Job $jobRef added to your run"}}"""
            val request = Request.Builder()
                .url("https://fcm.googleapis.com/fcm/send")
                .addHeader("Authorization", "key=$SERVER_KEY")
                .post(json.toRequestBody("application/json".toMediaType()))
                .build()
            client.newCall(request).execute().close()
        }
    }
''', s=_s)

_s = hexs(40)
case("compose", "detrack-api-key", "deploy/pod-sync/docker-compose.yml", _s,
     "detrack.com/api-documentation (X-API-KEY header)", '''
    services:
      pod-sync:
        image: ghcr.io/fernleigh/pod-sync:1.8.2
        restart: unless-stopped
        environment:
          DETRACK_API_KEY: <<s>>
          DETRACK_URL: https://app.detrack.com/api/v2
          POD_ARCHIVE: /data/pods
          TZ: Europe/London
        volumes:
          - pods:/data/pods
    volumes:
      pods: {}
''', s=_s)

# =============================================================================================
# Irrigation controllers
# =============================================================================================
_s = uuid4()
case("yaml", "rachio-api-key", "homeassistant/configuration.yaml", _s,
     "home-assistant.io/integrations/rachio (api_key); rachio.readme.io (Bearer API key)", '''
    homeassistant:
      name: Display Gardens
      unit_system: metric
      time_zone: Europe/London

    default_config:

    rachio:
      api_key: <<s>>
      manual_run_mins: 12

    sensor:
      - platform: template
        sensors:
          rose_garden_last_watered:
            value_template: "{{ states('sensor.rose_garden_last_run') }}"

    automation: !include automations.yaml
    script: !include scripts.yaml
''', s=_s)

_s = "-".join(chars(4, HEXU) for _ in range(4))
case("yaml", "hydrawise-api-key", "homeassistant/secrets.yaml", _s,
     "home-assistant.io/integrations/hydrawise (API key from the Hydrawise account settings)", '''
    # secrets.yaml - shop display garden HA instance
    latitude_home: 51.4937
    longitude_home: -0.7541
    elevation_home: 38
    hydrawise_api_key: <<s>>
    frost_threshold_c: 2
    shop_opening_time: "09:00"
''', s=_s)

_pw = word_pw()
case("python", "password", "irrigation/rainbird_seasonal_adjust.py", _pw,
     "github.com/allenporter/pyrainbird (AsyncRainbirdController host, password)", '''
    """Set the Rain Bird ESP-TM2 seasonal adjust from the week's ET figure."""
    import asyncio

    import aiohttp
    from pyrainbird import async_client

    HOST = "10.20.0.61"
    PASSWORD = "<<pw>>"


    async def main(percent: int) -> None:
        async with aiohttp.ClientSession() as session:
            controller = async_client.create_controller(session, HOST, PASSWORD)
            await controller.set_rain_delay(0)
            info = await controller.get_model_and_version()
            print(info)


    if __name__ == "__main__":
        asyncio.run(main(80))
''', pw=_pw)

_opw = word_pw()
_s = hashlib.md5(_opw.encode()).hexdigest()
case("shell", "opensprinkler-password-hash", "irrigation/bed-c-soak.sh", _s,
     "openthings.freshdesk.com OpenSprinkler firmware API (pw= MD5 of the device password)", '''
    #!/bin/sh
    # Soak container bed C (stations 3-5) for 15 minutes each after potting up.
    OS=http://10.20.0.45
    PW=<<s>>
    for sid in 3 4 5; do
      curl -s "$OS/cm?pw=$PW&sid=$sid&en=1&t=900"
      sleep 2
    done
    curl -s "$OS/jc?pw=$PW" | python3 -m json.tool | grep -E '"(sbits|ps)"'
''', s=_s)

_pw = word_pw()
case("json", "password", "irrigation/weathermatic/smartlink.json", _pw,
     "weathermatic.com SmartLink network (site login); vendor configuration export", '''
    {
      "site": "Hollow Oak Tree Farm - Field 4 drip",
      "smartlink": {
        "url": "https://smartlink.weathermatic.com",
        "username": "irrigation@hollowoaktreefarm.com",
        "password": "<<pw>>",
        "controller_ids": [ 30417, 30418 ]
      },
      "flow_alarm_gpm": 42,
      "mainline_zone": 1
    }
''', pw=_pw)

_pw = gen_pw(14)
case("python", "password", "irrigation/rainmachine_restrict.py", _pw,
     "github.com/bachya/regenmaschine (client.load_local(host, password))", '''
    import asyncio

    from aiohttp import ClientSession
    from regenmaschine import Client


    async def main():
        async with ClientSession() as session:
            client = Client(session=session)
            await client.load_local("192.168.50.21", "<<pw>>", port=8080, use_ssl=True)
            controller = next(iter(client.controllers.values()))
            # hosepipe ban: no overhead irrigation between 10:00 and 18:00
            await controller.restrictions.set_universal({"hotDaysExtraWatering": False,
                                                          "freezeProtectEnabled": True})
            print(await controller.restrictions.universal())


    asyncio.run(main())
''', pw=_pw)

_s = b64_key(32)
case("esphome", "esphome-api-key", "esphome/tunnel3-irrigation.yaml", _s,
     "esphome.io/components/api.html (encryption key, 32-byte base64) and sprinkler component", '''
    esphome:
      name: tunnel3-irrigation
      friendly_name: Tunnel 3 irrigation

    esp32:
      board: esp32dev

    wifi:
      ssid: !secret wifi_ssid
      password: !secret wifi_password

    api:
      encryption:
        key: "<<s>>"

    ota:
      - platform: esphome
        password: !secret ota_password

    switch:
      - platform: gpio
        id: valve_bench_a
        pin: GPIO25
        name: Bench A valve
      - platform: gpio
        id: valve_bench_b
        pin: GPIO26
        name: Bench B valve

    sprinkler:
      - id: tunnel3
        main_switch: Tunnel 3 cycle
        valves:
          - valve_switch: Bench A
            run_duration: 300s
            valve_switch_id: valve_bench_a
          - valve_switch: Bench B
            run_duration: 300s
            valve_switch_id: valve_bench_b
''', s=_s)

_pw = word_pw()
case("esphome", "wifi-password", "esphome/glasshouse-vents.yaml", _pw,
     "esphome.io/components/wifi.html (ssid, password)", '''
    esphome:
      name: glasshouse-vents

    esp8266:
      board: d1_mini

    wifi:
      ssid: "NurseryYard-IoT"
      password: "<<pw>>"
      ap:
        ssid: "Vents Fallback"

    logger:
    api:

    sensor:
      - platform: dht
        pin: D4
        temperature:
          name: "Glasshouse temperature"
        humidity:
          name: "Glasshouse humidity"
        update_interval: 60s

    cover:
      - platform: time_based
        name: "Roof vent"
        open_action:
          - switch.turn_on: vent_open
        open_duration: 90s
        close_action:
          - switch.turn_on: vent_close
        close_duration: 90s
        stop_action:
          - switch.turn_off: vent_open
          - switch.turn_off: vent_close
''', pw=_pw)

# =============================================================================================
# Greenhouse sensors, climate controllers and weather stations
# =============================================================================================
_s = chars(16, UPPER_ALNUM)
case("arduino", "thingspeak-write-key", "firmware/soil-probe/soil-probe.ino", _s,
     "mathworks.com/help/thingspeak/writedata.html; github.com/mathworks/thingspeak-arduino", '''
    #include <ESP8266WiFi.h>
    #include "ThingSpeak.h"
    #include "arduino_secrets.h"

    const unsigned long CHANNEL_ID = 2381405;
    const char *WRITE_API_KEY = "<<s>>";

    WiFiClient client;

    void setup() {
      Serial.begin(115200);
      WiFi.mode(WIFI_STA);
      ThingSpeak.begin(client);
    }

    void loop() {
      if (WiFi.status() != WL_CONNECTED) {
        WiFi.begin(SECRET_SSID, SECRET_PASS);
        delay(5000);
        return;
      }
      int raw = analogRead(A0);
      float moisture = map(raw, 820, 380, 0, 100);
      ThingSpeak.setField(1, moisture);
      ThingSpeak.setField(2, raw);
      int status = ThingSpeak.writeFields(CHANNEL_ID, WRITE_API_KEY);
      Serial.printf("bed C moisture %.0f%% (%d) -> %d\\n", moisture, raw, status);
      ESP.deepSleep(15 * 60e6);
    }
''', s=_s)

_pw = word_pw()
case("arduino", "wifi-password", "firmware/soil-probe/arduino_secrets.h", _pw,
     "docs.arduino.cc/arduino-cloud (arduino_secrets.h SECRET_SSID / SECRET_PASS)", '''
    // arduino_secrets.h - soil probes in the container beds
    #pragma once

    #define SECRET_SSID "Cedarrun-Growers"
    #define SECRET_PASS "<<pw>>"
    #define PROBE_SITE  "bed-c"
''', pw=_pw)

_s = "aio_" + chars(28)
case("micropython", "adafruit-io-key", "picow/propagator/main.py", _s,
     "io.adafruit.com/api/docs (X-AIO-Key); learn.adafruit.com MicroPython MQTT", '''
    import time

    import network
    from machine import ADC, Pin
    from umqtt.simple import MQTTClient

    import secrets_wifi

    AIO_USER = "willowbank_props"
    AIO_KEY = "<<s>>"
    FEED = AIO_USER + "/feeds/heatmat-temp"

    wlan = network.WLAN(network.STA_IF)
    wlan.active(True)
    wlan.connect(secrets_wifi.SSID, secrets_wifi.PASSWORD)
    while not wlan.isconnected():
        time.sleep(1)

    sensor = ADC(4)
    mqtt = MQTTClient("propagator-1", "io.adafruit.com", user=AIO_USER, password=AIO_KEY, ssl=False)
    mqtt.connect()
    led = Pin("LED", Pin.OUT)
    while True:
        volts = sensor.read_u16() * 3.3 / 65535
        temp = 27 - (volts - 0.706) / 0.001721
        mqtt.publish(FEED, "%.1f" % temp)
        led.toggle()
        time.sleep(300)
''', s=_s)

_s = hexs(40)
case("python", "particle-token", "greenhouse/particle_moisture.py", _s,
     "docs.particle.io/reference/cloud-apis/api/#authentication (access_token)", '''
    import requests

    ACCESS_TOKEN = "<<s>>"
    DEVICES = {"bench-a": "e00fce68a2f1b3c4d5e6f708", "bench-b": "e00fce68a2f1b3c4d5e6f709"}

    def read(name):
        dev = DEVICES[name]
        r = requests.get(f"https://api.particle.io/v1/devices/{dev}/moisture",
                         params={"access_token": ACCESS_TOKEN}, timeout=15)
        r.raise_for_status()
        return r.json()["result"]

    if __name__ == "__main__":
        for name in DEVICES:
            print(name, read(name))
''', s=_s)

_s = "NNSXS." + chars(39, BASE32) + "." + chars(52, BASE32)
case("json", "ttn-api-key", "lorawan/ttn-storage-export.json", _s,
     "thethingsindustries.com/docs/reference/api/authentication (API keys NNSXS.)", '''
    {
      "cluster": "eu1.cloud.thethings.network",
      "application_id": "cedarrun-field-sensors",
      "api_key": "<<s>>",
      "storage_integration": {
        "type": "uplink_message",
        "last": "24h",
        "field_mask": "up.uplink_message.decoded_payload"
      },
      "output": "s3://cedarrun-sensor-archive/ttn/"
    }
''', s=_s)

_s = chars(32, HEXU)
case("shell", "lorawan-appkey", "lorawan/register-frost-sensors.sh", _s,
     "thethingsindustries.com/docs/the-things-stack/interact/cli (end-devices create --root-keys.app-key.key)", '''
    #!/usr/bin/env bash
    # Register the LHT65 frost sensor for orchard row 12 (OTAA)
    set -euo pipefail
    APP=cedarrun-field-sensors

    ttn-lw-cli end-devices create "$APP" orchard-row12-frost \\
      --dev-eui 70B3D57ED0061A2C \\
      --join-eui A840410000000107 \\
      --frequency-plan-id EU_863_870_TTN \\
      --lorawan-version 1.0.3 \\
      --lorawan-phy-version 1.0.3-a \\
      --root-keys.app-key.key <<s>>

    ttn-lw-cli end-devices get "$APP" orchard-row12-frost --session
''', s=_s)

_s = chars(86, URLSAFE) + "=="
case("toml", "influxdb-token", "greenhouse/telegraf/telegraf.conf", _s,
     "docs.influxdata.com/telegraf/v1/output-plugins/influxdb_v2 (token)", '''
    [agent]
      interval = "30s"
      hostname = "gh2-gateway"

    [[inputs.mqtt_consumer]]
      servers = ["tcp://127.0.0.1:1883"]
      topics = ["greenhouse/+/climate"]
      data_format = "json"
      tag_keys = ["zone"]

    [[inputs.modbus]]
      name = "boiler"
      slave_id = 1
      controller = "tcp://10.20.0.70:502"
      holding_registers = [
        { name = "flow_temp", byte_order = "AB", data_type = "INT16", scale = 0.1, address = [0] },
      ]

    [[outputs.influxdb_v2]]
      urls = ["https://influx.copperbeechnurseries.com"]
      token = "<<s>>"
      organization = "copperbeech"
      bucket = "greenhouse"
''', s=_s)

_pw = gen_pw(20)
case("yaml", "postgres-password", "grafana/provisioning/datasources/greenhouse.yaml", _pw,
     "grafana.com/docs/grafana/latest/administration/provisioning/#data-sources (secureJsonData)", '''
    apiVersion: 1

    datasources:
      - name: Greenhouse climate
        type: grafana-postgresql-datasource
        url: timescale.gh.internal:5432
        user: grafana_ro
        jsonData:
          database: climate
          sslmode: require
          timescaledb: true
        secureJsonData:
          password: "<<pw>>"
        isDefault: true
        editable: false
''', pw=_pw)

_s = chars(32, LOWER_ALNUM)
case("python", "weatherlink-api-secret", "weather/weatherlink_et.py", _s,
     "weatherlink.github.io/v2-api/authentication (api-key and X-Api-Secret)", '''
    """Daily ET0 from the Davis Vantage Pro2 on the potting shed roof."""
    import requests

    API_KEY = "<<key>>"
    API_SECRET = "<<s>>"
    STATION_ID = 168342

    def current():
        r = requests.get(f"https://api.weatherlink.com/v2/current/{STATION_ID}",
                         params={"api-key": API_KEY},
                         headers={"X-Api-Secret": API_SECRET}, timeout=20)
        r.raise_for_status()
        return r.json()

    def et_day(data):
        for sensor in data["sensors"]:
            for row in sensor["data"]:
                if "et_day" in row:
                    return row["et_day"] * 25.4
        return None

    print("ET0 today (mm):", et_day(current()))
''', s=_s, key=chars(32, LOWER_ALNUM))

_s = hexs(64)
case("js", "ambient-weather-api-key", "weather/ambient-frost-watch.js", _s,
     "ambientweather.docs.apiary.io (applicationKey and apiKey); ambient-weather-api npm", '''
    const AmbientWeatherApi = require('ambient-weather-api');

    const api = new AmbientWeatherApi({
      apiKey: '<<s>>',
      applicationKey: '<<app>>',
    });

    api.connect();
    api.on('connect', () => console.log('realtime connected'));
    api.subscribe(api.apiKey);
    api.on('data', (d) => {
      if (d.tempf <= 34) {
        console.log(`${d.date}: ${d.tempf}F at the tree field - start frost protection irrigation`);
      }
    });
''', s=_s, app=hexs(64))

_s = chars(40)
case("yaml", "monnit-api-secret", "sensors/monnit/poller.yml", _s,
     "imonnit.com/API (APIKeyID and APISecretKey headers)", '''
    imonnit:
      base_url: https://www.imonnit.com/json
      api_key_id: <<kid>>
      api_secret_key: <<s>>
      networks:
        - id: 61522
          name: Cold store
        - id: 61523
          name: Seed room
    poll_every: 5m
    alarm:
      cold_store_max_c: 6
      seed_room_max_rh: 45
''', s=_s, kid=chars(24))

_s = chars(32)
case("python", "hobolink-client-secret", "sensors/hobolink_pull.py", _s,
     "onsetcomp.com HOBOlink Web Services API v3 (OAuth2 client credentials)", '''
    import requests

    CLIENT_ID = "copperbeech_ws"
    CLIENT_SECRET = "<<s>>"
    USER_ID = "18834"

    def token():
        r = requests.post("https://webservice.hobolink.com/ws/auth/token",
                          data={"grant_type": "client_credentials", "client_id": CLIENT_ID,
                                "client_secret": CLIENT_SECRET}, timeout=20)
        r.raise_for_status()
        return r.json()["access_token"]

    def readings(logger_sn, start, end):
        r = requests.get(f"https://webservice.hobolink.com/ws/data/file/JSON/user/{USER_ID}",
                         params={"loggers": logger_sn, "start_date_time": start, "end_date_time": end},
                         headers={"Authorization": f"Bearer {token()}"}, timeout=60)
        return r.json()["observation_list"]
''', s=_s)

_s = b64_key(32)
case("go", "azure-iot-connection-string", "gateway/cmd/ghgw/main.go", _s,
     "learn.microsoft.com/azure/iot-hub/iot-hub-dev-guide-sas (device connection string SharedAccessKey)", '''
    package main

    import (
    	"context"
    	"log"
    	"time"

    	"github.com/amenzhinsky/iothub/iotdevice"
    	iotmqtt "github.com/amenzhinsky/iothub/iotdevice/transport/mqtt"
    )

    const connStr = "HostName=gh-hollowoak.azure-devices.net;DeviceId=gh2-gateway;SharedAccessKey=<<s>>"

    func main() {
    	c, err := iotdevice.NewFromConnectionString(iotmqtt.New(), connStr)
    	if err != nil {
    		log.Fatal(err)
    	}
    	if err := c.Connect(context.Background()); err != nil {
    		log.Fatal(err)
    	}
    	for range time.Tick(time.Minute) {
    		payload := readClimate()
    		if err := c.SendEvent(context.Background(), payload); err != nil {
    			log.Println("send:", err)
    		}
    	}
    }
''', s=_s)

_pw = gen_pw(24)
case("conf", "mqtt-password", "greenhouse/mosquitto/conf.d/bridge.conf", _pw,
     "mosquitto.org/man/mosquitto-conf-5.html (bridge remote_username / remote_password)", '''
    # Bridge the glasshouse broker to the head-office broker
    connection gh2-to-office
    address mqtt.cedarrungrowers.com:8883
    bridge_cafile /etc/mosquitto/certs/ca.crt
    remote_clientid gh2-bridge
    remote_username gh2
    remote_password <<pw>>
    topic greenhouse/# out 1
    topic control/gh2/# in 1
    cleansession false
    notifications true
''', pw=_pw)

_pw = word_pw()
case("json", "mqtt-password", "nodered/flows_cred.json", _pw,
     "nodered.org/docs/user-guide/runtime/securing-node-red (credentials file, unencrypted when credentialSecret is false)", '''
    {
        "8d3f2a1c.b7e4d": {
            "user": "nodered",
            "password": "<<pw>>"
        },
        "4b1e9c77.0f2a3": {
            "user": ""
        }
    }
''', pw=_pw)

_s = chars(32, URLSAFE)
case("ini", "blynk-token", "firmware/mist-bench/platformio.ini", _s,
     "docs.platformio.org/en/latest/projectconf/sections/env/options/build/build_flags.html; docs.blynk.io auth token", '''
    [env:mist-bench]
    platform = espressif32
    board = esp32dev
    framework = arduino
    monitor_speed = 115200
    lib_deps =
        blynkkk/Blynk@^1.3.2
        adafruit/DHT sensor library@^1.4.6
    build_flags =
        -DBLYNK_TEMPLATE_ID=\\"TMPL4x9QwZ1aB\\"
        -DBLYNK_TEMPLATE_NAME=\\"Mist bench\\"
        -DBLYNK_AUTH_TOKEN=\\"<<s>>\\"
        -DMIST_RELAY_PIN=27
''', s=_s)

_s = "BBFF-" + chars(30)
case("python", "ubidots-token", "sensors/ubidots_upload.py", _s,
     "docs.ubidots.com/reference/authentication (X-Auth-Token BBFF-)", '''
    import requests

    TOKEN = "<<s>>"
    DEVICE = "cold-store-1"

    def push(temp_c, rh):
        r = requests.post(f"https://industrial.api.ubidots.com/api/v1.6/devices/{DEVICE}",
                          json={"temperature": temp_c, "humidity": rh},
                          headers={"X-Auth-Token": TOKEN}, timeout=10)
        r.raise_for_status()

    if __name__ == "__main__":
        push(3.8, 91)
''', s=_s)

_key = rsa_pem()
case("shell", "private-key", "provision/aws-iot-gateway.sh", _key,
     "docs.aws.amazon.com/iot/latest/developerguide/device-certs-create.html (device private key)", '''
    #!/bin/bash
    # Provision the glasshouse gateway as an AWS IoT thing (run once on the Pi)
    set -e
    mkdir -p /etc/greenhouse/certs
    cd /etc/greenhouse/certs
    curl -s -o AmazonRootCA1.pem https://www.amazontrust.com/repository/AmazonRootCA1.pem
    cat > device.pem.key <<'EOF'
    <<key>>
    EOF
    chmod 600 device.pem.key
    cp /boot/gh-gateway.cert.pem device.pem.crt
    systemctl enable --now gh-gateway
''', key=_key)

_pw = word_pw()
case("yaml", "opcua-password", "climate/opcua-bridge.yaml", _pw,
     "reference.opcfoundation.org (UserNameIdentityToken); telegraf/opcua and Priva Connext OPC UA docs", '''
    # OPC UA bridge: climate computer -> MQTT
    source:
      endpoint: opc.tcp://10.20.0.10:4840
      security_policy: Basic256Sha256
      security_mode: SignAndEncrypt
      auth:
        type: username
        username: opcua_reader
        password: "<<pw>>"
    nodes:
      - id: "ns=2;s=Compartment1.AirTemperature"
        topic: climate/c1/air_temp
      - id: "ns=2;s=Compartment1.RelativeHumidity"
        topic: climate/c1/rh
      - id: "ns=2;s=Compartment1.CO2"
        topic: climate/c1/co2
    target:
      broker: tcp://127.0.0.1:1883
''', pw=_pw)

_pw = word_pw()
case("wpa", "wifi-password", "pi-images/tunnel-logger/wpa_supplicant.conf", _pw,
     "w1.fi/cgit/hostap/plain/wpa_supplicant/wpa_supplicant.conf (network psk)", '''
    ctrl_interface=DIR=/var/run/wpa_supplicant GROUP=netdev
    update_config=1
    country=GB

    network={
        ssid="HollowOak-Field"
        psk="<<pw>>"
        key_mgmt=WPA-PSK
        priority=10
    }
''', pw=_pw)

_pw = word_pw()
case("python", "password", "sensors/sensorpush_cold_store.py", _pw,
     "sensorpush.com/gateway-cloud-api (oauth/authorize with email and password)", '''
    import requests

    BASE = "https://api.sensorpush.com/api/v1"
    EMAIL = "coldstore@copperbeechnurseries.com"
    PASSWORD = "<<pw>>"

    def access_token():
        auth = requests.post(f"{BASE}/oauth/authorize", json={"email": EMAIL, "password": PASSWORD}, timeout=20)
        code = auth.json()["authorization"]
        tok = requests.post(f"{BASE}/oauth/accesstoken", json={"authorization": code}, timeout=20)
        return tok.json()["accesstoken"]

    def latest():
        r = requests.post(f"{BASE}/samples", json={"limit": 1}, headers={"Authorization": access_token()})
        return r.json()["sensors"]

    print(latest())
''', pw=_pw)

_pw = word_pw()
case("r", "postgres-password", "analysis/germination_rates.R", _pw,
     "rpostgres.r-dbi.org/reference/postgres (dbConnect password)", '''
    library(DBI)
    library(ggplot2)

    con <- dbConnect(
      RPostgres::Postgres(),
      host = "timescale.gh.internal",
      dbname = "climate",
      user = "analyst",
      password = "<<pw>>"
    )

    germ <- dbGetQuery(con, "
      SELECT batch, sown_on, AVG(substrate_temp) AS temp, SUM(germinated)::float / SUM(sown) AS rate
      FROM propagation_batches JOIN bench_climate USING (bench)
      GROUP BY batch, sown_on")

    ggplot(germ, aes(temp, rate)) + geom_point() + geom_smooth(method = "loess") +
      labs(x = "Mean substrate temp (C)", y = "Germination rate")
    ggsave("out/germination_vs_temp.png", width = 7, height = 4)
    dbDisconnect(con)
''', pw=_pw)

_s = chars(50)
case("notebook", "plant-id-api-key", "notebooks/pest_identification.ipynb", _s,
     "plant.id/docs (Api-Key header); nbformat v4", '''
    {
     "cells": [
      {
       "cell_type": "markdown",
       "metadata": {},
       "source": ["# Pest and disease photos from the yard team\\n", "Batch-identify the week's photos with plant.id health assessment."]
      },
      {
       "cell_type": "code",
       "execution_count": 1,
       "metadata": {},
       "outputs": [],
       "source": [
        "import base64, glob, requests\\n",
        "API_KEY = \\"<<s>>\\"\\n",
        "URL = \\"https://plant.id/api/v3/health_assessment\\""
       ]
      },
      {
       "cell_type": "code",
       "execution_count": 2,
       "metadata": {},
       "outputs": [],
       "source": [
        "for path in sorted(glob.glob('photos/2024-06-*/*.jpg')):\\n",
        "    img = base64.b64encode(open(path, 'rb').read()).decode()\\n",
        "    r = requests.post(URL, json={'images': [img]}, headers={'Api-Key': API_KEY})\\n",
        "    top = r.json()['result']['disease']['suggestions'][0]\\n",
        "    print(path, top['name'], round(top['probability'], 2))"
       ]
      }
     ],
     "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
     "nbformat": 4,
     "nbformat_minor": 5
    }
''', s=_s)

_s = fakes.openai_key(_seed())
case("python", "openai-api-key", "site/plant_advice/advisor.py", _s,
     "platform.openai.com/docs/api-reference/authentication (project keys sk-proj-)", '''
    from openai import OpenAI

    client = OpenAI(api_key="<<s>>")

    SYSTEM = ("You are the plant-care helper of Willowbank Plants, a hardy-plant nursery in Herefordshire. "
              "Answer in under 120 words and suggest plants we actually stock when it helps.")


    def advise(question: str, stock: list[str]) -> str:
        resp = client.chat.completions.create(
            model="gpt-4o-mini",
            messages=[{"role": "system", "content": SYSTEM + " In stock: " + ", ".join(stock[:80])},
                      {"role": "user", "content": question}],
            temperature=0.3,
        )
        return resp.choices[0].message.content
''', s=_s)

_s = "sk-" + chars(4) + hexs(12) + digits(4)
case("js", "perenual-api-key", "site/server/plant-finder.js", _s,
     "perenual.com/docs/api (key query parameter)", '''
    import express from 'express';

    const router = express.Router();
    const PERENUAL_KEY = '<<s>>';

    router.get('/api/plant-finder', async (req, res) => {
      const params = new URLSearchParams({
        key: PERENUAL_KEY,
        sunlight: req.query.sun || 'full_sun',
        watering: req.query.water || 'average',
        hardiness: req.query.zone || '7-8',
        page: req.query.page || '1',
      });
      const r = await fetch(`https://perenual.com/api/species-list?${params}`);
      res.json(await r.json());
    });

    export default router;
''', s=_s)

_s = hexs(32)
case("yaml", "openweathermap-key", "irrigation/et-scheduler/config.yaml", _s,
     "openweathermap.org/appid (appid parameter)", '''
    # Evapotranspiration-based irrigation scheduler for the container beds
    location:
      lat: 52.0921
      lon: -1.9478
    weather:
      provider: openweathermap
      appid: <<s>>
      units: metric
    beds:
      A: {crop_coefficient: 0.9, zones: [1, 2]}
      B: {crop_coefficient: 1.1, zones: [3, 4, 5]}
      C: {crop_coefficient: 0.7, zones: [6]}
    max_minutes_per_zone: 25
''', s=_s)

_s = chars(8, LOWER_ALNUM)
case("shell", "wunderground-station-key", "weather/wu-upload.sh", _s,
     "support.weather.com Weather Underground PWS upload protocol (ID and PASSWORD station key)", '''
    #!/bin/sh
    # Push the yard weather station reading to Weather Underground every 5 minutes (cron)
    eval "$(/usr/local/bin/read-station --shell)"
    curl -s "https://weatherstation.wunderground.com/weatherstation/updateweatherstation.php?\\
    ID=IEVESH14&PASSWORD=<<s>>&dateutc=now&tempf=$TEMPF&humidity=$RH&\\
    windspeedmph=$WIND&rainin=$RAIN_IN&action=updateraw" > /dev/null
''', s=_s)

# =============================================================================================
# Store networks, devices, cameras
# =============================================================================================
_pw = word_pw()
case("cisco", "password", "network/gc-core-sw01.cfg", _pw,
     "cisco.com IOS configuration guide (username ... password 0, enable secret 9)", '''
    !
    hostname GC-CORE-SW01
    !
    enable secret 9 $9$nhEmQVczB7dqsO$X.HsgL6x1il0RxkOSSvyQYwucySCt7qFm4v7pqCxkKM
    !
    username netadmin privilege 15 password 0 <<pw>>
    !
    ip domain-name birchwoodgardencentre.local
    !
    vlan 10
     name TILLS
    vlan 20
     name OFFICE
    vlan 30
     name GREENHOUSE-IOT
    !
    interface GigabitEthernet1/0/1
     description Till 1
     switchport access vlan 10
     spanning-tree portfast
    !
    line vty 0 15
     login local
     transport input ssh
    !
    end
''', pw=_pw)

_s = gen_pw(24, "-_")
case("mikrotik", "ipsec-psk", "network/outdoor-yard-hap.rsc", _s,
     "help.mikrotik.com/docs/display/ROS/L2TP (ipsec-secret)", '''
    # jun/14/2024 08:12:44 by RouterOS 7.14.3
    # model = RB952Ui-5ac2nD (yard office hAP)
    /interface l2tp-client
    add connect-to=vpn.birchwoodgardencentre.co.uk disabled=no ipsec-secret=<<s>> \\
        name=l2tp-headoffice use-ipsec=yes user=yard-office password-file=none
    /ip address
    add address=192.168.88.1/24 interface=bridge network=192.168.88.0
    /ip route
    add dst-address=10.10.0.0/16 gateway=l2tp-headoffice
    /system identity
    set name=yard-office-hap
''', s=_s)

_s = b64_key(32)
case("wireguard", "wireguard-private-key", "network/wireguard/wg-polytunnels.conf", _s,
     "wireguard.com/quickstart (wg-quick config: PrivateKey, Peer PublicKey)", '''
    [Interface]
    # Polytunnel site Pi -> head office
    Address = 10.66.0.7/32
    PrivateKey = <<s>>
    DNS = 10.66.0.1

    [Peer]
    PublicKey = <<pub>>
    Endpoint = vpn.hollowoaktreefarm.com:51820
    AllowedIPs = 10.66.0.0/24, 10.20.0.0/16
    PersistentKeepalive = 25
''', s=_s, pub=b64_key(32))

_lines = [hexs(32) for _ in range(16)]
_static = "-----BEGIN OpenVPN Static key V1-----\n" + "\n".join(_lines) + "\n-----END OpenVPN Static key V1-----"
case("openvpn", "openvpn-static-key", "network/openvpn/garden-centre-till.ovpn", _static,
     "openvpn.net/community-resources/reference-manual-for-openvpn-2-6 (inline <tls-crypt> static key)", '''
    client
    dev tun
    proto udp
    remote vpn.maplehollowgardencenter.com 1194
    resolv-retry infinite
    nobind
    persist-key
    persist-tun
    remote-cert-tls server
    cipher AES-256-GCM
    verb 3
    ca /etc/openvpn/client/ca.crt
    cert /etc/openvpn/client/till-03.crt
    key /etc/openvpn/client/till-03.key
    <tls-crypt>
    <<static>>
    </tls-crypt>
''', static=_static)

_pw = gen_pw(16)
case("shell", "rtsp-password", "timelapse/capture-tree-field.sh", _pw,
     "hikvision RTSP URL format rtsp://user:password@host:554/Streaming/Channels/101; ffmpeg docs", '''
    #!/bin/bash
    # Hourly frame from the tree field camera for the 2025 growth timelapse
    OUT=/srv/timelapse/tree-field/$(date +%Y/%m/%d)
    mkdir -p "$OUT"
    ffmpeg -loglevel error -rtsp_transport tcp \\
      -i "rtsp://admin:<<pw>>@10.30.0.64:554/Streaming/Channels/101" \\
      -frames:v 1 -q:v 2 "$OUT/$(date +%H%M).jpg"
    find /srv/timelapse -name '*.jpg' -mtime +400 -delete
''', pw=_pw)

_pw = gen_pw(16)
case("yaml", "snmp-auth-password", "monitoring/snmp_exporter/generator.yml", _pw,
     "github.com/prometheus/snmp_exporter/tree/main/generator (auths: version 3, password)", '''
    auths:
      nursery_v3:
        version: 3
        security_level: authPriv
        username: monitor
        auth_protocol: SHA
        password: <<pw>>
        priv_protocol: AES
        priv_password: <<pw>>
    modules:
      if_mib:
        walk: [sysUpTime, interfaces, ifXTable]
      ups_mib:
        walk: [upsBatteryStatus, upsEstimatedMinutesRemaining]
''', pw=_pw)

_pw = gen_pw(18)
case("python", "http-basic-password", "climate/sensaphone_poll.py", _pw,
     "requests HTTPBasicAuth; vendor device web UI status endpoint", '''
    import requests
    from requests.auth import HTTPBasicAuth

    DEVICE = "http://10.20.0.80"
    AUTH = HTTPBasicAuth("admin", "<<pw>>")
    ZONES = {1: "Boiler room", 2: "Glasshouse 1", 3: "Glasshouse 2", 4: "Cold store"}

    def alarms():
        r = requests.get(f"{DEVICE}/status.json", auth=AUTH, timeout=10)
        r.raise_for_status()
        return [ZONES[z["id"]] for z in r.json()["zones"] if z["alarm"]]

    if __name__ == "__main__":
        print(alarms() or "all clear")
''', pw=_pw)

_basic = b64("priva-export:" + word_pw())
case("js", "http-basic-auth", "climate/priva-export/fetch-logs.js", _basic,
     "RFC 7617 (Authorization: Basic base64(user:password))", '''
    // Download yesterday's climate logs from the climate computer's export endpoint
    const https = require('https');
    const fs = require('fs');

    const options = {
      host: '10.20.0.10',
      path: '/export/logs?day=yesterday&format=csv',
      rejectUnauthorized: false,
      headers: {
        Authorization: 'Basic <<b>>',
      },
    };

    https.get(options, (res) => {
      const file = fs.createWriteStream(`logs/climate-${Date.now()}.csv`);
      res.pipe(file);
      file.on('finish', () => console.log('saved'));
    });
''', b=_basic)

_pw = gen_pw(20)
case("yaml", "password", "monitoring/prometheus/prometheus.yml", _pw,
     "prometheus.io/docs/prometheus/latest/configuration/configuration (basic_auth password)", '''
    global:
      scrape_interval: 60s

    scrape_configs:
      - job_name: node
        static_configs:
          - targets: ["localhost:9100"]
      - job_name: polytunnel-pis
        scheme: https
        basic_auth:
          username: prom
          password: "<<pw>>"
        static_configs:
          - targets:
              - tunnel1.hollowoak.internal:9100
              - tunnel2.hollowoak.internal:9100
              - tunnel3.hollowoak.internal:9100
''', pw=_pw)

# =============================================================================================
# Deploy, infrastructure and developer files
# =============================================================================================
_kid, _s = fakes.aws_key_id(_seed()), fakes.aws_secret_key(_seed())
case("ini", "aws-secret-key", "deploy/aws/credentials", _s,
     "docs.aws.amazon.com/cli/latest/userguide/cli-configure-files.html", '''
    [default]
    region = eu-west-2

    [plantshop-deploy]
    aws_access_key_id = <<kid>>
    aws_secret_access_key = <<s>>
    region = eu-west-2
''', kid=_kid, s=_s)

_pw = word_pw()
case("terraform", "password", "infra/envs/prod/terraform.tfvars", _pw,
     "developer.hashicorp.com/terraform/language/values/variables#variable-definitions-tfvars-files", '''
    project         = "willowbank-shop"
    region          = "eu-west-2"
    instance_class  = "db.t4g.small"
    db_name         = "plantshop"
    db_username     = "plantshop_admin"
    db_password     = "<<pw>>"
    backup_window   = "02:00-03:00"
    allowed_cidrs   = ["81.2.69.160/28"]
''', pw=_pw)

_s = "dop_v1_" + hexs(64)
case("terraform", "digitalocean-token", "infra/do/main.tf", _s,
     "registry.terraform.io/providers/digitalocean/digitalocean/latest/docs (token)", '''
    terraform {
      required_providers {
        digitalocean = {
          source  = "digitalocean/digitalocean"
          version = "~> 2.40"
        }
      }
    }

    provider "digitalocean" {
      token = "<<s>>"
    }

    resource "digitalocean_droplet" "plant_finder" {
      name   = "plant-finder-01"
      region = "lon1"
      size   = "s-1vcpu-2gb"
      image  = "ubuntu-24-04-x64"
      tags   = ["web", "ridgeway"]
    }
''', s=_s)

_s = "nfp_" + chars(36)
case("github-actions", "netlify-token", ".github/workflows/deploy-site.yml", _s,
     "docs.netlify.com/cli/get-started/#obtain-a-token-in-the-netlify-ui (NETLIFY_AUTH_TOKEN)", '''
    name: Deploy plant catalogue site
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
          - run: npx netlify-cli deploy --prod --dir=dist
            env:
              NETLIFY_AUTH_TOKEN: <<s>>
              NETLIFY_SITE_ID: 6f1c9a0e-77b2-4d7e-9f31-2ab0c4d5e6f7
''', s=_s)

_pw = word_pw()
case("gitlab-ci", "password", ".gitlab-ci.yml", _pw,
     "docs.gitlab.com/ee/ci/yaml (script); sshpass(1)", '''
    stages: [build, deploy]

    build:
      stage: build
      image: node:20
      script:
        - npm ci
        - npm run build
      artifacts:
        paths: [public/]

    deploy:
      stage: deploy
      image: alpine:3.20
      only: [main]
      script:
        - apk add --no-cache rsync openssh sshpass
        - sshpass -p '<<pw>>' rsync -az --delete -e "ssh -o StrictHostKeyChecking=no" public/ fernleigh@web.shared-host.co.uk:public_html/
''', pw=_pw)

_s = "npm_" + chars(36)
case("dockerfile", "npm-token", "plant-finder/Dockerfile", _s,
     "docs.npmjs.com/using-private-packages-in-a-ci-cd-workflow (_authToken in .npmrc)", '''
    FROM node:20-alpine AS build
    WORKDIR /app
    COPY package*.json ./
    RUN echo "//registry.npmjs.org/:_authToken=<<s>>" > .npmrc \\
        && npm ci \\
        && rm .npmrc
    COPY . .
    RUN npm run build

    FROM node:20-alpine
    WORKDIR /app
    COPY --from=build /app/dist ./dist
    COPY --from=build /app/node_modules ./node_modules
    EXPOSE 3000
    CMD ["node", "dist/server.js"]
''', s=_s)

_pw = gen_pw(16)
case("compose", "postgres-password", "docker-compose.yml", _pw,
     "hub.docker.com/_/postgres (POSTGRES_PASSWORD)", '''
    services:
      db:
        image: postgres:16
        restart: always
        environment:
          POSTGRES_DB: nursery_stock
          POSTGRES_USER: stock
          POSTGRES_PASSWORD: <<pw>>
        volumes:
          - pgdata:/var/lib/postgresql/data
      app:
        image: ghcr.io/cedarrun/stock-app:2.3.0
        depends_on: [db]
        environment:
          DATABASE_HOST: db
          DATABASE_NAME: nursery_stock
        ports:
          - "8000:8000"
    volumes:
      pgdata:
''', pw=_pw)

_pw = gen_pw(22)
_url = f"postgres://inventory:{_pw}@pg-primary.data.svc:5432/inventory?sslmode=require"
case("k8s", "postgres-password", "k8s/inventory/secret.yaml", _pw,
     "kubernetes.io/docs/concepts/configuration/secret (data values are base64)", '''
    apiVersion: v1
    kind: Secret
    metadata:
      name: inventory-db
      namespace: inventory
      labels:
        app: inventory-api
    type: Opaque
    data:
      DATABASE_URL: <<u>>
      DATABASE_POOL: MTA=
''', u=b64(_url))

_pw = gen_pw(24)
case("helm", "redis-password", "charts/delivery-slots/values-prod.yaml", _pw,
     "artifacthub.io/packages/helm/bitnami/redis (auth.password)", '''
    replicaCount: 2
    image:
      repository: ghcr.io/ridgeway/delivery-slots
      tag: "3.1.4"
    ingress:
      enabled: true
      hosts:
        - host: slots.ridgewaystone.co.uk
          paths: ["/"]
    redis:
      enabled: true
      architecture: standalone
      auth:
        enabled: true
        password: "<<pw>>"
    slots:
      daysAhead: 14
      lorriesPerDay: 3
''', pw=_pw)

_pw = word_pw()
case("ansible", "password", "ansible/inventory/group_vars/tills.yml", _pw,
     "docs.ansible.com/ansible/latest/inventory_guide/intro_inventory.html (ansible_become_password)", '''
    ---
    ansible_user: tilladmin
    ansible_become: true
    ansible_become_password: <<pw>>
    till_app_version: 4.12.1
    receipt_printer: epson-tm-m30
    cash_drawer_port: /dev/ttyUSB0
    ntp_server: 10.10.0.1
''', pw=_pw)

_s = chars(40, URLSAFE)
case("ansible", "cloudflare-api-token", "ansible/roles/shop_dns/tasks/main.yml", _s,
     "developers.cloudflare.com/fundamentals/api/get-started/create-token (Authorization: Bearer)", '''
    ---
    - name: Point shop record at the new load balancer
      ansible.builtin.uri:
        url: "https://api.cloudflare.com/client/v4/zones/{{ cf_zone_id }}/dns_records/{{ cf_record_id }}"
        method: PATCH
        headers:
          Authorization: "Bearer <<s>>"
          Content-Type: application/json
        body_format: json
        body:
          type: A
          name: shop.maplehollowgardencenter.com
          content: "{{ lb_ip }}"
          proxied: true
        status_code: 200
''', s=_s)

_auth = b64("cedarrunops:dckr_pat_" + chars(27, URLSAFE))
case("json", "docker-registry-auth", "ci/docker/config.json", _auth,
     "docs.docker.com/reference/cli/docker/login (config.json auths, base64 user:token)", '''
    {
      "auths": {
        "https://index.docker.io/v1/": {
          "auth": "<<a>>"
        }
      },
      "HttpHeaders": {
        "User-Agent": "Docker-Client/24.0.7 (linux)"
      }
    }
''', a=_auth)

_s = "glpat-" + chars(20, URLSAFE)
case("git-credentials", "gitlab-token", "ops/backup-box/.git-credentials", _s,
     "git-scm.com/docs/git-credential-store (https://user:token@host)", '''
    https://nursery-bot:<<s>>@gitlab.com
    https://nursery-bot:<<s>>@gitlab.com/copperbeech/plant-catalogue.git
    https://nursery-bot:<<s>>@gitlab.com/copperbeech/irrigation-scripts.git
    https://nursery-bot:<<s>>@gitlab.com/copperbeech/till-bridge.git
    https://nursery-bot:<<s>>@gitlab.com/copperbeech/ops.git
''', s=_s)

_s = fakes.github_token(_seed())
case("npmrc", "github-token", "plant-catalogue/.npmrc", _s,
     "docs.github.com/packages/working-with-a-github-packages-registry/working-with-the-npm-registry", '''
    @willowbank:registry=https://npm.pkg.github.com
    //npm.pkg.github.com/:_authToken=<<s>>
    engine-strict=true
    save-exact=true
    fund=false
''', s=_s)

_s = chars(20, LOWER_ALNUM)
case("ini", "gemfury-token", "ops/pip.conf", _s,
     "gemfury.com/help/pypi-server (index URL with deploy token)", '''
    [global]
    index-url = https://pypi.org/simple
    extra-index-url = https://<<s>>:@pypi.fury.io/cedarrun/
    timeout = 60

    [install]
    trusted-host = pypi.fury.io
''', s=_s)

_s = fakes.django_secret_key(_seed())
case("python", "django-secret-key", "plantfinder/settings/production.py", _s,
     "docs.djangoproject.com/en/5.0/ref/settings/#secret-key", '''
    from .base import *  # noqa

    DEBUG = False
    SECRET_KEY = "<<s>>"
    ALLOWED_HOSTS = ["plants.copperbeechnurseries.com"]

    DATABASES = {
        "default": {
            "ENGINE": "django.db.backends.postgresql",
            "NAME": "plantfinder",
            "HOST": "/var/run/postgresql",
        }
    }
    SECURE_SSL_REDIRECT = True
    SESSION_COOKIE_SECURE = True
    CSRF_COOKIE_SECURE = True
''', s=_s)

_s = hexs(128)
case("yaml", "rails-secret-key-base", "quotes-app/config/secrets.yml", _s,
     "guides.rubyonrails.org/v5.1/security.html#custom-secrets (secret_key_base)", '''
    development:
      secret_key_base: <%= ENV.fetch("SECRET_KEY_BASE_DEV", "dev-only-not-a-secret") %>
    test:
      secret_key_base: test-only-not-a-secret
    production:
      secret_key_base: <<s>>
''', s=_s)

_pw = word_pw()
case("markdown", "password", "docs/runbooks/till-network-outage.md", _pw,
     "team runbook in Markdown; Draytek router web admin login", '''
    # Runbook: tills can't reach the card terminal / internet

    Applies to the shop floor at Birchwood (4 tills, 2 PDQs, back-office PC).

    ## 1. Check the basics
    - Is the router's WAN light green? If amber, call the ISP (account 40419-22).
    - Are the PDQs on 4G fallback? They show **4G** on the status bar and still take cards.

    ## 2. Restart in the right order
    1. Router (back office, top shelf) - wait 3 minutes.
    2. Switch in the comms cabinet.
    3. Tills one at a time.

    ## 3. Router admin
    - URL: https://192.168.10.1
    - Username: `admin`
    - Password: `<<pw>>`
    - Check *Online Status > Physical Connection* and reboot from *System Maintenance*.

    ## 4. Still down?
    Ring Tom (07700 900214) or the IT contractor on the support line. Log the time in the
    shop diary so we can claim the outage back from the ISP.
''', pw=_pw)

_key = openssh_key()
case("openssh", "private-key", "deploy/keys/shop-vps-deploy", _key,
     "man.openbsd.org/ssh-keygen (OpenSSH private key format)", '''
    <<key>>
''', key=_key)

_pw = word_pw()
case("xml", "sqlserver-connection-string", "intranet/Web.config", _pw,
     "learn.microsoft.com/aspnet/web-forms (connectionStrings in Web.config)", '''
    <?xml version="1.0" encoding="utf-8"?>
    <configuration>
      <connectionStrings>
        <add name="StockDb"
             connectionString="Data Source=GC-SQL02;Initial Catalog=GardenCentreStock;User ID=intranet_web;Password=<<pw>>;Encrypt=True;TrustServerCertificate=True"
             providerName="System.Data.SqlClient" />
      </connectionStrings>
      <appSettings>
        <add key="StoreName" value="Maple Hollow Garden Center" />
        <add key="ReorderEmail" value="buying@maplehollowgardencenter.com" />
      </appSettings>
      <system.web>
        <compilation debug="false" targetFramework="4.8" />
        <authentication mode="Windows" />
        <customErrors mode="RemoteOnly" />
      </system.web>
    </configuration>
''', pw=_pw)

_s = hexs(32)
case("swift", "algolia-admin-key", "CustomerApp/Sources/Search/PlantSearch.swift", _s,
     "algolia.com/doc/guides/security/api-keys (Admin API key vs search-only key); Algolia Swift client", '''
    import AlgoliaSearchClient
    import Foundation

    final class PlantSearch {
        // TODO: swap for a search-only key before release
        private let client = SearchClient(appID: "N4QK7T2ZRE", apiKey: "<<s>>")
        private lazy var index = client.index(withName: "plants_en_gb")

        func search(_ text: String, hardiness: String?, completion: @escaping ([String]) -> Void) {
            var query = Query(text)
            query.hitsPerPage = 30
            if let zone = hardiness {
                query.filters = "hardiness:\\(zone)"
            }
            index.search(query: query) { result in
                if case .success(let response) = result {
                    completion(response.hits.compactMap { $0.object["name"]?.object() as? String })
                } else {
                    completion([])
                }
            }
        }
    }
''', s=_s)

_s = azure_secret()
case("csharp", "azure-client-secret", "src/InvoiceMailer/GraphMail.cs", _s,
     "learn.microsoft.com/entra/identity-platform/quickstart-register-app (client secret); Azure.Identity ClientSecretCredential", '''
    using Azure.Identity;
    using Microsoft.Graph;
    using Microsoft.Graph.Models;

    namespace Ridgeway.InvoiceMailer;

    public static class GraphMail
    {
        private const string TenantId = "3f6a2c1e-8b7d-4e5f-9a0b-1c2d3e4f5a6b";
        private const string ClientId = "b9e1f0a2-6c3d-4e8f-a1b2-c3d4e5f6a7b8";
        private const string ClientSecret = "<<s>>";

        public static GraphServiceClient Client() =>
            new(new ClientSecretCredential(TenantId, ClientId, ClientSecret),
                new[] { "https://graph.microsoft.com/.default" });

        public static async Task SendInvoice(string to, string pdfPath)
        {
            var message = new Message
            {
                Subject = "Your Ridgeway Stone & Soil invoice",
                ToRecipients = new() { new Recipient { EmailAddress = new EmailAddress { Address = to } } },
            };
            await Client().Users["accounts@ridgewaystone.co.uk"].SendMail
                .PostAsync(new() { Message = message, SaveToSentItems = true });
        }
    }
''', s=_s)

_key = pkcs8_pem()
case("k8s", "private-key", "k8s/shop/tls-secret.yaml", _key,
     "kubernetes.io/docs/concepts/configuration/secret/#tls-secrets (stringData tls.key)", '''
    apiVersion: v1
    kind: Secret
    metadata:
      name: shop-tls
      namespace: shop
    type: kubernetes.io/tls
    stringData:
      tls.crt: |
        <<crt>>
      tls.key: |
        <<key>>
''', key=indent(_key, 4), crt=indent(cert_pem(), 4))

# =============================================================================================
# Decoys: files that look dangerous and leak nothing
# =============================================================================================
def bcrypt_hash() -> str:
    return "$2b$12$" + chars(53, ALNUM + "./")


def django_hash() -> str:
    return "pbkdf2_sha256$720000$" + chars(22) + "$" + b64_key(32)


def cisco9() -> str:
    return "$9$" + chars(14, ALNUM + "./") + "$" + chars(43, ALNUM + "./")


def mosquitto_hash() -> str:
    return "$7$101$" + b64_key(12) + "$" + b64_key(64)


# --- placeholders, templates and references ---------------------------------------------------
case("dotenv", "decoy-placeholder", "apps/wholesale-portal/.env.example", None,
     "shopify.dev/docs/apps/build/cli-for-apps/app-configuration (.env template)", '''
    # Copy to .env and fill in from the Partner dashboard (never commit the real file)
    SHOPIFY_API_KEY=your-client-id
    SHOPIFY_API_SECRET=your-client-secret
    SCOPES=read_products,write_draft_orders,read_customers,read_inventory
    HOST=https://localhost:3000
    SHOP=your-dev-store.myshopify.com
    DATABASE_URL=postgres://postgres:<password>@localhost:5432/trade_portal
    SESSION_SECRET=<generate with: openssl rand -hex 32>
''')

case("python", "decoy-env-reference", "pos/square_sync/client.py", None,
     "developer.squareup.com/docs/sdks/python/quick-start (token from the environment)", '''
    """Square client for the till sync jobs: the token comes from the service's environment."""
    import os

    from square.client import Client


    def square_client() -> Client:
        token = os.environ.get("SQUARE_ACCESS_TOKEN")
        if not token:
            raise SystemExit("SQUARE_ACCESS_TOKEN is not set (see /etc/till-bridge/env)")
        return Client(access_token=token,
                      environment=os.environ.get("SQUARE_ENVIRONMENT", "production"))


    LOCATION_ID = os.environ.get("SQUARE_LOCATION_ID", "")
''')

case("github-actions", "decoy-ci-secret-reference", ".github/workflows/nightly-stock.yml", None,
     "docs.github.com/actions/security-for-github-actions/security-guides/using-secrets-in-github-actions", '''
    name: Nightly stock sync
    on:
      schedule:
        - cron: "15 2 * * *"

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
          - name: Till -> shop
            env:
              SQUARE_ACCESS_TOKEN: ${{ secrets.SQUARE_ACCESS_TOKEN }}
              SHOPIFY_ADMIN_TOKEN: ${{ secrets.SHOPIFY_ADMIN_TOKEN }}
              KLAVIYO_PRIVATE_KEY: ${{ secrets.KLAVIYO_PRIVATE_KEY }}
              SLACK_WEBHOOK_URL: ${{ secrets.SLACK_WEBHOOK_URL }}
            run: python -m stock_sync --since 24h
''')

case("gitlab-ci", "decoy-env-reference", "deploy/.gitlab-ci.yml", None,
     "docs.gitlab.com/ee/ci/variables (masked and protected variables, file variables)", '''
    stages: [deploy]

    deploy_shop:
      stage: deploy
      image: alpine:3.20
      rules:
        - if: $CI_COMMIT_BRANCH == "main"
      before_script:
        - apk add --no-cache openssh-client rsync
        - eval $(ssh-agent -s)
        - chmod 400 "$DEPLOY_SSH_KEY"
        - ssh-add "$DEPLOY_SSH_KEY"
        - mkdir -p ~/.ssh && echo "$SSH_KNOWN_HOSTS" > ~/.ssh/known_hosts
      script:
        - rsync -az --delete public/ "$DEPLOY_USER@$DEPLOY_HOST:public_html/"
        - ssh "$DEPLOY_USER@$DEPLOY_HOST" "php artisan cache:clear"
''')

case("compose", "decoy-env-reference", "deploy/stock-app/docker-compose.prod.yml", None,
     "docs.docker.com/compose/how-tos/use-secrets (secrets: file) and variable interpolation", '''
    services:
      db:
        image: postgres:16
        environment:
          POSTGRES_DB: nursery_stock
          POSTGRES_USER: stock
          POSTGRES_PASSWORD_FILE: /run/secrets/db_password
        secrets: [db_password]
      app:
        image: ghcr.io/cedarrun/stock-app:${APP_TAG:-latest}
        environment:
          DATABASE_PASSWORD: ${DATABASE_PASSWORD:?set DATABASE_PASSWORD in the host env}
          SQUARE_ACCESS_TOKEN: ${SQUARE_ACCESS_TOKEN:?missing}
    secrets:
      db_password:
        file: ./secrets/db_password.txt
''')

case("k8s", "decoy-secret-reference", "k8s/inventory/deployment.yaml", None,
     "kubernetes.io/docs/tasks/inject-data-application/distribute-credentials-secure (secretKeyRef)", '''
    apiVersion: apps/v1
    kind: Deployment
    metadata:
      name: inventory-api
      namespace: inventory
    spec:
      replicas: 2
      selector:
        matchLabels: {app: inventory-api}
      template:
        metadata:
          labels: {app: inventory-api}
        spec:
          containers:
            - name: api
              image: ghcr.io/cedarrun/inventory-api:5.2.0
              env:
                - name: DATABASE_URL
                  valueFrom:
                    secretKeyRef: {name: inventory-db, key: DATABASE_URL}
                - name: AIRTABLE_TOKEN
                  valueFrom:
                    secretKeyRef: {name: airtable, key: token}
              ports:
                - containerPort: 8080
''')

case("helm", "decoy-existing-secret", "charts/delivery-slots/values.yaml", None,
     "artifacthub.io/packages/helm/bitnami/redis (auth.existingSecret)", '''
    replicaCount: 1
    image:
      repository: ghcr.io/ridgeway/delivery-slots
      tag: ""
    redis:
      enabled: true
      auth:
        enabled: true
        existingSecret: delivery-slots-redis
        existingSecretPasswordKey: redis-password
    onfleet:
      apiKeySecretRef:
        name: onfleet
        key: api-key
    slots:
      daysAhead: 14
''')

case("terraform", "decoy-generated", "infra/modules/shop-db/main.tf", None,
     "registry.terraform.io/providers/hashicorp/random/latest/docs/resources/password", '''
    resource "random_password" "db" {
      length           = 32
      special          = true
      override_special = "_-"
    }

    resource "aws_secretsmanager_secret" "db" {
      name = "${var.project}/db-password"
    }

    resource "aws_secretsmanager_secret_version" "db" {
      secret_id     = aws_secretsmanager_secret.db.id
      secret_string = random_password.db.result
    }

    resource "aws_db_instance" "shop" {
      identifier        = "${var.project}-db"
      engine            = "postgres"
      instance_class    = var.instance_class
      username          = "plantshop_admin"
      password          = random_password.db.result
      allocated_storage = 20
    }
''')

case("terraform", "decoy-variable", "infra/envs/prod/variables.tf", None,
     "developer.hashicorp.com/terraform/language/values/variables#suppressing-values-in-cli-output", '''
    variable "db_password" {
      description = "Master password for the shop database (set TF_VAR_db_password in CI)"
      type        = string
      sensitive   = true
    }

    variable "stripe_secret_key" {
      description = "Stripe secret key injected into the web tier"
      type        = string
      sensitive   = true
      validation {
        condition     = can(regex("^sk_(live|test)_", var.stripe_secret_key))
        error_message = "Must be a Stripe secret key."
      }
    }
''')

case("ansible", "decoy-vault-lookup", "ansible/roles/tills/tasks/credentials.yml", None,
     "docs.ansible.com/ansible/latest/collections/community/hashi_vault/hashi_vault_lookup.html", '''
    ---
    - name: Read till service credentials from Vault
      ansible.builtin.set_fact:
        till_db_password: "{{ lookup('community.hashi_vault.hashi_vault', 'secret=kv/data/tills/db:password') }}"
        square_token: "{{ lookup('community.hashi_vault.hashi_vault', 'secret=kv/data/tills/square:token') }}"
      no_log: true

    - name: Write till bridge environment file
      ansible.builtin.template:
        src: till-bridge.env.j2
        dest: /etc/till-bridge/env
        owner: root
        mode: "0600"
      no_log: true
''')

case("esphome", "decoy-secret-reference", "esphome/polytunnel-fans.yaml", None,
     "esphome.io/guides/yaml.html#secrets-and-the-secrets-yaml-file (!secret)", '''
    esphome:
      name: polytunnel-fans

    esp32:
      board: esp32dev

    wifi:
      ssid: !secret wifi_ssid
      password: !secret wifi_password

    api:
      encryption:
        key: !secret api_encryption_key

    ota:
      - platform: esphome
        password: !secret ota_password

    fan:
      - platform: speed
        output: fan_pwm
        name: "Tunnel fans"

    output:
      - platform: ledc
        pin: GPIO18
        id: fan_pwm
''')

case("yaml", "decoy-secret-reference", "homeassistant/packages/irrigation.yaml", None,
     "home-assistant.io/docs/configuration/secrets (!secret)", '''
    rachio:
      api_key: !secret rachio_api_key
      manual_run_mins: 10

    hydrawise:
      access_token: !secret hydrawise_api_key

    rest_command:
      opensprinkler_run_bed_c:
        url: !secret opensprinkler_bed_c_url
        method: GET

    automation:
      - alias: Skip watering after rain
        trigger:
          - platform: numeric_state
            entity_id: sensor.rain_today_mm
            above: 6
        action:
          - service: switch.turn_off
            target: {entity_id: switch.rachio_schedules}
''')

case("arduino", "decoy-placeholder", "firmware/soil-probe/arduino_secrets.h.example", None,
     "docs.arduino.cc (arduino_secrets.h template)", '''
    // Copy to arduino_secrets.h and fill in; arduino_secrets.h is in .gitignore
    #pragma once

    #define SECRET_SSID "YOUR_WIFI_NAME"
    #define SECRET_PASS "YOUR_WIFI_PASSWORD"
    #define PROBE_SITE  "bed-x"
''')

case("yaml", "decoy-env-reference", "nvr/frigate/config.yml", None,
     "docs.frigate.video/configuration/reference ({FRIGATE_RTSP_PASSWORD} substitution)", '''
    mqtt:
      host: 10.30.0.5
      user: frigate
      password: "{FRIGATE_MQTT_PASSWORD}"

    cameras:
      tree_field:
        ffmpeg:
          inputs:
            - path: rtsp://admin:{FRIGATE_RTSP_PASSWORD}@10.30.0.64:554/Streaming/Channels/101
              roles: [record, detect]
        detect: {width: 1280, height: 720}
      car_park:
        ffmpeg:
          inputs:
            - path: rtsp://admin:{FRIGATE_RTSP_PASSWORD}@10.30.0.65:554/Streaming/Channels/101
              roles: [record, detect]
        objects:
          track: [person, car]
''')

case("toml", "decoy-env-reference", "greenhouse/telegraf/telegraf.d/outputs.conf", None,
     "docs.influxdata.com/telegraf/v1/configuration/#example-environment-variables", '''
    # Token and password come from /etc/default/telegraf (root-only), not this repo
    [[outputs.influxdb_v2]]
      urls = ["https://influx.copperbeechnurseries.com"]
      token = "${INFLUX_TOKEN}"
      organization = "copperbeech"
      bucket = "greenhouse"

    [[inputs.mqtt_consumer]]
      servers = ["ssl://mqtt.copperbeechnurseries.com:8883"]
      topics = ["greenhouse/+/climate"]
      username = "telegraf"
      password = "${MQTT_PASSWORD}"
      data_format = "json"
''')

case("properties", "decoy-env-reference", "trade-portal/src/main/resources/application.properties", None,
     "docs.spring.io/spring-boot/reference/features/external-config.html (property placeholders)", '''
    spring.application.name=trade-portal
    spring.datasource.url=jdbc:postgresql://${DB_HOST:localhost}:5432/trade
    spring.datasource.username=${DB_USER:trade_app}
    spring.datasource.password=${DB_PASSWORD}
    paypal.client-id=${PAYPAL_CLIENT_ID}
    paypal.client-secret=${PAYPAL_CLIENT_SECRET}
    trade.price-list=WHOLESALE-2025
    management.endpoints.web.exposure.include=health
''')

case("json", "decoy-vault-reference", "src/Nursery.PosBridge/appsettings.json", None,
     "learn.microsoft.com/azure/app-service/app-service-key-vault-references", '''
    {
      "ConnectionStrings": {
        "Counterpoint": "@Microsoft.KeyVault(SecretUri=https://kv-greenacres-prod.vault.azure.net/secrets/counterpoint-conn/)"
      },
      "Square": {
        "AccessToken": "@Microsoft.KeyVault(VaultName=kv-greenacres-prod;SecretName=square-access-token)",
        "LocationId": "LQ8Y2F1XW0RTS"
      },
      "PosBridge": { "PollSeconds": 60 }
    }
''')

case("csharp", "decoy-secret-manager", "src/Nursery.PosBridge/Secrets.cs", None,
     "learn.microsoft.com/dotnet/api/overview/azure/security.keyvault.secrets-readme", '''
    using Azure.Identity;
    using Azure.Security.KeyVault.Secrets;

    namespace Nursery.PosBridge;

    public static class Secrets
    {
        private static readonly SecretClient Client = new(
            new Uri("https://kv-greenacres-prod.vault.azure.net/"),
            new DefaultAzureCredential());

        public static async Task<string> Get(string name)
        {
            KeyVaultSecret secret = await Client.GetSecretAsync(name);
            return secret.Value;
        }

        public static Task<string> SquareToken() => Get("square-access-token");
        public static Task<string> CounterpointConnection() => Get("counterpoint-conn");
    }
''')

case("go", "decoy-secret-manager", "internal/config/secrets.go", None,
     "docs.aws.amazon.com/secretsmanager/latest/userguide/retrieving-secrets_cache-go.html", '''
    package config

    import (
    	"context"
    	"encoding/json"

    	"github.com/aws/aws-sdk-go-v2/aws"
    	awsconfig "github.com/aws/aws-sdk-go-v2/config"
    	"github.com/aws/aws-sdk-go-v2/service/secretsmanager"
    )

    type FleetSecrets struct {
    	SamsaraToken string `json:"samsara_token"`
    	OnfleetKey   string `json:"onfleet_key"`
    }

    func LoadFleetSecrets(ctx context.Context) (*FleetSecrets, error) {
    	cfg, err := awsconfig.LoadDefaultConfig(ctx, awsconfig.WithRegion("eu-west-2"))
    	if err != nil {
    		return nil, err
    	}
    	out, err := secretsmanager.NewFromConfig(cfg).GetSecretValue(ctx, &secretsmanager.GetSecretValueInput{
    		SecretId: aws.String("ridgeway/fleet/api-keys"),
    	})
    	if err != nil {
    		return nil, err
    	}
    	var s FleetSecrets
    	return &s, json.Unmarshal([]byte(*out.SecretString), &s)
    }
''')

case("consul-template", "decoy-vault-lookup", "ops/vault-agent/till-bridge.ctmpl", None,
     "developer.hashicorp.com/vault/docs/agent-and-proxy/agent/template", '''
    {{- with secret "kv/data/tills/square" -}}
    SQUARE_ACCESS_TOKEN={{ .Data.data.token }}
    SQUARE_LOCATION_ID={{ .Data.data.location_id }}
    {{- end }}
    {{- with secret "database/creds/till-bridge" }}
    DB_USER={{ .Data.username }}
    DB_PASSWORD={{ .Data.password }}
    {{- end }}
''')

case("dotenv", "decoy-secret-reference", "ops/env/shop.env.tpl", None,
     "developer.1password.com/docs/cli/secrets-template-syntax (op:// references, op inject)", '''
    # Rendered with: op inject -i shop.env.tpl -o /etc/shop/shop.env
    STRIPE_SECRET_KEY=op://Shop/Stripe live/secret key
    STRIPE_WEBHOOK_SECRET=op://Shop/Stripe live/webhook secret
    SENDGRID_API_KEY=op://Shop/SendGrid/credential
    DATABASE_URL=postgres://plantshop:{{ op://Shop/RDS plantshop/password }}@db.internal:5432/plantshop
    SHOP_URL=https://www.willowbankplants.co.uk
''')

case("k8s", "decoy-secret-manager", "k8s/shop/external-secret.yaml", None,
     "external-secrets.io/latest/api/externalsecret", '''
    apiVersion: external-secrets.io/v1beta1
    kind: ExternalSecret
    metadata:
      name: shop-payments
      namespace: shop
    spec:
      refreshInterval: 1h
      secretStoreRef:
        name: aws-secrets-manager
        kind: ClusterSecretStore
      target:
        name: shop-payments
      data:
        - secretKey: STRIPE_SECRET_KEY
          remoteRef: {key: willowbank/shop/stripe, property: secret_key}
        - secretKey: STRIPE_WEBHOOK_SECRET
          remoteRef: {key: willowbank/shop/stripe, property: webhook_secret}
''')

case("json", "decoy-placeholder", "postman/Nursery-APIs.postman_environment.json", None,
     "learning.postman.com/docs/sending-requests/variables/managing-environments (exported environment)", '''
    {
      "id": "0c6c1f2e-2f0b-4a5e-8d61-7c1b6a3e9f10",
      "name": "Nursery APIs (prod)",
      "values": [
        { "key": "square_base", "value": "https://connect.squareup.com/v2", "type": "default", "enabled": true },
        { "key": "square_token", "value": "", "type": "secret", "enabled": true },
        { "key": "shopify_shop", "value": "greenacres-nursery.myshopify.com", "type": "default", "enabled": true },
        { "key": "shopify_token", "value": "", "type": "secret", "enabled": true },
        { "key": "onfleet_key", "value": "", "type": "secret", "enabled": true }
      ],
      "_postman_variable_scope": "environment",
      "_postman_exported_using": "Postman/11.2.0"
    }
''')

case("markdown", "decoy-secret-reference", "docs/runbooks/irrigation-controller-reset.md", None,
     "team runbook in Markdown (credentials kept in a password manager)", '''
    # Irrigation controller: factory reset and re-join

    1. Hold the **Reset** button on the ESP-TM2 for 10 seconds until the display reads `RESET`.
    2. Re-join Wi-Fi `NurseryYard-IoT` - the passphrase is in 1Password, vault **Site Ops**,
       item "Yard IoT Wi-Fi". Do not write it on the controller box.
    3. Open the Rain Bird app and add the controller by its MAC (label inside the door).
    4. Restore the programs from `irrigation/programs/field4-2025.json`.
    5. Set the controller password to the one stored in 1Password ("Rain Bird ESP-TM2 field 4"),
       then update `RAINBIRD_PASSWORD` in the Home Assistant secrets.

    If the controller is still offline after 15 minutes, check the PoE injector in the pump house.
''')

case("shell-history", "decoy-secret-reference", "ops/history/office-nuc.bash_history", None,
     "developer.1password.com/docs/cli/reference/commands/read; aws secretsmanager get-secret-value", '''
    op signin
    export SQUARE_ACCESS_TOKEN=$(op read "op://Site Ops/Square till bridge/credential")
    export SHOPIFY_ADMIN_TOKEN=$(op read "op://Shop/Shopify admin/credential")
    python -m stock_sync --dry-run
    aws secretsmanager get-secret-value --secret-id ridgeway/fleet/api-keys --query SecretString --output text | jq keys
    unset SQUARE_ACCESS_TOKEN SHOPIFY_ADMIN_TOKEN
    history -c
''')

case("php", "decoy-env-reference", "site/wp-config.php", None,
     "developer.wordpress.org/apis/wp-config-php (constants from getenv)", '''
    <?php
    define( 'DB_NAME', getenv( 'WP_DB_NAME' ) );
    define( 'DB_USER', getenv( 'WP_DB_USER' ) );
    define( 'DB_PASSWORD', getenv( 'WP_DB_PASSWORD' ) );
    define( 'DB_HOST', getenv( 'WP_DB_HOST' ) ?: 'localhost' );

    foreach ( array( 'AUTH_KEY', 'SECURE_AUTH_KEY', 'LOGGED_IN_KEY', 'NONCE_KEY',
                     'AUTH_SALT', 'SECURE_AUTH_SALT', 'LOGGED_IN_SALT', 'NONCE_SALT' ) as $name ) {
        define( $name, getenv( 'WP_' . $name ) );
    }

    $table_prefix = 'wp_';
    define( 'WP_DEBUG', false );
    if ( ! defined( 'ABSPATH' ) ) {
        define( 'ABSPATH', __DIR__ . '/' );
    }
    require_once ABSPATH . 'wp-settings.php';
''')

case("php", "decoy-env-reference", "quotes-portal/config/services.php", None,
     "laravel.com/docs/11.x/configuration#environment-configuration (env())", '''
    <?php

    return [
        'postmark' => [
            'token' => env('POSTMARK_TOKEN'),
        ],
        'twilio' => [
            'sid' => env('TWILIO_ACCOUNT_SID'),
            'token' => env('TWILIO_AUTH_TOKEN'),
            'from' => env('TWILIO_FROM', '+447700900418'),
        ],
        'recaptcha' => [
            'site_key' => env('RECAPTCHA_SITE_KEY'),
            'secret' => env('RECAPTCHA_SECRET'),
        ],
        'jobber' => [
            'client_id' => env('JOBBER_CLIENT_ID'),
            'client_secret' => env('JOBBER_CLIENT_SECRET'),
        ],
    ];
''')

case("ruby", "decoy-secret-reference", "config/initializers/stripe.rb", None,
     "guides.rubyonrails.org/security.html#custom-credentials (Rails.application.credentials)", '''
    # Keys live in config/credentials/production.yml.enc; RAILS_MASTER_KEY is set on the host only.
    Stripe.api_key = Rails.application.credentials.dig(:stripe, :secret_key)
    Stripe.api_version = "2024-06-20"

    Rails.configuration.stripe = {
      publishable_key: Rails.application.credentials.dig(:stripe, :publishable_key),
      webhook_secret: Rails.application.credentials.dig(:stripe, :webhook_secret),
    }

    raise "Stripe secret key missing" if Rails.env.production? && Stripe.api_key.blank?
''')

case("powershell", "decoy-prompt", "scripts/Backup-PosDatabase.ps1", None,
     "learn.microsoft.com/powershell/module/microsoft.powershell.security/get-credential; Import-Clixml (DPAPI)", '''
    # Nightly Counterpoint backup to the NAS. The credential file is DPAPI-encrypted for the
    # svc_backup account on this machine only (created once with Get-Credential | Export-Clixml).
    param(
        [string]$CredentialPath = "$env:ProgramData\\PosBackup\\nas.cred.xml"
    )
    $ErrorActionPreference = 'Stop'

    if (-not (Test-Path $CredentialPath)) {
        $cred = Get-Credential -Message 'NAS account for POS backups'
        $cred | Export-Clixml -Path $CredentialPath
    }
    $cred = Import-Clixml -Path $CredentialPath

    New-PSDrive -Name P -PSProvider FileSystem -Root '\\\\nas01\\pos-backups' -Credential $cred | Out-Null
    $stamp = Get-Date -Format 'yyyyMMdd'
    Invoke-Sqlcmd -ServerInstance 'CP-SQL01\\COUNTERPOINT' -Query "BACKUP DATABASE GREENACRES TO DISK='P:\\GREENACRES-$stamp.bak' WITH COMPRESSION"
    Remove-PSDrive P
''')

case("python", "decoy-prompt", "tools/set_controller_password.py", None,
     "docs.python.org/3/library/getpass.html", '''
    """Change the password of a Rain Bird controller; the new one is typed, never stored."""
    import getpass
    import sys

    from pyrainbird import RainbirdController


    def main(host: str) -> None:
        current = getpass.getpass(f"Current password for {host}: ")
        new = getpass.getpass("New password: ")
        if new != getpass.getpass("Repeat new password: "):
            sys.exit("Passwords differ")
        controller = RainbirdController(host, current)
        controller.set_password(new)
        print("Password changed; update it in 1Password (Site Ops).")


    if __name__ == "__main__":
        main(sys.argv[1])
''')

case("notebook", "decoy-env-reference", "notebooks/weekly_sales_by_category.ipynb", None,
     "nbformat v4; credentials read from the environment", '''
    {
     "cells": [
      {
       "cell_type": "code",
       "execution_count": 1,
       "metadata": {},
       "outputs": [],
       "source": [
        "import os\\n",
        "import pandas as pd\\n",
        "from sqlalchemy import create_engine\\n",
        "engine = create_engine(os.environ['SHOP_DB_URL'])"
       ]
      },
      {
       "cell_type": "code",
       "execution_count": 2,
       "metadata": {},
       "outputs": [
        {
         "name": "stdout",
         "output_type": "stream",
         "text": ["category        sales_gbp\\n", "Shrubs           18422.50\\n", "Perennials       12930.10\\n", "Compost & Mulch   6410.00\\n"]
        }
       ],
       "source": [
        "df = pd.read_sql('SELECT category, SUM(total) AS sales_gbp FROM sales WHERE sold_at > now() - interval 7 day GROUP BY 1', engine)\\n",
        "print(df.to_string(index=False))"
       ]
      }
     ],
     "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
     "nbformat": 4,
     "nbformat_minor": 5
    }
''')

case("kotlin", "decoy-build-reference", "driver-app/app/build.gradle.kts", None,
     "developer.android.com/build/gradle-tips (BuildConfig fields from local.properties)", '''
    import java.util.Properties

    plugins {
        id("com.android.application")
        id("org.jetbrains.kotlin.android")
    }

    val localProps = Properties().apply {
        val f = rootProject.file("local.properties")
        if (f.exists()) f.inputStream().use { load(it) }
    }

    android {
        namespace = "com.ridgeway.driver"
        compileSdk = 34
        defaultConfig {
            applicationId = "com.ridgeway.driver"
            minSdk = 26
            versionCode = 41
            versionName = "2.6.0"
            buildConfigField("String", "MAPS_API_KEY", "\\"${localProps.getProperty("MAPS_API_KEY", "")}\\"")
        }
        signingConfigs {
            create("release") {
                storeFile = file(System.getenv("RELEASE_KEYSTORE") ?: "release.jks")
                storePassword = System.getenv("RELEASE_STORE_PASSWORD")
                keyAlias = "driver"
                keyPassword = System.getenv("RELEASE_KEY_PASSWORD")
            }
        }
        buildFeatures { buildConfig = true }
    }
''')

case("swift", "decoy-keychain", "CustomerApp/Sources/Auth/TokenStore.swift", None,
     "developer.apple.com/documentation/security/keychain_services", '''
    import Foundation
    import Security

    enum TokenStore {
        private static let service = "com.willowbank.customer.session"

        static func save(_ token: String) {
            let data = Data(token.utf8)
            let query: [String: Any] = [kSecClass as String: kSecClassGenericPassword,
                                        kSecAttrService as String: service]
            SecItemDelete(query as CFDictionary)
            var add = query
            add[kSecValueData as String] = data
            add[kSecAttrAccessible as String] = kSecAttrAccessibleAfterFirstUnlock
            SecItemAdd(add as CFDictionary, nil)
        }

        static func load() -> String? {
            let query: [String: Any] = [kSecClass as String: kSecClassGenericPassword,
                                        kSecAttrService as String: service,
                                        kSecReturnData as String: true]
            var out: AnyObject?
            guard SecItemCopyMatching(query as CFDictionary, &out) == errSecSuccess,
                  let data = out as? Data else { return nil }
            return String(data: data, encoding: .utf8)
        }
    }
''')

case("cisco", "decoy-hash", "network/gc-access-sw02.cfg", None,
     "cisco.com IOS security configuration guide (enable secret 9, username secret 9: scrypt hashes)", '''
    !
    hostname GC-ACCESS-SW02
    !
    enable secret 9 <<h1>>
    !
    username netadmin privilege 15 secret 9 <<h2>>
    username monitor privilege 1 secret 9 <<h3>>
    !
    service password-encryption
    ip ssh version 2
    !
    interface range GigabitEthernet1/0/1 - 8
     description Shop floor PDQs
     switchport access vlan 10
    !
    line vty 0 15
     login local
     transport input ssh
    !
    end
''', h1=cisco9(), h2=cisco9(), h3=cisco9())

case("mikrotik", "decoy-redacted", "network/yard-office-export.rsc", None,
     "help.mikrotik.com/docs/display/ROS/Configuration+Management (export hides sensitive values unless show-sensitive)", '''
    # jun/20/2024 10:02:11 by RouterOS 7.14.3
    # model = RB952Ui-5ac2nD
    /interface wireless security-profiles
    add authentication-types=wpa2-psk mode=dynamic-keys name=yard-iot supplicant-identity=""
    /interface l2tp-client
    add connect-to=vpn.birchwoodgardencentre.co.uk disabled=no name=l2tp-headoffice use-ipsec=yes user=yard-office
    /ip address
    add address=192.168.88.1/24 interface=bridge network=192.168.88.0
    /system identity
    set name=yard-office-hap
''')

# --- hashes of passwords -----------------------------------------------------------------------
case("conf", "decoy-hash", "greenhouse/mosquitto/passwd", None,
     "mosquitto.org/man/mosquitto_passwd-1.html (PBKDF2-SHA512 $7$ hashes)", '''
    gh1:<<a>>
    gh2:<<b>>
    telegraf:<<c>>
    nodered:<<d>>
    homeassistant:<<e>>
''', a=mosquitto_hash(), b=mosquitto_hash(), c=mosquitto_hash(), d=mosquitto_hash(), e=mosquitto_hash())

case("htpasswd", "decoy-hash", "deploy/nginx/grafana.htpasswd", None,
     "httpd.apache.org/docs/2.4/programs/htpasswd.html (bcrypt -B)", '''
    # htpasswd -B for the greenhouse dashboard (kept in repo: hashes only)
    tom:<<a>>
    priya:<<b>>
    growers:<<c>>
    nightwatch:<<d>>
    contractor-2024:<<e>>
''', a=bcrypt_hash(), b=bcrypt_hash(), c=bcrypt_hash(), d=bcrypt_hash(), e=bcrypt_hash())

case("sql", "decoy-hash", "db/seeds/002_staff_users.sql", None,
     "postgresql.org/docs (INSERT); bcrypt hashes made by the app's user admin", '''
    -- Staff accounts for the stock app. Password hashes only; staff reset on first login.
    INSERT INTO staff_users (email, display_name, role, password_hash, must_reset) VALUES
      ('tom@cedarrungrowers.com',   'Tom H',    'manager', '<<a>>', true),
      ('priya@cedarrungrowers.com', 'Priya S',  'buyer',   '<<b>>', true),
      ('yard1@cedarrungrowers.com', 'Yard tab', 'yard',    '<<c>>', true),
      ('till@cedarrungrowers.com',  'Till',     'till',    '<<d>>', true);
''', a=bcrypt_hash(), b=bcrypt_hash(), c=bcrypt_hash(), d=bcrypt_hash())

case("json", "decoy-hash", "plantfinder/fixtures/staff.json", None,
     "docs.djangoproject.com/en/5.0/topics/auth/passwords (pbkdf2_sha256 hashes in fixtures)", '''
    [
      {
        "model": "auth.user",
        "pk": 1,
        "fields": {
          "username": "admin",
          "email": "web@copperbeechnurseries.com",
          "password": "<<a>>",
          "is_staff": true,
          "is_superuser": true
        }
      },
      {
        "model": "auth.user",
        "pk": 2,
        "fields": {
          "username": "content",
          "email": "content@copperbeechnurseries.com",
          "password": "<<b>>",
          "is_staff": true,
          "is_superuser": false
        }
      }
    ]
''', a=django_hash(), b=django_hash())

case("ini", "decoy-hash", "deploy/odoo/odoo-staging.conf", None,
     "odoo.com/documentation/17.0/administration/on_premise/deploy.html (admin_passwd hashed; db over unix socket)", '''
    [options]
    ; staging - peer authentication over the unix socket, no DB password
    admin_passwd = $pbkdf2-sha512$600000$<<salt>>$<<hash>>
    db_host = False
    db_port = False
    db_user = odoo
    db_password = False
    dbfilter = ^staging$
    list_db = False
    workers = 2
''', salt=b64url(rand_bytes(16)), hash=b64url(rand_bytes(64)))

case("caddyfile", "decoy-hash", "deploy/caddy/Caddyfile", None,
     "caddyserver.com/docs/caddyfile/directives/basic_auth (bcrypt hashes)", '''
    greenhouse.hollowoaktreefarm.com {
        basic_auth /grafana/* {
            growers <<a>>
            office <<b>>
        }
        reverse_proxy /grafana/* 127.0.0.1:3000
        reverse_proxy /nodered/* 127.0.0.1:1880
        encode gzip
        log {
            output file /var/log/caddy/greenhouse.log
        }
    }
''', a=bcrypt_hash(), b=bcrypt_hash())

# --- ciphertext ---------------------------------------------------------------------------------
_vault_lines = "\n".join(hexs(80) for _ in range(12))
case("ansible", "decoy-ciphertext", "ansible/inventory/group_vars/tills/vault.yml", None,
     "docs.ansible.com/ansible/latest/vault_guide/vault_encrypting_content.html ($ANSIBLE_VAULT;1.1;AES256)", '''
    $ANSIBLE_VAULT;1.1;AES256
    <<body>>
''', body=_vault_lines)

case("yaml", "decoy-ciphertext", "secrets/shop.enc.yaml", None,
     "github.com/getsops/sops (ENC[AES256_GCM,...] values and sops metadata)", '''
    stripe:
        secret_key: ENC[AES256_GCM,data:<<d1>>,iv:<<iv1>>,tag:<<t1>>,type:str]
        webhook_secret: ENC[AES256_GCM,data:<<d2>>,iv:<<iv2>>,tag:<<t2>>,type:str]
    sendgrid_api_key: ENC[AES256_GCM,data:<<d3>>,iv:<<iv3>>,tag:<<t3>>,type:str]
    sops:
        age:
            - recipient: age1<<rcpt>>
              enc: |
                -----BEGIN AGE ENCRYPTED FILE-----
                <<age1>>
                <<age2>>
                -----END AGE ENCRYPTED FILE-----
        lastmodified: "2024-06-11T09:14:02Z"
        mac: ENC[AES256_GCM,data:<<mac>>,iv:<<iv4>>,tag:<<t4>>,type:str]
        unencrypted_suffix: _unencrypted
        version: 3.8.1
''', d1=b64_key(80), iv1=b64_key(32), t1=b64_key(16), d2=b64_key(30), iv2=b64_key(32), t2=b64_key(16),
     d3=b64_key(52), iv3=b64_key(32), t3=b64_key(16), rcpt=chars(58, "qpzry9x8gf2tvdw0s3jn54khce6mua7l"),
     age1=b64_key(48)[:64], age2=b64_key(30), mac=b64_key(64), iv4=b64_key(32), t4=b64_key(16))

case("k8s", "decoy-ciphertext", "k8s/delivery/sealed-onfleet.yaml", None,
     "github.com/bitnami-labs/sealed-secrets (SealedSecret encryptedData)", '''
    apiVersion: bitnami.com/v1alpha1
    kind: SealedSecret
    metadata:
      name: onfleet
      namespace: logistics
    spec:
      encryptedData:
        api-key: AgB<<a>>
        webhook-secret: AgB<<b>>
      template:
        metadata:
          name: onfleet
          namespace: logistics
        type: Opaque
''', a=b64_key(380).rstrip("="), b=b64_key(380).rstrip("="))

case("properties", "decoy-ciphertext", "b2b-api/src/main/resources/application-prod.properties", None,
     "github.com/ulisesbocchio/jasypt-spring-boot (ENC() values, password from JASYPT_ENCRYPTOR_PASSWORD)", '''
    # Values encrypted with jasypt; the encryptor password is injected as JASYPT_ENCRYPTOR_PASSWORD
    spring.datasource.url=jdbc:mysql://db.ridgeway.internal:3306/b2b
    spring.datasource.username=b2b_app
    spring.datasource.password=ENC(<<a>>)
    xero.client-secret=ENC(<<b>>)
    jasypt.encryptor.algorithm=PBEWITHHMACSHA512ANDAES_256
    jasypt.encryptor.iv-generator-classname=org.jasypt.iv.RandomIvGenerator
''', a=b64_key(48), b=b64_key(80))

case("yaml", "decoy-ciphertext", "functions/serverless.yml", None,
     "docs.aws.amazon.com/lambda/latest/dg/configuration-envvars-encryption.html (KMS ciphertext, decrypted at runtime)", '''
    service: order-sms
    provider:
      name: aws
      runtime: nodejs20.x
      region: eu-west-2
      kmsKeyArn: arn:aws:kms:eu-west-2:418273645091:key/5d1e2c3b-4a59-4e68-8f7a-9b0c1d2e3f40
      environment:
        TWILIO_ACCOUNT_SID: <<sid>>
        # KMS ciphertext; the function decrypts it with kms:Decrypt at cold start
        TWILIO_AUTH_TOKEN_ENCRYPTED: AQICAHh<<ct>>
    functions:
      deliverySms:
        handler: handler.deliverySms
        events:
          - sqs: arn:aws:sqs:eu-west-2:418273645091:delivery-booked
''', sid=twilio_sid(), ct=b64_key(180))

_pgp = b64_key(48)[5:] + "\n" + "\n".join(b64_key(48) for _ in range(8)) + "\n" + b64_key(21) + "\n=" + b64_key(3)
case("pgp", "decoy-ciphertext", "secrets/till-admin-pins.txt.asc", None,
     "RFC 4880 ASCII armor (gpg --encrypt --armor to the office keys)", '''
    -----BEGIN PGP MESSAGE-----

    hQIMA<<body>>
    -----END PGP MESSAGE-----
''', body=_pgp)

# --- public keys, certificates and public identifiers ----------------------------------------
case("ssh", "decoy-public-key", "deploy/keys/authorized_keys", None,
     "man.openbsd.org/sshd.8#AUTHORIZED_KEYS_FILE_FORMAT", '''
    # Deploy and admin access to shop-vps-01 (public keys only)
    ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI<<a>> tom@office-nuc
    ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI<<b>> priya@laptop
    ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI<<c>> gitlab-deploy@copperbeech
    from="81.2.69.160/28" ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABgQ<<d>> backup@nas01
''', a=chars(43, B64CHARS), b=chars(43, B64CHARS), c=chars(43, B64CHARS), d=chars(500, B64CHARS) + "=")

case("pem", "decoy-certificate", "deploy/nginx/certs/shop.willowbankplants.co.uk.chain.pem", None,
     "RFC 7468 (certificate PEM); nginx ssl_certificate chain file", '''
    <<c1>>
    <<c2>>
''', c1=cert_pem(22), c2=cert_pem(24))

case("wireguard", "decoy-public-key", "network/wireguard/wg0-headoffice.conf", None,
     "man7.org/linux/man-pages/man8/wg.8.html (private-key read from a file by PostUp)", '''
    [Interface]
    Address = 10.66.0.1/24
    ListenPort = 51820
    # private key stays on the box: generated with `wg genkey > /etc/wireguard/wg0.key`
    PostUp = wg set %i private-key /etc/wireguard/%i.key
    PostUp = iptables -A FORWARD -i %i -j ACCEPT
    PostDown = iptables -D FORWARD -i %i -j ACCEPT

    [Peer]
    # polytunnel site Pi
    PublicKey = <<p1>>
    AllowedIPs = 10.66.0.7/32

    [Peer]
    # tree field gateway
    PublicKey = <<p2>>
    AllowedIPs = 10.66.0.8/32
''', p1=b64_key(32), p2=b64_key(32))

case("json", "decoy-public-key", "site/public/.well-known/jwks.json", None,
     "RFC 7517 (JSON Web Key Set, public RSA keys n/e)", '''
    {
      "keys": [
        {
          "kty": "RSA",
          "use": "sig",
          "alg": "RS256",
          "kid": "driver-app-2024-06",
          "n": "<<n1>>",
          "e": "AQAB"
        },
        {
          "kty": "RSA",
          "use": "sig",
          "alg": "RS256",
          "kid": "driver-app-2023-11",
          "n": "<<n2>>",
          "e": "AQAB"
        }
      ]
    }
''', n1=b64url(rand_bytes(256)), n2=b64url(rand_bytes(256)))

_pgp_pub = "mDMEZ" + chars(59, B64CHARS) + "\n" + "\n".join(chars(64, B64CHARS) for _ in range(6)) + "\n" + chars(20, B64CHARS) + "\n=" + chars(4, B64CHARS)
case("markdown", "decoy-public-key", "SECURITY.md", None,
     "RFC 4880 (ASCII-armored public key block); securitytxt.org", '''
    # Security policy

    If you find a vulnerability in the Copper Beech plant shop or driver app, email
    security@copperbeechnurseries.com. Encrypt sensitive details with our public key:

    ```
    -----BEGIN PGP PUBLIC KEY BLOCK-----

    <<k>>
    -----END PGP PUBLIC KEY BLOCK-----
    ```

    Fingerprint: `8F3A 91C2 77D0 4B1E 2C6A  5D90 E14B 0C7F 3A22 9E61`
''', k=_pgp_pub)

case("js", "decoy-publishable-key", "site/src/checkout/payment-element.js", None,
     "docs.stripe.com/keys#obtain-api-keys (publishable keys pk_live_ are meant for the browser)", '''
    import { loadStripe } from '@stripe/stripe-js';

    // Publishable key: safe in the browser, identifies the account only
    const stripePromise = loadStripe('<<pk>>');

    export async function mountPayment(el, basketId) {
      const stripe = await stripePromise;
      const res = await fetch(`/api/checkout/intent?basket=${basketId}`, { method: 'POST' });
      const { clientSecret } = await res.json();
      const elements = stripe.elements({ clientSecret, appearance: { theme: 'flat' } });
      elements.create('payment').mount(el);
      return { stripe, elements };
    }
''', pk=stripe("pk_live_"))

case("js", "decoy-public-id", "site/src/checkout/square-card.js", None,
     "developer.squareup.com/docs/web-payments/take-card-payment (application id and location id in the page)", '''
    // Square Web Payments SDK - card form for click & collect orders
    const APPLICATION_ID = 'sq0idp-<<app>>';
    const LOCATION_ID = 'L<<loc>>';

    async function initCard() {
      const payments = window.Square.payments(APPLICATION_ID, LOCATION_ID);
      const card = await payments.card();
      await card.attach('#card-container');
      document.querySelector('#pay').addEventListener('click', async () => {
        const result = await card.tokenize();
        if (result.status === 'OK') {
          await fetch('/api/collect/pay', { method: 'POST', body: JSON.stringify({ nonce: result.token }) });
        }
      });
    }

    initCard();
''', app=chars(22, URLSAFE), loc=chars(12, UPPER_ALNUM))

case("ts", "decoy-browser-token", "site/src/components/DeliveryMap.tsx", None,
     "docs.mapbox.com/help/getting-started/access-tokens (public pk. tokens, URL-restricted)", '''
    import mapboxgl from 'mapbox-gl';
    import { useEffect, useRef } from 'react';

    // Public token, restricted to *.ridgewaystone.co.uk in the Mapbox account
    mapboxgl.accessToken = '<<pk>>';

    export function DeliveryMap({ zones }: { zones: GeoJSON.FeatureCollection }) {
      const ref = useRef<HTMLDivElement>(null);
      useEffect(() => {
        const map = new mapboxgl.Map({ container: ref.current!, style: 'mapbox://styles/mapbox/outdoors-v12',
                                       center: [-1.9478, 52.0921], zoom: 8 });
        map.on('load', () => {
          map.addSource('zones', { type: 'geojson', data: zones });
          map.addLayer({ id: 'zones', type: 'fill', source: 'zones',
                         paint: { 'fill-color': ['get', 'colour'], 'fill-opacity': 0.35 } });
        });
        return () => map.remove();
      }, [zones]);
      return <div ref={ref} style={{ height: 420 }} />;
    }
''', pk=mapbox_token("pk", "ridgeway-stone"))

case("html", "decoy-search-only-key", "site/templates/plant-finder.html", None,
     "algolia.com/doc/guides/security/api-keys/#search-only-api-key (safe in front-end code)", '''
    <div id="searchbox"></div>
    <div id="hits"></div>
    <script src="https://cdn.jsdelivr.net/npm/algoliasearch@4/dist/algoliasearch-lite.umd.js"></script>
    <script src="https://cdn.jsdelivr.net/npm/instantsearch.js@4"></script>
    <script>
      // search-only key (ACL: search), safe to ship
      const searchClient = algoliasearch('N4QK7T2ZRE', '<<k>>');
      const search = instantsearch({ indexName: 'plants_en_gb', searchClient });
      search.addWidgets([
        instantsearch.widgets.searchBox({ container: '#searchbox', placeholder: 'Search 3,000 plants' }),
        instantsearch.widgets.hits({ container: '#hits' }),
      ]);
      search.start();
    </script>
''', k=hexs(32))

case("html", "decoy-public-id", "site/templates/base.html", None,
     "developers.google.com/recaptcha/docs/display (site key); GA4 measurement id; Meta pixel id", '''
    <!doctype html>
    <html lang="en-GB">
    <head>
      <meta charset="utf-8">
      <title>{% block title %}Birchwood Garden Centre{% endblock %}</title>
      <script async src="https://www.googletagmanager.com/gtag/js?id=G-<<ga>>"></script>
      <script>
        window.dataLayer = window.dataLayer || [];
        function gtag(){dataLayer.push(arguments);}
        gtag('js', new Date());
        gtag('config', 'G-<<ga>>');
      </script>
      <script>
        !function(f,b,e,v,n,t,s){if(f.fbq)return;n=f.fbq=function(){n.callMethod?
        n.callMethod.apply(n,arguments):n.queue.push(arguments)};}(window,document,'script');
        fbq('init', '<<px>>');
        fbq('track', 'PageView');
      </script>
      <script src="https://www.google.com/recaptcha/api.js" async defer></script>
    </head>
    <body>
      {% block content %}{% endblock %}
      <form method="post" action="/newsletter">
        <input type="email" name="email" required>
        <div class="g-recaptcha" data-sitekey="6L<<rc>>"></div>
        <button>Sign up for the seasonal newsletter</button>
      </form>
    </body>
    </html>
''', ga=chars(10, UPPER_ALNUM), px=digits(15), rc=chars(38, URLSAFE))

case("js", "decoy-public-config", "site/src/firebase.js", None,
     "firebase.google.com/docs/projects/api-keys (Firebase API keys are not secret)", '''
    import { initializeApp } from 'firebase/app';
    import { getAuth } from 'firebase/auth';
    import { getFirestore } from 'firebase/firestore';

    // Firebase web config: identifies the project; access is enforced by security rules
    const firebaseConfig = {
      apiKey: '<<k>>',
      authDomain: 'loyalty-birchwood.firebaseapp.com',
      projectId: 'loyalty-birchwood',
      storageBucket: 'loyalty-birchwood.appspot.com',
      messagingSenderId: '<<sender>>',
      appId: '1:<<sender>>:web:<<app>>',
    };

    export const app = initializeApp(firebaseConfig);
    export const auth = getAuth(app);
    export const db = getFirestore(app);
''', k=google_key(), sender=digits(12), app=hexs(22))

case("dart", "decoy-public-key", "customer_app/lib/supabase_config.dart", None,
     "supabase.com/docs/guides/api/api-keys (anon key is public; row level security protects data)", '''
    import 'package:supabase_flutter/supabase_flutter.dart';

    // anon key: public by design, every table has row level security
    const supabaseUrl = 'https://<<ref>>.supabase.co';
    const supabaseAnonKey = '<<anon>>';

    Future<void> initSupabase() async {
      await Supabase.initialize(url: supabaseUrl, anonKey: supabaseAnonKey);
    }

    final plantsStream = Supabase.instance.client
        .from('plants')
        .stream(primaryKey: ['id'])
        .eq('in_stock', true);
''', ref="mwkqzplrhtuycbnxdeov",
     anon=jwt({"alg": "HS256", "typ": "JWT"},
              {"iss": "supabase", "ref": "mwkqzplrhtuycbnxdeov", "role": "anon", "iat": 1716200000, "exp": 2031776000}))

case("js", "decoy-public-token", "theme/assets/storefront-stock.js", None,
     "shopify.dev/docs/api/storefront#authentication (public access token, unauthenticated scopes)", '''
    // Live stock badges on collection pages via the Storefront API.
    // Public Storefront token (unauthenticated_read_product_inventory only) - meant for browsers.
    const STOREFRONT_TOKEN = '<<t>>';
    const ENDPOINT = 'https://greenacres-nursery.myshopify.com/api/2024-07/graphql.json';

    async function stockFor(handles) {
      const query = `query($q: String!) { products(first: 50, query: $q) { nodes { handle totalInventory } } }`;
      const res = await fetch(ENDPOINT, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-Shopify-Storefront-Access-Token': STOREFRONT_TOKEN },
        body: JSON.stringify({ query, variables: { q: handles.map((h) => `handle:${h}`).join(' OR ') } }),
      });
      return (await res.json()).data.products.nodes;
    }

    document.addEventListener('DOMContentLoaded', async () => {
      const cards = [...document.querySelectorAll('[data-handle]')];
      for (const p of await stockFor(cards.map((c) => c.dataset.handle))) {
        document.querySelector(`[data-handle="${p.handle}"] .stock`).textContent = p.totalInventory > 0 ? 'In stock' : 'Sold out';
      }
    });
''', t=hexs(32))

case("html", "decoy-public-id", "site/templates/checkout-paypal.html", None,
     "developer.paypal.com/sdk/js/configuration (client-id in the script URL is public)", '''
    <div id="paypal-buttons"></div>
    <script src="https://www.paypal.com/sdk/js?client-id=A<<cid>>&currency=GBP&intent=capture"></script>
    <script>
      paypal.Buttons({
        createOrder: () => fetch('/api/paypal/order', { method: 'POST' }).then((r) => r.json()).then((d) => d.id),
        onApprove: (data) => fetch(`/api/paypal/capture/${data.orderID}`, { method: 'POST' })
          .then(() => { window.location = '/thanks'; }),
      }).render('#paypal-buttons');
    </script>
''', cid=chars(79, URLSAFE))

case("liquid", "decoy-public-id", "theme/snippets/klaviyo-onsite.liquid", None,
     "developers.klaviyo.com/en/docs/javascript_api (public API key / site id in klaviyo.js)", '''
    {% comment %} Klaviyo onsite tracking and sign-up forms (public site id) {% endcomment %}
    <script async type="text/javascript"
      src="https://static.klaviyo.com/onsite/js/klaviyo.js?company_id=<<cid>>"></script>
    <script>
      window.klaviyo = window.klaviyo || [];
      {% if customer %}
      klaviyo.push(['identify', { '$email': '{{ customer.email }}' }]);
      {% endif %}
    </script>
''', cid=chars(6))

case("python", "decoy-public-id", "notifications/sms_settings.py", None,
     "twilio.com/docs/iam/api/account (Account SID identifies the account; auth token kept secret)", '''
    """Twilio settings for delivery texts. The auth token is read at runtime, never stored here."""
    import os

    TWILIO_ACCOUNT_SID = "<<ac>>"
    TWILIO_MESSAGING_SERVICE_SID = "<<mg>>"
    TWILIO_AUTH_TOKEN = os.environ["TWILIO_AUTH_TOKEN"]

    TEMPLATES = {
        "booked": "Your {shop} delivery {ref} is booked for {window}.",
        "on_the_way": "Our driver {driver} is on the way with order {ref}. ETA {eta}.",
        "delivered": "Order {ref} delivered. Water new trees well for the first fortnight!",
    }
''', ac=twilio_sid("AC"), mg=twilio_sid("MG"))

case("yaml", "decoy-public-id", "lorawan/devices/orchard-row12.yaml", None,
     "thethingsindustries.com/docs/devices (DevEUI/JoinEUI are identifiers; AppKey kept in the join server)", '''
    # Device registry entry (identifiers only; root keys live in the TTN join server)
    device_id: orchard-row12-frost
    application_id: cedarrun-field-sensors
    model: Dragino LHT65N
    dev_eui: "<<dev>>"
    join_eui: "A840410000000107"
    frequency_plan: EU_863_870_TTN
    location:
      latitude: 52.0874
      longitude: -1.9512
    battery_replaced: 2024-03-02
''', dev=chars(16, HEXU))

case("yaml", "decoy-uuid-id", "irrigation/rachio-zones.yaml", None,
     "rachio.readme.io/reference (device and zone ids are UUIDs)", '''
    # Rachio zone map for the display gardens (ids from GET /public/person/{id}); API key from env RACHIO_API_KEY
    controller:
      name: Display gardens
      device_id: <<dev>>
    zones:
      - id: <<z1>>
        name: Rose garden
        minutes: 12
      - id: <<z2>>
        name: Prairie border
        minutes: 8
      - id: <<z3>>
        name: Container demo beds
        minutes: 15
''', dev=uuid4(), z1=uuid4(), z2=uuid4(), z3=uuid4())

# --- checksums, digests and ids ----------------------------------------------------------------
def _sri() -> str:
    return "sha512-" + b64_key(64)


case("json", "decoy-checksum", "site/package-lock.json", None,
     "docs.npmjs.com/cli/v10/configuring-npm/package-lock-json (integrity: subresource integrity hashes)", '''
    {
      "name": "plant-catalogue-site",
      "version": "3.4.0",
      "lockfileVersion": 3,
      "requires": true,
      "packages": {
        "node_modules/@stripe/stripe-js": {
          "version": "4.1.0",
          "resolved": "https://registry.npmjs.org/@stripe/stripe-js/-/stripe-js-4.1.0.tgz",
          "integrity": "<<a>>"
        },
        "node_modules/mapbox-gl": {
          "version": "3.5.2",
          "resolved": "https://registry.npmjs.org/mapbox-gl/-/mapbox-gl-3.5.2.tgz",
          "integrity": "<<b>>"
        },
        "node_modules/algoliasearch": {
          "version": "4.24.0",
          "resolved": "https://registry.npmjs.org/algoliasearch/-/algoliasearch-4.24.0.tgz",
          "integrity": "<<c>>"
        }
      }
    }
''', a=_sri(), b=_sri(), c=_sri())

case("json", "decoy-checksum", "irrigation/firmware/manifest.json", None,
     "esphome.io/guides/ota_updates / ESP Web Tools manifest (sha256 of firmware images)", '''
    {
      "name": "Tunnel irrigation controller",
      "version": "2024.6.2",
      "builds": [
        {
          "chipFamily": "ESP32",
          "parts": [
            { "path": "tunnel-irrigation-esp32.factory.bin", "offset": 0 }
          ],
          "sha256": "<<a>>"
        },
        {
          "chipFamily": "ESP8266",
          "parts": [
            { "path": "tunnel-irrigation-esp8266.bin", "offset": 0 }
          ],
          "sha256": "<<b>>"
        }
      ]
    }
''', a=hexs(64), b=hexs(64))

case("dockerfile", "decoy-checksum", "greenhouse/collector/Dockerfile", None,
     "docs.docker.com/reference/dockerfile/#from (pinning by digest)", '''
    FROM python:3.12-slim@sha256:<<a>> AS base
    ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1
    WORKDIR /app
    COPY requirements.txt .
    RUN pip install --no-cache-dir --require-hashes -r requirements.txt
    COPY collector/ collector/

    FROM gcr.io/distroless/python3-debian12@sha256:<<b>>
    COPY --from=base /usr/local/lib/python3.12/site-packages /usr/lib/python3/dist-packages
    COPY --from=base /app /app
    WORKDIR /app
    ENTRYPOINT ["python3", "-m", "collector"]
''', a=hexs(64), b=hexs(64))

case("gosum", "decoy-checksum", "go.sum", None,
     "go.dev/ref/mod#go-sum-files (h1: module hashes)", '''
    github.com/amenzhinsky/iothub v0.9.0 h1:<<a>>=
    github.com/amenzhinsky/iothub v0.9.0/go.mod h1:<<b>>=
    github.com/eclipse/paho.mqtt.golang v1.4.3 h1:<<c>>=
    github.com/eclipse/paho.mqtt.golang v1.4.3/go.mod h1:<<d>>=
    github.com/gorilla/websocket v1.5.1 h1:<<e>>=
    github.com/gorilla/websocket v1.5.1/go.mod h1:<<f>>=
    golang.org/x/net v0.26.0 h1:<<g>>=
    golang.org/x/net v0.26.0/go.mod h1:<<h>>=
''', a=b64_key(32)[:43], b=b64_key(32)[:43], c=b64_key(32)[:43], d=b64_key(32)[:43], e=b64_key(32)[:43],
     f=b64_key(32)[:43], g=b64_key(32)[:43], h=b64_key(32)[:43])

_c1 = hexs(40)
case("markdown", "decoy-commit-hash", "CHANGELOG.md", None,
     "keepachangelog.com (entries linking commits)", '''
    # Changelog

    ## 2.6.0 - 2024-06-18
    - Delivery slots: block Sundays in peak planting season ([<<c1s>>](https://gitlab.com/copperbeech/till-bridge/-/commit/<<c1>>))
    - Stock sync: retry Square 429s with backoff (<<c2s>>)
    - Fix bare-root pre-order tag not cleared after lifting (<<c3s>>)

    ## 2.5.1 - 2024-05-02
    - Move the Square token to Vault; rotate the old one (<<c4s>>)
    - Bump mapbox-gl to 3.5.2 (<<c5s>>)
''', c1=_c1, c1s=_c1[:8], c2s=hexs(8), c3s=hexs(8), c4s=hexs(8), c5s=hexs(8))

def _ean13() -> str:
    r = _rng()
    body = "50" + "".join(r.choice(DIGITS) for _ in range(10))
    check = (10 - sum(int(d) * (3 if i % 2 else 1) for i, d in enumerate(body)) % 10) % 10
    return body + str(check)


_rows = "\n".join(f"{uuid4()},{sku},{_ean13()},{name},{pot},{price}" for sku, name, pot, price in [
    ("ACE-BLD-10", "Acer palmatum 'Bloodgood'", "10L", "49.99"),
    ("BUX-SEM-02", "Buxus sempervirens", "2L", "8.99"),
    ("LAV-HID-09", "Lavandula angustifolia 'Hidcote'", "9cm", "3.49"),
    ("BET-JAC-RB", "Betula utilis var. jacquemontii", "bare root 8-10cm", "89.00"),
    ("PRU-LAU-05", "Prunus laurocerasus 'Rotundifolia'", "5L", "14.99"),
    ("MUL-BRK-1M", "Bark mulch bulk bag", "1m3", "75.00"),
])
case("csv", "decoy-identifiers", "exports/catalogue-2024-06.csv", None,
     "GS1 General Specifications (EAN-13 check digit); RFC 9562 (UUID ids)", '''
    product_id,sku,barcode,name,pot_size,price_gbp
    <<rows>>
''', rows=_rows)

_sensor_rows = "\n".join(
    f"2024-06-1{d}T0{h}:00:00Z,{mac},{zone},{t},{rh}"
    for d, h, mac, zone, t, rh in [
        (1, 4, "A4:CF:12:9B:3E:01", "prop-house", "14.2", "88"), (1, 4, "A4:CF:12:9B:3E:02", "tunnel-3", "11.8", "93"),
        (1, 5, "A4:CF:12:9B:3E:01", "prop-house", "14.0", "89"), (1, 5, "A4:CF:12:9B:3E:02", "tunnel-3", "11.1", "94"),
        (2, 4, "A4:CF:12:9B:3E:01", "prop-house", "15.1", "85"), (2, 4, "A4:CF:12:9B:3E:02", "tunnel-3", "12.6", "90"),
    ])
case("csv", "decoy-identifiers", "data/greenhouse/climate-sample.csv", None,
     "IEEE 802 MAC addresses as sensor ids; ISO 8601 timestamps", '''
    timestamp,sensor_mac,zone,air_temp_c,rh_pct
    <<rows>>
''', rows=_sensor_rows)

case("json", "decoy-fixture", "tests/fixtures/shopify/orders_create.json", None,
     "shopify.dev/docs/api/webhooks?reference=toml#list-of-topics-orders/create (webhook payload)", '''
    {
      "id": 5937421098231,
      "admin_graphql_api_id": "gid://shopify/Order/5937421098231",
      "name": "#GA10482",
      "email": "customer@example.com",
      "created_at": "2024-06-12T10:14:31+01:00",
      "currency": "GBP",
      "total_price": "134.45",
      "token": "123456abcd",
      "checkout_token": null,
      "line_items": [
        { "id": 14422009813239, "sku": "ACE-BLD-10", "title": "Acer palmatum 'Bloodgood' 10L", "quantity": 2, "price": "49.99" },
        { "id": 14422009846007, "sku": "MUL-BRK-1M", "title": "Bark mulch bulk bag", "quantity": 1, "price": "34.47" }
      ],
      "shipping_lines": [ { "code": "local-pallet", "price": "0.00" } ],
      "tags": "click-and-collect"
    }
''')

case("json", "decoy-fixture", "tests/fixtures/stripe/checkout_session_completed.json", None,
     "docs.stripe.com/api/events/object (event fixture: ids, no keys)", '''
    {
      "id": "evt_1PQx<<e>>",
      "object": "event",
      "api_version": "2024-06-20",
      "type": "checkout.session.completed",
      "livemode": false,
      "data": {
        "object": {
          "id": "cs_test_a1<<cs>>",
          "object": "checkout.session",
          "amount_total": 13445,
          "currency": "gbp",
          "customer": "cus_Q<<cus>>",
          "payment_intent": "pi_3PQx<<pi>>",
          "payment_status": "paid",
          "metadata": { "basket_id": "b-20240612-0041" }
        }
      }
    }
''', e=chars(20), cs=chars(56), cus=chars(13), pi=chars(20))

case("json", "decoy-identifiers", "infra/iam/till-bridge-policy.json", None,
     "docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements.html (ARNs)", '''
    {
      "Version": "2012-10-17",
      "Statement": [
        {
          "Sid": "ReadTillSecrets",
          "Effect": "Allow",
          "Action": ["secretsmanager:GetSecretValue"],
          "Resource": "arn:aws:secretsmanager:eu-west-2:418273645091:secret:greenacres/tills/*"
        },
        {
          "Sid": "DecryptWithTillKey",
          "Effect": "Allow",
          "Action": ["kms:Decrypt"],
          "Resource": "arn:aws:kms:eu-west-2:418273645091:key/<<kid>>"
        }
      ]
    }
''', kid=uuid4())

# --- vendor doc examples, tests, redactions ---------------------------------------------------------
case("markdown", "decoy-docs-example", "docs/aws-setup.md", None,
     "docs.aws.amazon.com/cli/latest/userguide/cli-configure-files.html (documented example keys)", '''
    # Setting up the AWS CLI for the shop deploys

    Ask Tom for an IAM user in the `plantshop-deploy` group, then run `aws configure --profile plantshop`.
    Your `~/.aws/credentials` ends up looking like this (AWS's documentation example, not a real key):

    ```ini
    [plantshop]
    aws_access_key_id = AKIAIOSFODNN7EXAMPLE
    aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY
    ```

    Never commit that file. Deploys from CI use the OIDC role `plantshop-gha-deploy` instead.
''')

case("markdown", "decoy-docs-example", "irrigation/opensprinkler/README.md", None,
     "OpenSprinkler firmware API document (pw parameter: MD5 of the password; factory default 'opendoor')", '''
    # OpenSprinkler helpers

    The controller API takes the MD5 hash of the device password in `pw=`. The manual's example
    uses the factory default password `opendoor`:

        http://<controller-ip>/jc?pw=a6d82bced638de3def1e9bbb4983225c

    Our controllers do **not** use the default. Scripts read the hash from `OS_PW_MD5`
    (set in `/etc/irrigation/env`), e.g.

        curl -s "http://10.20.0.45/jc?pw=$OS_PW_MD5" | jq .sbits
''')

case("markdown", "decoy-docs-example", "docs/driver-api-auth.md", None,
     "jwt.io introduction (the well-known HS256 example token, secret 'your-256-bit-secret')", '''
    # Driver app API authentication

    The driver app sends a JWT in `Authorization: Bearer <token>`. A token has three base64url
    parts; this is the jwt.io example, which decodes to `{"sub":"1234567890","name":"John Doe"}`:

        eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c

    Real tokens are RS256, signed by the auth service; the public keys are served at
    `/.well-known/jwks.json`. Tokens expire after 12 hours (one shift).
''')

case("python", "decoy-test-fixture", "tests/test_square_sync.py", None,
     "docs.pytest.org (fixtures, monkeypatch); obvious dummy credentials", '''
    import pytest

    from pos.square_sync import client as square_client

    FAKE_TOKEN = "test-square-token-not-real"


    @pytest.fixture(autouse=True)
    def square_env(monkeypatch):
        monkeypatch.setenv("SQUARE_ACCESS_TOKEN", FAKE_TOKEN)
        monkeypatch.setenv("SQUARE_ENVIRONMENT", "sandbox")
        monkeypatch.setenv("SQUARE_LOCATION_ID", "LTESTLOCATION")


    def test_client_uses_env_token():
        c = square_client.square_client()
        assert c.config.access_token == FAKE_TOKEN


    def test_missing_token_exits(monkeypatch):
        monkeypatch.delenv("SQUARE_ACCESS_TOKEN")
        with pytest.raises(SystemExit):
            square_client.square_client()
''')

case("ts", "decoy-test-fixture", "services/stock/test/shopify.test.ts", None,
     "jestjs.io; github.com/nock/nock (HTTP mocking with dummy tokens)", '''
    import nock from 'nock';
    import { pushStock } from '../src/shopify';

    const DUMMY_TOKEN = 'shpat_00000000000000000000000000000000';

    describe('pushStock', () => {
      beforeEach(() => {
        process.env.SHOPIFY_ADMIN_TOKEN = DUMMY_TOKEN;
        process.env.SHOPIFY_SHOP = 'example-shop.myshopify.com';
      });

      it('sends the admin token header', async () => {
        const scope = nock('https://example-shop.myshopify.com', {
          reqheaders: { 'X-Shopify-Access-Token': DUMMY_TOKEN },
        })
          .post('/admin/api/2024-07/graphql.json')
          .reply(200, { data: { inventorySetQuantities: { userErrors: [] } } });
        await pushStock([{ sku: 'BUX-SEM-02', qty: 40 }]);
        expect(scope.isDone()).toBe(true);
      });
    });
''')

case("log", "decoy-redacted", "ops/incidents/2024-05-14-till-bridge.log", None,
     "application log with credentials masked by the logger", '''
    2024-05-14T07:58:01Z INFO  till-bridge starting version=4.12.0 location=LQ8Y2F1XW0RTS
    2024-05-14T07:58:02Z DEBUG GET https://connect.squareup.com/v2/locations headers={Authorization: Bearer ****************************, Square-Version: 2024-04-17}
    2024-05-14T07:58:02Z ERROR square returned 401 UNAUTHORIZED: "This request could not be authorized."
    2024-05-14T07:58:02Z WARN  token fingerprint=sha256:9f2c1e..b7 (masked) - rotated? check Vault kv/tills/square
    2024-05-14T08:12:40Z INFO  config reloaded from Vault; token=[REDACTED]
    2024-05-14T08:12:41Z INFO  GET /v2/locations 200 (212 ms)
    2024-05-14T08:12:44Z INFO  synced 1,284 catalog variations
''')

case("markdown", "decoy-redacted", "docs/incidents/2024-03-leaked-webhook.md", None,
     "blameless postmortem template; values redacted before publishing", '''
    # Postmortem: Slack webhook posted to a public gist (2024-03-08)

    **Impact:** spam messages in #yard-team for 40 minutes. No customer data involved.

    ## Timeline
    - 09:12 A debug script containing `SLACK_WEBHOOK_URL=https://hooks.slack.com/services/T********/B********/************************` was pasted into a public gist.
    - 09:50 Spam appears in #yard-team.
    - 10:31 Webhook revoked in Slack admin; new URL stored in Vault (`kv/alerts/slack`).

    ## Actions
    - [x] Rotate the webhook (done, old one returns `invalid_token`).
    - [x] Add the pre-commit secret scan to the ops repo.
    - [ ] Move all alert scripts to read URLs from Vault.
''')

case("yaml", "decoy-password-policy", "staff-portal/config/security.yaml", None,
     "NIST SP 800-63B (memorized secret rules); OWASP ASVS 2.1", '''
    password_policy:
      min_length: 12
      max_length: 128
      require_mixed_case: false
      check_breached_passwords: true
      disallow:
        - company_name        # "copperbeech"
        - username
      lockout:
        attempts: 10
        window_minutes: 15
    session:
      idle_timeout_minutes: 30
      remember_device_days: 30
    mfa:
      required_for_roles: [manager, buyer, accounts]
''')

case("html", "decoy-form-field", "staff-portal/templates/login.html", None,
     "developer.mozilla.org/docs/Web/HTML/Element/input/password", '''
    {% extends "base.html" %}
    {% block content %}
    <form method="post" action="{{ url_for('auth.login') }}" class="login">
      <input type="hidden" name="csrf_token" value="{{ csrf_token() }}">
      <label for="email">Work email</label>
      <input id="email" name="email" type="email" autocomplete="username" required>
      <label for="password">Password</label>
      <input id="password" name="password" type="password" autocomplete="current-password"
             placeholder="Your staff portal password" minlength="12" required>
      <button type="submit">Sign in</button>
      <a href="{{ url_for('auth.reset') }}">Forgotten your password?</a>
    </form>
    {% endblock %}
''')

case("sql", "decoy-variable", "db/roles/create_readonly.sql", None,
     "postgresql.org/docs/current/app-psql.html (variables :'name' set with -v)", '''
    -- Run with: psql -v analyst_password="$(op read 'op://Data/analyst/password')" -f create_readonly.sql
    \\set ON_ERROR_STOP on
    CREATE ROLE analyst LOGIN PASSWORD :'analyst_password';
    GRANT CONNECT ON DATABASE climate TO analyst;
    GRANT USAGE ON SCHEMA public TO analyst;
    GRANT SELECT ON ALL TABLES IN SCHEMA public TO analyst;
    ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT ON TABLES TO analyst;
''')

case("k8s", "decoy-placeholder", "k8s/templates/onfleet-secret.yaml.tmpl", None,
     "kubernetes.io/docs/concepts/configuration/secret (stringData); gnu.org gettext envsubst", '''
    # Rendered in CI: envsubst < onfleet-secret.yaml.tmpl | kubectl apply -f -
    apiVersion: v1
    kind: Secret
    metadata:
      name: onfleet
      namespace: logistics
    type: Opaque
    stringData:
      api-key: "${ONFLEET_API_KEY}"
      webhook-secret: "${ONFLEET_WEBHOOK_SECRET}"
''')

