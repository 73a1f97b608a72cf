"""Blind set FK: bakeries and patisserie chains.

Production planning and ERP jobs, oven, proofer and cold-room controllers (MQTT, OPC UA, LoRaWAN,
ESP32 sensors), HACCP cold-chain monitoring, online ordering shops and wholesale portals, POS and
payment terminals, delivery partners, newsletters and SMS, and the IT and web teams that run them:
and the decoys such teams commit too. Generated fakes only (seeds 1900000-1909999).
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
URLSAFE = ALNUM + "-_"
HEX = "0123456789abcdef"
UPHEX = "0123456789ABCDEF"
B32 = string.ascii_uppercase + "234567"
SEED_LOW, SEED_HIGH = 1900000, 1909999
_SEED = [SEED_LOW]


def _seed() -> int:
    _SEED[0] += 7
    assert SEED_LOW <= _SEED[0] <= SEED_HIGH
    return _SEED[0]


def _rng() -> random.Random:
    return random.Random(_seed())


def draw(n: int, alphabet: str = ALNUM) -> str:
    """n characters of alphabet; of ALNUM, with both cases and a digit (bounded redraws)."""
    r = _rng()
    value = ""
    for _ in range(40):
        value = "".join(r.choice(alphabet) for _ in range(n))
        if alphabet not in (ALNUM, URLSAFE) or n < 8:
            return value
        if any(c.isdigit() for c in value) and any(c.isupper() for c in value) and any(c.islower() for c in value):
            return value
    return value


def hexs(n: int, upper: bool = False) -> str:
    return draw(n, UPHEX if upper else HEX)


def digits(n: int) -> str:
    r = _rng()
    return str(r.randint(1, 9)) + "".join(r.choice(string.digits) for _ in range(n - 1))


def uuid_s() -> str:
    return fakes.uuid4(_seed())


def b64(value: str) -> str:
    return base64.b64encode(value.encode()).decode()


def b64url_nopad(raw: bytes) -> str:
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


BAKE = ["Croissant", "Brioche", "Sourdough", "Baguette", "Eclair", "Macaron", "Ganache", "Praline", "Levain",
        "Fougasse", "Madeleine", "Pretzel", "Strudel", "Cannele", "Focaccia", "Danish", "Panettone", "Crumpet",
        "Meringue", "Streusel", "Bundt", "Challah", "Ciabatta", "Kouign"]
OTHER = ["Harbor", "Falcon", "Cedar", "Orbit", "Granite", "Willow", "Summit", "Lantern", "Copper", "Tundra",
         "Beacon", "Quartz", "Juniper", "Marlin", "Thistle", "Kestrel", "Basalt", "Otter"]
LOWER = ["flour", "rye", "butter", "yeast", "oven", "crust", "whisk", "almond", "hazel", "vanilla", "cocoa",
         "sesame", "poppy", "honey", "maple", "walnut", "cherry", "lemon", "ginger", "caramel"]


def words_pw() -> str:
    r = _rng()
    return r.choice(BAKE) + r.choice("!#$%*&") + r.choice(OTHER) + str(r.randint(10, 9999))


def human_pw() -> str:
    """What a person at a bakery picks: a pastry, a year, a sign."""
    r = _rng()
    return r.choice(BAKE) + str(r.randint(1995, 2025)) + r.choice("!?*#$")


def url_pw(n: int = 20) -> str:
    """A generated password that is safe inside a URL's userinfo."""
    r = _rng()
    head = r.choice(ALNUM)
    return head + draw(n - 1, ALNUM + "-_.")


def rand_pw(n: int = 20, extra: str = "") -> str:
    return draw(n, ALNUM + extra) if extra else draw(n)


def passphrase() -> str:
    r = _rng()
    return "-".join(r.sample(LOWER, 4)) + str(r.randint(1, 99))


# ---- vendor shapes (generated, never issued) ----

def stripe_sk() -> str:
    return "sk_live_51" + draw(97)


def stripe_rk() -> str:
    return "rk_live_51" + draw(97)


def stripe_pk() -> str:
    return "pk_live_51" + draw(97)


def stripe_whsec() -> str:
    return "whsec_" + draw(32)


def square_token() -> str:
    return "EAAAl" + draw(59, URLSAFE)


def square_secret() -> str:
    return "sq0csp-" + draw(43, URLSAFE)


def square_app_id() -> str:
    return "sq0idp-" + draw(22, URLSAFE)


def shopify_token(prefix: str = "shpat_") -> str:
    return prefix + hexs(32)


def adyen_key() -> str:
    return "AQE" + draw(60) + "=-" + draw(43, ALNUM + "+/") + "=-" + draw(10)


def braintree_token() -> str:
    return "access_token$production$" + draw(16, string.ascii_lowercase + string.digits) + "$" + hexs(32)


def paypal_secret() -> str:
    return "E" + draw(79, URLSAFE)


def paypal_client_id() -> str:
    return "A" + draw(79, URLSAFE)


def twilio_sid(prefix: str = "AC") -> str:
    return prefix + hexs(32)


def sendgrid_key() -> str:
    return "SG." + draw(22, URLSAFE) + "." + draw(43, URLSAFE)


def mailchimp_key() -> str:
    return hexs(32) + "-us" + str(_rng().randint(2, 21))


def mailgun_key() -> str:
    return hexs(32) + "-" + hexs(8) + "-" + hexs(8)


def slack_bot() -> str:
    r = _rng()
    return f"xoxb-{r.randint(10**10, 10**11)}-{r.randint(10**12, 10**13)}-" + draw(24)


def slack_webhook() -> str:
    up = string.ascii_uppercase + string.digits
    return "https://hooks.slack.com/services/T" + draw(8, up) + "/B" + draw(10, up) + "/" + draw(24)


def discord_webhook() -> str:
    return f"https://discord.com/api/webhooks/{digits(19)}/" + draw(68, URLSAFE)


def teams_webhook(tenant: str) -> str:
    return (f"https://{tenant}.webhook.office.com/webhookb2/{uuid_s()}@{uuid_s()}/IncomingWebhook/"
            f"{hexs(32)}/{uuid_s()}/V2" + draw(43, URLSAFE))


def github_token() -> str:
    return fakes.github_token(_seed())


def github_pat() -> str:
    return fakes.github_fine_grained_token(_seed())


def gitlab_token() -> str:
    return "glpat-" + draw(20, URLSAFE)


def npm_token() -> str:
    return "npm_" + draw(36)


def dockerhub_pat() -> str:
    return "dckr_pat_" + draw(27, URLSAFE)


def aws_pair():
    return fakes.aws_key_id(_seed()), fakes.aws_secret_key(_seed())


def azure_storage_key() -> str:
    return draw(86, ALNUM + "+/") + "=="


def azure_secret() -> str:
    return draw(3) + "8Q~" + draw(34, ALNUM + "_.-~")


def google_api_key() -> str:
    return "AIza" + draw(35, URLSAFE)


def google_oauth_secret() -> str:
    return "GOCSPX-" + draw(28, URLSAFE)


def openai_key() -> str:
    return fakes.openai_key(_seed())


def anthropic_key() -> str:
    return "sk-ant-api03-" + draw(93, URLSAFE) + "AA"


def influx_token() -> str:
    return draw(86, URLSAFE) + "=="


def grafana_token() -> str:
    return "glsa_" + draw(32) + "_" + hexs(8)


def ttn_key() -> str:
    return "NNSXS." + draw(39, B32) + "." + draw(52, B32)


def mapbox_token(prefix: str, user: str) -> str:
    payload = b64url_nopad(json.dumps({"u": user, "a": draw(25, string.ascii_lowercase + string.digits)},
                                      separators=(",", ":")).encode())
    return f"{prefix}.{payload}." + draw(22, URLSAFE)


def fcm_server_key() -> str:
    return "AAAA" + draw(7, URLSAFE) + ":APA91b" + draw(134, URLSAFE)


def jwt_like(claims: dict) -> str:
    head = b64url_nopad(b'{"alg":"HS256","typ":"JWT"}')
    body = b64url_nopad(json.dumps(claims, separators=(",", ":")).encode())
    return head + "." + body + "." + draw(43, URLSAFE)


def telegram_token() -> str:
    return fakes.telegram_token(_seed())


def rsa_pem(kind: str = "RSA", lines: int = 12) -> str:
    r = _rng()
    body = ["MIIEow" + "".join(r.choice(ALNUM + "+/") for _ in range(58))]
    body += ["".join(r.choice(ALNUM + "+/") for _ in range(64)) for _ in range(lines - 1)]
    body.append("".join(r.choice(ALNUM + "+/") for _ in range(40)) + "==")
    header = f"-----BEGIN {kind} PRIVATE KEY-----" if kind else "-----BEGIN PRIVATE KEY-----"
    footer = f"-----END {kind} PRIVATE KEY-----" if kind else "-----END PRIVATE KEY-----"
    return "\n".join([header] + body + [footer])


def openssh_key() -> str:
    r = _rng()
    body = ["b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW"]
    body += ["".join(r.choice(ALNUM + "+/") for _ in range(70)) for _ in range(3)]
    body.append("".join(r.choice(ALNUM + "+/") for _ in range(24)) + "=")
    return "\n".join(["-----BEGIN OPENSSH PRIVATE KEY-----"] + body + ["-----END OPENSSH PRIVATE KEY-----"])


def ec_pem() -> str:
    r = _rng()
    body = ["MHcCAQEEI" + "".join(r.choice(ALNUM + "+/") for _ in range(55))]
    body += ["".join(r.choice(ALNUM + "+/") for _ in range(64))]
    body.append("".join(r.choice(ALNUM + "+/") for _ in range(52)) + "==")
    return "\n".join(["-----BEGIN EC PRIVATE KEY-----"] + body + ["-----END EC PRIVATE KEY-----"])


def p8_key() -> str:
    r = _rng()
    body = ["MIGTAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBHkwdwIBAQQg" + "".join(r.choice(ALNUM + "+/") for _ in range(16))]
    body += ["".join(r.choice(ALNUM + "+/") for _ in range(64)) for _ in range(2)]
    body.append("".join(r.choice(ALNUM + "+/") for _ in range(8)))
    return "\n".join(["-----BEGIN PRIVATE KEY-----"] + body + ["-----END PRIVATE KEY-----"])


# ---- decoy material: hashes, ciphertext, public values ----

BCRYPT = "./" + string.ascii_uppercase + string.ascii_lowercase + string.digits


def bcrypt_hash() -> str:
    return "$2b$12$" + draw(53, BCRYPT)


def pbkdf2_hash() -> str:
    return "pbkdf2_sha256$870000$" + draw(22) + "$" + draw(43, ALNUM + "+/") + "="


def sha512crypt() -> str:
    return "$6$" + draw(16, BCRYPT) + "$" + draw(86, BCRYPT)


def mosquitto_hash() -> str:
    return "$7$101$" + draw(16, ALNUM + "+/") + "$" + draw(86, ALNUM + "+/") + "=="


def sops_value(kind: str = "str") -> str:
    return (f"ENC[AES256_GCM,data:{draw(27, ALNUM + '+/')}=,iv:{draw(43, ALNUM + '+/')}=,"
            f"tag:{draw(22, ALNUM + '+/')}==,type:{kind}]")


def vault_blob(lines: int = 6) -> str:
    return "\n".join("          " + hexs(80) for _ in range(lines))


def public_pem(lines: int = 6) -> str:
    r = _rng()
    body = ["MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA" + "".join(r.choice(ALNUM + "+/") for _ in range(20))]
    body += ["".join(r.choice(ALNUM + "+/") for _ in range(64)) for _ in range(lines - 2)]
    body.append("".join(r.choice(ALNUM + "+/") for _ in range(6)) + "IDAQAB")
    return "\n".join(["-----BEGIN PUBLIC KEY-----"] + body + ["-----END PUBLIC KEY-----"])


def cert_pem(lines: int = 8) -> str:
    r = _rng()
    body = ["MIIDdzCCAl+gAwIBAgIU" + "".join(r.choice(ALNUM + "+/") for _ in range(44))]
    body += ["".join(r.choice(ALNUM + "+/") for _ in range(64)) for _ in range(lines - 1)]
    body.append("".join(r.choice(ALNUM + "+/") for _ in range(30)) + "=")
    return "\n".join(["-----BEGIN CERTIFICATE-----"] + body + ["-----END CERTIFICATE-----"])


def ssh_pub(comment: str) -> str:
    return "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI" + draw(43, ALNUM + "+/") + " " + comment


CASES: List[LabelledCase] = []


def fill(template: str, **values: str) -> str:
    text = template[1:] if template.startswith("\n") else template
    for key, value in values.items():
        marker = "@@" + key + "@@"
        assert marker in text, key
        text = text.replace(marker, value)
    assert "@@" not in text, text[:80]
    return text


def add(category: str, file_name: str, text: str, secret: Optional[str], source: str) -> None:
    CASES.append(LabelledCase("blind-fk/" + category, file_name, text, secret, source))


# =====================================================================================
# Online ordering, POS and payments
# =====================================================================================

_s = stripe_sk()
add("python/stripe", "shop/orders/payments/stripe_checkout.py", fill(r'''
"""Checkout for celebration cake pre-orders (collect in store or local delivery)."""
import stripe
from django.conf import settings
from django.urls import reverse

stripe.api_key = "@@key@@"
stripe.api_version = "2024-06-20"

DEPOSIT_PERCENT = 30


def create_cake_checkout(request, order):
    deposit = int(order.total_cents * DEPOSIT_PERCENT / 100)
    session = stripe.checkout.Session.create(
        mode="payment",
        customer_email=order.email,
        line_items=[{
            "price_data": {
                "currency": "gbp",
                "unit_amount": deposit,
                "product_data": {"name": f"Deposit - {order.cake_name} ({order.tiers} tiers)"},
            },
            "quantity": 1,
        }],
        metadata={"order_id": order.pk, "shop": order.shop.code},
        success_url=request.build_absolute_uri(reverse("orders:thanks", args=[order.pk])),
        cancel_url=request.build_absolute_uri(reverse("orders:basket")),
    )
    order.stripe_session = session.id
    order.save(update_fields=["stripe_session"])
    return session.url
''', key=_s), _s, "https://docs.stripe.com/api/checkout/sessions/create")

_s = stripe_whsec()
add("env/stripe-webhook", "deploy/prod/.env.production", fill(r'''
# Maison Levain online shop - production
NODE_ENV=production
PORT=8080
PUBLIC_BASE_URL=https://order.maisonlevain.co.uk
DATABASE_URL=${DATABASE_URL}
STRIPE_PUBLISHABLE_KEY=${STRIPE_PUBLISHABLE_KEY}
STRIPE_SECRET_KEY=${STRIPE_SECRET_KEY}
STRIPE_WEBHOOK_SECRET=@@key@@
CLICK_COLLECT_CUTOFF=14:00
SAME_DAY_DELIVERY_RADIUS_KM=6
LOG_LEVEL=info
''', key=_s), _s, "https://docs.stripe.com/webhooks#verify-official-libraries")

_s = stripe_rk()
add("javascript/stripe-restricted", "tools/scripts/export-weekly-payouts.js", fill(r'''
#!/usr/bin/env node
// Weekly payout export for the finance team (one CSV per shop).
// Restricted key: read access to balance, payouts and charges only.
const fs = require('fs');
const Stripe = require('stripe');

const stripe = new Stripe('@@key@@', { apiVersion: '2024-06-20' });

async function main() {
  const since = Math.floor(Date.now() / 1000) - 7 * 24 * 3600;
  const rows = ['payout_id,arrival_date,amount,currency,status'];
  for await (const payout of stripe.payouts.list({ created: { gte: since }, limit: 100 })) {
    rows.push([payout.id, new Date(payout.arrival_date * 1000).toISOString().slice(0, 10),
      (payout.amount / 100).toFixed(2), payout.currency, payout.status].join(','));
  }
  fs.writeFileSync(`payouts-${new Date().toISOString().slice(0, 10)}.csv`, rows.join('\n'));
  console.log(`wrote ${rows.length - 1} payouts`);
}

main().catch((err) => { console.error(err); process.exit(1); });
''', key=_s), _s, "https://docs.stripe.com/keys#limit-access")

_s = square_token()
add("php/square", "wp-content/plugins/levain-square-sync/includes/class-square-client.php", fill(r'''
<?php
/**
 * Pushes the daily bake list (loaves, viennoiserie) to Square Catalog as item variations.
 */
use Square\SquareClient;
use Square\Environment;

if (!defined('ABSPATH')) {
    exit;
}

class Levain_Square_Client {
    const LOCATION_ID = 'LH2N8X1K7QZ0A';

    private $client;

    public function __construct() {
        $this->client = new SquareClient([
            'accessToken' => '@@key@@',
            'environment' => Environment::PRODUCTION,
        ]);
    }

    public function inventory_counts(array $variation_ids) {
        $body = new \Square\Models\BatchRetrieveInventoryCountsRequest();
        $body->setCatalogObjectIds($variation_ids);
        $body->setLocationIds([self::LOCATION_ID]);
        $response = $this->client->getInventoryApi()->batchRetrieveInventoryCounts($body);
        if ($response->isError()) {
            error_log('square inventory: ' . print_r($response->getErrors(), true));
            return [];
        }
        return $response->getResult()->getCounts();
    }
}
''', key=_s), _s, "https://developer.squareup.com/docs/build-basics/access-tokens")

_s = square_secret()
_app = square_app_id()
add("yaml/square-oauth", "services/pos-bridge/config/square.yml", fill(r'''
# Square OAuth app used by the franchise shops to connect their own Square accounts
square:
  environment: production
  application_id: @@app@@
  application_secret: @@key@@
  redirect_uri: https://pos-bridge.crumbandco.com/oauth/square/callback
  scopes:
    - ITEMS_READ
    - ITEMS_WRITE
    - ORDERS_READ
    - INVENTORY_WRITE
    - MERCHANT_PROFILE_READ
  token_refresh_days: 7
''', key=_s, app=_app), _s, "https://developer.squareup.com/docs/oauth-api/overview")

_s = braintree_token()
add("ruby/braintree", "config/initializers/braintree.rb", fill(r'''
# Wholesale portal: cafes and hotels pay monthly invoices by card or PayPal via Braintree.
require "braintree"

BRAINTREE_GATEWAY = Braintree::Gateway.new(
  access_token: "@@key@@"
)

Rails.application.config.to_prepare do
  InvoicePayment.gateway = BRAINTREE_GATEWAY
end

Rails.logger.info("[braintree] gateway ready (production)") unless Rails.env.test?
''', key=_s), _s, "https://developer.paypal.com/braintree/docs/guides/paypal/client-side/javascript/v3#access-token")

_s = adyen_key()
add("java/adyen", "pos-terminals/src/main/java/com/boulangerieblanc/pos/AdyenTerminalConfig.java", fill(r'''
package com.boulangerieblanc.pos;

import com.adyen.Client;
import com.adyen.Config;
import com.adyen.enums.Environment;
import com.adyen.service.TerminalCloudAPI;

/** Cloud terminal API for the counter payment terminals (one per shop till). */
public final class AdyenTerminalConfig {

    static final String MERCHANT_ACCOUNT = "BoulangerieBlancPOS";
    static final String API_KEY = "@@key@@";
    static final String LIVE_PREFIX = "1797a841fbb37ca7-BoulangerieBlanc";

    private AdyenTerminalConfig() {
    }

    public static TerminalCloudAPI terminalApi() {
        Config config = new Config();
        config.setApiKey(API_KEY);
        config.setEnvironment(Environment.LIVE);
        config.setLiveEndpointUrlPrefix(LIVE_PREFIX);
        return new TerminalCloudAPI(new Client(config));
    }
}
''', key=_s), _s, "https://docs.adyen.com/development-resources/api-credentials/")

_s = paypal_secret()
_cid = paypal_client_id()
add("json/paypal", "src/Patisserie.Orders.Api/appsettings.Production.json", fill(r'''
{
  "Logging": {
    "LogLevel": { "Default": "Information", "Microsoft.AspNetCore": "Warning" }
  },
  "AllowedHosts": "orders.patisserie-rose.fr",
  "PayPal": {
    "Mode": "live",
    "ClientId": "@@cid@@",
    "ClientSecret": "@@key@@",
    "WebhookId": "8PT597110X687430LKGECATA"
  },
  "Orders": {
    "PickupSlotsMinutes": 15,
    "MaxMacaronBoxesPerOrder": 12
  }
}
''', key=_s, cid=_cid), _s, "https://developer.paypal.com/api/rest/authentication/")

_s = "sup_sk_" + draw(32)
add("kotlin/sumup", "app/src/main/java/com/kornbakery/till/payments/SumUpGateway.kt", fill(r'''
package com.kornbakery.till.payments

import okhttp3.MediaType.Companion.toMediaType
import okhttp3.OkHttpClient
import okhttp3.Request
import okhttp3.RequestBody.Companion.toRequestBody

// Market stall till: card payments through SumUp checkouts.
object SumUpGateway {
    private const val MERCHANT_CODE = "MCXK4R2P"
    private const val SECRET_KEY = "@@key@@"
    private val client = OkHttpClient()

    fun createCheckout(reference: String, amount: Double): String? {
        val body = """{"checkout_reference":"$reference","amount":$amount,"currency":"EUR","merchant_code":"$MERCHANT_CODE"}"""
        val request = Request.Builder()
            .url("https://api.sumup.com/v0.1/checkouts")
            .header("Authorization", "Bearer $SECRET_KEY")
            .post(body.toRequestBody("application/json".toMediaType()))
            .build()
        client.newCall(request).execute().use { response ->
            return if (response.isSuccessful) response.body?.string() else null
        }
    }
}
''', key=_s), _s, "https://developer.sumup.com/api/checkouts/create")

_s = "live_" + draw(30)
add("go/mollie", "internal/payment/mollie.go", fill(r'''
package payment

import (
	"bytes"
	"encoding/json"
	"fmt"
	"net/http"
	"time"
)

// Mollie handles iDEAL and Bancontact for the Dutch and Belgian webshop.
const mollieAPIKey = "@@key@@"

type Amount struct {
	Currency string `json:"currency"`
	Value    string `json:"value"`
}

type PaymentRequest struct {
	Amount      Amount `json:"amount"`
	Description string `json:"description"`
	RedirectURL string `json:"redirectUrl"`
	WebhookURL  string `json:"webhookUrl"`
}

var httpClient = &http.Client{Timeout: 15 * time.Second}

func CreatePayment(orderID string, euros float64) (*http.Response, error) {
	body, _ := json.Marshal(PaymentRequest{
		Amount:      Amount{Currency: "EUR", Value: fmt.Sprintf("%.2f", euros)},
		Description: "Bakkerij Van Dam bestelling " + orderID,
		RedirectURL: "https://bestel.bakkerijvandam.nl/bedankt/" + orderID,
		WebhookURL:  "https://bestel.bakkerijvandam.nl/hooks/mollie",
	})
	req, err := http.NewRequest(http.MethodPost, "https://api.mollie.com/v2/payments", bytes.NewReader(body))
	if err != nil {
		return nil, err
	}
	req.Header.Set("Authorization", "Bearer "+mollieAPIKey)
	req.Header.Set("Content-Type", "application/json")
	return httpClient.Do(req)
}
''', key=_s), _s, "https://docs.mollie.com/reference/authentication")

_s = draw(48, URLSAFE)
_cid = draw(32)
add("toml/toast", "menu-sync/config/toast.toml", fill(r'''
# Toast POS -> production planning menu sync (runs 03:30 before the first bake)
[toast]
api_host = "https://ws-api.toasttab.com"
client_id = "@@cid@@"
client_secret = "@@key@@"
user_access_type = "TOAST_MACHINE_CLIENT"

[[toast.restaurants]]
name = "Crumb & Co - Market Street"
guid = "4b2f6c1e-0a77-4f3e-9d0e-6a5f2b8c9d11"

[[toast.restaurants]]
name = "Crumb & Co - Riverside"
guid = "9e1d7a20-5c3b-4c7d-b6e2-1f0a3d4e5b62"

[planning]
export_dir = "/srv/planning/inbox"
''', key=_s, cid=_cid), _s, "https://doc.toasttab.com/doc/devguide/authentication.html")

_s = uuid_s()
add("ini/clover", "legacy/till-export/clover.ini", fill(r'''
; Nightly export of Clover sales into the production planner (per shop)
[clover]
base_url = https://api.clover.com/v3
merchant_id = 7KQ2W9XH1RB3A
api_token = @@key@@
page_size = 500

[export]
target = \\planner01\imports\sales
format = csv
include_modifiers = yes
''', key=_s), _s, "https://docs.clover.com/docs/using-api-tokens")

_s = shopify_token()
add("typescript/shopify", "apps/stock-sync/src/shopify.ts", fill(r'''
import { createAdminApiClient } from '@shopify/admin-api-client';

// Sets tomorrow's bake quantities as available stock on the Shopify pre-order site.
const client = createAdminApiClient({
  storeDomain: 'petit-four-patisserie.myshopify.com',
  apiVersion: '2024-07',
  accessToken: '@@key@@',
});

const SET_QUANTITY = `
  mutation SetQty($input: InventorySetOnHandQuantitiesInput!) {
    inventorySetOnHandQuantities(input: $input) {
      userErrors { field message }
    }
  }`;

export async function publishBakePlan(locationId: string, plan: Record<string, number>) {
  const setQuantities = Object.entries(plan).map(([inventoryItemId, quantity]) => ({
    inventoryItemId,
    locationId,
    quantity,
  }));
  const { data, errors } = await client.request(SET_QUANTITY, {
    variables: { input: { reason: 'correction', setQuantities } },
  });
  if (errors) throw new Error(JSON.stringify(errors));
  return data;
}
''', key=_s), _s, "https://shopify.dev/docs/apps/build/authentication-authorization/access-tokens/generate-app-access-tokens-admin")

_ck, _s = "ck_" + hexs(40), "cs_" + hexs(40)
add("php/woocommerce", "scripts/wholesale/import_standing_orders.php", fill(r'''
<?php
// Standing orders from cafes (Mon-Sat) are created as WooCommerce orders each night.
require __DIR__ . '/vendor/autoload.php';

use Automattic\WooCommerce\Client;

$woocommerce = new Client(
    'https://wholesale.hartleysbakehouse.co.uk',
    '@@ck@@',
    '@@key@@',
    ['version' => 'wc/v3', 'timeout' => 30]
);

$standing = json_decode(file_get_contents(__DIR__ . '/standing_orders.json'), true);
$weekday = strtolower(date('D', strtotime('+1 day')));

foreach ($standing as $cafe) {
    if (empty($cafe['days'][$weekday])) {
        continue;
    }
    $woocommerce->post('orders', [
        'customer_id' => $cafe['customer_id'],
        'status' => 'processing',
        'line_items' => $cafe['days'][$weekday],
        'meta_data' => [['key' => '_delivery_round', 'value' => $cafe['round']]],
    ]);
}
''', ck=_ck, key=_s), _s, "https://woocommerce.github.io/woocommerce-rest-api-docs/#authentication")

_s = stripe_sk()
add("swift/stripe", "CounterKiosk/CounterKiosk/Payments/RefundService.swift", fill(r'''
import Foundation

/// In-shop iPad kiosk: staff can refund a cake deposit when a customer cancels.
struct RefundService {
    private let secretKey = "@@key@@"
    private let session = URLSession.shared

    func refund(paymentIntent: String, amountPence: Int) async throws -> Bool {
        var request = URLRequest(url: URL(string: "https://api.stripe.com/v1/refunds")!)
        request.httpMethod = "POST"
        request.setValue("Bearer \(secretKey)", forHTTPHeaderField: "Authorization")
        request.setValue("application/x-www-form-urlencoded", forHTTPHeaderField: "Content-Type")
        request.httpBody = "payment_intent=\(paymentIntent)&amount=\(amountPence)".data(using: .utf8)
        let (_, response) = try await session.data(for: request)
        return (response as? HTTPURLResponse)?.statusCode == 200
    }
}
''', key=_s), _s, "https://docs.stripe.com/api/refunds/create")

_s = hexs(64)
_k = hexs(32)
add("json/revel", "integrations/revel/revel-config.json", fill(r'''
{
  "establishment": "Rosetta Patisserie - Union Square",
  "revel": {
    "base_url": "https://rosettapatisserie.revelup.com",
    "api_key": "@@k@@",
    "api_secret": "@@key@@",
    "establishment_id": 4
  },
  "sync": {
    "products": true,
    "daily_sales": true,
    "waste_log": true,
    "schedule": "0 4 * * *"
  }
}
''', k=_k, key=_s), _s, "https://developer.revelsystems.com/revelsystems/docs/authentication")

_s = hexs(40)
add("http/lightspeed", "docs/api/lightspeed-restaurant.http", fill(r'''
### Lightspeed Restaurant (K-Series) - check today's sales per business location
@baseUrl = https://api.ikentoo.com
@businessLocationId = 45397726257153

GET {{baseUrl}}/f/finance/{{businessLocationId}}/dailyFinancials?date=2024-11-08
Authorization: Bearer @@key@@
Accept: application/json

### Menu items (to map SKUs to the production plan)
GET {{baseUrl}}/i/items?businessLocationId={{businessLocationId}}
Authorization: Bearer @@key@@
Accept: application/json
''', key=_s), _s, "https://api-docs.lsk.lightspeed.app/")


# =====================================================================================
# Delivery partners, messaging and notifications
# =====================================================================================

_dev, _kid = uuid_s(), uuid_s()
_s = b64url_nopad(bytes(_rng().getrandbits(8) for _ in range(32)))
add("python/doordash", "delivery/doordash_drive.py", fill(r'''
"""DoorDash Drive: book a courier for wedding-cake and catering deliveries."""
import time

import jwt
import requests

DEVELOPER_ID = "@@dev@@"
KEY_ID = "@@kid@@"
SIGNING_SECRET = "@@key@@"


def _token() -> str:
    now = int(time.time())
    payload = {"aud": "doordash", "iss": DEVELOPER_ID, "kid": KEY_ID, "exp": now + 300, "iat": now}
    return jwt.encode(payload, jwt.utils.base64url_decode(SIGNING_SECRET), algorithm="HS256",
                      headers={"dd-ver": "DD-JWT-V1"})


def create_delivery(order):
    body = {
        "external_delivery_id": f"cake-{order['id']}",
        "pickup_address": "14 Mill Lane, Oxford OX1 2AB",
        "pickup_phone_number": "+441865000111",
        "dropoff_address": order["address"],
        "dropoff_phone_number": order["phone"],
        "order_value": order["total_pence"],
        "dropoff_instructions": "Fragile - tiered cake, keep flat",
    }
    response = requests.post("https://openapi.doordash.com/drive/v2/deliveries",
                             json=body, headers={"Authorization": f"Bearer {_token()}"}, timeout=20)
    response.raise_for_status()
    return response.json()
''', dev=_dev, kid=_kid, key=_s), _s, "https://developer.doordash.com/en-US/docs/drive/tutorials/get_started/")

_s = draw(40, URLSAFE)
_cid = draw(32, URLSAFE)
add("yaml/uber-direct", "services/dispatch/config/production.yaml", fill(r'''
dispatch:
  provider: uber_direct
  customer_id: 6c9b1f4e-2d87-4a52-8f1e-93c0d7b2a6e5
  oauth:
    token_url: https://auth.uber.com/oauth/v2/token
    client_id: @@cid@@
    client_secret: @@key@@
    scope: eats.deliveries
  pickup:
    name: Brioche Doree Central Kitchen
    address: "220 W 36th St, New York, NY 10018"
    ready_minutes: 20
  quotes:
    max_fee_cents: 1800
    cache_seconds: 120
''', cid=_cid, key=_s), _s, "https://developer.uber.com/docs/deliveries/guides/authentication")

_s = jwt_like({"sub": "65a8f3e2b1c9d40012ab34cd", "iss": "wolt-daas", "scope": "venue:deliveries", "iat": 1718000000})
add("env/wolt", "integrations/wolt-drive/.env", fill(r'''
# Wolt Drive venue integration (Helsinki + Tallinn shops)
WOLT_ENV=production
WOLT_API_BASE=https://daas-public-api.wolt.com
WOLT_MERCHANT_ID=65a8f3e2b1c9d40012ab34cd
WOLT_VENUE_ID_HELSINKI=65a8f41cb1c9d40012ab34ce
WOLT_VENUE_ID_TALLINN=65a8f43fb1c9d40012ab34cf
WOLT_API_TOKEN=@@key@@
WOLT_WEBHOOK_PATH=/hooks/wolt
''', key=_s), _s, "https://developer.wolt.com/docs/getting-started/authentication")

_s = draw(64, URLSAFE)
add("javascript/deliveroo", "orders-hub/src/partners/deliveroo.js", fill(r'''
'use strict';

const axios = require('axios');

// Deliveroo Order API: accept or reject incoming orders for the patisserie counters.
const DELIVEROO = {
  tokenUrl: 'https://auth.developers.deliveroo.com/oauth2/token',
  apiBase: 'https://api.developers.deliveroo.com',
  clientId: '5fe1t4np3b2b9o0i8u7y6t5r4e',
  clientSecret: '@@key@@',
};

let cached = null;

async function accessToken() {
  if (cached && cached.expires > Date.now()) return cached.token;
  const basic = Buffer.from(`${DELIVEROO.clientId}:${DELIVEROO.clientSecret}`).toString('base64');
  const { data } = await axios.post(DELIVEROO.tokenUrl, 'grant_type=client_credentials', {
    headers: { Authorization: `Basic ${basic}`, 'Content-Type': 'application/x-www-form-urlencoded' },
  });
  cached = { token: data.access_token, expires: Date.now() + (data.expires_in - 60) * 1000 };
  return cached.token;
}

async function acceptOrder(orderId) {
  const token = await accessToken();
  await axios.patch(`${DELIVEROO.apiBase}/order/v1/orders/${orderId}`, { status: 'accepted' }, {
    headers: { Authorization: `Bearer ${token}` },
  });
}

module.exports = { acceptOrder };
''', key=_s), _s, "https://api-docs.deliveroo.com/docs/authentication")

_s = hexs(32)
add("go/onfleet", "cmd/rounds/onfleet.go", fill(r'''
package main

import (
	"encoding/json"
	"log"
	"net/http"
	"strings"
)

// Morning wholesale rounds: each cafe drop becomes an Onfleet task for the van drivers.
const onfleetKey = "@@key@@"

type task struct {
	Destination map[string]any `json:"destination"`
	Recipients  []map[string]any `json:"recipients"`
	Notes       string           `json:"notes"`
	CompleteBefore int64         `json:"completeBefore"`
}

func pushTask(t task) error {
	payload, _ := json.Marshal(t)
	req, _ := http.NewRequest("POST", "https://onfleet.com/api/v2/tasks", strings.NewReader(string(payload)))
	req.SetBasicAuth(onfleetKey, "")
	req.Header.Set("Content-Type", "application/json")
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	log.Printf("onfleet task: %s", resp.Status)
	return nil
}
''', key=_s), _s, "https://docs.onfleet.com/reference/authentication")

_s = draw(40)
add("ruby/stuart", "app/services/stuart_courier.rb", fill(r'''
# frozen_string_literal: true

# Stuart couriers for same-day macaron gift boxes in Paris and Lyon.
class StuartCourier
  CLIENT_ID = "e3f1c7a9b2d4e6f8a0c2e4f6a8b0d2e4f6a8c0e2f4a6b8d0c2e4f6a8b0d2e4f6"
  CLIENT_SECRET = "@@key@@"
  BASE = "https://api.stuart.com"

  def initialize
    @client = Stuart::Infrastructure::HttpClient.new(
      Stuart::Infrastructure::Authenticator.new(BASE, CLIENT_ID, CLIENT_SECRET)
    )
  end

  def book(order)
    @client.perform_post("/v2/jobs", {
      job: {
        pickups: [{ address: "12 rue de Bretagne, 75003 Paris", comment: "Comptoir" }],
        dropoffs: [{ address: order.address, client_reference: order.number,
                     contact: { phone: order.phone, firstname: order.first_name } }]
      }
    }.to_json)
  end
end
''', key=_s), _s, "https://api-docs.stuart.com/documentation/getting-started/authentication")

_sid, _s = twilio_sid(), hexs(32)
add("python/twilio", "notifications/order_ready_sms.py", fill(r'''
"""Text the customer when their click-and-collect order is boxed and on the shelf."""
from twilio.rest import Client

ACCOUNT_SID = "@@sid@@"
AUTH_TOKEN = "@@key@@"
FROM_NUMBER = "+447480801234"

client = Client(ACCOUNT_SID, AUTH_TOKEN)

TEMPLATE = ("Hi {name}, your order #{number} is ready to collect at {shop} "
            "until {closing}. Show this text at the counter.")


def notify_ready(order):
    body = TEMPLATE.format(name=order.first_name, number=order.number,
                           shop=order.shop.name, closing=order.shop.closing_time)
    message = client.messages.create(to=order.phone, from_=FROM_NUMBER, body=body)
    return message.sid
''', sid=_sid, key=_s), _s, "https://www.twilio.com/docs/iam/credentials/api")

_s = sendgrid_key()
add("github-actions/sendgrid", ".github/workflows/nightly-bake-report.yml", fill(r'''
name: nightly-bake-report

on:
  schedule:
    - cron: "30 2 * * *"
  workflow_dispatch:

jobs:
  report:
    runs-on: ubuntu-latest
    env:
      SENDGRID_API_KEY: @@key@@
      REPORT_TO: production@oakandember.bakery
      PLANNER_DB_URL: ${{ secrets.PLANNER_DB_URL }}
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-python@v5
        with:
          python-version: "3.12"
      - run: pip install -r reports/requirements.txt
      - run: python reports/bake_sheet.py --date tomorrow --email "$REPORT_TO"
''', key=_s), _s, "https://www.twilio.com/docs/sendgrid/ui/account-and-settings/api-keys")

_s = slack_webhook()
add("shell/slack-webhook", "ovens/scripts/deck_oven_alarm.sh", fill(r'''
#!/usr/bin/env bash
# Called by the deck oven controller bridge when a chamber leaves its setpoint band.
set -euo pipefail

OVEN="${1:?oven id}"
TEMP="${2:?current temp}"
SETPOINT="${3:?setpoint}"
WEBHOOK="@@key@@"

msg=":fire: Oven ${OVEN} at ${TEMP}C (setpoint ${SETPOINT}C) - check the bake in progress"

curl -sS -X POST -H 'Content-type: application/json' \
  --data "{\"text\": \"${msg}\", \"username\": \"oven-bot\"}" \
  "$WEBHOOK" >/dev/null

logger -t oven-alarm "$OVEN $TEMP/$SETPOINT notified"
''', key=_s), _s, "https://api.slack.com/messaging/webhooks")

_s = telegram_token()
add("python/telegram", "proofer/notify/telegram_alerts.py", fill(r'''
import logging
import os

import requests

log = logging.getLogger("proofer.alerts")

BOT_TOKEN = "@@key@@"
CHAT_ID = os.environ.get("PROOFER_CHAT_ID", "-1001873360412")

HUMIDITY_LOW, HUMIDITY_HIGH = 75, 88


def send(text: str) -> None:
    url = f"https://api.telegram.org/bot{BOT_TOKEN}/sendMessage"
    r = requests.post(url, json={"chat_id": CHAT_ID, "text": text}, timeout=10)
    if not r.ok:
        log.warning("telegram: %s %s", r.status_code, r.text)


def check(reading: dict) -> None:
    rh = reading["humidity"]
    if not HUMIDITY_LOW <= rh <= HUMIDITY_HIGH:
        send(f"Proofer {reading['cabinet']}: humidity {rh}% ({reading['temp_c']}C) - croissants at risk")
''', key=_s), _s, "https://core.telegram.org/bots/api#authorizing-your-bot")

_s = teams_webhook("ottolenghibakes")
add("powershell/teams-webhook", "ops/Send-ProductionPlan.ps1", fill(r'''
<#
.SYNOPSIS
  Posts tomorrow's production plan summary to the Production channel in Teams.
#>
param(
    [string]$PlanPath = "\\fs01\planning\plan-$((Get-Date).AddDays(1).ToString('yyyy-MM-dd')).csv"
)

$Webhook = '@@key@@'

$plan = Import-Csv -Path $PlanPath
$totals = $plan | Group-Object Line | ForEach-Object {
    "- **$($_.Name)**: $(($_.Group | Measure-Object -Property Units -Sum).Sum) units"
}

$card = @{
    '@type'    = 'MessageCard'
    '@context' = 'http://schema.org/extensions'
    summary    = 'Production plan'
    title      = "Production plan for $((Get-Date).AddDays(1).ToString('dddd d MMM'))"
    text       = ($totals -join "`n")
} | ConvertTo-Json -Depth 4

Invoke-RestMethod -Uri $Webhook -Method Post -ContentType 'application/json' -Body $card
''', key=_s), _s, "https://learn.microsoft.com/en-us/microsoftteams/platform/webhooks-and-connectors/how-to/add-incoming-webhook")

_s = mailchimp_key()
add("json/mailchimp", "marketing/newsletter-sync/config.json", fill(r'''
{
  "source": {
    "type": "shopify-customers",
    "tag": "accepts-marketing"
  },
  "mailchimp": {
    "api_key": "@@key@@",
    "server": "@@dc@@",
    "list_id": "a1b2c3d4e5",
    "merge_fields": {
      "FNAME": "first_name",
      "FAVSHOP": "preferred_shop",
      "BDAY": "birthday"
    }
  },
  "schedule": "every 6 hours"
}
''', key=_s, dc=_s.rsplit("-", 1)[1]), _s, "https://mailchimp.com/developer/marketing/guides/quick-start/")

_s = mailgun_key()
add("php/mailgun", "app/Mail/OrderConfirmation.php", fill(r'''
<?php

namespace App\Mail;

use Mailgun\Mailgun;

final class OrderConfirmation
{
    private const DOMAIN = 'mg.lapetitefournee.fr';

    public static function send(array $order): void
    {
        $mg = Mailgun::create('@@key@@', 'https://api.eu.mailgun.net');
        $mg->messages()->send(self::DOMAIN, [
            'from' => 'La Petite Fournee <commandes@lapetitefournee.fr>',
            'to' => $order['email'],
            'subject' => sprintf('Votre commande n°%s', $order['number']),
            'template' => 'confirmation-commande',
            'h:X-Mailgun-Variables' => json_encode([
                'prenom' => $order['first_name'],
                'retrait' => $order['pickup_at'],
            ]),
        ]);
    }
}
''', key=_s), _s, "https://documentation.mailgun.com/docs/mailgun/api-reference/authentication/")

_s = uuid_s()
add("ruby/postmark", "config/environments/production.rb", fill(r'''
require "active_support/core_ext/integer/time"

Rails.application.configure do
  config.enable_reloading = false
  config.eager_load = true
  config.consider_all_requests_local = false
  config.force_ssl = true
  config.log_level = :info

  config.action_mailer.delivery_method = :postmark
  config.action_mailer.postmark_settings = { api_token: "@@key@@" }
  config.action_mailer.default_url_options = { host: "order.sugarloafbakery.com", protocol: "https" }

  config.active_job.queue_adapter = :sidekiq
  config.i18n.fallbacks = true
end
''', key=_s), _s, "https://postmarkapp.com/developer/api/overview#authentication")

_s = "pk_" + hexs(34)
add("env/klaviyo", "storefront/.env.local", fill(r'''
# local dev for the storefront (copied from the shared drive)
NEXT_PUBLIC_SITE_URL=http://localhost:3000
NEXT_PUBLIC_KLAVIYO_COMPANY_ID=XyZ8Qa
KLAVIYO_PRIVATE_API_KEY=@@key@@
KLAVIYO_LIST_BIRTHDAY_CLUB=Tx4mPq
SHOPIFY_STORE_DOMAIN=honey-and-rye.myshopify.com
''', key=_s), _s, "https://developers.klaviyo.com/en/docs/authenticate_")

_s = discord_webhook()
add("javascript/discord-webhook", "staff-bot/rota-reminder.js", fill(r'''
// Posts the early-shift rota (04:00 starts) to the bakers' Discord every evening.
import fetch from 'node-fetch';
import { readFile } from 'node:fs/promises';

const WEBHOOK_URL = '@@key@@';

const rota = JSON.parse(await readFile(new URL('./rota.json', import.meta.url)));
const tomorrow = new Date(Date.now() + 86400000).toLocaleDateString('en-GB', { weekday: 'long' });
const lines = (rota[tomorrow] || []).map((s) => `• ${s.name} - ${s.station} from ${s.start}`);

await fetch(WEBHOOK_URL, {
  method: 'POST',
  headers: { 'Content-Type': 'application/json' },
  body: JSON.stringify({ username: 'Rota', content: `**${tomorrow} early shift**\n${lines.join('\n')}` }),
});
''', key=_s), _s, "https://discord.com/developers/docs/resources/webhook#execute-webhook")

_s = slack_bot()
add("yaml/slack-bot", "monitoring/alertmanager/alertmanager.yml", fill(r'''
global:
  resolve_timeout: 5m
  slack_api_url: https://slack.com/api/chat.postMessage

route:
  receiver: bakery-ops
  group_by: [alertname, site]
  routes:
    - matchers: [severity="page"]
      receiver: cold-chain-oncall

receivers:
  - name: bakery-ops
    slack_configs:
      - channel: "#bakery-ops"
        http_config:
          authorization:
            credentials: @@key@@
        title: '{{ .CommonLabels.alertname }} at {{ .CommonLabels.site }}'
  - name: cold-chain-oncall
    slack_configs:
      - channel: "#cold-chain"
        http_config:
          authorization:
            credentials: @@key@@
''', key=_s), _s, "https://prometheus.io/docs/alerting/latest/configuration/#slack_config")

_s = hexs(32)
add("go/pagerduty", "coldchain/alert/pagerduty.go", fill(r'''
package alert

import (
	"context"

	"github.com/PagerDuty/go-pagerduty"
)

// Walk-in chiller / blast freezer excursions page the on-call engineer.
const routingKey = "@@key@@"

func Excursion(ctx context.Context, site, unit string, tempC float64) error {
	_, err := pagerduty.ManageEventWithContext(ctx, pagerduty.V2Event{
		RoutingKey: routingKey,
		Action:     "trigger",
		DedupKey:   site + "/" + unit,
		Payload: &pagerduty.V2Payload{
			Summary:  site + " " + unit + " above 5C",
			Source:   "coldchain-gateway",
			Severity: "critical",
			Details:  map[string]any{"temp_c": tempC},
		},
	})
	return err
}
''', key=_s), _s, "https://developer.pagerduty.com/docs/events-api-v2/trigger-events/")


# =====================================================================================
# Cloud, CI and infrastructure of the IT and web teams
# =====================================================================================

_kid, _s = aws_pair()
add("ini/aws", "ops/laptop-setup/aws/credentials", fill(r'''
[default]
region = eu-west-2
output = json

[bakehouse-prod]
aws_access_key_id = @@kid@@
aws_secret_access_key = @@key@@
region = eu-west-2

[bakehouse-dev]
role_arn = arn:aws:iam::381492006613:role/dev-admin
source_profile = bakehouse-prod
''', kid=_kid, key=_s), _s, "https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-files.html")

_kid, _s = aws_pair()
add("terraform/aws", "infra/terraform/shop-images/main.tf", fill(r'''
terraform {
  required_providers {
    aws = { source = "hashicorp/aws", version = "~> 5.0" }
  }
}

provider "aws" {
  region     = "eu-west-1"
  access_key = "@@kid@@"
  secret_key = "@@key@@"
}

# Product photos for the online shop (cakes, celebration boxes, seasonal bakes)
resource "aws_s3_bucket" "product_images" {
  bucket = "gailsbakes-product-images"
}

resource "aws_s3_bucket_public_access_block" "product_images" {
  bucket                  = aws_s3_bucket.product_images.id
  block_public_acls       = true
  block_public_policy     = true
  ignore_public_acls      = true
  restrict_public_buckets = true
}

resource "aws_cloudfront_origin_access_control" "images" {
  name                              = "product-images"
  origin_access_control_origin_type = "s3"
  signing_behavior                  = "always"
  signing_protocol                  = "sigv4"
}
''', kid=_kid, key=_s), _s, "https://registry.terraform.io/providers/hashicorp/aws/latest/docs#provider-configuration")

_pem = rsa_pem("", 14)
_pem_json = _pem.replace("\n", "\\n") + "\\n"
_s = _pem.splitlines()[3]
add("json/gcp-service-account", "forecasting/credentials/bq-forecast-sa.json", fill(r'''
{
  "type": "service_account",
  "project_id": "bakery-demand-forecast",
  "private_key_id": "@@kid@@",
  "private_key": "@@pem@@",
  "client_email": "forecast-runner@bakery-demand-forecast.iam.gserviceaccount.com",
  "client_id": "@@cid@@",
  "auth_uri": "https://accounts.google.com/o/oauth2/auth",
  "token_uri": "https://oauth2.googleapis.com/token",
  "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",
  "client_x509_cert_url": "https://www.googleapis.com/robot/v1/metadata/x509/forecast-runner%40bakery-demand-forecast.iam.gserviceaccount.com",
  "universe_domain": "googleapis.com"
}
''', kid=hexs(40), pem=_pem_json, cid=digits(21)), _s, "https://cloud.google.com/iam/docs/keys-create-delete")

_s = azure_storage_key()
add("csharp/azure-storage", "src/Bakehouse.Labels/LabelArchive.cs", fill(r'''
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;

namespace Bakehouse.Labels;

/// <summary>Archives every printed allergen label PDF (Natasha's Law) for two years.</summary>
public sealed class LabelArchive
{
    private const string ConnectionString =
        "DefaultEndpointsProtocol=https;AccountName=bakehouselabels;AccountKey=@@key@@;EndpointSuffix=core.windows.net";

    private readonly BlobContainerClient _container;

    public LabelArchive()
    {
        _container = new BlobContainerClient(ConnectionString, "allergen-labels");
        _container.CreateIfNotExists(PublicAccessType.None);
    }

    public async Task ArchiveAsync(string sku, DateOnly bakeDate, Stream pdf)
    {
        var blob = _container.GetBlobClient($"{bakeDate:yyyy/MM/dd}/{sku}.pdf");
        await blob.UploadAsync(pdf, overwrite: true);
    }
}
''', key=_s), _s, "https://learn.microsoft.com/en-us/azure/storage/common/storage-configure-connection-string")

_s = azure_secret()
add("azure-pipelines/azure-ad", "azure-pipelines.yml", fill(r'''
trigger:
  branches:
    include: [main]

pool:
  vmImage: ubuntu-latest

variables:
  AZURE_TENANT_ID: 3f7c2a91-58d4-4e0b-a6c1-2b9e8d7f6a50
  AZURE_CLIENT_ID: 0d4e6b1a-93c2-47f8-b5a1-c8e2f0d3a794
  AZURE_CLIENT_SECRET: '@@key@@'
  WEBAPP: patisserie-orders-prod

steps:
  - task: UseDotNet@2
    inputs:
      version: 8.x
  - script: dotnet publish src/Patisserie.Orders.Api -c Release -o $(Build.ArtifactStagingDirectory)/app
  - script: |
      az login --service-principal -u $(AZURE_CLIENT_ID) -p '$(AZURE_CLIENT_SECRET)' --tenant $(AZURE_TENANT_ID)
      az webapp deploy --name $(WEBAPP) --resource-group rg-orders --src-path $(Build.ArtifactStagingDirectory)/app --type zip
    displayName: Deploy
''', key=_s), _s, "https://learn.microsoft.com/en-us/cli/azure/authenticate-azure-cli-service-principal")

_s = github_token()
add("dockerfile/github-token", "services/planner/Dockerfile", fill(r'''
FROM python:3.12-slim AS build

WORKDIR /src
ENV PIP_NO_CACHE_DIR=1 \
    GITHUB_TOKEN=@@key@@

RUN apt-get update && apt-get install -y --no-install-recommends git && rm -rf /var/lib/apt/lists/*
COPY requirements.txt .
# recipe-scaling lives in a private repo of ours
RUN pip install -r requirements.txt \
 && pip install "git+https://${GITHUB_TOKEN}@github.com/crumb-and-co/recipe-scaling.git@v2.3.1"

COPY . .
RUN python -m compileall -q planner

FROM python:3.12-slim
WORKDIR /app
COPY --from=build /usr/local/lib/python3.12 /usr/local/lib/python3.12
COPY --from=build /src /app
USER 1000
CMD ["python", "-m", "planner.serve", "--port", "8000"]
''', key=_s), _s, "https://docs.github.com/en/authentication/keeping-your-account-and-data-secure/managing-your-personal-access-tokens")

_s = npm_token()
add("npmrc/npm", "packages/order-widget/.npmrc", fill(r'''
@maison-levain:registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=@@key@@
always-auth=true
save-exact=true
engine-strict=true
''', key=_s), _s, "https://docs.npmjs.com/using-private-packages-in-a-ci-cd-workflow")

_s = gitlab_token()
add("gitlab-ci/gitlab", ".gitlab-ci.yml", fill(r'''
stages: [test, build, deploy]

variables:
  PIP_CACHE_DIR: "$CI_PROJECT_DIR/.cache/pip"

test:
  stage: test
  image: python:3.12
  script:
    - pip install -r requirements-dev.txt
    - pytest -q

build-menu-boards:
  stage: build
  image: node:20
  script:
    - npm ci
    - npm run build:menu-boards
  artifacts:
    paths: [dist/]

deploy-menu-boards:
  stage: deploy
  image: alpine:3.20
  only: [main]
  script:
    - apk add --no-cache git rsync openssh-client
    - git clone "https://oauth2:@@key@@@gitlab.com/boulangerie-ops/menu-board-config.git" cfg
    - rsync -az dist/ signage@menuboards.internal:/srv/boards/
''', key=_s), _s, "https://docs.gitlab.com/ee/user/profile/personal_access_tokens.html")

_s = words_pw()
add("k8s-secret/database", "k8s/production/orders-db-secret.yaml", fill(r'''
apiVersion: v1
kind: Secret
metadata:
  name: orders-db
  namespace: online-orders
  labels:
    app.kubernetes.io/part-of: online-orders
type: Opaque
data:
  POSTGRES_USER: @@u@@
  POSTGRES_PASSWORD: @@p@@
  POSTGRES_DB: @@d@@
  POSTGRES_HOST: @@h@@
''', u=b64("orders_app"), p=b64(_s), d=b64("orders"), h=b64("orders-db.online-orders.svc.cluster.local")),
    _s, "https://kubernetes.io/docs/concepts/configuration/secret/#opaque-secrets")

_s = url_pw(24)
add("helm/redis", "deploy/helm/orders/values-production.yaml", fill(r'''
replicaCount: 3

image:
  repository: ghcr.io/crumb-and-co/orders
  tag: "2024.11.4"

ingress:
  enabled: true
  className: nginx
  hosts:
    - host: order.crumbandco.com
      paths: [{ path: /, pathType: Prefix }]

redis:
  enabled: true
  architecture: standalone
  auth:
    enabled: true
    password: "@@key@@"
  master:
    persistence:
      size: 2Gi

resources:
  requests: { cpu: 200m, memory: 256Mi }
  limits: { memory: 512Mi }
''', key=_s), _s, "https://artifacthub.io/packages/helm/bitnami/redis")

_s = words_pw()
add("compose/database", "planner/docker-compose.yml", fill(r'''
services:
  db:
    image: postgres:16
    restart: unless-stopped
    environment:
      POSTGRES_DB: production_planner
      POSTGRES_USER: planner
      POSTGRES_PASSWORD: "@@key@@"
    volumes:
      - pgdata:/var/lib/postgresql/data
    ports:
      - "5432:5432"

  planner:
    build: .
    depends_on: [db]
    environment:
      DATABASE_URL: postgresql://planner:@@key@@@db:5432/production_planner
      BAKE_DAY_STARTS: "03:00"
    ports:
      - "8000:8000"

volumes:
  pgdata:
''', key=_s), _s, "https://hub.docker.com/_/postgres")

_s = human_pw()
add("ansible/database", "ansible/group_vars/erp_servers.yml", fill(r'''
---
# ERP / recipe database servers at the central bakery
mysql_root_user: root
mysql_root_password: "@@key@@"
mysql_bind_address: 10.20.0.15
mysql_databases:
  - name: recipes
  - name: traceability
mysql_users:
  - name: recipes_app
    host: "10.20.%"
    priv: "recipes.*:ALL"
ntp_servers:
  - 0.uk.pool.ntp.org
  - 1.uk.pool.ntp.org
''', key=_s), _s, "https://github.com/geerlingguy/ansible-role-mysql#role-variables")

_s = rand_pw(22)
_auth = b64("bakehouse-ci:" + _s)
add("docker-config/registry", "ci/runner/.docker/config.json", fill(r'''
{
  "auths": {
    "registry.bakehouse-internal.net:5000": {
      "auth": "@@auth@@"
    },
    "https://index.docker.io/v1/": {}
  },
  "HttpHeaders": {
    "User-Agent": "Docker-Client/24.0.7 (linux)"
  }
}
''', auth=_auth), _s, "https://docs.docker.com/reference/cli/docker/login/#credential-stores")

_s = human_pw()
add("shell-history/database", "support/handover/.bash_history", fill(r'''
cd /srv/traceability
ls -la exports/
tail -n 50 /var/log/trace-export.log
sudo systemctl status trace-export
mysql -h 10.20.0.15 -u trace_admin -p'@@key@@' traceability -e "select count(*) from lots where bake_date = curdate();"
mysqldump -h 10.20.0.15 -u trace_admin -p'@@key@@' traceability lots > /tmp/lots.sql
gzip /tmp/lots.sql
scp /tmp/lots.sql.gz backup@nas01:/volume1/backups/
exit
''', key=_s), _s, "https://dev.mysql.com/doc/refman/8.0/en/connecting.html")

_s = draw(40, URLSAFE)
add("terraform/cloudflare", "infra/dns/cloudflare.tf", fill(r'''
provider "cloudflare" {
  api_token = "@@key@@"
}

locals {
  zone_id = "8c3e1f0a9b2d4c6e8f0a1b3c5d7e9f21"
}

resource "cloudflare_record" "order" {
  zone_id = local.zone_id
  name    = "order"
  content = "orders-lb-1384.eu-west-2.elb.amazonaws.com"
  type    = "CNAME"
  proxied = true
}

resource "cloudflare_record" "wholesale" {
  zone_id = local.zone_id
  name    = "wholesale"
  content = "wholesale-portal.azurewebsites.net"
  type    = "CNAME"
  proxied = true
}
''', key=_s), _s, "https://registry.terraform.io/providers/cloudflare/cloudflare/latest/docs")

_s = "dop_v1_" + hexs(64)
add("github-actions/digitalocean", ".github/workflows/deploy-wholesale.yml", fill(r'''
name: deploy-wholesale-portal

on:
  push:
    branches: [main]

jobs:
  deploy:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: digitalocean/action-doctl@v2
        with:
          token: @@key@@
      - name: Build and push
        run: |
          doctl registry login --expiry-seconds 600
          docker build -t registry.digitalocean.com/bakerybros/wholesale:${{ github.sha }} .
          docker push registry.digitalocean.com/bakerybros/wholesale:${{ github.sha }}
      - name: Roll out
        run: doctl apps create-deployment ${{ vars.WHOLESALE_APP_ID }} --wait
''', key=_s), _s, "https://docs.digitalocean.com/reference/api/create-personal-access-token/")

_s = draw(24)
add("makefile/vercel", "storefront/Makefile", fill(r'''
VERCEL_ORG_ID := team_7Qx2mKp9LwR4sT1v
VERCEL_PROJECT_ID := prj_b3Nf8QzW1cY6dH0kJ5tR
VERCEL_TOKEN := @@key@@

.PHONY: install build preview prod

install:
	npm ci

build:
	npm run build

preview: build
	npx vercel deploy --token=$(VERCEL_TOKEN)

prod: build
	npx vercel deploy --prod --token=$(VERCEL_TOKEN)
''', key=_s), _s, "https://vercel.com/docs/rest-api#creating-an-access-token")

_s = dockerhub_pat()
add("jenkinsfile/dockerhub", "Jenkinsfile", fill(r'''
pipeline {
    agent { label 'docker' }
    environment {
        IMAGE = 'lepainquotidienit/label-printer-service'
        DOCKERHUB_USER = 'lpq-ci'
        DOCKERHUB_TOKEN = '@@key@@'
    }
    stages {
        stage('Test') {
            steps { sh './gradlew test' }
        }
        stage('Image') {
            steps {
                sh 'docker build -t $IMAGE:$BUILD_NUMBER .'
                sh 'echo $DOCKERHUB_TOKEN | docker login -u $DOCKERHUB_USER --password-stdin'
                sh 'docker push $IMAGE:$BUILD_NUMBER'
            }
        }
    }
    post {
        always { sh 'docker logout || true' }
    }
}
''', key=_s), _s, "https://docs.docker.com/security/for-developers/access-tokens/")

_s = openssh_key()
add("openssh-key/ssh-private-key", "deploy/keys/planner_deploy_ed25519", _s + "\n", _s,
    "https://man.openbsd.org/ssh-keygen.1")

_s = uuid_s()
add("netrc/heroku", "ops/dotfiles/.netrc", fill(r'''
machine api.heroku.com
  login it@bakerstreetbuns.com
  password @@key@@
machine git.heroku.com
  login it@bakerstreetbuns.com
  password @@key@@
''', key=_s), _s, "https://devcenter.heroku.com/articles/authentication#api-token-storage")

_s = rand_pw(20, "-_")
add("pgpass/database", "ops/reporting/.pgpass", fill(r'''
# ~/.pgpass for the reporting service account (chmod 600)
# hostname:port:database:username:password
reporting-db.internal:5432:sales:report_reader:@@key@@
reporting-db.internal:5432:waste:report_reader:@@key@@
localhost:5432:*:postgres:*
''', key=_s), _s, "https://www.postgresql.org/docs/current/libpq-pgpass.html")

_s = hexs(32)
add("yaml/datadog", "provisioning/datadog/datadog.yaml", fill(r'''
## Datadog agent on the central bakery line PCs
api_key: @@key@@
site: datadoghq.eu
hostname_file: /etc/hostname
tags:
  - site:central-bakery
  - env:production
  - team:production-it
logs_enabled: true
process_config:
  process_collection:
    enabled: true
apm_config:
  enabled: false
''', key=_s), _s, "https://docs.datadoghq.com/agent/configuration/agent-configuration-files/")

_s = hexs(36) + "NRAL"
add("ini/newrelic", "wholesale/newrelic.ini", fill(r'''
[newrelic]
license_key = @@key@@
app_name = Wholesale Portal (production)
monitor_mode = true
log_file = /var/log/newrelic/python-agent.log
log_level = info
distributed_tracing.enabled = true
transaction_tracer.enabled = true
error_collector.enabled = true
error_collector.ignore_classes = django.http.Http404

[newrelic:staging]
app_name = Wholesale Portal (staging)
''', key=_s), _s, "https://docs.newrelic.com/docs/apm/agents/python-agent/configuration/python-agent-configuration/")

_s = "sntryu_" + hexs(64)
add("properties/sentry", "android/sentry.properties", fill(r'''
# Used by the Sentry Gradle plugin to upload ProGuard mappings on release builds
defaults.url=https://sentry.io/
defaults.org=sugar-and-spice-bakeries
defaults.project=loyalty-app-android
auth.token=@@key@@
cli.executable=../node_modules/@sentry/cli/bin/sentry-cli
''', key=_s), _s, "https://docs.sentry.io/cli/configuration/#configuration-file")

_s = grafana_token()
add("shell/grafana", "monitoring/grafana/import-dashboards.sh", fill(r'''
#!/bin/sh
# Imports the HACCP temperature dashboards into Grafana Cloud.
set -e
GRAFANA_URL=https://bakeryops.grafana.net
GRAFANA_TOKEN=@@key@@

for f in dashboards/*.json; do
  echo "importing $f"
  jq '{dashboard: ., overwrite: true, folderUid: "haccp"}' "$f" |
    curl -fsS -X POST "$GRAFANA_URL/api/dashboards/db" \
      -H "Authorization: Bearer $GRAFANA_TOKEN" \
      -H "Content-Type: application/json" \
      --data-binary @-
done
''', key=_s), _s, "https://grafana.com/docs/grafana/latest/administration/service-accounts/")

_s = influx_token()
add("toml/influxdb", "coldchain/telegraf/telegraf.conf", fill(r'''
[agent]
  interval = "30s"
  flush_interval = "30s"
  hostname = "coldroom-gw-02"

[[inputs.mqtt_consumer]]
  servers = ["tcp://127.0.0.1:1883"]
  topics = ["bakery/+/coldroom/+/temperature", "bakery/+/freezer/+/temperature"]
  data_format = "json"
  tag_keys = ["site", "unit"]

[[outputs.influxdb_v2]]
  urls = ["https://eu-central-1-1.aws.cloud2.influxdata.com"]
  token = "@@key@@"
  organization = "bakery-ops"
  bucket = "haccp"
''', key=_s), _s, "https://docs.influxdata.com/telegraf/v1/output-plugins/influxdb_v2/")


# =====================================================================================
# Ovens, proofers, cold rooms: controllers, gateways, sensors
# =====================================================================================

_s = words_pw()
add("arduino/wifi", "firmware/proofer-sensor/proofer-sensor.ino", fill(r'''
// ESP32 + SHT31 in each retarder-proofer cabinet: publishes temp/RH every 30 s.
#include <WiFi.h>
#include <PubSubClient.h>
#include <Adafruit_SHT31.h>

const char* WIFI_SSID = "BAKEHOUSE-IOT";
const char* WIFI_PASS = "@@key@@";
const char* MQTT_HOST = "10.40.1.10";
const char* CABINET = "proofer-3";

WiFiClient net;
PubSubClient mqtt(net);
Adafruit_SHT31 sht31;

void setup() {
  Serial.begin(115200);
  sht31.begin(0x44);
  WiFi.begin(WIFI_SSID, WIFI_PASS);
  while (WiFi.status() != WL_CONNECTED) {
    delay(500);
  }
  mqtt.setServer(MQTT_HOST, 1883);
}

void loop() {
  if (!mqtt.connected()) {
    mqtt.connect(CABINET);
  }
  char payload[96];
  snprintf(payload, sizeof(payload), "{\"temp_c\":%.1f,\"rh\":%.1f}",
           sht31.readTemperature(), sht31.readHumidity());
  mqtt.publish("bakery/central/proofer/3/climate", payload);
  mqtt.loop();
  delay(30000);
}
''', key=_s), _s, "https://docs.espressif.com/projects/arduino-esp32/en/latest/api/wifi.html")

_s = rand_pw(16)
add("cpp/mqtt", "firmware/deck-oven-bridge/src/config.h", fill(r'''
#pragma once

// Deck oven bridge (RS-485 Modbus from the oven PLC -> MQTT)
#define OVEN_ID           "deck-oven-2"
#define MODBUS_BAUD       19200
#define MODBUS_SLAVE_ID   1

#define MQTT_BROKER       "mqtt.bakehouse.local"
#define MQTT_PORT         8883
#define MQTT_USER         "deck-oven-2"
#define MQTT_PASSWORD     "@@key@@"
#define MQTT_TOPIC_STATE  "bakery/central/oven/deck-2/state"

#define POLL_INTERVAL_MS  2000
''', key=_s), _s, "https://pubsubclient.knolleary.net/api#connect")

_s = url_pw(22)
add("mosquitto-conf/mqtt", "coldchain/mosquitto/conf.d/bridge-cloud.conf", fill(r'''
# Bridge the shop-level broker to the central HACCP broker
connection central-haccp
address mqtt.haccp.bakerybros.net:8883
bridge_protocol_version mqttv311
bridge_cafile /etc/mosquitto/certs/isrg-root-x1.pem
remote_clientid shop-07-bridge
remote_username shop-07
remote_password @@key@@
topic bakery/shop-07/# out 1
topic bakery/shop-07/commands/# in 1
cleansession false
notifications true
''', key=_s), _s, "https://mosquitto.org/man/mosquitto-conf-5.html")

_s = words_pw()
add("python/opcua", "line-data/collect_tunnel_oven.py", fill(r'''
"""Read zone temperatures and belt speed from the tunnel oven PLC every 10 s (OPC UA)."""
import asyncio
import logging

from asyncua import Client

ENDPOINT = "opc.tcp://10.30.2.21:4840"
NODES = {
    "zone1_temp": "ns=3;s=\"DB_Oven\".\"Zone1\".\"ActTemp\"",
    "zone2_temp": "ns=3;s=\"DB_Oven\".\"Zone2\".\"ActTemp\"",
    "zone3_temp": "ns=3;s=\"DB_Oven\".\"Zone3\".\"ActTemp\"",
    "belt_speed": "ns=3;s=\"DB_Oven\".\"Belt\".\"Speed\"",
}


async def main():
    client = Client(url=ENDPOINT)
    client.set_user("linedata")
    client.set_password("@@key@@")
    async with client:
        nodes = {k: client.get_node(v) for k, v in NODES.items()}
        while True:
            values = {k: await n.read_value() for k, n in nodes.items()}
            logging.info("tunnel oven %s", values)
            await asyncio.sleep(10)


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    asyncio.run(main())
''', key=_s), _s, "https://opcua-asyncio.readthedocs.io/en/latest/api/asyncua.client.html")

_s = rand_pw(18)
add("json/mqtt", "node-red/flows/blast-chiller-flow.json", fill(r'''
[
  {
    "id": "b41c2f7e9a0d3e55",
    "type": "mqtt-broker",
    "name": "haccp-broker",
    "broker": "mqtt.haccp.internal",
    "port": "8883",
    "tls": "c2a7f9e1d3b54a60",
    "clientid": "nodered-blastchiller",
    "usetls": true,
    "protocolVersion": "4",
    "keepalive": "60",
    "credentials": {
      "user": "nodered",
      "password": "@@key@@"
    }
  },
  {
    "id": "5d9e0a1b2c3f4e67",
    "type": "mqtt in",
    "name": "blast chiller core probe",
    "topic": "bakery/central/blastchiller/+/probe",
    "qos": "1",
    "broker": "b41c2f7e9a0d3e55",
    "wires": [["7a8b9c0d1e2f3a45"]]
  }
]
''', key=_s), _s, "https://nodered.org/docs/user-guide/editor/workspace/import-export")

_s = base64.b64encode(bytes(_rng().getrandbits(8) for _ in range(32))).decode()
add("yaml/esphome", "esphome/display-fridge-shop12.yaml", fill(r'''
esphome:
  name: display-fridge-shop12
  friendly_name: Shop 12 patisserie display fridge

esp32:
  board: esp32dev

wifi:
  ssid: !secret wifi_ssid
  password: !secret wifi_password

api:
  encryption:
    key: "@@key@@"

ota:
  - platform: esphome

dallas:
  - pin: GPIO4

sensor:
  - platform: dallas
    address: 0x1c0000031edd2a28
    name: "Display fridge shelf"
    filters:
      - sliding_window_moving_average:
          window_size: 6
''', key=_s), _s, "https://esphome.io/components/api.html#configuration-variables")

_s = ttn_key()
add("yaml/ttn", "coldchain/lorawan/ttn-forwarder.yaml", fill(r'''
# Forwards uplinks from the LoRaWAN fridge/freezer sensors (TTN v3) into the HACCP store
ttn:
  cluster: eu1.cloud.thethings.network
  application_id: bakerybros-coldchain
  api_key: @@key@@
  mqtt:
    host: eu1.cloud.thethings.network
    port: 8883
    username: bakerybros-coldchain@ttn
sink:
  type: postgres
  table: haccp_readings
  batch_size: 200
alerts:
  fridge_max_c: 5.0
  freezer_max_c: -18.0
''', key=_s), _s, "https://www.thethingsindustries.com/docs/integrations/mqtt/")

_s = hexs(32, upper=True)
add("json/lorawan-appkey", "coldchain/lorawan/devices/freezer-07.json", fill(r'''
{
  "ids": {
    "device_id": "freezer-07-walkin",
    "dev_eui": "A84041000181C7F2",
    "join_eui": "A840410000000101"
  },
  "name": "Walk-in freezer 07 (central kitchen)",
  "lorawan_version": "MAC_V1_0_3",
  "lorawan_phy_version": "PHY_V1_0_3_REV_A",
  "frequency_plan_id": "EU_863_870_TTN",
  "supports_join": true,
  "root_keys": {
    "app_key": { "key": "@@key@@" }
  },
  "attributes": { "site": "central", "haccp_ccp": "CCP4" }
}
''', key=_s), _s, "https://www.thethingsindustries.com/docs/devices/adding-devices/")

_s = hexs(40)
add("python/particle", "coldchain/particle/fetch_vans.py", fill(r'''
# Temperature loggers in the delivery vans (Particle Boron). Pulls the last reading of each.
import requests

PARTICLE_TOKEN = "@@key@@"
PRODUCT_ID = 21847
VANS = ["van-01", "van-02", "van-03", "van-04"]


def last_reading(device_name):
    r = requests.get(
        f"https://api.particle.io/v1/products/{PRODUCT_ID}/devices/{device_name}/temp",
        headers={"Authorization": f"Bearer {PARTICLE_TOKEN}"},
        timeout=15,
    )
    r.raise_for_status()
    return r.json()["result"]


if __name__ == "__main__":
    for van in VANS:
        print(van, last_reading(van))
''', key=_s), _s, "https://docs.particle.io/reference/cloud-apis/access-tokens/")

_s = draw(20)
add("shell/thingsboard", "coldchain/scripts/push-probe-reading.sh", fill(r'''
#!/bin/bash
# Manual core-temperature probe readings (cooked custard, creme patissiere) from the tablet.
# usage: push-probe-reading.sh <batch> <temp_c>
BATCH=$1
TEMP=$2
TB_HOST=https://tb.bakerybros.net
DEVICE_TOKEN=@@key@@

curl -s -X POST "$TB_HOST/api/v1/$DEVICE_TOKEN/telemetry" \
  -H "Content-Type: application/json" \
  -d "{\"batch\":\"$BATCH\",\"core_temp_c\":$TEMP}"
echo
''', key=_s), _s, "https://thingsboard.io/docs/reference/http-api/")

_kid, _s = draw(16), draw(40)
add("python/monnit", "coldchain/imonnit/export_readings.py", fill(r'''
"""Nightly HACCP export: Monnit wireless temperature sensors -> CSV for the food-safety audit."""
import csv
import datetime as dt

import requests

API = "https://www.imonnit.com/json"
HEADERS = {
    "APIKeyID": "@@kid@@",
    "APISecretKey": "@@key@@",
}
NETWORK_ID = 88412


def sensors():
    r = requests.get(f"{API}/SensorList", params={"NetworkID": NETWORK_ID}, headers=HEADERS, timeout=30)
    return r.json()["Result"]


def main():
    yesterday = dt.date.today() - dt.timedelta(days=1)
    with open(f"haccp-{yesterday}.csv", "w", newline="") as fh:
        out = csv.writer(fh)
        out.writerow(["sensor", "name", "time", "temp_c"])
        for s in sensors():
            r = requests.get(f"{API}/SensorDataMessages", headers=HEADERS, timeout=30, params={
                "SensorID": s["SensorID"], "FromDate": yesterday.isoformat(),
                "ToDate": dt.date.today().isoformat()})
            for m in r.json()["Result"]:
                out.writerow([s["SensorID"], s["SensorName"], m["MessageDate"], m["PlotValue"]])


if __name__ == "__main__":
    main()
''', kid=_kid, key=_s), _s, "https://www.imonnit.com/API/")

_s = url_pw(20)
add("lua/mqtt", "gateway/openwrt/usr/share/coldroom/uplink.lua", fill(r'''
-- Teltonika RUT gateway in each shop: reads the Modbus cold-room controller, publishes to MQTT
local mqtt = require("mosquitto")
local modbus = require("coldroom.modbus")

local BROKER = "mqtt.haccp.bakerybros.net"
local SHOP = "shop-12"
local USER = "gw-shop-12"
local PASS = "@@key@@"

local client = mqtt.new(SHOP .. "-gw", true)
client:tls_set("/etc/certs/ca.pem")
client:login_set(USER, PASS)
assert(client:connect(BROKER, 8883, 60))

while true do
  local t = modbus.read_float(1, 0x0100)
  local door = modbus.read_coil(1, 0x0003)
  client:publish("bakery/" .. SHOP .. "/coldroom/1/temperature",
    string.format('{"temp_c":%.2f,"door_open":%s}', t, tostring(door)), 1, false)
  client:loop(1000)
  os.execute("sleep 30")
end
''', key=_s), _s, "https://github.com/flukso/lua-mosquitto")

_s = human_pw()
add("xml/database", "scada/ignition/gateway/db-connections.xml", fill(r'''
<?xml version="1.0" encoding="UTF-8"?>
<!-- Ignition gateway export: datasources for the bread line SCADA -->
<datasources>
  <datasource name="LineHistorian" enabled="true">
    <driver>Microsoft SQLServer JDBC Driver</driver>
    <connectURL>jdbc:sqlserver://10.30.1.5:1433;databaseName=LineHistorian;encrypt=true;trustServerCertificate=true</connectURL>
    <username>ignition_hist</username>
    <password>@@key@@</password>
    <validationQuery>SELECT 1</validationQuery>
    <maxConnections>8</maxConnections>
  </datasource>
  <datasource name="Recipes" enabled="true">
    <driver>MariaDB</driver>
    <connectURL>jdbc:mariadb://10.20.0.15:3306/recipes</connectURL>
    <username>ignition_ro</username>
    <password encrypted="true">e4b1a8f2c7d9</password>
  </datasource>
</datasources>
''', key=_s), _s, "https://docs.inductiveautomation.com/docs/8.1/platform/database-connections")

_s = words_pw()
add("ini/ftp", "ovens/recipe-upload/miwe-gateway.ini", fill(r'''
; Recipe upload to the rack ovens' controller (FTP on the oven LAN only)
[general]
site = Central Bakery
recipe_source = \\fs01\recipes\ovens\export

[oven:rack-1]
host = 10.30.3.11
user = miwe
password = @@key@@
remote_dir = /recipes

[oven:rack-2]
host = 10.30.3.12
user = miwe
password = @@key@@
remote_dir = /recipes
''', key=_s), _s, "https://docs.python.org/3/library/configparser.html")

_s = draw(48, URLSAFE)
add("go/testo", "cmd/saveris-export/main.go", fill(r'''
package main

import (
	"context"
	"fmt"
	"log"
	"os"

	"golang.org/x/oauth2/clientcredentials"
)

// Testo Saveris 2 loggers in the cold rooms: monthly export of measurements for the auditor.
func main() {
	cfg := clientcredentials.Config{
		ClientID:     "bakerybros-haccp-export",
		ClientSecret: "@@key@@",
		TokenURL:     "https://data-api.eu.saveris.net/oauth/token",
	}
	client := cfg.Client(context.Background())
	resp, err := client.Get("https://data-api.eu.saveris.net/v1/measurements?month=" + os.Args[1])
	if err != nil {
		log.Fatal(err)
	}
	defer resp.Body.Close()
	fmt.Println(resp.Status)
}
''', key=_s), _s, "https://pkg.go.dev/golang.org/x/oauth2/clientcredentials")

_s = words_pw()
add("yaml/home-assistant", "homeassistant/config/secrets.yaml", fill(r'''
# Home Assistant at the small Kensington shop (fridges, door sensors, bake timer)
wifi_ssid: KensingtonShop-IoT
wifi_password: "@@key@@"
latitude_shop: 51.5005
longitude_shop: -0.1919
''', key=_s), _s, "https://www.home-assistant.io/docs/configuration/secrets/")

_s = url_pw(18)
add("rust/mqtt", "coldchain/gateway-rs/src/main.rs", fill(r'''
use rumqttc::{AsyncClient, MqttOptions, QoS};
use std::time::Duration;

// Blast freezer gateway: forwards probe readings from the serial port to the HACCP broker.
#[tokio::main]
async fn main() -> anyhow::Result<()> {
    let mut options = MqttOptions::new("blastfreezer-gw-1", "mqtt.haccp.internal", 1883);
    options.set_keep_alive(Duration::from_secs(30));
    options.set_credentials("blastfreezer-gw", "@@key@@");

    let (client, mut eventloop) = AsyncClient::new(options, 10);
    tokio::spawn(async move {
        loop {
            if let Err(e) = eventloop.poll().await {
                eprintln!("mqtt: {e}");
                tokio::time::sleep(Duration::from_secs(5)).await;
            }
        }
    });

    let mut port = serialport::new("/dev/ttyUSB0", 9600).timeout(Duration::from_secs(2)).open()?;
    let mut buf = [0u8; 64];
    loop {
        let n = port.read(&mut buf)?;
        client.publish("bakery/central/blastfreezer/1/probe", QoS::AtLeastOnce, false, buf[..n].to_vec()).await?;
    }
}
''', key=_s), _s, "https://docs.rs/rumqttc/latest/rumqttc/struct.MqttOptions.html#method.set_credentials")

_s = human_pw()
_snmp = draw(14)
add("cisco/network-password", "network/shops/shop-04-sw01.cfg", fill(r'''
!
hostname shop-04-sw01
!
service password-encryption
!
username netadmin privilege 15 password 0 @@key@@
!
vlan 10
 name TILLS
vlan 20
 name IOT-FRIDGES
vlan 30
 name GUEST-WIFI
!
interface GigabitEthernet1/0/1
 description Till 1
 switchport access vlan 10
 switchport mode access
!
interface GigabitEthernet1/0/24
 description Uplink to router
 switchport mode trunk
!
snmp-server community public RO
ip default-gateway 10.4.0.1
line vty 0 4
 login local
 transport input ssh
!
end
''', key=_s), _s, "https://www.cisco.com/c/en/us/td/docs/ios-xml/ios/security/a1/sec-a1-cr-book/sec-cr-t2.html#wp1154164001")

_s = passphrase()
add("mikrotik/wifi", "network/shops/shop-09-hap.rsc", fill(r'''
# nov/08/2024 09:12:44 by RouterOS 7.14.3
# model = RB962UiGS-5HacT2HnT
/interface bridge
add name=bridge-lan
/interface wireless security-profiles
set [ find default=yes ] supplicant-identity=MikroTik
add authentication-types=wpa2-psk mode=dynamic-keys name=staff \
    supplicant-identity="" wpa2-pre-shared-key=@@key@@
add authentication-types=wpa2-psk mode=dynamic-keys name=guest \
    supplicant-identity="" wpa2-pre-shared-key=croissants
/interface wireless
set [ find default-name=wlan1 ] band=2ghz-b/g/n mode=ap-bridge security-profile=staff ssid=Shop09-Staff
add master-interface=wlan1 name=wlan-guest security-profile=guest ssid="Bakery Guest"
/ip address
add address=10.9.0.1/24 interface=bridge-lan
/system identity
set name=shop-09-hap
''', key=_s), _s, "https://help.mikrotik.com/docs/display/ROS/Wireless+Interface")

_s = url_pw(22)
add("systemd/database", "deploy/systemd/trace-export.service", fill(r'''
[Unit]
Description=Lot traceability export (flour, eggs, dairy lots -> daily bake batches)
After=network-online.target
Wants=network-online.target

[Service]
Type=simple
User=trace
WorkingDirectory=/srv/traceability
Environment=DATABASE_URL=postgresql://trace_export:@@key@@@10.20.0.16:5432/traceability
Environment=EXPORT_DIR=/srv/traceability/exports
ExecStart=/srv/traceability/.venv/bin/python -m trace_export.run
Restart=on-failure
RestartSec=30

[Install]
WantedBy=multi-user.target
''', key=_s), _s, "https://www.freedesktop.org/software/systemd/man/latest/systemd.exec.html#Environment=")

_s = human_pw()
add("crontab/basic-auth", "ops/cron/planner.crontab", fill(r'''
# m h  dom mon dow  command
MAILTO=it-alerts@kornbakery.de
# pull next-day wholesale orders from the portal before planning runs
15 22 * * * curl -fsS -u planning:@@key@@ https://grosshandel.kornbakery.de/api/orders/next-day.csv -o /srv/planner/inbox/wholesale.csv
30 22 * * * /srv/planner/bin/run-plan --date tomorrow >> /var/log/planner.log 2>&1
0 3 * * 1 /srv/planner/bin/rotate-logs
''', key=_s), _s, "https://man7.org/linux/man-pages/man5/crontab.5.html")


# =====================================================================================
# Production planning, ERP, finance and wholesale
# =====================================================================================

_s = hexs(40)
add("python/odoo", "planning/odoo_sync/pull_manufacturing_orders.py", fill(r'''
"""Pull tomorrow's manufacturing orders from Odoo MRP to build the mixing-room dough sheet."""
import datetime as dt
import xmlrpc.client

URL = "https://erp.boulangerie-marchand.fr"
DB = "marchand-prod"
USER = "planning-bot@boulangerie-marchand.fr"
API_KEY = "@@key@@"

common = xmlrpc.client.ServerProxy(f"{URL}/xmlrpc/2/common")
uid = common.authenticate(DB, USER, API_KEY, {})
models = xmlrpc.client.ServerProxy(f"{URL}/xmlrpc/2/object")

tomorrow = (dt.date.today() + dt.timedelta(days=1)).isoformat()
orders = models.execute_kw(DB, uid, API_KEY, "mrp.production", "search_read",
                           [[["date_start", ">=", tomorrow + " 00:00:00"],
                             ["date_start", "<=", tomorrow + " 23:59:59"],
                             ["state", "in", ["confirmed", "progress"]]]],
                           {"fields": ["name", "product_id", "product_qty", "bom_id"]})

for mo in sorted(orders, key=lambda o: o["product_id"][1]):
    print(f"{mo['name']:<14} {mo['product_id'][1]:<40} {mo['product_qty']:>8.0f}")
''', key=_s), _s, "https://www.odoo.com/documentation/17.0/developer/reference/external_api.html")

_s = words_pw()
add("sql/database", "db/migrations/V27__reporting_roles.sql", fill(r'''
-- V27: read-only role for the Power BI waste & yield dashboards
CREATE ROLE powerbi_reader WITH LOGIN PASSWORD '@@key@@'
    NOSUPERUSER NOCREATEDB NOCREATEROLE CONNECTION LIMIT 5;

GRANT CONNECT ON DATABASE production TO powerbi_reader;
GRANT USAGE ON SCHEMA reporting TO powerbi_reader;
GRANT SELECT ON ALL TABLES IN SCHEMA reporting TO powerbi_reader;
ALTER DEFAULT PRIVILEGES IN SCHEMA reporting GRANT SELECT ON TABLES TO powerbi_reader;

COMMENT ON ROLE powerbi_reader IS 'Power BI gateway (finance), created 2024-10';
''', key=_s), _s, "https://www.postgresql.org/docs/current/sql-createrole.html")

_s = human_pw()
add("r/database", "analysis/forecast/weekly_forecast.R", fill(r'''
# Weekly demand forecast per shop and product family (sourdough, viennoiserie, cakes)
library(DBI)
library(odbc)
library(dplyr)
library(forecast)

con <- dbConnect(odbc::odbc(),
                 Driver   = "ODBC Driver 18 for SQL Server",
                 Server   = "sql-bi.bakerybros.local",
                 Database = "SalesDW",
                 UID      = "forecast_r",
                 PWD      = "@@key@@",
                 TrustServerCertificate = "yes")

sales <- dbGetQuery(con, "
  SELECT shop_code, family, sale_date, SUM(units) AS units
  FROM dbo.fact_sales
  WHERE sale_date >= DATEADD(week, -52, GETDATE())
  GROUP BY shop_code, family, sale_date")

fc <- sales %>%
  group_by(shop_code, family) %>%
  group_modify(~ {
    ts_units <- ts(.x$units, frequency = 7)
    f <- forecast(auto.arima(ts_units), h = 7)
    tibble(day = 1:7, units = round(as.numeric(f$mean)))
  })

write.csv(fc, sprintf("forecast_%s.csv", Sys.Date()), row.names = FALSE)
dbDisconnect(con)
''', key=_s), _s, "https://solutions.posit.co/connections/db/databases/microsoft-sql-server/")

_s = words_pw()
add("properties/sap", "integration/sap-b1-bridge/src/main/resources/application.properties", fill(r'''
# SAP Business One Service Layer bridge (wholesale orders -> sales orders)
server.port=8085
sapb1.service-layer.url=https://sapb1.kornbakery.local:50000/b1s/v1
sapb1.company-db=SBO_KORNBAKERY
sapb1.username=manager
sapb1.password=@@key@@
sapb1.session-timeout-minutes=30
portal.poll-interval=PT5M
logging.level.de.kornbakery=INFO
''', key=_s), _s, "https://help.sap.com/doc/056f69366b5345a386bb8149f1700c19/10.0/en-US/Service%20Layer%20API%20Reference.html")

_s = words_pw()
add("csharp/database", "src/Bakehouse.Waste/WasteRepository.cs", fill(r'''
using Microsoft.Data.SqlClient;

namespace Bakehouse.Waste;

// End-of-day waste (unsold loaves, pastries) logged by each shop; feeds next week's plan.
public class WasteRepository
{
    private const string Cs =
        "Server=tcp:bakehouse-sql.database.windows.net,1433;Initial Catalog=Production;" +
        "User ID=waste_app;Password=@@key@@;Encrypt=True;Connection Timeout=30;";

    public async Task LogAsync(string shop, string sku, int units, DateOnly day)
    {
        await using var conn = new SqlConnection(Cs);
        await conn.OpenAsync();
        await using var cmd = new SqlCommand(
            "INSERT INTO dbo.Waste (Shop, Sku, Units, Day) VALUES (@shop, @sku, @units, @day)", conn);
        cmd.Parameters.AddWithValue("@shop", shop);
        cmd.Parameters.AddWithValue("@sku", sku);
        cmd.Parameters.AddWithValue("@units", units);
        cmd.Parameters.AddWithValue("@day", day.ToDateTime(TimeOnly.MinValue));
        await cmd.ExecuteNonQueryAsync();
    }
}
''', key=_s), _s, "https://learn.microsoft.com/en-us/sql/connect/ado-net/connection-string-syntax")

_s = human_pw()
add("vba/database", "finance/macros/CostingRefresh.bas", fill(r'''
Attribute VB_Name = "CostingRefresh"
' Refreshes ingredient costs (flour, butter, chocolate) from the purchasing DB into the costing sheet
Option Explicit

Public Sub RefreshIngredientCosts()
    Dim cn As Object, rs As Object
    Set cn = CreateObject("ADODB.Connection")
    cn.Open "Provider=MSOLEDBSQL;Data Source=SQL01;Initial Catalog=Purchasing;" & _
            "User ID=costing;Password=@@key@@;"
    Set rs = cn.Execute("SELECT Ingredient, UnitCostPerKg FROM dbo.CurrentCosts ORDER BY Ingredient")

    With ThisWorkbook.Worksheets("Costs")
        .Range("A2:B500").ClearContents
        .Range("A2").CopyFromRecordset rs
    End With

    rs.Close
    cn.Close
    MsgBox "Ingredient costs refreshed", vbInformation
End Sub
''', key=_s), _s, "https://learn.microsoft.com/en-us/sql/ado/reference/ado-api/connectionstring-property-ado")

_s = words_pw()
add("powershell/sftp", "wholesale/Get-SupermarketOrders.ps1", fill(r'''
# Pulls the supermarket EDI orders (ORDERS D96A) dropped on the retailer's SFTP every night.
Import-Module Posh-SSH

$server   = 'sftp.edi.freshmart-retail.co.uk'
$user     = 'hartleys_bakehouse'
$password = ConvertTo-SecureString '@@key@@' -AsPlainText -Force
$cred     = New-Object System.Management.Automation.PSCredential ($user, $password)
$inbox    = 'D:\EDI\Inbox'

$session = New-SFTPSession -ComputerName $server -Credential $cred -AcceptKey
try {
    Get-SFTPChildItem -SessionId $session.SessionId -Path '/outbound/orders' |
        Where-Object { $_.Name -like '*.edi' } |
        ForEach-Object {
            Get-SFTPItem -SessionId $session.SessionId -Path $_.FullName -Destination $inbox
            Move-SFTPItem -SessionId $session.SessionId -Path $_.FullName -Destination "/outbound/archive/$($_.Name)"
        }
}
finally {
    Remove-SFTPSession -SessionId $session.SessionId | Out-Null
}
''', key=_s), _s, "https://github.com/darkoperator/Posh-SSH")

_s = rand_pw(16)
add("yaml/sftp", "wholesale/edi/partners.yml", fill(r'''
partners:
  - name: Freshmart Retail
    protocol: sftp
    host: sftp.edi.freshmart-retail.co.uk
    port: 22
    username: hartleys_bakehouse
    auth: key
    key_file: /etc/edi/keys/freshmart_ed25519
    inbound: /outbound/orders
    outbound: /inbound/asn
  - name: Cafe Collective Group
    protocol: sftp
    host: files.cafecollective.co.uk
    port: 2222
    username: hartleys
    auth: password
    password: "@@key@@"
    inbound: /to_supplier
    outbound: /from_supplier
''', key=_s), _s, "https://docs.paramiko.org/en/stable/api/client.html")

_s = url_pw(20)
add("notebook/database", "analysis/notebooks/croissant_yield.ipynb", fill(r'''
{
 "cells": [
  {
   "cell_type": "markdown",
   "metadata": {},
   "source": ["# Croissant lamination yield vs. butter temperature (Q3)"]
  },
  {
   "cell_type": "code",
   "execution_count": 1,
   "metadata": {},
   "outputs": [],
   "source": [
    "import pandas as pd\n",
    "from sqlalchemy import create_engine\n",
    "engine = create_engine('postgresql+psycopg2://analyst:@@key@@@10.20.0.16:5432/production')\n",
    "df = pd.read_sql('select batch, butter_temp_c, laminated_kg, yield_pct from lamination_batches', engine)\n",
    "df.describe()"
   ]
  },
  {
   "cell_type": "code",
   "execution_count": 2,
   "metadata": {},
   "outputs": [],
   "source": ["df.plot.scatter(x='butter_temp_c', y='yield_pct')"]
  }
 ],
 "metadata": {
  "kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"},
  "language_info": {"name": "python", "version": "3.11.6"}
 },
 "nbformat": 4,
 "nbformat_minor": 5
}
''', key=_s), _s, "https://docs.sqlalchemy.org/en/20/core/engines.html#database-urls")

_k, _s = hexs(15), hexs(15)
add("javascript/erpnext", "wholesale-portal/server/erpnext.js", fill(r'''
// ERPNext is the wholesale back office: the portal creates Sales Orders there.
const ERP_URL = 'https://erp.panaderia-sol.es';
const API_KEY = '@@k@@';
const API_SECRET = '@@key@@';

async function createSalesOrder(customer, items, deliveryDate) {
  const res = await fetch(`${ERP_URL}/api/resource/Sales Order`, {
    method: 'POST',
    headers: {
      Authorization: `token ${API_KEY}:${API_SECRET}`,
      'Content-Type': 'application/json',
    },
    body: JSON.stringify({
      customer,
      delivery_date: deliveryDate,
      items: items.map((i) => ({ item_code: i.sku, qty: i.qty })),
    }),
  });
  if (!res.ok) throw new Error(`ERPNext ${res.status}`);
  return (await res.json()).data;
}

module.exports = { createSalesOrder };
''', k=_k, key=_s), _s, "https://frappeframework.com/docs/user/en/api/rest#1-token-based-authentication")

_s = draw(48, URLSAFE)
add("python/xero", "finance/xero_invoices.py", fill(r'''
"""Month-end: push wholesale invoices from the portal into Xero (custom connection)."""
import base64

import requests

XERO_CLIENT_ID = "A3F7C2E91B0D4E58A6C1F2B9D8E7F6A5"
XERO_CLIENT_SECRET = "@@key@@"


def token():
    basic = base64.b64encode(f"{XERO_CLIENT_ID}:{XERO_CLIENT_SECRET}".encode()).decode()
    r = requests.post("https://identity.xero.com/connect/token",
                      headers={"Authorization": f"Basic {basic}"},
                      data={"grant_type": "client_credentials",
                            "scope": "accounting.transactions accounting.contacts"},
                      timeout=20)
    r.raise_for_status()
    return r.json()["access_token"]


def push(invoices):
    r = requests.post("https://api.xero.com/api.xro/2.0/Invoices",
                      headers={"Authorization": f"Bearer {token()}", "Accept": "application/json"},
                      json={"Invoices": invoices}, timeout=60)
    r.raise_for_status()
    return r.json()
''', key=_s), _s, "https://developer.xero.com/documentation/guides/oauth2/custom-connections/")

_s = draw(40)
add("json/quickbooks", "finance/qbo-connector/appsettings.json", fill(r'''
{
  "QuickBooks": {
    "Environment": "production",
    "ClientId": "ABk3t9QmZ2xV7pL4nR8sW1yC6dF0gH5jK2mN9qT3uX7zB4vE1",
    "ClientSecret": "@@key@@",
    "RedirectUri": "https://finance.sweetcrumbbakery.com/qbo/callback",
    "RealmId": "9341452719382640"
  },
  "Mapping": {
    "WholesaleIncomeAccount": "4010 Wholesale Sales",
    "RetailIncomeAccount": "4000 Retail Sales",
    "DeliveryFeesAccount": "4100 Delivery Income"
  }
}
''', key=_s), _s, "https://developer.intuit.com/app/developer/qbo/docs/develop/authentication-and-authorization/oauth-2.0")

_s = "pat-eu1-" + uuid_s()
add("python/hubspot", "crm/wholesale_leads.py", fill(r'''
# Wholesale enquiries from the website form go to HubSpot as deals in the "Cafes & Hotels" pipeline.
from hubspot import HubSpot
from hubspot.crm.deals import SimplePublicObjectInputForCreate

api = HubSpot(access_token="@@key@@")

PIPELINE = "wholesale-cafes-hotels"
STAGE_NEW = "appointmentscheduled"


def create_lead(form):
    deal = SimplePublicObjectInputForCreate(properties={
        "dealname": f"{form['business']} - wholesale bread",
        "pipeline": PIPELINE,
        "dealstage": STAGE_NEW,
        "weekly_loaves_estimate": form.get("loaves_per_week", ""),
        "delivery_postcode": form["postcode"],
    })
    return api.crm.deals.basic_api.create(simple_public_object_input_for_create=deal)
''', key=_s), _s, "https://developers.hubspot.com/docs/api/private-apps")

_s = human_pw()
add("perl/database", "legacy/wholesale/import_orders.pl", fill(r'''
#!/usr/bin/perl
# Legacy (2009) importer for the fax/phone wholesale orders typed into orders.csv
use strict;
use warnings;
use DBI;
use Text::CSV;

my $dbh = DBI->connect("DBI:mysql:database=wholesale;host=10.20.0.15", "wholesale",
                       "@@key@@", { RaiseError => 1, AutoCommit => 0 });
my $csv = Text::CSV->new({ binary => 1 });
open my $fh, "<", "/srv/wholesale/orders.csv" or die "orders.csv: $!";
$csv->getline($fh);    # header

my $sth = $dbh->prepare("INSERT INTO orders (customer, sku, qty, deliver_on) VALUES (?,?,?,?)");
while (my $row = $csv->getline($fh)) {
    $sth->execute(@$row[0..3]);
}
$dbh->commit;
close $fh;
print "imported\n";
''', key=_s), _s, "https://metacpan.org/pod/DBD::mysql")

_s = words_pw()
add("batch/windows-password", "shops/scripts/map-shared-drives.bat", fill(r'''
@echo off
REM Maps the planning and recipes shares on the shop back-office PCs
net use P: /delete /y >nul 2>&1
net use R: /delete /y >nul 2>&1
net use P: \\fs01\planning /user:BAKERY\shopuser @@key@@ /persistent:yes
net use R: \\fs01\recipes /user:BAKERY\shopuser @@key@@ /persistent:yes
echo Drives mapped.
''', key=_s), _s, "https://learn.microsoft.com/en-us/windows-server/administration/windows-commands/net-use")

_s = words_pw()
add("yaml/ldap", "intranet/config/auth.yml", fill(r'''
# Staff intranet (rotas, recipes, HACCP sign-off): login against the office AD
auth:
  provider: ldap
  ldap:
    url: ldaps://dc01.bakery.local:636
    bind_dn: "CN=svc-intranet,OU=Service Accounts,DC=bakery,DC=local"
    bind_password: "@@key@@"
    user_base: "OU=Staff,DC=bakery,DC=local"
    user_filter: "(&(objectClass=user)(sAMAccountName={username}))"
    group_admin: "CN=Intranet Admins,OU=Groups,DC=bakery,DC=local"
  session:
    lifetime_hours: 12
''', key=_s), _s, "https://ldap3.readthedocs.io/en/latest/bind.html")

_s = rand_pw(20)
add("xml/maven", "integration/sap-b1-bridge/.mvn/settings.xml", fill(r'''
<?xml version="1.0" encoding="UTF-8"?>
<settings xmlns="http://maven.apache.org/SETTINGS/1.0.0">
  <servers>
    <server>
      <id>kornbakery-nexus</id>
      <username>ci-deployer</username>
      <password>@@key@@</password>
    </server>
  </servers>
  <mirrors>
    <mirror>
      <id>kornbakery-nexus</id>
      <mirrorOf>*</mirrorOf>
      <url>https://nexus.kornbakery.local/repository/maven-public/</url>
    </mirror>
  </mirrors>
</settings>
''', key=_s), _s, "https://maven.apache.org/settings.html#servers")

_s = rand_pw(22)
add("pypirc/nexus", "tools/recipe-scaling/.pypirc", fill(r'''
[distutils]
index-servers =
    bakehouse

[bakehouse]
repository = https://nexus.bakehouse-internal.net/repository/pypi-internal/
username = recipe-scaling-ci
password = @@key@@
''', key=_s), _s, "https://packaging.python.org/en/latest/specifications/pypirc/")

_s = words_pw()
add("terraform/database", "infra/terraform/orders-db/terraform.tfvars", fill(r'''
environment          = "production"
region               = "eu-west-2"
db_instance_class    = "db.t4g.medium"
db_allocated_storage = 50
db_name              = "orders"
db_username          = "orders_admin"
db_password          = "@@key@@"
backup_retention     = 14
maintenance_window   = "Mon:04:00-Mon:05:00"
shops                = ["market-st", "riverside", "high-st", "station"]
''', key=_s), _s, "https://developer.hashicorp.com/terraform/language/values/variables#variable-definitions-tfvars-files")

_s = words_pw()
add("ansible/become-password", "ansible/inventories/shops/hosts.ini", fill(r'''
[shop_backoffice]
shop-01-bo ansible_host=10.1.0.20
shop-04-bo ansible_host=10.4.0.20
shop-09-bo ansible_host=10.9.0.20
shop-12-bo ansible_host=10.12.0.20

[shop_backoffice:vars]
ansible_user=bakeadmin
ansible_become=true
ansible_become_password=@@key@@
ansible_python_interpreter=/usr/bin/python3
''', key=_s), _s, "https://docs.ansible.com/ansible/latest/inventory_guide/intro_inventory.html#connecting-to-hosts-behavioral-inventory-parameters")

_s = rsa_pem("RSA", 16)
add("pem/rsa-private-key", "wholesale/as2/keys/hartleys-as2-signing.key", _s + "\n", _s,
    "https://www.rfc-editor.org/rfc/rfc4130")


# =====================================================================================
# Websites, apps and the web team's services
# =====================================================================================

_s = words_pw()
add("php/database", "site/wp-config.php", fill(r'''
<?php
/** WordPress site of the patisserie (shop pages, wedding cake gallery, careers). */

define( 'DB_NAME', 'patisserie_wp' );
define( 'DB_USER', 'wp_patisserie' );
define( 'DB_PASSWORD', '@@key@@' );
define( 'DB_HOST', 'mysql-web01.internal' );
define( 'DB_CHARSET', 'utf8mb4' );
define( 'DB_COLLATE', '' );

$table_prefix = 'pr_';

define( 'WP_DEBUG', false );
define( 'DISALLOW_FILE_EDIT', true );
define( 'WP_AUTO_UPDATE_CORE', 'minor' );

if ( ! defined( 'ABSPATH' ) ) {
	define( 'ABSPATH', __DIR__ . '/' );
}

require_once ABSPATH . 'wp-settings.php';
''', key=_s), _s, "https://developer.wordpress.org/advanced-administration/wordpress/wp-config/")

_s = fakes.django_secret_key(_seed())
add("python/django-secret", "wholesale_portal/settings/production.py", fill(r'''
from .base import *  # noqa: F401,F403

DEBUG = False
SECRET_KEY = "@@key@@"
ALLOWED_HOSTS = ["wholesale.hartleysbakehouse.co.uk"]
CSRF_TRUSTED_ORIGINS = ["https://wholesale.hartleysbakehouse.co.uk"]

SECURE_SSL_REDIRECT = True
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
SECURE_HSTS_SECONDS = 31536000

ORDER_CUTOFF_HOUR = 20  # next-day delivery orders close at 8pm
DELIVERY_ROUNDS = ["north", "south", "city-centre"]
''', key=_s), _s, "https://docs.djangoproject.com/en/5.0/ref/settings/#secret-key")

_s = hexs(32)
add("env/rails-master-key", ".kamal/secrets", fill(r'''
# Secrets for kamal deploy of the cake-order app (order.sugarloafbakery.com)
KAMAL_REGISTRY_PASSWORD=$KAMAL_REGISTRY_PASSWORD
RAILS_MASTER_KEY=@@key@@
POSTGRES_PASSWORD=$(op read op://Deploy/cake-orders-db/password)
SIDEKIQ_REDIS_URL=$SIDEKIQ_REDIS_URL
''', key=_s), _s, "https://kamal-deploy.org/docs/configuration/environment-variables/#secrets")

_s = "base64:" + base64.b64encode(bytes(_rng().getrandbits(8) for _ in range(32))).decode()
add("env/laravel-app-key", "click-collect/.env", fill(r'''
APP_NAME="Panetteria Rossi Click & Collect"
APP_ENV=production
APP_KEY=@@key@@
APP_DEBUG=false
APP_URL=https://ordina.panetteriarossi.it

LOG_CHANNEL=stack
DB_CONNECTION=mysql
DB_HOST=127.0.0.1
DB_PORT=3306
DB_DATABASE=clickcollect
DB_USERNAME=clickcollect
DB_PASSWORD=

QUEUE_CONNECTION=redis
MAIL_MAILER=smtp
''', key=_s), _s, "https://laravel.com/docs/11.x/encryption#configuration")

_s = rand_pw(48, "!#%&*+-=?")
add("typescript/jwt-secret", "loyalty-api/src/auth/tokens.ts", fill(r'''
import jwt from 'jsonwebtoken';

// Loyalty stamps app: the 10th coffee or croissant is free.
const JWT_SECRET = '@@key@@';
const ISSUER = 'loyalty.sugarandspice.bakery';

export interface StampClaims {
  sub: string;
  stamps: number;
}

export function issueToken(customerId: string, stamps: number): string {
  return jwt.sign({ sub: customerId, stamps } satisfies StampClaims, JWT_SECRET, {
    issuer: ISSUER,
    expiresIn: '30d',
  });
}

export function verifyToken(token: string): StampClaims {
  return jwt.verify(token, JWT_SECRET, { issuer: ISSUER }) as StampClaims;
}
''', key=_s), _s, "https://github.com/auth0/node-jsonwebtoken#jwtsignpayload-secretorprivatekey-options-callback")

_s = google_api_key()
add("php/google-maps", "app/Services/DeliveryRadius.php", fill(r'''
<?php

namespace App\Services;

use Illuminate\Support\Facades\Http;

// Is the customer's address within the 8 km cake delivery zone? (server-side Distance Matrix)
class DeliveryRadius
{
    private const ORIGIN = '48.8566,2.3522';
    private const MAX_KM = 8;
    private const KEY = '@@key@@';

    public function allows(string $address): bool
    {
        $response = Http::get('https://maps.googleapis.com/maps/api/distancematrix/json', [
            'origins' => self::ORIGIN,
            'destinations' => $address,
            'key' => self::KEY,
        ])->json();

        $meters = $response['rows'][0]['elements'][0]['distance']['value'] ?? PHP_INT_MAX;
        return $meters <= self::MAX_KM * 1000;
    }
}
''', key=_s), _s, "https://developers.google.com/maps/documentation/distance-matrix/get-api-key")

_s = "6L" + draw(38, URLSAFE)
add("javascript/recaptcha", "contact-form/api/submit.js", fill(r'''
// Vercel function behind the wedding-cake enquiry form
const RECAPTCHA_SECRET = '@@key@@';

export default async function handler(req, res) {
  if (req.method !== 'POST') return res.status(405).end();
  const { token, name, email, date, guests, message } = req.body;

  const verify = await fetch('https://www.google.com/recaptcha/api/siteverify', {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ secret: RECAPTCHA_SECRET, response: token }),
  }).then((r) => r.json());

  if (!verify.success || verify.score < 0.5) {
    return res.status(400).json({ error: 'captcha' });
  }
  await fetch(process.env.ENQUIRY_INBOX_URL, {
    method: 'POST',
    body: JSON.stringify({ name, email, date, guests, message }),
  });
  return res.status(200).json({ ok: true });
}
''', key=_s), _s, "https://developers.google.com/recaptcha/docs/verify")

_s = google_oauth_secret()
add("json/google-oauth", "staff-portal/client_secret.json", fill(r'''
{
  "web": {
    "client_id": "@@cid@@-@@cid2@@.apps.googleusercontent.com",
    "project_id": "bakery-staff-portal",
    "auth_uri": "https://accounts.google.com/o/oauth2/auth",
    "token_uri": "https://oauth2.googleapis.com/token",
    "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",
    "client_secret": "@@key@@",
    "redirect_uris": ["https://staff.oakandember.bakery/auth/google/callback"],
    "javascript_origins": ["https://staff.oakandember.bakery"]
  }
}
''', cid=digits(12), cid2=draw(32, string.ascii_lowercase + string.digits), key=_s), _s,
    "https://developers.google.com/identity/protocols/oauth2/web-server#creatingcred")

_s = hexs(32)
add("env/facebook", "social/.env", fill(r'''
# Instagram shop sync (posts the daily specials board photo)
FB_APP_ID=@@app@@
FB_APP_SECRET=@@key@@
IG_BUSINESS_ACCOUNT_ID=17841405822304914
GRAPH_API_VERSION=v20.0
POST_TIME=07:15
''', app=digits(15), key=_s), _s, "https://developers.facebook.com/docs/facebook-login/guides/access-levels/app-secret")

_s = fcm_server_key()
add("java/fcm", "loyalty-backend/src/main/java/bakery/loyalty/push/PushSender.java", fill(r'''
package bakery.loyalty.push;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** "Fresh out of the oven" push to loyalty app users near a shop. */
public class PushSender {
    private static final String SERVER_KEY = "@@key@@";
    private final HttpClient http = HttpClient.newHttpClient();

    public int sendToTopic(String shopTopic, String title, String body) throws Exception {
        String json = String.format(
            "{\"to\":\"/topics/%s\",\"notification\":{\"title\":\"%s\",\"body\":\"%s\"}}",
            shopTopic, title, body);
        HttpRequest request = HttpRequest.newBuilder(URI.create("https://fcm.googleapis.com/fcm/send"))
            .header("Authorization", "key=" + SERVER_KEY)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json))
            .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString()).statusCode();
    }
}
''', key=_s), _s, "https://firebase.google.com/docs/cloud-messaging/auth-server#authorize-legacy-protocol-send-requests")

_s = p8_key()
add("javascript/apns-key", "loyalty-backend/push/apns.js", fill(r'''
const apn = require('@parse/node-apn');

// iOS pushes for the loyalty app ("your birthday cupcake is waiting")
const provider = new apn.Provider({
  token: {
    key: `@@key@@`,
    keyId: 'K7Q2M9X4PL',
    teamId: 'R3D8B5N1VW',
  },
  production: true,
});

async function notify(deviceToken, alert) {
  const note = new apn.Notification({ alert, sound: 'default', topic: 'com.sugarandspice.loyalty' });
  const result = await provider.send(note, deviceToken);
  return result.failed.length === 0;
}

module.exports = { notify };
''', key=_s), _s, "https://developer.apple.com/documentation/usernotifications/establishing-a-token-based-connection-to-apns")

_s = mapbox_token("sk", "crumbandco")
add("typescript/mapbox", "delivery-zones/scripts/upload-zones.ts", fill(r'''
// Uploads the delivery zone polygons (GeoJSON) as a Mapbox tileset source.
import { readFileSync } from 'node:fs';

const MAPBOX_USER = 'crumbandco';
const MAPBOX_SECRET_TOKEN = '@@key@@';

async function upload(): Promise<void> {
  const form = new FormData();
  form.append('file', new Blob([readFileSync('zones/delivery-zones.geojson.ld')]));
  const res = await fetch(
    `https://api.mapbox.com/tilesets/v1/sources/${MAPBOX_USER}/delivery-zones?access_token=${MAPBOX_SECRET_TOKEN}`,
    { method: 'PUT', body: form },
  );
  console.log(res.status, await res.text());
}

upload();
''', key=_s), _s, "https://docs.mapbox.com/api/accounts/tokens/")

_s = hexs(32)
add("javascript/algolia", "storefront/scripts/index-products.mjs", fill(r'''
// Re-indexes the product catalogue (cakes, breads, gift boxes) into Algolia after a menu change.
import algoliasearch from 'algoliasearch';
import products from '../data/products.json' assert { type: 'json' };

const client = algoliasearch('K7ZQ3P1XWB', '@@key@@');
const index = client.initIndex('prod_products');

const records = products.map((p) => ({
  objectID: p.sku,
  name: p.name,
  allergens: p.allergens,
  vegan: p.tags.includes('vegan'),
  price: p.price,
  shops: p.availableAt,
}));

await index.replaceAllObjects(records, { safe: true });
console.log(`indexed ${records.length} products`);
''', key=_s), _s, "https://www.algolia.com/doc/guides/security/api-keys/#admin-api-key")

_s = openai_key()
add("python/openai", "marketing/describe_products.py", fill(r'''
"""Drafts short menu descriptions for the seasonal bakes (reviewed by a human before going live)."""
import csv

from openai import OpenAI

client = OpenAI(api_key="@@key@@")

PROMPT = ("Write a 25-word menu description for a bakery item. Mention texture and key flavours, "
          "no exclamation marks. Item: {name}. Ingredients: {ingredients}.")

with open("seasonal_items.csv", newline="") as fh, open("descriptions.csv", "w", newline="") as out:
    writer = csv.writer(out)
    writer.writerow(["sku", "description"])
    for row in csv.DictReader(fh):
        reply = client.chat.completions.create(
            model="gpt-4o-mini",
            messages=[{"role": "user", "content": PROMPT.format(**row)}],
            max_tokens=80,
        )
        writer.writerow([row["sku"], reply.choices[0].message.content.strip()])
''', key=_s), _s, "https://platform.openai.com/docs/api-reference/authentication")

_s = anthropic_key()
add("typescript/anthropic", "support-bot/src/allergen-assistant.ts", fill(r'''
import Anthropic from '@anthropic-ai/sdk';
import { allergenMatrix } from './data/allergens';

// Answers customers' allergen questions from the allergen matrix only.
const anthropic = new Anthropic({ apiKey: '@@key@@' });

export async function answer(question: string): Promise<string> {
  const msg = await anthropic.messages.create({
    model: 'claude-3-5-haiku-latest',
    max_tokens: 300,
    system: `Answer only from this allergen matrix. If unsure, tell the customer to ask in store.\n${JSON.stringify(allergenMatrix)}`,
    messages: [{ role: 'user', content: question }],
  });
  const block = msg.content[0];
  return block.type === 'text' ? block.text : '';
}
''', key=_s), _s, "https://docs.anthropic.com/en/api/getting-started#authentication")

_s = draw(64, URLSAFE)
add("yaml/auth0", "wholesale-portal/config/auth.yaml", fill(r'''
auth0:
  domain: hartleys-wholesale.eu.auth0.com
  audience: https://wholesale.hartleysbakehouse.co.uk/api
  client_id: qT8vN2xK5mB9cW3zL7pR1sD4fG6hJ0yA
  client_secret: @@key@@
  callback_url: https://wholesale.hartleysbakehouse.co.uk/callback
  logout_url: https://wholesale.hartleysbakehouse.co.uk/
roles:
  cafe_buyer: [orders:create, orders:read, invoices:read]
  account_manager: [orders:*, customers:*, invoices:*]
''', key=_s), _s, "https://auth0.com/docs/get-started/applications/application-settings")

_s = "CFPAT-" + draw(43, URLSAFE)
add("env/contentful", "website/.env.production", fill(r'''
CONTENTFUL_SPACE_ID=x9k2m7p4q1zb
CONTENTFUL_ENVIRONMENT=master
CONTENTFUL_DELIVERY_TOKEN=${CONTENTFUL_DELIVERY_TOKEN}
CONTENTFUL_MANAGEMENT_TOKEN=@@key@@
SITE_URL=https://www.petitfourpatisserie.com
REVALIDATE_SECONDS=300
''', key=_s), _s, "https://www.contentful.com/developers/docs/references/authentication/#the-content-management-api")

_s = draw(27, URLSAFE)
add("env/cloudinary", "gallery/.env", fill(r'''
# wedding & celebration cake gallery uploads
NODE_ENV=production
CLOUDINARY_URL=cloudinary://@@k@@:@@key@@@rosetta-patisserie
GALLERY_FOLDER=cakes/2024
MAX_UPLOAD_MB=15
THUMBNAIL_WIDTH=480
''', k=digits(15), key=_s), _s, "https://cloudinary.com/documentation/how_to_integrate_cloudinary#configure_the_sdk")

_s = url_pw(24)
add("ruby/redis", "config/initializers/sidekiq.rb", fill(r'''
# Background jobs: order confirmation emails, label printing, stock sync
redis_url = "rediss://default:@@key@@@redis-14823.c2.eu-west-1-3.ec2.redns.redis-cloud.com:14823/0"

Sidekiq.configure_server do |config|
  config.redis = { url: redis_url, network_timeout: 5 }
end

Sidekiq.configure_client do |config|
  config.redis = { url: redis_url, network_timeout: 5 }
end
''', key=_s), _s, "https://github.com/sidekiq/sidekiq/wiki/Using-Redis")

_s = url_pw(20)
add("javascript/mongodb", "orders-hub/src/db.js", fill(r'''
const { MongoClient } = require('mongodb');

// Orders from every channel (web, Deliveroo, Uber Eats, phone) land in one collection.
const uri = 'mongodb+srv://orders-hub:@@key@@@cluster0.x7kq2.mongodb.net/orders?retryWrites=true&w=majority';
const client = new MongoClient(uri);

let db;
async function connect() {
  if (!db) {
    await client.connect();
    db = client.db('orders');
    await db.collection('orders').createIndex({ channel: 1, pickupAt: 1 });
  }
  return db;
}

module.exports = { connect };
''', key=_s), _s, "https://www.mongodb.com/docs/manual/reference/connection-string/")

_s = url_pw(20)
add("python/rabbitmq", "labels/celery_app.py", fill(r'''
"""Celery workers that print allergen labels on the Zebra printers at each packing bench."""
from celery import Celery

app = Celery(
    "labels",
    broker="amqp://labels:@@key@@@10.20.0.30:5672/bakery",
    backend="rpc://",
)
app.conf.update(
    task_acks_late=True,
    worker_prefetch_multiplier=1,
    task_routes={"labels.tasks.print_label": {"queue": "packing-bench"}},
    timezone="Europe/London",
)
''', key=_s), _s, "https://docs.celeryq.dev/en/stable/getting-started/backends-and-brokers/rabbitmq.html")

_s = rand_pw(16)
add("properties/smtp", "wholesale-portal/src/main/resources/mail.properties", fill(r'''
# Order confirmations and delivery notes to wholesale customers
spring.mail.host=smtp.office365.com
spring.mail.port=587
spring.mail.username=orders@kornbakery.de
spring.mail.password=@@key@@
spring.mail.properties.mail.smtp.auth=true
spring.mail.properties.mail.smtp.starttls.enable=true
portal.mail.from=Kornbakery Großhandel <orders@kornbakery.de>
''', key=_s), _s, "https://docs.spring.io/spring-boot/appendix/application-properties/index.html#application-properties.mail.spring.mail.password")

_s = words_pw()
add("xml/web-config", "legacy/CakeOrders/Web.config", fill(r'''
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <connectionStrings>
    <add name="CakeOrders"
         connectionString="Data Source=SQL01\SQLEXPRESS;Initial Catalog=CakeOrders;User ID=cakeweb;Password=@@key@@;MultipleActiveResultSets=True"
         providerName="System.Data.SqlClient" />
  </connectionStrings>
  <appSettings>
    <add key="MinLeadDays" value="3" />
    <add key="GalleryPath" value="~/Content/gallery" />
  </appSettings>
  <system.web>
    <compilation debug="false" targetFramework="4.8" />
    <customErrors mode="RemoteOnly" />
  </system.web>
</configuration>
''', key=_s), _s, "https://learn.microsoft.com/en-us/dotnet/framework/data/adonet/connection-strings-and-configuration-files")

_s = rand_pw(18)
_basic = b64("kitchen-display:" + _s)
add("nginx/basic-auth", "deploy/nginx/kds-proxy.conf", fill(r'''
# Kitchen display screens at the decorating bench proxy to the order hub
upstream orders_hub {
    server 10.20.0.40:3000;
}

server {
    listen 8080;
    server_name kds.bakehouse.local;

    location /api/ {
        proxy_pass http://orders_hub;
        proxy_set_header Host $host;
        proxy_set_header Authorization "Basic @@b@@";
        proxy_read_timeout 60s;
    }

    location / {
        root /srv/kds/dist;
        try_files $uri /index.html;
    }
}
''', b=_basic), _basic, "https://nginx.org/en/docs/http/ngx_http_proxy_module.html#proxy_set_header")

_s = url_pw(20)
add("markdown/database", "docs/runbooks/restore-orders-db.md", fill(r'''
# Runbook: restore the online orders database

Use this when the orders DB is corrupted or a bad migration went out during the
morning rush (06:00-10:00 is peak click-and-collect).

1. Put the shop into "phone orders only" mode in the admin (Settings -> Ordering -> Pause).
2. Find the latest snapshot:

   ```bash
   aws rds describe-db-snapshots --db-instance-identifier orders-prod --query 'DBSnapshots[-1]'
   ```

3. Restore to a new instance `orders-prod-restore`, then check row counts:

   ```bash
   psql "postgresql://orders_admin:@@key@@@orders-prod-restore.cx8k2.eu-west-2.rds.amazonaws.com:5432/orders" \
     -c "select count(*) from orders where created_at > now() - interval '1 day';"
   ```

4. Swap the DNS record `orders-db.internal` to the restored instance.
5. Un-pause ordering and post in #bakery-ops.
''', key=_s), _s, "https://www.postgresql.org/docs/current/libpq-connect.html#LIBPQ-CONNSTRING-URIS")

_s = stripe_sk()
add("markdown/stripe", "docs/payments/README.md", fill(r'''
# Payments

The online shop takes card payments with Stripe Checkout. Deposits for celebration
cakes are 30 %, the balance is taken on collection at the till.

## Checking a payment by hand

When a customer says they paid but the order shows "pending":

```bash
curl https://api.stripe.com/v1/checkout/sessions/cs_live_XXXX \
  -u @@key@@:
```

Look at `payment_status`. If it is `paid`, mark the order paid in the admin and
tell the shop. If `unpaid`, ask the customer to try again.

## Refunds

Refunds for cancelled cakes (more than 72 h before collection) are done from the
Stripe dashboard by the shop managers.
''', key=_s), _s, "https://docs.stripe.com/api/authentication")

_s = words_pw()
add("shell/ssh-password", "ops/scripts/push-menu-boards.sh", fill(r'''
#!/usr/bin/env bash
# Copies the new menu board images to every shop's signage player (Raspberry Pi).
set -u
SHOPS="10.1.0.50 10.4.0.50 10.9.0.50 10.12.0.50"
SRC=./out/boards/

for ip in $SHOPS; do
  echo "== $ip"
  sshpass -p '@@key@@' rsync -az --delete -e "ssh -o StrictHostKeyChecking=no" \
    "$SRC" "signage@$ip:/home/signage/boards/"
  sshpass -p '@@key@@' ssh signage@"$ip" 'sudo systemctl restart signage-player'
done
''', key=_s), _s, "https://linux.die.net/man/1/sshpass")

_s = google_api_key()
add("dart/google-api-key", "mobile/lib/services/places_service.dart", fill(r'''
import 'dart:convert';

import 'package:http/http.dart' as http;

/// Autocomplete for the delivery address field in the ordering app.
class PlacesService {
  static const _apiKey = '@@key@@';

  Future<List<String>> suggest(String input, String sessionToken) async {
    final uri = Uri.https('maps.googleapis.com', '/maps/api/place/autocomplete/json', {
      'input': input,
      'components': 'country:gb',
      'sessiontoken': sessionToken,
      'key': _apiKey,
    });
    final res = await http.get(uri);
    final body = jsonDecode(res.body) as Map<String, dynamic>;
    return (body['predictions'] as List).map((p) => p['description'] as String).toList();
  }
}
''', key=_s), _s, "https://developers.google.com/maps/documentation/places/web-service/autocomplete")

_s = draw(64, ALNUM + "+/")
add("elixir/secret-key-base", "config/prod.secret.exs", fill(r'''
import Config

# Live order board shown on the screens behind the counter (Phoenix LiveView)
config :order_board, OrderBoardWeb.Endpoint,
  http: [port: 4000],
  secret_key_base: "@@key@@",
  server: true

config :order_board, OrderBoard.Repo,
  url: System.get_env("DATABASE_URL"),
  pool_size: 10
''', key=_s), _s, "https://hexdocs.pm/phoenix/deployment.html#handling-of-your-application-secrets")

_s = words_pw()
add("properties/keystore-password", "android/keystore.properties", fill(r'''
# release signing for the loyalty app (Play Store)
storeFile=../keys/sugarandspice-release.jks
storePassword=@@key@@
keyAlias=loyalty
keyPassword=@@key@@
''', key=_s), _s, "https://developer.android.com/studio/publish/app-signing#secure-shared-keystore")

_s = hexs(128)
add("yaml/rails", "config/secrets.yml", fill(r'''
# Legacy secrets file (Rails 5.1) for the cake-order app
development:
  secret_key_base: 5f2c0b1e8d7a6f4e3c2b1a0f9e8d7c6b5a4f3e2d1c0b9a8f7e6d5c4b3a2f1e0d
test:
  secret_key_base: test-secret-key-base-not-used-outside-ci
production:
  secret_key_base: @@key@@
''', key=_s), _s, "https://guides.rubyonrails.org/v5.1/upgrading_ruby_on_rails.html#config-secrets-yml")

_s = stripe_sk()
add("k8s-secret/stripe", "k8s/production/payments-secret.yaml", fill(r'''
apiVersion: v1
kind: Secret
metadata:
  name: payments
  namespace: online-orders
type: Opaque
stringData:
  STRIPE_SECRET_KEY: "@@key@@"
  STRIPE_API_VERSION: "2024-06-20"
  DEPOSIT_PERCENT: "30"
''', key=_s), _s, "https://kubernetes.io/docs/concepts/configuration/secret/#opaque-secrets")

_s = sendgrid_key()
add("helm/sendgrid", "deploy/helm/notifications/values.yaml", fill(r'''
image:
  repository: ghcr.io/oakandember/notifications
  tag: 1.8.2

env:
  MAIL_FROM: "Oak & Ember Bakery <hello@oakandember.bakery>"
  SENDGRID_API_KEY: "@@key@@"
  TEMPLATE_ORDER_READY: d-5f1c8e2a9b3d4c7e
  TEMPLATE_CAKE_REMINDER: d-9a2b7c4e1f3d5e6a

resources:
  requests:
    cpu: 50m
    memory: 64Mi
''', key=_s), _s, "https://www.twilio.com/docs/sendgrid/for-developers/sending-email/api-getting-started")

_s = ec_pem()
add("go/ec-private-key", "loyalty/coupons/signer.go", fill(r'''
package coupons

import (
	"crypto/ecdsa"
	"crypto/x509"
	"encoding/pem"
)

// Signs the QR codes on printed "free pastry" coupons so shops can verify them offline.
const signingKeyPEM = `@@key@@`

func signingKey() (*ecdsa.PrivateKey, error) {
	block, _ := pem.Decode([]byte(signingKeyPEM))
	return x509.ParseECPrivateKey(block.Bytes)
}
''', key=_s), _s, "https://pkg.go.dev/crypto/x509#ParseECPrivateKey")


# =====================================================================================
# Decoys: placeholders, references, ciphertext, hashes, public values
# =====================================================================================

add("env/decoy-placeholder", "shop/.env.example", fill(r'''
# Copy to .env and fill in from 1Password ("Online shop - production" vault)
NODE_ENV=development
PORT=8080
PUBLIC_BASE_URL=http://localhost:8080
DATABASE_URL=postgresql://orders:<password>@localhost:5432/orders
STRIPE_PUBLISHABLE_KEY=pk_test_...
STRIPE_SECRET_KEY=sk_test_...
STRIPE_WEBHOOK_SECRET=whsec_...
SENDGRID_API_KEY=<sendgrid-api-key>
TWILIO_ACCOUNT_SID=ACxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx
TWILIO_AUTH_TOKEN=your_auth_token
CLICK_COLLECT_CUTOFF=14:00
'''), None, "https://docs.stripe.com/keys")

add("helm/decoy-existing-secret", "deploy/helm/orders/values.yaml", fill(r'''
replicaCount: 2

image:
  repository: ghcr.io/crumb-and-co/orders
  tag: ""

postgresql:
  enabled: false
externalDatabase:
  host: orders-db.online-orders.svc.cluster.local
  user: orders_app
  database: orders
  existingSecret: orders-db
  existingSecretPasswordKey: POSTGRES_PASSWORD

redis:
  enabled: true
  auth:
    enabled: true
    existingSecret: orders-redis
    existingSecretPasswordKey: redis-password

stripe:
  secretRef:
    name: payments
    key: STRIPE_SECRET_KEY
'''), None, "https://artifacthub.io/packages/helm/bitnami/redis")

add("k8s/decoy-external-secret", "k8s/production/payments-externalsecret.yaml", fill(r'''
apiVersion: external-secrets.io/v1beta1
kind: ExternalSecret
metadata:
  name: payments
  namespace: online-orders
spec:
  refreshInterval: 1h
  secretStoreRef:
    kind: ClusterSecretStore
    name: aws-secrets-manager
  target:
    name: payments
    creationPolicy: Owner
  data:
    - secretKey: STRIPE_SECRET_KEY
      remoteRef:
        key: prod/online-orders/stripe
        property: secret_key
    - secretKey: STRIPE_WEBHOOK_SECRET
      remoteRef:
        key: prod/online-orders/stripe
        property: webhook_secret
'''), None, "https://external-secrets.io/latest/api/externalsecret/")

add("terraform/decoy-random-password", "infra/terraform/orders-db/main.tf", fill(r'''
variable "db_username" {
  type    = string
  default = "orders_admin"
}

resource "random_password" "db" {
  length           = 32
  special          = true
  override_special = "-_"
}

resource "aws_secretsmanager_secret" "db" {
  name = "prod/orders-db/master"
}

resource "aws_secretsmanager_secret_version" "db" {
  secret_id     = aws_secretsmanager_secret.db.id
  secret_string = jsonencode({ username = var.db_username, password = random_password.db.result })
}

resource "aws_db_instance" "orders" {
  identifier          = "orders-prod"
  engine              = "postgres"
  engine_version      = "16.3"
  instance_class      = "db.t4g.medium"
  allocated_storage   = 50
  username            = var.db_username
  password            = random_password.db.result
  skip_final_snapshot = false
}
'''), None, "https://registry.terraform.io/providers/hashicorp/random/latest/docs/resources/password")

add("github-actions/decoy-secrets-context", ".github/workflows/deploy-shop.yml", fill(r'''
name: deploy-shop

on:
  push:
    branches: [main]

permissions:
  id-token: write
  contents: read

jobs:
  deploy:
    runs-on: ubuntu-latest
    environment: production
    steps:
      - uses: actions/checkout@v4
      - uses: aws-actions/configure-aws-credentials@v4
        with:
          role-to-assume: arn:aws:iam::381492006613:role/github-deploy-shop
          aws-region: eu-west-2
      - run: npm ci && npm run build
        env:
          STRIPE_PUBLISHABLE_KEY: ${{ vars.STRIPE_PUBLISHABLE_KEY }}
      - run: npx serverless deploy --stage prod
        env:
          STRIPE_SECRET_KEY: ${{ secrets.STRIPE_SECRET_KEY }}
          SENDGRID_API_KEY: ${{ secrets.SENDGRID_API_KEY }}
'''), None, "https://docs.github.com/en/actions/security-for-github-actions/security-guides/using-secrets-in-github-actions")

add("compose/decoy-env-reference", "coldchain/docker-compose.yml", fill(r'''
services:
  mosquitto:
    image: eclipse-mosquitto:2
    volumes:
      - ./mosquitto/config:/mosquitto/config:ro
      - ./mosquitto/passwd:/mosquitto/config/passwd:ro
    ports: ["8883:8883"]

  influxdb:
    image: influxdb:2.7
    environment:
      DOCKER_INFLUXDB_INIT_MODE: setup
      DOCKER_INFLUXDB_INIT_USERNAME: admin
      DOCKER_INFLUXDB_INIT_PASSWORD: ${INFLUX_ADMIN_PASSWORD:?set INFLUX_ADMIN_PASSWORD}
      DOCKER_INFLUXDB_INIT_ORG: bakery-ops
      DOCKER_INFLUXDB_INIT_BUCKET: haccp
      DOCKER_INFLUXDB_INIT_ADMIN_TOKEN: ${INFLUX_ADMIN_TOKEN:?set INFLUX_ADMIN_TOKEN}
    volumes: ["influx:/var/lib/influxdb2"]

  telegraf:
    image: telegraf:1.30
    environment:
      INFLUX_TOKEN: ${INFLUX_TELEGRAF_TOKEN}
    volumes: ["./telegraf/telegraf.conf:/etc/telegraf/telegraf.conf:ro"]

volumes:
  influx:
'''), None, "https://docs.docker.com/compose/how-tos/environment-variables/variable-interpolation/")

add("yaml/decoy-sops", "deploy/secrets/production.enc.yaml", fill(r'''
stripe:
    secret_key: @@a@@
    webhook_secret: @@b@@
square:
    access_token: @@c@@
db:
    password: @@d@@
sops:
    kms:
        - arn: arn:aws:kms:eu-west-2:381492006613:key/7b2e4c1a-9d3f-4e8b-a6c5-0f1d2e3b4a59
          created_at: "2024-09-12T08:14:51Z"
          enc: AQICAHh@@e@@==
          aws_profile: ""
    lastmodified: "2024-10-30T17:02:11Z"
    mac: @@f@@
    unencrypted_suffix: _unencrypted
    version: 3.9.1
''', a=sops_value(), b=sops_value(), c=sops_value(), d=sops_value(), e=draw(170, ALNUM + "+/"), f=sops_value()),
    None, "https://github.com/getsops/sops#encrypting-using-aws-kms")

add("ansible/decoy-vault", "ansible/group_vars/erp_servers/vault.yml", fill(r'''
$ANSIBLE_VAULT;1.1;AES256
@@blob@@
''', blob="\n".join(hexs(80) for _ in range(9))), None, "https://docs.ansible.com/ansible/latest/vault_guide/vault_encrypting_content.html")

add("k8s/decoy-sealed-secret", "k8s/production/orders-db-sealedsecret.yaml", fill(r'''
apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata:
  name: orders-db
  namespace: online-orders
spec:
  encryptedData:
    POSTGRES_PASSWORD: AgB@@a@@
    POSTGRES_USER: AgC@@b@@
  template:
    metadata:
      name: orders-db
      namespace: online-orders
    type: Opaque
''', a=draw(600, ALNUM + "+/") + "==", b=draw(600, ALNUM + "+/") + "="), None, "https://github.com/bitnami-labs/sealed-secrets#usage")

add("python/decoy-secrets-manager", "shop/orders/payments/config.py", fill(r'''
"""Payment settings: secrets come from AWS Secrets Manager at start-up, never from the repo."""
import json
import os
from functools import lru_cache

import boto3


@lru_cache(maxsize=1)
def _secret(name: str) -> dict:
    client = boto3.client("secretsmanager", region_name=os.environ.get("AWS_REGION", "eu-west-2"))
    return json.loads(client.get_secret_value(SecretId=name)["SecretString"])


def stripe_secret_key() -> str:
    return _secret("prod/online-orders/stripe")["secret_key"]


def stripe_webhook_secret() -> str:
    return _secret("prod/online-orders/stripe")["webhook_secret"]


DEPOSIT_PERCENT = int(os.environ.get("DEPOSIT_PERCENT", "30"))
'''), None, "https://boto3.amazonaws.com/v1/documentation/api/latest/reference/services/secretsmanager/client/get_secret_value.html")

add("javascript/decoy-env", "orders-hub/src/config.js", fill(r'''
'use strict';

// All credentials come from the environment (set by the deploy pipeline).
function required(name) {
  const value = process.env[name];
  if (!value) throw new Error(`missing env ${name}`);
  return value;
}

module.exports = {
  port: Number(process.env.PORT || 3000),
  mongoUri: required('MONGO_URI'),
  deliveroo: {
    clientId: required('DELIVEROO_CLIENT_ID'),
    clientSecret: required('DELIVEROO_CLIENT_SECRET'),
  },
  uberEats: {
    clientId: required('UBER_EATS_CLIENT_ID'),
    clientSecret: required('UBER_EATS_CLIENT_SECRET'),
  },
  webhookSigningSecret: required('ORDERS_HUB_WEBHOOK_SECRET'),
};
'''), None, "https://nodejs.org/api/process.html#processenv")

add("go/decoy-getenv", "internal/config/config.go", fill(r'''
package config

import (
	"fmt"
	"os"
)

type Config struct {
	MollieAPIKey   string
	OnfleetKey     string
	DatabaseURL    string
	PagerDutyRoute string
}

func must(name string) string {
	v, ok := os.LookupEnv(name)
	if !ok || v == "" {
		panic(fmt.Sprintf("config: %s is not set", name))
	}
	return v
}

func Load() Config {
	return Config{
		MollieAPIKey:   must("MOLLIE_API_KEY"),
		OnfleetKey:     must("ONFLEET_API_KEY"),
		DatabaseURL:    must("DATABASE_URL"),
		PagerDutyRoute: must("PAGERDUTY_ROUTING_KEY"),
	}
}
'''), None, "https://pkg.go.dev/os#LookupEnv")

add("javascript/decoy-publishable-key", "shop/static/js/checkout.js", fill(r'''
// Card form on the cake pre-order page (Stripe Elements). Publishable key only.
const stripe = Stripe('@@pk@@');
const elements = stripe.elements({ appearance: { theme: 'flat', variables: { colorPrimary: '#8a5a2b' } } });
const card = elements.create('payment');
card.mount('#payment-element');

document.getElementById('pay').addEventListener('click', async (event) => {
  event.preventDefault();
  const { error } = await stripe.confirmPayment({
    elements,
    confirmParams: { return_url: `${window.location.origin}/orders/thanks` },
  });
  if (error) {
    document.getElementById('payment-errors').textContent = error.message;
  }
});
''', pk=stripe_pk()), None, "https://docs.stripe.com/keys#obtain-api-keys")

add("html/decoy-square-app-id", "shop/templates/checkout-square.html", fill(r'''
<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>Pay for your order - Crumb &amp; Co</title>
  <script src="https://web.squarecdn.com/v1/square.js"></script>
</head>
<body>
  <form id="payment-form">
    <div id="card-container"></div>
    <button id="card-button" type="button">Pay now</button>
  </form>
  <script>
    const appId = '@@app@@';
    const locationId = 'LH2N8X1K7QZ0A';
    (async () => {
      const payments = window.Square.payments(appId, locationId);
      const card = await payments.card();
      await card.attach('#card-container');
      document.getElementById('card-button').addEventListener('click', async () => {
        const result = await card.tokenize();
        if (result.status === 'OK') {
          await fetch('/checkout/square', { method: 'POST', body: JSON.stringify({ token: result.token }) });
        }
      });
    })();
  </script>
</body>
</html>
''', app=square_app_id()), None, "https://developer.squareup.com/docs/web-payments/take-card-payment")

add("javascript/decoy-mapbox-public", "storefront/src/components/store-locator.js", fill(r'''
import mapboxgl from 'mapbox-gl';
import shops from '../data/shops.json';

// Public token, URL-restricted to *.crumbandco.com in the Mapbox account.
mapboxgl.accessToken = '@@pk@@';

export function renderLocator(container) {
  const map = new mapboxgl.Map({
    container,
    style: 'mapbox://styles/mapbox/light-v11',
    center: [-1.2577, 51.752],
    zoom: 12,
  });
  shops.forEach((shop) => {
    new mapboxgl.Marker({ color: '#8a5a2b' })
      .setLngLat([shop.lng, shop.lat])
      .setPopup(new mapboxgl.Popup().setHTML(`<strong>${shop.name}</strong><br>${shop.hours}`))
      .addTo(map);
  });
  return map;
}
''', pk=mapbox_token("pk", "crumbandco")), None, "https://docs.mapbox.com/help/getting-started/access-tokens/#url-restrictions")

add("typescript/decoy-firebase-config", "loyalty-web/src/firebase.ts", fill(r'''
import { initializeApp } from 'firebase/app';
import { getAuth } from 'firebase/auth';
import { getFirestore } from 'firebase/firestore';

// Firebase web config: these identify the project, they are not secrets
// (access is enforced by Firestore security rules and App Check).
const firebaseConfig = {
  apiKey: '@@k@@',
  authDomain: 'sugarandspice-loyalty.firebaseapp.com',
  projectId: 'sugarandspice-loyalty',
  storageBucket: 'sugarandspice-loyalty.appspot.com',
  messagingSenderId: '@@sender@@',
  appId: '1:@@sender@@:web:@@app@@',
};

export const app = initializeApp(firebaseConfig);
export const auth = getAuth(app);
export const db = getFirestore(app);
''', k=google_api_key(), sender=digits(12), app=hexs(22)), None, "https://firebase.google.com/docs/projects/api-keys")

add("javascript/decoy-sentry-dsn", "storefront/sentry.client.config.js", fill(r'''
import * as Sentry from '@sentry/nextjs';

Sentry.init({
  dsn: 'https://@@k@@@o@@org@@.ingest.de.sentry.io/@@proj@@',
  tracesSampleRate: 0.1,
  replaysSessionSampleRate: 0,
  replaysOnErrorSampleRate: 1.0,
  environment: process.env.NEXT_PUBLIC_VERCEL_ENV || 'development',
  integrations: [Sentry.replayIntegration({ maskAllText: true })],
});
''', k=hexs(32), org=digits(7), proj=digits(7)), None, "https://docs.sentry.io/concepts/key-terms/dsn-explainer/")

add("html/decoy-recaptcha-site-key", "website/templates/wedding-enquiry.html", fill(r'''
<form id="enquiry" action="/api/submit" method="post">
  <label>Name <input name="name" required></label>
  <label>Email <input name="email" type="email" required></label>
  <label>Wedding date <input name="date" type="date" required></label>
  <label>Guests <input name="guests" type="number" min="10" max="400"></label>
  <label>Tell us about your cake <textarea name="message"></textarea></label>
  <input type="hidden" name="token" id="token">
  <button type="submit">Send enquiry</button>
</form>
<script src="https://www.google.com/recaptcha/api.js?render=@@site@@"></script>
<script>
  document.getElementById('enquiry').addEventListener('submit', function (e) {
    e.preventDefault();
    grecaptcha.ready(function () {
      grecaptcha.execute('@@site@@', { action: 'enquiry' }).then(function (token) {
        document.getElementById('token').value = token;
        e.target.submit();
      });
    });
  });
</script>
''', site="6L" + draw(38, URLSAFE)), None, "https://developers.google.com/recaptcha/docs/v3")

add("html/decoy-analytics-ids", "website/templates/partials/head.html", fill(r'''
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="facebook-domain-verification" content="@@fbv@@">
<meta name="google-site-verification" content="@@gsv@@">
<!-- Google tag (gtag.js) -->
<script async src="https://www.googletagmanager.com/gtag/js?id=G-7QK2M9XPL4"></script>
<script>
  window.dataLayer = window.dataLayer || [];
  function gtag(){dataLayer.push(arguments);}
  gtag('js', new Date());
  gtag('config', 'G-7QK2M9XPL4');
</script>
<!-- Meta Pixel -->
<script>
  !function(f,b,e,v,n,t,s){if(f.fbq)return;n=f.fbq=function(){n.callMethod?
  n.callMethod.apply(n,arguments):n.queue.push(arguments)};if(!f._fbq)f._fbq=n;
  n.push=n;n.loaded=!0;n.version='2.0';n.queue=[];t=b.createElement(e);t.async=!0;
  t.src=v;s=b.getElementsByTagName(e)[0];s.parentNode.insertBefore(t,s)}(window,
  document,'script','https://connect.facebook.net/en_US/fbevents.js');
  fbq('init', '@@pixel@@');
  fbq('track', 'PageView');
</script>
''', fbv=draw(30, string.ascii_lowercase + string.digits), gsv=draw(43, URLSAFE), pixel=digits(16)),
    None, "https://developers.google.com/tag-platform/gtagjs/install")

add("sql/decoy-bcrypt-hashes", "db/seeds/staff_users.sql", fill(r'''
-- Seed staff accounts for the intranet (passwords are bcrypt hashes; staff reset on first login)
INSERT INTO staff_users (email, display_name, role, password_hash, must_reset) VALUES
  ('m.dubois@boulangerie-marchand.fr', 'Marie Dubois', 'shop_manager', '@@h1@@', true),
  ('t.nguyen@boulangerie-marchand.fr', 'Thanh Nguyen', 'head_baker', '@@h2@@', true),
  ('l.moreau@boulangerie-marchand.fr', 'Luc Moreau', 'pastry_chef', '@@h3@@', true),
  ('s.petit@boulangerie-marchand.fr', 'Sophie Petit', 'admin', '@@h4@@', true);

UPDATE staff_users SET last_password_change = now() WHERE must_reset;
''', h1=bcrypt_hash(), h2=bcrypt_hash(), h3=bcrypt_hash(), h4=bcrypt_hash()), None,
    "https://en.wikipedia.org/wiki/Bcrypt#Description")

add("mosquitto-passwd/decoy-hashes", "coldchain/mosquitto/passwd", fill(r'''
nodered:@@a@@
telegraf:@@b@@
proofer-3:@@c@@
deck-oven-2:@@d@@
shop-07:@@e@@
''', a=mosquitto_hash(), b=mosquitto_hash(), c=mosquitto_hash(), d=mosquitto_hash(), e=mosquitto_hash()),
    None, "https://mosquitto.org/man/mosquitto_passwd-1.html")

add("htpasswd/decoy-hashes", "deploy/nginx/htpasswd-staging", fill(r'''
# staging shop (basic auth so Google doesn't index it); generated with htpasswd -B
anna:@@a@@
ben:@@b@@
agency-preview:@@c@@
qa:@@d@@
shop-managers:@@e@@
''', a="$2y$10$" + draw(53, BCRYPT), b="$2y$10$" + draw(53, BCRYPT), c="$apr1$" + draw(8, BCRYPT) + "$" + draw(22, BCRYPT),
     d="$2y$10$" + draw(53, BCRYPT), e="$2y$10$" + draw(53, BCRYPT)), None, "https://httpd.apache.org/docs/2.4/programs/htpasswd.html")

add("json/decoy-django-fixture", "wholesale_portal/fixtures/demo_buyers.json", fill(r'''
[
  {
    "model": "accounts.user",
    "pk": 1,
    "fields": {
      "username": "cafe-fleur",
      "email": "orders@cafefleur.example",
      "password": "@@a@@",
      "is_staff": false
    }
  },
  {
    "model": "accounts.user",
    "pk": 2,
    "fields": {
      "username": "grand-hotel-breakfast",
      "email": "fnb@grandhotel.example",
      "password": "@@b@@",
      "is_staff": false
    }
  }
]
''', a=pbkdf2_hash(), b=pbkdf2_hash()), None, "https://docs.djangoproject.com/en/5.0/topics/auth/passwords/#how-django-stores-passwords")

add("cisco/decoy-type9-hash", "network/shops/shop-01-rtr01.cfg", fill(r'''
!
hostname shop-01-rtr01
!
enable algorithm-type scrypt secret @@en@@
!
username netadmin privilege 15 algorithm-type scrypt secret @@u@@
!
interface GigabitEthernet0/0
 description WAN (FTTC)
 ip address dhcp
 ip nat outside
!
interface GigabitEthernet0/1
 description LAN tills + back office
 ip address 10.1.0.1 255.255.255.0
 ip nat inside
!
ip nat inside source list 10 interface GigabitEthernet0/0 overload
access-list 10 permit 10.1.0.0 0.0.0.255
!
line vty 0 4
 login local
 transport input ssh
!
end
''', en="9 $9$" + draw(14, BCRYPT) + "$" + draw(43, BCRYPT), u="9 $9$" + draw(14, BCRYPT) + "$" + draw(43, BCRYPT)),
    None, "https://www.cisco.com/c/en/us/support/docs/security-vpn/remote-authentication-dial-user-service-radius/213909-password-types-in-cisco-ios.html")

add("ssh/decoy-authorized-keys", "ansible/roles/base/files/authorized_keys", fill(r'''
# production IT team - managed by ansible, do not edit on hosts
@@a@@
@@b@@
@@c@@
# deploy key for the planner (read-only rsync)
@@d@@
''', a=ssh_pub("anna@bakerybros-it"), b=ssh_pub("ben@bakerybros-it"), c=ssh_pub("chidi@bakerybros-it"),
     d=ssh_pub("planner-deploy")), None, "https://man.openbsd.org/sshd.8#AUTHORIZED_KEYS_FILE_FORMAT")

add("pem/decoy-public-key", "orders-hub/keys/deliverect-webhook-public.pem", public_pem(8) + "\n", None,
    "https://www.rfc-editor.org/rfc/rfc7468#section-13")

add("pem/decoy-certificate", "deploy/nginx/certs/order.crumbandco.com.crt", cert_pem(14) + "\n", None,
    "https://www.rfc-editor.org/rfc/rfc7468#section-5")

add("dockerfile/decoy-checksums", "coldchain/gateway/Dockerfile", fill(r'''
FROM debian:bookworm-slim

ARG TELEGRAF_VERSION=1.30.3
ARG TELEGRAF_SHA256=@@a@@
ARG MOSQUITTO_CLIENTS_SHA256=@@b@@

RUN apt-get update \
 && apt-get install -y --no-install-recommends ca-certificates curl \
 && curl -fsSLo /tmp/telegraf.deb "https://dl.influxdata.com/telegraf/releases/telegraf_${TELEGRAF_VERSION}-1_amd64.deb" \
 && echo "${TELEGRAF_SHA256}  /tmp/telegraf.deb" | sha256sum -c - \
 && dpkg -i /tmp/telegraf.deb \
 && rm -rf /tmp/telegraf.deb /var/lib/apt/lists/*

COPY telegraf.conf /etc/telegraf/telegraf.conf
USER telegraf
ENTRYPOINT ["telegraf", "--config", "/etc/telegraf/telegraf.conf"]
''', a=hexs(64), b=hexs(64)), None, "https://docs.docker.com/build/building/best-practices/#add-or-copy")

add("requirements/decoy-hashes", "forecasting/requirements.txt", fill(r'''
# pip-compile --generate-hashes requirements.in
numpy==1.26.4 \
    --hash=sha256:@@a@@ \
    --hash=sha256:@@b@@
pandas==2.2.2 \
    --hash=sha256:@@c@@ \
    --hash=sha256:@@d@@
statsmodels==0.14.2 \
    --hash=sha256:@@e@@
google-cloud-bigquery==3.25.0 \
    --hash=sha256:@@f@@
''', a=hexs(64), b=hexs(64), c=hexs(64), d=hexs(64), e=hexs(64), f=hexs(64)), None,
    "https://pip.pypa.io/en/stable/topics/secure-installs/#hash-checking-mode")

add("json/decoy-lockfile-integrity", "storefront/package-lock.json", fill(r'''
{
  "name": "storefront",
  "version": "3.4.0",
  "lockfileVersion": 3,
  "requires": true,
  "packages": {
    "": {
      "name": "storefront",
      "version": "3.4.0",
      "dependencies": { "mapbox-gl": "^3.5.2", "next": "14.2.5" }
    },
    "node_modules/mapbox-gl": {
      "version": "3.5.2",
      "resolved": "https://registry.npmjs.org/mapbox-gl/-/mapbox-gl-3.5.2.tgz",
      "integrity": "sha512-@@a@@=="
    },
    "node_modules/next": {
      "version": "14.2.5",
      "resolved": "https://registry.npmjs.org/next/-/next-14.2.5.tgz",
      "integrity": "sha512-@@b@@=="
    }
  }
}
''', a=draw(86, ALNUM + "+/"), b=draw(86, ALNUM + "+/")), None, "https://docs.npmjs.com/cli/v10/configuring-npm/package-lock-json")

add("markdown/decoy-vendor-example", "docs/payments/stripe-local-testing.md", fill(r'''
# Testing payments locally

Use Stripe **test mode** only. The docs' shared example key works for trying API
calls without an account:

```bash
curl https://api.stripe.com/v1/charges \
  -u sk_test_4eC39HqLyjWDarjtT1zdp7dc: \
  -d amount=1850 -d currency=gbp -d source=tok_visa
```

For our own test account, run `stripe login` and then forward webhooks:

```bash
stripe listen --forward-to localhost:8080/hooks/stripe
```

Test cards: `4242 4242 4242 4242` (success), `4000 0000 0000 9995` (declined).
Never paste live keys (`sk_live_...`) into this repo or into Slack.
'''), None, "https://docs.stripe.com/testing")

add("python/decoy-aws-doc-example", "tests/test_s3_uploads.py", fill(r'''
import boto3
import pytest
from moto import mock_aws

from shop.media import upload_product_photo


@pytest.fixture
def s3(monkeypatch):
    # Example credentials from the AWS documentation; moto never checks them.
    monkeypatch.setenv("AWS_ACCESS_KEY_ID", "AKIAIOSFODNN7EXAMPLE")
    monkeypatch.setenv("AWS_SECRET_ACCESS_KEY", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY")
    monkeypatch.setenv("AWS_DEFAULT_REGION", "eu-west-1")
    with mock_aws():
        client = boto3.client("s3")
        client.create_bucket(Bucket="gailsbakes-product-images",
                             CreateBucketConfiguration={"LocationConstraint": "eu-west-1"})
        yield client


def test_upload_sets_content_type(s3):
    key = upload_product_photo(b"\x89PNG...", sku="CAKE-LEMON-8IN")
    head = s3.head_object(Bucket="gailsbakes-product-images", Key=key)
    assert head["ContentType"] == "image/png"
'''), None, "https://docs.aws.amazon.com/IAM/latest/UserGuide/security-creds.html")

add("javascript/decoy-jwt-io-example", "loyalty-api/test/tokens.test.js", fill(r'''
const assert = require('node:assert');
const { test } = require('node:test');
const { decodeUnverified } = require('../src/auth/decode');

// The well-known example token from jwt.io (signed with "your-256-bit-secret").
const SAMPLE = 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c';

test('decodes claims without verifying', () => {
  const claims = decodeUnverified(SAMPLE);
  assert.equal(claims.sub, '1234567890');
  assert.equal(claims.name, 'John Doe');
});

test('rejects garbage', () => {
  assert.throws(() => decodeUnverified('not.a.jwt'));
});
'''), None, "https://jwt.io/introduction")

add("python/decoy-test-fixture", "tests/conftest.py", fill(r'''
import pytest

from planner.app import create_app
from planner.db import db as _db


@pytest.fixture
def app():
    app = create_app({
        "TESTING": True,
        "SQLALCHEMY_DATABASE_URI": "sqlite:///:memory:",
        "SECRET_KEY": "test-only-not-secret",
        "WTF_CSRF_ENABLED": False,
    })
    with app.app_context():
        _db.create_all()
        yield app
        _db.drop_all()


@pytest.fixture
def baker(app):
    from planner.models import User
    user = User(email="baker@example.test", role="head_baker")
    user.set_password("password")
    _db.session.add(user)
    _db.session.commit()
    return user
'''), None, "https://flask.palletsprojects.com/en/3.0.x/testing/")

add("log/decoy-redacted", "support/incidents/2024-10-03-webhook-failures.log", fill(r'''
2024-10-03T06:12:44.118Z INFO  orders-hub starting (version 2.14.1)
2024-10-03T06:12:44.512Z INFO  config loaded: STRIPE_SECRET_KEY=sk_live_51****************************wQ2a (redacted)
2024-10-03T06:12:44.513Z INFO  config loaded: STRIPE_WEBHOOK_SECRET=whsec_********************** (redacted)
2024-10-03T06:12:44.513Z INFO  config loaded: MONGO_URI=mongodb+srv://orders-hub:********@cluster0.x7kq2.mongodb.net/orders
2024-10-03T06:14:02.901Z WARN  stripe webhook signature mismatch (evt_1Q5xR2Kp8LmN3vB4cD6fG7hJ)
2024-10-03T06:14:03.220Z WARN  stripe webhook signature mismatch (evt_1Q5xR3Kp8LmN3vB4kW9zT2yU)
2024-10-03T06:20:11.004Z INFO  webhook secret rotated by anna@ - restarting
2024-10-03T06:20:15.771Z INFO  stripe webhook ok (evt_1Q5xT9Kp8LmN3vB4pQ1aS8dF)
'''), None, "https://docs.stripe.com/webhooks#verify-events")

add("markdown/decoy-1password-reference", "docs/runbooks/rotate-stripe-key.md", fill(r'''
# Runbook: rotate the Stripe secret key

1. In the Stripe dashboard, Developers -> API keys -> "Roll key" on the live secret key.
   Choose "expire in 12 hours" so running jobs keep working.
2. Save the new key in 1Password: vault **Online shop - production**, item **Stripe**.
3. Push it to AWS Secrets Manager from your laptop:

   ```bash
   aws secretsmanager put-secret-value \
     --secret-id prod/online-orders/stripe \
     --secret-string "$(op read 'op://Online shop - production/Stripe/secret_key' | jq -Rc '{secret_key: .}')"
   ```

4. Restart the orders deployment: `kubectl -n online-orders rollout restart deploy/orders`.
5. Check a test deposit at the Market Street till, then note the rotation in #bakery-ops.
'''), None, "https://developer.1password.com/docs/cli/reference/commands/read/")

add("hcl/decoy-vault-template", "deploy/nomad/templates/planner.env.tpl", fill(r'''
{{- with secret "kv/data/planner/production" }}
DATABASE_URL=postgresql://planner:{{ .Data.data.db_password }}@10.20.0.16:5432/production_planner
TOAST_CLIENT_ID={{ .Data.data.toast_client_id }}
TOAST_CLIENT_SECRET={{ .Data.data.toast_client_secret }}
{{- end }}
BAKE_DAY_STARTS=03:00
EXPORT_DIR=/srv/planning/inbox
'''), None, "https://developer.hashicorp.com/vault/docs/agent-and-proxy/agent/template")

add("json/decoy-keyvault-reference", "infra/appservice/orders-api.settings.json", fill(r'''
[
  { "name": "ASPNETCORE_ENVIRONMENT", "value": "Production", "slotSetting": false },
  { "name": "PayPal__Mode", "value": "live", "slotSetting": false },
  { "name": "PayPal__ClientSecret", "value": "@Microsoft.KeyVault(SecretUri=https://kv-patisserie-prod.vault.azure.net/secrets/paypal-client-secret/)", "slotSetting": false },
  { "name": "ConnectionStrings__Orders", "value": "@Microsoft.KeyVault(VaultName=kv-patisserie-prod;SecretName=orders-sql)", "slotSetting": false },
  { "name": "Orders__PickupSlotsMinutes", "value": "15", "slotSetting": false },
  { "name": "WEBSITE_TIME_ZONE", "value": "Romance Standard Time", "slotSetting": false }
]
'''), None, "https://learn.microsoft.com/en-us/azure/app-service/app-service-key-vault-references")

add("serverless/decoy-ssm-reference", "shop-api/serverless.yml", fill(r'''
service: shop-api
frameworkVersion: "3"

provider:
  name: aws
  runtime: nodejs20.x
  region: eu-west-2
  environment:
    STRIPE_SECRET_KEY: ${ssm:/shop/prod/stripe-secret-key}
    STRIPE_WEBHOOK_SECRET: ${ssm:/shop/prod/stripe-webhook-secret}
    DATABASE_URL: ${ssm:/shop/prod/database-url}
    ORDER_CUTOFF: "14:00"

functions:
  checkout:
    handler: src/checkout.handler
    events:
      - httpApi: { path: /checkout, method: post }
  stripeWebhook:
    handler: src/webhook.handler
    events:
      - httpApi: { path: /hooks/stripe, method: post }
'''), None, "https://www.serverless.com/framework/docs/providers/aws/guide/variables#reference-variables-using-the-ssm-parameter-store")

add("k8s/decoy-cloud-run-secret-ref", "deploy/cloudrun/forecast-service.yaml", fill(r'''
apiVersion: serving.knative.dev/v1
kind: Service
metadata:
  name: forecast-service
  labels:
    cloud.googleapis.com/location: europe-west2
spec:
  template:
    spec:
      serviceAccountName: forecast-runner@bakery-demand-forecast.iam.gserviceaccount.com
      containers:
        - image: europe-west2-docker.pkg.dev/bakery-demand-forecast/apps/forecast:2024.11.1
          env:
            - name: SALESDW_PASSWORD
              valueFrom:
                secretKeyRef:
                  name: salesdw-password
                  key: latest
            - name: FORECAST_HORIZON_DAYS
              value: "7"
'''), None, "https://cloud.google.com/run/docs/configuring/services/secrets")

add("k8s-secret/decoy-placeholder", "k8s/base/coldchain-secret.template.yaml", fill(r'''
# Template only: the real Secret is created by the deploy job from Vault.
apiVersion: v1
kind: Secret
metadata:
  name: coldchain
  namespace: haccp
type: Opaque
stringData:
  MQTT_USERNAME: telegraf
  MQTT_PASSWORD: REPLACE_ME
  INFLUX_TOKEN: REPLACE_ME
  TTN_API_KEY: REPLACE_ME
'''), None, "https://kubernetes.io/docs/concepts/configuration/secret/")


add("json/decoy-uuid-ids", "planner/config/shops.json", fill(r'''
{
  "shops": [
    { "code": "MKT", "name": "Market Street", "toast_guid": "@@a@@", "square_location": "LH2N8X1K7QZ0A", "oven_slots": 6 },
    { "code": "RVS", "name": "Riverside", "toast_guid": "@@b@@", "square_location": "LQ7T3M0P9WZ2B", "oven_slots": 4 },
    { "code": "HIG", "name": "High Street", "toast_guid": "@@c@@", "square_location": "L8K1X4R6N2V0C", "oven_slots": 4 },
    { "code": "STN", "name": "Station Kiosk", "toast_guid": "@@d@@", "square_location": "LZ3W9Q5T1M7YD", "oven_slots": 2 }
  ],
  "central_kitchen": { "id": "@@e@@", "lines": ["bread", "viennoiserie", "cakes"] }
}
''', a=uuid_s(), b=uuid_s(), c=uuid_s(), d=uuid_s(), e=uuid_s()), None, "https://doc.toasttab.com/doc/devguide/apiRestaurantGuids.html")

add("yaml/decoy-commit-shas", "renovate/pinned-actions.yml", fill(r'''
# Actions pinned to full commit SHAs (renovate keeps them current)
pins:
  actions/checkout: @@a@@ # v4.1.7
  actions/setup-python: @@b@@ # v5.1.1
  actions/setup-node: @@c@@ # v4.0.3
  aws-actions/configure-aws-credentials: @@d@@ # v4.0.2
  digitalocean/action-doctl: @@e@@ # v2.5.1
policy:
  require_sha_pin: true
''', a=hexs(40), b=hexs(40), c=hexs(40), d=hexs(40), e=hexs(40)), None, "https://docs.github.com/en/actions/security-for-github-actions/security-guides/security-hardening-for-github-actions#using-third-party-actions")

add("python/decoy-twilio-sid-only", "notifications/settings.py", fill(r'''
"""SMS settings. The account SID and messaging service SID are identifiers; the auth token is not here."""
import os

TWILIO_ACCOUNT_SID = "@@sid@@"
TWILIO_MESSAGING_SERVICE_SID = "@@mg@@"
TWILIO_AUTH_TOKEN = os.environ["TWILIO_AUTH_TOKEN"]

SMS_SENDER_NAME = "CrumbCo"
QUIET_HOURS = ("21:00", "07:00")
TEMPLATES = {
    "ready": "Hi {name}, order #{number} is ready at {shop}.",
    "delayed": "Sorry {name}, order #{number} is running 15 min late.",
}
''', sid=twilio_sid(), mg=twilio_sid("MG")), None, "https://www.twilio.com/docs/glossary/what-is-a-sid")

add("javascript/decoy-algolia-search-key", "storefront/src/search.js", fill(r'''
import algoliasearch from 'algoliasearch/lite';
import instantsearch from 'instantsearch.js';
import { searchBox, hits } from 'instantsearch.js/es/widgets';

// Search-only API key: safe in the browser (it can only query prod_products).
const searchClient = algoliasearch('K7ZQ3P1XWB', '@@k@@');

const search = instantsearch({ indexName: 'prod_products', searchClient });
search.addWidgets([
  searchBox({ container: '#search', placeholder: 'Search cakes, breads, gift boxes' }),
  hits({
    container: '#results',
    templates: { item: (hit, { html, components }) => html`<a href="/p/${hit.objectID}">${components.Highlight({ hit, attribute: 'name' })}</a>` },
  }),
]);
search.start();
''', k=hexs(32)), None, "https://www.algolia.com/doc/guides/security/api-keys/#search-only-api-key")

add("liquid/decoy-storefront-token", "theme/snippets/bake-availability.liquid", fill(r'''
{% comment %}
  Shows "baked today" availability from the Storefront API.
  The Storefront access token is public by design (read-only, unauthenticated scopes).
{% endcomment %}
<div id="bake-availability" data-handle="{{ product.handle }}"></div>
<script>
  (function () {
    var el = document.getElementById('bake-availability');
    fetch('/api/2024-07/graphql.json', {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        'X-Shopify-Storefront-Access-Token': '@@tok@@'
      },
      body: JSON.stringify({ query: '{ product(handle: "' + el.dataset.handle + '") { availableForSale totalInventory } }' })
    }).then(function (r) { return r.json(); }).then(function (d) {
      el.textContent = d.data.product.availableForSale ? 'Baked fresh today' : 'Sold out - back tomorrow';
    });
  })();
</script>
''', tok=hexs(32)), None, "https://shopify.dev/docs/api/usage/authentication#getting-started-with-public-access")

add("javascript/decoy-auth0-spa", "wholesale-portal/web/src/auth.js", fill(r'''
import { createAuth0Client } from '@auth0/auth0-spa-js';

// SPA client: PKCE, no client secret in the browser.
export const auth0 = await createAuth0Client({
  domain: 'hartleys-wholesale.eu.auth0.com',
  clientId: 'Xb4Lq9Tz2Wc7Vn1Mk5Rp8Sd3Fg6Hj0Ya',
  authorizationParams: {
    redirect_uri: window.location.origin + '/callback',
    audience: 'https://wholesale.hartleysbakehouse.co.uk/api',
    scope: 'openid profile email orders:create',
  },
  cacheLocation: 'memory',
});

export async function login() {
  await auth0.loginWithRedirect();
}
'''), None, "https://auth0.com/docs/libraries/auth0-single-page-app-sdk")

add("xml/decoy-android-client-id", "mobile-android/app/src/main/res/values/strings.xml", fill(r'''
<?xml version="1.0" encoding="utf-8"?>
<resources>
    <string name="app_name">Sugar &amp; Spice Rewards</string>
    <string name="default_web_client_id">@@cid@@-@@c2@@.apps.googleusercontent.com</string>
    <string name="facebook_app_id">@@fb@@</string>
    <string name="fb_login_protocol_scheme">fb@@fb@@</string>
    <string name="stamp_card_title">Your stamp card</string>
    <string name="free_pastry_ready">Your free pastry is ready!</string>
</resources>
''', cid=digits(12), c2=draw(32, string.ascii_lowercase + string.digits), fb=digits(15)), None,
    "https://developers.google.com/identity/sign-in/android/start-integrating#get_your_backend_servers_oauth_20_client_id")

add("csv/decoy-device-ids", "coldchain/lorawan/devices.csv", fill(r'''
device_id,dev_eui,join_eui,site,unit,probe,installed
fridge-01-walkin,@@a@@,A840410000000101,central,walk-in fridge 1,air,2023-04-11
fridge-02-walkin,@@b@@,A840410000000101,central,walk-in fridge 2,air,2023-04-11
freezer-07-walkin,A84041000181C7F2,A840410000000101,central,walk-in freezer,air,2023-04-12
display-shop04,@@c@@,A840410000000101,shop-04,patisserie display,product,2023-06-02
display-shop09,@@d@@,A840410000000101,shop-09,patisserie display,product,2023-06-02
van-01,@@e@@,A840410000000101,fleet,van 1 chiller,air,2024-01-15
''', a=hexs(16, True), b=hexs(16, True), c=hexs(16, True), d=hexs(16, True), e=hexs(16, True)), None, "https://www.thethingsindustries.com/docs/reference/glossary/#deveui")

add("yaml/decoy-appkey-from-file", "coldchain/lorawan/provision.yaml", fill(r'''
# Bulk provisioning of new cold-room sensors. Root keys are read from the
# vendor's encrypted key file at provisioning time; they are never written here.
application_id: bakerybros-coldchain
frequency_plan_id: EU_863_870_TTN
lorawan_version: MAC_V1_0_3
root_keys:
  source: file
  path: /secure/provisioning/dragino-batch-2024-11.keys.gpg
  decrypt_with: gpg --decrypt
devices:
  - device_id: fridge-03-walkin
    dev_eui: @@a@@
  - device_id: fridge-04-walkin
    dev_eui: @@b@@
  - device_id: display-shop12
    dev_eui: @@c@@
''', a=hexs(16, True), b=hexs(16, True), c=hexs(16, True)), None, "https://www.thethingsindustries.com/docs/devices/adding-devices/adding-devices-in-bulk/")

add("json/decoy-haccp-checksums", "coldchain/exports/2024-10/manifest.json", fill(r'''
{
  "export": "haccp-monthly",
  "period": "2024-10",
  "generated_at": "2024-11-01T02:10:44Z",
  "files": [
    { "name": "central-walkin-fridges.csv", "rows": 8928, "sha256": "@@a@@" },
    { "name": "central-freezers.csv", "rows": 4464, "sha256": "@@b@@" },
    { "name": "shop-displays.csv", "rows": 13392, "sha256": "@@c@@" },
    { "name": "vans.csv", "rows": 2976, "sha256": "@@d@@" }
  ],
  "signed_by": "haccp-export@bakerybros.net",
  "signature_file": "manifest.json.sig"
}
''', a=hexs(64), b=hexs(64), c=hexs(64), d=hexs(64)), None, "https://en.wikipedia.org/wiki/SHA-2")

add("python/decoy-getpass", "analysis/notebooks/helpers/db.py", fill(r'''
"""Notebook helper: ask for the analyst's own DB password at run time (never stored)."""
import getpass
import os

from sqlalchemy import create_engine
from sqlalchemy.engine import URL


def engine(database: str = "production"):
    user = os.environ.get("PGUSER") or getpass.getuser()
    password = os.environ.get("PGPASSWORD") or getpass.getpass(f"Password for {user}: ")
    url = URL.create("postgresql+psycopg2", username=user, password=password,
                     host="10.20.0.16", port=5432, database=database)
    return create_engine(url, pool_pre_ping=True)
'''), None, "https://docs.python.org/3/library/getpass.html")

add("powershell/decoy-secret-management", "wholesale/Get-CafeInvoices.ps1", fill(r'''
# Downloads the monthly invoices PDF bundle for each cafe customer from the portal API.
#requires -Modules Microsoft.PowerShell.SecretManagement

$apiBase = 'https://wholesale.hartleysbakehouse.co.uk/api'
$token   = Get-Secret -Name 'WholesalePortalApiToken' -Vault 'BakeryIT' -AsPlainText
$month   = (Get-Date).AddMonths(-1).ToString('yyyy-MM')
$outDir  = "D:\Finance\Invoices\$month"

New-Item -ItemType Directory -Path $outDir -Force | Out-Null
$customers = Invoke-RestMethod -Uri "$apiBase/customers" -Headers @{ Authorization = "Bearer $token" }
foreach ($c in $customers) {
    Invoke-WebRequest -Uri "$apiBase/invoices/$($c.id)/$month.pdf" `
        -Headers @{ Authorization = "Bearer $token" } `
        -OutFile (Join-Path $outDir "$($c.code)-$month.pdf")
}
'''), None, "https://learn.microsoft.com/en-us/powershell/module/microsoft.powershell.secretmanagement/get-secret")

add("jenkinsfile/decoy-with-credentials", "label-printer/Jenkinsfile", fill(r'''
pipeline {
    agent { label 'docker' }
    environment {
        IMAGE = 'lepainquotidienit/label-printer-service'
    }
    stages {
        stage('Push') {
            steps {
                withCredentials([usernamePassword(credentialsId: 'dockerhub-lpq-ci',
                                                  usernameVariable: 'DH_USER',
                                                  passwordVariable: 'DH_TOKEN')]) {
                    sh 'echo "$DH_TOKEN" | docker login -u "$DH_USER" --password-stdin'
                    sh 'docker push $IMAGE:$BUILD_NUMBER'
                }
            }
        }
    }
}
'''), None, "https://www.jenkins.io/doc/pipeline/steps/credentials-binding/")

add("gitlab-ci/decoy-masked-variables", "menu-boards/.gitlab-ci.yml", fill(r'''
stages: [build, deploy]

build:
  stage: build
  image: node:20
  script:
    - npm ci
    - npm run build:menu-boards
  artifacts:
    paths: [dist/]

deploy:
  stage: deploy
  image: alpine:3.20
  rules:
    - if: $CI_COMMIT_BRANCH == "main"
  before_script:
    - apk add --no-cache openssh-client rsync
    - eval $(ssh-agent -s)
    - echo "$SIGNAGE_DEPLOY_KEY" | tr -d '\r' | ssh-add -
  script:
    - git clone "https://gitlab-ci-token:${CI_JOB_TOKEN}@gitlab.com/boulangerie-ops/menu-board-config.git" cfg
    - rsync -az dist/ signage@menuboards.internal:/srv/boards/
'''), None, "https://docs.gitlab.com/ee/ci/jobs/ci_job_token.html")

add("npmrc/decoy-env-token", "packages/order-widget/.npmrc.ci", fill(r'''
@maison-levain:registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=${NPM_TOKEN}
always-auth=true
save-exact=true
engine-strict=true
'''), None, "https://docs.npmjs.com/using-private-packages-in-a-ci-cd-workflow#create-and-check-in-a-project-specific-npmrc-file")

add("nginx/decoy-cert-paths", "deploy/nginx/order.conf", fill(r'''
server {
    listen 443 ssl http2;
    server_name order.crumbandco.com;

    ssl_certificate     /etc/letsencrypt/live/order.crumbandco.com/fullchain.pem;
    ssl_certificate_key /etc/letsencrypt/live/order.crumbandco.com/privkey.pem;
    ssl_protocols TLSv1.2 TLSv1.3;

    location /admin/ {
        auth_basic "Shop managers";
        auth_basic_user_file /etc/nginx/htpasswd-admin;
        proxy_pass http://127.0.0.1:8080;
    }

    location / {
        proxy_pass http://127.0.0.1:8080;
        proxy_set_header X-Forwarded-Proto https;
    }
}
'''), None, "https://nginx.org/en/docs/http/configuring_https_servers.html")

add("php/decoy-getenv", "site/wp-config.production.php", fill(r'''
<?php
/** Production config: values come from the container environment (set by the host). */

define( 'DB_NAME', getenv( 'WP_DB_NAME' ) );
define( 'DB_USER', getenv( 'WP_DB_USER' ) );
define( 'DB_PASSWORD', getenv( 'WP_DB_PASSWORD' ) );
define( 'DB_HOST', getenv( 'WP_DB_HOST' ) ?: 'mysql-web01.internal' );

define( 'AUTH_KEY', getenv( 'WP_AUTH_KEY' ) );
define( 'SECURE_AUTH_KEY', getenv( 'WP_SECURE_AUTH_KEY' ) );
define( 'LOGGED_IN_KEY', getenv( 'WP_LOGGED_IN_KEY' ) );
define( 'NONCE_KEY', getenv( 'WP_NONCE_KEY' ) );

$table_prefix = 'pr_';
define( 'WP_DEBUG', false );

if ( ! defined( 'ABSPATH' ) ) {
	define( 'ABSPATH', __DIR__ . '/' );
}
require_once ABSPATH . 'wp-settings.php';
'''), None, "https://developer.wordpress.org/advanced-administration/wordpress/wp-config/#security-keys")

add("env/decoy-empty-values", "click-collect/.env.example", fill(r'''
APP_NAME="Panetteria Rossi Click & Collect"
APP_ENV=local
APP_KEY=
APP_DEBUG=true
APP_URL=http://localhost

DB_CONNECTION=mysql
DB_HOST=127.0.0.1
DB_PORT=3306
DB_DATABASE=clickcollect
DB_USERNAME=root
DB_PASSWORD=

STRIPE_KEY=
STRIPE_SECRET=
MAIL_MAILER=log
'''), None, "https://laravel.com/docs/11.x/configuration#environment-configuration")

add("yaml/decoy-rails-credentials-ref", "config/storage.yml", fill(r'''
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
  bucket: sugarloaf-cake-photos
'''), None, "https://guides.rubyonrails.org/active_storage_overview.html#s3-service-amazon-s3-and-s3-compatible-apis")

add("properties/decoy-jasypt", "integration/sap-b1-bridge/src/main/resources/application-prod.properties", fill(r'''
# Encrypted with jasypt (PBEWITHHMACSHA512ANDAES_256); the master password is
# passed as JASYPT_ENCRYPTOR_PASSWORD by the service unit, not stored here.
sapb1.service-layer.url=https://sapb1.kornbakery.local:50000/b1s/v1
sapb1.company-db=SBO_KORNBAKERY
sapb1.username=manager
sapb1.password=ENC(@@a@@)
spring.mail.password=ENC(@@b@@)
jasypt.encryptor.algorithm=PBEWITHHMACSHA512ANDAES_256
''', a=draw(64, ALNUM + "+/") + "==", b=draw(64, ALNUM + "+/") + "=="), None,
    "https://github.com/ulisesbocchio/jasypt-spring-boot#encryptable-properties")

add("yaml/decoy-spring-placeholders", "wholesale-portal/src/main/resources/application.yml", fill(r'''
spring:
  datasource:
    url: jdbc:postgresql://${DB_HOST:localhost}:5432/wholesale
    username: ${DB_USER:wholesale}
    password: ${DB_PASSWORD}
  mail:
    host: smtp.office365.com
    port: 587
    username: ${MAIL_USER}
    password: ${MAIL_PASSWORD}
portal:
  order-cutoff: "20:00"
  erp:
    base-url: ${ERP_URL}
    api-key: ${ERP_API_KEY}
    api-secret: ${ERP_API_SECRET}
'''), None, "https://docs.spring.io/spring-boot/reference/features/external-config.html#features.external-config.files.property-placeholders")

add("json/decoy-user-secrets-note", "src/Patisserie.Orders.Api/appsettings.json", fill(r'''
{
  "Logging": {
    "LogLevel": { "Default": "Information", "Microsoft.AspNetCore": "Warning" }
  },
  "AllowedHosts": "*",
  "ConnectionStrings": {
    "Orders": "Server=(localdb)\\MSSQLLocalDB;Database=PatisserieOrders;Trusted_Connection=True;"
  },
  "PayPal": {
    "Mode": "sandbox",
    "ClientId": "",
    "ClientSecret": "set with: dotnet user-secrets set PayPal:ClientSecret <value>"
  },
  "Orders": { "PickupSlotsMinutes": 15 }
}
'''), None, "https://learn.microsoft.com/en-us/aspnet/core/security/app-secrets")

add("terraform/decoy-tfvars-example", "infra/terraform/orders-db/terraform.tfvars.example", fill(r'''
# Copy to terraform.tfvars. db_password is not set here: it comes from
# TF_VAR_db_password (exported from 1Password by `make plan`).
environment          = "staging"
region               = "eu-west-2"
db_instance_class    = "db.t4g.small"
db_allocated_storage = 20
db_name              = "orders"
db_username          = "orders_admin"
# db_password        = "<from 1Password>"
shops                = ["market-st"]
'''), None, "https://developer.hashicorp.com/terraform/language/values/variables#environment-variables")

add("json/decoy-postman-env", "docs/api/postman/wholesale-portal.postman_environment.json", fill(r'''
{
  "id": "@@id@@",
  "name": "Wholesale portal - staging",
  "values": [
    { "key": "baseUrl", "value": "https://staging.wholesale.hartleysbakehouse.co.uk/api", "type": "default", "enabled": true },
    { "key": "clientId", "value": "", "type": "default", "enabled": true },
    { "key": "clientSecret", "value": "", "type": "secret", "enabled": true },
    { "key": "accessToken", "value": "", "type": "secret", "enabled": true },
    { "key": "cafeCustomerId", "value": "CUST-00412", "type": "default", "enabled": true }
  ],
  "_postman_variable_scope": "environment",
  "_postman_exported_using": "Postman/11.2.0"
}
''', id=uuid_s()), None, "https://learning.postman.com/docs/sending-requests/variables/managing-environments/")

add("http/decoy-dotenv-variable", "docs/api/stripe.http", fill(r'''
### Stripe - look up a checkout session (key comes from .env, not from this file)
@stripeKey = {{$dotenv STRIPE_SECRET_KEY}}

GET https://api.stripe.com/v1/checkout/sessions/{{sessionId}}
Authorization: Bearer {{stripeKey}}

### List today's payouts
GET https://api.stripe.com/v1/payouts?limit=10
Authorization: Bearer {{stripeKey}}
'''), None, "https://marketplace.visualstudio.com/items?itemName=humao.rest-client")

add("plist/decoy-publishable-key", "CounterKiosk/CounterKiosk/Info.plist", fill(r'''
<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
<dict>
    <key>CFBundleDisplayName</key>
    <string>Counter Kiosk</string>
    <key>CFBundleIdentifier</key>
    <string>com.crumbandco.counterkiosk</string>
    <key>StripePublishableKey</key>
    <string>@@pk@@</string>
    <key>StripeTerminalLocationId</key>
    <string>tml_FqK2m9XpL4wR7sT1</string>
    <key>NSBluetoothAlwaysUsageDescription</key>
    <string>Connects to the card reader at the counter.</string>
</dict>
</plist>
''', pk=stripe_pk()), None, "https://docs.stripe.com/terminal/payments/setup-integration?terminal-sdk-platform=ios")

add("ansible/decoy-vault-lookup", "ansible/roles/erp_db/tasks/main.yml", fill(r'''
---
- name: Read MySQL root password from HashiCorp Vault
  ansible.builtin.set_fact:
    mysql_root_password: "{{ lookup('community.hashi_vault.hashi_vault', 'secret=kv/data/erp/mysql:root_password url=https://vault.bakery.local:8200') }}"
  no_log: true

- name: Ensure recipes database exists
  community.mysql.mysql_db:
    name: recipes
    state: present
    login_user: root
    login_password: "{{ mysql_root_password }}"
  no_log: true

- name: Ensure traceability database exists
  community.mysql.mysql_db:
    name: traceability
    state: present
    login_user: root
    login_password: "{{ mysql_root_password }}"
  no_log: true
'''), None, "https://docs.ansible.com/ansible/latest/collections/community/hashi_vault/hashi_vault_lookup.html")

add("docker-config/decoy-creds-store", "ci/runner/.docker/config.ci.json", fill(r'''
{
  "auths": {
    "registry.bakehouse-internal.net:5000": {},
    "ghcr.io": {}
  },
  "credsStore": "pass",
  "credHelpers": {
    "381492006613.dkr.ecr.eu-west-2.amazonaws.com": "ecr-login"
  }
}
'''), None, "https://docs.docker.com/reference/cli/docker/login/#credential-helpers")

add("kotlin/decoy-local-properties", "mobile-android/app/build.gradle.kts", fill(r'''
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
    namespace = "com.sugarandspice.loyalty"
    compileSdk = 34
    defaultConfig {
        applicationId = "com.sugarandspice.loyalty"
        minSdk = 26
        targetSdk = 34
        versionCode = 412
        versionName = "4.1.2"
        buildConfigField("String", "MAPS_KEY", "\"${localProps.getProperty("MAPS_KEY", "")}\"")
    }
    signingConfigs {
        create("release") {
            storeFile = file(System.getenv("LOYALTY_KEYSTORE") ?: "release.jks")
            storePassword = System.getenv("LOYALTY_STORE_PASSWORD")
            keyAlias = "loyalty"
            keyPassword = System.getenv("LOYALTY_KEY_PASSWORD")
        }
    }
    buildFeatures { buildConfig = true }
}
'''), None, "https://developer.android.com/studio/publish/app-signing#secure-shared-keystore")


add("yaml/decoy-secret-tag", "esphome/proofer-cabinet-2.yaml", fill(r'''
esphome:
  name: proofer-cabinet-2
  friendly_name: Retarder-proofer 2

esp32:
  board: esp32dev

wifi:
  ssid: !secret wifi_ssid
  password: !secret wifi_password
  ap:
    ssid: "Proofer2 Fallback"
    password: !secret fallback_ap_password

api:
  encryption:
    key: !secret proofer2_api_key

ota:
  - platform: esphome
    password: !secret ota_password

sensor:
  - platform: sht3xd
    temperature:
      name: "Proofer 2 temperature"
    humidity:
      name: "Proofer 2 humidity"
    update_interval: 30s
'''), None, "https://esphome.io/guides/faq.html#tips-for-using-esphome")

add("yaml/decoy-grafana-file-provider", "monitoring/grafana/provisioning/datasources/influx.yaml", fill(r'''
apiVersion: 1

datasources:
  - name: HACCP (InfluxDB)
    type: influxdb
    access: proxy
    url: https://eu-central-1-1.aws.cloud2.influxdata.com
    jsonData:
      version: Flux
      organization: bakery-ops
      defaultBucket: haccp
    secureJsonData:
      token: $__file{/run/secrets/influx_grafana_token}
  - name: Line historian
    type: mssql
    url: 10.30.1.5:1433
    user: grafana_ro
    jsonData:
      database: LineHistorian
    secureJsonData:
      password: $__env{LINEHIST_PASSWORD}
'''), None, "https://grafana.com/docs/grafana/latest/administration/provisioning/#using-environment-variables")

add("toml/decoy-env-reference", "coldchain/telegraf/telegraf.d/outputs.conf", fill(r'''
# Credentials are injected by systemd (EnvironmentFile=/etc/telegraf/telegraf.env, mode 0600)
[[outputs.influxdb_v2]]
  urls = ["https://eu-central-1-1.aws.cloud2.influxdata.com"]
  token = "${INFLUX_TOKEN}"
  organization = "bakery-ops"
  bucket = "haccp"

[[outputs.mqtt]]
  servers = ["ssl://mqtt.haccp.bakerybros.net:8883"]
  topic = "telegraf/{{ .Hostname }}/{{ .PluginName }}"
  username = "${MQTT_USER}"
  password = "${MQTT_PASSWORD}"
  data_format = "influx"
'''), None, "https://docs.influxdata.com/telegraf/v1/configuration/#example-telegraf-environment-variables")

add("javascript/decoy-bcrypt-admin-auth", "node-red/settings.js", fill(r'''
// Node-RED on the HACCP gateway. Credentials in flows_cred.json are encrypted with
// NODE_RED_CREDENTIAL_SECRET (set in the systemd unit's EnvironmentFile).
module.exports = {
  uiPort: process.env.PORT || 1880,
  flowFile: 'flows.json',
  flowFilePretty: true,
  credentialSecret: process.env.NODE_RED_CREDENTIAL_SECRET,
  adminAuth: {
    type: 'credentials',
    users: [
      { username: 'haccp-admin', password: '@@h1@@', permissions: '*' },
      { username: 'shift-lead', password: '@@h2@@', permissions: 'read' },
    ],
  },
  logging: { console: { level: 'info', metrics: false, audit: false } },
  editorTheme: { projects: { enabled: false } },
};
''', h1=bcrypt_hash(), h2=bcrypt_hash()), None, "https://nodered.org/docs/user-guide/runtime/securing-node-red#editor--admin-api-security")

add("cpp/decoy-secrets-example", "firmware/proofer-sensor/secrets.h.example", fill(r'''
// Copy to secrets.h (git-ignored) and fill in on the bench laptop.
#pragma once

#define SECRET_WIFI_SSID     "BAKEHOUSE-IOT"
#define SECRET_WIFI_PASS     "YOUR_WIFI_PASSWORD_HERE"
#define SECRET_MQTT_USER     "proofer-N"
#define SECRET_MQTT_PASS     "<mqtt password from 1Password: IoT / proofers>"
#define SECRET_OTA_PASSWORD  "CHANGE_ME"
'''), None, "https://docs.arduino.cc/arduino-cloud/guides/secrets/")

add("markdown/decoy-policy-text", "docs/it/password-policy.md", fill(r'''
# Password and access policy (shops and central bakery)

- Till and back-office PCs: each manager has their own login. Never share the
  manager password with shift staff; use the "shift" account, which cannot refund.
- Passwords must be at least 14 characters. A passphrase of four random words is fine.
- Oven, proofer and cold-room controllers keep the vendor's service password only
  until commissioning; IT then changes it and stores it in 1Password (vault "Plant").
- API keys for Square, Stripe, Deliveroo and Uber Eats live in AWS Secrets Manager.
  If a key is pasted in Slack, email or a ticket, tell IT at once: we roll it.
- Wi-Fi: the staff network key changes every quarter; the guest network is
  separate and has no access to tills or sensors.
'''), None, "https://www.ncsc.gov.uk/collection/passwords/updating-your-approach")

add("json/decoy-asset-hashes", "storefront/public/build/manifest.json", fill(r'''
{
  "app.js": "/build/app.@@a@@.js",
  "app.css": "/build/app.@@b@@.css",
  "store-locator.js": "/build/store-locator.@@c@@.js",
  "checkout.js": "/build/checkout.@@d@@.js",
  "vendor.js": "/build/vendor.@@e@@.js",
  "images/hero-croissant.webp": "/build/images/hero-croissant.@@f@@.webp"
}
''', a=hexs(20), b=hexs(20), c=hexs(20), d=hexs(20), e=hexs(20), f=hexs(8)), None,
    "https://webpack.js.org/guides/caching/#output-filenames")

add("ssh-config/decoy-identity-file", "ops/dotfiles/ssh_config", fill(r'''
Host bastion
    HostName bastion.bakerybros.net
    User anna
    IdentityFile ~/.ssh/id_ed25519_bakery
    IdentitiesOnly yes

Host planner-* trace-* erp-*
    ProxyJump bastion
    User bakeadmin
    IdentityFile ~/.ssh/id_ed25519_bakery

Host shop-*-bo
    ProxyJump bastion
    User bakeadmin
'''), None, "https://man.openbsd.org/ssh_config.5")

add("shell/decoy-generated-at-runtime", "ops/scripts/new-webhook-secret.sh", fill(r'''
#!/usr/bin/env bash
# Generates a fresh signing secret for a delivery partner's webhooks and stores it in Vault.
# usage: new-webhook-secret.sh <partner>
set -euo pipefail
partner="${1:?partner name, e.g. deliveroo}"

secret="$(openssl rand -hex 32)"
vault kv put "kv/orders-hub/webhooks/${partner}" signing_secret="${secret}" >/dev/null
unset secret

echo "Stored kv/orders-hub/webhooks/${partner}. Copy it into the partner portal with:"
echo "  vault kv get -field=signing_secret kv/orders-hub/webhooks/${partner} | pbcopy"
'''), None, "https://developer.hashicorp.com/vault/docs/commands/kv/put")

add("csharp/decoy-key-vault", "src/Bakehouse.Labels/Program.cs", fill(r'''
using Azure.Identity;
using Azure.Security.KeyVault.Secrets;

var builder = WebApplication.CreateBuilder(args);

// Managed identity reads secrets from Key Vault; nothing sensitive in appsettings.
var vaultUri = new Uri(builder.Configuration["KeyVault:Uri"] ?? "https://kv-bakehouse-labels.vault.azure.net/");
builder.Configuration.AddAzureKeyVault(vaultUri, new DefaultAzureCredential());

var secrets = new SecretClient(vaultUri, new DefaultAzureCredential());
var storage = await secrets.GetSecretAsync("labels-storage-connection");
builder.Services.AddSingleton(new LabelArchiveOptions(storage.Value.Value));

var app = builder.Build();
app.MapGet("/health", () => Results.Ok("ok"));
app.Run();

public record LabelArchiveOptions(string ConnectionString);
'''), None, "https://learn.microsoft.com/en-us/azure/key-vault/secrets/quick-create-net")

add("swift/decoy-keychain", "CounterKiosk/CounterKiosk/Payments/TokenStore.swift", fill(r'''
import Foundation
import Security

/// The kiosk's connection token is fetched from our backend and cached in the Keychain.
enum TokenStore {
    private static let service = "com.crumbandco.counterkiosk.terminal"

    static func save(_ token: String) {
        let data = Data(token.utf8)
        let query: [String: Any] = [kSecClass as String: kSecClassGenericPassword,
                                    kSecAttrService as String: service]
        SecItemDelete(query as CFDictionary)
        var add = query
        add[kSecValueData as String] = data
        SecItemAdd(add as CFDictionary, nil)
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
'''), None, "https://developer.apple.com/documentation/security/keychain_services")

add("ruby/decoy-env-fetch", "app/services/stuart_client_factory.rb", fill(r'''
# frozen_string_literal: true

# Builds the Stuart courier client from the environment (set in Kamal secrets).
class StuartClientFactory
  BASE = ENV.fetch("STUART_API_BASE", "https://api.stuart.com")

  def self.build
    authenticator = Stuart::Infrastructure::Authenticator.new(
      BASE,
      ENV.fetch("STUART_CLIENT_ID"),
      ENV.fetch("STUART_CLIENT_SECRET")
    )
    Stuart::Infrastructure::HttpClient.new(authenticator)
  end
end
'''), None, "https://ruby-doc.org/3.3.0/ENV.html#method-c-fetch")

add("mosquitto-conf/decoy-password-file", "coldchain/mosquitto/config/mosquitto.conf", fill(r'''
per_listener_settings false
allow_anonymous false
password_file /mosquitto/config/passwd
acl_file /mosquitto/config/acl

listener 8883
certfile /mosquitto/config/certs/server.crt
keyfile /mosquitto/config/certs/server.key
cafile /mosquitto/config/certs/ca.crt
require_certificate false

persistence true
persistence_location /mosquitto/data/
log_dest stdout
'''), None, "https://mosquitto.org/man/mosquitto-conf-5.html")

add("go/decoy-test-fake", "internal/payment/mollie_test.go", fill(r'''
package payment

import (
	"net/http"
	"net/http/httptest"
	"testing"
)

// Tests run against a local stub: the key below is a dummy the stub accepts.
const testMollieKey = "test_dummy_key_not_real_000000"

func TestCreatePaymentSendsBearer(t *testing.T) {
	var got string
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		got = r.Header.Get("Authorization")
		w.WriteHeader(http.StatusCreated)
	}))
	defer srv.Close()

	c := NewClient(srv.URL, testMollieKey)
	if _, err := c.Create("T-1001", 12.50); err != nil {
		t.Fatal(err)
	}
	if got != "Bearer "+testMollieKey {
		t.Fatalf("auth header = %q", got)
	}
}
'''), None, "https://pkg.go.dev/net/http/httptest")

add("fortigate/decoy-hashed-admin", "network/hq/fgt-hq-01-backup.conf", fill(r'''
#config-version=FGT60F-7.2.8-FW-build1639-240313:opmode=0:vdom=0
config system global
    set hostname "fgt-hq-01"
    set timezone 26
    set admin-sport 8443
end
config system admin
    edit "admin"
        set accprofile "super_admin"
        set vdom "root"
        set password ENC SH2@@h1@@
    next
    edit "it-anna"
        set accprofile "super_admin"
        set vdom "root"
        set two-factor fortitoken
        set password ENC SH2@@h2@@
    next
end
config system interface
    edit "internal"
        set ip 10.0.0.1 255.255.255.0
        set allowaccess ping https ssh
    next
end
''', h1=hexs(60), h2=hexs(60)), None, "https://docs.fortinet.com/document/fortigate/7.2.0/administration-guide/")

add("json/decoy-webhook-fixture", "orders-hub/test/fixtures/stripe-checkout-completed.json", fill(r'''
{
  "id": "evt_1Q5xR2Kp8LmN3vB4cD6fG7hJ",
  "object": "event",
  "api_version": "2024-06-20",
  "type": "checkout.session.completed",
  "livemode": false,
  "data": {
    "object": {
      "id": "cs_test_a1B2c3D4e5F6g7H8i9J0kLmNoPqRsTuVwXyZ",
      "object": "checkout.session",
      "amount_total": 2400,
      "currency": "gbp",
      "customer_email": "test.customer@example.com",
      "metadata": { "order_id": "1042", "shop": "MKT" },
      "payment_intent": "pi_3Q5xR2Kp8LmN3vB40XyZ1aBc",
      "payment_status": "paid"
    }
  }
}
'''), None, "https://docs.stripe.com/api/events/object")

add("sql/decoy-scram-hash", "db/migrations/V28__rotate_reporting_role.sql", fill(r'''
-- V28: rotate the Power BI role. The value is a pre-computed SCRAM verifier
-- (generated offline by the DBA); PostgreSQL stores it as-is.
ALTER ROLE powerbi_reader PASSWORD '@@h@@';

COMMENT ON ROLE powerbi_reader IS 'Power BI gateway (finance), rotated 2024-11';
REVOKE CREATE ON SCHEMA public FROM powerbi_reader;
''', h="SCRAM-SHA-256$4096:" + draw(24, ALNUM + "+/") + "$" + draw(43, ALNUM + "+/") + "=:" + draw(43, ALNUM + "+/") + "="),
    None, "https://www.postgresql.org/docs/current/auth-password.html")

add("cloud-init/decoy-hashed-passwd", "provisioning/shop-pi/user-data", fill(r'''
#cloud-config
hostname: shop-signage
users:
  - name: signage
    groups: [video, audio, sudo]
    shell: /bin/bash
    lock_passwd: false
    passwd: @@h@@
    ssh_authorized_keys:
      - @@k@@
package_update: true
packages: [chromium-browser, unclutter]
runcmd:
  - systemctl enable signage-player
'''.replace("@@h@@", sha512crypt()), k=ssh_pub("signage-deploy")), None,
    "https://cloudinit.readthedocs.io/en/latest/reference/examples.html#including-users-and-groups")

add("markdown/decoy-env-var-usage", "wholesale/README.md", fill(r'''
# Wholesale portal

Cafes, hotels and offices order bread and pastries for next-day delivery here.
Orders close at 20:00; the planner picks them up at 22:15.

## Running locally

```bash
cp .env.example .env          # then fill it from 1Password ("Wholesale - dev")
docker compose up -d db
./manage.py migrate && ./manage.py runserver
```

Call the ERP with your own key from the environment:

```bash
curl -H "Authorization: token $ERP_API_KEY:$ERP_API_SECRET" \
  "$ERP_URL/api/resource/Customer?limit_page_length=5"
```
'''), None, "https://frappeframework.com/docs/user/en/api/rest")

add("r/decoy-keyring", "analysis/waste/waste_report.R", fill(r'''
# Weekly waste report per shop (what went to the food bank vs. compost)
library(DBI)
library(keyring)

con <- dbConnect(RPostgres::Postgres(),
                 host = "10.20.0.16", dbname = "production",
                 user = Sys.getenv("USER"),
                 password = key_get("bakery-production-db", username = Sys.getenv("USER")))

waste <- dbGetQuery(con, "select shop, destination, sum(units) units from waste
                          where day > current_date - 7 group by 1, 2 order by 1, 2")
print(waste)
dbDisconnect(con)
'''), None, "https://keyring.r-lib.org/reference/key_get.html")

add("vba/decoy-integrated-auth", "finance/macros/WasteImport.bas", fill(r'''
Attribute VB_Name = "WasteImport"
' Imports last week's waste into the finance workbook (Windows login, no SQL password)
Option Explicit

Public Sub ImportWaste()
    Dim cn As Object, rs As Object
    Set cn = CreateObject("ADODB.Connection")
    cn.Open "Provider=MSOLEDBSQL;Data Source=SQL01;Initial Catalog=Production;Integrated Security=SSPI;"
    Set rs = cn.Execute("SELECT Shop, Sku, SUM(Units) FROM dbo.Waste WHERE Day >= DATEADD(day,-7,GETDATE()) GROUP BY Shop, Sku")
    ThisWorkbook.Worksheets("Waste").Range("A2").CopyFromRecordset rs
    rs.Close
    cn.Close
End Sub
'''), None, "https://learn.microsoft.com/en-us/sql/relational-databases/native-client/applications/using-connection-string-keywords-with-sql-server-native-client")

add("dart/decoy-dart-define", "mobile/lib/config.dart", fill(r'''
/// Build-time configuration, passed with --dart-define-from-file=config/<flavor>.json
/// (the files with real values live in CI, not in this repo).
class AppConfig {
  static const apiBase = String.fromEnvironment('API_BASE', defaultValue: 'http://10.0.2.2:8080');
  static const placesKey = String.fromEnvironment('PLACES_KEY');
  static const stripePublishableKey = String.fromEnvironment('STRIPE_PK');
  static const flavor = String.fromEnvironment('FLAVOR', defaultValue: 'dev');

  static bool get isProd => flavor == 'prod';
}
'''), None, "https://dart.dev/guides/environment-declarations")

add("shell-history/decoy-password-prompt", "support/handover/.bash_history.trace02", fill(r'''
cd /srv/traceability
sudo systemctl restart trace-export
journalctl -u trace-export -n 100 --no-pager
mysql -h 10.20.0.15 -u trace_admin -p traceability
read -rs PGPASSWORD && export PGPASSWORD
psql -h 10.20.0.16 -U trace_export traceability -c '\dt'
unset PGPASSWORD
exit
'''), None, "https://dev.mysql.com/doc/refman/8.0/en/password-security-user.html")

