"""Blind set ID: ice-cream makers and gelato parlours around a Danish dairy (Iskælderen Mejeri).

Production lines and batch freezers, cold-chain loggers, parlour tills and card terminals, web
shop, delivery and accounting integrations, the dairy's IT, CI and infrastructure, with runbooks
and notes (about a third in Danish), and their decoys. Generated fakes only (seeds 3350000-3359999).
"""
from __future__ import annotations

import base64
import random
import string
from typing import List, Optional

from tests import fakes
from tests.accuracy.labelled import LabelledCase

SEED_LO, SEED_HI = 3350000, 3359999
ALNUM = string.ascii_letters + string.digits
HEX = "0123456789abcdef"
_SEED = [SEED_LO]


def _seed() -> int:
    _SEED[0] += 7
    assert _SEED[0] <= SEED_HI
    return _SEED[0]


def _rng() -> random.Random:
    return random.Random(_seed())


WORDS = ["Flode", "Vanilje", "Jordbaer", "Pistacie", "Hasselnod", "Kirsebaer", "Lakrids", "Karamel",
         "Mandel", "Hindbaer", "Solbaer", "Rabarber", "Kanel", "Citron", "Kakao", "Stracciatella"]
LOWER = ["vaffel", "kugle", "softice", "sorbet", "frysebox", "mejeri", "havtorn", "flodebolle",
         "kulde", "isbaad", "krummer", "strand", "sommer", "bornholm", "guf", "kvaede"]


def words_pw() -> str:
    r = _rng()
    return r.choice(WORDS) + r.choice("!#$%@*") + r.choice(WORDS) + str(r.randint(10, 9999))


def rand_pw(n: int = 20, extra: str = "") -> str:
    return fakes.drawn_mixed(_seed(), n, ALNUM + extra) if extra else fakes.drawn_mixed(_seed(), n)


def passphrase() -> str:
    r = _rng()
    return "-".join(r.sample(LOWER, 4)) + str(r.randint(1, 99))


def hexs(n: int) -> str:
    return fakes.drawn(_seed(), n, HEX)


def upper_hex(n: int) -> str:
    return fakes.drawn(_seed(), n, "0123456789ABCDEF")


def b64(s: str) -> str:
    return base64.b64encode(s.encode()).decode()


def uuid_s() -> str:
    return fakes.uuid4(_seed())


def stripe_key(kind: str = "sk_live_") -> str:
    return fakes.fake(kind, 99 if kind.startswith("rk") else 24, _seed())


def slack_bot() -> str:
    r = _rng()
    return f"xoxb-{r.randint(10**10, 10**11)}-{r.randint(10**12, 10**13)}-" + "".join(r.choice(ALNUM) for _ in range(24))


def slack_webhook() -> str:
    r = _rng()
    up = string.ascii_uppercase + string.digits
    return ("https://hooks.slack.com/services/T" + "".join(r.choice(up) for _ in range(8)) + "/B"
            + "".join(r.choice(up) for _ in range(10)) + "/" + "".join(r.choice(ALNUM) for _ in range(24)))


def sendgrid_key() -> str:
    return fakes.fake("SG.", 22, _seed()) + fakes.fake(".", 43, _seed())


def shopify_token() -> str:
    return "shpat_" + hexs(32)


def mailchimp_key() -> str:
    return hexs(32) + "-us21"


def nets_easy_key(live: bool = True) -> str:
    return ("live-secret-key-" if live else "test-secret-key-") + hexs(32)


def azure_secret() -> str:
    r = _rng()
    return "".join(r.choice(ALNUM) for _ in range(3)) + "8Q~" + "".join(r.choice(ALNUM + "_.-~") for _ in range(34))


def gitlab_token() -> str:
    return fakes.fake("glpat-", 20, _seed())


def twilio_sid() -> str:
    return "AC" + hexs(32)


def sumup_key() -> str:
    return fakes.fake("sup_sk_", 32, _seed())


def newrelic_key() -> str:
    return "NRAK-" + fakes.drawn(_seed(), 27, string.ascii_uppercase + string.digits)


def mailgun_key() -> str:
    return "key-" + hexs(32)


def google_api_key() -> str:
    return fakes.fake("AIza", 35, _seed())


def jwt_like(payload: str) -> str:
    head = base64.urlsafe_b64encode(b'{"alg":"HS256","typ":"JWT"}').decode().rstrip("=")
    body = base64.urlsafe_b64encode(payload.encode()).decode().rstrip("=")
    return head + "." + body + "." + fakes.drawn(_seed(), 43, ALNUM + "-_")


def pem(kind: str = "RSA") -> str:
    return fakes.fake_pem(_seed(), kind)


def indent(text: str, n: int) -> str:
    pad = " " * n
    return "\n".join(pad + line for line in text.splitlines())


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
    CASES.append(LabelledCase(f"blind-id/{category}", file_name, text, secret, source))


# ---------------------------------------------------------------------------------------------
# Payments at the parlours: Nets Easy, MobilePay, Stripe, SumUp, QuickPay
# ---------------------------------------------------------------------------------------------

NETS_DOC = "https://developer.nexigroup.com/nexi-checkout/en-EU/docs/access-your-integration-keys/"
STRIPE_DOC = "https://docs.stripe.com/keys"
MOBILEPAY_DOC = "https://developer.vippsmobilepay.com/docs/APIs/access-token-api/"

add("env/nets-easy-secret-key", "webshop/.env.production", NETS_DOC, """
# Iskaelderen webshop - produktion
APP_ENV=production
APP_URL=https://shop.iskaelderen.dk
DATABASE_URL=${DATABASE_URL}
NETS_EASY_CHECKOUT_KEY=live-checkout-key-@@ck@@
NETS_EASY_SECRET_KEY=@@secret@@
NETS_EASY_TERMS_URL=https://shop.iskaelderen.dk/handelsbetingelser
FREE_SHIPPING_FROM_DKK=499
""", nets_easy_key(), ck=hexs(32))

add("python/nets-easy-secret-key", "webshop/payments/nets.py", NETS_DOC, """
\"\"\"Opret betaling hos Nets Easy for isboks-abonnementer.\"\"\"
import requests

API = "https://api.dibspayment.eu/v1/payments"
# TODO flyt til settings inden go-live
SECRET_KEY = "@@secret@@"


def create_payment(order):
    body = {
        "order": {"items": order.lines(), "amount": order.total_ore, "currency": "DKK",
                  "reference": order.number},
        "checkout": {"integrationType": "EmbeddedCheckout", "url": "https://shop.iskaelderen.dk/kasse",
                     "termsUrl": "https://shop.iskaelderen.dk/handelsbetingelser"},
    }
    r = requests.post(API, json=body, headers={"Authorization": SECRET_KEY}, timeout=15)
    r.raise_for_status()
    return r.json()["paymentId"]
""", nets_easy_key())

add("php/nets-easy-secret-key", "wp-content/plugins/iskaelderen-checkout/config.php", NETS_DOC, """
<?php
// Gelateria Nørrebro - WooCommerce bridge to Nets Easy
defined('ABSPATH') || exit;

return [
    'mode'        => 'live',
    'merchant_id' => '100087231',
    'checkout_key' => 'live-checkout-key-@@ck@@',
    'secret_key'  => '@@secret@@',
    'currency'    => 'DKK',
    'language'    => 'da-DK',
];
""", nets_easy_key(), ck=hexs(32))

add("json/decoy-nets-checkout-key", "webshop/static/checkout-config.json", NETS_DOC, """
{
  "provider": "nets-easy",
  "checkoutKey": "live-checkout-key-@@ck@@",
  "language": "da-DK",
  "containerId": "nets-checkout",
  "theme": {"buttonRadius": "18px", "primaryColor": "#f7b2c4"},
  "termsUrl": "https://shop.iskaelderen.dk/handelsbetingelser"
}
""", ck=hexs(32))

add("yaml/mobilepay-client-secret", "parlours/config/mobilepay.yml", MOBILEPAY_DOC, """
# Vipps MobilePay - ePayment, Gelateria Vesterbro og Nørrebro
mobilepay:
  base_url: https://api.vipps.no
  merchant_serial_number: "2301877"
  client_id: @@cid@@
  client_secret: @@secret@@
  subscription_key: @@sub@@
  system_name: iskaelderen-pos
  system_version: 4.2.1
""", rand_pw(40, "_-"), cid=uuid_s(), sub=hexs(32))

add("typescript/mobilepay-subscription-key", "apps/kiosk/src/payments/mobilepay.ts", MOBILEPAY_DOC, """
import axios from "axios";

const MSN = "2301877";
// Ocp-Apim-Subscription-Key fra portal.vippsmobilepay.com (Iskaelderen Kiosk)
const SUBSCRIPTION_KEY = "@@secret@@";

export async function accessToken(clientId: string, clientSecret: string): Promise<string> {
  const res = await axios.post("https://api.vipps.no/accesstoken/get", null, {
    headers: {
      client_id: clientId,
      client_secret: clientSecret,
      "Ocp-Apim-Subscription-Key": SUBSCRIPTION_KEY,
      "Merchant-Serial-Number": MSN,
    },
  });
  return res.data.access_token;
}
""", hexs(32))

add("env/decoy-mobilepay-placeholders", "parlours/.env.example", MOBILEPAY_DOC, """
# Kopier til .env og udfyld fra 1Password (boks: Gelateria / MobilePay)
MOBILEPAY_MSN=2301877
MOBILEPAY_CLIENT_ID=
MOBILEPAY_CLIENT_SECRET=<indsaet-client-secret>
MOBILEPAY_SUBSCRIPTION_KEY=<indsaet-subscription-key>
MOBILEPAY_TEST_MODE=true
POS_PRINTER_HOST=192.168.20.31
""")

add("python/stripe-secret-key", "webshop/scripts/refund_melted_orders.py", STRIPE_DOC, """
#!/usr/bin/env python3
\"\"\"Refund orders the courier flagged as melted on arrival (summer 2025 heatwave).\"\"\"
import csv
import sys

import stripe

stripe.api_key = "@@secret@@"

with open(sys.argv[1], newline="", encoding="utf-8") as fh:
    for row in csv.DictReader(fh):
        if row["status"] != "smeltet":
            continue
        refund = stripe.Refund.create(payment_intent=row["payment_intent"], reason="requested_by_customer")
        print(row["order"], refund.id, refund.status)
""", stripe_key())

add("ruby/stripe-restricted-key", "gelato-club/config/initializers/stripe.rb", STRIPE_DOC, """
# Gelato Club subscriptions (monthly pint box)
Rails.configuration.stripe = {
  publishable_key: ENV.fetch("STRIPE_PUBLISHABLE_KEY"),
  secret_key: "@@secret@@"
}

Stripe.api_key = Rails.configuration.stripe[:secret_key]
Stripe.api_version = "2024-06-20"
Stripe.max_network_retries = 2
""", stripe_key("rk_live_"))

add("javascript/decoy-stripe-publishable", "gelato-club/app/javascript/checkout.js", STRIPE_DOC, """
import { loadStripe } from "@stripe/stripe-js";

// publishable key: safe in the browser by design
const stripePromise = loadStripe("@@pk@@");

export async function startCheckout(sessionId) {
  const stripe = await stripePromise;
  const { error } = await stripe.redirectToCheckout({ sessionId });
  if (error) {
    document.querySelector("#checkout-error").textContent = error.message;
  }
}
""", pk=stripe_key("pk_live_"))

add("go/stripe-webhook-secret", "services/orders/webhook.go", "https://docs.stripe.com/webhooks#verify-official-libraries", """
package orders

import (
	"io"
	"net/http"

	"github.com/stripe/stripe-go/v76/webhook"
)

const endpointSecret = "@@secret@@"

func HandleStripe(w http.ResponseWriter, r *http.Request) {
	payload, err := io.ReadAll(io.LimitReader(r.Body, 65536))
	if err != nil {
		w.WriteHeader(http.StatusServiceUnavailable)
		return
	}
	event, err := webhook.ConstructEvent(payload, r.Header.Get("Stripe-Signature"), endpointSecret)
	if err != nil {
		w.WriteHeader(http.StatusBadRequest)
		return
	}
	enqueue(event)
	w.WriteHeader(http.StatusOK)
}
""", "whsec_" + rand_pw(32))

add("yaml/decoy-stripe-test-fixture", "gelato-club/spec/fixtures/stripe_events.yml", STRIPE_DOC, """
# recorded with stripe-mock; ids are fake, keys are the documented test placeholders
checkout_completed:
  id: evt_1NqTe2ExampleOnly0001
  type: checkout.session.completed
  api_key_used: sk_test_xxxxxxxxxxxxxxxxxxxxxxxx
  data:
    object:
      id: cs_test_a1ExampleSession
      amount_total: 34900
      currency: dkk
      customer_email: kunde@example.com
""")

add("kotlin/sumup-api-key", "android/pos/src/main/java/dk/iskaelderen/pos/SumUpConfig.kt", "https://developer.sumup.com/api/authentication", """
package dk.iskaelderen.pos

object SumUpConfig {
    const val MERCHANT_CODE = "MC7Q2ZP8"
    const val AFFILIATE_KEY = "@@aff@@"
    // server key used by the truck tablets to look up refunds
    const val API_KEY = "@@secret@@"
    const val CURRENCY = "DKK"
}
""", sumup_key(), aff=uuid_s())

add("csharp/quickpay-api-key", "Kasse/Iskaelderen.Kasse/QuickPayClient.cs", "https://learn.quickpay.net/tech-talk/api/", """
using System;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text;

namespace Iskaelderen.Kasse
{
    public class QuickPayClient
    {
        private const string ApiKey = "@@secret@@";
        private readonly HttpClient _http = new HttpClient { BaseAddress = new Uri("https://api.quickpay.net/") };

        public QuickPayClient()
        {
            var basic = Convert.ToBase64String(Encoding.ASCII.GetBytes(":" + ApiKey));
            _http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", basic);
            _http.DefaultRequestHeaders.Add("Accept-Version", "v10");
        }
    }
}
""", hexs(64))

add("markdown/decoy-quickpay-test-cards", "docs/betaling/testkort.md", "https://learn.quickpay.net/tech-talk/appendixes/test/", """
# Testkort til QuickPay (kun testmode)

| Kort            | Nummer              | Udløb | CVD |
|-----------------|---------------------|-------|-----|
| Visa godkendt   | 1000 0000 0000 0008 | 12/30 | 123 |
| Mastercard afvist | 1000 0000 0000 0016 | 12/30 | 123 |

API-nøglen hentes fra `QUICKPAY_API_KEY` i Key Vault - den skrives aldrig i repo.
Callback-URL i testmode: `https://staging.iskaelderen.dk/quickpay/callback`.
""")

add("shell/nets-easy-test-key", "scripts/nets_charge_test.sh", NETS_DOC, """
#!/usr/bin/env bash
# Hurtig test af charge-flowet mod Nets Easy testmiljø
set -euo pipefail
PAYMENT_ID="$1"
curl -sS -X POST "https://test.api.dibspayment.eu/v1/payments/${PAYMENT_ID}/charges" \\
  -H "Authorization: @@secret@@" \\
  -H "Content-Type: application/json" \\
  -d '{"amount": 4500}'
""", nets_easy_key(False))

add("swift/stripe-secret-key", "ios/TruckPOS/Sources/Backend.swift", STRIPE_DOC, """
import Foundation

enum Backend {
    static let baseURL = URL(string: "https://api.stripe.com/v1")!
    // ice-cream truck iPad: charges Terminal readers directly (temporary!)
    static let secretKey = "@@secret@@"

    static func request(_ path: String) -> URLRequest {
        var req = URLRequest(url: baseURL.appendingPathComponent(path))
        req.setValue("Bearer \\(secretKey)", forHTTPHeaderField: "Authorization")
        return req
    }
}
""", stripe_key())

add("properties/decoy-payment-env-refs", "pos-server/src/main/resources/application-prod.properties", "https://docs.spring.io/spring-boot/reference/features/external-config.html", """
# Iskaelderen POS server, production profile
server.port=8443
pos.currency=DKK
pos.nets.secret-key=${NETS_SECRET_KEY}
pos.mobilepay.client-secret=${MOBILEPAY_CLIENT_SECRET}
pos.stripe.api-key=${STRIPE_API_KEY}
pos.receipt.footer=Tak for besoeget - god is!
spring.datasource.url=jdbc:postgresql://db.internal:5432/pos
spring.datasource.password=${POS_DB_PASSWORD}
""")

# ---------------------------------------------------------------------------------------------
# Web shop, delivery, accounting and marketing vendors
# ---------------------------------------------------------------------------------------------

SHOPIFY_DOC = "https://shopify.dev/docs/apps/build/authentication-authorization/access-tokens/generate-app-access-tokens-admin"
ECONOMIC_DOC = "https://restdocs.e-conomic.com/#authentication"
MAILCHIMP_DOC = "https://mailchimp.com/developer/marketing/guides/quick-start/"
SENDGRID_DOC = "https://www.twilio.com/docs/sendgrid/ui/account-and-settings/api-keys"

add("toml/shopify-admin-token", "shopify-sync/config.toml", SHOPIFY_DOC, """
[shop]
domain = "iskaelderen.myshopify.com"
api_version = "2024-07"
admin_token = "@@secret@@"

[sync]
# lagerstatus fra fryselageret i Hobro hvert 10. minut
interval_minutes = 10
locations = ["Hobro Fryselager", "Gelateria Vesterbro", "Gelateria Nørrebro"]
""", shopify_token())

add("python/shopify-admin-token", "shopify-sync/sync_inventory.py", SHOPIFY_DOC, """
import os

import shopify

SHOP = "iskaelderen.myshopify.com"
TOKEN = os.environ.get("SHOPIFY_ADMIN_TOKEN", "@@secret@@")


def push_levels(levels: dict[str, int]) -> None:
    session = shopify.Session(SHOP, "2024-07", TOKEN)
    shopify.ShopifyResource.activate_session(session)
    for sku, qty in levels.items():
        variant = shopify.Variant.find_first(sku=sku)
        if variant:
            shopify.InventoryLevel.set(location_id=71234, inventory_item_id=variant.inventory_item_id, available=qty)
""", shopify_token())

add("env/decoy-shopify-storefront-token", "storefront/.env", "https://shopify.dev/docs/api/storefront#authentication", """
# Storefront API: the public token is shipped to the browser by design
PUBLIC_STORE_DOMAIN=iskaelderen.myshopify.com
PUBLIC_STOREFRONT_API_TOKEN=@@pub@@
PUBLIC_STOREFRONT_API_VERSION=2024-07
PRIVATE_STOREFRONT_API_TOKEN=${SHOPIFY_PRIVATE_STOREFRONT_TOKEN}
SESSION_SECRET=${SESSION_SECRET}
""", pub=hexs(32))

add("json/economic-app-secret", "regnskab/economic-settings.json", ECONOMIC_DOC, """
{
  "baseUrl": "https://restapi.e-conomic.com",
  "appSecretToken": "@@secret@@",
  "agreementGrantToken": "@@grant@@",
  "defaultLayout": 19,
  "journalNumber": 3,
  "vatZone": "Domestic",
  "comment": "Bogfoering af dagens kasseopgoerelser fra de tre isbarer"
}
""", rand_pw(46), grant=rand_pw(46))

add("csharp/economic-agreement-grant", "Regnskab/EconomicExporter.cs", ECONOMIC_DOC, """
using System.Net.Http;

namespace Iskaelderen.Regnskab
{
    public static class EconomicExporter
    {
        public static HttpClient Create()
        {
            var client = new HttpClient { BaseAddress = new System.Uri("https://restapi.e-conomic.com/") };
            client.DefaultRequestHeaders.Add("X-AppSecretToken", Settings.AppSecret);
            client.DefaultRequestHeaders.Add("X-AgreementGrantToken", "@@secret@@");
            client.DefaultRequestHeaders.Add("Accept", "application/json");
            return client;
        }
    }
}
""", rand_pw(46))

add("markdown/decoy-economic-demo-tokens", "docs/regnskab/e-conomic.md", ECONOMIC_DOC, """
# Integration til e-conomic

e-conomic har en offentlig demo-aftale, som vi bruger i tests:

```http
GET https://restapi.e-conomic.com/customers
X-AppSecretToken: demo
X-AgreementGrantToken: demo
```

De rigtige tokens ligger i Azure Key Vault `kv-iskaelderen-prod` som
`economic-app-secret` og `economic-grant-token`. Spørg Mette i økonomi før de roteres.
""")

add("yaml/dinero-client-secret", "regnskab/dinero.yaml", "https://api.dinero.dk/docs", """
dinero:
  organization_id: 248113
  token_url: https://authz.dinero.dk/dineroapi/oauth/token
  client_id: IskaelderenBogholderi
  client_secret: @@secret@@
  api_key: ${DINERO_API_KEY}
  sync:
    daily_at: "02:15"
    accounts: [1000, 1100, 1310]
""", rand_pw(43))

add("python/shipmondo-api-key", "fulfilment/shipmondo_labels.py", "https://app.shipmondo.com/api/public/v3/specification", """
\"\"\"Print GLS/PostNord-labels til isbokse med toeris (skal afsted foer kl. 14).\"\"\"
import requests

API_USER = "9a31c2f4-iskaelderen"
API_KEY = "@@secret@@"
BASE = "https://app.shipmondo.com/api/public/v3"


def create_shipment(order: dict) -> dict:
    payload = {"own_agreement": False, "product_code": "GLSDK_SD", "service_codes": "EMAIL_NT",
               "receiver": order["receiver"], "parcels": [{"weight": 4200}]}
    resp = requests.post(f"{BASE}/shipments", json=payload, auth=(API_USER, API_KEY), timeout=20)
    resp.raise_for_status()
    return resp.json()
""", uuid_s())

add("shell/wolt-drive-token", "ops/wolt/test_delivery_estimate.sh", "https://developer.wolt.com/docs/wolt-drive/authentication", """
#!/bin/sh
# Wolt Drive - prisoverslag for levering fra Gelateria Vesterbro
VENUE_ID=64f0c2a9e1d4b80012ab77cd
curl -s "https://daas-public-api.wolt.com/v1/venues/$VENUE_ID/delivery-fee" \\
  -H "Authorization: Bearer @@secret@@" \\
  -H "Content-Type: application/json" \\
  -d '{"dropoff":{"location":{"formatted_address":"Istedgade 12, 1650 København V"}}}'
""", rand_pw(48))

add("javascript/mailchimp-api-key", "newsletter/sync-members.js", MAILCHIMP_DOC, """
const mailchimp = require("@mailchimp/mailchimp_marketing");

mailchimp.setConfig({
  apiKey: "@@secret@@",
  server: "us21",
});

// Ismejeriets nyhedsbrev: nye smage hver fredag
const LIST_ID = "b7c41d09e2";

async function addMember(email, firstName) {
  return mailchimp.lists.addListMember(LIST_ID, {
    email_address: email,
    status: "pending",
    merge_fields: { FNAME: firstName },
  });
}

module.exports = { addMember };
""", mailchimp_key())

add("python/decoy-mailchimp-list-ids", "newsletter/segments.py", MAILCHIMP_DOC, """
\"\"\"Mailchimp audience and segment ids (ids, not keys) for the flavour-of-the-week mails.\"\"\"
AUDIENCE_ID = "b7c41d09e2"
SEGMENTS = {
    "sorbet_fans": 4418211,
    "vegan": 4418215,
    "koebenhavn": 4418230,
    "aarhus": 4418231,
}
TEMPLATE_ID = 10029814
CAMPAIGN_FOLDER = "3f9c1e7a44"
API_KEY_ENV = "MAILCHIMP_API_KEY"
""")

add("php/sendgrid-api-key", "gelateria-site/includes/mail.php", SENDGRID_DOC, """
<?php
require 'vendor/autoload.php';

function send_booking_confirmation(string $to, string $name, string $date): void
{
    $email = new \\SendGrid\\Mail\\Mail();
    $email->setFrom("booking@gelateria-vesterbro.dk", "Gelateria Vesterbro");
    $email->setSubject("Din bestilling af isbar til $date");
    $email->addTo($to, $name);
    $email->addContent("text/plain", "Tak for din bestilling - vi glæder os til at se jer!");
    $sendgrid = new \\SendGrid('@@secret@@');
    $sendgrid->send($email);
}
""", sendgrid_key())

add("yaml/decoy-sendgrid-template-ids", "mail/templates.yml", SENDGRID_DOC, """
# SendGrid dynamic template ids (not secrets)
templates:
  order_confirmed: d-4f1a8c2e9b7d4e11a0c3b5f6e7d8c9a0
  order_shipped: d-9b2e7a1c4d3f4a8bb1e2c3d4f5a6b7c8
  birthday_scoop: d-1c2d3e4f5a6b4c7d8e9f0a1b2c3d4e5f
sender:
  email: hej@iskaelderen.dk
  name: Iskælderen
api_key_secret_ref: projects/iskaelderen-prod/secrets/sendgrid-api-key/versions/latest
""")

add("ruby/twilio-auth-token", "gelato-club/app/services/sms_notifier.rb", "https://www.twilio.com/docs/iam/credentials/api", """
require "twilio-ruby"

class SmsNotifier
  ACCOUNT_SID = "@@sid@@"
  AUTH_TOKEN = "@@secret@@"
  FROM = "+4552512280"

  def self.pickup_ready(phone, order_no)
    client = Twilio::REST::Client.new(ACCOUNT_SID, AUTH_TOKEN)
    client.messages.create(from: FROM, to: phone,
                           body: "Din isbestilling #{order_no} er klar til afhentning i Gelateria Vesterbro")
  end
end
""", hexs(32), sid=twilio_sid())

add("json/planday-refresh-token", "hr/planday/credentials.json", "https://openapi.planday.com/gettingstarted/authorization", """
{
  "portal": "iskaelderen.planday.com",
  "client_id": "@@cid@@",
  "refresh_token": "@@secret@@",
  "token_endpoint": "https://id.planday.com/connect/token",
  "departments": ["Produktion Hobro", "Gelateria Vesterbro", "Gelateria Nørrebro", "Isbilen"]
}
""", rand_pw(43, "-_"), cid=uuid_s())

add("html/decoy-google-maps-browser-key", "gelateria-site/find-os.html", "https://developers.google.com/maps/documentation/javascript/get-api-key#restrict_key", """
<!doctype html>
<html lang="da">
<head>
  <meta charset="utf-8">
  <title>Find vores isbarer</title>
  <!-- browser key, HTTP-referrer restricted to *.gelateria-vesterbro.dk -->
  <script async src="https://maps.googleapis.com/maps/api/js?key=@@k@@&callback=initMap"></script>
</head>
<body>
  <h1>Find os</h1>
  <div id="map" style="height:420px"></div>
  <script src="/js/stores.js"></script>
</body>
</html>
""", k=google_api_key())

add("xml/postnord-api-key", "fulfilment/PostNordClient/app.config", "https://developer.postnord.com/docs/", """
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <appSettings>
    <add key="PostNord.BaseUrl" value="https://api2.postnord.com/rest/shipment/v3" />
    <add key="PostNord.ApiKey" value="@@secret@@" />
    <add key="PostNord.CustomerNumber" value="20318844" />
    <add key="Label.Printer" value="\\\\hobro-print01\\Zebra-Pakkeri" />
  </appSettings>
</configuration>
""", hexs(32))

add("kotlin/decoy-firebase-config", "android/club/src/main/java/dk/iskaelderen/club/FirebaseOptionsProvider.kt", "https://firebase.google.com/docs/projects/api-keys", """
package dk.iskaelderen.club

import com.google.firebase.FirebaseOptions

// Firebase API keys identify the project; they are not secret (see Firebase docs).
fun clubFirebaseOptions(): FirebaseOptions = FirebaseOptions.Builder()
    .setApiKey("@@k@@")
    .setApplicationId("1:402118876512:android:6b1c0e4d9a2f7c33")
    .setProjectId("iskaelderen-club")
    .setStorageBucket("iskaelderen-club.appspot.com")
    .build()
""", k=google_api_key())

add("typescript/hubspot-private-app-token", "crm/src/hubspot.ts", "https://developers.hubspot.com/docs/api/private-apps", """
import { Client } from "@hubspot/api-client";

// B2B: cafés og hoteller der køber 5L-baljer
export const hubspot = new Client({ accessToken: "@@secret@@" });

export async function upsertCafe(cvr: string, name: string) {
  return hubspot.crm.companies.basicApi.create({
    properties: { name, cvr_nummer: cvr, lifecyclestage: "customer" },
    associations: [],
  });
}
""", "pat-eu1-" + uuid_s())

# ---------------------------------------------------------------------------------------------
# Production: batch freezers, cold chain, SCADA, devices
# ---------------------------------------------------------------------------------------------

MQTT_DOC = "https://mosquitto.org/man/mosquitto-conf-5.html"
INFLUX_DOC = "https://docs.influxdata.com/influxdb/v2/admin/tokens/"

add("python/mqtt-password", "plant/telemetry/freezer_bridge.py", "https://eclipse.dev/paho/files/paho.mqtt.python/html/client.html", """
\"\"\"Bridge batch-freezer temperatures (Carpigiani Labotronic, line 2) to the plant broker.\"\"\"
import json
import time

import paho.mqtt.client as mqtt

from .modbus import read_freezer

client = mqtt.Client(client_id="hobro-line2-bridge")
client.username_pw_set("line2", "@@secret@@")
client.tls_set("/etc/ssl/certs/plant-ca.pem")
client.connect("mqtt.plant.iskaelderen.local", 8883)
client.loop_start()

while True:
    reading = read_freezer("10.40.2.17")
    client.publish("hobro/line2/freezer/temp", json.dumps(reading), qos=1)
    time.sleep(5)
""", words_pw())

add("ini/mqtt-password", "plant/node-red/bridge.conf", MQTT_DOC, """
# mosquitto bridge: Hobro plant -> cloud broker
connection hobro-to-cloud
address broker.iskaelderen.dk:8883
bridge_protocol_version mqttv311
remote_clientid hobro-plant-01
remote_username hobro-plant
remote_password @@secret@@
bridge_cafile /etc/mosquitto/certs/le-chain.pem
topic hobro/# out 1
topic commands/hobro/# in 1
""", rand_pw(24))

add("ini/decoy-mosquitto-passwd-hashes", "plant/mosquitto/passwd", MQTT_DOC, """
bridge:$7$101$QnJpZGdlSG9icm9QbGFudA==$Hk2jL9mN4bV7cX0zA3sD6fG9hJ2kL5qW8eR1tY4uI7oP0aS3dF6gH9jK2lZ5xC8vB1nM4qW7eR0tY3uI6oP9aS2dF5g==
line1:$7$101$Qm9yZ2hvbG1JY2VMaW5lMQ==$g0mJ8xq3J4cK6Ylq7Y2w6eM2b1oVw4QnO0E3pS5Yt3zWq8r1uJv6hD9kL2aF0xT4cN7mB5sR8eY1iG3oP6uA9w==
line2:$7$101$TGFib3Ryb25pY0xpbmUy$Vb7eR2kP9mL4xQ1wS6tY3uI8oA5zN0cD2fG7hJ4kL1mN9bV6cX3zA8sD5fG2hJ7kL0qW4eR9tY6uI3oP1aS8dF==
line3:$7$101$SGFyZGVuaW5nVHVubmVs$Xc4vB7nM2qW9eR6tY1uI3oP8aS5dF0gH7jK4lZ2xC9vB6nM1qW3eR8tY5uI0oP7aS4dF1gH8jK5lZ3xC6vB9nM==
grafana:$7$101$R3JhZmFuYVJlYWRlcg==$Mn8bV5cX2zA9sD6fG3hJ0kL7qW4eR1tY8uI5oP2aS9dF6gH3jK0lZ7xC4vB1nM8qW5eR2tY9uI6oP3aS0dF7gH==
""")

add("yaml/influxdb-token", "plant/telegraf/telegraf.yaml", INFLUX_DOC, """
# Telegraf for kølerum og hærdetunnel, Hobro
agent:
  interval: 10s
outputs:
  influxdb_v2:
    urls: ["https://influx.plant.iskaelderen.local:8086"]
    token: "@@secret@@"
    organization: iskaelderen
    bucket: coldchain
inputs:
  modbus:
    - name: haerdetunnel
      controller: tcp://10.40.3.20:502
      holding_registers:
        - {name: temp_c, address: [0], data_type: INT16, scale: 0.1}
""", fakes.drawn(_seed(), 86, ALNUM + "_-") + "==")

add("toml/decoy-influx-env-token", "plant/telegraf/telegraf.conf", INFLUX_DOC, """
[agent]
  interval = "10s"
  hostname = "hobro-coldstore-02"

[[outputs.influxdb_v2]]
  urls = ["https://influx.plant.iskaelderen.local:8086"]
  token = "${INFLUX_TOKEN}"
  organization = "iskaelderen"
  bucket = "coldchain"

[[inputs.snmp]]
  agents = ["udp://10.40.3.41:161"]
  community = "public"
""")

add("json/grafana-service-account-token", "plant/grafana/provisioning/alerting/contact-points.json", "https://grafana.com/docs/grafana/latest/administration/service-accounts/", """
{
  "apiVersion": 1,
  "note": "exported from grafana.plant with the token below (service account 'provisioner')",
  "exportedWith": {"url": "https://grafana.plant.iskaelderen.local", "token": "@@secret@@"},
  "contactPoints": [
    {"orgId": 1, "name": "Kølevagt",
     "receivers": [{"uid": "kolevagt-sms", "type": "webhook",
                    "settings": {"url": "https://alarm.iskaelderen.dk/hooks/grafana"}}]}
  ]
}
""", "glsa_" + fakes.drawn(_seed(), 32, ALNUM) + "_" + hexs(8))

add("python/decoy-freezer-register-map", "plant/telemetry/modbus.py", "https://pymodbus.readthedocs.io/en/latest/source/client.html", """
from pymodbus.client import ModbusTcpClient

# Carpigiani Labotronic register map (from the service manual, rev. 2019)
REG_TEMP = 0x0010
REG_STATE = 0x0011
REG_CYCLE_COUNTER = 0x0020
SERIAL_NUMBER = "LB-100-RTX-0198221"
FIRMWARE_SHA256 = "9f2c3b1a7e4d6c8b0a9f8e7d6c5b4a3928171615141312110f0e0d0c0b0a0908"


def read_freezer(host: str) -> dict:
    with ModbusTcpClient(host, port=502) as c:
        rr = c.read_holding_registers(REG_TEMP, count=2, slave=1)
        return {"temp_c": rr.registers[0] / 10, "state": rr.registers[1]}
""")

add("markdown/scada-admin-password", "docs/plant/haerdetunnel-runbook.md", "https://docs.inductiveautomation.com/docs/8.1/platform/security/users-and-roles", """
# Hærdetunnel 2 - runbook

Når tunnelen står i alarm (over -35 °C i mere end 10 min):

1. Log på Ignition gateway: https://scada.plant.iskaelderen.local:8043
   bruger `admin`, kode `@@secret@@`
2. Åbn *Tunnel2 > Alarms* og kvittér.
3. Tjek kompressor C2 på Danfoss AK-SM 800 (10.40.3.30).
4. Hvis temperaturen ikke falder på 15 min: ring kølevagten, 70 20 44 18.

Sidst opdateret af Jonas (produktion), uge 23.
""", words_pw())

add("yaml/danfoss-controller-password", "plant/ansible/host_vars/ak-sm800-hobro.yml", "https://docs.ansible.com/ansible/latest/inventory_guide/intro_inventory.html", """
ansible_host: 10.40.3.30
device_type: danfoss_ak_sm800
site: hobro
web_user: Supervisor
web_password: "@@secret@@"
backup_path: /srv/backups/danfoss/ak-sm800-hobro
alarm_relay: kolevagt
""", rand_pw(14, "#!"))

add("shell/camera-rtsp-password", "plant/scripts/record_coldroom.sh", "https://www.hikvision.com/en/support/", """
#!/bin/bash
# Optag kølerum 3 ved dørkontakt-alarm (Hikvision DS-2CD2143)
OUT=/srv/video/coldroom3/$(date +%Y%m%d-%H%M%S).mp4
ffmpeg -rtsp_transport tcp \\
  -i "rtsp://admin:@@secret@@@10.40.5.13:554/Streaming/Channels/101" \\
  -t 00:05:00 -c copy "$OUT"
echo "saved $OUT"
""", words_pw().replace("@", "!"))

add("csv/decoy-batch-log", "plant/exports/batch_log_2025-06-14.csv", "https://datatracker.ietf.org/doc/html/rfc4180", """
batch_id,line,recipe,start,end,overrun_pct,core_temp_c,operator,checksum
B250614-01,L1,Vanilje Bourbon,06:02,07:18,92,-18.4,JN,sha1:3b1f9e0c7a6d5e4f3b2a1908f7e6d5c4b3a29180
B250614-02,L1,Jordbær Sorbet,07:25,08:31,28,-18.9,JN,sha1:7c2e8d1b0a9f8e7d6c5b4a39281706f5e4d3c2b1
B250614-03,L2,Lakrids & Havsalt,06:10,07:44,88,-18.2,MA,sha1:e4d3c2b1a0f9e8d7c6b5a4938271605f4e3d2c1b
B250614-04,L2,Pistacie Bronte,07:50,09:02,85,-18.6,MA,sha1:0a9b8c7d6e5f4a3b2c1d0e9f8a7b6c5d4e3f2a1b
B250614-05,L3,Hindbær-Lakrids,09:15,10:28,80,-18.1,KS,sha1:1f2e3d4c5b6a79881726354a4b3c2d1e0f9a8b7c
""")

add("log/influxdb-token", "plant/logs/telegraf-2025-06-14.log", INFLUX_DOC, """
2025-06-14T04:00:01Z I! Loaded inputs: modbus snmp
2025-06-14T04:00:01Z I! Loaded outputs: influxdb_v2
2025-06-14T04:00:01Z D! [agent] Connecting outputs
2025-06-14T04:00:02Z D! [outputs.influxdb_v2] POST https://influx.plant.iskaelderen.local:8086/api/v2/write?bucket=coldchain&org=iskaelderen headers=map[Authorization:[Token @@secret@@] Content-Type:[text/plain; charset=utf-8]]
2025-06-14T04:00:02Z E! [outputs.influxdb_v2] When writing to [https://influx.plant.iskaelderen.local:8086]: 401 Unauthorized: unauthorized access
2025-06-14T04:00:12Z D! [outputs.influxdb_v2] Buffer fullness: 214 / 10000 metrics
""", fakes.drawn(_seed(), 86, ALNUM + "_-") + "==")

add("json/decoy-logger-device-ids", "plant/coldchain/testo-devices.json", "https://www.testo.com/en/saveris-2", """
{
  "site": "Hobro",
  "loggers": [
    {"serial": "63421177", "room": "Fryselager A", "mac": "00:0C:12:4F:A1:07", "limit_c": -22},
    {"serial": "63421178", "room": "Fryselager B", "mac": "00:0C:12:4F:A1:08", "limit_c": -22},
    {"serial": "63421190", "room": "Hærdetunnel 2", "mac": "00:0C:12:4F:A1:15", "limit_c": -35},
    {"serial": "63421203", "room": "Råvarekøl", "mac": "00:0C:12:4F:A1:22", "limit_c": 5}
  ],
  "cloud_account_id": "@@acc@@"
}
""", acc=uuid_s())

add("python/testo-api-client-secret", "plant/coldchain/pull_testo.py", "https://www.testo.com/en/saveris-2", """
import requests

TOKEN_URL = "https://data-api.testo.com/v1/auth/token"
CLIENT_ID = "iskaelderen-haccp"
CLIENT_SECRET = "@@secret@@"


def token() -> str:
    r = requests.post(TOKEN_URL, data={"grant_type": "client_credentials"},
                      auth=(CLIENT_ID, CLIENT_SECRET), timeout=10)
    r.raise_for_status()
    return r.json()["access_token"]


def measurements(serial: str, day: str) -> list:
    r = requests.get(f"https://data-api.testo.com/v1/measurements/{serial}",
                     params={"date": day}, headers={"Authorization": f"Bearer {token()}"}, timeout=30)
    return r.json()["values"]
""", rand_pw(40))

add("xml/opcua-user-password", "plant/kepware/channels/Tunnel2.xml", "https://reference.opcfoundation.org/Core/Part4/v104/docs/7.36.3", """
<?xml version="1.0" encoding="UTF-8"?>
<Channel name="Tunnel2" driver="OPC UA Client">
  <Endpoint url="opc.tcp://10.40.3.20:4840" securityPolicy="Basic256Sha256" messageMode="SignAndEncrypt"/>
  <Authentication type="UserName">
    <UserName>kepware</UserName>
    <Password>@@secret@@</Password>
  </Authentication>
  <Device name="Tunnel2PLC" model="S7-1500" scanRateMs="1000"/>
</Channel>
""", words_pw())

add("powershell/hmi-vnc-password", "plant/scripts/Set-HmiVnc.ps1", "https://learn.microsoft.com/en-us/powershell/module/microsoft.powershell.management/set-itemproperty", """
# Sæt VNC-adgang på fyldelinjens HMI-paneler (Weintek cMT)
$panels = @("10.40.2.51", "10.40.2.52", "10.40.2.53")
$vncPassword = "@@secret@@"
foreach ($p in $panels) {
    Invoke-RestMethod -Uri "http://$p/api/vnc" -Method Post `
        -Body (@{ enabled = $true; password = $vncPassword } | ConvertTo-Json) `
        -ContentType "application/json"
    Write-Host "VNC sat på $p"
}
""", rand_pw(8))

add("yaml/decoy-plc-config-refs", "plant/ansible/group_vars/plc.yml", "https://docs.ansible.com/ansible/latest/vault_guide/index.html", """
# PLC-netværk, Hobro. Koder ligger i vault.yml (ansible-vault)
plc_subnet: 10.40.2.0/24
plc_vendor: siemens
plc_protect_level: full
plc_password: "{{ vault_plc_password }}"
hmi_vnc_password: "{{ vault_hmi_vnc_password }}"
opcua_user: kepware
opcua_password: "{{ vault_opcua_password }}"
ntp_server: 10.40.0.1
""")

# ---------------------------------------------------------------------------------------------
# The dairy's IT: databases, Redis, SMTP, LDAP, FTP, cloud
# ---------------------------------------------------------------------------------------------

PG_DOC = "https://www.postgresql.org/docs/current/libpq-connect.html#LIBPQ-CONNSTRING"
REDIS_DOC = "https://redis.io/docs/latest/operate/oss_and_stack/management/security/acl/"
K8S_DOC = "https://kubernetes.io/docs/concepts/configuration/secret/"
COMPOSE_DOC = "https://docs.docker.com/compose/how-tos/environment-variables/set-environment-variables/"
AWS_DOC = "https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-files.html"

add("env/postgres-password", "erp/.env", PG_DOC, """
# ERP (recepter, batches, sporbarhed)
DJANGO_SETTINGS_MODULE=erp.settings.prod
DATABASE_URL=postgres://erp:@@secret@@@db01.iskaelderen.local:5432/erp
REDIS_URL=redis://cache01.iskaelderen.local:6379/2
ALLOWED_HOSTS=erp.iskaelderen.local
TIME_ZONE=Europe/Copenhagen
""", rand_pw(22))

add("python/django-secret-key", "erp/erp/settings/prod.py", "https://docs.djangoproject.com/en/5.0/ref/settings/#secret-key", """
from .base import *  # noqa

DEBUG = False
ALLOWED_HOSTS = ["erp.iskaelderen.local"]
SECRET_KEY = "@@secret@@"

LANGUAGE_CODE = "da"
TIME_ZONE = "Europe/Copenhagen"
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
""", fakes.django_secret_key(_seed()))

_pw = rand_pw(24)
add("k8s-secret/postgres-password", "deploy/k8s/erp/db-secret.yaml", K8S_DOC, """
apiVersion: v1
kind: Secret
metadata:
  name: erp-db
  namespace: erp
  labels:
    app: erp
type: Opaque
data:
  POSTGRES_USER: @@u@@
  POSTGRES_PASSWORD: @@p@@
  POSTGRES_DB: @@d@@
""", _pw, u=b64("erp"), p=b64(_pw), d=b64("erp"))

add("yaml/decoy-sealed-secret", "deploy/k8s/erp/db-sealedsecret.yaml", "https://github.com/bitnami-labs/sealed-secrets#usage", """
apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata:
  name: erp-db
  namespace: erp
spec:
  encryptedData:
    POSTGRES_PASSWORD: AgB@@e1@@
    POSTGRES_USER: AgC@@e2@@
  template:
    metadata:
      name: erp-db
      namespace: erp
""", e1=fakes.drawn(_seed(), 340, ALNUM + "+/") + "==", e2=fakes.drawn(_seed(), 340, ALNUM + "+/") + "=")

add("compose/mysql-root-password", "parlours/pos-stack/docker-compose.yml", COMPOSE_DOC, """
services:
  db:
    image: mariadb:11.4
    restart: unless-stopped
    environment:
      MARIADB_ROOT_PASSWORD: "@@secret@@"
      MARIADB_DATABASE: kasse
      MARIADB_USER: kasse
      MARIADB_PASSWORD_FILE: /run/secrets/kasse_db
    volumes:
      - db:/var/lib/mysql
  kasse:
    image: registry.iskaelderen.dk/kasse:4.2.1
    depends_on: [db]
    ports: ["8080:8080"]
volumes:
  db:
""", words_pw())

add("compose/decoy-compose-env-refs", "plant/monitoring/docker-compose.yml", COMPOSE_DOC, """
services:
  influxdb:
    image: influxdb:2.7
    environment:
      DOCKER_INFLUXDB_INIT_MODE: setup
      DOCKER_INFLUXDB_INIT_USERNAME: admin
      DOCKER_INFLUXDB_INIT_PASSWORD: ${INFLUX_ADMIN_PASSWORD:?set in .env}
      DOCKER_INFLUXDB_INIT_ADMIN_TOKEN: ${INFLUX_ADMIN_TOKEN:?set in .env}
      DOCKER_INFLUXDB_INIT_ORG: iskaelderen
      DOCKER_INFLUXDB_INIT_BUCKET: coldchain
  grafana:
    image: grafana/grafana:11.1.0
    environment:
      GF_SECURITY_ADMIN_PASSWORD__FILE: /run/secrets/grafana_admin
""")

add("java/mssql-password", "label-service/src/main/java/dk/iskaelderen/labels/LabelDb.java", "https://learn.microsoft.com/en-us/sql/connect/jdbc/building-the-connection-url", """
package dk.iskaelderen.labels;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/** Etiketdata (allergener, næringsindhold) fra den gamle NAV-database. */
public final class LabelDb {
    private static final String URL =
        "jdbc:sqlserver://nav01.iskaelderen.local:1433;databaseName=NAV_ISK;encrypt=true;trustServerCertificate=true";

    private LabelDb() {}

    public static Connection open() throws SQLException {
        return DriverManager.getConnection(URL, "etiket_ro", "@@secret@@");
    }
}
""", words_pw())

add("go/redis-password", "services/stock/cache.go", REDIS_DOC, """
package stock

import (
	"github.com/redis/go-redis/v9"
)

// Lagerstatus for isbarerne: hvor mange baljer af hver smag står i montren
func NewCache() *redis.Client {
	return redis.NewClient(&redis.Options{
		Addr:     "cache01.iskaelderen.local:6379",
		Username: "stock",
		Password: "@@secret@@",
		DB:       4,
	})
}
""", fakes.redis_password(_seed()))

add("shell/redis-password", "ops/redis/flush_flavour_cache.sh", REDIS_DOC, """
#!/usr/bin/env bash
# Tøm smags-cachen efter menuændring (kør fra ops01)
set -e
redis-cli -h cache01.iskaelderen.local -p 6379 --user menu --pass '@@secret@@' --no-auth-warning \\
  --scan --pattern 'flavour:*' | xargs -r redis-cli -h cache01.iskaelderen.local --user menu \\
  --pass '@@secret@@' --no-auth-warning del
echo "menu cache flushed"
""", fakes.redis_password(_seed()))

add("ini/smtp-password", "erp/conf/mail.ini", "https://docs.python.org/3/library/configparser.html", """
[smtp]
host = send.one.com
port = 587
starttls = yes
user = ordre@iskaelderen.dk
password = @@secret@@

[defaults]
from = Iskælderen Ordre <ordre@iskaelderen.dk>
bcc = arkiv@iskaelderen.dk
""", words_pw())

add("php/smtp-password", "gelateria-site/wp-config-mail.php", "https://github.com/PHPMailer/PHPMailer#a-simple-example", """
<?php
// Kontaktformular - Gelateria Nørrebro
$mail = new PHPMailer\\PHPMailer\\PHPMailer(true);
$mail->isSMTP();
$mail->Host = 'asmtp.simply.com';
$mail->SMTPAuth = true;
$mail->Username = 'kontakt@gelateria-norrebro.dk';
$mail->Password = '@@secret@@';
$mail->SMTPSecure = PHPMailer\\PHPMailer\\PHPMailer::ENCRYPTION_STARTTLS;
$mail->Port = 587;
$mail->CharSet = 'UTF-8';
""", rand_pw(16))

add("yaml/ldap-bind-password", "it/gitea/app-ldap.yaml", "https://docs.gitea.com/usage/authentication#ldap-via-bindn", """
# Gitea auth source, imported with `gitea admin auth add-ldap`
name: iskaelderen-ad
security_protocol: LDAPS
host: dc01.iskaelderen.local
port: 636
bind_dn: CN=svc-gitea,OU=Service,DC=iskaelderen,DC=local
bind_password: @@secret@@
user_search_base: OU=Medarbejdere,DC=iskaelderen,DC=local
user_filter: (&(objectClass=user)(sAMAccountName=%s))
admin_filter: (memberOf=CN=IT,OU=Grupper,DC=iskaelderen,DC=local)
""", words_pw())

add("python/ftp-password", "edi/send_orders_to_coop.py", "https://docs.python.org/3/library/ftplib.html", """
\"\"\"Send dagens EDI-ordrebekræftelser (ORDRSP) til Coop's FTP.\"\"\"
from ftplib import FTP_TLS
from pathlib import Path

OUTBOX = Path("/srv/edi/outbox")

ftps = FTP_TLS("edi.coop.dk")
ftps.login("ISKAELDEREN", "@@secret@@")
ftps.prot_p()
ftps.cwd("/in/ordrsp")
for f in sorted(OUTBOX.glob("*.edi")):
    with f.open("rb") as fh:
        ftps.storbinary(f"STOR {f.name}", fh)
    f.rename(OUTBOX.parent / "sent" / f.name)
ftps.quit()
""", rand_pw(12))

add("xml/decoy-filezilla-encoded-missing", "it/filezilla/sitemanager.xml", "https://wiki.filezilla-project.org/Site_Manager", """
<?xml version="1.0" encoding="UTF-8"?>
<FileZilla3 version="3.67.0" platform="windows">
  <Servers>
    <Server>
      <Host>edi.coop.dk</Host>
      <Port>21</Port>
      <Protocol>4</Protocol>
      <Type>0</Type>
      <User>ISKAELDEREN</User>
      <Logontype>3</Logontype>
      <Name>Coop EDI (spørg om kode)</Name>
    </Server>
  </Servers>
</FileZilla3>
""")

add("ini/aws-secret-access-key", "it/backup/.aws/credentials", AWS_DOC, """
[default]
region = eu-north-1

[iskaelderen-backup]
aws_access_key_id = @@kid@@
aws_secret_access_key = @@secret@@
region = eu-north-1
""", fakes.aws_secret_key(_seed()), kid=fakes.aws_key_id(_seed()))

add("terraform/aws-secret-access-key", "infra/terraform/providers.tf", "https://registry.terraform.io/providers/hashicorp/aws/latest/docs#provider-configuration", """
terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
}

provider "aws" {
  region     = "eu-north-1"
  access_key = "@@kid@@"
  secret_key = "@@secret@@"
}

resource "aws_s3_bucket" "label_archive" {
  bucket = "iskaelderen-label-archive"
}
""", fakes.aws_secret_key(_seed()), kid=fakes.aws_key_id(_seed()))

add("terraform/decoy-aws-role-and-kms", "infra/terraform/backup.tf", "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/kms_key", """
resource "aws_kms_key" "backup" {
  description             = "Iskaelderen ERP backups"
  deletion_window_in_days = 30
  enable_key_rotation     = true
}

data "aws_secretsmanager_secret_version" "erp_db" {
  secret_id = "prod/erp/db"
}

resource "aws_iam_role" "backup" {
  name               = "iskaelderen-backup"
  assume_role_policy = data.aws_iam_policy_document.backup_assume.json
}

output "backup_role_arn" {
  value = aws_iam_role.backup.arn
}
""")

add("github-actions/aws-access-key-id", ".github/workflows/deploy-labels.yml", "https://github.com/aws-actions/configure-aws-credentials", """
name: deploy label service
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
          aws-access-key-id: @@secret@@
          aws-secret-access-key: ${{ secrets.AWS_SECRET_ACCESS_KEY }}
          aws-region: eu-north-1
      - run: ./gradlew :label-service:bootJar
      - run: aws s3 cp label-service/build/libs/label-service.jar s3://iskaelderen-deploy/labels/
""", fakes.aws_key_id(_seed()))

add("github-actions/decoy-secrets-refs", ".github/workflows/webshop.yml", "https://docs.github.com/en/actions/security-for-github-actions/security-guides/using-secrets-in-github-actions", """
name: webshop
on: [push]
jobs:
  test:
    runs-on: ubuntu-latest
    env:
      NETS_EASY_SECRET_KEY: ${{ secrets.NETS_EASY_TEST_KEY }}
      SHOPIFY_ADMIN_TOKEN: ${{ secrets.SHOPIFY_ADMIN_TOKEN }}
      DATABASE_URL: postgres://postgres:postgres@localhost:5432/test
    services:
      postgres:
        image: postgres:16
        env:
          POSTGRES_PASSWORD: postgres
        ports: ["5432:5432"]
    steps:
      - uses: actions/checkout@v4
      - run: pip install -r requirements.txt && pytest -q
""")

add("json/azure-client-secret", "it/intune/appsettings.Production.json", "https://learn.microsoft.com/en-us/entra/identity-platform/quickstart-register-app#add-a-client-secret", """
{
  "AzureAd": {
    "Instance": "https://login.microsoftonline.com/",
    "TenantId": "@@tid@@",
    "ClientId": "@@cid@@",
    "ClientSecret": "@@secret@@"
  },
  "Graph": {"Scopes": ["https://graph.microsoft.com/.default"]},
  "Logging": {"LogLevel": {"Default": "Information"}}
}
""", azure_secret(), tid=uuid_s(), cid=uuid_s())

add("powershell/azure-client-secret", "it/scripts/Sync-PlandayToEntra.ps1", "https://learn.microsoft.com/en-us/powershell/microsoftgraph/authentication-commands", """
# Synkroniser sæsonansatte (isbarer, maj-september) fra Planday til Entra ID
$tenantId = "@@tid@@"
$appId = "@@cid@@"
$secret = ConvertTo-SecureString "@@secret@@" -AsPlainText -Force
$cred = New-Object System.Management.Automation.PSCredential($appId, $secret)
Connect-MgGraph -TenantId $tenantId -ClientSecretCredential $cred -NoWelcome

$staff = Import-Csv .\\planday-export.csv -Delimiter ";"
foreach ($s in $staff) {
    Write-Host "Opretter $($s.Navn)"
}
""", azure_secret(), tid=uuid_s(), cid=uuid_s())

add("powershell/decoy-keyvault-lookup", "it/scripts/Get-EconomicTokens.ps1", "https://learn.microsoft.com/en-us/powershell/module/az.keyvault/get-azkeyvaultsecret", """
# Hent e-conomic tokens fra Key Vault til regnskabsjobbet
param([string]$Vault = "kv-iskaelderen-prod")
Connect-AzAccount -Identity | Out-Null
$app = Get-AzKeyVaultSecret -VaultName $Vault -Name "economic-app-secret" -AsPlainText
$grant = Get-AzKeyVaultSecret -VaultName $Vault -Name "economic-grant-token" -AsPlainText
$env:ECONOMIC_APP_SECRET = $app
$env:ECONOMIC_GRANT = $grant
python .\\regnskab\\export_kasse.py --date (Get-Date).AddDays(-1).ToString("yyyy-MM-dd")
""")

# ---------------------------------------------------------------------------------------------
# Developer tooling: GitHub, PyPI, registries, chat bots, keys
# ---------------------------------------------------------------------------------------------

PYPIRC_DOC = "https://packaging.python.org/en/latest/specifications/pypirc/"
TELEGRAM_DOC = "https://core.telegram.org/bots/api#authorizing-your-bot"
SLACK_DOC = "https://api.slack.com/authentication/token-types#bot"
DOCKER_AUTH_DOC = "https://docs.docker.com/reference/cli/docker/login/#credential-stores"

add("ini/pypi-token", "tools/recipe-calc/.pypirc", PYPIRC_DOC, """
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

add("github-actions/pypi-token", ".github/workflows/publish-overrun.yml", "https://github.com/pypa/gh-action-pypi-publish#usage", """
name: publish overrun-calc
on:
  release:
    types: [published]
jobs:
  pypi:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - run: python -m pip install build && python -m build
      - uses: pypa/gh-action-pypi-publish@release/v1
        with:
          user: __token__
          password: @@secret@@
""", fakes.pypi_token(_seed()))

add("shell/pypi-token", "tools/recipe-calc/release.sh", "https://twine.readthedocs.io/en/stable/#environment-variables", """
#!/usr/bin/env bash
# udgiv iskaelderen-recipe-calc (kun fra Mikkels maskine indtil CI virker)
set -euo pipefail
rm -rf dist
python -m build
export TWINE_USERNAME=__token__
export TWINE_PASSWORD=@@secret@@
twine upload dist/*
git tag "v$(python -c 'import recipe_calc; print(recipe_calc.__version__)')"
""", fakes.pypi_token(_seed()))

add("toml/decoy-pyproject-metadata", "tools/recipe-calc/pyproject.toml", "https://packaging.python.org/en/latest/guides/writing-pyproject-toml/", """
[build-system]
requires = ["hatchling"]
build-backend = "hatchling.build"

[project]
name = "iskaelderen-recipe-calc"
version = "1.4.0"
description = "Overrun, solids and freezing-point (PAC/POD) calculator for ice-cream mixes"
authors = [{name = "Iskaelderen R&D", email = "rnd@iskaelderen.dk"}]
dependencies = ["pint>=0.23", "pandas>=2.1"]

[tool.hatch.publish.index]
user = "__token__"
# password comes from HATCH_INDEX_AUTH in CI
""")

add("python/github-token", "tools/release_notes.py", "https://docs.github.com/en/rest/authentication/authenticating-to-the-rest-api", """
\"\"\"Saml PR-titler til ugens release notes for kassesystemet.\"\"\"
import datetime as dt

import requests

GH_TOKEN = "@@secret@@"
REPO = "iskaelderen/kasse"


def merged_since(days: int = 7) -> list[str]:
    since = (dt.date.today() - dt.timedelta(days=days)).isoformat()
    q = f"repo:{REPO} is:pr is:merged merged:>={since}"
    r = requests.get("https://api.github.com/search/issues", params={"q": q},
                     headers={"Authorization": f"token {GH_TOKEN}"}, timeout=10)
    return [item["title"] for item in r.json()["items"]]
""", fakes.github_token(_seed()))

add("dockerfile/github-token", "kasse/Dockerfile", "https://docs.docker.com/reference/dockerfile/#arg", """
FROM python:3.12-slim
WORKDIR /app
ARG GH_PAT=@@secret@@
RUN apt-get update && apt-get install -y --no-install-recommends git && rm -rf /var/lib/apt/lists/*
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt \\
    && pip install "git+https://${GH_PAT}@github.com/iskaelderen/receipt-printer.git@v2.3.0"
COPY . .
CMD ["gunicorn", "kasse.wsgi:application", "-b", "0.0.0.0:8080"]
""", fakes.github_fine_grained_token(_seed()))

add("dockerfile/decoy-build-secret-mount", "erp/Dockerfile", "https://docs.docker.com/build/building/secrets/", """
# syntax=docker/dockerfile:1.7
FROM python:3.12-slim AS base
WORKDIR /srv/erp
COPY requirements.txt .
RUN --mount=type=secret,id=pip_index_token \\
    PIP_INDEX_URL="https://__token__:$(cat /run/secrets/pip_index_token)@pkgs.iskaelderen.dk/simple" \\
    pip install --no-cache-dir -r requirements.txt
COPY . .
ENV DJANGO_SETTINGS_MODULE=erp.settings.prod
CMD ["gunicorn", "erp.wsgi", "-b", "0.0.0.0:8000"]
""")

add("yaml/gitlab-token", "plant/.gitlab-ci.yml", "https://docs.gitlab.com/ee/user/profile/personal_access_tokens.html", """
stages: [build, deploy]

variables:
  PLC_REPO_TOKEN: "@@secret@@"
  DOCKER_DRIVER: overlay2

build-bridge:
  stage: build
  image: python:3.12
  script:
    - git clone https://oauth2:${PLC_REPO_TOKEN}@gitlab.iskaelderen.dk/plant/plc-tags.git
    - pip install -r requirements.txt
    - python -m build
""", gitlab_token())

add("json/docker-registry-auth", "it/ci-runner/.docker/config.json", DOCKER_AUTH_DOC, """
{
  "auths": {
    "registry.iskaelderen.dk": {
      "auth": "@@secret@@"
    },
    "https://index.docker.io/v1/": {}
  },
  "credsStore": "",
  "currentContext": "default"
}
""", b64("ci-runner:" + rand_pw(20)))

add("json/decoy-docker-credstore", "it/laptops/.docker/config.json", DOCKER_AUTH_DOC, """
{
  "auths": {
    "registry.iskaelderen.dk": {},
    "ghcr.io": {}
  },
  "credsStore": "osxkeychain",
  "currentContext": "desktop-linux",
  "features": {"hooks": "true"}
}
""")

add("python/telegram-bot-token", "plant/alarms/telegram_alarm.py", TELEGRAM_DOC, """
\"\"\"Send kølealarmer til Telegram-gruppen 'Kølevagt Hobro'.\"\"\"
import requests

BOT_TOKEN = "@@secret@@"
CHAT_ID = -1001873226410


def alarm(room: str, temp_c: float) -> None:
    text = f"⚠️ {room}: {temp_c:.1f} °C - over grænsen!"
    requests.post(f"https://api.telegram.org/bot{BOT_TOKEN}/sendMessage",
                  json={"chat_id": CHAT_ID, "text": text}, timeout=5)


if __name__ == "__main__":
    alarm("Fryselager A", -14.2)
""", fakes.telegram_token(_seed()))

add("yaml/telegram-bot-token", "plant/node-red/flows_cred.yaml", TELEGRAM_DOC, """
# node-red-contrib-telegrambot config nodes (exported unencrypted, oops)
- id: 8f1c2a7d.b4e3
  type: telegram bot
  botname: KolevagtHobroBot
  token: "@@secret@@"
  usernames: ""
  chatids: "-1001873226410"
  pollinterval: 300
""", fakes.telegram_token(_seed()))

add("javascript/slack-bot-token", "slack-bots/flavour-of-the-day/index.js", SLACK_DOC, """
const { App } = require("@slack/bolt");

const app = new App({
  token: "@@secret@@",
  signingSecret: process.env.SLACK_SIGNING_SECRET,
});

// poster dagens smage i #isbarerne kl. 10
app.command("/dagens-is", async ({ ack, respond }) => {
  await ack();
  await respond("Dagens is: Vanilje Bourbon, Lakrids & Havsalt, Rabarber-sorbet");
});

(async () => {
  await app.start(process.env.PORT || 3000);
})();
""", slack_bot())

add("yaml/slack-webhook", "plant/alertmanager/alertmanager.yml", "https://prometheus.io/docs/alerting/latest/configuration/#slack_config", """
route:
  receiver: kolevagt
  group_by: [alertname, room]
  repeat_interval: 30m
receivers:
  - name: kolevagt
    slack_configs:
      - api_url: @@secret@@
        channel: "#kolevagt"
        send_resolved: true
        title: "{{ .CommonLabels.room }}: {{ .CommonAnnotations.summary }}"
""", slack_webhook())

add("yaml/decoy-slack-webhook-file", "deploy/alertmanager/alertmanager.yml", "https://prometheus.io/docs/alerting/latest/configuration/#slack_config", """
route:
  receiver: ops
receivers:
  - name: ops
    slack_configs:
      - api_url_file: /etc/alertmanager/secrets/slack-webhook
        channel: "#drift"
        send_resolved: true
inhibit_rules:
  - source_matchers: [severity="critical"]
    target_matchers: [severity="warning"]
    equal: [room]
""")

add("text/ssh-private-key", "it/handover/ops01_deploy_key", "https://man.openbsd.org/ssh-keygen", """
@@secret@@
""", pem("OPENSSH"))

_key = pem("EC")
add("yaml/tls-private-key", "deploy/k8s/webshop/tls-values.yaml", "https://helm.sh/docs/chart_template_guide/values_files/", """
# helm values for webshop ingress (cert from Let's Encrypt, copied by hand)
ingress:
  host: shop.iskaelderen.dk
  tls:
    crt: |
      -----BEGIN CERTIFICATE-----
      MIIDdzCCAl+gAwIBAgIUTxq8IskShopCertBodyShortenedForReview0AwDQYJKoZI
      -----END CERTIFICATE-----
    key: |
@@k@@
""", _key, k=indent(_key, 6))

add("markdown/decoy-public-cert-and-fingerprint", "docs/it/certifikater.md", "https://letsencrypt.org/docs/certificate-compatibility/", """
# Certifikater

| Domæne | Udsteder | Udløber | SHA-256 fingerprint |
|---|---|---|---|
| shop.iskaelderen.dk | Let's Encrypt R11 | 2025-09-02 | 4B:7E:91:0C:D2:33:8A:F1:6E:55:0B:C9:A7:12:3D:E8:90:4F:1A:C6:B2:77:DE:05:39:8C:61:F4:AA:2E:13:B0 |
| erp.iskaelderen.local | Iskaelderen Intern CA | 2026-01-15 | 91:3A:C4:7F:0E:D5:62:B8:1C:A9:47:E3:05:BB:6D:F2:88:14:C0:3E:79:A6:5D:21:EF:0B:94:C7:38:61:DA:4E |

Private nøgler ligger kun på serverne (`/etc/ssl/private`, mode 600) og i Key Vault.
Fornyelse: `certbot renew` kører via systemd-timer på web01.
""")

add("python/openai-api-key", "marketing/flavour_names.py", "https://platform.openai.com/docs/api-reference/authentication", """
\"\"\"Brainstorm names for the autumn flavours (marketing asked for 20 each).\"\"\"
from openai import OpenAI

client = OpenAI(api_key="@@secret@@")

FLAVOURS = ["æble-kanel crumble", "havtorn & hvid chokolade", "brunede smør-pekan"]

for flavour in FLAVOURS:
    resp = client.chat.completions.create(
        model="gpt-4o-mini",
        messages=[{"role": "user", "content": f"20 legende danske navne til en is: {flavour}"}],
    )
    print(flavour, "->", resp.choices[0].message.content)
""", fakes.openai_key(_seed()))

add("env/decoy-sentry-dsn", "apps/kiosk/.env", "https://docs.sentry.io/concepts/key-terms/dsn-explainer/", """
# Kiosk-appen i isbarerne (Vite). DSN is public by design; it only accepts events.
VITE_SENTRY_DSN=https://@@k@@@o4506612.ingest.de.sentry.io/4507721
VITE_API_BASE=https://api.iskaelderen.dk
VITE_STORE_ID=vesterbro
VITE_MENU_REFRESH_SECONDS=120
""", k=hexs(32))

add("python/sentry-auth-token", "tools/upload_sourcemaps.py", "https://docs.sentry.io/account/auth-tokens/", """
import subprocess

SENTRY_ORG = "iskaelderen"
SENTRY_PROJECT = "kiosk"
SENTRY_AUTH_TOKEN = "@@secret@@"

subprocess.run(
    ["sentry-cli", "--auth-token", SENTRY_AUTH_TOKEN, "sourcemaps", "upload",
     "--org", SENTRY_ORG, "--project", SENTRY_PROJECT, "apps/kiosk/dist"],
    check=True,
)
""", "sntrys_" + b64('{"iat":1718000000,"url":"https://sentry.io","region_url":"https://de.sentry.io","org":"iskaelderen"}').rstrip("=") + "_" + fakes.drawn(_seed(), 43, ALNUM + "+/"))

add("properties/npm-token", "apps/kiosk/.npmrc", "https://docs.npmjs.com/cli/v10/configuring-npm/npmrc#auth-related-configuration", """
@iskaelderen:registry=https://npm.pkg.github.com
//registry.npmjs.org/:_authToken=@@secret@@
save-exact=true
engine-strict=true
fund=false
""", fakes.fake("npm_", 36, _seed()))

add("properties/decoy-npmrc-env", "apps/webshop/.npmrc", "https://docs.npmjs.com/cli/v10/configuring-npm/npmrc#auth-related-configuration", """
@iskaelderen:registry=https://npm.pkg.github.com
//npm.pkg.github.com/:_authToken=${NODE_AUTH_TOKEN}
//registry.npmjs.org/:_authToken=${NPM_TOKEN}
save-exact=true
fund=false
""")

# ---------------------------------------------------------------------------------------------
# Parlours: tills, network gear, handover notes, loyalty app
# ---------------------------------------------------------------------------------------------

UNIFI_DOC = "https://help.ui.com/hc/en-us/articles/204909754-UniFi-Local-Management"

add("markdown/router-admin-password", "docs/isbarer/overdragelse-vesterbro.md", "https://www.markdownguide.org/basic-syntax/", """
# Overdragelse - Gelateria Vesterbro (sæson 2025)

Hej Sofie! Her er det vigtigste før du åbner lørdag.

- Kassen: iPad nr. 2, logger selv ind. Z-rapport tages hver aften kl. 22.
- Frysemontre: Orion 18 baljer, alarm ved -12 °C. Service: Frost-Teknik, 86 12 40 90.
- Router (Zyxel, bag kontoret): http://192.168.20.1 - bruger `admin`, kode `@@secret@@`
- Gæste-wifi står på skiltet ved kassen (skiftes hver måned af IT).
- Nøgle til kælderen hænger i nøgleskabet, kode får du af Anders.

God sæson!
""", words_pw())

add("json/unifi-controller-password", "it/unifi/backup-job.json", UNIFI_DOC, """
{
  "controller": "https://unifi.iskaelderen.dk:8443",
  "site": "default",
  "username": "backup-svc",
  "password": "@@secret@@",
  "schedule": "0 3 * * *",
  "target": "s3://iskaelderen-it-backups/unifi/",
  "keep_days": 45
}
""", rand_pw(18, "!#"))

add("yaml/decoy-unifi-inventory", "it/ansible/inventory/parlours.yml", "https://docs.ansible.com/ansible/latest/inventory_guide/intro_inventory.html", """
all:
  children:
    parlours:
      hosts:
        vesterbro-gw:
          ansible_host: 10.20.0.1
          mac: "74:ac:b9:1e:42:07"
        norrebro-gw:
          ansible_host: 10.21.0.1
          mac: "74:ac:b9:1e:42:19"
        aarhus-gw:
          ansible_host: 10.22.0.1
          mac: "74:ac:b9:1e:43:a2"
      vars:
        ansible_user: ubnt
        ansible_password: "{{ lookup('community.hashi_vault.hashi_vault', 'secret=kv/data/unifi:ssh_password') }}"
""")

add("ansible/device-admin-password", "it/ansible/roles/receipt_printer/tasks/main.yml", "https://docs.ansible.com/ansible/latest/collections/ansible/builtin/uri_module.html", """
- name: Set Epson TM-m30III admin password and network name
  ansible.builtin.uri:
    url: "http://{{ printer_ip }}/webconfig/api/v1/webconfig.cgi"
    method: POST
    url_username: epson
    url_password: "{{ printer_serial }}"
    force_basic_auth: true
    body_format: json
    body:
      Setting:
        Administrator:
          Password: "@@secret@@"
        Network:
          DeviceName: "bon-{{ inventory_hostname }}"
  delegate_to: localhost
""", rand_pw(12))

add("ansible/decoy-vault-encrypted", "it/ansible/group_vars/parlours/vault.yml", "https://docs.ansible.com/ansible/latest/vault_guide/vault_encrypting_content.html", """
$ANSIBLE_VAULT;1.1;AES256
@@a@@
@@b@@
@@c@@
@@d@@
@@e@@
""", a=hexs(80), b=hexs(80), c=hexs(80), d=hexs(80), e=hexs(48))

add("sql/pos-user-password", "kasse/db/migrations/0007_reporting_user.sql", "https://mariadb.com/kb/en/create-user/", """
-- Rapportbruger til Power BI (kasseopgørelser pr. isbar)
CREATE USER IF NOT EXISTS 'powerbi'@'10.10.%' IDENTIFIED BY '@@secret@@';
GRANT SELECT ON kasse.sales TO 'powerbi'@'10.10.%';
GRANT SELECT ON kasse.sales_lines TO 'powerbi'@'10.10.%';
GRANT SELECT ON kasse.stores TO 'powerbi'@'10.10.%';
FLUSH PRIVILEGES;
""", words_pw())

add("sql/decoy-password-hashes-seed", "kasse/db/seed/test_staff.sql", "https://www.php.net/manual/en/function.password-hash.php", """
-- Test-personale til lokal udvikling (bcrypt af 'kugle123', kun dev)
INSERT INTO staff (id, name, store, pin_hash, role) VALUES
  (1, 'Test Ekspedient', 'vesterbro', '$2y$10$Qx3bH9mN1kL7vC5zA8sD2uT4oP6iY0eR3wQ9xB7nM1kL5jH8gF2dS', 'clerk'),
  (2, 'Test Butikschef', 'vesterbro', '$2y$10$Vb8nM2kL4jH6gF9dS1aP3oI5uY7tR0eW2qZ4xC6vB8nM1kL3jH5gF', 'manager'),
  (3, 'Test Isbil', 'isbil-1', '$2y$10$Lk9jH7gF5dS3aP1oI8uY6tR4eW2qZ0xC9vB7nM5kL3jH1gF8dS6aP', 'clerk');
-- Rigtige medarbejdere oprettes via Planday-sync, aldrig her.
""")

add("csv/decoy-store-terminal-ids", "kasse/exports/terminals.csv", "https://datatracker.ietf.org/doc/html/rfc4180", """
store;terminal_id;model;serial;nets_merchant;installed
vesterbro;58021144;Verifone V400m;402-118-733;100087231;2023-04-28
norrebro;58021145;Verifone V400m;402-118-741;100087231;2023-05-02
aarhus;58021177;Verifone V400c;402-120-019;100087231;2024-04-15
isbil-1;58021190;SumUp Solo;SS1-00A7F219;-;2024-06-01
isbil-2;58021191;SumUp Solo;SS1-00A7F22C;-;2024-06-01
""")

add("python/decoy-till-test-fixtures", "kasse/tests/test_receipts.py", "https://docs.pytest.org/en/stable/how-to/fixtures.html", """
import pytest

from kasse.receipts import render

FAKE_STRIPE_KEY = "sk_test_XXXXXXXXXXXXXXXXXXXXXXXX"
FAKE_NETS_KEY = "test-secret-key-00000000000000000000000000000000"


@pytest.fixture
def sale():
    return {"store": "vesterbro", "lines": [("2 kugler i vaffel", 4500), ("Flødebolle-topping", 800)],
            "payment": {"method": "mobilepay", "reference": "MP-2025-061400123"}}


def test_receipt_has_total(sale):
    assert "53,00 kr." in render(sale)
""")

add("swift/decoy-loyalty-app-ids", "ios/GelatoClub/Sources/Config.swift", "https://developer.apple.com/documentation/bundleresources/information_property_list", """
import Foundation

enum Config {
    static let apiBase = URL(string: "https://api.iskaelderen.dk/club/v2")!
    static let appGroup = "group.dk.iskaelderen.gelatoclub"
    static let stripePublishableKey = "@@pk@@"
    static let revenueCatPublicKey = "appl_@@rc@@"
    static let stampsForFreeScoop = 9
    static let supportEmail = "klub@iskaelderen.dk"
}
""", pk=stripe_key("pk_live_"), rc=fakes.drawn(_seed(), 27, ALNUM))

add("swift/loyalty-api-secret", "ios/GelatoClub/Sources/StampSigner.swift", "https://developer.apple.com/documentation/cryptokit/hmac", """
import CryptoKit
import Foundation

/// Signerer stempler, så kassen kan verificere dem offline.
struct StampSigner {
    private static let key = SymmetricKey(data: Data("@@secret@@".utf8))

    static func sign(memberId: String, store: String, date: String) -> String {
        let message = Data("\\(memberId)|\\(store)|\\(date)".utf8)
        let mac = HMAC<SHA256>.authenticationCode(for: message, using: key)
        return Data(mac).base64EncodedString()
    }
}
""", hexs(64))

add("xml/decoy-resource-string-refs", "android/club/src/main/res/values/config.xml", "https://developer.android.com/guide/topics/resources/string-resource", """
<?xml version="1.0" encoding="utf-8"?>
<resources>
    <string name="app_name">Gelato Club</string>
    <string name="api_base">https://api.iskaelderen.dk/club/v2</string>
    <string name="google_maps_key" translatable="false">${MAPS_API_KEY}</string>
    <string name="default_web_client_id" translatable="false">402118876512-5q2k7v0b9c1m3n6p8r4t1w7y2z0a3d5f.apps.googleusercontent.com</string>
    <string name="stamps_needed">9 stempler = 1 gratis kugle</string>
</resources>
""")

add("rust/soundtrack-api-token", "parlour-music/src/main.rs", "https://api.soundtrackyourbrand.com/v2/docs", """
use reqwest::blocking::Client;

// Skift playliste i isbarerne efter vejret (sol = sommerhits)
const API: &str = "https://api.soundtrackyourbrand.com/v2";
const TOKEN: &str = "@@secret@@";

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let client = Client::new();
    let query = r#"{"query":"mutation { play(input:{soundZone:\\"vesterbro\\"}) { status } }"}"#;
    let resp = client
        .post(API)
        .header("Authorization", format!("Basic {}", TOKEN))
        .header("Content-Type", "application/json")
        .body(query)
        .send()?;
    println!("{}", resp.status());
    Ok(())
}
""", b64(rand_pw(24) + ":" + rand_pw(40)))

add("rust/decoy-env-lookup", "parlour-music/src/config.rs", "https://doc.rust-lang.org/std/env/fn.var.html", """
use std::env;

pub struct Config {
    pub token: String,
    pub zones: Vec<String>,
}

impl Config {
    pub fn from_env() -> Self {
        let token = env::var("SOUNDTRACK_TOKEN").expect("SOUNDTRACK_TOKEN not set");
        let zones = env::var("SOUNDTRACK_ZONES").unwrap_or_else(|_| "vesterbro,norrebro,aarhus".into());
        Config { token, zones: zones.split(',').map(String::from).collect() }
    }
}
""")

add("log/basic-auth-header", "kasse/logs/sync-2025-06-14.log", "https://datatracker.ietf.org/doc/html/rfc7617", """
2025-06-14 21:58:02,114 INFO  kasse.sync starting end-of-day sync store=vesterbro
2025-06-14 21:58:02,377 DEBUG urllib3 POST https://erp.iskaelderen.dk/api/zreport
2025-06-14 21:58:02,378 DEBUG kasse.http headers={'Authorization': 'Basic @@secret@@', 'Content-Type': 'application/json'}
2025-06-14 21:58:03,002 INFO  kasse.sync z-report 2025-06-14 accepted (118 sales, 14.382,50 kr.)
2025-06-14 21:58:03,010 INFO  kasse.sync done in 0.9s
""", b64("kasse-vesterbro:" + words_pw()))

add("log/decoy-redacted-headers", "webshop/logs/app-2025-06-15.log", "https://docs.python.org/3/library/logging.html", """
2025-06-15 09:12:44,201 INFO  checkout payment created id=0293000065f1a3c2b8d14d7e9f3a6b21
2025-06-15 09:12:44,202 DEBUG nets request headers={'Authorization': '***redacted***', 'CommercePlatformTag': 'iskaelderen-shop'}
2025-06-15 09:12:51,930 INFO  webhook payment.checkout.completed verified signature=ok
2025-06-15 09:13:02,118 INFO  order 100234 paid (349,00 kr.), shipping GLS pakkeshop 95338
2025-06-15 09:13:02,120 DEBUG mail sendgrid key=SG.****************************
""")

add("notebook/decoy-sales-analysis", "analytics/notebooks/salg_vs_vejr.ipynb", "https://nbformat.readthedocs.io/en/latest/format_description.html", """
{
 "cells": [
  {"cell_type": "markdown", "metadata": {}, "source": ["# Salg pr. isbar mod temperatur (DMI)"]},
  {"cell_type": "code", "execution_count": 1, "metadata": {}, "outputs": [],
   "source": ["import os\\n", "import pandas as pd\\n", "DMI_KEY = os.environ[\\"DMI_API_KEY\\"]\\n",
              "sales = pd.read_parquet('s3://iskaelderen-analytics/sales_2025.parquet')"]},
  {"cell_type": "code", "execution_count": 2, "metadata": {}, "outputs": [],
   "source": ["sales.groupby('store')['amount_dkk'].sum()"]}
 ],
 "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""")

add("notebook/postgres-password", "analytics/notebooks/batch_yield.ipynb", "https://nbformat.readthedocs.io/en/latest/format_description.html", """
{
 "cells": [
  {"cell_type": "markdown", "metadata": {}, "source": ["# Udbytte pr. batch (overrun) - linje 1-3"]},
  {"cell_type": "code", "execution_count": 1, "metadata": {}, "outputs": [],
   "source": ["import sqlalchemy as sa\\n", "import pandas as pd\\n",
              "eng = sa.create_engine('postgresql+psycopg://analytics:@@secret@@@db01.iskaelderen.local/erp')\\n",
              "df = pd.read_sql('select * from batches where started > now() - interval 30 day', eng)"]},
  {"cell_type": "code", "execution_count": 2, "metadata": {}, "outputs": [],
   "source": ["df.groupby('line')['overrun_pct'].describe()"]}
 ],
 "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""", rand_pw(20))

add("python/dmi-api-key", "analytics/weather/fetch_dmi.py", "https://opendatadocs.dmi.govcloud.dk/Authentication", """
\"\"\"Hent dagens max-temperatur for København og Aarhus (bruges til isprognose).\"\"\"
import requests

DMI_API_KEY = "@@secret@@"
STATIONS = {"kobenhavn": "06180", "aarhus": "06074"}

for city, station in STATIONS.items():
    r = requests.get("https://dmigw.govcloud.dk/v2/metObs/collections/observation/items",
                     params={"stationId": station, "parameterId": "temp_max_past1h", "limit": 24,
                             "api-key": DMI_API_KEY}, timeout=10)
    temps = [f["properties"]["value"] for f in r.json()["features"]]
    print(city, max(temps))
""", uuid_s())

add("markdown/decoy-api-docs-examples", "docs/api/club-api.md", "https://swagger.io/docs/specification/v3_0/authentication/bearer-authentication/", """
# Gelato Club API

All requests need a bearer token from `/auth/token`:

```bash
curl -H "Authorization: Bearer <your-token>" https://api.iskaelderen.dk/club/v2/members/me
```

Example response:

```json
{"member_id": "m_8f2a1c", "stamps": 7, "favourite": "Lakrids & Havsalt"}
```

Tokens expire after 1 hour. Never paste a real token in an issue.
""")

add("env/decoy-local-dev-defaults", "kasse/.env.development", "https://12factor.net/config", """
# lokal udvikling - docker compose up db
DATABASE_URL=mysql://kasse:kasse@localhost:3306/kasse
REDIS_URL=redis://localhost:6379/0
STRIPE_API_KEY=sk_test_replace_me
NETS_SECRET_KEY=changeme
MOBILEPAY_CLIENT_SECRET=changeme
DEBUG=true
""")

add("go/decoy-sha-and-uuid-constants", "services/stock/flavours.go", "https://go.dev/ref/spec#Constant_declarations", """
package stock

// Smags-id'er er UUIDs fra ERP; MenuVersion er sha256 af menu.json (til cache-busting).
const (
	FlavourVanilla   = "6c1f3a2e-9b7d-4e11-a0c3-b5f6e7d8c9a0"
	FlavourLiquorice = "9b2e7a1c-4d3f-4a8b-b1e2-c3d4f5a6b7c8"
	FlavourRhubarb   = "1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f"
	MenuVersion      = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"
)
""")

add("yaml/decoy-openapi-security-scheme", "services/club/openapi.yaml", "https://swagger.io/docs/specification/v3_0/authentication/api-keys/", """
openapi: 3.0.3
info:
  title: Gelato Club API
  version: 2.1.0
components:
  securitySchemes:
    ApiKeyAuth:
      type: apiKey
      in: header
      name: X-Club-Api-Key
      description: Issued per store; example value `club_live_XXXXXXXXXXXXXXXX`
security:
  - ApiKeyAuth: []
paths: {}
""")

# ---------------------------------------------------------------------------------------------
# More of the dairy's systems, in more carriers
# ---------------------------------------------------------------------------------------------

add("k8s-secret/redis-password", "deploy/k8s/stock/redis-auth.yaml", K8S_DOC, """
apiVersion: v1
kind: Secret
metadata:
  name: stock-redis-auth
  namespace: stock
type: Opaque
stringData:
  REDIS_USERNAME: stock
  REDIS_PASSWORD: "@@secret@@"
  REDIS_HOST: redis-master.stock.svc.cluster.local
""", fakes.redis_password(_seed()))

_pw = words_pw()
add("k8s-secret/smtp-password", "deploy/k8s/webshop/mail-secret.yaml", K8S_DOC, """
apiVersion: v1
kind: Secret
metadata:
  name: webshop-mail
  namespace: webshop
  annotations:
    owner: "webshop-team (Mikkel)"
type: Opaque
data:
  SMTP_HOST: @@h@@
  SMTP_USER: @@u@@
  SMTP_PASSWORD: @@p@@
""", _pw, h=b64("send.one.com"), u=b64("shop@iskaelderen.dk"), p=b64(_pw))

add("terraform/azure-postgres-admin-password", "infra/terraform/azure/erp_db.tf", "https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/postgresql_flexible_server", """
resource "azurerm_postgresql_flexible_server" "erp" {
  name                   = "psql-iskaelderen-erp"
  resource_group_name    = azurerm_resource_group.erp.name
  location               = "swedencentral"
  version                = "16"
  administrator_login    = "erpadmin"
  administrator_password = "@@secret@@"
  storage_mb             = 65536
  sku_name               = "GP_Standard_D2ds_v5"
  backup_retention_days  = 14
  zone                   = "1"
}
""", words_pw())

add("terraform/datadog-api-key", "infra/terraform/monitoring/main.tf", "https://registry.terraform.io/providers/DataDog/datadog/latest/docs", """
provider "datadog" {
  api_key = "@@secret@@"
  app_key = var.datadog_app_key
  api_url = "https://api.datadoghq.eu/"
}

resource "datadog_monitor" "coldstore_temp" {
  name    = "Fryselager over -18 C"
  type    = "metric alert"
  query   = "avg(last_10m):avg:coldchain.temp_c{site:hobro} > -18"
  message = "Kølevagt: tjek fryselageret @slack-kolevagt"
}
""", hexs(32))

add("properties/ldap-bind-password", "label-service/src/main/resources/application.properties", "https://docs.spring.io/spring-boot/reference/data/nosql.html#data.nosql.ldap", """
spring.application.name=label-service
server.port=8081
spring.ldap.urls=ldaps://dc01.iskaelderen.local:636
spring.ldap.base=DC=iskaelderen,DC=local
spring.ldap.username=CN=svc-labels,OU=Service,DC=iskaelderen,DC=local
spring.ldap.password=@@secret@@
labels.printer.queue=zebra-pakkeri
labels.allergen-source=nav
""", rand_pw(16, "!$"))

add("kotlin/mqtt-password", "android/truck/src/main/java/dk/iskaelderen/truck/FreezerTelemetry.kt", "https://eclipse.dev/paho/files/android-javadoc/org/eclipse/paho/client/mqttv3/MqttConnectOptions.html", """
package dk.iskaelderen.truck

import org.eclipse.paho.client.mqttv3.MqttConnectOptions

// Isbilens fryser sender temperatur via tablet'en
fun truckMqttOptions(truckNo: Int): MqttConnectOptions = MqttConnectOptions().apply {
    isCleanSession = false
    userName = "isbil-$truckNo"
    password = "@@secret@@".toCharArray()
    keepAliveInterval = 60
    isAutomaticReconnect = true
}
""", rand_pw(20))

add("csharp/sqlserver-connection-string", "Regnskab/Iskaelderen.Regnskab/Db.cs", "https://learn.microsoft.com/en-us/dotnet/api/system.data.sqlclient.sqlconnection.connectionstring", """
using Microsoft.Data.SqlClient;

namespace Iskaelderen.Regnskab
{
    internal static class Db
    {
        // NAV-databasen i kælderen i Hobro (skal udfases 2026)
        private const string Cs =
            "Server=nav01.iskaelderen.local,1433;Database=NAV_ISK;User Id=regnskab_job;" +
            "Password=@@secret@@;Encrypt=True;TrustServerCertificate=True";

        public static SqlConnection Open()
        {
            var c = new SqlConnection(Cs);
            c.Open();
            return c;
        }
    }
}
""", words_pw().replace(";", "!"))

add("php/ftp-password", "gelateria-site/cron/upload_menu.php", "https://www.php.net/manual/en/function.ftp-login.php", """
<?php
// Læg ugens menu-PDF op på skærmene i isbarerne (gammel FTP-boks i Nørrebro)
$conn = ftp_ssl_connect('ftp.gelateria-norrebro.dk');
if (!ftp_login($conn, 'menuskaerm', '@@secret@@')) {
    error_log('FTP login fejlede');
    exit(1);
}
ftp_pasv($conn, true);
ftp_put($conn, '/screens/menu.pdf', __DIR__ . '/../uploads/menu-uge.pdf', FTP_BINARY);
ftp_close($conn);
""", rand_pw(10))

add("ruby/redis-url", "gelato-club/config/cable.yml", "https://guides.rubyonrails.org/action_cable_overview.html#configuration", """
development:
  adapter: redis
  url: redis://localhost:6379/1

test:
  adapter: test

production:
  adapter: redis
  url: redis://default:@@secret@@@club-redis.iskaelderen.dk:6380/0
  channel_prefix: gelato_club_production
""", fakes.redis_password(_seed()))

add("go/smtp-password", "services/alerts/mail.go", "https://pkg.go.dev/net/smtp#PlainAuth", """
package alerts

import (
	"fmt"
	"net/smtp"
)

func MailHACCP(to []string, room string, temp float64) error {
	auth := smtp.PlainAuth("", "haccp@iskaelderen.dk", "@@secret@@", "send.one.com")
	body := fmt.Sprintf("Subject: HACCP-afvigelse %s\\r\\n\\r\\n%s målt til %.1f C\\r\\n", room, room, temp)
	return smtp.SendMail("send.one.com:587", auth, "haccp@iskaelderen.dk", to, []byte(body))
}
""", rand_pw(16))

add("powershell/sftp-password", "it/scripts/Send-SallingEdi.ps1", "https://winscp.net/eng/docs/library_powershell", """
# Send DESADV til Salling Group via SFTP (WinSCP .NET)
Add-Type -Path "C:\\Program Files (x86)\\WinSCP\\WinSCPnet.dll"
$opts = New-Object WinSCP.SessionOptions -Property @{
    Protocol = [WinSCP.Protocol]::Sftp
    HostName = "sftp.sallinggroup.com"
    UserName = "iskaelderen_edi"
    Password = "@@secret@@"
    SshHostKeyFingerprint = "ssh-ed25519 255 Xk3vJ9s1Qm7pR2tW8yZ4bN6cF0hL5aD9gK3jM1oP7uE"
}
$session = New-Object WinSCP.Session
$session.Open($opts)
$session.PutFiles("D:\\EDI\\out\\*.xml", "/inbound/desadv/").Check()
$session.Dispose()
""", words_pw())

add("shell/mysql-password", "ops/backup/backup_kasse.sh", "https://dev.mysql.com/doc/refman/8.0/en/mysqldump.html", """
#!/bin/bash
# Natlig backup af kassedatabasen (cron på ops01, 02:30)
set -euo pipefail
STAMP=$(date +%F)
mysqldump -h db-kasse.iskaelderen.local -u backup -p'@@secret@@' \\
  --single-transaction --routines kasse | gzip > /srv/backup/kasse-$STAMP.sql.gz
find /srv/backup -name 'kasse-*.sql.gz' -mtime +30 -delete
""", words_pw().replace("'", "!"))

_tok = rand_pw(46)
add("python/economic-split-token", "regnskab/export_kasse.py", ECONOMIC_DOC, """
\"\"\"Bogfør gårsdagens kasseopgørelser i e-conomic (kassekladde 3).\"\"\"
import requests

HEADERS = {
    "X-AppSecretToken": ("@@a@@"
                         "@@b@@"),
    "X-AgreementGrantToken": "demo",
    "Content-Type": "application/json",
}


def book(day: str, store: str, amount: float) -> None:
    entry = {"accountingYear": {"year": day[:4]}, "entries": {"financeVouchers": [
        {"account": {"accountNumber": 1000}, "amount": amount, "text": f"Kasse {store} {day}"}]}}
    requests.post("https://restapi.e-conomic.com/journals/3/vouchers", json=entry, headers=HEADERS,
                  timeout=20).raise_for_status()
""", _tok, a=_tok[:23], b=_tok[23:])

_sa_key = pem("")
add("json/gcp-service-account-key", "analytics/keys/iskaelderen-analytics-4f2a.json", "https://cloud.google.com/iam/docs/keys-create-delete", """
{
  "type": "service_account",
  "project_id": "iskaelderen-analytics",
  "private_key_id": "@@kid@@",
  "private_key": "@@k@@\\n",
  "client_email": "looker-loader@iskaelderen-analytics.iam.gserviceaccount.com",
  "client_id": "104882213377190442871",
  "auth_uri": "https://accounts.google.com/o/oauth2/auth",
  "token_uri": "https://oauth2.googleapis.com/token"
}
""", _sa_key.split("\n")[1], kid=hexs(40), k=_sa_key.replace("\n", "\\n").replace("-----BEGIN  PRIVATE KEY-----", "-----BEGIN PRIVATE KEY-----").replace("-----END  PRIVATE KEY-----", "-----END PRIVATE KEY-----"))

add("yaml/spring-datasource-password", "pos-server/src/main/resources/application-aarhus.yml", "https://docs.spring.io/spring-boot/reference/data/sql.html#data.sql.datasource.configuration", """
# Gelateria Aarhus (åbnet 2024) - egen lokal kasse-DB indtil fiberen kommer
spring:
  datasource:
    url: jdbc:postgresql://10.22.0.10:5432/pos
    username: pos
    password: @@secret@@
  jpa:
    hibernate:
      ddl-auto: validate
pos:
  store-id: aarhus
  currency: DKK
""", rand_pw(20))

add("xml/maven-repository-password", "label-service/.mvn/settings.xml", "https://maven.apache.org/settings.html#servers", """
<?xml version="1.0" encoding="UTF-8"?>
<settings xmlns="http://maven.apache.org/SETTINGS/1.0.0">
  <servers>
    <server>
      <id>iskaelderen-nexus</id>
      <username>deploy</username>
      <password>@@secret@@</password>
    </server>
  </servers>
  <mirrors>
    <mirror>
      <id>iskaelderen-nexus</id>
      <url>https://nexus.iskaelderen.dk/repository/maven-public/</url>
      <mirrorOf>*</mirrorOf>
    </mirror>
  </mirrors>
</settings>
""", rand_pw(22))

add("properties/gradle-repository-password", "android/gradle.properties", "https://docs.gradle.org/current/userguide/build_environment.html#sec:gradle_configuration_properties", """
org.gradle.jvmargs=-Xmx4g -Dfile.encoding=UTF-8
android.useAndroidX=true
kotlin.code.style=official
iskaelderenNexusUser=android-ci
iskaelderenNexusPassword=@@secret@@
truckAppVersionCode=57
""", rand_pw(24))

add("env/mailgun-api-key", "gelato-club/.env.production", "https://documentation.mailgun.com/docs/mailgun/api-reference/authentication/", """
RAILS_ENV=production
RAILS_LOG_TO_STDOUT=1
DATABASE_URL=${DATABASE_URL}
MAILGUN_DOMAIN=mg.gelatoclub.dk
MAILGUN_API_KEY=@@secret@@
MAILGUN_REGION=eu
STAMPS_FOR_FREE_SCOOP=9
""", mailgun_key())

add("markdown/sftp-password", "docs/leverandoerer/tetra-pak-reservedele.md", "https://www.markdownguide.org/basic-syntax/", """
# Tetra Pak - reservedele og servicerapporter

Tetra Pak lægger servicerapporter for Hoyer Frigus-frysere (linje 1 og 2) på deres SFTP.

- Host: `sftp.tetrapak-service.com` (port 22)
- Bruger: `DK-ISKAELDEREN-HOBRO`
- Adgangskode: `@@secret@@` (fra Lars, Tetra Pak, marts 2025)

Rapporterne hentes hver mandag af `ops01:/srv/jobs/tetrapak_pull.sh` og gemmes i
SharePoint > Produktion > Service.
""", rand_pw(14, "#%"))

add("csv/device-admin-password", "it/inventory/display-freezers.csv", "https://datatracker.ietf.org/doc/html/rfc4180", """
store,device,model,ip,admin_user,admin_password,note
vesterbro,montre-1,ISA Millennium LX,10.20.0.41,admin,se 1Password,
norrebro,montre-1,ISA Millennium LX,10.21.0.41,admin,se 1Password,
aarhus,montre-1,Orion 18 Ventilated,10.22.0.41,service,@@secret@@,fabrikskode ændret af Frost-Teknik
isbil-1,fryser,Carrier Xarios,-,-,-,ingen netværk
""", rand_pw(10))

add("sql/integration-api-key", "erp/db/migrations/0042_integrations.sql", "https://www.postgresql.org/docs/current/sql-insert.html", """
-- Integrations-tabel til leverandør-API'er
CREATE TABLE IF NOT EXISTS integrations (
    name        text PRIMARY KEY,
    base_url    text NOT NULL,
    api_key     text,
    enabled     boolean DEFAULT true
);

INSERT INTO integrations (name, base_url, api_key) VALUES
    ('postnord', 'https://api2.postnord.com', '@@secret@@'),
    ('gls', 'https://api.gls.dk', NULL),
    ('dmi', 'https://dmigw.govcloud.dk', NULL);
""", hexs(32))

add("log/postgres-password", "erp/logs/celery-worker.log", "https://docs.celeryq.dev/en/stable/userguide/workers.html", """
[2025-06-16 02:00:00,004: INFO/MainProcess] Task erp.tasks.nightly_traceability[4c1e] received
[2025-06-16 02:00:00,118: ERROR/ForkPoolWorker-2] Task erp.tasks.nightly_traceability[4c1e] raised unexpected: OperationalError
Traceback (most recent call last):
  File "/srv/erp/erp/tasks.py", line 88, in nightly_traceability
    conn = psycopg.connect("postgresql://erp_batch:@@secret@@@db02.iskaelderen.local:5432/erp")
psycopg.OperationalError: connection failed: connection to server at "10.10.0.12", port 5432 failed: timeout expired
[2025-06-16 02:00:05,001: INFO/MainProcess] Task erp.tasks.nightly_traceability[4c1e] retry: in 300s
""", rand_pw(18))

add("dockerfile/smtp-password", "plant/alarms/Dockerfile", "https://docs.docker.com/reference/dockerfile/#env", """
FROM python:3.12-alpine
WORKDIR /app
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt
COPY alarms/ ./alarms/
ENV SMTP_HOST=send.one.com \\
    SMTP_USER=alarm@iskaelderen.dk \\
    SMTP_PASSWORD=@@secret@@ \\
    ALARM_TO=kolevagt@iskaelderen.dk
CMD ["python", "-m", "alarms.watch"]
""", words_pw().replace("$", "#"))

add("compose/redis-requirepass", "parlours/menu-board/docker-compose.yml", "https://redis.io/docs/latest/operate/oss_and_stack/management/config-file/", """
services:
  redis:
    image: redis:7.2-alpine
    command: ["redis-server", "--requirepass", "@@secret@@", "--appendonly", "yes"]
    volumes:
      - redis-data:/data
  menu-board:
    image: registry.iskaelderen.dk/menu-board:1.9.0
    environment:
      REDIS_URL: redis://redis:6379/0
      STORE_ID: norrebro
    ports: ["80:3000"]
volumes:
  redis-data:
""", fakes.redis_password(_seed()))

add("github-actions/registry-password", ".github/workflows/menu-board.yml", "https://docs.docker.com/reference/cli/docker/login/#provide-a-password-using-stdin", """
name: menu-board image
on:
  push:
    paths: ["menu-board/**"]
jobs:
  build:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - name: login
        run: echo "@@secret@@" | docker login registry.iskaelderen.dk -u ci --password-stdin
      - run: docker build -t registry.iskaelderen.dk/menu-board:${{ github.sha }} menu-board
      - run: docker push registry.iskaelderen.dk/menu-board:${{ github.sha }}
""", rand_pw(26))

add("ini/odbc-password", "it/powerbi-gateway/odbc.ini", "https://www.unixodbc.org/odbcinst.html", """
[ODBC Data Sources]
KasseDW = MariaDB Unicode

[KasseDW]
Driver      = MariaDB Unicode
Description = Kasse data warehouse (Power BI gateway)
Server      = db-kasse.iskaelderen.local
Port        = 3306
Database    = kasse_dw
User        = powerbi
Password    = @@secret@@
""", words_pw())

add("toml/newrelic-api-key", "services/club/newrelic.toml", "https://docs.newrelic.com/docs/apis/intro-apis/new-relic-api-keys/", """
[newrelic]
app_name = "gelato-club-api"
region = "eu"
user_api_key = "@@secret@@"
distributed_tracing = true

[newrelic.labels]
team = "webshop"
env = "production"
""", newrelic_key())

add("javascript/gmail-app-password", "tools/b2b-mailer/send.js", "https://nodemailer.com/usage/using-gmail/", """
const nodemailer = require("nodemailer");

// Tilbud til caféer på 5L-baljer (sendes fra salg@)
const transporter = nodemailer.createTransport({
  service: "gmail",
  auth: {
    user: "salg.iskaelderen@gmail.com",
    pass: "@@secret@@",
  },
});

module.exports = async function send(to, html) {
  return transporter.sendMail({ from: "Iskælderen Salg <salg.iskaelderen@gmail.com>", to, subject: "Sommerens is til jeres café", html });
};
""", fakes.drawn(_seed(), 16, string.ascii_lowercase))

# ---------------------------------------------------------------------------------------------
# Decoys: references, placeholders, public values, encrypted values, ids and hashes
# ---------------------------------------------------------------------------------------------

add("markdown/decoy-aws-doc-example", "docs/it/aws-cli-opsaetning.md", AWS_DOC, """
# Opsætning af AWS CLI (backup-kontoen)

1. Bed IT om en bruger i IAM Identity Center - vi bruger **ikke** access keys på laptops.
2. Kør `aws configure sso` og vælg kontoen `iskaelderen-backup`.

AWS' egen dokumentation viser formatet med deres eksempelnøgler:

```ini
[default]
aws_access_key_id = AKIAIOSFODNN7EXAMPLE
aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY
```

Kopiér aldrig rigtige nøgler ind her.
""")

add("python/decoy-log-scrubber-regexes", "kasse/kasse/logscrub.py", "https://docs.python.org/3/library/re.html", """
\"\"\"Mask credentials before kasse logs leave the store.\"\"\"
import re

PATTERNS = [
    re.compile(r"(sk|rk)_(live|test)_[0-9A-Za-z]{24,99}"),
    re.compile(r"live-secret-key-[0-9a-f]{32}"),
    re.compile(r"(?i)authorization:\\s*(basic|bearer)\\s+\\S+"),
    re.compile(r"\\b\\d{6}\\*{6}\\d{4}\\b"),  # masked PAN stays as is
]


def scrub(line: str) -> str:
    for p in PATTERNS:
        line = p.sub("[skjult]", line)
    return line
""")

add("yaml/decoy-external-secret", "deploy/k8s/webshop/external-secret.yaml", "https://external-secrets.io/latest/api/externalsecret/", """
apiVersion: external-secrets.io/v1beta1
kind: ExternalSecret
metadata:
  name: webshop-payments
  namespace: webshop
spec:
  refreshInterval: 1h
  secretStoreRef:
    name: azure-kv-prod
    kind: ClusterSecretStore
  target:
    name: webshop-payments
  data:
    - secretKey: NETS_EASY_SECRET_KEY
      remoteRef: {key: nets-easy-secret-key}
    - secretKey: MOBILEPAY_CLIENT_SECRET
      remoteRef: {key: mobilepay-client-secret}
""")

add("k8s-secret/decoy-placeholder-values", "deploy/k8s/templates/club-secret.example.yaml", K8S_DOC, """
# Skabelon - udfyldes af deploy-scriptet fra Key Vault. Værdierne er "CHANGEME" i base64.
apiVersion: v1
kind: Secret
metadata:
  name: club-api
  namespace: club
type: Opaque
data:
  DATABASE_PASSWORD: Q0hBTkdFTUU=
  STAMP_SIGNING_KEY: Q0hBTkdFTUU=
  MAILGUN_API_KEY: Q0hBTkdFTUU=
""")

add("terraform/decoy-random-password", "infra/terraform/azure/club_db.tf", "https://registry.terraform.io/providers/hashicorp/random/latest/docs/resources/password", """
resource "random_password" "club_db" {
  length  = 32
  special = true
}

resource "azurerm_key_vault_secret" "club_db" {
  name         = "club-db-password"
  value        = random_password.club_db.result
  key_vault_id = azurerm_key_vault.prod.id
}

resource "azurerm_postgresql_flexible_server" "club" {
  name                   = "psql-iskaelderen-club"
  administrator_login    = "clubadmin"
  administrator_password = random_password.club_db.result
  sku_name               = "B_Standard_B1ms"
}
""")

add("json/decoy-lockfile-integrity", "apps/kiosk/package-lock.json", "https://docs.npmjs.com/cli/v10/configuring-npm/package-lock-json", """
{
  "name": "kiosk",
  "version": "3.8.0",
  "lockfileVersion": 3,
  "packages": {
    "node_modules/@stripe/stripe-js": {
      "version": "4.1.0",
      "resolved": "https://registry.npmjs.org/@stripe/stripe-js/-/stripe-js-4.1.0.tgz",
      "integrity": "sha512-@@i1@@"
    },
    "node_modules/axios": {
      "version": "1.7.2",
      "resolved": "https://registry.npmjs.org/axios/-/axios-1.7.2.tgz",
      "integrity": "sha512-@@i2@@"
    }
  }
}
""", i1=fakes.drawn(_seed(), 86, ALNUM + "+/") + "==", i2=fakes.drawn(_seed(), 86, ALNUM + "+/") + "==")

add("ini/decoy-pip-conf-no-credentials", "it/ops01/pip.conf", "https://pip.pypa.io/en/stable/topics/configuration/", """
[global]
index-url = https://pkgs.iskaelderen.dk/simple
extra-index-url = https://pypi.org/simple
timeout = 30
# credentials come from keyring (keyring set pkgs.iskaelderen.dk deploy)
keyring-provider = subprocess

[install]
trusted-host = pkgs.iskaelderen.dk
""")

add("markdown/decoy-1password-references", "docs/isbarer/aabning-af-saeson.md", "https://developer.1password.com/docs/cli/secret-references/", """
# Sæsonåbning - tjekliste (april)

- [ ] Frysemontrer tændes 48 timer før åbning (skal nå -18 °C)
- [ ] MobilePay-QR skiltes ved kassen (MSN 2301877)
- [ ] Kasse-iPads opdateres; login hentes med `op read "op://Isbarer/Kasse iPad/password"`
- [ ] Router-kode: `op://Isbarer/Router {{butik}}/password` (skiftes hver sæson)
- [ ] Gæste-wifi-kode printes fra IT-portalen
- [ ] Test af kortterminal: køb 1 kugle, refundér samme dag

Ansvarlig: butikschefen i hver isbar.
""")

add("csv/decoy-haccp-temperatures", "plant/haccp/2025-06-temperaturer.csv", "https://datatracker.ietf.org/doc/html/rfc4180", """
dato;tid;rum;sensor;temp_c;grænse_c;ok;signatur
2025-06-14;06:00;Fryselager A;63421177;-24,1;-22;ja;JN
2025-06-14;06:00;Fryselager B;63421178;-23,7;-22;ja;JN
2025-06-14;06:00;Hærdetunnel 2;63421190;-38,2;-35;ja;JN
2025-06-14;06:00;Råvarekøl;63421203;3,4;5;ja;JN
2025-06-14;14:00;Fryselager A;63421177;-21,6;-22;nej;MA
""")

add("log/decoy-nginx-access", "webshop/logs/nginx-access.log", "https://nginx.org/en/docs/http/ngx_http_log_module.html", """
203.0.113.24 - - [15/Jun/2025:09:12:44 +0200] "POST /kasse/nets/create HTTP/2.0" 200 61 "-" "Mozilla/5.0" rid=8c1f0a2b7e9d4c35a6b1e0f2d3c4b5a6
203.0.113.24 - - [15/Jun/2025:09:12:51 +0200] "GET /kasse/tak?paymentid=0293000065f1a3c2b8d14d7e9f3a6b21 HTTP/2.0" 200 5120 "-" "Mozilla/5.0" rid=1d2e3f4a5b6c4d7e8f9a0b1c2d3e4f5a
198.51.100.7 - - [15/Jun/2025:09:13:02 +0200] "POST /webhooks/nets HTTP/1.1" 200 2 "-" "Nets-Webhook/1.0" rid=9a8b7c6d5e4f4a3b2c1d0e9f8a7b6c5d
198.51.100.9 - - [15/Jun/2025:09:14:10 +0200] "GET /static/js/app.3f9c1e7a.js HTTP/2.0" 304 0 "-" "Mozilla/5.0" rid=0f1e2d3c4b5a49687766554433221100
192.0.2.44 - - [15/Jun/2025:09:15:31 +0200] "GET /produkter/lakrids-havsalt HTTP/2.0" 200 18211 "-" "Googlebot/2.1" rid=aa11bb22cc334d44ee55ff6677889900
""")

add("php/decoy-getenv-config", "gelateria-site/wp-config.php", "https://developer.wordpress.org/advanced-administration/wordpress/wp-config/", """
<?php
define('DB_NAME', getenv('WP_DB_NAME') ?: 'gelateria');
define('DB_USER', getenv('WP_DB_USER'));
define('DB_PASSWORD', getenv('WP_DB_PASSWORD'));
define('DB_HOST', getenv('WP_DB_HOST') ?: 'localhost');
define('DB_CHARSET', 'utf8mb4');
define('WPLANG', 'da_DK');
define('AUTH_KEY', getenv('WP_AUTH_KEY'));
define('SECURE_AUTH_KEY', getenv('WP_SECURE_AUTH_KEY'));
$table_prefix = 'gn_';
require_once ABSPATH . 'wp-settings.php';
""")

add("yaml/decoy-sops-encrypted", "deploy/secrets/plant.enc.yaml", "https://github.com/getsops/sops#encrypting-using-age", """
influx_token: ENC[AES256_GCM,data:@@d1@@,iv:@@iv1@@,tag:@@t1@@,type:str]
mqtt_bridge_password: ENC[AES256_GCM,data:@@d2@@,iv:@@iv2@@,tag:@@t2@@,type:str]
sops:
    age:
        - recipient: age1q8z3w7x5c2v9b4n6m1k0j8h7g5f3d2s4a6p8o0i9u7y5t3r1e2w4q6
    lastmodified: "2025-06-02T08:41:17Z"
    mac: ENC[AES256_GCM,data:@@m@@,type:str]
    version: 3.8.1
""", d1=fakes.drawn(_seed(), 120, ALNUM + "+/"), iv1=fakes.drawn(_seed(), 43, ALNUM + "+/") + "=",
    t1=fakes.drawn(_seed(), 22, ALNUM + "+/") + "==", d2=fakes.drawn(_seed(), 32, ALNUM + "+/"),
    iv2=fakes.drawn(_seed(), 43, ALNUM + "+/") + "=", t2=fakes.drawn(_seed(), 22, ALNUM + "+/") + "==",
    m=fakes.drawn(_seed(), 88, ALNUM + "+/"))

add("properties/decoy-jasypt-encrypted", "pos-server/src/main/resources/application-norrebro.properties", "https://github.com/ulisesbocchio/jasypt-spring-boot#use-encrypted-properties", """
# Gelateria Nørrebro kasse-server; værdier krypteret med jasypt (nøgle i JASYPT_ENCRYPTOR_PASSWORD)
pos.store-id=norrebro
spring.datasource.url=jdbc:postgresql://10.21.0.10:5432/pos
spring.datasource.username=pos
spring.datasource.password=ENC(@@e1@@)
pos.mobilepay.client-secret=ENC(@@e2@@)
""", e1=fakes.drawn(_seed(), 64, ALNUM + "+/"), e2=fakes.drawn(_seed(), 88, ALNUM + "+/"))

add("json/decoy-nets-webhook-sample", "webshop/tests/fixtures/nets_payment_completed.json", "https://developer.nexigroup.com/nexi-checkout/en-EU/api/webhooks/", """
{
  "id": "@@eid@@",
  "merchantId": 100087231,
  "timestamp": "2025-06-15T09:12:51.2110+02:00",
  "event": "payment.checkout.completed",
  "data": {
    "paymentId": "@@pid@@",
    "order": {"amount": {"amount": 34900, "currency": "DKK"}, "reference": "100234"},
    "consumer": {"email": "kunde@example.com"}
  }
}
""", eid=hexs(32), pid=hexs(32))

add("log/decoy-webhook-signature", "gelato-club/log/production-webhooks.log", "https://docs.stripe.com/webhooks#verify-manually", """
I, [2025-06-15T10:02:11.551 #1]  INFO -- : Started POST "/webhooks/stripe"
I, [2025-06-15T10:02:11.552 #1]  INFO -- : Stripe-Signature: t=1749974531,v1=@@v1@@
I, [2025-06-15T10:02:11.560 #1]  INFO -- : event evt_1PRs2kLq8Wf3Kx0b4T7mH2aQ invoice.paid (customer cus_QI8x2mZp7TnR4v)
I, [2025-06-15T10:02:11.571 #1]  INFO -- : Completed 200 OK in 19ms
I, [2025-06-15T10:05:40.112 #1]  INFO -- : Started POST "/webhooks/stripe"
I, [2025-06-15T10:05:40.113 #1]  INFO -- : Stripe-Signature: t=1749974740,v1=@@v2@@
""", v1=hexs(64), v2=hexs(64))

add("xml/decoy-saml-metadata-cert", "it/sso/planday-idp-metadata.xml", "https://docs.oasis-open.org/security/saml/v2.0/saml-metadata-2.0-os.pdf", """
<?xml version="1.0"?>
<EntityDescriptor xmlns="urn:oasis:names:tc:SAML:2.0:metadata" entityID="https://sts.windows.net/@@tid@@/">
  <IDPSSODescriptor protocolSupportEnumeration="urn:oasis:names:tc:SAML:2.0:protocol">
    <KeyDescriptor use="signing">
      <KeyInfo xmlns="http://www.w3.org/2000/09/xmldsig#">
        <X509Data><X509Certificate>MIIC8DCCAdigAwIBAgIQ@@c@@</X509Certificate></X509Data>
      </KeyInfo>
    </KeyDescriptor>
    <SingleSignOnService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect" Location="https://login.microsoftonline.com/@@tid@@/saml2"/>
  </IDPSSODescriptor>
</EntityDescriptor>
""", tid=uuid_s(), c=fakes.drawn(_seed(), 400, ALNUM + "+/") + "=")

add("env/decoy-recaptcha-site-key", "gelateria-site/.env", "https://developers.google.com/recaptcha/docs/display", """
# Bestillingsformular til isbar-events
RECAPTCHA_SITE_KEY=6Lc@@sk@@
RECAPTCHA_SECRET_KEY=${RECAPTCHA_SECRET_KEY}
BOOKING_MAIL_TO=booking@gelateria-vesterbro.dk
MIN_GUESTS=20
""", sk=fakes.drawn(_seed(), 37, ALNUM + "_-"))

add("python/decoy-pbkdf2-doc-example", "kasse/kasse/pins.py", "https://docs.python.org/3/library/hashlib.html#hashlib.pbkdf2_hmac", """
\"\"\"Staff PIN hashing for the tills.

A stored value looks like:
    pbkdf2_sha256$600000$q3Tz8mV1xR4n$Y2b9Kp0Lw7fQe1Hs5dJ3vNu8aC6tZx4rGm2iB0oE9kU=
\"\"\"
import base64
import hashlib
import os


def hash_pin(pin: str, iterations: int = 600_000) -> str:
    salt = base64.b64encode(os.urandom(9)).decode()
    dk = hashlib.pbkdf2_hmac("sha256", pin.encode(), salt.encode(), iterations)
    return f"pbkdf2_sha256${iterations}${salt}${base64.b64encode(dk).decode()}"
""")

add("markdown/decoy-readme-your-api-key", "tools/recipe-calc/README.md", "https://www.markdownguide.org/basic-syntax/", """
# iskaelderen-recipe-calc

Calculates overrun, total solids and PAC/POD for ice-cream and sorbet mixes.

```python
from recipe_calc import Mix, NutritionClient

mix = Mix.from_yaml("recipes/vanilje-bourbon.yaml")
print(mix.pac, mix.pod, mix.total_solids)

client = NutritionClient(api_key="YOUR_API_KEY")  # Frida food database
print(client.lookup("sødmælkspulver"))
```

Set `FRIDA_API_KEY` in your environment instead of passing it in code.
""")

add("yaml/decoy-cloud-init-public-key", "infra/cloud-init/ops01.yaml", "https://cloudinit.readthedocs.io/en/latest/reference/examples.html", """
#cloud-config
hostname: ops01
users:
  - name: drift
    groups: [sudo, docker]
    shell: /bin/bash
    ssh_authorized_keys:
      - ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI@@pk1@@ mikkel@iskaelderen
      - ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI@@pk2@@ jonas@iskaelderen
package_update: true
packages: [docker.io, redis-tools, postgresql-client]
timezone: Europe/Copenhagen
""", pk1=fakes.drawn(_seed(), 43, ALNUM + "+/"), pk2=fakes.drawn(_seed(), 43, ALNUM + "+/"))

add("java/decoy-value-annotations", "pos-server/src/main/java/dk/iskaelderen/pos/PaymentProps.java", "https://docs.spring.io/spring-framework/reference/core/beans/annotation-config/value-annotations.html", """
package dk.iskaelderen.pos;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

@Component
public class PaymentProps {
    @Value("${pos.nets.secret-key}")
    private String netsSecretKey;

    @Value("${pos.mobilepay.client-secret}")
    private String mobilePayClientSecret;

    @Value("${pos.currency:DKK}")
    private String currency;

    public String currency() { return currency; }
}
""")

add("typescript/decoy-test-mock-token", "apps/kiosk/src/payments/mobilepay.test.ts", "https://vitest.dev/guide/mocking.html", """
import { describe, expect, it, vi } from "vitest";
import axios from "axios";
import { accessToken } from "./mobilepay";

vi.mock("axios");

describe("accessToken", () => {
  it("returns the token from the response", async () => {
    vi.mocked(axios.post).mockResolvedValue({ data: { access_token: "test-access-token" } });
    await expect(accessToken("test-client-id", "test-client-secret")).resolves.toBe("test-access-token");
  });
});
""")

add("ini/decoy-supervisor-env-refs", "it/ops01/supervisor/alarms.conf", "http://supervisord.org/configuration.html#environment-variables", """
[program:coldchain-alarms]
command=/srv/alarms/venv/bin/python -m alarms.watch
directory=/srv/alarms
user=alarms
autostart=true
autorestart=true
environment=SMTP_PASSWORD="%(ENV_ALARM_SMTP_PASSWORD)s",TELEGRAM_TOKEN="%(ENV_ALARM_TELEGRAM_TOKEN)s"
stdout_logfile=/var/log/alarms/out.log
""")

add("log/decoy-masked-card-pos", "kasse/logs/terminal-vesterbro-2025-06-14.log", "https://www.pcisecuritystandards.org/", """
2025-06-14 14:02:11 TERM 58021144 SALE amount=45.00 DKK card=************4417 auth=081524 stan=000912 result=APPROVED
2025-06-14 14:03:40 TERM 58021144 SALE amount=90.00 DKK card=************0032 auth=771203 stan=000913 result=APPROVED
2025-06-14 14:05:02 TERM 58021144 SALE amount=53.00 DKK card=************9981 auth=- stan=000914 result=DECLINED (51)
2025-06-14 14:05:40 TERM 58021144 SALE amount=53.00 DKK mobilepay=MP-2025-061400123 result=APPROVED
2025-06-14 22:00:03 TERM 58021144 BATCH close count=118 total=14382.50 DKK ref=B0614-58021144
""")

add("terraform/decoy-sensitive-variables", "infra/terraform/monitoring/variables.tf", "https://developer.hashicorp.com/terraform/language/values/variables#suppressing-values-in-cli-output", """
variable "datadog_api_key" {
  type        = string
  description = "Datadog API key (EU site), from TF_VAR_datadog_api_key in CI"
  sensitive   = true
}

variable "datadog_app_key" {
  type      = string
  sensitive = true
}

variable "site" {
  type    = string
  default = "hobro"
}
""")

add("shell/decoy-generate-password", "ops/redis/rotate_password.sh", "https://www.openssl.org/docs/man3.0/man1/openssl-rand.html", """
#!/usr/bin/env bash
# Roter Redis-koden for lagerstatus: ny kode i Key Vault, derefter ACL og genstart af stock
set -euo pipefail
NEW=$(openssl rand -base64 32 | tr -d '/+=' | cut -c1-28)
az keyvault secret set --vault-name kv-iskaelderen-prod --name stock-redis-password --value "$NEW" >/dev/null
redis-cli -h cache01.iskaelderen.local --user admin --pass "$(az keyvault secret show --vault-name kv-iskaelderen-prod --name redis-admin --query value -o tsv)" \\
  ACL SETUSER stock on ">$NEW" '~stock:*' '+@all'
kubectl -n stock rollout restart deploy/stock
""")

add("powershell/decoy-get-credential", "it/scripts/New-SeasonStaff.ps1", "https://learn.microsoft.com/en-us/powershell/module/microsoft.powershell.security/get-credential", """
# Opret sæsonmedarbejdere i AD (kør som IT-admin)
param([Parameter(Mandatory)][string]$CsvPath)
$admin = Get-Credential -Message "IT-admin til dc01"
$initial = Read-Host -AsSecureString "Startkode (brugeren skal skifte ved første login)"
Import-Csv $CsvPath -Delimiter ";" | ForEach-Object {
    New-ADUser -Name $_.Navn -SamAccountName $_.Initialer -Path "OU=Saeson,OU=Medarbejdere,DC=iskaelderen,DC=local" `
        -AccountPassword $initial -ChangePasswordAtLogon $true -Enabled $true -Credential $admin
}
""")

add("xml/decoy-usersecrets-id", "Kasse/Iskaelderen.Kasse/Iskaelderen.Kasse.csproj", "https://learn.microsoft.com/en-us/aspnet/core/security/app-secrets", """
<Project Sdk="Microsoft.NET.Sdk.Web">
  <PropertyGroup>
    <TargetFramework>net8.0</TargetFramework>
    <Nullable>enable</Nullable>
    <UserSecretsId>@@u@@</UserSecretsId>
    <RootNamespace>Iskaelderen.Kasse</RootNamespace>
  </PropertyGroup>
  <ItemGroup>
    <PackageReference Include="Azure.Extensions.AspNetCore.Configuration.Secrets" Version="1.3.1" />
  </ItemGroup>
</Project>
""", u=uuid_s())

add("plist/decoy-public-app-ids", "ios/GelatoClub/Info.plist", "https://developer.apple.com/documentation/bundleresources/information_property_list", """
<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
<dict>
  <key>CFBundleDisplayName</key>
  <string>Gelato Club</string>
  <key>GIDClientID</key>
  <string>402118876512-7h3k9m1p5r8t2v4x6z0b3d5f7h9k1m3p.apps.googleusercontent.com</string>
  <key>LSApplicationQueriesSchemes</key>
  <array><string>mobilepay</string><string>vipps</string></array>
  <key>NSLocationWhenInUseUsageDescription</key>
  <string>Vi bruger din placering til at finde nærmeste isbar.</string>
</dict>
</plist>
""")

add("github-actions/decoy-oidc-role", ".github/workflows/backup-verify.yml", "https://docs.github.com/en/actions/security-for-github-actions/security-hardening-your-deployments/configuring-openid-connect-in-amazon-web-services", """
name: verify backups
on:
  schedule: [{cron: "0 6 * * 1"}]
permissions:
  id-token: write
  contents: read
jobs:
  verify:
    runs-on: ubuntu-latest
    steps:
      - uses: aws-actions/configure-aws-credentials@v4
        with:
          role-to-assume: arn:aws:iam::418273645012:role/iskaelderen-backup-verify
          aws-region: eu-north-1
      - run: aws s3 ls s3://iskaelderen-it-backups/unifi/ --recursive | tail -n 5
""")

add("compose/decoy-docker-secrets-files", "erp/docker-compose.prod.yml", "https://docs.docker.com/compose/how-tos/use-secrets/", """
services:
  erp:
    image: registry.iskaelderen.dk/erp:2025.6.1
    environment:
      DATABASE_PASSWORD_FILE: /run/secrets/erp_db_password
      DJANGO_SECRET_KEY_FILE: /run/secrets/erp_django_key
    secrets: [erp_db_password, erp_django_key]
secrets:
  erp_db_password:
    file: ./secrets/erp_db_password.txt
  erp_django_key:
    file: ./secrets/erp_django_key.txt
""")

add("toml/decoy-cargo-lock-checksums", "parlour-music/Cargo.lock", "https://doc.rust-lang.org/cargo/guide/cargo-toml-vs-cargo-lock.html", """
# This file is automatically @generated by Cargo.
version = 3

[[package]]
name = "reqwest"
version = "0.12.5"
source = "registry+https://github.com/rust-lang/crates.io-index"
checksum = "c7d6d2a27d57148378eb5e111173f4276ad26340ecc5c49a4a2152167a2d6637"

[[package]]
name = "serde"
version = "1.0.203"
source = "registry+https://github.com/rust-lang/crates.io-index"
checksum = "7253ab4de971e72fb7be983802300c30b5a7f0c2e56fab8abfc6a214307c0094"
""")

add("sql/decoy-checksums-and-ids", "erp/db/queries/traceability.sql", "https://www.postgresql.org/docs/current/functions-binarystring.html", """
-- Sporbarhed: hvilke mælkeleverancer indgik i en batch (tilbagekaldelse)
SELECT b.batch_id,
       d.delivery_id,
       d.supplier_cvr,
       d.tank_no,
       encode(sha256(d.lab_report::bytea), 'hex') AS lab_report_sha256
FROM batches b
JOIN batch_inputs bi ON bi.batch_id = b.batch_id
JOIN milk_deliveries d ON d.delivery_id = bi.delivery_id
WHERE b.batch_id = 'B250614-03'
  AND d.supplier_cvr = '25313763';
""")

add("kotlin/decoy-buildconfig-field", "android/truck/build.gradle.kts", "https://developer.android.com/build/gradle-tips#share-custom-fields-and-resource-values-with-your-app-code", """
android {
    namespace = "dk.iskaelderen.truck"
    defaultConfig {
        applicationId = "dk.iskaelderen.truck"
        minSdk = 28
        versionCode = (project.findProperty("truckAppVersionCode") as String).toInt()
        buildConfigField("String", "SUMUP_AFFILIATE_KEY", "\\"${System.getenv("SUMUP_AFFILIATE_KEY") ?: ""}\\"")
        buildConfigField("String", "MQTT_HOST", "\\"broker.iskaelderen.dk\\"")
    }
    buildFeatures { buildConfig = true }
}
""")

add("go/decoy-httptest-dummy", "services/orders/webhook_test.go", "https://pkg.go.dev/net/http/httptest", """
package orders

import (
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
)

func TestHandleStripeRejectsBadSignature(t *testing.T) {
	req := httptest.NewRequest(http.MethodPost, "/webhooks/stripe", strings.NewReader(`{"id":"evt_test"}`))
	req.Header.Set("Stripe-Signature", "t=0,v1=deadbeef")
	rec := httptest.NewRecorder()
	HandleStripe(rec, req)
	if rec.Code != http.StatusBadRequest {
		t.Fatalf("want 400, got %d", rec.Code)
	}
}
""")

add("notebook/decoy-forecast-output-hashes", "analytics/notebooks/isprognose.ipynb", "https://nbformat.readthedocs.io/en/latest/format_description.html", """
{
 "cells": [
  {"cell_type": "code", "execution_count": 3, "metadata": {},
   "outputs": [{"name": "stdout", "output_type": "stream",
                "text": ["model saved: models/prognose-2025-06.pkl\\n", "sha256: 5d41402abc4b2a76b9719d911017c592ae3f1c0e8d7b6a5f4e3d2c1b0a998877\\n"]}],
   "source": ["import joblib, hashlib\\n", "joblib.dump(model, path)\\n", "print('sha256:', hashlib.sha256(open(path,'rb').read()).hexdigest())"]}
 ],
 "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""")

add("ruby/decoy-rails-credentials-lookup", "gelato-club/config/initializers/mailgun.rb", "https://guides.rubyonrails.org/security.html#custom-credentials", """
# Mailgun for stamp-card mails; the key lives in config/credentials/production.yml.enc
ActionMailer::Base.delivery_method = :mailgun
ActionMailer::Base.mailgun_settings = {
  api_key: Rails.application.credentials.dig(:mailgun, :api_key),
  domain: "mg.gelatoclub.dk",
  api_host: "api.eu.mailgun.net"
}
""")

# ---------------------------------------------------------------------------------------------
# Last round: more vendors and carriers
# ---------------------------------------------------------------------------------------------

add("env/just-eat-api-key", "delivery/justeat/.env", "https://developers.just-eat.com/documentation/partner-api", """
# Just Eat partner-API (Gelateria Vesterbro og Nørrebro)
JUSTEAT_TENANT=dk
JUSTEAT_RESTAURANT_IDS=218833,218834
JUSTEAT_API_KEY=@@secret@@
MENU_SYNC_CRON=*/15 10-22 * * *
""", rand_pw(32))

add("yaml/klaviyo-private-key", "marketing/klaviyo/flows.yaml", "https://developers.klaviyo.com/en/docs/authenticate_", """
klaviyo:
  public_api_key: QkR7sT
  private_api_key: @@secret@@
  revision: "2024-07-15"
flows:
  - name: Velkomst Gelato Club
    trigger: list:XyZ9aB
  - name: Forladt kurv (isbokse)
    trigger: metric:Started Checkout
""", "pk_" + hexs(34))

add("typescript/twilio-api-key-secret", "crm/src/sms.ts", "https://www.twilio.com/docs/iam/api-keys", """
import twilio from "twilio";

const ACCOUNT_SID = "@@sid@@";
const API_KEY_SID = "SK@@sk@@";
const API_KEY_SECRET = "@@secret@@";

export const client = twilio(API_KEY_SID, API_KEY_SECRET, { accountSid: ACCOUNT_SID, region: "ie1", edge: "dublin" });

export function cateringReminder(phone: string, date: string) {
  return client.messages.create({ from: "Iskaelder", to: phone, body: `Husk: isbaren kommer ${date}. Mvh Iskælderen` });
}
""", rand_pw(32), sid=twilio_sid(), sk=hexs(32))

add("go/quickpay-private-key", "services/webshop-callbacks/quickpay.go", "https://learn.quickpay.net/tech-talk/api/callback/", """
package callbacks

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
)

// Private key fra QuickPay manager > Indstillinger > Integration
var quickpayPrivateKey = []byte("@@secret@@")

func ValidQuickPay(body []byte, checksum string) bool {
	mac := hmac.New(sha256.New, quickpayPrivateKey)
	mac.Write(body)
	return hmac.Equal([]byte(hex.EncodeToString(mac.Sum(nil))), []byte(checksum))
}
""", hexs(64))

add("java/mobilepay-client-secret", "pos-server/src/main/java/dk/iskaelderen/pos/MobilePayAuth.java", MOBILEPAY_DOC, """
package dk.iskaelderen.pos;

import java.net.URI;
import java.net.http.HttpRequest;

final class MobilePayAuth {
    private static final String CLIENT_ID = "@@cid@@";
    private static final String CLIENT_SECRET = "@@secret@@";

    static HttpRequest tokenRequest(String subscriptionKey) {
        return HttpRequest.newBuilder(URI.create("https://api.vipps.no/accesstoken/get"))
            .header("client_id", CLIENT_ID)
            .header("client_secret", CLIENT_SECRET)
            .header("Ocp-Apim-Subscription-Key", subscriptionKey)
            .header("Merchant-Serial-Number", "2301877")
            .POST(HttpRequest.BodyPublishers.noBody())
            .build();
    }
}
""", rand_pw(40, "_-"), cid=uuid_s())

add("kotlin/slack-webhook", "android/truck/src/main/java/dk/iskaelderen/truck/LowStockNotifier.kt", "https://api.slack.com/messaging/webhooks", """
package dk.iskaelderen.truck

import okhttp3.MediaType.Companion.toMediaType
import okhttp3.OkHttpClient
import okhttp3.Request
import okhttp3.RequestBody.Companion.toRequestBody

private const val WEBHOOK = "@@secret@@"

fun notifyLowStock(truck: Int, flavour: String, left: Int) {
    val json = "{\\"text\\":\\"Isbil $truck: kun $left pinde $flavour tilbage\\"}"
    val req = Request.Builder().url(WEBHOOK).post(json.toRequestBody("application/json".toMediaType())).build()
    OkHttpClient().newCall(req).execute().close()
}
""", slack_webhook())

add("csharp/sendgrid-api-key", "Kasse/Iskaelderen.Kasse/Services/ReceiptMailer.cs", SENDGRID_DOC, """
using SendGrid;
using SendGrid.Helpers.Mail;

namespace Iskaelderen.Kasse.Services
{
    public class ReceiptMailer
    {
        private readonly SendGridClient _client = new SendGridClient("@@secret@@");

        public Task SendAsync(string to, string html) =>
            _client.SendEmailAsync(MailHelper.CreateSingleEmail(
                new EmailAddress("kvittering@iskaelderen.dk", "Iskælderen"),
                new EmailAddress(to), "Din kvittering", null, html));
    }
}
""", sendgrid_key())

add("ruby/aws-secret-access-key", "gelato-club/lib/tasks/export_members.rake", "https://docs.aws.amazon.com/sdk-for-ruby/v3/developer-guide/setup-config.html", """
namespace :club do
  desc "Eksportér medlemmer til S3 til månedsrapporten"
  task export: :environment do
    creds = Aws::Credentials.new("@@kid@@", "@@secret@@")
    s3 = Aws::S3::Client.new(region: "eu-north-1", credentials: creds)
    csv = Member.to_csv
    s3.put_object(bucket: "iskaelderen-analytics", key: "club/members-#{Date.today}.csv", body: csv)
    puts "eksporteret #{Member.count} medlemmer"
  end
end
""", fakes.aws_secret_key(_seed()), kid=fakes.aws_key_id(_seed()))

add("php/mailchimp-api-key", "gelateria-site/includes/class-newsletter.php", MAILCHIMP_DOC, """
<?php
class Gelateria_Newsletter
{
    const API_KEY = '@@secret@@';
    const LIST_ID = 'b7c41d09e2';

    public static function subscribe(string $email): bool
    {
        $url = 'https://us21.api.mailchimp.com/3.0/lists/' . self::LIST_ID . '/members';
        $resp = wp_remote_post($url, [
            'headers' => ['Authorization' => 'apikey ' . self::API_KEY],
            'body'    => wp_json_encode(['email_address' => $email, 'status' => 'pending']),
        ]);
        return wp_remote_retrieve_response_code($resp) === 200;
    }
}
""", mailchimp_key())

add("swift/telegram-bot-token", "ios/TruckPOS/Sources/ShiftReport.swift", TELEGRAM_DOC, """
import Foundation

/// Sender vagtrapport fra isbilen til kontoret ved dagens afslutning.
enum ShiftReport {
    static let endpoint = URL(string: "https://api.telegram.org/bot@@secret@@/sendMessage")!

    static func send(truck: Int, sales: Int, total: Double) async throws {
        var req = URLRequest(url: endpoint)
        req.httpMethod = "POST"
        req.setValue("application/json", forHTTPHeaderField: "Content-Type")
        req.httpBody = try JSONEncoder().encode(["chat_id": "-1001873226555",
                                                 "text": "Isbil \\(truck): \\(sales) salg, \\(total) kr."])
        _ = try await URLSession.shared.data(for: req)
    }
}
""", fakes.telegram_token(_seed()))

add("shell/shipmondo-basic-credentials", "ops/shipmondo/check_balance.sh", "https://app.shipmondo.com/api/public/v3/specification", """
#!/bin/sh
# Tjek saldo på Shipmondo-kontoen (fragt af isbokse på tøris)
curl -s -u "9a31c2f4-iskaelderen:@@secret@@" \\
  https://app.shipmondo.com/api/public/v3/account/balance | jq '.amount'
# advar hvis under 1000 kr.
""", uuid_s())

add("powershell/stripe-secret-key", "it/scripts/Get-StripePayouts.ps1", STRIPE_DOC, """
# Månedlig afstemning af Stripe-udbetalinger (Gelato Club) mod banken
$headers = @{ Authorization = "Bearer @@secret@@" }
$since = [int][double]::Parse((Get-Date).AddDays(-31).ToUniversalTime().Subtract([datetime]'1970-01-01').TotalSeconds)
$payouts = Invoke-RestMethod -Uri "https://api.stripe.com/v1/payouts?created[gte]=$since&limit=100" -Headers $headers
$payouts.data | Select-Object id, amount, arrival_date, status |
    Export-Csv -Path ".\\stripe-udbetalinger.csv" -Delimiter ";" -NoTypeInformation -Encoding UTF8
""", stripe_key())

add("ansible/mysql-user-password", "it/ansible/roles/kasse_db/tasks/users.yml", "https://docs.ansible.com/ansible/latest/collections/community/mysql/mysql_user_module.html", """
- name: Kasse-applikationens databasebruger
  community.mysql.mysql_user:
    name: kasse
    host: "10.%"
    password: "@@secret@@"
    priv: "kasse.*:ALL"
    state: present
    login_unix_socket: /run/mysqld/mysqld.sock

- name: Rapportbruger (læs)
  community.mysql.mysql_user:
    name: powerbi
    host: "10.10.%"
    password: "{{ vault_powerbi_password }}"
    priv: "kasse.sales:SELECT/kasse.stores:SELECT"
""", words_pw())

add("xml/webconfig-connection-string", "Kasse/Iskaelderen.Kasse/Web.config", "https://learn.microsoft.com/en-us/aspnet/web-forms/overview/deployment/visual-studio-web-deployment/web-config-transformations", """
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <connectionStrings>
    <add name="Kasse" providerName="System.Data.SqlClient"
         connectionString="Data Source=nav01.iskaelderen.local;Initial Catalog=Kasse;User ID=kasse_web;Password=@@secret@@;MultipleActiveResultSets=True" />
  </connectionStrings>
  <appSettings>
    <add key="Store" value="vesterbro" />
  </appSettings>
</configuration>
""", words_pw().replace(";", "#"))

add("plist/shopify-admin-token", "ios/TruckPOS/Resources/Secrets.plist", SHOPIFY_DOC, """
<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
<dict>
  <key>ShopDomain</key>
  <string>iskaelderen.myshopify.com</string>
  <key>ShopifyAdminToken</key>
  <string>@@secret@@</string>
  <key>LocationId</key>
  <integer>71299</integer>
</dict>
</plist>
""", shopify_token())

add("markdown/mobilepay-portal-password", "docs/isbarer/mobilepay-portal.md", "https://www.markdownguide.org/basic-syntax/", """
# MobilePay-portalen (refusioner og udbetalinger)

Portal: https://portal.vippsmobilepay.com

| Hvad | Værdi |
|---|---|
| Bruger | oekonomi@iskaelderen.dk |
| Adgangskode | @@secret@@ |
| MSN | 2301877 |

Refusion: find transaktionen under *Betalinger*, vælg *Refunder*, skriv årsag ("smeltet", "forkert smag").
Husk 2-faktor: koden kommer på Mettes telefon.
""", words_pw().replace("|", "!"))

add("json/dinero-api-key", "regnskab/dinero-settings.json", "https://api.dinero.dk/docs", """
{
  "organizationId": 248113,
  "clientId": "IskaelderenBogholderi",
  "clientSecret": "${DINERO_CLIENT_SECRET}",
  "apiKey": "@@secret@@",
  "defaultAccount": 1000,
  "storeAccounts": {"vesterbro": 1100, "norrebro": 1110, "aarhus": 1120}
}
""", hexs(32))

add("env/twilio-auth-token", "crm/.env", "https://www.twilio.com/docs/iam/credentials/api", """
NODE_ENV=production
HUBSPOT_PORTAL=25518812
TWILIO_ACCOUNT_SID=@@sid@@
TWILIO_AUTH_TOKEN=@@secret@@
TWILIO_FROM=Iskaelder
""", hexs(32), sid=twilio_sid())

add("shell/git-credentials", "it/ops01/setup_git.sh", "https://git-scm.com/docs/git-credential-store#_storage_format", """
#!/bin/bash
# ops01: drift-bot skal kunne hente private repos (menu-board, receipt-printer)
git config --global user.name "drift-bot"
git config --global user.email "drift@iskaelderen.dk"
git config --global credential.helper store
echo "https://drift-bot:@@secret@@@github.com" > ~/.git-credentials
chmod 600 ~/.git-credentials
""", fakes.github_token(_seed()))

add("sql/postgres-role-password", "erp/db/migrations/0051_grafana_reader.sql", "https://www.postgresql.org/docs/current/sql-alterrole.html", """
-- Grafana skal kunne læse batch- og temperaturdata
CREATE ROLE grafana_reader LOGIN;
ALTER ROLE grafana_reader WITH PASSWORD '@@secret@@';
GRANT CONNECT ON DATABASE erp TO grafana_reader;
GRANT USAGE ON SCHEMA production TO grafana_reader;
GRANT SELECT ON production.batches, production.coldchain_readings TO grafana_reader;
""", rand_pw(22))

_smtp_pw = rand_pw(16)
add("log/smtp-auth-plain", "plant/logs/alarm-mailer-debug.log", "https://datatracker.ietf.org/doc/html/rfc4616", """
send: 'ehlo alarms\\r\\n'
reply: b'250-smtp.one.com Hello alarms'
reply: b'250-AUTH PLAIN LOGIN'
send: 'AUTH PLAIN @@ap@@\\r\\n'
reply: b'235 2.7.0 Authentication successful'
send: 'mail FROM:<alarm@iskaelderen.dk>\\r\\n'
reply: b'250 2.1.0 Ok'
""", b64("\0alarm@iskaelderen.dk\0" + _smtp_pw), ap=b64("\0alarm@iskaelderen.dk\0" + _smtp_pw))

add("terraform/cloudflare-api-token", "infra/terraform/dns/terraform.tfvars", "https://registry.terraform.io/providers/cloudflare/cloudflare/latest/docs#api_token", """
cloudflare_api_token = "@@secret@@"
zone_names = [
  "iskaelderen.dk",
  "gelateria-vesterbro.dk",
  "gelateria-norrebro.dk",
  "gelatoclub.dk",
]
""", rand_pw(40, "_-"))

add("github-actions/telegram-bot-token", ".github/workflows/notify-release.yml", TELEGRAM_DOC, """
name: notify release
on:
  release:
    types: [published]
jobs:
  telegram:
    runs-on: ubuntu-latest
    env:
      TG_TOKEN: "@@secret@@"
      TG_CHAT: "-1001873226410"
    steps:
      - run: |
          curl -s "https://api.telegram.org/bot${TG_TOKEN}/sendMessage" \\
            -d chat_id="$TG_CHAT" -d text="Ny version af kassen: ${{ github.event.release.tag_name }}"
""", fakes.telegram_token(_seed()))

add("compose/postgres-url-password", "analytics/docker-compose.yml", COMPOSE_DOC, """
services:
  metabase:
    image: metabase/metabase:v0.50.8
    ports: ["3000:3000"]
    environment:
      MB_DB_TYPE: postgres
      MB_DB_CONNECTION_URI: "postgres://metabase:@@secret@@@db01.iskaelderen.local:5432/metabase?ssl=true"
      MB_SITE_LOCALE: da
      JAVA_TIMEZONE: Europe/Copenhagen
""", rand_pw(20))

_sk = stripe_key()
add("k8s-secret/stripe-secret-key", "deploy/k8s/club/stripe-secret.yaml", K8S_DOC, """
apiVersion: v1
kind: Secret
metadata:
  name: club-stripe
  namespace: club
type: Opaque
data:
  STRIPE_SECRET_KEY: @@e@@
  STRIPE_PRICE_MONTHLY: @@p@@
""", _sk, e=b64(_sk), p=b64("price_1PQx9RLq8Wf3Kx0bMonthly"))

add("python/aws-secret-access-key", "analytics/weather/upload_forecast.py", "https://boto3.amazonaws.com/v1/documentation/api/latest/guide/credentials.html#passing-credentials-as-parameters", """
\"\"\"Upload the daily ice-cream demand forecast for the three parlours.\"\"\"
import boto3

s3 = boto3.client(
    "s3",
    region_name="eu-north-1",
    aws_access_key_id="@@kid@@",
    aws_secret_access_key="@@secret@@",
)

s3.upload_file("out/prognose.csv", "iskaelderen-analytics", "forecast/prognose.csv")
print("uploaded")
""", fakes.aws_secret_key(_seed()), kid=fakes.aws_key_id(_seed()))

add("notebook/mailchimp-api-key", "analytics/notebooks/nyhedsbrev_effekt.ipynb", "https://nbformat.readthedocs.io/en/latest/format_description.html", """
{
 "cells": [
  {"cell_type": "markdown", "metadata": {}, "source": ["# Åbningsrate vs. salg dagen efter nyhedsbrev"]},
  {"cell_type": "code", "execution_count": 1, "metadata": {}, "outputs": [],
   "source": ["from mailchimp_marketing import Client\\n", "mc = Client()\\n",
              "mc.set_config({'api_key': '@@secret@@', 'server': 'us21'})\\n",
              "reports = mc.reports.get_all_campaign_reports(count=50)"]}
 ],
 "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""", mailchimp_key())

add("yaml/decoy-helm-values-existing-secret", "deploy/helm/menu-board/values-prod.yaml", "https://artifacthub.io/packages/helm/bitnami/redis#parameters", """
# Menu-skærme i isbarerne
image:
  repository: registry.iskaelderen.dk/menu-board
  tag: 1.9.0
redis:
  auth:
    enabled: true
    existingSecret: menu-board-redis
    existingSecretPasswordKey: redis-password
env:
  STORE_IDS: "vesterbro,norrebro,aarhus"
  MENU_REFRESH_SECONDS: "120"
imagePullSecrets:
  - name: iskaelderen-registry
""")

add("markdown/decoy-rotated-key-changelog", "docs/it/noeglerotation.md", "https://www.markdownguide.org/basic-syntax/", """
# Log over nøglerotation

| Dato | System | Nøgle-id (sidste 4) | Udført af | Note |
|---|---|---|---|---|
| 2025-04-02 | Stripe (Gelato Club) | ...x7Qa | MK | gammel nøgle slettet efter 24 t |
| 2025-04-02 | Nets Easy | ...9f3e | MK | ny nøgle i Key Vault `nets-easy-secret-key` |
| 2025-05-19 | MobilePay | ...k2P_ | MH | efter medarbejder stoppede |
| 2025-06-10 | Redis (stock) | - | JN | `ops/redis/rotate_password.sh` |

Selve nøglerne skrives aldrig her - kun de sidste fire tegn til genkendelse.
""")

add("python/decoy-settings-from-env", "erp/erp/settings/base.py", "https://django-environ.readthedocs.io/en/latest/quickstart.html", """
import environ

env = environ.Env(DEBUG=(bool, False))

SECRET_KEY = env("DJANGO_SECRET_KEY")
DATABASES = {"default": env.db("DATABASE_URL")}
CACHES = {"default": env.cache("REDIS_URL")}
EMAIL_HOST_PASSWORD = env("SMTP_PASSWORD", default="")
SHOPIFY_ADMIN_TOKEN = env("SHOPIFY_ADMIN_TOKEN", default=None)
LANGUAGE_CODE = "da"
USE_TZ = True
""")

add("typescript/decoy-zod-env-schema", "apps/webshop/src/env.ts", "https://zod.dev/?id=basic-usage", """
import { z } from "zod";

// Variables the webshop needs at build/run time; values come from the platform, never the repo.
const schema = z.object({
  NETS_EASY_SECRET_KEY: z.string().startsWith("live-secret-key-").or(z.string().startsWith("test-secret-key-")),
  PUBLIC_NETS_CHECKOUT_KEY: z.string().min(32),
  SHOPIFY_ADMIN_TOKEN: z.string().regex(/^shpat_[0-9a-f]{32}$/),
  DATABASE_URL: z.string().url(),
});

export const env = schema.parse(process.env);
""")

add("csv/decoy-supplier-ids", "erp/exports/leverandoerer.csv", "https://datatracker.ietf.org/doc/html/rfc4180", """
leverandør;cvr;gln;kontakt;betalingsbetingelser;edi_id
Thise Mejeri;25313763;5790000115019;ordre@thise.dk;løbende måned + 15;THISE01
Valrhona Nordic;35829104;3014810000012;nordic@valrhona.com;netto 30;VALRH01
Tetra Pak Hoyer;10028839;5790001234561;service.dk@tetrapak.com;netto 30;-
Frost-Teknik ApS;38811204;-;service@frost-teknik.dk;netto 14;-
Smurfit Westrock (bægre);16823411;5790000700017;dk.orders@smurfitwestrock.com;netto 45;SWR07
""")

add("shell/decoy-secret-tool-lookup", "tools/recipe-calc/publish.sh", "https://twine.readthedocs.io/en/stable/#keyring-support", """
#!/usr/bin/env bash
# Udgiv recipe-calc: token hentes fra systemets keyring, aldrig fra en fil i repo
set -euo pipefail
python -m build
export TWINE_USERNAME=__token__
export TWINE_PASSWORD="$(secret-tool lookup service pypi.org username __token__)"
twine check dist/*
twine upload dist/*
""")

# CASES-END
