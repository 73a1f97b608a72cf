"""Blind set FN: auto repair shops and tyre centres.

Diagnostic scan tools and their report shares, parts catalogues and supplier APIs (TecAlliance,
PartsTech, HaynesPro, tyre wholesalers' SFTP and SOAP feeds), shop management systems (Tekmetric,
Shopmonkey, Garage Hive on Business Central), MOT and vehicle look-ups (DVSA MOT history, DVLA
vehicle enquiry), SMS reminders (Twilio, Textlocal, ClickSend, Vonage, MessageBird, Esendex),
payments (Stripe, Square, SumUp, Dojo, GoCardless, Braintree, PayPal, Adyen, Klarna), and the IT
and web teams behind them (WordPress and WooCommerce tyre shops, booking apps, routers, CCTV,
CI and cloud). Generated fakes only (seeds 1930000-1939999).
"""
from __future__ import annotations

import base64
import json
import random
import re
import string
import textwrap
from typing import List, Optional

from tests import fakes
from tests.accuracy.labelled import LabelledCase

SEED_LO, SEED_HI = 1930000, 1939999
_NEXT = [SEED_LO]

ALNUM = string.ascii_letters + string.digits
LOWER_ALNUM = string.ascii_lowercase + string.digits
HEX = "0123456789abcdef"
UPPER_HEX = "0123456789ABCDEF"
B64 = ALNUM + "+/"
B64URL = ALNUM + "-_"


def _seed() -> int:
    _NEXT[0] += 1
    assert SEED_LO <= _NEXT[0] <= SEED_HI, _NEXT[0]
    return _NEXT[0]


def _rng() -> random.Random:
    return random.Random(_seed())


def chars(n: int, alphabet: str = ALNUM) -> str:
    """n characters of the alphabet; of ALNUM, with an upper, a lower and a digit (bounded retries)."""
    r = _rng()
    value = ""
    for _ in range(64):
        value = "".join(r.choice(alphabet) for _ in range(n))
        if alphabet != ALNUM or (any(c.isdigit() for c in value) and any(c.isupper() for c in value)
                                 and any(c.islower() for c in value)):
            break
    return value


def hexs(n: int) -> str:
    return chars(n, HEX)


def guid(upper: bool = False) -> str:
    h = hexs(32)
    g = f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{'89ab'[int(h[16], 16) % 4]}{h[17:20]}-{h[20:]}"
    return g.upper() if upper else g


def b64(s: str) -> str:
    return base64.b64encode(s.encode()).decode()


def b64url_json(obj: dict) -> str:
    return base64.urlsafe_b64encode(json.dumps(obj, separators=(",", ":")).encode()).decode().rstrip("=")


def raw_b64(nbytes: int) -> str:
    r = _rng()
    return base64.b64encode(bytes(r.getrandbits(8) for _ in range(nbytes))).decode()


SHOP_WORDS = ["Torque", "Caliper", "Piston", "Camber", "Tread", "Axle", "Gasket", "Sprocket", "Clutch", "Radial",
              "Hubcap", "Throttle", "Ratchet", "Spanner", "Wrench", "Bearing", "Tappet", "Dipstick", "Exhaust",
              "Kingpin", "Chassis", "Manifold", "Crankshaft", "Valve", "Bodywork", "Wheelnut", "Tracking"]
NAMES = ["Dave", "Kev", "Shaz", "Gareth", "Priya", "Tomasz", "Bev", "Lee", "Marcus", "Aisha", "Declan", "Ruth"]
TOWNS = ["Rotherham", "Wigan", "Swindon", "Derby", "Bolton", "Luton", "Crewe", "Telford", "Barnsley", "Ipswich"]


def pw_words(symbols: str = "!#$%*&") -> str:
    """A password a person chose: two shop words, a symbol and a number."""
    r = _rng()
    a, b = r.sample(SHOP_WORDS, 2)
    form = r.randint(0, 2)
    if form == 0:
        return f"{a}{r.choice(symbols)}{b}{r.randint(10, 999)}"
    if form == 1:
        return f"{a.lower()}{r.randint(1990, 2025)}{b}{r.choice(symbols)}"
    return f"{r.choice(NAMES)}{r.choice(symbols)}{a}{r.randint(1, 99):02d}"


def pw_town(symbols: str = "!#*$") -> str:
    """What a garage owner sets: the town or the business, a year and a symbol."""
    r = _rng()
    base = r.choice(TOWNS + ["Tyres4Less", "KwikFitz", "MotMate", "Autocare", "BayTwo", "Tyreworld"])
    return f"{base}{r.choice(symbols)}{r.randint(2015, 2025)}{r.choice(['', 'x', 'Go', 'Ok'])}"


def pw_gen(n: int = 20, symbols: str = "!#%*-_=+.") -> str:
    """A generated password: letters, digits and a few symbols (at least one of each)."""
    r = _rng()
    body = [r.choice(ALNUM + symbols) for _ in range(n - 3)]
    body += [r.choice(string.ascii_uppercase), r.choice(string.digits), r.choice(symbols)]
    r.shuffle(body)
    if not body[0].isalnum():
        body[0] = r.choice(string.ascii_letters)
    return "".join(body)


def pem_block(kind: str = "RSA", lines: int = 25, head: str = "MIIEpAIBAAKCAQEA") -> str:
    r = _rng()
    body = head + "".join(r.choice(B64) for _ in range(64 * lines - len(head) - 20))
    rows = [body[i:i + 64] for i in range(0, len(body), 64)]
    label = f"{kind} PRIVATE KEY" if kind else "PRIVATE KEY"
    return f"-----BEGIN {label}-----\n" + "\n".join(rows) + "=\n" + f"-----END {label}-----"


def openssh_key() -> str:
    r = _rng()
    head = "b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW"
    body = head + "".join(r.choice(B64) for _ in range(70 * 5 - len(head) - 6))
    rows = [body[i:i + 70] for i in range(0, len(body), 70)]
    return "-----BEGIN OPENSSH PRIVATE KEY-----\n" + "\n".join(rows) + "\n-----END OPENSSH PRIVATE KEY-----"


def indent(text: str, pad: str) -> str:
    return "\n".join(pad + line for line in text.splitlines())


def stripe_secret(kind: str = "sk_live_", n: int = 99) -> str:
    return kind + chars(n)


def whsec() -> str:
    return "whsec_" + chars(32)


def twilio_sid() -> str:
    return "AC" + hexs(32)


def slack_webhook() -> str:
    up = string.ascii_uppercase + string.digits
    return "https://hooks.slack.com/services/T" + chars(8, up) + "/B" + chars(10, up) + "/" + chars(24)


def slack_bot() -> str:
    r = _rng()
    return f"xoxb-{r.randint(10**11, 10**12 - 1)}-{r.randint(10**12, 10**13 - 1)}-" + chars(24)


def sendgrid() -> str:
    return "SG." + chars(22, B64URL) + "." + chars(43, B64URL)


def aws_pair() -> tuple:
    return "AKIA" + chars(16, string.ascii_uppercase + "234567"), chars(40, B64)


def jwt(payload: dict, header: Optional[dict] = None) -> str:
    head = header or {"alg": "HS256", "typ": "JWT"}
    return b64url_json(head) + "." + b64url_json(payload) + "." + chars(43, B64URL)


def entra_secret() -> str:
    return chars(3) + "8Q~" + chars(34, ALNUM + "_.-~")


def google_key() -> str:
    return "AIza" + chars(35, B64URL)


CASES: List[LabelledCase] = []


def add(category: str, file_name: str, text: str, secret: Optional[str], source: str, **values: str) -> None:
    body = textwrap.dedent(text).lstrip("\n")
    for key, value in values.items():
        body = body.replace("@@" + key + "@@", value)
    assert not re.search(r"@@[A-Z0-9_]+@@", body), file_name
    CASES.append(LabelledCase("blind-fn/" + category, file_name, body, secret, source))


# ---------------------------------------------------------------------------------------------
# Payments: card terminals, online deposits, direct debit for service plans, finance.
# ---------------------------------------------------------------------------------------------

_s = stripe_secret("sk_live_", 99)
add("env/stripe-secret-key", "booking-site/.env.production", r"""
# Online booking for Hartley Tyre & Auto - production
# Deployed by Vercel; keep in sync with the dashboard (ask Ben before rotating anything)
NEXT_PUBLIC_SITE_URL=https://book.hartleytyres.co.uk
NEXT_PUBLIC_STRIPE_PUBLISHABLE_KEY=@@PK@@
STRIPE_SECRET_KEY=@@S@@
STRIPE_DEPOSIT_PENCE=2000
BOOKING_SLOTS_PER_BAY=6
DATABASE_URL=${POSTGRES_PRISMA_URL}
NEXT_PUBLIC_GA_ID=G-7QX2LM4RPC
MOT_REMINDER_DAYS=30
""", _s, "https://docs.stripe.com/keys", S=_s, PK="pk_live_" + chars(99))

_s = stripe_secret("sk_live_", 24)
add("php/stripe-env-fallback", "tyre-shop/config/services.php", r"""
<?php

return [

    'mailgun' => [
        'domain' => env('MAILGUN_DOMAIN'),
        'secret' => env('MAILGUN_SECRET'),
        'endpoint' => env('MAILGUN_ENDPOINT', 'api.eu.mailgun.net'),
    ],

    'stripe' => [
        'model' => App\Models\Customer::class,
        'key' => env('STRIPE_KEY'),
        // fallback so the fitting-bay tablets still take deposits if .env is missing on the box
        'secret' => env('STRIPE_SECRET', '@@S@@'),
        'webhook' => [
            'tolerance' => env('STRIPE_WEBHOOK_TOLERANCE', 300),
        ],
    ],

    'dvla' => [
        'endpoint' => 'https://driver-vehicle-licensing.api.gov.uk/vehicle-enquiry/v1/vehicles',
        'key' => env('DVLA_VES_KEY'),
    ],
];
""", _s, "https://laravel.com/docs/billing#configuration", S=_s)

_s = whsec()
add("helm/stripe-webhook-secret", "charts/booking-api/values-prod.yaml", r"""
replicaCount: 2

image:
  repository: ghcr.io/hartley-auto/booking-api
  tag: "2024.11.3"
  pullPolicy: IfNotPresent

ingress:
  enabled: true
  className: nginx
  hosts:
    - host: api.hartleytyres.co.uk
      paths:
        - path: /
          pathType: Prefix

env:
  NODE_ENV: production
  TZ: Europe/London
  SHOP_MANAGEMENT_BASE_URL: https://shop.tekmetric.com/api/v1

stripe:
  webhookPath: /webhooks/stripe
  webhookSecret: @@S@@
  depositProductId: prod_Q3kd8HqLm2TzRa

resources:
  requests:
    cpu: 100m
    memory: 256Mi
  limits:
    memory: 512Mi
""", _s, "https://docs.stripe.com/webhooks#verify-official-libraries", S=_s)

_s = "EAAA" + chars(60, B64URL)
add("ts/square-access-token", "pos-bridge/src/lib/square.ts", r"""
import { Client, Environment } from "square";
import { randomUUID } from "crypto";

// Bay 3 terminal + front desk. Location is the Crewe branch.
const LOCATION_ID = "LH4Q9K2X7TB0M";

export const square = new Client({
  accessToken: "@@S@@",
  environment: Environment.Production,
});

export async function takeDeposit(jobNumber: string, pence: number) {
  const { result } = await square.paymentsApi.createPayment({
    sourceId: "EXTERNAL",
    idempotencyKey: randomUUID(),
    amountMoney: { amount: BigInt(pence), currency: "GBP" },
    locationId: LOCATION_ID,
    referenceId: jobNumber,
    note: `Deposit for job ${jobNumber}`,
    externalDetails: { type: "OTHER", source: "Workshop deposit" },
  });
  return result.payment?.id;
}
""", _s, "https://developer.squareup.com/docs/build-basics/access-tokens", S=_s)

_s = "sup_sk_" + chars(32)
add("python/sumup-api-key", "pos/sumup_reader.py", r"""
import requests

SUMUP_API = "https://api.sumup.com/v0.1"
MERCHANT_CODE = "MC8RZ4TQ"
READER_ID = "rdr_3MSAFM23CK82VSTT4BN6RWSQ65"   # counter reader, front desk
SUMUP_KEY = "@@S@@"


def checkout_on_reader(job_number, amount_gbp):
    resp = requests.post(
        f"{SUMUP_API}/merchants/{MERCHANT_CODE}/readers/{READER_ID}/checkout",
        headers={"Authorization": f"Bearer {SUMUP_KEY}"},
        json={
            "total_amount": {"value": int(round(amount_gbp * 100)), "currency": "GBP", "minor_unit": 2},
            "description": f"Job {job_number}",
        },
        timeout=20,
    )
    resp.raise_for_status()
    return resp.json()["data"]["client_transaction_id"]


if __name__ == "__main__":
    print(checkout_on_reader("J-20931", 89.50))
""", _s, "https://developer.sumup.com/api/readers", S=_s)

_s = "sk_prod_" + chars(86, B64URL)
add("csharp/dojo-api-key", "GarageDesk/Services/DojoPaymentService.cs", r"""
using System.Net.Http.Headers;
using System.Net.Http.Json;

namespace GarageDesk.Services;

public class DojoPaymentService
{
    private const string ApiKey = "@@S@@";
    private const string ApiVersion = "2024-02-05";
    private readonly HttpClient _http;

    public DojoPaymentService(HttpClient http)
    {
        _http = http;
        _http.BaseAddress = new Uri("https://api.dojo.tech/");
        _http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", ApiKey);
        _http.DefaultRequestHeaders.Add("version", ApiVersion);
    }

    public async Task<string?> CreatePaymentIntentAsync(string jobRef, long pence)
    {
        var body = new
        {
            amount = new { value = pence, currencyCode = "GBP" },
            reference = jobRef,
            description = $"Repair invoice {jobRef}",
        };
        var resp = await _http.PostAsJsonAsync("payment-intents", body);
        resp.EnsureSuccessStatusCode();
        var created = await resp.Content.ReadFromJsonAsync<Dictionary<string, object>>();
        return created?["id"]?.ToString();
    }
}
""", _s, "https://docs.dojo.tech/payments/api#section/Authentication", S=_s)

_s = "live_" + chars(40, B64URL)
add("python/gocardless-access-token", "billing/service_plans.py", r"""
# Monthly service plans (GBP 14.99 / 24.99) collected by Direct Debit
import gocardless_pro

client = gocardless_pro.Client(
    access_token="@@S@@",
    environment="live",
)

PLAN_AMOUNTS = {"bronze": 1499, "silver": 2499}


def start_plan(mandate_id: str, plan: str, reg: str):
    return client.subscriptions.create(params={
        "amount": PLAN_AMOUNTS[plan],
        "currency": "GBP",
        "name": f"Service plan ({plan}) {reg}",
        "interval_unit": "monthly",
        "day_of_month": 1,
        "links": {"mandate": mandate_id},
        "metadata": {"vehicle_reg": reg},
    })
""", _s, "https://developer.gocardless.com/getting-started/api/making-your-first-request", S=_s)

_s = hexs(32)
add("ruby/braintree-private-key", "config/initializers/braintree.rb", r"""
# Braintree for the online tyre shop (PayPal + cards)
Braintree::Configuration.environment = :production
Braintree::Configuration.merchant_id = "x7kq2mzp4d9wvb3t"
Braintree::Configuration.public_key = "r8mf2kdx6y5tq7wc"
Braintree::Configuration.private_key = "@@S@@"
Braintree::Configuration.logger = Rails.logger

TyreShop::Application.config.braintree_merchant_account = "hartleytyresGBP"
""", _s, "https://developer.paypal.com/braintree/docs/start/hello-server/ruby", S=_s)

_s = "E" + chars(79, B64URL)
add("js/paypal-client-secret", "server/routes/paypal.js", r"""
const express = require("express");
const router = express.Router();

const PAYPAL_API = "https://api-m.paypal.com";
const CLIENT_ID = "AXk3Wq9PzTn2hV8rLm5CeYb1dSg7JuFo4aNi6KtRwQxE0zBcMvHyGlPs2OjUe9fDq3Tn8rVb5Ym1Kc";
const CLIENT_SECRET = "@@S@@";

async function accessToken() {
  const auth = Buffer.from(`${CLIENT_ID}:${CLIENT_SECRET}`).toString("base64");
  const res = await fetch(`${PAYPAL_API}/v1/oauth2/token`, {
    method: "POST",
    body: "grant_type=client_credentials",
    headers: { Authorization: `Basic ${auth}` },
  });
  return (await res.json()).access_token;
}

router.post("/orders", async (req, res) => {
  const token = await accessToken();
  const order = await fetch(`${PAYPAL_API}/v2/checkout/orders`, {
    method: "POST",
    headers: { "Content-Type": "application/json", Authorization: `Bearer ${token}` },
    body: JSON.stringify({
      intent: "CAPTURE",
      purchase_units: [{ amount: { currency_code: "GBP", value: req.body.total } }],
    }),
  });
  res.json(await order.json());
});

module.exports = router;
""", _s, "https://developer.paypal.com/api/rest/authentication/", S=_s)

_s = "AQE" + chars(57) + "=-" + chars(43, B64) + "=-" + chars(12, ALNUM + "<>[]{}")
add("java/adyen-api-key", "fleet-portal/src/main/java/uk/co/roadreadyfleet/pay/AdyenConfig.java", r"""
package uk.co.roadreadyfleet.pay;

import com.adyen.Client;
import com.adyen.enums.Environment;
import com.adyen.service.checkout.PaymentsApi;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
public class AdyenConfig {

    // Fleet accounts pay monthly invoices through Adyen (merchant RoadReadyFleetECOM)
    private static final String API_KEY = "@@S@@";
    private static final String LIVE_PREFIX = "1797a841fbb37ca7-RoadReadyFleet";

    @Bean
    public Client adyenClient() {
        return new Client(API_KEY, Environment.LIVE, LIVE_PREFIX);
    }

    @Bean
    public PaymentsApi paymentsApi(Client client) {
        return new PaymentsApi(client);
    }
}
""", _s, "https://docs.adyen.com/development-resources/api-credentials/", S=_s)

_s = "klarna_live_api_" + chars(80, B64URL)
add("yaml/klarna-api-password", "config/payments.yml", r"""
# Pay-in-3 for tyre + alignment packages over GBP 99
klarna:
  region: eu
  base_url: https://api.klarna.com
  username: "PK71830_2d9f5b0c41e7"
  password: "@@S@@"
  min_basket_pence: 9900
  purchase_country: GB
  locale: en-GB

paypal:
  enabled: false
""", _s, "https://docs.klarna.com/api/authentication/", S=_s)

_s = pw_gen(16, "!#%*")
add("xml/worldpay-xml-password", "legacy-portal/src/main/resources/worldpay-context.xml", r"""
<?xml version="1.0" encoding="UTF-8"?>
<beans xmlns="http://www.springframework.org/schema/beans"
       xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
       xsi:schemaLocation="http://www.springframework.org/schema/beans
                           http://www.springframework.org/schema/beans/spring-beans.xsd">

    <!-- Worldpay XML Direct: merchant code + XML password from the Merchant Admin Interface -->
    <bean id="worldpayGateway" class="uk.co.autofirst.payments.WorldpayXmlGateway">
        <property name="endpoint" value="https://secure.worldpay.com/jsp/merchant/xml/paymentService.jsp"/>
        <property name="merchantCode" value="AUTOFIRSTTYRESM1"/>
        <property name="xmlPassword" value="@@S@@"/>
        <property name="installationId" value="1193021"/>
        <property name="currency" value="GBP"/>
    </bean>

    <bean id="invoicePaymentService" class="uk.co.autofirst.payments.InvoicePaymentService">
        <constructor-arg ref="worldpayGateway"/>
    </bean>
</beans>
""", _s, "https://developerengine.fisglobal.com/apis/wpg/direct/authorising-payments", S=_s)

_s = whsec()
add("k8s-secret/stripe-webhook", "deploy/k8s/payments-secret.yaml", r"""
apiVersion: v1
kind: Secret
metadata:
  name: payments
  namespace: booking
  labels:
    app.kubernetes.io/name: booking-api
type: Opaque
data:
  STRIPE_WEBHOOK_SECRET: @@B@@
  STRIPE_ACCOUNT: @@ACC@@
""", _s, "https://kubernetes.io/docs/concepts/configuration/secret/", B=b64(_s), ACC=b64("acct_1NqVh2KZrT8mWc4P"))

_s = "rk_live_" + chars(99)
add("go/stripe-restricted-key", "internal/payments/stripe.go", r"""
package payments

import (
	"github.com/stripe/stripe-go/v76"
	"github.com/stripe/stripe-go/v76/paymentintent"
)

// Restricted key: PaymentIntents write, Customers read. Created for the kiosk in reception.
const kioskKey = "@@S@@"

func init() {
	stripe.Key = kioskKey
}

// DepositIntent reserves a booking slot with a GBP 20 deposit.
func DepositIntent(bookingRef, email string) (*stripe.PaymentIntent, error) {
	params := &stripe.PaymentIntentParams{
		Amount:       stripe.Int64(2000),
		Currency:     stripe.String(string(stripe.CurrencyGBP)),
		ReceiptEmail: stripe.String(email),
	}
	params.AddMetadata("booking_ref", bookingRef)
	return paymentintent.New(params)
}
""", _s, "https://docs.stripe.com/keys#limit-access", S=_s)

_s = "sq0csp-" + chars(43, B64URL)
add("kotlin/square-oauth-secret", "shop-server/src/main/kotlin/shop/square/SquareOAuth.kt", r"""
package shop.square

import io.ktor.client.*
import io.ktor.client.call.*
import io.ktor.client.request.*
import io.ktor.http.*

object SquareOAuth {
    const val APPLICATION_ID = "sq0idp-Kq3vT8xW2nZr5YbLm7Hd1A"
    private const val APPLICATION_SECRET = "@@S@@"
    private const val TOKEN_URL = "https://connect.squareup.com/oauth2/token"

    suspend fun exchange(http: HttpClient, code: String): Map<String, Any?> =
        http.post(TOKEN_URL) {
            contentType(ContentType.Application.Json)
            setBody(
                mapOf(
                    "client_id" to APPLICATION_ID,
                    "client_secret" to APPLICATION_SECRET,
                    "code" to code,
                    "grant_type" to "authorization_code",
                )
            )
        }.body()
}
""", _s, "https://developer.squareup.com/docs/oauth-api/overview", S=_s)

# --- payment decoys ---------------------------------------------------------------------------

add("js/decoy-stripe-publishable-key", "wp-content/themes/tyrepro/js/deposit.js", r"""
/* Deposit step of the tyre fitting booking form */
(function () {
  var stripe = Stripe("@@PK@@");
  var elements = stripe.elements({ mode: "payment", amount: 2000, currency: "gbp" });
  var payment = elements.create("payment", { layout: "tabs" });
  payment.mount("#deposit-card");

  document.getElementById("booking-form").addEventListener("submit", async function (ev) {
    ev.preventDefault();
    var res = await fetch("/wp-json/tyrepro/v1/deposit-intent", { method: "POST" });
    var data = await res.json();
    var result = await stripe.confirmPayment({
      elements: elements,
      clientSecret: data.clientSecret,
      confirmParams: { return_url: window.location.origin + "/booking/confirmed" },
    });
    if (result.error) {
      document.getElementById("deposit-error").textContent = result.error.message;
    }
  });
})();
""", None, "https://docs.stripe.com/keys#obtain-api-keys", PK="pk_live_" + chars(99))

add("html/decoy-paypal-client-id", "templates/pay-invoice.html", r"""
<!doctype html>
<html lang="en-GB">
<head>
  <meta charset="utf-8">
  <title>Pay your invoice - Millbrook Motors</title>
  <script src="https://www.paypal.com/sdk/js?client-id=@@CID@@&currency=GBP&components=buttons"></script>
</head>
<body>
  <h1>Invoice {{ invoice.number }}</h1>
  <p>Vehicle: {{ invoice.reg }} &middot; Total: &pound;{{ invoice.total }}</p>
  <div id="paypal-buttons"></div>
  <script>
    paypal.Buttons({
      createOrder: () => fetch("/api/invoices/{{ invoice.id }}/paypal-order", { method: "POST" })
        .then(r => r.json()).then(o => o.id),
      onApprove: (data) => fetch(`/api/paypal/${data.orderID}/capture`, { method: "POST" })
        .then(() => window.location = "/paid"),
    }).render("#paypal-buttons");
  </script>
</body>
</html>
""", None, "https://developer.paypal.com/sdk/js/configuration/", CID="A" + chars(79, B64URL))

add("js/decoy-square-application-id", "counter-app/src/payments/card.js", r"""
// Square Web Payments SDK - card-on-file for fleet customers
// applicationId and locationId are public; the access token lives on the server only.
const appId = "sq0idp-@@APP@@";
const locationId = "LQ2M8KX1V7D4S";

export async function mountCard(selector) {
  if (!window.Square) {
    throw new Error("Square.js failed to load");
  }
  const payments = window.Square.payments(appId, locationId);
  const card = await payments.card();
  await card.attach(selector);
  return card;
}

export async function tokenize(card) {
  const result = await card.tokenize();
  if (result.status !== "OK") {
    throw new Error(result.errors?.map((e) => e.message).join(", "));
  }
  return result.token; // sent to /api/fleet/cards for storing
}
""", None, "https://developer.squareup.com/docs/web-payments/take-card-payment", APP=chars(22, B64URL))

add("python/decoy-stripe-test-fixtures", "booking/tests/test_deposits.py", r"""
import os

import pytest
import stripe

from booking.deposits import create_deposit, refund_deposit

pytestmark = pytest.mark.skipif("STRIPE_TEST_SECRET" not in os.environ, reason="needs a Stripe test key")


@pytest.fixture(autouse=True)
def stripe_test_mode():
    stripe.api_key = os.environ["STRIPE_TEST_SECRET"]
    yield


def test_deposit_with_visa():
    intent = create_deposit(booking_ref="BK-1001", payment_method="pm_card_visa")
    assert intent.status == "succeeded"
    assert intent.amount == 2000


def test_declined_card_is_reported():
    with pytest.raises(stripe.error.CardError):
        create_deposit(booking_ref="BK-1002", payment_method="pm_card_chargeDeclined")


def test_refund_when_booking_cancelled():
    intent = create_deposit(booking_ref="BK-1003", payment_method="pm_card_visa")
    refund = refund_deposit(intent.id)
    assert refund.status == "succeeded"


# Card numbers from https://docs.stripe.com/testing for manual checks in the booking form:
#   4242 4242 4242 4242  any future date, any CVC
#   4000 0025 0000 3155  requires 3DS
""", None, "https://docs.stripe.com/testing")

add("markdown/decoy-stripe-docs-example", "docs/payments/README.md", r"""
# Deposits and card payments

The booking site takes a GBP 20 deposit through Stripe. Keys are never in the repo: the app reads
`STRIPE_SECRET_KEY` and `STRIPE_WEBHOOK_SECRET` from Vercel's environment settings.

## Trying the API by hand

Stripe's own docs show requests with their shared sample key, which only works against
their test fixtures:

```bash
curl https://api.stripe.com/v1/payment_intents \
  -u sk_test_4eC39HqLyjWDarjtT1zdp7dc: \
  -d amount=2000 \
  -d currency=gbp \
  -d "automatic_payment_methods[enabled]"=true
```

Swap in your own **test** key from the dashboard (Developers > API keys) when you try it;
never paste a live key into a terminal that records history.

## Webhooks locally

```bash
stripe listen --forward-to localhost:3000/api/webhooks/stripe
```

The CLI prints a `whsec_...` value for that session; put it in `.env.local`, not here.
""", None, "https://docs.stripe.com/api/authentication")

add("markdown/decoy-redacted-keys", "docs/incidents/2024-03-stripe-key-rotation.md", r"""
# 2024-03-14: Stripe key rotated after laptop loss

**Status:** closed  
**Owner:** Ben (web), Sharon (accounts)

## What happened
A workshop laptop with the booking-site repo checked out was left at a customer's fleet depot.
The `.env.local` on it held a live key, `sk_live_51Nq...redacted...x4Pa` (last four `x4Pa`).

## Actions
1. Rolled the key in the Stripe dashboard at 09:40; old key expired immediately.
2. New key stored in Vercel only (`STRIPE_SECRET_KEY`), shown as `sk_live_************************` in the UI.
3. Checked Stripe logs 13/03 18:00 - 14/03 09:40: no requests from unknown IPs.
4. Webhook secret rotated too (`whsec_********`).

## Follow-up
- [x] BitLocker on all workshop laptops
- [ ] Move local dev onto test keys only
""", None, "https://docs.stripe.com/keys#rolling-keys")

# ---------------------------------------------------------------------------------------------
# SMS reminders: MOT due, service due, "your car is ready".
# ---------------------------------------------------------------------------------------------

_s = hexs(32)
add("python/twilio-auth-token", "reminders/send_mot_reminders.py", r"""
#!/usr/bin/env python3
# Nightly at 18:30 from the back-office PC (Task Scheduler). Texts customers whose MOT is due in 30 days.
import csv
import datetime as dt

from twilio.rest import Client

ACCOUNT_SID = "@@SID@@"
AUTH_TOKEN = "@@S@@"
FROM = "HARTLEYAUTO"

client = Client(ACCOUNT_SID, AUTH_TOKEN)
today = dt.date.today()

with open(r"\\backoffice\exports\mot_due.csv", newline="") as fh:
    for row in csv.DictReader(fh):
        due = dt.date.fromisoformat(row["mot_due"])
        if (due - today).days != 30 or row["sms_opt_in"] != "Y":
            continue
        body = (f"Hi {row['first_name']}, the MOT on {row['reg']} is due {due:%d/%m}. "
                f"Book online: https://hartley.link/mot or call 01270 555 014. Reply STOP to opt out")
        msg = client.messages.create(to=row["mobile"], from_=FROM, body=body)
        print(row["reg"], msg.sid)
""", _s, "https://www.twilio.com/docs/iam/credentials/api", S=_s, SID=twilio_sid())

_s = chars(32)
add("env/twilio-api-key-secret", "services/sms-gateway/.env", r"""
# sms-gateway: reminders + "car ready for collection" texts
PORT=8085
LOG_LEVEL=info
TWILIO_ACCOUNT_SID=@@SID@@
TWILIO_API_KEY=SK@@KID@@
TWILIO_API_SECRET=@@S@@
TWILIO_MESSAGING_SERVICE_SID=MG@@MG@@
QUIET_HOURS=21:00-08:30
SHOP_TZ=Europe/London
""", _s, "https://www.twilio.com/docs/iam/api-keys", S=_s, SID=twilio_sid(), KID=hexs(32), MG=hexs(32))

_s = b64(hexs(32))
add("php/textlocal-api-key", "wp-content/plugins/garage-sms/includes/class-textlocal.php", r"""
<?php
/**
 * Sends "vehicle ready" texts from the job board (Textlocal UK).
 */
class Garage_SMS_Textlocal {

    const ENDPOINT = 'https://api.txtlocal.com/send/';
    const SENDER   = 'BrookTyres';

    private $apiKey = '@@S@@';

    public function send( $mobile, $message ) {
        $data = array(
            'apikey'  => urlencode( $this->apiKey ),
            'numbers' => preg_replace( '/\D/', '', $mobile ),
            'sender'  => urlencode( self::SENDER ),
            'message' => rawurlencode( $message ),
        );
        $response = wp_remote_post( self::ENDPOINT, array( 'body' => $data, 'timeout' => 15 ) );
        if ( is_wp_error( $response ) ) {
            error_log( 'Textlocal: ' . $response->get_error_message() );
            return false;
        }
        $body = json_decode( wp_remote_retrieve_body( $response ), true );
        return isset( $body['status'] ) && 'success' === $body['status'];
    }
}
""", _s, "https://api.txtlocal.com/docs/sendsms", S=_s)

_s = guid(upper=True)
add("shell/clicksend-basic-auth", "scripts/sms_collection_ready.sh", r"""
#!/usr/bin/env bash
# usage: sms_collection_ready.sh 07700900123 "AB12 CDE"
# Called by the job board when a job is marked "Ready for collection".
set -euo pipefail

MOBILE="$1"
REG="$2"
MSG="Good news - ${REG} is ready to collect from Millbrook Motors. We're open till 5:30pm. Any questions call 01332 555 210."

curl -sS https://rest.clicksend.com/v3/sms/send \
  -u "office@millbrookmotors.co.uk:@@S@@" \
  -H "Content-Type: application/json" \
  -d "{\"messages\":[{\"source\":\"jobboard\",\"from\":\"Millbrook\",\"to\":\"${MOBILE}\",\"body\":\"${MSG}\"}]}" \
  | jq -r '.data.messages[0].status'
""", _s, "https://developers.clicksend.com/docs/rest/v3/#authentication", S=_s)

_s = chars(16)
add("go/vonage-api-secret", "cmd/reminderd/vonage.go", r"""
package main

import (
	"fmt"
	"net/http"
	"net/url"
	"strings"
)

const (
	vonageKey    = "@@KEY@@"
	vonageSecret = "@@S@@"
	senderID     = "TyreHub"
)

func sendSMS(to, text string) error {
	form := url.Values{}
	form.Set("api_key", vonageKey)
	form.Set("api_secret", vonageSecret)
	form.Set("from", senderID)
	form.Set("to", strings.TrimPrefix(to, "+"))
	form.Set("text", text)

	resp, err := http.PostForm("https://rest.nexmo.com/sms/json", form)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return fmt.Errorf("vonage: %s", resp.Status)
	}
	return nil
}
""", _s, "https://developer.vonage.com/en/messaging/sms/code-snippets/send-an-sms", S=_s, KEY=hexs(8))

_s = "live_" + chars(25)
add("python/messagebird-access-key", "notify/channels/messagebird_sms.py", r"""
import logging

import messagebird

log = logging.getLogger(__name__)

# Switched from Textlocal in Jan; originator registered with MessageBird as "AutoFirst"
_client = messagebird.Client("@@S@@")


def send_service_due(mobile: str, name: str, reg: str, branch_phone: str) -> str:
    body = (f"Hi {name}, {reg} is due its annual service. Book at autofirst.co.uk/service "
            f"or call {branch_phone}.")
    try:
        msg = _client.message_create("AutoFirst", mobile, body, {"reference": reg})
    except messagebird.client.ErrorException as exc:
        for err in exc.errors:
            log.warning("messagebird: %s", err.description)
        raise
    return msg.id
""", _s, "https://developers.messagebird.com/api/#authentication", S=_s)

_s = pw_words()
add("xml/esendex-app-config", "TyreHotel/TyreHotel.Reminders/App.config", r"""
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <startup>
    <supportedRuntime version="v4.0" sku=".NETFramework,Version=v4.7.2" />
  </startup>
  <appSettings>
    <!-- Seasonal tyre swap reminders (tyre hotel), sent through Esendex -->
    <add key="Esendex.AccountReference" value="EX0291774" />
    <add key="Esendex.Username" value="tyrehotel@northgateautos.co.uk" />
    <add key="Esendex.Password" value="@@S@@" />
    <add key="Esendex.Originator" value="Northgate" />
    <add key="Reminders.WinterSwapFrom" value="10-15" />
    <add key="Reminders.SummerSwapFrom" value="03-20" />
  </appSettings>
  <connectionStrings>
    <add name="TyreHotel" connectionString="Data Source=.\SQLEXPRESS;Initial Catalog=TyreHotel;Integrated Security=True" providerName="System.Data.SqlClient" />
  </connectionStrings>
</configuration>
""", _s, "https://developers.esendex.com/api-reference#authentication", S=_s)

_s = b64(f"{hexs(32).upper()[:32]}-02:{chars(30, ALNUM)}")
add("json/bulksms-basic-header", "node-red/flows/sms_reminders.json", r"""
[
    {
        "id": "8f1c2a7e.3d4b9",
        "type": "inject",
        "z": "b1e0c3f2.7a6d8",
        "name": "Every weekday 17:00",
        "crontab": "00 17 * * 1,2,3,4,5",
        "x": 140,
        "y": 80,
        "wires": [["c4a0f6d1.92e7b"]]
    },
    {
        "id": "c4a0f6d1.92e7b",
        "type": "http request",
        "z": "b1e0c3f2.7a6d8",
        "name": "BulkSMS send",
        "method": "POST",
        "ret": "obj",
        "url": "https://api.bulksms.com/v1/messages",
        "headers": [
            {"keyType": "other", "keyValue": "Authorization", "valueType": "other", "valueValue": "Basic @@S@@"},
            {"keyType": "Content-Type", "valueType": "other", "valueValue": "application/json"}
        ],
        "x": 380,
        "y": 80,
        "wires": [["e9d2b1a4.5f3c7"]]
    },
    {
        "id": "e9d2b1a4.5f3c7",
        "type": "debug",
        "z": "b1e0c3f2.7a6d8",
        "name": "result",
        "x": 590,
        "y": 80,
        "wires": []
    }
]
""", _s, "https://www.bulksms.com/developer/json/v1/#section/Authentication", S=_s)

# --- SMS decoys -------------------------------------------------------------------------------

add("yaml/decoy-twilio-sids", "config/sms.yml", r"""
# SMS settings for the reminders service. The auth token comes from the environment
# (TWILIO_AUTH_TOKEN in the service's systemd drop-in, managed by Ansible + vault).
twilio:
  account_sid: @@SID@@
  messaging_service_sid: MG@@MG@@
  auth_token: ${TWILIO_AUTH_TOKEN}
  status_callback: https://api.northgateautos.co.uk/sms/status

reminders:
  mot_days_before: [30, 7]
  service_days_before: [21]
  quiet_hours: "20:30-08:30"
  template_mot: "Hi {first_name}, the MOT on {reg} is due {due:%d %b}. Book: {link}"
""", None, "https://www.twilio.com/docs/glossary/what-is-a-sid", SID=twilio_sid(), MG=hexs(32))

add("python/decoy-env-credentials", "notify/settings.py", r"""
import os
from dataclasses import dataclass


@dataclass(frozen=True)
class SmsSettings:
    provider: str
    api_key: str
    api_secret: str
    sender: str


def load() -> SmsSettings:
    provider = os.getenv("SMS_PROVIDER", "vonage")
    return SmsSettings(
        provider=provider,
        api_key=os.environ["SMS_API_KEY"],
        api_secret=os.environ["SMS_API_SECRET"],
        sender=os.getenv("SMS_SENDER", "TyreHub"),
    )


def redacted(settings: SmsSettings) -> dict:
    # for the /healthz page: never show more than the first four characters
    return {
        "provider": settings.provider,
        "api_key": settings.api_key[:4] + "...",
        "api_secret": "***",
        "sender": settings.sender,
    }
""", None, "https://docs.python.org/3/library/os.html#os.environ")

add("markdown/decoy-sms-setup-guide", "docs/sms-reminders.md", r"""
# SMS reminders: setting up a new branch

1. Log in to Textlocal as the branch (ask Sharon for the login; it's in 1Password, vault **Branches**).
2. Settings > API Keys > Create New Key. Tick "Send SMS" only.
3. Put the key into the branch PC's environment, **not** in the plugin settings page:

   ```powershell
   [Environment]::SetEnvironmentVariable("TEXTLOCAL_APIKEY", "<paste key here>", "Machine")
   ```

4. Test from PowerShell:

   ```powershell
   Invoke-RestMethod https://api.txtlocal.com/balance/ -Method Post -Body @{ apikey = $env:TEXTLOCAL_APIKEY }
   ```

   Expect `"status": "success"` and the credit balance.

The Textlocal docs show requests like `apikey=yourApikey&numbers=447123456789`; those are
their placeholders, leave them as they are in the docs.
""", None, "https://api.txtlocal.com/docs/")

# ---------------------------------------------------------------------------------------------
# Vehicle look-ups (DVSA, DVLA, VIN decoders), parts catalogues, data and shop-management APIs.
# ---------------------------------------------------------------------------------------------

_s = chars(40)
add("yaml/dvsa-mot-api-key", "config/mot_history.yml", r"""
# DVSA MOT History API (2024 version): OAuth2 client credentials via Entra ID + API key header
mot_history:
  base_url: https://history.mot.api.gov.uk/v1/trade/vehicles
  token_url: https://login.microsoftonline.com/a455b827-244f-4c97-b5b4-ce5d13b4d00c/oauth2/v2.0/token
  scope: https://tapi.dvsa.gov.uk/.default
  client_id: 6f1d2b9e-0c47-4e3a-9a5d-2b1f7c8e4d30
  client_secret: ${MOT_CLIENT_SECRET}
  api_key: @@S@@
  timeout_seconds: 10
  cache_hours: 12

lookup:
  on_booking: true
  on_checkin: true
""", _s, "https://documentation.history.mot.api.gov.uk/mot-history-api/authentication/", S=_s)

_s = chars(40)
add("shell/dvla-ves-curl", "scripts/check_vrm.sh", r"""
#!/bin/sh
# Quick VRM check at the front desk: tax + MOT status, make, colour.
# usage: ./check_vrm.sh AB12CDE
VRM=$(echo "$1" | tr -d ' ' | tr '[:lower:]' '[:upper:]')

curl -s -X POST https://driver-vehicle-licensing.api.gov.uk/vehicle-enquiry/v1/vehicles \
  -H "x-api-key: @@S@@" \
  -H "Content-Type: application/json" \
  -d "{\"registrationNumber\": \"$VRM\"}" \
  | jq '{make, colour, yearOfManufacture, taxStatus, taxDueDate, motStatus, motExpiryDate}'
""", _s, "https://developer-portal.driver-vehicle-licensing.api.gov.uk/apis/vehicle-enquiry-service/vehicle-enquiry-service-description.html", S=_s)

_s = entra_secret()
add("python/dvsa-mot-client-secret", "mot/client.py", r"""
import msal
import requests

TENANT = "a455b827-244f-4c97-b5b4-ce5d13b4d00c"
CLIENT_ID = "c2a9f0e1-7b3d-4d58-8e16-93fa0b2d7c41"
CLIENT_SECRET = "@@S@@"
API_KEY = None  # set from MOT_API_KEY at start-up, see __main__.py
SCOPE = ["https://tapi.dvsa.gov.uk/.default"]

_app = msal.ConfidentialClientApplication(
    CLIENT_ID,
    authority=f"https://login.microsoftonline.com/{TENANT}",
    client_credential=CLIENT_SECRET,
)


def mot_history(registration: str) -> dict:
    token = _app.acquire_token_for_client(scopes=SCOPE)
    resp = requests.get(
        f"https://history.mot.api.gov.uk/v1/trade/vehicles/registration/{registration}",
        headers={"Authorization": f"Bearer {token['access_token']}", "X-API-Key": API_KEY},
        timeout=10,
    )
    resp.raise_for_status()
    return resp.json()
""", _s, "https://documentation.history.mot.api.gov.uk/mot-history-api/authentication/", S=_s)

_s = chars(48)
add("go/tecalliance-api-key", "internal/tecdoc/client.go", r"""
package tecdoc

import (
	"bytes"
	"encoding/json"
	"net/http"
	"time"
)

const (
	endpoint   = "https://webservice.tecalliance.services/pegasus-3-0/services/TecdocToCatDLB.jsonEndpoint"
	providerID = 22741
	apiKey     = "@@S@@"
)

type Client struct{ http *http.Client }

func New() *Client { return &Client{http: &http.Client{Timeout: 15 * time.Second}} }

// ArticlesByOE finds aftermarket articles for an OE number (brake pads, filters, wipers...).
func (c *Client) ArticlesByOE(oe string) (map[string]any, error) {
	body, _ := json.Marshal(map[string]any{
		"getArticles": map[string]any{
			"articleCountry": "GB", "lang": "en", "provider": providerID,
			"searchQuery": oe, "searchType": 1, "includeAll": false, "perPage": 50,
		},
	})
	req, _ := http.NewRequest(http.MethodPost, endpoint, bytes.NewReader(body))
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("X-Api-Key", apiKey)
	resp, err := c.http.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	var out map[string]any
	return out, json.NewDecoder(resp.Body).Decode(&out)
}
""", _s, "https://webservice.tecalliance.services/pegasus-3-0/info/", S=_s)

_s = hexs(32)
add("properties/partstech-api-key", "parts-service/src/main/resources/application-prod.properties", r"""
server.port=8090
spring.application.name=parts-service

# PartsTech punchout (quotes from NAPA, Worldpac, O'Reilly through one API)
partstech.base-url=https://api.partstech.com
partstech.partner-id=beta_shopflow
partstech.user=service.advisor@shopflowauto.com
partstech.api-key=@@S@@
partstech.default-store=napa-4471

spring.datasource.url=jdbc:postgresql://db.internal:5432/parts
spring.datasource.username=parts
spring.datasource.password=${PARTS_DB_PASSWORD}
management.endpoints.web.exposure.include=health,info
""", _s, "https://api-docs.partstech.com/", S=_s)

_s = pw_words()
add("python/haynespro-distributor-password", "techdata/haynes_client.py", r"""
from zeep import Client

WSDL = "https://www.haynespro-services.com/workshopServices3/services/DataServiceEndpoint?wsdl"

DISTRIBUTOR_USERNAME = "millbrook_motors_uk"
DISTRIBUTOR_PASSWORD = "@@S@@"
USERNAME = "workshop1"

_client = Client(WSDL)


def vrid():
    # A VRID is a session token; it times out after 8 hours idle.
    return _client.service.getAuthenticationVrid(
        distributorUsername=DISTRIBUTOR_USERNAME,
        distributorPassword=DISTRIBUTOR_PASSWORD,
        username=USERNAME,
    ).vrid


def service_intervals(car_type_id: int):
    return _client.service.getMaintenanceSystemsV5(vrid=vrid(), carTypeId=car_type_id, carTypeGroup="CAR")
""", _s, "https://www.haynespro.com/en/products/haynespro-workshopdata-web-services", S=_s)

_s = pw_gen(14, "!#*")
add("xml/ws-security-username-token", "supplier/bond/order_request.xml", r"""
<soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/"
                  xmlns:wsse="http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-secext-1.0.xsd"
                  xmlns:ord="http://tyrelink.example-wholesale.co.uk/order/v2">
  <soapenv:Header>
    <wsse:Security soapenv:mustUnderstand="1">
      <wsse:UsernameToken>
        <wsse:Username>ACC-118204</wsse:Username>
        <wsse:Password Type="http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-username-token-profile-1.0#PasswordText">@@S@@</wsse:Password>
      </wsse:UsernameToken>
    </wsse:Security>
  </soapenv:Header>
  <soapenv:Body>
    <ord:PlaceOrder>
      <ord:DeliveryDepot>Tamworth</ord:DeliveryDepot>
      <ord:CustomerRef>JOB-44871</ord:CustomerRef>
      <ord:Line>
        <ord:StockCode>2055516VMIPRIM4</ord:StockCode>
        <ord:Quantity>2</ord:Quantity>
      </ord:Line>
      <ord:Line>
        <ord:StockCode>2254518YCONSC6</ord:StockCode>
        <ord:Quantity>4</ord:Quantity>
      </ord:Line>
    </ord:PlaceOrder>
  </soapenv:Body>
</soapenv:Envelope>
""", _s, "https://docs.oasis-open.org/wss/v1.1/wss-v1.1-spec-os-UsernameTokenProfile.pdf", S=_s)

_s = guid(upper=True)
add("swift/vehicle-data-api-key", "CustomerApp/Sources/Services/VehicleLookup.swift", r"""
import Foundation

struct VehicleSummary: Decodable {
    let make: String
    let model: String
    let colour: String
    let fuelType: String
}

enum VehicleLookup {
    // UK Vehicle Data package "VehicleData" for the app's "add your car" screen
    private static let apiKey = "@@S@@"

    static func lookup(vrm: String) async throws -> VehicleSummary {
        var comps = URLComponents(string: "https://uk1.ukvehicledata.co.uk/api/datapackage/VehicleData")!
        comps.queryItems = [
            URLQueryItem(name: "v", value: "2"),
            URLQueryItem(name: "api_nullitems", value: "1"),
            URLQueryItem(name: "auth_apikey", value: apiKey),
            URLQueryItem(name: "key_VRM", value: vrm.replacingOccurrences(of: " ", with: "")),
        ]
        let (data, _) = try await URLSession.shared.data(from: comps.url!)
        return try JSONDecoder().decode(VehicleSummary.self, from: data)
    }
}
""", _s, "https://ukvehicledata.co.uk/Documentation", S=_s)

_s = chars(40, B64URL)
add("json/tekmetric-client-secret", "ShopSync/appsettings.Production.json", r"""
{
  "Logging": {
    "LogLevel": {
      "Default": "Information",
      "Microsoft.Hosting.Lifetime": "Warning"
    }
  },
  "Tekmetric": {
    "BaseUrl": "https://shop.tekmetric.com",
    "ClientId": "8c3b7d1e29a44f05",
    "ClientSecret": "@@S@@",
    "ShopIds": [ 2114, 2115 ],
    "PollMinutes": 5
  },
  "Quickbooks": {
    "RealmId": "9130357182734661",
    "UseSandbox": false
  },
  "AllowedHosts": "*"
}
""", _s, "https://api.tekmetric.com/", S=_s)

_s = b64(f"{hexs(16)}:{chars(32)}")
add("http/tekmetric-basic-token", "api-scratch/tekmetric.http", r"""
### Get an access token (client credentials)
POST https://shop.tekmetric.com/api/v1/oauth/token
Authorization: Basic @@S@@
Content-Type: application/x-www-form-urlencoded;charset=UTF-8

grant_type=client_credentials

> {% client.global.set("token", response.body.access_token); %}

### Open repair orders for the Derby shop
GET https://shop.tekmetric.com/api/v1/repair-orders?shop=2114&repairOrderStatusId=2&size=50
Authorization: Bearer {{token}}

### One customer
GET https://shop.tekmetric.com/api/v1/customers/771043
Authorization: Bearer {{token}}
""", _s, "https://www.jetbrains.com/help/idea/exploring-http-syntax.html", S=_s)

_s = entra_secret()
add("json/postman-garagehive-bc", "postman/GarageHive-BC.postman_collection.json", r"""
{
  "info": {
    "_postman_id": "5d0c1e87-2b3f-4f66-a1c9-7e2d90b4a611",
    "name": "Garage Hive / Business Central",
    "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"
  },
  "item": [
    {
      "name": "Token",
      "request": {
        "method": "POST",
        "url": "https://login.microsoftonline.com/{{tenant}}/oauth2/v2.0/token",
        "body": {
          "mode": "urlencoded",
          "urlencoded": [
            {"key": "grant_type", "value": "client_credentials"},
            {"key": "client_id", "value": "0b6e2f3a-91c4-4d7e-8a52-f1e0c9b7d364"},
            {"key": "client_secret", "value": "@@S@@"},
            {"key": "scope", "value": "https://api.businesscentral.dynamics.com/.default"}
          ]
        }
      }
    },
    {
      "name": "Service headers (jobsheets)",
      "request": {
        "method": "GET",
        "url": "https://api.businesscentral.dynamics.com/v2.0/{{tenant}}/Production/ODataV4/Company('Northgate%20Autos')/ServiceHeaders",
        "header": [{"key": "Authorization", "value": "Bearer {{bc_token}}"}]
      }
    }
  ]
}
""", _s, "https://learn.microsoft.com/en-us/dynamics365/business-central/dev-itpro/administration/automation-apis-using-s2s-authentication", S=_s)

_s = jwt({"sub": guid(), "cid": hexs(24), "scope": "api", "iat": 1715770000}, {"alg": "HS256", "typ": "JWT"})
add("ts/shopmonkey-api-key", "integrations/shopmonkey/src/client.ts", r"""
import axios from "axios";

// Shopmonkey API key created under Settings > Integrations > API keys ("reports-sync")
const SHOPMONKEY_API_KEY =
  "@@S@@";

export const shopmonkey = axios.create({
  baseURL: "https://api.shopmonkey.cloud/v3",
  headers: {
    Authorization: `Bearer ${SHOPMONKEY_API_KEY}`,
    "Content-Type": "application/json",
  },
  timeout: 15000,
});

export async function closedOrdersSince(iso: string) {
  const { data } = await shopmonkey.post("/order/search", {
    where: { status: "Invoice", updatedDate: { gte: iso } },
    limit: 100,
  });
  return data.data;
}
""", _s, "https://shopmonkey.dev/overview/authentication", S=_s)

_s = chars(10, LOWER_ALNUM)
add("python/vindecoder-secret-key", "tools/vin_decode.py", r"""
import hashlib
import sys

import requests

API_PREFIX = "https://api.vindecoder.eu/3.2"
API_KEY = "@@KEY@@"
SECRET_KEY = "@@S@@"


def decode(vin: str) -> dict:
    vin = vin.strip().upper()
    action = "decode"
    control = hashlib.sha1(f"{vin}|{action}|{API_KEY}|{SECRET_KEY}".encode()).hexdigest()[:10]
    url = f"{API_PREFIX}/{API_KEY}/{control}/{action}/{vin}.json"
    resp = requests.get(url, timeout=10)
    resp.raise_for_status()
    return {item["label"]: item["value"] for item in resp.json()["decode"]}


if __name__ == "__main__":
    for label, value in decode(sys.argv[1]).items():
        print(f"{label:30} {value}")
""", _s, "https://vindecoder.eu/api/", S=_s, KEY=hexs(12))

_s = hexs(32).upper()
add("js/carmd-partner-token", "diag-portal/lib/carmd.js", r"""
// CarMD: repair costs and maintenance schedule by VIN + mileage, shown on the estimate screen
const BASE = "https://api.carmd.com/v3.0";

const headers = {
  "content-type": "application/json",
  authorization: `Basic ${process.env.CARMD_AUTH_KEY}`,
  "partner-token": "@@S@@",
};

async function maintenance(vin, mileage) {
  const res = await fetch(`${BASE}/maint?vin=${vin}&mileage=${mileage}`, { headers });
  if (!res.ok) throw new Error(`CarMD ${res.status}`);
  return (await res.json()).data;
}

async function repairByDtc(vin, mileage, dtc) {
  const res = await fetch(`${BASE}/repair?vin=${vin}&mileage=${mileage}&dtc=${dtc}`, { headers });
  return (await res.json()).data;
}

module.exports = { maintenance, repairByDtc };
""", _s, "https://api.carmd.com/member/docs", S=_s)

_s = chars(32)
add("env/eprel-api-key", "tyre-labels/.env", r"""
# EU tyre label (EPREL) public API - product info sheets for the website
EPREL_BASE=https://eprel.ec.europa.eu/api/products/tyres
EPREL_API_KEY=@@S@@
LABEL_CACHE_DIR=/var/cache/tyre-labels
LABEL_LANG=en
REFRESH_CRON="15 3 * * *"
""", _s, "https://eprel.ec.europa.eu/screen/requestpublicapikey", S=_s)

_s = chars(64, B64URL)
add("ruby/autodata-client-secret", "lib/autodata/client.rb", r"""
require "net/http"
require "json"

module Autodata
  class Client
    TOKEN_URL = URI("https://account.autodata-group.com/oauth/access_token")
    API_BASE  = "https://api.autodata-group.com/docs/v1"

    CLIENT_ID     = "b1d4f77e0c2a"
    CLIENT_SECRET = "@@S@@"

    def token
      @token ||= begin
        res = Net::HTTP.post_form(TOKEN_URL,
                                  "grant_type"    => "client_credentials",
                                  "client_id"     => CLIENT_ID,
                                  "client_secret" => CLIENT_SECRET,
                                  "scope"         => "scope1")
        JSON.parse(res.body).fetch("access_token")
      end
    end

    def service_schedule(mid, country: "gb")
      uri = URI("#{API_BASE}/vehicles/#{mid}/service-schedules?country-code=#{country}")
      req = Net::HTTP::Get.new(uri, "Authorization" => "Bearer #{token}")
      JSON.parse(Net::HTTP.start(uri.host, uri.port, use_ssl: true) { |h| h.request(req) }.body)
    end
  end
end
""", _s, "https://api.autodata-group.com/", S=_s)

_s = chars(32)
add("php/bumper-finance-secret", "app/Services/BumperFinance.php", r"""
<?php

namespace App\Services;

use Illuminate\Support\Facades\Http;

/**
 * "Repair now, pay later" with Bumper. Application is started from the estimate screen.
 */
class BumperFinance
{
    private const API = 'https://api.bumper.co/v2';
    private const SECRET = '@@S@@';

    public function startApplication(array $estimate): string
    {
        $payload = [
            'amount' => number_format($estimate['total'], 2, '.', ''),
            'currency' => 'GBP',
            'order_reference' => $estimate['number'],
            'vehicle_reg' => $estimate['reg'],
            'success_url' => route('finance.success', $estimate['id']),
            'failure_url' => route('finance.failed', $estimate['id']),
        ];
        $payload['signature'] = hash_hmac('sha256', json_encode($payload), self::SECRET);

        return Http::withHeaders(['X-Api-Key' => config('services.bumper.key')])
            ->post(self::API . '/apply', $payload)
            ->throw()
            ->json('redirect_url');
    }
}
""", _s, "https://www.bumper.co/partners", S=_s)

_s = chars(40, B64URL)
add("yaml/podium-oauth-secret", "reviews/config.yaml", r"""
# Review requests after each invoice (Podium) + Google reviews mirror on the website
podium:
  oauth:
    client_id: 2f0c9d7b-51e4-4b3a-8e6d-94a1c0f7e5b2
    client_secret: "@@S@@"
    redirect_uri: https://ops.millbrookmotors.co.uk/podium/callback
    scopes: [read_messages, write_messages, read_locations]
  location_uid: 7d4a1f2e-0b9c-4c63-9e88-2a5d3b1c6f07
  delay_minutes_after_invoice: 90

google:
  place_id: ChIJd8BlQ2BZwokRAFUEcm_qrcA
  min_stars_shown: 4
""", _s, "https://docs.podium.com/docs/oauth", S=_s)

_s = google_key()
add("python/google-places-key", "website/reviews/fetch_reviews.py", r"""
# Pulls our latest Google reviews for the homepage carousel (cron, every 6 hours).
import json
import pathlib

import requests

PLACES_KEY = "@@S@@"
PLACE_ID = "ChIJ2eUgeAK6j4ARbn5u_wAGqWA"
OUT = pathlib.Path("/var/www/millbrook/static/reviews.json")

resp = requests.get(
    "https://maps.googleapis.com/maps/api/place/details/json",
    params={"place_id": PLACE_ID, "fields": "rating,user_ratings_total,reviews", "key": PLACES_KEY},
    timeout=10,
)
resp.raise_for_status()
result = resp.json()["result"]
reviews = [r for r in result.get("reviews", []) if r["rating"] >= 4]
OUT.write_text(json.dumps({"rating": result["rating"], "count": result["user_ratings_total"], "reviews": reviews}))
print(f"wrote {len(reviews)} reviews")
""", _s, "https://developers.google.com/maps/documentation/places/web-service/details", S=_s)

# --- vehicle data and catalogue decoys --------------------------------------------------------

VIN_CHARS = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"


def vin(wmi: str) -> str:
    return wmi + chars(14 - len(wmi) + 3, VIN_CHARS)[:17 - len(wmi) - 6] + chars(6, string.digits)


_vins = [vin(w) for w in ["WVWZZZ", "WF0", "VF1", "SAL", "WBA", "TMB", "SJN", "W0L"]]
add("json/decoy-vin-fixtures", "tests/fixtures/vehicles.json", r"""
[
  {"vrm": "AB12CDE", "vin": "@@V0@@", "make": "VOLKSWAGEN", "model": "GOLF", "engine": "CJZA", "fuel": "PETROL", "first_reg": "2014-03-01"},
  {"vrm": "FV65XKP", "vin": "@@V1@@", "make": "FORD", "model": "FOCUS", "engine": "M9DA", "fuel": "PETROL", "first_reg": "2015-09-12"},
  {"vrm": "LR19TYZ", "vin": "@@V2@@", "make": "RENAULT", "model": "CLIO", "engine": "H4D", "fuel": "PETROL", "first_reg": "2019-06-27"},
  {"vrm": "WD68MNO", "vin": "@@V3@@", "make": "LAND ROVER", "model": "DISCOVERY SPORT", "engine": "204DTD", "fuel": "DIESEL", "first_reg": "2018-11-05"},
  {"vrm": "BK17RWA", "vin": "@@V4@@", "make": "BMW", "model": "320D", "engine": "B47D20A", "fuel": "DIESEL", "first_reg": "2017-04-18"},
  {"vrm": "YS20HGF", "vin": "@@V5@@", "make": "SKODA", "model": "OCTAVIA", "engine": "DPCA", "fuel": "PETROL", "first_reg": "2020-02-29"},
  {"vrm": "NX16PLJ", "vin": "@@V6@@", "make": "NISSAN", "model": "QASHQAI", "engine": "K9K", "fuel": "DIESEL", "first_reg": "2016-07-01"},
  {"vrm": "EY14OPB", "vin": "@@V7@@", "make": "VAUXHALL", "model": "ASTRA", "engine": "A14NET", "fuel": "PETROL", "first_reg": "2014-08-22"}
]
""", None, "https://www.iso.org/standard/52200.html", **{f"V{i}": v for i, v in enumerate(_vins)})

add("csv/decoy-tyre-catalogue", "data/imports/tyre_catalogue_2024w44.csv", r"""
supplier_code,ean,brand,pattern,size,load_speed,eprel_id,fuel,wet,noise_db,cost_gbp,rrp_gbp
2055516VMIPRIM4,3528701283471,MICHELIN,PRIMACY 4+,205/55R16,91V,421388,C,A,69,71.40,104.99
2254518YCONSC6,4024068000937,CONTINENTAL,PREMIUMCONTACT 6,225/45R18,95Y XL,384122,C,A,72,92.15,139.99
1956515HBRT005,3286341052614,BRIDGESTONE,TURANZA T005,195/65R15,91H,390017,C,A,71,58.20,86.99
2156016VGYEFF2,5452000660711,GOODYEAR,EFFICIENTGRIP 2,215/60R16,99V XL,402265,B,A,70,66.80,99.49
2055516VLANDSP,6900532590013,LANDSAIL,LS388,205/55R16,91V,455910,C,B,70,31.10,52.99
2354019YPZEROP,8019227249632,PIRELLI,P ZERO PZ4,235/40R19,96Y XL,410783,C,A,71,121.60,179.99
1857014TNEXNF,8807622268907,NEXEN,N'BLUE HD PLUS,185/70R14,88T,376511,C,B,69,36.45,59.99
""", None, "https://eprel.ec.europa.eu/screen/product/tyres")

add("json/decoy-tecdoc-response", "tests/fixtures/tecdoc_articles_by_oe.json", r"""
{
  "status": 200,
  "totalMatchingArticles": 3,
  "articles": [
    {
      "dataSupplierId": 30,
      "articleNumber": "0 986 494 524",
      "mfrName": "BOSCH",
      "genericArticles": [{"genericArticleId": 402, "genericArticleDescription": "Brake Pad Set, disc brake"}],
      "gtins": ["4047024892213"],
      "oemNumbers": [{"articleNumber": "1K0698151A", "mfrName": "VW"}],
      "images": [{"imageURL800": "https://digital-assets.tecalliance.services/images/800/a8f3c29d51e04b7c9e6d2f10b4a7c385.jpg", "fileName": "BOS_0986494524_1.JPG"}]
    },
    {
      "dataSupplierId": 85,
      "articleNumber": "13046028482",
      "mfrName": "ATE",
      "genericArticles": [{"genericArticleId": 402, "genericArticleDescription": "Brake Pad Set, disc brake"}],
      "gtins": ["4006633264281"],
      "oemNumbers": [{"articleNumber": "1K0698151A", "mfrName": "VW"}],
      "images": [{"imageURL800": "https://digital-assets.tecalliance.services/images/800/6d1e0b9f27c34a58b1f9e3d7c0a2b641.jpg", "fileName": "ATE_13046028482_1.JPG"}]
    },
    {
      "dataSupplierId": 161,
      "articleNumber": "GDB1550",
      "mfrName": "TRW",
      "genericArticles": [{"genericArticleId": 402, "genericArticleDescription": "Brake Pad Set, disc brake"}],
      "gtins": ["3322937261051"],
      "oemNumbers": [{"articleNumber": "1K0698151A", "mfrName": "VW"}],
      "images": []
    }
  ]
}
""", None, "https://webservice.tecalliance.services/pegasus-3-0/info/")

add("yaml/decoy-mot-history-fixture", "tests/fixtures/mot_history_ab12cde.yaml", r"""
registration: AB12CDE
make: VOLKSWAGEN
model: GOLF
primaryColour: Silver
fuelType: Petrol
firstUsedDate: 2014-03-01
motTests:
  - completedDate: 2024-02-21T10:14:33.000Z
    testResult: PASSED
    expiryDate: 2025-03-01
    odometerValue: "78412"
    odometerUnit: MI
    motTestNumber: "461220817733"
    defects:
      - text: Nearside front tyre worn close to legal limit (5.2.3 (e))
        type: ADVISORY
        dangerous: false
  - completedDate: 2023-02-17T09:02:11.000Z
    testResult: FAILED
    odometerValue: "69980"
    odometerUnit: MI
    motTestNumber: "195433602184"
    defects:
      - text: Offside headlamp aim too high (4.1.2 (a))
        type: MAJOR
        dangerous: false
""", None, "https://documentation.history.mot.api.gov.uk/mot-history-api/api-specification/")

add("python/decoy-dtc-and-can-frames", "diag/dtc_lookup.py", r"""
# Fault code text for the job card, plus raw frames we captured from the Autel for regression tests.
DTC_TEXT = {
    "P0101": "Mass or volume air flow circuit range/performance",
    "P0171": "System too lean (bank 1)",
    "P0300": "Random/multiple cylinder misfire detected",
    "P0420": "Catalyst system efficiency below threshold (bank 1)",
    "P2002": "Diesel particulate filter efficiency below threshold (bank 1)",
    "C0035": "Left front wheel speed sensor circuit",
    "U0100": "Lost communication with ECM/PCM A",
}

# ISO 15765-4 responses to mode 03 (request DTCs), 11-bit ids
CAPTURED_FRAMES = [
    ("7E8", "10 0E 43 06 01 01 01 71"),
    ("7E8", "21 03 00 04 20 20 02 00"),
    ("7E8", "22 00 00 00 00 00 00 00"),
    ("7E9", "03 43 01 C0 35 00 00 00"),
]

CALIBRATION_IDS = ["03L906018JL", "8V0907115B", "5Q0906259"]


def describe(code: str) -> str:
    return DTC_TEXT.get(code.upper(), "See manufacturer information")
""", None, "https://www.iso.org/standard/66574.html")

add("csv/decoy-obd-log", "logs/obd/2024-10-09_FV65XKP_roadtest.csv", r"""
time_s,pid,name,raw_hex,value,unit
0.00,010C,Engine RPM,0C 1A F8,1726.0,rpm
0.00,010D,Vehicle speed,0D 00,0,km/h
0.50,0105,Coolant temperature,05 7B,83,degC
0.50,0110,MAF air flow rate,10 01 F4,5.00,g/s
1.00,0111,Throttle position,11 26,14.9,%
1.00,0114,O2 sensor B1S1,14 5A 80,0.450,V
1.50,015E,Engine fuel rate,5E 00 C8,10.0,L/h
2.00,0902,VIN,49 02 01 57 46 30 58 58 58 47 41 4A 58 39 32 31 35 32,WF0XXXGAJX9215200,
2.50,0101,Monitor status,41 01 81 07 65 00,MIL on; 1 DTC,
""", None, "https://en.wikipedia.org/wiki/OBD-II_PIDs")

add("yaml/decoy-openapi-security-scheme", "api/openapi/mot-proxy.yaml", r"""
openapi: 3.0.3
info:
  title: MOT proxy (internal)
  version: 1.4.0
  description: Wraps the DVSA MOT history API for the booking app and caches results for 12 hours.
servers:
  - url: https://mot-proxy.internal.northgateautos.co.uk
security:
  - ApiKeyAuth: []
paths:
  /vehicles/{registration}:
    get:
      summary: MOT history for a registration
      parameters:
        - name: registration
          in: path
          required: true
          schema: { type: string, example: AB12CDE }
      responses:
        "200":
          description: OK
        "404":
          description: No MOT history (new vehicle or not found)
components:
  securitySchemes:
    ApiKeyAuth:
      type: apiKey
      in: header
      name: X-API-Key
      description: Issued per app by the platform team; request one in #platform.
""", None, "https://swagger.io/docs/specification/authentication/api-keys/")

add("json/decoy-postman-environment", "postman/environments/tekmetric-prod.postman_environment.json", r"""
{
  "id": "3b8e1f6a-0d27-4c9b-b5e3-7a4f2c19d0e8",
  "name": "Tekmetric (prod)",
  "values": [
    {"key": "base_url", "value": "https://shop.tekmetric.com/api/v1", "type": "default", "enabled": true},
    {"key": "shop_id", "value": "2114", "type": "default", "enabled": true},
    {"key": "client_id", "value": "", "type": "secret", "enabled": true},
    {"key": "client_secret", "value": "", "type": "secret", "enabled": true},
    {"key": "token", "value": "", "type": "secret", "enabled": true}
  ],
  "_postman_variable_scope": "environment",
  "_postman_exported_at": "2024-09-30T08:12:44.913Z",
  "_postman_exported_using": "Postman/11.14.1"
}
""", None, "https://learning.postman.com/docs/sending-requests/variables/managing-environments/")

add("markdown/decoy-dvla-readme", "tools/vrm-check/README.md", r"""
# vrm-check

Front-desk helper: type a registration, get tax/MOT status, make, colour and year from the DVLA
Vehicle Enquiry Service.

## Setup

1. Request an API key on the DVLA developer portal (it is emailed to the shop's IT address).
2. Save it as a user environment variable:

   ```bat
   setx DVLA_VES_KEY "REPLACE_WITH_YOUR_API_KEY"
   ```

3. Run `vrm-check AB12CDE`.

## Request shape (from the DVLA docs)

```http
POST /vehicle-enquiry/v1/vehicles HTTP/1.1
Host: driver-vehicle-licensing.api.gov.uk
x-api-key: REPLACE WITH YOUR API KEY
Content-Type: application/json

{"registrationNumber": "TE57VRN"}
```

`TE57VRN` is the DVLA's test registration for the UAT environment.
""", None, "https://developer-portal.driver-vehicle-licensing.api.gov.uk/apis/vehicle-enquiry-service/vehicle-enquiry-service-description.html")

add("yaml/decoy-shop-ids", "config/shops.yaml", r"""
# Shop directory used by the booking app and the reporting jobs. Ids are Tekmetric / Podium ids,
# not credentials.
shops:
  - name: Derby (Pride Park)
    tekmetric_shop_id: 2114
    podium_location_uid: 7d4a1f2e-0b9c-4c63-9e88-2a5d3b1c6f07
    google_place_id: ChIJ5aGsxT3weUgRk7Y6mV0LhBc
    square_location_id: LQ2M8KX1V7D4S
    bays: 6
    mot_bay: true
  - name: Burton (Wetmore Rd)
    tekmetric_shop_id: 2115
    podium_location_uid: c19e5b7a-3f2d-4e81-a6c0-d8b4f9270e13
    google_place_id: ChIJw2xLk0QGekgR3e1dVpC6cHQ
    square_location_id: L8TVN3C5R0Q2H
    bays: 4
    mot_bay: false
  - name: Mobile tyre fitting (vans)
    tekmetric_shop_id: 2231
    podium_location_uid: 4b6f0e2c-a7d1-4f3e-8c95-1e0a7d3b6c28
    vans: [KX23VWN, KX23VWP, KP73ZRF]
""", None, "https://api.tekmetric.com/")

# ---------------------------------------------------------------------------------------------
# The web team: WordPress / WooCommerce tyre shops, booking apps, deploys, package registries.
# ---------------------------------------------------------------------------------------------

_s = pw_gen(18, "!#%*^()-_")
add("php/wordpress-db-password", "public_html/wp-config.php", r"""
<?php
/**
 * Base configuration for WordPress - brooktyres.co.uk (cPanel, host: Krystal)
 */

define( 'DB_NAME', 'brooktyr_wp741' );
define( 'DB_USER', 'brooktyr_wp741' );
define( 'DB_PASSWORD', '@@S@@' );
define( 'DB_HOST', 'localhost' );
define( 'DB_CHARSET', 'utf8mb4' );
define( 'DB_COLLATE', '' );

/* Salts live outside the web root, generated on the server */
require_once dirname( __DIR__ ) . '/wp-salt.php';

$table_prefix = 'wpbt_';

define( 'WP_DEBUG', false );
define( 'DISALLOW_FILE_EDIT', true );
define( 'WP_MEMORY_LIMIT', '256M' );
define( 'WC_TYRE_FEED_URL', 'https://feeds.brooktyres.co.uk/stock.csv' );

if ( ! defined( 'ABSPATH' ) ) {
	define( 'ABSPATH', __DIR__ . '/' );
}

require_once ABSPATH . 'wp-settings.php';
""", _s, "https://developer.wordpress.org/apis/wp-config-php/", S=_s)

_s = "cs_" + hexs(40)
add("js/woocommerce-consumer-secret", "scripts/sync-tyre-stock.js", r"""
// Pushes wholesaler stock levels into WooCommerce every 20 minutes (pm2 cron).
const WooCommerceRestApi = require("@woocommerce/woocommerce-rest-api").default;
const { parse } = require("csv-parse/sync");

const api = new WooCommerceRestApi({
  url: "https://www.brooktyres.co.uk",
  consumerKey: "ck_@@CK@@",
  consumerSecret: "@@S@@",
  version: "wc/v3",
  queryStringAuth: true,
});

async function run() {
  const res = await fetch("https://feeds.brooktyres.co.uk/stock.csv");
  const rows = parse(await res.text(), { columns: true });
  const updates = rows.map((r) => ({ sku: r.supplier_code, stock_quantity: Number(r.qty), manage_stock: true }));
  for (let i = 0; i < updates.length; i += 100) {
    const batch = updates.slice(i, i + 100);
    const ids = await Promise.all(batch.map((u) => api.get("products", { sku: u.sku }).then((p) => p.data[0]?.id)));
    await api.post("products/batch", {
      update: batch.filter((_, n) => ids[n]).map((u, n) => ({ id: ids[n], stock_quantity: u.stock_quantity })),
    });
  }
  console.log(`synced ${updates.length} SKUs`);
}

run().catch((e) => { console.error(e); process.exit(1); });
""", _s, "https://woocommerce.github.io/woocommerce-rest-api-docs/#authentication", S=_s, CK=hexs(40))

_s = pw_town()
add("json/vscode-sftp-password", ".vscode/sftp.json", r"""
{
    "name": "millbrook live",
    "host": "ftp.millbrookmotors.co.uk",
    "protocol": "sftp",
    "port": 22,
    "username": "millbrook",
    "password": "@@S@@",
    "remotePath": "/home/millbrook/public_html/wp-content/themes/millbrook-child",
    "uploadOnSave": true,
    "ignore": [".vscode", ".git", "node_modules", "*.map"]
}
""", _s, "https://github.com/Natizyskunk/vscode-sftp/wiki/Configuration", S=_s)

_s = b64(pw_words())
add("xml/filezilla-sitemanager", "it/backups/filezilla/sitemanager.xml", r"""
<?xml version="1.0" encoding="UTF-8" standalone="yes" ?>
<FileZilla3 version="3.66.4" platform="windows">
    <Servers>
        <Folder expanded="1">Suppliers
            <Server>
                <Host>ftp.tyredistributor.example.co.uk</Host>
                <Port>21</Port>
                <Protocol>0</Protocol>
                <Type>0</Type>
                <User>northgate_autos</User>
                <Pass encoding="base64">@@S@@</Pass>
                <Logontype>1</Logontype>
                <PasvMode>MODE_DEFAULT</PasvMode>
                <EncodingType>Auto</EncodingType>
                <BypassProxy>0</BypassProxy>
                <Name>Tyre price file (daily)</Name>
                <RemoteDir>1 0 8 pricing</RemoteDir>
                <SyncBrowsing>0</SyncBrowsing>
            </Server>
        </Folder>
    </Servers>
</FileZilla3>
""", _s, "https://wiki.filezilla-project.org/Site_Manager", S=_s)

_s = pw_gen(16, "-_.")
add("netrc/supplier-ftp", "it/dotfiles/.netrc", r"""
# price files from the wholesalers, fetched by fetch_prices.sh with curl --netrc
machine edi.tyrewholesale.example.co.uk
  login hartley118204
  password @@S@@

machine ftp.partsfeed.example.com
  login anonymous
  password hartley-it@hartleytyres.co.uk
""", _s, "https://www.gnu.org/software/inetutils/manual/html_node/The-_002enetrc-file.html", S=_s)

_s = pw_words("!#%*&")
add("shell-history/mysql-password", "it/handover/web1_bash_history.txt", r"""
cd /var/www/brooktyres
git pull
sudo systemctl reload php8.2-fpm
tail -n 50 /var/log/nginx/error.log
wp plugin list --path=/var/www/brooktyres/public
mysql -u brook_admin -p'@@S@@' brooktyres_wp -e "SELECT COUNT(*) FROM wpbt_posts WHERE post_type='product'"
mysqldump -u brook_admin -p brooktyres_wp | gzip > /backup/wp_$(date +%F).sql.gz
ls -lh /backup
df -h
exit
""", _s, "https://dev.mysql.com/doc/refman/8.0/en/password-security-user.html", S=_s)

_s = pw_town()
add("github-actions/ftp-deploy-password", ".github/workflows/deploy-theme.yml", r"""
name: Deploy child theme

on:
  push:
    branches: [main]
    paths: ["wp-content/themes/northgate-child/**"]

jobs:
  deploy:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - name: Build assets
        run: |
          cd wp-content/themes/northgate-child
          npm ci
          npm run build
      - name: Upload over FTP
        uses: SamKirkland/FTP-Deploy-Action@v4.3.5
        with:
          server: ftp.northgateautos.co.uk
          username: deploy@northgateautos.co.uk
          password: "@@S@@"
          local-dir: wp-content/themes/northgate-child/
          server-dir: public_html/wp-content/themes/northgate-child/
""", _s, "https://github.com/SamKirkland/FTP-Deploy-Action", S=_s)

_s = pw_gen(15, "!*-_")
add("bitbucket-pipelines/git-ftp-password", "bitbucket-pipelines.yml", r"""
image: samueldebruyn/debian-git

pipelines:
  branches:
    master:
      - step:
          name: Deploy booking widget to cPanel
          script:
            - apt-get update && apt-get -qq install git-ftp
            - git ftp push --user "ci@tyreworld-swindon.co.uk" --passwd '@@S@@' ftp://ftp.tyreworld-swindon.co.uk/public_html/book/
    develop:
      - step:
          name: Lint
          script:
            - php -l public/*.php
""", _s, "https://git-ftp.github.io/git-ftp.1.html", S=_s)

_s = fakes.django_secret_key(_seed())
add("python/django-secret-key", "garageportal/garageportal/settings/production.py", r"""
from .base import *  # noqa

DEBUG = False
SECRET_KEY = "@@S@@"

ALLOWED_HOSTS = ["portal.roadreadyfleet.co.uk"]
CSRF_TRUSTED_ORIGINS = ["https://portal.roadreadyfleet.co.uk"]

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": "garageportal",
        "USER": "garageportal",
        "HOST": "/var/run/postgresql",
    }
}

SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
SECURE_HSTS_SECONDS = 31536000
EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
EMAIL_HOST = "localhost"
FLEET_INVOICE_DAY = 1
""", _s, "https://docs.djangoproject.com/en/5.0/ref/settings/#secret-key", S=_s)

_s = "base64:" + raw_b64(32)
add("env/laravel-app-key", "booking-laravel/.env", r"""
APP_NAME="Tyreworld Booking"
APP_ENV=production
APP_KEY=@@S@@
APP_DEBUG=false
APP_URL=https://book.tyreworld-swindon.co.uk

LOG_CHANNEL=daily
LOG_LEVEL=warning

DB_CONNECTION=mysql
DB_HOST=127.0.0.1
DB_PORT=3306
DB_DATABASE=booking
DB_USERNAME=booking
DB_PASSWORD=

SESSION_DRIVER=file
QUEUE_CONNECTION=database
MAIL_MAILER=log
""", _s, "https://laravel.com/docs/11.x/encryption#configuration", S=_s)

_s = chars(48, ALNUM + "!#%^*")
add("js/express-session-secret", "fleet-dashboard/server/app.js", r"""
const express = require("express");
const session = require("express-session");
const PgSession = require("connect-pg-simple")(session);
const { pool } = require("./db");

const app = express();
app.set("trust proxy", 1);

app.use(
  session({
    store: new PgSession({ pool, tableName: "user_sessions" }),
    name: "rrf.sid",
    secret: "@@S@@",
    resave: false,
    saveUninitialized: false,
    cookie: { secure: true, httpOnly: true, sameSite: "lax", maxAge: 8 * 60 * 60 * 1000 },
  })
);

app.use("/api/vehicles", require("./routes/vehicles"));
app.use("/api/jobs", require("./routes/jobs"));
app.listen(process.env.PORT || 3000);
""", _s, "https://expressjs.com/en/resources/middleware/session.html", S=_s)

_s = hexs(128)
add("yaml/rails-secret-key-base", "config/secrets.yml", r"""
# Rails 5.0 app (old customer portal). Do NOT add new keys here, use ENV.
development:
  secret_key_base: 5a0e3c7d1b9f2a64e8c0d5b7a3f19e2c6d8b0a4f7e1c3d5b9a2f6e8c0d4b7a1e3f5c9d2b6a8e0f4c1d7b3a5e9f2c6d8b0a4f7e1c3d5b9a2f6e8c0d4b7a1e

test:
  secret_key_base: 1f3a5c7e9b2d4f6a8c0e1b3d5f7a9c2e4b6d8f0a1c3e5b7d9f2a4c6e8b0d1f3a5c7e9b2d4f6a8c0e1b3d5f7a9c2e4b6d8f0a1c3e5b7d9f2a4c6e8b0d

production:
  secret_key_base: @@S@@
  dvla_api_key: <%= ENV["DVLA_API_KEY"] %>
""", _s, "https://guides.rubyonrails.org/v5.0/security.html#custom-credentials", S=_s)

_s = "shpat_" + hexs(32)
add("yaml/shopify-themekit-password", "shopify-theme/config.yml", r"""
# Theme Kit config for the wheels & tyres Shopify store
development:
  password: ${THEMEKIT_PASSWORD}
  theme_id: "142087512311"
  store: alloy-and-tread-dev.myshopify.com
  ignore_files:
    - config/settings_data.json

production:
  password: @@S@@
  theme_id: "139874201847"
  store: alloy-and-tread.myshopify.com
  ignore_files:
    - config/settings_data.json
  timeout: 60s
""", _s, "https://shopify.dev/docs/storefronts/themes/tools/theme-kit/configuration-reference", S=_s)

_s = hexs(32)
add("js/algolia-admin-key", "scripts/index-tyres.mjs", r"""
// Rebuilds the tyre search index after the nightly price import.
import algoliasearch from "algoliasearch";
import { readFile } from "node:fs/promises";

const client = algoliasearch("K7Q2ZP4M9X", "@@S@@");
const index = client.initIndex("prod_tyres");

const tyres = JSON.parse(await readFile("./out/tyres.json", "utf8"));
const records = tyres.map((t) => ({
  objectID: t.supplier_code,
  brand: t.brand,
  pattern: t.pattern,
  size: t.size,
  width: t.width,
  profile: t.profile,
  rim: t.rim,
  price: t.rrp_gbp,
  season: t.season,
}));

await index.replaceAllObjects(records, { safe: true });
await index.setSettings({ searchableAttributes: ["size", "brand", "pattern"], attributesForFaceting: ["brand", "season", "rim"] });
console.log(`indexed ${records.length} tyres`);
""", _s, "https://www.algolia.com/doc/guides/security/api-keys/", S=_s)

_s = "sk." + b64url_json({"u": "alloyandtread", "a": "cl" + chars(23, LOWER_ALNUM)}) + "." + chars(22, B64URL)
add("env/mapbox-secret-token", "mobile-fitting-planner/.env", r"""
# Route planner for the mobile tyre fitting vans
VITE_MAPBOX_STYLE=mapbox://styles/alloyandtread/clq8v2p3k00ab01qx7y3d9zfe
VITE_DEPOT_LNGLAT=-1.4746,52.9225
# secret token (Directions Matrix + Optimization API, server side only)
MAPBOX_SECRET_TOKEN=@@S@@
MAX_STOPS_PER_VAN=9
""", _s, "https://docs.mapbox.com/accounts/guides/tokens/", S=_s)

_ref = chars(20, string.ascii_lowercase)
_s = jwt({"iss": "supabase", "ref": _ref, "role": "service_role", "iat": 1709251200, "exp": 2024827200})
add("ts/supabase-service-role-key", "booking-app/supabase/admin.ts", r"""
import { createClient } from "@supabase/supabase-js";

// Admin client for the slot generator: bypasses row level security.
const SUPABASE_URL = "https://@@REF@@.supabase.co";
const SERVICE_ROLE_KEY =
  "@@S@@";

export const admin = createClient(SUPABASE_URL, SERVICE_ROLE_KEY, {
  auth: { persistSession: false, autoRefreshToken: false },
});

export async function openSlots(branchId: number, day: string) {
  const { data, error } = await admin
    .from("slots")
    .select("id, starts_at, bay")
    .eq("branch_id", branchId)
    .gte("starts_at", `${day}T00:00:00Z`)
    .lt("starts_at", `${day}T23:59:59Z`)
    .is("booking_id", null);
  if (error) throw error;
  return data;
}
""", _s, "https://supabase.com/docs/guides/api/api-keys", S=_s, REF=_ref)

_s = fakes.github_token(_seed())
add("json/composer-auth-github", "tyre-shop/auth.json", r"""
{
    "github-oauth": {
        "github.com": "@@S@@"
    },
    "http-basic": {
        "repo.packagist.com": {
            "username": "token",
            "password": "${PRIVATE_PACKAGIST_TOKEN}"
        }
    }
}
""", _s, "https://getcomposer.org/doc/articles/authentication-for-private-packages.md#github-oauth", S=_s)

_s = "npm_" + chars(36)
add("npmrc/npm-auth-token", "booking-widget/.npmrc", r"""
@tyrepro:registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=@@S@@
save-exact=true
engine-strict=true
fund=false
""", _s, "https://docs.npmjs.com/cli/v10/configuring-npm/npmrc#auth-related-configuration", S=_s)

_s = pw_gen(20, "-_.~")
add("ini/pip-conf-index-password", "deploy/pip.conf", r"""
[global]
index-url = https://pypi.org/simple
extra-index-url = https://ci-readonly:@@S@@@nexus.northgateautos.co.uk/repository/pypi-internal/simple
timeout = 30
trusted-host = nexus.northgateautos.co.uk

[install]
no-warn-script-location = true
""", _s, "https://pip.pypa.io/en/stable/topics/configuration/", S=_s)

_s = b64("hartley-deploy:" + "glpat-" + chars(20, B64URL))
add("json/docker-config-auth", "ops/runner/docker-config.json", r"""
{
	"auths": {
		"registry.gitlab.com": {
			"auth": "@@S@@"
		},
		"ghcr.io": {}
	},
	"credsStore": "",
	"HttpHeaders": {
		"User-Agent": "Docker-Client/24.0.7 (linux)"
	}
}
""", _s, "https://docs.docker.com/reference/cli/docker/login/#credential-stores", S=_s)

_s = fakes.github_token(_seed())
add("shell/git-credentials-token", "it/laptop-restore/restore_git.sh", r"""
#!/usr/bin/env bash
# Puts git back the way it was on Ben's laptop after a rebuild.
git config --global user.name "Ben Hartley"
git config --global user.email "ben@hartleytyres.co.uk"
git config --global credential.helper store
printf '%s\n' "https://ben-hartley:@@S@@@github.com" > ~/.git-credentials
chmod 600 ~/.git-credentials
git clone https://github.com/hartley-auto/booking-site.git ~/src/booking-site
""", _s, "https://git-scm.com/docs/git-credential-store#_storage_format", S=_s)

_s = "6Lc" + chars(5) + "AAAAA" + chars(27, B64URL)
add("python/recaptcha-secret-key", "booking/views/contact.py", r"""
import requests
from django.conf import settings
from django.http import JsonResponse
from django.views.decorators.http import require_POST

RECAPTCHA_SITE_KEY = "6Lc9m2spAAAAAPn0qD4yT8bJ3w1xZ-kVrE7sH5aQ"  # shown in the page
RECAPTCHA_SECRET = "@@S@@"


@require_POST
def contact(request):
    check = requests.post(
        "https://www.google.com/recaptcha/api/siteverify",
        data={"secret": RECAPTCHA_SECRET, "response": request.POST.get("g-recaptcha-response", "")},
        timeout=5,
    ).json()
    if not check.get("success") or check.get("score", 0) < 0.5:
        return JsonResponse({"ok": False, "error": "captcha"}, status=400)
    settings.ENQUIRY_QUEUE.put({
        "name": request.POST["name"],
        "reg": request.POST.get("reg", ""),
        "message": request.POST["message"],
    })
    return JsonResponse({"ok": True})
""", _s, "https://developers.google.com/recaptcha/docs/verify", S=_s)

_s = "pat-eu1-" + guid()
add("ts/hubspot-private-app-token", "crm-sync/src/hubspot.ts", r"""
import { Client } from "@hubspot/api-client";

// Private app "Garage CRM sync" (scopes: crm.objects.contacts.write, crm.objects.deals.write)
const hubspot = new Client({ accessToken: "@@S@@" });

export async function upsertCustomer(c: { email: string; first: string; last: string; reg: string; motDue?: string }) {
  const properties = {
    email: c.email,
    firstname: c.first,
    lastname: c.last,
    vehicle_registration: c.reg,
    mot_due_date: c.motDue ?? "",
  };
  try {
    await hubspot.crm.contacts.basicApi.create({ properties, associations: [] });
  } catch (e: any) {
    if (e.code !== 409) throw e;
    const id = e.body.message.match(/Existing ID: (\d+)/)[1];
    await hubspot.crm.contacts.basicApi.update(id, { properties });
  }
}
""", _s, "https://developers.hubspot.com/docs/api/private-apps", S=_s)

_s = chars(48, B64URL)
add("python/xero-client-secret", "accounts/xero_export.py", r"""
# Posts finished invoices from the shop system into Xero (custom connection, Accounts scope)
import requests

XERO_CLIENT_ID = "7E2B9D0C4F1A4B6C8D3E5F7A9B1C2D3E"
XERO_CLIENT_SECRET = "@@S@@"
TOKEN_URL = "https://identity.xero.com/connect/token"


def token() -> str:
    resp = requests.post(
        TOKEN_URL,
        auth=(XERO_CLIENT_ID, XERO_CLIENT_SECRET),
        data={"grant_type": "client_credentials", "scope": "accounting.transactions accounting.contacts"},
        timeout=15,
    )
    resp.raise_for_status()
    return resp.json()["access_token"]


def post_invoice(inv: dict) -> str:
    body = {"Invoices": [{
        "Type": "ACCREC",
        "Contact": {"Name": inv["customer"]},
        "Reference": f"{inv['job']} {inv['reg']}",
        "LineItems": [{"Description": l["text"], "Quantity": l["qty"], "UnitAmount": l["unit"], "AccountCode": "200"}
                      for l in inv["lines"]],
        "Status": "AUTHORISED",
    }]}
    resp = requests.post("https://api.xero.com/api.xro/2.0/Invoices", json=body,
                         headers={"Authorization": f"Bearer {token()}"}, timeout=20)
    resp.raise_for_status()
    return resp.json()["Invoices"][0]["InvoiceID"]
""", _s, "https://developer.xero.com/documentation/guides/oauth2/custom-connections/", S=_s)

_s = chars(40)
add("js/quickbooks-client-secret", "qbo-bridge/config/intuit.js", r"""
const OAuthClient = require("intuit-oauth");

module.exports = new OAuthClient({
  clientId: "ABq7dX0mZr3LkV9sN2wP5tYc8eG1hJ4uF6oQaRiT0bWnEyKx",
  clientSecret: "@@S@@",
  environment: "production",
  redirectUri: "https://ops.shopflowauto.com/qbo/callback",
  logging: false,
});
""", _s, "https://developer.intuit.com/app/developer/qbo/docs/develop/authentication-and-authorization/oauth-2.0", S=_s)

_s = hexs(32) + "-us21"
add("php/mailchimp-api-key", "wp-content/mu-plugins/mot-newsletter.php", r"""
<?php
/**
 * Plugin Name: MOT newsletter signup
 * Description: Adds customers who tick "remind me" on the booking form to the Mailchimp audience.
 */

add_action( 'tyrepro_booking_confirmed', function ( $booking ) {
	if ( empty( $booking['remind_me'] ) ) {
		return;
	}
	$api_key  = '@@S@@';
	$list_id  = '8c1f4e2b9d';
	$dc       = substr( $api_key, strpos( $api_key, '-' ) + 1 );
	$hash     = md5( strtolower( $booking['email'] ) );

	wp_remote_request( "https://{$dc}.api.mailchimp.com/3.0/lists/{$list_id}/members/{$hash}", array(
		'method'  => 'PUT',
		'headers' => array( 'Authorization' => 'apikey ' . $api_key ),
		'body'    => wp_json_encode( array(
			'email_address' => $booking['email'],
			'status_if_new' => 'subscribed',
			'merge_fields'  => array( 'FNAME' => $booking['first_name'], 'REG' => $booking['reg'], 'MOTDUE' => $booking['mot_due'] ),
		) ),
	) );
} );
""", _s, "https://mailchimp.com/developer/marketing/guides/quick-start/", S=_s)

_s = sendgrid()
add("ruby/sendgrid-smtp-password", "config/environments/production.rb", r"""
require "active_support/core_ext/integer/time"

Rails.application.configure do
  config.cache_classes = true
  config.eager_load = true
  config.consider_all_requests_local = false
  config.force_ssl = true
  config.log_level = :info

  config.action_mailer.default_url_options = { host: "portal.roadreadyfleet.co.uk", protocol: "https" }
  config.action_mailer.delivery_method = :smtp
  config.action_mailer.smtp_settings = {
    address: "smtp.sendgrid.net",
    port: 587,
    domain: "roadreadyfleet.co.uk",
    user_name: "apikey",
    password: "@@S@@",
    authentication: :plain,
    enable_starttls_auto: true
  }

  config.active_record.dump_schema_after_migration = false
end
""", _s, "https://www.twilio.com/docs/sendgrid/for-developers/sending-email/integrating-with-the-smtp-api", S=_s)

_s = "key-" + hexs(32)
add("dockerfile/mailgun-env", "services/invoice-mailer/Dockerfile", r"""
FROM python:3.12-slim

WORKDIR /app
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt

COPY mailer/ ./mailer/

ENV MAILGUN_DOMAIN=mg.hartleytyres.co.uk \
    MAILGUN_API_BASE=https://api.eu.mailgun.net/v3 \
    MAILGUN_API_KEY=@@S@@ \
    INVOICE_FROM="Hartley Tyre & Auto <accounts@hartleytyres.co.uk>"

USER 1000
CMD ["python", "-m", "mailer.worker"]
""", _s, "https://documentation.mailgun.com/docs/mailgun/api-reference/authentication/", S=_s)

_s = pw_town()
add("msmtprc/office365-password", "it/backoffice-pc/msmtprc", r"""
# msmtp on the back-office Linux box: nightly job sheets PDF + backup reports
defaults
auth           on
tls            on
tls_trust_file /etc/ssl/certs/ca-certificates.crt
logfile        /var/log/msmtp.log

account        office365
host           smtp.office365.com
port           587
from           reports@kwikfitz-telford.co.uk
user           reports@kwikfitz-telford.co.uk
password       @@S@@

account default : office365
""", _s, "https://marlam.de/msmtp/msmtp.html#Authentication", S=_s)

_s = chars(16, string.ascii_lowercase)
add("python/gmail-app-password", "invoicing/send_invoice.py", r"""
import smtplib
import sys
from email.message import EmailMessage
from pathlib import Path

SENDER = "dhillonmotors.invoices@gmail.com"
APP_PASSWORD = "@@S@@"  # Google account > Security > App passwords ("invoice script")


def send(to_addr: str, pdf: Path, reg: str) -> None:
    msg = EmailMessage()
    msg["From"] = f"Dhillon Motors <{SENDER}>"
    msg["To"] = to_addr
    msg["Subject"] = f"Your invoice - {reg}"
    msg.set_content("Thanks for choosing Dhillon Motors. Your invoice is attached.\n\nDhillon Motors, Luton")
    msg.add_attachment(pdf.read_bytes(), maintype="application", subtype="pdf", filename=pdf.name)
    with smtplib.SMTP_SSL("smtp.gmail.com", 465) as smtp:
        smtp.login(SENDER, APP_PASSWORD)
        smtp.send_message(msg)


if __name__ == "__main__":
    send(sys.argv[1], Path(sys.argv[2]), sys.argv[3])
""", _s, "https://support.google.com/accounts/answer/185833", S=_s)

# ---------------------------------------------------------------------------------------------
# Shop databases: the garage-management server, reporting, tyre hotel, legacy tools.
# ---------------------------------------------------------------------------------------------

_s = pw_words("!#$*")
add("xml/mssql-connection-string", "GarageMaster.Client/GarageMaster.exe.config", r"""
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <configSections>
    <section name="log4net" type="log4net.Config.Log4NetConfigurationSectionHandler, log4net" />
  </configSections>
  <connectionStrings>
    <add name="GarageMaster"
         connectionString="Data Source=WORKSHOP-SRV\GARAGEMASTER;Initial Catalog=GM_Live;User ID=gm_app;Password=@@S@@;MultipleActiveResultSets=True;Application Name=GM Client"
         providerName="System.Data.SqlClient" />
  </connectionStrings>
  <appSettings>
    <add key="BranchCode" value="TEL01" />
    <add key="JobCardPrinter" value="\\WORKSHOP-SRV\Brother-Bay" />
    <add key="LabourRate" value="78.00" />
    <add key="VatRate" value="0.20" />
  </appSettings>
  <log4net>
    <root><level value="WARN" /></root>
  </log4net>
</configuration>
""", _s, "https://learn.microsoft.com/en-us/dotnet/framework/data/adonet/connection-string-syntax", S=_s)

_s = pw_gen(24, "-_.")
add("k8s-secret/postgres-password", "k8s/base/shop-db-secret.yaml", r"""
apiVersion: v1
kind: Secret
metadata:
  name: shop-db
  namespace: shopflow
  annotations:
    app.kubernetes.io/managed-by: kustomize
type: kubernetes.io/basic-auth
data:
  username: @@U@@
  password: @@B@@
---
apiVersion: v1
kind: ConfigMap
metadata:
  name: shop-db-config
  namespace: shopflow
data:
  PGHOST: shop-db-rw.shopflow.svc
  PGDATABASE: shopflow
  PGSSLMODE: require
""", _s, "https://kubernetes.io/docs/concepts/configuration/secret/#basic-authentication-secret", U=b64("shopflow"), B=b64(_s))

_s = pw_town()
add("docker-compose/mysql-root-password", "tyre-hotel/docker-compose.yml", r"""
# Tyre hotel (seasonal wheel storage) - runs on the NAS in the storage unit
services:
  db:
    image: mariadb:10.11
    restart: unless-stopped
    environment:
      MARIADB_ROOT_PASSWORD: "@@S@@"
      MARIADB_DATABASE: tyrehotel
      MARIADB_USER: tyrehotel
      MARIADB_PASSWORD_FILE: /run/secrets/tyrehotel_db
    volumes:
      - ./data/mysql:/var/lib/mysql
    secrets:
      - tyrehotel_db

  app:
    image: ghcr.io/northgate-autos/tyre-hotel:1.8.2
    depends_on: [db]
    ports:
      - "8080:8080"
    environment:
      DB_HOST: db
      DB_NAME: tyrehotel
      DB_USER: tyrehotel
      DB_PASSWORD_FILE: /run/secrets/tyrehotel_db
      LABEL_PRINTER: 192.168.20.41
    secrets:
      - tyrehotel_db

secrets:
  tyrehotel_db:
    file: ./secrets/tyrehotel_db.txt
""", _s, "https://hub.docker.com/_/mariadb", S=_s)

_s = pw_words()
add("ini/odbc-freetds-password", "it/reporting-box/odbc.ini", r"""
; ODBC DSNs on the reporting Linux box (Metabase + cron exports)
[GarageMaster]
Driver          = FreeTDS
Description     = Garage management DB (read-only)
Server          = 192.168.10.5
Port            = 1433
Database        = GM_Live
TDS_Version     = 7.4
UID             = reporting_ro
PWD             = @@S@@
ClientCharset   = UTF-8

[TyreHotel]
Driver          = MariaDB
Server          = 192.168.20.40
Database        = tyrehotel
Option          = 3
""", _s, "https://www.freetds.org/userguide/odbcini.html", S=_s)

_s = pw_words("!#*")
add("vba/excel-parts-pricing", "spreadsheets/PartsPricing/modPricing.bas", r"""
Attribute VB_Name = "modPricing"
Option Explicit

' Refreshes the "Parts margin" sheet from the garage system every morning.
Public Sub RefreshPartsMargin()
    Dim conn As Object, rs As Object, ws As Worksheet
    Set ws = ThisWorkbook.Worksheets("Parts margin")
    Set conn = CreateObject("ADODB.Connection")
    conn.Open "Provider=SQLOLEDB;Data Source=WORKSHOP-SRV\GARAGEMASTER;Initial Catalog=GM_Live;" & _
              "User ID=excel_reports;Password=@@S@@;"

    Set rs = conn.Execute("SELECT p.PartNo, p.Description, p.CostPrice, p.SellPrice, " & _
                          "s.SupplierName FROM Parts p JOIN Suppliers s ON s.Id = p.SupplierId " & _
                          "WHERE p.Active = 1 ORDER BY s.SupplierName, p.PartNo")
    ws.Range("A2:F5000").ClearContents
    ws.Range("A2").CopyFromRecordset rs
    ws.Range("H1").Value = "Refreshed " & Format(Now, "dd/mm/yyyy hh:nn")

    rs.Close
    conn.Close
End Sub
""", _s, "https://learn.microsoft.com/en-us/sql/ado/reference/ado-api/connectionstring-property-ado", S=_s)

_s = pw_words("!#$*")
add("delphi/dfm-ado-connection", "src/Data/dmMain.dfm", r"""
object dmMain: TdmMain
  OldCreateOrder = False
  Height = 296
  Width = 412
  object conMain: TADOConnection
    ConnectionString = 
      'Provider=SQLOLEDB.1;Password=@@S@@;Persist Security Info=True;Us' +
      'er ID=sa;Initial Catalog=WorkshopPro;Data Source=WORKSHOP-SRV\SQ' +
      'LEXPRESS'
    LoginPrompt = False
    Provider = 'SQLOLEDB.1'
    Left = 48
    Top = 24
  end
  object qryJobs: TADOQuery
    Connection = conMain
    CursorType = ctStatic
    SQL.Strings = (
      'SELECT JobNo, Reg, Customer, Status FROM Jobs WHERE Status < 5')
    Left = 136
    Top = 24
  end
end
""", _s, "https://docwiki.embarcadero.com/Libraries/Sydney/en/Data.Win.ADODB.TADOConnection.ConnectionString", S=_s)

_s = pw_words("!#%&")
add("perl/dbi-password", "cgi-bin/tyre_search.pl", r"""
#!/usr/bin/perl
# Tyre size search for the old website (still linked from Google Business profile)
use strict;
use warnings;
use CGI qw(:standard);
use DBI;

my $size = param('size') || '';
$size =~ s/[^0-9R\/]//g;

my $dbh = DBI->connect("DBI:mysql:database=tyres;host=localhost", "tyresweb", "@@S@@",
                       { RaiseError => 1, AutoCommit => 1 });
my $sth = $dbh->prepare("SELECT brand, pattern, price FROM stock WHERE size = ? AND qty > 0 ORDER BY price");
$sth->execute($size);

print header(-charset => 'utf-8'), start_html("Tyres in $size");
print "<table>\n";
while (my ($brand, $pattern, $price) = $sth->fetchrow_array) {
    printf "<tr><td>%s</td><td>%s</td><td>&pound;%.2f fitted</td></tr>\n", $brand, $pattern, $price;
}
print "</table>\n", end_html;
$dbh->disconnect;
""", _s, "https://metacpan.org/pod/DBI#connect", S=_s)

_s = pw_gen(16, "!#%")
add("r/dbconnect-password", "analysis/tyre_sales_by_season.R", r"""
library(DBI)
library(dplyr)
library(ggplot2)

con <- dbConnect(
  RPostgres::Postgres(),
  host = "reporting.northgateautos.internal",
  dbname = "shopflow",
  user = "analyst",
  password = "@@S@@"
)

sales <- dbGetQuery(con, "
  SELECT date_trunc('month', invoiced_at) AS month, season, SUM(qty) AS tyres
  FROM invoice_lines JOIN tyres USING (sku)
  WHERE invoiced_at >= now() - interval '3 years'
  GROUP BY 1, 2")

ggplot(sales, aes(month, tyres, colour = season)) +
  geom_line() +
  labs(title = "Tyres fitted per month", x = NULL, y = "tyres")

dbDisconnect(con)
""", _s, "https://rpostgres.r-dbi.org/reference/postgres", S=_s)

_s = pw_words("!#$%")
add("sql/mssql-create-login", "db/migrations/V042__reporting_login.sql", r"""
-- Read-only login for the Power BI gateway (accounts team dashboards)
USE [master];
GO
CREATE LOGIN [pbi_gateway] WITH PASSWORD = N'@@S@@',
    DEFAULT_DATABASE = [GM_Live], CHECK_EXPIRATION = OFF, CHECK_POLICY = ON;
GO
USE [GM_Live];
GO
CREATE USER [pbi_gateway] FOR LOGIN [pbi_gateway];
ALTER ROLE [db_datareader] ADD MEMBER [pbi_gateway];
DENY SELECT ON SCHEMA::[payroll] TO [pbi_gateway];
GO
""", _s, "https://learn.microsoft.com/en-us/sql/t-sql/statements/create-login-transact-sql", S=_s)

_s = pw_gen(18, "-_")
add("notebook/sqlalchemy-uri", "notebooks/parts_margin_review.ipynb", r"""
{
 "cells": [
  {
   "cell_type": "markdown",
   "metadata": {},
   "source": ["# Parts margin review, Q3\n", "Brake parts and tyres by supplier."]
  },
  {
   "cell_type": "code",
   "execution_count": 1,
   "metadata": {},
   "outputs": [],
   "source": [
    "import pandas as pd\n",
    "from sqlalchemy import create_engine\n",
    "engine = create_engine(\"postgresql+psycopg2://analyst:@@S@@@10.0.4.12:5432/shopflow\")"
   ]
  },
  {
   "cell_type": "code",
   "execution_count": 2,
   "metadata": {},
   "outputs": [],
   "source": [
    "df = pd.read_sql(\"SELECT supplier, category, cost, sell FROM invoice_parts WHERE invoiced_at >= '2024-07-01'\", engine)\n",
    "df.assign(margin=lambda d: (d.sell - d.cost) / d.sell).groupby(['supplier', 'category']).margin.mean()"
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
""", _s, "https://docs.sqlalchemy.org/en/20/core/engines.html#database-urls", S=_s)

_s = pw_gen(20, "-_")
add("yaml/mongodb-srv-uri", "tyre-hotel-api/config/production.yaml", r"""
server:
  port: 8080
  cors_origins:
    - https://tyrehotel.northgateautos.co.uk

mongo:
  uri: mongodb+srv://tyrehotel_app:@@S@@@cluster0.q7kbd.mongodb.net/tyrehotel?retryWrites=true&w=majority
  pool_size: 10

storage:
  racks: [A, B, C, D]
  positions_per_rack: 48
  label_template: "{rack}{position:02d}-{reg}"

reminders:
  winter_swap_from: "10-15"
  summer_swap_from: "03-20"
""", _s, "https://www.mongodb.com/docs/manual/reference/connection-string/", S=_s)

_s = fakes.redis_password(_seed())
add("python/celery-redis-url", "shopflow/celery_config.py", r"""
# Celery: reminders, supplier price imports, nightly exports
from celery.schedules import crontab

broker_url = "redis://:@@S@@@10.0.3.7:6379/0"
result_backend = "redis://:@@S@@@10.0.3.7:6379/1"
task_serializer = "json"
accept_content = ["json"]
timezone = "Europe/London"

beat_schedule = {
    "mot-reminders": {"task": "reminders.tasks.mot_due", "schedule": crontab(hour=18, minute=30)},
    "price-import": {"task": "suppliers.tasks.import_prices", "schedule": crontab(hour=5, minute=0)},
    "gm-export": {"task": "exports.tasks.garage_master", "schedule": crontab(hour=23, minute=15)},
}
""", _s, "https://docs.celeryq.dev/en/stable/getting-started/backends-and-brokers/redis.html", S=_s)

_s = pw_gen(22, "-_.")
add("pgpass/reporting-password", "it/reporting-box/.pgpass", r"""
# ~analyst/.pgpass on reporting-box (chmod 0600 or libpq ignores it)
# hostname:port:database:username:password
#
# Metabase + the cron exports connect as analyst
reporting.northgateautos.internal:5432:shopflow:analyst:@@S@@
""", _s, "https://www.postgresql.org/docs/current/libpq-pgpass.html", S=_s)

_sq = "EAAA" + chars(60, B64URL)
add("python/split-square-token", "pos/square_sync.py", r"""
# Pulls card payments from Square into the garage system once an hour.
import datetime as dt

from square.client import Client

SQUARE_ACCESS_TOKEN = (
    "@@A@@"
    "@@B@@"
)
LOCATION_ID = "LH4Q9K2X7TB0M"

client = Client(access_token=SQUARE_ACCESS_TOKEN, environment="production")


def payments_since(hours: int = 1):
    begin = (dt.datetime.utcnow() - dt.timedelta(hours=hours)).isoformat(timespec="seconds") + "Z"
    result = client.payments.list_payments(begin_time=begin, location_id=LOCATION_ID)
    if result.is_error():
        raise RuntimeError(result.errors)
    return result.body.get("payments", [])
""", _sq, "https://developer.squareup.com/docs/build-basics/access-tokens", A=_sq[:38], B=_sq[38:])

_tok = jwt({"iss": "fleetlink", "sub": "roadready-portal", "aud": "telematics-api", "scope": "vehicles:read odometer:read", "iat": 1719792000})
add("java/split-jwt-bearer", "fleet-portal/src/main/java/uk/co/roadreadyfleet/telematics/TelematicsClient.java", r"""
package uk.co.roadreadyfleet.telematics;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

public class TelematicsClient {

    // Long-lived integration token from the telematics provider (odometer for service-due alerts)
    private static final String TOKEN = "@@A@@" +
            "@@B@@";

    private final HttpClient http = HttpClient.newHttpClient();

    public String odometer(String vin) throws Exception {
        HttpRequest req = HttpRequest.newBuilder(URI.create("https://api.fleetlink.example/v2/vehicles/" + vin + "/odometer"))
                .header("Authorization", "Bearer " + TOKEN)
                .header("Accept", "application/json")
                .GET()
                .build();
        return http.send(req, HttpResponse.BodyHandlers.ofString()).body();
    }
}
""", _tok, "https://www.rfc-editor.org/rfc/rfc6750", A=_tok[:_tok.index(".") + 40], B=_tok[_tok.index(".") + 40:])

# ---------------------------------------------------------------------------------------------
# Shop IT: cloud, CI, Windows shares for scan-tool reports, automation.
# ---------------------------------------------------------------------------------------------

_kid, _s = aws_pair()
add("terraform/aws-provider-keys", "infra/aws/main.tf", r"""
terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.40"
    }
  }
}

provider "aws" {
  region     = "eu-west-2"
  access_key = "@@KID@@"
  secret_key = "@@S@@"
}

# Job cards, scan-tool PDFs and MOT certificates, kept 7 years
resource "aws_s3_bucket" "jobcards" {
  bucket = "hartley-jobcards-archive"
}

resource "aws_s3_bucket_lifecycle_configuration" "jobcards" {
  bucket = aws_s3_bucket.jobcards.id
  rule {
    id     = "glacier-after-90d"
    status = "Enabled"
    transition {
      days          = 90
      storage_class = "GLACIER_IR"
    }
    expiration {
      days = 2557
    }
  }
}
""", _s, "https://registry.terraform.io/providers/hashicorp/aws/latest/docs#provider-configuration", S=_s, KID=_kid)

_kid, _s = aws_pair()
add("ini/s3cfg-secret-key", "it/backoffice-pc/.s3cfg", r"""
[default]
access_key = @@KID@@
secret_key = @@S@@
bucket_location = eu-west-2
host_base = s3.amazonaws.com
host_bucket = %(bucket)s.s3.amazonaws.com
use_https = True
signature_v2 = False
# s3cmd sync /srv/diag-reports/ s3://hartley-jobcards-archive/diag/ (nightly)
""", _s, "https://s3tools.org/kb/item14.htm", S=_s, KID=_kid)

_s = raw_b64(64)
add("tfvars/azure-storage-connection-string", "infra/azure/prod.auto.tfvars", r"""
location            = "uksouth"
resource_group_name = "rg-garagehive-integrations"
app_service_sku     = "B1"

# Blob container the Bosch ESI/KTS reports are uploaded to from the workshop PCs
reports_storage_connection_string = "DefaultEndpointsProtocol=https;AccountName=stnorthgatereports;AccountKey=@@S@@;EndpointSuffix=core.windows.net"

alert_emails = ["it@northgateautos.co.uk"]
tags = {
  owner   = "it"
  service = "diag-reports"
}
""", _s, "https://learn.microsoft.com/en-us/azure/storage/common/storage-configure-connection-string", S=_s)

_s = (b64url_json({"alg": "RS256", "kid": chars(43, B64URL)}) + "." +
      b64url_json({"iss": "kubernetes/serviceaccount", "kubernetes.io/serviceaccount/namespace": "shopflow",
                   "kubernetes.io/serviceaccount/secret.name": "gitlab-deployer-token",
                   "kubernetes.io/serviceaccount/service-account.name": "gitlab-deployer",
                   "sub": "system:serviceaccount:shopflow:gitlab-deployer"}) + "." + chars(342, B64URL))
add("kubeconfig/service-account-token", "ops/kubeconfig-gitlab-deployer.yaml", r"""
apiVersion: v1
kind: Config
clusters:
  - name: shopflow-prod
    cluster:
      server: https://k8s.shopflow.internal:6443
      certificate-authority-data: LS0tLS1CRUdJTiBDRVJUSUZJQ0FURS0tLS0tCk1JSUJkekNDQVIyZ0F3SUJBZ0lCQURBS0JnZ3Foa2pPUFFRREFqQWpNU0V3SHdZRFZRUUREQmhyTTNNdGMyVnkKLS0tLS1FTkQgQ0VSVElGSUNBVEUtLS0tLQo=
contexts:
  - name: gitlab-deployer@shopflow-prod
    context:
      cluster: shopflow-prod
      namespace: shopflow
      user: gitlab-deployer
current-context: gitlab-deployer@shopflow-prod
users:
  - name: gitlab-deployer
    user:
      token: @@S@@
""", _s, "https://kubernetes.io/docs/concepts/configuration/organize-cluster-access-kubeconfig/", S=_s)

_s = pw_town()
add("ansible/windows-inventory-password", "ansible/inventories/branches.ini", r"""
[reception_pcs]
tel-reception-01 ansible_host=192.168.10.21
tel-reception-02 ansible_host=192.168.10.22
crw-reception-01 ansible_host=192.168.40.21

[diag_pcs]
tel-diag-bay2 ansible_host=192.168.10.52
crw-diag-bay1 ansible_host=192.168.40.51

[windows:children]
reception_pcs
diag_pcs

[windows:vars]
ansible_connection=winrm
ansible_winrm_transport=ntlm
ansible_winrm_server_cert_validation=ignore
ansible_user=.\garageadmin
ansible_password=@@S@@
""", _s, "https://docs.ansible.com/ansible/latest/os_guide/windows_winrm.html#ntlm", S=_s)

_s = pw_gen(20, "!#%*-_")
add("xml/maven-settings-password", "ci/maven/settings.xml", r"""
<?xml version="1.0" encoding="UTF-8"?>
<settings xmlns="http://maven.apache.org/SETTINGS/1.2.0"
          xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
          xsi:schemaLocation="http://maven.apache.org/SETTINGS/1.2.0 https://maven.apache.org/xsd/settings-1.2.0.xsd">
  <servers>
    <server>
      <id>roadready-releases</id>
      <username>ci-publisher</username>
      <password>@@S@@</password>
    </server>
  </servers>
  <mirrors>
    <mirror>
      <id>roadready-releases</id>
      <mirrorOf>*</mirrorOf>
      <url>https://nexus.roadreadyfleet.co.uk/repository/maven-public/</url>
    </mirror>
  </mirrors>
</settings>
""", _s, "https://maven.apache.org/settings.html#servers", S=_s)

_s = pw_gen(18, "!#%*")
add("xml/nuget-cleartext-password", "GarageDesk/nuget.config", r"""
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <packageSources>
    <clear />
    <add key="nuget.org" value="https://api.nuget.org/v3/index.json" protocolVersion="3" />
    <add key="garagedesk-feed" value="https://pkgs.dev.azure.com/northgateautos/_packaging/garagedesk/nuget/v3/index.json" />
  </packageSources>
  <packageSourceCredentials>
    <garagedesk-feed>
      <add key="Username" value="build@northgateautos.co.uk" />
      <add key="ClearTextPassword" value="@@S@@" />
    </garagedesk-feed>
  </packageSourceCredentials>
</configuration>
""", _s, "https://learn.microsoft.com/en-us/nuget/reference/nuget-config-file#packagesourcecredentials", S=_s)

_s = pw_words()
add("docker-compose/grafana-admin-password", "monitoring/docker-compose.yml", r"""
services:
  influxdb:
    image: influxdb:1.8
    restart: unless-stopped
    volumes:
      - ./influx:/var/lib/influxdb
    environment:
      INFLUXDB_DB: workshop

  grafana:
    image: grafana/grafana:10.4.2
    restart: unless-stopped
    ports:
      - "3000:3000"
    environment:
      GF_SECURITY_ADMIN_USER: admin
      GF_SECURITY_ADMIN_PASSWORD: @@S@@
      GF_USERS_ALLOW_SIGN_UP: "false"
      GF_SERVER_ROOT_URL: http://dash.workshop.lan:3000
    volumes:
      - ./grafana:/var/lib/grafana
    depends_on:
      - influxdb
# compressor pressure, bay lift cycles and the tyre machine's power draw go into influx via node-red
""", _s, "https://grafana.com/docs/grafana/latest/setup-grafana/configure-docker/", S=_s)

_s = pw_gen(16, "!#*-")
add("jenkinsfile/deploy-password", "Jenkinsfile", r"""
pipeline {
    agent { label 'windows' }
    environment {
        DEPLOY_HOST = 'WORKSHOP-SRV'
        DEPLOY_USER = 'NORTHGATE\\svc-deploy'
        DEPLOY_PASS = '@@S@@'
    }
    stages {
        stage('Build') {
            steps {
                bat 'dotnet publish GarageDesk\\GarageDesk.csproj -c Release -o out'
            }
        }
        stage('Deploy') {
            when { branch 'main' }
            steps {
                bat 'net use \\\\%DEPLOY_HOST%\\apps$ /user:%DEPLOY_USER% %DEPLOY_PASS%'
                bat 'robocopy out \\\\%DEPLOY_HOST%\\apps$\\GarageDesk /MIR /R:2 /W:5 & exit /b 0'
                bat 'net use \\\\%DEPLOY_HOST%\\apps$ /delete'
            }
        }
    }
}
""", _s, "https://www.jenkins.io/doc/book/pipeline/syntax/#environment", S=_s)

_s = "glpat-" + chars(20, B64URL)
add("gitlab-ci/private-repo-token", ".gitlab-ci.yml", r"""
stages: [test, build]

variables:
  PIP_CACHE_DIR: "$CI_PROJECT_DIR/.cache/pip"
  SHARED_LIBS_TOKEN: "@@S@@"

test:
  stage: test
  image: python:3.12
  before_script:
    - pip install "git+https://oauth2:${SHARED_LIBS_TOKEN}@gitlab.com/northgate-autos/shop-common.git@v2.3.0"
    - pip install -r requirements-dev.txt
  script:
    - pytest -q

build:
  stage: build
  image: docker:24
  services: [docker:24-dind]
  script:
    - docker build --build-arg SHARED_LIBS_TOKEN -t $CI_REGISTRY_IMAGE:$CI_COMMIT_SHORT_SHA .
    - docker push $CI_REGISTRY_IMAGE:$CI_COMMIT_SHORT_SHA
  only: [main]
""", _s, "https://docs.gitlab.com/ee/user/profile/personal_access_tokens.html", S=_s)

_s = hexs(32)
add("systemd/environment-token", "deploy/systemd/reminders-worker.service", r"""
[Unit]
Description=MOT / service reminder worker
After=network-online.target redis.service
Wants=network-online.target

[Service]
Type=simple
User=reminders
WorkingDirectory=/opt/reminders
Environment=PYTHONUNBUFFERED=1
Environment=TWILIO_ACCOUNT_SID=@@SID@@
Environment=TWILIO_AUTH_TOKEN=@@S@@
Environment=REMINDER_FROM=HARTLEYAUTO
ExecStart=/opt/reminders/venv/bin/python -m reminders.worker
Restart=on-failure
RestartSec=10

[Install]
WantedBy=multi-user.target
""", _s, "https://www.freedesktop.org/software/systemd/man/latest/systemd.exec.html#Environment=", S=_s, SID=twilio_sid())

_s = chars(32)
add("crontab/price-feed-token", "it/reporting-box/crontab.txt", r"""
# m h dom mon dow command  (crontab -l > crontab.txt on reporting-box, 2024-10-02)
MAILTO=it@northgateautos.co.uk
PATH=/usr/local/bin:/usr/bin:/bin

# wholesaler tyre price + stock file
0 5 * * * wget -q -O /srv/feeds/tyres.csv "https://feeds.tyrewholesale.example.co.uk/export/stock.csv?account=118204&token=@@S@@" && /opt/feeds/import_tyres.sh
# garage system export for Power BI
15 23 * * * /opt/exports/gm_export.sh >> /var/log/gm_export.log 2>&1
# backups
30 1 * * * /usr/local/bin/restic backup /srv --quiet
""", _s, "https://man7.org/linux/man-pages/man5/crontab.5.html", S=_s)

_s = pw_words()
add("powershell/scan-tool-share", "scripts/Map-DiagReportsShare.ps1", r"""
# Maps the NAS share the Autel MaxiSys and Bosch KTS PCs save their reports to, then copies
# today's PDFs into the job folders. Runs at logon on the diag PCs (GPO).
$nas      = "\\NAS01\diag-reports"
$user     = "NAS01\diaguser"
$password = ConvertTo-SecureString "@@S@@" -AsPlainText -Force
$cred     = New-Object System.Management.Automation.PSCredential ($user, $password)

if (-not (Get-PSDrive -Name R -ErrorAction SilentlyContinue)) {
    New-PSDrive -Name R -PSProvider FileSystem -Root $nas -Credential $cred -Persist | Out-Null
}

$today = Get-Date -Format "yyyy-MM-dd"
Get-ChildItem "C:\Autel\MaxiSys\DataLogging\*.pdf" | Where-Object { $_.LastWriteTime.Date -eq (Get-Date).Date } |
    ForEach-Object {
        $reg = ($_.BaseName -split "_")[0].ToUpper()
        $dest = "R:\$today\$reg"
        New-Item -ItemType Directory -Path $dest -Force | Out-Null
        Copy-Item $_.FullName $dest
    }
""", _s, "https://learn.microsoft.com/en-us/powershell/module/microsoft.powershell.security/convertto-securestring", S=_s)

_s = pw_town()
add("bat/net-use-password", "it/logon/map_drives.bat", r"""
@echo off
rem Reception + workshop PCs: map the job cards and price list shares
net use J: /delete /y >nul 2>&1
net use P: /delete /y >nul 2>&1
net use J: \\WORKSHOP-SRV\JobCards /user:WORKSHOP-SRV\frontdesk @@S@@ /persistent:yes
net use P: \\WORKSHOP-SRV\PriceLists /persistent:yes
if exist "C:\Program Files\GarageMaster\gm.exe" (
    start "" "C:\Program Files\GarageMaster\gm.exe"
)
exit /b 0
""", _s, "https://learn.microsoft.com/en-us/previous-versions/windows/it-pro/windows-server-2012-r2-and-2012/gg651155(v=ws.11)", S=_s)

_s = entra_secret()
add("powershell/graph-client-secret", "scripts/Export-BookingsMailbox.ps1", r"""
# Saves booking request e-mails (from the website form) as .eml into the job board inbox folder.
$tenantId     = "3e9b1d27-4c8a-4f60-b2d5-91a7c0e4f3b8"
$clientId     = "f4a7c2d9-0e1b-4835-9c6e-2b8d7a1f5e30"
$clientSecret = "@@S@@"
$mailbox      = "bookings@northgateautos.co.uk"

$body = @{
    grant_type    = "client_credentials"
    scope         = "https://graph.microsoft.com/.default"
    client_id     = $clientId
    client_secret = $clientSecret
}
$token = (Invoke-RestMethod -Method Post -Uri "https://login.microsoftonline.com/$tenantId/oauth2/v2.0/token" -Body $body).access_token
$headers = @{ Authorization = "Bearer $token" }

$msgs = Invoke-RestMethod -Headers $headers -Uri "https://graph.microsoft.com/v1.0/users/$mailbox/mailFolders/inbox/messages?`$filter=isRead eq false&`$top=50"
foreach ($m in $msgs.value) {
    $mime = Invoke-WebRequest -Headers $headers -Uri "https://graph.microsoft.com/v1.0/users/$mailbox/messages/$($m.id)/`$value"
    Set-Content -Path "\\WORKSHOP-SRV\JobBoard\inbox\$($m.id).eml" -Value $mime.Content
}
""", _s, "https://learn.microsoft.com/en-us/graph/auth-v2-service", S=_s)

# ---------------------------------------------------------------------------------------------
# Network and devices: routers, switches, CCTV, VPN between branches, workshop sensors.
# ---------------------------------------------------------------------------------------------

_s = pw_words("!#*")
add("mikrotik/wpa2-pre-shared-key", "network/tel-router-export.rsc", r"""
# 2024-05-02 10:11:33 by RouterOS 6.49.13
# software id = 7QKX-2LNB
# model = RB2011UiAS-2HnD
/interface bridge
add admin-mac=48:8F:5A:11:2C:7E auto-mac=no comment=defconf name=bridge
/interface wireless security-profiles
set [ find default=yes ] supplicant-identity=MikroTik
add authentication-types=wpa2-psk mode=dynamic-keys name=workshop supplicant-identity="" wpa2-pre-shared-key="@@S@@"
/interface wireless
set [ find default-name=wlan1 ] band=2ghz-b/g/n country="united kingdom" disabled=no mode=ap-bridge security-profile=workshop ssid=Workshop-Bays
/ip pool
add name=dhcp ranges=192.168.10.100-192.168.10.200
/ip dhcp-server
add address-pool=dhcp disabled=no interface=bridge name=defconf
/ip address
add address=192.168.10.1/24 comment=defconf interface=bridge network=192.168.10.0
/ip dns
set allow-remote-requests=yes servers=1.1.1.1,9.9.9.9
""", _s, "https://help.mikrotik.com/docs/display/ROS/Wireless+Interface", S=_s)

_s = pw_gen(14, "!#*")
add("cisco/username-password-0", "network/crw-sw01-running-config.txt", r"""
!
version 15.2
service timestamps debug datetime msec
service timestamps log datetime msec
no service password-encryption
!
hostname CRW-SW01
!
enable secret 5 $1$mERr$hx5rVt7rPNoS4wqbXKX7m0
!
username netadmin privilege 15 password 0 @@S@@
!
vlan 10
 name OFFICE
vlan 20
 name WORKSHOP
vlan 30
 name CCTV
!
interface GigabitEthernet0/1
 description Bay-2 diag PC
 switchport access vlan 20
 switchport mode access
!
interface GigabitEthernet0/24
 description Uplink to router
 switchport mode trunk
!
line vty 0 4
 login local
 transport input ssh
!
end
""", _s, "https://www.cisco.com/c/en/us/td/docs/ios-xml/ios/security/m1/sec-m1-cr-book/sec-cr-t2.html#wp1185376045", S=_s)

_s = pw_words("!*")
add("yaml/frigate-rtsp-password", "cctv/frigate/config.yml", r"""
mqtt:
  enabled: false

cameras:
  forecourt:
    ffmpeg:
      inputs:
        - path: rtsp://admin:@@S@@@192.168.30.11:554/Streaming/Channels/101
          roles: [record]
        - path: rtsp://admin:@@S@@@192.168.30.11:554/Streaming/Channels/102
          roles: [detect]
    detect:
      width: 640
      height: 360
    objects:
      track: [person, car]
    record:
      enabled: true
      retain:
        days: 14
        mode: motion

detectors:
  coral:
    type: edgetpu
    device: usb
""", _s, "https://docs.frigate.video/configuration/cameras", S=_s)

_s = raw_b64(32)
add("wireguard/interface-private-key", "network/wg/burton-to-derby.conf", r"""
# Burton branch -> Derby (garage system server is in Derby)
[Interface]
PrivateKey = @@S@@
Address = 10.99.0.2/32
DNS = 192.168.10.5

[Peer]
PublicKey = @@PUB@@
Endpoint = vpn.northgateautos.co.uk:51820
AllowedIPs = 192.168.10.0/24, 10.99.0.0/24
PersistentKeepalive = 25
""", _s, "https://www.wireguard.com/quickstart/", S=_s, PUB=raw_b64(32))

_s = pw_gen(20, "-_")
add("yaml/home-assistant-secrets", "homeassistant/secrets.yaml", r"""
# Workshop Home Assistant: compressor, roller doors, bay lifts power monitoring
latitude_workshop: 52.6782
longitude_workshop: -2.4497
mqtt_broker: 192.168.20.10
mqtt_user: homeassistant
mqtt_password: "@@S@@"
roller_door_1_ip: 192.168.20.61
roller_door_2_ip: 192.168.20.62
compressor_plug_ip: 192.168.20.70
""", _s, "https://www.home-assistant.io/docs/configuration/secrets/", S=_s)

_s = pw_gen(22, "-_.")
add("mosquitto/bridge-remote-password", "mosquitto/conf.d/bridge-burton.conf", r"""
# Bridge the Burton branch broker (compressors, tyre machine power) up to Derby
connection burton-to-derby
address mqtt.northgateautos.co.uk:8883
remote_clientid burton-bridge
remote_username burton-bridge
remote_password @@S@@
bridge_cafile /etc/mosquitto/certs/isrgrootx1.pem
bridge_protocol_version mqttv311
cleansession true
topic workshop/# out 1 "" burton/
topic control/burton/# in 1
""", _s, "https://mosquitto.org/man/mosquitto-conf-5.html", S=_s)

_s = pw_words("!#*")
add("c/arduino-secrets", "firmware/tyre-pressure-station/arduino_secrets.h", r"""
// Forecourt air/pressure station (ESP32): posts readings to the workshop dashboard.
// Arduino IDE keeps this tab out of sketches shared to the cloud editor.
#define SECRET_SSID "Workshop-IoT"
#define SECRET_PASS "@@S@@"
#define DASHBOARD_HOST "192.168.20.10"
#define DASHBOARD_PORT 1880
#define STATION_ID "forecourt-1"
""", _s, "https://docs.arduino.cc/arduino-cloud/guides/editor/#secret-tab", S=_s)

_s = pw_words()
add("markdown/anydesk-unattended-password", "docs/it/remote-support.md", r"""
# Remote support for the branches

We use AnyDesk for remote support on the reception PCs and the diag PCs. The garage system
vendor also dials in with AnyDesk when we raise a ticket.

| PC | AnyDesk ID | Notes |
|----|------------|-------|
| TEL-RECEPTION-01 | 871 204 559 | front desk, card reader on USB |
| TEL-DIAG-BAY2 | 539 118 006 | Autel MaxiSys Ultra tablet docks here |
| CRW-RECEPTION-01 | 112 743 980 | |

Unattended access password (same on all three, set via the AnyDesk MSI): `@@S@@`

## When the vendor asks for access
1. Check the ticket number matches an open ticket with them.
2. Read them the ID only, never the password; accept the session on screen instead.
3. Close AnyDesk from the tray when they are done.
""", _s, "https://support.anydesk.com/knowledge/unattended-access", S=_s)

# ---------------------------------------------------------------------------------------------
# Private keys and service tokens.
# ---------------------------------------------------------------------------------------------

_s = openssh_key()
add("openssh/sftp-private-key", "it/keys/edi_tyrewholesale_ed25519", r"""
@@S@@
""", _s, "https://man.openbsd.org/ssh-keygen.1", S=_s)

_s = pem_block("RSA", lines=25)
add("php/rsa-private-key-heredoc", "app/Finance/RequestSigner.php", r"""
<?php

namespace App\Finance;

/**
 * Signs "pay monthly" applications sent to the finance broker (RSA-SHA256, header X-Signature).
 */
final class RequestSigner
{
    private const PRIVATE_KEY = <<<'PEM'
@@S@@
PEM;

    public static function sign(string $body): string
    {
        $key = openssl_pkey_get_private(self::PRIVATE_KEY);
        openssl_sign($body, $signature, $key, OPENSSL_ALGO_SHA256);
        return base64_encode($signature);
    }
}
""", _s, "https://www.php.net/manual/en/function.openssl-sign.php", S=_s)

_s = pem_block("EC", lines=3, head="MHcCAQEEI")
add("k8s-configmap/ec-private-key", "k8s/booking-api/jwt-configmap.yaml", r"""
apiVersion: v1
kind: ConfigMap
metadata:
  name: booking-api-jwt
  namespace: booking
data:
  JWT_ISSUER: https://api.hartleytyres.co.uk
  JWT_AUDIENCE: booking-app
  JWT_TTL_MINUTES: "60"
  jwt-signing.pem: |
@@K@@
""", _s, "https://kubernetes.io/docs/concepts/configuration/configmap/", K=indent(_s, "    "))

_pk = pem_block("", lines=26, head="MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQ")
_s = _pk.replace("\n", "\\n") + "\\n"
add("json/gcp-service-account", "reviews-sync/credentials/service-account.json", r"""
{
  "type": "service_account",
  "project_id": "millbrook-motors-web",
  "private_key_id": "@@KID@@",
  "private_key": "@@S@@",
  "client_email": "reviews-sync@millbrook-motors-web.iam.gserviceaccount.com",
  "client_id": "104729310582746153921",
  "auth_uri": "https://accounts.google.com/o/oauth2/auth",
  "token_uri": "https://oauth2.googleapis.com/token",
  "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",
  "client_x509_cert_url": "https://www.googleapis.com/robot/v1/metadata/x509/reviews-sync%40millbrook-motors-web.iam.gserviceaccount.com",
  "universe_domain": "googleapis.com"
}
""", _s, "https://cloud.google.com/iam/docs/keys-create-delete", S=_s, KID=hexs(40))

_s = slack_webhook()
add("js/slack-webhook", "jobboard/notify/slack.js", r"""
// Posts to #workshop when a job is waiting on parts for more than 2 hours
const WEBHOOK = "@@S@@";

async function partsDelay(job) {
  const text = `:hourglass: *${job.reg}* (${job.number}) waiting on parts since ${job.waitingSince}. ` +
    `Supplier: ${job.supplier}, order ${job.orderRef}.`;
  const res = await fetch(WEBHOOK, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ text }),
  });
  if (!res.ok) console.warn("slack", res.status, await res.text());
}

module.exports = { partsDelay };
""", _s, "https://api.slack.com/messaging/webhooks", S=_s)

_s = (f"https://northgateautos.webhook.office.com/webhookb2/{guid()}@{guid()}/IncomingWebhook/"
      f"{hexs(32)}/{guid()}")
add("python/teams-webhook", "reports/daily_takings.py", r"""
# Posts yesterday's takings per branch to the Managers channel in Teams at 07:30.
import datetime as dt

import pymssql
import requests

TEAMS_WEBHOOK = "@@S@@"

yesterday = dt.date.today() - dt.timedelta(days=1)
with pymssql.connect(server="WORKSHOP-SRV", database="GM_Live") as conn:
    cur = conn.cursor()
    cur.execute("SELECT Branch, SUM(NetTotal), COUNT(*) FROM Invoices WHERE CAST(InvoiceDate AS date) = %s GROUP BY Branch",
                (yesterday,))
    rows = cur.fetchall()

lines = [f"**{b}**: GBP {net:,.2f} from {n} invoices" for b, net, n in rows]
card = {"@type": "MessageCard", "@context": "https://schema.org/extensions",
        "summary": "Daily takings", "title": f"Takings {yesterday:%a %d %b}", "text": "<br>".join(lines)}
requests.post(TEAMS_WEBHOOK, json=card, timeout=10).raise_for_status()
""", _s, "https://learn.microsoft.com/en-us/microsoftteams/platform/webhooks-and-connectors/how-to/add-incoming-webhook", S=_s)

_s = slack_webhook()
add("yaml/alertmanager-slack-url", "monitoring/alertmanager/alertmanager.yml", r"""
global:
  resolve_timeout: 5m
  slack_api_url: "@@S@@"

route:
  receiver: it-alerts
  group_by: [alertname, instance]
  group_wait: 30s
  repeat_interval: 4h
  routes:
    - matchers: [severity="page"]
      receiver: it-alerts
      repeat_interval: 30m

receivers:
  - name: it-alerts
    slack_configs:
      - channel: "#it-alerts"
        send_resolved: true
        title: "{{ .CommonLabels.alertname }} on {{ .CommonLabels.instance }}"
        text: "{{ range .Alerts }}{{ .Annotations.summary }}\n{{ end }}"
""", _s, "https://prometheus.io/docs/alerting/latest/configuration/#slack_config", S=_s)

_s = fakes.telegram_token(_seed())
add("python/telegram-bot-token", "bots/workshop_bot.py", r"""
# "What's in the bays?" bot for the owners' Telegram group.
import logging

from telegram import Update
from telegram.ext import Application, CommandHandler, ContextTypes

from jobboard import current_bays

BOT_TOKEN = "@@S@@"
ALLOWED_CHATS = {-1001873340912}

logging.basicConfig(level=logging.INFO)


async def bays(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    if update.effective_chat.id not in ALLOWED_CHATS:
        return
    lines = [f"Bay {b.number}: {b.reg or '-'} {b.status}" for b in current_bays()]
    await update.message.reply_text("\n".join(lines))


app = Application.builder().token(BOT_TOKEN).build()
app.add_handler(CommandHandler("bays", bays))
app.run_polling()
""", _s, "https://core.telegram.org/bots/api#authorizing-your-bot", S=_s)

_s = fakes.openai_key(_seed())
_seed()
add("env/openai-api-key", "parts-assistant/.env.local", r"""
# "Ask the parts desk" assistant on the website (answers: which tyres fit, what a service includes)
OPENAI_API_KEY=@@S@@
OPENAI_MODEL=gpt-4o-mini
CATALOGUE_API=http://localhost:8090
MAX_TURNS=8
RATE_LIMIT_PER_IP=20
""", _s, "https://platform.openai.com/docs/api-reference/authentication", S=_s)

_s = hexs(32)
add("yaml/datadog-api-key", "ops/datadog/datadog.yaml", r"""
## Datadog agent on WORKSHOP-SRV (garage system SQL + file shares)
api_key: @@S@@
site: datadoghq.eu
hostname: workshop-srv
tags:
  - branch:telford
  - role:garage-management
logs_enabled: true
process_config:
  process_collection:
    enabled: true
""", _s, "https://docs.datadoghq.com/agent/configuration/agent-configuration-files/", S=_s)

_s = "sntryu_" + hexs(64)
add("ini/sentryclirc-token", "booking-app/.sentryclirc", r"""
[defaults]
url = https://sentry.io/
org = hartley-tyre-auto
project = booking-app

[auth]
token = @@S@@
""", _s, "https://docs.sentry.io/cli/configuration/#configuration-file", S=_s)

_s = fakes.github_fine_grained_token(_seed())
_seed()
add("shell/github-fine-grained-token", "scripts/release_jobboard.sh", r"""
#!/usr/bin/env bash
# Tags a release of the job board and uploads the Windows installer.
set -euo pipefail

VERSION="$1"
REPO="northgate-autos/jobboard"
GH_TOKEN="@@S@@"

git tag -a "v${VERSION}" -m "Job board ${VERSION}"
git push origin "v${VERSION}"

release_id=$(curl -fsS -X POST "https://api.github.com/repos/${REPO}/releases" \
  -H "Authorization: Bearer ${GH_TOKEN}" -H "Accept: application/vnd.github+json" \
  -d "{\"tag_name\":\"v${VERSION}\",\"name\":\"Job board ${VERSION}\"}" | jq -r .id)

curl -fsS -X POST "https://uploads.github.com/repos/${REPO}/releases/${release_id}/assets?name=JobBoardSetup-${VERSION}.msi" \
  -H "Authorization: Bearer ${GH_TOKEN}" -H "Content-Type: application/octet-stream" \
  --data-binary @"dist/JobBoardSetup-${VERSION}.msi"
""", _s, "https://docs.github.com/en/authentication/keeping-your-account-and-data-secure/managing-your-personal-access-tokens", S=_s)

# ---------------------------------------------------------------------------------------------
# Decoys: references, ciphertext, public values, hashes, ids and checksums.
# ---------------------------------------------------------------------------------------------

add("php/decoy-wp-config-getenv", "site/wp-config.php", r"""
<?php
/**
 * wp-config for hartleytyres.co.uk on the VPS. Every secret comes from the PHP-FPM pool
 * environment (/etc/php/8.2/fpm/pool.d/hartley.conf, written by Ansible from vault).
 */
define( 'DB_NAME',     getenv( 'WP_DB_NAME' ) );
define( 'DB_USER',     getenv( 'WP_DB_USER' ) );
define( 'DB_PASSWORD', getenv( 'WP_DB_PASSWORD' ) );
define( 'DB_HOST',     getenv( 'WP_DB_HOST' ) ?: 'localhost' );
define( 'DB_CHARSET',  'utf8mb4' );

foreach ( array( 'AUTH_KEY', 'SECURE_AUTH_KEY', 'LOGGED_IN_KEY', 'NONCE_KEY',
                 'AUTH_SALT', 'SECURE_AUTH_SALT', 'LOGGED_IN_SALT', 'NONCE_SALT' ) as $name ) {
	define( $name, getenv( 'WP_' . $name ) );
}

$table_prefix = 'wp_';
define( 'WP_DEBUG', false );
define( 'DISALLOW_FILE_EDIT', true );

if ( ! defined( 'ABSPATH' ) ) {
	define( 'ABSPATH', __DIR__ . '/' );
}
require_once ABSPATH . 'wp-settings.php';
""", None, "https://developer.wordpress.org/apis/wp-config-php/")

add("html/decoy-recaptcha-site-key", "templates/booking/step3.html", r"""
<form id="booking-step3" method="post" action="/book/confirm">
  <input type="hidden" name="csrfmiddlewaretoken" value="{{ csrf_token }}">
  <input type="hidden" name="slot_id" value="{{ slot.id }}">
  <label for="reg">Registration</label>
  <input id="reg" name="reg" maxlength="8" autocomplete="off" required>
  <label for="mobile">Mobile (for your reminder)</label>
  <input id="mobile" name="mobile" type="tel" required>
  <div class="g-recaptcha" data-sitekey="6LfQ2mUpAAAAAJb7nK0Rz3xWcT9vH5LqP1sDyE4g" data-callback="onCaptcha"></div>
  <button type="submit" disabled id="confirm-btn">Confirm booking</button>
</form>
<script src="https://www.google.com/recaptcha/api.js" async defer></script>
<script>
  function onCaptcha() { document.getElementById("confirm-btn").disabled = false; }
</script>
""", None, "https://developers.google.com/recaptcha/docs/display")

add("js/decoy-mapbox-public-token", "website/assets/js/coverage-map.js", r"""
// "Do we cover your postcode?" map for mobile tyre fitting. Public token, URL-restricted
// to alloyandtread.co.uk in the Mapbox account.
mapboxgl.accessToken = "@@PK@@";

const map = new mapboxgl.Map({
  container: "coverage-map",
  style: "mapbox://styles/mapbox/streets-v12",
  center: [-1.4746, 52.9225],
  zoom: 8.5,
});

map.on("load", () => {
  map.addSource("coverage", { type: "geojson", data: "/data/coverage.geojson" });
  map.addLayer({
    id: "coverage-fill",
    type: "fill",
    source: "coverage",
    paint: { "fill-color": "#e30613", "fill-opacity": 0.18 },
  });
});
""", None, "https://docs.mapbox.com/help/getting-started/access-tokens/",
    PK="pk." + b64url_json({"u": "alloyandtread", "a": "cl" + chars(23, LOWER_ALNUM)}) + "." + chars(22, B64URL))

_ref = chars(20, string.ascii_lowercase)
add("ts/decoy-supabase-anon-key", "booking-app/src/lib/supabaseClient.ts", r"""
import { createClient } from "@supabase/supabase-js";

// The anon key is public by design: it only has the rights our row level security policies give
// the "anon" role (read open slots, insert a pending booking).
export const supabase = createClient(
  "https://@@REF@@.supabase.co",
  "@@ANON@@",
);

export async function slotsFor(branchId: number, day: string) {
  const { data, error } = await supabase
    .from("open_slots")
    .select("id, starts_at")
    .eq("branch_id", branchId)
    .eq("day", day);
  if (error) throw error;
  return data;
}
""", None, "https://supabase.com/docs/guides/api/api-keys",
    REF=_ref, ANON=jwt({"iss": "supabase", "ref": _ref, "role": "anon", "iat": 1709251200, "exp": 2024827200}))

add("html/decoy-login-form", "portal/templates/account/login.html", r"""
{% extends "base.html" %}
{% block content %}
<h1>Fleet portal sign in</h1>
<form method="post" action="{% url 'login' %}" class="stack">
  {% csrf_token %}
  <label for="id_username">Email</label>
  <input type="email" name="username" id="id_username" autocomplete="username" required>
  <label for="id_password">Password</label>
  <input type="password" name="password" id="id_password" autocomplete="current-password" required minlength="12">
  <a href="{% url 'password_reset' %}">Forgotten your password?</a>
  <button type="submit">Sign in</button>
</form>
<p class="small">Fleet managers: vehicle defects, MOT due dates and invoices for your fleet.</p>
{% endblock %}
""", None, "https://docs.djangoproject.com/en/5.0/topics/auth/default/#django.contrib.auth.views.LoginView")

add("json/decoy-i18n-labels", "booking-app/src/locales/en-GB.json", r"""
{
  "auth": {
    "password": "Password",
    "passwordConfirm": "Confirm password",
    "passwordHint": "At least 12 characters",
    "passwordReset": "Reset password",
    "passwordResetSent": "If that email has an account, we've sent a reset link.",
    "token_expired": "This link has expired. Please request a new one."
  },
  "booking": {
    "reg": "Vehicle registration",
    "service": "What do you need?",
    "services": {
      "mot": "MOT",
      "interim": "Interim service",
      "full": "Full service",
      "tyres": "Tyres",
      "tracking": "Wheel alignment"
    },
    "deposit": "A GBP 20 deposit secures your slot and comes off your bill."
  }
}
""", None, "https://www.i18next.com/misc/json-format")

_ints = ["sha512-" + raw_b64(64) for _ in range(4)]
add("json/decoy-package-lock-integrity", "booking-widget/package-lock.json", r"""
{
  "name": "booking-widget",
  "version": "3.2.0",
  "lockfileVersion": 3,
  "requires": true,
  "packages": {
    "": {
      "name": "booking-widget",
      "version": "3.2.0",
      "dependencies": {
        "date-fns": "^3.6.0",
        "preact": "^10.22.0"
      }
    },
    "node_modules/date-fns": {
      "version": "3.6.0",
      "resolved": "https://registry.npmjs.org/date-fns/-/date-fns-3.6.0.tgz",
      "integrity": "@@I0@@"
    },
    "node_modules/preact": {
      "version": "10.22.0",
      "resolved": "https://registry.npmjs.org/preact/-/preact-10.22.0.tgz",
      "integrity": "@@I1@@"
    },
    "node_modules/esbuild": {
      "version": "0.21.5",
      "resolved": "https://registry.npmjs.org/esbuild/-/esbuild-0.21.5.tgz",
      "integrity": "@@I2@@",
      "dev": true
    },
    "node_modules/typescript": {
      "version": "5.4.5",
      "resolved": "https://registry.npmjs.org/typescript/-/typescript-5.4.5.tgz",
      "integrity": "@@I3@@",
      "dev": true
    }
  }
}
""", None, "https://docs.npmjs.com/cli/v10/configuring-npm/package-lock-json", **{f"I{i}": v for i, v in enumerate(_ints)})

add("json/decoy-composer-lock", "tyre-shop/composer.lock", r"""
{
    "_readme": [
        "This file locks the dependencies of your project to a known state",
        "This file is @generated automatically"
    ],
    "content-hash": "@@CH@@",
    "packages": [
        {
            "name": "stripe/stripe-php",
            "version": "v13.18.0",
            "source": {
                "type": "git",
                "url": "https://github.com/stripe/stripe-php.git",
                "reference": "@@R1@@"
            },
            "dist": {
                "type": "zip",
                "url": "https://api.github.com/repos/stripe/stripe-php/zipball/@@R1@@",
                "reference": "@@R1@@",
                "shasum": ""
            },
            "require": {"php": ">=5.6.0"},
            "type": "library"
        },
        {
            "name": "twilio/sdk",
            "version": "8.2.2",
            "source": {
                "type": "git",
                "url": "https://github.com/twilio/twilio-php.git",
                "reference": "@@R2@@"
            },
            "dist": {
                "type": "zip",
                "url": "https://api.github.com/repos/twilio/twilio-php/zipball/@@R2@@",
                "reference": "@@R2@@",
                "shasum": ""
            },
            "type": "library"
        }
    ],
    "platform": {"php": "^8.2"},
    "plugin-api-version": "2.6.0"
}
""", None, "https://getcomposer.org/doc/01-basic-usage.md#commit-your-composer-lock-file-to-version-control",
    CH=hexs(32), R1=hexs(40), R2=hexs(40))

_png = base64.b64encode(bytes([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) + bytes(random.Random(_seed()).getrandbits(8) for _ in range(300))).decode()
add("python/decoy-base64-logo", "invoicing/templates.py", r"""
# Invoice PDF header. The logo is inlined so WeasyPrint does not fetch anything at render time.
LOGO_PNG_DATA_URI = (
    "data:image/png;base64,"
    "@@PNG@@"
)

INVOICE_HEADER = '''
<header>
  <img src="{logo}" alt="Dhillon Motors" height="48">
  <address>Unit 4, Airport Way Trade Park, Luton LU2 9NH<br>VAT GB 284 1937 55</address>
</header>
'''


def header_html() -> str:
    return INVOICE_HEADER.format(logo=LOGO_PNG_DATA_URI)
""", None, "https://www.rfc-editor.org/rfc/rfc2397", PNG=_png)

add("github-actions/decoy-secret-references", ".github/workflows/deploy-booking.yml", r"""
name: Deploy booking API

on:
  push:
    branches: [main]

permissions:
  contents: read
  id-token: write

jobs:
  deploy:
    runs-on: ubuntu-latest
    environment: production
    steps:
      - uses: actions/checkout@v4
      - uses: aws-actions/configure-aws-credentials@v4
        with:
          role-to-assume: arn:aws:iam::418274019335:role/github-deploy-booking
          aws-region: eu-west-2
      - name: Render env
        run: |
          cat > .env.production <<EOF
          STRIPE_SECRET_KEY=${{ secrets.STRIPE_SECRET_KEY }}
          STRIPE_WEBHOOK_SECRET=${{ secrets.STRIPE_WEBHOOK_SECRET }}
          TWILIO_AUTH_TOKEN=${{ secrets.TWILIO_AUTH_TOKEN }}
          DVSA_MOT_API_KEY=${{ secrets.DVSA_MOT_API_KEY }}
          EOF
      - run: ./scripts/deploy.sh
""", None, "https://docs.github.com/en/actions/security-guides/using-secrets-in-github-actions")

add("env/decoy-example-placeholders", "shopflow/.env.example", r"""
# Copy to .env and fill in. Real values: 1Password vault "ShopFlow", item "shopflow .env".
DATABASE_URL=postgres://shopflow:<password>@localhost:5432/shopflow
REDIS_URL=redis://localhost:6379/0

TEKMETRIC_CLIENT_ID=
TEKMETRIC_CLIENT_SECRET=
DVSA_MOT_API_KEY=your-mot-api-key
DVLA_VES_KEY=your-dvla-key
TWILIO_ACCOUNT_SID=ACxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx
TWILIO_AUTH_TOKEN=your_auth_token
STRIPE_SECRET_KEY=sk_test_...
STRIPE_WEBHOOK_SECRET=whsec_...
SENDGRID_API_KEY=SG.xxxxxxxx
""", None, "https://www.twilio.com/docs/usage/secure-credentials")

add("js/decoy-sentry-dsn-analytics", "website/src/observability.js", r"""
import * as Sentry from "@sentry/browser";

// DSNs are designed to be public: they only allow sending events to this project.
Sentry.init({
  dsn: "https://@@PUB@@@o4506318224670720.ingest.de.sentry.io/4506318391852624",
  release: import.meta.env.VITE_RELEASE,
  tracesSampleRate: 0.1,
  environment: "production",
});

window.dataLayer = window.dataLayer || [];
function gtag() { window.dataLayer.push(arguments); }
gtag("js", new Date());
gtag("config", "G-7QX2LM4RPC", { anonymize_ip: true });
""", None, "https://docs.sentry.io/concepts/key-terms/dsn-explainer/", PUB=hexs(32))

add("docker-compose/decoy-env-interpolation", "shopflow/docker-compose.prod.yml", r"""
services:
  api:
    image: ghcr.io/northgate-autos/shopflow-api:${TAG:-latest}
    env_file: .env
    environment:
      DATABASE_URL: postgres://shopflow:${POSTGRES_PASSWORD:?set POSTGRES_PASSWORD}@db:5432/shopflow
      TEKMETRIC_CLIENT_SECRET: ${TEKMETRIC_CLIENT_SECRET}
      DVSA_MOT_API_KEY: ${DVSA_MOT_API_KEY}
    depends_on: [db]

  db:
    image: postgres:16
    environment:
      POSTGRES_USER: shopflow
      POSTGRES_PASSWORD: ${POSTGRES_PASSWORD:?set POSTGRES_PASSWORD}
    volumes:
      - pg:/var/lib/postgresql/data

volumes:
  pg:
""", None, "https://docs.docker.com/compose/how-tos/environment-variables/variable-interpolation/")

add("helm/decoy-existing-secret", "charts/shopflow/values.yaml", r"""
image:
  repository: ghcr.io/northgate-autos/shopflow-api
  tag: ""

postgresql:
  enabled: false
  external:
    host: shop-db-rw.shopflow.svc
    database: shopflow
    username: shopflow
    existingSecret: shop-db
    existingSecretPasswordKey: password

integrations:
  tekmetric:
    existingSecret: tekmetric-oauth   # keys: client-id, client-secret
  dvsa:
    existingSecret: dvsa-mot          # keys: api-key, client-secret
  twilio:
    accountSid: ""                    # set per environment
    existingSecret: twilio            # key: auth-token

env:
  - name: STRIPE_SECRET_KEY
    valueFrom:
      secretKeyRef:
        name: stripe
        key: secret-key
""", None, "https://helm.sh/docs/chart_best_practices/values/")

add("k8s/decoy-external-secret", "k8s/overlays/prod/external-secrets.yaml", r"""
apiVersion: external-secrets.io/v1beta1
kind: ExternalSecret
metadata:
  name: dvsa-mot
  namespace: shopflow
spec:
  refreshInterval: 1h
  secretStoreRef:
    kind: ClusterSecretStore
    name: aws-secrets-manager
  target:
    name: dvsa-mot
    creationPolicy: Owner
  data:
    - secretKey: api-key
      remoteRef:
        key: prod/shopflow/dvsa-mot
        property: api_key
    - secretKey: client-secret
      remoteRef:
        key: prod/shopflow/dvsa-mot
        property: client_secret
""", None, "https://external-secrets.io/latest/api/externalsecret/")

add("k8s/decoy-sealed-secret", "k8s/overlays/prod/sealed-twilio.yaml", r"""
apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata:
  name: twilio
  namespace: shopflow
spec:
  encryptedData:
    auth-token: Ag@@C1@@
    api-secret: Ag@@C2@@
  template:
    metadata:
      name: twilio
      namespace: shopflow
    type: Opaque
""", None, "https://github.com/bitnami-labs/sealed-secrets#usage", C1=raw_b64(360)[2:], C2=raw_b64(360)[2:])

_vault = "\n".join(hexs(80) for _ in range(9)) + "\n" + hexs(36)
add("ansible/decoy-vault-ciphertext", "ansible/group_vars/branches/vault.yml", r"""
$ANSIBLE_VAULT;1.1;AES256
@@V@@
""", None, "https://docs.ansible.com/ansible/latest/vault_guide/vault_encrypting_content.html", V=_vault)

add("sops/decoy-encrypted-yaml", "secrets/prod/payments.enc.yaml", r"""
stripe:
    secret_key: ENC[AES256_GCM,data:@@D1@@,iv:@@IV1@@,tag:@@T1@@,type:str]
    webhook_secret: ENC[AES256_GCM,data:@@D2@@,iv:@@IV2@@,tag:@@T2@@,type:str]
sumup:
    api_key: ENC[AES256_GCM,data:@@D3@@,iv:@@IV3@@,tag:@@T3@@,type:str]
sops:
    age:
        - recipient: age1@@AGE@@
          enc: |
            -----BEGIN AGE ENCRYPTED FILE-----
            @@E1@@
            @@E2@@
            -----END AGE ENCRYPTED FILE-----
    lastmodified: "2024-10-11T09:22:41Z"
    mac: ENC[AES256_GCM,data:@@MAC@@,iv:@@IV4@@,tag:@@T4@@,type:str]
    unencrypted_suffix: _unencrypted
    version: 3.9.0
""", None, "https://github.com/getsops/sops#encrypting-using-age",
    D1=raw_b64(81), D2=raw_b64(28), D3=raw_b64(28), MAC=raw_b64(48),
    IV1=raw_b64(32), IV2=raw_b64(32), IV3=raw_b64(32), IV4=raw_b64(32),
    T1=raw_b64(16), T2=raw_b64(16), T3=raw_b64(16), T4=raw_b64(16),
    AGE=chars(58, "qpzry9x8gf2tvdw0s3jn54khce6mua7l"), E1=raw_b64(48), E2=raw_b64(48))

add("dotenvx/decoy-encrypted-env", "booking-app/.env.production", r"""
#/-------------------[DOTENV_PUBLIC_KEY]--------------------/
#/            public-key encryption for .env files          /
#/       [how it works](https://dotenvx.com/encryption)     /
#/----------------------------------------------------------/
DOTENV_PUBLIC_KEY_PRODUCTION="02@@PUB@@"

# .env.production
STRIPE_SECRET_KEY="encrypted:@@E1@@"
TWILIO_AUTH_TOKEN="encrypted:@@E2@@"
DATABASE_URL="encrypted:@@E3@@"
""", None, "https://dotenvx.com/docs/quickstart/encryption",
    PUB=hexs(64), E1=raw_b64(130), E2=raw_b64(97), E3=raw_b64(140))

add("terraform/decoy-random-password", "infra/aws/rds.tf", r"""
resource "random_password" "shopflow_db" {
  length           = 32
  special          = true
  override_special = "-_"
}

resource "aws_db_instance" "shopflow" {
  identifier              = "shopflow-prod"
  engine                  = "postgres"
  engine_version          = "16.3"
  instance_class          = "db.t4g.small"
  allocated_storage       = 50
  db_name                 = "shopflow"
  username                = "shopflow"
  password                = random_password.shopflow_db.result
  backup_retention_period = 14
  skip_final_snapshot     = false
}

resource "aws_secretsmanager_secret" "shopflow_db" {
  name = "prod/shopflow/db"
}

resource "aws_secretsmanager_secret_version" "shopflow_db" {
  secret_id     = aws_secretsmanager_secret.shopflow_db.id
  secret_string = jsonencode({ username = "shopflow", password = random_password.shopflow_db.result })
}
""", None, "https://registry.terraform.io/providers/hashicorp/random/latest/docs/resources/password")

add("terraform/decoy-sensitive-variable", "infra/azure/variables.tf", r"""
variable "location" {
  type    = string
  default = "uksouth"
}

variable "reports_storage_connection_string" {
  description = "Connection string for the diag reports storage account (from Key Vault in CI)"
  type        = string
  sensitive   = true
}

variable "garagehive_client_secret" {
  description = "Entra app secret for the Business Central integration"
  type        = string
  sensitive   = true
  validation {
    condition     = length(var.garagehive_client_secret) >= 30
    error_message = "That does not look like an Entra client secret."
  }
}
""", None, "https://developer.hashicorp.com/terraform/language/values/variables#suppressing-values-in-cli-output")

add("yaml/decoy-spring-placeholders", "parts-service/src/main/resources/application.yml", r"""
spring:
  application:
    name: parts-service
  datasource:
    url: jdbc:postgresql://${DB_HOST:localhost}:5432/parts
    username: ${DB_USER:parts}
    password: ${DB_PASSWORD:}
  jpa:
    open-in-view: false

partstech:
  base-url: https://api.partstech.com
  user: ${PARTSTECH_USER:}
  api-key: ${PARTSTECH_API_KEY:}

tecdoc:
  provider-id: 22741
  api-key: ${TECDOC_API_KEY}

management:
  endpoints:
    web:
      exposure:
        include: health,info
""", None, "https://docs.spring.io/spring-boot/reference/features/external-config.html#features.external-config.files.property-placeholders")

add("csharp/decoy-keyvault-client", "ShopSync/Program.cs", r"""
using Azure.Identity;
using Azure.Security.KeyVault.Secrets;

var builder = WebApplication.CreateBuilder(args);

// Secrets come from Key Vault through the app's managed identity; nothing is stored in config.
var vault = new SecretClient(new Uri("https://kv-northgate-shopsync.vault.azure.net/"), new DefaultAzureCredential());
var tekmetricSecret = (await vault.GetSecretAsync("tekmetric-client-secret")).Value.Value;
var qboSecret = (await vault.GetSecretAsync("quickbooks-client-secret")).Value.Value;

builder.Services.AddSingleton(new TekmetricOptions
{
    ClientId = builder.Configuration["Tekmetric:ClientId"]!,
    ClientSecret = tekmetricSecret,
});
builder.Services.AddSingleton(new QuickbooksOptions { ClientSecret = qboSecret });
builder.Services.AddHostedService<RepairOrderSync>();

var app = builder.Build();
app.MapGet("/healthz", () => Results.Ok("ok"));
app.Run();
""", None, "https://learn.microsoft.com/en-us/dotnet/api/overview/azure/security.keyvault.secrets-readme")

add("json/decoy-keyvault-references", "infra/azure/appsettings.functionapp.json", r"""
[
  {
    "name": "GarageHive__ClientId",
    "value": "0b6e2f3a-91c4-4d7e-8a52-f1e0c9b7d364",
    "slotSetting": false
  },
  {
    "name": "GarageHive__ClientSecret",
    "value": "@Microsoft.KeyVault(SecretUri=https://kv-northgate-int.vault.azure.net/secrets/garagehive-client-secret/)",
    "slotSetting": false
  },
  {
    "name": "ReportsStorage",
    "value": "@Microsoft.KeyVault(VaultName=kv-northgate-int;SecretName=reports-storage-connection)",
    "slotSetting": false
  },
  {
    "name": "WEBSITE_TIME_ZONE",
    "value": "GMT Standard Time",
    "slotSetting": false
  }
]
""", None, "https://learn.microsoft.com/en-us/azure/app-service/app-service-key-vault-references")

add("python/decoy-keyring-lookup", "tools/supplier_portal_login.py", r"""
# Logs in to the wholesaler's trade portal to download the weekly invoice statement.
# The password is kept in Windows Credential Manager (set once with `keyring set tyrewholesale 118204`).
import keyring
import requests

ACCOUNT = "118204"


def session() -> requests.Session:
    password = keyring.get_password("tyrewholesale", ACCOUNT)
    if password is None:
        raise SystemExit("run: keyring set tyrewholesale 118204")
    s = requests.Session()
    r = s.post("https://trade.tyrewholesale.example.co.uk/login",
               data={"account": ACCOUNT, "password": password}, timeout=20)
    r.raise_for_status()
    return s


if __name__ == "__main__":
    s = session()
    pdf = s.get("https://trade.tyrewholesale.example.co.uk/statements/latest.pdf", timeout=60)
    open("statement.pdf", "wb").write(pdf.content)
""", None, "https://pypi.org/project/keyring/")

add("powershell/decoy-secretmanagement", "scripts/Connect-GarageSql.ps1", r"""
# Opens a SQL connection to the garage system using the credential stored in the local
# SecretStore vault (Register-SecretVault -Name GarageVault -ModuleName Microsoft.PowerShell.SecretStore).
param(
    [string]$Server = "WORKSHOP-SRV\GARAGEMASTER",
    [string]$Database = "GM_Live"
)

Import-Module Microsoft.PowerShell.SecretManagement
$cred = Get-Secret -Name "gm-reporting" -Vault GarageVault

$builder = New-Object System.Data.SqlClient.SqlConnectionStringBuilder
$builder["Data Source"] = $Server
$builder["Initial Catalog"] = $Database
$builder["User ID"] = $cred.UserName
$builder["Password"] = $cred.GetNetworkCredential().Password

$conn = New-Object System.Data.SqlClient.SqlConnection $builder.ConnectionString
$conn.Open()
Write-Host "Connected to $Database on $Server as $($cred.UserName)"
$conn
""", None, "https://learn.microsoft.com/en-us/powershell/utility-modules/secretmanagement/overview")

add("shell/decoy-op-read", "scripts/fetch_price_file.sh", r"""
#!/usr/bin/env bash
# Downloads the wholesaler price file. Credentials come from 1Password via a service account.
set -euo pipefail

export OP_SERVICE_ACCOUNT_TOKEN="$(cat /etc/op/service-account-token)"
FEED_USER="$(op read 'op://Suppliers/Tyre wholesale SFTP/username')"
FEED_PASS="$(op read 'op://Suppliers/Tyre wholesale SFTP/password')"

curl -fsS --user "${FEED_USER}:${FEED_PASS}" \
  -o /srv/feeds/tyres.csv \
  "sftp://edi.tyrewholesale.example.co.uk/outbound/stock.csv"

unset FEED_PASS
/opt/feeds/import_tyres.sh /srv/feeds/tyres.csv
""", None, "https://developer.1password.com/docs/cli/reference/commands/read/")

add("markdown/decoy-1password-references", "docs/it/credentials.md", r"""
# Where the credentials live

Nothing in this repo holds a password. Everything is in 1Password, vault **Garage IT**.

| What | 1Password reference |
|------|---------------------|
| Garage system SQL (`gm_app`) | `op://Garage IT/GarageMaster SQL/password` |
| DVSA MOT history API key | `op://Garage IT/DVSA MOT API/credential` |
| DVLA VES key | `op://Garage IT/DVLA VES/credential` |
| Twilio auth token | `op://Garage IT/Twilio/auth token` |
| Router admin (Telford) | `op://Garage IT/MikroTik TEL/password` |
| AnyDesk unattended | `op://Garage IT/AnyDesk/password` |

Scripts use `op run --env-file=.env.tpl -- <command>`; `.env.tpl` holds these references only.
When a person leaves: rotate everything in the vault they could see, then remove them.
""", None, "https://developer.1password.com/docs/cli/secret-references/")

add("yaml/decoy-vault-agent-template", "deploy/vault-agent/reminders.hcl.tpl.yaml", r"""
# Vault agent renders /opt/reminders/.env from this template (agent config: vault-agent.hcl)
template:
  destination: /opt/reminders/.env
  perms: "0600"
  contents: |
    {{ with secret "kv/data/prod/reminders/twilio" -}}
    TWILIO_ACCOUNT_SID={{ .Data.data.account_sid }}
    TWILIO_AUTH_TOKEN={{ .Data.data.auth_token }}
    {{- end }}
    {{ with secret "database/creds/reminders-ro" -}}
    DATABASE_URL=postgres://{{ .Data.username }}:{{ .Data.password }}@db.internal:5432/shopflow
    {{- end }}
  command: systemctl restart reminders-worker
""", None, "https://developer.hashicorp.com/vault/docs/agent-and-proxy/agent/template")

add("gitlab-ci/decoy-ci-variables", "tyre-hotel-api/.gitlab-ci.yml", r"""
stages: [test, deploy]

test:
  stage: test
  image: node:20
  script:
    - npm ci
    - npm test

deploy:
  stage: deploy
  image: alpine:3.20
  before_script:
    - apk add --no-cache openssh-client
    - eval $(ssh-agent -s)
    - echo "$DEPLOY_SSH_KEY" | tr -d '\r' | ssh-add -
  script:
    - ssh -o StrictHostKeyChecking=accept-new deploy@nas01.workshop.lan "cd /srv/tyre-hotel && docker compose pull && docker compose up -d"
    - >
      curl --fail --header "JOB-TOKEN: $CI_JOB_TOKEN"
      "${CI_API_V4_URL}/projects/${CI_PROJECT_ID}/releases" --data "tag_name=${CI_COMMIT_TAG}"
  rules:
    - if: $CI_COMMIT_TAG
""", None, "https://docs.gitlab.com/ee/ci/variables/")

add("github-actions/decoy-service-container-password", ".github/workflows/test.yml", r"""
name: tests

on: [push, pull_request]

jobs:
  pytest:
    runs-on: ubuntu-latest
    services:
      postgres:
        image: postgres:16
        env:
          POSTGRES_USER: test
          POSTGRES_PASSWORD: test
          POSTGRES_DB: shopflow_test
        ports: ["5432:5432"]
        options: >-
          --health-cmd pg_isready --health-interval 5s --health-timeout 5s --health-retries 10
    env:
      DATABASE_URL: postgres://test:test@localhost:5432/shopflow_test
      DVSA_MOT_API_KEY: dummy
      TWILIO_AUTH_TOKEN: dummy
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-python@v5
        with:
          python-version: "3.12"
      - run: pip install -r requirements-dev.txt
      - run: pytest -q
""", None, "https://docs.github.com/en/actions/use-cases-and-examples/using-containerized-services/creating-postgresql-service-containers")

add("python/decoy-fake-tokens-in-tests", "reminders/tests/test_twilio_sender.py", r"""
from unittest import mock

import pytest

from reminders.sender import TwilioSender

FAKE_SID = "AC00000000000000000000000000000000"
FAKE_TOKEN = "not-a-real-token"


@pytest.fixture
def sender():
    with mock.patch("reminders.sender.Client") as client_cls:
        yield TwilioSender(FAKE_SID, FAKE_TOKEN), client_cls.return_value


def test_sends_from_alphanumeric_sender(sender):
    s, client = sender
    s.send("+447700900123", "MOT due soon")
    client.messages.create.assert_called_once_with(to="+447700900123", from_="HARTLEYAUTO", body="MOT due soon")


def test_quiet_hours_defers(sender, freezer):
    freezer.move_to("2024-06-01 22:15")
    s, client = sender
    assert s.send("+447700900123", "ready") is None
    client.messages.create.assert_not_called()
""", None, "https://www.twilio.com/docs/iam/test-credentials")


def _pem_public(label: str, lines: int, head: str, width: int = 64) -> str:
    r = _rng()
    body = head + "".join(r.choice(B64) for _ in range(width * lines - len(head) - 12))
    rows = [body[i:i + width] for i in range(0, len(body), width)]
    return f"-----BEGIN {label}-----\n" + "\n".join(rows) + "==\n" + f"-----END {label}-----"


def _crypt(n: int) -> str:
    return chars(n, "./" + ALNUM)


add("ssh/decoy-authorized-keys", "ansible/roles/base/files/authorized_keys", r"""
# Managed by Ansible (role: base). Public keys only.
ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI@@E1@@ ben@hartley-laptop
ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI@@E2@@ priya@it-desktop
ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABgQ@@R1@@ garagemaster-support@vendor
from="10.99.0.0/24",no-agent-forwarding ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI@@E3@@ backup@nas01
""", None, "https://man.openbsd.org/sshd.8#AUTHORIZED_KEYS_FILE_FORMAT",
    E1=chars(43, B64), E2=chars(43, B64), E3=chars(43, B64), R1=chars(520, B64))

add("pem/decoy-certificate-chain", "deploy/certs/tyrewholesale-edi-ca.pem", r"""
# CA chain the wholesaler's EDI endpoint presents (pinned by the order client).
# subject=C=GB, O=Tyre Wholesale Example Ltd, CN=Tyre Wholesale EDI Issuing CA
@@C1@@
# subject=C=GB, O=Tyre Wholesale Example Ltd, CN=Tyre Wholesale Root CA
@@C2@@
""", None, "https://www.rfc-editor.org/rfc/rfc7468#section-5",
    C1=_pem_public("CERTIFICATE", 18, "MIIFazCCA1OgAwIBAgIU"), C2=_pem_public("CERTIFICATE", 14, "MIIEkjCCA3qgAwIBAgIQ"))

add("pgp/decoy-public-key-block", "edi/keys/tyrewholesale-orders-public.asc", r"""
@@K@@
""", None, "https://www.rfc-editor.org/rfc/rfc4880#section-6.2",
    K=_pem_public("PGP PUBLIC KEY BLOCK", 14, "\nmQINBGYp", 64).replace("==\n-----END", "\n=q7Xz\n-----END").replace(
        "-----BEGIN PGP PUBLIC KEY BLOCK-----\n",
        "-----BEGIN PGP PUBLIC KEY BLOCK-----\n"
        "Comment: Tyre Wholesale EDI orders <edi-orders@tyrewholesale.example.co.uk>\n"
        "Comment: 7A3F 19C2 0B84 E6D1 5F02  9C7E 4A1B 88D3 E2F6 0C95\n"))

add("cisco/decoy-hashed-secrets", "network/tel-sw01-running-config.txt", r"""
!
version 15.2
service password-encryption
!
hostname TEL-SW01
!
enable secret 9 $9$@@S1@@$@@H1@@
!
username netadmin privilege 15 secret 9 $9$@@S2@@$@@H2@@
username readonly privilege 1 secret 5 $1$@@S3@@$@@H3@@
!
ip domain name workshop.lan
crypto key generate rsa modulus 2048
ip ssh version 2
!
interface Vlan10
 ip address 192.168.10.2 255.255.255.0
!
line vty 0 4
 login local
 transport input ssh
!
end
""", None, "https://www.cisco.com/c/en/us/support/docs/security-vpn/remote-authentication-dial-user-service-radius/107614-64.html",
    S1=_crypt(14), H1=_crypt(43), S2=_crypt(14), H2=_crypt(43), S3=_crypt(4), H3=_crypt(22))

add("mikrotik/decoy-export-hide-sensitive", "network/crw-router-export.rsc", r"""
# 2024-09-18 16:40:02 by RouterOS 7.15.3
# software id = 3RTL-8QZE
#
# model = C53UiG+5HPaxD2HPaxD
/interface bridge
add admin-mac=DC:2C:6E:4A:91:0F auto-mac=no comment=defconf name=bridge
/interface wifi security
add authentication-types=wpa2-psk,wpa3-psk name=sec-workshop
/interface wifi
set [ find default-name=wifi2 ] channel.band=2ghz-ax configuration.mode=ap .ssid=Workshop-Bays security=sec-workshop
/ip pool
add name=dhcp ranges=192.168.40.100-192.168.40.200
/ip address
add address=192.168.40.1/24 comment=defconf interface=bridge network=192.168.40.0
/system identity
set name=CRW-RTR01
# exported with the default "hide-sensitive": passphrases and keys are not in this file
""", None, "https://help.mikrotik.com/docs/display/ROS/Configuration+Management#ConfigurationManagement-Configurationexport")

add("sql/decoy-bcrypt-seed", "booking-api/db/seeds/002_staff_users.sql", r"""
-- Staff accounts for the booking admin. Hashes only (bcrypt, cost 12); everyone sets
-- their own password through the reset link on first login.
INSERT INTO staff_users (email, display_name, role, password_hash, must_reset) VALUES
  ('ben@hartleytyres.co.uk',    'Ben Hartley',  'owner',   '$2b$12$@@H1@@', true),
  ('sharon@hartleytyres.co.uk', 'Sharon Platt', 'accounts', '$2b$12$@@H2@@', true),
  ('bay1@hartleytyres.co.uk',   'Bay 1 tablet', 'technician', '$2b$12$@@H3@@', true),
  ('frontdesk@hartleytyres.co.uk', 'Front desk', 'advisor', '$2b$12$@@H4@@', true)
ON CONFLICT (email) DO NOTHING;
""", None, "https://en.wikipedia.org/wiki/Bcrypt",
    H1=_crypt(53), H2=_crypt(53), H3=_crypt(53), H4=_crypt(53))

add("json/decoy-django-fixture-hashes", "garageportal/fixtures/demo_users.json", r"""
[
  {
    "model": "auth.user",
    "pk": 1,
    "fields": {
      "username": "demo.fleetmanager",
      "email": "fleet.demo@example.com",
      "password": "pbkdf2_sha256$720000$@@S1@@$@@H1@@=",
      "is_staff": false,
      "is_active": true,
      "date_joined": "2024-05-01T09:00:00Z"
    }
  },
  {
    "model": "auth.user",
    "pk": 2,
    "fields": {
      "username": "demo.advisor",
      "email": "advisor.demo@example.com",
      "password": "pbkdf2_sha256$720000$@@S2@@$@@H2@@=",
      "is_staff": true,
      "is_active": true,
      "date_joined": "2024-05-01T09:00:00Z"
    }
  }
]
""", None, "https://docs.djangoproject.com/en/5.0/topics/auth/passwords/#how-django-stores-passwords",
    S1=chars(22), H1=chars(43, B64), S2=chars(22), H2=chars(43, B64))

add("htpasswd/decoy-apr1-hashes", "deploy/nginx/staging.htpasswd", r"""
# staging.hartleytyres.co.uk basic auth (htpasswd -m). Hashes only.
ben:$apr1$@@S1@@$@@H1@@
sharon:$apr1$@@S2@@$@@H2@@
agency:$apr1$@@S3@@$@@H3@@
tekmetric-review:$apr1$@@S4@@$@@H4@@
""", None, "https://httpd.apache.org/docs/2.4/misc/password_encryptions.html",
    S1=_crypt(8), H1=_crypt(22), S2=_crypt(8), H2=_crypt(22), S3=_crypt(8), H3=_crypt(22), S4=_crypt(8), H4=_crypt(22))

add("pgbouncer/decoy-scram-userlist", "deploy/pgbouncer/userlist.txt", r"""
;; pgbouncer auth_file - SCRAM verifiers copied from pg_authid, not passwords
"shopflow" "SCRAM-SHA-256$4096:@@S1@@$@@K1@@:@@V1@@"
"analyst" "SCRAM-SHA-256$4096:@@S2@@$@@K2@@:@@V2@@"
"reporting_ro" "SCRAM-SHA-256$4096:@@S3@@$@@K3@@:@@V3@@"
"pgbouncer_stats" "SCRAM-SHA-256$4096:@@S4@@$@@K4@@:@@V4@@"
"reminders" "SCRAM-SHA-256$4096:@@S5@@$@@K5@@:@@V5@@"
""", None, "https://www.pgbouncer.org/config.html#authentication-file-format",
    **{f"{p}{i}": raw_b64(16 if p == "S" else 32) for i in range(1, 6) for p in "SKV"})

add("dockerfile/decoy-image-digests", "services/sms-gateway/Dockerfile", r"""
# syntax=docker/dockerfile:1.7
FROM node:20.15.1-bookworm-slim@sha256:@@D1@@ AS build
WORKDIR /src
COPY package.json package-lock.json ./
RUN npm ci
COPY . .
RUN npm run build

FROM gcr.io/distroless/nodejs20-debian12@sha256:@@D2@@
WORKDIR /app
COPY --from=build /src/dist ./dist
COPY --from=build /src/node_modules ./node_modules
ENV NODE_ENV=production
USER nonroot
CMD ["dist/server.js"]
""", None, "https://docs.docker.com/reference/dockerfile/#from", D1=hexs(64), D2=hexs(64))

add("go-sum/decoy-checksums", "cmd/reminderd/go.sum", r"""
github.com/google/uuid v1.6.0 h1:@@H1@@=
github.com/google/uuid v1.6.0/go.mod h1:@@H2@@=
github.com/jackc/pgx/v5 v5.6.0 h1:@@H3@@=
github.com/jackc/pgx/v5 v5.6.0/go.mod h1:@@H4@@=
github.com/stripe/stripe-go/v76 v76.25.0 h1:@@H5@@=
github.com/stripe/stripe-go/v76 v76.25.0/go.mod h1:@@H6@@=
golang.org/x/crypto v0.24.0 h1:@@H7@@=
golang.org/x/crypto v0.24.0/go.mod h1:@@H8@@=
""", None, "https://go.dev/ref/mod#go-sum-files", **{f"H{i}": chars(43, B64) for i in range(1, 9)})

add("json/decoy-firmware-manifest", "diag-updates/manifest-2024-10.json", r"""
{
  "generated": "2024-10-07T06:00:00Z",
  "note": "Update bundles mirrored to the NAS for the diag PCs (no internet in the bays)",
  "packages": [
    {"tool": "Autel MaxiSys Ultra", "package": "VW_V32.40", "size": 1832441856,
     "sha256": "@@A1@@"},
    {"tool": "Autel MaxiSys Ultra", "package": "BMW_V29.10", "size": 2210983936,
     "sha256": "@@A2@@"},
    {"tool": "Bosch KTS 560", "package": "ESI2024-3", "size": 9843521024,
     "sha256": "@@A3@@"},
    {"tool": "Bartec TECH600", "package": "TPMS-DB-v74", "size": 48211968,
     "md5": "@@M1@@", "sha256": "@@A4@@"}
  ]
}
""", None, "https://www.rfc-editor.org/rfc/rfc6234", A1=hexs(64), A2=hexs(64), A3=hexs(64), A4=hexs(64), M1=hexs(32))

add("text/decoy-sha256sums", "diag-updates/SHA256SUMS", r"""
@@H1@@  MaxiSys_VW_V32.40.zip
@@H2@@  MaxiSys_BMW_V29.10.zip
@@H3@@  MaxiSys_MB_V30.85.zip
@@H4@@  ESI2024-3_DVD1.iso
@@H5@@  ESI2024-3_DVD2.iso
@@H6@@  Bartec_TPMS_DB_v74.bin
""", None, "https://man7.org/linux/man-pages/man1/sha256sum.1.html", **{f"H{i}": hexs(64) for i in range(1, 7)})

add("yaml/decoy-pre-commit-revs", ".pre-commit-config.yaml", r"""
repos:
  - repo: https://github.com/pre-commit/pre-commit-hooks
    rev: v4.6.0
    hooks:
      - id: trailing-whitespace
      - id: end-of-file-fixer
      - id: check-yaml
      - id: detect-private-key
  - repo: https://github.com/astral-sh/ruff-pre-commit
    rev: @@R1@@  # frozen: v0.5.1
    hooks:
      - id: ruff
      - id: ruff-format
  - repo: https://github.com/northgate-autos/shop-hooks
    rev: @@R2@@  # frozen: v1.3.0
    hooks:
      - id: no-vrm-in-logs
""", None, "https://pre-commit.com/#pre-commit-autoupdate", R1=hexs(40), R2=hexs(40))

add("markdown/decoy-changelog-hashes", "jobboard/CHANGELOG.md", r"""
# Changelog

## 2.8.0 (2024-10-03)
- Parts delay alert to #workshop after 2 hours ([@@C1@@](https://github.com/northgate-autos/jobboard/commit/@@L1@@))
- Bay view shows the tyre hotel rack position when wheels are in storage (@@C2@@)
- Fix: MOT bay double-booking when a slot is moved by drag and drop (@@C3@@)

## 2.7.1 (2024-09-12)
- Fix: "ready for collection" SMS sent twice after a re-open (@@C4@@)

## 2.7.0 (2024-08-29)
- DVSA MOT history panel on the job card, cached 12h ([@@C5@@](https://github.com/northgate-autos/jobboard/commit/@@L5@@))
- Build: images pinned by digest
""", None, "https://keepachangelog.com/en/1.1.0/",
    **{k: v for i in range(1, 6) for k, v in ((f"L{i}", hexs(40)),)},
    **{f"C{i}": hexs(7) for i in range(1, 6)})

add("log/decoy-masked-tokens", "docs/support/2024-10-14-sms-gateway.log", r"""
2024-10-14T08:30:00.112Z INFO  sms-gateway starting version=1.12.0 provider=twilio account=AC4f...91 token=**** (set)
2024-10-14T08:30:00.240Z INFO  http listening addr=:8085
2024-10-14T08:31:12.804Z INFO  send to=+44770090**** template=vehicle_ready job=J-20931 sid=SM@@M1@@
2024-10-14T08:31:13.551Z INFO  status sid=SM@@M1@@ status=delivered
2024-10-14T08:44:02.009Z WARN  send to=+44770090**** template=mot_due job=- error="21610 unsubscribed recipient"
2024-10-14T08:44:02.010Z DEBUG request headers={"Authorization":"Basic [REDACTED]","User-Agent":"twilio-node/5.2.1"}
2024-10-14T09:02:45.377Z INFO  send to=+44790000**** template=vehicle_ready job=J-20937 sid=SM@@M2@@
2024-10-14T09:02:46.120Z INFO  status sid=SM@@M2@@ status=delivered
""", None, "https://www.twilio.com/docs/glossary/what-is-a-sid", M1=hexs(32), M2=hexs(32))

add("json/decoy-nuget-lock", "GarageDesk/packages.lock.json", r"""
{
  "version": 1,
  "dependencies": {
    "net8.0-windows7.0": {
      "Azure.Identity": {
        "type": "Direct",
        "requested": "[1.12.0, )",
        "resolved": "1.12.0",
        "contentHash": "@@H1@@"
      },
      "Azure.Security.KeyVault.Secrets": {
        "type": "Direct",
        "requested": "[4.6.0, )",
        "resolved": "4.6.0",
        "contentHash": "@@H2@@"
      },
      "Square": {
        "type": "Direct",
        "requested": "[38.0.0, )",
        "resolved": "38.0.0",
        "contentHash": "@@H3@@"
      }
    }
  }
}
""", None, "https://learn.microsoft.com/en-us/nuget/consume-packages/package-references-in-project-files#locking-dependencies",
    H1=raw_b64(64), H2=raw_b64(64), H3=raw_b64(64))

add("ini/decoy-odbc-trusted-connection", "it/branch-pc/GarageMaster.dsn", r"""
[ODBC]
DRIVER=ODBC Driver 18 for SQL Server
SERVER=WORKSHOP-SRV\GARAGEMASTER
DATABASE=GM_Live
Trusted_Connection=Yes
Encrypt=Yes
TrustServerCertificate=Yes
APP=Excel job reports
WSID=TEL-RECEPTION-01
""", None, "https://learn.microsoft.com/en-us/sql/connect/odbc/dsn-connection-string-attribute")

add("k8s-secret/decoy-placeholder-values", "k8s/base/twilio-secret.yaml", r"""
# Placeholder only: the real values are patched in by the sealed secret in overlays/prod.
apiVersion: v1
kind: Secret
metadata:
  name: twilio
  namespace: shopflow
type: Opaque
data:
  account-sid: @@P1@@
  auth-token: @@P2@@
""", None, "https://kubernetes.io/docs/concepts/configuration/secret/",
    P1=b64("REPLACE_ME"), P2=b64("REPLACE_ME"))

add("shell/decoy-ssh-keygen", "scripts/new_branch_sftp_key.sh", r"""
#!/usr/bin/env bash
# Creates the SFTP key a new branch uses for the wholesaler's EDI drop, prints the PUBLIC key to
# send them, and stores the private key in 1Password (never on disk after this runs).
set -euo pipefail

BRANCH="$1"
TMP="$(mktemp -d)"
trap 'rm -rf "$TMP"' EXIT

ssh-keygen -t ed25519 -N "" -C "edi-${BRANCH}@northgateautos" -f "$TMP/id_ed25519" >/dev/null
op document create "$TMP/id_ed25519" --title "EDI SFTP key (${BRANCH})" --vault "Suppliers" >/dev/null

echo "Send this public key to edi-support@tyrewholesale.example.co.uk:"
cat "$TMP/id_ed25519.pub"
""", None, "https://man.openbsd.org/ssh-keygen.1")

add("python/decoy-password-generator", "garageportal/accounts/temp_passwords.py", r"""
import secrets
import string

# No 0/O, 1/l/I: these get read out over the phone to fleet managers.
ALPHABET = "".join(c for c in string.ascii_letters + string.digits if c not in "0O1lI")
WORDS_FILE = "/usr/share/dict/words"


def temporary_password(length: int = 14) -> str:
    while True:
        pw = "".join(secrets.choice(ALPHABET) for _ in range(length))
        if any(c.isdigit() for c in pw) and any(c.isupper() for c in pw):
            return pw


def must_change(user) -> None:
    user.set_password(temporary_password())
    user.profile.must_change_password = True
    user.save()
""", None, "https://docs.python.org/3/library/secrets.html#recipes-and-best-practices")

add("ts/decoy-password-policy", "booking-app/src/auth/passwordPolicy.ts", r"""
export const PASSWORD_MIN_LENGTH = 12;

const COMMON = new Set(["password123", "qwertyuiop12", "letmein12345", "changeme1234"]);

export function checkPassword(password: string, email: string): string[] {
  const problems: string[] = [];
  if (password.length < PASSWORD_MIN_LENGTH) problems.push(`Use at least ${PASSWORD_MIN_LENGTH} characters.`);
  if (!/[A-Z]/.test(password) || !/[a-z]/.test(password)) problems.push("Mix upper and lower case.");
  if (!/\d/.test(password)) problems.push("Add a number.");
  if (COMMON.has(password.toLowerCase())) problems.push("That password is too common.");
  if (email && password.toLowerCase().includes(email.split("@")[0].toLowerCase())) {
    problems.push("Don't use your email address in your password.");
  }
  return problems;
}
""", None, "https://pages.nist.gov/800-63-3/sp800-63b.html#memsecret")

add("markdown/decoy-jwt-io-example", "docs/api/auth.md", r"""
# Booking API authentication

Staff apps get a short-lived JWT from `/auth/token` and send it as `Authorization: Bearer <token>`.

A JWT has three base64url parts: header, payload and signature. The example everyone knows, from
jwt.io (signed with the secret `your-256-bit-secret`):

```
eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c
```

decodes to `{"sub": "1234567890", "name": "John Doe", "iat": 1516239022}`.

Our tokens are ES256, expire after 60 minutes, and carry `branch` and `role` claims.
Never paste a real staff token into a ticket; paste the decoded payload instead.
""", None, "https://jwt.io/introduction")

add("go/decoy-webhook-hmac-verify", "internal/webhooks/shopmonkey.go", r"""
package webhooks

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"io"
	"net/http"
	"os"
)

var secret = []byte(os.Getenv("SHOPMONKEY_WEBHOOK_SECRET"))

// Verify checks the X-Signature header (hex HMAC-SHA256 of the raw body).
func Verify(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		body, err := io.ReadAll(io.LimitReader(r.Body, 1<<20))
		if err != nil || len(secret) == 0 {
			http.Error(w, "bad request", http.StatusBadRequest)
			return
		}
		mac := hmac.New(sha256.New, secret)
		mac.Write(body)
		want := hex.EncodeToString(mac.Sum(nil))
		if !hmac.Equal([]byte(want), []byte(r.Header.Get("X-Signature"))) {
			http.Error(w, "invalid signature", http.StatusUnauthorized)
			return
		}
		next.ServeHTTP(w, withBody(r, body))
	})
}
""", None, "https://pkg.go.dev/crypto/hmac")

add("xml/decoy-android-manifest-ref", "customer-app/android/app/src/main/AndroidManifest.xml", r"""
<?xml version="1.0" encoding="utf-8"?>
<manifest xmlns:android="http://schemas.android.com/apk/res/android">

    <uses-permission android:name="android.permission.INTERNET" />
    <uses-permission android:name="android.permission.ACCESS_FINE_LOCATION" />

    <application
        android:name=".HartleyApp"
        android:label="@string/app_name"
        android:icon="@mipmap/ic_launcher">

        <!-- injected from local.properties / CI secret via manifestPlaceholders -->
        <meta-data
            android:name="com.google.android.geo.API_KEY"
            android:value="${MAPS_API_KEY}" />

        <activity
            android:name=".MainActivity"
            android:exported="true">
            <intent-filter>
                <action android:name="android.intent.action.MAIN" />
                <category android:name="android.intent.category.LAUNCHER" />
            </intent-filter>
        </activity>
    </application>
</manifest>
""", None, "https://developers.google.com/maps/documentation/android-sdk/secrets-gradle-plugin")

add("xml/decoy-wsdl-password-element", "supplier/bond/TyreLinkOrder.xsd", r"""
<?xml version="1.0" encoding="UTF-8"?>
<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema"
           targetNamespace="http://tyrelink.example-wholesale.co.uk/order/v2"
           elementFormDefault="qualified">
  <xs:element name="Credentials">
    <xs:complexType>
      <xs:sequence>
        <xs:element name="AccountNumber" type="xs:string"/>
        <xs:element name="Password" type="xs:string"/>
        <xs:element name="ApiToken" type="xs:string" minOccurs="0"/>
      </xs:sequence>
    </xs:complexType>
  </xs:element>
  <xs:element name="Line">
    <xs:complexType>
      <xs:sequence>
        <xs:element name="StockCode" type="xs:string"/>
        <xs:element name="Quantity" type="xs:positiveInteger"/>
      </xs:sequence>
    </xs:complexType>
  </xs:element>
</xs:schema>
""", None, "https://www.w3.org/TR/xmlschema11-1/")

add("markdown/decoy-aws-docs-example", "docs/it/aws-backups.md", r"""
# Job card archive on S3

The back-office PC syncs scanned job cards and diag reports to `s3://hartley-jobcards-archive`.
It uses an IAM Identity Center profile, not access keys: run `aws sso login --profile archive`
once a week when it asks.

If you ever need static keys (you shouldn't), the file looks like the AWS docs example:

```ini
[archive]
aws_access_key_id = AKIAIOSFODNN7EXAMPLE
aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY
region = eu-west-2
```

Those two values are AWS's published examples and do not work.
""", None, "https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-files.html")

_rows = "\n".join(
    f"2024-10-{d:02d},po_{chars(24)},pi_3{chars(23)},ch_3{chars(23)},cus_{chars(14)},{a},{f},BK-{1000 + d}"
    for d, a, f in [(1, "20.00", "0.50"), (2, "89.50", "1.54"), (3, "20.00", "0.50"), (4, "412.00", "6.38"), (7, "20.00", "0.50")])
add("csv/decoy-stripe-payout-export", "accounts/exports/stripe_payouts_2024-10.csv", r"""
date,payout_id,payment_intent,charge_id,customer_id,amount_gbp,fee_gbp,booking_ref
@@ROWS@@
""", None, "https://docs.stripe.com/api/charges/object", ROWS=_rows)

add("markdown/decoy-pkce-rfc-example", "docs/api/oauth-pkce.md", r"""
# OAuth with PKCE for the customer app

The app signs customers in with the authorization code flow and PKCE (no client secret in the app).

Worked example from RFC 7636, Appendix B:

| Value | |
|-------|-|
| code_verifier | `dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk` |
| code_challenge (S256) | `E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM` |

```
GET /authorize?response_type=code&client_id=hartley-customer-app
    &redirect_uri=uk.co.hartleytyres.app:/callback
    &code_challenge=E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM&code_challenge_method=S256
```

The app makes a fresh verifier for every sign-in; these RFC values are only for unit tests.
""", None, "https://www.rfc-editor.org/rfc/rfc7636#appendix-B")

add("python/decoy-recaptcha-test-keys", "booking/settings/test.py", r"""
from .base import *  # noqa

DEBUG = False
DATABASES["default"]["NAME"] = "booking_test"  # noqa: F405
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]  # fast tests
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"

# Google's published reCAPTCHA v2 test keys: always pass, show a warning banner.
RECAPTCHA_PUBLIC_KEY = "6LeIxAcTAAAAAJcZVRqyHh71UMIEGNQ_MXjiZKhI"
RECAPTCHA_PRIVATE_KEY = "6LeIxAcTAAAAAGG-vFI1TnRWxMZNFuojJ4WifJWe"
SILENCED_SYSTEM_CHECKS = ["django_recaptcha.recaptcha_test_key_error"]

DVSA_MOT_API_KEY = "test"
TWILIO_AUTH_TOKEN = "test"
""", None, "https://developers.google.com/recaptcha/docs/faq#id-like-to-run-automated-tests-with-recaptcha.-what-should-i-do")

add("yaml/decoy-mot-station-config", "config/mot_station.yaml", r"""
# MOT bay set-up for the Telford branch (Vehicle Testing Station). Ids only: the MOT testing
# service login is personal to each tester and uses their own security card.
vts:
  number: V517204
  name: Kwik Fitz Telford
  classes: [4, 7]
  bays:
    - id: MOT-1
      atl: true
      roller_brake_tester: "Crypton CBT-3000 s/n 204771"
      headlamp_aligner: "Boneng BNG-HLT s/n HL2213"
testers:
  - name: G. Evans
    user_id: EVAN0012
    security_card_serial: DVSA-7733-1802
  - name: T. Nowak
    user_id: NOWA0047
    security_card_serial: DVSA-7733-2219
calibration_due:
  rbt: 2025-02-14
  emissions: 2024-12-02
""", None, "https://www.gov.uk/guidance/mot-testing-service-sign-in-and-security-card")

add("csv/decoy-tpms-sensor-ids", "data/tyre_hotel/tpms_sensors.csv", r"""
reg,position,sensor_id_hex,sensor_make,frequency_mhz,tyre_dot,tread_mm,rack
AB12CDE,FL,@@T1@@,Schrader EZ-sensor,433,DOT 4B2X 7YH9 3623,6.1,A14
AB12CDE,FR,@@T2@@,Schrader EZ-sensor,433,DOT 4B2X 7YH9 3623,6.0,A14
AB12CDE,RL,@@T3@@,Schrader EZ-sensor,433,DOT 4B2X 7YH9 1123,5.4,A14
AB12CDE,RR,@@T4@@,Schrader EZ-sensor,433,DOT 4B2X 7YH9 1123,5.5,A14
WD68MNO,FL,@@T5@@,Huf IntelliSens,433,DOT EXJ3 9DFR 4222,7.2,C03
WD68MNO,FR,@@T6@@,Huf IntelliSens,433,DOT EXJ3 9DFR 4222,7.1,C03
""", None, "https://en.wikipedia.org/wiki/Tire-pressure_monitoring_system",
    **{f"T{i}": chars(8, UPPER_HEX) for i in range(1, 7)})

add("xml/decoy-octopus-substitution", "GarageDesk.Web/Web.Release.config", r"""
<?xml version="1.0" encoding="utf-8"?>
<configuration xmlns:xdt="http://schemas.microsoft.com/XML-Document-Transform">
  <connectionStrings>
    <add name="GarageMaster"
         connectionString="Data Source=#{GarageMaster.Sql.Server};Initial Catalog=GM_Live;User ID=#{GarageMaster.Sql.User};Password=#{GarageMaster.Sql.Password};Encrypt=True"
         xdt:Transform="SetAttributes" xdt:Locator="Match(name)" />
  </connectionStrings>
  <appSettings>
    <add key="Dojo.ApiKey" value="#{Dojo.ApiKey}" xdt:Transform="SetAttributes" xdt:Locator="Match(key)" />
    <add key="Esendex.Password" value="#{Esendex.Password}" xdt:Transform="SetAttributes" xdt:Locator="Match(key)" />
  </appSettings>
  <system.web>
    <compilation xdt:Transform="RemoveAttributes(debug)" />
  </system.web>
</configuration>
""", None, "https://octopus.com/docs/projects/steps/configuration-features/substitute-variables-in-templates")

add("php/decoy-laravel-config-env", "booking-laravel/config/database.php", r"""
<?php

use Illuminate\Support\Str;

return [
    'default' => env('DB_CONNECTION', 'mysql'),

    'connections' => [
        'mysql' => [
            'driver' => 'mysql',
            'host' => env('DB_HOST', '127.0.0.1'),
            'port' => env('DB_PORT', '3306'),
            'database' => env('DB_DATABASE', 'booking'),
            'username' => env('DB_USERNAME', 'booking'),
            'password' => env('DB_PASSWORD', ''),
            'charset' => 'utf8mb4',
            'collation' => 'utf8mb4_unicode_ci',
            'strict' => true,
        ],
    ],

    'redis' => [
        'client' => env('REDIS_CLIENT', 'phpredis'),
        'options' => ['prefix' => env('REDIS_PREFIX', Str::slug(env('APP_NAME', 'booking'), '_').'_')],
        'default' => [
            'host' => env('REDIS_HOST', '127.0.0.1'),
            'password' => env('REDIS_PASSWORD'),
            'port' => env('REDIS_PORT', '6379'),
        ],
    ],
];
""", None, "https://laravel.com/docs/11.x/database#configuration")

add("ini/decoy-keepass-pointer", "it/branch-pc/price_import.ini", r"""
; Price import for the wholesaler files (runs on the back-office PC)
[feed]
host = edi.tyrewholesale.example.co.uk
port = 22
account = 118204
; password: not stored here - the import tool prompts once and keeps it in Windows Credential Manager
credential_target = PriceImport/tyrewholesale
remote_dir = /outbound
pattern = stock_*.csv

[import]
markup_percent = 32
round_to = 0.99
min_stock = 2
""", None, "https://learn.microsoft.com/en-us/windows/win32/secauthn/credential-manager")

# ---------------------------------------------------------------------------------------------
# A few more secrets: supplier feeds, database roles, the Wi-Fi controller, CI registry login.
# ---------------------------------------------------------------------------------------------

_s = pw_gen(18, "!#%*-_")
add("toml/supplier-sftp-password", "tyre-feed/config.toml", r"""
# tyre-feed: pulls wholesaler stock files and pushes them to WooCommerce + the garage system
log_level = "info"
schedule = "*/20 5-19 * * *"

[supplier.tyrewholesale]
host = "edi.tyrewholesale.example.co.uk"
port = 22
username = "hartley118204"
password = "@@S@@"
remote_dir = "/outbound"
pattern = "stock_*.csv"

[supplier.partsfeed]
host = "ftp.partsfeed.example.com"
username = "anonymous"
key_file = "/etc/tyre-feed/partsfeed_ed25519"

[woocommerce]
url = "https://www.brooktyres.co.uk"
credentials_env = "WC_CONSUMER"
""", _s, "https://toml.io/en/v1.0.0", S=_s)

_s = pw_gen(22, "-_")
add("sql/postgres-role-password", "db/roles/010_reminders_role.sql", r"""
-- Role for the reminders worker: reads customers/vehicles, writes the sms_log only.
CREATE ROLE reminders LOGIN PASSWORD '@@S@@' CONNECTION LIMIT 5;
GRANT CONNECT ON DATABASE shopflow TO reminders;
GRANT USAGE ON SCHEMA public TO reminders;
GRANT SELECT ON customers, vehicles, mot_due_v TO reminders;
GRANT INSERT ON sms_log TO reminders;
GRANT USAGE ON SEQUENCE sms_log_id_seq TO reminders;
ALTER ROLE reminders SET statement_timeout = '30s';
""", _s, "https://www.postgresql.org/docs/current/sql-createrole.html", S=_s)

_s = pw_words()
add("ansible/unifi-controller-password", "ansible/group_vars/all/unifi.yml", r"""
---
# UniFi controller on NAS01 (access points in the workshop, reception and tyre store)
unifi_controller_url: https://nas01.workshop.lan:8443
unifi_site: default
unifi_admin_user: garageadmin
unifi_admin_password: "@@S@@"
unifi_ssids:
  - name: Workshop-Bays
    vlan: 20
  - name: Customer-WiFi
    vlan: 50
    guest: true
unifi_backup_dir: /volume1/backups/unifi
""", _s, "https://docs.ansible.com/ansible/latest/playbook_guide/playbooks_variables.html", S=_s)

_s = pw_gen(20, "!#%*-_")
add("github-actions/registry-login-password", ".github/workflows/build-jobboard.yml", r"""
name: Build job board image

on:
  push:
    tags: ["v*"]

jobs:
  image:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - name: Log in to the office registry
        run: echo '@@S@@' | docker login registry.northgateautos.co.uk -u ci-builder --password-stdin
      - name: Build and push
        run: |
          docker build -t registry.northgateautos.co.uk/jobboard:${GITHUB_REF_NAME} .
          docker push registry.northgateautos.co.uk/jobboard:${GITHUB_REF_NAME}
""", _s, "https://docs.docker.com/reference/cli/docker/login/#password-stdin", S=_s)

assert len({case.file_name for case in CASES}) == len(CASES)
