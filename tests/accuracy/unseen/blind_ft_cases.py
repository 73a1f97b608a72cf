"""Blind set FT: print shops and copy centres.

Web-to-print storefronts (Printful, Printify, Gelato, Prodigi, Lulu, WooCommerce, Shopify, Magento),
print servers and multifunction devices (CUPS, PaperCut, Windows print servers, HP, Xerox, Ricoh,
Konica Minolta, Kyocera, Canon, Fiery), customer file upload storage (S3, B2, R2, Spaces, Azure,
SFTP/FTP hot folders, Cloudinary, Uploadcare), prepress automation (Enfocus Switch, Esko, Adobe PDF
Services, HP PrintOS, MIS databases), shipping (EasyPost, Shippo, ShipStation, UPS, FedEx, DHL) and
payments (Stripe, PayPal, Braintree, Square, Adyen, Mollie), and their decoys.

Generated fakes only (seeds 2030000-2039999).
"""
from __future__ import annotations

import base64
import json
import random
import re
import string
from typing import List

from tests import fakes
from tests.accuracy.labelled import LabelledCase

ALNUM = string.ascii_letters + string.digits
HEX = "0123456789abcdef"
UPPER_NUM = string.ascii_uppercase + string.digits
LOWER_NUM = string.ascii_lowercase + string.digits
URLSAFE = ALNUM + "-_"
B64 = ALNUM + "+/"
SEED_LO, SEED_HI = 2030000, 2039999
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
    """Both cases and a digit, as services issue tokens (at most 50 redraws, then the last draw)."""
    r = _rng()
    value = ""
    for _ in range(50):
        value = "".join(r.choice(alphabet) for _ in range(n))
        if any(c.isdigit() for c in value) and any(c.isupper() for c in value) and any(c.islower() for c in value):
            break
    return value


def hexs(n: int) -> str:
    return draw(n, HEX)


def uuid4() -> str:
    return fakes.uuid4(_seed())


WORDS = ["Harbour", "Magenta", "Falcon", "Cedar", "Orbit", "Granite", "Willow", "Summit", "Lantern", "Copper",
         "Meadow", "Tundra", "Beacon", "Quartz", "Saffron", "Juniper", "Marlin", "Thistle", "Kestrel", "Basalt",
         "Pelican", "Sparrow", "Indigo", "Crimson", "Obsidian", "Heron", "Bramble", "Fjord", "Mistral", "Tamarind"]
LOWER = ["river", "candle", "mosaic", "pepper", "glacier", "violet", "anchor", "puzzle", "ember", "saddle",
         "orchid", "walnut", "harvest", "pixel", "trumpet", "lagoon", "biscuit", "comet", "velvet", "tulip"]


def words_pw() -> str:
    r = _rng()
    return r.choice(WORDS) + r.choice("!#$%*@&") + r.choice(WORDS) + str(r.randint(10, 9999))


def human_pw() -> str:
    r = _rng()
    return r.choice(WORDS) + r.choice(LOWER).capitalize() + str(r.randint(1970, 2025)) + r.choice("!?#$.")


def rand_pw(n: int = 20, extra: str = "") -> str:
    return mixed(n, ALNUM + extra)


def passphrase() -> str:
    r = _rng()
    return "-".join(r.sample(LOWER, 4)) + str(r.randint(1, 99))


def b64(s: str) -> str:
    return base64.b64encode(s.encode()).decode()


def rand_bytes(n: int) -> bytes:
    r = _rng()
    return bytes(r.getrandbits(8) for _ in range(n))


def b64_bytes(n: int) -> str:
    return base64.b64encode(rand_bytes(n)).decode()


def b64url(raw: bytes) -> str:
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def jwt(payload: dict, alg: str = "HS256", sig_len: int = 43) -> str:
    head = b64url(json.dumps({"alg": alg, "typ": "JWT"}, separators=(",", ":")).encode())
    body = b64url(json.dumps(payload, separators=(",", ":")).encode())
    return f"{head}.{body}.{draw(sig_len, URLSAFE)}"


def _wrap(body: str, width: int) -> str:
    return "\n".join(body[i:i + width] for i in range(0, len(body), width))


_KEY_SHAPES = {
    # label: (body prefix, body length, line width)
    "RSA PRIVATE KEY": ("MIIEowIBAAKCAQEA", 1588, 64),
    "PRIVATE KEY": ("MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQ", 1620, 64),
    "EC PRIVATE KEY": ("MHcCAQEEI", 164, 64),
    "OPENSSH PRIVATE KEY": ("b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW"
                            "QyNTUxOQAAACA", 400, 70),
}


def private_pem(label: str = "RSA PRIVATE KEY") -> str:
    prefix, length, width = _KEY_SHAPES[label]
    body = prefix + draw(length - len(prefix) - 2, B64)
    body += "==" if label != "OPENSSH PRIVATE KEY" else draw(2, B64)
    return f"-----BEGIN {label}-----\n{_wrap(body, width)}\n-----END {label}-----"


def public_block(label: str, prefix: str, length: int) -> str:
    body = prefix + draw(length - len(prefix) - 1, B64) + "="
    return f"-----BEGIN {label}-----\n{_wrap(body, 64)}\n-----END {label}-----"


def ssh_ed25519_pub(comment: str) -> str:
    blob = b"\x00\x00\x00\x0bssh-ed25519\x00\x00\x00\x20" + rand_bytes(32)
    return "ssh-ed25519 " + base64.b64encode(blob).decode() + " " + comment


def indent(block: str, pad: str) -> str:
    return "\n".join(pad + line for line in block.splitlines())


def bcrypt_hash() -> str:
    return "$2y$10$" + draw(53, "./" + ALNUM)


# Vendor key shapes ------------------------------------------------------------------------------

def stripe(prefix: str = "sk_live_", n: int = 24) -> str:
    return prefix + mixed(n)


def aws_pair() -> tuple:
    return fakes.aws_key_id(_seed()), fakes.aws_secret_key(_seed())


def slack_webhook() -> str:
    r = _rng()
    return ("https://hooks.slack.com/services/T" + "".join(r.choice(UPPER_NUM) for _ in range(8)) + "/B"
            + "".join(r.choice(UPPER_NUM) for _ in range(10)) + "/" + "".join(r.choice(ALNUM) for _ in range(24)))


def sendgrid_key() -> str:
    return "SG." + mixed(22, URLSAFE) + "." + mixed(43, URLSAFE)


# Case builders ----------------------------------------------------------------------------------

CASES: List[LabelledCase] = []
_PLACEHOLDER = re.compile(r"%%[A-Za-z0-9_]+%%")


def fill(text: str, **values: str) -> str:
    for name, value in values.items():
        text = text.replace(f"%%{name}%%", value)
    assert not _PLACEHOLDER.search(text), _PLACEHOLDER.search(text)
    return text


def S(fmt: str, kind: str, file_name: str, text: str, secret: str, source: str) -> None:
    CASES.append(LabelledCase(f"blind-ft/{fmt}/{kind}", file_name, text, secret, source))


def D(fmt: str, kind: str, file_name: str, text: str, source: str) -> None:
    CASES.append(LabelledCase(f"blind-ft/{fmt}/decoy-{kind}", file_name, text, None, source))


# ================================================================================================
# Web-to-print storefronts and print-on-demand partners
# ================================================================================================

_tok = mixed(40)
S("python", "printful-token", "integrations/printful/printful_sync.py", fill('''\
"""Push new storefront products to Printful and pull order status back into the MIS."""
import logging
import time

import requests

log = logging.getLogger("printful_sync")

PRINTFUL_API = "https://api.printful.com"
PRINTFUL_TOKEN = "%%tok%%"
STORE_ID = 11873402

session = requests.Session()
session.headers.update({
    "Authorization": f"Bearer {PRINTFUL_TOKEN}",
    "X-PF-Store-Id": str(STORE_ID),
    "User-Agent": "inkwell-mis-sync/2.3",
})


def fetch_orders(status="pending", limit=50):
    offset = 0
    while True:
        resp = session.get(f"{PRINTFUL_API}/orders", params={"status": status, "offset": offset, "limit": limit})
        if resp.status_code == 429:
            time.sleep(int(resp.headers.get("Retry-After", "30")))
            continue
        resp.raise_for_status()
        page = resp.json()["result"]
        yield from page
        if len(page) < limit:
            return
        offset += limit


def confirm(order_id):
    resp = session.post(f"{PRINTFUL_API}/orders/{order_id}/confirm")
    resp.raise_for_status()
    log.info("confirmed printful order %s", order_id)
''', tok=_tok), _tok, "https://developers.printful.com/docs/#section/Authorization")

_now = 1718000000
_tok = jwt({"aud": hexs(32), "jti": hexs(80), "iat": _now, "nbf": _now, "exp": _now + 31536000,
            "sub": "8814203", "scopes": ["shops.read", "catalog.read", "orders.read", "orders.write",
                                         "products.read", "products.write", "uploads.write"]}, "RS256", 342)
S("js", "printify-token", "scripts/printify/publish-products.mjs", fill('''\
// Publishes the approved designs from /designs/approved to our Printify shop.
// Run: node scripts/printify/publish-products.mjs --shop 9922041
import fs from "node:fs/promises";
import path from "node:path";

const PRINTIFY_TOKEN =
  "%%tok%%";
const BASE = "https://api.printify.com/v1";

async function api(method, url, body) {
  const res = await fetch(BASE + url, {
    method,
    headers: {
      Authorization: `Bearer ${PRINTIFY_TOKEN}`,
      "Content-Type": "application/json;charset=utf-8",
      "User-Agent": "PressRoomPublisher",
    },
    body: body ? JSON.stringify(body) : undefined,
  });
  if (!res.ok) throw new Error(`${method} ${url}: ${res.status} ${await res.text()}`);
  return res.json();
}

const shopId = process.argv[process.argv.indexOf("--shop") + 1];
const dir = "designs/approved";
for (const file of await fs.readdir(dir)) {
  const contents = await fs.readFile(path.join(dir, file), { encoding: "base64" });
  const image = await api("POST", "/uploads/images.json", { file_name: file, contents });
  console.log(`uploaded ${file} -> ${image.id} (shop ${shopId})`);
}
''', tok=_tok), _tok, "https://developers.printify.com/#authentication")

_ck, _cs = "ck_" + hexs(40), "cs_" + hexs(40)
S("php", "woocommerce-consumer-secret", "wp-content/mu-plugins/w2p-order-bridge.php", fill('''\
<?php
/**
 * Plugin Name: W2P order bridge
 * Description: Sends paid WooCommerce orders to the prepress queue on the shop floor.
 */
require_once __DIR__ . '/w2p-order-bridge/vendor/autoload.php';

use Automattic\\WooCommerce\\Client;

function w2p_wc_client(): Client {
    static $client = null;
    if ($client === null) {
        $client = new Client(
            'https://shop.inkwellprint.co.uk',
            '%%ck%%',
            '%%cs%%',
            ['version' => 'wc/v3', 'timeout' => 30]
        );
    }
    return $client;
}

add_action('woocommerce_order_status_processing', function (int $order_id) {
    $order = w2p_wc_client()->get('orders/' . $order_id);
    foreach ($order->line_items as $item) {
        wp_remote_post('http://prepress01.lan:8088/jobs', [
            'body' => wp_json_encode(['order' => $order_id, 'sku' => $item->sku, 'qty' => $item->quantity]),
            'headers' => ['Content-Type' => 'application/json'],
        ]);
    }
});
''', ck=_ck, cs=_cs), _cs, "https://woocommerce.github.io/woocommerce-rest-api-docs/#authentication")

_tok = "shpat_" + hexs(32)
S("env", "shopify-admin-token", "storefront/.env.production", fill('''\
# Storefront for the trade counter (Shopify custom app "Counter Sync")
SHOPIFY_STORE_DOMAIN=inkwell-trade.myshopify.com
SHOPIFY_API_VERSION=2024-07
SHOPIFY_ADMIN_ACCESS_TOKEN=%%tok%%
SHOPIFY_LOCATION_ID=71234568211

# where finished jobs are picked up
PICKUP_LOCATION_NAME="Trade counter - Unit 4"
MIS_BASE_URL=http://mis.inkwell.lan:8080/api
LOG_LEVEL=info
''', tok=_tok), _tok, "https://shopify.dev/docs/apps/build/authentication-authorization/access-tokens/generate-app-access-tokens-admin")

_sec = "shpss_" + hexs(32)
S("ruby", "shopify-app-secret", "app/controllers/webhooks/shopify_controller.rb", fill('''\
# frozen_string_literal: true

module Webhooks
  # Receives orders/paid from the Shopify storefront and creates print jobs.
  class ShopifyController < ActionController::API
    SHOPIFY_API_SECRET = "%%sec%%"

    before_action :verify_hmac!

    def orders_paid
      order = JSON.parse(request.raw_post)
      PrintJob.create_from_shopify!(order)
      head :ok
    end

    private

    def verify_hmac!
      digest = OpenSSL::HMAC.digest("sha256", SHOPIFY_API_SECRET, request.raw_post)
      expected = Base64.strict_encode64(digest)
      given = request.headers["X-Shopify-Hmac-Sha256"].to_s
      head :unauthorized unless ActiveSupport::SecurityUtils.secure_compare(expected, given)
    end
  end
end
''', sec=_sec), _sec, "https://shopify.dev/docs/apps/build/webhooks/subscribe/https#step-5-verify-the-webhook")

_key = f"{uuid4()}-{uuid4()}:{uuid4()}"
S("ruby", "gelato-api-key", "lib/gelato/client.rb", fill('''\
require "net/http"
require "json"

module Gelato
  # Thin client for the Gelato order API, used for overflow jobs we cannot run in-house.
  class Client
    ORDER_URL = URI("https://order.gelatoapis.com/v4/orders")
    API_KEY = "%%key%%"

    def create_order(order_reference:, customer_reference:, items:, address:)
      body = {
        orderType: "order",
        orderReferenceId: order_reference,
        customerReferenceId: customer_reference,
        currency: "GBP",
        items: items,
        shippingAddress: address
      }
      post(ORDER_URL, body)
    end

    private

    def post(uri, body)
      req = Net::HTTP::Post.new(uri)
      req["X-API-KEY"] = API_KEY
      req["Content-Type"] = "application/json"
      req.body = JSON.generate(body)
      res = Net::HTTP.start(uri.host, uri.port, use_ssl: true) { |http| http.request(req) }
      raise "Gelato #{res.code}: #{res.body}" unless res.is_a?(Net::HTTPSuccess)

      JSON.parse(res.body)
    end
  end
end
''', key=_key), _key, "https://dashboard.gelato.com/docs/orders/v4/create/")

_key = uuid4()
S("yaml", "prodigi-api-key", "config/fulfilment/prodigi.yml", fill('''\
# Overflow fulfilment for canvas and framed prints (Prodigi Print API v4)
prodigi:
  environment: live
  base_url: https://api.prodigi.com/v4.0
  api_key: %%key%%
  callback_url: https://orders.inkwellprint.co.uk/hooks/prodigi
  default_shipping_method: Standard
  sizing: fillPrintArea
  sku_map:
    canvas-a3: GLOBAL-CAN-12X16
    canvas-a2: GLOBAL-CAN-16X24
    framed-a3: GLOBAL-CFPM-12X16
  retry:
    attempts: 4
    backoff_seconds: 20
''', key=_key), _key, "https://www.prodigi.com/print-api/docs/reference/#authentication")

_basic = b64(f"{uuid4()}:{uuid4()}")
S("python", "lulu-basic-auth", "publishing/lulu_client.py", fill('''\
"""Lulu Print API client for the self-publishing desk (paperbacks we do not bind in-house)."""
import requests

TOKEN_URL = "https://api.lulu.com/auth/realms/glasstree/protocol/openid-connect/token"
API = "https://api.lulu.com"

# base64(client_key:client_secret) as shown in the Lulu developer portal
LULU_AUTH = "Basic %%basic%%"


def access_token():
    resp = requests.post(
        TOKEN_URL,
        headers={"Authorization": LULU_AUTH, "Content-Type": "application/x-www-form-urlencoded"},
        data={"grant_type": "client_credentials"},
        timeout=20,
    )
    resp.raise_for_status()
    return resp.json()["access_token"]


def create_print_job(payload):
    token = access_token()
    resp = requests.post(f"{API}/print-jobs/", json=payload,
                         headers={"Authorization": f"Bearer {token}"}, timeout=60)
    resp.raise_for_status()
    return resp.json()
''', basic=_basic), _basic, "https://api.lulu.com/docs/#section/Getting-Started/Authentication")

_pw = words_pw()
_crypt = hexs(32)
S("php", "magento-db-password", "app/etc/env.php", fill('''\
<?php
return [
    'backend' => [
        'frontName' => 'admin_w2p7q'
    ],
    'crypt' => [
        'key' => '%%crypt%%'
    ],
    'db' => [
        'table_prefix' => '',
        'connection' => [
            'default' => [
                'host' => 'mysql-w2p.internal',
                'dbname' => 'magento_w2p',
                'username' => 'magento',
                'password' => '%%pw%%',
                'model' => 'mysql4',
                'engine' => 'innodb',
                'initStatements' => 'SET NAMES utf8;',
                'active' => '1'
            ]
        ]
    ],
    'resource' => [
        'default_setup' => [
            'connection' => 'default'
        ]
    ],
    'x-frame-options' => 'SAMEORIGIN',
    'MAGE_MODE' => 'production',
    'session' => [
        'save' => 'files'
    ],
    'cache_types' => [
        'config' => 1,
        'layout' => 1,
        'block_html' => 1,
        'full_page' => 1
    ],
    'install' => [
        'date' => 'Tue, 14 Mar 2023 09:12:44 +0000'
    ]
];
''', pw=_pw, crypt=_crypt), _pw, "https://experienceleague.adobe.com/docs/commerce-operations/configuration-guide/files/config-reference-envphp.html")

_pw = human_pw()
S("php", "wordpress-db-password", "public_html/wp-config.php", fill('''\
<?php
/**
 * WordPress configuration for the print shop storefront (copyworks-online.com).
 */

define( 'DB_NAME', 'copyworks_wp' );
define( 'DB_USER', 'copyworks_wp' );
define( 'DB_PASSWORD', '%%pw%%' );
define( 'DB_HOST', 'localhost' );
define( 'DB_CHARSET', 'utf8mb4' );
define( 'DB_COLLATE', '' );

/* Authentication unique keys and salts live outside the web root. */
require_once dirname( __DIR__ ) . '/private/wp-salts.php';

$table_prefix = 'cw_';

define( 'WP_DEBUG', false );
define( 'DISALLOW_FILE_EDIT', true );
define( 'WP_MEMORY_LIMIT', '256M' );
/* Large artwork uploads from the "Upload your file" step */
@ini_set( 'upload_max_filesize', '512M' );
@ini_set( 'post_max_size', '512M' );

if ( ! defined( 'ABSPATH' ) ) {
	define( 'ABSPATH', __DIR__ . '/' );
}

require_once ABSPATH . 'wp-settings.php';
''', pw=_pw), _pw, "https://developer.wordpress.org/apis/wp-config-php/")

_key = "base64:" + b64_bytes(32)
S("env", "laravel-app-key", "deploy/proofing-portal/.env.prod", fill('''\
APP_NAME="Proof Approval"
APP_ENV=production
APP_KEY=%%key%%
APP_DEBUG=false
APP_URL=https://proofs.brightsideprint.com

LOG_CHANNEL=daily
LOG_LEVEL=warning

DB_CONNECTION=mysql
DB_HOST=10.20.0.15
DB_PORT=3306
DB_DATABASE=proofs
DB_USERNAME=proofs_app

FILESYSTEM_DISK=s3
QUEUE_CONNECTION=redis
SESSION_DRIVER=redis
SESSION_LIFETIME=240
''', key=_key), _key, "https://laravel.com/docs/11.x/encryption#configuration")

_key = fakes.django_secret_key(_seed())
S("python", "django-secret-key", "quoteengine/settings/production.py", fill('''\
"""Production settings for the instant-quote engine (litho and digital price calculator)."""
from .base import *  # noqa: F401,F403

DEBUG = False
SECRET_KEY = "%%key%%"
ALLOWED_HOSTS = ["quote.pressgangprint.com", "quote-internal.pressgang.lan"]

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": "quoteengine",
        "HOST": "pg-quote.pressgang.lan",
        "USER": "quoteengine",
        "PASSWORD": os.environ["QUOTEENGINE_DB_PASSWORD"],
        "CONN_MAX_AGE": 300,
    }
}

CSRF_COOKIE_SECURE = True
SESSION_COOKIE_SECURE = True
SECURE_HSTS_SECONDS = 31536000
PAPER_STOCK_CACHE_SECONDS = 900
''', key=_key), _key, "https://docs.djangoproject.com/en/5.0/ref/settings/#secret-key")

_api, _sec = hexs(32), hexs(32)
S("php", "pitchprint-secret", "includes/class-pitchprint-signature.php", fill('''\
<?php
/**
 * Signs server-side calls to PitchPrint (online designer for business cards and flyers).
 */
class Pitchprint_Signature {
    const API_KEY    = '%%api%%';
    const SECRET_KEY = '%%sec%%';

    public static function sign(): array {
        $timestamp = time();
        return [
            'apiKey'    => self::API_KEY,
            'timestamp' => $timestamp,
            'signature' => md5( self::API_KEY . self::SECRET_KEY . $timestamp ),
        ];
    }

    public static function fetch_project( string $project_id ): array {
        $body = array_merge( self::sign(), [ 'projectId' => $project_id ] );
        $res  = wp_remote_post( 'https://api.pitchprint.io/runtime/fetch-project', [
            'body'    => wp_json_encode( $body ),
            'headers' => [ 'Content-Type' => 'application/json' ],
        ] );
        return json_decode( wp_remote_retrieve_body( $res ), true );
    }
}
''', api=_api, sec=_sec), _sec, "https://docs.pitchprint.com/api/server-side")

_key = hexs(32)
S("yaml", "cloudprinter-api-key", "router/config/partners.yaml", fill('''\
# Order router: which partner prints what when the floor is full.
partners:
  - name: cloudprinter
    enabled: true
    endpoint: https://api.cloudprinter.com/cloudcore/1.0/orders/add
    apikey: %%key%%
    products: [flyer_a5, poster_a2, book_pb_a5]
    max_daily_orders: 400
  - name: inhouse
    enabled: true
    endpoint: http://mis.lan:8080/api/jobs
    products: ["*"]
rules:
  overflow_after_hour: 15
  rush_never_outsourced: true
''', key=_key), _key, "https://www.cloudprinter.com/docs/cloudcore/api")

# ================================================================================================
# Print servers and multifunction devices
# ================================================================================================

_pw = rand_pw(16)
S("cups", "smb-device-uri", "ansible/roles/cups/files/printers.conf", fill('''\
# Printer configuration file for CUPS v2.4.2
# Written by cupsd
# DO NOT EDIT THIS FILE WHEN CUPSD IS RUNNING
NextPrinterId 7
<DefaultPrinter Konica-C759-Front>
PrinterId 3
UUID urn:uuid:5b0c7d9a-4a1e-3b6f-6c2e-1f0d8e2a9b41
Info Konica Minolta bizhub C759 - front counter
Location Front counter
MakeModel KONICA MINOLTA C759 PS(P)
DeviceURI smb://svc-print:%%pw%%@COPYWORKS/fs01.copyworks.lan/C759-Front
State Idle
StateTime 1717408811
Type 8433692
Accepting Yes
Shared No
JobSheets none none
QuotaPeriod 0
PageLimit 0
KLimit 0
OpPolicy default
ErrorPolicy retry-job
</DefaultPrinter>
<Printer Ricoh-Pro-C5300>
PrinterId 5
UUID urn:uuid:0e41c3aa-7d2f-3b19-52d4-9a8b6c1e0f77
Info Ricoh Pro C5300s (Fiery)
Location Production floor
DeviceURI ipp://fiery-c5300.copyworks.lan/ipp/print
State Idle
Accepting Yes
Shared No
ErrorPolicy retry-job
</Printer>
''', pw=_pw), _pw, "https://www.cups.org/doc/network.html#SMB")

_pw = human_pw().replace("?", "").replace("#", "").replace("$", "")
S("shell", "ipps-device-uri", "scripts/print/add-branch-printers.sh", fill('''\
#!/usr/bin/env bash
# Adds the branch shop printers to the central CUPS server.
# The Xerox queues need the release-station account; everything else is anonymous IPP.
set -euo pipefail

RELEASE_USER="cups-release"

add() {
  local name="$1" uri="$2" ppd="$3" where="$4"
  lpadmin -p "$name" -E -v "$uri" -m "$ppd" -L "$where" \\
    -o printer-error-policy=retry-job -o job-sheets-default=none,none
  cupsenable "$name"
  cupsaccept "$name"
}

add Xerox-AltaLink-Leeds "ipps://${RELEASE_USER}:%%pw%%@xerox-leeds.branch.lan:443/ipp/print" \\
    everywhere "Leeds branch"
add Xerox-AltaLink-York "ipps://${RELEASE_USER}:%%pw%%@xerox-york.branch.lan:443/ipp/print" \\
    everywhere "York branch"
add HP-T1700-Plotter "ipp://hp-t1700.branch.lan/ipp/print" everywhere "Leeds plotter room"

lpstat -v
''', pw=_pw), _pw, "https://www.cups.org/doc/man-lpadmin.html")

_pw = rand_pw(20)
S("properties", "papercut-db-password", "papercut/server/server.properties", fill('''\
### PaperCut MF server configuration ###
# Database connection (external SQL Server since the 2023 migration)
database.type=SQLServer
database.driver=net.sourceforge.jtds.jdbc.Driver
database.url=jdbc:jtds:sqlserver://sql02.copyshop.local:1433/papercut
database.username=papercut_app
database.password=%%pw%%

# Server ports
server.port=9191
server.ssl.port=9192
server.bind-address=0.0.0.0

# Hide the admin login page from the release stations subnet
server.admin-allowed-ip-addresses=10.10.0.0/24,10.10.5.12
server.ssl.keystore=custom/my-ssl-keystore
server.ssl.keystore-password=${env:PAPERCUT_KEYSTORE_PASSWORD}
''', pw=_pw), _pw, "https://www.papercut.com/help/manuals/ng-mf/common/topics/tools-database-external.html")

_tok = mixed(32)
S("shell-history", "papercut-webservices-token", "ops/notes/papercut01-root.bash_history", fill('''\
cd /home/papercut/server/bin/linux-x64
./server-command get-config auth.webservices.allowed-addresses
./server-command set-config auth.webservices.allowed-addresses "10.10.0.40,10.10.0.41"
./server-command set-config auth.webservices.auth-token "%%tok%%"
./server-command get-user-account-balance kiosk-guest
systemctl restart pc-app-server
tail -n 100 /home/papercut/server/logs/server.log
./server-command list-shared-accounts | grep -i "studio"
./server-command adjust-shared-account-account-balance "Studio\\\\Weddings" -25.00 "reprint"
exit
''', tok=_tok), _tok, "https://www.papercut.com/help/manuals/ng-mf/common/tools-web-services/")

_tok = mixed(28)
S("python", "papercut-xmlrpc-token", "kiosk/topup/papercut_api.py", fill('''\
"""Self-service top-up kiosk: credits PaperCut accounts after a card payment."""
import xmlrpc.client

PAPERCUT_HOST = "https://papercut01.copyshop.local:9192/rpc/api/xmlrpc"
AUTH_TOKEN = "%%tok%%"

proxy = xmlrpc.client.ServerProxy(PAPERCUT_HOST)


def balance(username: str) -> float:
    return proxy.api.getUserAccountBalance(AUTH_TOKEN, username, "")


def credit(username: str, amount: float, receipt: str) -> None:
    if not proxy.api.isUserExists(AUTH_TOKEN, username):
        raise LookupError(username)
    proxy.api.adjustUserAccountBalance(AUTH_TOKEN, username, amount, f"Kiosk top-up {receipt}", "")
''', tok=_tok), _tok, "https://www.papercut.com/help/manuals/ng-mf/common/tools-web-services/")

_pw = words_pw()
S("powershell", "cmdkey-password", "scripts/printserver/Map-ProductionQueues.ps1", fill('''\
<#
.SYNOPSIS
    Maps the production print queues on a prepress workstation.
.NOTES
    Run as the logged-on operator. Queues are shared from PRN-SRV02.
#>
[CmdletBinding()]
param(
    [string]$PrintServer = "PRN-SRV02.pressgang.local"
)

$ErrorActionPreference = "Stop"

# store the service credential so the spooler can connect without prompting
cmdkey /add:$PrintServer /user:PRESSGANG\\svc-prepress /pass:%%pw%%

$queues = @("Fiery-C9200-Proof", "Canon-iPR-V1000", "Epson-P9570-Wide")
foreach ($q in $queues) {
    $path = "\\\\$PrintServer\\$q"
    if (-not (Get-Printer -Name $path -ErrorAction SilentlyContinue)) {
        Add-Printer -ConnectionName $path
        Write-Host "Added $path"
    }
}

(New-Object -ComObject WScript.Network).SetDefaultPrinter("\\\\$PrintServer\\Fiery-C9200-Proof")
''', pw=_pw), _pw, "https://learn.microsoft.com/en-us/windows-server/administration/windows-commands/cmdkey")

_pw = human_pw()
S("batch", "net-use-password", "deploy/workstations/map_printers.bat", fill(r'''@echo off
REM Front-of-house PCs: map the copier queues and the artwork share at logon.
REM Last changed by Dave, Jan 2024 (new C3300i).

net use P: /delete /y >nul 2>&1
net use P: \\fs01\artwork /user:COPYSHOP\frontdesk %%pw%% /persistent:no

rundll32 printui.dll,PrintUIEntry /in /n "\\prn01\Canon-C3300i-Front"
rundll32 printui.dll,PrintUIEntry /in /n "\\prn01\Canon-C5840i-Back"
rundll32 printui.dll,PrintUIEntry /y /n "\\prn01\Canon-C3300i-Front"

if exist "C:\Program Files\PaperCut MF Client\pc-client.exe" (
    start "" "C:\Program Files\PaperCut MF Client\pc-client.exe" --silent
)
exit /b 0
''', pw=_pw), _pw, "https://learn.microsoft.com/en-us/previous-versions/windows/it-pro/windows-server-2012-r2-and-2012/gg651155(v=ws.11)")

_pw = rand_pw(16)
S("xml", "mfp-smtp-password", "devices/hp/e87660-front/email-setup.xml", fill('''\
<?xml version="1.0" encoding="UTF-8"?>
<!-- HP LaserJet Managed Flow MFP E87660 - Scan to Email, exported from the EWS -->
<EmailConfiguration xmlns="http://www.hp.com/schemas/imaging/con/ledm/email/2009/03/11">
  <EmailEnabled>true</EmailEnabled>
  <SmtpServers>
    <SmtpServer>
      <ServerName>smtp.office365.com</ServerName>
      <PortNumber>587</PortNumber>
      <UseTls>true</UseTls>
      <AuthenticationRequired>true</AuthenticationRequired>
      <Credentials>
        <UserName>scanner-front@copyworks.co.uk</UserName>
        <Password>%%pw%%</Password>
      </Credentials>
      <MaxAttachmentSizeMB>20</MaxAttachmentSizeMB>
    </SmtpServer>
  </SmtpServers>
  <DefaultFromAddress>scanner-front@copyworks.co.uk</DefaultFromAddress>
  <DefaultSubject>Scanned document from the front counter</DefaultSubject>
  <FileType>PDF</FileType>
  <Resolution>300</Resolution>
</EmailConfiguration>
''', pw=_pw), _pw, "https://support.hp.com/us-en/document/ish_2228706-1859768-16")

_pw = words_pw()
S("json", "mfp-scan-folder-password", "devices/hp/wja-export/scan-to-folder-quicksets.json", fill('''\
{
  "exportedBy": "HP Web Jetadmin 10.5",
  "template": "Branch MFP baseline",
  "saveToNetworkFolder": {
    "enabled": true,
    "quickSets": [
      {
        "name": "Customer scans",
        "uncPath": "\\\\\\\\fs01\\\\scans\\\\customers",
        "authentication": "alwaysUseCredentials",
        "domain": "COPYWORKS",
        "userName": "svc-scan",
        "password": "%%pw%%",
        "fileType": "pdf",
        "resolution": 300,
        "fileNamePrefix": "scan_"
      },
      {
        "name": "Staff home folder",
        "uncPath": "\\\\\\\\fs01\\\\home\\\\%USERNAME%",
        "authentication": "useSignInCredentials",
        "fileType": "pdf"
      }
    ]
  }
}
''', pw=_pw), _pw, "https://support.hp.com/us-en/document/ish_4364498-4364537-16")

_pw = rand_pw(12)
S("csv", "ricoh-address-book", "devices/ricoh/addressbook/branch-addressbook.csv", fill('''\
# Format Version: 5.1.1.0
# Generated at: 20240311141522
# Function Name: Data Administration
"Index in ACLs and Groups","Name","Set General Settings","Key Display","Registration No.","Folder Protocol","Folder Path","Folder User Name","Folder Password","E-mail Address"
"[00001]","Studio","1","Studio","00001","SMB","\\\\fs01\\studio\\scans","COPYSHOP\\scan-studio","%%pw%%",""
"[00002]","Accounts","1","Accounts","00002","SMB","\\\\fs01\\accounts\\in","","",""
"[00003]","Mail room","1","Mail room","00003","","","","","mailroom@copyshop.example"
"[00004]","Jo Evans","1","Jo E","00004","","","","","jo.evans@copyshop.example"
''', pw=_pw), _pw, "https://support.ricoh.com/bb_v1oi/pub_e/oi_view/0001036/0001036845/view/setting/int/0213.htm")

_pw = words_pw()
S("ini", "xerox-ldap-bind", "devices/xerox/altalink-c8170/ldap.cfg", fill('''\
; Xerox AltaLink C8170 - network directory settings (cloning notes)
[LDAP]
Enabled=1
ServerAddress=dc01.printhouse.local
ServerPort=636
UseSSL=1
SearchDirectoryRoot=OU=Staff,DC=printhouse,DC=local
LoginCredentials=System
LoginName=CN=svc-xerox-ldap,OU=Service,DC=printhouse,DC=local
LoginPassword=%%pw%%
MaxSearchResults=100
SearchTimeout=30
[LDAPMappings]
Name=displayName
Email=mail
FaxNumber=facsimileTelephoneNumber
HomeDirectory=homeDirectory
''', pw=_pw), _pw, "https://www.support.xerox.com/en-us/article/en/x_altalink_c81xx_ldap")

_auth, _priv = passphrase(), passphrase()
S("snmp-conf", "snmpv3-passphrase", "monitoring/printers/snmp.conf", fill('''\
# net-snmp client defaults on the print monitoring host (mon01)
# All the bizhubs and Fierys were moved to SNMPv3 in March.
defVersion 3
defSecurityName printmon
defSecurityLevel authPriv
defAuthType SHA
defAuthPassphrase %%auth%%
defPrivType AES
defPrivPassphrase %%priv%%
mibdirs +/usr/share/snmp/mibs/printer
mibs +Printer-MIB:HOST-RESOURCES-MIB
''', auth=_auth, priv=_priv), _auth, "https://net-snmp.sourceforge.io/docs/man/snmp.conf.html")

_auth = rand_pw(16)
S("yaml", "snmp-exporter-auth", "monitoring/snmp_exporter/generator.yml", fill('''\
# Generates snmp.yml for the printer fleet (toner, page counters, tray status)
auths:
  printers_v3:
    version: 3
    username: printmon
    security_level: authPriv
    password: %%auth%%
    auth_protocol: SHA
    priv_protocol: AES
    priv_password: %%auth%%
modules:
  printer_mib:
    walk:
      - prtMarkerSuppliesLevel
      - prtMarkerSuppliesMaxCapacity
      - prtMarkerLifeCount
      - prtInputCurrentLevel
      - hrPrinterStatus
    lookups:
      - source_indexes: [hrDeviceIndex, prtMarkerSuppliesIndex]
        lookup: prtMarkerSuppliesDescription
''', auth=_auth), _auth, "https://github.com/prometheus/snmp_exporter/tree/main/generator#file-format")

_pw = human_pw()
S("xml", "kyocera-smtp-password", "devices/kyocera/taskalfa-3554ci/SMTP_settings.xml", fill('''\
<?xml version="1.0" encoding="utf-8"?>
<!-- KYOCERA Net Viewer device settings export: TASKalfa 3554ci (rear office) -->
<DeviceSettings model="TASKalfa 3554ci" serial="W8K3X01552">
  <Network>
    <Protocol name="SMTP" enabled="true">
      <Server>mail.printhouse.co.uk</Server>
      <Port>587</Port>
      <Security>STARTTLS</Security>
      <Timeout>10</Timeout>
      <Authentication method="SMTP">
        <LoginUserName>mfp-rear@printhouse.co.uk</LoginUserName>
        <LoginPassword>%%pw%%</LoginPassword>
      </Authentication>
      <SenderAddress>mfp-rear@printhouse.co.uk</SenderAddress>
    </Protocol>
    <Protocol name="POP3" enabled="false" />
  </Network>
</DeviceSettings>
''', pw=_pw), _pw, "https://www.kyoceradocumentsolutions.us/content/download-center-americas/us/drivers/drivers/Net_Viewer_OG_pdf.download.pdf")

_pw = rand_pw(18)
S("xml", "uniflow-sql-connection", "uniflow/Server/uniFLOW.Config.xml", fill('''\
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <!-- uniFLOW server at the reprographics unit -->
  <connectionStrings>
    <add name="uniFLOW"
         connectionString="Data Source=SQL01\\UNIFLOW;Initial Catalog=DsPcDb;User ID=uniflow_svc;Password=%%pw%%;Encrypt=True;TrustServerCertificate=True"
         providerName="System.Data.SqlClient" />
  </connectionStrings>
  <appSettings>
    <add key="ServerRole" value="Main" />
    <add key="WebPort" value="443" />
    <add key="LogLevel" value="Warning" />
  </appSettings>
</configuration>
''', pw=_pw), _pw, "https://learn.microsoft.com/en-us/dotnet/framework/data/adonet/connection-string-syntax")

_key = mixed(40)
_basic = b64(_key + ":")
S("shell", "printnode-api-key", "tools/printnode/check-printers.sh", fill('''\
#!/bin/sh
# Lists the label printers PrintNode sees at each branch (run from cron every 15 min).
AUTH="Authorization: Basic %%basic%%"

curl -s -H "$AUTH" https://api.printnode.com/whoami | jq -r '.email'
curl -s -H "$AUTH" "https://api.printnode.com/printers?limit=100" \\
  | jq -r '.[] | [.computer.name, .name, .state] | @tsv' \\
  | sort > /var/tmp/printnode-printers.tsv

if grep -q offline /var/tmp/printnode-printers.tsv; then
  mail -s "PrintNode: printer offline" ops@labelhouse.example < /var/tmp/printnode-printers.tsv
fi
''', basic=_basic), _basic, "https://www.printnode.com/en/docs/api/curl#authentication")

_sec = mixed(43, URLSAFE)
S("powershell", "printix-client-secret", "scripts/printix/Export-PrintixUsage.ps1", fill('''\
# Exports last month's print usage from Printix Cloud for billing by cost centre.
$tenantId     = "4c1f9e52-7a8b-4d3e-9c21-6b0f2d8e7a13"
$clientId     = "d92b0c4e-1a7f-4e6d-8b35-0f4c9a2e61d8"
$clientSecret = "%%sec%%"

$token = Invoke-RestMethod -Method Post -Uri "https://auth.printix.net/oauth/token" -Body @{
    grant_type    = "client_credentials"
    client_id     = $clientId
    client_secret = $clientSecret
}

$headers = @{ Authorization = "Bearer $($token.access_token)" }
$from = (Get-Date -Day 1).AddMonths(-1).ToString("yyyy-MM-dd")
$to   = (Get-Date -Day 1).AddDays(-1).ToString("yyyy-MM-dd")
$uri  = "https://api.printix.net/cloudprint/tenants/$tenantId/jobs?from=$from&to=$to&pageSize=500"
$jobs = Invoke-RestMethod -Uri $uri -Headers $headers
$jobs.jobs | Select-Object ownerName, pages, color, duplex, submitTime |
    Export-Csv -NoTypeInformation -Path ".\\printix-usage-$from.csv"
''', sec=_sec), _sec, "https://printix.bitbucket.io/#cloud-print-api")

_pw = words_pw()
_akey = mixed(64)
S("python", "fiery-admin-password", "prepress/fiery/queue_report.py", fill('''\
"""Nightly report of what is held on the Fiery print queues (Fiery API v5)."""
import requests
import urllib3

urllib3.disable_warnings()

FIERY = "https://fiery-c9200.pressgang.lan"
LOGIN = {
    "username": "admin",
    "password": "%%pw%%",
    "accessrights": {"a_key": "%%akey%%"},
}

s = requests.Session()
s.verify = False
r = s.post(f"{FIERY}/live/api/v5/login", json=LOGIN, timeout=15)
r.raise_for_status()

jobs = s.get(f"{FIERY}/live/api/v5/jobs", timeout=30).json()["data"]["items"]
held = [j for j in jobs if j.get("state") == "held"]
for job in held:
    print(f"{job['id']:>8}  {job.get('title', '?')[:40]:40}  {job.get('num copies', 1)} copies")
s.post(f"{FIERY}/live/api/v5/logout", timeout=15)
''', pw=_pw, akey=_akey), _pw, "https://developer.efi.com/fiery-api/")

_pw = rand_pw(14)
S("shell", "smbpasswd-script", "provision/print-share/setup-samba-print.sh", fill('''\
#!/bin/bash
# Samba print share for the Mac studio machines (they cannot talk to PRN-SRV02 directly)
set -e
apt-get install -y samba cups
useradd -M -s /usr/sbin/nologin studioprint || true
(echo "%%pw%%"; echo "%%pw%%") | smbpasswd -s -a studioprint
smbpasswd -e studioprint

cat >> /etc/samba/smb.conf <<'EOF'
[printers]
   comment = Studio printers
   path = /var/spool/samba
   printable = yes
   valid users = studioprint
   printing = cups
EOF
systemctl restart smbd
''', pw=_pw), _pw, "https://www.samba.org/samba/docs/current/man-html/smbpasswd.8.html")

_pw = words_pw()
S("ini", "ansible-winrm-password", "inventory/printservers.ini", fill('''\
[printservers]
prn-srv01.printhouse.local
prn-srv02.printhouse.local

[release_stations]
rel-front.printhouse.local
rel-studio.printhouse.local

[windows:children]
printservers
release_stations

[windows:vars]
ansible_connection=winrm
ansible_winrm_transport=ntlm
ansible_winrm_server_cert_validation=ignore
ansible_user=PRINTHOUSE\\svc-ansible
ansible_password=%%pw%%
''', pw=_pw), _pw, "https://docs.ansible.com/ansible/latest/os_guide/windows_winrm.html#inventory-options")

_psk = passphrase()
S("wpa-supplicant", "wifi-psk", "kiosk/rpi-image/etc/wpa_supplicant/wpa_supplicant.conf", fill('''\
ctrl_interface=DIR=/var/run/wpa_supplicant GROUP=netdev
update_config=1
country=GB

# Self-service photo kiosk: joins the back-office network only (not the customer wifi)
network={
    ssid="PH-BackOffice"
    psk="%%psk%%"
    key_mgmt=WPA-PSK
    priority=10
}
''', psk=_psk), _psk, "https://w1.fi/cgit/hostap/plain/wpa_supplicant/wpa_supplicant.conf")

_auth = rand_pw(14)
S("nagios", "check-snmp-auth", "nagios/objects/commands-printers.cfg", fill('''\
# Printer fleet checks (SNMPv3) - toner and paper trays
define command {
    command_name    check_printer_toner
    command_line    $USER1$/check_snmp -H $HOSTADDRESS$ -P 3 -L authPriv -U printmon -a SHA -A '%%auth%%' -x AES -X '%%auth%%' -o 1.3.6.1.2.1.43.11.1.1.9.1.1 -w 15: -c 5:
}

define command {
    command_name    check_printer_status
    command_line    $USER1$/check_snmp -H $HOSTADDRESS$ -P 3 -L authPriv -U printmon -a SHA -A '%%auth%%' -x AES -X '%%auth%%' -o 1.3.6.1.2.1.25.3.5.1.1.1 -r '^(3|4)$'
}
''', auth=_auth), _auth, "https://www.monitoring-plugins.org/doc/man/check_snmp.html")

_pw = rand_pw(12)
S("shell", "ews-admin-password", "scripts/devices/pull-hp-counters.sh", fill('''\
#!/usr/bin/env bash
# Pulls page counters from the HP MFPs' embedded web server for monthly click billing.
OUT="counters-$(date +%Y-%m).csv"
echo "device,total,colour,mono" > "$OUT"
for host in hp-e87660-front hp-e78630-back hp-m776-studio; do
  xml=$(curl -sk -u admin:%%pw%% "https://${host}.copyworks.lan/DevMgmt/ProductUsageDyn.xml")
  total=$(echo "$xml" | xmllint --xpath 'string(//*[local-name()="TotalImpressions"])' -)
  colour=$(echo "$xml" | xmllint --xpath 'string(//*[local-name()="ColorImpressions"])' -)
  mono=$(echo "$xml" | xmllint --xpath 'string(//*[local-name()="MonochromeImpressions"])' -)
  echo "${host},${total},${colour},${mono}" >> "$OUT"
done
''', pw=_pw), _pw, "https://curl.se/docs/manpage.html#-u")

_pw = human_pw()
S("csharp", "konica-openapi-password", "src/Bizhub.Bridge/OpenApiSession.cs", fill('''\
using System.Net.Http;
using System.Text;
using System.Threading.Tasks;

namespace Bizhub.Bridge
{
    /// <summary>Logs in to the bizhub OpenAPI to push box documents to the RIP.</summary>
    public sealed class OpenApiSession
    {
        private const string DeviceUrl = "https://bizhub-c650i.print.local:50003/OpenAPI/";
        private const string AdminUser = "Admin";
        private const string AdminPassword = "%%pw%%";

        private readonly HttpClient _http;

        public OpenApiSession(HttpClient http) => _http = http;

        public async Task<string> LoginAsync()
        {
            var envelope = $@"<?xml version=""1.0"" encoding=""UTF-8""?>
<SOAP-ENV:Envelope xmlns:SOAP-ENV=""http://schemas.xmlsoap.org/soap/envelope/"">
  <SOAP-ENV:Body>
    <AppReqLogin xmlns=""http://www.konicaminolta.com/service/OpenAPI-4-3"">
      <OperatorInfo><UserType>Admin</UserType><User>{AdminUser}</User><Password>{AdminPassword}</Password></OperatorInfo>
      <TimeOut>60</TimeOut>
    </AppReqLogin>
  </SOAP-ENV:Body>
</SOAP-ENV:Envelope>";
            var res = await _http.PostAsync(DeviceUrl, new StringContent(envelope, Encoding.UTF8, "text/xml"));
            res.EnsureSuccessStatusCode();
            return await res.Content.ReadAsStringAsync();
        }
    }
}
''', pw=_pw), _pw, "https://www.konicaminolta.com/")

_key = private_pem("PRIVATE KEY")
S("php", "qz-tray-signing-key", "public/qz/sign-message.php", fill('''\
<?php
// Signs QZ Tray requests so the packing benches can print labels without a trust prompt.
// See https://qz.io/docs/signing
$KEY = <<<'EOT'
%%key%%
EOT;

$req = $_GET['request'] ?? '';
if ($req === '') {
    http_response_code(400);
    exit('missing request');
}
$privateKey = openssl_get_privatekey($KEY);
$signature = null;
openssl_sign($req, $signature, $privateKey, 'sha512');
header('Content-Type: text/plain');
echo base64_encode($signature);
''', key=_key), _key, "https://qz.io/docs/signing")

# ================================================================================================
# Customer file upload storage and hot folders
# ================================================================================================

_kid, _sk = aws_pair()
S("python", "aws-secret-key", "uploads/presign_service.py", fill('''\
"""Issues presigned PUT URLs so customers upload artwork straight to S3 (bypassing the web server)."""
import uuid

import boto3
from flask import Flask, jsonify, request

app = Flask(__name__)

s3 = boto3.client(
    "s3",
    region_name="eu-west-2",
    aws_access_key_id="%%kid%%",
    aws_secret_access_key="%%sk%%",
)
BUCKET = "inkwell-customer-artwork"
ALLOWED = {"application/pdf", "image/tiff", "image/jpeg", "application/postscript"}


@app.post("/api/uploads")
def new_upload():
    content_type = request.json.get("contentType", "")
    if content_type not in ALLOWED:
        return jsonify(error="unsupported file type"), 415
    key = f"incoming/{request.json['orderId']}/{uuid.uuid4()}"
    url = s3.generate_presigned_url(
        "put_object",
        Params={"Bucket": BUCKET, "Key": key, "ContentType": content_type},
        ExpiresIn=900,
    )
    return jsonify(url=url, key=key)
''', kid=_kid, sk=_sk), _sk, "https://boto3.amazonaws.com/v1/documentation/api/latest/guide/credentials.html#passing-credentials-as-parameters")

_kid, _sk = aws_pair()
S("aws-credentials", "aws-secret-key", "deploy/rip01/home/prepress/.aws/credentials", fill('''\
[default]
region = eu-west-1

# hot folder sync on the RIP: s3://pp-artwork-eu/approved -> D:\\Hotfolders\\Approved
[artwork-sync]
aws_access_key_id = %%kid%%
aws_secret_access_key = %%sk%%
region = eu-west-1

[archive]
role_arn = arn:aws:iam::482913004512:role/artwork-archive-writer
source_profile = artwork-sync
''', kid=_kid, sk=_sk), _sk, "https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-files.html")

_acct = "005" + hexs(22)
_appkey = "K005" + mixed(27, ALNUM + "/+")
S("rclone", "b2-application-key", "ops/rclone/rclone.conf", fill('''\
[b2-archive]
type = b2
account = %%acct%%
key = %%appkey%%
hard_delete = false

[artwork-archive]
type = crypt
remote = b2-archive:inkwell-job-archive
filename_encryption = off
directory_name_encryption = false

[local-hot]
type = local
nounc = true
''', acct=_acct, appkey=_appkey), _appkey, "https://rclone.org/b2/#configuration")

_ak = draw(20, string.ascii_uppercase + string.digits)
_sk = mixed(40)
S("rclone", "wasabi-secret-key", "ansible/roles/job-archive/templates/rclone-wasabi.conf", fill('''\
# Deployed to /root/.config/rclone/rclone.conf on the archive box.
# Completed job folders are moved here after 30 days; Wasabi has no egress fees.
[wasabi]
type = s3
provider = Wasabi
access_key_id = %%ak%%
secret_access_key = %%sk%%
region = eu-central-1
endpoint = s3.eu-central-1.wasabisys.com
acl = private
''', ak=_ak, sk=_sk), _sk, "https://rclone.org/s3/#wasabi")

_kid = "005" + hexs(22)
_key = "K005" + mixed(27, ALNUM + "/+")
S("js", "b2-application-key", "services/upload-api/src/storage/b2.js", fill('''\
'use strict';

const B2 = require('backblaze-b2');

// Large-format uploads (banners, wallpaper) go to B2 instead of S3 to keep costs down.
const b2 = new B2({
  applicationKeyId: '%%kid%%',
  applicationKey: '%%key%%',
});

const BUCKET_ID = 'e1a2f3c4d5b6a7e8f9a0b1c2';

async function uploadUrl() {
  await b2.authorize();
  const { data } = await b2.getUploadUrl({ bucketId: BUCKET_ID });
  return { uploadUrl: data.uploadUrl, authorizationToken: data.authorizationToken };
}

async function listIncoming(prefix) {
  await b2.authorize();
  const { data } = await b2.listFileNames({ bucketId: BUCKET_ID, prefix, maxFileCount: 1000 });
  return data.files.map((f) => f.fileName);
}

module.exports = { uploadUrl, listIncoming };
''', kid=_kid, key=_key), _key, "https://www.backblaze.com/apidocs/introduction-to-the-b2-native-api")

_ak = "DO00" + draw(16, string.ascii_uppercase + string.digits)
_sk = mixed(43, ALNUM + "/+")
S("env", "spaces-secret-key", "web2print/.env", fill('''\
NODE_ENV=production
PORT=3000
PUBLIC_URL=https://order.printpigeon.co

# DigitalOcean Spaces - customer uploads and generated PDF proofs
SPACES_ENDPOINT=https://ams3.digitaloceanspaces.com
SPACES_BUCKET=printpigeon-uploads
SPACES_KEY=%%ak%%
SPACES_SECRET=%%sk%%
MAX_UPLOAD_MB=750

PROOF_RENDERER_URL=http://proofer:8081
''', ak=_ak, sk=_sk), _sk, "https://docs.digitalocean.com/products/spaces/how-to/manage-access/")

_ak, _sk = hexs(32), hexs(64)
S("go", "r2-secret-key", "cmd/proofsync/storage.go", fill('''\
package main

import (
	"context"
	"fmt"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/config"
	"github.com/aws/aws-sdk-go-v2/credentials"
	"github.com/aws/aws-sdk-go-v2/service/s3"
)

const (
	r2AccountID = "7c3e91b0a4d24f6e8b5a1c0d9e2f3a4b"
	r2AccessKey = "%%ak%%"
	r2SecretKey = "%%sk%%"
	proofBucket = "proofs"
)

// newR2 returns an S3 client for the Cloudflare R2 bucket that serves PDF proofs to customers.
func newR2(ctx context.Context) (*s3.Client, error) {
	cfg, err := config.LoadDefaultConfig(ctx,
		config.WithCredentialsProvider(credentials.NewStaticCredentialsProvider(r2AccessKey, r2SecretKey, "")),
		config.WithRegion("auto"),
	)
	if err != nil {
		return nil, err
	}
	return s3.NewFromConfig(cfg, func(o *s3.Options) {
		o.BaseEndpoint = aws.String(fmt.Sprintf("https://%s.r2.cloudflarestorage.com", r2AccountID))
	}), nil
}
''', ak=_ak, sk=_sk), _sk, "https://developers.cloudflare.com/r2/examples/aws/aws-sdk-go/")

_key = b64_bytes(64)
S("json", "azure-storage-account-key", "src/PrintHub.Api/appsettings.Production.json", fill('''\
{
  "Logging": {
    "LogLevel": {
      "Default": "Warning",
      "PrintHub": "Information"
    }
  },
  "AllowedHosts": "*",
  "Storage": {
    "ArtworkContainer": "artwork",
    "ProofContainer": "proofs",
    "ConnectionString": "DefaultEndpointsProtocol=https;AccountName=printhubartwork;AccountKey=%%key%%;EndpointSuffix=core.windows.net"
  },
  "Upload": {
    "MaxFileSizeMb": 1024,
    "AllowedExtensions": [ ".pdf", ".tif", ".tiff", ".jpg", ".eps", ".ai" ]
  }
}
''', key=_key), _key, "https://learn.microsoft.com/en-us/azure/storage/common/storage-configure-connection-string")

_sig = b64_bytes(32).replace("+", "%2B").replace("/", "%2F").replace("=", "%3D")
S("shell", "azure-sas-signature", "scripts/hotfolder/push-to-azure.sh", fill('''\
#!/usr/bin/env bash
# Pushes imposed plates from the Prinergy output folder to the Azure container the plate
# setter at the second site pulls from.
set -euo pipefail

SRC="/mnt/prinergy/output/plates"
DEST="https://platesync.blob.core.windows.net/plates-site2"
SAS="sv=2022-11-02&ss=b&srt=co&sp=rwlac&se=2026-12-31T23:59:59Z&st=2024-01-01T00:00:00Z&spr=https&sig=%%sig%%"

azcopy copy "$SRC/*" "${DEST}?${SAS}" \\
  --recursive=true \\
  --overwrite=ifSourceNewer \\
  --log-level=WARNING

find "$SRC" -type f -mtime +2 -delete
''', sig=_sig), _sig, "https://learn.microsoft.com/en-us/azure/storage/common/storage-sas-overview")

_pk = private_pem("PRIVATE KEY").replace("\n", "\\n") + "\\n"
S("json", "gcp-service-account-key", "config/gcs/artwork-uploader-sa.json", fill('''\
{
  "type": "service_account",
  "project_id": "copyworks-web2print",
  "private_key_id": "%%kid%%",
  "private_key": "%%pk%%",
  "client_email": "artwork-uploader@copyworks-web2print.iam.gserviceaccount.com",
  "client_id": "104883920174455120931",
  "auth_uri": "https://accounts.google.com/o/oauth2/auth",
  "token_uri": "https://oauth2.googleapis.com/token",
  "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",
  "client_x509_cert_url": "https://www.googleapis.com/robot/v1/metadata/x509/artwork-uploader%40copyworks-web2print.iam.gserviceaccount.com",
  "universe_domain": "googleapis.com"
}
''', kid=hexs(40), pk=_pk), _pk, "https://cloud.google.com/iam/docs/keys-create-delete#creating")

_tok = "sl.B" + mixed(134, URLSAFE)
S("python", "dropbox-token", "hotfolders/dropbox_pull.py", fill('''\
"""Pulls artwork customers drop in the shared Dropbox folder into the local hot folder."""
import os

import dropbox

DROPBOX_TOKEN = "%%tok%%"
REMOTE = "/Customer Artwork"
LOCAL = r"D:\\Hotfolders\\Incoming"

dbx = dropbox.Dropbox(DROPBOX_TOKEN)

for entry in dbx.files_list_folder(REMOTE, recursive=True).entries:
    if isinstance(entry, dropbox.files.FileMetadata):
        target = os.path.join(LOCAL, entry.path_display.lstrip("/").replace("/", os.sep))
        os.makedirs(os.path.dirname(target), exist_ok=True)
        if not os.path.exists(target):
            dbx.files_download_to_file(target, entry.path_lower)
            print("pulled", entry.path_display)
''', tok=_tok), _tok, "https://dropbox-sdk-python.readthedocs.io/en/latest/api/dropbox.html")

_pw = words_pw()
S("netrc", "ftp-password", "ops/prepress/netrc", fill('''\
# ~/.netrc for the prepress user on rip02 (used by the nightly curl/lftp jobs)
machine ftp.inkwellprint.co.uk
  login artwork
  password %%pw%%

machine ftp.platemaker-partner.de
  login anonymous
  password prepress@inkwellprint.co.uk

machine localhost
  login prepress
''', pw=_pw), _pw, "https://www.gnu.org/software/inetutils/manual/html_node/The-_002enetrc-file.html")

_pw = rand_pw(16)
S("lftp", "sftp-password", "scripts/hotfolder/mirror-customer-ftp.lftp", fill('''\
# lftp -f mirror-customer-ftp.lftp
# Mirrors the customer upload area to the prepress hot folder, removing what was fetched.
set sftp:auto-confirm yes
set net:max-retries 3
set net:timeout 30
open -u upload-sync,%%pw%% sftp://files.brightsideprint.com
mirror --verbose --only-newer --Remove-source-files --parallel=4 \\
       --exclude-glob .DS_Store --exclude-glob "*.part" \\
       /incoming /srv/hotfolders/incoming
bye
''', pw=_pw), _pw, "https://lftp.yar.ru/lftp-man.html")

_pw = human_pw()
_enc = b64(_pw)
S("xml", "filezilla-stored-password", "docs/support/filezilla/sitemanager.xml", fill('''\
<?xml version="1.0" encoding="UTF-8"?>
<FileZilla3 version="3.66.4" platform="windows">
	<Servers>
		<Folder expanded="1">Print shop
			<Server>
				<Host>ftp.copyworks.co.uk</Host>
				<Port>21</Port>
				<Protocol>0</Protocol>
				<Type>0</Type>
				<User>artwork-upload</User>
				<Pass encoding="base64">%%enc%%</Pass>
				<Logontype>1</Logontype>
				<PasvMode>MODE_DEFAULT</PasvMode>
				<EncodingType>Auto</EncodingType>
				<BypassProxy>0</BypassProxy>
				<Name>CopyWorks artwork upload</Name>
				<RemoteDir>1 0 8 incoming</RemoteDir>
				<SyncBrowsing>0</SyncBrowsing>
				<DirectoryComparison>0</DirectoryComparison>
			</Server>
		</Folder>
	</Servers>
</FileZilla3>
''', enc=_enc), _enc, "https://wiki.filezilla-project.org/FileZilla_Client_Configuration")

_pw = rand_pw(15)
S("makefile", "ftp-url-password", "imposition/Makefile", fill('''\
# Imposes the weekly newsletter run and ships the plates to the CTP partner.
ISSUE ?= $(shell date +%Y-%V)
SRC   := build/newsletter-$(ISSUE).pdf
IMPOSED := build/newsletter-$(ISSUE)-imposed.pdf

.PHONY: all impose ship clean

all: impose ship

impose: $(IMPOSED)

$(IMPOSED): $(SRC)
	pdfjam --nup 2x1 --landscape --outfile $@ $<
	gs -dBATCH -dNOPAUSE -sDEVICE=pdfwrite -dPDFX -sOutputFile=$@.x1a $@

ship: $(IMPOSED)
	curl --ftp-ssl -T $(IMPOSED) "ftp://ctp-inbound:%%pw%%@ftp.platepartner.co.uk/inbound/"

clean:
	rm -f build/*-imposed.pdf build/*.x1a
''', pw=_pw), _pw, "https://curl.se/docs/url-syntax.html")

_key = private_pem("OPENSSH PRIVATE KEY")
S("ansible", "sftp-private-key", "ansible/host_vars/upload01.yml", fill('''\
---
# Customer SFTP upload server (chrooted accounts per trade customer)
sftp_chroot_base: /srv/sftp
sftp_group: sftpcustomers
sftp_push_target: prepress@rip02.inkwell.lan:/srv/hotfolders/incoming

# key the upload box uses to push completed uploads to rip02
sftp_push_private_key: |
%%key%%

sftp_trade_customers:
  - name: harbourdesign
    quota_gb: 50
  - name: northbridge-agency
    quota_gb: 200
''', key=indent(_key, "  ")), _key, "https://docs.ansible.com/ansible/latest/playbook_guide/playbooks_variables.html")

_sec = mixed(27, URLSAFE)
_url = f"cloudinary://{random.Random(_seed()).randint(10**14, 10**15 - 1)}:{_sec}@printpigeon"
S("env", "cloudinary-url", "apps/mockups/.env.local", fill('''\
# Product mockup renderer (mugs, t-shirts, canvases) - Cloudinary transformations
CLOUDINARY_URL=%%url%%
MOCKUP_FOLDER=mockups/v3
NEXT_PUBLIC_CLOUDINARY_CLOUD_NAME=printpigeon
NEXT_PUBLIC_SITE_URL=http://localhost:3000
''', url=_url), _sec, "https://cloudinary.com/documentation/node_integration#setting_configuration_parameters_globally")

_pub, _sec = hexs(20), hexs(20)
S("python", "uploadcare-secret-key", "storefront/settings/uploads.py", fill('''\
"""Upload widget settings (artwork uploads on the product pages)."""

UPLOADCARE = {
    "pub_key": "%%pub%%",
    "secret": "%%sec%%",
    "widget_version": "3.x",
    "cdn_base": "https://ucarecdn.com/",
    "signed_uploads": True,
}

ARTWORK_MAX_SIZE = 500 * 1024 * 1024
ARTWORK_TYPES = ("application/pdf", "image/tiff", "image/png", "image/jpeg")
STORE_ON_ORDER_ONLY = True
''', pub=_pub, sec=_sec), _sec, "https://pyuploadcare.readthedocs.io/en/latest/quickstart.html")

_apikey, _sec = mixed(22), draw(26, string.ascii_uppercase + "234567")
S("js", "filestack-app-secret", "server/filestack-policy.js", fill('''\
// Signs Filestack upload policies for the "Upload artwork" button.
const crypto = require('crypto');

const FILESTACK_API_KEY = '%%apikey%%';
const FILESTACK_APP_SECRET = '%%sec%%';

function signPolicy(orderId) {
  const policy = {
    expiry: Math.floor(Date.now() / 1000) + 30 * 60,
    call: ['pick', 'store'],
    path: `/orders/${orderId}/`,
    maxSize: 512 * 1024 * 1024,
  };
  const encoded = Buffer.from(JSON.stringify(policy)).toString('base64url');
  const signature = crypto.createHmac('sha256', FILESTACK_APP_SECRET).update(encoded).digest('hex');
  return { apikey: FILESTACK_API_KEY, policy: encoded, signature };
}

module.exports = { signPolicy };
''', apikey=_apikey, sec=_sec), _sec, "https://www.filestack.com/docs/security/creating-policies/")

_ak, _sec = hexs(32), hexs(40)
S("ruby", "transloadit-secret", "config/initializers/transloadit.rb", fill('''\
# Transloadit converts uploaded artwork to preview JPEGs and checks the PDF page count.
require "transloadit"

TRANSLOADIT = Transloadit.new(
  key: "%%ak%%",
  secret: "%%sec%%",
  duration: 1800
)

ARTWORK_STEPS = {
  ":original" => { robot: "/upload/handle" },
  "preview" => {
    use: ":original",
    robot: "/document/thumbs",
    format: "jpg",
    width: 1200,
    resize_strategy: "fit"
  }
}.freeze
''', ak=_ak, sec=_sec), _sec, "https://transloadit.com/docs/sdks/ruby-sdk/")

_pw = rand_pw(24)
S("compose", "minio-root-password", "infra/uploads/docker-compose.yml", fill('''\
services:
  minio:
    image: quay.io/minio/minio:RELEASE.2024-06-13T22-53-53Z
    command: server /data --console-address ":9001"
    environment:
      MINIO_ROOT_USER: printshop-admin
      MINIO_ROOT_PASSWORD: %%pw%%
      MINIO_BROWSER_REDIRECT_URL: https://uploads-console.copyworks.lan
    volumes:
      - /srv/minio:/data
    ports:
      - "9000:9000"
      - "9001:9001"
    restart: unless-stopped

  tusd:
    image: tusproject/tusd:v2.4.0
    command: -s3-bucket=artwork -s3-endpoint=http://minio:9000 -behind-proxy
    environment:
      AWS_REGION: us-east-1
    depends_on: [minio]
    restart: unless-stopped
''', pw=_pw), _pw, "https://min.io/docs/minio/linux/reference/minio-server/settings/root-credentials.html")

_sec = "GOCSPX-" + mixed(28, URLSAFE)
S("json", "google-oauth-client-secret", "tools/drive-intake/client_secret.json", fill('''\
{
  "installed": {
    "client_id": "781204933021-5q0m2c1v8t3k9hb7fje4d6lqnu2oa1rs.apps.googleusercontent.com",
    "project_id": "copyworks-drive-intake",
    "auth_uri": "https://accounts.google.com/o/oauth2/auth",
    "token_uri": "https://oauth2.googleapis.com/token",
    "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",
    "client_secret": "%%sec%%",
    "redirect_uris": [
      "http://localhost"
    ]
  }
}
''', sec=_sec), _sec, "https://developers.google.com/identity/protocols/oauth2/native-app")

_sec = mixed(32)
S("json", "box-client-secret", "integrations/box/config.json", fill('''\
{
  "boxAppSettings": {
    "clientID": "%%cid%%",
    "clientSecret": "%%sec%%",
    "appAuth": {
      "publicKeyID": "p8x2k4mn",
      "privateKey": "",
      "passphrase": ""
    }
  },
  "enterpriseID": "918273645"
}
''', cid=draw(32, LOWER_NUM), sec=_sec), _sec, "https://developer.box.com/guides/authentication/client-credentials/")

# ================================================================================================
# Prepress automation, MIS and the infrastructure around them
# ================================================================================================

_pw = rand_pw(16)
S("js", "switch-script-smtp-password", "switch/scripts/NotifyCustomerProofReady/main.js", fill('''\
// Enfocus Switch script element: e-mails the customer when the soft proof is ready.
// Flow: Preflight -> Proof -> [this] -> Hold for approval
const nodemailer = require("nodemailer");

const transport = nodemailer.createTransport({
  host: "smtp.sendgrid.net",
  port: 587,
  auth: { user: "apikey-proofs", pass: "%%pw%%" },
});

async function jobArrived(s: Switch, flowElement: FlowElement, job: Job) {
  const email = await job.getPrivateData("customer.email");
  const orderNo = await job.getPrivateData("order.number");
  await transport.sendMail({
    from: "proofs@brightsideprint.com",
    to: email,
    subject: `Your proof for order ${orderNo} is ready`,
    text: `Please approve your proof at https://proofs.brightsideprint.com/${orderNo}`,
  });
  await job.log(LogLevel.Info, `Proof mail sent to ${email}`);
  await job.sendToSingle();
}
''', pw=_pw), _pw, "https://www.enfocus.com/en/support/manuals/switch-scripting")

_pw = human_pw()
S("xml", "switch-flow-ftp-password", "switch/flows/Trade-Upload-Intake.sflow.xml", fill('''\
<?xml version="1.0" encoding="UTF-8"?>
<Flow name="Trade upload intake" version="22">
  <Element type="FTPReceive" name="Trade FTP">
    <Property name="FTPServerAddress">ftp.pressgangprint.com</Property>
    <Property name="Port">21</Property>
    <Property name="UserName">trade-intake</Property>
    <Property name="Password">%%pw%%</Property>
    <Property name="FTPDirectory">/trade/in</Property>
    <Property name="PassiveMode">Yes</Property>
    <Property name="CheckEvery">60</Property>
    <Property name="LeaveOriginalsOnServer">No</Property>
  </Element>
  <Element type="Preflight" name="PitStop check">
    <Property name="PreflightProfile">PDFX4-2010-Trade.ppp</Property>
  </Element>
  <Element type="Folder" name="Approved" />
  <Connection from="Trade FTP" to="PitStop check" />
  <Connection from="PitStop check" to="Approved" filter="success" />
</Flow>
''', pw=_pw), _pw, "https://www.enfocus.com/manuals/UserGuide/SW/22/en-us/home.html")

_pw = words_pw()
S("shell", "esko-ae-password", "scripts/esko/submit-packaging-job.sh", fill('''\
#!/usr/bin/env bash
# Submits a packaging job to Esko Automation Engine via its REST API and starts the
# "Carton - Step&Repeat" workflow.
set -euo pipefail
JOB="$1"; FILE="$2"
AE="https://ae-server.cartonco.local:4415"

SESSION=$(curl -sk -X POST "$AE/api/v1/sessions" \\
  -H 'Content-Type: application/json' \\
  -d '{"username":"ae-automation","password":"%%pw%%"}' | jq -r .sessionId)

curl -sk -X POST "$AE/api/v1/jobs" -H "X-Session: $SESSION" \\
  -H 'Content-Type: application/json' \\
  -d "{\\"name\\":\\"$JOB\\",\\"customer\\":\\"CARTONCO\\"}"

curl -sk -X POST "$AE/api/v1/jobs/$JOB/workflows" -H "X-Session: $SESSION" \\
  -F "ticket=Carton - Step&Repeat" -F "input=@$FILE"
''', pw=_pw), _pw, "https://help.esko.com/docs/en-us/automationengine/")

_sec = "p8e-" + mixed(32, URLSAFE)
S("json", "adobe-pdf-services-secret", "prepress/pdf-tools/pdfservices-api-credentials.json", fill('''\
{
  "client_credentials": {
    "client_id": "%%cid%%",
    "client_secret": "%%sec%%"
  },
  "service_principal_credentials": {
    "organization_id": "7E2C0B1F66A8D4E50A495C21@AdobeOrg"
  }
}
''', cid=hexs(32), sec=_sec), _sec, "https://developer.adobe.com/document-services/docs/overview/pdf-services-api/gettingstarted/")

_key, _sec = uuid4(), mixed(48)
S("python", "printos-hmac-secret", "integrations/printos/jobs_feed.py", fill('''\
"""Reads job and press status from HP PrintOS Print Beat for the Indigo 12000 dashboard."""
import base64
import hashlib
import hmac
from datetime import datetime, timezone

import requests

PRINTOS = "https://printos.api.hp.com"
KEY = "%%key%%"
SECRET = "%%sec%%"


def _headers(method: str, path: str) -> dict:
    ts = datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
    digest = hmac.new(SECRET.encode(), f"{method} {path}{ts}".encode(), hashlib.sha256).hexdigest()
    return {"x-hp-hmac-authentication": f"{KEY}:{digest}", "x-hp-hmac-date": ts,
            "x-hp-hmac-algorithm": "SHA256"}


def press_status():
    path = "/printbeat/externalApi/v1/presses/status"
    resp = requests.get(PRINTOS + path, headers=_headers("GET", path), timeout=30)
    resp.raise_for_status()
    return resp.json()
''', key=_key, sec=_sec), _sec, "https://developers.hp.com/printos/doc/printos-api-authentication")

_pw = rand_pw(18)
S("properties", "pace-jdbc-password", "pace/conf/pace-integration.properties", fill('''\
# EFI Pace MIS - integration service for the web-to-print order import
pace.server.url=https://pace.pressgang.lan/rpc/services
pace.import.schedule.cron=0 */5 * * * ?
pace.import.job.type=W2P
pace.import.default.csr=Web Orders

# direct read-only access for the estimating reports
jdbc.driverClassName=org.postgresql.Driver
jdbc.url=jdbc:postgresql://pace-db.pressgang.lan:5432/pace
jdbc.username=reports_ro
jdbc.password=%%pw%%
jdbc.pool.max=8
''', pw=_pw), _pw, "https://jdbc.postgresql.org/documentation/use/")

_pw = words_pw()
S("xml", "mis-sql-connection-string", "src/PrintIQ.Connector/Web.config", fill('''\
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <connectionStrings>
    <add name="MisDb"
         connectionString="Server=tcp:mis-sql.printhouse.local,1433;Database=PrintMIS;User Id=mis_connector;Password=%%pw%%;MultipleActiveResultSets=true;Encrypt=false"
         providerName="System.Data.SqlClient" />
  </connectionStrings>
  <appSettings>
    <add key="QuoteExpiryDays" value="30" />
    <add key="DefaultStock" value="350gsm Silk" />
    <add key="webpages:Enabled" value="false" />
  </appSettings>
  <system.web>
    <compilation debug="false" targetFramework="4.8" />
    <httpRuntime targetFramework="4.8" maxRequestLength="1048576" />
  </system.web>
</configuration>
''', pw=_pw), _pw, "https://learn.microsoft.com/en-us/dotnet/framework/data/adonet/connection-strings-and-configuration-files")

_pw = rand_pw(20)
S("compose", "airflow-connection-uri", "airflow/docker-compose.override.yml", fill('''\
# Local overrides for the prepress Airflow (nightly archive, stock reorder, click billing)
services:
  airflow-scheduler:
    environment:
      AIRFLOW_CONN_MIS_DB: postgresql://airflow_ro:%%pw%%@mis-db.pressgang.lan:5432/mis
      AIRFLOW_CONN_ARCHIVE_SFTP: sftp://archive@archive01.pressgang.lan:22
      AIRFLOW__CORE__LOAD_EXAMPLES: "false"
  airflow-webserver:
    ports:
      - "8089:8080"
''', pw=_pw), _pw, "https://airflow.apache.org/docs/apache-airflow/stable/howto/connection.html#storing-connections-in-environment-variables")

_pw = fakes.redis_password(_seed())
S("python", "redis-broker-password", "rip_workers/celeryconfig.py", fill('''\
# Celery config for the RIP workers (PDF normalise, imposition, colour conversion)
broker_url = "redis://:%%pw%%@redis-prepress.internal:6379/0"
result_backend = "redis://:%%pw%%@redis-prepress.internal:6379/1"

task_routes = {
    "rip_workers.tasks.normalise_pdf": {"queue": "cpu"},
    "rip_workers.tasks.impose": {"queue": "cpu"},
    "rip_workers.tasks.convert_icc": {"queue": "colour"},
}
worker_prefetch_multiplier = 1
task_acks_late = True
task_time_limit = 3600
''', pw=_pw), _pw, "https://docs.celeryq.dev/en/stable/getting-started/backends-and-brokers/redis.html")

_pw = rand_pw(22)
S("go", "amqp-url-password", "internal/queue/rabbit.go", fill('''\
package queue

import (
	"log"

	amqp "github.com/rabbitmq/amqp091-go"
)

// jobsURL is the broker the shop-floor terminals publish "job done" events to.
const jobsURL = "amqp://floor-events:%%pw%%@rabbit01.print.local:5672/production"

func Connect() (*amqp.Connection, *amqp.Channel) {
	conn, err := amqp.Dial(jobsURL)
	if err != nil {
		log.Fatalf("rabbit: %v", err)
	}
	ch, err := conn.Channel()
	if err != nil {
		log.Fatalf("rabbit channel: %v", err)
	}
	if _, err := ch.QueueDeclare("job.finished", true, false, false, false, nil); err != nil {
		log.Fatalf("declare: %v", err)
	}
	return conn, ch
}
''', pw=_pw), _pw, "https://www.rabbitmq.com/docs/uri-spec")

_pw = human_pw()
S("compose", "postgres-password", "mis/docker-compose.yml", fill('''\
version: "3.8"
services:
  db:
    image: postgres:15-alpine
    environment:
      POSTGRES_DB: printmis
      POSTGRES_USER: printmis
      POSTGRES_PASSWORD: "%%pw%%"
    volumes:
      - pgdata:/var/lib/postgresql/data
    restart: always
  app:
    image: registry.copyworks.lan/printmis:4.12.1
    environment:
      DATABASE_URL: postgres://printmis@db:5432/printmis
      JOB_TICKET_PRINTER: ipp://prn01.copyworks.lan/ipp/print/Ticket
    ports:
      - "8080:8080"
    depends_on:
      - db
volumes:
  pgdata:
''', pw=_pw), _pw, "https://hub.docker.com/_/postgres")

_pw = rand_pw(20)
S("ts", "mongodb-uri-password", "proof-portal/src/db.ts", fill('''\
import mongoose from "mongoose";

// Proof approvals, annotations and customer sign-off history
const MONGO_URI =
  "mongodb+srv://proofportal:%%pw%%@proofs-cluster.x7k2p.mongodb.net/proofs?retryWrites=true&w=majority";

export async function connect(): Promise<typeof mongoose> {
  mongoose.set("strictQuery", true);
  return mongoose.connect(MONGO_URI, { maxPoolSize: 20 });
}

export const ApprovalSchema = new mongoose.Schema({
  orderNo: { type: String, index: true },
  version: Number,
  approvedBy: String,
  approvedAt: Date,
  comments: [{ page: Number, x: Number, y: Number, text: String }],
});
''', pw=_pw), _pw, "https://www.mongodb.com/docs/manual/reference/connection-string/")

_sec = mixed(48)
S("js", "jwt-signing-secret", "proof-portal/server/links.js", fill('''\
// Signed, expiring links we e-mail to customers so they can approve a proof without logging in.
const jwt = require("jsonwebtoken");

const PROOF_LINK_SECRET = "%%sec%%";
const BASE = "https://proofs.inkwellprint.co.uk/approve";

function proofLink(orderNo, version, email) {
  const token = jwt.sign({ o: orderNo, v: version, e: email }, PROOF_LINK_SECRET, {
    algorithm: "HS256",
    expiresIn: "14d",
  });
  return `${BASE}?t=${token}`;
}

function verify(token) {
  return jwt.verify(token, PROOF_LINK_SECRET, { algorithms: ["HS256"] });
}

module.exports = { proofLink, verify };
''', sec=_sec), _sec, "https://github.com/auth0/node-jsonwebtoken#usage")

_key = hexs(64)
S("python", "flask-secret-key", "jobboard/app.py", fill('''\
"""Shop-floor job board: the big screen next to the Indigo showing today's jobs."""
from flask import Flask, render_template, session

from jobboard import mis

app = Flask(__name__)
app.config.update(
    SECRET_KEY="%%key%%",
    SESSION_COOKIE_SAMESITE="Lax",
    TEMPLATES_AUTO_RELOAD=False,
)


@app.route("/")
def board():
    session.setdefault("station", "indigo-12000")
    jobs = mis.jobs_for_today(station=session["station"])
    return render_template("board.html", jobs=jobs)


if __name__ == "__main__":
    app.run(host="0.0.0.0", port=5050)
''', key=_key), _key, "https://flask.palletsprojects.com/en/3.0.x/config/#SECRET_KEY")

_pw = words_pw()
S("k8s", "secret-base64-password", "k8s/prepress/mis-db-secret.yaml", fill('''\
apiVersion: v1
kind: Secret
metadata:
  name: mis-db
  namespace: prepress
  labels:
    app.kubernetes.io/part-of: prepress-workers
type: Opaque
data:
  username: %%user%%
  password: %%pw%%
  host: %%host%%
''', user=b64("prepress_worker"), pw=b64(_pw), host=b64("mis-db.prepress.svc.cluster.local")), _pw,
  "https://kubernetes.io/docs/concepts/configuration/secret/")

_pw = fakes.redis_password(_seed())
S("helm", "redis-password", "charts/web2print/values-prod.yaml", fill('''\
replicaCount: 3
image:
  repository: registry.printpigeon.co/web2print
  tag: "5.8.2"

ingress:
  enabled: true
  className: nginx
  hosts:
    - host: order.printpigeon.co
      paths: [{ path: /, pathType: Prefix }]

redis:
  enabled: true
  architecture: standalone
  auth:
    enabled: true
    password: "%%pw%%"

resources:
  requests: { cpu: 250m, memory: 512Mi }
  limits: { cpu: "2", memory: 2Gi }
''', pw=_pw), _pw, "https://artifacthub.io/packages/helm/bitnami/redis")

_pw = rand_pw(24)
S("terraform", "rds-master-password", "infra/terraform/mis/rds.tf", fill('''\
resource "aws_db_subnet_group" "mis" {
  name       = "mis-db"
  subnet_ids = var.private_subnet_ids
}

resource "aws_db_instance" "mis" {
  identifier              = "printmis-prod"
  engine                  = "postgres"
  engine_version          = "15.6"
  instance_class          = "db.t4g.medium"
  allocated_storage       = 100
  db_name                 = "printmis"
  username                = "printmis_admin"
  password                = "%%pw%%"
  db_subnet_group_name    = aws_db_subnet_group.mis.name
  vpc_security_group_ids  = [aws_security_group.mis_db.id]
  backup_retention_period = 14
  deletion_protection     = true
  skip_final_snapshot     = false
}
''', pw=_pw), _pw, "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/db_instance")

_tok = "dop_v1_" + hexs(64)
S("terraform", "digitalocean-token", "infra/do/main.tf", fill('''\
terraform {
  required_providers {
    digitalocean = {
      source  = "digitalocean/digitalocean"
      version = "~> 2.39"
    }
  }
}

provider "digitalocean" {
  token = "%%tok%%"
}

resource "digitalocean_spaces_bucket" "uploads" {
  name   = "printpigeon-uploads"
  region = "ams3"
  acl    = "private"
}

resource "digitalocean_droplet" "proofer" {
  name   = "proofer-01"
  image  = "ubuntu-24-04-x64"
  size   = "s-4vcpu-8gb"
  region = "ams3"
}
''', tok=_tok), _tok, "https://registry.terraform.io/providers/digitalocean/digitalocean/latest/docs")

_tok = fakes.github_token(_seed())
S("github-actions", "github-pat", ".github/workflows/build-rip-plugins.yml", fill('''\
name: build RIP plugins
on:
  push:
    branches: [main]
  workflow_dispatch:

jobs:
  build:
    runs-on: windows-latest
    env:
      # needs read access to the private colour-profiles repo
      PROFILES_TOKEN: %%tok%%
    steps:
      - uses: actions/checkout@v4
      - name: Fetch ICC profiles
        run: git clone https://x-access-token:${{ env.PROFILES_TOKEN }}@github.com/inkwell-print/colour-profiles.git profiles
      - uses: actions/setup-dotnet@v4
        with:
          dotnet-version: "8.0.x"
      - run: dotnet build RipPlugins.sln -c Release
      - uses: actions/upload-artifact@v4
        with:
          name: rip-plugins
          path: out/
''', tok=_tok), _tok, "https://docs.github.com/en/authentication/keeping-your-account-and-data-secure/managing-your-personal-access-tokens")

_pw = human_pw()
S("gitlab-ci", "deploy-password", ".gitlab-ci.yml", fill('''\
stages: [test, deploy]

variables:
  PIP_CACHE_DIR: "$CI_PROJECT_DIR/.cache/pip"

test:
  stage: test
  image: python:3.12
  script:
    - pip install -r requirements.txt
    - pytest -q

deploy_rip:
  stage: deploy
  image: alpine:3.20
  only: [main]
  script:
    - apk add --no-cache sshpass openssh-client rsync
    - sshpass -p '%%pw%%' rsync -az -e "ssh -o StrictHostKeyChecking=no" ./ prepress@rip01.pressgang.lan:/opt/rip-tools/
    - sshpass -p '%%pw%%' ssh prepress@rip01.pressgang.lan 'sudo systemctl restart rip-tools'
''', pw=_pw), _pw, "https://docs.gitlab.com/ee/ci/yaml/")

_pw = words_pw()
S("jenkinsfile", "sshpass-password", "Jenkinsfile", fill('''\
pipeline {
    agent { label 'linux' }
    options { timestamps() }
    stages {
        stage('Build') {
            steps {
                sh 'mvn -B -q package -DskipTests'
            }
        }
        stage('Deploy to imposition server') {
            when { branch 'main' }
            steps {
                sh """
                    sshpass -p '%%pw%%' scp target/imposer.jar deploy@impose01.print.local:/opt/imposer/
                    sshpass -p '%%pw%%' ssh deploy@impose01.print.local 'systemctl --user restart imposer'
                """
            }
        }
    }
}
''', pw=_pw), _pw, "https://www.jenkins.io/doc/book/pipeline/jenkinsfile/")

_key = mixed(40)
S("dockerfile", "env-api-key", "services/preflight/Dockerfile", fill('''\
FROM python:3.12-slim

RUN apt-get update && apt-get install -y --no-install-recommends ghostscript qpdf poppler-utils \\
    && rm -rf /var/lib/apt/lists/*

WORKDIR /app
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt
COPY preflight/ preflight/

ENV PREFLIGHT_MAX_PAGES=400 \\
    PREFLIGHT_MIN_DPI=240 \\
    PDFTOOLBOX_SERVER=http://pdftoolbox:1200 \\
    PDFTOOLBOX_API_KEY=%%key%%

EXPOSE 8000
CMD ["uvicorn", "preflight.api:app", "--host", "0.0.0.0", "--port", "8000"]
''', key=_key), _key, "https://docs.docker.com/reference/dockerfile/#env")

_tok = "npm_" + mixed(36)
S("npmrc", "npm-token", "packages/designer-widget/.npmrc", fill('''\
@inkwell:registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=%%tok%%
always-auth=true
save-exact=true
engine-strict=true
''', tok=_tok), _tok, "https://docs.npmjs.com/cli/v10/configuring-npm/npmrc#auth-related-configuration")

_pw = rand_pw(20)
S("ini", "pip-index-password", "deploy/rip02/pip.conf", fill('''\
[global]
timeout = 60
index-url = https://prepress-ci:%%pw%%@pypi.inkwell.lan/simple/
extra-index-url = https://pypi.org/simple/
trusted-host = pypi.inkwell.lan

[install]
no-warn-script-location = true
''', pw=_pw), _pw, "https://pip.pypa.io/en/stable/topics/configuration/")

_pw = mixed(52)
S("xml", "nuget-cleartext-password", "src/NuGet.config", fill('''\
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <packageSources>
    <clear />
    <add key="nuget.org" value="https://api.nuget.org/v3/index.json" />
    <add key="printhub-internal" value="https://pkgs.dev.azure.com/printhub/_packaging/internal/nuget/v3/index.json" />
  </packageSources>
  <packageSourceCredentials>
    <printhub-internal>
      <add key="Username" value="build-agent" />
      <add key="ClearTextPassword" value="%%pw%%" />
    </printhub-internal>
  </packageSourceCredentials>
</configuration>
''', pw=_pw), _pw, "https://learn.microsoft.com/en-us/nuget/reference/nuget-config-file#packagesourcecredentials")

_pw = words_pw()
S("xml", "maven-settings-password", "ci/maven/settings.xml", fill('''\
<settings xmlns="http://maven.apache.org/SETTINGS/1.0.0"
          xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
          xsi:schemaLocation="http://maven.apache.org/SETTINGS/1.0.0 https://maven.apache.org/xsd/settings-1.0.0.xsd">
  <servers>
    <server>
      <id>pressgang-releases</id>
      <username>ci-publisher</username>
      <password>%%pw%%</password>
    </server>
  </servers>
  <mirrors>
    <mirror>
      <id>pressgang-mirror</id>
      <mirrorOf>central</mirrorOf>
      <url>https://nexus.pressgang.lan/repository/maven-public/</url>
    </mirror>
  </mirrors>
</settings>
''', pw=_pw), _pw, "https://maven.apache.org/settings.html#servers")

_pub, _priv = hexs(32), hexs(32)
S("json", "magento-marketplace-keys", "auth.json", fill('''\
{
    "http-basic": {
        "repo.magento.com": {
            "username": "%%pub%%",
            "password": "%%priv%%"
        }
    },
    "github-oauth": {}
}
''', pub=_pub, priv=_priv), _priv, "https://experienceleague.adobe.com/en/docs/commerce-operations/installation-guide/prerequisites/authentication-keys")

_pw = human_pw()
S("notebook", "db-password", "analysis/paper-waste-by-press.ipynb", json.dumps({
    "cells": [
        {"cell_type": "markdown", "metadata": {}, "source": ["# Paper waste by press, last quarter\n",
                                                             "Make-ready sheets vs. good sheets from the MIS job tickets."]},
        {"cell_type": "code", "execution_count": 1, "metadata": {}, "outputs": [],
         "source": ["import pandas as pd\n", "import sqlalchemy as sa\n", "\n",
                    f"engine = sa.create_engine(\"postgresql://analyst:{_pw}@mis-db.pressgang.lan/printmis\")\n"]},
        {"cell_type": "code", "execution_count": 2, "metadata": {}, "outputs": [],
         "source": ["df = pd.read_sql(\"\"\"\n", "    select press, sum(makeready_sheets) mr, sum(good_sheets) good\n",
                    "    from job_runs where run_date >= current_date - 90 group by press\n", "\"\"\", engine)\n",
                    "df['waste_pct'] = 100 * df.mr / (df.mr + df.good)\n", "df.sort_values('waste_pct')"]},
    ],
    "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"},
                 "language_info": {"name": "python", "version": "3.11.6"}},
    "nbformat": 4, "nbformat_minor": 5}, indent=1) + "\n", _pw, "https://nbformat.readthedocs.io/en/latest/format_description.html")

_pw = words_pw()
S("r", "db-password", "reports/click_charges.R", fill('''\
# Monthly click charges per MFP (meter reads from PaperCut's database)
library(DBI)
library(dplyr)

con <- dbConnect(
  odbc::odbc(),
  Driver   = "ODBC Driver 18 for SQL Server",
  Server   = "sql02.copyshop.local",
  Database = "papercut",
  UID      = "report_reader",
  PWD      = "%%pw%%",
  TrustServerCertificate = "yes"
)

usage <- tbl(con, "tbl_printer_usage_log") |>
  filter(usage_date >= !!as.Date(format(Sys.Date(), "%Y-%m-01")) - 31) |>
  group_by(printer_id) |>
  summarise(mono = sum(total_pages - total_color_pages), colour = sum(total_color_pages)) |>
  collect()

write.csv(usage, sprintf("click-charges-%s.csv", format(Sys.Date(), "%Y-%m")), row.names = FALSE)
dbDisconnect(con)
''', pw=_pw), _pw, "https://solutions.posit.co/connections/db/r-packages/odbc/")

_pw = rand_pw(16)
S("sql", "create-user-password", "db/migrations/V42__reporting_user.sql", fill('''\
-- V42: read-only reporting login for the Power BI dashboards (press utilisation, waste)
CREATE LOGIN powerbi_reader WITH PASSWORD = '%%pw%%', CHECK_POLICY = ON;
GO
USE PrintMIS;
GO
CREATE USER powerbi_reader FOR LOGIN powerbi_reader;
ALTER ROLE db_datareader ADD MEMBER powerbi_reader;
DENY SELECT ON SCHEMA::billing TO powerbi_reader;
GO
''', pw=_pw), _pw, "https://learn.microsoft.com/en-us/sql/t-sql/statements/create-login-transact-sql")

_pw = words_pw()
S("markdown", "runbook-password", "docs/runbooks/fiery-server-rebuild.md", fill('''\
# Rebuilding the Fiery on the C9200

When the Fiery will not boot past the splash screen after an update:

1. Power off the press from the front panel, then the Fiery from the rear switch.
2. Boot the Fiery from the System Software USB (kept in the prepress office drawer).
3. Choose **Install System Software**, keep the existing settings backup.
4. After the reboot, log in to WebTools at `https://fiery-c9200.pressgang.lan`:
   - user: `Administrator`
   - password: `%%pw%%`
5. Restore the settings backup from `\\\\fs01\\it\\fiery\\c9200-backup.fbf`.
6. Re-import the paper catalog (`Paper Catalog > Import > Replace`).
7. Run a calibration for the coated and uncoated media sets before releasing held jobs.

Escalate to the EFI service desk (contract FS-22817) if the restore fails twice.
''', pw=_pw), _pw, "https://help.fiery.com/fieryserver/KB/GUID-5B8C4BE4-BB44-4E94-9F70-8D5BC9E8E1F3.html")

_tok = mixed(48)
S("swift", "internal-api-token", "StaffApp/Sources/Networking/OrdersAPI.swift", fill('''\
import Foundation

/// Order lookups for the counter staff iPad app.
struct OrdersAPI {
    static let baseURL = URL(string: "https://mis.copyworks.co.uk/api/v2")!
    private static let apiToken = "%%tok%%"

    func order(number: String) async throws -> Order {
        var request = URLRequest(url: Self.baseURL.appendingPathComponent("orders/\\(number)"))
        request.setValue("Bearer \\(Self.apiToken)", forHTTPHeaderField: "Authorization")
        request.setValue("application/json", forHTTPHeaderField: "Accept")
        let (data, response) = try await URLSession.shared.data(for: request)
        guard (response as? HTTPURLResponse)?.statusCode == 200 else {
            throw URLError(.badServerResponse)
        }
        return try JSONDecoder().decode(Order.self, from: data)
    }
}
''', tok=_tok), _tok, "https://developer.apple.com/documentation/foundation/urlrequest")

_tok = "glpat-" + mixed(20, URLSAFE)
S("shell", "gitlab-token", "tools/sync-job-templates.sh", fill('''\
#!/bin/bash
# Pulls the latest JDF job ticket templates from GitLab onto the prepress share.
set -eu
GITLAB_TOKEN="%%tok%%"
PROJECT_ID=4821
DEST=/mnt/prepress/templates

curl -sf --header "PRIVATE-TOKEN: ${GITLAB_TOKEN}" \\
  "https://gitlab.pressgang.lan/api/v4/projects/${PROJECT_ID}/repository/archive.tar.gz?sha=main" \\
  -o /tmp/templates.tar.gz
rm -rf "${DEST:?}"/*
tar -xzf /tmp/templates.tar.gz -C "$DEST" --strip-components=1
echo "templates updated $(date)" >> /var/log/template-sync.log
''', tok=_tok), _tok, "https://docs.gitlab.com/ee/user/profile/personal_access_tokens.html")

_tok = "dckr_pat_" + mixed(27, URLSAFE)
S("github-actions", "dockerhub-token", ".github/workflows/publish-preflight-image.yml", fill('''\
name: publish preflight image
on:
  push:
    tags: ["v*"]

jobs:
  image:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: docker/login-action@v3
        with:
          username: pressgangprint
          password: %%tok%%
      - uses: docker/build-push-action@v6
        with:
          context: services/preflight
          push: true
          tags: pressgangprint/preflight:${{ github.ref_name }}
''', tok=_tok), _tok, "https://docs.docker.com/security/for-developers/access-tokens/")

# ================================================================================================
# Shipping
# ================================================================================================

_key = "EZAK" + hexs(54)
S("ruby", "easypost-api-key", "app/services/shipping/easypost_labels.rb", fill('''\
require "easypost"

module Shipping
  # Buys the cheapest next-day rate for finished jobs and prints the label at the packing bench.
  class EasypostLabels
    CLIENT = EasyPost::Client.new(api_key: "%%key%%")

    FROM = {
      company: "Brightside Print Ltd",
      street1: "Unit 7, Canal Works",
      city: "Manchester",
      zip: "M4 6BF",
      country: "GB",
      phone: "01615550148"
    }.freeze

    def buy(job)
      shipment = CLIENT.shipment.create(
        from_address: FROM,
        to_address: job.delivery_address.to_h,
        parcel: { weight: job.weight_oz, length: 17, width: 12, height: job.box_depth_in }
      )
      rate = shipment.rates.select { |r| r.delivery_days.to_i <= 1 }.min_by { |r| r.rate.to_f }
      CLIENT.shipment.buy(shipment.id, rate: rate)
    end
  end
end
''', key=_key), _key, "https://docs.easypost.com/docs/authentication")

_tok = "shippo_live_" + hexs(40)
S("python", "shippo-live-token", "fulfilment/shippo_labels.py", fill('''\
"""Shippo label purchase for web orders that leave the building as parcels."""
import shippo
from shippo.models import components

SHIPPO_TOKEN = "%%tok%%"
client = shippo.Shippo(api_key_header=SHIPPO_TOKEN)

WAREHOUSE = components.AddressCreateRequest(
    name="Print Pigeon Dispatch",
    street1="48 Wharf Road",
    city="Bristol",
    zip="BS1 4RN",
    country="GB",
)


def label_for(order):
    shipment = client.shipments.create(components.ShipmentCreateRequest(
        address_from=WAREHOUSE,
        address_to=components.AddressCreateRequest(**order.address),
        parcels=[components.ParcelCreateRequest(length="35", width="25", height="5", distance_unit="cm",
                                                weight=str(order.weight_kg), mass_unit="kg")],
        async_=False,
    ))
    rate = min(shipment.rates, key=lambda r: float(r.amount))
    return client.transactions.create(components.TransactionCreateRequest(rate=rate.object_id, label_file_type="PDF_4x6"))
''', tok=_tok), _tok, "https://docs.goshippo.com/docs/guides_general/authentication/")

_basic = b64(f"{hexs(32)}:{hexs(32)}")
S("js", "shipstation-basic-auth", "packing-bench/src/shipstation.js", fill('''\
// Packing bench app: marks ShipStation orders shipped once the label has printed.
const axios = require('axios');

const shipstation = axios.create({
  baseURL: 'https://ssapi.shipstation.com',
  headers: {
    Authorization: 'Basic %%basic%%',
    'Content-Type': 'application/json',
  },
  timeout: 20000,
});

async function markShipped(orderId, carrierCode, trackingNumber) {
  const { data } = await shipstation.post('/orders/markasshipped', {
    orderId,
    carrierCode,
    trackingNumber,
    notifyCustomer: true,
    notifySalesChannel: true,
  });
  return data;
}

module.exports = { markShipped };
''', basic=_basic), _basic, "https://www.shipstation.com/docs/api/requirements/#authentication")

_key, _sec = hexs(32), hexs(32)
S("env", "shipstation-api-secret", "dispatch/.env", fill('''\
# dispatch service (label printing for the three packing benches)
SHIPSTATION_API_KEY=%%key%%
SHIPSTATION_API_SECRET=%%sec%%
SHIPSTATION_STORE_ID=318822
LABEL_PRINTER_BENCH1=zebra-zd621-bench1
LABEL_PRINTER_BENCH2=zebra-zd621-bench2
LABEL_PRINTER_BENCH3=zebra-zd421-bench3
LABEL_FORMAT=ZPL
''', key=_key, sec=_sec), _sec, "https://www.shipstation.com/docs/api/requirements/#authentication")

_cid, _sec = mixed(48), mixed(64)
S("csharp", "ups-client-secret", "src/Dispatch.Carriers/Ups/UpsOAuth.cs", fill('''\
using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text;
using System.Threading.Tasks;

namespace Dispatch.Carriers.Ups
{
    internal static class UpsOAuth
    {
        private const string ClientId = "%%cid%%";
        private const string ClientSecret = "%%sec%%";
        private const string TokenUrl = "https://onlinetools.ups.com/security/v1/oauth/token";

        public static async Task<string> GetTokenAsync(HttpClient http)
        {
            var basic = Convert.ToBase64String(Encoding.UTF8.GetBytes($"{ClientId}:{ClientSecret}"));
            using var req = new HttpRequestMessage(HttpMethod.Post, TokenUrl)
            {
                Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["grant_type"] = "client_credentials" })
            };
            req.Headers.Authorization = new AuthenticationHeaderValue("Basic", basic);
            req.Headers.Add("x-merchant-id", "A1B234");
            var res = await http.SendAsync(req);
            res.EnsureSuccessStatusCode();
            return await res.Content.ReadAsStringAsync();
        }
    }
}
''', cid=_cid, sec=_sec), _sec, "https://developer.ups.com/api/reference/oauth/client-credentials")

_cid, _sec = "l7" + hexs(30), hexs(32)
S("properties", "fedex-client-secret", "dispatch-service/src/main/resources/application-prod.properties", fill('''\
server.port=8085
spring.application.name=dispatch-service

# FedEx REST APIs (Ship, Rate, Track) - account 740561073
fedex.api.base-url=https://apis.fedex.com
fedex.api.client-id=%%cid%%
fedex.api.client-secret=%%sec%%
fedex.account-number=740561073
fedex.default-service=FEDEX_INTERNATIONAL_PRIORITY
fedex.label.stock-type=STOCK_4X6
fedex.label.image-type=ZPLII

spring.datasource.url=jdbc:postgresql://dispatch-db:5432/dispatch
spring.datasource.username=${DISPATCH_DB_USER}
spring.datasource.password=${DISPATCH_DB_PASSWORD}
''', cid=_cid, sec=_sec), _sec, "https://developer.fedex.com/api/en-us/catalog/authorization/v1/docs.html")

_key = mixed(32)
S("kotlin", "dhl-api-key", "app/src/main/java/com/printpigeon/dispatch/DhlClient.kt", fill('''\
package com.printpigeon.dispatch

import okhttp3.OkHttpClient
import okhttp3.Request

/** Tracking lookups for the dispatch handheld app (DHL Shipment Tracking - Unified). */
class DhlClient(private val http: OkHttpClient = OkHttpClient()) {

    fun track(trackingNumber: String): String {
        val request = Request.Builder()
            .url("https://api-eu.dhl.com/track/shipments?trackingNumber=$trackingNumber&language=en")
            .header("DHL-API-Key", API_KEY)
            .header("Accept", "application/json")
            .build()
        http.newCall(request).execute().use { response ->
            check(response.isSuccessful) { "DHL tracking failed: ${response.code}" }
            return response.body!!.string()
        }
    }

    companion object {
        private const val API_KEY = "%%key%%"
    }
}
''', key=_key), _key, "https://developer.dhl.com/api-reference/shipment-tracking#get-started-section/")

_pub, _sec = hexs(32), hexs(32)
S("php", "sendcloud-secret", "src/Shipping/SendcloudClient.php", fill('''\
<?php

declare(strict_types=1);

namespace PrintShop\\Shipping;

use GuzzleHttp\\Client;

final class SendcloudClient
{
    private const PUBLIC_KEY = '%%pub%%';
    private const SECRET_KEY = '%%sec%%';

    private Client $http;

    public function __construct()
    {
        $this->http = new Client([
            'base_uri' => 'https://panel.sendcloud.sc/api/v2/',
            'auth' => [self::PUBLIC_KEY, self::SECRET_KEY],
            'timeout' => 20,
        ]);
    }

    public function createParcel(array $order): array
    {
        $res = $this->http->post('parcels', ['json' => ['parcel' => [
            'name' => $order['name'],
            'address' => $order['street'],
            'city' => $order['city'],
            'postal_code' => $order['postcode'],
            'country' => $order['country'],
            'request_label' => true,
            'shipment' => ['id' => 8],
        ]]]);
        return json_decode((string) $res->getBody(), true);
    }
}
''', pub=_pub, sec=_sec), _sec, "https://api.sendcloud.dev/docs/sendcloud-public-api/getting-started")

_key = uuid4()
S("go", "royal-mail-api-key", "internal/carriers/royalmail/clickdrop.go", fill('''\
package royalmail

import (
	"bytes"
	"encoding/json"
	"net/http"
	"time"
)

const (
	clickDropURL = "https://api.parcel.royalmail.com/api/v1/orders"
	clickDropKey = "%%key%%"
)

var httpClient = &http.Client{Timeout: 30 * time.Second}

// CreateOrders pushes finished print orders to Click & Drop so the labels can be printed.
func CreateOrders(orders []Order) (*http.Response, error) {
	body, err := json.Marshal(map[string]any{"items": orders})
	if err != nil {
		return nil, err
	}
	req, err := http.NewRequest(http.MethodPost, clickDropURL, bytes.NewReader(body))
	if err != nil {
		return nil, err
	}
	req.Header.Set("Authorization", clickDropKey)
	req.Header.Set("Content-Type", "application/json")
	return httpClient.Do(req)
}
''', key=_key), _key, "https://api.parcel.royalmail.com/")

_key = mixed(43, ALNUM + "/+")
S("ts", "shipengine-api-key", "dispatch-web/src/lib/shipengine.ts", fill('''\
import ShipEngine from "shipengine";

// Rates for the checkout's "delivery options" step (large-format tubes need special services).
export const shipengine = new ShipEngine({
  apiKey: "%%key%%",
  pageSize: 100,
  retries: 2,
  timeout: 15000,
});

export async function ratesForTube(postcode: string, lengthCm: number) {
  return shipengine.getRatesWithShipmentDetails({
    shipment: {
      validateAddress: "no_validation",
      shipFrom: { name: "Dispatch", addressLine1: "48 Wharf Road", cityLocality: "Bristol", postalCode: "BS1 4RN", countryCode: "GB", phone: "01175550123" },
      shipTo: { name: "Customer", addressLine1: "-", cityLocality: "-", postalCode: postcode, countryCode: "GB" },
      packages: [{ weight: { value: 1.2, unit: "kilogram" }, dimensions: { length: lengthCm, width: 10, height: 10, unit: "centimeter" } }],
    },
    rateOptions: { carrierIds: ["se-1102334", "se-1102335"] },
  });
}
''', key=_key), _key, "https://www.shipengine.com/docs/auth/")

# ================================================================================================
# Payments
# ================================================================================================

_key = stripe("sk_live_", 99)
S("python", "stripe-secret-key", "checkout/payments.py", fill('''\
"""Card payments for web-to-print orders (Stripe PaymentIntents)."""
import stripe

stripe.api_key = "%%key%%"
stripe.api_version = "2024-06-20"


def intent_for(order):
    return stripe.PaymentIntent.create(
        amount=int(round(order.total_gross * 100)),
        currency="gbp",
        metadata={"order_no": order.number, "channel": "web2print"},
        automatic_payment_methods={"enabled": True},
        description=f"Print order {order.number}",
        receipt_email=order.email,
    )


def refund_reprint(order, amount_pence, reason="requested_by_customer"):
    return stripe.Refund.create(payment_intent=order.payment_intent_id, amount=amount_pence, reason=reason)
''', key=_key), _key, "https://docs.stripe.com/keys")

_key = stripe("rk_live_", 99)
S("js", "stripe-restricted-key", "scripts/reports/stripe-payouts.js", fill('''\
#!/usr/bin/env node
// Monthly payouts export for the accountant (restricted key: payouts + balance read only).
const Stripe = require('stripe');
const fs = require('fs');

const stripe = Stripe('%%key%%');

(async () => {
  const since = Math.floor(new Date(new Date().getFullYear(), new Date().getMonth() - 1, 1) / 1000);
  const rows = ['id,arrival_date,amount,status'];
  for await (const p of stripe.payouts.list({ created: { gte: since }, limit: 100 })) {
    rows.push([p.id, new Date(p.arrival_date * 1000).toISOString().slice(0, 10), p.amount / 100, p.status].join(','));
  }
  fs.writeFileSync('payouts.csv', rows.join('\\n') + '\\n');
  console.log(`wrote ${rows.length - 1} payouts`);
})();
''', key=_key), _key, "https://docs.stripe.com/keys#limit-access")

_sec = "whsec_" + mixed(32)
S("env", "stripe-webhook-secret", "checkout/.env.live", fill('''\
STRIPE_PUBLISHABLE_KEY=pk_live_51OzR4kBz1v9QfX0aH2lTqW8mNn3sYcPd7eJkLr5uVbGh
STRIPE_WEBHOOK_SECRET=%%sec%%
STRIPE_SECRET_KEY_FILE=/run/secrets/stripe_secret_key
ORDER_CONFIRMATION_FROM=orders@printpigeon.co
CURRENCY=gbp
VAT_RATE=0.20
''', sec=_sec), _sec, "https://docs.stripe.com/webhooks#verify-official-libraries")

_cid = "A" + mixed(79, URLSAFE)
_sec = "E" + mixed(79, URLSAFE)
S("json", "paypal-client-secret", "src/PrintHub.Checkout/appsettings.json", fill('''\
{
  "PayPal": {
    "Environment": "live",
    "ClientId": "%%cid%%",
    "ClientSecret": "%%sec%%",
    "ReturnUrl": "https://shop.printhub.ie/checkout/paypal/return",
    "CancelUrl": "https://shop.printhub.ie/basket"
  },
  "Checkout": {
    "Currency": "EUR",
    "VatRate": 0.23,
    "FreeDeliveryOver": 75
  },
  "Logging": { "LogLevel": { "Default": "Information" } }
}
''', cid=_cid, sec=_sec), _sec, "https://developer.paypal.com/api/rest/authentication/")

_tok = f"access_token$production${draw(16, LOWER_NUM)}${hexs(32)}"
S("ruby", "braintree-access-token", "config/initializers/braintree.rb", fill('''\
# PayPal via Braintree for the trade portal (net-30 customers pay by card or PayPal)
Rails.application.config.to_prepare do
  BRAINTREE_GATEWAY = Braintree::Gateway.new(
    access_token: "%%tok%%"
  )
end

Rails.application.config.x.payments = {
  merchant_account_id: "printhouseGBP",
  submit_for_settlement: true,
  descriptor_name: "PRINTHOUSE*ORDER"
}
''', tok=_tok), _tok, "https://developer.paypal.com/braintree/docs/guides/paypal/server-side/ruby")

_mid, _pub, _priv = draw(16, LOWER_NUM), draw(16, LOWER_NUM), hexs(32)
S("php", "braintree-private-key", "app/Payments/BraintreeGateway.php", fill('''\
<?php

namespace App\\Payments;

use Braintree\\Gateway;

class BraintreeGateway
{
    public static function make(): Gateway
    {
        return new Gateway([
            'environment' => 'production',
            'merchantId' => '%%mid%%',
            'publicKey' => '%%pub%%',
            'privateKey' => '%%priv%%',
        ]);
    }

    public static function charge(string $nonce, string $amount, string $orderNo): \\Braintree\\Result\\Successful|\\Braintree\\Result\\Error
    {
        return self::make()->transaction()->sale([
            'amount' => $amount,
            'paymentMethodNonce' => $nonce,
            'orderId' => $orderNo,
            'options' => ['submitForSettlement' => true],
        ]);
    }
}
''', mid=_mid, pub=_pub, priv=_priv), _priv, "https://developer.paypal.com/braintree/docs/start/hello-server/php")

_tok = "EAAA" + mixed(60, URLSAFE)
S("js", "square-access-token", "pos-sync/index.js", fill('''\
// Syncs counter sales from Square POS into the MIS so walk-in copy jobs are invoiced.
import { Client, Environment } from "square";

const square = new Client({
  accessToken: "%%tok%%",
  environment: Environment.Production,
});

const LOCATION_ID = "L8K2N4P0QWXYZ";

export async function todaysOrders() {
  const start = new Date();
  start.setHours(0, 0, 0, 0);
  const { result } = await square.ordersApi.searchOrders({
    locationIds: [LOCATION_ID],
    query: { filter: { dateTimeFilter: { createdAt: { startAt: start.toISOString() } } } },
  });
  return result.orders ?? [];
}
''', tok=_tok), _tok, "https://developer.squareup.com/docs/build-basics/access-tokens")

_r = _rng()
_key = ("AQE" + "".join(_r.choice(ALNUM) for _ in range(60)) + "=-" + "".join(_r.choice(ALNUM + "+/") for _ in range(43))
        + "=-" + "".join(_r.choice(ALNUM + "%$(){}<>") for _ in range(16)))
S("java", "adyen-api-key", "payments/src/main/java/com/printhouse/payments/AdyenConfig.java", fill('''\
package com.printhouse.payments;

import com.adyen.Client;
import com.adyen.enums.Environment;
import com.adyen.service.checkout.PaymentsApi;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
public class AdyenConfig {

    private static final String API_KEY =
        "%%key%%";
    private static final String LIVE_PREFIX = "1797a841fbb37ca7-PrintHouse";

    @Bean
    public Client adyenClient() {
        return new Client(API_KEY, Environment.LIVE, LIVE_PREFIX);
    }

    @Bean
    public PaymentsApi paymentsApi(Client client) {
        return new PaymentsApi(client);
    }
}
''', key=_key), _key, "https://docs.adyen.com/development-resources/api-credentials/")

_login, _tkey = mixed(10), mixed(16)
S("xml", "authorizenet-transaction-key", "config/payment-gateways.xml", fill('''\
<?xml version="1.0" encoding="UTF-8"?>
<!-- Trade counter card-not-present payments (phone orders) -->
<gateways default="authorizenet">
  <gateway id="authorizenet">
    <endpoint>https://api.authorize.net/xml/v1/request.api</endpoint>
    <merchantAuthentication>
      <name>%%login%%</name>
      <transactionKey>%%tkey%%</transactionKey>
    </merchantAuthentication>
    <duplicateWindow>120</duplicateWindow>
    <currency>USD</currency>
  </gateway>
  <gateway id="cash" />
</gateways>
''', login=_login, tkey=_tkey), _tkey, "https://developer.authorize.net/api/reference/index.html#authentication")

_key = "live_" + mixed(30)
S("php", "mollie-live-key", "config/mollie.php", fill('''\
<?php
// Mollie (iDEAL, Bancontact, cards) for the Dutch and Belgian storefronts.
return [
    'key' => '%%key%%',
    'webhook_url' => 'https://drukwerk.printpigeon.nl/webhooks/mollie',
    'redirect_url' => 'https://drukwerk.printpigeon.nl/bestelling/bedankt',
    'methods' => ['ideal', 'bancontact', 'creditcard', 'paypal'],
    'locale' => 'nl_NL',
];
''', key=_key), _key, "https://docs.mollie.com/reference/authentication")

_kid, _sec = "rzp_live_" + mixed(14), mixed(24)
S("python", "razorpay-key-secret", "payments/razorpay_gateway.py", fill('''\
"""Razorpay for the Bengaluru franchise's online orders (visiting cards, standees)."""
import razorpay

RAZORPAY_KEY_ID = "%%kid%%"
RAZORPAY_KEY_SECRET = "%%sec%%"

client = razorpay.Client(auth=(RAZORPAY_KEY_ID, RAZORPAY_KEY_SECRET))
client.set_app_details({"title": "PrintPoint W2P", "version": "3.1"})


def create_order(order_no: str, amount_inr: float) -> dict:
    return client.order.create({
        "amount": int(amount_inr * 100),
        "currency": "INR",
        "receipt": order_no,
        "notes": {"channel": "web"},
    })


def verify(payload: dict) -> None:
    client.utility.verify_payment_signature(payload)
''', kid=_kid, sec=_sec), _sec, "https://razorpay.com/docs/payments/server-integration/python/")

_tok = "live_" + mixed(40, URLSAFE)
S("env", "gocardless-token", "billing/.env", fill('''\
# Direct Debit for contract customers' monthly click charges
GOCARDLESS_ENVIRONMENT=live
GOCARDLESS_ACCESS_TOKEN=%%tok%%
GOCARDLESS_WEBHOOK_ENDPOINT=https://billing.copyworks.co.uk/hooks/gocardless
BILLING_RUN_DAY=3
INVOICE_PREFIX=CW-
''', tok=_tok), _tok, "https://developer.gocardless.com/getting-started/api/making-your-first-request/")

_pw = rand_pw(16)
S("properties", "worldpay-xml-password", "checkout-service/config/worldpay.properties", fill('''\
# Worldpay XML Direct - merchant code PRINTHOUSEECOM
worldpay.url=https://secure.worldpay.com/jsp/merchant/xml/paymentService.jsp
worldpay.merchantCode=PRINTHOUSEECOM
worldpay.xmlUsername=PRINTHOUSEECOM
worldpay.xmlPassword=%%pw%%
worldpay.installationId=1184452
worldpay.captureDelay=0
worldpay.currency=GBP
''', pw=_pw), _pw, "https://developerengine.fisglobal.com/apis/wpg/directintegration")

# ================================================================================================
# Notifications
# ================================================================================================

_hook = slack_webhook()
S("shell", "slack-webhook", "scripts/press/notify-press-down.sh", fill('''\
#!/bin/sh
# Called by the press monitoring box when a press reports an error state for > 10 minutes.
PRESS="$1"; STATE="$2"
WEBHOOK="%%hook%%"

payload=$(printf '{"text":":rotating_light: *%s* is down (%s). Check the job queue on the board."}' "$PRESS" "$STATE")
curl -s -X POST -H 'Content-type: application/json' --data "$payload" "$WEBHOOK"
logger -t press-monitor "notified slack: $PRESS $STATE"
''', hook=_hook), _hook, "https://api.slack.com/messaging/webhooks")

_sid, _tok = "AC" + hexs(32), hexs(32)
S("python", "twilio-auth-token", "notify/sms_ready.py", fill('''\
"""Texts the customer when their order is on the collection shelf."""
from twilio.rest import Client

ACCOUNT_SID = "%%sid%%"
AUTH_TOKEN = "%%tok%%"
FROM_NUMBER = "+441615550199"

client = Client(ACCOUNT_SID, AUTH_TOKEN)


def order_ready(order):
    body = (f"Hi {order.first_name}, your print order {order.number} is ready to collect "
            f"from CopyWorks {order.branch}. Open 8:30-17:30 Mon-Fri.")
    return client.messages.create(to=order.mobile, from_=FROM_NUMBER, body=body)
''', sid=_sid, tok=_tok), _tok, "https://www.twilio.com/docs/usage/secure-credentials")

_key = sendgrid_key()
S("js", "sendgrid-api-key", "services/notifications/src/mailer.js", fill('''\
const sgMail = require('@sendgrid/mail');

sgMail.setApiKey('%%key%%');

const TEMPLATES = {
  proofReady: 'd-4f1c2b7a9e8d4c6b8a1f0e3d2c5b7a90',
  dispatched: 'd-9a8b7c6d5e4f4a3b2c1d0e9f8a7b6c5d',
};

async function sendTemplate(kind, to, data) {
  await sgMail.send({
    to,
    from: { email: 'hello@printpigeon.co', name: 'Print Pigeon' },
    templateId: TEMPLATES[kind],
    dynamicTemplateData: data,
  });
}

module.exports = { sendTemplate };
''', key=_key), _key, "https://docs.sendgrid.com/for-developers/sending-email/api-getting-started")

_key = "key-" + hexs(32)
S("php", "mailgun-api-key", "app/Mail/send_invoice.php", fill('''\
<?php
// Sends the monthly statement PDF to trade account customers.
require __DIR__ . '/../../vendor/autoload.php';

use Mailgun\\Mailgun;

$mg = Mailgun::create('%%key%%', 'https://api.eu.mailgun.net');
$domain = 'mg.printhouse.co.uk';

function send_statement(Mailgun $mg, string $domain, array $account, string $pdfPath): void
{
    $mg->messages()->send($domain, [
        'from'    => 'Accounts <accounts@printhouse.co.uk>',
        'to'      => $account['billing_email'],
        'subject' => 'Your statement for ' . date('F Y', strtotime('first day of last month')),
        'text'    => "Please find your statement attached.\\n\\nPrintHouse Accounts",
        'attachment' => [['filePath' => $pdfPath, 'filename' => basename($pdfPath)]],
    ]);
}
''', key=_key), _key, "https://documentation.mailgun.com/docs/mailgun/api-reference/authentication/")

_tok = uuid4()
S("ruby", "postmark-server-token", "config/environments/production.rb", fill('''\
require "active_support/core_ext/integer/time"

Rails.application.configure do
  config.enable_reloading = false
  config.eager_load = true
  config.consider_all_requests_local = false
  config.force_ssl = true
  config.log_level = :info

  # Order confirmations and proof notifications
  config.action_mailer.delivery_method = :postmark
  config.action_mailer.postmark_settings = { api_token: "%%tok%%" }
  config.action_mailer.default_url_options = { host: "orders.brightsideprint.com", protocol: "https" }

  config.active_storage.service = :amazon
  config.i18n.fallbacks = true
end
''', tok=_tok), _tok, "https://postmarkapp.com/developer/user-guide/send-email-with-api")

_pw = rand_pw(16)
S("msmtprc", "smtp-password", "ops/scan-relay/msmtprc", fill('''\
# /etc/msmtprc on the scan relay: the old MFPs cannot do TLS 1.2, so they send to this box
# on port 25 and it relays to Microsoft 365.
defaults
auth           on
tls            on
tls_trust_file /etc/ssl/certs/ca-certificates.crt
logfile        /var/log/msmtp.log

account        m365
host           smtp.office365.com
port           587
from           scans@copyworks.co.uk
user           scans@copyworks.co.uk
password       %%pw%%

account default : m365
''', pw=_pw), _pw, "https://marlam.de/msmtp/msmtp.html")

_hook = (f"https://copyworks.webhook.office.com/webhookb2/{uuid4()}@{uuid4()}/IncomingWebhook/"
         f"{hexs(32)}/{uuid4()}/V2{mixed(43, URLSAFE)}")
S("powershell", "teams-webhook", "scripts/printserver/Watch-StuckJobs.ps1", fill('''\
# Posts to the "Print ops" Teams channel when a queue on the print server has jobs stuck
# for more than 20 minutes.
$Webhook = "%%hook%%"
$Threshold = (Get-Date).AddMinutes(-20)

$stuck = Get-Printer -ComputerName PRN-SRV01 | ForEach-Object {
    Get-PrintJob -ComputerName PRN-SRV01 -PrinterName $_.Name |
        Where-Object { $_.SubmittedTime -lt $Threshold -and $_.JobStatus -notmatch "Printing" }
}

if ($stuck) {
    $lines = $stuck | ForEach-Object { "- $($_.PrinterName): $($_.DocumentName) ($($_.UserName))" }
    $body = @{ text = "Stuck print jobs on PRN-SRV01:`n" + ($lines -join "`n") } | ConvertTo-Json
    Invoke-RestMethod -Method Post -Uri $Webhook -Body $body -ContentType "application/json"
}
''', hook=_hook), _hook, "https://learn.microsoft.com/en-us/microsoftteams/platform/webhooks-and-connectors/how-to/add-incoming-webhook")

_r = _rng()
_hook = f"https://discord.com/api/webhooks/{_r.randint(10**17, 10**18)}/{''.join(_r.choice(URLSAFE) for _ in range(68))}"
S("python", "discord-webhook", "bots/order_feed.py", fill('''\
"""Posts every new web order to the #orders channel on the team's Discord."""
import requests

WEBHOOK_URL = "%%hook%%"


def announce(order):
    embed = {
        "title": f"New order {order['number']}",
        "description": f"{order['qty']} x {order['product']} ({order['stock']})",
        "color": 0xE4007C,
        "fields": [
            {"name": "Due", "value": order["due"], "inline": True},
            {"name": "Total", "value": f"\\u00a3{order['total']:.2f}", "inline": True},
        ],
    }
    requests.post(WEBHOOK_URL, json={"username": "Order bot", "embeds": [embed]}, timeout=10)
''', hook=_hook), _hook, "https://discord.com/developers/docs/resources/webhook#execute-webhook")

_tok = fakes.telegram_token(_seed())
S("yaml", "telegram-bot-token", "alerts/alertmanager.yml", fill('''\
route:
  receiver: print-floor
  group_by: [alertname, device]
  group_wait: 30s
  repeat_interval: 4h

receivers:
  - name: print-floor
    telegram_configs:
      - bot_token: %%tok%%
        chat_id: -1001874452210
        parse_mode: HTML
        message: |
          {{ range .Alerts }}<b>{{ .Labels.device }}</b>: {{ .Annotations.summary }}
          {{ end }}
''', tok=_tok), _tok, "https://prometheus.io/docs/alerting/latest/configuration/#telegram_config")

_priv = b64_bytes(32)
S("wireguard", "private-key", "ops/wireguard/branch-leeds.conf", fill('''\
# WireGuard tunnel: Leeds branch MFPs -> head office print server and PaperCut
[Interface]
Address = 10.99.2.1/24
PrivateKey = %%priv%%
ListenPort = 51820
DNS = 10.10.0.2

[Peer]
# head office
PublicKey = %%pub%%
Endpoint = vpn.copyworks.co.uk:51820
AllowedIPs = 10.10.0.0/16
PersistentKeepalive = 25
''', priv=_priv, pub=b64_bytes(32)), _priv, "https://man7.org/linux/man-pages/man8/wg.8.html")

# ================================================================================================
# Decoys: files that look dangerous and leak nothing
# ================================================================================================

D("env", "placeholder", "storefront/.env.example", '''\
# Copy to .env and fill in. Never commit the real file.
SHOPIFY_STORE_DOMAIN=your-store.myshopify.com
SHOPIFY_API_VERSION=2024-07
SHOPIFY_ADMIN_ACCESS_TOKEN=
PRINTFUL_TOKEN=<your-printful-private-token>
STRIPE_SECRET_KEY=sk_live_...
STRIPE_WEBHOOK_SECRET=whsec_...
EASYPOST_API_KEY=<from https://www.easypost.com/account/api-keys>
SPACES_KEY=
SPACES_SECRET=
DATABASE_URL=postgres://printmis:<password>@localhost:5432/printmis
''', "https://12factor.net/config")

D("helm", "existing-secret", "charts/web2print/values.yaml", '''\
replicaCount: 2
image:
  repository: registry.printpigeon.co/web2print
  tag: ""
  pullPolicy: IfNotPresent

postgresql:
  enabled: false
externalDatabase:
  host: printmis-prod.cluster-cxk2.eu-west-2.rds.amazonaws.com
  user: web2print
  database: web2print
  existingSecret: web2print-db
  existingSecretPasswordKey: password

redis:
  enabled: true
  auth:
    enabled: true
    existingSecret: web2print-redis
    existingSecretPasswordKey: redis-password

stripe:
  secretKeyRef:
    name: web2print-stripe
    key: secret-key
''', "https://artifacthub.io/packages/helm/bitnami/postgresql")

D("k8s", "external-secret", "k8s/prepress/externalsecret-mis-db.yaml", '''\
apiVersion: external-secrets.io/v1beta1
kind: ExternalSecret
metadata:
  name: mis-db
  namespace: prepress
spec:
  refreshInterval: 1h
  secretStoreRef:
    name: aws-secrets-manager
    kind: ClusterSecretStore
  target:
    name: mis-db
    creationPolicy: Owner
  data:
    - secretKey: password
      remoteRef:
        key: prod/prepress/mis-db
        property: password
    - secretKey: username
      remoteRef:
        key: prod/prepress/mis-db
        property: username
''', "https://external-secrets.io/latest/api/externalsecret/")


def _sops(value_len: int) -> str:
    return (f"ENC[AES256_GCM,data:{draw(value_len, B64)},iv:{b64_bytes(32)},"
            f"tag:{b64_bytes(16)},type:str]")


D("yaml", "sops-ciphertext", "secrets/prod/payments.enc.yaml", fill('''\
stripe:
    secret_key: %%a%%
    webhook_secret: %%b%%
paypal:
    client_secret: %%c%%
sops:
    kms:
        - arn: arn:aws:kms:eu-west-2:482913004512:key/6f1d2c3b-8a9e-4b7c-9d0e-1f2a3b4c5d6e
          created_at: "2024-05-02T10:14:22Z"
          enc: %%d%%
          aws_profile: ""
    lastmodified: "2024-05-02T10:14:23Z"
    mac: %%e%%
    unencrypted_suffix: _unencrypted
    version: 3.8.1
''', a=_sops(44), b=_sops(52), c=_sops(108), d=b64_bytes(150),
                e=_sops(64)), "https://github.com/getsops/sops#encrypting-using-aws-kms")

_lines = "\n".join(hexs(80) for _ in range(14))
D("ansible", "vault-ciphertext", "ansible/group_vars/printservers/vault.yml",
  "$ANSIBLE_VAULT;1.1;AES256\n" + _lines + "\n" + hexs(42) + "\n",
  "https://docs.ansible.com/ansible/latest/vault_guide/vault_encrypting_content.html")

D("ansible", "vault-reference", "ansible/group_vars/printservers/vars.yml", '''\
---
papercut_version: "23.0.7"
papercut_db_type: SQLServer
papercut_db_url: "jdbc:jtds:sqlserver://sql02.copyshop.local:1433/papercut"
papercut_db_user: papercut_app
papercut_db_password: "{{ vault_papercut_db_password }}"
papercut_webservices_token: "{{ vault_papercut_webservices_token }}"

smtp_relay_host: smtp.office365.com
smtp_relay_user: scans@copyworks.co.uk
smtp_relay_password: "{{ vault_smtp_relay_password }}"

print_queues:
  - name: Canon-C3300i-Front
    driver: "Canon Generic Plus PCL6"
  - name: Canon-C5840i-Back
    driver: "Canon Generic Plus PCL6"
''', "https://docs.ansible.com/ansible/latest/tips_tricks/ansible_tips_tricks.html#keep-vaulted-variables-safely-visible")

D("htpasswd", "bcrypt-hash", "deploy/proof-portal/htpasswd", fill('''\
studio:%%a%%
prepress:%%b%%
accounts:%%c%%
sales-north:%%d%%
sales-south:%%e%%
''', a=bcrypt_hash(), b=bcrypt_hash(), c=bcrypt_hash(), d=bcrypt_hash(), e=bcrypt_hash()),
  "https://httpd.apache.org/docs/2.4/misc/password_encryptions.html")

D("cups", "config", "ansible/roles/cups/files/cupsd.conf", '''\
# Central CUPS server for the branch shops
LogLevel warn
MaxLogSize 1m
Listen 0.0.0.0:631
Listen /run/cups/cups.sock
Browsing Off
DefaultAuthType Basic
WebInterface Yes
ServerAlias print.copyworks.lan

<Location />
  Order allow,deny
  Allow from 10.10.0.0/16
</Location>

<Location /admin>
  AuthType Default
  Require user @SYSTEM
  Order allow,deny
  Allow from 10.10.0.0/24
</Location>

<Policy default>
  JobPrivateAccess default
  JobPrivateValues default
  <Limit Create-Job Print-Job Print-URI Validate-Job>
    Order deny,allow
  </Limit>
  <Limit Cancel-Job CUPS-Authenticate-Job>
    Require user @OWNER @SYSTEM
    Order deny,allow
  </Limit>
</Policy>
''', "https://www.cups.org/doc/man-cupsd.conf.html")

D("cups", "device-uri", "ansible/roles/cups/files/printers-branch.conf", fill('''\
# Printer configuration file for CUPS v2.4.7
# Written by cupsd
NextPrinterId 4
<Printer Canon-C3300i-Front>
PrinterId 1
UUID urn:uuid:%%u1%%
Info Canon imageRUNNER ADVANCE DX C3830i
Location Front counter
MakeModel Canon iR-ADV C3830/3835 PS
DeviceURI ipp://canon-c3830.branch.lan/ipp/print
State Idle
Accepting Yes
Shared No
ErrorPolicy retry-job
</Printer>
<Printer Zebra-Labels>
PrinterId 2
UUID urn:uuid:%%u2%%
Info Zebra ZD621 label printer
DeviceURI socket://zebra-zd621.branch.lan:9100
State Idle
Accepting Yes
Shared No
</Printer>
''', u1=uuid4(), u2=uuid4()), "https://www.cups.org/doc/spec-ipp.html")

_pk = "pk_live_51" + mixed(97)
D("js", "publishable-key", "storefront/assets/js/checkout.js", fill('''\
// Card form on the checkout page. The publishable key is meant for the browser.
const stripe = Stripe("%%pk%%");
const elements = stripe.elements({ appearance: { theme: "flat", variables: { colorPrimary: "#e4007c" } } });

async function init(clientSecretUrl) {
  const { clientSecret } = await (await fetch(clientSecretUrl, { method: "POST" })).json();
  const payment = elements.create("payment", { layout: "tabs" });
  payment.mount("#payment-element");
  document.querySelector("#pay").addEventListener("click", async () => {
    const { error } = await stripe.confirmPayment({
      elements,
      clientSecret,
      confirmParams: { return_url: window.location.origin + "/checkout/complete" },
    });
    if (error) document.querySelector("#payment-message").textContent = error.message;
  });
}

init("/api/checkout/intent");
''', pk=_pk), "https://docs.stripe.com/keys#obtain-api-keys")

_cid = "A" + mixed(79, URLSAFE)
D("html", "paypal-client-id", "templates/checkout/paypal-buttons.html", fill('''\
<!-- PayPal buttons on the basket page (client-id is public, see PayPal JS SDK docs) -->
<div id="paypal-button-container"></div>
<script src="https://www.paypal.com/sdk/js?client-id=%%cid%%&currency=GBP&intent=capture"></script>
<script>
  paypal.Buttons({
    style: { layout: "horizontal", color: "gold", label: "checkout" },
    createOrder: () => fetch("/api/paypal/orders", { method: "POST" }).then((r) => r.json()).then((o) => o.id),
    onApprove: (data) =>
      fetch(`/api/paypal/orders/${data.orderID}/capture`, { method: "POST" })
        .then(() => (window.location.href = "/checkout/complete")),
  }).render("#paypal-button-container");
</script>
''', cid=_cid), "https://developer.paypal.com/sdk/js/configuration/")

_mb = "pk." + b64url(json.dumps({"u": "printpigeon", "a": "cl" + draw(23, LOWER_NUM)}, separators=(",", ":")).encode()) + "." + draw(22, URLSAFE)
D("js", "map-token", "storefront/assets/js/store-locator.js", fill('''\
// Branch finder on the "Visit us" page. Mapbox public (pk.) token, URL-restricted to our domains.
mapboxgl.accessToken = "%%mb%%";

const map = new mapboxgl.Map({
  container: "branch-map",
  style: "mapbox://styles/mapbox/light-v11",
  center: [-2.2426, 53.4808],
  zoom: 6,
});

fetch("/api/branches")
  .then((r) => r.json())
  .then((branches) =>
    branches.forEach((b) =>
      new mapboxgl.Marker({ color: "#e4007c" })
        .setLngLat([b.lng, b.lat])
        .setPopup(new mapboxgl.Popup().setHTML(`<strong>${b.name}</strong><br>${b.opening}`))
        .addTo(map)
    )
  );
''', mb=_mb), "https://docs.mapbox.com/help/getting-started/access-tokens/#default-public-token")

_ck = "live_" + draw(32, UPPER_NUM)
D("ts", "adyen-client-key", "web/src/checkout/adyenDropin.ts", fill('''\
import AdyenCheckout from "@adyen/adyen-web";
import "@adyen/adyen-web/dist/adyen.css";

// Client keys are public: they only authenticate requests from our allowed origins.
const CLIENT_KEY = "%%ck%%";

export async function mountDropin(sessionId: string, sessionData: string) {
  const checkout = await AdyenCheckout({
    environment: "live",
    clientKey: CLIENT_KEY,
    session: { id: sessionId, sessionData },
    onPaymentCompleted: (result: { resultCode: string }) => {
      window.location.href = `/checkout/result?code=${result.resultCode}`;
    },
  });
  checkout.create("dropin").mount("#dropin-container");
}
''', ck=_ck), "https://docs.adyen.com/development-resources/client-side-authentication/")

_tk = f"production_{draw(8, LOWER_NUM)}_{draw(16, LOWER_NUM)}"
D("js", "tokenization-key", "trade-portal/app/javascript/braintree_dropin.js", fill('''\
// Braintree Drop-in on the trade portal. A tokenization key can only create payment method
// nonces; it is designed to live in client-side code.
import dropin from "braintree-web-drop-in";

dropin.create({
  authorization: "%%tk%%",
  container: "#dropin-container",
  paypal: { flow: "vault" },
}, (err, instance) => {
  if (err) { console.error(err); return; }
  document.querySelector("#pay-invoice").addEventListener("click", () => {
    instance.requestPaymentMethod((e, payload) => {
      if (!e) document.querySelector("#nonce").value = payload.nonce;
      document.querySelector("#invoice-form").submit();
    });
  });
});
''', tk=_tk), "https://developer.paypal.com/braintree/docs/guides/authorization/tokenization-key")

D("ssh", "public-key", "ansible/roles/rip/files/authorized_keys", fill('''\
# prepress deploy keys for rip01/rip02 (public halves only)
%%a%%
%%b%%
%%c%%
from="10.10.0.40" %%d%%
''', a=ssh_ed25519_pub("gitlab-runner@ci01"), b=ssh_ed25519_pub("dave@prepress-mac"),
       c=ssh_ed25519_pub("sana@studio-imac"), d=ssh_ed25519_pub("backup@archive01")),
  "https://man.openbsd.org/sshd#AUTHORIZED_KEYS_FILE_FORMAT")

_cert = public_block("CERTIFICATE", "MIIECzCCAvOgAwIBAgIGAY", 1432)
D("pem", "certificate", "public/qz/digital-certificate.txt", _cert + "\n",
  "https://qz.io/docs/signing")

D("text", "checksum", "drivers/SHA256SUMS", fill('''\
%%a%%  Canon/GPlus_PCL6_Driver_V300_W64_00.exe
%%b%%  HP/upd-pcl6-x64-7.2.0.25780.exe
%%c%%  KonicaMinolta/bizhub_C759_PS_Win_x64_v12.2.zip
%%d%%  Kyocera/KX_Driver_8.4.1116.zip
%%e%%  Ricoh/z95371L1b_PCL6_Universal_4.39.zip
%%f%%  Xerox/AltaLinkC81xx_5.887.3.0_PCL6_x64.zip
''', a=hexs(64), b=hexs(64), c=hexs(64), d=hexs(64), e=hexs(64), f=hexs(64)),
  "https://www.gnu.org/software/coreutils/manual/html_node/sha2-utilities.html")

D("json", "integrity", "designer-widget/package-lock.json", fill('''\
{
  "name": "@inkwell/designer-widget",
  "version": "3.4.0",
  "lockfileVersion": 3,
  "requires": true,
  "packages": {
    "": {
      "name": "@inkwell/designer-widget",
      "version": "3.4.0",
      "dependencies": {
        "fabric": "^5.3.0",
        "pdf-lib": "^1.17.1"
      }
    },
    "node_modules/fabric": {
      "version": "5.3.0",
      "resolved": "https://registry.npmjs.org/fabric/-/fabric-5.3.0.tgz",
      "integrity": "sha512-%%a%%",
      "license": "MIT"
    },
    "node_modules/pdf-lib": {
      "version": "1.17.1",
      "resolved": "https://registry.npmjs.org/pdf-lib/-/pdf-lib-1.17.1.tgz",
      "integrity": "sha512-%%b%%",
      "license": "MIT"
    }
  }
}
''', a=b64_bytes(64), b=b64_bytes(64)), "https://docs.npmjs.com/cli/v10/configuring-npm/package-lock-json")

D("dockerfile", "digest", "services/proofer/Dockerfile", fill('''\
# syntax=docker/dockerfile:1.7
FROM node:20-bookworm-slim@sha256:%%a%% AS build
WORKDIR /src
COPY package*.json ./
RUN npm ci
COPY . .
RUN npm run build

FROM gcr.io/distroless/nodejs20-debian12@sha256:%%b%%
ARG STRIPE_SECRET_KEY
ARG PROOF_LINK_SECRET
WORKDIR /app
COPY --from=build /src/dist ./dist
COPY --from=build /src/node_modules ./node_modules
ENV NODE_ENV=production
USER nonroot
CMD ["dist/server.js"]
''', a=hexs(64), b=hexs(64)), "https://docs.docker.com/reference/dockerfile/#from")

D("terraform", "secret-manager", "infra/terraform/mis/secrets.tf", '''\
resource "random_password" "mis_db" {
  length           = 32
  special          = true
  override_special = "_-"
}

resource "aws_secretsmanager_secret" "mis_db" {
  name       = "prod/printmis/db"
  kms_key_id = aws_kms_key.secrets.arn
}

resource "aws_secretsmanager_secret_version" "mis_db" {
  secret_id = aws_secretsmanager_secret.mis_db.id
  secret_string = jsonencode({
    username = "printmis_admin"
    password = random_password.mis_db.result
  })
}

data "aws_secretsmanager_secret_version" "stripe" {
  secret_id = "prod/web2print/stripe"
}
''', "https://registry.terraform.io/providers/hashicorp/random/latest/docs/resources/password")

D("github-actions", "secret-reference", ".github/workflows/deploy-storefront.yml", '''\
name: deploy storefront
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
        with:
          node-version: 20
          cache: npm
      - run: npm ci && npm run build
      - name: Upload to Spaces
        env:
          AWS_ACCESS_KEY_ID: ${{ secrets.SPACES_KEY }}
          AWS_SECRET_ACCESS_KEY: ${{ secrets.SPACES_SECRET }}
        run: aws s3 sync dist/ s3://printpigeon-web --endpoint-url https://ams3.digitaloceanspaces.com --delete
      - name: Tell Slack
        run: |
          curl -s -X POST -H 'Content-type: application/json' \\
            --data '{"text":"storefront deployed"}' "${{ secrets.SLACK_DEPLOY_WEBHOOK }}"
''', "https://docs.github.com/en/actions/security-guides/using-secrets-in-github-actions")

D("gitlab-ci", "variable-reference", "ci/prepress-tools.gitlab-ci.yml", '''\
deploy_rip_tools:
  stage: deploy
  image: alpine:3.20
  rules:
    - if: $CI_COMMIT_BRANCH == "main"
  before_script:
    - apk add --no-cache openssh-client rsync
    - eval $(ssh-agent -s)
    - echo "$RIP_DEPLOY_KEY" | tr -d '\\r' | ssh-add -
    - mkdir -p ~/.ssh && echo "$RIP_KNOWN_HOSTS" > ~/.ssh/known_hosts
  script:
    - rsync -az ./ prepress@rip01.pressgang.lan:/opt/rip-tools/
    - ssh prepress@rip01.pressgang.lan 'sudo systemctl restart rip-tools'
  variables:
    GIT_DEPTH: "1"
''', "https://docs.gitlab.com/ee/ci/ssh_keys/")

D("python", "env-read", "integrations/printful/settings.py", '''\
"""Settings for the Printful sync, read from the environment (systemd EnvironmentFile)."""
import os


class Settings:
    printful_token: str = os.environ["PRINTFUL_TOKEN"]
    store_id: int = int(os.environ.get("PRINTFUL_STORE_ID", "0"))
    mis_url: str = os.environ.get("MIS_BASE_URL", "http://mis.inkwell.lan:8080/api")
    mis_token: str = os.environ["MIS_API_TOKEN"]
    poll_seconds: int = int(os.getenv("POLL_SECONDS", "120"))

    def __repr__(self) -> str:
        return f"Settings(store_id={self.store_id}, mis_url={self.mis_url!r}, printful_token=***)"


settings = Settings()
''', "https://docs.python.org/3/library/os.html#os.environ")

D("go", "vault-client", "internal/secrets/vault.go", '''\
package secrets

import (
	"context"
	"fmt"
	"os"

	vault "github.com/hashicorp/vault/api"
	auth "github.com/hashicorp/vault/api/auth/kubernetes"
)

// CarrierKeys fetches the shipping carriers' API keys from Vault at start-up.
func CarrierKeys(ctx context.Context) (map[string]any, error) {
	client, err := vault.NewClient(vault.DefaultConfig())
	if err != nil {
		return nil, err
	}
	k8sAuth, err := auth.NewKubernetesAuth(os.Getenv("VAULT_ROLE"))
	if err != nil {
		return nil, err
	}
	if _, err := client.Auth().Login(ctx, k8sAuth); err != nil {
		return nil, fmt.Errorf("vault login: %w", err)
	}
	secret, err := client.KVv2("dispatch").Get(ctx, "carriers")
	if err != nil {
		return nil, err
	}
	return secret.Data, nil
}
''', "https://developer.hashicorp.com/vault/docs/auth/kubernetes")

D("markdown", "placeholder", "docs/setup/printful-sync.md", '''\
# Printful sync - setup

1. In the Printful dashboard go to **Settings > Stores > API** and create a private token
   with the `orders` and `sync_products` scopes.
2. Put it in `/etc/printful-sync/env` (mode 0600, owner `printful`):

   ```
   PRINTFUL_TOKEN=<paste the token here>
   PRINTFUL_STORE_ID=<numeric store id>
   MIS_API_TOKEN=<ask ops for a MIS integration token>
   ```

3. `systemctl enable --now printful-sync`
4. Check `journalctl -u printful-sync -f` for `confirmed printful order` lines.

Tokens are rotated every 90 days; the old one keeps working for 24 hours.
''', "https://developers.printful.com/docs/#section/Authorization")

D("python", "test-fixture", "tests/test_shippo_labels.py", '''\
import pytest

from fulfilment import shippo_labels


@pytest.fixture
def fake_client(monkeypatch):
    calls = []

    class FakeShippo:
        def __init__(self, api_key_header):
            assert api_key_header == "shippo_test_not_a_real_token"
            self.shipments = self.transactions = self

        def create(self, request):
            calls.append(request)
            return type("R", (), {"rates": [type("Rate", (), {"amount": "4.20", "object_id": "rate_1"})()]})()

    monkeypatch.setattr(shippo_labels.shippo, "Shippo", FakeShippo)
    monkeypatch.setattr(shippo_labels, "SHIPPO_TOKEN", "shippo_test_not_a_real_token")
    return calls


def test_picks_cheapest_rate(fake_client):
    assert fake_client == []
''', "https://docs.pytest.org/en/stable/how-to/monkeypatch.html")

D("log", "redacted", "docs/incidents/2024-03-14-printful-401.log", '''\
2024-03-14T08:02:11Z INFO  printful_sync starting, store_id=11873402
2024-03-14T08:02:12Z DEBUG GET https://api.printful.com/orders?status=pending&offset=0&limit=50
2024-03-14T08:02:12Z DEBUG request headers: {"Authorization": "Bearer [REDACTED]", "X-PF-Store-Id": "11873402"}
2024-03-14T08:02:12Z ERROR 401 Unauthorized: {"code":401,"result":"Malformed token","error":{"reason":"Unauthorized"}}
2024-03-14T08:02:12Z WARN  token ending ...****** rejected; was it rotated?
2024-03-14T08:09:40Z INFO  printful_sync restarted with new token (sha256 prefix 3b7e91c2)
2024-03-14T08:09:41Z INFO  confirmed printful order 98120431
''', "https://developers.printful.com/docs/#section/Errors")

D("properties", "empty-password", "papercut/server/server.properties.dist", '''\
### PaperCut MF server configuration (distribution defaults) ###
# Uncomment and set to use an external database. Leave blank for the internal database.
#database.type=SQLServer
#database.driver=net.sourceforge.jtds.jdbc.Driver
#database.url=jdbc:jtds:sqlserver://<server>:1433/papercut
#database.username=
#database.password=

server.port=9191
server.ssl.port=9192
#server.ssl.keystore=custom/my-ssl-keystore
#server.ssl.keystore-password=
''', "https://www.papercut.com/help/manuals/ng-mf/common/topics/tools-database-external.html")

D("notebook", "getpass", "analysis/press-utilisation.ipynb", json.dumps({
    "cells": [
        {"cell_type": "markdown", "metadata": {}, "source": ["# Press utilisation by shift"]},
        {"cell_type": "code", "execution_count": 1, "metadata": {}, "outputs": [],
         "source": ["import getpass\n", "import pandas as pd\n", "import sqlalchemy as sa\n", "\n",
                    "pw = getpass.getpass('MIS password: ')\n",
                    "engine = sa.create_engine(sa.engine.URL.create('postgresql', username='analyst', password=pw,\n",
                    "                                              host='mis-db.pressgang.lan', database='printmis'))\n"]},
        {"cell_type": "code", "execution_count": 2, "metadata": {}, "outputs": [],
         "source": ["df = pd.read_sql('select press, shift, sum(run_minutes) m from job_runs group by 1, 2', engine)\n",
                    "df.pivot(index='press', columns='shift', values='m')"]},
    ],
    "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
    "nbformat": 4, "nbformat_minor": 5}, indent=1) + "\n", "https://docs.python.org/3/library/getpass.html")

D("k8s", "placeholder", "k8s/dispatch/secret.template.yaml", '''\
# Template only: CI renders this with values from Vault (see docs/deploy.md).
apiVersion: v1
kind: Secret
metadata:
  name: dispatch-carriers
  namespace: dispatch
type: Opaque
stringData:
  EASYPOST_API_KEY: "${EASYPOST_API_KEY}"
  SHIPSTATION_API_SECRET: "${SHIPSTATION_API_SECRET}"
  UPS_CLIENT_SECRET: "${UPS_CLIENT_SECRET}"
  FEDEX_CLIENT_SECRET: "${FEDEX_CLIENT_SECRET}"
''', "https://kubernetes.io/docs/concepts/configuration/secret/")

D("xml", "masked-password", "devices/hp/e78630-back/email-setup.xml", '''\
<?xml version="1.0" encoding="UTF-8"?>
<!-- HP Color LaserJet Managed MFP E78630 - Scan to Email (EWS export; passwords are never exported) -->
<EmailConfiguration xmlns="http://www.hp.com/schemas/imaging/con/ledm/email/2009/03/11">
  <EmailEnabled>true</EmailEnabled>
  <SmtpServers>
    <SmtpServer>
      <ServerName>scan-relay.copyworks.lan</ServerName>
      <PortNumber>25</PortNumber>
      <UseTls>false</UseTls>
      <AuthenticationRequired>true</AuthenticationRequired>
      <Credentials>
        <UserName>scanner-back</UserName>
        <Password>********</Password>
      </Credentials>
    </SmtpServer>
  </SmtpServers>
  <DefaultFromAddress>scanner-back@copyworks.co.uk</DefaultFromAddress>
  <FileType>PDF</FileType>
</EmailConfiguration>
''', "https://support.hp.com/us-en/document/ish_2228706-1859768-16")

D("toml", "env-substitution", "monitoring/telegraf/printers.conf", '''\
# Telegraf SNMP input for the printer fleet; credentials come from /etc/default/telegraf
[[inputs.snmp]]
  agents = ["udp://bizhub-c650i.print.local:161", "udp://fiery-c9200.print.local:161"]
  version = 3
  sec_name = "printmon"
  auth_protocol = "SHA"
  auth_password = "${SNMP_AUTH_PASSWORD}"
  sec_level = "authPriv"
  priv_protocol = "AES"
  priv_password = "${SNMP_PRIV_PASSWORD}"

  [[inputs.snmp.field]]
    name = "hostname"
    oid = "RFC1213-MIB::sysName.0"
    is_tag = true

  [[inputs.snmp.table]]
    name = "printer_supplies"
    oid = "Printer-MIB::prtMarkerSuppliesTable"
''', "https://github.com/influxdata/telegraf/blob/master/docs/CONFIGURATION.md#environment-variables")

D("yaml", "uuid-ids", "config/printos/devices.yml", fill('''\
# HP PrintOS device ids (from Print Beat > Devices); ids, not credentials
presses:
  - name: Indigo 12000 HD
    device_id: %%a%%
    site: Manchester
  - name: Indigo 7K
    device_id: %%b%%
    site: Manchester
  - name: Latex 800W
    device_id: %%c%%
    site: Leeds
  - name: PageWide XL 5200
    device_id: %%d%%
    site: Leeds
organisation_id: %%e%%
''', a=uuid4(), b=uuid4(), c=uuid4(), d=uuid4(), e=uuid4()), "https://developers.hp.com/printos/doc/print-beat-api")

D("github-actions", "commit-pin", ".github/workflows/lint.yml", fill('''\
name: lint
on: [pull_request]

permissions:
  contents: read

jobs:
  lint:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@%%a%% # v4.1.7
      - uses: actions/setup-python@%%b%% # v5.1.0
        with:
          python-version: "3.12"
      - uses: pre-commit/action@%%c%% # v3.0.1
''', a=hexs(40), b=hexs(40), c=hexs(40)), "https://docs.github.com/en/actions/security-guides/security-hardening-for-github-actions#using-third-party-actions")

D("text", "icc-md5", "colour/profiles/MANIFEST.txt", fill('''\
# ICC output profiles deployed to the Fiery and the Caldera RIP (md5, file)
%%a%%  ISOcoated_v2_300_eci.icc
%%b%%  PSO_Uncoated_ISO12647_eci.icc
%%c%%  GRACoL2013_CRPC6.icc
%%d%%  Indigo12000_HD_Coated_350gsm.icc
%%e%%  Latex800W_PVC_Banner_Matt.icc
''', a=hexs(32), b=hexs(32), c=hexs(32), d=hexs(32), e=hexs(32)), "https://www.color.org/profiles.xalter")

D("terraform", "kms-arn", "infra/terraform/uploads/kms.tf", '''\
data "aws_kms_alias" "artwork" {
  name = "alias/artwork-uploads"
}

resource "aws_s3_bucket_server_side_encryption_configuration" "artwork" {
  bucket = aws_s3_bucket.artwork.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm     = "aws:kms"
      kms_master_key_id = "arn:aws:kms:eu-west-2:482913004512:key/0b4d2e6f-93a1-4c57-8e2d-7f1a6c3b9e05"
    }
    bucket_key_enabled = true
  }
}

output "artwork_kms_alias_arn" {
  value = data.aws_kms_alias.artwork.arn
}
''', "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/s3_bucket_server_side_encryption_configuration")

D("json", "keyvault-reference", "infra/azure/printhub-api.appsettings.json", '''\
[
  {
    "name": "Storage__ConnectionString",
    "value": "@Microsoft.KeyVault(SecretUri=https://kv-printhub-prod.vault.azure.net/secrets/storage-connection/)",
    "slotSetting": false
  },
  {
    "name": "PayPal__ClientSecret",
    "value": "@Microsoft.KeyVault(VaultName=kv-printhub-prod;SecretName=paypal-client-secret)",
    "slotSetting": false
  },
  {
    "name": "ASPNETCORE_ENVIRONMENT",
    "value": "Production",
    "slotSetting": false
  }
]
''', "https://learn.microsoft.com/en-us/azure/app-service/app-service-key-vault-references")

D("yaml", "spring-placeholder", "dispatch-service/src/main/resources/application.yml", '''\
server:
  port: 8085
spring:
  application:
    name: dispatch-service
  datasource:
    url: jdbc:postgresql://${DISPATCH_DB_HOST:localhost}:5432/dispatch
    username: ${DISPATCH_DB_USER}
    password: ${DISPATCH_DB_PASSWORD}
fedex:
  api:
    base-url: https://apis-sandbox.fedex.com
    client-id: ${FEDEX_CLIENT_ID}
    client-secret: ${FEDEX_CLIENT_SECRET}
ups:
  client-secret: ${UPS_CLIENT_SECRET:}
''', "https://docs.spring.io/spring-boot/reference/features/external-config.html")

D("msbuild", "user-secrets-id", "src/PrintHub.Api/PrintHub.Api.csproj", '''\
<Project Sdk="Microsoft.NET.Sdk.Web">

  <PropertyGroup>
    <TargetFramework>net8.0</TargetFramework>
    <Nullable>enable</Nullable>
    <ImplicitUsings>enable</ImplicitUsings>
    <UserSecretsId>9f3c2a1e-5b7d-4e8f-a0c6-2d4b6e8f0a1c</UserSecretsId>
  </PropertyGroup>

  <ItemGroup>
    <PackageReference Include="Azure.Storage.Blobs" Version="12.20.0" />
    <PackageReference Include="Azure.Extensions.AspNetCore.Configuration.Secrets" Version="1.3.1" />
    <PackageReference Include="PayPalServerSDK" Version="0.5.1" />
  </ItemGroup>

</Project>
''', "https://learn.microsoft.com/en-us/aspnet/core/security/app-secrets")

D("jenkinsfile", "credentials-binding", "imposer/Jenkinsfile", '''\
pipeline {
    agent { label 'linux' }
    stages {
        stage('Build') {
            steps { sh 'mvn -B -q package' }
        }
        stage('Deploy') {
            when { branch 'main' }
            steps {
                withCredentials([sshUserPrivateKey(credentialsId: 'impose01-deploy', keyFileVariable: 'KEY'),
                                 usernamePassword(credentialsId: 'nexus-ci', usernameVariable: 'NX_USER', passwordVariable: 'NX_PASS')]) {
                    sh 'scp -i "$KEY" target/imposer.jar deploy@impose01.print.local:/opt/imposer/'
                    sh 'mvn -B deploy -Dnexus.user="$NX_USER" -Dnexus.password="$NX_PASS"'
                }
            }
        }
    }
}
''', "https://www.jenkins.io/doc/pipeline/steps/credentials-binding/")

D("markdown", "vendor-example", "docs/setup/s3-uploads.md", '''\
# Customer uploads to S3

The presign service needs an access key for the `artwork-presigner` IAM user. **Do not** put
the key in the repository; the service reads the standard AWS variables.

For local testing you can use the example values from the AWS documentation, which are not
valid keys and only make the SDK happy offline (with `moto` or LocalStack):

```bash
export AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE
export AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY
export AWS_ENDPOINT_URL=http://localhost:4566
python -m uploads.presign_service
```

In production the instance role `artwork-presigner` is used and no key exists at all.
''', "https://docs.aws.amazon.com/IAM/latest/UserGuide/security-creds.html")

_pub = public_block("PUBLIC KEY", "MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA", 392)
D("pem", "public-key", "proof-portal/keys/proof-links.pub.pem", _pub + "\n",
  "https://www.rfc-editor.org/rfc/rfc7468#section-13")

D("yaml", "password-policy", "devices/policies/mfp-security-baseline.yml", '''\
# MFP security baseline applied by HP Security Manager / Konica Device Manager exports.
# This file describes policy only; credentials are set per device by the provisioning job.
admin_password:
  required: true
  min_length: 14
  complexity: [upper, lower, digit]
  rotate_days: 180
  source: "vault:kv/mfp/{{ device_serial }}/admin"
pjl_password:
  enabled: true
  source: "vault:kv/mfp/{{ device_serial }}/pjl"
snmp:
  v1v2c: disabled
  v3:
    security_level: authPriv
    auth_protocol: SHA-256
    priv_protocol: AES-256
protocols_disabled: [telnet, ftp-print, lpd, ws-discovery, raw-9100-unencrypted]
''', "https://www.hp.com/us-en/security/printer-security.html")

D("sql", "bcrypt-seed", "db/seeds/001_staff_accounts.sql", fill('''\
-- Seed staff accounts for the proof portal's admin side. Hashes only; everyone resets on first login.
INSERT INTO staff (email, display_name, role, password_hash, must_reset) VALUES
  ('studio@brightsideprint.com',   'Studio',     'approver', '%%a%%', true),
  ('prepress@brightsideprint.com', 'Prepress',   'operator', '%%b%%', true),
  ('accounts@brightsideprint.com', 'Accounts',   'viewer',   '%%c%%', true),
  ('owner@brightsideprint.com',    'Owner',      'admin',    '%%d%%', true);
''', a=bcrypt_hash(), b=bcrypt_hash(), c=bcrypt_hash(), d=bcrypt_hash()),
  "https://www.postgresql.org/docs/current/sql-insert.html")

D("json", "i18n", "storefront/locales/en-GB/account.json", '''\
{
  "account.title": "Your account",
  "account.password.label": "Password",
  "account.password.hint": "At least 12 characters",
  "account.password.change": "Change password",
  "account.apiKey.label": "Trade API key",
  "account.apiKey.help": "Use your trade API key to send orders from your own system. Keep it secret.",
  "account.apiKey.generate": "Generate a new key",
  "account.apiKey.revoke": "Revoke key",
  "account.token.expired": "Your session token has expired. Please sign in again.",
  "account.secret.copied": "Copied to clipboard"
}
''', "https://www.i18next.com/misc/json-format")

D("terraform", "sensitive-variable", "infra/terraform/dispatch/variables.tf", '''\
variable "easypost_api_key" {
  description = "EasyPost production API key (set in Terraform Cloud workspace variables)"
  type        = string
  sensitive   = true
}

variable "shipstation_api_secret" {
  description = "ShipStation API secret"
  type        = string
  sensitive   = true
}

variable "label_printer_hosts" {
  description = "Zebra printers at the packing benches"
  type        = list(string)
  default     = ["zebra-zd621-bench1", "zebra-zd621-bench2", "zebra-zd421-bench3"]
}
''', "https://developer.hashicorp.com/terraform/language/values/variables#suppressing-values-in-cli-output")

_png = "iVBORw0KGgoAAAANSUhEUgAAABAAAAAQCAYAAAAf8/9hAAAA" + draw(180, B64) + "AAAAAElFTkSuQmCC"
_png2 = "iVBORw0KGgoAAAANSUhEUgAAABgAAAAYCAYAAADgdz34AAAA" + draw(240, B64) + "AAAAAElFTkSuQmCC"
D("css", "data-uri", "storefront/assets/css/product-options.css", fill('''\
/* Paper stock swatches and finish icons on the product options step */
.option-finish--matt::before {
  background-image: url("data:image/png;base64,%%a%%");
}

.option-finish--gloss::before {
  background-image: url("data:image/png;base64,%%b%%");
}

.option-finish::before {
  content: "";
  display: inline-block;
  width: 16px;
  height: 16px;
  margin-right: 6px;
}
''', a=_png, b=_png2), "https://developer.mozilla.org/en-US/docs/Web/URI/Schemes/data")

D("python", "webhook-verify", "checkout/webhooks.py", '''\
"""Stripe webhook endpoint: marks orders paid and releases them to prepress."""
import os

import stripe
from flask import Blueprint, abort, request

bp = Blueprint("stripe_webhooks", __name__)
WEBHOOK_SECRET = os.environ["STRIPE_WEBHOOK_SECRET"]


@bp.post("/hooks/stripe")
def stripe_hook():
    try:
        event = stripe.Webhook.construct_event(request.data, request.headers["Stripe-Signature"], WEBHOOK_SECRET)
    except (ValueError, stripe.error.SignatureVerificationError):
        abort(400)
    if event["type"] == "payment_intent.succeeded":
        from checkout.orders import release_to_prepress
        release_to_prepress(event["data"]["object"]["metadata"]["order_no"])
    return "", 204
''', "https://docs.stripe.com/webhooks#verify-official-libraries")

D("js", "dummy-test", "services/notifications/test/mailer.test.js", '''\
jest.mock('@sendgrid/mail');
const sgMail = require('@sendgrid/mail');

process.env.SENDGRID_API_KEY = 'SG.dummy-key-for-tests';

const { sendTemplate } = require('../src/mailer');

describe('sendTemplate', () => {
  it('sends the proof-ready template', async () => {
    await sendTemplate('proofReady', 'customer@example.com', { orderNo: 'PP-10442' });
    expect(sgMail.send).toHaveBeenCalledWith(expect.objectContaining({
      to: 'customer@example.com',
      dynamicTemplateData: { orderNo: 'PP-10442' },
    }));
  });
});
''', "https://jestjs.io/docs/manual-mocks")

D("ppd", "ppd", "drivers/ppd/Indigo12000-Fiery.ppd", '''\
*PPD-Adobe: "4.3"
*FormatVersion: "4.3"
*FileVersion: "1.0"
*LanguageVersion: English
*LanguageEncoding: ISOLatin1
*PCFileName: "INDIGO12.PPD"
*Manufacturer: "HP"
*Product: "(HP Indigo 12000 Fiery)"
*ModelName: "HP Indigo 12000 Fiery"
*ShortNickName: "HP Indigo 12000 Fiery"
*NickName: "HP Indigo 12000 Fiery, 1.0"
*PSVersion: "(3020.106) 0"
*ColorDevice: True
*DefaultColorSpace: CMYK
*FileSystem: True
*Throughput: "120"
*LandscapeOrientation: Plus90
*TTRasterizer: Type42
*cupsFilter2: "application/vnd.cups-postscript application/postscript 0 -"
*OpenUI *PageSize/Media Size: PickOne
*OrderDependency: 10 AnySetup *PageSize
*DefaultPageSize: SRA3
*PageSize SRA3/SRA3: "<</PageSize[907 1276]/ImagingBBox null>>setpagedevice"
*PageSize B2/B2 (Indigo 12000): "<</PageSize[1474 2088]/ImagingBBox null>>setpagedevice"
*CloseUI: *PageSize
*% End of HP Indigo 12000 Fiery PPD
''', "https://www.cups.org/doc/spec-ppd.html")

D("zpl", "label", "dispatch/templates/parcel-label.zpl", '''\
^XA
^CI28
^PW812
^LL1218
^FO40,40^A0N,40,40^FDBrightside Print Ltd^FS
^FO40,90^A0N,28,28^FDUnit 7, Canal Works, Manchester M4 6BF^FS
^FO40,180^GB732,3,3^FS
^FO40,210^A0N,34,34^FD{{ship_to.name}}^FS
^FO40,255^A0N,30,30^FD{{ship_to.line1}}^FS
^FO40,295^A0N,30,30^FD{{ship_to.city}} {{ship_to.postcode}}^FS
^FO40,420^BY3^BCN,160,Y,N,N^FD{{tracking_number}}^FS
^FO40,660^A0N,28,28^FDOrder {{order_no}} - {{parcel_index}}/{{parcel_count}}^FS
^FO40,720^BQN,2,6^FDQA,https://track.brightsideprint.com/{{tracking_number}}^FS
^XZ
''', "https://docs.zebra.com/us/en/printers/software/zpl-pg/c-zpl-zpl-commands.html")

D("csv", "tracking", "dispatch/fixtures/dispatched-2024-05-31.csv", '''\
order_no,carrier,service,tracking_number,parcels,weight_kg,dispatched_at
BP-20931,UPS,Express Saver,1Z999AA10123456784,1,2.4,2024-05-31T15:02:11Z
BP-20932,DPD,Next Day,15501234567890,2,8.1,2024-05-31T15:04:47Z
BP-20935,Royal Mail,Tracked 24,RM123456785GB,1,0.6,2024-05-31T15:10:03Z
BP-20937,FedEx,International Priority,794644790132,3,14.0,2024-05-31T15:20:55Z
BP-20940,DHL,Express Worldwide,1234567890,1,1.1,2024-05-31T15:31:40Z
''', "https://www.ups.com/us/en/support/shipping-support/shipping-dimensions-weight.page")

D("compose", "env-interpolation", "dispatch/docker-compose.yml", '''\
services:
  dispatch:
    image: registry.brightsideprint.com/dispatch:2.9.0
    env_file: .env
    environment:
      EASYPOST_API_KEY: ${EASYPOST_API_KEY:?set EASYPOST_API_KEY}
      DATABASE_URL: postgres://dispatch:${DISPATCH_DB_PASSWORD:?}@db:5432/dispatch
    depends_on: [db]
  db:
    image: postgres:16-alpine
    environment:
      POSTGRES_USER: dispatch
      POSTGRES_PASSWORD_FILE: /run/secrets/dispatch_db_password
    secrets: [dispatch_db_password]
secrets:
  dispatch_db_password:
    file: ./secrets/dispatch_db_password.txt
''', "https://docs.docker.com/compose/how-tos/environment-variables/variable-interpolation/")

D("powershell", "secret-management", "scripts/printserver/Set-MfpScanCredential.ps1", '''\
#Requires -Modules Microsoft.PowerShell.SecretManagement
<#
.SYNOPSIS
    Pushes the scan-to-folder credential to the MFPs from the vault (never typed in scripts).
#>
param(
    [Parameter(Mandatory)] [string[]]$Device
)

$cred = Get-Secret -Vault PrintOps -Name "svc-scan" -ErrorAction Stop
foreach ($d in $Device) {
    $body = @{
        userName = $cred.UserName
        password = $cred.GetNetworkCredential().Password
    } | ConvertTo-Json
    Invoke-RestMethod -Method Put -Uri "https://$d/api/scan/folder/credential" -Body $body `
        -ContentType "application/json" -Credential (Get-Secret -Vault PrintOps -Name "mfp-admin")
    Write-Host "updated $d"
}
''', "https://learn.microsoft.com/en-us/powershell/utility-modules/secretmanagement/overview")

D("ruby", "rails-credentials", "app/services/payments/stripe_client.rb", '''\
# frozen_string_literal: true

module Payments
  # Stripe keys live in config/credentials/production.yml.enc (RAILS_MASTER_KEY on the host).
  class StripeClient
    def self.configure!
      Stripe.api_key = Rails.application.credentials.dig(:stripe, :secret_key)
      Stripe.api_version = "2024-06-20"
    end

    def self.webhook_secret
      Rails.application.credentials.dig(:stripe, :webhook_secret) ||
        raise(KeyError, "stripe.webhook_secret missing from credentials")
    end
  end
end
''', "https://guides.rubyonrails.org/security.html#custom-credentials")

D("php", "getenv", "config/shipping.php", '''\
<?php
// Carrier settings; values come from the server environment (see deploy/env/*.env.example)
return [
    'sendcloud' => [
        'public_key' => getenv('SENDCLOUD_PUBLIC_KEY') ?: null,
        'secret_key' => getenv('SENDCLOUD_SECRET_KEY') ?: null,
    ],
    'royal_mail' => [
        'api_key' => $_ENV['ROYAL_MAIL_CLICK_DROP_KEY'] ?? null,
    ],
    'default_service' => 'tracked48',
    'label_format' => 'PDF',
];
''', "https://www.php.net/manual/en/function.getenv.php")

D("npmrc", "env-token", "packages/print-calculator/.npmrc", '''\
@inkwell:registry=https://npm.pkg.github.com
//npm.pkg.github.com/:_authToken=${NODE_AUTH_TOKEN}
always-auth=true
save-exact=true
audit-level=high
''', "https://docs.npmjs.com/cli/v10/configuring-npm/npmrc#auth-related-configuration")

D("requirements", "hashes", "services/preflight/requirements.txt", fill('''\
# pip-compile --generate-hashes requirements.in
fastapi==0.111.0 \\
    --hash=sha256:%%a%%
pikepdf==9.0.0 \\
    --hash=sha256:%%b%% \\
    --hash=sha256:%%c%%
uvicorn==0.30.1 \\
    --hash=sha256:%%d%%
''', a=hexs(64), b=hexs(64), c=hexs(64), d=hexs(64)), "https://pip.pypa.io/en/stable/topics/secure-installs/#hash-checking-mode")

D("properties", "jasypt", "pace/conf/pace-integration-prod.properties", fill('''\
# Values wrapped in ENC() are encrypted with the key in JASYPT_ENCRYPTOR_PASSWORD on the host.
pace.server.url=https://pace.pressgang.lan/rpc/services
jdbc.driverClassName=org.postgresql.Driver
jdbc.url=jdbc:postgresql://pace-db.pressgang.lan:5432/pace
jdbc.username=reports_ro
jdbc.password=ENC(%%a%%)
smtp.password=ENC(%%b%%)
jasypt.encryptor.algorithm=PBEWITHHMACSHA512ANDAES_256
''', a=b64_bytes(48), b=b64_bytes(48)), "https://github.com/ulisesbocchio/jasypt-spring-boot#use-environment-variables-for-encryption-password")

D("k8s", "sealed-secret", "k8s/dispatch/sealedsecret-carriers.yaml", fill('''\
apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata:
  name: dispatch-carriers
  namespace: dispatch
spec:
  encryptedData:
    EASYPOST_API_KEY: AgB%%a%%
    SHIPSTATION_API_SECRET: AgC%%b%%
  template:
    metadata:
      name: dispatch-carriers
      namespace: dispatch
    type: Opaque
''', a=draw(681, B64) + "=", b=draw(681, B64) + "="), "https://github.com/bitnami-labs/sealed-secrets#usage")

D("hcl", "vault-template", "deploy/vault-agent/papercut.ctmpl", '''\
{{- with secret "kv/data/printservers/papercut" -}}
### generated by vault-agent - do not edit ###
database.type=SQLServer
database.url=jdbc:jtds:sqlserver://sql02.copyshop.local:1433/papercut
database.username={{ .Data.data.db_user }}
database.password={{ .Data.data.db_password }}
{{- end }}
server.port=9191
server.ssl.port=9192
''', "https://developer.hashicorp.com/vault/docs/agent-and-proxy/agent/template")

D("nginx", "config", "deploy/nginx/proofs.conf", '''\
server {
    listen 443 ssl http2;
    server_name proofs.brightsideprint.com;

    ssl_certificate     /etc/letsencrypt/live/proofs.brightsideprint.com/fullchain.pem;
    ssl_certificate_key /etc/letsencrypt/live/proofs.brightsideprint.com/privkey.pem;
    ssl_protocols TLSv1.2 TLSv1.3;

    client_max_body_size 1024m;   # artwork uploads
    proxy_read_timeout 600s;

    location / {
        proxy_pass http://127.0.0.1:8000;
        proxy_set_header Host $host;
        proxy_set_header X-Forwarded-Proto https;
    }

    location /static/ {
        alias /srv/proofs/static/;
        expires 7d;
    }
}
''', "https://nginx.org/en/docs/http/configuring_https_servers.html")

D("html", "csp-hash", "proof-portal/templates/viewer.html", fill('''\
<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta http-equiv="Content-Security-Policy"
        content="default-src 'self'; script-src 'self' 'sha256-%%a%%'; img-src 'self' blob: data:">
  <title>Proof {{ order_no }} v{{ version }}</title>
  <link rel="stylesheet" href="https://cdn.jsdelivr.net/npm/pdfjs-dist@4.2.67/web/pdf_viewer.min.css"
        integrity="sha384-%%b%%" crossorigin="anonymous">
  <script src="https://cdn.jsdelivr.net/npm/pdfjs-dist@4.2.67/build/pdf.min.mjs" type="module"
          integrity="sha384-%%c%%" crossorigin="anonymous"></script>
</head>
<body>
  <div id="viewer" data-proof-url="{{ proof_url }}"></div>
  <button id="approve">Approve for print</button>
  <script>window.PROOF = { order: "{{ order_no }}", version: {{ version }} };</script>
</body>
</html>
''', a=b64_bytes(32), b=b64_bytes(48), c=b64_bytes(48)), "https://developer.mozilla.org/en-US/docs/Web/Security/Subresource_Integrity")

D("json", "webhook-fixture", "tests/fixtures/stripe/payment_intent.succeeded.json", fill('''\
{
  "id": "evt_%%a%%",
  "object": "event",
  "api_version": "2024-06-20",
  "created": 1717171717,
  "type": "payment_intent.succeeded",
  "livemode": false,
  "data": {
    "object": {
      "id": "pi_%%b%%",
      "object": "payment_intent",
      "amount": 14850,
      "currency": "gbp",
      "customer": "cus_%%c%%",
      "latest_charge": "ch_%%d%%",
      "metadata": { "order_no": "PP-10442", "channel": "web2print" },
      "status": "succeeded"
    }
  },
  "request": { "id": "req_%%e%%", "idempotency_key": "%%f%%" }
}
''', a=mixed(24), b=mixed(24), c=mixed(14), d=mixed(24), e=mixed(14), f=uuid4()),
  "https://docs.stripe.com/api/events/object")

D("gpg", "public-key-block", "drivers/repo/printhouse-archive-keyring.asc", fill('''\
-----BEGIN PGP PUBLIC KEY BLOCK-----
Comment: PrintHouse internal driver repository <it@printhouse.co.uk>

mQINBGX%%body%%
=%%crc%%
-----END PGP PUBLIC KEY BLOCK-----
''', body=_wrap(draw(1100, B64), 64), crc=draw(4, B64)), "https://www.rfc-editor.org/rfc/rfc4880#section-6.2")

D("terraform", "tls-resource", "infra/terraform/qz/signing.tf", '''\
# QZ Tray signing pair: the private half is generated here and written only to Secrets Manager.
resource "tls_private_key" "qz_signing" {
  algorithm = "RSA"
  rsa_bits  = 2048
}

resource "aws_secretsmanager_secret_version" "qz_signing" {
  secret_id     = aws_secretsmanager_secret.qz_signing.id
  secret_string = tls_private_key.qz_signing.private_key_pem
}

output "qz_public_key_pem" {
  value = tls_private_key.qz_signing.public_key_pem
}
''', "https://registry.terraform.io/providers/hashicorp/tls/latest/docs/resources/private_key")

_csr = public_block("CERTIFICATE REQUEST", "MIICvDCCAaQCAQAwdzELMAkGA1UEBhMCR0Ix", 960)
D("pem", "csr", "certs/proofs.brightsideprint.com.csr", _csr + "\n",
  "https://www.rfc-editor.org/rfc/rfc2986")

D("makefile", "op-read", "ops/Makefile", '''\
# Secrets come from 1Password at run time (op CLI); nothing is stored on disk.
VAULT := op://PrintOps

.PHONY: sync-archive push-plates

sync-archive:
	RCLONE_CONFIG_B2_ACCOUNT=$$(op read "$(VAULT)/b2-archive/username") \\
	RCLONE_CONFIG_B2_KEY=$$(op read "$(VAULT)/b2-archive/credential") \\
	rclone sync /srv/jobs/completed b2:inkwell-job-archive --min-age 30d

push-plates:
	op run --env-file=ops/plates.env -- ./scripts/hotfolder/push-to-azure.sh
''', "https://developer.1password.com/docs/cli/reference/commands/read/")

D("gitignore", "secret-paths", ".gitignore", '''\
# local config and credentials - never commit
.env
.env.*
!.env.example
*.pem
*.key
!public/qz/digital-certificate.txt
config/gcs/*.json
ops/rclone/rclone.conf
pdfservices-api-credentials.json

# build output
node_modules/
dist/
__pycache__/
*.pyc
''', "https://git-scm.com/docs/gitignore")

D("json", "postman-vars", "docs/api/PrintHub-Trade-API.postman_environment.json", '''\
{
  "id": "2b6f0c1e-7a4d-4f5e-9c3b-8d1a2e6f4b70",
  "name": "PrintHub Trade API - production",
  "values": [
    { "key": "baseUrl", "value": "https://api.printhub.ie/trade/v1", "type": "default", "enabled": true },
    { "key": "clientId", "value": "", "type": "default", "enabled": true },
    { "key": "clientSecret", "value": "", "type": "secret", "enabled": true },
    { "key": "accessToken", "value": "{{token_from_auth_request}}", "type": "secret", "enabled": true }
  ],
  "_postman_variable_scope": "environment",
  "_postman_exported_using": "Postman/11.1.0"
}
''', "https://learning.postman.com/docs/sending-requests/variables/managing-environments/")

_bech = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"
D("yaml", "sops-config", ".sops.yaml", fill('''\
creation_rules:
  - path_regex: secrets/prod/.*\\.enc\\.yaml$
    kms: arn:aws:kms:eu-west-2:482913004512:key/6f1d2c3b-8a9e-4b7c-9d0e-1f2a3b4c5d6e
    age: >-
      age1%%a%%,
      age1%%b%%
  - path_regex: secrets/dev/.*\\.enc\\.yaml$
    age: age1%%c%%
''', a=draw(58, _bech), b=draw(58, _bech), c=draw(58, _bech)), "https://github.com/getsops/sops#using-sops-yaml-conf-to-select-kms-pgp-and-age-for-new-files")

D("wireguard", "key-file", "ops/wireguard/branch-york.conf", fill('''\
# WireGuard tunnel: York branch -> head office. The private key is generated on the box
# (wg genkey > /etc/wireguard/york.key) and never leaves it.
[Interface]
Address = 10.99.3.1/24
ListenPort = 51820
PostUp = wg set %i private-key /etc/wireguard/york.key

[Peer]
# head office
PublicKey = %%pub%%
Endpoint = vpn.copyworks.co.uk:51820
AllowedIPs = 10.10.0.0/16
PersistentKeepalive = 25
''', pub=b64_bytes(32)), "https://man7.org/linux/man-pages/man8/wg.8.html")

D("markdown", "jwt-docs-example", "proof-portal/docs/proof-links.md", '''\
# Proof approval links

Each e-mailed link carries a short-lived JWT (`?t=...`) signed with `PROOF_LINK_SECRET`
(HS256, held in Vault at `kv/proof-portal/links`). The claims are:

| claim | meaning |
|-------|---------|
| `o`   | order number |
| `v`   | proof version |
| `e`   | customer e-mail |
| `exp` | expiry (14 days) |

To see what a token looks like, paste the example from jwt.io into the debugger:

    eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c

Never paste a real customer link into online tools.
''', "https://jwt.io/introduction")

D("go", "test-fixture", "internal/carriers/royalmail/clickdrop_test.go", '''\
package royalmail

import (
	"net/http"
	"net/http/httptest"
	"testing"
)

const testKey = "00000000-0000-0000-0000-000000000000" // fake key for the httptest server

func TestCreateOrdersSendsKey(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if got := r.Header.Get("Authorization"); got != testKey {
			t.Errorf("Authorization = %q, want the test key", got)
		}
		w.WriteHeader(http.StatusOK)
	}))
	defer srv.Close()
	if testing.Short() {
		t.Skip("network-free run")
	}
}
''', "https://pkg.go.dev/net/http/httptest")

D("ini", "odbc-trusted", "reports/odbc.ini", '''\
[PaperCutReports]
Driver=ODBC Driver 18 for SQL Server
Server=sql02.copyshop.local
Database=papercut
Trusted_Connection=yes
Encrypt=yes
TrustServerCertificate=yes

[PrintMIS]
Driver=ODBC Driver 18 for SQL Server
Server=mis-sql.printhouse.local,1433
Database=PrintMIS
Authentication=ActiveDirectoryIntegrated
''', "https://learn.microsoft.com/en-us/sql/connect/odbc/dsn-connection-string-attribute")

D("sql", "auth-socket", "db/migrations/V43__backup_user.sql", '''\
-- V43: local backup user for the MIS database host; authenticates by OS user, no password.
CREATE USER IF NOT EXISTS 'mis_backup'@'localhost' IDENTIFIED WITH auth_socket;
GRANT SELECT, LOCK TABLES, SHOW VIEW, EVENT, TRIGGER ON printmis.* TO 'mis_backup'@'localhost';

-- reporting role, granted to named analysts (their passwords are set by them, not here)
CREATE ROLE IF NOT EXISTS 'mis_reporting';
GRANT SELECT ON printmis.* TO 'mis_reporting';
''', "https://dev.mysql.com/doc/refman/8.0/en/socket-pluggable-authentication.html")

D("shell-history", "env-vars", "ops/notes/rip02-prepress.bash_history", '''\
cd /opt/rip-tools
read -s -p "B2 key: " B2_KEY; export B2_KEY
rclone lsd b2-archive: --b2-key "$B2_KEY"
unset B2_KEY
export AWS_PROFILE=artwork-sync
aws s3 ls s3://pp-artwork-eu/approved/ | tail
aws sts get-caller-identity
systemctl status rip-hotfolder
journalctl -u rip-hotfolder --since "1 hour ago" | grep -i error
exit
''', "https://www.gnu.org/software/bash/manual/html_node/Bash-Builtins.html#index-read")

D("xml", "nuget-env", "tools/NuGet.config", '''\
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <packageSources>
    <clear />
    <add key="nuget.org" value="https://api.nuget.org/v3/index.json" />
    <add key="printhub-internal" value="https://pkgs.dev.azure.com/printhub/_packaging/internal/nuget/v3/index.json" />
  </packageSources>
  <packageSourceCredentials>
    <printhub-internal>
      <add key="Username" value="build-agent" />
      <add key="ClearTextPassword" value="%NUGET_FEED_PAT%" />
    </printhub-internal>
  </packageSourceCredentials>
</configuration>
''', "https://learn.microsoft.com/en-us/nuget/reference/nuget-config-file#using-environment-variables")

D("yaml", "openapi-example", "docs/api/trade-api.openapi.yaml", '''\
openapi: 3.0.3
info:
  title: PrintHub Trade API
  version: 1.4.0
servers:
  - url: https://api.printhub.ie/trade/v1
components:
  securitySchemes:
    ApiKeyAuth:
      type: apiKey
      in: header
      name: X-Api-Key
      description: "Your trade API key, e.g. `X-Api-Key: YOUR_API_KEY`. Generate it under Account > API."
security:
  - ApiKeyAuth: []
paths:
  /orders:
    post:
      summary: Submit a print order
      parameters:
        - in: header
          name: X-Api-Key
          required: true
          schema: { type: string }
          example: YOUR_API_KEY
      responses:
        "201": { description: Order accepted }
''', "https://swagger.io/docs/specification/authentication/api-keys/")

D("java", "keystore-env", "payments/src/main/java/com/printhouse/payments/TlsConfig.java", '''\
package com.printhouse.payments;

import java.io.FileInputStream;
import java.security.KeyStore;

/** Loads the client certificate Worldpay requires for XML Direct (mutual TLS). */
final class TlsConfig {
    private TlsConfig() {}

    static KeyStore clientKeyStore() throws Exception {
        String path = System.getenv("WORLDPAY_KEYSTORE_PATH");
        char[] password = System.getenv("WORLDPAY_KEYSTORE_PASSWORD").toCharArray();
        KeyStore ks = KeyStore.getInstance("PKCS12");
        try (FileInputStream in = new FileInputStream(path)) {
            ks.load(in, password);
        }
        return ks;
    }
}
''', "https://docs.oracle.com/en/java/javase/17/docs/api/java.base/java/security/KeyStore.html")

_dsn = f"https://{hexs(32)}@o{random.Random(_seed()).randint(100000, 999999)}.ingest.sentry.io/{random.Random(_seed()).randint(1000000, 9999999)}"
D("yaml", "sentry-dsn", "storefront/config/frontend.yml", fill('''\
# Settings shipped to the browser bundle. Nothing here is secret: the Sentry DSN only allows
# sending events, and the Stripe key is the publishable one (set at build time).
sentry:
  dsn: %%dsn%%
  environment: production
  traces_sample_rate: 0.05
analytics:
  plausible_domain: printpigeon.co
upload:
  max_mb: 750
  accepted: [".pdf", ".tif", ".tiff", ".jpg", ".png", ".ai", ".eps"]
''', dsn=_dsn), "https://docs.sentry.io/concepts/key-terms/dsn-explainer/")

D("swift", "keychain", "StaffApp/Sources/Auth/TokenStore.swift", '''\
import Foundation
import Security

/// Keeps the staff member's API token in the Keychain (it is issued at sign-in, never bundled).
enum TokenStore {
    private static let service = "uk.co.copyworks.staffapp.api"

    static func save(_ token: String) {
        let query: [String: Any] = [kSecClass as String: kSecClassGenericPassword,
                                    kSecAttrService as String: service,
                                    kSecValueData as String: Data(token.utf8)]
        SecItemDelete(query as CFDictionary)
        SecItemAdd(query as CFDictionary, nil)
    }

    static func load() -> String? {
        let query: [String: Any] = [kSecClass as String: kSecClassGenericPassword,
                                    kSecAttrService as String: service,
                                    kSecReturnData as String: true]
        var item: CFTypeRef?
        guard SecItemCopyMatching(query as CFDictionary, &item) == errSecSuccess,
              let data = item as? Data else { return nil }
        return String(data: data, encoding: .utf8)
    }
}
''', "https://developer.apple.com/documentation/security/keychain_services")

D("kotlin", "buildconfig", "app/build.gradle.kts", '''\
plugins {
    id("com.android.application")
    kotlin("android")
}

android {
    namespace = "com.printpigeon.dispatch"
    compileSdk = 34
    defaultConfig {
        applicationId = "com.printpigeon.dispatch"
        minSdk = 26
        targetSdk = 34
        versionCode = 41
        versionName = "2.6.0"
        // The tracking proxy holds the carrier keys; the app only knows the proxy URL.
        buildConfigField("String", "TRACKING_PROXY_URL", "\\"https://track-proxy.printpigeon.co\\"")
    }
    buildFeatures { buildConfig = true }
}

dependencies {
    implementation("com.squareup.okhttp3:okhttp:4.12.0")
}
''', "https://developer.android.com/build/gradle-tips#share-custom-fields-and-resource-values-with-your-app-code")

D("r", "keyring", "reports/stock_reorder.R", '''\
# Weekly paper stock reorder suggestions. Password comes from the OS keyring.
library(DBI)
library(keyring)

con <- dbConnect(
  RPostgres::Postgres(),
  host = "mis-db.pressgang.lan",
  dbname = "printmis",
  user = "analyst",
  password = key_get("printmis", "analyst")
)

stock <- dbGetQuery(con, "select sku, on_hand, weekly_use from paper_stock")
stock$reorder <- with(stock, pmax(0, ceiling(3 * weekly_use - on_hand)))
print(stock[stock$reorder > 0, ])
dbDisconnect(con)
''', "https://keyring.r-lib.org/")

D("rclone", "env-auth", "ops/rclone/rclone.conf.example", '''\
# Example rclone config for the archive box. S3 uses the instance role (env_auth);
# B2 credentials are supplied as RCLONE_CONFIG_B2_ACCOUNT / RCLONE_CONFIG_B2_KEY at run time.
[s3-artwork]
type = s3
provider = AWS
env_auth = true
region = eu-west-2
server_side_encryption = aws:kms

[b2]
type = b2
hard_delete = false
''', "https://rclone.org/docs/#config-file")

D("aws-config", "sso", "deploy/rip01/home/prepress/.aws/config", '''\
[default]
region = eu-west-2
output = json

[profile artwork-admin]
sso_session = printpigeon
sso_account_id = 482913004512
sso_role_name = ArtworkAdmin
region = eu-west-2

[sso-session printpigeon]
sso_start_url = https://printpigeon.awsapps.com/start
sso_region = eu-west-2
sso_registration_scopes = sso:account:access
''', "https://docs.aws.amazon.com/cli/latest/userguide/sso-configure-profile-token.html")

D("json", "gcp-external-account", "config/gcs/artwork-uploader-wif.json", '''\
{
  "type": "external_account",
  "audience": "//iam.googleapis.com/projects/781204933021/locations/global/workloadIdentityPools/aws-pool/providers/aws-provider",
  "subject_token_type": "urn:ietf:params:aws:token-type:aws4_request",
  "service_account_impersonation_url": "https://iamcredentials.googleapis.com/v1/projects/-/serviceAccounts/artwork-uploader@copyworks-web2print.iam.gserviceaccount.com:generateAccessToken",
  "token_url": "https://sts.googleapis.com/v1/token",
  "credential_source": {
    "environment_id": "aws1",
    "region_url": "http://169.254.169.254/latest/meta-data/placement/availability-zone",
    "url": "http://169.254.169.254/latest/meta-data/iam/security-credentials",
    "regional_cred_verification_url": "https://sts.{region}.amazonaws.com?Action=GetCallerIdentity&Version=2011-06-15"
  }
}
''', "https://cloud.google.com/iam/docs/workload-identity-federation-with-other-clouds")

D("shell", "kerberos-lpadmin", "scripts/print/add-office-printers.sh", '''\
#!/usr/bin/env bash
# Office printers authenticate with Kerberos (the user's ticket), so no credentials in URIs.
set -euo pipefail
for q in Canon-C5840i-Back Xerox-AltaLink-Office; do
  lpadmin -p "$q" -E \\
    -v "ipps://prn-srv01.printhouse.local/printers/${q}" \\
    -m everywhere \\
    -o auth-info-required=negotiate \\
    -o printer-is-shared=false
done
lpstat -t
''', "https://www.cups.org/doc/kerberos.html")

D("batch", "net-use-prompt", "deploy/workstations/map_artwork_share.bat", r'''@echo off
REM Maps the artwork share. The "*" makes net use prompt for the password;
REM nothing is stored in this script.
set /p WINUSER=Windows user (e.g. COPYSHOP\jo.evans): 
net use P: /delete /y >nul 2>&1
net use P: \\fs01\artwork /user:%WINUSER% * /persistent:yes
if errorlevel 1 (
    echo Could not map P: - check the password and try again.
    pause
)
''', "https://learn.microsoft.com/en-us/previous-versions/windows/it-pro/windows-server-2012-r2-and-2012/gg651155(v=ws.11)")

D("python", "token-file", "kiosk/topup/config.py", '''\
"""Kiosk settings. The PaperCut web services token is in a root-only file on the kiosk."""
from pathlib import Path

PAPERCUT_HOST = "https://papercut01.copyshop.local:9192/rpc/api/xmlrpc"
TOKEN_FILE = Path("/etc/papercut-kiosk/auth-token")


def auth_token() -> str:
    token = TOKEN_FILE.read_text(encoding="utf-8").strip()
    if not token:
        raise RuntimeError(f"{TOKEN_FILE} is empty")
    return token


MIN_TOPUP = 2.00
MAX_TOPUP = 50.00
''', "https://www.papercut.com/help/manuals/ng-mf/common/tools-web-services/")

D("csharp", "config-binding", "src/Dispatch.Carriers/Ups/UpsOptions.cs", '''\
namespace Dispatch.Carriers.Ups
{
    /// <summary>
    /// Bound from the "Ups" configuration section. ClientSecret is supplied by
    /// Azure Key Vault in production and by `dotnet user-secrets` on developer machines.
    /// </summary>
    public sealed class UpsOptions
    {
        public const string Section = "Ups";

        public string ClientId { get; set; } = string.Empty;
        public string ClientSecret { get; set; } = string.Empty;
        public string AccountNumber { get; set; } = string.Empty;
        public string BaseUrl { get; set; } = "https://wwwcie.ups.com";

        public bool IsConfigured => ClientId.Length > 0 && ClientSecret.Length > 0;
    }
}
''', "https://learn.microsoft.com/en-us/aspnet/core/fundamentals/configuration/options")

D("yaml", "mfp-fleet-inventory", "devices/inventory.yml", fill('''\
# MFP fleet: serials, asset tags and MAC addresses (no credentials; see vault kv/mfp/<serial>)
- model: Konica Minolta bizhub C650i
  serial: AA7R021004512
  asset: CW-0412
  mac: "00:20:6b:%%m1%%"
  site: front counter
- model: HP Color LaserJet Managed MFP E78630
  serial: CNB3N8Q0F1
  asset: CW-0415
  mac: "7c:4d:8f:%%m2%%"
  site: back office
- model: Canon imageRUNNER ADVANCE DX C5840i
  serial: 2WK04417
  asset: CW-0418
  mac: "00:1e:8f:%%m3%%"
  site: studio
''', m1=":".join(hexs(2) for _ in range(3)), m2=":".join(hexs(2) for _ in range(3)),
         m3=":".join(hexs(2) for _ in range(3))), "https://www.rfc-editor.org/rfc/rfc7042")
