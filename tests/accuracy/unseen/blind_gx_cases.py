"""Blind set GX: farmers' markets and food co-ops.

Vendor stall bookings, market-day card readers, SNAP/EBT and voucher programmes, member-owner
databases, wholesale ordering from local farms and distributors, newsletters, volunteer scheduling
and the office IT behind them, in code, configs, CI, infrastructure, notebooks, runbooks, exports
and logs, with their decoys. Generated fakes only (seeds 2520000-2529999).
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
URLSAFE = ALNUM + "-_"
B64 = ALNUM + "+/"
SEED_LO, SEED_HI = 2520000, 2529999
_SEED = [SEED_LO]


def _seed() -> int:
    _SEED[0] += 7
    assert _SEED[0] <= SEED_HI
    return _SEED[0]


def _rng() -> random.Random:
    return random.Random(_seed())


def drawn(n: int, alphabet: str = ALNUM) -> str:
    return fakes.drawn_mixed(_seed(), n, alphabet)


def hexs(n: int, upper: bool = False) -> str:
    value = fakes.drawn(_seed(), n, HEX)
    return value.upper() if upper else value


def digits(n: int) -> str:
    r = _rng()
    return str(r.randint(1, 9)) + "".join(r.choice(string.digits) for _ in range(n - 1))


def b64(s: str) -> str:
    return base64.b64encode(s.encode()).decode()


def b64url_nopad(raw: bytes) -> str:
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def rand_bytes(n: int) -> bytes:
    r = _rng()
    return bytes(r.getrandbits(8) for _ in range(n))


CROPS = ["Radish", "Kohlrabi", "Sorrel", "Turnip", "Heirloom", "Rhubarb", "Squash", "Chard", "Parsnip", "Quince",
         "Fennel", "Okra", "Cabbage", "Leek", "Shallot", "Pawpaw", "Gooseberry", "Currant", "Celeriac", "Tomatillo"]
LOWER = ["bushel", "orchard", "pumpkin", "basket", "cider", "barn", "tractor", "meadow", "clover", "honey",
         "sprout", "trellis", "compost", "furrow", "harvest", "hayloft", "apron", "canopy"]


def words_pw() -> str:
    r = _rng()
    return r.choice(CROPS) + r.choice("!#$%*&") + r.choice(CROPS) + str(r.randint(10, 9999))


def url_pw(n: int = 20) -> str:
    """A password that stays valid in a URL's userinfo."""
    return drawn(n)


def sym_pw(n: int = 16) -> str:
    return drawn(n, ALNUM + "!#%^*-_+=")


def passphrase() -> str:
    r = _rng()
    return "-".join(r.sample(LOWER, 4)) + str(r.randint(1, 99))


def uuid_s() -> str:
    return fakes.uuid4(_seed())


def uuidish() -> str:
    """A token printed as a UUID but not of version 4 (as Clover and Postmark issue them)."""
    h = hexs(32)
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


# ---- payments and card readers ----
def stripe_live(kind: str = "sk_live_", long: bool = True) -> str:
    if long:
        return kind + "51" + drawn(97)
    return kind + drawn(24)


def stripe_whsec() -> str:
    return "whsec_" + drawn(32)


def square_token() -> str:
    return "EAAA" + drawn(60, URLSAFE)


def square_app_secret() -> str:
    return "sq0csp-" + drawn(43, URLSAFE)


def square_app_id() -> str:
    return "sq0idp-" + drawn(22, URLSAFE)


def square_sig_key() -> str:
    return drawn(22, URLSAFE)


def square_location() -> str:
    return "L" + drawn(12, string.ascii_uppercase + string.digits)


def clover_token() -> str:
    return uuidish()


def clover_merchant() -> str:
    return drawn(13, string.ascii_uppercase + string.digits)


def sumup_key() -> str:
    return "sup_sk_" + drawn(32)


def paypal_secret() -> str:
    return "E" + drawn(79, URLSAFE)


def paypal_client_id() -> str:
    return "A" + drawn(79, URLSAFE)


def braintree_private() -> str:
    return hexs(32)


def lower_alnum(n: int) -> str:
    return fakes.drawn(_seed(), n, string.ascii_lowercase + string.digits)


# ---- mail, messaging, newsletters ----
def mailchimp_key() -> str:
    return hexs(32) + "-us" + str(_rng().randint(2, 21))


def sendgrid_key() -> str:
    return "SG." + drawn(22, URLSAFE) + "." + drawn(43, URLSAFE)


def brevo_key() -> str:
    return "xkeysib-" + hexs(64) + "-" + drawn(16)


def mailgun_key() -> str:
    return hexs(32) + "-" + hexs(8) + "-" + hexs(8)


def twilio_sid(prefix: str = "AC") -> str:
    return prefix + hexs(32)


def slack_bot() -> str:
    r = _rng()
    return f"xoxb-{r.randint(10**10, 10**11)}-{r.randint(10**12, 10**13)}-" + "".join(r.choice(ALNUM) for _ in range(24))


def slack_webhook() -> str:
    up = string.ascii_uppercase + string.digits
    return ("https://hooks.slack.com/services/T" + drawn(8, up) + "/B" + drawn(10, up) + "/" + drawn(24))


def discord_webhook() -> str:
    return "https://discord.com/api/webhooks/" + digits(19) + "/" + drawn(68, URLSAFE)


def google_api_key() -> str:
    return "AIza" + drawn(35, URLSAFE)


def google_oauth_secret() -> str:
    return "GOCSPX-" + drawn(28, URLSAFE)


# ---- keys and certificates ----
_PEM_HEADS = {
    "RSA": "MIIEpAIBAAKCAQEA",
    "": "MIIEvgIBADANBgkqhkiG9w0BAQEFAASCBKgwggSkAgEAAoIBAQ",
    "EC": "MHcCAQEEI",
    "OPENSSH": "b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW",
}


def pem(kind: str = "RSA", lines: int = 0, sep: str = "\n") -> str:
    r = _rng()
    count = lines or {"RSA": 25, "": 26, "EC": 3, "OPENSSH": 6}[kind]
    width = 70 if kind == "OPENSSH" else 64
    body = _PEM_HEADS[kind] + "".join(r.choice(B64) for _ in range(width * count - len(_PEM_HEADS[kind]) - 7))
    body += "".join(r.choice(B64) for _ in range(3)) + "="
    rows = [body[i:i + width] for i in range(0, len(body), width)]
    label = f"{kind} PRIVATE KEY" if kind else "PRIVATE KEY"
    return sep.join([f"-----BEGIN {label}-----"] + rows + [f"-----END {label}-----"])


def cert_body(lines: int = 8) -> str:
    r = _rng()
    body = "MIID" + "".join(r.choice(B64) for _ in range(64 * lines - 6)) + "=="
    return "\n".join(body[i:i + 64] for i in range(0, len(body), 64))


def ssh_pub(kind: str = "ed25519") -> str:
    if kind == "ed25519":
        return "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI" + drawn(43, B64)
    return "ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABgQ" + drawn(370, B64) + "="


def wg_key() -> str:
    return base64.b64encode(rand_bytes(32)).decode()


def bcrypt_hash() -> str:
    return "$2b$12$" + drawn(53, ALNUM + "./")


def sha256() -> str:
    return hexs(64)


def sha1() -> str:
    return hexs(40)


# ---- SaaS and platform tokens ----
def shopify_token(prefix: str = "shpat_") -> str:
    return prefix + hexs(32)


def airtable_pat() -> str:
    return "pat" + drawn(14) + "." + hexs(64)


def meta_token() -> str:
    return "EAAG" + drawn(176)


def hubspot_token() -> str:
    return "pat-na1-" + uuid_s()


def dropbox_token() -> str:
    return "sl.B" + drawn(134, URLSAFE)


def anthropic_key() -> str:
    return "sk-ant-api03-" + drawn(93, URLSAFE) + "AA"


def cloudflare_token() -> str:
    return drawn(40, URLSAFE)


def do_token() -> str:
    return "dop_v1_" + hexs(64)


def dockerhub_pat() -> str:
    return "dckr_pat_" + drawn(27, URLSAFE)


def npm_token() -> str:
    return fakes.fake("npm_", 36, _seed())


def gitlab_token() -> str:
    return "glpat-" + drawn(20, URLSAFE)


def azure_secret() -> str:
    return drawn(3) + "8Q~" + drawn(34, ALNUM + "_.-~")


def azure_storage_key() -> str:
    return base64.b64encode(rand_bytes(64)).decode()


def mapbox_token(kind: str = "pk", user: str = "fieldstonemarket") -> str:
    claims = b64url_nopad(json.dumps({"u": user, "a": lower_alnum(25)}, separators=(",", ":")).encode())
    return f"{kind}.{claims}.{drawn(22, URLSAFE)}"


def vapid_pair() -> tuple:
    return b64url_nopad(rand_bytes(32)), b64url_nopad(b"\x04" + rand_bytes(64))


def jwt(payload: dict) -> str:
    head = b64url_nopad(json.dumps({"alg": "HS256", "typ": "JWT"}, separators=(",", ":")).encode())
    body = b64url_nopad(json.dumps(payload, separators=(",", ":")).encode())
    return f"{head}.{body}.{b64url_nopad(rand_bytes(32))}"


def supabase_key(ref: str, role: str) -> str:
    r = _rng()
    iat = r.randint(1_690_000_000, 1_720_000_000)
    return jwt({"iss": "supabase", "ref": ref, "role": role, "iat": iat, "exp": iat + 315_360_000})


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
    CASES.append(LabelledCase(f"blind-gx/{category}", file_name, text, secret, source))


# ======================================================================================
# Card readers, online payments and stall bookings
# ======================================================================================

add("python/square-access-token", "market_pos/square_sync.py",
    "https://developer.squareup.com/docs/sdks/python/quick-start", '''
"""Pull a market day's card sales from Square into the vendor ledger (run by cron at 23:30)."""
import datetime as dt

from square.client import Client

from ledger.models import StallSale

client = Client(
    access_token="@@secret@@",
    environment="production",
)
LOCATION_ID = "@@loc@@"  # Saturday market, Depot Street info booth


def pull(day: dt.date) -> int:
    begin = dt.datetime.combine(day, dt.time.min).isoformat() + "Z"
    end = dt.datetime.combine(day, dt.time.max).isoformat() + "Z"
    result = client.payments.list_payments(begin_time=begin, end_time=end, location_id=LOCATION_ID)
    if result.is_error():
        raise RuntimeError(result.errors)
    count = 0
    for payment in result.body.get("payments", []):
        stall = (payment.get("note") or "UNASSIGNED").split(":")[0].strip()
        StallSale.objects.update_or_create(
            square_payment_id=payment["id"],
            defaults={"stall": stall, "amount_cents": payment["amount_money"]["amount"]},
        )
        count += 1
    return count
''', secret=square_token(), loc=square_location())

add("yaml/square-application-secret", "config/square_oauth.yml",
    "https://developer.squareup.com/docs/oauth-api/overview", '''
# OAuth settings for vendors who link their own Square account to the booking site, so that
# their stall fee can be taken from market-day sales. Loaded by config/initializers/square.rb.
production:
  application_id: @@appid@@
  application_secret: @@secret@@
  redirect_uri: https://book.fieldstonemarket.org/vendors/square/callback
  base_url: https://connect.squareup.com
  scopes:
    - MERCHANT_PROFILE_READ
    - PAYMENTS_READ
    - ORDERS_READ

development:
  application_id: sandbox-sq0idb-example
  application_secret: <%= ENV["SQUARE_SANDBOX_APP_SECRET"] %>
  redirect_uri: http://localhost:3000/vendors/square/callback
  base_url: https://connect.squareupsandbox.com
  scopes:
    - MERCHANT_PROFILE_READ
    - PAYMENTS_READ
''', secret=square_app_secret(), appid=square_app_id())

add("ruby/square-webhook-signature-key", "app/controllers/webhooks/square_controller.rb",
    "https://developer.squareup.com/docs/webhooks/step3validate", '''
module Webhooks
  # Square calls this when a vendor's card reader settles a payment on market day.
  class SquareController < ApplicationController
    skip_before_action :verify_authenticity_token

    SIGNATURE_KEY = "@@secret@@".freeze
    NOTIFICATION_URL = "https://book.fieldstonemarket.org/webhooks/square".freeze

    def create
      body = request.raw_post
      signature = request.headers["x-square-hmacsha256-signature"]
      valid = Square::WebhooksHelper.is_valid_webhook_event_signature(
        body, signature, SIGNATURE_KEY, NOTIFICATION_URL
      )
      return head(:forbidden) unless valid

      event = JSON.parse(body)
      if event["type"] == "payment.updated"
        PaymentSettledJob.perform_later(event.dig("data", "object", "payment"))
      end
      head :ok
    end
  end
end
''', secret=square_sig_key())

add("shell/square-access-token", "scripts/terminal_checkout.sh",
    "https://developer.squareup.com/reference/square/terminal-api/create-terminal-checkout", '''
#!/usr/bin/env bash
# Push a token-sale checkout to the info booth's Square Terminal (SNAP tokens are sold on the
# EBT machine, this one is for credit/debit market tokens only).
# usage: terminal_checkout.sh <amount-cents> <note>
set -euo pipefail

AMOUNT="${1:?amount in cents}"
NOTE="${2:-Market tokens}"
DEVICE_ID="device:995CS397A6475287"

curl -sS https://connect.squareup.com/v2/terminals/checkouts \\
  -X POST \\
  -H 'Square-Version: 2024-06-04' \\
  -H 'Authorization: Bearer @@secret@@' \\
  -H 'Content-Type: application/json' \\
  -d "{
    \\"idempotency_key\\": \\"$(uuidgen)\\",
    \\"checkout\\": {
      \\"amount_money\\": {\\"amount\\": ${AMOUNT}, \\"currency\\": \\"USD\\"},
      \\"device_options\\": {\\"device_id\\": \\"${DEVICE_ID}\\"},
      \\"note\\": \\"${NOTE}\\"
    }
  }" | jq '.checkout | {id, status}'
''', secret=square_token())

add("k8s-secret/square-access-token", "deploy/k8s/booking/square-secret.yaml",
    "https://kubernetes.io/docs/concepts/configuration/secret/", '''
apiVersion: v1
kind: Secret
metadata:
  name: booking-square
  namespace: market-booking
  labels:
    app.kubernetes.io/name: stall-booking
    app.kubernetes.io/part-of: fieldstone-market
type: Opaque
data:
  SQUARE_ENVIRONMENT: @@env@@
  SQUARE_LOCATION_ID: @@loc@@
  SQUARE_ACCESS_TOKEN: @@token@@
''', secret=(_sq := square_token()), env=b64("production"), loc=b64(square_location()), token=b64(_sq))

add("javascript/stripe-secret-key", "server/payments.js",
    "https://docs.stripe.com/api/authentication", '''
// Online stall reservations: vendors pay the season deposit by card before the lottery.
const express = require('express');
const stripe = require('stripe')('@@secret@@');

const router = express.Router();
const DEPOSIT_CENTS = { full: 15000, half: 8000, seasonal_tent: 4500 };

router.post('/deposits/checkout', async (req, res) => {
  const { vendorId, stallType } = req.body;
  const amount = DEPOSIT_CENTS[stallType];
  if (!amount) return res.status(400).json({ error: 'unknown stall type' });

  const session = await stripe.checkout.sessions.create({
    mode: 'payment',
    line_items: [{
      price_data: {
        currency: 'usd',
        product_data: { name: `2025 season deposit (${stallType})` },
        unit_amount: amount,
      },
      quantity: 1,
    }],
    metadata: { vendorId },
    success_url: 'https://book.fieldstonemarket.org/deposit/thanks?s={CHECKOUT_SESSION_ID}',
    cancel_url: 'https://book.fieldstonemarket.org/deposit',
  });
  res.json({ url: session.url });
});

module.exports = router;
''', secret=stripe_live())

add("php/stripe-webhook-secret", "wp-content/plugins/riverbend-equity/includes/class-stripe-webhook.php",
    "https://docs.stripe.com/webhooks#verify-events", '''
<?php
/**
 * Receives Stripe events for member-owner equity installments.
 */
defined( 'ABSPATH' ) || exit;

class Riverbend_Stripe_Webhook {
    const ENDPOINT_SECRET = '@@secret@@';

    public static function register() {
        register_rest_route( 'riverbend/v1', '/stripe', array(
            'methods'             => 'POST',
            'callback'            => array( __CLASS__, 'handle' ),
            'permission_callback' => '__return_true',
        ) );
    }

    public static function handle( WP_REST_Request $request ) {
        $payload = $request->get_body();
        $sig     = $request->get_header( 'stripe-signature' );
        try {
            $event = \\Stripe\\Webhook::constructEvent( $payload, $sig, self::ENDPOINT_SECRET );
        } catch ( \\Exception $e ) {
            return new WP_REST_Response( array( 'error' => 'bad signature' ), 400 );
        }
        if ( 'invoice.paid' === $event->type ) {
            $member_no = $event->data->object->metadata->member_no ?? null;
            if ( $member_no ) {
                Riverbend_Equity::record_installment( $member_no, $event->data->object->amount_paid );
            }
        }
        return new WP_REST_Response( array( 'received' => true ), 200 );
    }
}
add_action( 'rest_api_init', array( 'Riverbend_Stripe_Webhook', 'register' ) );
''', secret=stripe_whsec())

add("toml/stripe-restricted-key", "netlify.toml",
    "https://docs.netlify.com/configure-builds/file-based-configuration/", '''
[build]
  command = "npm run build"
  publish = "dist"
  functions = "netlify/functions"

[build.environment]
  NODE_VERSION = "20"

[context.production.environment]
  # read-only key for the "tonight's vendors" page (charges:read, customers:none)
  STRIPE_RESTRICTED_KEY = "@@secret@@"
  BOOKING_API_BASE = "https://api.fieldstonemarket.org"

[context.deploy-preview.environment]
  BOOKING_API_BASE = "https://staging-api.fieldstonemarket.org"

[[redirects]]
  from = "/api/*"
  to = "/.netlify/functions/:splat"
  status = 200
''', secret=stripe_live("rk_live_"))

add("kotlin/stripe-secret-key", "src/main/kotlin/org/riverbendcoop/equity/StripeConfig.kt",
    "https://github.com/stripe/stripe-java#usage", '''
package org.riverbendcoop.equity

import com.stripe.Stripe
import com.stripe.model.PaymentIntent
import com.stripe.param.PaymentIntentCreateParams

object StripeConfig {
    private const val API_KEY = "@@secret@@"

    fun init() {
        Stripe.apiKey = API_KEY
        Stripe.setAppInfo("riverbend-equity", "1.4.0", "https://riverbend.coop")
    }

    /** A member-owner pays one $25 equity installment toward the $200 share. */
    fun equityInstallment(memberNo: String, cents: Long = 2500): PaymentIntent {
        val params = PaymentIntentCreateParams.builder()
            .setAmount(cents)
            .setCurrency("usd")
            .putMetadata("member_no", memberNo)
            .setDescription("Equity installment, member $memberNo")
            .build()
        return PaymentIntent.create(params)
    }
}
''', secret=stripe_live())

add("github-actions/stripe-secret-key", ".github/workflows/vendor-payouts.yml",
    "https://docs.github.com/en/actions/using-workflows/workflow-syntax-for-github-actions", '''
name: vendor payouts report

on:
  schedule:
    - cron: "0 13 * * 1"   # Mondays, after Saturday's market settles
  workflow_dispatch:

jobs:
  report:
    runs-on: ubuntu-latest
    env:
      STRIPE_SECRET_KEY: @@secret@@
      REPORT_BUCKET: s3://fieldstone-market-reports
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-python@v5
        with:
          python-version: "3.12"
      - run: pip install -r reports/requirements.txt
      - run: python reports/payouts.py --week last --out payouts.csv
      - uses: actions/upload-artifact@v4
        with:
          name: payouts
          path: payouts.csv
''', secret=stripe_live(long=False))

add("swift/stripe-secret-key", "BoothKit/Sources/BoothKit/RefundService.swift",
    "https://docs.stripe.com/api/refunds/create", '''
import Foundation

/// Info-booth iPad: refunds a token purchase when a shopper returns unused market tokens.
struct RefundService {
    // TODO move to the backend before next season
    private let secretKey = "@@head@@" +
        "@@tail@@"
    private let session = URLSession.shared

    func refund(paymentIntent: String, cents: Int) async throws -> Bool {
        var request = URLRequest(url: URL(string: "https://api.stripe.com/v1/refunds")!)
        request.httpMethod = "POST"
        request.setValue("Bearer \\(secretKey)", forHTTPHeaderField: "Authorization")
        request.setValue("application/x-www-form-urlencoded", forHTTPHeaderField: "Content-Type")
        request.httpBody = "payment_intent=\\(paymentIntent)&amount=\\(cents)".data(using: .utf8)
        let (_, response) = try await session.data(for: request)
        return (response as? HTTPURLResponse)?.statusCode == 200
    }
}
''', secret=(_sk := stripe_live()), head=_sk[:20], tail=_sk[20:])

add("csharp/clover-api-token", "CoopPos.Sync/CloverClient.cs",
    "https://docs.clover.com/dev/docs/using-api-tokens", '''
using System.Net.Http.Headers;
using System.Net.Http.Json;

namespace CoopPos.Sync;

/// Pulls the deli counter's Clover orders into the co-op's sales warehouse every 15 minutes.
public sealed class CloverClient
{
    private const string MerchantId = "@@mid@@";
    private const string ApiToken = "@@secret@@";
    private readonly HttpClient _http;

    public CloverClient(HttpClient http)
    {
        _http = http;
        _http.BaseAddress = new Uri("https://api.clover.com/v3/");
        _http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", ApiToken);
    }

    public async Task<OrderPage?> OrdersSinceAsync(DateTimeOffset since, int offset = 0)
    {
        var ms = since.ToUnixTimeMilliseconds();
        var url = $"merchants/{MerchantId}/orders?filter=modifiedTime>={ms}&expand=lineItems&limit=100&offset={offset}";
        return await _http.GetFromJsonAsync<OrderPage>(url);
    }
}

public record OrderPage(List<CloverOrder> Elements);
public record CloverOrder(string Id, long Total, long ModifiedTime);
''', secret=clover_token(), mid=clover_merchant())

add("go/clover-api-token", "cmd/clover-inventory/main.go",
    "https://docs.clover.com/dev/reference/inventorygetitems", '''
// clover-inventory copies bulk-aisle item prices from the co-op's price file into Clover.
package main

import (
	"encoding/csv"
	"fmt"
	"log"
	"net/http"
	"os"
	"strings"
)

const (
	baseURL    = "https://api.clover.com/v3/merchants/@@mid@@"
	cloverAuth = "Bearer @@secret@@"
)

func main() {
	f, err := os.Open("bulk_prices.csv")
	if err != nil {
		log.Fatal(err)
	}
	defer f.Close()
	rows, err := csv.NewReader(f).ReadAll()
	if err != nil {
		log.Fatal(err)
	}
	for _, row := range rows[1:] {
		itemID, cents := row[0], row[2]
		body := strings.NewReader(fmt.Sprintf(`{"price": %s}`, cents))
		req, _ := http.NewRequest(http.MethodPost, baseURL+"/items/"+itemID, body)
		req.Header.Set("Authorization", cloverAuth)
		req.Header.Set("Content-Type", "application/json")
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			log.Printf("%s: %v", itemID, err)
			continue
		}
		resp.Body.Close()
		log.Printf("%s -> %s (%d)", itemID, cents, resp.StatusCode)
	}
}
''', secret=clover_token(), mid=clover_merchant())

add("notebook/sumup-api-key", "notebooks/sumup_market_day_reconciliation.ipynb",
    "https://developer.sumup.com/api/transactions/list", '''
{
 "cells": [
  {
   "cell_type": "markdown",
   "metadata": {},
   "source": [
    "# Market day reconciliation\\n",
    "SumUp readers at the token booth vs. the paper token log."
   ]
  },
  {
   "cell_type": "code",
   "execution_count": 3,
   "metadata": {},
   "outputs": [],
   "source": [
    "import pandas as pd\\n",
    "import requests\\n",
    "\\n",
    "SUMUP_KEY = \\"@@secret@@\\"\\n",
    "resp = requests.get(\\n",
    "    \\"https://api.sumup.com/v0.1/me/transactions/history\\",\\n",
    "    headers={\\"Authorization\\": f\\"Bearer {SUMUP_KEY}\\"},\\n",
    "    params={\\"oldest_time\\": \\"2024-08-17T06:00:00Z\\", \\"limit\\": 500},\\n",
    ")\\n",
    "tx = pd.DataFrame(resp.json()[\\"items\\"])"
   ]
  },
  {
   "cell_type": "code",
   "execution_count": 4,
   "metadata": {},
   "outputs": [],
   "source": [
    "log = pd.read_csv(\\"token_log_2024-08-17.csv\\")\\n",
    "merged = tx.merge(log, left_on=\\"transaction_code\\", right_on=\\"receipt\\", how=\\"outer\\", indicator=True)\\n",
    "merged[merged._merge != \\"both\\"]"
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
''', secret=sumup_key())

add("java/braintree-private-key", "src/main/java/coop/hillside/equity/PaymentsConfig.java",
    "https://developer.paypal.com/braintree/docs/start/hello-server/java", '''
package coop.hillside.equity;

import com.braintreegateway.BraintreeGateway;
import com.braintreegateway.Environment;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
public class PaymentsConfig {

    // Hillside Food Co-op merchant account (member equity + online pre-orders)
    private static final String MERCHANT_ID = "@@mid@@";
    private static final String PUBLIC_KEY = "@@pub@@";

    @Bean
    public BraintreeGateway braintreeGateway() {
        return new BraintreeGateway(
                Environment.PRODUCTION,
                MERCHANT_ID,
                PUBLIC_KEY,
                "@@secret@@"
        );
    }
}
''', secret=braintree_private(), mid=lower_alnum(16), pub=lower_alnum(16))

add("ruby/paypal-client-secret", "lib/market_tokens/paypal_orders.rb",
    "https://developer.paypal.com/api/rest/authentication/", '''
require "net/http"
require "json"

module MarketTokens
  # Gift tokens bought online, picked up at the info booth.
  class PaypalOrders
    API = URI("https://api-m.paypal.com")
    CLIENT_ID = "@@cid@@"
    CLIENT_SECRET = "@@secret@@"

    def access_token
      uri = API.dup
      uri.path = "/v1/oauth2/token"
      req = Net::HTTP::Post.new(uri)
      req.basic_auth(CLIENT_ID, CLIENT_SECRET)
      req.set_form_data("grant_type" => "client_credentials")
      res = Net::HTTP.start(uri.host, uri.port, use_ssl: true) { |http| http.request(req) }
      JSON.parse(res.body).fetch("access_token")
    end

    def capture(order_id)
      uri = API.dup
      uri.path = "/v2/checkout/orders/#{order_id}/capture"
      req = Net::HTTP::Post.new(uri, "Content-Type" => "application/json")
      req["Authorization"] = "Bearer #{access_token}"
      Net::HTTP.start(uri.host, uri.port, use_ssl: true) { |http| http.request(req) }
    end
  end
end
''', secret=paypal_secret(), cid=paypal_client_id())

# ---- decoys: payments ----
add("env/decoy-placeholder", "booking/.env.example",
    "https://github.com/motdotla/dotenv#usage", '''
# Copy to .env and fill in from the "Booking site" item in the market's 1Password.
DJANGO_SETTINGS_MODULE=booking.settings.production
DATABASE_URL=postgres://booking:CHANGE_ME@localhost:5432/booking
SQUARE_ENVIRONMENT=sandbox
SQUARE_ACCESS_TOKEN=your-square-access-token
SQUARE_LOCATION_ID=LXXXXXXXXXXXX
STRIPE_SECRET_KEY=sk_live_...
STRIPE_WEBHOOK_SECRET=whsec_...
MAILCHIMP_API_KEY=<mailchimp-key>-us21
TWILIO_AUTH_TOKEN=
SENTRY_DSN=
ALLOWED_HOSTS=book.fieldstonemarket.org
''')

add("html/decoy-publishable-key", "templates/vendors/pay_stall_fee.html",
    "https://developer.squareup.com/docs/web-payments/take-card-payment", '''
{% extends "base.html" %}
{% block content %}
<h1>Pay your stall fee</h1>
<p>Stall {{ booking.stall_number }} &middot; {{ booking.market_day|date:"l, F j" }} &middot; ${{ booking.fee }}</p>
<form id="payment-form">
  <div id="card-container"></div>
  <button id="card-button" type="button">Pay ${{ booking.fee }}</button>
</form>
<div id="payment-status-container"></div>
<script src="https://web.squarecdn.com/v1/square.js"></script>
<script>
  const appId = '@@appid@@';
  const locationId = '@@loc@@';
  async function main() {
    const payments = window.Square.payments(appId, locationId);
    const card = await payments.card();
    await card.attach('#card-container');
    document.getElementById('card-button').addEventListener('click', async () => {
      const result = await card.tokenize();
      if (result.status !== 'OK') return;
      await fetch('{% url "vendors:charge_stall_fee" booking.id %}', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-CSRFToken': '{{ csrf_token }}' },
        body: JSON.stringify({ sourceId: result.token }),
      });
    });
  }
  main();
</script>
{% endblock %}
''', appid=square_app_id(), loc=square_location())

add("javascript/decoy-publishable-key", "static/js/deposit-checkout.js",
    "https://docs.stripe.com/keys#obtain-api-keys", '''
// Publishable key: safe in the browser, it can only create tokens / confirm intents.
const stripe = Stripe('@@pk@@');

async function payDeposit(clientSecret) {
  const elements = stripe.elements({ clientSecret, appearance: { theme: 'flat' } });
  const paymentElement = elements.create('payment');
  paymentElement.mount('#payment-element');

  document.querySelector('#deposit-form').addEventListener('submit', async (e) => {
    e.preventDefault();
    const { error } = await stripe.confirmPayment({
      elements,
      confirmParams: { return_url: 'https://book.fieldstonemarket.org/deposit/thanks' },
    });
    if (error) document.querySelector('#error').textContent = error.message;
  });
}

fetch('/api/deposits/intent', { method: 'POST' })
  .then((r) => r.json())
  .then(({ clientSecret }) => payDeposit(clientSecret));
''', pk=stripe_live("pk_live_"))

add("python/decoy-test-fixture", "tests/test_stall_fee_charge.py",
    "https://developer.squareup.com/docs/devtools/sandbox/payments", '''
"""Stall fee charging against the Square sandbox (tokens come from CI's environment)."""
import os
import uuid

import pytest
from square.client import Client

# Square's documented sandbox test nonces: they only work in the sandbox.
NONCE_OK = "cnon:card-nonce-ok"
NONCE_DECLINED = "cnon:card-nonce-declined"
NONCE_BAD_CVV = "cnon:card-nonce-rejected-cvv"

pytestmark = pytest.mark.skipif("SQUARE_SANDBOX_TOKEN" not in os.environ, reason="no sandbox token")


@pytest.fixture
def client():
    return Client(access_token=os.environ["SQUARE_SANDBOX_TOKEN"], environment="sandbox")


def charge(client, nonce, cents=4500):
    return client.payments.create_payment(body={
        "source_id": nonce,
        "idempotency_key": str(uuid.uuid4()),
        "amount_money": {"amount": cents, "currency": "USD"},
        "note": "B14: stall fee",
    })


def test_stall_fee_ok(client):
    assert charge(client, NONCE_OK).is_success()


@pytest.mark.parametrize("nonce", [NONCE_DECLINED, NONCE_BAD_CVV])
def test_stall_fee_declined(client, nonce):
    assert charge(client, nonce).is_error()
''')

add("python/decoy-test-card", "equity/tests/test_installments.py",
    "https://docs.stripe.com/testing", '''
from decimal import Decimal

import pytest

from equity.installments import schedule_for, charge_installment

# Stripe's public test cards and tokens (test mode only)
VISA = "4242424242424242"
VISA_DEBIT = "4000056655665556"
DECLINE_INSUFFICIENT = "4000000000009995"
TEST_PM = "pm_card_visa"
TEST_TOKEN = "tok_visa"


def test_schedule_splits_share_into_eight():
    plan = schedule_for(share=Decimal("200.00"), installments=8)
    assert [p.amount for p in plan] == [Decimal("25.00")] * 8


@pytest.mark.stripe_test_mode
def test_charge_with_test_payment_method(stripe_test_client):
    result = charge_installment(stripe_test_client, member_no="M-04412", payment_method=TEST_PM)
    assert result.status == "succeeded"


@pytest.mark.stripe_test_mode
def test_decline_is_reported(stripe_test_client):
    result = charge_installment(stripe_test_client, member_no="M-04412", card_number=DECLINE_INSUFFICIENT)
    assert result.decline_code == "insufficient_funds"
''')

add("csv/decoy-ids", "exports/square_transactions_2024-09-14.csv",
    "https://squareup.com/help/us/en/article/5072-summaries-and-reports-from-the-online-square-dashboard", '''
Date,Time,Time Zone,Gross Sales,Net Total,Transaction ID,Payment ID,Card Brand,PAN Suffix,Device Name,Location,Description
2024-09-14,08:02:11,Eastern Time (US & Canada),$20.00,$19.42,@@t1@@,@@p1@@,Visa,4412,Info Booth Reader 1,Depot Street Market,Market tokens x4
2024-09-14,08:05:47,Eastern Time (US & Canada),$40.00,$38.84,@@t2@@,@@p2@@,Mastercard,0917,Info Booth Reader 1,Depot Street Market,Market tokens x8
2024-09-14,08:19:30,Eastern Time (US & Canada),$10.00,$9.71,@@t3@@,@@p3@@,Visa,3350,Info Booth Reader 2,Depot Street Market,Market tokens x2
2024-09-14,09:44:02,Eastern Time (US & Canada),$25.00,$24.27,@@t4@@,@@p4@@,American Express,1003,Info Booth Reader 2,Depot Street Market,Market tokens x5
2024-09-14,10:12:56,Eastern Time (US & Canada),$15.00,$14.56,@@t5@@,@@p5@@,Discover,7781,Info Booth Reader 1,Depot Street Market,Market tokens x3
''', **{f"t{i}": drawn(26, string.ascii_uppercase + string.digits) for i in range(1, 6)},
    **{f"p{i}": drawn(29, ALNUM) for i in range(1, 6)})

add("log/decoy-webhook-signature", "logs/webhooks-2024-09-14.log",
    "https://developer.squareup.com/docs/webhooks/step3validate", '''
2024-09-14T12:02:11.418Z INFO  webhooks.square received type=payment.updated event_id=@@e1@@ sig=@@s1@@ valid=true
2024-09-14T12:02:11.431Z INFO  webhooks.square payment @@p1@@ status=COMPLETED amount=2000 stall=B14
2024-09-14T12:05:47.002Z INFO  webhooks.square received type=payment.updated event_id=@@e2@@ sig=@@s2@@ valid=true
2024-09-14T12:05:47.019Z INFO  webhooks.square payment @@p2@@ status=COMPLETED amount=4000 stall=A03
2024-09-14T12:07:13.644Z WARN  webhooks.square received type=payment.updated event_id=@@e3@@ sig=@@s3@@ valid=false
2024-09-14T12:07:13.645Z WARN  webhooks.square rejected: signature mismatch (replayed from staging?) remote=34.201.11.7
2024-09-14T12:19:30.877Z INFO  webhooks.square received type=refund.created event_id=@@e4@@ sig=@@s4@@ valid=true
''', **{f"e{i}": uuid_s() for i in range(1, 5)}, **{f"s{i}": base64.b64encode(rand_bytes(32)).decode() for i in range(1, 5)},
    p1=drawn(29), p2=drawn(29))

add("markdown/decoy-redacted", "docs/incidents/2024-06-card-reader-outage.md",
    "https://sre.google/sre-book/example-postmortem/", '''
# Postmortem: card readers offline at the June 8 market

**Status:** closed · **Owner:** Dana (market manager) · **Severity:** 2 (lost ~$1,900 in card sales)

## What happened
At 08:10 both info-booth readers showed "Unable to connect". The booth hotspot had rotated to a
new SIM plan overnight and the readers were still paired to the old network.

The booking site also logged `401 UNAUTHORIZED` from Square because the access token in the
server's environment had been revoked when Jesse left the board. The revoked token was
`EAAA…(redacted)…q9Zk`; it was replaced by a new one stored only in the hosting provider's
secret settings.

## Timeline
| Time  | Event |
|-------|-------|
| 08:10 | Readers offline, vendors told "cash and tokens only" |
| 08:40 | Hotspot re-paired, readers back |
| 09:15 | New Square token created, `SQUARE_ACCESS_TOKEN` updated, app restarted |

## Action items
- [x] Keep the hotspot's SSID and passphrase unchanged across SIM swaps
- [x] Square token owned by the market's role account, not a person
- [ ] Add a reader check to the 07:30 opening checklist
''')

add("javascript/decoy-public-key", "static/js/donate-button.js",
    "https://developer.paypal.com/sdk/js/configuration/", '''
// "Donate to the SNAP match fund" button. The client-id is public: PayPal's JS SDK needs it in the page.
(function () {
  const CLIENT_ID = '@@cid@@';
  const script = document.createElement('script');
  script.src = `https://www.paypal.com/sdk/js?client-id=${CLIENT_ID}&currency=USD&intent=capture`;
  script.onload = function () {
    paypal.Buttons({
      style: { layout: 'horizontal', color: 'gold', label: 'donate' },
      createOrder: () => fetch('/api/match-fund/order', { method: 'POST' }).then((r) => r.json()).then((o) => o.id),
      onApprove: (data) => fetch(`/api/match-fund/order/${data.orderID}/capture`, { method: 'POST' })
        .then(() => { window.location = '/thank-you'; }),
    }).render('#donate-button');
  };
  document.head.appendChild(script);
})();
''', cid=paypal_client_id())

add("plist/decoy-public-id", "BoothApp/Info.plist",
    "https://developer.squareup.com/docs/mobile-payments-sdk/ios", '''
<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
<dict>
	<key>CFBundleDisplayName</key>
	<string>Market Booth</string>
	<key>CFBundleIdentifier</key>
	<string>org.fieldstonemarket.booth</string>
	<key>CFBundleShortVersionString</key>
	<string>2.3.1</string>
	<key>SquareApplicationID</key>
	<string>@@appid@@</string>
	<key>SquareLocationID</key>
	<string>@@loc@@</string>
	<key>NSBluetoothAlwaysUsageDescription</key>
	<string>Market Booth uses Bluetooth to connect to the Square Reader.</string>
	<key>NSLocationWhenInUseUsageDescription</key>
	<string>Square needs your location to take card payments at the market.</string>
	<key>UIBackgroundModes</key>
	<array>
		<string>bluetooth-central</string>
	</array>
</dict>
</plist>
''', appid=square_app_id(), loc=square_location())

add("typescript/decoy-env-reference", "app/api/deposits/intent/route.ts",
    "https://nextjs.org/docs/app/building-your-application/configuring/environment-variables", '''
import Stripe from 'stripe';
import { NextResponse } from 'next/server';
import { getVendorSession } from '@/lib/auth';

const secretKey = process.env.STRIPE_SECRET_KEY;
if (!secretKey) {
  throw new Error('STRIPE_SECRET_KEY is not set');
}
const stripe = new Stripe(secretKey, { apiVersion: '2024-06-20' });

export async function POST() {
  const vendor = await getVendorSession();
  if (!vendor) return NextResponse.json({ error: 'sign in first' }, { status: 401 });

  const intent = await stripe.paymentIntents.create({
    amount: vendor.stallType === 'full' ? 15000 : 8000,
    currency: 'usd',
    metadata: { vendorId: vendor.id, season: '2025' },
    automatic_payment_methods: { enabled: true },
  });
  return NextResponse.json({ clientSecret: intent.client_secret });
}
''')

# ======================================================================================
# SNAP/EBT, vouchers and incentive programmes
# ======================================================================================

add("python/forage-client-secret", "ebt/forage_auth.py",
    "https://docs.joinforage.app/docs/authentication", '''
"""Online SNAP: server-side auth for Forage (EBT tender on the co-op's pickup-order site)."""
import time

import requests

FORAGE_API = "https://api.joinforage.app"
FORAGE_MERCHANT_ID = "mid/@@mid@@"
CLIENT_ID = "@@cid@@"
CLIENT_SECRET = "@@secret@@"

_cache = {"token": None, "expires": 0.0}


def authentication_token() -> str:
    if _cache["token"] and _cache["expires"] > time.time() + 60:
        return _cache["token"]
    resp = requests.post(
        f"{FORAGE_API}/o/token/",
        data={"grant_type": "client_credentials", "scope": "pinpad_only"},
        auth=(CLIENT_ID, CLIENT_SECRET),
        timeout=10,
    )
    resp.raise_for_status()
    body = resp.json()
    _cache.update(token=body["access_token"], expires=time.time() + body["expires_in"])
    return body["access_token"]


def session_token() -> str:
    resp = requests.post(
        f"{FORAGE_API}/session_token/",
        headers={"Authorization": f"Bearer {authentication_token()}", "Merchant-Account": FORAGE_MERCHANT_ID},
        timeout=10,
    )
    resp.raise_for_status()
    return resp.json()["token"]
''', secret=drawn(40), mid=digits(7), cid=drawn(40))

add("ini/sftp-password", "fmnp/redemption_upload.ini",
    "https://linux.die.net/man/1/lftp", '''
; Weekly upload of redeemed Farmers Market Nutrition Program (FMNP) and Senior FMNP checks
; to the state agriculture department's file drop. Read by fmnp/upload.py on Mondays.

[portal]
host = mft.agriculture.state.vt.us
port = 22
username = fieldstone_mkt_0419
password = @@secret@@
remote_dir = /inbound/fmnp/2024

[files]
pattern = fmnp_redeemed_%Y%m%d.csv
archive_dir = /srv/fmnp/sent
keep_days = 400

[notify]
to = treasurer@fieldstonemarket.org
''', secret=words_pw())

add("markdown/marketlink-password", "handover/token-booth.md",
    "https://www.marketlink.org/faq", '''
# Token booth handover (for the new Saturday lead)

Thanks for taking this on! Everything for the booth lives in the grey tote in the office closet.

## SNAP / EBT
- The SNAP machine is the Android phone with the orange case + the little card reader.
- App: **MarketLink** (already installed, stays logged in most weeks).
- If it logs you out: user `booth@fieldstonemarket.org`, password `@@secret@@`
- FNS number for the market is printed on the laminated card in the tote.
- SNAP match ("Market Bucks"): match up to $20 per card per day, wooden green tokens.

## Credit / debit
- Square readers 1 and 2, charge them Friday night.
- Tokens are $5 each, blue plastic.

## End of day
1. Count tokens back into the bins, fill in the yellow sheet.
2. Photograph the sheet and text it to Dana.
3. Cash bag into the drop safe at the bank (night deposit key is on the red lanyard).
''', secret=words_pw())

add("csv/router-admin-password", "it/market-devices.csv",
    "https://www.rfc-editor.org/rfc/rfc4180", '''
asset_tag,device,model,serial,location,admin_url,admin_user,admin_password,notes
MKT-001,Token booth phone,Samsung Galaxy XCover6 Pro,R5CW31@@s1@@,Info booth,,,,PIN in 1Password
MKT-002,Market hotspot,Inseego MiFi X PRO 5G,@@s2@@,Info booth,http://192.168.1.1,admin,@@secret@@,SSID FieldstoneMarket-Booth
MKT-003,EBT card reader,ID TECH VP3300,@@s3@@,Info booth,,,,pairs with MKT-001
MKT-004,Square Reader 1,Square Reader (2nd gen),@@s4@@,Info booth,,,,
MKT-005,Square Reader 2,Square Reader (2nd gen),@@s5@@,Info booth,,,,spare battery in tote
MKT-006,Office laptop,Lenovo ThinkPad E14,@@s6@@,Office,,,,BitLocker key in Entra ID
''', secret=sym_pw(14), **{f"s{i}": drawn(10, string.ascii_uppercase + string.digits) for i in range(1, 7)})

add("sql/database-password", "db/migrations/V14__snap_reports_role.sql",
    "https://www.postgresql.org/docs/current/sql-createrole.html", '''
-- Read-only role for the monthly SNAP / incentive report sent to the state and to the
-- nutrition incentive grant (GusNIP). Used by reports/snap_monthly.py.
CREATE ROLE snap_reports LOGIN PASSWORD '@@secret@@'
    CONNECTION LIMIT 3
    VALID UNTIL '2026-01-01';

GRANT CONNECT ON DATABASE market TO snap_reports;
GRANT USAGE ON SCHEMA tokens TO snap_reports;
GRANT SELECT ON tokens.snap_sales, tokens.match_issued, tokens.redemptions TO snap_reports;

COMMENT ON ROLE snap_reports IS 'monthly SNAP/GusNIP reporting, read-only';
''', secret=url_pw(22))

add("json/incentive-portal-api-key", "reporting/config/nutrition-incentive.json",
    "https://www.nutritionincentivehub.org/", '''
{
  "program": "Market Bucks SNAP match",
  "grantNumber": "2023-70030-40118",
  "reportingPeriod": "monthly",
  "portal": {
    "baseUrl": "https://api.incentivereporting.org/v2",
    "siteId": "FS-0419",
    "apiKey": "@@secret@@",
    "timeoutSeconds": 30
  },
  "fields": {
    "snapSales": "tokens.snap_sales.amount",
    "incentiveIssued": "tokens.match_issued.amount",
    "incentiveRedeemed": "tokens.redemptions.amount",
    "uniqueCustomers": "tokens.snap_sales.card_hash"
  },
  "notify": ["treasurer@fieldstonemarket.org", "manager@fieldstonemarket.org"]
}
''', secret=hexs(40))

add("python/smtp-password", "fmnp/send_redemption_summary.py",
    "https://docs.python.org/3/library/smtplib.html", '''
"""Email the vendors their FMNP / Senior FMNP check totals after the Monday upload."""
import csv
import smtplib
from email.message import EmailMessage
from pathlib import Path

SMTP_HOST = "smtp.office365.com"
SMTP_USER = "treasurer@fieldstonemarket.org"
SMTP_PASS = "@@secret@@"


def summaries(path: Path):
    with path.open() as fh:
        for row in csv.DictReader(fh):
            yield row["vendor_email"], row["vendor_name"], int(row["checks"]), row["total"]


def main(path: Path) -> None:
    with smtplib.SMTP(SMTP_HOST, 587) as smtp:
        smtp.starttls()
        smtp.login(SMTP_USER, SMTP_PASS)
        for email, name, checks, total in summaries(path):
            msg = EmailMessage()
            msg["From"] = SMTP_USER
            msg["To"] = email
            msg["Subject"] = f"FMNP checks redeemed this week: {checks} (${total})"
            msg.set_content(f"Hi {name},\\n\\nWe uploaded {checks} FMNP checks for you, ${total} total. "
                            "Payment from the state usually arrives in 3-4 weeks.\\n\\nFieldstone Market")
            smtp.send_message(msg)


if __name__ == "__main__":
    import sys
    main(Path(sys.argv[1]))
''', secret=sym_pw(16))

add("perl/database-password", "bin/token_ledger.pl",
    "https://metacpan.org/pod/DBD::mysql", '''
#!/usr/bin/perl
# token_ledger.pl - nightly roll-up of SNAP, match and credit tokens sold at the booth
# (c) Fieldstone Market volunteers, 2013. Still running on the office Mac mini.
use strict;
use warnings;
use DBI;
use POSIX qw(strftime);

my $day = shift @ARGV || strftime("%Y-%m-%d", localtime);
my $dbh = DBI->connect("DBI:mysql:database=tokens;host=127.0.0.1", "tokenbooth", "@@secret@@",
                       { RaiseError => 1, AutoCommit => 1 })
    or die "cannot connect: $DBI::errstr";

my $sth = $dbh->prepare(q{
    SELECT tender, COUNT(*), SUM(amount_cents)
      FROM sales WHERE sale_date = ? GROUP BY tender
});
$sth->execute($day);
while (my ($tender, $n, $cents) = $sth->fetchrow_array) {
    printf "%-8s %4d  \\$%9.2f\\n", $tender, $n, $cents / 100;
}
$dbh->disconnect;
''', secret=words_pw())

add("vba/database-password", "excel/VoucherRecon.bas",
    "https://learn.microsoft.com/en-us/sql/ado/reference/ado-api/connectionstring-property-ado", '''
Attribute VB_Name = "VoucherRecon"
Option Explicit

' Pulls redeemed voucher counts (FMNP, WIC FMNP, Double Up) into the "Recon" sheet.
Public Sub RefreshVoucherRecon()
    Dim cn As Object, rs As Object, ws As Worksheet
    Set ws = ThisWorkbook.Worksheets("Recon")
    Set cn = CreateObject("ADODB.Connection")
    cn.ConnectionString = "Provider=SQLOLEDB;Data Source=OFFICE-SQL\\SQLEXPRESS;" & _
        "Initial Catalog=MarketTokens;User ID=recon_excel;Password=@@secret@@;"
    cn.Open
    Set rs = cn.Execute("SELECT program, vendor, COUNT(*) AS checks, SUM(face_value) AS total " & _
                        "FROM voucher_redemptions WHERE market_day >= DATEADD(day, -7, GETDATE()) " & _
                        "GROUP BY program, vendor ORDER BY program, vendor")
    ws.Range("A2:D500").ClearContents
    ws.Range("A2").CopyFromRecordset rs
    rs.Close
    cn.Close
    ws.Range("F1").Value = "Refreshed " & Format(Now, "yyyy-mm-dd hh:nn")
End Sub
''', secret=sym_pw(12))

add("apps-script/slack-webhook", "apps-script/DoubleUpTally.gs",
    "https://api.slack.com/messaging/webhooks", '''
/**
 * Bound to the "Double Up tally 2024" sheet. Posts the day's SNAP match totals to #market-ops
 * at 2pm on market days (installable time trigger).
 */
var SLACK_URL = '@@secret@@';

function postDailyTally() {
  var sheet = SpreadsheetApp.getActive().getSheetByName('Daily');
  var today = Utilities.formatDate(new Date(), 'America/New_York', 'yyyy-MM-dd');
  var rows = sheet.getDataRange().getValues().filter(function (r) {
    return Utilities.formatDate(new Date(r[0]), 'America/New_York', 'yyyy-MM-dd') === today;
  });
  if (!rows.length) return;
  var snap = rows.reduce(function (s, r) { return s + r[2]; }, 0);
  var match = rows.reduce(function (s, r) { return s + r[3]; }, 0);
  var text = ':corn: ' + today + ': SNAP $' + snap.toFixed(2) + ', Double Up match $' + match.toFixed(2) +
             ' (' + rows.length + ' shoppers)';
  UrlFetchApp.fetch(SLACK_URL, {
    method: 'post',
    contentType: 'application/json',
    payload: JSON.stringify({ text: text }),
  });
}
''', secret=slack_webhook())

# ---- decoys: SNAP and vouchers ----
add("csv/decoy-voucher-serials", "fmnp/fmnp_redeemed_20240909.csv",
    "https://www.fns.usda.gov/fmnp/wic-farmers-market-nutrition-program", '''
vendor_id,vendor_name,program,check_serial,face_value,market_day,batch
V-118,Hollow Creek Farm,WIC FMNP,FM24-0041937,4.00,2024-09-07,B2024-36
V-118,Hollow Creek Farm,WIC FMNP,FM24-0041938,4.00,2024-09-07,B2024-36
V-122,Two Ravens Orchard,Senior FMNP,SF24-0118802,5.00,2024-09-07,B2024-36
V-122,Two Ravens Orchard,Senior FMNP,SF24-0118803,5.00,2024-09-07,B2024-36
V-131,Mossy Rock Greens,WIC FMNP,FM24-0043310,4.00,2024-09-07,B2024-36
V-131,Mossy Rock Greens,Senior FMNP,SF24-0121047,5.00,2024-09-07,B2024-36
V-140,Little Fork Honey,Senior FMNP,SF24-0121106,5.00,2024-09-07,B2024-36
''')

add("csv/decoy-approval-codes", "exports/snap_token_sales_2024-09-14.csv",
    "https://www.fns.usda.gov/snap/retailer/farmers-markets", '''
time,fns_number,terminal_id,card_last4,approval_code,trace_no,snap_amount,match_tokens,volunteer
08:11,@@fns@@,@@tid@@,0412,A1X93K,000184,15.00,15.00,Priya
08:26,@@fns@@,@@tid@@,7781,B7Q20M,000185,20.00,20.00,Priya
08:49,@@fns@@,@@tid@@,3305,C4N11T,000186,10.00,10.00,Priya
09:02,@@fns@@,@@tid@@,9120,A9P48D,000187,40.00,20.00,Sam
09:37,@@fns@@,@@tid@@,5566,D2K77R,000188,5.00,5.00,Sam
10:15,@@fns@@,@@tid@@,1843,B1Z65W,000189,25.00,20.00,Sam
''', fns=digits(7), tid=drawn(8, string.ascii_uppercase + string.digits))

add("python/decoy-regex", "ebt/masking.py",
    "https://docs.python.org/3/library/re.html", '''
"""Keep card numbers and EBT PINs out of logs and exports."""
import re

# EBT cards are 16-19 digit PANs starting with a state BIN (e.g. 5077, 6004, 5081).
PAN = re.compile(r"\\b(?:\\d[ -]?){15,18}\\d\\b")
PIN_FIELD = re.compile(r"(?i)(\\bpin\\b\\s*[=:]\\s*)\\d{4}")
TOKEN_FIELD = re.compile(r"(?i)((?:access|session)_token\\s*[=:]\\s*)[A-Za-z0-9._-]{12,}")


def luhn_ok(digits: str) -> bool:
    total, alt = 0, False
    for ch in reversed(digits):
        d = int(ch)
        if alt:
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
        alt = not alt
    return total % 10 == 0


def mask(text: str) -> str:
    text = PAN.sub(lambda m: "*" * (len(m.group()) - 4) + m.group()[-4:], text)
    text = PIN_FIELD.sub(r"\\1****", text)
    return TOKEN_FIELD.sub(r"\\1[redacted]", text)


assert mask("pin=1234 card 5077 1234 5678 9012") == "pin=**** card ***************9012"
''')

add("markdown/decoy-placeholder", "docs/online-snap-setup.md",
    "https://docs.joinforage.app/docs/authentication", '''
# Online SNAP for pickup orders (Forage)

1. Ask the board treasurer for access to the Forage dashboard (Settings → API Keys).
2. Create a *server* client and copy the client id and secret into the hosting provider's
   environment, never into this repo:

   ```bash
   FORAGE_CLIENT_ID=<client id from the dashboard>
   FORAGE_CLIENT_SECRET=<client secret from the dashboard>
   FORAGE_MERCHANT_ID=mid/<7-digit FNS number>
   ```

3. Test against the sandbox first (`https://api.sandbox.joinforage.app`):

   ```bash
   curl -X POST https://api.sandbox.joinforage.app/o/token/ \\
     -u "$FORAGE_CLIENT_ID:$FORAGE_CLIENT_SECRET" \\
     -d grant_type=client_credentials
   ```

4. The storefront only ever sees a short-lived session token from `/session_token/`.

Refunds of SNAP tender must go back to the same EBT card; see `ebt/refunds.py`.
''')

add("log/decoy-masked", "logs/ebt-terminal-2024-08-17.log",
    "https://www.pcisecuritystandards.org/", '''
2024-08-17 08:02:44 [INFO] terminal boot fw=4.2.11 tid=@@tid@@
2024-08-17 08:02:51 [INFO] login operator=booth password=******** result=OK
2024-08-17 08:11:03 [INFO] SALE tender=SNAP pan=************0412 amount=15.00 approval=A1X93K
2024-08-17 08:26:40 [INFO] SALE tender=SNAP pan=************7781 amount=20.00 approval=B7Q20M
2024-08-17 08:31:12 [WARN] SALE tender=SNAP pan=************2290 amount=30.00 declined=55 (INCORRECT PIN)
2024-08-17 08:31:58 [INFO] SALE tender=SNAP pan=************2290 amount=30.00 approval=F3L08C
2024-08-17 09:02:16 [INFO] BALANCE pan=************9120 snap=112.45 cash=0.00
2024-08-17 13:04:55 [INFO] SETTLE batch=0231 count=42 snap_total=781.00 token=[redacted]
''', tid=drawn(8, string.ascii_uppercase + string.digits))

add("sql/decoy-password-hash", "db/seeds/portal_users.sql",
    "https://www.postgresql.org/docs/current/pgcrypto.html", '''
-- Staff accounts for the member-owner portal (passwords set by each person on first login;
-- these are bcrypt hashes of one-time invite passwords that expire after 72 hours).
INSERT INTO portal_users (id, email, display_name, role, password_hash, must_reset, created_at) VALUES
  (1, 'gm@riverbend.coop',        'General Manager',   'admin',  '@@h1@@', true, now()),
  (2, 'membership@riverbend.coop','Membership desk',   'staff',  '@@h2@@', true, now()),
  (3, 'finance@riverbend.coop',   'Finance',           'staff',  '@@h3@@', true, now()),
  (4, 'board@riverbend.coop',     'Board secretary',   'viewer', '@@h4@@', true, now())
ON CONFLICT (email) DO NOTHING;

SELECT setval('portal_users_id_seq', 4);
''', **{f"h{i}": bcrypt_hash() for i in range(1, 5)})

add("json/decoy-test-fixture", "ebt/tests/fixtures/balance_responses.json",
    "https://docs.joinforage.app/reference/check-balance", '''
{
  "ok": {
    "ref": "@@r1@@",
    "balance": {"snap": "112.45", "non_snap": "0.00", "updated": "2024-08-17T09:02:16Z"},
    "card": {"last_4": "9120", "usa_state": "VT"}
  },
  "locked": {
    "ref": "@@r2@@",
    "error": {"code": "ebt_error_38", "message": "PIN tries exceeded"}
  },
  "wrong_pin": {
    "ref": "@@r3@@",
    "error": {"code": "ebt_error_55", "message": "Invalid PIN or PIN not selected"}
  },
  "payment_method": {
    "ref": "@@r4@@",
    "type": "ebt",
    "customer_id": "test-customer-0007",
    "reusable": true
  }
}
''', r1=hexs(10), r2=hexs(10), r3=hexs(10), r4=hexs(10))

# ======================================================================================
# Member-owner databases
# ======================================================================================
add("php/database-password", "fannie/config.php",
    "https://github.com/CORE-POS/IS4C/wiki", '''
<?php
/*******************************************************************************
    Fannie (CORE-POS back office) configuration, Riverbend Food Co-op
    Edited by hand; the install page (fannie/install) rewrites parts of it.
*******************************************************************************/
$FANNIE_ROOT = '/var/www/html/IS4C/fannie/';
$FANNIE_URL = '/IS4C/fannie/';
$FANNIE_SERVER = '10.20.0.5';
$FANNIE_SERVER_DBMS = 'PDO_MYSQL';
$FANNIE_SERVER_USER = 'fannie';
$FANNIE_SERVER_PW = '@@secret@@';
$FANNIE_OP_DB = 'core_op';
$FANNIE_TRANS_DB = 'core_trans';
$FANNIE_ARCHIVE_DB = 'trans_archive';
$FANNIE_NUM_LANES = 4;
$FANNIE_STORE_ID = 1;
$FANNIE_EQUITY_DEPARTMENTS = '991,992';
$FANNIE_AR_DEPARTMENTS = '990';
$FANNIE_MEMBER_UPC_PREFIX = '00400';
$FANNIE_AUTH_ENABLED = true;
$FANNIE_COOP_ID = 'Riverbend';
''', secret=words_pw())

add("php/database-password", "sites/default/civicrm.settings.php",
    "https://docs.civicrm.org/sysadmin/en/latest/setup/civicrm-settings-php/", '''
<?php
/**
 * CiviCRM settings for the co-op's member-owner database (Drupal 10 site).
 */
global $civicrm_root, $civicrm_setting, $civicrm_paths;

if (!defined('CIVICRM_UF')) {
  define('CIVICRM_UF', 'Drupal8');
}
if (!defined('CIVICRM_UF_DSN')) {
  define('CIVICRM_UF_DSN', getenv('DRUPAL_DB_DSN'));
}
if (!defined('CIVICRM_DSN')) {
  define('CIVICRM_DSN', 'mysql://civicrm:@@secret@@@localhost:3306/civicrm?new_link=true');
}
if (!defined('CIVICRM_SITE_KEY')) {
  define('CIVICRM_SITE_KEY', getenv('CIVICRM_SITE_KEY'));
}
if (!defined('CIVICRM_TEMPLATE_COMPILEDIR')) {
  define('CIVICRM_TEMPLATE_COMPILEDIR', '/var/www/private/civicrm/templates_c/');
}
$civicrm_root = '/var/www/vendor/civicrm/civicrm-core/';
$civicrm_setting['domain']['userFrameworkResourceURL'] = 'https://members.riverbend.coop/libraries/civicrm/core';
define('CIVICRM_MAIL_SMARTY', 0);
define('CIVICRM_DOMAIN_ID', 1);
''', secret=url_pw(18))

add("python/neon-crm-api-key", "scripts/neon_equity_sync.py",
    "https://developer.neoncrm.com/api-v2/#/", '''
"""Copy equity payments from the POS export into Neon CRM as donations of type "Member equity"."""
import csv
import sys

import requests

NEON_ORG_ID = "riverbendcoop"
NEON_API_KEY = "@@secret@@"
BASE = "https://api.neoncrm.com/v2"
session = requests.Session()
session.auth = (NEON_ORG_ID, NEON_API_KEY)
session.headers["NEON-API-VERSION"] = "2.8"


def account_id(member_no: str) -> str:
    resp = session.post(f"{BASE}/accounts/search", json={
        "searchFields": [{"field": "Member Number", "operator": "EQUAL", "value": member_no}],
        "outputFields": ["Account ID"], "pagination": {"currentPage": 0, "pageSize": 1},
    })
    resp.raise_for_status()
    return resp.json()["searchResults"][0]["Account ID"]


def main(path: str) -> None:
    with open(path, newline="") as fh:
        for row in csv.DictReader(fh):
            session.post(f"{BASE}/donations", json={
                "accountId": account_id(row["member_no"]),
                "amount": row["amount"],
                "date": row["date"],
                "fund": {"id": "7"},
                "source": {"name": "POS equity"},
            }).raise_for_status()


if __name__ == "__main__":
    main(sys.argv[1])
''', secret=hexs(32))

add("r/database-password", "analysis/equity_by_cohort.R",
    "https://rpostgres.r-dbi.org/reference/postgres", '''
# Equity paid-in by join-year cohort, for the annual meeting slides.
library(DBI)
library(dplyr)
library(ggplot2)

con <- dbConnect(
  RPostgres::Postgres(),
  host = "members-db.riverbend.internal",
  dbname = "members",
  user = "analyst",
  password = "@@secret@@"
)

members <- tbl(con, "member_owners") %>%
  filter(status %in% c("active", "inactive")) %>%
  mutate(cohort = as.integer(substr(as.character(joined_on), 1, 4))) %>%
  group_by(cohort) %>%
  summarise(owners = n(), equity = sum(equity_paid, na.rm = TRUE)) %>%
  collect()

ggplot(members, aes(cohort, equity / 1000)) +
  geom_col(fill = "#6a994e") +
  labs(x = "Year joined", y = "Equity paid in ($k)", title = "Member-owner equity by cohort")
ggsave("equity_by_cohort.png", width = 8, height = 4.5)

dbDisconnect(con)
''', secret=passphrase())

add("notebook/database-password", "notebooks/lapsed_members.ipynb",
    "https://docs.sqlalchemy.org/en/20/core/engines.html#database-urls", '''
{
 "cells": [
  {
   "cell_type": "markdown",
   "metadata": {},
   "source": ["## Lapsed member-owners (no purchase in 12 months) for the win-back mailing"]
  },
  {
   "cell_type": "code",
   "execution_count": 1,
   "metadata": {},
   "outputs": [],
   "source": [
    "import pandas as pd\\n",
    "from sqlalchemy import create_engine\\n",
    "\\n",
    "engine = create_engine(\\"postgresql+psycopg2://analyst:@@secret@@@members-db.riverbend.internal/members\\")"
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
     "text": ["1184 lapsed of 6032 active owners\\n"]
    }
   ],
   "source": [
    "lapsed = pd.read_sql(\\"SELECT member_no, first_name, email, last_purchase FROM member_owners \\"\\n",
    "                     \\"WHERE status = 'active' AND last_purchase < now() - interval '12 months'\\", engine)\\n",
    "print(len(lapsed), \\"lapsed of\\", pd.read_sql(\\"SELECT count(*) FROM member_owners WHERE status='active'\\", engine).iloc[0, 0], \\"active owners\\")"
   ]
  }
 ],
 "metadata": {
  "kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}
 },
 "nbformat": 4,
 "nbformat_minor": 5
}
''', secret=url_pw(16))

add("yaml/ldap-bind-password", "portal/config/auth.yaml",
    "https://ldap3.readthedocs.io/en/latest/bind.html", '''
# Member portal: staff sign in with their co-op Windows accounts (Samba AD on the office server).
auth:
  providers:
    - type: ldap
      name: Staff
      server: ldaps://dc1.riverbend.lan:636
      bind_dn: CN=svc-portal,OU=Service Accounts,DC=riverbend,DC=lan
      bind_password: "@@secret@@"
      user_search_base: OU=Staff,DC=riverbend,DC=lan
      user_filter: (&(objectClass=user)(sAMAccountName={username}))
      group_map:
        CN=Membership,OU=Groups,DC=riverbend,DC=lan: staff
        CN=Managers,OU=Groups,DC=riverbend,DC=lan: admin
    - type: magic_link
      name: Member-owners
      token_ttl_minutes: 20
  session:
    cookie_name: rb_portal
    max_age_hours: 12
''', secret=sym_pw(18))

add("xml/database-password", "MemberKiosk/Web.config",
    "https://learn.microsoft.com/en-us/dotnet/framework/data/adonet/connection-strings-and-configuration-files", '''
<?xml version="1.0" encoding="utf-8"?>
<!-- Member lookup kiosk at the customer service desk (IIS on POS-BACK01). -->
<configuration>
  <connectionStrings>
    <add name="CoreOp"
         connectionString="Server=POS-BACK01\\SQLEXPRESS;Database=core_op;User Id=kiosk_ro;Password=@@secret@@;TrustServerCertificate=True"
         providerName="System.Data.SqlClient" />
  </connectionStrings>
  <appSettings>
    <add key="StoreName" value="Riverbend Food Co-op" />
    <add key="EquityTarget" value="200" />
    <add key="ShowDiscountTier" value="true" />
  </appSettings>
  <system.web>
    <compilation debug="false" targetFramework="4.8" />
    <customErrors mode="RemoteOnly" />
    <sessionState timeout="5" />
  </system.web>
</configuration>
''', secret=words_pw())

add("properties/database-password", "wholesale-orders/src/main/resources/application-prod.properties",
    "https://docs.spring.io/spring-boot/appendix/application-properties/index.html", '''
# Wholesale ordering (farms -> co-op receiving), production profile
server.port=8080
spring.datasource.url=jdbc:postgresql://wholesale-db.riverbend.internal:5432/wholesale
spring.datasource.username=wholesale_app
spring.datasource.password=@@secret@@
spring.datasource.hikari.maximum-pool-size=10
spring.jpa.hibernate.ddl-auto=validate
spring.jpa.open-in-view=false
spring.flyway.enabled=true
management.endpoints.web.exposure.include=health,info
orders.cutoff.day=TUESDAY
orders.cutoff.time=18:00
orders.receiving.dock=Back dock, Mill St entrance
''', secret=url_pw(20))

add("compose/mysql-password", "civicrm/docker-compose.yml",
    "https://hub.docker.com/_/mysql", '''
services:
  db:
    image: mysql:8.0
    restart: unless-stopped
    environment:
      MYSQL_DATABASE: civicrm
      MYSQL_USER: civicrm
      MYSQL_PASSWORD: "@@secret@@"
      MYSQL_RANDOM_ROOT_PASSWORD: "yes"
    volumes:
      - db-data:/var/lib/mysql
    command: ["--character-set-server=utf8mb4", "--collation-server=utf8mb4_unicode_ci"]

  civicrm:
    image: civicrm/civicrm:5.75-drupal
    depends_on: [db]
    restart: unless-stopped
    ports:
      - "127.0.0.1:8081:80"
    environment:
      CIVICRM_DB_HOST: db
      CIVICRM_DB_NAME: civicrm
      CIVICRM_DB_USER: civicrm
      CIVICRM_DB_PASS_FILE: /run/secrets/civicrm_db_pass
      CIVICRM_BASE_URL: https://members.riverbend.coop
    volumes:
      - civicrm-private:/var/www/private

volumes:
  db-data:
  civicrm-private:
''', secret=sym_pw(16))

add("k8s-secret/database-url", "k8s/member-portal/secret.yaml",
    "https://kubernetes.io/docs/concepts/configuration/secret/#working-with-secrets", '''
apiVersion: v1
kind: Secret
metadata:
  name: member-portal-db
  namespace: coop-apps
type: Opaque
data:
  DATABASE_URL: @@url@@
  DB_POOL_SIZE: @@pool@@
''', secret=(_p := url_pw(24)), url=b64(f"postgres://portal:{_p}@members-db.riverbend.internal:5432/members?sslmode=require"),
    pool=b64("8"))

add("terraform/database-password", "infra/rds.tf",
    "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/db_instance", '''
resource "aws_db_subnet_group" "members" {
  name       = "members"
  subnet_ids = module.vpc.private_subnets
}

resource "aws_db_instance" "members" {
  identifier              = "riverbend-members"
  engine                  = "postgres"
  engine_version          = "16.3"
  instance_class          = "db.t4g.micro"
  allocated_storage       = 20
  db_name                 = "members"
  username                = "coopadmin"
  password                = "@@secret@@"
  db_subnet_group_name    = aws_db_subnet_group.members.name
  vpc_security_group_ids  = [aws_security_group.db.id]
  backup_retention_period = 14
  deletion_protection     = true
  skip_final_snapshot     = false
  storage_encrypted       = true

  tags = {
    Project = "member-portal"
    Owner   = "it@riverbend.coop"
  }
}
''', secret=url_pw(20))

add("ansible/database-password", "ansible/group_vars/pos_backoffice.yml",
    "https://docs.ansible.com/ansible/latest/collections/community/mysql/mysql_user_module.html", '''
---
# CORE-POS back office (POS-BACK01) and the four lanes
mysql_bind_address: 0.0.0.0
mysql_databases:
  - name: core_op
  - name: core_trans
  - name: trans_archive

mysql_users:
  - name: fannie
    host: "10.20.0.%"
    password: "{{ vault_fannie_db_password }}"
    priv: "core_op.*:ALL/core_trans.*:ALL/trans_archive.*:ALL"
  - name: lane
    host: "10.20.0.%"
    password: "@@secret@@"
    priv: "core_op.*:SELECT/core_trans.*:INSERT,SELECT"

lanes:
  - { name: lane1, ip: 10.20.0.11 }
  - { name: lane2, ip: 10.20.0.12 }
  - { name: lane3, ip: 10.20.0.13 }
  - { name: lane4, ip: 10.20.0.14 }
''', secret=words_pw())

add("typescript/mongodb-password", "src/db/mongo.ts",
    "https://www.mongodb.com/docs/manual/reference/connection-string/", '''
import { MongoClient, type Db } from 'mongodb';

// Volunteer-hours + working-member discount tracker (Atlas free tier).
const uri =
  'mongodb+srv://hours_app:@@secret@@@cluster0.x7kq2.mongodb.net/hours?retryWrites=true&w=majority';

let client: MongoClient | null = null;

export async function db(): Promise<Db> {
  if (!client) {
    client = new MongoClient(uri, { maxPoolSize: 5 });
    await client.connect();
  }
  return client.db('hours');
}

export async function logShift(memberNo: string, hours: number, task: string): Promise<void> {
  const d = await db();
  await d.collection('shifts').insertOne({ memberNo, hours, task, at: new Date() });
}
''', secret=url_pw(16))

add("python/redis-password", "portal/cache.py",
    "https://redis-py.readthedocs.io/en/stable/connections.html", '''
"""Cache for member lookups at the registers (the POS asks the portal for discount tier)."""
import json
from typing import Optional

import redis

_pool = redis.ConnectionPool(
    host="10.20.0.7",
    port=6379,
    db=2,
    password="@@secret@@",
    socket_timeout=0.5,
)
r = redis.Redis(connection_pool=_pool)
TTL = 15 * 60


def get_member(member_no: str) -> Optional[dict]:
    raw = r.get(f"member:{member_no}")
    return json.loads(raw) if raw else None


def put_member(member_no: str, record: dict) -> None:
    r.setex(f"member:{member_no}", TTL, json.dumps(record))
''', secret=fakes.redis_password(_seed()))

add("conf/redis-password", "ops/redis/redis.conf",
    "https://redis.io/docs/latest/operate/oss_and_stack/management/config-file/", '''
# Redis on POS-BACK01: member lookup cache and the portal's job queue
bind 10.20.0.7 127.0.0.1
protected-mode yes
port 6379
tcp-keepalive 300
daemonize no
supervised systemd
loglevel notice
logfile /var/log/redis/redis-server.log
databases 4

requirepass @@secret@@

maxmemory 256mb
maxmemory-policy allkeys-lru
save 900 1
save 300 10
dir /var/lib/redis
''', secret=fakes.redis_password(_seed()))

add("env/redis-password", "hours-tracker/.env.production",
    "https://upstash.com/docs/redis/overall/getstarted", '''
NODE_ENV=production
PORT=3000
PUBLIC_URL=https://hours.riverbend.coop
REDIS_URL=rediss://default:@@secret@@@us1-crisp-heron-38811.upstash.io:38811
SESSION_TTL_HOURS=24
DISCOUNT_HOURS_PER_MONTH=4
LOG_LEVEL=info
''', secret=drawn(32))

add("ruby/redis-password", "config/initializers/sidekiq.rb",
    "https://github.com/sidekiq/sidekiq/wiki/Using-Redis", '''
# Background jobs for the booking site: stall lottery, reminder texts, Square settlements.
redis_config = {
  url: "redis://:@@secret@@@10.0.3.12:6379/0",
  network_timeout: 5,
  pool_timeout: 5
}

Sidekiq.configure_server do |config|
  config.redis = redis_config
  config.logger.level = Logger::INFO
end

Sidekiq.configure_client do |config|
  config.redis = redis_config
end
''', secret=url_pw(24))

add("sql/database-password", "db/admin/rotate_report_users.sql",
    "https://dev.mysql.com/doc/refman/8.0/en/alter-user.html", '''
-- Yearly rotation of the reporting logins on the CORE-POS MySQL server.
-- Run as root from the office: mysql -h 10.20.0.5 -u root -p < rotate_report_users.sql
ALTER USER 'board_reports'@'10.20.0.%' IDENTIFIED BY '@@secret@@';
ALTER USER 'board_reports'@'10.20.0.%' PASSWORD EXPIRE INTERVAL 365 DAY;

-- The deli scale sync user keeps its password (set on the scale's own web page).
GRANT SELECT ON core_op.products TO 'scale_sync'@'10.20.0.40';

FLUSH PRIVILEGES;
SELECT user, host, password_last_changed FROM mysql.user WHERE user IN ('board_reports', 'scale_sync');
''', secret=sym_pw(15))

add("go/database-password", "internal/store/postgres.go",
    "https://pkg.go.dev/github.com/jackc/pgx/v5/pgxpool", '''
package store

import (
	"context"
	"time"

	"github.com/jackc/pgx/v5/pgxpool"
)

// dsn for the member API (read-only replica in the office closet).
const dsn = "postgres://member_api:@@secret@@@10.20.0.8:5432/members?sslmode=disable&pool_max_conns=6"

type Store struct{ pool *pgxpool.Pool }

func Open(ctx context.Context) (*Store, error) {
	ctx, cancel := context.WithTimeout(ctx, 5*time.Second)
	defer cancel()
	pool, err := pgxpool.New(ctx, dsn)
	if err != nil {
		return nil, err
	}
	return &Store{pool: pool}, nil
}

func (s *Store) DiscountTier(ctx context.Context, memberNo string) (string, error) {
	var tier string
	err := s.pool.QueryRow(ctx, `SELECT discount_tier FROM member_owners WHERE member_no = $1`, memberNo).Scan(&tier)
	return tier, err
}
''', secret=url_pw(18))

add("rust/database-password", "src/db.rs",
    "https://docs.rs/sqlx/latest/sqlx/postgres/struct.PgPoolOptions.html", '''
use sqlx::postgres::{PgPool, PgPoolOptions};
use std::time::Duration;

/// Shelf-tag printer service: reads prices and member-deal flags from the co-op's database.
pub async fn pool() -> Result<PgPool, sqlx::Error> {
    PgPoolOptions::new()
        .max_connections(4)
        .acquire_timeout(Duration::from_secs(3))
        .connect("postgres://shelftags:@@secret@@@10.20.0.8/core_op")
        .await
}

pub async fn member_deals(pool: &PgPool) -> Result<Vec<(String, i64)>, sqlx::Error> {
    sqlx::query_as::<_, (String, i64)>(
        "SELECT upc, member_price_cents FROM member_deals WHERE ends_on >= CURRENT_DATE",
    )
    .fetch_all(pool)
    .await
}
''', secret=url_pw(20))

add("csharp/database-password", "CoopPos.Sync/Program.cs",
    "https://learn.microsoft.com/en-us/dotnet/api/microsoft.data.sqlclient.sqlconnection.connectionstring", '''
using CoopPos.Sync;
using Microsoft.Data.SqlClient;

// Deli Clover orders -> warehouse (runs as a Windows service on POS-BACK01)
var warehouse = new SqlConnectionStringBuilder
{
    DataSource = @"POS-BACK01\\SQLEXPRESS",
    InitialCatalog = "SalesWarehouse",
    UserID = "clover_sync",
    Password = "@@secret@@",
    TrustServerCertificate = true,
}.ConnectionString;

using var http = new HttpClient();
var clover = new CloverClient(http);
var since = DateTimeOffset.UtcNow.AddMinutes(-20);
var page = await clover.OrdersSinceAsync(since);

await using var conn = new SqlConnection(warehouse);
await conn.OpenAsync();
foreach (var order in page?.Elements ?? new())
{
    await using var cmd = new SqlCommand(
        "MERGE deli_orders AS t USING (SELECT @id AS id) s ON t.id = s.id " +
        "WHEN NOT MATCHED THEN INSERT (id, total_cents, modified_ms) VALUES (@id, @total, @ms);", conn);
    cmd.Parameters.AddWithValue("@id", order.Id);
    cmd.Parameters.AddWithValue("@total", order.Total);
    cmd.Parameters.AddWithValue("@ms", order.ModifiedTime);
    await cmd.ExecuteNonQueryAsync();
}
''', secret=words_pw())

# ---- decoys: member-owner databases ----
add("yaml/decoy-existing-secret", "charts/member-portal/values-prod.yaml",
    "https://helm.sh/docs/chart_best_practices/values/", '''
replicaCount: 2
image:
  repository: ghcr.io/riverbend-coop/member-portal
  tag: "2.8.4"
  pullPolicy: IfNotPresent

database:
  host: members-db.riverbend.internal
  name: members
  user: portal
  existingSecret: member-portal-db
  existingSecretPasswordKey: password

redis:
  enabled: false
  externalHost: 10.20.0.7
  existingSecret: portal-redis
  existingSecretKey: redis-password

ingress:
  enabled: true
  className: nginx
  hosts:
    - host: members.riverbend.coop
      paths: [{ path: /, pathType: Prefix }]
  tls:
    - secretName: members-riverbend-coop-tls
      hosts: [members.riverbend.coop]
''')

add("php/decoy-env-reference", "config/database.php",
    "https://laravel.com/docs/11.x/database#configuration", '''
<?php

// Vendor application portal (Laravel). Credentials come from .env on the server.
return [
    'default' => env('DB_CONNECTION', 'mysql'),

    'connections' => [
        'mysql' => [
            'driver' => 'mysql',
            'host' => env('DB_HOST', '127.0.0.1'),
            'port' => env('DB_PORT', '3306'),
            'database' => env('DB_DATABASE', 'vendor_portal'),
            'username' => env('DB_USERNAME', 'vendor_portal'),
            'password' => env('DB_PASSWORD', ''),
            'charset' => 'utf8mb4',
            'collation' => 'utf8mb4_unicode_ci',
            'strict' => true,
        ],
    ],

    'redis' => [
        'client' => env('REDIS_CLIENT', 'phpredis'),
        'default' => [
            'host' => env('REDIS_HOST', '127.0.0.1'),
            'password' => env('REDIS_PASSWORD'),
            'port' => env('REDIS_PORT', '6379'),
            'database' => env('REDIS_DB', '0'),
        ],
    ],
];
''')

add("properties/decoy-env-reference", "wholesale-orders/src/main/resources/application.properties",
    "https://docs.spring.io/spring-boot/reference/features/external-config.html", '''
spring.application.name=wholesale-orders
spring.profiles.default=dev
spring.datasource.url=${WHOLESALE_DB_URL:jdbc:postgresql://localhost:5432/wholesale}
spring.datasource.username=${WHOLESALE_DB_USER:wholesale_app}
spring.datasource.password=${WHOLESALE_DB_PASSWORD}
spring.mail.host=smtp.office365.com
spring.mail.port=587
spring.mail.username=orders@riverbend.coop
spring.mail.password=${ORDERS_MAIL_PASSWORD}
spring.mail.properties.mail.smtp.starttls.enable=true
orders.farm-portal.api-token=${FARM_PORTAL_TOKEN:}
''')

add("terraform/decoy-random-password", "infra/secrets.tf",
    "https://registry.terraform.io/providers/hashicorp/random/latest/docs/resources/password", '''
resource "random_password" "portal_db" {
  length           = 32
  special          = true
  override_special = "-_"
}

resource "aws_secretsmanager_secret" "portal_db" {
  name        = "riverbend/member-portal/db"
  description = "Member portal database login"
}

resource "aws_secretsmanager_secret_version" "portal_db" {
  secret_id = aws_secretsmanager_secret.portal_db.id
  secret_string = jsonencode({
    username = "portal"
    password = random_password.portal_db.result
    host     = aws_db_instance.members.address
  })
}

output "portal_db_secret_arn" {
  value = aws_secretsmanager_secret.portal_db.arn
}
''')

add("k8s/decoy-external-secret", "k8s/member-portal/external-secret.yaml",
    "https://external-secrets.io/latest/api/externalsecret/", '''
apiVersion: external-secrets.io/v1beta1
kind: ExternalSecret
metadata:
  name: member-portal-db
  namespace: coop-apps
spec:
  refreshInterval: 1h
  secretStoreRef:
    kind: ClusterSecretStore
    name: aws-secrets-manager
  target:
    name: member-portal-db
    creationPolicy: Owner
  data:
    - secretKey: password
      remoteRef:
        key: riverbend/member-portal/db
        property: password
    - secretKey: username
      remoteRef:
        key: riverbend/member-portal/db
        property: username
''')

add("csv/decoy-member-export", "exports/member_owners_2024Q3.csv",
    "https://www.rfc-editor.org/rfc/rfc4180", '''
member_no,portal_id,household,joined_on,status,equity_paid,equity_target,discount_tier,card_upc
M-00412,@@u1@@,2,2011-05-02,active,200.00,200.00,standard,0040000004125
M-01877,@@u2@@,1,2016-09-19,active,125.00,200.00,standard,0040000018771
M-03342,@@u3@@,4,2019-03-07,active,200.00,200.00,senior,0040000033422
M-04019,@@u4@@,1,2021-11-30,inactive,50.00,200.00,standard,0040000040190
M-05560,@@u5@@,3,2023-06-14,active,75.00,200.00,food-access,0040000055609
''', **{f"u{i}": uuid_s() for i in range(1, 6)})

add("python/decoy-uuid", "portal/models.py",
    "https://docs.djangoproject.com/en/5.0/ref/models/fields/#uuidfield", '''
import uuid

from django.db import models


class MemberOwner(models.Model):
    """A household that owns one equity share in the co-op."""

    member_no = models.CharField(max_length=10, unique=True)
    portal_id = models.UUIDField(default=uuid.uuid4, editable=False, unique=True)
    email = models.EmailField(blank=True)
    equity_paid = models.DecimalField(max_digits=7, decimal_places=2, default=0)
    discount_tier = models.CharField(max_length=20, default="standard")
    # Hash of the card's barcode, so the POS can look a member up without storing the number twice.
    card_hash = models.CharField(max_length=64, blank=True)


# The co-op's own member number namespace (uuid5 of member numbers for the data warehouse).
MEMBER_NAMESPACE = uuid.UUID("@@ns@@")
ANONYMOUS_MEMBER = uuid.UUID("00000000-0000-0000-0000-000000000000")


def warehouse_key(member_no: str) -> str:
    return str(uuid.uuid5(MEMBER_NAMESPACE, member_no))
''', ns=uuid_s())

add("notebook/decoy-hashes", "notebooks/basket_analysis_pseudonymised.ipynb",
    "https://nbformat.readthedocs.io/en/latest/format_description.html", '''
{
 "cells": [
  {
   "cell_type": "code",
   "execution_count": 5,
   "metadata": {},
   "outputs": [
    {
     "data": {
      "text/plain": [
       "                                                      owner  baskets  avg_cents\\n",
       "0  @@h1@@       42       3811\\n",
       "1  @@h2@@       37       5120\\n",
       "2  @@h3@@       31       2290"
      ]
     },
     "execution_count": 5,
     "metadata": {},
     "output_type": "execute_result"
    }
   ],
   "source": [
    "# owners are sha256(member_no + salt); the salt stays on the warehouse server\\n",
    "top = baskets.groupby(\\"owner\\").agg(baskets=(\\"id\\", \\"count\\"), avg_cents=(\\"total\\", \\"mean\\"))\\n",
    "top.sort_values(\\"baskets\\", ascending=False).head(3).reset_index()"
   ]
  }
 ],
 "metadata": {
  "kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}
 },
 "nbformat": 4,
 "nbformat_minor": 5
}
''', h1=sha256(), h2=sha256(), h3=sha256())

# ======================================================================================
# Wholesale ordering from local farms and distributors
# ======================================================================================

add("python/shopify-access-token", "farmstore/sync_availability.py",
    "https://shopify.dev/docs/apps/build/authentication-authorization/access-tokens/generate-app-access-tokens-admin", '''
"""Weekly availability list: push what Hollow Creek Farm can deliver to the co-op into the
wholesale collection of the farm's Shopify store (the co-op buyer orders from there)."""
import csv

import requests

SHOP = "hollow-creek-farm.myshopify.com"
ADMIN_TOKEN = "@@secret@@"
API = f"https://{SHOP}/admin/api/2024-07"
HEADERS = {"X-Shopify-Access-Token": ADMIN_TOKEN, "Content-Type": "application/json"}
WHOLESALE_LOCATION = "gid://shopify/Location/71840923775"


def set_available(inventory_item_id: int, cases: int) -> None:
    resp = requests.post(
        f"{API}/inventory_levels/set.json",
        headers=HEADERS,
        json={"location_id": 71840923775, "inventory_item_id": inventory_item_id, "available": cases},
        timeout=15,
    )
    resp.raise_for_status()


if __name__ == "__main__":
    with open("availability.csv", newline="") as fh:
        for row in csv.DictReader(fh):
            set_available(int(row["inventory_item_id"]), int(row["cases"]))
            print(f"{row['crop']:<22} {row['cases']:>4} cases")
''', secret=shopify_token())

add("python/quickbooks-client-secret", "accounting/qbo_client.py",
    "https://developer.intuit.com/app/developer/qbo/docs/develop/authentication-and-authorization/oauth-2.0", '''
"""QuickBooks Online: post the weekly farm invoices (wholesale receiving) as bills."""
from intuitlib.client import AuthClient
from intuitlib.enums import Scopes
from quickbooks import QuickBooks
from quickbooks.objects.bill import Bill

from accounting.token_store import load_refresh_token, save_refresh_token

auth_client = AuthClient(
    client_id="@@cid@@",
    client_secret="@@secret@@",
    environment="production",
    redirect_uri="https://ops.riverbend.coop/qbo/callback",
)
REALM_ID = "@@realm@@"


def client() -> QuickBooks:
    auth_client.refresh(refresh_token=load_refresh_token())
    save_refresh_token(auth_client.refresh_token)
    return QuickBooks(auth_client=auth_client, refresh_token=auth_client.refresh_token, company_id=REALM_ID)


def post_bill(vendor_ref: str, lines: list) -> Bill:
    bill = Bill()
    bill.VendorRef = {"value": vendor_ref}
    bill.Line = lines
    return bill.save(qb=client())


SCOPES = [Scopes.ACCOUNTING]
''', secret=drawn(40), cid="AB" + drawn(48), realm=digits(19))

add("typescript/xero-client-secret", "src/integrations/xero.ts",
    "https://github.com/XeroAPI/xero-node#configuration", '''
import { XeroClient } from 'xero-node';

// Market vendor fees are invoiced from Xero; this syncs paid stall fees back to the booking DB.
export const xero = new XeroClient({
  clientId: '@@cid@@',
  clientSecret: '@@secret@@',
  redirectUris: ['https://book.fieldstonemarket.org/xero/callback'],
  scopes: ['openid', 'profile', 'email', 'accounting.transactions', 'offline_access'],
});

export async function paidStallFees(tenantId: string, since: Date) {
  const res = await xero.accountingApi.getInvoices(
    tenantId,
    since,
    'Type=="ACCREC" AND Status=="PAID" AND Reference.StartsWith("STALL")',
  );
  return (res.body.invoices ?? []).map((inv) => ({
    reference: inv.reference,
    paidOn: inv.fullyPaidOnDate,
    amount: inv.total,
  }));
}
''', secret=drawn(48, URLSAFE), cid=hexs(32, upper=True))

add("apps-script/airtable-pat", "apps-script/WholesaleOrders.gs",
    "https://airtable.com/developers/web/guides/personal-access-tokens", '''
/**
 * "Wholesale orders" Google Form -> Airtable base the buyers use for receiving.
 * Trigger: on form submit.
 */
const AIRTABLE_TOKEN = '@@secret@@';
const BASE_ID = 'app@@base@@';
const TABLE = 'Orders';

function onFormSubmit(e) {
  const v = e.namedValues;
  const record = {
    fields: {
      Farm: v['Farm'][0],
      Crop: v['Crop'][0],
      Cases: Number(v['Cases'][0]),
      'Case price': Number(v['Price per case'][0]),
      'Delivery day': v['Delivery day'][0],
      Status: 'Offered',
    },
  };
  const res = UrlFetchApp.fetch('https://api.airtable.com/v0/' + BASE_ID + '/' + encodeURIComponent(TABLE), {
    method: 'post',
    contentType: 'application/json',
    headers: { Authorization: 'Bearer ' + AIRTABLE_TOKEN },
    payload: JSON.stringify({ records: [record], typecast: true }),
    muteHttpExceptions: true,
  });
  if (res.getResponseCode() >= 300) {
    MailApp.sendEmail('buyer@riverbend.coop', 'Airtable sync failed', res.getContentText());
  }
}
''', secret=airtable_pat(), base=drawn(14))

add("json/google-service-account-key", "credentials/farm-availability-sa.json",
    "https://cloud.google.com/iam/docs/keys-create-delete", '''
{
  "type": "service_account",
  "project_id": "riverbend-wholesale",
  "private_key_id": "@@kid@@",
  "private_key": "@@secret@@\\n",
  "client_email": "availability-sheet@riverbend-wholesale.iam.gserviceaccount.com",
  "client_id": "@@cid@@",
  "auth_uri": "https://accounts.google.com/o/oauth2/auth",
  "token_uri": "https://oauth2.googleapis.com/token",
  "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",
  "client_x509_cert_url": "https://www.googleapis.com/robot/v1/metadata/x509/availability-sheet%40riverbend-wholesale.iam.gserviceaccount.com",
  "universe_domain": "googleapis.com"
}
''', secret=pem("", sep="\\n"), kid=sha1(), cid=digits(21))

add("shell/ftp-password", "scripts/fetch_distributor_prices.sh",
    "https://www.gnu.org/software/wget/manual/wget.html#FTP-Options", '''
#!/bin/sh
# Nightly: fetch the distributor's full price file (fixed-width, ~40 MB) and load it into
# CORE-POS's vendorItems table via the Fannie importer. Cron: 15 2 * * *  (POS-BACK01)
set -e
DEST=/srv/pricefiles/$(date +%Y%m%d)
mkdir -p "$DEST"
cd "$DEST"

wget -q --ftp-user=RB0419 --ftp-password='@@secret@@' \\
  "ftp://ftp.pricefiles.unfi.com/outbound/RB0419/FULLCAT.TXT"

php /var/www/html/IS4C/fannie/batches/UNFI/load-scripts/loadUNFIprices.php "$DEST/FULLCAT.TXT" \\
  >> /var/log/pricefile.log 2>&1
find /srv/pricefiles -maxdepth 1 -type d -mtime +30 -exec rm -rf {} +
''', secret=sym_pw(10))

add("python/sftp-password", "edi/send_po.py",
    "https://docs.paramiko.org/en/stable/api/transport.html", '''
"""Send purchase orders (EDI 850) to the regional distributor's SFTP inbox."""
from pathlib import Path

import paramiko

HOST = "sftp.kehe.com"
USER = "riverbend_coop"
PASSWORD = "@@secret@@"
INBOX = "/inbound/850"
OUTBOX = Path("/srv/edi/outbound")


def send_all() -> int:
    transport = paramiko.Transport((HOST, 22))
    transport.connect(username=USER, password=PASSWORD)
    sftp = paramiko.SFTPClient.from_transport(transport)
    sent = 0
    try:
        for po in sorted(OUTBOX.glob("PO_*.edi")):
            sftp.put(str(po), f"{INBOX}/{po.name}")
            po.rename(po.with_suffix(".sent"))
            sent += 1
    finally:
        sftp.close()
        transport.close()
    return sent


if __name__ == "__main__":
    print(f"sent {send_all()} purchase orders")
''', secret=words_pw())

add("powershell/distributor-portal-password", "scripts/Get-DistributorInvoices.ps1",
    "https://learn.microsoft.com/en-us/powershell/module/microsoft.powershell.security/convertto-securestring", '''
<#
.SYNOPSIS
  Downloads last week's invoices (PDF + CSV) from the distributor's customer portal for AP.
#>
param(
    [string]$OutDir = "\\\\OFFICE-NAS\\Accounting\\Invoices\\Distributor"
)

$user = "ap@riverbend.coop"
$pass = ConvertTo-SecureString "@@secret@@" -AsPlainText -Force
$cred = New-Object System.Management.Automation.PSCredential($user, $pass)

$session = $null
$login = Invoke-WebRequest -Uri "https://customers.unfi.com/api/auth/login" -Method Post `
    -Body (@{ username = $cred.UserName; password = $cred.GetNetworkCredential().Password } | ConvertTo-Json) `
    -ContentType "application/json" -SessionVariable session

$since = (Get-Date).AddDays(-7).ToString("yyyy-MM-dd")
$list = Invoke-RestMethod -Uri "https://customers.unfi.com/api/invoices?since=$since" -WebSession $session
foreach ($inv in $list.items) {
    $file = Join-Path $OutDir ("{0}_{1}.pdf" -f $inv.invoiceDate, $inv.invoiceNumber)
    Invoke-WebRequest -Uri $inv.pdfUrl -WebSession $session -OutFile $file
    Write-Host "saved $file"
}
''', secret=words_pw())

add("ruby/openfoodnetwork-api-key", "lib/tasks/ofn_orders.rake",
    "https://guide.openfoodnetwork.org/basic-features/api", '''
# Pull this week's hub orders from Open Food Network into the packing list.
require "net/http"
require "json"
require "csv"

namespace :ofn do
  desc "Export this week's Open Food Network orders for the packing crew"
  task packing_list: :environment do
    api_key = "@@secret@@"
    uri = URI("https://openfoodnetwork.org/api/v0/orders")
    uri.query = URI.encode_www_form("q[distributor_id_eq]" => 4187, "q[completed_at_gt]" => 7.days.ago.iso8601)
    req = Net::HTTP::Get.new(uri)
    req["X-Spree-Token"] = api_key
    res = Net::HTTP.start(uri.host, uri.port, use_ssl: true) { |http| http.request(req) }
    orders = JSON.parse(res.body).fetch("orders")

    CSV.open("tmp/packing_#{Date.today}.csv", "w") do |csv|
      csv << %w[order customer pickup items]
      orders.each do |o|
        csv << [o["number"], o["full_name"], o["shipping_method"], o["item_count"]]
      end
    end
    puts "#{orders.size} orders written"
  end
end
''', secret=hexs(48))

add("kotlin/localline-password", "app/src/main/java/coop/riverbend/receiving/LocalLineApi.kt",
    "https://localline.ca/api/docs", '''
package coop.riverbend.receiving

import okhttp3.MediaType.Companion.toMediaType
import okhttp3.OkHttpClient
import okhttp3.Request
import okhttp3.RequestBody.Companion.toRequestBody
import org.json.JSONObject

/** Receiving-dock tablet: looks up farm deliveries ordered through Local Line. */
class LocalLineApi(private val http: OkHttpClient = OkHttpClient()) {
    private val base = "https://localline.ca/api/backoffice/v2"
    private val username = "receiving@riverbend.coop"
    private val password = "@@secret@@"

    fun token(): String {
        val body = JSONObject(mapOf("username" to username, "password" to password)).toString()
            .toRequestBody("application/json".toMediaType())
        val req = Request.Builder().url("$base/token").post(body).build()
        http.newCall(req).execute().use { res ->
            return JSONObject(res.body!!.string()).getString("access")
        }
    }

    fun deliveriesFor(day: String): String {
        val req = Request.Builder()
            .url("$base/orders/?fulfillment_date=$day&status=OPEN")
            .header("Authorization", "Bearer ${token()}")
            .build()
        http.newCall(req).execute().use { return it.body!!.string() }
    }
}
''', secret=words_pw())

add("xml/ftp-password", "it/filezilla/sitemanager.xml",
    "https://wiki.filezilla-project.org/Site_Manager", '''
<?xml version="1.0" encoding="UTF-8" standalone="yes" ?>
<FileZilla3 version="3.66.4" platform="windows">
    <Servers>
        <Server>
            <Host>ftp.hollowcreekfarm.com</Host>
            <Port>21</Port>
            <Protocol>0</Protocol>
            <Type>0</Type>
            <User>coopbuyer</User>
            <Pass encoding="base64">@@enc@@</Pass>
            <Logontype>1</Logontype>
            <PasvMode>MODE_DEFAULT</PasvMode>
            <EncodingType>Auto</EncodingType>
            <BypassProxy>0</BypassProxy>
            <Name>Hollow Creek - availability lists</Name>
            <RemoteDir>1 0 6 public 9 wholesale</RemoteDir>
            <SyncBrowsing>0</SyncBrowsing>
        </Server>
    </Servers>
</FileZilla3>
''', secret=(_f := words_pw()), enc=b64(_f))

add("netrc/ftp-password", "ops/buyer-laptop/.netrc",
    "https://everything.curl.dev/usingcurl/netrc", '''
# curl / ftp auto-login on the buyer's laptop (used by get_availability.sh)
machine ftp.hollowcreekfarm.com
  login coopbuyer
  password @@secret@@

default
  login anonymous
  password buyer@riverbend.coop
''', secret=sym_pw(12))

add("dart/supabase-service-role-key", "lib/services/order_admin.dart",
    "https://supabase.com/docs/guides/api/api-keys", '''
import 'package:supabase/supabase.dart';

/// Admin tools in the farm-order app: the buyer approves farms' offers and sets case prices.
/// NOTE: uses the service role so it can bypass row level security.
class OrderAdmin {
  static const _url = 'https://@@ref@@.supabase.co';
  static const _serviceKey =
      '@@secret@@';

  final SupabaseClient client = SupabaseClient(_url, _serviceKey);

  Future<void> approveOffer(int offerId, double casePrice) async {
    await client.from('offers').update({
      'status': 'approved',
      'case_price': casePrice,
      'approved_at': DateTime.now().toIso8601String(),
    }).eq('id', offerId);
  }

  Future<List<Map<String, dynamic>>> openOffers() async {
    final rows = await client.from('offers').select('id, farm, crop, cases, case_price').eq('status', 'offered');
    return List<Map<String, dynamic>>.from(rows);
  }
}
''', secret=supabase_key(_ref := lower_alnum(20), "service_role"), ref=_ref)

# ---- decoys: wholesale ----
add("dart/decoy-public-key", "lib/main.dart",
    "https://supabase.com/docs/guides/api/api-keys#the-anon-key", '''
import 'package:flutter/material.dart';
import 'package:supabase_flutter/supabase_flutter.dart';

import 'screens/offers_screen.dart';

// The anon key is meant to ship in the app: row level security decides what a farm can see.
const supabaseUrl = 'https://@@ref@@.supabase.co';
const supabaseAnonKey = '@@anon@@';

Future<void> main() async {
  WidgetsFlutterBinding.ensureInitialized();
  await Supabase.initialize(url: supabaseUrl, anonKey: supabaseAnonKey);
  runApp(const FarmOrdersApp());
}

class FarmOrdersApp extends StatelessWidget {
  const FarmOrdersApp({super.key});

  @override
  Widget build(BuildContext context) {
    return MaterialApp(
      title: 'Riverbend Farm Orders',
      theme: ThemeData(colorSchemeSeed: const Color(0xFF6A994E), useMaterial3: true),
      home: const OffersScreen(),
    );
  }
}
''', ref=_ref, anon=supabase_key(_ref, "anon"))

add("csv/decoy-price-list", "pricefiles/hollow_creek_availability_wk37.csv",
    "https://www.gs1us.org/upcs-barcodes-prefixes", '''
sku,crop,variety,pack,case_price,cases_available,upc,organic_cert,harvest_date
HCF-101,Kale,Lacinato,24 bunch,38.00,12,0851234001017,NOFA-VT 2024-0117,2024-09-09
HCF-102,Carrots,Bolero,25 lb,41.50,20,0851234001024,NOFA-VT 2024-0117,2024-09-08
HCF-107,Tomatoes,Heirloom mix,10 lb,36.00,8,0851234001079,NOFA-VT 2024-0117,2024-09-09
HCF-110,Garlic,German White,5 lb,47.50,6,0851234001109,NOFA-VT 2024-0117,2024-08-02
HCF-114,Winter squash,Delicata,35 lb,39.00,15,0851234001147,NOFA-VT 2024-0117,2024-09-05
HCF-119,Salad mix,Spring,3 lb,22.00,10,0851234001192,NOFA-VT 2024-0117,2024-09-10
''')

add("json/decoy-checksum", "farm-orders-web/package-lock.json",
    "https://docs.npmjs.com/cli/v10/configuring-npm/package-lock-json", '''
{
  "name": "farm-orders-web",
  "version": "1.6.0",
  "lockfileVersion": 3,
  "requires": true,
  "packages": {
    "": {
      "name": "farm-orders-web",
      "version": "1.6.0",
      "dependencies": {
        "@supabase/supabase-js": "^2.45.0",
        "date-fns": "^3.6.0"
      }
    },
    "node_modules/@supabase/supabase-js": {
      "version": "2.45.4",
      "resolved": "https://registry.npmjs.org/@supabase/supabase-js/-/supabase-js-2.45.4.tgz",
      "integrity": "sha512-@@i1@@",
      "license": "MIT"
    },
    "node_modules/date-fns": {
      "version": "3.6.0",
      "resolved": "https://registry.npmjs.org/date-fns/-/date-fns-3.6.0.tgz",
      "integrity": "sha512-@@i2@@",
      "license": "MIT"
    }
  }
}
''', i1=base64.b64encode(rand_bytes(64)).decode(), i2=base64.b64encode(rand_bytes(64)).decode())

add("text/decoy-hash", "accounting/requirements.txt",
    "https://pip.pypa.io/en/stable/topics/secure-installs/#hash-checking-mode", '''
# pip-compile --generate-hashes requirements.in
intuit-oauth==1.2.6 \\
    --hash=sha256:@@h1@@
python-quickbooks==0.9.9 \\
    --hash=sha256:@@h2@@ \\
    --hash=sha256:@@h3@@
requests==2.32.3 \\
    --hash=sha256:@@h4@@
urllib3==2.2.2 \\
    --hash=sha256:@@h5@@
''', **{f"h{i}": sha256() for i in range(1, 6)})

add("yaml/decoy-sops-encrypted", "deploy/secrets/wholesale.enc.yaml",
    "https://github.com/getsops/sops#encrypting-using-age", '''
wholesale:
    db_password: ENC[AES256_GCM,data:@@d1@@,iv:@@iv1@@,tag:@@t1@@,type:str]
    qbo_client_secret: ENC[AES256_GCM,data:@@d2@@,iv:@@iv2@@,tag:@@t2@@,type:str]
    edi_sftp_password: ENC[AES256_GCM,data:@@d3@@,iv:@@iv3@@,tag:@@t3@@,type:str]
sops:
    age:
        - recipient: age1@@age@@
          enc: |
            -----BEGIN AGE ENCRYPTED FILE-----
            @@a1@@
            @@a2@@
            -----END AGE ENCRYPTED FILE-----
    lastmodified: "2024-08-30T14:12:09Z"
    mac: ENC[AES256_GCM,data:@@mac@@,iv:@@iv4@@,tag:@@t4@@,type:str]
    unencrypted_suffix: _unencrypted
    version: 3.9.0
''', d1=base64.b64encode(rand_bytes(18)).decode(), d2=base64.b64encode(rand_bytes(30)).decode(),
    d3=base64.b64encode(rand_bytes(15)).decode(),
    **{f"iv{i}": base64.b64encode(rand_bytes(32)).decode() for i in range(1, 5)},
    **{f"t{i}": base64.b64encode(rand_bytes(16)).decode() for i in range(1, 5)},
    age=lower_alnum(58), a1=base64.b64encode(rand_bytes(48)).decode(), a2=base64.b64encode(rand_bytes(48)).decode(),
    mac=base64.b64encode(rand_bytes(48)).decode())

add("python/decoy-env-reference", "accounting/settings.py",
    "https://developer.intuit.com/app/developer/qbo/docs/develop/authentication-and-authorization/oauth-2.0", '''
"""Settings for the accounting sync; every credential comes from the environment (systemd
EnvironmentFile=/etc/riverbend/accounting.env, mode 0600, not in git)."""
import os

QBO_CLIENT_ID = os.environ["QBO_CLIENT_ID"]
QBO_CLIENT_SECRET = os.environ["QBO_CLIENT_SECRET"]
QBO_REALM_ID = os.environ.get("QBO_REALM_ID", "")
QBO_ENVIRONMENT = os.environ.get("QBO_ENVIRONMENT", "production")
QBO_REDIRECT_URI = "https://ops.riverbend.coop/qbo/callback"

EDI_SFTP_HOST = "sftp.kehe.com"
EDI_SFTP_USER = os.getenv("EDI_SFTP_USER", "riverbend_coop")
EDI_SFTP_PASSWORD = os.getenv("EDI_SFTP_PASSWORD")

TOKEN_STORE = os.getenv("QBO_TOKEN_STORE", "/var/lib/riverbend/qbo_tokens.json")
if not EDI_SFTP_PASSWORD:
    raise SystemExit("EDI_SFTP_PASSWORD missing from the environment")
''')

add("xml/decoy-maven-encrypted", "ci/maven/settings.xml",
    "https://maven.apache.org/guides/mini/guide-encryption.html", '''
<?xml version="1.0" encoding="UTF-8"?>
<settings xmlns="http://maven.apache.org/SETTINGS/1.2.0">
  <!-- Passwords below are encrypted with the master password in ~/.m2/settings-security.xml
       on the build agent (mvn -ep). -->
  <servers>
    <server>
      <id>riverbend-releases</id>
      <username>ci-publisher</username>
      <password>{@@e1@@}</password>
    </server>
    <server>
      <id>riverbend-snapshots</id>
      <username>ci-publisher</username>
      <password>{@@e2@@}</password>
    </server>
  </servers>
  <mirrors>
    <mirror>
      <id>riverbend-proxy</id>
      <mirrorOf>central</mirrorOf>
      <url>https://repo.riverbend.coop/repository/maven-public/</url>
    </mirror>
  </mirrors>
</settings>
''', e1=base64.b64encode(rand_bytes(33)).decode(), e2=base64.b64encode(rand_bytes(33)).decode())

add("ruby/decoy-credentials-reference", "config/initializers/integrations.rb",
    "https://guides.rubyonrails.org/security.html#custom-credentials", '''
# All third-party credentials live in config/credentials/production.yml.enc
# (key in RAILS_MASTER_KEY on the server). Nothing secret in this file.
Rails.application.config.x.square = ActiveSupport::OrderedOptions.new.tap do |sq|
  sq.access_token = Rails.application.credentials.dig(:square, :access_token)
  sq.signature_key = Rails.application.credentials.dig(:square, :webhook_signature_key)
  sq.environment = Rails.env.production? ? "production" : "sandbox"
end

Rails.application.config.x.ofn_api_key = Rails.application.credentials.ofn_api_key
Rails.application.config.x.twilio = {
  account_sid: Rails.application.credentials.dig(:twilio, :account_sid),
  auth_token: Rails.application.credentials.dig(:twilio, :auth_token),
  from: "+18025550143"
}
''')

add("go/decoy-env-reference", "cmd/po-sender/config.go",
    "https://pkg.go.dev/os#LookupEnv", '''
package main

import (
	"fmt"
	"os"
)

type config struct {
	SFTPHost     string
	SFTPUser     string
	SFTPPassword string
	OutboxDir    string
}

func mustEnv(name string) string {
	v, ok := os.LookupEnv(name)
	if !ok || v == "" {
		panic(fmt.Sprintf("%s is required", name))
	}
	return v
}

func loadConfig() config {
	return config{
		SFTPHost:     "sftp.kehe.com:22",
		SFTPUser:     mustEnv("EDI_SFTP_USER"),
		SFTPPassword: mustEnv("EDI_SFTP_PASSWORD"),
		OutboxDir:    "/srv/edi/outbound",
	}
}
''')

add("markdown/decoy-api-docs", "docs/wholesale-api.md",
    "https://swagger.io/docs/specification/authentication/bearer-authentication/", '''
# Wholesale offers API (for partner farms)

Farms with their own software can post offers instead of using the form.

## Authentication
Ask the buyer for a token; it is shown once. Send it as a bearer token:

```http
POST /api/v1/offers HTTP/1.1
Host: wholesale.riverbend.coop
Authorization: Bearer <your-farm-token>
Content-Type: application/json

{"crop": "Carrots", "variety": "Bolero", "pack": "25 lb", "cases": 20, "case_price": 41.50}
```

```bash
export RIVERBEND_TOKEN=...   # from the buyer
curl -H "Authorization: Bearer $RIVERBEND_TOKEN" https://wholesale.riverbend.coop/api/v1/offers?mine=1
```

Tokens look like `rbw_` followed by 32 characters. If one leaks, tell the buyer and we revoke
it the same day.

| Status | Meaning |
|--------|---------|
| 201 | offer created |
| 401 | missing or revoked token |
| 422 | unknown crop or pack size |
''')

# ======================================================================================
# Newsletters, marketing and social posts
# ======================================================================================
add("python/mailchimp-api-key", "newsletter/sync_members_to_mailchimp.py",
    "https://mailchimp.com/developer/marketing/guides/quick-start/", '''
"""Add new member-owners to the "Co-op News" audience with their join-year tag."""
import csv
import hashlib

import mailchimp_marketing as MailchimpMarketing
from mailchimp_marketing.api_client import ApiClientError

client = MailchimpMarketing.Client()
client.set_config({"api_key": "@@secret@@", "server": "@@dc@@"})
AUDIENCE_ID = "@@aud@@"


def upsert(email: str, first: str, year: str) -> None:
    h = hashlib.md5(email.lower().encode()).hexdigest()
    client.lists.set_list_member(AUDIENCE_ID, h, {
        "email_address": email,
        "status_if_new": "subscribed",
        "merge_fields": {"FNAME": first},
    })
    client.lists.update_list_member_tags(AUDIENCE_ID, h, {"tags": [{"name": f"joined-{year}", "status": "active"}]})


if __name__ == "__main__":
    with open("new_members.csv", newline="") as fh:
        for row in csv.DictReader(fh):
            try:
                upsert(row["email"], row["first_name"], row["joined_on"][:4])
            except ApiClientError as err:
                print(row["email"], err.text)
''', secret=(_mc := mailchimp_key()), dc=_mc.rsplit("-", 1)[1], aud=hexs(10))

add("php/mailchimp-api-key", "wp-content/themes/fieldstone/inc/newsletter-signup.php",
    "https://mailchimp.com/developer/marketing/api/list-members/add-member-to-list/", '''
<?php
/**
 * Footer "Get the market newsletter" form handler.
 */
add_action( 'admin_post_nopriv_fs_newsletter', 'fs_newsletter_signup' );
add_action( 'admin_post_fs_newsletter', 'fs_newsletter_signup' );

function fs_newsletter_signup() {
    check_admin_referer( 'fs_newsletter' );
    $email = sanitize_email( wp_unslash( $_POST['email'] ?? '' ) );
    if ( ! is_email( $email ) ) {
        wp_safe_redirect( home_url( '/?newsletter=invalid' ) );
        exit;
    }
    $api_key = '@@secret@@';
    $list_id = '@@aud@@';
    $dc      = substr( $api_key, strpos( $api_key, '-' ) + 1 );
    $resp    = wp_remote_post( "https://{$dc}.api.mailchimp.com/3.0/lists/{$list_id}/members", array(
        'headers' => array( 'Authorization' => 'Basic ' . base64_encode( 'fieldstone:' . $api_key ) ),
        'body'    => wp_json_encode( array( 'email_address' => $email, 'status' => 'pending' ) ),
    ) );
    $ok = ! is_wp_error( $resp ) && in_array( wp_remote_retrieve_response_code( $resp ), array( 200, 400 ), true );
    wp_safe_redirect( home_url( $ok ? '/?newsletter=thanks' : '/?newsletter=error' ) );
    exit;
}
''', secret=mailchimp_key(), aud=hexs(10))

add("dockerfile/sendgrid-api-key", "newsletter/Dockerfile",
    "https://docs.docker.com/reference/dockerfile/#env", '''
FROM python:3.12-slim

WORKDIR /app
RUN apt-get update && apt-get install -y --no-install-recommends tzdata && rm -rf /var/lib/apt/lists/*
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt
COPY . .

ENV TZ=America/New_York \\
    NEWSLETTER_FROM="news@riverbend.coop" \\
    SENDGRID_API_KEY="@@secret@@" \\
    SENDGRID_ASM_GROUP=20417

USER nobody
CMD ["python", "-m", "newsletter.send_weekly", "--list", "co-op-news"]
''', secret=sendgrid_key())

add("yaml/sendgrid-api-key", "config/notifications.yml",
    "https://www.twilio.com/docs/sendgrid/for-developers/sending-email/api-getting-started", '''
# Booking site notifications (stall confirmations, lottery results, weather cancellations)
default: &default
  from: "Fieldstone Market <market@fieldstonemarket.org>"
  reply_to: manager@fieldstonemarket.org
  templates:
    stall_confirmed: d-@@t1@@
    lottery_result: d-@@t2@@
    weather_cancel: d-@@t3@@

production:
  <<: *default
  provider: sendgrid
  sendgrid:
    api_key: @@secret@@
    sandbox_mode: false

development:
  <<: *default
  provider: letter_opener
''', secret=sendgrid_key(), t1=hexs(32), t2=hexs(32), t3=hexs(32))

add("javascript/brevo-api-key", "netlify/functions/subscribe.js",
    "https://developers.brevo.com/reference/createcontact", '''
// POST /api/subscribe  {email, firstName, lists: ["market-news", "vendor-news"]}
const LIST_IDS = { 'market-news': 3, 'vendor-news': 7 };
const BREVO_KEY = '@@secret@@';

exports.handler = async (event) => {
  if (event.httpMethod !== 'POST') return { statusCode: 405, body: 'method not allowed' };
  const { email, firstName, lists = ['market-news'] } = JSON.parse(event.body || '{}');
  if (!email) return { statusCode: 400, body: 'email required' };

  const res = await fetch('https://api.brevo.com/v3/contacts', {
    method: 'POST',
    headers: { 'api-key': BREVO_KEY, 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify({
      email,
      attributes: { FIRSTNAME: firstName || '' },
      listIds: lists.map((l) => LIST_IDS[l]).filter(Boolean),
      updateEnabled: true,
    }),
  });
  return { statusCode: res.ok ? 200 : 502, body: res.ok ? 'ok' : await res.text() };
};
''', secret=brevo_key())

add("go/mailgun-api-key", "cmd/weather-cancel/main.go",
    "https://documentation.mailgun.com/docs/mailgun/sdk/go_sdk/", '''
// weather-cancel emails every booked vendor when the market is called off.
package main

import (
	"context"
	"flag"
	"log"
	"time"

	"github.com/mailgun/mailgun-go/v4"
)

const (
	domain = "mg.fieldstonemarket.org"
	apiKey = "@@secret@@"
)

func main() {
	day := flag.String("day", time.Now().Format("2006-01-02"), "market day")
	flag.Parse()
	mg := mailgun.NewMailgun(domain, apiKey)
	vendors, err := bookedVendors(*day)
	if err != nil {
		log.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	for _, v := range vendors {
		m := mg.NewMessage("Fieldstone Market <market@fieldstonemarket.org>",
			"Market cancelled "+*day, "Hi "+v.Name+", today's market is cancelled (weather). Your stall fee carries over.", v.Email)
		if _, _, err := mg.Send(ctx, m); err != nil {
			log.Printf("%s: %v", v.Email, err)
		}
	}
}
''', secret=mailgun_key())

add("ruby/postmark-server-token", "config/environments/production.rb",
    "https://postmarkapp.com/developer/integration/official-libraries#rails", '''
require "active_support/core_ext/integer/time"

Rails.application.configure do
  config.enable_reloading = false
  config.eager_load = true
  config.consider_all_requests_local = false
  config.force_ssl = true
  config.log_level = :info
  config.log_tags = [:request_id]
  config.cache_store = :redis_cache_store, { url: ENV.fetch("REDIS_URL") }
  config.active_job.queue_adapter = :sidekiq

  config.action_mailer.delivery_method = :postmark
  config.action_mailer.postmark_settings = { api_token: "@@secret@@" }
  config.action_mailer.default_url_options = { host: "book.fieldstonemarket.org", protocol: "https" }

  config.i18n.fallbacks = true
  config.active_support.report_deprecations = false
  config.active_record.dump_schema_after_migration = false
end
''', secret=uuidish())

add("python/smtp-password", "booking/settings/production.py",
    "https://docs.djangoproject.com/en/5.0/topics/email/#smtp-backend", '''
from .base import *  # noqa: F401,F403
import os

DEBUG = False
SECRET_KEY = os.environ["DJANGO_SECRET_KEY"]
ALLOWED_HOSTS = ["book.fieldstonemarket.org"]
CSRF_TRUSTED_ORIGINS = ["https://book.fieldstonemarket.org"]

DATABASES = {"default": {"ENGINE": "django.db.backends.postgresql", "NAME": "booking",
                         "HOST": "localhost", "USER": "booking", "PASSWORD": os.environ["DB_PASSWORD"]}}

EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
EMAIL_HOST = "smtp.fastmail.com"
EMAIL_PORT = 465
EMAIL_USE_SSL = True
EMAIL_HOST_USER = "market@fieldstonemarket.org"
EMAIL_HOST_PASSWORD = "@@secret@@"
DEFAULT_FROM_EMAIL = "Fieldstone Market <market@fieldstonemarket.org>"

SECURE_HSTS_SECONDS = 31536000
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
''', secret=lower_alnum(16))

add("conf/smtp-password", "ops/office-mac/.msmtprc",
    "https://marlam.de/msmtp/msmtp.html#Configuration-files", '''
# msmtp for the office Mac mini: cron mail from token_ledger.pl and the backup scripts
defaults
auth           on
tls            on
tls_trust_file /etc/ssl/cert.pem
logfile        ~/.msmtp.log

account        office
host           smtp.gmail.com
port           587
from           office@fieldstonemarket.org
user           office@fieldstonemarket.org
password       @@secret@@

account default : office
''', secret=fakes.drawn(_seed(), 16, string.ascii_lowercase))

add("php/smtp-password", "wp-content/mu-plugins/riverbend-smtp.php",
    "https://developer.wordpress.org/reference/hooks/phpmailer_init/", '''
<?php
/**
 * Plugin Name: Riverbend SMTP
 * Description: Sends WordPress mail (member sign-ups, owner newsletter confirmations) through Microsoft 365.
 */
add_action( 'phpmailer_init', function ( $phpmailer ) {
    $phpmailer->isSMTP();
    $phpmailer->Host       = 'smtp.office365.com';
    $phpmailer->Port       = 587;
    $phpmailer->SMTPSecure = 'tls';
    $phpmailer->SMTPAuth   = true;
    $phpmailer->Username   = 'web@riverbend.coop';
    $phpmailer->Password   = '@@secret@@';
    $phpmailer->From       = 'web@riverbend.coop';
    $phpmailer->FromName   = 'Riverbend Food Co-op';
} );
''', secret=words_pw())

add("javascript/smtp-password", "volunteer-bot/mailer.js",
    "https://nodemailer.com/smtp/", '''
const nodemailer = require('nodemailer');

// Shift confirmation emails for market volunteers.
const transporter = nodemailer.createTransport({
  host: 'mail.fieldstonemarket.org',
  port: 465,
  secure: true,
  auth: {
    user: 'volunteers@fieldstonemarket.org',
    pass: '@@secret@@',
  },
});

async function confirmShift(volunteer, shift) {
  await transporter.sendMail({
    from: '"Fieldstone Market Volunteers" <volunteers@fieldstonemarket.org>',
    to: volunteer.email,
    subject: `You're on for ${shift.role}, ${shift.day}`,
    text: `Hi ${volunteer.firstName},\\n\\nThanks for signing up for ${shift.role} on ${shift.day} ` +
      `(${shift.start}-${shift.end}). Check in at the info booth.\\n\\nSee you there!`,
  });
}

module.exports = { confirmShift };
''', secret=sym_pw(14))

add("markdown/smtp-password", "docs/newsletter-howto.md",
    "https://support.google.com/accounts/answer/185833", '''
# Sending the weekly market newsletter

The newsletter is written in Google Docs on Wednesday and sent Thursday 7am.

1. Paste the final doc into `newsletter/this_week.md` (keep the headings).
2. Run `python -m newsletter.send_weekly --list market-news --dry-run` and check the preview.
3. Run it again without `--dry-run`.

## If sending fails with "Username and Password not accepted"
The script logs in to Gmail as `news@fieldstonemarket.org` with an **app password** (2-step
verification is on for that account). The current one is:

    @@secret@@

Put it in `~/.newsletter.env` as `SMTP_PASSWORD=...` on the office computer. If you generate a
new one (Google Account → Security → App passwords), update this page.

## Unsubscribes
Handled by the footer link; the script skips anyone in `unsubscribed.csv`.
''', secret=" ".join(fakes.drawn(_seed(), 4, string.ascii_lowercase) for _ in range(4)))

add("toml/database-password", "listmonk/config.toml",
    "https://listmonk.app/docs/configuration/", '''
[app]
# Listmonk for the co-op owner newsletter, behind Caddy on the office VPS
address = "127.0.0.1:9000"

[db]
host = "127.0.0.1"
port = 5432
user = "listmonk"
password = "@@secret@@"
database = "listmonk"
ssl_mode = "disable"
max_open = 25
max_idle = 25
max_lifetime = "300s"
params = ""
''', secret=url_pw(22))

add("typescript/openai-api-key", "scripts/draft-newsletter.ts",
    "https://platform.openai.com/docs/api-reference/authentication", '''
import OpenAI from 'openai';
import { readFileSync, writeFileSync } from 'node:fs';

// Turns the buyer's "what's in season" notes into a first draft of the weekly newsletter.
const openai = new OpenAI({
  apiKey: '@@secret@@',
});

async function main() {
  const notes = readFileSync('newsletter/notes.txt', 'utf8');
  const completion = await openai.chat.completions.create({
    model: 'gpt-4o-mini',
    temperature: 0.6,
    messages: [
      { role: 'system', content: 'You write a friendly, short weekly newsletter for a food co-op. No emojis.' },
      { role: 'user', content: `Notes from the produce buyer:\\n${notes}` },
    ],
  });
  writeFileSync('newsletter/draft.md', completion.choices[0].message.content ?? '');
  console.log('draft written to newsletter/draft.md');
}

main();
''', secret=fakes.openai_key(_seed()))

add("python/anthropic-api-key", "newsletter/recipe_cards.py",
    "https://docs.anthropic.com/en/api/getting-started", '''
"""Recipe card for the produce of the week (printed and set out by the display)."""
import sys

import anthropic

client = anthropic.Anthropic(api_key="@@secret@@")


def recipe_card(produce: str) -> str:
    message = client.messages.create(
        model="claude-3-5-haiku-latest",
        max_tokens=600,
        messages=[{
            "role": "user",
            "content": f"Write a simple, budget-friendly recipe card using {produce}. "
                       "Title, 6 ingredients at most, 5 short steps, serving size.",
        }],
    )
    return message.content[0].text


if __name__ == "__main__":
    print(recipe_card(" ".join(sys.argv[1:]) or "delicata squash"))
''', secret=anthropic_key())

add("python/facebook-page-token", "social/post_market_update.py",
    "https://developers.facebook.com/docs/pages-api/posts", '''
"""Post Saturday's "who's at market" update to the market's Facebook page."""
import datetime as dt

import requests

PAGE_ID = "@@page@@"
PAGE_TOKEN = "@@secret@@"
GRAPH = "https://graph.facebook.com/v20.0"


def post(message: str, link: str = "https://fieldstonemarket.org/this-week") -> str:
    resp = requests.post(f"{GRAPH}/{PAGE_ID}/feed",
                         data={"message": message, "link": link, "access_token": PAGE_TOKEN}, timeout=20)
    resp.raise_for_status()
    return resp.json()["id"]


if __name__ == "__main__":
    day = dt.date.today() + dt.timedelta(days=(5 - dt.date.today().weekday()) % 7)
    vendors = [line.strip() for line in open("this_week_vendors.txt") if line.strip()]
    msg = f"Market is ON this Saturday {day:%B %d}! {len(vendors)} vendors, including " + ", ".join(vendors[:6]) + "."
    print(post(msg))
''', secret=meta_token(), page=digits(15))

add("shell/eventbrite-token", "scripts/cooking_class_attendees.sh",
    "https://www.eventbrite.com/platform/api#/introduction/authentication", '''
#!/usr/bin/env bash
# Attendee list for the co-op's cooking classes, printed for the demo kitchen door.
# usage: cooking_class_attendees.sh <event-id>
set -euo pipefail
EVENT="${1:?event id}"

curl -s "https://www.eventbriteapi.com/v3/events/${EVENT}/attendees/?status=attending&token=@@secret@@" \\
  | jq -r '.attendees[] | [.profile.name, .ticket_class_name, (.answers // [] | map(.answer) | join("; "))] | @tsv' \\
  | sort \\
  | column -t -s $'\\t' > "attendees_${EVENT}.txt"

echo "$(wc -l < "attendees_${EVENT}.txt") attendees -> attendees_${EVENT}.txt"
''', secret=drawn(20, string.ascii_uppercase + string.digits))

# ---- decoys: newsletters ----
add("html/decoy-public-form", "templates/partials/newsletter_embed.html",
    "https://mailchimp.com/help/add-a-signup-form-to-your-website/", '''
<!-- Begin Mailchimp Signup Form (embedded form code from the Mailchimp audience page) -->
<div id="mc_embed_signup">
  <form action="https://fieldstonemarket.us21.list-manage.com/subscribe/post?u=@@u@@&amp;id=@@id@@&amp;f_id=00a1b2e6f0"
        method="post" id="mc-embedded-subscribe-form" name="mc-embedded-subscribe-form" class="validate" target="_blank">
    <h2>Get the market newsletter</h2>
    <label for="mce-EMAIL">Email address</label>
    <input type="email" name="EMAIL" class="required email" id="mce-EMAIL" required>
    <label for="mce-FNAME">First name</label>
    <input type="text" name="FNAME" id="mce-FNAME">
    <!-- real people should not fill this in and expect good things - do not remove this or risk form bot signups -->
    <div style="position: absolute; left: -5000px;" aria-hidden="true">
      <input type="text" name="b_@@u@@_@@id@@" tabindex="-1" value="">
    </div>
    <input type="submit" value="Subscribe" name="subscribe" id="mc-embedded-subscribe" class="button">
  </form>
</div>
<!--End mc_embed_signup-->
''', u=hexs(25), id=hexs(10))

add("json/decoy-template-ids", "newsletter/templates.json",
    "https://www.twilio.com/docs/sendgrid/ui/sending-email/how-to-send-an-email-with-dynamic-templates", '''
{
  "provider": "sendgrid",
  "apiKeyEnv": "SENDGRID_API_KEY",
  "templates": {
    "weekly": {"id": "d-@@t1@@", "version": "@@v1@@"},
    "owner_welcome": {"id": "d-@@t2@@", "version": "@@v2@@"},
    "annual_meeting": {"id": "d-@@t3@@", "version": "@@v3@@"},
    "patronage_dividend": {"id": "d-@@t4@@", "version": "@@v4@@"}
  },
  "unsubscribeGroups": {"newsletter": 20417, "owner_notices": 20418},
  "categories": ["co-op-news"],
  "sendAt": "Thursday 07:00 America/New_York"
}
''', t1=hexs(32), t2=hexs(32), t3=hexs(32), t4=hexs(32), v1=uuid_s(), v2=uuid_s(), v3=uuid_s(), v4=uuid_s())

add("eml/decoy-dkim-signature", "tests/fixtures/newsletter_sample.eml",
    "https://www.rfc-editor.org/rfc/rfc6376", '''
Return-Path: <bounces+20417-8f2a-reader=example.net@em1234.riverbend.coop>
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=riverbend.coop;
	h=content-type:from:mime-version:subject:to:cc:content-type:from:subject:to;
	s=s1; bh=@@bh@@;
	b=@@b1@@
	@@b2@@
Message-ID: <@@mid@@@geopod-ismtpd-3>
Date: Thu, 12 Sep 2024 11:00:04 +0000 (UTC)
From: Riverbend Food Co-op <news@riverbend.coop>
To: reader@example.net
Subject: This week at the co-op: apple season is here
MIME-Version: 1.0
Content-Type: text/plain; charset=us-ascii

Apple season is here! Honeycrisp and Zestar from Two Ravens Orchard are in the produce aisle.
Owner deals this week: 20% off bulk oats and local maple syrup.
''', bh=base64.b64encode(rand_bytes(32)).decode(), b1=base64.b64encode(rand_bytes(96)).decode(),
    b2=base64.b64encode(rand_bytes(96)).decode(), mid=drawn(22, URLSAFE))

add("zone/decoy-public-key", "dns/riverbend.coop.zone",
    "https://www.rfc-editor.org/rfc/rfc6376#section-3.6.1", '''
$ORIGIN riverbend.coop.
$TTL 3600
@               IN  SOA   ns1.dnsprovider.net. hostmaster.riverbend.coop. ( 2024091201 7200 3600 1209600 3600 )
@               IN  NS    ns1.dnsprovider.net.
@               IN  NS    ns2.dnsprovider.net.
@               IN  MX    0 riverbend-coop.mail.protection.outlook.com.
@               IN  TXT   "v=spf1 include:spf.protection.outlook.com include:sendgrid.net -all"
@               IN  TXT   "google-site-verification=@@gsv@@"
_dmarc          IN  TXT   "v=DMARC1; p=quarantine; rua=mailto:dmarc@riverbend.coop"
s1._domainkey   IN  CNAME s1.domainkey.u20417.wl.sendgrid.net.
mail._domainkey IN  TXT   ( "v=DKIM1; k=rsa; "
                            "p=MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA@@p1@@"
                            "@@p2@@IDAQAB" )
www             IN  CNAME riverbend-coop.netlify.app.
members         IN  A     203.0.113.44
''', gsv=drawn(43, URLSAFE), p1=drawn(180, B64), p2=drawn(132, B64))

# ======================================================================================
# Volunteer scheduling
# ======================================================================================

add("python/telegram-bot-token", "volunteers/shift_bot.py",
    "https://core.telegram.org/bots/api#authorizing-your-bot", '''
"""@FieldstoneShiftsBot: volunteers type /shifts to see open slots and /take <id> to sign up."""
import logging

from telegram import Update
from telegram.ext import Application, CommandHandler, ContextTypes

from volunteers.schedule import open_shifts, take_shift

logging.basicConfig(level=logging.INFO)
BOT_TOKEN = "@@secret@@"


async def shifts(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    lines = [f"{s.id}: {s.day:%a %b %d} {s.start}-{s.end} {s.role}" for s in open_shifts()]
    await update.message.reply_text("\\n".join(lines) or "All shifts are covered, thank you!")


async def take(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    if not context.args:
        await update.message.reply_text("Usage: /take <shift id>")
        return
    ok = take_shift(context.args[0], telegram_user=update.effective_user.username)
    await update.message.reply_text("You're on it!" if ok else "Sorry, that one is taken.")


def main() -> None:
    app = Application.builder().token(BOT_TOKEN).build()
    app.add_handler(CommandHandler("shifts", shifts))
    app.add_handler(CommandHandler("take", take))
    app.run_polling()


if __name__ == "__main__":
    main()
''', secret=fakes.telegram_token(_seed()))

add("yaml/telegram-bot-token", "alerts/market-day-alerts.yaml",
    "https://core.telegram.org/bots/api#sendmessage", '''
# Alerts to the "Market day crew" Telegram group (weather, card readers, lost kids at the booth).
channels:
  crew:
    type: telegram
    bot_token: "@@secret@@"
    chat_id: "-100@@chat@@"
    parse_mode: HTML
  manager:
    type: sms
    to: "+18025550117"

rules:
  - name: wind advisory
    when: nws.alert.event in ["Wind Advisory", "Severe Thunderstorm Warning"]
    send_to: [crew, manager]
    message: "<b>{{ event }}</b> for Depot St: secure tents, weights on every leg."
  - name: reader offline
    when: square.device.status == "OFFLINE" and time.between("07:30", "13:30")
    send_to: [crew]
    message: "Card reader {{ device.name }} is offline: check the hotspot."
''', secret=fakes.telegram_token(_seed()), chat=digits(10))

add("javascript/slack-bot-token", "volunteer-slackbot/app.js",
    "https://slack.dev/bolt-js/getting-started", '''
const { App } = require('@slack/bolt');
const { openShifts, claimShift } = require('./shifts');

// Slack app for the co-op's working-member program (members earn a discount for 4 hrs/month).
const app = new App({
  token: '@@secret@@',
  signingSecret: process.env.SLACK_SIGNING_SECRET,
  socketMode: true,
  appToken: process.env.SLACK_APP_TOKEN,
});

app.command('/shifts', async ({ ack, respond }) => {
  await ack();
  const shifts = await openShifts();
  await respond(shifts.map((s) => `• ${s.day} ${s.start}-${s.end} *${s.task}* (\\`${s.id}\\`)`).join('\\n') || 'No open shifts.');
});

app.command('/claim', async ({ command, ack, respond }) => {
  await ack();
  const ok = await claimShift(command.text.trim(), command.user_id);
  await respond(ok ? 'Claimed, thank you!' : 'That shift is already taken.');
});

(async () => {
  await app.start();
  console.log('volunteer bot running');
})();
''', secret=slack_bot())

add("github-actions/slack-webhook", ".github/workflows/deploy-booking.yml",
    "https://github.com/slackapi/slack-github-action#technique-3-slack-incoming-webhook", '''
name: deploy booking site

on:
  push:
    branches: [main]

jobs:
  deploy:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - name: Deploy to Fly.io
        uses: superfly/flyctl-actions/setup-flyctl@master
      - run: flyctl deploy --remote-only
        env:
          FLY_API_TOKEN: ${{ secrets.FLY_API_TOKEN }}
      - name: Tell #market-ops
        if: always()
        uses: slackapi/slack-github-action@v1.26.0
        with:
          payload: |
            {"text": "Booking site deploy ${{ job.status }}: ${{ github.event.head_commit.message }}"}
        env:
          SLACK_WEBHOOK_URL: @@secret@@
          SLACK_WEBHOOK_TYPE: INCOMING_WEBHOOK
''', secret=slack_webhook())

add("python/twilio-auth-token", "volunteers/sms_reminders.py",
    "https://www.twilio.com/docs/usage/secure-credentials", '''
"""Text volunteers the evening before their market shift."""
import datetime as dt

from twilio.rest import Client

from volunteers.schedule import shifts_on

ACCOUNT_SID = "@@sid@@"
AUTH_TOKEN = "@@secret@@"
FROM_NUMBER = "+18025550143"

client = Client(ACCOUNT_SID, AUTH_TOKEN)


def remind(day: dt.date) -> int:
    sent = 0
    for shift in shifts_on(day):
        if not shift.volunteer.sms_ok:
            continue
        client.messages.create(
            to=shift.volunteer.phone,
            from_=FROM_NUMBER,
            body=(f"Hi {shift.volunteer.first_name}! Reminder: {shift.role} at Fieldstone Market tomorrow "
                  f"{shift.start:%-I:%M %p}. Reply STOP to opt out."),
        )
        sent += 1
    return sent


if __name__ == "__main__":
    print(remind(dt.date.today() + dt.timedelta(days=1)), "reminders sent")
''', secret=hexs(32), sid=twilio_sid())

add("php/twilio-auth-token", "wp-content/plugins/riverbend-shifts/includes/sms.php",
    "https://www.twilio.com/docs/libraries/php", '''
<?php
/**
 * Working-member shift texts (cover requests go to everyone on the "can cover" list).
 */
use Twilio\\Rest\\Client;

require_once __DIR__ . '/../vendor/autoload.php';

function rb_shifts_twilio() {
    static $client = null;
    if ( null === $client ) {
        $client = new Client( '@@sid@@', '@@secret@@' );
    }
    return $client;
}

function rb_shifts_request_cover( $shift ) {
    $body = sprintf( 'Cover needed: %s %s-%s (%s). Reply YES to take it.',
        $shift->day, $shift->start, $shift->end, $shift->task );
    foreach ( rb_shifts_cover_list() as $member ) {
        rb_shifts_twilio()->messages->create( $member->phone, array(
            'from' => '+18025550178',
            'body' => $body,
        ) );
    }
}
''', secret=hexs(32), sid=twilio_sid())

add("json/twilio-api-key-secret", "ShiftReminders/appsettings.Production.json",
    "https://www.twilio.com/docs/iam/api-keys", '''
{
  "Logging": {
    "LogLevel": { "Default": "Information", "Microsoft.AspNetCore": "Warning" }
  },
  "Twilio": {
    "AccountSid": "@@sid@@",
    "ApiKeySid": "@@ksid@@",
    "ApiKeySecret": "@@secret@@",
    "MessagingServiceSid": "@@msid@@"
  },
  "Reminders": {
    "HoursBefore": 18,
    "QuietHoursStart": "21:00",
    "QuietHoursEnd": "08:00"
  },
  "AllowedHosts": "*"
}
''', secret=drawn(32), sid=twilio_sid(), ksid=twilio_sid("SK"), msid=twilio_sid("MG"))

add("json/discord-webhook", "volunteer-discord/config.json",
    "https://discord.com/developers/docs/resources/webhook#execute-webhook", '''
{
  "guild": "Fieldstone Market Volunteers",
  "timezone": "America/New_York",
  "announce": {
    "webhook": "@@secret@@",
    "username": "Market Bot",
    "avatar": "https://fieldstonemarket.org/img/bot-carrot.png"
  },
  "digest": {
    "day": "Thursday",
    "time": "18:00",
    "includeOpenShifts": true,
    "mentionRole": "<@&@@role@@>"
  },
  "calendarIcs": "https://fieldstonemarket.org/volunteer/shifts.ics"
}
''', secret=discord_webhook(), role=digits(18))

add("python/google-api-key", "volunteers/calendar_sync.py",
    "https://developers.google.com/calendar/api/guides/auth", '''
"""Mirror the public "Market volunteer shifts" Google Calendar into the shift database."""
import datetime as dt

from googleapiclient.discovery import build

from volunteers.models import Shift

CALENDAR_ID = "c_3f1b9a4e7d2c@group.calendar.google.com"
service = build("calendar", "v3", developerKey="@@secret@@", cache_discovery=False)


def sync(days: int = 21) -> int:
    now = dt.datetime.utcnow()
    events = service.events().list(
        calendarId=CALENDAR_ID,
        timeMin=now.isoformat() + "Z",
        timeMax=(now + dt.timedelta(days=days)).isoformat() + "Z",
        singleEvents=True,
        orderBy="startTime",
    ).execute().get("items", [])
    for ev in events:
        Shift.objects.update_or_create(
            calendar_event_id=ev["id"],
            defaults={"role": ev.get("summary", "Volunteer"), "starts": ev["start"]["dateTime"],
                      "ends": ev["end"]["dateTime"]},
        )
    return len(events)
''', secret=google_api_key())

add("json/google-oauth-client-secret", "volunteers/client_secret.json",
    "https://developers.google.com/identity/protocols/oauth2/native-app", '''
{
  "installed": {
    "client_id": "@@cid@@.apps.googleusercontent.com",
    "project_id": "fieldstone-volunteers",
    "auth_uri": "https://accounts.google.com/o/oauth2/auth",
    "token_uri": "https://oauth2.googleapis.com/token",
    "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",
    "client_secret": "@@secret@@",
    "redirect_uris": [
      "http://localhost"
    ]
  }
}
''', secret=google_oauth_secret(), cid=digits(12) + "-" + lower_alnum(32))

add("typescript/signupgenius-api-key", "src/signupgenius.ts",
    "https://developer.signupgenius.com/", '''
// Pulls the "Harvest Festival 2024" sign-up slots so the website shows what is still open.
const USER_KEY = '@@secret@@';
const API = 'https://api.signupgenius.com/v2/k';

export interface Slot {
  item: string;
  startdatestring: string;
  qty: number;
  qtytaken: number;
}

export async function openSlots(signupId: number): Promise<Slot[]> {
  const res = await fetch(`${API}/signups/report/available/${signupId}/?user_key=${USER_KEY}`);
  if (!res.ok) throw new Error(`SignUpGenius ${res.status}`);
  const body = await res.json();
  return (body.data?.signup ?? []).filter((s: Slot) => s.qty > s.qtytaken);
}
''', secret=drawn(32))

# ---- decoys: volunteers ----
add("python/decoy-env-reference", "volunteers/settings.py",
    "https://12factor.net/config", '''
"""Volunteer tools settings. Real values are in the server's environment (see docs/secrets.md)."""
import os
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent
TELEGRAM_BOT_TOKEN = os.environ.get("TELEGRAM_BOT_TOKEN", "")
TWILIO_ACCOUNT_SID = os.environ.get("TWILIO_ACCOUNT_SID", "")
TWILIO_AUTH_TOKEN = os.environ.get("TWILIO_AUTH_TOKEN", "")
TWILIO_FROM = os.environ.get("TWILIO_FROM", "+18025550143")
GOOGLE_API_KEY = os.getenv("GOOGLE_API_KEY")
CALENDAR_ID = os.getenv("VOLUNTEER_CALENDAR_ID", "c_3f1b9a4e7d2c@group.calendar.google.com")
DATABASE_URL = os.getenv("DATABASE_URL", f"sqlite:///{BASE_DIR / 'volunteers.db'}")
REMINDER_HOUR = int(os.getenv("REMINDER_HOUR", "18"))
''')

add("github-actions/decoy-secret-reference", ".github/workflows/shift-reminders.yml",
    "https://docs.github.com/en/actions/security-guides/using-secrets-in-github-actions", '''
name: shift reminders

on:
  schedule:
    - cron: "0 22 * * 5"   # Friday 6pm Eastern, the night before market
  workflow_dispatch:

jobs:
  remind:
    runs-on: ubuntu-latest
    environment: production
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-python@v5
        with:
          python-version: "3.12"
      - run: pip install -r volunteers/requirements.txt
      - run: python -m volunteers.sms_reminders
        env:
          TWILIO_ACCOUNT_SID: ${{ secrets.TWILIO_ACCOUNT_SID }}
          TWILIO_AUTH_TOKEN: ${{ secrets.TWILIO_AUTH_TOKEN }}
          DATABASE_URL: ${{ secrets.VOLUNTEERS_DATABASE_URL }}
          TELEGRAM_BOT_TOKEN: ${{ secrets.TELEGRAM_BOT_TOKEN }}
''')

add("csv/decoy-shift-schedule", "volunteers/exports/shifts_2024-09.csv",
    "https://www.rfc-editor.org/rfc/rfc4180", '''
shift_id,date,start,end,role,volunteer_id,volunteer_name,calendar_event_id,checked_in
@@s1@@,2024-09-07,07:00,09:00,Setup crew,V-0231,Priya N.,@@c1@@,yes
@@s2@@,2024-09-07,08:00,13:00,Token booth,V-0118,Sam O.,@@c2@@,yes
@@s3@@,2024-09-07,08:00,13:00,Token booth,V-0409,Lee W.,@@c3@@,no
@@s4@@,2024-09-07,11:00,13:30,Teardown,V-0377,Marisol T.,@@c4@@,yes
@@s5@@,2024-09-14,07:00,09:00,Setup crew,V-0231,Priya N.,@@c5@@,
''', **{f"s{i}": uuid_s() for i in range(1, 6)}, **{f"c{i}": lower_alnum(26) for i in range(1, 6)})

add("markdown/decoy-password-policy", "docs/volunteer-handbook/accounts.md",
    "https://pages.nist.gov/800-63-3/sp800-63b.html", '''
# Accounts for volunteers and working members

Volunteers who run the token booth or the member desk get a personal account. Please:

- Use a passphrase of **at least 14 characters**: four or more random words is easiest.
  Don't use the example from the training slides (`Carrot-Bicycle-Lantern-Tuesday`); it is
  on every printed copy of this handbook.
- Never reuse a password from another site. The co-op pays for 1Password: ask Ana for an invite.
- Turn on two-step verification on the Google account the first time you sign in.
- Shared logins (the booth phone, the office printer) are in the **Market Ops** vault in
  1Password, never on paper taped to the equipment.
- If you think a password leaked, tell the market manager the same day; changing it is easy.

## Who to ask
| Need | Person |
|------|--------|
| 1Password invite | Ana (IT volunteer) |
| Booth phone reset | Market manager |
| Member desk login | Membership coordinator |
''')

add("yaml/decoy-gitlab-ci-vars", ".gitlab-ci.yml",
    "https://docs.gitlab.com/ee/ci/variables/predefined_variables.html", '''
stages: [test, build, deploy]

variables:
  PIP_CACHE_DIR: "$CI_PROJECT_DIR/.cache/pip"
  IMAGE: "$CI_REGISTRY_IMAGE/shift-bot:$CI_COMMIT_SHORT_SHA"

test:
  stage: test
  image: python:3.12
  script:
    - pip install -r requirements.txt -r requirements-dev.txt
    - pytest -q

build:
  stage: build
  image: docker:27
  services: [docker:27-dind]
  script:
    - echo "$CI_REGISTRY_PASSWORD" | docker login -u "$CI_REGISTRY_USER" --password-stdin "$CI_REGISTRY"
    - docker build -t "$IMAGE" .
    - docker push "$IMAGE"

deploy:
  stage: deploy
  image: alpine:3.20
  only: [main]
  script:
    - apk add --no-cache openssh-client
    - eval $(ssh-agent -s) && echo "$DEPLOY_SSH_KEY" | tr -d '\\r' | ssh-add -
    - ssh deploy@bots.fieldstonemarket.org "docker pull $IMAGE && docker compose up -d shift-bot"
''')

add("dart/decoy-env-reference", "lib/config.dart",
    "https://dart.dev/guides/environment-declarations", '''
/// Build-time configuration for the volunteer check-in app:
///   flutter build apk --dart-define=API_BASE=... --dart-define=CHECKIN_API_TOKEN=...
class Config {
  static const apiBase = String.fromEnvironment(
    'API_BASE',
    defaultValue: 'https://volunteer.fieldstonemarket.org/api',
  );
  static const checkinToken = String.fromEnvironment('CHECKIN_API_TOKEN');
  static const sentryDsn = String.fromEnvironment('SENTRY_DSN');
  static const marketTimezone = 'America/New_York';

  static void assertConfigured() {
    if (checkinToken.isEmpty) {
      throw StateError('CHECKIN_API_TOKEN missing: pass it with --dart-define');
    }
  }
}
''')

add("python/decoy-test-fixture", "volunteers/tests/test_webhook_signature.py",
    "https://www.twilio.com/docs/usage/webhooks/webhooks-security", '''
"""Incoming-SMS webhook: a request must carry a valid X-Twilio-Signature."""
from twilio.request_validator import RequestValidator

from volunteers.sms_webhook import handle

# A fixture key used only by these tests; the real auth token comes from TWILIO_AUTH_TOKEN.
TEST_AUTH_TOKEN = "test-auth-token-not-real"
URL = "https://volunteer.fieldstonemarket.org/sms"
PARAMS = {"From": "+18025550199", "Body": "YES", "MessageSid": "SM" + "0" * 32}


def signed(params):
    return RequestValidator(TEST_AUTH_TOKEN).compute_signature(URL, params)


def test_valid_signature_is_accepted(monkeypatch):
    monkeypatch.setenv("TWILIO_AUTH_TOKEN", TEST_AUTH_TOKEN)
    assert handle(URL, PARAMS, signed(PARAMS)).status_code == 200


def test_tampered_body_is_rejected(monkeypatch):
    monkeypatch.setenv("TWILIO_AUTH_TOKEN", TEST_AUTH_TOKEN)
    sig = signed(PARAMS)
    assert handle(URL, dict(PARAMS, Body="NO"), sig).status_code == 403
''')

# ======================================================================================
# Office IT, hosting and the network
# ======================================================================================
add("ini/aws-secret-key", "deploy/aws/credentials",
    "https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-files.html", '''
# Backup user for the office NAS -> S3 Glacier (bucket riverbend-office-backups)
[default]
region = us-east-1
output = json

[nas-backup]
aws_access_key_id = @@kid@@
aws_secret_access_key = @@secret@@
region = us-east-1
''', secret=fakes.aws_secret_key(_seed()), kid=fakes.aws_key_id(_seed()))

add("python/aws-secret-key", "backup/pos_db_to_s3.py",
    "https://boto3.amazonaws.com/v1/documentation/api/latest/guide/credentials.html", '''
"""Nightly: dump the CORE-POS databases and copy them to S3 (lifecycle moves them to Glacier)."""
import datetime as dt
import subprocess
from pathlib import Path

import boto3

s3 = boto3.client(
    "s3",
    aws_access_key_id="@@kid@@",
    aws_secret_access_key="@@secret@@",
    region_name="us-east-1",
)
BUCKET = "riverbend-pos-backups"


def dump(db: str, out: Path) -> Path:
    target = out / f"{db}-{dt.date.today():%Y%m%d}.sql.gz"
    with target.open("wb") as fh:
        dump = subprocess.Popen(["mysqldump", "--single-transaction", db], stdout=subprocess.PIPE)
        subprocess.run(["gzip", "-9"], stdin=dump.stdout, stdout=fh, check=True)
    return target


if __name__ == "__main__":
    work = Path("/srv/backup/tmp")
    for name in ("core_op", "core_trans", "trans_archive"):
        path = dump(name, work)
        s3.upload_file(str(path), BUCKET, f"mysql/{path.name}")
        path.unlink()
''', secret=fakes.aws_secret_key(_seed()), kid=fakes.aws_key_id(_seed()))

add("terraform/aws-secret-key", "infra/providers.tf",
    "https://registry.terraform.io/providers/hashicorp/aws/latest/docs#provider-configuration", '''
terraform {
  required_version = ">= 1.6"
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.60"
    }
  }
  backend "s3" {
    bucket = "riverbend-terraform-state"
    key    = "member-portal/terraform.tfstate"
    region = "us-east-1"
  }
}

provider "aws" {
  region     = "us-east-1"
  access_key = "@@kid@@"
  secret_key = "@@secret@@"

  default_tags {
    tags = {
      ManagedBy = "terraform"
      Org       = "riverbend-coop"
    }
  }
}
''', secret=fakes.aws_secret_key(_seed()), kid=fakes.aws_key_id(_seed()))

add("shell/aws-secret-key", "notes/aws-sso-shell.sh",
    "https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-envvars.html", '''
# pasted from the AWS access portal ("Command line or programmatic access") so the
# NAS restore test could run from the office Mac. Source it: . notes/aws-sso-shell.sh
export AWS_ACCESS_KEY_ID="ASIA@@kid@@"
export AWS_SECRET_ACCESS_KEY="@@secret@@"
export AWS_SESSION_TOKEN="@@token@@"
export AWS_DEFAULT_REGION=us-east-1

aws sts get-caller-identity
aws s3 ls s3://riverbend-office-backups/nas/ --recursive | tail -5
''', token=fakes.aws_session_token(_seed()), kid=drawn(16, string.ascii_uppercase + "234567"),
    secret=fakes.aws_secret_key(_seed()))

add("powershell/azure-client-secret", "it/m365/Get-LicenseReport.ps1",
    "https://learn.microsoft.com/en-us/graph/auth-v2-service", '''
<#
  Monthly Microsoft 365 licence report for the board (nonprofit grant: 10 Business Premium seats).
#>
$tenantId     = "@@tenant@@"
$clientId     = "@@client@@"
$clientSecret = "@@secret@@"

$body = @{
    client_id     = $clientId
    client_secret = $clientSecret
    scope         = "https://graph.microsoft.com/.default"
    grant_type    = "client_credentials"
}
$token = (Invoke-RestMethod -Method Post -Uri "https://login.microsoftonline.com/$tenantId/oauth2/v2.0/token" -Body $body).access_token
$headers = @{ Authorization = "Bearer $token" }

$skus = Invoke-RestMethod -Headers $headers -Uri "https://graph.microsoft.com/v1.0/subscribedSkus"
$skus.value | ForEach-Object {
    [pscustomobject]@{
        Sku      = $_.skuPartNumber
        Enabled  = $_.prepaidUnits.enabled
        Assigned = $_.consumedUnits
        Free     = $_.prepaidUnits.enabled - $_.consumedUnits
    }
} | Export-Csv -NoTypeInformation -Path ".\\licences-$(Get-Date -Format yyyy-MM).csv"
''', secret=azure_secret(), tenant=uuid_s(), client=uuid_s())

add("csharp/azure-storage-key", "OfficeBackup/BlobUploader.cs",
    "https://learn.microsoft.com/en-us/azure/storage/common/storage-configure-connection-string", '''
using Azure.Storage.Blobs;

namespace OfficeBackup;

/// Copies the nightly QuickBooks and CORE-POS backups from the office NAS to Azure Blob storage.
public static class BlobUploader
{
    private const string ConnectionString =
        "DefaultEndpointsProtocol=https;AccountName=riverbendbackups;AccountKey=@@secret@@;EndpointSuffix=core.windows.net";

    public static async Task UploadFolderAsync(string folder, string container = "nightly")
    {
        var client = new BlobContainerClient(ConnectionString, container);
        await client.CreateIfNotExistsAsync();
        foreach (var path in Directory.EnumerateFiles(folder))
        {
            var name = $"{DateTime.Today:yyyy-MM-dd}/{Path.GetFileName(path)}";
            await using var stream = File.OpenRead(path);
            await client.UploadBlobAsync(name, stream);
            Console.WriteLine($"uploaded {name}");
        }
    }
}
''', secret=azure_storage_key())

add("shell/github-token", "ops/update-kiosk.sh",
    "https://docs.github.com/en/authentication/keeping-your-account-and-data-secure/managing-your-personal-access-tokens", '''
#!/bin/bash
# Runs on the member-lookup kiosk (Raspberry Pi) at boot: pull the latest kiosk UI and restart.
set -u
APP=/opt/member-kiosk
if [ ! -d "$APP/.git" ]; then
  git clone https://riverbend-kiosk:@@secret@@@github.com/riverbend-coop/member-kiosk.git "$APP"
fi
cd "$APP" || exit 1
git fetch --quiet origin main && git reset --hard origin/main
npm ci --omit=dev --silent
sudo systemctl restart member-kiosk.service
logger -t kiosk "updated to $(git rev-parse --short HEAD)"
''', secret=fakes.github_token(_seed()))

add("yaml/github-fine-grained-token", "ops/repo-backup.yaml",
    "https://docs.github.com/en/rest/repos/repos#list-organization-repositories", '''
# Weekly mirror of every riverbend-coop GitHub repo to the office NAS (gickup).
source:
  github:
    - token: @@secret@@
      user: riverbend-coop
      wiki: true
      issues: true
      starred: false

destination:
  local:
    - path: /volume1/backups/github
      structured: true
      zip: true
      keep: 8

cron: "0 3 * * 0"
log:
  timeformat: 2006-01-02 15:04:05
  file-logging:
    dir: /volume1/backups/github/logs
    file: gickup.log
''', secret=fakes.github_fine_grained_token(_seed()))

add("ini/pypi-token", "tools/marketday-tools/.pypirc",
    "https://packaging.python.org/en/latest/specifications/pypirc/", '''
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
''', secret=fakes.pypi_token(_seed()))

add("github-actions/pypi-token", ".github/workflows/release.yml",
    "https://github.com/pypa/gh-action-pypi-publish", '''
name: release marketday-tools

on:
  push:
    tags: ["v*"]

jobs:
  publish:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-python@v5
        with:
          python-version: "3.12"
      - run: python -m pip install build
      - run: python -m build
      - name: Publish to PyPI
        uses: pypa/gh-action-pypi-publish@release/v1
        with:
          user: __token__
          password: @@secret@@
''', secret=fakes.pypi_token(_seed()))

add("npmrc/npm-token", "market-map/.npmrc",
    "https://docs.npmjs.com/cli/v10/configuring-npm/npmrc#auth-related-configuration", '''
registry=https://registry.npmjs.org/
@fieldstone:registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=@@secret@@
save-exact=true
engine-strict=true
''', secret=npm_token())

add("gitlab-ci/gitlab-token", "shelf-tags/.gitlab-ci.yml",
    "https://docs.gitlab.com/ee/user/project/releases/release_cli.html", '''
stages: [build, release]

build:
  stage: build
  image: rust:1.80
  script:
    - cargo build --release
  artifacts:
    paths: [target/release/shelf-tags]

release:
  stage: release
  image: registry.gitlab.com/gitlab-org/release-cli:latest
  rules:
    - if: $CI_COMMIT_TAG
  variables:
    GITLAB_PRIVATE_TOKEN: "@@secret@@"
  script:
    - release-cli --private-token "$GITLAB_PRIVATE_TOKEN" create --name "shelf-tags $CI_COMMIT_TAG" --tag-name "$CI_COMMIT_TAG"
      --assets-link "{\\"name\\":\\"shelf-tags\\",\\"url\\":\\"${CI_PROJECT_URL}/-/jobs/artifacts/${CI_COMMIT_TAG}/raw/target/release/shelf-tags?job=build\\"}"
''', secret=gitlab_token())

add("terraform/digitalocean-token", "infra/office-vps/main.tf",
    "https://registry.terraform.io/providers/digitalocean/digitalocean/latest/docs", '''
terraform {
  required_providers {
    digitalocean = {
      source  = "digitalocean/digitalocean"
      version = "~> 2.40"
    }
  }
}

provider "digitalocean" {
  token = "@@secret@@"
}

resource "digitalocean_droplet" "newsletter" {
  name     = "listmonk-01"
  region   = "nyc3"
  size     = "s-1vcpu-1gb"
  image    = "ubuntu-24-04-x64"
  ssh_keys = [data.digitalocean_ssh_key.ana.id]
  backups  = true
}

data "digitalocean_ssh_key" "ana" {
  name = "ana-laptop"
}

output "newsletter_ip" {
  value = digitalocean_droplet.newsletter.ipv4_address
}
''', secret=do_token())

add("ini/cloudflare-api-token", "ops/certbot/cloudflare.ini",
    "https://certbot-dns-cloudflare.readthedocs.io/en/stable/", '''
# Cloudflare API token used by certbot-dns-cloudflare for *.riverbend.coop certificates
# (Zone:DNS:Edit on riverbend.coop only). chmod 600!
#
# certbot certonly --dns-cloudflare --dns-cloudflare-credentials /etc/letsencrypt/cloudflare.ini \\
#   --dns-cloudflare-propagation-seconds 30 -d riverbend.coop -d '*.riverbend.coop'
dns_cloudflare_api_token = @@secret@@
''', secret=cloudflare_token())

add("groovy/dockerhub-token", "Jenkinsfile",
    "https://docs.docker.com/security/for-developers/access-tokens/", '''
pipeline {
    agent { label 'office-docker' }
    environment {
        IMAGE = "riverbendcoop/member-portal"
    }
    stages {
        stage('Test') {
            steps {
                sh 'docker build --target test -t $IMAGE:test .'
                sh 'docker run --rm $IMAGE:test pytest -q'
            }
        }
        stage('Publish') {
            when { branch 'main' }
            steps {
                sh 'echo "@@secret@@" | docker login -u riverbendcoop --password-stdin'
                sh 'docker build -t $IMAGE:$BUILD_NUMBER -t $IMAGE:latest .'
                sh 'docker push $IMAGE:$BUILD_NUMBER && docker push $IMAGE:latest'
            }
        }
    }
    post {
        always { sh 'docker logout || true' }
    }
}
''', secret=dockerhub_pat())

add("markdown/private-key", "docs/it/member-kiosk.md",
    "https://docs.github.com/en/authentication/connecting-to-github-with-ssh/managing-deploy-keys#deploy-keys", '''
# Member lookup kiosk (Raspberry Pi 4 at the customer service desk)

The kiosk pulls its UI from the `riverbend-coop/member-kiosk` repo at every boot, using a
read-only **deploy key**.

## Re-imaging the Pi
1. Flash Raspberry Pi OS Lite (64-bit), hostname `member-kiosk`, user `pi`.
2. Copy the deploy key below to `/home/pi/.ssh/id_ed25519` and `chmod 600` it:

```
@@secret@@
```

3. `ssh -T git@github.com` should answer "Hi riverbend-coop/member-kiosk! You've successfully
   authenticated".
4. Clone into `/opt/member-kiosk` and enable `member-kiosk.service`.

## Troubleshooting
- Blank screen: the Chromium kiosk flag file `/boot/firmware/kiosk.env` is missing.
- "Member not found" for everyone: the POS back office is down (ping 10.20.0.5).
''', secret=pem("OPENSSH"))

add("k8s-secret/tls-private-key", "k8s/member-portal/tls.yaml",
    "https://kubernetes.io/docs/concepts/configuration/secret/#tls-secrets", '''
apiVersion: v1
kind: Secret
metadata:
  name: members-riverbend-coop-tls
  namespace: coop-apps
  annotations:
    note: "copied from the old VPS before cert-manager; remove once cert-manager issues it"
type: kubernetes.io/tls
data:
  tls.crt: @@crt@@
  tls.key: @@key@@
''', secret=(_k := pem("EC")), crt=b64("-----BEGIN CERTIFICATE-----\n" + cert_body(6) + "\n-----END CERTIFICATE-----\n"),
    key=b64(_k + "\n"))

add("python/private-key", "memberapp/tokens.py",
    "https://pyjwt.readthedocs.io/en/stable/usage.html#encoding-decoding-tokens-with-rs256-rsa", '''
"""Signs the short-lived barcode tokens the member app shows at the register (RS256).
The registers verify with the public key in lanes/member_token_pub.pem."""
import time
import uuid

import jwt

ISSUER = "https://members.riverbend.coop"
SIGNING_KEY = """@@secret@@"""


def register_token(member_no: str, ttl: int = 120) -> str:
    now = int(time.time())
    claims = {
        "iss": ISSUER,
        "sub": member_no,
        "jti": str(uuid.uuid4()),
        "iat": now,
        "exp": now + ttl,
        "scope": "pos:discount",
    }
    return jwt.encode(claims, SIGNING_KEY, algorithm="RS256", headers={"kid": "member-app-2024"})
''', secret=pem("RSA"))

add("python/django-secret-key", "booking/settings/base.py",
    "https://docs.djangoproject.com/en/5.0/ref/settings/#secret-key", '''
"""Base settings for the stall booking site."""
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent.parent

SECRET_KEY = "@@secret@@"

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "vendors",
    "stalls",
    "ledger",
]
MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
]
ROOT_URLCONF = "booking.urls"
TIME_ZONE = "America/New_York"
USE_TZ = True
STATIC_URL = "static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
LOGIN_URL = "vendors:login"
''', secret=fakes.django_secret_key(_seed()))

add("yaml/rails-secret-key-base", "config/secrets.yml",
    "https://guides.rubyonrails.org/v5.1/security.html#custom-secrets", '''
# Booking site (Rails 5.1 era). Shared secrets are available across all environments.
shared:
  square_environment: production

development:
  secret_key_base: <%= ENV.fetch("SECRET_KEY_BASE", "dev-only-not-secret") %>

test:
  secret_key_base: test-only-not-secret

production:
  secret_key_base: @@secret@@
''', secret=hexs(128))

add("javascript/jwt-secret", "api/auth.js",
    "https://github.com/auth0/node-jsonwebtoken#jwtsignpayload-secretorprivatekey-options-callback", '''
const jwt = require('jsonwebtoken');
const bcrypt = require('bcryptjs');
const { findVendorByEmail } = require('./db');

// Vendor portal sessions (stall applications, insurance certificates, load-in times).
const JWT_SECRET = '@@secret@@';
const TTL = '12h';

async function login(req, res) {
  const { email, password } = req.body;
  const vendor = await findVendorByEmail(email);
  if (!vendor || !(await bcrypt.compare(password, vendor.passwordHash))) {
    return res.status(401).json({ error: 'wrong email or password' });
  }
  const token = jwt.sign({ sub: vendor.id, stall: vendor.stallNumber }, JWT_SECRET, { expiresIn: TTL });
  res.cookie('vp_session', token, { httpOnly: true, secure: true, sameSite: 'lax' });
  res.json({ ok: true });
}

function requireVendor(req, res, next) {
  try {
    req.vendor = jwt.verify(req.cookies.vp_session, JWT_SECRET);
    next();
  } catch {
    res.status(401).json({ error: 'sign in again' });
  }
}

module.exports = { login, requireVendor };
''', secret=drawn(48))

add("env/laravel-app-key", "vendor-portal/.env",
    "https://laravel.com/docs/11.x/encryption#configuration", '''
APP_NAME="Fieldstone Vendor Portal"
APP_ENV=production
APP_KEY=base64:@@secret@@
APP_DEBUG=false
APP_URL=https://vendors.fieldstonemarket.org

LOG_CHANNEL=daily
LOG_LEVEL=warning

DB_CONNECTION=mysql
DB_HOST=localhost
DB_SOCKET=/run/mysqld/mysqld.sock
DB_DATABASE=vendor_portal
DB_USERNAME=vendor_portal

SESSION_DRIVER=database
SESSION_LIFETIME=240
QUEUE_CONNECTION=database
MAIL_MAILER=log
FILESYSTEM_DISK=local
''', secret=base64.b64encode(rand_bytes(32)).decode())

add("conf/wifi-password", "kiosk/boot/wpa_supplicant.conf",
    "https://w1.fi/cgit/hostap/plain/wpa_supplicant/wpa_supplicant.conf", '''
ctrl_interface=DIR=/var/run/wpa_supplicant GROUP=netdev
update_config=1
country=US

# Staff network at the store (the VLAN that can reach the POS back office)
network={
    ssid="Riverbend-Staff"
    psk="@@secret@@"
    key_mgmt=WPA-PSK
    priority=10
}

# Guest network as a last resort (captive portal, so the kiosk only shows "offline")
network={
    ssid="Riverbend-Guest"
    key_mgmt=NONE
    priority=1
}
''', secret=passphrase())

add("shell/wifi-password", "provisioning/setup-booth-pi.sh",
    "https://networkmanager.dev/docs/api/latest/nmcli.html", '''
#!/usr/bin/env bash
# Provision a Raspberry Pi for the market booth display (token prices, SNAP match rules, map).
set -euo pipefail

sudo hostnamectl set-hostname booth-display
sudo timedatectl set-timezone America/New_York

# market hotspot (Inseego MiFi in the grey tote)
sudo nmcli dev wifi connect "FieldstoneMarket-Booth" password "@@secret@@" ifname wlan0
sudo nmcli con modify "FieldstoneMarket-Booth" connection.autoconnect-priority 10

sudo apt-get update
sudo apt-get install -y --no-install-recommends chromium-browser unclutter
mkdir -p ~/.config/autostart
cat > ~/.config/autostart/booth.desktop <<'DESKTOP'
[Desktop Entry]
Type=Application
Name=Booth display
Exec=chromium-browser --kiosk --noerrdialogs https://fieldstonemarket.org/booth
DESKTOP
echo "done; reboot to start the display"
''', secret=words_pw())

add("routeros/router-admin-password", "network/office-hap-ax3.rsc",
    "https://help.mikrotik.com/docs/display/ROS/User", '''
# 2024-03-02 initial setup of the office router (MikroTik hAP ax3), run from Winbox terminal
/system identity set name=rb-office-gw
/user add name=ana group=full password="@@secret@@" comment="IT volunteer"
/user disable admin
/ip service disable telnet,ftp,www,api,api-ssl
/ip service set winbox address=10.20.0.0/24
/ip service set ssh address=10.20.0.0/24

/interface bridge add name=bridge-lan
/ip address add address=10.20.0.1/24 interface=bridge-lan
/ip pool add name=lan-pool ranges=10.20.0.100-10.20.0.199
/ip dhcp-server add name=lan-dhcp interface=bridge-lan address-pool=lan-pool
/ip dhcp-server network add address=10.20.0.0/24 gateway=10.20.0.1 dns-server=10.20.0.1
/ip dhcp-server lease add address=10.20.0.5 mac-address=3C:52:82:1A:77:0E comment=POS-BACK01
/ip firewall nat add chain=srcnat out-interface=ether1 action=masquerade
''', secret=sym_pw(16))

add("ini/ansible-password", "ansible/inventory/office.ini",
    "https://docs.ansible.com/ansible/latest/os_guide/windows_winrm.html#inventory-vars-for-winrm", '''
[pos_lanes]
lane1 ansible_host=10.20.0.11
lane2 ansible_host=10.20.0.12
lane3 ansible_host=10.20.0.13
lane4 ansible_host=10.20.0.14

[office_pcs]
frontdesk ansible_host=10.20.0.31
gm-office ansible_host=10.20.0.32

[windows:children]
pos_lanes
office_pcs

[windows:vars]
ansible_connection=winrm
ansible_winrm_transport=ntlm
ansible_winrm_server_cert_validation=ignore
ansible_user=RIVERBEND\\svc-ansible
ansible_password=@@secret@@
''', secret=words_pw())

add("powershell/windows-admin-password", "it/lanes/Set-LaneBaseline.ps1",
    "https://learn.microsoft.com/en-us/windows-server/administration/windows-commands/net-user", '''
# Baseline for a new POS lane PC (Windows 11 IoT). Run elevated once after imaging.
$ErrorActionPreference = "Stop"

Rename-Computer -NewName $env:LANE_NAME -Force
Set-TimeZone -Id "Eastern Standard Time"

# local break-glass admin, same on every lane so the store manager can log in if the domain is down
net user coopadmin "@@secret@@" /add /expires:never /passwordchg:no
net localgroup Administrators coopadmin /add
wmic useraccount where "Name='coopadmin'" set PasswordExpires=false

# the lane user logs in automatically and starts CORE-POS
New-ItemProperty -Path "HKLM:\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\Winlogon" -Name AutoAdminLogon -Value "1" -PropertyType String -Force
powercfg /change standby-timeout-ac 0
Restart-Computer
''', secret=words_pw())

add("conf/wireguard-private-key", "network/wireguard/ana-laptop.conf",
    "https://www.wireguard.com/quickstart/", '''
# Ana's laptop -> office VPN (MikroTik rb-office-gw)
[Interface]
PrivateKey = @@secret@@
Address = 10.20.9.3/32
DNS = 10.20.0.1

[Peer]
PublicKey = @@pub@@
Endpoint = vpn.riverbend.coop:51820
AllowedIPs = 10.20.0.0/24
PersistentKeepalive = 25
''', secret=wg_key(), pub=wg_key())

add("markdown/nas-admin-password", "it/HANDOVER.md",
    "https://kb.synology.com/en-global/DSM/help/DSM/AdminCenter/file_user_create", '''
# IT handover (Ana → next IT volunteer), updated 2024-09-01

Most logins are in 1Password, vault **Riverbend IT**. A few things never made it in:

| System | Where | Login | Password | Notes |
|--------|-------|-------|----------|-------|
| Office router | https://10.20.0.1 (Winbox) | ana | 1Password | `admin` is disabled |
| POS back office | POS-BACK01, 10.20.0.5 | RIVERBEND\\itadmin | 1Password | |
| Office NAS (Synology DS920+) | https://10.20.0.9:5001 | nasadmin | `@@secret@@` | backups to S3 + Azure |
| Printers | 10.20.0.60-62 | admin | printer default | |
| Domain | Cloudflare | it@riverbend.coop | 1Password | 2FA on Ana's phone, move it! |

## Still to do
- Move the NAS login into 1Password and change it.
- Replace the deli scale's Windows 7 PC.
- Renew the nonprofit Microsoft 365 grant in March.
''', secret=sym_pw(14))

add("batch/smb-password", "it/logon/frontdesk-logon.bat",
    "https://learn.microsoft.com/en-us/windows-server/administration/windows-commands/net-use", '''
@echo off
rem Front desk logon script: map the shared drives (the front desk PC is not domain-joined)
net use S: /delete /y >nul 2>&1
net use M: /delete /y >nul 2>&1
net use S: \\\\OFFICE-NAS\\Shared @@secret@@ /user:OFFICE-NAS\\frontdesk /persistent:no
net use M: \\\\OFFICE-NAS\\Membership /user:OFFICE-NAS\\frontdesk /persistent:no
if exist "S:\\FrontDesk\\start-of-day.url" start "" "S:\\FrontDesk\\start-of-day.url"
exit /b 0
''', secret=words_pw())

add("ini/sentry-auth-token", "member-portal/.sentryclirc",
    "https://docs.sentry.io/cli/configuration/#configuration-file", '''
[defaults]
url = https://sentry.io/
org = riverbend-coop
project = member-portal

[auth]
token = @@secret@@

[log]
level = warn
''', secret="sntryu_" + hexs(64))

add("yaml/datadog-api-key", "ops/datadog/datadog.yaml",
    "https://docs.datadoghq.com/agent/configuration/agent-configuration-files/", '''
## Datadog agent on POS-BACK01 (nonprofit plan): MySQL, Redis and the shelf-tag service
api_key: @@secret@@
site: datadoghq.com
hostname: pos-back01
tags:
  - env:store
  - org:riverbend
logs_enabled: true
process_config:
  process_collection:
    enabled: false
apm_config:
  enabled: false
''', secret=hexs(32))

add("python/hubspot-token", "sponsors/hubspot_sync.py",
    "https://developers.hubspot.com/docs/api/private-apps", '''
"""Harvest Festival sponsors: create/update companies and deals in HubSpot from the sponsor form."""
import csv

from hubspot import HubSpot
from hubspot.crm.companies import SimplePublicObjectInputForCreate as CompanyIn
from hubspot.crm.deals import SimplePublicObjectInputForCreate as DealIn

api = HubSpot(access_token="@@secret@@")
PIPELINE = "sponsorships"
STAGE_PLEDGED = "appointmentscheduled"


def add_sponsor(name: str, domain: str, level: str, amount: str) -> None:
    company = api.crm.companies.basic_api.create(CompanyIn(properties={"name": name, "domain": domain}))
    api.crm.deals.basic_api.create(DealIn(properties={
        "dealname": f"Harvest Festival 2024: {name} ({level})",
        "amount": amount,
        "pipeline": PIPELINE,
        "dealstage": STAGE_PLEDGED,
    }, associations=[{"to": {"id": company.id},
                      "types": [{"associationCategory": "HUBSPOT_DEFINED", "associationTypeId": 5}]}]))


if __name__ == "__main__":
    with open("sponsor_form.csv", newline="") as fh:
        for row in csv.DictReader(fh):
            add_sponsor(row["business"], row["website"], row["level"], row["pledge"])
''', secret=hubspot_token())

add("python/dropbox-token", "vendors/archive_insurance_certs.py",
    "https://www.dropbox.com/developers/documentation/python#tutorial", '''
"""Copy vendors' certificates of insurance from the booking site into the market's Dropbox
(Compliance/COI/<season>/), as the city's market permit requires."""
from pathlib import Path

import dropbox
from dropbox.files import WriteMode

dbx = dropbox.Dropbox("@@secret@@")
SEASON = "2025"
SRC = Path("/srv/booking/media/coi")


def archive() -> int:
    n = 0
    for pdf in sorted(SRC.glob("*.pdf")):
        dest = f"/Compliance/COI/{SEASON}/{pdf.name}"
        with pdf.open("rb") as fh:
            dbx.files_upload(fh.read(), dest, mode=WriteMode.overwrite, mute=True)
        n += 1
    return n


if __name__ == "__main__":
    print(f"{archive()} certificates archived")
''', secret=dropbox_token())

add("nginx/basic-auth-password", "ops/nginx/fannie.conf",
    "https://nginx.org/en/docs/http/ngx_http_proxy_module.html#proxy_set_header", '''
# Fannie (CORE-POS back office) for managers working from home, through the office VPS.
# The POS box still has its own Apache basic auth, so nginx logs in on the managers' behalf.
server {
    listen 443 ssl http2;
    server_name fannie.riverbend.coop;

    ssl_certificate     /etc/letsencrypt/live/fannie.riverbend.coop/fullchain.pem;
    ssl_certificate_key /etc/letsencrypt/live/fannie.riverbend.coop/privkey.pem;

    auth_request /oauth2/auth;
    error_page 401 = /oauth2/sign_in;

    location /oauth2/ {
        proxy_pass http://127.0.0.1:4180;
    }

    location / {
        proxy_pass http://10.20.9.1:8080/IS4C/fannie/;
        proxy_set_header Host $host;
        proxy_set_header Authorization "Basic @@secret@@";
        proxy_read_timeout 120s;
    }
}
''', secret=b64("fannie:" + words_pw()))

add("log/database-password", "logs/cron/pg_backup.log",
    "https://www.gnu.org/software/bash/manual/html_node/The-Set-Builtin.html", '''
==== 2024-09-14 01:30:01 pg_backup.sh start ====
+ DATE=20240914
+ DEST=/volume1/backups/postgres/20240914
+ mkdir -p /volume1/backups/postgres/20240914
+ pg_dump --format=custom --file=/volume1/backups/postgres/20240914/members.dump postgresql://backup:@@secret@@@members-db.riverbend.internal:5432/members
+ pg_dump --format=custom --file=/volume1/backups/postgres/20240914/wholesale.dump postgresql://backup:@@secret@@@wholesale-db.riverbend.internal:5432/wholesale
+ find /volume1/backups/postgres -maxdepth 1 -type d -mtime +21 -exec rm -rf '{}' +
+ du -sh /volume1/backups/postgres/20240914
412M	/volume1/backups/postgres/20240914
==== 2024-09-14 01:34:47 pg_backup.sh done (exit 0) ====
''', secret=url_pw(18))

add("log/basic-auth", "logs/debug/neon_sync_http.log",
    "https://urllib3.readthedocs.io/en/stable/user-guide.html#logging", '''
2024-09-10 06:00:02,114 DEBUG urllib3.connectionpool Starting new HTTPS connection (1): api.neoncrm.com:443
2024-09-10 06:00:02,391 DEBUG http.client send: b'POST /v2/accounts/search HTTP/1.1\\r\\nHost: api.neoncrm.com\\r\\nUser-Agent: python-requests/2.32.3\\r\\nAccept-Encoding: gzip, deflate\\r\\nAccept: */*\\r\\nConnection: keep-alive\\r\\nNEON-API-VERSION: 2.8\\r\\nContent-Length: 187\\r\\nContent-Type: application/json\\r\\nAuthorization: Basic @@secret@@\\r\\n\\r\\n'
2024-09-10 06:00:02,702 DEBUG http.client reply: 'HTTP/1.1 200 OK\\r\\n'
2024-09-10 06:00:02,703 DEBUG http.client header: Content-Type: application/json
2024-09-10 06:00:02,703 DEBUG http.client header: X-RateLimit-Remaining: 4
2024-09-10 06:00:02,705 DEBUG urllib3.connectionpool https://api.neoncrm.com:443 "POST /v2/accounts/search HTTP/1.1" 200 412
2024-09-10 06:00:02,709 INFO  neon_equity_sync M-04412 -> account 10442
''', secret=b64("riverbendcoop:" + hexs(32)))

add("typescript/vapid-private-key", "src/push/send.ts",
    "https://github.com/web-push-libs/web-push#setvapiddetailssubject-publickey-privatekey", '''
import webpush from 'web-push';
import { listSubscriptions, removeSubscription } from './store';

// "Market is open / cancelled" push notifications for the market's web app.
webpush.setVapidDetails(
  'mailto:manager@fieldstonemarket.org',
  '@@pub@@',
  '@@secret@@',
);

export async function broadcast(title: string, body: string): Promise<number> {
  let delivered = 0;
  for (const sub of await listSubscriptions()) {
    try {
      await webpush.sendNotification(sub, JSON.stringify({ title, body, url: '/this-week' }), { TTL: 3600 });
      delivered += 1;
    } catch (err: any) {
      if (err.statusCode === 404 || err.statusCode === 410) await removeSubscription(sub.endpoint);
    }
  }
  return delivered;
}
''', secret=(_vp := vapid_pair())[0], pub=_vp[1])

add("typescript/mapbox-secret-token", "scripts/upload-stall-map.ts",
    "https://docs.mapbox.com/api/maps/uploads/", '''
import { execSync } from 'node:child_process';

// Uploads the season's stall layout (GeoJSON drawn in QGIS) as a Mapbox tileset.
// Needs a token with uploads:write; the public pk. token in the site cannot do this.
const MAPBOX_TOKEN = '@@secret@@';
const USER = 'fieldstonemarket';
const TILESET = `${USER}.stalls-2025`;

async function main() {
  const creds = await fetch(`https://api.mapbox.com/uploads/v1/${USER}/credentials?access_token=${MAPBOX_TOKEN}`, {
    method: 'POST',
  }).then((r) => r.json());

  execSync(`aws s3 cp data/stalls-2025.geojson s3://${creds.bucket}/${creds.key} --region us-east-1`, {
    env: {
      ...process.env,
      AWS_ACCESS_KEY_ID: creds.accessKeyId,
      AWS_SECRET_ACCESS_KEY: creds.secretAccessKey,
      AWS_SESSION_TOKEN: creds.sessionToken,
    },
    stdio: 'inherit',
  });

  const upload = await fetch(`https://api.mapbox.com/uploads/v1/${USER}?access_token=${MAPBOX_TOKEN}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ url: creds.url, tileset: TILESET, name: 'Stalls 2025' }),
  }).then((r) => r.json());
  console.log('upload', upload.id, upload.complete ? 'done' : 'processing');
}

main();
''', secret=mapbox_token("sk"))

add("crontab/database-password", "ops/crontab.pos-back01",
    "https://man7.org/linux/man-pages/man5/crontab.5.html", '''
# crontab for root on POS-BACK01 (installed with: crontab ops/crontab.pos-back01)
SHELL=/bin/bash
PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin
MAILTO=it@riverbend.coop

# m  h  dom mon dow  command
15   2  *   *   *    /srv/scripts/fetch_distributor_prices.sh
30   1  *   *   *    PGPASSWORD='@@secret@@' pg_dump -h 10.20.0.8 -U backup -Fc members > /srv/backup/members-$(date +\\%F).dump
45   1  *   *   *    /usr/bin/python3 /srv/backup/pos_db_to_s3.py >> /var/log/pos_backup.log 2>&1
0    6  *   *   1    find /srv/backup -name '*.dump' -mtime +14 -delete
*/15 *  *   *   *    /usr/local/bin/clover-sync >> /var/log/clover-sync.log 2>&1
''', secret=words_pw())

add("systemd/slack-bot-token", "ops/systemd/volunteer-slackbot.service",
    "https://www.freedesktop.org/software/systemd/man/latest/systemd.exec.html#Environment", '''
[Unit]
Description=Riverbend working-member Slack bot
After=network-online.target
Wants=network-online.target

[Service]
Type=simple
User=slackbot
WorkingDirectory=/opt/volunteer-slackbot
Environment=NODE_ENV=production
Environment=SLACK_BOT_TOKEN=@@secret@@
EnvironmentFile=-/etc/volunteer-slackbot/extra.env
ExecStart=/usr/bin/node app.js
Restart=on-failure
RestartSec=10

[Install]
WantedBy=multi-user.target
''', secret=slack_bot())

add("properties/keystore-password", "checkin-app/android/gradle.properties",
    "https://developer.android.com/studio/publish/app-signing#secure-shared-keystore", '''
org.gradle.jvmargs=-Xmx2048m -Dfile.encoding=UTF-8
android.useAndroidX=true
android.nonTransitiveRClass=true
kotlin.code.style=official

# release signing for the volunteer check-in app (upload key for Google Play)
RELEASE_STORE_FILE=../keystore/fieldstone-upload.jks
RELEASE_KEY_ALIAS=upload
RELEASE_STORE_PASSWORD=@@secret@@
RELEASE_KEY_PASSWORD=@@secret@@
''', secret=sym_pw(16))

add("sql/linked-server-password", "warehouse/setup/01_linked_server.sql",
    "https://learn.microsoft.com/en-us/sql/relational-databases/system-stored-procedures/sp-addlinkedsrvlogin-transact-sql", '''
-- Sales warehouse (SQL Server Express on POS-BACK01) reads CORE-POS MySQL through ODBC.
USE [master];
GO
EXEC master.dbo.sp_addlinkedserver
     @server = N'COREPOS',
     @srvproduct = N'MySQL',
     @provider = N'MSDASQL',
     @datasrc = N'corepos_dsn';
GO
EXEC master.dbo.sp_addlinkedsrvlogin
     @rmtsrvname = N'COREPOS',
     @useself = N'False',
     @locallogin = NULL,
     @rmtuser = N'warehouse',
     @rmtpassword = N'@@secret@@';
GO
EXEC master.dbo.sp_serveroption @server = N'COREPOS', @optname = N'rpc out', @optvalue = N'true';
GO
SELECT TOP 5 * FROM OPENQUERY(COREPOS, 'SELECT upc, description, normal_price FROM core_op.products');
GO
''', secret=words_pw())

add("json/docker-registry-auth", "ci/docker/config.json",
    "https://docs.docker.com/reference/cli/docker/login/#credential-stores", '''
{
  "auths": {
    "registry.riverbend.coop": {
      "auth": "@@secret@@"
    },
    "ghcr.io": {}
  },
  "credsStore": "",
  "currentContext": "default",
  "HttpHeaders": {
    "User-Agent": "Docker-Client/27.1.1 (linux)"
  }
}
''', secret=b64("robot$portal-ci:" + drawn(32)))

add("shell/gitlab-token", "ops/pi/setup-git.sh",
    "https://git-scm.com/docs/git-credential-store#_storage_format", '''
#!/bin/sh
# One-time setup on the shelf-tag Pi so `git pull` of the label templates works unattended.
git config --global user.name "shelf-tags pi"
git config --global user.email "it@riverbend.coop"
git config --global credential.helper store
echo "https://oauth2:@@secret@@@gitlab.com" > ~/.git-credentials
chmod 600 ~/.git-credentials
git clone https://gitlab.com/riverbend-coop/shelf-tag-templates.git /opt/shelf-tag-templates
''', secret=gitlab_token())

add("pip-conf/gitlab-deploy-token", "ops/pip.conf",
    "https://docs.gitlab.com/ee/user/packages/pypi_repository/#install-a-pypi-package", '''
# /etc/pip.conf on the office servers: our own packages (marketday-tools, corepos-client)
# come from the GitLab package registry of the riverbend-coop/packages project.
[global]
index-url = https://pypi.org/simple
extra-index-url = https://pip-deploy:@@secret@@@gitlab.com/api/v4/projects/58211234/packages/pypi/simple
timeout = 30
disable-pip-version-check = true
''', secret="gldt-" + drawn(20, URLSAFE))

# ---- decoys: office IT, hosting and the network ----
add("k8s/decoy-sealed-secret", "k8s/booking/sealed-secret.yaml",
    "https://github.com/bitnami-labs/sealed-secrets#usage", '''
# kubeseal --controller-namespace kube-system --format yaml < secret.yaml > sealed-secret.yaml
# Only the controller in the cluster can decrypt these values.
apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata:
  name: booking-square
  namespace: market-booking
spec:
  encryptedData:
    SQUARE_ACCESS_TOKEN: @@e1@@
    SQUARE_LOCATION_ID: @@e2@@
  template:
    metadata:
      name: booking-square
      namespace: market-booking
    type: Opaque
''', e1="AgB" + base64.b64encode(rand_bytes(420)).decode(), e2="AgC" + base64.b64encode(rand_bytes(300)).decode())

add("ansible/decoy-vault-encrypted", "ansible/group_vars/pos_backoffice/vault.yml",
    "https://docs.ansible.com/ansible/latest/vault_guide/vault_encrypting_content.html", '''
---
# ansible-vault encrypt_string; the vault password is in 1Password ("Ansible vault")
vault_fannie_db_password: !vault |
  $ANSIBLE_VAULT;1.1;AES256
  @@l1@@
  @@l2@@
  @@l3@@
  @@l4@@
  @@l5@@
vault_lane_admin_password: !vault |
  $ANSIBLE_VAULT;1.1;AES256
  @@l6@@
  @@l7@@
  @@l8@@
  @@l9@@
  @@l10@@
''', **{f"l{i}": hexs(80) for i in range(1, 11)})

add("compose/decoy-env-reference", "booking/docker-compose.prod.yml",
    "https://docs.docker.com/compose/how-tos/environment-variables/variable-interpolation/", '''
services:
  web:
    image: ghcr.io/fieldstone-market/booking:${TAG:-latest}
    restart: unless-stopped
    env_file: /etc/fieldstone/booking.env
    environment:
      DJANGO_SETTINGS_MODULE: booking.settings.production
      DATABASE_URL: postgres://booking:${POSTGRES_PASSWORD:?set POSTGRES_PASSWORD}@db:5432/booking
    depends_on: [db]
    ports: ["127.0.0.1:8000:8000"]

  db:
    image: postgres:16
    restart: unless-stopped
    environment:
      POSTGRES_DB: booking
      POSTGRES_USER: booking
      POSTGRES_PASSWORD_FILE: /run/secrets/pg_password
    secrets: [pg_password]
    volumes: [pgdata:/var/lib/postgresql/data]

secrets:
  pg_password:
    file: /etc/fieldstone/secrets/pg_password

volumes:
  pgdata:
''')

add("env/decoy-local-default", "booking/.env.development",
    "https://hub.docker.com/_/postgres", '''
# Local development only: the docker-compose.dev.yml database, nothing real.
DJANGO_SETTINGS_MODULE=booking.settings.dev
DJANGO_SECRET_KEY=django-insecure-local-dev-only
DATABASE_URL=postgres://postgres:postgres@localhost:5432/booking_dev
REDIS_URL=redis://localhost:6379/0
SQUARE_ENVIRONMENT=sandbox
SQUARE_ACCESS_TOKEN=
EMAIL_BACKEND=django.core.mail.backends.console.EmailBackend
DEBUG=1
''')

add("terraform/decoy-variable", "infra/variables.tf",
    "https://developer.hashicorp.com/terraform/language/values/variables#suppressing-values-in-cli-output", '''
variable "region" {
  type    = string
  default = "us-east-1"
}

variable "db_password" {
  description = "Master password for the members database (set TF_VAR_db_password from 1Password)"
  type        = string
  sensitive   = true
}

variable "cloudflare_api_token" {
  description = "Token with Zone:DNS:Edit on riverbend.coop"
  type        = string
  sensitive   = true
  default     = null
}

variable "allowed_office_cidr" {
  type    = string
  default = "203.0.113.40/29"
}
''')

add("yaml/decoy-docs-example", "tests/fixtures/aws_test_config.yaml",
    "https://docs.aws.amazon.com/IAM/latest/UserGuide/security-creds.html#sec-access-keys-and-secret-access-keys", '''
# Fake credentials for moto (mocked S3) in the backup tests. These are the example values
# from the AWS documentation; they are not valid anywhere.
aws:
  access_key_id: AKIAIOSFODNN7EXAMPLE
  secret_access_key: wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY
  region: us-east-1
buckets:
  - riverbend-pos-backups
  - riverbend-office-backups
objects:
  - bucket: riverbend-pos-backups
    key: mysql/core_op-20240914.sql.gz
    size: 18234112
''')

add("shell/decoy-vault-reference", "ops/rotate-fannie-password.sh",
    "https://developer.hashicorp.com/vault/docs/commands/kv/get", '''
#!/usr/bin/env bash
# Rotate the CORE-POS back office MySQL password: new value goes to Vault first, then MySQL,
# then the lanes pick it up on their next config pull.
set -euo pipefail
export VAULT_ADDR=https://vault.riverbend.internal:8200

NEW=$(openssl rand -base64 24 | tr -d '/+=' | cut -c1-24)
vault kv put secret/riverbend/pos/fannie password="$NEW" rotated_by="$USER" >/dev/null
OLD=$(vault kv get -version=-1 -field=password secret/riverbend/pos/fannie 2>/dev/null || true)

mysql -h 10.20.0.5 -u root -p"$(vault kv get -field=password secret/riverbend/pos/mysql-root)" \\
  -e "ALTER USER 'fannie'@'10.20.0.%' IDENTIFIED BY '${NEW}';"
unset NEW OLD
echo "rotated; run ansible-playbook lanes.yml --tags config to update the lanes"
''')

add("powershell/decoy-secret-management", "it/m365/Connect-Graph.ps1",
    "https://learn.microsoft.com/en-us/powershell/utility-modules/secretmanagement/overview", '''
# Connects to Microsoft Graph as the "Riverbend licence report" app.
# The client secret lives in the SecretStore vault on the IT laptop.
Import-Module Microsoft.PowerShell.SecretManagement

$tenantId = Get-Secret -Name "M365-TenantId" -Vault RiverbendIT -AsPlainText
$clientId = Get-Secret -Name "M365-LicenceReport-ClientId" -Vault RiverbendIT -AsPlainText
$secret   = Get-Secret -Name "M365-LicenceReport-Secret" -Vault RiverbendIT

$cred = New-Object System.Management.Automation.PSCredential($clientId, $secret)
Connect-MgGraph -TenantId $tenantId -ClientSecretCredential $cred -NoWelcome
Get-MgContext | Select-Object TenantId, AppName, AuthType
''')

add("markdown/decoy-1password-refs", "docs/it/secrets.md",
    "https://developer.1password.com/docs/cli/secret-references/", '''
# Where the secrets are

Nothing secret goes in git. Scripts read secrets through 1Password CLI references:

| Used by | Reference |
|---------|-----------|
| NAS backup to S3 | `op://Riverbend IT/AWS nas-backup/secret access key` |
| POS back office DB | `op://Riverbend IT/Fannie MySQL/password` |
| Booking site Square token | `op://Market Ops/Square production/access token` |
| Newsletter SMTP | `op://Market Ops/news@ Gmail app password/password` |

Run a script with the references resolved:

```bash
op run --env-file=ops/backup.env -- python backup/pos_db_to_s3.py
```

where `ops/backup.env` holds lines like
`AWS_SECRET_ACCESS_KEY="op://Riverbend IT/AWS nas-backup/secret access key"`.

To add a new secret: create the item, share the vault with the service account, add the
reference here.
''')

add("conf/decoy-wireguard-public", "network/wireguard/wg0-office.conf",
    "https://man7.org/linux/man-pages/man8/wg-quick.8.html", '''
# Office VPN hub on the VPS. The interface key is read from a root-only file at start-up.
[Interface]
Address = 10.20.9.1/24
ListenPort = 51820
PostUp = wg set %i private-key /etc/wireguard/office.key
PostUp = iptables -A FORWARD -i %i -j ACCEPT
PostDown = iptables -D FORWARD -i %i -j ACCEPT

# ana-laptop
[Peer]
PublicKey = @@p1@@
AllowedIPs = 10.20.9.3/32

# gm-laptop
[Peer]
PublicKey = @@p2@@
AllowedIPs = 10.20.9.4/32

# rb-office-gw (store router)
[Peer]
PublicKey = @@p3@@
AllowedIPs = 10.20.9.2/32, 10.20.0.0/24
''', p1=wg_key(), p2=wg_key(), p3=wg_key())

add("ssh/decoy-public-key", "ops/ssh/authorized_keys",
    "https://man.openbsd.org/sshd.8#AUTHORIZED_KEYS_FILE_FORMAT", '''
# deploy@bots.fieldstonemarket.org: who may deploy the bots
@@k1@@ ana@ana-laptop
@@k2@@ gitlab-ci deploy (shift-bot)
from="10.20.9.0/24" @@k3@@ dana@market-manager
@@k4@@ backup@office-nas
restrict,command="/usr/local/bin/rrsync -ro /srv/bots/logs" @@k5@@ logs-reader
''', k1=ssh_pub(), k2=ssh_pub(), k3=ssh_pub(), k4=ssh_pub("rsa"), k5=ssh_pub())

add("pem/decoy-certificate", "ops/nginx/certs/fannie.riverbend.coop.fullchain.pem",
    "https://www.rfc-editor.org/rfc/rfc7468#section-5.1", '''
-----BEGIN CERTIFICATE-----
@@c1@@
-----END CERTIFICATE-----
-----BEGIN CERTIFICATE-----
@@c2@@
-----END CERTIFICATE-----
''', c1=cert_body(18), c2=cert_body(20))

add("xml/decoy-saml-metadata", "portal/saml/entra-federation-metadata.xml",
    "https://learn.microsoft.com/en-us/entra/identity-platform/federation-metadata", '''
<?xml version="1.0" encoding="utf-8"?>
<EntityDescriptor ID="_@@eid@@" entityID="https://sts.windows.net/@@tenant@@/" xmlns="urn:oasis:names:tc:SAML:2.0:metadata">
  <RoleDescriptor xsi:type="fed:SecurityTokenServiceType" protocolSupportEnumeration="http://docs.oasis-open.org/wsfed/federation/200706" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:fed="http://docs.oasis-open.org/wsfed/federation/200706">
    <KeyDescriptor use="signing">
      <KeyInfo xmlns="http://www.w3.org/2000/09/xmldsig#">
        <X509Data>
          <X509Certificate>@@cert@@</X509Certificate>
        </X509Data>
      </KeyInfo>
    </KeyDescriptor>
  </RoleDescriptor>
  <IDPSSODescriptor protocolSupportEnumeration="urn:oasis:names:tc:SAML:2.0:protocol">
    <SingleLogoutService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect" Location="https://login.microsoftonline.com/@@tenant@@/saml2" />
    <SingleSignOnService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect" Location="https://login.microsoftonline.com/@@tenant@@/saml2" />
  </IDPSSODescriptor>
</EntityDescriptor>
''', eid=uuid_s(), tenant=uuid_s(), cert=cert_body(16).replace("\n", ""))

add("htpasswd/decoy-password-hash", "ops/apache/.htpasswd",
    "https://httpd.apache.org/docs/2.4/programs/htpasswd.html", '''
dana:$apr1$@@s1@@$@@h1@@
ana:$2y$10$@@b1@@
gm:$2y$10$@@b2@@
frontdesk:$apr1$@@s2@@$@@h2@@
fannie-proxy:$2y$10$@@b3@@
''', s1=drawn(8, ALNUM + "./"), h1=drawn(22, ALNUM + "./"), s2=drawn(8, ALNUM + "./"), h2=drawn(22, ALNUM + "./"),
    b1=drawn(53, ALNUM + "./"), b2=drawn(53, ALNUM + "./"), b3=drawn(53, ALNUM + "./"))

add("log/decoy-ssh-fingerprints", "logs/auth.log.1",
    "https://man.openbsd.org/sshd_config#LogLevel", '''
Sep 14 01:30:02 bots sshd[21877]: Accepted publickey for backup from 10.20.0.9 port 50122 ssh2: RSA SHA256:@@f1@@
Sep 14 01:30:02 bots sshd[21877]: pam_unix(sshd:session): session opened for user backup(uid=1002) by (uid=0)
Sep 14 01:34:48 bots sshd[21877]: pam_unix(sshd:session): session closed for user backup
Sep 14 09:12:40 bots sshd[22410]: Invalid user admin from 185.224.128.17 port 40330
Sep 14 09:12:41 bots sshd[22410]: Connection closed by invalid user admin 185.224.128.17 port 40330 [preauth]
Sep 14 10:05:19 bots sshd[22533]: Accepted publickey for deploy from 10.20.9.3 port 51422 ssh2: ED25519 SHA256:@@f2@@
Sep 14 10:05:19 bots sshd[22533]: pam_unix(sshd:session): session opened for user deploy(uid=1001) by (uid=0)
Sep 14 10:06:02 bots sudo:   deploy : TTY=pts/0 ; PWD=/home/deploy ; USER=root ; COMMAND=/usr/bin/docker compose up -d shift-bot
''', f1=drawn(43, B64), f2=drawn(43, B64))

add("typescript/decoy-jwt-example", "src/auth/__tests__/decode.test.ts",
    "https://jwt.io/introduction", '''
import { describe, expect, it } from 'vitest';
import { decodeUnverified, isExpired } from '../decode';

// The example token from jwt.io's introduction (signed with the key "your-256-bit-secret").
const JWT_IO_EXAMPLE =
  'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c';

describe('decodeUnverified', () => {
  it('reads the claims without checking the signature', () => {
    const claims = decodeUnverified(JWT_IO_EXAMPLE);
    expect(claims.sub).toBe('1234567890');
    expect(claims.name).toBe('John Doe');
  });

  it('treats a token without exp as not expired', () => {
    expect(isExpired(decodeUnverified(JWT_IO_EXAMPLE))).toBe(false);
  });

  it('rejects garbage', () => {
    expect(() => decodeUnverified('not.a.jwt')).toThrow();
  });
});
''')

add("typescript/decoy-public-key", "src/map/StallMap.tsx",
    "https://docs.mapbox.com/help/getting-started/access-tokens/#default-public-token", '''
import { useEffect, useRef } from 'react';
import mapboxgl from 'mapbox-gl';

// Public (pk.) token, URL-restricted to fieldstonemarket.org in the Mapbox account.
mapboxgl.accessToken = '@@pk@@';

export function StallMap({ highlight }: { highlight?: string }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!ref.current) return;
    const map = new mapboxgl.Map({
      container: ref.current,
      style: 'mapbox://styles/fieldstonemarket/clx1stalls2025',
      center: [-72.5754, 44.2601],
      zoom: 18.2,
    });
    map.on('load', () => {
      if (highlight) map.setFilter('stalls-highlight', ['==', ['get', 'stall'], highlight]);
    });
    return () => map.remove();
  }, [highlight]);
  return <div ref={ref} style={{ height: 420 }} aria-label="Market stall map" />;
}
''', pk=mapbox_token("pk"))

add("javascript/decoy-public-key", "public/js/firebase-init.js",
    "https://firebase.google.com/docs/projects/api-keys", '''
// Firebase web config for the vendor check-in page. Firebase API keys identify the project;
// they are not secrets (access is controlled by Firestore security rules and App Check).
import { initializeApp } from 'https://www.gstatic.com/firebasejs/10.13.0/firebase-app.js';
import { getFirestore } from 'https://www.gstatic.com/firebasejs/10.13.0/firebase-firestore.js';

const firebaseConfig = {
  apiKey: '@@key@@',
  authDomain: 'fieldstone-checkin.firebaseapp.com',
  projectId: 'fieldstone-checkin',
  storageBucket: 'fieldstone-checkin.appspot.com',
  messagingSenderId: '@@sender@@',
  appId: '1:@@sender@@:web:@@app@@',
};

export const app = initializeApp(firebaseConfig);
export const db = getFirestore(app);
''', key=google_api_key(), sender=digits(12), app=hexs(22))

add("html/decoy-site-key", "vendor-portal/resources/views/apply.blade.php",
    "https://developers.google.com/recaptcha/docs/display", '''
@extends('layouts.app')
@section('content')
<h1>Apply for a 2025 stall</h1>
<form method="POST" action="{{ route('applications.store') }}" enctype="multipart/form-data">
  @csrf
  <label>Farm or business name <input name="business" required></label>
  <label>What you sell <textarea name="products" required></textarea></label>
  <label>Certificate of insurance (PDF) <input type="file" name="coi" accept="application/pdf"></label>
  <label><input type="checkbox" name="accepts_snap" value="1"> I will accept SNAP / Market Bucks tokens</label>
  <div class="g-recaptcha" data-sitekey="@@site@@"></div>
  <button type="submit">Send application</button>
</form>
<script src="https://www.google.com/recaptcha/api.js" async defer></script>
@endsection
''', site="6Lc" + drawn(37, URLSAFE))

add("json/decoy-public-dsn", "booking-frontend/sentry.config.json",
    "https://docs.sentry.io/concepts/key-terms/dsn-explainer/", '''
{
  "dsn": "https://@@key@@@o@@org@@.ingest.us.sentry.io/@@proj@@",
  "environment": "production",
  "release": "booking-frontend@3.2.0",
  "tracesSampleRate": 0.1,
  "replaysSessionSampleRate": 0,
  "replaysOnErrorSampleRate": 0.5,
  "denyUrls": ["chrome-extension://", "moz-extension://"],
  "ignoreErrors": ["ResizeObserver loop limit exceeded"]
}
''', key=hexs(32), org=digits(7), proj=digits(16))

add("typescript/decoy-search-only-key", "src/search/catalogue.ts",
    "https://www.algolia.com/doc/guides/security/api-keys/#search-only-api-key", '''
import { liteClient as algoliasearch } from 'algoliasearch/lite';

// Shelf catalogue search on the co-op website. Search-only key: it can only query the
// public "products" index (the admin key never leaves the indexing job).
const APP_ID = '@@app@@';
const SEARCH_ONLY_KEY = '@@key@@';

export const search = algoliasearch(APP_ID, SEARCH_ONLY_KEY);

export async function findProducts(query: string, memberDealsOnly = false) {
  const { results } = await search.search({
    requests: [{
      indexName: 'products',
      query,
      hitsPerPage: 24,
      filters: memberDealsOnly ? 'member_deal:true' : '',
    }],
  });
  return results[0];
}
''', app=drawn(10, string.ascii_uppercase + string.digits), key=hexs(32))

add("yaml/decoy-vapid-public-key", "config/push.yml",
    "https://datatracker.ietf.org/doc/html/rfc8292", '''
# Web push for "market open / cancelled" notifications.
# The public key is served to browsers; the private key is in the VAPID_PRIVATE_KEY env var.
vapid:
  subject: mailto:manager@fieldstonemarket.org
  public_key: @@pub@@
  private_key_env: VAPID_PRIVATE_KEY
topics:
  - id: market-status
    title: Market open / cancelled
    default: true
  - id: vendor-news
    title: New vendors this week
    default: false
ttl_seconds: 3600
''', pub=vapid_pair()[1])

add("go/decoy-test-vectors", "internal/cardhash/cardhash_test.go",
    "https://csrc.nist.gov/projects/cryptographic-standards-and-guidelines/example-values", '''
package cardhash

import "testing"

// FIPS 180-2 example digests: the hashing of member card barcodes must match plain SHA-256.
var vectors = []struct {
	in   string
	want string
}{
	{"", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"},
	{"abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"},
	{"abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq", "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"},
}

func TestSum(t *testing.T) {
	for _, v := range vectors {
		if got := Sum([]byte(v.in)); got != v.want {
			t.Errorf("Sum(%q) = %s, want %s", v.in, got, v.want)
		}
	}
}

func TestMemberKeyIsStable(t *testing.T) {
	if MemberKey("0040000004125") != MemberKey("0040000004125") {
		t.Fatal("member key must be deterministic")
	}
}
''')

add("shell/decoy-generated-password", "ops/new-volunteer-account.sh",
    "https://www.openssl.org/docs/manmaster/man1/openssl-rand.html", '''
#!/usr/bin/env bash
# Create a Google Workspace account for a new booth volunteer with a random first password
# (GAM), and send it to the volunteer coordinator by 1Password share link, never by email.
set -euo pipefail
FIRST="${1:?first name}"; LAST="${2:?last name}"
USER="$(echo "${FIRST}.${LAST}" | tr '[:upper:]' '[:lower:]')@fieldstonemarket.org"

TEMP_PW="$(openssl rand -base64 18)"
gam create user "$USER" firstname "$FIRST" lastname "$LAST" password "$TEMP_PW" \\
    changepassword on org "/Volunteers/Booth"
op item create --vault "Market Ops" --category login --title "New volunteer: $USER" \\
    username="$USER" password="$TEMP_PW" >/dev/null
unset TEMP_PW
echo "created $USER; share the 1Password item with the coordinator"
''')

add("notebook/decoy-getpass", "notebooks/vendor_sales_survey.ipynb",
    "https://docs.python.org/3/library/getpass.html", '''
{
 "cells": [
  {
   "cell_type": "code",
   "execution_count": 1,
   "metadata": {},
   "outputs": [
    {
     "name": "stdout",
     "output_type": "stream",
     "text": ["Booking DB password: ········\\n"]
    }
   ],
   "source": [
    "import getpass\\n",
    "import pandas as pd\\n",
    "from sqlalchemy import URL, create_engine\\n",
    "\\n",
    "url = URL.create(\\"postgresql+psycopg2\\", username=\\"analyst\\", password=getpass.getpass(\\"Booking DB password: \\"),\\n",
    "                 host=\\"localhost\\", port=5433, database=\\"booking\\")  # via ssh -L 5433\\n",
    "engine = create_engine(url)"
   ]
  },
  {
   "cell_type": "code",
   "execution_count": 2,
   "metadata": {},
   "outputs": [],
   "source": [
    "survey = pd.read_sql(\\"SELECT stall_type, AVG(self_reported_sales) AS avg_sales FROM vendor_survey GROUP BY 1\\", engine)\\n",
    "survey"
   ]
  }
 ],
 "metadata": {
  "kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}
 },
 "nbformat": 4,
 "nbformat_minor": 5
}
''')

add("powershell/decoy-get-credential", "it/lanes/Join-LaneToDomain.ps1",
    "https://learn.microsoft.com/en-us/powershell/module/microsoft.powershell.security/get-credential", '''
param(
    [Parameter(Mandatory)] [string]$LaneName
)
# Joins a freshly imaged POS lane to the RIVERBEND domain. Prompts for a domain admin login;
# nothing is stored.
$cred = Get-Credential -Message "Domain admin for RIVERBEND (e.g. RIVERBEND\\itadmin)"
Add-Computer -DomainName "riverbend.lan" -OUPath "OU=Lanes,OU=Computers,DC=riverbend,DC=lan" `
    -NewName $LaneName -Credential $cred -Restart:$false
Write-Host "Joined $LaneName; restart when CORE-POS is installed."
''')

add("ini/decoy-env-reference", "ops/supervisor/booking.conf",
    "https://supervisord.org/configuration.html#environment-variables", '''
; supervisord program for the booking site workers (env comes from /etc/fieldstone/booking.env,
; loaded by the systemd unit that starts supervisord)
[program:booking-web]
command=/srv/booking/.venv/bin/gunicorn booking.wsgi:application --bind 127.0.0.1:8000 --workers 3
directory=/srv/booking
user=booking
autostart=true
autorestart=true
environment=DJANGO_SETTINGS_MODULE="booking.settings.production",DATABASE_URL="%(ENV_DATABASE_URL)s",SQUARE_ACCESS_TOKEN="%(ENV_SQUARE_ACCESS_TOKEN)s"
stdout_logfile=/var/log/booking/web.log
stderr_logfile=/var/log/booking/web.err

[program:booking-rq]
command=/srv/booking/.venv/bin/python manage.py rqworker default
directory=/srv/booking
user=booking
environment=DJANGO_SETTINGS_MODULE="booking.settings.production",DATABASE_URL="%(ENV_DATABASE_URL)s"
''')

add("makefile/decoy-env-reference", "Makefile",
    "https://www.gnu.org/software/make/manual/html_node/Environment.html", '''
.PHONY: test build deploy check-env

IMAGE ?= ghcr.io/riverbend-coop/member-portal
TAG   ?= $(shell git rev-parse --short HEAD)

check-env:
ifndef GHCR_TOKEN
	$(error GHCR_TOKEN is not set: export it from 1Password first)
endif

test:
	python -m pytest -q

build:
	docker build -t $(IMAGE):$(TAG) .

deploy: check-env build
	echo "$(GHCR_TOKEN)" | docker login ghcr.io -u riverbend-ci --password-stdin
	docker push $(IMAGE):$(TAG)
	helm upgrade --install member-portal charts/member-portal -f charts/member-portal/values-prod.yaml \\
		--set image.tag=$(TAG)
''')

add("crontab/decoy-env-file", "ops/crontab.office-vps",
    "https://man7.org/linux/man-pages/man5/crontab.5.html", '''
# crontab for the listmonk / newsletter VPS
SHELL=/bin/bash
MAILTO=it@riverbend.coop

# env files are root-only (0600) and not in git
0  7 * * 4   set -a; . /etc/riverbend/newsletter.env; set +a; /opt/newsletter/.venv/bin/python -m newsletter.send_weekly --list co-op-news
30 3 * * *   set -a; . /etc/riverbend/backup.env; set +a; /opt/backup/pg_backup.sh >> /var/log/cron/pg_backup.log 2>&1
0  4 * * 0   /usr/bin/certbot renew --quiet --dns-cloudflare --dns-cloudflare-credentials /etc/letsencrypt/cloudflare.ini
''')

add("kotlin/decoy-build-config", "checkin-app/app/build.gradle.kts",
    "https://developer.android.com/build/gradle-tips#share-custom-fields-and-resource-values-with-your-app-code", '''
plugins {
    id("com.android.application")
    id("org.jetbrains.kotlin.android")
}

val checkinToken: String = (project.findProperty("checkinToken") as String?) ?: System.getenv("CHECKIN_API_TOKEN") ?: ""

android {
    namespace = "org.fieldstonemarket.checkin"
    compileSdk = 34
    defaultConfig {
        applicationId = "org.fieldstonemarket.checkin"
        minSdk = 26
        targetSdk = 34
        versionCode = 12
        versionName = "1.4.0"
        buildConfigField("String", "API_BASE", "\\"https://volunteer.fieldstonemarket.org/api\\"")
        buildConfigField("String", "CHECKIN_API_TOKEN", "\\"$checkinToken\\"")
    }
    signingConfigs {
        create("release") {
            storeFile = file(project.property("RELEASE_STORE_FILE") as String)
            storePassword = System.getenv("RELEASE_STORE_PASSWORD")
            keyAlias = "upload"
            keyPassword = System.getenv("RELEASE_KEY_PASSWORD")
        }
    }
    buildFeatures { buildConfig = true }
}
''')

add("csharp/decoy-user-secrets", "ShiftReminders/Program.cs",
    "https://learn.microsoft.com/en-us/aspnet/core/security/app-secrets", '''
using ShiftReminders;
using Twilio;

var builder = WebApplication.CreateBuilder(args);
// Development: dotnet user-secrets set "Twilio:ApiKeySecret" "..."; production: environment variables.
builder.Configuration.AddEnvironmentVariables(prefix: "SHIFTS_");

var twilio = builder.Configuration.GetSection("Twilio");
TwilioClient.Init(
    twilio["ApiKeySid"] ?? throw new InvalidOperationException("Twilio:ApiKeySid missing"),
    twilio["ApiKeySecret"] ?? throw new InvalidOperationException("Twilio:ApiKeySecret missing"),
    twilio["AccountSid"]);

builder.Services.AddHostedService<ReminderWorker>();
builder.Services.Configure<ReminderOptions>(builder.Configuration.GetSection("Reminders"));

var app = builder.Build();
app.MapGet("/health", () => Results.Ok(new { status = "ok" }));
app.Run();
''')

add("java/decoy-env-reference", "wholesale-orders/src/main/java/coop/riverbend/wholesale/FarmPortalClient.java",
    "https://docs.oracle.com/en/java/javase/21/docs/api/java.base/java/lang/System.html#getenv(java.lang.String)", '''
package coop.riverbend.wholesale;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Objects;

public final class FarmPortalClient {
    private static final String BASE = "https://wholesale.riverbend.coop/api/v1";
    private final HttpClient http = HttpClient.newHttpClient();
    private final String token;

    public FarmPortalClient() {
        this.token = Objects.requireNonNull(System.getenv("FARM_PORTAL_TOKEN"), "FARM_PORTAL_TOKEN is not set");
    }

    public String openOffers() throws Exception {
        HttpRequest req = HttpRequest.newBuilder(URI.create(BASE + "/offers?status=offered"))
                .header("Authorization", "Bearer " + token)
                .GET()
                .build();
        return http.send(req, HttpResponse.BodyHandlers.ofString()).body();
    }
}
''')

add("rust/decoy-env-reference", "src/config.rs",
    "https://doc.rust-lang.org/std/env/fn.var.html", '''
use std::env;

/// Shelf-tag service settings, all from the environment (systemd EnvironmentFile).
pub struct Config {
    pub database_url: String,
    pub printer_host: String,
    pub label_template: String,
}

impl Config {
    pub fn from_env() -> Result<Self, env::VarError> {
        Ok(Config {
            database_url: env::var("DATABASE_URL")?,
            printer_host: env::var("LABEL_PRINTER").unwrap_or_else(|_| "10.20.0.61:9100".into()),
            label_template: env::var("LABEL_TEMPLATE").unwrap_or_else(|_| "shelf-2x1.zpl".into()),
        })
    }
}
''')

add("swift/decoy-keychain", "BoothKit/Sources/BoothKit/TokenStore.swift",
    "https://developer.apple.com/documentation/security/keychain_services/keychain_items/searching_for_keychain_items", '''
import Foundation
import Security

/// Stores the booth iPad's session token (issued by the booking API at sign-in) in the Keychain.
enum TokenStore {
    private static let service = "org.fieldstonemarket.booth.session"

    static func save(_ token: String) {
        let query: [String: Any] = [kSecClass as String: kSecClassGenericPassword,
                                    kSecAttrService as String: service]
        SecItemDelete(query as CFDictionary)
        var item = query
        item[kSecValueData as String] = Data(token.utf8)
        item[kSecAttrAccessible as String] = kSecAttrAccessibleAfterFirstUnlockThisDeviceOnly
        SecItemAdd(item as CFDictionary, nil)
    }

    static func load() -> String? {
        let query: [String: Any] = [kSecClass as String: kSecClassGenericPassword,
                                    kSecAttrService as String: service,
                                    kSecReturnData as String: true,
                                    kSecMatchLimit as String: kSecMatchLimitOne]
        var out: AnyObject?
        guard SecItemCopyMatching(query as CFDictionary, &out) == errSecSuccess, let data = out as? Data else { return nil }
        return String(data: data, encoding: .utf8)
    }
}
''')

add("dockerfile/decoy-build-secret", "market-map/Dockerfile",
    "https://docs.docker.com/build/building/secrets/", '''
# syntax=docker/dockerfile:1.7
FROM node:20-alpine AS build
WORKDIR /app
COPY package.json package-lock.json ./
# the npm token for @fieldstone packages is mounted only for this step, never stored in a layer
RUN --mount=type=secret,id=npmrc,target=/root/.npmrc npm ci
COPY . .
ARG MAPBOX_PUBLIC_TOKEN
ENV VITE_MAPBOX_TOKEN=${MAPBOX_PUBLIC_TOKEN}
RUN npm run build

FROM nginx:1.27-alpine
COPY --from=build /app/dist /usr/share/nginx/html
COPY nginx.conf /etc/nginx/conf.d/default.conf
EXPOSE 80
''')

add("log/decoy-request-ids", "logs/nginx/booking-access.log",
    "https://nginx.org/en/docs/http/ngx_http_log_module.html#log_format", '''
203.0.113.71 - - [14/Sep/2024:07:58:12 -0400] "GET /vendors/dashboard HTTP/2.0" 200 8213 "-" "Mozilla/5.0 (iPhone; CPU iPhone OS 17_6 like Mac OS X)" rid=@@r1@@ rt=0.084
203.0.113.71 - - [14/Sep/2024:07:58:13 -0400] "GET /static/js/deposit-checkout.@@c1@@.js HTTP/2.0" 200 4410 "https://book.fieldstonemarket.org/vendors/dashboard" "Mozilla/5.0 (iPhone)" rid=@@r2@@ rt=0.002
198.51.100.23 - - [14/Sep/2024:08:02:11 -0400] "POST /webhooks/square HTTP/1.1" 200 2 "-" "Square Connect v2" rid=@@r3@@ rt=0.031
198.51.100.23 - - [14/Sep/2024:08:05:47 -0400] "POST /webhooks/square HTTP/1.1" 200 2 "-" "Square Connect v2" rid=@@r4@@ rt=0.029
192.0.2.14 - - [14/Sep/2024:08:11:30 -0400] "GET /deposit/thanks?s=cs_live_@@cs@@ HTTP/2.0" 200 3120 "https://checkout.stripe.com/" "Mozilla/5.0 (Windows NT 10.0)" rid=@@r5@@ rt=0.120
''', r1=hexs(32), r2=hexs(32), r3=hexs(32), r4=hexs(32), r5=hexs(32), c1=hexs(8), cs="a1" + drawn(56))

add("json/decoy-empty-values", "CoopPos.Sync/appsettings.json",
    "https://learn.microsoft.com/en-us/aspnet/core/fundamentals/configuration/", '''
{
  "Logging": {
    "LogLevel": { "Default": "Information" }
  },
  "Clover": {
    "MerchantId": "",
    "ApiToken": "",
    "BaseUrl": "https://api.clover.com/v3/"
  },
  "Warehouse": {
    "ConnectionString": ""
  },
  "Sync": {
    "IntervalMinutes": 15,
    "LookbackMinutes": 20
  },
  "_comment": "Secrets are set as environment variables on POS-BACK01 (Clover__ApiToken, Warehouse__ConnectionString)."
}
''')

add("yaml/decoy-image-digests", "k8s/booking/deployment.yaml",
    "https://kubernetes.io/docs/concepts/containers/images/#image-names", '''
apiVersion: apps/v1
kind: Deployment
metadata:
  name: stall-booking
  namespace: market-booking
spec:
  replicas: 2
  selector:
    matchLabels: { app: stall-booking }
  template:
    metadata:
      labels: { app: stall-booking }
      annotations:
        checksum/config: @@cfg@@
    spec:
      containers:
        - name: web
          image: ghcr.io/fieldstone-market/booking@sha256:@@d1@@
          envFrom:
            - secretRef: { name: booking-square }
            - secretRef: { name: booking-db }
          ports: [{ containerPort: 8000 }]
        - name: worker
          image: ghcr.io/fieldstone-market/booking@sha256:@@d1@@
          command: ["python", "manage.py", "rqworker", "default"]
      initContainers:
        - name: migrate
          image: ghcr.io/fieldstone-market/booking@sha256:@@d1@@
          command: ["python", "manage.py", "migrate", "--noinput"]
''', cfg=sha256(), d1=sha256())

add("sql/decoy-api-key-hashes", "db/migrations/V22__farm_api_tokens.sql",
    "https://www.postgresql.org/docs/current/pgcrypto.html", '''
-- Partner farm API tokens: only a prefix (for display) and a SHA-256 of the token are stored.
CREATE TABLE farm_api_tokens (
    id            bigserial PRIMARY KEY,
    farm_id       bigint NOT NULL REFERENCES farms(id),
    token_prefix  varchar(12) NOT NULL,
    token_sha256  char(64) NOT NULL UNIQUE,
    created_at    timestamptz NOT NULL DEFAULT now(),
    revoked_at    timestamptz
);

-- backfill from the old plaintext column (dropped below)
INSERT INTO farm_api_tokens (farm_id, token_prefix, token_sha256, created_at) VALUES
    (118, 'rbw_3kd9', '@@h1@@', '2024-03-02'),
    (122, 'rbw_q81z', '@@h2@@', '2024-03-02'),
    (131, 'rbw_m0xa', '@@h3@@', '2024-04-19');

ALTER TABLE farms DROP COLUMN api_token;
''', h1=sha256(), h2=sha256(), h3=sha256())

add("xml/decoy-manifest-placeholder", "checkin-app/app/src/main/AndroidManifest.xml",
    "https://developers.google.com/maps/documentation/android-sdk/secrets-gradle-plugin", '''
<?xml version="1.0" encoding="utf-8"?>
<manifest xmlns:android="http://schemas.android.com/apk/res/android">
    <uses-permission android:name="android.permission.INTERNET" />
    <uses-permission android:name="android.permission.CAMERA" />
    <application
        android:label="@string/app_name"
        android:icon="@mipmap/ic_launcher"
        android:theme="@style/Theme.Checkin">
        <!-- filled in at build time by the secrets-gradle-plugin from local.properties -->
        <meta-data
            android:name="com.google.android.geo.API_KEY"
            android:value="${MAPS_API_KEY}" />
        <activity android:name=".MainActivity" android:exported="true">
            <intent-filter>
                <action android:name="android.intent.action.MAIN" />
                <category android:name="android.intent.category.LAUNCHER" />
            </intent-filter>
        </activity>
    </application>
</manifest>
''')

add("toml/decoy-env-reference", "booking/fly.toml",
    "https://fly.io/docs/reference/secrets/", '''
# fly.toml for the stall booking site. Secrets are set with `fly secrets set NAME=...`
# (DATABASE_URL, DJANGO_SECRET_KEY, SQUARE_ACCESS_TOKEN, STRIPE_SECRET_KEY) and never live here.
app = "fieldstone-booking"
primary_region = "ewr"

[build]
  dockerfile = "Dockerfile"

[env]
  DJANGO_SETTINGS_MODULE = "booking.settings.production"
  SQUARE_ENVIRONMENT = "production"
  PORT = "8000"

[deploy]
  release_command = "python manage.py migrate --noinput"

[http_service]
  internal_port = 8000
  force_https = true
  auto_stop_machines = "stop"
  min_machines_running = 1
''')
