"""Blind set EN: music festivals and live-event promoters.

Ticketing and checkout (Stripe, Square, Adyen, Braintree, PayPal, SumUp, Eventbrite, Ticketmaster,
DICE), cashless wristbands (NTAG 424 DNA, DESFire, top-up services), artist advancing (Airtable,
Notion, Master Tour, Apps Script), stage, lighting and show control (grandMA3 plugins, QLab,
Bitfocus Companion, OBS), streaming (Mux, Twitch, YouTube, Facebook Live, AWS IVS, SRT, Wowza),
vendor payments (Wise, Xero, QuickBooks, GoCardless), crowd safety radios and comms (codeplugs,
Zello, WAVE PTX, Twilio, Telegram, PagerDuty, site networks), and their decoys.
Generated fakes only (seeds 1500000-1509999).
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

SEED_LO, SEED_HI = 1_500_000, 1_509_999
_SEED = [SEED_LO]

ALNUM = string.ascii_letters + string.digits
LOWER_ALNUM = string.ascii_lowercase + string.digits
UPPER_ALNUM = string.ascii_uppercase + string.digits
HEX = "0123456789abcdef"
UHEX = "0123456789ABCDEF"
B64 = ALNUM + "+/"
B64URL = ALNUM + "-_"


def _seed() -> int:
    _SEED[0] += 3
    assert SEED_LO <= _SEED[0] <= SEED_HI
    return _SEED[0]


def _rng() -> random.Random:
    return random.Random(_seed())


def chars(n: int, alphabet: str = ALNUM) -> str:
    r = _rng()
    return "".join(r.choice(alphabet) for _ in range(n))


def mixed(n: int, alphabet: str = ALNUM) -> str:
    """Characters of `alphabet` holding an upper, a lower and a digit (bounded redraws)."""
    r = _rng()
    value = ""
    for _ in range(50):
        value = "".join(r.choice(alphabet) for _ in range(n))
        if any(c.isdigit() for c in value) and any(c.isupper() for c in value) and any(c.islower() for c in value):
            return value
    return "a7Q" + value[3:]


def hexs(n: int) -> str:
    return chars(n, HEX)


def uhex(n: int) -> str:
    return chars(n, UHEX)


def digits(n: int) -> str:
    r = _rng()
    return str(r.randint(1, 9)) + "".join(r.choice(string.digits) for _ in range(n - 1))


def rand_bytes(n: int) -> bytes:
    r = _rng()
    return bytes(r.getrandbits(8) for _ in range(n))


def b64(value: str) -> str:
    return base64.b64encode(value.encode()).decode()


def b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).decode().rstrip("=")


def uuid4() -> str:
    return fakes.uuid4(_seed())


WORDS = ["Headliner", "Encore", "Bassline", "Soundcheck", "Backstage", "Wristband", "Moshpit", "Subwoofer",
         "Glowstick", "Marquee", "Setlist", "Riser", "Truss", "Amplifier", "Spotlight", "Greenroom",
         "Crowdsurf", "Afterparty", "Mainstage", "Lanyard", "Rigging", "Festoon", "Pyro", "Bandstand"]
LOWER = ["mudbath", "sunset", "tentpeg", "glitter", "campfire", "hayfield", "bunting", "wellies", "lantern",
         "drumroll", "ferris", "carousel", "meadow", "bonfire", "hammock", "jukebox", "vinyl", "tambourine"]


def human_pw() -> str:
    r = _rng()
    return r.choice(WORDS) + r.choice("!#$%@*&?") + r.choice(WORDS) + str(r.randint(10, 2099))


def passphrase(sep: str = "-") -> str:
    r = _rng()
    return sep.join(r.sample(LOWER, 4)) + str(r.randint(1, 99))


def gen_pw(n: int = 24, extra: str = "") -> str:
    return mixed(n, ALNUM + extra) if not extra else _with_symbol(n, extra)


def _with_symbol(n: int, extra: str) -> str:
    r = _rng()
    body = [r.choice(ALNUM) for _ in range(n)]
    for _ in range(max(2, n // 8)):
        body[r.randrange(1, n)] = r.choice(extra)
    body[0] = r.choice(string.ascii_letters)
    return "".join(body)


# ---- vendor shapes -------------------------------------------------------------------------------

def stripe_sk(live: str = "sk_live_") -> str:
    return live + "51" + mixed(97)


def stripe_sk_old() -> str:
    return "sk_live_" + mixed(24)


def whsec() -> str:
    return "whsec_" + mixed(32)


def square_token() -> str:
    return "EAAA" + chars(60, B64URL)


def adyen_key() -> str:
    return "AQE" + chars(60) + "=-" + chars(43, B64) + "=-" + chars(10)


def braintree_token() -> str:
    return f"access_token$production${chars(16, LOWER_ALNUM)}${hexs(32)}"


def slack_bot(prefix: str = "xoxb") -> str:
    r = _rng()
    return f"{prefix}-{r.randint(10**10, 10**11)}-{r.randint(10**12, 10**13)}-" + "".join(r.choice(ALNUM) for _ in range(24))


def slack_webhook() -> str:
    return ("https://hooks.slack.com/services/T" + chars(8, UPPER_ALNUM) + "/B" + chars(10, UPPER_ALNUM)
            + "/" + mixed(24))


def discord_webhook() -> str:
    return f"https://discord.com/api/webhooks/12{digits(17)}/" + mixed(68, B64URL)


def sendgrid_key() -> str:
    return "SG." + mixed(22, B64URL) + "." + mixed(43, B64URL)


def mapbox_secret(user: str) -> str:
    payload = json.dumps({"u": user, "a": chars(25, LOWER_ALNUM)}, separators=(",", ":")).encode()
    return "sk." + b64url(payload) + "." + chars(22, B64URL)


def mapbox_public(user: str) -> str:
    payload = json.dumps({"u": user, "a": chars(25, LOWER_ALNUM)}, separators=(",", ":")).encode()
    return "pk." + b64url(payload) + "." + chars(22, B64URL)


def jwt(payload: dict, header: dict = None) -> str:
    head = header or {"alg": "HS256", "typ": "JWT"}
    enc = lambda d: b64url(json.dumps(d, separators=(",", ":")).encode())  # noqa: E731
    return enc(head) + "." + enc(payload) + "." + chars(43, B64URL)


def wg_private() -> str:
    raw = bytearray(rand_bytes(32))
    raw[0] &= 248
    raw[31] = (raw[31] & 127) | 64
    return base64.b64encode(bytes(raw)).decode()


def wg_public() -> str:
    return base64.b64encode(rand_bytes(32)).decode()


def _wrap(body: str, width: int) -> str:
    return "\n".join(body[i:i + width] for i in range(0, len(body), width))


def rsa_pem(kind: str = "RSA PRIVATE KEY") -> str:
    r = _rng()
    head = "MIIEowIBAAKCAQEA" if kind == "RSA PRIVATE KEY" else "MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQ"
    length = r.choice([1588, 1592, 1624, 1628]) - len(head)
    body = head + "".join(r.choice(B64) for _ in range(length))
    return f"-----BEGIN {kind}-----\n{_wrap(body, 64)}\n-----END {kind}-----"


def ec_pem() -> str:
    r = _rng()
    body = ("MHcCAQEEI" + "".join(r.choice(B64) for _ in range(34)) + "oAoGCCqGSM49AwEHoUQDQgAE"
            + "".join(r.choice(B64) for _ in range(97)))
    return f"-----BEGIN EC PRIVATE KEY-----\n{_wrap(body, 64)}\n-----END EC PRIVATE KEY-----"


def p8_pem() -> str:
    r = _rng()
    body = "MIGTAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBHkwdwIBAQQg" + "".join(r.choice(B64) for _ in range(152))
    return f"-----BEGIN PRIVATE KEY-----\n{_wrap(body, 64)}\n-----END PRIVATE KEY-----"


def openssh_pem() -> str:
    r = _rng()
    body = ("b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW"
            "QyNTUxOQAAACA" + "".join(r.choice(B64) for _ in range(197)) + "==")
    return f"-----BEGIN OPENSSH PRIVATE KEY-----\n{_wrap(body, 70)}\n-----END OPENSSH PRIVATE KEY-----"


def cert_pem() -> str:
    r = _rng()
    body = "MIIFazCCA1OgAwIBAgIU" + "".join(r.choice(B64) for _ in range(1000))
    return f"-----BEGIN CERTIFICATE-----\n{_wrap(body, 64)}\n-----END CERTIFICATE-----"


# ---- case builders -------------------------------------------------------------------------------

CASES: List[LabelledCase] = []
_CATEGORY = re.compile(r"^[a-z0-9-]+/[a-z0-9-]+$")


def _fill(text: str, subs: dict) -> str:
    for key, value in subs.items():
        marker = "@@" + key + "@@"
        assert marker in text, (key, text[:60])
        text = text.replace(marker, value)
    assert "@@" not in text, text[:80]
    return text


def _tabs(text: str) -> str:
    return re.sub(r"(?m)^((?:    )+)", lambda m: "\t" * (len(m.group(1)) // 4), text)


def secret(category: str, file_name: str, source: str, text: str, value: str, tabs: bool = False, **subs: str) -> None:
    assert _CATEGORY.match(category) and not category.split("/")[1].startswith("decoy"), category
    body = _fill(text, subs)
    CASES.append(LabelledCase("blind-en/" + category, file_name, _tabs(body) if tabs else body, value, source))


def decoy(category: str, file_name: str, source: str, text: str, tabs: bool = False, **subs: str) -> None:
    assert _CATEGORY.match(category) and category.split("/")[1].startswith("decoy-"), category
    body = _fill(text, subs)
    CASES.append(LabelledCase("blind-en/" + category, file_name, _tabs(body) if tabs else body, None, source))


# =================================================================================================
# Ticketing, checkout and bar payments
# =================================================================================================

_v = stripe_sk()
secret("env/stripe-secret-key", "apps/checkout/.env.production", "https://docs.stripe.com/keys", """\
# Checkout service - production (Waveform Festival 2025)
NODE_ENV=production
PORT=8080
PUBLIC_URL=https://tickets.waveformfest.co.uk
STRIPE_PUBLISHABLE_KEY=pk_live_@@PK@@
STRIPE_SECRET_KEY=@@SK@@
STRIPE_WEBHOOK_SECRET=
STRIPE_ACCOUNT_COUNTRY=GB
TICKET_HOLD_MINUTES=12
QUEUE_IT_CUSTOMER_ID=waveformfest
REDIS_URL=redis://checkout-redis.internal:6379/0
SENTRY_ENVIRONMENT=production
""", _v, PK="51" + mixed(97), SK=_v)

_v = whsec()
secret("python/stripe-webhook-secret", "services/orders/webhooks/stripe_events.py",
       "https://docs.stripe.com/webhooks#verify-official-libraries", '''\
"""Stripe webhook receiver for ticket orders and refunds."""
import logging

import stripe
from flask import Blueprint, abort, request

from orders.fulfilment import issue_tickets, void_tickets

log = logging.getLogger(__name__)
bp = Blueprint("stripe_events", __name__)

# TODO move to SSM before on-sale (Thursday 10:00)
ENDPOINT_SECRET = "@@WH@@"


@bp.post("/webhooks/stripe")
def stripe_webhook():
    payload = request.get_data()
    signature = request.headers.get("Stripe-Signature", "")
    try:
        event = stripe.Webhook.construct_event(payload, signature, ENDPOINT_SECRET)
    except (ValueError, stripe.error.SignatureVerificationError):
        log.warning("rejected stripe event")
        abort(400)

    if event["type"] == "checkout.session.completed":
        issue_tickets(event["data"]["object"]["id"])
    elif event["type"] == "charge.refunded":
        void_tickets(event["data"]["object"]["payment_intent"])
    return "", 204
''', _v, WH=_v)

_v = square_token()
secret("javascript/square-access-token", "bar-pos/scripts/sync-catalog.js",
       "https://developer.squareup.com/docs/build-basics/access-tokens", """\
// Pushes the bar price list (drinks, cups, deposits) to the Square catalog for all bar locations.
const { Client, Environment } = require('square');
const prices = require('../data/bar-prices-2025.json');

const client = new Client({
  environment: Environment.Production,
  accessToken: '@@T@@',
});

async function main() {
  const objects = prices.map((item) => ({
    type: 'ITEM',
    id: `#${item.sku}`,
    itemData: {
      name: item.name,
      variations: [{
        type: 'ITEM_VARIATION',
        id: `#${item.sku}-std`,
        itemVariationData: {
          pricingType: 'FIXED_PRICING',
          priceMoney: { amount: BigInt(item.pence), currency: 'GBP' },
        },
      }],
    },
  }));
  const { result } = await client.catalogApi.batchUpsertCatalogObjects({
    idempotencyKey: `bar-prices-${Date.now()}`,
    batches: [{ objects }],
  });
  console.log(`upserted ${result.objects.length} catalog objects`);
}

main().catch((err) => { console.error(err); process.exit(1); });
""", _v, T=_v)

_v = "cs_" + hexs(40)
secret("php/woocommerce-consumer-secret", "merch-sync/config.php",
       "https://woocommerce.github.io/woocommerce-rest-api-docs/#authentication", """\
<?php
// Merch store (WooCommerce) -> warehouse stock sync, runs every 15 min from cron
return [
    'store_url'       => 'https://shop.lowtidefestival.com',
    'consumer_key'    => 'ck_@@CK@@',
    'consumer_secret' => '@@CS@@',
    'api_version'     => 'wc/v3',
    'warehouse' => [
        'sftp_host' => 'sftp.fulfilment-partner.co.uk',
        'sftp_user' => 'lowtide',
        'key_file'  => __DIR__ . '/keys/warehouse_ed25519',
    ],
    'low_stock_threshold' => 25,
];
""", _v, CK=hexs(40), CS=_v)

_v = "shpat_" + hexs(32)
secret("ruby/shopify-admin-token", "lib/tasks/merch_drop.rake",
       "https://shopify.dev/docs/apps/build/authentication-authorization/access-tokens/generate-app-access-tokens-admin", """\
namespace :merch do
  desc "Publish the limited tour poster drop at the announced time"
  task publish_drop: :environment do
    session = ShopifyAPI::Auth::Session.new(
      shop: "nightshift-merch.myshopify.com",
      access_token: "@@T@@"
    )
    client = ShopifyAPI::Clients::Rest::Admin.new(session: session)
    DropSchedule.due.find_each do |drop|
      client.put(path: "products/#{drop.shopify_product_id}", body: { product: { status: "active" } })
      drop.update!(published_at: Time.current)
      Rails.logger.info("published drop #{drop.handle}")
    end
  end
end
""", _v, T=_v)

_v = adyen_key()
secret("go/adyen-api-key", "cashless/cmd/topup/main.go",
       "https://docs.adyen.com/development-resources/api-credentials/", """\
package main

import (
    "log"
    "net/http"
    "os"

    "github.com/adyen/adyen-go-api-library/v9/src/adyen"
    "github.com/adyen/adyen-go-api-library/v9/src/common"

    "github.com/nightjar-events/cashless/topup"
)

const merchantAccount = "NightjarEventsECOM"

func main() {
    client := adyen.NewClient(&common.Config{
        ApiKey:                "@@KEY@@",
        Environment:           common.LiveEnv,
        LiveEndpointURLPrefix: "1797a841fbb37ca7-NightjarEvents",
    })
    handler := topup.NewHandler(client, merchantAccount)
    addr := ":" + os.Getenv("PORT")
    log.Printf("wristband top-up listening on %s", addr)
    log.Fatal(http.ListenAndServe(addr, handler))
}
""", _v, tabs=True, KEY=_v)

_v = braintree_token()
secret("java/braintree-access-token", "box-office/src/main/java/com/harbourlights/boxoffice/payments/PaymentsConfig.java",
       "https://developer.paypal.com/braintree/docs/guides/paypal/client-side/javascript/v3 (access token credentials)", """\
package com.harbourlights.boxoffice.payments;

import com.braintreegateway.BraintreeGateway;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
public class PaymentsConfig {

    // PayPal via Braintree for box-office card and PayPal payments (live merchant)
    private static final String ACCESS_TOKEN =
        "@@T@@";

    @Bean
    public BraintreeGateway braintreeGateway() {
        return new BraintreeGateway(ACCESS_TOKEN);
    }
}
""", _v, T=_v)

_v = "E" + mixed(79, B64URL)
secret("json/paypal-client-secret", "BoxOffice.Api/appsettings.Production.json",
       "https://developer.paypal.com/api/rest/#link-getclientidandclientsecret", """\
{
  "Logging": {
    "LogLevel": { "Default": "Information", "Microsoft.AspNetCore": "Warning" }
  },
  "AllowedHosts": "*",
  "PayPal": {
    "Mode": "live",
    "ClientId": "A@@CID@@",
    "ClientSecret": "@@CS@@",
    "WebhookId": "@@WHID@@"
  },
  "Tickets": {
    "MaxPerOrder": 6,
    "HoldSeconds": 600
  }
}
""", _v, CID=mixed(79, B64URL), CS=_v, WHID=chars(17, UPPER_ALNUM))

_v = "sup_sk_" + mixed(32)
secret("kotlin/sumup-api-key", "bar-terminal/app/src/main/java/live/saltmarsh/bar/payments/SumUpClient.kt",
       "https://developer.sumup.com/api (API keys, Authorization: Bearer)", """\
package live.saltmarsh.bar.payments

import okhttp3.MediaType.Companion.toMediaType
import okhttp3.OkHttpClient
import okhttp3.Request
import okhttp3.RequestBody.Companion.toRequestBody

object SumUpClient {
    private const val BASE_URL = "https://api.sumup.com/v0.1"
    private const val API_KEY = "@@K@@"
    private const val MERCHANT_CODE = "MC7QXH2P"

    private val http = OkHttpClient()

    fun createCheckout(reference: String, amountPence: Long): String {
        val body = \"\"\"{"checkout_reference":"$reference","amount":${amountPence / 100.0},"currency":"GBP","merchant_code":"$MERCHANT_CODE"}\"\"\"
        val request = Request.Builder()
            .url("$BASE_URL/checkouts")
            .header("Authorization", "Bearer $API_KEY")
            .post(body.toRequestBody("application/json".toMediaType()))
            .build()
        http.newCall(request).execute().use { response ->
            check(response.isSuccessful) { "SumUp checkout failed: ${response.code}" }
            return response.body!!.string()
        }
    }
}
""", _v, K=_v)

_v = "rk_live_51" + mixed(97)
secret("terraform/stripe-restricted-key", "infra/stripe/main.tf",
       "https://registry.terraform.io/providers/lukasaron/stripe/latest/docs", """\
terraform {
  required_providers {
    stripe = {
      source  = "lukasaron/stripe"
      version = "~> 1.9"
    }
  }
}

provider "stripe" {
  # restricted key: webhooks + products write only
  api_key = "@@K@@"
}

resource "stripe_webhook_endpoint" "orders" {
  url         = "https://api.brightwater-weekender.com/webhooks/stripe"
  description = "ticket orders, refunds and disputes"
  enabled_events = [
    "checkout.session.completed",
    "charge.refunded",
    "charge.dispute.created",
  ]
}

resource "stripe_product" "weekend_camping" {
  name        = "Weekend Camping 2025"
  description = "Fri-Mon camping, general admission"
}
""", _v, K=_v)

_v = stripe_sk_old()
secret("powershell/stripe-secret-key", "finance/scripts/Export-StripePayouts.ps1",
       "https://docs.stripe.com/api/authentication", r"""
<#
  Pulls last week's Stripe payouts for the settlement spreadsheet.
  Run from the finance laptop: .\Export-StripePayouts.ps1 -Days 7
#>
param([int]$Days = 7)

$headers = @{ Authorization = "Bearer @@K@@" }
$since = [int][double]::Parse((Get-Date).AddDays(-$Days).ToUniversalTime().Subtract([datetime]'1970-01-01').TotalSeconds)

$payouts = Invoke-RestMethod -Uri "https://api.stripe.com/v1/payouts?limit=100&created[gte]=$since" -Headers $headers
$rows = foreach ($p in $payouts.data) {
    [pscustomobject]@{
        Id      = $p.id
        Arrival = [DateTimeOffset]::FromUnixTimeSeconds($p.arrival_date).Date
        Amount  = $p.amount / 100
        Status  = $p.status
    }
}
$rows | Export-Csv -NoTypeInformation -Path "\\fileserver\finance\settlement\stripe-payouts-$(Get-Date -Format yyyyMMdd).csv"
Write-Host "Exported $($rows.Count) payouts"
""".lstrip("\n"), _v, K=_v)

_v = "live_" + mixed(40, B64URL)
secret("elixir/gocardless-access-token", "vendor_portal/config/prod.exs",
       "https://developer.gocardless.com/getting-started/api/making-your-first-request/", """\
import Config

config :vendor_portal, VendorPortalWeb.Endpoint,
  url: [host: "vendors.northerndrift.events", port: 443, scheme: "https"],
  cache_static_manifest: "priv/static/cache_manifest.json"

# pitch fees are collected from food traders by Direct Debit
config :vendor_portal, :gocardless,
  environment: :live,
  access_token: "@@T@@",
  creditor_id: "CR00006XWQ4M2J"

config :logger, level: :info
""", _v, T=_v)

_v = uuid4()
secret("python/wise-api-token", "vendor_payouts/wise_batch.py",
       "https://docs.wise.com/api-docs/features/authentication-access/personal-tokens", '''\
"""Pay food & bar traders their net takings after the festival via a Wise batch group."""
import csv
import sys
import uuid

import requests

WISE_API = "https://api.transferwise.com"
PROFILE_ID = 18844213
TOKEN = "@@T@@"
HEADERS = {"Authorization": f"Bearer {TOKEN}", "Content-Type": "application/json"}


def create_batch(name: str) -> str:
    resp = requests.post(f"{WISE_API}/v3/profiles/{PROFILE_ID}/batch-groups",
                         json={"name": name, "sourceCurrency": "GBP"}, headers=HEADERS, timeout=30)
    resp.raise_for_status()
    return resp.json()["id"]


def main(path: str) -> None:
    batch = create_batch("Traders settlement 2025")
    with open(path, newline="") as handle:
        for row in csv.DictReader(handle):
            transfer = {"targetAccount": int(row["wise_recipient_id"]), "quoteUuid": row["quote_id"],
                        "customerTransactionId": str(uuid.uuid4()),
                        "details": {"reference": f"Pitch {row['pitch']} settlement"}}
            requests.post(f"{WISE_API}/v3/profiles/{PROFILE_ID}/batch-groups/{batch}/transfers",
                          json=transfer, headers=HEADERS, timeout=30).raise_for_status()
    print("batch", batch, "ready for funding")


if __name__ == "__main__":
    main(sys.argv[1])
''', _v, T=_v)

_v = mixed(48, B64URL)
secret("json/xero-client-secret", "integrations/xero/xero.config.json",
       "https://developer.xero.com/documentation/guides/oauth2/custom-connections/", """\
{
  "clientId": "@@CID@@",
  "clientSecret": "@@CS@@",
  "grantType": "client_credentials",
  "scopes": [
    "accounting.transactions",
    "accounting.contacts",
    "accounting.settings.read"
  ],
  "tenantName": "Kestrel Live Ltd",
  "bills": {
    "accountCode": "5010",
    "trackingCategory": "Festival 2025",
    "defaultTaxType": "INPUT2"
  }
}
""", _v, CID=uhex(32), CS=_v)

_v = mixed(40)
secret("ruby/quickbooks-client-secret", "config/initializers/quickbooks.rb",
       "https://developer.intuit.com/app/developer/qbo/docs/develop/authentication-and-authorization/oauth-2.0", """\
# Artist fees and crew invoices are pushed to QuickBooks Online as bills.
OAUTH_CLIENT = OAuth2::Client.new(
  "AB@@CID@@",
  "@@CS@@",
  site: "https://appcenter.intuit.com/connect/oauth2",
  authorize_url: "https://appcenter.intuit.com/connect/oauth2",
  token_url: "https://oauth.platform.intuit.com/oauth2/v1/tokens/bearer"
)

Quickbooks.sandbox_mode = false
Quickbooks.minorversion = 70
Quickbooks.logger = Rails.logger
Quickbooks.log = Rails.env.development?
""", _v, CID=mixed(48), CS=_v)

_v = chars(20, UPPER_ALNUM)
secret("apps-script/eventbrite-token", "advancing/apps-script/EventbriteSync.gs",
       "https://www.eventbrite.com/platform/api#/introduction/authentication", """\
/**
 * Pulls ticket sales per ticket class into the "Sales" tab every hour (time-driven trigger).
 */
var EVENTBRITE_TOKEN = '@@T@@';
var EVENT_ID = '874512390117';

function syncSales() {
  var url = 'https://www.eventbriteapi.com/v3/events/' + EVENT_ID + '/ticket_classes/';
  var resp = UrlFetchApp.fetch(url, {
    headers: { Authorization: 'Bearer ' + EVENTBRITE_TOKEN },
    muteHttpExceptions: true
  });
  var data = JSON.parse(resp.getContentText());
  var sheet = SpreadsheetApp.getActive().getSheetByName('Sales');
  sheet.getRange(2, 1, sheet.getLastRow(), 4).clearContent();
  data.ticket_classes.forEach(function (tc, i) {
    sheet.getRange(i + 2, 1, 1, 4).setValues([[tc.name, tc.quantity_sold, tc.quantity_total, new Date()]]);
  });
}
""", _v, T=_v)

_v = mixed(32)
secret("java/ticketmaster-api-key", "lineup-feed/src/main/java/events/kestrel/feed/TicketmasterClient.java",
       "https://developer.ticketmaster.com/products-and-docs/apis/getting-started/", """\
package events.kestrel.feed;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

public final class TicketmasterClient {
    private static final String BASE = "https://app.ticketmaster.com/discovery/v2";
    private static final String API_KEY = "@@K@@";

    private final HttpClient http = HttpClient.newHttpClient();

    public String eventsForVenue(String venueId) throws Exception {
        URI uri = URI.create(BASE + "/events.json?venueId=" + venueId + "&size=200&apikey=" + API_KEY);
        HttpRequest request = HttpRequest.newBuilder(uri).GET().build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("Discovery API returned " + response.statusCode());
        }
        return response.body();
    }
}
""", _v, K=_v)

_v = jwt({"sub": "partner:saltmarsh-sound", "scope": "orders:read tickets:read", "iat": 1717430400, "exp": 1780502400})
secret("python/dice-partner-token", "etl/dice/pull_orders.py",
       "https://partners-endpoint.dice.fm/graphql (DICE partner API, bearer token)", '''\
import datetime as dt

import pandas as pd
import requests

DICE_URL = "https://partners-endpoint.dice.fm/graphql"
DICE_TOKEN = "@@T@@"

QUERY = """
query Orders($after: String) {
  viewer { orders(first: 100, after: $after) {
    pageInfo { hasNextPage endCursor }
    edges { node { id purchasedAt quantity total event { name } } }
  } }
}
"""


def fetch_orders() -> pd.DataFrame:
    rows, after = [], None
    for _ in range(500):
        resp = requests.post(DICE_URL, json={"query": QUERY, "variables": {"after": after}},
                             headers={"Authorization": f"Bearer {DICE_TOKEN}"}, timeout=60)
        resp.raise_for_status()
        page = resp.json()["data"]["viewer"]["orders"]
        rows += [edge["node"] for edge in page["edges"]]
        if not page["pageInfo"]["hasNextPage"]:
            break
        after = page["pageInfo"]["endCursor"]
    return pd.json_normalize(rows)


if __name__ == "__main__":
    fetch_orders().to_parquet(f"orders-{dt.date.today()}.parquet")
''', _v, T=_v)

_v = human_pw()
secret("notebook/postgres-password", "analysis/on-sale-day-2025.ipynb",
       "https://www.psycopg.org/docs/module.html#psycopg2.connect", json.dumps({
           "cells": [
               {"cell_type": "markdown", "metadata": {}, "source": ["# On-sale day: sales per minute\n",
                                                                    "Tier 1 sold out in 41 minutes; check queue drop-off."]},
               {"cell_type": "code", "execution_count": 1, "metadata": {}, "outputs": [], "source": [
                   "import pandas as pd\n", "import psycopg2\n", "\n",
                   "conn = psycopg2.connect(host=\"ticketing-replica.c9xq2lmz.eu-west-2.rds.amazonaws.com\",\n",
                   "                        dbname=\"ticketing\", user=\"analyst\", password=\"@@PW@@\")\n",
                   "sales = pd.read_sql(\"select date_trunc('minute', created_at) m, count(*) from orders group by 1\", conn)"]},
               {"cell_type": "code", "execution_count": 2, "metadata": {}, "outputs": [],
                "source": ["sales.set_index('m').plot(figsize=(12, 4))"]},
           ],
           "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
           "nbformat": 4, "nbformat_minor": 5}, indent=1) + "\n", _v, PW=_v)

# =================================================================================================
# Cashless wristbands and access control
# =================================================================================================

_v = uhex(32)
secret("python/ntag424-sdm-key", "access/verifier/sdm_keys.py",
       "NXP AN12196 NTAG 424 DNA features and hints: SUN message (SDMFileReadKey, AES-128)", '''\
"""Keys for verifying the SUN (secure unique NFC) message on NTAG 424 DNA wristbands.

The wristband URL carries PICCData and a CMAC; the gate scanners check it against the
SDM file read key below before opening the turnstile.
"""
from binascii import unhexlify

from Crypto.Cipher import AES
from Crypto.Hash import CMAC

# batch 2025-A, encoded by the wristband supplier on 14 May
SDM_FILE_READ_KEY = unhexlify("@@K@@")
SDM_META_READ_KEY_SLOT = 2


def session_mac_key(uid: bytes, counter: bytes) -> bytes:
    sv2 = b"\\x3c\\xc3\\x00\\x01\\x00\\x80" + uid + counter
    return CMAC.new(SDM_FILE_READ_KEY, msg=sv2, ciphermod=AES).digest()


def valid_cmac(uid: bytes, counter: bytes, cmac: bytes) -> bool:
    full = CMAC.new(session_mac_key(uid, counter), msg=b"", ciphermod=AES).digest()
    return full[1::2] == cmac
''', _v, K=_v)

_v = uhex(32)
secret("csharp/desfire-application-key", "WristbandEncoder/Encoding/DesfireKeys.cs",
       "NXP MIFARE DESFire EV2 datasheet (AES-128 application keys); PC/SC encoder practice", """\
using System;

namespace WristbandEncoder.Encoding
{
    /// <summary>
    /// Keys written to the cashless application (AID F0 1A 25) on every wristband at encoding time.
    /// Key 0 is the application master key; key 1 authorises debit at the bars.
    /// </summary>
    internal static class DesfireKeys
    {
        public static readonly byte[] ApplicationId = { 0xF0, 0x1A, 0x25 };

        public static readonly byte[] AppMasterKey = Convert.FromHexString("@@K@@");

        public const byte DebitKeyNo = 1;
        public const byte CreditKeyNo = 2;
        public const int KeyVersion = 3;
    }
}
""", _v, K=_v)

_v = hexs(40)
secret("yaml/cashless-api-token", "cashless-bridge/config/production.yml",
       "Cashless platform REST API (Authorization: Token token=...), vendor integration guide", """\
# Bridge between the cashless platform and the site POS tills
environment: production
event:
  name: Brightwater Weekender 2025
  cashless_event_id: 4812
  currency: GBP
cashless_api:
  base_url: https://api.cashless-platform.io/companies/brightwater/api/v2
  auth_header: "Token token=@@T@@"
  timeout_seconds: 15
sync:
  topups_every: 30s
  refunds_window_days: 28
  offline_queue: /var/lib/cashless-bridge/queue.db
logging:
  level: info
  file: /var/log/cashless-bridge/bridge.log
""", _v, T=_v)

_v = mixed(32)
secret("systemd/cashless-topup-key", "deploy/systemd/topup-kiosk.service",
       "https://www.freedesktop.org/software/systemd/man/latest/systemd.exec.html#Environment=", """\
[Unit]
Description=Wristband top-up kiosk agent
After=network-online.target pcscd.service
Wants=network-online.target

[Service]
User=kiosk
WorkingDirectory=/opt/topup-kiosk
Environment=KIOSK_SITE=main-arena
Environment=TOPUP_API_URL=https://topup.nightjar-events.com/api
Environment=TOPUP_API_KEY=@@K@@
ExecStart=/opt/topup-kiosk/bin/kiosk-agent --reader "ACS ACR1252 Dual Reader PICC 0"
Restart=always
RestartSec=3

[Install]
WantedBy=multi-user.target
""", _v, K=_v)

_v = base64.b64encode(rand_bytes(32)).decode()
secret("swift/cashless-hmac-key", "FestivalWallet/Sources/Wallet/TopUpSigner.swift",
       "https://developer.apple.com/documentation/cryptokit/hmac", """\
import CryptoKit
import Foundation

/// Signs top-up requests from the festival app so the cashless backend accepts them.
struct TopUpSigner {
    // shared with cashless-backend (config/hmac.yml)
    private static let signingKey = SymmetricKey(
        data: Data(base64Encoded: "@@K@@")!
    )

    static func signature(for body: Data, timestamp: Int) -> String {
        var message = Data("\\(timestamp).".utf8)
        message.append(body)
        let mac = HMAC<SHA256>.authenticationCode(for: message, using: signingKey)
        return Data(mac).base64EncodedString()
    }
}
""", _v, K=_v)

_v = gen_pw(20, "-_.")
secret("rust/mqtt-password", "reader-daemon/src/main.rs",
       "https://docs.rs/rumqttc/latest/rumqttc/struct.MqttOptions.html#method.set_credentials", """\
use rumqttc::{AsyncClient, MqttOptions, QoS};
use std::time::Duration;

mod reader;

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    let gate = std::env::var("GATE_ID").unwrap_or_else(|_| "north-gate-03".to_string());
    let mut opts = MqttOptions::new(format!("reader-{gate}"), "mqtt.site.saltmarsh.live", 8883);
    opts.set_keep_alive(Duration::from_secs(10));
    opts.set_credentials("gate-readers", "@@PW@@");

    let (client, mut eventloop) = AsyncClient::new(opts, 64);
    let topic = format!("access/{gate}/scans");

    tokio::spawn(async move {
        loop {
            if let Err(e) = eventloop.poll().await {
                eprintln!("mqtt: {e}");
                tokio::time::sleep(Duration::from_secs(2)).await;
            }
        }
    });

    for scan in reader::scans()? {
        client.publish(&topic, QoS::AtLeastOnce, false, scan.to_json()).await?;
    }
    Ok(())
}
""", _v, PW=_v)

# =================================================================================================
# Artist advancing, CRM and marketing
# =================================================================================================

_v = "pat" + mixed(14) + "." + hexs(64)
secret("apps-script/airtable-token", "advancing/apps-script/AdvanceToAirtable.gs",
       "https://airtable.com/developers/web/guides/personal-access-tokens", """\
// Copies rider and hospitality answers from the advance form into the Airtable "Artists" base.
const AIRTABLE_PAT = '@@T@@';
const BASE_ID = 'appQ3xW9mKd2LrT8v';
const TABLE = 'Advances';

function onFormSubmit(e) {
  const answers = e.namedValues;
  const record = {
    fields: {
      'Artist': answers['Artist / band name'][0],
      'Tour manager': answers['Tour manager'][0],
      'Arrival': answers['Arrival date & time'][0],
      'Hospitality rider': answers['Hospitality rider'][0],
      'Guest list': Number(answers['Guest list places'][0] || 0)
    }
  };
  UrlFetchApp.fetch('https://api.airtable.com/v0/' + BASE_ID + '/' + encodeURIComponent(TABLE), {
    method: 'post',
    contentType: 'application/json',
    headers: { Authorization: 'Bearer ' + AIRTABLE_PAT },
    payload: JSON.stringify({ records: [record] })
  });
}
""", _v, T=_v)

_v = "secret_" + mixed(43)
secret("python/notion-token", "advancing/notion_sync.py",
       "https://developers.notion.com/docs/authorization#internal-integration-auth-flow-set-up", '''\
"""Mirror the advancing tracker (Notion database) into the day sheets generator."""
from notion_client import Client

notion = Client(auth="@@T@@")
DATABASE_ID = "8f3c1e2a9b7d4c6e8a1f2b3c4d5e6f70"


def advances_for(day: str) -> list[dict]:
    result = notion.databases.query(
        database_id=DATABASE_ID,
        filter={"property": "Show day", "select": {"equals": day}},
        sorts=[{"property": "Stage time", "direction": "ascending"}],
    )
    rows = []
    for page in result["results"]:
        props = page["properties"]
        rows.append({
            "artist": props["Artist"]["title"][0]["plain_text"],
            "stage": props["Stage"]["select"]["name"],
            "load_in": props["Load in"]["rich_text"][0]["plain_text"] if props["Load in"]["rich_text"] else "",
            "advanced": props["Advanced"]["checkbox"],
        })
    return rows
''', _v, T=_v)

_v = hexs(40)
secret("php/master-tour-api-secret", "advancing-portal/src/MasterTour/Client.php",
       "Master Tour API (Eventric): OAuth 1.0a key and secret from the Master Tour admin", """\
<?php

namespace Advancing\\MasterTour;

use GuzzleHttp\\Client as Http;
use GuzzleHttp\\HandlerStack;
use GuzzleHttp\\Subscriber\\Oauth\\Oauth1;

final class Client
{
    private const KEY = 'kestrel-live-prod';
    private const SECRET = '@@S@@';

    public static function make(): Http
    {
        $stack = HandlerStack::create();
        $stack->push(new Oauth1([
            'consumer_key'    => self::KEY,
            'consumer_secret' => self::SECRET,
            'token'           => '',
            'token_secret'    => '',
        ]));

        return new Http([
            'base_uri' => 'https://my.eventric.com/portal/api/v5/',
            'handler'  => $stack,
            'auth'     => 'oauth',
        ]);
    }
}
""", _v, S=_v)

_v = hexs(32)
secret("javascript/spotify-client-secret", "lineup-playlist/index.js",
       "https://developer.spotify.com/documentation/web-api/tutorials/client-credentials-flow", """\
// Rebuilds the "Waveform 2025 lineup" playlist from the published lineup JSON.
import fetch from 'node-fetch';
import lineup from './lineup-2025.json' assert { type: 'json' };

const CLIENT_ID = '@@CID@@';
const CLIENT_SECRET = '@@CS@@';

async function appToken() {
  const res = await fetch('https://accounts.spotify.com/api/token', {
    method: 'POST',
    headers: {
      Authorization: 'Basic ' + Buffer.from(`${CLIENT_ID}:${CLIENT_SECRET}`).toString('base64'),
      'Content-Type': 'application/x-www-form-urlencoded',
    },
    body: 'grant_type=client_credentials',
  });
  return (await res.json()).access_token;
}

const token = await appToken();
for (const act of lineup.acts) {
  const q = encodeURIComponent(`artist:${act.name}`);
  const res = await fetch(`https://api.spotify.com/v1/search?type=artist&limit=1&q=${q}`, {
    headers: { Authorization: `Bearer ${token}` },
  });
  const { artists } = await res.json();
  console.log(act.name, artists.items[0]?.id ?? 'not found');
}
""", _v, CID=hexs(32), CS=_v)

_v = "pk_" + hexs(34)
secret("r/klaviyo-private-key", "marketing/segments/early_bird_segments.R",
       "https://developers.klaviyo.com/en/docs/authenticate_#private-key-authentication", """\
# Early-bird buyers by postcode area -> Klaviyo list for the travel-pass upsell
library(httr2)
library(dplyr)
library(readr)

klaviyo_key <- "@@K@@"
buyers <- read_csv("exports/early_bird_buyers.csv") |>
  filter(consent_marketing == TRUE) |>
  mutate(area = sub("^([A-Z]{1,2}).*", "\\\\1", postcode))

north <- buyers |> filter(area %in% c("LS", "M", "NE", "YO", "HU"))

req <- request("https://a.klaviyo.com/api/lists/WqZ8tD/relationships/profiles") |>
  req_headers(Authorization = paste("Klaviyo-API-Key", klaviyo_key),
              revision = "2024-10-15") |>
  req_body_json(list(data = lapply(north$klaviyo_id, function(id) list(type = "profile", id = id))))
resp <- req_perform(req)
message("added ", nrow(north), " profiles, status ", resp_status(resp))
""", _v, K=_v)

_v = "pat-na1-" + uuid4()
secret("php/hubspot-private-app-token", "sponsor-crm/bin/sync-sponsors.php",
       "https://developers.hubspot.com/docs/api/private-apps", """\
<?php
// Sync sponsor deliverables (banners, sampling pitches, VIP passes) to HubSpot deals.
require __DIR__ . '/../vendor/autoload.php';

$hubspot = \\HubSpot\\Factory::createWithAccessToken('@@T@@');

$sponsors = json_decode(file_get_contents(__DIR__ . '/../data/sponsors-2025.json'), true);
foreach ($sponsors as $sponsor) {
    $props = new \\HubSpot\\Client\\Crm\\Deals\\Model\\SimplePublicObjectInput([
        'properties' => [
            'dealname'            => $sponsor['brand'] . ' - Festival 2025',
            'amount'              => $sponsor['fee'],
            'vip_passes'          => $sponsor['vip_passes'],
            'sampling_pitch'      => $sponsor['pitch'] ?? '',
        ],
    ]);
    $hubspot->crm()->deals()->basicApi()->update($sponsor['hubspot_deal_id'], $props);
    echo "updated {$sponsor['brand']}\\n";
}
""", _v, T=_v)

_v = sendgrid_key()
secret("typescript/sendgrid-api-key", "apps/notify/src/mailer.ts",
       "https://www.twilio.com/docs/sendgrid/ui/account-and-settings/api-keys", """\
import sgMail from '@sendgrid/mail';

import type { Order } from '../types';

sgMail.setApiKey('@@K@@');

const FROM = { email: 'tickets@lowtidefestival.com', name: 'Lowtide Festival' };

export async function sendTicketEmail(order: Order): Promise<void> {
  await sgMail.send({
    to: order.email,
    from: FROM,
    templateId: 'd-3f7a91c04b2e4d5f9a8b7c6d5e4f3a2b',
    dynamicTemplateData: {
      firstName: order.firstName,
      orderRef: order.reference,
      tickets: order.tickets.map((t) => ({ type: t.type, holder: t.holderName })),
      walletUrl: `https://tickets.lowtidefestival.com/wallet/${order.reference}`,
    },
  });
}
""", _v, K=_v)

_v = hexs(32) + "-us21"
secret("notebook/mailchimp-api-key", "marketing/notebooks/newsletter_lists.ipynb",
       "https://mailchimp.com/developer/marketing/guides/quick-start/", json.dumps({
           "cells": [
               {"cell_type": "markdown", "metadata": {}, "source": ["## Merge 2024 attendees into the 2025 newsletter audience"]},
               {"cell_type": "code", "execution_count": 3, "metadata": {}, "outputs": [], "source": [
                   "import mailchimp_marketing as MailchimpMarketing\n",
                   "client = MailchimpMarketing.Client()\n",
                   "client.set_config({\"api_key\": \"@@K@@\", \"server\": \"us21\"})\n",
                   "client.ping.get()"]},
               {"cell_type": "code", "execution_count": 4, "metadata": {}, "outputs": [], "source": [
                   "import pandas as pd\n",
                   "attendees = pd.read_csv('attendees_2024_optin.csv')\n",
                   "len(attendees)"]},
           ],
           "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
           "nbformat": 4, "nbformat_minor": 5}, indent=1) + "\n", _v, K=_v)

_v = hexs(32) + "-" + hexs(8) + "-" + hexs(8)
secret("php/mailgun-api-key", "wp-content/mu-plugins/festival-mailer.php",
       "https://documentation.mailgun.com/docs/mailgun/api-reference/authentication/", """\
<?php
/**
 * Plugin Name: Festival Mailer
 * Description: Sends volunteer shift confirmations through Mailgun instead of wp_mail's default.
 */

use Mailgun\\Mailgun;

add_action('volunteer_shift_confirmed', function (array $shift) {
    $mg = Mailgun::create('@@K@@', 'https://api.eu.mailgun.net');
    $mg->messages()->send('mg.kestrel-live.com', [
        'from'    => 'Volunteers <volunteers@kestrel-live.com>',
        'to'      => $shift['email'],
        'subject' => sprintf('Your %s shift on %s', $shift['role'], $shift['day']),
        'text'    => sprintf("Hi %s,\\n\\nYou are on %s at %s. Collect your wristband at Crew Check-in.",
                             $shift['name'], $shift['role'], $shift['start']),
    ]);
});
""", _v, K=_v)

_v = uuid4()
secret("ruby/postmark-server-token", "app/mailers/application_mailer.rb",
       "https://postmarkapp.com/developer/api/overview#authentication", """\
class ApplicationMailer < ActionMailer::Base
  default from: "Northern Drift <hello@northerndrift.events>"
  layout "mailer"
end

Rails.application.configure do
  config.action_mailer.delivery_method = :postmark
  config.action_mailer.postmark_settings = {
    api_token: "@@T@@",
    message_stream: "ticket-receipts"
  }
end
""", _v, T=_v)

_v = b64("tok:" + uuid4().replace("-", "_") + ":1:0")
secret("javascript/intercom-access-token", "support-bot/src/intercom.js",
       "https://developers.intercom.com/docs/build-an-integration/learn-more/authentication", """\
// Tags festival-goer conversations ("lost property", "refunds", "accessibility") from keywords.
const axios = require('axios');

const intercom = axios.create({
  baseURL: 'https://api.intercom.io',
  headers: {
    Authorization: 'Bearer @@T@@',
    'Intercom-Version': '2.11',
    Accept: 'application/json',
  },
});

const RULES = [
  { tag: 'lost-property', words: ['lost', 'phone', 'wallet', 'found'] },
  { tag: 'refunds', words: ['refund', 'cancel', 'resale'] },
  { tag: 'accessibility', words: ['wheelchair', 'viewing platform', 'carer'] },
];

async function tagConversation(conversation) {
  const text = (conversation.source.body || '').toLowerCase();
  for (const rule of RULES) {
    if (rule.words.some((w) => text.includes(w))) {
      await intercom.post(`/conversations/${conversation.id}/tags`, { id: rule.tag, admin_id: '7341182' });
    }
  }
}

module.exports = { tagConversation };
""", _v, T=_v)

_v = hexs(20)
secret("php/pusher-app-secret", "festival-app-api/config/broadcasting.php",
       "https://pusher.com/docs/channels/server_api/http-api/#authentication", """\
<?php

return [
    'default' => env('BROADCAST_DRIVER', 'pusher'),

    'connections' => [
        // live set-time changes and stage clashes pushed to the app
        'pusher' => [
            'driver'  => 'pusher',
            'key'     => '@@KEY@@',
            'secret'  => '@@S@@',
            'app_id'  => '1784402',
            'options' => [
                'cluster' => 'eu',
                'useTLS'  => true,
            ],
        ],

        'log' => ['driver' => 'log'],
        'null' => ['driver' => 'null'],
    ],
];
""", _v, KEY=hexs(20), S=_v)

_v = chars(6, ALNUM) + "." + chars(6, ALNUM) + ":" + mixed(43, B64URL)
secret("go/ably-api-key", "live-updates/internal/push/ably.go",
       "https://ably.com/docs/auth/basic", """\
package push

import (
    "context"

    "github.com/ably/ably-go/ably"
)

// Publisher sends queue-length and stage-capacity updates to the app's "site-status" channel.
type Publisher struct {
    channel *ably.RealtimeChannel
}

func NewPublisher() (*Publisher, error) {
    client, err := ably.NewRealtime(ably.WithKey("@@K@@"), ably.WithAutoConnect(true))
    if err != nil {
        return nil, err
    }
    return &Publisher{channel: client.Channels.Get("site-status")}, nil
}

func (p *Publisher) StageCapacity(ctx context.Context, stage string, percent int) error {
    return p.channel.Publish(ctx, "capacity", map[string]any{"stage": stage, "percent": percent})
}
""", _v, tabs=True, K=_v)

_v = "AAAA" + chars(7, ALNUM + "-_") + ":APA91b" + chars(134, B64URL)
secret("python/fcm-server-key", "app-backend/push/send_clash_alert.py",
       "https://firebase.google.com/docs/cloud-messaging/http-server-ref (legacy server key)", '''\
import requests

FCM_URL = "https://fcm.googleapis.com/fcm/send"
SERVER_KEY = "@@K@@"


def send_clash_alert(topic: str, artist: str, stage: str, new_time: str) -> None:
    body = {
        "to": f"/topics/{topic}",
        "notification": {
            "title": f"{artist} has moved",
            "body": f"Now on the {stage} at {new_time}",
        },
        "data": {"type": "set_time_change", "artist": artist},
    }
    resp = requests.post(FCM_URL, json=body, headers={"Authorization": f"key={SERVER_KEY}"}, timeout=10)
    resp.raise_for_status()


if __name__ == "__main__":
    send_clash_alert("favourites-main-stage", "The Velvet Static", "Main Stage", "21:45")
''', _v, K=_v)

_v = b64(uuid4())
secret("ruby/onesignal-rest-key", "app/services/push_notifier.rb",
       "https://documentation.onesignal.com/reference/create-notification (REST API key)", """\
require "net/http"
require "json"

class PushNotifier
  ENDPOINT = URI("https://onesignal.com/api/v1/notifications")
  APP_ID = "5eb5a37e-b458-11e3-ac11-000c2940e62c"
  REST_KEY = "@@K@@"

  def self.weather_warning(message)
    req = Net::HTTP::Post.new(ENDPOINT, "Content-Type" => "application/json",
                                        "Authorization" => "Basic #{REST_KEY}")
    req.body = { app_id: APP_ID, included_segments: ["On site"], headings: { en: "Weather update" },
                 contents: { en: message }, priority: 10 }.to_json
    Net::HTTP.start(ENDPOINT.host, ENDPOINT.port, use_ssl: true) { |http| http.request(req) }
  end
end
""", _v, K=_v)

# =================================================================================================
# Stage, lighting and show control
# =================================================================================================

_v = slack_webhook()
secret("lua/slack-webhook", "lighting/ma3-plugins/CueNotify/CueNotify.lua",
       "https://api.slack.com/messaging/webhooks ; grandMA3 Lua plugin reference (HTTP via os.execute)", """\
-- CueNotify: posts the fired cue to #mainstage-lx so the video and pyro desks can follow along.
local WEBHOOK = "@@W@@"

local function post(text)
  local body = string.format('{"text":"%s"}', text:gsub('"', '\\\\"'))
  os.execute(string.format("curl -s -m 2 -X POST -H 'Content-Type: application/json' -d '%s' '%s' &",
                           body, WEBHOOK))
end

local function main(displayHandle, argument)
  local seq = SelectedSequence()
  local cue = seq:CurrentChild()
  if cue then
    post(string.format("MA3 %s: %s - %s", seq.name, cue.no / 1000, cue.name))
  else
    Printf("CueNotify: no current cue")
  end
end

return main
""", _v, W=_v)

_v = slack_bot()
secret("applescript/slack-bot-token", "show-control/qlab/Standby To Slack.applescript",
       "https://api.slack.com/methods/chat.postMessage ; QLab AppleScript dictionary", """\
-- QLab script cue: announce the next standby to #stage-managers
set slackToken to "@@T@@"
set channelId to "C05QX8S2L7N"

tell application id "com.figure53.QLab.5" to tell front workspace
	set nextCue to item 1 of (selected as list)
	set cueLabel to (q number of nextCue) & " " & (q name of nextCue)
end tell

set payload to "{\\"channel\\":\\"" & channelId & "\\",\\"text\\":\\"STANDBY " & cueLabel & "\\"}"
do shell script "curl -s -X POST https://slack.com/api/chat.postMessage " & ¬
	"-H 'Authorization: Bearer " & slackToken & "' " & ¬
	"-H 'Content-Type: application/json; charset=utf-8' " & ¬
	"-d " & quoted form of payload
""", _v, T=_v)

_v = gen_pw(16)
secret("json/obs-websocket-password", "video/companion/mainstage-imag.companionconfig",
       "https://github.com/bitfocus/companion-module-obs-studio (config: host, port, pass)", json.dumps({
           "version": 4,
           "type": "full",
           "instances": {
               "kQ2vR8tLx": {"instance_type": "obs-studio", "label": "obs_imag", "isFirstInit": False,
                              "config": {"host": "10.40.12.21", "port": "4455", "pass": "@@PW@@"},
                              "enabled": True, "sortOrder": 0},
               "Zp7Hd1aWm": {"instance_type": "bmd-atem", "label": "atem_main",
                              "config": {"host": "10.40.12.10", "modelID": "13"}, "enabled": True, "sortOrder": 1},
           },
           "controls": {"bank:1-1": {"type": "button", "style": {"text": "IMAG\\nLIVE", "bgcolor": 16711680},
                                     "steps": {"0": {"action_sets": {"down": [{"instance": "kQ2vR8tLx",
                                                                               "action": "set_scene",
                                                                               "options": {"scene": "IMAG Live"}}]}}}}},
       }, indent=2) + "\n", _v, PW=_v)

_v = passphrase("")
secret("cisco-ios/radius-key", "network/site/core-sw01.cfg",
       "https://www.cisco.com/c/en/us/td/docs/ios-xml/ios/sec_usr_rad/configuration/xe-16/sec-usr-rad-xe-16-book/sec-cfg-radius.html", """\
hostname core-sw01-production-office
!
aaa new-model
aaa group server radius SITE-NPS
 server name NPS01
!
aaa authentication login default group SITE-NPS local
aaa authorization exec default group SITE-NPS local
!
radius server NPS01
 address ipv4 10.10.0.15 auth-port 1812 acct-port 1813
 key 0 @@K@@
!
vlan 20
 name BOX-OFFICE
vlan 30
 name CASHLESS-POS
vlan 40
 name PRODUCTION-WIFI
!
interface GigabitEthernet1/0/48
 description uplink-to-FOH-fibre
 switchport mode trunk
!
end
""", _v, K=_v)

_v = human_pw()
secret("routeros/wifi-psk", "network/site/ap-backstage.rsc",
       "https://help.mikrotik.com/docs/display/ROS/Wireless+Interface (security-profiles)", """\
# 2025-06-02 09:14:55 by RouterOS 7.14.3
# model = cAP ax
/interface wireless security-profiles
set [ find default=yes ] supplicant-identity=MikroTik
add authentication-types=wpa2-psk mode=dynamic-keys name=artists \\
    wpa2-pre-shared-key="@@PSK@@"
/interface wireless
set [ find default-name=wlan1 ] band=5ghz-a/n/ac country="united kingdom" \\
    disabled=no mode=ap-bridge security-profile=artists ssid="Backstage-Artists"
/ip address
add address=10.60.0.2/24 interface=bridge network=10.60.0.0
/system identity
set name=ap-backstage-01
""", _v, PSK=_v)

_v = passphrase()
secret("hostapd/wifi-psk", "network/box-office/hostapd.conf",
       "https://w1.fi/cgit/hostap/plain/hostapd/hostapd.conf", """\
# Box office Raspberry Pi access point (ticket scanners and card terminals only)
interface=wlan0
driver=nl80211
ssid=BO-Scanners
hw_mode=a
channel=36
country_code=GB
ieee80211n=1
ieee80211ac=1
wmm_enabled=1
ignore_broadcast_ssid=1
auth_algs=1
wpa=2
wpa_key_mgmt=WPA-PSK
rsn_pairwise=CCMP
wpa_passphrase=@@PSK@@
""", _v, PSK=_v)

_v = wg_private()
secret("wireguard/private-key", "network/vpn/wg-foh.conf",
       "https://www.wireguard.com/quickstart/ ; wg-quick(8)", """\
# FOH rack <-> production office (site fibre is down more often than not, this rides 4G)
[Interface]
Address = 10.99.0.2/24
ListenPort = 51820
PrivateKey = @@K@@
DNS = 10.10.0.1

[Peer]
# production office gateway
PublicKey = @@PUB@@
Endpoint = 185.44.12.7:51820
AllowedIPs = 10.10.0.0/16, 10.99.0.0/24
PersistentKeepalive = 25
""", _v, K=_v, PUB=wg_public())

_v = "-----BEGIN OpenVPN Static key V1-----\n" + "\n".join(hexs(32) for _ in range(16)) + "\n-----END OpenVPN Static key V1-----"
secret("openvpn/static-key", "network/vpn/ticket-scanners.ovpn",
       "https://openvpn.net/community-resources/reference-manual-for-openvpn-2-6/ (--tls-crypt, --genkey)", """\
client
dev tun
proto udp
remote vpn.waveformfest.co.uk 1194
resolv-retry infinite
nobind
persist-key
persist-tun
remote-cert-tls server
cipher AES-256-GCM
verb 3
<tls-crypt>
#
# 2048 bit OpenVPN static key
#
@@K@@
</tls-crypt>
""", _v, K=_v)

# =================================================================================================
# Streaming and broadcast
# =================================================================================================

_v = f"live_{digits(9)}_{mixed(30)}"
secret("json/twitch-stream-key", "video/obs/profiles/Livestream/service.json",
       "https://help.twitch.tv/s/article/twitch-stream-key-faq ; OBS Studio service.json", """\
{
    "settings": {
        "bwtest": false,
        "key": "@@K@@",
        "server": "rtmp://lhr08.contribute.live-video.net/app",
        "service": "Twitch",
        "protocol": "RTMP"
    },
    "type": "rtmp_common"
}
""", _v, K=_v)

_v = "-".join(chars(4, LOWER_ALNUM) for _ in range(5))
secret("nginx/youtube-stream-key", "video/relay/nginx.conf",
       "https://github.com/arut/nginx-rtmp-module/wiki/Directives#push ; YouTube Live ingestion", """\
worker_processes auto;
events { worker_connections 1024; }

rtmp {
    server {
        listen 1935;
        chunk_size 4096;

        # vision mixer -> relay -> YouTube + archive
        application live {
            live on;
            record off;
            allow publish 10.40.12.0/24;
            deny publish all;

            push rtmp://a.rtmp.youtube.com/live2/@@K@@;
            push rtmp://127.0.0.1/archive;
        }

        application archive {
            live on;
            record all;
            record_path /srv/recordings;
            record_unique on;
        }
    }
}
""", _v, K=_v)

_v = "FB-" + digits(17) + "-0-Ab" + mixed(28, B64URL)
secret("xml/facebook-stream-key", "video/vmix/StreamingSettings.xml",
       "https://www.facebook.com/business/help/1968707740106188 (stream key) ; vMix streaming settings", """\
<?xml version="1.0" encoding="utf-8"?>
<StreamingSettings>
  <Destination index="0" enabled="True">
    <Name>Facebook Live - Saltmarsh Sound</Name>
    <Url>rtmps://live-api-s.facebook.com:443/rtmp/</Url>
    <StreamName>@@K@@</StreamName>
    <Quality>1080p 6000kbps</Quality>
  </Destination>
  <Destination index="1" enabled="False">
    <Name>Custom RTMP</Name>
    <Url></Url>
    <StreamName></StreamName>
  </Destination>
  <Encoder>NVENC H.264</Encoder>
  <KeyframeInterval>2</KeyframeInterval>
</StreamingSettings>
""", _v, K=_v)

_v = f"sk_eu-west-1_{mixed(12)}_{mixed(30)}"
secret("markdown/ivs-stream-key", "docs/runbooks/livestream-backup.md",
       "https://docs.aws.amazon.com/ivs/latest/LowLatencyUserGuide/getting-started-create-channel.html", """\
# Livestream backup path (Amazon IVS)

If the YouTube relay drops for more than 30 s, the director calls "switch to backup" on channel 4.

1. On the encoder laptop, stop the primary output in OBS.
2. Start the backup push:

```bash
ffmpeg -re -i srt://10.40.12.30:9000 -c copy -f flv \\
  "rtmps://a1b2c3d4e5f6.global-contribute.live-video.net:443/app/@@K@@"
```

3. Post in #stream-ops that the player embed is now on the IVS playback URL.
4. When YouTube is healthy again, restart the relay and switch back at the next changeover.
""", _v, K=_v)

_v = gen_pw(24, "-_.")
secret("shell/srt-passphrase", "video/scripts/contribution-feed.sh",
       "https://github.com/Haivision/srt/blob/master/docs/apps/srt-live-transmit.md (passphrase, pbkeylen)", """\
#!/usr/bin/env bash
# Contribution feed from the Second Stage flypack to the broadcast truck over the site LAN.
set -euo pipefail

STAGE="${1:-second-stage}"
TRUCK_IP="10.40.20.5"

exec srt-live-transmit \\
  "udp://:5000?adapter=10.40.21.2" \\
  "srt://${TRUCK_IP}:9001?mode=caller&latency=250&pbkeylen=32&passphrase=@@PW@@&streamid=${STAGE}" \\
  -s:1000 -v
""", _v, PW=_v)

_v = mixed(75, B64)
secret("env/mux-token-secret", "apps/vod/.env",
       "https://docs.mux.com/core/make-api-requests#http-basic-auth", """\
# Festival on-demand sets (Mux Video)
MUX_TOKEN_ID=@@ID@@
MUX_TOKEN_SECRET=@@S@@
MUX_WEBHOOK_PATH=/api/mux/webhook
NEXT_PUBLIC_SITE_URL=https://watch.waveformfest.co.uk
PLAYBACK_POLICY=public
""", _v, ID=uuid4(), S=_v)

_v = mixed(64)
secret("python/wowza-api-key", "video/wowza/start_stages.py",
       "https://www.wowza.com/docs/wowza-video-rest-api (wsc-api-key, wsc-access-key)", '''\
"""Start the Wowza live streams for every stage 45 minutes before gates open."""
import requests

API = "https://api.video.wowza.com/api/v1.11"
HEADERS = {
    "wsc-api-key": "@@K@@",
    "wsc-access-key": "@@A@@",
    "Content-Type": "application/json",
}
STAGES = {
    "main": "w1xqk5vd",
    "second": "bz4ltc9p",
    "woodland": "k7mfhr2d",
}

for name, stream_id in STAGES.items():
    resp = requests.put(f"{API}/live_streams/{stream_id}/start", headers=HEADERS, timeout=20)
    print(name, resp.status_code, resp.json().get("live_stream", {}).get("state"))
''', _v, K=_v, A=mixed(64))

_v = mixed(40, B64URL)
secret("toml/cloudflare-api-token", "video/stream-worker/wrangler.toml",
       "https://developers.cloudflare.com/fundamentals/api/get-started/create-token/", """\
name = "stream-signer"
main = "src/index.ts"
compatibility_date = "2024-09-23"
account_id = "4f8a1c2e9b7d3a6f0e5c8b1a2d4f6e8c"

[vars]
STREAM_CUSTOMER_CODE = "customer-x7q2m9k4lp1n8r5t"
SIGNED_URL_TTL = "3600"
CF_API_TOKEN = "@@T@@"

[[kv_namespaces]]
binding = "ENTITLEMENTS"
id = "0b1c2d3e4f5a6b7c8d9e0f1a2b3c4d5e"
""", _v, T=_v)

_v = hexs(32)
secret("javascript/vimeo-access-token", "site/scripts/upload-aftermovie.js",
       "https://developer.vimeo.com/api/authentication", """\
// Upload the aftermovie to the festival Vimeo account as unlisted until the launch post.
const { Vimeo } = require('@vimeo/vimeo');
const path = require('path');

const client = new Vimeo(
  'f1c3a5e7b9d2f4a6c8e0b2d4f6a8c0e2b4d6f8a0',
  null,
  '@@T@@'
);

const file = path.resolve(process.argv[2] || 'exports/aftermovie-2025-master.mp4');

client.upload(
  file,
  { name: 'Northern Drift 2025 - Aftermovie', privacy: { view: 'unlisted' } },
  (uri) => console.log('uploaded:', uri),
  (bytes, total) => process.stdout.write(`\\r${((bytes / total) * 100).toFixed(1)}%`),
  (err) => { console.error('upload failed:', err); process.exit(1); },
);
""", _v, T=_v)

_v = "GOCSPX-" + mixed(28, B64URL)
secret("yaml/google-oauth-client-secret", "video/scheduler/config.yaml",
       "https://developers.google.com/youtube/v3/guides/auth/server-side-web-apps", """\
# Creates the YouTube live broadcasts for each stage from the published running order.
youtube:
  channel_id: UCq8f3Vx2mK7pL9sT4nR1wYg
  oauth:
    client_id: 402918337561-4k2hq9f7v1mbt8o0e3s6c5a2r9d1jn7u.apps.googleusercontent.com
    client_secret: @@S@@
    token_file: /var/lib/yt-scheduler/token.json
  privacy: unlisted
  enable_dvr: true
running_order:
  url: https://api.brightwater-weekender.com/v1/running-order
  stages: [main, big-top, woodland]
""", _v, S=_v)

_v = uuid4()
secret("typescript/livepeer-api-key", "apps/replay/src/lib/livepeer.ts",
       "https://docs.livepeer.org/api-reference/overview/authentication", """\
import { Livepeer } from 'livepeer';

export const livepeer = new Livepeer({
  apiKey: '@@K@@',
});

export async function createStageStream(stage: string) {
  const { stream } = await livepeer.stream.create({
    name: `lowtide-2025-${stage}`,
    record: true,
    profiles: [
      { name: '720p', bitrate: 3000000, fps: 30, width: 1280, height: 720 },
      { name: '480p', bitrate: 1200000, fps: 30, width: 854, height: 480 },
    ],
  });
  return { ingest: stream?.streamKey, playbackId: stream?.playbackId };
}
""", _v, K=_v)

# =================================================================================================
# Crowd safety radios, comms and site monitoring
# =================================================================================================

_v = uhex(64)
secret("xml/radio-aes-key", "radios/codeplug/safety-team-export.xml",
       "Motorola MOTOTRBO CPS2 / Hytera CPS codeplug exports: Enhanced Privacy (AES-256) key list", """\
<?xml version="1.0" encoding="UTF-8"?>
<Codeplug model="DP4801e" cpsVersion="2.153.292.0" exported="2025-05-28T16:02:11">
  <GeneralSettings>
    <RadioAlias>SAFETY-%ID%</RadioAlias>
    <TxPowerDefault>High</TxPowerDefault>
  </GeneralSettings>
  <PrivacySettings>
    <PrivacyType>EnhancedAES256</PrivacyType>
    <KeyList>
      <Key index="1" alias="SAFETY-2025" id="7">@@K@@</Key>
    </KeyList>
  </PrivacySettings>
  <Channels>
    <Channel zone="Site" name="CTRL" rx="451.43750" tx="456.43750" colorCode="3" slot="1" privacyKey="1"/>
    <Channel zone="Site" name="SECURITY" rx="451.46250" tx="456.46250" colorCode="3" slot="2" privacyKey="1"/>
    <Channel zone="Site" name="MEDICAL" rx="451.48750" tx="456.48750" colorCode="3" slot="1" privacyKey="1"/>
    <Channel zone="Site" name="PRODUCTION" rx="451.51250" tx="456.51250" colorCode="3" slot="2" privacyKey="0"/>
  </Channels>
</Codeplug>
""", _v, K=_v)

_v = hexs(64)
secret("python/zello-api-key", "radios/dispatch/zello_bridge.py",
       "Zello Work server API: log in with the network API key and an admin user (zellowork.com API docs)", '''\
"""Bridge the safety radio log into Zello Work channels for stewards on phones."""
import hashlib

import requests

NETWORK = "https://saltmarsh-safety.zellowork.com"
API_KEY = "@@K@@"
ADMIN_USER = "bridge-admin"


def login(password_md5: str) -> requests.Session:
    session = requests.Session()
    token = session.get(f"{NETWORK}/user/gettoken").json()
    digest = hashlib.md5((password_md5 + token["token"] + API_KEY).encode()).hexdigest()
    session.post(f"{NETWORK}/user/login?sid={token['sid']}",
                 data={"username": ADMIN_USER, "password": digest}).raise_for_status()
    session.params = {"sid": token["sid"]}
    return session


def add_steward(session: requests.Session, name: str, team: str) -> None:
    session.post(f"{NETWORK}/user/save", data={"name": name, "job": team}).raise_for_status()
    session.post(f"{NETWORK}/user/addto/Stewards-{team}", data={"login[]": name}).raise_for_status()
''', _v, K=_v)

_v = mixed(40, B64URL)
secret("yaml/wave-ptx-client-secret", "radios/wave-ptx/integration.yaml",
       "Motorola Solutions WAVE PTX API (OAuth 2.0 client credentials), developer portal", """\
# WAVE PTX talkgroup sync: rota -> talkgroup membership for the control room
wave_ptx:
  api_base: https://api.wave-ptx.motorolasolutions.com/v1
  token_url: https://idm.wave-ptx.motorolasolutions.com/oauth2/token
  client_id: northerndrift-rota-sync
  client_secret: "@@S@@"
  tenant: northerndrift-events
talkgroups:
  control: TG-1001
  security: TG-1002
  medical: TG-1003
  welfare: TG-1004
rota_source: https://rota.northerndrift.events/api/shifts?day={day}
dry_run: false
""", _v, S=_v)

_v = fakes.telegram_token(_seed())
secret("python/telegram-bot-token", "safety/bots/crowd_density_alerts.py",
       "https://core.telegram.org/bots/api#authorizing-your-bot", '''\
"""Post crowd-density threshold alerts from the camera counts to the safety officers group."""
import os
import time

import requests

BOT_TOKEN = "@@T@@"
CHAT_ID = -1002213344556
THRESHOLDS = {"main-stage-pit": 3.5, "main-stage-front": 2.8, "big-top": 2.5}  # people per m2


def alert(zone: str, density: float) -> None:
    text = f"\\u26a0\\ufe0f {zone}: {density:.1f} p/m2 (limit {THRESHOLDS[zone]})"
    requests.post(f"https://api.telegram.org/bot{BOT_TOKEN}/sendMessage",
                  json={"chat_id": CHAT_ID, "text": text}, timeout=5)


def watch(read_density) -> None:
    while os.path.exists("/run/density-watch.enabled"):
        for zone, limit in THRESHOLDS.items():
            value = read_density(zone)
            if value >= limit:
                alert(zone, value)
        time.sleep(15)
''', _v, T=_v)

_v = hexs(32)
secret("yaml/twilio-auth-token", "safety/notify/config/sms.yml",
       "https://www.twilio.com/docs/iam/api/authtoken", """\
# SMS cascade for evacuation / show-stop messages to stewards and traders
twilio:
  account_sid: AC@@SID@@
  auth_token: @@T@@
  messaging_service_sid: MG@@MG@@
cascade:
  - group: stewards
    list: s3://kestrel-safety/contacts/stewards.csv
  - group: traders
    list: s3://kestrel-safety/contacts/traders.csv
templates:
  show_stop: "SHOW STOP at {stage}. Hold positions and await radio instruction."
  evac_zone: "Evacuate {zone} via {route}. Follow steward directions."
""", _v, SID=hexs(32), T=_v, MG=hexs(32))

_v = discord_webhook()
secret("shell/discord-webhook", "ops/scripts/post-set-times.sh",
       "https://discord.com/developers/docs/resources/webhook#execute-webhook", """\
#!/bin/sh
# Posts the day's updated set times to the crew Discord when the running order changes.
DAY="${1:?day}"
FILE="running-order/${DAY}.txt"

WEBHOOK="@@W@@"

content=$(sed 's/"/\\\\"/g' "$FILE" | awk '{printf "%s\\\\n", $0}')
curl -fsS -H "Content-Type: application/json" \\
  -d "{\\"username\\":\\"Running Order\\",\\"content\\":\\"**${DAY}**\\\\n${content}\\"}" \\
  "$WEBHOOK"
""", _v, W=_v)

_v = human_pw()
secret("yaml/rtsp-camera-password", "safety/frigate/config.yml",
       "https://docs.frigate.video/configuration/cameras ; RTSP URL credentials", """\
mqtt:
  host: 10.50.0.5
  user: frigate
  password: "{FRIGATE_MQTT_PASSWORD}"

cameras:
  main_stage_pit:
    ffmpeg:
      inputs:
        - path: rtsp://viewer:@@PW@@@10.50.1.21:554/Streaming/Channels/101
          roles: [detect, record]
    detect:
      width: 1920
      height: 1080
      fps: 5
    objects:
      track: [person]
    zones:
      front_barrier:
        coordinates: 0,1080,1920,1080,1920,820,0,820
record:
  enabled: true
  retain:
    days: 7
""", _v, PW=_v)

_v = hexs(40)
secret("shell/cradlepoint-ecm-api-key", "network/scripts/ncm-router-status.sh",
       "https://developer.cradlepoint.com/ (X-CP-API-ID, X-CP-API-KEY, X-ECM-API-ID, X-ECM-API-KEY)", """\
#!/usr/bin/env bash
# LTE router status for every bar and gate router in NetCloud, printed as a table for the site NOC.
set -eu

curl -s "https://www.cradlepointecm.com/api/v2/routers/?group=$(cat .ncm-group)&fields=name,state,actual_firmware&limit=200" \\
  -H "X-CP-API-ID: @@CPID@@" \\
  -H "X-CP-API-KEY: @@CPKEY@@" \\
  -H "X-ECM-API-ID: @@ECMID@@" \\
  -H "X-ECM-API-KEY: @@K@@" \\
  -H "Content-Type: application/json" |
  jq -r '.data[] | [.name, .state, .actual_firmware] | @tsv' |
  column -t
""", _v, CPID=hexs(8), CPKEY=hexs(32), ECMID=uuid4(), K=_v)

_v = hexs(40)
secret("python/meraki-api-key", "network/meraki/ssid_rotate.py",
       "https://developer.cisco.com/meraki/api-v1/authorization/", '''\
"""Rotate the daily crew Wi-Fi PSK on the site network and print it for the crew board."""
import datetime as dt
import secrets

import meraki

dashboard = meraki.DashboardAPI("@@K@@", suppress_logging=True)
NETWORK_ID = "L_783412904819205612"
CREW_SSID_NUMBER = 2


def rotate() -> str:
    psk = "-".join(secrets.choice(["amp", "cue", "fader", "gobo", "haze", "rig"]) for _ in range(3))
    psk += dt.date.today().strftime("%d")
    dashboard.wireless.updateNetworkWirelessSsid(NETWORK_ID, CREW_SSID_NUMBER, psk=psk)
    return psk


if __name__ == "__main__":
    print("Crew Wi-Fi today:", rotate())
''', _v, K=_v)

_v = hexs(32)
secret("javascript/pagerduty-routing-key", "safety/density-monitor/src/pager.js",
       "https://developer.pagerduty.com/docs/events-api-v2/trigger-events/", """\
const fetch = require('node-fetch');

const ROUTING_KEY = '@@K@@';

async function page(zone, density, severity = 'critical') {
  const res = await fetch('https://events.pagerduty.com/v2/enqueue', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({
      routing_key: ROUTING_KEY,
      event_action: 'trigger',
      dedup_key: `density-${zone}`,
      payload: {
        summary: `Crowd density ${density.toFixed(1)} p/m2 in ${zone}`,
        source: 'density-monitor',
        severity,
        custom_details: { zone, density },
      },
    }),
  });
  if (res.status !== 202) throw new Error(`PagerDuty ${res.status}`);
}

module.exports = { page };
""", _v, K=_v)

_v = gen_pw(18)
secret("arduino/mqtt-password", "sensors/gate-counter/gate-counter.ino",
       "https://pubsubclient.knolleary.net/api#connect", """\
// Turnstile pulse counter for the north gates (ESP32 + opto-isolated input) -> MQTT every 10 s
#include <WiFi.h>
#include <PubSubClient.h>

const char* WIFI_SSID = "SITE-IOT";
const char* WIFI_PASS = "";  // open IoT VLAN, MAC-filtered
const char* MQTT_HOST = "10.50.0.5";
const char* MQTT_USER = "gate-counter";
const char* MQTT_PASS = "@@PW@@";

volatile uint32_t pulses = 0;
WiFiClient net;
PubSubClient mqtt(net);

void IRAM_ATTR onPulse() { pulses++; }

void setup() {
  pinMode(27, INPUT_PULLUP);
  attachInterrupt(digitalPinToInterrupt(27), onPulse, FALLING);
  WiFi.begin(WIFI_SSID, WIFI_PASS);
  while (WiFi.status() != WL_CONNECTED) delay(250);
  mqtt.setServer(MQTT_HOST, 1883);
}

void loop() {
  if (!mqtt.connected()) mqtt.connect("gate-north-01", MQTT_USER, MQTT_PASS);
  char msg[32];
  snprintf(msg, sizeof msg, "%lu", (unsigned long)pulses);
  mqtt.publish("site/gates/north-01/count", msg, true);
  mqtt.loop();
  delay(10000);
}
""", _v, PW=_v)

_v = passphrase()
secret("micropython/wifi-psk", "sensors/wind-mast/main.py",
       "https://docs.micropython.org/en/latest/esp32/quickref.html#networking", '''\
# Anemometer on the main stage roof: wind speed to the production office every 5 s.
# Stage manager's call: hold at 40 km/h sustained, stop show at 55 km/h.
import network
import time
import urequests
from machine import Pin

SSID = "PROD-OFFICE"
PSK = "@@PSK@@"
ENDPOINT = "http://10.10.0.20:8086/api/v2/write?org=site&bucket=weather"

wlan = network.WLAN(network.STA_IF)
wlan.active(True)
wlan.connect(SSID, PSK)
while not wlan.isconnected():
    time.sleep(0.5)

count = 0
Pin(14, Pin.IN, Pin.PULL_UP).irq(trigger=Pin.IRQ_FALLING, handler=lambda p: globals().update(count=count + 1))

while True:
    time.sleep(5)
    kmh = count / 5 * 2.4
    count = 0
    urequests.post(ENDPOINT, data="wind,mast=mainstage speed_kmh=%.1f" % kmh).close()
''', _v, PSK=_v)

_v = mixed(32)
secret("python/tomorrow-io-api-key", "safety/weather/lightning_watch.py",
       "https://docs.tomorrow.io/reference/api-authentication", '''\
"""Lightning and gust watch for the site: the event control log gets a line when we cross a trigger."""
import requests

API_KEY = "@@K@@"
SITE = "53.9615,-1.0872"
TRIGGERS = {"windGust": 55.0, "lightningFlashRateDensity": 0.1}


def current() -> dict:
    resp = requests.get(
        "https://api.tomorrow.io/v4/weather/realtime",
        params={"location": SITE, "units": "metric", "apikey": API_KEY},
        timeout=10,
    )
    resp.raise_for_status()
    return resp.json()["data"]["values"]


if __name__ == "__main__":
    values = current()
    for field, limit in TRIGGERS.items():
        if values.get(field, 0) >= limit:
            print(f"TRIGGER {field}={values[field]} (limit {limit})")
''', _v, K=_v)

# =================================================================================================
# Festival app, web platform and AI helpers
# =================================================================================================

_v = mixed(40, B64URL)
secret("circleci/expo-token", ".circleci/config.yml",
       "https://docs.expo.dev/accounts/programmatic-access/#personal-access-tokens", """\
version: 2.1

executors:
  node:
    docker:
      - image: cimg/node:20.14
    resource_class: medium

jobs:
  eas-build:
    executor: node
    environment:
      EXPO_TOKEN: @@T@@
    steps:
      - checkout
      - restore_cache:
          keys: [yarn-{{ checksum "yarn.lock" }}]
      - run: yarn install --frozen-lockfile
      - run: npx eas-cli build --platform all --profile production --non-interactive --no-wait
      - run: npx eas-cli update --branch production --message "lineup + map $CIRCLE_SHA1"

workflows:
  release:
    jobs:
      - eas-build:
          filters:
            branches:
              only: main
""", _v, T=_v)

_v = p8_pem()
secret("pem/apns-auth-key", "festival-app/push/AuthKey_8QZ4M2K7XD.p8",
       "https://developer.apple.com/documentation/usernotifications/establishing-a-token-based-connection-to-apns", """\
@@K@@
""", _v, K=_v)

_v = human_pw()
secret("properties/android-keystore-password", "festival-app/android/gradle.properties",
       "https://developer.android.com/studio/publish/app-signing#secure-shared-keystore", """\
org.gradle.jvmargs=-Xmx4g -XX:MaxMetaspaceSize=1g
android.useAndroidX=true
android.enableJetifier=false
kotlin.code.style=official

# release signing (Play upload key)
FESTIVAL_UPLOAD_STORE_FILE=../keystores/upload-waveform.jks
FESTIVAL_UPLOAD_KEY_ALIAS=upload
FESTIVAL_UPLOAD_STORE_PASSWORD=@@PW@@
FESTIVAL_UPLOAD_KEY_PASSWORD=@@PW@@
""", _v, PW=_v)

_v = passphrase()
secret("env/fastlane-match-password", "festival-app/ios/fastlane/.env.default",
       "https://docs.fastlane.tools/actions/match/#encryption-password", """\
FASTLANE_SKIP_UPDATE_CHECK=1
FASTLANE_HIDE_CHANGELOG=1
APP_IDENTIFIER=com.waveformfest.app
APPLE_TEAM_ID=7QK3X92LMD
MATCH_GIT_URL=git@github.com:waveform-fest/ios-certificates.git
MATCH_TYPE=appstore
MATCH_PASSWORD=@@PW@@
""", _v, PW=_v)

_ref = chars(20, string.ascii_lowercase)
_v = jwt({"iss": "supabase", "ref": _ref, "role": "service_role", "iat": 1714503216, "exp": 2030079216})
secret("env/supabase-service-role-key", "apps/lineup-web/.env.local",
       "https://supabase.com/docs/guides/api/api-keys", """\
NEXT_PUBLIC_SUPABASE_URL=https://@@REF@@.supabase.co
NEXT_PUBLIC_SUPABASE_ANON_KEY=@@ANON@@
SUPABASE_SERVICE_ROLE_KEY=@@K@@
NEXT_PUBLIC_MAPBOX_STYLE=mapbox://styles/lowtidefest/clx2m8v1q00ab01qz3h7e9c4d
REVALIDATE_SECRET_HEADER=x-revalidate
""", _v, REF=_ref, ANON=jwt({"iss": "supabase", "ref": _ref, "role": "anon", "iat": 1714503216, "exp": 2030079216}), K=_v)

_v = hexs(32)
secret("javascript/algolia-admin-key", "site/scripts/index-lineup.mjs",
       "https://www.algolia.com/doc/guides/security/api-keys/#admin-api-key", """\
// Re-index acts, stages and food traders after the lineup CMS publishes.
import algoliasearch from 'algoliasearch';
import { readFile } from 'node:fs/promises';

const client = algoliasearch('Q7ZK3M1XPA', '@@K@@');
const index = client.initIndex('lineup_2025');

const acts = JSON.parse(await readFile('dist/lineup.json', 'utf8'));
const records = acts.map((a) => ({
  objectID: a.slug,
  name: a.name,
  stage: a.stage,
  day: a.day,
  start: a.start,
  genres: a.genres,
}));

await index.replaceAllObjects(records, { safe: true });
await index.setSettings({ searchableAttributes: ['name', 'genres', 'stage'], attributesForFaceting: ['day', 'stage'] });
console.log(`indexed ${records.length} acts`);
""", _v, K=_v)

_v = "CFPAT-" + mixed(43, B64URL)
secret("bitbucket-pipelines/contentful-token", "bitbucket-pipelines.yml",
       "https://www.contentful.com/developers/docs/references/authentication/#the-content-management-api", """\
image: node:20

definitions:
  steps:
    - step: &migrate
        name: Contentful migrations
        script:
          - npm ci
          - npx contentful-cli login --management-token @@T@@
          - npx contentful-cli space use --space-id 9x2kq4mz7r1p --environment-id master
          - npx contentful-cli space migration --yes migrations/2025-*.js

pipelines:
  branches:
    main:
      - step: *migrate
      - step:
          name: Build site
          script:
            - npm ci
            - npm run build
          artifacts: [public/**]
""", _v, T=_v)

_v = fakes.openai_key(_seed())
secret("python/openai-api-key", "content/tools/write_artist_bios.py",
       "https://platform.openai.com/docs/api-reference/authentication", '''\
"""Draft 60-word app bios for acts that sent no copy in their advance (editor checks every one)."""
import csv

from openai import OpenAI

client = OpenAI(api_key="@@K@@")

PROMPT = (
    "Write a 60-word festival app bio for the act below. Neutral tone, no superlatives, "
    "mention genre and hometown only if given.\\n\\n{act}"
)

with open("acts_missing_bios.csv", newline="") as src, open("draft_bios.csv", "w", newline="") as out:
    writer = csv.writer(out)
    writer.writerow(["act", "draft"])
    for row in csv.DictReader(src):
        reply = client.chat.completions.create(
            model="gpt-4o-mini",
            messages=[{"role": "user", "content": PROMPT.format(act=row)}],
            max_tokens=160,
        )
        writer.writerow([row["name"], reply.choices[0].message.content.strip()])
''', _v, K=_v)

_v = "sk-ant-api03-" + mixed(93, B64URL) + "AA"
secret("yaml/anthropic-api-key", "helpdesk-bot/config/bot.yaml",
       "https://docs.anthropic.com/en/api/getting-started#authentication", """\
# FAQ assistant on the festival website (tickets, camping, accessibility, lost property)
bot:
  name: Drift Helper
  greeting: "Hi! Ask me about tickets, travel, camping or accessibility."
  handoff_to_human_after: 3
llm:
  provider: anthropic
  model: claude-3-5-haiku-latest
  api_key: "@@K@@"
  max_tokens: 400
  temperature: 0.2
knowledge:
  sources:
    - https://northerndrift.events/faq
    - https://northerndrift.events/accessibility
  refresh_cron: "0 */6 * * *"
""", _v, K=_v)

_v = hexs(128)
secret("yaml/rails-secret-key-base", "ticketing/config/secrets.yml",
       "https://guides.rubyonrails.org/v5.1/security.html#custom-secrets", """\
# Legacy ticket resale app (Rails 5.1) - still serving resale.brightwater-weekender.com
default: &default
  resale_fee_percent: 10
  max_listings_per_user: 4

development:
  <<: *default
  secret_key_base: 3f1b0c8e0d7a6b5c4d3e2f1a0b9c8d7e6f5a4b3c2d1e0f9a8b7c6d5e4f3a2b1c0d9e8f7a6b5c4d3e2f1a0b9c8d7

test:
  <<: *default
  secret_key_base: 0000000000000000000000000000000000000000000000000000000000000000

production:
  <<: *default
  secret_key_base: @@K@@
""", _v, K=_v)

_v = fakes.django_secret_key(_seed())
secret("python/django-secret-key", "accreditation/accreditation/settings/production.py",
       "https://docs.djangoproject.com/en/5.0/ref/settings/#secret-key", """\
from .base import *  # noqa: F401,F403

DEBUG = False
ALLOWED_HOSTS = ["accreditation.kestrel-live.com"]

SECRET_KEY = "@@K@@"

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": "accreditation",
        "HOST": "accred-db.internal",
        "USER": "accred_app",
        "PASSWORD": os.environ["ACCRED_DB_PASSWORD"],
    }
}

CSRF_TRUSTED_ORIGINS = ["https://accreditation.kestrel-live.com"]
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
ACCREDITATION_PHOTO_BUCKET = "kestrel-accreditation-photos"
""", _v, K=_v)

_v = gen_pw(48, "!#%+-=_")
secret("python/jwt-secret", "guestlist/app/config.py",
       "https://flask-jwt-extended.readthedocs.io/en/stable/options.html#JWT_SECRET_KEY", '''\
import os


class Config:
    SQLALCHEMY_DATABASE_URI = os.environ.get("DATABASE_URL", "sqlite:///guestlist.db")
    SQLALCHEMY_TRACK_MODIFICATIONS = False
    GUESTLIST_CUTOFF_HOUR = 16  # day-of changes close at 4pm


class ProductionConfig(Config):
    # signs the artist-liaison login tokens for the guest list app
    JWT_SECRET_KEY = "@@K@@"
    JWT_ACCESS_TOKEN_EXPIRES = 60 * 60 * 12


class TestConfig(Config):
    TESTING = True
    JWT_SECRET_KEY = "test"
''', _v, K=_v)

_v = base64.b64encode(rand_bytes(32)).decode()
secret("javascript/ticket-qr-hmac-key", "scanner-api/src/tickets/signature.js",
       "https://nodejs.org/api/crypto.html#cryptocreatehmacalgorithm-key-options", """\
'use strict';
// Every QR on an e-ticket is <ticketId>.<hmac>; gates verify offline with the same key.
const crypto = require('crypto');

const QR_KEY = Buffer.from('@@K@@', 'base64');

function sign(ticketId) {
  const mac = crypto.createHmac('sha256', QR_KEY).update(ticketId).digest('base64url').slice(0, 22);
  return `${ticketId}.${mac}`;
}

function verify(qr) {
  const [ticketId, mac] = qr.split('.');
  if (!ticketId || !mac) return false;
  const expected = sign(ticketId).split('.')[1];
  return crypto.timingSafeEqual(Buffer.from(mac), Buffer.from(expected));
}

module.exports = { sign, verify };
""", _v, K=_v)

_v = gen_pw(32)
secret("javascript/node-red-credential-secret", "show-automation/node-red/settings.js",
       "https://nodered.org/docs/user-guide/runtime/securing-node-red#credential-encryption", """\
// Node-RED runtime settings for the show automation Pi (house lights, doors, haze interlocks)
module.exports = {
    flowFile: 'flows.json',
    flowFilePretty: true,
    credentialSecret: "@@K@@",
    uiPort: process.env.PORT || 1880,
    httpAdminRoot: '/admin',
    adminAuth: {
        type: "credentials",
        users: [{
            username: "showcall",
            password: "$2b$08$FZ3n0YqQvJk0tq2Q1mJXUO9m7bqS0u6nF1xQb6iR0YhN8vQe2cW7a",
            permissions: "*"
        }]
    },
    logging: { console: { level: "info", metrics: false, audit: false } },
    editorTheme: { projects: { enabled: false } }
};
""", _v, K=_v)

_v = human_pw()
secret("php/wordpress-db-password", "site/wp-config.php",
       "https://developer.wordpress.org/advanced-administration/wordpress/wp-config/", """\
<?php
/** Lowtide Festival website (WordPress) */

define( 'DB_NAME', 'lowtide_wp' );
define( 'DB_USER', 'lowtide_wp' );
define( 'DB_PASSWORD', '@@PW@@' );
define( 'DB_HOST', 'mysql-eu-1.hosting-provider.net' );
define( 'DB_CHARSET', 'utf8mb4' );
define( 'DB_COLLATE', '' );

// salts live outside the web root
require_once '/home/lowtide/wp-salts.php';

$table_prefix = 'lt25_';

define( 'WP_DEBUG', false );
define( 'DISALLOW_FILE_EDIT', true );
define( 'WP_CACHE', true );

if ( ! defined( 'ABSPATH' ) ) {
    define( 'ABSPATH', __DIR__ . '/' );
}

require_once ABSPATH . 'wp-settings.php';
""", _v, PW=_v)

_v = mixed(16)
secret("json/ghost-smtp-password", "blog/config.production.json",
       "https://ghost.org/docs/config/#mail", """\
{
  "url": "https://news.saltmarsh.live",
  "server": { "port": 2368, "host": "127.0.0.1" },
  "database": {
    "client": "mysql",
    "connection": { "host": "localhost", "user": "ghost", "password": "", "database": "ghost_prod", "socketPath": "/var/run/mysqld/mysqld.sock" }
  },
  "mail": {
    "transport": "SMTP",
    "from": "Saltmarsh Sound <news@saltmarsh.live>",
    "options": {
      "service": "Mailgun",
      "host": "smtp.eu.mailgun.org",
      "port": 465,
      "secure": true,
      "auth": { "user": "postmaster@mg.saltmarsh.live", "pass": "@@PW@@" }
    }
  },
  "logging": { "transports": ["file", "stdout"] },
  "process": "systemd",
  "paths": { "contentPath": "/var/www/ghost/content" }
}
""", _v, PW=_v)

_v = gen_pw(26)
secret("gradle/scanner-api-token", "scanner-app/app/build.gradle.kts",
       "https://developer.android.com/build/gradle-tips#share-custom-fields-and-resource-values-with-your-app-code", """\
plugins {
    id("com.android.application")
    id("org.jetbrains.kotlin.android")
}

android {
    namespace = "events.nightjar.scanner"
    compileSdk = 34

    defaultConfig {
        applicationId = "events.nightjar.scanner"
        minSdk = 26
        targetSdk = 34
        versionCode = 52
        versionName = "2025.6.1"
        buildConfigField("String", "SCAN_API_URL", "\\"https://scan.nightjar-events.com/v2\\"")
        buildConfigField("String", "SCAN_API_TOKEN", "\\"@@T@@\\"")
    }

    buildFeatures { buildConfig = true }
}

dependencies {
    implementation("com.google.mlkit:barcode-scanning:17.2.0")
    implementation("com.squareup.okhttp3:okhttp:4.12.0")
}
""", _v, T=_v)

# =================================================================================================
# Cloud, CI and developer tooling
# =================================================================================================

_v = fakes.github_token(_seed())
secret("shell-history/github-pat", "ops/laptops/stage-manager-mbp/.zsh_history",
       "https://docs.github.com/en/authentication/keeping-your-account-and-data-secure/managing-your-personal-access-tokens", """\
: 1717398011:0;cd ~/shows/waveform-2025
: 1717398022:0;git pull
: 1717398040:0;git clone https://liam-sm:@@T@@@github.com/waveform-fest/running-orders.git
: 1717398102:0;cd running-orders && ls
: 1717398131:0;open saturday.xlsx
: 1717398355:0;git add saturday.csv && git commit -m "sat: swap big top 19:00/20:15" && git push
: 1717398400:0;exit
""", _v, T=_v)

_v = "glpat-" + mixed(20, B64URL)
secret("gitlab-ci/gitlab-token", ".gitlab-ci.yml",
       "https://docs.gitlab.com/ee/user/profile/personal_access_tokens.html", """\
stages: [build, deploy]

variables:
  DOCKER_DRIVER: overlay2
  RELEASE_BOT_TOKEN: "@@T@@"

build:
  stage: build
  image: docker:26
  services: [docker:26-dind]
  script:
    - docker login -u "$CI_REGISTRY_USER" -p "$CI_JOB_TOKEN" "$CI_REGISTRY"
    - docker build -t "$CI_REGISTRY_IMAGE/accreditation:$CI_COMMIT_SHORT_SHA" .
    - docker push "$CI_REGISTRY_IMAGE/accreditation:$CI_COMMIT_SHORT_SHA"

tag-release:
  stage: deploy
  image: alpine:3.20
  rules:
    - if: $CI_COMMIT_BRANCH == "main"
  script:
    - apk add --no-cache curl
    - >
      curl --fail --request POST --header "PRIVATE-TOKEN: $RELEASE_BOT_TOKEN"
      "https://gitlab.com/api/v4/projects/$CI_PROJECT_ID/repository/tags?tag_name=build-$CI_PIPELINE_IID&ref=$CI_COMMIT_SHA"
""", _v, T=_v)

_v = fakes.fake("npm_", 36, _seed())
secret("npmrc/npm-token", "packages/ui-kit/.npmrc",
       "https://docs.npmjs.com/using-private-packages-in-a-ci-cd-workflow", """\
@waveform:registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=@@T@@
always-auth=true
save-exact=true
engine-strict=true
""", _v, T=_v)

_v = fakes.pypi_token(_seed())
secret("pypirc/pypi-token", "tools/setlist-parser/.pypirc",
       "https://packaging.python.org/en/latest/specifications/pypirc/", """\
[distutils]
index-servers =
    pypi
    testpypi

[pypi]
username = __token__
password = @@T@@

[testpypi]
repository = https://test.pypi.org/legacy/
username = __token__
""", _v, T=_v)

_v = fakes.aws_secret_key(_seed())
secret("ini/aws-secret-key", "ops/tour-laptop/aws/credentials",
       "https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-files.html", """\
[default]
region = eu-west-2

[festival-media]
aws_access_key_id = @@ID@@
aws_secret_access_key = @@K@@
region = eu-west-2

[festival-media-readonly]
role_arn = arn:aws:iam::418273645091:role/media-readonly
source_profile = festival-media
""", _v, ID=fakes.aws_key_id(_seed()), K=_v)

_v = fakes.aws_secret_key(_seed())
secret("github-actions/aws-secret-key", ".github/workflows/deploy-lineup-site.yml",
       "https://github.com/aws-actions/configure-aws-credentials#readme", """\
name: Deploy lineup site

on:
  push:
    branches: [main]
    paths: ["site/**"]

jobs:
  deploy:
    runs-on: ubuntu-latest
    env:
      AWS_ACCESS_KEY_ID: @@ID@@
      AWS_SECRET_ACCESS_KEY: @@K@@
      AWS_DEFAULT_REGION: eu-west-1
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-node@v4
        with:
          node-version: 20
          cache: npm
          cache-dependency-path: site/package-lock.json
      - run: npm ci && npm run build
        working-directory: site
      - run: aws s3 sync site/dist s3://lineup.saltmarsh.live --delete
      - run: aws cloudfront create-invalidation --distribution-id E2QX7PL4M9KD1B --paths "/*"
""", _v, ID=fakes.aws_key_id(_seed()), K=_v)

_pem = rsa_pem("PRIVATE KEY")
_v = _pem.replace("\n", "\\n")
secret("json/gcp-service-account", "data/bigquery/ticket-sales-loader.json",
       "https://cloud.google.com/iam/docs/keys-create-delete#creating", json.dumps({
           "type": "service_account",
           "project_id": "kestrel-live-analytics",
           "private_key_id": hexs(40),
           "private_key": "@@K@@",
           "client_email": "ticket-sales-loader@kestrel-live-analytics.iam.gserviceaccount.com",
           "client_id": digits(21),
           "auth_uri": "https://accounts.google.com/o/oauth2/auth",
           "token_uri": "https://oauth2.googleapis.com/token",
           "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",
           "client_x509_cert_url": "https://www.googleapis.com/robot/v1/metadata/x509/ticket-sales-loader%40kestrel-live-analytics.iam.gserviceaccount.com",
           "universe_domain": "googleapis.com"}, indent=2) + "\n", _v, K=_v + "\\n")

_v = base64.b64encode(rand_bytes(64)).decode()
secret("csharp/azure-storage-key", "Accreditation.Photos/PhotoStore.cs",
       "https://learn.microsoft.com/en-us/azure/storage/common/storage-configure-connection-string", """\
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;

namespace Accreditation.Photos;

public sealed class PhotoStore
{
    // crew and artist accreditation photos (printed on laminates at Crew Check-in)
    private const string ConnectionString =
        "DefaultEndpointsProtocol=https;AccountName=kestrelaccredphotos;" +
        "AccountKey=@@K@@;EndpointSuffix=core.windows.net";

    private readonly BlobContainerClient _container =
        new BlobContainerClient(ConnectionString, "photos-2025");

    public async Task<Uri> SaveAsync(string accreditationId, Stream jpeg, CancellationToken ct)
    {
        var blob = _container.GetBlobClient($"{accreditationId}.jpg");
        await blob.UploadAsync(jpeg, new BlobHttpHeaders { ContentType = "image/jpeg" }, cancellationToken: ct);
        return blob.Uri;
    }
}
""", _v, K=_v)

_r = _rng()
_v = "".join(_r.choice(ALNUM) for _ in range(3)) + "8Q~" + "".join(_r.choice(ALNUM + "_.-~") for _ in range(34))
secret("powershell/azure-ad-client-secret", "it/box-office/Send-ShiftRotaToTeams.ps1",
       "https://learn.microsoft.com/en-us/entra/identity-platform/quickstart-register-app#add-a-client-secret", r"""
# Posts tomorrow's box office shift rota into the Box Office Teams channel (scheduled task on BO-PC01)
$tenantId     = "3c5e7a91-2b4d-4f6a-8c1e-9d0b2a4c6e8f"
$clientId     = "a1f3c5e7-9b2d-4a6c-8e0f-1b3d5f7a9c2e"
$clientSecret = "@@S@@"

$token = (Invoke-RestMethod -Method Post -Uri "https://login.microsoftonline.com/$tenantId/oauth2/v2.0/token" -Body @{
    client_id     = $clientId
    client_secret = $clientSecret
    scope         = "https://graph.microsoft.com/.default"
    grant_type    = "client_credentials"
}).access_token

$rota = Import-Csv "C:\BoxOffice\rota\$(Get-Date (Get-Date).AddDays(1) -Format yyyy-MM-dd).csv"
$lines = $rota | ForEach-Object { "$($_.Window): $($_.Name) ($($_.Start)-$($_.End))" }
$body = @{ body = @{ contentType = "html"; content = ($lines -join "<br>") } } | ConvertTo-Json -Depth 4

Invoke-RestMethod -Method Post -Headers @{ Authorization = "Bearer $token" } -ContentType "application/json" `
    -Uri "https://graph.microsoft.com/v1.0/teams/$env:BO_TEAM_ID/channels/$env:BO_CHANNEL_ID/messages" -Body $body
""".lstrip("\n"), _v, S=_v)

_v = "dop_v1_" + hexs(64)
secret("terraform/digitalocean-token", "infra/do/terraform.tfvars",
       "https://docs.digitalocean.com/reference/api/create-personal-access-token/", """\
do_token        = "@@T@@"
region          = "lon1"
project_name    = "northern-drift-2025"
droplet_size    = "s-2vcpu-4gb"
droplet_count   = 3
ssh_key_ids     = [41873320, 41873321]
domain          = "northerndrift.events"
spaces_bucket   = "nd-2025-artist-assets"
""", _v, T=_v)

_v = hexs(32)
secret("helm/datadog-api-key", "deploy/helm/datadog/values-festival.yaml",
       "https://docs.datadoghq.com/account_management/api-app-keys/ ; datadog/datadog Helm chart values", """\
# helm upgrade --install datadog datadog/datadog -n monitoring -f values-festival.yaml
datadog:
  apiKey: @@K@@
  site: datadoghq.eu
  clusterName: festival-eks-2025
  tags:
    - "env:production"
    - "event:waveform-2025"
  logs:
    enabled: true
    containerCollectAll: true
  apm:
    portEnabled: true
  processAgent:
    enabled: true
clusterAgent:
  enabled: true
  replicas: 2
agents:
  tolerations:
    - key: dedicated
      operator: Equal
      value: scanners
      effect: NoSchedule
""", _v, K=_v)

_v = hexs(36) + "NRAL"
secret("yaml/newrelic-license-key", "checkout-api/newrelic.yml",
       "https://docs.newrelic.com/docs/apis/intro-apis/new-relic-api-keys/#license-key", """\
common: &default_settings
  license_key: '@@K@@'
  app_name: Checkout API
  distributed_tracing:
    enabled: true
  log_level: info
  application_logging:
    forwarding:
      enabled: true

production:
  <<: *default_settings
  app_name: Checkout API (production)

staging:
  <<: *default_settings
  app_name: Checkout API (staging)
""", _v, K=_v)

_v = "ATATT3xFfGF0" + mixed(171, B64URL) + "=" + uhex(8)
secret("shell/atlassian-api-token", "production/scripts/jira-daysheet.sh",
       "https://support.atlassian.com/atlassian-account/docs/manage-api-tokens-for-your-atlassian-account/", """\
#!/usr/bin/env bash
# Pull open PROD tickets for a show day into a day sheet (stage, dept, summary).
set -euo pipefail

DAY="${1:?usage: jira-daysheet.sh 2025-06-14}"
JIRA="https://kestrel-live.atlassian.net"
AUTH="production-office@kestrel-live.com:@@T@@"

JQL="project = PROD AND \\"Show day\\" = \\"${DAY}\\" AND statusCategory != Done ORDER BY Stage"

curl -sS -u "$AUTH" -G "$JIRA/rest/api/3/search" \\
  --data-urlencode "jql=$JQL" \\
  --data-urlencode "fields=summary,customfield_10042,components" |
  jq -r '.issues[] | [.fields.customfield_10042.value, (.fields.components[0].name // "-"), .fields.summary] | @tsv' \\
  > "daysheets/${DAY}.tsv"
echo "wrote daysheets/${DAY}.tsv"
""", _v, T=_v)

_v = "dckr_pat_" + mixed(27, B64URL)
secret("github-actions/dockerhub-token", ".github/workflows/scanner-image.yml",
       "https://docs.docker.com/security/for-developers/access-tokens/", """\
name: scanner image

on:
  push:
    tags: ["v*"]

jobs:
  image:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: docker/setup-buildx-action@v3
      - uses: docker/login-action@v3
        with:
          username: nightjarevents
          password: @@T@@
      - uses: docker/build-push-action@v6
        with:
          context: scanner-api
          platforms: linux/amd64,linux/arm64
          push: true
          tags: nightjarevents/scanner-api:${{ github.ref_name }}
""", _v, T=_v)

_v = jwt({"iss": "kubernetes/serviceaccount", "kubernetes.io/serviceaccount/namespace": "ci",
          "kubernetes.io/serviceaccount/secret.name": "deployer-token-7xk2q",
          "kubernetes.io/serviceaccount/service-account.name": "deployer",
          "sub": "system:serviceaccount:ci:deployer"}, {"alg": "RS256", "kid": mixed(43, B64URL)})
_v = _v[:_v.rindex(".") + 1] + mixed(342, B64URL)
secret("kubeconfig/bearer-token", "ops/kube/festival-eks-deployer.kubeconfig",
       "https://kubernetes.io/docs/concepts/configuration/organize-cluster-access-kubeconfig/", """\
apiVersion: v1
kind: Config
clusters:
  - name: festival-eks-2025
    cluster:
      server: https://7F3A9C1E5B2D4F6A8C0E.gr7.eu-west-2.eks.amazonaws.com
      certificate-authority-data: LS0tLS1CRUdJTiBDRVJUSUZJQ0FURS0tLS0tCk1JSUMvakNDQWVhZ0F3SUJBZ0lCQURBTkJna3Foa2lHOXcwQkFRc0ZBREFWTVJNd0VRWURWUVFERXdwcmRXSmwKLS0tLS1FTkQgQ0VSVElGSUNBVEUtLS0tLQo=
contexts:
  - name: deployer@festival-eks-2025
    context:
      cluster: festival-eks-2025
      namespace: ticketing
      user: deployer
current-context: deployer@festival-eks-2025
users:
  - name: deployer
    user:
      token: @@T@@
""", _v, T=_v)

_v = fakes.redis_password(_seed())
secret("k8s-secret/redis-password", "deploy/k8s/ticketing/queue-redis-secret.yaml",
       "https://kubernetes.io/docs/concepts/configuration/secret/#opaque-secrets", """\
apiVersion: v1
kind: Secret
metadata:
  name: queue-redis
  namespace: ticketing
  labels:
    app.kubernetes.io/name: waiting-room
type: Opaque
data:
  redis-host: @@H@@
  redis-password: @@PW@@
""", _v, H=b64("queue-redis-master.ticketing.svc.cluster.local"), PW=b64(_v))

_v = rsa_pem()
secret("k8s/tls-private-key", "deploy/k8s/scanner-api/tls-secret.yaml",
       "https://kubernetes.io/docs/concepts/configuration/secret/#tls-secrets", """\
apiVersion: v1
kind: Secret
metadata:
  name: scanner-api-tls
  namespace: access-control
type: kubernetes.io/tls
stringData:
  tls.crt: |
@@CRT@@
  tls.key: |
@@KEY@@
""", _v, CRT="\n".join("    " + l for l in cert_pem().splitlines()[:6]) + "\n    -----END CERTIFICATE-----",
       KEY="\n".join("    " + l for l in _v.splitlines()))

_v = ec_pem()
secret("helm/ec-private-key", "deploy/helm/ticket-signer/values-prod.yaml",
       "https://helm.sh/docs/chart_template_guide/values_files/ ; ES256 signing keys (RFC 7518)", """\
replicaCount: 2
image:
  repository: ghcr.io/lowtide-fest/ticket-signer
  tag: "2025.05.3"
signer:
  algorithm: ES256
  keyId: tickets-2025-05
  issuer: https://tickets.lowtidefestival.com
  # private half of the key the gate scanners trust (public half baked into scanner app)
  privateKey: |
@@KEY@@
service:
  type: ClusterIP
  port: 8080
resources:
  limits: { cpu: 500m, memory: 256Mi }
""", _v, KEY="\n".join("    " + l for l in _v.splitlines()))

_v = openssh_pem()
secret("openssh/private-key", "ansible/roles/showfiles/files/deploy_ed25519",
       "https://man.openbsd.org/ssh-keygen.1 ; OpenSSH PROTOCOL.key format", """\
@@K@@
""", _v, K=_v)

_v = human_pw()
secret("ansible/become-password", "ansible/inventories/site-2025/hosts.ini",
       "https://docs.ansible.com/ansible/latest/inventory_guide/intro_inventory.html#connecting-to-hosts-behavioral-inventory-parameters", """\
[foh]
foh-media01 ansible_host=10.40.12.21
foh-media02 ansible_host=10.40.12.22

[boxoffice]
bo-pc01 ansible_host=10.20.0.11
bo-pc02 ansible_host=10.20.0.12

[scanners_gw]
gate-north-gw ansible_host=10.30.1.1
gate-south-gw ansible_host=10.30.2.1

[all:vars]
ansible_user=showtech
ansible_become=true
ansible_become_password=@@PW@@
ansible_python_interpreter=/usr/bin/python3
""", _v, PW=_v)

_v = gen_pw(20, "@#%")
secret("compose/postgres-password", "accreditation/docker-compose.prod.yml",
       "https://hub.docker.com/_/postgres (POSTGRES_PASSWORD)", """\
services:
  db:
    image: postgres:16-alpine
    restart: unless-stopped
    environment:
      POSTGRES_DB: accreditation
      POSTGRES_USER: accred
      POSTGRES_PASSWORD: "@@PW@@"
    volumes:
      - pgdata:/var/lib/postgresql/data

  web:
    image: registry.kestrel-live.com/accreditation:2025.5
    depends_on: [db]
    environment:
      DATABASE_URL: postgres://accred:@@PWURL@@@db:5432/accreditation
      DJANGO_SETTINGS_MODULE: accreditation.settings.production
    ports:
      - "8000:8000"

volumes:
  pgdata:
""", _v, PW=_v, PWURL=_v.replace("%", "%25").replace("@", "%40").replace("#", "%23"))

# =================================================================================================
# Databases, data pipelines, box office machines and runbooks
# =================================================================================================

_v = gen_pw(16)
secret("typescript/mongodb-password", "apps/lost-property/src/db.ts",
       "https://www.mongodb.com/docs/manual/reference/connection-string/#srv-connection-format", """\
import { MongoClient } from 'mongodb';

// Lost property register (items logged at Info tents, claimed via the website)
const uri =
  'mongodb+srv://lostprop-app:@@PW@@@lostprop.x8k2qpz.mongodb.net/lostprop?retryWrites=true&w=majority';

export const client = new MongoClient(uri, { maxPoolSize: 20 });

export async function items() {
  await client.connect();
  return client.db('lostprop').collection<{
    ref: string;
    category: 'phone' | 'wallet' | 'keys' | 'clothing' | 'other';
    foundAt: string;
    loggedAt: Date;
    claimed: boolean;
  }>('items');
}
""", _v, PW=_v)

_v = gen_pw(22)
secret("python/rabbitmq-password", "scan-events/celeryconfig.py",
       "https://docs.celeryq.dev/en/stable/userguide/configuration.html#broker-url", '''\
# Celery workers that turn raw gate scans into occupancy counts per arena
broker_url = "amqp://scan-events:@@PW@@@rabbit.site.internal:5672/gates"
result_backend = "redis://occupancy-redis.site.internal:6379/2"

task_routes = {
    "occupancy.tasks.ingest_scan": {"queue": "scans"},
    "occupancy.tasks.rollup_minute": {"queue": "rollups"},
}
task_acks_late = True
worker_prefetch_multiplier = 4
timezone = "Europe/London"
beat_schedule = {
    "rollup-every-minute": {"task": "occupancy.tasks.rollup_minute", "schedule": 60.0},
}
''', _v, PW=_v)

_v = human_pw()
secret("properties/datasource-password", "box-office/src/main/resources/application-prod.properties",
       "https://docs.spring.io/spring-boot/appendix/application-properties/index.html#appendix.application-properties.data", """\
server.port=8443
server.ssl.enabled=true
server.ssl.key-store=classpath:keystore/boxoffice.p12
server.ssl.key-store-type=PKCS12

spring.datasource.url=jdbc:postgresql://boxoffice-db.internal:5432/boxoffice
spring.datasource.username=boxoffice_app
spring.datasource.password=@@PW@@
spring.datasource.hikari.maximum-pool-size=15

spring.jpa.hibernate.ddl-auto=validate
spring.jpa.open-in-view=false

boxoffice.wristband.printer=Zebra-ZD621-BO1
boxoffice.collection.id-check=true
""", _v, PW=_v)

_v = gen_pw(14, "!$")
secret("xml/jdbc-password", "legacy-resale/conf/context.xml",
       "https://tomcat.apache.org/tomcat-9.0-doc/jndi-datasource-examples-howto.html", """\
<?xml version="1.0" encoding="UTF-8"?>
<!-- Resale platform (Tomcat 9). Do not change the pool sizes during on-sale. -->
<Context>
    <WatchedResource>WEB-INF/web.xml</WatchedResource>
    <Resource name="jdbc/ResaleDB"
              auth="Container"
              type="javax.sql.DataSource"
              driverClassName="com.mysql.cj.jdbc.Driver"
              url="jdbc:mysql://resale-db.internal:3306/resale?useSSL=true"
              username="resale_web"
              password="@@PW@@"
              maxTotal="80"
              maxIdle="20"
              maxWaitMillis="10000"/>
</Context>
""", _v, PW=_v)

_v = mixed(64, B64)
secret("properties/confluent-api-secret", "scan-stream/src/main/resources/client.properties",
       "https://docs.confluent.io/cloud/current/client-apps/config-client.html#java-client", """\
# Gate scan events -> Confluent Cloud (topic: gate-scans-2025)
bootstrap.servers=pkc-z9doz.eu-west-2.aws.confluent.cloud:9092
security.protocol=SASL_SSL
sasl.mechanism=PLAIN
sasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule required username='@@KEY@@' password='@@S@@';
client.dns.lookup=use_all_dns_ips
session.timeout.ms=45000
acks=all
linger.ms=20
key.serializer=org.apache.kafka.common.serialization.StringSerializer
value.serializer=io.confluent.kafka.serializers.KafkaAvroSerializer
""", _v, KEY=chars(16, UPPER_ALNUM), S=_v)

_v = human_pw()
secret("yaml/snowflake-password", "analytics/dbt/profiles.yml",
       "https://docs.getdbt.com/docs/core/connect-data-platform/snowflake-setup#user--password-authentication", """\
festival_analytics:
  target: prod
  outputs:
    prod:
      type: snowflake
      account: xq48211.eu-west-2.aws
      user: DBT_TRANSFORM
      password: "@@PW@@"
      role: TRANSFORMER
      database: FESTIVAL
      warehouse: TRANSFORM_WH
      schema: ANALYTICS
      threads: 8
      client_session_keep_alive: false
    dev:
      type: snowflake
      account: xq48211.eu-west-2.aws
      user: "{{ env_var('SNOWFLAKE_USER') }}"
      authenticator: externalbrowser
      role: ANALYST
      database: FESTIVAL_DEV
      warehouse: DEV_WH
      schema: "{{ env_var('SNOWFLAKE_USER') | lower }}"
      threads: 4
""", _v, PW=_v)

_v = gen_pw(20)
secret("dockerfile/database-password", "reporting/metabase/Dockerfile",
       "https://www.metabase.com/docs/latest/installation-and-operation/configuring-application-database", """\
FROM metabase/metabase:v0.50.8

ENV MB_DB_TYPE=postgres \\
    MB_DB_DBNAME=metabase \\
    MB_DB_PORT=5432 \\
    MB_DB_USER=metabase \\
    MB_DB_PASS=@@PW@@ \\
    MB_DB_HOST=reporting-db.internal \\
    MB_SITE_URL=https://reports.brightwater-weekender.com \\
    JAVA_TIMEZONE=Europe/London

EXPOSE 3000
HEALTHCHECK --interval=30s --timeout=5s CMD curl -fs http://localhost:3000/api/health || exit 1
""", _v, PW=_v)

_v = human_pw()
secret("ini/grafana-admin-password", "monitoring/grafana/grafana.ini",
       "https://grafana.com/docs/grafana/latest/setup-grafana/configure-grafana/#admin_password", """\
[server]
domain = noc.site.waveformfest.co.uk
root_url = https://%(domain)s/
http_port = 3000

[security]
admin_user = noc
admin_password = @@PW@@
cookie_secure = true
disable_gravatar = true

[auth.anonymous]
enabled = true
org_name = Site NOC
org_role = Viewer

[dashboards]
default_home_dashboard_path = /var/lib/grafana/dashboards/site-overview.json
""", _v, PW=_v)

_v = gen_pw(12)
secret("netrc/ftp-password", "led-wall/content-push/.netrc",
       "https://everything.curl.dev/usingcurl/netrc.html", """\
# LED wall media servers (content drops from the visuals team via curl -n)
machine 10.40.30.11
login mediasrv
password @@PW@@

machine 10.40.30.12
login mediasrv
password @@PW@@
""", _v, PW=_v)

_v = "K005" + mixed(27, ALNUM + "+/")
secret("ini/backblaze-app-key", "archive/rclone/rclone.conf",
       "https://rclone.org/b2/ ; https://www.backblaze.com/docs/cloud-storage-application-keys", """\
[b2-archive]
type = b2
account = 005@@ID@@0000000003
key = @@K@@
hard_delete = false

[multitrack]
type = alias
remote = b2-archive:festival-multitracks-2025

[stage-recorders]
type = sftp
host = 10.40.12.40
user = recorder
key_file = ~/.ssh/recorder_ed25519
""", _v, ID=hexs(12), K=_v)

_v = gen_pw(18)
secret("crontab/basic-auth", "ops/cron/ticket-exports.crontab",
       "https://man7.org/linux/man-pages/man5/crontab.5.html ; curl --user", """\
# m h dom mon dow command
SHELL=/bin/bash
MAILTO=ticketing-ops@kestrel-live.com

# hourly sales snapshot for the promoter dashboard
5 * * * * curl -fsS -u reports:@@PW@@ https://boxoffice.kestrel-live.com/api/reports/sales.csv -o /srv/exports/sales-$(date +\\%Y\\%m\\%d\\%H).csv
# nightly guest list export for the accreditation desk
30 2 * * * /opt/exports/guestlist.sh >> /var/log/exports/guestlist.log 2>&1
""", _v, PW=_v)

_u, _p = "gate-supervisor", human_pw()
_v = b64(f"{_u}:{_p}")
secret("http/basic-auth", "tools/http/scanner-api.http",
       "https://www.jetbrains.com/help/idea/http-client-in-product-code-editor.html ; RFC 7617", """\
### Health
GET https://scan.nightjar-events.com/v2/health

### Gate occupancy (supervisor endpoints)
GET https://scan.nightjar-events.com/v2/gates/north/occupancy
Authorization: Basic @@B@@
Accept: application/json

### Re-admit a wristband after a mis-scan
POST https://scan.nightjar-events.com/v2/wristbands/04A23C1A7F6B80/readmit
Authorization: Basic @@B@@
Content-Type: application/json

{"reason": "double tap at lane 4", "supervisor": "K.Okafor"}
""", _v, B=_v)

_v = mixed(40)
secret("postman/bearer-token", "docs/postman/cashless-platform.postman_collection.json",
       "https://learning.postman.com/docs/sending-requests/authorization/authorization-types/#bearer-token", json.dumps({
           "info": {"_postman_id": uuid4(), "name": "Cashless platform (prod)",
                    "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"},
           "auth": {"type": "bearer", "bearer": [{"key": "token", "value": "@@T@@", "type": "string"}]},
           "item": [
               {"name": "Wristband balance", "request": {"method": "GET",
                                                          "url": "{{base}}/wristbands/:uid/balance"}},
               {"name": "Refund request", "request": {"method": "POST", "url": "{{base}}/refunds",
                                                      "body": {"mode": "raw", "raw": "{\"uid\": \"\", \"iban\": \"\"}"}}},
           ],
           "variable": [{"key": "base", "value": "https://api.cashless-platform.io/v2"}]}, indent=2) + "\n", _v, T=_v)

_v = human_pw()
secret("sql/postgres-role-password", "db/migrations/V2025_05_02__reporting_roles.sql",
       "https://www.postgresql.org/docs/current/sql-createrole.html", """\
-- Read-only roles for the promoter's reporting tools (Metabase, the settlement sheet)
CREATE ROLE reporting_ro NOLOGIN;
GRANT CONNECT ON DATABASE ticketing TO reporting_ro;
GRANT USAGE ON SCHEMA public TO reporting_ro;
GRANT SELECT ON orders, order_items, ticket_types, scans TO reporting_ro;

CREATE ROLE metabase LOGIN PASSWORD '@@PW@@' IN ROLE reporting_ro;
ALTER ROLE metabase SET statement_timeout = '60s';

-- settlement sheet uses the same role from the finance laptop
COMMENT ON ROLE metabase IS 'Metabase + settlement sheet (finance)';
""", _v, PW=_v)

_v = gen_pw(16, "!#")
secret("sql/sqlserver-login-password", "boxoffice-db/scripts/01_logins.sql",
       "https://learn.microsoft.com/en-us/sql/t-sql/statements/create-login-transact-sql", """\
USE [master];
GO
IF NOT EXISTS (SELECT 1 FROM sys.sql_logins WHERE name = N'scanner_sync')
    CREATE LOGIN [scanner_sync] WITH PASSWORD = N'@@PW@@', CHECK_POLICY = ON, DEFAULT_DATABASE = [BoxOffice];
GO
USE [BoxOffice];
GO
CREATE USER [scanner_sync] FOR LOGIN [scanner_sync];
ALTER ROLE [db_datareader] ADD MEMBER [scanner_sync];
GRANT INSERT, UPDATE ON dbo.Scans TO [scanner_sync];
GO
""", _v, PW=_v)

_v = passphrase()
secret("markdown/wifi-psk", "docs/stage-managers/README.md",
       "Production office handbook practice; WPA2-PSK network credentials", """\
# Stage managers - quick reference (Big Top)

## Arrival
- Sign in at Production Office (Portacabin 3, behind the Big Top).
- Collect radio (channel 2 = Big Top, channel 1 = Control) and your laminate.

## Networks
| SSID | Who | Password |
|------|-----|----------|
| `SITE-GUEST` | artists' guests | open, captive portal |
| `PROD-CREW` | stage managers, LX, sound | `@@PSK@@` |
| `BO-Scanners` | box office only | ask Box Office lead |

## Changeovers
- 20 minutes between acts unless the running order says otherwise.
- Curfew 23:00 Fri/Sat, 22:30 Sun. No exceptions - licence condition 14.
""", _v, PSK=_v)

_v = gen_pw(15, "#$!")
secret("shell-history/mysql-password", "ops/servers/resale-db01/.bash_history",
       "https://dev.mysql.com/doc/refman/8.0/en/connecting.html (--password on the command line)", """\
sudo systemctl status mysql
df -h /var/lib/mysql
mysql -u root -p'@@PW@@' -e "SHOW PROCESSLIST" | wc -l
mysql -u root -p'@@PW@@' resale -e "SELECT status, COUNT(*) FROM listings GROUP BY status"
mysqldump -u root -p'@@PW@@' --single-transaction resale | gzip > /backups/resale-$(date +%F).sql.gz
ls -lh /backups | tail -3
exit
""", _v, PW=_v)

_v = human_pw()
secret("batch/smb-password", "box-office/setup/map-drives.bat",
       "https://learn.microsoft.com/en-us/windows-server/administration/windows-commands/net-use", r"""
@echo off
REM Box office PCs: map the shared drives at logon (added to Startup folder)
net use S: /delete /y >nul 2>&1
net use T: /delete /y >nul 2>&1
net use S: \\bo-nas01\shared /user:BOXOFFICE\bo-shared @@PW@@ /persistent:no
net use T: \\bo-nas01\ticket-exports /user:BOXOFFICE\bo-shared @@PW@@ /persistent:no
start "" "C:\Program Files\BoxOffice\BoxOffice.exe"
""".lstrip("\n"), _v, PW=_v)

_v = gen_pw(14)
secret("jenkinsfile/ssh-password", "show-control/Jenkinsfile",
       "https://www.jenkins.io/doc/book/pipeline/jenkinsfile/ ; sshpass(1)", """\
pipeline {
    agent { label 'production-office' }
    stages {
        stage('Build cue sheets') {
            steps {
                sh 'python3 tools/build_cuesheets.py --show running-orders/$(date +%F).csv --out dist/'
            }
        }
        stage('Push to FOH media servers') {
            steps {
                sh '''
                  for host in 10.40.12.21 10.40.12.22; do
                    sshpass -p '@@PW@@' scp -o StrictHostKeyChecking=no dist/*.pdf showtech@$host:/srv/cuesheets/
                  done
                '''
            }
        }
    }
    post {
        failure { echo 'Cue sheet push failed - tell the stage manager before doors.' }
    }
}
""", _v, PW=_v)

_v = human_pw()
secret("markdown/radio-gateway-password", "docs/runbooks/radio-gateway.md",
       "Radio-over-IP gateway admin practice (MOTOTRBO/RoIP gateways: web admin login)", """\
# Radio-over-IP gateway (Control <-> Police liaison talkgroup)

The RoIP gateway sits in the Event Control rack (U12) and bridges our Control channel to the
police liaison talkgroup during the show hours agreed in the Event Management Plan.

## Reset after a power cut
1. Browse to https://10.10.5.2 (only from the Event Control network).
2. Log in as `admin` / `@@PW@@`.
3. Bridges -> "CTRL-POLICE" -> Enable. Check the VOX level is 4 (default after reset is 7).
4. Radio check with police liaison on Control: "Control to Bronze, radio check".

## Who to call
- Site comms manager: 07700 900418
- Radio hire duty phone: 0345 000 1122 (24h during build and show)
""", _v, PW=_v)

_v = gen_pw(20)
secret("env/laravel-db-password", "volunteers/.env",
       "https://laravel.com/docs/11.x/configuration#environment-configuration", """\
APP_NAME="Volunteer Portal"
APP_ENV=production
APP_DEBUG=false
APP_URL=https://volunteers.brightwater-weekender.com

LOG_CHANNEL=daily
LOG_LEVEL=warning

DB_CONNECTION=mysql
DB_HOST=volunteers-db.internal
DB_PORT=3306
DB_DATABASE=volunteers
DB_USERNAME=volunteers_app
DB_PASSWORD=@@PW@@

QUEUE_CONNECTION=database
MAIL_MAILER=log
SHIFT_REMINDER_HOURS=24
""", _v, PW=_v)

_v = mapbox_secret("lowtidefest")
secret("makefile/mapbox-secret-token", "site-map/Makefile",
       "https://docs.mapbox.com/accounts/guides/tokens/#secret-tokens ; Mapbox Uploads API", """\
# Site map tiles: QGIS export -> MBTiles -> Mapbox tileset used by the app's map screen
MAPBOX_USER := lowtidefest
MAPBOX_ACCESS_TOKEN := @@T@@
TILESET := $(MAPBOX_USER).site-2025

.PHONY: tiles upload clean

tiles: build/site-2025.mbtiles

build/site-2025.mbtiles: data/site-2025.geojson
    mkdir -p build
    tippecanoe -o $@ -zg --drop-densest-as-needed --force $<

upload: build/site-2025.mbtiles
    MAPBOX_ACCESS_TOKEN=$(MAPBOX_ACCESS_TOKEN) mapbox upload $(TILESET) $<

clean:
    rm -rf build
""", _v, tabs=True, T=_v)

# =================================================================================================
# Decoys: references, templates and ciphertext
# =================================================================================================

BECH32 = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"
BCRYPT = "./" + ALNUM


def vault_ciphertext(lines: int) -> str:
    return "$ANSIBLE_VAULT;1.1;AES256\n" + "\n".join(hexs(80) for _ in range(lines))


def sops_enc(n: int, kind: str = "str") -> str:
    return f"ENC[AES256_GCM,data:{chars(n, B64)}=,iv:{chars(43, B64)}=,tag:{chars(22, B64)}==,type:{kind}]"


def bcrypt_hash(cost: int = 12) -> str:
    return f"$2b${cost:02d}$" + chars(53, BCRYPT)


def age_recipient() -> str:
    return "age1" + chars(58, BECH32)


def age_armor(lines: int) -> str:
    body = "YWdlLWVuY3J5cHRpb24ub3JnL3YxCi0+IFgyNTUxOSB" + chars(64 * lines - 43, B64)
    return "-----BEGIN AGE ENCRYPTED FILE-----\n" + _wrap(body, 64) + "\n-----END AGE ENCRYPTED FILE-----"


decoy("env/decoy-placeholder", "apps/checkout/.env.example",
      "https://docs.stripe.com/keys ; dotenv example-file convention", """\
# Copy to .env and fill in from 1Password ("Checkout - production" vault item).
NODE_ENV=development
PORT=8080
PUBLIC_URL=http://localhost:8080
STRIPE_PUBLISHABLE_KEY=pk_test_your_publishable_key
STRIPE_SECRET_KEY=sk_test_your_secret_key_here
STRIPE_WEBHOOK_SECRET=whsec_...
MUX_TOKEN_ID=
MUX_TOKEN_SECRET=
TWILIO_AUTH_TOKEN=<twilio-auth-token>
REDIS_URL=redis://localhost:6379/0
QUEUE_IT_CUSTOMER_ID=waveformfest
""")

decoy("helm/decoy-existing-secret", "deploy/helm/checkout/values-prod.yaml",
      "https://helm.sh/docs/chart_best_practices/values/ ; bitnami charts existingSecret convention", """\
replicaCount: 4
image:
  repository: ghcr.io/waveform-fest/checkout
  tag: "2025.06.2"

stripe:
  existingSecret: checkout-stripe
  secretKeyRef: secret-key
  webhookSecretRef: webhook-secret

redis:
  enabled: true
  auth:
    enabled: true
    existingSecret: checkout-redis
    existingSecretPasswordKey: redis-password

postgresql:
  enabled: false
externalDatabase:
  host: checkout-db.cluster-c9xq2lmz.eu-west-2.rds.amazonaws.com
  user: checkout
  existingSecret: checkout-db
  existingSecretPasswordKey: password

ingress:
  enabled: true
  hosts: [tickets.waveformfest.co.uk]
""")

decoy("k8s/decoy-external-secret", "deploy/k8s/cashless/external-secret.yaml",
      "https://external-secrets.io/latest/api/externalsecret/", """\
apiVersion: external-secrets.io/v1beta1
kind: ExternalSecret
metadata:
  name: cashless-bridge
  namespace: cashless
spec:
  refreshInterval: 1h
  secretStoreRef:
    name: aws-secrets-manager
    kind: ClusterSecretStore
  target:
    name: cashless-bridge
    creationPolicy: Owner
  data:
    - secretKey: CASHLESS_API_TOKEN
      remoteRef:
        key: prod/cashless/api
        property: token
    - secretKey: TOPUP_HMAC_KEY
      remoteRef:
        key: prod/cashless/topup
        property: hmac_key
""")

decoy("ansible/decoy-vault-ciphertext", "ansible/inventories/site-2025/group_vars/all/vault.yml",
      "https://docs.ansible.com/ansible/latest/vault_guide/vault_encrypting_content.html", """\
@@V@@
""", V=vault_ciphertext(14))

decoy("yaml/decoy-sops-ciphertext", "deploy/secrets/streaming.enc.yaml",
      "https://github.com/getsops/sops#encrypting-using-age", """\
mux:
    token_id: @@A@@
    token_secret: @@B@@
youtube:
    stream_key_main: @@C@@
    stream_key_bigtop: @@D@@
sops:
    kms: []
    gcp_kms: []
    azure_kv: []
    hc_vault: []
    age:
        - recipient: @@R@@
          enc: |
@@ARMOR@@
    lastmodified: "2025-05-30T14:12:09Z"
    mac: @@MAC@@
    pgp: []
    unencrypted_suffix: _unencrypted
    version: 3.8.1
""", A=sops_enc(48), B=sops_enc(100), C=sops_enc(32), D=sops_enc(32), R=age_recipient(),
      ARMOR="\n".join("            " + l for l in age_armor(5).splitlines()), MAC=sops_enc(88))

decoy("k8s/decoy-sealed-secret", "deploy/k8s/ticketing/sealed-stripe.yaml",
      "https://github.com/bitnami-labs/sealed-secrets#usage", """\
apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata:
  name: checkout-stripe
  namespace: ticketing
spec:
  encryptedData:
    secret-key: AgB@@A@@
    webhook-secret: AgC@@B@@
  template:
    metadata:
      name: checkout-stripe
      namespace: ticketing
    type: Opaque
""", A=chars(725, B64) + "=", B=chars(681, B64) + "==")

decoy("terraform/decoy-random-password", "infra/rds/main.tf",
      "https://registry.terraform.io/providers/hashicorp/random/latest/docs/resources/password", """\
resource "random_password" "ticketing_master" {
  length           = 32
  special          = true
  override_special = "!#%*-_=+"
}

resource "aws_secretsmanager_secret" "ticketing_master" {
  name = "prod/ticketing/rds-master"
}

resource "aws_secretsmanager_secret_version" "ticketing_master" {
  secret_id     = aws_secretsmanager_secret.ticketing_master.id
  secret_string = random_password.ticketing_master.result
}

resource "aws_db_instance" "ticketing" {
  identifier              = "ticketing-prod"
  engine                  = "postgres"
  engine_version          = "16.3"
  instance_class          = var.instance_class
  allocated_storage       = 200
  username                = "ticketing_admin"
  password                = random_password.ticketing_master.result
  db_subnet_group_name    = aws_db_subnet_group.private.name
  backup_retention_period = 14
  deletion_protection     = true
}
""")

decoy("github-actions/decoy-secret-reference", ".github/workflows/deploy-checkout.yml",
      "https://docs.github.com/en/actions/security-for-github-actions/security-guides/using-secrets-in-github-actions", """\
name: Deploy checkout

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
          role-to-assume: arn:aws:iam::418273645091:role/gha-checkout-deploy
          aws-region: eu-west-2
      - name: Smoke test Stripe key
        env:
          STRIPE_SECRET_KEY: ${{ secrets.STRIPE_SECRET_KEY }}
        run: curl -fsS https://api.stripe.com/v1/balance -u "$STRIPE_SECRET_KEY:" > /dev/null
      - run: ./scripts/deploy.sh checkout production
        env:
          SLACK_WEBHOOK_URL: ${{ secrets.SLACK_DEPLOYS_WEBHOOK }}
""")

decoy("compose/decoy-env-reference", "video/docker-compose.yml",
      "https://docs.docker.com/compose/how-tos/environment-variables/variable-interpolation/", """\
services:
  relay:
    image: tiangolo/nginx-rtmp:latest
    ports: ["1935:1935"]
    volumes:
      - ./relay/nginx.conf.template:/etc/nginx/templates/nginx.conf.template:ro
    environment:
      YOUTUBE_STREAM_KEY: ${YOUTUBE_STREAM_KEY:?set in .env on the encoder laptop}
      TWITCH_STREAM_KEY: ${TWITCH_STREAM_KEY:?set in .env on the encoder laptop}

  scheduler:
    build: ./scheduler
    env_file: [./scheduler/.env]
    environment:
      GOOGLE_CLIENT_SECRET: ${GOOGLE_CLIENT_SECRET}
      MUX_TOKEN_SECRET: ${MUX_TOKEN_SECRET}
    restart: unless-stopped
""")

decoy("python/decoy-secrets-manager", "services/orders/settings.py",
      "https://boto3.amazonaws.com/v1/documentation/api/latest/reference/services/secretsmanager/client/get_secret_value.html", '''\
"""Runtime settings: secrets come from AWS Secrets Manager, never from the repository."""
import functools
import json
import os

import boto3


@functools.lru_cache(maxsize=None)
def _secret(name: str) -> dict:
    client = boto3.client("secretsmanager", region_name=os.environ.get("AWS_REGION", "eu-west-2"))
    return json.loads(client.get_secret_value(SecretId=name)["SecretString"])


def stripe_secret_key() -> str:
    return _secret("prod/checkout/stripe")["secret_key"]


def stripe_webhook_secret() -> str:
    return _secret("prod/checkout/stripe")["webhook_secret"]


def database_url() -> str:
    db = _secret("prod/ticketing/rds-app")
    return f"postgresql://{db['username']}:{db['password']}@{db['host']}:5432/ticketing"
''')

decoy("yaml/decoy-pulumi-secure", "infra/pulumi/Pulumi.production.yaml",
      "https://www.pulumi.com/docs/iac/concepts/secrets/#secrets", """\
encryptionsalt: v1:@@SALT@@:v1:@@S2@@:@@S3@@
config:
  aws:region: eu-west-2
  festival:domain: brightwater-weekender.com
  festival:scannerCount: "64"
  festival:stripeSecretKey:
    secure: v1:@@A@@:@@B@@
  festival:muxTokenSecret:
    secure: v1:@@C@@:@@D@@
""", SALT=chars(11, B64) + "=", S2=chars(16, B64), S3=chars(43, B64) + "=",
      A=chars(16, B64), B=chars(180, B64) + "==", C=chars(16, B64), D=chars(120, B64))

decoy("k8s-secret/decoy-placeholder", "deploy/k8s/base/stream-keys-secret.yaml",
      "https://kubernetes.io/docs/concepts/configuration/secret/ ; kustomize overlay practice", """\
# Base manifest only: the production overlay replaces these with values from the vault.
apiVersion: v1
kind: Secret
metadata:
  name: stream-keys
type: Opaque
data:
  youtube-main: @@A@@
  youtube-bigtop: @@B@@
  twitch: @@C@@
""", A=b64("REPLACE_ME"), B=b64("REPLACE_ME"), C=b64("REPLACE_ME"))

decoy("github-actions/decoy-vault-action", ".github/workflows/sync-advancing.yml",
      "https://github.com/hashicorp/vault-action#readme", """\
name: Sync advancing tracker

on:
  schedule:
    - cron: "*/30 6-23 * 5-8 *"

jobs:
  sync:
    runs-on: ubuntu-latest
    permissions:
      id-token: write
    steps:
      - uses: actions/checkout@v4
      - uses: hashicorp/vault-action@v3
        with:
          url: https://vault.kestrel-live.com
          method: jwt
          role: gha-advancing
          secrets: |
            kv/data/advancing notion_token | NOTION_TOKEN ;
            kv/data/advancing airtable_pat | AIRTABLE_PAT
      - run: pip install -r advancing/requirements.txt
      - run: python advancing/notion_sync.py
""")

decoy("gitlab-ci/decoy-ci-variables", "scanner-app/.gitlab-ci.yml",
      "https://docs.gitlab.com/ee/ci/variables/predefined_variables.html ; masked CI/CD variables", """\
stages: [test, release]

variables:
  GRADLE_OPTS: "-Dorg.gradle.daemon=false"

unit-tests:
  stage: test
  image: eclipse-temurin:17
  script:
    - ./gradlew testDebugUnitTest

release-apk:
  stage: release
  image: eclipse-temurin:17
  rules:
    - if: $CI_COMMIT_TAG
  script:
    - echo "$UPLOAD_KEYSTORE_B64" | base64 -d > app/upload.jks
    - ./gradlew assembleRelease
        -PstorePassword="$UPLOAD_STORE_PASSWORD"
        -PkeyPassword="$UPLOAD_KEY_PASSWORD"
        -PscanApiToken="$SCAN_API_TOKEN"
  artifacts:
    paths: [app/build/outputs/apk/release/]
""")

decoy("makefile/decoy-password-stdin", "scanner-api/Makefile",
      "https://docs.docker.com/reference/cli/docker/login/#password-stdin", """\
REGISTRY := 418273645091.dkr.ecr.eu-west-2.amazonaws.com
IMAGE    := $(REGISTRY)/scanner-api
TAG      ?= $(shell git rev-parse --short HEAD)

.PHONY: login build push

login:
    aws ecr get-login-password --region eu-west-2 | docker login --username AWS --password-stdin $(REGISTRY)

build:
    docker build -t $(IMAGE):$(TAG) .

push: login build
    docker push $(IMAGE):$(TAG)
""", tabs=True)

decoy("powershell/decoy-secret-management", "it/box-office/Connect-BoxOfficeDb.ps1",
      "https://learn.microsoft.com/en-us/powershell/utility-modules/secretmanagement/overview", r"""
#Requires -Modules Microsoft.PowerShell.SecretManagement, SqlServer
# Opens a session to the box office DB with the credential stored in the local SecretStore vault.
param([string]$Server = "bo-sql01.boxoffice.local")

$cred = Get-Secret -Name "BoxOffice-SQL-ScannerSync" -Vault BoxOfficeVault
if (-not $cred) { throw "Run Set-Secret -Name BoxOffice-SQL-ScannerSync first (see docs/box-office/setup.md)" }

$scans = Invoke-Sqlcmd -ServerInstance $Server -Database BoxOffice -Credential $cred `
    -Query "SELECT Gate, COUNT(*) AS Scans FROM dbo.Scans WHERE ScannedAt >= CAST(GETDATE() AS date) GROUP BY Gate"
$scans | Format-Table -AutoSize
""".lstrip("\n"))

decoy("shell/decoy-op-read", "ops/scripts/encoder-env.sh",
      "https://developer.1password.com/docs/cli/reference/commands/read/", """\
#!/usr/bin/env bash
# Writes the encoder laptop's .env from 1Password (run once per show day; .env is git-ignored).
set -euo pipefail

{
  echo "YOUTUBE_STREAM_KEY=$(op read 'op://Streaming/YouTube main stage/stream key')"
  echo "TWITCH_STREAM_KEY=$(op read 'op://Streaming/Twitch/stream key')"
  echo "MUX_TOKEN_ID=$(op read 'op://Streaming/Mux API/token id')"
  echo "MUX_TOKEN_SECRET=$(op read 'op://Streaming/Mux API/token secret')"
} > video/.env
chmod 600 video/.env
echo "video/.env written for $(date +%A)"
""")

decoy("age/decoy-age-ciphertext", "radios/keys/safety-2025.keys.age",
      "https://github.com/FiloSottile/age#readme (armored output, -a)", """\
@@A@@
""", A=age_armor(9))

decoy("yaml/decoy-sops-age-recipients", ".sops.yaml",
      "https://github.com/getsops/sops#using-sops-yaml-conf-to-select-kms-pgp-and-age-for-new-files", """\
creation_rules:
  - path_regex: deploy/secrets/streaming\\.enc\\.yaml$
    age: >-
      @@A@@,
      @@B@@
  - path_regex: radios/.*\\.enc\\.yaml$
    age: @@C@@
  - path_regex: .*\\.enc\\.yaml$
    kms: arn:aws:kms:eu-west-2:418273645091:key/7c1e3a5f-9b2d-4e6a-8c0f-1d3b5f7a9c2e
""", A=age_recipient(), B=age_recipient(), C=age_recipient())

decoy("env/decoy-test-dummy", "volunteers/.env.testing",
      "https://laravel.com/docs/11.x/testing#the-env-testing-environment-file", """\
APP_ENV=testing
APP_KEY=base64:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=
APP_DEBUG=true
DB_CONNECTION=sqlite
DB_DATABASE=:memory:
DB_USERNAME=test
DB_PASSWORD=secret
MAIL_MAILER=array
QUEUE_CONNECTION=sync
CASHLESS_API_TOKEN=test-token
""")

decoy("notebook/decoy-getpass", "analysis/gate-throughput.ipynb",
      "https://docs.python.org/3/library/getpass.html", json.dumps({
          "cells": [
              {"cell_type": "markdown", "metadata": {}, "source": ["# Gate throughput by lane (Friday 12:00-15:00)"]},
              {"cell_type": "code", "execution_count": 1, "metadata": {}, "outputs": [], "source": [
                  "import getpass\n", "import pandas as pd\n", "import sqlalchemy as sa\n", "\n",
                  "pw = getpass.getpass('replica password: ')\n",
                  "engine = sa.create_engine(f'postgresql://analyst:{pw}@ticketing-replica.internal/ticketing')"]},
              {"cell_type": "code", "execution_count": 2, "metadata": {}, "outputs": [], "source": [
                  "scans = pd.read_sql('select lane, scanned_at from scans where gate = %(g)s', engine, params={'g': 'north'})\n",
                  "scans.groupby('lane').resample('5min', on='scanned_at').size().unstack(0).plot()"]},
          ],
          "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
          "nbformat": 4, "nbformat_minor": 5}, indent=1) + "\n")

decoy("xcconfig/decoy-build-setting-reference", "FestivalWallet/Config/Release.xcconfig",
      "https://developer.apple.com/documentation/xcode/adding-a-build-configuration-file-to-your-project", """\
// Release build settings. Secrets are injected by CI from the keychain-backed env (see ci/ios.sh).
#include "Shared.xcconfig"

PRODUCT_BUNDLE_IDENTIFIER = com.waveformfest.wallet
CASHLESS_API_HOST = api.cashless-platform.io
CASHLESS_API_KEY = $(CASHLESS_API_KEY_FROM_CI)
MAPBOX_STYLE_URL = mapbox:/$()/styles/waveformfest/site-2025
SWIFT_ACTIVE_COMPILATION_CONDITIONS = RELEASE
DEBUG_INFORMATION_FORMAT = dwarf-with-dsym
""")

decoy("gradle/decoy-property-reference", "scanner-app/app/signing.gradle.kts",
      "https://developer.android.com/build/building-cmdline#gradle_signing", """\
// Release signing: values come from -P properties passed by CI or ~/.gradle/gradle.properties
android {
    signingConfigs {
        create("release") {
            storeFile = file(providers.gradleProperty("uploadStoreFile").getOrElse("upload.jks"))
            storePassword = providers.gradleProperty("storePassword").orNull
            keyAlias = "upload"
            keyPassword = providers.gradleProperty("keyPassword").orNull
        }
    }
    defaultConfig {
        buildConfigField("String", "SCAN_API_TOKEN",
            "\\"${providers.gradleProperty("scanApiToken").getOrElse("")}\\"")
    }
}
""")

decoy("properties/decoy-spring-placeholders", "box-office/src/main/resources/application.properties",
      "https://docs.spring.io/spring-boot/reference/features/external-config.html#features.external-config.files.property-placeholders", """\
spring.application.name=box-office
spring.profiles.active=${SPRING_PROFILES_ACTIVE:local}
spring.datasource.url=${BOXOFFICE_DB_URL:jdbc:postgresql://localhost:5432/boxoffice}
spring.datasource.username=${BOXOFFICE_DB_USER:boxoffice}
spring.datasource.password=${BOXOFFICE_DB_PASSWORD}
braintree.access-token=${BRAINTREE_ACCESS_TOKEN}
management.endpoints.web.exposure.include=health,info
boxoffice.collection.id-check=true
""")

decoy("json/decoy-key-vault-reference", "BoxOffice.Api/appsettings.json",
      "https://learn.microsoft.com/en-us/azure/app-service/app-service-key-vault-references", """\
{
  "Logging": { "LogLevel": { "Default": "Information" } },
  "AllowedHosts": "*",
  "PayPal": {
    "Mode": "live",
    "ClientId": "@Microsoft.KeyVault(SecretUri=https://kv-boxoffice-prod.vault.azure.net/secrets/PayPalClientId/)",
    "ClientSecret": "@Microsoft.KeyVault(SecretUri=https://kv-boxoffice-prod.vault.azure.net/secrets/PayPalClientSecret/)"
  },
  "ConnectionStrings": {
    "BoxOffice": "Server=tcp:bo-sql-prod.database.windows.net,1433;Database=BoxOffice;Authentication=Active Directory Managed Identity;Encrypt=True;"
  }
}
""")

decoy("php/decoy-getenv", "merch-sync/config.prod.php",
      "https://www.php.net/manual/en/function.getenv.php", """\
<?php
// Production config: credentials are set as environment variables in the hosting panel.
return [
    'store_url'       => 'https://shop.lowtidefestival.com',
    'consumer_key'    => getenv('WC_CONSUMER_KEY') ?: throw new RuntimeException('WC_CONSUMER_KEY missing'),
    'consumer_secret' => getenv('WC_CONSUMER_SECRET') ?: throw new RuntimeException('WC_CONSUMER_SECRET missing'),
    'api_version'     => 'wc/v3',
    'warehouse' => [
        'sftp_host' => 'sftp.fulfilment-partner.co.uk',
        'sftp_user' => 'lowtide',
        'key_file'  => getenv('WAREHOUSE_KEY_FILE'),
    ],
];
""")

decoy("go/decoy-env-lookup", "cashless/internal/config/config.go",
      "https://pkg.go.dev/os#LookupEnv", """\
package config

import (
    "fmt"
    "os"
)

type Config struct {
    AdyenAPIKey     string
    MerchantAccount string
    HMACKey         string
}

func mustEnv(name string) (string, error) {
    v, ok := os.LookupEnv(name)
    if !ok || v == "" {
        return "", fmt.Errorf("%s is not set", name)
    }
    return v, nil
}

func Load() (*Config, error) {
    key, err := mustEnv("ADYEN_API_KEY")
    if err != nil {
        return nil, err
    }
    hmac, err := mustEnv("ADYEN_HMAC_KEY")
    if err != nil {
        return nil, err
    }
    return &Config{AdyenAPIKey: key, MerchantAccount: "NightjarEventsECOM", HMACKey: hmac}, nil
}
""", tabs=True)

decoy("terraform/decoy-outputs-ids", "infra/site-network/outputs.tf",
      "https://developer.hashicorp.com/terraform/language/values/outputs", """\
output "vpc_id" {
  value = aws_vpc.festival.id
}

output "scanner_api_url" {
  value = "https://${aws_apigatewayv2_domain_name.scan.domain_name}/v2"
}

output "cloudfront_distribution_id" {
  value = aws_cloudfront_distribution.lineup.id
}

output "db_password_secret_arn" {
  description = "ARN only; read the value with aws secretsmanager get-secret-value"
  value       = aws_secretsmanager_secret.ticketing_master.arn
}

output "scanner_role_arn" {
  value = aws_iam_role.scanner_api.arn
}
""")

decoy("yaml/decoy-grafana-file-reference", "monitoring/grafana/provisioning/datasources/site.yaml",
      "https://grafana.com/docs/grafana/latest/administration/provisioning/#using-environment-variables", """\
apiVersion: 1
datasources:
  - name: Site InfluxDB
    type: influxdb
    access: proxy
    url: http://10.10.0.20:8086
    jsonData:
      version: Flux
      organization: site
      defaultBucket: weather
    secureJsonData:
      token: $__file{/run/secrets/influx_token}
  - name: Ticketing replica
    type: postgres
    url: ticketing-replica.internal:5432
    user: grafana_ro
    jsonData:
      database: ticketing
      sslmode: require
    secureJsonData:
      password: $GRAFANA_TICKETING_PASSWORD
""")

decoy("yaml/decoy-prometheus-password-file", "monitoring/prometheus/prometheus.yml",
      "https://prometheus.io/docs/prometheus/latest/configuration/configuration/#scrape_config", """\
global:
  scrape_interval: 15s
  evaluation_interval: 15s

scrape_configs:
  - job_name: scanner-api
    scheme: https
    metrics_path: /metrics
    basic_auth:
      username: prometheus
      password_file: /etc/prometheus/secrets/scanner-api-password
    static_configs:
      - targets: ["scan.nightjar-events.com"]

  - job_name: gate-readers
    static_configs:
      - targets: ["10.30.1.11:9100", "10.30.1.12:9100", "10.30.2.11:9100"]
        labels:
          site: main-arena
""")

decoy("kubeconfig/decoy-exec-auth", "ops/kube/festival-eks.kubeconfig",
      "https://docs.aws.amazon.com/eks/latest/userguide/create-kubeconfig.html", """\
apiVersion: v1
kind: Config
clusters:
  - name: festival-eks-2025
    cluster:
      server: https://7F3A9C1E5B2D4F6A8C0E.gr7.eu-west-2.eks.amazonaws.com
      certificate-authority-data: LS0tLS1CRUdJTiBDRVJUSUZJQ0FURS0tLS0tCk1JSUMvakNDQWVhZ0F3SUJBZ0lCQURBTkJna3Foa2lHOXcwQkFRc0ZBREFWTVJNd0VRWURWUVFERXdwcmRXSmwKLS0tLS1FTkQgQ0VSVElGSUNBVEUtLS0tLQo=
contexts:
  - name: festival-eks-2025
    context:
      cluster: festival-eks-2025
      user: sso-admin
current-context: festival-eks-2025
users:
  - name: sso-admin
    user:
      exec:
        apiVersion: client.authentication.k8s.io/v1beta1
        command: aws
        args: ["eks", "get-token", "--cluster-name", "festival-eks-2025", "--region", "eu-west-2"]
        env:
          - name: AWS_PROFILE
            value: festival-admin
""")

decoy("npmrc/decoy-env-token", "apps/lineup-web/.npmrc",
      "https://docs.npmjs.com/cli/v10/configuring-npm/npmrc#auth-related-configuration", """\
@waveform:registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=${NPM_TOKEN}
save-exact=true
fund=false
audit-level=high
""")

decoy("ini/decoy-aws-sso-profile", "ops/tour-laptop/aws/config",
      "https://docs.aws.amazon.com/cli/latest/userguide/sso-configure-profile-token.html", """\
[default]
region = eu-west-2
output = json

[sso-session festival]
sso_start_url = https://d-9c67711a2f.awsapps.com/start
sso_region = eu-west-2
sso_registration_scopes = sso:account:access

[profile festival-admin]
sso_session = festival
sso_account_id = 418273645091
sso_role_name = AdministratorAccess

[profile festival-media]
sso_session = festival
sso_account_id = 418273645091
sso_role_name = MediaUpload
""")

decoy("hcl/decoy-vault-agent-template", "deploy/vault-agent/cashless-bridge.hcl",
      "https://developer.hashicorp.com/vault/docs/agent-and-proxy/agent/template", """\
auto_auth {
  method "kubernetes" {
    mount_path = "auth/kubernetes"
    config = {
      role = "cashless-bridge"
    }
  }
}

template {
  destination = "/vault/secrets/cashless.env"
  contents    = <<-EOT
    {{- with secret "kv/data/prod/cashless/api" -}}
    CASHLESS_API_TOKEN={{ .Data.data.token }}
    {{- end }}
    {{- with secret "kv/data/prod/cashless/topup" }}
    TOPUP_HMAC_KEY={{ .Data.data.hmac_key }}
    {{- end }}
  EOT
}
""")

decoy("json/decoy-kms-ciphertext", "cashless/config/encrypted-keys.json",
      "https://docs.aws.amazon.com/kms/latest/APIReference/API_Encrypt.html (CiphertextBlob)", """\
{
  "comment": "KMS-encrypted; the encoder decrypts at start-up with kms:Decrypt (key alias/wristband-keys)",
  "keyArn": "arn:aws:kms:eu-west-2:418273645091:key/2b4d6f8a-1c3e-4a5b-9d7f-0e2c4a6b8d1f",
  "keys": {
    "desfireAppMasterKey": "AQICAHh@@A@@",
    "desfireDebitKey": "AQICAHh@@B@@",
    "sdmFileReadKey": "AQICAHh@@C@@"
  },
  "batch": "2025-A"
}
""", A=chars(177, B64) + "=", B=chars(177, B64) + "=", C=chars(177, B64) + "=")

decoy("helm/decoy-generated-password", "deploy/helm/waiting-room/templates/redis-secret.yaml",
      "https://helm.sh/docs/chart_template_guide/function_list/#randalphanum-randalpha-randnumeric-and-randascii ; lookup", """\
{{- $existing := lookup "v1" "Secret" .Release.Namespace "waiting-room-redis" }}
apiVersion: v1
kind: Secret
metadata:
  name: waiting-room-redis
  labels:
    {{- include "waiting-room.labels" . | nindent 4 }}
type: Opaque
data:
  {{- if $existing }}
  redis-password: {{ index $existing.data "redis-password" }}
  {{- else }}
  redis-password: {{ randAlphaNum 32 | b64enc | quote }}
  {{- end }}
""")

decoy("ini/decoy-odbc-trusted-connection", "box-office/setup/odbc.ini",
      "https://learn.microsoft.com/en-us/sql/connect/odbc/dsn-connection-string-attribute", """\
[ODBC Data Sources]
BoxOffice=ODBC Driver 18 for SQL Server

[BoxOffice]
Driver=ODBC Driver 18 for SQL Server
Server=bo-sql01.boxoffice.local
Database=BoxOffice
Trusted_Connection=Yes
Encrypt=Yes
TrustServerCertificate=No
""")

decoy("shell-history/decoy-env-and-prompts", "ops/servers/scan-api01/.bash_history",
      "https://www.postgresql.org/docs/current/libpq-pgpass.html ; psql password prompt", """\
sudo journalctl -u scanner-api --since "10 min ago" | tail -50
psql -h ticketing-db.internal -U scanner_app -W ticketing
read -rs STRIPE_SECRET_KEY && export STRIPE_SECRET_KEY
curl -s https://api.stripe.com/v1/balance -u "$STRIPE_SECRET_KEY:" | jq .available
unset STRIPE_SECRET_KEY
aws secretsmanager get-secret-value --secret-id prod/scanner/api --query SecretString --output text | jq -r .token | wc -c
exit
""")

decoy("r/decoy-keyring", "marketing/segments/ticket_buyer_report.R",
      "https://cran.r-project.org/package=keyring", """\
# Weekly ticket buyer report; credentials come from the OS keychain (keyring::key_set once per laptop)
library(DBI)
library(keyring)
library(dplyr)

con <- dbConnect(RPostgres::Postgres(),
                 host = "ticketing-replica.internal", dbname = "ticketing",
                 user = "analyst", password = key_get("ticketing-replica", "analyst"))
klaviyo_key <- key_get("klaviyo", "marketing")

weekly <- tbl(con, "orders") |>
  filter(created_at >= sql("now() - interval '7 days'")) |>
  count(ticket_type) |>
  collect()
print(weekly)
dbDisconnect(con)
""")

decoy("wireguard/decoy-private-key-file", "network/vpn/wg-bar-north.conf",
      "https://man7.org/linux/man-pages/man8/wg.8.html (set private-key <file>)", """\
# Bar North router tunnel; private key generated on the device (wg genkey > /etc/wireguard/bar-north.key)
[Interface]
Address = 10.99.0.14/24
PostUp = wg set %i private-key /etc/wireguard/bar-north.key

[Peer]
# production office gateway
PublicKey = @@PUB@@
Endpoint = 185.44.12.7:51820
AllowedIPs = 10.10.0.0/16
PersistentKeepalive = 25
""", PUB=wg_public())

# =================================================================================================
# Decoys: public keys and identifiers, hashes and checksums
# =================================================================================================

decoy("javascript/decoy-stripe-publishable-key", "apps/checkout/public/js/checkout.js",
      "https://docs.stripe.com/keys#obtain-api-keys (publishable keys are meant for client code)", """\
// Browser side of the ticket checkout: Stripe Payment Element with the publishable key.
const stripe = Stripe('pk_live_51@@PK@@');

async function mountPayment(orderRef) {
  const res = await fetch(`/api/orders/${orderRef}/payment-intent`, { method: 'POST' });
  const { clientSecret } = await res.json();
  const elements = stripe.elements({ clientSecret, appearance: { theme: 'night' } });
  elements.create('payment', { layout: 'tabs' }).mount('#payment-element');

  document.querySelector('#pay').addEventListener('click', async () => {
    const { error } = await stripe.confirmPayment({
      elements,
      confirmParams: { return_url: `${location.origin}/orders/${orderRef}/done` },
    });
    if (error) document.querySelector('#payment-error').textContent = error.message;
  });
}

window.mountPayment = mountPayment;
""", PK=mixed(97))

decoy("javascript/decoy-mapbox-public-token", "apps/festival-map/src/map.js",
      "https://docs.mapbox.com/help/glossary/access-token/ (public pk. tokens for client-side use)", """\
import mapboxgl from 'mapbox-gl';

// public token, URL-restricted to map.lowtidefestival.com in the Mapbox account
mapboxgl.accessToken = '@@PK@@';

export function siteMap(container) {
  const map = new mapboxgl.Map({
    container,
    style: 'mapbox://styles/lowtidefest/clx2m8v1q00ab01qz3h7e9c4d',
    center: [-1.0872, 53.9615],
    zoom: 15.4,
    maxBounds: [[-1.1020, 53.9540], [-1.0720, 53.9690]],
  });
  map.addControl(new mapboxgl.GeolocateControl({ trackUserLocation: true }));
  return map;
}
""", PK=mapbox_public("lowtidefest"))

decoy("typescript/decoy-firebase-web-config", "apps/festival-pwa/src/firebase.ts",
      "https://firebase.google.com/docs/projects/api-keys (Firebase API keys are not secret)", """\
import { initializeApp } from 'firebase/app';
import { getMessaging } from 'firebase/messaging';

// Firebase web config is public by design; access is governed by security rules and App Check.
const firebaseConfig = {
  apiKey: 'AIza@@K@@',
  authDomain: 'waveform-app-2025.firebaseapp.com',
  projectId: 'waveform-app-2025',
  storageBucket: 'waveform-app-2025.appspot.com',
  messagingSenderId: '@@S@@',
  appId: '1:@@S@@:web:@@APP@@',
};

export const app = initializeApp(firebaseConfig);
export const messaging = getMessaging(app);
""", K=mixed(35, B64URL), S=digits(12), APP=hexs(22))

decoy("javascript/decoy-sentry-dsn", "apps/festival-pwa/src/sentry.js",
      "https://docs.sentry.io/concepts/key-terms/dsn-explainer/ (DSNs are safe to keep public)", """\
import * as Sentry from '@sentry/browser';

Sentry.init({
  dsn: 'https://@@K@@@o4507118832.ingest.de.sentry.io/4507118901',
  release: import.meta.env.VITE_RELEASE,
  environment: import.meta.env.MODE,
  tracesSampleRate: 0.05,
  ignoreErrors: ['NetworkError when attempting to fetch resource.'],
});
""", K=hexs(32))

decoy("javascript/decoy-algolia-search-key", "site/src/components/LineupSearch.jsx",
      "https://www.algolia.com/doc/guides/security/api-keys/#search-only-api-key", """\
import algoliasearch from 'algoliasearch/lite';
import { InstantSearch, SearchBox, Hits, RefinementList } from 'react-instantsearch';

// search-only key: safe in the browser, scoped to lineup_2025 and rate-limited
const searchClient = algoliasearch('Q7ZK3M1XPA', '@@K@@');

export default function LineupSearch() {
  return (
    <InstantSearch searchClient={searchClient} indexName="lineup_2025">
      <SearchBox placeholder="Search acts, stages, genres" />
      <RefinementList attribute="day" />
      <Hits hitComponent={({ hit }) => <a href={`/acts/${hit.objectID}`}>{hit.name} - {hit.stage}</a>} />
    </InstantSearch>
  );
}
""", K=hexs(32))

decoy("html/decoy-analytics-ids", "site/src/partials/head-analytics.html",
      "https://developers.google.com/tag-platform/gtagjs/install ; Meta Pixel base code", """\
<!-- Google tag (GA4) -->
<script async src="https://www.googletagmanager.com/gtag/js?id=G-7QX2LM9KPD"></script>
<script>
  window.dataLayer = window.dataLayer || [];
  function gtag(){dataLayer.push(arguments);}
  gtag('js', new Date());
  gtag('config', 'G-7QX2LM9KPD', { anonymize_ip: true });
</script>
<!-- Meta Pixel -->
<script>
  !function(f,b,e,v,n,t,s){if(f.fbq)return;n=f.fbq=function(){n.callMethod?
  n.callMethod.apply(n,arguments):n.queue.push(arguments)};if(!f._fbq)f._fbq=n;
  n.push=n;n.loaded=!0;n.version='2.0';n.queue=[];t=b.createElement(e);t.async=!0;
  t.src=v;s=b.getElementsByTagName(e)[0];s.parentNode.insertBefore(t,s)}(window,
  document,'script','https://connect.facebook.net/en_US/fbevents.js');
  fbq('init', '1874402293318826');
  fbq('track', 'PageView');
</script>
""")

decoy("javascript/decoy-pusher-key", "apps/festival-pwa/src/realtime.js",
      "https://pusher.com/docs/channels/using_channels/connection/ (app key is public; secret stays server-side)", """\
import Pusher from 'pusher-js';

const pusher = new Pusher('@@K@@', {
  cluster: 'eu',
  forceTLS: true,
});

export function onSetTimeChange(callback) {
  const channel = pusher.subscribe('running-order');
  channel.bind('set-time-changed', (data) => callback(data.artist, data.stage, data.start));
  return () => pusher.unsubscribe('running-order');
}
""", K=hexs(20))

decoy("html/decoy-recaptcha-site-key", "site/src/pages/contact.html",
      "https://developers.google.com/recaptcha/docs/display (site key is embedded in the page)", """\
<form id="contact" action="/api/contact" method="post">
  <label>Name <input name="name" required></label>
  <label>Email <input type="email" name="email" required></label>
  <label>Topic
    <select name="topic">
      <option>Tickets</option><option>Accessibility</option><option>Trading</option><option>Press</option>
    </select>
  </label>
  <textarea name="message" rows="6" required></textarea>
  <div class="g-recaptcha" data-sitekey="6L@@K@@"></div>
  <button type="submit">Send</button>
</form>
<script src="https://www.google.com/recaptcha/api.js" async defer></script>
""", K=mixed(38, B64URL))

_ref = chars(20, string.ascii_lowercase)
decoy("typescript/decoy-supabase-anon-key", "apps/lineup-web/src/lib/supabase.ts",
      "https://supabase.com/docs/guides/api/api-keys#the-anon-key (anon key is safe in the browser with RLS)", """\
import { createClient } from '@supabase/supabase-js';

// anon (public) key: row level security limits it to published lineup rows and the user's own favourites
export const supabase = createClient(
  'https://@@REF@@.supabase.co',
  '@@ANON@@',
);

export async function favourites(userId: string) {
  const { data, error } = await supabase.from('favourites').select('act_slug').eq('user_id', userId);
  if (error) throw error;
  return data.map((row) => row.act_slug);
}
""", REF=_ref, ANON=jwt({"iss": "supabase", "ref": _ref, "role": "anon", "iat": 1714503216, "exp": 2030079216}))

decoy("swift/decoy-spotify-client-id", "FestivalApp/Sources/Music/SpotifyAuth.swift",
      "https://developer.spotify.com/documentation/web-api/tutorials/code-pkce-flow (PKCE: no client secret)", """\
import AuthenticationServices
import CryptoKit
import Foundation

/// "Save the lineup playlist" uses Authorization Code with PKCE, so the app holds no client secret.
enum SpotifyAuth {
    static let clientID = "@@CID@@"
    static let redirectURI = URL(string: "waveform://spotify-callback")!
    static let scopes = "playlist-modify-private playlist-modify-public"

    static func codeChallenge(for verifier: String) -> String {
        let digest = SHA256.hash(data: Data(verifier.utf8))
        return Data(digest).base64EncodedString()
            .replacingOccurrences(of: "+", with: "-")
            .replacingOccurrences(of: "/", with: "_")
            .replacingOccurrences(of: "=", with: "")
    }
}
""", CID=hexs(32))

decoy("python/decoy-twilio-account-sid", "safety/notify/sms.py",
      "https://www.twilio.com/docs/iam/api/account (Account SID is an identifier; the auth token is the secret)", '''\
import os

from twilio.rest import Client

ACCOUNT_SID = "AC@@SID@@"
MESSAGING_SERVICE_SID = "MG@@MG@@"

client = Client(ACCOUNT_SID, os.environ["TWILIO_AUTH_TOKEN"])


def cascade(numbers: list[str], body: str) -> int:
    sent = 0
    for number in numbers:
        client.messages.create(messaging_service_sid=MESSAGING_SERVICE_SID, to=number, body=body)
        sent += 1
    return sent
''', SID=hexs(32), MG=hexs(32))

decoy("htpasswd/decoy-password-hash", "deploy/nginx/press-area.htpasswd",
      "https://httpd.apache.org/docs/2.4/misc/password_encryptions.html", """\
# press accreditation area (photo pit schedules, embargoed lineup)
press-desk:$apr1$@@S1@@$@@H1@@
photo-coord:$apr1$@@S2@@$@@H2@@
pr-agency:@@B@@
festival-comms:@@B2@@
lineup-embargo:$apr1$@@S3@@$@@H3@@
""", S1=chars(8, BCRYPT), H1=chars(22, BCRYPT), S2=chars(8, BCRYPT), H2=chars(22, BCRYPT),
      B=bcrypt_hash(10).replace("$2b$", "$2y$"), B2=bcrypt_hash(10).replace("$2b$", "$2y$"),
      S3=chars(8, BCRYPT), H3=chars(22, BCRYPT))

decoy("sql/decoy-bcrypt-hash", "db/seeds/003_staff_users.sql",
      "https://en.wikipedia.org/wiki/Bcrypt ; seed data with password hashes", """\
-- Staff accounts for the box office admin (passwords set by each person on first login;
-- the hashes below are of one-time random values that were never written down).
INSERT INTO staff_users (email, role, password_hash, must_reset) VALUES
  ('boxoffice.lead@kestrel-live.com', 'admin',      '@@A@@', true),
  ('window1@kestrel-live.com',        'cashier',    '@@B@@', true),
  ('window2@kestrel-live.com',        'cashier',    '@@C@@', true),
  ('accreditation@kestrel-live.com',  'accred',     '@@D@@', true),
  ('finance@kestrel-live.com',        'reporting',  '@@E@@', true)
ON CONFLICT (email) DO NOTHING;
""", A=bcrypt_hash(), B=bcrypt_hash(), C=bcrypt_hash(), D=bcrypt_hash(), E=bcrypt_hash())

decoy("mosquitto/decoy-password-hash", "sensors/mosquitto/passwd",
      "https://mosquitto.org/man/mosquitto_passwd-1.html", """\
gate-readers:$7$101$@@S1@@$@@H1@@
gate-counter:$7$101$@@S2@@$@@H2@@
frigate:$7$101$@@S3@@$@@H3@@
wind-mast:$7$101$@@S4@@$@@H4@@
noc-grafana:$7$101$@@S5@@$@@H5@@
""", **{f"S{i}": chars(22, B64) + "==" for i in range(1, 6)}, **{f"H{i}": chars(86, B64) + "==" for i in range(1, 6)})

decoy("cisco-ios/decoy-type9-hash", "network/site/access-sw-bar-north.cfg",
      "https://www.cisco.com/c/en/us/support/docs/security-vpn/remote-authentication-dial-user-service-radius/217260-cisco-ios-password-encryption-facts.html", """\
hostname access-sw-bar-north
!
enable algorithm-type scrypt secret 9 $9$@@S1@@$@@H1@@
!
username netops privilege 15 algorithm-type scrypt secret 9 $9$@@S2@@$@@H2@@
!
aaa new-model
aaa authentication login default group SITE-NPS local
!
vlan 30
 name CASHLESS-POS
!
interface range GigabitEthernet1/0/1 - 16
 description bar-tills
 switchport access vlan 30
 switchport mode access
 spanning-tree portfast
!
ip ssh version 2
line vty 0 4
 transport input ssh
!
end
""", S1=chars(14, BCRYPT), H1=chars(43, BCRYPT), S2=chars(14, BCRYPT), H2=chars(43, BCRYPT))

decoy("json/decoy-django-fixture-hash", "accreditation/fixtures/staff.json",
      "https://docs.djangoproject.com/en/5.0/topics/auth/passwords/#how-django-stores-passwords", json.dumps([
          {"model": "auth.user", "pk": 1, "fields": {
              "username": "accred-admin", "email": "accreditation@kestrel-live.com", "is_staff": True,
              "is_superuser": True, "password": "pbkdf2_sha256$720000$@@S1@@$@@H1@@="}},
          {"model": "auth.user", "pk": 2, "fields": {
              "username": "crew-checkin", "email": "crew@kestrel-live.com", "is_staff": True,
              "is_superuser": False, "password": "pbkdf2_sha256$720000$@@S2@@$@@H2@@="}},
      ], indent=2) + "\n", S1=chars(22), H1=chars(43, B64), S2=chars(22), H2=chars(43, B64))

decoy("ansible/decoy-ssh-public-key", "ansible/roles/showtech_users/defaults/main.yml",
      "https://docs.ansible.com/ansible/latest/collections/ansible/posix/authorized_key_module.html", """\
showtech_users:
  - name: showtech
    groups: [sudo, audio, video]
    authorized_keys:
      - "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI@@K1@@ liam@stage-manager-mbp"
      - "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI@@K2@@ priya@lx-desk"
  - name: deploy
    groups: []
    authorized_keys:
      - "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI@@K3@@ jenkins@production-office"
showtech_sudo_nopasswd: false
""", K1=chars(43, B64), K2=chars(43, B64), K3=chars(43, B64))

decoy("json/decoy-wireguard-public-keys", "network/vpn/peers.json",
      "https://www.wireguard.com/protocol/ (public keys identify peers)", json.dumps({
          "server": {"endpoint": "185.44.12.7:51820", "publicKey": "@@P0@@", "subnet": "10.99.0.0/24"},
          "peers": [
              {"name": "foh-rack", "address": "10.99.0.2", "publicKey": "@@P1@@"},
              {"name": "bar-north", "address": "10.99.0.14", "publicKey": "@@P2@@"},
              {"name": "bar-south", "address": "10.99.0.15", "publicKey": "@@P3@@"},
              {"name": "gate-north", "address": "10.99.0.21", "publicKey": "@@P4@@"},
          ]}, indent=2) + "\n", P0=wg_public(), P1=wg_public(), P2=wg_public(), P3=wg_public(), P4=wg_public())

decoy("asc/decoy-pgp-public-key", "site/public/.well-known/pgp-key.asc",
      "https://www.rfc-editor.org/rfc/rfc9116 (security.txt Encryption field) ; RFC 4880 armor", """\
-----BEGIN PGP PUBLIC KEY BLOCK-----
Comment: security@waveformfest.co.uk

@@B@@
-----END PGP PUBLIC KEY BLOCK-----
""", B=_wrap("mDMEZk" + chars(394, B64), 64) + "\n=" + chars(4, B64))

decoy("pem/decoy-certificate", "deploy/nginx/certs/scan.nightjar-events.com.crt",
      "https://www.rfc-editor.org/rfc/rfc7468#section-5 (certificates are public)", """\
@@C@@
""", C=cert_pem())

decoy("dockerfile/decoy-sha256-checksum", "video/relay/Dockerfile",
      "https://docs.docker.com/build/building/best-practices/ ; verifying downloads with sha256sum", """\
FROM debian:bookworm-slim

ARG SRT_VERSION=1.5.3
ARG SRT_SHA256=@@H1@@
ARG FFMPEG_SHA256=@@H2@@

RUN apt-get update && apt-get install -y --no-install-recommends curl ca-certificates xz-utils \\
 && curl -fsSLo /tmp/srt.tar.gz https://github.com/Haivision/srt/archive/refs/tags/v${SRT_VERSION}.tar.gz \\
 && echo "${SRT_SHA256}  /tmp/srt.tar.gz" | sha256sum -c - \\
 && curl -fsSLo /tmp/ffmpeg.tar.xz https://johnvansickle.com/ffmpeg/releases/ffmpeg-release-amd64-static.tar.xz \\
 && echo "${FFMPEG_SHA256}  /tmp/ffmpeg.tar.xz" | sha256sum -c - \\
 && tar -xJf /tmp/ffmpeg.tar.xz -C /usr/local/bin --strip-components=1 --wildcards '*/ffmpeg' \\
 && rm -rf /var/lib/apt/lists/* /tmp/*

ENTRYPOINT ["ffmpeg"]
""", H1=hexs(64), H2=hexs(64))

decoy("json/decoy-package-lock-integrity", "apps/festival-map/package-lock.json",
      "https://docs.npmjs.com/cli/v10/configuring-npm/package-lock-json#packages", """\
{
  "name": "festival-map",
  "version": "2025.6.0",
  "lockfileVersion": 3,
  "requires": true,
  "packages": {
    "": {
      "name": "festival-map",
      "version": "2025.6.0",
      "dependencies": { "mapbox-gl": "^3.4.0" }
    },
    "node_modules/@mapbox/jsonlint-lines-primitives": {
      "version": "2.0.2",
      "resolved": "https://registry.npmjs.org/@mapbox/jsonlint-lines-primitives/-/jsonlint-lines-primitives-2.0.2.tgz",
      "integrity": "sha512-@@A@@=="
    },
    "node_modules/earcut": {
      "version": "2.2.4",
      "resolved": "https://registry.npmjs.org/earcut/-/earcut-2.2.4.tgz",
      "integrity": "sha512-@@B@@=="
    },
    "node_modules/mapbox-gl": {
      "version": "3.4.0",
      "resolved": "https://registry.npmjs.org/mapbox-gl/-/mapbox-gl-3.4.0.tgz",
      "integrity": "sha512-@@C@@=="
    }
  }
}
""", A=chars(86, B64), B=chars(86, B64), C=chars(86, B64))

decoy("go/decoy-go-sum", "cashless/go.sum",
      "https://go.dev/ref/mod#go-sum-files", """\
github.com/adyen/adyen-go-api-library/v9 v9.4.0 h1:@@A@@=
github.com/adyen/adyen-go-api-library/v9 v9.4.0/go.mod h1:@@B@@=
github.com/ably/ably-go v1.2.17 h1:@@C@@=
github.com/ably/ably-go v1.2.17/go.mod h1:@@D@@=
github.com/ugorji/go/codec v1.2.12 h1:@@E@@=
github.com/ugorji/go/codec v1.2.12/go.mod h1:@@F@@=
golang.org/x/net v0.26.0 h1:@@G@@=
golang.org/x/net v0.26.0/go.mod h1:@@H@@=
""", **{k: chars(43, B64) for k in "ABCDEFGH"})

decoy("markdown/decoy-changelog-commit-shas", "scanner-api/CHANGELOG.md",
      "https://keepachangelog.com/en/1.1.0/ ; git commit ids", """\
# Changelog

## 2025.6.1 - 2025-06-03
- Offline mode keeps the last 90 minutes of scans when the site uplink drops ([@@C1@@](https://github.com/nightjar-events/scanner-api/commit/@@F1@@))
- Re-admit endpoint requires a supervisor login (@@C2@@)

## 2025.5.4 - 2025-05-21
- Faster duplicate-scan check on busy lanes (@@C3@@)
- Fix: wristband UIDs with leading zeros were rejected (@@C4@@)

## 2025.5.0 - 2025-05-02
- First release for the 2025 season. Full diff: @@F2@@...@@F3@@
""", C1=hexs(7), F1=hexs(40), C2=hexs(7), C3=hexs(7), C4=hexs(7), F2=hexs(40), F3=hexs(40))

decoy("json/decoy-event-uuids", "apps/checkout/config/events-2025.json",
      "RFC 9562 UUIDs used as event and ticket-type identifiers", json.dumps({
          "season": 2025,
          "events": [
              {"id": "@@E1@@", "name": "Waveform Festival - Weekend", "eventbriteId": "874512390117",
               "ticketTypes": [{"id": "@@T1@@", "name": "Weekend Camping", "pricePence": 22900},
                               {"id": "@@T2@@", "name": "Weekend Day-Visitor", "pricePence": 17900}]},
              {"id": "@@E2@@", "name": "Waveform Festival - Sunday Only", "eventbriteId": "874512390240",
               "ticketTypes": [{"id": "@@T3@@", "name": "Sunday", "pricePence": 7900}]},
          ]}, indent=2) + "\n", E1=uuid4(), T1=uuid4(), T2=uuid4(), E2=uuid4(), T3=uuid4())

decoy("html/decoy-mux-playback-id", "apps/vod/app/sets/[slug]/player.html",
      "https://docs.mux.com/guides/play-your-videos (public playback IDs)", """\
<script src="https://cdn.jsdelivr.net/npm/@mux/mux-player" defer></script>

<mux-player
  playback-id="@@P1@@"
  metadata-video-title="The Velvet Static - Main Stage, Saturday"
  metadata-video-id="sat-main-velvet-static"
  accent-color="#ff4f6d"
  thumbnail-time="312"
></mux-player>

<p class="credits">Filmed by the Waveform media crew. Audio mixed from the broadcast truck.</p>
""", P1=chars(44, ALNUM))

decoy("javascript/decoy-ticket-signature-public-key", "scanner-app/web/verify-offline.js",
      "https://developer.mozilla.org/en-US/docs/Web/API/SubtleCrypto/verify ; JWK public keys (RFC 7517)", """\
// Offline verification of signed e-tickets at the gates. Only the PUBLIC key ships in the app;
// the private half lives in the ticket-signer service.
const TICKET_SIGNING_JWK = {
  kty: 'EC',
  crv: 'P-256',
  kid: 'tickets-2025-05',
  x: '@@X@@',
  y: '@@Y@@',
  use: 'sig',
};

const keyPromise = crypto.subtle.importKey('jwk', TICKET_SIGNING_JWK, { name: 'ECDSA', namedCurve: 'P-256' }, false, ['verify']);

export async function verifyTicket(payload, signature) {
  const key = await keyPromise;
  return crypto.subtle.verify({ name: 'ECDSA', hash: 'SHA-256' }, key, signature, new TextEncoder().encode(payload));
}
""", X=chars(43, B64URL), Y=chars(43, B64URL))

decoy("caddyfile/decoy-bcrypt-basic-auth", "deploy/caddy/Caddyfile",
      "https://caddyserver.com/docs/caddyfile/directives/basic_auth", """\
ops.saltmarsh.live {
    encode gzip

    basic_auth /runbooks/* {
        # caddy hash-password output (bcrypt)
        production @@H1@@
        safety @@H2@@
    }

    handle_path /runbooks/* {
        root * /srv/runbooks
        file_server
    }

    reverse_proxy /grafana/* 10.10.0.30:3000
}
""", H1=bcrypt_hash(14).replace("$2b$", "$2a$"), H2=bcrypt_hash(14).replace("$2b$", "$2a$"))

decoy("csv/decoy-ticket-scan-hashes", "reports/2025/friday-gate-north-scans.csv",
      "Anonymised scan export: SHA-256 of the ticket id, no barcodes", """\
scanned_at,gate,lane,ticket_sha256,result
2025-06-13T12:00:04Z,north,1,@@H1@@,ok
2025-06-13T12:00:05Z,north,3,@@H2@@,ok
2025-06-13T12:00:07Z,north,2,@@H3@@,duplicate
2025-06-13T12:00:09Z,north,1,@@H4@@,ok
2025-06-13T12:00:11Z,north,4,@@H5@@,wrong-day
2025-06-13T12:00:12Z,north,2,@@H6@@,ok
""", **{f"H{i}": hexs(64) for i in range(1, 7)})

# =================================================================================================
# Decoys: vendor examples, fixtures, redaction and show/site files with nothing secret
# =================================================================================================

decoy("markdown/decoy-aws-docs-example", "docs/onboarding/aws-cli.md",
      "https://docs.aws.amazon.com/IAM/latest/UserGuide/security-creds.html (documented example keys)", """\
# AWS CLI on the tour laptops

We use IAM Identity Center, so nobody should have long-lived keys. If a vendor tool insists on
a credentials file, it looks like this (these are the example values from the AWS docs):

```ini
[vendor-tool]
aws_access_key_id = AKIAIOSFODNN7EXAMPLE
aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY
```

Ask in #platform for a scoped key instead, and put it in 1Password, not in the repo.
To sign in normally: `aws sso login --profile festival-admin`.
""")

decoy("python/decoy-jwt-io-example", "guestlist/tests/test_tokens.py",
      "https://jwt.io/ (the introductory example token and its documented secret)", '''\
import jwt
import pytest

# The example token from jwt.io, signed with the site's documented demo secret.
JWT_IO_EXAMPLE = (
    "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9."
    "eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ."
    "SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c"
)


def test_decodes_reference_token():
    claims = jwt.decode(JWT_IO_EXAMPLE, "your-256-bit-secret", algorithms=["HS256"])
    assert claims["name"] == "John Doe"


def test_rejects_wrong_secret():
    with pytest.raises(jwt.InvalidSignatureError):
        jwt.decode(JWT_IO_EXAMPLE, "not-the-secret", algorithms=["HS256"])
''')

decoy("javascript/decoy-test-fixture", "apps/checkout/test/webhooks.test.js",
      "https://github.com/stripe/stripe-mock ; https://docs.stripe.com/webhooks#test-webhook (generateTestHeaderString)", """\
const Stripe = require('stripe');
const request = require('supertest');

process.env.STRIPE_SECRET_KEY = 'sk_test_123';
process.env.STRIPE_WEBHOOK_SECRET = 'whsec_test_secret';
const app = require('../src/app');

const stripe = new Stripe('sk_test_123', { host: 'localhost', port: 12111, protocol: 'http' });

test('issues tickets on checkout.session.completed', async () => {
  const payload = JSON.stringify({ id: 'evt_test_1', type: 'checkout.session.completed', data: { object: { id: 'cs_test_a1' } } });
  const header = stripe.webhooks.generateTestHeaderString({ payload, secret: 'whsec_test_secret' });
  const res = await request(app).post('/webhooks/stripe').set('Stripe-Signature', header).send(payload);
  expect(res.status).toBe(204);
});
""")

decoy("ruby/decoy-fake-token", "spec/support/slack_stub.rb",
      "https://api.slack.com/authentication/token-types ; WebMock stubs in specs", """\
# Specs never talk to Slack: every client call is stubbed and the token is a dummy.
FAKE_SLACK_TOKEN = "xoxb-000000000000-0000000000000-XXXXXXXXXXXXXXXXXXXXXXXX".freeze

RSpec.configure do |config|
  config.before do
    stub_const("ENV", ENV.to_h.merge("SLACK_BOT_TOKEN" => FAKE_SLACK_TOKEN))
    stub_request(:post, "https://slack.com/api/chat.postMessage")
      .with(headers: { "Authorization" => "Bearer #{FAKE_SLACK_TOKEN}" })
      .to_return(status: 200, body: { ok: true, ts: "1717398011.000100" }.to_json,
                 headers: { "Content-Type" => "application/json" })
  end
end
""")

decoy("log/decoy-redacted", "docs/incidents/2025-06-13-checkout-timeouts/checkout.log",
      "Incident write-up practice: credentials masked before logs are shared", """\
2025-06-13T10:00:01.114Z INFO  on-sale opened: tier=early-bird capacity=12000
2025-06-13T10:00:03.902Z DEBUG POST https://api.stripe.com/v1/checkout/sessions Authorization: Bearer sk_live_************************4f2Q
2025-06-13T10:00:34.221Z WARN  stripe request timeout after 30000ms (attempt 1/3) idempotency_key=ord_8f2c...
2025-06-13T10:00:34.225Z DEBUG redis AUTH [REDACTED]
2025-06-13T10:01:02.871Z ERROR webhook signature check failed: secret=whsec_***redacted*** header=t=1718272862,v1=<omitted>
2025-06-13T10:01:40.003Z INFO  queue-it throttle raised to 400/min
2025-06-13T10:05:12.440Z INFO  p95 checkout latency back under 900ms
""")

decoy("markdown/decoy-1password-reference", "docs/runbooks/streaming-day.md",
      "https://developer.1password.com/docs/cli/secret-reference-syntax/", """\
# Streaming show day

| What | Where the credential lives |
|------|----------------------------|
| YouTube stream keys | `op://Streaming/YouTube main stage/stream key` |
| Twitch stream key | `op://Streaming/Twitch/stream key` |
| Mux API token | `op://Streaming/Mux API/token secret` |
| vMix license | `op://Streaming/vMix 4K/license key` |

1. Run `ops/scripts/encoder-env.sh` on the encoder laptop (needs `op signin`).
2. Check the relay: `docker compose -f video/docker-compose.yml up -d relay`.
3. Test stream to the unlisted "Rehearsal" broadcast before doors.
4. Never paste a stream key in Slack; if it happens, reset the key in the platform straight away.
""")

decoy("lua/decoy-grandma3-plugin", "lighting/ma3-plugins/BlinderCheck/BlinderCheck.lua",
      "grandMA3 Lua plugin API (Printf, Cmd, ObjectList)", """\
-- BlinderCheck: flashes each blinder group at 30% for 1 s during the rig check, logs to the command line.
local GROUPS = { 21, 22, 23, 24 }  -- DSL, DSR, USL, USR blinders

local function main()
  for _, g in ipairs(GROUPS) do
    Cmd(string.format("Group %d At 30", g))
    coroutine.yield(1.0)
    Cmd(string.format("Group %d At 0", g))
    Printf("BlinderCheck: group %d done", g)
  end
  Cmd("ClearAll")
end

return main
""")

decoy("ini/decoy-artnet-node-config", "lighting/nodes/artnet-node-foh.ini",
      "https://art-net.org.uk/ (Art-Net 4: universes, net/subnet, no authentication)", """\
[node]
name=FOH-NODE-01
short_name=FOH1
ip=2.12.40.11
subnet_mask=255.0.0.0
mac=00:50:C2:8F:3A:11
firmware=4.2.7

[port1]
mode=output
net=0
subnet=0
universe=1
merge=HTP

[port2]
mode=output
net=0
subnet=0
universe=2
merge=LTP
""")

decoy("csv/decoy-dmx-patch", "lighting/patch/mainstage-2025-patch.csv",
      "USITT DMX512-A addressing; console patch exports", """\
fixture_id,type,mode,universe,address,position,note
101,Robe MegaPointe,Mode 1,1,1,Truss A,spot
102,Robe MegaPointe,Mode 1,1,40,Truss A,spot
103,Robe MegaPointe,Mode 1,1,79,Truss A,spot
201,GLP JDC1,Standard,2,1,Truss B,strobe
202,GLP JDC1,Standard,2,69,Truss B,strobe
301,Martin MAC Aura XB,Extended,3,1,Floor,wash
302,Martin MAC Aura XB,Extended,3,15,Floor,wash
401,Molefay Blinder 8,8ch,4,1,Downstage edge,blinder
""")

decoy("yaml/decoy-radio-channel-plan", "radios/channel-plan-2025.yml",
      "Ofcom business radio licence conditions; MOTOTRBO channel planning (colour codes, slots)", """\
# Site radio channel plan (digital DMR). Keys are loaded by the radio hire company with a KVL;
# nothing key-related is kept in this repository.
licence: "Ofcom Business Radio Area Defined 1234567/2"
colour_code: 3
channels:
  - {number: 1, name: CTRL, rx: 451.43750, tx: 456.43750, slot: 1, privacy: enhanced, key_ref: "KVL slot 1"}
  - {number: 2, name: SECURITY, rx: 451.46250, tx: 456.46250, slot: 2, privacy: enhanced, key_ref: "KVL slot 1"}
  - {number: 3, name: MEDICAL, rx: 451.48750, tx: 456.48750, slot: 1, privacy: enhanced, key_ref: "KVL slot 1"}
  - {number: 4, name: PRODUCTION, rx: 451.51250, tx: 456.51250, slot: 2, privacy: none}
  - {number: 5, name: TRAFFIC, rx: 451.53750, tx: 456.53750, slot: 1, privacy: none}
talkgroups:
  control: 1001
  all_call: 16777215
call_signs:
  event_control: "Control"
  safety_officer: "Gold"
  head_of_security: "Silver"
""")

decoy("csv/decoy-wristband-uids", "cashless/encoding/batch-2025-A-sample.csv",
      "ISO/IEC 14443-3 7-byte UIDs (public card identifiers, readable by any phone)", """\
uid,batch,ticket_type,encoded_at
04A23C1A7F6B80,2025-A,weekend-camping,2025-05-14T09:12:44Z
04A23C1A7F6C80,2025-A,weekend-camping,2025-05-14T09:12:45Z
04B17E2A2D5E80,2025-A,weekend-day,2025-05-14T09:12:47Z
04C4410B9A3F81,2025-A,crew,2025-05-14T09:12:48Z
0491F06A114F80,2025-A,artist,2025-05-14T09:12:50Z
04D8E23C5B7A80,2025-A,weekend-camping,2025-05-14T09:12:51Z
""")

decoy("markdown/decoy-mifare-default-key", "cashless/docs/encoding-station.md",
      "NXP AN10787 MIFARE Application Directory (public MAD key A0A1A2A3A4A5); NFC Forum NDEF key D3F7D3F7D3F7", """\
# Encoding station checklist

1. Blank wristbands arrive with the factory transport keys: key A and key B are `FFFFFFFFFFFF`
   on every sector (public, printed in every reader manual).
2. The MAD sector uses the published MAD key `A0A1A2A3A4A5`; NDEF sectors use `D3F7D3F7D3F7`.
3. The encoder replaces the transport keys with the event keys, which are loaded into the
   encoder's SAM by the cashless supplier. We never see or store them.
4. Check a sample of 20 bands per box with the verify tool; reject the box if any still
   authenticates with `FFFFFFFFFFFF`.
""")

decoy("python/decoy-stripe-object-ids", "services/orders/tests/test_refunds.py",
      "https://docs.stripe.com/api/events/object (object ids such as evt_, pi_, ch_, re_ are identifiers)", '''\
from orders.refunds import refund_for_event

EVENT = {
    "id": "evt_3PQxZ2Lk8sVw0Ab31RTqK9mD",
    "type": "charge.refunded",
    "data": {"object": {
        "id": "ch_3PQxZ2Lk8sVw0Ab31uV2hC4x",
        "payment_intent": "pi_3PQxZ2Lk8sVw0Ab31Xf0Jk7b",
        "refunds": {"data": [{"id": "re_3PQxZ2Lk8sVw0Ab31cQ9LwEe", "amount": 22900}]},
        "customer": "cus_QH8mN2bT4rVx1y",
    }},
}


def test_refund_voids_tickets(db):
    refund = refund_for_event(EVENT)
    assert refund.amount_pence == 22900
    assert refund.payment_intent == "pi_3PQxZ2Lk8sVw0Ab31Xf0Jk7b"
''')

decoy("json/decoy-obs-scene-collection", "video/obs/scenes/Festival_2025.json",
      "OBS Studio scene collection JSON (sources, uuids, settings)", json.dumps({
          "name": "Festival 2025",
          "current_scene": "IMAG Live",
          "sources": [
              {"name": "IMAG Live", "uuid": "@@U1@@", "id": "scene", "settings": {"items": [
                  {"name": "Decklink 1", "visible": True}, {"name": "Lower third", "visible": False}]}},
              {"name": "Decklink 1", "uuid": "@@U2@@", "id": "decklink-input",
               "settings": {"device_hash": "@@H@@", "mode_id": 8}},
              {"name": "Lower third", "uuid": "@@U3@@", "id": "browser_source",
               "settings": {"url": "http://10.40.12.50:8080/lowerthird?stage=main", "width": 1920, "height": 1080}},
          ],
          "transitions": [{"name": "Fade", "id": "fade_transition"}],
      }, indent=2) + "\n", U1=uuid4(), U2=uuid4(), U3=uuid4(), H=hexs(40))

decoy("nginx/decoy-rtmp-envsubst", "video/relay/nginx.conf.template",
      "https://hub.docker.com/_/nginx (templates + envsubst) ; nginx-rtmp push", """\
worker_processes auto;
events { worker_connections 1024; }

rtmp {
    server {
        listen 1935;
        application live {
            live on;
            record off;
            allow publish 10.40.12.0/24;
            deny publish all;
            # keys are substituted at container start from the encoder's .env (never committed)
            push rtmp://a.rtmp.youtube.com/live2/${YOUTUBE_STREAM_KEY};
            push rtmp://lhr08.contribute.live-video.net/app/${TWITCH_STREAM_KEY};
        }
    }
}
""")

decoy("shell/decoy-srt-passphrase-file", "video/scripts/contribution-feed-v2.sh",
      "https://github.com/Haivision/srt/blob/master/docs/API/API-socket-options.md#SRTO_PASSPHRASE", """\
#!/usr/bin/env bash
# v2: passphrase read from a root-only file provisioned by Ansible, not from the script.
set -euo pipefail

STAGE="${1:-second-stage}"
TRUCK_IP="10.40.20.5"
PASSPHRASE_FILE="/etc/srt/${STAGE}.passphrase"
[[ -r "$PASSPHRASE_FILE" ]] || { echo "missing $PASSPHRASE_FILE" >&2; exit 1; }
PASSPHRASE="$(<"$PASSPHRASE_FILE")"

exec srt-live-transmit "udp://:5000?adapter=10.40.21.2" \\
  "srt://${TRUCK_IP}:9001?mode=caller&latency=250&pbkeylen=32&passphrase=${PASSPHRASE}&streamid=${STAGE}" \\
  -s:1000 -v
""")

decoy("markdown/decoy-slack-docs-example", "lighting/ma3-plugins/CueNotify/README.md",
      "https://api.slack.com/messaging/webhooks (documented example URL)", """\
# CueNotify

Posts every fired cue of the selected sequence to a Slack channel.

## Setup
1. Create an incoming webhook for `#mainstage-lx` (Slack app "Show Notifications").
2. Put the URL on the console in `/gma3_library/datapools/plugins/CueNotify/webhook.txt`.
   It looks like Slack's example: `https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX`
3. Import the plugin and assign it to an executor.

The plugin never stores the URL in the show file, so show files can be shared with guest LDs.
""")

decoy("html/decoy-password-reset-template", "accreditation/templates/emails/password_reset.html",
      "https://docs.djangoproject.com/en/5.0/topics/auth/default/#django.contrib.auth.views.PasswordResetView", """\
{% load i18n %}
<p>Hi {{ user.first_name|default:user.username }},</p>
<p>Someone asked to reset the password for your Kestrel Live accreditation account.</p>
<p>
  <a href="{{ protocol }}://{{ domain }}{% url 'password_reset_confirm' uidb64=uid token=token %}">
    Choose a new password
  </a>
</p>
<p>The link works once and expires in 3 days. If you didn't ask for this, ignore this email.</p>
<p>Accreditation team<br>Crew Check-in opens Tuesday 09:00</p>
""")

decoy("json/decoy-apple-wallet-pass-template", "tickets/wallet/pass-template/pass.json",
      "https://developer.apple.com/documentation/walletpasses/pass (authenticationToken filled per pass)", """\
{
  "formatVersion": 1,
  "passTypeIdentifier": "pass.com.waveformfest.ticket",
  "teamIdentifier": "7QK3X92LMD",
  "organizationName": "Waveform Festival",
  "description": "Waveform Festival 2025 ticket",
  "serialNumber": "{{ticket_id}}",
  "authenticationToken": "{{per_pass_auth_token}}",
  "webServiceURL": "https://tickets.waveformfest.co.uk/wallet",
  "barcodes": [{ "format": "PKBarcodeFormatQR", "message": "{{signed_qr}}", "messageEncoding": "iso-8859-1" }],
  "eventTicket": {
    "primaryFields": [{ "key": "event", "label": "EVENT", "value": "Waveform Festival 2025" }],
    "secondaryFields": [{ "key": "type", "label": "TICKET", "value": "{{ticket_type}}" }],
    "auxiliaryFields": [{ "key": "gate", "label": "ENTRY", "value": "{{gate}}" }]
  },
  "backgroundColor": "rgb(18,18,40)",
  "foregroundColor": "rgb(255,255,255)"
}
""")

decoy("python/decoy-hmac-from-kms", "scanner-api/app/qr_keys.py",
      "https://docs.aws.amazon.com/kms/latest/developerguide/hmac.html (GenerateMac: key never leaves KMS)", '''\
"""QR signatures are computed by KMS HMAC keys; the key material never leaves KMS."""
import base64

import boto3

kms = boto3.client("kms", region_name="eu-west-2")
QR_KEY_ID = "alias/ticket-qr-hmac-2025"


def sign(ticket_id: str) -> str:
    mac = kms.generate_mac(KeyId=QR_KEY_ID, MacAlgorithm="HMAC_SHA_256", Message=ticket_id.encode())["Mac"]
    return f"{ticket_id}.{base64.urlsafe_b64encode(mac).decode().rstrip('=')[:22]}"


def verify(qr: str) -> bool:
    ticket_id, _, _ = qr.partition(".")
    return bool(ticket_id) and sign(ticket_id) == qr
''')

decoy("xml/decoy-codeplug-no-keys", "radios/codeplug/production-team-export.xml",
      "MOTOTRBO CPS codeplug export (privacy disabled: analogue/clear channels only)", """\
<?xml version="1.0" encoding="UTF-8"?>
<Codeplug model="DP4401e" cpsVersion="2.153.292.0" exported="2025-05-28T16:20:43">
  <GeneralSettings>
    <RadioAlias>PROD-%ID%</RadioAlias>
    <TxPowerDefault>Low</TxPowerDefault>
  </GeneralSettings>
  <PrivacySettings>
    <PrivacyType>None</PrivacyType>
    <KeyList/>
  </PrivacySettings>
  <Channels>
    <Channel zone="Site" name="PRODUCTION" rx="451.51250" tx="456.51250" colorCode="3" slot="2" privacyKey="0"/>
    <Channel zone="Site" name="TRAFFIC" rx="451.53750" tx="456.53750" colorCode="3" slot="1" privacyKey="0"/>
    <Channel zone="Site" name="STAGE-BIGTOP" rx="449.98750" tx="449.98750" ctcss="94.8" analog="true"/>
  </Channels>
</Codeplug>
""")
