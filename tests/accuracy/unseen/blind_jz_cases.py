"""Blind set JZ: thangka painting ateliers and handmade lokta-paper makers in Nepal.

Their web shops and order sync (Khalti, eSewa, Fonepay, Stripe, PayPal, Etsy, Shopify, WooCommerce),
SMS and courier vendors, studio NAS, cameras and printers, CI, containers, notebooks and Nepali
handover notes, with the placeholders, references and public ids that look like secrets.
Generated fakes only (seeds 5050000-5059999).
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
SEED_LO, SEED_HI = 5050000, 5059999
_SEED = [SEED_LO]


def _seed() -> int:
    _SEED[0] += 7
    assert SEED_LO <= _SEED[0] <= SEED_HI
    return _SEED[0]


def _rng() -> random.Random:
    return random.Random(_seed())


WORDS = ["Lokta", "Thangka", "Mandala", "Bodhi", "Himal", "Kathmandu", "Patan", "Lotus", "Tara", "Sherpa",
         "Bhaktapur", "Annapurna", "Daphne", "Malla", "Gompa", "Kumari", "Swayambhu", "Rara"]
LOWER = ["kagaj", "rang", "kalam", "sun", "pahad", "nadi", "mandir", "chiya", "bato", "phool", "dhaka", "akash"]


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


def b64(s: str) -> str:
    return base64.b64encode(s.encode()).decode()


def uuid_s() -> str:
    return fakes.uuid4(_seed())


def khalti_live() -> str:
    return "live_secret_key_" + hexs(32)


def stripe_key(kind: str = "sk_live_") -> str:
    return fakes.fake(kind, 99 if kind.startswith("rk") else 24, _seed())


def sendgrid_key() -> str:
    return fakes.fake("SG.", 22, _seed()) + fakes.fake(".", 43, _seed())


def slack_webhook() -> str:
    r = _rng()
    up = string.ascii_uppercase + string.digits
    return ("https://hooks.slack.com/services/T" + "".join(r.choice(up) for _ in range(8)) + "/B"
            + "".join(r.choice(up) for _ in range(10)) + "/" + "".join(r.choice(ALNUM) for _ in range(24)))


def shopify_token(prefix: str = "shpat_") -> str:
    return prefix + hexs(32)


def woo_key(prefix: str) -> str:
    return prefix + hexs(40)


def do_token() -> str:
    return "dop_v1_" + hexs(64)


def google_key() -> str:
    return fakes.fake("AIza", 35, _seed()).replace("+", "-")


def mailgun_key() -> str:
    return "key-" + hexs(32)


def twilio_sid() -> str:
    return "AC" + hexs(32)


def meta_token() -> str:
    return fakes.fake("EAAG", 180, _seed())


def gitlab_token() -> str:
    return fakes.fake("glpat-", 20, _seed())


def npm_token() -> str:
    return fakes.fake("npm_", 36, _seed())


def mapbox_secret() -> str:
    return "sk.eyJ1Ijoi" + alnum(40) + "." + alnum(22)


def mapbox_public() -> str:
    return "pk.eyJ1IjoibG9rdGFwYXBlciIsImEiOiJ" + alnum(22) + "." + alnum(22)


def cloudinary_secret() -> str:
    return fakes.drawn_mixed(_seed(), 27, ALNUM + "_-")


def azure_conn_key() -> str:
    r = _rng()
    return "".join(r.choice(ALNUM + "+/") for _ in range(86)) + "=="


def pem(kind: str = "RSA") -> str:
    return fakes.fake_pem(_seed(), kind)


def openssh_key() -> str:
    r = _rng()
    body = "\n".join("".join(r.choice(ALNUM + "+/") for _ in range(70)) for _ in range(5))
    return "-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW\n" + body + "\n-----END OPENSSH PRIVATE KEY-----"


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
    CASES.append(LabelledCase(f"blind-jz/{category}", file_name, text, secret, source))


# ---------------------------------------------------------------- payment gateways (Khalti, eSewa, Fonepay)

add("python/khalti-secret-key", "shop/payments/khalti.py", "Khalti docs: ePayment checkout (Authorization: Key live_secret_key_...)", '''
"""Khalti ePayment for the lokta paper shop (खल्ती भुक्तानी)."""
import requests

KHALTI_URL = "https://khalti.com/api/v2/epayment/initiate/"
# TODO: env maa saarne — pachi garaula
KHALTI_SECRET = "@@secret@@"


def initiate(order_id: str, amount_paisa: int, return_url: str) -> dict:
    headers = {"Authorization": f"Key {KHALTI_SECRET}"}
    payload = {
        "return_url": return_url,
        "website_url": "https://loktapaper.com.np",
        "amount": amount_paisa,
        "purchase_order_id": order_id,
        "purchase_order_name": "Lokta paper A4 x 50",
    }
    resp = requests.post(KHALTI_URL, json=payload, headers=headers, timeout=15)
    resp.raise_for_status()
    return resp.json()
''', khalti_live())

add("env/khalti-secret-key", "deploy/.env.production", "Khalti docs: ePayment API keys", '''
# Thangka atelier web shop - production
APP_ENV=production
APP_URL=https://thangkaghar.com.np
DB_HOST=127.0.0.1
DB_NAME=thangkaghar
KHALTI_PUBLIC_KEY=live_public_key_@@pub@@
KHALTI_SECRET_KEY=@@secret@@
ESEWA_PRODUCT_CODE=EPAYTEST
MAIL_FROM=orders@thangkaghar.com.np
''', khalti_live(), pub=hexs(32))

add("env/decoy-khalti-test-key", ".env.example", "Khalti docs: sandbox keys", '''
# copy to .env and fill in (नमूना मात्र)
APP_ENV=local
KHALTI_PUBLIC_KEY=test_public_key_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx
KHALTI_SECRET_KEY=test_secret_key_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx
ESEWA_SECRET_KEY=
DB_PASSWORD=changeme
''')

add("php/esewa-secret-key", "wp-content/plugins/lokta-esewa/includes/class-esewa-gateway.php", "eSewa ePay v2 docs: HMAC-SHA256 signature with merchant secret key", '''
<?php
// eSewa ePay v2 gateway — Bhaktapur Lokta Udhyog
if (!defined('ABSPATH')) { exit; }

class Lokta_Esewa_Gateway extends WC_Payment_Gateway {
    const PRODUCT_CODE = 'NP-ES-BLU2081';
    const SECRET_KEY   = '@@secret@@';

    public function signature($total, $uuid) {
        $message = "total_amount={$total},transaction_uuid={$uuid},product_code=" . self::PRODUCT_CODE;
        return base64_encode(hash_hmac('sha256', $message, self::SECRET_KEY, true));
    }

    public function form_url() {
        return 'https://epay.esewa.com.np/api/epay/main/v2/form';
    }
}
''', rand_pw(16, "/:&.") )

add("php/decoy-esewa-uat-secret", "wp-content/plugins/lokta-esewa/tests/SignatureTest.php", "eSewa ePay v2 docs: UAT test credentials (public)", '''
<?php
use PHPUnit\\Framework\\TestCase;

// eSewa le sabai developer lai dine UAT key — public docs maa chha
final class SignatureTest extends TestCase {
    public function testSignatureMatchesDocsExample(): void {
        $gw = new Lokta_Esewa_Gateway_Fake('EPAYTEST', getenv('ESEWA_UAT_SECRET') ?: 'uat-secret-from-docs');
        $sig = $gw->signature('100', '241028');
        $this->assertSame(44, strlen($sig));
    }
}
''')

add("json/fonepay-merchant-secret", "config/fonepay.prod.json", "Fonepay merchant integration guide: PID and secret key for DV hash", '''
{
  "merchant": "PATAN THANGKA KALA KENDRA",
  "pid": "NBQM-2207",
  "secretKey": "@@secret@@",
  "returnUrl": "https://patanthangka.com.np/checkout/fonepay/return",
  "currency": "NPR",
  "env": "live",
  "qr": {"terminalId": "T0045521", "enabled": true}
}
''', hexs(32))

add("yaml/stripe-secret-key", "config/payments.yml", "Stripe docs: API keys", '''
# International orders (USD/EUR) for thangka prints
stripe:
  publishable_key: pk_live_@@pk@@
  secret_key: @@secret@@
  webhook_path: /hooks/stripe
  currency: usd
khalti:
  enabled: true
  public_key: live_public_key_@@kpub@@
''', stripe_key(), pk=alnum(24), kpub=hexs(32))

add("typescript/decoy-stripe-publishable-key", "web/src/lib/stripe.ts", "Stripe docs: publishable keys are safe in client code", '''
import { loadStripe } from "@stripe/stripe-js";

// publishable key — browser maa rakhna milchha
const STRIPE_PK = "pk_live_@@pk@@";

export const stripePromise = loadStripe(STRIPE_PK, { locale: "en" });

export function priceLabel(npr: number, usd: number): string {
  return `रु ${npr.toLocaleString("ne-NP")} / $${usd.toFixed(2)}`;
}
''', pk=alnum(24))

add("ruby/stripe-restricted-key", "scripts/sync_stripe_refunds.rb", "Stripe docs: restricted API keys (rk_live_)", '''
#!/usr/bin/env ruby
# Refund sync for damaged-in-transit thangka canvases
require "stripe"
require "csv"

Stripe.api_key = "@@secret@@"

CSV.open("refunds-#{Date.today}.csv", "w") do |csv|
  csv << %w[id amount currency reason]
  Stripe::Refund.list(limit: 100).auto_paging_each do |r|
    csv << [r.id, r.amount, r.currency, r.reason]
  end
end
''', stripe_key("rk_live_"))

add("go/paypal-client-secret", "cmd/paypalsync/main.go", "PayPal REST docs: OAuth2 client credentials", '''
package main

import (
	"log"
	"net/http"
	"net/url"
	"strings"
)

const (
	paypalClientID     = "@@cid@@"
	paypalClientSecret = "@@secret@@"
	paypalTokenURL     = "https://api-m.paypal.com/v1/oauth2/token"
)

func main() {
	form := url.Values{"grant_type": {"client_credentials"}}
	req, _ := http.NewRequest("POST", paypalTokenURL, strings.NewReader(form.Encode()))
	req.SetBasicAuth(paypalClientID, paypalClientSecret)
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		log.Fatal(err)
	}
	log.Println("paypal token status", resp.Status)
}
''', fakes.fake("E", 79, _seed()).replace("+", "-"), cid=fakes.fake("A", 79, _seed()))

add("markdown/decoy-paypal-client-id", "docs/payments/paypal-button.md", "PayPal JS SDK docs: client-id in script tag is public", '''
# PayPal button (विदेशी ग्राहकका लागि)

The PayPal JS SDK loads with our **client id**, which is public by design:

```html
<script src="https://www.paypal.com/sdk/js?client-id=@@cid@@&currency=USD"></script>
```

The client *secret* lives only in Vault at `secret/thangkaghar/paypal` — never in this repo.
Ask Pemba dai if you need sandbox access.
''', cid=fakes.fake("A", 79, _seed()))

add("shell/khalti-secret-curl", "scripts/khalti_lookup.sh", "Khalti docs: payment lookup API", '''
#!/usr/bin/env bash
# khalti payment lookup — pidx diye pachi status herna
set -euo pipefail
PIDX="${1:?usage: khalti_lookup.sh <pidx>}"
curl -s -X POST https://khalti.com/api/v2/epayment/lookup/ \\
  -H "Authorization: Key @@secret@@" \\
  -H "Content-Type: application/json" \\
  -d "{\\"pidx\\": \\"${PIDX}\\"}" | jq .
''', khalti_live())

add("shell/decoy-khalti-env-reference", "scripts/khalti_verify.sh", "Khalti docs: payment lookup API", '''
#!/usr/bin/env bash
set -euo pipefail
: "${KHALTI_SECRET_KEY:?set KHALTI_SECRET_KEY (see 1Password: Lokta Shop / Khalti)}"
curl -s -X POST https://khalti.com/api/v2/epayment/lookup/ \\
  -H "Authorization: Key ${KHALTI_SECRET_KEY}" \\
  -H "Content-Type: application/json" \\
  -d "{\\"pidx\\": \\"$1\\"}"
''')

add("csv/decoy-transaction-ids", "exports/khalti-settlement-2081-poush.csv", "Khalti merchant dashboard: settlement export", '''
pidx,purchase_order_id,amount_npr,status,transaction_id,created_on
@@p1@@,ORD-2081-0931,4500,Completed,@@t1@@,2081-09-02
@@p2@@,ORD-2081-0932,12500,Completed,@@t2@@,2081-09-03
@@p3@@,ORD-2081-0940,800,Refunded,@@t3@@,2081-09-05
@@p4@@,ORD-2081-0944,32000,Completed,@@t4@@,2081-09-09
@@p5@@,ORD-2081-0951,2200,Pending,,2081-09-11
''', p1=alnum(22), p2=alnum(22), p3=alnum(22), p4=alnum(22), p5=alnum(22), t1=alnum(22), t2=alnum(22), t3=alnum(22), t4=alnum(22))

add("kotlin/esewa-secret-key", "app/src/main/java/np/loktaudhyog/pay/EsewaConfig.kt", "eSewa ePay v2 docs: secret key for HMAC-SHA256 signature", '''
package np.loktaudhyog.pay

import javax.crypto.Mac
import javax.crypto.spec.SecretKeySpec
import android.util.Base64

object EsewaConfig {
    const val PRODUCT_CODE = "NP-ES-LOKTA"
    // eSewa merchant portal bata (२०८१ साउन)
    private const val SECRET = "@@secret@@"

    fun sign(message: String): String {
        val mac = Mac.getInstance("HmacSHA256")
        mac.init(SecretKeySpec(SECRET.toByteArray(), "HmacSHA256"))
        return Base64.encodeToString(mac.doFinal(message.toByteArray()), Base64.NO_WRAP)
    }
}
''', rand_pw(18, "&.:"))

add("yaml/decoy-secret-manager-reference", "config/payments.staging.yml", "AWS Secrets Manager docs: referencing secrets", '''
# staging — sabai secrets AWS Secrets Manager maa
payments:
  khalti:
    public_key: test_public_key_@@pub@@
    secret_key: "{{resolve:secretsmanager:staging/thangkaghar/khalti:SecretString:secret_key}}"
  esewa:
    product_code: EPAYTEST
    secret_key: "{{resolve:secretsmanager:staging/thangkaghar/esewa:SecretString:key}}"
  stripe:
    secret_key: ${STRIPE_SECRET_KEY}
''', pub=hexs(32))

add("python/stripe-webhook-secret", "shop/payments/webhooks.py", "Stripe docs: webhook signing secrets (whsec_)", '''
from flask import Blueprint, request, abort
import stripe

bp = Blueprint("stripe_hooks", __name__)
ENDPOINT_SECRET = "@@secret@@"


@bp.post("/hooks/stripe")
def stripe_hook():
    payload = request.get_data()
    sig = request.headers.get("Stripe-Signature", "")
    try:
        event = stripe.Webhook.construct_event(payload, sig, ENDPOINT_SECRET)
    except (ValueError, stripe.error.SignatureVerificationError):
        abort(400)
    if event["type"] == "checkout.session.completed":
        mark_paid(event["data"]["object"]["client_reference_id"])
    return "", 204
''', fakes.fake("whsec_", 32, _seed()))

add("java/fonepay-merchant-secret", "src/main/java/np/patanthangka/pay/FonepayClient.java", "Fonepay merchant integration guide: DV HMAC-SHA512 with secret key", '''
package np.patanthangka.pay;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;

public final class FonepayClient {
    private static final String MERCHANT_CODE = "PTKK2207";
    private static final String SECRET_KEY = "@@secret@@";

    public String dataValidation(String prn, String amount, String remarks) throws Exception {
        String msg = String.join(",", MERCHANT_CODE, "P", prn, amount, "NPR", "08/12/2024", remarks, "", "https://patanthangka.com.np/fp/return");
        Mac mac = Mac.getInstance("HmacSHA512");
        mac.init(new SecretKeySpec(SECRET_KEY.getBytes(StandardCharsets.UTF_8), "HmacSHA512"));
        byte[] out = mac.doFinal(msg.getBytes(StandardCharsets.UTF_8));
        StringBuilder sb = new StringBuilder();
        for (byte b : out) sb.append(String.format("%02x", b));
        return sb.toString();
    }
}
''', hexs(32))

add("python/decoy-hmac-test-vector", "shop/payments/tests/test_esewa_signature.py", "eSewa ePay v2 docs: signature example", '''
import base64
import hashlib
import hmac

# Docs ko example: UAT key, public test vector (वास्तविक होइन)
UAT_KEY = b"test-key-from-esewa-docs"
MESSAGE = b"total_amount=100,transaction_uuid=11-201-13,product_code=EPAYTEST"


def test_signature_length():
    sig = base64.b64encode(hmac.new(UAT_KEY, MESSAGE, hashlib.sha256).digest()).decode()
    assert len(sig) == 44


def test_expected_digest_is_hex():
    assert len(hashlib.sha256(MESSAGE).hexdigest()) == 64
''')

# ---------------------------------------------------------------- marketplaces (Etsy, Shopify, WooCommerce)

add("python/shopify-admin-token", "sync/shopify_inventory.py", "Shopify docs: Admin API access tokens (shpat_)", '''
"""Push lokta sheet stock counts from the Bhaktapur workshop sheet to Shopify."""
import csv
import requests

SHOP = "lokta-himalaya.myshopify.com"
TOKEN = "@@secret@@"  # custom app "stock-sync"
API = f"https://{SHOP}/admin/api/2024-04"


def set_level(inventory_item_id: int, location_id: int, qty: int) -> None:
    r = requests.post(f"{API}/inventory_levels/set.json",
                      headers={"X-Shopify-Access-Token": TOKEN},
                      json={"location_id": location_id, "inventory_item_id": inventory_item_id, "available": qty},
                      timeout=20)
    r.raise_for_status()


if __name__ == "__main__":
    with open("stock.csv", newline="", encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            set_level(int(row["inventory_item_id"]), 71234560021, int(row["sheets"]))
''', shopify_token())

add("toml/shopify-api-secret", "shopify.app.toml", "Shopify CLI docs: app configuration", '''
# Shopify app for Thangka Ghar (thangka print-on-demand)
client_id = "@@cid@@"
name = "thangka-ghar-prints"
application_url = "https://app.thangkaghar.com.np"
embedded = true

[access_scopes]
scopes = "read_orders,write_products"

[webhooks]
api_version = "2024-04"

[build]
automatically_update_urls_on_dev = true
# shared secret pasted here for local test, DO NOT COMMIT (oops)
api_secret = "@@secret@@"
''', shopify_token("shpss_"), cid=hexs(32))

add("toml/decoy-shopify-client-id", "extensions/thangka-swatch/shopify.extension.toml", "Shopify CLI docs: extension configuration", '''
api_version = "2024-04"
client_id = "@@cid@@"

[[extensions]]
type = "theme"
name = "Thangka colour swatch"
handle = "thangka-swatch"

[[extensions.targeting]]
target = "purchase.product-details.block.render"
''', cid=hexs(32))

add("php/woocommerce-consumer-secret", "tools/woo-export/config.php", "WooCommerce REST API docs: consumer key and secret", '''
<?php
// WooCommerce REST — export orders for the courier (Nepal Can Move)
return [
    'url'             => 'https://himalayanlokta.com',
    'consumer_key'    => '@@ck@@',
    'consumer_secret' => '@@secret@@',
    'version'         => 'wc/v3',
    'timeout'         => 30,
    'verify_ssl'      => true,
];
''', woo_key("cs_"), ck=woo_key("ck_"))

add("python/etsy-api-keystring", "etsy/listings_sync.py", "Etsy Open API v3 docs: x-api-key keystring and OAuth token", '''
import os
import requests

# Etsy v3 — thangka shop "PatanThangkaStudio"
ETSY_KEYSTRING = "@@secret@@"
SHOP_ID = 28817345
BASE = "https://openapi.etsy.com/v3/application"


def listings(token: str):
    r = requests.get(f"{BASE}/shops/{SHOP_ID}/listings/active",
                     headers={"x-api-key": ETSY_KEYSTRING, "Authorization": f"Bearer {token}"},
                     params={"limit": 100}, timeout=20)
    r.raise_for_status()
    return r.json()["results"]


if __name__ == "__main__":
    for item in listings(os.environ["ETSY_OAUTH_TOKEN"]):
        print(item["listing_id"], item["title"][:60])
''', fakes.drawn(_seed(), 24, string.ascii_lowercase + string.digits))

add("python/decoy-etsy-env", "etsy/receipts.py", "Etsy Open API v3 docs: authentication", '''
import os
import requests

ETSY_KEYSTRING = os.environ["ETSY_KEYSTRING"]
ETSY_TOKEN = os.getenv("ETSY_OAUTH_TOKEN", "")
SHOP_ID = int(os.getenv("ETSY_SHOP_ID", "28817345"))


def receipts(min_created: int):
    url = f"https://openapi.etsy.com/v3/application/shops/{SHOP_ID}/receipts"
    headers = {"x-api-key": ETSY_KEYSTRING, "Authorization": f"Bearer {ETSY_TOKEN}"}
    return requests.get(url, headers=headers, params={"min_created": min_created}, timeout=20).json()
''')

add("json/etsy-oauth-refresh", "etsy/.etsy_token.json", "Etsy Open API v3 docs: OAuth 2.0 refresh tokens (<user_id>.<token>)", '''
{
  "access_token": "@@uid@@.@@acc@@",
  "token_type": "Bearer",
  "expires_in": 3600,
  "refresh_token": "@@secret@@",
  "shop": "PatanThangkaStudio",
  "saved_at": "2024-11-03T09:14:22+05:45"
}
''', "48817203." + alnum(86), uid="48817203", acc=alnum(86))

add("env/woocommerce-keys", "woo-sync/.env", "WooCommerce REST API docs: keys", '''
WC_URL=https://himalayanlokta.com
WC_CONSUMER_KEY=@@ck@@
WC_CONSUMER_SECRET=@@secret@@
SHEET_ID=1Xq2LoktaStockSheet2081
NCM_API_BASE=https://portal.nepalcanmove.com/api/v1
''', woo_key("cs_"), ck=woo_key("ck_"))

add("yaml/decoy-woocommerce-placeholders", "woo-sync/config.sample.yml", "WooCommerce REST API docs: keys", '''
# नमूना कन्फिग — आफ्नै key हाल्नुहोस्
woocommerce:
  url: https://example.com
  consumer_key: ck_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX
  consumer_secret: cs_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX
courier:
  provider: ncm
  token: <your-ncm-token>
''')

add("typescript/shopify-storefront-private", "storefront/src/server/shopify.ts", "Shopify docs: Storefront API private access tokens (shpat_ style, server only)", '''
import { createStorefrontApiClient } from "@shopify/storefront-api-client";

// server-side only; private token
export const client = createStorefrontApiClient({
  storeDomain: "https://lokta-himalaya.myshopify.com",
  apiVersion: "2024-04",
  privateAccessToken: "@@secret@@",
});

export async function productByHandle(handle: string) {
  const { data } = await client.request(`query($h: String!) { product(handle: $h) { id title } }`, {
    variables: { h: handle },
  });
  return data?.product;
}
''', shopify_token())

add("typescript/decoy-shopify-public-storefront", "storefront/src/client/cart.ts", "Shopify docs: public Storefront API access tokens are safe in the browser", '''
// Public storefront token — browser maa rakhna milchha (Shopify docs)
const PUBLIC_STOREFRONT_TOKEN = "@@tok@@";
const SHOP = "lokta-himalaya.myshopify.com";

export async function addToCart(cartId: string, variantId: string, qty = 1) {
  const res = await fetch(`https://${SHOP}/api/2024-04/graphql.json`, {
    method: "POST",
    headers: {
      "Content-Type": "application/json",
      "X-Shopify-Storefront-Access-Token": PUBLIC_STOREFRONT_TOKEN,
    },
    body: JSON.stringify({ query: "mutation { __typename }", variables: { cartId, variantId, qty } }),
  });
  return res.json();
}
''', tok=hexs(32))

add("markdown/woocommerce-consumer-secret", "docs/handover/hastantaran-2081.md", "WooCommerce REST API docs: keys", '''
# हस्तान्तरण नोट (Handover) — Himalayan Lokta web shop

Sanjay le chhodnu bhayo, aba Sita le herchhin. Mukhya kura:

- Hosting: cPanel at `himalayanlokta.com` (login: Bitwarden "Lokta cPanel")
- WooCommerce REST keys (order export ko lagi):
  - consumer key: `@@ck@@`
  - consumer secret: `@@secret@@`
- Courier: Nepal Can Move, pickup every Sunday 2pm from Bhaktapur
- Khalti merchant: Sita ko phone number maa linked

> बाँकी काम: WhatsApp catalogue update, dashain offer banner.
''', woo_key("cs_"), ck=woo_key("ck_"))

add("sql/decoy-order-hashes", "db/seeds/0003_demo_orders.sql", "PostgreSQL docs: INSERT", '''
-- demo orders for local dev (नक्कली ग्राहक)
INSERT INTO customers (id, name, email, password_hash) VALUES
  (1, 'Demo Buyer', 'buyer@example.com', '$2b$12$@@h1@@'),
  (2, 'Test Gallery', 'gallery@example.org', '$2b$12$@@h2@@');

INSERT INTO orders (id, customer_id, sku, qty, total_npr, khalti_pidx) VALUES
  (101, 1, 'THK-GREEN-TARA-60', 1, 85000, '@@p1@@'),
  (102, 2, 'LOK-A4-NAT-50', 4, 3200, '@@p2@@');
''', h1=fakes.drawn(_seed(), 53, ALNUM + "./"), h2=fakes.drawn(_seed(), 53, ALNUM + "./"), p1=alnum(22), p2=alnum(22))

# ---------------------------------------------------------------- SMS, email, messaging
add("python/sparrow-sms-token", "notify/sms.py", "Sparrow SMS API docs: token parameter", '''
"""ग्राहकलाई SMS: order ready, courier dispatched."""
import requests

SPARROW_TOKEN = "@@secret@@"
SPARROW_FROM = "LoktaUdhyog"


def send(to: str, text: str) -> bool:
    r = requests.post("http://api.sparrowsms.com/v2/sms/",
                      data={"token": SPARROW_TOKEN, "from": SPARROW_FROM, "to": to, "text": text},
                      timeout=10)
    return r.status_code == 200


if __name__ == "__main__":
    send("98XXXXXXXX", "तपाईंको लोक्ता कागज अर्डर तयार छ। धन्यवाद!")
''', fakes.drawn(_seed(), 20, ALNUM))

add("php/aakash-sms-token", "app/Services/AakashSms.php", "Aakash SMS API docs: auth_token", '''
<?php
namespace App\\Services;

use Illuminate\\Support\\Facades\\Http;

class AakashSms
{
    private string $token = '@@secret@@';

    public function send(string $to, string $text): bool
    {
        $res = Http::asForm()->post('https://sms.aakashsms.com/sms/v3/send', [
            'auth_token' => $this->token,
            'to'         => $to,
            'text'       => $text,
        ]);
        return $res->successful();
    }
}
''', hexs(64))

add("env/smtp-password", "mailer/.env", "Nodemailer docs: SMTP transport", '''
# order confirmation emails (Thangka Ghar)
SMTP_HOST=mail.thangkaghar.com.np
SMTP_PORT=465
SMTP_SECURE=true
SMTP_USER=orders@thangkaghar.com.np
SMTP_PASS=@@secret@@
MAIL_BCC=pemba@thangkaghar.com.np
''', words_pw())

add("javascript/decoy-smtp-env", "mailer/transport.js", "Nodemailer docs: SMTP transport", '''
const nodemailer = require("nodemailer");

// SMTP bhitra ko password .env bata matra
module.exports = nodemailer.createTransport({
  host: process.env.SMTP_HOST,
  port: Number(process.env.SMTP_PORT || 465),
  secure: process.env.SMTP_SECURE === "true",
  auth: { user: process.env.SMTP_USER, pass: process.env.SMTP_PASS },
});
''')

add("python/sendgrid-api-key", "newsletter/send_dashain_offer.py", "SendGrid docs: API keys (SG.)", '''
from sendgrid import SendGridAPIClient
from sendgrid.helpers.mail import Mail

sg = SendGridAPIClient("@@secret@@")

msg = Mail(
    from_email="namaste@loktapaper.com.np",
    to_emails=["list@loktapaper.com.np"],
    subject="दशैं अफर: लोक्ता डायरी २०% छुट",
    html_content="<p>Handmade lokta diaries, 20% off until Tihar.</p>",
)
print(sg.send(msg).status_code)
''', sendgrid_key())

add("ruby/mailgun-api-key", "config/initializers/mailgun.rb", "Mailgun docs: API key", '''
# Mailgun for gallery invoices (Thangka exhibition, Patan Museum)
Mailgun.configure do |config|
  config.api_key = "@@secret@@"
  config.domain  = "mg.patanthangka.com.np"
end

ActionMailer::Base.delivery_method = :mailgun
ActionMailer::Base.mailgun_settings = { domain: "mg.patanthangka.com.np" }
''', mailgun_key())

add("python/telegram-bot-token", "bots/order_alert_bot.py", "Telegram Bot API docs: bot token", '''
"""Telegram bot: naya order aayo bhane workshop group maa khabar."""
import requests

BOT_TOKEN = "@@secret@@"
CHAT_ID = -1001834412977


def alert(order_no: str, item: str, total: int) -> None:
    text = f"🛒 नयाँ अर्डर {order_no}: {item} — रु {total}"
    requests.post(f"https://api.telegram.org/bot{BOT_TOKEN}/sendMessage",
                  json={"chat_id": CHAT_ID, "text": text}, timeout=10)
''', fakes.telegram_token(_seed()))

add("yaml/telegram-bot-token", "deploy/bot/values.yaml", "Telegram Bot API docs: bot token", '''
replicaCount: 1
image:
  repository: registry.digitalocean.com/lokta/order-bot
  tag: "1.4.2"
env:
  TZ: Asia/Kathmandu
  TELEGRAM_CHAT_ID: "-1001834412977"
  TELEGRAM_BOT_TOKEN: "@@secret@@"
resources:
  limits:
    memory: 128Mi
''', fakes.telegram_token(_seed()))

add("python/decoy-telegram-placeholder", "bots/README_example.py", "Telegram Bot API docs: bot token format", '''
# Example only — BotFather bata aafno token linus
BOT_TOKEN = "123456789:AAxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"  # placeholder
CHAT_ID = 0

if BOT_TOKEN.startswith("123456789"):
    raise SystemExit("set a real token in the environment first")
''')

add("csharp/twilio-auth-token", "src/Lokta.Notify/WhatsAppSender.cs", "Twilio docs: Account SID and Auth Token", '''
using Twilio;
using Twilio.Rest.Api.V2010.Account;

namespace Lokta.Notify
{
    // WhatsApp order updates for overseas wholesale buyers
    public static class WhatsAppSender
    {
        private const string AccountSid = "@@sid@@";
        private const string AuthToken = "@@secret@@";

        public static void Send(string to, string body)
        {
            TwilioClient.Init(AccountSid, AuthToken);
            MessageResource.Create(
                from: new Twilio.Types.PhoneNumber("whatsapp:+14155238886"),
                to: new Twilio.Types.PhoneNumber("whatsapp:" + to),
                body: body);
        }
    }
}
''', hexs(32), sid=twilio_sid())

add("json/decoy-twilio-sid-only", "notify/twilio.settings.json", "Twilio docs: Account SID (identifier)", '''
{
  "Twilio": {
    "AccountSid": "@@sid@@",
    "AuthToken": "",
    "AuthTokenSource": "azure-keyvault://lokta-kv/twilio-auth-token",
    "WhatsAppFrom": "whatsapp:+14155238886"
  }
}
''', sid=twilio_sid())

add("go/slack-webhook", "internal/alerts/slack.go", "Slack docs: incoming webhooks", '''
package alerts

import (
	"bytes"
	"encoding/json"
	"net/http"
)

// #workshop-alerts channel — kagaj sukaune kotha ko humidity alert
var webhookURL = "@@secret@@"

func Notify(text string) error {
	body, _ := json.Marshal(map[string]string{"text": text})
	_, err := http.Post(webhookURL, "application/json", bytes.NewReader(body))
	return err
}
''', slack_webhook())

add("python/discord-webhook", "bots/discord_gallery.py", "Discord docs: webhook URLs", '''
import requests

# new thangka photos -> Discord #gallery (collectors community)
WEBHOOK = "https://discord.com/api/webhooks/@@wid@@/@@secret@@"


def post(title: str, image_url: str) -> None:
    requests.post(WEBHOOK, json={"embeds": [{"title": title, "image": {"url": image_url}}]}, timeout=10)


post("Medicine Buddha, 24k gold, 60x80cm", "https://cdn.patanthangka.com.np/g/medicine-buddha.jpg")
''', fakes.drawn(_seed(), 68, ALNUM + "_-"), wid="1187754329911234560")

add("markdown/decoy-webhook-placeholder", "docs/integrations/slack.md", "Slack docs: incoming webhooks", '''
# Slack alerts

Create an incoming webhook for `#workshop-alerts` and put the URL into the `SLACK_WEBHOOK_URL`
secret of the repository (Settings → Secrets → Actions). Format:

```
https://hooks.slack.com/services/TXXXXXXXX/BXXXXXXXXXX/XXXXXXXXXXXXXXXXXXXXXXXX
```

आर्द्रता ७०% भन्दा बढी भयो भने अलर्ट जान्छ।
''')

# ---------------------------------------------------------------- cloud, storage, CDN
add("env/aws-secret-key", "photo-pipeline/.env", "AWS docs: access keys", '''
# thangka photo pipeline — raw TIFF upload to S3, derivatives to CloudFront
AWS_REGION=ap-south-1
AWS_ACCESS_KEY_ID=@@kid@@
AWS_SECRET_ACCESS_KEY=@@secret@@
S3_BUCKET=patan-thangka-raw
CDN_HOST=cdn.patanthangka.com.np
''', fakes.aws_secret_key(_seed()), kid=fakes.aws_key_id(_seed()))

add("ini/aws-credentials", "ops/aws/credentials.lokta", "AWS CLI docs: credentials file", '''
[default]
aws_access_key_id = @@kid@@
aws_secret_access_key = @@secret@@
region = ap-south-1

[backup]
# NAS -> Glacier (हरेक शुक्रबार राति)
role_arn = arn:aws:iam::418829930215:role/lokta-backup
source_profile = default
''', fakes.aws_secret_key(_seed()), kid=fakes.aws_key_id(_seed()))

add("ini/decoy-aws-example-keys", "ops/aws/credentials.example", "AWS docs: example access keys (AKIAIOSFODNN7EXAMPLE)", '''
# Example from the AWS docs — replace with your own (आफ्नै राख्नुहोस्)
[default]
aws_access_key_id = AKIAIOSFODNN7EXAMPLE
aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY
region = ap-south-1
''')

add("python/aws-secret-key-boto", "photo_pipeline/upload_raw.py", "boto3 docs: credentials passed to a client", '''
import pathlib
import boto3

s3 = boto3.client(
    "s3",
    region_name="ap-south-1",
    aws_access_key_id="@@kid@@",
    aws_secret_access_key="@@secret@@",
)

RAW = pathlib.Path("/Volumes/ThangkaPhotos/raw")

for tif in sorted(RAW.glob("*.tif")):
    key = f"raw/{tif.stem[:4]}/{tif.name}"
    s3.upload_file(str(tif), "patan-thangka-raw", key, ExtraArgs={"StorageClass": "STANDARD_IA"})
    print("uploaded", key)
''', fakes.aws_secret_key(_seed()), kid=fakes.aws_key_id(_seed()))

add("terraform/aws-secret-key", "infra/providers.tf", "Terraform AWS provider docs: static credentials", '''
terraform {
  required_providers {
    aws = { source = "hashicorp/aws", version = "~> 5.40" }
  }
}

provider "aws" {
  region     = "ap-south-1"
  access_key = "@@kid@@"
  secret_key = "@@secret@@"
}

resource "aws_s3_bucket" "thangka_raw" {
  bucket = "patan-thangka-raw"
  tags   = { owner = "studio", purpose = "raw-photos" }
}
''', fakes.aws_secret_key(_seed()), kid=fakes.aws_key_id(_seed()))

add("terraform/decoy-variable-reference", "infra/cloudflare.tf", "Terraform docs: sensitive input variables", '''
variable "cloudflare_api_token" {
  type      = string
  sensitive = true
}

provider "cloudflare" {
  api_token = var.cloudflare_api_token
}

resource "cloudflare_record" "shop" {
  zone_id = "@@zone@@"
  name    = "shop"
  value   = "lokta-himalaya.myshopify.com"
  type    = "CNAME"
  proxied = false
}
''', zone=hexs(32))

add("yaml/cloudflare-api-token", ".github/workflows/purge-cdn.yml", "Cloudflare docs: API tokens", '''
name: purge-cdn
on:
  push:
    branches: [main]
    paths: ["static/**"]
jobs:
  purge:
    runs-on: ubuntu-latest
    steps:
      - name: Purge Cloudflare cache
        env:
          CF_ZONE: @@zone@@
          CF_TOKEN: @@secret@@
        run: |
          curl -s -X POST "https://api.cloudflare.com/client/v4/zones/$CF_ZONE/purge_cache" \\
            -H "Authorization: Bearer $CF_TOKEN" -H "Content-Type: application/json" \\
            --data '{"purge_everything":true}'
''', fakes.drawn(_seed(), 40, ALNUM + "_-"), zone=hexs(32))

add("github-actions/decoy-secrets-context", ".github/workflows/deploy.yml", "GitHub Actions docs: using secrets", '''
name: deploy
on:
  push:
    branches: [main]
jobs:
  deploy:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: aws-actions/configure-aws-credentials@v4
        with:
          aws-access-key-id: ${{ secrets.AWS_ACCESS_KEY_ID }}
          aws-secret-access-key: ${{ secrets.AWS_SECRET_ACCESS_KEY }}
          aws-region: ap-south-1
      - run: aws s3 sync ./public s3://thangkaghar-site --delete
      - name: notify
        run: curl -s -X POST -d "text=deployed $GITHUB_SHA" "${{ secrets.SLACK_WEBHOOK_URL }}"
''')

add("shell/digitalocean-token", "ops/droplet_snapshot.sh", "DigitalOcean docs: personal access tokens (dop_v1_)", '''
#!/bin/sh
# Weekly snapshot of the shop droplet (साप्ताहिक ब्याकअप)
export DIGITALOCEAN_ACCESS_TOKEN=@@secret@@
DROPLET_ID=412556781
doctl compute droplet-action snapshot "$DROPLET_ID" --snapshot-name "shop-$(date +%Y%m%d)" --wait
doctl compute snapshot list --resource droplet --format Name,CreatedAt | tail -n 5
''', do_token())

add("yaml/digitalocean-spaces-secret", "config/storage.yml", "Rails Active Storage docs: S3-compatible service (DigitalOcean Spaces)", '''
local:
  service: Disk
  root: <%= Rails.root.join("storage") %>

spaces:
  service: S3
  endpoint: https://sgp1.digitaloceanspaces.com
  access_key_id: @@kid@@
  secret_access_key: @@secret@@
  region: sgp1
  bucket: lokta-product-photos
''', fakes.drawn(_seed(), 43, ALNUM + "/+"), kid=fakes.drawn(_seed(), 20, string.ascii_uppercase + string.digits))

add("python/cloudinary-api-secret", "gallery/cdn.py", "Cloudinary docs: CLOUDINARY_URL and API secret", '''
import cloudinary
import cloudinary.uploader

cloudinary.config(
    cloud_name="patanthangka",
    api_key="@@key@@",
    api_secret="@@secret@@",
    secure=True,
)


def upload_detail(path: str, sku: str) -> str:
    """Upload a detail shot (gold-leaf close-up) and return its URL."""
    res = cloudinary.uploader.upload(path, folder=f"thangka/{sku}", overwrite=True)
    return res["secure_url"]
''', cloudinary_secret(), key=str(random.Random(_seed()).randint(10**14, 10**15 - 1)))

add("env/cloudinary-url", "gallery/.env.local", "Cloudinary docs: CLOUDINARY_URL environment variable", '''
# gallery site (Next.js) — local overrides
NEXT_PUBLIC_CLOUD_NAME=patanthangka
CLOUDINARY_URL=cloudinary://@@key@@:@@secret@@@patanthangka
NEXT_PUBLIC_SITE=https://patanthangka.com.np
REVALIDATE_SECONDS=600
''', cloudinary_secret(), key=str(random.Random(_seed()).randint(10**14, 10**15 - 1)))

add("env/decoy-cloudinary-public", "gallery/.env.development", "Cloudinary docs: cloud name and unsigned upload presets are public", '''
NEXT_PUBLIC_CLOUD_NAME=patanthangka
NEXT_PUBLIC_UPLOAD_PRESET=thangka_unsigned
NEXT_PUBLIC_SITE=http://localhost:3000
# signed uploads only on the server; leave empty locally
CLOUDINARY_URL=
''')

_gsa = pem("")
_gsa = _gsa.replace("BEGIN  PRIVATE", "BEGIN PRIVATE").replace("END  PRIVATE", "END PRIVATE")
add("json/gcp-service-account-key", "keys/lokta-sheets-sa.json", "Google Cloud docs: service account key file", '''
{
  "type": "service_account",
  "project_id": "lokta-stock-sheets",
  "private_key_id": "@@kid@@",
  "private_key": "@@keyjson@@",
  "client_email": "stock-sync@lokta-stock-sheets.iam.gserviceaccount.com",
  "client_id": "109877234561029384756",
  "auth_uri": "https://accounts.google.com/o/oauth2/auth",
  "token_uri": "https://oauth2.googleapis.com/token"
}
''', _gsa.replace("\n", "\\n") + "\\n", kid=hexs(40), keyjson=_gsa.replace("\n", "\\n") + "\\n")

add("javascript/decoy-google-maps-browser-key", "web/public/js/store-locator.js", "Google Maps Platform docs: browser API keys restricted by HTTP referrer", '''
// Store locator: Bhaktapur workshop + Thamel showroom
// key is referrer-restricted to *.loktapaper.com.np (Maps JS API only)
const MAPS_KEY = "@@k@@";
const SHOPS = [
  { name: "Bhaktapur Karkhana", lat: 27.6710, lng: 85.4298 },
  { name: "Thamel Showroom", lat: 27.7154, lng: 85.3123 },
];
const s = document.createElement("script");
s.src = `https://maps.googleapis.com/maps/api/js?key=${MAPS_KEY}&callback=initMap`;
document.head.appendChild(s);
''', k=google_key())

add("python/google-api-key-server", "shipping/distance.py", "Google Maps Platform docs: Distance Matrix API key (server)", '''
import requests

# server key — unrestricted, Distance Matrix + Geocoding
GMAPS_SERVER_KEY = "@@secret@@"
ORIGIN = "Bhaktapur Lokta Udhyog, Suryabinayak, Bhaktapur"


def km_to(address: str) -> float:
    r = requests.get("https://maps.googleapis.com/maps/api/distancematrix/json",
                     params={"origins": ORIGIN, "destinations": address, "key": GMAPS_SERVER_KEY}, timeout=10)
    el = r.json()["rows"][0]["elements"][0]
    return el["distance"]["value"] / 1000
''', google_key())

add("xml/decoy-firebase-android-config", "app/src/main/res/values/google_services.xml", "Firebase docs: google-services values are identifiers, not secrets", '''
<?xml version="1.0" encoding="utf-8"?>
<resources>
    <!-- Firebase (Lokta Udhyog app) — yi secret haina -->
    <string name="gcm_defaultSenderId" translatable="false">418829930215</string>
    <string name="google_app_id" translatable="false">1:418829930215:android:@@app@@</string>
    <string name="google_api_key" translatable="false">@@k@@</string>
    <string name="project_id" translatable="false">lokta-udhyog-app</string>
    <string name="google_storage_bucket" translatable="false">lokta-udhyog-app.appspot.com</string>
</resources>
''', app=hexs(16), k=google_key())

add("swift/mapbox-secret-token", "LoktaTrail/Sources/Config/MapConfig.swift", "Mapbox docs: secret tokens (sk.) for downloads", '''
import Foundation

// Lokta trail map app — paper village tour (Baglung, Myagdi)
enum MapConfig {
    static let styleURL = URL(string: "mapbox://styles/loktatrail/clx7map01")!
    // secret token with DOWNLOADS:READ — for offline packs
    static let downloadsToken = "@@secret@@"
    static let defaultCenter = (lat: 28.2651, lon: 83.5967)
    static let defaultZoom = 10.5
}
''', mapbox_secret())

add("swift/decoy-mapbox-public-token", "LoktaTrail/Sources/Config/PublicMap.swift", "Mapbox docs: public tokens (pk.) are meant for clients", '''
import MapboxMaps

// public token: app bundle maa rakhna milchha (pk.)
let mapboxPublicToken = "@@pk@@"

func makeMap(frame: CGRect) -> MapView {
    let options = MapInitOptions(resourceOptions: ResourceOptions(accessToken: mapboxPublicToken))
    return MapView(frame: frame, mapInitOptions: options)
}
''', pk=mapbox_public())

add("csharp/azure-storage-connection", "src/Thangka.Archive/appsettings.json", "Azure Storage docs: connection strings", '''
{
  "Logging": { "LogLevel": { "Default": "Information" } },
  "Archive": {
    "Container": "thangka-masters",
    "ConnectionString": "DefaultEndpointsProtocol=https;AccountName=thangkaarchive;AccountKey=@@secret@@;EndpointSuffix=core.windows.net"
  },
  "AllowedHosts": "*"
}
''', azure_conn_key())

add("json/decoy-azure-devstorage", "src/Thangka.Archive/appsettings.Development.json", "Azurite docs: well-known development storage account key", '''
{
  "Archive": {
    "Container": "thangka-masters",
    "ConnectionString": "UseDevelopmentStorage=true"
  },
  "Logging": { "LogLevel": { "Default": "Debug" } }
}
''')

# ---------------------------------------------------------------- databases and caches
add("python/postgres-url", "shop/settings/production.py", "Django docs: DATABASES; dj-database-url", '''
from .base import *  # noqa
import dj_database_url

DEBUG = False
ALLOWED_HOSTS = ["thangkaghar.com.np", "www.thangkaghar.com.np"]

DATABASES = {
    "default": dj_database_url.parse(
        "postgres://thangkaghar:@@secret@@@db-postgresql-blr1-55120.b.db.ondigitalocean.com:25060/shop?sslmode=require"
    )
}
LANGUAGE_CODE = "ne"
TIME_ZONE = "Asia/Kathmandu"
''', rand_pw(16))

add("python/django-secret-key", "shop/settings/base.py", "Django docs: SECRET_KEY", '''
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent
SECRET_KEY = "@@secret@@"

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "catalog",   # thangka, lokta products
    "orders",
]
LANGUAGES = [("ne", "नेपाली"), ("en", "English")]
STATIC_URL = "/static/"
''', fakes.django_secret_key(_seed()))

add("python/decoy-django-env-secret", "gallery_admin/settings.py", "Django docs: SECRET_KEY from environment", '''
import os
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent
SECRET_KEY = os.environ["DJANGO_SECRET_KEY"]
DEBUG = os.environ.get("DJANGO_DEBUG", "0") == "1"
DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": os.getenv("PGDATABASE", "gallery"),
        "USER": os.getenv("PGUSER", "gallery"),
        "PASSWORD": os.getenv("PGPASSWORD"),
        "HOST": os.getenv("PGHOST", "localhost"),
    }
}
''')

add("php/mysql-password", "wp-config.php", "WordPress docs: wp-config.php database settings", '''
<?php
/** Himalayan Lokta — WordPress config */
define( 'DB_NAME', 'hl_wp' );
define( 'DB_USER', 'hl_wpuser' );
define( 'DB_PASSWORD', '@@secret@@' );
define( 'DB_HOST', 'localhost' );
define( 'DB_CHARSET', 'utf8mb4' );
define( 'DB_COLLATE', '' );

$table_prefix = 'hlw_';
define( 'WP_DEBUG', false );
define( 'WPLANG', 'ne_NP' );

if ( ! defined( 'ABSPATH' ) ) {
    define( 'ABSPATH', __DIR__ . '/' );
}
require_once ABSPATH . 'wp-settings.php';
''', words_pw())

add("php/decoy-wp-config-sample", "wp-config-sample.php", "WordPress docs: wp-config-sample.php", '''
<?php
define( 'DB_NAME', 'database_name_here' );
define( 'DB_USER', 'username_here' );
define( 'DB_PASSWORD', 'password_here' );
define( 'DB_HOST', 'localhost' );
define( 'AUTH_KEY',         'put your unique phrase here' );
define( 'SECURE_AUTH_KEY',  'put your unique phrase here' );
$table_prefix = 'wp_';
''')

add("php/wordpress-auth-salts", "deploy/wp-salts.php", "WordPress docs: secret keys and salts (api.wordpress.org/secret-key)", '''
<?php
// generated 2081-03-14 from https://api.wordpress.org/secret-key/1.1/salt/
define('AUTH_KEY',         '@@secret@@');
define('SECURE_AUTH_KEY',  '@@k2@@');
define('LOGGED_IN_KEY',    '@@k3@@');
define('NONCE_KEY',        '@@k4@@');
define('AUTH_SALT',        '@@k5@@');
''', fakes.drawn(_seed(), 64, ALNUM + "!@#%^&*()-_[]{}<>~+=,.;:/?|"), k2=fakes.drawn(_seed(), 64, ALNUM + "!@#%^&*-_"), k3=fakes.drawn(_seed(), 64, ALNUM + "!@#%^&*-_"), k4=fakes.drawn(_seed(), 64, ALNUM + "!@#%^&*-_"), k5=fakes.drawn(_seed(), 64, ALNUM + "!@#%^&*-_"))

add("yaml/redis-password", "config/cache.yml", "redis-py docs: Redis URLs", '''
# session + cart cache (Thangka Ghar)
production:
  cache_store: redis
  url: redis://default:@@secret@@@redis-14321.c301.ap-south-1-1.ec2.cloud.redislabs.com:14321/0
  namespace: tg
  expires_in: 86400
development:
  cache_store: memory
''', fakes.redis_password(_seed()))

add("compose/postgres-password", "docker-compose.yml", "Docker Hub postgres image docs: POSTGRES_PASSWORD", '''
services:
  db:
    image: postgres:16
    restart: unless-stopped
    environment:
      POSTGRES_DB: lokta
      POSTGRES_USER: lokta
      POSTGRES_PASSWORD: @@secret@@
    volumes:
      - pgdata:/var/lib/postgresql/data
  web:
    build: .
    depends_on: [db]
    environment:
      DATABASE_URL: postgres://lokta:${POSTGRES_PASSWORD}@db:5432/lokta
    ports: ["8000:8000"]
volumes:
  pgdata:
''', words_pw())

add("compose/decoy-env-file-reference", "docker-compose.prod.yml", "Docker Compose docs: env_file and variable interpolation", '''
services:
  db:
    image: postgres:16
    env_file: ./secrets/db.env
    environment:
      POSTGRES_PASSWORD_FILE: /run/secrets/pg_password
    secrets: [pg_password]
  redis:
    image: redis:7
    command: ["redis-server", "--requirepass", "${REDIS_PASSWORD:?REDIS_PASSWORD not set}"]
secrets:
  pg_password:
    file: ./secrets/pg_password.txt
''')

add("compose/redis-requirepass", "ops/compose/cache.yml", "Redis docs: requirepass", '''
services:
  redis:
    image: redis:7-alpine
    command: redis-server --appendonly yes --requirepass @@secret@@
    ports:
      - "127.0.0.1:6379:6379"
    volumes:
      - ./redis-data:/data
  worker:
    image: registry.gitlab.com/patanthangka/worker:latest
    environment:
      REDIS_URL: redis://redis:6379/1
''', fakes.redis_password(_seed()))

add("java/mysql-jdbc-password", "inventory/src/main/resources/application.properties", "Spring Boot docs: datasource properties", '''
# Lokta inventory service (कागज स्टक)
server.port=8081
spring.datasource.url=jdbc:mysql://10.20.0.14:3306/lokta_inventory?useSSL=true&serverTimezone=Asia/Kathmandu
spring.datasource.username=inv_app
spring.datasource.password=@@secret@@
spring.jpa.hibernate.ddl-auto=validate
management.endpoints.web.exposure.include=health,info
''', rand_pw(14, "#!"))

add("properties/decoy-spring-placeholder", "inventory/src/main/resources/application-prod.properties", "Spring Boot docs: property placeholders", '''
spring.datasource.url=jdbc:mysql://${DB_HOST:10.20.0.14}:3306/lokta_inventory
spring.datasource.username=${DB_USER}
spring.datasource.password=${DB_PASSWORD}
spring.mail.password=${SMTP_PASSWORD:}
logging.level.root=INFO
''')

add("go/mongodb-uri", "internal/store/mongo.go", "MongoDB Go driver docs: connection strings (mongodb+srv)", '''
package store

import (
	"context"
	"time"

	"go.mongodb.org/mongo-driver/mongo"
	"go.mongodb.org/mongo-driver/mongo/options"
)

// painting catalogue: deity, pigment, artist, gold leaf grams
const uri = "mongodb+srv://catalogue:@@secret@@@thangka.x7kq2.mongodb.net/catalogue?retryWrites=true&w=majority"

func Connect() (*mongo.Client, error) {
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	return mongo.Connect(ctx, options.Client().ApplyURI(uri))
}
''', rand_pw(16))

add("rust/postgres-password", "lokta-ledger/src/db.rs", "tokio-postgres docs: connection config", '''
use tokio_postgres::{Client, NoTls};

/// Ledger of pulp batches: bark kg, sheets made, drying days.
pub async fn connect() -> Result<Client, tokio_postgres::Error> {
    let (client, conn) = tokio_postgres::connect(
        "host=10.20.0.14 user=ledger password=@@secret@@ dbname=lokta_ledger",
        NoTls,
    )
    .await?;
    tokio::spawn(async move {
        if let Err(e) = conn.await {
            eprintln!("connection error: {e}");
        }
    });
    Ok(client)
}
''', words_pw().replace(" ", ""))

add("typescript/decoy-prisma-env", "admin/prisma/schema.prisma", "Prisma docs: datasource url from env()", '''
datasource db {
  provider = "postgresql"
  url      = env("DATABASE_URL")
}

generator client {
  provider = "prisma-client-js"
}

model Painting {
  id        Int      @id @default(autoincrement())
  title     String
  deity     String?
  artist    String
  goldGrams Float    @default(0)
  createdAt DateTime @default(now())
}
''')

add("sql/mysql-create-user", "db/migrations/2081_05_add_report_user.sql", "MySQL docs: CREATE USER ... IDENTIFIED BY", '''
-- read-only user for the Metabase sales dashboard (बिक्री रिपोर्ट)
CREATE USER 'metabase_ro'@'10.20.0.%' IDENTIFIED BY '@@secret@@';
GRANT SELECT ON hl_wp.hlw_wc_order_stats TO 'metabase_ro'@'10.20.0.%';
GRANT SELECT ON hl_wp.hlw_wc_customer_lookup TO 'metabase_ro'@'10.20.0.%';
FLUSH PRIVILEGES;
''', words_pw())

add("sql/decoy-password-hash", "db/migrations/2081_06_admin_user.sql", "PostgreSQL pgcrypto docs: crypt() with bcrypt", '''
-- admin user for the gallery back office; password set via reset link
INSERT INTO staff (email, display_name, password_hash, must_reset)
VALUES ('admin@patanthangka.com.np', 'प्रशासक', '$2a$10$@@h@@', TRUE)
ON CONFLICT (email) DO NOTHING;

-- sha256 of the seed file for audit
-- @@sum@@  seeds/staff.csv
''', h=fakes.drawn(_seed(), 53, ALNUM + "./"), sum=sha256ish())

add("ini/odbc-password", "reports/odbc.ini", "unixODBC docs: odbc.ini DSN", '''
[LoktaSales]
Description = MySQL sales for Excel pivot (Sita ko laptop)
Driver      = MySQL ODBC 8.0 Unicode Driver
Server      = 10.20.0.14
Port        = 3306
Database    = hl_wp
User        = sales_excel
Password    = @@secret@@
Option      = 3
''', words_pw())

add("shell/pg-dump-password", "ops/backup/pg_backup.sh", "PostgreSQL docs: PGPASSWORD environment variable", '''
#!/bin/bash
# Nightly DB backup -> NAS (राति २ बजे cron)
set -e
STAMP=$(date +%F)
PGPASSWORD='@@secret@@' pg_dump -h 10.20.0.14 -U thangkaghar -Fc shop > /mnt/nas/backup/db/shop-$STAMP.dump
find /mnt/nas/backup/db -name 'shop-*.dump' -mtime +30 -delete
echo "backup ok $STAMP" | logger -t pg_backup
''', rand_pw(18))

add("shell/decoy-pgpass-reference", "ops/backup/pg_backup_v2.sh", "PostgreSQL docs: the password file (.pgpass)", '''
#!/bin/bash
# v2: password comes from ~/.pgpass (chmod 600), never from this script
set -euo pipefail
export PGPASSFILE=/home/backup/.pgpass
STAMP=$(date +%F)
pg_dump -h 10.20.0.14 -U thangkaghar -Fc shop > "/mnt/nas/backup/db/shop-$STAMP.dump"
sha256sum "/mnt/nas/backup/db/shop-$STAMP.dump" >> /mnt/nas/backup/db/SHA256SUMS
''')

add("ruby/redis-url-sidekiq", "config/initializers/sidekiq.rb", "Sidekiq docs: Redis connection", '''
# background jobs: resize thangka photos, send invoices
Sidekiq.configure_server do |config|
  config.redis = { url: "rediss://:@@secret@@@lokta-cache-do-user-1552.db.ondigitalocean.com:25061/2" }
end

Sidekiq.configure_client do |config|
  config.redis = { url: "rediss://:@@secret@@@lokta-cache-do-user-1552.db.ondigitalocean.com:25061/2" }
end
''', fakes.redis_password(_seed()))

_k8s_pw = rand_pw(20)
add("k8s-secret/postgres-password", "k8s/shop/db-secret.yaml", "Kubernetes docs: Secrets (data is base64)", '''
apiVersion: v1
kind: Secret
metadata:
  name: shop-db
  namespace: thangkaghar
type: Opaque
data:
  username: @@u@@
  password: @@p@@
  host: @@h@@
''', _k8s_pw, u=b64("thangkaghar"), h=b64("10.20.0.14"), p=b64(_k8s_pw))

# ---------------------------------------------------------------- studio devices, NAS, network
add("markdown/nas-admin-password", "docs/it/studio-network.md", "Synology DSM docs: admin account", '''
# Studio network — Patan Thangka Kala Kendra

| Device | IP | Login | Note |
|---|---|---|---|
| Router (NTC FTTH, Huawei) | 192.168.1.1 | admin / see sticker | ISP le change garna didaina |
| Synology DS220+ (photo archive) | 192.168.1.20 | `studioadmin` / `@@secret@@` | RAID1, 2x4TB |
| Epson SureColor P906 (giclée prints) | 192.168.1.31 | — | web UI no password |
| Hikvision NVR (4 cameras) | 192.168.1.40 | admin / in the safe | cameras 1-4 |

गिक्ले प्रिन्टको ICC profile NAS को `/color/profiles` मा छ।
''', words_pw())

add("shell/nas-rsync-password", "ops/nas/sync_masters.sh", "rsync docs: RSYNC_PASSWORD environment variable", '''
#!/bin/sh
# Sync high-res thangka masters from the scanner PC to the Synology (rsync daemon)
export RSYNC_PASSWORD="@@secret@@"
rsync -av --progress /d/Scans/Thangka/ rsync://archive@192.168.1.20/masters/
rsync -av /d/Scans/Lokta-Swatches/ rsync://archive@192.168.1.20/swatches/
echo "sync done: $(date)"
''', rand_pw(16))

add("python/camera-rtsp-password", "tools/drying_room_cam.py", "Hikvision docs: RTSP stream URL", '''
"""Snapshot of the paper drying room every 10 minutes (कागज सुकाउने कोठा)."""
import time
import cv2

RTSP = "rtsp://admin:@@secret@@@192.168.1.41:554/Streaming/Channels/101"


def snap(path: str) -> None:
    cap = cv2.VideoCapture(RTSP)
    ok, frame = cap.read()
    if ok:
        cv2.imwrite(path, frame)
    cap.release()


while True:
    snap(f"/mnt/nas/drying/{int(time.time())}.jpg")
    time.sleep(600)
''', words_pw())

add("python/decoy-camera-env", "tools/kiln_cam.py", "Hikvision docs: RTSP stream URL", '''
import os
import cv2

CAM_USER = os.environ.get("CAM_USER", "viewer")
CAM_PASS = os.environ["CAM_PASS"]
RTSP = f"rtsp://{CAM_USER}:{CAM_PASS}@192.168.1.42:554/Streaming/Channels/102"

cap = cv2.VideoCapture(RTSP)
print("opened" if cap.isOpened() else "camera offline")
''')

add("ini/wifi-psk", "ops/pi/wpa_supplicant.conf", "wpa_supplicant docs: network block psk", '''
ctrl_interface=DIR=/var/run/wpa_supplicant GROUP=netdev
update_config=1
country=NP

# humidity sensor Pi in the drying shed (Bhaktapur)
network={
    ssid="LoktaKarkhana"
    psk="@@secret@@"
    key_mgmt=WPA-PSK
}
''', passphrase())

add("yaml/wifi-psk-hex", "ops/pi/netplan-50-wifi.yaml", "netplan docs: wifis with a 64-hex PSK (wpa_passphrase output, as good as the passphrase)", '''
# Pi 2 (showroom display). PSK below is the 64-hex derived key from wpa_passphrase, rotated each Dashain.
network:
  version: 2
  wifis:
    wlan0:
      dhcp4: true
      access-points:
        "ThamelShowroom":
          auth:
            key-management: psk
            password: "@@secret@@"
''', hexs(64))

add("python/mqtt-password", "sensors/humidity_publisher.py", "paho-mqtt docs: username_pw_set", '''
import json
import time
import paho.mqtt.client as mqtt
import board
import adafruit_dht

dht = adafruit_dht.DHT22(board.D4)
client = mqtt.Client(client_id="drying-shed-1")
client.username_pw_set("shed", "@@secret@@")
client.connect("192.168.1.20", 1883)

while True:
    try:
        payload = {"t": dht.temperature, "rh": dht.humidity, "ts": int(time.time())}
        client.publish("lokta/drying/shed1", json.dumps(payload), retain=True)
    except RuntimeError:
        pass  # DHT le kahile kahi padhdaina
    time.sleep(30)
''', rand_pw(14))

add("yaml/home-assistant-secrets", "homeassistant/secrets.yaml", "Home Assistant docs: secrets.yaml", '''
# Home Assistant — workshop (कार्यशाला)
latitude: 27.6710
longitude: 85.4298
mqtt_password: @@secret@@
nvr_password: see-keepass
telegram_chat: -1001834412977
''', rand_pw(16))

add("yaml/decoy-home-assistant-secret-refs", "homeassistant/configuration.yaml", "Home Assistant docs: !secret references", '''
homeassistant:
  name: Lokta Karkhana
  latitude: !secret latitude
  longitude: !secret longitude
  time_zone: Asia/Kathmandu

mqtt:
  sensor:
    - name: "Drying shed humidity"
      state_topic: "lokta/drying/shed1"
      value_template: "{{ value_json.rh }}"
      unit_of_measurement: "%"

telegram_bot:
  - platform: polling
    api_key: !secret telegram_bot_token
    allowed_chat_ids:
      - !secret telegram_chat
''')

add("powershell/ftp-password", "scripts/Upload-PrintFiles.ps1", "Microsoft docs: System.Net.WebClient credentials (FTP)", '''
# Upload giclée print-ready files to the print lab (Kathmandu Digital Press) over FTP
$user = "patanthangka"
$pass = "@@secret@@"
$files = Get-ChildItem "D:\\PrintReady\\*.tif"
$wc = New-Object System.Net.WebClient
$wc.Credentials = New-Object System.Net.NetworkCredential($user, $pass)
foreach ($f in $files) {
    $uri = "ftp://ftp.ktmdigitalpress.com.np/incoming/$($f.Name)"
    $wc.UploadFile($uri, $f.FullName) | Out-Null
    Write-Host "sent $($f.Name)"
}
''', words_pw())

add("powershell/decoy-credential-manager", "scripts/Upload-PrintFiles-v2.ps1", "PowerShell SecretManagement docs: Get-Secret", '''
# v2 — password SecretManagement vault bata (Windows Credential Manager)
Import-Module Microsoft.PowerShell.SecretManagement
$cred = Get-Secret -Name "KtmDigitalPressFtp" -Vault StudioVault
$files = Get-ChildItem "D:\\PrintReady\\*.tif"
$wc = New-Object System.Net.WebClient
$wc.Credentials = $cred.GetNetworkCredential()
foreach ($f in $files) {
    $wc.UploadFile("ftp://ftp.ktmdigitalpress.com.np/incoming/$($f.Name)", $f.FullName) | Out-Null
}
''')

add("python/ftp-password", "tools/fetch_proofs.py", "Python docs: ftplib.FTP.login", '''
from ftplib import FTP_TLS
from pathlib import Path

OUT = Path.home() / "Proofs"
OUT.mkdir(exist_ok=True)

ftps = FTP_TLS("ftp.ktmdigitalpress.com.np")
ftps.login("patanthangka", "@@secret@@")
ftps.prot_p()
ftps.cwd("/proofs")
for name in ftps.nlst():
    with open(OUT / name, "wb") as fh:
        ftps.retrbinary(f"RETR {name}", fh.write)
ftps.quit()
''', rand_pw(12, "!#"))

_fz_pw = words_pw()
add("xml/filezilla-ftp-password", "ops/filezilla/sitemanager.xml", "FileZilla docs: sitemanager.xml (Pass encoding=base64)", '''
<?xml version="1.0" encoding="UTF-8" standalone="yes" ?>
<FileZilla3 version="3.66.4" platform="windows">
    <Servers>
        <Server>
            <Host>ftp.ktmdigitalpress.com.np</Host>
            <Port>21</Port>
            <Protocol>0</Protocol>
            <Type>0</Type>
            <User>patanthangka</User>
            <Pass encoding="base64">@@enc@@</Pass>
            <Logontype>1</Logontype>
            <Name>Print lab (KDP)</Name>
        </Server>
    </Servers>
</FileZilla3>
''', _fz_pw, enc=b64(_fz_pw))

add("ini/ldap-bind-password", "ops/nextcloud/ldap.ini", "Nextcloud docs: LDAP user and group backend", '''
; Nextcloud LDAP (studio Active Directory on the Synology)
[ldap]
ldapHost = ldap://192.168.1.20
ldapPort = 389
ldapBase = dc=patanthangka,dc=local
ldapAgentName = uid=nextcloud,cn=users,dc=patanthangka,dc=local
ldapAgentPassword = @@secret@@
ldapUserFilter = (&(objectclass=person)(memberOf=cn=artists,cn=groups,dc=patanthangka,dc=local))
''', rand_pw(18))

add("yaml/ldap-bind-password", "ops/gitea/app-ldap.yml", "Gitea docs: LDAP authentication source", '''
# gitea admin auth add-ldap (source of the command below)
name: studio-ldap
security_protocol: unencrypted
host: 192.168.1.20
port: 389
bind_dn: uid=gitea,cn=users,dc=patanthangka,dc=local
bind_password: "@@secret@@"
user_search_base: cn=users,dc=patanthangka,dc=local
user_filter: (&(objectClass=person)(uid=%s))
admin_filter: (memberOf=cn=administrators,cn=groups,dc=patanthangka,dc=local)
''', words_pw())

add("csv/router-admin-password", "it/inventory/devices-2081.csv", "Spreadsheet export of a device inventory (CSV, RFC 4180)", '''
device,location,ip,username,password,owner,notes
Huawei HG8145V5,Bhaktapur karkhana,192.168.1.1,telecomadmin,@@secret@@,NTC,ISP default changed 2081-02
TP-Link EAP225,Drying shed,192.168.1.5,admin,Lokta#Shed2080,Ram,ceiling mount
Synology DS220+,Office,192.168.1.20,studioadmin,(see KeePass),Sita,RAID1
Epson L3250,Office,192.168.1.30,,,Sita,no web password
Hikvision DS-7604NI,Office,192.168.1.40,admin,(see KeePass),Ram,4ch
''', words_pw())

add("csv/decoy-device-serials", "it/inventory/device-serials.csv", "Spreadsheet export of a device inventory (CSV, RFC 4180)", '''
device,serial,mac,firmware_sha256,warranty_until
Synology DS220+,21A0PCN123456,00:11:32:AB:CD:EF,@@h1@@,2083-04-01
Hikvision DS-7604NI,J12345678,BC:AD:28:11:22:33,@@h2@@,2082-11-15
Epson SureColor P906,X6TZ004512,64:EB:8C:44:55:66,@@h3@@,2082-06-30
Raspberry Pi 4B,10000000a1b2c3d4,DC:A6:32:77:88:99,@@h4@@,
''', h1=sha256ish(), h2=sha256ish(), h3=sha256ish(), h4=sha256ish())

add("log/decoy-redacted-login", "logs/nas-sync-2081-08-12.log", "rsync docs: log output", '''
2024-08-27 02:00:01 INFO  start sync masters -> rsync://archive@192.168.1.20/masters/
2024-08-27 02:00:01 DEBUG env RSYNC_PASSWORD=********
2024-08-27 02:03:44 INFO  sent 2,113,554,120 bytes  received 41,902 bytes  9,521,002.11 bytes/sec
2024-08-27 02:03:44 INFO  total size is 882,101,553,002  speedup is 417.32
2024-08-27 02:03:45 INFO  checksum manifest sha256=@@h@@
2024-08-27 02:03:45 INFO  done (exit 0)
''', h=sha256ish())

add("log/smtp-auth-plain", "logs/mailer-debug.log", "RFC 4954 SMTP AUTH PLAIN (base64 of authzid NUL user NUL password)", '''
[2024-09-03 10:12:01] smtp: connecting mail.thangkaghar.com.np:587
[2024-09-03 10:12:01] S: 220 mail.thangkaghar.com.np ESMTP Postfix (Ubuntu)
[2024-09-03 10:12:01] C: EHLO shop-web-1
[2024-09-03 10:12:01] S: 250-STARTTLS
[2024-09-03 10:12:02] C: AUTH PLAIN @@secret@@
[2024-09-03 10:12:02] S: 235 2.7.0 Authentication successful
[2024-09-03 10:12:02] C: MAIL FROM:<orders@thangkaghar.com.np>
[2024-09-03 10:12:03] S: 250 2.0.0 Ok: queued as 4WzK1r2HcMz9vB
''', b64("\0orders@thangkaghar.com.np\0" + words_pw()))

add("log/decoy-request-ids", "logs/khalti-webhook-2081-09.log", "Khalti docs: payment callback parameters", '''
2024-12-18T10:21:07+05:45 INFO callback pidx=@@p1@@ status=Completed txnId=@@t1@@ amount=450000
2024-12-18T10:21:07+05:45 INFO order ORD-2081-0931 marked paid, request_id=@@u1@@
2024-12-18T11:02:55+05:45 WARN callback pidx=@@p2@@ status=User canceled amount=120000
2024-12-18T11:40:13+05:45 INFO callback pidx=@@p3@@ status=Completed txnId=@@t3@@ amount=80000
2024-12-18T11:40:13+05:45 INFO order ORD-2081-0940 marked paid, request_id=@@u3@@
''', p1=alnum(22), t1=alnum(22), u1=uuid_s(), p2=alnum(22), p3=alnum(22), t3=alnum(22), u3=uuid_s())

# ---------------------------------------------------------------- dev tooling, registries, keys
add("ini/pypi-token", "tools/lokta-colour/.pypirc", "PyPI docs: API tokens in .pypirc", '''
# publishing lokta-colour (pigment palette library for thangka restorers)
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
''', fakes.pypi_token(_seed()))

add("github-actions/pypi-token", "tools/lokta-colour/.github/workflows/release.yml", "twine docs: TWINE_USERNAME / TWINE_PASSWORD", '''
name: release
on:
  push:
    tags: ["v*"]
jobs:
  pypi:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-python@v5
        with: { python-version: "3.12" }
      - run: pip install build twine && python -m build
      - run: twine upload dist/*
        env:
          TWINE_USERNAME: __token__
          TWINE_PASSWORD: @@secret@@
''', fakes.pypi_token(_seed()))

add("github-actions/decoy-trusted-publishing", "tools/thangka-grid/.github/workflows/publish.yml", "PyPI docs: trusted publishing (OIDC, no token)", '''
name: publish
on:
  release:
    types: [published]
jobs:
  publish:
    runs-on: ubuntu-latest
    environment: pypi
    permissions:
      id-token: write
    steps:
      - uses: actions/checkout@v4
      - run: pipx run build
      - uses: pypa/gh-action-pypi-publish@release/v1
''')

add("shell/github-token", "scripts/clone_all.sh", "GitHub docs: personal access tokens (ghp_)", '''
#!/usr/bin/env bash
# clone every repo of the studio org onto the new laptop
GH_TOKEN=@@secret@@
for repo in shop-web lokta-inventory thangka-catalogue order-bot; do
  git clone "https://x-access-token:${GH_TOKEN}@github.com/patan-thangka/${repo}.git"
done
''', fakes.github_token(_seed()))

add("json/github-fine-grained-token", ".vscode/settings.json", "GitHub docs: fine-grained personal access tokens", '''
{
  "editor.formatOnSave": true,
  "files.encoding": "utf8",
  "github.copilot.enable": { "markdown": false },
  "githubPullRequests.remotes": ["origin"],
  "rest-client.environmentVariables": {
    "prod": {
      "ghToken": "@@secret@@",
      "org": "patan-thangka"
    }
  }
}
''', fakes.github_fine_grained_token(_seed()))

add("yaml/gitlab-token", ".gitlab/renovate.config.yml", "GitLab docs: personal access tokens (glpat-)", '''
# Renovate bot for the lokta repos (self-hosted runner in the office)
platform: gitlab
endpoint: https://gitlab.com/api/v4/
token: @@secret@@
repositories:
  - loktaudhyog/shop
  - loktaudhyog/inventory
onboarding: false
timezone: Asia/Kathmandu
schedule: ["after 10pm every weekday"]
''', gitlab_token())

add("ini/npm-token", "web/.npmrc", "npm docs: .npmrc auth tokens (npm_)", '''
registry=https://registry.npmjs.org/
@thangkaghar:registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=@@secret@@
save-exact=true
engine-strict=true
''', npm_token())

add("ini/decoy-npmrc-env", "admin/.npmrc", "npm docs: environment variables in .npmrc", '''
# token comes from CI (GitLab CI/CD variable NPM_TOKEN)
registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=${NPM_TOKEN}
save-exact=true
fund=false
''')

add("json/docker-registry-auth", "ops/docker/config.json", "Docker docs: config.json auths (base64 user:password)", '''
{
  "auths": {
    "registry.gitlab.com": {
      "auth": "@@secret@@"
    },
    "https://index.docker.io/v1/": {}
  },
  "credsStore": "desktop",
  "currentContext": "default"
}
''', b64("loktaudhyog-ci:" + gitlab_token()))

add("dockerfile/github-token-build", "order-bot/Dockerfile", "Docker docs: ENV and pip install from private git", '''
FROM python:3.12-slim
WORKDIR /app
ENV TZ=Asia/Kathmandu
# private helper lib (lokta-common) from GitHub
ENV GH_TOKEN=@@secret@@
RUN apt-get update && apt-get install -y --no-install-recommends git && rm -rf /var/lib/apt/lists/*
COPY requirements.txt .
RUN pip install -r requirements.txt \\
 && pip install "git+https://${GH_TOKEN}@github.com/patan-thangka/lokta-common.git@v0.6.1"
COPY . .
CMD ["python", "-m", "order_bot"]
''', fakes.github_token(_seed()))

add("dockerfile/decoy-build-secret", "shop-web/Dockerfile", "Docker docs: build secrets (RUN --mount=type=secret)", '''
# syntax=docker/dockerfile:1.7
FROM node:20-alpine AS build
WORKDIR /app
COPY package*.json .npmrc ./
RUN --mount=type=secret,id=npm_token NPM_TOKEN=$(cat /run/secrets/npm_token) npm ci
COPY . .
RUN npm run build

FROM nginx:1.27-alpine
COPY --from=build /app/dist /usr/share/nginx/html
''')

add("shell/ssh-private-key", "ops/deploy/bootstrap_deploy_key.sh", "OpenSSH docs: private key files", '''
#!/bin/bash
# put the deploy key onto the new droplet (Ram dai le banako)
mkdir -p ~/.ssh && chmod 700 ~/.ssh
cat > ~/.ssh/id_ed25519 <<'KEY'
@@secret@@
KEY
chmod 600 ~/.ssh/id_ed25519
ssh-keyscan github.com >> ~/.ssh/known_hosts
git clone git@github.com:patan-thangka/shop-web.git /srv/shop-web
''', openssh_key())

_tls_key = pem("RSA")
add("ansible/rsa-private-key", "ops/ansible/group_vars/webservers.yml", "Ansible docs: group_vars; TLS private key in a YAML block scalar", '''
nginx_server_name: thangkaghar.com.np
nginx_tls_cert_path: /etc/ssl/certs/thangkaghar.crt
nginx_tls_key_path: /etc/ssl/private/thangkaghar.key
nginx_tls_key: |
  @@keyind@@
php_version: "8.2"
''', _tls_key, keyind=_tls_key.replace("\n", "\n  "))

add("ansible/decoy-vault-encrypted", "ops/ansible/group_vars/dbservers/vault.yml", "Ansible docs: ansible-vault encrypted files", '''
$ANSIBLE_VAULT;1.1;AES256
@@l1@@
@@l2@@
@@l3@@
@@l4@@
@@l5@@
''', l1=hexs(80), l2=hexs(80), l3=hexs(80), l4=hexs(80), l5=hexs(40))

add("ansible/mysql-password", "ops/ansible/roles/wordpress/defaults/main.yml", "Ansible community.mysql docs: mysql_user password", '''
---
wp_db_name: hl_wp
wp_db_user: hl_wpuser
wp_db_password: "@@secret@@"
wp_site_url: https://himalayanlokta.com
wp_locale: ne_NP
php_memory_limit: 256M
''', words_pw())

add("ansible/decoy-vault-reference", "ops/ansible/roles/wordpress/vars/main.yml", "Ansible docs: variables from vault", '''
---
wp_db_password: "{{ vault_wp_db_password }}"
smtp_password: "{{ lookup('community.hashi_vault.hashi_vault', 'secret=kv/data/lokta/smtp:password') }}"
khalti_secret_key: "{{ vault_khalti_secret_key }}"
wp_admin_email: sita@himalayanlokta.com
''')

add("ansible/smtp-password-inventory", "ops/ansible/inventory/production.ini", "Ansible docs: inventory host variables", '''
[webservers]
shop1 ansible_host=139.59.12.44 ansible_user=deploy

[mail]
mail1 ansible_host=139.59.12.45 ansible_user=deploy postfix_relay_user=relay@thangkaghar.com.np postfix_relay_password=@@secret@@

[all:vars]
ansible_python_interpreter=/usr/bin/python3
timezone=Asia/Kathmandu
''', rand_pw(16))

# ---------------------------------------------------------------- AI, social, couriers
add("python/openai-key", "catalogue/describe_thangka.py", "OpenAI docs: API keys (sk-proj-)", '''
"""Draft English + Nepali descriptions for new thangka listings (मस्यौदा मात्र, Pemba le review garne)."""
from openai import OpenAI

client = OpenAI(api_key="@@secret@@")

PROMPT = """Write a 90-word shop description of a hand-painted thangka.
Deity: {deity}. Size: {size}. Pigments: mineral, 24k gold. Artist: {artist}.
Then the same in Nepali."""


def describe(deity: str, size: str, artist: str) -> str:
    r = client.chat.completions.create(
        model="gpt-4o-mini",
        messages=[{"role": "user", "content": PROMPT.format(deity=deity, size=size, artist=artist)}],
    )
    return r.choices[0].message.content
''', fakes.openai_key(_seed()))

add("notebook/openai-key", "notebooks/listing_copy_experiments.ipynb", "Jupyter nbformat docs: notebook JSON; OpenAI docs: API keys", '''
{
 "cells": [
  {
   "cell_type": "markdown",
   "metadata": {},
   "source": ["# Listing copy experiments (Etsy titles)\\n", "लोक्ता डायरीका शीर्षकहरू"]
  },
  {
   "cell_type": "code",
   "execution_count": 1,
   "metadata": {},
   "outputs": [],
   "source": [
    "import openai\\n",
    "openai.api_key = \\"@@secret@@\\"\\n",
    "titles = [\\"Handmade Lokta Paper Journal\\", \\"Nepali Daphne Paper Notebook\\"]"
   ]
  }
 ],
 "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
''', fakes.openai_key(_seed()))

add("notebook/decoy-getpass", "notebooks/sales_by_festival.ipynb", "Jupyter nbformat docs: notebook JSON", '''
{
 "cells": [
  {
   "cell_type": "code",
   "execution_count": 2,
   "metadata": {},
   "outputs": [],
   "source": [
    "import getpass, pandas as pd, sqlalchemy as sa\\n",
    "pw = getpass.getpass('DB password: ')\\n",
    "eng = sa.create_engine(f'mysql+pymysql://sales_excel:{pw}@10.20.0.14/hl_wp')\\n",
    "df = pd.read_sql('select * from hlw_wc_order_stats', eng)"
   ]
  },
  {
   "cell_type": "markdown",
   "metadata": {},
   "source": ["Dashain/Tihar ma bikri 3x badhchha."]
  }
 ],
 "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
''')

add("notebook/postgres-password", "notebooks/pulp_batch_yield.ipynb", "Jupyter nbformat docs; SQLAlchemy docs: database URLs", '''
{
 "cells": [
  {
   "cell_type": "code",
   "execution_count": 1,
   "metadata": {},
   "outputs": [],
   "source": [
    "import pandas as pd\\n",
    "from sqlalchemy import create_engine\\n",
    "eng = create_engine('postgresql+psycopg2://ledger:@@secret@@@10.20.0.14/lokta_ledger')\\n",
    "df = pd.read_sql('select batch, bark_kg, sheets from pulp_batches', eng)\\n",
    "df['sheets_per_kg'] = df.sheets / df.bark_kg"
   ]
  }
 ],
 "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
''', rand_pw(14))

add("python/meta-page-token", "social/instagram_post.py", "Meta Graph API docs: page access tokens", '''
"""Post a new thangka to Instagram (business account) via Graph API."""
import requests

IG_USER_ID = "17841405822304914"
PAGE_TOKEN = "@@secret@@"
GRAPH = "https://graph.facebook.com/v19.0"


def post(image_url: str, caption: str) -> str:
    c = requests.post(f"{GRAPH}/{IG_USER_ID}/media",
                      data={"image_url": image_url, "caption": caption, "access_token": PAGE_TOKEN}).json()
    p = requests.post(f"{GRAPH}/{IG_USER_ID}/media_publish",
                      data={"creation_id": c["id"], "access_token": PAGE_TOKEN}).json()
    return p["id"]
''', meta_token())

add("javascript/decoy-facebook-app-id", "web/public/js/fb-sdk.js", "Meta docs: the App ID is public", '''
// Facebook SDK for the "Share this thangka" button — appId is public
window.fbAsyncInit = function () {
  FB.init({ appId: "748812345690112", xfbml: true, version: "v19.0" });
};
(function (d, s, id) {
  var js, fjs = d.getElementsByTagName(s)[0];
  if (d.getElementById(id)) return;
  js = d.createElement(s); js.id = id;
  js.src = "https://connect.facebook.net/ne_NP/sdk.js";
  fjs.parentNode.insertBefore(js, fjs);
})(document, "script", "facebook-jssdk");
''')

add("env/meta-app-secret", "social/.env", "Meta docs: App Secret", '''
# Meta app "Lokta Social Poster"
FB_APP_ID=748812345690112
FB_APP_SECRET=@@secret@@
IG_USER_ID=17841405822304914
WHATSAPP_PHONE_ID=104455667788990
''', hexs(32))

add("php/viber-bot-token", "bots/viber/config.php", "Viber REST Bot API docs: X-Viber-Auth-Token", '''
<?php
// Viber bot: "Lokta Kagaj" — customer asks stock, bot answers (नेपालीमा)
return [
    'auth_token' => '@@secret@@',
    'name'       => 'Lokta Kagaj',
    'avatar'     => 'https://himalayanlokta.com/img/viber-avatar.png',
    'webhook'    => 'https://himalayanlokta.com/viber/hook',
];
''', hexs(16) + "-" + hexs(16) + "-" + hexs(16))

add("python/ncm-courier-token", "shipping/ncm.py", "Nepal Can Move docs: API token header", '''
import requests

NCM_BASE = "https://portal.nepalcanmove.com/api/v1"
NCM_TOKEN = "@@secret@@"


def create_order(name: str, phone: str, city: str, address: str, cod_npr: int, weight_kg: float) -> dict:
    payload = {"name": name, "phone": phone, "cod_charge": cod_npr, "address": address,
               "fbranch": "BHAKTAPUR", "branch": city.upper(), "package": "Lokta paper", "weight": weight_kg}
    r = requests.post(f"{NCM_BASE}/order/create", json=payload,
                      headers={"Authorization": f"Token {NCM_TOKEN}"}, timeout=15)
    r.raise_for_status()
    return r.json()
''', hexs(40))

add("typescript/pathao-client-secret", "shipping/src/pathao.ts", "Pathao Courier merchant API docs: issue-token (client_id, client_secret)", '''
// Pathao courier (Kathmandu valley same-day)
const PATHAO = {
  baseUrl: "https://api-hermes.pathao.com",
  clientId: "2671",
  clientSecret: "@@secret@@",
  username: "ops@loktapaper.com.np",
  password: process.env.PATHAO_PASSWORD ?? "",
};

export async function issueToken() {
  const res = await fetch(`${PATHAO.baseUrl}/aladdin/api/v1/issue-token`, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({
      client_id: PATHAO.clientId,
      client_secret: PATHAO.clientSecret,
      username: PATHAO.username,
      password: PATHAO.password,
      grant_type: "password",
    }),
  });
  return res.json();
}
''', alnum(40))

add("python/dhl-api-basic", "shipping/dhl_express.py", "DHL Express MyDHL API docs: HTTP Basic authentication", '''
import requests

# MyDHL API — export of thangka to collectors abroad (customs: handicraft, HS 9701)
DHL_USER = "patanthangkaNP"
DHL_PASS = "@@secret@@"
ACCOUNT = "560112233"


def rate(weight_kg: float, dest_country: str, dest_postcode: str) -> dict:
    params = {"accountNumber": ACCOUNT, "originCountryCode": "NP", "originCityName": "Lalitpur",
              "destinationCountryCode": dest_country, "destinationPostalCode": dest_postcode,
              "weight": weight_kg, "length": 90, "width": 12, "height": 12,
              "plannedShippingDate": "2024-12-20", "isCustomsDeclarable": "true", "unitOfMeasurement": "metric"}
    return requests.get("https://express.api.dhl.com/mydhlapi/rates", params=params,
                        auth=(DHL_USER, DHL_PASS), timeout=20).json()
''', rand_pw(16, "!$"))

add("shell/dhl-basic-header", "shipping/curl_dhl_tracking.sh", "RFC 7617 HTTP Basic; DHL Express MyDHL API docs", '''
#!/bin/sh
# quick tracking check (ट्र्याकिङ)
AWB="$1"
curl -s "https://express.api.dhl.com/mydhlapi/shipments/${AWB}/tracking" \\
  -H "Authorization: Basic @@secret@@" \\
  -H "Accept: application/json" | jq '.shipments[0].events[0]'
''', b64("patanthangkaNP:" + rand_pw(16, "!$")))

add("markdown/decoy-dhl-docs", "docs/shipping/dhl-export.md", "DHL Express MyDHL API docs: authentication", '''
# Exporting a thangka with DHL (विदेश पठाउने तरिका)

1. Roll the canvas (never fold), wrap in acid-free lokta tissue, PVC tube 90cm.
2. Customs: HS code 9701.10, value = invoice, "hand-painted religious painting".
3. API access uses HTTP Basic: `Authorization: Basic <base64 of username:password>`.
   The credentials are in Bitwarden → "DHL MyDHL API". Example from the DHL docs:
   `Authorization: Basic dXNlcm5hbWU6cGFzc3dvcmQ=` (that is `username:password`).
4. Email the AWB to the buyer and mark it in the shop.
''')

add("yaml/sentry-auth-token", ".sentryclirc.yml", "Sentry docs: auth tokens (sntrys_)", '''
# sentry-cli config used by the release job
defaults:
  url: https://sentry.io/
  org: patan-thangka
  project: shop-web
auth:
  token: @@secret@@
''', "sntrys_" + b64('{"iat":1717000000.0,"url":"https://sentry.io","region_url":"https://us.sentry.io","org":"patan-thangka"}').rstrip("=") + "_" + fakes.drawn(_seed(), 43, ALNUM + "+/"))

add("typescript/decoy-sentry-dsn", "web/src/sentry.client.ts", "Sentry docs: the DSN is safe to expose in client code", '''
import * as Sentry from "@sentry/nextjs";

// DSN is public (Sentry docs) — browser errors from the gallery site
Sentry.init({
  dsn: "https://@@k@@@o4507012345678912.ingest.us.sentry.io/4507012345679001",
  tracesSampleRate: 0.1,
  environment: process.env.NODE_ENV,
});
''', k=hexs(32))

add("yaml/firebase-server-key", "app/functions/config.prod.yaml", "Firebase docs: legacy FCM server key (AAAA...:APA91b...)", '''
# push "your order shipped" to the Lokta Udhyog Android app
fcm:
  project_id: lokta-udhyog-app
  sender_id: "418829930215"
  server_key: "@@secret@@"
topics:
  offers: dashain-tihar-offers
''', "AAAA" + fakes.drawn(_seed(), 7, ALNUM + "_-") + ":APA91b" + fakes.drawn(_seed(), 134, ALNUM + "_-"))

# ---------------------------------------------------------------- Kubernetes, CI, containers
_k8s_khalti = khalti_live()
add("k8s-secret/khalti-secret-key", "k8s/shop/payments-secret.yaml", "Kubernetes docs: Secrets (data is base64); Khalti docs: API keys", '''
apiVersion: v1
kind: Secret
metadata:
  name: payments
  namespace: thangkaghar
  labels: {app: shop-web}
type: Opaque
data:
  KHALTI_PUBLIC_KEY: @@pub@@
  KHALTI_SECRET_KEY: @@enc@@
''', _k8s_khalti, pub=b64("live_public_key_" + hexs(32)), enc=b64(_k8s_khalti))

add("k8s-secret/smtp-password-stringdata", "k8s/mailer/smtp-secret.yaml", "Kubernetes docs: Secrets stringData", '''
apiVersion: v1
kind: Secret
metadata:
  name: smtp
  namespace: lokta
type: Opaque
stringData:
  SMTP_HOST: smtp.zoho.in
  SMTP_USER: orders@loktapaper.com.np
  SMTP_PASSWORD: "@@secret@@"
''', rand_pw(16))

add("k8s-secret/decoy-sealed-secret", "k8s/shop/payments-sealed.yaml", "Bitnami Sealed Secrets docs: SealedSecret encryptedData", '''
apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata:
  name: payments
  namespace: thangkaghar
spec:
  encryptedData:
    KHALTI_SECRET_KEY: AgB@@e1@@
    STRIPE_SECRET_KEY: AgC@@e2@@
  template:
    metadata:
      name: payments
''', e1=fakes.drawn(_seed(), 300, ALNUM + "+/"), e2=fakes.drawn(_seed(), 300, ALNUM + "+/"))

add("k8s/decoy-external-secret", "k8s/shop/external-secret.yaml", "External Secrets Operator docs: ExternalSecret", '''
apiVersion: external-secrets.io/v1beta1
kind: ExternalSecret
metadata:
  name: shop-db
  namespace: thangkaghar
spec:
  refreshInterval: 1h
  secretStoreRef:
    name: aws-secrets-manager
    kind: ClusterSecretStore
  target:
    name: shop-db
  data:
    - secretKey: password
      remoteRef:
        key: prod/thangkaghar/db
        property: password
''')

add("k8s/redis-password-env", "k8s/cache/deployment.yaml", "Kubernetes docs: container env", '''
apiVersion: apps/v1
kind: Deployment
metadata:
  name: redis
  namespace: lokta
spec:
  replicas: 1
  selector:
    matchLabels: {app: redis}
  template:
    metadata:
      labels: {app: redis}
    spec:
      containers:
        - name: redis
          image: redis:7-alpine
          args: ["--requirepass", "$(REDIS_PASSWORD)"]
          env:
            - name: REDIS_PASSWORD
              value: "@@secret@@"
          ports:
            - containerPort: 6379
''', fakes.redis_password(_seed()))

add("k8s/decoy-secret-key-ref", "k8s/shop/deployment.yaml", "Kubernetes docs: env from secretKeyRef", '''
apiVersion: apps/v1
kind: Deployment
metadata:
  name: shop-web
  namespace: thangkaghar
spec:
  replicas: 2
  selector:
    matchLabels: {app: shop-web}
  template:
    metadata:
      labels: {app: shop-web}
    spec:
      containers:
        - name: web
          image: registry.digitalocean.com/thangkaghar/shop-web:2.8.0
          env:
            - name: KHALTI_SECRET_KEY
              valueFrom:
                secretKeyRef: {name: payments, key: KHALTI_SECRET_KEY}
            - name: DATABASE_PASSWORD
              valueFrom:
                secretKeyRef: {name: shop-db, key: password}
''')

add("github-actions/digitalocean-token", ".github/workflows/deploy-k8s.yml", "digitalocean/action-doctl docs: token input", '''
name: deploy-k8s
on:
  workflow_dispatch:
jobs:
  deploy:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: digitalocean/action-doctl@v2
        with:
          token: @@secret@@
      - run: doctl kubernetes cluster kubeconfig save thangkaghar-blr1
      - run: kubectl apply -f k8s/shop/
''', do_token())

add("yaml/gitlab-ci-sshpass", ".gitlab-ci.yml", "GitLab CI docs: .gitlab-ci.yml; sshpass man page", '''
stages: [test, deploy]

test:
  image: python:3.12
  script:
    - pip install -r requirements.txt
    - pytest -q

deploy_cpanel:
  stage: deploy
  image: alpine:3.20
  only: [main]
  script:
    - apk add --no-cache openssh-client sshpass rsync
    - sshpass -p '@@secret@@' rsync -az --delete -e "ssh -o StrictHostKeyChecking=no" ./public/ hlokta@himalayanlokta.com:public_html/
''', words_pw())

add("yaml/decoy-gitlab-ci-variables", "inventory/.gitlab-ci.yml", "GitLab CI docs: CI/CD variables", '''
stages: [build, deploy]

build:
  image: maven:3.9-eclipse-temurin-21
  script:
    - mvn -B -q package -DskipTests

deploy:
  stage: deploy
  image: alpine:3.20
  only: [main]
  script:
    - apk add --no-cache openssh-client
    - eval $(ssh-agent -s)
    - echo "$SSH_PRIVATE_KEY" | tr -d '\\r' | ssh-add -
    - scp target/inventory.jar deploy@10.20.0.14:/opt/inventory/
''')

add("dockerfile/mysql-root-password", "db/Dockerfile", "Docker Hub mysql image docs: MYSQL_ROOT_PASSWORD", '''
FROM mysql:8.4
ENV MYSQL_ROOT_PASSWORD=@@secret@@
ENV MYSQL_DATABASE=lokta_inventory
ENV TZ=Asia/Kathmandu
COPY schema/*.sql /docker-entrypoint-initdb.d/
EXPOSE 3306
''', words_pw())

add("dockerfile/decoy-arg-placeholder", "order-bot/Dockerfile.dev", "Docker docs: ARG and ENV", '''
FROM python:3.12-slim
ARG TELEGRAM_BOT_TOKEN=changeme
ENV TELEGRAM_BOT_TOKEN=${TELEGRAM_BOT_TOKEN}
WORKDIR /app
COPY . .
RUN pip install -r requirements.txt
CMD ["python", "-m", "order_bot", "--dev"]
''')

add("compose/decoy-dev-defaults", "dev/docker-compose.yml", "Docker Compose docs: environment", '''
# local only — throwaway containers (स्थानीय विकासका लागि)
services:
  db:
    image: postgres:16
    environment:
      POSTGRES_USER: postgres
      POSTGRES_PASSWORD: postgres
      POSTGRES_DB: lokta_dev
    ports: ["5432:5432"]
  mailpit:
    image: axllent/mailpit
    ports: ["8025:8025", "1025:1025"]
''')

add("compose/sendgrid-key", "ops/compose/mailer.yml", "SendGrid docs: API keys", '''
services:
  mailer:
    image: registry.gitlab.com/loktaudhyog/mailer:1.2
    restart: always
    environment:
      - SENDGRID_API_KEY=@@secret@@
      - MAIL_FROM=namaste@loktapaper.com.np
      - QUEUE_URL=redis://redis:6379/3
''', sendgrid_key())

# ---------------------------------------------------------------- more code of the shops
add("java/smtp-password", "src/main/java/np/patanthangka/mail/InvoiceMailer.java", "Jakarta Mail docs: Session with Authenticator", '''
package np.patanthangka.mail;

import jakarta.mail.*;
import java.util.Properties;

public class InvoiceMailer {
    private static final String USER = "invoices@patanthangka.com.np";
    private static final String PASS = "@@secret@@";

    public Session session() {
        Properties p = new Properties();
        p.put("mail.smtp.host", "smtp.zoho.in");
        p.put("mail.smtp.port", "587");
        p.put("mail.smtp.auth", "true");
        p.put("mail.smtp.starttls.enable", "true");
        return Session.getInstance(p, new Authenticator() {
            protected PasswordAuthentication getPasswordAuthentication() {
                return new PasswordAuthentication(USER, PASS);
            }
        });
    }
}
''', words_pw())

add("java/decoy-password-field-label", "src/main/java/np/patanthangka/ui/LoginForm.java", "Java docs: constants for UI labels", '''
package np.patanthangka.ui;

public final class LoginForm {
    public static final String PASSWORD_LABEL = "पासवर्ड";
    public static final String PASSWORD_FIELD = "password";
    public static final String PASSWORD_RESET_PATH = "/account/password-reset";
    public static final int PASSWORD_MIN_LENGTH = 12;
    public static final String PASSWORD_PATTERN = "^(?=.*[A-Z])(?=.*[a-z])(?=.*\\\\d).{12,}$";

    private LoginForm() {}
}
''')

add("kotlin/decoy-buildconfig-field", "app/build.gradle.kts", "Android Gradle docs: buildConfigField from local.properties", '''
import java.util.Properties

val localProps = Properties().apply {
    rootProject.file("local.properties").takeIf { it.exists() }?.inputStream()?.use { load(it) }
}

android {
    namespace = "np.loktaudhyog"
    defaultConfig {
        applicationId = "np.loktaudhyog"
        minSdk = 24
        buildConfigField("String", "KHALTI_PUBLIC_KEY", "\\"${localProps.getProperty("khalti.publicKey", "")}\\"")
        buildConfigField("String", "API_BASE", "\\"https://api.loktapaper.com.np/\\"")
    }
}
''')

add("properties/signing-keystore-password", "app/keystore.properties", "Android docs: signing config from a properties file", '''
# release signing (Play Store: Lokta Udhyog)
storeFile=../keys/lokta-release.jks
storePassword=@@secret@@
keyAlias=lokta
keyPassword=@@secret@@
''', rand_pw(16))

add("properties/decoy-gradle-properties", "gradle.properties", "Gradle docs: gradle.properties", '''
org.gradle.jvmargs=-Xmx2048m -Dfile.encoding=UTF-8
android.useAndroidX=true
kotlin.code.style=official
android.nonTransitiveRClass=true
# signing passwords are in ~/.gradle/gradle.properties on the build Mac, not here
''')

add("csharp/sql-server-connection", "src/Thangka.Archive/Data/ArchiveContext.cs", "Microsoft docs: SQL Server connection strings", '''
using Microsoft.EntityFrameworkCore;

namespace Thangka.Archive.Data
{
    public class ArchiveContext : DbContext
    {
        public DbSet<Painting> Paintings => Set<Painting>();
        public DbSet<Pigment> Pigments => Set<Pigment>();

        protected override void OnConfiguring(DbContextOptionsBuilder options) =>
            options.UseSqlServer("Server=tcp:thangka-archive.database.windows.net,1433;Database=archive;User ID=archive_app;Password=@@secret@@;Encrypt=True;");
    }
}
''', words_pw())

add("csharp/decoy-user-secrets", "src/Thangka.Archive/Program.cs", "ASP.NET Core docs: user secrets and configuration", '''
var builder = WebApplication.CreateBuilder(args);

// connection string from user-secrets (dev) or Key Vault (prod)
if (builder.Environment.IsDevelopment())
    builder.Configuration.AddUserSecrets<Program>();
else
    builder.Configuration.AddAzureKeyVault(new Uri("https://thangka-kv.vault.azure.net/"), new DefaultAzureCredential());

builder.Services.AddDbContext<ArchiveContext>(o =>
    o.UseSqlServer(builder.Configuration.GetConnectionString("Archive")));

var app = builder.Build();
app.MapGet("/", () => "Thangka archive");
app.Run();
''')

add("rust/decoy-config-from-env", "lokta-ledger/src/config.rs", "Rust std docs: std::env::var", '''
use std::env;

pub struct Config {
    pub database_url: String,
    pub sms_token: String,
    pub bind: String,
}

impl Config {
    pub fn from_env() -> Self {
        Self {
            database_url: env::var("DATABASE_URL").expect("DATABASE_URL"),
            sms_token: env::var("SPARROW_TOKEN").unwrap_or_default(),
            bind: env::var("BIND").unwrap_or_else(|_| "0.0.0.0:8080".into()),
        }
    }
}
''')

add("rust/sparrow-sms-token", "lokta-ledger/src/notify.rs", "Sparrow SMS API docs: token parameter", '''
use reqwest::Client;

const SPARROW_TOKEN: &str = "@@secret@@";

/// SMS the workshop head when a pulp batch is ready for sheet forming.
pub async fn batch_ready(client: &Client, batch: &str) -> reqwest::Result<()> {
    let text = format!("ब्याच {batch} तयार छ — पाना बनाउन सुरु गर्नुहोस्");
    client
        .post("http://api.sparrowsms.com/v2/sms/")
        .form(&[("token", SPARROW_TOKEN), ("from", "LoktaUdhyog"), ("to", "98XXXXXXXX"), ("text", &text)])
        .send()
        .await?;
    Ok(())
}
''', fakes.drawn(_seed(), 20, ALNUM))

# ---------------------------------------------------------------- docs, runbooks, handover notes
add("markdown/khalti-secret-key", "docs/runbooks/payment-outage.md", "Khalti docs: ePayment API keys", '''
# Runbook: भुक्तानी बन्द भयो (Khalti/eSewa outage)

1. Check https://status.khalti.com and the #shop-alerts channel.
2. If Khalti returns `401 Invalid token`, the key was rotated. Current live key (Sept 2024):

   ```
   Authorization: Key @@secret@@
   ```

3. Switch the checkout to eSewa only: `./manage.py set_flag khalti_enabled false`.
4. Tell customers on Facebook page: "Khalti maa samasya chha, eSewa prayog garnuhos".
5. After recovery, re-enable and run `./manage.py reconcile_khalti --since yesterday`.
''', khalti_live())

add("markdown/decoy-khalti-public-key", "docs/integrations/khalti.md", "Khalti docs: public key is used in the client checkout widget", '''
# Khalti integration

- Widget (web checkout) uses the **public** key, safe in the browser:
  `live_public_key_@@pub@@`
- Server calls use the secret key from `KHALTI_SECRET_KEY` (Vault: `kv/lokta/khalti`).
- Amounts are in **paisa** (रु १ = 100 paisa).
- Sandbox: https://test-admin.khalti.com — test MPIN `1111`, OTP `987654` (public test values from the docs).
''', pub=hexs(32))

add("markdown/ftp-password", "docs/handover/print-lab.md", "FileZilla / FTP; a handover note", '''
# Print lab handover — Kathmandu Digital Press

Pemba is away in Dolpo until Losar. Sita handles giclée print orders meanwhile.

- FTP host: `ftp.ktmdigitalpress.com.np` (port 21, explicit TLS)
- user: `patanthangka`
- pass: `@@secret@@`
- Upload TIFF, 300 dpi, Adobe RGB, file name = SKU (e.g. `THK-GREEN-TARA-60.tif`)
- Paper: Hahnemühle Photo Rag 308 for prints; **never** lokta for giclée (ink bleeds)

फोन: प्रिन्ट ल्याब 01-5XXXXXX (बिहान १० देखि ५).
''', words_pw())

add("markdown/decoy-redacted-handover", "docs/handover/shop-admin.md", "a handover note with redacted credentials", '''
# Shop admin handover (पसल प्रशासन)

| System | User | Password |
|---|---|---|
| WordPress admin | sita | `[REDACTED — Bitwarden]` |
| cPanel | hlokta | `••••••••••••` |
| Khalti merchant | 98XXXXXXXX | OTP to Sita's phone |
| eSewa merchant | loktaudhyog | `<in Bitwarden>` |

Rotate all after handover. Bitwarden org: "Himalayan Lokta".
''')

add("markdown/stripe-secret-key", "tools/invoice-pdf/README.md", "Stripe docs: API keys", '''
# invoice-pdf

Builds bilingual (English/नेपाली) PDF invoices for wholesale lokta orders from Stripe invoices.

## Run

```bash
pip install -r requirements.txt
export STRIPE_API_KEY=@@secret@@
python invoice_pdf.py --month 2024-10 --out ./invoices
```

Fonts: `NotoSansDevanagari-Regular.ttf` must be in `./fonts`.
''', stripe_key())

add("markdown/decoy-stripe-test-docs", "tools/invoice-pdf/CONTRIBUTING.md", "Stripe docs: test mode and test cards", '''
# Contributing

Use Stripe **test mode**. Test cards from the Stripe docs:

- `4242 4242 4242 4242` — success
- `4000 0000 0000 9995` — insufficient funds

Set `STRIPE_API_KEY=sk_test_...` from *your own* test dashboard; never a live key.
Run `pytest -q` before a pull request. Devanagari text is checked with `test_fonts.py`.
''')

add("markdown/decoy-checksums", "releases/lokta-colour-1.3.0.md", "PyPI / pip docs: hash-checking mode", '''
# lokta-colour 1.3.0

Mineral pigment palette (lapis, malachite, cinnabar, orpiment) for thangka restorers.

```
lokta_colour-1.3.0-py3-none-any.whl  sha256:@@h1@@
lokta_colour-1.3.0.tar.gz            sha256:@@h2@@
```

Git tag `v1.3.0` at commit `@@c@@`.
''', h1=sha256ish(), h2=sha256ish(), c=hexs(40))

add("markdown/decoy-sri-hashes", "web/templates/partials/head.md", "MDN docs: Subresource Integrity", '''
<!-- head partial (rendered as markdown by the static site) -->
<link rel="stylesheet" href="https://cdn.jsdelivr.net/npm/bootstrap@5.3.3/dist/css/bootstrap.min.css"
      integrity="sha384-@@s1@@" crossorigin="anonymous">
<script src="https://cdn.jsdelivr.net/npm/alpinejs@3.14.1/dist/cdn.min.js"
        integrity="sha384-@@s2@@" crossorigin="anonymous" defer></script>
<meta name="description" content="हातले बनाएको लोक्ता कागज — Handmade lokta paper from Bhaktapur">
''', s1=fakes.drawn(_seed(), 64, ALNUM + "+/"), s2=fakes.drawn(_seed(), 64, ALNUM + "+/"))

add("markdown/telegram-bot-token", "notes/bot-setup.md", "Telegram Bot API docs: bot token", '''
# Order bot setup notes (Ram)

- Created bot via @BotFather: `@LoktaOrderBot`
- token: @@secret@@
- group "Lokta Karkhana Orders" chat id: -1001834412977
- bot must be admin in the group to read messages
- deployed on the droplet as systemd unit `order-bot.service`

TODO: token lai .env maa saarne.
''', fakes.telegram_token(_seed()))

add("markdown/decoy-api-docs-examples", "docs/api/orders.md", "OpenAPI-style API documentation with example values", '''
# Orders API (internal)

`POST /api/v1/orders` — header `Authorization: Bearer <token>`

```json
{
  "sku": "LOK-A4-NAT-50",
  "qty": 4,
  "customer": {"name": "राम बहादुर", "phone": "98XXXXXXXX"},
  "idempotency_key": "@@u@@"
}
```

Tokens are issued per staff member in the admin panel; they expire after 30 days.
''', u=uuid_s())

# ---------------------------------------------------------------- split strings and odd forms
_split_khalti = khalti_live()
add("python/khalti-key-split", "shop/payments/legacy_khalti.py", "Khalti docs: ePayment API keys", '''
# legacy checkout (v1), kept for old mobile app versions
import requests

# split so grep doesn't find it (!)
KHALTI_KEY = ("@@a@@" +
              "@@b@@")


def verify(token: str, amount: int) -> dict:
    return requests.post("https://khalti.com/api/v2/payment/verify/",
                         data={"token": token, "amount": amount},
                         headers={"Authorization": f"Key {KHALTI_KEY}"}, timeout=15).json()
''', _split_khalti, a=_split_khalti[:24], b=_split_khalti[24:])

_split_pw = words_pw()
add("python/smtp-password-split", "mailer/legacy_send.py", "Python docs: smtplib.SMTP.login", '''
import smtplib
from email.message import EmailMessage

PASSWORD = ("@@a@@"
            "@@b@@")


def send(to: str, subject: str, body: str) -> None:
    msg = EmailMessage()
    msg["From"], msg["To"], msg["Subject"] = "orders@thangkaghar.com.np", to, subject
    msg.set_content(body)
    with smtplib.SMTP_SSL("mail.thangkaghar.com.np", 465) as s:
        s.login("orders@thangkaghar.com.np", PASSWORD)
        s.send_message(msg)
''', _split_pw, a=_split_pw[:7], b=_split_pw[7:])

# ---------------------------------------------------------------- the last mixed group
add("plist/decoy-ios-info", "LoktaTrail/Info.plist", "Apple docs: Info.plist keys", '''
<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
<dict>
    <key>CFBundleIdentifier</key>
    <string>np.loktatrail.app</string>
    <key>MBXAccessToken</key>
    <string>@@pk@@</string>
    <key>NSLocationWhenInUseUsageDescription</key>
    <string>नक्सामा कागज गाउँ देखाउन</string>
</dict>
</plist>
''', pk=mapbox_public())

add("plist/revenuecat-secret", "LoktaTrail/Secrets.plist", "RevenueCat docs: secret API keys (sk_) are server-only", '''
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
''', "sk_" + alnum(32), pub=alnum(27))

add("xml/smtp-password-web-config", "site/Web.config", "Microsoft docs: system.net mailSettings in Web.config", '''
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <system.net>
    <mailSettings>
      <smtp from="gallery@patanthangka.com.np" deliveryMethod="Network">
        <network host="smtp.zoho.in" port="587" enableSsl="true"
                 userName="gallery@patanthangka.com.np" password="@@secret@@" />
      </smtp>
    </mailSettings>
  </system.net>
  <appSettings>
    <add key="Culture" value="ne-NP" />
  </appSettings>
</configuration>
''', words_pw())

add("xml/decoy-maven-settings-env", "inventory/.mvn/settings.xml", "Maven docs: settings.xml with environment variables", '''
<settings>
  <servers>
    <server>
      <id>gitlab-maven</id>
      <configuration>
        <httpHeaders>
          <property>
            <name>Job-Token</name>
            <value>${env.CI_JOB_TOKEN}</value>
          </property>
        </httpHeaders>
      </configuration>
    </server>
  </servers>
</settings>
''')

add("toml/decoy-pyproject", "tools/lokta-colour/pyproject.toml", "Python Packaging docs: pyproject.toml", '''
[project]
name = "lokta-colour"
version = "1.3.0"
description = "Mineral pigment palettes for thangka restoration"
authors = [{name = "Patan Thangka Kala Kendra", email = "dev@patanthangka.com.np"}]
requires-python = ">=3.9"
dependencies = ["colormath>=3.0"]

[project.urls]
Homepage = "https://github.com/patan-thangka/lokta-colour"

[tool.pytest.ini_options]
addopts = "-q"
''')

add("toml/streamlit-db-password", "dashboard/.streamlit/secrets.toml", "Streamlit docs: secrets.toml connections", '''
# sales dashboard for the Bhaktapur office (बिक्री ड्यासबोर्ड)
[connections.sales]
dialect = "mysql"
host = "10.20.0.14"
port = 3306
database = "hl_wp"
username = "metabase_ro"
password = "@@secret@@"
''', words_pw())

add("toml/decoy-netlify", "web/netlify.toml", "Netlify docs: netlify.toml", '''
[build]
  command = "npm run build"
  publish = "dist"

[build.environment]
  NODE_VERSION = "20"
  PUBLIC_SHOP_URL = "https://loktapaper.com.np"

[[redirects]]
  from = "/np/*"
  to = "/ne/:splat"
  status = 301
''')

add("terraform/digitalocean-token", "infra/do/main.tf", "Terraform DigitalOcean provider docs: token argument", '''
terraform {
  required_providers {
    digitalocean = { source = "digitalocean/digitalocean", version = "~> 2.39" }
  }
}

provider "digitalocean" {
  token = "@@secret@@"
}

resource "digitalocean_droplet" "shop" {
  name   = "lokta-shop-1"
  region = "blr1"
  size   = "s-1vcpu-2gb"
  image  = "ubuntu-24-04-x64"
}
''', do_token())

add("terraform/decoy-tfvars-example", "infra/do/terraform.tfvars.example", "Terraform docs: variable definitions files", '''
# copy to terraform.tfvars (gitignored)
do_token         = "dop_v1_your_token_here"
cloudflare_token = "<cloudflare-api-token>"
region           = "blr1"
droplet_size     = "s-1vcpu-2gb"
''')

add("sql/decoy-config-table", "db/migrations/2081_07_settings.sql", "PostgreSQL docs: INSERT", '''
-- shop settings (no secrets here; secrets stay in the environment)
CREATE TABLE IF NOT EXISTS settings (key text PRIMARY KEY, value text NOT NULL);
INSERT INTO settings (key, value) VALUES
  ('khalti_public_key', 'live_public_key_@@pub@@'),
  ('esewa_product_code', 'NP-ES-LOKTA'),
  ('currency', 'NPR'),
  ('free_shipping_over_npr', '5000'),
  ('support_phone', '+977-1-66XXXXX');
''', pub=hexs(32))

add("sql/postgres-alter-role", "db/ops/rotate_app_password.sql", "PostgreSQL docs: ALTER ROLE ... PASSWORD", '''
-- रोटेसन: 2081 कात्तिक
ALTER ROLE thangkaghar WITH PASSWORD '@@secret@@';
ALTER ROLE thangkaghar VALID UNTIL '2025-10-31';
-- notify: update DATABASE_URL on the droplet and in k8s secret shop-db
SELECT now() AS rotated_at;
''', rand_pw(20))

add("csv/decoy-artist-ids", "exports/artists.csv", "CSV export of the artist register", '''
artist_id,name_en,name_ne,school,since,pan_no
@@u1@@,Pemba Lama,पेम्बा लामा,Karma Gadri,2065,601234567
@@u2@@,Sita Shakya,सीता शाक्य,Newari Paubha,2070,602345678
@@u3@@,Tashi Gurung,ताशी गुरुङ,Menri,2072,603456789
@@u4@@,Ram Chitrakar,राम चित्रकार,Newari Paubha,2058,604567890
''', u1=uuid_s(), u2=uuid_s(), u3=uuid_s(), u4=uuid_s())

add("csv/decoy-lokta-batches", "exports/pulp-batches-2081.csv", "CSV export of a production ledger", '''
batch,bark_kg,caustic_litres,sheets,drying_days,qc_hash
B2081-041,42.5,18,1240,3,@@h1@@
B2081-042,38.0,16,1105,4,@@h2@@
B2081-043,45.2,19,1322,3,@@h3@@
B2081-044,40.1,17,1180,5,@@h4@@
''', h1=hexs(40), h2=hexs(40), h3=hexs(40), h4=hexs(40))

add("csv/courier-api-token", "exports/integrations-2081.csv", "CSV export of a shared spreadsheet of integrations", '''
service,account,key_type,value,owner,rotated
Sparrow SMS,LoktaUdhyog,token,(in Bitwarden),Sita,2081-04
Nepal Can Move,loktaudhyog,api token,@@secret@@,Ram,2081-06
Khalti,merchant 9841,public key,live_public_key_@@pub@@,Sita,2081-02
Google Maps,lokta-web,browser key (restricted),see console,Ram,2080-11
''', hexs(40), pub=hexs(32))

add("log/decoy-masked-keys", "logs/shop-startup.log", "application startup log with masked configuration", '''
2024-10-02 06:00:01 INFO  booting shop-web 2.8.0 (env=production, tz=Asia/Kathmandu)
2024-10-02 06:00:01 INFO  config KHALTI_SECRET_KEY=live_secret_key_****************************a91f
2024-10-02 06:00:01 INFO  config STRIPE_SECRET_KEY=sk_live_********************Xq2
2024-10-02 06:00:01 INFO  config DATABASE_URL=postgres://thangkaghar:*****@db-postgresql-blr1-55120.b.db.ondigitalocean.com:25060/shop
2024-10-02 06:00:02 INFO  connected to postgres (pool=10)
2024-10-02 06:00:02 INFO  listening on 0.0.0.0:8000
''')

add("log/postgres-url-traceback", "logs/worker-error-2081-07-15.log", "Python traceback logging a SQLAlchemy URL", '''
2024-07-30 23:41:09,551 ERROR worker: batch sync failed
Traceback (most recent call last):
  File "/srv/ledger/sync.py", line 44, in run
    eng = create_engine(url)
  File "/srv/ledger/sync.py", line 31, in connect
    raise ConnectionError(f"cannot reach {url}")
ConnectionError: cannot reach postgresql://ledger:@@secret@@@10.20.0.14:5432/lokta_ledger
2024-07-30 23:41:09,552 INFO  retry in 300s
''', rand_pw(15))

add("go/decoy-test-fixture", "internal/payments/khalti_test.go", "Go testing docs: table-driven tests with fixtures", '''
package payments

import "testing"

func TestAuthHeader(t *testing.T) {
	cases := []struct{ key, want string }{
		{"test_secret_key_0000000000000000000000000000000", "Key test_secret_key_0000000000000000000000000000000"},
		{"", ""},
	}
	for _, c := range cases {
		if got := authHeader(c.key); got != c.want {
			t.Errorf("authHeader(%q) = %q, want %q", c.key, got, c.want)
		}
	}
}
''')

add("go/aakash-sms-token", "cmd/smsblast/main.go", "Aakash SMS API docs: auth_token", '''
package main

import (
	"fmt"
	"net/http"
	"net/url"
	"os"
)

// Tihar greeting to wholesale buyers (तिहारको शुभकामना)
func main() {
	token := "@@secret@@"
	for _, to := range os.Args[1:] {
		resp, err := http.PostForm("https://sms.aakashsms.com/sms/v3/send", url.Values{
			"auth_token": {token}, "to": {to}, "text": {"शुभ दीपावली! Himalayan Lokta"},
		})
		if err != nil {
			fmt.Println(to, err)
			continue
		}
		fmt.Println(to, resp.Status)
	}
}
''', hexs(64))

add("go/decoy-regex-patterns", "internal/validate/patterns.go", "Go regexp docs", '''
package validate

import "regexp"

// Shapes we accept in the admin form (not secrets, just validation)
var (
	KhaltiPublicKey = regexp.MustCompile(`^(live|test)_public_key_[0-9a-f]{32}$`)
	NepalMobile     = regexp.MustCompile(`^9[78]\\d{8}$`)
	PANNumber       = regexp.MustCompile(`^\\d{9}$`)
	SKU             = regexp.MustCompile(`^(THK|LOK)-[A-Z0-9-]{3,30}$`)
)
''')

add("ruby/decoy-rails-credentials-ref", "config/initializers/khalti.rb", "Rails docs: encrypted credentials", '''
# Khalti keys come from config/credentials/production.yml.enc
Khalti.configure do |c|
  c.public_key = Rails.application.credentials.dig(:khalti, :public_key)
  c.secret_key = Rails.application.credentials.dig(:khalti, :secret_key)
  c.base_url   = "https://khalti.com/api/v2"
end
''')

add("ruby/decoy-fixture-yaml", "test/fixtures/customers.yml", "Rails docs: test fixtures", '''
# test fixtures (नक्कली ग्राहक)
pemba:
  name: Pemba Lama
  email: pemba@example.com
  encrypted_password: <%= Devise::Encryptor.digest(User, "password123") %>
sita:
  name: Sita Shakya
  email: sita@example.com
  encrypted_password: <%= Devise::Encryptor.digest(User, "password123") %>
''')

add("shell/smtp-swaks", "ops/mail/test_relay.sh", "swaks docs: --auth-user / --auth-password", '''
#!/bin/sh
# test the Zoho relay after DNS change (SPF/DKIM)
swaks --to sita@himalayanlokta.com \\
      --from orders@loktapaper.com.np \\
      --server smtp.zoho.in:587 --tls \\
      --auth LOGIN --auth-user orders@loktapaper.com.np \\
      --auth-password '@@secret@@' \\
      --header "Subject: relay test $(date +%H:%M)"
''', words_pw())

add("shell/decoy-ssh-keygen", "ops/deploy/new_deploy_key.sh", "OpenSSH docs: ssh-keygen", '''
#!/bin/bash
# generate a fresh deploy key; public half goes to GitHub → Settings → Deploy keys
set -euo pipefail
KEY=~/.ssh/lokta_deploy_$(date +%Y%m)
ssh-keygen -t ed25519 -N "" -C "deploy@lokta-shop-1" -f "$KEY"
echo "public key:"; cat "$KEY.pub"
ssh-keygen -lf "$KEY.pub"   # fingerprint SHA256:... for the handover note
''')

add("python/decoy-uuid-and-hash", "catalogue/ids.py", "Python docs: uuid and hashlib", '''
import hashlib
import uuid

NAMESPACE_THANGKA = uuid.UUID("@@ns@@")


def painting_id(artist: str, title: str, year_bs: int) -> uuid.UUID:
    return uuid.uuid5(NAMESPACE_THANGKA, f"{artist}|{title}|{year_bs}")


def image_fingerprint(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


EMPTY_SHA256 = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"
''', ns=uuid_s())

add("python/decoy-pydantic-settings", "shop/config.py", "pydantic-settings docs: SecretStr from environment", '''
from pydantic import SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_file=".env", env_prefix="SHOP_")

    khalti_secret_key: SecretStr
    esewa_secret_key: SecretStr
    stripe_secret_key: SecretStr = SecretStr("")
    database_url: str = "postgresql://localhost/shop"
    sparrow_token: SecretStr | None = None


settings = Settings()
''')

add("python/decoy-recaptcha-site-key", "shop/forms/contact.py", "Google reCAPTCHA docs: the site key is public", '''
from django import forms
from django_recaptcha.fields import ReCaptchaField
from django_recaptcha.widgets import ReCaptchaV2Checkbox

RECAPTCHA_SITE_KEY = "6Lc@@sk@@"  # public, shown in the page


class ContactForm(forms.Form):
    name = forms.CharField(label="नाम", max_length=80)
    email = forms.EmailField(label="इमेल")
    message = forms.CharField(label="सन्देश", widget=forms.Textarea)
    captcha = ReCaptchaField(widget=ReCaptchaV2Checkbox, public_key=RECAPTCHA_SITE_KEY)
''', sk=fakes.drawn(_seed(), 37, ALNUM + "_-"))

add("env/recaptcha-secret", "shop/.env.staging", "Google reCAPTCHA docs: the secret key is server-side", '''
# staging (Pemba's VPS)
DJANGO_DEBUG=0
RECAPTCHA_PUBLIC_KEY=6Lc@@sk@@
RECAPTCHA_PRIVATE_KEY=@@secret@@
ALLOWED_HOSTS=staging.thangkaghar.com.np
''', "6Lc" + fakes.drawn(_seed(), 37, ALNUM + "_-"), sk=fakes.drawn(_seed(), 37, ALNUM + "_-"))

add("typescript/decoy-algolia-search-key", "web/src/lib/search.ts", "Algolia docs: search-only API keys are public", '''
import algoliasearch from "algoliasearch/lite";

// search-only key: safe in the browser (Algolia docs)
export const searchClient = algoliasearch("K7QX2LOKTA", "@@k@@");
export const INDEX = "products_ne";
''', k=hexs(32))

add("typescript/algolia-admin-key", "web/scripts/reindex.ts", "Algolia docs: Admin API key", '''
import algoliasearch from "algoliasearch";
import products from "../data/products.json";

// reindex after adding new lokta products — ADMIN key (write)
const client = algoliasearch("K7QX2LOKTA", "@@secret@@");
const index = client.initIndex("products_ne");

await index.replaceAllObjects(products.map((p: any) => ({ objectID: p.sku, ...p })), { safe: true });
console.log(`reindexed ${products.length} products`);
''', hexs(32))

add("swift/aws-secret-key", "ThangkaScan/Sources/Upload/S3Uploader.swift", "AWS SDK for Swift docs: static credentials", '''
import AWSS3
import AWSClientRuntime

// iPad app in the studio: photograph a finished thangka, upload the raw file
struct S3Uploader {
    static let bucket = "patan-thangka-raw"
    static let accessKeyId = "@@kid@@"
    static let secretAccessKey = "@@secret@@"

    static func client() async throws -> S3Client {
        let creds = AWSCredentialIdentity(accessKey: accessKeyId, secret: secretAccessKey)
        let config = try await S3Client.S3ClientConfiguration(
            awsCredentialIdentityResolver: try StaticAWSCredentialIdentityResolver(creds),
            region: "ap-south-1")
        return S3Client(config: config)
    }
}
''', fakes.aws_secret_key(_seed()), kid=fakes.aws_key_id(_seed()))

add("kotlin/fonepay-merchant-secret", "app/src/main/java/np/loktaudhyog/pay/FonepayQr.kt", "Fonepay merchant integration guide: dynamic QR with secret key (HMAC-SHA512)", '''
package np.loktaudhyog.pay

import javax.crypto.Mac
import javax.crypto.spec.SecretKeySpec

// Fonepay dynamic QR for the Bhaktapur shop counter (काउन्टर QR)
class FonepayQr(private val merchantCode: String = "LOKTA0912") {
    private val secretKey = "@@secret@@"

    fun dataValidation(amount: String, prn: String, remarks: String): String {
        val message = "$amount,$prn,$merchantCode,$remarks,NA"
        val mac = Mac.getInstance("HmacSHA512")
        mac.init(SecretKeySpec(secretKey.toByteArray(), "HmacSHA512"))
        return mac.doFinal(message.toByteArray()).joinToString("") { "%02x".format(it) }
    }
}
''', hexs(32))

add("powershell/nas-smb-password", "scripts/Map-StudioDrives.ps1", "Microsoft docs: net use / New-SmbMapping", '''
# map the Synology shares on the scanner PC at logon (स्टुडियो ड्राइभ)
$nas = "\\\\192.168.1.20"
New-SmbMapping -LocalPath "M:" -RemotePath "$nas\\masters" -UserName "scanner" -Password "@@secret@@" -Persistent $true
New-SmbMapping -LocalPath "S:" -RemotePath "$nas\\swatches" -UserName "scanner" -Password "@@secret@@" -Persistent $true
Write-Host "drives mapped"
''', rand_pw(14, "!"))

add("powershell/decoy-read-host-secure", "scripts/Map-StudioDrives-v2.ps1", "Microsoft docs: Read-Host -AsSecureString, Get-Credential", '''
# v2: asks once, password never stored in the script
$nas = "\\\\192.168.1.20"
$cred = Get-Credential -UserName "scanner" -Message "NAS password (Synology)"
New-PSDrive -Name M -PSProvider FileSystem -Root "$nas\\masters" -Credential $cred -Persist
New-PSDrive -Name S -PSProvider FileSystem -Root "$nas\\swatches" -Credential $cred -Persist
Write-Host "ड्राइभ जोडियो"
''')

add("ini/msmtp-password", "ops/pi/msmtprc", "msmtp docs: configuration file (password)", '''
# msmtp on the drying-shed Pi: humidity alert emails
defaults
auth           on
tls            on
tls_trust_file /etc/ssl/certs/ca-certificates.crt
logfile        ~/.msmtp.log

account        zoho
host           smtp.zoho.in
port           587
from           shed@loktapaper.com.np
user           shed@loktapaper.com.np
password       @@secret@@

account default : zoho
''', words_pw())

add("json/composer-github-oauth", "auth.json", "Composer docs: auth.json github-oauth", '''
{
    "github-oauth": {
        "github.com": "@@secret@@"
    },
    "http-basic": {}
}
''', fakes.fake("gho_", 36, _seed()))

add("github-actions/registry-password", ".github/workflows/build-image.yml", "docker/login-action docs: username and password inputs", '''
name: build-image
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
          registry: registry.digitalocean.com
          username: ram@thangkaghar.com.np
          password: @@secret@@
      - uses: docker/build-push-action@v6
        with:
          push: true
          tags: registry.digitalocean.com/thangkaghar/shop-web:${{ github.sha }}
''', do_token())

add("shell/mysql-cli-password", "ops/backup/wp_dump.sh", "MySQL docs: mysqldump -p<password> on the command line", '''
#!/bin/sh
# WordPress DB dump before plugin updates (प्लगइन अपडेट अघि)
STAMP=$(date +%Y%m%d-%H%M)
mysqldump -u hl_wpuser -p'@@secret@@' --single-transaction hl_wp | gzip > ~/backups/hl_wp-$STAMP.sql.gz
ls -1t ~/backups/hl_wp-*.sql.gz | tail -n +15 | xargs -r rm --
''', words_pw())

add("python/printful-token", "pod/printful_sync.py", "Printful API docs: private tokens (Bearer)", '''
"""Print-on-demand posters of our thangka (Printful) — sync products."""
import requests

PRINTFUL_TOKEN = "@@secret@@"
STORE_ID = 13577201


def products():
    r = requests.get("https://api.printful.com/store/products",
                     headers={"Authorization": f"Bearer {PRINTFUL_TOKEN}", "X-PF-Store-Id": str(STORE_ID)},
                     timeout=20)
    r.raise_for_status()
    return r.json()["result"]


for p in products():
    print(p["id"], p["name"])
''', alnum(40))

add("env/redis-url-bot", "bots/.env", "redis-py docs: Redis URLs", '''
# order bot (Telegram) — token lives in the systemd unit's EnvironmentFile on the droplet
TELEGRAM_CHAT_ID=-1001834412977
REDIS_URL=redis://:@@secret@@@10.20.0.15:6379/4
LOG_LEVEL=info
ORDER_POLL_SECONDS=30
''', fakes.redis_password(_seed()))

add("json/decoy-package-lock", "web/package-lock.json", "npm docs: package-lock.json integrity fields", '''
{
  "name": "loktapaper-web",
  "version": "3.1.0",
  "lockfileVersion": 3,
  "requires": true,
  "packages": {
    "node_modules/@stripe/stripe-js": {
      "version": "4.1.0",
      "resolved": "https://registry.npmjs.org/@stripe/stripe-js/-/stripe-js-4.1.0.tgz",
      "integrity": "sha512-@@i1@@=="
    },
    "node_modules/algoliasearch": {
      "version": "4.24.0",
      "resolved": "https://registry.npmjs.org/algoliasearch/-/algoliasearch-4.24.0.tgz",
      "integrity": "sha512-@@i2@@=="
    }
  }
}
''', i1=fakes.drawn(_seed(), 86, ALNUM + "+/"), i2=fakes.drawn(_seed(), 86, ALNUM + "+/"))

add("env/decoy-test-env", "shop/.env.test", "pytest-dotenv / Django testing docs: test settings", '''
# used by pytest only (परीक्षणका लागि नक्कली मान)
DJANGO_SECRET_KEY=test-not-secret
KHALTI_SECRET_KEY=test_secret_key_dummy
ESEWA_SECRET_KEY=dummy
DATABASE_URL=postgres://postgres:postgres@localhost:5432/shop_test
SPARROW_TOKEN=
''')

add("yaml/decoy-dependabot-registry", ".github/dependabot.yml", "GitHub docs: dependabot private registries with secrets", '''
version: 2
registries:
  gitlab-npm:
    type: npm-registry
    url: https://gitlab.com/api/v4/packages/npm/
    token: ${{secrets.GITLAB_NPM_TOKEN}}
updates:
  - package-ecosystem: npm
    directory: /web
    registries: [gitlab-npm]
    schedule:
      interval: weekly
''')

add("markdown/decoy-nepali-setup-guide", "docs/ne/setup.md", "a project setup guide with placeholders", '''
# सेटअप गाइड (नयाँ कम्प्युटरमा)

1. `git clone git@github.com:patan-thangka/shop-web.git`
2. `.env.example` लाई `.env` मा कपी गर्नुहोस्।
3. Khalti ko test key: https://test-admin.khalti.com बाट लिनुहोस्, र यसरी राख्नुहोस्:
   `KHALTI_SECRET_KEY=test_secret_key_<तपाईंको-key>`
4. Database: `docker compose -f dev/docker-compose.yml up -d` (user/pass: `postgres`/`postgres`, local only)
5. `./manage.py migrate && ./manage.py runserver`

समस्या भए #dev च्यानलमा सोध्नुहोस्।
''')
