"""Blind set II: saddleries and leather workshops (an Indonesian workshop among them).

Shop fronts and marketplaces (Shopify, WooCommerce, Etsy, Tokopedia, Shopee), payments (Stripe,
Midtrans, Xendit, PayPal), shipping (RajaOngkir, Biteship, ShipStation, EasyPost), workshop devices
(laser cutters, embroidery machines, CCTV, routers), their IT, runbooks in English and Indonesian,
and their decoys. Generated fakes only (seeds 3400000-3409999).
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
SEED_LO, SEED_HI = 3400000, 3409999
_SEED = [SEED_LO]


def _seed() -> int:
    _SEED[0] += 7
    assert _SEED[0] <= SEED_HI
    return _SEED[0]


def _rng() -> random.Random:
    return random.Random(_seed())


WORDS = ["Pelana", "Kulit", "Stirrup", "Bridle", "Girth", "Cantle", "Latigo", "Tanner", "Awl", "Rivet",
         "Merapi", "Bromo", "Kenari", "Jati", "Cendana", "Rinjani", "Harness", "Buckle", "Saddle", "Hide"]
LOWER = ["pelana", "kuda", "kulit", "benang", "jarum", "sapi", "bridle", "rein", "tack", "strap",
         "ember", "walnut", "oxblood", "tallow", "cedar", "anvil"]


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


def alnum(n: int) -> str:
    return fakes.drawn_mixed(_seed(), n)


def lower_alnum(n: int) -> str:
    return fakes.drawn(_seed(), n, string.ascii_lowercase + string.digits)


def b64(s: str) -> str:
    return base64.b64encode(s.encode()).decode()


def uuid_s() -> str:
    return fakes.uuid4(_seed())


def stripe_key(kind: str = "sk_live_") -> str:
    return fakes.fake(kind, 99 if kind.startswith("rk") else 24, _seed())


def midtrans_server(sandbox: bool = False) -> str:
    return ("SB-" if sandbox else "") + "Mid-server-" + fakes.drawn(_seed(), 24, ALNUM + "_-")


def midtrans_client(sandbox: bool = False) -> str:
    return ("SB-" if sandbox else "") + "Mid-client-" + fakes.drawn(_seed(), 16, ALNUM + "_-")


def xendit_secret() -> str:
    return "xnd_production_" + fakes.drawn(_seed(), 60, ALNUM)


def xendit_public() -> str:
    return "xnd_public_production_" + fakes.drawn(_seed(), 60, ALNUM)


def shopify_token(prefix: str = "shpat_") -> str:
    return prefix + hexs(32)


def woo_key(prefix: str) -> str:
    return prefix + hexs(40)


def sendgrid_key() -> str:
    return fakes.fake("SG.", 22, _seed()) + fakes.fake(".", 43, _seed())


def mailgun_key() -> str:
    return "key-" + hexs(32)


def slack_webhook() -> str:
    r = _rng()
    up = string.ascii_uppercase + string.digits
    return ("https://hooks.slack.com/services/T" + "".join(r.choice(up) for _ in range(8)) + "/B"
            + "".join(r.choice(up) for _ in range(10)) + "/" + "".join(r.choice(ALNUM) for _ in range(24)))


def discord_webhook() -> str:
    r = _rng()
    return (f"https://discord.com/api/webhooks/{r.randint(10**17, 10**18)}/"
            + "".join(r.choice(ALNUM + "_-") for _ in range(68)))


def google_api_key() -> str:
    return "AIza" + fakes.drawn(_seed(), 35, ALNUM + "_-")


def gocspx() -> str:
    return "GOCSPX-" + fakes.drawn(_seed(), 28, ALNUM + "_-")


def do_token() -> str:
    return "dop_v1_" + hexs(64)


def gmail_app_pw() -> str:
    return fakes.drawn(_seed(), 16, string.ascii_lowercase)


def twilio_sid() -> str:
    return "AC" + hexs(32)


def whatsapp_token() -> str:
    return "EAA" + fakes.drawn(_seed(), 180, ALNUM)


def jwtish(payload: str) -> str:
    head = base64.urlsafe_b64encode(b'{"alg":"HS256","typ":"JWT"}').decode().rstrip("=")
    body = base64.urlsafe_b64encode(payload.encode()).decode().rstrip("=")
    return head + "." + body + "." + fakes.drawn(_seed(), 43, ALNUM + "_-")


def sha256ish() -> str:
    return hexs(64)


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
    CASES.append(LabelledCase(f"blind-ii/{category}", file_name, text, secret, source))


# ---------------------------------------------------------------- shop fronts and payments

add("python/midtrans-server-key", "kulitjaya/payments/midtrans_client.py",
    "https://docs.midtrans.com/reference/core-api-overview", """
# Klien Midtrans Snap untuk toko online Kulit Jaya (pelana, tali kekang, tas kulit)
import midtransclient

SNAP = midtransclient.Snap(
    is_production=True,
    server_key="@@secret@@",
    client_key="@@client@@",
)


def buat_transaksi(order_id: str, total: int, pelanggan: dict) -> str:
    param = {
        "transaction_details": {"order_id": order_id, "gross_amount": total},
        "customer_details": pelanggan,
        "credit_card": {"secure": True},
    }
    return SNAP.create_transaction(param)["redirect_url"]
""", midtrans_server(), client=midtrans_client())

add("env/xendit-secret-key", "kulitjaya/.env.production",
    "https://developers.xendit.co/api-reference/#authentication", """
# Kulit Jaya - produksi (jangan di-commit!)
APP_ENV=production
APP_URL=https://kulitjaya.co.id
DB_HOST=10.20.0.5
DB_NAME=kulitjaya
DB_USER=kj_app
DB_PASSWORD=${DB_PASSWORD}
XENDIT_SECRET_KEY=@@secret@@
XENDIT_CALLBACK_TOKEN=${XENDIT_CALLBACK_TOKEN}
XENDIT_PUBLIC_KEY=@@pub@@
TIMEZONE=Asia/Jakarta
CURRENCY=IDR
""", xendit_secret(), pub=xendit_public())

add("env/decoy-publishable-keys", "kulitjaya/frontend/.env.production",
    "https://docs.midtrans.com/docs/snap-snap-integration-guide", """
# Nilai publik untuk bundle frontend (aman di browser)
VITE_MIDTRANS_CLIENT_KEY=@@mc@@
VITE_MIDTRANS_SNAP_URL=https://app.midtrans.com/snap/snap.js
VITE_XENDIT_PUBLIC_KEY=@@xp@@
VITE_STRIPE_PUBLISHABLE_KEY=@@pk@@
VITE_SITE_NAME=Kulit Jaya Saddlery
VITE_WA_NUMBER=6281234567890
""", mc=midtrans_client(), xp=xendit_public(), pk=stripe_key("pk_live_"))

add("ruby/stripe-secret-key", "oakhollow-saddlery/config/initializers/stripe.rb",
    "https://docs.stripe.com/keys", """
# Oak Hollow Saddlery - custom saddle deposits
Rails.configuration.stripe = {
  publishable_key: "@@pk@@",
  secret_key: "@@secret@@"
}

Stripe.api_key = Rails.configuration.stripe[:secret_key]
Stripe.max_network_retries = 2
Stripe.log_level = Stripe::LEVEL_INFO if Rails.env.development?
""", stripe_key(), pk=stripe_key("pk_live_"))

add("ruby/decoy-stripe-env", "oakhollow-saddlery/config/initializers/stripe_env.rb",
    "https://docs.stripe.com/keys", """
# Keys come from credentials; nothing secret in the repo.
Rails.configuration.stripe = {
  publishable_key: ENV.fetch("STRIPE_PUBLISHABLE_KEY"),
  secret_key: Rails.application.credentials.dig(:stripe, :secret_key)
}

Stripe.api_key = Rails.configuration.stripe[:secret_key]
Stripe.api_version = "2024-06-20"
""")

add("php/woocommerce-consumer-secret", "tackroom-shop/sync/woo-sync.php",
    "https://woocommerce.github.io/woocommerce-rest-api-docs/#authentication", """
<?php
// Nightly stock sync: workshop inventory -> WooCommerce (bridles, girths, saddle pads)
require __DIR__ . '/vendor/autoload.php';

use Automattic\\WooCommerce\\Client;

$woocommerce = new Client(
    'https://shop.tackroomleather.com',
    '@@ck@@',
    '@@secret@@',
    ['version' => 'wc/v3', 'timeout' => 60]
);

$rows = array_map('str_getcsv', file(__DIR__ . '/stock.csv'));
foreach (array_slice($rows, 1) as [$sku, $qty]) {
    $found = $woocommerce->get('products', ['sku' => $sku]);
    if ($found) {
        $woocommerce->put('products/' . $found[0]->id, ['stock_quantity' => (int) $qty]);
    }
}
""", woo_key("cs_"), ck=woo_key("ck_"))

add("yaml/shopify-admin-token", "bridleworks/shopify/config.yml",
    "https://shopify.dev/docs/apps/build/authentication-authorization/access-tokens", """
# Bridleworks custom app (order export to the cutting room)
store: bridleworks-leather.myshopify.com
api_version: "2024-07"
admin_api_access_token: @@secret@@
export:
  statuses: [open, partially_fulfilled]
  tags_include: [custom-saddle, bespoke]
  output_dir: /srv/cutting-room/orders
  schedule: "*/30 * * * *"
""", shopify_token())

add("toml/decoy-shopify-app", "bridleworks/theme-app/shopify.app.toml",
    "https://shopify.dev/docs/apps/build/cli-for-apps/app-configuration", """
# Learn more about configuring your app at https://shopify.dev/docs/apps/tools/cli/configuration
client_id = "@@cid@@"
name = "bridleworks-engraving"
application_url = "https://engraving.bridleworks.com"
embedded = true

[access_scopes]
scopes = "read_products,write_orders"

[auth]
redirect_urls = ["https://engraving.bridleworks.com/auth/callback"]

[webhooks]
api_version = "2024-07"
""", cid=hexs(32))

add("json/etsy-api-key", "bridleworks/etsy/listing-sync.json",
    "https://developers.etsy.com/documentation/essentials/authentication", """
{
  "shop_id": 31877412,
  "shop_name": "BridleworksLeather",
  "api": {
    "base_url": "https://openapi.etsy.com/v3/application",
    "x_api_key": "@@secret@@",
    "oauth_refresh_token": "${ETSY_REFRESH_TOKEN}"
  },
  "sync": {
    "sections": ["Dog collars", "Belts", "Bridle bags"],
    "price_markup": 1.12,
    "dry_run": false
  }
}
""", lower_alnum(24))

add("python/tokopedia-client-secret", "kulitjaya/marketplace/tokopedia.py",
    "https://developer.tokopedia.com/openapi/guide/#/authentication", """
# Sinkron pesanan Tokopedia -> sistem produksi bengkel
import base64
import requests

FS_ID = 17423
CLIENT_ID = "@@cid@@"
CLIENT_SECRET = "@@secret@@"


def token() -> str:
    basic = base64.b64encode(f"{CLIENT_ID}:{CLIENT_SECRET}".encode()).decode()
    r = requests.post(
        "https://accounts.tokopedia.com/token?grant_type=client_credentials",
        headers={"Authorization": f"Basic {basic}", "Content-Length": "0"},
        timeout=20,
    )
    r.raise_for_status()
    return r.json()["access_token"]


def pesanan_baru(shop_id: int, dari: int, sampai: int) -> list:
    url = f"https://fs.tokopedia.net/v2/order/list?fs_id={FS_ID}&shop_id={shop_id}&from_date={dari}&to_date={sampai}&page=1&per_page=50"
    r = requests.get(url, headers={"Authorization": f"Bearer {token()}"}, timeout=30)
    return r.json().get("data") or []
""", lower_alnum(32), cid=lower_alnum(32))

add("go/shopee-partner-key", "kulitjaya/shopee/sign.go",
    "https://open.shopee.com/developer-guide/20", """
package shopee

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"time"
)

const (
	partnerID  = 2007431
	partnerKey = "@@secret@@"
	host       = "https://partner.shopeemobile.com"
)

// Sign builds the signature Shopee Open Platform v2 wants on every call.
func Sign(path string, accessToken string, shopID int64) (string, int64) {
	ts := time.Now().Unix()
	base := fmt.Sprintf("%d%s%d%s%d", partnerID, path, ts, accessToken, shopID)
	mac := hmac.New(sha256.New, []byte(partnerKey))
	mac.Write([]byte(base))
	return hex.EncodeToString(mac.Sum(nil)), ts
}
""", fakes.drawn(_seed(), 64, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"))

add("typescript/paypal-client-secret", "saddlesmith-web/src/lib/paypal.ts",
    "https://developer.paypal.com/api/rest/authentication/", """
// Saddlesmith: PayPal checkout for made-to-measure saddles
const PAYPAL_API = "https://api-m.paypal.com";
const clientId = "@@cid@@";
const clientSecret = "@@secret@@";

export async function accessToken(): Promise<string> {
  const auth = Buffer.from(`${clientId}:${clientSecret}`).toString("base64");
  const res = await fetch(`${PAYPAL_API}/v1/oauth2/token`, {
    method: "POST",
    body: "grant_type=client_credentials",
    headers: { Authorization: `Basic ${auth}` },
  });
  const data = await res.json();
  return data.access_token;
}
""", "E" + fakes.drawn(_seed(), 79, ALNUM + "-_"), cid="A" + fakes.drawn(_seed(), 79, ALNUM + "-_"))

add("typescript/decoy-paypal-client-id", "saddlesmith-web/src/components/PayPalButtons.tsx",
    "https://developer.paypal.com/sdk/js/configuration/", """
import { PayPalScriptProvider, PayPalButtons } from "@paypal/react-paypal-js";

// The client id is public: it is in every checkout page's script tag.
const initialOptions = {
  clientId: "@@cid@@",
  currency: "USD",
  intent: "capture",
};

export default function DepositButton({ orderId }: { orderId: string }) {
  return (
    <PayPalScriptProvider options={initialOptions}>
      <PayPalButtons createOrder={() => fetch(`/api/orders/${orderId}/paypal`).then((r) => r.text())} />
    </PayPalScriptProvider>
  );
}
""", cid="A" + fakes.drawn(_seed(), 79, ALNUM + "-_"))

add("php/decoy-midtrans-sandbox-example", "kulitjaya-wp/wp-content/plugins/kj-checkout/config.sample.php",
    "https://docs.midtrans.com/docs/technical-faq", """
<?php
// Salin ke config.php lalu isi dengan kunci dari Dashboard Midtrans > Settings > Access Keys.
// JANGAN commit config.php.
return [
    'is_production' => false,
    'server_key'    => 'SB-Mid-server-XXXXXXXXXXXXXXXXXXXXXXXX',
    'client_key'    => 'SB-Mid-client-XXXXXXXXXXXXXXXX',
    'merchant_id'   => 'G000000000',
    'sanitized'     => true,
    '3ds'           => true,
];
""")

add("php/midtrans-server-key", "kulitjaya-wp/wp-content/plugins/kj-checkout/config.php",
    "https://docs.midtrans.com/docs/technical-faq", """
<?php
// Konfigurasi Midtrans untuk checkout WordPress Kulit Jaya
return [
    'is_production' => true,
    'server_key'    => '@@secret@@',
    'client_key'    => '@@ck@@',
    'merchant_id'   => 'G418237659',
    'sanitized'     => true,
    '3ds'           => true,
];
""", midtrans_server(), ck=midtrans_client())

add("shell/xendit-secret-key", "kulitjaya/ops/cek-invoice.sh",
    "https://developers.xendit.co/api-reference/#get-invoice", """
#!/usr/bin/env bash
# Cek status invoice Xendit dari terminal (dipakai admin CS kalau pelanggan komplain)
set -euo pipefail
INVOICE_ID="${1:?pakai: cek-invoice.sh <invoice_id>}"
curl -s "https://api.xendit.co/v2/invoices/${INVOICE_ID}" \\
  -u @@secret@@: | jq '{status, amount, payer_email, paid_at}'
""", xendit_secret())

add("python/decoy-xendit-callback-verify", "kulitjaya/payments/xendit_webhook.py",
    "https://developers.xendit.co/api-reference/#callback", """
# Verifikasi callback Xendit: token dibandingkan dengan nilai dari Secret Manager
import hmac
import os

from flask import Flask, abort, request

app = Flask(__name__)
CALLBACK_TOKEN = os.environ["XENDIT_CALLBACK_TOKEN"]


@app.post("/webhooks/xendit/invoice")
def invoice_paid():
    token = request.headers.get("x-callback-token", "")
    if not hmac.compare_digest(token, CALLBACK_TOKEN):
        abort(403)
    event = request.get_json(force=True)
    # external_id = nomor SPK bengkel, mis. SPK-2024-0187
    return {"ok": True, "external_id": event.get("external_id")}
""")

add("csharp/stripe-secret-key", "Westbrook.Saddlery/Westbrook.Saddlery.Web/appsettings.Production.json",
    "https://docs.stripe.com/keys", """
{
  "Logging": { "LogLevel": { "Default": "Warning" } },
  "AllowedHosts": "*",
  "ConnectionStrings": {
    "Shop": "Server=tcp:westbrook-sql.database.windows.net,1433;Database=shop;Authentication=Active Directory Default;"
  },
  "Stripe": {
    "PublishableKey": "@@pk@@",
    "SecretKey": "@@secret@@",
    "WebhookPath": "/stripe/webhook"
  }
}
""", stripe_key(), pk=stripe_key("pk_live_"))

add("csharp/stripe-webhook-secret", "Westbrook.Saddlery/Westbrook.Saddlery.Web/Controllers/StripeWebhookController.cs",
    "https://docs.stripe.com/webhooks#verify-official-libraries", """
using Microsoft.AspNetCore.Mvc;
using Stripe;

namespace Westbrook.Saddlery.Web.Controllers;

[ApiController]
[Route("stripe/webhook")]
public class StripeWebhookController : ControllerBase
{
    private const string EndpointSecret = "@@secret@@";

    [HttpPost]
    public async Task<IActionResult> Receive()
    {
        var json = await new StreamReader(HttpContext.Request.Body).ReadToEndAsync();
        var stripeEvent = EventUtility.ConstructEvent(json, Request.Headers["Stripe-Signature"], EndpointSecret);
        if (stripeEvent.Type == EventTypes.CheckoutSessionCompleted)
        {
            // mark the saddle fitting deposit paid
        }
        return Ok();
    }
}
""", fakes.fake("whsec_", 32, _seed()))

add("kotlin/decoy-stripe-publishable", "tackfit-android/app/src/main/java/com/tackfit/app/PaymentConfig.kt",
    "https://docs.stripe.com/payments/accept-a-payment?platform=android", """
package com.tackfit.app

import android.content.Context
import com.stripe.android.PaymentConfiguration

object PaymentConfig {
    // Publishable key: safe to ship in the app.
    private const val PUBLISHABLE_KEY = "@@pk@@"

    fun init(context: Context) {
        PaymentConfiguration.init(context, PUBLISHABLE_KEY)
    }
}
""", pk=stripe_key("pk_live_"))

add("java/square-access-token", "hitchrail-pos/src/main/java/com/hitchrail/pos/SquareConfig.java",
    "https://developer.squareup.com/docs/build-basics/access-tokens", """
package com.hitchrail.pos;

import com.squareup.square.Environment;
import com.squareup.square.SquareClient;

// Hitch Rail Tack Shop: counter POS sync with Square (trade show weekends)
public final class SquareConfig {
    private static final String ACCESS_TOKEN = "@@secret@@";
    private static final String LOCATION_ID = "L7QW2N8K4ZP1T";

    private SquareConfig() {}

    public static SquareClient client() {
        return new SquareClient.Builder()
                .environment(Environment.PRODUCTION)
                .accessToken(ACCESS_TOKEN)
                .build();
    }

    public static String locationId() {
        return LOCATION_ID;
    }
}
""", fakes.fake("EAAAE", 59, _seed()))

add("markdown/decoy-payment-setup", "kulitjaya/docs/pembayaran.md",
    "https://docs.midtrans.com/docs/snap-snap-integration-guide", """
# Pembayaran di toko online

Toko memakai **Midtrans Snap** (kartu, VA, QRIS) dan **Xendit** untuk invoice grosir.

| Variabel | Isi | Disimpan di |
|---|---|---|
| `MIDTRANS_SERVER_KEY` | server key produksi | GCP Secret Manager `midtrans-server-key` |
| `MIDTRANS_CLIENT_KEY` | client key (publik) | `.env.production` frontend |
| `XENDIT_SECRET_KEY` | secret key | GCP Secret Manager `xendit-secret-key` |
| `XENDIT_CALLBACK_TOKEN` | token verifikasi callback | GCP Secret Manager |

Contoh format server key: `Mid-server-<24 karakter>`; jangan pernah tempel nilai asli di dokumen ini.

Rotasi kunci: Dashboard Midtrans > Settings > Access Keys > *Regenerate*, lalu
`gcloud secrets versions add midtrans-server-key --data-file=-`.
""")

add("github-actions/decoy-secrets-reference", "kulitjaya/.github/workflows/deploy.yml",
    "https://docs.github.com/en/actions/security-guides/using-secrets-in-github-actions", """
name: deploy
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
          credentials_json: ${{ secrets.GCP_SA_KEY }}
      - run: gcloud run deploy kulitjaya-web --source . --region asia-southeast2
        env:
          MIDTRANS_SERVER_KEY: ${{ secrets.MIDTRANS_SERVER_KEY }}
          XENDIT_SECRET_KEY: ${{ secrets.XENDIT_SECRET_KEY }}
""")

# ---------------------------------------------------------------- shipping and messaging

add("python/rajaongkir-api-key", "kulitjaya/ongkir/rajaongkir.py",
    "https://rajaongkir.com/dokumentasi/pro", """
# Hitung ongkos kirim pelana (berat volumetrik!) lewat RajaOngkir Pro
import requests

RAJAONGKIR_KEY = "@@secret@@"
ASAL_KOTA = 501  # Yogyakarta (Manding, Bantul)


def ongkir(tujuan: int, berat_gram: int, kurir: str = "jne:sicepat:jnt") -> dict:
    r = requests.post(
        "https://pro.rajaongkir.com/api/cost",
        headers={"key": RAJAONGKIR_KEY, "content-type": "application/x-www-form-urlencoded"},
        data={"origin": ASAL_KOTA, "originType": "city", "destination": tujuan,
              "destinationType": "subdistrict", "weight": berat_gram, "courier": kurir},
        timeout=15,
    )
    return r.json()["rajaongkir"]["results"]
""", hexs(32))

add("env/biteship-api-key", "kulitjaya/gudang/.env",
    "https://biteship.com/id/docs/api/authentication", """
# Aplikasi gudang (packing pelana & tas)
NODE_ENV=production
PORT=8080
BITESHIP_API_KEY=@@secret@@
BITESHIP_ORIGIN_AREA_ID=IDNP10IDNC286IDND3581IDZ55751
PRINTER_LABEL=ZDesigner-GK420d
""", "biteship_live." + jwtish('{"name":"gudang-kulitjaya","userId":"' + hexs(24) + '","iat":1718000000}'))

add("yaml/shipstation-api-secret", "oakhollow-saddlery/integrations/shipstation.yaml",
    "https://www.shipstation.com/docs/api/requirements/#authentication", """
shipstation:
  base_url: https://ssapi.shipstation.com
  api_key: @@key@@
  api_secret: @@secret@@
  store_id: 318842
  default_package:
    saddle_box: {length: 32, width: 24, height: 18, units: inches}
    tack_box: {length: 14, width: 10, height: 6, units: inches}
  carriers: [ups, fedex]
""", hexs(32), key=hexs(32))

add("ruby/easypost-api-key", "oakhollow-saddlery/lib/tasks/labels.rake",
    "https://docs.easypost.com/docs/authentication", """
namespace :labels do
  desc "Buy return labels for saddle trial fittings"
  task trial_returns: :environment do
    client = EasyPost::Client.new(api_key: "@@secret@@")
    Fitting.awaiting_return.find_each do |fitting|
      shipment = client.shipment.create(
        from_address: fitting.customer_address,
        to_address: Shop.workshop_address,
        parcel: { length: 32, width: 24, height: 18, weight: 640 }
      )
      fitting.update!(return_label_url: client.shipment.buy(shipment.id, rate: shipment.lowest_rate).postage_label.label_url)
    end
  end
end
""", "EZAK" + hexs(54))

add("json/decoy-shippo-test-token", "saddlesmith-web/test/fixtures/shippo-rates.json",
    "https://docs.goshippo.com/docs/guides_general/authentication/", """
{
  "_comment": "Recorded with a test token; the live token lives in Vault at kv/saddlesmith/shippo",
  "object_id": "@@oid@@",
  "status": "SUCCESS",
  "rates": [
    {"provider": "USPS", "servicelevel": {"token": "usps_priority"}, "amount": "48.20", "currency": "USD"},
    {"provider": "UPS", "servicelevel": {"token": "ups_ground"}, "amount": "61.75", "currency": "USD"}
  ],
  "parcel": {"length": "32", "width": "24", "height": "18", "distance_unit": "in", "weight": "40", "mass_unit": "lb"}
}
""", oid=hexs(32))

add("javascript/shippo-live-token", "saddlesmith-web/scripts/buy-label.js",
    "https://docs.goshippo.com/docs/guides_general/authentication/", """
// node scripts/buy-label.js <rate_object_id>
const shippo = require("shippo")("@@secret@@");

async function main() {
  const rate = process.argv[2];
  const tx = await shippo.transaction.create({ rate, label_file_type: "PDF_4x6", async: false });
  if (tx.status !== "SUCCESS") {
    console.error(tx.messages);
    process.exit(1);
  }
  console.log(tx.tracking_number, tx.label_url);
}

main();
""", "shippo_live_" + hexs(40))

add("python/telegram-bot-token", "kulitjaya/bot/notif_produksi.py",
    "https://core.telegram.org/bots/api#authorizing-your-bot", """
# Bot Telegram: kabari grup produksi kalau ada SPK baru (pelana custom, tali kendali)
import requests

BOT_TOKEN = "@@secret@@"
GRUP_PRODUKSI = -1002145587731


def kabari(spk: str, produk: str, tenggat: str) -> None:
    teks = f"SPK baru {spk}: {produk}\\nTenggat: {tenggat}"
    requests.post(
        f"https://api.telegram.org/bot{BOT_TOKEN}/sendMessage",
        json={"chat_id": GRUP_PRODUKSI, "text": teks},
        timeout=10,
    )
""", fakes.telegram_token(_seed()))

add("env/whatsapp-cloud-token", "kulitjaya/cs-bot/.env",
    "https://developers.facebook.com/docs/whatsapp/cloud-api/get-started", """
# Bot WhatsApp CS (status pesanan, jadwal fitting pelana)
WA_PHONE_NUMBER_ID=118734562204519
WA_BUSINESS_ACCOUNT_ID=104928377615220
WA_ACCESS_TOKEN=@@secret@@
WA_VERIFY_TOKEN=kulitjaya-webhook-verify
WA_API_VERSION=v19.0
""", whatsapp_token())

add("php/fonnte-token", "kulitjaya-wp/wp-content/themes/kulitjaya/inc/wa-notif.php",
    "https://docs.fonnte.com/api-send-message/", """
<?php
// Kirim notifikasi WA ke pelanggan saat status pesanan berubah (via Fonnte)
function kj_kirim_wa($nomor, $pesan) {
    $curl = curl_init();
    curl_setopt_array($curl, [
        CURLOPT_URL => 'https://api.fonnte.com/send',
        CURLOPT_RETURNTRANSFER => true,
        CURLOPT_POST => true,
        CURLOPT_POSTFIELDS => ['target' => $nomor, 'message' => $pesan, 'countryCode' => '62'],
        CURLOPT_HTTPHEADER => ['Authorization: @@secret@@'],
    ]);
    $hasil = curl_exec($curl);
    curl_close($curl);
    return $hasil;
}

add_action('woocommerce_order_status_completed', function ($order_id) {
    $order = wc_get_order($order_id);
    kj_kirim_wa($order->get_billing_phone(), 'Pesanan #' . $order_id . ' sudah dikirim. Terima kasih!');
});
""", fakes.drawn(_seed(), 20, ALNUM + "!#+@"))

add("yaml/twilio-auth-token", "oakhollow-saddlery/config/sms.yml",
    "https://www.twilio.com/docs/iam/api-keys", """
production:
  twilio:
    account_sid: @@sid@@
    auth_token: @@secret@@
    from: "+15415550187"
  templates:
    fitting_reminder: "Hi %{name}, your saddle fitting at Oak Hollow is tomorrow at %{time}."
    ready_for_pickup: "Your %{item} is ready for pickup. Hours: Tue-Sat 9-5."
""", hexs(32), sid=twilio_sid())

add("yaml/decoy-twilio-sid-only", "oakhollow-saddlery/config/sms.example.yml",
    "https://www.twilio.com/docs/iam/api-keys", """
production:
  twilio:
    account_sid: <%= ENV["TWILIO_ACCOUNT_SID"] %>
    auth_token: <%= ENV["TWILIO_AUTH_TOKEN"] %>
    from: "+15415550187"
  templates:
    fitting_reminder: "Hi %{name}, your saddle fitting at Oak Hollow is tomorrow at %{time}."
""")

add("python/sendgrid-api-key", "saddlesmith-api/app/mail.py",
    "https://www.twilio.com/docs/sendgrid/for-developers/sending-email/api-getting-started", """
from sendgrid import SendGridAPIClient
from sendgrid.helpers.mail import Mail

sg = SendGridAPIClient("@@secret@@")


def send_fitting_confirmation(to: str, name: str, date: str) -> None:
    message = Mail(
        from_email="fittings@saddlesmith.com",
        to_emails=to,
        subject="Your saddle fitting is booked",
        html_content=f"<p>Hi {name}, we will see you and your horse on {date}.</p>",
    )
    sg.send(message)
""", sendgrid_key())

add("ini/mailgun-api-key", "hitchrail-pos/conf/notify.ini",
    "https://documentation.mailgun.com/docs/mailgun/api-reference/authentication/", """
; Hitch Rail Tack Shop - order notifications
[mailgun]
domain = mg.hitchrailtack.com
api_key = @@secret@@
from = Hitch Rail Tack <orders@hitchrailtack.com>

[notify]
low_stock_to = purchasing@hitchrailtack.com
low_stock_threshold = 3
""", mailgun_key())

add("shell/mailgun-api-key", "hitchrail-pos/bin/test-mail.sh",
    "https://documentation.mailgun.com/docs/mailgun/user-manual/sending-messages/", """
#!/bin/sh
# quick check that Mailgun still accepts our mail
curl -s --user 'api:@@secret@@' \\
  https://api.mailgun.net/v3/mg.hitchrailtack.com/messages \\
  -F from='Hitch Rail Tack <orders@hitchrailtack.com>' \\
  -F to=owner@hitchrailtack.com \\
  -F subject='mailgun test' \\
  -F text='If you can read this, order mail works.'
""", mailgun_key())

add("python/smtp-password", "kulitjaya/laporan/kirim_laporan.py",
    "https://support.google.com/mail/answer/185833", """
# Kirim laporan produksi harian (PDF) ke pemilik bengkel
import smtplib
from email.message import EmailMessage

SMTP_USER = "laporan.kulitjaya@gmail.com"
SMTP_PASS = "@@secret@@"  # sandi aplikasi Google


def kirim(pdf_path: str, tanggal: str) -> None:
    msg = EmailMessage()
    msg["Subject"] = f"Laporan produksi {tanggal}"
    msg["From"] = SMTP_USER
    msg["To"] = "pak.harjo@kulitjaya.co.id"
    msg.set_content("Terlampir laporan produksi harian bengkel.")
    with open(pdf_path, "rb") as f:
        msg.add_attachment(f.read(), maintype="application", subtype="pdf", filename=f"laporan-{tanggal}.pdf")
    with smtplib.SMTP_SSL("smtp.gmail.com", 465) as s:
        s.login(SMTP_USER, SMTP_PASS)
        s.send_message(msg)
""", gmail_app_pw())

add("yaml/smtp-password", "bridleworks/mailer/config/production.yaml",
    "https://docs.djangoproject.com/en/5.0/topics/email/", """
mailer:
  host: smtp.office365.com
  port: 587
  starttls: true
  username: orders@bridleworksleather.com
  password: "@@secret@@"
  from: "Bridleworks Leather <orders@bridleworksleather.com>"
  bcc_archive: archive@bridleworksleather.com
""", words_pw())

add("properties/smtp-password", "hitchrail-pos/src/main/resources/application-prod.properties",
    "https://docs.spring.io/spring-boot/appendix/application-properties/index.html#appendix.application-properties.mail", """
spring.application.name=hitchrail-pos
spring.datasource.url=jdbc:postgresql://db.hitchrail.lan:5432/pos
spring.datasource.username=pos
spring.datasource.password=${POS_DB_PASSWORD}
spring.mail.host=smtp.zoho.com
spring.mail.port=465
spring.mail.username=receipts@hitchrailtack.com
spring.mail.password=@@secret@@
spring.mail.properties.mail.smtp.ssl.enable=true
""", rand_pw(16))

add("properties/decoy-env-placeholders", "hitchrail-pos/src/main/resources/application.properties",
    "https://docs.spring.io/spring-boot/reference/features/external-config.html", """
spring.application.name=hitchrail-pos
spring.profiles.active=${SPRING_PROFILES_ACTIVE:dev}
spring.datasource.url=jdbc:postgresql://localhost:5432/pos
spring.datasource.username=pos
spring.datasource.password=${POS_DB_PASSWORD:}
spring.mail.host=localhost
spring.mail.port=1025
spring.mail.password=${MAIL_PASSWORD:}
square.access-token=${SQUARE_ACCESS_TOKEN}
""")

add("typescript/slack-webhook", "saddlesmith-api/src/notify/slack.ts",
    "https://api.slack.com/messaging/webhooks", """
// Post new custom saddle orders to #workshop
const WEBHOOK = "@@secret@@";

export async function announceOrder(order: { id: string; model: string; seat: string; tree: string }) {
  await fetch(WEBHOOK, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({
      text: `New order ${order.id}: ${order.model}, ${order.seat}" seat, ${order.tree} tree`,
    }),
  });
}
""", slack_webhook())

add("python/discord-webhook", "bridleworks/tools/stock_alert.py",
    "https://discord.com/developers/docs/resources/webhook#execute-webhook", """
# Ping the workshop Discord when a hide lot runs low
import csv
import requests

WEBHOOK_URL = "@@secret@@"
MIN_SQFT = 40

with open("hides.csv", newline="") as fh:
    low = [row for row in csv.DictReader(fh) if float(row["sqft_left"]) < MIN_SQFT]

if low:
    lines = "\\n".join(f"- {r['lot']} {r['tannery']} {r['color']}: {r['sqft_left']} sq ft" for r in low)
    requests.post(WEBHOOK_URL, json={"content": f"Low hide stock:\\n{lines}"}, timeout=10)
""", discord_webhook())

add("markdown/decoy-webhook-docs", "bridleworks/docs/alerts.md",
    "https://discord.com/developers/docs/resources/webhook", """
# Stock alerts

`tools/stock_alert.py` posts to the #hides channel. The webhook URL is read from
`DISCORD_WEBHOOK_URL` (1Password item "Bridleworks / Discord hides webhook").

Format of the URL, for reference only:

    https://discord.com/api/webhooks/<channel_webhook_id>/<webhook_token>

If the channel is spammed, delete the webhook in Discord and paste the new one into 1Password.
""")

add("csv/decoy-tracking-export", "kulitjaya/ekspor/pengiriman-2024-06.csv",
    "https://biteship.com/id/docs/api/orders", """
order_id,courier,waybill_id,tracking_id,status,berat_gram,tujuan
SPK-2024-0412,jne,JNE0104881827364,@@t1@@,delivered,8200,Bandung
SPK-2024-0415,sicepat,004812288391,@@t2@@,delivered,1500,Surabaya
SPK-2024-0419,jnt,JX2819034417,@@t3@@,on_going,2300,Denpasar
SPK-2024-0421,anteraja,10000418824512,@@t4@@,picked,9100,Medan
SPK-2024-0426,jne,JNE0104881901255,@@t5@@,confirmed,650,Makassar
""", t1=hexs(24), t2=hexs(24), t3=hexs(24), t4=hexs(24), t5=hexs(24))

# ---------------------------------------------------------------- infrastructure, databases, devices

add("compose/postgres-password", "kulitjaya/docker-compose.yml",
    "https://hub.docker.com/_/postgres", """
services:
  web:
    build: .
    ports: ["8000:8000"]
    environment:
      DATABASE_URL: postgres://kulitjaya:@@secret@@@db:5432/kulitjaya
      TZ: Asia/Jakarta
    depends_on: [db]
  db:
    image: postgres:16
    environment:
      POSTGRES_USER: kulitjaya
      POSTGRES_PASSWORD: @@secret@@
      POSTGRES_DB: kulitjaya
    volumes: ["pgdata:/var/lib/postgresql/data"]
volumes:
  pgdata:
""", rand_pw(22))

add("compose/decoy-env-file", "bridleworks/docker-compose.yml",
    "https://docs.docker.com/compose/how-tos/environment-variables/set-environment-variables/", """
services:
  app:
    image: ghcr.io/bridleworks/orders:1.8.2
    env_file: .env
    environment:
      DATABASE_URL: postgres://orders:${POSTGRES_PASSWORD}@db:5432/orders
      REDIS_URL: redis://:${REDIS_PASSWORD}@cache:6379/0
  db:
    image: postgres:16
    environment:
      POSTGRES_PASSWORD_FILE: /run/secrets/pg_password
    secrets: [pg_password]
  cache:
    image: redis:7
    command: ["redis-server", "--requirepass", "${REDIS_PASSWORD}"]
secrets:
  pg_password:
    file: ./secrets/pg_password.txt
""")

add("compose/redis-password", "saddlesmith-api/deploy/docker-compose.prod.yml",
    "https://redis.io/docs/latest/operate/oss_and_stack/management/security/", """
services:
  api:
    image: registry.saddlesmith.com/api:2024.06.3
    environment:
      REDIS_URL: redis://default:@@secret@@@cache:6379/1
      QUEUE_NAME: fitting-jobs
  worker:
    image: registry.saddlesmith.com/api:2024.06.3
    command: ["python", "-m", "app.worker"]
    environment:
      REDIS_URL: redis://default:@@secret@@@cache:6379/1
  cache:
    image: redis:7.2-alpine
    command: redis-server --requirepass @@secret@@ --appendonly yes
""", fakes.redis_password(_seed()))

_MYSQL_PW = "Kj" + rand_pw(18)
add("k8s-secret/mysql-password", "kulitjaya/k8s/mysql-secret.yaml",
    "https://kubernetes.io/docs/concepts/configuration/secret/", """
apiVersion: v1
kind: Secret
metadata:
  name: kulitjaya-mysql
  namespace: toko
type: Opaque
data:
  MYSQL_USER: @@user@@
  MYSQL_PASSWORD: @@enc@@
  MYSQL_DATABASE: @@db@@
""", _MYSQL_PW, user=b64("kj_app"), db=b64("kulitjaya_toko"), enc=b64(_MYSQL_PW))

add("k8s-secret/decoy-sealed-secret", "kulitjaya/k8s/sealed-midtrans.yaml",
    "https://github.com/bitnami-labs/sealed-secrets#usage", """
apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata:
  name: midtrans
  namespace: toko
spec:
  encryptedData:
    MIDTRANS_SERVER_KEY: @@e1@@
    XENDIT_SECRET_KEY: @@e2@@
  template:
    metadata:
      name: midtrans
      namespace: toko
""", e1="AgB" + fakes.drawn(_seed(), 340, ALNUM + "+/") + "==", e2="AgC" + fakes.drawn(_seed(), 340, ALNUM + "+/") + "==")

add("terraform/digitalocean-token", "bridleworks/infra/main.tf",
    "https://registry.terraform.io/providers/digitalocean/digitalocean/latest/docs", """
terraform {
  required_providers {
    digitalocean = {
      source  = "digitalocean/digitalocean"
      version = "~> 2.39"
    }
  }
}

provider "digitalocean" {
  token = "@@secret@@"
}

resource "digitalocean_droplet" "orders" {
  name   = "bridleworks-orders"
  region = "nyc3"
  size   = "s-1vcpu-2gb"
  image  = "ubuntu-22-04-x64"
  tags   = ["bridleworks", "orders"]
}
""", do_token())

add("terraform/decoy-variable", "bridleworks/infra/variables.tf",
    "https://developer.hashicorp.com/terraform/language/values/variables", """
variable "do_token" {
  description = "DigitalOcean API token (set TF_VAR_do_token, never commit it)"
  type        = string
  sensitive   = true
}

variable "region" {
  type    = string
  default = "nyc3"
}

variable "ssh_key_fingerprint" {
  type    = string
  default = "3b:16:bf:e4:8b:00:8b:b8:59:8c:a9:d3:f0:19:45:fa"
}
""")

add("terraform/aws-secret-key", "oakhollow-saddlery/infra/backups.tf",
    "https://registry.terraform.io/providers/hashicorp/aws/latest/docs#provider-configuration", """
provider "aws" {
  region     = "us-west-2"
  access_key = "@@kid@@"
  secret_key = "@@secret@@"
}

resource "aws_s3_bucket" "photos" {
  bucket = "oakhollow-saddle-photos"
}

resource "aws_s3_bucket_lifecycle_configuration" "photos" {
  bucket = aws_s3_bucket.photos.id
  rule {
    id     = "glacier-old-fittings"
    status = "Enabled"
    transition {
      days          = 180
      storage_class = "GLACIER"
    }
  }
}
""", fakes.aws_secret_key(_seed()), kid=fakes.aws_key_id(_seed()))

add("ini/aws-secret-key", "oakhollow-saddlery/ops/aws-credentials.ini",
    "https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-files.html", """
# copied from Dana's laptop for the backup box - TODO move to instance role
[default]
aws_access_key_id = @@kid@@
aws_secret_access_key = @@secret@@
region = us-west-2

[photos-readonly]
role_arn = arn:aws:iam::418273650912:role/photos-readonly
source_profile = default
""", fakes.aws_secret_key(_seed()), kid=fakes.aws_key_id(_seed()))

add("json/gcp-service-account-key", "kulitjaya/infra/sa-deployer.json",
    "https://cloud.google.com/iam/docs/keys-create-delete", """
{
  "type": "service_account",
  "project_id": "kulitjaya-prod",
  "private_key_id": "@@kid@@",
  "private_key": "@@secret@@",
  "client_email": "deployer@kulitjaya-prod.iam.gserviceaccount.com",
  "client_id": "104882736615203948812",
  "auth_uri": "https://accounts.google.com/o/oauth2/auth",
  "token_uri": "https://oauth2.googleapis.com/token"
}
""", fakes.fake_pem(_seed(), "RSA").replace("-----BEGIN RSA PRIVATE KEY-----", "-----BEGIN PRIVATE KEY-----").replace("-----END RSA PRIVATE KEY-----", "-----END PRIVATE KEY-----").replace("\n", "\\n"), kid=hexs(40))

add("shell/mysql-password", "kulitjaya/ops/backup-db.sh",
    "https://dev.mysql.com/doc/refman/8.0/en/mysqldump.html", """
#!/bin/bash
# Backup database toko tiap malam jam 02:00 (crontab root di server bengkel)
TANGGAL=$(date +%F)
TUJUAN=/mnt/nas/backup/db
mysqldump -h 127.0.0.1 -u backup -p'@@secret@@' --single-transaction kulitjaya_toko \\
  | gzip > "$TUJUAN/kulitjaya_toko-$TANGGAL.sql.gz"
find "$TUJUAN" -name '*.sql.gz' -mtime +30 -delete
""", words_pw())

add("python/postgres-password", "bridleworks/reports/hide_yield.py",
    "https://www.psycopg.org/psycopg3/docs/api/connections.html", """
# Hide yield report: square feet cut vs. square feet bought, per tannery
import psycopg

conn = psycopg.connect(
    host="db.bridleworks.internal",
    dbname="orders",
    user="reports",
    password="@@secret@@",
)

SQL = '''
select h.tannery, sum(c.sqft_used) / sum(h.sqft) as yield
from cuts c join hides h on h.id = c.hide_id
where c.cut_at >= now() - interval '90 days'
group by h.tannery order by yield desc
'''

with conn, conn.cursor() as cur:
    for tannery, ratio in cur.execute(SQL):
        print(f"{tannery:<24} {ratio:6.1%}")
""", rand_pw(20, "!#%"))

add("java/mysql-password", "hitchrail-pos/src/main/java/com/hitchrail/pos/LegacyInventory.java",
    "https://dev.mysql.com/doc/connector-j/en/connector-j-reference-jdbc-url-format.html", """
package com.hitchrail.pos;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/** Reads the old Access-migrated inventory DB that the saddle consignment desk still uses. */
public class LegacyInventory {
    private static final String URL =
        "jdbc:mysql://192.168.10.20:3306/consign?user=consign&password=@@secret@@&useSSL=false";

    public Connection open() throws SQLException {
        return DriverManager.getConnection(URL);
    }
}
""", rand_pw(14))

add("csharp/sqlserver-password", "Westbrook.Saddlery/Westbrook.Saddlery.Jobs/Program.cs",
    "https://learn.microsoft.com/en-us/dotnet/api/microsoft.data.sqlclient.sqlconnection.connectionstring", """
using Microsoft.Data.SqlClient;

// Nightly job: copy web orders into the workshop's job-card database
var cs = "Server=WB-SHOP-SQL\\\\SQLEXPRESS;Database=JobCards;User Id=jobsync;Password=@@secret@@;TrustServerCertificate=True";
await using var conn = new SqlConnection(cs);
await conn.OpenAsync();
await using var cmd = new SqlCommand("EXEC dbo.ImportWebOrders @since", conn);
cmd.Parameters.AddWithValue("@since", DateTime.UtcNow.AddDays(-1));
var rows = await cmd.ExecuteNonQueryAsync();
Console.WriteLine($"imported {rows} job cards");
""", words_pw())

add("sql/decoy-schema", "kulitjaya/db/migrations/0007_pelanggan.sql",
    "https://www.postgresql.org/docs/current/sql-createtable.html", """
-- Tabel pelanggan & ukuran kuda (untuk pelana custom)
CREATE TABLE pelanggan (
    id            BIGSERIAL PRIMARY KEY,
    nama          TEXT NOT NULL,
    no_wa         TEXT,
    email         TEXT,
    password_hash TEXT NOT NULL,          -- argon2id, bukan sandi asli
    api_token     TEXT,                   -- diisi saat login, NULL di migrasi
    dibuat        TIMESTAMPTZ DEFAULT now()
);

CREATE TABLE ukuran_kuda (
    id           BIGSERIAL PRIMARY KEY,
    pelanggan_id BIGINT REFERENCES pelanggan(id),
    nama_kuda    TEXT,
    lebar_gumba  NUMERIC(4,1),
    panjang_punggung NUMERIC(4,1)
);
""")

add("sql/mysql-user-password", "kulitjaya/db/init/01-users.sql",
    "https://dev.mysql.com/doc/refman/8.0/en/create-user.html", """
-- Dibuat saat server baru (Juni 2024). Sandi dicatat juga di buku IT.
CREATE DATABASE IF NOT EXISTS kulitjaya_toko CHARACTER SET utf8mb4;
CREATE USER 'kj_app'@'10.20.0.%' IDENTIFIED BY '@@secret@@';
GRANT SELECT, INSERT, UPDATE, DELETE ON kulitjaya_toko.* TO 'kj_app'@'10.20.0.%';
CREATE USER 'kj_report'@'%' IDENTIFIED WITH caching_sha2_password BY '${REPORT_PW}';
GRANT SELECT ON kulitjaya_toko.* TO 'kj_report'@'%';
FLUSH PRIVILEGES;
""", words_pw())

add("yaml/redis-password", "bridleworks/orders/config/cache.yaml",
    "https://redis.io/docs/latest/develop/clients/redis-py/", """
cache:
  url: rediss://default:@@secret@@@redis-18422.c14.us-east-1-2.ec2.cloud.redislabs.com:18422/0
  ttl_seconds: 900
  key_prefix: "orders:"
rate_limit:
  per_minute: 120
""", fakes.redis_password(_seed()))

add("dockerfile/pypi-token", "bridleworks/leatherkit/Dockerfile",
    "https://packaging.python.org/en/latest/specifications/pypirc/", """
FROM python:3.12-slim
WORKDIR /src
COPY . .
RUN pip install --no-cache-dir build twine
ENV TWINE_USERNAME=__token__
ENV TWINE_PASSWORD=@@secret@@
RUN python -m build && twine upload dist/*
""", fakes.pypi_token(_seed()))

add("dockerfile/decoy-build-secret", "saddlesmith-api/Dockerfile",
    "https://docs.docker.com/build/building/secrets/", """
# syntax=docker/dockerfile:1.7
FROM python:3.12-slim AS base
WORKDIR /app
COPY requirements.txt .
RUN --mount=type=secret,id=pip_index_token \\
    PIP_INDEX_URL="https://__token__:$(cat /run/secrets/pip_index_token)@pypi.saddlesmith.com/simple" \\
    pip install --no-cache-dir -r requirements.txt
COPY app ./app
ENV PORT=8080
CMD ["gunicorn", "app.main:app", "-b", "0.0.0.0:8080"]
""")

add("ini/pypi-token", "bridleworks/leatherkit/.pypirc",
    "https://packaging.python.org/en/latest/specifications/pypirc/", """
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
""", fakes.pypi_token(_seed()))

add("github-actions/github-token", "bridleworks/.github/workflows/release.yml",
    "https://docs.github.com/en/actions/writing-workflows/workflow-syntax-for-github-actions", """
name: release
on:
  push:
    tags: ["v*"]
jobs:
  release:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - run: gh release create "$GITHUB_REF_NAME" --generate-notes
        env:
          GH_TOKEN: @@secret@@
""", fakes.github_token(_seed()))

add("shell/github-fine-grained-token", "kulitjaya/ops/tarik-tema.sh",
    "https://docs.github.com/en/authentication/keeping-your-account-and-data-secure/managing-your-personal-access-tokens", """
#!/usr/bin/env bash
# Tarik tema WordPress privat dari GitHub ke server produksi
set -e
cd /var/www/kulitjaya/wp-content/themes
git clone https://kj-deploy:@@secret@@@github.com/kulitjaya/tema-kulitjaya.git tema-baru
rsync -a --delete tema-baru/ kulitjaya/
rm -rf tema-baru
""", fakes.github_fine_grained_token(_seed()))

# ---------------------------------------------------------------- workshop devices and office IT

add("markdown/device-admin-password", "kulitjaya/docs/it/perangkat-bengkel.md",
    "https://www.hikvision.com/en/support/", """
# Perangkat di bengkel Manding

| Perangkat | IP | Login | Catatan |
|---|---|---|---|
| Router MikroTik hEX | 192.168.88.1 | lihat Bitwarden | gateway |
| NVR Hikvision DS-7608 | 192.168.88.20 | admin / `@@secret@@` | 8 kamera, rekam 14 hari |
| Laser CO2 Ruida RDC6445 | 192.168.88.30 | - | file .rd dari RDWorks |
| Printer label Zebra GK420d | USB di PC gudang | - | |
| Mesin jahit Juki (servo) | - | - | tanpa jaringan |

Kalau NVR tidak bisa diakses dari HP, cek port 8000 di router (NAT).
""", words_pw())

add("markdown/decoy-device-inventory", "bridleworks/docs/it/devices.md",
    "https://www.brother-usa.com/products/pr1055x", """
# Shop floor devices

| Device | Serial | MAC | Firmware |
|---|---|---|---|
| Brother PR1055X embroidery | E8K294031 | 00:80:92:4f:1a:c3 | 1.32 |
| Trotec Speedy 300 laser | 300-48217 | 00:1b:21:9e:03:7d | JobControl 11.6 |
| Cowboy CB4500 (stitcher) | CB4500-2231 | - | - |
| Synology DS920+ NAS | 2190PDN839204 | 00:11:32:ab:4c:19 | DSM 7.2.1 |

Admin logins for the NAS and laser PC are in 1Password, vault "Shop IT".
Asset tag sha256 of the NAS config backup: @@h@@
""", h=sha256ish())

add("powershell/nas-password", "bridleworks/it/map-drives.ps1",
    "https://learn.microsoft.com/en-us/powershell/module/smbshare/new-smbmapping", """
# Map the pattern library and the order photos on the cutting-room PC
$user = "BRIDLEWORKS\\cutting"
$pass = ConvertTo-SecureString "@@secret@@" -AsPlainText -Force
$cred = New-Object System.Management.Automation.PSCredential($user, $pass)

New-PSDrive -Name P -PSProvider FileSystem -Root "\\\\nas01\\patterns" -Credential $cred -Persist
New-PSDrive -Name O -PSProvider FileSystem -Root "\\\\nas01\\order-photos" -Credential $cred -Persist
Write-Host "Drives mapped."
""", words_pw())

add("powershell/decoy-get-credential", "bridleworks/it/map-drives-v2.ps1",
    "https://learn.microsoft.com/en-us/powershell/module/microsoft.powershell.security/get-credential", """
# Map drives; asks for the password once and keeps it in Credential Manager
$cred = Get-StoredCredential -Target "nas01-cutting"
if (-not $cred) {
    $cred = Get-Credential -UserName "BRIDLEWORKS\\cutting" -Message "NAS password (1Password: Shop IT / nas01)"
    New-StoredCredential -Target "nas01-cutting" -Credentials $cred -Persist LocalMachine | Out-Null
}
New-PSDrive -Name P -PSProvider FileSystem -Root "\\\\nas01\\patterns" -Credential $cred -Persist
""")

add("shell/mikrotik-password", "kulitjaya/ops/mikrotik-backup.sh",
    "https://help.mikrotik.com/docs/display/ROS/Backup", """
#!/bin/bash
# Ambil backup konfigurasi router MikroTik bengkel tiap minggu
ROUTER=192.168.88.1
sshpass -p '@@secret@@' ssh -o StrictHostKeyChecking=no admin@$ROUTER "/export file=cfg-$(date +%F)"
sleep 5
sshpass -p '@@secret@@' scp admin@$ROUTER:/cfg-$(date +%F).rsc /mnt/nas/backup/router/
""", rand_pw(12))

add("ansible/wifi-password", "kulitjaya/ansible/group_vars/bengkel.yml",
    "https://docs.ansible.com/ansible/latest/collections/community/routeros/index.html", """
# Variabel untuk semua host di bengkel Manding
ansible_connection: ansible.netcommon.network_cli
ansible_network_os: community.routeros.routeros
ansible_user: admin
wifi:
  ssid_produksi: KJ-Produksi
  psk_produksi: "@@secret@@"
  ssid_tamu: KJ-Tamu
  psk_tamu: "{{ vault_psk_tamu }}"
ntp_server: id.pool.ntp.org
""", passphrase())

add("ansible/decoy-vault-encrypted", "kulitjaya/ansible/group_vars/vault.yml",
    "https://docs.ansible.com/ansible/latest/vault_guide/vault_encrypting_content.html", """
$ANSIBLE_VAULT;1.1;AES256
@@l1@@
@@l2@@
@@l3@@
@@l4@@
@@l5@@
""", l1=hexs(80), l2=hexs(80), l3=hexs(80), l4=hexs(80), l5=hexs(48))

add("ansible/ftp-password", "oakhollow-saddlery/ansible/roles/laser/tasks/main.yml",
    "https://docs.ansible.com/ansible/latest/collections/ansible/builtin/get_url_module.html", """
- name: Pull laser job files from the design office FTP
  ansible.builtin.get_url:
    url: "ftp://laserjobs:@@secret@@@ftp.oakhollowsaddlery.com/outgoing/{{ item }}"
    dest: "/opt/laser/jobs/{{ item }}"
    mode: "0644"
  loop:
    - tooling-oak-leaf.dxf
    - name-plate-template.svg
    - cantle-badge.lbrn2

- name: Restart LightBurn bridge
  ansible.builtin.systemd:
    name: lightburn-bridge
    state: restarted
""", rand_pw(16))

add("python/ftp-password", "kulitjaya/laser/kirim_ke_laser.py",
    "https://docs.python.org/3/library/ftplib.html", """
# Kirim file desain (emboss logo pelanggan) ke PC laser lewat FTP
from ftplib import FTP
from pathlib import Path

FTP_HOST = "192.168.88.31"
FTP_USER = "laser"
FTP_PASS = "@@secret@@"


def kirim(file_desain: str) -> None:
    path = Path(file_desain)
    with FTP(FTP_HOST) as ftp:
        ftp.login(FTP_USER, FTP_PASS)
        ftp.cwd("/antrian")
        with path.open("rb") as fh:
            ftp.storbinary(f"STOR {path.name}", fh)
    print(f"terkirim: {path.name}")
""", words_pw())

_FZ_PW = words_pw()
add("xml/filezilla-ftp-password", "bridleworks/it/filezilla-sitemanager.xml",
    "https://wiki.filezilla-project.org/FileZilla_Client_Site_Manager", """
<?xml version="1.0" encoding="UTF-8"?>
<FileZilla3 version="3.67.0" platform="windows">
  <Servers>
    <Server>
      <Host>ftp.tandyleatherwholesale.example</Host>
      <Port>21</Port>
      <Protocol>0</Protocol>
      <Type>0</Type>
      <User>bridleworks</User>
      <Pass encoding="base64">@@enc@@</Pass>
      <Logontype>1</Logontype>
      <Name>Wholesale price lists</Name>
    </Server>
  </Servers>
</FileZilla3>
""", _FZ_PW, enc=b64(_FZ_PW))

add("ini/ldap-bind-password", "bridleworks/it/nextcloud-ldap.ini",
    "https://docs.nextcloud.com/server/latest/admin_manual/configuration_user/user_auth_ldap.html", """
; Nextcloud LDAP settings exported from the office server
[ldap]
ldap_host = ldaps://dc01.bridleworks.lan
ldap_port = 636
ldap_dn = CN=svc-nextcloud,OU=Service,DC=bridleworks,DC=lan
ldap_agent_password = @@secret@@
ldap_base = DC=bridleworks,DC=lan
ldap_userfilter = (&(objectClass=user)(memberOf=CN=Shop,OU=Groups,DC=bridleworks,DC=lan))
""", words_pw())

add("yaml/decoy-ldap-ref", "bridleworks/it/keycloak-ldap.yaml",
    "https://www.keycloak.org/docs/latest/server_admin/#_ldap", """
userFederation:
  ldap:
    connectionUrl: ldaps://dc01.bridleworks.lan:636
    bindDn: CN=svc-keycloak,OU=Service,DC=bridleworks,DC=lan
    bindCredential: ${vault.ldap_bind_password}
    usersDn: OU=Staff,DC=bridleworks,DC=lan
    editMode: READ_ONLY
    syncPeriodSeconds: 86400
""")

add("log/decoy-redacted", "kulitjaya/logs/checkout-2024-06-14.log",
    "https://docs.midtrans.com/reference/response-status-code", """
2024-06-14 09:12:03 INFO  snap.create order_id=KJ-240614-0031 gross=4850000 server_key=Mid-server-****************
2024-06-14 09:12:04 INFO  snap.token token=@@t1@@ redirect=https://app.midtrans.com/snap/v4/redirection/@@t1@@
2024-06-14 09:14:47 INFO  notif order_id=KJ-240614-0031 status=settlement payment_type=qris signature_key=@@sig@@
2024-06-14 09:14:47 INFO  spk.created spk=SPK-2024-0431 produk="Pelana Western 16in coklat tua"
2024-06-14 10:02:11 WARN  xendit.invoice auth=Basic [REDACTED] status=401 retrying
2024-06-14 10:02:13 INFO  xendit.invoice id=@@inv@@ status=PENDING
""", t1=uuid_s(), sig=hexs(128), inv=hexs(24))

add("log/paypal-client-secret", "saddlesmith-api/logs/debug-2024-05-30.log",
    "https://datatracker.ietf.org/doc/html/rfc7617", """
2024-05-30T14:02:11Z DEBUG http.client send: POST /v1/oauth2/token HTTP/1.1
2024-05-30T14:02:11Z DEBUG http.client header: Host: api-m.paypal.com
2024-05-30T14:02:11Z DEBUG http.client header: Authorization: Basic @@secret@@
2024-05-30T14:02:11Z DEBUG http.client header: Content-Type: application/x-www-form-urlencoded
2024-05-30T14:02:12Z DEBUG http.client reply: HTTP/1.1 200 OK
2024-05-30T14:02:12Z INFO  paypal token refreshed, expires_in=32400
""", b64("A" + fakes.drawn(_seed(), 79, ALNUM) + ":E" + fakes.drawn(_seed(), 79, ALNUM)))

add("log/decoy-request-ids", "bridleworks/logs/shopify-sync.log",
    "https://shopify.dev/docs/api/admin-rest/usage/response-codes", """
[2024-06-02 03:30:01] sync start store=bridleworks-leather.myshopify.com
[2024-06-02 03:30:02] GET /admin/api/2024-07/orders.json status=200 x-request-id=@@r1@@
[2024-06-02 03:30:02] order #4821 custom-saddle line_items=3 checkout_token=@@c1@@
[2024-06-02 03:30:03] GET /admin/api/2024-07/orders.json?page_info=@@p@@ status=200
[2024-06-02 03:30:03] wrote /srv/cutting-room/orders/4821.json sha1=@@s@@
[2024-06-02 03:30:04] sync done orders=1
""", r1=uuid_s(), c1=hexs(32), p=fakes.drawn(_seed(), 60, ALNUM), s=hexs(40))

add("notebook/postgres-password", "kulitjaya/analisis/penjualan_2024.ipynb",
    "https://nbformat.readthedocs.io/en/latest/format_description.html", """
{
 "cells": [
  {
   "cell_type": "markdown",
   "metadata": {},
   "source": ["# Analisis penjualan 2024\\n", "Pelana vs. tas vs. aksesoris kuda, per kanal (Tokopedia, Shopee, web)."]
  },
  {
   "cell_type": "code",
   "execution_count": 1,
   "metadata": {},
   "outputs": [],
   "source": [
    "import pandas as pd\\n",
    "from sqlalchemy import create_engine\\n",
    "engine = create_engine('postgresql://analis:@@secret@@@10.20.0.5:5432/kulitjaya')\\n",
    "df = pd.read_sql('select * from penjualan where tahun = 2024', engine)"
   ]
  },
  {
   "cell_type": "code",
   "execution_count": 2,
   "metadata": {},
   "outputs": [],
   "source": ["df.groupby(['kanal', 'kategori'])['total'].sum().unstack()"]
  }
 ],
 "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""", rand_pw(18))

add("notebook/decoy-getpass", "bridleworks/analysis/hide_costs.ipynb",
    "https://nbformat.readthedocs.io/en/latest/format_description.html", """
{
 "cells": [
  {
   "cell_type": "code",
   "execution_count": 1,
   "metadata": {},
   "outputs": [],
   "source": [
    "import getpass, psycopg\\n",
    "pw = getpass.getpass('reports password: ')\\n",
    "conn = psycopg.connect(host='db.bridleworks.internal', dbname='orders', user='reports', password=pw)"
   ]
  },
  {
   "cell_type": "code",
   "execution_count": 2,
   "metadata": {},
   "outputs": [],
   "source": ["import pandas as pd\\n", "pd.read_sql('select tannery, avg(price_per_sqft) from hides group by 1', conn)"]
  }
 ],
 "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""")

# ---------------------------------------------------------------- more vendors

add("env/cloudinary-url", "saddlesmith-api/.env",
    "https://cloudinary.com/documentation/node_integration#configuration", """
# product & fitting photos
CLOUDINARY_URL=cloudinary://@@key@@:@@secret@@@saddlesmith
UPLOAD_PRESET=fitting_photos
UPLOAD_FOLDER=fittings/2024
MAX_UPLOAD_MB=25
""", fakes.drawn(_seed(), 27, ALNUM + "_-"), key=str(_rng().randint(10**14, 10**15)))

add("javascript/decoy-cloudinary-unsigned", "saddlesmith-web/src/upload.js",
    "https://cloudinary.com/documentation/upload_widget", """
// Unsigned upload from the fitting form: only the cloud name and an unsigned preset, no secret.
export function openUploader(onDone) {
  const widget = window.cloudinary.createUploadWidget(
    { cloudName: "saddlesmith", uploadPreset: "fitting_photos_unsigned", sources: ["local", "camera"] },
    (error, result) => {
      if (!error && result.event === "success") onDone(result.info.secure_url);
    }
  );
  widget.open();
}
""")

add("python/algolia-admin-key", "bridleworks/search/reindex.py",
    "https://www.algolia.com/doc/guides/security/api-keys/", """
# Rebuild the product search index after a catalog import
from algoliasearch.search.client import SearchClientSync

APP_ID = "B7QK2ZP4LM"
ADMIN_KEY = "@@secret@@"

client = SearchClientSync(APP_ID, ADMIN_KEY)


def reindex(products: list) -> None:
    records = [{"objectID": p["sku"], "name": p["name"], "leather": p["leather"], "price": p["price"]} for p in products]
    client.replace_all_objects("products", records)
""", hexs(32))

add("typescript/decoy-algolia-search-key", "bridleworks/storefront/src/search.ts",
    "https://www.algolia.com/doc/guides/security/api-keys/#search-only-api-key", """
import { liteClient as algoliasearch } from "algoliasearch/lite";

// Search-only key: public by design, restricted to the products index.
export const searchClient = algoliasearch("B7QK2ZP4LM", "@@k@@");
export const INDEX = "products";
export const FACETS = ["leather", "color", "hardware", "category"];
""", k=hexs(32))

add("javascript/decoy-firebase-web-config", "kulitjaya/app-pesanan/src/firebase.js",
    "https://firebase.google.com/docs/projects/api-keys", """
// Konfigurasi web Firebase: nilai ini publik (aturan keamanan Firestore yang melindungi data)
import { initializeApp } from "firebase/app";

const firebaseConfig = {
  apiKey: "@@k@@",
  authDomain: "kulitjaya-pesanan.firebaseapp.com",
  projectId: "kulitjaya-pesanan",
  storageBucket: "kulitjaya-pesanan.appspot.com",
  messagingSenderId: "538201746621",
  appId: "1:538201746621:web:@@app@@",
};

export const app = initializeApp(firebaseConfig);
""", k=google_api_key(), app=hexs(22))

add("python/mapbox-secret-token", "oakhollow-saddlery/tools/dealer_map.py",
    "https://docs.mapbox.com/help/glossary/access-token/", """
# Regenerate the static dealer map for the website footer
import requests

MAPBOX_TOKEN = "@@secret@@"
DEALERS = [(-122.68, 45.52), (-121.31, 44.06), (-117.02, 46.41)]

pins = ",".join(f"pin-s+8b4513({lon},{lat})" for lon, lat in DEALERS)
url = f"https://api.mapbox.com/styles/v1/mapbox/outdoors-v12/static/{pins}/auto/800x400"
img = requests.get(url, params={"access_token": MAPBOX_TOKEN}, timeout=30)
open("static/dealers.png", "wb").write(img.content)
""", "sk.eyJ1Ijoib2FraG9sbG93IiwiYSI6I" + fakes.drawn(_seed(), 40, ALNUM) + "." + fakes.drawn(_seed(), 22, ALNUM + "_-"))

add("html/decoy-mapbox-public-token", "oakhollow-saddlery/site/dealers.html",
    "https://docs.mapbox.com/help/glossary/access-token/#public-tokens", """
<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>Oak Hollow Saddlery - Dealers</title>
  <script src="https://api.mapbox.com/mapbox-gl-js/v3.4.0/mapbox-gl.js"></script>
</head>
<body>
  <div id="map" style="height: 480px"></div>
  <script>
    mapboxgl.accessToken = "pk.eyJ1Ijoib2FraG9sbG93IiwiYSI6I@@a@@.@@b@@";
    new mapboxgl.Map({ container: "map", style: "mapbox://styles/mapbox/outdoors-v12", center: [-121.3, 45.2], zoom: 5.5 });
  </script>
</body>
</html>
""", a=fakes.drawn(_seed(), 40, ALNUM), b=fakes.drawn(_seed(), 22, ALNUM + "_-"))

add("python/django-secret-key", "kulitjaya/kulitjaya/settings/production.py",
    "https://docs.djangoproject.com/en/5.0/ref/settings/#secret-key", """
from .base import *  # noqa

DEBUG = False
SECRET_KEY = "@@secret@@"
ALLOWED_HOSTS = ["kulitjaya.co.id", "www.kulitjaya.co.id"]
CSRF_TRUSTED_ORIGINS = ["https://kulitjaya.co.id"]
LANGUAGE_CODE = "id"
TIME_ZONE = "Asia/Jakarta"
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
""", fakes.django_secret_key(_seed()))

add("python/decoy-django-env", "bridleworks/orders/settings.py",
    "https://docs.djangoproject.com/en/5.0/howto/deployment/checklist/#secret-key", """
import os
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent
SECRET_KEY = os.environ["DJANGO_SECRET_KEY"]
DEBUG = os.environ.get("DJANGO_DEBUG") == "1"
ALLOWED_HOSTS = os.environ.get("ALLOWED_HOSTS", "localhost").split(",")
DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": "orders",
        "USER": "orders",
        "PASSWORD": os.environ.get("POSTGRES_PASSWORD", ""),
        "HOST": os.environ.get("POSTGRES_HOST", "localhost"),
    }
}
""")

add("python/decoy-test-fixture", "bridleworks/orders/tests/test_webhooks.py",
    "https://docs.stripe.com/webhooks#verify-manually", """
import hashlib
import hmac
import time

from orders.webhooks import verify_stripe

TEST_SECRET = "whsec_test_not_a_real_secret"


def sign(payload: bytes, secret: str = TEST_SECRET) -> str:
    ts = int(time.time())
    mac = hmac.new(secret.encode(), f"{ts}.".encode() + payload, hashlib.sha256).hexdigest()
    return f"t={ts},v1={mac}"


def test_valid_signature_passes():
    body = b'{"type": "checkout.session.completed"}'
    assert verify_stripe(body, sign(body), TEST_SECRET)


def test_tampered_body_fails():
    body = b'{"type": "checkout.session.completed"}'
    assert not verify_stripe(body + b" ", sign(body), TEST_SECRET)
""")

add("go/jwt-signing-secret", "saddlesmith-api/internal/auth/jwt.go",
    "https://pkg.go.dev/github.com/golang-jwt/jwt/v5", """
package auth

import (
	"time"

	"github.com/golang-jwt/jwt/v5"
)

var signingKey = []byte("@@secret@@")

// Issue signs a session for the fitter app (valid 12 hours).
func Issue(fitterID string) (string, error) {
	claims := jwt.RegisteredClaims{
		Subject:   fitterID,
		Issuer:    "saddlesmith",
		ExpiresAt: jwt.NewNumericDate(time.Now().Add(12 * time.Hour)),
	}
	return jwt.NewWithClaims(jwt.SigningMethodHS256, claims).SignedString(signingKey)
}
""", rand_pw(40))

add("go/decoy-env-lookup", "saddlesmith-api/internal/config/config.go",
    "https://pkg.go.dev/os#Getenv", """
package config

import (
	"log"
	"os"
)

type Config struct {
	DatabaseURL   string
	RedisURL      string
	JWTSigningKey string
	StripeKey     string
}

func mustEnv(name string) string {
	v, ok := os.LookupEnv(name)
	if !ok || v == "" {
		log.Fatalf("missing %s", name)
	}
	return v
}

func Load() Config {
	return Config{
		DatabaseURL:   mustEnv("DATABASE_URL"),
		RedisURL:      mustEnv("REDIS_URL"),
		JWTSigningKey: mustEnv("JWT_SIGNING_KEY"),
		StripeKey:     mustEnv("STRIPE_SECRET_KEY"),
	}
}
""")

add("json/google-oauth-client-secret", "kulitjaya/tools/client_secret.json",
    "https://developers.google.com/identity/protocols/oauth2/native-app", """
{
  "installed": {
    "client_id": "538201746621-@@cid@@.apps.googleusercontent.com",
    "project_id": "kulitjaya-pesanan",
    "auth_uri": "https://accounts.google.com/o/oauth2/auth",
    "token_uri": "https://oauth2.googleapis.com/token",
    "client_secret": "@@secret@@",
    "redirect_uris": ["http://localhost"]
  }
}
""", gocspx(), cid=lower_alnum(32))

add("python/facebook-app-secret", "kulitjaya/marketing/ig_katalog.py",
    "https://developers.facebook.com/docs/facebook-login/guides/access-tokens/#apptokens", """
# Sinkron katalog produk ke Instagram Shopping (Meta Commerce)
import requests

APP_ID = "912834761123987"
APP_SECRET = "@@secret@@"
CATALOG_ID = "783312094412561"


def app_token() -> str:
    return f"{APP_ID}|{APP_SECRET}"


def unggah(items: list) -> dict:
    r = requests.post(
        f"https://graph.facebook.com/v19.0/{CATALOG_ID}/items_batch",
        params={"access_token": app_token()},
        json={"item_type": "PRODUCT_ITEM", "requests": items},
        timeout=60,
    )
    return r.json()
""", hexs(32))

add("yaml/cloudflare-api-token", "bridleworks/.github/workflows/purge-cache.yml",
    "https://developers.cloudflare.com/fundamentals/api/get-started/create-token/", """
name: purge-cdn
on:
  workflow_dispatch:
  push:
    paths: ["storefront/public/**"]
jobs:
  purge:
    runs-on: ubuntu-latest
    steps:
      - name: Purge Cloudflare cache
        run: |
          curl -s -X POST "https://api.cloudflare.com/client/v4/zones/${ZONE}/purge_cache" \\
            -H "Authorization: Bearer @@secret@@" \\
            -H "Content-Type: application/json" \\
            --data '{"purge_everything":true}'
        env:
          ZONE: @@zone@@
""", fakes.drawn(_seed(), 40, ALNUM + "_-"), zone=hexs(32))

add("json/npm-token", "saddlesmith-web/.npmrc.json",
    "https://docs.npmjs.com/about-access-tokens", """
{
  "registry": "https://registry.npmjs.org/",
  "@saddlesmith:registry": "https://registry.npmjs.org/",
  "//registry.npmjs.org/:_authToken": "@@secret@@",
  "always-auth": true
}
""", fakes.fake("npm_", 36, _seed()))

add("ini/github-token", "saddlesmith-web/.npmrc",
    "https://docs.npmjs.com/cli/v10/configuring-npm/npmrc", """
@saddlesmith:registry=https://npm.pkg.github.com
//npm.pkg.github.com/:_authToken=@@secret@@
engine-strict=true
save-exact=true
fund=false
""", fakes.github_token(_seed()))

add("ini/decoy-npmrc-env", "bridleworks/storefront/.npmrc",
    "https://docs.npmjs.com/cli/v10/configuring-npm/npmrc#auth-related-configuration", """
@bridleworks:registry=https://npm.pkg.github.com
//npm.pkg.github.com/:_authToken=${NODE_AUTH_TOKEN}
engine-strict=true
save-exact=true
audit-level=high
""")

add("python/openai-key", "kulitjaya/konten/deskripsi_produk.py",
    "https://platform.openai.com/docs/api-reference/authentication", """
# Buat draf deskripsi produk (ID & EN) dari catatan pengrajin
from openai import OpenAI

client = OpenAI(api_key="@@secret@@")


def draf(catatan: str) -> str:
    resp = client.chat.completions.create(
        model="gpt-4o-mini",
        messages=[
            {"role": "system", "content": "Tulis deskripsi produk kulit yang jujur, 80 kata, Bahasa Indonesia lalu English."},
            {"role": "user", "content": catatan},
        ],
    )
    return resp.choices[0].message.content
""", fakes.openai_key(_seed()))

add("env/decoy-example", "saddlesmith-api/.env.example",
    "https://12factor.net/config", """
# Copy to .env and fill in. Never commit .env.
DATABASE_URL=postgres://saddlesmith:changeme@localhost:5432/saddlesmith
REDIS_URL=redis://localhost:6379/0
STRIPE_SECRET_KEY=sk_live_your_key_here
STRIPE_WEBHOOK_SECRET=whsec_...
SENDGRID_API_KEY=SG.xxxxxxxxxxxxxxxxxxxxxx.xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx
SLACK_WEBHOOK_URL=https://hooks.slack.com/services/TXXXXXXXX/BXXXXXXXX/XXXXXXXXXXXXXXXXXXXXXXXX
CLOUDINARY_URL=cloudinary://<api_key>:<api_secret>@saddlesmith
JWT_SIGNING_KEY=
""")

# ---------------------------------------------------------------- accounting, ERP, Indonesian ops

add("python/jurnal-hmac-secret", "kulitjaya/akuntansi/jurnal_sync.py",
    "https://api-doc.jurnal.id/#authentication", """
# Kirim faktur penjualan ke Jurnal.id (Mekari) dengan HMAC
import base64
import hashlib
import hmac
from email.utils import formatdate

import requests

HMAC_USERNAME = "@@user@@"
HMAC_SECRET = "@@secret@@"


def header(method: str, path: str) -> dict:
    date = formatdate(usegmt=True)
    line = f"date: {date}\\n{method} {path} HTTP/1.1"
    sig = base64.b64encode(hmac.new(HMAC_SECRET.encode(), line.encode(), hashlib.sha256).digest()).decode()
    auth = f'hmac username="{HMAC_USERNAME}", algorithm="hmac-sha256", headers="date request-line", signature="{sig}"'
    return {"Date": date, "Authorization": auth}


def kirim_faktur(faktur: dict) -> dict:
    path = "/public/jurnal/api/v1/sales_invoices"
    return requests.post("https://api.mekari.com" + path, json=faktur, headers=header("POST", path), timeout=30).json()
""", alnum(32), user=lower_alnum(16))

add("env/accurate-api-token", "kulitjaya/akuntansi/.env",
    "https://accurate.id/api-integration/", """
# Integrasi Accurate Online (stok bahan kulit & hardware pelana)
ACCURATE_HOST=https://zeus.accurate.id
ACCURATE_DB_ID=1438207
ACCURATE_API_TOKEN=@@secret@@
ACCURATE_SIGNATURE_SECRET=${ACCURATE_SIGNATURE_SECRET}
GUDANG_DEFAULT=Gudang Manding
""", "aat.NTA." + fakes.drawn(_seed(), 120, ALNUM + "."))

add("yaml/decoy-accurate-config", "kulitjaya/akuntansi/config.example.yaml",
    "https://accurate.id/api-integration/", """
# Contoh konfigurasi. Token & signature secret diambil dari env (lihat .env di server, bukan repo).
accurate:
  host: https://zeus.accurate.id
  db_id: 1438207
  api_token: ${ACCURATE_API_TOKEN}
  signature_secret: ${ACCURATE_SIGNATURE_SECRET}
gudang:
  bahan: Gudang Manding
  barang_jadi: Showroom Kasongan
akun:
  penjualan: "4-1001"
  hpp: "5-1001"
""")

add("php/duitku-merchant-key", "kulitjaya-wp/wp-content/plugins/kj-duitku/duitku-config.php",
    "https://docs.duitku.com/api/id/#permintaan-transaksi", """
<?php
// Duitku POP - metode bayar tambahan (OVO, DANA, ShopeePay)
define('DUITKU_MERCHANT_CODE', 'D14822');
define('DUITKU_API_KEY', '@@secret@@');
define('DUITKU_ENV', 'production');

function kj_duitku_signature($orderId, $amount) {
    return md5(DUITKU_MERCHANT_CODE . $orderId . $amount . DUITKU_API_KEY);
}
""", hexs(32))

add("java/doku-secret-key", "kulitjaya-b2b/src/main/java/id/kulitjaya/b2b/pay/DokuClient.java",
    "https://developers.doku.com/get-started-with-doku-api/signature-component", """
package id.kulitjaya.b2b.pay;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** Pembayaran invoice grosir (toko pelana di Bali & Jakarta) lewat DOKU Checkout. */
public class DokuClient {
    static final String CLIENT_ID = "BRN-0218-1702998456123";
    static final String SECRET_KEY = "SK-@@secret@@";

    static String signature(String component) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(SECRET_KEY.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return "HMACSHA256=" + Base64.getEncoder().encodeToString(mac.doFinal(component.getBytes(StandardCharsets.UTF_8)));
    }
}
""", alnum(20))

add("kotlin/ipaymu-api-key", "kulitjaya-android/app/src/main/java/id/kulitjaya/kasir/IpaymuApi.kt",
    "https://documenter.getpostman.com/view/7508947/SWLfanD1", """
package id.kulitjaya.kasir

// Kasir showroom: bayar lewat iPaymu (QRIS & VA)
object IpaymuApi {
    const val BASE_URL = "https://my.ipaymu.com/api/v2/"
    const val VA = "1179001234567890"
    const val API_KEY = "@@secret@@"
    const val NOTIFY_URL = "https://kulitjaya.co.id/api/ipaymu/notify"
}
""", uuid_s().upper())

add("csv/decoy-price-list", "kulitjaya/katalog/daftar-harga-2024.csv",
    "https://seller.tokopedia.com/edu/", """
sku,nama_produk,kategori,kulit,harga_ecer,harga_grosir,berat_gram
KJ-PLN-W16,Pelana Western 16in,pelana,sapi nabati 4mm,8500000,7200000,9800
KJ-PLN-E17,Pelana English 17in,pelana,sapi nabati 3.5mm,9750000,8300000,7600
KJ-TKL-01,Tali kekang (bridle) full,tali kekang,latigo,850000,690000,700
KJ-GRT-48,Girth 48in,girth,kulit sapi + neoprene,650000,520000,900
KJ-TAS-SB,Tas sadel (saddle bag),tas,kulit kerbau,1450000,1190000,1600
KJ-BRD-MN,Breastplate mini,aksesoris,latigo,420000,345000,350
""")

add("csv/ftp-password", "bridleworks/it/accounts-handover.csv",
    "https://www.rfc-editor.org/rfc/rfc4180", """
system,url,username,password,owner,notes
Wholesale FTP (price lists),ftp://ftp.tandyleatherwholesale.example,bridleworks,@@secret@@,Marcy,rotated 2024-02
Shopify admin,https://bridleworks-leather.myshopify.com/admin,owner@bridleworksleather.com,(1Password),Marcy,2FA on owner phone
Etsy,https://www.etsy.com/your/shops/BridleworksLeather,bridleworksleather,(1Password),Jon,
UPS account,https://www.ups.com,bridleworks_ship,(1Password),Jon,account # 7Y29E4
""", words_pw())

add("markdown/smtp-password", "bridleworks/docs/handover-jon.md",
    "https://support.microsoft.com/en-us/office/pop-imap-and-smtp-settings-8361e398-8af4-4e97-b147-6c6c4ac95353", """
# Handover notes (Jon -> Priya), June 2024

- Orders sync runs every 30 min on the droplet; logs in `/var/log/bridleworks/`.
- If customers don't get order mail, check the mailer creds in `/etc/bridleworks/mailer.yaml`.
  The Office 365 box is `orders@bridleworksleather.com`, password `@@secret@@`
  (it's an app password; MFA is on the main account).
- Laser PC: LightBurn license is on the sticky note inside the cabinet door.
- Hide orders from Wickett & Craig go out on Mondays.
""", gmail_app_pw())

add("markdown/decoy-runbook", "kulitjaya/docs/runbook-server.md",
    "https://cloud.google.com/secret-manager/docs/access-secret-version", """
# Runbook server produksi

1. Masuk: `gcloud compute ssh kj-web-01 --zone asia-southeast2-a`
2. Ambil rahasia: `gcloud secrets versions access latest --secret=db-password`
3. Restart aplikasi: `sudo systemctl restart kulitjaya`
4. Cek log: `journalctl -u kulitjaya -n 200 --no-pager`

Kalau Midtrans menolak dengan 401, server key kemungkinan sudah dirotasi: perbarui
secret `midtrans-server-key` di Secret Manager lalu restart (langkah 3). Jangan tulis
kunci di chat atau di dokumen ini.
""")

add("yaml/decoy-k8s-external-secret", "kulitjaya/k8s/external-secret.yaml",
    "https://external-secrets.io/latest/api/externalsecret/", """
apiVersion: external-secrets.io/v1beta1
kind: ExternalSecret
metadata:
  name: kulitjaya-app
  namespace: toko
spec:
  refreshInterval: 1h
  secretStoreRef:
    name: gcp-secret-manager
    kind: ClusterSecretStore
  target:
    name: kulitjaya-app
  data:
    - secretKey: MIDTRANS_SERVER_KEY
      remoteRef: {key: midtrans-server-key}
    - secretKey: DB_PASSWORD
      remoteRef: {key: db-password}
""")

add("k8s-secret/xendit-secret-key", "kulitjaya/k8s/secret-pembayaran.yaml",
    "https://kubernetes.io/docs/concepts/configuration/secret/#opaque-secrets", """
apiVersion: v1
kind: Secret
metadata:
  name: pembayaran
  namespace: toko
type: Opaque
stringData:
  XENDIT_SECRET_KEY: "@@secret@@"
  XENDIT_INVOICE_DURATION: "172800"
""", xendit_secret())

add("k8s-secret/decoy-service-account-token", "bridleworks/k8s/ci-token.yaml",
    "https://kubernetes.io/docs/concepts/configuration/secret/#serviceaccount-token-secrets", """
apiVersion: v1
kind: Secret
metadata:
  name: ci-deployer-token
  namespace: orders
  annotations:
    kubernetes.io/service-account.name: ci-deployer
type: kubernetes.io/service-account-token
# token, ca.crt and namespace are filled in by the control plane
""")

add("toml/redis-password", "saddlesmith-api/config/production.toml",
    "https://docs.rs/redis/latest/redis/#connection-parameters", """
[server]
bind = "0.0.0.0:8080"
workers = 4

[redis]
url = "redis://:@@secret@@@10.0.3.14:6379/2"
pool_size = 16

[fittings]
slot_minutes = 90
max_per_day = 5
""", fakes.redis_password(_seed()))

add("toml/decoy-cargo-lock-checksums", "saddlesmith-labels/Cargo.lock",
    "https://doc.rust-lang.org/cargo/guide/cargo-toml-vs-cargo-lock.html", """
# This file is automatically @generated by Cargo.
# It is not intended for manual editing.
version = 3

[[package]]
name = "base64"
version = "0.22.1"
source = "registry+https://github.com/rust-lang/crates.io-index"
checksum = "@@c1@@"

[[package]]
name = "printpdf"
version = "0.7.0"
source = "registry+https://github.com/rust-lang/crates.io-index"
checksum = "@@c2@@"

[[package]]
name = "saddlesmith-labels"
version = "0.3.1"
dependencies = ["base64", "printpdf"]
""", c1=sha256ish(), c2=sha256ish())

add("rust/easypost-api-key", "saddlesmith-labels/src/main.rs",
    "https://docs.easypost.com/docs/authentication", """
use reqwest::blocking::Client;

const EASYPOST_KEY: &str = "@@secret@@";

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let shipment_id = std::env::args().nth(1).expect("shipment id");
    let res = Client::new()
        .get(format!("https://api.easypost.com/v2/shipments/{shipment_id}"))
        .basic_auth(EASYPOST_KEY, Some(""))
        .send()?
        .text()?;
    println!("{res}");
    Ok(())
}
""", "EZAK" + hexs(54))

add("rust/decoy-env-var", "saddlesmith-labels/src/config.rs",
    "https://doc.rust-lang.org/std/env/fn.var.html", """
use std::env;

pub struct Config {
    pub easypost_key: String,
    pub printer: String,
}

impl Config {
    pub fn from_env() -> Self {
        Self {
            easypost_key: env::var("EASYPOST_API_KEY").expect("EASYPOST_API_KEY not set"),
            printer: env::var("LABEL_PRINTER").unwrap_or_else(|_| "ZDesigner-GK420d".into()),
        }
    }
}
""")

add("swift/stripe-secret-key", "TackFit-iOS/TackFit/Services/DepositService.swift",
    "https://docs.stripe.com/keys", """
import Foundation

// TODO: move to backend - the app should never hold the secret key
enum DepositService {
    static let stripeSecret = "@@secret@@"

    static func createIntent(amountCents: Int) async throws -> Data {
        var req = URLRequest(url: URL(string: "https://api.stripe.com/v1/payment_intents")!)
        req.httpMethod = "POST"
        req.setValue("Bearer \\(stripeSecret)", forHTTPHeaderField: "Authorization")
        req.httpBody = "amount=\\(amountCents)&currency=usd".data(using: .utf8)
        let (data, _) = try await URLSession.shared.data(for: req)
        return data
    }
}
""", stripe_key())

add("swift/decoy-publishable", "TackFit-iOS/TackFit/AppConfig.swift",
    "https://docs.stripe.com/payments/accept-a-payment?platform=ios", """
import StripePaymentSheet

enum AppConfig {
    static let apiBase = URL(string: "https://api.saddlesmith.com")!
    static let stripePublishableKey = "@@pk@@"
    static let merchantDisplayName = "Saddlesmith"

    static func configure() {
        STPAPIClient.shared.publishableKey = stripePublishableKey
    }
}
""", pk=stripe_key("pk_live_"))

add("plist/decoy-google-service-info", "TackFit-iOS/TackFit/GoogleService-Info.plist",
    "https://firebase.google.com/docs/projects/api-keys", """
<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
<dict>
	<key>API_KEY</key>
	<string>@@k@@</string>
	<key>GCM_SENDER_ID</key>
	<string>803442197731</string>
	<key>BUNDLE_ID</key>
	<string>com.saddlesmith.tackfit</string>
	<key>PROJECT_ID</key>
	<string>tackfit-prod</string>
	<key>GOOGLE_APP_ID</key>
	<string>1:803442197731:ios:@@app@@</string>
</dict>
</plist>
""", k=google_api_key(), app=hexs(22))

add("plist/revenuecat-secret", "TackFit-iOS/TackFit/Secrets.plist",
    "https://www.revenuecat.com/docs/welcome/authentication", """
<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
<dict>
	<key>RevenueCatPublicKey</key>
	<string>appl_@@pub@@</string>
	<key>RevenueCatSecretKey</key>
	<string>@@secret@@</string>
</dict>
</plist>
""", "sk_" + alnum(32), pub=alnum(27))

# ---------------------------------------------------------------- mixed formats, second pass

add("yaml/camera-rtsp-password", "kulitjaya/cctv/frigate.yml",
    "https://docs.frigate.video/configuration/cameras", """
mqtt:
  host: 192.168.88.40
cameras:
  ruang_potong:
    ffmpeg:
      inputs:
        - path: rtsp://admin:@@secret@@@192.168.88.21:554/Streaming/Channels/101
          roles: [detect, record]
    detect: {width: 1280, height: 720}
  gudang_kulit:
    ffmpeg:
      inputs:
        - path: rtsp://admin:@@secret@@@192.168.88.22:554/Streaming/Channels/101
          roles: [detect, record]
record:
  enabled: true
  retain: {days: 14}
""", words_pw())

add("yaml/decoy-frigate-env", "bridleworks/cctv/frigate.yml",
    "https://docs.frigate.video/configuration/reference", """
mqtt:
  host: 10.0.0.40
  password: "{FRIGATE_MQTT_PASSWORD}"
cameras:
  cutting_table:
    ffmpeg:
      inputs:
        - path: rtsp://viewer:{FRIGATE_RTSP_PASSWORD}@10.0.0.21:554/cam/realmonitor?channel=1&subtype=0
          roles: [detect, record]
record:
  enabled: true
  retain: {days: 7}
""")

add("php/mysql-password", "kulitjaya-wp/wp-config.php",
    "https://developer.wordpress.org/advanced-administration/wordpress/wp-config/", """
<?php
define( 'DB_NAME', 'kulitjaya_wp' );
define( 'DB_USER', 'kj_wp' );
define( 'DB_PASSWORD', '@@secret@@' );
define( 'DB_HOST', '10.20.0.5' );
define( 'DB_CHARSET', 'utf8mb4' );
define( 'DB_COLLATE', '' );

define( 'AUTH_KEY',         '${WP_AUTH_KEY}' );
define( 'SECURE_AUTH_KEY',  '${WP_SECURE_AUTH_KEY}' );

$table_prefix = 'kj_';
define( 'WP_DEBUG', false );
define( 'WPLANG', 'id_ID' );

if ( ! defined( 'ABSPATH' ) ) {
    define( 'ABSPATH', __DIR__ . '/' );
}
require_once ABSPATH . 'wp-settings.php';
""", words_pw())

add("php/decoy-wp-config-sample", "bridleworks-blog/wp-config-sample.php",
    "https://developer.wordpress.org/advanced-administration/wordpress/wp-config/", """
<?php
define( 'DB_NAME', 'database_name_here' );
define( 'DB_USER', 'username_here' );
define( 'DB_PASSWORD', 'password_here' );
define( 'DB_HOST', 'localhost' );

define( 'AUTH_KEY',         'put your unique phrase here' );
define( 'SECURE_AUTH_KEY',  'put your unique phrase here' );
define( 'LOGGED_IN_KEY',    'put your unique phrase here' );
define( 'NONCE_KEY',        'put your unique phrase here' );

$table_prefix = 'wp_';
define( 'WP_DEBUG', false );
""")

add("ruby/postgres-password", "oakhollow-saddlery/config/database.yml",
    "https://guides.rubyonrails.org/configuring.html#configuring-a-database", """
default: &default
  adapter: postgresql
  encoding: unicode
  pool: <%= ENV.fetch("RAILS_MAX_THREADS") { 5 } %>

development:
  <<: *default
  database: oakhollow_development

production:
  <<: *default
  database: oakhollow_production
  host: oakhollow-db.c8x2kq1z7v4p.us-west-2.rds.amazonaws.com
  username: oakhollow
  password: @@secret@@
""", rand_pw(24))

add("xml/sqlserver-password", "Westbrook.Saddlery/Westbrook.Saddlery.Legacy/Web.config",
    "https://learn.microsoft.com/en-us/dotnet/framework/data/adonet/connection-strings-and-configuration-files", """
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <connectionStrings>
    <add name="JobCards"
         connectionString="Data Source=WB-SHOP-SQL\\SQLEXPRESS;Initial Catalog=JobCards;User ID=webapp;Password=@@secret@@;"
         providerName="System.Data.SqlClient" />
  </connectionStrings>
  <appSettings>
    <add key="LeatherPricePerSqFt" value="11.40" />
    <add key="DefaultTree" value="Semi-QH" />
  </appSettings>
  <system.web>
    <compilation debug="false" targetFramework="4.8" />
  </system.web>
</configuration>
""", words_pw())

add("csharp/smtp-password", "Westbrook.Saddlery/Westbrook.Saddlery.Jobs/Mailer.cs",
    "https://learn.microsoft.com/en-us/dotnet/api/system.net.networkcredential", """
using System.Net;
using System.Net.Mail;

namespace Westbrook.Saddlery.Jobs;

public static class Mailer
{
    public static void SendJobCard(string to, string subject, string body)
    {
        using var client = new SmtpClient("smtp.gmail.com", 587)
        {
            EnableSsl = true,
            Credentials = new NetworkCredential("workshop@westbrooksaddlery.com", "@@secret@@"),
        };
        client.Send(new MailMessage("workshop@westbrooksaddlery.com", to, subject, body));
    }
}
""", gmail_app_pw())

add("ini/odoo-admin-password", "kulitjaya/erp/odoo.conf",
    "https://www.odoo.com/documentation/17.0/administration/on_premise/deploy.html", """
[options]
; Odoo bengkel: produksi (MRP), stok kulit, penjualan grosir
admin_passwd = @@secret@@
db_host = 10.20.0.5
db_port = 5432
db_user = odoo
db_password = False
addons_path = /opt/odoo/addons,/opt/odoo/custom
proxy_mode = True
workers = 4
""", passphrase())

add("ini/decoy-odoo-env", "bridleworks/erp/odoo.conf",
    "https://www.odoo.com/documentation/17.0/administration/on_premise/deploy.html", """
[options]
; admin_passwd is set by the container entrypoint from ODOO_MASTER_PASSWORD
admin_passwd = ${ODOO_MASTER_PASSWORD}
db_host = db
db_port = 5432
db_user = odoo
db_password = ${POSTGRES_PASSWORD}
addons_path = /mnt/extra-addons
list_db = False
""")

add("env/telegram-bot-token", "kulitjaya/bot/.env",
    "https://core.telegram.org/bots/features#botfather", """
# Bot Telegram pengingat jadwal (fitting pelana, ambil barang)
TELEGRAM_BOT_TOKEN=@@secret@@
TELEGRAM_ADMIN_CHAT=1084423319
ZONA_WAKTU=Asia/Jakarta
PENGINGAT_JAM=08:00
""", fakes.telegram_token(_seed()))

add("go/telegram-bot-token", "bridleworks/tools/hidebot/main.go",
    "https://core.telegram.org/bots/api#making-requests", """
package main

import (
	"fmt"
	"net/http"
	"net/url"
	"os"
)

const botToken = "@@secret@@"
const chatID = "-1001873420557"

func main() {
	msg := "Hide delivery from Wickett & Craig arrived: " + os.Args[1]
	api := fmt.Sprintf("https://api.telegram.org/bot%s/sendMessage", botToken)
	_, err := http.PostForm(api, url.Values{"chat_id": {chatID}, "text": {msg}})
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
}
""", fakes.telegram_token(_seed()))

add("dockerfile/midtrans-server-key", "kulitjaya/api/Dockerfile",
    "https://docs.docker.com/reference/dockerfile/#env", """
FROM node:20-alpine
WORKDIR /app
COPY package*.json ./
RUN npm ci --omit=dev
COPY . .
ENV NODE_ENV=production
ENV TZ=Asia/Jakarta
ENV MIDTRANS_IS_PRODUCTION=true
ENV MIDTRANS_SERVER_KEY=@@secret@@
EXPOSE 3000
CMD ["node", "server.js"]
""", midtrans_server())

add("typescript/xendit-secret-key", "kulitjaya/api/src/xendit.ts",
    "https://github.com/xendit/xendit-node", """
// Buat invoice Xendit untuk pesanan grosir (toko pelana & tack shop mitra)
import { Xendit } from "xendit-node";

const xendit = new Xendit({
  secretKey: "@@secret@@",
});

export async function buatInvoice(spk: string, total: number, email: string) {
  return xendit.Invoice.createInvoice({
    data: { externalId: spk, amount: total, payerEmail: email, currency: "IDR", invoiceDuration: 172800 },
  });
}
""", xendit_secret())

add("python/stripe-secret-key", "oakhollow-saddlery/scripts/refund_deposit.py",
    "https://docs.stripe.com/api/refunds/create", """
# one-off: refund a saddle deposit when the fitting doesn't work out
import sys

import stripe

stripe.api_key = ("@@a@@"
                  "@@b@@")

intent = sys.argv[1]
refund = stripe.Refund.create(payment_intent=intent, reason="requested_by_customer")
print(refund.id, refund.status)
""", _SPLIT, a=_SPLIT[:16], b=_SPLIT[16:]) if (_SPLIT := stripe_key()) else None

add("shell/redis-password", "saddlesmith-api/ops/flush-queue.sh",
    "https://redis.io/docs/latest/develop/tools/cli/", """
#!/usr/bin/env bash
# Clear stuck fitting-photo jobs (ask in #ops first)
set -euo pipefail
HOST=10.0.3.14
redis-cli -h "$HOST" -p 6379 -a '@@secret@@' --no-auth-warning LLEN fitting-jobs
redis-cli -h "$HOST" -p 6379 -a '@@secret@@' --no-auth-warning DEL fitting-jobs
echo "queue cleared"
""", fakes.redis_password(_seed()))

add("powershell/sqlserver-password", "Westbrook.Saddlery/ops/restore-jobcards.ps1",
    "https://learn.microsoft.com/en-us/powershell/module/sqlserver/invoke-sqlcmd", """
# Restore last night's JobCards backup onto the test box
$backup = Get-ChildItem "\\\\wb-nas\\sqlbackup\\JobCards_*.bak" | Sort-Object LastWriteTime | Select-Object -Last 1
Invoke-Sqlcmd -ServerInstance "WB-TEST\\SQLEXPRESS" -Username "sa" -Password "@@secret@@" -Query @"
RESTORE DATABASE JobCards FROM DISK = N'$($backup.FullName)' WITH REPLACE,
  MOVE 'JobCards' TO 'C:\\SQLData\\JobCards.mdf', MOVE 'JobCards_log' TO 'C:\\SQLData\\JobCards_log.ldf'
"@
Write-Host "Restored $($backup.Name)"
""", words_pw())

add("github-actions/aws-secret-key", "oakhollow-saddlery/.github/workflows/sync-photos.yml",
    "https://docs.github.com/en/actions/writing-workflows/choosing-what-your-workflow-does/store-information-in-variables", """
name: sync-photos
on:
  schedule:
    - cron: "0 7 * * *"
jobs:
  sync:
    runs-on: ubuntu-latest
    env:
      AWS_ACCESS_KEY_ID: @@kid@@
      AWS_SECRET_ACCESS_KEY: @@secret@@
      AWS_DEFAULT_REGION: us-west-2
    steps:
      - uses: actions/checkout@v4
      - run: aws s3 sync ./photos s3://oakhollow-saddle-photos/catalog --size-only
""", fakes.aws_secret_key(_seed()), kid=fakes.aws_key_id(_seed()))

add("github-actions/decoy-oidc-role", "oakhollow-saddlery/.github/workflows/deploy.yml",
    "https://docs.github.com/en/actions/security-for-github-actions/security-hardening-your-deployments/configuring-openid-connect-in-amazon-web-services", """
name: deploy
on:
  push:
    branches: [main]
permissions:
  id-token: write
  contents: read
jobs:
  deploy:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: aws-actions/configure-aws-credentials@v4
        with:
          role-to-assume: arn:aws:iam::418273650912:role/gh-deploy
          aws-region: us-west-2
      - run: ./bin/deploy.sh
""")

add("text/decoy-requirements-hashes", "bridleworks/orders/requirements.txt",
    "https://pip.pypa.io/en/stable/topics/secure-installs/#hash-checking-mode", """
# pip-compile --generate-hashes requirements.in
django==5.0.6 \\
    --hash=sha256:@@h1@@
psycopg[binary]==3.1.19 \\
    --hash=sha256:@@h2@@
stripe==9.12.0 \\
    --hash=sha256:@@h3@@
shopifyapi==12.5.0 \\
    --hash=sha256:@@h4@@
""", h1=sha256ish(), h2=sha256ish(), h3=sha256ish(), h4=sha256ish())

add("json/decoy-package-lock-integrity", "saddlesmith-web/package-lock.json",
    "https://docs.npmjs.com/cli/v10/configuring-npm/package-lock-json", """
{
  "name": "saddlesmith-web",
  "version": "2.4.0",
  "lockfileVersion": 3,
  "packages": {
    "node_modules/@paypal/react-paypal-js": {
      "version": "8.5.0",
      "resolved": "https://registry.npmjs.org/@paypal/react-paypal-js/-/react-paypal-js-8.5.0.tgz",
      "integrity": "sha512-@@i1@@=="
    },
    "node_modules/shippo": {
      "version": "2.9.0",
      "resolved": "https://registry.npmjs.org/shippo/-/shippo-2.9.0.tgz",
      "integrity": "sha512-@@i2@@=="
    }
  }
}
""", i1=fakes.drawn(_seed(), 86, ALNUM + "+/"), i2=fakes.drawn(_seed(), 86, ALNUM + "+/"))

add("text/decoy-authorized-keys", "kulitjaya/ops/authorized_keys",
    "https://man.openbsd.org/sshd.8#AUTHORIZED_KEYS_FILE_FORMAT", """
# Kunci publik yang boleh masuk ke kj-web-01 (bukan kunci privat)
ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI@@k1@@ budi@laptop-gudang
ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI@@k2@@ sari@kantor
ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABgQ@@k3@@ deploy@github-actions
# dicabut 2024-05: laptop lama Pak Harjo
# ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI@@k4@@ harjo@old
""", k1=fakes.drawn(_seed(), 43, ALNUM + "+/"), k2=fakes.drawn(_seed(), 43, ALNUM + "+/"),
    k3=fakes.drawn(_seed(), 200, ALNUM + "+/"), k4=fakes.drawn(_seed(), 43, ALNUM + "+/"))

add("pem/ssh-private-key", "kulitjaya/ops/deploy_key",
    "https://man.openbsd.org/ssh-keygen.1", """
@@secret@@
""", fakes.fake_pem(_seed(), "OPENSSH"))

add("yaml/ssh-private-key", "bridleworks/ansible/host_vars/orders-droplet.yml",
    "https://docs.ansible.com/ansible/latest/inventory_guide/connection_details.html", """
ansible_host: 159.203.88.41
ansible_user: deploy
deploy_key_path: /home/deploy/.ssh/id_rsa
deploy_private_key: |
  @@key@@
app_dir: /srv/orders
""", _PEM, key=_PEM.replace("\n", "\n  ")) if (_PEM := fakes.fake_pem(_seed(), "RSA")) else None

add("text/decoy-public-cert", "bridleworks/certs/shop-ca.crt",
    "https://www.rfc-editor.org/rfc/rfc7468", """
-----BEGIN CERTIFICATE-----
@@c1@@
@@c2@@
@@c3@@
@@c4@@
@@c5@@
-----END CERTIFICATE-----
""", c1=fakes.drawn(_seed(), 64, ALNUM + "+/"), c2=fakes.drawn(_seed(), 64, ALNUM + "+/"),
    c3=fakes.drawn(_seed(), 64, ALNUM + "+/"), c4=fakes.drawn(_seed(), 64, ALNUM + "+/"), c5=fakes.drawn(_seed(), 40, ALNUM + "+/") + "==")

# ---------------------------------------------------------------- third pass

add("env/laravel-app-key", "kulitjaya-b2b-portal/.env",
    "https://laravel.com/docs/11.x/encryption#configuration", """
APP_NAME="Kulit Jaya B2B"
APP_ENV=production
APP_KEY=base64:@@secret@@
APP_DEBUG=false
APP_URL=https://grosir.kulitjaya.co.id
APP_LOCALE=id
DB_CONNECTION=mysql
DB_HOST=10.20.0.5
DB_DATABASE=kj_b2b
DB_USERNAME=kj_b2b
DB_PASSWORD="${KJ_B2B_DB_PASSWORD}"
""", base64.b64encode(bytes(_rng().getrandbits(8) for _ in range(32))).decode())

add("env/decoy-laravel-example", "kulitjaya-b2b-portal/.env.example",
    "https://laravel.com/docs/11.x/configuration#environment-configuration", """
APP_NAME="Kulit Jaya B2B"
APP_ENV=local
APP_KEY=
APP_DEBUG=true
APP_URL=http://localhost
DB_CONNECTION=mysql
DB_HOST=127.0.0.1
DB_DATABASE=kj_b2b
DB_USERNAME=root
DB_PASSWORD=
MIDTRANS_SERVER_KEY=
""")

add("php/decoy-laravel-services", "kulitjaya-b2b-portal/config/services.php",
    "https://laravel.com/docs/11.x/configuration#retrieving-environment-configuration", """
<?php

return [
    'midtrans' => [
        'server_key' => env('MIDTRANS_SERVER_KEY'),
        'client_key' => env('MIDTRANS_CLIENT_KEY'),
        'is_production' => env('MIDTRANS_IS_PRODUCTION', false),
    ],
    'rajaongkir' => [
        'key' => env('RAJAONGKIR_KEY'),
        'tipe' => 'pro',
    ],
    'fonnte' => [
        'token' => env('FONNTE_TOKEN'),
    ],
];
""")

add("php/mailchimp-api-key", "bridleworks-blog/wp-content/mu-plugins/newsletter.php",
    "https://mailchimp.com/developer/marketing/guides/quick-start/#make-your-first-api-call", """
<?php
// Add buyers who tick "Send me care tips" to the Leather Care list
const BW_MC_KEY = '@@secret@@';
const BW_MC_LIST = 'a4c91e27f3';

function bw_subscribe($email, $first) {
    $url = 'https://us21.api.mailchimp.com/3.0/lists/' . BW_MC_LIST . '/members';
    return wp_remote_post($url, [
        'headers' => ['Authorization' => 'apikey ' . BW_MC_KEY],
        'body' => wp_json_encode(['email_address' => $email, 'status' => 'pending', 'merge_fields' => ['FNAME' => $first]]),
    ]);
}
""", hexs(32) + "-us21")

add("ini/sentry-auth-token", "saddlesmith-web/.sentryclirc",
    "https://docs.sentry.io/cli/configuration/", """
[defaults]
url = https://sentry.io/
org = saddlesmith
project = saddlesmith-web

[auth]
token = @@secret@@
""", "sntrys_" + base64.b64encode(b'{"iat":1717000000.0,"url":"https://sentry.io","region_url":"https://us.sentry.io","org":"saddlesmith"}').decode().rstrip("=") + "_" + fakes.drawn(_seed(), 43, ALNUM + "+/"))

add("typescript/decoy-sentry-dsn", "saddlesmith-web/src/sentry.ts",
    "https://docs.sentry.io/concepts/key-terms/dsn-explainer/", """
import * as Sentry from "@sentry/react";

// The DSN is public: it only lets clients send events.
Sentry.init({
  dsn: "https://@@k@@@o4507112233440256.ingest.us.sentry.io/4507112239206400",
  tracesSampleRate: 0.2,
  environment: import.meta.env.MODE,
});
""", k=hexs(32))

add("python/xero-client-secret", "bridleworks/accounting/xero_export.py",
    "https://developer.xero.com/documentation/guides/oauth2/custom-connections/", """
# Push Shopify payouts into Xero as bank transactions (custom connection)
import requests

XERO_CLIENT_ID = "@@cid@@"
XERO_CLIENT_SECRET = "@@secret@@"


def token() -> str:
    r = requests.post(
        "https://identity.xero.com/connect/token",
        auth=(XERO_CLIENT_ID, XERO_CLIENT_SECRET),
        data={"grant_type": "client_credentials", "scope": "accounting.transactions"},
        timeout=20,
    )
    r.raise_for_status()
    return r.json()["access_token"]
""", fakes.drawn(_seed(), 48, ALNUM + "-_"), cid=fakes.drawn(_seed(), 32, "ABCDEF0123456789"))

add("yaml/quickbooks-client-secret", "oakhollow-saddlery/config/quickbooks.yml",
    "https://developer.intuit.com/app/developer/qbo/docs/develop/authentication-and-authorization/oauth-2.0", """
production:
  client_id: AB@@cid@@
  client_secret: @@secret@@
  realm_id: "9130354862719234"
  redirect_uri: https://admin.oakhollowsaddlery.com/quickbooks/callback
  income_account: "Custom Saddles"
  deposit_account: "Customer Deposits"
""", fakes.drawn(_seed(), 40, ALNUM), cid=fakes.drawn(_seed(), 48, ALNUM))

add("typescript/klaviyo-private-key", "saddlesmith-api/src/marketing/klaviyo.ts",
    "https://developers.klaviyo.com/en/docs/authenticate_", """
// Sync new customers to the "Saddle owners" list for conditioning reminders
const KLAVIYO_PRIVATE_KEY = "@@secret@@";
const LIST_ID = "XyZ9Qk";

export async function addOwner(email: string, saddleModel: string) {
  await fetch(`https://a.klaviyo.com/api/lists/${LIST_ID}/relationships/profiles/`, {
    method: "POST",
    headers: {
      Authorization: `Klaviyo-API-Key ${KLAVIYO_PRIVATE_KEY}`,
      revision: "2024-06-15",
      "content-type": "application/json",
    },
    body: JSON.stringify({ data: [{ type: "profile", attributes: { email, properties: { saddleModel } } }] }),
  });
}
""", "pk_" + hexs(34))

add("html/decoy-public-site-ids", "oakhollow-saddlery/site/_includes/head.html",
    "https://developers.google.com/recaptcha/docs/display", """
<meta name="viewport" content="width=device-width, initial-scale=1">
<!-- Google tag (gtag.js) -->
<script async src="https://www.googletagmanager.com/gtag/js?id=G-7QK2ZP4LMB"></script>
<script>
  window.dataLayer = window.dataLayer || [];
  function gtag(){dataLayer.push(arguments);}
  gtag('js', new Date());
  gtag('config', 'G-7QK2ZP4LMB');
</script>
<script src="https://www.google.com/recaptcha/api.js" async defer></script>
<script>window.KLAVIYO_PUBLIC_KEY = "XyZ9Qk"; window.RECAPTCHA_SITE_KEY = "6Lc@@rc@@";</script>
""", rc=fakes.drawn(_seed(), 37, ALNUM + "_-"))

add("python/printful-token", "bridleworks/merch/printful_orders.py",
    "https://developers.printful.com/docs/#section/Authorization", """
# Shop merch (tees, caps) fulfilled by Printful
import requests

HEADERS = {"Authorization": "Bearer @@secret@@", "X-PF-Store-Id": "11844302"}


def open_orders() -> list:
    r = requests.get("https://api.printful.com/orders", headers=HEADERS, params={"status": "pending"}, timeout=20)
    return r.json()["result"]


if __name__ == "__main__":
    for o in open_orders():
        print(o["id"], o["recipient"]["name"], o["status"])
""", alnum(40))

add("yaml/bca-api-secret", "kulitjaya-b2b/src/main/resources/application-prod.yml",
    "https://developer.bca.co.id/en/API-Documentation", """
bca:
  base-url: https://api.klikbca.com
  corporate-id: KJKULIT01
  account-number: "0613005827"
  client-id: @@cid@@
  client-secret: ${BCA_CLIENT_SECRET}
  api-key: @@ak@@
  api-secret: @@secret@@
mutasi:
  jadwal: "0 */15 7-21 * * *"
""", uuid_s(), cid=uuid_s(), ak=uuid_s())

add("python/lazada-app-secret", "kulitjaya/marketplace/lazada.py",
    "https://open.lazada.com/apps/doc/doc?nodeId=10450&docId=108068", """
# Ambil pesanan Lazada (toko aksesoris kuda & tas kulit)
import lazop

APP_KEY = "118342"
APP_SECRET = "@@secret@@"
URL = "https://api.lazada.co.id/rest"


def pesanan(access_token: str, sejak: str) -> dict:
    client = lazop.LazopClient(URL, APP_KEY, APP_SECRET)
    req = lazop.LazopRequest("/orders/get", "GET")
    req.add_api_param("created_after", sejak)
    req.add_api_param("status", "pending")
    return client.execute(req, access_token).body
""", fakes.drawn(_seed(), 32, ALNUM))

add("yaml/gitlab-token", "bridleworks/pattern-library/.gitlab-ci.yml",
    "https://docs.gitlab.com/ee/user/profile/personal_access_tokens.html", """
stages: [build, publish]

build-pdfs:
  stage: build
  image: python:3.12
  script:
    - pip install -r requirements.txt
    - python render_patterns.py --out public/
  artifacts:
    paths: [public/]

publish:
  stage: publish
  script:
    - git clone https://oauth2:@@secret@@@gitlab.com/bridleworks/pattern-archive.git
    - cp -r public/* pattern-archive/ && cd pattern-archive && git add -A && git commit -m "patterns $CI_COMMIT_SHORT_SHA" && git push
""", fakes.fake("glpat-", 20, _seed()))

add("shell/vercel-token", "saddlesmith-web/bin/deploy-preview.sh",
    "https://vercel.com/docs/cli/global-options#token", """
#!/usr/bin/env bash
# deploy a preview of the storefront for the client to check new saddle photos
set -euo pipefail
npm run build
npx vercel deploy --prebuilt --token @@secret@@ --scope saddlesmith > .preview-url
echo "Preview: $(cat .preview-url)"
""", alnum(24))

add("github-actions/dockerhub-token", "kulitjaya/.github/workflows/image.yml",
    "https://docs.docker.com/security/for-developers/access-tokens/", """
name: image
on:
  push:
    branches: [main]
jobs:
  build:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: docker/login-action@v3
        with:
          username: kulitjaya
          password: @@secret@@
      - uses: docker/build-push-action@v6
        with:
          push: true
          tags: kulitjaya/api:latest
""", "dckr_pat_" + fakes.drawn(_seed(), 27, ALNUM + "_-"))

add("python/camera-digest-password", "kulitjaya/cctv/snapshot.py",
    "https://requests.readthedocs.io/en/latest/user/authentication/#digest-authentication", """
# Ambil snapshot kamera ruang potong tiap jam (arsip untuk klaim kulit cacat)
import datetime

import requests
from requests.auth import HTTPDigestAuth

KAMERA = "http://192.168.88.21/ISAPI/Streaming/channels/101/picture"
auth = HTTPDigestAuth("admin", "@@secret@@")

foto = requests.get(KAMERA, auth=auth, timeout=10)
nama = datetime.datetime.now().strftime("/mnt/nas/cctv/potong-%Y%m%d-%H.jpg")
with open(nama, "wb") as f:
    f.write(foto.content)
""", words_pw())

add("yaml/mqtt-password", "bridleworks/homeassistant/secrets.yaml",
    "https://www.home-assistant.io/docs/configuration/secrets/", """
# Home Assistant secrets for the workshop (dehumidifier + hide room sensors)
latitude: 45.5231
longitude: -122.6765
mqtt_broker: 10.0.0.40
mqtt_username: homeassistant
mqtt_password: @@secret@@
hide_room_target_humidity: 50
""", rand_pw(20))

add("yaml/decoy-homeassistant-secret-refs", "bridleworks/homeassistant/configuration.yaml",
    "https://www.home-assistant.io/docs/configuration/secrets/", """
homeassistant:
  name: Bridleworks Shop
  latitude: !secret latitude
  longitude: !secret longitude
mqtt:
  broker: !secret mqtt_broker
  username: !secret mqtt_username
  password: !secret mqtt_password
sensor:
  - platform: template
    sensors:
      hide_room_ok:
        value_template: "{{ states('sensor.hide_room_humidity') | float < 55 }}"
""")

add("markdown/marketplace-account-password", "kulitjaya/docs/serah-terima-admin-toko.md",
    "https://seller.tokopedia.com/edu/", """
# Serah terima admin toko online (Rina -> Dewi), Juli 2024

- Tokopedia: Kulit Jaya Official, login email `admin.toko@kulitjaya.co.id`
  sandi: `@@secret@@` (OTP ke HP toko yang di laci kasir)
- Shopee: akun sama, sandi di Bitwarden (folder "Marketplace").
- Balas chat sebelum jam 21.00; komplain pelana lecet langsung foto & teruskan ke Pak Harjo.
- Stok pelana custom jangan diubah manual, ikut sinkron dari Odoo tiap 30 menit.
""", words_pw())

add("json/decoy-i18n-strings", "kulitjaya/app-pesanan/src/locales/id.json",
    "https://www.i18next.com/misc/json-format", """
{
  "login": {
    "email": "Email",
    "password": "Kata sandi",
    "password_hint": "Minimal 10 karakter",
    "forgot": "Lupa kata sandi?",
    "token_expired": "Sesi habis, silakan masuk lagi"
  },
  "pesanan": {
    "status_settlement": "Lunas",
    "status_pending": "Menunggu pembayaran",
    "api_key_missing": "Kunci API belum diatur oleh admin"
  }
}
""")

add("python/decoy-constant-names", "kulitjaya/payments/konstanta.py",
    "https://docs.midtrans.com/reference/handling-notifications", """
# Konstanta pembayaran: nama header & kunci, bukan nilai rahasia
CALLBACK_TOKEN_HEADER = "x-callback-token"
SIGNATURE_FIELD = "signature_key"
SERVER_KEY_ENV = "MIDTRANS_SERVER_KEY"
XENDIT_SECRET_ENV = "XENDIT_SECRET_KEY"
PASSWORD_MIN_LENGTH = 10
TOKEN_TTL_SECONDS = 3600
STATUS_LUNAS = ("settlement", "capture", "PAID")
""")

add("shell/decoy-password-generator", "kulitjaya/ops/buat-user-db.sh",
    "https://www.openssl.org/docs/man3.0/man1/openssl-rand.html", """
#!/bin/bash
# Buat user database baru; sandi acak langsung disimpan ke Secret Manager
set -euo pipefail
USER_BARU="$1"
SANDI="$(openssl rand -base64 24)"
mysql -e "CREATE USER '${USER_BARU}'@'10.20.0.%' IDENTIFIED BY '${SANDI}';"
printf '%s' "$SANDI" | gcloud secrets create "db-${USER_BARU}" --data-file=-
echo "user ${USER_BARU} dibuat; sandi ada di Secret Manager db-${USER_BARU}"
""")

add("json/decoy-midtrans-notification", "kulitjaya/tests/fixtures/notif-settlement.json",
    "https://docs.midtrans.com/reference/handling-notifications", """
{
  "transaction_time": "2024-06-14 09:14:40",
  "transaction_status": "settlement",
  "transaction_id": "@@tid@@",
  "status_message": "midtrans payment notification",
  "status_code": "200",
  "signature_key": "@@sig@@",
  "payment_type": "qris",
  "order_id": "KJ-240614-0031",
  "merchant_id": "G418237659",
  "gross_amount": "4850000.00",
  "currency": "IDR"
}
""", tid=uuid_s(), sig=hexs(128))

add("text/decoy-htpasswd", "bridleworks/ops/nginx/.htpasswd-staging",
    "https://httpd.apache.org/docs/2.4/programs/htpasswd.html", """
# staging storefront preview (bcrypt hashes, not passwords)
marcy:$2y$10$@@h1@@
jon:$2y$10$@@h2@@
priya:$2y$10$@@h3@@
client-preview:$2y$10$@@h4@@
""", h1=fakes.drawn(_seed(), 53, ALNUM + "./"), h2=fakes.drawn(_seed(), 53, ALNUM + "./"),
    h3=fakes.drawn(_seed(), 53, ALNUM + "./"), h4=fakes.drawn(_seed(), 53, ALNUM + "./"))

add("markdown/decoy-changelog", "bridleworks/orders/CHANGELOG.md",
    "https://keepachangelog.com/en/1.1.0/", """
# Changelog

## 1.8.2 - 2024-06-01
- Fix: hide lot not attached to cut list when order had two saddles (@@c1@@)
- Stripe API version pinned to 2024-06-20 (@@c2@@)

## 1.8.1 - 2024-05-12
- Rotated Shopify admin token (new value in 1Password; old token revoked) (@@c3@@)
- Etsy listing sync skips draft listings (@@c4@@)
""", c1=hexs(40), c2=hexs(40), c3=hexs(40), c4=hexs(40))

add("python/decoy-secret-regex", "bridleworks/tools/precommit_no_keys.py",
    "https://docs.stripe.com/keys#obtain-api-keys", """
# Tiny local check we run before pushing: refuse obvious live keys
import re
import sys

PATTERNS = [
    re.compile(r"sk_live_[0-9a-zA-Z]{24,}"),
    re.compile(r"shpat_[0-9a-f]{32}"),
    re.compile(r"xnd_production_[0-9A-Za-z]{40,}"),
    re.compile(r"AKIA[0-9A-Z]{16}"),
]

bad = [path for path in sys.argv[1:] for p in PATTERNS if p.search(open(path, errors="ignore").read())]
if bad:
    print("possible live keys in:", *sorted(set(bad)), sep="\\n  ")
    sys.exit(1)
""")

add("terraform/decoy-secret-manager", "kulitjaya/infra/secrets.tf",
    "https://registry.terraform.io/providers/hashicorp/google/latest/docs/data-sources/secret_manager_secret_version", """
data "google_secret_manager_secret_version" "midtrans" {
  secret  = "midtrans-server-key"
  project = "kulitjaya-prod"
}

resource "google_cloud_run_v2_service" "web" {
  name     = "kulitjaya-web"
  location = "asia-southeast2"
  template {
    containers {
      image = "asia-southeast2-docker.pkg.dev/kulitjaya-prod/web/app:latest"
      env {
        name = "MIDTRANS_SERVER_KEY"
        value_source {
          secret_key_ref {
            secret  = "midtrans-server-key"
            version = "latest"
          }
        }
      }
    }
  }
}
""")

# ---------------------------------------------------------------- fourth pass

add("csharp/azure-storage-key", "Westbrook.Saddlery/Westbrook.Saddlery.Web/Services/PhotoStore.cs",
    "https://learn.microsoft.com/en-us/azure/storage/common/storage-configure-connection-string", """
using Azure.Storage.Blobs;

namespace Westbrook.Saddlery.Web.Services;

// Stores the tree-tracing photos customers upload for a saddle fitting
public class PhotoStore
{
    private const string Conn =
        "DefaultEndpointsProtocol=https;AccountName=westbrookphotos;AccountKey=@@secret@@;EndpointSuffix=core.windows.net";

    private readonly BlobContainerClient _container = new(Conn, "tracings");

    public async Task<string> SaveAsync(string name, Stream data)
    {
        await _container.UploadBlobAsync(name, data);
        return _container.GetBlobClient(name).Uri.ToString();
    }
}
""", fakes.drawn(_seed(), 86, ALNUM + "+/") + "==")

add("json/azure-ad-client-secret", "Westbrook.Saddlery/Westbrook.Saddlery.Admin/appsettings.json",
    "https://learn.microsoft.com/en-us/entra/identity-platform/quickstart-register-app", """
{
  "AzureAd": {
    "Instance": "https://login.microsoftonline.com/",
    "Domain": "westbrooksaddlery.onmicrosoft.com",
    "TenantId": "@@tid@@",
    "ClientId": "@@cid@@",
    "ClientSecret": "@@secret@@",
    "CallbackPath": "/signin-oidc"
  },
  "Logging": { "LogLevel": { "Default": "Information" } }
}
""", "".join(fakes.drawn(_seed(), 3, ALNUM)) + "8Q~" + fakes.drawn(_seed(), 34, ALNUM + "_.-~"), tid=uuid_s(), cid=uuid_s())

add("json/decoy-appsettings-placeholders", "Westbrook.Saddlery/Westbrook.Saddlery.Admin/appsettings.Development.json",
    "https://learn.microsoft.com/en-us/aspnet/core/security/app-secrets", """
{
  "AzureAd": {
    "TenantId": "<from user-secrets>",
    "ClientId": "<from user-secrets>",
    "ClientSecret": "<dotnet user-secrets set AzureAd:ClientSecret ...>"
  },
  "Stripe": {
    "SecretKey": "",
    "PublishableKey": ""
  },
  "Logging": { "LogLevel": { "Default": "Debug" } }
}
""")

add("env/supabase-service-role", "tackfit-admin/.env.local",
    "https://supabase.com/docs/guides/api/api-keys", """
NEXT_PUBLIC_SUPABASE_URL=https://qzkfitpvxlmrnbtwajcd.supabase.co
NEXT_PUBLIC_SUPABASE_ANON_KEY=${SUPABASE_ANON_KEY}
SUPABASE_SERVICE_ROLE_KEY=@@secret@@
NEXT_PUBLIC_APP_NAME=TackFit Admin
NEXT_PUBLIC_FITTING_BUCKET=fitting-photos
""", jwtish('{"iss":"supabase","ref":"qzkfitpvxlmrnbtwajcd","role":"service_role","iat":1715000000,"exp":2030576000}'))

add("python/google-maps-server-key", "oakhollow-saddlery/tools/geocode_dealers.py",
    "https://developers.google.com/maps/documentation/geocoding/get-api-key", """
# Geocode dealer addresses for the map (server-side key, IP-restricted... in theory)
import csv

import googlemaps

gmaps = googlemaps.Client(key="@@secret@@")

with open("dealers.csv", newline="") as fh, open("dealers_geo.csv", "w", newline="") as out:
    writer = csv.writer(out)
    for row in csv.DictReader(fh):
        hit = gmaps.geocode(row["address"])
        loc = hit[0]["geometry"]["location"] if hit else {"lat": "", "lng": ""}
        writer.writerow([row["name"], loc["lat"], loc["lng"]])
""", google_api_key())

add("ini/ansible-become-password", "kulitjaya/ansible/inventory.ini",
    "https://docs.ansible.com/ansible/latest/inventory_guide/intro_inventory.html", """
[web]
kj-web-01 ansible_host=34.101.88.12

[bengkel]
pc-gudang ansible_host=192.168.88.50 ansible_user=admin ansible_become_password=@@secret@@
pc-laser ansible_host=192.168.88.30 ansible_user=admin ansible_become_password="{{ vault_become_pc_laser }}"

[all:vars]
ansible_python_interpreter=/usr/bin/python3
""", words_pw())

add("sql/postgres-password", "bridleworks/db/reports/consignment_view.sql",
    "https://www.postgresql.org/docs/current/contrib-dblink-function.html", """
-- Consignment saddles still live in the old POS database; pull them into reporting.
CREATE EXTENSION IF NOT EXISTS dblink;

CREATE OR REPLACE VIEW consigned_saddles AS
SELECT *
FROM dblink(
    'host=192.168.10.20 dbname=consign user=consign_ro password=@@secret@@',
    'SELECT sku, maker, seat_in, tree_width, asking_price, consigned_on FROM saddles WHERE sold_on IS NULL'
) AS t(sku text, maker text, seat_in numeric, tree_width text, asking_price numeric, consigned_on date);
""", rand_pw(16))

add("php/mysql-password", "hitchrail-shop/includes/db.php",
    "https://www.php.net/manual/en/pdo.construct.php", """
<?php
// Hitch Rail Tack - legacy storefront DB connection
$dsn = 'mysql:host=localhost;dbname=hitchrail_store;charset=utf8mb4';
$pdo = new PDO($dsn, 'hitchrail', '@@secret@@', [
    PDO::ATTR_ERRMODE => PDO::ERRMODE_EXCEPTION,
    PDO::ATTR_DEFAULT_FETCH_MODE => PDO::FETCH_ASSOC,
]);
""", words_pw())

add("properties/ldap-bind-password", "hitchrail-pos/src/main/resources/ldap.properties",
    "https://docs.spring.io/spring-ldap/reference/configuration.html", """
# Staff login for the POS against the office AD
spring.ldap.urls=ldaps://dc01.hitchrail.lan:636
spring.ldap.base=DC=hitchrail,DC=lan
spring.ldap.username=CN=svc-pos,OU=Service,DC=hitchrail,DC=lan
spring.ldap.password=@@secret@@
pos.ldap.user-search-filter=(sAMAccountName={0})
""", words_pw())

add("yaml/stripe-restricted-key", "oakhollow-saddlery/config/jobs/payout_report.yml",
    "https://docs.stripe.com/keys#create-restricted-api-secret-key", """
# Weekly payout report for the bookkeeper (read-only restricted key)
schedule: "0 6 * * MON"
stripe:
  api_key: @@secret@@
  report_type: payout_reconciliation.itemized.5
output:
  email: books@oakhollowsaddlery.com
  format: csv
""", stripe_key("rk_live_"))

add("properties/sendgrid-api-key", "hitchrail-pos/src/main/resources/mail.properties",
    "https://www.twilio.com/docs/sendgrid/for-developers/sending-email/integrating-with-the-smtp-api", """
# Receipts via SendGrid SMTP relay
mail.smtp.host=smtp.sendgrid.net
mail.smtp.port=587
mail.smtp.starttls.enable=true
mail.smtp.user=apikey
mail.smtp.password=@@secret@@
mail.from=receipts@hitchrailtack.com
""", sendgrid_key())

add("markdown/woocommerce-consumer-secret", "tackroom-shop/docs/api-notes.md",
    "https://woocommerce.github.io/woocommerce-rest-api-docs/#authentication-over-https", """
# WooCommerce API notes

Quick check that the REST API answers (from the workshop PC):

```
curl https://shop.tackroomleather.com/wp-json/wc/v3/products?sku=BR-FULL-HAV \\
  -H "Authorization: Basic @@secret@@"
```

The consumer key/secret pair is the one named "stock-sync" in WooCommerce > Settings > Advanced > REST API.
""", b64(woo_key("ck_") + ":" + woo_key("cs_")))

add("kotlin/midtrans-server-key", "kulitjaya-android/app/src/main/java/id/kulitjaya/kasir/MidtransConfig.kt",
    "https://docs.midtrans.com/docs/mobile-sdk-overview", """
package id.kulitjaya.kasir

// Konfigurasi Midtrans di aplikasi kasir showroom
object MidtransConfig {
    const val CLIENT_KEY = "@@ck@@"
    const val SERVER_KEY = "@@secret@@" // sementara, pindahkan ke backend
    const val BASE_URL = "https://api.midtrans.com/v2/"
    const val MERCHANT_URL = "https://kulitjaya.co.id/api/midtrans/"
}
""", midtrans_server(), ck=midtrans_client())

add("yaml/instagram-token", "kulitjaya/marketing/ig-feed.yaml",
    "https://developers.facebook.com/docs/instagram-platform/instagram-api-with-instagram-login/business-login", """
# Tampilkan 9 foto Instagram terbaru di beranda toko
instagram:
  user_id: "17841405822304914"
  access_token: @@secret@@
  fields: id,caption,media_url,permalink,timestamp
  limit: 9
cache_menit: 60
""", "IGQWR" + fakes.drawn(_seed(), 180, ALNUM + "_-"))

add("python/zoho-refresh-token", "hitchrail-pos/scripts/zoho_books_sync.py",
    "https://www.zoho.com/books/api/v3/oauth/#overview", """
# Push daily POS totals to Zoho Books
import requests

CLIENT_ID = "1000.@@cid@@"
CLIENT_SECRET = "${ZOHO_CLIENT_SECRET}"
REFRESH_TOKEN = "@@secret@@"


def access_token(client_secret: str) -> str:
    r = requests.post("https://accounts.zoho.com/oauth/v2/token", params={
        "refresh_token": REFRESH_TOKEN, "client_id": CLIENT_ID,
        "client_secret": client_secret, "grant_type": "refresh_token"}, timeout=20)
    return r.json()["access_token"]
""", "1000." + hexs(32) + "." + hexs(32), cid=fakes.drawn(_seed(), 30, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"))

add("shell/bitbucket-app-password", "hitchrail-pos/bin/mirror-repo.sh",
    "https://support.atlassian.com/bitbucket-cloud/docs/app-passwords/", """
#!/bin/sh
# Mirror the POS repo to the NAS every night (cron on the back-office PC)
cd /volume1/mirrors/hitchrail-pos.git || exit 1
git fetch --prune https://hitchrail-ci:@@secret@@@bitbucket.org/hitchrail/hitchrail-pos.git '+refs/*:refs/*'
date > last-mirror.txt
""", "ATBB" + fakes.drawn(_seed(), 32, ALNUM) + hexs(8).upper())

add("toml/smtp-password", "saddlesmith-labels/config/mail.toml",
    "https://docs.rs/lettre/latest/lettre/", """
[smtp]
host = "smtp.fastmail.com"
port = 465
user = "labels@saddlesmith.com"
password = "@@secret@@"

[notify]
to = ["shipping@saddlesmith.com"]
subject = "Labels printed"
""", alnum(16))

add("log/postgres-password", "bridleworks/logs/orders-worker-2024-06-09.log",
    "https://www.postgresql.org/docs/current/libpq-connect.html#LIBPQ-CONNSTRING", """
2024-06-09 03:30:00,112 INFO worker starting, queue=cut-lists
2024-06-09 03:30:00,348 ERROR could not connect: DATABASE_URL=postgresql://orders:@@secret@@@db.bridleworks.internal:5432/orders
2024-06-09 03:30:00,349 ERROR psycopg.OperationalError: connection to server at "db.bridleworks.internal" (10.0.2.5), port 5432 failed: timeout expired
2024-06-09 03:30:05,351 INFO retrying in 5s (attempt 2/5)
2024-06-09 03:30:10,902 INFO connected, 14 cut lists pending
""", rand_pw(20))

add("csv/wifi-password", "kulitjaya/it/daftar-jaringan.csv",
    "https://www.rfc-editor.org/rfc/rfc4180", """
lokasi,ssid,keamanan,sandi,vlan,keterangan
Bengkel Manding,KJ-Produksi,WPA2-PSK,@@secret@@,10,PC laser & mesin jahit
Bengkel Manding,KJ-Tamu,WPA2-PSK,(Bitwarden),30,untuk pelanggan fitting
Showroom Kasongan,KJ-Showroom,WPA2-PSK,(Bitwarden),20,kasir & CCTV
Gudang,KJ-Gudang,WPA2-PSK,(Bitwarden),10,printer label
""", passphrase())

add("xml/maven-repo-password", "hitchrail-pos/.mvn/settings.xml",
    "https://maven.apache.org/settings.html#servers", """
<settings xmlns="http://maven.apache.org/SETTINGS/1.0.0">
  <servers>
    <server>
      <id>hitchrail-nexus</id>
      <username>ci-deploy</username>
      <password>@@secret@@</password>
    </server>
  </servers>
  <mirrors>
    <mirror>
      <id>hitchrail-nexus</id>
      <url>https://nexus.hitchrail.lan/repository/maven-public/</url>
      <mirrorOf>*</mirrorOf>
    </mirror>
  </mirrors>
</settings>
""", rand_pw(18))

add("xml/decoy-maven-env", "bridleworks/pattern-service/settings.xml",
    "https://maven.apache.org/settings.html#servers", """
<settings xmlns="http://maven.apache.org/SETTINGS/1.0.0">
  <servers>
    <server>
      <id>github</id>
      <username>${env.GITHUB_ACTOR}</username>
      <password>${env.GITHUB_TOKEN}</password>
    </server>
  </servers>
</settings>
""")

add("kotlin/decoy-buildconfig-local-properties", "kulitjaya-android/app/build.gradle.kts",
    "https://developer.android.com/build/gradle-tips#share-custom-fields-and-resource-values-with-your-app-code", """
import java.util.Properties

plugins {
    id("com.android.application")
    kotlin("android")
}

val lokal = Properties().apply { rootProject.file("local.properties").takeIf { it.exists() }?.inputStream()?.use { load(it) } }

android {
    namespace = "id.kulitjaya.kasir"
    compileSdk = 34
    defaultConfig {
        applicationId = "id.kulitjaya.kasir"
        minSdk = 24
        buildConfigField("String", "MIDTRANS_CLIENT_KEY", "\\"${lokal.getProperty("midtrans.clientKey", "")}\\"")
    }
    buildFeatures { buildConfig = true }
}
""")

add("swift/decoy-keychain", "TackFit-iOS/TackFit/Services/TokenStore.swift",
    "https://developer.apple.com/documentation/security/keychain_services", """
import Foundation
import Security

enum TokenStore {
    static let service = "com.saddlesmith.tackfit.session"

    static func read() -> String? {
        let query: [String: Any] = [
            kSecClass as String: kSecClassGenericPassword,
            kSecAttrService as String: service,
            kSecReturnData as String: true,
        ]
        var item: CFTypeRef?
        guard SecItemCopyMatching(query as CFDictionary, &item) == errSecSuccess, let data = item as? Data else { return nil }
        return String(data: data, encoding: .utf8)
    }
}
""")

add("java/decoy-secrets-manager", "hitchrail-pos/src/main/java/com/hitchrail/pos/Secrets.java",
    "https://docs.aws.amazon.com/secretsmanager/latest/userguide/retrieving-secrets-java.html", """
package com.hitchrail.pos;

import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;
import software.amazon.awssdk.services.secretsmanager.model.GetSecretValueRequest;

public final class Secrets {
    private static final SecretsManagerClient CLIENT = SecretsManagerClient.create();

    private Secrets() {}

    public static String squareAccessToken() {
        return CLIENT.getSecretValue(GetSecretValueRequest.builder()
                .secretId("hitchrail/pos/square-access-token").build()).secretString();
    }
}
""")

add("yaml/decoy-sops-encrypted", "bridleworks/k8s/secrets.enc.yaml",
    "https://github.com/getsops/sops#encrypting-using-age", """
apiVersion: v1
kind: Secret
metadata:
  name: orders
type: Opaque
stringData:
  SHOPIFY_ADMIN_TOKEN: ENC[AES256_GCM,data:@@d1@@,iv:@@iv1@@,tag:@@t1@@,type:str]
  DATABASE_URL: ENC[AES256_GCM,data:@@d2@@,iv:@@iv2@@,tag:@@t2@@,type:str]
sops:
  age:
    - recipient: age1@@rec@@
  lastmodified: "2024-06-01T18:22:41Z"
  mac: ENC[AES256_GCM,data:@@mac@@,type:str]
  version: 3.8.1
""", d1=fakes.drawn(_seed(), 52, ALNUM + "+/") + "=", iv1=fakes.drawn(_seed(), 43, ALNUM + "+/") + "=",
    t1=fakes.drawn(_seed(), 22, ALNUM + "+/") + "==", d2=fakes.drawn(_seed(), 88, ALNUM + "+/"),
    iv2=fakes.drawn(_seed(), 43, ALNUM + "+/") + "=", t2=fakes.drawn(_seed(), 22, ALNUM + "+/") + "==",
    rec=fakes.drawn(_seed(), 58, "qpzry9x8gf2tvdw0s3jn54khce6mua7l"), mac=fakes.drawn(_seed(), 88, ALNUM + "+/"))

add("powershell/decoy-secretmanagement", "Westbrook.Saddlery/ops/rotate-sql.ps1",
    "https://learn.microsoft.com/en-us/powershell/utility-modules/secretmanagement/overview", """
# Rotate the jobsync SQL login; the new password only lives in the SecretStore vault
Import-Module Microsoft.PowerShell.SecretManagement
$new = -join ((48..57) + (65..90) + (97..122) | Get-Random -Count 24 | ForEach-Object { [char]$_ })
Set-Secret -Vault ShopVault -Name "sql-jobsync" -Secret $new
$sa = Get-Secret -Vault ShopVault -Name "sql-sa" -AsPlainText
Invoke-Sqlcmd -ServerInstance "WB-SHOP-SQL\\SQLEXPRESS" -Username sa -Password $sa -Query "ALTER LOGIN jobsync WITH PASSWORD = '$new'"
Write-Host "rotated"
""")

add("markdown/decoy-laptop-inventory", "kulitjaya/docs/it/inventaris-laptop.md",
    "https://support.hp.com/id-en/document/ish_2039149-1626451-16", """
# Inventaris laptop & HP kantor

| Pemakai | Perangkat | No. seri | IMEI / MAC | Catatan |
|---|---|---|---|---|
| Pak Harjo | ThinkPad E14 | PF3K8Z21 | 54:e1:ad:3c:11:9f | BitLocker, kunci pemulihan di Bitwarden |
| Sari (admin toko) | HP 14s | 5CD2184QXW | 3c:52:82:aa:07:31 | |
| HP toko (OTP marketplace) | Samsung A15 | R58W30HQ2KT | 356938035643809 | di laci kasir |
| Budi (gudang) | Acer Aspire 3 | NXK6TSN00A | 08:97:98:c4:2e:10 | |

Terakhir dicek: 2024-07-01.
""")

add("json/decoy-google-services", "kulitjaya-android/app/google-services.json",
    "https://firebase.google.com/docs/projects/api-keys", """
{
  "project_info": {
    "project_number": "538201746621",
    "project_id": "kulitjaya-pesanan",
    "storage_bucket": "kulitjaya-pesanan.appspot.com"
  },
  "client": [
    {
      "client_info": {
        "mobilesdk_app_id": "1:538201746621:android:@@app@@",
        "android_client_info": {"package_name": "id.kulitjaya.kasir"}
      },
      "api_key": [{"current_key": "@@k@@"}]
    }
  ],
  "configuration_version": "1"
}
""", app=hexs(22), k=google_api_key())

add("sql/decoy-hashed-api-keys", "saddlesmith-api/db/seed/dealer_keys.sql",
    "https://www.postgresql.org/docs/current/pgcrypto.html", """
-- Dealer portal API keys: only the SHA-256 of each key is stored; the keys were handed out once.
INSERT INTO dealer_api_keys (dealer_id, key_prefix, key_sha256, created_at) VALUES
  (101, 'dk_8Qz', '@@h1@@', '2024-03-02'),
  (102, 'dk_Lm4', '@@h2@@', '2024-03-02'),
  (117, 'dk_t7W', '@@h3@@', '2024-05-19');
""", h1=sha256ish(), h2=sha256ish(), h3=sha256ish())

add("k8s-secret/decoy-configmap", "kulitjaya/k8s/configmap.yaml",
    "https://kubernetes.io/docs/concepts/configuration/configmap/", """
apiVersion: v1
kind: ConfigMap
metadata:
  name: kulitjaya-config
  namespace: toko
data:
  APP_URL: https://kulitjaya.co.id
  MIDTRANS_IS_PRODUCTION: "true"
  MIDTRANS_CLIENT_KEY: "@@ck@@"
  RAJAONGKIR_TIPE: pro
  ASAL_KOTA_ID: "501"
  TZ: Asia/Jakarta
""", ck=midtrans_client())

add("hcl/decoy-vault-template", "bridleworks/deploy/vault-agent.hcl",
    "https://developer.hashicorp.com/vault/docs/agent-and-proxy/agent/template", """
vault {
  address = "https://vault.bridleworks.internal:8200"
}

auto_auth {
  method "approle" {
    config = {
      role_id_file_path   = "/etc/vault/role-id"
      secret_id_file_path = "/etc/vault/secret-id"
    }
  }
}

template {
  destination = "/srv/orders/.env"
  contents    = <<EOT
SHOPIFY_ADMIN_TOKEN={{ with secret "kv/data/orders/shopify" }}{{ .Data.data.token }}{{ end }}
DATABASE_URL={{ with secret "kv/data/orders/db" }}{{ .Data.data.url }}{{ end }}
EOT
}
""")

add("csv/decoy-marketplace-orders", "kulitjaya/ekspor/tokopedia-pesanan-2024-06.csv",
    "https://seller.tokopedia.com/edu/", """
invoice,tanggal,produk,jumlah,total,kurir,resi,status
INV/20240603/MPL/3918427716,2024-06-03,Tali kekang (bridle) full,1,850000,JNE REG,JNE0104881822301,Selesai
INV/20240605/MPL/3921184402,2024-06-05,Girth 48in,2,1300000,SiCepat,004812281174,Selesai
INV/20240611/MPL/3934471190,2024-06-11,Tas sadel (saddle bag),1,1450000,J&T,JX2819011842,Dikirim
INV/20240614/MPL/3940018873,2024-06-14,Breastplate mini,3,1260000,AnterAja,10000418811029,Diproses
""")

add("markdown/decoy-midtrans-test-cards", "kulitjaya/docs/uji-pembayaran.md",
    "https://docs.midtrans.com/docs/testing-payment-on-sandbox", """
# Uji pembayaran di sandbox

Pakai kunci **sandbox** (`SB-Mid-server-...`) dari env `MIDTRANS_SERVER_KEY` di mesin dev,
bukan kunci produksi.

| Skenario | Nomor kartu | CVV | OTP |
|---|---|---|---|
| Sukses (3DS) | 4811 1111 1111 1114 | 123 | 112233 |
| Ditolak bank | 4911 1111 1111 1113 | 123 | 112233 |

QRIS sandbox: pindai dengan simulator di https://simulator.sandbox.midtrans.com/
""")

add("env/decoy-test-values", "bridleworks/orders/.env.test",
    "https://pytest-django.readthedocs.io/en/latest/configuring_django.html", """
# Used by CI only; every value here is fake.
DJANGO_SECRET_KEY=test-only-not-secret
DJANGO_DEBUG=0
POSTGRES_PASSWORD=postgres
POSTGRES_HOST=localhost
SHOPIFY_ADMIN_TOKEN=shpat_dummy
STRIPE_SECRET_KEY=sk_test_dummy
""")

add("compose/decoy-image-digests", "kulitjaya/docker-compose.monitoring.yml",
    "https://docs.docker.com/reference/compose-file/services/#image", """
services:
  prometheus:
    image: prom/prometheus@sha256:@@d1@@
    volumes: ["./prometheus.yml:/etc/prometheus/prometheus.yml:ro"]
  grafana:
    image: grafana/grafana@sha256:@@d2@@
    environment:
      GF_SECURITY_ADMIN_PASSWORD__FILE: /run/secrets/grafana_admin
    secrets: [grafana_admin]
secrets:
  grafana_admin:
    file: ./secrets/grafana_admin.txt
""", d1=sha256ish(), d2=sha256ish())

add("go/decoy-test-fixture", "saddlesmith-api/internal/auth/jwt_test.go",
    "https://pkg.go.dev/net/http/httptest", """
package auth

import "testing"

func TestIssueAndParse(t *testing.T) {
	signingKey = []byte("unit-test-key")
	tok, err := Issue("fitter-42")
	if err != nil {
		t.Fatal(err)
	}
	if len(tok) < 20 {
		t.Fatalf("token too short: %q", tok)
	}
}
""")

add("yaml/decoy-openapi-examples", "kulitjaya-b2b-portal/docs/openapi.yaml",
    "https://swagger.io/docs/specification/v3_0/authentication/api-keys/", """
openapi: 3.0.3
info:
  title: API Grosir Kulit Jaya
  version: 1.2.0
  description: Untuk toko mitra (tack shop) yang memesan pelana & tali kekang secara grosir.
components:
  securitySchemes:
    KunciMitra:
      type: apiKey
      in: header
      name: X-Kunci-Mitra
      description: "Kunci diberikan per mitra lewat email. Contoh format: km_live_<32 karakter>"
security:
  - KunciMitra: []
paths:
  /v1/katalog:
    get:
      summary: Daftar produk & harga grosir
      parameters:
        - in: header
          name: X-Kunci-Mitra
          example: km_live_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX
      responses:
        "200": {description: OK}
""")

add("python/decoy-signature-verify", "kulitjaya/payments/midtrans_notif.py",
    "https://docs.midtrans.com/reference/handling-notifications", """
# Verifikasi notifikasi Midtrans: signature_key = SHA512(order_id + status_code + gross_amount + server_key)
import hashlib
import hmac

from django.conf import settings


def sah(notif: dict) -> bool:
    bahan = notif["order_id"] + notif["status_code"] + notif["gross_amount"] + settings.MIDTRANS_SERVER_KEY
    harap = hashlib.sha512(bahan.encode()).hexdigest()
    return hmac.compare_digest(harap, notif.get("signature_key", ""))
""")

add("markdown/decoy-leather-care-readme", "bridleworks/README.md",
    "https://www.makeareadme.com/", """
# Bridleworks orders

Order intake, cut lists and hide tracking for the Bridleworks workshop.

## Running locally

    cp .env.example .env          # fill in from 1Password "Bridleworks / dev"
    docker compose up -d db cache
    python manage.py migrate && python manage.py runserver

## Colours we stock (for the storefront swatches)

| Name | Hex | Tannery lot prefix |
|---|---|---|
| Havana | #6b3e26 | WC-HAV |
| Chestnut | #8b4513 | WC-CHS |
| Black | #1b1b1b | HC-BLK |

Secrets never go in this repo; CI reads them from GitHub Actions secrets.
""")

add("ruby/decoy-env-fetch", "oakhollow-saddlery/app/services/shipping_quote.rb",
    "https://docs.easypost.com/docs/authentication", """
# Quotes shipping for a finished saddle; the key comes from the environment.
class ShippingQuote
  def initialize(client: EasyPost::Client.new(api_key: ENV.fetch("EASYPOST_API_KEY")))
    @client = client
  end

  def cheapest(to_address)
    shipment = @client.shipment.create(
      from_address: Shop.workshop_address,
      to_address: to_address,
      parcel: { length: 32, width: 24, height: 18, weight: 640 }
    )
    shipment.lowest_rate
  end
end
""")

add("shell/decoy-env-check", "kulitjaya/ops/cek-env.sh",
    "https://www.gnu.org/software/bash/manual/bash.html#Shell-Parameter-Expansion", """
#!/bin/bash
# Pastikan semua variabel rahasia sudah diset sebelum deploy (nilai tidak dicetak)
WAJIB="MIDTRANS_SERVER_KEY XENDIT_SECRET_KEY DB_PASSWORD RAJAONGKIR_KEY FONNTE_TOKEN"
kurang=0
for v in $WAJIB; do
  if [ -z "${!v:-}" ]; then
    echo "BELUM DISET: $v"
    kurang=1
  else
    echo "ok: $v (${#v} karakter nama, nilai disembunyikan)"
  fi
done
exit $kurang
""")
