"""Blind set FF: dry cleaners and commercial laundries.

Garment tracking and RFID readers, conveyor and assembly controllers, route delivery apps and their
driver phones, counter POS and card terminals, SMS and e-mail notifications, payment vendors, and
the IT and web teams behind them (store networks, websites, cloud, CI). Secrets and decoys, as such
teams commit and ship them. Generated fakes only (seeds 1810000-1819999).
"""
from __future__ import annotations

import base64
import json
import random
import re
import string
from typing import List, Optional

from tests import fakes
from tests.accuracy.labelled import LabelledCase

ALNUM = string.ascii_letters + string.digits
HEX = "0123456789abcdef"
UPHEX = "0123456789ABCDEF"
URLSAFE = ALNUM + "-_"
SEED_LOW, SEED_HIGH = 1810000, 1819999
_SEED = [SEED_LOW]


def _seed() -> int:
    _SEED[0] += 7
    assert SEED_LOW <= _SEED[0] <= SEED_HIGH, _SEED[0]
    return _SEED[0]


def _rng() -> random.Random:
    return random.Random(_seed())


WORDS = ["Hanger", "Starch", "Pressing", "Linen", "Collar", "Pleat", "Tuxedo", "Steam", "Tumble", "Button",
         "Lapel", "Satin", "Velvet", "Cotton", "Denim", "Tailor", "Spotter", "Maple", "Harbor", "Falcon",
         "Cedar", "Granite", "Willow", "Copper", "Juniper", "Kestrel", "Basalt", "Thistle"]
LOWER = ["hanger", "bleach", "starch", "crease", "garment", "ticket", "rack", "conveyor", "sleeve", "hem",
         "walnut", "orchid", "lagoon", "pepper", "glacier", "candle", "saddle", "violet"]
SHOPS = ["Bluebell", "Crown", "Pristine", "Sunrise", "Village", "Hillside", "Park Ave", "Sterling", "Elm Street"]


def words_pw(signs: str = "!#$%@*&") -> str:
    """Two words, a sign and digits, as staff pick them (`signs`: those the carrier takes as written)."""
    r = _rng()
    return r.choice(WORDS) + r.choice(signs) + r.choice(WORDS) + str(r.randint(10, 9999))


def company_pw(name: str, signs: str = "!#$@") -> str:
    """What staff pick: the shop's name, a year and a sign."""
    r = _rng()
    return name + str(r.choice([2017, 2018, 2019, 2021, 2022, 2023, 2024])) + r.choice(signs) + r.choice(WORDS[:10])


def rand_pw(n: int = 20, extra: str = "") -> str:
    return fakes.drawn_mixed(_seed(), n, ALNUM + extra) if extra else fakes.drawn_mixed(_seed(), n)


def passphrase() -> str:
    r = _rng()
    return "-".join(r.sample(LOWER, 4)) + str(r.randint(2, 99))


def hexs(n: int, alphabet: str = HEX) -> str:
    r = _rng()
    return "".join(r.choice(alphabet) for _ in range(n))


def chars(n: int, alphabet: str = ALNUM) -> str:
    return fakes.drawn_mixed(_seed(), n) if alphabet == ALNUM else fakes.drawn(_seed(), n, alphabet)


def uuid_s() -> str:
    return fakes.uuid4(_seed())


def b64(s: str) -> str:
    return base64.b64encode(s.encode()).decode()


def b64url(s: str) -> str:
    return base64.urlsafe_b64encode(s.encode()).decode().rstrip("=")


# ---- vendor shapes ------------------------------------------------------------------------------

def stripe_live(long: bool = False) -> str:
    if long:
        return "sk_live_51" + chars(97)
    return "sk_live_" + chars(24)


def stripe_restricted() -> str:
    return "rk_live_51" + chars(97)


def stripe_whsec() -> str:
    return "whsec_" + chars(32)


def stripe_pk() -> str:
    return "pk_live_51" + chars(97)


def square_token() -> str:
    return "EAAA" + chars(60, URLSAFE)


def square_secret() -> str:
    return "sq0csp-" + chars(43, URLSAFE)


def twilio_sid(prefix: str = "AC") -> str:
    return prefix + hexs(32)


def sendgrid_key() -> str:
    return "SG." + chars(22, URLSAFE) + "." + chars(43, URLSAFE)


def mailgun_key() -> str:
    return hexs(32) + "-" + hexs(8) + "-" + hexs(8)


def slack_bot() -> str:
    r = _rng()
    return f"xoxb-{r.randint(10**11, 10**12 - 1)}-{r.randint(10**12, 10**13 - 1)}-" + "".join(r.choice(ALNUM) for _ in range(24))


def slack_webhook() -> str:
    r = _rng()
    up = string.ascii_uppercase + string.digits
    return ("https://hooks.slack.com/services/T" + "".join(r.choice(up) for _ in range(8)) + "/B"
            + "".join(r.choice(up) for _ in range(10)) + "/" + "".join(r.choice(ALNUM) for _ in range(24)))


def discord_webhook() -> str:
    r = _rng()
    return (f"https://discord.com/api/webhooks/{r.randint(10**17, 10**18 - 1)}/"
            + "".join(r.choice(URLSAFE) for _ in range(68)))


def teams_webhook() -> str:
    return (f"https://pressworks.webhook.office.com/webhookb2/{uuid_s()}@{uuid_s()}/IncomingWebhook/"
            f"{hexs(32)}/{uuid_s()}/V2{chars(43, URLSAFE)}")


def github_pat() -> str:
    return fakes.github_token(_seed())


def github_fine() -> str:
    return fakes.github_fine_grained_token(_seed())


def gitlab_token() -> str:
    return "glpat-" + chars(20, URLSAFE)


def npm_token() -> str:
    return "npm_" + chars(36)


def aws_pair() -> tuple:
    return fakes.aws_key_id(_seed()), fakes.aws_secret_key(_seed())


def azure_account_key() -> str:
    r = _rng()
    return "".join(r.choice(ALNUM + "+/") for _ in range(86)) + "=="


def azure_client_secret() -> str:
    r = _rng()
    return "".join(r.choice(ALNUM) for _ in range(3)) + "8Q~" + "".join(r.choice(ALNUM + "_.-~") for _ in range(34))


def google_api_key() -> str:
    return "AIza" + chars(35, URLSAFE)


def mapbox_token(kind: str = "sk") -> str:
    r = _rng()
    claims = json.dumps({"u": r.choice(["freshpressops", "routeteam", "valetclean"]),
                         "a": "cl" + "".join(r.choice(string.ascii_lowercase + string.digits) for _ in range(23))},
                        separators=(",", ":"))
    return f"{kind}." + b64url(claims) + "." + "".join(r.choice(URLSAFE) for _ in range(22))


def braintree_token() -> str:
    return f"access_token$production${chars(16, string.ascii_lowercase + string.digits)}${hexs(32)}"


def paypal_secret() -> str:
    return "E" + chars(79, URLSAFE)


def heartland_key() -> str:
    return "skapi_prod_" + chars(40, URLSAFE)


def converge_pin() -> str:
    return chars(64, string.ascii_uppercase + string.digits)


def fcm_server_key() -> str:
    return "AAAA" + chars(7, URLSAFE) + ":APA91b" + chars(134, URLSAFE)


def openai_key() -> str:
    return fakes.openai_key(_seed())


def anthropic_key() -> str:
    return "sk-ant-api03-" + chars(93, URLSAFE) + "AA"


def shopify_token() -> str:
    return "shpat_" + hexs(32)


def mailchimp_key() -> str:
    return hexs(32) + "-us" + str(_rng().randint(2, 21))


def newrelic_key() -> str:
    return "NRAK-" + chars(27, string.ascii_uppercase + string.digits)


def do_token() -> str:
    return "dop_v1_" + hexs(64)


def cloudflare_token() -> str:
    return chars(40, URLSAFE)


def telnyx_key() -> str:
    return "KEY0" + hexs(31, UPHEX) + "_" + chars(22)


def django_key() -> str:
    return fakes.django_secret_key(_seed())


def wp_salt() -> str:
    r = _rng()
    alphabet = ALNUM + "!@#$%^&*()-_[]{}<>~+=,.;:/?|"
    return "".join(r.choice(alphabet) for _ in range(64))


def _pem_lines(r: random.Random, head: str, count: int, width: int = 64, tail: str = "") -> List[str]:
    alphabet = ALNUM + "+/"
    body = head + "".join(r.choice(alphabet) for _ in range(width * count - len(head) - len(tail))) + tail
    return [body[i:i + width] for i in range(0, len(body), width)]


def rsa_pem(lines: int = 25) -> str:
    r = _rng()
    body = _pem_lines(r, "MIIEowIBAAKCAQEA", lines - 1) + ["".join(r.choice(ALNUM + "+/") for _ in range(36)) + "=="]
    return "-----BEGIN RSA PRIVATE KEY-----\n" + "\n".join(body) + "\n-----END RSA PRIVATE KEY-----"


def pkcs8_pem(lines: int = 26) -> str:
    r = _rng()
    body = _pem_lines(r, "MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQ", lines - 1) + ["".join(r.choice(ALNUM + "+/") for _ in range(24))]
    return "-----BEGIN PRIVATE KEY-----\n" + "\n".join(body) + "\n-----END PRIVATE KEY-----"


def p8_pem() -> str:
    r = _rng()
    body = _pem_lines(r, "MIGTAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBHkwdwIBAQQg", 3) + ["".join(r.choice(ALNUM + "+/") for _ in range(8))]
    return "-----BEGIN PRIVATE KEY-----\n" + "\n".join(body) + "\n-----END PRIVATE KEY-----"


def ec_pem() -> str:
    r = _rng()
    body = _pem_lines(r, "MHcCAQEEI", 2) + ["".join(r.choice(ALNUM + "+/") for _ in range(35)) + "="]
    return "-----BEGIN EC PRIVATE KEY-----\n" + "\n".join(body) + "\n-----END EC PRIVATE KEY-----"


def openssh_pem() -> str:
    r = _rng()
    head = "b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW"
    lines = _pem_lines(r, head + "QyNTUxOQAAACA", 5, width=70)
    lines.append("".join(r.choice(ALNUM + "+/") for _ in range(24)))
    return "-----BEGIN OPENSSH PRIVATE KEY-----\n" + "\n".join(lines) + "\n-----END OPENSSH PRIVATE KEY-----"


def cert_pem(lines: int = 18) -> str:
    r = _rng()
    body = _pem_lines(r, "MIID", lines - 1) + ["".join(r.choice(ALNUM + "+/") for _ in range(40)) + "=="]
    body[0] = "MIID" + body[0][4:]
    return "-----BEGIN CERTIFICATE-----\n" + "\n".join(body) + "\n-----END CERTIFICATE-----"


def public_pem() -> str:
    r = _rng()
    body = _pem_lines(r, "MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA", 6) + ["".join(r.choice(ALNUM + "+/") for _ in range(8))]
    return "-----BEGIN PUBLIC KEY-----\n" + "\n".join(body) + "\n-----END PUBLIC KEY-----"


def ssh_pub(comment: str) -> str:
    r = _rng()
    return "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI" + "".join(r.choice(ALNUM + "+/") for _ in range(43)) + " " + comment


def bcrypt_hash() -> str:
    r = _rng()
    return "$2y$10$" + "".join(r.choice(ALNUM + "./") for _ in range(53))


def sha512crypt() -> str:
    r = _rng()
    salt = "".join(r.choice(ALNUM + "./") for _ in range(16))
    return "$6$" + salt + "$" + "".join(r.choice(ALNUM + "./") for _ in range(86))


def indent(text: str, spaces: int) -> str:
    pad = " " * spaces
    return "\n".join(pad + line for line in text.splitlines())


CASES: List[LabelledCase] = []
_MARKER = re.compile(r"@@[a-z_0-9]+@@")


def add(category: str, file_name: str, template: str, secret: Optional[str], source: str, **values: str) -> None:
    text = template.lstrip("\n")
    for key, value in values.items():
        marker = "@@" + key + "@@"
        assert marker in text, (file_name, key)
        text = text.replace(marker, value)
    assert not _MARKER.search(text), file_name
    CASES.append(LabelledCase("blind-ff/" + category, file_name, text, secret, source))


# =================================================================================================
# Payments: counter POS, online ordering, card terminals
# =================================================================================================

_s = stripe_live()
add("python/stripe-secret-key", "pos-bridge/payments/stripe_gateway.py", r'''
"""Card-on-file charges for pickup tickets (Stripe).

Called by the counter app when a customer with a saved card collects their order.
"""
import logging

import stripe

log = logging.getLogger(__name__)

stripe.api_key = "@@key@@"
stripe.max_network_retries = 2


def charge_ticket(customer_id: str, ticket_no: str, amount_cents: int, store_code: str) -> str:
    intent = stripe.PaymentIntent.create(
        amount=amount_cents,
        currency="usd",
        customer=customer_id,
        off_session=True,
        confirm=True,
        description=f"Ticket {ticket_no}",
        metadata={"ticket": ticket_no, "store": store_code},
    )
    log.info("charged ticket %s -> %s", ticket_no, intent.id)
    return intent.id
''', _s, "https://docs.stripe.com/keys", key=_s)

_s = stripe_restricted()
add("js/stripe-restricted-key", "web/api/routes/invoices.js", r"""
const express = require('express');
const Stripe = require('stripe');

// restricted key: invoices + customers write, nothing else (Mia, 2023-08)
const stripe = Stripe('@@key@@', {
  apiVersion: '2023-10-16',
});

const router = express.Router();

router.post('/commercial/:accountId/invoice', async (req, res) => {
  const { accountId } = req.params;
  const { lines } = req.body; // [{description, quantity, unitAmount}]
  try {
    for (const line of lines) {
      await stripe.invoiceItems.create({
        customer: accountId,
        description: line.description,
        quantity: line.quantity,
        unit_amount: line.unitAmount,
        currency: 'usd',
      });
    }
    const invoice = await stripe.invoices.create({
      customer: accountId,
      collection_method: 'send_invoice',
      days_until_due: 30,
    });
    res.json({ id: invoice.id });
  } catch (err) {
    res.status(502).json({ error: err.message });
  }
});

module.exports = router;
""", _s, "https://docs.stripe.com/keys#limit-access", key=_s)

_s = stripe_whsec()
add("env/stripe-webhook-secret", "deploy/production/.env.production", r"""
# FreshPress online ordering - production
NODE_ENV=production
PORT=8080
PUBLIC_URL=https://order.freshpresscleaners.com
DATABASE_URL=${DATABASE_URL}
STRIPE_PUBLISHABLE_KEY=${STRIPE_PUBLISHABLE_KEY}
STRIPE_WEBHOOK_SECRET=@@key@@
PICKUP_WINDOW_HOURS=48
SMS_PROVIDER=twilio
LOG_LEVEL=info
""", _s, "https://docs.stripe.com/webhooks#verify-events", key=_s)

_s = stripe_live(long=True)
add("ruby/stripe-secret-key", "config/initializers/stripe.rb", r"""
# frozen_string_literal: true

# Stripe for the Rails customer portal (route pickups, wash & fold subscriptions)
Rails.configuration.stripe = {
  publishable_key: ENV.fetch("STRIPE_PUBLISHABLE_KEY", nil),
  secret_key: ENV.fetch("STRIPE_SECRET_KEY", "@@key@@")
}

Stripe.api_key = Rails.configuration.stripe[:secret_key]
Stripe.api_version = "2023-10-16"
Stripe.max_network_retries = 2
""", _s, "https://docs.stripe.com/keys", key=_s)

_s = square_token()
add("yaml/square-access-token", "counter-sync/config/square.yml", r"""
# Square sync for the Elm Street and Hillside counters
square:
  environment: production
  application_id: sq0idp-7Hk2vQx0N4aZr8mPL1cYbw
  access_token: @@key@@
  api_version: "2024-01-18"
  locations:
    elm_street: L8J4Q2M7YP0ZK
    hillside: LQ3TN6D9WS1RB
sync:
  catalog_every_minutes: 30
  push_tickets_as_orders: true
  tender_map:
    CARD: card
    CASH: cash
    HOUSE: other
""", _s, "https://developer.squareup.com/docs/build-basics/access-tokens", key=_s)

_s = square_token()
add("csharp/square-access-token", "src/Counter.Payments/SquarePaymentService.cs", r"""
using System;
using System.Threading.Tasks;
using Square;
using Square.Models;

namespace Counter.Payments
{
    public class SquarePaymentService
    {
        private readonly SquareClient _client;

        public SquarePaymentService()
        {
            _client = new SquareClient.Builder()
                .Environment(Square.Environment.Production)
                .AccessToken("@@key@@")
                .Build();
        }

        public async Task<string> ChargeAsync(string sourceId, long cents, string ticket)
        {
            var money = new Money.Builder().Amount(cents).Currency("USD").Build();
            var body = new CreatePaymentRequest.Builder(sourceId, Guid.NewGuid().ToString())
                .AmountMoney(money)
                .Note("Ticket " + ticket)
                .Build();
            var result = await _client.PaymentsApi.CreatePaymentAsync(body);
            return result.Payment.Id;
        }
    }
}
""", _s, "https://developer.squareup.com/docs/sdks/dotnet/quick-start", key=_s)

_s = square_secret()
add("json/square-oauth-secret", "services/marketplace/appsettings.Production.json", r"""
{
  "Logging": {
    "LogLevel": { "Default": "Information", "Microsoft.AspNetCore": "Warning" }
  },
  "Square": {
    "ApplicationId": "sq0idp-Vq8n3XbR2kLm0TzP4aYc1w",
    "ApplicationSecret": "@@key@@",
    "RedirectUri": "https://partners.laundrylink.io/oauth/square/callback",
    "Scopes": [ "MERCHANT_PROFILE_READ", "PAYMENTS_WRITE", "ORDERS_WRITE", "CUSTOMERS_READ" ]
  },
  "AllowedHosts": "*"
}
""", _s, "https://developer.squareup.com/docs/oauth-api/overview", key=_s)

_s = hexs(32)
_u = chars(8, string.ascii_lowercase + string.digits)
add("java/braintree-private-key", "billing/src/main/java/com/valetclean/billing/BraintreeConfig.java", r"""
package com.valetclean.billing;

import com.braintreegateway.BraintreeGateway;
import com.braintreegateway.Environment;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
public class BraintreeConfig {

    private static final String MERCHANT_ID = "@@merchant@@";
    private static final String PUBLIC_KEY = "k7m2qv9xwz4t3bhd";
    private static final String PRIVATE_KEY = "@@key@@";

    @Bean
    public BraintreeGateway braintreeGateway() {
        return new BraintreeGateway(Environment.PRODUCTION, MERCHANT_ID, PUBLIC_KEY, PRIVATE_KEY);
    }
}
""", _s, "https://developer.paypal.com/braintree/docs/start/hello-server/java", key=_s, merchant=_u)

_s = braintree_token()
add("python/braintree-access-token", "wash-fold/checkout/paypal.py", r"""
import braintree

# PayPal via Braintree (access token from the PayPal business dashboard, live)
gateway = braintree.BraintreeGateway(
    access_token="@@key@@"
)


def client_token(customer_id=None):
    return gateway.client_token.generate({"customer_id": customer_id} if customer_id else {})


def sale(nonce, amount, order_ref):
    result = gateway.transaction.sale({
        "amount": f"{amount:.2f}",
        "payment_method_nonce": nonce,
        "order_id": order_ref,
        "options": {"submit_for_settlement": True},
    })
    if not result.is_success:
        raise RuntimeError(result.message)
    return result.transaction.id
""", _s, "https://developer.paypal.com/braintree/docs/guides/paypal/express-checkout/python", key=_s)

_s = paypal_secret()
add("properties/paypal-client-secret", "route-portal/src/main/resources/application-prod.properties", r"""
server.port=8443
spring.application.name=route-portal
spring.jpa.open-in-view=false
spring.datasource.url=jdbc:postgresql://db.internal:5432/routes
spring.datasource.username=routes_app
spring.datasource.password=${DB_PASSWORD}
paypal.mode=live
paypal.client.id=AeRn3yQ1vX2M8cK0pT5uZbW7sJd4hLfG9oI6aNqE1rVtY3kPw8mC2xBzD5gHjU0s
paypal.client.secret=@@key@@
paypal.return-url=https://pickup.valetclean.com/pay/done
management.endpoints.web.exposure.include=health,info
""", _s, "https://developer.paypal.com/api/rest/authentication/", key=_s)

_login = chars(10)
_s = chars(16)
add("python/authorize-net-transaction-key", "legacy/anet_charge.py", r'''
#!/usr/bin/env python3
"""Nightly house-account charges for hotel laundry clients (Authorize.Net AIM replacement)."""
from authorizenet import apicontractsv1
from authorizenet.apicontrollers import createTransactionController
from authorizenet.constants import constants

API_LOGIN_ID = "@@login@@"
TRANSACTION_KEY = "@@key@@"


def charge_profile(profile_id, payment_profile_id, amount, invoice):
    auth = apicontractsv1.merchantAuthenticationType()
    auth.name = API_LOGIN_ID
    auth.transactionKey = TRANSACTION_KEY

    profile = apicontractsv1.customerProfilePaymentType()
    profile.customerProfileId = profile_id
    profile.paymentProfile = apicontractsv1.paymentProfile()
    profile.paymentProfile.paymentProfileId = payment_profile_id

    txn = apicontractsv1.transactionRequestType()
    txn.transactionType = "authCaptureTransaction"
    txn.amount = amount
    txn.profile = profile
    txn.order = apicontractsv1.orderType()
    txn.order.invoiceNumber = invoice

    req = apicontractsv1.createTransactionRequest()
    req.merchantAuthentication = auth
    req.transactionRequest = txn
    ctl = createTransactionController(req)
    ctl.setenvironment(constants.PRODUCTION)
    ctl.execute()
    return ctl.getresponse()
''', _s, "https://developer.authorize.net/api/reference/index.html#authentication", key=_s, login=_login)

_s = heartland_key()
add("php/heartland-secret-key", "wp-content/plugins/fp-pay/includes/class-fp-heartland.php", r"""
<?php
/**
 * Heartland Portico gateway for the pay-your-invoice page.
 */
use GlobalPayments\Api\ServiceConfigs\Gateways\PorticoConfig;
use GlobalPayments\Api\ServicesContainer;
use GlobalPayments\Api\PaymentMethods\CreditCardData;

if ( ! defined( 'ABSPATH' ) ) {
    exit;
}

class FP_Heartland {
    const SECRET_API_KEY = '@@key@@';

    public static function boot() {
        $config = new PorticoConfig();
        $config->secretApiKey = self::SECRET_API_KEY;
        $config->developerId = '000000';
        $config->versionNumber = '0000';
        $config->serviceUrl = 'https://api2.heartlandportico.com';
        ServicesContainer::configureService( $config );
    }

    public static function charge( $token, $amount, $invoice ) {
        $card = new CreditCardData();
        $card->token = $token;
        return $card->charge( $amount )
            ->withCurrency( 'USD' )
            ->withInvoiceNumber( $invoice )
            ->execute();
    }
}
""", _s, "https://developer.heartlandpaymentsystems.com/documentation/", key=_s)

_s = chars(20)
add("ruby/moneris-api-token", "lib/payments/moneris_client.rb", r"""
require "moneris"

module Payments
  # Moneris eSELECTplus for the Toronto stores (CAD)
  class MonerisClient
    STORE_ID = "monca04417"
    API_TOKEN = "@@key@@"

    def initialize
      @gateway = Moneris::Gateway.new(store_id: STORE_ID, api_token: API_TOKEN, environment: :production)
    end

    def purchase(order_id, amount, data_key)
      @gateway.purchase_with_vault(
        order_id: order_id,
        amount: format("%.2f", amount),
        data_key: data_key,
        crypt_type: 1
      )
    end
  end
end
""", _s, "https://developer.moneris.com/Documentation/NA/E-Commerce%20Solutions/API/Purchase", key=_s)

_s = converge_pin()
add("js/elavon-converge-pin", "kiosk/src/payments/converge.ts", r"""
// After-hours locker kiosk: Elavon Converge hosted payments session token
import axios from 'axios';

const CONVERGE_URL = 'https://api.convergepay.com/hosted-payments/transaction_token';

const credentials = {
  ssl_merchant_id: '0027451',
  ssl_user_id: 'kioskapi',
  ssl_pin: '@@key@@',
};

export async function sessionToken(amount: number, lockerId: string): Promise<string> {
  const form = new URLSearchParams({
    ...credentials,
    ssl_transaction_type: 'ccsale',
    ssl_amount: amount.toFixed(2),
    ssl_description: `Locker ${lockerId}`,
  });
  const res = await axios.post(CONVERGE_URL, form.toString(), {
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
  });
  return res.data as string;
}
""", _s, "https://developer.elavon.com/products/converge/v1/transaction-token", key=_s)

_s = chars(32)
add("csharp/usaepay-source-key", "Tools/RecurringBilling/Program.cs", r"""
// Monthly linen-service billing for restaurant accounts (USAePay SOAP)
using System;
using System.Security.Cryptography;
using System.Text;
using RecurringBilling.UsaEpay;

class Program
{
    const string SourceKey = "@@key@@";
    const string Pin = "4471";

    static ueSecurityToken Token()
    {
        var seed = DateTime.UtcNow.Ticks.ToString();
        var raw = SourceKey + seed + Pin;
        using var sha = SHA1.Create();
        var hash = BitConverter.ToString(sha.ComputeHash(Encoding.ASCII.GetBytes(raw))).Replace("-", "").ToLower();
        return new ueSecurityToken
        {
            SourceKey = SourceKey,
            PinHash = new ueHash { Type = "sha1", Seed = seed, HashValue = hash },
            ClientIP = "10.20.0.15",
        };
    }

    static void Main()
    {
        var client = new usaepayService();
        var batch = client.getBatchStatus(Token(), 0);
        Console.WriteLine($"open batch {batch.BatchRefNum}: {batch.TransactionCount} txns");
    }
}
""", _s, "https://help.usaepay.info/developer/soap-api/", key=_s)

_s = uuid_s()
add("ini/clover-api-token", "counter/clover/clover_sync.ini", r"""
; Clover Flex at the front counter -> ticket system sync
[clover]
environment = production
base_url = https://api.clover.com
merchant_id = 7RX2PBK1A9QZM
api_token = @@key@@
employee_pin_required = yes

[sync]
poll_seconds = 20
tender_note_prefix = TKT
upload_tips = no
""", _s, "https://docs.clover.com/docs/using-api-tokens", key=_s)

_s = rand_pw(32)
add("ini/dejavoo-auth-key", "terminals/store12/spin.ini", r"""
[SPIn]
; Dejavoo Z11 at Store 12 (Sunrise Plaza) via SPIn proxy
RegisterId=47119322
TPN=z11-9403127
AuthKey=@@key@@
ProxyUrl=https://spinpos.net/spin/cgi.html
PrintReceipt=Both
SigCapture=No
TimeoutSeconds=120
""", _s, "https://docs.ipospays.com/spin", key=_s)

_s = chars(16)
add("go/vonage-api-secret", "notify/sms/vonage.go", r"""
package sms

import (
	"fmt"
	"net/http"
	"net/url"
	"strings"
)

const (
	vonageKey    = "4f91c2ab"
	vonageSecret = "@@key@@"
	fromNumber   = "14155550143"
)

// SendReady texts a customer that their order is ready for pickup.
func SendReady(to, name, ticket string) error {
	form := url.Values{}
	form.Set("api_key", vonageKey)
	form.Set("api_secret", vonageSecret)
	form.Set("from", fromNumber)
	form.Set("to", to)
	form.Set("text", fmt.Sprintf("Hi %s, your order %s is ready at Crown Cleaners.", name, ticket))
	resp, err := http.Post("https://rest.nexmo.com/sms/json", "application/x-www-form-urlencoded", strings.NewReader(form.Encode()))
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return fmt.Errorf("vonage: %s", resp.Status)
	}
	return nil
}
""", _s, "https://developer.vonage.com/en/messaging/sms/overview", key=_s)

# =================================================================================================
# Notifications: SMS, e-mail, push, chat alerts
# =================================================================================================

_sid = twilio_sid()
_s = hexs(32)
add("python/twilio-auth-token", "notify/ready_for_pickup.py", r'''
"""Text customers when their order reaches the pickup rail (slot assigned by the conveyor)."""
import os

from twilio.rest import Client

ACCOUNT_SID = "@@sid@@"
AUTH_TOKEN = "@@key@@"
MESSAGING_SERVICE = os.environ.get("TWILIO_MESSAGING_SERVICE", "MG2c4e8a1f07b93d65c2e1f0a9b8d7c6e5")

client = Client(ACCOUNT_SID, AUTH_TOKEN)


def notify(order):
    body = (f"{order['first_name']}, your {order['pieces']} item(s) are ready at "
            f"{order['store_name']}. Slot {order['slot']}. Reply STOP to opt out.")
    msg = client.messages.create(
        messaging_service_sid=MESSAGING_SERVICE,
        to=order["phone"],
        body=body,
    )
    return msg.sid
''', _s, "https://www.twilio.com/docs/iam/credentials/api", key=_s, sid=_sid)

_sid = twilio_sid()
_s = hexs(32)
add("shell-history/twilio-auth-token", "ops/notes/bash_history_pos03.txt", r"""
cd /opt/spotpos/notify
ls -la
tail -n 50 logs/sms.log
curl -s https://api.twilio.com/2010-04-01/Accounts/@@sid@@/Messages.json | head
curl -X POST https://api.twilio.com/2010-04-01/Accounts/@@sid@@/Messages.json \
  --data-urlencode "Body=Test from POS03 - ignore" \
  --data-urlencode "From=+15125550187" \
  --data-urlencode "To=+15125550110" \
  -u @@sid@@:@@key@@
systemctl restart sms-relay
journalctl -u sms-relay -n 30
exit
""", _s, "https://www.twilio.com/docs/messaging/api/message-resource#create-a-message-resource", key=_s, sid=_sid)

_kid = twilio_sid("SK")
_s = chars(32)
add("js/twilio-api-key-secret", "route-app/server/src/sms.js", r"""
import twilio from 'twilio';

// API key (not the account token) for the driver "on my way" texts
const client = twilio(
  '@@kid@@',
  '@@key@@',
  { accountSid: process.env.TWILIO_ACCOUNT_SID }
);

export async function onMyWay(stop) {
  const eta = Math.max(5, Math.round(stop.etaMinutes / 5) * 5);
  return client.messages.create({
    from: process.env.TWILIO_FROM,
    to: stop.customerPhone,
    body: `Your FreshPress driver ${stop.driverFirstName} is about ${eta} min away for your ${stop.kind}.`,
  });
}
""", _s, "https://www.twilio.com/docs/iam/api-keys", key=_s, kid=_kid)

_s = sendgrid_key()
add("js/sendgrid-api-key", "web/functions/receipt-email.js", r"""
const sgMail = require('@sendgrid/mail');

sgMail.setApiKey('@@key@@');

exports.handler = async (event) => {
  const order = JSON.parse(event.body);
  await sgMail.send({
    to: order.email,
    from: { email: 'receipts@sterlingdrycleaning.com', name: 'Sterling Dry Cleaning' },
    templateId: 'd-4b1c9a0e6f2d4e8b9c3a7f1e5d2b8c60',
    dynamicTemplateData: {
      ticket: order.ticket,
      pieces: order.pieces,
      total: order.total,
      promised: order.promisedDate,
    },
  });
  return { statusCode: 202, body: '' };
};
""", _s, "https://docs.sendgrid.com/ui/account-and-settings/api-keys", key=_s)

_s = sendgrid_key()
add("helm/sendgrid-api-key", "charts/customer-portal/values-prod.yaml", r"""
replicaCount: 3
image:
  repository: registry.pristinelaundry.com/customer-portal
  tag: "2.14.1"
ingress:
  enabled: true
  className: nginx
  hosts:
    - host: my.pristinelaundry.com
      paths: [{ path: /, pathType: Prefix }]
env:
  SMTP_HOST: smtp.sendgrid.net
  SMTP_PORT: "587"
  SMTP_USER: apikey
  SMTP_PASSWORD: "@@key@@"
  MAIL_FROM: "Pristine Laundry <hello@pristinelaundry.com>"
resources:
  requests: { cpu: 100m, memory: 256Mi }
  limits: { cpu: 500m, memory: 512Mi }
""", _s, "https://docs.sendgrid.com/for-developers/sending-email/integrating-with-the-smtp-api", key=_s)

_s = mailgun_key()
add("php/mailgun-api-key", "app/Mail/PickupReminder.php", r"""
<?php

namespace App\Mail;

use Mailgun\Mailgun;

class PickupReminder
{
    private $mg;
    private $domain = 'mg.villagecleaners.com';

    public function __construct()
    {
        $this->mg = Mailgun::create('@@key@@');
    }

    public function send(string $email, string $name, array $tickets): void
    {
        $list = implode(', ', $tickets);
        $this->mg->messages()->send($this->domain, [
            'from'    => 'Village Cleaners <noreply@villagecleaners.com>',
            'to'      => $email,
            'subject' => 'Your garments are waiting',
            'text'    => "Hi {$name}, tickets {$list} have been ready for 14 days.",
        ]);
    }
}
""", _s, "https://documentation.mailgun.com/docs/mailgun/api-reference/authentication/", key=_s)

_s = chars(16, string.ascii_lowercase)
add("ini/smtp-app-password", "scanner-pc/ScanToMail/settings.ini", r"""
[General]
Store=Hillside
OutputFolder=D:\Scans\Alterations
DeleteAfterSend=1

[SMTP]
Server=smtp.gmail.com
Port=587
UseTLS=1
User=hillside.alterations@gmail.com
Password=@@key@@
From=hillside.alterations@gmail.com
To=tailor@hillsidecleaners.com
""", _s, "https://support.google.com/accounts/answer/185833", key=_s)

_s = slack_webhook()
add("python/slack-webhook", "plant/conveyor/jam_alert.py", r'''
"""Post to #plant-floor when the assembly conveyor reports a jam or a full slot bank."""
import json
import urllib.request

WEBHOOK = "@@key@@"


def alert(line: str, code: str, slot: int | None = None) -> None:
    text = f":rotating_light: Conveyor {line}: {code}"
    if slot is not None:
        text += f" at slot {slot}"
    req = urllib.request.Request(
        WEBHOOK,
        data=json.dumps({"text": text}).encode(),
        headers={"Content-Type": "application/json"},
    )
    urllib.request.urlopen(req, timeout=5).read()


if __name__ == "__main__":
    alert("B", "E14 CHAIN STALL", 412)
''', _s, "https://api.slack.com/messaging/webhooks", key=_s)

_s = slack_bot()
add("js/slack-bot-token", "bots/shift-bot/index.js", r"""
const { App } = require('@slack/bolt');

const app = new App({
  token: '@@key@@',
  signingSecret: process.env.SLACK_SIGNING_SECRET,
});

// "/backlog" in #counter-leads: pieces not yet assembled per store
app.command('/backlog', async ({ ack, respond }) => {
  await ack();
  const rows = await require('./db').backlogByStore();
  const lines = rows.map((r) => `• ${r.store}: ${r.pieces} pcs (${r.late} late)`);
  await respond({ text: lines.join('\n') || 'All caught up :tada:' });
});

(async () => {
  await app.start(process.env.PORT || 3000);
  console.log('shift-bot running');
})();
""", _s, "https://api.slack.com/authentication/token-types#bot", key=_s)

_s = teams_webhook()
add("github-actions/teams-webhook", ".github/workflows/deploy-pos.yml", r"""
name: deploy-pos-bridge

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
      - run: npm ci && npm run build
      - name: Upload to stores
        run: ./scripts/push-to-stores.sh
        env:
          STORE_SSH_KEY: ${{ secrets.STORE_SSH_KEY }}
      - name: Notify IT channel
        if: always()
        run: |
          curl -H 'Content-Type: application/json' \
            -d "{\"text\":\"pos-bridge ${GITHUB_SHA::7} deploy: ${{ job.status }}\"}" \
            "@@key@@"
""", _s, "https://learn.microsoft.com/en-us/microsoftteams/platform/webhooks-and-connectors/how-to/add-incoming-webhook", key=_s)

_s = discord_webhook()
add("powershell/discord-webhook", "scripts/Watch-BoilerTemp.ps1", r"""
# Polls the boiler controller and pings the maintenance Discord when steam pressure drops
$Webhook = "@@key@@"
$Controller = "http://10.40.1.20/api/status"

while ($true) {
    try {
        $s = Invoke-RestMethod -Uri $Controller -TimeoutSec 5
        if ($s.steam_psi -lt 80) {
            $body = @{ content = "Boiler low steam: $($s.steam_psi) psi at $(Get-Date -Format t)" } | ConvertTo-Json
            Invoke-RestMethod -Uri $Webhook -Method Post -Body $body -ContentType "application/json"
            Start-Sleep -Seconds 600
        }
    } catch {
        Write-Warning "controller unreachable: $_"
    }
    Start-Sleep -Seconds 30
}
""", _s, "https://discord.com/developers/docs/resources/webhook#execute-webhook", key=_s)

_s = fakes.telegram_token(_seed())
add("shell/telegram-bot-token", "driver-tools/notify_dispatch.sh", r"""
#!/usr/bin/env bash
# Drivers run this from the van tablet when a route is done; posts to the dispatch group.
set -euo pipefail

BOT_TOKEN="@@key@@"
CHAT_ID="-1001837264510"

route="${1:?route id}"
stops_done="${2:-?}"
msg="Route ${route} complete: ${stops_done} stops. $(date '+%H:%M')"

curl -sS -X POST "https://api.telegram.org/bot${BOT_TOKEN}/sendMessage" \
  -d chat_id="${CHAT_ID}" \
  --data-urlencode text="${msg}" >/dev/null
echo "sent"
""", _s, "https://core.telegram.org/bots/api#authorizing-your-bot", key=_s)

_s = fcm_server_key()
add("php/fcm-server-key", "api/lib/push.php", r"""
<?php
// Push "order ready" to the customer app (legacy FCM HTTP API)
define('FCM_SERVER_KEY', '@@key@@');

function push_order_ready($deviceToken, $ticket, $store)
{
    $payload = [
        'to' => $deviceToken,
        'notification' => [
            'title' => 'Your order is ready',
            'body'  => "Ticket $ticket is ready at $store",
        ],
        'data' => ['ticket' => $ticket],
    ];
    $ch = curl_init('https://fcm.googleapis.com/fcm/send');
    curl_setopt($ch, CURLOPT_HTTPHEADER, [
        'Authorization: key=' . FCM_SERVER_KEY,
        'Content-Type: application/json',
    ]);
    curl_setopt($ch, CURLOPT_POSTFIELDS, json_encode($payload));
    curl_setopt($ch, CURLOPT_RETURNTRANSFER, true);
    $out = curl_exec($ch);
    curl_close($ch);
    return $out;
}
""", _s, "https://firebase.google.com/docs/cloud-messaging/http-server-ref", key=_s)

_s = b64(uuid_s())
add("ruby/onesignal-rest-key", "app/services/push_notifier.rb", r"""
require "net/http"
require "json"

class PushNotifier
  APP_ID = "5e9a1c42-7b3d-4f60-9a8e-2c1d0b7f6e35"
  REST_API_KEY = "@@key@@"

  def self.route_reminder(player_ids, window)
    uri = URI("https://onesignal.com/api/v1/notifications")
    req = Net::HTTP::Post.new(uri, "Content-Type" => "application/json; charset=utf-8",
                                   "Authorization" => "Basic #{REST_API_KEY}")
    req.body = {
      app_id: APP_ID,
      include_player_ids: player_ids,
      headings: { en: "Pickup tomorrow" },
      contents: { en: "Leave your bag out by 7am. Window: #{window}" }
    }.to_json
    Net::HTTP.start(uri.host, uri.port, use_ssl: true) { |http| http.request(req) }
  end
end
""", _s, "https://documentation.onesignal.com/docs/keys-and-ids", key=_s)

_s = chars(40)
add("python/plivo-auth-token", "notify/plivo_fallback.py", r"""
import plivo

# fallback SMS route when Twilio queue is backed up
PLIVO_AUTH_ID = "MAODE3NZK2MJIWNDZJYT"
PLIVO_AUTH_TOKEN = "@@key@@"

client = plivo.RestClient(PLIVO_AUTH_ID, PLIVO_AUTH_TOKEN)


def send(to, text):
    return client.messages.create(src="+14155550166", dst=to, text=text)
""", _s, "https://www.plivo.com/docs/sms/api/overview/", key=_s)

_s = telnyx_key()
add("env/telnyx-api-key", "sms-gateway/.env", r"""
# sms-gateway (Telnyx) - copied from 1Password by Dev, do not commit   <- too late
TELNYX_API_KEY=@@key@@
TELNYX_MESSAGING_PROFILE_ID=40017a3f-5b2e-4c9d-8e1f-6a7b8c9d0e1f
TELNYX_FROM=+13125550198
REDIS_URL=redis://localhost:6379/2
QUIET_HOURS=21:00-08:00
""", _s, "https://developers.telnyx.com/docs/overview/authentication", key=_s)

_s = words_pw()
add("php/sms-gateway-password", "includes/eztexting.php", r"""
<?php
// EZ Texting: "your order is ready" blasts from the old store site
$ez_user = 'sunrisecleaners';
$ez_pass = '@@key@@';

function ez_send($phones, $message) {
    global $ez_user, $ez_pass;
    $fields = [
        'User'          => $ez_user,
        'Password'      => $ez_pass,
        'PhoneNumbers'  => $phones,
        'Message'       => $message,
        'MessageTypeID' => 1,
    ];
    $ch = curl_init('https://app.eztexting.com/sending/messages?format=json');
    curl_setopt($ch, CURLOPT_POST, 1);
    curl_setopt($ch, CURLOPT_POSTFIELDS, http_build_query($fields));
    curl_setopt($ch, CURLOPT_RETURNTRANSFER, 1);
    $res = curl_exec($ch);
    curl_close($ch);
    return json_decode($res, true);
}
""", _s, "https://www.eztexting.com/developers/sms-api-documentation/rest", key=_s)

_s = uuid_s()
add("csharp/postmark-server-token", "src/Plant.Notifications/Startup.cs", r"""
using Microsoft.Extensions.DependencyInjection;
using PostmarkDotNet;

namespace Plant.Notifications
{
    public static class Startup
    {
        // Postmark server: "commercial-accounts" (delivery manifests to hotels)
        private const string ServerToken = "@@key@@";

        public static IServiceCollection AddMail(this IServiceCollection services)
        {
            services.AddSingleton(new PostmarkClient(ServerToken));
            services.AddSingleton<IManifestMailer, PostmarkManifestMailer>();
            return services;
        }
    }
}
""", _s, "https://postmarkapp.com/developer/api/overview#authentication", key=_s)

# =================================================================================================
# Route delivery: dispatch, maps, driver apps
# =================================================================================================

_s = hexs(32, UPHEX)
add("yaml/route4me-api-key", "dispatch/config/route4me.yaml", r"""
route4me:
  api_key: @@key@@
  base_url: https://api.route4me.com
  optimize: Distance
  algorithm_type: 3          # CVRP_TW_SD
  route_max_duration: 28800
  vehicle_capacity: 60       # bags
depots:
  - name: Plant - Industrial Blvd
    address: "2400 Industrial Blvd, Austin, TX 78745"
    lat: 30.2021
    lng: -97.7712
import:
  source: spot_pos
  pickup_days: [mon, wed, fri]
""", _s, "https://route4me.io/docs/#authentication", key=_s)

_s = hexs(32)
add("python/onfleet-api-key", "dispatch/onfleet_push.py", r'''
"""Push tomorrow's hotel deliveries into Onfleet as tasks."""
import csv
import sys

from onfleet import Onfleet

api = Onfleet(api_key="@@key@@")

HOTEL_NOTES = "Deliver to loading dock; get linen room signature."


def main(path):
    with open(path, newline="") as fh:
        for row in csv.DictReader(fh):
            api.tasks.create(body={
                "destination": {"address": {"unparsed": row["address"]}},
                "recipients": [{"name": row["contact"], "phone": row["phone"]}],
                "notes": f"{row['carts']} carts. {HOTEL_NOTES}",
                "completeAfter": int(row["after_ms"]),
                "completeBefore": int(row["before_ms"]),
            })


if __name__ == "__main__":
    main(sys.argv[1])
''', _s, "https://docs.onfleet.com/reference/authentication", key=_s)

_s = chars(40)
add("ts/optimoroute-api-key", "dispatch-web/src/lib/optimoroute.ts", r"""
const BASE = 'https://api.optimoroute.com/v1';
const KEY = '@@key@@';

export interface Stop {
  orderNo: string;
  address: string;
  duration: number;
  twFrom?: string;
  twTo?: string;
}

export async function createOrders(date: string, stops: Stop[]) {
  const res = await fetch(`${BASE}/create_or_update_orders?key=${KEY}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({
      orders: stops.map((s) => ({
        operation: 'SYNC',
        orderNo: s.orderNo,
        type: 'P',
        date,
        duration: s.duration,
        location: { address: s.address },
        timeWindows: s.twFrom ? [{ twFrom: s.twFrom, twTo: s.twTo }] : [],
      })),
    }),
  });
  if (!res.ok) throw new Error(`optimoroute ${res.status}`);
  return res.json();
}
""", _s, "https://optimoroute.com/api/", key=_s)

_s = google_api_key()
add("python/google-maps-server-key", "dispatch/geocode_backfill.py", r'''
"""One-off: geocode customer addresses that the POS export left without lat/lng."""
import time

import googlemaps
import psycopg2

gmaps = googlemaps.Client(key="@@key@@")

conn = psycopg2.connect("dbname=routes host=localhost")
cur = conn.cursor()
cur.execute("SELECT id, street, city, zip FROM customers WHERE lat IS NULL LIMIT 2000")
for cid, street, city, zip_code in cur.fetchall():
    result = gmaps.geocode(f"{street}, {city} {zip_code}")
    if result:
        loc = result[0]["geometry"]["location"]
        cur.execute("UPDATE customers SET lat=%s, lng=%s WHERE id=%s", (loc["lat"], loc["lng"], cid))
    time.sleep(0.05)
conn.commit()
''', _s, "https://developers.google.com/maps/documentation/geocoding/get-api-key", key=_s)

_s = mapbox_token("sk")
add("netrc/mapbox-download-token", "driver-ios/ci/netrc", r"""
# Mapbox Navigation SDK download access (CI copies this to ~/.netrc)
machine api.mapbox.com
  login mapbox
  password @@key@@

machine github.com
  login valet-ci
  password ${GH_READ_TOKEN}
""", _s, "https://docs.mapbox.com/ios/navigation/guides/get-started/install/#configure-credentials", key=_s)

_s = chars(32)
add("swift/route-api-key", "DriverApp/DriverApp/Services/APIClient.swift", r"""
import Foundation

final class APIClient {
    static let shared = APIClient()

    private let baseURL = URL(string: "https://api.valetclean.com/driver/v2")!
    // driver app key (rotated Jan) - server checks it with the device id
    private let apiKey = "@@key@@"

    func stops(for routeID: String) async throws -> [Stop] {
        var request = URLRequest(url: baseURL.appendingPathComponent("routes/\(routeID)/stops"))
        request.setValue(apiKey, forHTTPHeaderField: "X-Api-Key")
        request.setValue(UIDevice.current.identifierForVendor?.uuidString, forHTTPHeaderField: "X-Device")
        let (data, response) = try await URLSession.shared.data(for: request)
        guard (response as? HTTPURLResponse)?.statusCode == 200 else {
            throw URLError(.badServerResponse)
        }
        return try JSONDecoder().decode([Stop].self, from: data)
    }
}
""", _s, "https://developer.apple.com/documentation/foundation/urlrequest", key=_s)

_s = google_api_key()
add("kotlin/directions-api-key", "driver-android/app/build.gradle.kts", r"""
plugins {
    id("com.android.application")
    id("org.jetbrains.kotlin.android")
}

android {
    namespace = "com.freshpress.driver"
    compileSdk = 34

    defaultConfig {
        applicationId = "com.freshpress.driver"
        minSdk = 26
        targetSdk = 34
        versionCode = 87
        versionName = "3.9.2"
        // server-side Directions key used by the offline re-router (not the SDK map key)
        buildConfigField("String", "DIRECTIONS_KEY", "\"@@key@@\"")
    }

    buildFeatures { buildConfig = true }
}

dependencies {
    implementation("com.google.android.gms:play-services-maps:18.2.0")
    implementation("com.squareup.retrofit2:retrofit:2.9.0")
}
""", _s, "https://developers.google.com/maps/documentation/directions/get-api-key", key=_s)

_s = p8_pem()
add("ruby/apns-auth-key", "config/apns.rb", r"""
# APNs token auth for the customer iOS app ("Your driver is outside")
APNS_KEY_ID = "8QW4K2Z7LM"
APNS_TEAM_ID = "R3N5T7C2XD"
APNS_TOPIC = "com.valetclean.customer"

APNS_P8 = <<~PEM
@@key_indented@@
PEM

APNS_CONNECTION = Apnotic::Connection.new(
  auth_method: :token,
  cert_path: StringIO.new(APNS_P8),
  key_id: APNS_KEY_ID,
  team_id: APNS_TEAM_ID
)
""", _s, "https://developer.apple.com/documentation/usernotifications/establishing-a-token-based-connection-to-apns", key_indented=indent(_s, 2))

_sa_key = pkcs8_pem(26)
_sa_written = _sa_key.replace("\n", "\\n") + "\\n"
add("json/gcp-service-account-key", "dispatch/credentials/route-optimizer-sa.json", r"""
{
  "type": "service_account",
  "project_id": "freshpress-routes",
  "private_key_id": "@@kid@@",
  "private_key": "@@key@@",
  "client_email": "route-optimizer@freshpress-routes.iam.gserviceaccount.com",
  "client_id": "104827361950283746152",
  "auth_uri": "https://accounts.google.com/o/oauth2/auth",
  "token_uri": "https://oauth2.googleapis.com/token",
  "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",
  "client_x509_cert_url": "https://www.googleapis.com/robot/v1/metadata/x509/route-optimizer%40freshpress-routes.iam.gserviceaccount.com",
  "universe_domain": "googleapis.com"
}
""", _sa_written, "https://cloud.google.com/iam/docs/keys-create-delete", key=_sa_written, kid=hexs(40))

# =================================================================================================
# Cloud, CI and developer tokens
# =================================================================================================

_kid, _s = aws_pair()
add("ini/aws-secret-access-key", "infra/bootstrap/aws-credentials", r"""
[default]
region = us-east-2
output = json

[laundry-prod]
aws_access_key_id = @@kid@@
aws_secret_access_key = @@key@@
region = us-east-2

[laundry-dev]
role_arn = arn:aws:iam::418273645091:role/developer
source_profile = laundry-prod
""", _s, "https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-files.html", key=_s, kid=_kid)

_kid, _s = aws_pair()
add("terraform/aws-secret-access-key", "infra/terraform/receipts-bucket/main.tf", r"""
terraform {
  required_providers {
    aws = { source = "hashicorp/aws", version = "~> 5.40" }
  }
}

provider "aws" {
  region     = "us-west-2"
  access_key = "@@kid@@"
  secret_key = "@@key@@"
}

resource "aws_s3_bucket" "receipts" {
  bucket = "sterling-dc-receipts-prod"
}

resource "aws_s3_bucket_lifecycle_configuration" "receipts" {
  bucket = aws_s3_bucket.receipts.id
  rule {
    id     = "expire-old-receipts"
    status = "Enabled"
    expiration { days = 730 }
  }
}
""", _s, "https://registry.terraform.io/providers/hashicorp/aws/latest/docs#provider-configuration", key=_s, kid=_kid)

_s = azure_account_key()
add("csharp/azure-storage-key", "src/GarmentPhotos/PhotoStore.cs", r"""
using Azure.Storage.Blobs;

namespace GarmentPhotos
{
    // Intake photos of stains/damage, kept 180 days for claims
    public class PhotoStore
    {
        private const string Conn =
            "DefaultEndpointsProtocol=https;AccountName=crownintakephotos;AccountKey=@@key@@;EndpointSuffix=core.windows.net";

        private readonly BlobContainerClient _container =
            new BlobServiceClient(Conn).GetBlobContainerClient("intake");

        public async System.Threading.Tasks.Task<string> SaveAsync(string ticket, int piece, System.IO.Stream jpg)
        {
            var blob = _container.GetBlobClient($"{ticket}/{piece:D2}.jpg");
            await blob.UploadAsync(jpg, overwrite: true);
            return blob.Uri.ToString();
        }
    }
}
""", _s, "https://learn.microsoft.com/en-us/azure/storage/common/storage-configure-connection-string", key=_s)

_s = azure_client_secret()
add("powershell/azure-client-secret", "it/Sync-StoreUsers.ps1", r"""
# Syncs counter staff from the HR export into Entra ID groups (runs on IT-UTIL01 nightly)
$TenantId = "3f9a2c1e-8b47-4d05-a6e3-91c2d8f0b7a4"
$ClientId = "c0e4a7d2-51b9-4f3e-8a6c-2d7f9e1b0a35"
$ClientSecret = "@@key@@"

$body = @{
    grant_type    = "client_credentials"
    scope         = "https://graph.microsoft.com/.default"
    client_id     = $ClientId
    client_secret = $ClientSecret
}
$token = (Invoke-RestMethod -Method Post -Uri "https://login.microsoftonline.com/$TenantId/oauth2/v2.0/token" -Body $body).access_token
$headers = @{ Authorization = "Bearer $token" }

Import-Csv "\\fs01\hr\exports\counter_staff.csv" | ForEach-Object {
    $group = "Store-$($_.StoreCode)-Counter"
    Write-Host "ensure $($_.Email) in $group"
    # ... Graph calls elided
}
""", _s, "https://learn.microsoft.com/en-us/entra/identity-platform/v2-oauth2-client-creds-grant-flow", key=_s)

_s = github_pat()
add("github-actions/github-token", ".github/workflows/release-label-printer.yml", r"""
name: release-label-printer-agent
on:
  workflow_dispatch:
  push:
    tags: ['v*']

env:
  GH_TOKEN: @@key@@

jobs:
  build:
    runs-on: windows-latest
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-dotnet@v4
        with:
          dotnet-version: '8.0.x'
      - run: dotnet publish src/LabelAgent -c Release -r win-x64 --self-contained -o out
      - run: Compress-Archive out\* label-agent-${{ github.ref_name }}.zip
      - run: gh release create ${{ github.ref_name }} label-agent-${{ github.ref_name }}.zip --repo crown-cleaners/label-agent
""", _s, "https://docs.github.com/en/authentication/keeping-your-account-and-data-secure/managing-your-personal-access-tokens", key=_s)

_s = github_fine()
add("shell/github-fine-grained-token", "scripts/clone-store-configs.sh", r"""
#!/bin/sh
# pulls per-store POS configs onto a fresh counter PC (run from the imaging USB)
STORE="$1"
[ -z "$STORE" ] && { echo "usage: $0 STORECODE"; exit 1; }

git clone --depth 1 \
  https://svc-imaging:@@key@@@github.com/sunrise-cleaners/store-configs.git \
  /tmp/store-configs

cp /tmp/store-configs/"$STORE"/*.ini /opt/counter/config/
rm -rf /tmp/store-configs
echo "configs for $STORE installed"
""", _s, "https://docs.github.com/en/authentication/keeping-your-account-and-data-secure/managing-your-personal-access-tokens#fine-grained-personal-access-tokens", key=_s)

_s = gitlab_token()
add("gitlab-ci/gitlab-token", ".gitlab-ci.yml", r"""
stages: [test, package, publish]

variables:
  PIP_CACHE_DIR: "$CI_PROJECT_DIR/.cache/pip"

test:
  stage: test
  image: python:3.12
  script:
    - pip install -e .[dev]
    - pytest -q

package:
  stage: package
  image: python:3.12
  script:
    - pip install build
    - python -m build
  artifacts:
    paths: [dist/]

publish:
  stage: publish
  image: python:3.12
  script:
    - pip install twine
    - TWINE_USERNAME=__token__ TWINE_PASSWORD=@@key@@ twine upload --repository-url https://gitlab.pristinelaundry.com/api/v4/projects/42/packages/pypi dist/*
  only: [tags]
""", _s, "https://docs.gitlab.com/ee/user/packages/pypi_repository/", key=_s)

_s = npm_token()
add("npmrc/npm-token", "pos-ui/.npmrc", r"""
registry=https://registry.npmjs.org/
@crowncleaners:registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=@@key@@
save-exact=true
engine-strict=true
""", _s, "https://docs.npmjs.com/using-private-packages-in-a-ci-cd-workflow", key=_s)

_s = fakes.pypi_token(_seed())
add("pypirc/pypi-token", "garment-tags/.pypirc", r"""
[distutils]
index-servers =
    pypi

[pypi]
repository = https://upload.pypi.org/legacy/
username = __token__
password = @@key@@
""", _s, "https://packaging.python.org/en/latest/specifications/pypirc/", key=_s)

_s = do_token()
add("shell/digitalocean-token", "web/deploy/provision-droplet.sh", r"""
#!/usr/bin/env bash
set -e
# One droplet per franchise site (WordPress), created from the golden snapshot
export DIGITALOCEAN_ACCESS_TOKEN=@@key@@

NAME="site-${1:?franchise slug}"
doctl compute droplet create "$NAME" \
  --image 148823917 \
  --size s-1vcpu-2gb \
  --region nyc3 \
  --ssh-keys 41:9e:2a:7c:00:18:b4:6d:5e:9f:a1:33:c2:70:8d:4b \
  --tag-names franchise-web \
  --wait
doctl compute droplet get "$NAME" --format PublicIPv4 --no-header
""", _s, "https://docs.digitalocean.com/reference/doctl/reference/auth/", key=_s)

_s = cloudflare_token()
add("terraform/cloudflare-api-token", "web/infra/dns.tf", r"""
provider "cloudflare" {
  api_token = "@@key@@"
}

variable "zone_id" {
  default = "9c1e7a4b2d8f0e6a3b5c7d9e1f2a4b6c"
}

resource "cloudflare_record" "order" {
  zone_id = var.zone_id
  name    = "order"
  value   = "freshpress-order.netlify.app"
  type    = "CNAME"
  proxied = true
}

resource "cloudflare_record" "mail" {
  zone_id  = var.zone_id
  name     = "@"
  value    = "aspmx.l.google.com"
  type     = "MX"
  priority = 1
}
""", _s, "https://registry.terraform.io/providers/cloudflare/cloudflare/latest/docs", key=_s)

_s = uuid_s()
add("netrc/heroku-api-key", "ops/dotfiles/netrc-build-agent", r"""
machine api.heroku.com
  login deploy@villagecleaners.com
  password @@key@@
machine git.heroku.com
  login deploy@villagecleaners.com
  password @@key@@
""", _s, "https://devcenter.heroku.com/articles/authentication#api-token-storage", key=_s)

_s = hexs(32)
add("yaml/datadog-api-key", "plant/ops/datadog-agent.yaml", r"""
# /etc/datadog-agent/datadog.yaml on PLANT-GW01 (tunnel washer + conveyor PLC gateway)
api_key: @@key@@
site: datadoghq.com
hostname: plant-gw01
tags:
  - site:industrial-blvd
  - role:plc-gateway
logs_enabled: true
process_config:
  process_collection:
    enabled: true
apm_config:
  enabled: false
""", _s, "https://docs.datadoghq.com/agent/configuration/agent-configuration-files/", key=_s)

_s = newrelic_key()
add("shell/newrelic-user-key", "ops/runbooks/nerdgraph_alerts.sh", r"""
#!/bin/bash
# list open incidents for the POS fleet (NerdGraph)
NEW_RELIC_API_KEY=@@key@@

curl -s https://api.newrelic.com/graphql \
  -H 'Content-Type: application/json' \
  -H "API-Key: ${NEW_RELIC_API_KEY}" \
  --data-binary '{"query":"{ actor { account(id: 3318204) { aiIssues { issues { issues { title priority state } } } } } }"}' \
  | jq '.data.actor.account.aiIssues.issues.issues'
""", _s, "https://docs.newrelic.com/docs/apis/intro-apis/new-relic-api-keys/#user-key", key=_s)

_s = hexs(64)
add("properties/sentry-auth-token", "customer-app/sentry.properties", r"""
defaults.url=https://sentry.io/
defaults.org=freshpress
defaults.project=customer-app-rn
auth.token=@@key@@
cli.executable=node_modules/@sentry/cli/bin/sentry-cli
""", _s, "https://docs.sentry.io/platforms/react-native/manual-setup/manual-setup/", key=_s)

_s = openai_key()
add("python/openai-api-key", "sms-assistant/reply_drafter.py", r'''
"""Drafts replies to inbound customer texts ("is my suit ready?") for the counter to approve."""
from openai import OpenAI

client = OpenAI(api_key="@@key@@")

SYSTEM = ("You help a dry cleaner's counter staff answer SMS. Be brief and friendly. "
          "Never promise a time; use the promised date you are given.")


def draft(message: str, ticket_status: dict) -> str:
    resp = client.chat.completions.create(
        model="gpt-4o-mini",
        messages=[
            {"role": "system", "content": SYSTEM},
            {"role": "user", "content": f"Customer: {message}\nStatus: {ticket_status}"},
        ],
        max_tokens=120,
    )
    return resp.choices[0].message.content.strip()
''', _s, "https://platform.openai.com/docs/api-reference/authentication", key=_s)

_s = anthropic_key()
add("ipynb/anthropic-api-key", "analytics/notebooks/stain_notes_classifier.ipynb", r"""
{
 "cells": [
  {
   "cell_type": "markdown",
   "metadata": {},
   "source": ["# Classify spotter notes into stain types\n", "Free-text notes from the spotting board -> category for the claims report."]
  },
  {
   "cell_type": "code",
   "execution_count": 3,
   "metadata": {},
   "outputs": [],
   "source": [
    "import anthropic\n",
    "import pandas as pd\n",
    "\n",
    "client = anthropic.Anthropic(api_key=\"@@key@@\")\n",
    "notes = pd.read_csv('spotter_notes_2024q1.csv')\n",
    "notes.head()"
   ]
  },
  {
   "cell_type": "code",
   "execution_count": 4,
   "metadata": {},
   "outputs": [],
   "source": [
    "def classify(note):\n",
    "    msg = client.messages.create(model='claude-3-haiku-20240307', max_tokens=10,\n",
    "        messages=[{'role': 'user', 'content': f'One word stain type for: {note}'}])\n",
    "    return msg.content[0].text\n"
   ]
  }
 ],
 "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""", _s, "https://docs.anthropic.com/en/api/getting-started", key=_s)

# =================================================================================================
# Databases behind the POS, plant and websites
# =================================================================================================

_s = words_pw("!#$%*@")
add("xml/sqlserver-password", "CounterPOS/App.config", r"""
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <startup>
    <supportedRuntime version="v4.0" sku=".NETFramework,Version=v4.8" />
  </startup>
  <connectionStrings>
    <add name="TicketDb"
         connectionString="Data Source=STORE-SRV\SQLEXPRESS;Initial Catalog=Tickets;User ID=counter;Password=@@key@@;MultipleActiveResultSets=True"
         providerName="System.Data.SqlClient" />
  </connectionStrings>
  <appSettings>
    <add key="StoreCode" value="ELM" />
    <add key="TagPrinter" value="\\STORE-SRV\Zebra_GK420" />
    <add key="ReceiptPrinter" value="EPSON TM-T88VI" />
    <add key="HeatSealTagPrefix" value="E" />
  </appSettings>
</configuration>
""", _s, "https://learn.microsoft.com/en-us/dotnet/api/system.data.sqlclient.sqlconnection.connectionstring", key=_s)

_s = rand_pw(18)
add("json/sqlserver-password", "src/Plant.Api/appsettings.Production.json", r"""
{
  "ConnectionStrings": {
    "Plant": "Server=tcp:plant-sql.database.windows.net,1433;Initial Catalog=plant;Persist Security Info=False;User ID=plantapi;Password=@@key@@;Encrypt=True;TrustServerCertificate=False;Connection Timeout=30;",
    "Redis": "plant-cache.redis.cache.windows.net:6380,ssl=True,abortConnect=False"
  },
  "Conveyor": {
    "Lines": [ "A", "B" ],
    "SlotsPerLine": 800,
    "PlcEndpoint": "opc.tcp://10.40.1.30:4840"
  },
  "Serilog": { "MinimumLevel": "Information" }
}
""", _s, "https://learn.microsoft.com/en-us/azure/azure-sql/database/connect-query-dotnet-core", key=_s)

_s = words_pw("!*")
add("go/postgres-password", "tracker/internal/store/db.go", r"""
package store

import (
	"database/sql"
	"time"

	_ "github.com/lib/pq"
)

// Garment tracker DB: every scan at intake, spotting, pressing, assembly, rail.
const dsn = "postgres://tracker:@@key@@@garment-db.internal:5432/tracker?sslmode=require"

func Open() (*sql.DB, error) {
	db, err := sql.Open("postgres", dsn)
	if err != nil {
		return nil, err
	}
	db.SetMaxOpenConns(20)
	db.SetConnMaxIdleTime(5 * time.Minute)
	return db, db.Ping()
}
""", _s, "https://pkg.go.dev/github.com/lib/pq#hdr-Connection_String_Parameters", key=_s)

_s = company_pw("Crown")
add("python/mysql-password", "reports/weekly_pieces.py", r'''
"""Weekly pieces per department for the owners' Monday email."""
import datetime as dt

import pymysql

conn = pymysql.connect(
    host="10.10.0.5",
    user="reports",
    password="@@key@@",
    database="cleancounter",
    charset="utf8mb4",
)

SQL = """
SELECT department, COUNT(*) AS pieces, SUM(price) AS revenue
FROM ticket_items
WHERE created_at >= %s AND created_at < %s
GROUP BY department ORDER BY revenue DESC
"""

end = dt.date.today()
start = end - dt.timedelta(days=7)
with conn.cursor() as cur:
    cur.execute(SQL, (start, end))
    for dept, pieces, revenue in cur.fetchall():
        print(f"{dept:<14}{pieces:>7}{revenue:>12.2f}")
''', _s, "https://pymysql.readthedocs.io/en/latest/user/examples.html", key=_s)

_s = rand_pw(24)
add("js/mongodb-uri", "route-app/server/src/db.js", r"""
import mongoose from 'mongoose';

const uri =
  process.env.MONGO_URI ||
  'mongodb+srv://routeapp:@@key@@@cluster0.x7kqp.mongodb.net/routes?retryWrites=true&w=majority';

export async function connect() {
  mongoose.set('strictQuery', true);
  await mongoose.connect(uri, { maxPoolSize: 10 });
  console.log('mongo connected');
}
""", _s, "https://www.mongodb.com/docs/manual/reference/connection-string/", key=_s)

_s = fakes.redis_password(_seed())
add("compose/redis-password", "plant/docker-compose.yml", r"""
services:
  scan-api:
    image: ghcr.io/pristine-laundry/scan-api:1.8.3
    ports: ["8080:8080"]
    environment:
      REDIS_URL: redis://:@@key@@@redis:6379/0
      TRACKER_DB: postgres://tracker@db:5432/tracker
    depends_on: [redis, db]

  redis:
    image: redis:7-alpine
    command: ["redis-server", "--requirepass", "@@key@@", "--appendonly", "yes"]
    volumes: [redis-data:/data]

  db:
    image: postgres:16
    environment:
      POSTGRES_HOST_AUTH_METHOD: trust
    volumes: [pg-data:/var/lib/postgresql/data]

volumes:
  redis-data:
  pg-data:
""", _s, "https://redis.io/docs/latest/operate/oss_and_stack/management/security/#authentication", key=_s)

_s = words_pw("!#%*@")
add("compose/postgres-password", "route-app/docker-compose.prod.yml", r"""
version: "3.9"
services:
  api:
    image: valetclean/route-api:latest
    restart: always
    env_file: .env
    depends_on: [postgres]
  postgres:
    image: postgis/postgis:16-3.4
    restart: always
    environment:
      POSTGRES_DB: routes
      POSTGRES_USER: routes
      POSTGRES_PASSWORD: "@@key@@"
    volumes:
      - ./pgdata:/var/lib/postgresql/data
""", _s, "https://hub.docker.com/_/postgres", key=_s)

_s = rand_pw(22)
add("k8s-secret/postgres-password", "k8s/tracker/secret.yaml", r"""
apiVersion: v1
kind: Secret
metadata:
  name: tracker-db
  namespace: tracker
  labels:
    app: garment-tracker
type: Opaque
data:
  username: @@user@@
  password: @@pw@@
  host: @@host@@
""", _s, "https://kubernetes.io/docs/concepts/configuration/secret/", user=b64("tracker"), pw=b64(_s), host=b64("garment-db.tracker.svc"))

_s = stripe_live(long=True)
add("k8s-secret/stripe-secret-key", "deploy/k8s/order-web/stripe-secret.yaml", r"""
apiVersion: v1
kind: Secret
metadata:
  name: stripe
  namespace: order-web
type: Opaque
data:
  STRIPE_SECRET_KEY: @@enc@@
  STRIPE_PUBLISHABLE_KEY: @@pk@@
""", _s, "https://kubernetes.io/docs/concepts/configuration/secret/#working-with-secrets", enc=b64(_s), pk=b64(stripe_pk()))

_s = words_pw()
add("k8s/configmap-password", "k8s/plant/conveyor-bridge-config.yaml", r"""
apiVersion: v1
kind: ConfigMap
metadata:
  name: conveyor-bridge
  namespace: plant
data:
  bridge.toml: |
    [opcua]
    endpoint = "opc.tcp://10.40.1.30:4840"
    security_policy = "Basic256Sha256"
    username = "bridge"
    password = "@@key@@"

    [tracker]
    url = "http://scan-api.plant.svc:8080"
    batch = 50
""", _s, "https://kubernetes.io/docs/concepts/configuration/configmap/", key=_s)

_s = fakes.redis_password(_seed())
add("helm/redis-password", "charts/plant-stack/values.yaml", r"""
global:
  storageClass: local-path

redis:
  architecture: standalone
  auth:
    enabled: true
    password: "@@key@@"
  master:
    persistence:
      size: 2Gi

postgresql:
  auth:
    existingSecret: plant-postgres
  primary:
    persistence:
      size: 20Gi

scanApi:
  replicas: 2
  image: ghcr.io/pristine-laundry/scan-api:1.8.3
""", _s, "https://artifacthub.io/packages/helm/bitnami/redis", key=_s)

_s = words_pw("!%*@")
add("dockerfile/db-password", "legacy/pos-sync/Dockerfile", r"""
FROM python:3.9-slim

RUN apt-get update && apt-get install -y --no-install-recommends unixodbc-dev gcc \
    && rm -rf /var/lib/apt/lists/*

WORKDIR /app
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt
COPY . .

ENV POS_DB_HOST=10.20.0.4 \
    POS_DB_USER=possync \
    POS_DB_PASSWORD=@@key@@ \
    SYNC_INTERVAL=300

CMD ["python", "sync.py"]
""", _s, "https://docs.docker.com/reference/dockerfile/#env", key=_s)

_s = rand_pw(16, "!#%")
add("properties/jdbc-password", "assembly-service/src/main/resources/application.properties", r"""
spring.application.name=assembly-service
server.port=8081
spring.datasource.url=jdbc:sqlserver://plant-sql01:1433;databaseName=Assembly;encrypt=true;trustServerCertificate=true
spring.datasource.username=assembly_svc
spring.datasource.password=@@key@@
spring.jpa.hibernate.ddl-auto=validate
assembly.rail.slots=800
assembly.rail.bag-threshold=12
assembly.scanner.port=COM4
logging.level.com.pristine.assembly=INFO
""", _s, "https://docs.spring.io/spring-boot/appendix/application-properties/index.html#appendix.application-properties.data", key=_s)

_s = words_pw()
add("yaml/spring-datasource-password", "route-portal/src/main/resources/application.yml", r"""
spring:
  datasource:
    url: jdbc:postgresql://routes-db.c8x1k2.us-east-1.rds.amazonaws.com:5432/routes
    username: portal
    password: @@key@@
    hikari:
      maximum-pool-size: 10
  jpa:
    open-in-view: false
route:
  default-window-minutes: 120
  max-stops-per-van: 45
""", _s, "https://docs.spring.io/spring-boot/reference/data/sql.html", key=_s)

_s = rand_pw(14)
add("odbc/odbc-ini-password", "counter-pc/etc/odbc.ini", r"""
[ODBC Data Sources]
TicketsDSN = ODBC Driver 18 for SQL Server

[TicketsDSN]
Driver      = ODBC Driver 18 for SQL Server
Server      = tcp:10.20.0.4,1433
Database    = Tickets
UID         = reportuser
PWD         = @@key@@
Encrypt     = yes
TrustServerCertificate = yes
""", _s, "https://learn.microsoft.com/en-us/sql/connect/odbc/linux-mac/connection-string-keywords-and-data-source-names-dsns", key=_s)

_s = words_pw()
add("pgpass/postgres-password", "ops/backup/.pgpass", r"""
# ~/.pgpass for the backup user on plant-util (mode 0600)
# used by /usr/local/bin/backup-tracker.sh (pg_dump -Fc nightly)
# hostname:port:database:username:password
garment-db.internal:5432:tracker:backup:@@key@@
garment-db.internal:5432:routes:backup:@@key@@
localhost:5432:*:postgres:*
""", _s, "https://www.postgresql.org/docs/current/libpq-pgpass.html", key=_s)

_s = company_pw("Sterling")
add("sql/create-login-password", "db/migrations/2024_03_05_reporting_login.sql", r"""
-- Read-only login for the Power BI gateway (owners' dashboards)
USE [master];
GO
CREATE LOGIN [powerbi_ro] WITH PASSWORD = N'@@key@@', CHECK_POLICY = ON, DEFAULT_DATABASE = [Tickets];
GO
USE [Tickets];
GO
CREATE USER [powerbi_ro] FOR LOGIN [powerbi_ro];
ALTER ROLE [db_datareader] ADD MEMBER [powerbi_ro];
DENY SELECT ON SCHEMA::[card] TO [powerbi_ro];
GO
""", _s, "https://learn.microsoft.com/en-us/sql/t-sql/statements/create-login-transact-sql", key=_s)

_s = rand_pw(16)
add("sql/alter-user-password", "db/postgres/roles.sql", r"""
-- roles for the route delivery database
CREATE ROLE routes_ro NOLOGIN;
GRANT USAGE ON SCHEMA public TO routes_ro;
GRANT SELECT ON ALL TABLES IN SCHEMA public TO routes_ro;

CREATE ROLE driver_app LOGIN;
ALTER ROLE driver_app WITH PASSWORD '@@key@@';
GRANT routes_ro TO driver_app;
GRANT INSERT, UPDATE ON stop_events, proof_of_delivery TO driver_app;
""", _s, "https://www.postgresql.org/docs/current/sql-alterrole.html", key=_s)

_s = words_pw()
add("r/postgres-password", "analytics/R/route_density.R", r"""
library(DBI)
library(RPostgres)
library(dplyr)

con <- dbConnect(
  Postgres(),
  host = "routes-db.c8x1k2.us-east-1.rds.amazonaws.com",
  dbname = "routes",
  user = "analyst",
  password = "@@key@@",
  port = 5432
)

stops <- tbl(con, "stops") %>%
  filter(service_date >= "2024-01-01") %>%
  count(zip, route_id) %>%
  collect()

write.csv(stops, "out/stops_by_zip.csv", row.names = FALSE)
dbDisconnect(con)
""", _s, "https://rpostgres.r-dbi.org/reference/postgres", key=_s)

_s = rand_pw(20)
add("ipynb/postgres-password", "analytics/notebooks/turnaround_times.ipynb", r"""
{
 "cells": [
  {
   "cell_type": "code",
   "execution_count": 1,
   "metadata": {},
   "outputs": [],
   "source": [
    "import pandas as pd\n",
    "from sqlalchemy import create_engine\n",
    "eng = create_engine('postgresql+psycopg2://analyst:@@key@@@garment-db.internal/tracker')\n"
   ]
  },
  {
   "cell_type": "code",
   "execution_count": 2,
   "metadata": {},
   "outputs": [],
   "source": [
    "scans = pd.read_sql(\"select ticket, station, scanned_at from scans where scanned_at > now() - interval '30 days'\", eng)\n",
    "tat = scans.groupby('ticket').scanned_at.agg(['min', 'max'])\n",
    "(tat['max'] - tat['min']).describe()"
   ]
  }
 ],
 "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""", _s, "https://docs.sqlalchemy.org/en/20/core/engines.html#database-urls", key=_s)

_s = words_pw()
add("vba/access-connection-password", "legacy/RouteBilling/modDb.bas", r"""
Attribute VB_Name = "modDb"
Option Compare Database
Option Explicit

' Route billing front end (Access) -> SQL Server on the plant box
Public Function OpenPlantDb() As ADODB.Connection
    Dim cn As New ADODB.Connection
    cn.ConnectionString = "Provider=MSOLEDBSQL;Data Source=PLANT-SQL01;" & _
        "Initial Catalog=RouteBilling;User ID=billing;Password=@@key@@;"
    cn.Open
    Set OpenPlantDb = cn
End Function

Public Sub PostRouteCharges(ByVal routeDate As Date)
    Dim cn As ADODB.Connection
    Set cn = OpenPlantDb()
    cn.Execute "EXEC dbo.PostRouteCharges @d='" & Format(routeDate, "yyyy-mm-dd") & "'"
    cn.Close
End Sub
""", _s, "https://learn.microsoft.com/en-us/sql/connect/oledb/applications/using-connection-string-keywords-with-oledb-driver-for-sql-server", key=_s)

_s = words_pw()
add("ini/firebird-password", "pos/CleanDesk/CleanDesk.ini", r"""
[Database]
Server=STORE-SRV
Path=C:\CleanDesk\Data\CLEANDESK.FDB
User=SYSDBA
Password=@@key@@
Charset=WIN1252

[Printing]
TagPrinter=Zebra GK420t
Receipt=EPSON TM-T20III
InvoiceCopies=2

[Store]
Number=3
Name=Bluebell Cleaners - Oak Lawn
""", _s, "https://firebirdsql.org/file/documentation/html/en/firebirddocs/isql/firebird-isql.html", key=_s)

_s = words_pw()
add("perl/sftp-password", "legacy/bin/upload_hospital_manifest.pl", r"""
#!/usr/bin/perl
# Daily linen manifest to St. Luke's (their SFTP drop), run from cron on plant-util
use strict;
use warnings;
use Net::SFTP::Foreign;
use POSIX qw(strftime);

my $date = strftime("%Y%m%d", localtime);
my $file = "/var/spool/manifests/stlukes_$date.csv";
die "no manifest $file\n" unless -e $file;

my $sftp = Net::SFTP::Foreign->new(
    host     => 'sftp.stlukeshealth.org',
    user     => 'pristine_linen',
    password => '@@key@@',
    more     => [ -o => 'StrictHostKeyChecking=no' ],
);
$sftp->die_on_error("connect failed");
$sftp->put($file, "/inbound/linen/stlukes_$date.csv") or die $sftp->error;
print "uploaded $file\n";
""", _s, "https://metacpan.org/pod/Net::SFTP::Foreign", key=_s)

_s = rand_pw(15)
add("python/sftp-password", "integrations/hotel_par_upload.py", r'''
"""Send nightly par-level counts to the Marriott linen portal (SFTP)."""
import datetime
import pathlib

import paramiko

HOST = "files.linenportal.example-hotels.com"
USER = "pristinelaundry"
PASSWORD = "@@key@@"


def upload(local: pathlib.Path) -> None:
    transport = paramiko.Transport((HOST, 22))
    transport.connect(username=USER, password=PASSWORD)
    sftp = paramiko.SFTPClient.from_transport(transport)
    try:
        sftp.put(str(local), f"/upload/par_{datetime.date.today():%Y%m%d}.csv")
    finally:
        sftp.close()
        transport.close()


if __name__ == "__main__":
    upload(pathlib.Path("/data/exports/par_levels.csv"))
''', _s, "https://docs.paramiko.org/en/stable/api/sftp.html", key=_s)

_s = words_pw("!*")
add("crontab/ftp-password", "ops/cron/plant-util.crontab", r"""
# m h dom mon dow command
MAILTO=it@pristinelaundry.com
15 2 * * * /usr/local/bin/backup-tracker.sh >> /var/log/backup.log 2>&1
40 5 * * * curl -s -T /data/exports/route_sheet.csv ftp://routes:@@key@@@ftp.pristinelaundry.com/incoming/ >/dev/null
0 6 * * 1 /usr/local/bin/weekly-report.sh
*/10 * * * * /usr/local/bin/check-boiler.sh
""", _s, "https://curl.se/docs/manpage.html#-T", key=_s)

_s = words_pw()
add("shell-history/mysql-password", "ops/notes/history-store-srv.txt", r"""
  501  sudo systemctl status mysql
  502  df -h
  503  mysqldump -u root -p'@@key@@' cleancounter > /mnt/usb/cleancounter_$(date +%F).sql
  504  ls -lh /mnt/usb
  505  sudo umount /mnt/usb
  506  history | tail
""", _s, "https://dev.mysql.com/doc/refman/8.0/en/mysqldump.html", key=_s)

_s = rand_pw(20)
add("log/connection-string-in-log", "support/tickets/4471/pos-error.log", r"""
2024-04-11 07:58:02.114 INFO  CounterPOS 5.2.1 starting on COUNTER-02
2024-04-11 07:58:02.530 INFO  Loading store config ELM
2024-04-11 07:58:03.902 ERROR TicketRepository: cannot open database
System.Data.SqlClient.SqlException (0x80131904): A network-related or instance-specific error occurred while establishing a connection to SQL Server.
   at System.Data.SqlClient.SqlInternalConnectionTds..ctor(...)
   at CounterPOS.Data.TicketRepository.Open() in C:\build\CounterPOS\Data\TicketRepository.cs:line 41
ConnectionString: Data Source=STORE-SRV\SQLEXPRESS;Initial Catalog=Tickets;User ID=sa;Password=@@key@@;Connect Timeout=15
2024-04-11 07:58:03.905 WARN  Falling back to offline ticket queue
2024-04-11 07:58:33.910 INFO  Retry 1/5
""", _s, "https://learn.microsoft.com/en-us/dotnet/api/system.data.sqlclient.sqlexception", key=_s)

_s = rand_pw(24)
add("python/rabbitmq-uri", "plant/events/publisher.py", r'''
"""Publishes garment scan events (station, ticket, tag) to the plant bus."""
import json

import pika

AMQP_URL = "amqp://scanner:@@key@@@rabbit.plant.local:5672/plant"

_params = pika.URLParameters(AMQP_URL)
_conn = pika.BlockingConnection(_params)
_chan = _conn.channel()
_chan.exchange_declare(exchange="scans", exchange_type="topic", durable=True)


def publish(station: str, ticket: str, tag: str) -> None:
    _chan.basic_publish(
        exchange="scans",
        routing_key=f"station.{station}",
        body=json.dumps({"ticket": ticket, "tag": tag}),
    )
''', _s, "https://www.rabbitmq.com/docs/uri-spec", key=_s)

# =================================================================================================
# Plant floor: conveyors, RFID, sorting, boilers, MQTT
# =================================================================================================

_s = rand_pw(16)
add("json/node-red-mqtt-password", "plant/node-red/flows_cred_plain.json", r"""
{
  "b3f1c0a2.7e45d8": {
    "user": "nodered",
    "password": "@@key@@"
  },
  "9a0d4e17.c2b6f3": {
    "user": "historian",
    "password": "@@key@@"
  }
}
""", _s, "https://nodered.org/docs/user-guide/runtime/securing-node-red#credential-encryption", key=_s)

_s = words_pw()
add("conf/mosquitto-bridge-password", "plant/mosquitto/conf.d/bridge-cloud.conf", r"""
# Bridge tunnel-washer and dryer telemetry to the cloud broker
connection plant-to-cloud
address mqtt.pristinelaundry.com:8883
bridge_protocol_version mqttv311
remote_clientid plant-industrial-blvd
remote_username plant01
remote_password @@key@@
bridge_cafile /etc/mosquitto/certs/isrgrootx1.pem
topic telemetry/# out 1 plant/ cloud/plant01/
topic commands/# in 1 plant/ cloud/plant01/
cleansession false
notifications true
""", _s, "https://mosquitto.org/man/mosquitto-conf-5.html", key=_s)

_s = words_pw()
add("python/rfid-reader-password", "plant/rfid/reader_setup.py", r'''
"""Push the antenna and filter profile to the soil-sort tunnel readers (Impinj R700, SSH RShell)."""
import paramiko

READERS = ["10.40.2.11", "10.40.2.12", "10.40.2.13"]
USER = "root"
PASSWORD = "@@key@@"

COMMANDS = [
    "config image metafile",
    "config network ntp add 10.40.0.1",
    "config rfid llrp inbound tcp security disable",
]


def push(host: str) -> None:
    ssh = paramiko.SSHClient()
    ssh.set_missing_host_key_policy(paramiko.AutoAddPolicy())
    ssh.connect(host, username=USER, password=PASSWORD, timeout=10)
    for cmd in COMMANDS:
        _, out, _ = ssh.exec_command(cmd)
        print(host, cmd, out.read().decode().strip())
    ssh.close()


for reader in READERS:
    push(reader)
''', _s, "https://support.impinj.com/hc/en-us/articles/202756158-Speedway-RShell-Reference-Manual", key=_s)

_s = rand_pw(12)
add("yaml/opcua-password", "plant/edge/gateway.yaml", r"""
# Edge gateway: reads conveyor PLC tags (slot occupancy, chain speed, jam codes) over OPC UA
opcua:
  endpoint: opc.tcp://10.40.1.30:4840
  security_mode: SignAndEncrypt
  security_policy: Basic256Sha256
  auth:
    type: username
    username: edge-gw
    password: @@key@@
  subscriptions:
    - node: ns=3;s="Conveyor_A"."SlotOccupied"
      interval_ms: 500
    - node: ns=3;s="Conveyor_A"."ChainSpeed"
      interval_ms: 1000
    - node: ns=3;s="Conveyor_A"."FaultCode"
      interval_ms: 250
publish:
  mqtt: tcp://localhost:1883
  topic_prefix: plant/conveyor/a
""", _s, "https://reference.opcfoundation.org/Core/Part4/v105/docs/7.41", key=_s)

_s = words_pw()
add("markdown/hmi-vnc-password", "docs/plant/conveyor-hmi.md", r"""
# Conveyor HMI (Line A / Line B)

The assembly conveyors are driven by the PLC in cabinet C3. Each line has a 10" touch HMI
next to the bagger. We can reach the HMIs from the office for remote troubleshooting.

## Remote view

| Panel  | IP          | Port | VNC password |
|--------|-------------|------|--------------|
| Line A | 10.40.1.41  | 5900 | @@key@@ |
| Line B | 10.40.1.42  | 5900 | same as A |

Use **view-only** unless the shift lead asks you to clear a fault.

## Common faults

- **E14 CHAIN STALL**: check the slot at the loader for a double hanger.
- **E22 BAG FILM OUT**: reload film, press reset twice.
- **E31 SCANNER OFFLINE**: power-cycle the Datalogic reader (breaker 7).
""", _s, "https://www.realvnc.com/en/connect/docs/server-parameter-ref.html", key=_s)

_s = rand_pw(10)
add("markdown/remote-support-password", "it/runbooks/store-pc-remote-support.md", r"""
# Remote support for counter PCs

All counter PCs run AnyDesk in unattended mode so the POS vendor and our IT can connect
after hours.

1. Ask the store for the AnyDesk ID on the desktop wallpaper (bottom left).
2. Connect from the IT laptop, choose **Unattended access**.
3. Unattended password (all stores): `@@key@@`
4. Close the session when done; the store sees a red banner while we're connected.

If the vendor needs access, give them the ID only. They have their own password.
""", _s, "https://support.anydesk.com/knowledge/unattended-access", key=_s)

_s = passphrase()
add("conf/wpa-supplicant-psk", "plant/images/handheld/wpa_supplicant.conf", r"""
ctrl_interface=DIR=/var/run/wpa_supplicant GROUP=netdev
update_config=1
country=US

# plant floor SSID for the garment-scan handhelds and the sorting tablets
network={
    ssid="PLANT-SCAN"
    psk="@@key@@"
    key_mgmt=WPA-PSK
    priority=10
}

network={
    ssid="PLANT-GUEST"
    key_mgmt=NONE
    priority=1
}
""", _s, "https://w1.fi/cgit/hostap/plain/wpa_supplicant/wpa_supplicant.conf", key=_s)

_s = company_pw("Hillside", "!@")
add("routeros/wifi-psk", "network/stores/hillside-rb4011.rsc", r"""
# apr/02/2024 09:14:55 by RouterOS 7.14
# model = RB4011iGS+5HacQ2HnD
/interface bridge
add name=bridge-store
/interface wireless security-profiles
set [ find default=yes ] supplicant-identity=MikroTik
add authentication-types=wpa2-psk mode=dynamic-keys name=staff supplicant-identity="" wpa2-pre-shared-key=@@key@@
/interface wireless
set [ find default-name=wlan1 ] band=5ghz-a/n/ac disabled=no mode=ap-bridge security-profile=staff ssid=Hillside-Staff
/ip address
add address=192.168.50.1/24 interface=bridge-store network=192.168.50.0
/ip dhcp-server network
add address=192.168.50.0/24 dns-server=192.168.50.1 gateway=192.168.50.1
/system identity
set name=hillside-gw
""", _s, "https://help.mikrotik.com/docs/display/ROS/Wireless+Interface", key=_s)

_s = company_pw("Sunrise", "!")
add("cisco/snmp-community", "network/plant/core-sw01.cfg", r"""
!
hostname plant-core-sw01
!
enable secret 9 $9$Fq1xk0Z7m4e2dU$Wc3uVhXoZ1Nk0bQa9y8rLp6TsGmJe2fD4iHnR5o7tEw
!
username netadmin privilege 15 secret 9 $9$7wLp2Qz0a9sX1k$3rTnVbYq8ZkL0mP2xC5uW7eH1jF4dS6gA9oI0pN3yRs
!
vlan 40
 name PLANT-PLC
vlan 41
 name PLANT-SCAN
!
interface Vlan40
 ip address 10.40.1.1 255.255.255.0
!
snmp-server community @@key@@ RW 99
snmp-server location Industrial Blvd plant, rack B2
snmp-server contact it@sunrisecleaners.com
access-list 99 permit 10.10.0.0 0.0.0.255
!
line vty 0 4
 transport input ssh
 login local
!
end
""", _s, "https://www.cisco.com/c/en/us/td/docs/ios-xml/ios/snmp/configuration/xe-16/snmp-xe-16-book/nm-snmp-cfg-snmp-support.html", key=_s)

_s = words_pw("!#$%*@")
add("xml/unattend-autologon-password", "it/imaging/counter-pc/unattend.xml", r"""
<?xml version="1.0" encoding="utf-8"?>
<unattend xmlns="urn:schemas-microsoft-com:unattend">
  <settings pass="oobeSystem">
    <component name="Microsoft-Windows-Shell-Setup" processorArchitecture="amd64" publicKeyToken="31bf3856ad364e35" language="neutral" versionScope="nonSxS" xmlns:wcm="http://schemas.microsoft.com/WMIConfig/2002/State">
      <AutoLogon>
        <Enabled>true</Enabled>
        <Username>counter</Username>
        <Password>
          <Value>@@key@@</Value>
          <PlainText>true</PlainText>
        </Password>
        <LogonCount>9999</LogonCount>
      </AutoLogon>
      <TimeZone>Central Standard Time</TimeZone>
      <OOBE>
        <HideEULAPage>true</HideEULAPage>
        <SkipMachineOOBE>true</SkipMachineOOBE>
      </OOBE>
    </component>
  </settings>
</unattend>
""", _s, "https://learn.microsoft.com/en-us/windows-hardware/customize/desktop/unattend/microsoft-windows-shell-setup-autologon-password", key=_s)

_s = words_pw("!#%*@&")
add("powershell/securestring-password", "it/Map-StoreDrives.ps1", r"""
# Map the scans and exports shares on a counter PC (run at logon via GPO)
$user = "PRISTINE\svc-counter"
$pass = ConvertTo-SecureString "@@key@@" -AsPlainText -Force
$cred = New-Object System.Management.Automation.PSCredential($user, $pass)

New-PSDrive -Name S -PSProvider FileSystem -Root "\\fs01\scans" -Credential $cred -Persist
New-PSDrive -Name X -PSProvider FileSystem -Root "\\fs01\exports" -Credential $cred -Persist

Write-Host "Drives mapped for $env:COMPUTERNAME"
""", _s, "https://learn.microsoft.com/en-us/powershell/module/microsoft.powershell.security/convertto-securestring", key=_s)

_s = company_pw("Village", "#$@")
add("batch/net-use-password", "it/logon/map_tag_printer.bat", r"""
@echo off
rem Map the heat-seal tag printer share and the backup drive on the store server
net use T: /delete /y >nul 2>&1
net use T: \\STORE-SRV\Tags @@key@@ /user:STORE-SRV\tagprint /persistent:yes
net use B: \\STORE-SRV\Backup @@key@@ /user:STORE-SRV\tagprint /persistent:yes
if errorlevel 1 echo Mapping failed & pause
exit /b 0
""", _s, "https://learn.microsoft.com/en-us/previous-versions/windows/it-pro/windows-server-2012-r2-and-2012/gg651155(v=ws.11)", key=_s)

_s = openssh_pem()
add("yaml/ansible-ssh-private-key", "ansible/group_vars/store_servers.yml", r"""
---
ansible_user: deploy
ansible_become: true
pos_version: "5.2.1"
backup_target: "sftp://backup.pristinelaundry.com/stores"

deploy_private_key: |
@@key_indented@@

store_timezone: America/Chicago
ntp_servers:
  - 0.us.pool.ntp.org
  - 1.us.pool.ntp.org
""", _s, "https://docs.ansible.com/ansible/latest/inventory_guide/intro_inventory.html#connecting-to-hosts-behavioral-inventory-parameters", key_indented=indent(_s, 2))

_s = rsa_pem(25)
add("pem/rsa-private-key", "plant/label-agent/certs/agent-client.key", r"""
@@key@@
""", _s, "https://www.rfc-editor.org/rfc/rfc7468#section-10", key=_s)

_s = ec_pem()
add("go/ec-private-key", "tracker/cmd/tagsign/main.go", r"""
package main

// tagsign signs the QR payload printed on each garment ticket so the
// customer app can tell our tickets from a photocopy.

import (
	"crypto/ecdsa"
	"crypto/rand"
	"crypto/sha256"
	"crypto/x509"
	"encoding/base64"
	"encoding/pem"
	"fmt"
	"os"
)

const signingKey = `@@key@@`

func main() {
	block, _ := pem.Decode([]byte(signingKey))
	key, err := x509.ParseECPrivateKey(block.Bytes)
	if err != nil {
		panic(err)
	}
	digest := sha256.Sum256([]byte(os.Args[1]))
	sig, _ := ecdsa.SignASN1(rand.Reader, key, digest[:])
	fmt.Println(base64.RawURLEncoding.EncodeToString(sig))
}
""", _s, "https://pkg.go.dev/crypto/x509#ParseECPrivateKey", key=_s)

# =================================================================================================
# Websites and customer portals
# =================================================================================================

_s = words_pw()
add("php/wordpress-db-password", "site/wp-config.php", r"""
<?php
/** Sterling Dry Cleaning - marketing site */
define( 'DB_NAME', 'sterling_wp' );
define( 'DB_USER', 'sterling_wp' );
define( 'DB_PASSWORD', '@@key@@' );
define( 'DB_HOST', 'localhost' );
define( 'DB_CHARSET', 'utf8mb4' );
define( 'DB_COLLATE', '' );

define( 'AUTH_KEY',         getenv( 'WP_AUTH_KEY' ) );
define( 'SECURE_AUTH_KEY',  getenv( 'WP_SECURE_AUTH_KEY' ) );
define( 'LOGGED_IN_KEY',    getenv( 'WP_LOGGED_IN_KEY' ) );
define( 'NONCE_KEY',        getenv( 'WP_NONCE_KEY' ) );

$table_prefix = 'wp_';
define( 'WP_DEBUG', false );

if ( ! defined( 'ABSPATH' ) ) {
	define( 'ABSPATH', __DIR__ . '/' );
}
require_once ABSPATH . 'wp-settings.php';
""", _s, "https://developer.wordpress.org/advanced-administration/wordpress/wp-config/", key=_s)

_s = wp_salt()
add("php/wordpress-auth-salt", "franchise-site/wp-config.php", r"""
<?php
define( 'DB_NAME', getenv( 'WORDPRESS_DB_NAME' ) );
define( 'DB_USER', getenv( 'WORDPRESS_DB_USER' ) );
define( 'DB_PASSWORD', getenv( 'WORDPRESS_DB_PASSWORD' ) );
define( 'DB_HOST', getenv( 'WORDPRESS_DB_HOST' ) );

/* generated at https://api.wordpress.org/secret-key/1.1/salt/ */
define( 'AUTH_KEY', '@@key@@' );

$table_prefix = 'fr_';
define( 'WP_DEBUG', false );
define( 'DISALLOW_FILE_EDIT', true );

if ( ! defined( 'ABSPATH' ) ) {
	define( 'ABSPATH', __DIR__ . '/' );
}
require_once ABSPATH . 'wp-settings.php';
""", _s, "https://developer.wordpress.org/advanced-administration/wordpress/wp-config/#security-keys", key=_s)

_s = django_key()
add("python/django-secret-key", "portal/portal/settings/production.py", r'''
"""Production settings for the commercial-accounts portal (hotels, gyms, restaurants)."""
from .base import *  # noqa

DEBUG = False
SECRET_KEY = "@@key@@"
ALLOWED_HOSTS = ["accounts.pristinelaundry.com"]

DATABASES["default"]["HOST"] = "portal-db.internal"
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
SECURE_HSTS_SECONDS = 31536000
''', _s, "https://docs.djangoproject.com/en/5.0/ref/settings/#secret-key", key=_s)

_s = hexs(128)
add("yaml/rails-secret-key-base", "config/secrets.yml", r"""
# Be sure to restart your server when you modify this file.
development:
  secret_key_base: 3b7cd727ee24e8444053437c36cc66c3
test:
  secret_key_base: 5a37811464e7d378488b0f073e2193b0
production:
  secret_key_base: @@key@@
  stripe_publishable_key: <%= ENV["STRIPE_PUBLISHABLE_KEY"] %>
""", _s, "https://guides.rubyonrails.org/v5.1/security.html#custom-secrets", key=_s)

_s = "base64:" + base64.b64encode(random.Random(_seed()).randbytes(32)).decode()
add("env/laravel-app-key", "pickup-portal/.env", r"""
APP_NAME="Village Cleaners Pickup"
APP_ENV=production
APP_KEY=@@key@@
APP_DEBUG=false
APP_URL=https://pickup.villagecleaners.com

LOG_CHANNEL=stack
DB_CONNECTION=mysql
DB_HOST=127.0.0.1
DB_PORT=3306
DB_DATABASE=pickup
DB_USERNAME=pickup
DB_PASSWORD=

QUEUE_CONNECTION=redis
MAIL_MAILER=log
""", _s, "https://laravel.com/docs/11.x/encryption#configuration", key=_s)

_s = rand_pw(48)
add("js/jwt-signing-secret", "route-app/server/src/auth.js", r"""
import jwt from 'jsonwebtoken';

const JWT_SECRET = '@@key@@';
const TTL = '12h';

export function issueDriverToken(driver) {
  return jwt.sign({ sub: driver.id, role: 'driver', van: driver.vanId }, JWT_SECRET, {
    algorithm: 'HS256',
    expiresIn: TTL,
  });
}

export function requireDriver(req, res, next) {
  const header = req.headers.authorization || '';
  const token = header.replace(/^Bearer /, '');
  try {
    req.driver = jwt.verify(token, JWT_SECRET, { algorithms: ['HS256'] });
    next();
  } catch {
    res.status(401).json({ error: 'invalid token' });
  }
}
""", _s, "https://github.com/auth0/node-jsonwebtoken#jwtsignpayload-secretorprivatekey-options-callback", key=_s)

_s = shopify_token()
add("toml/shopify-admin-token", "shop-sync/config.toml", r"""
# Sync garment-care products (hangers, garment bags, cedar blocks) between POS and Shopify
[shopify]
shop = "crown-cleaners.myshopify.com"
api_version = "2024-04"
admin_token = "@@key@@"

[pos]
export_dir = "/srv/pos/exports"
sku_prefix = "RET-"

[schedule]
inventory_every = "15m"
orders_every = "5m"
""", _s, "https://shopify.dev/docs/apps/build/authentication-authorization/access-tokens/generate-app-access-tokens-admin", key=_s)

_s = mailchimp_key()
add("python/mailchimp-api-key", "marketing/sync_customers.py", r'''
"""Weekly: push customers who opted in at the counter into the Mailchimp audience."""
import csv

import mailchimp_marketing as MailchimpMarketing

client = MailchimpMarketing.Client()
client.set_config({"api_key": "@@key@@", "server": "@@dc@@"})

AUDIENCE = "a1b2c3d4e5"

with open("/srv/pos/exports/email_optins.csv", newline="") as fh:
    for row in csv.DictReader(fh):
        client.lists.set_list_member(AUDIENCE, row["email_md5"], {
            "email_address": row["email"],
            "status_if_new": "subscribed",
            "merge_fields": {"FNAME": row["first"], "STORE": row["store"]},
        })
''', _s, "https://mailchimp.com/developer/marketing/guides/quick-start/", key=_s, dc=_s.rsplit("-", 1)[1])

_s = chars(40)
add("json/quickbooks-client-secret", "accounting/qbo-sync/config.json", r"""
{
  "environment": "production",
  "clientId": "ABx7Rm2Kq9PvT4nL0cZs8WdY3hF6jG1eU5oI2aN9bV0rX7kQ4m",
  "clientSecret": "@@key@@",
  "redirectUri": "https://accounting.freshpresscleaners.com/qbo/callback",
  "realmId": "9130357012845671",
  "incomeAccount": "Dry Cleaning Sales",
  "depositAccount": "Undeposited Funds",
  "classByStore": true
}
""", _s, "https://developer.intuit.com/app/developer/qbo/docs/develop/authentication-and-authorization/oauth-2.0", key=_s)

_s = chars(48, URLSAFE)
add("csharp/xero-client-secret", "src/Accounting/XeroSettings.cs", r"""
namespace Pristine.Accounting
{
    // Xero custom connection for posting daily route sales (M2M, no user consent)
    public static class XeroSettings
    {
        public const string ClientId = "4F1C9E0A7B2D45E8A3C6D1F0B9E8A7C6";
        public const string ClientSecret = "@@key@@";
        public const string Scopes = "accounting.transactions accounting.contacts";
        public const string TokenUrl = "https://identity.xero.com/connect/token";
    }
}
""", _s, "https://developer.xero.com/documentation/guides/oauth2/custom-connections/", key=_s)

# =================================================================================================
# More carriers: HTTP clients, servers, service managers, automation
# =================================================================================================

_s = chars(40, URLSAFE)
add("http/bearer-token", "pos-bridge/requests/cleancloud.http", r"""
### CleanCloud-style store API: list today's orders (REST Client for VS Code)
@host = https://api.storehub.pristinelaundry.com
@token = @@key@@

GET {{host}}/v1/orders?status=ready&store=ELM
Authorization: Bearer {{token}}
Accept: application/json

###

POST {{host}}/v1/orders/48113/status
Authorization: Bearer {{token}}
Content-Type: application/json

{ "status": "picked_up", "by": "counter-02" }
""", _s, "https://marketplace.visualstudio.com/items?itemName=humao.rest-client", key=_s)

_s = hexs(32, UPHEX)
add("postman/api-key", "qa/postman/Production.postman_environment.json", r"""
{
  "id": "6a3f0c9e-21b7-4d58-9e4a-0c7b2f1d8e65",
  "name": "Production",
  "values": [
    { "key": "baseUrl", "value": "https://api.route4me.com", "type": "default", "enabled": true },
    { "key": "apiKey", "value": "@@key@@", "type": "secret", "enabled": true },
    { "key": "depotId", "value": "17", "type": "default", "enabled": true }
  ],
  "_postman_variable_scope": "environment",
  "_postman_exported_at": "2024-02-19T16:02:44.511Z",
  "_postman_exported_using": "Postman/10.23.5"
}
""", _s, "https://learning.postman.com/docs/sending-requests/variables/managing-environments/", key=_s)

_s = b64("labelagent:" + words_pw())
add("nginx/basic-auth-header", "plant/nginx/conf.d/label-agent.conf", r"""
upstream label_agent {
    server 10.40.3.15:9100;
}

server {
    listen 443 ssl;
    server_name labels.plant.pristinelaundry.com;

    ssl_certificate     /etc/nginx/tls/plant.crt;
    ssl_certificate_key /etc/nginx/tls/plant.key;

    location / {
        proxy_pass http://label_agent;
        proxy_set_header Host $host;
        # the agent only speaks Basic; nginx adds it so the tablets don't need it
        proxy_set_header Authorization "Basic @@key@@";
    }
}
""", _s, "https://nginx.org/en/docs/http/ngx_http_proxy_module.html#proxy_set_header", key=_s)

_s = rand_pw(26)
add("systemd/environment-token", "plant/systemd/scan-relay.service", r"""
[Unit]
Description=Garment scan relay (handhelds -> tracker API)
After=network-online.target
Wants=network-online.target

[Service]
Type=simple
User=scanrelay
WorkingDirectory=/opt/scan-relay
Environment=TRACKER_URL=https://tracker.pristinelaundry.com/api
Environment=TRACKER_TOKEN=@@key@@
Environment=STATION_MAP=/opt/scan-relay/stations.yaml
ExecStart=/opt/scan-relay/venv/bin/python -m scanrelay
Restart=always
RestartSec=5

[Install]
WantedBy=multi-user.target
""", _s, "https://www.freedesktop.org/software/systemd/man/latest/systemd.exec.html#Environment=", key=_s)

_s = words_pw("!*")
add("supervisor/environment-password", "plant/supervisor/conf.d/sorter.conf", r"""
[program:sorter]
command=/opt/sorter/bin/sorter --line A --pockets 64
directory=/opt/sorter
user=sorter
autostart=true
autorestart=true
stdout_logfile=/var/log/sorter/out.log
stderr_logfile=/var/log/sorter/err.log
environment=SORTER_DB="mysql://sorter:@@key@@@10.40.0.8/sorting",PLC_HOST="10.40.1.30"
""", _s, "http://supervisord.org/configuration.html#program-x-section-settings", key=_s)

_s = words_pw()
add("ansible/plaintext-password", "ansible/roles/pos_server/defaults/main.yml", r"""
---
pos_install_dir: C:\CounterPOS
pos_service_name: CounterPOSSync
pos_sql_instance: SQLEXPRESS
pos_sql_sa_password: "@@key@@"
pos_backup_share: \\fs01\backups\pos
pos_backup_hour: 2
pos_printers:
  - name: Zebra GK420t
    port: USB001
  - name: EPSON TM-T88VI
    port: ESDPRT001
""", _s, "https://docs.ansible.com/ansible/latest/playbook_guide/playbooks_variables.html", key=_s)

_s = words_pw()
add("tfvars/database-password", "infra/terraform/envs/prod/terraform.tfvars", r"""
region            = "us-east-1"
environment       = "prod"
vpc_cidr          = "10.60.0.0/16"
db_instance_class = "db.t4g.medium"
db_name           = "routes"
db_username       = "routes_admin"
db_password       = "@@key@@"
backup_retention  = 14
driver_app_domain = "drivers.valetclean.com"
""", _s, "https://developer.hashicorp.com/terraform/language/values/variables#variable-definitions-tfvars-files", key=_s)

_s = rand_pw(20)
add("jenkinsfile/registry-password", "pos-bridge/Jenkinsfile", r"""
pipeline {
    agent { label 'docker' }
    environment {
        REGISTRY = 'registry.crowncleaners.local:5000'
        IMAGE = "${REGISTRY}/pos-bridge:${env.BUILD_NUMBER}"
    }
    stages {
        stage('Build') {
            steps {
                sh 'docker build -t $IMAGE .'
            }
        }
        stage('Push') {
            steps {
                sh 'docker login $REGISTRY -u jenkins -p @@key@@'
                sh 'docker push $IMAGE'
            }
        }
        stage('Deploy to stores') {
            when { branch 'main' }
            steps {
                sh './deploy/roll-stores.sh $IMAGE'
            }
        }
    }
}
""", _s, "https://www.jenkins.io/doc/book/pipeline/syntax/", key=_s)

_s = words_pw()
add("docker-config/registry-auth", "deploy/store-agent/docker-config.json", r"""
{
  "auths": {
    "registry.sunrisecleaners.com": {
      "auth": "@@auth@@"
    },
    "https://index.docker.io/v1/": {}
  },
  "credsStore": "",
  "HttpHeaders": {
    "User-Agent": "Docker-Client/24.0.7 (linux)"
  }
}
""", _s, "https://docs.docker.com/reference/cli/docker/login/#credential-stores", auth=b64("store-agent:" + _s))

_s = chars(32)
add("bitbucket-pipelines/api-token", "bitbucket-pipelines.yml", r"""
image: node:20

pipelines:
  branches:
    main:
      - step:
          name: Build driver web app
          caches: [node]
          script:
            - npm ci
            - npm run build
          artifacts: [dist/**]
      - step:
          name: Deploy to Netlify
          script:
            - npx netlify-cli deploy --prod --dir=dist --site 7e3f1a9c-4b2d-48e6-a0c5-9d1b7f2e6a84 --auth @@key@@
""", _s, "https://docs.netlify.com/cli/get-started/#authentication", key=_s)

_s = words_pw("!#$%@&")
add("markdown/readme-admin-password", "pos-bridge/README.md", r"""
# pos-bridge

Bridges the counter POS (SQL Express on each store server) to the cloud order API.

## Setup on a new store server

1. Install .NET 8 runtime.
2. Copy `pos-bridge.zip` to `C:\pos-bridge` and unzip.
3. Edit `appsettings.json`: set `StoreCode`.
4. Register the service:

   ```
   sc create pos-bridge binPath= "C:\pos-bridge\PosBridge.exe" start= auto
   ```

5. Log into the admin page at http://localhost:5080/admin with **admin / @@key@@**
   and press *Test connection*.

## Troubleshooting

- Red banner "SQL offline": check that the SQLEXPRESS service is running.
- Orders stuck in "queued": restart the service.
""", _s, "https://www.markdownguide.org/basic-syntax/", key=_s)

# =================================================================================================
# Decoys: files that look dangerous and leak nothing
# =================================================================================================


def b64rand(n: int) -> str:
    return base64.b64encode(_rng().randbytes(n)).decode()


add("env/decoy-placeholder", "order-web/.env.example", r"""
# Copy to .env and fill in. Never commit the real .env.
NODE_ENV=development
PORT=3000
DATABASE_URL=postgres://orders:<password>@localhost:5432/orders
STRIPE_SECRET_KEY=sk_live_your_key_here
STRIPE_WEBHOOK_SECRET=whsec_...
STRIPE_PUBLISHABLE_KEY=pk_live_...
TWILIO_ACCOUNT_SID=ACxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx
TWILIO_AUTH_TOKEN=your_auth_token
SENDGRID_API_KEY=SG.xxxxxxxxxxxxxxxxxxxxxx.xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx
GOOGLE_MAPS_KEY=
""", None, "https://github.com/motdotla/dotenv#should-i-commit-my-env-file")

add("helm/decoy-existing-secret", "charts/order-web/values.yaml", r"""
image:
  repository: ghcr.io/freshpress/order-web
  tag: ""
stripe:
  # name of a Secret holding STRIPE_SECRET_KEY / STRIPE_WEBHOOK_SECRET (created by ops)
  existingSecret: order-web-stripe
database:
  host: orders-db.internal
  user: orders
  passwordSecretRef:
    name: orders-db
    key: password
smtp:
  host: smtp.sendgrid.net
  user: apikey
  passwordFromSecret: sendgrid-api-key
""", None, "https://helm.sh/docs/chart_best_practices/values/")

add("k8s/decoy-external-secret", "k8s/tracker/external-secret.yaml", r"""
apiVersion: external-secrets.io/v1beta1
kind: ExternalSecret
metadata:
  name: tracker-db
  namespace: tracker
spec:
  refreshInterval: 1h
  secretStoreRef:
    kind: ClusterSecretStore
    name: aws-secrets-manager
  target:
    name: tracker-db
    creationPolicy: Owner
  data:
    - secretKey: password
      remoteRef:
        key: prod/tracker/db
        property: password
    - secretKey: username
      remoteRef:
        key: prod/tracker/db
        property: username
""", None, "https://external-secrets.io/latest/api/externalsecret/")


def _sops(value_len: int) -> str:
    return f"ENC[AES256_GCM,data:{b64rand(value_len)},iv:{b64rand(32)},tag:{b64rand(16)},type:str]"


add("sops/decoy-ciphertext", "secrets/prod/payments.enc.yaml", r"""
stripe:
    secret_key: @@a@@
    webhook_secret: @@b@@
square:
    access_token: @@c@@
sops:
    kms: []
    gcp_kms: []
    azure_kv: []
    hc_vault: []
    age:
        - recipient: age1qyqszqgpqyqszqgpqyqszqgpqyqszqgpqyqszqgpqyqszqgpqyqs3290gq
          enc: |
            -----BEGIN AGE ENCRYPTED FILE-----
            @@age1@@
            @@age2@@
            -----END AGE ENCRYPTED FILE-----
    lastmodified: "2024-03-18T14:22:09Z"
    mac: @@mac@@
    unencrypted_suffix: _unencrypted
    version: 3.8.1
""", None, "https://github.com/getsops/sops#encrypting-using-age",
    a=_sops(80), b=_sops(28), c=_sops(48), age1=b64rand(48), age2=b64rand(36), mac=_sops(32))


def _vault_body(lines: int) -> str:
    return "\n".join(hexs(80) for _ in range(lines))


add("ansible/decoy-vault-encrypted", "ansible/group_vars/stores/vault.yml", r"""
$ANSIBLE_VAULT;1.1;AES256
@@body@@
""", None, "https://docs.ansible.com/ansible/latest/vault_guide/vault_encrypting_content.html",
    body=_vault_body(12) + "\n" + hexs(42))

add("htpasswd/decoy-bcrypt-hash", "plant/nginx/.htpasswd", r"""
shiftlead:@@h1@@
plantmgr:@@h2@@
maint:@@h3@@
qa:@@h4@@
itadmin:@@h5@@
""", None, "https://httpd.apache.org/docs/2.4/programs/htpasswd.html",
    h1=bcrypt_hash(), h2=bcrypt_hash(), h3=bcrypt_hash(), h4=bcrypt_hash(), h5=bcrypt_hash())


def _mosq_hash() -> str:
    return f"$7$101${b64rand(12)}${b64rand(64)}"


add("mosquitto/decoy-password-hash", "plant/mosquitto/passwd", r"""
nodered:@@h1@@
historian:@@h2@@
washer01:@@h3@@
dryer01:@@h4@@
edge-gw:@@h5@@
""", None, "https://mosquitto.org/man/mosquitto_passwd-1.html",
    h1=_mosq_hash(), h2=_mosq_hash(), h3=_mosq_hash(), h4=_mosq_hash(), h5=_mosq_hash())

add("js/decoy-publishable-key", "order-web/src/checkout/stripe.js", r"""
import { loadStripe } from '@stripe/stripe-js';

// Publishable key: safe in the browser. The secret key lives only on the API server.
const stripePromise = loadStripe('@@pk@@');

export async function mountCard(elementId, clientSecretFromServer) {
  const stripe = await stripePromise;
  const elements = stripe.elements({ clientSecret: clientSecretFromServer });
  const card = elements.create('payment', { layout: 'tabs' });
  card.mount(`#${elementId}`);
  return { stripe, elements };
}
""", None, "https://docs.stripe.com/keys#obtain-api-keys", pk=stripe_pk())

add("html/decoy-public-app-id", "order-web/public/pay-invoice.html", r"""
<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>Pay your invoice - Crown Cleaners</title>
  <script src="https://web.squarecdn.com/v1/square.js"></script>
</head>
<body>
  <form id="pay">
    <div id="card-container"></div>
    <button type="submit">Pay</button>
  </form>
  <script>
    const appId = 'sq0idp-@@app@@';
    const locationId = '@@loc@@';
    (async () => {
      const payments = Square.payments(appId, locationId);
      const card = await payments.card();
      await card.attach('#card-container');
      document.getElementById('pay').addEventListener('submit', async (e) => {
        e.preventDefault();
        const result = await card.tokenize();
        await fetch('/api/pay', { method: 'POST', headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify({ sourceId: result.token, invoice: new URLSearchParams(location.search).get('i') }) });
      });
    })();
  </script>
</body>
</html>
""", None, "https://developer.squareup.com/docs/web-payments/take-card-payment",
    app=chars(22, URLSAFE), loc="L" + chars(12, string.ascii_uppercase + string.digits))

add("js/decoy-mapbox-public-token", "driver-web/src/map.js", r"""
import mapboxgl from 'mapbox-gl';

// public token, URL-restricted to drivers.valetclean.com in the Mapbox account
mapboxgl.accessToken = '@@pk@@';

export function routeMap(container, stops) {
  const map = new mapboxgl.Map({
    container,
    style: 'mapbox://styles/mapbox/streets-v12',
    center: [stops[0].lng, stops[0].lat],
    zoom: 11,
  });
  stops.forEach((s, i) => {
    new mapboxgl.Marker({ color: s.done ? '#999' : '#0a7' })
      .setLngLat([s.lng, s.lat])
      .setPopup(new mapboxgl.Popup().setText(`${i + 1}. ${s.name}`))
      .addTo(map);
  });
  return map;
}
""", None, "https://docs.mapbox.com/help/getting-started/access-tokens/#default-public-token", pk=mapbox_token("pk"))

add("python/decoy-reads-secret", "notify/twilio_client.py", r'''
"""Twilio client for the store notifier. The account SID is an identifier; the token comes
from the environment (set by systemd from /etc/notify/credentials, mode 0600)."""
import os

from twilio.rest import Client

ACCOUNT_SID = "@@sid@@"


def client() -> Client:
    token = os.environ["TWILIO_AUTH_TOKEN"]
    return Client(ACCOUNT_SID, token)


def send(to: str, body: str) -> str:
    msg = client().messages.create(to=to, from_=os.environ["TWILIO_FROM"], body=body)
    return msg.sid
''', None, "https://www.twilio.com/docs/usage/secure-credentials", sid=twilio_sid())

add("ts/decoy-public-dsn", "customer-app/src/sentry.ts", r"""
import * as Sentry from '@sentry/react-native';

// DSNs are public client keys: they only allow sending events to this project.
Sentry.init({
  dsn: 'https://@@k@@@o@@org@@.ingest.sentry.io/@@proj@@',
  tracesSampleRate: 0.2,
  environment: __DEV__ ? 'development' : 'production',
  beforeSend(event) {
    if (event.user) {
      delete event.user.email;
      delete event.user.ip_address;
    }
    return event;
  },
});

export default Sentry;
""", None, "https://docs.sentry.io/concepts/key-terms/dsn-explainer/",
    k=hexs(32), org=str(_rng().randint(100000, 999999)), proj=str(_rng().randint(1000000, 9999999)))

add("dockerfile/decoy-checksum", "plant/label-agent/Dockerfile", r"""
FROM debian:bookworm-slim

ARG ZEBRA_SDK_VERSION=3.1.2
ARG ZEBRA_SDK_SHA256=@@sum1@@
ARG TINI_SHA256=@@sum2@@

RUN apt-get update && apt-get install -y --no-install-recommends curl ca-certificates cups-client \
    && rm -rf /var/lib/apt/lists/*

RUN curl -fsSL -o /tmp/sdk.tar.gz https://downloads.example-vendor.com/linkos/${ZEBRA_SDK_VERSION}/linkos-sdk.tar.gz \
    && echo "${ZEBRA_SDK_SHA256}  /tmp/sdk.tar.gz" | sha256sum -c - \
    && tar -xzf /tmp/sdk.tar.gz -C /opt && rm /tmp/sdk.tar.gz

RUN curl -fsSL -o /tini https://github.com/krallin/tini/releases/download/v0.19.0/tini-amd64 \
    && echo "${TINI_SHA256}  /tini" | sha256sum -c - && chmod +x /tini

COPY agent /opt/agent
ENTRYPOINT ["/tini", "--", "/opt/agent/run.sh"]
""", None, "https://docs.docker.com/build/building/best-practices/#add-or-copy", sum1=hexs(64), sum2=hexs(64))


def _sri() -> str:
    return "sha512-" + b64rand(64)


add("json/decoy-lockfile-integrity", "pos-ui/package-lock.json", r"""
{
  "name": "pos-ui",
  "version": "4.2.0",
  "lockfileVersion": 3,
  "requires": true,
  "packages": {
    "": {
      "name": "pos-ui",
      "version": "4.2.0",
      "dependencies": { "dayjs": "^1.11.10", "zustand": "^4.5.2" }
    },
    "node_modules/dayjs": {
      "version": "1.11.10",
      "resolved": "https://registry.npmjs.org/dayjs/-/dayjs-1.11.10.tgz",
      "integrity": "@@i1@@"
    },
    "node_modules/zustand": {
      "version": "4.5.2",
      "resolved": "https://registry.npmjs.org/zustand/-/zustand-4.5.2.tgz",
      "integrity": "@@i2@@",
      "dependencies": { "use-sync-external-store": "1.2.0" }
    },
    "node_modules/use-sync-external-store": {
      "version": "1.2.0",
      "resolved": "https://registry.npmjs.org/use-sync-external-store/-/use-sync-external-store-1.2.0.tgz",
      "integrity": "@@i3@@"
    }
  }
}
""", None, "https://docs.npmjs.com/cli/v10/configuring-npm/package-lock-json", i1=_sri(), i2=_sri(), i3=_sri())


def _gosum() -> str:
    return "h1:" + b64rand(32)


add("gosum/decoy-checksum", "tracker/go.sum", r"""
github.com/go-chi/chi/v5 v5.0.12 @@a@@
github.com/go-chi/chi/v5 v5.0.12/go.mod @@b@@
github.com/lib/pq v1.10.9 @@c@@
github.com/lib/pq v1.10.9/go.mod @@d@@
github.com/rs/zerolog v1.32.0 @@e@@
github.com/rs/zerolog v1.32.0/go.mod @@f@@
""", None, "https://go.dev/ref/mod#go-sum-files",
    a=_gosum(), b=_gosum(), c=_gosum(), d=_gosum(), e=_gosum(), f=_gosum())

add("markdown/decoy-docs-example", "docs/dev/payments-local-setup.md", r"""
# Running payments locally

Use Stripe **test mode** only. For a quick smoke test you can use the sample key from the
Stripe API reference, which anyone can use and which never moves money:

```bash
curl https://api.stripe.com/v1/charges -u sk_test_4eC39HqLyjWDarjtT1zdp7dc: \
  -d amount=2000 -d currency=usd -d source=tok_visa
```

For your own work, get a test key from the dashboard (Developers > API keys, "Viewing test
data") and put it in `.env.local`, which git ignores.

Test cards: `4242 4242 4242 4242` (success), `4000 0000 0000 9995` (insufficient funds).
""", None, "https://docs.stripe.com/testing")

add("markdown/decoy-aws-docs-example", "infra/README.md", r"""
# infra

Terraform for the receipts bucket, the route database and the driver app API.

## Credentials

Do not put keys in `main.tf`. Configure a named profile:

```ini
[laundry-prod]
aws_access_key_id = AKIAIOSFODNN7EXAMPLE
aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY
```

(the values above are the AWS documentation's examples; use `aws configure sso` for real work)

```bash
export AWS_PROFILE=laundry-prod
terraform -chdir=envs/prod plan
```
""", None, "https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-files.html")

add("log/decoy-redacted", "support/tickets/4502/sync.log", r"""
2024-05-02 06:00:01 INFO  pos-sync 2.3.0 starting (store=HIL)
2024-05-02 06:00:01 INFO  config: db=Server=STORE-SRV\SQLEXPRESS;Database=Tickets;User Id=possync;Password=********
2024-05-02 06:00:01 INFO  config: stripe_key=sk_live_****************************wX3q
2024-05-02 06:00:01 INFO  config: twilio_token=[REDACTED]
2024-05-02 06:00:02 INFO  pushed 41 tickets, 3 payments
2024-05-02 06:00:05 WARN  Square webhook signature mismatch for event 7f1c... (ignored, replay)
2024-05-02 06:00:05 INFO  done in 4.1s
""", None, "https://owasp.org/www-project-cheat-sheets/cheatsheets/Logging_Cheat_Sheet.html")

add("python/decoy-test-fixture", "pos-bridge/tests/test_ticket_sync.py", r'''
import pytest

from pos_bridge.sync import TicketSync


@pytest.fixture
def sync(tmp_path):
    return TicketSync(
        db_url="sqlite:///" + str(tmp_path / "t.db"),
        api_url="http://localhost:9999",
        api_token="test-token",
        store_code="TST",
    )


def test_ready_tickets_are_pushed(sync, requests_mock):
    requests_mock.post("http://localhost:9999/v1/tickets", json={"ok": True})
    sync.db.add_ticket("T-1001", status="ready", pieces=3)
    assert sync.push() == 1


def test_auth_header(sync, requests_mock):
    m = requests_mock.post("http://localhost:9999/v1/tickets", json={"ok": True})
    sync.db.add_ticket("T-1002", status="ready", pieces=1)
    sync.push()
    assert m.last_request.headers["Authorization"] == "Bearer test-token"
''', None, "https://docs.pytest.org/en/stable/how-to/fixtures.html")

add("python/decoy-environ", "dispatch/settings.py", r'''
"""Dispatch service settings, all from the environment (12-factor)."""
import os

ROUTE4ME_API_KEY = os.environ["ROUTE4ME_API_KEY"]
ONFLEET_API_KEY = os.getenv("ONFLEET_API_KEY", "")
GOOGLE_MAPS_KEY = os.environ.get("GOOGLE_MAPS_SERVER_KEY")
DATABASE_URL = os.environ["DATABASE_URL"]
DEPOT_LAT = float(os.getenv("DEPOT_LAT", "30.2021"))
DEPOT_LNG = float(os.getenv("DEPOT_LNG", "-97.7712"))
MAX_STOPS = int(os.getenv("MAX_STOPS", "45"))

if not ONFLEET_API_KEY:
    raise SystemExit("ONFLEET_API_KEY is not set")
''', None, "https://12factor.net/config")

add("csharp/decoy-key-vault", "src/Counter.Payments/SecretsProvider.cs", r"""
using System;
using System.Threading.Tasks;
using Azure.Identity;
using Azure.Security.KeyVault.Secrets;

namespace Counter.Payments
{
    public class SecretsProvider
    {
        private readonly SecretClient _client = new SecretClient(
            new Uri("https://crown-pos-kv.vault.azure.net/"),
            new DefaultAzureCredential());

        public async Task<string> SquareAccessTokenAsync()
        {
            KeyVaultSecret secret = await _client.GetSecretAsync("square-access-token");
            return secret.Value;
        }

        public async Task<string> SqlPasswordAsync(string store)
        {
            KeyVaultSecret secret = await _client.GetSecretAsync($"sql-{store.ToLowerInvariant()}-password");
            return secret.Value;
        }
    }
}
""", None, "https://learn.microsoft.com/en-us/azure/key-vault/secrets/quick-create-net")

add("terraform/decoy-generated-password", "infra/terraform/routes-db/main.tf", r"""
resource "random_password" "db" {
  length           = 24
  special          = true
  override_special = "!#%-_"
}

resource "aws_secretsmanager_secret" "db" {
  name = "prod/routes/db"
}

resource "aws_secretsmanager_secret_version" "db" {
  secret_id     = aws_secretsmanager_secret.db.id
  secret_string = jsonencode({ username = "routes_admin", password = random_password.db.result })
}

resource "aws_db_instance" "routes" {
  identifier          = "routes-prod"
  engine              = "postgres"
  engine_version      = "16.2"
  instance_class      = "db.t4g.medium"
  allocated_storage   = 50
  username            = "routes_admin"
  password            = random_password.db.result
  skip_final_snapshot = false
}
""", None, "https://registry.terraform.io/providers/hashicorp/random/latest/docs/resources/password")

add("github-actions/decoy-secrets-reference", ".github/workflows/deploy-order-web.yml", r"""
name: deploy-order-web
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
          role-to-assume: arn:aws:iam::418273645091:role/gha-order-web
          aws-region: us-east-2
      - run: npm ci && npm run build
        env:
          NEXT_PUBLIC_STRIPE_KEY: ${{ vars.STRIPE_PUBLISHABLE_KEY }}
      - run: ./scripts/deploy.sh
        env:
          STRIPE_SECRET_KEY: ${{ secrets.STRIPE_SECRET_KEY }}
          STRIPE_WEBHOOK_SECRET: ${{ secrets.STRIPE_WEBHOOK_SECRET }}
          SLACK_WEBHOOK_URL: ${{ secrets.SLACK_WEBHOOK_URL }}
""", None, "https://docs.github.com/en/actions/security-guides/using-secrets-in-github-actions")

add("jenkinsfile/decoy-credentials-binding", "route-api/Jenkinsfile", r"""
pipeline {
    agent any
    environment {
        REGISTRY_CREDS = credentials('registry-jenkins')
        ONFLEET_API_KEY = credentials('onfleet-api-key')
    }
    stages {
        stage('Test') {
            steps { sh './gradlew test' }
        }
        stage('Push') {
            steps {
                sh 'echo $REGISTRY_CREDS_PSW | docker login registry.valetclean.com -u $REGISTRY_CREDS_USR --password-stdin'
                sh 'docker build -t registry.valetclean.com/route-api:$BUILD_NUMBER . && docker push registry.valetclean.com/route-api:$BUILD_NUMBER'
            }
        }
    }
}
""", None, "https://www.jenkins.io/doc/book/pipeline/jenkinsfile/#handling-credentials")

add("gitlab-ci/decoy-env-reference", "tracker/.gitlab-ci.yml", r"""
stages: [test, deploy]

test:
  stage: test
  image: golang:1.22
  services: [postgres:16]
  variables:
    POSTGRES_DB: tracker_test
    POSTGRES_USER: tracker
    POSTGRES_HOST_AUTH_METHOD: trust
  script:
    - go test ./...

deploy:
  stage: deploy
  image: alpine:3.19
  script:
    - apk add --no-cache openssh-client
    - eval $(ssh-agent -s)
    - echo "$DEPLOY_SSH_KEY" | tr -d '\r' | ssh-add -
    - ssh deploy@garment-db.internal "cd /opt/tracker && TRACKER_DB_PASSWORD=$TRACKER_DB_PASSWORD ./deploy.sh $CI_COMMIT_SHA"
  only: [main]
""", None, "https://docs.gitlab.com/ee/ci/variables/")

add("ssh/decoy-authorized-keys", "ansible/roles/base/files/authorized_keys", r"""
# IT staff keys for store servers and the plant gateway
@@k1@@
@@k2@@
@@k3@@
# POS vendor support (remove when contract ends 2025-06)
@@k4@@
@@k5@@
""", None, "https://man.openbsd.org/sshd.8#AUTHORIZED_KEYS_FILE_FORMAT",
    k1=ssh_pub("dana@it-laptop"), k2=ssh_pub("marco@it-laptop"), k3=ssh_pub("ansible@plant-util"),
    k4=ssh_pub("support@posvendor"), k5=ssh_pub("backup@nas01"))

add("pem/decoy-certificate", "plant/nginx/tls/plant.crt", r"""
@@cert@@
@@chain@@
""", None, "https://www.rfc-editor.org/rfc/rfc7468#section-5", cert=cert_pem(20), chain=cert_pem(18))

add("python/decoy-public-key", "order-web/api/webhooks/verify.py", r'''
"""Verify signed callbacks from the locker kiosk vendor (RSA-SHA256; they hold the private key)."""
import base64

from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding

KIOSK_PUBLIC_KEY = b"""
@@pub@@
"""

_key = serialization.load_pem_public_key(KIOSK_PUBLIC_KEY.strip())


def verify(body: bytes, signature_b64: str) -> bool:
    try:
        _key.verify(base64.b64decode(signature_b64), body, padding.PKCS1v15(), hashes.SHA256())
        return True
    except Exception:
        return False
''', None, "https://cryptography.io/en/latest/hazmat/primitives/asymmetric/serialization/#cryptography.hazmat.primitives.serialization.load_pem_public_key",
    pub=public_pem())

add("js/decoy-firebase-web-config", "customer-web/src/firebase.js", r"""
import { initializeApp } from 'firebase/app';
import { getMessaging } from 'firebase/messaging';

// Firebase web config is public by design; access is enforced by security rules and App Check.
const firebaseConfig = {
  apiKey: '@@k@@',
  authDomain: 'freshpress-customer.firebaseapp.com',
  projectId: 'freshpress-customer',
  storageBucket: 'freshpress-customer.appspot.com',
  messagingSenderId: '@@sender@@',
  appId: '1:@@sender@@:web:@@app@@',
};

export const app = initializeApp(firebaseConfig);
export const messaging = getMessaging(app);
""", None, "https://firebase.google.com/docs/projects/api-keys",
    k=google_api_key(), sender=str(_rng().randint(10**11, 10**12 - 1)), app=hexs(22))

add("json/decoy-oauth-client-id", "customer-web/public/auth-config.json", r"""
{
  "google": {
    "clientId": "@@cid@@.apps.googleusercontent.com",
    "redirectUri": "https://my.freshpresscleaners.com/auth/google/callback",
    "scopes": ["openid", "email", "profile"]
  },
  "apple": {
    "clientId": "com.freshpress.customer.web",
    "redirectUri": "https://my.freshpresscleaners.com/auth/apple/callback"
  },
  "sessionMinutes": 43200
}
""", None, "https://developers.google.com/identity/protocols/oauth2/javascript-implicit-flow",
    cid=str(_rng().randint(10**11, 10**12 - 1)) + "-" + chars(32, string.ascii_lowercase + string.digits))

add("yaml/decoy-uuid-ids", "pos-bridge/config/stores.yaml", r"""
# Store registry: ids are our tenant ids in the order API (not secrets)
stores:
  - code: ELM
    name: Elm Street
    tenant_id: @@u1@@
    square_location: L8J4Q2M7YP0ZK
    conveyor: false
  - code: HIL
    name: Hillside
    tenant_id: @@u2@@
    square_location: LQ3TN6D9WS1RB
    conveyor: true
  - code: OAK
    name: Oak Lawn
    tenant_id: @@u3@@
    square_location: LZ0WB8C5RK2TP
    conveyor: false
plant:
  tenant_id: @@u4@@
""", None, "https://www.rfc-editor.org/rfc/rfc9562", u1=uuid_s(), u2=uuid_s(), u3=uuid_s(), u4=uuid_s())

add("markdown/decoy-commit-hashes", "pos-bridge/CHANGELOG.md", r"""
# Changelog

## 5.2.1 - 2024-04-08
- Fix: reconnect to SQL Express after the nightly backup (@@c1@@)
- Fix: heat-seal tag prefix ignored for store OAK (@@c2@@)

## 5.2.0 - 2024-03-21
- Push "ready" status to the order API as soon as the conveyor assigns a slot (@@c3@@)
- Square: map HOUSE tender to "other" (@@c4@@)

## 5.1.3 - 2024-02-02
- Bump Stripe SDK to 13.x (@@c5@@)
""", None, "https://keepachangelog.com/en/1.1.0/", c1=hexs(40), c2=hexs(40), c3=hexs(40), c4=hexs(40), c5=hexs(40))


def _epc() -> str:
    return "E280" + hexs(20, UPHEX)


add("csv/decoy-rfid-epcs", "plant/rfid/fixtures/linen_tags_batch_0412.csv", r"""
epc,tid,item_type,customer,wash_count
@@e1@@,E2801160@@t1@@,bath_towel,MARR-DT,41
@@e2@@,E2801160@@t2@@,bath_towel,MARR-DT,38
@@e3@@,E2801160@@t3@@,sheet_king,MARR-DT,112
@@e4@@,E2801160@@t4@@,pillowcase,HILT-AP,7
@@e5@@,E2801160@@t5@@,chef_coat,BISTRO9,23
@@e6@@,E2801160@@t6@@,bar_mop,BISTRO9,96
""", None, "https://www.gs1.org/standards/rfid/tds",
    e1=_epc(), e2=_epc(), e3=_epc(), e4=_epc(), e5=_epc(), e6=_epc(),
    t1=hexs(16, UPHEX), t2=hexs(16, UPHEX), t3=hexs(16, UPHEX), t4=hexs(16, UPHEX), t5=hexs(16, UPHEX), t6=hexs(16, UPHEX))

add("sql/decoy-password-hashes", "db/seed/002_staff.sql", r"""
-- Counter staff logins for the demo/training database (PINs are bcrypt-hashed by the app)
INSERT INTO staff (id, store_code, display_name, role, pin_hash) VALUES
  (1, 'ELM', 'Training Manager', 'manager', '@@h1@@'),
  (2, 'ELM', 'Training Counter', 'counter', '@@h2@@'),
  (3, 'HIL', 'Training Spotter', 'spotter', '@@h3@@'),
  (4, 'HIL', 'Training Presser', 'presser', '@@h4@@');

UPDATE staff SET must_change_pin = TRUE WHERE id IN (1, 2, 3, 4);
""", None, "https://www.postgresql.org/docs/current/pgcrypto.html#PGCRYPTO-PASSWORD-HASHING-FUNCS",
    h1=bcrypt_hash(), h2=bcrypt_hash(), h3=bcrypt_hash(), h4=bcrypt_hash())

add("python/decoy-django-env", "portal/portal/settings/base.py", r'''
"""Base settings for the commercial-accounts portal."""
import os
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent.parent

SECRET_KEY = os.environ["DJANGO_SECRET_KEY"]
DEBUG = os.environ.get("DJANGO_DEBUG") == "1"

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": os.environ.get("PORTAL_DB_NAME", "portal"),
        "USER": os.environ.get("PORTAL_DB_USER", "portal"),
        "PASSWORD": os.environ.get("PORTAL_DB_PASSWORD", ""),
        "HOST": os.environ.get("PORTAL_DB_HOST", "localhost"),
    }
}

STRIPE_SECRET_KEY = os.environ.get("STRIPE_SECRET_KEY")
INSTALLED_APPS = ["django.contrib.auth", "django.contrib.contenttypes", "accounts", "invoices"]
''', None, "https://docs.djangoproject.com/en/5.0/howto/deployment/checklist/#secret-key")

add("php/decoy-wp-getenv", "franchise-site-2/wp-config.php", r"""
<?php
define( 'DB_NAME', getenv( 'WORDPRESS_DB_NAME' ) );
define( 'DB_USER', getenv( 'WORDPRESS_DB_USER' ) );
define( 'DB_PASSWORD', getenv( 'WORDPRESS_DB_PASSWORD' ) );
define( 'DB_HOST', getenv( 'WORDPRESS_DB_HOST' ) ?: 'db:3306' );

define( 'AUTH_KEY',         getenv( 'WORDPRESS_AUTH_KEY' ) );
define( 'SECURE_AUTH_KEY',  getenv( 'WORDPRESS_SECURE_AUTH_KEY' ) );
define( 'LOGGED_IN_KEY',    getenv( 'WORDPRESS_LOGGED_IN_KEY' ) );
define( 'NONCE_KEY',        getenv( 'WORDPRESS_NONCE_KEY' ) );
define( 'AUTH_SALT',        getenv( 'WORDPRESS_AUTH_SALT' ) );

$table_prefix = 'wp_';
define( 'WP_DEBUG', false );
if ( ! defined( 'ABSPATH' ) ) {
	define( 'ABSPATH', __DIR__ . '/' );
}
require_once ABSPATH . 'wp-settings.php';
""", None, "https://hub.docker.com/_/wordpress")

add("markdown/decoy-key-format-docs", "docs/it/vendor-credentials.md", r"""
# Vendor credentials: where they live

| Vendor      | Looks like                          | Where it's stored                     |
|-------------|-------------------------------------|---------------------------------------|
| Stripe      | `sk_live_` + 24..99 chars            | 1Password "Payments" vault            |
| Square      | `EAAA...` (64 chars)                 | Azure Key Vault `crown-pos-kv`        |
| Twilio      | SID `AC...` + 32-hex auth token      | AWS Secrets Manager `prod/notify`     |
| SendGrid    | `SG.<22>.<43>`                       | AWS Secrets Manager `prod/mail`       |
| Route4Me    | 32 hex chars                         | 1Password "Dispatch" vault            |
| Store SQL   | per-store password                   | 1Password "Stores" vault, one per store |

If you ever see one of these in a repo, rotate it first, then tell #it-security.
""", None, "https://docs.stripe.com/keys-best-practices")

add("postman/decoy-template-variables", "qa/postman/Pickup-API.postman_collection.json", r"""
{
  "info": {
    "_postman_id": "d2f7c1a0-3e8b-4c6d-9f5a-1b2c3d4e5f60",
    "name": "Pickup API",
    "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"
  },
  "auth": {
    "type": "bearer",
    "bearer": [{ "key": "token", "value": "{{pickupToken}}", "type": "string" }]
  },
  "item": [
    {
      "name": "List pickups",
      "request": {
        "method": "GET",
        "url": "{{baseUrl}}/v1/pickups?date={{today}}"
      }
    },
    {
      "name": "Schedule pickup",
      "request": {
        "method": "POST",
        "header": [{ "key": "X-Api-Key", "value": "{{apiKey}}" }],
        "url": "{{baseUrl}}/v1/pickups",
        "body": { "mode": "raw", "raw": "{ \"customer\": \"C-1042\", \"window\": \"AM\" }" }
      }
    }
  ]
}
""", None, "https://learning.postman.com/docs/sending-requests/variables/variables/")

add("http/decoy-dotenv-reference", "route-api/requests/drivers.http", r"""
@baseUrl = https://api.valetclean.com/driver/v2
@apiKey = {{$dotenv DRIVER_API_KEY}}

### list today's routes
GET {{baseUrl}}/routes?date=2024-05-06
X-Api-Key: {{apiKey}}

### mark stop done
POST {{baseUrl}}/stops/88412/done
X-Api-Key: {{apiKey}}
Content-Type: application/json

{ "bags": 2, "photo": null }
""", None, "https://marketplace.visualstudio.com/items?itemName=humao.rest-client")

add("cisco/decoy-type9-hash", "network/stores/elm-sw01.cfg", r"""
!
hostname elm-sw01
!
enable secret 9 $9$@@s1@@$@@h1@@
username itadmin privilege 15 secret 9 $9$@@s2@@$@@h2@@
!
vlan 10
 name POS
vlan 20
 name GUEST
!
interface GigabitEthernet1/0/1
 description counter-01
 switchport access vlan 10
!
snmp-server group RO v3 priv read VIEW-ALL
snmp-server view VIEW-ALL iso included
!
line vty 0 4
 transport input ssh
 login local
end
""", None, "https://www.cisco.com/c/en/us/td/docs/ios-xml/ios/security/d1/sec-d1-cr-book/sec-cr-e1.html#wp3438133193",
    s1=chars(14, ALNUM + "./"), h1=chars(43, ALNUM + "./"), s2=chars(14, ALNUM + "./"), h2=chars(43, ALNUM + "./"))

add("fortigate/decoy-admin-hash", "network/plant/fgt-60f-backup.conf", r"""
#config-version=FGT60F-7.2.8-FW-build1639-240313:opmode=0:vdom=0:user=itadmin
config system global
    set hostname "plant-fgt"
    set timezone 11
    set admin-sport 8443
end
config system admin
    edit "itadmin"
        set accprofile "super_admin"
        set vdom "root"
        set password ENC SH2@@h1@@
    next
    edit "readonly"
        set accprofile "prof_admin"
        set vdom "root"
        set password ENC SH2@@h2@@
    next
end
config firewall address
    edit "conveyor-plc"
        set subnet 10.40.1.30 255.255.255.255
    next
end
""", None, "https://docs.fortinet.com/document/fortigate/7.2.8/administration-guide/57081/administrator-account-options",
    h1=hexs(60), h2=hexs(60))

add("edgeos/decoy-encrypted-password", "network/stores/oak-er4.conf", r"""
system {
    host-name oak-er4
    login {
        user itadmin {
            authentication {
                encrypted-password "@@h1@@"
            }
            level admin
        }
    }
    ntp {
        server 0.ubnt.pool.ntp.org {
        }
    }
    time-zone America/Chicago
}
interfaces {
    ethernet eth0 {
        address dhcp
        description WAN
    }
    ethernet eth1 {
        address 192.168.60.1/24
        description POS
    }
}
""", None, "https://help.ui.com/hc/en-us/articles/204976244-EdgeRouter-Configuration-and-Operational-Mode",
    h1=sha512crypt())

add("powershell/decoy-credential-prompt", "it/Reset-CounterPin.ps1", r"""
param(
    [Parameter(Mandatory)] [string] $StoreCode,
    [Parameter(Mandatory)] [string] $Employee
)
# Asks the IT user for their own admin credential; nothing is stored.
$cred = Get-Credential -Message "IT admin account for $StoreCode"
$newPin = Read-Host -AsSecureString "New 4-digit PIN for $Employee"

$session = New-PSSession -ComputerName "$StoreCode-SRV" -Credential $cred
Invoke-Command -Session $session -ScriptBlock {
    param($emp, $pin)
    & "C:\CounterPOS\tools\pinreset.exe" --employee $emp --pin-stdin
} -ArgumentList $Employee, $newPin
Remove-PSSession $session
""", None, "https://learn.microsoft.com/en-us/powershell/module/microsoft.powershell.security/get-credential")

add("k8s/decoy-sealed-secret", "k8s/order-web/sealed-stripe.yaml", r"""
apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata:
  name: stripe
  namespace: order-web
spec:
  encryptedData:
    STRIPE_SECRET_KEY: @@a@@
    STRIPE_WEBHOOK_SECRET: @@b@@
  template:
    metadata:
      name: stripe
      namespace: order-web
    type: Opaque
""", None, "https://github.com/bitnami-labs/sealed-secrets#usage",
    a="AgB" + b64rand(520), b="AgC" + b64rand(400))

add("hcl/decoy-vault-template", "plant/vault-agent/scan-relay.ctmpl", r"""
{{- with secret "kv/data/plant/scan-relay" -}}
TRACKER_URL=https://tracker.pristinelaundry.com/api
TRACKER_TOKEN={{ .Data.data.tracker_token }}
{{- end }}
{{- with secret "database/creds/sorter" }}
SORTER_DB=mysql://{{ .Data.username }}:{{ .Data.password }}@10.40.0.8/sorting
{{- end }}
STATION_MAP=/opt/scan-relay/stations.yaml
""", None, "https://developer.hashicorp.com/vault/docs/agent-and-proxy/agent/template")

add("json/decoy-encrypted-data-bag", "chef/data_bags/payments/square.json", r"""
{
  "id": "square",
  "access_token": {
    "encrypted_data": "@@d1@@",
    "hmac": "@@m1@@",
    "iv": "@@iv1@@",
    "version": 3,
    "cipher": "aes-256-gcm",
    "auth_tag": "@@t1@@"
  },
  "application_secret": {
    "encrypted_data": "@@d2@@",
    "iv": "@@iv2@@",
    "version": 3,
    "cipher": "aes-256-gcm",
    "auth_tag": "@@t2@@"
  }
}
""", None, "https://docs.chef.io/data_bags/#encrypt-a-data-bag-item",
    d1=b64rand(96), m1=b64rand(32), iv1=b64rand(12), t1=b64rand(16), d2=b64rand(64), iv2=b64rand(12), t2=b64rand(16))

add("yaml/decoy-kms-ciphertext", "dispatch/serverless.yml", r"""
service: dispatch-jobs
frameworkVersion: "3"

provider:
  name: aws
  runtime: python3.12
  region: us-east-2
  environment:
    # KMS-encrypted; the function decrypts with kms:Decrypt on key alias/dispatch at cold start
    ROUTE4ME_API_KEY_ENC: @@c1@@
    ONFLEET_API_KEY_ENC: @@c2@@
  iam:
    role:
      statements:
        - Effect: Allow
          Action: [kms:Decrypt]
          Resource: arn:aws:kms:us-east-2:418273645091:key/3c1f9a0e-7b2d-4e85-a6c4-9d0e1f2a3b4c

functions:
  nightlyRoutes:
    handler: handler.nightly_routes
    events:
      - schedule: cron(0 9 * * ? *)
""", None, "https://docs.aws.amazon.com/lambda/latest/dg/configuration-envvars-encryption.html",
    c1="AQICAHh" + b64rand(180), c2="AQICAHh" + b64rand(180))

add("sql/decoy-api-key-hashes", "db/migrations/2024_02_11_partner_keys.sql", r"""
-- Partner (hotel) API keys: only the SHA-256 of each key is stored; the key is shown once.
CREATE TABLE partner_api_keys (
    id          BIGSERIAL PRIMARY KEY,
    partner     TEXT NOT NULL,
    key_prefix  TEXT NOT NULL,
    key_sha256  CHAR(64) NOT NULL UNIQUE,
    created_at  TIMESTAMPTZ NOT NULL DEFAULT now(),
    revoked_at  TIMESTAMPTZ
);

INSERT INTO partner_api_keys (partner, key_prefix, key_sha256) VALUES
  ('MARR-DT', 'plk_7Qm2', '@@h1@@'),
  ('HILT-AP', 'plk_Xa9c', '@@h2@@'),
  ('BISTRO9', 'plk_0tLw', '@@h3@@');
""", None, "https://cheatsheetseries.owasp.org/cheatsheets/Password_Storage_Cheat_Sheet.html",
    h1=hexs(64), h2=hexs(64), h3=hexs(64))

add("python/decoy-webhook-test-secret", "order-web/api/tests/test_stripe_webhook.py", r'''
import hashlib
import hmac
import json
import time

from order_web.api.webhooks import stripe_webhook

DUMMY_SECRET = "whsec_test_dummy_not_real"


def _sign(payload: str, secret: str = DUMMY_SECRET) -> str:
    ts = int(time.time())
    sig = hmac.new(secret.encode(), f"{ts}.{payload}".encode(), hashlib.sha256).hexdigest()
    return f"t={ts},v1={sig}"


def test_accepts_valid_signature(client, settings):
    settings.STRIPE_WEBHOOK_SECRET = DUMMY_SECRET
    body = json.dumps({"id": "evt_test_1", "type": "payment_intent.succeeded", "data": {"object": {}}})
    resp = client.post("/webhooks/stripe", data=body, content_type="application/json",
                       HTTP_STRIPE_SIGNATURE=_sign(body))
    assert resp.status_code == 200


def test_rejects_bad_signature(client, settings):
    settings.STRIPE_WEBHOOK_SECRET = DUMMY_SECRET
    body = "{}"
    resp = client.post("/webhooks/stripe", data=body, content_type="application/json",
                       HTTP_STRIPE_SIGNATURE=_sign(body, "wrong"))
    assert resp.status_code == 400
''', None, "https://docs.stripe.com/webhooks#verify-manually")

add("html/decoy-sri-hashes", "site/themes/crown/partials/head.html", r"""
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{ .Title }} | Crown Cleaners</title>
<link rel="stylesheet" href="https://cdn.jsdelivr.net/npm/bootstrap@5.3.3/dist/css/bootstrap.min.css"
      integrity="sha384-@@a@@" crossorigin="anonymous">
<script src="https://cdn.jsdelivr.net/npm/bootstrap@5.3.3/dist/js/bootstrap.bundle.min.js"
        integrity="sha384-@@b@@" crossorigin="anonymous" defer></script>
<script src="https://unpkg.com/alpinejs@3.13.8/dist/cdn.min.js"
        integrity="sha384-@@c@@" crossorigin="anonymous" defer></script>
<link rel="icon" href="/favicon.ico">
""", None, "https://developer.mozilla.org/en-US/docs/Web/Security/Subresource_Integrity",
    a=b64rand(48), b=b64rand(48), c=b64rand(48))

add("css/decoy-data-uri", "site/themes/crown/assets/css/badges.css", r"""
/* inline icons so the store locator works offline on the kiosk */
.badge-eco {
  padding-left: 22px;
  background: no-repeat left center / 18px 18px
    url("data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAABIAAAASCAYAAABWzo5XAAAA@@png1@@");
}
.badge-sameday {
  padding-left: 22px;
  background: no-repeat left center / 18px 18px
    url("data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAABIAAAASCAYAAABWzo5XAAAA@@png2@@");
}
.badge-delivery { padding-left: 22px; }
""", None, "https://developer.mozilla.org/en-US/docs/Web/URI/Schemes/data",
    png1=b64rand(240), png2=b64rand(210))


def _ups() -> str:
    return "1Z" + chars(6, string.ascii_uppercase + string.digits) + "03" + chars(8, string.digits)


add("csv/decoy-tracking-numbers", "dispatch/exports/ship_to_stores_2024-05-06.csv", r"""
store,carrier,tracking,contents,ship_date
ELM,UPS,@@t1@@,hangers (2 cases),2024-05-06
HIL,UPS,@@t2@@,poly bags 40in,2024-05-06
OAK,UPS,@@t3@@,heat-seal labels,2024-05-06
ELM,FedEx,@@f1@@,spotting chemicals,2024-05-06
HIL,FedEx,@@f2@@,replacement scanner,2024-05-06
""", None, "https://www.ups.com/us/en/support/shipping-support/shipping-services/tracking-number.page",
    t1=_ups(), t2=_ups(), t3=_ups(), f1=chars(12, string.digits), f2=chars(12, string.digits))

add("markdown/decoy-jwt-example", "docs/dev/driver-auth.md", r"""
# Driver app authentication

The driver app logs in with the driver's phone number and a one-time code, then gets a
JWT from `/auth/driver` (12 h). Send it as `Authorization: Bearer <jwt>`.

The structure is the standard one; here is the example from jwt.io so you can see the
three parts (header, payload, signature), not one of ours:

```
eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c
```

Our tokens carry `sub` (driver id), `role` and `van`. They are signed with a key from
Secrets Manager (`prod/route-api/jwt`), never one in the repo.
""", None, "https://jwt.io/introduction")

add("ssh/decoy-known-hosts", "ansible/files/known_hosts", r"""
# store servers and plant gateway host keys (public)
elm-srv.stores.internal ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI@@a@@
hil-srv.stores.internal ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI@@b@@
oak-srv.stores.internal ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI@@c@@
plant-gw01.plant.internal ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI@@d@@
github.com ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOMqqnkVzrm0SdG6UOoqKLsabgH5C9okWi0dh2l9GKJl
""", None, "https://man.openbsd.org/sshd.8#SSH_KNOWN_HOSTS_FILE_FORMAT",
    a=chars(43, ALNUM + "+/"), b=chars(43, ALNUM + "+/"), c=chars(43, ALNUM + "+/"), d=chars(43, ALNUM + "+/"))

add("pgp/decoy-public-key", "docs/security/it-security-pubkey.asc", r"""
Send vulnerability reports about our customer app or websites encrypted to this key.

-----BEGIN PGP PUBLIC KEY BLOCK-----

mDMEZf@@l1@@
@@l2@@
@@l3@@
@@l4@@
=@@crc@@
-----END PGP PUBLIC KEY BLOCK-----
""", None, "https://www.rfc-editor.org/rfc/rfc4880#section-6.2",
    l1=chars(58, ALNUM + "+/"), l2=chars(64, ALNUM + "+/"), l3=chars(64, ALNUM + "+/"), l4=chars(40, ALNUM + "+/"), crc=chars(4, ALNUM + "+/"))

add("ruby/decoy-vendor-test-credentials", "spec/support/moneris_sandbox.rb", r"""
# Moneris QA sandbox: these are the public test credentials from Moneris' developer docs,
# shared by every integrator; they only work against esqa.moneris.com.
MONERIS_SANDBOX = {
  store_id: "store5",
  api_token: "yesguy",
  environment: :test,
  host: "esqa.moneris.com"
}.freeze

RSpec.configure do |config|
  config.before(:each, :moneris) do
    allow(Payments::MonerisClient).to receive(:credentials).and_return(MONERIS_SANDBOX)
  end
end
""", None, "https://developer.moneris.com/More/Testing/Testing%20a%20Solution")

add("ansible/decoy-vault-lookup", "ansible/roles/scan_relay/vars/main.yml", r"""
---
scan_relay_version: "1.4.2"
scan_relay_user: scanrelay
tracker_url: https://tracker.pristinelaundry.com/api
tracker_token: "{{ lookup('community.hashi_vault.hashi_vault', 'secret=kv/data/plant/scan-relay:tracker_token') }}"
sorter_db_password: "{{ lookup('community.hashi_vault.hashi_vault', 'secret=kv/data/plant/sorter:db_password') }}"
wifi_psk: "{{ vault_plant_scan_psk }}"
stations_file: /opt/scan-relay/stations.yaml
""", None, "https://docs.ansible.com/ansible/latest/collections/community/hashi_vault/hashi_vault_lookup.html")

add("compose/decoy-required-env", "order-web/docker-compose.yml", r"""
services:
  web:
    build: .
    ports: ["3000:3000"]
    environment:
      DATABASE_URL: postgres://orders:${ORDERS_DB_PASSWORD:?set ORDERS_DB_PASSWORD}@db:5432/orders
      STRIPE_SECRET_KEY: ${STRIPE_SECRET_KEY:?}
      STRIPE_WEBHOOK_SECRET: ${STRIPE_WEBHOOK_SECRET:?}
    depends_on: [db]
  db:
    image: postgres:16
    environment:
      POSTGRES_USER: orders
      POSTGRES_PASSWORD: ${ORDERS_DB_PASSWORD:?}
    volumes: [db:/var/lib/postgresql/data]
volumes:
  db:
""", None, "https://docs.docker.com/compose/environment-variables/variable-interpolation/")

add("yaml/decoy-password-policy", "pos-bridge/config/security.yaml", r"""
# Counter login policy (enforced by pos-bridge admin page and the POS PIN screen)
password_policy:
  min_length: 12
  require_upper: true
  require_digit: true
  require_symbol: false
  max_age_days: 180
  history: 5
pin_policy:
  length: 4
  lockout_after: 5
  lockout_minutes: 15
session:
  idle_timeout_minutes: 10
  password_reset_token_ttl_minutes: 30
""", None, "https://pages.nist.gov/800-63-3/sp800-63b.html#memsecret")

add("ts/decoy-cypress-env", "order-web/cypress/e2e/checkout.cy.ts", r"""
describe('checkout', () => {
  beforeEach(() => {
    cy.visit('/login');
    cy.get('input[name=email]').type(Cypress.env('E2E_USER'));
    cy.get('input[name=password]').type(Cypress.env('E2E_PASSWORD'), { log: false });
    cy.get('button[type=submit]').click();
  });

  it('schedules a pickup and pays with a test card', () => {
    cy.contains('Schedule pickup').click();
    cy.get('[data-cy=window-am]').click();
    cy.get('[data-cy=pay]').click();
    cy.getStripeElement('cardNumber').type('4242424242424242');
    cy.contains('Pickup scheduled');
  });
});
""", None, "https://docs.cypress.io/guides/guides/environment-variables")

add("swift/decoy-keychain", "DriverApp/DriverApp/Services/TokenStore.swift", r"""
import Foundation
import Security

enum TokenStore {
    private static let service = "com.valetclean.driver.session"

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
                                    kSecReturnData as String: true]
        var item: CFTypeRef?
        guard SecItemCopyMatching(query as CFDictionary, &item) == errSecSuccess,
              let data = item as? Data else { return nil }
        return String(data: data, encoding: .utf8)
    }
}
""", None, "https://developer.apple.com/documentation/security/keychain_services/keychain_items/adding_a_password_to_the_keychain")

add("kotlin/decoy-local-properties", "driver-android/app/secrets.gradle.kts", r"""
import java.util.Properties

// Keys come from local.properties (git-ignored) or CI env vars, never from this file.
val localProps = Properties().apply {
    val f = rootProject.file("local.properties")
    if (f.exists()) f.inputStream().use { load(it) }
}

fun secret(name: String): String =
    localProps.getProperty(name) ?: System.getenv(name) ?: ""

android {
    defaultConfig {
        buildConfigField("String", "MAPS_SDK_KEY", "\"${secret("MAPS_SDK_KEY")}\"")
        buildConfigField("String", "DIRECTIONS_KEY", "\"${secret("DIRECTIONS_KEY")}\"")
    }
}
""", None, "https://developers.google.com/maps/documentation/android-sdk/secrets-gradle-plugin")

add("terraform/decoy-sensitive-variable", "infra/terraform/envs/prod/variables.tf", r"""
variable "region" {
  type    = string
  default = "us-east-1"
}

variable "db_password" {
  description = "Master password for the routes database (from TF_VAR_db_password in CI)"
  type        = string
  sensitive   = true
}

variable "stripe_secret_key" {
  description = "Passed to the order API task definition via Secrets Manager"
  type        = string
  sensitive   = true
  default     = null
}

variable "driver_app_domain" {
  type    = string
  default = "drivers.valetclean.com"
}
""", None, "https://developer.hashicorp.com/terraform/language/values/variables#suppressing-values-in-cli-output")

add("nginx/decoy-key-file-reference", "web/nginx/sites-available/order.conf", r"""
server {
    listen 443 ssl http2;
    server_name order.freshpresscleaners.com;

    ssl_certificate     /etc/letsencrypt/live/order.freshpresscleaners.com/fullchain.pem;
    ssl_certificate_key /etc/letsencrypt/live/order.freshpresscleaners.com/privkey.pem;
    ssl_protocols TLSv1.2 TLSv1.3;

    location /admin/ {
        auth_basic "FreshPress admin";
        auth_basic_user_file /etc/nginx/.htpasswd-admin;
        proxy_pass http://127.0.0.1:3000;
    }

    location / {
        proxy_pass http://127.0.0.1:3000;
        proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
    }
}
""", None, "https://nginx.org/en/docs/http/configuring_https_servers.html")

add("json/decoy-stripe-object-ids", "order-web/api/tests/fixtures/payment_succeeded.json", r"""
{
  "id": "evt_3@@e@@",
  "object": "event",
  "type": "payment_intent.succeeded",
  "livemode": false,
  "data": {
    "object": {
      "id": "pi_3@@pi@@",
      "object": "payment_intent",
      "amount": 4850,
      "currency": "usd",
      "customer": "cus_@@cus@@",
      "payment_method": "pm_1@@pm@@",
      "latest_charge": "ch_3@@ch@@",
      "metadata": { "ticket": "ELM-48113", "store": "ELM" },
      "status": "succeeded"
    }
  }
}
""", None, "https://docs.stripe.com/api/events/object",
    e=chars(23), pi=chars(23), cus=chars(14), pm=chars(23), ch=chars(23))

add("json/decoy-square-webhook-payload", "counter-sync/tests/fixtures/order_updated.json", r"""
{
  "merchant_id": "@@m@@",
  "type": "order.updated",
  "event_id": "@@ev@@",
  "created_at": "2024-05-06T15:02:11.483Z",
  "data": {
    "type": "order_updated",
    "id": "@@oid@@",
    "object": {
      "order_updated": {
        "location_id": "L8J4Q2M7YP0ZK",
        "order_id": "@@oid@@",
        "state": "COMPLETED",
        "version": 4
      }
    }
  }
}
""", None, "https://developer.squareup.com/reference/square/orders-api/webhooks/order.updated",
    m=chars(13, string.ascii_uppercase + string.digits), ev=uuid_s(), oid=chars(29))

add("log/decoy-message-sids", "notify/logs/sms-2024-05-06.log", r"""
2024-05-06T14:01:12Z sent ready ELM-48113 to +1512***0110 sid=SM@@s1@@ status=queued
2024-05-06T14:01:13Z sent ready ELM-48117 to +1512***0191 sid=SM@@s2@@ status=queued
2024-05-06T14:03:40Z callback sid=SM@@s1@@ status=delivered
2024-05-06T14:03:41Z callback sid=SM@@s2@@ status=undelivered error=30003
2024-05-06T14:05:02Z sent reminder HIL-20764 to +1737***0145 sid=SM@@s3@@ status=queued
2024-05-06T14:05:09Z account=AC@@ac@@ balance_check=ok
""", None, "https://www.twilio.com/docs/glossary/what-is-a-sid",
    s1=hexs(32), s2=hexs(32), s3=hexs(32), ac=hexs(32))

add("yaml/decoy-rails-credentials-reference", "config/storage.yml", r"""
local:
  service: Disk
  root: <%= Rails.root.join("storage") %>

amazon:
  service: S3
  access_key_id: <%= Rails.application.credentials.dig(:aws, :access_key_id) %>
  secret_access_key: <%= Rails.application.credentials.dig(:aws, :secret_access_key) %>
  region: us-east-2
  bucket: villagecleaners-garment-photos
""", None, "https://guides.rubyonrails.org/active_storage_overview.html#s3-service-amazon-s3-and-s3-compatible-apis")

add("markdown/decoy-security-policy", "SECURITY.md", r"""
# Security

## Secrets

- No credentials in this repository. Payment keys (Stripe, Square, Heartland) live in the
  **Payments** vault in 1Password; store SQL passwords in the **Stores** vault.
- CI reads secrets from GitHub Actions secrets (`STRIPE_SECRET_KEY`, `SQUARE_ACCESS_TOKEN`).
- Local work uses Stripe test mode keys only, in `.env.local` (git-ignored).
- `gitleaks`-style pre-commit hooks run on every commit; do not bypass with `--no-verify`.

## Reporting

Email security@crowncleaners.com. Please do not open public issues for vulnerabilities.
""", None, "https://docs.github.com/en/code-security/getting-started/adding-a-security-policy-to-your-repository")

add("ipynb/decoy-getpass", "analytics/notebooks/route_costs.ipynb", r"""
{
 "cells": [
  {
   "cell_type": "code",
   "execution_count": 1,
   "metadata": {},
   "outputs": [],
   "source": [
    "import getpass\n",
    "import pandas as pd\n",
    "from sqlalchemy import create_engine\n",
    "pw = getpass.getpass('routes db password: ')\n",
    "eng = create_engine(f'postgresql+psycopg2://analyst:{pw}@routes-db.internal/routes')\n"
   ]
  },
  {
   "cell_type": "code",
   "execution_count": 2,
   "metadata": {},
   "outputs": [],
   "source": [
    "fuel = pd.read_sql('select route_id, miles, gallons from van_logs', eng)\n",
    "fuel.groupby('route_id').sum()"
   ]
  }
 ],
 "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""", None, "https://docs.python.org/3/library/getpass.html")

add("pgpass/decoy-placeholder", "ops/backup/pgpass.example", r"""
# Example only.
# copy to ~/.pgpass, chmod 600, and put the real password from 1Password ("backup@garment-db")
# libpq ignores the file unless its mode is 0600.
# hostname:port:database:username:password
garment-db.internal:5432:tracker:backup:CHANGE_ME
garment-db.internal:5432:routes:backup:CHANGE_ME
""", None, "https://www.postgresql.org/docs/current/libpq-pgpass.html")

add("js/decoy-hmac-signature", "kiosk/test/signature.test.js", r"""
const crypto = require('crypto');
const { verifyKioskCallback } = require('../src/verify');

// secret injected by the test runner; the expected digests below are outputs, not keys
const secret = process.env.KIOSK_TEST_SECRET || 'test-secret';

test('accepts a signed locker-open callback', () => {
  const body = JSON.stringify({ locker: 'A14', ticket: 'OAK-10231', event: 'opened' });
  const sig = crypto.createHmac('sha256', secret).update(body).digest('hex');
  expect(verifyKioskCallback(body, sig, secret)).toBe(true);
});

test('rejects a stale digest', () => {
  const body = '{"locker":"A14"}';
  expect(verifyKioskCallback(body, '@@d1@@', secret)).toBe(false);
  expect(verifyKioskCallback(body, '@@d2@@', secret)).toBe(false);
});
""", None, "https://nodejs.org/api/crypto.html#cryptocreatehmacalgorithm-key-options", d1=hexs(64), d2=hexs(64))

add("zpl/decoy-graphic-hex", "plant/labels/bag_tag.zpl", r"""
^XA
^CI28
^PW812
^LL406
^FO20,20^GFA,@@n@@,@@n@@,16,@@g1@@
@@g2@@
@@g3@@^FS
^FO200,30^A0N,48,48^FDCrown Cleaners^FS
^FO200,90^A0N,34,34^FDTicket: ^FN1^FS
^FO200,140^A0N,30,30^FDPieces: ^FN2^FS
^FO20,200^BY3^BCN,120,Y,N,N^FN1^FS
^XZ
""", None, "https://docs.zebra.com/us/en/printers/software/zpl-pg/c-zpl-zpl-commands/r-zpl-gf.html",
    n="768", g1=hexs(160, UPHEX), g2=hexs(160, UPHEX), g3=hexs(120, UPHEX))

add("csv/decoy-plc-tag-export", "plant/plc/conveyor_a_tags.csv", r"""
Name,DataType,Address,Comment
Conveyor_A.SlotOccupied,BOOL[800],%DB10.DBX0.0,one bit per slot
Conveyor_A.ChainSpeed,REAL,%DB10.DBD100,m/min
Conveyor_A.FaultCode,WORD,%DB10.DBW104,E14=chain stall E22=film out E31=scanner
Conveyor_A.LastTicket,STRING[16],%DB10.DBB110,ticket at loader
Conveyor_A.BarcodeHash,DWORD,%DB10.DBD128,16#@@h@@ CRC of last scan
Conveyor_A.RecipeId,DINT,%DB10.DBD132,active recipe
""", None, "https://support.industry.siemens.com/cs/document/109747136/", h=hexs(8, UPHEX))

add("openapi/decoy-placeholder", "route-api/openapi.yaml", r"""
openapi: 3.0.3
info:
  title: Driver API
  version: 2.4.0
servers:
  - url: https://api.valetclean.com/driver/v2
components:
  securitySchemes:
    ApiKey:
      type: apiKey
      in: header
      name: X-Api-Key
security:
  - ApiKey: []
paths:
  /routes/{routeId}/stops:
    get:
      summary: Stops on a route, in order
      parameters:
        - { name: routeId, in: path, required: true, schema: { type: string } }
        - name: X-Api-Key
          in: header
          required: true
          schema: { type: string }
          example: YOUR_API_KEY
      responses:
        "200": { description: OK }
""", None, "https://swagger.io/docs/specification/authentication/api-keys/")

add("k8s-secret/decoy-placeholder", "k8s/templates/notify-secret.example.yaml", r"""
# Template only: ops create the real Secret with `kubectl create secret generic --from-env-file`
apiVersion: v1
kind: Secret
metadata:
  name: notify
  namespace: notify
type: Opaque
stringData:
  TWILIO_AUTH_TOKEN: REPLACE_ME
  SENDGRID_API_KEY: REPLACE_ME
  SLACK_WEBHOOK_URL: https://hooks.slack.com/services/REPLACE/ME/PLEASE
""", None, "https://kubernetes.io/docs/tasks/configmap-secret/managing-secret-using-config-file/")

add("env/decoy-empty-values", "counter-sync/.env.local.sample", r"""
# counter-sync local settings (leave secrets empty; the app asks on first run)
SQUARE_ENVIRONMENT=sandbox
SQUARE_ACCESS_TOKEN=
SQUARE_LOCATION_ID=L8J4Q2M7YP0ZK
CLOVER_API_TOKEN=
DB_PASSWORD=
POLL_SECONDS=20
""", None, "https://github.com/motdotla/dotenv#usage")

add("go/decoy-secrets-manager", "tracker/internal/config/secrets.go", r"""
package config

import (
	"context"
	"encoding/json"

	"github.com/aws/aws-sdk-go-v2/aws"
	awscfg "github.com/aws/aws-sdk-go-v2/config"
	"github.com/aws/aws-sdk-go-v2/service/secretsmanager"
)

type DBSecret struct {
	Username string `json:"username"`
	Password string `json:"password"`
}

// LoadDB fetches the tracker DB credentials at start-up; nothing is cached on disk.
func LoadDB(ctx context.Context) (DBSecret, error) {
	cfg, err := awscfg.LoadDefaultConfig(ctx)
	if err != nil {
		return DBSecret{}, err
	}
	out, err := secretsmanager.NewFromConfig(cfg).GetSecretValue(ctx, &secretsmanager.GetSecretValueInput{
		SecretId: aws.String("prod/tracker/db"),
	})
	if err != nil {
		return DBSecret{}, err
	}
	var s DBSecret
	err = json.Unmarshal([]byte(aws.ToString(out.SecretString)), &s)
	return s, err
}
""", None, "https://docs.aws.amazon.com/secretsmanager/latest/userguide/retrieving-secrets_go.html")

add("json/decoy-key-vault-references", "src/Plant.Api/appsettings.Staging.json", r"""
{
  "ConnectionStrings": {
    "Plant": "@Microsoft.KeyVault(SecretUri=https://plant-kv.vault.azure.net/secrets/plant-sql-conn/)"
  },
  "Twilio": {
    "AccountSid": "@Microsoft.KeyVault(VaultName=plant-kv;SecretName=twilio-sid)",
    "AuthToken": "@Microsoft.KeyVault(VaultName=plant-kv;SecretName=twilio-token)"
  },
  "Conveyor": {
    "PlcEndpoint": "opc.tcp://10.40.1.30:4840"
  }
}
""", None, "https://learn.microsoft.com/en-us/azure/app-service/app-service-key-vault-references")

add("shell/decoy-op-read", "scripts/print-route-sheet.sh", r"""
#!/usr/bin/env bash
# Prints tomorrow's route sheets. The API key comes from 1Password at run time.
set -euo pipefail

ROUTE4ME_API_KEY="$(op read 'op://Dispatch/Route4Me/api key')"
export ROUTE4ME_API_KEY

date="$(date -d tomorrow +%F)"
python3 dispatch/route_sheets.py --date "$date" --out "/tmp/routes-$date.pdf"
lp -d Brother_HL_L2350 "/tmp/routes-$date.pdf"
""", None, "https://developer.1password.com/docs/cli/reference/commands/read/")

add("compose/decoy-image-digests", "plant/docker-compose.pinned.yml", r"""
services:
  scan-api:
    image: ghcr.io/pristine-laundry/scan-api@sha256:@@d1@@
    restart: unless-stopped
  node-red:
    image: nodered/node-red@sha256:@@d2@@
    volumes: ["./node-red:/data"]
  mosquitto:
    image: eclipse-mosquitto@sha256:@@d3@@
    volumes: ["./mosquitto:/mosquitto/config"]
""", None, "https://docs.docker.com/reference/compose-file/services/#image",
    d1=hexs(64), d2=hexs(64), d3=hexs(64))

add("hcl/decoy-provider-lock-hashes", "infra/terraform/envs/prod/.terraform.lock.hcl", r"""
# This file is maintained automatically by "terraform init".
# Manual edits may be lost in future updates.

provider "registry.terraform.io/hashicorp/aws" {
  version     = "5.46.0"
  constraints = "~> 5.40"
  hashes = [
    "h1:@@h1@@",
    "zh:@@z1@@",
    "zh:@@z2@@",
    "zh:@@z3@@",
  ]
}

provider "registry.terraform.io/hashicorp/random" {
  version = "3.6.1"
  hashes = [
    "h1:@@h2@@",
    "zh:@@z4@@",
  ]
}
""", None, "https://developer.hashicorp.com/terraform/language/files/dependency-lock",
    h1=b64rand(32), h2=b64rand(32), z1=hexs(64), z2=hexs(64), z3=hexs(64), z4=hexs(64))

add("python/decoy-fake-token", "bots/shift-bot-py/tests/test_backlog.py", r'''
from unittest import mock

from shift_bot.app import build_app

# obviously fake; Bolt never calls Slack in these tests
FAKE_BOT_TOKEN = "xoxb-000000000000-0000000000000-FAKEFAKEFAKEFAKEFAKEFAKE"
FAKE_SIGNING_SECRET = "not-a-real-signing-secret"


def test_backlog_lists_stores():
    app = build_app(token=FAKE_BOT_TOKEN, signing_secret=FAKE_SIGNING_SECRET, token_verification_enabled=False)
    respond = mock.Mock()
    with mock.patch("shift_bot.db.backlog_by_store", return_value=[{"store": "ELM", "pieces": 12, "late": 1}]):
        app.handle_backlog(ack=mock.Mock(), respond=respond)
    assert "ELM: 12 pcs" in respond.call_args.kwargs["text"]
''', None, "https://slack.dev/bolt-python/concepts#authorization")

add("ts/decoy-generated-test-key", "order-web/src/__tests__/payments.test.ts", r"""
import { createPaymentIntent } from '../payments';

// a key of the right shape, built at run time, so the SDK's format check passes in tests
const TEST_KEY = 'sk_test_' + 'x'.repeat(24);

jest.mock('stripe', () =>
  jest.fn().mockImplementation(() => ({
    paymentIntents: { create: jest.fn().mockResolvedValue({ id: 'pi_test_123', client_secret: 'pi_test_123_secret_abc' }) },
  }))
);

test('creates an intent for a ticket', async () => {
  const intent = await createPaymentIntent(TEST_KEY, { ticket: 'ELM-1', amountCents: 1250 });
  expect(intent.id).toBe('pi_test_123');
});
""", None, "https://jestjs.io/docs/mock-functions")

add("ini/decoy-device-inventory", "it/inventory/store-devices.ini", r"""
[ELM-COUNTER-01]
model=HP EliteDesk 800 G6 Mini
serial=@@s1@@
mac=@@m1@@
tag_printer=Zebra GK420t S/N @@z1@@

[HIL-COUNTER-01]
model=HP EliteDesk 800 G6 Mini
serial=@@s2@@
mac=@@m2@@
tag_printer=Zebra GK420t S/N @@z2@@

[PLANT-GW01]
model=Dell OptiPlex 3000 Thin Client
serial=@@s3@@
mac=@@m3@@
""", None, "https://learn.microsoft.com/en-us/windows/win32/sysinfo/computer-names",
    s1=chars(10, string.ascii_uppercase + string.digits), s2=chars(10, string.ascii_uppercase + string.digits),
    s3=chars(7, string.ascii_uppercase + string.digits),
    m1=":".join(hexs(2, UPHEX) for _ in range(6)), m2=":".join(hexs(2, UPHEX) for _ in range(6)),
    m3=":".join(hexs(2, UPHEX) for _ in range(6)),
    z1=chars(12, string.ascii_uppercase + string.digits), z2=chars(12, string.ascii_uppercase + string.digits))

add("ini/decoy-prompt-password", "pos/CleanDesk/CleanDesk.template.ini", r"""
[Database]
Server=STORE-SRV
Path=C:\CleanDesk\Data\CLEANDESK.FDB
User=CLEANDESK
; leave Password empty: CleanDesk asks at start-up and keeps it in Windows Credential Manager
Password=
PromptForPassword=1

[Printing]
TagPrinter=Zebra GK420t
Receipt=EPSON TM-T20III
""", None, "https://learn.microsoft.com/en-us/windows/win32/secauthn/credentials-management")

add("go/decoy-test-dummy-creds", "tracker/internal/store/db_test.go", r"""
package store

import (
	"os"
	"testing"
)

func TestOpenUsesEnvDSN(t *testing.T) {
	dsn := os.Getenv("TRACKER_TEST_DSN")
	if dsn == "" {
		dsn = "postgres://tracker_test:tracker_test@localhost:5432/tracker_test?sslmode=disable"
	}
	db, err := openDSN(dsn)
	if err != nil {
		t.Skipf("no test database: %v", err)
	}
	defer db.Close()
	if err := db.Ping(); err != nil {
		t.Fatal(err)
	}
}
""", None, "https://pkg.go.dev/testing#T.Skipf")
