"""Blind set FP: funeral homes, cemeteries and memorial services.

Case-management and arrangement portals, obituary and guestbook websites, livestreams of services
(OBS, Wowza, nginx-rtmp, YouTube, Facebook, Vimeo, Mux, Zoom), cemetery mapping (ArcGIS, Mapbox,
PostGIS, plot systems), florist wire services, payment vendors for preneed contracts and donations,
and the IT and web teams that run it all, with the decoys such repositories really hold.
Generated fakes only (seeds 1950000-1959999).
"""
from __future__ import annotations

import base64
import json
import random
import re
import string
import uuid
from typing import List, Optional

from tests import fakes
from tests.accuracy.labelled import LabelledCase

ALNUM = string.ascii_letters + string.digits
HEX = "0123456789abcdef"
URLSAFE = ALNUM + "-_"
B64 = ALNUM + "+/"
LOWER_DIGITS = string.ascii_lowercase + string.digits
UPPER_DIGITS = string.ascii_uppercase + string.digits
SEED_LOW, SEED_HIGH = 1950000, 1959999
_SEED = [SEED_LOW]


def _seed() -> int:
    _SEED[0] += 3
    assert SEED_LOW <= _SEED[0] <= SEED_HIGH, _SEED[0]
    return _SEED[0]


def _rng() -> random.Random:
    return random.Random(_seed())


def _varied(value: str, alphabet: str) -> bool:
    """A drawn value of a mixed alphabet holds each class it could (as issued tokens do)."""
    checks = []
    if any(c.isupper() for c in alphabet):
        checks.append(any(c.isupper() for c in value))
    if any(c.islower() for c in alphabet):
        checks.append(any(c.islower() for c in value))
    if any(c.isdigit() for c in alphabet):
        checks.append(any(c.isdigit() for c in value))
    return len(value) < 8 or all(checks)


def draw(n: int, alphabet: str = ALNUM) -> str:
    r = _rng()
    value = ""
    for _ in range(40):  # bounded: a rare one-class draw is drawn again
        value = "".join(r.choice(alphabet) for _ in range(n))
        if _varied(value, alphabet):
            return value
    return value


def hexs(n: int) -> str:
    return draw(n, HEX)


def digits(n: int) -> str:
    r = _rng()
    return str(r.randint(1, 9)) + "".join(r.choice(string.digits) for _ in range(n - 1))


def uuid_s() -> str:
    return str(uuid.UUID(int=_rng().getrandbits(128), version=4))


def b64bytes(n: int) -> str:
    r = _rng()
    return base64.b64encode(bytes(r.getrandbits(8) for _ in range(n))).decode()


def b64(text: str) -> str:
    return base64.b64encode(text.encode()).decode()


def b64url_json(obj: dict) -> str:
    return base64.urlsafe_b64encode(json.dumps(obj, separators=(",", ":")).encode()).decode().rstrip("=")


WORDS = ["Magnolia", "Cypress", "Hollyhock", "Bluebell", "Juniper", "Larkspur", "Sparrow", "Harvest", "Lantern",
         "Riverbend", "Aspen", "Thornbury", "Marigold", "Kestrel", "Bramble", "Orchard", "Copperfield", "Wren",
         "Chestnut", "Foxglove", "Halcyon", "Peregrine", "Saltmarsh", "Buckeye"]
LOWER = ["pebble", "canyon", "violet", "tugboat", "saffron", "walrus", "meadow", "cobalt", "nutmeg", "quarry",
         "biscuit", "harbor", "tinsel", "orbit", "fennel", "gravel", "mitten", "pylon", "rhubarb", "zephyr"]
SYMS = "!#$%&*@?"


def human_pw() -> str:
    r = _rng()
    return r.choice(WORDS) + r.choice(SYMS) + r.choice(WORDS) + str(r.randint(10, 9999))


def year_pw() -> str:
    r = _rng()
    return r.choice(WORDS) + str(r.randint(1948, 2023)) + r.choice(SYMS)


def gen_pw(n: int = 20, extra: str = "") -> str:
    return draw(n, ALNUM + extra)


def passphrase() -> str:
    r = _rng()
    return "-".join(r.sample(LOWER, 4)) + str(r.randint(1, 99))


def pem(kind: str, head: str, lines: int, tail: int = 40) -> str:
    """A private key block: `head` starts the body as DER does for `kind`, 64 characters a line."""
    body = head + draw(64 * lines - len(head), B64) + draw(tail, B64) + "=="
    rows = [body[i:i + 64] for i in range(0, len(body), 64)]
    label = f"{kind} PRIVATE KEY" if kind else "PRIVATE KEY"
    return f"-----BEGIN {label}-----\n" + "\n".join(rows) + f"\n-----END {label}-----"


def openssh_key() -> str:
    head = "b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW"
    body = head + draw(70 * 5 - len(head) + 18, B64)
    rows = [body[i:i + 70] for i in range(0, len(body), 70)]
    return "-----BEGIN OPENSSH PRIVATE KEY-----\n" + "\n".join(rows) + "\n-----END OPENSSH PRIVATE KEY-----"


def apns_p8() -> str:
    body = "MIGTAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBHkwdwIBAQQg" + draw(152, B64)
    rows = [body[i:i + 64] for i in range(0, len(body), 64)]
    return "-----BEGIN PRIVATE KEY-----\n" + "\n".join(rows) + "\n-----END PRIVATE KEY-----"


def indent(text: str, pad: str) -> str:
    return "\n".join(pad + line for line in text.splitlines())


# Vendor shapes (as their docs show them).
def stripe_sk() -> str:
    return "sk_live_51" + draw(96)


def stripe_sk_old() -> str:
    return "sk_live_" + draw(24)


def stripe_rk() -> str:
    return "rk_live_51" + draw(96)


def stripe_pk() -> str:
    return "pk_live_51" + draw(96)


def whsec() -> str:
    return "whsec_" + draw(32)


def square_token() -> str:
    return "EAAA" + draw(60, URLSAFE)


def square_app_id() -> str:
    return "sq0idp-" + draw(22, URLSAFE)


def braintree_token() -> str:
    return "access_token$production$" + draw(16, LOWER_DIGITS) + "$" + hexs(32)


def paypal_secret() -> str:
    return "E" + draw(79, URLSAFE)


def paypal_client_id() -> str:
    return "A" + draw(79, URLSAFE)


def twilio_sid() -> str:
    return "AC" + hexs(32)


def sendgrid_key() -> str:
    return "SG." + draw(22, URLSAFE) + "." + draw(43, URLSAFE)


def mailgun_key() -> str:
    return "key-" + hexs(32)


def mailgun_key_new() -> str:
    return hexs(32) + "-" + hexs(8) + "-" + hexs(8)


def mailchimp_key() -> str:
    return hexs(32) + "-us" + str(_rng().randint(2, 21))


def slack_bot() -> str:
    r = _rng()
    return f"xoxb-{r.randint(10**11, 10**12)}-{r.randint(10**12, 10**13)}-" + "".join(r.choice(ALNUM) for _ in range(24))


def slack_webhook() -> str:
    return ("https://hooks.slack.com/services/T" + draw(10, UPPER_DIGITS) + "/B" + draw(10, UPPER_DIGITS)
            + "/" + draw(24))


def google_key() -> str:
    return "AIza" + draw(35, URLSAFE)


def mapbox_token(prefix: str, user: str) -> str:
    return prefix + "." + b64url_json({"u": user, "a": "cl" + draw(23, LOWER_DIGITS)}) + "." + draw(22, URLSAFE)


def arcgis_key() -> str:
    return "AAPK" + hexs(32) + draw(68, URLSAFE)


def youtube_key() -> str:
    return "-".join(draw(4, LOWER_DIGITS) for _ in range(5))


def azure_client_secret() -> str:
    return draw(3) + "8Q~" + draw(34, ALNUM + "_.-~")


def jwt(payload: dict) -> str:
    return b64url_json({"alg": "HS256", "typ": "JWT"}) + "." + b64url_json(payload) + "." + draw(43, URLSAFE)


_PLACE = re.compile(r"@\{([a-z_][a-z0-9_]*)\}")


def T(template: str, **values: str) -> str:
    """The file: `template` without its first newline, each @{name} replaced by its value."""
    used = set()

    def sub(match: "re.Match[str]") -> str:
        used.add(match.group(1))
        return values[match.group(1)]

    text = _PLACE.sub(sub, template[1:] if template.startswith("\n") else template)
    assert used == set(values), (set(values) - used)
    return text


CASES: List[LabelledCase] = []


def add(category: str, file_name: str, text: str, secret: Optional[str], source: str) -> None:
    CASES.append(LabelledCase("blind-fp/" + category, file_name, text, secret, source))


# ---------------------------------------------------------------------------------------------
# Arrangement portals, case management, preneed payments
# ---------------------------------------------------------------------------------------------

_k = stripe_sk()
add("env/stripe-secret-key", "arrangements-portal/.env.production", T(r"""
# Evergreen Memorial Chapels - family arrangement portal (production)
APP_ENV=production
APP_URL=https://arrange.evergreenmemorial.com
LOG_LEVEL=info
TZ=America/Chicago

# password for portal_app comes from PGPASSFILE on the host
DATABASE_URL=postgres://portal_app@db-prod.internal:5432/arrangements?sslmode=require

STRIPE_PUBLISHABLE_KEY=@{pk}
STRIPE_SECRET_KEY=@{sk}
STRIPE_STATEMENT_DESCRIPTOR="EVERGREEN MEMORIAL"
PREPAYMENT_DEPOSIT_PERCENT=25

MAIL_FROM=arrangements@evergreenmemorial.com
SESSION_TTL_MINUTES=45
UPLOAD_MAX_MB=25
""", pk=stripe_pk(), sk=_k), _k, "Stripe docs: API keys (docs.stripe.com/keys)")

_k = whsec()
add("python/stripe-webhook-secret", "portal/payments/webhooks.py", T(r"""
import logging

import stripe
from django.http import HttpResponse, HttpResponseBadRequest
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from arrangements.models import PreneedContract

log = logging.getLogger(__name__)

# Signing secret of the "preneed-installments (prod)" endpoint in the Stripe dashboard
STRIPE_WEBHOOK_SECRET = "@{k}"


@csrf_exempt
@require_POST
def stripe_webhook(request):
    payload = request.body
    signature = request.META.get("HTTP_STRIPE_SIGNATURE", "")
    try:
        event = stripe.Webhook.construct_event(payload, signature, STRIPE_WEBHOOK_SECRET)
    except (ValueError, stripe.error.SignatureVerificationError):
        log.warning("rejected stripe webhook")
        return HttpResponseBadRequest()

    if event["type"] == "invoice.paid":
        invoice = event["data"]["object"]
        contract = PreneedContract.objects.filter(stripe_customer=invoice["customer"]).first()
        if contract:
            contract.record_installment(invoice["amount_paid"], invoice["id"])
    elif event["type"] == "invoice.payment_failed":
        log.info("installment failed for %s", event["data"]["object"]["customer"])
    return HttpResponse(status=200)
""", k=_k), _k, "Stripe docs: check webhook signatures (docs.stripe.com/webhooks)")

_k = square_token()
add("yaml/square-access-token", "merch-counter/config/square.yml", T(r"""
# Square POS for the merchandise counter (urns, keepsake jewelry, memorial candles)
default: &default
  api_version: "2024-01-18"
  timeout_seconds: 20

development:
  <<: *default
  environment: sandbox
  access_token: <%= ENV["SQUARE_SANDBOX_TOKEN"] %>
  location_id: LSANDBOX01

production:
  <<: *default
  environment: production
  application_id: @{app}
  location_id: L7HQ2PZ0B4KDN
  access_token: @{k}
""", app=square_app_id(), k=_k), _k, "Square developer docs: access tokens (developer.squareup.com/docs/build-basics/access-tokens)")

_k = human_pw()
add("php/wordpress-db-password", "site/wp-config.php", T(r"""
<?php
/**
 * Whitfield & Sons Funeral Home - obituary site
 * Base configuration for WordPress.
 */

// ** Database settings ** //
define( 'DB_NAME', 'whitfield_wp' );
define( 'DB_USER', 'whitfield_wp' );
define( 'DB_PASSWORD', '@{k}' );
define( 'DB_HOST', 'mysql-1.hostpoint.internal' );
define( 'DB_CHARSET', 'utf8mb4' );
define( 'DB_COLLATE', '' );

// Keys and salts live outside the web root (generated by wp-cli config shuffle-salts).
require_once dirname( __DIR__ ) . '/private/wp-salts.php';

$table_prefix = 'wsf_';

define( 'WP_DEBUG', false );
define( 'DISALLOW_FILE_EDIT', true );
define( 'WP_AUTO_UPDATE_CORE', 'minor' );
define( 'FORCE_SSL_ADMIN', true );

if ( ! defined( 'ABSPATH' ) ) {
	define( 'ABSPATH', __DIR__ . '/' );
}

require_once ABSPATH . 'wp-settings.php';
""", k=_k), _k, "WordPress developer docs: Editing wp-config.php")

_k = hexs(32)
add("js/twilio-auth-token", "services/notify/sms.js", T(r"""
'use strict';

const twilio = require('twilio');
const { formatServiceTime } = require('./format');

const accountSid = '@{sid}';
const authToken = '@{k}';
const client = twilio(accountSid, authToken);

const FROM = '+16185550142';

/**
 * Text the family a reminder the day before visitation.
 */
async function sendVisitationReminder(caseRecord) {
  const body =
    `Reminder from Holloway Funeral Service: visitation for ${caseRecord.decedentName} ` +
    `is ${formatServiceTime(caseRecord.visitationStart)} at ${caseRecord.location}. ` +
    'Reply STOP to opt out.';
  const message = await client.messages.create({
    from: FROM,
    to: caseRecord.primaryContactPhone,
    body,
  });
  return message.sid;
}

module.exports = { sendVisitationReminder };
""", sid=twilio_sid(), k=_k), _k, "Twilio docs: Send an SMS with Node.js (twilio.com/docs/messaging/quickstart/node)")

_k = sendgrid_key()
add("python/sendgrid-api-key", "aftercare/mailer.py", T(r'''
"""Aftercare emails: grief support notes sent 7, 30 and 330 days after a service."""
from datetime import date

from sendgrid import SendGridAPIClient
from sendgrid.helpers.mail import Mail

SENDGRID_API_KEY = "@{k}"
TEMPLATES = {
    7: "d-2f0c6a1e5b0a4c2e9d1f8a7b6c5d4e3f",
    30: "d-7a1b2c3d4e5f40718293a4b5c6d7e8f9",
    330: "d-0e9d8c7b6a5f4e3d2c1b0a9f8e7d6c5b",
}


def send_aftercare(family, days_since_service: int) -> int:
    template_id = TEMPLATES[days_since_service]
    message = Mail(from_email="care@lakeviewmemorial.org", to_emails=family.email)
    message.template_id = template_id
    message.dynamic_template_data = {
        "first_name": family.first_name,
        "decedent": family.decedent_name,
        "sent_on": date.today().isoformat(),
    }
    client = SendGridAPIClient(SENDGRID_API_KEY)
    response = client.send(message)
    return response.status_code
''', k=_k), _k, "SendGrid docs: API keys; v3 Mail Send with dynamic templates")

_k = mailgun_key()
add("ruby/mailgun-api-key", "app/services/obituary_notifier.rb", T(r"""
# frozen_string_literal: true

require "mailgun-ruby"

# Emails subscribers when a new obituary is published for a funeral home they follow.
class ObituaryNotifier
  DOMAIN = "mg.rosehillchapel.com"

  def initialize(client: Mailgun::Client.new("@{k}"))
    @client = client
  end

  def deliver(obituary, subscribers)
    subscribers.each_slice(500) do |batch|
      builder = Mailgun::BatchMessage.new(@client, DOMAIN)
      builder.from("obituaries@rosehillchapel.com", { "full_name" => "Rosehill Chapel" })
      builder.subject("In memory of #{obituary.full_name}")
      builder.body_html(ApplicationController.render(
        template: "mailers/new_obituary", locals: { obituary: obituary }
      ))
      batch.each { |s| builder.add_recipient(:to, s.email, { "first" => s.first_name }) }
      builder.finalize
    end
  end
end
""", k=_k), _k, "Mailgun docs: API keys; mailgun-ruby BatchMessage")

_k = draw(16)
add("json/authorize-net-transaction-key", "PreneedPayments/appsettings.Production.json", T(r"""
{
  "Logging": {
    "LogLevel": {
      "Default": "Information",
      "Microsoft.AspNetCore": "Warning"
    }
  },
  "AllowedHosts": "pay.mapleridgefuneral.com",
  "AuthorizeNet": {
    "Environment": "PRODUCTION",
    "ApiLoginId": "6wQ4fE7Zt",
    "TransactionKey": "@{k}",
    "AcceptJsClientKeyUrl": "https://js.authorize.net/v1/Accept.js"
  },
  "Preneed": {
    "MaxInstallments": 60,
    "LateFeeCents": 1500,
    "TrustBankAccountRef": "trust-ops-ledger"
  }
}
""", k=_k), _k, "Authorize.Net developer docs: API Login ID and Transaction Key")

_k = human_pw()
add("json/sql-server-password", "CaseManager.Api/appsettings.json", T(r"""
{
  "ConnectionStrings": {
    "CaseDb": "Server=tcp:sql01.bayside.local,1433;Database=FuneralCases;User Id=casemgr_app;Password=@{k};Encrypt=True;TrustServerCertificate=True;",
    "Audit": "Server=tcp:sql01.bayside.local,1433;Database=FuneralAudit;Integrated Security=True;"
  },
  "Serilog": {
    "MinimumLevel": "Information",
    "WriteTo": [ { "Name": "File", "Args": { "path": "D:\\Logs\\casemgr-.log", "rollingInterval": "Day" } } ]
  },
  "CaseNumbering": {
    "Prefix": "BFH",
    "YearReset": true
  },
  "Documents": {
    "DeathCertificateWorksheetTemplate": "templates/dc-worksheet.docx",
    "GeneralPriceListVersion": "2024-03"
  }
}
""", k=_k), _k, "Microsoft docs: SqlClient connection strings")

_k = hexs(32)
add("go/vimeo-access-token", "cmd/vimeo-archiver/main.go", T(r"""
package main

import (
	"encoding/json"
	"fmt"
	"log"
	"net/http"
	"os"
	"time"
)

// Moves finished service livestreams into the "Archived Services" folder on Vimeo.
const (
	vimeoAPI    = "https://api.vimeo.com"
	accessToken = "@{k}"
	folderID    = "18273645"
)

type video struct {
	URI  string `json:"uri"`
	Name string `json:"name"`
}

func main() {
	client := &http.Client{Timeout: 30 * time.Second}
	req, err := http.NewRequest("GET", vimeoAPI+"/me/videos?filter=live&per_page=50", nil)
	if err != nil {
		log.Fatal(err)
	}
	req.Header.Set("Authorization", "bearer "+accessToken)
	req.Header.Set("Accept", "application/vnd.vimeo.*+json;version=3.4")
	resp, err := client.Do(req)
	if err != nil {
		log.Fatal(err)
	}
	defer resp.Body.Close()
	var page struct {
		Data []video `json:"data"`
	}
	if err := json.NewDecoder(resp.Body).Decode(&page); err != nil {
		log.Fatal(err)
	}
	for _, v := range page.Data {
		fmt.Fprintf(os.Stdout, "archiving %s (%s) into folder %s\n", v.Name, v.URI, folderID)
	}
}
""", k=_k), _k, "Vimeo developer docs: authentication with personal access tokens")

_k = stripe_rk()
add("typescript/stripe-restricted-key", "donations/src/server/stripe.ts", T(r"""
import Stripe from "stripe";

// Restricted key: write access to Checkout Sessions and PaymentIntents only.
// Used for memorial donations made "in lieu of flowers".
export const stripe = new Stripe(
  "@{k}",
  { apiVersion: "2023-10-16", maxNetworkRetries: 2 },
);

export async function createDonationSession(memorialId: string, amountCents: number, charity: string) {
  return stripe.checkout.sessions.create({
    mode: "payment",
    submit_type: "donate",
    line_items: [
      {
        price_data: {
          currency: "usd",
          unit_amount: amountCents,
          product_data: { name: `Donation to ${charity}` },
        },
        quantity: 1,
      },
    ],
    metadata: { memorialId },
    success_url: `https://tributes.oakgrovefh.com/m/${memorialId}?donated=1`,
    cancel_url: `https://tributes.oakgrovefh.com/m/${memorialId}`,
  });
}
""", k=_k), _k, "Stripe docs: restricted API keys")

_k = paypal_secret()
add("json/paypal-client-secret", "Donations.Web/appsettings.Production.json", T(r"""
{
  "PayPal": {
    "Mode": "live",
    "ClientId": "@{cid}",
    "ClientSecret": "@{k}",
    "WebhookId": "4JH86294D6297924G",
    "BrandName": "Cedar Hollow Memorial Fund"
  },
  "Kestrel": {
    "Endpoints": { "Https": { "Url": "https://0.0.0.0:5001" } }
  },
  "Receipts": {
    "From": "donations@cedarhollow.org",
    "TaxIdNote": "Cedar Hollow Memorial Fund is a 501(c)(3) organization."
  }
}
""", cid=paypal_client_id(), k=_k), _k, "PayPal developer docs: REST API credentials (client ID and secret)")

_k = hexs(32)
add("php/braintree-private-key", "wp-content/plugins/sunset-preneed/includes/class-braintree-gateway.php", T(r"""
<?php
/**
 * Braintree gateway for preneed installment plans.
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

class Sunset_Braintree_Gateway {

	private $gateway;

	public function __construct() {
		$this->gateway = new Braintree\Gateway( [
			'environment' => 'production',
			'merchantId'  => 'x7k2m9q4w8r3t6yb',
			'publicKey'   => 'h3n8v2c6z9p4d7fs',
			'privateKey'  => '@{k}',
		] );
	}

	public function client_token( $customer_id ) {
		return $this->gateway->clientToken()->generate( [ 'customerId' => $customer_id ] );
	}

	public function charge_installment( $nonce, $amount, $contract_no ) {
		return $this->gateway->transaction()->sale( [
			'amount'             => number_format( $amount, 2, '.', '' ),
			'paymentMethodNonce' => $nonce,
			'orderId'            => $contract_no,
			'options'            => [ 'submitForSettlement' => true ],
		] );
	}
}
""", k=_k), _k, "Braintree developer docs: API keys (merchant ID, public and private key)")

_k = braintree_token()
add("ruby/braintree-access-token", "config/initializers/braintree.rb", T(r"""
# frozen_string_literal: true

# PayPal-through-Braintree for the memorial merchandise store.
Rails.application.config.to_prepare do
  BRAINTREE = Braintree::Gateway.new(
    access_token: "@{k}",
  )
end

Rails.application.config.braintree_descriptor = {
  name: "GRNLEAF*MEMORIAL",
  phone: "8005550199",
  url: "greenleafmemorial.com",
}
""", k=_k), _k, "Braintree docs: PayPal access token (access_token$production$...) gateway config")

_k = "AQE" + draw(60) + "=-" + draw(43, B64) + "=-" + draw(10)
add("java/adyen-api-key", "billing/src/main/java/com/pinecrest/billing/AdyenConfig.java", T(r"""
package com.pinecrest.billing;

import com.adyen.Client;
import com.adyen.enums.Environment;
import com.adyen.service.checkout.PaymentsApi;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
public class AdyenConfig {

    static final String MERCHANT_ACCOUNT = "PinecrestFuneralECOM";
    private static final String API_KEY =
        "@{k}";
    private static final String LIVE_PREFIX = "1797a841fbb37ca7-PinecrestFuneral";

    @Bean
    public Client adyenClient() {
        return new Client(API_KEY, Environment.LIVE, LIVE_PREFIX);
    }

    @Bean
    public PaymentsApi paymentsApi(Client client) {
        return new PaymentsApi(client);
    }
}
""", k=_k), _k, "Adyen docs: API credentials and live endpoint prefix")

_k = draw(40)
add("js/quickbooks-client-secret", "accounting-sync/config/default.js", T(r"""
// Pushes finalized funeral contracts (statements of goods and services) into QuickBooks Online.
module.exports = {
  port: 4310,
  quickbooks: {
    environment: 'production',
    clientId: 'ABq8cT2VnLwZ1rXkJ4sYhD9mPeG6uFoN0tRiW3bQa7EyKv5CzM',
    clientSecret: '@{k}',
    redirectUri: 'https://ops.brightwaterfh.com/qbo/callback',
    realmId: '9130354887210476',
  },
  mapping: {
    professionalServices: '4010 Professional Services',
    merchandise: '4200 Merchandise Sales',
    cashAdvances: '2300 Cash Advance Items',
  },
  schedule: '*/15 7-19 * * 1-6',
};
""", k=_k), _k, "Intuit developer docs: OAuth 2.0 client ID and client secret")

_k = pem("RSA", "MIIEpAIBAAKCAQEA", 24)
add("pem/docusign-private-key", "integrations/docusign/keys/preneed-jwt-private.pem", T(r"""
@{k}
""", k=_k), _k, "DocuSign eSignature docs: JWT grant with an RSA keypair")

_k = gen_pw(24)
add("properties/florist-client-secret", "florist-bridge/src/main/resources/application-prod.properties", T(r"""
# Florist bridge - relays sympathy flower orders from obituary pages to the wire service
server.port=8085
spring.application.name=florist-bridge

teleflora.api.base-url=https://api.teleflora.com/v2
teleflora.api.member-code=41-2267AA
teleflora.api.client-id=whitfield-obits-prod
teleflora.api.client-secret=@{k}
teleflora.api.timeout-ms=15000

orders.default-delivery-window=before-service
orders.card-message.max-length=200
orders.notify.email=flowers@whitfieldandsons.com

management.endpoints.web.exposure.include=health,info
logging.level.com.whitfield.florist=INFO
""", k=_k), _k, "Spring Boot docs: externalized configuration (application.properties)")

_k = year_pw()
add("xml/ftd-soap-password", "florist-bridge/samples/ftd-order-request.xml", T(r"""
<?xml version="1.0" encoding="UTF-8"?>
<!-- Captured from the prod run on 2024-04-02 to reproduce the "invalid zone" error -->
<soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/"
                  xmlns:wsse="http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-secext-1.0.xsd"
                  xmlns:ord="http://mercury.ftdi.com/orders">
  <soapenv:Header>
    <wsse:Security soapenv:mustUnderstand="1">
      <wsse:UsernameToken>
        <wsse:Username>OAKGROVE-90-1184</wsse:Username>
        <wsse:Password Type="http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-username-token-profile-1.0#PasswordText">@{k}</wsse:Password>
      </wsse:UsernameToken>
    </wsse:Security>
  </soapenv:Header>
  <soapenv:Body>
    <ord:SendOrder>
      <ord:Recipient>Oak Grove Funeral Home - Chapel of Peace</ord:Recipient>
      <ord:Address>2210 W Main St, Belleville IL 62226</ord:Address>
      <ord:DeliveryDate>2024-04-04</ord:DeliveryDate>
      <ord:Product code="S19-4450">Standing spray, white lilies</ord:Product>
      <ord:CardMessage>With deepest sympathy - the Novak family</ord:CardMessage>
    </ord:SendOrder>
  </soapenv:Body>
</soapenv:Envelope>
""", k=_k), _k, "OASIS WS-Security UsernameToken Profile 1.0 (PasswordText)")

_k = human_pw()
add("ini/bloomnet-password", "florist/bloomnet.ini", T(r"""
; BloomNet order relay for Sympathy Store orders
[connection]
host = orders.bloomnet.net
port = 443
use_tls = yes

[account]
member_id = 54-8821
username = lakeview_memorial
password = @{k}

[delivery]
funeral_home_name = Lakeview Memorial Park & Funeral Home
cutoff_hour = 14
default_zone = BLV-02
""", k=_k), _k, "INI file conventions (Python configparser docs)")

# ---------------------------------------------------------------------------------------------
# Livestreams of services
# ---------------------------------------------------------------------------------------------

_k = youtube_key()
add("obs/youtube-stream-key", "obs-studio/basic/profiles/Chapel_A/service.json", T(r"""
{
    "settings": {
        "bwtest": false,
        "key": "@{k}",
        "server": "rtmps://a.rtmps.youtube.com:443/live2",
        "service": "YouTube - RTMPS",
        "use_auth": false
    },
    "type": "rtmp_common"
}
""", k=_k), _k, "OBS Studio: profile service.json (rtmp_common); YouTube Live encoder settings")

_k = youtube_key()
add("shell/youtube-stream-key", "scripts/stream-chapel-b.sh", T(r"""
#!/usr/bin/env bash
# Sends the Chapel B PTZ camera (RTSP) to the persistent YouTube stream used for services.
# Run from the AV closet NUC: ./stream-chapel-b.sh
set -euo pipefail

CAMERA_URL="rtsp://10.40.2.31:554/stream1"
LOGO="/opt/av/overlays/wren-lower-third.png"

exec ffmpeg -hide_banner -loglevel warning \
  -rtsp_transport tcp -i "$CAMERA_URL" \
  -i "$LOGO" -filter_complex "[0:v][1:v]overlay=W-w-40:H-h-40" \
  -c:v libx264 -preset veryfast -b:v 4500k -maxrate 4500k -bufsize 9000k \
  -g 60 -keyint_min 60 -c:a aac -b:a 160k -ar 44100 \
  -f flv "rtmp://a.rtmp.youtube.com/live2/@{k}"
""", k=_k), _k, "YouTube Help: Live encoder settings, stream URL and key; FFmpeg docs (flv muxer)")

_k = youtube_key()
add("wowza/push-publish-stream-key", "wowza/conf/live/PushPublishMap.txt", T(r"""
# Stream Targets for the Riverbend Chapel cameras.
# Format: <source stream>={<json properties>}
chapel-main={"entryName":"chapel-main-youtube", "profile":"rtmp", "host":"a.rtmp.youtube.com", "application":"live2", "streamName":"@{k}", "destinationName":"youtube", "sendSSL":"false"}
chapel-main-archive={"entryName":"chapel-main-archive", "profile":"rtmp", "host":"10.12.0.8", "port":"1935", "application":"archive", "streamName":"chapel-main"}
graveside={"entryName":"graveside-archive", "profile":"rtmp", "host":"10.12.0.8", "port":"1935", "application":"archive", "streamName":"graveside"}
""", k=_k), _k, "Wowza Streaming Engine docs: PushPublishMap.txt stream targets")

_k = "FB-" + digits(16) + "-0-Ab" + draw(30, URLSAFE)
add("yaml/facebook-live-stream-key", "infra/multistream/targets.yml", T(r"""
# Targets the restreamer fans each chapel feed out to.
# Facebook persistent stream key is tied to the Willowbrook Funeral Home page.
feeds:
  chapel-1:
    input: rtmp://127.0.0.1/ingest/chapel-1
    targets:
      - name: youtube
        url: rtmp://a.rtmp.youtube.com/live2
        key_env: YT_KEY_CHAPEL_1
      - name: facebook
        url: rtmps://live-api-s.facebook.com:443/rtmp/
        key: "@{k}"
  chapel-2:
    input: rtmp://127.0.0.1/ingest/chapel-2
    targets:
      - name: youtube
        url: rtmp://a.rtmp.youtube.com/live2
        key_env: YT_KEY_CHAPEL_2
video:
  bitrate_kbps: 4000
  keyframe_seconds: 2
""", k=_k), _k, "Meta for Developers: Live Video API, persistent stream keys (rtmps://live-api-s.facebook.com)")

_k = draw(75, B64)
add("env/mux-token-secret", "tribute-live/.env.local", T(r"""
# tribute-live (Next.js) - local overrides, do not commit
NEXT_PUBLIC_SITE_URL=http://localhost:3000
NEXT_PUBLIC_MUX_ENV_KEY=
MUX_TOKEN_ID=@{tid}
MUX_TOKEN_SECRET=@{k}
MUX_WEBHOOK_SECRET=
DATABASE_URL=file:./dev.db
""", tid=uuid_s(), k=_k), _k, "Mux docs: API access tokens (token ID and secret)")

_k = uuid_s()
add("markdown/mux-stream-key", "docs/runbooks/livestream-fallback.md", T(r"""
# Livestream fallback: when the chapel encoder drops

Families are watching, so act fast. The chapel encoder pushes to Mux; the tribute page plays
the Mux playback ID, so anything that publishes to the same live stream shows up for viewers.

## 1. Switch to the backup laptop

1. Open OBS on the backup laptop (AV cart, bottom drawer).
2. Settings -> Stream -> Service: **Custom**
3. Server: `rtmps://global-live.mux.com:443/app`
4. Stream key: `@{k}`
5. Start Streaming. The tribute page recovers within ~20 seconds.

## 2. Tell the director

Message the funeral director on duty in #services-live. Do not restart the service.

## 3. After the service

- Open a ticket with the encoder's serial number and the time it dropped.
- The recording is on Mux as an asset of the live stream; the web team attaches it to the obituary.
""", k=_k), _k, "Mux docs: Configure broadcast software (RTMPS server and stream key)")

_k = draw(40, URLSAFE)
add("terraform/cloudflare-api-token", "infra/dns/providers.tf", T(r"""
terraform {
  required_version = ">= 1.5.0"
  required_providers {
    cloudflare = {
      source  = "cloudflare/cloudflare"
      version = "~> 4.20"
    }
  }
  backend "s3" {
    bucket = "ashford-memorial-tfstate"
    key    = "dns/terraform.tfstate"
    region = "us-east-2"
  }
}

# Token scoped to Zone:DNS:Edit + Stream:Edit for ashfordmemorial.com
provider "cloudflare" {
  api_token = "@{k}"
}

variable "zone_id" {
  type    = string
  default = "0d4c7e2a9b1f3e5d6c8a7b9e1f2d3c4a"
}

resource "cloudflare_record" "live" {
  zone_id = var.zone_id
  name    = "live"
  type    = "CNAME"
  value   = "customer-m2x7k9.cloudflarestream.com"
  proxied = true
}
""", k=_k), _k, "Terraform Cloudflare provider docs: api_token argument")

_k = draw(32)
add("python/zoom-client-secret", "virtual_services/zoom_client.py", T(r'''
"""Creates Zoom meetings for families who cannot travel to the committal service."""
import base64

import requests

ACCOUNT_ID = "q8Xk2LmTR4uVz1bN0cHw7g"
CLIENT_ID = "Tz4nQe8uSxKw1pLmB0vY3a"
CLIENT_SECRET = "@{k}"


def _token() -> str:
    basic = base64.b64encode(f"{CLIENT_ID}:{CLIENT_SECRET}".encode()).decode()
    resp = requests.post(
        "https://zoom.us/oauth/token",
        params={"grant_type": "account_credentials", "account_id": ACCOUNT_ID},
        headers={"Authorization": f"Basic {basic}"},
        timeout=15,
    )
    resp.raise_for_status()
    return resp.json()["access_token"]


def create_service_meeting(topic: str, start_iso: str, minutes: int = 90) -> dict:
    resp = requests.post(
        "https://api.zoom.us/v2/users/me/meetings",
        json={
            "topic": topic,
            "type": 2,
            "start_time": start_iso,
            "duration": minutes,
            "settings": {"waiting_room": False, "mute_upon_entry": True, "auto_recording": "cloud"},
        },
        headers={"Authorization": f"Bearer {_token()}"},
        timeout=15,
    )
    resp.raise_for_status()
    return resp.json()
''', k=_k), _k, "Zoom developer docs: Server-to-Server OAuth (account_credentials grant)")

_k = youtube_key()
add("nginx/rtmp-push-key", "av/nginx/nginx-rtmp.conf", T(r"""
worker_processes auto;
events { worker_connections 1024; }

rtmp {
    server {
        listen 1935;
        chunk_size 4096;

        # Chapel encoders publish here; only the AV VLAN may publish.
        application ingest {
            live on;
            record off;
            allow publish 10.60.0.0/24;
            deny publish all;
            allow play 127.0.0.1;
            deny play all;

            push rtmp://127.0.0.1/archive;
            push rtmp://a.rtmp.youtube.com/live2/@{k};
        }

        application archive {
            live on;
            record all;
            record_path /srv/recordings;
            record_unique on;
        }
    }
}
""", k=_k), _k, "nginx-rtmp-module wiki: Directives (push)")

_k = draw(64)
add("helm/wowza-api-key", "charts/stream-scheduler/values-prod.yaml", T(r"""
replicaCount: 1

image:
  repository: registry.gitlab.com/stillwater-memorial/stream-scheduler
  tag: "2.8.1"

schedule:
  # create a Wowza Streaming Cloud live stream 30 minutes before each scheduled service
  leadMinutes: 30
  timezone: America/Denver

wowzaCloud:
  apiUrl: https://api.video.wowza.com/api/v1.11
  accessKey: @{ak}
  apiKey: @{k}
  region: us_west_oregon
  transcoder: transcoded

resources:
  limits:
    memory: 256Mi
  requests:
    cpu: 50m
    memory: 128Mi
""", ak=draw(64), k=_k), _k, "Wowza Video (Streaming Cloud) REST API docs: wsc-api-key and wsc-access-key")

_k = gen_pw(14, "!#")
add("yaml/rtsp-camera-password", "livestream/cameras.yaml", T(r"""
# PTZ cameras in each room. The switcher reads these on start.
cameras:
  - name: chapel-east-wide
    rtsp: rtsp://operator:@{k}@10.60.0.21:554/axis-media/media.amp?resolution=1920x1080
    ptz: true
    presets: [lectern, casket, family-pews, wide]
  - name: chapel-east-tight
    rtsp: rtsp://10.60.0.22:554/axis-media/media.amp
    ptz: true
    presets: [lectern, casket]
  - name: graveside-kit
    srt: srt://0.0.0.0:9000?mode=listener&latency=400
    ptz: false
switcher:
  default: chapel-east-wide
  fade_ms: 600
""", k=_k), _k, "Axis VAPIX docs: RTSP URL (axis-media/media.amp) with credentials")

_k = human_pw()
add("markdown/encoder-admin-password", "docs/chapel-av.md", T(r"""
# Chapel A/V quick reference

| Device | Address | Notes |
|---|---|---|
| Teradek VidiU Go (encoder) | http://10.60.0.40 | pushes to the Mux live stream |
| PTZOptics 20X (wide) | http://10.60.0.21 | presets 1-4 |
| Behringer X32 (audio) | 10.60.0.50 | scene "Service - organ + lectern" |

## Encoder login

The encoder web UI asks for a password after a firmware update.

- user: `admin`
- password: `@{k}`

## Before every service

1. Power on the encoder 20 minutes before the start.
2. Check the tribute page shows "Live soon".
3. Check the lectern mic on the X32 meters.
4. Put the "Please silence your phones" slide on the screen.
""", k=_k), _k, "Teradek VidiU Go user guide: web UI login")

_k = hexs(32)
add("kotlin/vimeo-token", "app/src/main/java/com/gracelandmemorial/tributes/data/VimeoService.kt", T(r"""
package com.gracelandmemorial.tributes.data

import okhttp3.Interceptor
import okhttp3.OkHttpClient
import retrofit2.Retrofit
import retrofit2.converter.moshi.MoshiConverterFactory
import retrofit2.http.GET
import retrofit2.http.Path

interface VimeoApi {
    @GET("videos/{id}")
    suspend fun video(@Path("id") id: String): VimeoVideo
}

object VimeoService {
    private const val TOKEN = "@{k}"

    private val auth = Interceptor { chain ->
        chain.proceed(
            chain.request().newBuilder()
                .header("Authorization", "Bearer $TOKEN")
                .header("Accept", "application/vnd.vimeo.*+json;version=3.4")
                .build()
        )
    }

    val api: VimeoApi = Retrofit.Builder()
        .baseUrl("https://api.vimeo.com/")
        .client(OkHttpClient.Builder().addInterceptor(auth).build())
        .addConverterFactory(MoshiConverterFactory.create())
        .build()
        .create(VimeoApi::class.java)
}
""", k=_k), _k, "Vimeo API docs: Authorization bearer header")

_k = pem("RSA", "MIIEowIBAAKCAQEA", 22)
add("helm/mux-signing-key", "charts/tribute-live/values-prod.yaml", T(r"""
image:
  repository: ghcr.io/meadowlark-memorial/tribute-live
  tag: "1.14.0"

ingress:
  enabled: true
  host: live.meadowlarkmemorial.com

mux:
  tokenIdFrom: mux-api          # Secret mux-api, key token-id
  # Signed playback for private (family-only) streams
  signingKeyId: 8r2tQv5LmWz01bN4cXy7KpJ3sHd9Ue6fGa
  signingPrivateKey: |
@{k}
  playbackPolicy: signed
  tokenTtlMinutes: 240
""", k=indent(_k, "    ")), _k, "Mux docs: Secure video playback, signing keys (RS256)")

_k = draw(43, URLSAFE)
_url = "https://chat.googleapis.com/v1/spaces/AAAA" + draw(7, URLSAFE) + "/messages?key=" + google_key() + "&token=" + _k + "%3D"
add("js/google-chat-webhook", "scripts/first-call-alert.js", T(r"""
#!/usr/bin/env node
// Posts a first-call (removal) alert to the on-call directors' Google Chat space.
const WEBHOOK = '@{url}';

async function alert({ caseNo, location, callerRelation, receivedAt }) {
  const text =
    `*First call* ${caseNo}\n` +
    `Location: ${location}\n` +
    `Caller: ${callerRelation}\n` +
    `Received: ${receivedAt}`;
  const res = await fetch(WEBHOOK, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json; charset=UTF-8' },
    body: JSON.stringify({ text }),
  });
  if (!res.ok) throw new Error(`chat webhook failed: ${res.status}`);
}

const [caseNo, location, callerRelation] = process.argv.slice(2);
alert({ caseNo, location, callerRelation, receivedAt: new Date().toLocaleString('en-US') })
  .catch((err) => { console.error(err); process.exit(1); });
""", url=_url), _url, "Google Chat docs: Send messages with incoming webhooks")

# ---------------------------------------------------------------------------------------------
# Cemetery mapping and records
# ---------------------------------------------------------------------------------------------

_k = mapbox_token("sk", "rosehill-gis")
add("shell/mapbox-secret-token", "gis/upload_tiles.sh", T(r"""
#!/bin/sh
# Rebuilds the section/plot vector tiles for the public burial search map and uploads them.
# Needs: tippecanoe, mapbox-cli (pip install mapboxcli)
set -e

export MAPBOX_ACCESS_TOKEN=@{k}

ogr2ogr -f GeoJSON /tmp/plots.geojson \
  PG:"host=gis-db dbname=cemetery user=gis_reader" \
  -sql "SELECT plot_id, section, lot, space, status, geom FROM plots WHERE cemetery = 'rosehill'"

tippecanoe -o /tmp/rosehill-plots.mbtiles -zg --drop-densest-as-needed \
  -l plots /tmp/plots.geojson --force

mapbox upload rosehill-gis.plots-v7 /tmp/rosehill-plots.mbtiles
echo "uploaded; the style picks up rosehill-gis.plots-v7 within a few minutes"
""", k=_k), _k, "Mapbox docs: access tokens (secret sk. tokens with uploads:write scope); Uploads API")

_k = arcgis_key()
_nb = {
    "cells": [
        {"cell_type": "markdown", "metadata": {}, "source": ["# Plot inventory - St. Brendan Cemetery\n", "Counts available plots per section from the hosted feature layer."]},
        {"cell_type": "code", "execution_count": 1, "metadata": {}, "outputs": [], "source": [
            "from arcgis.gis import GIS\n", "import pandas as pd\n", "\n",
            "gis = GIS(\"https://www.arcgis.com\", api_key=\"" + _k + "\")\n",
            "layer = gis.content.get(\"5c1d2e3f4a5b46c7d8e9f0a1b2c3d4e5\").layers[0]"]},
        {"cell_type": "code", "execution_count": 2, "metadata": {}, "outputs": [
            {"output_type": "stream", "name": "stdout", "text": ["4821 features\n"]}], "source": [
            "sdf = layer.query(where=\"1=1\", out_fields=\"SECTION,STATUS\", as_df=True)\n", "print(len(sdf), \"features\")"]},
        {"cell_type": "code", "execution_count": 3, "metadata": {}, "outputs": [], "source": [
            "sdf.groupby([\"SECTION\", \"STATUS\"]).size().unstack(fill_value=0)"]},
    ],
    "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"},
                 "language_info": {"name": "python", "version": "3.11.6"}},
    "nbformat": 4, "nbformat_minor": 5,
}
add("notebook/arcgis-api-key", "notebooks/plot_inventory.ipynb", json.dumps(_nb, indent=1) + "\n", _k,
    "ArcGIS API for Python docs: GIS(api_key=...); Jupyter nbformat 4")

_k = google_key()
add("r/google-maps-api-key", "analysis/geocode_interments.R", T(r"""
# Geocodes the last known addresses of interred persons for the family-history map.
library(tidyverse)
library(ggmap)

register_google(key = "@{k}")

interments <- read_csv("data/interments_1950_2023.csv",
                       col_types = cols(.default = "c", burial_year = "i"))

geo <- interments %>%
  filter(!is.na(last_address)) %>%
  distinct(last_address) %>%
  mutate_geocode(last_address, output = "latlon", source = "google")

interments %>%
  left_join(geo, by = "last_address") %>%
  write_csv("data/interments_geocoded.csv")

ggplot(geo, aes(lon, lat)) +
  geom_point(alpha = 0.3, colour = "darkgreen") +
  coord_quickmap() +
  labs(title = "Last residences, 1950-2023")
""", k=_k), _k, "ggmap docs: register_google(); Google Maps Platform API keys (AIza...)")

_k = gen_pw(32)
add("yaml/plot-system-api-key", "integrations/plotbox.yaml", T(r"""
# Sync of interment orders from the case manager into the cemetery plot system.
plotbox:
  base_url: https://api.plotbox.io/v1
  tenant: fairhaven-cemetery
  api_key: @{k}
  page_size: 200

sync:
  every_minutes: 10
  entities:
    - interment_orders
    - right_of_interment
    - memorials
  status_map:
    scheduled: Reserved
    completed: Occupied
    cancelled: Available
""", k=_k), _k, "PlotBox integrations: REST API key per tenant (vendor API docs)")

_k = gen_pw(22)
add("compose/postgres-password", "gis/docker-compose.yml", T(r"""
services:
  db:
    image: postgis/postgis:16-3.4
    restart: unless-stopped
    environment:
      POSTGRES_DB: cemetery
      POSTGRES_USER: gis
      POSTGRES_PASSWORD: @{k}
    volumes:
      - pgdata:/var/lib/postgresql/data
      - ./initdb:/docker-entrypoint-initdb.d:ro
    ports:
      - "127.0.0.1:5432:5432"

  tiles:
    image: pramsey/pg_tileserv:latest
    depends_on: [db]
    environment:
      DATABASE_URL: postgres://gis_reader@db/cemetery
    ports:
      - "7800:7800"

volumes:
  pgdata:
""", k=_k), _k, "Docker Hub postgis/postgis and postgres image docs: POSTGRES_PASSWORD")

_k = human_pw()
add("sql/sql-server-login", "db/migrations/0042_reporting_login.sql", T(r"""
-- 0042: read-only login for the monthly call-volume and preneed reports (Power BI gateway)
USE [master];
GO
IF NOT EXISTS (SELECT 1 FROM sys.sql_logins WHERE name = N'pbi_reports')
BEGIN
    CREATE LOGIN [pbi_reports] WITH PASSWORD = N'@{k}',
        DEFAULT_DATABASE = [FuneralCases], CHECK_POLICY = ON, CHECK_EXPIRATION = OFF;
END
GO
USE [FuneralCases];
GO
CREATE USER [pbi_reports] FOR LOGIN [pbi_reports];
ALTER ROLE [db_datareader] ADD MEMBER [pbi_reports];
DENY SELECT ON SCHEMA::[phi] TO [pbi_reports];
GO
""", k=_k), _k, "Microsoft docs: CREATE LOGIN (Transact-SQL)")

_k = gen_pw(18, "_.")
add("sql/mysql-create-user", "db/grants.sql", T(r"""
-- Grants for the obituary site's read replica.
CREATE USER IF NOT EXISTS 'obits_ro'@'10.8.%' IDENTIFIED BY '@{k}';
GRANT SELECT ON obituaries.* TO 'obits_ro'@'10.8.%';

CREATE USER IF NOT EXISTS 'obits_app'@'10.8.%' IDENTIFIED WITH caching_sha2_password BY RANDOM PASSWORD;
GRANT SELECT, INSERT, UPDATE ON obituaries.guestbook_entries TO 'obits_app'@'10.8.%';
GRANT SELECT ON obituaries.obituaries TO 'obits_app'@'10.8.%';

FLUSH PRIVILEGES;
""", k=_k), _k, "MySQL 8.0 Reference Manual: CREATE USER ... IDENTIFIED BY")

_k = year_pw()
add("r/odbc-password", "reports/monthly_calls.R", T(r"""
# Monthly call volume by location and disposition (burial / cremation / ship-out)
library(DBI)
library(odbc)
library(dplyr)
library(lubridate)

con <- dbConnect(odbc::odbc(),
                 Driver   = "ODBC Driver 18 for SQL Server",
                 Server   = "sql01.bayside.local",
                 Database = "FuneralCases",
                 UID      = "report_reader",
                 PWD      = "@{k}",
                 TrustServerCertificate = "yes")

calls <- tbl(con, "Cases") %>%
  filter(DateOfDeath >= !!floor_date(Sys.Date() %m-% months(13), "month")) %>%
  select(CaseNo, Location, Disposition, DateOfDeath) %>%
  collect()

summary <- calls %>%
  mutate(month = floor_date(DateOfDeath, "month")) %>%
  count(month, Location, Disposition)

write.csv(summary, sprintf("out/calls_%s.csv", format(Sys.Date(), "%Y%m")), row.names = FALSE)
dbDisconnect(con)
""", k=_k), _k, "odbc R package docs: dbConnect(odbc::odbc(), UID, PWD)")

_k = "base64:" + b64bytes(32)
add("env/laravel-app-key", "cemetery-records/.env", T(r"""
APP_NAME="Fairhaven Cemetery Records"
APP_ENV=production
APP_KEY=@{k}
APP_DEBUG=false
APP_URL=https://records.fairhavencemetery.org

LOG_CHANNEL=daily

DB_CONNECTION=mysql
DB_HOST=127.0.0.1
DB_PORT=3306
DB_DATABASE=records
DB_USERNAME=records
DB_PASSWORD=

SESSION_DRIVER=database
QUEUE_CONNECTION=database
MAIL_MAILER=log
""", k=_k), _k, "Laravel docs: Encryption (APP_KEY, php artisan key:generate)")

_k = human_pw()
add("properties/spring-datasource-password", "cemetery-records-api/src/main/resources/application.properties", T(r"""
spring.application.name=cemetery-records-api
server.port=8080

spring.datasource.url=jdbc:postgresql://pg-records.internal:5432/cemetery
spring.datasource.username=records_api
spring.datasource.password=@{k}
spring.datasource.hikari.maximum-pool-size=8

spring.jpa.hibernate.ddl-auto=validate
spring.jpa.open-in-view=false
spring.flyway.enabled=true

records.search.max-results=250
records.public-fields=name,birth_year,death_year,section,lot
""", k=_k), _k, "Spring Boot docs: spring.datasource.* properties")

_k = gen_pw(16)
add("java/jdbc-password", "importer/src/main/java/org/stbrendan/importer/LegacyCaseImport.java", T(r"""
package org.stbrendan.importer;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/** One-off import of interment cards scanned in 2009 from the old Access-to-MySQL export. */
public final class LegacyCaseImport {

    private static final String URL = "jdbc:mysql://10.2.0.15:3306/burial_cards?useSSL=false";

    public static void main(String[] args) throws SQLException {
        try (Connection source = DriverManager.getConnection(URL, "cards_import", "@{k}");
             PreparedStatement query = source.prepareStatement(
                 "SELECT card_no, surname, given_names, burial_date, section, lot, grave FROM cards")) {
            try (ResultSet rows = query.executeQuery()) {
                int count = 0;
                while (rows.next()) {
                    InterCard card = InterCard.from(rows);
                    Records.upsert(card);
                    count++;
                }
                System.out.printf("imported %d cards%n", count);
            }
        }
    }

    private LegacyCaseImport() {
    }
}
""", k=_k), _k, "JDBC API docs: DriverManager.getConnection(url, user, password)")

_k = gen_pw(20)
add("go/postgres-dsn", "internal/store/store.go", T(r"""
package store

import (
	"context"
	"os"

	"github.com/jackc/pgx/v5/pgxpool"
)

// defaultDSN is used when PLOTS_DSN is unset (the GIS server in the office).
const defaultDSN = "postgres://plots_api:@{k}@gis-01.hillcrest.lan:5432/cemetery?sslmode=prefer"

type Store struct {
	pool *pgxpool.Pool
}

func Open(ctx context.Context) (*Store, error) {
	dsn := os.Getenv("PLOTS_DSN")
	if dsn == "" {
		dsn = defaultDSN
	}
	pool, err := pgxpool.New(ctx, dsn)
	if err != nil {
		return nil, err
	}
	return &Store{pool: pool}, nil
}

func (s *Store) AvailablePlots(ctx context.Context, section string) (int, error) {
	var n int
	err := s.pool.QueryRow(ctx,
		`SELECT count(*) FROM plots WHERE section = $1 AND status = 'available'`, section).Scan(&n)
	return n, err
}
""", k=_k), _k, "pgx docs: connection string (postgres:// URL with password)")

_k = gen_pw(12)
add("dsn/odbc-password", "cemetery-office/odbc/CemeteryRecords.dsn", T(r"""
[ODBC]
DRIVER=SQL Server
UID=cemetery_office
PWD=@{k}
DATABASE=CemeteryRecords
WSID=OFFICE-PC2
APP=Microsoft Office
SERVER=SEXTON-SRV\SQLEXPRESS
Trusted_Connection=No
""", k=_k), _k, "Microsoft docs: File DSN (.dsn) keywords for the SQL Server ODBC driver")

_k = hexs(40)
add("python/meraki-api-key", "network/meraki_inventory.py", T(r'''
"""Lists the Meraki devices at every funeral home location for the quarterly asset report."""
import csv

import meraki

API_KEY = "@{k}"
ORG_ID = "549236"

dashboard = meraki.DashboardAPI(API_KEY, suppress_logging=True)

with open("meraki_inventory.csv", "w", newline="") as out:
    writer = csv.writer(out)
    writer.writerow(["network", "model", "serial", "name", "firmware"])
    for network in dashboard.organizations.getOrganizationNetworks(ORG_ID):
        for device in dashboard.networks.getNetworkDevices(network["id"]):
            writer.writerow([network["name"], device["model"], device["serial"],
                             device.get("name", ""), device.get("firmware", "")])
''', k=_k), _k, "Cisco Meraki Dashboard API docs: API key (40 hex) and meraki Python library")

# ---------------------------------------------------------------------------------------------
# Obituary websites, guestbooks, aftercare and CRM
# ---------------------------------------------------------------------------------------------

_k = hexs(32)
add("js/algolia-admin-key", "obituary-site/scripts/index-obituaries.mjs", T(r"""
// Re-indexes published obituaries for the site search. Run nightly from cron on the web box.
import algoliasearch from 'algoliasearch';
import pg from 'pg';

const client = algoliasearch('H7QK2LZ9MB', '@{k}');
const index = client.initIndex('obituaries_prod');

const db = new pg.Client({ connectionString: process.env.OBITS_DB_URL });
await db.connect();

const { rows } = await db.query(`
  SELECT id, slug, full_name, birth_date, death_date, city, funeral_home, excerpt
  FROM obituaries WHERE published = true`);

const records = rows.map((r) => ({
  objectID: String(r.id),
  url: `/obituaries/${r.slug}`,
  name: r.full_name,
  born: r.birth_date,
  died: r.death_date,
  city: r.city,
  home: r.funeral_home,
  excerpt: r.excerpt,
}));

await index.replaceAllObjects(records, { safe: true });
console.log(`indexed ${records.length} obituaries`);
await db.end();
""", k=_k), _k, "Algolia docs: API keys (Admin API key) and replaceAllObjects")

_k = draw(27, URLSAFE)
add("env/cloudinary-url", "obituary-site/.env", T(r"""
NODE_ENV=production
PORT=3000
PUBLIC_BASE_URL=https://www.harmonfuneralhome.com

# Obituary photos and video tributes
CLOUDINARY_URL=cloudinary://@{ak}:@{k}@harmon-fh
CLOUDINARY_UPLOAD_FOLDER=obituaries

OBITS_PER_PAGE=12
GUESTBOOK_MODERATION=true
""", ak=digits(15), k=_k), _k, "Cloudinary docs: CLOUDINARY_URL environment variable (api_key:api_secret@cloud_name)")

_k = jwt({"iss": "supabase", "ref": draw(20, string.ascii_lowercase), "role": "service_role", "iat": 1706203712, "exp": 2021779712})
add("env/supabase-service-role-key", "guestbook/.env.production", T(r"""
# Guestbook / condolence wall for obituary pages
PUBLIC_SUPABASE_URL=https://qmxrtyzlbwnkdopvahcs.supabase.co
SUPABASE_SERVICE_ROLE_KEY=@{k}
MODERATION_WEBHOOK=https://ops.kingsleyfh.com/hooks/guestbook
MAX_ENTRY_LENGTH=1500
PROFANITY_FILTER=strict
""", k=_k), _k, "Supabase docs: API keys (service_role key must stay on the server)")

_k = "CFPAT-" + draw(43, URLSAFE)
add("env/contentful-management-token", "obituary-gatsby/.env.development", T(r"""
# Gatsby obituary site - copy to .env.development
CONTENTFUL_SPACE_ID=t4kq9x2m7vzb
CONTENTFUL_ENVIRONMENT=master
CONTENTFUL_DELIVERY_TOKEN=
# management token is used by scripts/migrate-obituary-model.js
CONTENTFUL_MANAGEMENT_TOKEN=@{k}
GATSBY_SITE_URL=http://localhost:8000
""", k=_k), _k, "Contentful docs: Content Management API personal access tokens (CFPAT-)")

_k = passphrase()
add("yaml/rails-database-password", "memorials/config/database.yml", T(r"""
default: &default
  adapter: postgresql
  encoding: unicode
  pool: <%= ENV.fetch("RAILS_MAX_THREADS") { 5 } %>

development:
  <<: *default
  database: memorials_development

test:
  <<: *default
  database: memorials_test

production:
  <<: *default
  host: memorials-db.cluster-c8xk2p.us-east-1.rds.amazonaws.com
  database: memorials_production
  username: memorials
  password: @{k}
""", k=_k), _k, "Rails guides: Configuring a database (config/database.yml)")

_k = fakes.django_secret_key(_seed())
add("python/django-secret-key", "memorials/settings/production.py", T(r"""
from .base import *  # noqa: F401,F403

DEBUG = False
SECRET_KEY = "@{k}"

ALLOWED_HOSTS = ["tributes.brightonfh.com", "www.brightonfh.com"]
CSRF_TRUSTED_ORIGINS = ["https://tributes.brightonfh.com"]

SECURE_SSL_REDIRECT = True
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
SECURE_HSTS_SECONDS = 31536000

DATABASES["default"]["HOST"] = "/var/run/postgresql"  # noqa: F405
MEDIA_ROOT = "/srv/tributes/media"
STATIC_ROOT = "/srv/tributes/static"
""", k=_k), _k, "Django docs: SECRET_KEY setting")

_k = gen_pw(26)
add("python/redis-url-password", "livestream/celery_config.py", T(r"""
# Celery settings for the livestream worker (starts/stops Mux streams on the service schedule)
broker_url = "redis://:@{k}@redis-live.internal:6379/2"
result_backend = "redis://redis-live.internal:6379/3"

task_serializer = "json"
accept_content = ["json"]
timezone = "America/New_York"
enable_utc = True

beat_schedule = {
    "open-streams": {"task": "livestream.tasks.open_upcoming", "schedule": 60.0},
    "close-streams": {"task": "livestream.tasks.close_finished", "schedule": 120.0},
}
""", k=_k), _k, "Celery docs: Redis broker URL (redis://:password@host:port/db)")

_k = gen_pw(16)
add("js/mongodb-uri", "guestbook/server/db.js", T(r"""
const mongoose = require('mongoose');

const uri =
  process.env.MONGO_URI ||
  'mongodb+srv://guestbook:@{k}@cluster0.x8kq2.mongodb.net/condolences?retryWrites=true&w=majority';

const entrySchema = new mongoose.Schema({
  obituaryId: { type: String, index: true },
  name: String,
  relation: String,
  message: { type: String, maxlength: 1500 },
  candle: { type: Boolean, default: false },
  approved: { type: Boolean, default: false },
  createdAt: { type: Date, default: Date.now },
});

async function connect() {
  await mongoose.connect(uri, { serverSelectionTimeoutMS: 8000 });
  return mongoose.model('Entry', entrySchema);
}

module.exports = { connect };
""", k=_k), _k, "MongoDB docs: connection string URI format (mongodb+srv)")

_k = human_pw()
add("php/smtp-password", "guestbook/includes/mail.php", T(r"""
<?php
use PHPMailer\PHPMailer\PHPMailer;

require __DIR__ . '/../vendor/autoload.php';

function notify_family_of_entry(array $entry, string $familyEmail): bool
{
    $mail = new PHPMailer(true);
    $mail->isSMTP();
    $mail->Host       = 'smtp.office365.com';
    $mail->SMTPAuth   = true;
    $mail->Username   = 'guestbook@thorntonfuneral.com';
    $mail->Password   = '@{k}';
    $mail->SMTPSecure = PHPMailer::ENCRYPTION_STARTTLS;
    $mail->Port       = 587;

    $mail->setFrom('guestbook@thorntonfuneral.com', 'Thornton Funeral Home');
    $mail->addAddress($familyEmail);
    $mail->Subject = 'A new message in the guestbook for ' . $entry['decedent'];
    $mail->Body    = $entry['name'] . " wrote:\n\n" . $entry['message'];

    return $mail->send();
}
""", k=_k), _k, "PHPMailer README: SMTP authentication example")

_k = "live_" + hexs(35)
add("python/lob-api-key", "thank_you_cards/send_cards.py", T(r"""
# Mails printed thank-you cards to everyone who sent flowers or a donation.
import csv
import sys

import lob

lob.api_key = "@{k}"

FROM_ADDRESS = "adr_8f2c1e9a7b3d4f60"  # Juniper Hill Funeral Home, saved in Lob
TEMPLATE = "tmpl_4b1e7c9a2d8f3e05"


def send(row: dict) -> str:
    card = lob.Postcard.create(
        description=f"Thank-you card - case {row['case_no']}",
        to_address={
            "name": row["name"],
            "address_line1": row["street"],
            "address_city": row["city"],
            "address_state": row["state"],
            "address_zip": row["zip"],
        },
        from_address=FROM_ADDRESS,
        front=TEMPLATE,
        back=TEMPLATE,
        merge_variables={"family": row["family_signature"]},
    )
    return card.id


if __name__ == "__main__":
    with open(sys.argv[1], newline="") as f:
        for row in csv.DictReader(f):
            print(row["name"], send(row))
""", k=_k), _k, "Lob docs: API keys (live_ / test_) and Postcards")

_k = "shpat_" + hexs(32)
add("toml/shopify-admin-token", "keepsakes-sync/config.toml", T(r"""
# Syncs keepsake orders (fingerprint jewelry, urns, memorial blankets) to the case manager.
[shop]
domain = "willowmere-keepsakes.myshopify.com"
api_version = "2024-04"
admin_token = "@{k}"

[case_manager]
base_url = "https://cases.willowmerefh.com/api"
token_env = "CASE_MANAGER_TOKEN"

[sync]
interval_secs = 300
tag_prefix = "case-"
""", k=_k), _k, "Shopify docs: Admin API access tokens for custom apps (shpat_)")

_k = "cs_" + hexs(40)
add("php/woocommerce-consumer-secret", "sync/woo-orders.php", T(r"""
<?php
// Pulls memorial tree and candle orders from the WooCommerce store every 10 minutes.
require __DIR__ . '/vendor/autoload.php';

use Automattic\WooCommerce\Client;

$woocommerce = new Client(
    'https://shop.elmwoodmemorial.com',
    'ck_@{ck}',
    '@{k}',
    ['version' => 'wc/v3', 'timeout' => 30]
);

$orders = $woocommerce->get('orders', ['status' => 'processing', 'per_page' => 50]);
foreach ($orders as $order) {
    $obituary = $order->meta_data[0]->value ?? null;
    printf("%d %s %s\n", $order->id, $order->billing->last_name, $obituary);
}
""", ck=hexs(40), k=_k), _k, "WooCommerce REST API docs: consumer key ck_ / consumer secret cs_")

_k = mailchimp_key()
add("php/mailchimp-api-key", "wp-content/plugins/evergreen-aftercare/mailchimp.php", T(r"""
<?php
/**
 * Adds consenting families to the "Grief Support" audience after a service.
 */
defined( 'ABSPATH' ) || exit;

const EVERGREEN_MC_KEY      = '@{k}';
const EVERGREEN_MC_AUDIENCE = 'b7e3c1a9f0';

function evergreen_add_to_aftercare( $email, $first, $service_date ) {
	$dc   = substr( EVERGREEN_MC_KEY, strpos( EVERGREEN_MC_KEY, '-' ) + 1 );
	$hash = md5( strtolower( $email ) );
	$url  = "https://{$dc}.api.mailchimp.com/3.0/lists/" . EVERGREEN_MC_AUDIENCE . "/members/{$hash}";

	return wp_remote_request( $url, [
		'method'  => 'PUT',
		'headers' => [ 'Authorization' => 'apikey ' . EVERGREEN_MC_KEY ],
		'body'    => wp_json_encode( [
			'email_address' => $email,
			'status_if_new' => 'subscribed',
			'merge_fields'  => [ 'FNAME' => $first, 'SVCDATE' => $service_date ],
		] ),
	] );
}
""", k=_k), _k, "Mailchimp Marketing API docs: API keys and the data center suffix")

_k = "pat-na1-" + uuid_s()
add("typescript/hubspot-token", "crm-sync/src/hubspot.ts", T(r"""
import { Client } from "@hubspot/api-client";

// Preneed leads from the "Plan ahead" form go to HubSpot as contacts with a deal.
const hubspot = new Client({ accessToken: "@{k}" });

export interface PlanAheadLead {
  email: string;
  firstName: string;
  lastName: string;
  phone?: string;
  interest: "burial" | "cremation" | "unsure";
}

export async function pushLead(lead: PlanAheadLead): Promise<string> {
  const contact = await hubspot.crm.contacts.basicApi.create({
    properties: {
      email: lead.email,
      firstname: lead.firstName,
      lastname: lead.lastName,
      phone: lead.phone ?? "",
      preneed_interest: lead.interest,
    },
    associations: [],
  });
  return contact.id;
}
""", k=_k), _k, "HubSpot docs: private app access tokens (pat-na1-...)")

_k = uuid_s()
add("python/postmark-header", "aftercare/postmark_send.py", T(r"""
import requests

POSTMARK_URL = "https://api.postmarkapp.com/email/withTemplate"
HEADERS = {
    "Accept": "application/json",
    "Content-Type": "application/json",
    "X-Postmark-Server-Token": "@{k}",
}


def send_anniversary_note(to: str, first_name: str, decedent: str) -> str:
    resp = requests.post(POSTMARK_URL, headers=HEADERS, json={
        "From": "care@bellamyfuneral.com",
        "To": to,
        "TemplateAlias": "one-year-anniversary",
        "TemplateModel": {"first_name": first_name, "decedent": decedent},
        "MessageStream": "aftercare",
    }, timeout=10)
    resp.raise_for_status()
    return resp.json()["MessageID"]
""", k=_k), _k, "Postmark API docs: X-Postmark-Server-Token header")

_k = gen_pw(64, "-_")
add("json/auth0-client-secret", "family-portal/auth_config.json", T(r"""
{
  "domain": "stonebridge-family.us.auth0.com",
  "clientId": "Xw7qL2nV9kT4mB1sR8cZ5yH3gD6fJ0aP",
  "clientSecret": "@{k}",
  "audience": "https://api.stonebridgefh.com/family",
  "scope": "openid profile email read:arrangements",
  "callbackPath": "/auth/callback",
  "logoutReturnTo": "https://family.stonebridgefh.com/"
}
""", k=_k), _k, "Auth0 docs: application credentials (client ID and client secret)")

_k = hexs(64)
add("env/jwt-secret", "guestbook-api/.env", T(r"""
PORT=8081
NODE_ENV=production
# Signs the moderator session tokens
JWT_SECRET=@{k}
JWT_EXPIRES_IN=8h
CORS_ORIGIN=https://www.pattersonfh.com
RATE_LIMIT_PER_MINUTE=20
""", k=_k), _k, "jsonwebtoken README: sign(payload, secretOrPrivateKey); dotenv docs")

_k = "sl.B" + draw(134, URLSAFE)
add("python/dropbox-token", "photo_intake/dropbox_pull.py", T(r"""
# Families drop photos for the memorial slideshow into a shared Dropbox folder per case.
# This pulls them to the slideshow workstation.
import pathlib

import dropbox

TOKEN = "@{k}"
ROOT = "/Slideshow Uploads"
DEST = pathlib.Path(r"D:\Slideshows")


def pull(case_no: str) -> int:
    dbx = dropbox.Dropbox(TOKEN)
    target = DEST / case_no
    target.mkdir(parents=True, exist_ok=True)
    count = 0
    for entry in dbx.files_list_folder(f"{ROOT}/{case_no}").entries:
        if isinstance(entry, dropbox.files.FileMetadata):
            dbx.files_download_to_file(str(target / entry.name), entry.path_lower)
            count += 1
    return count
""", k=_k), _k, "Dropbox API docs: short-lived access tokens (sl.)")

_k = gen_pw(40)
add("swift/api-key", "MemorialApp/Sources/Config/APIKeys.swift", T(r"""
import Foundation

/// Keys for the tribute feed used by the Ridgeview memorial app.
enum APIKeys {
    static let tributeBaseURL = URL(string: "https://api.tributefeed.net/v3")!
    static let tributeAPIKey = "@{k}"
    static let funeralHomeID = "ridgeview-fh-2291"
}

struct TributeClient {
    let session: URLSession = .shared

    func obituaries(page: Int) async throws -> Data {
        var request = URLRequest(url: APIKeys.tributeBaseURL
            .appendingPathComponent("homes/\(APIKeys.funeralHomeID)/obituaries"))
        request.setValue(APIKeys.tributeAPIKey, forHTTPHeaderField: "x-api-key")
        request.setValue("\(page)", forHTTPHeaderField: "x-page")
        let (data, _) = try await session.data(for: request)
        return data
    }
}
""", k=_k), _k, "Apple URLRequest docs; obituary syndication feed API key header")

_k = gen_pw(32)
add("js/x-api-key", "florist-widget/server/orders.js", T(r"""
import express from 'express';

const router = express.Router();

// Sympathy flowers ordered from an obituary page are relayed to the partner florist network.
const FLORIST_API = 'https://partners.sympathybloom.com/api/orders';
const FLORIST_KEY = '@{k}';

router.post('/orders', async (req, res) => {
  const { obituaryId, productSku, cardMessage, sender } = req.body;
  const upstream = await fetch(FLORIST_API, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Api-Key': FLORIST_KEY },
    body: JSON.stringify({
      affiliate: 'hartwell-fh',
      obituary_id: obituaryId,
      sku: productSku,
      card_message: cardMessage,
      sender,
    }),
  });
  res.status(upstream.status).json(await upstream.json());
});

export default router;
""", k=_k), _k, "Express docs: Router; florist affiliate order API key header")

_k = gen_pw(36)
add("typescript/bearer-token", "functions/src/syncPlots.ts", T(r"""
import { onSchedule } from "firebase-functions/v2/scheduler";
import { getFirestore } from "firebase-admin/firestore";

const PLOTS_API = "https://sexton.crestviewcemetery.org/api/v2/plots";
const PLOTS_TOKEN = "@{k}";

export const syncPlots = onSchedule("every 30 minutes", async () => {
  const resp = await fetch(`${PLOTS_API}?changed_since=1h`, {
    headers: { Authorization: `Bearer ${PLOTS_TOKEN}` },
  });
  if (!resp.ok) throw new Error(`plots api ${resp.status}`);
  const plots: Array<{ id: string; section: string; status: string }> = await resp.json();
  const db = getFirestore();
  const batch = db.batch();
  for (const p of plots) {
    batch.set(db.collection("plots").doc(p.id), p, { merge: true });
  }
  await batch.commit();
});
""", k=_k), _k, "Firebase docs: scheduled functions; HTTP bearer authorization (RFC 6750)")

_k = human_pw()
add("python/requests-basic-auth", "obits/legacy_push.py", T(r"""
# Pushes a published obituary to the newspaper partner's syndication endpoint.
import requests

FEED_URL = "https://feeds.obitpartners.example.net/v2/obituaries"


def push(obit: dict) -> str:
    resp = requests.post(
        FEED_URL,
        auth=("hollisfh_feed", "@{k}"),
        json={
            "external_id": obit["id"],
            "name": obit["full_name"],
            "text": obit["body"],
            "photo": obit["photo_url"],
            "publish_in": ["print", "online"],
            "run_dates": obit["run_dates"],
        },
        timeout=20,
    )
    resp.raise_for_status()
    return resp.json()["confirmation"]
""", k=_k), _k, "Requests docs: Basic authentication (auth tuple)")

_k = gen_pw(20)
_pre, _post = _k[:9], _k[9:]
add("python/split-string-password", "scripts/migrate_from_halcyon.py", T(r'''
# One-time migration of cases from the old on-prem case manager into the new cloud system.
import pyodbc

SOURCE = (
    "DRIVER={ODBC Driver 17 for SQL Server};SERVER=HALCYON-SRV;DATABASE=Halcyon;"
    "UID=migration;PWD=@{a}"
    "@{b};"
)

QUERY = """
SELECT CaseNumber, DecedentLast, DecedentFirst, DateOfDeath, Disposition, ArrangerID
FROM dbo.Cases WHERE DateOfDeath >= '2015-01-01'
"""


def rows():
    with pyodbc.connect(SOURCE, timeout=10) as conn:
        cur = conn.cursor()
        cur.execute(QUERY)
        yield from cur


if __name__ == "__main__":
    n = sum(1 for _ in rows())
    print(f"{n} cases to migrate")
''', a=_pre, b=_post), _k, "pyodbc docs: connection strings; Python adjacent string literal concatenation")

_k = sendgrid_key()
add("csharp/sendgrid-key", "Obituaries.Notifier/Program.cs", T(r"""
using SendGrid;
using SendGrid.Helpers.Mail;

// Sends the "obituary published" confirmation to the family's contact.
var client = new SendGridClient("@{k}");

var from = new EmailAddress("obituaries@carverfuneral.com", "Carver Funeral Chapel");
var to = new EmailAddress(args[0]);
var subject = $"The obituary for {args[1]} is now online";
var html = $"<p>You can view and share it at <a href=\"https://carverfuneral.com/obituaries/{args[2]}\">carverfuneral.com</a>.</p>";

var msg = MailHelper.CreateSingleEmail(from, to, subject, null, html);
var response = await client.SendEmailAsync(msg);
Console.WriteLine($"SendGrid: {(int)response.StatusCode}");
""", k=_k), _k, "SendGrid C# library README: SendGridClient(apiKey)")

# ---------------------------------------------------------------------------------------------
# IT, hosting, CI and infrastructure
# ---------------------------------------------------------------------------------------------

_k = fakes.github_token(_seed())
add("github-actions/github-token", ".github/workflows/publish-obits.yml", T(r"""
name: Publish obituaries

on:
  schedule:
    - cron: "*/20 * * * *"
  workflow_dispatch:

jobs:
  build:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-node@v4
        with:
          node-version: 20
          cache: npm
      - run: npm ci
      - run: npm run export-obituaries
      - name: Push to the static site repo
        run: |
          git config --global user.name "obit-bot"
          git config --global user.email "web@fairviewchapel.com"
          git clone https://x-access-token:@{k}@github.com/fairview-chapel/site-public.git out
          cp -r dist/obituaries out/
          cd out && git add -A && git commit -m "obituaries $(date -u +%FT%TZ)" || exit 0
          git push origin main
""", k=_k), _k, "GitHub docs: authenticating with a token in a clone URL (x-access-token)")

_k = human_pw()
add("gitlab-ci/sshpass-password", ".gitlab-ci.yml", T(r"""
stages:
  - build
  - deploy

build:
  stage: build
  image: node:20-alpine
  script:
    - npm ci
    - npm run build
  artifacts:
    paths: [public/]

deploy_site:
  stage: deploy
  image: alpine:3.19
  only: [main]
  before_script:
    - apk add --no-cache openssh-client sshpass rsync
  script:
    - sshpass -p '@{k}' rsync -az --delete -e "ssh -o StrictHostKeyChecking=no" public/ brookside@web42.sharedhost.net:~/public_html/
""", k=_k), _k, "sshpass man page (-p password); GitLab CI/CD .gitlab-ci.yml reference")

_k = gen_pw(18, "!")
add("jenkinsfile/basic-auth-password", "Jenkinsfile", T(r"""
pipeline {
    agent { label 'windows-build' }
    options { timestamps() }

    stages {
        stage('Build') {
            steps {
                bat 'dotnet publish CaseManager.Api -c Release -o out'
            }
        }
        stage('Package') {
            steps {
                bat 'powershell Compress-Archive -Path out\\* -DestinationPath casemgr.zip -Force'
            }
        }
        stage('Upload') {
            steps {
                bat 'curl -f -u deploy-bot:@{k} -T casemgr.zip https://nexus.bayside.local/repository/releases/casemgr/%BUILD_NUMBER%/casemgr.zip'
            }
        }
    }
}
""", k=_k), _k, "curl man page: -u user:password; Jenkins Pipeline syntax")

_k = gen_pw(32)
add("dockerfile/api-key", "services/obit-sync/Dockerfile", T(r"""
FROM python:3.12-slim

WORKDIR /app
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt

COPY obit_sync/ obit_sync/

ENV FEED_BASE_URL=https://api.tributefeed.net/v3 \
    FEED_HOME_ID=ashby-fh-1043 \
    FEED_API_KEY=@{k} \
    SYNC_INTERVAL=600

USER 10001
CMD ["python", "-m", "obit_sync"]
""", k=_k), _k, "Dockerfile reference: ENV instruction")

_k = fakes.aws_secret_key(_seed())
add("ini/aws-secret-access-key", "deploy/aws/credentials", T(r"""
[default]
region = us-east-1

[obits-media]
aws_access_key_id = @{kid}
aws_secret_access_key = @{k}
region = us-east-2
# used by scripts/sync-photos.sh to push obituary photos to s3://obits-media-prod
""", kid=fakes.aws_key_id(_seed()), k=_k), _k, "AWS CLI docs: credentials file format")

_k = b64bytes(64)
add("env/azure-storage-account-key", "photo-archive/.env", T(r"""
# Long-term archive of service recordings and photo slideshows
AZURE_STORAGE_CONNECTION_STRING=DefaultEndpointsProtocol=https;AccountName=stmarysarchive;AccountKey=@{k};EndpointSuffix=core.windows.net
ARCHIVE_CONTAINER=service-recordings
ARCHIVE_TIER=Cool
RETENTION_YEARS=25
""", k=_k), _k, "Azure Storage docs: configure a connection string (AccountKey)")

_k = azure_client_secret()
add("csharp/azure-client-secret", "MemorialVideo.Functions/Startup.cs", T(r"""
using Azure.Identity;
using Azure.Storage.Blobs;
using Microsoft.Azure.Functions.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection;

[assembly: FunctionsStartup(typeof(MemorialVideo.Functions.Startup))]

namespace MemorialVideo.Functions
{
    public class Startup : FunctionsStartup
    {
        private const string TenantId = "6f1e2d3c-4b5a-4968-8776-a5b4c3d2e1f0";
        private const string ClientId = "0a9b8c7d-6e5f-4a3b-9c2d-1e0f9a8b7c6d";

        public override void Configure(IFunctionsHostBuilder builder)
        {
            var credential = new ClientSecretCredential(TenantId, ClientId, "@{k}");
            builder.Services.AddSingleton(new BlobServiceClient(
                new System.Uri("https://memorialvideoprod.blob.core.windows.net"), credential));
        }
    }
}
""", k=_k), _k, "Azure SDK docs: ClientSecretCredential; Microsoft Entra client secrets")

_k = slack_webhook()
add("python/slack-webhook", "ops/notify_new_case.py", T(r"""
# Posts a note to #arrangements when a new case is opened in the case manager.
import json
import sys
import urllib.request

WEBHOOK_URL = "@{k}"


def post(case_no: str, director: str, service_type: str) -> None:
    payload = {
        "text": f":white_flower: New case *{case_no}* - {service_type}, director {director}",
    }
    req = urllib.request.Request(
        WEBHOOK_URL,
        data=json.dumps(payload).encode(),
        headers={"Content-Type": "application/json"},
    )
    urllib.request.urlopen(req, timeout=10)


if __name__ == "__main__":
    post(*sys.argv[1:4])
""", k=_k), _k, "Slack docs: Sending messages using incoming webhooks")

_k = slack_bot()
add("yaml/slack-bot-token", "bots/oncall/config.yaml", T(r"""
# On-call director bot: answers "who is on call tonight?" and pages for first calls.
slack:
  bot_token: @{k}
  channel: C05RK2HMV9Q
  admin_users: [U02ABCD1234, U03EFGH5678]

rotation:
  source: google-sheet
  sheet_id: 1aB2cD3eF4gH5iJ6kL7mN8oP9qR0sT1uV2wX3yZ4a5b6
  range: "Rotation!A2:C60"

paging:
  escalate_after_minutes: 10
  quiet_hours: "22:00-06:00"
""", k=_k), _k, "Slack docs: bot tokens (xoxb-)")

_k = openssh_key()
add("shell/heredoc-ssh-key", "scripts/bootstrap-sftp.sh", T(r"""
#!/usr/bin/env bash
# Sets up the nightly obituary export to the newspaper's SFTP drop on a fresh VM.
set -euo pipefail

install -d -m 700 ~/.ssh
cat > ~/.ssh/obit_feed_ed25519 <<'EOF'
@{k}
EOF
chmod 600 ~/.ssh/obit_feed_ed25519

cat >> ~/.ssh/config <<'EOF'
Host obitfeed
  HostName sftp.dailycourier-obits.com
  User lakeside_fh
  IdentityFile ~/.ssh/obit_feed_ed25519
EOF

ssh-keyscan sftp.dailycourier-obits.com >> ~/.ssh/known_hosts
(crontab -l 2>/dev/null; echo "30 2 * * * /opt/obits/export.sh && sftp -b /opt/obits/put.batch obitfeed") | crontab -
""", k=_k), _k, "OpenSSH manual: ssh-keygen key format (OPENSSH PRIVATE KEY); bash here-documents")

_k = apns_p8()
add("js/apns-p8-key", "memorial-app-push/apns.js", T(r"""
const apn = require('@parse/node-apn');

// "Service starting soon" push for families who follow a memorial in the app.
const key = `@{k}`;

const provider = new apn.Provider({
  token: { key, keyId: 'K7QH3M2XV9', teamId: 'R4T8ZP2LQ6' },
  production: true,
});

async function notifyServiceStarting(deviceTokens, memorial) {
  const note = new apn.Notification({
    topic: 'com.ridgeviewfh.memorials',
    alert: { title: memorial.name, body: 'The livestream of the service is starting.' },
    sound: 'default',
    payload: { memorialId: memorial.id },
  });
  const result = await provider.send(note, deviceTokens);
  return result.failed.length;
}

module.exports = { notifyServiceStarting };
""", k=_k), _k, "Apple docs: Establishing a token-based connection to APNs (.p8 signing key)")

_pk = pem("", "MIIEvgIBADANBgkqhkiG9w0BAQEFAASCBKgwggSkAgEAAoIBAQ", 24)
_k = _pk.replace("\n", "\\n")
_sa = {
    "type": "service_account",
    "project_id": "ashgrove-arrangements",
    "private_key_id": hexs(40),
    "private_key": _pk + "\n",
    "client_email": "sheets-sync@ashgrove-arrangements.iam.gserviceaccount.com",
    "client_id": digits(21),
    "auth_uri": "https://accounts.google.com/o/oauth2/auth",
    "token_uri": "https://oauth2.googleapis.com/token",
    "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",
    "client_x509_cert_url": "https://www.googleapis.com/robot/v1/metadata/x509/sheets-sync%40ashgrove-arrangements.iam.gserviceaccount.com",
    "universe_domain": "googleapis.com",
}
add("json/gcp-service-account", "sheets-sync/service-account.json", json.dumps(_sa, indent=2) + "\n", _k,
    "Google Cloud docs: service account key file (JSON)")

_k = "AAAA" + draw(7, URLSAFE) + ":APA91b" + draw(134, URLSAFE)
add("kotlin/fcm-server-key", "app/src/main/java/com/lindenfh/app/push/PushSender.kt", T(r'''
package com.lindenfh.app.push

import okhttp3.MediaType.Companion.toMediaType
import okhttp3.OkHttpClient
import okhttp3.Request
import okhttp3.RequestBody.Companion.toRequestBody

// Staff app: a director taps "Family has arrived" and the other staff phones get a push.
object PushSender {
    private const val SERVER_KEY =
        "@{k}"
    private val client = OkHttpClient()

    fun familyArrived(topic: String, room: String) {
        val body = """{"to":"/topics/$topic","notification":{"title":"Family arrived","body":"$room"}}"""
        val request = Request.Builder()
            .url("https://fcm.googleapis.com/fcm/send")
            .header("Authorization", "key=$SERVER_KEY")
            .post(body.toRequestBody("application/json".toMediaType()))
            .build()
        client.newCall(request).execute().use { }
    }
}
''', k=_k), _k, "Firebase Cloud Messaging legacy HTTP API: Authorization key=<server key>")

_k = draw(32)
add("python/twilio-api-key-secret", "reminders/twilio_voice.py", T(r"""
# Calls the on-call director when a first call comes in after hours and nobody picks up in chat.
from twilio.rest import Client

ACCOUNT_SID = "@{sid}"
API_KEY_SID = "SK@{sk}"
API_KEY_SECRET = "@{k}"

client = Client(API_KEY_SID, API_KEY_SECRET, ACCOUNT_SID)


def page_director(phone: str, case_no: str) -> str:
    call = client.calls.create(
        to=phone,
        from_="+13145550177",
        twiml=f"<Response><Say voice='alice'>First call for case {case_no}. "
              "Please check the arrangements channel.</Say></Response>",
    )
    return call.sid
""", sid=twilio_sid(), sk=hexs(32), k=_k), _k, "Twilio docs: API keys (SK sid and secret)")

_k = "NRAK-" + draw(27, UPPER_DIGITS)
add("shell/newrelic-user-key", "ops/newrelic/deploy-marker.sh", T(r"""
#!/usr/bin/env bash
# Records a deployment marker for the case manager API in New Relic.
set -eu
APP_GUID="MzQ1Njc4OXxBUE18QVBQTElDQVRJT058MTIzNDU2Nzg5"
VERSION="${1:?version}"

curl -sS https://api.newrelic.com/graphql \
  -H 'Content-Type: application/json' \
  -H 'API-Key: @{k}' \
  --data-binary "{\"query\":\"mutation { changeTrackingCreateDeployment(deployment: {version: \\\"$VERSION\\\", entityGuid: \\\"$APP_GUID\\\"}) { deploymentId } }\"}"
""", k=_k), _k, "New Relic docs: user API keys (NRAK-) and NerdGraph")

_k = hexs(32)
add("yaml/datadog-api-key", "ops/datadog/datadog.yaml", T(r"""
## Datadog agent on the case management server (SRV-CASES01)
api_key: @{k}
site: datadoghq.com
hostname: srv-cases01
tags:
  - env:prod
  - role:casemanager
  - location:main-chapel

logs_enabled: true
process_config:
  process_collection:
    enabled: true

apm_config:
  enabled: false
""", k=_k), _k, "Datadog Agent docs: datadog.yaml api_key")

_k = hexs(36) + "NRAL"
add("ini/newrelic-license-key", "casemanager/newrelic.ini", T(r"""
[newrelic]
license_key = @{k}
app_name = Case Manager (prod)
monitor_mode = true
log_level = info
distributed_tracing.enabled = true
transaction_tracer.record_sql = obfuscated
error_collector.ignore_classes = django.http.response:Http404

[newrelic:staging]
app_name = Case Manager (staging)
monitor_mode = true
""", k=_k), _k, "New Relic Python agent docs: newrelic.ini license_key")

_k = hexs(64)
add("ini/sentry-auth-token", "obituary-site/.sentryclirc", T(r"""
[defaults]
url = https://sentry.io/
org = carrington-memorial
project = obituary-site

[auth]
token = @{k}
""", k=_k), _k, "Sentry CLI docs: configuration file (.sentryclirc) auth token")

_k = "00" + draw(40, URLSAFE)
add("powershell/okta-api-token", "it/scripts/Disable-DepartedStaff.ps1", T(r"""
<#
.SYNOPSIS
  Suspends Okta accounts of staff whose HR end date has passed.
#>
param(
    [string]$CsvPath = "\\fs01\hr$\departures.csv"
)

$OktaOrg = "https://westbrookfuneral.okta.com"
$Headers = @{
    Authorization = "SSWS @{k}"
    Accept        = "application/json"
}

$today = Get-Date
Import-Csv $CsvPath | Where-Object { [datetime]$_.EndDate -lt $today } | ForEach-Object {
    $login = $_.Email
    $user = Invoke-RestMethod -Uri "$OktaOrg/api/v1/users/$login" -Headers $Headers
    if ($user.status -eq "ACTIVE") {
        Invoke-RestMethod -Method Post -Uri "$OktaOrg/api/v1/users/$($user.id)/lifecycle/suspend" -Headers $Headers
        Write-Host "Suspended $login"
    }
}
""", k=_k), _k, "Okta docs: API token authentication (Authorization: SSWS)")

_k = year_pw()
add("powershell/securestring-password", "backup/Backup-CaseFiles.ps1", T(r"""
# Nightly copy of the scanned case files (death certificates, permits, contracts) to the NAS.
$ErrorActionPreference = "Stop"

$user = "BAYSIDE\svc_backup"
$pass = ConvertTo-SecureString "@{k}" -AsPlainText -Force
$cred = New-Object System.Management.Automation.PSCredential($user, $pass)

New-PSDrive -Name NAS -PSProvider FileSystem -Root "\\nas01\casefiles" -Credential $cred | Out-Null

$stamp = Get-Date -Format "yyyyMMdd"
robocopy "D:\CaseFiles" "NAS:\daily\$stamp" /MIR /R:2 /W:5 /NP /LOG:"D:\Logs\backup-$stamp.log"

Remove-PSDrive NAS
""", k=_k), _k, "Microsoft docs: ConvertTo-SecureString -AsPlainText; PSCredential")

_k = human_pw()
add("shell-history/mysql-password", "ops/home/deploy/.bash_history", T(r"""
cd /var/www/obits
git pull
sudo systemctl restart php8.2-fpm
tail -n 50 /var/log/nginx/error.log
mysql -u obits_admin -p'@{k}' obituaries -e "SELECT id, slug FROM obituaries ORDER BY id DESC LIMIT 5"
mysqldump -u obits_admin -p obituaries > /tmp/obits.sql
ls -lh /tmp/obits.sql
gzip /tmp/obits.sql
exit
""", k=_k), _k, "MySQL client docs: --password / -p<password> on the command line")

_k = gen_pw(40)
add("shell-history/bearer-token", "ops/home/marta/.zsh_history", T(r"""
: 1712330111:0;cd ~/src/plots-api
: 1712330120:0;make run
: 1712330241:0;curl -s localhost:8080/healthz
: 1712330302:0;curl -s -H "Authorization: Bearer @{k}" https://sexton.crestviewcemetery.org/api/v2/plots?section=G | jq length
: 1712330390:0;git status
: 1712330402:0;git commit -am "fix section G paging"
: 1712330410:0;git push
""", k=_k), _k, "zsh EXTENDED_HISTORY format; curl -H Authorization bearer")

_k = gen_pw(16)
add("yaml/configmap-password", "k8s/florist-bridge/configmap.yaml", T(r"""
apiVersion: v1
kind: ConfigMap
metadata:
  name: florist-bridge
  namespace: obits
data:
  ORDER_FEED_HOST: "ftp.sympathyorders.net"
  ORDER_FEED_USER: "westlake_fh"
  ORDER_FEED_PASSWORD: "@{k}"
  ORDER_FEED_DIR: "/outbound/westlake"
  POLL_SECONDS: "120"
""", k=_k), _k, "Kubernetes docs: ConfigMaps")

_k = human_pw()
add("k8s-secret/database-password", "k8s/case-manager/secret.yaml", T(r"""
apiVersion: v1
kind: Secret
metadata:
  name: case-manager-db
  namespace: case-manager
  labels:
    app.kubernetes.io/name: case-manager
type: Opaque
data:
  DB_HOST: @{host}
  DB_USER: @{user}
  DB_PASSWORD: @{k}
""", host=b64("pg-cases.case-manager.svc"), user=b64("casemgr"), k=b64(_k)), _k,
    "Kubernetes docs: Secrets (data values are base64)")

_k = gen_pw(22)
_dcj = json.dumps({"auths": {"harbor.oakmontfh.net": {"username": "robot$casemgr+pull", "password": _k,
                                                        "auth": b64("robot$casemgr+pull:" + _k)}}})
add("k8s-secret/dockerconfigjson", "k8s/case-manager/regcred.yaml", T(r"""
apiVersion: v1
kind: Secret
metadata:
  name: harbor-pull
  namespace: case-manager
type: kubernetes.io/dockerconfigjson
data:
  .dockerconfigjson: @{d}
""", d=b64(_dcj)), _k, "Kubernetes docs: Pull an image from a private registry (dockerconfigjson)")

_k = gen_pw(24)
add("helm/smtp-password", "charts/obituaries/values-prod.yaml", T(r"""
replicaCount: 2

image:
  repository: harbor.oakmontfh.net/web/obituaries
  tag: "5.2.3"

env:
  SITE_URL: https://www.oakmontfh.com
  TZ: America/Chicago

smtp:
  host: smtp.mailgun.org
  port: 587
  username: postmaster@mg.oakmontfh.com
  password: "@{k}"
  from: "Oakmont Funeral Home <obituaries@oakmontfh.com>"

ingress:
  enabled: true
  className: nginx
  hosts:
    - host: www.oakmontfh.com
      paths: ["/"]
""", k=_k), _k, "Helm docs: values files")

_k = gen_pw(20)
add("terraform/rds-master-password", "infra/rds.tf", T(r"""
resource "aws_db_subnet_group" "cases" {
  name       = "cases"
  subnet_ids = module.vpc.private_subnets
}

resource "aws_db_instance" "cases" {
  identifier              = "cases-prod"
  engine                  = "postgres"
  engine_version          = "15.5"
  instance_class          = "db.t4g.medium"
  allocated_storage       = 100
  db_name                 = "cases"
  username                = "cases_admin"
  password                = "@{k}"
  db_subnet_group_name    = aws_db_subnet_group.cases.name
  vpc_security_group_ids  = [aws_security_group.db.id]
  backup_retention_period = 14
  storage_encrypted       = true
  deletion_protection     = true
  skip_final_snapshot     = false
}
""", k=_k), _k, "Terraform AWS provider docs: aws_db_instance password")

_k = human_pw()
add("tfvars/database-password", "infra/envs/prod.tfvars", T(r"""
environment          = "prod"
region               = "us-east-2"
vpc_cidr             = "10.30.0.0/16"
obits_instance_type  = "t3.small"
obits_min_size       = 2
obits_max_size       = 4
db_username          = "obits"
db_password          = "@{k}"
livestream_bucket    = "ashford-livestream-recordings"
""", k=_k), _k, "Terraform docs: variable definitions (.tfvars) files")

_k = gen_pw(16, "#")
add("ansible/sftp-password", "ansible/group_vars/obit_syndication.yml", T(r"""
---
# Nightly obituary export to the regional newspaper group's SFTP drop
obit_export_schedule: "15 2 * * *"
obit_export_dir: /srv/obits/export
obit_sftp_host: sftp.regionalnews-obits.com
obit_sftp_port: 22
obit_sftp_user: harmon_fh
obit_sftp_password: "@{k}"
obit_sftp_remote_dir: /incoming/harmon
obit_include_photos: true
""", k=_k), _k, "Ansible docs: group_vars variable files")

_k = gen_pw(14)
add("ansible/inventory-password", "ansible/inventory/hosts.ini", T(r"""
[chapel_pcs]
chapel-a-av ansible_host=10.60.0.30
chapel-b-av ansible_host=10.60.0.31
lounge-tv  ansible_host=10.60.0.35

[chapel_pcs:vars]
ansible_connection=winrm
ansible_winrm_transport=ntlm
ansible_winrm_server_cert_validation=ignore
ansible_user=avadmin
ansible_password=@{k}

[office]
srv-cases01 ansible_host=10.10.0.5
""", k=_k), _k, "Ansible docs: inventory behavioral parameters (ansible_password, WinRM)")

_k = gen_pw(16, "!")
add("cisco/local-user-password", "network/chapel-rtr01.cfg", T(r"""
!
hostname chapel-rtr01
!
no service password-encryption
!
enable secret 9 $9$hV3k8bN2xQ1mZr$XpL0aZq9sV7cD2nR4tY6uI8oP1wE3rT5yU7iO9pA2sD
!
username itadmin privilege 15 password 0 @{k}
!
interface GigabitEthernet0/0
 description WAN - fiber to Main St
 ip address dhcp
 ip nat outside
!
interface GigabitEthernet0/1
 description LAN - office + chapel AV
 ip address 10.60.0.1 255.255.255.0
 ip nat inside
!
ip nat inside source list 10 interface GigabitEthernet0/0 overload
access-list 10 permit 10.60.0.0 0.0.0.255
!
line vty 0 4
 login local
 transport input ssh
!
end
""", k=_k), _k, "Cisco IOS configuration guide: username ... password 0 (unencrypted)")

_k = b64bytes(32)
add("wireguard/private-key", "vpn/wg0-rosehill.conf", T(r"""
# Site-to-site tunnel: Rosehill cemetery office <-> main funeral home
[Interface]
Address = 10.99.0.2/30
PrivateKey = @{k}
ListenPort = 51820

[Peer]
# main funeral home router
PublicKey = @{pub}
Endpoint = vpn.rosehillfh.com:51820
AllowedIPs = 10.10.0.0/16, 10.99.0.0/30
PersistentKeepalive = 25
""", k=_k, pub=b64bytes(32)), _k, "WireGuard wg(8) man page: configuration file format")

_k = year_pw()
add("filezilla/ftp-password", "it/filezilla/sitemanager.xml", T(r"""
<?xml version="1.0" encoding="UTF-8"?>
<FileZilla3 version="3.66.5" platform="windows">
    <Servers>
        <Server>
            <Host>ftp.sympathyorders.net</Host>
            <Port>21</Port>
            <Protocol>4</Protocol>
            <Type>0</Type>
            <User>westlake_fh</User>
            <Pass encoding="base64">@{k}</Pass>
            <Logontype>1</Logontype>
            <PasvMode>MODE_DEFAULT</PasvMode>
            <Name>Florist order drop</Name>
            <RemoteDir>1 0 8 outbound 8 westlake</RemoteDir>
        </Server>
    </Servers>
</FileZilla3>
""", k=b64(_k)), _k, "FileZilla wiki: sitemanager.xml (Pass encoding=base64)")

_k = gen_pw(18)
add("xml/web-config-connection-string", "FuneralOffice.Web/Web.config", T(r"""
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <connectionStrings>
    <add name="FuneralOffice"
         connectionString="Data Source=SRV-SQL02;Initial Catalog=FuneralOffice;User ID=fo_web;Password=@{k};MultipleActiveResultSets=True"
         providerName="System.Data.SqlClient" />
  </connectionStrings>
  <appSettings>
    <add key="GplEffectiveDate" value="2024-01-01" />
    <add key="DocumentRoot" value="E:\FuneralOffice\Documents" />
  </appSettings>
  <system.web>
    <compilation targetFramework="4.8" />
    <authentication mode="Windows" />
    <customErrors mode="RemoteOnly" />
  </system.web>
</configuration>
""", k=_k), _k, "Microsoft docs: connection strings in Web.config")

_k = human_pw()
add("xml/maven-settings-password", ".mvn/settings.xml", T(r"""
<settings xmlns="http://maven.apache.org/SETTINGS/1.0.0"
          xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
          xsi:schemaLocation="http://maven.apache.org/SETTINGS/1.0.0 https://maven.apache.org/xsd/settings-1.0.0.xsd">
  <servers>
    <server>
      <id>pinecrest-releases</id>
      <username>ci-publisher</username>
      <password>@{k}</password>
    </server>
  </servers>
  <mirrors>
    <mirror>
      <id>pinecrest-nexus</id>
      <mirrorOf>*</mirrorOf>
      <url>https://nexus.pinecrestfh.net/repository/maven-public/</url>
    </mirror>
  </mirrors>
</settings>
""", k=_k), _k, "Apache Maven docs: settings.xml servers")

_k = "npm_" + draw(36)
add("npmrc/npm-token", ".npmrc", T(r"""
registry=https://registry.npmjs.org/
@tributekit:registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=@{k}
save-exact=true
engine-strict=true
""", k=_k), _k, "npm docs: .npmrc auth tokens (_authToken)")

_k = fakes.pypi_token(_seed())
add("pypirc/pypi-token", ".pypirc", T(r"""
[distutils]
index-servers =
    pypi
    testpypi

[pypi]
username = __token__
password = @{k}

[testpypi]
repository = https://test.pypi.org/legacy/
username = __token__
""", k=_k), _k, "PyPA docs: the .pypirc file (API token as password)")

_k = gen_pw(20)
_auth = b64("ci-push:" + _k)
add("docker-config/registry-auth", "deploy/docker/config.json", T(r"""
{
	"auths": {
		"harbor.oakmontfh.net": {
			"auth": "@{a}"
		}
	},
	"HttpHeaders": {
		"User-Agent": "Docker-Client/24.0.7 (linux)"
	}
}
""", a=_auth), _auth, "Docker docs: docker login credentials store (config.json auths)")

_k = gen_pw(18)
add("netrc/http-password", "deploy/.netrc", T(r"""
machine nexus.bayside.local
  login deploy-bot
  password @{k}

machine api.github.com
  login bayside-ci
  password x-oauth-basic-see-vault
""", k=_k), _k, "GNU inetutils docs: the .netrc file")

_k = "glpat-" + draw(20, URLSAFE)
add("shell/git-credentials-token", "ops/mirror/setup-mirror.sh", T(r"""
#!/bin/sh
# Mirrors the obituary theme repo from GitLab to the office git server every hour.
set -e
git config --global credential.helper store
printf '%s\n' "https://deploy-bot:@{k}@gitlab.com" > ~/.git-credentials
chmod 600 ~/.git-credentials

cd /srv/mirror
[ -d obit-theme.git ] || git clone --mirror https://gitlab.com/stillwater-memorial/obit-theme.git
cd obit-theme.git
git remote update --prune
git push --mirror git@git.stillwater.lan:web/obit-theme.git
""", k=_k), _k, "Git docs: git-credential-store (~/.git-credentials https://user:token@host)")

_k = gen_pw(20)
add("systemd/environment-password", "deploy/systemd/obit-sync.service", T(r"""
[Unit]
Description=Obituary syndication sync (newspaper + Legacy feed)
After=network-online.target
Wants=network-online.target

[Service]
Type=simple
User=obits
WorkingDirectory=/opt/obit-sync
Environment="FEED_SFTP_HOST=sftp.regionalnews-obits.com"
Environment="FEED_SFTP_USER=harmon_fh"
Environment="FEED_SFTP_PASSWORD=@{k}"
ExecStart=/opt/obit-sync/venv/bin/python -m obit_sync --interval 600
Restart=on-failure
RestartSec=30

[Install]
WantedBy=multi-user.target
""", k=_k), _k, "systemd.exec(5): Environment=")

_k = gen_pw(22)
add("crontab/pgpassword", "ops/cron/backup.cron", T(r"""
# m h dom mon dow  command
SHELL=/bin/bash
MAILTO=it@rosehillfh.com

# nightly dump of the case database to the NAS
15 1 * * * PGPASSWORD='@{k}' pg_dump -h pg-cases.internal -U backup -Fc cases > /mnt/nas/pg/cases-$(date +\%F).dump
# prune dumps older than 35 days
45 1 * * * find /mnt/nas/pg -name 'cases-*.dump' -mtime +35 -delete
""", k=_k), _k, "PostgreSQL docs: environment variables (PGPASSWORD); crontab(5)")

_k = gen_pw(18)
add("pgpass/postgres-password", "ops/home/backup/.pgpass", T(r"""
# hostname:port:database:username:password
pg-cases.internal:5432:cases:backup:@{k}
pg-cases.internal:5432:*:replicator:*
localhost:5432:*:postgres:*
gis-01.hillcrest.lan:5432:cemetery:gis_reader:*
""", k=_k), _k, "PostgreSQL docs: The Password File (.pgpass)")

_k = human_pw()
add("msmtprc/smtp-password", "ops/etc/msmtprc", T(r"""
# msmtp for cron mail and the "death certificate ready" notices from the office server
defaults
auth           on
tls            on
tls_trust_file /etc/ssl/certs/ca-certificates.crt
logfile        /var/log/msmtp.log

account        office
host           smtp.office365.com
port           587
from           noreply@thorntonfuneral.com
user           noreply@thorntonfuneral.com
password       @{k}

account default : office
""", k=_k), _k, "msmtp manual: configuration file (password command)")

_k = year_pw()
add("bat/net-use-password", "it/logon/map-drives.bat", T(r"""
@echo off
REM Maps the shared drives on the arrangement room PCs at logon.
net use F: /delete /y >nul 2>&1
net use G: /delete /y >nul 2>&1

net use F: \\nas01\casefiles @{k} /user:BAYSIDE\arrange-room /persistent:no
net use G: \\nas01\forms /persistent:no

if exist "C:\Program Files\CaseManager\CaseManager.exe" start "" "C:\Program Files\CaseManager\CaseManager.exe"
exit /b 0
""", k=_k), _k, "Microsoft docs: net use (password and /user)")

_k = gen_pw(16)
add("json/vscode-sqltools-password", ".vscode/settings.json", T(r"""
{
  "editor.formatOnSave": true,
  "files.exclude": { "**/__pycache__": true },
  "sqltools.connections": [
    {
      "name": "cases (prod read-only)",
      "driver": "PostgreSQL",
      "server": "pg-cases.internal",
      "port": 5432,
      "database": "cases",
      "username": "analyst_ro",
      "password": "@{k}",
      "previewLimit": 50
    }
  ],
  "python.defaultInterpreterPath": ".venv/bin/python"
}
""", k=_k), _k, "SQLTools docs: connection settings (sqltools.connections)")

_k = human_pw()
add("azure-pipelines/sqlcmd-password", "azure-pipelines.yml", T(r"""
trigger:
  branches:
    include: [main]

pool:
  name: Bayside-OnPrem

steps:
  - task: DotNetCoreCLI@2
    inputs:
      command: publish
      projects: CaseManager.Api/CaseManager.Api.csproj
      arguments: -c Release -o $(Build.ArtifactStagingDirectory)

  - script: |
      sqlcmd -S sql01.bayside.local -d FuneralCases -U migrator -P "@{k}" -i db\migrations\pending.sql -b
    displayName: Apply database migrations

  - publish: $(Build.ArtifactStagingDirectory)
    artifact: casemgr
""", k=_k), _k, "sqlcmd utility docs (-U, -P); Azure Pipelines YAML schema")

_k = "ATBB" + draw(32)
add("bitbucket-pipelines/app-password", "bitbucket-pipelines.yml", T(r"""
image: php:8.2-cli

pipelines:
  branches:
    main:
      - step:
          name: Build theme
          caches: [composer]
          script:
            - composer install --no-dev --optimize-autoloader
            - zip -r theme.zip wp-content/themes/evergreen-memorial
            - curl -X POST --user "evergreen-ci:@{k}" "https://api.bitbucket.org/2.0/repositories/evergreen-memorial/site/downloads" --form files=@"theme.zip"
""", k=_k), _k, "Bitbucket docs: app passwords; Downloads API")

_k = draw(24)
add("github-actions/vercel-token", ".github/workflows/preview.yml", T(r"""
name: Preview tribute site

on:
  pull_request:
    branches: [main]

jobs:
  preview:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - run: npm i -g vercel@33
      - run: vercel pull --yes --environment=preview --token=@{k}
      - run: vercel build --token=@{k}
      - run: vercel deploy --prebuilt --token=@{k} > url.txt
      - run: echo "Preview at $(cat url.txt)" >> "$GITHUB_STEP_SUMMARY"
""", k=_k), _k, "Vercel CLI docs: --token option")

_k = draw(22)
add("shell/godaddy-api-secret", "dns/update-records.sh", T(r"""
#!/usr/bin/env bash
# Points live.<domain> at the streaming CDN before the big memorial service.
set -euo pipefail
DOMAIN="holloway-funeral.com"
GD_KEY="dKq7Yp2Lm9Xz_4TbR8sVwN3cJh6Fg1"
GD_SECRET="@{k}"

curl -sS -X PUT "https://api.godaddy.com/v1/domains/${DOMAIN}/records/CNAME/live" \
  -H "Authorization: sso-key ${GD_KEY}:${GD_SECRET}" \
  -H "Content-Type: application/json" \
  -d '[{"data": "holloway.stream-cdn.net", "ttl": 600}]'
""", k=_k), _k, "GoDaddy developer docs: API key and secret (Authorization: sso-key key:secret)")

_k = hexs(37)
add("ini/cloudflare-global-key", "certbot/cloudflare.ini", T(r"""
# certbot-dns-cloudflare credentials for *.crestviewcemetery.org
# chmod 600 this file
dns_cloudflare_email = it@crestviewcemetery.org
dns_cloudflare_api_key = @{k}
""", k=_k) + "# renew: certbot renew --dns-cloudflare --dns-cloudflare-credentials /etc/letsencrypt/cloudflare.ini\n",
    _k, "certbot-dns-cloudflare docs: credentials file (global API key)")

_k = gen_pw(16)
_auth = b64("stonebridge_api:" + _k)
add("http/basic-auth", "api-tests/tribute-feed.http", T(r"""
### Latest obituaries for the home
GET https://api.tributefeed.net/v3/homes/stonebridge-fh/obituaries?limit=5
Accept: application/json
Authorization: Basic @{a}

### One obituary
GET https://api.tributefeed.net/v3/obituaries/88231
Accept: application/json
Authorization: Basic @{a}
""", a=_auth), _auth, "JetBrains HTTP Client / VS Code REST Client: request files; RFC 7617 Basic")

_k = gen_pw(32)
add("postman/api-key", "postman/PlotSystem.postman_environment.json", T(r"""
{
  "id": "c41f2a8e-9b3d-4e57-8a16-0f2d7c5b9e31",
  "name": "PlotSystem - production",
  "values": [
    { "key": "baseUrl", "value": "https://api.plotbox.io/v1", "type": "default", "enabled": true },
    { "key": "tenant", "value": "fairhaven-cemetery", "type": "default", "enabled": true },
    { "key": "apiKey", "value": "@{k}", "type": "secret", "enabled": true }
  ],
  "_postman_variable_scope": "environment",
  "_postman_exported_at": "2024-03-11T15:02:44.310Z",
  "_postman_exported_using": "Postman/10.24.3"
}
""", k=_k), _k, "Postman docs: exporting environments (JSON)")

_k = human_pw()
add("shell/sshpass-script", "scripts/pull-legacy-exports.sh", T(r"""
#!/bin/bash
# Pulls the nightly CSV exports from the old cemetery records box (no key auth on that box).
set -e
DEST=/srv/imports/$(date +%F)
mkdir -p "$DEST"
sshpass -p "@{k}" scp -o StrictHostKeyChecking=no \
  sexton@10.2.0.15:/exports/*.csv "$DEST"/
ls -1 "$DEST" | wc -l
""", k=_k), _k, "sshpass man page (-p)")

_k = gen_pw(20)
add("yaml/keystore-password", "florist-bridge/src/main/resources/application.yml", T(r"""
server:
  port: 8443
  ssl:
    enabled: true
    key-store: classpath:florist-bridge.p12
    key-store-type: PKCS12
    key-store-password: @{k}
    key-alias: florist-bridge

spring:
  application:
    name: florist-bridge
  jackson:
    time-zone: America/Chicago

orders:
  retry:
    attempts: 5
    backoff-ms: 2000
""", k=_k), _k, "Spring Boot docs: SSL (server.ssl.key-store-password)")

_k = gen_pw(40)
add("toml/florist-api-secret", "florist-router/config.toml", T(r"""
# florist-router: picks the nearest partner florist for a sympathy order
listen = "0.0.0.0:7070"
log_level = "info"

[network]
provider = "bloomlink"
endpoint = "https://api.bloomlink.net/v1"
member_code = "22-1187"
api_secret = "@{k}"

[delivery]
max_distance_miles = 25
same_day_cutoff = "13:00"
funeral_home_address = "1400 Wren Ave, Springfield MO 65804"
""", k=_k), _k, "TOML v1.0.0 spec; florist network API credentials")

_k = draw(22, URLSAFE)
add("java/square-webhook-signature-key", "merch/src/main/java/com/greenleaf/merch/SquareWebhookController.java", T(r"""
package com.greenleaf.merch;

import com.squareup.square.utilities.WebhooksHelper;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class SquareWebhookController {

    private static final String SIGNATURE_KEY = "@{k}";
    private static final String NOTIFICATION_URL = "https://merch.greenleafmemorial.com/square/webhook";

    @PostMapping("/square/webhook")
    public ResponseEntity<Void> receive(@RequestBody String body,
                                        @RequestHeader("x-square-hmacsha256-signature") String signature) {
        if (!WebhooksHelper.isValidWebhookEventSignature(body, signature, SIGNATURE_KEY, NOTIFICATION_URL)) {
            return ResponseEntity.status(403).build();
        }
        // order.updated -> mark urn engraving as paid
        return ResponseEntity.ok().build();
    }
}
""", k=_k), _k, "Square docs: validate webhook notifications (signature key)")

# =============================================================================================
# Decoys: files that look dangerous and leak nothing
# =============================================================================================

add("env/decoy-placeholder", "arrangements-portal/.env.example", T(r"""
# Copy to .env and fill in. Real values live in 1Password ("Arrangement portal - prod").
APP_ENV=development
APP_URL=http://localhost:8000
LOG_LEVEL=debug

DATABASE_URL=postgres://portal_app:password@localhost:5432/arrangements
STRIPE_PUBLISHABLE_KEY=pk_test_your_key_here
STRIPE_SECRET_KEY=sk_test_your_key_here
STRIPE_WEBHOOK_SECRET=whsec_...
SENDGRID_API_KEY=
TWILIO_ACCOUNT_SID=ACxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx
TWILIO_AUTH_TOKEN=your_auth_token
MAIL_FROM=arrangements@example.com
"""), None, "dotenv docs: .env.example conventions; Stripe docs: test keys")

add("js/decoy-publishable-key", "arrangements-portal/static/js/checkout.js", T(r"""
// Deposit checkout on the "Review your arrangement" step.
import { loadStripe } from '@stripe/stripe-js';

// Publishable key: safe to ship to the browser.
const STRIPE_PK = '@{pk}';

export async function mountDepositForm(clientSecretUrl) {
  const stripe = await loadStripe(STRIPE_PK);
  const { clientSecret } = await fetch(clientSecretUrl, { method: 'POST' }).then((r) => r.json());
  const elements = stripe.elements({ clientSecret, appearance: { theme: 'stripe' } });
  const payment = elements.create('payment');
  payment.mount('#deposit-payment');

  document.querySelector('#deposit-form').addEventListener('submit', async (e) => {
    e.preventDefault();
    const { error } = await stripe.confirmPayment({
      elements,
      confirmParams: { return_url: `${window.location.origin}/arrangement/confirmed` },
    });
    if (error) document.querySelector('#deposit-error').textContent = error.message;
  });
}
""", pk=stripe_pk()), None, "Stripe docs: publishable keys are meant for client-side code")

add("html/decoy-map-token", "cemetery-map/index.html", T(r"""
<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>Find a grave - Rosehill Cemetery</title>
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <link href="https://api.mapbox.com/mapbox-gl-js/v3.2.0/mapbox-gl.css" rel="stylesheet">
  <script src="https://api.mapbox.com/mapbox-gl-js/v3.2.0/mapbox-gl.js"></script>
  <style>body { margin: 0; } #map { position: absolute; inset: 0; }</style>
</head>
<body>
<div id="map"></div>
<script>
  // Public token, URL-restricted to rosehillcemetery.org in the Mapbox account.
  mapboxgl.accessToken = '@{pk}';
  const map = new mapboxgl.Map({
    container: 'map',
    style: 'mapbox://styles/rosehill-gis/clt5q2x9k00ab01qs4h7e2c3d',
    center: [-87.6912, 41.9903],
    zoom: 16.5
  });
  map.on('click', 'plots', (e) => {
    const p = e.features[0].properties;
    new mapboxgl.Popup().setLngLat(e.lngLat)
      .setHTML(`<strong>${p.name}</strong><br>Section ${p.section}, Lot ${p.lot}`).addTo(map);
  });
</script>
</body>
</html>
""", pk=mapbox_token("pk", "rosehill-gis")), None, "Mapbox docs: public tokens (pk.) for Mapbox GL JS with URL restrictions")

add("js/decoy-public-id", "merch-counter/web/square-card.js", T(r"""
// Card form for paying the engraving balance online (Square Web Payments SDK).
const appId = '@{app}';
const locationId = 'L7HQ2PZ0B4KDN';

async function initCard() {
  if (!window.Square) throw new Error('Square.js failed to load');
  const payments = window.Square.payments(appId, locationId);
  const card = await payments.card();
  await card.attach('#card-container');
  document.getElementById('pay-button').addEventListener('click', async () => {
    const result = await card.tokenize();
    if (result.status !== 'OK') return showError(result.errors);
    await fetch('/api/engraving/pay', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ sourceId: result.token, orderId: document.body.dataset.orderId }),
    });
  });
}

function showError(errors) {
  document.getElementById('payment-status').textContent = errors.map((e) => e.message).join(' ');
}

document.addEventListener('DOMContentLoaded', initCard);
""", app=square_app_id()), None, "Square docs: Web Payments SDK (application ID and location ID are public)")

add("js/decoy-tokenization-key", "wp-content/plugins/sunset-preneed/assets/dropin.js", T(r"""
/* Braintree Drop-in for preneed installment sign-up.
 * A tokenization key only creates payment method nonces; it is meant for the browser. */
(function () {
  var TOKENIZATION_KEY = 'production_@{a}_@{b}';

  braintree.dropin.create({
    authorization: TOKENIZATION_KEY,
    container: '#sunset-dropin',
    paypal: { flow: 'vault' }
  }, function (err, instance) {
    if (err) { console.error(err); return; }
    document.getElementById('sunset-plan-submit').addEventListener('click', function () {
      instance.requestPaymentMethod(function (err2, payload) {
        if (err2) { return; }
        document.getElementById('sunset-nonce').value = payload.nonce;
        document.getElementById('sunset-plan-form').submit();
      });
    });
  });
})();
""", a=draw(8, LOWER_DIGITS), b=draw(16, LOWER_DIGITS)), None, "Braintree docs: tokenization keys (client-side authorization)")

add("html/decoy-public-id", "donations/templates/donate.html", T(r"""
{% extends "base.html" %}
{% block content %}
<section class="donate">
  <h1>Give in memory of {{ memorial.name }}</h1>
  <p>Gifts go to {{ memorial.charity }}. The family will receive a list of donors, not amounts.</p>
  <div id="paypal-buttons"></div>
</section>
<script src="https://www.paypal.com/sdk/js?client-id=@{cid}&currency=USD&intent=capture"></script>
<script>
  paypal.Buttons({
    createOrder: () => fetch("{{ url_for('donations.create_order', memorial_id=memorial.id) }}", { method: "POST" })
      .then((r) => r.json()).then((o) => o.id),
    onApprove: (data) => fetch(`/donations/capture/${data.orderID}`, { method: "POST" })
      .then(() => { window.location = "{{ url_for('donations.thanks', memorial_id=memorial.id) }}"; })
  }).render("#paypal-buttons");
</script>
{% endblock %}
""", cid=paypal_client_id()), None, "PayPal JavaScript SDK docs: client-id query parameter (public)")

add("js/decoy-search-only-key", "obituary-site/src/search.js", T(r"""
import algoliasearch from 'algoliasearch/lite';
import instantsearch from 'instantsearch.js';
import { searchBox, hits, pagination } from 'instantsearch.js/es/widgets';

// Search-only API key: it can only query the obituaries_prod index, so it ships to browsers.
const searchClient = algoliasearch('H7QK2LZ9MB', '@{k}');

const search = instantsearch({ indexName: 'obituaries_prod', searchClient });

search.addWidgets([
  searchBox({ container: '#obit-search', placeholder: 'Search by name or city' }),
  hits({
    container: '#obit-hits',
    templates: {
      item: (hit, { html, components }) => html`
        <a href="${hit.url}">
          <h3>${components.Highlight({ hit, attribute: 'name' })}</h3>
          <p>${hit.born} - ${hit.died} &middot; ${hit.city}</p>
        </a>`,
    },
  }),
  pagination({ container: '#obit-pages' }),
]);

search.start();
""", k=hexs(32)), None, "Algolia docs: search-only API key is safe in front-end code")

add("html/decoy-site-key", "guestbook/templates/sign.html", T(r"""
<form method="post" action="/guestbook/{{ obituary.slug }}/sign" class="guestbook-form">
  {% csrf_token %}
  <label>Your name <input name="name" required maxlength="80"></label>
  <label>Relationship <input name="relation" maxlength="60"></label>
  <label>Message <textarea name="message" rows="6" maxlength="1500" required></textarea></label>
  <label><input type="checkbox" name="candle"> Light a candle</label>
  <div class="g-recaptcha" data-sitekey="6L@{k}"></div>
  <button type="submit">Sign the guestbook</button>
</form>
<script src="https://www.google.com/recaptcha/api.js" async defer></script>
""", k=draw(38, URLSAFE)), None, "Google reCAPTCHA docs: the site key is public (data-sitekey)")

add("js/decoy-sentry-dsn", "obituary-site/src/sentry.client.js", T(r"""
import * as Sentry from '@sentry/browser';

// DSNs only allow sending events; Sentry documents them as safe to expose publicly.
Sentry.init({
  dsn: 'https://@{pub}@o@{org}.ingest.sentry.io/@{proj}',
  environment: import.meta.env.MODE,
  release: import.meta.env.VITE_RELEASE,
  tracesSampleRate: 0.1,
  beforeSend(event) {
    // never send guestbook message text
    if (event.request && event.request.data) delete event.request.data;
    return event;
  },
});
""", pub=hexs(32), org=digits(6), proj=digits(7)), None, "Sentry docs: DSN explainer (the DSN is not a secret)")

add("python/decoy-env-reference", "aftercare/settings.py", T(r"""
import os

from dotenv import load_dotenv

load_dotenv()

SENDGRID_API_KEY = os.environ["SENDGRID_API_KEY"]
TWILIO_ACCOUNT_SID = os.environ.get("TWILIO_ACCOUNT_SID", "")
TWILIO_AUTH_TOKEN = os.environ.get("TWILIO_AUTH_TOKEN", "")
DATABASE_URL = os.getenv("DATABASE_URL", "postgres://localhost/aftercare_dev")

AFTERCARE_DAYS = (7, 30, 330)
SEND_WINDOW = ("09:00", "17:00")
FROM_ADDRESS = os.getenv("AFTERCARE_FROM", "care@lakeviewmemorial.org")

if not SENDGRID_API_KEY.startswith("SG."):
    raise RuntimeError("SENDGRID_API_KEY does not look like a SendGrid key")
"""), None, "Python docs: os.environ; python-dotenv")

add("k8s/decoy-secret-ref", "k8s/case-manager/deployment.yaml", T(r"""
apiVersion: apps/v1
kind: Deployment
metadata:
  name: case-manager
  namespace: case-manager
spec:
  replicas: 2
  selector:
    matchLabels: { app: case-manager }
  template:
    metadata:
      labels: { app: case-manager }
    spec:
      imagePullSecrets:
        - name: harbor-pull
      containers:
        - name: api
          image: harbor.oakmontfh.net/casemgr/api:3.9.2
          ports: [{ containerPort: 8080 }]
          env:
            - name: DB_PASSWORD
              valueFrom:
                secretKeyRef: { name: case-manager-db, key: DB_PASSWORD }
            - name: STRIPE_SECRET_KEY
              valueFrom:
                secretKeyRef: { name: stripe, key: secret-key }
            - name: TZ
              value: America/Chicago
"""), None, "Kubernetes docs: using Secrets as environment variables (secretKeyRef)")

add("k8s/decoy-external-secret", "k8s/obits/external-secret.yaml", T(r"""
apiVersion: external-secrets.io/v1beta1
kind: ExternalSecret
metadata:
  name: obits-mail
  namespace: obits
spec:
  refreshInterval: 1h
  secretStoreRef:
    kind: ClusterSecretStore
    name: aws-secrets-manager
  target:
    name: obits-mail
    creationPolicy: Owner
  data:
    - secretKey: SMTP_PASSWORD
      remoteRef:
        key: prod/obits/smtp
        property: password
    - secretKey: MAILGUN_API_KEY
      remoteRef:
        key: prod/obits/mailgun
        property: api_key
"""), None, "External Secrets Operator docs: ExternalSecret")


def _sops(value_len: int) -> str:
    return f"ENC[AES256_GCM,data:{b64bytes(value_len)},iv:{b64bytes(32)},tag:{b64bytes(16)},type:str]"


add("yaml/decoy-sops-ciphertext", "secrets/prod/livestream.enc.yaml", T(r"""
mux:
    token_id: @{a}
    token_secret: @{b}
youtube:
    chapel_a_key: @{c}
sops:
    kms:
        - arn: arn:aws:kms:us-east-2:418295730661:key/6d0f3c1e-2a4b-4c5d-9e8f-7a6b5c4d3e2f
          created_at: "2024-02-19T16:04:11Z"
          enc: @{enc}
          aws_profile: ""
    lastmodified: "2024-02-19T16:04:12Z"
    mac: @{mac}
    unencrypted_suffix: _unencrypted
    version: 3.8.1
""", a=_sops(36), b=_sops(56), c=_sops(24), enc=b64bytes(150), mac=_sops(32)), None,
    "SOPS docs: encrypted YAML file format (ENC[AES256_GCM,...])")


def _vault_blob(lines: int) -> str:
    return "\n".join(hexs(80) for _ in range(lines))


add("ansible/decoy-vault-ciphertext", "ansible/group_vars/chapel_pcs/vault.yml", T(r"""
$ANSIBLE_VAULT;1.1;AES256
@{blob}
""", blob=_vault_blob(12)), None, "Ansible docs: Ansible Vault encrypted files ($ANSIBLE_VAULT;1.1;AES256)")

add("k8s/decoy-sealed-secret", "k8s/obits/sealed-smtp.yaml", T(r"""
apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata:
  name: obits-smtp
  namespace: obits
spec:
  encryptedData:
    SMTP_USERNAME: AgB@{a}
    SMTP_PASSWORD: AgC@{b}
  template:
    metadata:
      name: obits-smtp
      namespace: obits
    type: Opaque
""", a=draw(340, B64) + "==", b=draw(360, B64) + "="), None,
    "Bitnami Sealed Secrets docs: SealedSecret encryptedData (asymmetric ciphertext)")

add("terraform/decoy-random-password", "infra/obits-db.tf", T(r"""
resource "random_password" "obits_db" {
  length           = 32
  special          = true
  override_special = "_-"
}

resource "aws_secretsmanager_secret" "obits_db" {
  name = "prod/obits/db"
}

resource "aws_secretsmanager_secret_version" "obits_db" {
  secret_id = aws_secretsmanager_secret.obits_db.id
  secret_string = jsonencode({
    username = "obits"
    password = random_password.obits_db.result
  })
}

resource "aws_db_instance" "obits" {
  identifier          = "obits-prod"
  engine              = "mysql"
  instance_class      = "db.t4g.small"
  allocated_storage   = 40
  username            = "obits"
  password            = random_password.obits_db.result
  skip_final_snapshot = false
}
"""), None, "Terraform random provider docs: random_password; AWS Secrets Manager")

add("helm/decoy-existing-secret", "charts/case-manager/values.yaml", T(r"""
image:
  repository: harbor.oakmontfh.net/casemgr/api
  tag: ""

postgresql:
  enabled: false
  external:
    host: pg-cases.case-manager.svc
    database: cases
    username: casemgr
    # name of a Secret with key "password"; never put the password here
    existingSecret: case-manager-db
    existingSecretPasswordKey: DB_PASSWORD

stripe:
  existingSecret: stripe
  secretKeyKey: secret-key
  webhookSecretKey: webhook-secret

smtp:
  host: smtp.mailgun.org
  username: postmaster@mg.oakmontfh.com
  password: ""
"""), None, "Helm chart conventions: existingSecret values")

add("github-actions/decoy-secrets-context", ".github/workflows/deploy-portal.yml", T(r"""
name: Deploy arrangement portal

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
          role-to-assume: arn:aws:iam::418295730661:role/portal-deploy
          aws-region: us-east-1
      - name: Render config
        env:
          STRIPE_SECRET_KEY: ${{ secrets.STRIPE_SECRET_KEY }}
          SENDGRID_API_KEY: ${{ secrets.SENDGRID_API_KEY }}
        run: ./scripts/render-config.sh > config/prod.env
      - run: ./scripts/deploy.sh
"""), None, "GitHub Actions docs: using secrets in workflows; OIDC with AWS")

add("gitlab-ci/decoy-variable-reference", "obituary-site/.gitlab-ci.yml", T(r"""
stages: [test, deploy]

test:
  stage: test
  image: node:20
  script:
    - npm ci
    - npm test

deploy:
  stage: deploy
  image: alpine:3.19
  only: [main]
  before_script:
    - apk add --no-cache openssh-client rsync
    - eval $(ssh-agent -s)
    - echo "$DEPLOY_SSH_KEY" | tr -d '\r' | ssh-add -
  script:
    - rsync -az --delete public/ "$DEPLOY_USER@$DEPLOY_HOST:$DEPLOY_PATH"
    - curl -fsS -X POST -H "Authorization: Bearer $CF_PURGE_TOKEN" "https://api.cloudflare.com/client/v4/zones/$CF_ZONE/purge_cache" -d '{"purge_everything":true}'
"""), None, "GitLab docs: CI/CD variables (masked, protected)")

add("compose/decoy-env-interpolation", "guestbook/docker-compose.yml", T(r"""
services:
  api:
    build: .
    environment:
      MONGO_URI: mongodb://guestbook:${MONGO_PASSWORD:?set MONGO_PASSWORD}@mongo:27017/condolences?authSource=admin
      JWT_SECRET: ${JWT_SECRET:?set JWT_SECRET}
      CORS_ORIGIN: https://www.pattersonfh.com
    ports: ["8081:8081"]
    depends_on: [mongo]

  mongo:
    image: mongo:7
    environment:
      MONGO_INITDB_ROOT_USERNAME: guestbook
      MONGO_INITDB_ROOT_PASSWORD_FILE: /run/secrets/mongo_root
    secrets: [mongo_root]
    volumes: [mongo:/data/db]

secrets:
  mongo_root:
    file: ./secrets/mongo_root.txt

volumes:
  mongo:
"""), None, "Docker Compose docs: interpolation (${VAR:?err}) and secrets")


def _bcrypt() -> str:
    return "$2b$12$" + draw(53, ALNUM + "./")


add("sql/decoy-bcrypt-hash", "db/seeds/002_staff_users.sql", T(r"""
-- Staff accounts for the arrangement portal (dev/staging seed).
-- Passwords are bcrypt hashes; people reset theirs on first login.
INSERT INTO staff_users (id, email, full_name, role, password_hash, must_reset) VALUES
  (1, 'd.holloway@example.com', 'Dana Holloway', 'director',  '@{a}', true),
  (2, 'r.ames@example.com',     'Ruth Ames',     'arranger',  '@{b}', true),
  (3, 'k.ibarra@example.com',   'Kai Ibarra',    'office',    '@{c}', true),
  (4, 'm.osei@example.com',     'Marta Osei',    'web-admin', '@{d}', true);

SELECT setval('staff_users_id_seq', 4);
""", a=_bcrypt(), b=_bcrypt(), c=_bcrypt(), d=_bcrypt()), None, "bcrypt modular crypt format ($2b$); PostgreSQL INSERT")


def _pbkdf2() -> str:
    return "pbkdf2_sha256$720000$" + draw(22) + "$" + b64bytes(32)


add("json/decoy-password-hash", "memorials/fixtures/staff.json", T(r"""
[
  {
    "model": "auth.user",
    "pk": 1,
    "fields": {
      "username": "webadmin",
      "password": "@{a}",
      "is_staff": true,
      "is_superuser": true,
      "email": "web@brightonfh.com"
    }
  },
  {
    "model": "auth.user",
    "pk": 2,
    "fields": {
      "username": "obits-editor",
      "password": "@{b}",
      "is_staff": true,
      "is_superuser": false,
      "email": "obits@brightonfh.com"
    }
  }
]
""", a=_pbkdf2(), b=_pbkdf2()), None, "Django docs: password storage (pbkdf2_sha256$iterations$salt$hash)")


def _ssh_pub(comment: str) -> str:
    return "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI" + draw(43, B64) + " " + comment


add("ssh/decoy-public-key", "ansible/roles/base/files/authorized_keys", T(r"""
# IT staff keys for the office servers (managed by Ansible; local edits are overwritten)
@{a}
@{b}
ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABgQ@{c} backup@nas01
@{d}
""", a=_ssh_pub("marta@laptop"), b=_ssh_pub("kai@it-desk"), c=draw(500, B64), d=_ssh_pub("ci@gitlab-runner")),
    None, "OpenSSH sshd(8) man page: AUTHORIZED_KEYS file format")


def _cert(lines: int) -> str:
    body = "MIIF" + draw(64 * lines - 4, B64) + draw(24, B64) + "="
    return "-----BEGIN CERTIFICATE-----\n" + "\n".join(body[i:i + 64] for i in range(0, len(body), 64)) + "\n-----END CERTIFICATE-----"


add("pem/decoy-certificate", "nginx/certs/obituaries.harmonfuneralhome.com.chain.pem", T(r"""
@{a}
@{b}
""", a=_cert(18), b=_cert(14)), None, "RFC 7468: textual encoding of certificates (public)")

add("dockerfile/decoy-checksum", "services/slideshow-render/Dockerfile", T(r"""
FROM debian:bookworm-slim

ARG FFMPEG_VERSION=6.1.1
ARG FFMPEG_SHA256=@{a}

RUN apt-get update \
 && apt-get install -y --no-install-recommends ca-certificates curl xz-utils fonts-dejavu-core \
 && rm -rf /var/lib/apt/lists/*

RUN curl -fsSLo /tmp/ffmpeg.tar.xz "https://johnvansickle.com/ffmpeg/releases/ffmpeg-${FFMPEG_VERSION}-amd64-static.tar.xz" \
 && echo "${FFMPEG_SHA256}  /tmp/ffmpeg.tar.xz" | sha256sum -c - \
 && tar -xJf /tmp/ffmpeg.tar.xz -C /usr/local/bin --strip-components=1 --wildcards '*/ffmpeg' '*/ffprobe' \
 && rm /tmp/ffmpeg.tar.xz

COPY --chown=1000:1000 render/ /app/render/
WORKDIR /app
USER 1000
# Renders the memorial photo slideshow (photos + chosen hymn) to MP4 for the service.
ENTRYPOINT ["/app/render/slideshow.sh"]
""", a=hexs(64)), None, "Dockerfile best practices: verify downloads with sha256sum")

add("json/decoy-integrity-hash", "obituary-site/package-lock.json", T(r"""
{
  "name": "obituary-site",
  "version": "4.3.0",
  "lockfileVersion": 3,
  "requires": true,
  "packages": {
    "": {
      "name": "obituary-site",
      "version": "4.3.0",
      "dependencies": {
        "algoliasearch": "^4.22.1",
        "instantsearch.js": "^4.65.0"
      }
    },
    "node_modules/@algolia/cache-common": {
      "version": "4.22.1",
      "resolved": "https://registry.npmjs.org/@algolia/cache-common/-/cache-common-4.22.1.tgz",
      "integrity": "sha512-@{a}"
    },
    "node_modules/algoliasearch": {
      "version": "4.22.1",
      "resolved": "https://registry.npmjs.org/algoliasearch/-/algoliasearch-4.22.1.tgz",
      "integrity": "sha512-@{b}"
    },
    "node_modules/instantsearch.js": {
      "version": "4.65.0",
      "resolved": "https://registry.npmjs.org/instantsearch.js/-/instantsearch.js-4.65.0.tgz",
      "integrity": "sha512-@{c}"
    }
  }
}
""", a=draw(86, B64) + "==", b=draw(86, B64) + "==", c=draw(86, B64) + "=="), None,
    "npm docs: package-lock.json (integrity is a Subresource Integrity hash)")

add("go-sum/decoy-checksum", "plots-api/go.sum", T(r"""
github.com/jackc/pgpassfile v1.0.0 h1:@{a}=
github.com/jackc/pgpassfile v1.0.0/go.mod h1:@{b}=
github.com/jackc/pgservicefile v0.0.0-20221227161230-091c0ba34f0a h1:@{c}=
github.com/jackc/pgservicefile v0.0.0-20221227161230-091c0ba34f0a/go.mod h1:@{d}=
github.com/jackc/pgx/v5 v5.5.5 h1:@{e}=
github.com/jackc/pgx/v5 v5.5.5/go.mod h1:@{f}=
github.com/jackc/puddle/v2 v2.2.1 h1:@{g}=
golang.org/x/crypto v0.21.0 h1:@{h}=
""", a=draw(43, B64), b=draw(43, B64), c=draw(43, B64), d=draw(43, B64), e=draw(43, B64), f=draw(43, B64),
      g=draw(43, B64), h=draw(43, B64)), None, "Go modules reference: go.sum (h1: hashes)")

add("markdown/decoy-vendor-example", "docs/setup/aws-cli.md", T(r"""
# Setting up the AWS CLI for the photo sync

Each person gets their own IAM user in the `obits-media` group; never share keys.

```
$ aws configure --profile obits-media
AWS Access Key ID [None]: AKIAIOSFODNN7EXAMPLE
AWS Secret Access Key [None]: wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY
Default region name [None]: us-east-2
Default output format [None]: json
```

The values above are the examples from the AWS documentation; type your own.
Then check it works:

```
$ aws s3 ls s3://obits-media-prod/photos/ --profile obits-media | head
```
"""), None, "AWS CLI docs: aws configure (documented example key pair)")

add("markdown/decoy-masked-key", "docs/payments/stripe-keys.md", T(r"""
# Stripe keys we use

| Key | Where | Value |
|---|---|---|
| Publishable (live) | portal front end | `pk_live_51M...` (see the portal's checkout.js) |
| Secret (live) | portal server | `sk_live_••••••••••••••••••••4Qx7` (1Password: "Stripe - live") |
| Restricted (donations) | donations server | `rk_live_...` (AWS Secrets Manager `prod/donations/stripe`) |
| Webhook signing | portal server | `whsec_****` (Stripe dashboard -> Webhooks) |

## Rotating

1. Dashboard -> Developers -> API keys -> "Roll key...", choose a 12 hour expiry.
2. Update 1Password and Secrets Manager.
3. Redeploy the portal and the donations service.
4. Confirm a test deposit on staging, then delete the old key.
"""), None, "Stripe docs: API keys, rolling keys")

add("log/decoy-redacted", "docs/incidents/2024-03-14-florist-relay.log", T(r"""
2024-03-14T09:12:03.114Z INFO  florist-bridge order 55812 received from obituary 88231
2024-03-14T09:12:03.120Z DEBUG florist-bridge POST https://api.teleflora.com/v2/orders
2024-03-14T09:12:03.120Z DEBUG florist-bridge   Authorization: Bearer [REDACTED]
2024-03-14T09:12:03.120Z DEBUG florist-bridge   X-Client-Secret: ********
2024-03-14T09:12:04.877Z WARN  florist-bridge upstream 401 {"error":"invalid_client"}
2024-03-14T09:12:04.878Z INFO  florist-bridge retrying with refreshed token (attempt 2/5)
2024-03-14T09:12:05.301Z DEBUG florist-bridge   Authorization: Bearer eyJ***redacted***
2024-03-14T09:12:06.002Z INFO  florist-bridge order 55812 accepted, wire id TF-2024-0314-77102
2024-03-14T09:13:00.000Z INFO  florist-bridge cause: client secret rotated on the vendor side, not in our store
"""), None, "Application logging with redaction (OWASP Logging Cheat Sheet)")

add("python/decoy-test-fixture", "portal/tests/test_login.py", T(r"""
import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse

TEST_PASSWORD = "correct-horse-battery-staple"  # test-only, never used outside this suite


@pytest.fixture
def director(db):
    return get_user_model().objects.create_user(
        username="test-director", email="director@example.test", password=TEST_PASSWORD
    )


def test_director_can_log_in(client, director):
    resp = client.post(reverse("login"), {"username": "test-director", "password": TEST_PASSWORD})
    assert resp.status_code == 302


def test_wrong_password_is_refused(client, director):
    resp = client.post(reverse("login"), {"username": "test-director", "password": "not-the-password"})
    assert resp.status_code == 200
    assert b"Please enter a correct username" in resp.content
"""), None, "pytest-django docs: fixtures; a test-only password")

add("js/decoy-account-id", "services/notify/twilio-client.js", T(r"""
'use strict';

const twilio = require('twilio');

// The Account SID identifies the account; the auth token comes from the environment.
const ACCOUNT_SID = '@{sid}';
const MESSAGING_SERVICE_SID = 'MG@{mg}';

function client() {
  const token = process.env.TWILIO_AUTH_TOKEN;
  if (!token) throw new Error('TWILIO_AUTH_TOKEN is not set');
  return twilio(ACCOUNT_SID, token);
}

async function send(to, body) {
  return client().messages.create({ messagingServiceSid: MESSAGING_SERVICE_SID, to, body });
}

module.exports = { send };
""", sid=twilio_sid(), mg=hexs(32)), None, "Twilio docs: Account SID (identifier) vs auth token")

add("html/decoy-video-id", "obituary-site/templates/obituary.html", T(r"""
<article class="obituary" itemscope itemtype="https://schema.org/Person">
  <h1 itemprop="name">{{ obit.full_name }}</h1>
  <p class="dates">{{ obit.born|date:"F j, Y" }} &ndash; {{ obit.died|date:"F j, Y" }}</p>
  <img src="https://res.cloudinary.com/harmon-fh/image/upload/c_fill,w_480,h_600/obituaries/{{ obit.photo_id }}.jpg" alt="">
  <div class="body">{{ obit.body|safe }}</div>

  {% if obit.livestream %}
  <h2>Watch the service</h2>
  <div class="video">
    <iframe src="https://www.youtube-nocookie.com/embed/@{yt}?rel=0" title="Service livestream"
            allow="accelerometer; encrypted-media; picture-in-picture" allowfullscreen></iframe>
  </div>
  {% endif %}

  {% if obit.tribute_video %}
  <h2>Tribute video</h2>
  <iframe src="https://player.vimeo.com/video/@{vim}?h=@{h}&badge=0&autopause=0"
          allow="autoplay; fullscreen; picture-in-picture" title="Tribute"></iframe>
  {% endif %}
</article>
""", yt=draw(11, URLSAFE), vim=digits(9), h=hexs(10)), None, "YouTube and Vimeo embed docs (video IDs are public)")

_rows = []
for _ in range(6):
    _rows.append({"case_id": uuid_s(), "case_no": "BFH-2024-" + digits(4), "status": "closed",
                  "director_id": uuid_s(), "location_id": "c1d2e3f4-0000-4a5b-8c9d-0e1f2a3b4c5d"})
add("json/decoy-uuid-ids", "exports/cases-2024-03.json", json.dumps({"exported_at": "2024-04-01T06:00:00Z",
    "cases": _rows}, indent=2) + "\n", None, "RFC 9562: UUIDs as identifiers")

add("caddy/decoy-bcrypt-hash", "ops/caddy/Caddyfile", T(r"""
staging.obits.harmonfuneralhome.com {
	basicauth /* {
		reviewer @{a}
		family-preview @{b}
	}
	reverse_proxy 127.0.0.1:3000
	encode gzip
	log {
		output file /var/log/caddy/staging.log
	}
}

obits.harmonfuneralhome.com {
	reverse_proxy 127.0.0.1:3001
	encode gzip zstd
	header Strict-Transport-Security "max-age=31536000"
}
""", a=_bcrypt(), b=_bcrypt()), None, "Caddy docs: basicauth directive (bcrypt hashed passwords)")

add("cisco/decoy-password-hash", "network/annex-sw01.cfg", T(r"""
!
hostname annex-sw01
!
service password-encryption
enable algorithm-type scrypt secret 9 $9$@{a}$@{b}
!
username netops privilege 15 algorithm-type sha256 secret 8 $8$@{c}$@{d}
!
vlan 60
 name CHAPEL-AV
vlan 70
 name FAMILY-WIFI
!
interface range GigabitEthernet1/0/1 - 8
 switchport mode access
 switchport access vlan 60
 spanning-tree portfast
!
ip ssh version 2
line vty 0 15
 login local
 transport input ssh
!
end
""", a=draw(14, ALNUM + "./"), b=draw(43, ALNUM + "./"), c=draw(14, ALNUM + "./"), d=draw(43, ALNUM + "./")),
    None, "Cisco IOS docs: type 8 (PBKDF2-SHA256) and type 9 (scrypt) password hashes")

add("markdown/decoy-vault-pointer", "docs/runbooks/obit-feed.md", T(r"""
# Newspaper obituary feed

Nightly at 02:15 the `obit-sync` service exports published obituaries to the newspaper
group's SFTP drop.

## Credentials

- SFTP user: `harmon_fh`
- Password: in 1Password, vault **IT - Vendors**, item "Regional News obituary SFTP".
- The service reads it from AWS Secrets Manager `prod/obits/sftp` at start-up.

Never paste it in Slack or tickets. If it leaks, call the newspaper's help desk to reset it,
then update both places above.

## When the export fails

1. `journalctl -u obit-sync --since today`
2. If it says `Authentication failed`, the password was rotated: see above.
3. If it says `No space left on device`, call the newspaper; their drop is full.
"""), None, "Runbook practice: refer to the secret store, not the secret")

add("powershell/decoy-secret-manager", "backup/Backup-Recordings.ps1", T(r"""
#Requires -Modules Microsoft.PowerShell.SecretManagement
$ErrorActionPreference = "Stop"

# The credential is stored in the local SecretStore vault on the backup server.
$cred = Get-Secret -Name "nas01-svc_backup" -Vault "BackupStore"

New-PSDrive -Name REC -PSProvider FileSystem -Root "\\nas01\recordings" -Credential $cred | Out-Null

Get-ChildItem "D:\Recordings" -Filter *.mp4 |
    Where-Object LastWriteTime -lt (Get-Date).AddDays(-2) |
    ForEach-Object {
        Copy-Item $_.FullName "REC:\$($_.LastWriteTime.ToString('yyyy'))\" -Force
    }

Remove-PSDrive REC
"""), None, "Microsoft docs: SecretManagement module (Get-Secret)")

add("csharp/decoy-key-vault", "CaseManager.Api/Program.cs", T(r"""
using Azure.Identity;
using Microsoft.EntityFrameworkCore;

var builder = WebApplication.CreateBuilder(args);

// Connection strings and API keys come from Key Vault via managed identity.
builder.Configuration.AddAzureKeyVault(
    new Uri("https://kv-casemgr-prod.vault.azure.net/"),
    new DefaultAzureCredential());

builder.Services.AddDbContext<CaseDb>(o =>
    o.UseSqlServer(builder.Configuration.GetConnectionString("CaseDb")));
builder.Services.Configure<AuthorizeNetOptions>(builder.Configuration.GetSection("AuthorizeNet"));
builder.Services.AddControllers();

var app = builder.Build();
app.MapControllers();
app.Run();
"""), None, "Microsoft docs: Azure Key Vault configuration provider (DefaultAzureCredential)")

add("java/decoy-property-placeholder", "florist-bridge/src/main/java/com/whitfield/florist/TelefloraProperties.java", T(r"""
package com.whitfield.florist;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

@Component
public class TelefloraProperties {

    @Value("${teleflora.api.base-url}")
    private String baseUrl;

    @Value("${teleflora.api.client-id}")
    private String clientId;

    @Value("${TELEFLORA_CLIENT_SECRET}")
    private String clientSecret;

    public String baseUrl() { return baseUrl; }
    public String clientId() { return clientId; }
    public String clientSecret() { return clientSecret; }
}
"""), None, "Spring docs: @Value property placeholders")

add("go/decoy-env-reference", "cmd/stream-scheduler/config.go", T(r"""
package main

import (
	"fmt"
	"os"
)

type Config struct {
	MuxTokenID     string
	MuxTokenSecret string
	DatabaseURL    string
	LeadMinutes    int
}

func mustEnv(name string) string {
	v, ok := os.LookupEnv(name)
	if !ok || v == "" {
		panic(fmt.Sprintf("%s is required", name))
	}
	return v
}

func LoadConfig() Config {
	return Config{
		MuxTokenID:     mustEnv("MUX_TOKEN_ID"),
		MuxTokenSecret: mustEnv("MUX_TOKEN_SECRET"),
		DatabaseURL:    mustEnv("DATABASE_URL"),
		LeadMinutes:    30,
	}
}
"""), None, "Go docs: os.LookupEnv")

add("php/decoy-getenv", "site-bedrock/config/application.php", T(r"""
<?php
/**
 * Bedrock-style config: every credential comes from the environment (.env on the server).
 */
use Roots\WPConfig\Config;
use function Env\env;

Config::define('DB_NAME', env('DB_NAME'));
Config::define('DB_USER', env('DB_USER'));
Config::define('DB_PASSWORD', env('DB_PASSWORD'));
Config::define('DB_HOST', env('DB_HOST') ?: 'localhost');

Config::define('AUTH_KEY', env('AUTH_KEY'));
Config::define('SECURE_AUTH_KEY', env('SECURE_AUTH_KEY'));
Config::define('LOGGED_IN_KEY', env('LOGGED_IN_KEY'));
Config::define('NONCE_KEY', env('NONCE_KEY'));

Config::define('DISALLOW_FILE_EDIT', true);
Config::define('WP_ENVIRONMENT_TYPE', env('WP_ENV') ?: 'production');
Config::apply();
"""), None, "Roots Bedrock docs: environment variables in config/application.php")

add("ruby/decoy-rails-credentials", "config/initializers/mailgun.rb", T(r"""
# frozen_string_literal: true

# Keys live in config/credentials/production.yml.enc (decrypted with RAILS_MASTER_KEY).
Rails.application.config.action_mailer.delivery_method = :mailgun
Rails.application.config.action_mailer.mailgun_settings = {
  api_key: Rails.application.credentials.dig(:mailgun, :api_key),
  domain: "mg.rosehillchapel.com",
}

Braintree::Configuration.environment = :production
Braintree::Configuration.merchant_id = Rails.application.credentials.dig(:braintree, :merchant_id)
Braintree::Configuration.private_key = Rails.application.credentials.dig(:braintree, :private_key)
"""), None, "Rails guides: custom credentials (credentials.dig)")

add("k8s-secret/decoy-placeholder", "k8s/templates/obits-secret.example.yaml", T(r"""
# Example only: create the real Secret with
#   kubectl -n obits create secret generic obits-db --from-literal=password=...
apiVersion: v1
kind: Secret
metadata:
  name: obits-db
  namespace: obits
type: Opaque
data:
  username: @{u}
  password: @{p}
""", u=b64("obits"), p=b64("REPLACE_AT_DEPLOY_TIME")), None, "Kubernetes docs: Secrets; kubectl create secret generic")

add("json/decoy-public-id", "memorial-app/src/payments/wallet-config.json", T(r"""
{
  "applePay": {
    "merchantIdentifier": "merchant.com.ridgeviewfh.memorials",
    "merchantCapabilities": ["supports3DS"],
    "supportedNetworks": ["visa", "masterCard", "amex", "discover"]
  },
  "googlePay": {
    "environment": "PRODUCTION",
    "merchantId": "BCR2DN4T6X7YZ3AB",
    "merchantName": "Ridgeview Funeral Home"
  },
  "stripeAccount": "acct_1Oq@{acct}"
}
""", acct=draw(13)), None, "Apple Pay and Google Pay docs: merchant identifiers are public")

_ids = [hexs(32) for _ in range(4)]
add("json/decoy-item-id", "cemetery-map/webmap.json", T(r"""
{
  "operationalLayers": [
    {
      "id": "plots_5821",
      "title": "Plots",
      "itemId": "@{a}",
      "url": "https://services7.arcgis.com/Qx3bK9wL2mZpT8vR/arcgis/rest/services/StBrendan_Plots/FeatureServer/0",
      "layerType": "ArcGISFeatureLayer",
      "popupInfo": { "title": "{NAME}", "fieldInfos": [{ "fieldName": "SECTION" }, { "fieldName": "LOT" }] }
    },
    {
      "id": "sections_1177",
      "title": "Sections",
      "itemId": "@{b}",
      "url": "https://services7.arcgis.com/Qx3bK9wL2mZpT8vR/arcgis/rest/services/StBrendan_Sections/FeatureServer/0",
      "layerType": "ArcGISFeatureLayer"
    }
  ],
  "baseMap": {
    "baseMapLayers": [{ "id": "World_Imagery", "itemId": "@{c}", "layerType": "ArcGISTiledMapServiceLayer" }],
    "title": "Imagery"
  },
  "authoringApp": "ArcGISMapViewer",
  "authoringAppVersion": "2024.1",
  "version": "2.30",
  "thumbnailItem": "@{d}"
}
""", a=_ids[0], b=_ids[1], c=_ids[2], d=_ids[3]), None, "ArcGIS web map specification: itemId (content identifiers)")

add("js/decoy-map-style", "cemetery-map/src/layers.js", T(r"""
// Layer definitions for the burial search map. Sources are tilesets in the rosehill-gis
// account; the access token is injected at build time from MAPBOX_PUBLIC_TOKEN.
export const SOURCES = {
  plots: { type: 'vector', url: 'mapbox://rosehill-gis.plots-v7' },
  paths: { type: 'vector', url: 'mapbox://rosehill-gis.paths-v2' },
};

export const STYLE_URL = 'mapbox://styles/rosehill-gis/clt5q2x9k00ab01qs4h7e2c3d';

export const LAYERS = [
  {
    id: 'plots',
    type: 'fill',
    source: 'plots',
    'source-layer': 'plots',
    paint: {
      'fill-color': ['match', ['get', 'status'], 'occupied', '#7a8b6f', 'reserved', '#c9a66b', '#e8e4d8'],
      'fill-outline-color': '#5b5b5b',
    },
  },
  {
    id: 'paths',
    type: 'line',
    source: 'paths',
    'source-layer': 'paths',
    paint: { 'line-color': '#b0a58f', 'line-width': 2 },
  },
];
"""), None, "Mapbox Style Specification: sources and layers")

_photos = "\n".join(f"{hexs(40)}  photos/case-{digits(4)}/{i:03d}.jpg" for i in range(1, 9))
add("text/decoy-checksum", "slideshow/manifests/BFH-2024-0318.sha1", _photos + "\n", None,
    "sha1sum(1) output format")

add("js/decoy-docs-example", "guestbook-api/test/auth.test.js", T(r"""
const assert = require('node:assert');
const { test } = require('node:test');
const jwt = require('jsonwebtoken');

// The example token from jwt.io, signed with the literal string 'your-256-bit-secret'.
const SAMPLE =
  'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c';

test('rejects a token signed with another secret', () => {
  assert.throws(() => jwt.verify(SAMPLE, 'test-secret-for-unit-tests-only'));
});

test('decodes the sample claims', () => {
  const claims = jwt.decode(SAMPLE);
  assert.strictEqual(claims.name, 'John Doe');
});
"""), None, "jwt.io debugger sample token; jsonwebtoken docs")

add("python/decoy-test-fixture-webhook", "portal/tests/test_webhooks.py", T(r"""
import json
import time

import stripe

from portal.payments import webhooks

FAKE_SECRET = "whsec_test_not_a_real_secret"


def _signed(payload: dict, secret: str = FAKE_SECRET) -> tuple[bytes, str]:
    body = json.dumps(payload).encode()
    ts = int(time.time())
    sig = stripe.WebhookSignature._compute_signature(f"{ts}.{body.decode()}", secret)
    return body, f"t={ts},v1={sig}"


def test_paid_invoice_records_installment(rf, monkeypatch, contract):
    monkeypatch.setattr(webhooks, "STRIPE_WEBHOOK_SECRET", FAKE_SECRET)
    body, header = _signed({"type": "invoice.paid", "data": {"object": {
        "customer": contract.stripe_customer, "amount_paid": 12500, "id": "in_test_0001"}}})
    request = rf.post("/stripe/webhook", data=body, content_type="application/json",
                      HTTP_STRIPE_SIGNATURE=header)
    assert webhooks.stripe_webhook(request).status_code == 200
"""), None, "Stripe docs: testing webhook signatures with a test secret")

add("terraform/decoy-sensitive-output", "infra/outputs.tf", T(r"""
output "obits_db_endpoint" {
  value = aws_db_instance.obits.address
}

output "obits_db_password_secret_arn" {
  description = "Where the generated DB password is stored"
  value       = aws_secretsmanager_secret.obits_db.arn
}

output "obits_db_password" {
  value     = random_password.obits_db.result
  sensitive = true
}

output "livestream_bucket" {
  value = aws_s3_bucket.livestream.bucket
}
"""), None, "Terraform docs: sensitive output values")

add("hcl/decoy-vault-template", "deploy/vault-agent/obit-sync.ctmpl", T(r"""
{{- with secret "secret/data/prod/obits/sftp" -}}
FEED_SFTP_HOST=sftp.regionalnews-obits.com
FEED_SFTP_USER={{ .Data.data.username }}
FEED_SFTP_PASSWORD={{ .Data.data.password }}
{{- end }}
{{- with secret "secret/data/prod/obits/tributefeed" }}
FEED_API_KEY={{ .Data.data.api_key }}
{{- end }}
SYNC_INTERVAL=600
"""), None, "HashiCorp Vault Agent docs: templates (consul-template syntax)")

add("npmrc/decoy-env-reference", "tribute-kit/.npmrc", T(r"""
registry=https://registry.npmjs.org/
@tributekit:registry=https://npm.pkg.github.com/
//npm.pkg.github.com/:_authToken=${GITHUB_PACKAGES_TOKEN}
//registry.npmjs.org/:_authToken=${NPM_TOKEN}
save-exact=true
"""), None, "npm docs: environment variables in .npmrc (${NPM_TOKEN})")

add("docker-config/decoy-creds-store", "ops/home/deploy/.docker/config.json", T(r"""
{
	"auths": {
		"harbor.oakmontfh.net": {},
		"ghcr.io": {}
	},
	"credsStore": "pass",
	"credHelpers": {
		"418295730661.dkr.ecr.us-east-1.amazonaws.com": "ecr-login"
	}
}
"""), None, "Docker docs: credential stores and credential helpers")

add("netrc/decoy-placeholder", "docs/setup/netrc.example", T(r"""
# Copy to ~/.netrc (chmod 600) and put your own Nexus token in place of the placeholder.
machine nexus.bayside.local
  login YOUR_AD_USERNAME
  password <paste your Nexus user token>

machine sftp.regionalnews-obits.com
  login harmon_fh
  password <see 1Password: Regional News obituary SFTP>
"""), None, "GNU inetutils docs: the .netrc file")

add("shell/decoy-commented-example", "scripts/stripe-listen.sh", T(r"""
#!/usr/bin/env bash
# Forwards Stripe test-mode webhooks to the local portal.
#
# Usage:
#   export STRIPE_API_KEY=sk_test_<your test key>
#   ./scripts/stripe-listen.sh
set -euo pipefail

: "${STRIPE_API_KEY:?export your test-mode secret key first}"
case "$STRIPE_API_KEY" in
  sk_live_*) echo "refusing to run with a live key" >&2; exit 1 ;;
esac

stripe listen --api-key "$STRIPE_API_KEY" \
  --events invoice.paid,invoice.payment_failed,checkout.session.completed \
  --forward-to http://localhost:8000/stripe/webhook
"""), None, "Stripe CLI docs: stripe listen --forward-to")

add("json/decoy-i18n-labels", "family-portal/src/locales/en.json", T(r"""
{
  "login": {
    "title": "Sign in to your family portal",
    "email": "Email address",
    "password": "Password",
    "forgotPassword": "Forgot your password?",
    "submit": "Sign in"
  },
  "reset": {
    "newPassword": "New password",
    "confirmPassword": "Confirm new password",
    "tooShort": "Use at least 12 characters.",
    "mismatch": "The passwords do not match.",
    "token_expired": "This reset link has expired. Request a new one."
  },
  "arrangements": {
    "secret_family_notes": "Private notes (only your family sees these)",
    "apiKeyHelp": "Ask your funeral director for an access code."
  }
}
"""), None, "i18next docs: JSON translation files")

add("typescript/decoy-form-field", "family-portal/src/components/ResetPasswordForm.tsx", T(r"""
import { useState } from "react";

type Props = { token: string; onDone: () => void };

export function ResetPasswordForm({ token, onDone }: Props) {
  const [password, setPassword] = useState("");
  const [confirm, setConfirm] = useState("");
  const [error, setError] = useState<string | null>(null);

  async function submit(e: React.FormEvent) {
    e.preventDefault();
    if (password.length < 12) return setError("reset.tooShort");
    if (password !== confirm) return setError("reset.mismatch");
    const res = await fetch("/api/auth/reset", {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ token, password }),
    });
    if (res.ok) onDone();
    else setError("reset.token_expired");
  }

  return (
    <form onSubmit={submit}>
      <input type="password" name="password" value={password} onChange={(e) => setPassword(e.target.value)} />
      <input type="password" name="confirm" value={confirm} onChange={(e) => setConfirm(e.target.value)} />
      {error && <p role="alert">{error}</p>}
      <button type="submit">Save password</button>
    </form>
  );
}
"""), None, "React docs: controlled inputs")

add("html/decoy-template-variable", "family-portal/emails/reset-password.html", T(r"""
<!doctype html>
<html>
<body style="font-family: Georgia, serif; color: #333;">
  <p>Dear {{ first_name }},</p>
  <p>We received a request to reset the password for your Stonebridge family portal account.</p>
  <p>
    <a href="https://family.stonebridgefh.com/reset?token={{ reset_token }}"
       style="background:#4b5d4a;color:#fff;padding:10px 18px;text-decoration:none;">Choose a new password</a>
  </p>
  <p>This link expires in 60 minutes. If you did not ask for it, you can ignore this email.</p>
  <p>With care,<br>Stonebridge Funeral Home</p>
</body>
</html>
"""), None, "Jinja/Handlebars email templates: template variables")

_thumb = base64.b64encode(bytes(_rng().getrandbits(8) for _ in range(180))).decode()
add("json/decoy-data-uri", "obituary-site/content/obituaries/88231.json", T(r"""
{
  "id": 88231,
  "slug": "eleanor-m-whitaker-1938-2024",
  "full_name": "Eleanor M. Whitaker",
  "born": "1938-06-02",
  "died": "2024-03-09",
  "city": "Belleville, IL",
  "photo": {
    "public_id": "obituaries/eleanor-whitaker-@{pid}",
    "placeholder": "data:image/jpeg;base64,/9j/4AAQSkZJRgABAQAAAQABAAD/2wBDAA@{thumb}"
  },
  "services": [
    { "type": "visitation", "start": "2024-03-14T16:00:00-05:00", "location": "Oak Grove Funeral Home" },
    { "type": "funeral", "start": "2024-03-15T10:00:00-05:00", "location": "St. Luke's Church" }
  ]
}
""", pid=draw(8, LOWER_DIGITS), thumb=_thumb), None, "RFC 2397: data URIs (a blurred image placeholder)")

add("xml/decoy-empty-password", "wowza/conf/live/Application.xml", T(r"""
<?xml version="1.0" encoding="UTF-8"?>
<Root version="1">
  <Application>
    <Name>live</Name>
    <AppType>Live</AppType>
    <Streams>
      <StreamType>live</StreamType>
      <LiveStreamPacketizers>cupertinostreamingpacketizer</LiveStreamPacketizers>
    </Streams>
    <Transcoder>
      <LiveStreamTranscoder>transcoder</LiveStreamTranscoder>
      <Templates>${SourceStreamName}.xml,transrate.xml</Templates>
    </Transcoder>
    <Authentication>
      <PublishMethod>digest</PublishMethod>
      <PlayMethod>none</PlayMethod>
    </Authentication>
    <Properties>
      <Property>
        <Name>securityPublishPasswordFile</Name>
        <Value>${com.wowza.wms.context.VHostConfigHome}/conf/publish.password</Value>
      </Property>
      <Property>
        <Name>pushPublishMapPath</Name>
        <Value>${com.wowza.wms.context.VHostConfigHome}/conf/${com.wowza.wms.context.Application}/PushPublishMap.txt</Value>
      </Property>
    </Properties>
  </Application>
</Root>
"""), None, "Wowza Streaming Engine docs: Application.xml, publish.password file reference")

add("obs/decoy-template", "ansible/roles/obs/templates/service.json.j2", T(r"""
{
    "settings": {
        "bwtest": false,
        "key": "{{ obs_stream_key }}",
        "server": "{{ obs_stream_server | default('rtmps://global-live.mux.com:443/app') }}",
        "service": "Custom",
        "use_auth": false
    },
    "type": "rtmp_custom"
}
"""), None, "Ansible docs: template module (Jinja2); OBS service.json")

add("nginx/decoy-include", "av/nginx/rtmp-chapel-c.conf", T(r"""
rtmp {
    server {
        listen 1936;
        application chapel_c {
            live on;
            record off;
            allow publish 10.60.0.0/24;
            deny publish all;
            # push targets (with their stream keys) are rendered by Ansible from Vault
            include /etc/nginx/rtmp-targets/chapel-c.conf;
        }
    }
}
"""), None, "nginx docs: include directive; nginx-rtmp-module")

add("shell/decoy-read-from-file", "scripts/stream-graveside.sh", T(r"""
#!/usr/bin/env bash
# Streams the graveside kit (SRT from the bonded cellular encoder) to YouTube.
set -euo pipefail

KEY_FILE=/etc/av/youtube-graveside.key   # root:av 0640, written by Ansible
[ -r "$KEY_FILE" ] || { echo "cannot read $KEY_FILE" >&2; exit 1; }
STREAM_KEY="$(<"$KEY_FILE")"

exec ffmpeg -hide_banner -i "srt://0.0.0.0:9000?mode=listener&latency=800" \
  -c:v copy -c:a aac -b:a 128k \
  -f flv "rtmp://a.rtmp.youtube.com/live2/${STREAM_KEY}"
"""), None, "bash manual: command substitution; FFmpeg SRT input")

add("postman/decoy-empty-values", "postman/TributeFeed.postman_environment.json", T(r"""
{
  "id": "9e2d7c41-5f3a-4b8e-a1c6-2d4f8b0e7a19",
  "name": "TributeFeed - template",
  "values": [
    { "key": "baseUrl", "value": "https://api.tributefeed.net/v3", "type": "default", "enabled": true },
    { "key": "homeId", "value": "stonebridge-fh", "type": "default", "enabled": true },
    { "key": "apiKey", "value": "", "type": "secret", "enabled": true },
    { "key": "bearer", "value": "{{vault:tributefeed-token}}", "type": "secret", "enabled": true }
  ],
  "_postman_variable_scope": "environment",
  "_postman_exported_at": "2024-03-11T15:04:10.902Z",
  "_postman_exported_using": "Postman/10.24.3"
}
"""), None, "Postman docs: environments, secret type variables and Postman Vault references")

add("http/decoy-variable", "api-tests/plots.http", T(r"""
@host = https://sexton.crestviewcemetery.org
# token: put "plots_token" in http-client.private.env.json (git-ignored)

### Section G plots
GET {{host}}/api/v2/plots?section=G
Authorization: Bearer {{plots_token}}
Accept: application/json

### Reserve a plot
POST {{host}}/api/v2/plots/G-14-3/reserve
Authorization: Bearer {{plots_token}}
Content-Type: application/json

{ "case_no": "BFH-2024-0318", "hold_days": 30 }
"""), None, "JetBrains HTTP Client docs: environment variables and private env files")

add("markdown/decoy-changelog", "CHANGELOG.md", T(r"""
# Changelog

## 3.9.2 - 2024-03-20
- Case manager: fixed the death certificate worksheet losing the informant's address.
- Rotated the SendGrid API key and the Twilio auth token after a laptop was lost
  (no evidence of use). New values are in Key Vault only.

## 3.9.1 - 2024-03-02
- Livestream: the Mux stream key is no longer shown in the admin UI; it is masked as `****-****`.
- Moved the florist client secret from application-prod.properties to the environment.

## 3.9.0 - 2024-02-14
- New: preneed installment plans via Stripe Billing.
- Password policy: minimum 12 characters, checked against the HIBP range API.
"""), None, "Keep a Changelog 1.1.0")

add("markdown/decoy-truncated-key", "SECURITY.md", T(r"""
# Security notes for the web team

## What our keys look like (so you can spot a leak)

| Vendor | Prefix | Example (truncated) |
|---|---|---|
| Stripe secret | `sk_live_` | `sk_live_51…` |
| Stripe restricted | `rk_live_` | `rk_live_51…` |
| Square access token | `EAAA` | `EAAA…` |
| SendGrid | `SG.` | `SG.xxxx.yyyy` |
| Mapbox secret | `sk.eyJ` | `sk.eyJ1…` (public tokens start `pk.`) |
| GitHub | `ghp_`, `github_pat_` | `ghp_…` |

## If you leak one

1. Revoke it at the vendor first, then tell #it-security.
2. Do not rewrite git history until the key is revoked.
3. Report suspicious access to it@stonebridgefh.com.
"""), None, "Vendor docs on key prefixes (Stripe, Square, SendGrid, Mapbox, GitHub)")

add("env/decoy-anon-key", "guestbook/.env.public", T(r"""
# Values baked into the browser bundle. Row Level Security protects the tables;
# the anon key is the public client key Supabase documents for browsers.
PUBLIC_SUPABASE_URL=https://qmxrtyzlbwnkdopvahcs.supabase.co
PUBLIC_SUPABASE_ANON_KEY=@{k}
PUBLIC_RECAPTCHA_SITE_KEY=6L@{r}
PUBLIC_SITE_NAME="Kingsley Funeral Home guestbook"
""", k=jwt({"iss": "supabase", "ref": "qmxrtyzlbwnkdopvahcs", "role": "anon", "iat": 1706203712, "exp": 2021779712}),
    r=draw(38, URLSAFE)), None, "Supabase docs: API keys (anon key is safe in a browser with RLS)")

add("kotlin/decoy-publishable-key", "app/src/main/java/com/lindenfh/app/pay/PaymentSetup.kt", T(r"""
package com.lindenfh.app.pay

import android.content.Context
import com.stripe.android.PaymentConfiguration

// Publishable key only: the PaymentIntent is created by our server with the secret key.
private const val STRIPE_PUBLISHABLE_KEY = "@{pk}"

object PaymentSetup {
    fun init(context: Context) {
        PaymentConfiguration.init(context, STRIPE_PUBLISHABLE_KEY)
    }
}
""", pk=stripe_pk()), None, "Stripe Android SDK docs: PaymentConfiguration.init with a publishable key")

_gb = [{"name": n, "gravatar": hexs(32), "at": f"2024-03-1{i}T1{i}:0{i}:00Z"} for i, n in
       enumerate(["Joan P.", "The Alvarez family", "Coach Bill", "Nora & Sam"], start=1)]
add("json/decoy-gravatar-hash", "guestbook/fixtures/entries.json", json.dumps({"obituary": 88231, "entries": _gb},
    indent=2) + "\n", None, "Gravatar docs: image requests use an MD5/SHA-256 hash of the email")

add("html/decoy-playback-id", "tribute-live/app/live/[slug]/player.html", T(r"""
<script src="https://cdn.jsdelivr.net/npm/@mux/mux-player" defer></script>

<section class="live-player">
  <h2>Celebration of life - livestream</h2>
  <mux-player
    playback-id="@{pid}"
    stream-type="live"
    metadata-video-title="Service for Harold J. Benton"
    metadata-viewer-user-id="anonymous"
    accent-color="#4b5d4a"
    default-hidden-captions
  ></mux-player>
  <p class="note">The recording stays on this page for 90 days.</p>
</section>
""", pid=draw(40, ALNUM)), None, "Mux Player docs: playback-id attribute (public playback IDs)")

add("html/decoy-video-uid", "obituary-site/partials/cf-stream.html", T(r"""
<div class="service-video" style="position: relative; padding-top: 56.25%;">
  <iframe
    src="https://customer-m2x7k9.cloudflarestream.com/@{uid}/iframe?poster=https%3A%2F%2Fcustomer-m2x7k9.cloudflarestream.com%2F@{uid}%2Fthumbnails%2Fthumbnail.jpg%3Ftime%3D12s"
    style="border: none; position: absolute; top: 0; left: 0; height: 100%; width: 100%;"
    allow="accelerometer; gyroscope; autoplay; encrypted-media; picture-in-picture;"
    allowfullscreen="true"
    title="Memorial service recording"></iframe>
</div>
""", uid=hexs(32)), None, "Cloudflare Stream docs: embed with the video UID")

add("ssh/decoy-host-key", "ansible/roles/obit_feed/files/known_hosts", T(r"""
sftp.regionalnews-obits.com ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI@{a}
sftp.regionalnews-obits.com ecdsa-sha2-nistp256 AAAAE2VjZHNhLXNoYTItbmlzdHAyNTYAAAAIbmlzdHAyNTYAAABBB@{b}=
sftp.dailycourier-obits.com ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI@{c}
|1|@{h1}=|@{h2}= ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI@{d}
github.com ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOMqqnkVzrm0SdG6UOoqKLsabgH5C9okWi0dh2l9GKJl
""", a=draw(43, B64), b=draw(118, B64), c=draw(43, B64), h1=draw(27, B64), h2=draw(27, B64), d=draw(43, B64)),
    None, "OpenSSH sshd(8) man page: SSH_KNOWN_HOSTS file format")


def _pgp_public() -> str:
    body = "mDMEZ" + draw(64 * 9 - 5, B64)
    rows = [body[i:i + 64] for i in range(0, len(body), 64)]
    return ("-----BEGIN PGP PUBLIC KEY BLOCK-----\n\n" + "\n".join(rows) + "\n=" + draw(4, B64)
            + "\n-----END PGP PUBLIC KEY BLOCK-----")


add("asc/decoy-pgp-public-key", "docs/keys/it-security-public.asc", T(r"""
@{k}
""", k=_pgp_public()), None, "RFC 4880: ASCII-armored public key block")

_sums = "\n".join(f"{hexs(64)}  casemgr-3.9.2-{p}" for p in ["win-x64.zip", "linux-x64.tar.gz", "osx-arm64.tar.gz",
                                                             "db-migrations.zip", "docs.pdf"])
add("text/decoy-sha256sums", "releases/3.9.2/SHA256SUMS", _sums + "\n", None, "sha256sum(1) output format")

add("xml/decoy-encrypted-config", "FuneralOffice.Web/Web.Release.config", T(r"""
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <connectionStrings configProtectionProvider="RsaProtectedConfigurationProvider">
    <EncryptedData Type="http://www.w3.org/2001/04/xmlenc#Element" xmlns="http://www.w3.org/2001/04/xmlenc#">
      <EncryptionMethod Algorithm="http://www.w3.org/2001/04/xmlenc#aes256-cbc" />
      <KeyInfo xmlns="http://www.w3.org/2000/09/xmldsig#">
        <EncryptedKey xmlns="http://www.w3.org/2001/04/xmlenc#">
          <EncryptionMethod Algorithm="http://www.w3.org/2001/04/xmlenc#rsa-oaep-mgf1p" />
          <KeyInfo xmlns="http://www.w3.org/2000/09/xmldsig#">
            <KeyName>Rsa Key</KeyName>
          </KeyInfo>
          <CipherData>
            <CipherValue>@{a}</CipherValue>
          </CipherData>
        </EncryptedKey>
      </KeyInfo>
      <CipherData>
        <CipherValue>@{b}</CipherValue>
      </CipherData>
    </EncryptedData>
  </connectionStrings>
</configuration>
""", a=b64bytes(256), b=b64bytes(240)), None, "Microsoft docs: encrypting configuration sections (RsaProtectedConfigurationProvider)")

add("yaml/decoy-kms-ciphertext", "config/livestream.prod.yaml", T(r"""
# Secrets are KMS ciphertext; the service decrypts them at start with kms:Decrypt.
kms_key: alias/livestream-prod
mux:
  token_id: @{tid}
  token_secret_ciphertext: AQICAHh@{a}
youtube:
  chapel_a_key_ciphertext: AQICAHh@{b}
schedule:
  lead_minutes: 30
  close_after_minutes: 20
""", tid=uuid_s(), a=draw(180, B64) + "==", b=draw(140, B64) + "="), None,
    "AWS KMS docs: Encrypt returns a base64 CiphertextBlob")

add("properties/decoy-jasypt", "cemetery-records-api/src/main/resources/application-prod.properties", T(r"""
# Encrypted with jasypt (PBEWITHHMACSHA512ANDAES_256); the master password is JASYPT_ENCRYPTOR_PASSWORD
spring.datasource.url=jdbc:postgresql://pg-records.internal:5432/cemetery
spring.datasource.username=records_api
spring.datasource.password=ENC(@{a})
plotbox.api-key=ENC(@{b})
jasypt.encryptor.algorithm=PBEWITHHMACSHA512ANDAES_256
jasypt.encryptor.iv-generator-classname=org.jasypt.iv.RandomIvGenerator
""", a=b64bytes(48), b=b64bytes(64)), None, "jasypt-spring-boot README: ENC(...) encrypted properties")

add("swift/decoy-keychain", "MemorialApp/Sources/Auth/TokenStore.swift", T(r"""
import Foundation
import Security

/// Keeps the family portal session token in the Keychain, never in UserDefaults.
struct TokenStore {
    private let service = "com.ridgeviewfh.memorials.session"

    func save(_ token: String) {
        let query: [String: Any] = [
            kSecClass as String: kSecClassGenericPassword,
            kSecAttrService as String: service,
            kSecValueData as String: Data(token.utf8),
        ]
        SecItemDelete(query as CFDictionary)
        SecItemAdd(query as CFDictionary, nil)
    }

    func load() -> String? {
        let query: [String: Any] = [
            kSecClass as String: kSecClassGenericPassword,
            kSecAttrService as String: service,
            kSecReturnData as String: true,
        ]
        var item: CFTypeRef?
        guard SecItemCopyMatching(query as CFDictionary, &item) == errSecSuccess,
              let data = item as? Data else { return nil }
        return String(data: data, encoding: .utf8)
    }
}
"""), None, "Apple docs: Keychain Services (kSecClassGenericPassword)")

add("sql/decoy-ids", "db/seeds/010_memorial_media.sql", T(r"""
-- Media attached to memorials (ids are UUIDs, hashes are SHA-256 of the stored file).
INSERT INTO memorial_media (id, memorial_id, kind, storage_key, sha256, bytes) VALUES
  ('@{i1}', '@{m}', 'photo', 'memorials/@{m}/portrait.jpg', '@{h1}', 482113),
  ('@{i2}', '@{m}', 'photo', 'memorials/@{m}/garden.jpg', '@{h2}', 1204877),
  ('@{i3}', '@{m}', 'video', 'memorials/@{m}/tribute.mp4', '@{h3}', 88120455),
  ('@{i4}', '@{m}', 'program', 'memorials/@{m}/program.pdf', '@{h4}', 310992);
""", i1=uuid_s(), i2=uuid_s(), i3=uuid_s(), i4=uuid_s(), m=uuid_s(), h1=hexs(64), h2=hexs(64), h3=hexs(64),
    h4=hexs(64)), None, "RFC 9562 UUIDs; SHA-256 content hashes")

add("r/decoy-keyring", "reports/preneed_trust.R", T(r"""
# Preneed trust balances by contract year, for the state trust report.
library(DBI)
library(keyring)

con <- dbConnect(odbc::odbc(),
                 Driver   = "ODBC Driver 18 for SQL Server",
                 Server   = "sql01.bayside.local",
                 Database = "FuneralCases",
                 UID      = "report_reader",
                 PWD      = key_get("sql01", "report_reader"),
                 TrustServerCertificate = "yes")

trust <- dbGetQuery(con, "
  SELECT YEAR(ContractDate) AS yr, COUNT(*) AS contracts, SUM(TrustBalance) AS balance
  FROM PreneedContracts WHERE Status = 'Active' GROUP BY YEAR(ContractDate) ORDER BY yr")

write.csv(trust, "out/preneed_trust.csv", row.names = FALSE)
dbDisconnect(con)
"""), None, "keyring R package docs: key_get() reads from the OS credential store")

add("ini/decoy-placeholder", "cemetery-office/odbc/odbc.ini.template", T(r"""
; Template for the sexton office PCs. Each PC stores the password in Windows Credential
; Manager ("CemeteryRecords"), so PWD is left out on purpose.
[CemeteryRecords]
Driver = ODBC Driver 18 for SQL Server
Server = SEXTON-SRV\SQLEXPRESS
Database = CemeteryRecords
UID = <office login>
Trusted_Connection = No
TrustServerCertificate = yes
"""), None, "unixODBC / Microsoft ODBC docs: odbc.ini DSN keywords")

add("markdown/decoy-readme", "florist-widget/README.md", T(r"""
# Florist widget

Adds a "Send flowers" button to every obituary page and relays orders to our partner
florist network.

## Running locally

```bash
cp .env.example .env
# then set FLORIST_API_KEY=your-api-key-here (ask the web team for a sandbox key)
npm install
npm run dev
```

## Configuration

| Variable | Meaning |
|---|---|
| `FLORIST_API_KEY` | partner API key (sandbox keys start with `sbx_`) |
| `FLORIST_AFFILIATE` | our affiliate code, e.g. `hartwell-fh` |
| `ORDER_CUTOFF` | same-day delivery cutoff, `HH:MM` |

Never commit a real key: CI runs a secret scan on every merge request.
"""), None, "README conventions; placeholders for API keys")

add("python/decoy-hmac-signature", "florist-widget/tools/verify_callback.py", T(r"""
# Verifies a florist delivery callback by hand, for debugging. The secret is read from the
# environment; the signature below is from a captured request and is not itself a secret.
import hashlib
import hmac
import os
import sys

CAPTURED_BODY = b'{"order":"55812","status":"delivered","at":"2024-03-15T08:41:00-05:00"}'
CAPTURED_SIGNATURE = "sha256=@{sig}"


def valid(body: bytes, signature: str, secret: str) -> bool:
    digest = hmac.new(secret.encode(), body, hashlib.sha256).hexdigest()
    return hmac.compare_digest("sha256=" + digest, signature)


if __name__ == "__main__":
    secret = os.environ.get("FLORIST_CALLBACK_SECRET")
    if not secret:
        sys.exit("set FLORIST_CALLBACK_SECRET")
    print("valid" if valid(CAPTURED_BODY, CAPTURED_SIGNATURE, secret) else "INVALID")
""", sig=hexs(64)), None, "Python docs: hmac.compare_digest; webhook signature headers")

add("github-actions/decoy-ci-database", ".github/workflows/test.yml", T(r"""
name: Test

on: [push, pull_request]

jobs:
  test:
    runs-on: ubuntu-latest
    services:
      postgres:
        image: postgis/postgis:16-3.4
        env:
          POSTGRES_USER: test
          POSTGRES_PASSWORD: test
          POSTGRES_DB: cemetery_test
        ports: ["5432:5432"]
        options: --health-cmd pg_isready --health-interval 5s --health-retries 10
    env:
      DATABASE_URL: postgres://test:test@localhost:5432/cemetery_test
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-go@v5
        with: { go-version: "1.22" }
      - run: go test ./...
"""), None, "GitHub Actions docs: service containers (throwaway test database)")
