"""Blind set FG: piano tuners, music shops and instrument repair.

Tuning and repair scheduling apps, music-shop storefronts (Shopify, WooCommerce, Square POS),
inventory and rental-contract back offices, payment processors, shipping and label vendors,
messaging and e-mail providers, and the small IT and web teams (or the one nephew) that run them:
their configs, scripts, CI files, device configs and runbooks, and decoys of the same shapes that
leak nothing. Generated fakes only (seeds 1820000-1829999).
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
UHEX = "0123456789ABCDEF"
UPPER_ALNUM = string.ascii_uppercase + string.digits
LOWER_ALNUM = string.ascii_lowercase + string.digits
URLSAFE = ALNUM + "-_"
B64 = ALNUM + "+/"
BCRYPT = "./" + ALNUM

SEED_LO, SEED_HI = 1820000, 1829999
_SEED = [SEED_LO]


def _seed() -> int:
    _SEED[0] += 1
    assert SEED_LO <= _SEED[0] <= SEED_HI
    return _SEED[0]


def _rng() -> random.Random:
    return random.Random(_seed())


def draw(n: int, alphabet: str = ALNUM) -> str:
    """n characters of the alphabet; of ALNUM, with a digit and both cases as issued tokens have
    (a bounded number of redraws)."""
    r = _rng()
    value = ""
    for _ in range(40):
        value = "".join(r.choice(alphabet) for _ in range(n))
        if alphabet != ALNUM or n < 10 or (any(c.isdigit() for c in value) and any(c.isupper() for c in value)
                                           and any(c.islower() for c in value)):
            break
    return value


def hexs(n: int) -> str:
    return draw(n, HEX)


def uhex(n: int) -> str:
    return draw(n, UHEX)


def digits(n: int) -> str:
    r = _rng()
    return str(r.randint(1, 9)) + "".join(r.choice(string.digits) for _ in range(n - 1))


def uuid() -> str:
    return fakes.uuid4(_seed())


def raw_b64(nbytes: int) -> str:
    r = _rng()
    return base64.b64encode(bytes(r.getrandbits(8) for _ in range(nbytes))).decode()


def b64(s: str) -> str:
    return base64.b64encode(s.encode()).decode()


def b64url(s: str) -> str:
    return base64.urlsafe_b64encode(s.encode()).decode().rstrip("=")


CAPS = ["Steinway", "Bosendorfer", "Chickering", "Hamlin", "Baldwin", "Bluthner", "Fazioli", "Petrof",
        "Sostenuto", "Fermata", "Cadenza", "Glissando", "Treble", "Damper", "Agraffe", "Capstan",
        "Pinblock", "Soundboard", "Whippen", "Octave", "Unison", "Rosewood", "Walnut", "Bellows"]
LOWERW = ["tuning", "hammer", "felt", "string", "bridge", "pedal", "keybed", "action", "rosin", "reed",
          "valve", "fret", "bow", "mute", "pitch", "lever", "damper", "spruce", "ebony", "cello"]
SYMS = "!#*@+=?.~"


def human_pw() -> str:
    """A password a person chose: two words, a sign, a year or a number."""
    r = _rng()
    style = r.randint(0, 2)
    if style == 0:
        return r.choice(CAPS) + r.choice(SYMS) + r.choice(CAPS) + str(r.randint(10, 2024))
    if style == 1:
        return r.choice(CAPS) + str(r.randint(1, 99)) + r.choice(LOWERW) + r.choice(SYMS) + r.choice(LOWERW).upper()
    return r.choice(LOWERW).capitalize() + r.choice(CAPS) + str(r.randint(1950, 2024)) + r.choice(SYMS)


def phrase_pw() -> str:
    """A passphrase safe in a URL: words and dashes, a number."""
    r = _rng()
    return "-".join(r.sample(LOWERW, 3)) + "-" + str(r.randint(2, 99))


def gen_pw(n: int = 24, extra: str = "") -> str:
    return draw(n, ALNUM + extra) if extra else draw(n)


def pem(label: str, first: str, nchars: int) -> str:
    r = _rng()
    body = first + "".join(r.choice(B64) for _ in range(nchars - len(first)))
    lines = [body[i:i + 64] for i in range(0, len(body), 64)]
    return f"-----BEGIN {label}-----\n" + "\n".join(lines) + f"\n-----END {label}-----"


def rsa_key() -> str:
    return pem("RSA PRIVATE KEY", "MIIEpAIBAAKCAQEA", 1588)


def pkcs8_rsa() -> str:
    return pem("PRIVATE KEY", "MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQ", 1620)


def p8_key() -> str:
    """An App Store Connect / APNs .p8 key: PKCS#8 of a P-256 key."""
    return pem("PRIVATE KEY", "MIGTAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBHkwdwIBAQQg", 200)


def ec_key() -> str:
    return pem("EC PRIVATE KEY", "MHcCAQEEI", 164)


def openssh_key() -> str:
    r = _rng()
    body = ("b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW"
            "QyNTUxOQAAACB" + "".join(r.choice(B64) for _ in range(317)))
    lines = [body[i:i + 70] for i in range(0, len(body), 70)]
    return "-----BEGIN OPENSSH PRIVATE KEY-----\n" + "\n".join(lines) + "\n-----END OPENSSH PRIVATE KEY-----"


def cert_pem(lines: int = 14) -> str:
    r = _rng()
    body = "MIIE" + "".join(r.choice(B64) for _ in range(64 * lines - 4))
    out = [body[i:i + 64] for i in range(0, len(body), 64)]
    return "-----BEGIN CERTIFICATE-----\n" + "\n".join(out) + "\n-----END CERTIFICATE-----"


def jwt(header: dict, payload: dict, sig_len: int = 43) -> str:
    return (b64url(json.dumps(header, separators=(",", ":"))) + "."
            + b64url(json.dumps(payload, separators=(",", ":"))) + "." + draw(sig_len, URLSAFE))


def bcrypt_hash() -> str:
    return "$2b$12$" + draw(53, BCRYPT)


# -- vendor shapes --------------------------------------------------------------------------------

def stripe_sk() -> str:
    return "sk_live_51" + draw(97)


def stripe_rk() -> str:
    return "rk_live_51" + draw(97)


def stripe_pk() -> str:
    return "pk_live_51" + draw(97)


def whsec() -> str:
    return "whsec_" + draw(32)


def shopify(prefix: str) -> str:
    return prefix + hexs(32)


def square_token() -> str:
    return "EAAAl" + draw(59, URLSAFE)


def slack_webhook() -> str:
    return ("https://hooks.slack.com/services/T" + draw(10, UPPER_ALNUM) + "/B" + draw(10, UPPER_ALNUM)
            + "/" + draw(24))


def slack_bot() -> str:
    return "xoxb-" + digits(12) + "-" + digits(13) + "-" + draw(24)


def discord_webhook() -> str:
    return "https://discord.com/api/webhooks/" + digits(19) + "/" + draw(68, URLSAFE)


def sendgrid() -> str:
    return "SG." + draw(22, URLSAFE) + "." + draw(43, URLSAFE)


def azure_secret() -> str:
    return draw(3) + "8Q~" + draw(34, ALNUM + "_.-~")


CASES: List[LabelledCase] = []


def add(category: str, file_name: str, text: str, secret: Optional[str], source: str) -> None:
    CASES.append(LabelledCase("blind-fg/" + category, file_name, text, secret, source))


def t(text: str, **values: str) -> str:
    for name, value in values.items():
        assert "@@" + name + "@@" in text, name
        text = text.replace("@@" + name + "@@", value)
    assert "@@" not in text, text[:80]
    return text.lstrip("\n")


# =================================================================================================
# Secrets: storefronts and payments
# =================================================================================================

_tok = shopify("shpat_")
add("env/shopify-admin-token", "apps/rental-sync/.env", t(r'''
# Harmony Keys rental sync - custom app "Rental Contracts Bridge"
# (created in Settings > Apps and sales channels > Develop apps)
SHOPIFY_SHOP=harmony-keys-music.myshopify.com
SHOPIFY_API_VERSION=2024-07
SHOPIFY_ADMIN_ACCESS_TOKEN=@@TOK@@
SHOPIFY_LOCATION_ID=74512302142
RENTAL_DB_URL=postgres://rental_app@localhost:5432/rentals
SYNC_CRON="*/15 * * * *"
LOG_LEVEL=info
''', TOK=_tok), _tok, "Shopify dev docs: custom apps, Admin API access tokens (shpat_)")

_key = stripe_sk()
add("python/stripe-secret-key", "billing/rental_autopay.py", t(r'''
"""Monthly autopay for instrument rental contracts (rent-to-own band instruments)."""
import datetime
import logging

import stripe

from contracts.models import RentalContract

stripe.api_key = "@@KEY@@"
log = logging.getLogger(__name__)


def charge_due_contracts(today=None):
    today = today or datetime.date.today()
    for contract in RentalContract.objects.filter(next_due=today, status="active"):
        try:
            intent = stripe.PaymentIntent.create(
                amount=contract.monthly_cents,
                currency="usd",
                customer=contract.stripe_customer_id,
                payment_method=contract.default_payment_method,
                off_session=True,
                confirm=True,
                description=f"Rental {contract.number} - {contract.instrument}",
                metadata={"contract": contract.number},
            )
        except stripe.error.CardError as exc:
            log.warning("card declined for %s: %s", contract.number, exc.user_message)
            contract.flag_past_due()
            continue
        contract.record_payment(intent.id, intent.amount)
''', KEY=_key), _key, "Stripe API reference: Authentication; stripe-python README")

_wh = whsec()
add("js/stripe-webhook-secret", "server/routes/stripeWebhook.js", t(r'''
const express = require('express');
const Stripe = require('stripe');
const { markRepairPaid } = require('../services/repairTickets');

const stripe = Stripe(process.env.STRIPE_SECRET_KEY);
// signing secret from Dashboard > Developers > Webhooks > "repair-deposits" endpoint
const endpointSecret = '@@WH@@';

const router = express.Router();

router.post('/webhooks/stripe', express.raw({ type: 'application/json' }), async (req, res) => {
  let event;
  try {
    event = stripe.webhooks.constructEvent(req.body, req.headers['stripe-signature'], endpointSecret);
  } catch (err) {
    console.error('stripe signature check failed', err.message);
    return res.status(400).send(`Webhook Error: ${err.message}`);
  }
  if (event.type === 'checkout.session.completed') {
    const session = event.data.object;
    await markRepairPaid(session.metadata.ticket, session.amount_total);
  }
  res.json({ received: true });
});

module.exports = router;
''', WH=_wh), _wh, "Stripe docs: Check the webhook signatures (whsec_ endpoint secret)")

_mid, _pub, _priv = draw(16, LOWER_ALNUM), draw(16, LOWER_ALNUM), hexs(32)
add("ruby/braintree-private-key", "config/initializers/braintree.rb", t(r'''
# Braintree gateway for the online store (band & orchestra rentals, repair deposits)
require "braintree"

BRAINTREE_GATEWAY = Braintree::Gateway.new(
  environment: Rails.env.production? ? :production : :sandbox,
  merchant_id: "@@MID@@",
  public_key: "@@PUB@@",
  private_key: "@@PRIV@@",
)

Braintree::Configuration.logger = Rails.logger
Braintree::Configuration.logger.level = Logger::WARN
''', MID=_mid, PUB=_pub, PRIV=_priv), _priv, "Braintree developer docs: Configuration (merchant_id, public_key, private_key)")

_ck, _cs = "ck_" + hexs(40), "cs_" + hexs(40)
add("php/woocommerce-consumer-secret", "tools/sync-stock.php", t(r'''
<?php
// Nightly: push stock counts from the back-room inventory DB to the WooCommerce store.
require __DIR__ . '/vendor/autoload.php';

use Automattic\WooCommerce\Client;

$woocommerce = new Client(
    'https://www.brassandreedrepair.com',
    '@@CK@@',
    '@@CS@@',
    ['version' => 'wc/v3', 'timeout' => 30]
);

$pdo = new PDO('sqlite:' . __DIR__ . '/../data/inventory.sqlite');
$rows = $pdo->query('SELECT sku, on_hand FROM stock WHERE changed_at > datetime("now", "-1 day")');

foreach ($rows as $row) {
    $found = $woocommerce->get('products', ['sku' => $row['sku']]);
    if (!$found) {
        fwrite(STDERR, "no product for SKU {$row['sku']}\n");
        continue;
    }
    $woocommerce->put('products/' . $found[0]->id, ['stock_quantity' => (int) $row['on_hand']]);
}
''', CK=_ck, CS=_cs), _cs, "WooCommerce REST API docs: Authentication (consumer key ck_, consumer secret cs_)")

_sq = square_token()
add("yaml/square-access-token", "pos-bridge/config/production.yml", t(r'''
# POS bridge: Square Point of Sale (showroom + repair counter) -> inventory service
square:
  environment: production
  application_id: sq0idp-@@APP@@
  access_token: @@SQ@@
  api_version: "2024-06-04"
  location_ids:
    showroom: L8R3W2K1Q9ZQX
    repair_counter: LJ0F6S2M7D4TB
inventory:
  base_url: http://inventory.internal:8080/api
  batch_size: 100
schedule:
  catalog_pull: "0 */2 * * *"
  counts_push: "*/10 * * * *"
''', APP=draw(22, URLSAFE), SQ=_sq), _sq, "Square developer docs: Access tokens (production EAAA tokens)")

_cid, _sec = "A" + draw(79, URLSAFE), "E" + draw(79, URLSAFE)
add("json/paypal-client-secret", "config/paypal.live.json", t(r'''
{
  "mode": "live",
  "client_id": "@@CID@@",
  "client_secret": "@@SEC@@",
  "webhook_id": "4JH86294D6297924G",
  "brand_name": "Vintage Strings & Frets",
  "return_url": "https://vintagestringsfrets.com/checkout/complete",
  "cancel_url": "https://vintagestringsfrets.com/cart"
}
''', CID=_cid, SEC=_sec), _sec, "PayPal developer docs: REST API authentication (client ID and secret)")

_tk = draw(16)
add("appsettings/authorize-net-transaction-key", "src/RepairDesk.Api/appsettings.Production.json", t(r'''
{
  "Logging": {
    "LogLevel": {
      "Default": "Information",
      "Microsoft.AspNetCore": "Warning"
    }
  },
  "AllowedHosts": "repairdesk.keystonepianos.com",
  "AuthorizeNet": {
    "Environment": "Production",
    "ApiLoginId": "@@LOGIN@@",
    "TransactionKey": "@@TK@@"
  },
  "Scheduling": {
    "DefaultTuningMinutes": 90,
    "TravelBufferMinutes": 30
  }
}
''', LOGIN=draw(10), TK=_tk), _tk, "Authorize.net developer docs: API Login ID and Transaction Key")

_shippo = "shippo_live_" + hexs(40)
add("go/shippo-live-token", "internal/shipping/shippo.go", t(r'''
package shipping

import (
	"bytes"
	"encoding/json"
	"fmt"
	"net/http"
	"time"
)

const (
	shippoBase  = "https://api.goshippo.com"
	shippoToken = "@@TOK@@"
)

var client = &http.Client{Timeout: 20 * time.Second}

// CreateLabel buys a label for a shipment (guitar cases go as oversize parcels).
func CreateLabel(rateID string) (*Transaction, error) {
	body, _ := json.Marshal(map[string]any{"rate": rateID, "label_file_type": "PDF_4x6", "async": false})
	req, err := http.NewRequest(http.MethodPost, shippoBase+"/transactions/", bytes.NewReader(body))
	if err != nil {
		return nil, err
	}
	req.Header.Set("Authorization", "ShippoToken "+shippoToken)
	req.Header.Set("Content-Type", "application/json")
	resp, err := client.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	if resp.StatusCode >= 300 {
		return nil, fmt.Errorf("shippo: %s", resp.Status)
	}
	var tx Transaction
	return &tx, json.NewDecoder(resp.Body).Decode(&tx)
}
''', TOK=_shippo), _shippo, "Shippo API docs: Authentication (ShippoToken shippo_live_...)")

_ez = "EZAK" + draw(54)
add("ts/easypost-api-key", "src/shipping/easypost.ts", t(r'''
import EasyPostClient from '@easypost/api';

// production key - shop account "Allegro Music Supply"
const client = new EasyPostClient('@@KEY@@');

export async function quoteDrumShipment(toZip: string, weightOz: number) {
  const shipment = await client.Shipment.create({
    from_address: {
      company: 'Allegro Music Supply',
      street1: '418 Cadence Ave',
      city: 'Dayton',
      state: 'OH',
      zip: '45402',
      phone: '937-555-0148',
    },
    to_address: { zip: toZip, country: 'US' },
    parcel: { length: 26, width: 26, height: 18, weight: weightOz },
  });
  return shipment.rates
    .filter((rate) => ['USPS', 'UPS'].includes(rate.carrier))
    .sort((a, b) => Number(a.rate) - Number(b.rate));
}
''', KEY=_ez), _ez, "EasyPost API docs: Authentication (production keys EZAK...)")

_ssk, _sss = hexs(32), hexs(32)
add("shell/shipstation-basic-auth", "scripts/pull-shipstation-orders.sh", t(r'''
#!/usr/bin/env bash
# Pull yesterday's shipped orders from ShipStation into the bookkeeping CSV.
set -euo pipefail

SINCE=$(date -d 'yesterday' +%Y-%m-%d)
OUT="/srv/bookkeeping/shipstation/shipments-${SINCE}.json"

curl -sS --fail \
  -u "@@K@@:@@S@@" \
  "https://ssapi.shipstation.com/shipments?shipDateStart=${SINCE}&pageSize=500" \
  -o "$OUT"

jq -r '.shipments[] | [.orderNumber, .trackingNumber, .shipmentCost] | @csv' "$OUT" \
  >> /srv/bookkeeping/shipstation/shipments.csv
echo "saved $(jq '.total' "$OUT") shipments for ${SINCE}"
''', K=_ssk, S=_sss), _sss, "ShipStation API docs: Authentication (HTTP Basic with API key and secret)")

_ups_id, _ups_sec = draw(48), draw(64)
add("python/ups-client-secret", "shipping/ups_rates.py", t(r'''
import base64
import time

import requests

UPS_CLIENT_ID = "@@ID@@"
UPS_CLIENT_SECRET = "@@SEC@@"
UPS_ACCOUNT = "8W4R12"

_token = {"value": None, "expires": 0}


def _access_token():
    if _token["value"] and _token["expires"] > time.time() + 60:
        return _token["value"]
    basic = base64.b64encode(f"{UPS_CLIENT_ID}:{UPS_CLIENT_SECRET}".encode()).decode()
    resp = requests.post(
        "https://onlinetools.ups.com/security/v1/oauth/token",
        headers={"Authorization": f"Basic {basic}", "x-merchant-id": UPS_ACCOUNT},
        data={"grant_type": "client_credentials"},
        timeout=15,
    )
    resp.raise_for_status()
    body = resp.json()
    _token.update(value=body["access_token"], expires=time.time() + int(body["expires_in"]))
    return _token["value"]


def rate_piano_bench(dest_zip):
    """Benches and small keyboards only; uprights go by freight."""
    headers = {"Authorization": f"Bearer {_access_token()}"}
    payload = {"RateRequest": {"Shipment": {"ShipTo": {"Address": {"PostalCode": dest_zip, "CountryCode": "US"}}}}}
    return requests.post("https://onlinetools.ups.com/api/rating/v2403/Rate", json=payload,
                         headers=headers, timeout=20).json()
''', ID=_ups_id, SEC=_ups_sec), _ups_sec, "UPS developer portal: OAuth client credentials")

_fx_key, _fx_sec = "l7" + hexs(30), hexs(32)
add("properties/fedex-secret-key", "src/main/resources/application-prod.properties", t(r'''
spring.application.name=shop-fulfilment
server.port=8085

# FedEx REST APIs (project "Instrument Shipping")
fedex.api.base-url=https://apis.fedex.com
fedex.api.key=@@KEY@@
fedex.secret.key=@@SEC@@
fedex.account-number=740561073

fulfilment.default-packaging=YOUR_PACKAGING
fulfilment.insure-over-usd=500
logging.level.com.crescendo.fulfilment=INFO
''', KEY=_fx_key, SEC=_fx_sec), _fx_sec, "FedEx developer portal: API authorization (client_id = API key, client_secret = secret key)")

_tw_sid, _tw_tok = "AC" + hexs(32), hexs(32)
add("k8s-secret/twilio-auth-token", "deploy/k8s/tuner-sms-secret.yaml", t(r'''
apiVersion: v1
kind: Secret
metadata:
  name: tuner-sms
  namespace: scheduling
  labels:
    app: appointment-reminders
type: Opaque
data:
  TWILIO_ACCOUNT_SID: @@SID@@
  TWILIO_AUTH_TOKEN: @@TOK@@
  TWILIO_FROM_NUMBER: @@FROM@@
''', SID=b64(_tw_sid), TOK=b64(_tw_tok), FROM=b64("+15035550172")), _tw_tok,
    "Kubernetes docs: Secrets (data values base64); Twilio docs: Auth Token")

_sg = sendgrid()
add("env/sendgrid-api-key", "scheduler-web/.env.production", t(r'''
NODE_ENV=production
PORT=3000
APP_URL=https://book.tuneupsonline.com
SESSION_COOKIE_NAME=tuneups_sid

# reminder e-mails ("Your piano tuning is tomorrow")
SENDGRID_API_KEY="@@SG@@"
MAIL_FROM="Tune-Ups Piano Service <appointments@tuneupsonline.com>"
REMINDER_HOURS_BEFORE=24
''', SG=_sg), _sg, "SendGrid docs: API keys (SG.<id>.<secret>)")

_mg = "key-" + hexs(32)
add("ini/mailgun-api-key", "etc/repair-notify.ini", t(r'''
; repair-notify: e-mails customers when their instrument's repair ticket changes state
[general]
poll_seconds = 120
ticket_db = /var/lib/repairdesk/tickets.db

[mailgun]
domain = mg.fiddleheadviolins.com
api_base = https://api.mailgun.net/v3
api_key = @@MG@@
from = Fiddlehead Violin Repair <workshop@fiddleheadviolins.com>

[templates]
received = ticket-received
ready = ticket-ready-for-pickup
''', MG=_mg), _mg, "Mailgun docs: API authentication (api:key-...)")

_mc = hexs(32) + "-us14"
add("toml/mailchimp-api-key", "newsletter/config.toml", t(r'''
# Monthly "Tuner's Notes" newsletter export job
[mailchimp]
api_key = "@@MC@@"
server = "us14"
audience_id = "b7c1e90f3d"
tag_new_customers = "tuning-2024"

[source]
customers_csv = "exports/customers.csv"
skip_if_no_consent = true

[schedule]
day_of_month = 3
''', MC=_mc), _mc, "Mailchimp Marketing API docs: API keys (<32 hex>-<dc>)")

_pm = uuid()
add("php/postmark-server-token", "config/services.php", t(r'''
<?php

return [

    'postmark' => [
        'token' => env('POSTMARK_TOKEN', '@@PM@@'),
        'message_stream_id' => env('POSTMARK_STREAM', 'outbound'),
    ],

    'ses' => [
        'key' => env('AWS_ACCESS_KEY_ID'),
        'secret' => env('AWS_SECRET_ACCESS_KEY'),
        'region' => env('AWS_DEFAULT_REGION', 'us-east-1'),
    ],

    'tuning_reminders' => [
        'days_before' => 2,
        'sender' => 'office@pianocraftservice.com',
    ],

];
''', PM=_pm), _pm, "Postmark docs: Server API token (X-Postmark-Server-Token); Laravel docs: config/services.php")

_acuity_user, _acuity_key = digits(8), hexs(32)
add("apps-script/acuity-api-key", "apps-script/AcuitySync.gs", t(r'''
/**
 * Pulls next week's Acuity appointments into the "Route Planner" sheet so the
 * tuners can see their day in order of drive time.
 */
var ACUITY_USER_ID = '@@USER@@';
var ACUITY_API_KEY = '@@KEY@@';

function pullNextWeek() {
  var start = new Date();
  var end = new Date(start.getTime() + 7 * 24 * 3600 * 1000);
  var url = 'https://acuityscheduling.com/api/v1/appointments?minDate=' +
      Utilities.formatDate(start, 'America/Chicago', 'yyyy-MM-dd') +
      '&maxDate=' + Utilities.formatDate(end, 'America/Chicago', 'yyyy-MM-dd');
  var resp = UrlFetchApp.fetch(url, {
    headers: {
      Authorization: 'Basic ' + Utilities.base64Encode(ACUITY_USER_ID + ':' + ACUITY_API_KEY)
    }
  });
  var rows = JSON.parse(resp.getContentText()).map(function (a) {
    return [a.datetime, a.calendar, a.firstName + ' ' + a.lastName, a.location, a.type];
  });
  var sheet = SpreadsheetApp.getActive().getSheetByName('Route Planner');
  sheet.getRange(2, 1, sheet.getMaxRows() - 1, 5).clearContent();
  if (rows.length) sheet.getRange(2, 1, rows.length, 5).setValues(rows);
}
''', USER=_acuity_user, KEY=_acuity_key), _acuity_key, "Acuity Scheduling API docs: HTTP Basic with user ID and API key")

_cal = jwt({"kid": hexs(8), "typ": "PAT", "alg": "ES512"},
           {"iss": "https://auth.calendly.com", "iat": 1716400000, "jti": uuid(), "user_uuid": uuid(),
            "app_uid": draw(43, URLSAFE), "exp": 1779472000}, 176)
add("python/calendly-personal-token", "scheduling/calendly_import.py", t(r'''
"""Import Calendly bookings ("Piano tuning - 1 hr", "Pitch raise") into the route planner."""
import requests

CALENDLY_TOKEN = "@@TOK@@"
ORG = "https://api.calendly.com/organizations/EBHAAFHDCAEQTSEZ"

session = requests.Session()
session.headers["Authorization"] = f"Bearer {CALENDLY_TOKEN}"


def scheduled_events(min_start, max_start):
    params = {"organization": ORG, "min_start_time": min_start, "max_start_time": max_start,
              "status": "active", "count": 100}
    url = "https://api.calendly.com/scheduled_events"
    while url:
        page = session.get(url, params=params, timeout=20).json()
        yield from page["collection"]
        url, params = page["pagination"].get("next_page"), None
''', TOK=_cal), _cal, "Calendly API docs: Personal access tokens (JWT bearer)")

_calcom = "cal_live_" + hexs(32)
add("js/calcom-api-key", "scripts/cal-bookings.mjs", t(r'''
// node scripts/cal-bookings.mjs 2024-09-01 2024-09-30  -> CSV of repair drop-off bookings
const [from, to] = process.argv.slice(2);
const API_KEY = '@@KEY@@';

const url = new URL('https://api.cal.com/v1/bookings');
url.searchParams.set('apiKey', API_KEY);
url.searchParams.set('dateFrom', from);
url.searchParams.set('dateTo', to);

const res = await fetch(url);
if (!res.ok) {
  console.error('cal.com', res.status, await res.text());
  process.exit(1);
}
const { bookings } = await res.json();
console.log('start,title,attendee,email');
for (const b of bookings) {
  const a = b.attendees[0] ?? {};
  console.log([b.startTime, JSON.stringify(b.title), JSON.stringify(a.name ?? ''), a.email ?? ''].join(','));
}
''', KEY=_calcom), _calcom, "Cal.com API v1 docs: API keys (cal_live_...) passed as apiKey")

_slack = slack_webhook()
add("github-actions/slack-webhook", ".github/workflows/deploy-storefront.yml", t(r'''
name: Deploy storefront theme

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
      - run: npm ci
      - run: npx shopify theme push --live --allow-live --store kessler-woodwinds
        env:
          SHOPIFY_CLI_THEME_TOKEN: ${{ secrets.SHOPIFY_CLI_THEME_TOKEN }}
      - name: Tell #web-team
        if: always()
        run: |
          curl -sS -X POST -H 'Content-type: application/json' \
            --data "{\"text\":\"Theme deploy ${{ job.status }} (${GITHUB_SHA::7})\"}" \
            @@HOOK@@
''', HOOK=_slack), _slack, "Slack docs: Incoming webhooks; GitHub Actions workflow syntax")

_dw = discord_webhook()
add("python/discord-webhook", "bots/repair_status.py", t(r'''
import sqlite3
import time

import requests

WEBHOOK = "@@HOOK@@"
DB = "/home/pi/repairboard/tickets.db"


def post(msg):
    requests.post(WEBHOOK, json={"username": "Workbench", "content": msg}, timeout=10)


def main():
    seen = set()
    while True:
        with sqlite3.connect(DB) as conn:
            rows = conn.execute(
                "SELECT id, instrument, status FROM tickets WHERE updated_at > datetime('now', '-5 minutes')"
            ).fetchall()
        for ticket_id, instrument, status in rows:
            if (ticket_id, status) not in seen:
                seen.add((ticket_id, status))
                post(f"#{ticket_id} {instrument}: **{status}**")
        time.sleep(60)


if __name__ == "__main__":
    main()
''', HOOK=_dw), _dw, "Discord developer docs: Execute Webhook (webhooks/<id>/<token>)")

_tg = fakes.telegram_token(_seed())
add("python/telegram-bot-token", "dispatch/tuner_bot.py", t(r'''
"""Telegram bot the tuners use to get their route and mark jobs done from the road."""
from telegram import Update
from telegram.ext import Application, CommandHandler, ContextTypes

from dispatch import routes

BOT_TOKEN = "@@TG@@"


async def today(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    stops = routes.for_tuner(update.effective_user.id)
    lines = [f"{s.time:%H:%M} {s.customer} - {s.piano} ({s.address})" for s in stops]
    await update.message.reply_text("\n".join(lines) or "No stops today.")


async def done(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    routes.mark_done(update.effective_user.id, int(context.args[0]))
    await update.message.reply_text("Marked done. Nice work.")


def main() -> None:
    app = Application.builder().token(BOT_TOKEN).build()
    app.add_handler(CommandHandler("today", today))
    app.add_handler(CommandHandler("done", done))
    app.run_polling()


if __name__ == "__main__":
    main()
''', TG=_tg), _tg, "Telegram Bot API docs: authorising your bot (<id>:<token>)")

_npm = "npm_" + draw(36)
add("npmrc/npm-token", "storefront/.npmrc", t(r'''
registry=https://registry.npmjs.org/
@harmonykeys:registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=@@NPM@@
save-exact=true
engine-strict=true
''', NPM=_npm), _npm, "npm docs: .npmrc auth tokens (npm_...)")

_pypi = fakes.pypi_token(_seed())
add("pypirc/pypi-token", "tuning-tools/.pypirc", t(r'''
[distutils]
index-servers =
    pypi
    testpypi

[pypi]
username = __token__
password = @@TOK@@

[testpypi]
repository = https://test.pypi.org/legacy/
username = __token__
''', TOK=_pypi), _pypi, "PyPI docs: API tokens in .pypirc (username __token__)")

_ghp = fakes.github_token(_seed())
add("shell/github-token-in-clone-url", "ops/backup/mirror-repos.sh", t(r'''
#!/bin/sh
# Nightly mirror of the shop's repos onto the backup NAS (runs from cron on the Synology).
# repos: pianoworks/scheduler, pianoworks/storefront-theme, pianoworks/inventory
set -e
DEST=/volume1/backup/git
GH_USER=mgrabowski-tuning
GH_TOKEN=@@TOK@@

mkdir -p "$DEST"
for repo in scheduler storefront-theme inventory; do
  if [ -d "$DEST/$repo.git" ]; then
    git -C "$DEST/$repo.git" remote update --prune
  else
    git clone --mirror "https://$GH_USER:$GH_TOKEN@github.com/pianoworks/$repo.git" "$DEST/$repo.git"
  fi
done
date > "$DEST/last-run.txt"
''', TOK=_ghp), _ghp, "GitHub docs: personal access tokens (ghp_) used over HTTPS")

_gl = "glpat-" + draw(20, URLSAFE)
add("gitlab-ci/gitlab-token-in-url", ".gitlab-ci.yml", t(r'''
stages: [test, mirror]

variables:
  PIP_CACHE_DIR: "$CI_PROJECT_DIR/.cache/pip"

test:
  stage: test
  image: python:3.12-slim
  script:
    - pip install -r requirements.txt
    - pytest -q

mirror-to-shop-gitlab:
  stage: mirror
  image: alpine/git
  only: [main]
  script:
    - git remote add shop https://ci-mirror:@@GL@@@gitlab.com/tempo-music-shop/inventory-api.git
    - git push shop HEAD:main --force
''', GL=_gl), _gl, "GitLab docs: personal access tokens (glpat-) in clone URLs")

_dh = "dckr_pat_" + draw(27, URLSAFE)
_dh_auth = b64("crescendoci:" + _dh)
add("docker-config/docker-hub-auth", "ci/docker/config.json", t(r'''
{
  "auths": {
    "https://index.docker.io/v1/": {
      "auth": "@@AUTH@@"
    }
  },
  "HttpHeaders": {
    "User-Agent": "Docker-Client/24.0.7 (linux)"
  }
}
''', AUTH=_dh_auth), _dh_auth, "Docker docs: docker login config.json (auth = base64 user:token)")

_ak, _sk = fakes.aws_key_id(_seed()), fakes.aws_secret_key(_seed())
add("aws-credentials/aws-secret-key", "ops/aws/credentials", t(r'''
[default]
region = us-west-2

[piano-photos-uploader]
aws_access_key_id = @@AK@@
aws_secret_access_key = @@SK@@
region = us-west-2
''', AK=_ak, SK=_sk), _sk, "AWS CLI docs: configuration and credential file settings")

_ak2, _sk2 = fakes.aws_key_id(_seed()), fakes.aws_secret_key(_seed())
add("terraform/aws-provider-keys", "infra/main.tf", t(r'''
terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.40"
    }
  }
}

provider "aws" {
  region     = "us-east-1"
  access_key = "@@AK@@"
  secret_key = "@@SK@@"
}

resource "aws_s3_bucket" "instrument_photos" {
  bucket = "bellwether-music-instrument-photos"
}

resource "aws_s3_bucket_public_access_block" "instrument_photos" {
  bucket                  = aws_s3_bucket.instrument_photos.id
  block_public_acls       = true
  block_public_policy     = true
  ignore_public_acls      = true
  restrict_public_buckets = true
}
''', AK=_ak2, SK=_sk2), _sk2, "Terraform AWS provider docs: static credentials in the provider block")

_gkey = pkcs8_rsa()
_gkey_json = _gkey.replace("\n", "\\n") + "\\n"
add("json/gcp-service-account-key", "keys/piano-scheduler-sa.json", t(r'''
{
  "type": "service_account",
  "project_id": "piano-scheduler-prod",
  "private_key_id": "@@KID@@",
  "private_key": "@@KEY@@",
  "client_email": "calendar-sync@piano-scheduler-prod.iam.gserviceaccount.com",
  "client_id": "@@CID@@",
  "auth_uri": "https://accounts.google.com/o/oauth2/auth",
  "token_uri": "https://oauth2.googleapis.com/token",
  "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",
  "client_x509_cert_url": "https://www.googleapis.com/robot/v1/metadata/x509/calendar-sync%40piano-scheduler-prod.iam.gserviceaccount.com",
  "universe_domain": "googleapis.com"
}
''', KID=hexs(40), KEY=_gkey_json, CID=digits(21)), _gkey_json,
    "Google Cloud docs: service account keys (JSON key file)")

_p8 = p8_key()
add("ruby/app-store-connect-p8", "ios/fastlane/Fastfile", t(r'''
default_platform(:ios)

platform :ios do
  desc "Upload the TuneBook tuner app to TestFlight"
  lane :beta do
    api_key = app_store_connect_api_key(
      key_id: "8QW2RT7K4N",
      issuer_id: "69a6de7f-21c4-47e3-e053-5b8c7c11a4d1",
      key_content: <<~P8,
@@P8@@
      P8
      in_house: false
    )
    increment_build_number(xcodeproj: "TuneBook.xcodeproj")
    build_app(scheme: "TuneBook")
    upload_to_testflight(api_key: api_key, skip_waiting_for_build_processing: true)
  end
end
''', P8=_p8), _p8, "fastlane docs: app_store_connect_api_key (key_content); Apple: App Store Connect API keys (.p8)")

_ssh = openssh_key()
add("ssh-key/openssh-private-key", "deploy/keys/id_ed25519_storefront", _ssh + "\n", _ssh,
    "OpenSSH ssh-keygen(1): OPENSSH PRIVATE KEY format")

_ssh2 = rsa_key()
_ssh2_indented = "\n".join("  " + line for line in _ssh2.splitlines())
add("ansible/ssh-private-key", "ansible/group_vars/shopfloor.yml", t(r'''
---
# Shop-floor machines: POS terminals, label printers' print server, the tuning-room Mac mini
ansible_user: shopadmin
ansible_python_interpreter: /usr/bin/python3
pos_timezone: America/Denver
print_server: 10.20.0.15

deploy_key_private: |
@@KEY@@

deploy_repos:
  - git@github.com:lindqvist-music/pos-config.git
  - git@github.com:lindqvist-music/label-templates.git
''', KEY=_ssh2_indented), _ssh2, "Ansible docs: group_vars YAML, block scalars")

_ovpn_key = pkcs8_rsa()
add("ovpn/openvpn-client-key", "vpn/tuner-laptop-jkowalski.ovpn", t(r'''
client
dev tun
proto udp
remote vpn.kowalskipianos.com 1194
resolv-retry infinite
nobind
persist-key
persist-tun
remote-cert-tls server
cipher AES-256-GCM
verb 3
<ca>
@@CA@@
</ca>
<cert>
@@CERT@@
</cert>
<key>
@@KEY@@
</key>
''', CA=cert_pem(8), CERT=cert_pem(8), KEY=_ovpn_key), _ovpn_key,
    "OpenVPN reference manual: inline <ca>, <cert>, <key> blocks")

_wg = raw_b64(32)
add("wireguard/private-key", "vpn/wg0-warehouse.conf", t(r'''
# Warehouse (piano storage) <-> shop office tunnel, on the warehouse Raspberry Pi
[Interface]
Address = 10.77.0.2/24
PrivateKey = @@PK@@
ListenPort = 51820
DNS = 10.77.0.1

[Peer]
# shop office router
PublicKey = @@PUB@@
Endpoint = office.meyerpiano.net:51820
AllowedIPs = 10.77.0.0/24, 192.168.10.0/24
PersistentKeepalive = 25
''', PK=_wg, PUB=raw_b64(32)), _wg, "WireGuard wg(8)/wg-quick(8): [Interface] PrivateKey")

_do = "dop_v1_" + hexs(64)
add("terraform/digitalocean-token", "infra/do/providers.tf", t(r'''
terraform {
  required_providers {
    digitalocean = {
      source  = "digitalocean/digitalocean"
      version = "~> 2.36"
    }
  }
}

provider "digitalocean" {
  token = "@@DO@@"
}

resource "digitalocean_droplet" "booking" {
  name   = "booking-prod-1"
  image  = "ubuntu-22-04-x64"
  region = "nyc3"
  size   = "s-1vcpu-2gb"
  tags   = ["booking", "prod"]
}
''', DO=_do), _do, "DigitalOcean docs: personal access tokens (dop_v1_); Terraform DigitalOcean provider")

_cf = draw(40, URLSAFE)
add("env/cloudflare-api-token", "site/.env.deploy", t(r'''
# used by scripts/purge-cache.sh after a theme deploy
CF_ZONE_ID=3b1d0e5c9a7f42e18c6d2b4a0f9e8d71
CF_API_TOKEN=@@CF@@
SITE_URL=https://www.sorensenviolins.com
PURGE_PATHS="/,/collections/violins,/pages/repair-services"
''', CF=_cf), _cf, "Cloudflare docs: API tokens (Authorization: Bearer)")

_her = uuid()
add("github-actions/heroku-api-key", ".github/workflows/heroku.yml", t(r'''
name: deploy-booking-api
on:
  push:
    branches: [ main ]
jobs:
  deploy:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
        with:
          fetch-depth: 0
      - uses: akhileshns/heroku-deploy@v3.13.15
        with:
          heroku_api_key: "@@KEY@@"
          heroku_app_name: "tuneup-booking-api"
          heroku_email: "it@tuneupspianos.com"
          healthcheck: "https://tuneup-booking-api.herokuapp.com/health"
''', KEY=_her), _her, "Heroku Dev Center: API key (HEROKU_API_KEY); GitHub Actions workflow syntax")

# =================================================================================================
# Secrets: SaaS, monitoring, web frameworks, databases
# =================================================================================================

_dd = hexs(32)
add("yaml/datadog-api-key", "ops/datadog/datadog.yaml", t(r'''
## Datadog agent on the booking server (booking-prod-1)
api_key: @@DD@@
site: datadoghq.com
hostname: booking-prod-1
tags:
  - env:prod
  - team:web
  - shop:carrollton-pianos
logs_enabled: true
process_config:
  process_collection:
    enabled: false
apm_config:
  enabled: true
  env: prod
''', DD=_dd), _dd, "Datadog docs: Agent configuration file datadog.yaml (api_key)")

_nr = hexs(36) + "NRAL"
add("js/newrelic-license-key", "booking-api/newrelic.js", t(r'''
'use strict'
/**
 * New Relic agent configuration for the booking API.
 * See lib/config/default.js in the agent distribution for more details.
 */
exports.config = {
  app_name: ['tuneup-booking-api'],
  license_key: '@@NR@@',
  logging: {
    level: 'info'
  },
  allow_all_headers: true,
  attributes: {
    exclude: [
      'request.headers.cookie',
      'request.headers.authorization',
      'response.headers.setCookie*'
    ]
  }
}
''', NR=_nr), _nr, "New Relic Node.js agent docs: newrelic.js (license_key, 40 chars ending NRAL)")

_sn = "sntryu_" + hexs(64)
add("ini/sentry-auth-token", "mobile/.sentryclirc", t(r'''
[defaults]
url = https://sentry.io/
org = oberlin-piano-service
project = tunebook-ios

[auth]
token = @@SN@@
''', SN=_sn), _sn, "Sentry CLI docs: configuration file .sentryclirc ([auth] token)")

_alg_app, _alg_admin = draw(10, UPPER_ALNUM), hexs(32)
add("python/algolia-admin-key", "search/reindex_catalog.py", t(r'''
"""Rebuild the 'products' index (sheet music, accessories, used instruments) from the catalog DB."""
import psycopg2
from algoliasearch.search_client import SearchClient

ALGOLIA_APP_ID = "@@APP@@"
ALGOLIA_ADMIN_KEY = "@@ADMIN@@"

client = SearchClient.create(ALGOLIA_APP_ID, ALGOLIA_ADMIN_KEY)
index = client.init_index("products")


def records():
    with psycopg2.connect("dbname=catalog host=/var/run/postgresql") as conn, conn.cursor() as cur:
        cur.execute("SELECT sku, title, category, brand, price_cents, in_stock FROM products WHERE active")
        for sku, title, category, brand, price, in_stock in cur:
            yield {"objectID": sku, "title": title, "category": category, "brand": brand,
                   "price": price / 100, "in_stock": in_stock}


if __name__ == "__main__":
    index.replace_all_objects(list(records()), {"batchSize": 1000})
    index.set_settings({"searchableAttributes": ["title", "brand", "category"],
                        "customRanking": ["desc(in_stock)"]})
''', APP=_alg_app, ADMIN=_alg_admin), _alg_admin, "Algolia docs: API keys (Admin API key)")

_brevo = "xkeysib-" + hexs(64) + "-" + draw(16)
add("php/brevo-api-key", "wp-content/plugins/lesson-signup/includes/class-brevo.php", t(r'''
<?php
/**
 * Adds lesson sign-ups (piano, guitar, violin) to the Brevo "Students" list.
 */
class Lesson_Signup_Brevo {

    const API_KEY = '@@KEY@@';
    const LIST_ID = 7;

    public static function subscribe( $email, $first_name, $instrument ) {
        $response = wp_remote_post( 'https://api.brevo.com/v3/contacts', array(
            'headers' => array(
                'api-key'      => self::API_KEY,
                'Content-Type' => 'application/json',
                'Accept'       => 'application/json',
            ),
            'body'    => wp_json_encode( array(
                'email'         => $email,
                'attributes'    => array( 'FIRSTNAME' => $first_name, 'INSTRUMENT' => $instrument ),
                'listIds'       => array( self::LIST_ID ),
                'updateEnabled' => true,
            ) ),
            'timeout' => 15,
        ) );
        return ! is_wp_error( $response ) && wp_remote_retrieve_response_code( $response ) < 300;
    }
}
''', KEY=_brevo), _brevo, "Brevo API docs: authentication (api-key header, xkeysib-...)")

_kl = "pk_" + hexs(34)
add("python/klaviyo-private-key", "marketing/klaviyo_events.py", t(r'''
import requests

KLAVIYO_PRIVATE_KEY = "@@KEY@@"
REVISION = "2024-07-15"


def track_rental_started(email, instrument, school):
    payload = {
        "data": {
            "type": "event",
            "attributes": {
                "properties": {"instrument": instrument, "school": school},
                "metric": {"data": {"type": "metric", "attributes": {"name": "Rental Started"}}},
                "profile": {"data": {"type": "profile", "attributes": {"email": email}}},
            },
        }
    }
    resp = requests.post(
        "https://a.klaviyo.com/api/events/",
        json=payload,
        headers={"Authorization": f"Klaviyo-API-Key {KLAVIYO_PRIVATE_KEY}", "revision": REVISION},
        timeout=10,
    )
    resp.raise_for_status()
''', KEY=_kl), _kl, "Klaviyo developer docs: private API keys (Klaviyo-API-Key pk_...)")

_hs = "pat-na1-" + uuid()
add("js/hubspot-private-app-token", "crm/sync-repair-tickets.js", t(r'''
const hubspot = require('@hubspot/api-client');

const client = new hubspot.Client({ accessToken: '@@HS@@' });

async function upsertTicket(ticket) {
  const properties = {
    subject: `Repair #${ticket.number}: ${ticket.instrument}`,
    content: ticket.notes,
    hs_pipeline: '0',
    hs_pipeline_stage: ticket.stage,
    repair_estimate: String(ticket.estimate),
  };
  if (ticket.hubspotId) {
    return client.crm.tickets.basicApi.update(ticket.hubspotId, { properties });
  }
  const created = await client.crm.tickets.basicApi.create({ properties, associations: [] });
  return created.id;
}

module.exports = { upsertTicket };
''', HS=_hs), _hs, "HubSpot developer docs: private app access tokens (pat-na1-...)")

_gcs = "GOCSPX-" + draw(28, URLSAFE)
add("json/google-oauth-client-secret", "scheduler-web/config/client_secret.json", t(r'''
{
  "web": {
    "client_id": "@@CID@@.apps.googleusercontent.com",
    "project_id": "tuneups-calendar",
    "auth_uri": "https://accounts.google.com/o/oauth2/auth",
    "token_uri": "https://oauth2.googleapis.com/token",
    "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",
    "client_secret": "@@SEC@@",
    "redirect_uris": [
      "https://book.tuneupsonline.com/oauth2/callback"
    ],
    "javascript_origins": [
      "https://book.tuneupsonline.com"
    ]
  }
}
''', CID=digits(12) + "-" + draw(32, LOWER_ALNUM), SEC=_gcs), _gcs,
    "Google Identity docs: OAuth 2.0 client secrets file (client_secret.json, GOCSPX-)")

_mb = "sk." + b64url('{"u":"stanleypianomovers","a":"cl' + draw(23, LOWER_ALNUM) + '"}') + "." + draw(22, URLSAFE)
add("shell/mapbox-secret-token", "maps/upload-service-area.sh", t(r'''
#!/usr/bin/env bash
# Upload the piano-moving service area (GeoJSON) as a Mapbox tileset source.
set -euo pipefail
export MAPBOX_ACCESS_TOKEN="@@MB@@"
USER=stanleypianomovers

tilesets upload-source "$USER" service-area data/service-area.geojson --replace
tilesets publish "$USER.service-area"
tilesets status "$USER.service-area"
''', MB=_mb), _mb, "Mapbox docs: secret access tokens (sk.) with tilesets:write scope")

_rc = "6L" + draw(38, URLSAFE)
add("php/recaptcha-secret-key", "public_html/contact/send.php", t(r'''
<?php
// Contact form for tuning quotes - verifies reCAPTCHA, then e-mails the office.
$secret = '@@RC@@';

$verify = file_get_contents('https://www.google.com/recaptcha/api/siteverify', false,
    stream_context_create(['http' => [
        'method'  => 'POST',
        'header'  => 'Content-Type: application/x-www-form-urlencoded',
        'content' => http_build_query([
            'secret'   => $secret,
            'response' => $_POST['g-recaptcha-response'] ?? '',
            'remoteip' => $_SERVER['REMOTE_ADDR'],
        ]),
    ]]));
$result = json_decode($verify, true);
if (empty($result['success']) || $result['score'] < 0.5) {
    http_response_code(400);
    exit('Sorry, that looked automated.');
}

$body = sprintf("Name: %s\nPhone: %s\nPiano: %s\nMessage:\n%s",
    $_POST['name'], $_POST['phone'], $_POST['piano'], $_POST['message']);
mail('office@ridgewaypianotuning.com', 'Tuning quote request', $body, 'From: web@ridgewaypianotuning.com');
header('Location: /contact/thanks.html');
''', RC=_rc), _rc, "Google reCAPTCHA docs: Verifying the user's response (secret key)")

_okta = "00" + draw(40, URLSAFE)
add("powershell/okta-api-token", "it/Offboard-Employee.ps1", t(r'''
<#
  Offboard a shop employee: deactivate in Okta, disable the POS login, move mailbox to shared.
  Usage: .\Offboard-Employee.ps1 -Login jdoe@overturemusic.com
#>
param([Parameter(Mandatory)][string]$Login)

$OktaOrg   = 'https://overturemusic.okta.com'
$OktaToken = '@@OKTA@@'
$Headers   = @{ Authorization = "SSWS $OktaToken"; Accept = 'application/json' }

$user = Invoke-RestMethod -Uri "$OktaOrg/api/v1/users/$Login" -Headers $Headers
Invoke-RestMethod -Method Post -Uri "$OktaOrg/api/v1/users/$($user.id)/lifecycle/deactivate" -Headers $Headers
Write-Host "Okta: deactivated $Login ($($user.id))"

Import-Module ExchangeOnlineManagement
Connect-ExchangeOnline -ShowBanner:$false
Set-Mailbox -Identity $Login -Type Shared
Write-Host "Mailbox converted to shared. Remember to remove the POS PIN in Lightspeed."
''', OKTA=_okta), _okta, "Okta developer docs: API tokens (Authorization: SSWS)")

_az = azure_secret()
add("appsettings/azure-ad-client-secret", "src/Showroom.Portal/appsettings.json", t(r'''
{
  "AzureAd": {
    "Instance": "https://login.microsoftonline.com/",
    "Domain": "heritagepianogallery.onmicrosoft.com",
    "TenantId": "@@TEN@@",
    "ClientId": "@@CID@@",
    "ClientSecret": "@@SEC@@",
    "CallbackPath": "/signin-oidc"
  },
  "Graph": {
    "BaseUrl": "https://graph.microsoft.com/v1.0",
    "Scopes": "Calendars.ReadWrite Mail.Send"
  },
  "Logging": {
    "LogLevel": { "Default": "Information" }
  },
  "AllowedHosts": "*"
}
''', TEN=uuid(), CID=uuid(), SEC=_az), _az, "Microsoft identity platform docs: client secrets; ASP.NET Core appsettings")

_azk = raw_b64(64)
add("csharp/azure-storage-connection-string", "src/RentalContracts/Storage/ContractBlobStore.cs", t(r'''
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;

namespace RentalContracts.Storage;

public sealed class ContractBlobStore
{
    // signed rental agreements (PDF) live in the "contracts" container
    private const string ConnectionString =
        "DefaultEndpointsProtocol=https;AccountName=encoremusicrentals;AccountKey=@@KEY@@;EndpointSuffix=core.windows.net";

    private readonly BlobContainerClient _container =
        new BlobServiceClient(ConnectionString).GetBlobContainerClient("contracts");

    public async Task<Uri> SaveAsync(string contractNumber, Stream pdf, CancellationToken ct)
    {
        var blob = _container.GetBlobClient($"{DateTime.UtcNow:yyyy/MM}/{contractNumber}.pdf");
        await blob.UploadAsync(pdf, new BlobHttpHeaders { ContentType = "application/pdf" }, cancellationToken: ct);
        return blob.Uri;
    }
}
''', KEY=_azk), _azk, "Azure Storage docs: configure a connection string (AccountKey)")

_vault = "hvs.CAESI" + draw(81, URLSAFE)
add("shell/vault-token", "ops/scripts/rotate-pos-db-password.sh", t(r'''
#!/usr/bin/env bash
# Rotate the POS database password and store the new one in Vault.
set -euo pipefail

export VAULT_ADDR=https://vault.shop.internal:8200
export VAULT_TOKEN=@@VT@@

NEW_PW=$(openssl rand -base64 24 | tr -d '/+=' | cut -c1-24)
psql -h pos-db.shop.internal -U postgres -c "ALTER ROLE pos_app WITH PASSWORD '${NEW_PW}';"
vault kv put secret/pos/db username=pos_app password="$NEW_PW"
systemctl restart pos-api
echo "rotated at $(date -Is)"
''', VT=_vault), _vault, "HashiCorp Vault docs: tokens (hvs. service tokens), VAULT_TOKEN")

_tfc = draw(14) + ".atlasv1." + draw(67)
add("json/terraform-cloud-token", "infra/.terraform.d/credentials.tfrc.json", t(r'''
{
  "credentials": {
    "app.terraform.io": {
      "token": "@@TFC@@"
    }
  }
}
''', TFC=_tfc), _tfc, "Terraform CLI docs: credentials.tfrc.json (Terraform Cloud API token)")

_lk = "base64:" + raw_b64(32)
_db_pw = human_pw()
add("env/laravel-app-key", "repair-portal/.env", t(r'''
APP_NAME="Luthier Repair Portal"
APP_ENV=production
APP_KEY=@@KEY@@
APP_DEBUG=false
APP_URL=https://repairs.marchettiluthiers.com

LOG_CHANNEL=stack
LOG_LEVEL=warning

DB_CONNECTION=mysql
DB_HOST=127.0.0.1
DB_PORT=3306
DB_DATABASE=repairs
DB_USERNAME=repairs
DB_PASSWORD=${REPAIRS_DB_PASSWORD}

CACHE_DRIVER=file
QUEUE_CONNECTION=database
SESSION_DRIVER=file
SESSION_LIFETIME=120

MAIL_MAILER=log
''', KEY=_lk), _lk, "Laravel docs: configuration, APP_KEY (base64: 32-byte key)")

_dj = fakes.django_secret_key(_seed())
add("python/django-secret-key", "tunebook/settings/production.py", t(r'''
from .base import *  # noqa: F401,F403

DEBUG = False
SECRET_KEY = "@@DJ@@"
ALLOWED_HOSTS = ["tunebook.pianotechguild-chapter12.org"]

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": "tunebook",
        "USER": "tunebook",
        "HOST": "/var/run/postgresql",
    }
}

SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
SECURE_HSTS_SECONDS = 31536000
STATIC_ROOT = "/srv/tunebook/static"
''', DJ=_dj), _dj, "Django docs: settings SECRET_KEY (get_random_secret_key)")

_rails = hexs(128)
add("yaml/rails-secret-key-base", "config/secrets.yml", t(r'''
# Be sure to restart your server when you modify this file.
development:
  secret_key_base: 4f1c6a0e8d2b7f39a5c4e1d0b9a8f7e6d5c4b3a2f1e0d9c8b7a6f5e4d3c2b1a0

test:
  secret_key_base: 9a8b7c6d5e4f3a2b1c0d9e8f7a6b5c4d3e2f1a0b9c8d7e6f5a4b3c2d1e0f9a8b

production:
  secret_key_base: @@SKB@@
  shopify_store: hollis-band-instruments.myshopify.com
''', SKB=_rails), _rails, "Rails guides (4.1-5.1): config/secrets.yml secret_key_base")

_pg_pw = gen_pw(24)
add("env/postgres-url-password", "inventory-api/.env.production", t(r'''
# inventory-api (piano & band instrument stock across 3 stores)
DATABASE_URL=postgres://inventory_app:@@PW@@@db-prod.cluster-c8x2k4.us-east-2.rds.amazonaws.com:5432/inventory?sslmode=require
DATABASE_POOL_SIZE=10
REDIS_URL=redis://cache.internal:6379/2
STORE_IDS=north,downtown,warehouse
JWT_ISSUER=https://inventory.treblemakersmusic.com
''', PW=_pg_pw), _pg_pw, "PostgreSQL docs: connection URIs (postgres://user:password@host/db)")

_wp_pw = human_pw()
add("php/wp-config-db-password", "public_html/wp-config.php", t(r'''
<?php
/**
 * The base configuration for WordPress (Brightwater Piano & Organ)
 */

// ** Database settings - You can get this info from your web host ** //
define( 'DB_NAME', 'brightwa_wp' );
define( 'DB_USER', 'brightwa_wpuser' );
define( 'DB_PASSWORD', '@@PW@@' );
define( 'DB_HOST', 'localhost' );
define( 'DB_CHARSET', 'utf8mb4' );
define( 'DB_COLLATE', '' );

define( 'AUTH_KEY',         'put your unique phrase here' );
define( 'SECURE_AUTH_KEY',  'put your unique phrase here' );
define( 'LOGGED_IN_KEY',    'put your unique phrase here' );
define( 'NONCE_KEY',        'put your unique phrase here' );

$table_prefix = 'bw_';

define( 'WP_DEBUG', false );

if ( ! defined( 'ABSPATH' ) ) {
	define( 'ABSPATH', __DIR__ . '/' );
}

require_once ABSPATH . 'wp-settings.php';
''', PW=_wp_pw), _wp_pw, "WordPress docs: Editing wp-config.php (DB_PASSWORD)")

_mongo_pw = gen_pw(16)
add("js/mongodb-srv-password", "src/db.js", t(r'''
const mongoose = require('mongoose');

const uri = 'mongodb+srv://lessons_api:@@PW@@@cluster0.x7kq2.mongodb.net/lessons?retryWrites=true&w=majority';

async function connect() {
  mongoose.set('strictQuery', true);
  await mongoose.connect(uri, { serverSelectionTimeoutMS: 8000 });
  console.log('connected to lessons db');
}

module.exports = { connect };
''', PW=_mongo_pw), _mongo_pw, "MongoDB docs: connection string URI format (mongodb+srv)")

_redis_pw = fakes.redis_password(_seed())
add("yaml/redis-url-password", "config/sidekiq.yml", t(r'''
---
:concurrency: 5
:queues:
  - [reminders, 3]
  - [label_printing, 2]
  - default
:redis:
  :url: redis://:@@PW@@@redis-prod.encorepianos.internal:6379/0
:scheduler:
  :schedule:
    send_tuning_reminders:
      cron: "0 9 * * *"
      class: TuningReminderJob
''', PW=_redis_pw), _redis_pw, "Sidekiq wiki: Using Redis (redis:// URL with password)")

_amqp_pw = gen_pw(20)
add("python/amqp-url-password", "workers/celeryconfig.py", t(r'''
# Celery config for the label-printing and e-mail workers
broker_url = "amqp://labels:@@PW@@@mq.shop.internal:5672/labels"
result_backend = "rpc://"

task_serializer = "json"
accept_content = ["json"]
timezone = "Europe/Berlin"
enable_utc = True

task_routes = {
    "workers.labels.print_shipping_label": {"queue": "labels"},
    "workers.mail.send_repair_update": {"queue": "mail"},
}
worker_prefetch_multiplier = 1
''', PW=_amqp_pw), _amqp_pw, "Celery docs: broker_url (amqp://user:password@host/vhost)")

_cmp_pw = human_pw()
add("compose/postgres-password", "docker-compose.yml", t(r'''
services:
  db:
    image: postgres:16
    restart: unless-stopped
    environment:
      POSTGRES_DB: gazette
      POSTGRES_USER: gazette
      POSTGRES_PASSWORD: "@@PW@@"
    volumes:
      - pgdata:/var/lib/postgresql/data

  web:
    build: .
    depends_on: [db]
    environment:
      DATABASE_URL: postgres://gazette@db:5432/gazette
      TZ: America/New_York
    ports:
      - "8000:8000"

volumes:
  pgdata:
''', PW=_cmp_pw), _cmp_pw, "Docker Hub postgres image docs: POSTGRES_PASSWORD")

_helm_pw = gen_pw(22)
add("helm/mysql-password", "charts/shop-api/values-prod.yaml", t(r'''
replicaCount: 2

image:
  repository: ghcr.io/cadenzamusic/shop-api
  tag: "2.14.1"

ingress:
  enabled: true
  className: nginx
  hosts:
    - host: api.cadenzamusic.com
      paths:
        - path: /
          pathType: Prefix

mysql:
  enabled: true
  auth:
    database: shop
    username: shop
    password: "@@PW@@"
    rootPassword: ""
  primary:
    persistence:
      size: 20Gi

resources:
  requests:
    cpu: 200m
    memory: 256Mi
''', PW=_helm_pw), _helm_pw, "Bitnami MySQL Helm chart README: auth.password")

_k8s_pw = human_pw()
add("k8s/stringdata-password", "k8s/smtp-relay-secret.yaml", t(r'''
apiVersion: v1
kind: Secret
metadata:
  name: smtp-relay
  namespace: storefront
type: Opaque
stringData:
  SMTP_HOST: smtp.office365.com
  SMTP_PORT: "587"
  SMTP_USER: orders@steinhardtmusic.de
  SMTP_PASSWORD: "@@PW@@"
''', PW=_k8s_pw), _k8s_pw, "Kubernetes docs: Secret stringData field")

_docker_key = draw(32)
add("dockerfile/env-api-key", "label-printer/Dockerfile", t(r'''
FROM python:3.12-slim

RUN apt-get update && apt-get install -y --no-install-recommends cups-client \
    && rm -rf /var/lib/apt/lists/*

WORKDIR /app
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt
COPY . .

ENV PRINTNODE_API_KEY=@@KEY@@
ENV PRINTER_ID=71204583
ENV LABEL_SIZE=4x6

CMD ["python", "-m", "label_printer.worker"]
''', KEY=_docker_key), _docker_key, "PrintNode API docs: API key (HTTP Basic username); Dockerfile reference: ENV")

_jenk_pw = human_pw()
add("jenkinsfile/sshpass-password", "Jenkinsfile", t(r'''
pipeline {
    agent any
    environment {
        SITE_HOST = 'web01.lakesidemusic.local'
    }
    stages {
        stage('Build') {
            steps {
                sh 'npm ci && npm run build'
            }
        }
        stage('Deploy') {
            when { branch 'main' }
            steps {
                sh "sshpass -p '@@PW@@' rsync -az --delete dist/ deploy@${SITE_HOST}:/var/www/lakesidemusic/"
                sh "sshpass -p '@@PW@@' ssh deploy@${SITE_HOST} 'sudo systemctl reload nginx'"
            }
        }
    }
}
''', PW=_jenk_pw), _jenk_pw, "sshpass(1) -p; Jenkins pipeline syntax")

_ftp_pw = human_pw()
add("bitbucket-pipelines/ftp-password", "bitbucket-pipelines.yml", t(r'''
image: node:20

pipelines:
  branches:
    main:
      - step:
          name: Build site
          caches: [node]
          script:
            - npm ci
            - npm run build
          artifacts:
            - public/**
      - step:
          name: Upload to host
          deployment: production
          script:
            - apt-get update && apt-get install -y lftp
            - lftp -u "harmonyhouse,@@PW@@" -e "set ftp:ssl-force true; mirror -R --delete public/ /public_html/; quit" ftp.harmonyhousemusic.com
''', PW=_ftp_pw), _ftp_pw, "lftp(1) -u user,password; Bitbucket Pipelines configuration")

_circle_tok = draw(40)
add("circleci/api-token", ".circleci/config.yml", t(r'''
version: 2.1

jobs:
  test:
    docker:
      - image: cimg/python:3.12
    steps:
      - checkout
      - run: pip install -r requirements-dev.txt
      - run: pytest -q
  notify:
    docker:
      - image: cimg/base:stable
    steps:
      - run:
          name: Post build status to the repair board
          command: |
            curl -s -X POST https://board.pickandbowrepair.com/api/builds \
              -H "X-Board-Token: @@TOK@@" \
              -d "status=passed&sha=${CIRCLE_SHA1}"

workflows:
  main:
    jobs:
      - test
      - notify:
          requires: [test]
''', TOK=_circle_tok), _circle_tok, "CircleCI configuration reference; internal board API token in a custom header")

_azp_pw = human_pw()
add("azure-pipelines/sql-password", "azure-pipelines.yml", t(r'''
trigger:
  branches:
    include: [ main ]

pool:
  vmImage: windows-latest

variables:
  buildConfiguration: Release
  sqlServer: tcp:mesa-music.database.windows.net,1433
  sqlUser: deploy_admin
  sqlPassword: '@@PW@@'

steps:
  - task: DotNetCoreCLI@2
    inputs:
      command: publish
      projects: src/LessonBooking/LessonBooking.csproj
      arguments: --configuration $(buildConfiguration) --output $(Build.ArtifactStagingDirectory)
  - task: SqlAzureDacpacDeployment@1
    inputs:
      azureSubscription: mesa-music-prod
      ServerName: mesa-music.database.windows.net
      DatabaseName: lessons
      SqlUsername: $(sqlUser)
      SqlPassword: $(sqlPassword)
      DacpacFile: $(Build.ArtifactStagingDirectory)/LessonBooking.Db.dacpac
''', PW=_azp_pw), _azp_pw, "Azure Pipelines docs: variables; SqlAzureDacpacDeployment task")

_hist_pw = human_pw()
add("shell-history/mysql-password", "home/tech/.bash_history", t(r'''
cd /srv/repairdesk
git pull
sudo systemctl restart repairdesk
tail -n 50 /var/log/repairdesk/app.log
mysql -u repairdesk -p'@@PW@@' repairdesk -e "select id, instrument, status from tickets order by id desc limit 10"
mysqldump -u repairdesk -p repairdesk > /tmp/repairdesk.sql
ls -lh /tmp/repairdesk.sql
exit
''', PW=_hist_pw), _hist_pw, "mysql(1) client -p<password> on the command line")

_hist_tok = draw(40)
add("shell-history/bearer-token", "home/marta/.zsh_history", t(r'''
: 1718035520:0;brew upgrade
: 1718035602:0;cd ~/code/gazelle-export
: 1718035660:0;python3 -m venv .venv && source .venv/bin/activate
: 1718035701:0;pip install requests
: 1718035790:0;curl -s -H "Authorization: Bearer @@TOK@@" https://api.pianoservicehub.com/v2/clients?page=1 | jq '.data | length'
: 1718035844:0;python3 export_clients.py > clients.csv
: 1718035900:0;open clients.csv
''', TOK=_hist_tok), _hist_tok, "zsh extended history format; RFC 6750 bearer token header")

_ps_pw = human_pw()
add("powershell/securestring-plaintext", "it/Map-ShopDrives.ps1", t(r'''
# Maps the shared drives on the counter PCs (invoices, repair photos, sheet-music scans)
$User = 'ALLEGRO\svc_counter'
$Pass = ConvertTo-SecureString '@@PW@@' -AsPlainText -Force
$Cred = New-Object System.Management.Automation.PSCredential ($User, $Pass)

$drives = @{
    'I' = '\\nas01\invoices'
    'P' = '\\nas01\repair-photos'
    'S' = '\\nas01\sheet-music'
}
foreach ($letter in $drives.Keys) {
    if (-not (Get-PSDrive -Name $letter -ErrorAction SilentlyContinue)) {
        New-PSDrive -Name $letter -PSProvider FileSystem -Root $drives[$letter] -Credential $Cred -Persist | Out-Null
    }
}
Write-Host "Drives mapped for $env:COMPUTERNAME"
''', PW=_ps_pw), _ps_pw, "PowerShell docs: ConvertTo-SecureString -AsPlainText; New-PSDrive -Credential")

_sql_pw = human_pw()
add("sql/create-user-password", "db/migrations/0007_reporting_user.sql", t(r'''
-- 0007: read-only user for the bookkeeper's Excel / Power BI reports
CREATE USER 'reports_ro'@'%' IDENTIFIED BY '@@PW@@';
GRANT SELECT ON shop.sales TO 'reports_ro'@'%';
GRANT SELECT ON shop.rentals TO 'reports_ro'@'%';
GRANT SELECT ON shop.repair_tickets TO 'reports_ro'@'%';
FLUSH PRIVILEGES;
''', PW=_sql_pw), _sql_pw, "MySQL reference manual: CREATE USER ... IDENTIFIED BY")

_pgsql_pw = gen_pw(20)
add("sql/alter-role-password", "db/init/02-roles.sql", t(r'''
\connect scheduling

CREATE ROLE scheduler_app LOGIN;
ALTER ROLE scheduler_app WITH PASSWORD '@@PW@@';
GRANT CONNECT ON DATABASE scheduling TO scheduler_app;
GRANT USAGE ON SCHEMA public TO scheduler_app;
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO scheduler_app;
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO scheduler_app;
''', PW=_pgsql_pw), _pgsql_pw, "PostgreSQL docs: ALTER ROLE ... PASSWORD")

_r_pw = human_pw()
add("r/dbconnect-password", "analysis/tuning_seasonality.R", t(r'''
# Seasonality of tuning requests vs. humidity (for the spring mailing)
library(DBI)
library(dplyr)
library(ggplot2)

con <- dbConnect(
  RPostgres::Postgres(),
  host = "db.pianoworks.internal",
  dbname = "scheduling",
  user = "analyst",
  password = "@@PW@@"
)

jobs <- dbGetQuery(con, "
  SELECT date_trunc('week', scheduled_at) AS week, count(*) AS tunings
  FROM appointments WHERE service = 'tuning' GROUP BY 1 ORDER BY 1")
dbDisconnect(con)

ggplot(jobs, aes(week, tunings)) +
  geom_line() +
  labs(title = "Tunings per week", x = NULL, y = NULL)
ggsave("tunings_per_week.png", width = 8, height = 4)
''', PW=_r_pw), _r_pw, "DBI / RPostgres docs: dbConnect(password =)")

# =================================================================================================
# Secrets: apps, scripts, desktop and device configs of small shops
# =================================================================================================

_rv = hexs(64)
add("swift/reverb-api-token", "TradeInApp/Sources/Reverb/ReverbClient.swift", t(r'''
import Foundation

/// Lists the shop's Reverb listings so staff can price trade-ins against them.
struct ReverbClient {
    private let base = URL(string: "https://api.reverb.com/api")!
    private let token = "@@TOK@@"

    func myListings(page: Int = 1) async throws -> ListingsPage {
        var comps = URLComponents(url: base.appendingPathComponent("my/listings"), resolvingAgainstBaseURL: false)!
        comps.queryItems = [URLQueryItem(name: "page", value: String(page)), URLQueryItem(name: "state", value: "live")]
        var request = URLRequest(url: comps.url!)
        request.setValue("Bearer \(token)", forHTTPHeaderField: "Authorization")
        request.setValue("application/hal+json", forHTTPHeaderField: "Accept")
        request.setValue("3.0", forHTTPHeaderField: "Accept-Version")
        let (data, response) = try await URLSession.shared.data(for: request)
        guard (response as? HTTPURLResponse)?.statusCode == 200 else {
            throw URLError(.badServerResponse)
        }
        return try JSONDecoder().decode(ListingsPage.self, from: data)
    }
}
''', TOK=_rv), _rv, "Reverb API docs: personal access tokens (Authorization: Bearer)")

_ls = draw(64, LOWER_ALNUM)
add("kotlin/lightspeed-client-secret", "app/src/main/java/com/quartermusic/counter/LightspeedConfig.kt", t(r'''
package com.quartermusic.counter

object LightspeedConfig {
    const val ACCOUNT_ID = "218804"
    const val CLIENT_ID = "quarter-counter-app"
    const val CLIENT_SECRET = "@@SEC@@"
    const val TOKEN_URL = "https://cloud.lightspeedapp.com/oauth/access_token.php"
    const val API_BASE = "https://api.lightspeedapp.com/API/V3/Account/$ACCOUNT_ID"

    // items we never discount at the counter
    val NO_DISCOUNT_CATEGORIES = setOf("Pianos - New", "Gift Cards", "Repair Deposits")
}
''', SEC=_ls), _ls, "Lightspeed Retail (R-Series) API docs: OAuth client ID and client secret")

_rk = stripe_rk()
add("dart/stripe-restricted-key", "lib/services/payments.dart", t(r'''
import 'dart:convert';

import 'package:http/http.dart' as http;

// restricted key: PaymentIntents write, Customers read
const _stripeKey = '@@RK@@';

class Payments {
  Future<String> createDepositIntent({required int cents, required String ticket}) async {
    final res = await http.post(
      Uri.parse('https://api.stripe.com/v1/payment_intents'),
      headers: {'Authorization': 'Bearer $_stripeKey'},
      body: {
        'amount': '$cents',
        'currency': 'usd',
        'metadata[ticket]': ticket,
        'automatic_payment_methods[enabled]': 'true',
      },
    );
    if (res.statusCode != 200) {
      throw Exception('stripe ${res.statusCode}: ${res.body}');
    }
    return jsonDecode(res.body)['client_secret'] as String;
  }
}
''', RK=_rk), _rk, "Stripe docs: restricted API keys (rk_live_)")

_sqlc = human_pw()
add("csharp/sql-connection-password", "src/PianoRentals/Data/RentalsDbContext.cs", t(r'''
using Microsoft.EntityFrameworkCore;
using PianoRentals.Models;

namespace PianoRentals.Data;

public class RentalsDbContext : DbContext
{
    public DbSet<RentalContract> Contracts => Set<RentalContract>();
    public DbSet<Instrument> Instruments => Set<Instrument>();
    public DbSet<Payment> Payments => Set<Payment>();

    protected override void OnConfiguring(DbContextOptionsBuilder options)
    {
        if (!options.IsConfigured)
        {
            options.UseSqlServer(
                "Server=tcp:sql01.conradpianos.local,1433;Database=Rentals;User Id=rentals_app;Password=@@PW@@;TrustServerCertificate=True;");
        }
    }

    protected override void OnModelCreating(ModelBuilder model)
    {
        model.Entity<RentalContract>().HasIndex(c => c.Number).IsUnique();
        model.Entity<Payment>().Property(p => p.Amount).HasPrecision(10, 2);
    }
}
''', PW=_sqlc), _sqlc, "Microsoft docs: SqlClient connection strings (Password=); EF Core OnConfiguring")

_vba = human_pw()
add("vba/odbc-connection-password", "office/InventoryReport.bas", t(r'''
Attribute VB_Name = "InventoryReport"
Option Explicit

' Fills the "Stock" sheet with on-hand counts from the shop database.
Public Sub RefreshStock()
    Dim cn As Object, rs As Object
    Set cn = CreateObject("ADODB.Connection")
    cn.Open "Driver={MySQL ODBC 8.0 Unicode Driver};Server=192.168.1.20;Database=shop;" & _
            "User=excel;Password=@@PW@@;Option=3;"
    Set rs = cn.Execute("SELECT sku, description, on_hand, reorder_at FROM stock ORDER BY sku")

    With ThisWorkbook.Worksheets("Stock")
        .Range("A2:D5000").ClearContents
        .Range("A2").CopyFromRecordset rs
    End With

    rs.Close
    cn.Close
    MsgBox "Stock refreshed " & Format(Now, "dd/mm/yyyy hh:nn"), vbInformation
End Sub
''', PW=_vba), _vba, "MySQL Connector/ODBC docs: connection string parameters (Password=); ADO Connection.Open")

_bat = human_pw()
add("bat/net-use-password", "it/logon/map_drives.bat", t(r'''
@echo off
rem Logon script for the repair bench PCs (Halvorsen Violin Workshop)
net use P: /delete /y >nul 2>&1
net use S: /delete /y >nul 2>&1
net use P: \\workshop-nas\photos /user:WORKSHOP\bench "@@PW@@" /persistent:yes
net use S: \\workshop-nas\scans /user:WORKSHOP\bench "@@PW@@" /persistent:yes
if errorlevel 1 echo Could not map drives, call Lars.
start "" "C:\Program Files\RepairDesk\RepairDesk.exe"
''', PW=_bat), _bat, "Microsoft docs: net use /user: password")

_reg = human_pw()
add("reg/autologon-password", "it/kiosk/pos-kiosk-autologon.reg", t(r'''
Windows Registry Editor Version 5.00

; Counter POS kiosk: log on automatically as the kiosk user after a power cut
[HKEY_LOCAL_MACHINE\SOFTWARE\Microsoft\Windows NT\CurrentVersion\Winlogon]
"AutoAdminLogon"="1"
"DefaultUserName"="poskiosk"
"DefaultDomainName"="COUNTER01"
"DefaultPassword"="@@PW@@"
"ForceAutoLogon"="1"
''', PW=_reg), _reg, "Microsoft docs: configure Windows to automate logon (Winlogon DefaultPassword)")

_un = human_pw()
add("xml/unattend-admin-password", "it/imaging/unattend.xml", t(r'''
<?xml version="1.0" encoding="utf-8"?>
<unattend xmlns="urn:schemas-microsoft-com:unattend">
  <settings pass="oobeSystem">
    <component name="Microsoft-Windows-Shell-Setup" processorArchitecture="amd64"
               publicKeyToken="31bf3856ad364e35" language="neutral" versionScope="nonSxS"
               xmlns:wcm="http://schemas.microsoft.com/WMIConfig/2002/State">
      <TimeZone>Central Standard Time</TimeZone>
      <UserAccounts>
        <AdministratorPassword>
          <Value>@@PW@@</Value>
          <PlainText>true</PlainText>
        </AdministratorPassword>
      </UserAccounts>
      <OOBE>
        <HideEULAPage>true</HideEULAPage>
        <ProtectYourPC>3</ProtectYourPC>
        <SkipMachineOOBE>true</SkipMachineOOBE>
      </OOBE>
      <RegisteredOrganization>Prairie Music Co.</RegisteredOrganization>
    </component>
  </settings>
</unattend>
''', PW=_un), _un, "Microsoft docs: unattend.xml UserAccounts AdministratorPassword (PlainText)")

_psk = phrase_pw()
add("mikrotik/wpa2-psk", "network/showroom-ap.rsc", t(r'''
# 2024-02-11 16:02:19 by RouterOS 6.49.10
# software id = 7KQ2-XM4D
# model = RB952Ui-5ac2nD
/interface wireless security-profiles
set [ find default=yes ] supplicant-identity=MikroTik
add authentication-types=wpa2-psk mode=dynamic-keys name=staff supplicant-identity="" wpa2-pre-shared-key="@@PSK@@"
add authentication-types=wpa2-psk mode=dynamic-keys name=guest supplicant-identity="" wpa2-pre-shared-key="PlayItAgainSam"
/interface wireless
set [ find default-name=wlan1 ] band=2ghz-b/g/n country=canada disabled=no mode=ap-bridge security-profile=staff ssid=Calloway-Staff
add master-interface=wlan1 name=wlan-guest security-profile=guest ssid=Calloway-Guest
/ip address
add address=192.168.50.1/24 interface=bridge network=192.168.50.0
''', PSK=_psk), _psk, "MikroTik RouterOS manual: wireless security-profiles wpa2-pre-shared-key")

_cisco = human_pw()
add("cisco/username-password-0", "network/configs/shop-sw01.cfg", t(r'''
!
version 15.2
service timestamps log datetime msec
hostname shop-sw01
!
enable secret 9 $9$nQ3mR8yTz4Xk1E$Xq7aV2pWc0dJr5fLh9uKs3oBi6tGyNe8zMv1RxHwCjA
!
username netadmin privilege 15 password 0 @@PW@@
!
vlan 10
 name POS
vlan 20
 name OFFICE
vlan 30
 name GUEST
!
interface GigabitEthernet0/1
 description uplink-firewall
 switchport mode trunk
!
interface Vlan10
 ip address 192.168.10.2 255.255.255.0
!
ip default-gateway 192.168.10.1
ip ssh version 2
!
line vty 0 4
 login local
 transport input ssh
!
end
''', PW=_cisco), _cisco, "Cisco IOS command reference: username ... password 0 (unencrypted)")

_hap = phrase_pw()
add("hostapd/wpa-passphrase", "workshop-pi/etc/hostapd/hostapd.conf", t(r'''
# Workshop access point on the Raspberry Pi (strobe tuner tablets + label printer)
interface=wlan0
driver=nl80211
ssid=ReedRoom
hw_mode=g
channel=6
country_code=GB
wmm_enabled=1
auth_algs=1
wpa=2
wpa_key_mgmt=WPA-PSK
rsn_pairwise=CCMP
wpa_passphrase=@@PSK@@
''', PSK=_hap), _hap, "hostapd.conf reference: wpa_passphrase")

_mqtt = gen_pw(20)
add("arduino/mqtt-password", "firmware/humidity_monitor/humidity_monitor.ino", t(r'''
// Piano storage vault humidity monitor (ESP32 + SHT31), publishes every 5 minutes.
#include <WiFi.h>
#include <PubSubClient.h>
#include <Adafruit_SHT31.h>
#include "arduino_secrets.h"   // WIFI_SSID, WIFI_PASS

const char* MQTT_HOST = "mqtt.pianovault-storage.com";
const int   MQTT_PORT = 1883;
const char* MQTT_USER = "vault-sensor-03";
const char* MQTT_PASS = "@@PW@@";

WiFiClient net;
PubSubClient mqtt(net);
Adafruit_SHT31 sht31;

void setup() {
  Serial.begin(115200);
  sht31.begin(0x44);
  WiFi.begin(WIFI_SSID, WIFI_PASS);
  while (WiFi.status() != WL_CONNECTED) delay(500);
  mqtt.setServer(MQTT_HOST, MQTT_PORT);
}

void loop() {
  if (!mqtt.connected()) {
    mqtt.connect("vault-sensor-03", MQTT_USER, MQTT_PASS);
  }
  char payload[64];
  snprintf(payload, sizeof(payload), "{\"t\":%.1f,\"rh\":%.1f}", sht31.readTemperature(), sht31.readHumidity());
  mqtt.publish("vault/bay3/climate", payload, true);
  mqtt.loop();
  delay(300000);
}
''', PW=_mqtt), _mqtt, "PubSubClient docs: connect(id, user, pass); Arduino sketch conventions")

_ha = human_pw()
add("homeassistant/secrets-yaml", "homeassistant/secrets.yaml", t(r'''
# Use this file to store secrets like usernames and passwords.
# Learn more at https://www.home-assistant.io/docs/configuration/secrets/
home_latitude: 44.9778
home_longitude: -93.2650
home_elevation: 264
showroom_mqtt_username: homeassistant
showroom_mqtt_password: "@@PW@@"
''', PW=_ha), _ha, "Home Assistant docs: Storing secrets (secrets.yaml)")

_esp = raw_b64(32)
add("esphome/api-encryption-key", "esphome/piano-room-humidity.yaml", t(r'''
esphome:
  name: piano-room-humidity
  friendly_name: Piano room humidity

esp32:
  board: esp32dev

logger:

api:
  encryption:
    key: "@@KEY@@"

ota:
  - platform: esphome
    password: !secret ota_password

wifi:
  ssid: !secret wifi_ssid
  password: !secret wifi_password

i2c:
  sda: GPIO21
  scl: GPIO22

sensor:
  - platform: sht3xd
    temperature:
      name: "Piano room temperature"
    humidity:
      name: "Piano room humidity"
    update_interval: 60s
''', KEY=_esp), _esp, "ESPHome docs: Native API component (encryption key, base64 32 bytes)")

_msmtp = human_pw()
add("msmtprc/smtp-password", "ops/mail/msmtprc", t(r'''
# msmtp on the backup box: nightly reports to the owner
defaults
auth           on
tls            on
tls_trust_file /etc/ssl/certs/ca-certificates.crt
logfile        /var/log/msmtp.log

account        shop
host           smtp.gmail.com
port           587
from           reports@windsongmusic.com
user           reports@windsongmusic.com
password       @@PW@@

account default : shop
''', PW=_msmtp), _msmtp, "msmtp manual: configuration file (password command)")

_fz = human_pw()
_fz_b64 = b64(_fz)
add("filezilla/base64-password", "docs/it-handover/sitemanager.xml", t(r'''
<?xml version="1.0" encoding="UTF-8" standalone="yes" ?>
<FileZilla3 version="3.66.4" platform="windows">
    <Servers>
        <Server>
            <Host>ftp.melodymakersmusic.com</Host>
            <Port>21</Port>
            <Protocol>0</Protocol>
            <Type>0</Type>
            <User>melodym</User>
            <Pass encoding="base64">@@B64@@</Pass>
            <Logontype>1</Logontype>
            <PasvMode>MODE_DEFAULT</PasvMode>
            <EncodingType>Auto</EncodingType>
            <BypassProxy>0</BypassProxy>
            <Name>Website (host)</Name>
            <RemoteDir>1 0 11 public_html</RemoteDir>
            <SyncBrowsing>0</SyncBrowsing>
        </Server>
    </Servers>
</FileZilla3>
''', B64=_fz_b64), _fz_b64, "FileZilla: sitemanager.xml (Pass encoding=\"base64\")")

_pgp = gen_pw(20)
add("pgpass/password", "ops/home/.pgpass", t(r'''
# hostname:port:database:username:password
localhost:5432:*:postgres:*
db-prod.internal:5432:scheduling:backup_ro:@@PW@@
db-prod.internal:5432:inventory:backup_ro:@@PW@@
db-staging.internal:5432:*:dev:dev
''', PW=_pgp), _pgp, "PostgreSQL docs: The Password File (.pgpass)")

_mycnf = human_pw()
add("mycnf/client-password", "ops/backup/.my.cnf", t(r'''
# used by /usr/local/bin/backup-shopdb.sh (mysqldump via cron)
[client]
user=backup
password="@@PW@@"
host=127.0.0.1
port=3306

[mysqldump]
single-transaction
quick
''', PW=_mycnf), _mycnf, "MySQL reference manual: option files ([client] password)")

_netrc = human_pw()
add("netrc/ftp-password", "ops/pricing/.netrc", t(r'''
machine ftp.sheetmusicwholesale.com
  login dealer40817
  password @@PW@@

machine mirrors.kernel.org
  login anonymous
  password backups@woodandwiremusic.com
''', PW=_netrc), _netrc, "GNU inetutils ftp / curl docs: .netrc machine login password")

_cron = human_pw()
add("crontab/curl-basic-auth", "ops/cron/pricing.crontab", t(r'''
SHELL=/bin/bash
MAILTO=owner@woodandwiremusic.com
# m h dom mon dow  command
15 3 * * *  curl -sf -u woodwire:@@PW@@ https://dealers.kmcmusic-example.com/pricelist/current.csv -o /srv/pricing/kmc.csv
30 3 * * *  /srv/pricing/bin/import-pricelist /srv/pricing/kmc.csv >> /var/log/pricing.log 2>&1
0 4 * * 1   find /srv/pricing -name '*.csv' -mtime +30 -delete
''', PW=_cron), _cron, "crontab(5); curl(1) -u user:password")

_tw_sk, _tw_sec = "SK" + hexs(32), draw(32)
add("systemd/environment-api-secret", "deploy/systemd/reminder-sms.service", t(r'''
[Unit]
Description=Appointment reminder SMS sender (tuning & repair pickups)
After=network-online.target
Wants=network-online.target

[Service]
Type=simple
User=reminders
WorkingDirectory=/opt/reminder-sms
Environment=TWILIO_ACCOUNT_SID=AC@@ACC@@
Environment=TWILIO_API_KEY=@@SK@@
Environment=TWILIO_API_SECRET=@@SEC@@
Environment=TWILIO_FROM=+14155550163
ExecStart=/opt/reminder-sms/.venv/bin/python -m reminder_sms
Restart=on-failure
RestartSec=30

[Install]
WantedBy=multi-user.target
''', ACC=hexs(32), SK=_tw_sk, SEC=_tw_sec), _tw_sec, "Twilio docs: API keys (SK... SID and secret); systemd.exec Environment=")

_ng_b64 = b64("svc-website:" + human_pw())
add("nginx/basic-auth-header", "deploy/nginx/sites-available/stock-proxy.conf", t(r'''
# Public "in stock?" widget -> inventory API (the API only speaks Basic auth)
server {
    listen 443 ssl http2;
    server_name stock.fermatamusic.com;

    ssl_certificate     /etc/letsencrypt/live/stock.fermatamusic.com/fullchain.pem;
    ssl_certificate_key /etc/letsencrypt/live/stock.fermatamusic.com/privkey.pem;

    location /api/stock/ {
        limit_except GET { deny all; }
        proxy_pass http://10.0.3.14:8080/v1/stock/;
        proxy_set_header Host inventory.internal;
        proxy_set_header Authorization "Basic @@B64@@";
        proxy_hide_header Set-Cookie;
    }
}
''', B64=_ng_b64), _ng_b64, "nginx docs: ngx_http_proxy_module proxy_set_header; RFC 7617 Basic")

_mj_pub, _mj_priv = hexs(32), hexs(32)
add("gae/env-variables-secret", "app.yaml", t(r'''
runtime: python312
entrypoint: gunicorn -b :$PORT lessons.wsgi

instance_class: F1
automatic_scaling:
  max_instances: 2

env_variables:
  DJANGO_SETTINGS_MODULE: "lessons.settings.gae"
  MJ_APIKEY_PUBLIC: "@@PUB@@"
  MJ_APIKEY_PRIVATE: "@@PRIV@@"
  LESSON_REMINDER_FROM: "lessons@bellcurvemusic.com"

handlers:
  - url: /static
    static_dir: staticfiles/
  - url: /.*
    script: auto
    secure: always
''', PUB=_mj_pub, PRIV=_mj_priv), _mj_priv, "Mailjet API docs: API key and secret key (HTTP Basic); App Engine app.yaml env_variables")

_shpss = shopify("shpss_")
add("wrangler/vars-app-secret", "workers/shopify-webhooks/wrangler.toml", t(r'''
name = "shopify-webhooks"
main = "src/index.ts"
compatibility_date = "2024-05-01"
workers_dev = false
routes = [{ pattern = "hooks.luthierlane.com/*", zone_name = "luthierlane.com" }]

[vars]
SHOP_DOMAIN = "luthier-lane.myshopify.com"
SHOPIFY_API_SECRET = "@@SEC@@"
REPAIR_QUEUE_URL = "https://repairs.luthierlane.com/api/intake"

[[kv_namespaces]]
binding = "SEEN_WEBHOOKS"
id = "3f6e0b2a9c8d47e1a5b4c3d2e1f00a9b"
''', SEC=_shpss), _shpss, "Shopify dev docs: verify webhooks with the app's client secret; Cloudflare Wrangler configuration [vars]")

_gc = "live_" + draw(40, URLSAFE)
add("serverless/env-access-token", "rental-direct-debits/serverless.yml", t(r'''
service: rental-direct-debits
frameworkVersion: "3"

provider:
  name: aws
  runtime: nodejs20.x
  region: eu-west-2
  environment:
    GOCARDLESS_ENVIRONMENT: live
    GOCARDLESS_ACCESS_TOKEN: @@GC@@
    CONTRACTS_TABLE: ${self:service}-contracts-${sls:stage}

functions:
  collectMonthly:
    handler: src/collect.handler
    events:
      - schedule: cron(0 6 1 * ? *)
  webhook:
    handler: src/webhook.handler
    events:
      - httpApi:
          path: /gocardless/webhook
          method: post
''', GC=_gc), _gc, "GoCardless API docs: access tokens (live_...); Serverless Framework provider.environment")

_oai_seed = _seed()
_seed()
_oai = fakes.openai_key(_oai_seed)
add("markdown/readme-curl-api-key", "tools/listing-writer/README.md", t(r'''
# listing-writer

Drafts used-instrument listings (Reverb, the website, Facebook Marketplace) from the intake
form: make, model, year, condition notes and the tech's setup notes.

## Quick test

```sh
curl https://api.openai.com/v1/chat/completions \
  -H "Content-Type: application/json" \
  -H "Authorization: Bearer @@KEY@@" \
  -d '{
    "model": "gpt-4o-mini",
    "messages": [
      {"role": "system", "content": "You write honest, short listings for a music shop."},
      {"role": "user", "content": "1978 Yamaha U3 upright, polished ebony, new bass strings, minor bench scratches"}
    ]
  }'
```

## Running

```sh
pip install -r requirements.txt
python -m listing_writer intake/2024-06-*.json > drafts.md
```
''', KEY=_oai), _oai, "OpenAI API reference: Authentication (Bearer sk-proj-...)")

_pos_pw = human_pw()
add("markdown/runbook-admin-password", "docs/runbooks/pos-end-of-day.md", t(r'''
# POS end of day (counter staff)

1. Finish any open sales. Parked sales older than today: ask the manager.
2. **Register > Close Register**. Count the drawer; enter cash and cheques.
3. Print the Z report and staple it to the deposit slip.
4. If the register won't close ("pending card batch"):
   - log into the back office at https://backoffice.aldenmusic.local
   - user: `manager`
   - password: `@@PW@@`
   - Payments > Batches > Force settle
5. Lock the drawer, take the deposit bag to the safe.

Problems: call Jen (owner) before 9 pm, otherwise leave a note on the repair bench.
''', PW=_pos_pw), _pos_pw, "Runbook convention; POS back-office login written in a Markdown runbook")

_nb_pw = gen_pw(18)
add("notebook/db-url-password", "analysis/rental_churn.ipynb", t(r'''
{
 "cells": [
  {
   "cell_type": "markdown",
   "metadata": {},
   "source": ["# Band rental churn, 2021-2024\n", "Which instruments get returned after the first term?"]
  },
  {
   "cell_type": "code",
   "execution_count": 1,
   "metadata": {},
   "outputs": [],
   "source": [
    "import pandas as pd\n",
    "from sqlalchemy import create_engine\n",
    "\n",
    "engine = create_engine(\"postgresql+psycopg2://analyst:@@PW@@@10.1.0.12:5432/rentals\")\n",
    "contracts = pd.read_sql(\"SELECT instrument_type, started_on, ended_on, school FROM contracts\", engine)"
   ]
  },
  {
   "cell_type": "code",
   "execution_count": 2,
   "metadata": {},
   "outputs": [],
   "source": [
    "contracts[\"months\"] = (contracts.ended_on - contracts.started_on).dt.days // 30\n",
    "contracts.groupby(\"instrument_type\").months.describe()"
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
''', PW=_nb_pw), _nb_pw, "Jupyter nbformat 4; SQLAlchemy engine URL with password")

_csv_pw = human_pw()
add("csv/vendor-portal-logins", "admin/vendor_portals.csv", t(r'''
vendor,portal,username,password,notes
Steinway & Sons,https://dealer.steinway.com,harborpianos,(in 1Password),owner only
Yamaha,https://www.yamahadealer.com,HPIANO-4471,@@PW@@,Jen + Matt
D'Addario,https://players.daddario.com/dealer,harborpianos@gmail.com,,uses Google login
Hal Leonard,https://www.halleonard.com/dealer,HL-88213,(in 1Password),
Dampp-Chaser,https://www.dampp-chaser.com/dealer,,,call to order
''', PW=_csv_pw), _csv_pw, "Shared vendor-login spreadsheet exported as CSV")

_clv = uuid()
add("postman/environment-api-token", "postman/clover-production.postman_environment.json", t(r'''
{
  "id": "@@ID@@",
  "name": "Clover - production (Riverside store)",
  "values": [
    {
      "key": "baseUrl",
      "value": "https://api.clover.com",
      "type": "default",
      "enabled": true
    },
    {
      "key": "merchantId",
      "value": "@@MID@@",
      "type": "default",
      "enabled": true
    },
    {
      "key": "apiToken",
      "value": "@@TOK@@",
      "type": "secret",
      "enabled": true
    }
  ],
  "_postman_variable_scope": "environment",
  "_postman_exported_at": "2024-05-14T15:22:08.114Z",
  "_postman_exported_using": "Postman/10.24.3"
}
''', ID=uuid(), MID=draw(13, UPPER_ALNUM), TOK=_clv), _clv, "Clover REST API docs: API tokens (Authorization: Bearer); Postman environment export")

_hsgn = hexs(64)
add("http/rest-client-api-key", "api-tests/dropbox-sign.http", t(r'''
@baseUrl = https://api.hellosign.com/v3
@apiKey = @@KEY@@

### who am I
GET {{baseUrl}}/account
Authorization: Basic {{apiKey}}:

### rental agreements sent this month
GET {{baseUrl}}/signature_request/list?page_size=20&query=title:"Rental Agreement"
Authorization: Basic {{apiKey}}:

### send a rent-to-own agreement from the template
POST {{baseUrl}}/signature_request/send_with_template
Authorization: Basic {{apiKey}}:
Content-Type: application/json

{
  "template_ids": ["c26b8a16784a872da37ea946b9ddec7c1e11dff6"],
  "subject": "Your instrument rental agreement",
  "signers": [{"role": "Renter", "name": "Sample Parent", "email_address": "parent@example.com"}],
  "test_mode": false
}
''', KEY=_hsgn), _hsgn, "Dropbox Sign API docs: authentication (API key as Basic username); VS Code REST Client .http files")

_nfp = "nfp_" + draw(36)
add("makefile/deploy-token", "Makefile", t(r'''
SITE_ID := 5f1d3c2b-7a8e-4c61-9b0a-2d4e6f8a1c3b
NETLIFY_AUTH_TOKEN := @@TOK@@

.PHONY: build preview deploy clean

build:
	hugo --minify --environment production

preview: build
	npx netlify-cli deploy --dir=public --site=$(SITE_ID) --auth=$(NETLIFY_AUTH_TOKEN)

deploy: build
	npx netlify-cli deploy --prod --dir=public --site=$(SITE_ID) --auth=$(NETLIFY_AUTH_TOKEN)

clean:
	rm -rf public resources
''', TOK=_nfp), _nfp, "Netlify CLI docs: NETLIFY_AUTH_TOKEN / --auth (nfp_ personal access tokens)")

_ks = human_pw()
add("gradle-properties/keystore-password", "android/gradle.properties", t(r'''
org.gradle.jvmargs=-Xmx2048m -Dfile.encoding=UTF-8
android.useAndroidX=true
android.nonTransitiveRClass=true
kotlin.code.style=official

# release signing (TuneBook for Android)
RELEASE_STORE_FILE=../keystore/tunebook-release.jks
RELEASE_STORE_PASSWORD=@@PW@@
RELEASE_KEY_ALIAS=tunebook
RELEASE_KEY_PASSWORD=@@PW@@
''', PW=_ks), _ks, "Android developer docs: sign your app (store and key passwords in gradle properties)")

_ant = "sk-ant-api03-" + draw(93, URLSAFE) + "AA"
add("xcconfig/api-key", "TuneBook/Config/Release.xcconfig", t(r'''
// Release.xcconfig - TuneBook (iOS)
#include "Shared.xcconfig"

PRODUCT_BUNDLE_IDENTIFIER = com.oberlinpiano.tunebook
SWIFT_ACTIVE_COMPILATION_CONDITIONS = RELEASE
ASSISTANT_MODEL = claude-3-5-haiku-latest
ANTHROPIC_API_KEY = @@KEY@@
ENABLE_TESTABILITY = NO
''', KEY=_ant), _ant, "Anthropic API docs: API keys (sk-ant-api03-); Xcode build configuration files")

_ady = ("AQE" + draw(60) + "=-" + draw(43, B64) + "=-" + draw(10))
add("elixir/adyen-api-key", "config/prod.exs", t(r'''
import Config

config :encore_shop, EncoreShopWeb.Endpoint,
  url: [host: "shop.encorepiano.co.uk", port: 443, scheme: "https"],
  cache_static_manifest: "priv/static/cache_manifest.json"

config :encore_shop, EncoreShop.Payments.Adyen,
  environment: :live,
  live_url_prefix: "1797a841fbb37ca7-EncorePiano",
  merchant_account: "EncorePianoECOM",
  api_key: "@@KEY@@"

config :logger, level: :info
''', KEY=_ady), _ady, "Adyen docs: API credentials (X-API-Key); Elixir Config")

_air = "pat" + draw(14) + "." + hexs(64)
add("rust/airtable-token", "tools/stock-sync/src/main.rs", t(r'''
use serde::Deserialize;

const AIRTABLE_TOKEN: &str = "@@TOK@@";
const BASE: &str = "appQ7r2Xk9LmN4pTz";
const TABLE: &str = "Used%20Instruments";

#[derive(Deserialize, Debug)]
struct Page {
    records: Vec<Record>,
    offset: Option<String>,
}

#[derive(Deserialize, Debug)]
struct Record {
    id: String,
    fields: serde_json::Value,
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let client = reqwest::blocking::Client::new();
    let mut offset: Option<String> = None;
    loop {
        let mut url = format!("https://api.airtable.com/v0/{BASE}/{TABLE}?pageSize=100");
        if let Some(o) = &offset {
            url.push_str(&format!("&offset={o}"));
        }
        let page: Page = client.get(&url).bearer_auth(AIRTABLE_TOKEN).send()?.json()?;
        for r in &page.records {
            println!("{}\t{}", r.id, r.fields["Name"]);
        }
        offset = page.offset;
        if offset.is_none() {
            break;
        }
    }
    Ok(())
}
''', TOK=_air), _air, "Airtable docs: personal access tokens (pat....)")

_perl = human_pw()
add("perl/dbi-password", "cgi-bin/daily_sales.pl", t(r'''
#!/usr/bin/perl
# Daily sales summary e-mailed to the owner at 6pm (old shop server, still running)
use strict;
use warnings;
use DBI;

my $dbh = DBI->connect('DBI:mysql:database=shop;host=localhost', 'shopweb', '@@PW@@',
                       { RaiseError => 1, AutoCommit => 1 });

my $sth = $dbh->prepare(q{
    SELECT department, COUNT(*), SUM(total)
    FROM sales WHERE DATE(sold_at) = CURDATE()
    GROUP BY department
});
$sth->execute;

open(my $mail, '|-', '/usr/sbin/sendmail -t') or die "sendmail: $!";
print $mail "To: owner\@brennansmusic.ie\nSubject: Sales today\n\n";
while (my ($dept, $n, $sum) = $sth->fetchrow_array) {
    printf $mail "%-20s %4d  EUR %9.2f\n", $dept, $n, $sum;
}
close $mail;
$dbh->disconnect;
''', PW=_perl), _perl, "Perl DBI docs: DBI->connect($dsn, $user, $password)")

_tr_key, _tr_tok = hexs(32), "ATTA" + hexs(64) + uhex(8)
add("python/trello-token", "workshop/trello_intake.py", t(r'''
"""Creates a Trello card on the 'Workshop' board for every new repair intake."""
import requests

TRELLO_KEY = "@@KEY@@"
TRELLO_TOKEN = "@@TOK@@"
INTAKE_LIST = "65f1c0e2a9b3d84f7c2e10a4"


def create_card(ticket):
    resp = requests.post(
        "https://api.trello.com/1/cards",
        params={
            "key": TRELLO_KEY,
            "token": TRELLO_TOKEN,
            "idList": INTAKE_LIST,
            "name": f"#{ticket['number']} {ticket['instrument']} ({ticket['customer']})",
            "desc": ticket["problem"],
            "due": ticket["promised"],
        },
        timeout=10,
    )
    resp.raise_for_status()
    return resp.json()["id"]
''', KEY=_tr_key, TOK=_tr_tok), _tr_tok, "Trello REST API docs: API key and token (ATTA...)")

_zd_b64 = b64("support@maplewoodpianos.com/token:" + draw(40))
add("js/zendesk-basic-auth", "support/zendesk.js", t(r'''
// Opens a Zendesk ticket when a tuning customer reports a problem after a visit.
const ZENDESK = 'https://maplewoodpianos.zendesk.com/api/v2';
const AUTH = 'Basic @@B64@@';

export async function openFollowUp({ name, email, tuner, message }) {
  const res = await fetch(`${ZENDESK}/tickets.json`, {
    method: 'POST',
    headers: { Authorization: AUTH, 'Content-Type': 'application/json' },
    body: JSON.stringify({
      ticket: {
        subject: `Follow-up after tuning (${tuner})`,
        comment: { body: message },
        requester: { name, email },
        tags: ['tuning-follow-up', tuner.toLowerCase()],
      },
    }),
  });
  if (!res.ok) throw new Error(`zendesk ${res.status}`);
  return (await res.json()).ticket.id;
}
''', B64=_zd_b64), _zd_b64, "Zendesk API docs: API token auth ({email}/token:{api_token}, Basic)")

_teams = ("https://tempomusicgroup.webhook.office.com/webhookb2/" + uuid() + "@" + uuid()
          + "/IncomingWebhook/" + hexs(32) + "/" + uuid())
add("powershell/teams-webhook", "it/Send-BackupReport.ps1", t(r'''
# Posts the nightly backup result to the "IT - shop" Teams channel.
param([string]$LogPath = 'D:\Backups\last-run.log')

$webhook = '@@HOOK@@'

$ok = Select-String -Path $LogPath -Pattern 'Backup completed successfully' -Quiet
$card = @{
    '@type'    = 'MessageCard'
    '@context' = 'http://schema.org/extensions'
    summary    = 'Nightly backup'
    themeColor = $(if ($ok) { '2DC72D' } else { 'D70000' })
    title      = "Nightly backup on $env:COMPUTERNAME: $(if ($ok) { 'OK' } else { 'FAILED' })"
    text       = (Get-Content $LogPath -Tail 15) -join '<br>'
}
Invoke-RestMethod -Method Post -Uri $webhook -ContentType 'application/json' -Body ($card | ConvertTo-Json -Depth 4)
''', HOOK=_teams), _teams, "Microsoft docs: Create an Incoming Webhook (webhook.office.com URL)")

_tka = shopify("shptka_")
add("toml/shopify-theme-access-password", "theme/shopify.theme.toml", t(r'''
[environments.development]
store = "crescendo-pianos-dev"
theme = "142210089000"

[environments.production]
store = "crescendo-pianos"
theme = "139804573812"
password = "@@PW@@"
ignore = ["config/settings_data.json", "templates/*.json"]
''', PW=_tka), _tka, "Shopify CLI docs: environments in shopify.theme.toml; Theme Access app passwords (shptka_)")

_ref = draw(20, string.ascii_lowercase)
_anon = jwt({"alg": "HS256", "typ": "JWT"}, {"iss": "supabase", "ref": _ref, "role": "anon", "iat": 1709251200, "exp": 2024827200})
_srv = jwt({"alg": "HS256", "typ": "JWT"}, {"iss": "supabase", "ref": _ref, "role": "service_role", "iat": 1709251200, "exp": 2024827200})
add("env/supabase-service-role-key", "lesson-booking/.env.local", t(r'''
NEXT_PUBLIC_SUPABASE_URL=https://@@REF@@.supabase.co
NEXT_PUBLIC_SUPABASE_ANON_KEY=@@ANON@@
SUPABASE_SERVICE_ROLE_KEY=@@SRV@@
NEXT_PUBLIC_SITE_URL=https://lessons.keyandbowstudio.com
''', REF=_ref, ANON=_anon, SRV=_srv) + "# service role is only used by /app/api/admin/* route handlers\n", _srv,
    "Supabase docs: API keys (anon is public, service_role is secret)")

_ds_key = rsa_key()
add("python/docusign-rsa-private-key", "contracts/esign/docusign_jwt.py", t(r'''
"""JWT grant for DocuSign: sends rent-to-own piano agreements from the contracts app."""
from docusign_esign import ApiClient

INTEGRATION_KEY = "@@IK@@"
IMPERSONATED_USER_ID = "@@UID@@"
AUTH_SERVER = "account.docusign.com"

PRIVATE_KEY = """@@KEY@@
"""


def api_client():
    client = ApiClient()
    client.set_oauth_host_name(AUTH_SERVER)
    token = client.request_jwt_user_token(
        client_id=INTEGRATION_KEY,
        user_id=IMPERSONATED_USER_ID,
        oauth_host_name=AUTH_SERVER,
        private_key_bytes=PRIVATE_KEY.encode(),
        expires_in=3600,
        scopes=["signature", "impersonation"],
    )
    client.host = "https://na3.docusign.net/restapi"
    client.set_default_header("Authorization", f"Bearer {token.access_token}")
    return client
''', IK=uuid(), UID=uuid(), KEY=_ds_key), _ds_key, "DocuSign eSignature docs: JWT grant with an RSA key pair")

_sp_pw = human_pw()
add("spring/datasource-password", "src/main/resources/application.yml", t(r'''
server:
  port: 8080

spring:
  application:
    name: tuning-scheduler
  datasource:
    url: jdbc:postgresql://db.pianoservice.lan:5432/scheduler
    username: scheduler
    password: @@PW@@
  jpa:
    hibernate:
      ddl-auto: validate
    open-in-view: false
  mail:
    host: smtp.pianoservice.lan
    port: 25

scheduler:
  default-visit-minutes: 75
  travel-padding-minutes: 20
  reminder-cron: "0 0 8 * * *"
''', PW=_sp_pw), _sp_pw, "Spring Boot reference: spring.datasource.password")

_xoxb = slack_bot()
add("python/slack-bot-token", "workshop/queue_digest.py", t(r'''
"""Morning digest of the repair queue, posted to #workshop."""
import datetime

from slack_sdk import WebClient

from repairdesk import queue

client = WebClient(token="@@TOK@@")


def main():
    today = datetime.date.today()
    due = queue.due_by(today + datetime.timedelta(days=2))
    lines = [f"• #{t.number} {t.instrument} - {t.tech or 'unassigned'} (due {t.promised:%a})" for t in due]
    client.chat_postMessage(
        channel="#workshop",
        text=f"*Repair queue {today:%A %d %b}*: {len(due)} due in the next two days\n" + "\n".join(lines),
    )


if __name__ == "__main__":
    main()
''', TOK=_xoxb), _xoxb, "Slack API docs: bot tokens (xoxb-); slack_sdk WebClient")

_ghf = "github_pat_" + draw(22) + "_" + draw(59)
add("python/github-fine-grained-token", "scripts/release_notes.py", t(r'''
#!/usr/bin/env python3
"""Builds release notes for the scheduler app from merged PRs since the last tag."""
from github import Auth, Github

gh = Github(auth=Auth.Token("@@TOK@@"))
repo = gh.get_repo("pianoworks/scheduler")

last = repo.get_latest_release()
pulls = repo.get_pulls(state="closed", sort="updated", direction="desc")
notes = []
for pr in pulls:
    if pr.merged_at is None:
        continue
    if pr.merged_at < last.created_at:
        break
    notes.append(f"- {pr.title} (#{pr.number})")

print("\n".join(notes) or "- maintenance only")
''', TOK=_ghf), _ghf, "GitHub docs: fine-grained personal access tokens (github_pat_)")

_fcm = "AAAA" + draw(7, URLSAFE) + ":APA91b" + draw(134, URLSAFE)
add("php/fcm-server-key", "app/Notifications/RentalDuePush.php", t(r'''
<?php

namespace App\Notifications;

use Illuminate\Support\Facades\Http;

class RentalDuePush
{
    private const FCM_SERVER_KEY = '@@KEY@@';

    public function send(string $deviceToken, string $instrument, string $dueDate): bool
    {
        $response = Http::withHeaders([
            'Authorization' => 'key=' . self::FCM_SERVER_KEY,
            'Content-Type'  => 'application/json',
        ])->post('https://fcm.googleapis.com/fcm/send', [
            'to' => $deviceToken,
            'notification' => [
                'title' => 'Rental payment due',
                'body'  => "Your {$instrument} rental payment is due on {$dueDate}.",
            ],
        ]);

        return $response->successful();
    }
}
''', KEY=_fcm), _fcm, "Firebase Cloud Messaging legacy HTTP API docs: server key (Authorization: key=)")

_sqsig = draw(22, URLSAFE)
add("ts/square-webhook-signature-key", "app/api/square/webhook/route.ts", t(r'''
import { WebhooksHelper } from 'square';
import { NextRequest, NextResponse } from 'next/server';
import { recordInventoryChange } from '@/lib/inventory';

const SIGNATURE_KEY = '@@KEY@@';
const NOTIFICATION_URL = 'https://inventory.lowbrassworkshop.com/api/square/webhook';

export async function POST(req: NextRequest) {
  const body = await req.text();
  const signature = req.headers.get('x-square-hmacsha256-signature') ?? '';
  const valid = WebhooksHelper.isValidWebhookEventSignature(body, signature, SIGNATURE_KEY, NOTIFICATION_URL);
  if (!valid) {
    return NextResponse.json({ error: 'bad signature' }, { status: 403 });
  }
  const event = JSON.parse(body);
  if (event.type === 'inventory.count.updated') {
    await recordInventoryChange(event.data.object.inventory_counts);
  }
  return NextResponse.json({ ok: true });
}
''', KEY=_sqsig), _sqsig, "Square developer docs: validate webhook notifications (signature key)")

_cld = draw(27, URLSAFE)
add("yaml/cloudinary-api-secret", "config/cloudinary.yml", t(r'''
---
development:
  cloud_name: "encore-instruments"
  api_key: "@@KEY@@"
  api_secret: "@@SEC@@"
  enhance_image_tag: true
  static_file_support: false
production:
  cloud_name: "encore-instruments"
  api_key: "@@KEY@@"
  api_secret: "@@SEC@@"
  secure: true
  enhance_image_tag: true
  static_file_support: true
''', KEY=digits(15), SEC=_cld), _cld, "Cloudinary Ruby SDK docs: cloudinary.yml (api_key, api_secret)")

_jwtk = gen_pw(32)
add("go/jwt-signing-key", "internal/auth/token.go", t(r'''
package auth

import (
	"time"

	"github.com/golang-jwt/jwt/v5"
)

// signs the session tokens of the tuner mobile app
var signingKey = []byte("@@KEY@@")

type Claims struct {
	TunerID int64  `json:"tid"`
	Region  string `json:"region"`
	jwt.RegisteredClaims
}

func Issue(tunerID int64, region string) (string, error) {
	claims := Claims{
		TunerID: tunerID,
		Region:  region,
		RegisteredClaims: jwt.RegisteredClaims{
			Issuer:    "tunebook-api",
			ExpiresAt: jwt.NewNumericDate(time.Now().Add(12 * time.Hour)),
			IssuedAt:  jwt.NewNumericDate(time.Now()),
		},
	}
	return jwt.NewWithClaims(jwt.SigningMethodHS256, claims).SignedString(signingKey)
}
''', KEY=_jwtk), _jwtk, "golang-jwt docs: HMAC signing key ([]byte)")

_become = human_pw()
add("ansible-inventory/become-password", "ansible/inventory/shop.ini", t(r'''
[pos]
pos-counter-1 ansible_host=192.168.10.21
pos-counter-2 ansible_host=192.168.10.22

[office]
office-imac ansible_host=192.168.20.10 ansible_user=admin

[pos:vars]
ansible_user=shopadmin
ansible_become=true
ansible_become_password=@@PW@@
''', PW=_become), _become, "Ansible docs: inventory behavioural parameters (ansible_become_password)")

_tfv = human_pw()
add("tfvars/db-password", "infra/envs/prod/terraform.tfvars", t(r'''
environment     = "prod"
region          = "ca-central-1"
instance_class  = "db.t4g.small"
db_name         = "lessons"
db_username     = "lessons_admin"
db_password     = "@@PW@@"
backup_days     = 14
allowed_cidrs   = ["10.40.0.0/16"]
''', PW=_tfv), _tfv, "Terraform docs: variable definitions (.tfvars) files")

_jm = human_pw()
add("java/smtp-password", "src/main/java/com/allegrorentals/mail/InvoiceMailer.java", t(r'''
package com.allegrorentals.mail;

import jakarta.mail.*;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.util.Properties;

public final class InvoiceMailer {

    private static final String USER = "invoices@allegrorentals.com";
    private static final String PASSWORD = "@@PW@@";

    private final Session session;

    public InvoiceMailer() {
        Properties props = new Properties();
        props.put("mail.smtp.host", "smtp.office365.com");
        props.put("mail.smtp.port", "587");
        props.put("mail.smtp.auth", "true");
        props.put("mail.smtp.starttls.enable", "true");
        session = Session.getInstance(props, new Authenticator() {
            @Override
            protected PasswordAuthentication getPasswordAuthentication() {
                return new PasswordAuthentication(USER, PASSWORD);
            }
        });
    }

    public void send(String to, String subject, String body) throws MessagingException {
        MimeMessage msg = new MimeMessage(session);
        msg.setFrom(new InternetAddress(USER));
        msg.setRecipients(Message.RecipientType.TO, InternetAddress.parse(to));
        msg.setSubject(subject);
        msg.setText(body);
        Transport.send(msg);
    }
}
''', PW=_jm), _jm, "Jakarta Mail docs: Authenticator / PasswordAuthentication")

# =================================================================================================
# Decoys: public identifiers, placeholders, references, ciphertext
# =================================================================================================

add("env/decoy-placeholder", "apps/rental-sync/.env.example", t(r'''
# Copy to .env and fill in. Never commit the real .env.
SHOPIFY_SHOP=your-store.myshopify.com
SHOPIFY_API_VERSION=2024-07
SHOPIFY_ADMIN_ACCESS_TOKEN=shpat_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx
SHOPIFY_LOCATION_ID=
STRIPE_SECRET_KEY=sk_live_...
RENTAL_DB_URL=postgres://rental_app:<password>@localhost:5432/rentals
SYNC_CRON="*/15 * * * *"
LOG_LEVEL=debug
'''), None, "dotenv convention: .env.example with placeholders")

add("js/decoy-publishable-key", "theme/assets/deposit-checkout.js", t(r'''
// Repair deposit checkout (Stripe Payment Element). Publishable key only: safe in the browser.
const stripe = Stripe('@@PK@@');

async function initDeposit(ticketNumber) {
  const res = await fetch(`/apps/repairs/deposit-intent?ticket=${encodeURIComponent(ticketNumber)}`);
  const { clientSecret } = await res.json();
  const elements = stripe.elements({ clientSecret, appearance: { theme: 'flat' } });
  elements.create('payment').mount('#deposit-payment');

  document.querySelector('#deposit-form').addEventListener('submit', async (e) => {
    e.preventDefault();
    const { error } = await stripe.confirmPayment({
      elements,
      confirmParams: { return_url: `${location.origin}/pages/deposit-received` },
    });
    if (error) document.querySelector('#deposit-error').textContent = error.message;
  });
}

window.initDeposit = initDeposit;
''', PK=stripe_pk()), None, "Stripe docs: publishable keys are meant for client-side code (pk_live_)")

add("markdown/decoy-vendor-doc-example", "docs/payments/stripe-quickstart.md", t(r'''
# Stripe quickstart (for new devs)

The snippet below is copied from Stripe's own docs; the key is Stripe's public *documentation*
test key and only works against their sample account. Use your own test key from the dashboard.

```python
import stripe
stripe.api_key = "sk_test_4eC39HqLyjWDarjtT1zdp7dc"

stripe.PaymentIntent.create(amount=2000, currency="usd", payment_method_types=["card"])
```

Our real keys live in 1Password ("Stripe - Harbor Pianos") and in the deploy environment as
`STRIPE_SECRET_KEY`. Never paste them here.
'''), None, "Stripe API reference: the documentation sample test key")

add("html/decoy-public-client-id", "theme/sections/paypal-button.liquid", t(r'''
{% comment %} PayPal Smart Buttons on the used-instrument product page {% endcomment %}
<div id="paypal-button-container" data-product="{{ product.id }}"></div>
<script src="https://www.paypal.com/sdk/js?client-id=@@CID@@&currency=USD&intent=capture"></script>
<script>
  paypal.Buttons({
    style: { layout: 'horizontal', color: 'gold', tagline: false },
    createOrder: () =>
      fetch('/apps/paypal/orders', { method: 'POST', body: JSON.stringify({ product: {{ product.id }} }) })
        .then((r) => r.json()).then((o) => o.id),
    onApprove: (data) =>
      fetch(`/apps/paypal/orders/${data.orderID}/capture`, { method: 'POST' })
        .then(() => { window.location = '/pages/thank-you'; }),
  }).render('#paypal-button-container');
</script>
''', CID="A" + draw(79, URLSAFE)), None, "PayPal JavaScript SDK docs: client-id query parameter (public)")

add("html/decoy-public-app-id", "public/pay-invoice.html", t(r'''
<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>Pay your repair invoice - Lowbrass Workshop</title>
  <script src="https://web.squarecdn.com/v1/square.js"></script>
</head>
<body>
  <form id="pay">
    <div id="card-container"></div>
    <button id="card-button" type="button">Pay invoice</button>
  </form>
  <script>
    const appId = 'sq0idp-@@APP@@';
    const locationId = 'L7XK2Q9B3ZRTM';
    (async () => {
      const payments = Square.payments(appId, locationId);
      const card = await payments.card();
      await card.attach('#card-container');
      document.getElementById('card-button').onclick = async () => {
        const { token } = await card.tokenize();
        await fetch('/api/pay', { method: 'POST', headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify({ sourceId: token, invoice: new URLSearchParams(location.search).get('inv') }) });
      };
    })();
  </script>
</body>
</html>
''', APP=draw(22, URLSAFE)), None, "Square Web Payments SDK docs: application ID and location ID (public)")

add("html/decoy-browser-maps-key", "site/layouts/partials/store-locator.html", t(r'''
<section class="store-locator">
  <h2>Visit our showrooms</h2>
  <div id="map" style="height: 420px"></div>
</section>
{{/* Browser key: restricted to *.northstarpianos.com referrers and the Maps JavaScript API only */}}
<script>
  function initMap() {
    const map = new google.maps.Map(document.getElementById('map'), { zoom: 9, center: { lat: 39.74, lng: -104.99 } });
    [
      { name: 'Denver showroom', lat: 39.7392, lng: -104.9903 },
      { name: 'Boulder showroom', lat: 40.015, lng: -105.2705 },
    ].forEach((s) => new google.maps.Marker({ position: s, map, title: s.name }));
  }
</script>
<script async src="https://maps.googleapis.com/maps/api/js?key=@@KEY@@&callback=initMap"></script>
''', KEY="AIza" + draw(35, URLSAFE)), None, "Google Maps Platform docs: API keys in the Maps JavaScript API loader (referrer-restricted)")

add("js/decoy-mapbox-public-token", "src/components/ServiceAreaMap.jsx", t(r'''
import mapboxgl from 'mapbox-gl';
import { useEffect, useRef } from 'react';

// public token (pk.), URL-restricted to stanleypianomovers.com in the Mapbox account
mapboxgl.accessToken = '@@PK@@';

export default function ServiceAreaMap() {
  const el = useRef(null);
  useEffect(() => {
    const map = new mapboxgl.Map({
      container: el.current,
      style: 'mapbox://styles/mapbox/light-v11',
      center: [-122.68, 45.52],
      zoom: 8,
    });
    map.on('load', () => {
      map.addSource('area', { type: 'vector', url: 'mapbox://stanleypianomovers.service-area' });
      map.addLayer({ id: 'area', type: 'fill', source: 'area', 'source-layer': 'service-area',
        paint: { 'fill-color': '#1f6feb', 'fill-opacity': 0.2 } });
    });
    return () => map.remove();
  }, []);
  return <div ref={el} style={{ height: 400 }} />;
}
''', PK="pk." + b64url('{"u":"stanleypianomovers","a":"cl' + draw(23, LOWER_ALNUM) + '"}') + "." + draw(22, URLSAFE)),
    None, "Mapbox docs: public access tokens (pk.) for GL JS in the browser")

add("js/decoy-firebase-web-config", "web/src/firebase.js", t(r'''
import { initializeApp } from 'firebase/app';
import { getAuth } from 'firebase/auth';
import { getFirestore } from 'firebase/firestore';

// Firebase web config identifies the project; it is not a secret (access is enforced by rules).
const firebaseConfig = {
  apiKey: '@@KEY@@',
  authDomain: 'tunebook-prod.firebaseapp.com',
  projectId: 'tunebook-prod',
  storageBucket: 'tunebook-prod.appspot.com',
  messagingSenderId: '@@SENDER@@',
  appId: '1:@@SENDER@@:web:@@APP@@',
  measurementId: 'G-@@MEAS@@',
};

export const app = initializeApp(firebaseConfig);
export const auth = getAuth(app);
export const db = getFirestore(app);
''', KEY="AIza" + draw(35, URLSAFE), SENDER=digits(12), APP=hexs(22), MEAS=draw(10, UPPER_ALNUM)), None,
    "Firebase docs: Learn about using and managing API keys for Firebase (web config is public)")

_ref2 = draw(20, string.ascii_lowercase)
add("ts/decoy-supabase-anon-key", "lesson-booking/lib/supabaseClient.ts", t(r'''
import { createClient } from '@supabase/supabase-js';

// anon key: public by design, row level security decides what it can read
const SUPABASE_URL = 'https://@@REF@@.supabase.co';
const SUPABASE_ANON_KEY = '@@ANON@@';

export const supabase = createClient(SUPABASE_URL, SUPABASE_ANON_KEY, {
  auth: { persistSession: true, autoRefreshToken: true },
});

export async function openSlots(teacherId: string, week: string) {
  const { data, error } = await supabase
    .from('lesson_slots')
    .select('id, starts_at, room, instrument')
    .eq('teacher_id', teacherId)
    .eq('week', week)
    .is('student_id', null);
  if (error) throw error;
  return data;
}
''', REF=_ref2, ANON=jwt({"alg": "HS256", "typ": "JWT"}, {"iss": "supabase", "ref": _ref2, "role": "anon", "iat": 1712000000, "exp": 2027576000})),
    None, "Supabase docs: API keys (the anon key is safe to use in a browser with RLS)")

add("js/decoy-sentry-dsn", "storefront/src/sentry.client.config.js", t(r'''
import * as Sentry from '@sentry/nextjs';

// DSNs are public: they only allow sending events to this project.
Sentry.init({
  dsn: 'https://@@PUB@@@o@@ORG@@.ingest.us.sentry.io/@@PROJ@@',
  tracesSampleRate: 0.1,
  replaysSessionSampleRate: 0,
  replaysOnErrorSampleRate: 1.0,
  environment: process.env.NEXT_PUBLIC_VERCEL_ENV ?? 'development',
  ignoreErrors: ['ResizeObserver loop limit exceeded'],
});
''', PUB=hexs(32), ORG=digits(7), PROJ=digits(16)), None, "Sentry docs: DSN explainer (safe to keep public)")

add("js/decoy-algolia-search-key", "theme/assets/instant-search.js", t(r'''
// Search box on the sheet-music catalog. Search-only key: read access to the public index only.
const searchClient = algoliasearch('@@APP@@', '@@KEY@@');

const search = instantsearch({ indexName: 'products', searchClient, routing: true });

search.addWidgets([
  instantsearch.widgets.searchBox({ container: '#searchbox', placeholder: 'Composer, title, instrument...' }),
  instantsearch.widgets.refinementList({ container: '#brand', attribute: 'brand' }),
  instantsearch.widgets.hits({
    container: '#hits',
    templates: {
      item: (hit, { html, components }) => html`
        <a href="/products/${hit.handle}">${components.Highlight({ hit, attribute: 'title' })}</a>
        <span class="price">$${hit.price}</span>`,
    },
  }),
]);

search.start();
''', APP=draw(10, UPPER_ALNUM), KEY=hexs(32)), None, "Algolia docs: search-only API key (safe in front-end code)")

add("html/decoy-recaptcha-site-key", "public_html/contact/index.html", t(r'''
<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>Request a tuning - Ridgeway Piano Tuning</title>
  <script src="https://www.google.com/recaptcha/api.js?render=@@SITE@@"></script>
</head>
<body>
  <form id="quote" action="send.php" method="post">
    <label>Name <input name="name" required></label>
    <label>Phone <input name="phone" type="tel"></label>
    <label>Piano (make / type) <input name="piano" placeholder="e.g. Baldwin Acrosonic spinet"></label>
    <label>Message <textarea name="message"></textarea></label>
    <input type="hidden" name="g-recaptcha-response" id="g-recaptcha-response">
    <button>Send</button>
  </form>
  <script>
    document.getElementById('quote').addEventListener('submit', function (e) {
      e.preventDefault();
      grecaptcha.ready(function () {
        grecaptcha.execute('@@SITE@@', { action: 'quote' }).then(function (token) {
          document.getElementById('g-recaptcha-response').value = token;
          e.target.submit();
        });
      });
    });
  </script>
</body>
</html>
''', SITE="6L" + draw(38, URLSAFE)), None, "Google reCAPTCHA v3 docs: site key (public, used in the page)")

add("env/decoy-storefront-token", "hydrogen-storefront/.env", t(r'''
# Hydrogen storefront - public Storefront API token (unauthenticated, read-only scopes)
PUBLIC_STORE_DOMAIN=crescendo-pianos.myshopify.com
PUBLIC_STOREFRONT_API_TOKEN=@@TOK@@
PUBLIC_STOREFRONT_ID=1000019384
PUBLIC_CHECKOUT_DOMAIN=checkout.crescendopianos.com
# server-only values (SESSION_SECRET, PRIVATE_STOREFRONT_API_TOKEN) come from Oxygen, not this file
''', TOK=hexs(32)), None,
    "Shopify Hydrogen docs: environment variables (PUBLIC_STOREFRONT_API_TOKEN is public)")

add("liquid/decoy-klaviyo-public-key", "theme/snippets/klaviyo-onsite.liquid", t(r'''
{%- comment -%}
  Klaviyo onsite tracking. company_id is the *public* API key (site ID), six characters.
{%- endcomment -%}
<script async type="text/javascript"
        src="https://static.klaviyo.com/onsite/js/klaviyo.js?company_id=@@CO@@"></script>
<script>
  !function(){if(!window.klaviyo){window._klOnsite=window._klOnsite||[];}}();
  {% if customer %}
  klaviyo.identify({ email: {{ customer.email | json }}, first_name: {{ customer.first_name | json }} });
  {% endif %}
  {% if template.name == 'product' %}
  klaviyo.track('Viewed Product', { ProductName: {{ product.title | json }}, ProductID: {{ product.id }} });
  {% endif %}
</script>
''', CO=draw(6)), None, "Klaviyo docs: public API key / site ID in onsite JavaScript")

def _ssh_pub(kind: str = "ssh-ed25519") -> str:
    if kind == "ssh-ed25519":
        return "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI" + draw(43, B64)
    return "ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABgQ" + draw(512, B64)


add("authorized-keys/decoy-public-keys", "deploy/authorized_keys", t(r'''
# deploy user on web01 - public keys only (private keys never leave the laptops)
@@A@@ jen@harborpianos-mbp
@@B@@ matt@tuning-van-laptop
@@C@@ github-actions-deploy
''', A=_ssh_pub(), B=_ssh_pub("ssh-rsa"), C=_ssh_pub()) + "# removed 2024-03: lars@old-imac\n" + "# add new keys via PR, reviewed by Jen\n",
    None, "OpenSSH sshd(8): AUTHORIZED_KEYS file format (public keys)")

add("known-hosts/decoy-host-keys", "ops/ssh/known_hosts", t(r'''
web01.harborpianos.com,203.0.113.24 @@A@@
nas01.shop.lan @@B@@
github.com ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOMqqnkVzrm0SdG6UOoqKLsabgH5C9okWi0dh2l9GKJl
gitlab.com ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIAfuCHKVTjquxvt6CM6tdG4SLp1Btn/nOeHHE5UOzRdf
|1|@@SALT@@=|@@HASH@@= ecdsa-sha2-nistp256 AAAAE2VjZHNhLXNoYTItbmlzdHAyNTYAAAAIbmlzdHAyNTYAAABBB@@EC@@
''', A=" ".join(_ssh_pub().split()[:2]), B=" ".join(_ssh_pub().split()[:2]), SALT=draw(27, B64), HASH=draw(27, B64),
       EC=draw(87, B64) + "="), None, "OpenSSH sshd(8): SSH_KNOWN_HOSTS file format (host public keys, hashed names)")

_pgp_body = "\n".join(draw(64, B64) for _ in range(12))
add("markdown/decoy-pgp-public-key", "SECURITY.md", t(r'''
# Security

Found a problem with the booking site or the tuner app? Please e-mail security@tuneupsonline.com.
Encrypt sensitive details with our public key (fingerprint `3A1F 9C0D 77B2 4E18 A6C5  0D93 E2B1 7F64 90AC 5D21`):

```
-----BEGIN PGP PUBLIC KEY BLOCK-----

mQINBGX@@BODY@@
=Qm7X
-----END PGP PUBLIC KEY BLOCK-----
```

We answer within three working days. Please don't test against customers' bookings.
''', BODY=_pgp_body), None, "OpenPGP RFC 4880: ASCII-armored public key block")

add("pem/decoy-certificate-chain", "deploy/nginx/ssl/booking.tuneupsonline.com.fullchain.pem",
    cert_pem(18) + "\n" + cert_pem(16) + "\n", None, "RFC 7468: PEM certificates (public)")

add("json/decoy-jwks", "public/.well-known/jwks.json", t(r'''
{
  "keys": [
    {
      "kty": "RSA",
      "use": "sig",
      "alg": "RS256",
      "kid": "tunebook-2024-05",
      "n": "@@N@@",
      "e": "AQAB"
    }
  ]
}
''', N=draw(342, URLSAFE)), None, "RFC 7517: JSON Web Key Set (public RSA modulus and exponent)")

add("htpasswd/decoy-bcrypt-hashes", "deploy/nginx/.htpasswd-staging", t(r'''
jen:@@A@@
matt:@@B@@
reviewer:@@C@@
lars:@@D@@
web-agency:@@E@@
''', A="$2y$10$" + draw(53, BCRYPT), B="$2y$10$" + draw(53, BCRYPT), C="$apr1$" + draw(8, BCRYPT) + "$" + draw(22, BCRYPT),
       D="$2y$10$" + draw(53, BCRYPT), E="$2y$10$" + draw(53, BCRYPT)), None, "Apache htpasswd docs: bcrypt and apr1 password hashes")


def _pbkdf2() -> str:
    return "pbkdf2_sha256$720000$" + draw(22) + "$" + raw_b64(32)


add("json/decoy-django-fixture-hashes", "tunebook/fixtures/staff_users.json", t(r'''
[
  {
    "model": "auth.user",
    "pk": 1,
    "fields": {
      "username": "office",
      "password": "@@A@@",
      "is_staff": true,
      "is_superuser": true,
      "email": "office@pianotechguild-chapter12.org"
    }
  },
  {
    "model": "auth.user",
    "pk": 2,
    "fields": {
      "username": "demo-tuner",
      "password": "@@B@@",
      "is_staff": false,
      "is_superuser": false,
      "email": "demo@pianotechguild-chapter12.org"
    }
  }
]
''', A=_pbkdf2(), B=_pbkdf2()), None, "Django docs: password management (pbkdf2_sha256 hashes in the password field)")

add("sql/decoy-seed-bcrypt", "db/seeds/002_staff.sql", t(r'''
-- Staff accounts for the repair desk (passwords are bcrypt hashes; people reset on first login)
INSERT INTO staff (id, email, display_name, role, password_hash, must_reset) VALUES
  (1, 'lars@halvorsenviolins.no', 'Lars', 'owner',  '@@A@@', true),
  (2, 'ingrid@halvorsenviolins.no', 'Ingrid', 'luthier', '@@B@@', true),
  (3, 'counter@halvorsenviolins.no', 'Counter', 'front_desk', '@@C@@', true)
ON CONFLICT (id) DO NOTHING;

SELECT setval('staff_id_seq', 3);
''', A=bcrypt_hash(), B=bcrypt_hash(), C=bcrypt_hash()), None, "bcrypt modular crypt format ($2b$); PostgreSQL INSERT ... ON CONFLICT")

add("mosquitto/decoy-password-hashes", "mosquitto/config/passwd", t(r'''
vault-sensor-01:$7$101$@@S1@@$@@H1@@
vault-sensor-02:$7$101$@@S2@@$@@H2@@
vault-sensor-03:$7$101$@@S3@@$@@H3@@
homeassistant:$7$101$@@S4@@$@@H4@@
nodered:$7$101$@@S5@@$@@H5@@
''', S1=draw(16, B64), H1=draw(86, B64) + "==", S2=draw(16, B64), H2=draw(86, B64) + "==",
       S3=draw(16, B64), H3=draw(86, B64) + "==", S4=draw(16, B64), H4=draw(86, B64) + "==",
       S5=draw(16, B64), H5=draw(86, B64) + "=="), None, "mosquitto_passwd(1): password file (PBKDF2-SHA512 hashes, $7$)")

add("cisco/decoy-type9-secrets", "network/configs/office-rtr01.cfg", t(r'''
!
hostname office-rtr01
!
enable algorithm-type scrypt secret $9$@@S1@@$@@H1@@
!
username netadmin privilege 15 algorithm-type scrypt secret $9$@@S2@@$@@H2@@
!
aaa new-model
aaa authentication login default local
!
interface GigabitEthernet0/0
 description WAN
 ip address dhcp
 ip nat outside
!
interface GigabitEthernet0/1
 description LAN-shop
 ip address 192.168.1.1 255.255.255.0
 ip nat inside
!
ip nat inside source list 10 interface GigabitEthernet0/0 overload
access-list 10 permit 192.168.1.0 0.0.0.255
!
line vty 0 4
 login local
 transport input ssh
!
end
''', S1=draw(14, BCRYPT), H1=draw(43, BCRYPT), S2=draw(14, BCRYPT), H2=draw(43, BCRYPT)), None,
    "Cisco IOS docs: type 9 (scrypt) secrets")

_vault_lines = "\n".join(hexs(80) for _ in range(10))
add("ansible/decoy-vault-ciphertext", "ansible/group_vars/pos/vault.yml", t(r'''
$ANSIBLE_VAULT;1.1;AES256
@@BODY@@
''', BODY=_vault_lines), None, "Ansible docs: ansible-vault encrypted files ($ANSIBLE_VAULT;1.1;AES256)")

add("sops/decoy-encrypted-yaml", "k8s/secrets/booking-api.enc.yaml", t(r'''
apiVersion: v1
kind: Secret
metadata:
    name: booking-api
    namespace: scheduling
type: Opaque
stringData:
    DATABASE_URL: ENC[AES256_GCM,data:@@D1@@,iv:@@I1@@,tag:@@T1@@,type:str]
    SENDGRID_API_KEY: ENC[AES256_GCM,data:@@D2@@,iv:@@I2@@,tag:@@T2@@,type:str]
sops:
    age:
        - recipient: age1@@AGE@@
          enc: |
            -----BEGIN AGE ENCRYPTED FILE-----
            @@E1@@
            @@E2@@
            -----END AGE ENCRYPTED FILE-----
    lastmodified: "2024-06-02T18:44:10Z"
    mac: ENC[AES256_GCM,data:@@MAC@@,iv:@@I3@@,tag:@@T3@@,type:str]
    encrypted_regex: ^(data|stringData)$
    version: 3.8.1
''', D1=raw_b64(72), I1=raw_b64(32), T1=raw_b64(16), D2=raw_b64(51), I2=raw_b64(32), T2=raw_b64(16),
       AGE=draw(58, "qpzry9x8gf2tvdw0s3jn54khce6mua7l"), E1=raw_b64(45), E2=raw_b64(45), MAC=raw_b64(48),
       I3=raw_b64(32), T3=raw_b64(16)), None, "SOPS docs: encrypted YAML with age recipients")

add("k8s/decoy-sealed-secret", "k8s/sealed/shop-api-db.yaml", t(r'''
apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata:
  name: shop-api-db
  namespace: storefront
spec:
  encryptedData:
    DB_PASSWORD: AgB@@A@@
    DB_USER: AgC@@B@@
  template:
    metadata:
      name: shop-api-db
      namespace: storefront
    type: Opaque
''', A=draw(600, B64) + "==", B=draw(540, B64) + "="), None, "Bitnami sealed-secrets docs: SealedSecret encryptedData")

add("k8s/decoy-external-secret", "k8s/external-secrets/inventory-api.yaml", t(r'''
apiVersion: external-secrets.io/v1beta1
kind: ExternalSecret
metadata:
  name: inventory-api
  namespace: inventory
spec:
  refreshInterval: 1h
  secretStoreRef:
    name: aws-secrets-manager
    kind: ClusterSecretStore
  target:
    name: inventory-api
    creationPolicy: Owner
  data:
    - secretKey: DATABASE_URL
      remoteRef:
        key: prod/inventory-api
        property: database_url
    - secretKey: SHOPIFY_ADMIN_ACCESS_TOKEN
      remoteRef:
        key: prod/inventory-api
        property: shopify_admin_token
''', ), None, "External Secrets Operator docs: ExternalSecret with AWS Secrets Manager")

add("helm/decoy-existing-secret", "charts/shop-api/values.yaml", t(r'''
replicaCount: 1

image:
  repository: ghcr.io/cadenzamusic/shop-api
  tag: ""

mysql:
  enabled: true
  auth:
    database: shop
    username: shop
    # passwords come from the Secret created by the platform team
    existingSecret: shop-api-mysql
    secretKeys:
      userPasswordKey: mysql-password
      rootPasswordKey: mysql-root-password

stripe:
  secretName: shop-api-stripe
  secretKey: STRIPE_SECRET_KEY

resources: {}
''', ), None, "Bitnami MySQL Helm chart README: auth.existingSecret")

add("terraform/decoy-generated-password", "infra/modules/lessons-db/main.tf", t(r'''
resource "random_password" "db" {
  length           = 32
  special          = true
  override_special = "_-."
}

resource "aws_secretsmanager_secret" "db" {
  name = "${var.environment}/lessons/db"
}

resource "aws_secretsmanager_secret_version" "db" {
  secret_id     = aws_secretsmanager_secret.db.id
  secret_string = jsonencode({ username = var.db_username, password = random_password.db.result })
}

resource "aws_db_instance" "lessons" {
  identifier          = "lessons-${var.environment}"
  engine              = "postgres"
  engine_version      = "16.3"
  instance_class      = var.instance_class
  allocated_storage   = 20
  db_name             = "lessons"
  username            = var.db_username
  password            = random_password.db.result
  skip_final_snapshot = false
}
''', ), None, "Terraform random provider: random_password; AWS provider: aws_secretsmanager_secret_version")

add("github-actions/decoy-secrets-context", ".github/workflows/ci.yml", t(r'''
name: ci

on:
  pull_request:
  push:
    branches: [main]

jobs:
  test:
    runs-on: ubuntu-latest
    services:
      postgres:
        image: postgres:16
        env:
          POSTGRES_PASSWORD: postgres
        ports: ["5432:5432"]
    env:
      DATABASE_URL: postgres://postgres:postgres@localhost:5432/postgres
      STRIPE_SECRET_KEY: ${{ secrets.STRIPE_TEST_SECRET_KEY }}
      SHOPIFY_ADMIN_ACCESS_TOKEN: ${{ secrets.SHOPIFY_DEV_STORE_TOKEN }}
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-python@v5
        with:
          python-version: "3.12"
      - run: pip install -r requirements-dev.txt
      - run: pytest -q
''', ), None, "GitHub Actions docs: using secrets (${{ secrets.NAME }}); service containers with throwaway passwords")

add("gitlab-ci/decoy-ci-variables", "deploy/.gitlab-ci.deploy.yml", t(r'''
deploy-production:
  stage: deploy
  image: alpine:3.20
  environment: production
  rules:
    - if: $CI_COMMIT_BRANCH == "main"
  before_script:
    - apk add --no-cache openssh-client rsync
    - eval $(ssh-agent -s)
    - echo "$DEPLOY_SSH_PRIVATE_KEY" | tr -d '\r' | ssh-add -
    - mkdir -p ~/.ssh && echo "$DEPLOY_KNOWN_HOSTS" > ~/.ssh/known_hosts
  script:
    - rsync -az --delete public/ "deploy@$DEPLOY_HOST:/var/www/tempo-music/"
    - ssh "deploy@$DEPLOY_HOST" "sudo systemctl reload nginx"
''', ), None, "GitLab docs: CI/CD variables (masked, protected) and SSH keys")

add("compose/decoy-env-interpolation", "deploy/docker-compose.prod.yml", t(r'''
services:
  db:
    image: postgres:16
    environment:
      POSTGRES_DB: gazette
      POSTGRES_USER: gazette
      POSTGRES_PASSWORD_FILE: /run/secrets/db_password
    secrets:
      - db_password
    volumes:
      - pgdata:/var/lib/postgresql/data

  web:
    image: ghcr.io/gazette-pianos/web:${TAG:-latest}
    environment:
      DATABASE_HOST: db
      DATABASE_PASSWORD: ${DATABASE_PASSWORD:?set DATABASE_PASSWORD}
      SENDGRID_API_KEY: ${SENDGRID_API_KEY}
    depends_on: [db]

secrets:
  db_password:
    file: ./secrets/db_password.txt

volumes:
  pgdata:
''', ), None, "Docker Compose docs: interpolation and secrets (POSTGRES_PASSWORD_FILE)")

add("k8s-secret/decoy-placeholder-base64", "k8s/templates/tuner-sms-secret.example.yaml", t(r'''
# Example only - create the real Secret with:
#   kubectl create secret generic tuner-sms --from-literal=TWILIO_AUTH_TOKEN=... -n scheduling
apiVersion: v1
kind: Secret
metadata:
  name: tuner-sms
  namespace: scheduling
type: Opaque
data:
  TWILIO_ACCOUNT_SID: @@SID@@
  TWILIO_AUTH_TOKEN: @@TOK@@
  TWILIO_FROM_NUMBER: @@FROM@@
''', SID=b64("ACxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"), TOK=b64("REPLACE_ME"), FROM=b64("+15550000000")), None,
    "Kubernetes docs: Secrets (base64 of placeholder values)")

add("python/decoy-secrets-manager-lookup", "inventory/settings.py", t(r'''
import json
import os
from functools import lru_cache

import boto3


@lru_cache(maxsize=None)
def _secret(name: str) -> dict:
    client = boto3.client("secretsmanager", region_name=os.environ.get("AWS_REGION", "us-east-2"))
    return json.loads(client.get_secret_value(SecretId=name)["SecretString"])


ENV = os.environ.get("APP_ENV", "dev")
DATABASE_URL = os.environ.get("DATABASE_URL") or _secret(f"{ENV}/inventory-api")["database_url"]
SHOPIFY_TOKEN = os.environ.get("SHOPIFY_ADMIN_ACCESS_TOKEN") or _secret(f"{ENV}/inventory-api")["shopify_admin_token"]
STORE_IDS = os.environ.get("STORE_IDS", "north,downtown,warehouse").split(",")
''', ), None, "AWS SDK for Python docs: Secrets Manager get_secret_value")

add("js/decoy-process-env", "booking-api/src/config.js", t(r'''
require('dotenv').config();

function required(name) {
  const value = process.env[name];
  if (!value) throw new Error(`missing environment variable ${name}`);
  return value;
}

module.exports = {
  port: Number(process.env.PORT || 3000),
  databaseUrl: required('DATABASE_URL'),
  sendgridKey: required('SENDGRID_API_KEY'),
  twilio: {
    accountSid: required('TWILIO_ACCOUNT_SID'),
    authToken: required('TWILIO_AUTH_TOKEN'),
    from: process.env.TWILIO_FROM || '+15035550172',
  },
  sessionSecret: required('SESSION_SECRET'),
};
''', ), None, "dotenv README; Node.js process.env")

add("go/decoy-getenv", "cmd/labeld/config.go", t(r'''
package main

import (
	"fmt"
	"os"
	"strconv"
)

type Config struct {
	ShippoToken string
	PrinterID   int
	DBURL       string
}

func loadConfig() (Config, error) {
	cfg := Config{
		ShippoToken: os.Getenv("SHIPPO_TOKEN"),
		DBURL:       os.Getenv("DATABASE_URL"),
	}
	if cfg.ShippoToken == "" {
		return cfg, fmt.Errorf("SHIPPO_TOKEN is not set (see 1Password: Shippo - live)")
	}
	id, err := strconv.Atoi(os.Getenv("PRINTER_ID"))
	if err != nil {
		return cfg, fmt.Errorf("PRINTER_ID: %w", err)
	}
	cfg.PrinterID = id
	return cfg, nil
}
''', ), None, "Go os.Getenv; configuration from the environment")

add("appsettings/decoy-keyvault-reference", "src/RepairDesk.Api/appsettings.json", t(r'''
{
  "KeyVault": {
    "Uri": "https://kv-repairdesk-prod.vault.azure.net/"
  },
  "AuthorizeNet": {
    "Environment": "Production",
    "ApiLoginId": "@Microsoft.KeyVault(SecretUri=https://kv-repairdesk-prod.vault.azure.net/secrets/AuthNetLoginId/)",
    "TransactionKey": "@Microsoft.KeyVault(SecretUri=https://kv-repairdesk-prod.vault.azure.net/secrets/AuthNetTransactionKey/)"
  },
  "ConnectionStrings": {
    "Repairs": "Server=tcp:sql-repairdesk.database.windows.net;Database=repairs;Authentication=Active Directory Managed Identity;"
  },
  "Logging": {
    "LogLevel": { "Default": "Information" }
  }
}
''', ), None, "Azure App Service docs: Key Vault references; SqlClient managed identity authentication")

add("properties/decoy-placeholder-properties", "src/main/resources/application-prod.properties.template", t(r'''
spring.application.name=shop-fulfilment
server.port=8085

spring.datasource.url=jdbc:postgresql://${DB_HOST:localhost}:5432/fulfilment
spring.datasource.username=${DB_USER}
spring.datasource.password=${DB_PASSWORD}

fedex.api.base-url=https://apis.fedex.com
fedex.api.key=${FEDEX_API_KEY}
fedex.secret.key=${FEDEX_SECRET_KEY}
fedex.account-number=${FEDEX_ACCOUNT}

logging.level.com.crescendo.fulfilment=INFO
''', ), None, "Spring Boot reference: property placeholders ${...}")

add("php/decoy-getenv-config", "public_html/wp-config.php.dist", t(r'''
<?php
/**
 * WordPress config for Brightwater Piano & Organ - values come from the host's environment.
 */
define( 'DB_NAME', getenv( 'WP_DB_NAME' ) );
define( 'DB_USER', getenv( 'WP_DB_USER' ) );
define( 'DB_PASSWORD', getenv( 'WP_DB_PASSWORD' ) );
define( 'DB_HOST', getenv( 'WP_DB_HOST' ) ?: 'localhost' );
define( 'DB_CHARSET', 'utf8mb4' );

// Salts are generated on the server: https://api.wordpress.org/secret-key/1.1/salt/
require_once __DIR__ . '/../private/wp-salts.php';

$table_prefix = 'bw_';
define( 'WP_DEBUG', (bool) getenv( 'WP_DEBUG' ) );

if ( ! defined( 'ABSPATH' ) ) {
	define( 'ABSPATH', __DIR__ . '/' );
}
require_once ABSPATH . 'wp-settings.php';
''', ), None, "WordPress docs: wp-config.php; PHP getenv")

add("ruby/decoy-rails-credentials-usage", "config/initializers/shipping.rb", t(r'''
# Shipping vendors. Keys live in config/credentials/production.yml.enc (RAILS_MASTER_KEY on the host).
Rails.application.config.to_prepare do
  EasyPost.api_key = Rails.application.credentials.dig(:easypost, :api_key)

  Shipping::Shippo.configure do |c|
    c.token = Rails.application.credentials.dig(:shippo, :token)
    c.default_parcel = { length: 48, width: 14, height: 6, distance_unit: "in" } # guitar case
  end

  Shipping.insure_over = Money.new(500_00, "USD")
end
''', ), None, "Rails guides: Security - custom credentials (credentials.dig)")

add("yaml/decoy-pulumi-secure", "infra/Pulumi.prod.yaml", t(r'''
encryptionsalt: v1:@@SALT@@:v1:@@S2@@:@@S3@@
config:
  aws:region: us-east-1
  shop-infra:domain: www.bellwethermusic.com
  shop-infra:dbPassword:
    secure: v1:@@A@@:@@B@@
  shop-infra:stripeSecretKey:
    secure: v1:@@C@@:@@D@@
  shop-infra:instanceType: t4g.small
''', SALT=raw_b64(8), S2=raw_b64(12), S3=raw_b64(32), A=raw_b64(12), B=raw_b64(48), C=raw_b64(12), D=raw_b64(140)),
    None, "Pulumi docs: secrets in stack config (secure: v1:...)")

add("xml/decoy-jenkins-encrypted", "jenkins/credentials.xml", t(r'''
<?xml version='1.1' encoding='UTF-8'?>
<com.cloudbees.plugins.credentials.SystemCredentialsProvider plugin="credentials@1337.v60b_d7b_c7b_c9f">
  <domainCredentialsMap class="hudson.util.CopyOnWriteMap$Hash">
    <entry>
      <com.cloudbees.plugins.credentials.domains.Domain>
        <specifications/>
      </com.cloudbees.plugins.credentials.domains.Domain>
      <java.util.concurrent.CopyOnWriteArrayList>
        <com.cloudbees.plugins.credentials.impl.UsernamePasswordCredentialsImpl>
          <scope>GLOBAL</scope>
          <id>web01-deploy</id>
          <description>deploy user on web01</description>
          <username>deploy</username>
          <password>{AQAAABAAAAAQ@@A@@}</password>
        </com.cloudbees.plugins.credentials.impl.UsernamePasswordCredentialsImpl>
        <org.jenkinsci.plugins.plaincredentials.impl.StringCredentialsImpl>
          <scope>GLOBAL</scope>
          <id>slack-webhook</id>
          <secret>{AQAAABAAAAAw@@B@@}</secret>
        </org.jenkinsci.plugins.plaincredentials.impl.StringCredentialsImpl>
      </java.util.concurrent.CopyOnWriteArrayList>
    </entry>
  </domainCredentialsMap>
</com.cloudbees.plugins.credentials.SystemCredentialsProvider>
''', A=draw(44, B64) + "=", B=draw(86, B64) + "="), None,
    "Jenkins credentials plugin: credentials.xml with secrets encrypted by the controller key")

add("js/decoy-node-red-settings", "node-red/settings.js", t(r'''
// Node-RED on the vault Raspberry Pi (humidity alerts). Trimmed from the default settings.js.
module.exports = {
    flowFile: 'flows.json',
    flowFilePretty: true,
    // encrypts flows_cred.json; the value is set in the systemd unit's environment
    credentialSecret: process.env.NODE_RED_CREDENTIAL_SECRET,
    adminAuth: {
        type: "credentials",
        users: [{
            username: "admin",
            password: "@@HASH@@",
            permissions: "*"
        }]
    },
    uiPort: process.env.PORT || 1880,
    logging: {
        console: { level: "info", metrics: false, audit: false }
    },
    editorTheme: { projects: { enabled: false } }
};
''', HASH="$2b$08$" + draw(53, BCRYPT)), None, "Node-RED docs: securing Node-RED (adminAuth bcrypt hash, credentialSecret)")

# =================================================================================================
# Decoys: checksums, ids, fixtures, docs, redactions, code that reads secrets from elsewhere
# =================================================================================================


def _sri(n: int = 48) -> str:
    return raw_b64(n)


add("json/decoy-lockfile-integrity", "storefront/package-lock.json", t(r'''
{
  "name": "storefront-theme-tools",
  "version": "1.4.0",
  "lockfileVersion": 3,
  "requires": true,
  "packages": {
    "": {
      "name": "storefront-theme-tools",
      "version": "1.4.0",
      "devDependencies": {
        "@shopify/cli": "3.61.2",
        "@shopify/theme": "3.58.2"
      }
    },
    "node_modules/@shopify/cli": {
      "version": "3.61.2",
      "resolved": "https://registry.npmjs.org/@shopify/cli/-/cli-3.61.2.tgz",
      "integrity": "sha512-@@A@@",
      "dev": true
    },
    "node_modules/@shopify/theme": {
      "version": "3.58.2",
      "resolved": "https://registry.npmjs.org/@shopify/theme/-/theme-3.58.2.tgz",
      "integrity": "sha512-@@B@@",
      "dev": true
    }
  }
}
''', A=_sri(64), B=_sri(64)), None, "npm docs: package-lock.json integrity (Subresource Integrity sha512)")

add("requirements/decoy-pip-hashes", "tuning-tools/requirements.txt", t(r'''
# pip-compile --generate-hashes requirements.in
numpy==1.26.4 \
    --hash=sha256:@@A@@ \
    --hash=sha256:@@B@@
scipy==1.13.1 \
    --hash=sha256:@@C@@
sounddevice==0.4.7 \
    --hash=sha256:@@D@@ \
    --hash=sha256:@@E@@
''', A=hexs(64), B=hexs(64), C=hexs(64), D=hexs(64), E=hexs(64)), None, "pip docs: hash-checking mode (--hash=sha256:)")

add("go-sum/decoy-checksums", "go.sum", t(r'''
github.com/golang-jwt/jwt/v5 v5.2.1 h1:@@A@@=
github.com/golang-jwt/jwt/v5 v5.2.1/go.mod h1:@@B@@=
github.com/google/uuid v1.6.0 h1:@@C@@=
github.com/google/uuid v1.6.0/go.mod h1:@@D@@=
github.com/jackc/pgx/v5 v5.6.0 h1:@@E@@=
github.com/jackc/pgx/v5 v5.6.0/go.mod h1:@@F@@=
''', A=draw(43, B64), B=draw(43, B64), C=draw(43, B64), D=draw(43, B64), E=draw(43, B64), F=draw(43, B64)), None,
    "Go modules reference: go.sum (h1: hashes)")

add("dockerfile/decoy-image-digest", "booking-api/Dockerfile", t(r'''
# pinned by digest so rebuilds are reproducible
FROM node:20.14-alpine@sha256:@@A@@ AS deps
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev

FROM node:20.14-alpine@sha256:@@A@@
WORKDIR /app
ENV NODE_ENV=production
COPY --from=deps /app/node_modules ./node_modules
COPY . .
USER node
EXPOSE 3000
CMD ["node", "src/server.js"]
''', A=hexs(64)), None, "Docker docs: pin base images by digest (@sha256:)")

add("json/decoy-asset-manifest", "public/build/manifest.json", t(r'''
{
  "src/main.ts": {
    "file": "assets/main-@@A@@.js",
    "src": "src/main.ts",
    "isEntry": true,
    "css": ["assets/main-@@B@@.css"],
    "integrity": "sha384-@@C@@"
  },
  "src/pages/booking.ts": {
    "file": "assets/booking-@@D@@.js",
    "src": "src/pages/booking.ts",
    "isDynamicEntry": true,
    "integrity": "sha384-@@E@@"
  }
}
''', A=draw(8, URLSAFE), B=draw(8, URLSAFE), C=_sri(), D=draw(8, URLSAFE), E=_sri()), None,
    "Vite docs: build manifest (hashed file names); SRI hashes")

add("html/decoy-sri-hash", "site/layouts/_default/baseof.html", t(r'''
<!doctype html>
<html lang="{{ .Site.LanguageCode }}">
<head>
  <meta charset="utf-8">
  <title>{{ .Title }} | Northstar Pianos</title>
  <link rel="stylesheet" href="https://cdn.jsdelivr.net/npm/bootstrap@5.3.3/dist/css/bootstrap.min.css"
        integrity="sha384-@@A@@" crossorigin="anonymous">
  <script defer src="https://cdn.jsdelivr.net/npm/alpinejs@3.14.1/dist/cdn.min.js"
          integrity="sha384-@@B@@" crossorigin="anonymous"></script>
</head>
<body>
  {{ partial "header.html" . }}
  <main>{{ block "main" . }}{{ end }}</main>
  {{ partial "footer.html" . }}
</body>
</html>
''', A=_sri(), B=_sri()), None, "W3C Subresource Integrity (integrity=\"sha384-...\")")

add("markdown/decoy-redacted-incident", "docs/incidents/2024-04-12-stripe-key-in-logs.md", t(r'''
# 2024-04-12: Stripe key printed in the autopay job log

**What happened.** A debug line in `rental_autopay.py` logged the full request headers:

```
2024-04-12T06:00:03Z DEBUG POST https://api.stripe.com/v1/payment_intents
    Authorization: Bearer sk_live_51H**************************************************[REDACTED]
    Idempotency-Key: 8f3c2a1e-4b5d-4e6f-9a0b-1c2d3e4f5a6b
```

**Impact.** Logs are only readable by the two admins. No misuse seen in the Stripe dashboard.

**Actions.**
- Rolled the secret key in the Stripe dashboard at 09:40 (old key expired immediately).
- Removed the debug line; added a log filter that masks `Authorization` headers.
- Stored the new key in the deploy environment only (`STRIPE_SECRET_KEY`).
'''), None, "Incident write-up with redacted credentials")

add("python/decoy-stripe-mock-fixture", "tests/conftest.py", t(r'''
import os

import pytest
import stripe

# stripe-mock (https://github.com/stripe/stripe-mock) accepts any key shaped like a test key
STRIPE_MOCK = os.environ.get("STRIPE_MOCK_URL", "http://localhost:12111")


@pytest.fixture(autouse=True)
def fake_stripe(monkeypatch):
    monkeypatch.setattr(stripe, "api_key", "sk_test_123")
    monkeypatch.setattr(stripe, "api_base", STRIPE_MOCK)
    yield


@pytest.fixture
def contract(db):
    from contracts.models import RentalContract
    return RentalContract.objects.create(
        number="R-TEST-0001",
        instrument="Student trumpet (Bach TR300)",
        monthly_cents=2900,
        stripe_customer_id="cus_test_0001",
        default_payment_method="pm_card_visa",
    )
''', ), None, "stripe-mock README: use sk_test_123 against the mock server")

add("markdown/decoy-aws-doc-example", "docs/ops/aws-cli-setup.md", t(r'''
# Setting up the AWS CLI for the photo bucket

1. Ask Jen for an IAM user (`photos-<yourname>`), then create an access key in the console.
2. Run `aws configure --profile piano-photos` and paste the key when asked.

It looks like this (these are AWS's documentation example values, not ours):

```
$ aws configure --profile piano-photos
AWS Access Key ID [None]: AKIAIOSFODNN7EXAMPLE
AWS Secret Access Key [None]: wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY
Default region name [None]: us-west-2
Default output format [None]: json
```

3. Test with `aws s3 ls s3://bellwether-music-instrument-photos --profile piano-photos`.
'''), None, "AWS CLI docs: aws configure example (AKIAIOSFODNN7EXAMPLE)")


def _ups_tracking() -> str:
    return "1Z" + draw(6, UPPER_ALNUM) + digits(10)


add("csv/decoy-tracking-numbers", "exports/shipments-2024-06.csv", t(r'''
order,shipped_on,carrier,service,tracking,weight_lb,cost_usd
#10412,2024-06-03,UPS,Ground,@@U1@@,38.5,41.20
#10415,2024-06-03,FedEx,Home Delivery,@@F1@@,12.0,18.75
#10419,2024-06-04,USPS,Ground Advantage,9400@@P1@@,2.1,7.90
#10420,2024-06-05,UPS,2nd Day Air,@@U2@@,6.4,29.15
#10423,2024-06-06,USPS,Priority Mail,9205@@P2@@,1.3,9.85
#10431,2024-06-07,FedEx,Ground,@@F2@@,44.0,52.30
''', U1=_ups_tracking(), F1=digits(12), P1=digits(18), U2=_ups_tracking(), P2=digits(18), F2=digits(12)), None,
    "UPS/FedEx/USPS tracking number formats (public shipment identifiers)")

add("markdown/decoy-test-card-numbers", "docs/qa/checkout-test-plan.md", t(r'''
# Checkout test plan (staging store only)

Use Stripe's test cards; staging uses test-mode keys, so nothing is charged.

| Scenario                 | Card number          | Expiry | CVC |
|--------------------------|----------------------|--------|-----|
| Success                  | 4242 4242 4242 4242  | 12/34  | 123 |
| 3-D Secure required      | 4000 0025 0000 3155  | 12/34  | 123 |
| Declined (generic)       | 4000 0000 0000 0002  | 12/34  | 123 |
| Insufficient funds       | 4000 0000 0000 9995  | 12/34  | 123 |

Also check:
- rental autopay with a saved card (`pm_card_visa`);
- repair deposit refund from the admin;
- gift card + card split payment.
'''), None, "Stripe docs: testing (test card numbers)")


def _row(brand: str, model: str, serial: str, sku: str, upc: str, price: str, status: str) -> str:
    return ",".join([brand, model, serial, sku, upc, price, status])


add("csv/decoy-piano-serials", "inventory/pianos_on_floor.csv", "\n".join([
    "brand,model,serial,sku,upc,price_usd,status",
    _row("Steinway", "Model M", digits(6), "PNO-ST-M-" + digits(4), digits(12), "74900", "on floor"),
    _row("Yamaha", "U1", digits(7), "PNO-YA-U1-" + digits(4), digits(12), "8995", "on floor"),
    _row("Kawai", "K-300", "K" + digits(7), "PNO-KA-K300-" + digits(4), digits(12), "9490", "sold - delivery 06/14"),
    _row("Boston", "GP-163", digits(6), "PNO-BO-163-" + digits(4), digits(12), "36800", "on floor"),
    _row("Baldwin", "Acrosonic", digits(6), "PNO-BA-ACR-" + digits(4), "", "1800", "consignment"),
    _row("Petrof", "P 118 M1", digits(6), "PNO-PE-118-" + digits(4), digits(12), "11250", "in prep (regulation)"),
]) + "\n", None, "Retail inventory export: serial numbers, SKUs and UPCs (identifiers)")

add("json/decoy-shopify-product-gids", "tests/fixtures/shopify/product_update.json", t(r'''
{
  "id": @@PID@@,
  "admin_graphql_api_id": "gid://shopify/Product/@@PID@@",
  "title": "Used Yamaha YAS-26 Alto Saxophone",
  "handle": "used-yamaha-yas-26-alto-saxophone",
  "vendor": "Yamaha",
  "product_type": "Woodwinds",
  "status": "active",
  "variants": [
    {
      "id": @@VID@@,
      "admin_graphql_api_id": "gid://shopify/ProductVariant/@@VID@@",
      "sku": "WW-YA-YAS26-U-0412",
      "price": "849.00",
      "inventory_item_id": @@IID@@,
      "inventory_quantity": 1
    }
  ],
  "image": {
    "src": "https://cdn.shopify.com/s/files/1/0@@SHOP@@/files/yas26-front.jpg?v=@@V@@"
  }
}
''', PID=digits(13), VID=digits(14), IID=digits(14), SHOP=digits(9), V=digits(10)), None,
    "Shopify Admin REST API docs: products/update webhook payload (ids, GIDs)")

add("log/decoy-idempotency-uuids", "logs/square-sync-2024-06-10.log", t(r'''
2024-06-10T09:00:01Z INFO  catalog pull started (locations=2)
2024-06-10T09:00:03Z INFO  POST /v2/inventory/changes/batch-create idempotency_key=@@A@@ changes=14
2024-06-10T09:00:03Z INFO  -> 200 counts_updated=14
2024-06-10T09:10:02Z INFO  POST /v2/inventory/changes/batch-create idempotency_key=@@B@@ changes=3
2024-06-10T09:10:02Z WARN  -> 429 rate limited, retrying in 2s
2024-06-10T09:10:04Z INFO  POST /v2/inventory/changes/batch-create idempotency_key=@@B@@ changes=3
2024-06-10T09:10:05Z INFO  -> 200 counts_updated=3
2024-06-10T09:20:01Z INFO  order @@O@@ synced (location LJ0F6S2M7D4TB)
''', A=uuid(), B=uuid(), O=draw(27, UPPER_ALNUM)), None, "Square API docs: idempotency keys (UUIDs) and object ids")

add("text/decoy-midi-sysex", "presets/stage-piano-sysex.txt", t(r'''
# Showroom demo presets for the stage pianos (send with SysEx Librarian before events)
# format: name | bytes (hex)
Grand - Concert Hall   | F0 43 10 7F 1C 05 00 00 00 01 00 7A F7
Grand - Bright Pop     | F0 43 10 7F 1C 05 00 00 00 01 05 75 F7
EP - Tine 74           | F0 43 10 7F 1C 05 00 00 00 02 11 68 F7
Strings layer -12 dB   | F0 43 10 7F 1C 05 02 01 10 00 74 79 F7
Reverb: Hall 2, 3.2 s  | F0 43 10 4C 02 01 00 01 10 F7
Master tune A=442 Hz   | F0 43 10 27 30 00 00 00 00 08 F7
'''), None, "MIDI 1.0 spec: System Exclusive messages (F0 ... F7)")

add("scala/decoy-tuning-cents", "tunings/railsback_stretch_approx.scl", t(r'''
! railsback_stretch_approx.scl
!
Equal temperament with a mild octave stretch (spinet, inharmonicity B ~ 0.0006)
 12
!
 100.08
 200.17
 300.25
 400.33
 500.42
 600.50
 700.58
 800.67
 900.75
 1000.83
 1100.92
 1201.00
'''), None, "Scala scale file format (.scl): cents values")

_sha = hexs(40)
add("markdown/decoy-changelog-shas", "CHANGELOG.md", t(r'''
# Changelog

## 2.14.1 - 2024-06-11
- Fix: rental autopay skipped contracts with a paused month ([@@S7@@](https://github.com/pianoworks/scheduler/commit/@@S@@))
- Tuners' route sheet shows the piano's last pitch (A4 Hz) and humidity note (@@B7@@)

## 2.14.0 - 2024-05-28
- Square POS sync for the repair counter (#212, merge @@C@@)
- New service type "pitch raise + tuning" (90 min)
- Bump stripe-python to 9.9.0 (dependabot, @@D7@@)

## 2.13.2 - 2024-05-02
- Reminder e-mails use the customer's time zone
''', S7=_sha[:7], S=_sha, B7=hexs(7), C=hexs(40), D7=hexs(7)), None, "Keep a Changelog; git commit SHAs (public identifiers)")

add("yaml/decoy-password-policy", "config/security.yml", t(r'''
# Staff accounts on the repair desk and the booking admin
password_policy:
  min_length: 14
  require_mixed_case: true
  require_digit: true
  reject_breached: true      # checked against the HIBP range API (k-anonymity)
  max_age_days: 0            # no forced rotation (NIST 800-63B)
  history: 5
lockout:
  max_attempts: 8
  window_minutes: 15
mfa:
  required_for_roles: [owner, admin]
  methods: [totp, webauthn]
session:
  idle_timeout_minutes: 30
  password_reset_token_ttl_minutes: 20
'''), None, "NIST SP 800-63B password guidance; app security settings")

add("html/decoy-login-form", "repair-portal/resources/views/auth/login.blade.php", t(r'''
@extends('layouts.guest')

@section('content')
<form method="POST" action="{{ route('login') }}" class="login">
    @csrf
    <h1>Luthier Repair Portal</h1>
    <label for="email">E-mail</label>
    <input id="email" type="email" name="email" value="{{ old('email') }}" required autofocus autocomplete="username">

    <label for="password">Password</label>
    <input id="password" type="password" name="password" required autocomplete="current-password" minlength="12">

    <label><input type="checkbox" name="remember"> Remember me</label>
    @error('email')<p class="error">{{ $message }}</p>@enderror
    <button type="submit">Log in</button>
    <a href="{{ route('password.request') }}">Forgot your password?</a>
</form>
@endsection
'''), None, "Laravel Blade docs: forms, @csrf; HTML autocomplete=current-password")

add("markdown/decoy-api-auth-placeholder", "docs/api/authentication.md", t(r'''
# Booking API - authentication

Every request needs a bearer token. Create one under **Admin > Integrations > API tokens**;
it is shown once.

```http
GET /v2/appointments?from=2024-07-01 HTTP/1.1
Host: api.tuneupsonline.com
Authorization: Bearer <YOUR_API_TOKEN>
```

```sh
export TUNEUPS_TOKEN="paste-your-token-here"
curl -H "Authorization: Bearer $TUNEUPS_TOKEN" https://api.tuneupsonline.com/v2/tuners
```

Tokens can be revoked at any time. A 401 response means the token is missing, expired or revoked.
'''), None, "RFC 6750 bearer tokens; API docs with placeholders")

add("openapi/decoy-example-placeholder", "api/openapi.yaml", t(r'''
openapi: 3.0.3
info:
  title: Repair Desk API
  version: 1.6.0
servers:
  - url: https://repairs.marchettiluthiers.com/api
components:
  securitySchemes:
    apiKey:
      type: apiKey
      in: header
      name: X-Api-Key
      description: >
        Issued per integration, e.g. `rk_XXXXXXXXXXXXXXXXXXXXXXXX`. Ask the workshop manager.
security:
  - apiKey: []
paths:
  /tickets/{number}:
    get:
      summary: Repair ticket status
      parameters:
        - name: number
          in: path
          required: true
          schema: { type: string, example: "R-2024-0412" }
      responses:
        "200":
          description: The ticket
'''), None, "OpenAPI 3.0 specification: securitySchemes apiKey")

add("terraform/decoy-sensitive-variable", "infra/envs/prod/variables.tf", t(r'''
variable "environment" {
  type    = string
  default = "prod"
}

variable "db_username" {
  type    = string
  default = "lessons_admin"
}

variable "db_password" {
  description = "Set with TF_VAR_db_password from the password manager; never in tfvars."
  type        = string
  sensitive   = true
}

variable "stripe_secret_key" {
  type      = string
  sensitive = true
}
'''), None, "Terraform docs: input variables (sensitive = true, no default)")

add("ansible/decoy-vault-lookup", "ansible/roles/pos/tasks/main.yml", t(r'''
---
- name: Install POS agent
  ansible.builtin.apt:
    name: pos-agent
    state: present

- name: Write POS agent config
  ansible.builtin.template:
    src: pos-agent.conf.j2
    dest: /etc/pos-agent/pos-agent.conf
    mode: "0600"
  vars:
    pos_db_password: "{{ lookup('community.hashi_vault.hashi_vault', 'secret=secret/data/pos/db:password') }}"
    square_token: "{{ lookup('ansible.builtin.env', 'SQUARE_ACCESS_TOKEN') }}"
  notify: restart pos-agent
'''), None, "community.hashi_vault docs: hashi_vault lookup; ansible.builtin.env lookup")

add("powershell/decoy-secretmanagement", "it/Connect-ShopDb.ps1", t(r'''
# Requires: Install-Module Microsoft.PowerShell.SecretManagement, SecretStore
param([string]$Server = 'sql01.conradpianos.local')

$cred = Get-Secret -Name 'RentalsDb' -Vault 'ShopVault'   # PSCredential stored in the SecretStore
if (-not $cred) {
    $cred = Get-Credential -Message 'Rentals DB login'
    Set-Secret -Name 'RentalsDb' -Secret $cred -Vault 'ShopVault'
}

$conn = New-Object System.Data.SqlClient.SqlConnection
$conn.ConnectionString = "Server=$Server;Database=Rentals;Integrated Security=False;User ID=$($cred.UserName);Password=$($cred.GetNetworkCredential().Password)"
$conn.Open()
Write-Host "Connected to $Server as $($cred.UserName)"
'''), None, "Microsoft.PowerShell.SecretManagement docs: Get-Secret / Set-Secret")

add("shell/decoy-1password-op-read", "scripts/with-prod-env.sh", t(r'''
#!/usr/bin/env bash
# Run a command with production credentials pulled from 1Password (never written to disk).
# usage: scripts/with-prod-env.sh python -m inventory.reconcile
set -euo pipefail

export DATABASE_URL="$(op read 'op://Shop Prod/inventory-db/connection string')"
export SHOPIFY_ADMIN_ACCESS_TOKEN="$(op read 'op://Shop Prod/Shopify admin token/credential')"
export SQUARE_ACCESS_TOKEN="$(op read 'op://Shop Prod/Square production/access token')"

exec "$@"
'''), None, "1Password CLI docs: op read with secret references (op://vault/item/field)")

add("serverless/decoy-ssm-references", "label-service/serverless.yml", t(r'''
service: label-service
frameworkVersion: "3"

provider:
  name: aws
  runtime: python3.12
  region: us-east-2
  environment:
    SHIPPO_TOKEN: ${ssm:/label-service/prod/shippo-token}
    EASYPOST_API_KEY: ${ssm:/label-service/prod/easypost-key}
    PRINTNODE_API_KEY: ${ssm:/label-service/prod/printnode-key}
  iam:
    role:
      statements:
        - Effect: Allow
          Action: [ssm:GetParameter]
          Resource: arn:aws:ssm:us-east-2:*:parameter/label-service/prod/*

functions:
  buyLabel:
    handler: handler.buy_label
    events:
      - httpApi: { path: /labels, method: post }
'''), None, "Serverless Framework docs: variables from SSM Parameter Store (${ssm:...})")

add("cloud-run/decoy-secret-key-ref", "deploy/cloudrun/booking-api.yaml", t(r'''
apiVersion: serving.knative.dev/v1
kind: Service
metadata:
  name: booking-api
  labels:
    cloud.googleapis.com/location: us-central1
spec:
  template:
    spec:
      serviceAccountName: booking-api@tuneups-calendar.iam.gserviceaccount.com
      containers:
        - image: us-central1-docker.pkg.dev/tuneups-calendar/apps/booking-api:2.14.1
          env:
            - name: SENDGRID_API_KEY
              valueFrom:
                secretKeyRef:
                  name: sendgrid-api-key
                  key: latest
            - name: DATABASE_URL
              valueFrom:
                secretKeyRef:
                  name: booking-db-url
                  key: "3"
'''), None, "Cloud Run docs: configure secrets (secretKeyRef to Secret Manager)")

add("wireguard/decoy-key-file-reference", "vpn/wg0-office.conf", t(r'''
# Office router side. The private key is generated on the box (wg genkey) and never leaves it.
[Interface]
Address = 10.77.0.1/24
ListenPort = 51820
PostUp = wg set %i private-key /etc/wireguard/office.key

[Peer]
# warehouse Raspberry Pi
PublicKey = @@A@@
AllowedIPs = 10.77.0.2/32

[Peer]
# Matt's tuning-van laptop
PublicKey = @@B@@
AllowedIPs = 10.77.0.3/32
''', A=raw_b64(32), B=raw_b64(32)), None, "wg(8): private-key from a file; [Peer] PublicKey (public)")

add("swift/decoy-keychain-lookup", "TuneBook/Sources/Auth/TokenStore.swift", t(r'''
import Foundation
import Security

/// Stores the tuner's session token in the Keychain (issued by the API at login).
enum TokenStore {
    private static let service = "com.oberlinpiano.tunebook.session"

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
                                    kSecReturnData as String: true,
                                    kSecMatchLimit as String: kSecMatchLimitOne]
        var item: CFTypeRef?
        guard SecItemCopyMatching(query as CFDictionary, &item) == errSecSuccess,
              let data = item as? Data else { return nil }
        return String(data: data, encoding: .utf8)
    }
}
'''), None, "Apple docs: Keychain Services (SecItemAdd / SecItemCopyMatching)")

add("kotlin/decoy-local-properties", "android/app/build.gradle.kts", t(r'''
import java.util.Properties

plugins {
    id("com.android.application")
    id("org.jetbrains.kotlin.android")
}

val secrets = Properties().apply {
    val f = rootProject.file("local.properties")   // not in git
    if (f.exists()) f.inputStream().use { load(it) }
}

android {
    namespace = "com.oberlinpiano.tunebook"
    compileSdk = 34
    defaultConfig {
        applicationId = "com.oberlinpiano.tunebook"
        minSdk = 26
        targetSdk = 34
        versionCode = 41
        versionName = "2.14.1"
        buildConfigField("String", "API_BASE", "\"https://api.tuneupsonline.com\"")
    }
    signingConfigs {
        create("release") {
            storeFile = file(secrets.getProperty("RELEASE_STORE_FILE", "release.jks"))
            storePassword = System.getenv("RELEASE_STORE_PASSWORD") ?: secrets.getProperty("RELEASE_STORE_PASSWORD")
            keyAlias = "tunebook"
            keyPassword = System.getenv("RELEASE_KEY_PASSWORD") ?: secrets.getProperty("RELEASE_KEY_PASSWORD")
        }
    }
    buildFeatures { buildConfig = true }
}
'''), None, "Android developer docs: sign your app (read signing passwords outside the build file)")

_proj = digits(12)
add("json/decoy-google-services", "android/app/google-services.json", t(r'''
{
  "project_info": {
    "project_number": "@@NUM@@",
    "project_id": "tunebook-prod",
    "storage_bucket": "tunebook-prod.appspot.com"
  },
  "client": [
    {
      "client_info": {
        "mobilesdk_app_id": "1:@@NUM@@:android:@@APP@@",
        "android_client_info": { "package_name": "com.oberlinpiano.tunebook" }
      },
      "oauth_client": [
        { "client_id": "@@NUM@@-@@OC@@.apps.googleusercontent.com", "client_type": 3 }
      ],
      "api_key": [
        { "current_key": "@@KEY@@" }
      ],
      "services": { "appinvite_service": { "other_platform_oauth_client": [] } }
    }
  ],
  "configuration_version": "1"
}
''', NUM=_proj, APP=hexs(22), OC=draw(32, LOWER_ALNUM), KEY="AIza" + draw(35, URLSAFE)), None,
    "Firebase docs: google-services.json (identifiers and a restricted Android API key, not secrets)")

add("plist/decoy-oauth-client-id", "TuneBook/Info.plist", t(r'''
<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
<dict>
	<key>CFBundleDisplayName</key>
	<string>TuneBook</string>
	<key>GIDClientID</key>
	<string>@@NUM@@-@@ID@@.apps.googleusercontent.com</string>
	<key>CFBundleURLTypes</key>
	<array>
		<dict>
			<key>CFBundleURLSchemes</key>
			<array>
				<string>com.googleusercontent.apps.@@NUM@@-@@ID@@</string>
			</array>
		</dict>
	</array>
	<key>NSLocationWhenInUseUsageDescription</key>
	<string>Used to order today's tuning stops by distance.</string>
</dict>
</plist>
''', NUM=digits(12), ID=draw(32, LOWER_ALNUM)), None, "Google Sign-In for iOS docs: GIDClientID in Info.plist (public client id)")

add("json/decoy-msal-spa-config", "showroom-portal/src/authConfig.json", t(r'''
{
  "auth": {
    "clientId": "@@CID@@",
    "authority": "https://login.microsoftonline.com/@@TEN@@",
    "redirectUri": "https://portal.heritagepianogallery.com/auth/callback",
    "postLogoutRedirectUri": "https://portal.heritagepianogallery.com/"
  },
  "cache": {
    "cacheLocation": "sessionStorage",
    "storeAuthStateInCookie": false
  },
  "scopes": ["User.Read", "Calendars.Read"]
}
''', CID=uuid(), TEN=uuid()), None, "MSAL.js docs: configuration for single-page apps (client and tenant ids)")

add("text/decoy-sha256sums", "downloads/firmware/SHA256SUMS", t(r'''
@@A@@  hygro-sensor-fw-1.4.2.bin
@@B@@  hygro-sensor-fw-1.4.2-ota.bin
@@C@@  vault-gateway-fw-0.9.7.bin
@@D@@  vault-gateway-fw-0.9.7-ota.bin
@@E@@  README.txt
''', A=hexs(64), B=hexs(64), C=hexs(64), D=hexs(64), E=hexs(64)), None, "GNU coreutils sha256sum(1): checksum file format")

add("cloud-init/decoy-hashed-password", "deploy/cloud-init/pos-kiosk.yaml", t(r'''
#cloud-config
hostname: pos-kiosk-02
timezone: America/Chicago
users:
  - name: poskiosk
    gecos: POS kiosk
    shell: /bin/bash
    groups: [lpadmin]
    lock_passwd: false
    passwd: "$6$rounds=4096$@@SALT@@$@@HASH@@"
  - name: shopadmin
    groups: [sudo]
    sudo: ["ALL=(ALL) NOPASSWD:ALL"]
    ssh_authorized_keys:
      - @@PUB@@ jen@harborpianos-mbp
packages:
  - cups
  - chromium-browser
runcmd:
  - systemctl enable --now cups
''', SALT=draw(16, BCRYPT), HASH=draw(86, BCRYPT), PUB=_ssh_pub()), None,
    "cloud-init docs: users and groups (passwd takes a crypt(3) hash)")

add("css/decoy-data-uri", "theme/assets/badges.css", t(r'''
/* small inline badges for product cards */
.badge--certified-used {
  background: #1d3557 url("data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAABAAAAAQCAYAAAAf8/9hAAAA@@A@@") no-repeat 6px center;
  padding-left: 26px;
}
.badge--rental-ready {
  background: #2a9d8f url("data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAABAAAAAQCAYAAAAf8/9hAAAA@@B@@") no-repeat 6px center;
  padding-left: 26px;
}
.badge { color: #fff; border-radius: 3px; font-size: 12px; line-height: 20px; }
''', A=raw_b64(180), B=raw_b64(171)), None, "RFC 2397: data URLs (base64 PNG images)")

add("markdown/decoy-jwt-io-example", "docs/dev/sessions.md", t(r'''
# How tuner app sessions work

The API returns a JWT after login. The app stores it in the Keychain / EncryptedSharedPreferences
and sends it as `Authorization: Bearer <jwt>`. Tokens expire after 12 hours.

A JWT has three base64url parts, `header.payload.signature`. The standard example from jwt.io:

```
eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c
```

decodes to `{"sub":"1234567890","name":"John Doe","iat":1516239022}`, signed with the secret
`your-256-bit-secret`. Ours carry `tid` (tuner id) and `region` instead; the signing key is in
the deploy environment (`JWT_SIGNING_KEY`).
'''), None, "jwt.io introduction: the sample HS256 token")

add("postman/decoy-collection-variables", "postman/repair-desk.postman_collection.json", t(r'''
{
  "info": {
    "_postman_id": "@@ID@@",
    "name": "Repair Desk API",
    "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"
  },
  "auth": {
    "type": "apikey",
    "apikey": [
      { "key": "key", "value": "X-Api-Key", "type": "string" },
      { "key": "value", "value": "{{apiKey}}", "type": "string" }
    ]
  },
  "item": [
    {
      "name": "Ticket status",
      "request": { "method": "GET", "url": "{{baseUrl}}/tickets/R-2024-0412" }
    }
  ],
  "variable": [
    { "key": "baseUrl", "value": "https://repairs.marchettiluthiers.com/api" },
    { "key": "apiKey", "value": "" }
  ]
}
''', ID=uuid()), None, "Postman collection format v2.1: variables and apikey auth")

add("npmrc/decoy-env-token", "frontend/.npmrc", t(r'''
registry=https://registry.npmjs.org/
@harmonykeys:registry=https://npm.pkg.github.com/
//npm.pkg.github.com/:_authToken=${NODE_AUTH_TOKEN}
save-exact=true
engine-strict=true
'''), None, "npm docs: .npmrc environment variable expansion (${NODE_AUTH_TOKEN})")

add("python/decoy-account-sid-only", "reminders/sms.py", t(r'''
import os

from twilio.rest import Client

# Account SID is an identifier (shown in the console header); the auth token comes from the env.
ACCOUNT_SID = "AC@@SID@@"
client = Client(ACCOUNT_SID, os.environ["TWILIO_AUTH_TOKEN"])
FROM = "+15035550172"


def send_reminder(phone, customer, when, tuner):
    body = (f"Hi {customer}, this is Tune-Ups Piano Service: {tuner} will tune your piano "
            f"{when:%A at %-I:%M %p}. Reply C to confirm or R to reschedule.")
    return client.messages.create(to=phone, from_=FROM, body=body).sid
''', SID=hexs(32)), None, "Twilio docs: Account SID (identifier) vs Auth Token (secret)")

add("js/decoy-webhook-secret-env", "server/routes/shopifyWebhook.js", t(r'''
const crypto = require('crypto');
const express = require('express');

const router = express.Router();
const SECRET = process.env.SHOPIFY_API_SECRET;   // set in the hosting dashboard

function verified(req) {
  const digest = crypto.createHmac('sha256', SECRET).update(req.body).digest('base64');
  const header = req.get('X-Shopify-Hmac-Sha256') || '';
  return header.length === digest.length && crypto.timingSafeEqual(Buffer.from(digest), Buffer.from(header));
}

router.post('/webhooks/orders-paid', express.raw({ type: 'application/json' }), (req, res) => {
  if (!verified(req)) return res.sendStatus(401);
  const order = JSON.parse(req.body);
  console.log('paid order', order.name, order.total_price);
  res.sendStatus(200);
});

module.exports = router;
'''), None, "Shopify dev docs: verify a webhook (HMAC with the app secret from the environment)")

add("ldif/decoy-ssha-password", "ldap/staff.ldif", t(r'''
dn: uid=ingrid,ou=staff,dc=halvorsenviolins,dc=no
objectClass: inetOrgPerson
uid: ingrid
cn: Ingrid Halvorsen
sn: Halvorsen
mail: ingrid@halvorsenviolins.no
userPassword: {SSHA}@@A@@

dn: uid=counter,ou=staff,dc=halvorsenviolins,dc=no
objectClass: inetOrgPerson
uid: counter
cn: Front counter
sn: Counter
userPassword: {SSHA}@@B@@
''', A=raw_b64(24), B=raw_b64(24)), None, "OpenLDAP slappasswd(8): {SSHA} salted hashes")

add("traefik/decoy-basic-auth-hashes", "deploy/traefik/dynamic/middlewares.yml", t(r'''
http:
  middlewares:
    staging-auth:
      basicAuth:
        realm: "Staging - Northstar Pianos"
        users:
          - "jen:$apr1$@@S1@@$@@H1@@"
          - "agency:$apr1$@@S2@@$@@H2@@"
    secure-headers:
      headers:
        stsSeconds: 31536000
        frameDeny: true
        contentTypeNosniff: true
''', S1=draw(8, BCRYPT), H1=draw(22, BCRYPT), S2=draw(8, BCRYPT), H2=draw(22, BCRYPT)), None,
    "Traefik docs: BasicAuth middleware (htpasswd hashes)")

add("python/decoy-test-dummy-password", "tests/test_staff_login.py", t(r'''
import pytest

from repairdesk.auth import hash_password, verify_password

DUMMY_PASSWORD = "not-a-real-password"


@pytest.fixture
def staff(db):
    from repairdesk.models import Staff
    return Staff.objects.create(email="tester@example.com", password_hash=hash_password(DUMMY_PASSWORD))


def test_login_ok(client, staff):
    resp = client.post("/login", data={"email": "tester@example.com", "password": DUMMY_PASSWORD})
    assert resp.status_code == 302


def test_login_wrong_password(client, staff):
    resp = client.post("/login", data={"email": "tester@example.com", "password": "wrong"})
    assert resp.status_code == 401


def test_hash_is_not_plain():
    assert verify_password("x" * 12, hash_password("x" * 12))
    assert hash_password(DUMMY_PASSWORD) != DUMMY_PASSWORD
'''), None, "pytest fixtures with an obviously dummy password")

add("env/decoy-redacted-values", "support/tickets/1284-env-dump.txt", t(r'''
# pasted by the hosting support agent (values masked by their tool)
APP_ENV=production
APP_KEY=base64:****************************************
DB_HOST=127.0.0.1
DB_DATABASE=repairs
DB_USERNAME=repairs
DB_PASSWORD=********
MAIL_PASSWORD=[hidden]
STRIPE_SECRET=sk_live_••••••••••••••••••••••••3f9A
'''), None, "Masked environment dump (redacted values)")
