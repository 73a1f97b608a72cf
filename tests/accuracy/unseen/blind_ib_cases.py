"""Blind set IB: skip hire and waste-collection firms.

Booking sites and driver apps, route and weighbridge software, vehicle telematics, bin-lift and
ANPR devices, payments and direct debit, accounting exports, SMS and email notifications, their
CI, containers and infrastructure, runbooks and exports, and their decoys.
Generated fakes only (seeds 3330000-3339999).
"""
from __future__ import annotations

import base64
import json
import random
import string
from typing import List, Optional

from tests import fakes
from tests.accuracy.labelled import LabelledCase

SEED_LO, SEED_HI = 3330000, 3339999
ALNUM = string.ascii_letters + string.digits
HEX = "0123456789abcdef"
UPPER_DIG = string.ascii_uppercase + string.digits
_SEED = [SEED_LO]


def _seed() -> int:
    _SEED[0] += 7
    assert _SEED[0] <= SEED_HI
    return _SEED[0]


def _rng() -> random.Random:
    return random.Random(_seed())


WORDS = ["Skip", "Hopper", "Tipper", "Gravel", "Rubble", "Compost", "Barrow", "Crusher", "Baler", "Wagon",
         "Landfill", "Depot", "Transfer", "Shovel", "Chassis", "Hookloader", "Ramp", "Mulch", "Timber", "Cinder"]
LOWER = ["bramble", "granite", "tarmac", "hedgerow", "cobble", "sawdust", "clinker", "mortar", "flint",
         "thatch", "gantry", "winch", "pallet", "culvert", "kerbstone", "ballast"]


def words_pw() -> str:
    r = _rng()
    return r.choice(WORDS) + r.choice("!#$%@*") + r.choice(WORDS) + str(r.randint(10, 9999))


def rand_pw(n: int = 20, extra: str = "") -> str:
    r = _rng()
    while True:
        value = "".join(r.choice(ALNUM + extra) for _ in range(n))
        if any(c.isdigit() for c in value) and any(c.isupper() for c in value) and any(c.islower() for c in value):
            return value


def passphrase() -> str:
    r = _rng()
    return "-".join(r.sample(LOWER, 4)) + str(r.randint(1, 99))


def hexs(n: int) -> str:
    r = _rng()
    return "".join(r.choice(HEX) for _ in range(n))


def alnum(n: int, alphabet: str = ALNUM) -> str:
    return fakes.drawn_mixed(_seed(), n, alphabet)


def uuid_s() -> str:
    return fakes.uuid4(_seed())


def b64(s: str) -> str:
    return base64.b64encode(s.encode()).decode()


def b64url(s: str) -> str:
    return base64.urlsafe_b64encode(s.encode()).decode().rstrip("=")


def stripe_key(kind: str = "sk_live_") -> str:
    return fakes.fake(kind, 99 if kind.startswith("rk") else 24, _seed())


def gocardless_token() -> str:
    return "live_" + alnum(40, ALNUM + "-_")


def twilio_sid() -> str:
    return "AC" + hexs(32)


def sendgrid_key() -> str:
    return fakes.fake("SG.", 22, _seed()) + fakes.fake(".", 43, _seed())


def mailgun_key() -> str:
    return "key-" + hexs(32)


def slack_bot() -> str:
    r = _rng()
    return f"xoxb-{r.randint(10**10, 10**11)}-{r.randint(10**12, 10**13)}-" + "".join(r.choice(ALNUM) for _ in range(24))


def slack_webhook() -> str:
    return ("https://hooks.slack.com/services/T" + alnum(8, UPPER_DIG) + "/B" + alnum(10, UPPER_DIG) + "/"
            + alnum(24))


def square_token() -> str:
    return fakes.fake("EAAAE", 59, _seed())


def mapbox_token(kind: str = "sk") -> str:
    payload = json.dumps({"u": "greenline-skips", "a": "cl" + alnum(23, string.ascii_lowercase + string.digits)},
                         separators=(",", ":"))
    return f"{kind}.{b64url(payload)}.{alnum(22, ALNUM + '-_')}"


def google_api_key() -> str:
    return "AIza" + alnum(35, ALNUM + "-_")


def azure_secret() -> str:
    return alnum(3) + "8Q~" + alnum(34, ALNUM + "_.-~")


def samsara_token() -> str:
    return "samsara_api_" + alnum(30)


def datadog_key() -> str:
    return hexs(32)


def jwt_like(sub: str) -> str:
    head = b64url('{"alg":"HS256","typ":"JWT"}')
    body = b64url(json.dumps({"sub": sub, "iat": 1767225600 + _rng().randint(0, 10**6)}, separators=(",", ":")))
    return f"{head}.{body}.{alnum(43, ALNUM + '-_')}"


def pem() -> str:
    return fakes.fake_pem(_seed())


def cert_pem() -> str:
    r = _rng()
    body = "\n".join("".join(r.choice(ALNUM + "+/") for _ in range(64)) for _ in range(5))
    return f"-----BEGIN CERTIFICATE-----\n{body}\n-----END CERTIFICATE-----"


def indent(block: str, spaces: int) -> str:
    pad = " " * spaces
    return "\n".join(pad + line for line in block.splitlines())


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
    CASES.append(LabelledCase(f"blind-ib/{category}", file_name, text, secret, source))


# ---------------------------------------------------------------- booking sites and payments

add("env/stripe-secret-key", "booking-site/.env.production", "https://docs.stripe.com/keys",
    """
# Greenline Skip Hire - booking site (production)
APP_ENV=production
APP_URL=https://book.greenlineskips.co.uk
DB_HOST=10.20.0.14
DB_DATABASE=skipbook
DB_USERNAME=skipbook_app
DB_PASSWORD=${SKIPBOOK_DB_PASSWORD}
STRIPE_PUBLISHABLE_KEY=@@pk@@
STRIPE_SECRET_KEY=@@secret@@
POSTCODE_LOOKUP_PROVIDER=getaddress
DEFAULT_HIRE_DAYS=14
""", stripe_key(), pk=stripe_key("pk_live_"))

add("env/decoy-env-reference", "booking-site/.env.example", "https://docs.stripe.com/keys",
    """
APP_ENV=local
APP_URL=http://localhost:8000
DB_HOST=127.0.0.1
DB_DATABASE=skipbook
DB_USERNAME=skipbook
DB_PASSWORD=
STRIPE_PUBLISHABLE_KEY=pk_test_xxxxxxxxxxxxxxxxxxxxxxxx
STRIPE_SECRET_KEY=sk_test_xxxxxxxxxxxxxxxxxxxxxxxx
STRIPE_WEBHOOK_SECRET=whsec_...
GETADDRESS_API_KEY=<your getAddress.io key>
""")

add("python/stripe-webhook-secret", "skipbook/payments/webhooks.py", "https://docs.stripe.com/webhooks#verify-events",
    """
import stripe
from django.http import HttpResponse
from django.views.decorators.csrf import csrf_exempt

from skipbook.bookings.models import Booking

ENDPOINT_SECRET = "@@secret@@"


@csrf_exempt
def stripe_webhook(request):
    payload = request.body
    sig_header = request.META.get("HTTP_STRIPE_SIGNATURE")
    try:
        event = stripe.Webhook.construct_event(payload, sig_header, ENDPOINT_SECRET)
    except (ValueError, stripe.error.SignatureVerificationError):
        return HttpResponse(status=400)
    if event["type"] == "checkout.session.completed":
        session = event["data"]["object"]
        Booking.objects.filter(checkout_id=session["id"]).update(status="paid")
    return HttpResponse(status=200)
""", "whsec_" + alnum(32))

add("php/stripe-restricted-key", "wp-content/plugins/skip-booker/includes/class-skip-payments.php",
    "https://docs.stripe.com/keys#limit-access",
    """
<?php
if ( ! defined( 'ABSPATH' ) ) {
    exit;
}

class Skip_Payments {
    const STRIPE_KEY = '@@secret@@';

    public function create_intent( $booking ) {
        $stripe = new \\Stripe\\StripeClient( self::STRIPE_KEY );
        return $stripe->paymentIntents->create( [
            'amount'   => intval( $booking->total_pence ),
            'currency' => 'gbp',
            'metadata' => [ 'skip_size' => $booking->skip_size, 'postcode' => $booking->postcode ],
        ] );
    }
}
""", stripe_key("rk_live_"))

add("typescript/decoy-publishable-key", "web/src/lib/stripe.ts", "https://docs.stripe.com/js/initializing",
    """
import { loadStripe } from '@stripe/stripe-js';

// Publishable key: safe to ship in the browser bundle.
const STRIPE_PK = '@@pk@@';

export const stripePromise = loadStripe(STRIPE_PK);

export function formatSkipPrice(pence: number): string {
  return new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'GBP' }).format(pence / 100);
}
""", pk=stripe_key("pk_live_"))

add("python/gocardless-access-token", "billing/direct_debit.py", "https://developer.gocardless.com/getting-started/api/making-your-first-request",
    """
\"\"\"Monthly trade-waste collections are collected by GoCardless direct debit.\"\"\"
import gocardless_pro

client = gocardless_pro.Client(
    access_token="@@secret@@",
    environment="live",
)


def collect_monthly(customer_mandate: str, amount_pence: int, period: str) -> str:
    payment = client.payments.create(params={
        "amount": amount_pence,
        "currency": "GBP",
        "links": {"mandate": customer_mandate},
        "metadata": {"period": period, "service": "trade-waste"},
    })
    return payment.id
""", gocardless_token())

add("yaml/decoy-vault-reference", "deploy/billing/values.yaml", "https://developer.hashicorp.com/vault/docs/platform/k8s/injector/annotations",
    """
replicaCount: 2
image:
  repository: registry.greenlineskips.co.uk/billing
  tag: "2026.11.3"
podAnnotations:
  vault.hashicorp.com/agent-inject: "true"
  vault.hashicorp.com/role: "billing"
  vault.hashicorp.com/agent-inject-secret-gocardless: "secret/data/billing/gocardless"
env:
  GOCARDLESS_ENVIRONMENT: live
  GOCARDLESS_ACCESS_TOKEN_FILE: /vault/secrets/gocardless
  STRIPE_SECRET_KEY_FILE: /vault/secrets/stripe
resources:
  limits:
    memory: 256Mi
""")

add("ruby/square-access-token", "app/services/square_terminal_service.rb", "https://developer.squareup.com/docs/build-basics/access-tokens",
    """
require 'square'

# Card payments at the depot counter (walk-in skip bags and tip fees)
class SquareTerminalService
  ACCESS_TOKEN = '@@secret@@'.freeze
  LOCATION_ID = 'L8K2ZQ7P1XW4R'.freeze

  def initialize
    @client = Square::Client.new(access_token: ACCESS_TOKEN, environment: 'production')
  end

  def checkout(amount_pence, note)
    @client.terminal.create_terminal_checkout(body: {
      idempotency_key: SecureRandom.uuid,
      checkout: { amount_money: { amount: amount_pence, currency: 'GBP' }, device_options: { device_id: ENV['SQUARE_DEVICE_ID'] }, note: note }
    })
  end
end
""", square_token())

add("json/decoy-test-fixture", "tests/fixtures/stripe_checkout_completed.json", "https://docs.stripe.com/api/events/object",
    """
{
  "id": "evt_1QbH7x2eZvKYlo2C0a9d8f7e",
  "object": "event",
  "api_version": "2024-06-20",
  "type": "checkout.session.completed",
  "livemode": false,
  "data": {
    "object": {
      "id": "cs_test_a1B2c3D4e5F6g7H8i9J0kLmNoPqRsTuVwXyZ",
      "object": "checkout.session",
      "amount_total": 28500,
      "currency": "gbp",
      "customer_details": {"email": "test.customer@example.com", "postcode": "LS11 5QR"},
      "metadata": {"skip_size": "8yd", "hire_days": "14"},
      "payment_status": "paid"
    }
  }
}
""")

add("java/worldpay-password", "src/main/java/uk/co/binwise/payments/WorldpayConfig.java", "https://developer.worldpay.com/products/access/authentication",
    """
package uk.co.binwise.payments;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.client.RestTemplate;
import org.springframework.boot.web.client.RestTemplateBuilder;

@Configuration
public class WorldpayConfig {

    private static final String WP_USERNAME = "binwise-prod-7721";
    private static final String WP_PASSWORD = "@@secret@@";

    @Bean
    public RestTemplate worldpayRestTemplate(RestTemplateBuilder builder) {
        return builder
                .rootUri("https://access.worldpay.com")
                .basicAuthentication(WP_USERNAME, WP_PASSWORD)
                .build();
    }
}
""", rand_pw(24))

add("csharp/sumup-api-key", "BinWise.Depot/Payments/SumUpClient.cs", "https://developer.sumup.com/api",
    """
using System.Net.Http;
using System.Net.Http.Headers;

namespace BinWise.Depot.Payments
{
    public class SumUpClient
    {
        private const string ApiKey = "@@secret@@";
        private readonly HttpClient _http;

        public SumUpClient(HttpClient http)
        {
            _http = http;
            _http.BaseAddress = new System.Uri("https://api.sumup.com/v0.1/");
            _http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", ApiKey);
        }

        public Task<HttpResponseMessage> ListTransactionsAsync() =>
            _http.GetAsync("me/transactions/history?limit=50");
    }
}
""", "sup_sk_" + alnum(32))

add("markdown/decoy-redacted", "docs/payments/README.md", "https://docs.stripe.com/keys",
    """
# Payments

Online skip bookings are taken with Stripe Checkout; trade accounts pay monthly by GoCardless.

| Setting | Where it lives |
|---|---|
| Stripe secret key | 1Password vault "Finance", item "Stripe live" (`sk_live_…` redacted) |
| Stripe webhook secret | AWS Secrets Manager `prod/skipbook/stripe-webhook` |
| GoCardless token | AWS Secrets Manager `prod/billing/gocardless` |

Rotating a key: create the new key in the dashboard, update the secret, redeploy, then
roll the old key. Never paste a key into a ticket.
""")

add("toml/decoy-placeholder", "skipbook/config/default.toml", "https://toml.io/en/v1.0.0",
    """
[app]
name = "skipbook"
default_hire_days = 14
max_skip_size_yd = 16

[stripe]
secret_key = "sk_live_REPLACE_ME"
webhook_secret = "whsec_REPLACE_ME"
currency = "gbp"

[permits]
council_api = "https://permits.example-council.gov.uk/api/v2"
""")

add("go/stripe-secret-key", "internal/invoicing/stripe.go", "https://github.com/stripe/stripe-go#usage",
    """
package invoicing

import (
	"github.com/stripe/stripe-go/v79"
	"github.com/stripe/stripe-go/v79/invoice"
)

func init() {
	stripe.Key = "@@secret@@"
}

// FinaliseSkipInvoice finalises the invoice raised when the skip is collected and weighed.
func FinaliseSkipInvoice(id string) (*stripe.Invoice, error) {
	return invoice.FinalizeInvoice(id, &stripe.InvoiceFinalizeInvoiceParams{
		AutoAdvance: stripe.Bool(true),
	})
}
""", stripe_key())

add("kotlin/decoy-publishable-key", "driver-app/app/src/main/java/uk/co/greenline/driver/PaymentsModule.kt", "https://docs.stripe.com/payments/accept-a-payment?platform=android",
    """
package uk.co.greenline.driver

import android.app.Application
import com.stripe.android.PaymentConfiguration

class DriverApp : Application() {
    override fun onCreate() {
        super.onCreate()
        // Drivers take card payment on delivery for cash customers.
        PaymentConfiguration.init(
            applicationContext,
            "@@pk@@"
        )
    }
}
""", pk=stripe_key("pk_live_"))

add("shell/stripe-secret-key", "scripts/refund_cancelled_hire.sh", "https://docs.stripe.com/api/refunds/create",
    """
#!/usr/bin/env bash
# Refund a cancelled skip hire. Usage: ./refund_cancelled_hire.sh pi_XXXX [amount_pence]
set -euo pipefail
PI="$1"
AMOUNT="${2:-}"
ARGS=(-d payment_intent="$PI")
if [[ -n "$AMOUNT" ]]; then ARGS+=(-d amount="$AMOUNT"); fi
curl -sS https://api.stripe.com/v1/refunds \\
  -u @@secret@@: \\
  "${ARGS[@]}" | jq '.id, .status'
""", stripe_key())

# ---------------------------------------------------------------- SMS and email notifications

add("python/twilio-auth-token", "notify/sms.py", "https://www.twilio.com/docs/usage/api",
    """
from twilio.rest import Client

ACCOUNT_SID = "@@sid@@"
AUTH_TOKEN = "@@secret@@"
FROM = "+447700900123"

client = Client(ACCOUNT_SID, AUTH_TOKEN)


def skip_on_the_way(phone: str, driver: str, eta: str) -> None:
    client.messages.create(
        to=phone,
        from_=FROM,
        body=f"Greenline: {driver} is on the way with your skip, ETA {eta}. Reply STOP to opt out.",
    )
""", hexs(32), sid=twilio_sid())

add("yaml/decoy-env-reference", "notify/config/notify.yaml", "https://www.twilio.com/docs/usage/secure-credentials",
    """
sms:
  provider: twilio
  account_sid: ${TWILIO_ACCOUNT_SID}
  auth_token: ${TWILIO_AUTH_TOKEN}
  from: "+447700900123"
  templates:
    delivery_eta: "Greenline: your skip arrives {eta}."
    collection_done: "Greenline: skip collected, weight {tonnes} t."
email:
  provider: sendgrid
  api_key: ${SENDGRID_API_KEY}
  from: bookings@greenlineskips.co.uk
""")

add("php/textlocal-api-key", "app/Services/TextlocalSms.php", "https://api.txtlocal.com/docs/sendsms",
    """
<?php

namespace App\\Services;

use Illuminate\\Support\\Facades\\Http;

class TextlocalSms
{
    private string $apiKey = '@@secret@@';
    private string $sender = 'BINSRUS';

    public function collectionReminder(string $number, string $round, string $day): void
    {
        Http::asForm()->post('https://api.txtlocal.com/send/', [
            'apikey'  => $this->apiKey,
            'numbers' => $number,
            'sender'  => $this->sender,
            'message' => "Your {$round} bin collection is on {$day}. Please put bins out by 7am.",
        ]);
    }
}
""", b64(alnum(30))[:40].rstrip("="))

add("env/sendgrid-api-key", "customer-portal/.env", "https://www.twilio.com/docs/sendgrid/ui/account-and-settings/api-keys",
    """
NODE_ENV=production
PORT=3000
PORTAL_BASE_URL=https://portal.binsrus.co.uk
SENDGRID_API_KEY=@@secret@@
SENDGRID_FROM=no-reply@binsrus.co.uk
SENDGRID_TEMPLATE_MISSED_BIN=d-4f1c9e2a7b8d4c6e9a0b1c2d3e4f5a6b
SESSION_COOKIE_NAME=portal_sid
""", sendgrid_key())

add("javascript/mailgun-api-key", "portal/lib/mailer.js", "https://documentation.mailgun.com/docs/mailgun/sdk/nodejs_sdk/",
    """
const formData = require('form-data');
const Mailgun = require('mailgun.js');

const mailgun = new Mailgun(formData);
const mg = mailgun.client({
  username: 'api',
  key: '@@secret@@',
  url: 'https://api.eu.mailgun.net',
});

async function sendWasteTransferNote(to, pdfBuffer, noteNumber) {
  return mg.messages.create('mg.binsrus.co.uk', {
    from: 'Bins R Us <notes@mg.binsrus.co.uk>',
    to: [to],
    subject: `Waste transfer note ${noteNumber}`,
    text: 'Please find your annual waste transfer note attached.',
    attachment: [{ filename: `${noteNumber}.pdf`, data: pdfBuffer }],
  });
}

module.exports = { sendWasteTransferNote };
""", mailgun_key())

add("ini/smtp-password", "config/mail.ini", "https://docs.python.org/3/library/configparser.html",
    """
[smtp]
host = smtp.office365.com
port = 587
starttls = true
username = invoices@binsrus.co.uk
password = @@secret@@

[invoices]
bcc = accounts@binsrus.co.uk
subject = Your Bins R Us invoice {number}
""", words_pw())

add("json/decoy-config-reference", "BinWise.Notify/appsettings.json", "https://learn.microsoft.com/en-us/aspnet/core/security/app-secrets",
    """
{
  "Logging": { "LogLevel": { "Default": "Information" } },
  "Smtp": {
    "Host": "smtp.sendgrid.net",
    "Port": 587,
    "User": "apikey",
    "Password": "set via dotnet user-secrets (Smtp:Password)"
  },
  "Sms": {
    "Provider": "Esendex",
    "AccountReference": "EX0298431",
    "ApiKeySecretName": "esendex-api-key"
  },
  "KeyVault": { "Uri": "https://binwise-prod-kv.vault.azure.net/" }
}
""")

add("python/esendex-password", "notify/esendex_client.py", "https://developers.esendex.com/api-reference",
    """
import requests

ESENDEX_ACCOUNT = "EX0298431"
ESENDEX_USER = "ops@binwise.co.uk"
ESENDEX_PASSWORD = "@@secret@@"


def send(number: str, body: str) -> None:
    payload = {"accountreference": ESENDEX_ACCOUNT, "messages": [{"to": number, "body": body}]}
    response = requests.post(
        "https://api.esendex.com/v1.0/messagedispatcher",
        json=payload,
        auth=(ESENDEX_USER, ESENDEX_PASSWORD),
        timeout=10,
    )
    response.raise_for_status()
""", rand_pw(16))

add("properties/smtp-password", "src/main/resources/application-prod.properties", "https://docs.spring.io/spring-boot/appendix/application-properties/index.html#appendix.application-properties.mail",
    """
spring.application.name=route-planner
server.port=8080
spring.datasource.url=jdbc:postgresql://pg-prod.internal:5432/routes
spring.datasource.username=routes
spring.datasource.password=${ROUTES_DB_PASSWORD}
spring.mail.host=smtp.gmail.com
spring.mail.port=587
spring.mail.username=routes@binwise.co.uk
spring.mail.password=@@secret@@
spring.mail.properties.mail.smtp.starttls.enable=true
""", "".join(_rng().choice(string.ascii_lowercase) for _ in range(16)))

add("typescript/postmark-server-token", "portal/src/email/postmark.ts", "https://postmarkapp.com/developer/api/overview#authentication",
    """
import { ServerClient } from 'postmark';

const client = new ServerClient('@@secret@@');

export async function sendBookingConfirmation(to: string, ref: string, deliveryDate: string) {
  await client.sendEmailWithTemplate({
    From: 'bookings@tidyskips.com',
    To: to,
    TemplateAlias: 'skip-booking-confirmed',
    TemplateModel: { ref, deliveryDate },
    MessageStream: 'outbound',
  });
}
""", uuid_s())

add("markdown/decoy-example-values", "docs/notifications.md", "https://postmarkapp.com/developer/api/overview#authentication",
    """
# Customer notifications

We send three messages per hire: booking confirmed, skip delivered, skip collected.

Local testing uses Postmark's test token, which accepts the call and sends nothing:

```bash
export POSTMARK_SERVER_TOKEN=POSTMARK_API_TEST
npm run dev
```

Production tokens are in the `portal-prod` secret in Kubernetes; ask ops for access.
SMS goes through Twilio; set `TWILIO_AUTH_TOKEN=your_auth_token_here` locally to use the
console sink instead of real sends.
""")

# ---------------------------------------------------------------- telematics and vehicles

add("python/samsara-api-token", "fleet/samsara_sync.py", "https://developers.samsara.com/docs/authentication",
    """
\"\"\"Pull the lorries' GPS positions from Samsara every minute for the dispatch board.\"\"\"
import requests

SAMSARA_TOKEN = "@@secret@@"
BASE = "https://api.eu.samsara.com"


def vehicle_locations() -> list:
    response = requests.get(
        f"{BASE}/fleet/vehicles/locations",
        headers={"Authorization": f"Bearer {SAMSARA_TOKEN}"},
        timeout=15,
    )
    response.raise_for_status()
    return [
        {"reg": v["name"], "lat": v["location"]["latitude"], "lng": v["location"]["longitude"]}
        for v in response.json()["data"]
    ]
""", samsara_token())

add("json/geotab-password", "fleet/geotab/credentials.json", "https://developers.geotab.com/myGeotab/guides/concepts#authentication",
    """
{
  "server": "my.geotab.com",
  "database": "tidyskips_ltd",
  "userName": "api.dispatch@tidyskips.com",
  "password": "@@secret@@",
  "feeds": ["LogRecord", "StatusData", "ExceptionEvent"],
  "pollSeconds": 60
}
""", words_pw())

add("yaml/decoy-vault-reference", "fleet/geotab/feed-config.yaml", "https://developers.geotab.com/myGeotab/guides/concepts#authentication",
    """
geotab:
  server: my.geotab.com
  database: tidyskips_ltd
  username: api.dispatch@tidyskips.com
  password_secret_arn: arn:aws:secretsmanager:eu-west-2:318204471902:secret:fleet/geotab-api-Jx8QpL
feeds:
  - LogRecord
  - StatusData
  - ExceptionEvent
poll_seconds: 60
sink:
  kinesis_stream: fleet-positions
""")

add("csharp/webfleet-password", "Dispatch.Telematics/WebfleetClient.cs", "https://www.webfleet.com/static/help/webfleet-connect/en_gb/index.html",
    """
using System.Net.Http;

namespace Dispatch.Telematics
{
    public class WebfleetClient
    {
        private const string Account = "binwise-uk";
        private const string User = "dispatch-api";
        private const string Password = "@@secret@@";
        private const string ApiKey = "@@apikey@@";

        public string ShowObjectReportUrl() =>
            "https://csv.webfleet.com/extern?lang=en&action=showObjectReportExtern&outputformat=json" +
            $"&account={Account}&username={User}&password={Password}&apikey={ApiKey}";
    }
}
""", words_pw(), apikey=uuid_s())

add("log/webfleet-password", "logs/dispatch-telematics-2026-11-28.log", "https://www.webfleet.com/static/help/webfleet-connect/en_gb/index.html",
    """
2026-11-28 05:58:01,102 INFO  Dispatch.Telematics starting, 31 vehicles
2026-11-28 05:58:01,330 DEBUG GET https://csv.webfleet.com/extern?lang=en&action=showObjectReportExtern&outputformat=json&account=binwise-uk&username=dispatch-api&password=@@secret@@&apikey=@@apikey@@
2026-11-28 05:58:01,911 INFO  31 objects, 27 moving, 4 at depot
2026-11-28 05:59:01,104 DEBUG poll ok (0.58s)
2026-11-28 06:00:01,097 WARN  object BW21 KXF no position for 14 min
2026-11-28 06:01:01,111 DEBUG poll ok (0.61s)
""", words_pw(), apikey=uuid_s())

add("go/verizon-connect-password", "cmd/reveal-sync/main.go", "https://developer.verizonconnect.com/",
    """
package main

import (
	"log"
	"net/http"
	"time"
)

const (
	revealUser = "REST_GreenlineSkips_8841"
	revealPass = "@@secret@@"
	tokenURL   = "https://fim.api.eu.fleetmatics.com/token"
)

func main() {
	req, _ := http.NewRequest(http.MethodGet, tokenURL, nil)
	req.SetBasicAuth(revealUser, revealPass)
	client := &http.Client{Timeout: 20 * time.Second}
	resp, err := client.Do(req)
	if err != nil {
		log.Fatal(err)
	}
	defer resp.Body.Close()
	log.Printf("reveal token status %d", resp.StatusCode)
}
""", rand_pw(14, "!$"))

add("csv/decoy-vehicle-ids", "exports/fleet_register_2026.csv", "https://www.gov.uk/vehicle-tax-rate-tables",
    """
reg,vin,make,model,body,telematics_unit_id,tacho_card,mot_due
BW21KXF,WMA06XZZ1LM845201,MAN,TGS 26.360,hookloader,5f2e8a1c-7b3d-4e9a-a1c2-9d0e8f7a6b5c,DB07734012945600,2027-03-14
BW70GHT,YS2P6X20005532187,Scania,P280,skip loader,8c4d1e2f-3a5b-4c6d-9e7f-0a1b2c3d4e5f,DB07734012945601,2027-05-02
GL19RRT,WDB9634031L984512,Mercedes,Arocs 2533,RCV,2b7e9f1a-6c8d-4a0b-8e2f-4d6c8a0b2e4f,DB07734012945602,2026-12-20
GL22SKP,XLRAE75PC0L512876,DAF,CF 290,skip loader,9e1a3c5e-7f9b-4d1f-a3b5-c7d9e1f3a5b7,DB07734012945603,2027-08-11
GL73BIN,WJMM1VSJ40C410923,Iveco,Eurocargo,cage tipper,4a6c8e0a-2c4e-4f6a-8c0e-2a4c6e8a0c2e,DB07734012945604,2027-09-30
""")

add("python/decoy-hash", "fleet/tacho/checksum.py", "https://docs.python.org/3/library/hashlib.html",
    """
import hashlib
from pathlib import Path

# Known-good firmware images for the tachograph download units (from the vendor's release notes).
KNOWN_FIRMWARE = {
    "dlk-pro-s-4.2.1.bin": "3f9a1c7e5b2d8f4a6c0e9b1d3f5a7c9e2b4d6f8a0c1e3b5d7f9a2c4e6b8d0f1a",
    "dlk-pro-s-4.3.0.bin": "a7c2e9f4b1d6a3c8e5f0b7d2a9c4e1f6b3d8a5c0e7f2b9d4a1c6e3f8b5d0a7c2",
}


def verify(image: Path) -> bool:
    digest = hashlib.sha256(image.read_bytes()).hexdigest()
    return KNOWN_FIRMWARE.get(image.name) == digest
""")

add("terraform/decoy-variable-reference", "infra/fleet/main.tf", "https://developer.hashicorp.com/terraform/language/values/variables#suppressing-values-in-cli-output",
    """
variable "samsara_api_token" {
  type      = string
  sensitive = true
}

resource "aws_secretsmanager_secret" "samsara" {
  name = "fleet/samsara-api-token"
}

resource "aws_secretsmanager_secret_version" "samsara" {
  secret_id     = aws_secretsmanager_secret.samsara.id
  secret_string = var.samsara_api_token
}

resource "aws_lambda_function" "positions" {
  function_name = "fleet-positions"
  runtime       = "python3.12"
  handler       = "samsara_sync.handler"
  filename      = "build/fleet.zip"
  role          = aws_iam_role.fleet.arn
  environment {
    variables = { SAMSARA_SECRET_ID = aws_secretsmanager_secret.samsara.name }
  }
}
""")

add("swift/mapbox-secret-token", "DriverApp/Config/MapboxSetup.swift", "https://docs.mapbox.com/accounts/guides/tokens/",
    """
import Foundation
import MapboxMaps

enum MapboxSetup {
    // Downloads token used by the offline-region packer (needs DOWNLOADS:READ).
    static let downloadsToken = "@@secret@@"
    static let publicToken = "@@pk@@"

    static func configure() {
        MapboxOptions.accessToken = publicToken
    }
}
""", mapbox_token("sk"), pk=mapbox_token("pk"))

add("javascript/decoy-public-token", "web/src/map/depotMap.js", "https://docs.mapbox.com/help/glossary/access-token/",
    """
import mapboxgl from 'mapbox-gl';

mapboxgl.accessToken = '@@pk@@';

export function renderDepots(container, depots) {
  const map = new mapboxgl.Map({ container, style: 'mapbox://styles/mapbox/streets-v12', center: [-1.55, 53.8], zoom: 9 });
  depots.forEach((d) => new mapboxgl.Marker().setLngLat([d.lng, d.lat]).setPopup(new mapboxgl.Popup().setText(d.name)).addTo(map));
  return map;
}
""", pk=mapbox_token("pk"))

add("kotlin/google-maps-server-key", "route-engine/src/main/kotlin/uk/co/tidyskips/routes/DistanceMatrix.kt", "https://developers.google.com/maps/documentation/distance-matrix/get-api-key",
    """
package uk.co.tidyskips.routes

import com.google.maps.DistanceMatrixApi
import com.google.maps.GeoApiContext
import com.google.maps.model.TravelMode

object DistanceMatrix {
    // Server key (IP-restricted to the route engine); not the browser key.
    private val context: GeoApiContext = GeoApiContext.Builder()
        .apiKey("@@secret@@")
        .build()

    fun minutesBetween(origins: Array<String>, destinations: Array<String>): Array<LongArray> {
        val result = DistanceMatrixApi.getDistanceMatrix(context, origins, destinations)
            .mode(TravelMode.DRIVING)
            .await()
        return result.rows.map { row -> row.elements.map { it.duration.inSeconds / 60 }.toLongArray() }.toTypedArray()
    }
}
""", google_api_key())

add("xml/decoy-maps-browser-key", "web/public/booking/index.html", "https://developers.google.com/maps/documentation/javascript/get-api-key",
    """
<!DOCTYPE html>
<html lang="en-GB">
<head>
  <meta charset="utf-8">
  <title>Book a skip - Tidy Skips</title>
  <!-- Browser key, HTTP-referrer restricted to *.tidyskips.com -->
  <script async src="https://maps.googleapis.com/maps/api/js?key=@@key@@&libraries=places&callback=initAutocomplete"></script>
  <script src="/static/booking.js" defer></script>
</head>
<body>
  <form id="booking">
    <label for="address">Delivery address</label>
    <input id="address" name="address" autocomplete="off">
    <select name="size"><option>4yd</option><option>6yd</option><option>8yd</option></select>
    <button type="submit">Check price</button>
  </form>
</body>
</html>
""", key=google_api_key())

add("python/what3words-api-key", "dispatch/w3w.py", "https://developer.what3words.com/public-api/docs",
    """
import what3words

# Drivers get the exact drop spot for the skip as three words.
geocoder = what3words.Geocoder("@@secret@@")


def drop_spot(lat: float, lng: float) -> str:
    result = geocoder.convert_to_3wa(what3words.Coordinates(lat, lng))
    return result["words"]
""", alnum(8, UPPER_DIG))

# ---------------------------------------------------------------- route, weighbridge and waste software

add("env/amcs-client-secret", "integrations/amcs/.env", "https://learn.microsoft.com/en-us/entra/identity-platform/v2-oauth2-client-creds-grant-flow",
    """
# AMCS Platform (waste ERP) integration
AMCS_BASE_URL=https://tidyskips.amcsplatform.com/erp/api
AMCS_TOKEN_URL=https://login.microsoftonline.com/7c1e4a92-3f0b-4d2a-9e51-8b6c0d3a2f17/oauth2/v2.0/token
AMCS_CLIENT_ID=2f8d6c1a-9e4b-47a3-b0c5-d1e2f3a4b5c6
AMCS_CLIENT_SECRET=@@secret@@
AMCS_SCOPE=api://amcs-erp/.default
SYNC_INTERVAL_MINUTES=10
""", azure_secret())

add("python/weighbridge-db-password", "weighbridge/export_tickets.py", "https://docs.sqlalchemy.org/en/20/core/engines.html#database-urls",
    """
\"\"\"Nightly export of weighbridge tickets to the finance share.\"\"\"
import csv
from datetime import date, timedelta

from sqlalchemy import create_engine, text

engine = create_engine("mssql+pyodbc://wbexport:@@secret@@@wb-sql01.depot.local/Weighbridge?driver=ODBC+Driver+18+for+SQL+Server&TrustServerCertificate=yes")

yesterday = date.today() - timedelta(days=1)
with engine.connect() as conn, open(f"//fs01/finance/tickets/{yesterday}.csv", "w", newline="") as out:
    rows = conn.execute(text("SELECT TicketNo, Reg, Customer, EWC, GrossKg, TareKg, NetKg FROM Tickets WHERE CAST(WeighedOut AS date) = :d"), {"d": yesterday})
    writer = csv.writer(out)
    writer.writerow(["ticket", "reg", "customer", "ewc", "gross", "tare", "net"])
    writer.writerows(rows)
""", rand_pw(18))

add("ini/weighbridge-indicator-password", "weighbridge/indicator.cfg", "https://docs.python.org/3/library/configparser.html",
    """
; Weighbridge indicator (in-ground 18m, 60t) at Kirkstall depot
[indicator]
model = Avery Weigh-Tronix ZM615
host = 192.168.40.21
port = 10001
protocol = tcp
admin_user = service
admin_password = @@secret@@

[camera]
anpr_host = 192.168.40.30
snapshot_on_stable = true
""", str(_rng().randint(100000, 999999)) + "Wb!")

add("sql/decoy-hashed-passwords", "db/seed/002_weighbridge_operators.sql", "https://www.postgresql.org/docs/current/pgcrypto.html",
    """
-- Weighbridge operators for the demo environment. Passwords are bcrypt hashes.
INSERT INTO operators (id, username, full_name, password_hash, depot) VALUES
  (1, 'jhaigh',   'Jo Haigh',     '$2b$12$Kp9sV1eXo2Qz8Lr4Nw7TyeD3fG5hJ7kL9mN1pQ3rS5tU7vW9xY1zA', 'Kirkstall'),
  (2, 'mpatel',   'Mo Patel',     '$2b$12$Qw3eR5tY7uI9oP1aS3dF5eG7hJ9kL1zX3cV5bN7mQ9wE1rT3yU5iO', 'Kirkstall'),
  (3, 'sdonnelly','Sian Donnelly','$2b$12$Zx1cV3bN5mA7sD9fG1hJ3eK5lP7oI9uY1tR3eW5qA7sD9fG1hJ3kL', 'Garforth');

INSERT INTO ewc_codes (code, description, hazardous) VALUES
  ('17 09 04', 'mixed construction and demolition wastes', false),
  ('20 03 01', 'mixed municipal waste', false),
  ('17 06 05*', 'construction materials containing asbestos', true);
""")

add("sql/db-password", "db/migrations/0041_reporting_role.sql", "https://www.postgresql.org/docs/current/sql-createrole.html",
    """
-- Read-only role for the Power BI gateway (tonnage and landfill-diversion dashboards)
CREATE ROLE powerbi_reader LOGIN PASSWORD '@@secret@@';
GRANT CONNECT ON DATABASE waste_ops TO powerbi_reader;
GRANT USAGE ON SCHEMA reporting TO powerbi_reader;
GRANT SELECT ON ALL TABLES IN SCHEMA reporting TO powerbi_reader;
ALTER DEFAULT PRIVILEGES IN SCHEMA reporting GRANT SELECT ON TABLES TO powerbi_reader;
""", words_pw())

add("sql/decoy-placeholder", "db/migrations/0042_route_app_role.sql", "https://www.postgresql.org/docs/current/sql-createrole.html",
    """
-- The password is set by the deploy job from Secrets Manager:
--   psql -v app_pw="$ROUTE_APP_PASSWORD" -f 0042_route_app_role.sql
CREATE ROLE route_app LOGIN PASSWORD :'app_pw';
GRANT CONNECT ON DATABASE waste_ops TO route_app;
GRANT USAGE ON SCHEMA routing TO route_app;
GRANT SELECT, INSERT, UPDATE ON ALL TABLES IN SCHEMA routing TO route_app;
""")

add("xml/webaspx-password", "integrations/council/BinRounds.Sync.exe.config", "https://learn.microsoft.com/en-us/dotnet/framework/configure-apps/file-schema/appsettings/",
    """
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <appSettings>
    <add key="CouncilPortalUrl" value="https://rounds.example-council.gov.uk/api/v3/" />
    <add key="ContractorId" value="BRU-0117" />
    <add key="PortalUser" value="binsrus.sync" />
    <add key="PortalPassword" value="@@secret@@" />
    <add key="MissedBinPollMinutes" value="5" />
  </appSettings>
  <connectionStrings>
    <add name="Rounds" connectionString="Server=sql02;Database=Rounds;Integrated Security=SSPI;" providerName="System.Data.SqlClient" />
  </connectionStrings>
</configuration>
""", rand_pw(15, "#!"))

add("csharp/db-password", "BinWise.Rounds/Data/RoundsContext.cs", "https://learn.microsoft.com/en-us/sql/connect/ado-net/connection-string-syntax",
    """
using Microsoft.EntityFrameworkCore;

namespace BinWise.Rounds.Data
{
    public class RoundsContext : DbContext
    {
        public DbSet<Round> Rounds { get; set; }
        public DbSet<Lift> Lifts { get; set; }

        protected override void OnConfiguring(DbContextOptionsBuilder options)
        {
            options.UseSqlServer(
                "Server=tcp:binwise-sql.database.windows.net,1433;Initial Catalog=rounds;" +
                "User ID=rounds_app;Password=@@secret@@;Encrypt=True;");
        }
    }
}
""", rand_pw(20))

add("java/decoy-env-reference", "route-planner/src/main/java/uk/co/binwise/routes/DbConfig.java", "https://docs.spring.io/spring-boot/reference/features/external-config.html",
    """
package uk.co.binwise.routes;

import javax.sql.DataSource;
import com.zaxxer.hikari.HikariDataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
public class DbConfig {
    @Bean
    public DataSource dataSource() {
        HikariDataSource ds = new HikariDataSource();
        ds.setJdbcUrl(System.getenv("ROUTES_JDBC_URL"));
        ds.setUsername(System.getenv("ROUTES_DB_USER"));
        ds.setPassword(System.getenv("ROUTES_DB_PASSWORD"));
        ds.setMaximumPoolSize(10);
        return ds;
    }
}
""")

add("python/decoy-regex", "skipbook/validators.py", "https://docs.python.org/3/library/re.html",
    """
import re

# UK vehicle registration (current format), e.g. BW21 KXF
REG = re.compile(r"^[A-Z]{2}[0-9]{2}\\s?[A-Z]{3}$")
# European Waste Catalogue code, e.g. 17 09 04 or 17 06 05*
EWC = re.compile(r"^\\d{2} \\d{2} \\d{2}\\*?$")
# Waste carrier registration number issued by the Environment Agency, e.g. CBDU123456
CARRIER = re.compile(r"^CB[DL]U\\d{3,6}$")
# Keys must never be pasted into the booking notes field
LEAKED_KEY = re.compile(r"(sk|rk)_live_[0-9a-zA-Z]{24,}")


def looks_like_reg(value: str) -> bool:
    return bool(REG.match(value.upper().strip()))
""")

add("json/decoy-uuids", "integrations/amcs/mapping.json", "https://www.rfc-editor.org/rfc/rfc9562",
    """
{
  "depots": {
    "Kirkstall": "0b8e4f2a-6c1d-4e3b-9a7f-2d5c8e1b4a6f",
    "Garforth": "7d3a9c5e-1f4b-4a2d-8e6c-0b9f3d7a5c1e"
  },
  "services": {
    "skip-4yd": "c2e5a8f1-3b6d-4c9e-a2f5-8b1d4e7a0c3f",
    "skip-8yd": "e9b2d5f8-6a1c-4e4b-b7d0-3c6f9a2e5b8d",
    "rores-12yd": "1a4d7f0c-9e3b-4b6a-8d2f-5e8b1c4a7d0e"
  },
  "clientId": "2f8d6c1a-9e4b-47a3-b0c5-d1e2f3a4b5c6",
  "tenantId": "7c1e4a92-3f0b-4d2a-9e51-8b6c0d3a2f17"
}
""")

# ---------------------------------------------------------------- devices at the depot and on the lorries

add("yaml/anpr-camera-password", "depot-gate/anpr/cameras.yaml", "https://www.ietf.org/rfc/rfc2326.txt",
    """
# ANPR at the Kirkstall depot gate: matches regs to open bookings and weighbridge tickets
cameras:
  - name: gate-in
    stream: rtsp://anpr:@@secret@@@192.168.40.30:554/Streaming/Channels/101
    lane: in
  - name: gate-out
    stream: rtsp://anpr:@@secret@@@192.168.40.31:554/Streaming/Channels/101
    lane: out
recognition:
  country: GB
  min_confidence: 0.85
  post_to: http://wb-app01.depot.local:8080/api/anpr
""", rand_pw(12))

_binlift = "blk_live_" + alnum(32)
add("python/bin-lift-sensor-key", "rcv/binlift/uploader.py", "https://docs.aws.amazon.com/iot/latest/developerguide/http.html",
    """
\"\"\"Bin-lift counter on the refuse collection vehicles: posts lift events (RFID tag, weight, GPS).\"\"\"
import json
import time
import urllib.request

DEVICE_ID = "rcv-GL19RRT-lift-01"
INGEST_URL = "https://ingest.binlift-telemetry.io/v2/events"
DEVICE_KEY = "@@secret@@"


def post(event: dict) -> int:
    body = json.dumps({"device": DEVICE_ID, "ts": time.time(), **event}).encode()
    req = urllib.request.Request(INGEST_URL, data=body, method="POST",
                                 headers={"Content-Type": "application/json", "X-Device-Key": DEVICE_KEY})
    with urllib.request.urlopen(req, timeout=5) as resp:
        return resp.status
""", _binlift)

add("ini/router-admin-password", "network/depot-router/garforth-4g-router.conf", "https://www.teltonika-networks.com/",
    """
# Teltonika RUT955 at Garforth transfer station (4G backup for the weighbridge PC)
[system]
hostname = garforth-rut955
timezone = Europe/London

[admin]
username = admin
password = @@secret@@

[wan]
apn = internet.vodafone.net
sim_pin = 0000

[vpn]
type = wireguard
peer = vpn.tidyskips.com:51820
""", words_pw())

add("shell/ftp-password", "scripts/push_tonnage_to_council.sh", "https://curl.se/docs/manpage.html#-T",
    """
#!/bin/sh
# Monthly tonnage return to the council's contract portal (they only take FTP).
set -e
MONTH=$(date -d "last month" +%Y-%m)
FILE="/srv/reports/tonnage_${MONTH}.csv"
python3 /srv/reports/build_tonnage.py --month "$MONTH" > "$FILE"
curl --ftp-ssl -T "$FILE" "ftp://binsrus:@@secret@@@ftp.example-council.gov.uk/contracts/waste/inbound/"
logger -t tonnage "sent $FILE"
""", rand_pw(12))

add("powershell/weighbridge-sql-password", "ops/Backup-WeighbridgeDb.ps1", "https://learn.microsoft.com/en-us/powershell/module/sqlserver/backup-sqldatabase",
    """
# Nightly backup of the weighbridge database to the NAS
param([string]$Target = "\\\\nas01\\backups\\weighbridge")

$SqlUser = "wb_backup"
$SqlPass = ConvertTo-SecureString "@@secret@@" -AsPlainText -Force
$Cred = New-Object System.Management.Automation.PSCredential($SqlUser, $SqlPass)

$stamp = Get-Date -Format "yyyyMMdd"
Backup-SqlDatabase -ServerInstance "WB-SQL01" -Database "Weighbridge" `
    -BackupFile "$Target\\Weighbridge_$stamp.bak" -Credential $Cred

Get-ChildItem $Target -Filter *.bak | Where-Object { $_.LastWriteTime -lt (Get-Date).AddDays(-30) } | Remove-Item
""", words_pw())

add("powershell/decoy-credential-prompt", "ops/Reset-DriverTablet.ps1", "https://learn.microsoft.com/en-us/powershell/module/microsoft.powershell.security/get-credential",
    """
# Re-enrol a driver tablet in Intune after a cab swap.
param(
    [Parameter(Mandatory)] [string]$DeviceName
)

$cred = Get-Credential -Message "Intune admin for tidyskips.onmicrosoft.com"
Connect-MgGraph -Scopes "DeviceManagementManagedDevices.PrivilegedOperations.All"

$device = Get-MgDeviceManagementManagedDevice -Filter "deviceName eq '$DeviceName'"
if (-not $device) { throw "No device named $DeviceName" }
Invoke-MgWipeDeviceManagementManagedDevice -ManagedDeviceId $device.Id -KeepEnrollmentData:$true
Write-Host "Wipe sent to $DeviceName ($($device.SerialNumber))"
""")

add("json/tablet-mdm-password", "driver-tablets/kiosk-policy.json", "https://developers.google.com/android/management/reference/rest/v1/enterprises.policies",
    """
{
  "name": "enterprises/LC01x8q2ab/policies/driver-kiosk",
  "applications": [
    { "packageName": "uk.co.greenline.driver", "installType": "KIOSK" },
    { "packageName": "com.samsara.driver", "installType": "FORCE_INSTALLED" }
  ],
  "openNetworkConfiguration": {
    "NetworkConfigurations": [{
      "GUID": "depot-wifi",
      "Name": "Greenline Depot",
      "Type": "WiFi",
      "WiFi": { "SSID": "GL-DEPOT", "Security": "WPA-PSK", "Passphrase": "@@secret@@", "AutoConnect": true }
    }]
  },
  "statusBarDisabled": true
}
""", passphrase())

add("log/decoy-redacted", "logs/anpr-gate-2026-11-30.log", "https://www.ietf.org/rfc/rfc2326.txt",
    """
2026-11-30 06:00:02 INFO  anpr-gate starting (2 cameras)
2026-11-30 06:00:02 INFO  connecting gate-in rtsp://anpr:********@192.168.40.30:554/Streaming/Channels/101
2026-11-30 06:00:03 INFO  connecting gate-out rtsp://anpr:********@192.168.40.31:554/Streaming/Channels/101
2026-11-30 06:14:51 INFO  read BW21KXF conf=0.97 lane=in booking=SK-118204
2026-11-30 06:21:07 INFO  read GL22SKP conf=0.93 lane=out ticket=WB-77120 net=3420kg
2026-11-30 06:33:40 WARN  read GL19RR? conf=0.61 lane=in below threshold, manual check
""")

add("markdown/device-admin-password", "docs/runbooks/weighbridge-outage.md", "https://www.markdownguide.org/basic-syntax/",
    """
# Weighbridge outage runbook (Kirkstall)

1. Check the indicator display. If it shows `ERR 22`, the load cells lost power: reset the junction box.
2. If the PC cannot reach the indicator, log in to the indicator's web page at http://192.168.40.21
   - user: `service`
   - password: `@@secret@@`
3. Set **Comms > Port 10001 > Stream** back to `continuous` and save.
4. Restart the `WeighbridgeSvc` service on WB-PC01.
5. While it is down, weigh on the portable axle pads and write tickets by hand (book in the office).

Escalate to the weighbridge engineer on 0113 496 0000 if it is not back in 30 minutes.
""", rand_pw(10, "!"))

add("yaml/decoy-example-values", "depot-gate/anpr/cameras.example.yaml", "https://www.ietf.org/rfc/rfc2326.txt",
    """
# Copy to cameras.yaml and fill in from the camera's web page.
cameras:
  - name: gate-in
    stream: rtsp://<user>:<password>@<camera-ip>:554/Streaming/Channels/101
    lane: in
  - name: gate-out
    stream: rtsp://USERNAME:PASSWORD@192.0.2.31:554/Streaming/Channels/101
    lane: out
recognition:
  country: GB
  min_confidence: 0.85
""")

add("python/mqtt-password", "rcv/fill-sensors/mqtt_bridge.py", "https://eclipse.dev/paho/files/paho.mqtt.python/html/client.html",
    """
\"\"\"Bridge the ultrasonic fill-level sensors in the trade bins to the route planner.\"\"\"
import json

import paho.mqtt.client as mqtt

BROKER = "mqtt.binwise.co.uk"
client = mqtt.Client(client_id="fill-bridge-01")
client.username_pw_set("fill-bridge", "@@secret@@")
client.tls_set()


def on_message(_client, _userdata, msg):
    reading = json.loads(msg.payload)
    if reading.get("fill_pct", 0) >= 80:
        print("schedule lift", reading["bin_id"], reading["fill_pct"])


client.on_message = on_message
client.connect(BROKER, 8883)
client.subscribe("bins/+/fill")
client.loop_forever()
""", rand_pw(22))

add("python/decoy-test-fixture", "tests/test_fill_levels.py", "https://docs.pytest.org/en/stable/how-to/fixtures.html",
    """
import pytest

from rcv.fill_sensors.mqtt_bridge import on_message


class FakeMsg:
    def __init__(self, payload: bytes):
        self.payload = payload


@pytest.fixture
def broker_settings():
    return {"host": "localhost", "port": 1883, "username": "test", "password": "test-password"}


def test_full_bin_is_scheduled(capsys):
    on_message(None, None, FakeMsg(b'{"bin_id": "TB-00412", "fill_pct": 91}'))
    assert "schedule lift TB-00412" in capsys.readouterr().out
""")

# ---------------------------------------------------------------- accounting and back office

add("python/xero-client-secret", "finance/xero_export.py", "https://developer.xero.com/documentation/guides/oauth2/custom-connections",
    """
\"\"\"Push the day's skip-hire invoices into Xero (custom connection, client credentials).\"\"\"
import requests

XERO_CLIENT_ID = "8F1D2C3B4A5E6F708192A3B4C5D6E7F8"
XERO_CLIENT_SECRET = "@@secret@@"


def token() -> str:
    response = requests.post(
        "https://identity.xero.com/connect/token",
        data={"grant_type": "client_credentials", "scope": "accounting.transactions accounting.contacts"},
        auth=(XERO_CLIENT_ID, XERO_CLIENT_SECRET),
        timeout=20,
    )
    response.raise_for_status()
    return response.json()["access_token"]
""", alnum(48, ALNUM + "-_"))

add("ruby/quickbooks-client-secret", "config/initializers/quickbooks.rb", "https://developer.intuit.com/app/developer/qbo/docs/develop/authentication-and-authorization/oauth-2.0",
    """
# Trade-waste invoices are raised in QuickBooks Online.
QB_OAUTH_CLIENT = OAuth2::Client.new(
  'ABx8Kq2LmN4pR6sT8vW0yZ1bC3dE5fG7hJ9kL1mN3pQ5rS7tU',
  '@@secret@@',
  site: 'https://appcenter.intuit.com/connect/oauth2',
  authorize_url: 'https://appcenter.intuit.com/connect/oauth2',
  token_url: 'https://oauth.platform.intuit.com/oauth2/v1/tokens/bearer'
)

Quickbooks.sandbox_mode = false
Quickbooks.minorversion = 73
""", alnum(40))

add("csv/decoy-invoice-export", "exports/sage_invoices_2026-11.csv", "https://help.sage.com/",
    """
invoice_no,date,account_ref,customer,nominal,net,vat,gross,payment_ref
SI-204811,2026-11-03,TRD0042,Harrogate Builders Ltd,4000,285.00,57.00,342.00,pi_3QbH7x2eZvKYlo2C1f8a9b0c
SI-204812,2026-11-03,CSH0001,Cash customer,4000,180.00,36.00,216.00,pi_3QbH9k2eZvKYlo2C0d7e6f5a
SI-204813,2026-11-04,TRD0117,Otley Roofing,4010,410.50,82.10,492.60,PM00A1B2C3D4E5
SI-204814,2026-11-04,TRD0042,Harrogate Builders Ltd,4000,285.00,57.00,342.00,PM00F6G7H8J9K0
SI-204815,2026-11-05,TRD0203,Wetherby Landscapes,4020,96.00,19.20,115.20,PM00L1M2N3P4Q5
""")

add("env/sage-api-password", "finance/.env", "https://developer.sage.com/accounting/guides/authenticating/authentication/",
    """
# Sage 200 on-prem sync (trade accounts, credit holds)
SAGE200_SERVER=sage01.binsrus.local
SAGE200_COMPANY=BinsRUs Ltd
SAGE200_USER=integration
SAGE200_PASSWORD="@@secret@@"
CREDIT_HOLD_DAYS=60
""", words_pw())

add("yaml/ldap-bind-password", "helpdesk/config/ldap.yml", "https://docs.gitlab.com/administration/auth/ldap/",
    """
ldap:
  enabled: true
  host: dc01.binsrus.local
  port: 636
  encryption: simple_tls
  base: OU=Staff,DC=binsrus,DC=local
  bind_dn: CN=svc-helpdesk,OU=Service Accounts,DC=binsrus,DC=local
  password: "@@secret@@"
  uid: sAMAccountName
  group_base: OU=Groups,DC=binsrus,DC=local
  admin_group: IT Support
""", rand_pw(20, "!#"))

add("ini/decoy-encrypted", "helpdesk/config/ldap.ini", "https://docs.ansible.com/ansible/latest/vault_guide/vault_encrypting_content.html",
    """
[ldap]
host = dc01.binsrus.local
port = 636
base_dn = OU=Staff,DC=binsrus,DC=local
bind_dn = CN=svc-helpdesk,OU=Service Accounts,DC=binsrus,DC=local
; encrypted with the deploy key (sops); decrypted at start-up
bind_password = ENC[AES256_GCM,data:Qm9n2Xh7,iv:8a7Kq1pLwZ0cVb3N4mRt5y==,tag:Hk2Lp9Qw3Er4Ty5Ui6Op7A==,type:str]
timeout = 10
""")

# ---------------------------------------------------------------- containers, Kubernetes and infrastructure

_k8s_pw = words_pw()
add("k8s-secret/db-password", "deploy/k8s/skipbook-db-secret.yaml", "https://kubernetes.io/docs/concepts/configuration/secret/#working-with-secrets",
    """
apiVersion: v1
kind: Secret
metadata:
  name: skipbook-db
  namespace: skipbook
  labels:
    app: skipbook
type: Opaque
data:
  DB_HOST: @@host@@
  DB_USER: @@user@@
  DB_PASSWORD: @@pw@@
""", _k8s_pw, host=b64("pg-prod.skipbook.svc.cluster.local"), user=b64("skipbook_app"), pw=b64(_k8s_pw))

_k8s_rk = stripe_key()
add("k8s-secret/stripe-secret-key", "deploy/k8s/payments-secret.yaml", "https://kubernetes.io/docs/concepts/configuration/secret/#working-with-secrets",
    """
apiVersion: v1
kind: Secret
metadata:
  name: payments
  namespace: skipbook
type: Opaque
data:
  STRIPE_SECRET_KEY: @@key@@
  STRIPE_CURRENCY: Z2Jw
""", _k8s_rk, key=b64(_k8s_rk))

add("k8s-secret/redis-password", "deploy/k8s/dispatch-redis-secret.yaml", "https://kubernetes.io/docs/concepts/configuration/secret/#secret-types",
    """
apiVersion: v1
kind: Secret
metadata:
  name: dispatch-redis
  namespace: dispatch
type: Opaque
stringData:
  REDIS_URL: redis://:@@secret@@@dispatch-redis-master.dispatch.svc:6379/0
  REDIS_TLS: "false"
""", fakes.redis_password(_seed()))

add("k8s-secret/decoy-sealed-secret", "deploy/k8s/sealed/notify-sealed.yaml", "https://github.com/bitnami-labs/sealed-secrets#usage",
    """
apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata:
  name: notify
  namespace: notify
spec:
  encryptedData:
    TWILIO_AUTH_TOKEN: AgBy3i4OJSWK+PiTySYZZA9rO43cGDEq5cZQW0Nj1Mu7FqV9cPZ3HvXr8dK2mLp4Tq7WnE1sYb6uJf0Hq3Rk9Lx5Zc2Vn8Mb4Gd7Ps1Aa3Ee6Ii9Oo2Uu5Yy8Tt1Rr4Ww7Qq0Ss3Dd6Ff9Gg2Hh5Jj8Kk1Ll4Zz7Xx0Cc3Vv6Bb9Nn2Mm5
    SENDGRID_API_KEY: AgCx9pL2mN4qR6sT8uV0wX2yZ4aB6cD8eF0gH2iJ4kL6mN8oP0qR2sT4uV6wX8yZ0aB2cD4eF6gH8iJ0kL2mN4oP6qR8sT0uV2wX4yZ6aB8cD0eF2gH4iJ6kL8mN0oP2qR4sT6uV8wX0yZ2aB4cD6eF8gH0
  template:
    metadata:
      name: notify
      namespace: notify
""")

add("k8s/decoy-secret-ref", "deploy/k8s/route-planner-deployment.yaml", "https://kubernetes.io/docs/concepts/configuration/secret/#using-secrets-as-environment-variables",
    """
apiVersion: apps/v1
kind: Deployment
metadata:
  name: route-planner
  namespace: dispatch
spec:
  replicas: 2
  selector:
    matchLabels: { app: route-planner }
  template:
    metadata:
      labels: { app: route-planner }
    spec:
      containers:
        - name: route-planner
          image: registry.binwise.co.uk/route-planner:4.8.2
          env:
            - name: ROUTES_DB_PASSWORD
              valueFrom:
                secretKeyRef: { name: routes-db, key: password }
            - name: GOOGLE_MAPS_SERVER_KEY
              valueFrom:
                secretKeyRef: { name: google-maps, key: server-key }
          ports:
            - containerPort: 8080
""")

add("compose/db-password", "docker-compose.yml", "https://docs.docker.com/compose/how-tos/environment-variables/set-environment-variables/",
    """
services:
  app:
    build: .
    ports: ["8000:8000"]
    environment:
      DATABASE_URL: postgres://skipbook:@@secret@@@db:5432/skipbook
      REDIS_URL: redis://redis:6379/0
    depends_on: [db, redis]
  db:
    image: postgres:16
    environment:
      POSTGRES_USER: skipbook
      POSTGRES_PASSWORD: @@secret@@
      POSTGRES_DB: skipbook
    volumes: ["pgdata:/var/lib/postgresql/data"]
  redis:
    image: redis:7
volumes:
  pgdata:
""", rand_pw(16))

add("compose/decoy-env-reference", "weighbridge/docker-compose.prod.yml", "https://docs.docker.com/compose/how-tos/use-secrets/",
    """
services:
  wb-api:
    image: registry.tidyskips.com/wb-api:2.3.0
    environment:
      WB_DB_HOST: wb-sql01.depot.local
      WB_DB_USER: wb_api
      WB_DB_PASSWORD_FILE: /run/secrets/wb_db_password
      SAMSARA_TOKEN: ${SAMSARA_TOKEN:?set SAMSARA_TOKEN}
    secrets:
      - wb_db_password
    restart: unless-stopped
secrets:
  wb_db_password:
    external: true
""")

add("dockerfile/pypi-token", "tools/route-optimiser/Dockerfile", "https://pip.pypa.io/en/stable/topics/authentication/",
    """
FROM python:3.12-slim
WORKDIR /app
ENV PIP_INDEX_URL=https://__token__:@@secret@@@pypi.binwise.co.uk/simple/
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt
COPY . .
CMD ["python", "-m", "route_optimiser", "--depot", "kirkstall"]
""", fakes.pypi_token(_seed()))

add("dockerfile/decoy-build-arg", "booking-site/Dockerfile", "https://docs.docker.com/build/building/secrets/",
    """
# syntax=docker/dockerfile:1.7
FROM node:20-alpine AS build
WORKDIR /src
COPY package.json package-lock.json ./
RUN --mount=type=secret,id=npmrc,target=/root/.npmrc npm ci
COPY . .
ARG NEXT_PUBLIC_STRIPE_PK
RUN npm run build

FROM node:20-alpine
WORKDIR /app
COPY --from=build /src/.next ./.next
COPY --from=build /src/node_modules ./node_modules
COPY package.json .
CMD ["npm", "start"]
""")

add("terraform/aws-secret-key", "infra/prod/provider.tf", "https://registry.terraform.io/providers/hashicorp/aws/latest/docs#provider-configuration",
    """
terraform {
  required_providers {
    aws = { source = "hashicorp/aws", version = "~> 5.70" }
  }
}

provider "aws" {
  region     = "eu-west-2"
  access_key = "@@akid@@"
  secret_key = "@@secret@@"
}

resource "aws_s3_bucket" "ticket_photos" {
  bucket = "tidyskips-weighbridge-photos"
}
""", fakes.aws_secret_key(_seed()), akid=fakes.aws_key_id(_seed()))

add("terraform/db-password", "infra/prod/rds.tf", "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/db_instance",
    """
resource "aws_db_instance" "waste_ops" {
  identifier             = "waste-ops-prod"
  engine                 = "postgres"
  engine_version         = "16.4"
  instance_class         = "db.t4g.medium"
  allocated_storage      = 100
  db_name                = "waste_ops"
  username               = "waste_admin"
  password               = "@@secret@@"
  vpc_security_group_ids = [aws_security_group.db.id]
  db_subnet_group_name   = aws_db_subnet_group.private.name
  backup_retention_period = 14
  skip_final_snapshot    = false
}
""", rand_pw(24))

add("terraform/decoy-random-password", "infra/prod/redis.tf", "https://registry.terraform.io/providers/hashicorp/random/latest/docs/resources/password",
    """
resource "random_password" "redis_auth" {
  length  = 32
  special = false
}

resource "aws_elasticache_replication_group" "dispatch" {
  replication_group_id       = "dispatch-redis"
  description                = "dispatch board live positions"
  node_type                  = "cache.t4g.small"
  num_cache_clusters         = 2
  transit_encryption_enabled = true
  auth_token                 = random_password.redis_auth.result
}

output "redis_endpoint" {
  value = aws_elasticache_replication_group.dispatch.primary_endpoint_address
}
""")

add("github-actions/pypi-token", ".github/workflows/release-skipcalc.yml", "https://docs.pypi.org/trusted-publishers/",
    """
name: release skipcalc
on:
  push:
    tags: ["v*"]
jobs:
  publish:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-python@v5
        with: { python-version: "3.12" }
      - run: pip install build twine
      - run: python -m build
      - run: twine upload dist/*
        env:
          TWINE_USERNAME: __token__
          TWINE_PASSWORD: @@secret@@
""", fakes.pypi_token(_seed()))

add("github-actions/decoy-secrets-context", ".github/workflows/deploy-booking.yml", "https://docs.github.com/en/actions/security-for-github-actions/security-guides/using-secrets-in-github-actions",
    """
name: deploy booking site
on:
  push:
    branches: [main]
jobs:
  deploy:
    runs-on: ubuntu-latest
    permissions: { id-token: write, contents: read }
    steps:
      - uses: actions/checkout@v4
      - uses: aws-actions/configure-aws-credentials@v4
        with:
          role-to-assume: arn:aws:iam::318204471902:role/gh-deploy-booking
          aws-region: eu-west-2
      - run: ./scripts/deploy.sh
        env:
          STRIPE_SECRET_KEY: ${{ secrets.STRIPE_SECRET_KEY }}
          SLACK_WEBHOOK_URL: ${{ secrets.SLACK_DEPLOYS_WEBHOOK }}
""")

add("github-actions/slack-webhook", ".github/workflows/nightly-routes.yml", "https://api.slack.com/messaging/webhooks",
    """
name: nightly route build
on:
  schedule:
    - cron: "30 3 * * 1-6"
jobs:
  build:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - run: pip install -r requirements.txt && python -m route_optimiser --all-depots
      - name: tell dispatch
        if: always()
        run: |
          curl -X POST -H 'Content-type: application/json' \\
            --data '{"text":"Nightly routes: ${{ job.status }}"}' \\
            @@secret@@
""", slack_webhook())

add("ansible/smtp-password", "ansible/roles/postfix/defaults/main.yml", "https://docs.ansible.com/ansible/latest/playbook_guide/playbooks_variables.html",
    """
postfix_relayhost: "[smtp.office365.com]:587"
postfix_sasl_user: alerts@tidyskips.com
postfix_sasl_password: "@@secret@@"
postfix_mynetworks:
  - 127.0.0.0/8
  - 192.168.40.0/24
postfix_inet_interfaces: loopback-only
""", words_pw())

add("ansible/decoy-vault-encrypted", "ansible/group_vars/depot/vault.yml", "https://docs.ansible.com/ansible/latest/vault_guide/vault_encrypting_content.html",
    """
$ANSIBLE_VAULT;1.1;AES256
63386438653563623564373965363735326135656561663066306331616332613664363166373166
3661353764363561323062333630303164636165633932610a363131343335643536613832633937
39623331636139346464316537336661363865366565393761363433613637336466323933373636
6336333531393132370a656131613965303935336234646432326561353031313665643138353965
31643865626165623638313632303034626635376430663566636130623431336337323863353532
""")

add("ansible/decoy-vault-lookup", "ansible/playbooks/weighbridge-pc.yml", "https://docs.ansible.com/ansible/latest/collections/community/hashi_vault/hashi_vault_lookup.html",
    """
- name: configure weighbridge PCs
  hosts: weighbridge
  vars:
    wb_sql_password: "{{ lookup('community.hashi_vault.hashi_vault', 'secret=kv/data/depot/weighbridge:sql_password') }}"
    indicator_admin_password: "{{ vault_indicator_admin_password }}"
  tasks:
    - name: write service config
      ansible.windows.win_template:
        src: wbsvc.config.j2
        dest: C:\\Program Files\\WeighbridgeSvc\\wbsvc.config
    - name: restart service
      ansible.windows.win_service:
        name: WeighbridgeSvc
        state: restarted
""")

# ---------------------------------------------------------------- chat bots, alerts and developer tokens

add("python/telegram-bot-token", "bots/driver_checkin_bot.py", "https://core.telegram.org/bots/api#authorizing-your-bot",
    """
\"\"\"Drivers send /start, /tipped <ticket> and a photo of the empty skip to this bot.\"\"\"
from telegram.ext import ApplicationBuilder, CommandHandler

TOKEN = "@@secret@@"


async def tipped(update, context):
    ticket = context.args[0] if context.args else "?"
    await update.message.reply_text(f"Logged tip for ticket {ticket}. Thanks!")


app = ApplicationBuilder().token(TOKEN).build()
app.add_handler(CommandHandler("tipped", tipped))
app.run_polling()
""", fakes.telegram_token(_seed()))

add("shell/telegram-bot-token", "ops/alert_fill_levels.sh", "https://core.telegram.org/bots/api#sendmessage",
    """
#!/usr/bin/env bash
# Cron: every 15 min, tell the transfer-station group when a bay is over 90%.
BOT="@@secret@@"
CHAT="-1002231845590"
FULL=$(psql -At -d waste_ops -c "select bay from bay_levels where pct > 90")
if [ -n "$FULL" ]; then
  curl -s "https://api.telegram.org/bot${BOT}/sendMessage" \\
    -d chat_id="$CHAT" -d text="Bays over 90%: ${FULL}"
fi
""", fakes.telegram_token(_seed()))

add("json/decoy-telegram-ids", "bots/chat_routing.json", "https://core.telegram.org/bots/api#chat",
    """
{
  "groups": {
    "kirkstall-drivers": -1002231845590,
    "garforth-transfer": -1001987620341,
    "office": -1002009183472
  },
  "bot_username": "GreenlineCheckinBot",
  "token_env": "TELEGRAM_BOT_TOKEN",
  "admins": [531877204, 660193852]
}
""")

add("javascript/slack-bot-token", "ops-bot/index.js", "https://api.slack.com/authentication/token-types#bot",
    """
const { App } = require('@slack/bolt');

const app = new App({
  token: '@@secret@@',
  signingSecret: process.env.SLACK_SIGNING_SECRET,
});

// /skips <depot> : how many skips of each size are in the yard
app.command('/skips', async ({ command, ack, respond }) => {
  await ack();
  const counts = await require('./yard').countByDepot(command.text || 'kirkstall');
  await respond(Object.entries(counts).map(([size, n]) => `${size}: ${n}`).join('\\n'));
});

(async () => { await app.start(3001); })();
""", slack_bot())

add("yaml/slack-webhook", "monitoring/alertmanager.yml", "https://prometheus.io/docs/alerting/latest/configuration/#slack_config",
    """
global:
  resolve_timeout: 5m
route:
  receiver: dispatch-slack
  group_by: [alertname, depot]
receivers:
  - name: dispatch-slack
    slack_configs:
      - api_url: @@secret@@
        channel: "#dispatch-alerts"
        title: "{{ .CommonLabels.alertname }} at {{ .CommonLabels.depot }}"
        send_resolved: true
""", slack_webhook())

add("yaml/decoy-env-reference", "monitoring/alertmanager.tmpl.yml", "https://prometheus.io/docs/alerting/latest/configuration/#slack_config",
    """
global:
  resolve_timeout: 5m
  slack_api_url_file: /etc/alertmanager/secrets/slack_webhook_url
route:
  receiver: weighbridge-team
receivers:
  - name: weighbridge-team
    slack_configs:
      - channel: "#weighbridge"
        send_resolved: true
""")

add("env/github-token", "tools/.env.local", "https://docs.github.com/en/authentication/keeping-your-account-and-data-secure/managing-your-personal-access-tokens",
    """
# used by tools/release_notes.py to read merged PRs
GITHUB_TOKEN=@@secret@@
GITHUB_REPO=binwise/route-planner
RELEASE_CHANNEL=#releases
RELEASE_NOTES_SINCE=v4.7.0
""", fakes.github_token(_seed()))

add("gitconfig/github-fine-grained-token", "tools/.gitconfig-ci", "https://git-scm.com/docs/git-config#Documentation/git-config.txt-urlltbasegtinsteadOf",
    """
[user]
    name = binwise-ci
    email = ci@binwise.co.uk
[url "https://x-access-token:@@secret@@@github.com/"]
    insteadOf = https://github.com/
[pull]
    rebase = true
""", fakes.github_fine_grained_token(_seed()))

add("markdown/decoy-example-values", "CONTRIBUTING.md", "https://docs.github.com/en/authentication/keeping-your-account-and-data-secure/managing-your-personal-access-tokens",
    """
# Contributing to the route planner

1. Create a fine-grained token with read access to `binwise/route-data` only.
2. Put it in your shell profile, never in the repo:

   ```bash
   export GITHUB_TOKEN=ghp_your_token_here
   export ROUTE_DATA_TOKEN=github_pat_XXXXXXXXXXXXXXXXXXXXXX_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX
   ```

3. Run `make test` before pushing. Routes fixtures live in `tests/fixtures/routes/`.
4. PR titles: `[depot] what changed`, e.g. `[garforth] add Saturday trade round`.
""")

add("python/aws-secret-key", "scripts/upload_ticket_photos.py", "https://boto3.amazonaws.com/v1/documentation/api/latest/guide/credentials.html",
    """
\"\"\"Copy the weighbridge's ANPR/ticket photos to S3 (run on WB-PC01 by Task Scheduler).\"\"\"
from pathlib import Path

import boto3

s3 = boto3.client(
    "s3",
    region_name="eu-west-2",
    aws_access_key_id="@@akid@@",
    aws_secret_access_key="@@secret@@",
)

for photo in Path(r"C:\\Weighbridge\\Photos").glob("*.jpg"):
    s3.upload_file(str(photo), "tidyskips-weighbridge-photos", f"kirkstall/{photo.name}")
    photo.unlink()
""", fakes.aws_secret_key(_seed()), akid=fakes.aws_key_id(_seed()))

add("ini/aws-secret-key", "ops/aws/credentials", "https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-files.html",
    """
[default]
region = eu-west-2

[binsrus-backup]
aws_access_key_id = @@akid@@
aws_secret_access_key = @@secret@@

[binsrus-readonly]
role_arn = arn:aws:iam::602938114587:role/ReadOnly
source_profile = binsrus-backup
""", fakes.aws_secret_key(_seed()), akid=fakes.aws_key_id(_seed()))

add("ini/decoy-aws-profile", "ops/aws/config", "https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-sso.html",
    """
[profile binsrus-admin]
sso_session = binsrus
sso_account_id = 602938114587
sso_role_name = AdministratorAccess
region = eu-west-2

[sso-session binsrus]
sso_start_url = https://binsrus.awsapps.com/start
sso_region = eu-west-2
sso_registration_scopes = sso:account:access
""")

add("env/aws-session-token", "ops/aws/session.env", "https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_temp_use-resources.html",
    """
# pasted from the SSO portal for the tonnage backfill, 2026-11-29
AWS_ACCESS_KEY_ID=ASIA@@tail@@
AWS_SECRET_ACCESS_KEY=@@sk@@
AWS_SESSION_TOKEN=@@secret@@
AWS_REGION=eu-west-2
""", fakes.aws_session_token(_seed()), tail=alnum(16, string.ascii_uppercase + "234567"), sk=fakes.aws_secret_key(_seed()))

add("python/openai-api-key", "support/skip_size_assistant.py", "https://platform.openai.com/docs/api-reference/authentication",
    """
\"\"\"Suggest a skip size from the customer's description of the job (booking site chat).\"\"\"
from openai import OpenAI

client = OpenAI(api_key="@@secret@@")

PROMPT = (
    "You work for a skip hire firm. Suggest one of 2yd, 4yd, 6yd, 8yd, 12yd and say if a "
    "road permit is needed. Plasterboard and asbestos cannot go in a general skip."
)


def suggest(description: str) -> str:
    reply = client.chat.completions.create(
        model="gpt-4o-mini",
        messages=[{"role": "system", "content": PROMPT}, {"role": "user", "content": description}],
    )
    return reply.choices[0].message.content
""", fakes.openai_key(_seed()))

add("python/decoy-env-reference", "support/settings.py", "https://docs.python.org/3/library/os.html#os.environ",
    """
import os

OPENAI_API_KEY = os.environ["OPENAI_API_KEY"]
OPENAI_MODEL = os.getenv("OPENAI_MODEL", "gpt-4o-mini")
TWILIO_AUTH_TOKEN = os.environ.get("TWILIO_AUTH_TOKEN", "")
SENDGRID_API_KEY = os.environ.get("SENDGRID_API_KEY")
MAX_DESCRIPTION_CHARS = 1200
ALLOWED_SIZES = ("2yd", "4yd", "6yd", "8yd", "12yd")
""")

add("yaml/datadog-api-key", "monitoring/datadog-agent/datadog.yaml", "https://docs.datadoghq.com/agent/configuration/agent-configuration-files/",
    """
api_key: @@secret@@
site: datadoghq.eu
hostname: wb-app01
tags:
  - env:prod
  - depot:kirkstall
  - service:weighbridge
logs_enabled: true
process_config:
  process_collection:
    enabled: true
""", datadog_key())

add("rust/redis-password", "dispatch-board/src/cache.rs", "https://docs.rs/redis/latest/redis/#connection-parameters",
    """
use redis::{Client, Commands, RedisResult};

const REDIS_URL: &str = "redis://default:@@secret@@@dispatch-redis.internal:6379/2";

pub fn store_position(reg: &str, lat: f64, lng: f64) -> RedisResult<()> {
    let client = Client::open(REDIS_URL)?;
    let mut con = client.get_connection()?;
    con.geo_add("lorries", (redis::geo::Coord::lon_lat(lng, lat), reg))?;
    con.expire("lorries", 900)?;
    Ok(())
}
""", fakes.redis_password(_seed()))

add("rust/decoy-env-reference", "dispatch-board/src/config.rs", "https://doc.rust-lang.org/std/env/fn.var.html",
    """
use std::env;

pub struct Config {
    pub redis_url: String,
    pub samsara_token: String,
    pub bind: String,
}

impl Config {
    pub fn from_env() -> Self {
        Config {
            redis_url: env::var("REDIS_URL").expect("REDIS_URL"),
            samsara_token: env::var("SAMSARA_API_TOKEN").expect("SAMSARA_API_TOKEN"),
            bind: env::var("BIND").unwrap_or_else(|_| "0.0.0.0:8088".to_string()),
        }
    }
}
""")

# ---------------------------------------------------------------- route optimisation, CRM and web forms

add("python/optimoroute-api-key", "dispatch/optimoroute_push.py", "https://optimoroute.com/api/",
    """
\"\"\"Send tomorrow's skip deliveries and exchanges to OptimoRoute and read back the plan.\"\"\"
import requests

API = "https://api.optimoroute.com/v1"
KEY = "@@secret@@"


def push_orders(orders: list) -> dict:
    payload = {"orders": [
        {"orderNo": o["ref"], "type": "D" if o["kind"] == "delivery" else "P", "date": o["date"],
         "location": {"address": o["address"], "locationName": o["customer"]}, "duration": 15}
        for o in orders
    ]}
    response = requests.post(f"{API}/create_or_update_orders", params={"key": KEY}, json=payload, timeout=30)
    response.raise_for_status()
    return response.json()
""", hexs(40))

add("typescript/recaptcha-secret-key", "web/src/pages/api/quote.ts", "https://developers.google.com/recaptcha/docs/verify",
    """
import type { NextApiRequest, NextApiResponse } from 'next';

const RECAPTCHA_SECRET = '@@secret@@';

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const verify = await fetch('https://www.google.com/recaptcha/api/siteverify', {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ secret: RECAPTCHA_SECRET, response: req.body.token }),
  });
  const result = await verify.json();
  if (!result.success || result.score < 0.5) {
    return res.status(400).json({ error: 'captcha' });
  }
  return res.status(200).json({ quote: await priceSkip(req.body.postcode, req.body.size) });
}

declare function priceSkip(postcode: string, size: string): Promise<number>;
""", "6L" + alnum(38, ALNUM + "-_"))

add("typescript/decoy-site-key", "web/src/components/QuoteForm.tsx", "https://developers.google.com/recaptcha/docs/v3",
    """
import ReCAPTCHA from 'react-google-recaptcha';

// Site key: public, rendered into the page.
const RECAPTCHA_SITE_KEY = '@@key@@';

export function QuoteForm({ onSubmit }: { onSubmit: (token: string) => void }) {
  return (
    <form onSubmit={(e) => e.preventDefault()}>
      <input name="postcode" placeholder="Postcode" />
      <ReCAPTCHA sitekey={RECAPTCHA_SITE_KEY} onChange={(token) => token && onSubmit(token)} />
      <button type="submit">Get a price</button>
    </form>
  );
}
""", key="6L" + alnum(38, ALNUM + "-_"))

add("python/hubspot-private-app-token", "crm/sync_trade_accounts.py", "https://developers.hubspot.com/docs/api/private-apps",
    """
from hubspot import HubSpot
from hubspot.crm.companies import SimplePublicObjectInputForCreate

api = HubSpot(access_token="@@secret@@")


def upsert_trade_account(account: dict) -> str:
    company = api.crm.companies.basic_api.create(
        simple_public_object_input_for_create=SimplePublicObjectInputForCreate(properties={
            "name": account["name"],
            "trade_account_ref": account["ref"],
            "monthly_lifts": str(account["lifts"]),
            "waste_carrier_number": account.get("carrier", ""),
        })
    )
    return company.id
""", "pat-eu1-" + uuid_s())

add("php/zendesk-api-token", "app/Support/ZendeskTickets.php", "https://developer.zendesk.com/api-reference/introduction/security-and-auth/#api-token",
    """
<?php

namespace App\\Support;

use GuzzleHttp\\Client;

class ZendeskTickets
{
    public function missedCollection(string $address, string $round): void
    {
        $client = new Client(['base_uri' => 'https://binsrus.zendesk.com/api/v2/']);
        $client->post('tickets.json', [
            'auth' => ['support@binsrus.co.uk/token', '@@secret@@'],
            'json' => ['ticket' => [
                'subject' => "Missed collection: {$address}",
                'comment' => ['body' => "Round {$round} reported missed by the customer portal."],
                'tags'    => ['missed-bin', $round],
            ]],
        ]);
    }
}
""", alnum(40))

add("json/decoy-public-config", "web/public/config.json", "https://docs.sentry.io/concepts/key-terms/dsn-explainer/",
    """
{
  "apiBase": "https://api.tidyskips.com/v2",
  "stripePublishableKey": "@@pk@@",
  "googleMapsBrowserKeyRestricted": true,
  "sentryDsn": "https://3f9c2a1e7b5d4e8f9a0b1c2d3e4f5a6b@o450912.ingest.de.sentry.io/4508120",
  "features": { "permitCheck": true, "sameDayDelivery": false },
  "supportPhone": "0113 496 0123"
}
""", pk=stripe_key("pk_live_"))

add("php/council-permit-api-key", "app/Services/PermitService.php", "https://swagger.io/docs/specification/v3_0/authentication/api-keys/",
    """
<?php

namespace App\\Services;

use Illuminate\\Support\\Facades\\Http;

// Road-placement skip permits are requested from the council's permit portal.
class PermitService
{
    private const BASE = 'https://permits.example-council.gov.uk/api/v2';
    private const API_KEY = '@@secret@@';

    public function request(string $street, string $from, string $to, string $skipRef): array
    {
        return Http::withHeaders(['X-Api-Key' => self::API_KEY])
            ->post(self::BASE . '/skip-permits', [
                'street' => $street, 'start' => $from, 'end' => $to,
                'operator' => 'BRU-0117', 'skip_ref' => $skipRef, 'lights' => true,
            ])->json();
    }
}
""", alnum(32))

add("python/decoy-public-register", "compliance/carrier_check.py", "https://environment.data.gov.uk/public-register/view/api-reference",
    """
\"\"\"Check a customer's waste carrier registration on the Environment Agency public register (no key needed).\"\"\"
import requests

REGISTER = "https://environment.data.gov.uk/public-register/waste-carriers-brokers/registration.json"


def is_registered(number: str) -> bool:
    response = requests.get(REGISTER, params={"number": number}, timeout=10)
    response.raise_for_status()
    items = response.json().get("items", [])
    return any(item.get("registrationStatus", {}).get("label") == "Registered" for item in items)


if __name__ == "__main__":
    print(is_registered("CBDU123456"))
""")

add("kotlin/vonage-api-secret", "driver-app/app/src/main/java/uk/co/greenline/driver/sms/VonageSms.kt", "https://developer.vonage.com/en/getting-started/concepts/authentication",
    """
package uk.co.greenline.driver.sms

import com.vonage.client.VonageClient
import com.vonage.client.sms.messages.TextMessage

object VonageSms {
    private val client = VonageClient.builder()
        .apiKey("a3f9c21e")
        .apiSecret("@@secret@@")
        .build()

    fun arrived(to: String, address: String) {
        client.smsClient.submitMessage(TextMessage("Greenline", to, "Your driver has arrived at $address."))
    }
}
""", alnum(16))

add("swift/decoy-placeholder", "DriverApp/Config/Secrets.example.swift", "https://docs.mapbox.com/accounts/guides/tokens/",
    """
// Copy to Secrets.swift (git-ignored) and fill in.
enum Secrets {
    static let mapboxDownloadsToken = "sk.YOUR_MAPBOX_DOWNLOADS_TOKEN"
    static let samsaraToken = "<samsara api token>"
    static let sentryDsn = ""
    static let environment = "staging"
}
""")

add("ruby/decoy-credentials-reference", "config/initializers/stripe.rb", "https://guides.rubyonrails.org/security.html#custom-credentials",
    """
# Keys live in config/credentials/production.yml.enc (RAILS_MASTER_KEY on the server).
Rails.configuration.stripe = {
  publishable_key: Rails.application.credentials.dig(:stripe, :publishable_key),
  secret_key: Rails.application.credentials.dig(:stripe, :secret_key),
}

Stripe.api_key = Rails.configuration.stripe[:secret_key]
Stripe.max_network_retries = 2
""")

add("ruby/redis-password", "config/initializers/sidekiq.rb", "https://github.com/sidekiq/sidekiq/wiki/Using-Redis",
    """
# Background jobs: permit requests, collection reminders, weighbridge ticket import
Sidekiq.configure_server do |config|
  config.redis = { url: 'redis://:@@secret@@@10.20.0.31:6379/1', network_timeout: 5 }
end

Sidekiq.configure_client do |config|
  config.redis = { url: 'redis://:@@secret@@@10.20.0.31:6379/1', network_timeout: 5 }
end
""", fakes.redis_password(_seed()))

add("go/decoy-test-fixture", "internal/invoicing/stripe_test.go", "https://docs.stripe.com/testing",
    """
package invoicing

import "testing"

// stripe-mock (localhost:12111) accepts any key of the right prefix.
const testKey = "sk_test_123"

func TestSkipInvoiceTotal(t *testing.T) {
	got := skipInvoiceTotal(28500, 2, 1500)
	if got != 31500 {
		t.Fatalf("total = %d, want 31500", got)
	}
	if testKey[:8] != "sk_test_" {
		t.Fatal("tests must use a test-mode key")
	}
}
""")

# ---------------------------------------------------------------- documentation, handovers and notebooks

add("markdown/sftp-password", "docs/handover/it-handover-2026-10.md", "https://www.markdownguide.org/basic-syntax/",
    """
# IT handover - Dave (leaving 31 Oct)

Things only I knew, written down for Priya:

- **Weighbridge PC** (WB-PC01): local admin is the usual one; the SQL backup job runs at 01:00.
- **Council tonnage SFTP**: `sftp binsrus@sftp.example-council.gov.uk`, password `@@secret@@`.
  They change nothing unless you email contracts@example-council.gov.uk a week ahead.
- **Samsara**: admin is ops@; API token is in 1Password under "Samsara API".
- **Printers**: the yard printer jams on the ticket stock; use the tray 2 setting.
- **Domains**: renew binsrus.co.uk in March (auto-renew is off on purpose).
""", words_pw())

add("markdown/decoy-redacted", "docs/handover/it-handover-template.md", "https://www.markdownguide.org/basic-syntax/",
    """
# IT handover template

Fill one in when you leave a role. **Do not paste passwords or tokens here**: link the
1Password item instead.

| System | Where | Login | Credential |
|---|---|---|---|
| Weighbridge PC | WB-PC01 | local admin | 1Password: "WB-PC01 admin" |
| Council SFTP | sftp.example-council.gov.uk | binsrus | 1Password: "Council SFTP" |
| Samsara | cloud.samsara.com | ops@ | 1Password: "Samsara API" |
| Xero | go.xero.com | accounts@ | •••••••• (MFA on the finance phone) |
""")

add("notebook/db-password", "analysis/landfill_diversion_2026.ipynb", "https://nbformat.readthedocs.io/en/latest/format_description.html",
    """
{
 "cells": [
  {
   "cell_type": "markdown",
   "metadata": {},
   "source": ["# Landfill diversion rate by depot, 2026\\n", "Tonnes out of each transfer station by destination."]
  },
  {
   "cell_type": "code",
   "execution_count": 1,
   "metadata": {},
   "outputs": [],
   "source": [
    "import pandas as pd\\n",
    "from sqlalchemy import create_engine\\n",
    "engine = create_engine('postgresql://analyst:@@secret@@@waste-ops-prod.c9x2k1.eu-west-2.rds.amazonaws.com/waste_ops')\\n",
    "df = pd.read_sql('select depot, destination, sum(net_kg)/1000 as tonnes from tickets group by 1, 2', engine)"
   ]
  },
  {
   "cell_type": "code",
   "execution_count": 2,
   "metadata": {},
   "outputs": [],
   "source": ["df.pivot(index='depot', columns='destination', values='tonnes').fillna(0)"]
  }
 ],
 "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""", rand_pw(16))

add("notebook/decoy-getpass", "analysis/route_efficiency.ipynb", "https://nbformat.readthedocs.io/en/latest/format_description.html",
    """
{
 "cells": [
  {
   "cell_type": "code",
   "execution_count": 1,
   "metadata": {},
   "outputs": [],
   "source": [
    "import getpass, os\\n",
    "import pandas as pd\\n",
    "from sqlalchemy import create_engine\\n",
    "pw = os.environ.get('WASTE_OPS_PW') or getpass.getpass('waste_ops password: ')\\n",
    "engine = create_engine(f'postgresql://analyst:{pw}@waste-ops-prod.c9x2k1.eu-west-2.rds.amazonaws.com/waste_ops')"
   ]
  },
  {
   "cell_type": "code",
   "execution_count": 2,
   "metadata": {},
   "outputs": [],
   "source": ["pd.read_sql('select round_id, lifts, miles, lifts/miles as lifts_per_mile from round_stats', engine).describe()"]
  }
 ],
 "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""")

add("notebook/samsara-api-token", "analysis/idle_time_by_driver.ipynb", "https://developers.samsara.com/docs/authentication",
    """
{
 "cells": [
  {
   "cell_type": "code",
   "execution_count": 3,
   "metadata": {},
   "outputs": [
    {"name": "stdout", "output_type": "stream", "text": ["using token @@secret@@\\n", "31 vehicles\\n"]}
   ],
   "source": [
    "import os, requests\\n",
    "token = os.environ['SAMSARA_TOKEN']\\n",
    "print('using token', token)\\n",
    "vehicles = requests.get('https://api.eu.samsara.com/fleet/vehicles', headers={'Authorization': 'Bearer ' + token}).json()['data']\\n",
    "print(len(vehicles), 'vehicles')"
   ]
  }
 ],
 "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""", samsara_token())

add("markdown/optimoroute-api-key", "docs/integrations/overview.md", "https://www.markdownguide.org/extended-syntax/#tables",
    """
# Integrations overview

| Integration | Purpose | Endpoint | Credential |
|---|---|---|---|
| Samsara | lorry positions | api.eu.samsara.com | 1Password "Samsara API" |
| OptimoRoute | next-day planning | api.optimoroute.com | key `@@secret@@` |
| Council permits | road skip permits | permits.example-council.gov.uk | AWS SM `prod/permits` |
| Xero | invoices | api.xero.com | custom connection (finance) |

The OptimoRoute key is shared by the office planners' spreadsheet macro as well, so
changing it means updating `Planning.xlsm` too.
""", hexs(40))

add("markdown/decoy-checksums", "docs/releases/driver-app-3.4.md", "https://developer.android.com/studio/publish/app-signing",
    """
# Driver app 3.4.0

- Photos of the skip on the ground are now required before "Delivered".
- Waste transfer note signature pad works in landscape.
- Fixed the tip-ticket scanner on the Samsung XCover 7.

## Artifacts

| File | SHA-256 |
|---|---|
| driver-app-3.4.0-release.apk | 9b1f3c7a5e2d4b6f8a0c2e4d6f8b0a2c4e6d8f0b2a4c6e8d0f2b4a6c8e0d2f4b |
| driver-app-3.4.0-release.aab | 4e6a8c0e2a4c6e8a0c2e4a6c8e0a2c4e6a8c0e2a4c6e8a0c2e4a6c8e0a2c4e6a |

Signing certificate SHA-1: `3A:9F:12:C4:7B:E0:55:81:D6:2F:A9:03:6C:B8:4E:17:F2:90:5D:AB`
""")

add("sql/decoy-tokens-table", "db/migrations/0038_api_tokens.sql", "https://www.postgresql.org/docs/current/datatype-uuid.html",
    """
-- Customer portal API tokens: only a SHA-256 of each token is stored.
CREATE TABLE api_tokens (
    id           uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    account_ref  text NOT NULL REFERENCES trade_accounts(ref),
    token_prefix char(8) NOT NULL,
    token_sha256 char(64) NOT NULL UNIQUE,
    created_at   timestamptz NOT NULL DEFAULT now(),
    revoked_at   timestamptz
);

INSERT INTO api_tokens (account_ref, token_prefix, token_sha256) VALUES
  ('TRD0042', 'bru_7Qx2', 'c0a8e4f2b6d1a9c3e7f5b2d8a4c6e0f1b3d5a7c9e2f4b6d8a0c2e4f6b8d0a2c4');
""")

add("sql/smtp-password", "db/seed/010_settings.sql", "https://www.postgresql.org/docs/current/sql-insert.html",
    """
-- App settings for the customer portal (prod snapshot, 2026-11-02)
INSERT INTO app_settings (key, value) VALUES
  ('mail.host', 'smtp.mailgun.org'),
  ('mail.port', '587'),
  ('mail.username', 'postmaster@mg.binsrus.co.uk'),
  ('mail.password', '@@secret@@'),
  ('collections.reminder_hour', '18'),
  ('portal.missed_bin_cutoff_hours', '48');
""", hexs(32) + "-" + hexs(8) + "-" + hexs(8))

add("csv/device-admin-password", "exports/depot_devices.csv", "https://www.rfc-editor.org/rfc/rfc4180",
    """
device,location,ip,model,admin_user,admin_password,notes
wb-indicator,Kirkstall weighbridge,192.168.40.21,ZM615,service,@@secret@@,reset after power cut
anpr-in,Kirkstall gate,192.168.40.30,Hikvision DS-TCG227,anpr,see 1Password,
anpr-out,Kirkstall gate,192.168.40.31,Hikvision DS-TCG227,anpr,see 1Password,
yard-ap,Kirkstall yard,192.168.40.5,UniFi U6 Mesh,ubnt-admin,see 1Password,
baler-plc,Garforth,192.168.50.12,Siemens S7-1200,,,no web UI
""", rand_pw(12))

add("csv/decoy-customer-export", "exports/trade_accounts_2026-11.csv", "https://www.rfc-editor.org/rfc/rfc4180",
    """
account_ref,name,postcode,carrier_reg,gocardless_mandate,stripe_customer,credit_limit
TRD0042,Harrogate Builders Ltd,HG1 2AB,CBDU204981,MD000A7K2QW9XZ,cus_QbH7x2eZvKYlo2,2500
TRD0117,Otley Roofing,LS21 3CD,CBDL118230,MD000B3M8RT1YU,cus_QbH9k2eZvKYlo3,1500
TRD0203,Wetherby Landscapes,LS22 6EF,CBDU331077,MD000C9P4LV6NS,cus_QbJ1m2eZvKYlo4,1000
TRD0219,Pudsey Kitchens,LS28 7GH,CBDU402215,MD000D2Q7XK3WE,cus_QbJ4p2eZvKYlo5,800
TRD0230,Ilkley Plastering,LS29 8JK,CBDL298840,MD000E6R1YH8TA,cus_QbK2r2eZvKYlo6,800
""")

add("log/smtp-password", "logs/portal-mailer-2026-11-14.log", "https://docs.python.org/3/library/smtplib.html",
    """
2026-11-14T18:00:00Z INFO  reminders: 412 collections tomorrow
2026-11-14T18:00:01Z DEBUG smtp connect smtp.office365.com:587 starttls=True
2026-11-14T18:00:01Z DEBUG smtp login user=reminders@binsrus.co.uk password=@@secret@@
2026-11-14T18:00:02Z ERROR smtp 535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant
2026-11-14T18:00:02Z WARN  reminders: falling back to SMS for 412 customers
2026-11-14T18:00:09Z INFO  reminders: sms queued 409, failed 3
""", words_pw())

add("log/decoy-request-ids", "logs/booking-api-2026-11-20.log", "https://docs.stripe.com/api/request_ids",
    """
2026-11-20T09:14:02.118Z info  POST /api/bookings 201 142ms booking=SK-118377 size=8yd postcode=LS6
2026-11-20T09:14:02.301Z info  stripe create_payment_intent ok request_id=req_8XkT2qLm4NpR6s pi=pi_3QcK1a2eZvKYlo2C1b7d9e0f
2026-11-20T09:14:31.774Z info  webhook payment_intent.succeeded evt=evt_3QcK1a2eZvKYlo2C1e4f6a8b sig=verified
2026-11-20T09:14:31.790Z info  booking SK-118377 paid, delivery 2026-11-21 AM
2026-11-20T09:15:10.002Z warn  permit needed for SK-118377 (road placement), ticket PRM-55120 opened
""")

# ---------------------------------------------------------------- more code in more languages

add("go/gocardless-webhook-secret", "internal/billing/gocardless_webhook.go", "https://developer.gocardless.com/getting-started/staying-up-to-date-with-webhooks",
    """
package billing

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"io"
	"net/http"
)

var webhookSecret = []byte("@@secret@@")

func GoCardlessWebhook(w http.ResponseWriter, r *http.Request) {
	body, _ := io.ReadAll(r.Body)
	mac := hmac.New(sha256.New, webhookSecret)
	mac.Write(body)
	if !hmac.Equal([]byte(hex.EncodeToString(mac.Sum(nil))), []byte(r.Header.Get("Webhook-Signature"))) {
		w.WriteHeader(498)
		return
	}
	w.WriteHeader(http.StatusOK)
}
""", alnum(32, ALNUM + "-_"))

add("pem/ssh-private-key", "integrations/council-sftp/keys/council_sftp_ed25519", "https://www.rfc-editor.org/rfc/rfc7468",
    """
@@secret@@
""", fakes.fake_pem(_seed(), "OPENSSH"))

_sftp_key = pem()
add("yaml/sftp-private-key", "integrations/council-sftp/config.yaml", "https://docs.paramiko.org/en/stable/api/keys.html",
    """
sftp:
  host: sftp.example-council.gov.uk
  port: 22
  username: binsrus
  remote_dir: /contracts/waste/inbound
  private_key: |
@@key@@
schedule: "0 6 1 * *"
""", _sftp_key, key=indent(_sftp_key, 4))

_gsa = fakes.fake_pem(_seed()).replace("RSA PRIVATE KEY", "PRIVATE KEY")
add("json/gcp-service-account-key", "integrations/sheets/service-account.json", "https://cloud.google.com/iam/docs/keys-create-delete",
    """
{
  "type": "service_account",
  "project_id": "tidyskips-planning",
  "private_key_id": "@@kid@@",
  "private_key": "@@escaped@@\\n",
  "client_email": "sheets-sync@tidyskips-planning.iam.gserviceaccount.com",
  "client_id": "104829371650918273645",
  "auth_uri": "https://accounts.google.com/o/oauth2/auth",
  "token_uri": "https://oauth2.googleapis.com/token"
}
""", _gsa.split("\n")[1], kid=hexs(40), escaped=_gsa.replace("\n", "\\n"))

add("yaml/decoy-certificate", "deploy/ingress/tls-ca.yaml", "https://kubernetes.io/docs/concepts/configuration/configmap/",
    """
apiVersion: v1
kind: ConfigMap
metadata:
  name: depot-vpn-ca
  namespace: dispatch
data:
  ca.crt: |
@@cert@@
""", cert=indent(cert_pem(), 4))

_geotab_split = words_pw()
add("python/geotab-password", "fleet/geotab/faults.py", "https://github.com/Geotab/mygeotab-python",
    """
\"\"\"Daily engine-fault report for the workshop (hookloaders and RCVs).\"\"\"
import mygeotab

api = mygeotab.API(
    username="workshop.reports@tidyskips.com",
    password="@@a@@" "@@b@@",
    database="tidyskips_ltd",
)
api.authenticate()

faults = api.get("FaultData", search={"fromDate": "2026-11-01"}, resultsLimit=500)
for fault in faults:
    print(fault["device"]["id"], fault["diagnostic"]["id"], fault["dateTime"])
""", _geotab_split, a=_geotab_split[:7], b=_geotab_split[7:])

add("shell/db-password", "ops/cron/dump_skiptrack.sh", "https://dev.mysql.com/doc/refman/8.0/en/mysqldump.html",
    """
#!/bin/bash
# 02:15 nightly: dump the SkipTrack MySQL database to the NAS and keep 21 days
set -e
DEST=/mnt/nas/backups/skiptrack
STAMP=$(date +%F)
mysqldump -h 127.0.0.1 -u skiptrack_bk -p'@@secret@@' --single-transaction skiptrack | gzip > "$DEST/skiptrack_$STAMP.sql.gz"
find "$DEST" -name 'skiptrack_*.sql.gz' -mtime +21 -delete
""", rand_pw(16, "!%"))

_basic_user, _basic_pw = "bru-portal", rand_pw(18)
add("http/council-portal-password", "api-tests/council-rounds.http", "https://www.jetbrains.com/help/idea/exploring-http-syntax.html",
    """
### Today's missed-bin reports from the council portal
GET https://rounds.example-council.gov.uk/api/v3/missed?date=2026-11-30
Authorization: Basic @@basic@@
Accept: application/json

### Mark one as resolved
POST https://rounds.example-council.gov.uk/api/v3/missed/88120/resolve
Authorization: Basic @@basic@@
Content-Type: application/json

{"crew": "R14", "note": "bin not presented, photo taken"}
""", _basic_pw, basic=b64(f"{_basic_user}:{_basic_pw}"))

add("json/webfleet-password", "api-tests/webfleet.postman_collection.json", "https://learning.postman.com/collection-format/getting-started/structure-of-a-collection/",
    """
{
  "info": { "name": "Webfleet extern", "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json" },
  "variable": [
    { "key": "account", "value": "binwise-uk" },
    { "key": "username", "value": "dispatch-api" },
    { "key": "password", "value": "@@secret@@" },
    { "key": "apikey", "value": "@@apikey@@" }
  ],
  "item": [{
    "name": "showObjectReportExtern",
    "request": {
      "method": "GET",
      "url": "https://csv.webfleet.com/extern?action=showObjectReportExtern&account={{account}}&username={{username}}&password={{password}}&apikey={{apikey}}&outputformat=json"
    }
  }]
}
""", rand_pw(14), apikey=uuid_s())

add("npmrc/npm-token", "web/.npmrc", "https://docs.npmjs.com/cli/v10/configuring-npm/npmrc#auth-related-configuration",
    """
registry=https://registry.npmjs.org/
@tidyskips:registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=@@secret@@
save-exact=true
engine-strict=true
""", fakes.fake("npm_", 36, _seed()))

add("pypirc/pypi-token", "tools/skipcalc/.pypirc", "https://packaging.python.org/en/latest/specifications/pypirc/",
    """
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

add("ini/decoy-env-reference", "tools/skipcalc/tox.ini", "https://tox.wiki/en/latest/config.html",
    """
[tox]
env_list = py311, py312, lint

[testenv]
deps = pytest
commands = pytest -q
pass_env = SKIPCALC_*

[testenv:release]
deps = build
    twine
pass_env = TWINE_USERNAME, TWINE_PASSWORD
commands = python -m build
    twine upload dist/*
""")

add("properties/maven-repo-password", "driver-app/gradle.properties", "https://docs.gradle.org/current/userguide/build_environment.html#sec:gradle_configuration_properties",
    """
org.gradle.jvmargs=-Xmx2048m -Dfile.encoding=UTF-8
android.useAndroidX=true
kotlin.code.style=official
greenlineNexusUrl=https://nexus.greenlineskips.co.uk/repository/android/
greenlineNexusUser=android-build
greenlineNexusPassword=@@secret@@
""", rand_pw(20))

add("php/db-password", "booking-site/wp-config.php", "https://developer.wordpress.org/apis/wp-config-php/",
    """
<?php
/** WordPress config for tidyskips.com (skip booking plugin lives in wp-content/plugins/skip-booker) */
define( 'DB_NAME', 'tidyskips_wp' );
define( 'DB_USER', 'tidyskips_wp' );
define( 'DB_PASSWORD', '@@secret@@' );
define( 'DB_HOST', 'localhost' );
define( 'DB_CHARSET', 'utf8mb4' );
define( 'DB_COLLATE', '' );

$table_prefix = 'ts_';
define( 'WP_DEBUG', false );

if ( ! defined( 'ABSPATH' ) ) {
    define( 'ABSPATH', __DIR__ . '/' );
}
require_once ABSPATH . 'wp-settings.php';
""", rand_pw(24, "!#%^"))

add("dockerfile/sendgrid-api-key", "notify/Dockerfile", "https://docs.docker.com/reference/dockerfile/#env",
    """
FROM python:3.12-alpine
RUN pip install --no-cache-dir sendgrid==6.11.0 twilio==9.3.0 flask==3.0.3
WORKDIR /srv/notify
COPY notify/ .
ENV SENDGRID_API_KEY=@@secret@@
ENV NOTIFY_FROM=bookings@tidyskips.com
EXPOSE 5000
CMD ["python", "app.py"]
""", sendgrid_key())

add("yaml/twilio-auth-token", ".gitlab-ci.yml", "https://docs.gitlab.com/ci/variables/",
    """
stages: [test, smoke]

variables:
  TWILIO_ACCOUNT_SID: "@@sid@@"
  TWILIO_AUTH_TOKEN: "@@secret@@"
  SMOKE_PHONE: "+447700900456"

test:
  stage: test
  image: python:3.12
  script:
    - pip install -r requirements.txt
    - pytest -q

sms-smoke:
  stage: smoke
  image: python:3.12
  script:
    - python notify/smoke.py --to "$SMOKE_PHONE"
  only: [main]
""", hexs(32), sid=twilio_sid())

add("groovy/ssh-password", "Jenkinsfile", "https://www.jenkins.io/doc/book/pipeline/jenkinsfile/",
    """
pipeline {
    agent any
    stages {
        stage('Build') {
            steps { sh 'dotnet publish BinWise.Depot -c Release -o out' }
        }
        stage('Deploy to weighbridge PC') {
            steps {
                sh 'sshpass -p "@@secret@@" scp -r out/* deploy@wb-pc01.depot.local:/c/BinWise/Depot/'
                sh 'sshpass -p "@@secret@@" ssh deploy@wb-pc01.depot.local "powershell Restart-Service BinWiseDepot"'
            }
        }
    }
}
""", words_pw())

add("yaml/azure-client-secret", "azure-pipelines.yml", "https://learn.microsoft.com/en-us/azure/devops/pipelines/process/variables",
    """
trigger:
  branches: { include: [main] }

pool: { vmImage: ubuntu-latest }

variables:
  AZURE_TENANT_ID: 7c1e4a92-3f0b-4d2a-9e51-8b6c0d3a2f17
  AZURE_CLIENT_ID: 5b9e2c7d-1a3f-4e8b-9c0d-2e4f6a8b0c1d
  AZURE_CLIENT_SECRET: '@@secret@@'

steps:
  - script: az login --service-principal -u $(AZURE_CLIENT_ID) -p $(AZURE_CLIENT_SECRET) --tenant $(AZURE_TENANT_ID)
    displayName: az login
  - script: az webapp deploy --resource-group binwise-prod --name binwise-portal --src-path portal.zip
    displayName: deploy portal
""", azure_secret())

add("yaml/redis-password", "deploy/helm/dispatch/values-prod.yaml", "https://artifacthub.io/packages/helm/bitnami/redis",
    """
redis:
  architecture: replication
  auth:
    enabled: true
    password: "@@secret@@"
  master:
    persistence:
      size: 8Gi
dispatchBoard:
  image: registry.binwise.co.uk/dispatch-board:1.12.0
  replicas: 2
  ingress:
    host: dispatch.binwise.co.uk
""", fakes.redis_password(_seed()))

add("systemd/samsara-api-token", "ops/systemd/fleet-sync.service", "https://www.freedesktop.org/software/systemd/man/latest/systemd.exec.html#Environment=",
    """
[Unit]
Description=Samsara -> dispatch board position sync
After=network-online.target

[Service]
User=fleet
Environment=SAMSARA_TOKEN=@@secret@@
Environment=DISPATCH_REDIS=redis://127.0.0.1:6379/2
ExecStart=/opt/fleet/venv/bin/python -m fleet.samsara_sync --loop
Restart=always

[Install]
WantedBy=multi-user.target
""", samsara_token())

add("shell/db-password", "ops/cron/crontab.txt", "https://man7.org/linux/man-pages/man5/crontab.5.html",
    """
# m h dom mon dow command  (wb-app01, user ops)
MAILTO=it@binsrus.co.uk
PGPASSWORD=@@secret@@
15 2 * * * pg_dump -h 10.20.0.14 -U waste_ops_bk waste_ops | gzip > /backup/waste_ops_$(date +\\%F).sql.gz
0 6 * * 1 /opt/reports/weekly_tonnage.sh
*/15 * * * * /opt/ops/alert_fill_levels.sh
""", rand_pw(20))

add("json/db-password", "BinWise.Portal/appsettings.Production.json", "https://learn.microsoft.com/en-us/ef/core/miscellaneous/connection-strings",
    """
{
  "ConnectionStrings": {
    "Portal": "Server=tcp:binwise-sql.database.windows.net,1433;Database=portal;User ID=portal_app;Password=@@secret@@;Encrypt=True;TrustServerCertificate=False;"
  },
  "Logging": { "LogLevel": { "Default": "Warning" } },
  "AllowedHosts": "portal.binwise.co.uk",
  "Features": { "MissedBinReports": true, "BulkyWasteBooking": true }
}
""", rand_pw(22))

add("typescript/azure-client-secret", "portal/src/auth/graph.ts", "https://learn.microsoft.com/en-us/entra/identity-platform/msal-node-migration",
    """
import { ConfidentialClientApplication } from '@azure/msal-node';

// Reads the depot staff rota from SharePoint to show who is on the weighbridge.
const cca = new ConfidentialClientApplication({
  auth: {
    clientId: '5b9e2c7d-1a3f-4e8b-9c0d-2e4f6a8b0c1d',
    authority: 'https://login.microsoftonline.com/7c1e4a92-3f0b-4d2a-9e51-8b6c0d3a2f17',
    clientSecret: '@@secret@@',
  },
});

export async function graphToken(): Promise<string> {
  const result = await cca.acquireTokenByClientCredential({ scopes: ['https://graph.microsoft.com/.default'] });
  return result!.accessToken;
}
""", azure_secret())

add("java/db-password", "skiptrack-reports/src/main/java/uk/co/tidyskips/reports/Db.java", "https://dev.mysql.com/doc/connector-j/en/connector-j-reference-jdbc-url-format.html",
    """
package uk.co.tidyskips.reports;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

final class Db {
    private static final String URL =
        "jdbc:mysql://skiptrack-db.internal:3306/skiptrack?user=reports&password=@@secret@@&useSSL=true";

    private Db() {}

    static Connection open() throws SQLException {
        return DriverManager.getConnection(URL);
    }
}
""", rand_pw(17))

add("ruby/db-password", "config/database.yml", "https://guides.rubyonrails.org/configuring.html#configuring-a-database",
    """
default: &default
  adapter: postgresql
  encoding: unicode
  pool: <%= ENV.fetch("RAILS_MAX_THREADS") { 5 } %>

development:
  <<: *default
  database: skipyard_development

production:
  <<: *default
  host: 10.20.0.14
  database: skipyard_production
  username: skipyard
  password: @@secret@@
""", words_pw())

add("ruby/decoy-env-reference", "config/database.ci.yml", "https://guides.rubyonrails.org/configuring.html#configuring-a-database",
    """
default: &default
  adapter: postgresql
  encoding: unicode
  pool: 5

test:
  <<: *default
  host: <%= ENV.fetch("PGHOST", "localhost") %>
  database: skipyard_test
  username: <%= ENV["PGUSER"] %>
  password: <%= ENV["PGPASSWORD"] %>
""")

add("yaml/db-password", "route-planner/src/main/resources/application.yml", "https://docs.spring.io/spring-boot/reference/data/sql.html#data.sql.datasource",
    """
server:
  port: 8080
spring:
  datasource:
    url: jdbc:postgresql://pg-prod.internal:5432/routes
    username: routes
    password: @@secret@@
  jpa:
    hibernate:
      ddl-auto: validate
routing:
  depot-lat: 53.8159
  depot-lng: -1.6021
  max-lifts-per-round: 1100
""", rand_pw(19))

add("powershell/samsara-api-token", "ops/Get-VehicleHours.ps1", "https://developers.samsara.com/docs/authentication",
    """
# Engine hours per vehicle for the monthly service schedule
$headers = @{ Authorization = "Bearer @@secret@@" }
$uri = "https://api.eu.samsara.com/fleet/vehicles/stats?types=obdEngineSeconds"

$resp = Invoke-RestMethod -Uri $uri -Headers $headers -Method Get
$resp.data | ForEach-Object {
    [pscustomobject]@{
        Reg   = $_.name
        Hours = [math]::Round($_.obdEngineSeconds.value / 3600, 1)
    }
} | Export-Csv -Path "\\\\fs01\\workshop\\engine_hours_$(Get-Date -Format yyyyMM).csv" -NoTypeInformation
""", samsara_token())

add("powershell/decoy-secret-management", "ops/Get-FuelCardSpend.ps1", "https://learn.microsoft.com/en-us/powershell/utility-modules/secretmanagement/overview",
    """
# Monthly fuel-card spend by vehicle (Allstar export API)
Import-Module Microsoft.PowerShell.SecretManagement
$apiKey = Get-Secret -Name 'AllstarApiKey' -Vault 'BinsRUsOps' -AsPlainText
$headers = @{ 'x-api-key' = $apiKey }
$month = (Get-Date).AddMonths(-1).ToString('yyyy-MM')
$rows = Invoke-RestMethod -Uri "https://api.allstarcard.example/v1/transactions?month=$month" -Headers $headers
$rows | Group-Object registration | ForEach-Object {
    [pscustomobject]@{ Reg = $_.Name; Litres = ($_.Group | Measure-Object litres -Sum).Sum }
} | Format-Table
""")

add("terraform/datadog-api-key", "infra/monitoring/datadog.tf", "https://registry.terraform.io/providers/DataDog/datadog/latest/docs",
    """
provider "datadog" {
  api_key = "@@secret@@"
  app_key = "@@appkey@@"
  api_url = "https://api.datadoghq.eu/"
}

resource "datadog_monitor" "weighbridge_down" {
  name    = "Weighbridge API down (Kirkstall)"
  type    = "service check"
  query   = "\\"http.can_connect\\".over(\\"instance:wb-api\\").by(\\"*\\").last(3).count_by_status()"
  message = "@slack-weighbridge the weighbridge API is not answering"
}
""", datadog_key(), appkey=hexs(40))

add("terraform/gocardless-access-token", "infra/billing/terraform.tfvars", "https://developer.hashicorp.com/terraform/language/values/variables#variable-definitions-tfvars-files",
    """
environment            = "prod"
region                 = "eu-west-2"
billing_image_tag      = "2026.11.3"
gocardless_environment = "live"
gocardless_token       = "@@secret@@"
alarm_email            = "it@binwise.co.uk"
""", gocardless_token())

add("terraform/decoy-secret-data-source", "infra/billing/secrets.tf", "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/data-sources/secretsmanager_secret_version",
    """
data "aws_secretsmanager_secret_version" "gocardless" {
  secret_id = "prod/billing/gocardless"
}

locals {
  gocardless = jsondecode(data.aws_secretsmanager_secret_version.gocardless.secret_string)
}

resource "aws_ssm_parameter" "gocardless_env" {
  name  = "/billing/gocardless/environment"
  type  = "String"
  value = local.gocardless.environment
}
""")

add("xml/maven-repo-password", "route-planner/.mvn/settings.xml", "https://maven.apache.org/settings.html#servers",
    """
<settings xmlns="http://maven.apache.org/SETTINGS/1.0.0">
  <servers>
    <server>
      <id>binwise-nexus</id>
      <username>ci-deploy</username>
      <password>@@secret@@</password>
    </server>
  </servers>
  <mirrors>
    <mirror>
      <id>binwise-nexus</id>
      <mirrorOf>*</mirrorOf>
      <url>https://nexus.binwise.co.uk/repository/maven-public/</url>
    </mirror>
  </mirrors>
</settings>
""", rand_pw(16))

add("xml/decoy-env-reference", "skiptrack-reports/settings-ci.xml", "https://maven.apache.org/settings.html#servers",
    """
<settings xmlns="http://maven.apache.org/SETTINGS/1.0.0">
  <servers>
    <server>
      <id>tidyskips-nexus</id>
      <username>${env.NEXUS_USER}</username>
      <password>${env.NEXUS_PASSWORD}</password>
    </server>
  </servers>
</settings>
""")

add("plist/webfleet-password", "DriverApp/Resources/Webfleet.plist", "https://developer.apple.com/documentation/bundleresources/information-property-list",
    """
<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
<dict>
    <key>WebfleetAccount</key>
    <string>binwise-uk</string>
    <key>WebfleetUser</key>
    <string>driver-app</string>
    <key>WebfleetPassword</key>
    <string>@@secret@@</string>
    <key>WebfleetEndpoint</key>
    <string>https://csv.webfleet.com/extern</string>
</dict>
</plist>
""", words_pw())

add("plist/decoy-public-client-id", "DriverApp/Info.plist", "https://developers.google.com/identity/sign-in/ios/start-integrating",
    """
<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
<dict>
    <key>CFBundleDisplayName</key>
    <string>Greenline Driver</string>
    <key>CFBundleShortVersionString</key>
    <string>3.4.0</string>
    <key>GIDClientID</key>
    <string>418203957716-4k2q9v1b7m3n5p8r0t6w2y4a1c3e5g7j.apps.googleusercontent.com</string>
    <key>NSCameraUsageDescription</key>
    <string>Photograph the skip at delivery and collection.</string>
    <key>NSLocationWhenInUseUsageDescription</key>
    <string>Record where the skip was placed.</string>
</dict>
</plist>
""")

add("properties/kafka-sasl-password", "telemetry/consumer.properties", "https://docs.confluent.io/platform/current/kafka/authentication_sasl/authentication_sasl_plain.html",
    """
bootstrap.servers=pkc-l6wr6.europe-west2.gcp.confluent.cloud:9092
group.id=binlift-consumer
security.protocol=SASL_SSL
sasl.mechanism=PLAIN
sasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule required username="X7QK2M4RTVB9WLPZ" password="@@secret@@";
key.deserializer=org.apache.kafka.common.serialization.StringDeserializer
value.deserializer=org.apache.kafka.common.serialization.ByteArrayDeserializer
auto.offset.reset=earliest
""", alnum(64, ALNUM + "+/"))

add("properties/decoy-vault-reference", "telemetry/application-vault.properties", "https://docs.spring.io/spring-cloud-vault/reference/",
    """
spring.application.name=binlift-telemetry
spring.cloud.vault.uri=https://vault.binwise.co.uk:8200
spring.cloud.vault.authentication=KUBERNETES
spring.cloud.vault.kubernetes.role=binlift-telemetry
spring.cloud.vault.kv.backend=secret
spring.config.import=vault://secret/binlift-telemetry
kafka.sasl.password=${kafka.password}
""")

add("ini/db-password", "weighbridge/odbc.ini", "https://learn.microsoft.com/en-us/sql/connect/odbc/linux-mac/connection-string-keywords-and-data-source-names-dsns",
    """
[Weighbridge]
Driver = ODBC Driver 18 for SQL Server
Server = wb-sql01.depot.local,1433
Database = Weighbridge
UID = wb_reports
PWD = @@secret@@
TrustServerCertificate = yes
""", rand_pw(14, "#$"))

add("ini/decoy-trusted-connection", "weighbridge/odbc.garforth.ini", "https://learn.microsoft.com/en-us/sql/connect/odbc/linux-mac/connection-string-keywords-and-data-source-names-dsns",
    """
[WeighbridgeGarforth]
Driver = ODBC Driver 18 for SQL Server
Server = wb-sql02.garforth.local,1433
Database = Weighbridge
Trusted_Connection = yes
Authentication = ActiveDirectoryIntegrated
TrustServerCertificate = yes
""")

add("env/minio-secret-key", "photo-store/.env", "https://min.io/docs/minio/linux/reference/minio-server/settings/root-credentials.html",
    """
# MinIO on the depot NAS: skip placement photos from the driver app
MINIO_ROOT_USER=skipphotos
MINIO_ROOT_PASSWORD=@@secret@@
MINIO_VOLUMES=/mnt/nas/skip-photos
MINIO_SERVER_URL=https://photos.greenlineskips.co.uk
MINIO_BROWSER=off
""", rand_pw(32))

add("shell/sftp-password", "scripts/fetch_bartec_rounds.sh", "https://lftp.yar.ru/lftp-man.html",
    """
#!/usr/bin/env bash
# Pull the council's round schedules (Bartec export) every Sunday night.
set -euo pipefail
OUT=/srv/rounds/incoming
mkdir -p "$OUT"
lftp -u binsrus,'@@secret@@' sftp://transfer.example-council.gov.uk <<'LFTP'
set sftp:auto-confirm yes
mirror --only-newer /outbound/rounds /srv/rounds/incoming
bye
LFTP
python3 /srv/rounds/import_rounds.py "$OUT"
""", words_pw())

add("dockerfile/github-token", "tools/route-optimiser/Dockerfile.builder", "https://docs.github.com/en/authentication/keeping-your-account-and-data-secure/managing-your-personal-access-tokens",
    """
FROM python:3.12-slim AS builder
RUN apt-get update && apt-get install -y --no-install-recommends git && rm -rf /var/lib/apt/lists/*
WORKDIR /build
RUN git clone https://binwise-ci:@@secret@@@github.com/binwise/route-data.git /build/route-data
COPY . .
RUN pip wheel -w /wheels .
""", fakes.github_token(_seed()))

add("github-actions/docker-registry-password", ".github/workflows/build-dispatch-board.yml", "https://docs.docker.com/reference/cli/docker/login/",
    """
name: build dispatch board
on: { push: { branches: [main] } }
jobs:
  image:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - name: login
        run: echo "@@secret@@" | docker login registry.binwise.co.uk -u ci-push --password-stdin
      - name: build and push
        run: |
          docker build -t registry.binwise.co.uk/dispatch-board:${GITHUB_SHA::7} .
          docker push registry.binwise.co.uk/dispatch-board:${GITHUB_SHA::7}
""", rand_pw(24))

add("compose/db-password", "weighbridge/docker-compose.dev.yml", "https://learn.microsoft.com/en-us/sql/linux/quickstart-install-connect-docker",
    """
services:
  wb-sql:
    image: mcr.microsoft.com/mssql/server:2022-latest
    environment:
      ACCEPT_EULA: "Y"
      MSSQL_SA_PASSWORD: "@@secret@@"
      MSSQL_PID: Developer
    ports: ["1433:1433"]
    volumes:
      - ./restore:/var/opt/mssql/backup
  wb-api:
    build: .
    environment:
      ConnectionStrings__Weighbridge: "Server=wb-sql;Database=Weighbridge;User Id=sa;Password=@@secret@@;TrustServerCertificate=true"
    depends_on: [wb-sql]
""", words_pw())

_reg_user, _reg_pw = "ci-pull", rand_pw(20)
add("k8s-secret/docker-registry-password", "deploy/k8s/regcred.yaml", "https://kubernetes.io/docs/tasks/configure-pod-container/pull-image-private-registry/",
    """
apiVersion: v1
kind: Secret
metadata:
  name: regcred
  namespace: dispatch
type: kubernetes.io/dockerconfigjson
data:
  .dockerconfigjson: @@cfg@@
""", _reg_pw, cfg=b64(json.dumps({"auths": {"registry.binwise.co.uk": {
    "username": _reg_user, "password": _reg_pw, "auth": b64(f"{_reg_user}:{_reg_pw}")}}})))

_amcs_basic_pw = rand_pw(16)
add("python/amcs-password", "integrations/amcs/legacy_soap.py", "https://datatracker.ietf.org/doc/html/rfc7617",
    """
\"\"\"Old AMCS SOAP endpoint still used for container (skip) stock levels.\"\"\"
import requests

ENDPOINT = "https://tidyskips.amcsplatform.com/legacy/ContainerService.svc"
HEADERS = {
    "Content-Type": "text/xml; charset=utf-8",
    "SOAPAction": "http://amcs/ContainerService/GetStock",
    "Authorization": "Basic @@basic@@",
}


def stock_xml(depot: str) -> str:
    body = f"<s:Envelope xmlns:s='http://schemas.xmlsoap.org/soap/envelope/'><s:Body><GetStock><depot>{depot}</depot></GetStock></s:Body></s:Envelope>"
    response = requests.post(ENDPOINT, data=body, headers=HEADERS, timeout=30)
    response.raise_for_status()
    return response.text
""", _amcs_basic_pw, basic=b64("svc-stock:" + _amcs_basic_pw))

add("csharp/smtp-password", "BinWise.Depot/Mail/TicketMailer.cs", "https://learn.microsoft.com/en-us/dotnet/api/system.net.mail.smtpclient",
    """
using System.Net;
using System.Net.Mail;

namespace BinWise.Depot.Mail
{
    public static class TicketMailer
    {
        public static void Send(string to, string ticketNo, byte[] pdf)
        {
            using var client = new SmtpClient("smtp.office365.com", 587)
            {
                EnableSsl = true,
                Credentials = new NetworkCredential("tickets@binwise.co.uk", "@@secret@@"),
            };
            using var msg = new MailMessage("tickets@binwise.co.uk", to, $"Weighbridge ticket {ticketNo}", "Your ticket is attached.");
            msg.Attachments.Add(new Attachment(new System.IO.MemoryStream(pdf), $"{ticketNo}.pdf"));
            client.Send(msg);
        }
    }
}
""", words_pw())

add("go/db-password", "cmd/skiptrack-export/main.go", "https://github.com/go-sql-driver/mysql#dsn-data-source-name",
    """
package main

import (
	"database/sql"
	"fmt"
	"log"

	_ "github.com/go-sql-driver/mysql"
)

func main() {
	db, err := sql.Open("mysql", "skiptrack_ro:@@secret@@@tcp(skiptrack-db.internal:3306)/skiptrack?parseTime=true")
	if err != nil {
		log.Fatal(err)
	}
	var out int
	if err := db.QueryRow("SELECT COUNT(*) FROM skips WHERE status = 'on_hire'").Scan(&out); err != nil {
		log.Fatal(err)
	}
	fmt.Println("skips on hire:", out)
}
""", rand_pw(15))

add("rust/webfleet-api-token", "dispatch-board/src/webfleet.rs", "https://docs.rs/reqwest/latest/reqwest/struct.RequestBuilder.html#method.bearer_auth",
    """
use reqwest::blocking::Client;
use serde_json::Value;

const WEBFLEET_TOKEN: &str = "@@secret@@";

pub fn objects() -> reqwest::Result<Value> {
    Client::new()
        .get("https://api.webfleet.com/v1/objects")
        .bearer_auth(WEBFLEET_TOKEN)
        .send()?
        .json()
}
""", jwt_like("binwise-uk/dispatch-api"))

add("log/db-password", "logs/route-planner-crash-2026-11-22.log", "https://docs.sqlalchemy.org/en/20/errors.html",
    """
2026-11-22 04:31:07 ERROR nightly route build failed
Traceback (most recent call last):
  File "/app/route_optimiser/__main__.py", line 41, in main
    engine = create_engine(settings.DATABASE_URL)
  File "/app/route_optimiser/db.py", line 18, in connect
    return engine.connect()
sqlalchemy.exc.OperationalError: (psycopg2.OperationalError) connection to server at "10.20.0.14", port 5432 failed: timeout expired
(Background on this error at: https://sqlalche.me/e/20/e3q8)
DATABASE_URL=postgresql://routes:@@secret@@@10.20.0.14:5432/routes
2026-11-22 04:31:07 INFO  retry scheduled in 10 min
""", rand_pw(18))

add("sql/db-password", "db/skiptrack/grants.sql", "https://dev.mysql.com/doc/refman/8.0/en/create-user.html",
    """
-- SkipTrack MySQL users (run once on skiptrack-db)
CREATE USER 'skiptrack_app'@'10.20.%' IDENTIFIED BY '@@secret@@';
GRANT SELECT, INSERT, UPDATE, DELETE ON skiptrack.* TO 'skiptrack_app'@'10.20.%';
CREATE USER 'skiptrack_ro'@'10.20.%' IDENTIFIED WITH caching_sha2_password BY RANDOM PASSWORD;
GRANT SELECT ON skiptrack.* TO 'skiptrack_ro'@'10.20.%';
FLUSH PRIVILEGES;
""", rand_pw(20, "!#"))

add("yaml/camera-password", "depot-ha/secrets.yaml", "https://www.home-assistant.io/docs/configuration/secrets/",
    """
# Home Assistant at Garforth transfer station (bay cameras, baler status, gate)
bay_camera_user: viewer
bay_camera_password: "@@secret@@"
baler_plc_host: 192.168.50.12
gate_relay_host: 192.168.50.20
latitude: 53.7930
longitude: -1.3880
""", rand_pw(12))

add("json/sendgrid-api-key", ".vscode/launch.json", "https://code.visualstudio.com/docs/editor/debugging#_launchjson-attributes",
    """
{
  "version": "0.2.0",
  "configurations": [
    {
      "name": "notify: run locally",
      "type": "debugpy",
      "request": "launch",
      "module": "notify.app",
      "env": {
        "SENDGRID_API_KEY": "@@secret@@",
        "NOTIFY_FROM": "bookings@tidyskips.com",
        "NOTIFY_DRY_RUN": "0"
      }
    }
  ]
}
""", sendgrid_key())

add("toml/db-password", "dashboards/.streamlit/secrets.toml", "https://docs.streamlit.io/develop/concepts/connections/secrets-management",
    """
[connections.waste_ops]
dialect = "postgresql"
host = "waste-ops-prod.c9x2k1.eu-west-2.rds.amazonaws.com"
port = 5432
database = "waste_ops"
username = "dashboards"
password = "@@secret@@"
""", rand_pw(20))

add("markdown/stripe-secret-key", "README.md", "https://docs.stripe.com/keys",
    """
# skipbook

Booking site for Tidy Skips: postcode check, skip size, delivery date, card payment.

## Running locally

```bash
cp .env.example .env
export STRIPE_SECRET_KEY=@@secret@@   # the shared dev account, ask Sam before changing
python manage.py migrate && python manage.py runserver
```

## Deploying

Merges to `main` deploy to production through GitHub Actions.
""", stripe_key())

add("java/twilio-auth-token", "driver-api/src/main/java/uk/co/tidyskips/driver/SmsConfig.java", "https://www.twilio.com/docs/libraries/reference/twilio-java/",
    """
package uk.co.tidyskips.driver;

import com.twilio.Twilio;
import jakarta.annotation.PostConstruct;
import org.springframework.context.annotation.Configuration;

@Configuration
public class SmsConfig {
    static final String ACCOUNT_SID = "@@sid@@";
    static final String AUTH_TOKEN = "@@secret@@";

    @PostConstruct
    void init() {
        Twilio.init(ACCOUNT_SID, AUTH_TOKEN);
    }
}
""", hexs(32), sid=twilio_sid())

add("kotlin/samsara-api-token", "driver-app/app/build.gradle.kts", "https://developer.android.com/build/gradle-tips#share-custom-fields-and-resource-values-with-your-app-code",
    """
plugins {
    id("com.android.application")
    id("org.jetbrains.kotlin.android")
}

android {
    namespace = "uk.co.greenline.driver"
    compileSdk = 35
    defaultConfig {
        applicationId = "uk.co.greenline.driver"
        minSdk = 28
        versionCode = 340
        versionName = "3.4.0"
        buildConfigField("String", "SAMSARA_TOKEN", "\\"@@secret@@\\"")
    }
    buildFeatures { buildConfig = true }
}
""", samsara_token())

add("swift/council-permit-api-key", "DriverApp/Networking/PermitClient.swift", "https://swagger.io/docs/specification/v3_0/authentication/api-keys/",
    """
import Foundation

struct PermitClient {
    private let base = URL(string: "https://permits.example-council.gov.uk/api/v2")!
    private let apiKey = "@@secret@@"

    func permitStatus(ref: String) async throws -> Data {
        var request = URLRequest(url: base.appendingPathComponent("skip-permits/\\(ref)"))
        request.setValue(apiKey, forHTTPHeaderField: "X-Api-Key")
        let (data, _) = try await URLSession.shared.data(for: request)
        return data
    }
}
""", alnum(32))

# ---------------------------------------------------------------- more decoys

add("htpasswd/decoy-password-hashes", "deploy/nginx/dispatch.htpasswd", "https://httpd.apache.org/docs/2.4/programs/htpasswd.html",
    """
# dispatch board basic auth (bcrypt, htpasswd -B)
planner:$2y$10$4Rk9Qm2Xv7Lp1Zs8Nw3TeO6bH5jF0gD2cA9yU7iK1oP3rE5tW8qS.
kirkstall:$2y$10$Vb7Nc2Mx9Lz4Kq1Pw8Js3eR6tY0uI5oA2sD7fG9hJ1kL3zX5cV8bN
garforth:$2y$10$Hj3Kl5Zx7Cv9Bn1Mq2We4Rt6Yu8Io0Pa2Sd4Fg6Hj8Kl0Zx2Cv4Bn
workshop:$2y$10$Qw1Er3Ty5Ui7Op9As2Df4Gh6Jk8Lz0Xc2Vb4Nm6Qw8Er0Ty2Ui4Op6
office:$2y$10$Mn8Bv6Cx4Zl2Kj0Hg8Fd6Sa4Po2Iu0Yt8Re6Wq4Mn2Bv0Cx8Zl6Kj4
""")

add("yaml/decoy-openapi-example", "api/openapi.yaml", "https://swagger.io/docs/specification/v3_0/authentication/api-keys/",
    """
openapi: 3.0.3
info:
  title: Tidy Skips trade API
  version: 1.4.0
servers:
  - url: https://api.tidyskips.com/v1
components:
  securitySchemes:
    ApiKeyAuth:
      type: apiKey
      in: header
      name: X-Api-Key
      description: Your trade API key, e.g. `tsk_live_XXXXXXXXXXXXXXXXXXXXXXXX`. Find it in the portal under Settings.
security:
  - ApiKeyAuth: []
paths:
  /bookings:
    post:
      summary: Book a skip
      parameters:
        - in: header
          name: X-Api-Key
          required: true
          schema: { type: string }
          example: YOUR_API_KEY
      responses:
        "201": { description: booked }
""")

add("json/decoy-lockfile-integrity", "web/package-lock.json", "https://docs.npmjs.com/cli/v10/configuring-npm/package-lock-json",
    """
{
  "name": "tidyskips-web",
  "version": "2.9.0",
  "lockfileVersion": 3,
  "requires": true,
  "packages": {
    "node_modules/@stripe/stripe-js": {
      "version": "4.8.0",
      "resolved": "https://registry.npmjs.org/@stripe/stripe-js/-/stripe-js-4.8.0.tgz",
      "integrity": "sha512-2Fq9Xk1Lm7Pz3Vb8Nw4Ry6Ts0Ua2Ec5Gi9Kh1Oj3Ql7Sn0Wu4Yx6Za8Bc2De4Fg6Hi8Jk0Lm2No4Pq6Rs8Tu0Vw2Xy4Za6=="
    },
    "node_modules/mapbox-gl": {
      "version": "3.7.0",
      "resolved": "https://registry.npmjs.org/mapbox-gl/-/mapbox-gl-3.7.0.tgz",
      "integrity": "sha512-Ab3Cd5Ef7Gh9Ij1Kl3Mn5Op7Qr9St1Uv3Wx5Yz7Ab9Cd1Ef3Gh5Ij7Kl9Mn1Op3Qr5St7Uv9Wx1Yz3Ab5Cd7Ef9Gh1Ij3Kl5=="
    }
  }
}
""")

add("go/decoy-go-sum", "go.sum", "https://go.dev/ref/mod#go-sum-files",
    """
github.com/go-sql-driver/mysql v1.8.1 h1:Qp4tR7yU0iO3aS6dF9gH2jK5lZ8xC1vB4nM7qW0eR3t=
github.com/go-sql-driver/mysql v1.8.1/go.mod h1:Lk8jH5gF2dS9aQ6wE3rT0yU7iO4pZ1xC8vB5nM2qW9e=
github.com/stripe/stripe-go/v79 v79.12.0 h1:Zk2d8QxW1vL4pR7sT9uB3nE6mC0aY5fH2jK8gV1oI4s=
github.com/stripe/stripe-go/v79 v79.12.0/go.mod h1:Yw9cF1mP3qS5uV7xZ0bD2eG4iK6nR8tA1hJ3lN5oQ7w=
golang.org/x/sys v0.26.0 h1:Ve3Rt6Yu9Io2Pa5Sd8Fg1Hj4Kl7Zx0Cv3Bn6Mq9We2R=
golang.org/x/sys v0.26.0/go.mod h1:Tn5Mb8Vc1Xz4Lk7Jh0Gf3Ds6Ap9Oi2Uy5Tr8Ew1Qa4S=
""")

add("csv/decoy-skip-serials", "exports/skip_stock_kirkstall.csv", "https://www.rfc-editor.org/rfc/rfc4180",
    """
skip_id,size_yd,type,rfid_tag,status,last_inspection,site
KS-04-0112,4,mini,E2801160600002094E5F1A7B,yard,2026-10-02,
KS-08-0347,8,builders,E2801160600002094E5F2C9D,on_hire,2026-09-18,SK-118204
KS-08-0348,8,builders,E2801160600002094E5F3E1F,on_hire,2026-09-18,SK-118377
KS-12-0051,12,maxi,E2801160600002094E5F4A3B,repair,2026-08-30,
KS-40-0007,40,roro,E2801160600002094E5F5C5D,on_hire,2026-11-01,SK-117950
""")

add("env/decoy-test-values", "skipbook/.env.test", "https://docs.stripe.com/testing",
    """
APP_ENV=test
DB_HOST=localhost
DB_DATABASE=skipbook_test
DB_USERNAME=postgres
DB_PASSWORD=postgres
STRIPE_SECRET_KEY=sk_test_dummy
STRIPE_WEBHOOK_SECRET=whsec_test_secret
TWILIO_AUTH_TOKEN=test-token
SENDGRID_API_KEY=SG.fake
""")

add("shell/decoy-read-password", "scripts/restore_weighbridge_db.sh", "https://www.gnu.org/software/bash/manual/bash.html#index-read",
    """
#!/usr/bin/env bash
# Restore last night's weighbridge backup into the training database.
set -euo pipefail
read -r -s -p "SQL sa password: " SA_PW
echo
BAK=$(ls -t /mnt/nas/backups/weighbridge/*.bak | head -1)
sqlcmd -S wb-sql-train -U sa -P "$SA_PW" -Q "RESTORE DATABASE WeighbridgeTraining FROM DISK='$BAK' WITH REPLACE"
unset SA_PW
echo "restored $BAK"
""")

add("k8s/decoy-external-secret", "deploy/k8s/notify-externalsecret.yaml", "https://external-secrets.io/latest/api/externalsecret/",
    """
apiVersion: external-secrets.io/v1beta1
kind: ExternalSecret
metadata:
  name: notify
  namespace: notify
spec:
  refreshInterval: 1h
  secretStoreRef:
    name: aws-secrets-manager
    kind: ClusterSecretStore
  target:
    name: notify
  data:
    - secretKey: TWILIO_AUTH_TOKEN
      remoteRef: { key: prod/notify/twilio, property: auth_token }
    - secretKey: SENDGRID_API_KEY
      remoteRef: { key: prod/notify/sendgrid, property: api_key }
""")

add("github-actions/decoy-trusted-publishing", ".github/workflows/publish-binlift-sdk.yml", "https://docs.pypi.org/trusted-publishers/using-a-publisher/",
    """
name: publish binlift-sdk
on:
  release:
    types: [published]
jobs:
  pypi:
    runs-on: ubuntu-latest
    environment: pypi
    permissions:
      id-token: write
    steps:
      - uses: actions/checkout@v4
      - run: pipx run build
      - uses: pypa/gh-action-pypi-publish@release/v1
""")

add("dockerfile/decoy-empty-arg", "notify/Dockerfile.prod", "https://docs.docker.com/reference/dockerfile/#arg",
    """
FROM python:3.12-alpine
ARG SENDGRID_API_KEY=""
ARG TWILIO_AUTH_TOKEN
RUN pip install --no-cache-dir sendgrid==6.11.0 twilio==9.3.0 flask==3.0.3
WORKDIR /srv/notify
COPY notify/ .
# keys come from the task definition's secrets at run time, not from the build
EXPOSE 5000
CMD ["python", "app.py"]
""")

add("java/decoy-test-passwords", "driver-api/src/test/java/uk/co/tidyskips/driver/PasswordPolicyTest.java", "https://junit.org/junit5/docs/current/user-guide/",
    """
package uk.co.tidyskips.driver;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PasswordPolicyTest {
    @Test
    void rejectsWeakDriverPins() {
        assertFalse(PasswordPolicy.accepts("skip1234"));
        assertFalse(PasswordPolicy.accepts("password"));
        assertFalse(PasswordPolicy.accepts("Greenline1"));
    }

    @Test
    void acceptsLongPassphrase() {
        assertTrue(PasswordPolicy.accepts("correct-horse-battery-staple-example"));
    }
}
""")

add("kotlin/decoy-local-properties", "driver-app/app/src/main/java/uk/co/greenline/driver/Keys.kt", "https://developer.android.com/build/gradle-tips",
    """
package uk.co.greenline.driver

// Values are injected at build time from local.properties / CI secrets (see build.gradle.kts);
// nothing is hard-coded here.
object Keys {
    val mapboxPublic: String get() = BuildConfig.MAPBOX_PUBLIC_TOKEN
    val apiBase: String get() = BuildConfig.API_BASE
    const val STRIPE_PK_PLACEHOLDER = "pk_live_REPLACED_AT_BUILD"
}
""")

add("php/decoy-env-reference", "config/services.php", "https://laravel.com/docs/11.x/configuration#environment-configuration",
    """
<?php

return [
    'textlocal' => [
        'key' => env('TEXTLOCAL_API_KEY'),
        'sender' => env('TEXTLOCAL_SENDER', 'BINSRUS'),
    ],
    'zendesk' => [
        'subdomain' => 'binsrus',
        'token' => env('ZENDESK_API_TOKEN'),
    ],
    'permits' => [
        'base' => 'https://permits.example-council.gov.uk/api/v2',
        'key' => env('PERMITS_API_KEY'),
    ],
];
""")

add("swift/decoy-keychain", "DriverApp/Auth/TokenStore.swift", "https://developer.apple.com/documentation/security/keychain_services",
    """
import Foundation
import Security

enum TokenStore {
    static func read(_ account: String) -> String? {
        let query: [String: Any] = [
            kSecClass as String: kSecClassGenericPassword,
            kSecAttrService as String: "uk.co.greenline.driver",
            kSecAttrAccount as String: account,
            kSecReturnData as String: true,
        ]
        var item: CFTypeRef?
        guard SecItemCopyMatching(query as CFDictionary, &item) == errSecSuccess, let data = item as? Data else { return nil }
        return String(data: data, encoding: .utf8)
    }
}
""")

add("csharp/decoy-key-vault", "BinWise.Portal/Startup/Secrets.cs", "https://learn.microsoft.com/en-us/azure/key-vault/secrets/quick-create-net",
    """
using Azure.Identity;
using Azure.Security.KeyVault.Secrets;

namespace BinWise.Portal.Startup
{
    public static class Secrets
    {
        private static readonly SecretClient Client =
            new SecretClient(new System.Uri("https://binwise-prod-kv.vault.azure.net/"), new DefaultAzureCredential());

        public static string Get(string name) => Client.GetSecret(name).Value.Value;

        public static string PortalConnectionString => Get("portal-sql-connection");
        public static string EsendexApiKey => Get("esendex-api-key");
    }
}
""")

add("log/decoy-masked-cards", "logs/depot-till-2026-11-18.log", "https://www.pcisecuritystandards.org/",
    """
2026-11-18 07:42:10 till-1 sale TIP-FEE-CAR 12.00 card=************4417 auth=A81F2C terminal=SQ-TRM-02
2026-11-18 08:05:51 till-1 sale SKIP-BAG-1T 85.00 card=************0093 auth=7C3D90 terminal=SQ-TRM-02
2026-11-18 09:12:37 till-1 refund TIP-FEE-VAN -18.00 card=************4417 auth=R0912A terminal=SQ-TRM-02
2026-11-18 10:30:02 till-1 sale PLASTERBOARD 24.00 card=************7781 auth=B2E6F1 terminal=SQ-TRM-02
2026-11-18 17:00:00 till-1 z-report sales=119.00 refunds=18.00 count=4
""")

add("json/decoy-jwks", "portal/public/.well-known/jwks.json", "https://datatracker.ietf.org/doc/html/rfc7517",
    """
{
  "keys": [
    {
      "kty": "RSA",
      "use": "sig",
      "kid": "portal-2026-11",
      "alg": "RS256",
      "e": "AQAB",
      "n": "v9Qk2Lm7Xz1Pb4Nw8Rt3Yc6Ua0Ef5Gi9Kh2Oj7Ql1Sn4Wu8Yx3Za6Bc0De5Fg9Hi2Jk7Lm1No4Pq8Rs3Tu6Vw0Xy5Za9Bc2De7Fg1Hi4Jk8Lm3No6Pq0Rs5Tu9Vw2Xy7Za1Bc4De8Fg3Hi6Jk0Lm5No9Pq2Rs7Tu1Vw4Xy8Za3Bc6De0Fg5Hi9Jk2Lm7No1Pq4Rs8Tu3Vw6Xy0Za5Bc9De2Fg7Hi1Jk4Lm8No3Pq6Rs0Tu5Vw9Xy2Za7Bc1De4Fg8Hi3Jk6Lm0No5Pq9Rs2Tu7Vw1Xy4Za8Bc3De6Fg0Hi5Jk9Lm2No7Pq1Rs4Tu8Vw3Xy6Za0Bc5De9Fg2Hi7Jk1Lm4No8Pq3Rs6Tu0Vw5Xy9Za2Bc7De1Fg4Hi8Jk3Lm6No0Pq5Rs9Tu2Vw7Xy1Za4Bc8De3Fg6Hi0Jk5Lm9No2Pq7Rs1Tu4Vw8Xy3Za6Bc0De5Fg9Hi2Jk7Lw"
    }
  ]
}
""")

add("ssh/decoy-authorized-keys", "ansible/roles/depot-base/files/authorized_keys", "https://man.openbsd.org/sshd.8#AUTHORIZED_KEYS_FILE_FORMAT",
    """
# depot servers: IT staff and the deploy user
ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIGq7Lm2Xz9Pb4Nw8Rt3Yc6Ua0Ef5Gi9Kh2Oj7Ql1Sn4 priya@binsrus-laptop
ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIH3k9Qw2Er5Ty8Ui1Op4As7Df0Gh3Jk6Lz9Xc2Vb5Nm8 deploy@ci
ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIB8n5Mq1Wz4Xv7Lk0Pj3Hg6Fd9Sa2Qw5Er8Ty1Ui4Op7 weighbridge-support@vendor
ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQC7v9Qk2Lm7Xz1Pb4Nw8Rt3Yc6Ua0Ef5Gi9Kh2Oj7Ql1Sn4Wu8Yx3Za6Bc0De5Fg9Hi2Jk7Lm1No4Pq8Rs3Tu6Vw0Xy5Za9 backup@nas01
""")

add("typescript/decoy-firebase-config", "driver-web/src/firebase.ts", "https://firebase.google.com/docs/projects/api-keys",
    """
import { initializeApp } from 'firebase/app';
import { getMessaging } from 'firebase/messaging';

// Firebase web config is public by design; access is controlled by security rules.
const firebaseConfig = {
  apiKey: '@@key@@',
  authDomain: 'greenline-driver.firebaseapp.com',
  projectId: 'greenline-driver',
  storageBucket: 'greenline-driver.appspot.com',
  messagingSenderId: '418203957716',
  appId: '1:418203957716:web:7c2e9a4b1d6f3e8a0c5b2d',
};

export const app = initializeApp(firebaseConfig);
export const messaging = getMessaging(app);
""", key=google_api_key())

add("markdown/decoy-what3words", "docs/depots.md", "https://what3words.com/about",
    """
# Depots and transfer stations

| Site | Address | Gate (what3words) | Weighbridge |
|---|---|---|---|
| Kirkstall depot | Unit 4, Kirkstall Ind. Est., LS5 3BT | ///fields.ladder.crisp | 18 m, 60 t |
| Garforth transfer station | Aberford Rd, LS25 2ET | ///silver.orbit.plank | 15 m, 50 t |
| Otley bag drop | Bridge St yard, LS21 1BQ | ///candle.roof.mellow | none |

Lorries over 7.5 t must use the Garforth entrance on Aberford Road, not the village.
Opening hours: Mon-Fri 06:00-17:30, Sat 07:00-12:00.
""")

add("notebook/decoy-hashed-ids", "analysis/customer_churn.ipynb", "https://nbformat.readthedocs.io/en/latest/format_description.html",
    """
{
 "cells": [
  {
   "cell_type": "code",
   "execution_count": 4,
   "metadata": {},
   "outputs": [
    {"name": "stdout", "output_type": "stream", "text": [
     "customer_hash                                                      hires_2025  hires_2026\\n",
     "2c6f9a1e4b7d0c3f6a9e2b5d8c1f4a7e0b3d6c9f2a5e8b1d4c7f0a3e6b9d2c5f  6  2\\n",
     "8e1b4d7a0c3f6e9b2d5a8c1f4e7b0d3a6c9f2e5b8d1a4c7f0e3b6d9a2c5f8e1b  4  0\\n"
    ]}
   ],
   "source": [
    "import hashlib, pandas as pd\\n",
    "df = pd.read_csv('exports/hires_by_customer.csv')\\n",
    "df['customer_hash'] = df.email.map(lambda e: hashlib.sha256(e.lower().encode()).hexdigest())\\n",
    "print(df[['customer_hash', 'hires_2025', 'hires_2026']].head(2).to_string(index=False))"
   ]
  }
 ],
 "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""")

add("python/decoy-webhook-test", "tests/test_stripe_webhook.py", "https://docs.stripe.com/webhooks#verify-events",
    """
import json
import time

import stripe

TEST_SECRET = "whsec_test_only"


def signed(payload: dict) -> tuple:
    body = json.dumps(payload)
    ts = int(time.time())
    sig = stripe.WebhookSignature._compute_signature(f"{ts}.{body}", TEST_SECRET)
    return body, f"t={ts},v1={sig}"


def test_paid_booking(client, booking):
    body, header = signed({"type": "checkout.session.completed", "data": {"object": {"id": booking.checkout_id}}})
    response = client.post("/webhooks/stripe", data=body, content_type="application/json", HTTP_STRIPE_SIGNATURE=header)
    assert response.status_code == 200
""")

add("yaml/decoy-dependabot-registry", ".github/dependabot.yml", "https://docs.github.com/en/code-security/dependabot/working-with-dependabot/configuring-access-to-private-registries-for-dependabot",
    """
version: 2
registries:
  binwise-pypi:
    type: python-index
    url: https://pypi.binwise.co.uk/simple/
    username: dependabot
    password: ${{secrets.BINWISE_PYPI_PASSWORD}}
updates:
  - package-ecosystem: pip
    directory: /
    registries: [binwise-pypi]
    schedule: { interval: weekly }
""")

add("sql/decoy-booking-refs", "db/seed/005_demo_bookings.sql", "https://www.postgresql.org/docs/current/sql-insert.html",
    """
-- Demo bookings for the staging site
INSERT INTO bookings (id, ref, skip_size, postcode, delivery_date, checkout_id, status) VALUES
  ('0d9f3b6a-2c8e-4a1f-9b7d-5e0c3a8f1b6d', 'SK-900001', '8yd', 'LS6 2AB', '2026-12-02', 'cs_test_a1Kq9Xz2Lm8Pb3Nw7Rt4Yc6Ua0Ef5Gi', 'paid'),
  ('6a1e8c4f-7b3d-4e9a-a2c5-1f8d6b0e3c9a', 'SK-900002', '4yd', 'LS18 4CD', '2026-12-03', 'cs_test_b2Lr0Ya3Mn9Qc4Ox8Su5Zd7Vb1Fg6Hj', 'pending'),
  ('c3b7e1a9-5d2f-4c8e-b6a0-9e4d2f7c1a5b', 'SK-900003', '12yd', 'LS25 1EF', '2026-12-04', NULL, 'quote');
""")

add("env/decoy-placeholder", "fleet/.env.sample", "https://developers.samsara.com/docs/authentication",
    """
# Fleet sync settings. Copy to .env and fill in.
SAMSARA_TOKEN=samsara_api_<paste token from Settings > API Tokens>
GEOTAB_USERNAME=
GEOTAB_PASSWORD=
GEOTAB_DATABASE=tidyskips_ltd
WEBFLEET_API_KEY=00000000-0000-0000-0000-000000000000
DISPATCH_REDIS=redis://127.0.0.1:6379/2
""")

add("terraform/decoy-sensitive-output", "infra/prod/outputs.tf", "https://developer.hashicorp.com/terraform/language/values/outputs#sensitive-suppressing-values-in-cli-output",
    """
output "db_endpoint" {
  value = aws_db_instance.waste_ops.address
}

output "db_password" {
  value     = aws_db_instance.waste_ops.password
  sensitive = true
}

output "ticket_photo_bucket_arn" {
  value = aws_s3_bucket.ticket_photos.arn
}
""")

add("yaml/mailgun-smtp-password", "deploy/helm/portal/values-prod.yaml", "https://documentation.mailgun.com/docs/mailgun/user-manual/sending-messages/#send-via-smtp",
    """
portal:
  image: registry.binwise.co.uk/portal:5.2.1
  replicas: 3
  env:
    MAIL_HOST: smtp.eu.mailgun.org
    MAIL_PORT: "587"
    MAIL_USERNAME: postmaster@mg.binwise.co.uk
    MAIL_PASSWORD: "@@secret@@"
    MISSED_BIN_CUTOFF_HOURS: "48"
  ingress:
    host: portal.binwise.co.uk
""", hexs(32) + "-" + hexs(8) + "-" + hexs(8))

_fuel_key = alnum(40)
add("python/fuel-card-api-key", "fleet/fuel/allstar_import.py", "https://swagger.io/docs/specification/v3_0/authentication/api-keys/",
    """
\"\"\"Import yesterday's fuel-card transactions and flag fills bigger than the tank.\"\"\"
import requests

TANK_LITRES = {"BW21KXF": 300, "BW70GHT": 250, "GL19RRT": 400, "GL22SKP": 300}
API_KEY = ("@@a@@"
           "@@b@@")


def yesterday() -> list:
    rows = requests.get("https://api.allstarcard.example/v1/transactions", params={"day": "yesterday"},
                        headers={"x-api-key": API_KEY}, timeout=30).json()
    return [r for r in rows if r["litres"] > TANK_LITRES.get(r["registration"], 500)]
""", _fuel_key, a=_fuel_key[:20], b=_fuel_key[20:])

add("csv/optimoroute-api-key", "exports/integration_keys_audit.csv", "https://www.rfc-editor.org/rfc/rfc4180",
    """
system,owner,key_name,value,created,rotate_by
OptimoRoute,planning,planner-macro,@@secret@@,2025-03-02,2026-03-02
Samsara,ops,dispatch-board,1Password,2025-06-11,2026-06-11
Textlocal,office,reminders,1Password,2024-11-20,2025-11-20
Council permits,office,permits-portal,AWS SM prod/permits,2025-09-01,2026-09-01
""", hexs(40))
