"""Blind set EQ: laundromats and commercial laundry services.

Card and app payment readers on the machines (Stripe Terminal, Square, Adyen, Heartland, Nayax,
CardPointe, Moneris...), pickup and delivery route apps (Onfleet, Routific, Route4Me, Samsara,
maps), machine telemetry (MQTT, AWS IoT, Azure IoT Hub, InfluxDB, Grafana, store gateways and
routers), hotel and hospital linen contracts (SFTP, AS2, EDI, RFID linen tracking, procurement),
accounting (QuickBooks Online, Xero, NetSuite, Sage Intacct, Plaid, Avalara) and SMS notifications
(Twilio, Vonage, Plivo, MessageBird, Telnyx, ClickSend, Sinch, Infobip), with their decoys.
Generated fakes only (seeds 1530000-1539999).
"""
from __future__ import annotations

import base64
import json
import random
import re
import string
from typing import Dict, List, Optional

from tests.accuracy.labelled import LabelledCase

ALNUM = string.ascii_letters + string.digits
LOWNUM = string.ascii_lowercase + string.digits
HEX = "0123456789abcdef"
HEXU = "0123456789ABCDEF"
URLSAFE = ALNUM + "-_"
B64 = ALNUM + "+/"

SEED_FIRST, SEED_LAST = 1_530_000, 1_539_999
_SEED = [SEED_FIRST]


def _seed() -> int:
    _SEED[0] += 7
    assert SEED_FIRST <= _SEED[0] <= SEED_LAST
    return _SEED[0]


def _rng() -> random.Random:
    return random.Random(_seed())


def draw(n: int, alphabet: str = ALNUM) -> str:
    r = _rng()
    return "".join(r.choice(alphabet) for _ in range(n))


def mixed(n: int, alphabet: str = ALNUM) -> str:
    """Characters of `alphabet` with a digit, an upper and a lower case letter (bounded retries)."""
    r = _rng()
    value = ""
    for _ in range(64):
        value = "".join(r.choice(alphabet) for _ in range(n))
        if any(c.isdigit() for c in value) and any(c.isupper() for c in value) and any(c.islower() for c in value):
            break
    return value


def hexs(n: int) -> str:
    return draw(n, HEX)


def hexu(n: int) -> str:
    return draw(n, HEXU)


def uuid_s(upper: bool = False) -> str:
    h = hexs(32)
    r = _rng()
    value = f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{r.choice('89ab')}{h[17:20]}-{h[20:]}"
    return value.upper() if upper else value


def b64bytes(n: int) -> str:
    r = _rng()
    return base64.b64encode(bytes(r.getrandbits(8) for _ in range(n))).decode()


def b64(text: str) -> str:
    return base64.b64encode(text.encode()).decode()


def b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).decode().rstrip("=")


THEME = ["Rinse", "Tumble", "Lint", "Bleach", "Spin", "Starch", "Linen", "Towel", "Cotton", "Suds",
         "Press", "Fold", "Dryer", "Washer", "Pillow", "Bubbles", "Steam", "Hamper", "Wringer", "Soap"]
WORDS = ["Harbor", "Falcon", "Maple", "Orchid", "Summit", "Copper", "Granite", "Willow", "Comet", "Raven",
         "Delta", "Juniper", "Pelican", "Sierra", "Tango", "Walnut", "Bayside", "Cobalt", "Meadow", "Ember"]
LOWER = ["river", "candle", "mosaic", "pepper", "glacier", "violet", "anchor", "puzzle", "ember", "saddle",
         "orchid", "walnut", "harvest", "pixel", "trumpet", "lagoon", "basket", "cactus", "lantern", "pebble"]


def human_pw() -> str:
    """A password a person chose: two words, a sign, a number."""
    r = _rng()
    return r.choice(THEME + WORDS) + r.choice("!#$%@*") + r.choice(WORDS + THEME) + str(r.randint(10, 9999))


def gen_pw(n: int = 20, extra: str = "") -> str:
    """A password a generator chose."""
    return mixed(n, ALNUM + extra)


def passphrase() -> str:
    r = _rng()
    return "-".join(r.sample(LOWER, 4)) + str(r.randint(2, 98))


def pem_body(total: int, head: str = "", width: int = 64) -> List[str]:
    r = _rng()
    text = head + "".join(r.choice(B64) for _ in range(total - len(head)))
    return [text[i:i + width] for i in range(0, len(text), width)]


def rsa_pem(pkcs8: bool = False) -> str:
    if pkcs8:
        lines = pem_body(1624, "MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQ")
        return "-----BEGIN PRIVATE KEY-----\n" + "\n".join(lines) + "\n-----END PRIVATE KEY-----"
    lines = pem_body(1588, "MIIEowIBAAKCAQEA")
    return "-----BEGIN RSA PRIVATE KEY-----\n" + "\n".join(lines) + "\n-----END RSA PRIVATE KEY-----"


def ec_p8() -> str:
    lines = pem_body(200, "MIGTAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBHkwdwIBAQQg")
    return "-----BEGIN PRIVATE KEY-----\n" + "\n".join(lines) + "\n-----END PRIVATE KEY-----"


def ec_pem() -> str:
    lines = pem_body(164, "MHcCAQEEI")
    return "-----BEGIN EC PRIVATE KEY-----\n" + "\n".join(lines) + "\n-----END EC PRIVATE KEY-----"


def openssh_key() -> str:
    head = "b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZWQyNTUxOQAAACA"
    lines = pem_body(300, head, width=70)
    return "-----BEGIN OPENSSH PRIVATE KEY-----\n" + "\n".join(lines) + "\n-----END OPENSSH PRIVATE KEY-----"


def cert_pem(lines: int = 18) -> str:
    body = pem_body(64 * lines + 28, "MIID")
    return "-----BEGIN CERTIFICATE-----\n" + "\n".join(body) + "\n-----END CERTIFICATE-----"


def jwt(payload: Dict[str, object], alg: str = "HS256", sig_len: int = 43) -> str:
    header = b64url(json.dumps({"alg": alg, "typ": "JWT"}, separators=(",", ":")).encode())
    body = b64url(json.dumps(payload, separators=(",", ":")).encode())
    return f"{header}.{body}." + draw(sig_len, URLSAFE)


def mapbox_token(prefix: str, user: str) -> str:
    body = b64url(json.dumps({"u": user, "a": draw(25, LOWNUM)}, separators=(",", ":")).encode())
    return f"{prefix}.{body}." + draw(22, URLSAFE)


# --- vendor shapes -------------------------------------------------------------------------

def stripe_live(kind: str = "sk", long: bool = True) -> str:
    return f"{kind}_live_" + ("51" + mixed(97) if long else mixed(24))


def stripe_whsec() -> str:
    return "whsec_" + mixed(32)


def square_token() -> str:
    return "EAAAE" + mixed(59, URLSAFE)


def square_secret() -> str:
    return "sq0csp-" + mixed(43, URLSAFE)


def adyen_key() -> str:
    return "AQE" + mixed(60) + "=-" + mixed(43, B64) + "=-" + mixed(12, ALNUM + "<>[]{}()")


def twilio_sid(prefix: str = "AC") -> str:
    return prefix + hexs(32)


def sendgrid_key() -> str:
    return "SG." + mixed(22, URLSAFE) + "." + mixed(43, URLSAFE)


def google_key() -> str:
    return "AIza" + "Sy" + mixed(33, URLSAFE)


def aws_key_id() -> str:
    return "AKIA" + draw(16, string.ascii_uppercase + "234567")


def aws_secret() -> str:
    return mixed(40, B64)


def azure_sas_key() -> str:
    return b64bytes(32)


def azure_client_secret() -> str:
    return mixed(3) + "8Q~" + mixed(34, ALNUM + "_.-~")


def github_pat() -> str:
    return "ghp_" + mixed(36)


def slack_webhook() -> str:
    up = string.ascii_uppercase + string.digits
    return ("https://hooks.slack.com/services/T" + draw(8, up) + "/B" + draw(10, up) + "/" + mixed(24))


def slack_bot() -> str:
    r = _rng()
    return f"xoxb-{r.randint(10**10, 10**11)}-{r.randint(10**12, 10**13)}-" + mixed(24)


def telegram_token() -> str:
    r = _rng()
    return f"{r.randint(1_000_000_000, 7_999_999_999)}:AA" + "".join(r.choice(URLSAFE) for _ in range(33))


def openai_key() -> str:
    return "sk-proj-" + mixed(74, URLSAFE) + "T3BlbkFJ" + mixed(74, URLSAFE)


def django_key() -> str:
    return draw(50, string.ascii_lowercase + string.digits + "!@#%^&*(-_=+)")


def fcm_server_key() -> str:
    return "AAAA" + mixed(7, URLSAFE) + ":APA91b" + mixed(134, URLSAFE)


def influx_token() -> str:
    return b64bytes(64).replace("+", "-").replace("/", "_")


CASES: List[LabelledCase] = []
_PLACE = re.compile(r"@@([a-z0-9_]+)@@")


def add(fmt: str, kind: str, file_name: str, text: str, secret: Optional[str], source: str, **values: str) -> None:
    """One labelled file; `@@name@@` in `text` takes the value `name`."""
    body = _PLACE.sub(lambda m: values[m.group(1)], text)
    if body.startswith("\n"):
        body = body[1:]
    if not body.endswith("\n"):
        body += "\n"
    CASES.append(LabelledCase(f"blind-eq/{fmt}/{kind}", file_name, body, secret, source))


def decoy(fmt: str, kind: str, file_name: str, text: str, source: str, **values: str) -> None:
    add(fmt, "decoy-" + kind, file_name, text, None, source, **values)

# =========================================================================================
# Payments on the machines and at the counter
# =========================================================================================

_v = stripe_live()
add("python", "stripe-secret-key", "kiosk-backend/laundromat/settings/production.py", r"""
import os

from .base import *  # noqa: F401,F403

DEBUG = False
ALLOWED_HOSTS = ["pay.freshfoldlaundry.com", "kiosk-api.internal"]

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": "kiosk",
        "USER": "kiosk_app",
        "HOST": "db.internal",
        "PORT": 5432,
        "PASSWORD": os.environ.get("KIOSK_DB_PASSWORD", ""),
    }
}

# Stripe Terminal: WisePOS E on the folding counter, BBPOS WisePad 3 on the change machine
STRIPE_SECRET_KEY = "@@key@@"
STRIPE_TERMINAL_LOCATION = "tml_FfLd3k0wn7aQx2"
STRIPE_CURRENCY = "usd"

WASH_PRICES_CENTS = {"top_load": 375, "front_20lb": 550, "front_40lb": 875, "front_60lb": 1150}
DRY_CENTS_PER_8_MIN = 25
LOYALTY_BONUS_PERCENT = 10
""", _v, "Stripe docs: API keys and Terminal (docs.stripe.com/keys, docs.stripe.com/terminal)", key=_v)

_v = stripe_whsec()
add("javascript", "stripe-webhook-secret", "payments-service/src/routes/stripeWebhook.js", r"""
const express = require("express");
const Stripe = require("stripe");
const { creditWallet } = require("../wallet");
const log = require("../log");

const stripe = Stripe(process.env.STRIPE_SECRET_KEY);
// copied from Dashboard > Developers > Webhooks > "laundry-wallet-prod"
const endpointSecret = "@@key@@";

const router = express.Router();

router.post("/webhooks/stripe", express.raw({ type: "application/json" }), async (req, res) => {
  let event;
  try {
    event = stripe.webhooks.constructEvent(req.body, req.headers["stripe-signature"], endpointSecret);
  } catch (err) {
    log.warn({ err }, "bad stripe signature");
    return res.status(400).send(`Webhook Error: ${err.message}`);
  }
  if (event.type === "payment_intent.succeeded") {
    const pi = event.data.object;
    await creditWallet(pi.metadata.customer_id, pi.amount_received, { source: "app-topup", pi: pi.id });
  }
  res.json({ received: true });
});

module.exports = router;
""", _v, "Stripe docs: check webhook signatures (docs.stripe.com/webhooks#verify-events)", key=_v)

_v = stripe_live("rk")
add("dotenv", "stripe-restricted-key", "reader-fleet/.env.production", r"""
NODE_ENV=production
PORT=8080
# restricted key: terminal_readers write, payment_intents write, everything else none
STRIPE_RESTRICTED_KEY=@@key@@
STRIPE_TERMINAL_LOCATIONS=tml_Ev4Hc0XyRz91Qa,tml_Ev4Hd7PkLm02Tb
READER_HEARTBEAT_SECONDS=30
LOG_LEVEL=info
SENTRY_ENVIRONMENT=production
""", _v, "Stripe docs: restricted API keys (docs.stripe.com/keys#limit-access)", key=_v)

_v = square_token()
add("ruby", "square-access-token", "washfold/app/services/square_checkout.rb", r"""
require "square"

class SquareCheckout
  class PaymentError < StandardError; end

  LOCATION_ID = "L8Q2F4Z7W1XHV".freeze

  def initialize
    @client = Square::Client.new(
      access_token: "@@key@@",
      environment: "production"
    )
  end

  def charge_wash_and_fold(order)
    body = {
      source_id: order.card_nonce,
      idempotency_key: order.idempotency_key,
      amount_money: { amount: order.total_cents, currency: "USD" },
      location_id: LOCATION_ID,
      note: "Wash & fold #{order.pounds} lb - ticket #{order.ticket_no}"
    }
    result = @client.payments.create_payment(body: body)
    raise PaymentError, result.errors.map { |e| e[:detail] }.join(", ") if result.error?

    result.data.payment
  end
end
""", _v, "Square Developer docs: access tokens (developer.squareup.com/docs/build-basics/access-tokens)", key=_v)

_v = square_secret()
add("php", "square-oauth-secret", "franchise-portal/config/square.php", r"""
<?php
// Square OAuth: franchise stores connect their own Square accounts for the folding-counter POS
return [
    'environment'        => 'production',
    'application_id'     => 'sq0idp-Xk3vR8mQpL2nZ7tW9yB4cA',
    'application_secret' => '@@key@@',
    'redirect_uri'       => 'https://franchise.sudscity.com/square/callback',
    'scopes'             => ['MERCHANT_PROFILE_READ', 'PAYMENTS_READ', 'ORDERS_READ', 'ITEMS_READ'],
    'token_refresh_days' => 7,
];
""", _v, "Square Developer docs: OAuth API, application secret (developer.squareup.com/docs/oauth-api/overview)", key=_v)

_v = adyen_key()
add("properties", "adyen-api-key", "pos-gateway/src/main/resources/application-prod.properties", r"""
spring.application.name=laundry-pos-gateway
server.port=8443
adyen.environment=LIVE
adyen.live-endpoint-url-prefix=1797a841fbb37ca7-LaundroCorp
adyen.merchant-account=LaundroCorpPOS
adyen.api-key=@@key@@
adyen.hmac-key-env=ADYEN_HMAC_KEY
adyen.terminal.models=P400Plus,V400m
adyen.terminal.pool-size=42
spring.datasource.url=jdbc:postgresql://pg-pos.internal:5432/pos
spring.datasource.username=pos_gateway
spring.datasource.password=${POS_DB_PASSWORD}
management.endpoints.web.exposure.include=health,info
""", _v, "Adyen docs: API credentials, API key (docs.adyen.com/development-resources/api-credentials)", key=_v)

_v = "access_token$production$" + draw(16, LOWNUM) + "$" + hexs(32)
add("go", "braintree-access-token", "wallet/internal/billing/braintree.go", r"""
package billing

import (
	"context"

	"github.com/braintree-go/braintree-go"
)

// Access token from the PayPal "Grant API access" flow, used for app wallet top-ups.
const btAccessToken = "@@key@@"

func NewGateway() (*braintree.Braintree, error) {
	return braintree.NewWithAccessToken(btAccessToken)
}

func ChargeWallet(ctx context.Context, bt *braintree.Braintree, nonce string, cents int64) (*braintree.Transaction, error) {
	return bt.Transaction().Create(ctx, &braintree.TransactionRequest{
		Type:               "sale",
		Amount:             braintree.NewDecimal(cents, 2),
		PaymentMethodNonce: nonce,
		Options:            &braintree.TransactionOptions{SubmitForSettlement: true},
	})
}
""", _v, "Braintree docs: Grant API access, access tokens (developer.paypal.com/braintree/docs)", key=_v)

_v = "skapi_prod_" + mixed(43, URLSAFE)
add("json", "heartland-secret-api-key", "src/Laundry.Pos.Api/appsettings.Production.json", r"""
{
  "Logging": { "LogLevel": { "Default": "Information", "Microsoft.AspNetCore": "Warning" } },
  "AllowedHosts": "*",
  "Heartland": {
    "ServiceUrl": "https://api2.heartlandportico.com",
    "SecretApiKey": "@@key@@",
    "DeveloperId": "002914",
    "VersionNumber": "4285"
  },
  "ConnectionStrings": {
    "Pos": "Server=sql-pos;Database=LaundryPos;Integrated Security=true;TrustServerCertificate=true"
  },
  "Stores": [ { "Id": 3, "Name": "Elm Street" }, { "Id": 7, "Name": "Riverside" } ]
}
""", _v, "Heartland Payment Systems developer portal: secret API key (developer.heartlandpaymentsystems.com)", key=_v)

_v = mixed(64, URLSAFE)
add("python", "nayax-api-token", "reporting/scripts/nayax_sales_export.py", r"""
"""
    + '"""Nightly pull of card-reader sales (Nayax VPOS Touch on the dryers) into the warehouse."""\n'
    + r"""
import csv
import datetime as dt

import requests

LYNX = "https://lynx.nayax.com/operational/v1"
TOKEN = "@@key@@"
OPERATOR_ID = 2214087


def machines():
    r = requests.get(f"{LYNX}/machines", headers={"Authorization": f"Bearer {TOKEN}"},
                     params={"ActorID": OPERATOR_ID}, timeout=30)
    r.raise_for_status()
    return r.json()


def sales(machine_id, day):
    r = requests.get(f"{LYNX}/machines/{machine_id}/lastSales",
                     headers={"Authorization": f"Bearer {TOKEN}"}, timeout=30)
    r.raise_for_status()
    return [s for s in r.json() if s["AuthorizationDateTimeGMT"].startswith(day.isoformat())]


if __name__ == "__main__":
    day = dt.date.today() - dt.timedelta(days=1)
    with open(f"nayax_{day}.csv", "w", newline="") as fh:
        out = csv.writer(fh)
        out.writerow(["machine", "amount", "card_brand", "time"])
        for m in machines():
            for s in sales(m["MachineID"], day):
                out.writerow([m["MachineName"], s["SettlementValue"], s["CardBrand"], s["AuthorizationDateTimeGMT"]])
""", _v, "Nayax developer hub: Lynx API, bearer token authentication (developerhub.nayax.com)", key=_v)

_v = mixed(40)
add("yaml", "api-key", "store-ops/config/integrations.yml", r"""
# Integrations for the store-ops service (machine status board + revenue dashboard)
payrange:
  base_url: https://api.payrange.com/partner/v2
  operator_id: OP-55120
  api_key: @@key@@
  poll_interval_seconds: 300
  stores:
    - id: 11
      name: Maple Ave Laundromat
    - id: 12
      name: Harbor Wash & Dry
speed_queen_insights:
  enabled: false
dashboard:
  refresh_seconds: 60
  currency: USD
""", _v, "PayRange partner integration (payrange.com/operators); generic API key in YAML config", key=_v)

_v = human_pw()
add("xml", "sql-password", "tools/EsdCardSync/App.config", r"""
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <startup>
    <supportedRuntime version="v4.0" sku=".NETFramework,Version=v4.8" />
  </startup>
  <connectionStrings>
    <!-- ESD card system database on the back-office PC -->
    <add name="EsdCards" connectionString="Data Source=BACKOFFICE-PC\SQLEXPRESS;Initial Catalog=ESDCard;User ID=esdsync;Password=@@pw@@;" providerName="System.Data.SqlClient" />
  </connectionStrings>
  <appSettings>
    <add key="StoreNumber" value="014" />
    <add key="ExportFolder" value="\\nas01\exports\cards" />
    <add key="SyncIntervalMinutes" value="15" />
  </appSettings>
</configuration>
""", _v, "Microsoft docs: SqlConnection.ConnectionString; ESD laundry card system back-office SQL Server", pw=_v)

_v = mixed(48)
add("php", "api-key", "wp-content/plugins/spinwash-store-status/spinwash-store-status.php", r"""
<?php
/**
 * Plugin Name: SpinWash Store Status
 * Description: Shows how many washers and dryers are free at each store, from the Laundroworks cloud.
 * Version: 1.3.0
 */
if (!defined('ABSPATH')) exit;

define('SPINWASH_LW_API', 'https://api.laundroworks.com/v1');
define('SPINWASH_LW_KEY', '@@key@@');

function spinwash_machine_status($store_id) {
    $cached = get_transient("spinwash_status_$store_id");
    if ($cached !== false) return $cached;
    $resp = wp_remote_get(SPINWASH_LW_API . "/sites/$store_id/machines", [
        'headers' => ['X-Api-Key' => SPINWASH_LW_KEY, 'Accept' => 'application/json'],
        'timeout' => 10,
    ]);
    if (is_wp_error($resp)) return null;
    $data = json_decode(wp_remote_retrieve_body($resp), true);
    set_transient("spinwash_status_$store_id", $data, 60);
    return $data;
}

add_shortcode('spinwash_status', function ($atts) {
    $a = shortcode_atts(['store' => '1'], $atts);
    $d = spinwash_machine_status($a['store']);
    if (!$d) return '<p>Machine status unavailable.</p>';
    return sprintf('<p>%d washers and %d dryers free right now.</p>', $d['washers_free'], $d['dryers_free']);
});
""", _v, "WordPress plugin handbook: HTTP API (developer.wordpress.org/plugins/http-api); vendor API key header", key=_v)

_v = hexu(72)
add("xml", "worldpay-account-token", "integrations/element/CreditCardSale.template.xml", r"""
<CreditCardSale xmlns="https://transaction.elementexpress.com">
  <Credentials>
    <AccountID>1047583</AccountID>
    <AccountToken>@@key@@</AccountToken>
    <AcceptorID>874767223</AcceptorID>
  </Credentials>
  <Application>
    <ApplicationID>9321</ApplicationID>
    <ApplicationName>CoinlessWash</ApplicationName>
    <ApplicationVersion>2.4.1</ApplicationVersion>
  </Application>
  <Terminal>
    <TerminalID>0014</TerminalID>
    <CardPresentCode>2</CardPresentCode>
    <CardholderPresentCode>2</CardholderPresentCode>
    <CardInputCode>5</CardInputCode>
    <TerminalCapabilityCode>5</TerminalCapabilityCode>
    <TerminalEnvironmentCode>6</TerminalEnvironmentCode>
    <MotoECICode>1</MotoECICode>
  </Terminal>
  <Transaction>
    <TransactionAmount>{{amount}}</TransactionAmount>
    <ReferenceNumber>{{reference}}</ReferenceNumber>
    <MarketCode>7</MarketCode>
  </Transaction>
</CreditCardSale>
""", _v, "Worldpay Express (Element) interface specification: Credentials AccountID/AccountToken/AcceptorID", key=_v)

_v = mixed(16)
add("php", "authorize-net-transaction-key", "pickup-site/includes/authnet.php", r"""
<?php
use net\authorize\api\contract\v1 as AnetAPI;
use net\authorize\api\controller as AnetController;

const AUTHNET_LOGIN_ID = '7vR3bQ2xK9';
const AUTHNET_TRANSACTION_KEY = '@@key@@';

function laundry_merchant_auth(): AnetAPI\MerchantAuthenticationType {
    $auth = new AnetAPI\MerchantAuthenticationType();
    $auth->setName(AUTHNET_LOGIN_ID);
    $auth->setTransactionKey(AUTHNET_TRANSACTION_KEY);
    return $auth;
}

function laundry_charge_profile(string $profileId, string $paymentProfileId, float $amount, string $orderNo) {
    $profile = new AnetAPI\CustomerProfilePaymentType();
    $profile->setCustomerProfileId($profileId);
    $profile->setPaymentProfile((new AnetAPI\PaymentProfileType())->setPaymentProfileId($paymentProfileId));
    $tx = new AnetAPI\TransactionRequestType();
    $tx->setTransactionType('authCaptureTransaction');
    $tx->setAmount($amount);
    $tx->setProfile($profile);
    $tx->setOrder((new AnetAPI\OrderType())->setInvoiceNumber($orderNo));
    $req = new AnetAPI\CreateTransactionRequest();
    $req->setMerchantAuthentication(laundry_merchant_auth());
    $req->setTransactionRequest($tx);
    $ctl = new AnetController\CreateTransactionController($req);
    return $ctl->executeWithApiResponse(\net\authorize\api\constants\ANetEnvironment::PRODUCTION);
}
""", _v, "Authorize.Net developer docs: API Login ID and Transaction Key (developer.authorize.net)", key=_v)

_v = "E" + mixed(79, URLSAFE)
add("dotenv", "paypal-client-secret", "pickup-app/server/.env", r"""
# PayPal checkout for pickup & delivery orders
PAYPAL_MODE=live
PAYPAL_CLIENT_ID=@@cid@@
PAYPAL_CLIENT_SECRET=@@key@@
DATABASE_URL=postgres://pickup@localhost:5432/pickup
ORDER_MIN_POUNDS=10
PRICE_PER_POUND_CENTS=189
DELIVERY_FEE_CENTS=499
""", _v, "PayPal developer docs: REST API credentials, client ID and secret (developer.paypal.com/api/rest)",
    key=_v, cid="A" + mixed(79, URLSAFE))

_v = uuid_s()
add("shell", "clover-api-token", "pos-tools/scripts/clover_pull_items.sh", r"""
#!/usr/bin/env bash
# Pull the Clover item list (wash & fold pricing, detergent, dryer sheets) for the counter POS
set -euo pipefail
MERCHANT_ID="K3M7Q9ZD2RXW1"
CLOVER_TOKEN="@@key@@"
OUT="${1:-items.json}"

curl -sS "https://api.clover.com/v3/merchants/${MERCHANT_ID}/items?limit=1000&expand=categories" \
  -H "Authorization: Bearer ${CLOVER_TOKEN}" \
  -H "Accept: application/json" \
  -o "$OUT"

jq -r '.elements[] | [.id, .name, (.price/100)] | @tsv' "$OUT" | column -t
""", _v, "Clover developer docs: use API tokens (docs.clover.com/docs/using-api-tokens)", key=_v)

_v = mixed(20)
add("csharp", "moneris-api-token", "src/Laundry.Payments/Moneris/MonerisGateway.cs", r"""
using Moneris;

namespace Laundry.Payments.Moneris
{
    public class MonerisGateway
    {
        private const string StoreId = "monca05217";
        private const string ApiToken = "@@key@@";
        private const string ProcessingCountry = "CA";

        public Receipt PurchaseWithVault(string orderId, decimal amount, string dataKey, string custId)
        {
            var purchase = new ResPurchaseCC
            {
                DataKey = dataKey,
                OrderId = orderId,
                CustId = custId,
                Amount = amount.ToString("0.00"),
                CryptType = "1"
            };
            var request = new HttpsPostRequest
            {
                SetProcCountryCode = ProcessingCountry,
                SetTestMode = false,
                SetStoreId = StoreId,
                SetApiToken = ApiToken,
                SetTransaction = purchase
            };
            request.Send();
            return request.GetReceipt();
        }
    }
}
""", _v, "Moneris developer docs: store_id and api_token (developer.moneris.com)", key=_v)

_v = b64("spinwash_api:" + human_pw())
add("http", "basic-auth", "pos-tools/http/cardpointe.http", r"""
### CardPointe Gateway - auth + capture from the change machine card reader
@site = fts
@merchid = 496160873888

POST https://{{site}}.cardconnect.com/cardconnect/rest/auth
Authorization: Basic @@key@@
Content-Type: application/json

{
  "merchid": "{{merchid}}",
  "account": "9418594164541111",
  "expiry": "1228",
  "amount": "1000",
  "currency": "USD",
  "capture": "y",
  "orderid": "CM-{{$timestamp}}"
}
""", _v, "CardPointe Gateway API docs: HTTP Basic authentication (developer.cardpointe.com/cardconnect-api)", key=_v)

_v = mixed(32)
add("python", "usaepay-source-key", "billing/usaepay_client.py", r"""
import hashlib
import base64
import os
import time

import requests

USAEPAY_URL = "https://usaepay.com/api/v2"
SOURCE_KEY = "@@key@@"
SOURCE_PIN = os.environ.get("USAEPAY_PIN", "")


def _auth_header():
    seed = str(int(time.time() * 1000))
    prehash = SOURCE_KEY + seed + SOURCE_PIN
    apihash = "s2/" + seed + "/" + hashlib.sha256(prehash.encode()).hexdigest()
    token = base64.b64encode(f"{SOURCE_KEY}:{apihash}".encode()).decode()
    return {"Authorization": f"Basic {token}"}


def charge_route_customer(token, amount, invoice):
    body = {"command": "sale", "amount": f"{amount:.2f}", "invoice": invoice,
            "creditcard": {"number": token}, "description": "Route pickup & delivery"}
    r = requests.post(f"{USAEPAY_URL}/transactions", json=body, headers=_auth_header(), timeout=30)
    r.raise_for_status()
    return r.json()
""", _v, "USAePay REST API v2 docs: API key and PIN hash authentication (help.usaepay.info/api/rest)", key=_v)

_v = human_pw()
add("ini", "password", "telemetry/cantaloupe.ini", r"""
; Cantaloupe (USA Technologies) ePort Connect credentials for the card readers on the big washers
[eport_connect]
endpoint = https://ws.usatech.com/soap/v3
username = spinwash.api@spinwash.com
password = @@pw@@
device_serials = VJ300000482, VJ300000483, VJ300000517
batch_close_hour = 3

[export]
folder = D:\exports\eport
format = csv
""", _v, "Cantaloupe ePort Connect web services (cantaloupe.com); INI credentials", pw=_v)

_v = rsa_pem(pkcs8=True)
add("pem", "private-key", "ios/certs/applepay/merchant_id.key.pem", r"""
Bag Attributes
    friendlyName: Apple Pay Merchant Identity:merchant.com.spinwash.app
    localKeyID: 3A 9F 21 C4 07 BB 58 E0 1D 6A 92 F3 4C 88 0E 7B 15 D2 A9 60
Key Attributes: <No Attributes>
@@key@@
""", _v, "Apple Developer docs: Apple Pay merchant identity certificate; openssl pkcs12 -nodes output", key=_v)

_v = fcm_server_key()
add("kotlin", "fcm-server-key", "notifier/src/main/kotlin/com/washhub/notifier/Push.kt", r"""
package com.washhub.notifier

import io.ktor.client.HttpClient
import io.ktor.client.request.header
import io.ktor.client.request.post
import io.ktor.client.request.setBody
import io.ktor.http.ContentType
import io.ktor.http.HttpHeaders
import io.ktor.http.contentType

private const val FCM_SERVER_KEY = "@@key@@"

suspend fun notifyCycleDone(client: HttpClient, deviceToken: String, machine: String, minutes: Int) {
    client.post("https://fcm.googleapis.com/fcm/send") {
        header(HttpHeaders.Authorization, "key=$FCM_SERVER_KEY")
        contentType(ContentType.Application.Json)
        setBody(
            mapOf(
                "to" to deviceToken,
                "notification" to mapOf(
                    "title" to "Your laundry is done",
                    "body" to "$machine finished. Please collect within $minutes min."
                )
            )
        )
    }
}
""", _v, "Firebase docs: legacy FCM HTTP protocol, server key (firebase.google.com/docs/cloud-messaging)", key=_v)

_v = ec_p8()
add("pem", "apns-auth-key", "customer-app/push/AuthKey_7QX2MZ4K9B.p8", r"""
@@key@@
""", _v, "Apple Developer docs: token-based connection to APNs, .p8 signing key", key=_v)

_v = passphrase()
add("dotenv", "password", "customer-app/ios/fastlane/.env.default", r"""
FASTLANE_USER=ios-builds@washhub.app
FASTLANE_ITC_TEAM_ID=118244917
FASTLANE_TEAM_ID=K7Q2M9X4ZP
MATCH_GIT_URL=git@github.com:washhub/ios-certificates.git
MATCH_PASSWORD=@@pw@@
APP_IDENTIFIER=app.washhub.customer
SCHEME=WashHub
""", _v, "fastlane docs: match, MATCH_PASSWORD encryption passphrase (docs.fastlane.tools/actions/match)", pw=_v)

# =========================================================================================
# Pickup and delivery routes, maps, vans
# =========================================================================================

_v = hexs(32)
add("typescript", "onfleet-api-key", "delivery/src/onfleet.ts", r"""
import fetch from "node-fetch";

const ONFLEET_API = "https://onfleet.com/api/v2";
const ONFLEET_KEY = "@@key@@";
const auth = "Basic " + Buffer.from(`${ONFLEET_KEY}:`).toString("base64");

export interface PickupTask {
  orderId: string;
  address: string;
  phone: string;
  name: string;
  bags: number;
  windowStart: number;
  windowEnd: number;
}

export async function createPickupTask(t: PickupTask) {
  const res = await fetch(`${ONFLEET_API}/tasks`, {
    method: "POST",
    headers: { Authorization: auth, "Content-Type": "application/json" },
    body: JSON.stringify({
      destination: { address: { unparsed: t.address } },
      recipients: [{ name: t.name, phone: t.phone }],
      notes: `Pickup ${t.bags} bag(s) - order ${t.orderId}`,
      completeAfter: t.windowStart,
      completeBefore: t.windowEnd,
      pickupTask: true,
      metadata: [{ name: "orderId", type: "string", value: t.orderId }],
    }),
  });
  if (!res.ok) throw new Error(`onfleet ${res.status}: ${await res.text()}`);
  return res.json();
}
""", _v, "Onfleet API docs: authentication, API key as Basic username (docs.onfleet.com/reference/authentication)", key=_v)

_v = hexs(32)
add("shell-history", "onfleet-api-key", "ops-box/home/dispatch/.bash_history", r"""
cd ~/route-tools
git pull
source .venv/bin/activate
python export_routes.py --date yesterday
curl -u "@@key@@:" https://onfleet.com/api/v2/auth/test
curl -u "@@key@@:" "https://onfleet.com/api/v2/workers?states=1" | jq '.[].name'
python export_routes.py --date today --driver "Luis"
less logs/export.log
exit
""", _v, "Onfleet API docs: curl -u key: auth test (docs.onfleet.com/reference/authentication)", key=_v)

_v = jwt({"_id": hexs(24), "iat": 1709251200}, sig_len=43)
add("python", "routific-token", "routing/plan_routes.py", r"""
import json
import sys
from datetime import date

import requests

ROUTIFIC_URL = "https://api.routific.com/v1/vrp"
# Routific wants "bearer <token>" in the Authorization header
ROUTIFIC_TOKEN = "@@key@@"

DEPOT = {"location": {"name": "Plant", "lat": 41.8214, "lng": -71.4129}}


def plan(stops, vans):
    visits = {s["order_id"]: {"location": {"name": s["address"], "lat": s["lat"], "lng": s["lng"]},
                              "start": s["window_start"], "end": s["window_end"], "duration": 4}
              for s in stops}
    fleet = {v: {"start_location": DEPOT["location"], "end_location": DEPOT["location"],
                 "shift_start": "07:30", "shift_end": "15:30"} for v in vans}
    r = requests.post(ROUTIFIC_URL, json={"visits": visits, "fleet": fleet},
                      headers={"Authorization": f"bearer {ROUTIFIC_TOKEN}"}, timeout=120)
    r.raise_for_status()
    return r.json()["solution"]


if __name__ == "__main__":
    stops = json.load(open(sys.argv[1]))
    print(json.dumps(plan(stops, ["van-1", "van-2", "van-3"]), indent=2))
    print("planned", date.today().isoformat(), file=sys.stderr)
""", _v, "Routific API docs: authentication with a JWT bearer token (docs.routific.com)", key=_v)

_v = google_key()
add("go", "google-maps-server-key", "dispatch/internal/geo/geocode.go", r"""
package geo

import (
	"context"
	"fmt"

	"googlemaps.github.io/maps"
)

// Server key (Geocoding + Distance Matrix), IP-restricted to the dispatch hosts.
const mapsServerKey = "@@key@@"

var client *maps.Client

func init() {
	var err error
	client, err = maps.NewClient(maps.WithAPIKey(mapsServerKey))
	if err != nil {
		panic(err)
	}
}

func Geocode(ctx context.Context, address string) (lat, lng float64, err error) {
	res, err := client.Geocode(ctx, &maps.GeocodingRequest{Address: address, Region: "us"})
	if err != nil {
		return 0, 0, err
	}
	if len(res) == 0 {
		return 0, 0, fmt.Errorf("no result for %q", address)
	}
	loc := res[0].Geometry.Location
	return loc.Lat, loc.Lng, nil
}
""", _v, "Google Maps Platform docs: API keys, Go client (developers.google.com/maps/documentation/geocoding/get-api-key)", key=_v)

_v = mapbox_token("sk", "washhub")
add("properties", "mapbox-secret-token", "driver-app/android/gradle.properties", r"""
org.gradle.jvmargs=-Xmx2048m -Dfile.encoding=UTF-8
android.useAndroidX=true
android.nonTransitiveRClass=true
kotlin.code.style=official
# Mapbox Navigation SDK downloads token (secret, scope DOWNLOADS:READ)
MAPBOX_DOWNLOADS_TOKEN=@@key@@
VERSION_NAME=3.8.1
VERSION_CODE=381
""", _v, "Mapbox docs: Android Navigation SDK install, secret downloads token in gradle.properties", key=_v)

_v = hexs(32)
_sid = twilio_sid()
add("python", "twilio-auth-token", "driver_sms/app.py", r"""
from flask import Flask, abort, request
from twilio.request_validator import RequestValidator
from twilio.rest import Client
from twilio.twiml.messaging_response import MessagingResponse

ACCOUNT_SID = "@@sid@@"
AUTH_TOKEN = "@@key@@"
FROM_NUMBER = "+14015550142"

app = Flask(__name__)
client = Client(ACCOUNT_SID, AUTH_TOKEN)
validator = RequestValidator(AUTH_TOKEN)


def text_customer(phone, eta_minutes, driver):
    client.messages.create(to=phone, from_=FROM_NUMBER,
                           body=f"{driver} is about {eta_minutes} min away to pick up your laundry. Reply HOLD to pause.")


@app.post("/sms/inbound")
def inbound():
    if not validator.validate(request.url, request.form, request.headers.get("X-Twilio-Signature", "")):
        abort(403)
    reply = MessagingResponse()
    if request.form.get("Body", "").strip().upper() == "HOLD":
        reply.message("OK, we paused your pickup. Text RESUME when ready.")
    return str(reply)
""", _v, "Twilio docs: account SID and auth token, Python helper library (twilio.com/docs/usage/secure-credentials)",
    key=_v, sid=_sid)

_v = mixed(32)
add("csharp", "twilio-api-key-secret", "src/Linen.Notifications/TwilioSender.cs", r"""
using System.Threading.Tasks;
using Twilio;
using Twilio.Rest.Api.V2010.Account;
using Twilio.Types;

namespace Linen.Notifications
{
    public static class TwilioSender
    {
        private const string AccountSid = "@@sid@@";
        private const string ApiKeySid = "@@ksid@@";
        private const string ApiKeySecret = "@@key@@";
        private const string MessagingServiceSid = "@@msid@@";

        static TwilioSender() => TwilioClient.Init(ApiKeySid, ApiKeySecret, AccountSid);

        public static Task<MessageResource> DeliveryWindowAsync(string phone, string hotel, string window) =>
            MessageResource.CreateAsync(
                to: new PhoneNumber(phone),
                messagingServiceSid: MessagingServiceSid,
                body: $"Linen delivery for {hotel} scheduled {window}. Reply C to confirm the dock.");
    }
}
""", _v, "Twilio docs: API keys (SK sid + secret) with TwilioClient.Init (twilio.com/docs/iam/api-keys)",
    key=_v, sid=twilio_sid(), ksid=twilio_sid("SK"), msid=twilio_sid("MG"))

_v = sendgrid_key()
add("dotenv", "sendgrid-api-key", "washfold-web/.env.production", r"""
APP_NAME="Wash and Fold Co"
APP_ENV=production
APP_DEBUG=false
APP_URL=https://washandfoldco.com

LOG_CHANNEL=stack
DB_CONNECTION=sqlite
DB_DATABASE=/var/www/washfold/database/database.sqlite

MAIL_MAILER=smtp
MAIL_HOST=smtp.sendgrid.net
MAIL_PORT=587
MAIL_USERNAME=apikey
MAIL_PASSWORD=@@key@@
MAIL_ENCRYPTION=tls
MAIL_FROM_ADDRESS="receipts@washandfoldco.com"
MAIL_FROM_NAME="${APP_NAME}"
""", _v, "SendGrid docs: SMTP integration, username apikey and API key as password (docs.sendgrid.com)", key=_v)

_v = "key-" + hexs(32)
add("ruby", "mailgun-api-key", "sudscity/config/environments/production.rb", r"""
require "active_support/core_ext/integer/time"

Rails.application.configure do
  config.cache_classes = true
  config.eager_load = true
  config.consider_all_requests_local = false
  config.force_ssl = true
  config.log_level = :info
  config.log_tags = [:request_id]

  config.action_mailer.delivery_method = :mailgun
  config.action_mailer.mailgun_settings = {
    api_key: "@@key@@",
    domain: "mg.sudscity.com"
  }
  config.action_mailer.default_url_options = { host: "sudscity.com", protocol: "https" }

  config.i18n.fallbacks = true
  config.active_support.report_deprecations = false
  config.active_record.dump_schema_after_migration = false
end
""", _v, "Mailgun docs: mailgun-ruby ActionMailer settings (github.com/mailgun/mailgun-ruby)", key=_v)

_v = uuid_s()
add("python", "postmark-server-token", "notifications/receipts.py", r"""
import requests

POSTMARK_SERVER_TOKEN = "@@key@@"
TEMPLATE_ALIAS = "wash-fold-receipt"


def send_receipt(order, customer):
    payload = {
        "From": "receipts@brightwashlaundry.com",
        "To": customer["email"],
        "TemplateAlias": TEMPLATE_ALIAS,
        "TemplateModel": {
            "name": customer["first_name"],
            "ticket": order["ticket"],
            "pounds": order["pounds"],
            "total": f"${order['total_cents'] / 100:.2f}",
            "ready_at": order["ready_at"],
        },
        "MessageStream": "outbound",
    }
    r = requests.post("https://api.postmarkapp.com/email/withTemplate", json=payload,
                      headers={"X-Postmark-Server-Token": POSTMARK_SERVER_TOKEN, "Accept": "application/json"},
                      timeout=15)
    r.raise_for_status()
    return r.json()["MessageID"]
""", _v, "Postmark API docs: X-Postmark-Server-Token header (postmarkapp.com/developer/api/overview)", key=_v)

_v = slack_webhook()
add("yaml", "slack-webhook", "monitoring/alertmanager/alertmanager.yml", r"""
global:
  resolve_timeout: 5m
  slack_api_url: "@@key@@"

route:
  receiver: store-ops
  group_by: ["alertname", "store"]
  group_wait: 30s
  repeat_interval: 4h
  routes:
    - matchers: ['alertname=~"DryerOverTemp|WasherDoorLockFault"']
      receiver: store-ops
      repeat_interval: 30m

receivers:
  - name: store-ops
    slack_configs:
      - channel: "#store-alerts"
        send_resolved: true
        title: '{{ .CommonLabels.alertname }} at {{ .CommonLabels.store }}'
        text: '{{ range .Alerts }}{{ .Annotations.summary }}{{ "\n" }}{{ end }}'
""", _v, "Prometheus Alertmanager docs: slack_api_url (prometheus.io/docs/alerting/latest/configuration)", key=_v)

_v = hexu(32)
add("php", "route4me-api-key", "route-planner/src/Route4MeClient.php", r"""
<?php
namespace Laundry\Routes;

use GuzzleHttp\Client;

final class Route4MeClient
{
    private const API_KEY = '@@key@@';
    private Client $http;

    public function __construct()
    {
        $this->http = new Client(['base_uri' => 'https://api.route4me.com', 'timeout' => 60]);
    }

    /** @param array<int, array{address:string, lat:float, lng:float, alias:string}> $stops */
    public function optimize(string $name, array $stops): array
    {
        $resp = $this->http->post('/api.v4/optimization_problem.php', [
            'query' => ['api_key' => self::API_KEY],
            'json'  => [
                'parameters' => ['route_name' => $name, 'algorithm_type' => 1, 'route_max_duration' => 28800],
                'addresses'  => $stops,
            ],
        ]);
        return json_decode((string) $resp->getBody(), true);
    }
}
""", _v, "Route4Me API docs: api_key query parameter (route4me.io/docs)", key=_v)

_v = "samsara_api_" + mixed(30)
add("python", "samsara-api-token", "fleet/van_locations.py", r"""
import os
import time

import requests

SAMSARA_TOKEN = os.environ.get("SAMSARA_TOKEN") or "@@key@@"
BASE = "https://api.samsara.com"


def van_locations():
    r = requests.get(f"{BASE}/fleet/vehicles/locations", headers={"Authorization": f"Bearer {SAMSARA_TOKEN}"},
                     timeout=20)
    r.raise_for_status()
    for v in r.json()["data"]:
        loc = v["location"]
        yield v["name"], loc["latitude"], loc["longitude"], loc.get("reverseGeo", {}).get("formattedLocation")


if __name__ == "__main__":
    while True:
        for name, lat, lng, where in van_locations():
            print(f"{name:12} {lat:.5f},{lng:.5f}  {where}")
        time.sleep(60)
""", _v, "Samsara API docs: API tokens, Bearer authentication (developers.samsara.com)", key=_v)

_v = human_pw()
add("python", "password", "fleet/geotab_trips.py", r"""
from datetime import datetime, timedelta

import mygeotab

api = mygeotab.API(username="fleet-reports@linenworks.com", password="@@pw@@", database="linenworks")
api.authenticate()

since = datetime.utcnow() - timedelta(days=1)
trips = api.get("Trip", search={"fromDate": since})
by_device = {}
for trip in trips:
    by_device.setdefault(trip["device"]["id"], 0.0)
    by_device[trip["device"]["id"]] += trip.get("distance", 0.0)

devices = {d["id"]: d["name"] for d in api.get("Device")}
for device_id, km in sorted(by_device.items(), key=lambda kv: -kv[1]):
    print(f"{devices.get(device_id, device_id):20} {km:8.1f} km")
""", _v, "Geotab SDK docs: mygeotab Python API.authenticate (geotab.github.io/sdk)", pw=_v)

_v = mixed(43, URLSAFE)
add("javascript", "here-api-key", "dispatch/server/eta.js", r"""
"use strict";

const HERE_API_KEY = "@@key@@";

async function etaMinutes(from, to) {
  const url = new URL("https://router.hereapi.com/v8/routes");
  url.searchParams.set("transportMode", "car");
  url.searchParams.set("origin", `${from.lat},${from.lng}`);
  url.searchParams.set("destination", `${to.lat},${to.lng}`);
  url.searchParams.set("return", "summary");
  url.searchParams.set("apikey", HERE_API_KEY);
  const res = await fetch(url);
  if (!res.ok) throw new Error(`HERE routing ${res.status}`);
  const body = await res.json();
  return Math.round(body.routes[0].sections[0].summary.duration / 60);
}

module.exports = { etaMinutes };
""", _v, "HERE developer docs: API key credentials, apikey query parameter (developer.here.com)", key=_v)

_v = "prj_live_sk_" + hexs(40)
add("javascript", "radar-secret-key", "dispatch/server/geofence.js", r"""
const axios = require("axios");

// Radar: geofences around each store and the plant, trip tracking for the vans
const radar = axios.create({
  baseURL: "https://api.radar.io/v1",
  headers: { Authorization: "@@key@@" },
  timeout: 10000,
});

async function upsertStoreGeofence(store) {
  const { data } = await radar.put(`/geofences/store/${store.code}`, {
    description: store.name,
    type: "circle",
    coordinates: [store.lng, store.lat],
    radius: 120,
    metadata: { storeId: store.id },
  });
  return data.geofence;
}

module.exports = { upsertStoreGeofence };
""", _v, "Radar API docs: secret keys prj_live_sk_ (radar.com/documentation/api)", key=_v)

# =========================================================================================
# SMS notifications
# =========================================================================================

_v = mixed(16)
add("ruby", "vonage-api-secret", "sudscity/app/jobs/ready_for_pickup_sms_job.rb", r"""
require "vonage"

class ReadyForPickupSmsJob < ApplicationJob
  queue_as :notifications

  VONAGE = Vonage::Client.new(
    api_key: "@@kid@@",
    api_secret: "@@key@@"
  )

  def perform(order_id)
    order = Order.find(order_id)
    return if order.customer.sms_opt_out?

    VONAGE.sms.send(
      from: "SudsCity",
      to: order.customer.phone_e164,
      text: "Hi #{order.customer.first_name}, your wash & fold (#{order.bags} bags) is ready at #{order.store.name}."
    )
    order.update!(ready_sms_sent_at: Time.current)
  end
end
""", _v, "Vonage docs: SMS API with api_key and api_secret (developer.vonage.com/en/messaging/sms)", key=_v, kid=hexs(8))

_v = mixed(40)
add("go", "plivo-auth-token", "notify/cmd/smsd/main.go", r"""
package main

import (
	"log"
	"net/http"

	"github.com/plivo/plivo-go/v7"
)

const (
	plivoAuthID    = "@@aid@@"
	plivoAuthToken = "@@key@@"
	senderNumber   = "14015550199"
)

func main() {
	client, err := plivo.NewClient(plivoAuthID, plivoAuthToken, &plivo.ClientOptions{})
	if err != nil {
		log.Fatal(err)
	}
	http.HandleFunc("/notify/cycle-done", func(w http.ResponseWriter, r *http.Request) {
		to := r.URL.Query().Get("to")
		machine := r.URL.Query().Get("machine")
		_, err := client.Messages.Create(plivo.MessageCreateParams{
			Src:  senderNumber,
			Dst:  to,
			Text: "Dryer " + machine + " is done. Please empty it within 10 minutes.",
		})
		if err != nil {
			http.Error(w, err.Error(), http.StatusBadGateway)
			return
		}
		w.WriteHeader(http.StatusAccepted)
	})
	log.Fatal(http.ListenAndServe(":8085", nil))
}
""", _v, "Plivo docs: Auth ID and Auth Token, plivo-go NewClient (plivo.com/docs/sms/api)",
    key=_v, aid="MA" + draw(18, string.ascii_uppercase + string.digits))

_v = mixed(25)
add("javascript", "messagebird-access-key", "notify/messagebird.js", r"""
const messagebird = require("messagebird").initClient("@@key@@");

const ORIGINATOR = "BrightWash";

function sendReminder(phone, firstName, store) {
  return new Promise((resolve, reject) => {
    messagebird.messages.create(
      {
        originator: ORIGINATOR,
        recipients: [phone],
        body: `Hi ${firstName}, your order at ${store} has been ready for 3 days. We keep items for 30 days.`,
      },
      (err, response) => (err ? reject(err) : resolve(response.id))
    );
  });
}

module.exports = { sendReminder };
""", _v, "MessageBird docs: Node.js SDK initClient(accessKey) (developers.messagebird.com)", key=_v)

_v = "KEY" + hexu(32) + "_" + mixed(22)
add("python", "telnyx-api-key", "notify/telnyx_sms.py", r"""
import telnyx

telnyx.api_key = "@@key@@"
MESSAGING_PROFILE_ID = "40018c2f-6d3b-4b3e-9a57-3a7bd0e0c911"
FROM = "+14015550177"


def send(to: str, text: str) -> str:
    msg = telnyx.Message.create(from_=FROM, to=to, text=text, messaging_profile_id=MESSAGING_PROFILE_ID)
    return msg.id


def driver_arriving(to: str, minutes: int) -> str:
    return send(to, f"Your FreshFold driver arrives in about {minutes} minutes. Leave bags at the door if you're out.")
""", _v, "Telnyx docs: API v2 keys (KEY...), telnyx-python (developers.telnyx.com)", key=_v)

_v = uuid_s(upper=True)
add("shell", "clicksend-api-key", "ops/sms/send_outage_notice.sh", r"""
#!/bin/sh
# Text every customer with an open order when a store has an outage.
# usage: send_outage_notice.sh <store-code> <message-file>
CS_USER="ops@tidewaterlinen.com"
CS_KEY="@@key@@"
STORE="$1"
MSG=$(cat "$2")

psql -At -c "select phone from open_orders where store_code = '$STORE'" laundry |
while read -r phone; do
  curl -s -u "$CS_USER:$CS_KEY" \
    -H "Content-Type: application/json" \
    -d "{\"messages\":[{\"source\":\"sh\",\"to\":\"$phone\",\"body\":\"$MSG\"}]}" \
    https://rest.clicksend.com/v3/sms/send >/dev/null
  sleep 0.2
done
""", _v, "ClickSend REST v3 docs: HTTP Basic auth with username and API key (developers.clicksend.com)", key=_v)

_v = aws_secret()
add("terraform", "aws-secret-key", "infra/sms/main.tf", r"""
provider "aws" {
  region     = "us-east-1"
  access_key = "@@kid@@"
  secret_key = "@@key@@"
}

resource "aws_sns_sms_preferences" "laundry" {
  default_sender_id   = "WashHub"
  default_sms_type    = "Transactional"
  monthly_spend_limit = 200
}

resource "aws_sns_topic" "machine_alerts" {
  name = "machine-alerts"
}

resource "aws_sns_topic_subscription" "owner_phone" {
  topic_arn = aws_sns_topic.machine_alerts.arn
  protocol  = "sms"
  endpoint  = "+14015550123"
}
""", _v, "Terraform AWS provider docs: static credentials access_key/secret_key (registry.terraform.io/providers/hashicorp/aws)",
    key=_v, kid=aws_key_id())

_v = hexs(32)
add("csharp", "sinch-api-token", "src/Laundry.Sms/SinchClient.cs", r"""
using System.Net.Http;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Threading.Tasks;

namespace Laundry.Sms
{
    public sealed class SinchClient
    {
        private const string ServicePlanId = "@@plan@@";
        private const string ApiToken = "@@key@@";
        private static readonly HttpClient Http = new HttpClient();

        public async Task SendAsync(string to, string body)
        {
            var req = new HttpRequestMessage(HttpMethod.Post,
                $"https://us.sms.api.sinch.com/xms/v1/{ServicePlanId}/batches");
            req.Headers.Authorization = new AuthenticationHeaderValue("Bearer", ApiToken);
            req.Content = JsonContent.Create(new { from = "14015550163", to = new[] { to }, body });
            var res = await Http.SendAsync(req);
            res.EnsureSuccessStatusCode();
        }
    }
}
""", _v, "Sinch SMS REST API docs: service plan ID and API token (developers.sinch.com/docs/sms)", key=_v, plan=hexs(32))

_v = hexs(32) + "-" + uuid_s()
add("java", "infobip-api-key", "notify-service/src/main/java/com/linenworks/notify/InfobipSms.java", r"""
package com.linenworks.notify;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

public final class InfobipSms {
    private static final String BASE_URL = "https://y3k8mq.api.infobip.com";
    private static final String API_KEY = "@@key@@";
    private final HttpClient http = HttpClient.newHttpClient();

    public int send(String to, String text) throws Exception {
        String body = "{\"messages\":[{\"destinations\":[{\"to\":\"" + to + "\"}],\"from\":\"LinenWorks\",\"text\":\""
                + text.replace("\"", "'") + "\"}]}";
        HttpRequest req = HttpRequest.newBuilder(URI.create(BASE_URL + "/sms/2/text/advanced"))
                .header("Authorization", "App " + API_KEY)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        return http.send(req, HttpResponse.BodyHandlers.ofString()).statusCode();
    }
}
""", _v, "Infobip docs: API key authorization header 'App <key>' (infobip.com/docs/essentials/api-authentication)", key=_v)

_v = hexs(32)
add("php", "twilio-auth-token", "wp-config.php", r"""
<?php
define('DB_NAME', 'wp_tumbledry');
define('DB_USER', 'wp_tumbledry');
define('DB_PASSWORD', getenv('WP_DB_PASSWORD'));
define('DB_HOST', 'localhost');
define('DB_CHARSET', 'utf8mb4');

/* SMS order-ready texts (WP Twilio Core plugin) */
define('TWILIO_ACCOUNT_SID', '@@sid@@');
define('TWILIO_AUTH_TOKEN', '@@key@@');
define('TWILIO_FROM', '+15085550110');

$table_prefix = 'tdl_';
define('WP_DEBUG', false);

if (!defined('ABSPATH')) {
    define('ABSPATH', __DIR__ . '/');
}
require_once ABSPATH . 'wp-settings.php';
""", _v, "Twilio docs: auth token; WordPress wp-config.php constants (developer.wordpress.org)", key=_v, sid=twilio_sid())

_v = telegram_token()
add("python", "telegram-bot-token", "owner-bot/bot.py", r"""
import logging

from telegram import Update
from telegram.ext import Application, CommandHandler, ContextTypes

from stores import machine_summary, takings_today

BOT_TOKEN = "@@key@@"
OWNER_CHAT_IDS = {48211977, 51902334}

logging.basicConfig(level=logging.INFO)


async def status(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    if update.effective_chat.id not in OWNER_CHAT_IDS:
        return
    await update.message.reply_text(machine_summary())


async def takings(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    if update.effective_chat.id not in OWNER_CHAT_IDS:
        return
    await update.message.reply_text(takings_today())


app = Application.builder().token(BOT_TOKEN).build()
app.add_handler(CommandHandler("status", status))
app.add_handler(CommandHandler("takings", takings))
app.run_polling()
""", _v, "Telegram Bot API docs: bot token from @BotFather (core.telegram.org/bots/api)", key=_v)

_v = "https://discord.com/api/webhooks/" + str(random.Random(_seed()).randint(10**17, 10**18 - 1)) + "/" + mixed(68, URLSAFE)
add("powershell", "discord-webhook", "store-pc/scripts/Send-ShiftReport.ps1", r"""
# Posts the attendant's end-of-shift counts to the staff Discord channel
param(
    [Parameter(Mandatory)] [int] $WashAndFoldBags,
    [Parameter(Mandatory)] [decimal] $ChangeMachineCash,
    [string] $Notes = ""
)

$webhook = "@@key@@"
$store = $env:COMPUTERNAME -replace '^LAUNDRY-', ''

$body = @{
    username = "Shift bot"
    content  = "**$store** shift closed by $env:USERNAME`nW&F bags: $WashAndFoldBags`nChange machine: `$$ChangeMachineCash`n$Notes"
} | ConvertTo-Json

Invoke-RestMethod -Uri $webhook -Method Post -ContentType 'application/json' -Body $body
Write-Host "Posted shift report for $store"
""", _v, "Discord developer docs: execute webhook (discord.com/developers/docs/resources/webhook)", key=_v)

# =========================================================================================
# Machine telemetry, store gateways, routers
# =========================================================================================

_v = azure_sas_key()
add("json", "azure-iot-device-key", "gateway/config/device.json", r"""
{
  "storeId": "ST-0142",
  "deviceId": "gw-st0142-pi4",
  "iotHub": {
    "connectionString": "HostName=laundry-telemetry-prod.azure-devices.net;DeviceId=gw-st0142-pi4;SharedAccessKey=@@key@@",
    "transport": "mqtt",
    "telemetryIntervalSeconds": 20
  },
  "machines": [
    { "id": "W01", "model": "SC40BV", "pulsePin": 17, "pricePerCycleCents": 550 },
    { "id": "W02", "model": "SC40BV", "pulsePin": 27, "pricePerCycleCents": 550 },
    { "id": "D01", "model": "ST030", "pulsePin": 22, "pricePerCycleCents": 25 },
    { "id": "D02", "model": "ST030", "pulsePin": 23, "pricePerCycleCents": 25 }
  ],
  "log": { "level": "info", "path": "/var/log/laundry-gw.log" }
}
""", _v, "Azure IoT Hub docs: device connection string with SharedAccessKey (learn.microsoft.com/azure/iot-hub)", key=_v)

_v = azure_sas_key()
add("json", "azure-iot-hub-key", "telemetry-functions/local.settings.json", r"""
{
  "IsEncrypted": false,
  "Values": {
    "AzureWebJobsStorage": "UseDevelopmentStorage=true",
    "FUNCTIONS_WORKER_RUNTIME": "dotnet-isolated",
    "IoTHubEventHub": "Endpoint=sb://ihsuseprod-7721.servicebus.windows.net/;SharedAccessKeyName=iothubowner;SharedAccessKey=@@key@@;EntityPath=laundry-telemetry-prod",
    "MachineDb": "Server=tcp:laundry-sql.database.windows.net,1433;Database=machines;Authentication=Active Directory Default;",
    "OverTempThresholdC": "82"
  }
}
""", _v, "Azure Functions docs: local.settings.json; IoT Hub built-in Event Hub-compatible endpoint connection string", key=_v)

_v = rsa_pem()
add("arduino", "private-key", "firmware/pulse-counter/secrets_aws.h", r"""
#pragma once
#include <pgmspace.h>

#define THINGNAME "pulse-st0142-d07"
const char AWS_IOT_ENDPOINT[] = "a3k7x9qzt0m2lp-ats.iot.us-east-2.amazonaws.com";

// Device private key (from the thing's certificate download)
static const char AWS_CERT_PRIVATE[] PROGMEM = R"KEY(
@@key@@
)KEY";
""", _v, "AWS IoT Core docs: device certificates and private keys; ESP32 Arduino PROGMEM raw strings", key=_v)

_v = aws_secret()
add("python", "aws-secret-key", "telemetry/scripts/replay_to_firehose.py", r"""
"""
    + '"""Replays a day of machine events (saved JSONL) into the Firehose stream after an outage."""\n'
    + r"""
import json
import sys

import boto3

session = boto3.Session(
    aws_access_key_id="@@kid@@",
    aws_secret_access_key="@@key@@",
    region_name="us-east-2",
)
firehose = session.client("firehose")
STREAM = "machine-events-prod"


def batches(path, size=400):
    batch = []
    with open(path) as fh:
        for line in fh:
            batch.append({"Data": (json.dumps(json.loads(line)) + "\n").encode()})
            if len(batch) == size:
                yield batch
                batch = []
    if batch:
        yield batch


for b in batches(sys.argv[1]):
    resp = firehose.put_record_batch(DeliveryStreamName=STREAM, Records=b)
    print("sent", len(b), "failed", resp["FailedPutCount"])
""", _v, "AWS docs: boto3 credentials passed to Session (boto3.amazonaws.com/v1/documentation/api/latest/guide/credentials.html)",
    key=_v, kid=aws_key_id())

_v = gen_pw(18)
add("arduino", "mqtt-password", "firmware/dryer-monitor/dryer-monitor.ino", r"""
#include <WiFi.h>
#include <PubSubClient.h>
#include "wifi_secrets.h"   // WIFI_SSID / WIFI_PASS, not in git

const char* mqtt_host = "mqtt.brightwash.net";
const int   mqtt_port = 1883;
const char* mqtt_user = "dryer-bank-b";
const char* mqtt_pass = "@@pw@@";

const int CURRENT_PIN = 34;
WiFiClient net;
PubSubClient mqtt(net);

void reconnect() {
  while (!mqtt.connected()) {
    if (mqtt.connect("dryer-bank-b", mqtt_user, mqtt_pass)) {
      mqtt.publish("stores/04/dryers/bank-b/status", "online", true);
    } else {
      delay(5000);
    }
  }
}

void setup() {
  Serial.begin(115200);
  WiFi.begin(WIFI_SSID, WIFI_PASS);
  while (WiFi.status() != WL_CONNECTED) delay(500);
  mqtt.setServer(mqtt_host, mqtt_port);
}

void loop() {
  reconnect();
  mqtt.loop();
  int raw = analogRead(CURRENT_PIN);
  char buf[16];
  snprintf(buf, sizeof buf, "%d", raw);
  mqtt.publish("stores/04/dryers/bank-b/current_raw", buf);
  delay(2000);
}
""", _v, "PubSubClient (knolleary.net/arduino-client-for-mqtt) connect(id, user, pass)", pw=_v)

_v = human_pw()
add("python", "mqtt-password", "telemetry/bridge/hivemq_bridge.py", r"""
import json
import ssl

import paho.mqtt.client as mqtt

from store_db import record_cycle

BROKER = "7f3c91ad2e4b4c07a8d6e2f1b0c9d315.s1.eu.hivemq.cloud"
USERNAME = "telemetry-ingest"
PASSWORD = "@@pw@@"


def on_connect(client, userdata, flags, rc, properties=None):
    client.subscribe("stores/+/machines/+/cycle", qos=1)


def on_message(client, userdata, msg):
    _, store, _, machine, _ = msg.topic.split("/")
    event = json.loads(msg.payload)
    record_cycle(store, machine, event["program"], event["started"], event["ended"], event.get("paid_cents", 0))


client = mqtt.Client(client_id="ingest-1", protocol=mqtt.MQTTv5)
client.username_pw_set(USERNAME, PASSWORD)
client.tls_set(tls_version=ssl.PROTOCOL_TLS_CLIENT)
client.on_connect = on_connect
client.on_message = on_message
client.connect(BROKER, 8883)
client.loop_forever()
""", _v, "HiveMQ Cloud docs: connecting with paho-mqtt username_pw_set and TLS (hivemq.com/docs)", pw=_v)

_v = influx_token()
add("toml", "influxdb-token", "telemetry/telegraf/telegraf.conf", r"""
[agent]
  interval = "10s"
  flush_interval = "10s"
  hostname = "st0142-gw"

[[inputs.mqtt_consumer]]
  servers = ["tcp://127.0.0.1:1883"]
  topics = ["stores/+/machines/+/#"]
  data_format = "json"
  tag_keys = ["machine", "program"]
  topic_tag = "topic"

[[outputs.influxdb_v2]]
  urls = ["https://us-east-1-1.aws.cloud2.influxdata.com"]
  token = "@@key@@"
  organization = "brightwash"
  bucket = "machines"
""", _v, "Telegraf docs: outputs.influxdb_v2 token (docs.influxdata.com/telegraf/latest/plugins)", key=_v)

_v = "glsa_" + mixed(32) + "_" + hexs(8)
add("shell", "grafana-service-account-token", "monitoring/grafana/import-dashboards.sh", r"""
#!/usr/bin/env bash
# Push the machine dashboards (washer cycles, dryer temps, card reader uptime) to Grafana
set -euo pipefail

GRAFANA_URL="https://grafana.brightwash.net"
GRAFANA_TOKEN="@@key@@"

for f in dashboards/*.json; do
  echo "importing $f"
  jq '{dashboard: ., overwrite: true, folderUid: "stores"}' "$f" |
    curl -fsS -X POST "$GRAFANA_URL/api/dashboards/db" \
      -H "Authorization: Bearer $GRAFANA_TOKEN" \
      -H "Content-Type: application/json" \
      --data-binary @- >/dev/null
done
echo "done"
""", _v, "Grafana docs: service account tokens glsa_ (grafana.com/docs/grafana/latest/administration/service-accounts)", key=_v)

_v = gen_pw(22)
add("yaml", "database-password", "monitoring/grafana/provisioning/datasources/timescale.yaml", r"""
apiVersion: 1

datasources:
  - name: Machines (Timescale)
    type: postgres
    uid: machines-ts
    url: timescale.internal:5432
    user: grafana_ro
    jsonData:
      database: telemetry
      sslmode: require
      postgresVersion: 1500
      timescaledb: true
    secureJsonData:
      password: "@@pw@@"
    editable: false
""", _v, "Grafana docs: provisioning data sources, secureJsonData (grafana.com/docs/grafana/latest/administration/provisioning)", pw=_v)

_v = hexs(40)
add("javascript", "particle-access-token", "telemetry/particle/claim-and-name.js", r"""
// Names the Particle Boron pulse counters after the machine they are wired to.
const Particle = require("particle-api-js");
const particle = new Particle();
const auth = "@@key@@";

const machines = require("./machines-st09.json");

(async () => {
  const { body: devices } = await particle.listDevices({ auth });
  for (const d of devices) {
    const m = machines.find((x) => x.serial === d.serial_number);
    if (!m) continue;
    await particle.renameDevice({ deviceId: d.id, name: `st09-${m.id.toLowerCase()}`, auth });
    console.log(`${d.id} -> st09-${m.id}`);
  }
})();
""", _v, "Particle docs: access tokens, particle-api-js auth option (docs.particle.io/reference/cloud-apis)", key=_v)

_v = mixed(20)
add("c", "thingsboard-access-token", "firmware/coin-counter/src/config.h", r"""
#ifndef COIN_COUNTER_CONFIG_H
#define COIN_COUNTER_CONFIG_H

/* ThingsBoard device: coin box counter, change machine, store 22 */
#define TB_SERVER        "tb.tidewaterlaundry.com"
#define TB_PORT          1883
#define TB_ACCESS_TOKEN  "@@key@@"

#define COIN_PULSE_GPIO  4
#define BILL_PULSE_GPIO  5
#define REPORT_INTERVAL_MS  (60 * 1000)
#define QUARTERS_PER_PULSE  1

#endif
""", _v, "ThingsBoard docs: MQTT device API, access token as username (thingsboard.io/docs/reference/mqtt-api)", key=_v)

_v = gen_pw(24)
add("compose", "database-password", "telemetry/docker-compose.yml", r"""
services:
  timescale:
    image: timescale/timescaledb:2.14.2-pg15
    restart: unless-stopped
    environment:
      POSTGRES_USER: telemetry
      POSTGRES_PASSWORD: "@@pw@@"
      POSTGRES_DB: telemetry
    volumes:
      - tsdata:/var/lib/postgresql/data
    ports:
      - "127.0.0.1:5432:5432"

  ingest:
    build: ./ingest
    restart: unless-stopped
    depends_on: [timescale, mosquitto]
    environment:
      DATABASE_URL: postgres://telemetry@timescale:5432/telemetry
      MQTT_URL: mqtt://mosquitto:1883

  mosquitto:
    image: eclipse-mosquitto:2.0
    volumes:
      - ./mosquitto:/mosquitto/config
    ports:
      - "1883:1883"

volumes:
  tsdata:
""", _v, "Docker Hub timescale/timescaledb image docs: POSTGRES_PASSWORD environment variable", pw=_v)

_v = jwt({"iss": hexs(32), "iat": 1711929600, "exp": 2027289600}, sig_len=43)
add("yaml", "home-assistant-token", "monitoring/prometheus/prometheus.yml", r"""
global:
  scrape_interval: 30s

scrape_configs:
  - job_name: node
    static_configs:
      - targets: ["st04-gw.lan:9100", "st07-gw.lan:9100"]

  # Home Assistant on the store 04 NUC (smart plugs on the dryers, door sensors)
  - job_name: homeassistant
    scrape_interval: 60s
    metrics_path: /api/prometheus
    bearer_token: "@@key@@"
    scheme: http
    static_configs:
      - targets: ["ha.st04.lan:8123"]
""", _v, "Home Assistant docs: Prometheus integration with a long-lived access token (home-assistant.io/integrations/prometheus)", key=_v)

_v = hexs(32)
add("yaml", "datadog-api-key", "ansible/roles/datadog/files/datadog.yaml", r"""
api_key: @@key@@
site: datadoghq.com
hostname_file: /etc/hostname
tags:
  - env:prod
  - role:store-gateway
  - company:linenworks
logs_enabled: true
process_config:
  process_collection:
    enabled: false
apm_config:
  enabled: false
""", _v, "Datadog Agent docs: datadog.yaml api_key (docs.datadoghq.com/agent/configuration)", key=_v)

_v = hexs(36) + "NRAL"
add("yaml", "newrelic-license-key", "plant-scheduler/newrelic.yml", r"""
common: &default_settings
  license_key: '@@key@@'
  app_name: Plant Scheduler (Linen)
  distributed_tracing:
    enabled: true
  log_level: info

development:
  <<: *default_settings
  app_name: Plant Scheduler (Development)
  monitor_mode: false

production:
  <<: *default_settings
""", _v, "New Relic docs: newrelic.yml license_key (docs.newrelic.com/docs/apm/agents)", key=_v)

_v = draw(32, LOWNUM)
add("json", "tuya-api-secret", "smartplugs/tinytuya.json", r"""
{
    "apiKey": "@@kid@@",
    "apiSecret": "@@key@@",
    "apiRegion": "us",
    "apiDeviceID": "eb4f7a2c91d03e58a6xqpt"
}
""", _v, "tinytuya docs: tinytuya.json cloud credentials apiKey/apiSecret (github.com/jasonacox/tinytuya)",
    key=_v, kid=draw(20, LOWNUM))

_v = human_pw()
add("wpa-supplicant", "wifi-psk", "gateway/rootfs/etc/wpa_supplicant/wpa_supplicant-wlan0.conf", r"""
ctrl_interface=DIR=/var/run/wpa_supplicant GROUP=netdev
update_config=1
country=US

network={
    ssid="Laundry-Backoffice"
    psk="@@pw@@"
    key_mgmt=WPA-PSK
    priority=10
}

network={
    ssid="Owner-Hotspot"
    key_mgmt=NONE
    priority=1
}
""", _v, "wpa_supplicant.conf(5) man page: network block psk", pw=_v)

_v = human_pw()
add("uci", "wifi-psk", "routers/rut240-st14/etc/config/wireless", r"""
config wifi-device 'radio0'
	option type 'mac80211'
	option channel '6'
	option hwmode '11g'
	option htmode 'HT20'
	option country 'US'

config wifi-iface 'default_radio0'
	option device 'radio0'
	option network 'lan'
	option mode 'ap'
	option ssid 'ST14-Readers'
	option encryption 'psk2'
	option key '@@pw@@'
	option hidden '1'

config wifi-iface 'guest'
	option device 'radio0'
	option network 'guest'
	option mode 'ap'
	option ssid 'Free Laundry WiFi'
	option encryption 'none'
	option isolate '1'
""", _v, "OpenWrt docs: UCI wireless configuration, option key (openwrt.org/docs/guide-user/network/wifi/basic)", pw=_v)

_v = human_pw()
add("cisco-ios", "password", "network/plant-sw01.cfg", r"""
!
version 15.2
service timestamps debug datetime msec
service timestamps log datetime msec
no service password-encryption
!
hostname PLANT-SW01
!
enable secret 5 $1$mERr$hx5rVt7rPNoS4wqbXKX7m0
username netadmin privilege 15 password 0 @@pw@@
!
vlan 20
 name TUNNEL-WASHERS
vlan 30
 name RFID-READERS
!
interface GigabitEthernet0/1
 description Tunnel washer PLC
 switchport access vlan 20
 switchport mode access
!
interface GigabitEthernet0/2
 description RFID sorting reader
 switchport access vlan 30
 switchport mode access
!
line vty 0 4
 login local
 transport input ssh
!
end
""", _v, "Cisco IOS configuration guide: username privilege password 0 (cleartext)", pw=_v)

_v = b64bytes(32)
add("wireguard", "wireguard-private-key", "gateway/rootfs/etc/wireguard/wg0.conf", r"""
[Interface]
# store 14 gateway -> HQ
Address = 10.44.14.1/32
PrivateKey = @@key@@
ListenPort = 51820
DNS = 10.44.0.53

[Peer]
# hq-vpn.brightwash.net
PublicKey = @@pub@@
Endpoint = hq-vpn.brightwash.net:51820
AllowedIPs = 10.44.0.0/16
PersistentKeepalive = 25
""", _v, "WireGuard wg(8) and wg-quick(8): [Interface] PrivateKey", key=_v, pub=b64bytes(32))

_v = rsa_pem(pkcs8=True)
add("openvpn", "private-key", "routers/store-vpn/st22.ovpn", r"""
client
dev tun
proto udp
remote vpn.tidewaterlaundry.com 1194
resolv-retry infinite
nobind
persist-key
persist-tun
remote-cert-tls server
cipher AES-256-GCM
verb 3
<ca>
@@ca@@
</ca>
<key>
@@key@@
</key>
""", _v, "OpenVPN reference manual: inline <ca>, <cert>, <key> blocks", key=_v, ca=cert_pem(14))

_v = human_pw()
add("mosquitto", "mqtt-password", "gateway/rootfs/etc/mosquitto/conf.d/bridge.conf", r"""
# Bridge the store broker to the central telemetry broker
connection hq-bridge
address mqtt.linenworks.com:8883
bridge_protocol_version mqttv311
bridge_cafile /etc/ssl/certs/ca-certificates.crt
remote_clientid st31-gw
remote_username st31-gw
remote_password @@pw@@
topic stores/31/# out 1
topic commands/st31/# in 1
cleansession false
restart_timeout 10 120
""", _v, "mosquitto.conf(5): bridge remote_username / remote_password", pw=_v)

_v = gen_pw(32)
add("javascript", "node-red-credential-secret", "node-red/settings.js", r"""
module.exports = {
    uiPort: process.env.PORT || 1880,
    flowFile: "flows_store07.json",
    // key used to encrypt flows_store07_cred.json (dryer alarms, SMS and MQTT credentials)
    credentialSecret: "@@key@@",
    adminAuth: {
        type: "credentials",
        users: [{
            username: "admin",
            password: "$2b$08$GtN7Y9c3m6hZ4XbWvQ1aEuC8kq0pLrSdFgHjKlMnBvCxZaQwErTyU",
            permissions: "*"
        }]
    },
    functionGlobalContext: {},
    logging: { console: { level: "info", metrics: false, audit: false } },
    editorTheme: { projects: { enabled: false } }
};
""", _v, "Node-RED docs: settings.js credentialSecret (nodered.org/docs/user-guide/runtime/settings-file)", key=_v)

_v = gen_pw(24, "-_")
add("helm", "redis-password", "charts/machine-status/values-prod.yaml", r"""
replicaCount: 2

image:
  repository: ghcr.io/washhub/machine-status
  tag: "1.19.4"

service:
  type: ClusterIP
  port: 8080

ingress:
  enabled: true
  className: nginx
  hosts:
    - host: status.washhub.app
      paths: [{ path: /, pathType: Prefix }]

redis:
  enabled: true
  architecture: standalone
  auth:
    enabled: true
    password: "@@pw@@"

env:
  MACHINE_TTL_SECONDS: "90"
  STORES: "st04,st07,st09,st14"
""", _v, "Bitnami Redis Helm chart: auth.password value (artifacthub.io/packages/helm/bitnami/redis)", pw=_v)

_v = gen_pw(16)
add("typescript", "mongodb-uri", "machine-events/src/config.ts", r"""
export const config = {
  port: Number(process.env.PORT ?? 3000),
  mongoUri:
    process.env.MONGO_URI ??
    "mongodb+srv://events-writer:@@pw@@@laundry-prod.x7kq2.mongodb.net/machine_events?retryWrites=true&w=majority",
  retentionDays: 400,
  topics: ["cycle.started", "cycle.finished", "door.fault", "reader.offline"],
};
""", _v, "MongoDB docs: connection string URI format, mongodb+srv with user:password", pw=_v)

_v = gen_pw(20)
add("go", "amqp-url", "machine-events/cmd/consumer/main.go", r"""
package main

import (
	"log"

	amqp "github.com/rabbitmq/amqp091-go"
)

const amqpURL = "amqps://events:@@pw@@@rabbit.linenworks.internal:5671/telemetry"

func main() {
	conn, err := amqp.Dial(amqpURL)
	if err != nil {
		log.Fatalf("dial: %v", err)
	}
	defer conn.Close()
	ch, err := conn.Channel()
	if err != nil {
		log.Fatalf("channel: %v", err)
	}
	msgs, err := ch.Consume("tunnel-washer-events", "consumer-1", false, false, false, false, nil)
	if err != nil {
		log.Fatalf("consume: %v", err)
	}
	for m := range msgs {
		log.Printf("event %s: %s", m.RoutingKey, m.Body)
		_ = m.Ack(false)
	}
}
""", _v, "RabbitMQ docs: AMQP URI spec amqps://user:pass@host:port/vhost (rabbitmq.com/docs/uri-spec)", pw=_v)

_v = mixed(64, B64)
add("properties", "confluent-api-secret", "telemetry-streams/src/main/resources/kafka.properties", r"""
bootstrap.servers=pkc-4r087.us-west2.gcp.confluent.cloud:9092
security.protocol=SASL_SSL
sasl.mechanism=PLAIN
sasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule required username='@@kid@@' password='@@key@@';
client.dns.lookup=use_all_dns_ips
session.timeout.ms=45000
acks=all
application.id=machine-cycle-aggregator
default.topic=machine.cycles.v2
""", _v, "Confluent Cloud docs: Java client configuration with API key and secret in sasl.jaas.config",
    key=_v, kid=draw(16, string.ascii_uppercase + string.digits))

# =========================================================================================
# Hotel and hospital linen contracts
# =========================================================================================

_v = human_pw()
add("python", "sftp-password", "contracts/jobs/upload_usage_reports.py", r"""
"""
    + '"""Uploads the weekly linen usage and soil-weight reports to each hospital\'s SFTP drop."""\n'
    + r"""
import glob
import os

import paramiko

HOSTS = {
    "st-marys": {"host": "sftp.stmaryshealth.org", "user": "linenworks", "password": "@@pw@@",
                 "remote": "/inbound/linen"},
}


def upload(name, files):
    cfg = HOSTS[name]
    transport = paramiko.Transport((cfg["host"], 22))
    transport.connect(username=cfg["user"], password=cfg["password"])
    sftp = paramiko.SFTPClient.from_transport(transport)
    try:
        for path in files:
            sftp.put(path, f"{cfg['remote']}/{os.path.basename(path)}")
            print("uploaded", path)
    finally:
        sftp.close()
        transport.close()


if __name__ == "__main__":
    upload("st-marys", sorted(glob.glob("out/st-marys/usage_*.csv")))
""", _v, "Paramiko docs: Transport.connect(username, password) and SFTPClient (docs.paramiko.org)", pw=_v)

_v = openssh_key()
add("ssh-key", "private-key", "ops/keys/harborview_sftp_ed25519", r"""
@@key@@
""", _v, "OpenSSH ssh-keygen(1): openssh-key-v1 private key format", key=_v)

_v = human_pw()
add("xml", "keystore-password", "as2/openas2/config/config.xml", r"""
<openas2>
    <properties storageBaseDir="%home%/../data" log_date_format="yyyy-MM-dd HH:mm:ss.SSS" />
    <certificates classname="org.openas2.cert.PKCS12CertificateFactory"
                  filename="%home%/as2_certs.p12"
                  password="@@pw@@"
                  interval="300" />
    <partnerships classname="org.openas2.partner.XMLPartnershipFactory"
                  filename="%home%/partnerships.xml"
                  interval="120" />
    <processor classname="org.openas2.processor.DefaultProcessor"
               pendingMDN="$properties.storageBaseDir$/pendingMDN3"
               pendingMDNinfo="$properties.storageBaseDir$/pendinginfoMDN3">
        <module classname="org.openas2.processor.sender.AS2SenderModule" />
        <module classname="org.openas2.processor.receiver.AS2ReceiverModule"
                port="10080" errordir="$properties.storageBaseDir$/inbox/error" />
        <module classname="org.openas2.processor.storage.MDNFileModule"
                filename="$properties.storageBaseDir$/mdn/$date.yyyy$/$mdn.msg.sender.as2_id$-$mdn.msg.receiver.as2_id$-$mdn.msg.headers.message-id$" />
    </processor>
</openas2>
""", _v, "OpenAS2 docs: config.xml certificates PKCS12CertificateFactory password (github.com/OpenAS2/OpenAs2App)", pw=_v)

_v = human_pw()
add("shell", "ftp-password", "edi/bin/pull_810_856.sh", r"""
#!/bin/bash
# Pull invoices (810) and ship notices (856) from the VAN mailbox for the hotel group contract
set -e
cd /opt/edi/inbox

lftp -u 'LINENWRKS01,@@pw@@' ftps://ftp.ediexchange-van.net <<'LFTP'
set ftp:ssl-force true
set ssl:verify-certificate yes
cd /outbound/LINENWRKS01
mget -E *.810 *.856
bye
LFTP

for f in *.810 *.856; do
  [ -e "$f" ] || continue
  /opt/edi/bin/translate "$f" && mv "$f" ../archive/
done
""", _v, "lftp(1) man page: -u user,password with ftps://", pw=_v)

_v = mixed(40)
add("java", "api-key", "linen-tracking/src/main/java/com/tidewater/rfid/TextileTrackClient.java", r"""
package com.tidewater.rfid;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** Reads RFID scan batches (soil sort and clean pack-out) for the hospital linen contracts. */
public class TextileTrackClient {
    private static final String BASE = "https://api.textiletrack-cloud.com/v3";
    private static final String API_KEY = "@@key@@";
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    public String scans(String customerCode, String since) throws Exception {
        HttpRequest req = HttpRequest.newBuilder(URI.create(BASE + "/customers/" + customerCode + "/scans?since=" + since))
                .header("X-API-Key", API_KEY)
                .header("Accept", "application/json")
                .GET()
                .build();
        HttpResponse<String> res = http.send(req, HttpResponse.BodyHandlers.ofString());
        if (res.statusCode() != 200) {
            throw new IllegalStateException("TextileTrack " + res.statusCode());
        }
        return res.body();
    }
}
""", _v, "RFID linen tracking vendor REST API; X-API-Key header convention", key=_v)

_v = human_pw()
add("properties", "sap-password", "procurement-bridge/config/sap-hospital.jcoDestination", r"""
# SAP ECC at the hospital group: post linen invoices against the service PO
jco.client.ashost=sapecc.regionalhealth.org
jco.client.sysnr=00
jco.client.client=300
jco.client.user=RFC_LINEN
jco.client.passwd=@@pw@@
jco.client.lang=EN
jco.destination.pool_capacity=3
jco.destination.peak_limit=10
""", _v, "SAP JCo documentation: destination properties jco.client.passwd", pw=_v)

_v = mixed(36, URLSAFE)
add("json", "oauth-client-secret", "hotel-integrations/postman/OHIP-prod.postman_environment.json", r"""
{
  "id": "6c1b7f0e-2b7a-4c55-8f1e-93d0a2c4b8e1",
  "name": "OHIP prod (Harborview Hotels)",
  "values": [
    { "key": "HostName", "value": "https://ohip-hvh.hospitality-api.us-ashburn-1.ocs.oraclecloud.com", "enabled": true },
    { "key": "AppKey", "value": "8f3d2a71-5c0e-4b9d-a6f2-1e7c9b04d5a3", "enabled": true },
    { "key": "ClientId", "value": "LINENWORKS_Client", "enabled": true },
    { "key": "ClientSecret", "value": "@@key@@", "type": "secret", "enabled": true },
    { "key": "HotelId", "value": "HVH01", "enabled": true },
    { "key": "Token", "value": "", "enabled": true }
  ],
  "_postman_variable_scope": "environment",
  "_postman_exported_at": "2024-05-14T13:22:08.511Z",
  "_postman_exported_using": "Postman/11.1.0"
}
""", _v, "Oracle Hospitality Integration Platform docs: OAuth client id/secret and x-app-key; Postman environment export", key=_v)

_v = azure_client_secret()
add("powershell", "azure-client-secret", "finance/scripts/Send-LinenInvoices.ps1", r"""
# Emails the monthly linen invoices (PDF) to each hotel's AP inbox via Microsoft Graph
$tenantId     = "3f9e7c21-8d4b-4a6e-b2c1-5e0f9a7d3c18"
$clientId     = "b7c2e4a9-1f3d-4c8e-9a5b-2d6f0e8c1a47"
$clientSecret = "@@key@@"

$body = @{
    grant_type    = "client_credentials"
    scope         = "https://graph.microsoft.com/.default"
    client_id     = $clientId
    client_secret = $clientSecret
}
$token = (Invoke-RestMethod -Method Post -Uri "https://login.microsoftonline.com/$tenantId/oauth2/v2.0/token" -Body $body).access_token

Import-Csv .\ap_contacts.csv | ForEach-Object {
    $pdf = Get-Item ".\out\$($_.Customer)_$(Get-Date -Format yyyy-MM).pdf"
    $msg = @{
        message = @{
            subject      = "Linen services invoice $(Get-Date -Format 'MMMM yyyy')"
            body         = @{ contentType = "Text"; content = "Please find attached this month's linen invoice." }
            toRecipients = @(@{ emailAddress = @{ address = $_.Email } })
            attachments  = @(@{
                "@odata.type" = "#microsoft.graph.fileAttachment"
                name          = $pdf.Name
                contentBytes  = [Convert]::ToBase64String([IO.File]::ReadAllBytes($pdf.FullName))
            })
        }
    } | ConvertTo-Json -Depth 6
    Invoke-RestMethod -Method Post -Uri "https://graph.microsoft.com/v1.0/users/billing@linenworks.com/sendMail" `
        -Headers @{ Authorization = "Bearer $token" } -ContentType "application/json" -Body $msg
}
""", _v, "Microsoft identity platform docs: client credentials flow with client_secret (learn.microsoft.com/entra/identity-platform)", key=_v)

_v = hexs(40)
add("ruby", "coupa-api-key", "procurement/lib/coupa_invoices.rb", r"""
require "net/http"
require "json"

module CoupaInvoices
  HOST = URI("https://regionalhealth.coupahost.com")
  API_KEY = "@@key@@"

  module_function

  def submit(invoice)
    uri = URI.join(HOST, "/api/invoices")
    req = Net::HTTP::Post.new(uri)
    req["X-COUPA-API-KEY"] = API_KEY
    req["Accept"] = "application/json"
    req["Content-Type"] = "application/json"
    req.body = {
      "invoice-number" => invoice.number,
      "invoice-date" => invoice.date.iso8601,
      "supplier" => { "number" => "SUP-00417" },
      "currency" => { "code" => "USD" },
      "invoice-lines" => invoice.lines.map { |l| { "description" => l.item, "quantity" => l.pounds, "price" => l.rate } }
    }.to_json
    Net::HTTP.start(uri.host, uri.port, use_ssl: true) { |http| http.request(req) }
  end
end
""", _v, "Coupa Core API docs: legacy API key X-COUPA-API-KEY header (compass.coupa.com)", key=_v)

_v = rsa_pem()
add("yaml", "private-key", "contracts-portal/config/docusign.yml", r"""
production:
  integration_key: 5a8c3e91-7d2f-4b6a-9e0c-1f4d8b2a7c63
  user_id: 0b7e2d94-3c1a-4f8e-a5d6-9c2e1b7f4a30
  account_id: 7f1c9a2e-4b8d-4e3f-b6a1-2d5c8e0f9b74
  auth_server: account.docusign.com
  base_path: https://na3.docusign.net/restapi
  template_ids:
    hotel_linen_msa: 3c9e1f7a-2b8d-4a6c-9e5f-0d1b7c3a8e24
    hospital_linen_msa: 8a2d6f1c-9e3b-4c7a-b5d0-4f8e2a6c1b93
  private_key: |
@@key@@
""", _v, "DocuSign eSignature docs: JWT grant with an RSA private key (developers.docusign.com/platform/auth/jwt)",
    key="\n".join("    " + line for line in _v.splitlines()))

_v = mixed(25)
add("python", "salesforce-security-token", "crm/sync_contracts.py", r"""
from simple_salesforce import Salesforce

import contracts_db

sf = Salesforce(
    username="integration@tidewaterlinen.com",
    password=contracts_db.secret("sf_password"),
    security_token="@@key@@",
)

for c in contracts_db.active_contracts():
    sf.Contract.upsert(
        f"External_Id__c/{c.code}",
        {
            "AccountId": c.sf_account_id,
            "StartDate": c.start.isoformat(),
            "ContractTerm": c.term_months,
            "Linen_Rate_Per_Lb__c": float(c.rate_per_lb),
            "Par_Level__c": c.par_level,
        },
    )
    print("upserted", c.code)
""", _v, "simple-salesforce docs: username, password and security_token (simple-salesforce.readthedocs.io)", key=_v)

_v = human_pw()
add("sql", "database-password", "db/migrations/V42__reporting_login.sql", r"""
-- Read-only login for the hospital contract dashboards (Power BI gateway)
USE [master];
GO
CREATE LOGIN [pbi_linen_ro] WITH PASSWORD = N'@@pw@@', CHECK_POLICY = ON, DEFAULT_DATABASE = [LinenOps];
GO
USE [LinenOps];
GO
CREATE USER [pbi_linen_ro] FOR LOGIN [pbi_linen_ro];
ALTER ROLE [db_datareader] ADD MEMBER [pbi_linen_ro];
DENY SELECT ON SCHEMA::[billing_internal] TO [pbi_linen_ro];
GO
""", _v, "Microsoft docs: CREATE LOGIN ... WITH PASSWORD (learn.microsoft.com/sql/t-sql/statements/create-login-transact-sql)", pw=_v)

_v = human_pw()
add("r", "database-password", "analysis/linen_loss.R", r"""
library(DBI)
library(dplyr)
library(ggplot2)

con <- dbConnect(
  RPostgres::Postgres(),
  host = "reporting.linenworks.internal",
  dbname = "linenops",
  user = "analyst_kim",
  password = "@@pw@@"
)

issued <- tbl(con, "rfid_issued") %>% filter(customer_type == "hospital")
returned <- tbl(con, "rfid_returned")

loss <- issued %>%
  left_join(returned, by = c("epc", "cycle_id")) %>%
  group_by(customer, item_type) %>%
  summarise(issued = n(), missing = sum(is.na(returned_at))) %>%
  mutate(loss_rate = missing / issued) %>%
  collect()

ggplot(loss, aes(item_type, loss_rate, fill = customer)) +
  geom_col(position = "dodge") +
  labs(title = "Linen loss by item type, hospitals", y = "loss rate")

dbDisconnect(con)
""", _v, "DBI / RPostgres docs: dbConnect with user and password (rpostgres.r-dbi.org)", pw=_v)

_v = human_pw()
_nb = {
    "cells": [
        {"cell_type": "markdown", "metadata": {}, "source": ["# Par levels vs. actual usage, Harborview Hotels Q2\n"]},
        {"cell_type": "code", "execution_count": 1, "metadata": {}, "outputs": [], "source": [
            "import snowflake.connector\n", "import pandas as pd\n", "\n",
            "conn = snowflake.connector.connect(\n",
            "    account=\"xq47210.us-east-1\",\n",
            "    user=\"DANA_R\",\n",
            "    password=\"@@pw@@\",\n",
            "    warehouse=\"ANALYTICS_XS\",\n",
            "    database=\"LINEN\",\n",
            "    schema=\"CONTRACTS\",\n",
            ")\n"]},
        {"cell_type": "code", "execution_count": 2, "metadata": {}, "outputs": [], "source": [
            "df = pd.read_sql(\"select hotel, item, par_level, avg_daily_use from par_vs_use where quarter = '2024Q2'\", conn)\n",
            "df[\"ratio\"] = df.avg_daily_use / df.par_level\n",
            "df.sort_values(\"ratio\", ascending=False).head(20)\n"]},
    ],
    "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"},
                 "language_info": {"name": "python", "version": "3.11.6"}},
    "nbformat": 4, "nbformat_minor": 5,
}
add("notebook", "database-password", "analysis/par_levels_q2.ipynb", json.dumps(_nb, indent=1), _v,
    "Snowflake docs: Python connector connect(user, password) (docs.snowflake.com/en/developer-guide/python-connector)", pw=_v)

_v = human_pw()
add("powershell", "sftp-password", "finance/scripts/Get-HospitalPOs.ps1", r"""
# Downloads purchase orders from the hospital group's SFTP with WinSCP .NET assembly
Add-Type -Path "C:\Program Files (x86)\WinSCP\WinSCPnet.dll"

$sessionOptions = New-Object WinSCP.SessionOptions -Property @{
    Protocol              = [WinSCP.Protocol]::Sftp
    HostName              = "mft.regionalhealth.org"
    UserName              = "tidewater_linen"
    Password              = '@@pw@@'
    SshHostKeyFingerprint = "ssh-ed25519 255 q7Kd0V3o8h1bYc2mXw4pLs9eR6tUaZfGnJ5iH0kQ1yE"
}

$session = New-Object WinSCP.Session
try {
    $session.Open($sessionOptions)
    $result = $session.GetFiles("/outbound/po/*.xml", "D:\Linen\POs\", $true)
    $result.Check()
    foreach ($t in $result.Transfers) { Write-Host "Downloaded $($t.FileName)" }
}
finally {
    $session.Dispose()
}
""", _v, "WinSCP .NET assembly docs: SessionOptions Password (winscp.net/eng/docs/library_sessionoptions)", pw=_v)

# =========================================================================================
# Accounting and back office
# =========================================================================================

_v = mixed(40)
add("javascript", "quickbooks-client-secret", "accounting/qbo/oauthClient.js", r"""
const OAuthClient = require("intuit-oauth");

const oauthClient = new OAuthClient({
  clientId: "@@cid@@",
  clientSecret: "@@key@@",
  environment: "production",
  redirectUri: "https://books.freshfoldlaundry.com/qbo/callback",
});

function authorizeUrl() {
  return oauthClient.authorizeUri({
    scope: [OAuthClient.scopes.Accounting],
    state: "freshfold-" + Date.now(),
  });
}

async function exchange(url) {
  const authResponse = await oauthClient.createToken(url);
  return authResponse.getJson();
}

module.exports = { oauthClient, authorizeUrl, exchange };
""", _v, "Intuit developer docs: intuit-oauth Node client, clientId/clientSecret (developer.intuit.com)",
    key=_v, cid="AB" + mixed(48))

_v = "AB11" + str(random.Random(_seed()).randint(10**12, 10**13 - 1)) + mixed(38)
add("json", "quickbooks-refresh-token", "accounting/qbo/.tokens/realm-9130357844172816.json", r"""
{
  "realmId": "9130357844172816",
  "token_type": "bearer",
  "access_token": "",
  "expires_in": 3600,
  "refresh_token": "@@key@@",
  "x_refresh_token_expires_in": 8726400,
  "createdAt": 1716211445123
}
""", _v, "Intuit developer docs: OAuth 2.0 refresh tokens for QuickBooks Online (developer.intuit.com)", key=_v)

_v = mixed(48, URLSAFE)
add("json", "xero-client-secret", "src/Laundry.Accounting/secrets.json", r"""
{
  "Xero": {
    "ClientId": "@@cid@@",
    "ClientSecret": "@@key@@",
    "CallbackUri": "https://localhost:5001/signin-oidc",
    "Scopes": "openid profile email offline_access accounting.transactions accounting.contacts",
    "TenantId": "4c8e2a91-7b3f-4d6e-a1c5-9f0b8d2e7a36"
  },
  "RevenueAccountCodes": { "WashFold": "4010", "SelfService": "4020", "Commercial": "4030" }
}
""", _v, "Xero developer docs: OAuth 2.0 client id and secret, Xero-NetStandard (developer.xero.com)",
    key=_v, cid=hexu(32))

_v = hexs(64)
add("python", "netsuite-token-secret", "accounting/netsuite/post_revenue.py", r"""
import os

import requests
from requests_oauthlib import OAuth1

ACCOUNT = "7214903"
auth = OAuth1(
    client_key="@@ck@@",
    client_secret=os.environ["NS_CONSUMER_SECRET"],
    resource_owner_key="@@tid@@",
    resource_owner_secret="@@key@@",
    realm=ACCOUNT,
    signature_method="HMAC-SHA256",
)

BASE = f"https://{ACCOUNT}.suitetalk.api.netsuite.com/services/rest/record/v1"


def post_daily_revenue(day, lines):
    body = {
        "tranDate": day.isoformat(),
        "subsidiary": {"id": "3"},
        "memo": f"Store revenue {day}",
        "line": {"items": lines},
    }
    r = requests.post(f"{BASE}/journalEntry", json=body, auth=auth, timeout=60)
    r.raise_for_status()
    return r.headers.get("Location")
""", _v, "NetSuite docs: token-based authentication (consumer key/secret, token id/secret) with OAuth 1.0 HMAC-SHA256",
    key=_v, ck=hexs(64), tid=hexs(64))

_v = human_pw()
add("xml", "password", "accounting/intacct/templates/create_ar_invoice.xml", r"""
<?xml version="1.0" encoding="UTF-8"?>
<request>
  <control>
    <senderid>LinenWorksMPP</senderid>
    <password>{{ sender_password }}</password>
    <controlid>{{ control_id }}</controlid>
    <uniqueid>false</uniqueid>
    <dtdversion>3.0</dtdversion>
  </control>
  <operation>
    <authentication>
      <login>
        <userid>ws_ar_user</userid>
        <companyid>LinenWorks</companyid>
        <password>@@pw@@</password>
      </login>
    </authentication>
    <content>
      <function controlid="inv-{{ invoice_no }}">
        <create>
          <ARINVOICE>
            <CUSTOMERID>{{ customer_id }}</CUSTOMERID>
            <WHENCREATED>{{ date }}</WHENCREATED>
            <TERMNAME>Net 30</TERMNAME>
            <ARINVOICEITEMS>{{ items }}</ARINVOICEITEMS>
          </ARINVOICE>
        </create>
      </function>
    </content>
  </operation>
</request>
""", _v, "Sage Intacct XML API docs: control/senderid and login/userid/password (developer.intacct.com)", pw=_v)

_v = hexs(30)
add("python", "plaid-secret", "accounting/bank/plaid_sync.py", r"""
import datetime as dt

import plaid
from plaid.api import plaid_api
from plaid.model.transactions_sync_request import TransactionsSyncRequest

configuration = plaid.Configuration(
    host=plaid.Environment.Production,
    api_key={"clientId": "@@cid@@", "secret": "@@key@@"},
)
client = plaid_api.PlaidApi(plaid.ApiClient(configuration))


def sync(access_token_ref, cursor=None):
    from vault import read_secret  # bank item access tokens live in vault
    req = TransactionsSyncRequest(access_token=read_secret(access_token_ref), cursor=cursor or "")
    resp = client.transactions_sync(req)
    deposits = [t for t in resp["added"] if t["amount"] < 0 and "CARD SETTLEMENT" in t["name"].upper()]
    print(dt.date.today(), "card settlement deposits:", len(deposits))
    return resp["next_cursor"], deposits
""", _v, "Plaid API docs: client_id and secret keys (plaid.com/docs/api)", key=_v, cid=hexs(24))

_v = hexu(16)
add("csharp", "avalara-license-key", "src/Laundry.Tax/TaxService.cs", r"""
using Avalara.AvaTax.RestClient;

namespace Laundry.Tax
{
    public class TaxService
    {
        private readonly AvaTaxClient _client = new AvaTaxClient("LaundryPOS", "3.1", "pos-01", AvaTaxEnvironment.Production)
            .WithSecurity(2001184753, "@@key@@");

        public TransactionModel QuoteWashAndFold(string customerCode, decimal pounds, decimal rate, AddressInfo shipTo)
        {
            return new TransactionBuilder(_client, "FRESHFOLD", DocumentType.SalesOrder, customerCode)
                .WithAddress(TransactionAddressType.SingleLocation, shipTo.line1, null, null, shipTo.city, shipTo.region, shipTo.postalCode, "US")
                .WithLine(pounds * rate, pounds, "SL020000", "Wash and fold service")
                .Create();
        }
    }
}
""", _v, "Avalara AvaTax docs: account ID and license key, WithSecurity (developer.avalara.com)", key=_v)

_v_key = rsa_pem(pkcs8=True)
_v = _v_key.splitlines()[5]
_sa = {
    "type": "service_account",
    "project_id": "freshfold-analytics",
    "private_key_id": hexs(40),
    "private_key": _v_key + "\n",
    "client_email": "looker-export@freshfold-analytics.iam.gserviceaccount.com",
    "client_id": str(random.Random(_seed()).randint(10**20, 10**21 - 1)),
    "auth_uri": "https://accounts.google.com/o/oauth2/auth",
    "token_uri": "https://oauth2.googleapis.com/token",
    "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",
    "client_x509_cert_url": "https://www.googleapis.com/robot/v1/metadata/x509/looker-export%40freshfold-analytics.iam.gserviceaccount.com",
    "universe_domain": "googleapis.com",
}
add("json", "gcp-service-account-key", "analytics/credentials/looker-export-sa.json", json.dumps(_sa, indent=2), _v,
    "Google Cloud docs: service account key file format (cloud.google.com/iam/docs/keys-create-delete)")

_v = gen_pw(20)
add("compose", "database-password", "bi/metabase/docker-compose.yml", r"""
version: "3.8"
services:
  metabase:
    image: metabase/metabase:v0.49.12
    ports:
      - "3000:3000"
    environment:
      MB_DB_TYPE: postgres
      MB_DB_DBNAME: metabase
      MB_DB_PORT: 5432
      MB_DB_USER: metabase
      MB_DB_PASS: @@pw@@
      MB_DB_HOST: pg-bi.internal
      JAVA_TIMEZONE: America/New_York
    restart: unless-stopped
""", _v, "Metabase docs: configuring the application database, MB_DB_PASS (metabase.com/docs)", pw=_v)

_v = human_pw()
add("ini", "odbc-password", "back-office/odbc/odbc.ini", r"""
[ODBC Data Sources]
Sage100Linen = Microsoft ODBC Driver 18 for SQL Server

[Sage100Linen]
Driver      = ODBC Driver 18 for SQL Server
Server      = tcp:sage-sql01.linenworks.local,1433
Database    = MAS_LWC
UID         = sage_report
PWD         = @@pw@@
Encrypt     = yes
TrustServerCertificate = yes
""", _v, "Microsoft ODBC Driver for SQL Server on Linux: DSN keywords UID/PWD in odbc.ini", pw=_v)

_v = mixed(40)
add("yaml", "oauth-client-secret", "payroll/config/adp.yml", r"""
adp:
  token_url: https://accounts.adp.com/auth/oauth/v2/token
  api_base: https://api.adp.com
  client_id: 3b7f1c9e-2a4d-4e8b-9c6f-0d1e5a7b3c82
  client_secret: @@key@@
  cert_file: /etc/payroll/adp/linenworks.crt
  key_file: /etc/payroll/adp/linenworks.key
sync:
  worker_groups: [plant-1st-shift, plant-2nd-shift, route-drivers]
  pay_period: biweekly
""", _v, "ADP Marketplace / API Central docs: client credentials with mutual TLS (developers.adp.com)", key=_v)

_v = human_pw()
add("vba", "database-password", "back-office/excel/DailyTakings.bas", r"""
Attribute VB_Name = "DailyTakings"
Option Explicit

' Pulls yesterday's takings per store from the POS database into the "Takings" sheet
Public Sub RefreshTakings()
    Dim cn As Object, rs As Object, ws As Worksheet
    Set ws = ThisWorkbook.Worksheets("Takings")
    Set cn = CreateObject("ADODB.Connection")
    cn.Open "Provider=MSOLEDBSQL;Data Source=pos-sql.freshfold.local;Initial Catalog=LaundryPos;" & _
            "User ID=excel_report;Password=@@pw@@;"
    Set rs = cn.Execute("SELECT store_name, SUM(amount_cents)/100.0 AS takings, COUNT(*) AS cycles " & _
                        "FROM machine_sales WHERE sale_date = CAST(DATEADD(day,-1,GETDATE()) AS date) " & _
                        "GROUP BY store_name ORDER BY store_name")
    ws.Range("A2:C200").ClearContents
    ws.Range("A2").CopyFromRecordset rs
    rs.Close
    cn.Close
    ws.Range("E1").Value = "Refreshed " & Format(Now, "yyyy-mm-dd hh:nn")
End Sub
""", _v, "Microsoft docs: ADO Connection.Open with an OLE DB connection string (learn.microsoft.com/sql/ado)", pw=_v)

# =========================================================================================
# CI, containers, clusters, app frameworks
# =========================================================================================

_v = github_pat()
add("github-actions", "github-token", ".github/workflows/build-kiosk-image.yml", r"""
name: build kiosk image

on:
  push:
    branches: [main]
    paths: ["kiosk/**"]

jobs:
  build:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - name: Fetch shared reader drivers
        run: |
          git clone --depth 1 https://washhub-ci:@@key@@@github.com/washhub/reader-drivers.git kiosk/vendor/reader-drivers
      - uses: docker/setup-buildx-action@v3
      - uses: docker/login-action@v3
        with:
          registry: ghcr.io
          username: ${{ github.actor }}
          password: ${{ secrets.GITHUB_TOKEN }}
      - uses: docker/build-push-action@v5
        with:
          context: kiosk
          push: true
          tags: ghcr.io/washhub/kiosk:${{ github.sha }}
""", _v, "GitHub docs: personal access tokens over HTTPS clone URLs (docs.github.com/authentication)", key=_v)

_v = "npm_" + mixed(36)
add("npmrc", "npm-token", "customer-app/.npmrc", r"""
@washhub:registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=@@key@@
save-exact=true
engine-strict=true
fund=false
""", _v, "npm docs: .npmrc _authToken for the registry (docs.npmjs.com/cli/configuring-npm/npmrc)", key=_v)

_v = gen_pw(24)
add("docker-config", "registry-password", "deploy/store-gateway/docker/config.json", r"""
{
  "auths": {
    "registry.linenworks.com": {
      "auth": "@@auth@@"
    },
    "ghcr.io": {}
  },
  "credsStore": "",
  "HttpHeaders": {
    "User-Agent": "Docker-Client/24.0.7 (linux)"
  }
}
""", _v, "Docker docs: config.json auths, base64 of user:password (docs.docker.com/reference/cli/docker/login)",
    auth=b64("gateway-pull:" + _v))

_v = stripe_live()
add("k8s-secret", "stripe-secret-key", "k8s/prod/payments-secrets.yaml", r"""
apiVersion: v1
kind: Secret
metadata:
  name: payments-secrets
  namespace: payments
  labels:
    app.kubernetes.io/name: payments-service
type: Opaque
data:
  STRIPE_SECRET_KEY: @@key@@
  STRIPE_TERMINAL_LOCATION: @@loc@@
""", _v, "Kubernetes docs: Secret data values are base64-encoded (kubernetes.io/docs/concepts/configuration/secret)",
    key=b64(_v), loc=b64("tml_FfLd3k0wn7aQx2"))

_v = gen_pw(20)
add("k8s-secret", "database-url", "k8s/prod/route-api-db.yaml", r"""
apiVersion: v1
kind: Secret
metadata:
  name: route-api-db
  namespace: routes
type: Opaque
data:
  DATABASE_URL: @@url@@
  DATABASE_POOL: MTA=
---
apiVersion: v1
kind: ConfigMap
metadata:
  name: route-api-config
  namespace: routes
data:
  PICKUP_WINDOW_MINUTES: "120"
  DEFAULT_DEPOT: "plant-providence"
""", _v, "Kubernetes docs: Secret data values are base64-encoded; PostgreSQL connection URIs",
    url=b64(f"postgresql://route_api:{_v}@pg-routes.internal:5432/routes?sslmode=require"))

_v = human_pw()
add("terraform", "database-password", "infra/envs/prod/terraform.tfvars", r"""
region            = "us-east-2"
environment       = "prod"
vpc_cidr          = "10.60.0.0/16"
db_instance_class = "db.t4g.medium"
db_name           = "laundry"
db_username       = "laundry_admin"
db_password       = "@@pw@@"
kiosk_ami         = "ami-0c7f3e9a1b2d45e68"
stores            = ["st04", "st07", "st09", "st14", "st22"]
""", _v, "Terraform docs: variable definitions (.tfvars) files (developer.hashicorp.com/terraform/language/values/variables)", pw=_v)

_v = human_pw()
add("ansible", "database-password", "ansible/group_vars/store_servers.yml", r"""
---
timezone: America/New_York
ntp_servers:
  - 0.us.pool.ntp.org
  - 1.us.pool.ntp.org

mysql_root_password: "{{ vault_mysql_root_password }}"
mysql_databases:
  - name: card_system
mysql_users:
  - name: cardsync
    host: "%"
    password: "@@pw@@"
    priv: "card_system.*:ALL"

pos_service_port: 8088
backup_target: "s3://brightwash-store-backups/{{ inventory_hostname }}"
""", _v, "Ansible community.mysql.mysql_user docs: password parameter in group_vars", pw=_v)

_v = django_key()
add("python", "django-secret-key", "route_portal/route_portal/settings.py", r"""
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent

SECRET_KEY = "@@key@@"
DEBUG = False
ALLOWED_HOSTS = ["routes.tidewaterlinen.com"]

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "routes",
    "contracts",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
]

ROOT_URLCONF = "route_portal.urls"
TIME_ZONE = "America/New_York"
USE_TZ = True
STATIC_ROOT = BASE_DIR / "static"
""", _v, "Django docs: SECRET_KEY setting (docs.djangoproject.com/en/stable/ref/settings/#secret-key)", key=_v)

_v = hexs(128)
add("yaml", "rails-secret-key-base", "sudscity/config/secrets.yml", r"""
development:
  secret_key_base: 3b1f0e7f6a2d4c8e9b5a1d7c3e0f2a4b6c8d0e1f3a5b7c9d1e3f5a7b9c1d3e5f7a9b1c3d5e7f9a1b3c5d7e9f1a3b5c7d9e1f3a5b7c9d1e3f5a7b9c1d3e5f

test:
  secret_key_base: 1c9a8e7f6d5c4b3a2918f7e6d5c4b3a291807f6e5d4c3b2a19081f7e6d5c4b3a2918f7e6d5c4b3a291807f6e5d4c3b2a19081f7e6d5c4b3a2918f7e6d5c4b3a

production:
  secret_key_base: @@key@@
""", _v, "Rails guides: secret_key_base in config/secrets.yml (guides.rubyonrails.org/security.html)", key=_v)

_v = "base64:" + b64bytes(32)
add("dotenv", "laravel-app-key", "tumbledry-portal/.env", r"""
APP_NAME=TumbleDry
APP_ENV=production
APP_KEY=@@key@@
APP_DEBUG=false
APP_URL=https://portal.tumbledrylaundry.com

DB_CONNECTION=mysql
DB_HOST=127.0.0.1
DB_PORT=3306
DB_DATABASE=tumbledry
DB_USERNAME=tumbledry

QUEUE_CONNECTION=database
SESSION_DRIVER=database
""", _v, "Laravel docs: APP_KEY encryption key (laravel.com/docs/encryption)", key=_v)

_v = gen_pw(48, "-_")
add("typescript", "jwt-signing-secret", "customer-api/src/auth/jwt.ts", r"""
import jwt from "jsonwebtoken";

const JWT_SECRET = process.env.JWT_SECRET ?? "@@key@@";
const ISSUER = "api.washhub.app";

export interface Claims {
  sub: string;
  storeId?: string;
  role: "customer" | "attendant" | "owner";
}

export function sign(claims: Claims): string {
  return jwt.sign(claims, JWT_SECRET, { issuer: ISSUER, expiresIn: "30d" });
}

export function verify(token: string): Claims {
  return jwt.verify(token, JWT_SECRET, { issuer: ISSUER }) as Claims;
}
""", _v, "jsonwebtoken docs: sign/verify with an HMAC secret (github.com/auth0/node-jsonwebtoken)", key=_v)

_v = "sntryu_" + hexs(64)
add("properties", "sentry-auth-token", "customer-app/android/sentry.properties", r"""
defaults.url=https://sentry.io/
defaults.org=washhub
defaults.project=customer-app-android
auth.token=@@key@@
cli.executable=node_modules/@sentry/cli/bin/sentry-cli
""", _v, "Sentry docs: sentry.properties auth.token for sentry-cli (docs.sentry.io/cli/configuration)", key=_v)

_v = "glpat-" + mixed(20, URLSAFE)
add("gitlab-ci", "gitlab-token", ".gitlab-ci.yml", r"""
stages: [test, package, deploy]

variables:
  PIP_CACHE_DIR: "$CI_PROJECT_DIR/.cache/pip"

test:
  stage: test
  image: python:3.12-slim
  script:
    - pip install -r requirements-dev.txt
    - pytest -q

package:
  stage: package
  image: python:3.12-slim
  script:
    - pip install build twine
    - python -m build
    - TWINE_USERNAME=gitlab-ci-token TWINE_PASSWORD=@@key@@ twine upload --repository-url https://gitlab.linenworks.com/api/v4/projects/88/packages/pypi dist/*
  only: [tags]

deploy:
  stage: deploy
  image: alpine:3.19
  script:
    - apk add --no-cache openssh-client
    - ssh deploy@plant-app01 "sudo systemctl restart linen-scheduler"
  only: [main]
""", _v, "GitLab docs: personal access tokens glpat- for the PyPI package registry (docs.gitlab.com/ee/user/packages/pypi_repository)", key=_v)

_v = human_pw()
add("shell-history", "database-password", "store-server/root/.bash_history", r"""
systemctl status cardsync
journalctl -u cardsync --since today | tail -50
mysql -u cardsync -p'@@pw@@' -h 127.0.0.1 card_system -e "select count(*) from cards where balance_cents > 0"
mysqldump -u cardsync -p'@@pw@@' card_system > /root/card_system_$(date +%F).sql
ls -lh /root/*.sql
systemctl restart cardsync
exit
""", _v, "MySQL docs: mysql -p<password> on the command line (dev.mysql.com/doc/refman/8.0/en/password-security-user.html)", pw=_v)

_v = openai_key()
add("dockerfile", "openai-api-key", "support-bot/Dockerfile", r"""
FROM python:3.12-slim

WORKDIR /app
ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    OPENAI_API_KEY=@@key@@ \
    BOT_STORE_FAQ=/app/faq/stores.md

COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt
COPY . .

EXPOSE 8000
CMD ["uvicorn", "bot.main:app", "--host", "0.0.0.0", "--port", "8000"]
""", _v, "OpenAI docs: API keys, OPENAI_API_KEY environment variable (platform.openai.com/docs)", key=_v)

_v = human_pw()
add("markdown", "password", "docs/runbooks/card-system-restore.md", r"""
# Runbook: restore the laundry card system after a back-office PC failure

Applies to stores running the card kiosk + card readers on every machine (stores 04, 07, 09).

1. Take the spare NUC from the office closet, plug it into the back-office switch port 1.
2. Install SQL Server Express 2019 (installer on the NAS: `\\nas01\software\sql`).
3. Restore last night's backup:

   ```
   sqlcmd -S .\SQLEXPRESS -U sa -P "@@pw@@" -Q "RESTORE DATABASE ESDCard FROM DISK='D:\backup\ESDCard.bak' WITH REPLACE"
   ```

4. Start the card server service and check the kiosk shows "Online".
5. Test with the attendant card: add $1.00, start washer 1, check the balance drops.
6. Tell the owner in #store-ops which PC is now the server.

If the readers show "NO SERVER" after 10 minutes, power-cycle the reader hub (grey box above the dryers).
""", _v, "sqlcmd utility docs: -U login -P password (learn.microsoft.com/sql/tools/sqlcmd)", pw=_v)

_v = stripe_live(long=False)
add("markdown", "stripe-secret-key", "kiosk/README.md", r"""
# Kiosk

The kiosk app runs on the touch screen by the door: customers top up their laundry card or app wallet.

## Running locally

```bash
npm install
npm run dev
```

## Checking a payment by hand

When a customer says the kiosk took the money but the card was not credited:

```bash
curl https://api.stripe.com/v1/payment_intents/pi_3P2xYzAbCdEf01 \
  -u @@key@@:
```

Look at `status` and `metadata.card_number`, then credit the card from the admin screen.

## Deploy

Merge to `main`; the image is built by CI and the kiosks pull it at 4am.
""", _v, "Stripe API reference: authentication with curl -u sk_...: (docs.stripe.com/api/authentication)", key=_v)

_v = mixed(40, URLSAFE)
add("terraform", "cloudflare-api-token", "infra/dns/providers.tf", r"""
terraform {
  required_providers {
    cloudflare = {
      source  = "cloudflare/cloudflare"
      version = "~> 4.30"
    }
  }
}

provider "cloudflare" {
  api_token = "@@key@@"
}

variable "zone_id" {
  default = "9a3f1c7e2b8d4e6f0a1c3e5b7d9f2a4c"
}

resource "cloudflare_record" "status" {
  zone_id = var.zone_id
  name    = "status"
  value   = "status-washhub.pages.dev"
  type    = "CNAME"
  proxied = true
}
""", _v, "Cloudflare Terraform provider docs: api_token (registry.terraform.io/providers/cloudflare/cloudflare)", key=_v)

_v = hexs(32) + "-us21"
add("php", "mailchimp-api-key", "washfold-web/app/Services/Newsletter.php", r"""
<?php

namespace App\Services;

use MailchimpMarketing\ApiClient;

class Newsletter
{
    private ApiClient $client;
    private string $listId = 'b4e91c2d7a';

    public function __construct()
    {
        $this->client = new ApiClient();
        $this->client->setConfig([
            'apiKey' => '@@key@@',
            'server' => 'us21',
        ]);
    }

    public function subscribe(string $email, string $firstName, string $store): void
    {
        $this->client->lists->setListMember($this->listId, md5(strtolower($email)), [
            'email_address' => $email,
            'status_if_new' => 'subscribed',
            'merge_fields'  => ['FNAME' => $firstName, 'STORE' => $store],
        ]);
    }
}
""", _v, "Mailchimp Marketing API docs: API key with data center suffix (mailchimp.com/developer/marketing)", key=_v)

_v = "pat-na1-" + uuid_s()
add("python", "hubspot-private-app-token", "crm/hubspot_commercial_leads.py", r"""
import requests

HUBSPOT_TOKEN = "@@key@@"
HEADERS = {"Authorization": f"Bearer {HUBSPOT_TOKEN}", "Content-Type": "application/json"}


def add_commercial_lead(company, contact_name, email, phone, rooms):
    body = {
        "properties": {
            "name": company,
            "phone": phone,
            "industry": "HOSPITALITY",
            "numberofrooms": str(rooms),
            "lifecyclestage": "lead",
        }
    }
    r = requests.post("https://api.hubapi.com/crm/v3/objects/companies", json=body, headers=HEADERS, timeout=20)
    r.raise_for_status()
    company_id = r.json()["id"]
    first, _, last = contact_name.partition(" ")
    c = requests.post("https://api.hubapi.com/crm/v3/objects/contacts", headers=HEADERS, timeout=20,
                      json={"properties": {"email": email, "firstname": first, "lastname": last}})
    c.raise_for_status()
    return company_id, c.json()["id"]
""", _v, "HubSpot developer docs: private app access tokens pat-na1- (developers.hubspot.com/docs/api/private-apps)", key=_v)

_v = "GOCSPX-" + mixed(28, URLSAFE)
add("json", "google-oauth-client-secret", "route-tools/client_secret.json", r"""
{
  "installed": {
    "client_id": "418530927714-7k2q9f3m1v8c4n6b0x5z2r7t9y1u3p6a.apps.googleusercontent.com",
    "project_id": "route-sheets-412918",
    "auth_uri": "https://accounts.google.com/o/oauth2/auth",
    "token_uri": "https://oauth2.googleapis.com/token",
    "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",
    "client_secret": "@@key@@",
    "redirect_uris": ["http://localhost"]
  }
}
""", _v, "Google Identity docs: OAuth client_secret.json for installed apps (developers.google.com/identity/protocols/oauth2)", key=_v)

_v = b64bytes(64)
add("yaml", "azure-storage-key", "azure-pipelines.yml", r"""
trigger:
  branches:
    include: [main]

pool:
  vmImage: ubuntu-latest

variables:
  buildConfiguration: Release
  STORAGE_CONN: "DefaultEndpointsProtocol=https;AccountName=linenworksreports;AccountKey=@@key@@;EndpointSuffix=core.windows.net"

steps:
  - task: UseDotNet@2
    inputs:
      version: 8.x
  - script: dotnet publish src/Linen.Reports -c $(buildConfiguration) -o $(Build.ArtifactStagingDirectory)/app
    displayName: publish
  - script: |
      az storage blob upload-batch --connection-string "$(STORAGE_CONN)" \
        -d releases -s $(Build.ArtifactStagingDirectory)/app --overwrite
    displayName: upload release
""", _v, "Azure Storage docs: connection string with AccountKey (learn.microsoft.com/azure/storage/common/storage-configure-connection-string)", key=_v)

_v = jwt({"iss": "supabase", "ref": draw(20, string.ascii_lowercase), "role": "service_role", "iat": 1707091200, "exp": 2022667200})
add("dotenv", "supabase-service-role-key", "booking-web/.env.local", r"""
NEXT_PUBLIC_SUPABASE_URL=https://qzxkvtmrplwnbydhcaoe.supabase.co
NEXT_PUBLIC_SITE_NAME="Bubbles Laundry Pickup"
# server only: used by /api/admin/* routes to bypass RLS
SUPABASE_SERVICE_ROLE_KEY=@@key@@
PICKUP_SLOTS_PER_HOUR=6
""", _v, "Supabase docs: API keys, service_role key must stay on the server (supabase.com/docs/guides/api/api-keys)", key=_v)

_v = hexs(32)
add("swift", "twilio-auth-token", "customer-app/ios/WashHub/Services/PhoneVerification.swift", r"""
import Foundation

/// Sends the sign-in code by SMS (Twilio Verify).
enum PhoneVerification {
    private static let accountSid = "@@sid@@"
    private static let authToken = "@@key@@"
    private static let serviceSid = "@@vsid@@"

    static func sendCode(to phone: String) async throws {
        let url = URL(string: "https://verify.twilio.com/v2/Services/\(serviceSid)/Verifications")!
        var request = URLRequest(url: url)
        request.httpMethod = "POST"
        let credentials = Data("\(accountSid):\(authToken)".utf8).base64EncodedString()
        request.setValue("Basic \(credentials)", forHTTPHeaderField: "Authorization")
        request.setValue("application/x-www-form-urlencoded", forHTTPHeaderField: "Content-Type")
        request.httpBody = "To=\(phone)&Channel=sms".data(using: .utf8)
        let (_, response) = try await URLSession.shared.data(for: request)
        guard (response as? HTTPURLResponse)?.statusCode == 201 else { throw URLError(.badServerResponse) }
    }
}
""", _v, "Twilio Verify API docs: HTTP Basic with account SID and auth token (twilio.com/docs/verify/api)",
    key=_v, sid=twilio_sid(), vsid=twilio_sid("VA"))

_v = slack_bot()
add("python", "slack-bot-token", "reporting/daily_takings_to_slack.py", r"""
import datetime as dt

from slack_sdk import WebClient

from warehouse import takings_by_store

client = WebClient(token="@@key@@")
CHANNEL = "C04LAUNDRY7"

day = dt.date.today() - dt.timedelta(days=1)
rows = takings_by_store(day)
lines = [f"*Takings {day:%a %d %b}*"]
for store, cards, app, coins in rows:
    lines.append(f"{store}: cards ${cards:,.2f} | app ${app:,.2f} | coins ${coins:,.2f}")
lines.append(f"Total: ${sum(c + a + q for _, c, a, q in rows):,.2f}")
client.chat_postMessage(channel=CHANNEL, text="\n".join(lines))
""", _v, "Slack API docs: bot tokens xoxb- with slack_sdk WebClient (api.slack.com/authentication/token-types)", key=_v)

_v = hexs(32)
add("python", "pagerduty-routing-key", "telemetry/alerts/tunnel_washer_pager.py", r"""
import requests

ROUTING_KEY = "@@key@@"


def page(summary, source, severity="critical", details=None):
    event = {
        "routing_key": ROUTING_KEY,
        "event_action": "trigger",
        "dedup_key": f"{source}:{summary}",
        "payload": {
            "summary": summary,
            "source": source,
            "severity": severity,
            "component": "tunnel-washer",
            "custom_details": details or {},
        },
    }
    r = requests.post("https://events.pagerduty.com/v2/enqueue", json=event, timeout=10)
    r.raise_for_status()


if __name__ == "__main__":
    page("Tunnel washer TW-2 chemical pump fault", "plant-plc-02", details={"pump": "alkali", "code": "E41"})
""", _v, "PagerDuty Events API v2 docs: routing_key (developer.pagerduty.com/docs/events-api-v2)", key=_v)

_v = mixed(64, URLSAFE)
add("dotenv", "auth0-client-secret", "owner-dashboard/.env", r"""
AUTH0_SECRET_REF=vault:owner-dashboard/session
AUTH0_BASE_URL=https://owners.laundrylink.io
AUTH0_ISSUER_BASE_URL=https://laundrylink.us.auth0.com
AUTH0_CLIENT_ID=Q7mT2xK9vL4pR8wZ1cN6bH3yF5jD0sGa
AUTH0_CLIENT_SECRET=@@key@@
AUTH0_AUDIENCE=https://api.laundrylink.io
""", _v, "Auth0 docs: Next.js SDK environment AUTH0_CLIENT_SECRET (auth0.com/docs/quickstart/webapp/nextjs)", key=_v)

_v = gen_pw(20)
add("ini", "database-url", "linen-scheduler/alembic.ini", r"""
[alembic]
script_location = migrations
prepend_sys_path = .
sqlalchemy.url = postgresql+psycopg://scheduler:@@pw@@@pg-plant.linenworks.internal/scheduler

[loggers]
keys = root,sqlalchemy,alembic

[handlers]
keys = console

[formatters]
keys = generic

[logger_root]
level = WARN
handlers = console

[handler_console]
class = StreamHandler
args = (sys.stderr,)
level = NOTSET
formatter = generic

[formatter_generic]
format = %(levelname)-5.5s [%(name)s] %(message)s
""", _v, "Alembic docs: alembic.ini sqlalchemy.url (alembic.sqlalchemy.org/en/latest/tutorial.html)", pw=_v)

_v = human_pw()
add("xml", "maven-password", "ci/maven/settings.xml", r"""
<settings xmlns="http://maven.apache.org/SETTINGS/1.0.0"
          xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
          xsi:schemaLocation="http://maven.apache.org/SETTINGS/1.0.0 https://maven.apache.org/xsd/settings-1.0.0.xsd">
  <servers>
    <server>
      <id>linenworks-nexus</id>
      <username>ci-deployer</username>
      <password>@@pw@@</password>
    </server>
  </servers>
  <mirrors>
    <mirror>
      <id>linenworks-nexus</id>
      <mirrorOf>*</mirrorOf>
      <url>https://nexus.linenworks.com/repository/maven-public/</url>
    </mirror>
  </mirrors>
</settings>
""", _v, "Apache Maven docs: settings.xml servers username/password (maven.apache.org/settings.html)", pw=_v)

_v = gen_pw(24)
add("toml", "database-url", "telemetry-rs/config/prod.toml", r"""
[server]
bind = "0.0.0.0:9000"
workers = 4

[database]
url = "postgres://telemetry_rw:@@pw@@@timescale.brightwash.internal:5432/telemetry"
max_connections = 16

[mqtt]
host = "mqtt.brightwash.net"
port = 8883
client_id = "telemetry-rs-prod"
topics = ["stores/+/machines/+/cycle", "stores/+/readers/+/heartbeat"]

[alerts]
dryer_over_temp_c = 82
reader_offline_after_s = 300
""", _v, "PostgreSQL docs: connection URIs postgres://user:password@host/db; TOML config for a Rust service", pw=_v)

# =========================================================================================
# Decoys: placeholders, references, public identifiers
# =========================================================================================

BCRYPT = "./" + string.ascii_uppercase + string.ascii_lowercase + string.digits


def bcrypt_hash(cost: int = 12) -> str:
    return f"$2b${cost:02d}$" + draw(53, BCRYPT)


decoy("dotenv", "placeholder", "kiosk-backend/.env.example", r"""
# Copy to .env and fill in from 1Password ("Kiosk backend - prod"). Never commit the real .env.
DJANGO_SETTINGS_MODULE=laundromat.settings.production
KIOSK_DB_PASSWORD=
STRIPE_SECRET_KEY=sk_live_your_key_here
STRIPE_WEBHOOK_SECRET=whsec_...
TWILIO_ACCOUNT_SID=ACxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx
TWILIO_AUTH_TOKEN=your_auth_token
DATABASE_URL=postgres://kiosk:CHANGE_ME@localhost:5432/kiosk
ONFLEET_API_KEY=
SENTRY_DSN=
""", "Twelve-factor app config (12factor.net/config); .env.example convention")

decoy("javascript", "publishable-key", "kiosk/src/payments/stripeClient.js", r"""
import { loadStripe } from "@stripe/stripe-js";

// Publishable key: safe to ship in the kiosk bundle (docs.stripe.com/keys#obtain-api-keys)
const STRIPE_PUBLISHABLE_KEY = "@@pk@@";

let stripePromise;
export function getStripe() {
  if (!stripePromise) stripePromise = loadStripe(STRIPE_PUBLISHABLE_KEY);
  return stripePromise;
}

export async function confirmTopUp(clientSecret, elements) {
  const stripe = await getStripe();
  return stripe.confirmPayment({
    elements,
    clientSecret,
    confirmParams: { return_url: window.location.origin + "/topup/done" },
    redirect: "if_required",
  });
}
""", "Stripe docs: publishable keys are meant for client-side code (docs.stripe.com/keys)", pk=stripe_live("pk"))

decoy("swift", "publishable-key", "customer-app/ios/WashHub/Config/PaymentsConfig.swift", r"""
import Foundation
import StripeApplePay

enum PaymentsConfig {
    /// Publishable key, public by design. The secret key only lives on the payments service.
    static let stripePublishableKey = "@@pk@@"
    static let applePayMerchantId = "merchant.app.washhub.customer"
    static let backendURL = URL(string: "https://api.washhub.app")!

    static func configure() {
        StripeAPI.defaultPublishableKey = stripePublishableKey
    }
}
""", "Stripe iOS SDK docs: StripeAPI.defaultPublishableKey (docs.stripe.com/apple-pay)", pk=stripe_live("pk"))

decoy("xml", "public-token", "driver-app/android/app/src/main/res/values/mapbox_access_token.xml", r"""
<?xml version="1.0" encoding="utf-8"?>
<resources xmlns:tools="http://schemas.android.com/tools">
    <!-- Public token (pk.), URL-restricted. The secret downloads token is in ~/.gradle/gradle.properties only. -->
    <string name="mapbox_access_token" translatable="false" tools:ignore="UnusedResources">@@pk@@</string>
    <string name="mapbox_style_url" translatable="false">mapbox://styles/washhub/clr8x2k9v00a101qs3h7b4e2c</string>
</resources>
""", "Mapbox docs: Android access token resource, public pk. tokens (docs.mapbox.com/android/maps/guides/install)",
    pk=mapbox_token("pk", "washhub"))

decoy("javascript", "public-identifier", "booking-web/src/lib/firebase.js", r"""
import { initializeApp } from "firebase/app";
import { getAuth } from "firebase/auth";
import { getMessaging } from "firebase/messaging";

// Firebase web config: these values identify the project and are public by design.
// Access is controlled by Security Rules and App Check, not by hiding the apiKey.
const firebaseConfig = {
  apiKey: "@@key@@",
  authDomain: "bubbles-laundry.firebaseapp.com",
  projectId: "bubbles-laundry",
  storageBucket: "bubbles-laundry.appspot.com",
  messagingSenderId: "602418839271",
  appId: "1:602418839271:web:7c4e91b2a3d05f6e81c2a9",
  measurementId: "G-4QK7M2XZ9P",
};

export const app = initializeApp(firebaseConfig);
export const auth = getAuth(app);
export const messaging = getMessaging(app);
""", "Firebase docs: Learn about using and managing API keys for Firebase (firebase.google.com/docs/projects/api-keys)",
    key=google_key())

decoy("typescript", "public-dsn", "booking-web/src/instrument.ts", r"""
import * as Sentry from "@sentry/nextjs";

// The DSN only lets clients send events; Sentry documents it as safe to expose.
Sentry.init({
  dsn: "https://@@pub@@@o4506117.ingest.us.sentry.io/4506117902",
  environment: process.env.NEXT_PUBLIC_VERCEL_ENV ?? "development",
  tracesSampleRate: 0.1,
  replaysSessionSampleRate: 0,
  replaysOnErrorSampleRate: 1.0,
});
""", "Sentry docs: DSN explainer, DSNs are safe to keep public (docs.sentry.io/concepts/key-terms/dsn-explainer)", pub=hexs(32))

decoy("typescript", "public-identifier", "pickup-app/web/src/checkout/squareCard.ts", r"""
import { payments } from "@square/web-sdk";

// Square Web Payments SDK: application ID and location ID are public identifiers.
const APP_ID = "sq0idp-@@app@@";
const LOCATION_ID = "L@@loc@@";

export async function mountCard(selector: string) {
  const p = await payments(APP_ID, LOCATION_ID);
  if (!p) throw new Error("Square payments unavailable");
  const card = await p.card();
  await card.attach(selector);
  return card;
}

export async function tokenize(card: { tokenize(): Promise<{ status: string; token?: string }> }) {
  const result = await card.tokenize();
  if (result.status !== "OK" || !result.token) throw new Error("card tokenize failed");
  return result.token; // one-time nonce, sent to our server
}
""", "Square docs: Web Payments SDK, application ID and location ID (developer.squareup.com/docs/web-payments/overview)",
    app=mixed(22, URLSAFE), loc=draw(12, string.ascii_uppercase + string.digits))

decoy("html", "public-identifier", "pickup-site/templates/checkout.html", r"""
<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>Schedule a pickup - Tumble & Fold</title>
  <!-- PayPal JS SDK: the client-id is public, the secret stays on the server -->
  <script src="https://www.paypal.com/sdk/js?client-id=@@cid@@&currency=USD&intent=capture"></script>
  <script src="https://www.google.com/recaptcha/api.js" async defer></script>
</head>
<body>
  <form id="pickup" method="post" action="/pickup">
    <label>Pickup date <input type="date" name="date" required></label>
    <label>Bags <input type="number" name="bags" min="1" max="10" value="1"></label>
    <div class="g-recaptcha" data-sitekey="6L@@site@@"></div>
    <div id="paypal-buttons"></div>
  </form>
  <script src="/static/js/checkout.js"></script>
</body>
</html>
""", "PayPal JS SDK docs: client-id query parameter (developer.paypal.com/sdk/js/configuration); reCAPTCHA site key",
    cid="A" + mixed(79, URLSAFE), site=mixed(38, URLSAFE))

decoy("javascript", "public-identifier", "kiosk/src/payments/adyenDropin.js", r"""
import AdyenCheckout from "@adyen/adyen-web";
import "@adyen/adyen-web/dist/adyen.css";

// Client key: public, tied to allowed origins (docs.adyen.com/development-resources/client-side-authentication)
const CLIENT_KEY = "live_@@ck@@";

export async function mountDropin(session, el) {
  const checkout = await AdyenCheckout({
    environment: "live-us",
    clientKey: CLIENT_KEY,
    session,
    onPaymentCompleted: (result) => window.dispatchEvent(new CustomEvent("topup", { detail: result })),
    onError: (err) => console.error("adyen", err.name, err.message),
  });
  return checkout.create("dropin").mount(el);
}
""", "Adyen docs: client key for client-side authentication is public (docs.adyen.com)",
    ck=draw(32, string.ascii_uppercase + string.digits))

decoy("typescript", "publishable-key", "driver-app/src/tracking/radar.ts", r"""
import Radar from "react-native-radar";

// Publishable key (prj_live_pk_): meant for the app. The secret key is only on the dispatch server.
const RADAR_PUBLISHABLE_KEY = "prj_live_pk_@@pk@@";

export function startDriverTracking(driverId: string) {
  Radar.initialize(RADAR_PUBLISHABLE_KEY);
  Radar.setUserId(driverId);
  Radar.setMetadata({ role: "driver" });
  Radar.startTrackingResponsive();
}

export function stopDriverTracking() {
  Radar.stopTracking();
}
""", "Radar docs: publishable keys prj_live_pk_ for SDKs (radar.com/documentation/sdk)", pk=hexs(40))

decoy("k8s", "secret-reference", "k8s/prod/payments-deployment.yaml", r"""
apiVersion: apps/v1
kind: Deployment
metadata:
  name: payments-service
  namespace: payments
spec:
  replicas: 2
  selector:
    matchLabels: { app: payments-service }
  template:
    metadata:
      labels: { app: payments-service }
    spec:
      containers:
        - name: app
          image: ghcr.io/washhub/payments-service:2.7.3
          ports: [{ containerPort: 8080 }]
          env:
            - name: STRIPE_SECRET_KEY
              valueFrom:
                secretKeyRef: { name: payments-secrets, key: STRIPE_SECRET_KEY }
            - name: STRIPE_WEBHOOK_SECRET
              valueFrom:
                secretKeyRef: { name: payments-secrets, key: STRIPE_WEBHOOK_SECRET }
            - name: DATABASE_URL
              valueFrom:
                secretKeyRef: { name: payments-db, key: url }
          readinessProbe:
            httpGet: { path: /healthz, port: 8080 }
""", "Kubernetes docs: env valueFrom secretKeyRef (kubernetes.io/docs/tasks/inject-data-application/distribute-credentials-secure)")

decoy("github-actions", "secret-reference", ".github/workflows/deploy-route-api.yml", r"""
name: deploy route api

on:
  workflow_dispatch:
  push:
    tags: ["route-api-v*"]

jobs:
  deploy:
    runs-on: ubuntu-latest
    environment: production
    permissions:
      id-token: write
      contents: read
    steps:
      - uses: actions/checkout@v4
      - uses: aws-actions/configure-aws-credentials@v4
        with:
          role-to-assume: arn:aws:iam::418273650912:role/gha-route-api-deploy
          aws-region: us-east-2
      - name: Migrate
        env:
          DATABASE_URL: ${{ secrets.ROUTE_API_DATABASE_URL }}
        run: npx prisma migrate deploy
      - name: Deploy
        env:
          ONFLEET_API_KEY: ${{ secrets.ONFLEET_API_KEY }}
          TWILIO_AUTH_TOKEN: ${{ secrets.TWILIO_AUTH_TOKEN }}
        run: ./scripts/deploy.sh production
""", "GitHub docs: using secrets in GitHub Actions (docs.github.com/actions/security-guides/using-secrets-in-github-actions)")

decoy("gitlab-ci", "secret-reference", "plant-scheduler/.gitlab-ci.yml", r"""
stages: [build, deploy]

build:
  stage: build
  image: docker:24
  services: [docker:24-dind]
  script:
    - echo "$CI_REGISTRY_PASSWORD" | docker login -u "$CI_REGISTRY_USER" --password-stdin "$CI_REGISTRY"
    - docker build -t "$CI_REGISTRY_IMAGE:$CI_COMMIT_SHORT_SHA" .
    - docker push "$CI_REGISTRY_IMAGE:$CI_COMMIT_SHORT_SHA"

deploy:
  stage: deploy
  image: alpine:3.19
  environment: production
  script:
    - apk add --no-cache openssh-client
    - eval $(ssh-agent -s)
    - echo "$DEPLOY_SSH_KEY" | tr -d '\r' | ssh-add -
    - ssh -o StrictHostKeyChecking=yes deploy@plant-app01 "IMAGE=$CI_REGISTRY_IMAGE:$CI_COMMIT_SHORT_SHA ./deploy.sh"
  only: [main]
""", "GitLab docs: CI/CD variables, masked and protected (docs.gitlab.com/ee/ci/variables)")

decoy("helm", "template", "charts/route-api/templates/secret.yaml", r"""
apiVersion: v1
kind: Secret
metadata:
  name: {{ include "route-api.fullname" . }}
  labels:
    {{- include "route-api.labels" . | nindent 4 }}
type: Opaque
data:
  ONFLEET_API_KEY: {{ required "onfleet.apiKey is required" .Values.onfleet.apiKey | b64enc | quote }}
  ROUTIFIC_TOKEN: {{ required "routific.token is required" .Values.routific.token | b64enc | quote }}
  DATABASE_URL: {{ printf "postgres://%s:%s@%s/%s" .Values.db.user .Values.db.password .Values.db.host .Values.db.name | b64enc | quote }}
""", "Helm docs: template functions b64enc and required (helm.sh/docs/chart_template_guide/function_list)")

decoy("terraform", "generated-secret", "infra/modules/pos-db/main.tf", r"""
resource "random_password" "pos_db" {
  length           = 32
  special          = true
  override_special = "_-"
}

resource "aws_secretsmanager_secret" "pos_db" {
  name       = "prod/pos/db-password"
  kms_key_id = var.kms_key_arn
}

resource "aws_secretsmanager_secret_version" "pos_db" {
  secret_id     = aws_secretsmanager_secret.pos_db.id
  secret_string = random_password.pos_db.result
}

resource "aws_db_instance" "pos" {
  identifier              = "pos-prod"
  engine                  = "postgres"
  engine_version          = "15.5"
  instance_class          = "db.t4g.small"
  allocated_storage       = 50
  username                = "pos_admin"
  password                = random_password.pos_db.result
  backup_retention_period = 14
  skip_final_snapshot     = false
}
""", "Terraform random provider docs: random_password (registry.terraform.io/providers/hashicorp/random)")

decoy("terraform", "secret-reference", "infra/envs/prod/sms.tf", r"""
data "aws_ssm_parameter" "twilio_auth_token" {
  name            = "/prod/notify/twilio_auth_token"
  with_decryption = true
}

data "aws_ssm_parameter" "twilio_account_sid" {
  name = "/prod/notify/twilio_account_sid"
}

module "notify" {
  source             = "../../modules/notify"
  twilio_account_sid = data.aws_ssm_parameter.twilio_account_sid.value
  twilio_auth_token  = data.aws_ssm_parameter.twilio_auth_token.value
  sender_number      = "+14015550142"
}
""", "Terraform AWS provider docs: aws_ssm_parameter data source (registry.terraform.io)")

_lines = "\n".join(hexs(80) for _ in range(9)) + "\n" + hexs(38)
decoy("ansible", "encrypted", "ansible/group_vars/store_servers/vault.yml", r"""
$ANSIBLE_VAULT;1.1;AES256
@@body@@
""", "Ansible docs: encrypting content with Ansible Vault (docs.ansible.com/ansible/latest/vault_guide)", body=_lines)

decoy("yaml", "encrypted", "k8s/prod/secrets.enc.yaml", r"""
apiVersion: v1
kind: Secret
metadata:
    name: telemetry-secrets
    namespace: telemetry
type: Opaque
stringData:
    INFLUX_TOKEN: ENC[AES256_GCM,data:@@d1@@,iv:@@iv1@@,tag:@@t1@@,type:str]
    MQTT_PASSWORD: ENC[AES256_GCM,data:@@d2@@,iv:@@iv2@@,tag:@@t2@@,type:str]
sops:
    age:
        - recipient: age1@@age@@
          enc: |
            -----BEGIN AGE ENCRYPTED FILE-----
            @@a1@@
            @@a2@@
            -----END AGE ENCRYPTED FILE-----
    lastmodified: "2024-06-03T14:12:55Z"
    mac: ENC[AES256_GCM,data:@@mac@@,iv:@@iv3@@,tag:@@t3@@,type:str]
    encrypted_regex: ^(data|stringData)$
    version: 3.8.1
""", "SOPS docs: encrypted YAML with age recipients (github.com/getsops/sops)",
    d1=b64bytes(66), iv1=b64bytes(32), t1=b64bytes(16), d2=b64bytes(18), iv2=b64bytes(32), t2=b64bytes(16),
    age=draw(58, "qpzry9x8gf2tvdw0s3jn54khce6mua7l"), a1=b64bytes(48), a2=b64bytes(48), mac=b64bytes(32),
    iv3=b64bytes(32), t3=b64bytes(16))

decoy("k8s", "encrypted", "k8s/prod/route-api-sealed.yaml", r"""
apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata:
  name: route-api
  namespace: routes
spec:
  encryptedData:
    ONFLEET_API_KEY: AgB@@c1@@
    ROUTIFIC_TOKEN: AgC@@c2@@
  template:
    metadata:
      name: route-api
      namespace: routes
    type: Opaque
""", "Bitnami Sealed Secrets docs: SealedSecret encryptedData (github.com/bitnami-labs/sealed-secrets)",
    c1=b64bytes(540), c2=b64bytes(600))

decoy("k8s", "secret-reference", "k8s/prod/telemetry-external-secret.yaml", r"""
apiVersion: external-secrets.io/v1beta1
kind: ExternalSecret
metadata:
  name: telemetry
  namespace: telemetry
spec:
  refreshInterval: 1h
  secretStoreRef:
    name: aws-secrets-manager
    kind: ClusterSecretStore
  target:
    name: telemetry-secrets
  data:
    - secretKey: INFLUX_TOKEN
      remoteRef: { key: prod/telemetry, property: influx_token }
    - secretKey: MQTT_PASSWORD
      remoteRef: { key: prod/telemetry, property: mqtt_password }
    - secretKey: IOT_HUB_CONNECTION
      remoteRef: { key: prod/telemetry, property: iothub_service_connection }
""", "External Secrets Operator docs: ExternalSecret remoteRef (external-secrets.io)")

decoy("json", "secret-reference", "src/Laundry.Pos.Api/appsettings.Staging.json", r"""
{
  "Logging": { "LogLevel": { "Default": "Information" } },
  "Heartland": {
    "ServiceUrl": "https://cert.api2.heartlandportico.com",
    "SecretApiKey": "@Microsoft.KeyVault(SecretUri=https://kv-laundry-staging.vault.azure.net/secrets/heartland-secret-api-key/)",
    "DeveloperId": "002914",
    "VersionNumber": "4285"
  },
  "ConnectionStrings": {
    "Pos": "@Microsoft.KeyVault(VaultName=kv-laundry-staging;SecretName=pos-sql-connection)"
  }
}
""", "Azure App Service docs: Key Vault references @Microsoft.KeyVault(...) (learn.microsoft.com/azure/app-service/app-service-key-vault-references)")

decoy("python", "env-reference", "driver_sms/settings.py", r"""
import os

ACCOUNT_SID = os.environ["TWILIO_ACCOUNT_SID"]
AUTH_TOKEN = os.environ["TWILIO_AUTH_TOKEN"]
FROM_NUMBER = os.environ.get("TWILIO_FROM", "+14015550142")
ONFLEET_API_KEY = os.environ["ONFLEET_API_KEY"]
ROUTIFIC_TOKEN = os.getenv("ROUTIFIC_TOKEN")

if not ROUTIFIC_TOKEN:
    raise RuntimeError("ROUTIFIC_TOKEN is not set; see docs/secrets.md")

QUIET_HOURS = (21, 8)  # no texts between 9pm and 8am
""", "Python docs: os.environ; Twilio docs: store credentials in environment variables")

decoy("go", "secret-manager", "wallet/internal/config/secrets.go", r"""
package config

import (
	"context"
	"encoding/json"

	"github.com/aws/aws-sdk-go-v2/aws"
	awsconfig "github.com/aws/aws-sdk-go-v2/config"
	"github.com/aws/aws-sdk-go-v2/service/secretsmanager"
)

type PaymentSecrets struct {
	BraintreeAccessToken string `json:"braintree_access_token"`
	StripeSecretKey      string `json:"stripe_secret_key"`
}

// Load reads the payment credentials from Secrets Manager at start-up.
func Load(ctx context.Context) (*PaymentSecrets, error) {
	cfg, err := awsconfig.LoadDefaultConfig(ctx)
	if err != nil {
		return nil, err
	}
	out, err := secretsmanager.NewFromConfig(cfg).GetSecretValue(ctx, &secretsmanager.GetSecretValueInput{
		SecretId: aws.String("prod/wallet/payments"),
	})
	if err != nil {
		return nil, err
	}
	var s PaymentSecrets
	return &s, json.Unmarshal([]byte(aws.ToString(out.SecretString)), &s)
}
""", "AWS SDK for Go v2 docs: Secrets Manager GetSecretValue (docs.aws.amazon.com/sdk-for-go)")

decoy("properties", "env-reference", "pos-gateway/src/main/resources/application.properties", r"""
spring.application.name=laundry-pos-gateway
server.port=8443
adyen.environment=${ADYEN_ENVIRONMENT:TEST}
adyen.merchant-account=${ADYEN_MERCHANT_ACCOUNT}
adyen.api-key=${ADYEN_API_KEY}
adyen.hmac-key=${ADYEN_HMAC_KEY}
spring.datasource.url=jdbc:postgresql://${POS_DB_HOST:localhost}:5432/pos
spring.datasource.username=${POS_DB_USER:pos_gateway}
spring.datasource.password=${POS_DB_PASSWORD}
management.endpoints.web.exposure.include=health
""", "Spring Boot docs: externalized configuration, property placeholders (docs.spring.io/spring-boot/reference/features/external-config.html)")

decoy("csharp", "config-reference", "src/Linen.Notifications/Program.cs", r"""
using Linen.Notifications;
using Twilio;

var builder = WebApplication.CreateBuilder(args);

// Local dev: dotnet user-secrets set "Twilio:ApiKeySecret" "<value>"
// Production: App Service settings backed by Key Vault.
var twilio = builder.Configuration.GetSection("Twilio");
TwilioClient.Init(twilio["ApiKeySid"], twilio["ApiKeySecret"], twilio["AccountSid"]);

builder.Services.AddSingleton<DeliveryScheduler>();
builder.Services.AddHostedService<ReminderWorker>();

var app = builder.Build();
app.MapGet("/healthz", () => Results.Ok("ok"));
app.MapPost("/deliveries/{id}/notify", async (string id, DeliveryScheduler s) => await s.NotifyAsync(id));
app.Run();
""", "ASP.NET Core docs: safe storage of app secrets in development (learn.microsoft.com/aspnet/core/security/app-secrets)")

decoy("php", "env-reference", "washfold-web/config/services.php", r"""
<?php

return [
    'mailgun' => [
        'domain' => env('MAILGUN_DOMAIN'),
        'secret' => env('MAILGUN_SECRET'),
        'endpoint' => env('MAILGUN_ENDPOINT', 'api.mailgun.net'),
        'scheme' => 'https',
    ],

    'stripe' => [
        'key' => env('STRIPE_KEY'),
        'secret' => env('STRIPE_SECRET'),
        'webhook' => ['secret' => env('STRIPE_WEBHOOK_SECRET'), 'tolerance' => 300],
    ],

    'twilio' => [
        'sid' => env('TWILIO_SID'),
        'token' => env('TWILIO_AUTH_TOKEN'),
        'from' => env('TWILIO_FROM'),
    ],
];
""", "Laravel docs: configuration, env() helper in config files (laravel.com/docs/configuration)")

decoy("ruby", "config-reference", "sudscity/config/initializers/vonage.rb", r"""
# Credentials live in config/credentials/production.yml.enc (edit with bin/rails credentials:edit -e production)
VONAGE_CLIENT = Vonage::Client.new(
  api_key: Rails.application.credentials.dig(:vonage, :api_key),
  api_secret: Rails.application.credentials.dig(:vonage, :api_secret)
)

SQUARE_CLIENT = Square::Client.new(
  access_token: Rails.application.credentials.dig(:square, :access_token),
  environment: Rails.env.production? ? "production" : "sandbox"
)
""", "Rails guides: custom credentials, credentials.dig (guides.rubyonrails.org/security.html#custom-credentials)")

decoy("sql", "password-hash", "db/seeds/002_staff_accounts.sql", r"""
-- Attendant and manager logins for the store admin screens.
-- password_hash is bcrypt (cost 12); staff set their own password on first login.
INSERT INTO staff (id, store_id, email, full_name, role, password_hash, must_reset) VALUES
  (1, 4,  'maria.g@brightwash.net',  'Maria Gonzalez', 'manager',   '@@h1@@', false),
  (2, 4,  'tom.b@brightwash.net',    'Tom Becker',     'attendant', '@@h2@@', true),
  (3, 7,  'aisha.k@brightwash.net',  'Aisha Khan',     'manager',   '@@h3@@', false),
  (4, 7,  'devon.r@brightwash.net',  'Devon Reyes',    'attendant', '@@h4@@', true),
  (5, 9,  'li.w@brightwash.net',     'Li Wei',         'attendant', '@@h5@@', true);

SELECT setval('staff_id_seq', 5);
""", "bcrypt modular crypt format $2b$ (OpenBSD crypt(3)); PostgreSQL INSERT",
    h1=bcrypt_hash(), h2=bcrypt_hash(), h3=bcrypt_hash(), h4=bcrypt_hash(), h5=bcrypt_hash())

decoy("htpasswd", "password-hash", "monitoring/nginx/.htpasswd", r"""
owner:$apr1$@@s1@@$@@h1@@
maria:$apr1$@@s2@@$@@h2@@
aisha:$apr1$@@s3@@$@@h3@@
grafana-kiosk:@@b1@@
ops:@@b2@@
""", "Apache htpasswd docs: MD5 (apr1) and bcrypt password hashes (httpd.apache.org/docs/2.4/programs/htpasswd.html)",
    s1=draw(8, BCRYPT), h1=draw(22, BCRYPT), s2=draw(8, BCRYPT), h2=draw(22, BCRYPT), s3=draw(8, BCRYPT),
    h3=draw(22, BCRYPT), b1=bcrypt_hash(5).replace("$2b$", "$2y$"), b2=bcrypt_hash(5).replace("$2b$", "$2y$"))

decoy("mosquitto", "password-hash", "gateway/rootfs/etc/mosquitto/passwd", r"""
st04-gw:$7$101$@@s1@@$@@h1@@
dryer-bank-a:$7$101$@@s2@@$@@h2@@
dryer-bank-b:$7$101$@@s3@@$@@h3@@
washer-bank-a:$7$101$@@s4@@$@@h4@@
telemetry-ingest:$7$101$@@s5@@$@@h5@@
""", "mosquitto_passwd(1): PBKDF2-SHA512 hashed password file ($7$)",
    s1=b64bytes(12), h1=b64bytes(64), s2=b64bytes(12), h2=b64bytes(64), s3=b64bytes(12), h3=b64bytes(64),
    s4=b64bytes(12), h4=b64bytes(64), s5=b64bytes(12), h5=b64bytes(64))

decoy("ssh", "public-key", "ansible/roles/users/files/authorized_keys", r"""
# route tablets + ops staff (public keys only)
ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI@@k1@@ dispatch-tablet-01
ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI@@k2@@ dispatch-tablet-02
ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI@@k3@@ kim@linenworks-laptop
ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABgQ@@k4@@ luis@ops-desktop
""", "OpenSSH sshd(8): AUTHORIZED_KEYS file format",
    k1=mixed(43, B64), k2=mixed(43, B64), k3=mixed(43, B64), k4=mixed(510, B64))

decoy("pem", "certificate", "as2/openas2/certs/regionalhealth_as2_public.pem", r"""
subject=C = US, ST = Rhode Island, O = Regional Health Partners, CN = as2.regionalhealth.org
issuer=C = US, O = DigiCert Inc, CN = DigiCert Global G2 TLS RSA SHA256 2020 CA1
@@cert@@
""", "RFC 7468: textual encoding of certificates; partner's public AS2 certificate", cert=cert_pem(20))

decoy("pem", "public-key", "kiosk-backend/keys/reader_vendor_webhook_pub.pem", r"""
-----BEGIN PUBLIC KEY-----
MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA@@b1@@
@@b2@@
@@b3@@
@@b4@@
@@b5@@
@@b6@@
@@b7@@IDAQAB
-----END PUBLIC KEY-----
""", "RFC 7468 section 13: SubjectPublicKeyInfo; vendor public key used to verify webhook signatures",
    b1=mixed(20, B64), b2=mixed(64, B64), b3=mixed(64, B64), b4=mixed(64, B64), b5=mixed(64, B64),
    b6=mixed(64, B64), b7=mixed(2, B64))

decoy("dockerfile", "checksum", "gateway/Dockerfile", r"""
FROM debian:bookworm-slim

ARG MODBUS_TOOL_VERSION=2.3.1
ARG MODBUS_TOOL_SHA256=@@c1@@
ARG TINI_SHA256=@@c2@@

RUN apt-get update && apt-get install -y --no-install-recommends ca-certificates curl mosquitto-clients \
 && rm -rf /var/lib/apt/lists/*

RUN curl -fsSL -o /usr/local/bin/tini https://github.com/krallin/tini/releases/download/v0.19.0/tini-amd64 \
 && echo "${TINI_SHA256}  /usr/local/bin/tini" | sha256sum -c - \
 && chmod +x /usr/local/bin/tini

RUN curl -fsSL -o /tmp/modbus.tar.gz "https://downloads.laundry-gw.dev/modbus-tool-${MODBUS_TOOL_VERSION}.tar.gz" \
 && echo "${MODBUS_TOOL_SHA256}  /tmp/modbus.tar.gz" | sha256sum -c - \
 && tar -xzf /tmp/modbus.tar.gz -C /usr/local/bin && rm /tmp/modbus.tar.gz

COPY gw /usr/local/bin/gw
ENTRYPOINT ["/usr/local/bin/tini", "--", "/usr/local/bin/gw"]
""", "Docker docs: verifying downloads with sha256sum in a Dockerfile", c1=hexs(64), c2=hexs(64))

_pkgs = ["stripe", "twilio", "express", "node-fetch", "jsonwebtoken", "pg"]
_lock = ",\n".join(
    f'    "node_modules/{p}": {{\n      "version": "{random.Random(_seed()).randint(1, 15)}.{random.Random(_seed()).randint(0, 20)}.{random.Random(_seed()).randint(0, 9)}",\n'
    f'      "resolved": "https://registry.npmjs.org/{p}/-/{p}.tgz",\n      "integrity": "sha512-{b64bytes(64)}"\n    }}'
    for p in _pkgs)
decoy("json", "checksum", "payments-service/package-lock.json", r"""
{
  "name": "payments-service",
  "version": "2.7.3",
  "lockfileVersion": 3,
  "requires": true,
  "packages": {
    "": { "name": "payments-service", "version": "2.7.3" },
@@lock@@
  }
}
""", "npm docs: package-lock.json integrity (Subresource Integrity sha512) (docs.npmjs.com/cli/configuring-npm/package-lock-json)", lock=_lock)

_mods = ["github.com/plivo/plivo-go/v7 v7.45.1", "github.com/rabbitmq/amqp091-go v1.9.0",
         "github.com/braintree-go/braintree-go v0.28.0", "googlemaps.github.io/maps v1.7.0"]
_sum = "\n".join(f"{m} h1:{b64bytes(32)}\n{m.split()[0]} {m.split()[1]}/go.mod h1:{b64bytes(32)}" for m in _mods)
decoy("go-sum", "checksum", "notify/go.sum", r"""
@@sum@@
""", "Go modules reference: go.sum h1: hashes (go.dev/ref/mod#go-sum-files)", sum=_sum)

decoy("markdown", "redacted", "docs/incidents/2024-03-11-kiosk-double-charge.md", r"""
# Incident: kiosk double-charged app top-ups (2024-03-11)

**Impact:** 37 customers at stores 04 and 07 were charged twice for wallet top-ups between 18:05 and 19:40.

## Timeline
- 18:05 deploy of payments-service 2.7.1
- 18:40 first customer complaint at store 04 (attendant Maria)
- 19:32 rollback to 2.7.0
- 19:40 no new duplicates

## Root cause
The retry wrapper re-sent `POST /v1/payment_intents` without the `Idempotency-Key` header.
Log line (key redacted):

```
stripe request failed key=sk_live_51************************************Qx2 status=502 retry=1
```

## Follow-ups
- [x] Refund the 37 duplicates (done in Dashboard, export in the finance drive)
- [x] Rotate the live secret key anyway (done 03-12, new key only in Secrets Manager)
- [ ] Add an idempotency test to the payments-service suite
""", "Stripe docs: idempotent requests; common practice of masking keys in logs")

decoy("json", "redacted", "support/samples/onfleet-webhook-log.json", r"""
{
  "received_at": "2024-04-02T15:21:08Z",
  "headers": {
    "x-onfleet-signature": "[REDACTED]",
    "authorization": "Basic ****",
    "user-agent": "Onfleet-Webhooks/2.0"
  },
  "body": {
    "actionContext": { "type": "WORKER", "id": "h1mA2c9ZqP0kL3x7vWn4RbTs" },
    "triggerId": 3,
    "triggerName": "taskCompleted",
    "taskId": "qL5bF8rN2wXc1vZ7aM9kPj4T",
    "data": { "task": { "shortId": "c61d3a9e", "completionDetails": { "success": true, "notes": "2 bags left at side door" } } },
    "time": 1712071268511
  }
}
""", "Onfleet docs: webhooks payload and X-Onfleet-Signature header (docs.onfleet.com/reference/webhooks)")

# =========================================================================================
# Decoys: fixtures, docs examples, ids and checksums, code that reads secrets elsewhere
# =========================================================================================

decoy("python", "test-fixture", "payments-service/tests/test_topup.py", r"""
import pytest

from payments.topup import TopUpService

FAKE_SECRET_KEY = "sk_test_not_a_real_key"
FAKE_WEBHOOK_SECRET = "whsec_test_dummy"


@pytest.fixture
def service(stripe_mock):
    return TopUpService(secret_key=FAKE_SECRET_KEY, webhook_secret=FAKE_WEBHOOK_SECRET, client=stripe_mock)


def test_topup_credits_wallet(service, wallet):
    service.handle_succeeded({"id": "pi_test_123", "amount_received": 2000, "metadata": {"customer_id": "cus_42"}})
    assert wallet.balance("cus_42") == 2000


def test_bad_signature_rejected(service):
    with pytest.raises(ValueError):
        service.verify(b"{}", "t=1,v1=deadbeef")
""", "pytest docs: fixtures; obviously fake credentials in unit tests")

decoy("javascript", "test-fixture", "driver_sms_node/test/sms.test.js", r"""
jest.mock("twilio");
const twilio = require("twilio");
const { notifyPickup } = require("../src/sms");

describe("notifyPickup", () => {
  const create = jest.fn().mockResolvedValue({ sid: "SM00000000000000000000000000000000" });

  beforeEach(() => {
    twilio.mockReturnValue({ messages: { create } });
    process.env.TWILIO_ACCOUNT_SID = "ACxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx";
    process.env.TWILIO_AUTH_TOKEN = "test-auth-token";
  });

  it("texts the ETA", async () => {
    await notifyPickup({ phone: "+15555550100", minutes: 12, driver: "Luis" });
    expect(create).toHaveBeenCalledWith(expect.objectContaining({ to: "+15555550100" }));
  });
});
""", "Jest docs: manual mocks (jestjs.io/docs/manual-mocks); Twilio docs: magic test numbers")

decoy("markdown", "docs-example", "docs/aws-setup.md", r"""
# Setting up AWS access for the telemetry scripts

Do **not** use long-lived keys on the store gateways. The gateways get credentials from
AWS IoT's credential provider; people use SSO:

```bash
aws configure sso --profile laundry-prod
aws sso login --profile laundry-prod
```

If a tool insists on a credentials file, this is the format (values are the AWS documentation's
example keys, not ours):

```ini
[default]
aws_access_key_id = AKIAIOSFODNN7EXAMPLE
aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY
region = us-east-2
```

Ask in #infra for access to the `laundry-prod` account.
""", "AWS docs: configuration and credential file settings, example keys (docs.aws.amazon.com/cli/latest/userguide/cli-configure-files.html)")

decoy("markdown", "docs-example", "payments-service/docs/stripe-testing.md", r"""
# Testing payments locally

Use test mode only. The snippet below is copied from Stripe's API reference, which uses a
sample test key published in their docs:

```bash
curl https://api.stripe.com/v1/payment_intents \
  -u sk_test_4eC39HqLyjWDarjtT1zdp7dc: \
  -d amount=2000 \
  -d currency=usd \
  -d "payment_method_types[]=card_present"
```

For your own test key: Dashboard > Developers > API keys, with "Test mode" on, then put it in
`.env` as `STRIPE_SECRET_KEY`. Test cards: `4242 4242 4242 4242`, any future expiry, any CVC.

Stripe Terminal simulated reader: `stripe terminal readers create --registration-code simulated-wpe`.
""", "Stripe API reference: sample test key in documentation examples (docs.stripe.com/api)")

_rows = "\n".join(
    f"  - id: {uuid_s()}\n    store: {s}\n    position: {p}\n    model: {m}\n    serial: {ser}\n    reader_tid: {tid}"
    for s, p, m, ser, tid in [
        ("st04", "W01", "Speed Queen SC40BV", "1904031157", "T" + draw(7, string.digits)),
        ("st04", "W02", "Speed Queen SC40BV", "1904031162", "T" + draw(7, string.digits)),
        ("st04", "D01", "Speed Queen ST030", "1811027740", "T" + draw(7, string.digits)),
        ("st07", "W01", "Electrolux W5180N", "9867410023", "T" + draw(7, string.digits)),
        ("st07", "D05", "Dexter T-50", "0822190314", "T" + draw(7, string.digits)),
    ])
decoy("yaml", "identifiers", "store-ops/data/machines.yml", r"""
# Machine inventory: ids are our asset UUIDs, serials from the nameplates, reader TIDs from the processor
machines:
@@rows@@
""", "Asset inventory YAML; UUIDs (RFC 4122) used as identifiers", rows=_rows)

_frames = ",\n".join(
    f'    {{ "ts": "2024-05-{d:02d}T0{h}:1{h}:0{d % 10}Z", "device": "{uuid_s()}", "seq": {1000 + d * 7}, '
    f'"frame": "{hexs(48).upper()}", "crc16": "{hexs(4).upper()}" }}'
    for d, h in [(3, 1), (3, 2), (4, 1), (4, 5), (5, 3)])
decoy("json", "identifiers", "telemetry/samples/raw_frames.json", r"""
{
  "description": "Raw Modbus RTU frames captured from the washer controllers (store 04), for parser tests",
  "frames": [
@@frames@@
  ]
}
""", "Modbus over serial line specification: RTU frames with CRC16; captured test data", frames=_frames)

_epcs = "\n".join(
    f"2024-06-1{d},{cust},{item},3034{hexu(20)},{st}"
    for d, cust, item, st in [(1, "HVH01", "BATH_TOWEL", "OUT"), (1, "HVH01", "KING_SHEET", "OUT"),
                              (2, "SMH-ICU", "PATIENT_GOWN", "IN"), (2, "SMH-ICU", "BLANKET", "IN"),
                              (3, "HVH02", "POOL_TOWEL", "OUT"), (3, "SMH-ER", "SCRUB_TOP_M", "OUT"),
                              (4, "SMH-ER", "SCRUB_PANT_L", "IN")])
decoy("csv", "identifiers", "contracts/exports/rfid_scans_sample.csv", r"""
date,customer,item,epc,direction
@@epcs@@
""", "GS1 EPC Tag Data Standard: SGTIN-96 EPCs as hex; RFID linen scan export", epcs=_epcs)

decoy("edi", "identifiers", "edi/samples/810_harborview_2024-06.edi", r"""
ISA*00*          *00*          *ZZ*LINENWRKS01    *ZZ*HARBORVIEWAP   *240701*0915*U*00401*000004127*0*P*>~
GS*IN*LINENWRKS01*HARBORVIEWAP*20240701*0915*4127*X*004010~
ST*810*0001~
BIG*20240701*INV-2024-06-HVH01***PO-88317~
N1*BT*Harborview Hotels AP*92*HVH-AP~
N1*ST*Harborview Downtown*92*HVH01~
IT1*1*18420*LB*0.89**VP*LINEN-PROCESSING~
IT1*2*312*EA*4.50**VP*RUSH-DELIVERY~
TDS*1779420~
CTT*2~
SE*10*0001~
GE*1*4127~
IEA*1*000004127~
""", "ASC X12 810 invoice transaction set (x12.org); interchange control numbers")

decoy("python", "docs-example", "payments-service/payments/webhook_verify.py", r"""
import hashlib
import hmac
import time


def verify_stripe_signature(payload: bytes, header: str, secret: str, tolerance: int = 300) -> bool:
    # header looks like: t=1492774577,v1=5257a869e7ecebeda32affa62cdca3fa51cad7e77a0e56ff536d0ce8e108d8bd
    # (the example from Stripe's docs; the signature is a MAC, not a key)
    parts = dict(item.split("=", 1) for item in header.split(","))
    timestamp, signature = parts["t"], parts["v1"]
    if abs(time.time() - int(timestamp)) > tolerance:
        return False
    signed = f"{timestamp}.".encode() + payload
    expected = hmac.new(secret.encode(), signed, hashlib.sha256).hexdigest()
    return hmac.compare_digest(expected, signature)
""", "Stripe docs: verify webhook signatures manually, Stripe-Signature header format (docs.stripe.com/webhooks)")

decoy("json", "public-identifier", "notify/config/twilio.json", r"""
{
  "accountSid": "@@ac@@",
  "messagingServiceSid": "@@mg@@",
  "verifyServiceSid": "@@va@@",
  "authToken": "env:TWILIO_AUTH_TOKEN",
  "statusCallback": "https://notify.washhub.app/twilio/status",
  "quietHours": { "start": "21:00", "end": "08:00", "tz": "America/New_York" }
}
""", "Twilio docs: SIDs are identifiers (twilio.com/docs/glossary/what-is-a-sid); auth token read from env",
    ac=twilio_sid(), mg=twilio_sid("MG"), va=twilio_sid("VA"))

decoy("yaml", "public-identifier", "accounting/config/entities.yml", r"""
# Which books each store posts to. Ids only: OAuth tokens live in Secrets Manager (prod/accounting/*).
entities:
  - name: FreshFold Laundry LLC
    system: quickbooks_online
    realm_id: "9130357844172816"
    stores: [st04, st07]
  - name: FreshFold Commercial Linen LLC
    system: xero
    tenant_id: @@xt@@
    stores: [plant-providence]
  - name: LinenWorks Holdings
    system: netsuite
    account_id: "7214903"
    subsidiary_id: 3
revenue_accounts:
  self_service: "4020"
  wash_fold: "4010"
  commercial_linen: "4030"
""", "QuickBooks Online realm IDs and Xero tenant IDs are company identifiers (developer.intuit.com, developer.xero.com)",
    xt=uuid_s())

decoy("properties", "encrypted", "config-repo/route-api-prod.properties", r"""
# Spring Cloud Config: {cipher} values are decrypted by the config server (key in its keystore)
route.onfleet.base-url=https://onfleet.com/api/v2
route.onfleet.api-key={cipher}@@c1@@
route.routific.token={cipher}@@c2@@
spring.datasource.url=jdbc:postgresql://pg-routes.internal:5432/routes
spring.datasource.username=route_api
spring.datasource.password={cipher}@@c3@@
""", "Spring Cloud Config docs: encryption and decryption, {cipher} prefix (docs.spring.io/spring-cloud-config)",
    c1=hexs(160), c2=hexs(224), c3=hexs(96))

decoy("groovy", "secret-reference", "plant-scheduler/Jenkinsfile", r"""
pipeline {
    agent { label 'linux' }
    environment {
        SAGE_ODBC_DSN = 'Sage100Linen'
    }
    stages {
        stage('Test') {
            steps { sh 'python -m pytest -q' }
        }
        stage('Deploy') {
            when { branch 'main' }
            steps {
                withCredentials([
                    usernamePassword(credentialsId: 'sage-report-sql', usernameVariable: 'SAGE_USER', passwordVariable: 'SAGE_PASS'),
                    sshUserPrivateKey(credentialsId: 'plant-app01-deploy', keyFileVariable: 'DEPLOY_KEY')
                ]) {
                    sh 'ansible-playbook -i inventory/prod deploy.yml --private-key "$DEPLOY_KEY" -e sage_user="$SAGE_USER"'
                }
            }
        }
    }
}
""", "Jenkins docs: Credentials Binding plugin withCredentials (jenkins.io/doc/pipeline/steps/credentials-binding)")

decoy("powershell", "secret-reference", "finance/scripts/Connect-Graph.ps1", r"""
# Uses the SecretManagement module; the vault is the finance team's Azure Key Vault.
Import-Module Microsoft.PowerShell.SecretManagement

$tenantId = "3f9e7c21-8d4b-4a6e-b2c1-5e0f9a7d3c18"
$clientId = "b7c2e4a9-1f3d-4c8e-9a5b-2d6f0e8c1a47"
$secret   = Get-Secret -Vault FinanceKV -Name "graph-invoice-mailer" -AsPlainText

$cred = New-Object System.Management.Automation.PSCredential($clientId, (ConvertTo-SecureString $secret -AsPlainText -Force))
Connect-MgGraph -TenantId $tenantId -ClientSecretCredential $cred -NoWelcome
Write-Host "Connected as app $clientId"
""", "PowerShell SecretManagement docs: Get-Secret (learn.microsoft.com/powershell/utility-modules/secretmanagement)")

decoy("shell", "secret-reference", "ops/bin/route-env.sh", r"""
#!/usr/bin/env bash
# Exports the route tool credentials from 1Password for this shell only.
# usage: source ops/bin/route-env.sh
set -euo pipefail

export ONFLEET_API_KEY="$(op read 'op://Routes/Onfleet API/credential')"
export ROUTIFIC_TOKEN="$(op read 'op://Routes/Routific/token')"
export GEOTAB_PASSWORD="$(pass show linenworks/geotab/fleet-reports)"
export PGPASSWORD="$(aws secretsmanager get-secret-value --secret-id prod/routes/db --query SecretString --output text | jq -r .password)"

echo "route credentials loaded (expires when this shell closes)"
""", "1Password CLI docs: op read secret references (developer.1password.com/docs/cli/secret-references)")

decoy("compose", "env-reference", "store-server/docker-compose.yml", r"""
services:
  cardsync:
    image: registry.linenworks.com/cardsync:3.4.0
    restart: unless-stopped
    environment:
      MYSQL_HOST: mysql
      MYSQL_USER: cardsync
      MYSQL_PASSWORD_FILE: /run/secrets/cardsync_db_password
      STORE_CODE: ${STORE_CODE:?set STORE_CODE in .env}
    secrets: [cardsync_db_password]
    depends_on: [mysql]

  mysql:
    image: mysql:8.0
    restart: unless-stopped
    environment:
      MYSQL_ROOT_PASSWORD_FILE: /run/secrets/mysql_root_password
      MYSQL_DATABASE: card_system
    secrets: [mysql_root_password]
    volumes: [mysqldata:/var/lib/mysql]

secrets:
  cardsync_db_password:
    file: ./secrets/cardsync_db_password.txt
  mysql_root_password:
    file: ./secrets/mysql_root_password.txt

volumes:
  mysqldata:
""", "Docker docs: Compose secrets and the _FILE convention of official images (docs.docker.com/compose/how-tos/use-secrets)")

decoy("terraform", "variable", "infra/modules/notify/variables.tf", r"""
variable "twilio_account_sid" {
  type        = string
  description = "Twilio account SID (AC...), not secret"
}

variable "twilio_auth_token" {
  type        = string
  sensitive   = true
  description = "Twilio auth token; pass from SSM, never put a default here"
}

variable "sender_number" {
  type    = string
  default = "+14015550142"
}

variable "quiet_hours" {
  type    = object({ start = string, end = string })
  default = { start = "21:00", end = "08:00" }
}
""", "Terraform docs: input variables, sensitive = true (developer.hashicorp.com/terraform/language/values/variables)")

_nb = {
    "cells": [
        {"cell_type": "markdown", "metadata": {}, "source": ["# Dryer gas usage per cycle, store 07\n"]},
        {"cell_type": "code", "execution_count": 1, "metadata": {}, "outputs": [], "source": [
            "import getpass\n", "import pandas as pd\n", "import psycopg\n", "\n",
            "pw = getpass.getpass(\"reporting password: \")\n",
            "conn = psycopg.connect(host=\"reporting.brightwash.internal\", dbname=\"telemetry\", user=\"analyst\", password=pw)\n"]},
        {"cell_type": "code", "execution_count": 2, "metadata": {}, "outputs": [
            {"name": "stdout", "output_type": "stream", "text": ["rows: 18244\n"]}], "source": [
            "df = pd.read_sql(\"select machine, started, ended, therms from dryer_cycles where store = 'st07'\", conn)\n",
            "print(\"rows:\", len(df))\n"]},
        {"cell_type": "code", "execution_count": 3, "metadata": {}, "outputs": [], "source": [
            "df.assign(minutes=(df.ended - df.started).dt.total_seconds() / 60).groupby(\"machine\").therms.mean()\n"]},
    ],
    "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"},
                 "language_info": {"name": "python", "version": "3.11.6"}},
    "nbformat": 4, "nbformat_minor": 5,
}
decoy("notebook", "prompted-secret", "analysis/dryer_gas_st07.ipynb", json.dumps(_nb, indent=1),
      "Python docs: getpass.getpass; Jupyter nbformat 4")

decoy("kotlin", "config-reference", "driver-app/android/app/build.gradle.kts", r"""
import java.util.Properties

plugins {
    id("com.android.application")
    id("org.jetbrains.kotlin.android")
}

// local.properties is git-ignored; CI writes it from its secret store
val localProps = Properties().apply {
    val f = rootProject.file("local.properties")
    if (f.exists()) f.inputStream().use { load(it) }
}

android {
    namespace = "app.washhub.driver"
    compileSdk = 34
    defaultConfig {
        applicationId = "app.washhub.driver"
        minSdk = 26
        targetSdk = 34
        versionCode = 381
        versionName = "3.8.1"
        buildConfigField("String", "DISPATCH_API_KEY", "\"${localProps.getProperty("dispatch.apiKey", "")}\"")
    }
    buildFeatures { buildConfig = true }
}
""", "Android docs: BuildConfig fields from local properties (developer.android.com/build/gradle-tips)")

decoy("swift", "keychain", "customer-app/ios/WashHub/Services/TokenStore.swift", r"""
import Foundation
import Security

/// Stores the customer's session token in the Keychain, never in UserDefaults.
enum TokenStore {
    private static let service = "app.washhub.customer.session"

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
        var out: CFTypeRef?
        guard SecItemCopyMatching(query as CFDictionary, &out) == errSecSuccess, let data = out as? Data else { return nil }
        return String(data: data, encoding: .utf8)
    }
}
""", "Apple docs: Keychain Services, generic passwords (developer.apple.com/documentation/security/keychain_services)")

decoy("r", "env-reference", "analysis/takings_trend.R", r"""
library(DBI)
library(dplyr)

# password comes from the OS keyring: keyring::key_set("brightwash-reporting", "analyst")
con <- dbConnect(
  RPostgres::Postgres(),
  host = Sys.getenv("REPORTING_HOST", "reporting.brightwash.internal"),
  dbname = "warehouse",
  user = Sys.getenv("REPORTING_USER", "analyst"),
  password = keyring::key_get("brightwash-reporting", "analyst")
)

weekly <- tbl(con, "machine_sales") %>%
  mutate(week = floor_date(sale_date, "week")) %>%
  group_by(store, week) %>%
  summarise(takings = sum(amount_cents) / 100) %>%
  collect()

print(tail(weekly, 20))
dbDisconnect(con)
""", "keyring R package docs: key_get (r-lib.github.io/keyring)")

decoy("sql", "variable", "db/deploy/create_report_login.sql", r"""
-- Run with: sqlcmd -S sql-pos -i create_report_login.sql -v ReportPassword="<from Key Vault>"
-- The password is never stored in this repository.
:setvar ReportLogin "excel_report"
USE [master];
GO
IF NOT EXISTS (SELECT 1 FROM sys.server_principals WHERE name = N'$(ReportLogin)')
    CREATE LOGIN [$(ReportLogin)] WITH PASSWORD = N'$(ReportPassword)', CHECK_POLICY = ON;
GO
USE [LaundryPos];
GO
CREATE USER [$(ReportLogin)] FOR LOGIN [$(ReportLogin)];
ALTER ROLE [db_datareader] ADD MEMBER [$(ReportLogin)];
GO
""", "sqlcmd docs: scripting variables $(var) and -v (learn.microsoft.com/sql/tools/sqlcmd/sqlcmd-use-scripting-variables)")

decoy("ini", "no-password", "back-office/odbc/odbcinst-store.ini", r"""
[ODBC Data Sources]
CardSystem = ODBC Driver 18 for SQL Server

[CardSystem]
Driver                 = ODBC Driver 18 for SQL Server
Server                 = BACKOFFICE-PC\SQLEXPRESS
Database               = ESDCard
Trusted_Connection     = yes
Encrypt                = optional
ApplicationIntent      = ReadOnly
""", "Microsoft ODBC Driver for SQL Server docs: Trusted_Connection (Windows authentication, no password)")

decoy("xml", "encrypted", "route-portal-iis/web.config", r"""
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <connectionStrings configProtectionProvider="DataProtectionConfigurationProvider">
    <EncryptedData>
      <CipherData>
        <CipherValue>@@cv@@</CipherValue>
      </CipherData>
    </EncryptedData>
  </connectionStrings>
  <system.web>
    <compilation debug="false" targetFramework="4.8" />
    <httpRuntime targetFramework="4.8" />
  </system.web>
</configuration>
""", "Microsoft docs: encrypting configuration sections with aspnet_regiis and DPAPI (learn.microsoft.com/previous-versions/aspnet)",
    cv=b64bytes(600))

decoy("json", "workload-identity", "analytics/credentials/gha-wif-config.json", r"""
{
  "type": "external_account",
  "audience": "//iam.googleapis.com/projects/602418839271/locations/global/workloadIdentityPools/github/providers/washhub",
  "subject_token_type": "urn:ietf:params:oauth:token-type:jwt",
  "token_url": "https://sts.googleapis.com/v1/token",
  "service_account_impersonation_url": "https://iamcredentials.googleapis.com/v1/projects/-/serviceAccounts/looker-export@freshfold-analytics.iam.gserviceaccount.com:generateAccessToken",
  "credential_source": {
    "url": "https://pipelines.actions.githubusercontent.com/token",
    "headers": { "Authorization": "Bearer $ACTIONS_ID_TOKEN_REQUEST_TOKEN" },
    "format": { "type": "json", "subject_token_field_name": "value" }
  }
}
""", "Google Cloud docs: workload identity federation credential configuration files (cloud.google.com/iam/docs/workload-identity-federation)")

decoy("nginx", "no-secret", "kiosk/deploy/nginx.conf", r"""
server {
    listen 443 ssl http2;
    server_name pay.freshfoldlaundry.com;

    ssl_certificate     /etc/letsencrypt/live/pay.freshfoldlaundry.com/fullchain.pem;
    ssl_certificate_key /etc/letsencrypt/live/pay.freshfoldlaundry.com/privkey.pem;
    ssl_protocols TLSv1.2 TLSv1.3;

    location /webhooks/ {
        proxy_pass http://127.0.0.1:8080;
        proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
    }

    location / {
        root /srv/kiosk/dist;
        try_files $uri /index.html;
    }
}
""", "nginx docs: ngx_http_ssl_module ssl_certificate_key (file path)")

decoy("wireguard", "public-key", "gateway/templates/wg0.conf.j2", r"""
[Interface]
# {{ store_code }} gateway -> HQ; the private key is generated on the device and never leaves it
Address = 10.44.{{ store_number }}.1/32
PostUp = wg set %i private-key /etc/wireguard/private.key
ListenPort = 51820

[Peer]
# hq-vpn.brightwash.net (public key)
PublicKey = @@pub@@
Endpoint = hq-vpn.brightwash.net:51820
AllowedIPs = 10.44.0.0/16
PersistentKeepalive = 25
""", "wg(8): set private-key <file>; peer PublicKey is public", pub=b64bytes(32))

decoy("openvpn", "file-reference", "routers/store-vpn/template.ovpn", r"""
client
dev tun
proto udp
remote vpn.tidewaterlaundry.com 1194
resolv-retry infinite
nobind
persist-key
persist-tun
remote-cert-tls server
cipher AES-256-GCM
ca /etc/openvpn/client/ca.crt
cert /etc/openvpn/client/store.crt
key /etc/openvpn/client/store.key
verb 3
""", "OpenVPN reference manual: --ca, --cert, --key file options")

decoy("markdown", "placeholder", "docs/api/store-status-api.md", r"""
# Store status API

Read-only API for partners (apartment buildings with our machines) to show free machines.

## Authentication

Send your partner key in the `X-Api-Key` header:

```http
GET /v1/stores/st04/machines HTTP/1.1
Host: api.washhub.app
X-Api-Key: <YOUR_PARTNER_KEY>
```

```bash
curl -H "X-Api-Key: $WASHHUB_PARTNER_KEY" https://api.washhub.app/v1/stores/st04/machines
```

Keys are issued per building by partners@washhub.app and can be rotated from the partner portal.

## Response

```json
{ "store": "st04", "washers_free": 6, "dryers_free": 11, "updated": "2024-06-01T14:02:11Z" }
```
""", "OpenAPI/REST documentation conventions: placeholder API keys in examples")

decoy("json", "placeholder", "hotel-integrations/postman/OHIP-template.postman_environment.json", r"""
{
  "id": "0d3b9e71-4a2c-4f58-b6e1-7c9a2d5f8e03",
  "name": "OHIP (template - fill in locally)",
  "values": [
    { "key": "HostName", "value": "https://<gateway-host>", "enabled": true },
    { "key": "AppKey", "value": "", "enabled": true },
    { "key": "ClientId", "value": "", "enabled": true },
    { "key": "ClientSecret", "value": "", "type": "secret", "enabled": true },
    { "key": "HotelId", "value": "", "enabled": true },
    { "key": "Token", "value": "", "enabled": true }
  ],
  "_postman_variable_scope": "environment",
  "_postman_exported_at": "2024-05-14T13:20:41.102Z",
  "_postman_exported_using": "Postman/11.1.0"
}
""", "Postman docs: environments, secret-type variables (learning.postman.com/docs/sending-requests/variables)")

decoy("yaml", "env-reference", "monitoring/grafana/provisioning/datasources/influx.yaml", r"""
apiVersion: 1

datasources:
  - name: Machines (InfluxDB)
    type: influxdb
    uid: machines-influx
    url: https://us-east-1-1.aws.cloud2.influxdata.com
    jsonData:
      version: Flux
      organization: brightwash
      defaultBucket: machines
      tlsSkipVerify: false
    secureJsonData:
      token: $__env{INFLUX_READ_TOKEN}
""", "Grafana docs: provisioning, environment variable interpolation $__env{} (grafana.com/docs/grafana/latest/administration/provisioning)")

decoy("toml", "env-reference", "telemetry/telegraf/telegraf-st07.conf", r"""
[agent]
  interval = "10s"
  hostname = "st07-gw"

[[inputs.mqtt_consumer]]
  servers = ["tcp://127.0.0.1:1883"]
  topics = ["stores/+/machines/+/#"]
  username = "telegraf"
  password = "${MQTT_PASSWORD}"
  data_format = "json"

[[outputs.influxdb_v2]]
  urls = ["https://us-east-1-1.aws.cloud2.influxdata.com"]
  token = "${INFLUX_TOKEN}"
  organization = "brightwash"
  bucket = "machines"
""", "Telegraf docs: environment variables in configuration ${VAR} (docs.influxdata.com/telegraf/latest/configuration)")

decoy("javascript", "identifiers", "payments-service/src/topup.js", r"""
const crypto = require("crypto");
const Stripe = require("stripe");

const stripe = Stripe(process.env.STRIPE_SECRET_KEY);

// Idempotency keys are random request ids, not credentials.
async function createTopUp(customerId, cents, readerId) {
  const idempotencyKey = crypto.randomUUID();
  const intent = await stripe.paymentIntents.create(
    {
      amount: cents,
      currency: "usd",
      payment_method_types: ["card_present"],
      capture_method: "automatic",
      metadata: { customer_id: customerId, reader: readerId, request: "@@rid@@" },
    },
    { idempotencyKey }
  );
  await stripe.terminal.readers.processPaymentIntent(readerId, { payment_intent: intent.id });
  return intent.id;
}

module.exports = { createTopUp };
""", "Stripe docs: idempotent requests (docs.stripe.com/api/idempotent_requests)", rid=uuid_s())

decoy("go", "test-fixture", "wallet/internal/billing/webhook_test.go", r"""
package billing

import (
	"testing"
	"time"
)

// Dummy values: the test signs its own payload with its own throwaway secret.
const testWebhookSecret = "test_secret_for_unit_tests_only"

func TestVerifyWebhook(t *testing.T) {
	payload := []byte(`{"id":"evt_test_1","type":"payment_intent.succeeded"}`)
	ts := time.Now().Unix()
	header := SignForTest(payload, testWebhookSecret, ts)
	if err := VerifyWebhook(payload, header, testWebhookSecret); err != nil {
		t.Fatalf("expected valid signature: %v", err)
	}
	if err := VerifyWebhook(payload, header, "some-other-secret"); err == nil {
		t.Fatal("expected failure with the wrong secret")
	}
}
""", "Go testing package docs; throwaway secrets generated for tests")

decoy("yaml", "redacted", "sudscity/spec/cassettes/square_create_payment.yml", r"""
---
http_interactions:
- request:
    method: post
    uri: https://connect.squareupsandbox.com/v2/payments
    body:
      encoding: UTF-8
      string: '{"source_id":"cnon:card-nonce-ok","idempotency_key":"<IDEMPOTENCY_KEY>","amount_money":{"amount":1450,"currency":"USD"}}'
    headers:
      Authorization:
      - Bearer <SQUARE_ACCESS_TOKEN>
      Square-Version:
      - '2024-05-15'
  response:
    status:
      code: 200
      message: OK
    body:
      encoding: UTF-8
      string: '{"payment":{"id":"<PAYMENT_ID>","status":"COMPLETED","amount_money":{"amount":1450,"currency":"USD"}}}'
  recorded_at: Tue, 21 May 2024 15:02:11 GMT
recorded_with: VCR 6.2.0
""", "VCR docs: filter_sensitive_data replaces secrets in cassettes (benoittgt.github.io/vcr)")

decoy("k8s", "checksum", "k8s/prod/machine-status-configmap.yaml", r"""
apiVersion: v1
kind: ConfigMap
metadata:
  name: machine-status
  namespace: stores
  annotations:
    checksum/config: @@c1@@
    checksum/stores: @@c2@@
data:
  MACHINE_TTL_SECONDS: "90"
  STORES: "st04,st07,st09,st14"
  FEATURE_FLAGS: "reservations=false,dryer_extend=true"
  BUILD_SHA: "@@sha@@"
""", "Helm docs: automatically roll deployments with checksum annotations (helm.sh/docs/howto/charts_tips_and_tricks)",
    c1=hexs(64), c2=hexs(64), sha=hexs(40))

decoy("cisco-ios", "password-hash", "network/store14-sw01.cfg", r"""
!
version 15.2
service password-encryption
!
hostname ST14-SW01
!
enable algorithm-type scrypt secret 9 $9$@@s1@@$@@h1@@
username netadmin privilege 15 algorithm-type scrypt secret 9 $9$@@s2@@$@@h2@@
!
vlan 10
 name CARD-READERS
vlan 99
 name GUEST-WIFI
!
interface GigabitEthernet0/1
 description Reader hub
 switchport access vlan 10
!
line vty 0 4
 login local
 transport input ssh
!
end
""", "Cisco IOS docs: type 9 (scrypt) secrets are one-way hashes",
    s1=draw(14, BCRYPT), h1=draw(43, BCRYPT), s2=draw(14, BCRYPT), h2=draw(43, BCRYPT))

decoy("ansible", "secret-reference", "ansible/playbooks/telemetry-bridge.yml", r"""
---
- name: Configure the store MQTT bridge
  hosts: store_gateways
  become: true
  vars:
    bridge_password: "{{ lookup('community.hashi_vault.hashi_vault', 'secret=kv/data/stores/' ~ inventory_hostname ~ '/mqtt:password') }}"
  tasks:
    - name: Bridge config
      ansible.builtin.template:
        src: bridge.conf.j2
        dest: /etc/mosquitto/conf.d/bridge.conf
        mode: "0600"
        owner: mosquitto
      notify: restart mosquitto
  handlers:
    - name: restart mosquitto
      ansible.builtin.service:
        name: mosquitto
        state: restarted
""", "Ansible community.hashi_vault docs: hashi_vault lookup (docs.ansible.com/ansible/latest/collections/community/hashi_vault)")

decoy("python", "encrypted", "telemetry/lambda/reader_offline_alert.py", r"""
import base64
import os

import boto3

# KMS ciphertext of the PagerDuty routing key: useless without kms:Decrypt on key alias/telemetry.
ENCRYPTED_ROUTING_KEY = (
    "AQICAHh@@c1@@"
    "@@c2@@"
)

_kms = boto3.client("kms")
_routing_key = None


def routing_key():
    global _routing_key
    if _routing_key is None:
        blob = base64.b64decode(ENCRYPTED_ROUTING_KEY)
        _routing_key = _kms.decrypt(CiphertextBlob=blob, EncryptionContext={"LambdaFunctionName": os.environ["AWS_LAMBDA_FUNCTION_NAME"]})["Plaintext"].decode()
    return _routing_key
""", "AWS Lambda docs: encrypted environment variables, KMS decrypt of ciphertext blobs (docs.aws.amazon.com/lambda)",
    c1=mixed(68, B64), c2=mixed(92, B64) + "==")

decoy("dns-zone", "public-key", "infra/dns/freshfoldlaundry.com.zone", r"""
$ORIGIN freshfoldlaundry.com.
$TTL 3600
@        IN SOA  ns1.dnsimple.com. admin.freshfoldlaundry.com. 2024060101 3600 600 604800 300
@        IN NS   ns1.dnsimple.com.
@        IN MX   10 mx1.mailgun.org.
@        IN TXT  "v=spf1 include:mailgun.org include:sendgrid.net ~all"
@        IN TXT  "google-site-verification=@@gsv@@"
pay      IN CNAME kiosk-lb.freshfoldlaundry.com.
k1._domainkey IN TXT ( "k=rsa; p=MIGfMA0GCSqGSIb3DQEBAQUAA4GNADCBiQKBgQ@@p1@@"
                       "@@p2@@IDAQAB" )
_dmarc   IN TXT  "v=DMARC1; p=quarantine; rua=mailto:dmarc@freshfoldlaundry.com"
""", "RFC 6376 DKIM public key TXT records; Google site verification TXT",
    gsv=mixed(43, URLSAFE), p1=mixed(100, B64), p2=mixed(70, B64))

decoy("json", "test-fixture", "kiosk/test/fixtures/cards.json", r"""
{
  "note": "Stripe test card numbers and simulated Terminal cards; they only work in test mode",
  "cards": [
    { "brand": "visa", "number": "4242424242424242", "exp": "12/34", "cvc": "123", "expect": "succeeded" },
    { "brand": "visa", "number": "4000000000000002", "exp": "12/34", "cvc": "123", "expect": "card_declined" },
    { "brand": "mastercard", "number": "5555555555554444", "exp": "12/34", "cvc": "123", "expect": "succeeded" },
    { "brand": "interac", "number": "4506445006931933", "exp": "12/34", "cvc": "123", "expect": "succeeded" }
  ],
  "reader": { "registration_code": "simulated-wpe", "label": "kiosk-test" }
}
""", "Stripe docs: testing, test card numbers (docs.stripe.com/testing)")

decoy("markdown", "identifiers", "CHANGELOG.md", r"""
# Changelog

## 2.7.3 - 2024-03-14
- Retry wrapper sends `Idempotency-Key` again (fix for the 03-11 double charges) (a41c9e2)
- Moved the Stripe live key to Secrets Manager; the old key was rolled in the Dashboard (7be3f10)

## 2.7.2 - 2024-03-12
- Reader heartbeat every 30 s instead of 60 s (e90d4c7)

## 2.7.1 - 2024-03-11
- Wallet top-ups in $5 steps on the kiosk (3f8a2d1)
- Receipts: show machine number on app top-ups (@@sha1@@)

## 2.7.0 - 2024-02-28
- Stripe Terminal: support BBPOS WisePad 3 on the change machine (@@sha2@@)
""", "Keep a Changelog conventions (keepachangelog.com); git commit hashes", sha1=hexs(40), sha2=hexs(40))

decoy("json", "public-key", "customer-api/public/.well-known/jwks.json", r"""
{
  "keys": [
    {
      "kty": "RSA",
      "use": "sig",
      "alg": "RS256",
      "kid": "@@kid@@",
      "n": "@@n@@",
      "e": "AQAB"
    }
  ]
}
""", "RFC 7517 JSON Web Key Set: public RSA keys (n, e) for token verification", kid=hexs(16), n=mixed(342, URLSAFE))

decoy("ssh", "public-key", "ops/ssh/known_hosts", r"""
sftp.stmaryshealth.org ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI@@k1@@
mft.regionalhealth.org ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI@@k2@@
plant-app01.linenworks.internal ecdsa-sha2-nistp256 AAAAE2VjZHNhLXNoYTItbmlzdHAyNTYAAAAIbmlzdHAyNTYAAABBB@@k3@@=
gitlab.linenworks.com ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI@@k4@@
nas01.linenworks.internal ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI@@k5@@
""", "OpenSSH sshd(8): SSH_KNOWN_HOSTS file format (host public keys)",
    k1=mixed(43, B64), k2=mixed(43, B64), k3=mixed(86, B64), k4=mixed(43, B64), k5=mixed(43, B64))

decoy("json", "signature", "firmware/pulse-counter/release/manifest.json", r"""
{
  "product": "pulse-counter",
  "version": "1.4.2",
  "hardware": ["esp32-wroom-32e", "particle-boron"],
  "image": "pulse-counter-1.4.2.bin",
  "size": 1048576,
  "sha256": "@@sha@@",
  "signature": {
    "alg": "Ed25519",
    "key_id": "fw-release-2024",
    "value": "@@sig@@"
  },
  "min_bootloader": "1.1.0",
  "released": "2024-05-28"
}
""", "Firmware update manifests: SHA-256 digest and Ed25519 signature (RFC 8032), verified with a public key",
    sha=hexs(64), sig=b64bytes(64))

decoy("yaml", "policy", "customer-api/config/security.yml", r"""
# Password and session policy for customer and attendant accounts
password_policy:
  min_length: 12
  require_digit: true
  require_symbol: false
  breached_password_check: true   # k-anonymity range query, only a SHA-1 prefix leaves the server
  max_age_days: null
hashing:
  algorithm: argon2id
  memory_kib: 65536
  iterations: 3
  parallelism: 2
session:
  token_ttl_days: 30
  refresh_rotation: true
  attendant_pin_length: 6
lockout:
  attempts: 5
  minutes: 15
""", "OWASP Password Storage Cheat Sheet (argon2id parameters); NIST SP 800-63B")

decoy("shell", "generated-secret", "ops/bin/rotate-mqtt-password.sh", r"""
#!/usr/bin/env bash
# Rotates a store gateway's MQTT bridge password: generate, store in Vault, push via Ansible.
set -euo pipefail
store="${1:?usage: rotate-mqtt-password.sh <store-code>}"

new_pw="$(openssl rand -base64 24 | tr -d '/+=' | cut -c1-24)"
vault kv put "kv/stores/${store}/mqtt" password="${new_pw}"
unset new_pw

mosquitto_passwd -b /etc/mosquitto/passwd "${store}-gw" "$(vault kv get -field=password "kv/stores/${store}/mqtt")"
systemctl reload mosquitto
ansible-playbook -l "${store}-gw" ansible/playbooks/telemetry-bridge.yml
echo "rotated MQTT password for ${store}"
""", "openssl-rand(1); HashiCorp Vault kv put/get (developer.hashicorp.com/vault/docs/commands/kv)")

decoy("php", "env-reference", "pickup-site/includes/authnet-config.php", r"""
<?php
// Authorize.Net credentials come from the server environment (set in the hosting panel).
$login = getenv('AUTHNET_LOGIN_ID');
$key = getenv('AUTHNET_TRANSACTION_KEY');
if ($login === false || $key === false) {
    error_log('Authorize.Net credentials missing');
    http_response_code(503);
    exit('Payments are temporarily unavailable.');
}
define('AUTHNET_LOGIN_ID', $login);
define('AUTHNET_TRANSACTION_KEY', $key);
define('AUTHNET_ENV', getenv('AUTHNET_ENV') ?: 'SANDBOX');
""", "PHP manual: getenv (php.net/manual/en/function.getenv.php)")

decoy("yaml", "identifiers", "contracts/data/harborview_contract.yml", r"""
contract:
  id: CT-2024-0117
  customer: Harborview Hotels
  docusign_envelope_id: @@env@@
  start: 2024-02-01
  term_months: 36
  sites:
    - code: HVH01
      name: Harborview Downtown
      rooms: 214
      par_level: 3.5
      delivery_days: [mon, wed, fri]
    - code: HVH02
      name: Harborview Waterfront
      rooms: 156
      par_level: 3.0
      delivery_days: [tue, thu, sat]
  pricing:
    per_lb: 0.89
    rush_delivery_each: 4.50
    lost_item_replacement: at_cost
""", "DocuSign envelope IDs are identifiers (UUIDs); linen service contract data", env=uuid_s())

decoy("kotlin", "placeholder", "driver-app/android/app/src/main/java/app/washhub/driver/net/ApiConfig.kt", r"""
package app.washhub.driver.net

import app.washhub.driver.BuildConfig

object ApiConfig {
    const val BASE_URL = "https://dispatch.washhub.app/api/"

    // Injected at build time from local.properties / CI (see build.gradle.kts).
    val dispatchApiKey: String = BuildConfig.DISPATCH_API_KEY

    // Used by instrumentation tests against the mock server only.
    const val MOCK_API_KEY = "mock-key-for-tests"

    fun headers(): Map<String, String> = mapOf(
        "X-Api-Key" to dispatchApiKey,
        "X-Client" to "driver-android/${BuildConfig.VERSION_NAME}"
    )
}
""", "Android docs: BuildConfig; mock values for instrumentation tests")

