"""Blind set FH: climbing gyms and bouldering walls.

Membership and booking systems, waivers, door access controllers (Kisi, Brivo, Avigilon Alta,
Salto KS, UniFi Access), auto-belay and wall telemetry (ESP32 counters, MQTT, InfluxDB, LoRaWAN,
Particle), route-setting apps, payment processors (Stripe, Square, Adyen, GoCardless, Mollie,
Braintree, PayPal), CRM and messaging vendors, and the IT and web teams that glue them together,
with the decoys such teams also commit. Generated fakes only (seeds 1830000-1839999).
"""
from __future__ import annotations

import base64
import json
import random
import string
from typing import Dict, List, Optional

from tests import fakes
from tests.accuracy.labelled import LabelledCase

SEED_LOW, SEED_HIGH = 1830000, 1839999
ALNUM = string.ascii_letters + string.digits
HEX = "0123456789abcdef"
UPHEX = "0123456789ABCDEF"
URLSAFE = ALNUM + "-_"
B64 = ALNUM + "+/"
BASE32 = string.ascii_uppercase + "234567"
_SEED = [SEED_LOW]


def _seed() -> int:
    _SEED[0] += 1
    assert SEED_LOW <= _SEED[0] <= SEED_HIGH
    return _SEED[0]


def _rng() -> random.Random:
    return random.Random(_seed())


def draw(n: int, alphabet: str = ALNUM) -> str:
    r = _rng()
    return "".join(r.choice(alphabet) for _ in range(n))


def mixed(n: int, alphabet: str = ALNUM) -> str:
    """n characters with an upper, a lower and a digit (bounded retries, then forced)."""
    r = _rng()
    value = ""
    for _ in range(40):
        value = "".join(r.choice(alphabet) for _ in range(n))
        if any(c.isdigit() for c in value) and any(c.isupper() for c in value) and any(c.islower() for c in value):
            return value
    return "A" + value[1:-2] + "z7"


def hexs(n: int) -> str:
    return draw(n, HEX)


WORDS = ["Crimp", "Sloper", "Jugline", "Pinch", "Dyno", "Chalk", "Flash", "Onsight", "Redpoint", "Crux",
         "Arete", "Dihedral", "Campus", "Kilter", "Belay", "Quickdraw", "Harness", "Granite", "Topout",
         "Gaston", "Undercling", "Heelhook", "Mantle", "Smear", "Overhang", "Basalt", "Limestone"]
LOWER = ["carabiner", "chalkbag", "rope", "anchor", "volume", "hangboard", "tape", "brush", "crashpad",
         "slab", "roof", "jug", "pocket", "edge", "ledge", "summit", "spotter", "beta"]


def human_pw() -> str:
    r = _rng()
    return r.choice(WORDS) + r.choice("!#$%@*&") + r.choice(WORDS) + str(r.randint(10, 9999))


def human_pw2() -> str:
    r = _rng()
    return r.choice(WORDS).lower() + str(r.randint(1, 99)) + r.choice(WORDS) + r.choice("!?#.")


def gen_pw(n: int = 20, symbols: str = "") -> str:
    return mixed(n, ALNUM + symbols) if not symbols else _with_symbol(n, symbols)


def _with_symbol(n: int, symbols: str) -> str:
    r = _rng()
    chars = [r.choice(ALNUM + symbols) for _ in range(n)]
    chars[r.randrange(n)] = r.choice(symbols)
    chars[0] = r.choice(string.ascii_uppercase)
    chars[-1] = r.choice(string.digits)
    return "".join(chars)


def passphrase() -> str:
    r = _rng()
    return "-".join(r.sample(LOWER, 4)) + str(r.randint(2, 98))


def b64(s: str) -> str:
    return base64.b64encode(s.encode()).decode()


def b64url(raw: bytes) -> str:
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def rand_bytes_b64(n: int) -> str:
    r = _rng()
    return base64.b64encode(bytes(r.getrandbits(8) for _ in range(n))).decode()


def uuid_s() -> str:
    return fakes.uuid4(_seed())


def jwt(payload: Dict[str, object], alg: str = "HS256") -> str:
    head = b64url(json.dumps({"alg": alg, "typ": "JWT"}, separators=(",", ":")).encode())
    body = b64url(json.dumps(payload, separators=(",", ":")).encode())
    return head + "." + body + "." + draw(43 if alg.startswith("HS") else 342, URLSAFE)


def _pem_lines(prefix: str, total: int, width: int = 64, tail: int = 0) -> List[str]:
    r = _rng()
    body = prefix + "".join(r.choice(B64) for _ in range(total - len(prefix)))
    lines = [body[i:i + width] for i in range(0, len(body), width)]
    if tail:
        lines[-1] = lines[-1][:tail] + "=" * (1 if tail % 4 == 3 else 2 if tail % 4 == 2 else 0)
    return lines


def rsa_pem(lines: int = 25) -> str:
    body = _pem_lines("MIIEpAIBAAKCAQEA", 64 * lines, tail=0)
    body.append(draw(36, B64) + "==")
    return "-----BEGIN RSA PRIVATE KEY-----\n" + "\n".join(body) + "\n-----END RSA PRIVATE KEY-----"


def pkcs8_rsa_pem(lines: int = 25) -> str:
    body = _pem_lines("MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQ", 64 * lines)
    body.append(draw(24, B64) + "=")
    return "-----BEGIN PRIVATE KEY-----\n" + "\n".join(body) + "\n-----END PRIVATE KEY-----"


def ec_pem() -> str:
    raw = "MHcCAQEEI" + draw(35, B64) + "oAoGCCqGSM49AwEHoUQDQgAE" + draw(88, B64)
    lines = [raw[i:i + 64] for i in range(0, len(raw), 64)]
    lines[-1] = lines[-1] + "=="
    return "-----BEGIN EC PRIVATE KEY-----\n" + "\n".join(lines) + "\n-----END EC PRIVATE KEY-----"


def p8_pem() -> str:
    raw = "MIGTAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBHkwdwIBAQQg" + draw(43, B64) + "oAoGCCqGSM49AwEHoUQDQgAE" + draw(88, B64)
    lines = [raw[i:i + 64] for i in range(0, len(raw), 64)]
    return "-----BEGIN PRIVATE KEY-----\n" + "\n".join(lines) + "\n-----END PRIVATE KEY-----"


def openssh_pem() -> str:
    raw = ("b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW"
           "QyNTUxOQAAACA" + draw(57, B64) + "AAAAJ" + draw(200, B64))
    lines = [raw[i:i + 70] for i in range(0, len(raw), 70)]
    return "-----BEGIN OPENSSH PRIVATE KEY-----\n" + "\n".join(lines) + "\n-----END OPENSSH PRIVATE KEY-----"


def cert_pem(lines: int = 18) -> str:
    body = _pem_lines("MIID" + draw(4, B64) + "CCAr" + draw(2, B64) + "gAwIBAgIU", 64 * lines)
    body.append(draw(40, B64) + "==")
    return "-----BEGIN CERTIFICATE-----\n" + "\n".join(body) + "\n-----END CERTIFICATE-----"


def ssh_pub(comment: str) -> str:
    return "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI" + draw(43, B64) + " " + comment


# ---- vendor-shaped fakes -------------------------------------------------------------------------

def stripe_sk() -> str:
    return "sk_live_51" + mixed(97)


def stripe_rk() -> str:
    return "rk_live_51" + mixed(97)


def stripe_pk() -> str:
    return "pk_live_51" + mixed(97)


def stripe_whsec() -> str:
    return "whsec_" + mixed(32)


def square_token() -> str:
    return "EAAAE" + mixed(59, URLSAFE)


def adyen_key() -> str:
    return "AQE" + draw(3, ALNUM) + "+" + draw(56, ALNUM) + "=-" + draw(43, B64) + "=-" + draw(10, URLSAFE.replace("-", ""))


def paypal_secret() -> str:
    return "E" + mixed(79, URLSAFE)


def gocardless_token() -> str:
    return "live_" + mixed(40, URLSAFE)


def mollie_key() -> str:
    return "live_" + mixed(30)


def hubspot_pat() -> str:
    return "pat-na1-" + uuid_s()


def mailchimp_key() -> str:
    return hexs(32) + "-us" + str(_rng().randint(2, 21))


def klaviyo_key() -> str:
    return "pk_" + hexs(34)


def twilio_sid() -> str:
    return "AC" + hexs(32)


def sendgrid_key() -> str:
    return "SG." + mixed(22, URLSAFE) + "." + mixed(43, URLSAFE)


def slack_webhook() -> str:
    up = string.ascii_uppercase + string.digits
    return ("https://hooks.slack.com/services/T" + draw(10, up) + "/B" + draw(10, up) + "/" + mixed(24))


def slack_bot() -> str:
    r = _rng()
    return f"xoxb-{r.randint(10**11, 10**12)}-{r.randint(10**12, 10**13)}-" + mixed(24)


def discord_webhook() -> str:
    r = _rng()
    return f"https://discord.com/api/webhooks/{r.randint(10**17, 10**18)}/" + mixed(68, URLSAFE)


def gitlab_token() -> str:
    return "glpat-" + mixed(20, URLSAFE)


def npm_token() -> str:
    return "npm_" + mixed(36)


def dockerhub_pat() -> str:
    return "dckr_pat_" + mixed(27, URLSAFE)


def digitalocean_token() -> str:
    return "dop_v1_" + hexs(64)


def cloudflare_token() -> str:
    return mixed(40, URLSAFE)


def anthropic_key() -> str:
    return "sk-ant-api03-" + mixed(93, URLSAFE) + "AA"


def airtable_pat() -> str:
    return "pat" + mixed(14) + "." + hexs(64)


def notion_token() -> str:
    return "ntn_" + draw(11, string.digits) + mixed(35)


def google_secret() -> str:
    return "GOCSPX-" + mixed(28, URLSAFE)


def azure_secret() -> str:
    return draw(3, ALNUM) + "8Q~" + mixed(34, ALNUM + "_.-~")


def shopify_token() -> str:
    return "shpat_" + hexs(32)


def mapbox_secret(user: str) -> str:
    payload = b64url(json.dumps({"u": user, "a": draw(22, ALNUM.lower() + string.digits)}, separators=(",", ":")).encode())
    return "sk." + payload + "." + mixed(22, URLSAFE)


def mapbox_public(user: str) -> str:
    payload = b64url(json.dumps({"u": user, "a": draw(22, ALNUM.lower() + string.digits)}, separators=(",", ":")).encode())
    return "pk." + payload + "." + mixed(22, URLSAFE)


def tailscale_key() -> str:
    return "tskey-auth-k" + mixed(10) + "CNTRL-" + mixed(33)


def wireguard_key() -> str:
    return rand_bytes_b64(32)


def influx_token() -> str:
    return mixed(86, URLSAFE) + "=="


def grafana_cloud_token() -> str:
    inner = json.dumps({"o": str(_rng().randint(100000, 999999)), "n": "alloy-wall-sensors", "k": mixed(24),
                        "m": {"r": "prod-eu-west-2"}}, separators=(",", ":"))
    return "glc_" + b64(inner).rstrip("=")


def grafana_sa_token() -> str:
    return "glsa_" + mixed(32) + "_" + hexs(8)


def ttn_key() -> str:
    return "NNSXS." + draw(39, BASE32) + "." + draw(52, BASE32)


def newrelic_key() -> str:
    return "NRAK-" + draw(27, string.ascii_uppercase + string.digits)


def sentry_user_token() -> str:
    return "sntryu_" + hexs(64)


def linear_key() -> str:
    return "lin_api_" + mixed(40)


def netlify_token() -> str:
    return "nfp_" + mixed(36)


def okta_token() -> str:
    return "00" + mixed(40, URLSAFE)


def fcm_server_key() -> str:
    return "AAAA" + mixed(7, URLSAFE) + ":APA91b" + mixed(134, URLSAFE)


def b2_key() -> str:
    return "K00" + mixed(28)


def meraki_key() -> str:
    return hexs(40)


def fb_token() -> str:
    return "EAAG" + mixed(180)


def openai_key() -> str:
    return fakes.openai_key(_seed())


CASES: List[LabelledCase] = []


def add(category: str, file_name: str, text: str, secret: Optional[str], source: str) -> None:
    CASES.append(LabelledCase(category=category, file_name=file_name, text=text, secret=secret, source=source))


def t(template: str, **values: str) -> str:
    """The template with each ``§name§`` replaced by its value (no brace escaping needed)."""
    out = template
    for key, value in values.items():
        out = out.replace("§" + key + "§", value)
    assert "§" not in out, out[:200]
    return out


# =================================================================================================
# Payments and memberships (secrets)
# =================================================================================================

_s = stripe_sk()
add("blind-fh/env/stripe-secret-key", "member-portal/.env.production", t("""\
# Crux Collective member portal - production
NODE_ENV=production
PORT=8080
APP_URL=https://members.cruxcollective.climb
DATABASE_URL=${DATABASE_URL}

# Stripe (memberships, day passes, punch cards)
STRIPE_PUBLISHABLE_KEY=pk_live_see_dashboard
STRIPE_SECRET_KEY=§s§
STRIPE_WEBHOOK_SECRET=${STRIPE_WEBHOOK_SECRET}
STRIPE_PRICE_MONTHLY=price_1OqkZ2LmYd8Hf3aGm1tR0pQe
STRIPE_PRICE_ANNUAL=price_1OqkZvLmYd8Hf3aGcWlPz8kT

SESSION_TTL_HOURS=12
WAIVER_PROVIDER=smartwaiver
""", s=_s), _s, "Stripe docs: API keys (stripe.com/docs/keys), sk_live_ secret keys")

_s = stripe_whsec()
add("blind-fh/python/stripe-webhook-secret", "billing/webhooks/stripe_events.py", t("""\
\"\"\"Stripe webhook receiver: activates memberships and freezes them on failed payments.\"\"\"
import logging

import stripe
from flask import Blueprint, abort, request

from billing.members import activate_membership, freeze_membership

log = logging.getLogger(__name__)
bp = Blueprint("stripe_webhooks", __name__)

ENDPOINT_SECRET = "§s§"


@bp.route("/webhooks/stripe", methods=["POST"])
def stripe_webhook():
    payload = request.get_data()
    sig_header = request.headers.get("Stripe-Signature", "")
    try:
        event = stripe.Webhook.construct_event(payload, sig_header, ENDPOINT_SECRET)
    except (ValueError, stripe.error.SignatureVerificationError):
        log.warning("rejected stripe webhook")
        abort(400)

    obj = event["data"]["object"]
    if event["type"] == "invoice.paid":
        activate_membership(obj["customer"], obj["lines"]["data"][0]["price"]["id"])
    elif event["type"] == "invoice.payment_failed":
        freeze_membership(obj["customer"], reason="payment_failed")
    return {"received": True}
""", s=_s), _s, "Stripe docs: Check webhook signatures (whsec_ endpoint secret, construct_event)")

_s = stripe_rk()
add("blind-fh/ruby/stripe-restricted-key", "config/initializers/stripe.rb", t("""\
# frozen_string_literal: true

# Restricted key for the front desk app: read customers, write charges for day passes only.
# Created 2024-03-02 by Mara (ops). Rotate with the annual PCI SAQ-A review.
Rails.configuration.stripe = {
  publishable_key: ENV.fetch("STRIPE_PUBLISHABLE_KEY", nil),
  secret_key:      "§s§"
}

Stripe.api_key = Rails.configuration.stripe[:secret_key]
Stripe.max_network_retries = 2
Stripe.api_version = "2023-10-16"
""", s=_s), _s, "Stripe docs: Restricted API keys (rk_live_), stripe-ruby README")

_s = square_token()
add("blind-fh/php/square-access-token", "wp-content/plugins/boulder-barn-pos/includes/class-square-sync.php", t("""\
<?php
/**
 * Pulls retail sales (chalk, tape, shoes) from Square into the members table nightly.
 */
if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

use Square\\SquareClient;
use Square\\Environment;

class BB_Square_Sync {
	const LOCATION_ID = 'L8Q4XK2M9TQ1B';

	private $client;

	public function __construct() {
		$this->client = new SquareClient( [
			'accessToken' => '§s§',
			'environment' => Environment::PRODUCTION,
		] );
	}

	public function run( $since ) {
		$api  = $this->client->getOrdersApi();
		$body = new \\Square\\Models\\SearchOrdersRequest();
		$body->setLocationIds( [ self::LOCATION_ID ] );
		$result = $api->searchOrders( $body );
		if ( ! $result->isSuccess() ) {
			error_log( 'square sync failed: ' . print_r( $result->getErrors(), true ) );
			return 0;
		}
		return count( $result->getResult()->getOrders() ?? [] );
	}
}
""", s=_s), _s, "Square developer docs: access tokens (EAAA...), square/square-php-sdk")

_s = adyen_key()
add("blind-fh/json/adyen-api-key", "services/payments/config/adyen.live.json", t("""\
{
  "environment": "LIVE",
  "liveEndpointUrlPrefix": "1797a841fbb37ca7-SummitLoftClimbing",
  "merchantAccount": "SummitLoftClimbingECOM",
  "apiKey": "§s§",
  "clientKey": "live_QZ3TL2KXVBDC5N6VHX3Q6WRLDYI6YQ4O",
  "hmacKey": null,
  "returnUrl": "https://summitloft.example/checkout/return",
  "recurring": {
    "contract": "RECURRING",
    "shopperInteraction": "ContAuth"
  }
}
""", s=_s), _s, "Adyen docs: API credentials (API key AQE...), client key live_ is public")

_s = hexs(32)
add("blind-fh/yaml/braintree-private-key", "config/braintree.yml", t("""\
# Braintree gateway for the Granite Arch online shop (gift cards + 10-punch passes)
production:
  environment: production
  merchant_id: 7x9kq2w5mdb4tnhs
  public_key: ztv3m8bf64y2qgkp
  private_key: §s§
  merchant_account_ids:
    usd: graniteArchClimbingUSD

sandbox:
  environment: sandbox
  merchant_id: <%= ENV["BT_SANDBOX_MERCHANT_ID"] %>
  public_key: <%= ENV["BT_SANDBOX_PUBLIC_KEY"] %>
  private_key: <%= ENV["BT_SANDBOX_PRIVATE_KEY"] %>
""", s=_s), _s, "Braintree docs: API credentials (merchant id, public key, private key)")

_s = paypal_secret()
add("blind-fh/javascript/paypal-client-secret", "server/paypal.js", t("""\
'use strict';
// PayPal Orders v2 for youth camp deposits.
const fetch = require('node-fetch');

const BASE = 'https://api-m.paypal.com';
const CLIENT_ID = 'AbW3r9Hk2pLq0xZy7TnVe1uRsDcFgHjKmNbVcXzAsDfGhJkLpOiUyTrEwQ5a6b7c8d9e';
const APP_SECRET = '§s§';

async function accessToken() {
  const auth = Buffer.from(`${CLIENT_ID}:${APP_SECRET}`).toString('base64');
  const res = await fetch(`${BASE}/v1/oauth2/token`, {
    method: 'POST',
    body: 'grant_type=client_credentials',
    headers: { Authorization: `Basic ${auth}` },
  });
  const data = await res.json();
  return data.access_token;
}

async function createDepositOrder(camper, amount) {
  const token = await accessToken();
  const res = await fetch(`${BASE}/v2/checkout/orders`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
    body: JSON.stringify({
      intent: 'CAPTURE',
      purchase_units: [{ reference_id: camper.id, amount: { currency_code: 'USD', value: amount } }],
    }),
  });
  return res.json();
}

module.exports = { createDepositOrder };
""", s=_s), _s, "PayPal developer docs: Get started, client ID and secret, /v1/oauth2/token")

_s = gocardless_token()
add("blind-fh/typescript/gocardless-access-token", "src/integrations/gocardless/client.ts", t("""\
import { GoCardlessClient } from "gocardless-nodejs/client";
import { Environments } from "gocardless-nodejs/constants";

// Direct Debit memberships (UK sites: Leeds, Sheffield). Mandates are created from the portal.
const ACCESS_TOKEN = "§s§";

export const gocardless = new GoCardlessClient(ACCESS_TOKEN, Environments.Live, {
  raiseOnIdempotencyConflict: true,
});

export async function monthlySubscription(mandateId: string, pence: number, memberRef: string) {
  return gocardless.subscriptions.create({
    amount: String(pence),
    currency: "GBP",
    name: "Monthly climbing membership",
    interval_unit: "monthly",
    day_of_month: "1",
    metadata: { member_ref: memberRef },
    links: { mandate: mandateId },
  });
}
""", s=_s), _s, "GoCardless API docs: access tokens (live_...), gocardless-nodejs")

_s = mollie_key()
add("blind-fh/php/mollie-api-key", "app/Services/MolliePayments.php", t("""\
<?php

namespace App\\Services;

use Mollie\\Api\\MollieApiClient;

/**
 * iDEAL and SEPA payments for the Amsterdam bouldering hall (10-rittenkaart, abonnementen).
 */
class MolliePayments
{
    private MollieApiClient $mollie;

    public function __construct()
    {
        $this->mollie = new MollieApiClient();
        $this->mollie->setApiKey('§s§');
    }

    public function rittenkaart(string $memberId, string $redirect): string
    {
        $payment = $this->mollie->payments->create([
            'amount' => ['currency' => 'EUR', 'value' => '115.00'],
            'description' => '10-rittenkaart Boulderhal Noord',
            'redirectUrl' => $redirect,
            'webhookUrl' => route('webhooks.mollie'),
            'metadata' => ['member_id' => $memberId],
        ]);

        return $payment->getCheckoutUrl();
    }
}
""", s=_s), _s, "Mollie docs: Authentication (live_ API keys), mollie-api-php")

_s = "sk_" + draw(26, string.ascii_lowercase + string.digits)
add("blind-fh/csharp/checkout-secret-key", "src/Overhang.Payments/CheckoutComGateway.cs", t("""\
using System;
using System.Threading.Tasks;
using Checkout;
using Checkout.Payments;
using Checkout.Payments.Request;
using Checkout.Payments.Request.Source;

namespace Overhang.Payments
{
    public sealed class CheckoutComGateway
    {
        private readonly ICheckoutApi _api = CheckoutSdk.Builder().StaticKeys()
            .Environment(Checkout.Environment.Production)
            .SecretKey("§s§")
            .Build();

        public async Task<string> ChargeDayPass(string token, long cents, string memberRef)
        {
            var request = new PaymentRequest
            {
                Source = new RequestTokenSource { Token = token },
                Amount = cents,
                Currency = Currency.EUR,
                Reference = $"daypass-{memberRef}-{DateTime.UtcNow:yyyyMMddHHmm}",
                Capture = true,
            };
            var response = await _api.PaymentsClient().RequestPayment(request);
            return response.Id;
        }
    }
}
""", s=_s), _s, "Checkout.com docs: API keys (sk_ secret key), checkout-sdk-net")

_s = fakes.fake("sq0csp-", 43, _seed())
add("blind-fh/ini/square-oauth-secret", "deploy/frontdesk-kiosk/kiosk.ini", t("""\
; Front desk kiosk (Windows 11, Chromium in kiosk mode) - Boulder Barn Eastside
[kiosk]
start_url = https://checkin.boulderbarn.climb/eastside
idle_reset_seconds = 90
printer = Zebra ZD421

[square]
application_id = sq0idp-3nL0xWq8jT2hR5vKc1YbAa
application_secret = §s§
redirect_uri = https://checkin.boulderbarn.climb/oauth/square/callback
location = LQ7Z2D9C8WJ0E

[scanner]
port = COM3
baud = 9600
""", s=_s), _s, "Square OAuth docs: application secret (sq0csp-) vs application id (sq0idp-)")


# =================================================================================================
# Gym software, waivers, CRM and messaging (secrets)
# =================================================================================================

_s = hexs(32)
add("blind-fh/python/smartwaiver-api-key", "scripts/waivers/pull_signed_waivers.py", t("""\
#!/usr/bin/env python3
\"\"\"Pull yesterday's signed waivers from Smartwaiver and flag minors without a guardian.\"\"\"
import datetime as dt
import csv
import sys

import requests

API = "https://api.smartwaiver.com/v4"
HEADERS = {"sw-api-key": "§s§"}


def waivers_since(day):
    params = {"fromDts": day.isoformat() + "T00:00:00", "limit": 100, "verified": "true"}
    r = requests.get(f"{API}/waivers", headers=HEADERS, params=params, timeout=30)
    r.raise_for_status()
    return r.json()["waivers"]


def main():
    day = dt.date.today() - dt.timedelta(days=1)
    out = csv.writer(sys.stdout)
    out.writerow(["waiverId", "name", "isMinor", "template"])
    for w in waivers_since(day):
        out.writerow([w["waiverId"], f'{w["firstName"]} {w["lastName"]}', w["isMinor"], w["templateId"]])


if __name__ == "__main__":
    main()
""", s=_s), _s, "Smartwaiver API v4 docs: sw-api-key header")

_s = mixed(40)
add("blind-fh/javascript/capitan-api-token", "integrations/capitan/sync-checkins.mjs", t("""\
// Mirrors Capitan check-ins into the occupancy counter shown on the website banner.
import { setTimeout as sleep } from 'node:timers/promises';

const CAPITAN = 'https://api.hellocapitan.com/api';
const TOKEN = '§s§';

async function checkinsToday() {
  const today = new Date().toISOString().slice(0, 10);
  const res = await fetch(`${CAPITAN}/check_ins/?date=${today}`, {
    headers: { Authorization: `Token ${TOKEN}`, Accept: 'application/json' },
  });
  if (!res.ok) throw new Error(`capitan ${res.status}`);
  return (await res.json()).results;
}

export async function loop(publish) {
  for (;;) {
    try {
      const rows = await checkinsToday();
      const inside = rows.filter((r) => !r.checked_out_at).length;
      await publish({ inside, at: Date.now() });
    } catch (err) {
      console.error('occupancy sync', err.message);
    }
    await sleep(60_000);
  }
}
""", s=_s), _s, "Capitan gym software API: Token authorization header (DRF token auth)")

_s = human_pw()
add("blind-fh/powershell/odbc-password", "it/rgp/Export-RgpMembers.ps1", t("""\
<#
.SYNOPSIS
  Nightly export of active members from the Rock Gym Pro database for the email list.
  Runs on FRONTDESK-01 as a scheduled task at 02:15.
#>
param(
    [string]$OutFile = "\\\\nas01\\exports\\rgp\\members_$(Get-Date -Format yyyyMMdd).csv"
)

$connString = "Driver={MySQL ODBC 8.0 Unicode Driver};Server=127.0.0.1;Port=3306;" +
              "Database=rgp;Uid=rgp_report;Pwd=§s§;"

$conn = New-Object System.Data.Odbc.OdbcConnection($connString)
$conn.Open()
try {
    $cmd = $conn.CreateCommand()
    $cmd.CommandText = "SELECT customer_id, first_name, last_name, email, membership_type FROM customers WHERE status = 'ACTIVE'"
    $adapter = New-Object System.Data.Odbc.OdbcDataAdapter($cmd)
    $table = New-Object System.Data.DataTable
    [void]$adapter.Fill($table)
    $table | Export-Csv -Path $OutFile -NoTypeInformation -Encoding UTF8
    Write-Host "exported $($table.Rows.Count) members to $OutFile"
}
finally {
    $conn.Close()
}
""", s=_s), _s, "MySQL Connector/ODBC docs: connection string parameters (Uid, Pwd)")

_s = hexs(32)
add("blind-fh/csharp/mindbody-api-key", "FrontDesk.Sync/MindbodyClient.cs", t("""\
using System.Net.Http;
using System.Net.Http.Headers;
using System.Threading.Tasks;

namespace FrontDesk.Sync
{
    /// <summary>Yoga and fitness classes of the Pinch Climbing Co. are still booked in Mindbody.</summary>
    public class MindbodyClient
    {
        private const string BaseUrl = "https://api.mindbodyonline.com/public/v6/";
        private const string ApiKey = "§s§";
        private const string SiteId = "-99";
        private readonly HttpClient _http;

        public MindbodyClient(HttpClient http)
        {
            _http = http;
            _http.BaseAddress = new System.Uri(BaseUrl);
            _http.DefaultRequestHeaders.Add("Api-Key", ApiKey);
            _http.DefaultRequestHeaders.Add("SiteId", SiteId);
            _http.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        }

        public Task<string> ClassesAsync(string start, string end) =>
            _http.GetStringAsync($"class/classes?StartDateTime={start}&EndDateTime={end}");
    }
}
""", s=_s), _s, "Mindbody Public API v6 docs: Api-Key and SiteId headers")

_s = hubspot_pat()
add("blind-fh/python/hubspot-private-app-token", "crm/hubspot_sync.py", t("""\
\"\"\"Push new members and their home gym to HubSpot contacts (private app 'gym-crm-sync').\"\"\"
from hubspot import HubSpot
from hubspot.crm.contacts import SimplePublicObjectInputForCreate
from hubspot.crm.contacts.exceptions import ApiException

client = HubSpot(access_token="§s§")


def upsert_member(member):
    props = {
        "email": member["email"],
        "firstname": member["first_name"],
        "lastname": member["last_name"],
        "home_gym": member["gym_code"],
        "membership_tier": member["tier"],
        "belay_certified": str(member["belay_cert"]).lower(),
    }
    try:
        client.crm.contacts.basic_api.create(SimplePublicObjectInputForCreate(properties=props))
    except ApiException as exc:
        if exc.status != 409:
            raise
""", s=_s), _s, "HubSpot docs: private app access tokens (pat-na1-...)")

_s = mailchimp_key()
add("blind-fh/javascript/mailchimp-api-key", "newsletter/sendSetterUpdate.js", t("""\
const mailchimp = require('@mailchimp/mailchimp_marketing');

mailchimp.setConfig({
  apiKey: '§s§',
  server: '§dc§',
});

const AUDIENCE_ID = '4f1c9e2b7a';

// Sends the weekly "new problems on the wall" campaign to members who opted in.
async function sendSetterUpdate(html, subject) {
  const campaign = await mailchimp.campaigns.create({
    type: 'regular',
    recipients: { list_id: AUDIENCE_ID, segment_opts: { saved_segment_id: 31877 } },
    settings: { subject_line: subject, from_name: 'Chalk Lab Setting Team', reply_to: 'setting@chalklab.climb' },
  });
  await mailchimp.campaigns.setContent(campaign.id, { html });
  return mailchimp.campaigns.send(campaign.id);
}

module.exports = { sendSetterUpdate };
""", s=_s, dc=_s.split("-")[1]), _s, "Mailchimp Marketing API docs: API key with data-center suffix (-usN)")

_s = klaviyo_key()
add("blind-fh/yaml/klaviyo-private-key", "marketing/flows/config.yaml", t("""\
# Klaviyo flows for intro-to-bouldering and lapsed members
klaviyo:
  api_revision: "2024-02-15"
  private_api_key: §s§
  public_site_id: Xy7Kq2
lists:
  intro_bouldering: RtP9sL
  lapsed_90_days: Qw3ZbN
flows:
  - name: intro-course-followup
    trigger: metric:Completed Intro Course
    delay_days: 3
  - name: winback
    trigger: list:lapsed_90_days
    delay_days: 0
""", s=_s), _s, "Klaviyo docs: private API keys (pk_...) vs public site id")

_s = hexs(32)
add("blind-fh/go/twilio-auth-token", "notify/sms.go", t("""\
package notify

import (
	"fmt"

	"github.com/twilio/twilio-go"
	openapi "github.com/twilio/twilio-go/rest/api/v2010"
)

const (
	accountSID = "§sid§"
	authToken  = "§s§"
	fromNumber = "+15035550142"
)

var client = twilio.NewRestClientWithParams(twilio.ClientParams{
	Username: accountSID,
	Password: authToken,
})

// ClassReminder texts a member one hour before an intro-to-lead class.
func ClassReminder(to, className, start string) error {
	params := &openapi.CreateMessageParams{}
	params.SetTo(to)
	params.SetFrom(fromNumber)
	params.SetBody(fmt.Sprintf("Reminder: %s starts at %s. Bring your harness or rent one at the desk.", className, start))
	_, err := client.Api.CreateMessage(params)
	return err
}
""", s=_s, sid=twilio_sid()), _s, "Twilio docs: Account SID and Auth Token, twilio-go")

_s = sendgrid_key()
add("blind-fh/ruby/sendgrid-api-key", "app/mailers/concerns/sendgrid_delivery.rb", t("""\
require "sendgrid-ruby"

module SendgridDelivery
  include SendGrid

  API_KEY = "§s§".freeze

  def deliver_receipt(member, pdf)
    mail = SendGrid::Mail.new
    mail.from = Email.new(email: "receipts@basecampbouldering.climb", name: "Basecamp Bouldering")
    mail.subject = "Your membership receipt"
    personalization = Personalization.new
    personalization.add_to(Email.new(email: member.email))
    mail.add_personalization(personalization)
    mail.add_content(Content.new(type: "text/plain", value: "Thanks for climbing with us!"))
    attachment = Attachment.new
    attachment.content = Base64.strict_encode64(pdf)
    attachment.filename = "receipt.pdf"
    mail.add_attachment(attachment)
    SendGrid::API.new(api_key: API_KEY).client.mail._("send").post(request_body: mail.to_json)
  end
end
""", s=_s), _s, "SendGrid docs: API keys (SG.xxx.yyy), sendgrid-ruby")

_s = uuid_s()
add("blind-fh/properties/postmark-server-token", "booking-service/src/main/resources/application-prod.properties", t("""\
spring.application.name=booking-service
server.port=8081
spring.datasource.url=jdbc:postgresql://db.internal:5432/booking
spring.datasource.username=booking
spring.datasource.password=${BOOKING_DB_PASSWORD}

# transactional mail (booking confirmations, waitlist promotions)
postmark.api-base=https://api.postmarkapp.com
postmark.server-token=§s§
postmark.message-stream=outbound
postmark.from=bookings@summitloft.climb

booking.slot-minutes=120
booking.max-party-size=6
""", s=_s), _s, "Postmark docs: X-Postmark-Server-Token (server API token)")

_s = hexs(32) + "-" + hexs(8) + "-" + hexs(8)
add("blind-fh/shell/mailgun-api-key", "ops/bin/send-route-reset-notice.sh", t("""\
#!/usr/bin/env bash
# Emails the members list that a wall section is closed for a reset.
set -euo pipefail

SECTION="${1:?usage: $0 <section> <date>}"
DAY="${2:?usage: $0 <section> <date>}"
DOMAIN="mg.thepinch.climb"

curl -s --user "api:§s§" \\
  "https://api.mailgun.net/v3/${DOMAIN}/messages" \\
  -F from="The Pinch Setting Crew <setters@${DOMAIN}>" \\
  -F to="members@${DOMAIN}" \\
  -F subject="Wall reset: ${SECTION} closed ${DAY}" \\
  -F text="Heads up! ${SECTION} will be closed all day ${DAY} while we strip and reset. New problems go up by 6pm."
""", s=_s), _s, "Mailgun docs: API keys, curl --user api:KEY")

_s = mixed(40)
add("blind-fh/json/zendesk-api-token", "support/zendesk-macros/export-config.json", t("""\
{
  "subdomain": "chalklab",
  "auth": {
    "email": "it+zendesk@chalklab.climb/token",
    "token": "§s§"
  },
  "export": {
    "macros": true,
    "triggers": true,
    "views": ["Membership freezes", "Lost and found", "Injury reports"],
    "out_dir": "./export"
  }
}
""", s=_s), _s, "Zendesk API docs: API token authentication (email/token:api_token)")

_s = human_pw2()
add("blind-fh/python/salesforce-password", "crm/sf_corporate_accounts.py", t("""\
\"\"\"Corporate memberships (team-building sessions) live in Salesforce; sync them nightly.\"\"\"
import os

from simple_salesforce import Salesforce

sf = Salesforce(
    username="integration@granitearch.climb",
    password="§s§",
    security_token=os.environ["SF_SECURITY_TOKEN"],
    domain="login",
)

SOQL = (
    "SELECT Id, Name, Billing_Email__c, Seats__c, Renewal_Date__c "
    "FROM Account WHERE Type = 'Corporate Member' AND IsDeleted = false"
)


def corporate_accounts():
    return sf.query_all(SOQL)["records"]


if __name__ == "__main__":
    for acct in corporate_accounts():
        print(acct["Name"], acct["Seats__c"], acct["Renewal_Date__c"])
""", s=_s), _s, "simple-salesforce docs: username, password and security_token login")

_s = mixed(32)
add("blind-fh/apps-script/smartwaiver-webhook-key", "apps-script/waiver-sheet/Code.gs", t("""\
/**
 * Google Apps Script bound to the "Waivers - Youth Team" sheet.
 * Smartwaiver calls doPost when a waiver is signed; we verify the webhook key then append a row.
 */
var WEBHOOK_SECRET = '§s§';
var SHEET_NAME = 'Signed';

function doPost(e) {
  var body = JSON.parse(e.postData.contents);
  var credential = e.parameter.credential || '';
  var expected = Utilities.computeDigest(Utilities.DigestAlgorithm.MD5, WEBHOOK_SECRET + body.unique_id)
    .map(function (b) { return ('0' + (b & 0xff).toString(16)).slice(-2); }).join('');
  if (credential !== expected) {
    return ContentService.createTextOutput('forbidden');
  }
  var sheet = SpreadsheetApp.getActive().getSheetByName(SHEET_NAME);
  sheet.appendRow([new Date(), body.unique_id, body.event]);
  return ContentService.createTextOutput('ok');
}
""", s=_s), _s, "Smartwaiver webhooks docs: webhook secret key, MD5 credential check")

_s = mixed(64, URLSAFE)
add("blind-fh/kotlin/toplogger-api-token", "app/src/main/java/climb/pinch/setting/data/TopLoggerApi.kt", t("""\
package climb.pinch.setting.data

import okhttp3.Interceptor
import okhttp3.OkHttpClient
import retrofit2.Retrofit
import retrofit2.converter.moshi.MoshiConverterFactory

// Setter tablet app: publishes new problems to the route-setting app the members use.
object TopLoggerApi {
    private const val BASE_URL = "https://api.toplogger.nu/v1/"
    private const val GYM_ID = 214
    private const val ADMIN_TOKEN = "§s§"

    private val auth = Interceptor { chain ->
        chain.proceed(
            chain.request().newBuilder()
                .header("Authorization", "Bearer $ADMIN_TOKEN")
                .header("X-Gym-Id", GYM_ID.toString())
                .build()
        )
    }

    val service: ClimbsService = Retrofit.Builder()
        .baseUrl(BASE_URL)
        .client(OkHttpClient.Builder().addInterceptor(auth).build())
        .addConverterFactory(MoshiConverterFactory.create())
        .build()
        .create(ClimbsService::class.java)
}
""", s=_s), _s, "Retrofit/OkHttp docs: Authorization Bearer interceptor; route-setting app admin API token")

_s = mixed(20)
add("blind-fh/swift/brivo-api-key", "StaffApp/Sources/Access/BrivoService.swift", t("""\
import Foundation

/// Lets managers unlock the setting-room door from the staff iPad.
struct BrivoService {
    static let apiKey = "§s§"
    static let baseURL = URL(string: "https://api.brivo.com/v1/api")!

    let bearer: String

    func unlock(accessPointId: Int) async throws {
        var request = URLRequest(url: Self.baseURL.appendingPathComponent("access-points/\\(accessPointId)/activate"))
        request.httpMethod = "POST"
        request.setValue(Self.apiKey, forHTTPHeaderField: "api-key")
        request.setValue("Bearer \\(bearer)", forHTTPHeaderField: "Authorization")
        let (_, response) = try await URLSession.shared.data(for: request)
        guard (response as? HTTPURLResponse)?.statusCode == 200 else {
            throw URLError(.badServerResponse)
        }
    }
}
""", s=_s), _s, "Brivo API docs: api-key header plus OAuth bearer token")


# =================================================================================================
# Door access (secrets)
# =================================================================================================

_s = hexs(32)
add("blind-fh/python/kisi-api-key", "access/kisi_after_hours.py", t("""\
\"\"\"Unlock the front door for route setters on reset nights (Tue/Thu 21:30-01:00).\"\"\"
import datetime as dt

import requests

KISI_API = "https://api.kisi.io"
KISI_API_KEY = "§s§"
FRONT_DOOR_LOCK_ID = 48213
SETTERS_GROUP_ID = 91744


def _session():
    s = requests.Session()
    s.headers.update({
        "Authorization": f"KISI-LOGIN {KISI_API_KEY}",
        "Content-Type": "application/json",
        "Accept": "application/json",
    })
    return s


def grant_setters(tonight: dt.date):
    starts = dt.datetime.combine(tonight, dt.time(21, 30))
    ends = starts + dt.timedelta(hours=3, minutes=30)
    body = {"role_assignment": {"role_id": "group_basic", "group_id": SETTERS_GROUP_ID,
                                "valid_from": starts.isoformat(), "valid_until": ends.isoformat()}}
    r = _session().post(f"{KISI_API}/role_assignments", json=body, timeout=15)
    r.raise_for_status()
    return r.json()["id"]
""", s=_s), _s, "Kisi API docs: Authorization: KISI-LOGIN <api key>")

_s = mixed(32)
add("blind-fh/yaml/brivo-client-secret", "access/brivo-sync/config/production.yaml", t("""\
brivo:
  auth_url: https://auth.brivo.com/oauth/token
  api_url: https://api.brivo.com/v1/api
  client_id: 7c3f2a91-0d4e-4b8a-9f61-2e5d8c1b4a70
  client_secret: §s§
  api_key: ${BRIVO_API_KEY}
  username: svc-membersync@overhanghall.climb
  password: ${BRIVO_SERVICE_PASSWORD}
sync:
  source: capitan
  group_map:
    "Monthly Unlimited": 118204
    "Staff": 118205
    "Youth Team": 118211
  interval_minutes: 5
""", s=_s), _s, "Brivo API docs: OAuth client id / client secret (password grant)")

_s = human_pw()
add("blind-fh/go/avigilon-alta-password", "cmd/altasync/main.go", t("""\
package main

import (
	"bytes"
	"encoding/json"
	"log"
	"net/http"
)

const (
	altaAPI   = "https://api.openpath.com"
	altaOrgID = 23871
	altaEmail = "doors@basecampbouldering.climb"
	altaPass  = "§s§"
)

type loginResp struct {
	Data struct {
		Token string `json:"token"`
	} `json:"data"`
}

func login() (string, error) {
	body, _ := json.Marshal(map[string]any{"email": altaEmail, "password": altaPass, "mfa": map[string]any{}})
	resp, err := http.Post(altaAPI+"/auth/login", "application/json", bytes.NewReader(body))
	if err != nil {
		return "", err
	}
	defer resp.Body.Close()
	var lr loginResp
	if err := json.NewDecoder(resp.Body).Decode(&lr); err != nil {
		return "", err
	}
	return lr.Data.Token, nil
}

func main() {
	tok, err := login()
	if err != nil {
		log.Fatalf("alta login: %v", err)
	}
	log.Printf("logged in to org %d (token %d chars)", altaOrgID, len(tok))
}
""", s=_s), _s, "Avigilon Alta (Openpath) API docs: POST /auth/login with email and password")

_s = mixed(48, URLSAFE)
add("blind-fh/json/salto-ks-client-secret", "access/salto-ks/appsettings.Production.json", t("""\
{
  "Logging": { "LogLevel": { "Default": "Information" } },
  "SaltoKs": {
    "IdentityUrl": "https://identity.my-clay.com/connect/token",
    "ApiUrl": "https://clp-accept-user.my-clay.com/v1.1",
    "ClientId": "granitearch-membersync",
    "ClientSecret": "§s§",
    "Scope": "user_api.full_access",
    "SiteId": "c2b1f0f4-8d0e-4e43-9a4c-5b7c1c3b6f0d"
  },
  "Sync": {
    "AccessGroup": "Members 24/7",
    "Cron": "*/10 * * * *"
  }
}
""", s=_s), _s, "SALTO KS Connect API docs: client credentials (ClientId, ClientSecret)")

_s = mixed(24, URLSAFE)
add("blind-fh/shell-history/unifi-access-token", "docs/it/incident-2024-06-unifi-door.history", t("""\
  501  ssh admin@10.20.0.1
  502  ping -c 3 10.20.0.45
  503  curl -sk https://10.20.0.1:12445/api/v1/developer/doors -H "Authorization: Bearer §s§" | jq .
  504  curl -sk https://10.20.0.1:12445/api/v1/developer/doors/7f3b1a20-91cc-4c0e-b6e2-3a2f9d6e8b11 -H "Authorization: Bearer §s§" | jq .data.door_lock_relay_status
  505  curl -sk -X PUT https://10.20.0.1:12445/api/v1/developer/doors/7f3b1a20-91cc-4c0e-b6e2-3a2f9d6e8b11/unlock -H "Authorization: Bearer §s§"
  506  journalctl -u unifi-core --since "10 min ago" | tail -50
  507  exit
""", s=_s), _s, "UniFi Access API docs: developer API token, Authorization: Bearer on port 12445")

_s = human_pw2()
add("blind-fh/cisco-config/local-user-password", "network/configs/sw-boulder-floor-01.cfg", t("""\
!
version 15.2
service timestamps log datetime msec
service password-encryption
!
hostname sw-boulder-floor-01
!
enable secret 9 $9$2MJBozw/9R3UsU$xSA/IDhDVFHBbKxGGF9W6lBQxyUU5FdYl/eolUMA6pM
!
username netadmin privilege 15 password 0 §s§
!
vlan 20
 name DOOR-CONTROLLERS
vlan 30
 name AUTOBELAY-SENSORS
vlan 40
 name FRONTDESK
!
interface GigabitEthernet1/0/1
 description kisi-controller-pro-front
 switchport access vlan 20
 switchport mode access
 spanning-tree portfast
!
interface GigabitEthernet1/0/2
 description esp32-gateway-lead-wall
 switchport access vlan 30
 switchport mode access
!
line vty 0 4
 login local
 transport input ssh
!
end
""", s=_s), _s, "Cisco IOS configuration guide: username ... password 0 (cleartext)")

_s = human_pw()
add("blind-fh/ansible/inventory-password", "ansible/inventories/eastside/hosts.ini", t("""\
[doorcontrollers]
door-front   ansible_host=10.20.0.45
door-setting ansible_host=10.20.0.46

[kiosks]
kiosk-01 ansible_host=10.40.0.21
kiosk-02 ansible_host=10.40.0.22

[kiosks:vars]
ansible_connection=winrm
ansible_winrm_transport=ntlm
ansible_user=EASTSIDE\\svc-ansible
ansible_password=§s§
ansible_winrm_server_cert_validation=ignore

[doorcontrollers:vars]
ansible_user=pi
ansible_ssh_private_key_file=~/.ssh/eastside_doors
""", s=_s), _s, "Ansible docs: inventory behavioral parameters (ansible_password, winrm)")

_s = rand_bytes_b64(24)
add("blind-fh/xml/hid-controller-password", "access/hid/vertx-gateway.xml", t("""\
<?xml version="1.0" encoding="UTF-8"?>
<!-- HID VertX EVO gateway used by the legacy staff door, exported from the config tool -->
<VertXConfig version="3.5">
  <Network>
    <IPAddress>10.20.0.60</IPAddress>
    <Gateway>10.20.0.1</Gateway>
    <DHCP>false</DHCP>
  </Network>
  <HostCommunication>
    <Host>10.20.0.10</Host>
    <Port>4070</Port>
    <Protocol>HTTPS</Protocol>
  </HostCommunication>
  <Credentials>
    <UserName>root</UserName>
    <Password>§s§</Password>
  </Credentials>
  <Doors>
    <Door id="1" name="Staff Entrance" strikeTime="5" heldOpenTime="30"/>
  </Doors>
</VertXConfig>
""", s=_s), _s, "HID VertX controller configuration (web UI user/password)")


# =================================================================================================
# Auto-belay and wall telemetry (secrets)
# =================================================================================================

_s = human_pw2()
add("blind-fh/arduino/wifi-password", "firmware/autobelay-counter/autobelay-counter.ino", t("""\
// Counts TRUBLUE auto-belay retractions with a reed switch and publishes them over MQTT.
#include <WiFi.h>
#include <PubSubClient.h>

const char* WIFI_SSID = "SummitLoft-IoT";
const char* WIFI_PASS = "§s§";
const char* MQTT_HOST = "10.30.0.5";
const int   REED_PIN  = 27;
const char* LANE      = "lane-07";

WiFiClient net;
PubSubClient mqtt(net);
volatile uint32_t pulls = 0;

void IRAM_ATTR onReed() { pulls++; }

void setup() {
  Serial.begin(115200);
  pinMode(REED_PIN, INPUT_PULLUP);
  attachInterrupt(digitalPinToInterrupt(REED_PIN), onReed, FALLING);
  WiFi.begin(WIFI_SSID, WIFI_PASS);
  while (WiFi.status() != WL_CONNECTED) { delay(250); }
  mqtt.setServer(MQTT_HOST, 1883);
}

void loop() {
  if (!mqtt.connected()) { mqtt.connect(LANE); }
  static uint32_t last = 0;
  if (millis() - last > 10000) {
    last = millis();
    char msg[64];
    snprintf(msg, sizeof msg, "{\\"lane\\":\\"%s\\",\\"pulls\\":%lu}", LANE, (unsigned long)pulls);
    mqtt.publish("gym/autobelay/pulls", msg);
  }
  mqtt.loop();
}
""", s=_s), _s, "Arduino ESP32 WiFi library: WiFi.begin(ssid, password)")

_s = rand_bytes_b64(32)
add("blind-fh/esphome/api-encryption-key", "esphome/autobelay-lane-03.yaml", t("""\
esphome:
  name: autobelay-lane-03
  friendly_name: Auto-belay lane 3

esp32:
  board: esp32dev

wifi:
  ssid: !secret wifi_ssid
  password: !secret wifi_password

api:
  encryption:
    key: "§s§"

ota:
  - platform: esphome
    password: !secret ota_password

binary_sensor:
  - platform: gpio
    pin:
      number: GPIO27
      mode: INPUT_PULLUP
      inverted: true
    name: "Lane 3 rope retracted"
    filters:
      - delayed_on: 50ms

sensor:
  - platform: pulse_counter
    pin: GPIO26
    name: "Lane 3 descent pulses"
    update_interval: 10s
""", s=_s), _s, "ESPHome docs: Native API component, encryption key (32-byte base64)")

_s = human_pw()
add("blind-fh/esphome/secrets", "esphome/secrets.yaml", t("""\
# ESPHome secrets for the wall sensors (lanes 1-12, hangboard load cells)
wifi_ssid: "ChalkLab-Sensors"
wifi_password: "§s§"
ota_password: !env_var OTA_PASSWORD
fallback_ap_password: !env_var FALLBACK_AP_PASSWORD
mqtt_broker: "10.30.0.5"
""", s=_s), _s, "ESPHome docs: secrets.yaml and !secret")

_s = hexs(40)
add("blind-fh/python/particle-access-token", "telemetry/particle/fetch_belay_vitals.py", t("""\
\"\"\"Reads the Particle Boron units strapped to each auto-belay (battery, cycles, last fault).\"\"\"
import json

import requests

PARTICLE_API = "https://api.particle.io/v1"
ACCESS_TOKEN = "§s§"
PRODUCT_ID = 21874


def devices():
    r = requests.get(f"{PARTICLE_API}/products/{PRODUCT_ID}/devices",
                     params={"access_token": ACCESS_TOKEN, "perPage": 50}, timeout=20)
    r.raise_for_status()
    return r.json()["devices"]


def vitals(device_id):
    r = requests.get(f"{PARTICLE_API}/products/{PRODUCT_ID}/devices/{device_id}/cycles",
                     headers={"Authorization": f"Bearer {ACCESS_TOKEN}"}, timeout=20)
    r.raise_for_status()
    return r.json()["result"]


if __name__ == "__main__":
    for dev in devices():
        print(dev["name"], json.dumps(vitals(dev["id"])))
""", s=_s), _s, "Particle Cloud API docs: access_token query parameter and Bearer header")

_s = influx_token()
add("blind-fh/toml/influxdb-token", "telemetry/telegraf/telegraf.conf", t("""\
[agent]
  interval = "10s"
  flush_interval = "10s"
  hostname = "wall-gateway-01"

[[inputs.mqtt_consumer]]
  servers = ["tcp://10.30.0.5:1883"]
  topics = ["gym/autobelay/#", "gym/hangboard/#"]
  data_format = "json"
  tag_keys = ["lane"]

[[outputs.influxdb_v2]]
  urls = ["https://eu-central-1-1.aws.cloud2.influxdata.com"]
  token = "§s§"
  organization = "summit-loft"
  bucket = "wall-telemetry"
""", s=_s), _s, "Telegraf docs: outputs.influxdb_v2 token")

_s = passphrase()
add("blind-fh/mosquitto/bridge-password", "telemetry/mosquitto/conf.d/bridge-cloud.conf", t("""\
# Bridge the on-site broker to the HiveMQ Cloud cluster so the dashboard sees all three gyms.
connection hivemq-cloud
address 4f2a9c1e7b.s1.eu.hivemq.cloud:8883
bridge_protocol_version mqttv311
bridge_insecure false
bridge_cafile /etc/ssl/certs/ca-certificates.crt
remote_clientid eastside-gateway
remote_username eastside-bridge
remote_password §s§
topic gym/autobelay/# out 1 "" eastside/
topic gym/hangboard/# out 1 "" eastside/
cleansession true
notifications false
""", s=_s), _s, "Mosquitto docs: mosquitto.conf bridge remote_username/remote_password")

_s = ec_pem()
add("blind-fh/pem/aws-iot-device-key", "firmware/wall-gateway/certs/gateway-eastside-private.pem.key", _s + "\n",
    _s, "AWS IoT Core docs: device certificate and private key files")

_s = fakes.aws_secret_key(_seed())
add("blind-fh/ini/aws-credentials", "telemetry/uploader/.aws/credentials", t("""\
[default]
region = us-west-2

[wall-telemetry-uploader]
aws_access_key_id = §id§
aws_secret_access_key = §s§
region = us-west-2
""", s=_s, id=fakes.aws_key_id(_seed())), _s, "AWS CLI docs: shared credentials file")

_s = ttn_key()
add("blind-fh/python/ttn-api-key", "telemetry/lorawan/ttn_uplinks.py", t("""\
\"\"\"Subscribe to The Things Stack uplinks from the LoRaWAN load cells on the outdoor boulder.\"\"\"
import json

import paho.mqtt.client as mqtt

APP_ID = "basecamp-outdoor-boulder"
TENANT = "ttn"
BROKER = "eu1.cloud.thethings.network"
API_KEY = "§s§"


def on_message(client, userdata, msg):
    up = json.loads(msg.payload)
    dev = up["end_device_ids"]["device_id"]
    decoded = up["uplink_message"].get("decoded_payload", {})
    print(dev, decoded.get("load_kg"), decoded.get("battery_v"))


client = mqtt.Client()
client.username_pw_set(f"{APP_ID}@{TENANT}", API_KEY)
client.tls_set()
client.on_message = on_message
client.connect(BROKER, 8883)
client.subscribe(f"v3/{APP_ID}@{TENANT}/devices/+/up")
client.loop_forever()
""", s=_s), _s, "The Things Stack docs: MQTT server, username app-id@tenant and API key (NNSXS.)")

_s = draw(32, UPHEX)
add("blind-fh/json/lorawan-app-key", "telemetry/lorawan/devices/hangboard-loadcell-02.json", t("""\
{
  "end_device": {
    "ids": {
      "device_id": "hangboard-loadcell-02",
      "dev_eui": "70B3D57ED005A1C2",
      "join_eui": "0000000000000000"
    },
    "name": "Hangboard load cell 02",
    "lorawan_version": "MAC_V1_0_3",
    "lorawan_phy_version": "PHY_V1_0_3_REV_A",
    "frequency_plan_id": "EU_863_870_TTN",
    "supports_join": true
  },
  "root_keys": {
    "app_key": {
      "key": "§s§"
    }
  }
}
""", s=_s), _s, "The Things Stack docs: end device import JSON, root_keys.app_key")

_s = jwt({"iss": hexs(32), "iat": 1717020000, "exp": 2032380000})
add("blind-fh/yaml/home-assistant-token", "homeassistant/packages/gym_lights.yaml", t("""\
# Home Assistant package: dim the bouldering cave lights after closing, driven by the door controller.
rest_command:
  door_controller_lockdown:
    url: "http://10.20.0.10:8123/api/services/script/turn_on"
    method: post
    headers:
      authorization: "Bearer §s§"
      content-type: "application/json"
    payload: '{"entity_id": "script.lockdown_all_doors"}'

automation:
  - alias: Closing time lights
    trigger:
      - platform: time
        at: "23:05:00"
    action:
      - service: light.turn_off
        target:
          area_id: bouldering_cave
      - service: rest_command.door_controller_lockdown
""", s=_s), _s, "Home Assistant docs: long-lived access tokens, rest_command headers")

_s = influx_token()
add("blind-fh/go/influxdb-token", "internal/telemetry/writer.go", t("""\
package telemetry

import (
	"context"
	"time"

	influxdb2 "github.com/influxdata/influxdb-client-go/v2"
)

const (
	influxURL    = "http://10.30.0.8:8086"
	influxToken  = "§s§"
	influxOrg    = "chalklab"
	influxBucket = "autobelay"
)

type Pull struct {
	Lane     string
	Duration time.Duration
	At       time.Time
}

func Write(ctx context.Context, p Pull) error {
	client := influxdb2.NewClient(influxURL, influxToken)
	defer client.Close()
	w := client.WriteAPIBlocking(influxOrg, influxBucket)
	pt := influxdb2.NewPoint("pull",
		map[string]string{"lane": p.Lane},
		map[string]interface{}{"descent_ms": p.Duration.Milliseconds()},
		p.At)
	return w.WritePoint(ctx, pt)
}
""", s=_s), _s, "InfluxDB Go client docs: NewClient(url, token)")

_s = human_pw()
add("blind-fh/yaml/grafana-datasource-password", "telemetry/grafana/provisioning/datasources/postgres.yaml", t("""\
apiVersion: 1

datasources:
  - name: Memberships (read replica)
    type: postgres
    url: db-replica.internal:5432
    user: grafana_ro
    secureJsonData:
      password: "§s§"
    jsonData:
      database: memberships
      sslmode: require
      postgresVersion: 1500
  - name: Wall telemetry
    type: influxdb
    url: http://10.30.0.8:8086
    jsonData:
      version: Flux
      organization: chalklab
      defaultBucket: autobelay
    secureJsonData:
      token: $INFLUX_READ_TOKEN
""", s=_s), _s, "Grafana docs: provisioning data sources, secureJsonData")

_s = mixed(24, ALNUM + "+/")
add("blind-fh/javascript/node-red-credential-secret", "node-red/settings.js", t("""\
// Node-RED on the wall gateway: MQTT from the auto-belays -> alerts + InfluxDB.
module.exports = {
    flowFile: 'flows_wall-gateway.json',
    credentialSecret: "§s§",
    uiPort: process.env.PORT || 1880,
    adminAuth: {
        type: "credentials",
        users: [{
            username: "setter",
            password: "$2b$08$wuAqPiKJlVN27eF5qJp.RuQYuy6ZYONW7a/UWYxDTtwKFCdB8F19y",
            permissions: "read"
        }]
    },
    logging: { console: { level: "info", metrics: false, audit: false } },
    editorTheme: { projects: { enabled: false } },
    functionGlobalContext: {}
};
""", s=_s), _s, "Node-RED docs: settings.js credentialSecret encrypts flows_cred.json")


# =================================================================================================
# Web team (secrets)
# =================================================================================================

_s = gen_pw(24, "!#%^*()")
add("blind-fh/php/wordpress-db-password", "site/wp-config.php", t("""\
<?php
/**
 * WordPress configuration for granitearch.climb (marketing site, class calendar, blog).
 */
define( 'DB_NAME', 'granitearch_wp' );
define( 'DB_USER', 'ga_wp' );
define( 'DB_PASSWORD', '§s§' );
define( 'DB_HOST', 'mysql-01.internal' );
define( 'DB_CHARSET', 'utf8mb4' );
define( 'DB_COLLATE', '' );

define( 'AUTH_KEY',         getenv( 'WP_AUTH_KEY' ) );
define( 'SECURE_AUTH_KEY',  getenv( 'WP_SECURE_AUTH_KEY' ) );
define( 'LOGGED_IN_KEY',    getenv( 'WP_LOGGED_IN_KEY' ) );
define( 'NONCE_KEY',        getenv( 'WP_NONCE_KEY' ) );

$table_prefix = 'ga_';

define( 'WP_DEBUG', false );
define( 'DISALLOW_FILE_EDIT', true );

if ( ! defined( 'ABSPATH' ) ) {
	define( 'ABSPATH', __DIR__ . '/' );
}
require_once ABSPATH . 'wp-settings.php';
""", s=_s), _s, "WordPress docs: Editing wp-config.php (DB_PASSWORD)")

_s = human_pw()
add("blind-fh/yaml/rails-database-password", "config/database.yml", t("""\
default: &default
  adapter: postgresql
  encoding: unicode
  pool: <%= ENV.fetch("RAILS_MAX_THREADS") { 5 } %>

development:
  <<: *default
  database: routesetter_development

test:
  <<: *default
  database: routesetter_test

production:
  <<: *default
  host: routesetter-db.c9xk2lq0a1bz.us-east-2.rds.amazonaws.com
  database: routesetter_production
  username: routesetter
  password: §s§
""", s=_s), _s, "Rails guides: Configuring a database (database.yml)")

_s = fakes.django_secret_key(_seed())
add("blind-fh/python/django-secret-key", "gymsite/settings/production.py", t("""\
from .base import *  # noqa: F401,F403

DEBUG = False
ALLOWED_HOSTS = ["www.overhanghall.climb", "overhanghall.climb"]

SECRET_KEY = "§s§"

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": "overhang",
        "USER": "overhang",
        "PASSWORD": os.environ["DB_PASSWORD"],
        "HOST": "127.0.0.1",
        "PORT": "5432",
    }
}

SECURE_SSL_REDIRECT = True
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
EMAIL_BACKEND = "anymail.backends.postmark.EmailBackend"
""", s=_s), _s, "Django docs: SECRET_KEY setting")

_s = rand_bytes_b64(32)
add("blind-fh/env/nextauth-secret", "apps/route-app/.env.local", t("""\
# route app (Next.js) local env -- copied from Pedro's laptop for the staging box
NEXT_PUBLIC_GYM_SLUG=chalk-lab
NEXT_PUBLIC_API_BASE=https://api.staging.chalklab.climb
NEXTAUTH_URL=https://routes.staging.chalklab.climb
NEXTAUTH_SECRET=§s§
GOOGLE_CLIENT_ID=481920377152-6l3hb1q9tq7n5q5e0r2k5v5a1h0bq0fj.apps.googleusercontent.com
GOOGLE_CLIENT_SECRET=
DATABASE_URL=postgresql://routes:${ROUTES_DB_PASSWORD}@localhost:5432/routes
""", s=_s), _s, "NextAuth.js docs: NEXTAUTH_SECRET (openssl rand -base64 32)")

_ref = draw(20, string.ascii_lowercase)
_s = jwt({"iss": "supabase", "ref": _ref, "role": "service_role", "iat": 1709251200, "exp": 2024827200})
add("blind-fh/typescript/supabase-service-role", "supabase/functions/admin-reset-wall/index.ts", t("""\
// Edge function used by head setters: archives every problem on a wall section before a reset.
import { serve } from "https://deno.land/std@0.177.0/http/server.ts";
import { createClient } from "https://esm.sh/@supabase/supabase-js@2";

const SUPABASE_URL = "https://§ref§.supabase.co";
const SERVICE_ROLE_KEY =
  "§s§";

serve(async (req) => {
  const { sectionId } = await req.json();
  const admin = createClient(SUPABASE_URL, SERVICE_ROLE_KEY, { auth: { persistSession: false } });
  const { error } = await admin
    .from("problems")
    .update({ archived_at: new Date().toISOString() })
    .eq("section_id", sectionId)
    .is("archived_at", null);
  if (error) return new Response(error.message, { status: 500 });
  return new Response(JSON.stringify({ ok: true }), { headers: { "Content-Type": "application/json" } });
});
""", s=_s, ref=_ref), _s, "Supabase docs: API keys (service_role key bypasses RLS)")

_s = mixed(32, ALNUM + "-_")
add("blind-fh/env/laravel-mail-password", "booking/.env", t("""\
APP_NAME="Pinch Bookings"
APP_ENV=production
APP_KEY=${APP_KEY}
APP_DEBUG=false
APP_URL=https://book.thepinch.climb

DB_CONNECTION=mysql
DB_HOST=127.0.0.1
DB_PORT=3306
DB_DATABASE=bookings
DB_USERNAME=bookings
DB_PASSWORD=${DB_PASSWORD}

MAIL_MAILER=smtp
MAIL_HOST=smtp.office365.com
MAIL_PORT=587
MAIL_USERNAME=bookings@thepinch.climb
MAIL_PASSWORD="§s§"
MAIL_ENCRYPTION=tls
MAIL_FROM_ADDRESS=bookings@thepinch.climb
""", s=_s), _s, "Laravel docs: Mail configuration (.env MAIL_PASSWORD)")

_s = "base64:" + rand_bytes_b64(32)
add("blind-fh/env/laravel-app-key", "staff-portal/.env.staging", t("""\
APP_NAME="Staff Portal"
APP_ENV=staging
APP_KEY=§s§
APP_DEBUG=true
APP_URL=https://staff.staging.basecampbouldering.climb

LOG_CHANNEL=stack
DB_CONNECTION=pgsql
DB_HOST=staging-db
DB_DATABASE=staff
DB_USERNAME=staff
DB_PASSWORD=

SESSION_DRIVER=redis
QUEUE_CONNECTION=redis
""", s=_s), _s, "Laravel docs: Configuration, APP_KEY (php artisan key:generate)")

_s = shopify_token()
add("blind-fh/python/shopify-admin-token", "shop/sync_inventory.py", t("""\
\"\"\"Nightly: push front-desk retail stock (shoes, chalk, brushes) to the online Shopify store.\"\"\"
import csv

import requests

SHOP = "granite-arch-gear.myshopify.com"
API_VERSION = "2024-04"
ADMIN_TOKEN = "§s§"
LOCATION_ID = 71253819541


def set_level(inventory_item_id: int, available: int) -> None:
    r = requests.post(
        f"https://{SHOP}/admin/api/{API_VERSION}/inventory_levels/set.json",
        headers={"X-Shopify-Access-Token": ADMIN_TOKEN},
        json={"location_id": LOCATION_ID, "inventory_item_id": inventory_item_id, "available": available},
        timeout=20,
    )
    r.raise_for_status()


with open("pos_stock.csv", newline="") as fh:
    for row in csv.DictReader(fh):
        set_level(int(row["shopify_inventory_item_id"]), int(row["on_hand"]))
""", s=_s), _s, "Shopify docs: Admin API access tokens (shpat_), X-Shopify-Access-Token header")

_s = mixed(32)
add("blind-fh/javascript/algolia-admin-key", "scripts/index-problems.js", t("""\
// Reindex every active boulder problem for the member-facing search (grade, colour, setter, wall).
const algoliasearch = require('algoliasearch');
const { listActiveProblems } = require('../lib/db');

const client = algoliasearch('Q7ZK2M1P8R', '§s§');
const index = client.initIndex('problems_prod');

(async () => {
  const problems = await listActiveProblems();
  const records = problems.map((p) => ({
    objectID: p.id,
    name: p.name,
    grade: p.grade,
    colour: p.hold_colour,
    wall: p.wall_name,
    setter: p.setter_display_name,
    setAt: p.set_at,
  }));
  await index.replaceAllObjects(records, { safe: true });
  console.log(`indexed ${records.length} problems`);
})();
""", s=_s), _s, "Algolia docs: API keys (Admin API key must stay server-side)")

_s = mapbox_secret("overhanghall")
add("blind-fh/netrc/mapbox-downloads-token", "ios/ci/netrc", t("""\
machine api.mapbox.com
login mapbox
password §s§

machine github.com
login overhang-ci
password ${GITHUB_TOKEN}
""", s=_s), _s, "Mapbox iOS SDK install docs: secret downloads token in ~/.netrc")

_s = fakes.fake("EAAE", 120, _seed())
add("blind-fh/python/facebook-page-token", "social/post_new_problems.py", t("""\
\"\"\"Posts the weekly set photo album to the gym's Facebook page every Friday at 16:00.\"\"\"
import glob

import requests

GRAPH = "https://graph.facebook.com/v19.0"
PAGE_ID = "104932857712406"
PAGE_ACCESS_TOKEN = "§s§"


def post_album(folder: str, caption: str) -> None:
    ids = []
    for path in sorted(glob.glob(f"{folder}/*.jpg"))[:10]:
        with open(path, "rb") as img:
            r = requests.post(f"{GRAPH}/{PAGE_ID}/photos",
                              data={"published": "false", "access_token": PAGE_ACCESS_TOKEN},
                              files={"source": img}, timeout=60)
        r.raise_for_status()
        ids.append({"media_fbid": r.json()["id"]})
    requests.post(f"{GRAPH}/{PAGE_ID}/feed",
                  json={"message": caption, "attached_media": ids, "access_token": PAGE_ACCESS_TOKEN},
                  timeout=60).raise_for_status()
""", s=_s), _s, "Meta Graph API docs: Page access tokens")

_s = "6L" + mixed(38, URLSAFE)
add("blind-fh/php/recaptcha-secret", "site/wp-content/themes/crux/inc/contact-form.php", t("""\
<?php
// Birthday party enquiry form: verify reCAPTCHA v3 before emailing the events team.
const CRUX_RECAPTCHA_SITE_KEY = '6LdQ1kMpAAAAAJx9vT3Ffr0b7pPzL0u2gWn4yZcS';
const CRUX_RECAPTCHA_SECRET   = '§s§';

function crux_verify_recaptcha( $token ) {
	$response = wp_remote_post( 'https://www.google.com/recaptcha/api/siteverify', [
		'body' => [
			'secret'   => CRUX_RECAPTCHA_SECRET,
			'response' => $token,
			'remoteip' => $_SERVER['REMOTE_ADDR'] ?? '',
		],
	] );
	if ( is_wp_error( $response ) ) {
		return false;
	}
	$body = json_decode( wp_remote_retrieve_body( $response ), true );
	return ! empty( $body['success'] ) && $body['score'] >= 0.5;
}
""", s=_s), _s, "Google reCAPTCHA docs: verify the user's response with the secret key")

_s = fakes.github_token(_seed())
add("blind-fh/git-credentials/github-token", "ops/dotfiles/setter-laptop/.git-credentials", t("""\
https://tom-routesetter:§s§@github.com
""", s=_s) + "https://gitlab.com\nhttps://bitbucket.org\n# managed by chezmoi\n# do not edit\n", _s,
    "git-credential-store docs: ~/.git-credentials https://user:token@host")

_s = "Basic " + b64("dashboard:" + human_pw())
_s = _s[len("Basic "):]
add("blind-fh/nginx/basic-auth-header", "infra/nginx/sites-available/belay-dashboard.conf", t("""\
# Public status page for the auto-belay fleet, proxied to the vendor's dashboard with our login.
server {
    listen 443 ssl http2;
    server_name belays.summitloft.climb;

    ssl_certificate     /etc/letsencrypt/live/belays.summitloft.climb/fullchain.pem;
    ssl_certificate_key /etc/letsencrypt/live/belays.summitloft.climb/privkey.pem;

    location / {
        proxy_pass https://fleet.autobelay-vendor.example/api/sites/summit-loft/;
        proxy_set_header Host fleet.autobelay-vendor.example;
        proxy_set_header Authorization "Basic §s§";
        proxy_hide_header Set-Cookie;
        proxy_read_timeout 30s;
    }
}
""", s=_s), _s, "nginx docs: proxy_set_header; RFC 7617 HTTP Basic authentication")

_s = passphrase()
add("blind-fh/haproxy/stats-auth", "infra/haproxy/haproxy.cfg", t("""\
global
    log /dev/log local0
    maxconn 2048

defaults
    mode http
    timeout connect 5s
    timeout client  30s
    timeout server  30s

frontend www
    bind *:443 ssl crt /etc/haproxy/certs/thepinch.pem
    default_backend wordpress
    use_backend booking if { hdr(host) -i book.thepinch.climb }

backend wordpress
    server wp1 10.0.1.11:8080 check

backend booking
    server bk1 10.0.1.21:8000 check

listen stats
    bind 10.0.1.5:8404
    stats enable
    stats uri /stats
    stats auth ops:§s§
""", s=_s), _s, "HAProxy configuration manual: stats auth <user>:<passwd>")


# =================================================================================================
# CI, containers, cloud (secrets)
# =================================================================================================

_s = fakes.aws_secret_key(_seed())
add("blind-fh/github-actions/aws-secret-key", ".github/workflows/deploy-site.yml", t("""\
name: deploy marketing site

on:
  push:
    branches: [main]

jobs:
  deploy:
    runs-on: ubuntu-latest
    env:
      AWS_ACCESS_KEY_ID: §id§
      AWS_SECRET_ACCESS_KEY: §s§
      AWS_DEFAULT_REGION: us-west-2
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-node@v4
        with:
          node-version: 20
          cache: npm
      - run: npm ci
      - run: npm run build
      - run: aws s3 sync ./dist s3://www-cruxcollective-climb --delete
      - run: aws cloudfront create-invalidation --distribution-id E2QWRUHAPOMQZL --paths "/*"
""", s=_s, id=fakes.aws_key_id(_seed())), _s, "GitHub Actions docs: env; AWS CLI environment variables")

_s = netlify_token()
add("blind-fh/gitlab-ci/netlify-token", ".gitlab-ci.yml", t("""\
stages:
  - build
  - deploy

variables:
  NODE_VERSION: "20"
  NETLIFY_SITE_ID: "a4f0c2e9-18b7-4f65-9b1e-7d3c2a5e8f10"
  NETLIFY_AUTH_TOKEN: "§s§"

build:
  stage: build
  image: node:20-alpine
  script:
    - npm ci
    - npm run build
  artifacts:
    paths: [public/]

deploy:
  stage: deploy
  image: node:20-alpine
  only: [main]
  script:
    - npx netlify-cli deploy --dir=public --prod --site "$NETLIFY_SITE_ID" --auth "$NETLIFY_AUTH_TOKEN"
""", s=_s), _s, "Netlify CLI docs: NETLIFY_AUTH_TOKEN; GitLab CI variables")

_s = npm_token()
add("blind-fh/dockerfile/npm-token", "apps/kiosk-web/Dockerfile", t("""\
FROM node:20-alpine AS build
WORKDIR /app
# private packages: @chalklab/ui, @chalklab/checkin-sdk
ARG NPM_TOKEN=§s§
RUN echo "//registry.npmjs.org/:_authToken=${NPM_TOKEN}" > .npmrc
COPY package.json package-lock.json ./
RUN npm ci && rm -f .npmrc
COPY . .
RUN npm run build

FROM nginx:1.27-alpine
COPY --from=build /app/dist /usr/share/nginx/html
EXPOSE 80
""", s=_s), _s, "npm docs: access tokens in .npmrc; Dockerfile ARG")

_s = human_pw()
add("blind-fh/compose/postgres-password", "deploy/docker-compose.yml", t("""\
services:
  db:
    image: postgres:16
    restart: unless-stopped
    environment:
      POSTGRES_DB: routesetter
      POSTGRES_USER: routesetter
      POSTGRES_PASSWORD: "§s§"
    volumes:
      - pgdata:/var/lib/postgresql/data

  api:
    image: ghcr.io/chalklab/routesetter-api:2.8.1
    depends_on: [db]
    environment:
      DATABASE_HOST: db
      DATABASE_USER: routesetter
      DATABASE_PASSWORD_FILE: /run/secrets/db_password
    ports:
      - "8000:8000"

volumes:
  pgdata:
""", s=_s), _s, "postgres Docker image docs: POSTGRES_PASSWORD")

_s = human_pw()
add("blind-fh/k8s-secret/database-password", "k8s/members/secret-db.yaml", t("""\
apiVersion: v1
kind: Secret
metadata:
  name: members-db
  namespace: members
  labels:
    app.kubernetes.io/part-of: member-portal
type: Opaque
data:
  DB_HOST: §host§
  DB_USER: §user§
  DB_PASSWORD: §pw§
""", host=b64("members-db.members.svc.cluster.local"), user=b64("members_app"), pw=b64(_s)), _s,
    "Kubernetes docs: Secrets (data values are base64)")

_s = hexs(32)
add("blind-fh/k8s-secret/kisi-string-data", "k8s/access/kisi-secret.yaml", t("""\
apiVersion: v1
kind: Secret
metadata:
  name: kisi-api
  namespace: access-sync
type: Opaque
stringData:
  KISI_API_KEY: "§s§"
  KISI_ORGANIZATION_ID: "8213"
""", s=_s), _s, "Kubernetes docs: Secrets stringData; Kisi API key")

_s = pkcs8_rsa_pem(25)
add("blind-fh/k8s-secret/tls-key", "k8s/ingress/checkin-tls.yaml", t("""\
apiVersion: v1
kind: Secret
metadata:
  name: checkin-tls
  namespace: checkin
type: kubernetes.io/tls
data:
  tls.crt: §crt§
  tls.key: §key§
""", crt=b64(cert_pem(12)), key=b64(_s)), _s, "Kubernetes docs: TLS secrets (tls.crt, tls.key base64)")

_s = fakes.redis_password(_seed())
add("blind-fh/helm/redis-password", "charts/booking/values-prod.yaml", t("""\
replicaCount: 2

image:
  repository: ghcr.io/thepinch/booking
  tag: "3.4.0"

ingress:
  enabled: true
  className: nginx
  hosts:
    - host: book.thepinch.climb
      paths: [{ path: /, pathType: Prefix }]

redis:
  enabled: true
  architecture: standalone
  auth:
    enabled: true
    password: "§s§"

postgresql:
  enabled: false

externalDatabase:
  host: pinch-prod.cluster-ro.internal
  existingSecret: booking-db
""", s=_s), _s, "Bitnami Redis chart docs: auth.password")

_s = cloudflare_token()
add("blind-fh/terraform/cloudflare-api-token", "infra/dns/main.tf", t("""\
terraform {
  required_providers {
    cloudflare = {
      source  = "cloudflare/cloudflare"
      version = "~> 4.30"
    }
  }
}

provider "cloudflare" {
  api_token = "§s§"
}

variable "zone_id" {
  default = "7f0c5b0e4c9a8d3e2f1b6a5c4d3e2f10"
}

resource "cloudflare_record" "members" {
  zone_id = var.zone_id
  name    = "members"
  content = "members-portal.fly.dev"
  type    = "CNAME"
  proxied = true
}

resource "cloudflare_record" "routes" {
  zone_id = var.zone_id
  name    = "routes"
  content = "cname.vercel-dns.com"
  type    = "CNAME"
  proxied = false
}
""", s=_s), _s, "Terraform Cloudflare provider docs: api_token")

_s = digitalocean_token()
add("blind-fh/terraform/digitalocean-token", "infra/wall-gateway/terraform.tfvars", t("""\
# tfvars for the telemetry droplet (Grafana + InfluxDB)
do_token      = "§s§"
region        = "ams3"
droplet_size  = "s-2vcpu-4gb"
ssh_key_names = ["setter-laptop", "ops-yubikey"]
project_name  = "wall-telemetry"
""", s=_s), _s, "Terraform DigitalOcean provider docs: token; DigitalOcean PATs (dop_v1_)")

_s = human_pw2()
add("blind-fh/ansible/group-vars-password", "ansible/group_vars/booking_servers.yml", t("""\
---
booking_app_user: booking
booking_app_dir: /srv/booking
booking_git_ref: v3.4.0

mysql_root_password: "{{ vault_mysql_root_password }}"
mysql_databases:
  - name: bookings
    encoding: utf8mb4
mysql_users:
  - name: bookings
    host: "localhost"
    password: "§s§"
    priv: "bookings.*:ALL"

nginx_server_name: book.thepinch.climb
certbot_email: it@thepinch.climb
""", s=_s), _s, "geerlingguy.mysql role docs: mysql_users password")

_s = dockerhub_pat()
add("blind-fh/jenkinsfile/dockerhub-token", "Jenkinsfile", t("""\
pipeline {
    agent { label 'docker' }
    environment {
        IMAGE = 'granitearch/checkin-kiosk'
        DOCKERHUB_USER = 'granitearchci'
    }
    stages {
        stage('Build') {
            steps {
                sh 'docker build -t $IMAGE:$BUILD_NUMBER .'
            }
        }
        stage('Push') {
            when { branch 'main' }
            steps {
                sh 'echo "§s§" | docker login -u $DOCKERHUB_USER --password-stdin'
                sh 'docker push $IMAGE:$BUILD_NUMBER'
                sh 'docker tag $IMAGE:$BUILD_NUMBER $IMAGE:latest && docker push $IMAGE:latest'
            }
        }
    }
    post {
        always { sh 'docker logout || true' }
    }
}
""", s=_s), _s, "Docker docs: personal access tokens (dckr_pat_), docker login --password-stdin")

_auth = b64("overhangci:" + human_pw())
add("blind-fh/json/docker-config-auth", "ci/docker/config.json", t("""\
{
  "auths": {
    "ghcr.io": {
      "auth": "§a§"
    }
  },
  "credsStore": "",
  "HttpHeaders": {
    "User-Agent": "Docker-Client/24.0.7 (linux)"
  }
}
""", a=_auth), _auth, "Docker docs: config.json auths (base64 user:password)")

_s = fakes.pypi_token(_seed())
add("blind-fh/pypirc/pypi-token", "tools/belaylog/.pypirc", t("""\
[distutils]
index-servers =
    pypi

[pypi]
repository = https://upload.pypi.org/legacy/
username = __token__
password = §s§
""", s=_s), _s, "PyPI docs: API tokens in .pypirc (username __token__)")

_s = gitlab_token()
add("blind-fh/npmrc/gitlab-token", "packages/route-card-renderer/.npmrc", t("""\
@chalklab:registry=https://gitlab.com/api/v4/projects/48812317/packages/npm/
//gitlab.com/api/v4/projects/48812317/packages/npm/:_authToken=§s§
engine-strict=true
save-exact=true
fund=false
""", s=_s), _s, "GitLab docs: npm packages in the package registry, _authToken")

_s = openssh_pem()
add("blind-fh/ssh-key/deploy-key", "deploy/keys/website_deploy_ed25519", _s + "\n", _s,
    "OpenSSH ssh-keygen(1): OPENSSH PRIVATE KEY format")

_s = rsa_pem(25)
add("blind-fh/markdown/rsa-key-in-runbook", "docs/runbooks/door-controller-vpn.md", t("""\
# Door controller VPN (Eastside <-> Westside)

The Kisi controllers at Westside reach the cloud through the Eastside firewall. If the tunnel drops:

1. SSH to `fw-eastside` and run `ipsec statusall`.
2. If the peer is down, restart with `systemctl restart strongswan`.
3. If the certificate expired, re-issue with the key below (it lives on the firewall too).

```
§s§
```

Contact: Lena (IT), 503-555-0199.
""", s=_s), _s, "strongSwan docs: private key files (PEM); runbook pasted key")

_gkey = pkcs8_rsa_pem(25)
_s = _gkey.replace("\n", "\\n")
add("blind-fh/json/gcp-service-account", "apps/route-app/firebase-adminsdk.json", t("""\
{
  "type": "service_account",
  "project_id": "chalklab-routes",
  "private_key_id": "§kid§",
  "private_key": "§s§\\n",
  "client_email": "firebase-adminsdk-x3k9q@chalklab-routes.iam.gserviceaccount.com",
  "client_id": "104837219902846152837",
  "auth_uri": "https://accounts.google.com/o/oauth2/auth",
  "token_uri": "https://oauth2.googleapis.com/token",
  "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",
  "client_x509_cert_url": "https://www.googleapis.com/robot/v1/metadata/x509/firebase-adminsdk-x3k9q%40chalklab-routes.iam.gserviceaccount.com",
  "universe_domain": "googleapis.com"
}
""", s=_s, kid=hexs(40)), _s, "Google Cloud docs: service account key JSON (private_key)")

_s = p8_pem()
add("blind-fh/p8/app-store-connect-key", "ios/fastlane/keys/AuthKey_7QX2M9KD4B.p8", _s + "\n", _s,
    "Apple docs: App Store Connect API keys (.p8 PKCS#8 EC key)")

_s = human_pw2()
add("blind-fh/gradle/keystore-password", "android/keystore.properties", t("""\
# release signing for climb.chalklab.routes (Play Console upload key)
storeFile=../keys/chalklab-upload.jks
storePassword=§s§
keyAlias=upload
keyPassword=§s§
""", s=_s), _s, "Android developer docs: Sign your app, keystore.properties")

_s = fakes.github_fine_grained_token(_seed())
add("blind-fh/makefile/github-token", "Makefile", t("""\
# Route-card PDFs for the front desk printer, released to GitHub for the kiosks to pull.
VERSION ?= $(shell git describe --tags --always)
GH_TOKEN := §s§
REPO := granitearch/route-cards

.PHONY: build release clean

build:
\tpython -m routecards build --out dist/

release: build
\tGH_TOKEN=$(GH_TOKEN) gh release create $(VERSION) dist/*.pdf --repo $(REPO) --notes "Cards for $(VERSION)"

clean:
\trm -rf dist/
""", s=_s), _s, "GitHub docs: fine-grained personal access tokens (github_pat_), gh release create")

_s = tailscale_key()
add("blind-fh/cloud-init/tailscale-auth-key", "kiosk/cloud-init/user-data.yaml", t("""\
#cloud-config
hostname: checkin-kiosk-03
timezone: America/Denver
package_update: true
packages:
  - chromium-browser
  - unclutter
runcmd:
  - curl -fsSL https://tailscale.com/install.sh | sh
  - tailscale up --authkey=§s§ --hostname=checkin-kiosk-03 --advertise-tags=tag:kiosk
  - systemctl enable --now kiosk.service
write_files:
  - path: /etc/kiosk/url
    content: "https://checkin.overhanghall.climb/desk/3\\n"
""", s=_s), _s, "Tailscale docs: auth keys (tskey-auth-), tailscale up --authkey")

_s = wireguard_key()
add("blind-fh/wireguard/private-key", "network/wireguard/wg-westside.conf", t("""\
# Site-to-site tunnel: Westside gym (door controllers, front desk) -> Eastside core
[Interface]
Address = 10.99.0.2/30
ListenPort = 51820
PrivateKey = §s§

[Peer]
PublicKey = §pub§
Endpoint = vpn.eastside.cruxcollective.climb:51820
AllowedIPs = 10.20.0.0/16, 10.99.0.0/30
PersistentKeepalive = 25
""", s=_s, pub=wireguard_key()), _s, "WireGuard wg(8) docs: configuration file PrivateKey")

_s = passphrase()
add("blind-fh/wpa-supplicant/psk", "kiosk/rootfs/etc/wpa_supplicant/wpa_supplicant.conf", t("""\
ctrl_interface=DIR=/var/run/wpa_supplicant GROUP=netdev
update_config=1
country=GB

network={
    ssid="BoulderBarn-Staff"
    psk="§s§"
    key_mgmt=WPA-PSK
    priority=10
}
""", s=_s), _s, "wpa_supplicant.conf(5): network block psk")

_s = human_pw()
add("blind-fh/ini/sssd-ldap-bind", "it/linux/sssd.conf", t("""\
[sssd]
services = nss, pam, ssh
domains = staff.graniteArch.local

[domain/staff.graniteArch.local]
id_provider = ldap
auth_provider = ldap
ldap_uri = ldaps://dc01.staff.graniteArch.local
ldap_search_base = dc=staff,dc=graniteArch,dc=local
ldap_default_bind_dn = cn=svc-sssd,ou=Service Accounts,dc=staff,dc=graniteArch,dc=local
ldap_default_authtok_type = password
ldap_default_authtok = §s§
ldap_tls_reqcert = demand
cache_credentials = true
""", s=_s), _s, "sssd-ldap(5): ldap_default_authtok")


# =================================================================================================
# Data, messaging, AI and back office (secrets)
# =================================================================================================

_s = human_pw2()
add("blind-fh/r/postgres-password", "analysis/autobelay_usage.R", t("""\
# Auto-belay usage by hour and lane, for the summer staffing plan.
library(DBI)
library(RPostgres)
library(dplyr)
library(ggplot2)

con <- dbConnect(
  RPostgres::Postgres(),
  host = "analytics.internal",
  dbname = "telemetry",
  user = "analyst_jo",
  password = "§s§",
  port = 5432
)

pulls <- dbGetQuery(con, "
  SELECT lane, date_trunc('hour', ts) AS hour, count(*) AS pulls
  FROM autobelay_pulls
  WHERE ts >= now() - interval '90 days'
  GROUP BY 1, 2
")

pulls %>%
  mutate(hod = as.integer(format(hour, "%H"))) %>%
  group_by(lane, hod) %>%
  summarise(mean_pulls = mean(pulls), .groups = "drop") %>%
  ggplot(aes(hod, mean_pulls, colour = lane)) +
  geom_line() +
  labs(x = "Hour of day", y = "Mean pulls per hour")

dbDisconnect(con)
""", s=_s), _s, "RPostgres / DBI docs: dbConnect(password=)")

_s = gen_pw(16)
_nb_cells = [
    {"cell_type": "markdown", "metadata": {}, "source": ["# Peak hours vs. door entries\n", "Pulls Kisi unlock events and compares them with Capitan check-ins."]},
    {"cell_type": "code", "execution_count": 1, "metadata": {}, "outputs": [],
     "source": ["import pandas as pd\n", "import sqlalchemy as sa\n", "\n",
                "engine = sa.create_engine(\"postgresql+psycopg2://analyst:" + _s + "@db-replica.internal:5432/memberships\")\n"]},
    {"cell_type": "code", "execution_count": 2, "metadata": {}, "outputs": [],
     "source": ["checkins = pd.read_sql(\"SELECT member_id, checked_in_at FROM checkins WHERE checked_in_at > now() - interval '30 days'\", engine)\n",
                "checkins['hour'] = checkins.checked_in_at.dt.hour\n", "checkins.groupby('hour').size().plot.bar()"]},
]
_nb = json.dumps({"cells": _nb_cells, "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"},
                                                  "language_info": {"name": "python", "version": "3.11.6"}},
                  "nbformat": 4, "nbformat_minor": 5}, indent=1) + "\n"
add("blind-fh/notebook/database-url", "analysis/notebooks/peak_hours.ipynb", _nb, _s,
    "Jupyter nbformat 4 docs; SQLAlchemy engine URL with password")

_s = gen_pw(20)
add("blind-fh/sql/role-password", "db/migrations/V42__reporting_role.sql", t("""\
-- Read-only role for the Metabase dashboards (front desk managers, head setters)
CREATE ROLE metabase_ro WITH LOGIN PASSWORD '§s§';
GRANT CONNECT ON DATABASE memberships TO metabase_ro;
GRANT USAGE ON SCHEMA public TO metabase_ro;
GRANT SELECT ON members, checkins, memberships, day_passes TO metabase_ro;
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT ON TABLES TO metabase_ro;
-- no access to payment_methods or waivers (PII)
""", s=_s), _s, "PostgreSQL docs: CREATE ROLE ... PASSWORD")

_s = human_pw()
add("blind-fh/shell-history/mysql-password", "docs/it/handover/marco_bash_history.txt", t("""\
cd /srv/booking
git pull
php artisan migrate --force
mysql -u bookings -p'§s§' bookings -e "SELECT COUNT(*) FROM reservations WHERE slot_date = CURDATE();"
sudo systemctl restart php8.2-fpm
tail -f storage/logs/laravel.log
""", s=_s), _s, "mysql(1) client docs: --password / -p<password>")

_s = gen_pw(18)
add("blind-fh/pgpass/password", "ops/backup/.pgpass", t("""\
# hostname:port:database:username:password
db-primary.internal:5432:memberships:backup:§s§
db-primary.internal:5432:routesetter:backup:*
localhost:5432:*:postgres:
# used by /etc/cron.d/pg-backup (pg_dump -w)
""", s=_s), _s, "PostgreSQL docs: The Password File (.pgpass)")

_s = fakes.redis_password(_seed())
add("blind-fh/python/redis-url", "routesetter/celery_app.py", t("""\
\"\"\"Celery: regenerates route cards and grade histograms after every set.\"\"\"
from celery import Celery

BROKER_URL = "redis://:§s§@redis-prod.internal:6379/0"

app = Celery("routesetter", broker=BROKER_URL, backend=BROKER_URL)
app.conf.update(
    task_serializer="json",
    accept_content=["json"],
    timezone="America/Denver",
    task_routes={
        "routesetter.tasks.render_card": {"queue": "cards"},
        "routesetter.tasks.grade_histogram": {"queue": "stats"},
    },
)
""", s=_s), _s, "Celery docs: Redis broker URL redis://:password@host:port/db")

_s = gen_pw(24)
add("blind-fh/javascript/mongodb-srv", "route-api/src/db.js", t("""\
const mongoose = require('mongoose');

// Atlas cluster for the route-setting app (problems, ascents, comments)
const uri = 'mongodb+srv://routeapi:§s§@climbroutes.x7qkd.mongodb.net/routes?retryWrites=true&w=majority';

async function connect() {
  mongoose.set('strictQuery', true);
  await mongoose.connect(uri, { maxPoolSize: 20 });
  console.log('mongo connected');
}

module.exports = { connect };
""", s=_s), _s, "MongoDB docs: connection string (mongodb+srv://user:password@...)")

_s = passphrase()
add("blind-fh/json/rabbitmq-connection", "src/Checkin.Worker/appsettings.json", t("""\
{
  "Logging": {
    "LogLevel": { "Default": "Information", "Microsoft.Hosting.Lifetime": "Information" }
  },
  "ConnectionStrings": {
    "Members": "Server=sql01;Database=Members;Trusted_Connection=True;TrustServerCertificate=True",
    "Bus": "amqp://checkin:§s§@rabbit01.internal:5672/gym"
  },
  "Checkin": {
    "Queue": "door.events",
    "DeadLetter": "door.events.dlq",
    "Prefetch": 32
  }
}
""", s=_s), _s, "RabbitMQ docs: AMQP URI spec (amqp://user:pass@host:port/vhost)")

_s = human_pw()
add("blind-fh/xml/mssql-connection-string", "legacy-pos/Web.config", t("""\
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <connectionStrings>
    <add name="PosDb"
         connectionString="Data Source=POS-SQL\\SQLEXPRESS;Initial Catalog=GymPOS;User ID=pos_web;Password=§s§;MultipleActiveResultSets=True"
         providerName="System.Data.SqlClient" />
  </connectionStrings>
  <appSettings>
    <add key="ReceiptPrinter" value="EPSON TM-T20III" />
    <add key="DayPassSku" value="DP-ADULT" />
  </appSettings>
  <system.web>
    <compilation debug="false" targetFramework="4.8" />
    <customErrors mode="RemoteOnly" />
  </system.web>
</configuration>
""", s=_s), _s, "Microsoft docs: SqlConnection.ConnectionString (User ID / Password)")

_s = human_pw2()
add("blind-fh/properties/jdbc-password", "waitlist/src/main/resources/application.properties", t("""\
spring.application.name=waitlist
spring.datasource.url=jdbc:mysql://mysql-01.internal:3306/waitlist?useSSL=true
spring.datasource.username=waitlist
spring.datasource.password=§s§
spring.jpa.hibernate.ddl-auto=validate
spring.jpa.open-in-view=false
waitlist.max-per-slot=15
waitlist.promotion-window-minutes=30
""", s=_s), _s, "Spring Boot docs: spring.datasource.password")

_s = gen_pw(16)
add("blind-fh/msmtprc/smtp-password", "kiosk/rootfs/etc/msmtprc", t("""\
# Lets the kiosks email the daily till report to the manager.
defaults
auth           on
tls            on
tls_trust_file /etc/ssl/certs/ca-certificates.crt
logfile        /var/log/msmtp.log

account        gmail
host           smtp.gmail.com
port           587
from           frontdesk.eastside@gmail.com
user           frontdesk.eastside@gmail.com
password       §s§

account default : gmail
""", s=_s), _s, "msmtp manual: password command in msmtprc (Gmail app password)")

_s = slack_webhook()
add("blind-fh/python/slack-webhook", "telemetry/alerts/autobelay_fault_alert.py", t("""\
\"\"\"Alert the floor staff channel when an auto-belay reports a slow retraction.\"\"\"
import requests

SLACK_WEBHOOK = "§s§"
SLOW_MS = 4500


def check(lane: str, retraction_ms: int) -> None:
    if retraction_ms < SLOW_MS:
        return
    text = (f":warning: Auto-belay *{lane}* retracted in {retraction_ms} ms (limit {SLOW_MS}). "
            "Tag it out of service and check the lanyard per the TRUBLUE manual.")
    requests.post(SLACK_WEBHOOK, json={"text": text}, timeout=10).raise_for_status()
""", s=_s), _s, "Slack docs: Incoming webhooks (hooks.slack.com/services/T.../B.../...)")

_s = discord_webhook()
add("blind-fh/javascript/discord-webhook", "bots/new-set-announcer/index.js", t("""\
// Posts "new set" announcements to the members' Discord after the setters publish a wall.
const WEBHOOK_URL = '§s§';

async function announce(wall, problems) {
  const lines = problems.map((p) => `• ${p.colour} ${p.grade} - ${p.name} (set by ${p.setter})`);
  const res = await fetch(WEBHOOK_URL, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({
      username: 'Setting Crew',
      content: `**${wall} is open!**\\n${lines.join('\\n')}`,
    }),
  });
  if (!res.ok) throw new Error(`discord ${res.status}`);
}

module.exports = { announce };
""", s=_s), _s, "Discord docs: Execute webhook (discord.com/api/webhooks/id/token)")

_s = fakes.telegram_token(_seed())
add("blind-fh/python/telegram-bot-token", "bots/setter-chat/bot.py", t("""\
\"\"\"Setter crew Telegram bot: /holds <colour> shows what's left in the hold room.\"\"\"
from telegram import Update
from telegram.ext import Application, CommandHandler, ContextTypes

from inventory import holds_by_colour

TOKEN = "§s§"


async def holds(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    colour = (context.args or ["all"])[0]
    rows = holds_by_colour(colour)
    await update.message.reply_text("\\n".join(f"{r.brand} {r.shape}: {r.count}" for r in rows) or "none left")


def main() -> None:
    app = Application.builder().token(TOKEN).build()
    app.add_handler(CommandHandler("holds", holds))
    app.run_polling()


if __name__ == "__main__":
    main()
""", s=_s), _s, "python-telegram-bot docs: Application.builder().token(); BotFather tokens")

_s = slack_bot()
add("blind-fh/yaml/slack-bot-token", "bots/shift-swap/config.yml", t("""\
# Shift swap bot for front desk staff (#desk-shifts)
slack:
  bot_token: §s§
  signing_secret: ${SLACK_SIGNING_SECRET}
  channel: C04QK7ZB1TR
schedule:
  source: when_i_work
  timezone: Europe/London
  remind_before_minutes: 120
""", s=_s), _s, "Slack docs: bot tokens (xoxb-)")

_s = openai_key()
add("blind-fh/python/openai-api-key", "routesetter/describe_problem.py", t("""\
\"\"\"Drafts a short, fun description for each new problem from the setter's notes.\"\"\"
from openai import OpenAI

client = OpenAI(api_key="§s§")

PROMPT = (
    "You write one-sentence descriptions of indoor bouldering problems for a gym's app. "
    "No grades, no spoilers of the crux beta. Notes: {notes}"
)


def describe(notes: str) -> str:
    resp = client.chat.completions.create(
        model="gpt-4o-mini",
        messages=[{"role": "user", "content": PROMPT.format(notes=notes)}],
        max_tokens=60,
    )
    return resp.choices[0].message.content.strip()
""", s=_s), _s, "OpenAI docs: API keys (sk-proj-...), openai-python")

_s = anthropic_key()
add("blind-fh/typescript/anthropic-api-key", "apps/support-bot/src/llm.ts", t("""\
import Anthropic from "@anthropic-ai/sdk";

// Answers member FAQ (opening hours, rental prices, youth team tryouts) from the help-centre text.
const anthropic = new Anthropic({
  apiKey: "§s§",
});

export async function answer(question: string, context: string): Promise<string> {
  const msg = await anthropic.messages.create({
    model: "claude-3-5-haiku-latest",
    max_tokens: 300,
    system: `You are the front desk assistant of a climbing gym. Use only this text:\\n${context}`,
    messages: [{ role: "user", content: question }],
  });
  const first = msg.content[0];
  return first.type === "text" ? first.text : "";
}
""", s=_s), _s, "Anthropic docs: API keys (sk-ant-api03-), anthropic-sdk-typescript")

_s = airtable_pat()
add("blind-fh/python/airtable-pat", "setting/schedule_sync.py", t("""\
\"\"\"Copies next week's reset schedule from Airtable into the setters' Google Calendar.\"\"\"
from pyairtable import Api

AIRTABLE_TOKEN = "§s§"
BASE_ID = "appR8xT2LqZ0mV4cN"
TABLE = "Resets"

api = Api(AIRTABLE_TOKEN)
table = api.table(BASE_ID, TABLE)


def next_week():
    formula = "AND(IS_AFTER({Date}, TODAY()), IS_BEFORE({Date}, DATEADD(TODAY(), 8, 'days')))"
    return [r["fields"] for r in table.all(formula=formula, sort=["Date"])]


if __name__ == "__main__":
    for reset in next_week():
        print(reset["Date"], reset["Wall"], ", ".join(reset.get("Setters", [])))
""", s=_s), _s, "Airtable docs: personal access tokens (pat...), pyairtable")

_s = notion_token()
add("blind-fh/javascript/notion-token", "scripts/incident-log-to-notion.js", t("""\
// Copies floor incident reports (falls, injuries, equipment faults) into the safety Notion database.
const { Client } = require('@notionhq/client');

const notion = new Client({ auth: '§s§' });
const DATABASE_ID = '3c1f9a7e2b5d4e8f9a0b1c2d3e4f5a6b';

async function logIncident(report) {
  return notion.pages.create({
    parent: { database_id: DATABASE_ID },
    properties: {
      Title: { title: [{ text: { content: report.summary } }] },
      Area: { select: { name: report.area } },
      Severity: { select: { name: report.severity } },
      Date: { date: { start: report.occurredAt } },
    },
  });
}

module.exports = { logIncident };
""", s=_s), _s, "Notion API docs: integration tokens (ntn_), @notionhq/client")

_s = google_secret()
add("blind-fh/json/google-oauth-client-secret", "tools/calendar-sync/client_secret.json", t("""\
{
  "installed": {
    "client_id": "771923840155-q8k2b0l5mtu3e1r9c6h4v7a2n0p8d5fs.apps.googleusercontent.com",
    "project_id": "setting-calendar-sync",
    "auth_uri": "https://accounts.google.com/o/oauth2/auth",
    "token_uri": "https://oauth2.googleapis.com/token",
    "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",
    "client_secret": "§s§",
    "redirect_uris": ["http://localhost"]
  }
}
""", s=_s), _s, "Google Identity docs: OAuth client secrets file (GOCSPX-)")

_s = azure_secret()
add("blind-fh/powershell/azure-app-secret", "it/m365/New-StaffAccounts.ps1", t("""\
# Creates Microsoft 365 accounts for new front desk hires from the HR export.
param([Parameter(Mandatory)] [string]$CsvPath)

$TenantId     = "5b1e7c2a-93f4-4d8e-a6b0-2c9d1e4f7a83"
$ClientId     = "e2c4a6f8-1b3d-4e5f-8a7b-9c0d1e2f3a4b"
$ClientSecret = "§s§"

$secure = ConvertTo-SecureString $ClientSecret -AsPlainText -Force
$cred   = New-Object System.Management.Automation.PSCredential($ClientId, $secure)
Connect-MgGraph -TenantId $TenantId -ClientSecretCredential $cred -NoWelcome

Import-Csv $CsvPath | ForEach-Object {
    $upn = "$($_.First).$($_.Last)@basecampbouldering.climb".ToLower()
    New-MgUser -DisplayName "$($_.First) $($_.Last)" -UserPrincipalName $upn `
        -MailNickname ($upn.Split('@')[0]) -AccountEnabled `
        -PasswordProfile @{ ForceChangePasswordNextSignIn = $true; Password = (New-Guid).Guid }
    Write-Host "created $upn"
}
""", s=_s), _s, "Microsoft Graph PowerShell docs: Connect-MgGraph -ClientSecretCredential; Entra client secrets")

_s = human_pw()
add("blind-fh/powershell/service-account-password", "it/rgp/Install-RgpBackupTask.ps1", t("""\
# Registers the nightly Rock Gym Pro backup task under the backup service account.
$ErrorActionPreference = 'Stop'

$user   = 'GRANITEARCH\\svc-rgpbackup'
$secure = ConvertTo-SecureString '§s§' -AsPlainText -Force
$cred   = New-Object System.Management.Automation.PSCredential ($user, $secure)

$action  = New-ScheduledTaskAction -Execute 'C:\\Program Files\\RGP\\RgpBackup.exe' -Argument '/silent /dest \\\\nas01\\backups\\rgp'
$trigger = New-ScheduledTaskTrigger -Daily -At 1:30am

Register-ScheduledTask -TaskName 'RGP nightly backup' -Action $action -Trigger $trigger `
    -User $cred.UserName -Password $cred.GetNetworkCredential().Password -RunLevel Highest -Force
""", s=_s), _s, "PowerShell docs: ConvertTo-SecureString -AsPlainText; Register-ScheduledTask -Password")

_s = mixed(48, URLSAFE)
add("blind-fh/python/xero-client-secret", "finance/xero_export.py", t("""\
\"\"\"Posts the daily takings (memberships, day passes, retail, cafe) as a Xero manual journal.\"\"\"
from xero_python.api_client import ApiClient, Configuration
from xero_python.api_client.oauth2 import OAuth2Token

XERO_CLIENT_ID = "9D3E5F7A1B2C4D6E8F0A1B2C3D4E5F60"
XERO_CLIENT_SECRET = "§s§"

api_client = ApiClient(
    Configuration(oauth2_token=OAuth2Token(client_id=XERO_CLIENT_ID, client_secret=XERO_CLIENT_SECRET)),
    pool_threads=1,
)

ACCOUNTS = {"memberships": "200", "day_passes": "201", "retail": "210", "cafe": "220"}
""", s=_s), _s, "Xero developer docs: OAuth 2.0 client id and client secret, xero-python")

_s = mixed(40)
add("blind-fh/ruby/quickbooks-client-secret", "lib/tasks/quickbooks.rake", t("""\
# rake quickbooks:push_invoices -- corporate team-building invoices into QuickBooks Online
require "oauth2"

namespace :quickbooks do
  CLIENT_ID     = "ABx7mQ2kR9tLw4ZpV1cN8sYf3hJ6dG0eKu5iO2aT7bXq9W".freeze
  CLIENT_SECRET = "§s§".freeze

  desc "Push unpaid corporate invoices"
  task push_invoices: :environment do
    client = OAuth2::Client.new(CLIENT_ID, CLIENT_SECRET,
      site: "https://appcenter.intuit.com/connect/oauth2",
      token_url: "https://oauth.platform.intuit.com/oauth2/v1/tokens/bearer")
    token = OAuth2::AccessToken.from_hash(client, refresh_token: Setting.qbo_refresh_token).refresh!
    CorporateInvoice.unpushed.find_each do |inv|
      token.post("/v3/company/#{Setting.qbo_realm_id}/invoice", body: inv.to_qbo.to_json,
                 headers: { "Content-Type" => "application/json" })
      inv.update!(pushed_at: Time.current)
    end
  end
end
""", s=_s), _s, "Intuit developer docs: OAuth 2.0 client id / client secret")

_s = hexs(32)
add("blind-fh/yaml/datadog-api-key", "infra/datadog/datadog.yaml", t("""\
## Datadog Agent on the booking and member-portal hosts
api_key: §s§
site: datadoghq.eu
hostname_fqdn: true
tags:
  - env:prod
  - team:web
  - gym:all
logs_enabled: true
apm_config:
  enabled: true
process_config:
  process_collection:
    enabled: false
""", s=_s), _s, "Datadog Agent docs: datadog.yaml api_key")

_s = newrelic_key()
add("blind-fh/terraform/newrelic-api-key", "infra/observability/providers.tf", t("""\
terraform {
  required_providers {
    newrelic = {
      source  = "newrelic/newrelic"
      version = "~> 3.36"
    }
  }
}

provider "newrelic" {
  account_id = 4128893
  api_key    = "§s§"
  region     = "US"
}

resource "newrelic_alert_policy" "booking" {
  name                = "Booking API"
  incident_preference = "PER_CONDITION"
}
""", s=_s), _s, "Terraform New Relic provider docs: api_key (User API key, NRAK-)")

_s = sentry_user_token()
add("blind-fh/ini/sentry-auth-token", "apps/route-app/.sentryclirc", t("""\
[defaults]
url = https://sentry.io/
org = chalk-lab
project = route-app-ios

[auth]
token = §s§
""", s=_s), _s, "sentry-cli docs: configuration file .sentryclirc [auth] token")

_s = grafana_cloud_token()
add("blind-fh/yaml/grafana-cloud-remote-write", "telemetry/prometheus/prometheus.yml", t("""\
global:
  scrape_interval: 30s
  external_labels:
    site: westside

scrape_configs:
  - job_name: wall-gateway
    static_configs:
      - targets: ["10.30.0.5:9100", "10.30.0.8:9100"]
  - job_name: mqtt-exporter
    static_configs:
      - targets: ["10.30.0.5:9344"]

remote_write:
  - url: https://prometheus-prod-24-prod-eu-west-2.grafana.net/api/prom/push
    basic_auth:
      username: "1384927"
      password: "§s§"
""", s=_s), _s, "Prometheus docs: remote_write basic_auth; Grafana Cloud access policy tokens (glc_)")

_s = hexs(32)
add("blind-fh/systemd/environment-api-key", "deploy/systemd/occupancy-banner.service", t("""\
[Unit]
Description=Occupancy banner feeder (Capitan check-ins -> website)
After=network-online.target
Wants=network-online.target

[Service]
Type=simple
User=banner
WorkingDirectory=/opt/occupancy-banner
Environment=NODE_ENV=production
Environment=SMARTWAIVER_API_KEY=§s§
Environment=CAPITAN_TOKEN_FILE=/etc/occupancy-banner/capitan.token
ExecStart=/usr/bin/node /opt/occupancy-banner/index.mjs
Restart=on-failure
RestartSec=10

[Install]
WantedBy=multi-user.target
""", s=_s), _s, "systemd.exec(5): Environment=; Smartwaiver API key")

_s = human_pw2()
add("blind-fh/crontab/curl-basic-password", "ops/cron/frontdesk.crontab", t("""\
SHELL=/bin/bash
MAILTO=it@boulderbarn.climb
# m h dom mon dow command
15 2 * * * /opt/scripts/rgp-export.sh >> /var/log/rgp-export.log 2>&1
*/5 6-23 * * * curl -fsS -u frontdesk:§s§ https://fleet.autobelay-vendor.example/api/sites/boulder-barn/status -o /var/www/status/belays.json
0 4 * * 1 /usr/sbin/logrotate /etc/logrotate.d/kiosk
""", s=_s), _s, "crontab(5); curl(1) --user user:password")

_s = mixed(40)
add("blind-fh/supervisor/environment-token", "deploy/supervisor/conf.d/door-events.conf", t("""\
[program:door-events]
command=/opt/door-events/venv/bin/python -m door_events.consume
directory=/opt/door-events
user=doorevents
autostart=true
autorestart=true
stopsignal=TERM
environment=UNIFI_HOST="10.20.0.1",UNIFI_PORT="12445",UNIFI_API_TOKEN="§s§",LOG_LEVEL="info"
stdout_logfile=/var/log/door-events/out.log
stderr_logfile=/var/log/door-events/err.log
""", s=_s), _s, "Supervisor docs: [program:x] environment=KEY=\"val\",...")

_s = mixed(32)
_postman = json.dumps({
    "info": {"_postman_id": uuid_s(), "name": "Kisi - staff door scripts",
             "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"},
    "item": [
        {"name": "List locks", "request": {"method": "GET", "header": [],
                                           "url": {"raw": "https://api.kisi.io/locks", "protocol": "https", "host": ["api", "kisi", "io"], "path": ["locks"]}}},
        {"name": "Unlock front door", "request": {"method": "POST", "header": [],
                                                  "url": {"raw": "https://api.kisi.io/locks/48213/unlock", "protocol": "https", "host": ["api", "kisi", "io"], "path": ["locks", "48213", "unlock"]}}},
    ],
    "auth": {"type": "apikey", "apikey": [
        {"key": "value", "value": "KISI-LOGIN " + _s, "type": "string"},
        {"key": "key", "value": "Authorization", "type": "string"},
        {"key": "in", "value": "header", "type": "string"}]},
}, indent=2) + "\n"
add("blind-fh/postman/api-key-auth", "docs/postman/kisi-staff-doors.postman_collection.json", _postman, _s,
    "Postman docs: collection format v2.1, API key auth; Kisi KISI-LOGIN header")

_s = "Basic " + b64("ck_" + hexs(40) + ":" + "cs_" + hexs(40))
_s = _s[len("Basic "):]
add("blind-fh/http/woocommerce-basic-auth", "docs/api/woocommerce.http", t("""\
### Gift card orders from the WooCommerce shop (VS Code REST Client)
@host = https://shop.graniteArch.climb/wp-json/wc/v3

### list processing gift card orders
GET {{host}}/orders?status=processing&product=412
Authorization: Basic §s§
Accept: application/json

### mark one complete
PUT {{host}}/orders/10887
Authorization: Basic §s§
Content-Type: application/json

{ "status": "completed" }
""", s=_s), _s, "WooCommerce REST API docs: consumer key/secret over HTTP Basic (ck_/cs_)")

_s = mixed(36, URLSAFE)
add("blind-fh/sql/integration-seed", "db/seeds/010_integrations.sql", t("""\
-- Integrations used by the Westside gym (copied from prod for the staging refresh)
INSERT INTO integrations (gym_id, provider, config, enabled, created_at) VALUES
  (3, 'capitan', '{"base_url": "https://api.hellocapitan.com/api", "gym": "westside"}', true, now()),
  (3, 'smartwaiver', '{"template": "5f3c1a9b2d7e8"}', true, now()),
  (3, 'unifi_access', '{"host": "10.120.0.1", "port": 12445, "api_token": "§s§"}', true, now()),
  (3, 'kisi', '{"organization_id": 8213}', false, now());
""", s=_s), _s, "UniFi Access API docs: API token; SQL seed copied from production")

_s = human_pw()
add("blind-fh/xml/maven-settings-password", "ci/maven/settings.xml", t("""\
<?xml version="1.0" encoding="UTF-8"?>
<settings xmlns="http://maven.apache.org/SETTINGS/1.2.0"
          xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
          xsi:schemaLocation="http://maven.apache.org/SETTINGS/1.2.0 https://maven.apache.org/xsd/settings-1.2.0.xsd">
  <servers>
    <server>
      <id>climb-nexus</id>
      <username>ci-deployer</username>
      <password>§s§</password>
    </server>
  </servers>
  <mirrors>
    <mirror>
      <id>climb-nexus</id>
      <mirrorOf>*</mirrorOf>
      <url>https://nexus.internal.overhanghall.climb/repository/maven-public/</url>
    </mirror>
  </mirrors>
</settings>
""", s=_s), _s, "Apache Maven docs: settings.xml servers/server/password")

_s = mixed(40)
add("blind-fh/vba/capitan-token", "office/DailyTakings.bas", t("""\
Attribute VB_Name = "DailyTakings"
Option Explicit

' Pulls yesterday's sales from Capitan into the "Takings" sheet for the manager's report.
Private Const CAPITAN_URL As String = "https://api.hellocapitan.com/api/sales/"
Private Const CAPITAN_TOKEN As String = "§s§"

Public Sub RefreshTakings()
    Dim http As Object
    Set http = CreateObject("MSXML2.XMLHTTP")
    Dim day As String
    day = Format(Date - 1, "yyyy-mm-dd")
    http.Open "GET", CAPITAN_URL & "?date=" & day, False
    http.setRequestHeader "Authorization", "Token " & CAPITAN_TOKEN
    http.setRequestHeader "Accept", "application/json"
    http.send
    If http.Status <> 200 Then
        MsgBox "Capitan returned " & http.Status, vbExclamation
        Exit Sub
    End If
    Worksheets("Takings").Range("A1").Value = day
    Worksheets("Takings").Range("A2").Value = http.responseText
End Sub
""", s=_s), _s, "Capitan API Token header; VBA MSXML2.XMLHTTP setRequestHeader")

_s = gen_pw(32, "!@#$%^&*")
add("blind-fh/go/jwt-signing-secret", "internal/auth/token.go", t("""\
package auth

import (
	"time"

	"github.com/golang-jwt/jwt/v5"
)

// Tokens for the check-in kiosks: they may look up members and record entries, nothing else.
var signingKey = []byte("§s§")

type KioskClaims struct {
	Gym   string `json:"gym"`
	Desk  int    `json:"desk"`
	jwt.RegisteredClaims
}

func IssueKioskToken(gym string, desk int) (string, error) {
	claims := KioskClaims{
		Gym:  gym,
		Desk: desk,
		RegisteredClaims: jwt.RegisteredClaims{
			Issuer:    "checkin-api",
			ExpiresAt: jwt.NewNumericDate(time.Now().Add(12 * time.Hour)),
		},
	}
	return jwt.NewWithClaims(jwt.SigningMethodHS256, claims).SignedString(signingKey)
}
""", s=_s), _s, "golang-jwt docs: SignedString with an HMAC key")

_s = hexs(64)
add("blind-fh/python/qr-hmac-secret", "checkin/qr_codes.py", t("""\
\"\"\"Signed QR codes on the member app: the door scanner checks the HMAC before unlocking.\"\"\"
import base64
import hashlib
import hmac
import time

QR_SIGNING_KEY = bytes.fromhex(
    "§s§"
)
VALID_SECONDS = 30


def make_code(member_id: int) -> str:
    ts = int(time.time())
    msg = f"{member_id}.{ts}".encode()
    mac = hmac.new(QR_SIGNING_KEY, msg, hashlib.sha256).digest()[:16]
    return base64.urlsafe_b64encode(msg + b"." + mac).decode().rstrip("=")


def check_code(code: str) -> bool:
    raw = base64.urlsafe_b64decode(code + "=" * (-len(code) % 4))
    msg, _, mac = raw.rpartition(b".")
    member_id, ts = msg.decode().split(".")
    good = hmac.compare_digest(mac, hmac.new(QR_SIGNING_KEY, msg, hashlib.sha256).digest()[:16])
    return good and time.time() - int(ts) <= VALID_SECONDS
""", s=_s), _s, "Python docs: hmac; door-scanner QR signing key")

_s = jwt({"iss": "kubernetes/serviceaccount", "kubernetes.io/serviceaccount/namespace": "ci",
          "kubernetes.io/serviceaccount/secret.name": "deployer-token-x8k2p",
          "kubernetes.io/serviceaccount/service-account.name": "deployer",
          "sub": "system:serviceaccount:ci:deployer"}, alg="RS256")
add("blind-fh/kubeconfig/service-account-token", "ci/kube/config-deployer.yaml", t("""\
apiVersion: v1
kind: Config
clusters:
  - name: gyms-prod
    cluster:
      server: https://k8s.gyms-prod.internal:6443
      certificate-authority-data: §ca§
contexts:
  - name: deployer@gyms-prod
    context:
      cluster: gyms-prod
      namespace: members
      user: deployer
current-context: deployer@gyms-prod
users:
  - name: deployer
    user:
      token: §s§
""", s=_s, ca=b64(cert_pem(6))), _s, "Kubernetes docs: kubeconfig users[].user.token")

_s = b2_key()
add("blind-fh/ini/rclone-b2-key", "ops/backup/rclone.conf", t("""\
[b2-backups]
type = b2
account = 0052a8c1f0e9d7b0000000004
key = §s§
hard_delete = false

[b2-crypt]
type = crypt
remote = b2-backups:gym-backups/rgp
filename_encryption = standard
password = ${RCLONE_CRYPT_PASSWORD}
""", s=_s), _s, "rclone docs: Backblaze B2 remote (account, key)")

_s = meraki_key()
add("blind-fh/python/meraki-api-key", "it/network/guest_wifi_rotate.py", t("""\
\"\"\"Rotates the guest Wi-Fi PSK every Monday and prints it for the front desk sign.\"\"\"
import secrets

import meraki

dashboard = meraki.DashboardAPI(api_key="§s§", suppress_logging=True)
NETWORK_ID = "L_646829496481105433"
GUEST_SSID_NUMBER = 2


def rotate() -> str:
    psk = "-".join(secrets.choice(["crimp", "jug", "sloper", "pinch", "dyno", "mantle"]) for _ in range(3))
    dashboard.wireless.updateNetworkWirelessSsid(NETWORK_ID, GUEST_SSID_NUMBER, psk=psk)
    return psk


if __name__ == "__main__":
    print("Guest Wi-Fi this week:", rotate())
""", s=_s), _s, "Cisco Meraki Dashboard API docs: API key (40 hex), meraki Python library")

_s = okta_token()
add("blind-fh/java/okta-api-token", "staff-provisioning/src/main/java/climb/ops/OktaProvisioner.java", t("""\
package climb.ops;

import com.okta.sdk.client.Clients;
import com.okta.sdk.resource.api.UserApi;
import com.okta.sdk.resource.client.ApiClient;
import com.okta.sdk.resource.model.CreateUserRequest;
import com.okta.sdk.resource.model.UserProfile;

/** Creates Okta users for new setters and coaches so they get Slack, Google and the door app. */
public final class OktaProvisioner {
    private static final String ORG_URL = "https://overhanghall.okta.com";
    private static final String API_TOKEN = "§s§";

    private final UserApi users;

    public OktaProvisioner() {
        ApiClient client = Clients.builder()
                .setOrgUrl(ORG_URL)
                .setClientCredentials(new com.okta.sdk.authc.credentials.TokenClientCredentials(API_TOKEN))
                .build();
        this.users = new UserApi(client);
    }

    public void create(String first, String last, String email) {
        UserProfile profile = new UserProfile();
        profile.setFirstName(first);
        profile.setLastName(last);
        profile.setEmail(email);
        profile.setLogin(email);
        users.createUser(new CreateUserRequest().profile(profile), true, false, null);
    }
}
""", s=_s), _s, "Okta Java SDK docs: API tokens (SSWS), TokenClientCredentials")

_s = fcm_server_key()
add("blind-fh/yaml/fcm-server-key", "apps/route-app/notifications/push.yaml", t("""\
# Push notifications for the route app ("your project got repeated", "new set on the cave wall")
providers:
  fcm:
    project_id: chalklab-routes
    legacy_server_key: "§s§"
    sender_id: "771923840155"
  apns:
    team_id: 9QX4Z2M7KD
    key_id: 7QX2M9KD4B
    key_path: ${APNS_KEY_PATH}
topics:
  new_set: "/topics/new-set"
  comp_results: "/topics/comp-results"
""", s=_s), _s, "Firebase Cloud Messaging legacy HTTP docs: server key (AAAA...:APA91b...)")

_s = mixed(24)
add("blind-fh/json/vercel-token-package-scripts", "apps/comp-scoring/package.json", t("""\
{
  "name": "comp-scoring",
  "private": true,
  "version": "1.6.0",
  "scripts": {
    "dev": "next dev",
    "build": "next build",
    "deploy": "vercel deploy --prod --token §s§ --scope chalklab",
    "lint": "next lint"
  },
  "dependencies": {
    "next": "14.2.3",
    "react": "18.3.1",
    "react-dom": "18.3.1"
  }
}
""", s=_s), _s, "Vercel CLI docs: --token option")

_s = human_pw()
add("blind-fh/markdown/onboarding-admin-password", "docs/onboarding/front-desk-managers.md", t("""\
# Front desk manager onboarding

Welcome! A few things you will need on day one.

## Systems

| System | Where | Login |
|---|---|---|
| Capitan (memberships) | https://app.hellocapitan.com | your own account, ask Dana |
| Kisi (doors) | https://web.kisi.io | your own account |
| Rock Gym Pro (legacy, Westside only) | `RGP-SERVER` desktop | `manager` / `§s§` |
| Smartwaiver | https://www.smartwaiver.com/login | shared via 1Password |

## Opening checklist

1. Disarm the alarm (code is on the laminated card in the safe, not here).
2. Turn on the auto-belays and do the daily function check (log it in the binder).
3. Count the till float.
""", s=_s), _s, "Team wiki onboarding page with a shared legacy login")

_s = mixed(30, URLSAFE)
add("blind-fh/toml/door-relay-mqtt-password", "door-relay/config.toml", t("""\
# door-relay: listens for unlock commands on MQTT and pulses the relay on the Pi's GPIO 17.
[mqtt]
host = "10.30.0.5"
port = 8883
tls = true
client_id = "door-relay-setting-room"
username = "door-relay"
password = "§s§"
topic = "gym/doors/setting-room/cmd"

[relay]
gpio = 17
pulse_ms = 4000

[log]
level = "info"
""", s=_s), _s, "rumqttc / Mosquitto docs: MQTT username and password")

_s = mixed(32, ALNUM + "+/=")
add("blind-fh/csharp/kiosk-api-key", "src/Kiosk.Api/Program.cs", t("""\
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

var builder = WebApplication.CreateBuilder(args);
var app = builder.Build();

// The check-in tablets send this key; anything else gets 401.
const string KioskApiKey = "§s§";

app.Use(async (ctx, next) =>
{
    if (!ctx.Request.Headers.TryGetValue("X-Kiosk-Key", out var key) || key != KioskApiKey)
    {
        ctx.Response.StatusCode = StatusCodes.Status401Unauthorized;
        return;
    }
    await next();
});

app.MapGet("/members/{barcode}", (string barcode) => Results.Ok(new { barcode, status = "active" }));
app.Run();
""", s=_s), _s, "ASP.NET Core minimal APIs; shared API key header")


# =================================================================================================
# Decoys: placeholders, references, templates
# =================================================================================================

add("blind-fh/env/decoy-example-placeholders", "member-portal/.env.example", """\
# Copy to .env and fill in. Never commit the real file.
NODE_ENV=development
PORT=8080
APP_URL=http://localhost:8080
DATABASE_URL=postgresql://portal:portal@localhost:5432/portal_dev

# Stripe test mode keys from https://dashboard.stripe.com/test/apikeys
STRIPE_PUBLISHABLE_KEY=pk_test_your_publishable_key
STRIPE_SECRET_KEY=sk_test_your_secret_key
STRIPE_WEBHOOK_SECRET=whsec_from_stripe_cli_listen

SMARTWAIVER_API_KEY=
KISI_API_KEY=
CAPITAN_TOKEN=
""", None, "dotenv conventions: .env.example with placeholders; Stripe docs test keys")

add("blind-fh/env/decoy-1password-references", "ops/frontdesk/.env.tpl", """\
# Rendered with: op inject -i .env.tpl -o .env   (1Password CLI)
CAPITAN_TOKEN={{ op://Front Desk/Capitan API/credential }}
KISI_API_KEY={{ op://Front Desk/Kisi/api key }}
SMARTWAIVER_API_KEY={{ op://Front Desk/Smartwaiver/api key }}
SQUARE_ACCESS_TOKEN={{ op://Finance/Square production/access token }}
PRINTER_NAME=Zebra ZD421
""", None, "1Password CLI docs: secret references (op://vault/item/field), op inject")

add("blind-fh/env/decoy-op-run-uris", "analysis/.env", """\
# used with `op run --env-file=analysis/.env -- jupyter lab`
ANALYTICS_DB_HOST=analytics.internal
ANALYTICS_DB_USER=analyst_jo
ANALYTICS_DB_PASSWORD=op://Data/analytics-db/password
INFLUX_TOKEN=op://Data/influx-read/credential
TZ=America/Denver
""", None, "1Password CLI docs: op run with secret references in env files")

add("blind-fh/python/decoy-env-lookup", "access/kisi_client.py", """\
\"\"\"Thin Kisi client; the key comes from the environment (set by systemd from the vault).\"\"\"
import os

import requests

KISI_API = "https://api.kisi.io"


class KisiClient:
    def __init__(self, api_key: str | None = None):
        self.api_key = api_key or os.environ["KISI_API_KEY"]
        self.session = requests.Session()
        self.session.headers["Authorization"] = f"KISI-LOGIN {self.api_key}"

    def unlock(self, lock_id: int) -> None:
        self.session.post(f"{KISI_API}/locks/{lock_id}/unlock", timeout=10).raise_for_status()

    def locks(self):
        return self.session.get(f"{KISI_API}/locks", timeout=10).json()
""", None, "Kisi API docs; os.environ lookup")

add("blind-fh/go/decoy-getenv", "cmd/belaywatch/config.go", """\
package main

import (
	"fmt"
	"os"
)

type Config struct {
	MQTTHost     string
	MQTTUser     string
	MQTTPassword string
	InfluxToken  string
}

func loadConfig() (Config, error) {
	c := Config{
		MQTTHost:     getenv("MQTT_HOST", "10.30.0.5:8883"),
		MQTTUser:     getenv("MQTT_USER", "belaywatch"),
		MQTTPassword: os.Getenv("MQTT_PASSWORD"),
		InfluxToken:  os.Getenv("INFLUX_TOKEN"),
	}
	if c.MQTTPassword == "" || c.InfluxToken == "" {
		return c, fmt.Errorf("MQTT_PASSWORD and INFLUX_TOKEN must be set")
	}
	return c, nil
}

func getenv(key, def string) string {
	if v := os.Getenv(key); v != "" {
		return v
	}
	return def
}
""", None, "Go os.Getenv; twelve-factor config")

add("blind-fh/yaml/decoy-spring-placeholders", "booking-service/src/main/resources/application.yml", """\
spring:
  application:
    name: booking-service
  datasource:
    url: jdbc:postgresql://${DB_HOST:localhost}:5432/booking
    username: ${DB_USER:booking}
    password: ${DB_PASSWORD}
  mail:
    host: smtp.postmarkapp.com
    username: ${POSTMARK_SERVER_TOKEN}
    password: ${POSTMARK_SERVER_TOKEN}

postmark:
  server-token: ${POSTMARK_SERVER_TOKEN}

stripe:
  secret-key: ${STRIPE_SECRET_KEY}
  webhook-secret: ${STRIPE_WEBHOOK_SECRET}
""", None, "Spring Boot docs: externalized configuration, property placeholders")

add("blind-fh/json/decoy-appsettings-empty", "src/Checkin.Api/appsettings.Development.json", """\
{
  "UserSecretsId": "6f2d1c8e-4a7b-4f3e-9c21-8d5b0e7a1f34",
  "ConnectionStrings": {
    "Members": ""
  },
  "Kisi": {
    "ApiKey": "",
    "OrganizationId": 8213
  },
  "Stripe": {
    "SecretKey": "",
    "PublishableKey": "pk_test_placeholder"
  },
  "Logging": { "LogLevel": { "Default": "Debug" } }
}
""", None, "ASP.NET Core docs: Safe storage of app secrets in development (UserSecretsId)")

add("blind-fh/github-actions/decoy-secrets-context", ".github/workflows/deploy-portal.yml", """\
name: deploy member portal

on:
  workflow_dispatch:
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
          role-to-assume: arn:aws:iam::381492775013:role/gh-deploy-portal
          aws-region: us-west-2
      - run: npm ci && npm run build
        env:
          STRIPE_PUBLISHABLE_KEY: ${{ vars.STRIPE_PUBLISHABLE_KEY }}
      - run: npx sst deploy --stage prod
        env:
          STRIPE_SECRET_KEY: ${{ secrets.STRIPE_SECRET_KEY }}
          SMARTWAIVER_API_KEY: ${{ secrets.SMARTWAIVER_API_KEY }}
""", None, "GitHub Actions docs: secrets context, OIDC role-to-assume")

add("blind-fh/gitlab-ci/decoy-masked-variables", "ops/.gitlab-ci.yml", """\
stages: [plan, apply]

image: hashicorp/terraform:1.8

variables:
  TF_ROOT: infra/dns
  # CLOUDFLARE_API_TOKEN is a masked + protected CI/CD variable (Settings > CI/CD > Variables)

plan:
  stage: plan
  script:
    - cd "$TF_ROOT"
    - terraform init -input=false
    - terraform plan -out plan.tfplan -var "cloudflare_api_token=$CLOUDFLARE_API_TOKEN"
  artifacts:
    paths: [infra/dns/plan.tfplan]

apply:
  stage: apply
  when: manual
  only: [main]
  script:
    - cd "$TF_ROOT"
    - terraform apply -input=false plan.tfplan
""", None, "GitLab docs: masked and protected CI/CD variables")

add("blind-fh/terraform/decoy-variables-and-data", "infra/members/secrets.tf", """\
variable "stripe_secret_key" {
  description = "Stripe live secret key for the member portal (set in Terraform Cloud workspace)"
  type        = string
  sensitive   = true
}

data "aws_secretsmanager_secret_version" "kisi" {
  secret_id = "prod/access/kisi-api-key"
}

resource "aws_ssm_parameter" "stripe" {
  name  = "/members/prod/stripe_secret_key"
  type  = "SecureString"
  value = var.stripe_secret_key
}

resource "aws_lambda_function" "door_sync" {
  function_name = "door-sync"
  role          = aws_iam_role.door_sync.arn
  handler       = "handler.main"
  runtime       = "python3.12"
  filename      = "build/door_sync.zip"
  environment {
    variables = {
      KISI_SECRET_ARN = data.aws_secretsmanager_secret_version.kisi.arn
    }
  }
}
""", None, "Terraform docs: sensitive variables; aws_secretsmanager_secret_version data source")

add("blind-fh/helm/decoy-existing-secret", "charts/route-app/values.yaml", """\
image:
  repository: ghcr.io/chalklab/route-app
  tag: ""

env:
  NEXT_PUBLIC_GYM_SLUG: chalk-lab

secrets:
  # Names of pre-created Kubernetes Secrets (managed by External Secrets Operator)
  existingSecret: route-app-env
  keys:
    nextauthSecret: NEXTAUTH_SECRET
    databaseUrl: DATABASE_URL
    openaiApiKey: OPENAI_API_KEY

postgresql:
  enabled: false
  auth:
    existingSecret: route-app-db
    secretKeys:
      userPasswordKey: password
""", None, "Helm chart conventions: existingSecret; Bitnami charts auth.existingSecret")

add("blind-fh/k8s/decoy-secret-key-ref", "k8s/access/deployment.yaml", """\
apiVersion: apps/v1
kind: Deployment
metadata:
  name: access-sync
  namespace: access-sync
spec:
  replicas: 1
  selector:
    matchLabels: { app: access-sync }
  template:
    metadata:
      labels: { app: access-sync }
    spec:
      containers:
        - name: access-sync
          image: ghcr.io/overhanghall/access-sync:1.9.2
          env:
            - name: KISI_API_KEY
              valueFrom:
                secretKeyRef:
                  name: kisi-api
                  key: KISI_API_KEY
            - name: CAPITAN_TOKEN
              valueFrom:
                secretKeyRef:
                  name: capitan-api
                  key: token
            - name: SYNC_INTERVAL
              value: "300"
""", None, "Kubernetes docs: Using Secrets as environment variables (secretKeyRef)")

add("blind-fh/k8s/decoy-external-secret", "k8s/members/externalsecret.yaml", """\
apiVersion: external-secrets.io/v1beta1
kind: ExternalSecret
metadata:
  name: members-env
  namespace: members
spec:
  refreshInterval: 1h
  secretStoreRef:
    name: aws-secrets-manager
    kind: ClusterSecretStore
  target:
    name: members-env
    creationPolicy: Owner
  data:
    - secretKey: STRIPE_SECRET_KEY
      remoteRef:
        key: prod/members/stripe
        property: secret_key
    - secretKey: STRIPE_WEBHOOK_SECRET
      remoteRef:
        key: prod/members/stripe
        property: webhook_secret
    - secretKey: DB_PASSWORD
      remoteRef:
        key: prod/members/db
        property: password
""", None, "External Secrets Operator docs: ExternalSecret remoteRef")

add("blind-fh/compose/decoy-env-interpolation", "telemetry/docker-compose.yml", """\
services:
  influxdb:
    image: influxdb:2.7
    environment:
      DOCKER_INFLUXDB_INIT_MODE: setup
      DOCKER_INFLUXDB_INIT_USERNAME: admin
      DOCKER_INFLUXDB_INIT_PASSWORD: ${INFLUX_ADMIN_PASSWORD:?set INFLUX_ADMIN_PASSWORD}
      DOCKER_INFLUXDB_INIT_ORG: chalklab
      DOCKER_INFLUXDB_INIT_BUCKET: autobelay
      DOCKER_INFLUXDB_INIT_ADMIN_TOKEN_FILE: /run/secrets/influx_admin_token
    secrets: [influx_admin_token]
    volumes: [influx:/var/lib/influxdb2]

  grafana:
    image: grafana/grafana:11.0.0
    environment:
      GF_SECURITY_ADMIN_PASSWORD__FILE: /run/secrets/grafana_admin
    secrets: [grafana_admin]
    ports: ["3000:3000"]

secrets:
  influx_admin_token:
    file: ./secrets/influx_admin_token
  grafana_admin:
    file: ./secrets/grafana_admin

volumes:
  influx:
""", None, "Docker Compose docs: interpolation ${VAR:?err}, secrets; influxdb image *_FILE")

add("blind-fh/ansible/decoy-vault-lookups", "ansible/roles/door_gateway/defaults/main.yml", """\
---
door_gateway_version: "2.3.1"
door_gateway_mqtt_host: 10.30.0.5
door_gateway_mqtt_user: door-relay
door_gateway_mqtt_password: "{{ lookup('community.hashi_vault.hashi_vault', 'secret=kv/data/gyms/mqtt:door_relay') }}"
door_gateway_unifi_token: "{{ vault_unifi_access_token }}"
door_gateway_wifi_psk: "{{ lookup('env', 'DOOR_WIFI_PSK') }}"
door_gateway_relays:
  - name: setting-room
    gpio: 17
  - name: staff-entrance
    gpio: 27
""", None, "Ansible docs: hashi_vault lookup, env lookup, vault_ variable convention")

add("blind-fh/ansible/decoy-vault-encrypted", "ansible/group_vars/kiosks/vault.yml", """\
$ANSIBLE_VAULT;1.1;AES256
62313365396662343061393464336163383764373764613633653634306231386433626436623361
6630333866343164363336393932643539353966346466310a373063613738326339363561323830
39613730353238316338303236663764636138323166653965393065363036633231353462366665
6464643365306632360a623265353764643038653733376630346535623065316436373565633834
35346531653461306331383530386131363236313265383934623165343436363162396234323433
3961333930393266633461356661343837373730656264636565
""", None, "Ansible docs: ansible-vault encrypted files ($ANSIBLE_VAULT;1.1;AES256)")

_sops_data = "ENC[AES256_GCM,data:" + draw(44, B64) + ",iv:" + draw(43, B64) + "=,tag:" + draw(22, B64) + "==,type:str]"
add("blind-fh/sops/decoy-encrypted-yaml", "k8s/booking/secrets.enc.yaml", t("""\
apiVersion: v1
kind: Secret
metadata:
  name: booking-env
  namespace: booking
type: Opaque
stringData:
  DB_PASSWORD: §a§
  MAIL_PASSWORD: §b§
sops:
  kms: []
  age:
    - recipient: age1ql3z7hjy54pw3hyww5ayyfg7zqgvc7w3j2elw8zmrj2kg5sfn9aqmcac8p
      enc: |
        -----BEGIN AGE ENCRYPTED FILE-----
        YWdlLWVuY3J5cHRpb24ub3JnL3YxCi0+IFgyNTUxOSBmWlZzT0FxYkZ0ZHNkb0pa
        SmF0bzd3MmN0a3VYL0VkUGRlbTBsRlJjVHdFCnQ0L0Z5bERrbUZ5RlNlTkJ0WDd5
        -----END AGE ENCRYPTED FILE-----
  lastmodified: "2024-05-14T09:12:44Z"
  mac: ENC[AES256_GCM,data:§mac§,iv:§iv§,tag:§tag§,type:str]
  encrypted_regex: ^(data|stringData)$
  version: 3.8.1
""", a=_sops_data, b="ENC[AES256_GCM,data:" + draw(32, B64) + ",iv:" + draw(43, B64) + "=,tag:" + draw(22, B64) + "==,type:str]",
    mac=draw(88, B64), iv=draw(43, B64) + "=", tag=draw(22, B64) + "=="), None,
    "Mozilla SOPS docs: encrypted YAML (ENC[AES256_GCM,...]) with age recipients")

add("blind-fh/k8s/decoy-sealed-secret", "k8s/access/sealedsecret-kisi.yaml", t("""\
apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata:
  name: kisi-api
  namespace: access-sync
spec:
  encryptedData:
    KISI_API_KEY: §a§
  template:
    metadata:
      name: kisi-api
      namespace: access-sync
    type: Opaque
""", a="AgB" + draw(681, B64) + "="), None, "Bitnami Sealed Secrets docs: SealedSecret encryptedData (AgB... ciphertext)")

add("blind-fh/serverless/decoy-ssm-references", "services/waiver-webhook/serverless.yml", """\
service: waiver-webhook
frameworkVersion: "3"

provider:
  name: aws
  runtime: python3.12
  region: us-west-2
  environment:
    SMARTWAIVER_API_KEY: ${ssm:/gyms/prod/smartwaiver/api-key}
    SMARTWAIVER_WEBHOOK_SECRET: ${ssm:/gyms/prod/smartwaiver/webhook-secret}
    MEMBERS_TABLE: ${self:service}-${sls:stage}-members

functions:
  signed:
    handler: handler.signed
    events:
      - httpApi:
          path: /smartwaiver/signed
          method: post
""", None, "Serverless Framework docs: SSM parameter references ${ssm:...}")

add("blind-fh/json/decoy-azure-keyvault-references", "infra/functions/belay-alerts/local.settings.sample.json", """\
{
  "IsEncrypted": false,
  "Values": {
    "FUNCTIONS_WORKER_RUNTIME": "node",
    "AzureWebJobsStorage": "UseDevelopmentStorage=true",
    "TwilioAuthToken": "@Microsoft.KeyVault(SecretUri=https://kv-gyms-prod.vault.azure.net/secrets/twilio-auth-token/)",
    "SlackWebhookUrl": "@Microsoft.KeyVault(VaultName=kv-gyms-prod;SecretName=slack-belay-alerts)",
    "AlertThresholdMs": "4500"
  }
}
""", None, "Azure App Service docs: Key Vault references (@Microsoft.KeyVault(SecretUri=...))")

add("blind-fh/yaml/decoy-doppler-config", "member-portal/doppler.yaml", """\
setup:
  - project: member-portal
    config: dev
    path: .
  - project: access-sync
    config: dev
    path: ./access
# run locally with: doppler run -- npm run dev
# secrets (STRIPE_SECRET_KEY, KISI_API_KEY, ...) are fetched at runtime, never written to disk
""", None, "Doppler CLI docs: doppler.yaml setup and doppler run")

add("blind-fh/esphome/decoy-secret-tags", "esphome/hangboard-scale.yaml", """\
esphome:
  name: hangboard-scale
  friendly_name: Hangboard scale

esp32:
  board: esp32dev

wifi:
  ssid: !secret wifi_ssid
  password: !secret wifi_password
  ap:
    ssid: "Hangboard Fallback"
    password: !secret fallback_ap_password

api:
  encryption:
    key: !secret api_encryption_key

ota:
  - platform: esphome
    password: !secret ota_password

sensor:
  - platform: hx711
    name: "Hangboard load"
    dout_pin: GPIO19
    clk_pin: GPIO18
    gain: 128
    update_interval: 200ms
    unit_of_measurement: kg
""", None, "ESPHome docs: !secret tags and secrets.yaml")

add("blind-fh/arduino/decoy-secrets-example-header", "firmware/autobelay-counter/secrets.example.h", """\
// Copy to secrets.h (git-ignored) and fill in for your gym's IoT network.
#pragma once

#define WIFI_SSID     "your-iot-ssid"
#define WIFI_PASSWORD "your-iot-wifi-password"
#define MQTT_USER     "autobelay-lane-XX"
#define MQTT_PASSWORD "CHANGE_ME"
""", None, "Arduino convention: secrets.example.h with placeholders")

add("blind-fh/postman/decoy-variables", "docs/postman/capitan.postman_collection.json", """\
{
  "info": {
    "name": "Capitan API",
    "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"
  },
  "auth": {
    "type": "apikey",
    "apikey": [
      { "key": "key", "value": "Authorization", "type": "string" },
      { "key": "value", "value": "Token {{capitan_token}}", "type": "string" }
    ]
  },
  "item": [
    { "name": "Customers", "request": { "method": "GET", "url": "{{capitan_base}}/customers/?page_size=50" } },
    { "name": "Check-ins today", "request": { "method": "GET", "url": "{{capitan_base}}/check_ins/?date={{today}}" } }
  ],
  "variable": [
    { "key": "capitan_base", "value": "https://api.hellocapitan.com/api" },
    { "key": "capitan_token", "value": "" }
  ]
}
""", None, "Postman docs: collection variables ({{var}})")

add("blind-fh/markdown/decoy-readme-your-key", "integrations/smartwaiver/README.md", """\
# Smartwaiver integration

Pulls signed waivers every 15 minutes and links them to Capitan customers.

## Setup

1. In Smartwaiver go to **Account > API Keys** and create a key named `waiver-sync`.
2. Store it in 1Password (`Front Desk / Smartwaiver / api key`).
3. Export it before running locally:

```bash
export SMARTWAIVER_API_KEY="<your-api-key>"
python -m waiver_sync --since yesterday
```

The webhook secret is configured under **Webhooks**; set `SMARTWAIVER_WEBHOOK_SECRET` the same way.
Never paste the key into this README, Slack or a ticket.
""", None, "Smartwaiver API docs; README with a placeholder")

add("blind-fh/openapi/decoy-security-schemes", "docs/api/checkin-api.yaml", """\
openapi: 3.0.3
info:
  title: Check-in API
  version: 2.1.0
servers:
  - url: https://checkin.overhanghall.climb/api
components:
  securitySchemes:
    kioskKey:
      type: apiKey
      in: header
      name: X-Kiosk-Key
    bearerAuth:
      type: http
      scheme: bearer
      bearerFormat: JWT
security:
  - bearerAuth: []
paths:
  /members/{barcode}:
    get:
      summary: Look up a member by card barcode
      parameters:
        - name: barcode
          in: path
          required: true
          schema: { type: string, example: "0004418827" }
      responses:
        "200": { description: Member found }
        "401": { description: "Missing or bad token, e.g. `Authorization: Bearer <token>`" }
""", None, "OpenAPI 3.0 specification: securitySchemes")

add("blind-fh/shell-history/decoy-env-vars", "docs/it/incident-2024-09-kisi.history", """\
  812  export KISI_API_KEY="$(op read 'op://Front Desk/Kisi/api key')"
  813  curl -s https://api.kisi.io/locks -H "Authorization: KISI-LOGIN $KISI_API_KEY" | jq '.[] | {id, name, online}'
  814  curl -s -X POST https://api.kisi.io/locks/48213/unlock -H "Authorization: KISI-LOGIN $KISI_API_KEY"
  815  unset KISI_API_KEY
  816  history -d 812
""", None, "Kisi API docs; 1Password CLI op read")

add("blind-fh/shell/decoy-read-secret-file", "ops/bin/rotate-guest-wifi.sh", """\
#!/usr/bin/env bash
set -euo pipefail
# Rotates the guest Wi-Fi PSK via the Meraki API; key is read from a root-only file.
MERAKI_API_KEY="$(< /etc/gym-it/meraki.key)"
NETWORK_ID="L_646829496481105433"
NEW_PSK="$(shuf -n3 /usr/share/dict/climbing-words | paste -sd-)"

curl -fsS -X PUT "https://api.meraki.com/api/v1/networks/${NETWORK_ID}/wireless/ssids/2" \\
  -H "X-Cisco-Meraki-API-Key: ${MERAKI_API_KEY}" \\
  -H "Content-Type: application/json" \\
  -d "{\\"psk\\": \\"${NEW_PSK}\\"}"

echo "Guest Wi-Fi: ${NEW_PSK}" | lp -d frontdesk-label
""", None, "Meraki Dashboard API docs: X-Cisco-Meraki-API-Key header")

add("blind-fh/jinja/decoy-template", "ansible/roles/door_gateway/templates/config.toml.j2", """\
# {{ ansible_managed }}
[mqtt]
host = "{{ door_gateway_mqtt_host }}"
port = 8883
tls = true
client_id = "door-relay-{{ inventory_hostname }}"
username = "{{ door_gateway_mqtt_user }}"
password = "{{ door_gateway_mqtt_password }}"
topic = "gym/doors/{{ item.name }}/cmd"

[relay]
gpio = {{ item.gpio }}
pulse_ms = 4000
""", None, "Ansible docs: template module, Jinja2 variables")

add("blind-fh/php/decoy-wp-config-getenv", "site-staging/wp-config.php", """\
<?php
/** Staging WordPress: every secret comes from the container environment. */
define( 'DB_NAME',     getenv( 'WORDPRESS_DB_NAME' ) );
define( 'DB_USER',     getenv( 'WORDPRESS_DB_USER' ) );
define( 'DB_PASSWORD', getenv( 'WORDPRESS_DB_PASSWORD' ) );
define( 'DB_HOST',     getenv( 'WORDPRESS_DB_HOST' ) ?: 'db:3306' );

define( 'AUTH_KEY',         getenv( 'WORDPRESS_AUTH_KEY' ) );
define( 'SECURE_AUTH_KEY',  getenv( 'WORDPRESS_SECURE_AUTH_KEY' ) );
define( 'LOGGED_IN_KEY',    getenv( 'WORDPRESS_LOGGED_IN_KEY' ) );
define( 'NONCE_KEY',        getenv( 'WORDPRESS_NONCE_KEY' ) );
define( 'AUTH_SALT',        getenv( 'WORDPRESS_AUTH_SALT' ) );

$table_prefix = 'ga_';
define( 'WP_DEBUG', true );
if ( ! defined( 'ABSPATH' ) ) {
	define( 'ABSPATH', __DIR__ . '/' );
}
require_once ABSPATH . 'wp-settings.php';
""", None, "WordPress Docker image docs: WORDPRESS_* environment variables")

add("blind-fh/ruby/decoy-rails-credentials", "config/initializers/capitan.rb", """\
# frozen_string_literal: true

# bin/rails credentials:edit --environment production
#   capitan:
#     token: ...
Capitan.configure do |config|
  config.base_url = "https://api.hellocapitan.com/api"
  config.token = Rails.application.credentials.dig(:capitan, :token)
  config.timeout = 15
end
""", None, "Rails guides: Custom credentials (Rails.application.credentials)")

add("blind-fh/csharp/decoy-configuration-binding", "src/Overhang.Payments/PaymentsOptions.cs", """\
namespace Overhang.Payments
{
    /// <summary>Bound from the "Payments" section; values come from Azure Key Vault in prod.</summary>
    public sealed class PaymentsOptions
    {
        public const string Section = "Payments";

        public string CheckoutSecretKey { get; set; } = string.Empty;
        public string CheckoutPublicKey { get; set; } = string.Empty;
        public string WebhookAuthorizationHeaderKey { get; set; } = string.Empty;
        public string Currency { get; set; } = "EUR";
    }
}
""", None, "ASP.NET Core docs: Options pattern")

add("blind-fh/java/decoy-value-annotation", "waitlist/src/main/java/climb/ops/waitlist/SmsConfig.java", """\
package climb.ops.waitlist;

import com.twilio.Twilio;
import jakarta.annotation.PostConstruct;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Configuration;

@Configuration
public class SmsConfig {
    @Value("${twilio.account-sid}")
    private String accountSid;

    @Value("${twilio.auth-token}")
    private String authToken;

    @PostConstruct
    void init() {
        Twilio.init(accountSid, authToken);
    }
}
""", None, "Spring docs: @Value property injection; Twilio Java SDK init")

add("blind-fh/kotlin/decoy-buildconfig-from-local-properties", "app/build.gradle.kts", """\
import java.util.Properties

plugins {
    id("com.android.application")
    kotlin("android")
}

val localProps = Properties().apply {
    val f = rootProject.file("local.properties")
    if (f.exists()) f.inputStream().use { load(it) }
}

android {
    namespace = "climb.pinch.setting"
    compileSdk = 34
    defaultConfig {
        applicationId = "climb.pinch.setting"
        minSdk = 26
        targetSdk = 34
        versionCode = 41
        versionName = "2.4.0"
        buildConfigField("String", "TOPLOGGER_TOKEN", "\\"${localProps.getProperty("toplogger.token", "")}\\"")
    }
    buildFeatures { buildConfig = true }
}
""", None, "Android docs: buildConfigField; secrets kept in local.properties")

add("blind-fh/swift/decoy-keychain-lookup", "StaffApp/Sources/Access/Credentials.swift", """\
import Foundation
import Security

/// Reads the Brivo API key that the MDM profile installs into the shared keychain.
enum Credentials {
    static func brivoApiKey() -> String? {
        let query: [String: Any] = [
            kSecClass as String: kSecClassGenericPassword,
            kSecAttrService as String: "climb.overhang.staff.brivo",
            kSecAttrAccount as String: "api-key",
            kSecReturnData as String: true,
            kSecMatchLimit as String: kSecMatchLimitOne,
        ]
        var item: CFTypeRef?
        guard SecItemCopyMatching(query as CFDictionary, &item) == errSecSuccess,
              let data = item as? Data else { return nil }
        return String(data: data, encoding: .utf8)
    }
}
""", None, "Apple docs: Keychain Services SecItemCopyMatching")

add("blind-fh/powershell/decoy-secret-management", "it/m365/Connect-Graph.ps1", """\
# Connects to Microsoft Graph with the app secret kept in the SecretManagement vault.
Import-Module Microsoft.PowerShell.SecretManagement

$TenantId = "5b1e7c2a-93f4-4d8e-a6b0-2c9d1e4f7a83"
$ClientId = "e2c4a6f8-1b3d-4e5f-8a7b-9c0d1e2f3a4b"
$secret   = Get-Secret -Name 'graph-staff-provisioning' -Vault 'GymIT'

$cred = New-Object System.Management.Automation.PSCredential($ClientId, $secret)
Connect-MgGraph -TenantId $TenantId -ClientSecretCredential $cred -NoWelcome
Get-MgContext | Select-Object TenantId, AppName, Scopes
""", None, "PowerShell SecretManagement docs: Get-Secret")

add("blind-fh/dockerfile/decoy-build-secret-mount", "apps/route-app/Dockerfile", """\
# syntax=docker/dockerfile:1.7
FROM node:20-alpine AS deps
WORKDIR /app
COPY package.json package-lock.json .npmrc.template ./
RUN --mount=type=secret,id=npm_token \\
    NPM_TOKEN="$(cat /run/secrets/npm_token)" envsubst < .npmrc.template > .npmrc && \\
    npm ci && rm -f .npmrc

FROM node:20-alpine
WORKDIR /app
COPY --from=deps /app/node_modules ./node_modules
COPY . .
RUN npm run build
CMD ["npm", "start"]
""", None, "Docker docs: build secrets (RUN --mount=type=secret)")

add("blind-fh/npmrc/decoy-env-token", "apps/kiosk-web/.npmrc", """\
@chalklab:registry=https://npm.pkg.github.com
//npm.pkg.github.com/:_authToken=${NODE_AUTH_TOKEN}
always-auth=true
engine-strict=true
save-exact=true
""", None, "npm docs: .npmrc environment variable substitution ${NODE_AUTH_TOKEN}")

add("blind-fh/ini/decoy-odbc-dsn-no-password", "it/rgp/odbc.ini", """\
[RGP]
Driver      = MySQL ODBC 8.0 Unicode Driver
Description = Rock Gym Pro (read-only reporting)
Server      = 127.0.0.1
Port        = 3306
Database    = rgp
User        = rgp_report
; password is supplied at connect time from Windows Credential Manager (target: RGP-ODBC)
Option      = 3
""", None, "MySQL Connector/ODBC docs: odbc.ini DSN parameters")

add("blind-fh/xml/decoy-maven-encrypted-password", "ci/maven/settings-security-example.xml", """\
<?xml version="1.0" encoding="UTF-8"?>
<settings>
  <servers>
    <server>
      <id>climb-nexus</id>
      <username>${env.NEXUS_USER}</username>
      <password>${env.NEXUS_PASSWORD}</password>
    </server>
  </servers>
</settings>
""", None, "Apache Maven docs: settings.xml with ${env.VAR} interpolation")


# =================================================================================================
# Decoys: hashes, ciphertext, public keys and public identifiers
# =================================================================================================

def bcrypt_hash() -> str:
    return "$2b$12$" + draw(53, ALNUM + "./")


def argon2_hash() -> str:
    return "$argon2id$v=19$m=65536,t=3,p=4$" + draw(22, B64) + "$" + draw(43, B64)


add("blind-fh/sql/decoy-bcrypt-seed", "db/seeds/001_staff_users.sql", t("""\
-- Staff accounts for local development. Hashes of throwaway passwords; real staff use SSO.
INSERT INTO staff_users (email, display_name, role, password_hash) VALUES
  ('dana@example.test',  'Dana (GM)',        'admin',   '§a§'),
  ('tom@example.test',   'Tom (head setter)', 'setter',  '§b§'),
  ('priya@example.test', 'Priya (desk)',     'desk',    '§c§'),
  ('kai@example.test',   'Kai (coach)',      'coach',   '§d§');
""", a=bcrypt_hash(), b=bcrypt_hash(), c=bcrypt_hash(), d=bcrypt_hash()), None,
    "bcrypt modular crypt format ($2b$12$...)")

add("blind-fh/python/decoy-argon2-fixture", "tests/fixtures/members.py", t("""\
\"\"\"Member fixtures for the portal tests (hashes made with argon2-cffi defaults).\"\"\"
import pytest

from portal.models import Member


@pytest.fixture
def member(db):
    return Member.objects.create(
        email="alex.boulder@example.com",
        first_name="Alex",
        last_name="Boulder",
        password_hash="§a§",
        tier="monthly-unlimited",
        belay_certified=True,
    )
""", a=argon2_hash()), None, "argon2-cffi docs: PHC string format ($argon2id$v=19$...)")

add("blind-fh/mosquitto/decoy-password-file", "telemetry/mosquitto/passwd", t("""\
autobelay-lane-01:$7$101$§a§$§b§
autobelay-lane-02:$7$101$§c§$§d§
door-relay:$7$101$§e§$§f§
eastside-bridge:$7$101$§g§$§h§
telegraf:$7$101$§i§$§j§
""", a=draw(16, B64), b=draw(86, B64) + "==", c=draw(16, B64), d=draw(86, B64) + "==", e=draw(16, B64),
    f=draw(86, B64) + "==", g=draw(16, B64), h=draw(86, B64) + "==", i=draw(16, B64), j=draw(86, B64) + "=="), None,
    "mosquitto_passwd(1): hashed password file ($7$ PBKDF2-SHA512)")

add("blind-fh/htpasswd/decoy-apr1-hashes", "infra/nginx/htpasswd/setters", t("""\
tom:$apr1$§a§$§b§
lena:$apr1$§c§$§d§
marco:$2y$05$§e§
jo:$apr1$§f§$§g§
kai:$2y$05$§h§
""", a=draw(8, ALNUM), b=draw(22, ALNUM + "./"), c=draw(8, ALNUM), d=draw(22, ALNUM + "./"),
    e=draw(53, ALNUM + "./"), f=draw(8, ALNUM), g=draw(22, ALNUM + "./"), h=draw(53, ALNUM + "./")), None,
    "Apache htpasswd docs: $apr1$ MD5 and bcrypt ($2y$) entries")

add("blind-fh/cisco-config/decoy-type9-secrets", "network/configs/sw-frontdesk-01.cfg", t("""\
!
hostname sw-frontdesk-01
!
enable algorithm-type scrypt secret §a§
!
username netadmin privilege 15 algorithm-type scrypt secret §b§
!
aaa new-model
aaa authentication login default local
!
interface GigabitEthernet1/0/10
 description frontdesk-kiosk-01
 switchport access vlan 40
 switchport mode access
!
snmp-server group MONITOR v3 priv read MONITOR-VIEW
snmp-server view MONITOR-VIEW iso included
!
line vty 0 4
 transport input ssh
!
end
""", a="$9$" + draw(14, ALNUM + "./") + "$" + draw(43, ALNUM + "./"), b="$9$" + draw(14, ALNUM + "./") + "$" + draw(43, ALNUM + "./")), None,
    "Cisco IOS docs: type 9 (scrypt) secrets")

add("blind-fh/caddy/decoy-basicauth-hash", "infra/caddy/Caddyfile", t("""\
belays.chalklab.climb {
	basicauth /admin/* {
		setter §a§
	}
	reverse_proxy 10.30.0.8:3000
	encode gzip
	log {
		output file /var/log/caddy/belays.log
	}
}
""", a=bcrypt_hash().replace("$2b$12$", "$2a$14$")), None, "Caddy docs: basicauth directive (bcrypt hashed passwords)")

add("blind-fh/javascript/decoy-node-red-env-secret", "node-red-westside/settings.js", t("""\
// Node-RED on the Westside wall gateway. flows_cred.json is encrypted with the secret below,
// which systemd passes in from /etc/node-red/credential-secret (root only).
module.exports = {
    flowFile: 'flows_westside.json',
    flowFilePretty: true,
    credentialSecret: process.env.NODE_RED_CREDENTIAL_SECRET,
    uiPort: process.env.PORT || 1880,
    adminAuth: {
        type: "credentials",
        users: [{ username: "ops", password: "§a§", permissions: "*" }]
    },
    logging: { console: { level: "info", metrics: false, audit: true } }
};
""", a=bcrypt_hash().replace("$2b$12$", "$2b$08$")), None,
    "Node-RED docs: securing Node-RED (adminAuth bcrypt hash), credentialSecret from the environment")

add("blind-fh/yaml/decoy-kms-ciphertext", "services/door-sync/config/prod.yaml", t("""\
# Values encrypted with the alias/gyms-prod KMS key; decrypted at startup by the Lambda role.
kisi:
  organization_id: 8213
  api_key_ciphertext: §a§
capitan:
  base_url: https://api.hellocapitan.com/api
  token_ciphertext: §b§
sync:
  interval_seconds: 300
""", a="AQICAHh" + draw(180, B64) + "==", b="AQICAHh" + draw(200, B64) + "=="), None,
    "AWS KMS docs: Encrypt returns a ciphertext blob (base64), decrypt needs kms:Decrypt")

add("blind-fh/json/decoy-vault-transit-ciphertext", "services/qr/config/keys.json", t("""\
{
  "qr_signing_key": "vault:v1:§a§",
  "qr_signing_key_previous": "vault:v1:§b§",
  "rotated_at": "2024-04-01T00:00:00Z",
  "transit_key": "checkin-qr"
}
""", a=draw(96, B64) + "==", b=draw(96, B64) + "=="), None, "HashiCorp Vault docs: transit secrets engine ciphertext (vault:v1:...)")

add("blind-fh/ssh/decoy-authorized-keys", "kiosk/rootfs/home/kiosk/.ssh/authorized_keys", "\n".join([
    "# managed by ansible (role: kiosk_base)",
    ssh_pub("lena@it-laptop"),
    ssh_pub("marco@ops-yubikey"),
    ssh_pub("ansible@control-node"),
    ssh_pub("backup@nas01"),
]) + "\n", None, "OpenSSH sshd(8): AUTHORIZED_KEYS file format (public keys)")

add("blind-fh/cloud-init/decoy-public-key", "kiosk/cloud-init/user-data-template.yaml", t("""\
#cloud-config
hostname: checkin-kiosk-XX
users:
  - name: kiosk
    groups: [video, input]
    shell: /bin/bash
    lock_passwd: true
    ssh_authorized_keys:
      - §a§
runcmd:
  - tailscale up --authkey="$(cat /boot/firmware/tailscale.key)" --hostname="$(hostname)"
  - rm -f /boot/firmware/tailscale.key
""", a=ssh_pub("ansible@control-node")), None, "cloud-init docs: users ssh_authorized_keys; auth key read from a file")

add("blind-fh/pem/decoy-certificate", "access/hid/certs/vertx-gateway.crt", cert_pem(18) + "\n", None,
    "RFC 7468: textual encoding of X.509 certificates (public)")

_pk = "MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA" + draw(348, B64) + "IDAQAB"
add("blind-fh/pem/decoy-public-key", "checkin/keys/qr-verify.pub.pem",
    "-----BEGIN PUBLIC KEY-----\n" + "\n".join(_pk[i:i + 64] for i in range(0, len(_pk), 64)) + "\n-----END PUBLIC KEY-----\n",
    None, "RFC 7468: SubjectPublicKeyInfo (PUBLIC KEY), verification key for door scanners")

add("blind-fh/wireguard/decoy-template-and-public-keys", "network/wireguard/wg-client-template.conf", t("""\
# Template for staff laptops; generate your own key with `wg genkey | tee privatekey | wg pubkey`.
[Interface]
Address = 10.99.1.X/32
PrivateKey = <paste the output of wg genkey here>
DNS = 10.20.0.1

[Peer]
# Eastside core
PublicKey = §a§
Endpoint = vpn.eastside.cruxcollective.climb:51820
AllowedIPs = 10.20.0.0/16, 10.30.0.0/16
""", a=wireguard_key()), None, "WireGuard docs: wg genkey / wg pubkey; peer PublicKey is public")

add("blind-fh/pgp/decoy-public-key-block", "docs/security/security-contact.asc", t("""\
-----BEGIN PGP PUBLIC KEY BLOCK-----
Comment: security@cruxcollective.climb - report vulnerabilities in the member portal

mDMEZk3Q8RYJKwYBBAHaRw8BAQdA§a§
§b§
§c§
=§d§
-----END PGP PUBLIC KEY BLOCK-----
""", a=draw(36, B64), b=draw(64, B64), c=draw(40, B64), d=draw(4, B64)), None, "RFC 4880: ASCII-armored public key block")

add("blind-fh/javascript/decoy-stripe-publishable", "member-portal/public/js/checkout.js", t("""\
// Stripe.js checkout for day passes. The publishable key is meant to be public.
const stripe = Stripe('§a§');

document.querySelector('#buy-day-pass').addEventListener('click', async () => {
  const res = await fetch('/api/checkout/day-pass', { method: 'POST' });
  const { sessionId } = await res.json();
  const { error } = await stripe.redirectToCheckout({ sessionId });
  if (error) {
    document.querySelector('#checkout-error').textContent = error.message;
  }
});
""", a=stripe_pk()), None, "Stripe docs: publishable keys (pk_live_) are safe in client code")

add("blind-fh/html/decoy-mapbox-public-token", "site/locations/index.html", t("""\
<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>Our gyms - Overhang Hall</title>
  <link href="https://api.mapbox.com/mapbox-gl-js/v3.3.0/mapbox-gl.css" rel="stylesheet">
  <script src="https://api.mapbox.com/mapbox-gl-js/v3.3.0/mapbox-gl.js"></script>
</head>
<body>
  <div id="map" style="height: 480px"></div>
  <script>
    mapboxgl.accessToken = '§a§';
    const map = new mapboxgl.Map({ container: 'map', style: 'mapbox://styles/mapbox/streets-v12', center: [-122.68, 45.52], zoom: 11 });
    [[-122.66, 45.53, 'Eastside'], [-122.71, 45.51, 'Westside']].forEach(([lng, lat, name]) =>
      new mapboxgl.Marker().setLngLat([lng, lat]).setPopup(new mapboxgl.Popup().setText(name)).addTo(map));
  </script>
</body>
</html>
""", a=mapbox_public("overhanghall")), None, "Mapbox docs: public access tokens (pk.) for GL JS in the browser")

add("blind-fh/html/decoy-google-maps-browser-key", "site/wp-content/themes/crux/parts/find-us.html", t("""\
<section class="find-us">
  <h2>Find us</h2>
  <p>2140 SE Division St. Parking behind the building; bike racks by the bouldering cave windows.</p>
  <div id="gmap" class="find-us__map"></div>
  <script>
    function initMap() {
      const gym = { lat: 45.5048, lng: -122.6439 };
      const map = new google.maps.Map(document.getElementById('gmap'), { zoom: 15, center: gym });
      new google.maps.Marker({ position: gym, map, title: 'Crux Collective' });
    }
  </script>
  <!-- browser key, HTTP-referrer restricted to *.cruxcollective.climb -->
  <script async src="https://maps.googleapis.com/maps/api/js?key=AIza§a§&callback=initMap"></script>
</section>
""", a="Sy" + mixed(33, URLSAFE)), None, "Google Maps JavaScript API docs: API key in the script tag, restricted by referrer")

add("blind-fh/typescript/decoy-firebase-web-config", "apps/route-app/src/lib/firebase.ts", t("""\
import { initializeApp } from "firebase/app";
import { getAuth } from "firebase/auth";
import { getFirestore } from "firebase/firestore";

// Firebase web config identifies the project; access is enforced by Security Rules.
const firebaseConfig = {
  apiKey: "AIza§a§",
  authDomain: "chalklab-routes.firebaseapp.com",
  projectId: "chalklab-routes",
  storageBucket: "chalklab-routes.appspot.com",
  messagingSenderId: "771923840155",
  appId: "1:771923840155:web:§b§",
};

export const app = initializeApp(firebaseConfig);
export const auth = getAuth(app);
export const db = getFirestore(app);
""", a="Sy" + mixed(33, URLSAFE), b=hexs(22)), None, "Firebase docs: Learn about using and managing API keys (web config is not secret)")

add("blind-fh/javascript/decoy-algolia-search-key", "apps/route-app/src/search.js", t("""\
import algoliasearch from 'algoliasearch/lite';
import instantsearch from 'instantsearch.js';
import { searchBox, hits } from 'instantsearch.js/es/widgets';

// Search-only API key: read access to problems_prod, safe to ship to browsers.
const searchClient = algoliasearch('Q7ZK2M1P8R', '§a§');

const search = instantsearch({ indexName: 'problems_prod', searchClient });
search.addWidgets([
  searchBox({ container: '#problem-search', placeholder: 'Grade, colour, setter...' }),
  hits({ container: '#problem-hits', templates: { item: (hit, { html }) => html`<b>${hit.name}</b> ${hit.grade}` } }),
]);
search.start();
""", a=hexs(32)), None, "Algolia docs: search-only API key is safe for the front end")

_anon_ref = draw(20, string.ascii_lowercase)
add("blind-fh/typescript/decoy-supabase-anon", "apps/comp-scoring/lib/supabase.ts", t("""\
import { createClient } from "@supabase/supabase-js";

// anon key: public by design, row level security restricts what it can read and write
export const supabase = createClient(
  "https://§r§.supabase.co",
  "§a§",
);
""", r=_anon_ref, a=jwt({"iss": "supabase", "ref": _anon_ref, "role": "anon", "iat": 1709251200, "exp": 2024827200})), None,
    "Supabase docs: API keys (anon key is safe in the browser with RLS)")

add("blind-fh/javascript/decoy-sentry-dsn", "apps/route-app/src/sentry.client.config.js", t("""\
import * as Sentry from '@sentry/nextjs';

Sentry.init({
  dsn: 'https://§a§@o4506712345678912.ingest.sentry.io/4506712398765432',
  tracesSampleRate: 0.1,
  replaysSessionSampleRate: 0,
  environment: process.env.NEXT_PUBLIC_VERCEL_ENV,
});
""", a=hexs(32)), None, "Sentry docs: DSN is safe to keep public (client key only submits events)")

add("blind-fh/html/decoy-adyen-client-key", "member-portal/views/checkout-adyen.html", t("""\
<div id="dropin-container"></div>
<script src="https://checkoutshopper-live.adyen.com/checkoutshopper/sdk/5.59.0/adyen.js"></script>
<script>
  (async () => {
    const session = await (await fetch('/api/adyen/session', { method: 'POST' })).json();
    const checkout = await AdyenCheckout({
      environment: 'live',
      clientKey: '§a§',
      session,
      onPaymentCompleted: () => { window.location = '/welcome'; },
    });
    checkout.create('dropin').mount('#dropin-container');
  })();
</script>
""", a="live_" + draw(32, string.ascii_uppercase + string.digits)), None,
    "Adyen docs: client key (live_...) is used client-side, restricted by allowed origins")

add("blind-fh/javascript/decoy-square-application-id", "kiosk-web/src/squarePayments.js", t("""\
// Square Web Payments SDK on the front desk tablet: application and location ids are public.
const APPLICATION_ID = 'sq0idp-§a§';
const LOCATION_ID = '§b§';

export async function mountCard(selector) {
  const payments = window.Square.payments(APPLICATION_ID, LOCATION_ID);
  const card = await payments.card();
  await card.attach(selector);
  return card;
}

export async function tokenize(card) {
  const result = await card.tokenize();
  if (result.status !== 'OK') throw new Error(result.errors?.[0]?.message ?? 'card error');
  return result.token;
}
""", a=mixed(22, URLSAFE), b=draw(13, string.ascii_uppercase + string.digits)), None,
    "Square Web Payments SDK docs: application id (sq0idp-) and location id")

add("blind-fh/html/decoy-paypal-client-id", "site/youth-camps/deposit.html", t("""\
<h1>Summer youth camp deposit</h1>
<p>Pay the $100 deposit to hold your camper's spot. The rest is due two weeks before camp.</p>
<div id="paypal-button-container"></div>
<script src="https://www.paypal.com/sdk/js?client-id=§a§&currency=USD"></script>
<script>
  paypal.Buttons({
    createOrder: () => fetch('/api/camps/deposit', { method: 'POST' }).then((r) => r.json()).then((o) => o.id),
    onApprove: (data) => fetch(`/api/camps/deposit/${data.orderID}/capture`, { method: 'POST' })
      .then(() => { window.location = '/youth-camps/thanks'; }),
  }).render('#paypal-button-container');
</script>
""", a="A" + mixed(79, URLSAFE)), None, "PayPal JS SDK docs: client-id query parameter is public")

add("blind-fh/html/decoy-recaptcha-site-key", "site/wp-content/themes/crux/parts/party-form.html", t("""\
<form id="party-enquiry" action="/wp-admin/admin-post.php" method="post">
  <input type="hidden" name="action" value="crux_party_enquiry">
  <label>Name <input name="name" required></label>
  <label>Email <input type="email" name="email" required></label>
  <label>Date <input type="date" name="date"></label>
  <label>Kids (max 12) <input type="number" name="kids" min="1" max="12"></label>
  <input type="hidden" name="g-recaptcha-response" id="g-recaptcha-response">
  <button type="submit">Send</button>
</form>
<script src="https://www.google.com/recaptcha/api.js?render=6Ld§a§"></script>
<script>
  grecaptcha.ready(() => grecaptcha.execute('6Ld§a§', { action: 'party' })
    .then((t) => { document.getElementById('g-recaptcha-response').value = t; }));
</script>
""", a=mixed(37, URLSAFE)), None, "Google reCAPTCHA v3 docs: site key is embedded in the page")

add("blind-fh/html/decoy-hubspot-embed", "site/wp-content/themes/crux/parts/newsletter.html", t("""\
<!-- HubSpot newsletter form (portal id and form guid are public identifiers) -->
<script charset="utf-8" type="text/javascript" src="//js.hsforms.net/forms/embed/v2.js"></script>
<script>
  hbspt.forms.create({
    region: "na1",
    portalId: "44718203",
    formId: "§a§",
    target: "#newsletter-signup"
  });
</script>
<div id="newsletter-signup"></div>
""", a=uuid_s()), None, "HubSpot docs: embed code (portalId, formId)")

add("blind-fh/twilio/decoy-account-sid-only", "notify/config/twilio.yaml", t("""\
# Twilio account for class reminders. The auth token lives in AWS Secrets Manager
# (prod/notify/twilio) and is injected as TWILIO_AUTH_TOKEN.
account_sid: §a§
messaging_service_sid: MG§b§
from_number: "+15035550142"
quiet_hours:
  start: "21:00"
  end: "08:00"
""", a=twilio_sid(), b=hexs(32)), None, "Twilio docs: Account SID and Messaging Service SID are identifiers")

add("blind-fh/json/decoy-google-services", "apps/route-app/android/app/google-services.json", t("""\
{
  "project_info": {
    "project_number": "771923840155",
    "project_id": "chalklab-routes",
    "storage_bucket": "chalklab-routes.appspot.com"
  },
  "client": [
    {
      "client_info": {
        "mobilesdk_app_id": "1:771923840155:android:§b§",
        "android_client_info": { "package_name": "climb.chalklab.routes" }
      },
      "oauth_client": [],
      "api_key": [ { "current_key": "AIza§a§" } ],
      "services": { "appinvite_service": { "other_platform_oauth_client": [] } }
    }
  ],
  "configuration_version": "1"
}
""", a="Sy" + mixed(33, URLSAFE), b=hexs(16)), None, "Firebase docs: google-services.json is shipped in the app and is not secret")

add("blind-fh/fastlane/decoy-appfile-ids", "ios/fastlane/Appfile", """\
app_identifier("climb.chalklab.routes")
apple_id("ios-releases@chalklab.climb")
itc_team_id("118273645")
team_id("9QX4Z2M7KD")

for_platform :ios do
  for_lane :beta do
    app_identifier("climb.chalklab.routes.beta")
  end
end
""", None, "fastlane docs: Appfile (app identifier, team ids)")


# =================================================================================================
# Decoys: checksums, ids, doc examples, fakes, redactions, code that handles secrets
# =================================================================================================

add("blind-fh/dockerfile/decoy-checksum", "telemetry/gateway/Dockerfile", t("""\
FROM debian:bookworm-slim
ARG TELEGRAF_VERSION=1.30.3
ARG TELEGRAF_SHA256=§a§
RUN apt-get update && apt-get install -y --no-install-recommends ca-certificates curl && \\
    curl -fsSLo /tmp/telegraf.tgz https://dl.influxdata.com/telegraf/releases/telegraf-${TELEGRAF_VERSION}_linux_arm64.tar.gz && \\
    echo "${TELEGRAF_SHA256}  /tmp/telegraf.tgz" | sha256sum -c - && \\
    tar -xzf /tmp/telegraf.tgz -C / --strip-components=2 && rm /tmp/telegraf.tgz && \\
    apt-get purge -y curl && rm -rf /var/lib/apt/lists/*
COPY telegraf.conf /etc/telegraf/telegraf.conf
USER nobody
ENTRYPOINT ["telegraf"]
""", a=hexs(64)), None, "Dockerfile best practices: verify downloads with sha256sum")

add("blind-fh/text/decoy-firmware-sha256sums", "firmware/releases/v2.4.1/SHA256SUMS", t("""\
§a§  autobelay-counter-esp32-v2.4.1.bin
§b§  autobelay-counter-esp32-v2.4.1.elf
§c§  hangboard-scale-esp32-v2.4.1.bin
§d§  door-relay-rpi-v2.4.1.tar.gz
§e§  wall-gateway-v2.4.1.img.xz
""", a=hexs(64), b=hexs(64), c=hexs(64), d=hexs(64), e=hexs(64)), None, "GNU coreutils sha256sum(1) output format")

_lock_entries = []
for _name, _ver in [("mqtt", "5.7.0"), ("influx", "5.9.3"), ("pino", "9.1.0"), ("zod", "3.23.8"), ("undici", "6.18.2")]:
    _lock_entries.append(t("""\
    "node_modules/§n§": {
      "version": "§v§",
      "resolved": "https://registry.npmjs.org/§n§/-/§n§-§v§.tgz",
      "integrity": "sha512-§i§=="
    }""", n=_name, v=_ver, i=draw(86, B64)))
add("blind-fh/json/decoy-package-lock-integrity", "telemetry/belay-bridge/package-lock.json",
    '{\n  "name": "belay-bridge",\n  "version": "1.2.0",\n  "lockfileVersion": 3,\n  "requires": true,\n  "packages": {\n'
    + ",\n".join(_lock_entries) + "\n  }\n}\n", None, "npm docs: package-lock.json integrity (SRI sha512)")

add("blind-fh/html/decoy-sri-hashes", "site/static/comp-results.html", t("""\
<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>Spring Bouldering League - live results</title>
  <link rel="stylesheet" href="https://cdn.jsdelivr.net/npm/bootstrap@5.3.3/dist/css/bootstrap.min.css"
        integrity="sha384-§a§" crossorigin="anonymous">
  <script src="https://cdn.jsdelivr.net/npm/chart.js@4.4.2/dist/chart.umd.min.js"
          integrity="sha384-§b§" crossorigin="anonymous"></script>
</head>
<body class="container">
  <h1>Spring Bouldering League</h1>
  <canvas id="scores"></canvas>
  <script src="/static/results.js"></script>
</body>
</html>
""", a=draw(64, B64), b=draw(64, B64)), None, "W3C Subresource Integrity (sha384- hashes)")

add("blind-fh/json/decoy-renovate-digests", "renovate.json", t("""\
{
  "$schema": "https://docs.renovatebot.com/renovate-schema.json",
  "extends": ["config:recommended", ":pinDigestsDisabled"],
  "packageRules": [
    {
      "matchPackageNames": ["ghcr.io/chalklab/routesetter-api"],
      "matchCurrentDigest": "sha256:§a§",
      "enabled": false
    },
    {
      "matchDepTypes": ["devDependencies"],
      "automerge": true
    }
  ],
  "ignoreDeps": ["telegraf"],
  "baseBranches": ["main"],
  "lockFileMaintenance": { "enabled": true, "schedule": ["before 6am on monday"] }
}
""", a=hexs(64)), None, "Renovate docs: configuration options, image digests")

add("blind-fh/markdown/decoy-changelog-commits", "CHANGELOG.md", t("""\
# Changelog

## 2.8.1 - 2024-06-03
- Fix grade histogram when a wall has no active problems (§a§)
- Route cards: print the setter's initials, not the full name (§b§)

## 2.8.0 - 2024-05-20
- New: colour-blind friendly hold colour labels (§c§)
- Kisi sync: retry on 429 with backoff (§d§)
- Bump mongoose to 8.4.0 (§e§)
""", a=hexs(40), b=hexs(40), c=hexs(40), d=hexs(40), e=hexs(40)), None, "Keep a Changelog; git commit SHA-1 ids")

add("blind-fh/yaml/decoy-uuid-ids", "access/door-map.yaml", t("""\
# UniFi Access door ids for each gym (ids, not credentials; the API token is in Vault)
eastside:
  front_entrance: §a§
  setting_room: §b§
  staff_entrance: §c§
westside:
  front_entrance: §d§
  fire_exit_monitor: §e§
groups:
  members_247: §f§
  setters: §g§
""", a=uuid_s(), b=uuid_s(), c=uuid_s(), d=uuid_s(), e=uuid_s(), f=uuid_s(), g=uuid_s()), None,
    "UniFi Access API docs: door and user group ids (UUIDs)")

add("blind-fh/sql/decoy-stripe-ids-seed", "db/seeds/020_membership_plans.sql", """\
INSERT INTO membership_plans (code, name, monthly_cents, stripe_product_id, stripe_price_id) VALUES
  ('MONTHLY',  'Monthly unlimited',       8900, 'prod_PfKz8RqMnT2bXa', 'price_1OqkZ2LmYd8Hf3aGm1tR0pQe'),
  ('ANNUAL',   'Annual unlimited (prepay)', 0,  'prod_PfKzWc4JhL9vDs', 'price_1OqkZvLmYd8Hf3aGcWlPz8kT'),
  ('STUDENT',  'Student monthly',         6900, 'prod_PfL0aN7tYk3mQe', 'price_1OqkaCLmYd8Hf3aGr5Nx2VbK'),
  ('OFFPEAK',  'Off-peak (before 4pm)',   6400, 'prod_PfL0sV1zXc8rWu', 'price_1OqkaQLmYd8Hf3aGt7Hy0MjD'),
  ('YOUTH',    'Youth team',             12500, 'prod_PfL18KbHs2nPzo', 'price_1OqkadLmYd8Hf3aGq3Lk9SfA');
""", None, "Stripe docs: object ids (prod_, price_) are identifiers")

add("blind-fh/markdown/decoy-aws-doc-example-keys", "docs/it/aws-cli-setup.md", """\
# AWS CLI for the telemetry uploader

Each laptop gets its own IAM user with MFA. Configure a profile like this (values below are the
AWS documentation examples, not ours):

```ini
[wall-telemetry-uploader]
aws_access_key_id = AKIAIOSFODNN7EXAMPLE
aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY
region = us-west-2
```

Better: use `aws configure sso` with the `GymIT` SSO start URL and skip static keys entirely.
""", None, "AWS docs: example access key AKIAIOSFODNN7EXAMPLE / wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY")

add("blind-fh/python/decoy-stripe-docs-test-key", "billing/tests/test_webhooks.py", """\
\"\"\"Webhook signature tests: a locally computed signature with a throwaway secret.\"\"\"
import hashlib
import hmac
import json
import time

from billing.webhooks.stripe_events import bp  # noqa: F401

TEST_SECRET = "whsec_test_not_a_real_secret"


def sign(payload: bytes, secret: str = TEST_SECRET) -> str:
    ts = int(time.time())
    mac = hmac.new(secret.encode(), f"{ts}.".encode() + payload, hashlib.sha256).hexdigest()
    return f"t={ts},v1={mac}"


def test_invoice_paid_activates(client, monkeypatch):
    monkeypatch.setattr("billing.webhooks.stripe_events.ENDPOINT_SECRET", TEST_SECRET)
    payload = json.dumps({"type": "invoice.paid", "data": {"object": {"customer": "cus_TEST"}}}).encode()
    resp = client.post("/webhooks/stripe", data=payload, headers={"Stripe-Signature": sign(payload)})
    assert resp.status_code == 200
""", None, "Stripe docs: webhook signature scheme (t=,v1=); test secret declares itself fake")

add("blind-fh/javascript/decoy-fake-test-tokens", "integrations/capitan/__tests__/sync-checkins.test.mjs", """\
import { jest } from '@jest/globals';

const FAKE_TOKEN = 'fake-capitan-token-for-tests';

global.fetch = jest.fn(async (url, opts) => {
  expect(opts.headers.Authorization).toBe(`Token ${FAKE_TOKEN}`);
  return { ok: true, json: async () => ({ results: [{ id: 1, checked_out_at: null }, { id: 2, checked_out_at: '2024-06-01T18:00:00Z' }] }) };
});

test('counts climbers still inside', async () => {
  process.env.CAPITAN_TOKEN = FAKE_TOKEN;
  const { countInside } = await import('../sync-checkins.mjs');
  await expect(countInside()).resolves.toBe(1);
});
""", None, "Jest docs: mock functions; tokens that declare themselves fake")

add("blind-fh/python/decoy-jwt-io-sample", "checkin/tests/test_kiosk_tokens.py", """\
\"\"\"Rejects tokens not signed by us: the jwt.io sample token must never be accepted.\"\"\"
import pytest

from checkin.auth import InvalidToken, verify_kiosk_token

# the default example on https://jwt.io (HS256, secret "your-256-bit-secret")
JWT_IO_SAMPLE = (
    "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9."
    "eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ."
    "SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c"
)


def test_rejects_foreign_token():
    with pytest.raises(InvalidToken):
        verify_kiosk_token(JWT_IO_SAMPLE)
""", None, "jwt.io: the public example token (John Doe, your-256-bit-secret)")

add("blind-fh/log/decoy-redacted", "docs/it/incidents/2024-07-12-kisi-outage.log", """\
2024-07-12T17:02:11Z INFO  access-sync starting (version 1.9.2)
2024-07-12T17:02:11Z INFO  config: KISI_API_KEY=****************a91f (32 chars) CAPITAN_TOKEN=[REDACTED]
2024-07-12T17:02:12Z INFO  GET https://api.kisi.io/locks Authorization: KISI-LOGIN <redacted>
2024-07-12T17:02:42Z WARN  kisi: request timed out after 30s (attempt 1/5)
2024-07-12T17:03:44Z WARN  kisi: request timed out after 30s (attempt 3/5)
2024-07-12T17:05:49Z ERROR kisi: giving up; members will use the fallback fob list
2024-07-12T17:41:03Z INFO  kisi: recovered, synced 1842 members in 11.2s
""", None, "Logging with masked credentials (redaction)")

add("blind-fh/text/decoy-ci-log-masked", "docs/ci/failed-deploy-2024-05-02.txt", """\
Run npx netlify-cli deploy --dir=public --prod --site "$NETLIFY_SITE_ID" --auth "$NETLIFY_AUTH_TOKEN"
  npx netlify-cli deploy --dir=public --prod --site "$NETLIFY_SITE_ID" --auth "$NETLIFY_AUTH_TOKEN"
  shell: /usr/bin/bash -e {0}
  env:
    NETLIFY_SITE_ID: a4f0c2e9-18b7-4f65-9b1e-7d3c2a5e8f10
    NETLIFY_AUTH_TOKEN: ***
Deploy path: /home/runner/work/site/site/public
Error: Unauthorized: could not retrieve project
Error: Process completed with exit code 1.
""", None, "GitHub Actions docs: secrets are masked (***) in logs")

add("blind-fh/terraform/decoy-plan-sensitive", "docs/infra/plan-2024-06-10.txt", """\
Terraform will perform the following actions:

  # aws_ssm_parameter.stripe will be updated in-place
  ~ resource "aws_ssm_parameter" "stripe" {
        id    = "/members/prod/stripe_secret_key"
        name  = "/members/prod/stripe_secret_key"
      ~ value = (sensitive value)
        # (6 unchanged attributes hidden)
    }

Plan: 0 to add, 1 to change, 0 to destroy.
""", None, "Terraform docs: sensitive values shown as (sensitive value) in plans")

add("blind-fh/python/decoy-password-generator", "it/accounts/new_staff_password.py", """\
\"\"\"Prints a one-time password for a new front desk hire (they must change it at first login).\"\"\"
import secrets
import string

WORDS = ["crimp", "sloper", "jug", "pinch", "dyno", "mantle", "smear", "gaston", "arete", "campus"]


def one_time_password() -> str:
    words = [secrets.choice(WORDS).capitalize() for _ in range(3)]
    return "-".join(words) + "-" + "".join(secrets.choice(string.digits) for _ in range(3))


if __name__ == "__main__":
    print(one_time_password())
""", None, "Python docs: secrets module for generating passwords")

add("blind-fh/yaml/decoy-password-policy", "staff-portal/config/security.yaml", """\
password_policy:
  min_length: 14
  require_mixed_case: true
  require_digit: true
  disallow_common: true
  max_age_days: 0
  history: 5
session:
  idle_timeout_minutes: 30
  remember_me_days: 0
mfa:
  required_for_roles: [admin, manager, setter_lead]
  allowed_methods: [totp, webauthn]
api_tokens:
  max_lifetime_days: 90
  allow_personal_tokens: false
""", None, "OWASP ASVS: password and session policy settings")

add("blind-fh/json/decoy-i18n-strings", "apps/route-app/src/locales/en.json", """\
{
  "login.title": "Sign in to log your sends",
  "login.email": "Email",
  "login.password": "Password",
  "login.forgot": "Forgot your password?",
  "login.token_expired": "Your session token expired. Please sign in again.",
  "settings.api_key": "Gym API key (ask the front desk)",
  "settings.api_key_hint": "Paste the key that starts with gym_",
  "problem.secret_beta": "Hide beta",
  "problem.flash": "Flash",
  "problem.send": "Send"
}
""", None, "i18n resource file with credential-related labels only")

add("blind-fh/json/decoy-grafana-dashboard-uids", "telemetry/grafana/dashboards/autobelays.json", t("""\
{
  "uid": "§a§",
  "title": "Auto-belays",
  "tags": ["wall", "autobelay"],
  "timezone": "browser",
  "panels": [
    {
      "id": 1,
      "type": "timeseries",
      "title": "Pulls per hour by lane",
      "datasource": { "type": "influxdb", "uid": "§b§" },
      "targets": [{ "refId": "A", "query": "from(bucket: \\"autobelay\\") |> range(start: v.timeRange.start) |> filter(fn: (r) => r._measurement == \\"pull\\")" }]
    }
  ],
  "schemaVersion": 39,
  "version": 12
}
""", a=draw(14, ALNUM), b=draw(14, ALNUM)), None, "Grafana docs: dashboard JSON model (uid)")

add("blind-fh/html/decoy-mailchimp-embed", "site/wp-content/themes/crux/parts/mailchimp-form.html", t("""\
<!-- Mailchimp embedded signup: u= is the account id, id= the audience id (both public) -->
<form action="https://cruxcollective.us21.list-manage.com/subscribe/post?u=§a§&amp;id=§b§&amp;f_id=00c1b2e6f0"
      method="post" id="mc-embedded-subscribe-form" target="_blank">
  <label for="mce-EMAIL">Get the new-set newsletter</label>
  <input type="email" name="EMAIL" id="mce-EMAIL" required>
  <div aria-hidden="true" style="position: absolute; left: -5000px;">
    <input type="text" name="b_§a§_§b§" tabindex="-1" value="">
  </div>
  <input type="submit" value="Subscribe">
</form>
""", a=hexs(25), b=hexs(10)), None, "Mailchimp docs: embedded signup form (u and id parameters)")

add("blind-fh/markdown/decoy-vendor-doc-example", "docs/integrations/kisi-webhooks.md", """\
# Kisi webhooks

Kisi posts unlock events to `https://access.overhanghall.climb/hooks/kisi`.

Example payload from the Kisi docs (ids are examples):

```json
{
  "id": 123456,
  "action": "unlock",
  "actor_type": "User",
  "actor_id": 1234,
  "object_type": "Lock",
  "object_id": 5678,
  "created_at": "2024-01-01T12:00:00.000Z"
}
```

Verify the `X-Kisi-Signature` header with the webhook secret from the `KISI_WEBHOOK_SECRET`
environment variable (see `access/webhooks.py`). Example: `KISI_WEBHOOK_SECRET=<secret from Kisi>`.
""", None, "Kisi docs: event webhooks; placeholders only")

add("blind-fh/python/decoy-hmac-verify-env", "access/webhooks.py", """\
\"\"\"Kisi webhook receiver: verifies the signature with the secret from the environment.\"\"\"
import hashlib
import hmac
import os

from flask import Blueprint, abort, request

bp = Blueprint("kisi_hooks", __name__)
SECRET = os.environ.get("KISI_WEBHOOK_SECRET", "").encode()


@bp.post("/hooks/kisi")
def kisi_hook():
    sent = request.headers.get("X-Kisi-Signature", "")
    expected = hmac.new(SECRET, request.get_data(), hashlib.sha256).hexdigest()
    if not SECRET or not hmac.compare_digest(sent, expected):
        abort(401)
    event = request.get_json()
    return {"ok": True, "action": event.get("action")}
""", None, "Python hmac docs; webhook secret from the environment")

add("blind-fh/sql/decoy-hashed-api-keys", "db/migrations/V51__api_keys_hashed.sql", """\
-- Kiosk API keys are stored as SHA-256 digests; the plaintext is shown once at creation.
CREATE TABLE kiosk_api_keys (
    id           BIGSERIAL PRIMARY KEY,
    gym_id       INT NOT NULL REFERENCES gyms(id),
    label        TEXT NOT NULL,
    key_prefix   CHAR(8) NOT NULL,
    key_sha256   CHAR(64) NOT NULL UNIQUE,
    created_at   TIMESTAMPTZ NOT NULL DEFAULT now(),
    revoked_at   TIMESTAMPTZ
);
CREATE INDEX kiosk_api_keys_prefix ON kiosk_api_keys (key_prefix);
""", None, "OWASP: store API keys as hashes")

add("blind-fh/powershell/decoy-read-host", "it/rgp/Set-RgpServicePassword.ps1", """\
# Updates the RGP backup service account password after rotation (prompted, never stored).
param([string]$ServiceName = 'RgpBackupAgent')

$cred = Get-Credential -UserName 'GRANITEARCH\\svc-rgpbackup' -Message 'New password for the RGP backup account'
$svc  = Get-CimInstance Win32_Service -Filter "Name='$ServiceName'"
$result = $svc | Invoke-CimMethod -MethodName Change -Arguments @{
    StartName     = $cred.UserName
    StartPassword = $cred.GetNetworkCredential().Password
}
if ($result.ReturnValue -ne 0) { throw "Change failed: $($result.ReturnValue)" }
Restart-Service $ServiceName
""", None, "PowerShell docs: Get-Credential prompts for the password")

add("blind-fh/toml/decoy-netlify-public-env", "netlify.toml", """\
[build]
  command = "npm run build"
  publish = "dist"

[build.environment]
  NODE_VERSION = "20"
  PUBLIC_GYM_NAME = "Crux Collective"
  PUBLIC_CAPITAN_BOOKING_URL = "https://book.hellocapitan.com/crux-collective"
  PUBLIC_STRIPE_PUBLISHABLE_KEY = "pk_live_see_netlify_ui"

[[redirects]]
  from = "/book"
  to = "https://book.hellocapitan.com/crux-collective"
  status = 302
""", None, "Netlify docs: netlify.toml build environment (public values only)")

add("blind-fh/ini/decoy-sentryclirc-no-token", "apps/route-app/ios/.sentryclirc", """\
[defaults]
url = https://sentry.io/
org = chalk-lab
project = route-app-ios

[auth]
# token comes from SENTRY_AUTH_TOKEN in CI (Xcode Cloud secret)
""", None, "sentry-cli docs: .sentryclirc; SENTRY_AUTH_TOKEN environment variable")

add("blind-fh/kubeconfig/decoy-exec-plugin", "ci/kube/config-eks.yaml", """\
apiVersion: v1
kind: Config
clusters:
  - name: gyms-eks
    cluster:
      server: https://4C1E2F8A9B7D6E5F4A3B2C1D0E9F8A7B.gr7.us-west-2.eks.amazonaws.com
contexts:
  - name: gyms-eks
    context: { cluster: gyms-eks, user: aws }
current-context: gyms-eks
users:
  - name: aws
    user:
      exec:
        apiVersion: client.authentication.k8s.io/v1beta1
        command: aws
        args: ["eks", "get-token", "--cluster-name", "gyms-eks", "--region", "us-west-2"]
""", None, "Kubernetes docs: client-go credential plugins (exec)")

add("blind-fh/go/decoy-test-fixture-dummy", "internal/telemetry/writer_test.go", """\
package telemetry

import (
	"testing"
	"time"
)

const dummyToken = "dummy-influx-token"

func TestPointFields(t *testing.T) {
	p := Pull{Lane: "lane-07", Duration: 3200 * time.Millisecond, At: time.Unix(1717000000, 0)}
	if p.Duration.Milliseconds() != 3200 {
		t.Fatalf("got %d", p.Duration.Milliseconds())
	}
	if dummyToken == "" {
		t.Fatal("fixture token must not be empty")
	}
}
""", None, "Go testing; obviously dummy fixture value")
