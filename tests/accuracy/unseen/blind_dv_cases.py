"""Blind set DV: funeral homes and cemeteries, their vendors and their IT.

Case management and arrangement portals, obituary and memorial websites (WordPress, Drupal,
Laravel, Next.js), livestreams of services, payment processors and preneed financing, florist and
merchandise integrations, state death registration (EDRS) transfers, record and plot archives
(scans, GIS maps), backups, NVRs, office networks, and their decoys. Generated fakes only
(seeds 1210000-1219999).
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
UPPER_DIGITS = string.ascii_uppercase + string.digits
LOWER_DIGITS = string.ascii_lowercase + string.digits
URLSAFE = ALNUM + "-_"
B64 = ALNUM + "+/"
SEED_LOW, SEED_HIGH = 1210000, 1219999
_SEED = [SEED_LOW]


def _seed() -> int:
    _SEED[0] += 7
    assert SEED_LOW <= _SEED[0] <= SEED_HIGH
    return _SEED[0]


def _rng() -> random.Random:
    return random.Random(_seed())


def rs(n: int, alphabet: str = ALNUM) -> str:
    """n characters drawn from the alphabet; for ALNUM, both cases and a digit (bounded retries)."""
    r = _rng()
    value = ""
    for _ in range(50):
        value = "".join(r.choice(alphabet) for _ in range(n))
        if alphabet != ALNUM or n < 8 or (any(c.isdigit() for c in value) and any(c.isupper() for c in value)
                                          and any(c.islower() for c in value)):
            break
    return value


def hexs(n: int) -> str:
    return rs(n, HEX)


def digits(n: int) -> str:
    r = _rng()
    return str(r.randint(1, 9)) + "".join(r.choice(string.digits) for _ in range(n - 1))


def uuid_s() -> str:
    return fakes.uuid4(_seed())


def b64(value: str) -> str:
    return base64.b64encode(value.encode()).decode()


def b64_bytes(n: int) -> str:
    r = _rng()
    return base64.b64encode(bytes(r.randrange(256) for _ in range(n))).decode()


WORDS = ["Willow", "Granite", "Lantern", "Cypress", "Harbor", "Meadow", "Juniper", "Falcon", "Orchard", "Summit",
         "Thistle", "Cobalt", "Ember", "Sparrow", "Hollow", "Marble", "Bramble", "Aspen", "Copper", "Linden"]
LOWER = ["candle", "river", "pebble", "maple", "violet", "anchor", "lilac", "saddle", "walnut", "harvest",
         "oyster", "meadow", "pilgrim", "cedar", "thunder", "orchid"]


def words_pw() -> str:
    r = _rng()
    return r.choice(WORDS) + r.choice("!#$%@*&") + r.choice(WORDS) + str(r.randint(10, 9999))


def rand_pw(n: int = 20, extra: str = "") -> str:
    return rs(n, ALNUM + extra) if extra else rs(n)


def passphrase(sep: str = "-") -> str:
    r = _rng()
    return sep.join(r.sample(LOWER, 4)) + str(r.randint(2, 99))


def fill(template: str, **values: str) -> str:
    for key, value in values.items():
        marker = f"@@{key}@@"
        assert marker in template, (key, template[:120])
        template = template.replace(marker, value)
    assert "@@" not in template, template[:200]
    return template


# --- vendor-shaped fakes -------------------------------------------------------------------------

def stripe_secret(prefix: str = "sk_live_") -> str:
    return prefix + "51" + rs(97)


def stripe_whsec() -> str:
    return "whsec_" + rs(32)


def square_token() -> str:
    return "EAAA" + rs(60, URLSAFE)


def square_app_secret() -> str:
    return "sq0csp-" + rs(43, URLSAFE)


def paypal_secret() -> str:
    return "E" + rs(79, URLSAFE)


def sendgrid_key() -> str:
    return "SG." + rs(22, URLSAFE) + "." + rs(43, URLSAFE)


def mailgun_key() -> str:
    return hexs(32) + "-" + hexs(8) + "-" + hexs(8)


def mailchimp_key() -> str:
    return hexs(32) + "-us21"


def slack_bot() -> str:
    return f"xoxb-{digits(11)}-{digits(13)}-{rs(24)}"


def slack_webhook() -> str:
    return f"https://hooks.slack.com/services/T{rs(8, UPPER_DIGITS)}/B{rs(10, UPPER_DIGITS)}/{rs(24)}"


def discord_webhook() -> str:
    return f"https://discord.com/api/webhooks/{digits(19)}/{rs(68, URLSAFE)}"


def teams_webhook() -> str:
    return (f"https://heritagememorial.webhook.office.com/webhookb2/{uuid_s()}@{uuid_s()}/IncomingWebhook/"
            f"{hexs(32)}/{uuid_s()}")


def google_key() -> str:
    return "AIza" + rs(35, URLSAFE)


def azure_storage_key() -> str:
    return b64_bytes(64)


def azure_ad_secret() -> str:
    return rs(3) + "8Q~" + rs(34, ALNUM + "_.-~")


def okta_token() -> str:
    return "00" + rs(40, URLSAFE)


def anthropic_key() -> str:
    return "sk-ant-api03-" + rs(93, URLSAFE) + "AA"


def facebook_page_token() -> str:
    return "EAAG" + rs(180)


def fcm_server_key() -> str:
    return "AAAA" + rs(7, URLSAFE) + ":APA91b" + rs(134, URLSAFE)


def mapbox_token(kind: str, user: str) -> str:
    payload = base64.urlsafe_b64encode(json.dumps({"u": user, "a": rs(25, LOWER_DIGITS)},
                                                  separators=(",", ":")).encode()).decode().rstrip("=")
    return f"{kind}.{payload}.{rs(22, URLSAFE)}"


def wireguard_key() -> str:
    return b64_bytes(32)


def openssh_key() -> str:
    body = "b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW" + rs(430, B64)
    lines = [body[i:i + 70] for i in range(0, len(body), 70)]
    return "-----BEGIN OPENSSH PRIVATE KEY-----\n" + "\n".join(lines) + "\n-----END OPENSSH PRIVATE KEY-----"


def pgp_private_block() -> str:
    body = "lQVYBG" + rs(634, B64)
    lines = [body[i:i + 64] for i in range(0, len(body), 64)]
    return ("-----BEGIN PGP PRIVATE KEY BLOCK-----\n\n" + "\n".join(lines) + "\n=" + rs(4, B64)
            + "\n-----END PGP PRIVATE KEY BLOCK-----")


def bcrypt_hash() -> str:
    return "$2b$12$" + rs(53, "./" + ALNUM)


def sha512_crypt() -> str:
    return "$6$" + rs(16, "./" + ALNUM) + "$" + rs(86, "./" + ALNUM)


def cert_block() -> str:
    body = "MIID" + rs(596, B64)
    lines = [body[i:i + 64] for i in range(0, len(body), 64)]
    return "-----BEGIN CERTIFICATE-----\n" + "\n".join(lines) + "\n-----END CERTIFICATE-----"


def public_key_block() -> str:
    body = "MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA" + rs(348, B64) + "IDAQAB"
    lines = [body[i:i + 64] for i in range(0, len(body), 64)]
    return "-----BEGIN PUBLIC KEY-----\n" + "\n".join(lines) + "\n-----END PUBLIC KEY-----"


def ssh_public(comment: str) -> str:
    return "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI" + rs(43, B64) + " " + comment


CASES: List[LabelledCase] = []


def add(category: str, file_name: str, text: str, secret: Optional[str], source: str) -> None:
    CASES.append(LabelledCase(f"blind-dv/{category}", file_name, text, secret, source))


# ==================================================================================================
# Payments: arrangement portals, preneed installments, online condolence-gift checkout
# ==================================================================================================

_s = stripe_secret()
add("env/stripe-secret-key", "arrangement-portal/.env", fill("""\
APP_NAME="Heritage Arrangements"
APP_ENV=production
APP_DEBUG=false
APP_URL=https://arrange.heritagememorialchapel.com

LOG_CHANNEL=daily
DB_CONNECTION=mysql
DB_HOST=10.20.4.15
DB_PORT=3306
DB_DATABASE=arrangements
DB_USERNAME=arrange_app
DB_PASSWORD="${ARRANGE_DB_PASSWORD}"

# Stripe - family payments for pre-need contracts and at-need balances
STRIPE_KEY=pk_live_51MxQpLHc0ZpT7aWfPublicKeyOnlyForCheckout
STRIPE_SECRET=@@s@@
STRIPE_CURRENCY=usd
CASHIER_CURRENCY_LOCALE=en_US

MAIL_MAILER=smtp
MAIL_HOST=smtp.office365.com
MAIL_PORT=587
MAIL_FROM_ADDRESS=arrangements@heritagememorialchapel.com
""", s=_s), _s, "Stripe API keys (docs.stripe.com/keys); Laravel Cashier configuration")

_s = stripe_whsec()
add("python/stripe-webhook-secret", "services/payments/webhooks.py", fill('''\
"""Stripe webhooks for the at-need balance: mark the case paid when the invoice settles."""
import stripe
from flask import Blueprint, abort, request

from .cases import mark_invoice_paid, record_failed_payment

bp = Blueprint("stripe_webhooks", __name__)

ENDPOINT_SECRET = "@@s@@"


@bp.route("/hooks/stripe", methods=["POST"])
def stripe_hook():
    payload = request.get_data()
    signature = request.headers.get("Stripe-Signature", "")
    try:
        event = stripe.Webhook.construct_event(payload, signature, ENDPOINT_SECRET)
    except (ValueError, stripe.error.SignatureVerificationError):
        abort(400)

    if event["type"] == "invoice.paid":
        mark_invoice_paid(event["data"]["object"]["metadata"]["case_number"])
    elif event["type"] == "invoice.payment_failed":
        record_failed_payment(event["data"]["object"]["id"])
    return "", 204
''', s=_s), _s, "Stripe webhook signatures (docs.stripe.com/webhooks/signature)")

_s = square_token()
add("python/square-access-token", "scripts/sync_square_payments.py", fill('''\
#!/usr/bin/env python3
"""Nightly: pull Square payments from the front-desk terminals into the case ledger."""
import datetime as dt
import os

from square.client import Client

from ledger import post_payment

client = Client(
    access_token="@@s@@",
    environment="production",
)

LOCATION_ID = "L8WQ2C9XK7Z3M"  # Main chapel, 1400 Elm St


def main() -> None:
    since = (dt.datetime.utcnow() - dt.timedelta(days=1)).isoformat() + "Z"
    result = client.payments.list_payments(begin_time=since, location_id=LOCATION_ID)
    if result.is_error():
        raise SystemExit(result.errors)
    for payment in result.body.get("payments", []):
        note = payment.get("note", "")
        post_payment(case_number=note.strip(), cents=payment["amount_money"]["amount"],
                     reference=payment["id"])


if __name__ == "__main__":
    main()
''', s=_s), _s, "Square Payments API, access tokens (developer.squareup.com/docs/build-basics/access-tokens)")

_s = rs(16)
add("js/authorize-net-transaction-key", "server/lib/authnet.js", fill("""\
'use strict';
// Authorize.Net AIM replacement: charge pre-need installments on file (CIM profiles)
const { APIContracts, APIControllers, Constants } = require('authorizenet');

const merchantAuth = new APIContracts.MerchantAuthenticationType();
merchantAuth.setName('7uQ4rZ8bT2');
merchantAuth.setTransactionKey('@@s@@');

function chargeProfile(customerProfileId, paymentProfileId, amount, contractNo) {
  const profileToCharge = new APIContracts.CustomerProfilePaymentType();
  profileToCharge.setCustomerProfileId(customerProfileId);
  const paymentProfile = new APIContracts.PaymentProfile();
  paymentProfile.setPaymentProfileId(paymentProfileId);
  profileToCharge.setPaymentProfile(paymentProfile);

  const order = new APIContracts.OrderType();
  order.setInvoiceNumber(contractNo);
  order.setDescription('Pre-need installment');

  const tx = new APIContracts.TransactionRequestType();
  tx.setTransactionType(APIContracts.TransactionTypeEnum.AUTHCAPTURETRANSACTION);
  tx.setProfile(profileToCharge);
  tx.setAmount(amount);
  tx.setOrder(order);

  const req = new APIContracts.CreateTransactionRequest();
  req.setMerchantAuthentication(merchantAuth);
  req.setTransactionRequest(tx);

  const ctrl = new APIControllers.CreateTransactionController(req.getJSON());
  ctrl.setEnvironment(Constants.endpoint.production);
  return new Promise((resolve) => ctrl.execute(() => resolve(ctrl.getResponse())));
}

module.exports = { chargeProfile };
""", s=_s), _s, "Authorize.Net API reference, merchantAuthentication (developer.authorize.net/api/reference)")

_s = paypal_secret()
add("java/paypal-client-secret", "src/main/java/com/evergreen/pay/PayPalConfig.java", fill("""\
package com.evergreen.pay;

import com.paypal.core.PayPalEnvironment;
import com.paypal.core.PayPalHttpClient;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** PayPal checkout for memorial tree and keepsake orders on the obituary pages. */
@Configuration
public class PayPalConfig {

    private static final String CLIENT_ID =
            "AVx3kq9Nn2mT0bQ7sLw1pEy6RcZfH8dJ4uGaKo5iXvMtWbYhCe3lP0nS9rDqF2gUjA7zT1mB6wK";
    private static final String CLIENT_SECRET =
            "@@s@@";

    @Bean
    public PayPalHttpClient payPalHttpClient() {
        PayPalEnvironment env = new PayPalEnvironment.Live(CLIENT_ID, CLIENT_SECRET);
        return new PayPalHttpClient(env);
    }
}
""", s=_s), _s, "PayPal REST API credentials (developer.paypal.com/api/rest/authentication)")

_s = hexs(32)
add("ruby/braintree-private-key", "config/initializers/braintree.rb", fill("""\
# Braintree gateway for the online flower and keepsake store
Braintree::Configuration.environment = :production
Braintree::Configuration.logger = Rails.logger
Braintree::Configuration.merchant_id = "x7k2m9q4d8w3v6pz"
Braintree::Configuration.public_key = "h3d8s2k9f7r4n6tb"
Braintree::Configuration.private_key = "@@s@@"

Rails.application.config.after_initialize do
  Rails.logger.info("Braintree configured for merchant #{Braintree::Configuration.merchant_id}")
end
""", s=_s), _s, "Braintree Ruby SDK configuration (developer.paypal.com/braintree/docs/start/hello-server)")

_s = "skapi_prod_" + rs(40, URLSAFE)
add("php/heartland-secret-api-key", "app/Payments/HeartlandGateway.php", fill("""\
<?php

namespace App\\Payments;

use GlobalPayments\\Api\\ServiceConfigs\\Gateways\\PorticoConfig;
use GlobalPayments\\Api\\ServicesContainer;
use GlobalPayments\\Api\\PaymentMethods\\CreditCardData;

class HeartlandGateway
{
    public function __construct()
    {
        $config = new PorticoConfig();
        $config->secretApiKey = '@@s@@';
        $config->developerId = '002914';
        $config->versionNumber = '3409';
        $config->serviceUrl = 'https://api2.heartlandportico.com';
        ServicesContainer::configureService($config);
    }

    public function chargeToken(string $token, float $amount, string $caseNumber)
    {
        $card = new CreditCardData();
        $card->token = $token;

        return $card->charge($amount)
            ->withCurrency('USD')
            ->withInvoiceNumber($caseNumber)
            ->withAllowDuplicates(false)
            ->execute();
    }
}
""", s=_s), _s, "Global Payments / Heartland Portico PHP SDK (developer.globalpay.com)")

_s = rs(64, UPPER_DIGITS)
add("php/converge-ssl-pin", "includes/converge-pay.php", fill("""\
<?php
// Elavon Converge hosted payment page for the cemetery office (plot and marker deposits)
define('CONVERGE_MERCHANT_ID', '0022417');
define('CONVERGE_USER_ID', 'webpage');
define('CONVERGE_PIN', '@@s@@');
define('CONVERGE_TOKEN_URL', 'https://api.convergepay.com/hosted-payments/transaction_token');

function converge_session_token($amount, $invoice) {
    $fields = http_build_query([
        'ssl_merchant_id'      => CONVERGE_MERCHANT_ID,
        'ssl_user_id'          => CONVERGE_USER_ID,
        'ssl_pin'              => CONVERGE_PIN,
        'ssl_transaction_type' => 'ccsale',
        'ssl_amount'           => number_format($amount, 2, '.', ''),
        'ssl_invoice_number'   => $invoice,
    ]);
    $ch = curl_init(CONVERGE_TOKEN_URL);
    curl_setopt($ch, CURLOPT_POST, true);
    curl_setopt($ch, CURLOPT_POSTFIELDS, $fields);
    curl_setopt($ch, CURLOPT_RETURNTRANSFER, true);
    $token = curl_exec($ch);
    curl_close($ch);
    return $token;
}
""", s=_s), _s, "Elavon Converge Hosted Payments, ssl_pin (developer.elavon.com)")

_s = rs(32)
add("php/nmi-security-key", "wp-content/plugins/tribute-gifts/nmi.php", fill("""\
<?php
/**
 * Tribute Gifts - NMI Direct Post for memorial donations collected on obituary pages.
 */
if (!defined('ABSPATH')) { exit; }

class Tribute_Gifts_NMI {
    const ENDPOINT = 'https://secure.nmi.com/api/transact.php';
    private $security_key = '@@s@@';

    public function sale($payment_token, $amount, $obituary_id) {
        $body = array(
            'security_key'  => $this->security_key,
            'type'          => 'sale',
            'amount'        => sprintf('%.2f', $amount),
            'payment_token' => $payment_token,
            'orderid'       => 'OBIT-' . intval($obituary_id),
        );
        $response = wp_remote_post(self::ENDPOINT, array('body' => $body, 'timeout' => 30));
        parse_str(wp_remote_retrieve_body($response), $result);
        return $result;
    }
}
""", s=_s), _s, "NMI Payment API, security_key (secure.nmi.com/merchants/resources/integration)")

_s = stripe_secret("rk_live_")
add("yaml/stripe-restricted-key", "deploy/helm/florist-orders/values-prod.yaml", fill("""\
replicaCount: 2
image:
  repository: registry.gitlab.com/evergreen-fh/florist-orders
  tag: "2.14.3"
service:
  type: ClusterIP
  port: 8080
ingress:
  enabled: true
  className: nginx
  hosts:
    - host: flowers.evergreenfuneralhome.com
      paths: ["/"]
env:
  FLORIST_NETWORK: teleflora
  STRIPE_ACCOUNT: acct_1NxP4qHc92LmZt7R
  STRIPE_RESTRICTED_KEY: "@@s@@"
  ORDER_CUTOFF_HOURS: "6"
resources:
  limits:
    cpu: 500m
    memory: 512Mi
""", s=_s), _s, "Stripe restricted API keys (docs.stripe.com/keys#limit-access); Helm values files")

_s = square_app_secret()
add("toml/square-oauth-secret", "config/square.toml", fill("""\
# Square OAuth for multi-location funeral group (each chapel authorizes the app)
[square]
environment = "production"
application_id = "sq0idp-Hk4bq2ZP9vXl0e3TQm1ucA"
application_secret = "@@s@@"
redirect_uri = "https://ops.lakesidefuneralgroup.com/oauth/square/callback"
scopes = ["PAYMENTS_READ", "ORDERS_READ", "MERCHANT_PROFILE_READ"]

[sync]
interval_minutes = 30
locations_file = "locations.csv"
""", s=_s), _s, "Square OAuth API, application secret (developer.squareup.com/docs/oauth-api/overview)")

_s = "access_token$production$" + rs(16, LOWER_DIGITS) + "$" + hexs(32)
add("ts/braintree-access-token", "src/payments/paypalBraintree.ts", fill("""\
import braintree from 'braintree';

// Braintree Auth access token for the PayPal-via-Braintree flow (keepsake shop)
const gateway = new braintree.BraintreeGateway({
  accessToken: '@@s@@',
});

export async function clientToken(): Promise<string> {
  const response = await gateway.clientToken.generate({});
  return response.clientToken;
}

export async function settle(nonce: string, amount: string, orderId: string) {
  return gateway.transaction.sale({
    amount,
    paymentMethodNonce: nonce,
    orderId,
    options: { submitForSettlement: true, paypal: { description: 'Memorial keepsake order' } },
  });
}
""", s=_s), _s, "Braintree PayPal access tokens (developer.paypal.com/braintree/docs/guides/paypal/overview)")

_s = hexs(30)
add("python/plaid-secret", "preneed/trust/bank_verify.py", fill('''\
"""Verify the family's bank account before the first pre-need ACH draft (Plaid Auth)."""
import plaid
from plaid.api import plaid_api
from plaid.model.auth_get_request import AuthGetRequest
from plaid.model.item_public_token_exchange_request import ItemPublicTokenExchangeRequest

configuration = plaid.Configuration(
    host=plaid.Environment.Production,
    api_key={
        "clientId": "64b1f0e2c7d8a9001a3f5e21",
        "secret": "@@s@@",
    },
)
client = plaid_api.PlaidApi(plaid.ApiClient(configuration))


def account_numbers(public_token: str) -> dict:
    exchange = client.item_public_token_exchange(ItemPublicTokenExchangeRequest(public_token=public_token))
    auth = client.auth_get(AuthGetRequest(access_token=exchange["access_token"]))
    ach = auth["numbers"]["ach"][0]
    return {"routing": ach["routing"], "account": ach["account"]}
''', s=_s), _s, "Plaid API keys (plaid.com/docs/api/#api-access)")

# ==================================================================================================
# Family notifications: email, SMS, chat alerts for first calls and service changes
# ==================================================================================================

_s = sendgrid_key()
add("k8s-secret/sendgrid-api-key", "k8s/notify/secret.yaml", fill("""\
apiVersion: v1
kind: Secret
metadata:
  name: notify-sendgrid
  namespace: family-portal
  labels:
    app.kubernetes.io/name: notify
type: Opaque
data:
  SENDGRID_API_KEY: @@s@@
  SENDGRID_FROM: b2JpdHVhcmllc0BtYXBsZXdvb2RjaGFwZWwuY29t
""", s=b64(_s)), _s, "Kubernetes Secrets (kubernetes.io/docs/concepts/configuration/secret); SendGrid API keys")

_s = hexs(32)
add("csharp/twilio-auth-token", "src/Notify/SmsSender.cs", fill("""\
using System.Threading.Tasks;
using Twilio;
using Twilio.Rest.Api.V2010.Account;
using Twilio.Types;

namespace Oakridge.CaseManager.Notify
{
    /// <summary>Texts families when visitation times change.</summary>
    public class SmsSender
    {
        private const string AccountSid = "AC4f1e8b2d9c7a6350e1f2d3c4b5a69788";
        private const string AuthToken = "@@s@@";
        private const string FromNumber = "+16165550142";

        public SmsSender()
        {
            TwilioClient.Init(AccountSid, AuthToken);
        }

        public async Task<string> SendAsync(string to, string body)
        {
            var message = await MessageResource.CreateAsync(
                to: new PhoneNumber(to),
                from: new PhoneNumber(FromNumber),
                body: body);
            return message.Sid;
        }
    }
}
""", s=_s), _s, "Twilio C# helper library quickstart (twilio.com/docs/libraries/csharp-dotnet)")

_s = uuid_s()
add("go/postmark-server-token", "internal/mail/postmark.go", fill("""\
package mail

import (
	"bytes"
	"encoding/json"
	"fmt"
	"net/http"
	"time"
)

const (
	postmarkURL   = "https://api.postmarkapp.com/email/withTemplate"
	serverToken   = "@@s@@"
	messageStream = "outbound"
)

type TemplateMail struct {
	From          string         `json:"From"`
	To            string         `json:"To"`
	TemplateAlias string         `json:"TemplateAlias"`
	TemplateModel map[string]any `json:"TemplateModel"`
	MessageStream string         `json:"MessageStream"`
}

// SendServiceDetails mails the family the confirmed service schedule.
func SendServiceDetails(to string, model map[string]any) error {
	body, _ := json.Marshal(TemplateMail{From: "care@brookfieldfuneral.com", To: to,
		TemplateAlias: "service-details", TemplateModel: model, MessageStream: messageStream})
	req, _ := http.NewRequest(http.MethodPost, postmarkURL, bytes.NewReader(body))
	req.Header.Set("Accept", "application/json")
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("X-Postmark-Server-Token", serverToken)
	resp, err := (&http.Client{Timeout: 15 * time.Second}).Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return fmt.Errorf("postmark: %s", resp.Status)
	}
	return nil
}
""", s=_s), _s, "Postmark API, X-Postmark-Server-Token (postmarkapp.com/developer/api/overview)")

_s = mailgun_key()
add("dockerfile/mailgun-api-key", "obituary-mailer/Dockerfile", fill("""\
FROM node:20-alpine

WORKDIR /srv/mailer
COPY package.json package-lock.json ./
RUN npm ci --omit=dev
COPY . .

ENV NODE_ENV=production \\
    MAILGUN_DOMAIN=mg.willowcreekmemorial.com \\
    MAILGUN_API_KEY=@@s@@ \\
    DIGEST_CRON="0 6 * * *"

USER node
CMD ["node", "src/daily-obituary-digest.js"]
""", s=_s), _s, "Mailgun API keys (documentation.mailgun.com/docs/mailgun/api-reference/authentication)")

_s = mailchimp_key()
add("ruby/mailchimp-api-key", "lib/tasks/aftercare.rake", fill("""\
# Aftercare program: add families to the grief-support email series 30 days after the service
require "MailchimpMarketing"

namespace :aftercare do
  desc "Subscribe families whose service was 30 days ago"
  task enroll: :environment do
    client = MailchimpMarketing::Client.new
    client.set_config(api_key: "@@s@@", server: "us21")

    Case.where(service_date: 30.days.ago.to_date).find_each do |c|
      next if c.informant_email.blank? || c.aftercare_opt_out?

      client.lists.set_list_member("b7e2c41f9a", Digest::MD5.hexdigest(c.informant_email.downcase), {
        email_address: c.informant_email,
        status_if_new: "subscribed",
        merge_fields: { FNAME: c.informant_first_name, DECEASED: c.decedent_full_name }
      })
    end
  end
end
""", s=_s), _s, "Mailchimp Marketing API quickstart (mailchimp.com/developer/marketing/guides/quick-start)")

_s = slack_bot()
add("go/slack-bot-token", "cmd/firstcall-alert/main.go", fill("""\
package main

import (
	"log"
	"os"

	"github.com/slack-go/slack"
)

// firstcall-alert posts a new removal call from the answering service to #on-call.
func main() {
	api := slack.New("@@s@@")
	if len(os.Args) < 3 {
		log.Fatal("usage: firstcall-alert <place of death> <callback number>")
	}
	text := "*First call* - removal needed at " + os.Args[1] + ". Call back " + os.Args[2]
	_, _, err := api.PostMessage("C04FIRSTCALL", slack.MsgOptionText(text, false))
	if err != nil {
		log.Fatal(err)
	}
}
""", s=_s), _s, "Slack bot tokens (api.slack.com/authentication/token-types)")

_s = slack_webhook()
add("yaml/slack-webhook", "monitoring/alertmanager/alertmanager.yml", fill("""\
global:
  resolve_timeout: 5m

route:
  receiver: it-oncall
  group_by: ["alertname", "site"]
  routes:
    - matchers: ['site="crematory"']
      receiver: crematory-ops

receivers:
  - name: it-oncall
    email_configs:
      - to: it@riversidememorialgroup.com
  - name: crematory-ops
    slack_configs:
      - api_url: @@s@@
        channel: "#crematory-ops"
        title: "{{ .CommonLabels.alertname }} at {{ .CommonLabels.site }}"
        send_resolved: true
""", s=_s), _s, "Alertmanager configuration, slack_config (prometheus.io/docs/alerting/latest/configuration)")

_s = discord_webhook()
add("env/discord-webhook", "grave-tending-bot/.env", fill("""\
# Volunteer grave-tending scheduler (Discord server of the cemetery association)
BOT_PREFIX=!tend
TIMEZONE=America/Chicago
SECTIONS_CSV=./data/sections.csv
ANNOUNCE_WEBHOOK=@@s@@
REMINDER_HOUR=7
""", s=_s), _s, "Discord webhooks (discord.com/developers/docs/resources/webhook)")

_s = teams_webhook()
add("powershell/teams-webhook", "scripts/Notify-ServiceChanges.ps1", fill("""\
<#
.SYNOPSIS
  Posts today's service schedule changes to the staff Teams channel.
#>
param(
    [string]$ScheduleCsv = "\\\\fs01\\Scheduling\\today.csv"
)

$webhook = "@@s@@"

$rows = Import-Csv -Path $ScheduleCsv | Where-Object { $_.Changed -eq 'Y' }
if (-not $rows) { return }

$lines = $rows | ForEach-Object { "- $($_.Time) $($_.Family) - $($_.Chapel) ($($_.Director))" }
$card = @{
    '@type'    = 'MessageCard'
    '@context' = 'https://schema.org/extensions'
    summary    = 'Schedule changes'
    title      = "Service schedule changes for $(Get-Date -Format 'dddd, MMM d')"
    text       = ($lines -join "`n")
} | ConvertTo-Json -Depth 4

Invoke-RestMethod -Method Post -Uri $webhook -Body $card -ContentType 'application/json'
""", s=_s), _s, "Microsoft Teams incoming webhooks (learn.microsoft.com/microsoftteams/platform/webhooks-and-connectors)")

_s = "KEY" + hexs(32).upper() + "_" + rs(22)
add("python/telnyx-api-key", "answering/ivr_forward.py", fill('''\
"""After-hours line: forward first calls to the director on call (Telnyx Call Control)."""
import telnyx
from flask import Flask, request

from oncall import director_on_call

telnyx.api_key = "@@s@@"
app = Flask(__name__)


@app.post("/telnyx/voice")
def voice():
    event = request.json["data"]
    if event["event_type"] == "call.initiated":
        call = telnyx.Call.retrieve(event["payload"]["call_control_id"])
        call.answer()
    elif event["event_type"] == "call.answered":
        call = telnyx.Call.retrieve(event["payload"]["call_control_id"])
        call.transfer(to=director_on_call().mobile)
    return "", 200
''', s=_s), _s, "Telnyx API v2 authentication (developers.telnyx.com/docs/overview)")

_s = words_pw()
add("conf/msmtp-password", "ansible/roles/signage/files/msmtprc", fill("""\
# msmtp for the lobby digital signage players (daily health mail)
defaults
auth           on
tls            on
tls_trust_file /etc/ssl/certs/ca-certificates.crt
logfile        /var/log/msmtp.log

account        office365
host           smtp.office365.com
port           587
from           signage@pinehavenfuneral.com
user           signage@pinehavenfuneral.com
password       @@s@@

account default : office365
""", s=_s), _s, "msmtp manual, account password (marlam.de/msmtp/msmtp.html)")

_r = _rng()
_s = " ".join("".join(_r.choice(string.ascii_lowercase) for _ in range(4)) for _ in range(4))
add("markdown/gmail-app-password", "docs/it/scanner-to-email.md", fill("""\
# Scan-to-email on the front office copier (Ricoh IM C3000)

The copier sends scans of signed authorizations and death certificates to the
case inbox through Gmail SMTP. Google retired "less secure apps", so it uses an
**app password** on the `scans@cedarlawnfh.com` account.

| Setting         | Value                     |
|-----------------|---------------------------|
| SMTP server     | smtp.gmail.com            |
| Port            | 587 (STARTTLS)            |
| SMTP auth       | On                        |
| User name       | scans@cedarlawnfh.com     |
| Password        | `@@s@@`     |
| From address    | scans@cedarlawnfh.com     |

If scans stop arriving, check the copier's job log first (User Tools > Job Log),
then the account's security page for a blocked sign-in.
""", s=_s), _s, "Google Account app passwords (support.google.com/accounts/answer/185833)")

_s = "B" + rs(43, B64)
add("conf/postfix-sasl-password", "mailrelay/etc/postfix/sasl_passwd", fill("""\
# /etc/postfix/sasl_passwd - relay for the case management server's notifications
# postmap /etc/postfix/sasl_passwd after editing, chmod 600
#
# host                              user:password
# (SES SMTP credentials of IAM user ses-smtp-casemgr, created 2023-09-14)
[email-smtp.us-east-1.amazonaws.com]:587  AKIA3QXZ7BRMV4TYN2LE:@@s@@
""", s=_s), _s, "Postfix SASL authentication, sasl_passwd (postfix.org/SASL_README.html)")

# ==================================================================================================
# Obituary and memorial websites, livestreams of services, social posting
# ==================================================================================================

_s = words_pw()
add("php/wordpress-db-password", "site/wp-config.php", fill("""\
<?php
/**
 * WordPress configuration - Maplewood Chapel obituaries (www.maplewoodchapel.com)
 */
define( 'DB_NAME', 'mwc_wp' );
define( 'DB_USER', 'mwc_wpuser' );
define( 'DB_PASSWORD', '@@s@@' );
define( 'DB_HOST', 'mysql-prod.internal:3306' );
define( 'DB_CHARSET', 'utf8mb4' );
define( 'DB_COLLATE', '' );

require_once __DIR__ . '/wp-salts.php';

$table_prefix = 'mwc_';

define( 'WP_DEBUG', false );
define( 'DISALLOW_FILE_EDIT', true );
define( 'WP_AUTO_UPDATE_CORE', 'minor' );

if ( ! defined( 'ABSPATH' ) ) {
	define( 'ABSPATH', __DIR__ . '/' );
}
require_once ABSPATH . 'wp-settings.php';
""", s=_s), _s, "WordPress wp-config.php (developer.wordpress.org/advanced-administration/wordpress/wp-config)")

_salts = {name: rs(64, ALNUM + "!@#$%^&*()-_[]{}<>~+=,.;:/?|") for name in
          ["AUTH_KEY", "SECURE_AUTH_KEY", "LOGGED_IN_KEY", "NONCE_KEY"]}
_s = _salts["AUTH_KEY"]
add("php/wordpress-auth-salts", "site/wp-salts.php", "<?php\n// Generated by https://api.wordpress.org/secret-key/1.1/salt/ - rotate after staff changes\n"
    + "".join(f"define( '{name}', {' ' * (16 - len(name))}'{value}' );\n" for name, value in _salts.items())
    + "define( 'WP_CACHE_KEY_SALT', 'mwc_' );\n", _s,
    "WordPress security keys (api.wordpress.org/secret-key/1.1/salt)")

_s = passphrase()
add("php/drupal-db-password", "web/sites/default/settings.php", fill("""\
<?php

// Drupal 10 - county cemetery records portal (burial search, plot maps)
$databases['default']['default'] = [
  'database' => 'cemetery_records',
  'username' => 'drupal',
  'password' => '@@s@@',
  'prefix' => '',
  'host' => 'db.records.internal',
  'port' => '5432',
  'namespace' => 'Drupal\\\\pgsql\\\\Driver\\\\Database\\\\pgsql',
  'driver' => 'pgsql',
];

$settings['hash_salt'] = file_get_contents('/var/private/hash_salt.txt');
$settings['config_sync_directory'] = '../config/sync';
$settings['file_private_path'] = '/var/private/files';
$settings['trusted_host_patterns'] = ['^records\\.stmarkscemetery\\.org$'];
""", s=_s), _s, "Drupal settings.php database array (drupal.org/docs/getting-started/installing-drupal)")

_s = rand_pw(16)
add("php/joomla-secret", "public_html/configuration.php", fill("""\
<?php
class JConfig {
	public $offline = false;
	public $sitename = 'Greenlawn Memorial Park';
	public $editor = 'tinymce';
	public $list_limit = 20;
	public $dbtype = 'mysqli';
	public $host = 'localhost';
	public $user = 'greenlawn_j4';
	public $password = '@@s@@';
	public $db = 'greenlawn_j4';
	public $dbprefix = 'glmp_';
	public $live_site = '';
	public $secret = 'Q3uKs8vLb0WmYc2T';
	public $gzip = true;
	public $error_reporting = 'none';
	public $mailer = 'smtp';
	public $mailfrom = 'office@greenlawnmemorialpark.org';
	public $fromname = 'Greenlawn Memorial Park';
	public $smtphost = 'mail.greenlawnmemorialpark.org';
	public $smtpport = 465;
}
""", s=_s), _s, "Joomla configuration.php (docs.joomla.org/Configuration.php)")

_s = "base64:" + b64_bytes(32)
add("env/laravel-app-key", "obituaries/.env.production", fill("""\
APP_NAME=TributeWall
APP_ENV=production
APP_KEY=@@s@@
APP_DEBUG=false
APP_URL=https://tributes.oakviewfuneral.com

DB_CONNECTION=pgsql
DB_HOST=${PGHOST}
DB_DATABASE=tributes
DB_USERNAME=${PGUSER}
DB_PASSWORD=${PGPASSWORD}

FILESYSTEM_DISK=s3
AWS_DEFAULT_REGION=us-east-2
AWS_BUCKET=oakview-tribute-photos
QUEUE_CONNECTION=redis
""", s=_s), _s, "Laravel encryption key, APP_KEY (laravel.com/docs/encryption)")

_s = fakes.django_secret_key(_seed())
add("python/django-secret-key", "memorials/memorials/settings/production.py", fill('''\
from .base import *  # noqa: F401,F403

DEBUG = False
SECRET_KEY = "@@s@@"
ALLOWED_HOSTS = ["memorials.stjudecemetery.org"]

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": "memorials",
        "HOST": "/var/run/postgresql",
        "USER": "memorials",
    }
}

SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
SECURE_HSTS_SECONDS = 31536000
MEDIA_ROOT = "/srv/memorials/media"
''', s=_s), _s, "Django SECRET_KEY setting (docs.djangoproject.com/en/stable/ref/settings/#secret-key)")

_s = hexs(128)
add("yaml/rails-secret-key-base", "ops/compose/docker-compose.prod.yml", fill("""\
services:
  web:
    image: ghcr.io/forestglen/guestbook:1.9.0
    command: bundle exec puma -C config/puma.rb
    ports:
      - "3000:3000"
    environment:
      RAILS_ENV: production
      RAILS_LOG_TO_STDOUT: "1"
      SECRET_KEY_BASE: @@s@@
      DATABASE_URL: postgres://guestbook@db/guestbook_production
    depends_on:
      - db
  db:
    image: postgres:15
    environment:
      POSTGRES_USER: guestbook
      POSTGRES_HOST_AUTH_METHOD: trust
    volumes:
      - pgdata:/var/lib/postgresql/data
volumes:
  pgdata: {}
""", s=_s), _s, "Rails secret_key_base (guides.rubyonrails.org/security.html#custom-credentials)")

_s = rs(48, URLSAFE)
add("ts/jwt-signing-secret", "src/auth/familyLink.ts", fill("""\
import jwt from 'jsonwebtoken';

// Magic links that let the informant family review the obituary draft before it is published.
const LINK_SECRET = '@@s@@';
const LINK_TTL = '72h';

export interface DraftClaims {
  caseId: string;
  obituaryId: string;
  email: string;
}

export function draftReviewLink(claims: DraftClaims): string {
  const token = jwt.sign(claims, LINK_SECRET, { algorithm: 'HS256', expiresIn: LINK_TTL });
  return `https://portal.hillcrestfh.com/review?t=${encodeURIComponent(token)}`;
}

export function verifyDraftToken(token: string): DraftClaims {
  return jwt.verify(token, LINK_SECRET, { algorithms: ['HS256'] }) as DraftClaims;
}
""", s=_s), _s, "jsonwebtoken sign/verify (github.com/auth0/node-jsonwebtoken#readme)")

_r = _rng()
_s = "-".join("".join(_r.choice(LOWER_DIGITS) for _ in range(4)) for _ in range(5))
add("json/youtube-stream-key", "livestream/obs/basic/profiles/ChapelA/service.json", fill("""\
{
    "settings": {
        "bwtest": false,
        "key": "@@s@@",
        "server": "rtmp://a.rtmp.youtube.com/live2",
        "service": "YouTube - RTMPS",
        "use_auth": false
    },
    "type": "rtmp_common"
}
""", s=_s), _s, "OBS Studio profile service.json; YouTube Live stream keys (support.google.com/youtube/answer/2907883)")

_s = rs(75, B64)
add("swift/mux-token-secret", "ServiceStream/ServiceStream/MuxConfig.swift", fill("""\
import Foundation

/// Mux credentials for creating a live stream per funeral service from the iPad in the chapel.
enum MuxConfig {
    static let tokenId = "2f6c1e9a-7b3d-4c85-9e21-a4d07b6f3c18"
    static let tokenSecret = "@@s@@"
    static let apiBase = URL(string: "https://api.mux.com/video/v1")!

    static var authorizationHeader: String {
        let raw = "\\(tokenId):\\(tokenSecret)"
        return "Basic " + Data(raw.utf8).base64EncodedString()
    }
}
""", s=_s), _s, "Mux API access tokens (docs.mux.com/core/make-api-requests)")

_s = rs(4, LOWER_DIGITS) + "-" + rs(4, LOWER_DIGITS) + "-" + rs(4, LOWER_DIGITS) + "-" + rs(4, LOWER_DIGITS)
add("kotlin/rtmp-stream-url", "app/src/main/java/com/gracefield/live/StreamDefaults.kt", fill("""\
package com.gracefield.live

object StreamDefaults {
    // Facebook Live persistent stream for the "Gracefield Funeral Home" page
    const val INGEST = "rtmps://live-api-s.facebook.com:443/rtmp/"
    const val STREAM_KEY = "FB-2486193075521884-0-Ab@@s@@"
    const val VIDEO_BITRATE = 2_500_000
    const val AUDIO_BITRATE = 128_000
    const val FPS = 30

    fun url(): String = INGEST + STREAM_KEY
}
""", s=_s), "FB-2486193075521884-0-Ab" + _s, "Facebook Live Producer persistent stream keys (facebook.com/business/help/live)")

_s = facebook_page_token()
add("python/facebook-page-token", "social/post_obituary.py", fill('''\
"""Share a newly published obituary to the funeral home's Facebook page."""
import sys

import requests

PAGE_ID = "104882736519204"
PAGE_ACCESS_TOKEN = "@@s@@"
GRAPH = "https://graph.facebook.com/v19.0"


def share(obituary_url: str, name: str, dates: str) -> str:
    resp = requests.post(
        f"{GRAPH}/{PAGE_ID}/feed",
        data={
            "message": f"With sorrow we share the passing of {name} ({dates}).",
            "link": obituary_url,
            "access_token": PAGE_ACCESS_TOKEN,
        },
        timeout=20,
    )
    resp.raise_for_status()
    return resp.json()["id"]


if __name__ == "__main__":
    print(share(*sys.argv[1:4]))
''', s=_s), _s, "Facebook Graph API Page access tokens (developers.facebook.com/docs/pages-api/posts)")

_s = hexs(32)
add("shell/vimeo-access-token", "bin/upload-tribute-video.sh", fill(r"""#!/usr/bin/env bash
# Upload a rendered tribute video to Vimeo (unlisted) and print the share link.
set -euo pipefail

VIMEO_TOKEN="@@s@@"
file="$1"
title="${2:-Tribute video}"
size=$(stat -c %s "$file")

create=$(curl -sS -X POST https://api.vimeo.com/me/videos \
  -H "Authorization: bearer ${VIMEO_TOKEN}" \
  -H "Content-Type: application/json" \
  -H "Accept: application/vnd.vimeo.*+json;version=3.4" \
  -d "{\"upload\":{\"approach\":\"tus\",\"size\":\"${size}\"},\"name\":\"${title}\",\"privacy\":{\"view\":\"unlisted\"}}")

upload_link=$(jq -r .upload.upload_link <<<"$create")
curl -sS -X PATCH "$upload_link" \
  -H "Tus-Resumable: 1.0.0" -H "Upload-Offset: 0" \
  -H "Content-Type: application/offset+octet-stream" \
  --data-binary @"$file" >/dev/null

jq -r .link <<<"$create"
""", s=_s), _s, "Vimeo API upload with tus (developer.vimeo.com/api/upload/videos)")

_s = rs(27, URLSAFE)
add("js/cloudinary-url", "web/next.config.js", fill("""\
/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  images: {
    remotePatterns: [{ protocol: 'https', hostname: 'res.cloudinary.com' }],
  },
  serverRuntimeConfig: {
    // memorial photo galleries uploaded by families
    cloudinaryUrl: 'cloudinary://' + '482915736204817' + ':' + '@@s@@' + '@riverbend-memorials',
  },
  publicRuntimeConfig: {
    cloudName: 'riverbend-memorials',
  },
};

module.exports = nextConfig;
""", s=_s), _s, "Cloudinary CLOUDINARY_URL (cloudinary.com/documentation/node_integration)")

_s = fakes.openai_key(_seed())
add("notebook/openai-api-key", "notebooks/obituary_draft_assistant.ipynb", json.dumps({
    "cells": [
        {"cell_type": "markdown", "metadata": {}, "source": ["# Obituary draft assistant\n",
                                                                 "Turns the arrangement worksheet into a first draft for the director to edit."]},
        {"cell_type": "code", "execution_count": 1, "metadata": {}, "outputs": [],
         "source": ["from openai import OpenAI\n", f"client = OpenAI(api_key=\"{_s}\")"]},
        {"cell_type": "code", "execution_count": 2, "metadata": {}, "outputs": [],
         "source": ["worksheet = open('worksheet_sample.txt').read()\n",
                    "resp = client.chat.completions.create(\n",
                    "    model='gpt-4o-mini',\n",
                    "    messages=[{'role': 'system', 'content': 'Write a warm, factual obituary.'},\n",
                    "              {'role': 'user', 'content': worksheet}])\n",
                    "print(resp.choices[0].message.content)"]},
    ],
    "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"},
                 "language_info": {"name": "python", "version": "3.11.6"}},
    "nbformat": 4, "nbformat_minor": 5}, indent=1) + "\n", _s, "OpenAI Python library (platform.openai.com/docs/api-reference/authentication)")

_s = anthropic_key()
add("python/anthropic-api-key", "tools/obit_polish/polish.py", fill('''\
"""Proofread an obituary draft: dates, names, tone. Prints suggestions, never edits the file."""
import pathlib
import sys

import anthropic

client = anthropic.Anthropic(api_key="@@s@@")

PROMPT = (
    "You proofread obituaries for a funeral home. List factual inconsistencies "
    "(ages vs dates, repeated names) and awkward sentences. Be gentle and brief."
)


def main(path: str) -> None:
    draft = pathlib.Path(path).read_text(encoding="utf-8")
    message = client.messages.create(
        model="claude-3-5-sonnet-latest",
        max_tokens=800,
        system=PROMPT,
        messages=[{"role": "user", "content": draft}],
    )
    print(message.content[0].text)


if __name__ == "__main__":
    main(sys.argv[1])
''', s=_s), _s, "Anthropic API keys (docs.anthropic.com/en/api/getting-started)")

# ==================================================================================================
# Record archives: scanned burial ledgers, permits, death certificates, backups
# ==================================================================================================

_kid, _s = fakes.aws_key_id(_seed()), fakes.aws_secret_key(_seed())
add("python/aws-secret-key", "archive/upload_ledgers.py", fill('''\
"""Upload scanned interment ledgers (1887-1969) to the archive bucket, one prefix per book."""
import pathlib
import sys

import boto3

s3 = boto3.client(
    "s3",
    region_name="us-east-1",
    aws_access_key_id="@@kid@@",
    aws_secret_access_key="@@s@@",
)
BUCKET = "oakhill-cemetery-archive"


def upload_book(folder: str) -> int:
    book = pathlib.Path(folder)
    count = 0
    for page in sorted(book.glob("*.tif")):
        key = f"ledgers/{book.name}/{page.name}"
        s3.upload_file(str(page), BUCKET, key, ExtraArgs={"StorageClass": "DEEP_ARCHIVE"})
        count += 1
    return count


if __name__ == "__main__":
    print(upload_book(sys.argv[1]), "pages uploaded")
''', kid=_kid, s=_s), _s, "boto3 credentials (boto3.amazonaws.com/v1/documentation/api/latest/guide/credentials.html)")

_kid, _s = fakes.aws_key_id(_seed()), fakes.aws_secret_key(_seed())
add("ini/aws-credentials", "it/provisioning/scanstation/aws/credentials", fill("""\
# ~/.aws/credentials for the records scanning workstation (SCAN-02)
[default]
region = us-east-2

[records-archive]
aws_access_key_id = @@kid@@
aws_secret_access_key = @@s@@

[readonly]
role_arn = arn:aws:iam::418277361045:role/archive-readonly
source_profile = records-archive
""", kid=_kid, s=_s), _s, "AWS CLI credentials file (docs.aws.amazon.com/cli/latest/userguide/cli-configure-files.html)")

_s = azure_storage_key()
add("json/azure-storage-connection-string", "src/Archive/appsettings.Production.json", fill("""\
{
  "Logging": {
    "LogLevel": { "Default": "Information", "Microsoft.AspNetCore": "Warning" }
  },
  "AllowedHosts": "*",
  "Archive": {
    "Container": "permits-and-certificates",
    "RetentionYears": 75
  },
  "ConnectionStrings": {
    "ArchiveBlobs": "DefaultEndpointsProtocol=https;AccountName=stcrestviewarchive;AccountKey=@@s@@;EndpointSuffix=core.windows.net",
    "CaseDb": "Server=tcp:crestview-sql.database.windows.net,1433;Database=cases;Authentication=Active Directory Managed Identity;"
  }
}
""", s=_s), _s, "Azure Storage connection strings (learn.microsoft.com/azure/storage/common/storage-configure-connection-string)")

_sas = "sv=2022-11-02&ss=b&srt=co&sp=rwlac&se=2026-12-31T23:59:59Z&st=2024-01-01T00:00:00Z&spr=https&sig="
_s = b64_bytes(32).replace("+", "%2B").replace("/", "%2F").replace("=", "%3D")
add("shell/azure-sas-token", "scripts/nightly-azcopy.sh", fill(r"""#!/bin/bash
# Nightly copy of the case management exports to Azure (cool tier)
set -e
SRC=/mnt/exports/$(date +%F)
DEST="https://stsummitfhbackup.blob.core.windows.net/nightly/$(date +%F)?@@sas@@@@s@@"

/usr/local/bin/azcopy copy "$SRC" "$DEST" \
  --recursive \
  --block-blob-tier=Cool \
  --log-level=WARNING

find /mnt/exports -maxdepth 1 -type d -mtime +14 -exec rm -rf {} +
""", sas=_sas, s=_s), _s, "Azure SAS tokens, sig parameter (learn.microsoft.com/rest/api/storageservices/create-account-sas)")

_kid, _s = "005" + hexs(22), "K005" + rs(27, B64)
add("shell/backblaze-b2-key", "backup/b2-sync.sh", fill(r"""#!/bin/sh
# Offsite copy of the NAS "Records" share to Backblaze B2 (weekly, Sunday 02:00 via cron)
export B2_APPLICATION_KEY_ID="@@kid@@"
export B2_APPLICATION_KEY="@@s@@"

b2 account authorize >/dev/null
b2 sync --threads 4 --keep-days 90 \
  --exclude-regex '.*\.tmp$' \
  /volume1/Records b2://stpauls-cemetery-records/Records
""", kid=_kid, s=_s), _s, "Backblaze B2 application keys (backblaze.com/docs/cloud-storage-application-keys)")

_s = passphrase(" ")
add("yaml/restic-password", "ansible/roles/backup/defaults/main.yml", fill("""\
---
# restic backups of the case management VM and the scanned records share
restic_version: "0.16.4"
restic_repository: "s3:https://s3.us-west-002.backblazeb2.com/fairview-restic"
restic_password: "@@s@@"
restic_paths:
  - /srv/casemanager/data
  - /mnt/records
restic_keep_daily: 7
restic_keep_weekly: 8
restic_keep_monthly: 24
restic_schedule: "*-*-* 01:30:00"
""", s=_s), _s, "restic repository password (restic.readthedocs.io/en/stable/030_preparing_a_new_repo.html)")

_sa_key = fakes.fake_pem(_seed(), "").replace("BEGIN  PRIVATE", "BEGIN PRIVATE").replace("END  PRIVATE", "END PRIVATE")
_s = _sa_key.replace("\n", "\\n") + "\\n"
add("json/gcp-service-account", "keys/records-indexer-sa.json", fill("""\
{
  "type": "service_account",
  "project_id": "lakeview-records-412019",
  "private_key_id": "3f9a1c77e0b24d18a5c6e92b0f4d7a13c8e5b216",
  "private_key": "@@s@@",
  "client_email": "records-indexer@lakeview-records-412019.iam.gserviceaccount.com",
  "client_id": "108342771596214400917",
  "auth_uri": "https://accounts.google.com/o/oauth2/auth",
  "token_uri": "https://oauth2.googleapis.com/token",
  "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",
  "client_x509_cert_url": "https://www.googleapis.com/robot/v1/metadata/x509/records-indexer%40lakeview-records-412019.iam.gserviceaccount.com",
  "universe_domain": "googleapis.com"
}
""", s=_s), _s, "Google Cloud service account keys (cloud.google.com/iam/docs/keys-create-delete)")

_s = "sl." + rs(135, URLSAFE)
add("python/dropbox-token", "family_uploads/collect_photos.py", fill('''\
"""Collect photos families drop in the shared "Tribute Photos" folder for the slideshow."""
import pathlib

import dropbox

TOKEN = "@@s@@"
DEST = pathlib.Path("/srv/tributes/incoming")


def pull(case_number: str) -> int:
    dbx = dropbox.Dropbox(TOKEN)
    folder = f"/Tribute Photos/{case_number}"
    out = DEST / case_number
    out.mkdir(parents=True, exist_ok=True)
    n = 0
    for entry in dbx.files_list_folder(folder).entries:
        if entry.name.lower().endswith((".jpg", ".jpeg", ".png", ".heic")):
            dbx.files_download_to_file(str(out / entry.name), entry.path_lower)
            n += 1
    return n
''', s=_s), _s, "Dropbox API access tokens (developers.dropbox.com/oauth-guide)")

_s = words_pw()
add("batch/net-use-password", "logon/map-drives.bat", fill(r"""@echo off
REM Logon script - maps shares on the records NAS for funeral directors
REM Updated by IT 2024-03-11

net use R: /delete /y >nul 2>&1
net use S: /delete /y >nul 2>&1

net use R: \\NAS01\Records /user:NAS01\fdstaff @@s@@ /persistent:yes
net use S: \\NAS01\Scans /persistent:yes

if exist "%USERPROFILE%\Desktop\Case Files.lnk" goto done
copy "\\NAS01\IT\shortcuts\Case Files.lnk" "%USERPROFILE%\Desktop\" >nul
:done
exit /b 0
""", s=_s), _s, "Microsoft net use command (learn.microsoft.com/windows-server/administration/windows-commands/net-use)")

_s = words_pw()
add("shell/smbclient-password", "scanning/push-to-archive.sh", fill(r"""#!/bin/bash
# Push yesterday's scanned burial permits from the scanner PC to the archive share.
DAY=$(date -d yesterday +%Y-%m-%d)
cd /home/scan/out/"$DAY" || exit 0

smbclient //archive01.cemetery.local/Permits -U 'CEMETERY\svc-scan%@@s@@' \
  -c "mkdir $DAY; cd $DAY; prompt; mput *.pdf"

logger -t scan-push "pushed $(ls -1 *.pdf | wc -l) permits for $DAY"
""", s=_s), _s, "smbclient manual, -U user%password (samba.org/samba/docs/current/man-html/smbclient.1.html)")

_s = rs(12, ALNUM + "!#%")
add("xml/filezilla-sftp-password", "it/filezilla/sitemanager.xml", fill("""\
<?xml version="1.0" encoding="UTF-8" standalone="yes" ?>
<FileZilla3 version="3.66.4" platform="windows">
    <Servers>
        <Server>
            <Host>sftp.edrs.health.state.example.gov</Host>
            <Port>22</Port>
            <Protocol>1</Protocol>
            <Type>0</Type>
            <User>fh04127_batch</User>
            <Pass encoding="base64">@@s@@</Pass>
            <Logontype>1</Logontype>
            <PasvMode>MODE_DEFAULT</PasvMode>
            <EncodingType>Auto</EncodingType>
            <BypassProxy>0</BypassProxy>
            <Name>State EDRS batch upload</Name>
            <RemoteDir>1 0 6 inbound</RemoteDir>
            <SyncBrowsing>0</SyncBrowsing>
            <DirectoryComparison>0</DirectoryComparison>
        </Server>
    </Servers>
</FileZilla3>
""", s=b64(_s)), _s, "FileZilla sitemanager.xml (wiki.filezilla-project.org/Site_Manager)")

_s = pgp_private_block()
add("pgp/edrs-signing-key", "edrs/keys/fh04127-batch-signing.asc", _s + "\n", _s,
    "OpenPGP ASCII armor (RFC 4880 section 6.2); gpg --export-secret-keys --armor")

_s = openssh_key()
add("ssh/deploy-key", "infra/keys/obit-sync_ed25519", _s + "\n", _s,
    "OpenSSH private key format (man ssh-keygen; openssh PROTOCOL.key)")

_s = fakes.fake_pem(_seed(), "RSA")
add("yaml/ansible-tls-key", "ansible/host_vars/portal01.yml", "---\n# portal01 - family portal reverse proxy\nnginx_server_name: portal.westbrookfuneral.com\n"
    "nginx_tls_cert: files/portal.westbrookfuneral.com.crt\nnginx_tls_key: |\n"
    + "".join("  " + line + "\n" for line in _s.splitlines()) + "nginx_hsts: true\n", _s,
    "Ansible host_vars with a literal block (docs.ansible.com/ansible/latest/inventory_guide)")

_s = rand_pw(24)
add("python/sftp-edrs-upload", "edrs/submit_batch.py", fill('''\
"""Submit the day's death certificate worksheets (XML batch) to the state EDRS SFTP drop."""
import datetime as dt
import pathlib

import paramiko

HOST = "sftp.edrs.health.state.example.gov"
USER = "fh04127_batch"
PASSWORD = "@@s@@"
OUTBOX = pathlib.Path(r"D:\\EDRS\\Outbox")


def submit() -> None:
    transport = paramiko.Transport((HOST, 22))
    transport.connect(username=USER, password=PASSWORD)
    sftp = paramiko.SFTPClient.from_transport(transport)
    try:
        for batch in sorted(OUTBOX.glob("*.xml")):
            sftp.put(str(batch), f"/inbound/{batch.name}")
            batch.rename(batch.with_suffix(f".sent-{dt.date.today():%Y%m%d}"))
    finally:
        sftp.close()
        transport.close()


if __name__ == "__main__":
    submit()
''', s=_s), _s, "Paramiko SFTP client (docs.paramiko.org/en/stable/api/sftp.html)")

# ==================================================================================================
# Case management databases: connection strings, logins, reports
# ==================================================================================================

_s = words_pw()
add("json/sqlserver-connection-string", "CaseManager.Api/appsettings.json", fill("""\
{
  "ConnectionStrings": {
    "Cases": "Server=SQL01\\\\CASES;Database=FuneralCases;User Id=casemgr_app;Password=@@s@@;TrustServerCertificate=True;MultipleActiveResultSets=true"
  },
  "Serilog": {
    "MinimumLevel": "Information",
    "WriteTo": [ { "Name": "File", "Args": { "path": "D:\\\\Logs\\\\casemanager-.log", "rollingInterval": "Day" } } ]
  },
  "Features": {
    "PreNeedModule": true,
    "CemeteryPlots": true,
    "VitalStatsExport": "EDRS"
  },
  "AllowedHosts": "*"
}
""", s=_s), _s, "SqlClient connection string keywords (learn.microsoft.com/dotnet/api/system.data.sqlclient.sqlconnection.connectionstring)")

_s = rand_pw(18, "!#")
add("properties/spring-datasource-password", "src/main/resources/application-prod.properties", fill("""\
# Cemetery management - production profile
server.port=8443
server.ssl.enabled=true
server.ssl.key-store=file:/etc/cemetery/keystore.p12
server.ssl.key-store-password=${KEYSTORE_PASSWORD}

spring.datasource.url=jdbc:postgresql://pgprod.cemetery.local:5432/interments
spring.datasource.username=interments_app
spring.datasource.password=@@s@@
spring.datasource.hikari.maximum-pool-size=15

spring.jpa.hibernate.ddl-auto=validate
spring.jpa.open-in-view=false
plots.map.tiles-url=https://tiles.cemetery.local/{z}/{x}/{y}.png
""", s=_s), _s, "Spring Boot common application properties (docs.spring.io/spring-boot/appendix/application-properties)")

_s = words_pw()
add("xml/tomcat-context-password", "conf/Catalina/localhost/records.xml", fill("""\
<?xml version="1.0" encoding="UTF-8"?>
<!-- Burial records search webapp (legacy Struts app, Tomcat 9) -->
<Context path="/records" reloadable="false">
    <Resource name="jdbc/RecordsDB"
              auth="Container"
              type="javax.sql.DataSource"
              driverClassName="com.mysql.cj.jdbc.Driver"
              url="jdbc:mysql://db01:3306/burials?useSSL=true"
              username="records_ro"
              password="@@s@@"
              maxTotal="20"
              maxIdle="5"
              maxWaitMillis="10000"/>
    <Environment name="records/mapTilesBase" value="/tiles" type="java.lang.String"/>
</Context>
""", s=_s), _s, "Tomcat JNDI DataSource HOW-TO (tomcat.apache.org/tomcat-9.0-doc/jndi-datasource-examples-howto.html)")

_s = rand_pw(14)
add("xml/hibernate-password", "src/main/resources/hibernate.cfg.xml", fill("""\
<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE hibernate-configuration PUBLIC
        "-//Hibernate/Hibernate Configuration DTD 3.0//EN"
        "http://www.hibernate.org/dtd/hibernate-configuration-3.0.dtd">
<hibernate-configuration>
    <session-factory>
        <property name="hibernate.connection.driver_class">oracle.jdbc.OracleDriver</property>
        <property name="hibernate.connection.url">jdbc:oracle:thin:@//orasrv.diocese.local:1521/CEMPRD</property>
        <property name="hibernate.connection.username">CEMAPP</property>
        <property name="hibernate.connection.password">@@s@@</property>
        <property name="hibernate.dialect">org.hibernate.dialect.OracleDialect</property>
        <property name="hibernate.show_sql">false</property>
        <mapping class="org.diocese.cemeteries.model.Interment"/>
        <mapping class="org.diocese.cemeteries.model.Lot"/>
        <mapping class="org.diocese.cemeteries.model.Owner"/>
    </session-factory>
</hibernate-configuration>
""", s=_s), _s, "Hibernate ORM configuration (docs.jboss.org/hibernate/orm/current/userguide)")

_s = rand_pw(20)
add("go/postgres-dsn", "internal/store/db.go", fill("""\
package store

import (
	"context"
	"time"

	"github.com/jackc/pgx/v5/pgxpool"
)

// dsn of the plot inventory database (read/write role used by the sales tablet API)
const dsn = "postgres://plots_rw:@@s@@@pg-plots.internal:5432/plots?sslmode=require&pool_max_conns=10"

func Open(ctx context.Context) (*pgxpool.Pool, error) {
	ctx, cancel := context.WithTimeout(ctx, 10*time.Second)
	defer cancel()
	pool, err := pgxpool.New(ctx, dsn)
	if err != nil {
		return nil, err
	}
	return pool, pool.Ping(ctx)
}
""", s=_s), _s, "pgx connection strings (pkg.go.dev/github.com/jackc/pgx/v5/pgxpool#ParseConfig)")

_s = rand_pw(16)
add("r/dbi-password", "analysis/preneed_maturity.R", fill("""\
# Pre-need contracts maturing per year, by product line (for the trust committee)
library(DBI)
library(dplyr)
library(ggplot2)

con <- dbConnect(
  RPostgres::Postgres(),
  host = "reporting.memorialgroup.local",
  dbname = "preneed",
  user = "analyst_ro",
  password = "@@s@@"
)

contracts <- tbl(con, "contracts") %>%
  filter(status == "active") %>%
  collect()

contracts %>%
  mutate(year = lubridate::year(expected_maturity)) %>%
  count(year, product_line) %>%
  ggplot(aes(year, n, fill = product_line)) +
  geom_col() +
  labs(title = "Active pre-need contracts by expected maturity year")

dbDisconnect(con)
""", s=_s), _s, "DBI / RPostgres dbConnect (rpostgres.r-dbi.org/reference/Postgres.html)")

_s = words_pw()
add("sql/create-login-password", "db/migrations/V041__reporting_logins.sql", fill("""\
-- V041: read-only login for the Crystal Reports server (monthly vital statistics report)
USE [master];
GO
IF NOT EXISTS (SELECT 1 FROM sys.server_principals WHERE name = N'rpt_vitalstats')
    CREATE LOGIN [rpt_vitalstats] WITH PASSWORD = N'@@s@@', CHECK_POLICY = ON, DEFAULT_DATABASE = [FuneralCases];
GO
USE [FuneralCases];
GO
CREATE USER [rpt_vitalstats] FOR LOGIN [rpt_vitalstats];
ALTER ROLE [db_datareader] ADD MEMBER [rpt_vitalstats];
DENY SELECT ON SCHEMA::[billing] TO [rpt_vitalstats];
GO
""", s=_s), _s, "CREATE LOGIN (Transact-SQL) (learn.microsoft.com/sql/t-sql/statements/create-login-transact-sql)")

_s = rand_pw(20)
add("sql/mysql-create-user", "sql/grants/obituary_feed.sql", fill("""\
-- Obituary syndication feed: the exporter only reads published obituaries
CREATE USER IF NOT EXISTS 'obit_feed'@'10.40.%' IDENTIFIED BY '@@s@@';
GRANT SELECT ON tributes.obituaries TO 'obit_feed'@'10.40.%';
GRANT SELECT ON tributes.services TO 'obit_feed'@'10.40.%';
GRANT SELECT (id, case_id, url, published_at) ON tributes.media TO 'obit_feed'@'10.40.%';
FLUSH PRIVILEGES;
""", s=_s), _s, "MySQL CREATE USER (dev.mysql.com/doc/refman/8.0/en/create-user.html)")

_s = rs(22, ALNUM)
add("sql/integration-settings-insert", "db/seed/integration_settings.sql", fill("""\
-- Integration settings for location 3 (Riverside chapel), copied from the vendor onboarding email
INSERT INTO integration_settings (location_id, provider, setting_key, setting_value, updated_by)
VALUES
  (3, 'legacy_obits', 'affiliate_id', 'RSC-20417', 'jmorales'),
  (3, 'legacy_obits', 'feed_format', 'xml-v2', 'jmorales'),
  (3, 'legacy_obits', 'api_key', '@@s@@', 'jmorales'),
  (3, 'florist', 'network', 'teleflora', 'jmorales'),
  (3, 'florist', 'member_code', '14-9920AA', 'jmorales');
""", s=_s), _s, "Obituary syndication partner onboarding (a vendor-issued API key stored in a settings table)")

_s = words_pw()
add("notebook/psycopg2-password", "notebooks/plot_inventory_cleanup.ipynb", json.dumps({
    "cells": [
        {"cell_type": "markdown", "metadata": {}, "source": ["## Plot inventory cleanup\n",
                                                                 "Find lots sold twice after the 2019 migration from the old DOS system."]},
        {"cell_type": "code", "execution_count": 3, "metadata": {}, "outputs": [],
         "source": ["import pandas as pd\n", "import psycopg2\n", "\n",
                    "conn = psycopg2.connect(host='pg-plots.internal', dbname='plots',\n",
                    f"                        user='inventory_admin', password='{_s}')"]},
        {"cell_type": "code", "execution_count": 4, "metadata": {},
         "outputs": [{"name": "stdout", "output_type": "stream", "text": ["37 duplicate sales\n"]}],
         "source": ["dupes = pd.read_sql('''\n",
                    "    select section, lot, grave, count(*) from sales group by 1,2,3 having count(*) > 1\n",
                    "''', conn)\n", "print(len(dupes), 'duplicate sales')"]},
    ],
    "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
    "nbformat": 4, "nbformat_minor": 5}, indent=1) + "\n", _s, "psycopg2 connect (psycopg.org/docs/module.html#psycopg2.connect)")

_s = words_pw()
add("shell-history/mysql-password", "ops/notes/bash_history_db01.txt", fill("""\
sudo systemctl status mysqld
df -h /var/lib/mysql
mysql -u root -p'@@s@@' -e 'show processlist'
mysqldump -u root -p'@@s@@' --single-transaction tributes > /backup/tributes-$(date +%F).sql
ls -lh /backup/
gzip /backup/tributes-*.sql
exit
""", s=_s), _s, "mysql client -p option (dev.mysql.com/doc/refman/8.0/en/connecting.html)")

_s = words_pw()
add("shell/sqlcmd-password", "jobs/export-vitalstats.sh", fill(r"""#!/bin/bash
# Monthly vital statistics export for the county (runs on the reporting VM)
MONTH=${1:-$(date -d 'last month' +%Y-%m)}
OUT=/srv/exports/vitalstats-$MONTH.csv

/opt/mssql-tools18/bin/sqlcmd -S sql01.fh.local -d FuneralCases \
  -U rpt_vitalstats -P '@@s@@' -C \
  -Q "SET NOCOUNT ON; EXEC rpt.VitalStatsMonthly @Month='$MONTH-01'" \
  -s ',' -W -o "$OUT"

echo "wrote $OUT"
""", s=_s), _s, "sqlcmd utility, -U and -P options (learn.microsoft.com/sql/tools/sqlcmd/sqlcmd-utility)")

_s = rand_pw(12)
add("ini/odbc-password", "it/reporting/odbc.ini", fill("""\
[ODBC Data Sources]
CaseManager = ODBC Driver 18 for SQL Server
Cemetery    = MySQL ODBC 8.0 Unicode Driver

[CaseManager]
Driver      = ODBC Driver 18 for SQL Server
Server      = sql01.fh.local
Database    = FuneralCases
Trusted_Connection = yes

[Cemetery]
Driver      = MySQL ODBC 8.0 Unicode Driver
Server      = 192.168.20.14
Database    = cemetery
User        = crystal
Password    = @@s@@
Option      = 3
""", s=_s), _s, "unixODBC odbc.ini / MySQL Connector/ODBC options (dev.mysql.com/doc/connector-odbc/en/connector-odbc-configuration-connection-parameters.html)")

_s = words_pw()
add("vba/access-connection-string", "access/CaseReports/modConnect.bas", fill("""\
Attribute VB_Name = "modConnect"
Option Compare Database
Option Explicit

' Front-end for the arrangement conference reports (Access 2016 linked to SQL Server)
Public Const CASES_CONN As String = "ODBC;DRIVER={ODBC Driver 17 for SQL Server};" & _
    "SERVER=SQL01\\CASES;DATABASE=FuneralCases;UID=access_fe;PWD=@@s@@;"

Public Sub RelinkTables()
    Dim tdf As DAO.TableDef
    For Each tdf In CurrentDb.TableDefs
        If Len(tdf.Connect) > 0 Then
            tdf.Connect = CASES_CONN
            tdf.RefreshLink
        End If
    Next tdf
    MsgBox "Tables relinked to SQL01", vbInformation
End Sub
""", s=_s), _s, "Access DAO TableDef.Connect (learn.microsoft.com/office/client-developer/access/desktop-database-reference/tabledef-connect-property-dao)")

_s = rand_pw(24)
add("env/mongodb-uri", "memorial-wall-api/.env", fill("""\
PORT=4000
NODE_ENV=production
MONGODB_URI=mongodb+srv://wall_api:@@s@@@memorialwall.x7kq2.mongodb.net/wall?retryWrites=true&w=majority
CANDLE_RATE_LIMIT_PER_HOUR=30
MODERATION_QUEUE=true
CORS_ORIGIN=https://wall.sunsetmemorialpark.com
""", s=_s), _s, "MongoDB connection string URI format (mongodb.com/docs/manual/reference/connection-string)")

_s = fakes.redis_password(_seed())
add("helm/redis-password", "charts/casemanager/values.yaml", fill("""\
# Default values for casemanager
image:
  repository: harbor.fh.local/casemanager/api
  tag: "5.2.0"
  pullPolicy: IfNotPresent

redis:
  enabled: true
  architecture: standalone
  auth:
    enabled: true
    password: "@@s@@"
  master:
    persistence:
      size: 2Gi

postgresql:
  enabled: false

externalDatabase:
  host: pg01.fh.local
  existingSecret: casemanager-db
""", s=_s), _s, "Bitnami Redis chart, auth.password (artifacthub.io/packages/helm/bitnami/redis)")

_s = words_pw()
add("compose/mysql-root-password", "cemetery-map/docker-compose.yml", fill("""\
version: "3.8"
services:
  db:
    image: mariadb:10.11
    restart: unless-stopped
    environment:
      MARIADB_ROOT_PASSWORD: "@@s@@"
      MARIADB_DATABASE: cemetery
      MARIADB_USER: mapapp
      MARIADB_PASSWORD_FILE: /run/secrets/mapapp_pw
    secrets:
      - mapapp_pw
    volumes:
      - ./data/mysql:/var/lib/mysql
  map:
    image: ghcr.io/stbrigid-cemetery/plotmap:3.1
    ports: ["8080:80"]
    depends_on: [db]
secrets:
  mapapp_pw:
    file: ./secrets/mapapp_pw.txt
""", s=_s), _s, "MariaDB Docker image environment variables (hub.docker.com/_/mariadb)")

_s = rand_pw(18)
add("k8s-secret/postgres-password", "k8s/base/db-credentials.yaml", fill("""\
apiVersion: v1
kind: Secret
metadata:
  name: casemanager-db
  namespace: casemanager
type: kubernetes.io/basic-auth
data:
  username: Y2FzZW1ncg==
  password: @@s@@
""", s=b64(_s)), _s, "Kubernetes basic-auth Secret (kubernetes.io/docs/concepts/configuration/secret/#basic-authentication-secret)")

# ==================================================================================================
# Office and chapel IT: network gear, Windows, cameras, Wi-Fi, VPN
# ==================================================================================================

_s = words_pw()
add("cisco/username-password", "network/configs/chapel-sw01.cfg", fill("""\
!
version 15.2
service timestamps log datetime msec
service password-encryption
!
hostname CHAPEL-SW01
!
enable secret 9 $9$4dJk8sLq2mZxYw$5pQeR7tUvW3xY9zAbCdEfGhIjKlMnOpQrStUvWxYz12
!
username netadmin privilege 15 password 0 @@s@@
!
ip domain-name fh.local
ip name-server 192.168.10.5
!
interface Vlan10
 description STAFF
 ip address 192.168.10.2 255.255.255.0
!
interface Vlan30
 description CHAPEL-AV
 ip address 192.168.30.2 255.255.255.0
!
line vty 0 4
 login local
 transport input ssh
!
end
""", s=_s), _s, "Cisco IOS username command (cisco.com/c/en/us/td/docs/ios-xml/ios/security/command)")

_s = rand_pw(14)
add("mikrotik/ppp-secret", "network/mikrotik/cemetery-office-export.rsc", fill("""\
# mar/04/2024 09:12:41 by RouterOS 7.13.5
# model = RB4011iGS+
/interface bridge
add name=bridge-lan
/ip pool
add name=vpn-pool ranges=10.99.0.10-10.99.0.50
/ppp profile
add local-address=10.99.0.1 name=vpn-staff remote-address=vpn-pool use-encryption=yes
/interface l2tp-server server
set enabled=yes use-ipsec=required
/ppp secret
add name=groundskeeper profile=vpn-staff service=l2tp password=@@s@@
/ip address
add address=192.168.88.1/24 interface=bridge-lan network=192.168.88.0
/system identity
set name=cemetery-office
""", s=_s), _s, "MikroTik RouterOS PPP secrets (help.mikrotik.com/docs/display/ROS/PPP+AAA)")

_s = wireguard_key()
add("conf/wireguard-private-key", "it/wireguard/wg-crematory.conf", fill("""\
# Site-to-site tunnel: crematory (Route 9) <-> main funeral home
[Interface]
Address = 10.77.0.2/24
PrivateKey = @@s@@
ListenPort = 51820

[Peer]
# main funeral home
PublicKey = xTIBA5rboUvnH4htodjb6e697QjLERt1NAB4mZqp8Dg=
Endpoint = vpn.northsidefuneral.com:51820
AllowedIPs = 10.77.0.0/24, 192.168.10.0/24
PersistentKeepalive = 25
""", s=_s), _s, "WireGuard configuration (man wg, CONFIGURATION FILE FORMAT)")

_r = _rng()
_s = ("-----BEGIN OpenVPN Static key V1-----\n" + "\n".join("".join(_r.choice(HEX) for _ in range(32)) for _ in range(16))
      + "\n-----END OpenVPN Static key V1-----")
add("conf/openvpn-tls-auth", "it/openvpn/remote-directors.ovpn", "client\ndev tun\nproto udp\nremote vpn.eastgatefh.com 1194\n"
    "resolv-retry infinite\nnobind\npersist-key\npersist-tun\nremote-cert-tls server\nkey-direction 1\ncipher AES-256-GCM\n"
    "auth-user-pass\nverb 3\n<tls-auth>\n" + _s + "\n</tls-auth>\n", _s,
    "OpenVPN tls-auth static key (openvpn.net/community-resources/reference-manual-for-openvpn-2-6)")

_s = words_pw()
add("conf/wpa-supplicant-psk", "signage/rpi/wpa_supplicant.conf", fill("""\
ctrl_interface=DIR=/var/run/wpa_supplicant GROUP=netdev
update_config=1
country=US

# Lobby "In Loving Memory" displays join the staff network, not the guest Wi-Fi
network={
    ssid="FH-STAFF"
    psk="@@s@@"
    key_mgmt=WPA-PSK
    priority=10
}
""", s=_s), _s, "wpa_supplicant.conf (w1.fi/cgit/hostap/plain/wpa_supplicant/wpa_supplicant.conf)")

_s = words_pw()
add("yaml/frigate-rtsp-password", "nvr/frigate/config.yml", fill("""\
mqtt:
  enabled: false

cameras:
  crematory_door:
    ffmpeg:
      inputs:
        - path: rtsp://viewer:@@s@@@192.168.40.21:554/Streaming/Channels/101
          roles: [record, detect]
    detect:
      width: 1280
      height: 720
  mausoleum_gate:
    ffmpeg:
      inputs:
        - path: rtsp://{FRIGATE_RTSP_USER}:{FRIGATE_RTSP_PASSWORD}@192.168.40.22:554/Streaming/Channels/101
          roles: [record, detect]

record:
  enabled: true
  retain:
    days: 30
""", s=_s), _s, "Frigate camera configuration (docs.frigate.video/configuration/cameras)")

_s = words_pw()
add("xml/unattend-admin-password", "it/imaging/autounattend.xml", fill("""\
<?xml version="1.0" encoding="utf-8"?>
<unattend xmlns="urn:schemas-microsoft-com:unattend">
  <settings pass="oobeSystem">
    <component name="Microsoft-Windows-Shell-Setup" processorArchitecture="amd64"
               publicKeyToken="31bf3856ad364e35" language="neutral" versionScope="nonSxS"
               xmlns:wcm="http://schemas.microsoft.com/WMIConfig/2002/State">
      <UserAccounts>
        <LocalAccounts>
          <LocalAccount wcm:action="add">
            <Name>fhadmin</Name>
            <Group>Administrators</Group>
            <Password>
              <Value>@@s@@</Value>
              <PlainText>true</PlainText>
            </Password>
          </LocalAccount>
        </LocalAccounts>
      </UserAccounts>
      <OOBE>
        <HideEULAPage>true</HideEULAPage>
        <ProtectYourPC>3</ProtectYourPC>
      </OOBE>
      <TimeZone>Central Standard Time</TimeZone>
    </component>
  </settings>
</unattend>
""", s=_s), _s, "Windows unattend LocalAccount Password (learn.microsoft.com/windows-hardware/customize/desktop/unattend)")

_s = words_pw()
add("powershell/pscredential", "it/scripts/Sync-DirectorAccounts.ps1", fill("""\
# Disables AD accounts of directors who left (HR export) and removes them from the on-call group
Import-Module ActiveDirectory

$user = 'FH\\svc-adsync'
$pass = ConvertTo-SecureString '@@s@@' -AsPlainText -Force
$cred = New-Object System.Management.Automation.PSCredential ($user, $pass)

$leavers = Import-Csv '\\\\fs01\\HR\\leavers.csv'
foreach ($l in $leavers) {
    $account = Get-ADUser -Filter "EmployeeID -eq '$($l.EmployeeId)'" -Credential $cred
    if ($null -eq $account) { continue }
    Disable-ADAccount -Identity $account -Credential $cred
    Remove-ADGroupMember -Identity 'OnCall-Directors' -Members $account -Credential $cred -Confirm:$false
    Write-Output "Disabled $($account.SamAccountName)"
}
""", s=_s), _s, "ConvertTo-SecureString -AsPlainText (learn.microsoft.com/powershell/module/microsoft.powershell.security/convertto-securestring)")

_s = words_pw()
add("ini/ansible-winrm-password", "ansible/inventory/chapels.ini", fill("""\
[chapel_pcs]
chapel-a-av.fh.local
chapel-b-av.fh.local
arrangement-1.fh.local
arrangement-2.fh.local

[chapel_pcs:vars]
ansible_connection=winrm
ansible_winrm_transport=ntlm
ansible_winrm_server_cert_validation=ignore
ansible_user=FH\\ansible-svc
ansible_password=@@s@@
ansible_port=5986
""", s=_s), _s, "Ansible Windows remote management inventory vars (docs.ansible.com/ansible/latest/os_guide/windows_winrm.html)")

_s = rand_pw(16)
add("yaml/grafana-datasource-password", "monitoring/grafana/provisioning/datasources/crematory.yaml", fill("""\
apiVersion: 1
datasources:
  - name: Retort telemetry
    type: influxdb
    access: proxy
    url: http://influx.crematory.local:8086
    database: retort
    user: grafana
    jsonData:
      httpMode: GET
    secureJsonData:
      password: @@s@@
  - name: Case DB
    type: mssql
    url: sql01.fh.local:1433
    user: grafana_ro
    secureJsonData:
      password: $__file{/etc/grafana/secrets/casedb}
""", s=_s), _s, "Grafana data source provisioning, secureJsonData (grafana.com/docs/grafana/latest/administration/provisioning)")

_s = rand_pw(20)
add("systemd/environment-token", "deploy/systemd/retort-exporter.service", fill("""\
[Unit]
Description=Retort temperature exporter (cremation unit 1 and 2 controllers)
After=network-online.target
Wants=network-online.target

[Service]
Type=simple
User=exporter
Environment=RETORT_HOSTS=192.168.50.11,192.168.50.12
Environment=RETORT_API_USER=monitor
Environment=RETORT_API_PASSWORD=@@s@@
ExecStart=/usr/local/bin/retort-exporter --listen :9410
Restart=on-failure

[Install]
WantedBy=multi-user.target
""", s=_s), _s, "systemd.exec Environment= (freedesktop.org/software/systemd/man/systemd.exec.html)")

_s = words_pw()
add("markdown/runbook-password", "docs/runbooks/crematory-monitor.md", fill("""\
# Runbook: crematory monitoring panel

The HMI on unit 2 (Matthews-style controller) exposes a web panel on the
crematory VLAN. Operators use it to check chamber temperature and opacity alarms.

## Access

1. Connect to the crematory VPN (see `wg-crematory.conf`).
2. Open http://192.168.50.12/ in Chrome.
3. Sign in as `operator` / `@@s@@`.

## If the panel shows "EPA opacity alarm"

- Do not open the loading door.
- Call the on-call operator (number in the crematory binder).
- Note the alarm time in the cremation log for the state inspector.
""", s=_s), _s, "Team runbook in Markdown (a device web panel's login kept in the docs)")

_s = passphrase()
add("freeradius/client-secret", "network/radius/clients.conf", fill("""\
# FreeRADIUS clients - Wi-Fi controllers at each chapel
client chapel-north-wlc {
    ipaddr    = 192.168.10.20
    secret    = @@s@@
    shortname = north-wlc
    nas_type  = other
}

client chapel-south-wlc {
    ipaddr    = 192.168.110.20
    secret    = $ENV{RADIUS_SOUTH_SECRET}
    shortname = south-wlc
}
""", s=_s), _s, "FreeRADIUS clients.conf (freeradius.org/radiusd/man/clients.conf.html)")

_s = rand_pw(10, "#")
add("edgeos/plaintext-password", "network/edgerouter/memorialpark-er4.conf", fill("""\
system {
    host-name memorialpark-er4
    login {
        user ubnt-admin {
            authentication {
                plaintext-password "@@s@@"
            }
            level admin
        }
    }
    ntp {
        server 0.ubnt.pool.ntp.org
    }
    time-zone America/Denver
}
interfaces {
    ethernet eth0 {
        address dhcp
        description WAN
    }
    ethernet eth1 {
        address 192.168.1.1/24
        description "Office LAN"
    }
}
""", s=_s), _s, "EdgeOS user authentication plaintext-password (help.ui.com/hc/en-us/articles/204960094)")

# ==================================================================================================
# Builds and deployments of the funeral home's software
# ==================================================================================================

_s = words_pw()
add("github-actions/ftp-password", ".github/workflows/deploy-obituaries.yml", fill("""\
name: Deploy obituary theme

on:
  push:
    branches: [main]
    paths: ["wp-content/themes/stillwater/**"]

jobs:
  deploy:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - name: Build assets
        working-directory: wp-content/themes/stillwater
        run: npm ci && npm run build
      - name: Upload over FTPS (shared host)
        uses: SamKirkland/FTP-Deploy-Action@v4.3.5
        with:
          server: ftp.stillwaterfuneralhome.com
          username: deploy@stillwaterfuneralhome.com
          password: "@@s@@"
          protocol: ftps
          local-dir: wp-content/themes/stillwater/
          server-dir: public_html/wp-content/themes/stillwater/
""", s=_s), _s, "FTP-Deploy-Action inputs (github.com/SamKirkland/FTP-Deploy-Action)")

_kid, _s = fakes.aws_key_id(_seed()), fakes.aws_secret_key(_seed())
add("github-actions/aws-secret-key", ".github/workflows/publish-tribute-site.yml", fill("""\
name: Publish tribute microsites
on:
  workflow_dispatch:
  schedule:
    - cron: "15 * * * *"

env:
  AWS_REGION: us-west-2
  AWS_ACCESS_KEY_ID: @@kid@@
  AWS_SECRET_ACCESS_KEY: @@s@@
  SITE_BUCKET: tributes-static-prod

jobs:
  publish:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-node@v4
        with: { node-version: 20 }
      - run: npm ci && npm run build:tributes
      - run: aws s3 sync dist/ s3://$SITE_BUCKET/ --delete --cache-control max-age=300
      - run: aws cloudfront create-invalidation --distribution-id E2Q8XKZ41TB7LM --paths "/*"
""", kid=_kid, s=_s), _s, "GitHub Actions workflow env; AWS access keys (docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_access-keys.html)")

_s = "dop_v1_" + hexs(64)
add("gitlab-ci/digitalocean-token", ".gitlab-ci.yml", fill("""\
stages: [test, build, deploy]

variables:
  DOCKER_DRIVER: overlay2
  DIGITALOCEAN_ACCESS_TOKEN: "@@s@@"
  APP_ID: 6f3a2b91-5c7e-4d08-b1a2-9e8f7d6c5b4a

test:
  stage: test
  image: python:3.12
  script:
    - pip install -r requirements-dev.txt
    - pytest -q

build:
  stage: build
  image: docker:24
  services: [docker:24-dind]
  script:
    - docker build -t registry.digitalocean.com/fh-apps/guestbook:$CI_COMMIT_SHORT_SHA .

deploy:
  stage: deploy
  image: digitalocean/doctl:1.104.0
  script:
    - doctl auth init -t "$DIGITALOCEAN_ACCESS_TOKEN"
    - doctl apps create-deployment "$APP_ID" --wait
  only: [main]
""", s=_s), _s, "DigitalOcean personal access tokens (docs.digitalocean.com/reference/api/create-personal-access-token)")

_s = words_pw()
add("jenkinsfile/sshpass-password", "ci/Jenkinsfile", fill("""\
pipeline {
    agent { label 'linux' }
    environment {
        TARGET = 'deploy@casemgr-app01.fh.local'
    }
    stages {
        stage('Build') {
            steps {
                sh './gradlew clean bootJar'
            }
        }
        stage('Deploy') {
            when { branch 'release' }
            steps {
                sh '''
                  sshpass -p '@@s@@' scp -o StrictHostKeyChecking=no build/libs/casemanager.jar $TARGET:/opt/casemanager/
                  sshpass -p '@@s@@' ssh $TARGET 'sudo systemctl restart casemanager'
                '''
            }
        }
    }
}
""", s=_s), _s, "Jenkins declarative pipeline (jenkins.io/doc/book/pipeline/syntax); sshpass -p")

_s = rand_pw(16)
add("bitbucket-pipelines/sftp-password", "bitbucket-pipelines.yml", fill("""\
image: node:18

pipelines:
  branches:
    master:
      - step:
          name: Build and upload the obituary widget
          caches: [node]
          script:
            - npm ci
            - npm run build
            - pipe: atlassian/sftp-deploy:0.9.1
              variables:
                USER: widgetdeploy
                SERVER: web02.fhwebhosting.net
                REMOTE_PATH: /var/www/widget/
                LOCAL_PATH: dist/*
                PASSWORD: '@@s@@'
""", s=_s), _s, "Bitbucket Pipelines atlassian/sftp-deploy pipe (bitbucket.org/atlassian/sftp-deploy)")

_s = azure_ad_secret()
add("azure-pipelines/client-secret", "azure-pipelines.yml", fill("""\
trigger:
  branches:
    include: [main]

pool:
  vmImage: windows-latest

variables:
  buildConfiguration: Release
  AZURE_TENANT_ID: 9c1f4e2a-6b7d-4a38-8e15-2f0c9d3b7a64
  AZURE_CLIENT_ID: 1e7b3c90-4f2d-4a6e-b8c1-7d5a9e0f2b38
  AZURE_CLIENT_SECRET: '@@s@@'

steps:
  - task: DotNetCoreCLI@2
    inputs:
      command: publish
      projects: src/CaseManager.Api/CaseManager.Api.csproj
      arguments: --configuration $(buildConfiguration) --output $(Build.ArtifactStagingDirectory)
  - powershell: |
      az login --service-principal -u $env:AZURE_CLIENT_ID -p $env:AZURE_CLIENT_SECRET --tenant $env:AZURE_TENANT_ID
      az webapp deploy --resource-group rg-casemanager --name app-casemanager-prod --src-path $(Build.ArtifactStagingDirectory)/CaseManager.Api.zip
""", s=_s), _s, "Microsoft Entra application client secrets (learn.microsoft.com/entra/identity-platform/quickstart-register-app)")

_kid, _s = fakes.aws_key_id(_seed()), fakes.aws_secret_key(_seed())
add("terraform/aws-provider-keys", "infra/terraform/providers.tf", fill("""\
terraform {
  required_version = ">= 1.5"
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.40"
    }
  }
  backend "s3" {
    bucket = "bluebonnet-fh-tfstate"
    key    = "records/terraform.tfstate"
    region = "us-east-1"
  }
}

provider "aws" {
  region     = "us-east-1"
  access_key = "@@kid@@"
  secret_key = "@@s@@"

  default_tags {
    tags = { Owner = "it@bluebonnetfh.com", Project = "records-archive" }
  }
}
""", kid=_kid, s=_s), _s, "Terraform AWS provider static credentials (registry.terraform.io/providers/hashicorp/aws/latest/docs)")

_s = rs(40, URLSAFE)
add("terraform/cloudflare-api-token", "infra/dns/prod.auto.tfvars", fill("""\
# DNS for the obituary sites of all five chapels
cloudflare_api_token = "@@s@@"
cloudflare_account_id = "8b1f0c4e7a2d9e36f5c1b0a49d7e2f38"

zones = {
  "oakmontfuneral.com"      = "a4f1e7c2b9d0836e5f2c1a7b4d9e0f63"
  "oakmontcremation.com"    = "c2d9e0f6a4f1e7b83b5e2a1c7d4f9068"
  "oakmontmemorialpark.org" = "e7b4d9e0f6a4f1c2d936a5e1b2c7f804"
}
""", s=_s), _s, "Cloudflare API tokens (developers.cloudflare.com/fundamentals/api/get-started/create-token)")

_s = words_pw()
add("terraform/azure-sql-admin-password", "infra/azure/sql.tf", fill("""\
resource "azurerm_mssql_server" "cases" {
  name                         = "sql-casemanager-prod"
  resource_group_name          = azurerm_resource_group.cases.name
  location                     = azurerm_resource_group.cases.location
  version                      = "12.0"
  administrator_login          = "casesadmin"
  administrator_login_password = "@@s@@"
  minimum_tls_version          = "1.2"
}

resource "azurerm_mssql_database" "cases" {
  name      = "FuneralCases"
  server_id = azurerm_mssql_server.cases.id
  sku_name  = "S2"
}
""", s=_s), _s, "azurerm_mssql_server (registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/mssql_server)")

_s = "npm_" + rs(36)
add("npmrc/npm-token", "packages/obit-widget/.npmrc", fill("""\
@tributeworks:registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=@@s@@
access=restricted
save-exact=true
provenance=false
""", s=_s), _s, "npm .npmrc auth tokens (docs.npmjs.com/cli/v10/configuring-npm/npmrc)")

_s = fakes.pypi_token(_seed())
add("ini/pypi-token", "tools/edrs-client/.pypirc", fill("""\
[distutils]
index-servers =
    pypi
    internal

[pypi]
username = __token__
password = @@s@@

[internal]
repository = https://nexus.fh.local/repository/pypi-internal/
username = ci-publisher
""", s=_s), _s, "The .pypirc file (packaging.python.org/specifications/pypirc)")

_s = rand_pw(20)
add("ini/pip-index-credentials", "docker/pip.conf", fill("""\
[global]
timeout = 60
index-url = https://ci-reader:@@s@@@nexus.fh.local/repository/pypi-group/simple
trusted-host = nexus.fh.local
disable-pip-version-check = true
""", s=_s), _s, "pip configuration, index-url (pip.pypa.io/en/stable/topics/configuration)")

_s = rand_pw(20)
add("netrc/nexus-password", "ops/dotfiles/netrc", fill("""\
machine nexus.fh.local
  login ci-reader
  password @@s@@

machine github.com
  login fh-deploy
  # no password here: git uses the credential manager for github.com
""", s=_s), _s, "The .netrc file (everything.curl.dev/usingcurl/netrc)")

_s = fakes.github_token(_seed())
add("shell/github-token-clone-url", "provisioning/bootstrap-app01.sh", fill(r"""#!/usr/bin/env bash
# Bootstrap a fresh case management app server (Ubuntu 22.04)
set -euxo pipefail

apt-get update
apt-get install -y git docker.io docker-compose-plugin

mkdir -p /opt && cd /opt
git clone https://fh-deploy:@@s@@@github.com/northgate-fh/casemanager-stack.git
cd casemanager-stack
cp env/prod.env.example .env
docker compose pull
docker compose up -d
""", s=_s), _s, "GitHub personal access tokens over HTTPS (docs.github.com/authentication)")

_s = rand_pw(20)
add("json/docker-config-auth", "ci/docker/config.json", fill("""\
{
	"auths": {
		"harbor.fh.local": {
			"auth": "@@s@@"
		}
	},
	"HttpHeaders": {
		"User-Agent": "Docker-Client/24.0.7 (linux)"
	}
}
""", s=b64("robot$ci-push:" + _s)), _s, "Docker config.json auths (docs.docker.com/reference/cli/docker/login)")

_s = "ghp_" + rs(36)
add("json/composer-auth", "wordpress-site/auth.json", fill("""\
{
    "github-oauth": {
        "github.com": "@@s@@"
    },
    "http-basic": {
        "connect.advancedcustomfields.com": {
            "username": "${ACF_LICENSE_KEY}",
            "password": "https://www.lakeshorememorial.com"
        }
    }
}
""", s=_s), _s, "Composer auth.json github-oauth (getcomposer.org/doc/articles/authentication-for-private-packages.md)")

_s = rand_pw(22)
add("xml/nuget-cleartext-password", "NuGet.config", fill("""\
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <packageSources>
    <clear />
    <add key="nuget.org" value="https://api.nuget.org/v3/index.json" />
    <add key="fh-internal" value="https://nexus.fh.local/repository/nuget-hosted/index.json" />
  </packageSources>
  <packageSourceCredentials>
    <fh-internal>
      <add key="Username" value="nuget-reader" />
      <add key="ClearTextPassword" value="@@s@@" />
    </fh-internal>
  </packageSourceCredentials>
</configuration>
""", s=_s), _s, "nuget.config packageSourceCredentials (learn.microsoft.com/nuget/reference/nuget-config-file)")

_s = words_pw()
add("xml/maven-settings-password", "ci/maven/settings.xml", fill("""\
<settings xmlns="http://maven.apache.org/SETTINGS/1.2.0"
          xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
          xsi:schemaLocation="http://maven.apache.org/SETTINGS/1.2.0 https://maven.apache.org/xsd/settings-1.2.0.xsd">
  <servers>
    <server>
      <id>fh-releases</id>
      <username>deployer</username>
      <password>@@s@@</password>
    </server>
  </servers>
  <mirrors>
    <mirror>
      <id>fh-nexus</id>
      <mirrorOf>*</mirrorOf>
      <url>https://nexus.fh.local/repository/maven-public/</url>
    </mirror>
  </mirrors>
</settings>
""", s=_s), _s, "Maven settings.xml servers (maven.apache.org/settings.html#servers)")

_s = hexs(32)
add("k8s/datadog-api-key-literal", "k8s/overlays/prod/datadog-agent.yaml", fill("""\
apiVersion: apps/v1
kind: DaemonSet
metadata:
  name: datadog-agent
  namespace: monitoring
spec:
  selector:
    matchLabels: { app: datadog-agent }
  template:
    metadata:
      labels: { app: datadog-agent }
    spec:
      serviceAccountName: datadog-agent
      containers:
        - name: agent
          image: gcr.io/datadoghq/agent:7.52.0
          env:
            - name: DD_API_KEY
              value: "@@s@@"
            - name: DD_SITE
              value: us5.datadoghq.com
            - name: DD_ENV
              value: prod
            - name: DD_KUBERNETES_KUBELET_NODENAME
              valueFrom:
                fieldRef: { fieldPath: spec.nodeName }
""", s=_s), _s, "Datadog API keys (docs.datadoghq.com/account_management/api-app-keys)")

_s = rand_pw(24)
_dcj = json.dumps({"auths": {"ghcr.io": {"username": "fh-bot", "password": _s, "auth": b64("fh-bot:" + _s)}}})
add("k8s-secret/dockerconfigjson", "k8s/base/ghcr-pull-secret.yaml", fill("""\
apiVersion: v1
kind: Secret
metadata:
  name: ghcr-pull
  namespace: tributes
type: kubernetes.io/dockerconfigjson
data:
  .dockerconfigjson: @@s@@
""", s=b64(_dcj)), _s, "Kubernetes dockerconfigjson Secrets (kubernetes.io/docs/tasks/configure-pod-container/pull-image-private-registry)")

# ==================================================================================================
# Vendors: florists, obituary syndication, CRM, accounting, maps of the grounds, identity
# ==================================================================================================

_s = words_pw()
add("properties/teleflora-credentials", "florist-bridge/src/main/resources/florist.properties", fill("""\
# Florist network bridge: relays sympathy-flower orders from the obituary pages
florist.network=teleflora
florist.endpoint=https://api.teleflora.com/orders/v2
florist.member.code=14-9920AA
florist.username=riversidefh_api
florist.password=@@s@@
florist.delivery.address.source=service_location
florist.cutoff.hours=6
florist.retry.max=3
""", s=_s), _s, "Florist wire service integration (a member's API login kept in a properties file)")

_s = hexs(32)
add("ini/ftd-order-bridge", "FTDBridge/ftdbridge.ini", fill("""\
; FTD Mercury order bridge - installed on FRONTDESK-PC by the vendor tech, 2022-08
[Connection]
Endpoint=https://partner.ftdi.com/api/orders
MemberCode=90-1733
ApiKey=@@s@@
PollSeconds=120

[Delivery]
DefaultChapel=Main Chapel
PrintTicket=1
Printer=\\\\FRONTDESK-PC\\Brother HL-L2350DW
""", s=_s), _s, "Florist network partner API (vendor-installed bridge configuration)")

_s = rs(32, LOWER_DIGITS)
add("toml/obituary-syndication-key", "obit-sync/config.toml", fill("""\
# obit-sync: publish obituaries to the newspaper syndication partner and Google News
[source]
kind = "tributeworks"
site_id = "northgate-fh"
poll = "10m"

[legacy]
endpoint = "https://partners.legacy.example/obituaries/v3/submit"
affiliate = "NGFH"
api_key = "@@s@@"
newspapers = ["Courier-Journal", "Lakeview Gazette"]

[retry]
attempts = 5
backoff = "30s"
""", s=_s), _s, "Obituary syndication partner feed (an affiliate API key in a TOML config)")

_s = rs(32)
add("powershell/obituary-api-key-header", "scripts/Publish-Obituary.ps1", fill("""\
param(
    [Parameter(Mandatory)] [string]$CaseNumber,
    [Parameter(Mandatory)] [string]$ObituaryHtmlPath
)

$headers = @{
    'X-Api-Key'    = '@@s@@'
    'Content-Type' = 'application/json'
}

$body = @{
    caseNumber = $CaseNumber
    html       = Get-Content -Raw -Path $ObituaryHtmlPath
    publish    = $true
    guestbook  = $true
} | ConvertTo-Json

Invoke-RestMethod -Uri 'https://api.tributecenter.example/v1/obituaries' -Method Post -Headers $headers -Body $body
""", s=_s), _s, "Invoke-RestMethod -Headers (learn.microsoft.com/powershell/module/microsoft.powershell.utility/invoke-restmethod)")

_s = "pat-na1-" + uuid_s()
add("http/hubspot-private-app-token", "api-tests/hubspot-preneed-leads.http", fill("""\
### Pre-need seminar leads -> HubSpot contacts
@host = https://api.hubapi.com

POST {{host}}/crm/v3/objects/contacts
Authorization: Bearer @@s@@
Content-Type: application/json

{
  "properties": {
    "email": "seminar.guest@example.com",
    "firstname": "Test",
    "lastname": "Guest",
    "lifecyclestage": "lead",
    "preneed_seminar_date": "2024-05-16"
  }
}

### Search leads from last seminar
POST {{host}}/crm/v3/objects/contacts/search
Authorization: Bearer @@s@@
Content-Type: application/json

{ "filterGroups": [ { "filters": [ { "propertyName": "preneed_seminar_date", "operator": "EQ", "value": "2024-05-16" } ] } ] }
""", s=_s), _s, "HubSpot private app access tokens (developers.hubspot.com/docs/api/private-apps)")

_s = rs(40)
add("json/postman-bearer-token", "postman/CaseManager-Integrations.postman_collection.json", fill("""\
{
  "info": {
    "name": "CaseManager Integrations",
    "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"
  },
  "auth": {
    "type": "bearer",
    "bearer": [ { "key": "token", "value": "@@s@@", "type": "string" } ]
  },
  "item": [
    {
      "name": "List open cases",
      "request": { "method": "GET", "url": "https://api.casemanager.example/v2/cases?status=open" }
    },
    {
      "name": "Case by number",
      "request": { "method": "GET", "url": "https://api.casemanager.example/v2/cases/{{caseNumber}}" }
    }
  ],
  "variable": [ { "key": "caseNumber", "value": "2024-0417" } ]
}
""", s=_s), _s, "Postman collection format v2.1 auth (schema.postman.com/collection/json/v2.1.0/draft-07/docs/index.html)")

_s = rs(40)
add("python/quickbooks-client-secret", "accounting/qbo_sync.py", fill('''\
"""Post invoiced funeral contracts to QuickBooks Online as sales receipts."""
from intuitlib.client import AuthClient
from quickbooks import QuickBooks

auth_client = AuthClient(
    client_id="ABm3Tq8xZpL2wR7nVb5cK1dYf9hJ4sUe6gNa0oXiPlMrEt",
    client_secret="@@s@@",
    environment="production",
    redirect_uri="https://ops.pinecrestfh.com/qbo/callback",
)


def client(refresh_token: str, realm_id: str) -> QuickBooks:
    return QuickBooks(auth_client=auth_client, refresh_token=refresh_token, company_id=realm_id)
''', s=_s), _s, "Intuit OAuth 2.0 client (developer.intuit.com/app/developer/qbo/docs/develop/authentication-and-authorization)")

_s = rs(48, URLSAFE)
add("js/xero-client-secret", "accounting/xero.js", fill("""\
const { XeroClient } = require('xero-node');

// Cemetery association books are in Xero; the plot sales app posts invoices there.
const xero = new XeroClient({
  clientId: '4F2B9D1C7E3A48F0B6C1D9E2A7F30B58',
  clientSecret: '@@s@@',
  redirectUris: ['https://plots.hollyhillcemetery.org/xero/callback'],
  scopes: 'openid profile email accounting.transactions offline_access'.split(' '),
});

module.exports = xero;
""", s=_s), _s, "xero-node SDK configuration (github.com/XeroAPI/xero-node#configuration)")

_s = "live_" + hexs(35)
add("python/lob-live-key", "aftercare/mail_anniversary_cards.py", fill('''\
"""Mail a printed remembrance card to the family on the first anniversary of the death."""
import datetime as dt

import lob

lob.api_key = "@@s@@"

RETURN_ADDRESS = "adr_7f2c91e4a08b3d65"  # saved address: Pinecrest Funeral Home


def send_card(family: dict, template_id: str = "tmpl_b94e02c71a58f3d6") -> str:
    postcard = lob.Postcard.create(
        description=f"Anniversary card {family['case_number']}",
        to_address={
            "name": family["name"],
            "address_line1": family["line1"],
            "address_city": family["city"],
            "address_state": family["state"],
            "address_zip": family["zip"],
        },
        from_address=RETURN_ADDRESS,
        front=template_id,
        back="tmpl_0c5d8e1f27a94b36",
        send_date=dt.date.today().isoformat(),
    )
    return postcard.id
''', s=_s), _s, "Lob API keys (docs.lob.com/#tag/Authentication)")

_s = "shpat_" + hexs(32)
add("ruby/shopify-admin-token", "app/services/keepsake_store.rb", fill("""\
# Keepsake store (urns, jewelry, memorial prints) runs on Shopify; orders are linked to cases.
class KeepsakeStore
  SHOP = "stillwater-keepsakes.myshopify.com".freeze
  API_VERSION = "2024-04".freeze

  def initialize
    session = ShopifyAPI::Auth::Session.new(shop: SHOP, access_token: "@@s@@")
    @client = ShopifyAPI::Clients::Rest::Admin.new(session: session)
  end

  def orders_for_case(case_number)
    response = @client.get(path: "orders", query: { status: "any", tag: "case-#{case_number}" })
    response.body["orders"]
  end
end
""", s=_s), _s, "Shopify Admin API access tokens (shopify.dev/docs/apps/auth/access-token-types)")

_s = "pat" + rs(14) + "." + hexs(64)
add("python/airtable-token", "florals/airtable_orders.py", fill('''\
"""Mirror sympathy-flower orders into the florist coordinator's Airtable base."""
from pyairtable import Api

api = Api("@@s@@")
orders = api.table("appQ4rT8mZ2kW9xLp", "Flower Orders")


def log_order(case_number: str, florist: str, item: str, delivery: str) -> None:
    orders.create({"Case": case_number, "Florist": florist, "Item": item, "Deliver by": delivery})
''', s=_s), _s, "Airtable personal access tokens (airtable.com/developers/web/guides/personal-access-tokens)")

_s = "secret_" + rs(43)
add("js/notion-integration-secret", "tools/preneed-notes/sync.mjs", fill("""\
import { Client } from '@notionhq/client';

const notion = new Client({ auth: '@@s@@' });
const DATABASE_ID = '5c2a7f19e4d84b0c9f3e1a6d8b7c2e05';

export async function addSeminarNote(title, attendees) {
  return notion.pages.create({
    parent: { database_id: DATABASE_ID },
    properties: {
      Name: { title: [{ text: { content: title } }] },
      Attendees: { number: attendees },
    },
  });
}
""", s=_s), _s, "Notion internal integration secrets (developers.notion.com/docs/authorization)")

_s = google_key()
add("js/google-maps-server-key", "server/geocode-graves.js", fill("""\
// Server-side batch geocoding of family addresses for the route planner (removal vans).
// This key is restricted to the Geocoding API and our server IPs.
const axios = require('axios');

const GEOCODE_KEY = '@@s@@';

async function geocode(address) {
  const { data } = await axios.get('https://maps.googleapis.com/maps/api/geocode/json', {
    params: { address, key: GEOCODE_KEY },
  });
  if (data.status !== 'OK') throw new Error(`geocode failed: ${data.status}`);
  return data.results[0].geometry.location;
}

module.exports = { geocode };
""", s=_s), _s, "Google Maps Platform API keys (developers.google.com/maps/documentation/geocoding/get-api-key)")

_s = mapbox_token("sk", "hollyhill-gis")
add("shell/mapbox-secret-token", "gis/upload-section-tiles.sh", fill(r"""#!/usr/bin/env bash
# Upload the re-surveyed sections as a Mapbox tileset (grave-finder map)
set -euo pipefail
export MAPBOX_ACCESS_TOKEN="@@s@@"

tilesets upload-source hollyhill-gis sections-2024 build/sections.geojson.ld --replace
tilesets publish hollyhill-gis.sections-2024
echo "published hollyhill-gis.sections-2024"
""", s=_s), _s, "Mapbox secret tokens (docs.mapbox.com/accounts/guides/tokens)")

_s = "AAPK" + hexs(32) + rs(64, URLSAFE)
add("python/arcgis-api-key", "gis/publish_interments.py", fill('''\
"""Publish the interment points layer to ArcGIS Online for the public grave locator."""
from arcgis.gis import GIS
from arcgis.features import FeatureLayer

gis = GIS(api_key="@@s@@")
layer = FeatureLayer(
    "https://services3.arcgis.com/Xk2pQ9/arcgis/rest/services/Interments/FeatureServer/0", gis=gis
)


def push(rows: list[dict]) -> None:
    adds = [{"attributes": r, "geometry": {"x": r.pop("lon"), "y": r.pop("lat")}} for r in rows]
    result = layer.edit_features(adds=adds)
    failed = [r for r in result["addResults"] if not r["success"]]
    if failed:
        raise RuntimeError(f"{len(failed)} interments failed")
''', s=_s), _s, "ArcGIS API keys (developers.arcgis.com/documentation/security-and-authentication/api-key-authentication)")

_s = words_pw()
add("python/esri-portal-password", "gis/refresh_plot_availability.py", fill('''\
from arcgis.gis import GIS

# Nightly: sync plot availability from the sales database into the portal layer
portal = GIS("https://gis.archdiocesecemeteries.org/portal", "gis_sync", "@@s@@")
item = portal.content.get("b41e9c07d2f84a6e8c0f3a5d7e2b1c96")
layer = item.layers[0]
print(layer.query(where="status = 'available'", return_count_only=True), "plots available")
''', s=_s), _s, "arcgis.gis.GIS username/password sign-in (developers.arcgis.com/python/guide/working-with-different-authentication-schemes)")

_s = okta_token()
add("csharp/okta-api-token", "src/Identity/OktaProvisioning.cs", fill("""\
using System.Net.Http;
using System.Net.Http.Headers;
using System.Threading.Tasks;

namespace Summit.Identity
{
    /// Deactivates Okta users for seasonal grounds crew when their season ends.
    public static class OktaProvisioning
    {
        private static readonly HttpClient Http = new HttpClient
        {
            BaseAddress = new System.Uri("https://summitmemorial.okta.com/api/v1/")
        };

        static OktaProvisioning()
        {
            Http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("SSWS", "@@s@@");
            Http.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        }

        public static Task<HttpResponseMessage> DeactivateAsync(string userId) =>
            Http.PostAsync($"users/{userId}/lifecycle/deactivate", null);
    }
}
""", s=_s), _s, "Okta API tokens, SSWS authorization (developer.okta.com/docs/guides/create-an-api-token)")

_s = azure_ad_secret()
add("csharp/graph-client-secret", "src/Calendar/ChapelCalendars.cs", fill("""\
using Azure.Identity;
using Microsoft.Graph;

namespace Summit.Calendar
{
    /// Books the chapel room mailboxes when a service is scheduled in the case system.
    public class ChapelCalendars
    {
        private const string TenantId = "c4e1f7a2-9b3d-4e68-a1f0-5d2c8b7e9a31";
        private const string ClientId = "7a9e2c14-3f6b-4d81-9e0a-b2c5d8f1e473";
        private const string ClientSecret = "@@s@@";

        public GraphServiceClient Client { get; } =
            new GraphServiceClient(new ClientSecretCredential(TenantId, ClientId, ClientSecret),
                                   new[] { "https://graph.microsoft.com/.default" });
    }
}
""", s=_s), _s, "Microsoft Graph client credentials with ClientSecretCredential (learn.microsoft.com/graph/sdks/choose-authentication-providers)")

_s = rs(32)
add("kotlin/zoom-client-secret", "memorial-zoom/src/main/kotlin/fh/zoom/ZoomAuth.kt", fill("""\
package fh.zoom

import java.net.URI
import java.net.http.HttpClient
import java.net.http.HttpRequest
import java.net.http.HttpResponse
import java.util.Base64

// Server-to-Server OAuth: creates a webinar for each livestreamed memorial service
object ZoomAuth {
    private const val ACCOUNT_ID = "q7RkT2mW9xLb4vNc"
    private const val CLIENT_ID = "Jt8vQ3pZk2LmWr5Yx9cDa"
    private const val CLIENT_SECRET = "@@s@@"

    fun accessToken(): String {
        val basic = Base64.getEncoder().encodeToString("$CLIENT_ID:$CLIENT_SECRET".toByteArray())
        val request = HttpRequest.newBuilder(
            URI("https://zoom.us/oauth/token?grant_type=account_credentials&account_id=$ACCOUNT_ID"))
            .header("Authorization", "Basic $basic")
            .POST(HttpRequest.BodyPublishers.noBody())
            .build()
        val body = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString()).body()
        return Regex("\\"access_token\\":\\"([^\\"]+)\\"").find(body)!!.groupValues[1]
    }
}
""", s=_s), _s, "Zoom Server-to-Server OAuth (developers.zoom.us/docs/internal-apps/s2s-oauth)")

_s = fcm_server_key()
add("swift/fcm-server-key", "FamilyApp/FamilyApp/Push/LegacyPush.swift", fill("""\
import Foundation

/// Sends a push to the family app when the livestream of the service starts.
/// (Legacy FCM HTTP API - migrate to v1 before June 2024.)
struct LegacyPush {
    private static let serverKey = "@@s@@"
    private static let endpoint = URL(string: "https://fcm.googleapis.com/fcm/send")!

    static func notify(topic: String, title: String, body: String) async throws {
        var request = URLRequest(url: endpoint)
        request.httpMethod = "POST"
        request.setValue("key=\\(serverKey)", forHTTPHeaderField: "Authorization")
        request.setValue("application/json", forHTTPHeaderField: "Content-Type")
        let payload: [String: Any] = ["to": "/topics/\\(topic)", "notification": ["title": title, "body": body]]
        request.httpBody = try JSONSerialization.data(withJSONObject: payload)
        _ = try await URLSession.shared.data(for: request)
    }
}
""", s=_s), _s, "Firebase Cloud Messaging legacy server key (firebase.google.com/docs/cloud-messaging/auth-server)")

_s = rs(40, URLSAFE)
add("php/recaptcha-secret", "wp-content/themes/stillwater/inc/condolence-form.php", fill("""\
<?php
// Condolence form on obituary pages: verify reCAPTCHA before saving the guestbook entry
const STILLWATER_RECAPTCHA_SITE = '6LdQx2QpAAAAAJ7mZk3Vq0bT8nYc1rW5eL9sHfDu';
const STILLWATER_RECAPTCHA_SECRET = '6LdQx2QpAAAAA@@s@@';

function stillwater_verify_recaptcha($token) {
    $response = wp_remote_post('https://www.google.com/recaptcha/api/siteverify', array(
        'body' => array(
            'secret'   => STILLWATER_RECAPTCHA_SECRET,
            'response' => $token,
            'remoteip' => $_SERVER['REMOTE_ADDR'],
        ),
    ));
    $result = json_decode(wp_remote_retrieve_body($response), true);
    return !empty($result['success']) && $result['score'] >= 0.5;
}
""", s=_s[:27]), "6LdQx2QpAAAAA" + _s[:27], "reCAPTCHA v3 server-side verification (developers.google.com/recaptcha/docs/verify)")

_s = "NRAK-" + rs(27, UPPER_DIGITS)
add("shell/newrelic-user-key", "ops/scripts/mute-maintenance.sh", fill(r"""#!/bin/bash
# Mute New Relic alerts during the Sunday maintenance window for the case system
NR_API_KEY='@@s@@'
curl -s https://api.newrelic.com/graphql \
  -H 'Content-Type: application/json' \
  -H "API-Key: ${NR_API_KEY}" \
  --data-binary '{"query":"mutation { alertsMutingRuleCreate(accountId: 3811462, rule: {name: \"Sunday maintenance\", enabled: true, condition: {operator: AND, conditions: [{attribute: \"entity.name\", operator: EQUALS, values: [\"casemanager-prod\"]}]}, schedule: {startTime: \"2024-06-02T02:00:00\", endTime: \"2024-06-02T04:00:00\", timeZone: \"America/Chicago\"}}) { id } }"}'
""", s=_s), _s, "New Relic user API keys (docs.newrelic.com/docs/apis/intro-apis/new-relic-api-keys)")

_s = "ATATT3xFfGF0" + rs(170, URLSAFE) + "=" + rs(8, UPPER_DIGITS)
add("python/atlassian-api-token", "it/helpdesk/open_ticket.py", fill('''\
"""Open a Jira Service Management ticket when the NVR or the crematory VPN goes down."""
import sys

import requests

JIRA = "https://riversidefh.atlassian.net"
AUTH = ("it-bot@riversidefh.com", "@@s@@")


def open_ticket(summary: str, description: str) -> str:
    resp = requests.post(
        f"{JIRA}/rest/api/3/issue",
        auth=AUTH,
        json={"fields": {"project": {"key": "IT"}, "issuetype": {"name": "Incident"},
                         "summary": summary, "description": {"type": "doc", "version": 1, "content": [
                             {"type": "paragraph", "content": [{"type": "text", "text": description}]}]}}},
        timeout=20,
    )
    resp.raise_for_status()
    return resp.json()["key"]


if __name__ == "__main__":
    print(open_ticket(sys.argv[1], sys.argv[2]))
''', s=_s), _s, "Atlassian API tokens (support.atlassian.com/atlassian-account/docs/manage-api-tokens-for-your-atlassian-account)")

_s = words_pw()
add("crontab/curl-basic-auth", "ops/cron/obituary-feed.crontab", fill("""\
# m h dom mon dow  command
MAILTO=it@riversidefh.com
*/15 * * * *  curl -fsS -u riverside_feed:'@@s@@' https://feeds.tributecenter.example/export/riverside.xml -o /var/www/feeds/obits.xml
5 2 * * *     /usr/local/bin/rotate-feed-logs
30 3 * * 0    /usr/local/bin/backup-feeds.sh >> /var/log/backup-feeds.log 2>&1
""", s=_s), _s, "curl -u user:password (curl.se/docs/manpage.html#-u)")

_s = rand_pw(16)
add("nginx/basic-auth-header", "ops/nginx/sites-available/edrs-proxy.conf", fill("""\
# Reverse proxy so the case system can reach the state EDRS test API through one egress IP
server {
    listen 8088;
    server_name edrs-proxy.fh.local;

    location / {
        proxy_pass https://edrs-api.health.state.example.gov/;
        proxy_set_header Host edrs-api.health.state.example.gov;
        proxy_set_header Authorization "Basic @@s@@";
        proxy_ssl_server_name on;
        proxy_read_timeout 60s;
    }
}
""", s=b64("fh04127_api:" + _s)), _s, "nginx proxy_set_header; HTTP Basic authentication (RFC 7617)")

_s = words_pw()
add("xml/log4j-smtp-password", "src/main/resources/log4j2.xml", fill("""\
<?xml version="1.0" encoding="UTF-8"?>
<Configuration status="WARN">
  <Appenders>
    <Console name="Console" target="SYSTEM_OUT">
      <PatternLayout pattern="%d{ISO8601} %-5level [%t] %c{1} - %msg%n"/>
    </Console>
    <SMTP name="Mail" subject="[interments] ERROR on ${hostName}"
          to="it@stbrigidcemetery.org" from="alerts@stbrigidcemetery.org"
          smtpHost="smtp.office365.com" smtpPort="587" smtpProtocol="smtp"
          smtpUsername="alerts@stbrigidcemetery.org" smtpPassword="@@s@@"
          bufferSize="20">
      <ThresholdFilter level="ERROR"/>
    </SMTP>
  </Appenders>
  <Loggers>
    <Root level="info">
      <AppenderRef ref="Console"/>
      <AppenderRef ref="Mail"/>
    </Root>
  </Loggers>
</Configuration>
""", s=_s), _s, "Log4j 2 SMTPAppender parameters (logging.apache.org/log4j/2.x/manual/appenders.html#SMTPAppender)")

_s = words_pw()
add("json/vscode-sqltools-password", ".vscode/settings.json", fill("""\
{
  "editor.formatOnSave": true,
  "python.defaultInterpreterPath": ".venv/bin/python",
  "sqltools.connections": [
    {
      "name": "plots (prod, read-only)",
      "driver": "PostgreSQL",
      "server": "pg-plots.internal",
      "port": 5432,
      "database": "plots",
      "username": "inventory_admin",
      "password": "@@s@@"
    }
  ]
}
""", s=_s), _s, "SQLTools connection settings (vscode-sqltools.mteixeira.dev/en/settings)")

_s = rs(64, UPPER_DIGITS)
add("yaml/salesforce-consumer-secret", "integrations/salesforce/config/prod.yaml", fill("""\
# Pre-need sales counselors work leads in Salesforce; contracts flow back to the case system.
salesforce:
  login_url: https://login.salesforce.com
  instance: https://memorialpartners.my.salesforce.com
  api_version: "60.0"
  consumer_key: 3MVG9p1Q1BCe9GmBa.vd3k6U5tKxP9J7fT2mZ4nW0qL8rY1cH6sA3eD5gF7jK9
  consumer_secret: "@@s@@"
  integration_user: integration@memorialpartners.com
  jwt_key_file: /etc/sf/server.key
sync:
  objects: [Lead, Opportunity, PreNeed_Contract__c]
  interval: 5m
""", s=_s), _s, "Salesforce connected app consumer secret (help.salesforce.com/s/articleView?id=sf.connected_app_create_api_integration.htm)")

_s = rs(64, URLSAFE)
add("env/auth0-client-secret", "family-portal/.env.local", fill("""\
# Family portal (Next.js) - Auth0 login for informants
AUTH0_BASE_URL=https://family.westbrookfuneral.com
AUTH0_ISSUER_BASE_URL=https://westbrookfh.us.auth0.com
AUTH0_CLIENT_ID=Zq7Lm2Xk9Pw4Rt6Yb1Nc8Vd3Hf5Js0Ga
AUTH0_CLIENT_SECRET=@@s@@
AUTH0_SECRET=use-openssl-rand-hex-32-here
AUTH0_SCOPE="openid profile email"
NEXT_PUBLIC_SUPPORT_PHONE="(555) 014-2288"
""", s=_s), _s, "Auth0 Next.js SDK environment (auth0.com/docs/quickstart/webapp/nextjs)")

_s = rs(43, URLSAFE)
add("yaml/ringcentral-client-secret", "fax-bridge/config.yaml", fill("""\
# Incoming fax bridge: death certificates and physician signatures arrive by eFax; PDFs go to the case inbox
ringcentral:
  server: https://platform.ringcentral.com
  client_id: Tq3xZ8mVb2KpLw9Rn4YcDs
  client_secret: @@s@@
  jwt: ${RC_JWT}
  fax_extension: "104"
output:
  folder: \\\\fs01\\CaseInbox\\Fax
  filename: "{received:%Y%m%d-%H%M}-{from}.pdf"
""", s=_s), _s, "RingCentral JWT auth flow, client secret (developers.ringcentral.com/guide/authentication/jwt-flow)")

# ==================================================================================================
# Decoys: placeholders, references, ciphertext, hashes, public identifiers, fixtures
# ==================================================================================================

add("env/decoy-placeholder", "arrangement-portal/.env.example", """\
APP_NAME="Heritage Arrangements"
APP_ENV=local
APP_KEY=
APP_DEBUG=true
APP_URL=http://localhost:8000

DB_CONNECTION=mysql
DB_HOST=127.0.0.1
DB_DATABASE=arrangements
DB_USERNAME=arrange_app
DB_PASSWORD=

# Get these from the Stripe dashboard (Developers > API keys); never commit real ones
STRIPE_KEY=pk_test_your_publishable_key
STRIPE_SECRET=sk_test_your_secret_key
STRIPE_WEBHOOK_SECRET=whsec_xxxxxxxxxxxxxxxxxxxxxxxx

MAIL_MAILER=log
""", None, "Laravel .env.example convention (laravel.com/docs/configuration#environment-configuration)")

add("helm/decoy-existing-secret", "charts/casemanager/values-prod.yaml", """\
image:
  tag: "5.2.0"

redis:
  enabled: true
  auth:
    enabled: true
    existingSecret: casemanager-redis
    existingSecretPasswordKey: redis-password

externalDatabase:
  host: pg01.fh.local
  user: casemgr
  existingSecret: casemanager-db
  existingSecretPasswordKey: password

stripe:
  secretKeyRef:
    name: casemanager-stripe
    key: secret-key
""", None, "Bitnami charts existingSecret parameters (artifacthub.io/packages/helm/bitnami/redis)")

add("k8s-secret/decoy-placeholder-base64", "k8s/base/notify-secret.template.yaml", f"""\
# Template only: CI replaces the values from Vault before applying (see docs/deploy.md)
apiVersion: v1
kind: Secret
metadata:
  name: notify-sendgrid
  namespace: family-portal
type: Opaque
data:
  SENDGRID_API_KEY: {b64("REPLACE_ME_FROM_VAULT")}
  SENDGRID_FROM: {b64("obituaries@maplewoodchapel.com")}
""", None, "Kubernetes Secrets (kubernetes.io/docs/concepts/configuration/secret)")

add("k8s/decoy-external-secret", "k8s/base/stripe-externalsecret.yaml", """\
apiVersion: external-secrets.io/v1beta1
kind: ExternalSecret
metadata:
  name: casemanager-stripe
  namespace: casemanager
spec:
  refreshInterval: 1h
  secretStoreRef:
    name: aws-secrets-manager
    kind: ClusterSecretStore
  target:
    name: casemanager-stripe
    creationPolicy: Owner
  data:
    - secretKey: secret-key
      remoteRef:
        key: prod/casemanager/stripe
        property: secret_key
    - secretKey: webhook-secret
      remoteRef:
        key: prod/casemanager/stripe
        property: webhook_secret
""", None, "External Secrets Operator ExternalSecret (external-secrets.io/latest/api/externalsecret)")

add("k8s/decoy-sealed-secret", "k8s/overlays/prod/db-credentials.sealed.yaml", f"""\
apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata:
  name: casemanager-db
  namespace: casemanager
spec:
  encryptedData:
    password: AgB{rs(680, B64)}==
    username: AgC{rs(680, B64)}==
  template:
    metadata:
      name: casemanager-db
      namespace: casemanager
    type: kubernetes.io/basic-auth
""", None, "Sealed Secrets (github.com/bitnami-labs/sealed-secrets#usage)")

_iv, _tag = b64_bytes(32), b64_bytes(16)
add("yaml/decoy-sops-encrypted", "secrets/prod/payments.enc.yaml", f"""\
stripe_secret_key: ENC[AES256_GCM,data:{b64_bytes(78)},iv:{_iv},tag:{_tag},type:str]
authnet_transaction_key: ENC[AES256_GCM,data:{b64_bytes(16)},iv:{b64_bytes(32)},tag:{b64_bytes(16)},type:str]
sops:
    kms: []
    age:
        - recipient: age1{rs(58, "qpzry9x8gf2tvdw0s3jn54khce6mua7l")}
          enc: |
            -----BEGIN AGE ENCRYPTED FILE-----
            {rs(64, B64)}
            {rs(64, B64)}
            {rs(40, B64)}
            -----END AGE ENCRYPTED FILE-----
    lastmodified: "2024-04-18T14:22:09Z"
    mac: ENC[AES256_GCM,data:{b64_bytes(64)},iv:{b64_bytes(32)},tag:{b64_bytes(16)},type:str]
    unencrypted_suffix: _unencrypted
    version: 3.8.1
""", None, "SOPS encrypted files (github.com/getsops/sops#usage)")

_r = _rng()
add("yaml/decoy-ansible-vault", "ansible/group_vars/chapels/vault.yml", "$ANSIBLE_VAULT;1.1;AES256\n"
    + "\n".join("".join(_r.choice(HEX) for _ in range(80)) for _ in range(14)) + "\n"
    + "".join(_r.choice(HEX) for _ in range(36)) + "\n", None,
    "Ansible Vault encrypted files (docs.ansible.com/ansible/latest/vault_guide)")

add("github-actions/decoy-secrets-context", ".github/workflows/deploy-portal.yml", """\
name: Deploy family portal
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
          role-to-assume: arn:aws:iam::418277361045:role/gha-portal-deploy
          aws-region: us-east-2
      - run: npm ci && npm run build
        env:
          AUTH0_CLIENT_SECRET: ${{ secrets.AUTH0_CLIENT_SECRET }}
          STRIPE_SECRET_KEY: ${{ secrets.STRIPE_SECRET_KEY }}
      - run: aws s3 sync out/ s3://family-portal-prod --delete
""", None, "GitHub Actions secrets context and OIDC (docs.github.com/actions/security-guides/using-secrets-in-github-actions)")

add("terraform/decoy-random-password", "infra/azure/sql-generated.tf", """\
resource "random_password" "sql_admin" {
  length           = 32
  special          = true
  override_special = "!#%*-_"
}

resource "azurerm_key_vault_secret" "sql_admin" {
  name         = "sql-admin-password"
  value        = random_password.sql_admin.result
  key_vault_id = data.azurerm_key_vault.ops.id
}

resource "azurerm_mssql_server" "cases" {
  name                         = "sql-casemanager-prod"
  resource_group_name          = var.resource_group
  location                     = var.location
  version                      = "12.0"
  administrator_login          = "casesadmin"
  administrator_login_password = random_password.sql_admin.result
}
""", None, "Terraform random_password (registry.terraform.io/providers/hashicorp/random/latest/docs/resources/password)")

add("terraform/decoy-variables", "infra/terraform/variables.tf", """\
variable "cloudflare_api_token" {
  description = "Cloudflare token with Zone:DNS:Edit on the chapel zones (set TF_VAR_cloudflare_api_token)"
  type        = string
  sensitive   = true
}

variable "stripe_secret_key" {
  description = "Stripe live secret key for the arrangement portal"
  type        = string
  sensitive   = true
  validation {
    condition     = startswith(var.stripe_secret_key, "sk_live_") || startswith(var.stripe_secret_key, "rk_live_")
    error_message = "Use a live secret or restricted key."
  }
}

variable "db_admin_password" {
  type      = string
  sensitive = true
  default   = null
}
""", None, "Terraform sensitive input variables (developer.hashicorp.com/terraform/language/values/variables)")

add("js/decoy-stripe-publishable", "web/src/checkout/stripe.js", f"""\
import {{ loadStripe }} from '@stripe/stripe-js';

// Publishable key: safe in the browser, identifies the account for Stripe.js only.
const stripePromise = loadStripe('pk_live_51{rs(97)}');

export async function payBalance(clientSecretFromServer, elements) {{
  const stripe = await stripePromise;
  return stripe.confirmPayment({{
    elements,
    clientSecret: clientSecretFromServer,
    confirmParams: {{ return_url: 'https://arrange.heritagememorialchapel.com/paid' }},
  }});
}}
""", None, "Stripe publishable keys (docs.stripe.com/keys#obtain-api-keys)")

add("js/decoy-mapbox-public-token", "web/src/map/graveFinder.js", f"""\
import mapboxgl from 'mapbox-gl';

// Public token (pk.*), URL-restricted to hollyhillcemetery.org - the grave finder map
mapboxgl.accessToken = '{mapbox_token("pk", "hollyhill-gis")}';

export function mountMap(el) {{
  const map = new mapboxgl.Map({{
    container: el,
    style: 'mapbox://styles/hollyhill-gis/clr2q8x1k00ab01qz4c7e9d2f',
    center: [-85.6681, 42.9634],
    zoom: 17,
  }});
  map.on('load', () => {{
    map.addSource('sections', {{ type: 'vector', url: 'mapbox://hollyhill-gis.sections-2024' }});
    map.addLayer({{ id: 'sections', type: 'line', source: 'sections', 'source-layer': 'sections' }});
  }});
  return map;
}}
""", None, "Mapbox public tokens (docs.mapbox.com/accounts/guides/tokens/#public-tokens)")

add("html/decoy-paypal-client-id", "wp-content/themes/stillwater/template-parts/memorial-gift.html", f"""\
<section class="memorial-gift">
  <h3>Plant a memorial tree</h3>
  <p>A tree is planted in the state forest in memory of your loved one.</p>
  <div id="paypal-button-container"></div>
  <script src="https://www.paypal.com/sdk/js?client-id=A{rs(79, URLSAFE)}&currency=USD&intent=capture"></script>
  <script>
    paypal.Buttons({{
      createOrder: () => fetch('/wp-json/tribute/v1/tree-order', {{ method: 'POST' }}).then(r => r.json()).then(o => o.id),
      onApprove: (data) => fetch('/wp-json/tribute/v1/tree-order/' + data.orderID + '/capture', {{ method: 'POST' }})
    }}).render('#paypal-button-container');
  </script>
</section>
""", None, "PayPal JavaScript SDK client-id query parameter (developer.paypal.com/sdk/js/configuration)")

add("html/decoy-square-application-id", "kiosk/payment.html", """\
<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>Pay a balance - Lakeside Funeral Group</title>
  <script src="https://web.squarecdn.com/v1/square.js"></script>
</head>
<body>
  <form id="payment-form">
    <div id="card-container"></div>
    <button id="card-button" type="button">Pay</button>
  </form>
  <script>
    const appId = 'sq0idp-Hk4bq2ZP9vXl0e3TQm1ucA';
    const locationId = 'L8WQ2C9XK7Z3M';
    (async () => {
      const payments = Square.payments(appId, locationId);
      const card = await payments.card();
      await card.attach('#card-container');
      document.getElementById('card-button').onclick = async () => {
        const result = await card.tokenize();
        if (result.status === 'OK') {
          await fetch('/api/pay', { method: 'POST', body: JSON.stringify({ token: result.token }) });
        }
      };
    })();
  </script>
</body>
</html>
""", None, "Square Web Payments SDK application and location ids (developer.squareup.com/docs/web-payments/overview)")

add("js/decoy-firebase-web-config", "FamilyApp/web/src/firebase.js", f"""\
import {{ initializeApp }} from 'firebase/app';
import {{ getMessaging }} from 'firebase/messaging';

// Firebase web app config - these identify the project, they are not secrets.
// Access is enforced by Security Rules and App Check.
const firebaseConfig = {{
  apiKey: 'AIza{rs(35, URLSAFE)}',
  authDomain: 'gracefield-family.firebaseapp.com',
  projectId: 'gracefield-family',
  storageBucket: 'gracefield-family.appspot.com',
  messagingSenderId: '{digits(12)}',
  appId: '1:{digits(12)}:web:{hexs(22)}',
}};

export const app = initializeApp(firebaseConfig);
export const messaging = getMessaging(app);
""", None, "Firebase web config and API keys (firebase.google.com/docs/projects/api-keys)")

add("js/decoy-sentry-dsn", "web/src/sentry.client.config.js", f"""\
import * as Sentry from '@sentry/nextjs';

Sentry.init({{
  dsn: 'https://{hexs(32)}@o{digits(6)}.ingest.us.sentry.io/{digits(7)}',
  tracesSampleRate: 0.1,
  replaysSessionSampleRate: 0,
  environment: process.env.NEXT_PUBLIC_VERCEL_ENV ?? 'development',
  beforeSend(event) {{
    // never send the family's contact details
    if (event.user) delete event.user.email;
    return event;
  }},
}});
""", None, "Sentry DSN is safe to expose (docs.sentry.io/concepts/key-terms/dsn-explainer)")

_site_key = "6LdQx2QpAAAAA" + rs(27, URLSAFE)
add("html/decoy-recaptcha-site-key", "wp-content/themes/stillwater/template-parts/condolence-form.html", f"""\
<form id="condolence" method="post" action="/wp-admin/admin-post.php">
  <input type="hidden" name="action" value="stillwater_condolence">
  <label>Your name <input name="author" required></label>
  <label>Message <textarea name="message" rows="5" required></textarea></label>
  <input type="hidden" name="g-recaptcha-response" id="g-recaptcha-response">
  <button type="submit">Share condolence</button>
</form>
<script src="https://www.google.com/recaptcha/api.js?render={_site_key}"></script>
<script>
  grecaptcha.ready(function () {{
    grecaptcha.execute('{_site_key}', {{ action: 'condolence' }}).then(function (token) {{
      document.getElementById('g-recaptcha-response').value = token;
    }});
  }});
</script>
""", None, "reCAPTCHA v3 site key in the page (developers.google.com/recaptcha/docs/v3)")

add("js/decoy-algolia-search-key", "web/src/search/obituarySearch.js", f"""\
import algoliasearch from 'algoliasearch/lite';
import instantsearch from 'instantsearch.js';
import {{ searchBox, hits }} from 'instantsearch.js/es/widgets';

// Search-only API key: read access to the public "obituaries" index, meant for the browser.
const searchClient = algoliasearch('{rs(10, UPPER_DIGITS)}', '{hexs(32)}');

const search = instantsearch({{ indexName: 'obituaries_published', searchClient }});
search.addWidgets([
  searchBox({{ container: '#obit-search', placeholder: 'Search by name' }}),
  hits({{ container: '#obit-hits', templates: {{ item: (h) => `<a href="${{h.url}}">${{h.full_name}} (${{h.years}})</a>` }} }}),
]);
search.start();
""", None, "Algolia search-only API keys (algolia.com/doc/guides/security/api-keys)")

add("js/decoy-google-oauth-client-id", "family-portal/src/auth/google.js", f"""\
// "Sign in with Google" for family members sharing photos; the client ID is public by design.
export const GOOGLE_CLIENT_ID = '{digits(12)}-{rs(32, LOWER_DIGITS)}.apps.googleusercontent.com';

export function renderGoogleButton(el, onCredential) {{
  window.google.accounts.id.initialize({{ client_id: GOOGLE_CLIENT_ID, callback: onCredential }});
  window.google.accounts.id.renderButton(el, {{ theme: 'outline', size: 'large' }});
}}
""", None, "Google Identity Services client ID (developers.google.com/identity/gsi/web/guides/get-google-api-clientid)")

add("ssh/decoy-authorized-keys", "ansible/roles/base/files/authorized_keys", f"""\
# IT staff and the deploy runner (public keys only)
{ssh_public("jlindqvist@northgatefh")}
{ssh_public("mokafor@northgatefh")}
{ssh_public("gitlab-runner@ci01")}
ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABgQ{rs(500, B64)} backup@nas01
""", None, "OpenSSH authorized_keys format (man sshd, AUTHORIZED_KEYS FILE FORMAT)")

add("pem/decoy-certificate", "ops/nginx/certs/portal.westbrookfuneral.com.crt", cert_block() + "\n" + cert_block() + "\n", None,
    "X.509 certificate PEM (RFC 7468 section 5)")

_r = _rng()
add("pgp/decoy-public-key", "edrs/keys/state-edrs-public.asc", "-----BEGIN PGP PUBLIC KEY BLOCK-----\nComment: State EDRS batch intake (encrypt to this key)\n\n"
    + "\n".join("".join(_r.choice(B64) for _ in range(64)) for _ in range(10)) + "\n="
    + "".join(_r.choice(B64) for _ in range(4)) + "\n-----END PGP PUBLIC KEY BLOCK-----\n", None,
    "OpenPGP ASCII armor public key (RFC 4880 section 6.2)")

add("json/decoy-jwks", "family-portal/public/.well-known/jwks.json", json.dumps({"keys": [
    {"kty": "RSA", "use": "sig", "alg": "RS256", "kid": hexs(16), "n": rs(342, URLSAFE), "e": "AQAB"},
    {"kty": "RSA", "use": "sig", "alg": "RS256", "kid": hexs(16), "n": rs(342, URLSAFE), "e": "AQAB"}]}, indent=2) + "\n",
    None, "JSON Web Key Set (RFC 7517)")

add("sql/decoy-bcrypt-hashes", "db/seed/003_staff_users.sql", f"""\
-- Staff logins for the arrangement portal (bcrypt, cost 12). Users reset on first login.
INSERT INTO staff_users (email, display_name, role, password_hash, must_reset) VALUES
  ('jlindqvist@northgatefh.com', 'Jon Lindqvist', 'director', '{bcrypt_hash()}', true),
  ('mokafor@northgatefh.com', 'Mary Okafor', 'director', '{bcrypt_hash()}', true),
  ('frontdesk@northgatefh.com', 'Front Desk', 'staff', '{bcrypt_hash()}', true),
  ('preneed@northgatefh.com', 'Pre-need Office', 'counselor', '{bcrypt_hash()}', true);
""", None, "bcrypt modular crypt format (passlib.readthedocs.io/en/stable/lib/passlib.hash.bcrypt.html)")

add("htpasswd/decoy-apr1-hashes", "ops/nginx/htpasswd-staging", f"""\
# staging obituary site - basic auth for the family preview
preview:$apr1${rs(8, ALNUM + './')}${rs(22, ALNUM + './')}
webdev:$apr1${rs(8, ALNUM + './')}${rs(22, ALNUM + './')}
director:$apr1${rs(8, ALNUM + './')}${rs(22, ALNUM + './')}
qa:$apr1${rs(8, ALNUM + './')}${rs(22, ALNUM + './')}
marketing:$apr1${rs(8, ALNUM + './')}${rs(22, ALNUM + './')}
""", None, "Apache htpasswd MD5 format (httpd.apache.org/docs/2.4/misc/password_encryptions.html)")

add("yaml/decoy-sha512-crypt", "ansible/roles/users/vars/main.yml", f"""\
---
# Local break-glass accounts on the chapel PCs (Linux signage players); hashes made with mkpasswd -m sha-512
local_users:
  - name: fhadmin
    groups: [sudo]
    password: "{sha512_crypt()}"
  - name: signage
    groups: [video]
    password: "{sha512_crypt()}"
    shell: /usr/sbin/nologin
""", None, "Ansible user module password hashes (docs.ansible.com/ansible/latest/reference_appendices/faq.html#how-do-i-generate-encrypted-passwords-for-the-user-module)")

add("python/decoy-env-lookup", "services/payments/settings.py", """\
\"\"\"Payment settings, read from the environment (systemd EnvironmentFile from Vault agent).\"\"\"
import os

STRIPE_SECRET_KEY = os.environ["STRIPE_SECRET_KEY"]
STRIPE_WEBHOOK_SECRET = os.environ["STRIPE_WEBHOOK_SECRET"]
SQUARE_ACCESS_TOKEN = os.environ.get("SQUARE_ACCESS_TOKEN", "")
AUTHNET_LOGIN_ID = os.environ.get("AUTHNET_LOGIN_ID", "")
AUTHNET_TRANSACTION_KEY = os.environ.get("AUTHNET_TRANSACTION_KEY", "")

if not STRIPE_SECRET_KEY.startswith(("sk_live_", "rk_live_", "sk_test_")):
    raise RuntimeError("STRIPE_SECRET_KEY does not look like a Stripe secret key")
""", None, "Twelve-factor config in the environment (12factor.net/config)")

add("csharp/decoy-keyvault-client", "src/Archive/SecretsLoader.cs", """\
using System;
using Azure.Identity;
using Azure.Security.KeyVault.Secrets;

namespace Crestview.Archive
{
    public static class SecretsLoader
    {
        private static readonly SecretClient Client = new SecretClient(
            new Uri("https://kv-crestview-prod.vault.azure.net/"), new DefaultAzureCredential());

        public static string ArchiveConnectionString() =>
            Client.GetSecret("archive-blobs-connection-string").Value.Value;

        public static string EdrsSftpPassword() =>
            Client.GetSecret("edrs-sftp-password").Value.Value;
    }
}
""", None, "Azure Key Vault SecretClient (learn.microsoft.com/dotnet/api/overview/azure/security.keyvault.secrets-readme)")

add("go/decoy-secrets-manager", "internal/config/secrets.go", """\
package config

import (
	"context"
	"encoding/json"

	"github.com/aws/aws-sdk-go-v2/aws"
	awsconfig "github.com/aws/aws-sdk-go-v2/config"
	"github.com/aws/aws-sdk-go-v2/service/secretsmanager"
)

type PaymentSecrets struct {
	SquareAccessToken string `json:"square_access_token"`
	PostmarkToken     string `json:"postmark_server_token"`
}

// LoadPaymentSecrets reads prod/payments from AWS Secrets Manager (task role credentials).
func LoadPaymentSecrets(ctx context.Context) (*PaymentSecrets, error) {
	cfg, err := awsconfig.LoadDefaultConfig(ctx)
	if err != nil {
		return nil, err
	}
	out, err := secretsmanager.NewFromConfig(cfg).GetSecretValue(ctx, &secretsmanager.GetSecretValueInput{
		SecretId: aws.String("prod/payments"),
	})
	if err != nil {
		return nil, err
	}
	var s PaymentSecrets
	return &s, json.Unmarshal([]byte(aws.ToString(out.SecretString)), &s)
}
""", None, "AWS SDK for Go v2 Secrets Manager GetSecretValue (docs.aws.amazon.com/secretsmanager/latest/userguide/retrieving-secrets_go.html)")

add("properties/decoy-env-placeholders", "src/main/resources/application.properties", """\
spring.application.name=interments
spring.datasource.url=jdbc:postgresql://${DB_HOST:localhost}:5432/interments
spring.datasource.username=${DB_USER:interments_app}
spring.datasource.password=${DB_PASSWORD}
spring.mail.host=smtp.office365.com
spring.mail.username=${SMTP_USER}
spring.mail.password=${SMTP_PASSWORD}
plots.edrs.sftp.password=${EDRS_SFTP_PASSWORD:}
management.endpoints.web.exposure.include=health,info
""", None, "Spring Boot property placeholders (docs.spring.io/spring-boot/reference/features/external-config.html)")

add("php/decoy-wp-config-getenv", "site/wp-config.docker.php", """\
<?php
// Container build of the obituary site: every secret comes from the environment.
define( 'DB_NAME', getenv( 'WORDPRESS_DB_NAME' ) ?: 'wordpress' );
define( 'DB_USER', getenv( 'WORDPRESS_DB_USER' ) );
define( 'DB_PASSWORD', getenv( 'WORDPRESS_DB_PASSWORD' ) );
define( 'DB_HOST', getenv( 'WORDPRESS_DB_HOST' ) ?: 'db:3306' );

foreach ( array( 'AUTH_KEY', 'SECURE_AUTH_KEY', 'LOGGED_IN_KEY', 'NONCE_KEY',
                 'AUTH_SALT', 'SECURE_AUTH_SALT', 'LOGGED_IN_SALT', 'NONCE_SALT' ) as $name ) {
	define( $name, getenv( 'WORDPRESS_' . $name ) ?: 'put your unique phrase here' );
}

$table_prefix = getenv( 'WORDPRESS_TABLE_PREFIX' ) ?: 'wp_';
require_once ABSPATH . 'wp-settings.php';
""", None, "WordPress official Docker image environment (hub.docker.com/_/wordpress)")

add("json/decoy-package-lock-integrity", "web/package-lock.json", f"""\
{{
  "name": "obituary-web",
  "version": "3.4.0",
  "lockfileVersion": 3,
  "requires": true,
  "packages": {{
    "": {{
      "name": "obituary-web",
      "version": "3.4.0",
      "dependencies": {{ "@stripe/stripe-js": "^3.3.0", "mapbox-gl": "^3.3.0" }}
    }},
    "node_modules/@stripe/stripe-js": {{
      "version": "3.3.0",
      "resolved": "https://registry.npmjs.org/@stripe/stripe-js/-/stripe-js-3.3.0.tgz",
      "integrity": "sha512-{b64_bytes(64)}"
    }},
    "node_modules/mapbox-gl": {{
      "version": "3.3.0",
      "resolved": "https://registry.npmjs.org/mapbox-gl/-/mapbox-gl-3.3.0.tgz",
      "integrity": "sha512-{b64_bytes(64)}"
    }}
  }}
}}
""", None, "npm package-lock.json integrity field (docs.npmjs.com/cli/v10/configuring-npm/package-lock-json)")

add("dockerfile/decoy-checksum", "tools/pdf-render/Dockerfile", f"""\
FROM debian:bookworm-slim

ARG WKHTMLTOPDF_VERSION=0.12.6.1-3
ARG WKHTMLTOPDF_SHA256={hexs(64)}

RUN apt-get update && apt-get install -y --no-install-recommends curl ca-certificates fontconfig \\
 && curl -fsSLo /tmp/wk.deb https://github.com/wkhtmltopdf/packaging/releases/download/${{WKHTMLTOPDF_VERSION}}/wkhtmltox_${{WKHTMLTOPDF_VERSION}}.bookworm_amd64.deb \\
 && echo "${{WKHTMLTOPDF_SHA256}}  /tmp/wk.deb" | sha256sum -c - \\
 && apt-get install -y /tmp/wk.deb && rm -rf /var/lib/apt/lists/* /tmp/wk.deb

# renders memorial folders and prayer cards from HTML templates
COPY templates/ /srv/templates/
ENTRYPOINT ["wkhtmltopdf"]
""", None, "Dockerfile checksum verification (docs.docker.com/build/building/best-practices)")

add("go/decoy-go-sum", "go.sum", "".join(
    f"{mod} {ver} h1:{b64_bytes(32)}\n{mod} {ver}/go.mod h1:{b64_bytes(32)}\n" for mod, ver in [
        ("github.com/jackc/pgx/v5", "v5.5.5"), ("github.com/slack-go/slack", "v0.12.5"),
        ("github.com/aws/aws-sdk-go-v2", "v1.26.1"), ("golang.org/x/crypto", "v0.22.0")]),
    None, "go.sum file format (go.dev/ref/mod#go-sum-files)")

add("json/decoy-case-uuids", "tests/fixtures/cases.json", json.dumps({"cases": [
    {"id": uuid_s(), "case_number": "2024-0417", "decedent": "Test Decedent One", "location_id": uuid_s(),
     "director_id": uuid_s(), "status": "at-need"},
    {"id": uuid_s(), "case_number": "2024-0418", "decedent": "Test Decedent Two", "location_id": uuid_s(),
     "director_id": uuid_s(), "status": "pre-need"}]}, indent=2) + "\n", None,
    "UUIDs as record identifiers (RFC 9562)")

add("markdown/decoy-changelog-shas", "CHANGELOG.md", f"""\
# Changelog

## 5.2.0 - 2024-04-22
- Cremation authorization form now requires two witnesses ({hexs(40)})
- EDRS export: include the informant's relationship code ({hexs(40)})

## 5.1.3 - 2024-03-30
- Fix duplicate plot sales after re-assigning a lot ({hexs(40)})
- Bump pgx to v5.5.5 ({hexs(7)})

## 5.1.2 - 2024-03-02
- Obituary feed: escape ampersands in newspaper XML ({hexs(40)})
""", None, "Keep a Changelog (keepachangelog.com)")

add("markdown/decoy-aws-docs-example", "docs/archive/README.md", """\
# Records archive uploader

Uploads scanned ledgers and permits to S3 Glacier Deep Archive.

## Setup

Use a named profile; do not put keys in the scripts. The example below is the
one from the AWS documentation, replace it with your own profile:

```ini
[records-archive]
aws_access_key_id = AKIAIOSFODNN7EXAMPLE
aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY
```

Then run:

```bash
AWS_PROFILE=records-archive python archive/upload_ledgers.py "/mnt/scans/Book 14"
```
""", None, "AWS example credentials (docs.aws.amazon.com/IAM/latest/UserGuide/security-creds.html)")

add("markdown/decoy-stripe-docs-test-key", "docs/payments/local-testing.md", """\
# Testing payments locally

Use Stripe's test mode. The key shown in Stripe's own docs works for quick curl
tests against their sample account:

```bash
curl https://api.stripe.com/v1/payment_intents \\
  -u sk_test_4eC39HqLyjWDarjtT1zdp7dc: \\
  -d amount=2000 -d currency=usd
```

For the portal itself, create your own test-mode keys and put them in `.env`
(`STRIPE_SECRET=sk_test_...`). Card `4242 4242 4242 4242` with any future date
succeeds; `4000 0000 0000 9995` is declined for insufficient funds.
""", None, "Stripe API reference sample key and test cards (docs.stripe.com/testing)")

add("log/decoy-redacted", "ops/logs/payments-2024-05-02.log", """\
2024-05-02T14:03:11Z INFO  payments: charging case=2024-0417 amount=4850.00 gateway=authnet
2024-05-02T14:03:11Z DEBUG payments: merchantAuthentication name=7uQ4rZ8bT2 transactionKey=****************
2024-05-02T14:03:12Z INFO  payments: approved transId=60212845781 authCode=Q1W2E3
2024-05-02T14:05:40Z INFO  stripe: webhook invoice.paid signature=t=1714658740,v1=[REDACTED]
2024-05-02T14:05:40Z INFO  stripe: using key sk_live_...a4Xk (masked)
2024-05-02T14:07:02Z WARN  edrs: sftp login fh04127_batch password=<redacted> retry=1
""", None, "Log masking of credentials (OWASP Logging Cheat Sheet)")

add("python/decoy-test-fixture", "tests/test_webhooks.py", """\
import hashlib
import hmac
import json
import time

from services.payments import webhooks

FAKE_SECRET = "whsec_test_not_a_real_secret"


def sign(payload: bytes, secret: str = FAKE_SECRET) -> str:
    ts = int(time.time())
    mac = hmac.new(secret.encode(), f"{ts}.".encode() + payload, hashlib.sha256).hexdigest()
    return f"t={ts},v1={mac}"


def test_invoice_paid_marks_case(client, monkeypatch):
    monkeypatch.setattr(webhooks, "ENDPOINT_SECRET", FAKE_SECRET)
    payload = json.dumps({"type": "invoice.paid", "data": {"object": {"metadata": {"case_number": "2024-0001"}}}}).encode()
    resp = client.post("/hooks/stripe", data=payload, headers={"Stripe-Signature": sign(payload)})
    assert resp.status_code == 204
""", None, "pytest fixtures with dummy secrets (docs.pytest.org/en/stable/how-to/monkeypatch.html)")

add("js/decoy-jest-mock", "server/lib/__tests__/authnet.test.js", """\
jest.mock('authorizenet');
const { chargeProfile } = require('../authnet');

process.env.AUTHNET_LOGIN_ID = 'test-login';
process.env.AUTHNET_TRANSACTION_KEY = 'dummy-transaction-key';

describe('chargeProfile', () => {
  it('sends the contract number as invoice number', async () => {
    const res = await chargeProfile('123', '456', '150.00', 'PN-2024-0099');
    expect(res).toBeDefined();
  });
});
""", None, "Jest manual mocks (jestjs.io/docs/manual-mocks)")

add("python/decoy-password-policy", "portal/accounts/validators.py", """\
\"\"\"Password rules for family portal accounts (NIST SP 800-63B).\"\"\"
import re

from django.core.exceptions import ValidationError

COMMON = {"password", "password1", "123456", "qwerty", "funeral", "memorial", "letmein"}
MIN_LENGTH = 12


class FamilyPasswordValidator:
    def validate(self, password, user=None):
        if len(password) < MIN_LENGTH:
            raise ValidationError(f"Use at least {MIN_LENGTH} characters.")
        if password.lower() in COMMON:
            raise ValidationError("That password is too common.")
        if user and user.last_name and re.search(re.escape(user.last_name), password, re.I):
            raise ValidationError("Do not use the family name in the password.")

    def get_help_text(self):
        return f"At least {MIN_LENGTH} characters, not a common word or the family name."
""", None, "NIST SP 800-63B memorized secret verifiers; Django password validators")

add("python/decoy-token-generator", "portal/accounts/invites.py", """\
\"\"\"Invitation links for relatives who help with the obituary and photo gallery.\"\"\"
import hashlib
import secrets
from datetime import datetime, timedelta, timezone

INVITE_TTL = timedelta(days=7)


def new_invite(case_id: str, email: str) -> tuple[str, dict]:
    token = secrets.token_urlsafe(32)
    record = {
        "case_id": case_id,
        "email": email.lower(),
        "token_sha256": hashlib.sha256(token.encode()).hexdigest(),
        "expires_at": datetime.now(timezone.utc) + INVITE_TTL,
    }
    return token, record  # only the hash is stored; the token goes in the email
""", None, "Python secrets module (docs.python.org/3/library/secrets.html)")

add("json/decoy-keyvault-references", "infra/appservice/app-settings.json", """\
[
  { "name": "ASPNETCORE_ENVIRONMENT", "value": "Production", "slotSetting": false },
  { "name": "ConnectionStrings__Cases", "value": "@Microsoft.KeyVault(SecretUri=https://kv-casemanager.vault.azure.net/secrets/cases-sql/)", "slotSetting": false },
  { "name": "Twilio__AuthToken", "value": "@Microsoft.KeyVault(VaultName=kv-casemanager;SecretName=twilio-auth-token)", "slotSetting": false },
  { "name": "Twilio__AccountSid", "value": "AC4f1e8b2d9c7a6350e1f2d3c4b5a69788", "slotSetting": false },
  { "name": "WEBSITE_RUN_FROM_PACKAGE", "value": "1", "slotSetting": false }
]
""", None, "App Service Key Vault references (learn.microsoft.com/azure/app-service/app-service-key-vault-references)")

add("yaml/decoy-ssm-references", "obit-api/serverless.yml", """\
service: obit-api
frameworkVersion: "3"

provider:
  name: aws
  runtime: python3.12
  region: us-east-2
  environment:
    DB_PASSWORD: ${ssm:/obit-api/prod/db-password}
    POSTMARK_TOKEN: ${ssm:/obit-api/prod/postmark-token}
    LEGACY_API_KEY: ${ssm:/obit-api/prod/legacy-api-key}
  iam:
    role:
      statements:
        - Effect: Allow
          Action: [ssm:GetParameter]
          Resource: arn:aws:ssm:us-east-2:418277361045:parameter/obit-api/prod/*

functions:
  publish:
    handler: handler.publish
    events:
      - httpApi: { path: /obituaries, method: post }
""", None, "Serverless Framework SSM variables (serverless.com/framework/docs/providers/aws/guide/variables#reference-variables-using-the-ssm-parameter-store)")

add("hcl/decoy-vault-agent-template", "ops/vault-agent/casemanager.hcl", """\
vault {
  address = "https://vault.fh.local:8200"
}

auto_auth {
  method "approle" {
    config = {
      role_id_file_path   = "/etc/vault-agent/role_id"
      secret_id_file_path = "/etc/vault-agent/secret_id"
    }
  }
}

template {
  destination = "/etc/casemanager/env"
  perms       = "0600"
  contents    = <<EOT
{{ with secret "kv/data/casemanager/prod" }}
DB_PASSWORD={{ .Data.data.db_password }}
STRIPE_SECRET_KEY={{ .Data.data.stripe_secret_key }}
{{ end }}
EOT
}
""", None, "Vault Agent templates (developer.hashicorp.com/vault/docs/agent-and-proxy/agent/template)")

add("compose/decoy-env-interpolation", "tributes/docker-compose.yml", """\
services:
  app:
    image: ghcr.io/oakview/tributewall:2.3.1
    env_file: .env
    environment:
      DB_PASSWORD: ${PGPASSWORD:?set PGPASSWORD in .env}
      APP_KEY: ${APP_KEY:?run php artisan key:generate --show}
    ports: ["8080:80"]
  db:
    image: postgres:16
    environment:
      POSTGRES_USER: tributes
      POSTGRES_PASSWORD_FILE: /run/secrets/pg_password
    secrets: [pg_password]
secrets:
  pg_password:
    file: ./secrets/pg_password.txt
""", None, "Compose variable interpolation and secrets (docs.docker.com/compose/environment-variables/variable-interpolation)")

add("k8s/decoy-secret-key-ref", "k8s/base/casemanager-deployment.yaml", """\
apiVersion: apps/v1
kind: Deployment
metadata:
  name: casemanager-api
  namespace: casemanager
spec:
  replicas: 2
  selector:
    matchLabels: { app: casemanager-api }
  template:
    metadata:
      labels: { app: casemanager-api }
    spec:
      containers:
        - name: api
          image: harbor.fh.local/casemanager/api:5.2.0
          env:
            - name: DB_PASSWORD
              valueFrom:
                secretKeyRef: { name: casemanager-db, key: password }
            - name: STRIPE_SECRET_KEY
              valueFrom:
                secretKeyRef: { name: casemanager-stripe, key: secret-key }
            - name: DD_API_KEY
              valueFrom:
                secretKeyRef: { name: datadog, key: api-key }
""", None, "Kubernetes env from secretKeyRef (kubernetes.io/docs/tasks/inject-data-application/distribute-credentials-secure)")

add("npmrc/decoy-env-token", ".npmrc", """\
@tributeworks:registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=${NPM_TOKEN}
engine-strict=true
fund=false
audit-level=high
""", None, "npmrc environment variable substitution (docs.npmjs.com/cli/v10/configuring-npm/npmrc#auth-related-configuration)")

add("xml/decoy-maven-env", "ci/maven/settings-ci.xml", """\
<settings xmlns="http://maven.apache.org/SETTINGS/1.2.0">
  <servers>
    <server>
      <id>fh-releases</id>
      <username>${env.NEXUS_USER}</username>
      <password>${env.NEXUS_PASSWORD}</password>
    </server>
    <server>
      <id>fh-snapshots</id>
      <username>${env.NEXUS_USER}</username>
      <password>${env.NEXUS_PASSWORD}</password>
    </server>
  </servers>
</settings>
""", None, "Maven settings environment variable interpolation (maven.apache.org/settings.html#quick-overview)")

add("jenkinsfile/decoy-with-credentials", "ci/Jenkinsfile.deploy", """\
pipeline {
    agent { label 'linux' }
    stages {
        stage('Deploy') {
            steps {
                withCredentials([sshUserPrivateKey(credentialsId: 'casemgr-deploy-key', keyFileVariable: 'KEY'),
                                 string(credentialsId: 'edrs-api-token', variable: 'EDRS_TOKEN')]) {
                    sh '''
                      scp -i "$KEY" build/libs/casemanager.jar deploy@casemgr-app01.fh.local:/opt/casemanager/
                      ssh -i "$KEY" deploy@casemgr-app01.fh.local 'sudo systemctl restart casemanager'
                      curl -fsS -H "Authorization: Bearer $EDRS_TOKEN" https://edrs-api.example.gov/health
                    '''
                }
            }
        }
    }
}
""", None, "Jenkins Credentials Binding plugin (jenkins.io/doc/pipeline/steps/credentials-binding)")

add("cisco/decoy-hashed-secrets", "network/configs/office-rtr01.cfg", f"""\
!
hostname OFFICE-RTR01
!
enable secret 9 $9${rs(14, ALNUM + './')}${rs(43, ALNUM + './')}
!
username netadmin privilege 15 secret 9 $9${rs(14, ALNUM + './')}${rs(43, ALNUM + './')}
username readonly privilege 1 secret 5 $1${rs(4, ALNUM + './')}${rs(22, ALNUM + './')}
!
aaa new-model
aaa authentication login default local
!
interface GigabitEthernet0/0
 description WAN - Spectrum
 ip address dhcp
!
line vty 0 4
 transport input ssh
!
end
""", None, "Cisco IOS type 9 and type 5 secrets (cisco.com/c/en/us/support/docs/security-vpn/remote-authentication-dial-user-service-radius/107614-64.html)")

add("yaml/decoy-twilio-sid-only", "notify/config/twilio.yaml", """\
# Twilio identifiers (not secrets). The auth token is in Vault at kv/notify/twilio.
account_sid: AC4f1e8b2d9c7a6350e1f2d3c4b5a69788
messaging_service_sid: MG9d1c7e4f2a8b3065c1d9e2f7a4b8c3d5
from_numbers:
  main_chapel: "+16165550142"
  cemetery_office: "+16165550199"
status_callback: https://notify.oakridgefh.com/twilio/status
""", None, "Twilio Account SID and Messaging Service SID (twilio.com/docs/glossary/what-is-a-sid)")

add("python/decoy-hmac-verify", "notify/twilio_signature.py", """\
\"\"\"Verify Twilio's X-Twilio-Signature on the inbound SMS webhook.\"\"\"
import os

from flask import abort, request
from twilio.request_validator import RequestValidator

validator = RequestValidator(os.environ["TWILIO_AUTH_TOKEN"])


def require_twilio_signature():
    signature = request.headers.get("X-Twilio-Signature", "")
    if not validator.validate(request.url, request.form, signature):
        abort(403)
""", None, "Twilio webhook security (twilio.com/docs/usage/webhooks/webhooks-security)")

_r = _rng()
add("csv/decoy-archive-checksums", "archive/manifests/ledger-book-14.sha256.csv", "file,sha256,pages,scanned_at\n" + "".join(
    f"ledgers/book-14/page-{n:03d}.tif,{''.join(_r.choice(HEX) for _ in range(64))},1,2024-02-{10 + n % 9:02d}\n" for n in range(1, 13)),
    None, "Archive fixity manifests with SHA-256 (digitalpreservation.gov fixity guidance)")

add("json/decoy-obituary-record", "exports/obituaries/2024-0417.json", f"""\
{{
  "id": "obit_{hexs(24)}",
  "case_number": "2024-0417",
  "full_name": "Example Person",
  "born": "1938-02-11",
  "died": "2024-04-14",
  "published_at": "2024-04-16T09:00:00-05:00",
  "photo": {{
    "url": "https://res.cloudinary.com/riverbend-memorials/image/upload/v1713261840/{rs(20, LOWER_DIGITS)}.jpg",
    "etag": "{hexs(32)}"
  }},
  "livestream": {{ "provider": "vimeo", "video_id": "{digits(9)}" }},
  "guestbook_entries": 41,
  "syndication": {{ "partner_ref": "{uuid_s()}" }}
}}
""", None, "Obituary export record (public identifiers, media etags, partner references)")

add("html/decoy-analytics-ids", "wp-content/themes/stillwater/header.php", """\
<!doctype html>
<html <?php language_attributes(); ?>>
<head>
<meta charset="<?php bloginfo('charset'); ?>">
<!-- Google tag (gtag.js) -->
<script async src="https://www.googletagmanager.com/gtag/js?id=G-7QK2M9XTB4"></script>
<script>
  window.dataLayer = window.dataLayer || [];
  function gtag(){dataLayer.push(arguments);}
  gtag('js', new Date());
  gtag('config', 'G-7QK2M9XTB4');
</script>
<!-- Meta Pixel -->
<script>fbq('init', '918274635501928'); fbq('track', 'PageView');</script>
<?php wp_head(); ?>
</head>
""", None, "Google tag measurement IDs and Meta Pixel IDs (support.google.com/analytics/answer/9539598)")

add("css/decoy-data-uri", "wp-content/themes/stillwater/assets/css/candle.css", f"""\
/* Virtual candle on the tribute wall */
.candle {{
  width: 48px;
  height: 96px;
  background-image: url("data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAADAAAABgCAYAAAB{rs(300, B64)}AAAAASUVORK5CYII=");
  background-size: contain;
  animation: flicker 2.4s infinite alternate;
}}
@keyframes flicker {{
  from {{ opacity: 0.85; }}
  to {{ opacity: 1; }}
}}
""", None, "data: URLs (RFC 2397)")

add("html/decoy-sri-hashes", "kiosk/index.html", f"""\
<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>Visitor kiosk - Find a loved one</title>
  <link rel="stylesheet" href="https://cdn.jsdelivr.net/npm/bootstrap@5.3.3/dist/css/bootstrap.min.css"
        integrity="sha384-{b64_bytes(48)}" crossorigin="anonymous">
  <script src="https://cdn.jsdelivr.net/npm/bootstrap@5.3.3/dist/js/bootstrap.bundle.min.js"
          integrity="sha384-{b64_bytes(48)}" crossorigin="anonymous"></script>
</head>
<body>
  <main id="app" class="container"></main>
  <script src="/kiosk.js" defer></script>
</body>
</html>
""", None, "Subresource Integrity (developer.mozilla.org/docs/Web/Security/Subresource_Integrity)")

add("yaml/decoy-hashi-vault-lookup", "ansible/group_vars/all/secrets.yml", """\
---
# Secrets are fetched at run time from Vault; nothing secret is stored in this repository.
nas_records_password: "{{ lookup('community.hashi_vault.hashi_vault', 'secret=kv/data/nas/records:password') }}"
restic_password: "{{ lookup('community.hashi_vault.hashi_vault', 'secret=kv/data/backup/restic:password') }}"
edrs_sftp_password: "{{ lookup('community.hashi_vault.hashi_vault', 'secret=kv/data/edrs/sftp:password') }}"
ansible_password: "{{ lookup('env', 'ANSIBLE_WINRM_PASSWORD') }}"
""", None, "community.hashi_vault lookup (docs.ansible.com/ansible/latest/collections/community/hashi_vault/hashi_vault_lookup.html)")

add("powershell/decoy-get-credential", "it/scripts/Reset-KioskPassword.ps1", """\
<#
.SYNOPSIS
  Resets the local kiosk account on the visitor PCs in each chapel lobby.
#>
param([string[]]$Computers = @('LOBBY-KIOSK-1', 'LOBBY-KIOSK-2'))

$admin = Get-Credential -Message 'Domain admin for the kiosks'
$newPassword = Read-Host -AsSecureString -Prompt 'New kiosk password'

foreach ($pc in $Computers) {
    Invoke-Command -ComputerName $pc -Credential $admin -ScriptBlock {
        param($pw)
        Set-LocalUser -Name 'kiosk' -Password $pw
    } -ArgumentList $newPassword
    Write-Output "Reset kiosk password on $pc"
}
""", None, "Get-Credential and Read-Host -AsSecureString (learn.microsoft.com/powershell/module/microsoft.powershell.security/get-credential)")

add("notebook/decoy-getpass", "notebooks/monthly_call_volume.ipynb", json.dumps({
    "cells": [
        {"cell_type": "markdown", "metadata": {}, "source": ["# First calls per month\n", "Answering-service export vs. case system."]},
        {"cell_type": "code", "execution_count": 1, "metadata": {}, "outputs": [],
         "source": ["import getpass\n", "import pandas as pd\n", "import sqlalchemy as sa\n", "\n",
                    "pw = getpass.getpass('reporting password: ')\n",
                    "engine = sa.create_engine(sa.URL.create('postgresql+psycopg2', username='analyst_ro', password=pw,\n",
                    "                                        host='reporting.memorialgroup.local', database='cases'))"]},
        {"cell_type": "code", "execution_count": 2, "metadata": {}, "outputs": [],
         "source": ["calls = pd.read_sql(\"select date_trunc('month', received_at) m, count(*) from first_calls group by 1\", engine)\n",
                    "calls.plot(x='m', y='count', kind='bar')"]},
    ],
    "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
    "nbformat": 4, "nbformat_minor": 5}, indent=1) + "\n", None, "Python getpass (docs.python.org/3/library/getpass.html)")

add("shell-history/decoy-pass-store", "ops/notes/bash_history_app01.txt", """\
cd /opt/casemanager-stack
git pull
export PGPASSWORD="$(pass show fh/casemanager/pg)"
psql -h pg01.fh.local -U casemgr -d cases -c 'select count(*) from cases where status = $$open$$'
unset PGPASSWORD
read -rs EDRS_TOKEN && export EDRS_TOKEN
./bin/edrs-submit --dry-run
docker compose logs -f --tail=50 api
""", None, "pass, the standard unix password manager (passwordstore.org)")

add("xcconfig/decoy-build-setting-reference", "FamilyApp/Config/Release.xcconfig", """\
// Release configuration for the family app
// Secrets are injected by CI from the keychain; this file only references them.
PRODUCT_BUNDLE_IDENTIFIER = com.gracefield.familyapp
MARKETING_VERSION = 2.6.0
MUX_TOKEN_ID = $(MUX_TOKEN_ID_FROM_CI)
MUX_TOKEN_SECRET = $(MUX_TOKEN_SECRET_FROM_CI)
API_BASE_URL = https:/$()/api.gracefieldfh.com
SWIFT_ACTIVE_COMPILATION_CONDITIONS = RELEASE
""", None, "Xcode build configuration files (help.apple.com/xcode/mac/current/#/dev745c5c974)")

add("gradle/decoy-local-properties", "app/build.gradle.kts", """\
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
    namespace = "com.gracefield.live"
    compileSdk = 34
    defaultConfig {
        applicationId = "com.gracefield.live"
        minSdk = 26
        buildConfigField("String", "STREAM_KEY", "\\"${localProps.getProperty("streamKey", "")}\\"")
        buildConfigField("String", "MAPS_KEY", "\\"${System.getenv("MAPS_KEY") ?: ""}\\"")
    }
    buildFeatures { buildConfig = true }
}
""", None, "Android BuildConfig fields from local.properties (developer.android.com/build/gradle-tips)")

add("markdown/decoy-readme-placeholders", "florist-bridge/README.md", """\
# florist-bridge

Relays sympathy-flower orders from obituary pages to the florist wire service.

## Configuration

Copy `florist.properties.example` to `florist.properties` and fill in:

```properties
florist.username=<your member API user>
florist.password=<your member API password>
stripe.secret=sk_live_xxxxxxxxxxxxxxxxxxxxxxxx
```

Or export them:

```bash
export FLORIST_PASSWORD='...'
export STRIPE_SECRET_KEY='sk_live_...'
```

Never commit `florist.properties`; it is in `.gitignore`.
""", None, "README configuration placeholders")

add("nginx/decoy-ssl-paths", "ops/nginx/sites-available/portal.conf", """\
server {
    listen 443 ssl http2;
    server_name portal.westbrookfuneral.com;

    ssl_certificate     /etc/letsencrypt/live/portal.westbrookfuneral.com/fullchain.pem;
    ssl_certificate_key /etc/letsencrypt/live/portal.westbrookfuneral.com/privkey.pem;
    ssl_protocols TLSv1.2 TLSv1.3;

    auth_basic "Staff preview";
    auth_basic_user_file /etc/nginx/htpasswd-staging;

    location / {
        proxy_pass http://127.0.0.1:3000;
        proxy_set_header Host $host;
        proxy_set_header X-Forwarded-Proto https;
    }
}
""", None, "nginx ssl_certificate_key directive (nginx.org/en/docs/http/ngx_http_ssl_module.html)")

add("yaml/decoy-openapi-example", "api/openapi.yaml", """\
openapi: 3.0.3
info:
  title: CaseManager Integrations API
  version: "2.0"
servers:
  - url: https://api.casemanager.example/v2
components:
  securitySchemes:
    ApiKeyAuth:
      type: apiKey
      in: header
      name: X-Api-Key
  parameters:
    ApiKey:
      name: X-Api-Key
      in: header
      required: true
      schema: { type: string }
      example: YOUR_API_KEY
security:
  - ApiKeyAuth: []
paths:
  /cases/{caseNumber}:
    get:
      parameters:
        - { name: caseNumber, in: path, required: true, schema: { type: string }, example: "2024-0417" }
      responses:
        "200": { description: The case }
""", None, "OpenAPI 3 security schemes (swagger.io/docs/specification/authentication/api-keys)")

add("json/decoy-postman-environment", "postman/CaseManager-Prod.postman_environment.json", """\
{
  "id": "1b7e3a52-9c4d-4f18-8e20-6d5a1c9b7f03",
  "name": "CaseManager - Prod",
  "values": [
    { "key": "baseUrl", "value": "https://api.casemanager.example/v2", "type": "default", "enabled": true },
    { "key": "apiToken", "value": "", "type": "secret", "enabled": true },
    { "key": "caseNumber", "value": "2024-0417", "type": "default", "enabled": true }
  ],
  "_postman_variable_scope": "environment"
}
""", None, "Postman environments, secret variable type (learning.postman.com/docs/sending-requests/variables/managing-environments)")

add("xml/decoy-saml-metadata", "sso/idp-metadata.xml", f"""\
<?xml version="1.0" encoding="UTF-8"?>
<md:EntityDescriptor xmlns:md="urn:oasis:names:tc:SAML:2.0:metadata"
                     entityID="http://www.okta.com/exk{rs(17)}">
  <md:IDPSSODescriptor WantAuthnRequestsSigned="false"
                       protocolSupportEnumeration="urn:oasis:names:tc:SAML:2.0:protocol">
    <md:KeyDescriptor use="signing">
      <ds:KeyInfo xmlns:ds="http://www.w3.org/2000/09/xmldsig#">
        <ds:X509Data>
          <ds:X509Certificate>MIIDqDCCApCgAwIBAgIGAY{rs(900, B64)}</ds:X509Certificate>
        </ds:X509Data>
      </ds:KeyInfo>
    </md:KeyDescriptor>
    <md:SingleSignOnService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST"
                            Location="https://summitmemorial.okta.com/app/summitmemorial_casemanager_1/exk/sso/saml"/>
  </md:IDPSSODescriptor>
</md:EntityDescriptor>
""", None, "SAML 2.0 metadata KeyDescriptor (docs.oasis-open.org/security/saml/v2.0/saml-metadata-2.0-os.pdf)")

add("dns/decoy-dkim-record", "dns/zones/oakmontfuneral.com.zone", f"""\
$ORIGIN oakmontfuneral.com.
$TTL 3600
@       IN SOA  ns1.cloudflare.com. dns.cloudflare.com. 2024041801 10000 2400 604800 3600
@       IN MX   10 oakmontfuneral-com.mail.protection.outlook.com.
@       IN TXT  "v=spf1 include:spf.protection.outlook.com include:mailgun.org -all"
@       IN TXT  "google-site-verification={rs(43, URLSAFE)}"
_dmarc  IN TXT  "v=DMARC1; p=quarantine; rua=mailto:dmarc@oakmontfuneral.com"
mx._domainkey.mg IN TXT "k=rsa; p=MIGfMA0GCSqGSIb3DQEBAQUAA4GNADCBiQKBgQ{rs(160, B64)}IDAQAB"
www     IN CNAME oakmontfuneral.wpengine.com.
""", None, "DKIM public key TXT records (RFC 6376 section 3.6.1)")

add("markdown/decoy-wireguard-peers", "docs/network/vpn-peers.md", f"""\
# WireGuard peers

Public keys of each site's tunnel endpoint (private keys stay on the devices).

| Site               | Tunnel IP   | Public key                                     |
|--------------------|-------------|------------------------------------------------|
| Main funeral home  | 10.77.0.1   | `{wireguard_key()}` |
| Crematory, Route 9 | 10.77.0.2   | `{wireguard_key()}` |
| Cemetery office    | 10.77.0.3   | `{wireguard_key()}` |

To add a site: `wg genkey | tee privatekey | wg pubkey > publickey` on the device,
then add its public key here and to the hub's `[Peer]` list.
""", None, "WireGuard public keys (wireguard.com/quickstart)")

add("ssh/decoy-known-hosts", "ansible/roles/base/files/ssh_known_hosts", f"""\
casemgr-app01.fh.local,192.168.10.31 ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI{rs(43, B64)}
pg01.fh.local,192.168.10.32 ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI{rs(43, B64)}
nas01.fh.local,192.168.10.40 ecdsa-sha2-nistp256 AAAAE2VjZHNhLXNoYTItbmlzdHAyNTYAAAAIbmlzdHAyNTYAAABBB{rs(88, B64)}=
github.com ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOMqqnkVzrm0SdG6UOoqKLsabgH5C9okWi0dh2l9GKJl
sftp.edrs.health.state.example.gov ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI{rs(43, B64)}
""", None, "OpenSSH known_hosts format (man sshd, SSH_KNOWN_HOSTS FILE FORMAT)")

add("json/decoy-iam-policy", "infra/iam/archive-uploader-policy.json", """\
{
  "Version": "2012-10-17",
  "Statement": [
    {
      "Sid": "UploadScans",
      "Effect": "Allow",
      "Action": ["s3:PutObject", "s3:AbortMultipartUpload"],
      "Resource": "arn:aws:s3:::oakhill-cemetery-archive/ledgers/*",
      "Condition": { "StringEquals": { "s3:x-amz-storage-class": "DEEP_ARCHIVE" } }
    },
    {
      "Sid": "ListBooks",
      "Effect": "Allow",
      "Action": "s3:ListBucket",
      "Resource": "arn:aws:s3:::oakhill-cemetery-archive"
    }
  ]
}
""", None, "IAM JSON policy reference (docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies.html)")

add("html/decoy-login-form", "portal/templates/accounts/login.html", """\
{% extends "base.html" %}
{% block content %}
<h1>Family portal sign in</h1>
<form method="post" action="{% url 'login' %}">
  {% csrf_token %}
  <label for="id_username">Email</label>
  <input type="email" name="username" id="id_username" autocomplete="username" required>
  <label for="id_password">Password</label>
  <input type="password" name="password" id="id_password" autocomplete="current-password" required>
  <button type="submit">Sign in</button>
  <a href="{% url 'password_reset' %}">Forgot your password?</a>
</form>
{% endblock %}
""", None, "Django authentication views templates (docs.djangoproject.com/en/stable/topics/auth/default)")

add("yaml/decoy-empty-password", "fax-bridge/config.example.yaml", """\
# Copy to config.yaml. Leave secrets empty here: the service reads them from
# RC_CLIENT_SECRET and RC_JWT when the values below are blank.
ringcentral:
  server: https://platform.ringcentral.com
  client_id: ""
  client_secret: ""
  jwt: ""
  fax_extension: "104"
output:
  folder: /srv/fax/inbox
  filename: "{received:%Y%m%d-%H%M}-{from}.pdf"
""", None, "Example configuration with blank credentials")

add("python/decoy-faker-seed", "scripts/seed_demo_data.py", """\
\"\"\"Demo data for the sales team's trade-show laptop: fake families, fake cases.\"\"\"
import random

from faker import Faker

fake = Faker("en_US")
Faker.seed(2024)
random.seed(2024)

DEMO_PASSWORD = "demo"  # every demo staff login uses this on the offline laptop build


def demo_case(n: int) -> dict:
    return {
        "case_number": f"DEMO-{n:04d}",
        "decedent": fake.name(),
        "informant": fake.name(),
        "informant_phone": fake.phone_number(),
        "service_type": random.choice(["traditional", "cremation with memorial", "graveside"]),
    }


if __name__ == "__main__":
    for n in range(1, 26):
        print(demo_case(n))
""", None, "Faker seeded demo data (faker.readthedocs.io)")

add("geojson/decoy-plot-parcels", "gis/data/section-12.geojson", json.dumps({
    "type": "FeatureCollection",
    "features": [{"type": "Feature", "properties": {"section": "12", "lot": str(lot), "grave": str(g),
                                                    "plot_id": uuid_s(), "status": "sold" if (lot + g) % 3 else "available"},
                  "geometry": {"type": "Point", "coordinates": [-85.6681 + lot * 0.00002, 42.9634 + g * 0.00001]}}
                 for lot, g in [(1, 1), (1, 2), (2, 1), (2, 2)]]}, indent=1) + "\n",
    None, "GeoJSON (RFC 7946)")

add("markdown/decoy-edrs-example-creds", "docs/edrs/onboarding.md", """\
# Onboarding a new chapel to EDRS batch submission

The state issues one SFTP account per funeral establishment license.
Their onboarding letter uses this **example** account, which does not exist:

```
Host:     sftp.edrs.health.state.example.gov
User:     fh00000_batch
Password: ExamplePassword123   (example from the state's guide - not a real account)
```

Steps:

1. Request the account with form VS-114 (license number, two contacts).
2. When the letter arrives, store the real password in Vault at `kv/edrs/sftp`.
3. Add the chapel's license number to `edrs/chapels.yaml` and run `edrs/submit_batch.py --dry-run`.
""", None, "State EDRS onboarding guide (example credentials marked as such)")

add("k8s/decoy-configmap-ca-bundle", "k8s/base/edrs-ca-configmap.yaml", "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: edrs-ca\n  namespace: casemanager\ndata:\n  ca.crt: |\n"
    + "".join("    " + line + "\n" for line in cert_block().splitlines()), None,
    "Kubernetes ConfigMap holding a CA certificate (kubernetes.io/docs/concepts/configuration/configmap)")

add("python/decoy-self-declared-fake-tokens", "tests/test_slack_alerts.py", """\
import pytest

from alerts import slack

# Obviously fake values: the Slack client is replaced by a stub in every test.
FAKE_BOT_TOKEN = "xoxb-000000000000-0000000000000-FAKEFAKEFAKEFAKEFAKEFAKE"
FAKE_WEBHOOK = "https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX"


@pytest.fixture
def stub_client(monkeypatch):
    sent = []
    monkeypatch.setattr(slack, "post", lambda channel, text, token=FAKE_BOT_TOKEN: sent.append((channel, text)))
    return sent


def test_first_call_alert_goes_to_on_call(stub_client):
    slack.first_call_alert("St. Mary's Hospital", "555-0142")
    assert stub_client[0][0] == "#on-call"
""", None, "Slack token formats; test doubles with placeholder tokens (api.slack.com/authentication/token-types)")

add("yaml/decoy-kms-ciphertext", "obit-api/config/prod.yaml", f"""\
# Encrypted with the obit-api KMS key; decrypted at start-up by the task role.
kms_key: arn:aws:kms:us-east-2:418277361045:key/{uuid_s()}
db:
  host: obit-db.cluster-c7x2kq9m1z.us-east-2.rds.amazonaws.com
  user: obit_api
  password_ciphertext: AQICAHh{rs(180, B64)}==
postmark:
  token_ciphertext: AQICAHh{rs(180, B64)}==
""", None, "AWS KMS Encrypt ciphertext blobs (docs.aws.amazon.com/kms/latest/APIReference/API_Encrypt.html)")

add("markdown/decoy-rails-encrypted-credentials", "docs/dev/credentials.md", f"""\
# Rails encrypted credentials

`config/credentials/production.yml.enc` is committed; the key
(`config/credentials/production.key`) is not, and lives in 1Password under
"Guestbook production master key". Current file, for reference in reviews:

```
{b64_bytes(270)}--{b64_bytes(12)}--{b64_bytes(16)}
```

Edit with `bin/rails credentials:edit --environment production`.
""", None, "Rails custom credentials (guides.rubyonrails.org/security.html#custom-credentials)")

