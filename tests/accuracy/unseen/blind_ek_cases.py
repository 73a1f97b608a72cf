"""Blind set EK: coworking spaces and flexible office operators.

Door access control (Kisi, Brivo, Salto KS, Openpath/Avigilon Alta, HID Origo, Verkada), meeting-room
booking (Robin, Microsoft Graph and Exchange, Google Calendar, Zoom Rooms), member billing (Stripe,
GoCardless, Chargebee, Xero, QuickBooks, Mollie, Square, Adyen, PayPal), visitor management (Envoy,
Twilio, SendGrid, Postmark), printing and Wi-Fi captive portals (PaperCut, ezeep, CUPS, Meraki,
UniFi, FreeRADIUS, hostapd), community apps (Slack, Discord, push, chat, forum, CRM) and building
management integrations (Home Assistant, ESPHome, MQTT, Node-RED, Metasys, Niagara, InfluxDB),
with the platform around them, and their decoys. Generated fakes only (seeds 1,440,000-1,449,999).
"""
from __future__ import annotations

import base64
import hashlib
import json
import random
import string
from typing import List, Optional

from tests import fakes
from tests.accuracy.labelled import LabelledCase

SEED_LOW, SEED_HIGH = 1_440_000, 1_449_999
_SEED = [SEED_LOW]

ALNUM = string.ascii_letters + string.digits
HEX = "0123456789abcdef"
URLSAFE = ALNUM + "-_"
B64 = ALNUM + "+/"
LOWER_ALNUM = string.ascii_lowercase + string.digits
UPPER_ALNUM = string.ascii_uppercase + string.digits
BCRYPT = "./" + ALNUM
BECH32 = "QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L"


def _seed() -> int:
    _SEED[0] += 3
    assert SEED_LOW <= _SEED[0] <= SEED_HIGH, _SEED[0]
    return _SEED[0]


def _rng() -> random.Random:
    return random.Random(_seed())


def chars(n: int, alphabet: str = ALNUM) -> str:
    """n characters of alphabet; of ALNUM, with a digit and both cases (bounded redraws)."""
    r = _rng()
    value = ""
    for _ in range(50):
        value = "".join(r.choice(alphabet) for _ in range(n))
        if alphabet != ALNUM or n < 8 or (any(c.isdigit() for c in value) and any(c.isupper() for c in value)
                                          and any(c.islower() for c in value)):
            return value
    return value


def hexs(n: int) -> str:
    return chars(n, HEX)


def raw_bytes(n: int) -> bytes:
    r = _rng()
    return bytes(r.randrange(256) for _ in range(n))


def b64(value: str) -> str:
    return base64.b64encode(value.encode()).decode()


def b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).decode().rstrip("=")


def uuid_s() -> str:
    return fakes.uuid4(_seed())


def fill(template: str, **values: str) -> str:
    text = template[1:] if template.startswith("\n") else template
    for key, value in values.items():
        text = text.replace("\u27ea" + key + "\u27eb", value)
    assert "\u27ea" not in text, text[:120]
    return text


# ---- passwords as people and generators choose them ----------------------------------------------

WORDS = ["Harbor", "Canal", "Foundry", "Atrium", "Mezzanine", "Lantern", "Copper", "Granite", "Willow",
         "Kestrel", "Meadow", "Quartz", "Saffron", "Juniper", "Basalt", "Orchard", "Tannery", "Brick"]
LOWER = ["river", "candle", "mosaic", "pepper", "glacier", "violet", "anchor", "puzzle", "ember", "saddle",
         "orchid", "walnut", "harvest", "pixel", "trumpet", "lagoon", "stapler", "lobby", "rooftop", "kettle"]
THEME = ["Hotdesk", "Cowork", "Boardroom", "Loft", "Studio", "Hive", "Quayside", "Northlight", "Brickyard",
         "Flexdesk", "Podroom", "Frontdesk"]


def words_pw() -> str:
    r = _rng()
    return r.choice(WORDS) + r.choice("!#$%@*") + r.choice(WORDS) + str(r.randint(10, 9999))


def theme_pw() -> str:
    r = _rng()
    return r.choice(THEME) + r.choice(["!", "#", "@", "$", "&"]) + r.choice(WORDS).lower() + str(r.randint(2016, 2025))


def gen_pw(n: int = 20, extra: str = "") -> str:
    r = _rng()
    value = ""
    for _ in range(50):
        value = "".join(r.choice(ALNUM + extra) for _ in range(n))
        if any(c.isdigit() for c in value) and any(c.isupper() for c in value) and any(c.islower() for c in value):
            return value
    return value


def passphrase() -> str:
    r = _rng()
    return "-".join(r.sample(LOWER, 4)) + str(r.randint(1, 99))


def pronounceable() -> str:
    r = _rng()
    cons, vows = "bdfghjkmnprstvz", "aeiou"
    parts = []
    for _ in range(3):
        parts.append(r.choice(cons).upper() + r.choice(vows) + r.choice(cons) + r.choice(vows) + str(r.randint(0, 9)))
    return "-".join(parts)


# ---- vendor token shapes -----------------------------------------------------------------------------

def stripe_sk() -> str:
    return "sk_live_51" + chars(97)


def stripe_rk() -> str:
    return "rk_live_51" + chars(97)


def stripe_pk() -> str:
    return "pk_live_51" + chars(97)


def stripe_whsec() -> str:
    return "whsec_" + chars(32)


def stripe_price() -> str:
    return "price_1O" + chars(22)


def twilio_sid() -> str:
    return "AC" + hexs(32)


def sendgrid_key() -> str:
    return "SG." + chars(22, URLSAFE) + "." + chars(43, URLSAFE)


def mailgun_key() -> str:
    return hexs(32) + "-" + hexs(8) + "-" + hexs(8)


def mailchimp_key() -> str:
    return hexs(32) + "-us21"


def slack_bot() -> str:
    r = _rng()
    return f"xoxb-{r.randint(10**11, 10**12 - 1)}-{r.randint(10**12, 10**13 - 1)}-" + "".join(r.choice(ALNUM) for _ in range(24))


def slack_webhook() -> str:
    return ("https://hooks.slack.com/services/T" + chars(10, UPPER_ALNUM) + "/B" + chars(10, UPPER_ALNUM)
            + "/" + chars(24))


def discord_bot() -> str:
    r = _rng()
    user_id = str(r.randint(10**17, 10**18 - 1))
    return b64url(user_id.encode()) + "." + chars(6, URLSAFE) + "." + chars(38, URLSAFE)


def fcm_server_key() -> str:
    return "AAAA" + chars(7, URLSAFE) + ":APA91b" + chars(134, URLSAFE)


def pem_block(kind: str, head: str, lines: int, last: int = 44) -> str:
    r = _rng()
    body = head + "".join(r.choice(B64) for _ in range(64 * lines - len(head)))
    rows = [body[i:i + 64] for i in range(0, len(body), 64)]
    rows.append("".join(r.choice(B64) for _ in range(last - 2)) + "==")
    label = f"{kind} PRIVATE KEY" if kind else "PRIVATE KEY"
    return f"-----BEGIN {label}-----\n" + "\n".join(rows) + f"\n-----END {label}-----"


def rsa_pem(lines: int = 24) -> str:
    return pem_block("RSA", "MIIEowIBAAKCAQEA", lines, 36)


def pkcs8_rsa_pem(lines: int = 25) -> str:
    return pem_block("", "MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQ", lines, 24)


def p8_pem() -> str:
    r = _rng()
    body = "MIGTAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBHkwdwIBAQQg" + "".join(r.choice(B64) for _ in range(136))
    rows = [body[i:i + 64] for i in range(0, len(body), 64)]
    return "-----BEGIN PRIVATE KEY-----\n" + "\n".join(rows) + "\n-----END PRIVATE KEY-----"


def ec_pem() -> str:
    r = _rng()
    body = "MHcCAQEEI" + "".join(r.choice(B64) for _ in range(150)) + "oAoGCCqGSM49AwEHoUQDQgAE" + "".join(r.choice(B64) for _ in range(86)) + "=="
    rows = [body[i:i + 64] for i in range(0, len(body), 64)]
    return "-----BEGIN EC PRIVATE KEY-----\n" + "\n".join(rows) + "\n-----END EC PRIVATE KEY-----"


def openssh_pem() -> str:
    r = _rng()
    body = ("b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW"
            "QyNTUxOQAAACA" + "".join(r.choice(B64) for _ in range(316)))
    rows = [body[i:i + 70] for i in range(0, len(body), 70)]
    return "-----BEGIN OPENSSH PRIVATE KEY-----\n" + "\n".join(rows) + "\n-----END OPENSSH PRIVATE KEY-----"


def jwt(payload: dict, alg: str = "HS256") -> str:
    head = b64url(json.dumps({"alg": alg, "typ": "JWT"}, separators=(",", ":")).encode())
    body = b64url(json.dumps(payload, separators=(",", ":")).encode())
    return f"{head}.{body}." + chars(43 if alg.startswith("HS") else 342, URLSAFE)


def google_client_secret() -> str:
    return "GOCSPX-" + chars(28, URLSAFE)


def google_client_id() -> str:
    r = _rng()
    return f"{r.randint(10**11, 10**12 - 1)}-" + chars(32, LOWER_ALNUM) + ".apps.googleusercontent.com"


def google_refresh() -> str:
    return "1//0" + chars(99, URLSAFE)


def google_api_key() -> str:
    return "AIza" + chars(35, URLSAFE)


def azure_secret() -> str:
    return chars(3) + "8Q~" + chars(34, ALNUM + "_.-~")


def azure_account_key() -> str:
    return base64.b64encode(raw_bytes(64)).decode()


def wg_key() -> str:
    return base64.b64encode(raw_bytes(32)).decode()


def age_key() -> str:
    return "AGE-SECRET-KEY-1" + chars(58, BECH32)


def bcrypt_hash() -> str:
    return "$2b$12$" + chars(53, BCRYPT)


def argon2_hash() -> str:
    return "$argon2id$v=19$m=65536,t=3,p=4$" + chars(22, B64) + "$" + chars(43, B64)


def sha256_hex() -> str:
    return hashlib.sha256(raw_bytes(32)).hexdigest()


def sops_enc(plain_len: int, kind: str = "str") -> str:
    return (f"ENC[AES256_GCM,data:{base64.b64encode(raw_bytes(plain_len)).decode()},"
            f"iv:{base64.b64encode(raw_bytes(32)).decode()},tag:{base64.b64encode(raw_bytes(16)).decode()},type:{kind}]")


CASES: List[LabelledCase] = []


def add(category: str, file_name: str, text: str, secret: Optional[str], source: str) -> None:
    CASES.append(LabelledCase(f"blind-ek/{category}", file_name, text, secret, source))


# =====================================================================================================
# Member billing
# =====================================================================================================

_k = stripe_sk()
add("env/stripe-secret-key", "apps/member-portal/.env.production", fill("""
# Member portal (Next.js) - production values, loaded by the pm2 ecosystem file on web-01
NODE_ENV=production
NEXT_PUBLIC_SITE_URL=https://members.brickyard.work
NEXT_PUBLIC_STRIPE_PUBLISHABLE_KEY=⟪pk⟫
STRIPE_SECRET_KEY=⟪sk⟫
STRIPE_PRICE_HOTDESK_MONTHLY=⟪p1⟫
STRIPE_PRICE_DEDICATED_MONTHLY=⟪p2⟫
STRIPE_PRICE_DAY_PASS=⟪p3⟫
STRIPE_TAX_RATE_UK_VAT=txr_1OaT4kJ2bQ9wV7yZ8rS3mX1p
NEXUDUS_BUSINESS_ID=1414972335
SESSION_TTL_HOURS=12
LOG_LEVEL=info
""", pk=stripe_pk(), sk=_k, p1=stripe_price(), p2=stripe_price(), p3=stripe_price()), _k,
    "https://docs.stripe.com/keys")

_k = words_pw()
add("python/nexudus-password", "integrations/nexudus/sync_coworkers.py", fill("""
\"\"\"Nightly pull of Nexudus coworkers into the reporting warehouse.\"\"\"
import csv
import datetime as dt
import sys

import requests

NEXUDUS_API = "https://spaces.nexudus.com/api/spaces/coworkers"
# integration user created in Nexudus > Settings > Users (role: API access only)
NEXUDUS_USER = "api-sync@quaysidehub.io"
NEXUDUS_PASS = "⟪pw⟫"


def fetch_page(page: int) -> dict:
    resp = requests.get(
        NEXUDUS_API,
        params={"page": page, "size": 100, "orderBy": "UpdatedOn", "dir": "Descending"},
        auth=(NEXUDUS_USER, NEXUDUS_PASS),
        timeout=30,
    )
    resp.raise_for_status()
    return resp.json()


def main(out_path: str) -> int:
    page, rows = 1, []
    while True:
        data = fetch_page(page)
        for c in data["Records"]:
            rows.append([c["Id"], c["FullName"], c["Email"], c["TariffName"], c["UpdatedOn"]])
        if page >= data["TotalPages"]:
            break
        page += 1
    with open(out_path, "w", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(["id", "name", "email", "plan", "updated_on"])
        writer.writerows(rows)
    print(f"{dt.datetime.now():%H:%M} wrote {len(rows)} coworkers", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else "coworkers.csv"))
""", pw=_k), _k, "https://developers.nexudus.com/reference/authentication")

_k = "live_" + chars(34)
add("ruby/chargebee-api-key", "config/initializers/chargebee.rb", fill("""
# frozen_string_literal: true

# Chargebee runs the flex-desk subscriptions for the Leeds and Sheffield sites.
require "chargebee"

ChargeBee.configure(
  site: Rails.env.production? ? "northlight-spaces" : "northlight-spaces-test",
  api_key: Rails.env.production? ? "⟪key⟫" : ENV.fetch("CHARGEBEE_TEST_KEY", nil)
)

Rails.application.config.x.chargebee_plans = {
  hot_desk: "hot-desk-gbp-monthly",
  fixed_desk: "fixed-desk-gbp-monthly",
  private_office: "office-4p-gbp-monthly",
  day_pass_bundle: "day-pass-10-gbp"
}.freeze
""", key=_k), _k, "https://apidocs.chargebee.com/docs/api/auth")

_k = "live_" + chars(40, URLSAFE)
add("python/gocardless-access-token", "billing/direct_debit.py", fill("""
import logging
from decimal import Decimal

import gocardless_pro

log = logging.getLogger(__name__)

client = gocardless_pro.Client(
    access_token="⟪key⟫",
    environment="live",
)


def collect_membership_fee(mandate_id: str, member_ref: str, amount: Decimal, month: str) -> str:
    \"\"\"Create a one-off payment against the member's Bacs mandate (pence, GBP).\"\"\"
    payment = client.payments.create(
        params={
            "amount": int(amount * 100),
            "currency": "GBP",
            "description": f"Canalside membership {month}",
            "metadata": {"member_ref": member_ref},
            "links": {"mandate": mandate_id},
        },
        headers={"Idempotency-Key": f"{member_ref}-{month}"},
    )
    log.info("payment %s created for %s", payment.id, member_ref)
    return payment.id
""", key=_k), _k, "https://developer.gocardless.com/getting-started/api/making-your-first-request")

_k = chars(48, URLSAFE)
add("json/xero-client-secret", "src/Canalside.Billing/appsettings.Production.json", fill("""
{
  "Logging": {
    "LogLevel": {
      "Default": "Information",
      "Microsoft.AspNetCore": "Warning"
    }
  },
  "Xero": {
    "ClientId": "⟪cid⟫",
    "ClientSecret": "⟪key⟫",
    "TenantId": "⟪tenant⟫",
    "Scopes": "offline_access accounting.transactions accounting.contacts",
    "CallbackUri": "https://billing.canalside.studio/xero/callback"
  },
  "InvoiceSync": {
    "Schedule": "0 2 * * *",
    "AccountCodeDesks": "4010",
    "AccountCodeMeetingRooms": "4020",
    "TaxType": "OUTPUT2"
  }
}
""", cid=hexs(32).upper(), key=_k, tenant=uuid_s()), _k, "https://developer.xero.com/documentation/guides/oauth2/auth-flow")

_k = stripe_whsec()
add("serverless/stripe-webhook-secret", "services/stripe-events/serverless.yml", fill("""
service: stripe-events
frameworkVersion: "3"

provider:
  name: aws
  runtime: nodejs18.x
  region: eu-west-2
  stage: ${opt:stage, 'prod'}
  environment:
    STRIPE_WEBHOOK_SECRET: ⟪key⟫
    MEMBERS_TABLE: ${self:service}-${sls:stage}-members
    NEXUDUS_QUEUE_URL: !Ref NexudusSyncQueue

functions:
  webhook:
    handler: src/webhook.handler
    events:
      - httpApi:
          path: /stripe/webhook
          method: post

resources:
  Resources:
    NexudusSyncQueue:
      Type: AWS::SQS::Queue
      Properties:
        VisibilityTimeout: 120
""", key=_k), _k, "https://docs.stripe.com/webhooks#verify-official-libraries")

_k = stripe_rk()
add("k8s-secret/stripe-restricted-key", "deploy/k8s/billing/stripe-secret.yaml", fill("""
apiVersion: v1
kind: Secret
metadata:
  name: stripe-credentials
  namespace: billing
  labels:
    app.kubernetes.io/name: invoice-runner
    app.kubernetes.io/part-of: hive-platform
type: Opaque
data:
  STRIPE_API_KEY: ⟪enc⟫
  STRIPE_ACCOUNT_COUNTRY: R0I=
""", enc=b64(_k)), _k, "https://kubernetes.io/docs/concepts/configuration/secret/")

_k = "live_" + chars(30)
add("php/mollie-api-key", "wp-content/plugins/hive-bookings/includes/class-mollie-gateway.php", fill("""
<?php
/**
 * Mollie gateway for day passes and meeting-room bookings (Amsterdam + Rotterdam sites).
 */

if ( ! defined( 'ABSPATH' ) ) {
    exit;
}

class Hive_Mollie_Gateway {

    const API_KEY = '⟪key⟫';

    private $mollie;

    public function __construct() {
        $this->mollie = new \\Mollie\\Api\\MollieApiClient();
        $this->mollie->setApiKey( self::API_KEY );
    }

    public function create_payment( $booking_id, $amount_eur, $description ) {
        return $this->mollie->payments->create( [
            'amount'      => [ 'currency' => 'EUR', 'value' => number_format( $amount_eur, 2, '.', '' ) ],
            'description' => $description,
            'redirectUrl' => home_url( '/booking/thanks/?b=' . intval( $booking_id ) ),
            'webhookUrl'  => rest_url( 'hive/v1/mollie-webhook' ),
            'metadata'    => [ 'booking_id' => $booking_id ],
        ] );
    }
}
""", key=_k), _k, "https://docs.mollie.com/reference/authentication")

_k = fakes.fake("EAAA", 60, _seed())
add("python/square-access-token", "cafe/square_daily_totals.py", fill("""
# Pulls yesterday's cafe sales from Square and posts totals to #ops-cafe.
import datetime as dt
import os

from square.client import Client

SQUARE_ACCESS_TOKEN = "⟪key⟫"
LOCATION_ID = "L8M3QX2VJ7R4Z"

square = Client(access_token=SQUARE_ACCESS_TOKEN, environment="production")


def yesterday_total() -> int:
    end = dt.datetime.now(dt.timezone.utc).replace(hour=0, minute=0, second=0, microsecond=0)
    start = end - dt.timedelta(days=1)
    result = square.orders.search_orders(body={
        "location_ids": [LOCATION_ID],
        "query": {"filter": {"date_time_filter": {"closed_at": {
            "start_at": start.isoformat(), "end_at": end.isoformat()}},
            "state_filter": {"states": ["COMPLETED"]}}},
    })
    if result.is_error():
        raise RuntimeError(result.errors)
    return sum(o["total_money"]["amount"] for o in result.body.get("orders", []))


if __name__ == "__main__":
    pence = yesterday_total()
    print(f"cafe takings: GBP {pence / 100:.2f} ({os.uname().nodename})")
""", key=_k), _k, "https://developer.squareup.com/docs/build-basics/access-tokens")

_r = _rng()
_k = "AQE" + "".join(_r.choice(ALNUM) for _ in range(60)) + "=-" + "".join(_r.choice(B64) for _ in range(43)) + "=-" + "".join(_r.choice(ALNUM) for _ in range(10))
add("typescript/adyen-api-key", "kiosk/src/payments/adyen.ts", fill("""
import { Client, CheckoutAPI, Types } from "@adyen/api-library";

// Day-pass kiosk in the Brixton lobby: card-present payments via the Adyen terminal API.
const client = new Client({
  apiKey: "⟪key⟫",
  environment: "LIVE",
  liveEndpointUrlPrefix: "1797a841fbb37ca7-BrickyardCoworking",
});

const checkout = new CheckoutAPI(client);

export async function chargeDayPass(reference: string, pence: number): Promise<string> {
  const request: Types.checkout.PaymentRequest = {
    merchantAccount: "BrickyardCoworkingGB",
    reference,
    amount: { currency: "GBP", value: pence },
    paymentMethod: { type: "scheme" },
    returnUrl: "https://kiosk.brickyard.work/done",
  };
  const response = await checkout.PaymentsApi.payments(request);
  return response.resultCode ?? "Unknown";
}
""", key=_k), _k, "https://docs.adyen.com/development-resources/api-credentials/")

_k = "E" + chars(79, URLSAFE)
add("properties/paypal-client-secret", "invoice-service/src/main/resources/application-prod.properties", fill("""
# Invoice service - production profile
server.port=8086
spring.application.name=invoice-service

paypal.mode=live
paypal.base-url=https://api-m.paypal.com
paypal.client-id=A⟪cid⟫
paypal.client-secret=⟪key⟫
paypal.webhook-id=8PT597110X687430LKGECATA

invoice.currency=EUR
invoice.due-days=14
invoice.footer=Loftline Workspaces B.V. - KvK 81234567 - BTW NL862345671B01
management.endpoints.web.exposure.include=health,info
""", cid=chars(79, URLSAFE), key=_k), _k, "https://developer.paypal.com/api/rest/authentication/")

_k = chars(40)
add("javascript/quickbooks-client-secret", "scripts/qbo-export.js", fill("""
// Exports meeting-room invoices to QuickBooks Online (US sites). Run: node scripts/qbo-export.js 2024-05
const OAuthClient = require("intuit-oauth");
const fs = require("fs");

const oauthClient = new OAuthClient({
  clientId: "AB⟪cid⟫",
  clientSecret: "⟪key⟫",
  environment: "production",
  redirectUri: "https://ops.northlight-spaces.com/qbo/callback",
});

async function main(month) {
  const saved = JSON.parse(fs.readFileSync(".qbo-token.json", "utf8"));
  oauthClient.setToken(saved);
  if (!oauthClient.isAccessTokenValid()) {
    const refreshed = await oauthClient.refresh();
    fs.writeFileSync(".qbo-token.json", JSON.stringify(refreshed.getJson()));
  }
  const realm = oauthClient.getToken().realmId;
  const url = `https://quickbooks.api.intuit.com/v3/company/${realm}/query?query=` +
    encodeURIComponent(`select * from Invoice where TxnDate >= '${month}-01'`);
  const res = await oauthClient.makeApiCall({ url });
  console.log(`fetched ${res.json.QueryResponse.Invoice?.length ?? 0} invoices`);
}

main(process.argv[2]).catch((err) => {
  console.error(err);
  process.exit(1);
});
""", cid=chars(48), key=_k), _k, "https://developer.intuit.com/app/developer/qbo/docs/develop/authentication-and-authorization/oauth-2.0")

add("html/decoy-publishable-key", "site/templates/pricing.html", fill("""
{% extends "base.html" %}
{% block title %}Memberships &amp; pricing{% endblock %}
{% block content %}
<section class="pricing">
  <h1>Pick a membership</h1>
  <p>Hot desk, fixed desk or a private studio. Cancel any time with 30 days' notice.</p>
  <script async src="https://js.stripe.com/v3/pricing-table.js"></script>
  <stripe-pricing-table
    pricing-table-id="prctbl_1OqZ8mJ2bQ9wV7yZkq3Lx0Aa"
    publishable-key="⟪pk⟫"
    client-reference-id="{{ request.session.lead_id }}">
  </stripe-pricing-table>
  <p class="small">Prices exclude VAT. Meeting-room credits reset on the 1st of each month.</p>
</section>
{% endblock %}
""", pk=stripe_pk()), None, "https://docs.stripe.com/payments/checkout/pricing-table")

add("markdown/decoy-vendor-example", "docs/billing/stripe-local-dev.md", """
# Stripe: local development

We never use live keys on laptops. For local work use the Stripe CLI and test mode.

1. `stripe login` (opens the browser, stores a restricted key in `~/.config/stripe`).
2. `stripe listen --forward-to localhost:3000/api/stripe/webhook` prints a `whsec_...` signing
   secret for the session; put it in your own `.env.local` (git-ignored).
3. For quick experiments with curl you can use the key Stripe prints in its own docs:

```bash
curl https://api.stripe.com/v1/customers \\
  -u sk_test_4eC39HqLyjWDarjtT1zdp7dc: \\
  -d email="member@example.com"
```

That key belongs to Stripe's public documentation account, not to us. Our real keys live in
AWS Secrets Manager under `prod/billing/stripe` and are rotated by the billing lead.
"""[1:], None, "https://docs.stripe.com/api/authentication")

add("python/decoy-env-reference", "services/stripe-events/handler.py", """
import json
import os

import stripe

stripe.api_key = os.environ["STRIPE_SECRET_KEY"]
WEBHOOK_SECRET = os.environ["STRIPE_WEBHOOK_SECRET"]

PLAN_BY_PRICE = {
    os.environ.get("STRIPE_PRICE_HOTDESK_MONTHLY", ""): "hot-desk",
    os.environ.get("STRIPE_PRICE_DEDICATED_MONTHLY", ""): "dedicated",
}


def handler(event, context):
    payload = event["body"]
    signature = event["headers"].get("stripe-signature", "")
    try:
        evt = stripe.Webhook.construct_event(payload, signature, WEBHOOK_SECRET)
    except (ValueError, stripe.error.SignatureVerificationError):
        return {"statusCode": 400, "body": "bad signature"}

    if evt["type"] == "customer.subscription.updated":
        sub = evt["data"]["object"]
        price = sub["items"]["data"][0]["price"]["id"]
        print(json.dumps({"member": sub["customer"], "plan": PLAN_BY_PRICE.get(price, "other")}))
    return {"statusCode": 200, "body": "ok"}
"""[1:], None, "https://docs.stripe.com/webhooks")

add("env/decoy-placeholder", "billing/.env.example", """
# Copy to .env and fill in from 1Password ("Billing - Chargebee" and "Billing - GoCardless").
# Never commit the filled-in file.
CHARGEBEE_SITE=northlight-spaces-test
CHARGEBEE_API_KEY=test_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx
GOCARDLESS_ENVIRONMENT=sandbox
GOCARDLESS_ACCESS_TOKEN=<your-sandbox-access-token>
GOCARDLESS_WEBHOOK_SECRET=
XERO_CLIENT_ID=
XERO_CLIENT_SECRET=
INVOICE_DAY_OF_MONTH=1
"""[1:], None, "https://apidocs.chargebee.com/docs/api/auth")

add("sql/decoy-password-hash", "db/seeds/002_staff_accounts.sql", fill("""
-- Staff accounts for the ops dashboard (local/dev seed). Passwords are bcrypt hashes; the
-- plain values are in the team vault and get reset on first login.
INSERT INTO staff_users (email, full_name, role, password_hash, must_reset, created_at) VALUES
  ('ops.lead@quaysidehub.io',  'Priya Raman',    'admin',     '⟪h1⟫', true, now()),
  ('frontdesk@quaysidehub.io', 'Tomasz Nowak',   'frontdesk', '⟪h2⟫', true, now()),
  ('community@quaysidehub.io', 'Aoife Byrne',    'community', '⟪h3⟫', true, now()),
  ('finance@quaysidehub.io',   'Marcus Oyelaran','finance',   '⟪h4⟫', true, now());

INSERT INTO api_clients (name, key_prefix, key_sha256, scopes) VALUES
  ('door-bridge', 'qh_live_7Fk2', '⟪s1⟫', '{doors:write}'),
  ('kiosk',       'qh_live_Q0zB', '⟪s2⟫', '{visitors:write,bookings:read}');
""", h1=bcrypt_hash(), h2=bcrypt_hash(), h3=bcrypt_hash(), h4=bcrypt_hash(), s1=sha256_hex(), s2=sha256_hex()),
    None, "https://www.postgresql.org/docs/current/sql-insert.html")

add("markdown/decoy-redacted", "docs/incidents/2024-03-11-stripe-webhook-outage.md", """
# 2024-03-11 - Stripe webhooks failing for 3h

**Impact:** 41 hot-desk renewals not synced to Nexudus; doors stayed locked for 9 members at 08:00.

## Timeline (UTC)
- 05:02 deploy of `stripe-events` v1.14 rotated the webhook endpoint
- 05:03 first `400 bad signature` in CloudWatch:
  `stripe-signature: t=1710133380,v1=5257a869e7ecebeda32affa62cdca3fa51cad7e77a0e56ff536d0ce8e108d8bd`
- 07:58 frontdesk reports members locked out
- 08:20 found the new endpoint's secret (`whsec_••••••••••••••••3f9a`, redacted) was never copied
  into Secrets Manager; old value still in place
- 08:31 secret updated, Lambda restarted, 41 events replayed with `stripe events resend`

## Follow-ups
- [x] endpoint secret now read from `prod/billing/stripe-webhook` at cold start
- [ ] alarm on >5 signature failures in 10 minutes
- [ ] runbook: replaying events (`docs/billing/replay.md`)
"""[1:], None, "https://docs.stripe.com/webhooks#verify-manually")

add("python/decoy-test-fixture", "tests/billing/test_invoices.py", """
import pytest

from billing import invoices

FAKE_STRIPE_KEY = "sk_test_not_a_real_key_used_only_by_mocks"


@pytest.fixture(autouse=True)
def no_network(monkeypatch):
    monkeypatch.setattr(invoices.stripe, "api_key", FAKE_STRIPE_KEY)
    monkeypatch.setattr(invoices, "WEBHOOK_SECRET", "whsec_test_dummy")


def test_meeting_room_credits_are_prorated(stripe_mock):
    stripe_mock.add("GET", "/v1/subscriptions/sub_test123", {"id": "sub_test123", "status": "active",
                                                             "current_period_start": 1714521600})
    credits = invoices.room_credits_for("sub_test123", joined_on="2024-05-16")
    assert credits == 5


def test_day_pass_has_no_credits(stripe_mock):
    assert invoices.room_credits_for(None, joined_on="2024-05-16") == 0
"""[1:], None, "https://github.com/stripe/stripe-mock")


# =====================================================================================================
# Door access control
# =====================================================================================================

_k = hexs(32)
add("javascript/kisi-api-key", "door-bridge/src/routes/unlock.js", fill("""
const express = require("express");
const axios = require("axios");
const { requireMember } = require("../auth");

const router = express.Router();

const kisi = axios.create({
  baseURL: "https://api.kisi.io",
  timeout: 5000,
  headers: {
    Authorization: "KISI-LOGIN ⟪key⟫",
    Accept: "application/json",
  },
});

// lock ids per site, from Kisi > Places > Locks
const LOCKS = {
  "shoreditch-front": 48213,
  "shoreditch-bike-store": 48214,
  "hackney-front": 51877,
};

router.post("/unlock/:door", requireMember, async (req, res) => {
  const lockId = LOCKS[req.params.door];
  if (!lockId) return res.status(404).json({ error: "unknown door" });
  try {
    await kisi.post(`/locks/${lockId}/unlock`, {});
    req.log.info({ member: req.member.id, door: req.params.door }, "unlocked");
    res.json({ ok: true });
  } catch (err) {
    res.status(502).json({ error: "kisi unavailable" });
  }
});

module.exports = router;
""", key=_k), _k, "https://api.kisi.io/docs#/")

_k = hexs(32)
add("k8s-secret/kisi-api-key", "deploy/overlays/prod/kisi-secret.yaml", fill("""
apiVersion: v1
kind: Secret
metadata:
  name: kisi
  namespace: access-control
  annotations:
    owner: facilities-eng
type: Opaque
data:
  KISI_API_KEY: ⟪enc⟫
  KISI_ORGANIZATION_ID: ⟪org⟫
""", enc=b64(_k), org=b64("18842")), _k, "https://kubernetes.io/docs/concepts/configuration/secret/")

_k = chars(40, URLSAFE)
add("yaml/brivo-client-secret", "config/brivo.yml", fill("""
# Brivo Access integration - member onboarding creates a Brivo user + mobile pass.
brivo:
  auth_url: https://auth.brivo.com/oauth/token
  api_url: https://api.brivo.com/v1/api
  client_id: ⟪cid⟫
  client_secret: ⟪key⟫
  api_key_env: BRIVO_API_KEY
  grant_type: password
  username_env: BRIVO_ADMIN_USER
  password_env: BRIVO_ADMIN_PASSWORD
  groups:
    hot_desk: 2210934
    dedicated: 2210935
    office_suite_3: 2210941
  sites:
    - id: 55102
      name: Canalside - Main entrance
    - id: 55107
      name: Canalside - Loading bay
""", cid=uuid_s(), key=_k), _k, "https://developer.brivo.com/docs/authentication")

_k = chars(32)
add("python/brivo-api-key", "scripts/brivo_deactivate_leavers.py", fill("""
#!/usr/bin/env python3
\"\"\"Suspend Brivo users whose membership ended yesterday (run by cron at 06:00).\"\"\"
import os
import sys

import requests

API = "https://api.brivo.com/v1/api"
HEADERS = {
    "api-key": "⟪key⟫",
    "Authorization": f"Bearer {os.environ['BRIVO_ACCESS_TOKEN']}",
    "Content-Type": "application/json",
}


def suspend(user_id: int) -> None:
    r = requests.put(f"{API}/users/{user_id}/suspended", json={"suspended": True}, headers=HEADERS, timeout=20)
    r.raise_for_status()


def main() -> int:
    leavers = [int(line) for line in sys.stdin if line.strip()]
    for uid in leavers:
        suspend(uid)
        print(f"suspended {uid}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
""", key=_k), _k, "https://developer.brivo.com/docs/authentication")

_k = chars(40)
add("go/salto-ks-client-secret", "internal/salto/client.go", fill("""
package salto

import (
	"context"
	"fmt"
	"net/http"
	"time"

	"golang.org/x/oauth2/clientcredentials"
)

const (
	tokenURL     = "https://identity.saltoks.com/connect/token"
	apiBase      = "https://api.saltoks.com/v1.1"
	clientID     = "quayside-door-sync"
	clientSecret = "⟪key⟫"
)

type Client struct {
	http   *http.Client
	siteID string
}

func New(ctx context.Context, siteID string) *Client {
	cfg := clientcredentials.Config{
		ClientID:     clientID,
		ClientSecret: clientSecret,
		TokenURL:     tokenURL,
		Scopes:       []string{"user_api.full_access"},
	}
	hc := cfg.Client(ctx)
	hc.Timeout = 15 * time.Second
	return &Client{http: hc, siteID: siteID}
}

func (c *Client) UnlockURL(lockID string) string {
	return fmt.Sprintf("%s/sites/%s/locks/%s/locking", apiBase, c.siteID, lockID)
}
""", key=_k), _k, "https://developer.saltoks.com/")

_k = theme_pw()
add("powershell/openpath-password", "ops/windows/Sync-AltaUsers.ps1", fill("""
<#
.SYNOPSIS
  Mirrors the "Members - Active" AD group into Avigilon Alta (Openpath) users.
  Scheduled task on OPS-SRV01, runs every 30 minutes as BRICKYARD\\svc-doorsync.
#>
$ErrorActionPreference = 'Stop'

$AltaApi   = 'https://api.openpath.com'
$OrgId     = 27114
$LoginBody = @{
    email    = 'door-sync@brickyard.work'
    password = '⟪pw⟫'
    mfa      = @{}
} | ConvertTo-Json

$login = Invoke-RestMethod -Method Post -Uri "$AltaApi/auth/login" -Body $LoginBody -ContentType 'application/json'
$headers = @{ Authorization = $login.data.token }

$adMembers = Get-ADGroupMember -Identity 'Members - Active' -Recursive |
    Get-ADUser -Properties mail | Where-Object { $_.mail }

$alta = Invoke-RestMethod -Uri "$AltaApi/orgs/$OrgId/users?limit=1000" -Headers $headers
$known = $alta.data | ForEach-Object { $_.identity.email }

foreach ($u in $adMembers) {
    if ($known -notcontains $u.mail) {
        $body = @{ identity = @{ email = $u.mail; firstName = $u.GivenName; lastName = $u.Surname } } | ConvertTo-Json
        Invoke-RestMethod -Method Post -Uri "$AltaApi/orgs/$OrgId/users" -Headers $headers -Body $body -ContentType 'application/json' | Out-Null
        Write-Output "created $($u.mail)"
    }
}
""", pw=_k), _k, "https://openpath.readme.io/docs/authentication")

_k = chars(44, URLSAFE)
add("csharp/hid-origo-client-secret", "src/Northlight.Access/Origo/OrigoOptions.cs", fill("""
namespace Northlight.Access.Origo;

/// <summary>
/// HID Origo mobile identities: members get a mobile key in the HID Mobile Access app
/// when their plan includes 24/7 access.
/// </summary>
public sealed class OrigoOptions
{
    public const string Section = "Origo";

    public string IdentityUrl { get; set; } = "https://api.origo.hidglobal.com/authentication/customer/{0}/token";
    public string ApiBase { get; set; } = "https://api.origo.hidglobal.com/credential-management/customer/{0}";
    public string OrganizationId { get; set; } = "1034627";
    public string ClientId { get; set; } = "northlight-door-sync";
    public string ClientSecret { get; set; } = "⟪key⟫";
    public string PartNumber { get; set; } = "MID-SUB-CRD_FTPN_8017";
    public int InvitationDays { get; set; } = 7;
}
""", key=_k), _k, "https://www.hidglobal.com/developers")

_k = chars(40)
add("python/verkada-api-key", "tools/verkada_door_events.py", fill("""
\"\"\"Export yesterday's Verkada access events for the building manager's weekly report.\"\"\"
import csv
import time

import requests

VERKADA_API_KEY = "⟪key⟫"
BASE = "https://api.verkada.com"


def api_token() -> str:
    r = requests.post(f"{BASE}/token", headers={"x-api-key": VERKADA_API_KEY}, timeout=15)
    r.raise_for_status()
    return r.json()["token"]


def events(token: str, start: int, end: int):
    page = None
    while True:
        params = {"start_time": start, "end_time": end, "page_size": 200}
        if page:
            params["page_token"] = page
        r = requests.get(f"{BASE}/events/v1/access", params=params, headers={"x-verkada-auth": token}, timeout=30)
        r.raise_for_status()
        body = r.json()
        yield from body["events"]
        page = body.get("next_page_token")
        if not page:
            return


if __name__ == "__main__":
    now = int(time.time())
    with open("access_events.csv", "w", newline="") as fh:
        out = csv.writer(fh)
        out.writerow(["time", "door", "user", "result"])
        for e in events(api_token(), now - 86400, now):
            out.writerow([e["timestamp"], e["door_info"]["name"], e.get("user_info", {}).get("name"), e["event_type"]])
""", key=_k), _k, "https://apidocs.verkada.com/reference/quick-start-guide")

_k = hexs(32)
add("json/kisi-postman-environment", "tools/postman/Kisi-Production.postman_environment.json", fill("""
{
  "id": "⟪id⟫",
  "name": "Kisi - Production",
  "values": [
    {
      "key": "baseUrl",
      "value": "https://api.kisi.io",
      "type": "default",
      "enabled": true
    },
    {
      "key": "apiKey",
      "value": "⟪key⟫",
      "type": "secret",
      "enabled": true
    },
    {
      "key": "placeId",
      "value": "18842",
      "type": "default",
      "enabled": true
    }
  ],
  "_postman_variable_scope": "environment",
  "_postman_exported_at": "2024-04-18T09:41:07.511Z",
  "_postman_exported_using": "Postman/10.24.16"
}
""", id=uuid_s(), key=_k), _k, "https://learning.postman.com/docs/sending-requests/managing-environments/")

_k = chars(36, URLSAFE)
add("swift/brivo-sdk-client-secret", "MemberApp/Sources/Access/BrivoConfiguration.swift", fill("""
import Foundation
import BrivoCore
import BrivoOnAir

enum BrivoConfiguration {
    static let clientId = "⟪cid⟫"
    static let clientSecret = "⟪key⟫"
    static let region: BrivoRegion = .us

    static func configure() throws {
        let configuration = try BrivoConfiguration.make()
        BrivoSDK.instance.configure(brivoConfiguration: configuration)
    }

    private static func make() throws -> BrivoCore.BrivoConfiguration {
        try BrivoCore.BrivoConfiguration(
            clientId: clientId,
            clientSecret: clientSecret,
            useSDKStorage: true,
            shouldVerifyDoor: true
        )
    }
}
""", cid=uuid_s(), key=_k), _k, "https://github.com/brivo-inc/brivo-mobile-sdk-ios")

add("yaml/decoy-lock-ids", "config/doors/shoreditch.yaml", fill("""
# Door map for the Shoreditch site. Ids come from the Kisi dashboard; safe to commit.
place:
  kisi_place_id: 18842
  timezone: Europe/London
locks:
  - name: Front door
    kisi_lock_id: 48213
    reader_uuid: ⟪u1⟫
    groups: [members-all, visitors-day]
  - name: Bike store
    kisi_lock_id: 48214
    reader_uuid: ⟪u2⟫
    groups: [members-all]
  - name: Server room
    kisi_lock_id: 48220
    reader_uuid: ⟪u3⟫
    groups: [staff-it]
schedules:
  members-all: "Mon-Sun 00:00-24:00"
  visitors-day: "Mon-Fri 08:30-18:00"
api:
  key_source: aws-secretsmanager:prod/doors/kisi
""", u1=uuid_s(), u2=uuid_s(), u3=uuid_s()), None, "https://api.kisi.io/docs#/")

add("json/decoy-template-variable", "tools/postman/Door-Bridge.postman_collection.json", """
{
  "info": {
    "_postman_id": "5c0f6a8e-2b7d-4f1a-9d63-0e4e7b2c91aa",
    "name": "Door bridge (Kisi + Salto)",
    "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"
  },
  "item": [
    {
      "name": "Unlock lock",
      "request": {
        "method": "POST",
        "header": [
          { "key": "Authorization", "value": "KISI-LOGIN {{kisiApiKey}}" }
        ],
        "url": "{{baseUrl}}/locks/{{lockId}}/unlock"
      }
    },
    {
      "name": "Salto token",
      "request": {
        "method": "POST",
        "body": {
          "mode": "urlencoded",
          "urlencoded": [
            { "key": "grant_type", "value": "client_credentials" },
            { "key": "client_id", "value": "{{saltoClientId}}" },
            { "key": "client_secret", "value": "{{saltoClientSecret}}" }
          ]
        },
        "url": "https://identity.saltoks.com/connect/token"
      }
    }
  ]
}
"""[1:], None, "https://learning.postman.com/docs/sending-requests/variables/variables/")

add("yaml/decoy-openapi-example", "docs/api/door-bridge.openapi.yaml", """
openapi: 3.0.3
info:
  title: Door bridge API
  version: 1.4.0
  description: Internal API the member app calls to open doors. Authenticated with a member session.
servers:
  - url: https://doors.quaysidehub.io/v1
components:
  securitySchemes:
    memberSession:
      type: http
      scheme: bearer
      bearerFormat: JWT
    serviceKey:
      type: apiKey
      in: header
      name: X-Api-Key
      description: "Service-to-service key, e.g. `X-Api-Key: YOUR_API_KEY`."
paths:
  /doors/{door}/unlock:
    post:
      security:
        - memberSession: []
      parameters:
        - name: door
          in: path
          required: true
          schema: { type: string, example: shoreditch-front }
      responses:
        "200":
          description: Unlocked
          content:
            application/json:
              example: { ok: true, lock_id: 48213 }
        "401":
          description: Session missing or expired
"""[1:], None, "https://swagger.io/docs/specification/authentication/api-keys/")

add("csharp/decoy-key-vault", "src/Northlight.Access/Program.cs", """
using Azure.Identity;
using Northlight.Access.Origo;
using Northlight.Access.Salto;

var builder = WebApplication.CreateBuilder(args);

// Secrets (Salto client secret, Origo client secret, Kisi key) come from Key Vault via the
// app's managed identity; nothing sensitive lives in appsettings*.json.
builder.Configuration.AddAzureKeyVault(
    new Uri($"https://{builder.Configuration["KeyVaultName"]}.vault.azure.net/"),
    new DefaultAzureCredential());

builder.Services.Configure<OrigoOptions>(builder.Configuration.GetSection(OrigoOptions.Section));
builder.Services.Configure<SaltoOptions>(options =>
{
    options.ClientId = builder.Configuration["Salto:ClientId"]!;
    options.ClientSecret = builder.Configuration["Salto--ClientSecret"]!;
});
builder.Services.AddHttpClient<SaltoClient>();

var app = builder.Build();
app.MapGet("/healthz", () => Results.Ok("ok"));
app.Run();
"""[1:], None, "https://learn.microsoft.com/en-us/aspnet/core/security/key-vault-configuration")

add("csv/decoy-uuid", "data/access/door_schedules.csv", fill("""
schedule_id,site,door,days,opens,closes,group_id
⟪a⟫,canalside,main-entrance,Mon-Fri,07:00,20:00,⟪g1⟫
⟪b⟫,canalside,main-entrance,Sat-Sun,09:00,17:00,⟪g1⟫
⟪c⟫,canalside,loading-bay,Mon-Fri,08:00,16:00,⟪g2⟫
⟪d⟫,canalside,roof-terrace,Mon-Sun,08:00,21:00,⟪g1⟫
⟪e⟫,foundry,front,Mon-Sun,00:00,23:59,⟪g3⟫
""", a=uuid_s(), b=uuid_s(), c=uuid_s(), d=uuid_s(), e=uuid_s(), g1=uuid_s(), g2=uuid_s(), g3=uuid_s()),
    None, "https://datatracker.ietf.org/doc/html/rfc4122")


# =====================================================================================================
# Meeting-room booking and calendars
# =====================================================================================================

_k = azure_secret()
add("powershell/azure-client-secret", "ops/rooms/Update-RoomCalendars.ps1", fill("""
# Sets booking policy on all meeting-room mailboxes via Microsoft Graph (app-only).
# Tenant: quaysidehub.onmicrosoft.com   App registration: "Room policy sync"
param(
    [int]$MaxDurationMinutes = 240,
    [switch]$WhatIf
)

$TenantId     = '⟪tenant⟫'
$ClientId     = '⟪cid⟫'
$ClientSecret = '⟪key⟫'

$tokenBody = @{
    client_id     = $ClientId
    scope         = 'https://graph.microsoft.com/.default'
    client_secret = $ClientSecret
    grant_type    = 'client_credentials'
}
$token = Invoke-RestMethod -Method Post -Uri "https://login.microsoftonline.com/$TenantId/oauth2/v2.0/token" -Body $tokenBody
$headers = @{ Authorization = "Bearer $($token.access_token)" }

$rooms = Invoke-RestMethod -Uri 'https://graph.microsoft.com/v1.0/places/microsoft.graph.room?$top=200' -Headers $headers
foreach ($room in $rooms.value) {
    Write-Host "$($room.displayName) <$($room.emailAddress)> capacity $($room.capacity)"
    if (-not $WhatIf) {
        $settings = @{ automaticRepliesSetting = @{ status = 'disabled' } } | ConvertTo-Json -Depth 4
        Invoke-RestMethod -Method Patch -Uri "https://graph.microsoft.com/v1.0/users/$($room.emailAddress)/mailboxSettings" `
            -Headers $headers -Body $settings -ContentType 'application/json' | Out-Null
    }
}
""", tenant=uuid_s(), cid=uuid_s(), key=_k), _k,
    "https://learn.microsoft.com/en-us/entra/identity-platform/v2-oauth2-client-creds-grant-flow")

_pem = pkcs8_rsa_pem(25)
_k = _pem.replace("\n", "\\n") + "\\n"
add("json/gcp-service-account", "room-sync/credentials/room-calendar-sync.json", fill("""
{
  "type": "service_account",
  "project_id": "northlight-rooms",
  "private_key_id": "⟪kid⟫",
  "private_key": "⟪key⟫",
  "client_email": "room-calendar-sync@northlight-rooms.iam.gserviceaccount.com",
  "client_id": "1048⟪cid⟫",
  "auth_uri": "https://accounts.google.com/o/oauth2/auth",
  "token_uri": "https://oauth2.googleapis.com/token",
  "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",
  "client_x509_cert_url": "https://www.googleapis.com/robot/v1/metadata/x509/room-calendar-sync%40northlight-rooms.iam.gserviceaccount.com",
  "universe_domain": "googleapis.com"
}
""", kid=hexs(40), key=_k, cid=chars(17, "0123456789")), _k,
    "https://cloud.google.com/iam/docs/keys-create-delete")

_k = google_refresh()
add("json/google-refresh-token", "room-display/token.json", fill("""
{
  "refresh_token": "⟪key⟫",
  "token_uri": "https://oauth2.googleapis.com/token",
  "client_id": "⟪cid⟫",
  "client_secret": "",
  "scopes": [
    "https://www.googleapis.com/auth/calendar.readonly",
    "https://www.googleapis.com/auth/admin.directory.resource.calendar.readonly"
  ],
  "universe_domain": "googleapis.com",
  "account": "",
  "expiry": "2024-05-02T08:14:55.118243Z"
}
""", key=_k, cid=google_client_id()), _k,
    "https://developers.google.com/calendar/api/quickstart/python")

_k = chars(64)
add("ruby/robin-access-token", "lib/robin/client.rb", fill("""
# frozen_string_literal: true

require "faraday"
require "json"

module Robin
  # Thin wrapper over the Robin API for desk and room reservations.
  class Client
    BASE_URL = "https://api.robinpowered.com/v1.0"
    ACCESS_TOKEN = "⟪key⟫"
    ORGANIZATION_ID = 94_218

    def initialize
      @conn = Faraday.new(url: BASE_URL) do |f|
        f.request :json
        f.response :json
        f.response :raise_error
        f.headers["Authorization"] = "Access-Token #{ACCESS_TOKEN}"
      end
    end

    def spaces(location_id)
      @conn.get("locations/#{location_id}/spaces", per_page: 100).body["data"]
    end

    def reservations(space_id, from:, to:)
      @conn.get("spaces/#{space_id}/events", after: from.iso8601, before: to.iso8601).body["data"]
    end

    def book(space_id, title:, start:, finish:, email:)
      @conn.post("spaces/#{space_id}/events",
                 title: title, start: { date_time: start.iso8601 }, end: { date_time: finish.iso8601 },
                 invitees: [{ email: email }]).body["data"]
    end
  end
end
""", key=_k), _k, "https://docs.robinpowered.com/reference/authentication")

_k = chars(32)
add("typescript/zoom-client-secret", "apps/rooms/src/zoom.ts", fill("""
// Server-to-server OAuth app "Quayside Rooms" - creates a Zoom meeting for every
// hybrid room booking and puts the join link on the room panel.
const ZOOM_ACCOUNT_ID = "⟪acct⟫";
const ZOOM_CLIENT_ID = "⟪cid⟫";
const ZOOM_CLIENT_SECRET = "⟪key⟫";

let cached: { token: string; expires: number } | null = null;

async function accessToken(): Promise<string> {
  if (cached && cached.expires > Date.now() + 60_000) return cached.token;
  const basic = Buffer.from(`${ZOOM_CLIENT_ID}:${ZOOM_CLIENT_SECRET}`).toString("base64");
  const res = await fetch(
    `https://zoom.us/oauth/token?grant_type=account_credentials&account_id=${ZOOM_ACCOUNT_ID}`,
    { method: "POST", headers: { Authorization: `Basic ${basic}` } },
  );
  if (!res.ok) throw new Error(`zoom token: ${res.status}`);
  const body = (await res.json()) as { access_token: string; expires_in: number };
  cached = { token: body.access_token, expires: Date.now() + body.expires_in * 1000 };
  return cached.token;
}

export async function createRoomMeeting(roomEmail: string, topic: string, startIso: string, minutes: number) {
  const res = await fetch(`https://api.zoom.us/v2/users/${encodeURIComponent(roomEmail)}/meetings`, {
    method: "POST",
    headers: { Authorization: `Bearer ${await accessToken()}`, "Content-Type": "application/json" },
    body: JSON.stringify({ topic, type: 2, start_time: startIso, duration: minutes }),
  });
  return (await res.json()) as { id: number; join_url: string };
}
""", acct=chars(22, URLSAFE), cid=chars(22), key=_k), _k,
    "https://developers.zoom.us/docs/internal-apps/s2s-oauth/")

_k = words_pw()
add("csharp/exchange-service-password", "legacy/RoomPanel/ExchangeRooms.cs", fill("""
using System;
using System.Collections.Generic;
using System.Net;
using Microsoft.Exchange.WebServices.Data;

namespace Canalside.RoomPanel
{
    // Old on-prem room panels still read Exchange 2016 through EWS until the M365 move.
    public static class ExchangeRooms
    {
        private static readonly Uri EwsUrl = new Uri("https://mail.canalside.local/EWS/Exchange.asmx");

        public static ExchangeService Connect()
        {
            var service = new ExchangeService(ExchangeVersion.Exchange2013_SP1)
            {
                Url = EwsUrl,
                Credentials = new NetworkCredential("svc-roompanel", "⟪pw⟫", "CANALSIDE"),
                Timeout = 20000
            };
            return service;
        }

        public static IEnumerable<Appointment> Today(ExchangeService service, string roomSmtp)
        {
            var folder = new FolderId(WellKnownFolderName.Calendar, new Mailbox(roomSmtp));
            var view = new CalendarView(DateTime.Today, DateTime.Today.AddDays(1)) { MaxItemsReturned = 50 };
            return service.FindAppointments(folder, view);
        }
    }
}
""", pw=_k), _k, "https://learn.microsoft.com/en-us/exchange/client-developer/exchange-web-services/authentication-and-ews-in-exchange")

_k = gen_pw(16, "!#%")
add("xml/mssql-connection-string", "legacy/Condeco.Bridge/Web.config", fill("""
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <appSettings>
    <add key="CondecoSiteId" value="LON-QH-01" />
    <add key="SyncIntervalSeconds" value="300" />
    <add key="ReportingEmail" value="facilities@quaysidehub.io" />
  </appSettings>
  <connectionStrings>
    <add name="CondecoDb"
         connectionString="Server=tcp:sql-fm01.quayside.local,1433;Database=CondecoLive;User Id=condeco_bridge;Password=⟪pw⟫;Encrypt=True;TrustServerCertificate=True;"
         providerName="System.Data.SqlClient" />
  </connectionStrings>
  <system.web>
    <compilation debug="false" targetFramework="4.8" />
    <httpRuntime targetFramework="4.8" />
    <customErrors mode="RemoteOnly" />
  </system.web>
</configuration>
""", pw=_k), _k, "https://learn.microsoft.com/en-us/dotnet/framework/data/adonet/connection-string-syntax")

_k = ("https://calendar.google.com/calendar/ical/c_" + hexs(26) + "%40resource.calendar.google.com/private-"
      + hexs(32) + "/basic.ics")
add("yaml/ical-private-address", "room-panels/config/boardroom.yaml", fill("""
# Room panel outside the 4th-floor boardroom (Android tablet running the panel app)
panel:
  id: panel-4f-boardroom
  room_name: Boardroom (12)
  theme: dark
  show_organiser: false
calendar:
  # "Secret address in iCal format" from the room's Google calendar settings
  ical_url: ⟪url⟫
  refresh_seconds: 120
booking:
  allow_walk_up: true
  walk_up_max_minutes: 45
  release_if_no_checkin_minutes: 10
""", url=_k), _k, "https://support.google.com/calendar/answer/37648")

add("javascript/decoy-public-client-id", "apps/booking-spa/src/authConfig.js", fill("""
// MSAL config for the booking SPA. A public client: no secret exists for this app registration,
// and the ids below are visible to every browser that loads the page.
export const msalConfig = {
  auth: {
    clientId: "⟪cid⟫",
    authority: "https://login.microsoftonline.com/⟪tenant⟫",
    redirectUri: window.location.origin + "/auth/callback",
    postLogoutRedirectUri: window.location.origin,
  },
  cache: {
    cacheLocation: "sessionStorage",
    storeAuthStateInCookie: false,
  },
};

export const loginRequest = {
  scopes: ["User.Read", "Calendars.ReadWrite.Shared", "Place.Read.All"],
};
""", cid=uuid_s(), tenant=uuid_s()), None, "https://learn.microsoft.com/en-us/entra/identity-platform/msal-client-application-configuration")

add("python/decoy-managed-identity", "room_sync/graph_client.py", """
\"\"\"Graph client for the room-sync Azure Function. Auth comes from the Function's managed identity
(or `az login` locally); there is no client secret for this app.\"\"\"
from azure.identity import DefaultAzureCredential
from msgraph import GraphServiceClient

SCOPES = ["https://graph.microsoft.com/.default"]


def client() -> GraphServiceClient:
    credential = DefaultAzureCredential(exclude_interactive_browser_credential=True)
    return GraphServiceClient(credentials=credential, scopes=SCOPES)


async def rooms(graph: GraphServiceClient):
    result = await graph.places.graph_room.get()
    return [(room.display_name, room.email_address, room.capacity) for room in result.value]
"""[1:], None, "https://learn.microsoft.com/en-us/python/api/azure-identity/azure.identity.defaultazurecredential")

add("yaml/decoy-public-url", "room-panels/config/community-events.yaml", """
# Lobby screen: public community events calendar (shared publicly on purpose, listed on the website)
panel:
  id: lobby-screen-1
  layout: agenda
calendar:
  ical_url: https://calendar.google.com/calendar/ical/events%40canalside.studio/public/basic.ics
  refresh_seconds: 900
  days_ahead: 14
branding:
  logo: /static/canalside-logo.svg
  accent: "#1f6f5c"
"""[1:], None, "https://support.google.com/calendar/answer/37083")

add("json/decoy-client-id", "apps/booking-web/public/config.json", fill("""
{
  "appName": "Northlight Rooms",
  "apiBase": "https://rooms.northlight-spaces.com/api",
  "google": {
    "clientId": "⟪cid⟫",
    "hostedDomain": "northlight-spaces.com"
  },
  "features": {
    "deskBooking": true,
    "roomBooking": true,
    "visitorInvites": false
  },
  "support": "help@northlight-spaces.com"
}
""", cid=google_client_id()), None, "https://developers.google.com/identity/gsi/web/guides/get-google-api-clientid")


# =====================================================================================================
# Visitor management and notifications
# =====================================================================================================

_k = hexs(32)
add("python/envoy-api-key", "visitors/envoy_prereg.py", fill("""
\"\"\"Pre-register a member's guests in Envoy from the booking confirmation email.\"\"\"
from datetime import datetime

import requests

ENVOY_API_KEY = "⟪key⟫"
ENVOY_LOCATION_ID = "142877"


def invite(guest_name: str, guest_email: str, host_email: str, arrives: datetime) -> str:
    resp = requests.post(
        "https://api.envoy.com/v1/invites",
        headers={"Authorization": f"Bearer {ENVOY_API_KEY}", "Content-Type": "application/json"},
        json={
            "invite": {
                "locationId": ENVOY_LOCATION_ID,
                "invitee": {"name": guest_name, "email": guest_email},
                "hostEmail": host_email,
                "expectedArrivalAt": arrives.isoformat(),
                "flowId": "visitor",
            }
        },
        timeout=20,
    )
    resp.raise_for_status()
    return resp.json()["data"]["id"]
""", key=_k), _k, "https://developers.envoy.com/hub/reference/authentication")

_k = hexs(32)
add("javascript/twilio-auth-token", "reception/notify-host.js", fill("""
// When a visitor signs in at the iPad, text the member who invited them.
const twilio = require("twilio");

const accountSid = "⟪sid⟫";
const authToken = "⟪key⟫";
const client = twilio(accountSid, authToken);

const FROM = "+442039960417";

async function notifyHost(host, visitor) {
  if (!host.mobile) return null;
  const msg = await client.messages.create({
    from: FROM,
    to: host.mobile,
    body: `${visitor.name} is at reception for you (${visitor.company || "no company"}).`,
  });
  return msg.sid;
}

module.exports = { notifyHost };
""", sid=twilio_sid(), key=_k), _k, "https://www.twilio.com/docs/iam/credentials/api")

_k = sendgrid_key()
add("python/sendgrid-api-key", "hub/settings/production.py", fill("""
from .base import *  # noqa: F401,F403

DEBUG = False
ALLOWED_HOSTS = ["hub.canalside.studio", "canalside-hub.fly.dev"]

SECRET_KEY = env("DJANGO_SECRET_KEY")
DATABASES = {"default": env.db("DATABASE_URL")}

# Visitor badges, booking confirmations and invoices go out through SendGrid.
EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
EMAIL_HOST = "smtp.sendgrid.net"
EMAIL_PORT = 587
EMAIL_USE_TLS = True
EMAIL_HOST_USER = "apikey"
EMAIL_HOST_PASSWORD = "⟪key⟫"
DEFAULT_FROM_EMAIL = "Canalside Studios <hello@canalside.studio>"

SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
SECURE_HSTS_SECONDS = 31536000
""", key=_k), _k, "https://www.twilio.com/docs/sendgrid/for-developers/sending-email/integrating-with-the-smtp-api")

_k = uuid_s()
add("compose/postmark-server-token", "kiosk/docker-compose.yml", fill("""
services:
  kiosk-api:
    image: ghcr.io/foundry-collective/visitor-kiosk:2.7.3
    restart: unless-stopped
    ports:
      - "8080:8080"
    environment:
      TZ: Europe/Dublin
      KIOSK_SITE: foundry-dublin
      POSTMARK_SERVER_TOKEN: ⟪key⟫
      POSTMARK_MESSAGE_STREAM: visitor-arrivals
      BADGE_PRINTER_URI: ipp://192.168.20.41/ipp/print
      DATABASE_URL: sqlite:////data/kiosk.db
    volumes:
      - kiosk-data:/data

volumes:
  kiosk-data: {}
""", key=_k), _k, "https://postmarkapp.com/developer/api/overview#authentication")

_k = ("https://quaysidehub.webhook.office.com/webhookb2/" + uuid_s() + "@" + uuid_s()
      + "/IncomingWebhook/" + hexs(32) + "/" + uuid_s())
add("json/teams-webhook-url", "reception-bot/config.json", fill("""
{
  "site": "Quayside Hub - Bristol",
  "frontDeskHours": { "open": "08:00", "close": "18:30" },
  "notifications": {
    "teamsWebhookUrl": "⟪url⟫",
    "mentionOnDelivery": true,
    "quietHours": ["22:00", "07:00"]
  },
  "parcelLockers": {
    "enabled": true,
    "bank": "L1-east"
  }
}
""", url=_k), _k, "https://learn.microsoft.com/en-us/microsoftteams/platform/webhooks-and-connectors/how-to/add-incoming-webhook")

_k = mailgun_key()
add("env/mailgun-api-key", "services/visitor-mailer/.env", fill("""
MAILGUN_DOMAIN=mg.loftline.nl
MAILGUN_API_BASE=https://api.eu.mailgun.net/v3
MAILGUN_API_KEY=⟪key⟫
MAIL_FROM="Loftline Reception <reception@loftline.nl>"
VISITOR_TEMPLATE=visitor-arrived-nl
HOST_REMINDER_MINUTES=10
""", key=_k), _k, "https://documentation.mailgun.com/docs/mailgun/api-reference/authentication/")

add("yaml/decoy-env-reference", "visitors/envoy-app/envoy.config.yml", """
name: quayside-member-sync
description: Syncs Envoy visitor sign-ins to the Quayside member directory.
setup:
  - name: hub_location
    label: Which Quayside site is this?
    type: select
    options: [bristol, cardiff, bath]
routes:
  - name: visitor-sign-in
    path: /hooks/visitor-sign-in
env:
  # values are set in the Envoy developer dashboard, never in this file
  QUAYSIDE_API_URL: ${QUAYSIDE_API_URL}
  QUAYSIDE_API_TOKEN: ${QUAYSIDE_API_TOKEN}
  ENVOY_CLIENT_SECRET: ${ENVOY_CLIENT_SECRET}
"""[1:], None, "https://developers.envoy.com/hub/docs/plugin-configuration")

add("javascript/decoy-account-sid", "reception/sms.js", fill("""
// Twilio client for reception SMS. The account SID identifies the account and is not secret;
// the auth token is injected by the host (systemd EnvironmentFile=/etc/reception/twilio.env).
const twilio = require("twilio");

const ACCOUNT_SID = "⟪sid⟫";
const MESSAGING_SERVICE_SID = "MG⟪mg⟫";

function client() {
  const token = process.env.TWILIO_AUTH_TOKEN;
  if (!token) throw new Error("TWILIO_AUTH_TOKEN is not set");
  return twilio(ACCOUNT_SID, token);
}

async function send(to, body) {
  return client().messages.create({ messagingServiceSid: MESSAGING_SERVICE_SID, to, body });
}

module.exports = { send };
""", sid=twilio_sid(), mg=hexs(32)), None, "https://www.twilio.com/docs/iam/api/account")

add("markdown/decoy-guest-policy", "docs/frontdesk/visitor-policy.md", """
# Visitor policy (front desk)

- Every visitor signs in on the iPad at reception. The iPad runs Envoy in kiosk mode.
- Hosts get a text or a Teams message when their guest arrives.
- Day-pass guests get the Wi-Fi details on their printed badge. The guest network's
  password changes every Monday and is generated by the captive portal, so never
  write it on a whiteboard or in Slack.
- Visitors needing access after 18:00 must be escorted; their badge does not open doors.
- Lost badges: deactivate in Envoy (Visitors > Active > ... > Sign out) and note it in the log.

Passwords for the front-desk iPad and Envoy admin are in 1Password, vault "Front desk".
"""[1:], None, "https://envoy.com/visitor-management")


# =====================================================================================================
# Printing, Wi-Fi and captive portals
# =====================================================================================================

_k = gen_pw(18, "#%+=")
add("properties/papercut-database-password", "printing/papercut/server/server.properties", fill("""
### PaperCut MF - Application Server configuration (PRINT-01, Foundry Collective)
### Only edit while the application server is stopped.

server.port=9191
server.ssl.port=9192
server.html-compression=on

### External database (moved off the internal Derby DB in 2023)
database.type=SQLServer
database.driver=net.sourceforge.jtds.jdbc.Driver
database.url=jdbc:jtds:sqlserver://sql-fm01.foundry.local:1433/papercut;ssl=request
database.username=papercut_app
database.password=⟪pw⟫

### Restrict web admin to the IT VLAN
server.enable-remote-admin=N
server.remote-admin-ip-range=10.40.8.0/24

### Mobility Print / print release on the 3rd floor MFPs
ext-device.print-release.allowed-hosts=10.40.30.*
""", pw=_k), _k, "https://www.papercut.com/help/manuals/ng-mf/common/db-migrate-sqlserver/")

_k = chars(32)
add("python/papercut-webservices-token", "printing/topup_print_credit.py", fill("""
#!/usr/bin/env python3
\"\"\"Top up a member's print credit in PaperCut when they buy a print bundle in Nexudus.

Called by the Nexudus webhook relay: topup_print_credit.py <username> <amount> <invoice-ref>
\"\"\"
import sys
from xmlrpc.client import ServerProxy, Fault

PAPERCUT_HOST = "https://print-01.foundry.local:9192/rpc/api/xmlrpc"
AUTH_TOKEN = "⟪key⟫"   # Options > Config editor > auth.webservices.auth-token

proxy = ServerProxy(PAPERCUT_HOST)


def main(username: str, amount: str, ref: str) -> int:
    try:
        if not proxy.api.isUserExists(AUTH_TOKEN, username):
            proxy.api.addNewUser(AUTH_TOKEN, username)
        proxy.api.adjustUserAccountBalance(AUTH_TOKEN, username, float(amount), f"Print bundle {ref}")
        balance = proxy.api.getUserAccountBalance(AUTH_TOKEN, username)
    except Fault as err:
        print(f"PaperCut error: {err.faultString}", file=sys.stderr)
        return 1
    print(f"{username}: balance now {balance:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:4]))
""", key=_k), _k, "https://www.papercut.com/help/manuals/ng-mf/common/tools-web-services/")

_k = gen_pw(16)
add("cups/smb-device-password", "printing/cups/printers.conf", fill("""
# Printer configuration file for CUPS v2.4.2
# Written by cupsd
# DO NOT EDIT THIS FILE WHEN CUPSD IS RUNNING
NextPrinterId 4
<Printer Studio-3F-Canon>
PrinterId 2
UUID urn:uuid:⟪u1⟫
Info Canon C3530 - 3rd floor studio
Location 3F print room
MakeModel Canon iR-ADV C3530 PS
DeviceURI smb://BRICKYARD/svc-cups:⟪pw⟫@print-01.brickyard.local/Studio-3F-Canon
State Idle
StateTime 1714978802
Type 8425564
Accepting Yes
Shared No
JobSheets none none
QuotaPeriod 0
PageLimit 0
KLimit 0
OpPolicy default
ErrorPolicy retry-job
</Printer>
""", u1=uuid_s(), pw=_k), _k, "https://www.cups.org/doc/network.html")

_k = gen_pw(16)
add("postfix/sasl-password", "mfp-relay/postfix/sasl_passwd", fill("""
# Scan-to-email relay for the MFPs (they can't do modern TLS/OAuth on their own).
# The copiers send to mfp-relay:25, postfix relays through Microsoft 365 as scans@.
# After editing: postmap /etc/postfix/sasl_passwd && systemctl reload postfix
#
[smtp.office365.com]:587    scans@northlight-spaces.com:⟪pw⟫
""", pw=_k), _k, "https://www.postfix.org/SASL_README.html#client_sasl_enable")

_k = theme_pw()
add("xml/mfp-scan-to-folder", "printers/mfp-2f/scan-destinations.xml", fill("""
<?xml version="1.0" encoding="UTF-8"?>
<!-- Exported from the 2F MFP web UI (Address book > Scan destinations), 2024-02-19 -->
<AddressBook device="MFP-2F" model="bizhub C300i" version="3">
  <Destination id="1">
    <Name>Finance scans</Name>
    <Protocol>SMB</Protocol>
    <Host>fs01.canalside.local</Host>
    <Path>scans\\finance</Path>
    <User>CANALSIDE\\svc-scan</User>
    <Password>⟪pw⟫</Password>
    <FileType>PDF</FileType>
  </Destination>
  <Destination id="2">
    <Name>Front desk (email)</Name>
    <Protocol>EMAIL</Protocol>
    <Address>frontdesk@canalside.studio</Address>
    <FileType>PDF</FileType>
  </Destination>
</AddressBook>
""", pw=_k), _k, "https://www.konicaminolta.com/")

_k = chars(43, URLSAFE)
add("yaml/ezeep-client-secret", "printing/ezeep-sync/config.yaml", fill("""
# ezeep Blue: syncs members into ezeep groups so they can print from the member app.
ezeep:
  auth_url: https://account.ezeep.com/oauth/access_token/
  api_url: https://printapi.ezeep.com
  client_id: ⟪cid⟫
  client_secret: ⟪key⟫
  organization: loftline-workspaces
groups:
  members: "Loftline members"
  staff: "Loftline staff"
printers:
  - name: "Keizersgracht - 1e verdieping"
    ezeep_id: ⟪p1⟫
  - name: "Rotterdam - Lobby"
    ezeep_id: ⟪p2⟫
sync:
  interval_minutes: 30
  dry_run: false
""", cid=chars(40), key=_k, p1=uuid_s(), p2=uuid_s()), _k, "https://developer.ezeep.com/docs/authentication")

_k = gen_pw(22)
add("ini/ldap-bind-password", "ansible/roles/print-server/files/sssd.conf", fill("""
[sssd]
config_file_version = 2
services = nss, pam
domains = members.hive.local

[domain/members.hive.local]
id_provider = ldap
auth_provider = ldap
ldap_uri = ldaps://ldap.hive.local
ldap_search_base = ou=members,dc=hive,dc=local
ldap_default_bind_dn = cn=print-server,ou=services,dc=hive,dc=local
ldap_default_authtok_type = password
ldap_default_authtok = ⟪pw⟫
ldap_tls_reqcert = demand
ldap_tls_cacert = /etc/ssl/certs/hive-root-ca.pem
cache_credentials = true
enumerate = false

[nss]
filter_users = root

[pam]
offline_credentials_expiration = 2
""", pw=_k), _k, "https://sssd.io/docs/users/sssd.conf.html")

_k = passphrase()
add("conf/wpa-passphrase", "network/ap-lobby/hostapd.conf", fill("""
# hostapd for the lobby AP (Raspberry Pi 4 + external antenna), members' network
interface=wlan0
driver=nl80211
ssid=Quayside-Members
country_code=GB
hw_mode=a
channel=36
ieee80211n=1
ieee80211ac=1
wmm_enabled=1
macaddr_acl=0
ignore_broadcast_ssid=0
auth_algs=1
wpa=2
wpa_key_mgmt=WPA-PSK
rsn_pairwise=CCMP
wpa_passphrase=⟪pw⟫
""", pw=_k), _k, "https://w1.fi/cgit/hostap/plain/hostapd/hostapd.conf")

_k = gen_pw(24)
add("freeradius/clients-secret", "network/radius/clients.conf", fill("""
# FreeRADIUS clients - the Wi-Fi controllers and switches that send Access-Requests.

client unifi-controller {
	ipaddr = 10.20.0.10
	secret = ⟪key⟫
	shortname = unifi
	nas_type = other
	require_message_authenticator = yes
}

client core-switches {
	ipaddr = 10.20.0.0/28
	secret = $INCLUDE secrets/switches.secret
	shortname = core
}

client localhost {
	ipaddr = 127.0.0.1
	proto = *
	secret = $ENV{RADIUS_LOCAL_SECRET}
}
""", key=_k), _k, "https://freeradius.org/radiusd/man/clients.conf.html")

_k = gen_pw(20)
add("cisco/radius-key", "network/switches/sw-core-01.cfg", fill("""
hostname sw-core-01
!
aaa new-model
aaa group server radius ISE
 server name ISE-1
!
aaa authentication dot1x default group ISE
aaa authorization network default group ISE
aaa accounting dot1x default start-stop group ISE
!
dot1x system-auth-control
!
radius server ISE-1
 address ipv4 10.20.0.15 auth-port 1812 acct-port 1813
 key 0 ⟪key⟫
!
interface range GigabitEthernet1/0/1 - 40
 description Member desks
 switchport mode access
 switchport access vlan 120
 authentication port-control auto
 mab
 dot1x pae authenticator
 spanning-tree portfast
!
end
""", key=_k), _k, "https://www.cisco.com/c/en/us/td/docs/ios-xml/ios/sec_usr_rad/configuration/xe-16/sec-usr-rad-xe-16-book.html")

_k = gen_pw(18)
add("json/unifi-radius-secret", "network/unifi/sites/default/config.gateway.json", fill("""
{
  "vpn": {
    "l2tp": {
      "remote-access": {
        "authentication": {
          "mode": "radius",
          "radius-server": {
            "10.20.0.12": {
              "key": "⟪key⟫"
            }
          }
        },
        "client-ip-pool": {
          "start": "10.99.0.10",
          "stop": "10.99.0.60"
        },
        "dns-servers": {
          "server-1": "10.20.0.2"
        }
      }
    }
  },
  "system": {
    "static-host-mapping": {
      "host-name": {
        "print-01.brickyard.local": { "inet": ["10.40.8.21"] }
      }
    }
  }
}
""", key=_k), _k, "https://help.ui.com/hc/en-us/articles/215458888")

_k = hexs(40)
add("terraform/meraki-api-key", "network/terraform/providers.tf", fill("""
terraform {
  required_version = ">= 1.5"
  required_providers {
    meraki = {
      source  = "cisco-open/meraki"
      version = "~> 0.2"
    }
  }
  backend "s3" {
    bucket = "northlight-tf-state"
    key    = "network/meraki.tfstate"
    region = "eu-west-2"
  }
}

provider "meraki" {
  meraki_base_url          = "https://api.meraki.com"
  meraki_dashboard_api_key = "⟪key⟫"
  meraki_requests_per_second = 8
}

resource "meraki_networks_wireless_ssids" "guest" {
  network_id = var.network_id
  number     = 2
  name       = "Northlight-Guest"
  enabled    = true
  auth_mode  = "open"
  splash_page = "Click-through splash page"
}
""", key=_k), _k, "https://registry.terraform.io/providers/cisco-open/meraki/latest/docs")

_k = hexs(40)
add("php/meraki-splash-api-key", "portal/public/grant.php", fill("""
<?php
// Member Wi-Fi: after the member logs in with their Nexudus email, mark the device as
// authorised on the Meraki sign-on splash so it skips the portal for 30 days.
require __DIR__ . '/../vendor/autoload.php';
session_start();

if (empty($_SESSION['member_id'])) {
    header('Location: /login.php?' . http_build_query($_GET));
    exit;
}

$networkId = 'L_6470115422739318';
$clientMac = preg_replace('/[^0-9a-f:]/i', '', $_GET['client_mac'] ?? '');

$ch = curl_init("https://api.meraki.com/api/v1/networks/$networkId/clients/$clientMac/splashAuthorizationStatus");
curl_setopt_array($ch, [
    CURLOPT_CUSTOMREQUEST  => 'PUT',
    CURLOPT_RETURNTRANSFER => true,
    CURLOPT_HTTPHEADER     => [
        'X-Cisco-Meraki-API-Key: ⟪key⟫',
        'Content-Type: application/json',
    ],
    CURLOPT_POSTFIELDS     => json_encode(['ssids' => ['1' => ['isAuthorized' => true]]]),
]);
$result = curl_exec($ch);
curl_close($ch);

$continue = filter_var($_GET['continue_url'] ?? 'https://brickyard.work/welcome', FILTER_SANITIZE_URL);
header('Location: ' . $continue);
""", key=_k), _k, "https://developer.cisco.com/meraki/api-v1/update-network-client-splash-authorization-status/")

_k = words_pw()
add("javascript/unifi-controller-password", "portal/server/unifi.js", fill("""
// External hotspot portal for the UniFi guest network: authorises the guest's MAC after
// they accept the house rules (and optionally enter a member code).
const axios = require("axios");
const https = require("https");

const CONTROLLER = "https://10.20.0.10:8443";
const SITE = "default";
const agent = new https.Agent({ rejectUnauthorized: false });

async function login() {
  const res = await axios.post(`${CONTROLLER}/api/login`,
    { username: "hotspot-operator", password: "⟪pw⟫" },
    { httpsAgent: agent });
  return res.headers["set-cookie"];
}

async function authorizeGuest(mac, minutes = 480) {
  const cookies = await login();
  await axios.post(`${CONTROLLER}/api/s/${SITE}/cmd/stamgr`,
    { cmd: "authorize-guest", mac, minutes },
    { httpsAgent: agent, headers: { Cookie: cookies.join("; ") } });
}

module.exports = { authorizeGuest };
""", pw=_k), _k, "https://ubntwiki.com/products/software/unifi-controller/api")

_k = chars(14, LOWER_ALNUM)
add("toml/snmp-community", "monitoring/telegraf/telegraf.d/snmp-switches.conf", fill("""
# Switch and AP health for the NOC dashboard
[[inputs.snmp]]
  agents = ["udp://10.20.0.2:161", "udp://10.20.0.3:161", "udp://10.20.0.4:161"]
  version = 2
  community = "⟪key⟫"
  timeout = "5s"
  retries = 2
  agent_host_tag = "source"

  [[inputs.snmp.field]]
    name = "hostname"
    oid = "RFC1213-MIB::sysName.0"
    is_tag = true

  [[inputs.snmp.table]]
    name = "interface"
    oid = "IF-MIB::ifXTable"
    inherit_tags = ["hostname"]

    [[inputs.snmp.table.field]]
      oid = "IF-MIB::ifDescr"
      is_tag = true
""", key=_k), _k, "https://github.com/influxdata/telegraf/tree/master/plugins/inputs/snmp")

_k = gen_pw(16)
add("conf/snmpv3-auth-pass", "network/bms-gateway/snmpd.conf", fill("""
# net-snmp on the BMS gateway - v3 only, read-only for the NOC poller
agentAddress udp:161
sysLocation  Canalside Studios, plant room B1
sysContact   facilities@canalside.studio

# createUser <name> <auth> <authpass> <priv> [<privpass>]  (privpass defaults to authpass)
createUser noc-poller SHA "⟪pw⟫" AES
rouser noc-poller priv

view   systemonly  included   .1.3.6.1.2.1.1
view   systemonly  included   .1.3.6.1.2.1.25.1
dontLogTCPWrappersConnects yes
""", pw=_k), _k, "http://www.net-snmp.org/docs/man/snmpd.conf.html")

_k = hexs(64)
add("ini/wpa-supplicant-psk", "kiosk/image/rootfs/etc/wpa_supplicant/wpa_supplicant.conf", fill("""
ctrl_interface=DIR=/var/run/wpa_supplicant GROUP=netdev
update_config=1
country=IE

# Visitor kiosk joins the staff SSID (hidden). psk is the derived 256-bit key
# (wpa_passphrase Foundry-Staff ...), so the plain passphrase isn't in the image.
network={
	ssid="Foundry-Staff"
	scan_ssid=1
	key_mgmt=WPA-PSK
	psk=⟪key⟫
	priority=10
}
""", key=_k), _k, "https://w1.fi/cgit/hostap/plain/wpa_supplicant/wpa_supplicant.conf")

_k = pronounceable()
add("nmconnection/wifi-psk", "signage/pi-image/NetworkManager/system-connections/Hive-Signage.nmconnection", fill("""
[connection]
id=Hive-Signage
uuid=⟪u⟫
type=wifi
autoconnect=true
permissions=

[wifi]
mode=infrastructure
ssid=Hive-Signage

[wifi-security]
auth-alg=open
key-mgmt=wpa-psk
psk=⟪pw⟫

[ipv4]
method=auto

[ipv6]
addr-gen-mode=default
method=auto
""", u=uuid_s(), pw=_k), _k, "https://networkmanager.dev/docs/api/latest/nm-settings-keyfile.html")

_k = chars(48)
add("go/portal-jwt-secret", "portal/internal/session/token.go", fill("""
package session

import (
	"time"

	"github.com/golang-jwt/jwt/v5"
)

// Signs the short-lived token the captive portal hands to the Wi-Fi controller callback.
var signingKey = []byte("⟪key⟫")

type Claims struct {
	MemberID string `json:"mid"`
	MAC      string `json:"mac"`
	jwt.RegisteredClaims
}

func Issue(memberID, mac string) (string, error) {
	claims := Claims{
		MemberID: memberID,
		MAC:      mac,
		RegisteredClaims: jwt.RegisteredClaims{
			Issuer:    "portal.loftline.nl",
			ExpiresAt: jwt.NewNumericDate(time.Now().Add(5 * time.Minute)),
		},
	}
	return jwt.NewWithClaims(jwt.SigningMethodHS256, claims).SignedString(signingKey)
}

func Parse(token string) (*Claims, error) {
	claims := &Claims{}
	_, err := jwt.ParseWithClaims(token, claims, func(*jwt.Token) (any, error) { return signingKey, nil })
	return claims, err
}
""", key=_k), _k, "https://pkg.go.dev/github.com/golang-jwt/jwt/v5")

add("conf/decoy-open-network", "network/ap-lobby/hostapd-guest.conf", """
# Guest SSID: open, isolated, captive portal (nodogsplash) handles terms + day-pass login.
# No PSK on purpose - guests authenticate at the portal.
interface=wlan1
driver=nl80211
ssid=Quayside-Guest
country_code=GB
hw_mode=g
channel=6
ieee80211n=1
wmm_enabled=1
auth_algs=1
wpa=0
ap_isolate=1
max_num_sta=60
"""[1:], None, "https://w1.fi/cgit/hostap/plain/hostapd/hostapd.conf")

_r = _rng()
_t9 = ["$9$" + "".join(_r.choice(BCRYPT) for _ in range(14)) + "$" + "".join(_r.choice(BCRYPT) for _ in range(43)) for _ in range(3)]
add("cisco/decoy-hashed-secrets", "network/switches/sw-access-02.cfg", fill("""
hostname sw-access-02
!
enable algorithm-type scrypt secret 9 ⟪a⟫
!
username netadmin privilege 15 algorithm-type scrypt secret 9 ⟪b⟫
username noc privilege 5 algorithm-type scrypt secret 9 ⟪c⟫
!
aaa new-model
aaa authentication login default local
!
ip ssh version 2
ip ssh time-out 60
!
line vty 0 15
 transport input ssh
 login authentication default
!
end
""", a=_t9[0], b=_t9[1], c=_t9[2]), None, "https://www.cisco.com/c/en/us/support/docs/security-vpn/remote-authentication-dial-user-service-radius/218069-cisco-ios-password-encryption-facts.html")

_r = _rng()
_sha512 = ["$6$" + "".join(_r.choice(BCRYPT) for _ in range(16)) + "$" + "".join(_r.choice(BCRYPT) for _ in range(86)) for _ in range(3)]
add("freeradius/decoy-hashed-users", "network/radius/mods-config/files/authorize", fill("""
# Local fallback accounts for the staff SSID when LDAP is down. Hashed with sha512-crypt.
netops      Crypt-Password := "⟪a⟫"
            Reply-Message := "Hello %{User-Name}"

frontdesk   Crypt-Password := "⟪b⟫"
            Tunnel-Type = VLAN, Tunnel-Medium-Type = IEEE-802, Tunnel-Private-Group-Id = 110

facilities  Crypt-Password := "⟪c⟫"
            Tunnel-Type = VLAN, Tunnel-Medium-Type = IEEE-802, Tunnel-Private-Group-Id = 140

DEFAULT     Auth-Type := Reject
            Reply-Message := "Unknown user"
""", a=_sha512[0], b=_sha512[1], c=_sha512[2]), None, "https://freeradius.org/radiusd/man/users.html")

add("python/decoy-env-reference", "network/tools/meraki_guest_report.py", """
\"\"\"Weekly guest Wi-Fi usage per site. Needs MERAKI_DASHBOARD_API_KEY in the environment.\"\"\"
import os

import meraki

dashboard = meraki.DashboardAPI(
    api_key=os.environ["MERAKI_DASHBOARD_API_KEY"],
    suppress_logging=True,
)

ORG_ID = "549236"
GUEST_SSID = 2


def report():
    for net in dashboard.organizations.getOrganizationNetworks(ORG_ID):
        clients = dashboard.networks.getNetworkClients(net["id"], timespan=7 * 86400, perPage=1000)
        guests = [c for c in clients if c.get("ssid") == "Northlight-Guest"]
        print(f"{net['name']:<30} {len(guests):>5} guests")


if __name__ == "__main__":
    report()
"""[1:], None, "https://github.com/meraki/dashboard-api-python")

add("properties/decoy-template-variable", "ansible/roles/papercut/templates/server.properties.j2", """
### PaperCut MF - managed by Ansible (roles/papercut). Local edits are overwritten.
server.port=9191
server.ssl.port=9192

database.type=SQLServer
database.driver=net.sourceforge.jtds.jdbc.Driver
database.url=jdbc:jtds:sqlserver://{{ papercut_db_host }}:1433/{{ papercut_db_name }};ssl=request
database.username={{ papercut_db_user }}
database.password={{ vault_papercut_db_password }}

server.enable-remote-admin=N
server.remote-admin-ip-range={{ papercut_admin_cidr }}
"""[1:], None, "https://docs.ansible.com/ansible/latest/playbook_guide/playbooks_templating.html")

add("nmconnection/decoy-agent-owned", "signage/pi-image/NetworkManager/system-connections/Hive-Staff.nmconnection", fill("""
[connection]
id=Hive-Staff
uuid=⟪u⟫
type=wifi
autoconnect=false

[wifi]
mode=infrastructure
ssid=Hive-Staff

[wifi-security]
key-mgmt=wpa-eap
psk-flags=1

[802-1x]
eap=peap;
identity=signage-pi
phase2-auth=mschapv2
password-flags=1

[ipv4]
method=auto
""", u=uuid_s()), None, "https://networkmanager.dev/docs/api/latest/nm-settings-nmcli.html")

add("toml/decoy-env-reference", "monitoring/telegraf/telegraf.d/snmp-aps.conf", """
# Access points (UniFi U6) - community comes from /etc/default/telegraf
[[inputs.snmp]]
  agents = ["udp://10.20.1.11:161", "udp://10.20.1.12:161"]
  version = 2
  community = "${SNMP_COMMUNITY_APS}"
  timeout = "5s"

  [[inputs.snmp.field]]
    name = "uptime"
    oid = "DISMAN-EVENT-MIB::sysUpTimeInstance"
"""[1:], None, "https://github.com/influxdata/telegraf/blob/master/docs/CONFIGURATION.md#environment-variables")


# =====================================================================================================
# Community apps, CRM and marketing
# =====================================================================================================

_k = slack_bot()
add("python/slack-bot-token", "community-bot/app.py", fill("""
import os
import re

from slack_bolt import App
from slack_bolt.adapter.socket_mode import SocketModeHandler

# Community bot for the members' Slack: /lunch, /rooms, welcome messages.
app = App(token="⟪key⟫")

WELCOME = (
    "Welcome to Canalside, <@{user}>! :wave:\\n"
    "- Book rooms with `/rooms`\\n"
    "- Friday lunch sign-up with `/lunch`\\n"
    "- House rules: https://canalside.studio/house-rules"
)


@app.event("team_join")
def welcome(event, client):
    user = event["user"]["id"]
    client.chat_postMessage(channel=user, text=WELCOME.format(user=user))


@app.command("/lunch")
def lunch(ack, respond, command):
    ack()
    diet = re.sub(r"[^a-z ]", "", command.get("text", "").lower()) or "no preference"
    respond(f"You're down for Friday lunch ({diet}).")


if __name__ == "__main__":
    SocketModeHandler(app, os.environ["SLACK_APP_TOKEN"]).start()
""", key=_k), _k, "https://api.slack.com/authentication/token-types#bot")

_k = slack_webhook()
add("github-actions/slack-webhook", ".github/workflows/deploy-member-app.yml", fill("""
name: deploy member app

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
      - run: npm ci
      - run: npm run build
      - run: npx wrangler pages deploy dist --project-name member-app
        env:
          CLOUDFLARE_API_TOKEN: ${{ secrets.CLOUDFLARE_API_TOKEN }}
          CLOUDFLARE_ACCOUNT_ID: ${{ vars.CLOUDFLARE_ACCOUNT_ID }}
      - name: announce
        if: always()
        run: |
          curl -sS -X POST -H 'Content-type: application/json' \\
            --data "{\\"text\\":\\"member-app deploy ${{ job.status }} (${GITHUB_SHA::7})\\"}" \\
            ⟪url⟫
""", url=_k), _k, "https://api.slack.com/messaging/webhooks")

_k = discord_bot()
add("javascript/discord-bot-token", "discord-bot/index.js", fill("""
// Hive community Discord: role sync for members + #events reminders.
const { Client, GatewayIntentBits, Events } = require("discord.js");
const cron = require("node-cron");

const client = new Client({ intents: [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMembers] });

const GUILD_ID = "1102938475610293847";
const MEMBER_ROLE = "1102940012345678901";
const EVENTS_CHANNEL = "1102941198765432109";

client.once(Events.ClientReady, (c) => {
  console.log(`logged in as ${c.user.tag}`);
  cron.schedule("0 9 * * 1", async () => {
    const channel = await c.channels.fetch(EVENTS_CHANNEL);
    await channel.send("Morning all! This week's events are pinned above :coffee:");
  }, { timezone: "Europe/London" });
});

client.on(Events.GuildMemberAdd, async (member) => {
  if (member.guild.id !== GUILD_ID) return;
  await member.send("Welcome to the Hive Discord! Link your membership at https://hive.work/discord");
});

client.login("⟪key⟫");
""", key=_k), _k, "https://discord.com/developers/docs/reference#authentication")

_k = fakes.telegram_token(_seed())
add("python/telegram-bot-token", "bots/telegram_frontdesk.py", fill("""
\"\"\"Telegram bot the front-desk team uses for parcel and visitor pings.\"\"\"
import logging

from telegram import Update
from telegram.ext import Application, CommandHandler, ContextTypes

logging.basicConfig(level=logging.INFO)

BOT_TOKEN = "⟪key⟫"
FRONTDESK_CHAT = -1001987654321


async def parcel(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    who = " ".join(context.args) or "someone"
    await context.bot.send_message(FRONTDESK_CHAT, f"Parcel at reception for {who}")
    await update.message.reply_text("Logged.")


def main() -> None:
    app = Application.builder().token(BOT_TOKEN).build()
    app.add_handler(CommandHandler("parcel", parcel))
    app.run_polling()


if __name__ == "__main__":
    main()
""", key=_k), _k, "https://core.telegram.org/bots/api#authorizing-your-bot")

_k = fcm_server_key()
add("kotlin/fcm-server-key", "backend/src/main/kotlin/work/loftline/push/FcmSender.kt", fill("""
package work.loftline.push

import io.ktor.client.HttpClient
import io.ktor.client.request.header
import io.ktor.client.request.post
import io.ktor.client.request.setBody
import io.ktor.http.ContentType
import io.ktor.http.contentType

// Legacy FCM HTTP API - still used by the v2 member app until the HTTP v1 migration lands.
object FcmSender {
    private const val SERVER_KEY = "⟪key⟫"
    private const val ENDPOINT = "https://fcm.googleapis.com/fcm/send"

    suspend fun bookingReminder(client: HttpClient, deviceToken: String, room: String, startsAt: String) {
        client.post(ENDPOINT) {
            header("Authorization", "key=$SERVER_KEY")
            contentType(ContentType.Application.Json)
            setBody(
                mapOf(
                    "to" to deviceToken,
                    "notification" to mapOf(
                        "title" to "Your room is ready",
                        "body" to "$room is booked for you at $startsAt",
                    ),
                ),
            )
        }
    }
}
""", key=_k), _k, "https://firebase.google.com/docs/cloud-messaging/auth-server")

_k = p8_pem()
add("pem/apns-auth-key", "mobile/push/AuthKey_8J2KD7QX4B.p8", _k + "\n", _k,
    "https://developer.apple.com/documentation/usernotifications/establishing-a-token-based-connection-to-apns")

_k = "os_v2_app_" + chars(113, "abcdefghijklmnopqrstuvwxyz234567")
add("typescript/onesignal-rest-key", "apps/community/src/lib/push.ts", fill("""
import * as OneSignal from "@onesignal/node-onesignal";

// Community app push: event reminders and "someone's brought cake to the kitchen".
const ONESIGNAL_APP_ID = "⟪appid⟫";

const configuration = OneSignal.createConfiguration({
  restApiKey: "⟪key⟫",
});
const client = new OneSignal.DefaultApi(configuration);

export async function notifySite(site: string, heading: string, message: string) {
  const notification = new OneSignal.Notification();
  notification.app_id = ONESIGNAL_APP_ID;
  notification.headings = { en: heading };
  notification.contents = { en: message };
  notification.filters = [{ field: "tag", key: "site", relation: "=", value: site }];
  const res = await client.createNotification(notification);
  return res.id;
}
""", appid=uuid_s(), key=_k), _k, "https://documentation.onesignal.com/docs/keys-and-ids")

_k = chars(64, LOWER_ALNUM)
add("go/stream-api-secret", "services/chat/stream.go", fill("""
package chat

import (
	"context"
	"fmt"

	stream "github.com/GetStream/stream-chat-go/v6"
)

const (
	streamKey    = "⟪pub⟫"
	streamSecret = "⟪key⟫"
)

// MemberToken returns a Stream chat token for a member, used by the community app's
// noticeboard and per-floor channels.
func MemberToken(ctx context.Context, memberID string) (string, error) {
	client, err := stream.NewClient(streamKey, streamSecret)
	if err != nil {
		return "", fmt.Errorf("stream client: %w", err)
	}
	if _, err := client.UpsertUser(ctx, &stream.User{ID: memberID, Role: "user"}); err != nil {
		return "", err
	}
	return client.CreateToken(memberID, nil)
}
""", pub=chars(12, LOWER_ALNUM), key=_k), _k, "https://getstream.io/chat/docs/go-golang/tokens_and_authentication/")

_k = hexs(40)
add("ruby/sendbird-api-token", "app/services/sendbird_sync.rb", fill("""
# frozen_string_literal: true

# Keeps Sendbird users (in-app member chat) in step with active memberships.
class SendbirdSync
  APP_ID = "⟪appid⟫"
  API_TOKEN = "⟪key⟫"

  def initialize(http: Faraday.new(url: "https://api-#{APP_ID}.sendbird.com/v3"))
    @http = http
    @http.headers["Api-Token"] = API_TOKEN
    @http.headers["Content-Type"] = "application/json; charset=utf8"
  end

  def upsert(member)
    body = { user_id: member.uuid, nickname: member.display_name, profile_url: member.avatar_url || "" }
    res = @http.put("users/#{member.uuid}", body.to_json)
    res = @http.post("users", body.to_json) if res.status == 400
    res.success?
  end

  def deactivate(member)
    @http.put("users/#{member.uuid}", { is_active: false }.to_json).success?
  end
end
""", appid=uuid_s().upper(), key=_k), _k, "https://sendbird.com/docs/chat/platform-api/v3/prepare-to-use-api")

_k = hexs(20)
add("php/pusher-app-secret", "config/broadcasting.php", fill("""
<?php

return [

    'default' => env('BROADCAST_DRIVER', 'pusher'),

    'connections' => [

        // Live room-availability board on the lobby screens.
        'pusher' => [
            'driver' => 'pusher',
            'key' => env('PUSHER_APP_KEY', '⟪pub⟫'),
            'secret' => env('PUSHER_APP_SECRET', '⟪key⟫'),
            'app_id' => env('PUSHER_APP_ID', '1739402'),
            'options' => [
                'cluster' => env('PUSHER_APP_CLUSTER', 'eu'),
                'useTLS' => true,
            ],
        ],

        'log' => [
            'driver' => 'log',
        ],

        'null' => [
            'driver' => 'null',
        ],

    ],

];
""", pub=hexs(20), key=_k), _k, "https://pusher.com/docs/channels/server_api/http-api/#authentication")

_k = hexs(32)
add("javascript/algolia-admin-key", "scripts/index-member-directory.mjs", fill("""
// Rebuilds the member directory search index (opt-in profiles only). Run after the nightly sync.
import algoliasearch from "algoliasearch";
import { readFile } from "node:fs/promises";

const client = algoliasearch("⟪appid⟫", "⟪key⟫");
const index = client.initIndex("member_directory_prod");

const profiles = JSON.parse(await readFile(process.argv[2] ?? "profiles.json", "utf8"));
const records = profiles
  .filter((p) => p.directoryOptIn)
  .map((p) => ({
    objectID: p.id,
    name: p.displayName,
    company: p.company,
    skills: p.skills,
    site: p.site,
  }));

await index.replaceAllObjects(records, { safe: true });
await index.setSettings({ searchableAttributes: ["name", "company", "skills"], attributesForFaceting: ["site"] });
console.log(`indexed ${records.length} profiles`);
""", appid=chars(10, UPPER_ALNUM), key=_k), _k, "https://www.algolia.com/doc/guides/security/api-keys/")

_k = "sk." + b64url(json.dumps({"u": "northlight-spaces", "a": chars(25, LOWER_ALNUM)}, separators=(",", ":")).encode()) + "." + chars(22, URLSAFE)
add("shell/mapbox-secret-token", "maps/upload-floorplans.sh", fill("""
#!/usr/bin/env bash
# Uploads the GeoJSON floor plans as Mapbox tilesets for the "find a desk" map.
set -euo pipefail

export MAPBOX_ACCESS_TOKEN="⟪key⟫"
USER=northlight-spaces

for site in leeds-wharf sheffield-works; do
  for floor in floorplans/${site}/*.geojson; do
    level=$(basename "$floor" .geojson)
    tilesets upload-source --replace "$USER" "${site}-${level}" "$floor"
    tilesets create "$USER.${site}-${level}" --recipe "recipes/floor.json" --name "${site} ${level}" || true
    tilesets publish "$USER.${site}-${level}"
  done
done
echo "done"
""", key=_k), _k, "https://docs.mapbox.com/help/dive-deeper/access-tokens/")

_k = b64("tok:" + uuid_s().replace("-", "_") + ":1:0")
add("python/intercom-access-token", "support/intercom_tags.py", fill("""
\"\"\"Tag Intercom contacts with their site and plan so the community team can filter.\"\"\"
import requests

INTERCOM_TOKEN = "⟪key⟫"
HEADERS = {
    "Authorization": f"Bearer {INTERCOM_TOKEN}",
    "Accept": "application/json",
    "Intercom-Version": "2.10",
}


def tag_contact(contact_id: str, tag_name: str) -> None:
    tag = requests.post("https://api.intercom.io/tags", json={"name": tag_name}, headers=HEADERS, timeout=15).json()
    requests.post(
        f"https://api.intercom.io/contacts/{contact_id}/tags",
        json={"id": tag["id"]},
        headers=HEADERS,
        timeout=15,
    ).raise_for_status()


if __name__ == "__main__":
    import csv
    import sys

    for row in csv.DictReader(open(sys.argv[1])):
        tag_contact(row["intercom_id"], f"site:{row['site']}")
        tag_contact(row["intercom_id"], f"plan:{row['plan']}")
""", key=_k), _k, "https://developers.intercom.com/docs/build-an-integration/learn-more/authentication")

_k = "pat-eu1-" + uuid_s()
add("javascript/hubspot-private-app-token", "automations/tour-booked-to-hubspot.js", fill("""
// n8n Code node: "Tour booked" (Calendly) -> HubSpot deal in the Sales pipeline.
const HUBSPOT_TOKEN = "⟪key⟫";

const lead = $input.first().json;
const headers = { Authorization: `Bearer ${HUBSPOT_TOKEN}`, "Content-Type": "application/json" };

const contact = await this.helpers.httpRequest({
  method: "POST",
  url: "https://api.hubapi.com/crm/v3/objects/contacts",
  headers,
  body: { properties: { email: lead.email, firstname: lead.first_name, lastname: lead.last_name, company: lead.company } },
  json: true,
}).catch(() => null);

const deal = await this.helpers.httpRequest({
  method: "POST",
  url: "https://api.hubapi.com/crm/v3/objects/deals",
  headers,
  body: {
    properties: { dealname: `Tour - ${lead.company || lead.email}`, pipeline: "default", dealstage: "appointmentscheduled" },
  },
  json: true,
});

return [{ json: { contactId: contact?.id ?? null, dealId: deal.id } }];
""", key=_k), _k, "https://developers.hubspot.com/docs/api/private-apps")

_k = mailchimp_key()
add("notebook/mailchimp-api-key", "analysis/newsletter_engagement.ipynb", fill("""
{
 "cells": [
  {
   "cell_type": "markdown",
   "metadata": {},
   "source": [
    "# Newsletter engagement by membership type\\n",
    "Q1 review for the community team."
   ]
  },
  {
   "cell_type": "code",
   "execution_count": 1,
   "metadata": {},
   "outputs": [],
   "source": [
    "import pandas as pd\\n",
    "from mailchimp_marketing import Client\\n",
    "\\n",
    "mc = Client()\\n",
    "mc.set_config({\\"api_key\\": \\"⟪key⟫\\", \\"server\\": \\"us21\\"})\\n",
    "LIST_ID = \\"b8e4c1d9f2\\""
   ]
  },
  {
   "cell_type": "code",
   "execution_count": 2,
   "metadata": {},
   "outputs": [],
   "source": [
    "camps = mc.campaigns.list(count=50, since_send_time=\\"2024-01-01\\")[\\"campaigns\\"]\\n",
    "df = pd.DataFrame([{\\"id\\": c[\\"id\\"], \\"subject\\": c[\\"settings\\"][\\"subject_line\\"],\\n",
    "                    \\"opens\\": c[\\"report_summary\\"][\\"open_rate\\"]} for c in camps])\\n",
    "df.sort_values(\\"opens\\", ascending=False).head(10)"
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
""", key=_k), _k, "https://mailchimp.com/developer/marketing/guides/quick-start/")

_k = gen_pw(20, "!@#")
add("gradle/keystore-password", "android/app/build.gradle", fill("""
plugins {
    id 'com.android.application'
    id 'org.jetbrains.kotlin.android'
    id 'com.google.gms.google-services'
}

android {
    namespace 'work.brickyard.members'
    compileSdk 34

    defaultConfig {
        applicationId "work.brickyard.members"
        minSdk 26
        targetSdk 34
        versionCode 412
        versionName "4.12.0"
    }

    signingConfigs {
        release {
            storeFile file("../keystore/brickyard-release.jks")
            storePassword "⟪pw⟫"
            keyAlias "brickyard-members"
            keyPassword "⟪pw⟫"
        }
    }

    buildTypes {
        release {
            minifyEnabled true
            proguardFiles getDefaultProguardFile('proguard-android-optimize.txt'), 'proguard-rules.pro'
            signingConfig signingConfigs.release
        }
    }
}

dependencies {
    implementation 'androidx.core:core-ktx:1.13.1'
    implementation 'com.brivo.sdk:brivo-onair:2.6.0'
}
""", pw=_k), _k, "https://developer.android.com/studio/publish/app-signing#secure-shared-keystore")

_k = hexs(64)
add("yaml/discourse-api-key", "community/forum-sync/settings.yml", fill("""
# Member forum (Discourse) <- Nexudus membership sync
discourse:
  url: https://forum.foundrycollective.ie
  api_username: system
  api_key: ⟪key⟫
  groups:
    members: foundry-members
    alumni: foundry-alumni
nexudus:
  business_id: 1414988210
  credentials: env:NEXUDUS_USER,NEXUDUS_PASS
schedule: "*/20 * * * *"
suspend_after_days: 30
""", key=_k), _k, "https://meta.discourse.org/t/discourse-rest-api-documentation/22706")

add("javascript/decoy-public-key", "apps/lobby-board/src/realtime.js", fill("""
// Lobby board listens for room-availability changes. The Pusher app key is public (it ships
// in the browser bundle); the secret lives only on the Laravel server.
import Echo from "laravel-echo";
import Pusher from "pusher-js";

window.Pusher = Pusher;

export const echo = new Echo({
  broadcaster: "pusher",
  key: "⟪pub⟫",
  cluster: "eu",
  forceTLS: true,
  authEndpoint: "/broadcasting/auth",
});

export function onRoomChange(site, cb) {
  echo.channel(`rooms.${site}`).listen(".RoomStatusChanged", (e) => cb(e.room, e.status));
}
""", pub=hexs(20)), None, "https://pusher.com/docs/channels/using_channels/connection/")

add("javascript/decoy-search-key", "apps/community/src/directory/search.js", fill("""
import algoliasearch from "algoliasearch/lite";
import instantsearch from "instantsearch.js";
import { searchBox, hits, refinementList } from "instantsearch.js/es/widgets";

// Search-only key, restricted by referrer to *.northlight-spaces.com - meant for browsers.
const searchClient = algoliasearch("⟪appid⟫", "⟪key⟫");

const search = instantsearch({ indexName: "member_directory_prod", searchClient });
search.addWidgets([
  searchBox({ container: "#q", placeholder: "Search members, companies, skills" }),
  refinementList({ container: "#sites", attribute: "site" }),
  hits({ container: "#hits", templates: { item: (h, { html }) => html`<b>${h.name}</b> - ${h.company}` } }),
]);
search.start();
""", appid=chars(10, UPPER_ALNUM), key=hexs(32)), None, "https://www.algolia.com/doc/guides/security/api-keys/#search-only-api-key")

_pk = "pk." + b64url(json.dumps({"u": "northlight-spaces", "a": chars(25, LOWER_ALNUM)}, separators=(",", ":")).encode()) + "." + chars(22, URLSAFE)
add("javascript/decoy-map-token", "apps/community/src/map/FloorMap.jsx", fill("""
import { useEffect, useRef } from "react";
import mapboxgl from "mapbox-gl";

// Public token (pk.*), URL-restricted to members.northlight-spaces.com in the Mapbox account.
mapboxgl.accessToken = "⟪pk⟫";

export default function FloorMap({ site, level }) {
  const ref = useRef(null);
  useEffect(() => {
    const map = new mapboxgl.Map({
      container: ref.current,
      style: `mapbox://styles/northlight-spaces/${site}-${level}`,
      center: [-1.5386, 53.7935],
      zoom: 19,
    });
    return () => map.remove();
  }, [site, level]);
  return <div ref={ref} className="floor-map" />;
}
""", pk=_pk), None, "https://docs.mapbox.com/help/dive-deeper/access-tokens/#public-tokens")

add("html/decoy-site-key", "site/templates/tour-request.html", fill("""
<form method="post" action="/tour-request" class="tour-form">
  <label>Name <input name="name" required></label>
  <label>Email <input type="email" name="email" required></label>
  <label>Team size
    <select name="team_size"><option>1</option><option>2-5</option><option>6-15</option><option>16+</option></select>
  </label>
  <label>Preferred site
    <select name="site"><option>Canalside</option><option>Foundry</option></select>
  </label>
  <!-- Cloudflare Turnstile: the site key is public; the secret key is verified server-side -->
  <div class="cf-turnstile" data-sitekey="0x4AAAAAAA⟪sk⟫" data-theme="light"></div>
  <button type="submit">Book a tour</button>
</form>
<script src="https://challenges.cloudflare.com/turnstile/v0/api.js" async defer></script>
""", sk=chars(14, URLSAFE)), None, "https://developers.cloudflare.com/turnstile/get-started/")

_vapid = b64url(b"\x04" + raw_bytes(64))
add("javascript/decoy-vapid-public-key", "apps/community/public/sw-register.js", fill("""
// Web push for the community PWA. This is the VAPID *public* key; the private key is
// only on the push server.
const VAPID_PUBLIC_KEY = "⟪v⟫";

function urlBase64ToUint8Array(base64String) {
  const padding = "=".repeat((4 - (base64String.length % 4)) % 4);
  const base64 = (base64String + padding).replace(/-/g, "+").replace(/_/g, "/");
  return Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
}

export async function subscribe() {
  const reg = await navigator.serviceWorker.register("/sw.js");
  const sub = await reg.pushManager.subscribe({
    userVisibleOnly: true,
    applicationServerKey: urlBase64ToUint8Array(VAPID_PUBLIC_KEY),
  });
  await fetch("/api/push/subscriptions", { method: "POST", body: JSON.stringify(sub), headers: { "Content-Type": "application/json" } });
}
""", v=_vapid), None, "https://datatracker.ietf.org/doc/html/rfc8292")

add("html/decoy-app-id", "site/templates/partials/widgets.html", fill("""
<!-- Intercom messenger + OneSignal web push. Both ids are public and identify the workspace/app. -->
<script>
  window.intercomSettings = {
    api_base: "https://api-iam.eu.intercom.io",
    app_id: "⟪ic⟫",
    user_id: "{{ member.uuid }}",
    user_hash: "{{ member.intercom_hash }}"
  };
</script>
<script src="https://widget.intercom.io/widget/⟪ic⟫" async></script>
<script src="https://cdn.onesignal.com/sdks/web/v16/OneSignalSDK.page.js" defer></script>
<script>
  window.OneSignalDeferred = window.OneSignalDeferred || [];
  OneSignalDeferred.push(async function (OneSignal) {
    await OneSignal.init({ appId: "⟪os⟫" });
  });
</script>
""", ic=chars(8, LOWER_ALNUM), os=uuid_s()), None, "https://developers.intercom.com/installing-intercom/web/installation")

add("swift/decoy-keychain", "MemberApp/Sources/Auth/TokenStore.swift", """
import Foundation
import Security

/// Stores the member session token in the Keychain; nothing is hard-coded.
enum TokenStore {
    private static let service = "work.brickyard.members.session"

    static func save(_ token: String, account: String) {
        let data = Data(token.utf8)
        let query: [String: Any] = [
            kSecClass as String: kSecClassGenericPassword,
            kSecAttrService as String: service,
            kSecAttrAccount as String: account,
        ]
        SecItemDelete(query as CFDictionary)
        var add = query
        add[kSecValueData as String] = data
        add[kSecAttrAccessible as String] = kSecAttrAccessibleAfterFirstUnlockThisDeviceOnly
        SecItemAdd(add as CFDictionary, nil)
    }

    static func load(account: String) -> String? {
        let query: [String: Any] = [
            kSecClass as String: kSecClassGenericPassword,
            kSecAttrService as String: service,
            kSecAttrAccount as String: account,
            kSecReturnData as String: true,
            kSecMatchLimit as String: kSecMatchLimitOne,
        ]
        var out: AnyObject?
        guard SecItemCopyMatching(query as CFDictionary, &out) == errSecSuccess, let data = out as? Data else { return nil }
        return String(data: data, encoding: .utf8)
    }
}
"""[1:], None, "https://developer.apple.com/documentation/security/keychain_services")

add("gradle/decoy-property-lookup", "android/app/signing.gradle", """
// Release signing: values come from ~/.gradle/gradle.properties on the build machine or from
// CI environment variables. Never put the passwords in this file.
def signingProp = { String name ->
    project.findProperty(name) ?: System.getenv(name.toUpperCase().replace('.', '_'))
}

android {
    signingConfigs {
        release {
            storeFile file(signingProp('brickyard.keystore.path') ?: 'missing.jks')
            storePassword signingProp('brickyard.keystore.password')
            keyAlias 'brickyard-members'
            keyPassword signingProp('brickyard.key.password')
        }
    }
}
"""[1:], None, "https://developer.android.com/studio/publish/app-signing#secure-shared-keystore")

add("json/decoy-fake-token", "community-bot/tests/fixtures/slack_event.json", """
{
  "token": "not-a-real-verification-token",
  "team_id": "T00000TEST",
  "api_app_id": "A00000TEST",
  "event": {
    "type": "team_join",
    "user": { "id": "U00000NEW1", "name": "new.member", "tz": "Europe/London" },
    "event_ts": "1714978802.000100"
  },
  "type": "event_callback",
  "authorizations": [{ "team_id": "T00000TEST", "user_id": "U00000BOT1", "is_bot": true }],
  "event_id": "Ev00000TEST",
  "event_time": 1714978802
}
"""[1:], None, "https://api.slack.com/apis/connections/events-api#callback-field")


# =====================================================================================================
# Building management and sensors
# =====================================================================================================

_k = jwt({"iss": hexs(32), "iat": 1706700000, "exp": 2022060000})
add("yaml/home-assistant-token", "building/homeassistant/secrets.yaml", fill("""
# Home Assistant secrets - plant room HA (Canalside). Referenced with !secret in configuration.yaml
home_latitude: 53.4794
home_longitude: -2.2453
home_elevation: 38
external_url: https://ha.canalside.studio

# long-lived token of the "bms-bridge" user on the Foundry site's HA (remote sensors)
foundry_ha_token: ⟪key⟫

unifi_host: 10.20.0.10
meter_poll_seconds: 30
""", key=_k), _k, "https://developers.home-assistant.io/docs/auth_api/#long-lived-access-token")

_k = base64.b64encode(raw_bytes(32)).decode()
add("yaml/esphome-api-encryption-key", "building/esphome/meeting-room-3-occupancy.yaml", fill("""
esphome:
  name: mr3-occupancy
  friendly_name: Meeting room 3 occupancy

esp32:
  board: esp32-c3-devkitm-1

logger:

api:
  encryption:
    key: "⟪key⟫"

ota:
  - platform: esphome
    password: !secret ota_password

wifi:
  ssid: !secret iot_ssid
  password: !secret iot_password

binary_sensor:
  - platform: ld2410
    has_target:
      name: Presence
    has_still_target:
      name: Still presence

sensor:
  - platform: scd4x
    co2:
      name: CO2
    temperature:
      name: Temperature
    humidity:
      name: Humidity
    update_interval: 60s

uart:
  tx_pin: GPIO21
  rx_pin: GPIO20
  baud_rate: 256000

ld2410:
""", key=_k), _k, "https://esphome.io/components/api.html#configuration-variables")

_k = gen_pw(24)
add("conf/mosquitto-bridge-password", "building/mqtt/mosquitto.conf", fill("""
# Site broker (Foundry) - bridges sensor topics up to the central BMS broker.
listener 1883 127.0.0.1
listener 8883
certfile /mosquitto/certs/server.crt
keyfile /mosquitto/certs/server.key
password_file /mosquitto/config/passwd
allow_anonymous false
persistence true
persistence_location /mosquitto/data/

connection central-bms
address mqtt.bms.foundrycollective.ie:8883
bridge_cafile /etc/ssl/certs/ca-certificates.crt
remote_clientid foundry-dublin-bridge
remote_username foundry-dublin
remote_password ⟪pw⟫
topic sensors/# out 1 "" foundry/dublin/
topic hvac/setpoints/# in 1 "" foundry/dublin/
cleansession false
""", pw=_k), _k, "https://mosquitto.org/man/mosquitto-conf-5.html")

_k = gen_pw(32)
add("javascript/node-red-credential-secret", "building/node-red/settings.js", fill("""
// Node-RED settings for the BMS flows (meeting-room HVAC on booking, lights off at 20:00).
module.exports = {
    flowFile: "flows.json",
    flowFilePretty: true,

    // Encrypts flows_cred.json (Metasys, Robin and MQTT credentials used by the flows).
    credentialSecret: "⟪key⟫",

    uiPort: process.env.PORT || 1880,
    httpAdminRoot: "/admin",
    adminAuth: {
        type: "credentials",
        users: [{
            username: "bms",
            password: "⟪hash⟫",
            permissions: "*",
        }],
    },

    logging: { console: { level: "info", metrics: false, audit: false } },
    contextStorage: { default: { module: "localfilesystem" } },
    editorTheme: { projects: { enabled: false } },
};
""", key=_k, hash=bcrypt_hash()), _k, "https://nodered.org/docs/user-guide/runtime/configuration")

_k = chars(86, URLSAFE) + "=="
add("toml/influxdb-token", "building/telegraf/telegraf.conf", fill("""
[agent]
  interval = "30s"
  round_interval = true
  flush_interval = "30s"
  hostname = "bms-gw-quayside"

[[outputs.influxdb_v2]]
  urls = ["https://influx.quaysidehub.io"]
  token = "⟪key⟫"
  organization = "quayside"
  bucket = "building"

[[inputs.mqtt_consumer]]
  servers = ["tcp://127.0.0.1:1883"]
  topics = ["sensors/+/+/co2", "sensors/+/+/temperature", "sensors/+/+/occupancy"]
  data_format = "value"
  data_type = "float"
  topic_tag = "topic"

[[inputs.modbus]]
  name = "main_meter"
  slave_id = 1
  timeout = "2s"
  controller = "tcp://10.60.0.21:502"
  holding_registers = [
    { name = "kw_total", byte_order = "ABCD", data_type = "FLOAT32-IEEE", scale = 1.0, address = [52, 53] },
  ]
""", key=_k), _k, "https://docs.influxdata.com/influxdb/v2/admin/tokens/")

_k = "glsa_" + chars(32) + "_" + hexs(8)
add("shell/grafana-service-account-token", "building/grafana/provision-dashboards.sh", fill("""
#!/bin/sh
# Pushes the building dashboards to Grafana Cloud. Used by the facilities team after edits.
set -eu

GRAFANA_URL="https://quaysidehub.grafana.net"
GRAFANA_TOKEN="⟪key⟫"
FOLDER_UID="bms"

for f in dashboards/*.json; do
  echo "uploading $f"
  jq -n --slurpfile d "$f" --arg folder "$FOLDER_UID" \\
    '{dashboard: $d[0], folderUid: $folder, overwrite: true, message: "provisioned from git"}' |
  curl -fsS -X POST "$GRAFANA_URL/api/dashboards/db" \\
    -H "Authorization: Bearer $GRAFANA_TOKEN" \\
    -H "Content-Type: application/json" \\
    --data-binary @- >/dev/null
done
""", key=_k), _k, "https://grafana.com/docs/grafana/latest/administration/service-accounts/")

_k = words_pw()
add("python/metasys-password", "building/metasys/room_setpoints.py", fill("""
\"\"\"Pre-heat/cool meeting rooms 20 minutes before a booking (Metasys REST API v4).\"\"\"
import requests
import urllib3

urllib3.disable_warnings()

METASYS = "https://adx-01.brickyard.local/api/v4"
USERNAME = "api-bookings"
PASSWORD = "⟪pw⟫"


def session() -> requests.Session:
    s = requests.Session()
    s.verify = False
    r = s.post(f"{METASYS}/login", json={"username": USERNAME, "password": PASSWORD}, timeout=15)
    r.raise_for_status()
    s.headers["Authorization"] = f"Bearer {r.json()['accessToken']}"
    return s


def set_occupied(s: requests.Session, object_id: str, occupied: bool) -> None:
    body = {"commandId": "adjustCommand", "parameters": [1 if occupied else 0]}
    s.put(f"{METASYS}/objects/{object_id}/commands/adjustCommand", json=body, timeout=15).raise_for_status()


if __name__ == "__main__":
    import sys

    with session() as s:
        set_occupied(s, sys.argv[1], sys.argv[2] == "on")
""", pw=_k), _k, "https://docs.johnsoncontrols.com/bas/r/Metasys/en-US/Metasys-REST-API-Developer-Guide")

_k = theme_pw()
add("markdown/niagara-basic-auth", "docs/building/niagara-runbook.md", fill("""
# Niagara (JACE-8000) runbook - Foundry, Dublin

The JACE in plant room B1 runs the AHUs, FCUs and lighting. We read points over oBIX.

## Read a point
```sh
curl -sk -u 'obix-reader:⟪pw⟫' \\
  https://10.60.0.5/obix/config/Drivers/BacnetNetwork/AHU1/points/SupplyAirTemp/
```

## Put a meeting-room FCU into occupied mode
```sh
curl -sk -u 'obix-reader:⟪pw⟫' -X POST \\
  -H 'Content-Type: text/xml' \\
  --data '<bool val="true"/>' \\
  https://10.60.0.5/obix/config/Drivers/BacnetNetwork/FCU_MR2/points/OccOverride/set/
```

## When the JACE is unreachable
1. Check the B1 switch port (sw-access-02 Gi1/0/47) is up.
2. Power-cycle the JACE only with the building manager's OK (AHU1 restarts take 10 minutes).
""", pw=_k), _k, "https://docs.niagara-community.com/")

_k = gen_pw(14, "!$")
add("ini/bms-gateway-password", "building/gateway/modbus-bacnet.ini", fill("""
; Modbus -> BACnet/IP gateway in the riser cupboard (3rd floor)
[device]
name = GW-3F-RISER
bacnet_device_id = 3001
bacnet_port = 47808
timezone = Europe/Amsterdam

[web]
enabled = true
port = 443
admin_user = admin
admin_password = ⟪pw⟫

[modbus]
port = /dev/ttyS1
baud = 9600
parity = N
poll_ms = 2000

[map]
1:40001 = AV:1 ; supply temperature
1:40003 = AV:2 ; return temperature
2:30001 = AI:10 ; floor meter kW
""", pw=_k), _k, "https://www.bacnetinternational.org/")

_k = hexs(40)
add("javascript/particle-access-token", "building/particle/door-sensors.js", fill("""
// Particle Boron door-contact sensors on the fire exits. Subscribes to the event stream and
// alerts facilities if a fire exit stays open for more than two minutes.
const Particle = require("particle-api-js");

const particle = new Particle();
const token = "⟪key⟫";
const openSince = new Map();

particle.getEventStream({ deviceId: "mine", name: "door", auth: token }).then((stream) => {
  stream.on("event", (e) => {
    const { device: deviceId, data } = { device: e.coreid, data: e.data };
    if (data === "open") openSince.set(deviceId, Date.now());
    else openSince.delete(deviceId);
  });
});

setInterval(() => {
  for (const [deviceId, since] of openSince) {
    if (Date.now() - since > 120000) {
      console.log(`ALERT fire exit ${deviceId} open for ${Math.round((Date.now() - since) / 1000)}s`);
    }
  }
}, 15000);
""", key=_k), _k, "https://docs.particle.io/reference/cloud-apis/access-tokens/")

_kid = chars(20, LOWER_ALNUM)
_k = hexs(32)
add("python/disruptive-service-account", "building/dt/desk_occupancy.py", fill("""
\"\"\"Desk occupancy from Disruptive Technologies proximity sensors (one under every hot desk).\"\"\"
import disruptive as dt

dt.default_auth = dt.Auth.service_account(
    key_id="⟪kid⟫",
    secret="⟪key⟫",
    email="⟪kid⟫@c1ra3ngo0vs0008dq8g0.serviceaccount.d21s.com",
)

PROJECT_ID = "c1ra4qlpl7o000e4jhg0"


def occupied_desks() -> list[str]:
    devices = dt.Device.list_devices(PROJECT_ID, device_types=[dt.Device.PROXIMITY])
    return [d.labels.get("desk", d.device_id) for d in devices
            if d.reported.object_present and d.reported.object_present.state == "PRESENT"]


if __name__ == "__main__":
    desks = occupied_desks()
    print(f"{len(desks)} desks occupied: {', '.join(sorted(desks))}")
""", kid=_kid, key=_k), _k, "https://developer.disruptive-technologies.com/docs/authentication/service-accounts")

_k = chars(48)
add("k8s/density-token-in-configmap", "deploy/k8s/occupancy/configmap.yaml", fill("""
apiVersion: v1
kind: ConfigMap
metadata:
  name: occupancy-exporter
  namespace: building
data:
  DENSITY_API_URL: https://api.density.io/v2
  DENSITY_API_TOKEN: ⟪key⟫
  SPACES: |
    spc_1183920433291 Level 1 cafe
    spc_1183920433297 Level 2 open desks
    spc_1183920433302 Level 3 open desks
  SCRAPE_INTERVAL: 60s
""", key=_k), _k, "https://docs.density.io/")

_r = _rng()
_m7 = ["$7$101$" + "".join(_r.choice(B64) for _ in range(16)) + "$" + "".join(_r.choice(B64) for _ in range(86)) + "==" for _ in range(4)]
add("passwd/decoy-hashed-mosquitto", "building/mqtt/passwd", fill("""
esp-mr1:⟪a⟫
esp-mr2:⟪b⟫
telegraf:⟪c⟫
node-red:⟪d⟫
""", a=_m7[0], b=_m7[1], c=_m7[2], d=_m7[3]) + "# generated with mosquitto_passwd -U; plain values are in 1Password (BMS vault)\n",
    None, "https://mosquitto.org/man/mosquitto_passwd-1.html")

add("yaml/decoy-secret-reference", "building/homeassistant/configuration.yaml", """
homeassistant:
  name: Canalside plant room
  latitude: !secret home_latitude
  longitude: !secret home_longitude
  elevation: !secret home_elevation
  external_url: !secret external_url
  unit_system: metric
  time_zone: Europe/London

http:
  use_x_forwarded_for: true
  trusted_proxies: [10.20.0.0/24]

rest:
  - resource: https://ha.foundrycollective.ie/api/states/sensor.foundry_co2_level_2
    headers:
      Authorization: !secret foundry_ha_token
    scan_interval: 60
    sensor:
      - name: Foundry L2 CO2
        value_template: "{{ value_json.state }}"
        unit_of_measurement: ppm

mqtt:
  sensor:
    - name: Meeting room 3 CO2
      state_topic: sensors/canalside/mr3/co2
      unit_of_measurement: ppm
"""[1:], None, "https://www.home-assistant.io/docs/configuration/secrets/")

add("yaml/decoy-secret-reference", "building/esphome/phone-booth-2.yaml", """
esphome:
  name: booth2-occupancy
  friendly_name: Phone booth 2

esp32:
  board: esp32-c3-devkitm-1

api:
  encryption:
    key: !secret booth_api_key

ota:
  - platform: esphome
    password: !secret ota_password

wifi:
  ssid: !secret iot_ssid
  password: !secret iot_password
  ap:
    ssid: booth2-fallback
    password: !secret fallback_ap_password

binary_sensor:
  - platform: gpio
    pin: GPIO4
    name: Door closed
    device_class: door
"""[1:], None, "https://esphome.io/guides/faq.html#tips-for-using-esphome")

add("csv/decoy-bacnet-points", "building/points/ahu1_points.csv", """
device_instance,object_type,object_instance,object_name,units,writable
300101,analog-input,1,AHU1_SupplyAirTemp,degrees-celsius,false
300101,analog-input,2,AHU1_ReturnAirTemp,degrees-celsius,false
300101,analog-value,10,AHU1_SupplySetpoint,degrees-celsius,true
300101,binary-output,1,AHU1_SupplyFanCmd,,true
300101,binary-input,3,AHU1_FilterAlarm,,false
300101,multi-state-value,1,AHU1_OccMode,,true
"""[1:], None, "https://www.ashrae.org/technical-resources/bookstore/bacnet")

add("json/decoy-dashboard-uids", "building/grafana/dashboards/air-quality.json", fill("""
{
  "uid": "bms-air-quality",
  "title": "Air quality by room",
  "tags": ["bms", "iaq"],
  "timezone": "browser",
  "schemaVersion": 39,
  "panels": [
    {
      "id": 1,
      "type": "timeseries",
      "title": "CO2 (ppm)",
      "datasource": { "type": "influxdb", "uid": "⟪ds⟫" },
      "targets": [
        {
          "refId": "A",
          "query": "from(bucket: \\"building\\") |> range(start: v.timeRange.start) |> filter(fn: (r) => r._measurement == \\"co2\\")"
        }
      ]
    }
  ],
  "version": 14,
  "id": null
}
""", ds=chars(14, LOWER_ALNUM)), None, "https://grafana.com/docs/grafana/latest/dashboards/build-dashboards/view-dashboard-json-model/")

add("yaml/decoy-modbus-map", "building/meters/modbus_map.yaml", """
# Register map for the Eastron SDM630 sub-meters (one per tenant office on level 2)
meters:
  - name: office-2a
    unit_id: 11
  - name: office-2b
    unit_id: 12
registers:
  voltage_l1: { address: 0x0000, type: float32, unit: V }
  current_l1: { address: 0x0006, type: float32, unit: A }
  total_power: { address: 0x0034, type: float32, unit: W }
  import_kwh: { address: 0x0048, type: float32, unit: kWh }
password_protected_registers: false  # the SDM630 front-panel password is not readable over Modbus
"""[1:], None, "https://www.eastroneurope.com/products/view/sdm630modbus")


# =====================================================================================================
# Platform: cloud, CI, databases and app secrets
# =====================================================================================================

_id, _k = fakes.aws_key_id(_seed()), fakes.aws_secret_key(_seed())
add("shell/aws-secret-access-key", "ops/deploy-kiosk-assets.sh", fill("""
#!/usr/bin/env bash
# Syncs the lobby kiosk build to S3 and invalidates CloudFront. Run from the ops laptop.
set -euo pipefail

export AWS_ACCESS_KEY_ID=⟪id⟫
export AWS_SECRET_ACCESS_KEY=⟪key⟫
export AWS_DEFAULT_REGION=eu-west-1

BUCKET=foundry-kiosk-assets
DISTRIBUTION=E2Q7XK4M9PL3TR

npm --prefix kiosk run build
aws s3 sync kiosk/dist "s3://${BUCKET}/" --delete --cache-control "max-age=300"
aws cloudfront create-invalidation --distribution-id "$DISTRIBUTION" --paths "/*"
echo "kiosk assets deployed"
""", id=_id, key=_k), _k, "https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-envvars.html")

_k = gen_pw(20)
add("compose/postgres-password", "deploy/docker-compose.prod.yml", fill("""
services:
  db:
    image: postgres:16-alpine
    restart: always
    environment:
      POSTGRES_DB: hive
      POSTGRES_USER: hive
      POSTGRES_PASSWORD: ⟪pw⟫
    volumes:
      - pgdata:/var/lib/postgresql/data
    healthcheck:
      test: ["CMD-SHELL", "pg_isready -U hive"]
      interval: 10s

  api:
    image: registry.hive.work/hive-api:2024.05.2
    restart: always
    depends_on:
      db:
        condition: service_healthy
    environment:
      DATABASE_URL: postgres://hive:⟪pw⟫@db:5432/hive
      RAILS_ENV: production
      RAILS_LOG_TO_STDOUT: "1"
    ports:
      - "127.0.0.1:3000:3000"

volumes:
  pgdata: {}
""", pw=_k), _k, "https://hub.docker.com/_/postgres")

_k = gen_pw(16)
add("javascript/mongodb-uri", "apps/community-api/src/db.js", fill("""
const mongoose = require("mongoose");

// Community app: events, noticeboard posts and RSVPs.
const MONGO_URI =
  process.env.MONGO_URI ||
  "mongodb+srv://community-api:⟪pw⟫@cluster0.x7fqd.mongodb.net/community?retryWrites=true&w=majority&appName=community-api";

async function connect() {
  mongoose.set("strictQuery", true);
  await mongoose.connect(MONGO_URI, { serverSelectionTimeoutMS: 8000 });
  console.log("mongo connected");
}

module.exports = { connect };
""", pw=_k), _k, "https://www.mongodb.com/docs/manual/reference/connection-string/")

_k = fakes.redis_password(_seed())
add("ruby/redis-url", "config/initializers/sidekiq.rb", fill("""
# frozen_string_literal: true

REDIS_URL = ENV.fetch("REDIS_URL", "rediss://default:⟪pw⟫@redis-hive-prod.c8u2fq.euw2.cache.amazonaws.com:6379/0")

Sidekiq.configure_server do |config|
  config.redis = { url: REDIS_URL, ssl_params: { verify_mode: OpenSSL::SSL::VERIFY_PEER } }
  config.on(:startup) do
    Sidekiq.schedule = YAML.load_file(Rails.root.join("config/schedule.yml"))
    SidekiqScheduler::Scheduler.instance.reload_schedule!
  end
end

Sidekiq.configure_client do |config|
  config.redis = { url: REDIS_URL, ssl_params: { verify_mode: OpenSSL::SSL::VERIFY_PEER } }
end
""", pw=_k), _k, "https://github.com/sidekiq/sidekiq/wiki/Using-Redis")

_k = gen_pw(22)
add("python/amqp-url", "worker/celeryconfig.py", fill("""
# Celery config for the booking worker (room reminders, no-show releases, invoice PDFs).
broker_url = "amqps://booking-worker:⟪pw⟫@rabbit.loftline.internal:5671/bookings"
result_backend = "rpc://"

task_serializer = "json"
accept_content = ["json"]
timezone = "Europe/Amsterdam"
enable_utc = True

task_routes = {
    "bookings.tasks.release_no_shows": {"queue": "fast"},
    "billing.tasks.render_invoice_pdf": {"queue": "pdf"},
}

beat_schedule = {
    "release-no-shows": {"task": "bookings.tasks.release_no_shows", "schedule": 60.0},
    "room-reminders": {"task": "bookings.tasks.send_reminders", "schedule": 300.0},
}
""", pw=_k), _k, "https://docs.celeryq.dev/en/stable/userguide/configuration.html#broker-url")

_k = gen_pw(20)
add("logstash/elastic-password", "logging/logstash/pipeline/door-events.conf", fill("""
input {
  http {
    port => 8085
    codec => json
    tags => ["door-events"]
  }
}

filter {
  date {
    match => ["timestamp", "ISO8601"]
  }
  mutate {
    remove_field => ["[headers]"]
  }
}

output {
  elasticsearch {
    hosts => ["https://es-01.brickyard.internal:9200"]
    index => "door-events-%{+YYYY.MM}"
    user => "logstash_writer"
    password => "⟪pw⟫"
    ssl_certificate_authorities => ["/usr/share/logstash/config/certs/ca.crt"]
  }
}
""", pw=_k), _k, "https://www.elastic.co/guide/en/logstash/current/plugins-outputs-elasticsearch.html")

_k = fakes.django_secret_key(_seed())
add("python/django-secret-key", "hub/settings/base.py", fill("""
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent.parent

SECRET_KEY = "⟪key⟫"

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "members",
    "bookings",
    "visitors",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
]

ROOT_URLCONF = "hub.urls"
LANGUAGE_CODE = "en-gb"
TIME_ZONE = "Europe/London"
USE_TZ = True
STATIC_URL = "static/"
""", key=_k), _k, "https://docs.djangoproject.com/en/5.0/ref/settings/#secret-key")

_k = hexs(128)
add("yaml/rails-secret-key-base", "config/secrets.yml", fill("""
# Be sure to restart your server when you modify this file.

development:
  secret_key_base: <%= ENV["SECRET_KEY_BASE"] || "dev-only-not-secret" %>

test:
  secret_key_base: <%= ENV["SECRET_KEY_BASE"] || "test-only-not-secret" %>

production:
  secret_key_base: ⟪key⟫
  cobot_client_id: hive-rails
""", key=_k), _k, "https://guides.rubyonrails.org/v5.1/security.html#custom-credentials")

_k = "base64:" + base64.b64encode(raw_bytes(32)).decode()
add("env/laravel-app-key", "booking-app/.env", fill("""
APP_NAME="Loftline Booking"
APP_ENV=production
APP_KEY=⟪key⟫
APP_DEBUG=false
APP_URL=https://boeken.loftline.nl

LOG_CHANNEL=stack
LOG_LEVEL=warning

DB_CONNECTION=mysql
DB_HOST=127.0.0.1
DB_PORT=3306
DB_DATABASE=booking
DB_USERNAME=booking

BROADCAST_DRIVER=pusher
CACHE_DRIVER=redis
QUEUE_CONNECTION=redis
SESSION_DRIVER=redis
SESSION_LIFETIME=120
""", key=_k), _k, "https://laravel.com/docs/11.x/encryption#configuration")

_k = google_client_secret()
add("typescript/google-client-secret", "apps/booking-web/src/auth.ts", fill("""
import NextAuth from "next-auth";
import Google from "next-auth/providers/google";

export const { handlers, auth, signIn, signOut } = NextAuth({
  secret: process.env.AUTH_SECRET,
  providers: [
    Google({
      clientId: "⟪cid⟫",
      clientSecret: "⟪key⟫",
      authorization: { params: { hd: "northlight-spaces.com", prompt: "select_account" } },
    }),
  ],
  callbacks: {
    async signIn({ profile }) {
      return profile?.email?.endsWith("@northlight-spaces.com") ?? false;
    },
  },
});
""", cid=google_client_id(), key=_k), _k, "https://authjs.dev/getting-started/providers/google")

_k = chars(32)
add("json/keycloak-client-secret", "identity/keycloak/realm-export/members-realm.json", fill("""
{
  "realm": "members",
  "enabled": true,
  "sslRequired": "external",
  "loginTheme": "quayside",
  "clients": [
    {
      "clientId": "member-portal",
      "name": "Member portal",
      "enabled": true,
      "protocol": "openid-connect",
      "publicClient": false,
      "clientAuthenticatorType": "client-secret",
      "secret": "⟪key⟫",
      "redirectUris": ["https://members.quaysidehub.io/*"],
      "webOrigins": ["https://members.quaysidehub.io"],
      "standardFlowEnabled": true,
      "serviceAccountsEnabled": false
    },
    {
      "clientId": "member-app",
      "enabled": true,
      "publicClient": true,
      "redirectUris": ["io.quaysidehub.app:/oauth2redirect"]
    }
  ]
}
""", key=_k), _k, "https://www.keycloak.org/server/importExport")

_k = "00" + chars(40, URLSAFE)
add("tfvars/okta-api-token", "identity/terraform/prod.auto.tfvars", fill("""
okta_org_name  = "northlight-spaces"
okta_base_url  = "okta.com"
okta_api_token = "⟪key⟫"

staff_groups = [
  "Community",
  "Facilities",
  "Finance",
  "Sales",
]

app_assignments = {
  nexudus = ["Community", "Finance"]
  kisi    = ["Facilities"]
  papercut = ["Facilities", "Community"]
}
""", key=_k), _k, "https://registry.terraform.io/providers/okta/okta/latest/docs")

_k = chars(64, URLSAFE)
add("python/auth0-client-secret", "member_api/auth/management.py", fill("""
\"\"\"Auth0 Management API client: blocks member logins when a membership is cancelled.\"\"\"
from auth0.authentication import GetToken
from auth0.management import Auth0

DOMAIN = "canalside.eu.auth0.com"
CLIENT_ID = "⟪cid⟫"
CLIENT_SECRET = "⟪key⟫"


def management() -> Auth0:
    token = GetToken(DOMAIN, CLIENT_ID, client_secret=CLIENT_SECRET).client_credentials(f"https://{DOMAIN}/api/v2/")
    return Auth0(DOMAIN, token["access_token"])


def block_member(email: str) -> int:
    mgmt = management()
    users = mgmt.users_by_email.search_users_by_email(email)
    for user in users:
        mgmt.users.update(user["user_id"], {"blocked": True})
    return len(users)
""", cid=chars(32), key=_k), _k, "https://auth0.com/docs/secure/tokens/access-tokens/management-api-access-tokens")

_k = openssh_pem()
add("ansible/openssh-private-key", "ansible/group_vars/door_controllers.yml", fill("""
---
# Raspberry Pi door controllers (one per site). Jump host: bastion.brickyard.work
ansible_user: doorctl
ansible_ssh_common_args: "-o ProxyJump=ops@bastion.brickyard.work"
doorctl_version: "3.4.1"
doorctl_relay_pulse_ms: 3000

# deploy key for pulling doorctl from the private repo
doorctl_deploy_key: |
⟪key⟫

doorctl_sites:
  - shoreditch
  - hackney
""", key="\n".join("  " + line for line in _k.splitlines())), _k,
    "https://docs.ansible.com/ansible/latest/reference_appendices/YAMLSyntax.html#yaml-basics")

_k = rsa_pem(24)
add("pem/saml-signing-key", "identity/simplesamlphp/cert/saml-sp.pem", _k + "\n", _k,
    "https://simplesamlphp.org/docs/stable/simplesamlphp-sp.html")

_k = wg_key()
add("conf/wireguard-private-key", "network/wireguard/wg-bms.conf", fill("""
# Site-to-site tunnel: Canalside plant room <-> central BMS (Azure VM)
[Interface]
Address = 10.250.0.2/30
ListenPort = 51820
PrivateKey = ⟪key⟫
MTU = 1380

[Peer]
# bms-hub-01
PublicKey = ⟪pub⟫
AllowedIPs = 10.250.0.0/24, 10.60.0.0/16
Endpoint = bms-hub.canalside.studio:51820
PersistentKeepalive = 25
""", key=_k, pub=wg_key()), _k, "https://man7.org/linux/man-pages/man8/wg.8.html")

_k = "tskey-auth-k" + chars(10) + "CNTRL-" + chars(33)
add("yaml/tailscale-auth-key", "infra/cloud-init/door-bridge.yaml", fill("""
#cloud-config
hostname: door-bridge-01
timezone: Europe/London
package_update: true
packages:
  - curl
  - docker.io

runcmd:
  - curl -fsSL https://tailscale.com/install.sh | sh
  - tailscale up --authkey=⟪key⟫ --hostname=door-bridge-01 --advertise-tags=tag:doors --ssh
  - systemctl enable --now docker
  - docker run -d --restart=always --name door-bridge -p 127.0.0.1:8080:8080 ghcr.io/brickyard/door-bridge:3.4
""", key=_k), _k, "https://tailscale.com/kb/1085/auth-keys")

_k = "2" + chars(26) + "_" + chars(21)
add("yaml/ngrok-authtoken", "kiosk/dev/ngrok.yml", fill("""
version: "2"
authtoken: ⟪key⟫
region: eu
tunnels:
  kiosk:
    proto: http
    addr: 8080
    domain: foundry-kiosk-dev.ngrok.app
    inspect: true
  envoy-webhooks:
    proto: http
    addr: 5055
""", key=_k), _k, "https://ngrok.com/docs/agent/config/")

_k = b64(json.dumps({"a": hexs(32), "t": uuid_s(), "s": base64.b64encode(raw_bytes(32)).decode()}, separators=(",", ":")))
add("compose/cloudflare-tunnel-token", "building/ha-stack/docker-compose.yml", fill("""
services:
  homeassistant:
    image: ghcr.io/home-assistant/home-assistant:2024.5
    restart: unless-stopped
    network_mode: host
    volumes:
      - ./ha-config:/config
      - /etc/localtime:/etc/localtime:ro

  cloudflared:
    image: cloudflare/cloudflared:2024.4.1
    restart: unless-stopped
    command: tunnel --no-autoupdate run
    environment:
      TUNNEL_TOKEN: ⟪key⟫
    network_mode: host
""", key=_k), _k, "https://developers.cloudflare.com/cloudflare-one/connections/connect-networks/configure-tunnels/remote-tunnel-permissions/")

_k = "dop_v1_" + hexs(64)
add("github-actions/digitalocean-token", ".github/workflows/deploy-community-api.yml", fill("""
name: deploy community api
on:
  push:
    branches: [main]
    paths: ["apps/community-api/**"]

jobs:
  deploy:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: digitalocean/action-doctl@v2
        with:
          token: ⟪key⟫
      - run: doctl registry login --expiry-seconds 600
      - run: |
          docker build -t registry.digitalocean.com/hive/community-api:${GITHUB_SHA::8} apps/community-api
          docker push registry.digitalocean.com/hive/community-api:${GITHUB_SHA::8}
      - run: doctl apps create-deployment ${{ vars.DO_APP_ID }} --wait
""", key=_k), _k, "https://github.com/digitalocean/action-doctl")

_k = fakes.github_token(_seed())
add("shell/github-pat-in-url", "scripts/clone-integrations.sh", fill("""
#!/usr/bin/env bash
# Clones every integration repo onto the new ops box. Run once.
set -euo pipefail

ORG=quaysidehub
REPOS=(door-bridge nexudus-sync room-panels papercut-topups visitor-kiosk bms-telegraf)

mkdir -p ~/src && cd ~/src
for repo in "${REPOS[@]}"; do
  if [ ! -d "$repo" ]; then
    git clone "https://ops-bot:⟪key⟫@github.com/${ORG}/${repo}.git"
  else
    git -C "$repo" pull --ff-only
  fi
done
""", key=_k), _k, "https://docs.github.com/en/authentication/keeping-your-account-and-data-secure/managing-your-personal-access-tokens")

_k = "glpat-" + chars(20, URLSAFE)
add("gitlab-ci/gitlab-token", ".gitlab-ci.yml", fill("""
stages: [test, build, release]

variables:
  DOCKER_DRIVER: overlay2
  CHART_REPO: https://gitlab.loftline.nl/api/v4/projects/42/packages/helm/stable

test:
  stage: test
  image: python:3.12
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

release-chart:
  stage: release
  image: alpine/helm:3.14.4
  script:
    - helm package chart/
    - 'curl --fail --request POST --user "release-bot:⟪key⟫" --form "chart=@booking-$(helm show chart chart | grep ^version | cut -d" " -f2).tgz" "$CHART_REPO/api/stable/charts"'
  rules:
    - if: $CI_COMMIT_TAG
""", key=_k), _k, "https://docs.gitlab.com/ee/user/profile/personal_access_tokens.html")

_k = fakes.fake("npm_", 36, _seed())
add("npmrc/npm-token", "packages/ui-kit/.npmrc", fill("""
@brickyard:registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=⟪key⟫
access=restricted
save-exact=true
engine-strict=true
""", key=_k), _k, "https://docs.npmjs.com/using-private-packages-in-a-ci-cd-workflow")

_k = fakes.pypi_token(_seed())
add("pypirc/pypi-token", "packages/nexudus-client/.pypirc", fill("""
[distutils]
index-servers =
    pypi
    internal

[pypi]
username = __token__
password = ⟪key⟫

[internal]
repository = https://pypi.canalside.studio/
username = ci
""", key=_k), _k, "https://packaging.python.org/en/latest/specifications/pypirc/")

_k = "dckr_pat_" + chars(27, URLSAFE)
add("shell/docker-hub-pat", "building/ha-stack/update.sh", fill("""
#!/bin/sh
# Pulls new images for the building stack on the plant-room NUC (cron, Sundays 03:00).
set -e
cd /opt/ha-stack

echo "⟪key⟫" | docker login -u canalsideops --password-stdin
docker compose pull
docker compose up -d --remove-orphans
docker image prune -f
docker logout
""", key=_k), _k, "https://docs.docker.com/security/for-developers/access-tokens/")

_k = "hvs." + chars(24)
add("makefile/vault-token", "infra/Makefile", fill("""
VAULT_ADDR ?= https://vault.hive.internal:8200
VAULT_TOKEN ?= ⟪key⟫
ENV ?= prod

export VAULT_ADDR VAULT_TOKEN

.PHONY: plan apply secrets

secrets:
	vault kv get -format=json secret/$(ENV)/door-bridge > .secrets.$(ENV).json

plan: secrets
	terraform -chdir=envs/$(ENV) plan -var-file=../../.secrets.$(ENV).json

apply: secrets
	terraform -chdir=envs/$(ENV) apply -var-file=../../.secrets.$(ENV).json
""", key=_k), _k, "https://developer.hashicorp.com/vault/docs/concepts/tokens")

_k = chars(14) + ".atlasv1." + chars(67)
add("hcl/terraform-cloud-token", "infra/.terraformrc", fill("""
plugin_cache_dir = "$HOME/.terraform.d/plugin-cache"
disable_checkpoint = true

credentials "app.terraform.io" {
  token = "⟪key⟫"
}

provider_installation {
  direct {}
}
""", key=_k), _k, "https://developer.hashicorp.com/terraform/cli/config/config-file#credentials")

_k = azure_account_key()
add("json/azure-storage-key", "functions/badge-photos/local.settings.json", fill("""
{
  "IsEncrypted": false,
  "Values": {
    "FUNCTIONS_WORKER_RUNTIME": "node",
    "AzureWebJobsStorage": "DefaultEndpointsProtocol=https;AccountName=quaysidebadges;AccountKey=⟪key⟫;EndpointSuffix=core.windows.net",
    "BADGE_CONTAINER": "visitor-photos",
    "PHOTO_RETENTION_DAYS": "30"
  },
  "Host": {
    "LocalHttpPort": 7071,
    "CORS": "*"
  }
}
""", key=_k), _k, "https://learn.microsoft.com/en-us/azure/storage/common/storage-configure-connection-string")

_sig = base64.b64encode(raw_bytes(32)).decode().replace("+", "%2B").replace("/", "%2F").replace("=", "%3D")
_k = _sig
add("javascript/azure-sas-signature", "kiosk/src/upload-photo.js", fill("""
// Uploads the visitor's badge photo straight from the kiosk to blob storage.
const CONTAINER_URL = "https://quaysidebadges.blob.core.windows.net/visitor-photos";
const SAS =
  "sv=2022-11-02&ss=b&srt=co&sp=rwlac&se=2026-12-31T23:59:59Z&st=2024-01-01T00:00:00Z&spr=https" +
  "&sig=⟪sig⟫";

export async function uploadPhoto(visitId, blob) {
  const url = `${CONTAINER_URL}/${visitId}.jpg?${SAS}`;
  const res = await fetch(url, {
    method: "PUT",
    headers: { "x-ms-blob-type": "BlockBlob", "Content-Type": "image/jpeg" },
    body: blob,
  });
  if (!res.ok) throw new Error(`upload failed: ${res.status}`);
  return url.split("?")[0];
}
""", sig=_sig), _k, "https://learn.microsoft.com/en-us/rest/api/storageservices/create-account-sas")

_k = hexs(32)
add("helm/datadog-api-key", "deploy/helm/datadog-values.yaml", fill("""
# helm upgrade --install datadog datadog/datadog -n monitoring -f datadog-values.yaml
datadog:
  apiKey: ⟪key⟫
  site: datadoghq.eu
  clusterName: hive-prod
  logs:
    enabled: true
    containerCollectAll: false
  apm:
    portEnabled: true
  processAgent:
    enabled: true
  tags:
    - "team:platform"
    - "env:prod"

clusterAgent:
  enabled: true
  metricsProvider:
    enabled: false
""", key=_k), _k, "https://docs.datadoghq.com/containers/kubernetes/installation/?tab=helm")

_payload = b64(json.dumps({"iat": 1712131200, "url": "https://sentry.io", "region_url": "https://de.sentry.io", "org": "northlight-spaces"}, separators=(",", ":"))).rstrip("=")
_k = "sntrys_" + _payload + "_" + chars(43, URLSAFE)
add("ini/sentry-auth-token", "apps/member-app/.sentryclirc", fill("""
[defaults]
url = https://de.sentry.io/
org = northlight-spaces
project = member-app

[auth]
token = ⟪key⟫

[log]
level = warn
""", key=_k), _k, "https://docs.sentry.io/cli/configuration/")

_k = hexs(36) + "NRAL"
add("yaml/newrelic-license-key", "apps/booking-api/newrelic.yml", fill("""
common: &default_settings
  license_key: '⟪key⟫'
  app_name: Booking API
  distributed_tracing:
    enabled: true
  log_level: info
  application_logging:
    forwarding:
      enabled: true

development:
  <<: *default_settings
  app_name: Booking API (dev)
  monitor_mode: false

production:
  <<: *default_settings
""", key=_k), _k, "https://docs.newrelic.com/docs/apis/intro-apis/new-relic-api-keys/#license-key")

_k = age_key()
add("markdown/age-secret-key", "docs/platform/sops-recovery.md", fill("""
# Recovering SOPS access on a new laptop

Our Helm secrets are encrypted with SOPS + age. The team key below decrypts every
`secrets.*.enc.yaml` file in `deploy/`.

```sh
mkdir -p ~/.config/sops/age
cat > ~/.config/sops/age/keys.txt <<'EOF'
# created: 2024-02-11T10:22:31Z
# public key: age1⟪pub⟫
⟪key⟫
EOF
chmod 600 ~/.config/sops/age/keys.txt
sops -d deploy/helm/secrets.prod.enc.yaml | head
```

If that prints YAML you're done.
""", pub=chars(58, "qpzry9x8gf2tvdw0s3jn54khce6mua7l"), key=_k), _k, "https://github.com/getsops/sops#encrypting-using-age")

_k = words_pw()
add("r/postgres-password", "analysis/occupancy_report.R", fill("""
# Monthly occupancy report for the landlord: desk utilisation by site and weekday.
library(DBI)
library(RPostgres)
library(dplyr)
library(ggplot2)

con <- dbConnect(
  RPostgres::Postgres(),
  host = "reporting.canalside.internal",
  port = 5432,
  dbname = "warehouse",
  user = "analyst_ro",
  password = "⟪pw⟫",
  sslmode = "require"
)

checkins <- dbGetQuery(con, "
  SELECT site, date_trunc('day', checked_in_at) AS day, count(DISTINCT member_id) AS members
  FROM desk_checkins
  WHERE checked_in_at >= date_trunc('month', now()) - interval '1 month'
    AND checked_in_at <  date_trunc('month', now())
  GROUP BY 1, 2")
dbDisconnect(con)

checkins %>%
  mutate(weekday = weekdays(as.Date(day))) %>%
  group_by(site, weekday) %>%
  summarise(avg_members = mean(members), .groups = "drop") %>%
  ggplot(aes(weekday, avg_members, fill = site)) +
  geom_col(position = "dodge") +
  labs(title = "Average members per day", x = NULL, y = NULL)

ggsave("occupancy.png", width = 9, height = 5)
""", pw=_k), _k, "https://rpostgres.r-dbi.org/reference/postgres")

_k = gen_pw(18, "!#$")
add("sql/create-login-password", "db/migrations/2024_03_01_reporting_user.sql", fill("""
-- Read-only login for the Power BI gateway (landlord reporting).
CREATE ROLE powerbi_ro WITH LOGIN PASSWORD '⟪pw⟫' CONNECTION LIMIT 5;

GRANT CONNECT ON DATABASE warehouse TO powerbi_ro;
GRANT USAGE ON SCHEMA reporting TO powerbi_ro;
GRANT SELECT ON ALL TABLES IN SCHEMA reporting TO powerbi_ro;
ALTER DEFAULT PRIVILEGES IN SCHEMA reporting GRANT SELECT ON TABLES TO powerbi_ro;

COMMENT ON ROLE powerbi_ro IS 'Power BI on-prem gateway (GW-01), owner: finance';
""", pw=_k), _k, "https://www.postgresql.org/docs/current/sql-createrole.html")

_k = theme_pw()
add("k8s-secret/stringdata-password", "deploy/k8s/nexudus-sync/secret.yaml", fill("""
apiVersion: v1
kind: Secret
metadata:
  name: nexudus-sync
  namespace: integrations
type: Opaque
stringData:
  NEXUDUS_USER: api-sync@quaysidehub.io
  NEXUDUS_PASS: "⟪pw⟫"
  NEXUDUS_BUSINESS_ID: "1414972335"
""", pw=_k), _k, "https://kubernetes.io/docs/concepts/configuration/secret/#editing-a-secret")

_k = words_pw()
add("ansible/unifi-admin-password", "ansible/group_vars/unifi.yml", fill("""
---
unifi_controller_url: https://unifi.brickyard.local:8443
unifi_site: default
unifi_admin_user: ansible
unifi_admin_password: "⟪pw⟫"
unifi_validate_certs: false

unifi_wlans:
  - name: Brickyard-Members
    vlan: 120
    security: wpa2-enterprise
    radius_profile: members-radius
  - name: Brickyard-Guest
    vlan: 130
    security: open
    guest_portal: true
""", pw=_k), _k, "https://docs.ansible.com/ansible/latest/user_guide/playbooks_variables.html")

_k = gen_pw(16)
add("shell-history/mysql-password", "ops/notes/bash_history_web01.txt", fill("""
sudo systemctl status php8.2-fpm
tail -n 200 /var/log/nginx/portal.error.log
cd /var/www/portal
git log --oneline | head
mysql -h mysql-01.brickyard.internal -u portal_admin -p'⟪pw⟫' brickyard_portal -e "select count(*) from bookings where created_at > now() - interval 1 day"
mysqldump -h mysql-01.brickyard.internal -u portal_admin -p'⟪pw⟫' --single-transaction brickyard_portal | gzip > /tmp/portal-$(date +%F).sql.gz
ls -lh /tmp/*.sql.gz
aws s3 cp /tmp/portal-2024-05-14.sql.gz s3://brickyard-backups/manual/
sudo systemctl restart php8.2-fpm
exit
""", pw=_k), _k, "https://dev.mysql.com/doc/refman/8.0/en/password-security-user.html")

_k = hexs(64)
add("markdown/cobot-bearer-token", "docs/runbooks/cobot-api.md", fill("""
# Cobot API cheat sheet

Space: `hive-leeds` - admin token below belongs to the ops@ account (scopes: read, write,
read_memberships, write_memberships).

## List active memberships
```bash
curl -s https://hive-leeds.cobot.me/api/memberships \\
  -H 'Authorization: Bearer ⟪key⟫' | jq '.[] | {id, name, plan: .plan.name}'
```

## Cancel a membership at month end
```bash
curl -s -X POST https://hive-leeds.cobot.me/api/memberships/$ID/cancellation \\
  -H 'Authorization: Bearer ⟪key⟫' \\
  -H 'Content-Type: application/json' \\
  -d '{"date": "2024-06-30"}'
```

Tokens are created at https://www.cobot.me/oauth2_clients. Rotate if anyone leaves the ops team.
""", key=_k), _k, "https://dev.cobot.me/api-docs/oauth-flow")

_k = words_pw()
add("powershell/ad-service-password", "ops/windows/New-MemberAccount.ps1", fill("""
param(
    [Parameter(Mandatory)] [string]$FirstName,
    [Parameter(Mandatory)] [string]$LastName,
    [Parameter(Mandatory)] [string]$Email,
    [string]$Site = 'Canalside'
)

# Runs from the Nexudus webhook relay on OPS-SRV01 as a scheduled job.
$svcUser = 'CANALSIDE\\svc-onboarding'
$svcPass = ConvertTo-SecureString '⟪pw⟫' -AsPlainText -Force
$cred    = New-Object System.Management.Automation.PSCredential ($svcUser, $svcPass)

$sam = ("{0}.{1}" -f $FirstName, $LastName).ToLower() -replace '[^a-z.]', ''
$ou  = "OU=$Site,OU=Members,DC=canalside,DC=local"
$tmp = [System.Web.Security.Membership]::GeneratePassword(16, 3)

New-ADUser -Credential $cred -Server dc01.canalside.local `
    -Name "$FirstName $LastName" -GivenName $FirstName -Surname $LastName `
    -SamAccountName $sam -UserPrincipalName "$sam@canalside.local" -EmailAddress $Email `
    -Path $ou -AccountPassword (ConvertTo-SecureString $tmp -AsPlainText -Force) `
    -ChangePasswordAtLogon $true -Enabled $true

Add-ADGroupMember -Credential $cred -Server dc01.canalside.local -Identity 'Members - Active' -Members $sam
Write-Output "created $sam in $ou"
""", pw=_k), _k, "https://learn.microsoft.com/en-us/powershell/module/microsoft.powershell.security/convertto-securestring")

_k = gen_pw(24)
add("dockerfile/index-url-credentials", "services/nexudus-sync/Dockerfile", fill("""
FROM python:3.12-slim AS base

ENV PYTHONDONTWRITEBYTECODE=1 \\
    PYTHONUNBUFFERED=1

WORKDIR /app
COPY requirements.txt .
RUN pip install --no-cache-dir \\
      --extra-index-url https://ci-reader:⟪pw⟫@pypi.quaysidehub.io/simple/ \\
      -r requirements.txt

COPY src/ ./src/
RUN useradd --create-home --uid 10001 app
USER app

CMD ["python", "-m", "src.sync", "--loop", "--interval", "900"]
""", pw=_k), _k, "https://pip.pypa.io/en/stable/topics/authentication/#basic-http-authentication")

_k = gen_pw(20)
add("xml/maven-settings-password", "access-bridge/.mvn/settings.xml", fill("""
<?xml version="1.0" encoding="UTF-8"?>
<settings xmlns="http://maven.apache.org/SETTINGS/1.2.0"
          xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
          xsi:schemaLocation="http://maven.apache.org/SETTINGS/1.2.0 https://maven.apache.org/xsd/settings-1.2.0.xsd">
  <servers>
    <server>
      <id>hive-nexus</id>
      <username>ci-deployer</username>
      <password>⟪pw⟫</password>
    </server>
  </servers>
  <mirrors>
    <mirror>
      <id>hive-nexus</id>
      <mirrorOf>*</mirrorOf>
      <url>https://nexus.hive.internal/repository/maven-public/</url>
    </mirror>
  </mirrors>
</settings>
""", pw=_k), _k, "https://maven.apache.org/settings.html#servers")

_k = theme_pw()
add("batch/net-use-password", "ops/windows/map-print-queues.cmd", fill("""
@echo off
REM Maps the member print queues on the front-desk PCs (run at logon via GPO).
REM print-01 is not domain-joined, so we authenticate with the local print account.

net use \\\\print-01\\ipc$ /delete /y >nul 2>&1
net use \\\\print-01\\ipc$ /user:print-01\\frontdesk-print ⟪pw⟫ /persistent:no

rundll32 printui.dll,PrintUIEntry /in /n "\\\\print-01\\Studio-3F-Canon"
rundll32 printui.dll,PrintUIEntry /in /n "\\\\print-01\\Lobby-Brother"
rundll32 printui.dll,PrintUIEntry /y /n "\\\\print-01\\Lobby-Brother"

echo Printers mapped.
""", pw=_k), _k, "https://learn.microsoft.com/en-us/previous-versions/windows/it-pro/windows-server-2012-r2-and-2012/gg651155(v=ws.11)")

_k = jwt({"iss": "kubernetes/serviceaccount", "kubernetes.io/serviceaccount/namespace": "ci",
          "kubernetes.io/serviceaccount/secret.name": "deployer-token-x7k2p",
          "kubernetes.io/serviceaccount/service-account.name": "deployer",
          "kubernetes.io/serviceaccount/service-account.uid": uuid_s(),
          "sub": "system:serviceaccount:ci:deployer"}, alg="RS256")
add("kubeconfig/service-account-token", "deploy/kubeconfig-ci.yaml", fill("""
apiVersion: v1
kind: Config
clusters:
  - name: hive-prod
    cluster:
      server: https://10.0.0.1:6443
      certificate-authority-data: LS0tLS1CRUdJTiBDRVJUSUZJQ0FURS0tLS0tCk1JSUMvakNDQWVhZ0F3SUJBZ0lCQURBTkJna3Foa2lHOXcwQkFRc0ZBREFWTVJNd0VRWURWUVFERXdwcmRXSmwKY201bGRHVnpNQjRYRFRJME1ESXhNVEV3TWpJek1Wb1hEVE0wTURJd09ERXdNakl6TVZvd0ZURVRNQkVHQTFVRQo=
contexts:
  - name: ci@hive-prod
    context:
      cluster: hive-prod
      namespace: ci
      user: deployer
current-context: ci@hive-prod
users:
  - name: deployer
    user:
      token: ⟪key⟫
""", key=_k), _k, "https://kubernetes.io/docs/reference/access-authn-authz/service-accounts-admin/")

_k = gen_pw(18)
add("nginx/basic-auth-header", "deploy/nginx/conf.d/papercut-proxy.conf", fill("""
# Reverse proxy for the PaperCut web print page on the members' network.
upstream papercut {
    server 10.40.8.21:9191;
}

server {
    listen 443 ssl http2;
    server_name print.brickyard.work;

    ssl_certificate     /etc/letsencrypt/live/print.brickyard.work/fullchain.pem;
    ssl_certificate_key /etc/letsencrypt/live/print.brickyard.work/privkey.pem;

    location /rpc/ {
        # the legacy top-up endpoint behind basic auth (user "topup")
        proxy_set_header Authorization "Basic ⟪basic⟫";
        proxy_pass http://papercut;
    }

    location / {
        proxy_set_header Host $host;
        proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
        proxy_pass http://papercut;
    }
}
""", basic=b64("topup:" + _k)), _k, "https://nginx.org/en/docs/http/ngx_http_proxy_module.html#proxy_set_header")

_k = passphrase()
add("haproxy/stats-password", "deploy/haproxy/haproxy.cfg", fill("""
global
    log /dev/log local0
    maxconn 4096
    user haproxy
    group haproxy

defaults
    mode http
    log global
    option httplog
    timeout connect 5s
    timeout client 30s
    timeout server 30s

frontend fe_https
    bind :443 ssl crt /etc/haproxy/certs/hive.pem
    default_backend be_api

backend be_api
    balance roundrobin
    option httpchk GET /healthz
    server api1 10.0.1.11:3000 check
    server api2 10.0.1.12:3000 check

listen stats
    bind 10.0.1.5:8404
    stats enable
    stats uri /stats
    stats refresh 10s
    stats auth ops:⟪pw⟫
""", pw=_k), _k, "https://docs.haproxy.org/2.8/configuration.html#4-stats%20auth")

_k = words_pw()
add("systemd/environment-password", "deploy/systemd/kiosk-printer.service", fill("""
[Unit]
Description=Visitor badge printer bridge (Brother QL over IPP)
After=network-online.target
Wants=network-online.target

[Service]
Type=simple
User=kiosk
Environment=PRINTER_URI=ipp://192.168.20.41/ipp/print
Environment=KIOSK_API=https://kiosk.foundrycollective.ie
Environment=KIOSK_API_USER=badge-printer
Environment=KIOSK_API_PASSWORD=⟪pw⟫
ExecStart=/opt/kiosk/bin/badge-bridge --poll 2s
Restart=on-failure
RestartSec=5

[Install]
WantedBy=multi-user.target
""", pw=_k), _k, "https://www.freedesktop.org/software/systemd/man/latest/systemd.exec.html#Environment=")

_k = words_pw()
add("netrc/nexudus-password", "ops/dotfiles/.netrc", fill("""
# used by curl -n / httpie for the Nexudus and Cobot admin APIs
machine spaces.nexudus.com
  login reports@brickyard.work
  password ⟪pw⟫

machine api.github.com
  login ops-bot
""", pw=_k), _k, "https://www.gnu.org/software/inetutils/manual/html_node/The-_002enetrc-file.html")

_k = gen_pw(18)
add("pgpass/reporting-password", "ops/dotfiles/.pgpass", fill("""
# hostname:port:database:username:password
# chmod 600 ~/.pgpass
reporting.canalside.internal:5432:warehouse:analyst_rw:⟪pw⟫
localhost:5432:*:postgres:*
""", pw=_k) + "# (the localhost entry prompts)\n", _k, "https://www.postgresql.org/docs/current/libpq-pgpass.html")

_k = gen_pw(20)
add("conf/msmtp-password", "kiosk/image/rootfs/etc/msmtprc", fill("""
# Kiosk sends "printer out of labels" alerts through the Google Workspace relay.
defaults
auth           on
tls            on
tls_trust_file /etc/ssl/certs/ca-certificates.crt
logfile        /var/log/msmtp.log

account        alerts
host           smtp.gmail.com
port           587
from           kiosk-alerts@foundrycollective.ie
user           kiosk-alerts@foundrycollective.ie
password       ⟪pw⟫

account default : alerts
""", pw=_k), _k, "https://marlam.de/msmtp/msmtp.html#Configuration-files")

_k = chars(40)
add("python/optix-token-split", "integrations/optix/bookings_export.py", fill("""
\"\"\"Export Optix bookings for the month (GraphQL API, token in the query string as Optix expects).\"\"\"
import requests

OPTIX_TOKEN = ("⟪a⟫"
               "⟪b⟫")
OPTIX_URL = "https://api.optixapp.com/graphql"

QUERY = \"\"\"
query ($start: Int!, $end: Int!) {
  bookings(start_timestamp: $start, end_timestamp: $end, limit: 500) {
    data { booking_id title start_timestamp end_timestamp resource { name } account { name } }
  }
}
\"\"\"


def bookings(start: int, end: int) -> list:
    r = requests.post(OPTIX_URL, params={"token": OPTIX_TOKEN},
                      json={"query": QUERY, "variables": {"start": start, "end": end}}, timeout=30)
    r.raise_for_status()
    return r.json()["data"]["bookings"]["data"]
""", a=_k[:20], b=_k[20:]), _k, "https://developer.optixapp.com/")

_k = words_pw()
add("csharp/nexudus-basic-header", "src/Quayside.Reports/NexudusClient.cs", fill("""
using System.Net.Http;
using System.Net.Http.Headers;
using System.Threading.Tasks;

namespace Quayside.Reports;

public sealed class NexudusClient
{
    private readonly HttpClient _http;

    public NexudusClient(HttpClient http)
    {
        _http = http;
        _http.BaseAddress = new System.Uri("https://spaces.nexudus.com/api/");
        // reports@quaysidehub.io (read-only admin)
        _http.DefaultRequestHeaders.Authorization =
            new AuthenticationHeaderValue("Basic", "⟪basic⟫");
    }

    public Task<string> InvoicesAsync(int page) =>
        _http.GetStringAsync($"billing/coworkerinvoices?page={page}&size=100&orderBy=CreatedOn&dir=Descending");
}
""", basic=b64("reports@quaysidehub.io:" + _k)), _k, "https://developers.nexudus.com/reference/authentication")


# =====================================================================================================
# Platform decoys: references, ciphertext, hashes, public material, placeholders
# =====================================================================================================

add("helm/decoy-existing-secret", "deploy/helm/door-bridge/values-prod.yaml", """
replicaCount: 2

image:
  repository: ghcr.io/brickyard/door-bridge
  tag: "3.4.1"

# All credentials come from the pre-created Secret "door-bridge-credentials"
# (synced from AWS Secrets Manager by external-secrets).
existingSecret: door-bridge-credentials
secretKeys:
  kisiApiKey: KISI_API_KEY
  saltoClientSecret: SALTO_CLIENT_SECRET
  databasePassword: DATABASE_PASSWORD

database:
  host: door-bridge.cluster-c8u2fq.eu-west-2.rds.amazonaws.com
  name: doors
  user: door_bridge
  password: ""   # taken from existingSecret

ingress:
  enabled: true
  hosts: [doors.brickyard.work]
"""[1:], None, "https://helm.sh/docs/chart_best_practices/values/")

add("k8s/decoy-external-secret", "deploy/k8s/billing/external-secret.yaml", """
apiVersion: external-secrets.io/v1beta1
kind: ExternalSecret
metadata:
  name: stripe-credentials
  namespace: billing
spec:
  refreshInterval: 1h
  secretStoreRef:
    kind: ClusterSecretStore
    name: aws-secrets-manager
  target:
    name: stripe-credentials
    creationPolicy: Owner
  data:
    - secretKey: STRIPE_API_KEY
      remoteRef:
        key: prod/billing/stripe
        property: restricted_key
    - secretKey: STRIPE_WEBHOOK_SECRET
      remoteRef:
        key: prod/billing/stripe-webhook
        property: signing_secret
"""[1:], None, "https://external-secrets.io/latest/api/externalsecret/")

add("yaml/decoy-sops-ciphertext", "deploy/helm/secrets.prod.enc.yaml", fill("""
kisi:
    apiKey: ⟪a⟫
salto:
    clientSecret: ⟪b⟫
database:
    password: ⟪c⟫
sops:
    kms: []
    gcp_kms: []
    azure_kv: []
    hc_vault: []
    age:
        - recipient: age1⟪pub⟫
          enc: |
            -----BEGIN AGE ENCRYPTED FILE-----
            YWdlLWVuY3J5cHRpb24ub3JnL3YxCi0+IFgyNTUxOSB⟪e1⟫
            ⟪e2⟫
            -----END AGE ENCRYPTED FILE-----
    lastmodified: "2024-05-02T09:14:31Z"
    mac: ⟪mac⟫
    pgp: []
    unencrypted_suffix: _unencrypted
    version: 3.8.1
""", a=sops_enc(32), b=sops_enc(40), c=sops_enc(24), pub=chars(58, "qpzry9x8gf2tvdw0s3jn54khce6mua7l"),
         e1=chars(21, B64), e2=chars(64, B64), mac=sops_enc(32)), None, "https://github.com/getsops/sops#encrypting-using-age")

_r = _rng()
_vault_lines = "\n".join("".join(_r.choice(HEX) for _ in range(80)) for _ in range(9))
add("ansible/decoy-vault-ciphertext", "ansible/group_vars/bms/vault.yml", "$ANSIBLE_VAULT;1.1;AES256\n" + _vault_lines + "\n"
    + "".join(_r.choice(HEX) for _ in range(36)) + "\n", None,
    "https://docs.ansible.com/ansible/latest/vault_guide/vault_encrypting_content.html")

add("k8s/decoy-sealed-secret", "deploy/k8s/occupancy/sealed-density.yaml", fill("""
apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata:
  name: density-api
  namespace: building
spec:
  encryptedData:
    DENSITY_API_TOKEN: AgB⟪a⟫
  template:
    metadata:
      name: density-api
      namespace: building
    type: Opaque
""", a=chars(680, B64) + "=="), None, "https://github.com/bitnami-labs/sealed-secrets#usage")

add("terraform/decoy-random-password", "infra/modules/reporting-db/main.tf", """
resource "random_password" "analyst" {
  length           = 32
  special          = true
  override_special = "!#%&*()-_=+"
}

resource "aws_secretsmanager_secret" "analyst" {
  name        = "prod/reporting/analyst"
  description = "Read-only reporting user for the occupancy dashboards"
}

resource "aws_secretsmanager_secret_version" "analyst" {
  secret_id     = aws_secretsmanager_secret.analyst.id
  secret_string = jsonencode({ username = "analyst_ro", password = random_password.analyst.result })
}

resource "postgresql_role" "analyst" {
  name     = "analyst_ro"
  login    = true
  password = random_password.analyst.result
}

output "analyst_secret_arn" {
  value = aws_secretsmanager_secret.analyst.arn
}
"""[1:], None, "https://registry.terraform.io/providers/hashicorp/random/latest/docs/resources/password")

add("github-actions/decoy-secrets-context", ".github/workflows/sync-doors.yml", """
name: sync door access

on:
  schedule:
    - cron: "*/30 6-22 * * *"
  workflow_dispatch:

permissions:
  contents: read
  id-token: write

jobs:
  sync:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@b4ffde65f46336ab88eb53be808477a3936bae11 # v4.1.1
      - uses: aws-actions/configure-aws-credentials@v4
        with:
          role-to-assume: arn:aws:iam::412907683312:role/gh-door-sync
          aws-region: eu-west-2
      - run: pip install -r door-bridge/requirements.txt
      - run: python door-bridge/sync.py --all-sites
        env:
          KISI_API_KEY: ${{ secrets.KISI_API_KEY }}
          SALTO_CLIENT_SECRET: ${{ secrets.SALTO_CLIENT_SECRET }}
          NEXUDUS_PASS: ${{ secrets.NEXUDUS_PASS }}
"""[1:], None, "https://docs.github.com/en/actions/security-for-github-actions/security-guides/using-secrets-in-github-actions")

add("gitlab-ci/decoy-ci-variable", "printing/.gitlab-ci.yml", """
stages: [deploy]

deploy-papercut-scripts:
  stage: deploy
  image: alpine:3.19
  before_script:
    - apk add --no-cache openssh-client rsync
    - eval $(ssh-agent -s)
    - echo "$PRINT01_DEPLOY_KEY" | tr -d '\\r' | ssh-add -   # masked + protected CI/CD variable
    - mkdir -p ~/.ssh && echo "$PRINT01_HOST_KEY" >> ~/.ssh/known_hosts
  script:
    - rsync -av --delete scripts/ deploy@print-01.foundry.local:/opt/papercut-scripts/
    - ssh deploy@print-01.foundry.local "PAPERCUT_TOKEN='$PAPERCUT_TOKEN' /opt/papercut-scripts/selftest.sh"
  rules:
    - if: $CI_COMMIT_BRANCH == "main"
"""[1:], None, "https://docs.gitlab.com/ee/ci/variables/")

add("compose/decoy-env-interpolation", "building/bms-stack/docker-compose.yml", """
services:
  mosquitto:
    image: eclipse-mosquitto:2.0.18
    restart: unless-stopped
    ports: ["1883:1883", "8883:8883"]
    volumes:
      - ./mosquitto:/mosquitto/config

  influxdb:
    image: influxdb:2.7
    restart: unless-stopped
    environment:
      DOCKER_INFLUXDB_INIT_MODE: setup
      DOCKER_INFLUXDB_INIT_USERNAME: admin
      DOCKER_INFLUXDB_INIT_PASSWORD: ${INFLUX_ADMIN_PASSWORD:?set in .env}
      DOCKER_INFLUXDB_INIT_ORG: quayside
      DOCKER_INFLUXDB_INIT_BUCKET: building
      DOCKER_INFLUXDB_INIT_ADMIN_TOKEN: ${INFLUX_ADMIN_TOKEN:?set in .env}
    volumes:
      - influx-data:/var/lib/influxdb2

  telegraf:
    image: telegraf:1.30
    environment:
      INFLUX_TOKEN: ${INFLUX_WRITE_TOKEN}
    volumes:
      - ./telegraf/telegraf.conf:/etc/telegraf/telegraf.conf:ro

volumes:
  influx-data: {}
"""[1:], None, "https://docs.docker.com/compose/environment-variables/variable-interpolation/")

add("properties/decoy-env-placeholder", "invoice-service/src/main/resources/application.properties", """
server.port=8086
spring.application.name=invoice-service

spring.datasource.url=jdbc:postgresql://${DB_HOST:localhost}:5432/invoices
spring.datasource.username=${DB_USER:invoices}
spring.datasource.password=${DB_PASSWORD}

paypal.mode=${PAYPAL_MODE:sandbox}
paypal.client-id=${PAYPAL_CLIENT_ID}
paypal.client-secret=${PAYPAL_CLIENT_SECRET}

spring.mail.host=smtp.sendgrid.net
spring.mail.username=apikey
spring.mail.password=${SENDGRID_API_KEY}
"""[1:], None, "https://docs.spring.io/spring-boot/reference/features/external-config.html#features.external-config.files.property-placeholders")

add("php/decoy-getenv", "portal/config/services.php", """
<?php
// Third-party services for the legacy portal. Values come from the server environment
// (set in /etc/php/8.2/fpm/pool.d/portal.conf as env[...]); nothing secret is stored here.
return [
    'nexudus' => [
        'user'     => getenv('NEXUDUS_USER') ?: null,
        'password' => getenv('NEXUDUS_PASS') ?: null,
    ],
    'kisi' => [
        'api_key'  => getenv('KISI_API_KEY') ?: null,
        'place_id' => 18842,
    ],
    'stripe' => [
        'secret'         => getenv('STRIPE_SECRET_KEY') ?: null,
        'webhook_secret' => getenv('STRIPE_WEBHOOK_SECRET') ?: null,
    ],
];
"""[1:], None, "https://www.php.net/manual/en/function.getenv.php")

add("go/decoy-hmac-verify", "door-bridge/internal/webhooks/verify.go", """
package webhooks

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"os"
)

// Verify checks the X-Envoy-Signature header of an incoming Envoy webhook against the
// shared secret configured in the environment.
func Verify(body []byte, signature string) error {
	secret := os.Getenv("ENVOY_WEBHOOK_SECRET")
	if secret == "" {
		return errors.New("ENVOY_WEBHOOK_SECRET not set")
	}
	mac := hmac.New(sha256.New, []byte(secret))
	mac.Write(body)
	expected := hex.EncodeToString(mac.Sum(nil))
	if !hmac.Equal([]byte(expected), []byte(signature)) {
		return errors.New("bad signature")
	}
	return nil
}
"""[1:], None, "https://pkg.go.dev/crypto/hmac")

add("yaml/decoy-password-policy", "identity/keycloak/password-policy.yaml", """
# Member account password policy (applied to the "members" realm by the realm-config job)
realm: members
passwordPolicy:
  length: 12
  maxLength: 128
  upperCase: 1
  lowerCase: 1
  digits: 1
  specialChars: 0
  notUsername: true
  notEmail: true
  passwordHistory: 5
  forceExpiredPasswordChange: 0
  hashAlgorithm: pbkdf2-sha512
  hashIterations: 210000
bruteForceProtection:
  enabled: true
  failureFactor: 8
  waitIncrementSeconds: 60
  maxFailureWaitSeconds: 900
"""[1:], None, "https://www.keycloak.org/docs/latest/server_admin/#_password-policies")

add("json/decoy-i18n-strings", "apps/community/src/i18n/en.json", """
{
  "login.title": "Sign in to Canalside",
  "login.email": "Email address",
  "login.password": "Password",
  "login.forgot": "Forgot your password?",
  "login.error.invalid": "That email and password don't match.",
  "wifi.title": "Wi-Fi",
  "wifi.members": "Members network: Canalside-Members (use your member email and password)",
  "wifi.guest": "Guests: connect to Canalside-Guest and accept the terms",
  "doors.unlock": "Unlock {door}",
  "doors.token_expired": "Your access token expired - pull down to refresh.",
  "billing.api_key_help": "Developers: create an API key under Settings > Integrations."
}
"""[1:], None, "https://www.i18next.com/misc/json-format")

add("k8s-secret/decoy-placeholder", "deploy/k8s/base/secret-template.yaml", """
# Template only - the real Secret is created by the deploy pipeline from Vault.
# kubectl create secret generic booking-api --from-env-file=<(vault kv get ...) --dry-run=client -o yaml
apiVersion: v1
kind: Secret
metadata:
  name: booking-api
  namespace: booking
type: Opaque
stringData:
  DATABASE_URL: "postgres://booking:<password>@<host>:5432/booking"
  ROBIN_ACCESS_TOKEN: "<robin-token>"
  ZOOM_CLIENT_SECRET: "<zoom-client-secret>"
  SENTRY_DSN: ""
"""[1:], None, "https://kubernetes.io/docs/concepts/configuration/secret/")

add("terraform/decoy-sensitive-variable", "network/terraform/variables.tf", """
variable "meraki_dashboard_api_key" {
  description = "Meraki Dashboard API key (org: Northlight). Set TF_VAR_meraki_dashboard_api_key."
  type        = string
  sensitive   = true
}

variable "network_id" {
  description = "Meraki network id of the site"
  type        = string
  default     = "L_6470115422739318"
}

variable "radius_secret" {
  description = "Shared secret for the members' RADIUS server"
  type        = string
  sensitive   = true
  validation {
    condition     = length(var.radius_secret) >= 24
    error_message = "Use at least 24 characters."
  }
}
"""[1:], None, "https://developer.hashicorp.com/terraform/language/values/variables#suppressing-values-in-cli-output")

add("yaml/decoy-kms-ciphertext", "services/stripe-events/config/prod.yaml", fill("""
# Encrypted with: aws kms encrypt --key-id alias/billing --plaintext fileb://- --query CiphertextBlob
# Decrypted at cold start by the Lambda's role (kms:Decrypt on alias/billing only).
stripe:
  webhook_secret_ciphertext: ⟪a⟫
  api_key_ciphertext: ⟪b⟫
kms_key_alias: alias/billing
region: eu-west-2
""", a=base64.b64encode(b"\x01\x02\x02\x00\x78" + raw_bytes(180)).decode(),
         b=base64.b64encode(b"\x01\x02\x02\x00\x78" + raw_bytes(220)).decode()), None,
    "https://docs.aws.amazon.com/cli/latest/reference/kms/encrypt.html")

add("env/decoy-1password-reference", "apps/member-portal/.env.tpl", """
# Rendered with: op inject -i .env.tpl -o .env.production
NODE_ENV=production
NEXT_PUBLIC_SITE_URL=https://members.brickyard.work
STRIPE_SECRET_KEY={{ op://Brickyard Prod/Stripe/restricted key }}
STRIPE_WEBHOOK_SECRET={{ op://Brickyard Prod/Stripe webhook/credential }}
KISI_API_KEY={{ op://Brickyard Prod/Kisi/credential }}
DATABASE_URL={{ op://Brickyard Prod/Portal DB/connection string }}
"""[1:], None, "https://developer.1password.com/docs/cli/secrets-template-syntax/")

add("shell/decoy-secret-manager-fetch", "ops/bin/with-door-secrets.sh", """
#!/usr/bin/env bash
# Runs a command with the door-bridge credentials exported from AWS Secrets Manager.
# usage: with-door-secrets.sh python door-bridge/sync.py --site hackney
set -euo pipefail

secret_json=$(aws secretsmanager get-secret-value \\
  --secret-id prod/doors/door-bridge \\
  --query SecretString --output text)

export KISI_API_KEY=$(jq -r .kisi_api_key <<<"$secret_json")
export SALTO_CLIENT_SECRET=$(jq -r .salto_client_secret <<<"$secret_json")
unset secret_json

exec "$@"
"""[1:], None, "https://docs.aws.amazon.com/cli/latest/reference/secretsmanager/get-secret-value.html")

add("dockerfile/decoy-checksum", "building/telegraf/Dockerfile", fill("""
FROM debian:bookworm-slim

ARG TELEGRAF_VERSION=1.30.2
ARG TELEGRAF_SHA256=⟪sha⟫

RUN apt-get update && apt-get install -y --no-install-recommends ca-certificates curl \\
 && curl -fsSLo /tmp/telegraf.deb https://dl.influxdata.com/telegraf/releases/telegraf_${TELEGRAF_VERSION}-1_amd64.deb \\
 && echo "${TELEGRAF_SHA256}  /tmp/telegraf.deb" | sha256sum -c - \\
 && dpkg -i /tmp/telegraf.deb && rm /tmp/telegraf.deb \\
 && rm -rf /var/lib/apt/lists/*

COPY telegraf.conf /etc/telegraf/telegraf.conf
USER telegraf
ENTRYPOINT ["telegraf"]
""", sha=sha256_hex()), None, "https://docs.docker.com/build/building/best-practices/")

add("json/decoy-integrity-hash", "apps/lobby-board/package-lock.json", fill("""
{
  "name": "lobby-board",
  "version": "1.8.0",
  "lockfileVersion": 3,
  "requires": true,
  "packages": {
    "": {
      "name": "lobby-board",
      "version": "1.8.0",
      "dependencies": {
        "laravel-echo": "^1.16.1",
        "pusher-js": "^8.4.0"
      }
    },
    "node_modules/laravel-echo": {
      "version": "1.16.1",
      "resolved": "https://registry.npmjs.org/laravel-echo/-/laravel-echo-1.16.1.tgz",
      "integrity": "sha512-⟪a⟫"
    },
    "node_modules/pusher-js": {
      "version": "8.4.0",
      "resolved": "https://registry.npmjs.org/pusher-js/-/pusher-js-8.4.0.tgz",
      "integrity": "sha512-⟪b⟫",
      "dependencies": {
        "tweetnacl": "^1.0.3"
      }
    },
    "node_modules/tweetnacl": {
      "version": "1.0.3",
      "resolved": "https://registry.npmjs.org/tweetnacl/-/tweetnacl-1.0.3.tgz",
      "integrity": "sha512-⟪c⟫"
    }
  }
}
""", a=base64.b64encode(raw_bytes(64)).decode(), b=base64.b64encode(raw_bytes(64)).decode(),
         c=base64.b64encode(raw_bytes(64)).decode()), None, "https://docs.npmjs.com/cli/v10/configuring-npm/package-lock-json")

add("ssh/decoy-public-key", "ansible/roles/door-controller/files/authorized_keys", fill("""
# Ops team keys for the door controllers. Public keys only.
ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI⟪a⟫ priya@ops-laptop
ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI⟪b⟫ tomasz@ops-laptop
ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABgQ⟪c⟫ ansible@bastion
ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI⟪d⟫ break-glass@safe
""", a=chars(43, B64), b=chars(43, B64), c=chars(510, B64) + "=", d=chars(43, B64)), None,
    "https://man.openbsd.org/sshd.8#AUTHORIZED_KEYS_FILE_FORMAT")

_r = _rng()
_cert_body = "MIIFazCCA1OgAwIBAgIU" + "".join(_r.choice(B64) for _ in range(64 * 18 - 20))
add("pem/decoy-certificate", "portal/certs/portal.quaysidehub.io.crt", "-----BEGIN CERTIFICATE-----\n"
    + "\n".join(_cert_body[i:i + 64] for i in range(0, len(_cert_body), 64))
    + "\n" + "".join(_r.choice(B64) for _ in range(30)) + "==\n-----END CERTIFICATE-----\n", None,
    "https://datatracker.ietf.org/doc/html/rfc7468#section-5")

add("markdown/decoy-aws-example", "door-bridge/README.md", """
# door-bridge

Bridges member status (Nexudus) to door access (Kisi, Salto KS).

## Local development

LocalStack stands in for SQS and Secrets Manager. Use the example credentials from the
AWS docs - LocalStack accepts anything:

```bash
export AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE
export AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY
export AWS_ENDPOINT_URL=http://localhost:4566
docker compose -f docker-compose.dev.yml up -d
make seed-secrets   # writes dummy Kisi/Salto values into LocalStack
```

## Production

Runs on ECS; credentials come from the task role and Secrets Manager (`prod/doors/*`).
"""[1:], None, "https://docs.aws.amazon.com/IAM/latest/UserGuide/security-creds.html")

add("markdown/decoy-jwt-example", "docs/api/member-tokens.md", """
# Member app tokens

The member app sends a JWT in `Authorization: Bearer <token>`. Its claims:

| claim | meaning |
|-------|---------|
| `sub` | member UUID |
| `site` | home site slug |
| `plan` | `hot-desk`, `dedicated` or `office` |
| `exp` | expiry (15 minutes) |

To see the structure, paste the example from jwt.io into the debugger:

```
eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c
```

Our tokens are signed with RS256; the public keys are at
`https://auth.canalside.studio/.well-known/jwks.json`.
"""[1:], None, "https://jwt.io/introduction")

add("log/decoy-redacted", "docs/support/samples/door-bridge-debug.log", """
2024-05-14T07:58:02.114Z INFO  sync: start site=shoreditch members=412
2024-05-14T07:58:02.391Z DEBUG http: POST https://api.kisi.io/locks/48213/unlock headers={"Authorization":"KISI-LOGIN [REDACTED]","Accept":"application/json"}
2024-05-14T07:58:02.702Z DEBUG http: 200 OK in 311ms
2024-05-14T07:58:03.015Z DEBUG http: POST https://identity.saltoks.com/connect/token body=grant_type=client_credentials&client_id=quayside-door-sync&client_secret=********
2024-05-14T07:58:03.288Z WARN  salto: token request failed status=401 error=invalid_client
2024-05-14T07:58:03.289Z INFO  sync: done site=shoreditch unlocked=1 failed=1
"""[1:], None, "https://owasp.org/www-project-cheat-sheets/cheatsheets/Logging_Cheat_Sheet.html")

add("go/decoy-env-reference", "cmd/room-panel-api/config.go", """
package main

import (
	"fmt"
	"os"
)

type Config struct {
	RobinToken     string
	GraphTenantID  string
	GraphClientID  string
	GraphSecret    string
	ListenAddr     string
}

func loadConfig() (Config, error) {
	c := Config{
		RobinToken:    os.Getenv("ROBIN_ACCESS_TOKEN"),
		GraphTenantID: os.Getenv("GRAPH_TENANT_ID"),
		GraphClientID: os.Getenv("GRAPH_CLIENT_ID"),
		GraphSecret:   os.Getenv("GRAPH_CLIENT_SECRET"),
		ListenAddr:    envOr("LISTEN_ADDR", ":8080"),
	}
	if c.RobinToken == "" || c.GraphSecret == "" {
		return c, fmt.Errorf("ROBIN_ACCESS_TOKEN and GRAPH_CLIENT_SECRET are required")
	}
	return c, nil
}

func envOr(k, def string) string {
	if v := os.Getenv(k); v != "" {
		return v
	}
	return def
}
"""[1:], None, "https://12factor.net/config")

add("ansible/decoy-vault-lookup", "ansible/roles/papercut/defaults/main.yml", """
---
papercut_version: "23.0.7"
papercut_db_host: sql-fm01.foundry.local
papercut_db_name: papercut
papercut_db_user: papercut_app
papercut_db_password: "{{ lookup('community.hashi_vault.hashi_vault', 'secret=kv/data/printing/papercut:db_password') }}"
vault_papercut_db_password: "{{ papercut_db_password }}"
papercut_webservices_token: "{{ lookup('community.hashi_vault.hashi_vault', 'secret=kv/data/printing/papercut:webservices_token') }}"
papercut_admin_cidr: 10.40.8.0/24
"""[1:], None, "https://docs.ansible.com/ansible/latest/collections/community/hashi_vault/hashi_vault_lookup.html")

add("json/decoy-key-vault-reference", "functions/room-sync/appsettings.azure.json", """
[
  {
    "name": "GraphClientSecret",
    "value": "@Microsoft.KeyVault(SecretUri=https://kv-quayside-prod.vault.azure.net/secrets/graph-room-sync/)",
    "slotSetting": false
  },
  {
    "name": "ZoomClientSecret",
    "value": "@Microsoft.KeyVault(VaultName=kv-quayside-prod;SecretName=zoom-s2s-secret)",
    "slotSetting": false
  },
  {
    "name": "WEBSITE_TIME_ZONE",
    "value": "GMT Standard Time",
    "slotSetting": false
  }
]
"""[1:], None, "https://learn.microsoft.com/en-us/azure/app-service/app-service-key-vault-references")

add("sql/decoy-schema", "db/migrations/001_members.sql", """
CREATE TABLE members (
    id               uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    email            citext NOT NULL UNIQUE,
    full_name        text NOT NULL,
    password_hash    text,                -- argon2id, NULL for SSO-only members
    totp_secret_enc  bytea,               -- encrypted with the app's KMS data key
    api_token_sha256 char(64),            -- only the hash of a member's API token is stored
    door_access      boolean NOT NULL DEFAULT false,
    created_at       timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE password_resets (
    token_sha256 char(64) PRIMARY KEY,
    member_id    uuid NOT NULL REFERENCES members(id) ON DELETE CASCADE,
    expires_at   timestamptz NOT NULL
);

CREATE INDEX members_door_access_idx ON members (door_access) WHERE door_access;
"""[1:], None, "https://cheatsheetseries.owasp.org/cheatsheets/Password_Storage_Cheat_Sheet.html")

add("notebook/decoy-getpass", "analysis/door_usage.ipynb", """
{
 "cells": [
  {
   "cell_type": "code",
   "execution_count": 1,
   "metadata": {},
   "outputs": [],
   "source": [
    "import getpass\\n",
    "import pandas as pd\\n",
    "import sqlalchemy as sa\\n",
    "\\n",
    "password = getpass.getpass(\\"warehouse password: \\")\\n",
    "engine = sa.create_engine(sa.URL.create(\\"postgresql+psycopg\\", username=\\"analyst_ro\\",\\n",
    "                          password=password, host=\\"reporting.canalside.internal\\", database=\\"warehouse\\"))"
   ]
  },
  {
   "cell_type": "code",
   "execution_count": 2,
   "metadata": {},
   "outputs": [],
   "source": [
    "df = pd.read_sql(\\"select door, date_trunc('hour', at) h, count(*) n from door_events group by 1, 2\\", engine)\\n",
    "df.pivot(index=\\"h\\", columns=\\"door\\", values=\\"n\\").tail(24)"
   ]
  }
 ],
 "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
"""[1:], None, "https://docs.python.org/3/library/getpass.html")

add("npmrc/decoy-env-reference", "apps/member-app/.npmrc", """
@brickyard:registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=${NPM_TOKEN}
@fortawesome:registry=https://npm.fontawesome.com/
//npm.fontawesome.com/:_authToken=${FONTAWESOME_NPM_AUTH_TOKEN}
save-exact=true
"""[1:], None, "https://docs.npmjs.com/cli/v10/configuring-npm/npmrc#auth-related-configuration")

add("systemd/decoy-environment-file", "deploy/systemd/door-bridge.service", """
[Unit]
Description=door-bridge (Nexudus -> Kisi/Salto)
After=network-online.target
Wants=network-online.target

[Service]
Type=simple
User=doorbridge
EnvironmentFile=/etc/door-bridge/credentials.env
Environment=LOG_LEVEL=info
Environment=SITES=shoreditch,hackney
LoadCredential=salto-secret:/etc/door-bridge/salto.secret
ExecStart=/opt/door-bridge/bin/door-bridge serve --addr 127.0.0.1:8080
Restart=on-failure
NoNewPrivileges=yes
ProtectSystem=strict

[Install]
WantedBy=multi-user.target
"""[1:], None, "https://www.freedesktop.org/software/systemd/man/latest/systemd.exec.html#EnvironmentFile=")

add("nginx/decoy-auth-file", "deploy/nginx/conf.d/bms-grafana.conf", """
server {
    listen 443 ssl http2;
    server_name bms.quaysidehub.io;

    ssl_certificate     /etc/letsencrypt/live/bms.quaysidehub.io/fullchain.pem;
    ssl_certificate_key /etc/letsencrypt/live/bms.quaysidehub.io/privkey.pem;

    # facilities contractors: basic auth from the htpasswd file (bcrypt entries), managed by Ansible
    auth_basic           "Building dashboards";
    auth_basic_user_file /etc/nginx/htpasswd.bms;

    location / {
        proxy_set_header Host $host;
        proxy_set_header Authorization "";
        proxy_pass http://127.0.0.1:3000;
    }
}
"""[1:], None, "https://nginx.org/en/docs/http/ngx_http_auth_basic_module.html")

add("powershell/decoy-secret-management", "ops/windows/Sync-AltaUsers.Secure.ps1", """
#Requires -Modules Microsoft.PowerShell.SecretManagement, Az.KeyVault
# Same job as Sync-AltaUsers.ps1 but reads the Alta service account from Key Vault.
$ErrorActionPreference = 'Stop'

Register-SecretVault -Name OpsVault -ModuleName Az.KeyVault -VaultParameters @{
    AZKVaultName   = 'kv-brickyard-ops'
    SubscriptionId = (Get-AzContext).Subscription.Id
} -AllowClobber

$altaCred = Get-Secret -Vault OpsVault -Name 'alta-door-sync'   # PSCredential
$body = @{
    email    = $altaCred.UserName
    password = $altaCred.GetNetworkCredential().Password
} | ConvertTo-Json

$login = Invoke-RestMethod -Method Post -Uri 'https://api.openpath.com/auth/login' -Body $body -ContentType 'application/json'
Write-Output "token expires $($login.data.expiresAt)"
"""[1:], None, "https://learn.microsoft.com/en-us/powershell/utility-modules/secretmanagement/overview")

_r = _rng()
_pgp = "mQINBGX" + "".join(_r.choice(B64) for _ in range(64 * 14 - 7))
add("pgp/decoy-public-key", "docs/security/ops-team-pubkey.asc", "-----BEGIN PGP PUBLIC KEY BLOCK-----\n\n"
    + "\n".join(_pgp[i:i + 64] for i in range(0, len(_pgp), 64))
    + "\n=" + "".join(_r.choice(B64) for _ in range(4)) + "\n-----END PGP PUBLIC KEY BLOCK-----\n", None,
    "https://datatracker.ietf.org/doc/html/rfc4880#section-6.2")

add("k8s/decoy-image-digest", "deploy/k8s/visitors/deployment.yaml", fill("""
apiVersion: apps/v1
kind: Deployment
metadata:
  name: visitor-kiosk-api
  namespace: visitors
spec:
  replicas: 2
  selector:
    matchLabels: { app: visitor-kiosk-api }
  template:
    metadata:
      labels: { app: visitor-kiosk-api }
    spec:
      containers:
        - name: api
          image: ghcr.io/foundry-collective/visitor-kiosk@sha256:⟪d⟫
          ports: [{ containerPort: 8080 }]
          envFrom:
            - secretRef: { name: visitor-kiosk }
          env:
            - name: POSTMARK_MESSAGE_STREAM
              value: visitor-arrivals
        - name: cloud-sql-proxy
          image: gcr.io/cloud-sql-connectors/cloud-sql-proxy@sha256:⟪e⟫
          args: ["--private-ip", "foundry-prod:europe-west1:kiosk"]
""", d=sha256_hex(), e=sha256_hex()), None, "https://kubernetes.io/docs/concepts/containers/images/#image-names")

add("kubeconfig/decoy-exec-plugin", "deploy/kubeconfig-eks.yaml", """
apiVersion: v1
kind: Config
clusters:
  - name: brickyard-prod
    cluster:
      server: https://4F1C92A7D3E05B8864AA1F0E27C5D913.gr7.eu-west-2.eks.amazonaws.com
      certificate-authority-data: LS0tLS1CRUdJTiBDRVJUSUZJQ0FURS0tLS0tCg==
contexts:
  - name: brickyard-prod
    context: { cluster: brickyard-prod, user: sso }
current-context: brickyard-prod
users:
  - name: sso
    user:
      exec:
        apiVersion: client.authentication.k8s.io/v1beta1
        command: aws
        args: [eks, get-token, --cluster-name, brickyard-prod, --region, eu-west-2]
        env:
          - name: AWS_PROFILE
            value: brickyard-ops
"""[1:], None, "https://kubernetes.io/docs/reference/access-authn-authz/authentication/#client-go-credential-plugins")

add("markdown/decoy-changelog", "door-bridge/CHANGELOG.md", """
# Changelog

## 3.4.1 - 2024-05-14
- Fix: Salto token refresh raced with the hourly sync (401 `invalid_client` in logs).
- Ops: rotated the Kisi API key after Tomasz left (old key ending `...a91f` revoked in the
  Kisi dashboard; new key in Secrets Manager `prod/doors/kisi`, version 7).

## 3.4.0 - 2024-04-29
- Hackney site: second front door (lock 51878) added to `members-all`.
- Salto KS client credentials moved from the config file to Secrets Manager.

## 3.3.2 - 2024-03-18
- Members suspended in Nexudus lose door access within 5 minutes (was 30).
"""[1:], None, "https://keepachangelog.com/en/1.1.0/")

add("python/decoy-token-hash", "member_api/auth/api_tokens.py", """
\"\"\"Member API tokens: shown once at creation, stored only as SHA-256.\"\"\"
import hashlib
import hmac
import secrets

PREFIX = "cs_live_"


def new_token() -> tuple[str, str]:
    token = PREFIX + secrets.token_urlsafe(32)
    return token, digest(token)


def digest(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def check(presented: str, stored_digest: str) -> bool:
    return hmac.compare_digest(digest(presented), stored_digest)


# Known digests of revoked tokens (from the 2024-02 incident), kept so the API can log reuse.
REVOKED = {
    "9f2c7a4e1b0d83c56e7f4a2b91d0c8e3f6a5b4c2d1e0f9a8b7c6d5e4f3a2b1c0",
    "0b1c2d3e4f5a6b7c8d9e0f1a2b3c4d5e6f7a8b9c0d1e2f3a4b5c6d7e8f9a0b1c",
}
"""[1:], None, "https://cheatsheetseries.owasp.org/cheatsheets/Password_Storage_Cheat_Sheet.html")

add("shell/decoy-password-generator", "ops/bin/new-wifi-guest-password.sh", """
#!/usr/bin/env bash
# Generates this week's guest Wi-Fi passphrase, stores it in Secrets Manager and pushes it to
# the UniFi controller. Run by cron on Mondays at 05:00. Prints nothing secret.
set -euo pipefail

words=$(shuf -n 3 /usr/share/dict/words | tr -dc 'a-z\\n' | paste -sd- -)
pass="${words}-$(shuf -i 10-99 -n 1)"

aws secretsmanager put-secret-value --secret-id prod/wifi/guest-passphrase --secret-string "$pass" >/dev/null
/opt/ops/bin/unifi-set-wlan-key --wlan Quayside-Guest --key-stdin <<<"$pass"
unset pass

echo "guest passphrase rotated ($(date +%F))"
"""[1:], None, "https://docs.aws.amazon.com/cli/latest/reference/secretsmanager/put-secret-value.html")

add("compose/decoy-ci-dummy-password", "docker-compose.test.yml", """
# Throwaway services for the test suite (CI and local). Nothing here is reachable outside the job.
services:
  postgres:
    image: postgres:16-alpine
    environment:
      POSTGRES_USER: test
      POSTGRES_PASSWORD: test
      POSTGRES_DB: hive_test
    ports: ["55432:5432"]
    tmpfs: [/var/lib/postgresql/data]

  redis:
    image: redis:7-alpine
    ports: ["56379:6379"]

  stripe-mock:
    image: stripe/stripe-mock:v0.186.0
    ports: ["12111:12111"]
"""[1:], None, "https://hub.docker.com/_/postgres")

add("python/decoy-docstring-example", "packages/kisi-lite/kisi_lite/client.py", """
\"\"\"A small Kisi API client.

Example::

    from kisi_lite import Client

    client = Client(api_key="YOUR_KISI_API_KEY")
    client.unlock(lock_id=12345)

The key is never logged; pass it from your secret store or the KISI_API_KEY variable.
\"\"\"
import os

import requests


class Client:
    def __init__(self, api_key: str | None = None, base_url: str = "https://api.kisi.io"):
        self._key = api_key or os.environ["KISI_API_KEY"]
        self._base = base_url.rstrip("/")
        self._session = requests.Session()
        self._session.headers["Authorization"] = f"KISI-LOGIN {self._key}"

    def unlock(self, lock_id: int) -> None:
        self._session.post(f"{self._base}/locks/{lock_id}/unlock", json={}, timeout=10).raise_for_status()

    def __repr__(self) -> str:
        return f"Client(base_url={self._base!r}, api_key=***)"
"""[1:], None, "https://api.kisi.io/docs#/")

add("yaml/decoy-secret-ref", "deploy/k8s/cert-manager/cluster-issuer.yaml", """
apiVersion: cert-manager.io/v1
kind: ClusterIssuer
metadata:
  name: letsencrypt-dns
spec:
  acme:
    email: ops@brickyard.work
    server: https://acme-v02.api.letsencrypt.org/directory
    privateKeySecretRef:
      name: letsencrypt-dns-account-key
    solvers:
      - dns01:
          cloudflare:
            apiTokenSecretRef:
              name: cloudflare-api-token
              key: api-token
        selector:
          dnsZones: [brickyard.work]
"""[1:], None, "https://cert-manager.io/docs/configuration/acme/dns01/cloudflare/")

add("text/decoy-sensitive-output", "docs/platform/tfplan-reporting-db.txt", """
Terraform will perform the following actions:

  # module.reporting_db.random_password.analyst will be created
  + resource "random_password" "analyst" {
      + id               = (known after apply)
      + length           = 32
      + override_special = (sensitive value)
      + result           = (sensitive value)
      + special          = true
    }

  # module.reporting_db.postgresql_role.analyst will be created
  + resource "postgresql_role" "analyst" {
      + login    = true
      + name     = "analyst_ro"
      + password = (sensitive value)
    }

Plan: 2 to add, 0 to change, 0 to destroy.
"""[1:], None, "https://developer.hashicorp.com/terraform/language/values/outputs#sensitive-suppressing-values-in-cli-output")

add("ruby/decoy-rails-credentials", "config/initializers/cobot.rb", """
# frozen_string_literal: true

# Cobot OAuth app - client id/secret live in config/credentials/production.yml.enc
# (edit with: bin/rails credentials:edit --environment production).
Rails.application.config.x.cobot = ActiveSupport::OrderedOptions.new.tap do |c|
  c.client_id = Rails.application.credentials.dig(:cobot, :client_id)
  c.client_secret = Rails.application.credentials.dig(:cobot, :client_secret)
  c.space_subdomain = "hive-leeds"
  c.scopes = %w[read read_memberships write_memberships].freeze
end

raise "Cobot credentials missing" if Rails.env.production? && Rails.application.config.x.cobot.client_secret.blank?
"""[1:], None, "https://guides.rubyonrails.org/security.html#custom-credentials")

add("yaml/decoy-wifi-inventory", "network/inventory/wlans.yaml", """
# Wi-Fi networks per site. Passphrases are NOT stored here: see the vault path per network.
sites:
  bristol:
    - ssid: Quayside-Members
      security: wpa2-enterprise
      radius: members-radius
      vlan: 120
    - ssid: Quayside-Guest
      security: open
      portal: click-through
      vlan: 130
    - ssid: Quayside-IoT
      security: wpa2-psk
      hidden: true
      passphrase_ref: vault:kv/network/bristol/iot#passphrase
      vlan: 140
  cardiff:
    - ssid: Quayside-Members
      security: wpa2-enterprise
      radius: members-radius
      vlan: 120
"""[1:], None, "https://docs.ansible.com/ansible/latest/collections/community/hashi_vault/")

add("typescript/decoy-env-schema", "apps/booking-web/src/env.ts", """
import { z } from "zod";

// Validates the server environment at boot. Secrets are provided by the platform (Vercel env).
const schema = z.object({
  DATABASE_URL: z.string().url(),
  AUTH_SECRET: z.string().min(32),
  GOOGLE_CLIENT_ID: z.string().endsWith(".apps.googleusercontent.com"),
  GOOGLE_CLIENT_SECRET: z.string().startsWith("GOCSPX-"),
  ROBIN_ACCESS_TOKEN: z.string().min(20),
  STRIPE_SECRET_KEY: z.string().regex(/^(sk|rk)_(live|test)_/),
});

export const env = schema.parse(process.env);
export type Env = z.infer<typeof schema>;
"""[1:], None, "https://zod.dev/")

add("java/decoy-value-injection", "access-bridge/src/main/java/work/hive/access/SaltoProperties.java", """
package work.hive.access;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

@Component
public class SaltoProperties {

    @Value("${access.salto.base-url}")
    private String baseUrl;

    @Value("${access.salto.client-id}")
    private String clientId;

    @Value("${access.salto.client-secret}")
    private String clientSecret;

    public String baseUrl() { return baseUrl; }
    public String clientId() { return clientId; }
    public String clientSecret() { return clientSecret; }

    @Override
    public String toString() {
        return "SaltoProperties[baseUrl=" + baseUrl + ", clientId=" + clientId + ", clientSecret=****]";
    }
}
"""[1:], None, "https://docs.spring.io/spring-framework/reference/core/beans/annotation-config/value-annotations.html")

add("xcconfig/decoy-build-setting-reference", "MemberApp/Config/Release.xcconfig", """
// Release build settings. Secret values are injected by the CI (Xcode Cloud environment
// variables) into Secrets.xcconfig, which is git-ignored.
#include? "Secrets.xcconfig"

API_BASE_HOST = members.brickyard.work
BRIVO_CLIENT_ID = $(BRIVO_CLIENT_ID_CI)
BRIVO_CLIENT_SECRET = $(BRIVO_CLIENT_SECRET_CI)
ONESIGNAL_APP_ID = $(ONESIGNAL_APP_ID_CI)
SWIFT_ACTIVE_COMPILATION_CONDITIONS = RELEASE
"""[1:], None, "https://developer.apple.com/documentation/xcode/adding-a-build-configuration-file-to-your-project")

add("json/decoy-stripe-object-ids", "services/stripe-events/tests/fixtures/subscription_updated.json", fill("""
{
  "id": "evt_1PGx⟪e⟫",
  "object": "event",
  "api_version": "2023-10-16",
  "created": 1715670000,
  "livemode": false,
  "type": "customer.subscription.updated",
  "data": {
    "object": {
      "id": "sub_1PGx⟪s⟫",
      "object": "subscription",
      "customer": "cus_Q7⟪c⟫",
      "status": "active",
      "items": {
        "data": [
          { "id": "si_Q7⟪i⟫", "price": { "id": "price_1OqZ⟪p⟫", "product": "prod_PfG⟪pr⟫" } }
        ]
      },
      "latest_invoice": "in_1PGx⟪inv⟫"
    }
  },
  "request": { "id": "req_⟪r⟫", "idempotency_key": "⟪u⟫" }
}
""", e=chars(20), s=chars(20), c=chars(12), i=chars(12), p=chars(20), pr=chars(11), inv=chars(20), r=chars(14),
         u=uuid_s()), None, "https://docs.stripe.com/api/events/object")

add("log/decoy-message-sids", "docs/support/samples/reception-sms.log", fill("""
2024-05-13 08:41:12 sms sent to=+4477009xxxxx sid=SM⟪a⟫ status=queued visitor="J. Okafor"
2024-05-13 08:41:14 sms status sid=SM⟪a⟫ status=delivered
2024-05-13 09:05:51 sms sent to=+4477003xxxxx sid=SM⟪b⟫ status=queued visitor="L. Martin"
2024-05-13 09:05:58 sms status sid=SM⟪b⟫ status=undelivered error=30003
2024-05-13 09:06:30 teams notify host=l.martin@quaysidehub.io ok
""", a=hexs(32), b=hexs(32)), None, "https://www.twilio.com/docs/messaging/api/message-resource")
