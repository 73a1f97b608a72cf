"""Blind set EI: ferry operators and passenger shipping lines.

Booking and reservation systems, payment gateways for ticket sales, AIS and vessel tracking feeds,
port gate and terminal integrations, onboard Wi-Fi, networks and point of sale, crew rostering,
maritime weather feeds, and the CI, cloud, mobile and monitoring files around them; with decoys
of the same shapes. Generated fakes only (seeds 1,390,000-1,399,999).
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
B64 = ALNUM + "+/"
URLSAFE = ALNUM + "-_"
LOWNUM = string.ascii_lowercase + string.digits

SEED_LOW, SEED_HIGH = 1_390_000, 1_399_999
_SEED = [SEED_LOW]


def _next_seed() -> int:
    _SEED[0] += 3
    assert SEED_LOW <= _SEED[0] <= SEED_HIGH, _SEED[0]
    return _SEED[0]


def _rng() -> random.Random:
    return random.Random(_next_seed())


def _looks_issued(value: str) -> bool:
    return any(c.isdigit() for c in value) and any(c.isupper() for c in value) and any(c.islower() for c in value)


def chars(n: int, alphabet: str = ALNUM) -> str:
    """n characters of the alphabet; of a mixed-case alphabet, with both cases and a digit, as
    services issue tokens (at most 50 draws, so it always ends)."""
    r = _rng()
    value = ""
    for _ in range(50):
        value = "".join(r.choice(alphabet) for _ in range(n))
        mixed_case = any(c.isupper() for c in alphabet) and any(c.islower() for c in alphabet)
        if not mixed_case or n < 8 or _looks_issued(value):
            break
    return value


def hexs(n: int) -> str:
    return chars(n, HEX)


def HEXS(n: int) -> str:
    return chars(n, HEX.upper())


def digits(n: int) -> str:
    r = _rng()
    return str(r.randint(1, 9)) + "".join(r.choice(string.digits) for _ in range(n - 1))


def rand_bytes_b64(n: int) -> str:
    r = _rng()
    return base64.b64encode(bytes(r.getrandbits(8) for _ in range(n))).decode()


def b64(value: str) -> str:
    return base64.b64encode(value.encode()).decode()


def b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).decode().rstrip("=")


def uuid_s() -> str:
    return fakes.uuid4(_next_seed())


WORDS = ["Skerry", "Tern", "Ballast", "Gangway", "Bollard", "Mooring", "Fjord", "Kelp", "Puffin", "Harbour",
         "Lantern", "Keel", "Bowline", "Saltire", "Anchor", "Trawler", "Heron", "Capstan", "Drizzle",
         "Cormorant", "Orkney", "Lofoten", "Skagen", "Breakwater", "Gannet", "Hebrides", "Starboard"]
LOWER = ["tide", "gull", "oar", "reef", "squall", "kittiwake", "hull", "wake", "spray", "buoy", "brine",
         "shoal", "drift", "swell", "current", "pier", "dune", "rudder", "galley", "mast"]


def words_pw() -> str:
    r = _rng()
    return r.choice(WORDS) + r.choice("!#$%@*&") + r.choice(WORDS) + str(r.randint(10, 9999))


def person_pw() -> str:
    """What a person picks: a word, a year, a symbol, some letters swapped for digits."""
    r = _rng()
    word = r.choice(WORDS).replace("o", "0").replace("a", "@", 1)
    return word + str(r.randint(1970, 2025)) + r.choice("!?#$.")


def passphrase(sep: str = "-") -> str:
    r = _rng()
    return sep.join(r.sample(LOWER, 4)) + str(r.randint(1, 99))


def rand_pw(n: int = 20, extra: str = "") -> str:
    r = _rng()
    value = ""
    for _ in range(50):
        value = "".join(r.choice(ALNUM + extra) for _ in range(n))
        if _looks_issued(value) and (not extra or any(c in extra for c in value)):
            break
    return value


def pem(label: str, length: int, head: str = "", width: int = 64, pad: str = "") -> str:
    r = _rng()
    body = head + "".join(r.choice(B64) for _ in range(length - len(head) - len(pad))) + pad
    lines = [body[i:i + width] for i in range(0, len(body), width)]
    return f"-----BEGIN {label}-----\n" + "\n".join(lines) + f"\n-----END {label}-----"


def rsa_key() -> str:
    return pem("RSA PRIVATE KEY", 1676, "MIIEpAIBAAKCAQEA")


def pkcs8_rsa_key() -> str:
    return pem("PRIVATE KEY", 1624, "MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQ", pad="=")


def ec_key() -> str:
    return pem("EC PRIVATE KEY", 164, "MHcCAQEEI")


def p8_key() -> str:
    return pem("PRIVATE KEY", 184, "MIGTAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBHkwdwIBAQQg")


def ed25519_pkcs8() -> str:
    return pem("PRIVATE KEY", 64, "MC4CAQAwBQYDK2VwBCIEI")


def openssh_key() -> str:
    return pem("OPENSSH PRIVATE KEY", 400,
               "b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZWQyNTUxOQAAACD",
               width=70, pad="==")


def certificate() -> str:
    return pem("CERTIFICATE", 1196, "MIIDXTCCAkWgAwIBAgIJA", pad="=")


def public_key() -> str:
    return pem("PUBLIC KEY", 392, "MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA", pad="IDAQAB")


def ssh_public(comment: str) -> str:
    return "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI" + chars(43, B64) + " " + comment


def jwt(payload: dict, header: Optional[dict] = None, sig_bytes: int = 256) -> str:
    r = _rng()
    head = header or {"alg": "RS256", "typ": "JWT"}
    enc = lambda obj: b64url(json.dumps(obj, separators=(",", ":")).encode())  # noqa: E731
    return enc(head) + "." + enc(payload) + "." + b64url(bytes(r.getrandbits(8) for _ in range(sig_bytes)))


def mapbox(prefix: str, user: str) -> str:
    payload = b64url(json.dumps({"u": user, "a": chars(25, LOWNUM)}, separators=(",", ":")).encode())
    return f"{prefix}.{payload}.{chars(22, URLSAFE)}"


def imo() -> str:
    r = _rng()
    d = [r.randint(1, 9)] + [r.randint(0, 9) for _ in range(5)]
    check = sum(x * w for x, w in zip(d, [7, 6, 5, 4, 3, 2])) % 10
    return "".join(map(str, d)) + str(check)


def mmsi(mid: str = "257") -> str:
    return mid + digits(6)


AIS_CHARS = "0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVW`abcdefghijklmnopqrstuvw"


def nmea(channel: str = "A", length: int = 28) -> str:
    r = _rng()
    payload = "1" + "".join(r.choice(AIS_CHARS) for _ in range(length - 1))
    body = f"AIVDM,1,1,,{channel},{payload},0"
    check = 0
    for c in body:
        check ^= ord(c)
    return f"!{body}*{check:02X}"


# Vendor shapes -----------------------------------------------------------------------------------

def stripe_sk() -> str:
    return "sk_live_" + chars(99)


def stripe_pk() -> str:
    return "pk_live_" + chars(99)


def stripe_whsec() -> str:
    return "whsec_" + chars(32)


def adyen_key() -> str:
    return "AQE" + chars(60) + "=-" + chars(43, B64) + "=-" + chars(10)


def slack_bot() -> str:
    r = _rng()
    return f"xoxb-{r.randint(10**10, 10**11)}-{r.randint(10**12, 10**13)}-" + "".join(r.choice(ALNUM) for _ in range(24))


def slack_webhook() -> str:
    up = string.ascii_uppercase + string.digits
    return "https://hooks.slack.com/services/T" + chars(8, up) + "/B" + chars(10, up) + "/" + chars(24)


def sendgrid_key() -> str:
    return "SG." + chars(22, URLSAFE) + "." + chars(43, URLSAFE)


def azure_ad_secret() -> str:
    return chars(3) + "8Q~" + chars(34, ALNUM + "_.-~")


def azure_storage_key() -> str:
    return rand_bytes_b64(64)


def aws_pair() -> tuple:
    seed = _next_seed()
    return fakes.aws_key_id(seed), fakes.aws_secret_key(seed)


def telegram() -> str:
    return fakes.telegram_token(_next_seed())


CASES: List[LabelledCase] = []
_MARK = re.compile(r"<<([a-z0-9_]+)>>")
_UNSET = object()


def add(category: str, file_name: str, source: str, text: str, secret=_UNSET, **values: str) -> None:
    """One case: `<<name>>` marks in the text take the values; the secret is `s` unless given."""
    if text.startswith("\n"):
        text = text[1:]
    text = _MARK.sub(lambda m: values[m.group(1)] if m.group(1) in values else m.group(0), text)
    assert not [m for m in _MARK.findall(text) if m in values or m == "s"], file_name
    if secret is _UNSET:
        secret = values.get("s")
    assert (secret is None) == ("/decoy-" in category), file_name
    CASES.append(LabelledCase(f"blind-ei/{category}", file_name, text, secret, source))


# Payment gateways for ticket sales ---------------------------------------------------------------

add("env/stripe-secret-key", "booking-web/.env.production", "https://docs.stripe.com/keys", r"""
# booking-web - production settings (Nordhav Ferries)
NODE_ENV=production
PUBLIC_BASE_URL=https://book.nordhavferries.no
RESERVATION_API_URL=https://res-api.internal.nordhav.no/v2
DEFAULT_LOCALE=nb-NO
CURRENCY=NOK
STRIPE_PUBLISHABLE_KEY=<<pk>>
STRIPE_SECRET_KEY=<<s>>
STRIPE_API_VERSION=2024-06-20
SESSION_COOKIE_NAME=nh_booking
SESSION_TTL_MINUTES=30
FEATURE_CABIN_UPSELL=true
FEATURE_VEHICLE_HEIGHT_CHECK=true
SENTRY_ENVIRONMENT=production
""", pk=stripe_pk(), s=stripe_sk())

add("python/adyen-api-key", "backoffice/payments/adyen_client.py",
    "https://docs.adyen.com/development-resources/api-credentials/", r'''
"""Adyen Checkout for the reservation back office (card and MobilePay at the ticket desk)."""
import Adyen

from reservations.models import Booking

adyen = Adyen.Adyen()
adyen.payment.client.xapikey = "<<s>>"
adyen.payment.client.platform = "live"
adyen.payment.client.live_endpoint_prefix = "<<prefix>>-NordhavFerries"

MERCHANT_ACCOUNT = "NordhavFerriesECOM"


def create_session(booking: Booking, return_url: str) -> dict:
    request = {
        "merchantAccount": MERCHANT_ACCOUNT,
        "amount": {"value": booking.total_minor_units, "currency": booking.currency},
        "reference": booking.pnr,
        "returnUrl": return_url,
        "countryCode": booking.country_code,
        "shopperLocale": booking.locale,
        "lineItems": [
            {"description": line.description, "amountIncludingTax": line.amount_minor_units,
             "quantity": line.quantity}
            for line in booking.lines
        ],
    }
    result = adyen.checkout.payments_api.sessions(request)
    return result.message
''', prefix=hexs(16), s=adyen_key())

add("yaml/adyen-hmac-key", "payments-service/config/adyen-notifications.yml",
    "https://docs.adyen.com/development-resources/webhooks/verify-hmac-signatures/", r"""
# Adyen standard webhook -> booking-events topic
adyen:
  merchant_account: NordhavFerriesECOM
  environment: LIVE
  webhook:
    path: /hooks/adyen/standard
    basic_auth_user: adyen-webhook
    basic_auth_password_env: ADYEN_WEBHOOK_PASSWORD
    hmac_key: "<<s>>"
    accepted_events:
      - AUTHORISATION
      - CANCELLATION
      - REFUND
      - CAPTURE_FAILED
  retry:
    max_attempts: 5
    backoff_seconds: 30
kafka:
  topic: booking-events
  key_field: merchantReference
""", s=HEXS(64))

add("javascript/stripe-webhook-secret", "checkout-service/src/routes/stripeWebhook.js",
    "https://docs.stripe.com/webhooks#verify-official-libraries", r"""
const express = require('express');
const Stripe = require('stripe');
const { markBookingPaid, releaseHold } = require('../bookings');

const stripe = Stripe(process.env.STRIPE_SECRET_KEY);
const endpointSecret = '<<s>>';

const router = express.Router();

router.post('/stripe/webhook', express.raw({ type: 'application/json' }), async (req, res) => {
  let event;
  try {
    event = stripe.webhooks.constructEvent(req.body, req.headers['stripe-signature'], endpointSecret);
  } catch (err) {
    console.warn(`stripe signature failed: ${err.message}`);
    return res.status(400).send(`Webhook Error: ${err.message}`);
  }
  switch (event.type) {
    case 'checkout.session.completed':
      await markBookingPaid(event.data.object.client_reference_id, event.data.object.payment_intent);
      break;
    case 'checkout.session.expired':
      await releaseHold(event.data.object.client_reference_id);
      break;
    default:
      break;
  }
  return res.json({ received: true });
});

module.exports = router;
""", s=stripe_whsec())

add("php/braintree-private-key", "wp-content/plugins/island-pass/includes/braintree-gateway.php",
    "https://developer.paypal.com/braintree/docs/start/hello-server/php", r"""
<?php
/**
 * Braintree gateway for the island-hopper pass checkout.
 */
require_once __DIR__ . '/../vendor/autoload.php';

$gateway = new Braintree\Gateway([
    'environment' => 'production',
    'merchantId'  => '<<mid>>',
    'publicKey'   => '<<pub>>',
    'privateKey'  => '<<s>>',
]);

function island_pass_charge(Braintree\Gateway $gateway, string $nonce, string $amount, string $passRef): array
{
    $result = $gateway->transaction()->sale([
        'amount' => $amount,
        'paymentMethodNonce' => $nonce,
        'orderId' => $passRef,
        'options' => ['submitForSettlement' => true],
    ]);
    if (!$result->success) {
        error_log('braintree sale failed for ' . $passRef . ': ' . $result->message);
        return ['ok' => false, 'message' => $result->message];
    }
    return ['ok' => true, 'transactionId' => $result->transaction->id];
}
""", mid=chars(16, LOWNUM), pub=chars(16, LOWNUM), s=hexs(32))

add("json/paypal-client-secret", "src/Tern.Payments.Api/appsettings.Production.json",
    "https://developer.paypal.com/api/rest/authentication/", r"""
{
  "Logging": { "LogLevel": { "Default": "Information", "Microsoft.AspNetCore": "Warning" } },
  "AllowedHosts": "*",
  "PayPal": {
    "Mode": "live",
    "BaseUrl": "https://api-m.paypal.com",
    "ClientId": "<<cid>>",
    "ClientSecret": "<<s>>",
    "WebhookId": "<<wid>>",
    "BrandName": "Tern Island Ferries",
    "ReturnUrl": "https://tickets.ternislandferries.co.uk/checkout/paypal/return",
    "CancelUrl": "https://tickets.ternislandferries.co.uk/checkout/paypal/cancel"
  },
  "Reservations": {
    "HoldMinutes": 20,
    "DefaultRoute": "OBN-CRN"
  }
}
""", cid="A" + chars(79, URLSAFE), s="E" + chars(79, URLSAFE), wid=chars(17, string.ascii_uppercase + string.digits))

add("ruby/mollie-live-key", "app/services/checkout/mollie_payment.rb",
    "https://docs.mollie.com/reference/authentication", r"""
# frozen_string_literal: true

require "mollie-api-ruby"

Mollie::Client.configure do |config|
  config.api_key = "<<s>>"
end

module Checkout
  class MolliePayment
    ROUTE_DESCRIPTIONS = {
      "HRL-VLI" => "Harlingen - Vlieland",
      "HRL-TER" => "Harlingen - Terschelling"
    }.freeze

    def initialize(booking)
      @booking = booking
    end

    def create!
      Mollie::Payment.create(
        amount: { value: format("%.2f", @booking.total), currency: "EUR" },
        description: "Overtocht #{ROUTE_DESCRIPTIONS.fetch(@booking.route_code)} #{@booking.reference}",
        redirect_url: "https://boeken.waddenveer.nl/betaling/#{@booking.reference}",
        webhook_url: "https://boeken.waddenveer.nl/webhooks/mollie",
        metadata: { booking_id: @booking.id }
      )
    end
  end
end
""", s="live_" + chars(30))

add("kotlin/vipps-client-secret", "android/app/src/main/java/no/fjordekspressen/app/payment/VippsConfig.kt",
    "https://developer.vippsmobilepay.com/docs/APIs/access-token-api/", r"""
package no.fjordekspressen.app.payment

object VippsConfig {
    const val BASE_URL = "https://api.vipps.no"
    const val MERCHANT_SERIAL_NUMBER = "<<msn>>"
    const val CLIENT_ID = "<<cid>>"
    const val CLIENT_SECRET = "<<s>>"
    const val SYSTEM_NAME = "fjordekspressen-android"
    const val SYSTEM_VERSION = "4.12.0"
    const val FALLBACK_URL = "https://billett.fjordekspressen.no/vipps/fallback"

    fun tokenHeaders(): Map<String, String> = mapOf(
        "client_id" to CLIENT_ID,
        "client_secret" to CLIENT_SECRET,
        "Merchant-Serial-Number" to MERCHANT_SERIAL_NUMBER,
        "Vipps-System-Name" to SYSTEM_NAME,
        "Vipps-System-Version" to SYSTEM_VERSION,
    )
}
""", msn=digits(6), cid=uuid_s(), s=rand_bytes_b64(30))

add("go/nets-easy-secret-key", "internal/payments/nets/client.go",
    "https://developer.nexigroup.com/nexi-checkout/en-EU/api/#authentication", r"""
package nets

import (
    "bytes"
    "encoding/json"
    "fmt"
    "net/http"
    "time"
)

const (
    baseURL   = "https://api.dibspayment.eu"
    secretKey = "<<s>>"
)

type Client struct {
    http *http.Client
}

func NewClient() *Client {
    return &Client{http: &http.Client{Timeout: 15 * time.Second}}
}

func (c *Client) CreatePayment(order map[string]any) (string, error) {
    body, err := json.Marshal(map[string]any{
        "order":    order,
        "checkout": map[string]any{"integrationType": "HostedPaymentPage", "termsUrl": "https://www.larvikline.dk/vilkaar"},
    })
    if err != nil {
        return "", err
    }
    req, _ := http.NewRequest(http.MethodPost, baseURL+"/v1/payments", bytes.NewReader(body))
    req.Header.Set("Authorization", secretKey)
    req.Header.Set("Content-Type", "application/json")
    resp, err := c.http.Do(req)
    if err != nil {
        return "", err
    }
    defer resp.Body.Close()
    if resp.StatusCode != http.StatusCreated {
        return "", fmt.Errorf("nets: create payment: %s", resp.Status)
    }
    var out struct {
        PaymentID string `json:"paymentId"`
    }
    err = json.NewDecoder(resp.Body).Decode(&out)
    return out.PaymentID, err
}
""", s="live-secret-key-" + hexs(32))

add("toml/klarna-password", "payments-service/config/production.toml",
    "https://docs.klarna.com/api/authentication/", r"""
# payments-service (Skagerrak Line webshop, SE/NO/DK)
[server]
port = 8085
base_path = "/payments"

[klarna]
region = "eu"
endpoint = "https://api.klarna.com"
username = "K<<n>>_<<hx>>"
password = "<<s>>"
purchase_country = "SE"
purchase_currency = "SEK"
locale = "sv-SE"

[klarna.merchant_urls]
terms = "https://www.skagerrakline.se/villkor"
confirmation = "https://www.skagerrakline.se/bokning/bekraftelse?order={checkout.order.id}"
push = "https://api.skagerrakline.se/payments/klarna/push?order={checkout.order.id}"

[hold]
minutes = 25
""", n=digits(6), hx=hexs(12), s=rand_pw(16))

add("properties/worldline-api-secret", "booking-core/src/main/resources/worldline.properties",
    "https://docs.direct.worldline-solutions.com/en/integration/api-developer-guide/authentication", r"""
# Worldline Direct - Brittany crossings webshop
connect.api.endpoint.host=payment.direct.worldline-solutions.com
connect.api.endpoint.scheme=https
connect.api.authorizationType=v1HMAC
connect.api.integrator=Armor Ferries
connect.api.connectTimeout=5000
connect.api.socketTimeout=10000
worldline.merchant.id=armorferries
worldline.api.key.id=<<kid>>
worldline.api.secret=<<s>>
worldline.return.url=https://reservations.armorferries.fr/paiement/retour
worldline.locale=fr_FR
""", kid=HEXS(20), s=rand_bytes_b64(48))

add("swift/square-access-token", "OnboardPOS/Sources/Config/SquareConfig.swift",
    "https://developer.squareup.com/docs/build-basics/access-tokens", r"""
import Foundation

enum SquareConfig {
    static let applicationID = "sq0idp-<<app>>"
    static let locationID = "<<loc>>"
    // used by the cabin-bar tablets to push catalog changes before departure
    static let accessToken = "<<s>>"
    static let apiBase = URL(string: "https://connect.squareup.com/v2")!
}

struct CatalogSync {
    func upsert(_ body: Data, completion: @escaping (Result<Data, Error>) -> Void) {
        var request = URLRequest(url: SquareConfig.apiBase.appendingPathComponent("catalog/batch-upsert"))
        request.httpMethod = "POST"
        request.setValue("Bearer \(SquareConfig.accessToken)", forHTTPHeaderField: "Authorization")
        request.setValue("2024-07-17", forHTTPHeaderField: "Square-Version")
        request.setValue("application/json", forHTTPHeaderField: "Content-Type")
        request.httpBody = body
        URLSession.shared.dataTask(with: request) { data, _, error in
            if let error = error { return completion(.failure(error)) }
            completion(.success(data ?? Data()))
        }.resume()
    }
}
""", app=chars(22, URLSAFE), loc="L" + chars(12, string.ascii_uppercase + string.digits), s="EAAA" + chars(60, URLSAFE))

add("env/razorpay-key-secret", "andaman-booking/.env",
    "https://razorpay.com/docs/api/authentication/", r"""
APP_NAME="Makbay Ferries Booking"
NODE_ENV=production
PORT=4000
APP_URL=https://book.makbayferries.in
DATABASE_URL=${DATABASE_URL}
RAZORPAY_KEY_ID=rzp_live_<<kid>>
RAZORPAY_KEY_SECRET=<<s>>
RAZORPAY_WEBHOOK_PATH=/webhooks/razorpay
ROUTES=PBL-HVL,HVL-NLL,PBL-NLL
SEAT_HOLD_SECONDS=600
GST_PERCENT=5
""", kid=chars(14), s=chars(24))

add("csharp/checkout-com-secret-key", "src/Ferries.Payments/CheckoutComGateway.cs",
    "https://www.checkout.com/docs/developer-resources/api/api-keys", r"""
using System.Net.Http.Headers;
using System.Net.Http.Json;

namespace Ferries.Payments;

public sealed class CheckoutComGateway
{
    private const string ApiBase = "https://api.checkout.com";
    private const string SecretKey = "<<s>>";
    private const string ProcessingChannelId = "pc_<<pc>>";

    private readonly HttpClient _http;

    public CheckoutComGateway(HttpClient http)
    {
        _http = http;
        _http.BaseAddress = new Uri(ApiBase);
        _http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", SecretKey);
    }

    public async Task<string?> RefundAsync(string paymentId, long amountMinor, string bookingRef)
    {
        var response = await _http.PostAsJsonAsync($"/payments/{paymentId}/refunds",
            new { amount = amountMinor, reference = bookingRef, processing_channel_id = ProcessingChannelId });
        response.EnsureSuccessStatusCode();
        var body = await response.Content.ReadFromJsonAsync<Dictionary<string, object>>();
        return body?["action_id"]?.ToString();
    }
}
""", s="sk_" + chars(27, "abcdefghijklmnopqrstuvwxyz234567"), pc=chars(26, "abcdefghijklmnopqrstuvwxyz234567"))

# decoys
add("env/decoy-placeholder", "booking-web/.env.example", "https://docs.stripe.com/keys", r"""
# Copy to .env.local and fill in from 1Password (vault "Booking Web")
NODE_ENV=development
PUBLIC_BASE_URL=http://localhost:3000
RESERVATION_API_URL=http://localhost:8080/v2
STRIPE_PUBLISHABLE_KEY=pk_test_your_publishable_key
STRIPE_SECRET_KEY=sk_test_replace_me
STRIPE_WEBHOOK_SECRET=whsec_...
ADYEN_API_KEY=<adyen-api-key>
ADYEN_HMAC_KEY=
VIPPS_CLIENT_SECRET=changeme
SESSION_TTL_MINUTES=30
""")

add("javascript/decoy-publishable-key", "booking-web/src/checkout/stripeElements.js",
    "https://docs.stripe.com/keys#obtain-api-keys", r"""
import { loadStripe } from '@stripe/stripe-js';

// Publishable key: safe to ship to the browser (the secret key lives only in checkout-service).
const STRIPE_PUBLISHABLE_KEY = '<<pk>>';

let stripePromise;

export function getStripe() {
  if (!stripePromise) {
    stripePromise = loadStripe(STRIPE_PUBLISHABLE_KEY, { locale: 'nb' });
  }
  return stripePromise;
}

export async function mountPaymentElement(clientSecretFromServer, selector) {
  const stripe = await getStripe();
  const elements = stripe.elements({ clientSecret: clientSecretFromServer, appearance: { theme: 'stripe' } });
  const payment = elements.create('payment', { layout: 'tabs' });
  payment.mount(selector);
  return { stripe, elements };
}
""", pk=stripe_pk())

add("typescript/decoy-client-key", "booking-web/src/checkout/adyenDropin.ts",
    "https://docs.adyen.com/development-resources/client-side-authentication/", r"""
import AdyenCheckout from '@adyen/adyen-web';
import '@adyen/adyen-web/dist/adyen.css';

// Client key: public by design, restricted to our allowed origins in the Customer Area.
const ADYEN_CLIENT_KEY = 'live_<<ck>>';

export async function mountDropin(session: { id: string; sessionData: string }, el: HTMLElement) {
  const checkout = await AdyenCheckout({
    environment: 'live-eu',
    clientKey: ADYEN_CLIENT_KEY,
    session,
    locale: 'da-DK',
    analytics: { enabled: false },
    onPaymentCompleted: (result: { resultCode: string }) => {
      window.location.assign(`/booking/confirmation?result=${encodeURIComponent(result.resultCode)}`);
    },
    onError: (error: Error) => console.error('adyen drop-in', error.message),
  });
  return checkout.create('dropin').mount(el);
}
""", ck=chars(32, string.ascii_uppercase + string.digits))

add("html/decoy-client-id", "tickets-site/templates/checkout/paypal_buttons.html",
    "https://developer.paypal.com/sdk/js/configuration/", r"""
{% extends "checkout/base.html" %}
{% block payment %}
<div id="paypal-buttons"></div>
<script src="https://www.paypal.com/sdk/js?client-id=<<cid>>&currency=GBP&intent=capture"
        data-page-type="checkout"></script>
<script>
  paypal.Buttons({
    createOrder: () => fetch('/checkout/paypal/order', { method: 'POST' })
        .then((r) => r.json()).then((o) => o.id),
    onApprove: (data) => fetch(`/checkout/paypal/capture/${data.orderID}`, { method: 'POST' })
        .then(() => window.location.assign('/checkout/done')),
  }).render('#paypal-buttons');
</script>
{% endblock %}
""", cid="A" + chars(79, URLSAFE))

add("python/decoy-test-fixture", "payments-service/tests/test_refunds.py",
    "https://github.com/stripe/stripe-mock", r'''
"""Refund flow against stripe-mock (it accepts any key; nothing here reaches Stripe)."""
import pytest
import stripe

from payments.refunds import refund_cancelled_sailing


@pytest.fixture(autouse=True)
def stripe_mock(monkeypatch):
    monkeypatch.setattr(stripe, "api_base", "http://localhost:12111")
    monkeypatch.setattr(stripe, "api_key", "sk_test_123")
    yield


def test_refunds_every_passenger_of_a_cancelled_sailing(booking_factory):
    sailing = "HRT-KRS-2024-11-02-0730"
    bookings = [booking_factory(sailing=sailing, payment_intent="pi_fixture_%d" % i) for i in range(3)]
    refunded = refund_cancelled_sailing(sailing, reason="weather")
    assert sorted(r.booking_id for r in refunded) == sorted(b.id for b in bookings)


def test_refund_is_idempotent(booking_factory):
    booking = booking_factory(payment_intent="pi_fixture_dup")
    first = refund_cancelled_sailing(booking.sailing, reason="weather")
    second = refund_cancelled_sailing(booking.sailing, reason="weather")
    assert [r.id for r in first] == [r.id for r in second]
''')

add("log/decoy-redacted", "docs/incidents/2024-03-18-double-charge.md",
    "https://docs.adyen.com/development-resources/webhooks/", r"""
# Incident 2024-03-18: double charges on the 07:30 Hirtshals departure

Excerpt of the payments-service log (secrets are masked by the log filter):

```
2024-03-18T05:41:07Z INFO  adyen POST /v71/payments ref=NH-7Q2KX amount=148900 NOK
2024-03-18T05:41:07Z DEBUG headers: {"x-api-key": "AQE***************(redacted)", "content-type": "application/json"}
2024-03-18T05:41:09Z WARN  timeout after 2000ms, retrying without idempotency key
2024-03-18T05:41:10Z INFO  adyen POST /v71/payments ref=NH-7Q2KX amount=148900 NOK
2024-03-18T05:41:10Z DEBUG hmac check: key=[REDACTED] signature=ok
```

## Root cause
The retry path built a fresh request without the `Idempotency-Key` header.

## Actions
- Always send `Idempotency-Key: <booking ref>-<attempt group>`.
- Timeout raised to 8 s for Adyen calls.
""")

add("python/decoy-secret-manager", "payments-service/payments/settings.py",
    "https://docs.aws.amazon.com/secretsmanager/latest/userguide/retrieving-secrets_cache-python.html", r'''
"""Gateway credentials come from AWS Secrets Manager at start-up, never from the repository."""
import json
import os
from functools import lru_cache

import boto3

REGION = os.environ.get("AWS_REGION", "eu-north-1")
SECRET_ID = os.environ.get("PAYMENTS_SECRET_ID", "prod/payments-service/gateways")


@lru_cache(maxsize=1)
def gateway_secrets() -> dict:
    client = boto3.client("secretsmanager", region_name=REGION)
    return json.loads(client.get_secret_value(SecretId=SECRET_ID)["SecretString"])


def adyen_api_key() -> str:
    return gateway_secrets()["adyen_api_key"]


def stripe_secret_key() -> str:
    return gateway_secrets()["stripe_secret_key"]


def vipps_client_secret() -> str:
    return gateway_secrets()["vipps_client_secret"]
''')

# Ticketing and reservation systems ---------------------------------------------------------------

add("xml/mssql-connection-string", "Reservations.Web/Web.config",
    "https://learn.microsoft.com/en-us/dotnet/framework/data/adonet/connection-string-syntax", r"""
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <connectionStrings>
    <add name="ReservationsDb"
         connectionString="Data Source=sqlres01.nordhav.local,1433;Initial Catalog=Reservations;User ID=res_web;Password=<<s>>;Encrypt=True;TrustServerCertificate=True;Application Name=Reservations.Web"
         providerName="System.Data.SqlClient" />
  </connectionStrings>
  <appSettings>
    <add key="SailingCacheMinutes" value="5" />
    <add key="VehicleLaneCapacityCheck" value="true" />
    <add key="DefaultCurrency" value="NOK" />
  </appSettings>
  <system.web>
    <compilation debug="false" targetFramework="4.8" />
    <httpRuntime targetFramework="4.8" enableVersionHeader="false" />
    <customErrors mode="RemoteOnly" defaultRedirect="~/Error" />
  </system.web>
</configuration>
""", s=words_pw())

add("yaml/oracle-jdbc-password", "reservation-core/src/main/resources/application-prod.yml",
    "https://docs.spring.io/spring-boot/docs/current/reference/html/data.html#data.sql.datasource.configuration", r"""
server:
  port: 8080
  shutdown: graceful

spring:
  datasource:
    url: jdbc:oracle:thin:@//ora-res-scan.skagerrak.local:1521/RESPRD
    username: RES_APP
    password: <<s>>
    driver-class-name: oracle.jdbc.OracleDriver
    hikari:
      maximum-pool-size: 30
      connection-timeout: 20000
  jpa:
    open-in-view: false
    properties:
      hibernate.jdbc.batch_size: 50

reservation:
  sailing-horizon-days: 330
  vehicle-deck-lane-metres: 1850
  overbooking:
    foot-passengers-percent: 0
    cabins-percent: 2
""", s=rand_pw(14))

add("javascript/mongodb-uri", "ticket-api/config/production.js",
    "https://www.mongodb.com/docs/manual/reference/connection-string/", r"""
module.exports = {
  port: 3100,
  mongo: {
    uri: 'mongodb+srv://ticket_api:<<s>>@tickets-prod.x7qkp.mongodb.net/tickets?retryWrites=true&w=majority&appName=ticket-api',
    poolSize: 20,
  },
  qr: {
    issuer: 'baltic-strait-lines',
    validityMinutesBeforeDeparture: 120,
  },
  gates: ['TLL-D-TERMINAL', 'HEL-WEST-T2'],
  logLevel: 'info',
};
""", s=rand_pw(24))

add("python/redis-url", "ticketing/settings/prod.py",
    "https://redis.io/docs/latest/develop/clients/redis-py/", r"""
from .base import *  # noqa: F401,F403

DEBUG = False
ALLOWED_HOSTS = ["tickets.ternislandferries.co.uk", "admin.ternislandferries.co.uk"]

CACHES = {
    "default": {
        "BACKEND": "django.core.cache.backends.redis.RedisCache",
        "LOCATION": "rediss://default:<<s>>@seat-holds.ternferries.cache.amazonaws.com:6379/0",
        "TIMEOUT": 900,
    }
}

SEAT_HOLD_SECONDS = 900
CELERY_BROKER_URL = "sqs://"
CELERY_TASK_DEFAULT_QUEUE = "ticketing-prod"
SESSION_ENGINE = "django.contrib.sessions.backends.cache"
""", s=fakes.redis_password(_next_seed()))

add("python/django-secret-key", "ticketing/settings/base.py",
    "https://docs.djangoproject.com/en/5.0/ref/settings/#secret-key", r"""
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent.parent

SECRET_KEY = "<<s>>"

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "sailings",
    "bookings",
    "vehicles",
    "manifests",
]

ROOT_URLCONF = "ticketing.urls"
LANGUAGE_CODE = "en-gb"
TIME_ZONE = "Europe/London"
USE_TZ = True
STATIC_URL = "/static/"
""", s=fakes.django_secret_key(_next_seed()))

add("json/jwt-signing-secret", "ticket-api/config/default.json",
    "https://github.com/auth0/node-jsonwebtoken#jwtsignpayload-secretorprivatekey-options-callback", r"""
{
  "port": 3100,
  "auth": {
    "jwtSecret": "<<s>>",
    "jwtIssuer": "https://tickets.balticstrait.ee",
    "accessTokenTtl": "15m",
    "refreshTokenTtl": "30d"
  },
  "boarding": {
    "openMinutesBeforeDeparture": 90,
    "closeMinutesBeforeDeparture": 15
  },
  "locales": ["et", "fi", "en", "ru"]
}
""", s=hexs(64))

add("yaml/rails-secret-key-base", "config/secrets.yml",
    "https://guides.rubyonrails.org/security.html#custom-credentials", r"""
# Be sure to restart your server when you modify this file.
development:
  secret_key_base: 3f1c0b3c1d5e0a8e8f4b2b1c9c4c3a2e1f0d9c8b7a6f5e4d3c2b1a0f9e8d7c6b5a4f3e2d1c0b9a8f7e6d5c4b3a2f1e0d9c8b7a6f5e4d3c2b1a0f9e8d7c6b5a4f

test:
  secret_key_base: test-only-not-a-secret

production:
  secret_key_base: <<s>>
  island_pass:
    max_sailings_per_day: 6
""", s=hexs(128))

add("env/laravel-app-key", "hebrides-booking/.env",
    "https://laravel.com/docs/11.x/encryption#configuration", r"""
APP_NAME="Hebrides Ferry Booking"
APP_ENV=production
APP_KEY=<<s>>
APP_DEBUG=false
APP_URL=https://booking.hebridesferries.scot

LOG_CHANNEL=stack
LOG_LEVEL=warning

DB_CONNECTION=mysql
DB_HOST=booking-db.internal
DB_PORT=3306
DB_DATABASE=booking
DB_USERNAME=booking
DB_PASSWORD=${BOOKING_DB_PASSWORD}

QUEUE_CONNECTION=redis
SESSION_DRIVER=redis
""", s="base64:" + rand_bytes_b64(32))

add("go/qr-ticket-hmac-key", "internal/ticket/qr.go",
    "https://pkg.go.dev/crypto/hmac", r"""
package ticket

import (
    "crypto/hmac"
    "crypto/sha256"
    "encoding/base64"
    "encoding/hex"
    "fmt"
    "strings"
)

// qrSigningKey signs the payload printed in every boarding QR code (validated at the gate readers).
var qrSigningKey, _ = hex.DecodeString("<<s>>")

func Sign(bookingRef, sailingID string, passengers int) string {
    payload := fmt.Sprintf("%s|%s|%d", bookingRef, sailingID, passengers)
    mac := hmac.New(sha256.New, qrSigningKey)
    mac.Write([]byte(payload))
    return base64.RawURLEncoding.EncodeToString([]byte(payload)) + "." +
        base64.RawURLEncoding.EncodeToString(mac.Sum(nil))
}

func Verify(code string) (string, bool) {
    parts := strings.SplitN(code, ".", 2)
    if len(parts) != 2 {
        return "", false
    }
    payload, err := base64.RawURLEncoding.DecodeString(parts[0])
    if err != nil {
        return "", false
    }
    return string(payload), hmac.Equal([]byte(Sign(strings.SplitN(string(payload), "|", 2)[0], "", 0)), []byte(code))
}
""", s=hexs(64))

_k = ed25519_pkcs8()
add("helm/ed25519-private-key", "charts/boarding-pass/values-prod.yaml",
    "https://helm.sh/docs/chart_template_guide/values_files/", r"""
replicaCount: 3
image:
  repository: registry.balticstrait.ee/boarding-pass
  tag: "2.8.1"
ingress:
  enabled: true
  host: boarding.balticstrait.ee
signing:
  algorithm: EdDSA
  keyId: bp-2024-09
  privateKey: |
    <<k>>
walletPass:
  passTypeIdentifier: pass.ee.balticstrait.boarding
  teamIdentifier: 7KQ3XJ2L9M
resources:
  requests:
    cpu: 100m
    memory: 128Mi
""", secret=_k, k=_k.replace("\n", "\n    "))

add("k8s-secret/database-password", "deploy/k8s/reservation-db-secret.yaml",
    "https://kubernetes.io/docs/concepts/configuration/secret/", r"""
apiVersion: v1
kind: Secret
metadata:
  name: reservation-db
  namespace: reservations
  labels:
    app.kubernetes.io/part-of: reservation-core
type: Opaque
data:
  DB_HOST: <<host>>
  DB_NAME: <<name>>
  DB_USER: <<user>>
  DB_PASSWORD: <<pw>>
""", secret=(_pw := person_pw()), host=b64("pg-res-prod.reservations.svc"), name=b64("reservations"),
    user=b64("res_app"), pw=b64(_pw))

add("sql/create-user-password", "db/migrations/V42__create_reporting_user.sql",
    "https://www.postgresql.org/docs/current/sql-createrole.html", r"""
-- Read-only user for the load-factor dashboards (Power BI gateway)
CREATE ROLE reporting_ro WITH LOGIN PASSWORD '<<s>>' CONNECTION LIMIT 5;

GRANT CONNECT ON DATABASE reservations TO reporting_ro;
GRANT USAGE ON SCHEMA sailings, bookings TO reporting_ro;
GRANT SELECT ON ALL TABLES IN SCHEMA sailings TO reporting_ro;
GRANT SELECT ON bookings.booking, bookings.booking_line, bookings.vehicle TO reporting_ro;
ALTER DEFAULT PRIVILEGES IN SCHEMA sailings GRANT SELECT ON TABLES TO reporting_ro;

COMMENT ON ROLE reporting_ro IS 'Power BI load factor reports, owner: commercial analytics';
""", s=words_pw())

add("xml/ota-message-password", "integrations/ota/samples/OTA_VehicleResRQ_agent.xml",
    "https://opentravel.org/ (OTA 2015B POS/Source/RequestorID)", r"""
<?xml version="1.0" encoding="UTF-8"?>
<!-- Request sent by the tour-operator gateway for Kiel-Oslo cabin+car packages -->
<OTA_CruiseBookRQ xmlns="http://www.opentravel.org/OTA/2003/05" Version="6.000" EchoToken="ECH-55120">
  <POS>
    <Source ISOCountry="DE" ISOCurrency="EUR">
      <RequestorID Type="5" ID="DEKLTOUR4411" MessagePassword="<<s>>">
        <CompanyName Code="NSL">Nordsee Touristik GmbH</CompanyName>
      </RequestorID>
      <BookingChannel Type="2"/>
    </Source>
  </POS>
  <SailingInfo>
    <SelectedSailing Start="2024-06-14" Duration="P1D" VoyageID="KIE-OSL-0614">
      <CruiseLine VendorCode="NHF" ShipCode="NHAUR"/>
    </SelectedSailing>
  </SailingInfo>
  <ReservationInfo>
    <GuestDetails>
      <GuestDetail>
        <ContactInfo Age="44"><PersonName><GivenName>Anke</GivenName><Surname>Brauer</Surname></PersonName></ContactInfo>
      </GuestDetail>
    </GuestDetails>
  </ReservationInfo>
</OTA_CruiseBookRQ>
""", s=rand_pw(12))

add("javascript/algolia-admin-key", "scripts/index-timetables.js",
    "https://www.algolia.com/doc/guides/security/api-keys/", r"""
#!/usr/bin/env node
// Rebuilds the "sailings" index used by the route finder. Run after each timetable import.
const algoliasearch = require('algoliasearch');
const { loadTimetable } = require('../lib/timetable');

const client = algoliasearch('<<app>>', '<<s>>');
const index = client.initIndex('sailings_prod');

async function main() {
  const sailings = await loadTimetable(process.argv[2] || 'data/timetable-2025.csv');
  const records = sailings.map((s) => ({
    objectID: s.id,
    route: `${s.from} - ${s.to}`,
    departure: s.departure,
    vessel: s.vessel,
    vehicleSpace: s.vehicleSpace,
  }));
  await index.replaceAllObjects(records, { safe: true });
  console.log(`indexed ${records.length} sailings`);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
""", app=chars(10, string.ascii_uppercase + string.digits), s=hexs(32))

add("php/recaptcha-secret", "public_html/booking/verify_captcha.php",
    "https://developers.google.com/recaptcha/docs/verify", r"""
<?php
// Called before a group booking request (20+ passengers) is forwarded to the sales desk.
const RECAPTCHA_SECRET = '<<s>>';

function captcha_ok(string $token, string $ip): bool
{
    $ch = curl_init('https://www.google.com/recaptcha/api/siteverify');
    curl_setopt_array($ch, [
        CURLOPT_POST => true,
        CURLOPT_RETURNTRANSFER => true,
        CURLOPT_POSTFIELDS => http_build_query([
            'secret' => RECAPTCHA_SECRET,
            'response' => $token,
            'remoteip' => $ip,
        ]),
    ]);
    $body = json_decode(curl_exec($ch), true);
    curl_close($ch);
    return !empty($body['success']) && ($body['score'] ?? 0) >= 0.5;
}
""", s="6L" + chars(38, URLSAFE))

add("yaml/salesforce-consumer-secret", "integrations/crm-sync/config/salesforce.yml",
    "https://help.salesforce.com/s/articleView?id=sf.connected_app_create_api_integration.htm", r"""
salesforce:
  login_url: https://login.salesforce.com
  instance: https://aegeanbluelines.my.salesforce.com
  api_version: "60.0"
  auth: client_credentials
  consumer_key: 3MVG9<<ck>>
  consumer_secret: <<s>>
sync:
  objects:
    - Booking__c
    - Loyalty_Member__c
  schedule: "*/15 * * * *"
  batch_size: 200
mapping:
  Booking__c.PNR__c: booking.reference
  Booking__c.Route__c: booking.route_code
  Booking__c.Sailing_Date__c: booking.departure_date
""", ck=chars(80, ALNUM + "._"), s=HEXS(64))

add("python/zendesk-api-token", "customer-care/scripts/bulk_tag_cancellations.py",
    "https://developer.zendesk.com/api-reference/introduction/security-and-auth/", r"""
#!/usr/bin/env python3
# Tags every open ticket that mentions a cancelled sailing so the weather macro can answer it.
import sys

import requests

SUBDOMAIN = "ternislandferries"
AUTH = ("care-automation@ternislandferries.co.uk/token", "<<s>>")


def tag_tickets(sailing_code: str) -> int:
    url = f"https://{SUBDOMAIN}.zendesk.com/api/v2/search.json"
    query = f'type:ticket status<solved "{sailing_code}"'
    tickets = requests.get(url, params={"query": query}, auth=AUTH, timeout=30).json()["results"]
    ids = ",".join(str(t["id"]) for t in tickets)
    if ids:
        requests.put(f"https://{SUBDOMAIN}.zendesk.com/api/v2/tickets/update_many.json?ids={ids}",
                     json={"ticket": {"additional_tags": ["sailing_cancelled", sailing_code.lower()]}},
                     auth=AUTH, timeout=30).raise_for_status()
    return len(tickets)


if __name__ == "__main__":
    print(tag_tickets(sys.argv[1]))
""", s=chars(40))

add("typescript/hubspot-private-app-token", "marketing-sync/src/hubspot.ts",
    "https://developers.hubspot.com/docs/api/private-apps", r"""
import { Client } from '@hubspot/api-client';

const hubspot = new Client({ accessToken: '<<s>>' });

export interface TravellerConsent {
  email: string;
  firstname: string;
  homePort: string;
  newsletter: boolean;
}

export async function upsertTraveller(t: TravellerConsent): Promise<string> {
  const properties = {
    email: t.email,
    firstname: t.firstname,
    home_port: t.homePort,
    ferry_newsletter: String(t.newsletter),
  };
  const existing = await hubspot.crm.contacts.searchApi.doSearch({
    filterGroups: [{ filters: [{ propertyName: 'email', operator: 'EQ', value: t.email }] }],
    limit: 1,
  } as any);
  if (existing.results.length) {
    await hubspot.crm.contacts.basicApi.update(existing.results[0].id, { properties });
    return existing.results[0].id;
  }
  return (await hubspot.crm.contacts.basicApi.create({ properties } as any)).id;
}
""", s="pat-eu1-" + uuid_s())

add("env/auth0-client-secret", "my-bookings-portal/.env.local",
    "https://auth0.com/docs/quickstart/webapp/nextjs", r"""
AUTH0_SECRET=${SESSION_SECRET_FROM_VAULT}
AUTH0_BASE_URL=https://mybookings.aegeanbluelines.gr
AUTH0_ISSUER_BASE_URL=https://aegeanbluelines.eu.auth0.com
AUTH0_CLIENT_ID=<<cid>>
AUTH0_CLIENT_SECRET=<<s>>
AUTH0_AUDIENCE=https://api.aegeanbluelines.gr/bookings
AUTH0_SCOPE="openid profile email offline_access"
NEXT_PUBLIC_DEFAULT_LOCALE=el
""", cid=chars(32), s=chars(64, URLSAFE))

add("properties/keycloak-client-secret", "agent-portal/src/main/resources/application.properties",
    "https://www.keycloak.org/docs/latest/securing_apps/#_client_credentials", r"""
spring.application.name=agent-portal
server.port=8443
server.ssl.enabled=true
spring.security.oauth2.client.registration.keycloak.client-id=agent-portal
spring.security.oauth2.client.registration.keycloak.client-secret=<<s>>
spring.security.oauth2.client.registration.keycloak.scope=openid,profile,agent
spring.security.oauth2.client.registration.keycloak.authorization-grant-type=authorization_code
spring.security.oauth2.client.provider.keycloak.issuer-uri=https://sso.skagerrakline.se/realms/agents
agent.commission.default-percent=9
agent.groups.max-passengers=120
""", s=chars(32))

add("elixir/phoenix-secret-key-base", "config/prod.exs",
    "https://hexdocs.pm/phoenix/deployment.html#handling-of-your-application-secrets", r"""
import Config

config :crossings, CrossingsWeb.Endpoint,
  url: [host: "crossings.fundybayferry.ca", port: 443, scheme: "https"],
  cache_static_manifest: "priv/static/cache_manifest.json",
  secret_key_base: "<<s>>"

config :crossings, Crossings.Repo,
  url: System.fetch_env!("DATABASE_URL"),
  pool_size: 10

config :crossings, :sailings,
  default_route: "SJN-DGB",
  vehicle_hold_minutes: 20

config :logger, level: :info
""", s=rand_bytes_b64(48))

add("markdown/psql-password", "docs/runbooks/restore-reservations-db.md",
    "https://www.postgresql.org/docs/current/app-pgrestore.html", r"""
# Runbook: restore the reservations database from the nightly dump

Use when the primary is lost and the replica cannot be promoted (see `failover.md` first).

1. Stop the booking API so no new holds are written:
   ```bash
   kubectl -n reservations scale deploy/booking-api --replicas=0
   ```
2. Fetch the latest dump from the backup bucket:
   ```bash
   aws s3 cp s3://nordhav-db-backups/reservations/latest.dump /var/tmp/
   ```
3. Restore into the new instance:
   ```bash
   PGPASSWORD='<<s>>' pg_restore -h pg-res-restore.nordhav.local -U postgres \
     -d reservations --clean --if-exists -j 4 /var/tmp/latest.dump
   ```
4. Check today's sailings are present:
   ```sql
   SELECT count(*) FROM sailings.sailing WHERE departure::date = current_date;
   ```
5. Scale the API back up and tell the contact centre in #ops-bookings.
""", s=words_pw())

add("shell-history/mysql-password", "ops/bastion/.bash_history",
    "https://dev.mysql.com/doc/refman/8.0/en/connecting.html", r"""
cd /srv/legacy-booking
sudo systemctl status legacy-booking
tail -n 200 /var/log/legacy-booking/app.log | grep -i timeout
mysql -h 10.40.2.15 -u booking_admin -p'<<s>>' booking -e "select count(*) from holds where expires_at < now()"
mysql -h 10.40.2.15 -u booking_admin -p booking
df -h /var/lib/mysql
exit
""", s=person_pw())

add("pgpass/database-password", "ops/analytics/.pgpass",
    "https://www.postgresql.org/docs/current/libpq-pgpass.html", r"""
# hostname:port:database:username:password
pg-res-replica.nordhav.local:5432:reservations:analytics_ro:<<s>>
localhost:5432:*:postgres:postgres
# dev database in docker compose, password from the compose file
127.0.0.1:55432:reservations_dev:dev:dev
""", s=rand_pw(22))

add("ini/odbc-password", "etl/ssis-bridge/odbc.ini",
    "https://learn.microsoft.com/en-us/sql/connect/odbc/linux-mac/connection-string-keywords-and-data-source-names-dsns", r"""
[ODBC Data Sources]
RESERVATIONS=ODBC Driver 18 for SQL Server

[RESERVATIONS]
Driver=ODBC Driver 18 for SQL Server
Server=tcp:sqlres01.nordhav.local,1433
Database=Reservations
UID=etl_loadfactor
PWD=<<s>>
Encrypt=yes
TrustServerCertificate=yes
ApplicationIntent=ReadOnly
""", s=words_pw())

add("json/postman-environment", "qa/postman/reservations-prod.postman_environment.json",
    "https://learning.postman.com/docs/sending-requests/variables/managing-environments/", r"""
{
  "id": "<<id>>",
  "name": "Reservations API (prod)",
  "values": [
    { "key": "baseUrl", "value": "https://res-api.aegeanbluelines.gr/v3", "type": "default", "enabled": true },
    { "key": "agentCode", "value": "ABL-WEB", "type": "default", "enabled": true },
    { "key": "username", "value": "qa.automation", "type": "default", "enabled": true },
    { "key": "password", "value": "<<s>>", "type": "secret", "enabled": true },
    { "key": "accessToken", "value": "", "type": "secret", "enabled": true }
  ],
  "_postman_variable_scope": "environment",
  "_postman_exported_at": "2024-05-02T09:14:51.112Z",
  "_postman_exported_using": "Postman/10.24.16"
}
""", id=uuid_s(), s=person_pw())

add("r/postgres-password", "analysis/load_factor.R",
    "https://rpostgres.r-dbi.org/reference/postgres.html", r"""
library(DBI)
library(dplyr)
library(ggplot2)

con <- dbConnect(
  RPostgres::Postgres(),
  host = "pg-res-replica.nordhav.local",
  dbname = "reservations",
  user = "analytics_ro",
  password = "<<s>>"
)

sailings <- tbl(con, dbplyr::in_schema("sailings", "sailing_load")) %>%
  filter(departure >= "2024-01-01") %>%
  collect()

sailings %>%
  mutate(load_factor = passengers / capacity) %>%
  ggplot(aes(x = departure, y = load_factor, colour = route)) +
  geom_line() +
  labs(title = "Load factor per route, 2024", y = "passengers / capacity")

ggsave("load_factor_2024.png", width = 10, height = 5)
dbDisconnect(con)
""", s=rand_pw(16))

# decoys
add("helm/decoy-existing-secret", "charts/reservation-core/values.yaml",
    "https://helm.sh/docs/chart_best_practices/values/", r"""
replicaCount: 2
image:
  repository: registry.nordhav.no/reservation-core
  tag: ""
database:
  host: pg-res-prod.reservations.svc
  name: reservations
  user: res_app
  # the password is never set here: the chart mounts this existing Secret
  existingSecret: reservation-db
  existingSecretPasswordKey: DB_PASSWORD
adyen:
  existingSecret: payments-gateways
  apiKeyKey: adyen_api_key
resources:
  limits:
    memory: 1Gi
""")

add("yaml/decoy-env-reference", "booking-core/src/main/resources/application.yml",
    "https://docs.spring.io/spring-boot/docs/current/reference/html/features.html#features.external-config", r"""
spring:
  datasource:
    url: ${RESERVATIONS_JDBC_URL:jdbc:postgresql://localhost:5432/reservations}
    username: ${RESERVATIONS_DB_USER:res_app}
    password: ${RESERVATIONS_DB_PASSWORD}
  security:
    oauth2:
      client:
        registration:
          keycloak:
            client-id: booking-core
            client-secret: ${KEYCLOAK_CLIENT_SECRET}
worldline:
  api-key-id: ${WORLDLINE_API_KEY_ID}
  api-secret: ${WORLDLINE_API_SECRET}
reservation:
  sailing-horizon-days: 330
""")

_hashes = [f"pbkdf2_sha256$720000${chars(22)}${rand_bytes_b64(32)}" for _ in range(3)]
add("json/decoy-password-hash", "ticketing/bookings/fixtures/staff_users.json",
    "https://docs.djangoproject.com/en/5.0/topics/auth/passwords/#how-django-stores-passwords", r"""
[
  {
    "model": "auth.user",
    "pk": 1,
    "fields": {"username": "desk.oban", "password": "<<h0>>", "is_staff": true, "email": "desk.oban@example.com"}
  },
  {
    "model": "auth.user",
    "pk": 2,
    "fields": {"username": "desk.craignure", "password": "<<h1>>", "is_staff": true, "email": "desk.craignure@example.com"}
  },
  {
    "model": "auth.user",
    "pk": 3,
    "fields": {"username": "purser.mvlorne", "password": "<<h2>>", "is_staff": false, "email": "purser@example.com"}
  }
]
""", h0=_hashes[0], h1=_hashes[1], h2=_hashes[2])

add("sql/decoy-bcrypt-hash", "db/seed/002_agents.sql",
    "https://www.postgresql.org/docs/current/pgcrypto.html#PGCRYPTO-PASSWORD-HASHING-FUNCS", r"""
-- Seed travel agents for the staging environment. Passwords are bcrypt hashes (pgcrypto crypt()).
INSERT INTO agents.agent (code, name, email, password_hash, commission_pct) VALUES
  ('DEKLTOUR', 'Nordsee Touristik GmbH', 'ops@nordsee-touristik.example', '$2b$12$<<h1>>', 9.0),
  ('NLVAKANT', 'Vakantie Wadden BV', 'boekingen@vakantie-wadden.example', '$2b$12$<<h2>>', 8.5),
  ('UKCOACH1', 'Highland Coach Tours', 'groups@highland-coach.example', '$2b$12$<<h3>>', 10.0);

UPDATE agents.agent SET must_change_password = true WHERE code IN ('DEKLTOUR', 'NLVAKANT', 'UKCOACH1');
""", h1=chars(53, ALNUM + "./"), h2=chars(53, ALNUM + "./"), h3=chars(53, ALNUM + "./"))

add("json/decoy-translations", "booking-web/src/locales/nb.json",
    "https://www.i18next.com/misc/json-format", r"""
{
  "login": {
    "title": "Logg inn på Min side",
    "email": "E-post",
    "password": "Passord",
    "passwordHint": "Minst 12 tegn, med tall og store bokstaver",
    "forgotPassword": "Glemt passord?",
    "apiKeyMissing": "Betalingsløsningen er midlertidig utilgjengelig"
  },
  "booking": {
    "vehicleHeight": "Kjøretøyets høyde (m)",
    "cabin": "Lugar",
    "token": "Bookingreferanse"
  }
}
""")

_pnrs = [chars(6, string.ascii_uppercase + "23456789") for _ in range(6)]
add("csv/decoy-booking-references", "exports/manifest_sample_2024-06-14.csv",
    "https://www.imo.org/en/OurWork/Facilitation/Pages/FALConvention-Default.aspx (FAL Form 6 passenger list)", r"""
booking_ref,sailing,surname,given_name,nationality,birth_year,vehicle_reg,ticket_no
<<p0>>,KIE-OSL-0614,BRAUER,ANKE,DEU,1980,KI-AB 1234,7070014412873
<<p1>>,KIE-OSL-0614,BRAUER,JONAS,DEU,2014,,7070014412874
<<p2>>,KIE-OSL-0614,HANSEN,OLE,NOR,1966,EL 43210,7070014412880
<<p3>>,KIE-OSL-0614,TEST,PASSENGER,XXX,1990,,7070014412881
<<p4>>,KIE-OSL-0614,LINDQVIST,MAJA,SWE,1993,ABC 123,7070014412895
<<p5>>,KIE-OSL-0614,KOWALSKI,PIOTR,POL,1972,WA 12345,7070014412902
""", p0=_pnrs[0], p1=_pnrs[1], p2=_pnrs[2], p3=_pnrs[3], p4=_pnrs[4], p5=_pnrs[5])

add("openapi/decoy-example-value", "api/openapi/reservations-v3.yaml",
    "https://swagger.io/docs/specification/authentication/api-keys/", r"""
openapi: 3.0.3
info:
  title: Reservations API
  version: "3.4.0"
servers:
  - url: https://res-api.aegeanbluelines.gr/v3
components:
  securitySchemes:
    ApiKeyAuth:
      type: apiKey
      in: header
      name: X-Api-Key
      description: Ask partner-support for a key. Example `X-Api-Key: YOUR_API_KEY`.
  schemas:
    Sailing:
      type: object
      properties:
        id: { type: string, example: "PIR-MYK-20240701-0730" }
        vessel: { type: string, example: "Blue Dolphin" }
security:
  - ApiKeyAuth: []
paths:
  /sailings:
    get:
      summary: List sailings on a route
      parameters:
        - { name: route, in: query, schema: { type: string }, example: PIR-MYK }
      responses:
        "200": { description: OK }
""")

add("k8s/decoy-secret-key-ref", "deploy/k8s/booking-api-deployment.yaml",
    "https://kubernetes.io/docs/tasks/inject-data-application/distribute-credentials-secure/", r"""
apiVersion: apps/v1
kind: Deployment
metadata:
  name: booking-api
  namespace: reservations
spec:
  replicas: 3
  selector:
    matchLabels: { app: booking-api }
  template:
    metadata:
      labels: { app: booking-api }
    spec:
      containers:
        - name: booking-api
          image: registry.nordhav.no/booking-api:5.2.0
          env:
            - name: DB_PASSWORD
              valueFrom:
                secretKeyRef: { name: reservation-db, key: DB_PASSWORD }
            - name: STRIPE_SECRET_KEY
              valueFrom:
                secretKeyRef: { name: payments-gateways, key: stripe_secret_key }
            - name: SAILING_CACHE_MINUTES
              value: "5"
          ports:
            - containerPort: 8080
""")

add("compose/decoy-required-variable", "docker-compose.yml",
    "https://docs.docker.com/compose/environment-variables/variable-interpolation/", r"""
services:
  reservations-db:
    image: postgres:16
    environment:
      POSTGRES_DB: reservations
      POSTGRES_USER: res_app
      POSTGRES_PASSWORD: ${POSTGRES_PASSWORD:?set POSTGRES_PASSWORD in your .env}
    volumes:
      - pgdata:/var/lib/postgresql/data
  booking-api:
    build: ./booking-api
    depends_on: [reservations-db]
    environment:
      DATABASE_URL: postgres://res_app:${POSTGRES_PASSWORD}@reservations-db:5432/reservations
      STRIPE_SECRET_KEY: ${STRIPE_SECRET_KEY:-}
    ports:
      - "8080:8080"
volumes:
  pgdata: {}
""")

add("python/decoy-dummy-credentials", "ticketing/tests/conftest.py",
    "https://docs.pytest.org/en/stable/how-to/fixtures.html", r'''
"""Fixtures for the ticketing tests: a throwaway database and obviously fake credentials."""
import pytest

TEST_DB = {
    "ENGINE": "django.db.backends.sqlite3",
    "NAME": ":memory:",
}

DUMMY_AGENT = {"code": "TESTAGENT", "username": "test-agent", "password": "test-password"}


@pytest.fixture
def agent(db, django_user_model):
    return django_user_model.objects.create_user(username=DUMMY_AGENT["username"], password=DUMMY_AGENT["password"])


@pytest.fixture
def api_client(client, agent):
    client.login(username=DUMMY_AGENT["username"], password=DUMMY_AGENT["password"])
    return client


@pytest.fixture(autouse=True)
def no_gateways(settings):
    settings.STRIPE_SECRET_KEY = "sk_test_dummy"
    settings.ADYEN_API_KEY = "dummy-adyen-key"
''')

add("sql/decoy-psql-variable", "db/migrations/V43__create_gate_reader_user.sql",
    "https://www.postgresql.org/docs/current/app-psql.html#APP-PSQL-INTERPOLATION", r"""
-- Run with: psql -v gate_reader_password="$(vault kv get -field=password secret/db/gate_reader) " -f V43...
-- The password is passed in by the deploy job and never stored here.
CREATE ROLE gate_reader WITH LOGIN PASSWORD :'gate_reader_password';
GRANT CONNECT ON DATABASE reservations TO gate_reader;
GRANT USAGE ON SCHEMA boarding TO gate_reader;
GRANT SELECT ON boarding.boarding_pass, boarding.scan_event TO gate_reader;
GRANT INSERT ON boarding.scan_event TO gate_reader;
""")

add("pem/decoy-public-key", "gate-readers/config/qr-verify-public.pem",
    "https://www.rfc-editor.org/rfc/rfc7468#section-13", r"""
# Public half of the boarding QR signing key (verification only; the private key stays in Vault).
# Key id: bp-2024-09, valid from 2024-09-01.
<<pub>>
# Previous key (bp-2023-10), accepted until 2024-12-31 for already issued tickets.
<<pub2>>
""", pub=public_key(), pub2=public_key())

add("yaml/decoy-config-map", "deploy/k8s/ticket-api-configmap.yaml",
    "https://kubernetes.io/docs/concepts/configuration/configmap/", r"""
apiVersion: v1
kind: ConfigMap
metadata:
  name: ticket-api
  namespace: tickets
data:
  QR_ISSUER: baltic-strait-lines
  QR_KEY_ID: bp-2024-09
  BOARDING_OPEN_MINUTES: "90"
  BOARDING_CLOSE_MINUTES: "15"
  SAILING_ID_FORMAT: "{route}-{yyyymmdd}-{hhmm}"
  TRACE_SAMPLE_RATE: "0.05"
  SESSION_SIGNING_KEY_PATH: /var/run/secrets/ticket-api/session.key
  GATE_READER_IDS: "<<g1>>,<<g2>>,<<g3>>"
""", g1=uuid_s(), g2=uuid_s(), g3=uuid_s())

# AIS and vessel tracking -------------------------------------------------------------------------

add("python/marinetraffic-api-key", "fleet-tracking/ais/marinetraffic_poll.py",
    "https://servicedocs.marinetraffic.com/tag/Vessel-Positions", r"""
#!/usr/bin/env python3
# Polls MarineTraffic PS06 (fleet positions) every 2 minutes and pushes them to the ops map.
import time

import requests

from ops_map import publish_positions

MT_KEY = "<<s>>"
FLEET_URL = f"https://services.marinetraffic.com/api/exportvessels/v:8/{MT_KEY}/timespan:10/protocol:jsono"
FLEET_MMSI = {<<m1>>: "MV Nordlys", <<m2>>: "MV Fjordstjerne", <<m3>>: "MS Skagen Express"}


def poll_once() -> int:
    rows = requests.get(FLEET_URL, timeout=20).json()
    positions = [
        {"mmsi": int(r["MMSI"]), "name": FLEET_MMSI.get(int(r["MMSI"]), r["SHIPNAME"]), "lat": float(r["LAT"]),
         "lon": float(r["LON"]), "sog": float(r["SPEED"]) / 10, "ts": r["TIMESTAMP"]}
        for r in rows
    ]
    publish_positions(positions)
    return len(positions)


if __name__ == "__main__":
    while True:
        print("positions:", poll_once())
        time.sleep(120)
""", s=hexs(40), m1=mmsi(), m2=mmsi(), m3=mmsi())

add("javascript/aisstream-api-key", "tracker/src/aisstream.js",
    "https://aisstream.io/documentation", r"""
import WebSocket from 'ws';
import { upsertPosition } from './store.js';

const socket = new WebSocket('wss://stream.aisstream.io/v0/stream');

socket.on('open', () => {
  socket.send(JSON.stringify({
    APIKey: '<<s>>',
    BoundingBoxes: [[[57.0, 7.5], [59.2, 11.2]]], // Skagerrak
    FiltersShipMMSI: ['<<m1>>', '<<m2>>', '<<m3>>'],
    FilterMessageTypes: ['PositionReport', 'ShipStaticData'],
  }));
});

socket.on('message', (raw) => {
  const msg = JSON.parse(raw);
  if (msg.MessageType === 'PositionReport') {
    const p = msg.Message.PositionReport;
    upsertPosition(msg.MetaData.MMSI, { lat: p.Latitude, lon: p.Longitude, sog: p.Sog, cog: p.Cog, at: msg.MetaData.time_utc });
  }
});

socket.on('close', () => setTimeout(() => process.exit(1), 1000));
""", s=hexs(40), m1=mmsi("265"), m2=mmsi("265"), m3=mmsi("219"))

add("rust/datalastic-api-key", "ais-enricher/src/datalastic.rs",
    "https://datalastic.com/api-reference/", r"""
use serde::Deserialize;

const API_KEY: &str = "<<s>>";
const BASE: &str = "https://api.datalastic.com/api/v0";

#[derive(Debug, Deserialize)]
pub struct VesselInfo {
    pub name: String,
    pub imo: Option<String>,
    pub mmsi: String,
    pub gross_tonnage: Option<u32>,
    pub length: Option<f32>,
}

#[derive(Deserialize)]
struct Envelope {
    data: VesselInfo,
}

pub async fn vessel_info(client: &reqwest::Client, mmsi: &str) -> reqwest::Result<VesselInfo> {
    let url = format!("{BASE}/vessel_info?api-key={API_KEY}&mmsi={mmsi}");
    let env: Envelope = client.get(url).send().await?.error_for_status()?.json().await?;
    Ok(env.data)
}
""", s=uuid_s())

add("http/spire-maritime-token", "tools/http/spire-vessels.http",
    "https://documentation.spire.com/maritime-2-0/", r"""
### Latest positions of our fleet (Spire Maritime 2.0 GraphQL)
POST https://api.spire.com/graphql
Authorization: Bearer <<s>>
Content-Type: application/json

{
  "query": "query { vessels(mmsi: [<<m1>>, <<m2>>]) { nodes { staticData { name mmsi imo callsign } lastPositionUpdate { latitude longitude speed course timestamp } } } }"
}

### Port events for Bergen, last 24 h
POST https://api.spire.com/graphql
Authorization: Bearer <<s>>
Content-Type: application/json

{
  "query": "query { portEvents(portUnlocode: \"NOBGO\", last: 24) { nodes { vessel { name } eventType timestamp } } }"
}
""", s=chars(32), m1=mmsi(), m2=mmsi())

add("php/vesselfinder-user-key", "fleet-map/api/positions.php",
    "https://api.vesselfinder.com/docs/", r"""
<?php
// Feeds the "where is my ferry" widget on the timetable pages (cached for 60 s).
header('Content-Type: application/json');

$userKey = '<<s>>';
$imos = ['<<i1>>', '<<i2>>', '<<i3>>'];
$cacheFile = sys_get_temp_dir() . '/vf_positions.json';

if (is_file($cacheFile) && filemtime($cacheFile) > time() - 60) {
    readfile($cacheFile);
    exit;
}

$url = sprintf('https://api.vesselfinder.com/vessels?userkey=%s&imo=%s&format=json', $userKey, implode(',', $imos));
$json = file_get_contents($url);
if ($json === false) {
    http_response_code(502);
    echo json_encode(['error' => 'tracking unavailable']);
    exit;
}
file_put_contents($cacheFile, $json);
echo $json;
""", s="WS-" + HEXS(8) + "-" + HEXS(6), i1=imo(), i2=imo(), i3=imo())

add("go/amqp-url", "cmd/ais-ingest/main.go",
    "https://www.rabbitmq.com/docs/uri-spec", r"""
package main

import (
    "log"
    "os"

    amqp "github.com/rabbitmq/amqp091-go"

    "github.com/nordhav/ais-ingest/internal/nmea"
)

const brokerURL = "amqps://ais_ingest:<<s>>@mq.ops.nordhav.no:5671/ais"

func main() {
    conn, err := amqp.Dial(brokerURL)
    if err != nil {
        log.Fatalf("amqp dial: %v", err)
    }
    defer conn.Close()
    ch, err := conn.Channel()
    if err != nil {
        log.Fatalf("amqp channel: %v", err)
    }
    if err := ch.ExchangeDeclare("ais.raw", "topic", true, false, false, false, nil); err != nil {
        log.Fatalf("declare: %v", err)
    }
    reader := nmea.NewReader(os.Stdin)
    for reader.Next() {
        sentence := reader.Sentence()
        _ = ch.Publish("ais.raw", "vdm."+sentence.Channel, false, false,
            amqp.Publishing{ContentType: "text/plain", Body: []byte(sentence.Raw)})
    }
}
""", s=rand_pw(20))

add("properties/kafka-sasl-jaas", "ais-stream/config/kafka-client.properties",
    "https://kafka.apache.org/documentation/#security_sasl_plain_clientconfig", r"""
bootstrap.servers=b-1.ais-msk.abc123.c3.kafka.eu-west-1.amazonaws.com:9096,b-2.ais-msk.abc123.c3.kafka.eu-west-1.amazonaws.com:9096
security.protocol=SASL_SSL
sasl.mechanism=SCRAM-SHA-512
sasl.jaas.config=org.apache.kafka.common.security.scram.ScramLoginModule required \
    username="ais-stream" \
    password="<<s>>";
client.id=ais-stream-enricher
group.id=ais-enricher
auto.offset.reset=latest
enable.auto.commit=false
""", s=rand_pw(24))

add("conf/mosquitto-bridge-password", "onboard/mosquitto/conf.d/bridge-shore.conf",
    "https://mosquitto.org/man/mosquitto-conf-5.html", r"""
# Bridge from the vessel's broker to the shore broker over the VSAT/4G link.
connection shore-bridge
address mqtt.fleet.ternislandferries.co.uk:8883
bridge_protocol_version mqttv311
bridge_cafile /etc/mosquitto/certs/fleet-ca.crt
remote_clientid mv-lorne-bridge
remote_username mv-lorne
remote_password <<s>>
cleansession false
restart_timeout 10 120
topic ais/# out 1 vessel/mv-lorne/ ""
topic engine/# out 0 vessel/mv-lorne/ ""
topic commands/# in 1 "" vessel/mv-lorne/
""", s=passphrase())

add("yaml/influxdb-token", "grafana/provisioning/datasources/fleet-influx.yaml",
    "https://grafana.com/docs/grafana/latest/datasources/influxdb/#provision-the-data-source", r"""
apiVersion: 1

datasources:
  - name: Fleet telemetry
    type: influxdb
    access: proxy
    url: http://influxdb.fleet.svc:8086
    jsonData:
      version: Flux
      organization: nordhav
      defaultBucket: ais_positions
      tlsSkipVerify: true
    secureJsonData:
      token: <<s>>
""", s=chars(86, URLSAFE) + "==")

add("logstash/elasticsearch-password", "logstash/pipeline/ais-positions.conf",
    "https://www.elastic.co/guide/en/logstash/current/plugins-outputs-elasticsearch.html", r"""
input {
  rabbitmq {
    host => "mq.ops.nordhav.no"
    exchange => "ais.decoded"
    key => "position.#"
    queue => "logstash-ais"
    durable => true
    user => "logstash"
    password => "${MQ_PASSWORD}"
  }
}
filter {
  json { source => "message" }
  date { match => ["timestamp", "ISO8601"] }
  mutate { add_field => { "[location][lat]" => "%{lat}" "[location][lon]" => "%{lon}" } }
}
output {
  elasticsearch {
    hosts => ["https://es01.ops.nordhav.no:9200"]
    index => "ais-positions-%{+YYYY.MM.dd}"
    user => "logstash_writer"
    password => "<<s>>"
  }
}
""", s=words_pw())

add("cpp/ais-gateway-credential", "firmware/ais-gateway/src/uplink.cpp",
    "https://curl.se/libcurl/c/CURLOPT_USERPWD.html", r"""
// Uplink of the AIS class-A transponder gateway: batches VDO/VDM sentences and posts them ashore.
#include "uplink.h"

#include <curl/curl.h>
#include <string>

namespace {
constexpr const char* kEndpoint = "https://ais-ingest.nordhav.no/v1/batches";
constexpr const char* kDeviceUser = "gw-mv-nordlys";
constexpr const char* kDevicePassword = "<<s>>";
constexpr long kTimeoutSeconds = 20;
}  // namespace

bool Uplink::post(const std::string& batch) {
    CURL* curl = curl_easy_init();
    if (!curl) return false;
    std::string userpwd = std::string(kDeviceUser) + ":" + kDevicePassword;
    curl_easy_setopt(curl, CURLOPT_URL, kEndpoint);
    curl_easy_setopt(curl, CURLOPT_USERPWD, userpwd.c_str());
    curl_easy_setopt(curl, CURLOPT_POSTFIELDS, batch.c_str());
    curl_easy_setopt(curl, CURLOPT_TIMEOUT, kTimeoutSeconds);
    CURLcode rc = curl_easy_perform(curl);
    curl_easy_cleanup(curl);
    return rc == CURLE_OK;
}
""", s=rand_pw(18))

add("hocon/slick-db-password", "ais-history/src/main/resources/application.conf",
    "https://scala-slick.org/doc/stable/database.html", r"""
akka {
  loglevel = "INFO"
  actor.default-dispatcher.fork-join-executor.parallelism-max = 16
}

ais-history {
  retention-days = 400
  downsample-after-days = 30
  db {
    profile = "slick.jdbc.PostgresProfile$"
    db {
      url = "jdbc:postgresql://timescale.fleet.svc:5432/ais"
      user = "ais_history"
      password = "<<s>>"
      numThreads = 8
      maxConnections = 8
    }
  }
}
""", s=person_pw())

add("k8s-secret/marinetraffic-key", "deploy/k8s/fleet-tracking-secret.yaml",
    "https://kubernetes.io/docs/concepts/configuration/secret/#opaque-secrets", r"""
apiVersion: v1
kind: Secret
metadata:
  name: fleet-tracking
  namespace: ops-map
type: Opaque
data:
  MARINETRAFFIC_API_KEY: <<enc>>
  FLEET_MMSI: <<fleet>>
""", secret=(_mt := hexs(40)), enc=b64(_mt), fleet=b64(",".join([mmsi(), mmsi(), mmsi()])))

# decoys
add("nmea/decoy-ais-sentences", "fleet-tracking/tests/fixtures/skagerrak_sample.nmea",
    "https://gpsd.gitlab.io/gpsd/AIVDM.html", "\n" + "\n".join(nmea("AB"[i % 2]) for i in range(12)) + "\n")

add("csv/decoy-vessel-ids", "data/fleet.csv",
    "https://www.imo.org/en/OurWork/MSAS/Pages/IMO-identification-number-scheme.aspx", r"""
name,imo,mmsi,call_sign,flag,gross_tonnage,length_m,lane_metres,passengers
MV Nordlys,<<i1>>,<<m1>>,LAQX7,NOR,31200,186.0,1850,1800
MV Fjordstjerne,<<i2>>,<<m2>>,LCFJ3,NOR,22100,160.3,1200,1400
MS Skagen Express,<<i3>>,<<m3>>,OZSE2,DNK,6600,88.0,420,650
MV Lorne,<<i4>>,<<m4>>,MHLR9,GBR,5500,85.2,300,700
""", i1=imo(), i2=imo(), i3=imo(), i4=imo(), m1=mmsi(), m2=mmsi(), m3=mmsi("219"), m4=mmsi("232"))

add("json/decoy-ais-static-data", "fleet-tracking/tests/fixtures/ship_static_data.json",
    "https://aisstream.io/documentation#ShipStaticData", r"""
{
  "MessageType": "ShipStaticData",
  "MetaData": { "MMSI": <<m>>, "ShipName": "MV FJORDSTJERNE", "time_utc": "2024-06-14 07:31:02.118 +0000 UTC" },
  "Message": {
    "ShipStaticData": {
      "ImoNumber": <<i>>,
      "CallSign": "LCFJ3",
      "Name": "MV FJORDSTJERNE",
      "Type": 69,
      "Dimension": { "A": 120, "B": 40, "C": 12, "D": 14 },
      "Eta": { "Month": 6, "Day": 14, "Hour": 11, "Minute": 30 },
      "MaximumStaticDraught": 6.2,
      "Destination": "HIRTSHALS",
      "Valid": true
    }
  }
}
""", m=mmsi(), i=imo())

add("python/decoy-environment-read", "fleet-tracking/ais/settings.py",
    "https://docs.python.org/3/library/os.html#os.environ", r'''
"""Settings for the fleet tracking jobs. Keys are injected by the ECS task definition."""
import os

MARINETRAFFIC_KEY = os.environ["MARINETRAFFIC_KEY"]
AISSTREAM_API_KEY = os.environ.get("AISSTREAM_API_KEY", "")
SPIRE_TOKEN = os.getenv("SPIRE_TOKEN")

POLL_SECONDS = int(os.getenv("POLL_SECONDS", "120"))
FLEET_MMSI = [int(m) for m in os.getenv("FLEET_MMSI", "").split(",") if m]
OPS_MAP_URL = os.getenv("OPS_MAP_URL", "http://ops-map.internal:8000/positions")

if not MARINETRAFFIC_KEY:
    raise SystemExit("MARINETRAFFIC_KEY is empty")
''')

add("python/decoy-fake-token", "fleet-tracking/tests/test_marinetraffic_poll.py",
    "https://docs.python.org/3/library/unittest.mock.html", r'''
from unittest import mock

from ais import marinetraffic_poll

FAKE_KEY = "fake-marinetraffic-key-for-tests"


def test_poll_once_maps_rows(monkeypatch):
    monkeypatch.setattr(marinetraffic_poll, "MT_KEY", FAKE_KEY)
    rows = [{"MMSI": "257000001", "SHIPNAME": "TEST VESSEL", "LAT": "58.1", "LON": "8.0",
             "SPEED": "175", "TIMESTAMP": "2024-06-14T07:30:00"}]
    with mock.patch("requests.get") as get, mock.patch.object(marinetraffic_poll, "publish_positions") as pub:
        get.return_value.json.return_value = rows
        assert marinetraffic_poll.poll_once() == 1
    assert pub.call_args[0][0][0]["sog"] == 17.5
''')

add("mosquitto/decoy-password-hashes", "onboard/mosquitto/passwd",
    "https://mosquitto.org/man/mosquitto_passwd-1.html", r"""
mv-lorne:$7$101$<<s1>>$<<h1>>
mv-isle-of-brae:$7$101$<<s2>>$<<h2>>
engine-monitor:$7$101$<<s3>>$<<h3>>
ais-gateway:$7$101$<<s4>>$<<h4>>
grafana-reader:$7$101$<<s5>>$<<h5>>
""", s1=rand_bytes_b64(12), h1=rand_bytes_b64(64), s2=rand_bytes_b64(12), h2=rand_bytes_b64(64),
    s3=rand_bytes_b64(12), h3=rand_bytes_b64(64), s4=rand_bytes_b64(12), h4=rand_bytes_b64(64),
    s5=rand_bytes_b64(12), h5=rand_bytes_b64(64))

add("markdown/decoy-placeholder", "tracker/README.md",
    "https://aisstream.io/documentation", r"""
# tracker

Streams AIS positions of our vessels from aisstream.io into the ops map.

## Running locally

1. Get a free key at https://aisstream.io/authenticate (log in with the ops GitHub account).
2. Export it, then start the tracker:

```bash
export AISSTREAM_API_KEY=<your-aisstream-key>
npm ci
npm start
```

The bounding box and the MMSI filter are in `src/aisstream.js`. Do not commit keys: CI reads
`AISSTREAM_API_KEY` from the repository secrets.
""")

add("properties/decoy-env-reference", "ais-stream/config/kafka-client.prod.properties",
    "https://docs.confluent.io/platform/current/kafka/authentication_sasl/authentication_sasl_scram.html", r"""
bootstrap.servers=b-1.ais-msk.abc123.c3.kafka.eu-west-1.amazonaws.com:9096
security.protocol=SASL_SSL
sasl.mechanism=SCRAM-SHA-512
# Credentials come from the environment through Kafka's EnvVarConfigProvider.
config.providers=env
config.providers.env.class=org.apache.kafka.common.config.provider.EnvVarConfigProvider
sasl.jaas.config=org.apache.kafka.common.security.scram.ScramLoginModule required \
    username="${env:KAFKA_USERNAME}" \
    password="${env:KAFKA_PASSWORD}";
client.id=ais-stream-enricher
""")

# Port gate and terminal integrations -------------------------------------------------------------

add("java/navis-n4-password", "gate-integration/src/main/java/no/nordhav/gate/N4Client.java",
    "https://docs.navis.com/ (N4 web services, argo:basicInvoke)", r"""
package no.nordhav.gate;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

public final class N4Client {
    private static final String ENDPOINT = "https://n4.hirtshals-terminal.dk/apex/services/argoservice";
    private static final String USER = "nordhav_gate";
    private static final String PASSWORD = "<<a>>" +
            "<<b>>";
    private static final String SCOPE = "NORDHAV/HIRTSHALS/HTS/HTS";

    private final HttpClient http = HttpClient.newHttpClient();

    public String gateTransaction(String xmlPayload) throws Exception {
        String auth = Base64.getEncoder().encodeToString((USER + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
        String envelope = "<soapenv:Envelope xmlns:soapenv=\"http://schemas.xmlsoap.org/soap/envelope/\">"
                + "<soapenv:Body><basicInvoke><scopeCoordinateIds>" + SCOPE + "</scopeCoordinateIds>"
                + "<xmlDoc><![CDATA[" + xmlPayload + "]]></xmlDoc></basicInvoke></soapenv:Body></soapenv:Envelope>";
        HttpRequest request = HttpRequest.newBuilder(URI.create(ENDPOINT))
                .header("Authorization", "Basic " + auth)
                .header("Content-Type", "text/xml; charset=utf-8")
                .header("SOAPAction", "basicInvoke")
                .POST(HttpRequest.BodyPublishers.ofString(envelope))
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString()).body();
    }
}
""", secret=(_n4 := rand_pw(22)), a=_n4[:11], b=_n4[11:])

add("yaml/port-community-client-secret", "port-gate/config/portbase.yml",
    "https://www.portbase.com/en/ (Portbase API, OAuth2 client credentials)", r"""
portbase:
  token_url: https://login.portbase.com/oauth2/token
  api_base: https://api.portbase.com/pcs/v2
  client_id: nordhav-rotterdam-gate
  client_secret: "<<s>>"
  scopes:
    - vessel-visits
    - pre-notifications
    - gate-in-out
terminal:
  unlocode: NLRTM
  terminal_code: RTM-FERRY-HOEK
  lanes: [G1, G2, G3, G4]
prenotification:
  cutoff_minutes: 90
  vehicle_types: [CAR, VAN, TRUCK, TRAILER]
""", s=chars(48, URLSAFE))

add("python/sftp-password", "customs/edifact_upload.py",
    "https://docs.paramiko.org/en/stable/api/client.html", r'''
"""Uploads the CUSCAR/BAPLIE files for each departure to the port authority's SFTP drop."""
import pathlib
import sys

import paramiko

HOST = "sftp.portauthority-holyhead.example.gov.uk"
USER = "irishsea_ferries"
PASSWORD = "<<s>>"
REMOTE_DIR = "/inbound/cuscar"


def upload(paths):
    transport = paramiko.Transport((HOST, 22))
    transport.connect(username=USER, password=PASSWORD)
    sftp = paramiko.SFTPClient.from_transport(transport)
    try:
        for path in paths:
            sftp.put(str(path), f"{REMOTE_DIR}/{path.name}")
            print("uploaded", path.name)
    finally:
        sftp.close()
        transport.close()


if __name__ == "__main__":
    upload(sorted(pathlib.Path(sys.argv[1]).glob("*.edi")))
''', s=words_pw())

add("yaml/rtsp-camera-password", "gate/ocr/cameras.yaml",
    "https://www.ispyconnect.com/camera/axis (Axis RTSP URL format)", r"""
# Number-plate and container-code OCR cameras at the check-in lanes (Axis Q1700-LE)
ocr:
  engine: plate-reader-3
  min_confidence: 0.82
cameras:
  - id: lane-1-front
    url: rtsp://ocr:<<s>>@10.20.1.11:554/axis-media/media.amp?videocodec=h264&resolution=1920x1080
    lane: 1
  - id: lane-2-front
    url: rtsp://ocr:<<s>>@10.20.1.12:554/axis-media/media.amp?videocodec=h264&resolution=1920x1080
    lane: 2
  - id: lane-3-trailer
    url: rtsp://ocr:<<s>>@10.20.1.13:554/axis-media/media.amp?videocodec=h264&resolution=1920x1080
    lane: 3
publish:
  topic: gate/plates
  broker: mqtt://10.20.0.5:1883
""", s=rand_pw(14))

add("perl/ftp-password", "gate/legacy/push_manifest.pl",
    "https://metacpan.org/pod/Net::FTP", r"""
#!/usr/bin/perl
# Legacy: pushes the passenger manifest to the border police FTP after gate close.
use strict;
use warnings;
use Net::FTP;

my $host = 'ftp.grenzpolizei-kiel.example.de';
my $user = 'reederei_nordhav';
my $pass = '<<s>>';
my $file = shift or die "usage: $0 manifest.csv\n";

my $ftp = Net::FTP->new($host, Passive => 1, Timeout => 60)
    or die "cannot connect to $host: $@";
$ftp->login($user, $pass) or die 'login failed: ', $ftp->message;
$ftp->cwd('/eingang/manifeste') or die 'cwd failed: ', $ftp->message;
$ftp->ascii;
$ftp->put($file) or die 'put failed: ', $ftp->message;
$ftp->quit;
print "sent $file\n";
""", s=person_pw())

_rk = rsa_key()
add("ansible/rsa-private-key", "ansible/roles/edi_sftp/vars/main.yml",
    "https://docs.ansible.com/ansible/latest/collections/ansible/builtin/copy_module.html", r"""
---
edi_sftp_host: sftp.ferryport-edi.example.com
edi_sftp_user: nordhav-edi
edi_sftp_remote_dir: /out/baplie
edi_sftp_key_path: /home/edi/.ssh/id_rsa
edi_sftp_private_key: |
  <<k>>
edi_sftp_known_hosts:
  - "sftp.ferryport-edi.example.com ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIK4h3cZ0Yq1pH9n8w8B6y5cR8YwK4nJ8cWl2m0X1aQvE"
""", secret=_rk, k=_rk.replace("\n", "\n  "))

add("openssh/private-key", "deploy/keys/vessel-sync_ed25519",
    "https://man.openbsd.org/ssh-keygen.1", "\n<<s>>\n", s=openssh_key())

# decoys
add("pem/decoy-certificate", "gate-integration/src/main/resources/certs/hirtshals-terminal-chain.pem",
    "https://www.rfc-editor.org/rfc/rfc7468#section-5", r"""
# n4.hirtshals-terminal.dk (leaf) and the issuing CA; trusted by N4Client's SSL context.
<<c1>>
<<c2>>
""", c1=certificate(), c2=certificate())

add("edifact/decoy-sample-message", "customs/tests/fixtures/cuscar_sample.edi",
    "https://unece.org/trade/uncefact/unedifact/part-4-d (CUSCAR D.95B)", r"""
UNA:+.? '
UNB+UNOC:3+IRISHSEAFERRIES:ZZZ+HOLYHEADPA:ZZZ+240614:0730+REF000112++CUSCAR'
UNH+1+CUSCAR:D:95B:UN'
BGM+85+MAN-HLY-DUB-0614+9'
DTM+132:202406140730:203'
TDT+20+HLYDUB0614+1++ISF:172+++<<i>>:146:11:STENA TEST'
LOC+5+GBHLY'
LOC+61+IEDUB'
EQD+TE+ABC 123 CX+++5'
CNT+11:1'
UNT+9+1'
UNZ+1+REF000112'
""", i=imo())

add("xml/decoy-gate-transaction", "gate-integration/src/test/resources/gate-in-truck.xml",
    "https://docs.navis.com/ (N4 gate transaction XML)", r"""
<?xml version="1.0" encoding="UTF-8"?>
<gate>
  <process-truck>
    <gate-id>HTS-FERRY-GATE</gate-id>
    <stage-id>ingate</stage-id>
    <lane-id>G2</lane-id>
    <truck tractor-license-nbr="DK AB12345" />
    <driver card-id="0000000000" />
    <truck-visit gos-tv-key="<<tv>>" />
    <equipment eqid="TRLU1234565" role="TRAILER" />
    <booking nbr="NH-7Q2KX" line="NHF" vessel-visit="NHAUR-2424" />
  </process-truck>
</gate>
""", tv=uuid_s())

add("authorized-keys/decoy-public-keys", "ansible/roles/vessel_base/files/authorized_keys",
    "https://man.openbsd.org/sshd.8#AUTHORIZED_KEYS_FILE_FORMAT", r"""
# Managed by ansible (role vessel_base). Shore IT and the fleet sync job.
# Do not edit on the vessel: changes are overwritten on the next run.
<<k1>>
<<k2>>
from="10.40.0.0/16",command="/usr/local/bin/vessel-sync --serve" <<k3>>
""", k1=ssh_public("ingrid.solberg@nordhav-it"), k2=ssh_public("mats.eriksen@nordhav-it"),
    k3=ssh_public("vessel-sync@shore"))

# Onboard Wi-Fi, networks and point of sale -------------------------------------------------------

add("python/meraki-api-key", "onboard-it/wifi/rotate_guest_psk.py",
    "https://developer.cisco.com/meraki/api-v1/authorization/", r"""
#!/usr/bin/env python3
# Rotates the passenger Wi-Fi PSK on every vessel network each Monday and prints it for the info desk.
import secrets

import meraki

dashboard = meraki.DashboardAPI(api_key="<<s>>", suppress_logging=True)
ORG_ID = "<<org>>"
GUEST_SSID_NUMBER = 2


def rotate() -> None:
    for network in dashboard.organizations.getOrganizationNetworks(ORG_ID, tagsFilterType="withAnyTags", tags=["vessel"]):
        psk = "-".join(secrets.token_hex(2) for _ in range(3))
        dashboard.wireless.updateNetworkWirelessSsid(network["id"], GUEST_SSID_NUMBER, psk=psk)
        print(f"{network['name']:<28} {psk}")


if __name__ == "__main__":
    rotate()
""", s=hexs(40), org=digits(6))

add("hostapd/wpa-passphrase", "vessels/mv-nordlys/hostapd-crew.conf",
    "https://w1.fi/cgit/hostap/plain/hostapd/hostapd.conf", r"""
# Crew Wi-Fi on deck 7 (crew mess and cabins). Guest Wi-Fi is on the Meraki APs.
interface=wlan1
driver=nl80211
ssid=NORDLYS-CREW
country_code=NO
hw_mode=a
channel=44
ieee80211n=1
ieee80211ac=1
wmm_enabled=1
auth_algs=1
wpa=2
wpa_key_mgmt=WPA-PSK
rsn_pairwise=CCMP
wpa_passphrase=<<s>>
ignore_broadcast_ssid=0
ap_isolate=1
""", s=passphrase())

add("freeradius/shared-secret", "onboard/radius/clients.conf",
    "https://www.freeradius.org/documentation/freeradius-server/4.0.0/reference/raddb/clients.conf.html", r"""
# RADIUS clients on board: the captive portal controller and the crew APs.
client captive-portal {
    ipaddr = 10.60.0.10
    secret = <<s>>
    require_message_authenticator = yes
    shortname = portal
    nas_type = other
}

client crew-aps {
    ipaddr = 10.60.8.0/24
    secret = <<s>>
    shortname = crew-aps
}
""", s=rand_pw(24))

add("ansible/unifi-password", "ansible/group_vars/vessels.yml",
    "https://docs.ansible.com/ansible/latest/inventory_guide/intro_inventory.html#organizing-host-and-group-variables", r"""
---
ntp_servers: [10.60.0.1]
timezone: Europe/Oslo
unifi_controller_url: https://unifi.fleet.nordhav.no:8443
unifi_site_prefix: vessel-
unifi_admin_user: fleet-automation
unifi_admin_password: "<<s>>"
captive_portal:
  terms_url: https://www.nordhavferries.no/wifi-vilkaar
  session_minutes: 240
  bandwidth_kbps_down: 2048
  bandwidth_kbps_up: 512
starlink_failover:
  enabled: true
  prefer: starlink
""", s=words_pw())

add("cisco/ios-plaintext-password", "network/vessels/mv-aurora-core-sw01.cfg",
    "https://www.cisco.com/c/en/us/td/docs/ios-xml/ios/security/d1/sec-d1-cr-book/sec-cr-t2.html#wp1131606327", r"""
!
version 15.2
service timestamps log datetime msec localtime
hostname MVAURORA-CORE-SW01
!
no service password-encryption
!
username netadmin privilege 15 password 0 <<s>>
aaa new-model
aaa authentication login default local
!
vlan 10
 name BRIDGE-NAV
vlan 20
 name CREW
vlan 30
 name GUEST-WIFI
vlan 40
 name POS
!
interface GigabitEthernet1/0/1
 description uplink-to-firewall
 switchport mode trunk
 switchport trunk allowed vlan 10,20,30,40
!
ip ssh version 2
line vty 0 4
 transport input ssh
!
end
""", s=person_pw())

add("telegraf/snmp-community", "telegraf/telegraf.d/vessel-switches.conf",
    "https://github.com/influxdata/telegraf/blob/master/plugins/inputs/snmp/README.md", r"""
[[inputs.snmp]]
  agents = ["udp://10.60.0.2:161", "udp://10.60.0.3:161", "udp://10.60.0.4:161"]
  version = 2
  community = "<<s>>"
  timeout = "5s"
  retries = 2
  name = "vessel_switch"

  [[inputs.snmp.field]]
    name = "hostname"
    oid = "RFC1213-MIB::sysName.0"
    is_tag = true

  [[inputs.snmp.table]]
    name = "interface"
    inherit_tags = ["hostname"]
    oid = "IF-MIB::ifXTable"
""", s="nh" + chars(6, LOWNUM) + "-ro")

add("strongswan/ipsec-psk", "vpn/ship-to-shore/ipsec.secrets",
    "https://docs.strongswan.org/docs/5.9/config/ipsecSecrets.html", r"""
# /etc/ipsec.secrets on the vessel firewalls (VSAT tunnel to the shore hub)
# This file holds shared secrets or RSA private keys for authentication.

# shore hub <-> MV Lorne
203.0.113.10 %any : PSK "<<s>>"

# local CA key for the crew VPN certificates
: RSA /etc/ipsec.d/private/vessel-ca.key
""", s=rand_pw(32, "+/=!"))

add("wireguard/private-key", "vpn/wg/mv-boreal-wg0.conf",
    "https://man7.org/linux/man-pages/man8/wg.8.html", r"""
[Interface]
# MV Boreal: backup management tunnel over the Starlink terminal
Address = 10.99.0.14/32
ListenPort = 51820
PrivateKey = <<s>>
DNS = 10.99.0.1

[Peer]
# shore hub (Bergen)
PublicKey = <<pub>>
Endpoint = wg.fleet.nordhav.no:51820
AllowedIPs = 10.99.0.0/24, 10.40.0.0/16
PersistentKeepalive = 25
""", s=rand_bytes_b64(32), pub=rand_bytes_b64(32))

add("env/simphony-client-secret", "onboard-pos/simphony/simphony.env",
    "https://docs.oracle.com/en/industries/food-beverage/simphony/omcs/ (Simphony Transaction Services Gen2 auth)", r"""
# Oracle Simphony STS Gen2 - restaurants and bars on board
SIMPHONY_AUTH_URL=https://simphony-home.fleet.example.oraclecloud.com/oidc-provider/v1/oauth2/token
SIMPHONY_API_URL=https://simphony-home.fleet.example.oraclecloud.com/api/v1
SIMPHONY_ORG_SHORT_NAME=NHF
SIMPHONY_LOC_REF=MVNORDLYS
SIMPHONY_RVC_REF=7-MAIN-BAR
SIMPHONY_CLIENT_ID=NHF.<<cid>>
SIMPHONY_CLIENT_SECRET=<<s>>
SIMPHONY_EMPLOYEE_REF=900017
OFFLINE_QUEUE_DIR=/var/lib/pos-bridge/queue
""", cid=chars(20, string.ascii_uppercase + string.digits), s=chars(40, ALNUM + "-_"))

add("compose/postgres-password", "onboard-pos/docker-compose.yml",
    "https://hub.docker.com/_/postgres", r"""
services:
  pos-db:
    image: postgres:15-alpine
    restart: unless-stopped
    environment:
      POSTGRES_DB: pos
      POSTGRES_USER: pos
      POSTGRES_PASSWORD: <<s>>
    volumes:
      - /data/pos-db:/var/lib/postgresql/data
  pos-bridge:
    image: registry.nordhav.no/onboard/pos-bridge:3.4.2
    restart: unless-stopped
    depends_on: [pos-db]
    environment:
      DATABASE_URL: postgres://pos@pos-db:5432/pos
      VESSEL_CODE: NORDLYS
      SHORE_SYNC_URL: https://pos-sync.nordhav.no
    ports:
      - "10.60.40.5:8081:8081"
""", s=rand_pw(20))

add("arduino/wifi-password", "deck-sensors/esp32_reefer_monitor/esp32_reefer_monitor.ino",
    "https://docs.espressif.com/projects/arduino-esp32/en/latest/api/wifi.html", r"""
// Reefer plug monitor on the vehicle deck: reads the current clamps and reports to the bridge broker.
#include <WiFi.h>
#include <PubSubClient.h>

const char* WIFI_SSID = "NORDLYS-OT";
const char* WIFI_PASS = "<<s>>";
const char* MQTT_HOST = "10.60.0.20";

WiFiClient net;
PubSubClient mqtt(net);

void setup() {
  Serial.begin(115200);
  WiFi.mode(WIFI_STA);
  WiFi.begin(WIFI_SSID, WIFI_PASS);
  while (WiFi.status() != WL_CONNECTED) {
    delay(500);
  }
  mqtt.setServer(MQTT_HOST, 1883);
}

void loop() {
  if (!mqtt.connected()) {
    mqtt.connect("reefer-deck3-a");
  }
  float amps = analogRead(34) * 0.0122;
  char payload[32];
  snprintf(payload, sizeof(payload), "{\"amps\":%.2f}", amps);
  mqtt.publish("deck3/reefer/a", payload);
  mqtt.loop();
  delay(10000);
}
""", s=words_pw())

add("haproxy/userlist-password", "onboard/portal-lb/haproxy.cfg",
    "https://docs.haproxy.org/2.8/configuration.html#3.4", r"""
global
    log /dev/log local0
    maxconn 4000

defaults
    mode http
    timeout connect 5s
    timeout client 30s
    timeout server 30s

userlist stats_users
    user bridgeit insecure-password <<s>>

frontend portal
    bind 10.60.30.1:80
    default_backend portal_nodes

backend portal_nodes
    balance roundrobin
    server portal1 10.60.30.11:8080 check
    server portal2 10.60.30.12:8080 check

listen stats
    bind 10.60.0.1:8404
    stats enable
    stats uri /stats
    acl auth_ok http_auth(stats_users)
    http-request auth realm haproxy-stats unless auth_ok
""", s=person_pw())

add("routeros/ppp-secret", "network/vessels/mv-lorne-mikrotik.rsc",
    "https://help.mikrotik.com/docs/display/ROS/PPP+AAA", r"""
# jun/14/2024 07:12:44 by RouterOS 7.14.2
# model = CCR2004-1G-12S+2XS  (MV Lorne, bridge IT cabinet)
/interface bridge
add name=bridge-guest
/ip pool
add name=pool-guest ranges=10.60.30.100-10.60.31.250
/ppp profile
add name=vsat-backhaul use-encryption=yes
/ppp secret
add name=lorne-vsat password=<<s>> profile=vsat-backhaul service=l2tp
/ip firewall filter
add action=drop chain=forward in-interface=bridge-guest out-interface=bridge-pos comment="guest to POS"
/system identity
set name=MVLORNE-EDGE
""", s=rand_pw(16))

add("lua/captive-portal-api-key", "onboard/portal/lua/vouchers.lua",
    "https://github.com/ledgetech/lua-resty-http", r"""
-- OpenResty handler: validates a Wi-Fi voucher printed on the boarding pass against the shore API.
local http = require "resty.http"
local cjson = require "cjson.safe"

local SHORE_API = "https://wifi-vouchers.ternislandferries.co.uk/v1/validate"
local API_KEY = "<<s>>"

local _M = {}

function _M.validate(code, mac)
  local httpc = http.new()
  httpc:set_timeout(4000)
  local res, err = httpc:request_uri(SHORE_API, {
    method = "POST",
    body = cjson.encode({ code = code, mac = mac, vessel = "MV-LORNE" }),
    headers = { ["Content-Type"] = "application/json", ["X-Api-Key"] = API_KEY },
  })
  if not res then
    ngx.log(ngx.ERR, "voucher api: ", err)
    return false
  end
  local body = cjson.decode(res.body) or {}
  return res.status == 200 and body.valid == true
end

return _M
""", s="wv_live_" + chars(32))

# decoys
add("cisco/decoy-password-hash", "network/vessels/mv-nordlys-core-sw01.cfg",
    "https://www.cisco.com/c/en/us/support/docs/security-vpn/remote-authentication-dial-user-service-radius/212101-type-8-and-type-9-passwords.html", r"""
!
version 17.6
hostname MVNORDLYS-CORE-SW01
!
service password-encryption
enable algorithm-type scrypt secret 9 $9$<<s1>>$<<h1>>
username netadmin privilege 15 algorithm-type scrypt secret 9 $9$<<s2>>$<<h2>>
!
aaa new-model
aaa authentication login default group tacacs+ local
tacacs server SHORE-TACACS
 address ipv4 10.40.0.30
 key 7 <<t7>>
!
ip ssh version 2
line vty 0 4
 transport input ssh
end
""", s1=chars(14, ALNUM + "./"), h1=chars(43, ALNUM + "./"), s2=chars(14, ALNUM + "./"), h2=chars(43, ALNUM + "./"),
    t7="REDACTED-BY-EXPORT")

add("hostapd/decoy-psk-file", "vessels/mv-fjordstjerne/hostapd-crew.conf",
    "https://w1.fi/cgit/hostap/plain/hostapd/hostapd.conf", r"""
# Crew Wi-Fi: per-device PSKs are kept in /etc/hostapd/crew.psk (generated on board, not in git).
interface=wlan1
driver=nl80211
ssid=FJORDSTJERNE-CREW
country_code=NO
hw_mode=a
channel=36
wpa=2
wpa_key_mgmt=WPA-PSK SAE
rsn_pairwise=CCMP
wpa_psk_file=/etc/hostapd/crew.psk
ieee80211w=1
sae_require_mfp=1
ap_isolate=1
""")

add("freeradius/decoy-env-reference", "onboard/radius/clients.d/portal.conf",
    "https://www.freeradius.org/documentation/freeradius-server/3.2.5/reference/raddb/clients.conf.html", r"""
# The shared secret comes from the container environment (set by the vessel provisioning job).
client captive-portal {
    ipaddr = 10.60.0.10
    secret = $ENV{RADIUS_PORTAL_SECRET}
    require_message_authenticator = yes
    shortname = portal
}
""")

add("systemd/decoy-key-file", "vpn/wg/networkd/30-wg0.netdev",
    "https://www.freedesktop.org/software/systemd/man/latest/systemd.netdev.html#%5BWireGuard%5D%20Section%20Options", r"""
[NetDev]
Name=wg0
Kind=wireguard
Description=Backup management tunnel over Starlink

[WireGuard]
PrivateKeyFile=/etc/systemd/network/wg0.key
ListenPort=51820

[WireGuardPeer]
# shore hub (Bergen)
PublicKey=<<pub>>
Endpoint=wg.fleet.nordhav.no:51820
AllowedIPs=10.99.0.0/24,10.40.0.0/16
PersistentKeepalive=25
""", pub=rand_bytes_b64(32))

add("python/decoy-environment-read", "onboard-it/wifi/list_clients.py",
    "https://developer.cisco.com/meraki/api-v1/authorization/", r'''
"""Counts passenger Wi-Fi clients per vessel for the weekly report."""
import os

import meraki

ORG_ID = "<<org>>"
VESSEL_NETWORKS = {"L_<<n1>>": "MV Nordlys", "L_<<n2>>": "MV Fjordstjerne"}

# MERAKI_DASHBOARD_API_KEY is read from the environment by the SDK itself.
dashboard = meraki.DashboardAPI(suppress_logging=True)

for network_id, vessel in VESSEL_NETWORKS.items():
    clients = dashboard.networks.getNetworkClients(network_id, timespan=7 * 86400, perPage=1000, total_pages="all")
    guests = [c for c in clients if c.get("ssid") == "Nordhav Guest"]
    print(f"{vessel}: {len(guests)} guest devices in the last 7 days ({os.environ.get('REPORT_WEEK', 'this week')})")
''', org=digits(6), n1=digits(18), n2=digits(18))

add("html/decoy-password-field", "onboard/portal/templates/login.html",
    "https://developer.mozilla.org/en-US/docs/Web/HTML/Element/input/password", r"""
<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>Onboard Wi-Fi - Tern Island Ferries</title>
  <link rel="stylesheet" href="/static/portal.css">
</head>
<body>
  <form method="post" action="/login">
    <label for="voucher">Voucher code (on your boarding pass)</label>
    <input id="voucher" name="voucher" autocomplete="one-time-code" placeholder="XXXX-XXXX">
    <label for="password">Crew password</label>
    <input id="password" name="password" type="password" autocomplete="current-password">
    <input type="hidden" name="mac" value="{{ client_mac }}">
    <button type="submit">Connect</button>
  </form>
  <p>By connecting you accept the <a href="/terms">terms of use</a>.</p>
</body>
</html>
""")

# Crew rostering ----------------------------------------------------------------------------------

add("powershell/bamboohr-api-key", "scripts/crew/Sync-CrewFromBambooHR.ps1",
    "https://documentation.bamboohr.com/docs/getting-started#authentication", r"""
<#
.SYNOPSIS
  Pulls seafarer records (rank, certificates, home port) from BambooHR into the rostering database.
#>
param(
    [string]$Company = "ternislandferries",
    [string]$SqlServer = "sqlcrew01.tern.local"
)

$apiKey = "<<s>>"
$pair = "{0}:x" -f $apiKey
$headers = @{
    Authorization = "Basic " + [Convert]::ToBase64String([Text.Encoding]::ASCII.GetBytes($pair))
    Accept        = "application/json"
}

$uri = "https://api.bamboohr.com/api/gateway.php/$Company/v1/employees/directory"
$staff = (Invoke-RestMethod -Uri $uri -Headers $headers -Method Get).employees |
    Where-Object { $_.department -eq "Sea Staff" }

foreach ($s in $staff) {
    Invoke-Sqlcmd -ServerInstance $SqlServer -Database Rostering -Query @"
MERGE crew.seafarer AS t USING (SELECT '$($s.id)' AS id) AS src ON t.hr_id = src.id
WHEN MATCHED THEN UPDATE SET rank = '$($s.jobTitle)', home_port = '$($s.location)'
WHEN NOT MATCHED THEN INSERT (hr_id, name, rank, home_port) VALUES ('$($s.id)', '$($s.displayName)', '$($s.jobTitle)', '$($s.location)');
"@
}
Write-Host "synced $($staff.Count) seafarers"
""", s=hexs(40))

add("csharp/kronos-password", "CrewRostering/Integrations/KronosClient.cs",
    "https://developer.ukg.com/wfm/docs/authentication (UKG Pro WFM password grant)", r"""
using System.Net.Http.Json;

namespace CrewRostering.Integrations;

public class KronosClient
{
    private const string TokenUrl = "https://nordhav-prd.npr.mykronos.com/api/authentication/access_token";
    private const string AppKey = "<<appkey>>";
    private const string ServiceUser = "svc_crewroster";
    private const string ServicePassword = "<<s>>";

    private readonly HttpClient _http;

    public KronosClient(HttpClient http) => _http = http;

    public async Task<string> GetTokenAsync()
    {
        var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["username"] = ServiceUser,
            ["password"] = ServicePassword,
            ["client_id"] = "crewroster",
            ["grant_type"] = "password",
            ["auth_chain"] = "OAuthLdapService",
        });
        _http.DefaultRequestHeaders.Add("appkey", AppKey);
        var response = await _http.PostAsync(TokenUrl, form);
        response.EnsureSuccessStatusCode();
        var token = await response.Content.ReadFromJsonAsync<Dictionary<string, object>>();
        return token!["access_token"].ToString()!;
    }
}
""", appkey=chars(32), s=words_pw())

add("xml/workday-isu-password", "integrations/workday/crew-certificates-connector.xml",
    "https://docs.mulesoft.com/workday-connector/latest/workday-connector-config-topics", r"""
<?xml version="1.0" encoding="UTF-8"?>
<mule xmlns="http://www.mulesoft.org/schema/mule/core"
      xmlns:workday="http://www.mulesoft.org/schema/mule/workday"
      xmlns:scheduler="http://www.mulesoft.org/schema/mule/scheduler">

  <workday:config name="Workday_Config" doc:name="Workday Config">
    <workday:basic-authentication-api-connection
        userName="ISU_CrewCertificates@aegeanblue"
        password="<<s>>"
        tenantName="aegeanblue"
        hostName="wd3-services1.myworkday.com" />
  </workday:config>

  <flow name="sync-stcw-certificates">
    <scheduler:inbound-endpoint>
      <scheduler-strategy><fixed-frequency frequency="6" timeUnit="HOURS"/></scheduler-strategy>
    </scheduler:inbound-endpoint>
    <workday:human-resources operation="Get_Workers" config-ref="Workday_Config"/>
    <flow-ref name="map-certificates-to-roster"/>
  </flow>
</mule>
""", s=rand_pw(18, "!#%"))

add("env/slack-bot-token", "crew-swap-bot/.env",
    "https://api.slack.com/authentication/token-types#bot", r"""
# crew-swap-bot: lets deck and catering crew offer and accept shift swaps in #crew-swaps
SLACK_BOT_TOKEN=<<s>>
SLACK_SIGNING_SECRET_FILE=/run/secrets/slack_signing_secret
SWAP_CHANNEL=C05QK8Z1M2N
ROSTER_API=https://roster.nordhav.no/api
MIN_REST_HOURS=10
MAX_CONSECUTIVE_DAYS=14
""", s=slack_bot())

add("python/planday-refresh-token", "crew-roster/sync_planday.py",
    "https://openapi.planday.com/gettingstarted/authorization", r"""
import requests

CLIENT_ID = "<<cid>>"
REFRESH_TOKEN = "<<s>>"
TOKEN_URL = "https://id.planday.com/connect/token"
API = "https://openapi.planday.com"


def access_token() -> str:
    resp = requests.post(TOKEN_URL, data={"client_id": CLIENT_ID, "grant_type": "refresh_token",
                                           "refresh_token": REFRESH_TOKEN}, timeout=20)
    resp.raise_for_status()
    return resp.json()["access_token"]


def shifts(department_id: int, start: str, end: str) -> list:
    headers = {"Authorization": f"Bearer {access_token()}", "X-ClientId": CLIENT_ID}
    resp = requests.get(f"{API}/scheduling/v1.0/shifts", headers=headers,
                        params={"departmentId": department_id, "from": start, "to": end}, timeout=30)
    resp.raise_for_status()
    return resp.json()["data"]


if __name__ == "__main__":
    for shift in shifts(4121, "2024-06-10", "2024-06-16"):
        print(shift["employeeId"], shift["startDateTime"], shift["endDateTime"])
""", cid=uuid_s(), s=chars(43, URLSAFE))

add("json/azure-ad-client-secret", "CrewPortal/appsettings.json",
    "https://learn.microsoft.com/en-us/entra/identity-platform/quickstart-register-app#add-a-client-secret", r"""
{
  "AzureAd": {
    "Instance": "https://login.microsoftonline.com/",
    "Domain": "skagerrakline.onmicrosoft.com",
    "TenantId": "<<tid>>",
    "ClientId": "<<cid>>",
    "ClientSecret": "<<s>>",
    "CallbackPath": "/signin-oidc"
  },
  "Graph": {
    "BaseUrl": "https://graph.microsoft.com/v1.0",
    "Scopes": "User.Read.All Group.Read.All"
  },
  "Roster": {
    "WatchPattern": "6-on-6-off",
    "MinRestHours": 10
  }
}
""", tid=uuid_s(), cid=uuid_s(), s=azure_ad_secret())

add("powershell/securestring-password", "scripts/crew/Export-RestHours.ps1",
    "https://learn.microsoft.com/en-us/powershell/module/microsoft.powershell.security/convertto-securestring", r"""
# Monthly MLC rest-hours export for the flag state audit.
$server = "sqlcrew01.tern.local"
$user = "svc_resthours"
$password = ConvertTo-SecureString "<<s>>" -AsPlainText -Force
$cred = New-Object System.Management.Automation.PSCredential ($user, $password)

$month = (Get-Date).AddMonths(-1).ToString("yyyy-MM")
$query = "SELECT vessel, seafarer, work_date, hours_rest_24h, hours_rest_7d FROM crew.rest_hours WHERE FORMAT(work_date, 'yyyy-MM') = '$month'"

$rows = Invoke-Sqlcmd -ServerInstance $server -Database Rostering -Credential $cred -Query $query
$rows | Export-Csv -Path "\\fs01\audit\rest-hours-$month.csv" -NoTypeInformation -Encoding UTF8
Write-Host "exported $($rows.Count) rows for $month"
""", s=person_pw())

add("ini/ansible-become-password", "ansible/inventories/fleet/hosts.ini",
    "https://docs.ansible.com/ansible/latest/inventory_guide/intro_inventory.html#connecting-to-hosts-behavioral-inventory-parameters", r"""
[bridge_pcs]
mv-nordlys-bridge ansible_host=10.61.10.5
mv-fjordstjerne-bridge ansible_host=10.62.10.5

[crew_kiosks]
mv-nordlys-kiosk ansible_host=10.61.20.7
mv-fjordstjerne-kiosk ansible_host=10.62.20.7

[vessels:children]
bridge_pcs
crew_kiosks

[vessels:vars]
ansible_user=fleetops
ansible_become=true
ansible_become_password=<<s>>
ansible_ssh_common_args='-o ProxyJump=bastion.nordhav.no'
""", s=words_pw())

add("batch/net-use-password", "scripts/crew/map-roster-share.bat",
    "https://learn.microsoft.com/en-us/windows-server/administration/windows-commands/net-use", r"""
@echo off
REM Maps the roster share on the crew office PCs at the ports (Bergen, Hirtshals, Stavanger).
set SHARE=\\fs01.nordhav.local\roster
set USER=NORDHAV\svc_rostershare

net use R: /delete /y >nul 2>&1
net use R: %SHARE% <<s>> /user:%USER% /persistent:yes
if errorlevel 1 (
    echo Could not map %SHARE% >> %TEMP%\roster-map.log
    exit /b 1
)
echo Roster share mapped on R:
""", s=rand_pw(14, "!#"))

# decoys
add("csv/decoy-crew-roster", "crew-roster/exports/roster_week24.csv",
    "https://www.ilo.org/global/standards/maritime-labour-convention/ (MLC 2006, hours of rest)", r"""
employee_id,name,rank,vessel,watch,start_utc,end_utc,stcw_cert_no,cert_expiry
<<u1>>,Ingrid Solberg,Chief Officer,MV Nordlys,04-08,2024-06-10T02:00Z,2024-06-16T18:00Z,NO-COC-2019-004417,2029-03-31
<<u2>>,Mats Eriksen,AB,MV Nordlys,08-12,2024-06-10T06:00Z,2024-06-16T18:00Z,NO-PROF-2021-118230,2026-08-15
<<u3>>,Aoife Byrne,Purser,MV Nordlys,day,2024-06-10T05:00Z,2024-06-16T20:00Z,IE-CMS-2020-3321,2025-11-30
<<u4>>,Piotr Kowalski,Motorman,MV Fjordstjerne,00-04,2024-06-10T22:00Z,2024-06-16T18:00Z,PL-ER-2018-77812,2028-01-20
""", u1=uuid_s(), u2=uuid_s(), u3=uuid_s(), u4=uuid_s())

add("powershell/decoy-secret-management", "scripts/crew/Sync-CrewFromBambooHR.v2.ps1",
    "https://learn.microsoft.com/en-us/powershell/utility-modules/secretmanagement/overview", r"""
#Requires -Modules Microsoft.PowerShell.SecretManagement
param([string]$Company = "ternislandferries")

# The key lives in the CrewIntegrations vault (Azure Key Vault extension), never in this script.
$apiKey = Get-Secret -Vault CrewIntegrations -Name BambooHrApiKey -AsPlainText
$pair = "{0}:x" -f $apiKey
$headers = @{ Authorization = "Basic " + [Convert]::ToBase64String([Text.Encoding]::ASCII.GetBytes($pair)) }

$uri = "https://api.bamboohr.com/api/gateway.php/$Company/v1/employees/directory"
(Invoke-RestMethod -Uri $uri -Headers $headers).employees |
    Where-Object department -eq "Sea Staff" |
    Select-Object id, displayName, jobTitle, location |
    Export-Csv -Path .\seafarers.csv -NoTypeInformation
""")

add("jenkins/decoy-with-credentials", "crew-roster/Jenkinsfile",
    "https://www.jenkins.io/doc/pipeline/steps/credentials-binding/", r"""
pipeline {
  agent { label 'linux' }
  triggers { cron('H 4 * * 1') }
  stages {
    stage('Sync Planday') {
      steps {
        withCredentials([
          string(credentialsId: 'planday-refresh-token', variable: 'PLANDAY_REFRESH_TOKEN'),
          usernamePassword(credentialsId: 'rostering-db', usernameVariable: 'DB_USER', passwordVariable: 'DB_PASSWORD')
        ]) {
          sh 'python3 sync_planday.py --week "$(date +%G-W%V)"'
        }
      }
    }
  }
  post {
    failure { mail to: 'crew-it@nordhav.no', subject: "Roster sync failed: ${env.BUILD_URL}", body: 'See console.' }
  }
}
""")

add("yaml/decoy-password-policy", "CrewPortal/config/security-policy.yaml",
    "https://pages.nist.gov/800-63-3/sp800-63b.html#memsecret", r"""
password:
  min_length: 12
  max_length: 128
  require_mixed_case: false
  check_breached_list: true
  history: 5
  max_age_days: 0
  lockout:
    attempts: 8
    window_minutes: 15
token:
  access_ttl_minutes: 15
  refresh_ttl_days: 14
  signing_key_ref: kv://crewportal-prod/jwt-signing-key
mfa:
  required_for_roles: [master, chief_engineer, hr_admin]
""")

# Maritime weather feeds --------------------------------------------------------------------------

add("shell/openweathermap-appid", "ops/weather/fetch_owm.sh",
    "https://openweathermap.org/api/one-call-3", r"""
#!/usr/bin/env bash
# cron: */30 * * * *  fetch wind for the exposed crossings, used by the sailing-risk dashboard
set -euo pipefail

APPID="<<s>>"
OUT=/var/lib/weather/owm
mkdir -p "$OUT"

declare -A POINTS=(
  [stad]="62.19,5.10"
  [skagerrak-mid]="57.90,9.40"
  [hustadvika]="63.00,7.10"
)

for name in "${!POINTS[@]}"; do
  IFS=, read -r lat lon <<< "${POINTS[$name]}"
  curl -fsS --max-time 20 \
    "https://api.openweathermap.org/data/3.0/onecall?lat=${lat}&lon=${lon}&exclude=minutely,daily&units=metric&appid=${APPID}" \
    -o "$OUT/${name}.json.tmp"
  mv "$OUT/${name}.json.tmp" "$OUT/${name}.json"
done
""", s=hexs(32))

add("typescript/stormglass-api-key", "sailing-risk/src/providers/stormglass.ts",
    "https://docs.stormglass.io/#/authentication", r"""
import axios from 'axios';

const STORMGLASS_KEY = '<<s>>';

export interface SeaState {
  time: string;
  waveHeight: number;
  swellPeriod: number;
  windSpeed: number;
}

export async function seaState(lat: number, lng: number, hours = 24): Promise<SeaState[]> {
  const start = Math.floor(Date.now() / 1000);
  const { data } = await axios.get('https://api.stormglass.io/v2/weather/point', {
    params: { lat, lng, params: 'waveHeight,swellPeriod,windSpeed', start, end: start + hours * 3600, source: 'sg' },
    headers: { Authorization: STORMGLASS_KEY },
    timeout: 15000,
  });
  return data.hours.map((h: any) => ({
    time: h.time,
    waveHeight: h.waveHeight.sg,
    swellPeriod: h.swellPeriod.sg,
    windSpeed: h.windSpeed.sg,
  }));
}
""", s=hexs(8) + "-" + hexs(4) + "-11ee-" + hexs(4) + "-" + hexs(12) + "-" + hexs(8) + "-" + hexs(4) + "-11ee-" + hexs(4) + "-" + hexs(12))

_tomorrow = chars(32)
add("json/tomorrow-io-api-key", "nodered/flows.json",
    "https://docs.tomorrow.io/reference/api-authentication", r"""
[
  {
    "id": "f1a2b3c4d5e6f708",
    "type": "inject",
    "z": "weatherflow",
    "name": "every 15 min",
    "repeat": "900",
    "once": true,
    "wires": [["a9b8c7d6e5f40312"]]
  },
  {
    "id": "a9b8c7d6e5f40312",
    "type": "http request",
    "z": "weatherflow",
    "name": "tomorrow.io realtime Oban",
    "method": "GET",
    "ret": "obj",
    "url": "https://api.tomorrow.io/v4/weather/realtime?location=56.41,-5.47&units=metric&apikey=<<s>>",
    "tls": "",
    "wires": [["3e4f5a6b7c8d9e0f"]]
  },
  {
    "id": "3e4f5a6b7c8d9e0f",
    "type": "mqtt out",
    "z": "weatherflow",
    "name": "publish to bridge displays",
    "topic": "weather/oban/realtime",
    "qos": "1",
    "broker": "b1c2d3e4f5a6b7c8",
    "wires": []
  }
]
""", s=_tomorrow)

_metoffice = jwt({"sub": "forecast-desk@ternislandferries.co.uk", "iss": "https://api-manager.metoffice.cloud",
                  "subscribedAPIs": [{"name": "SiteSpecificForecast", "context": "/sitespecific/v0", "version": "v0"}],
                  "application": {"owner": "forecast-desk", "tier": "WHS_Unlimited", "name": "crossing-risk", "id": 23817},
                  "iat": 1717402214, "jti": uuid_s()}, {"x5t": chars(40, URLSAFE), "kid": chars(40, URLSAFE), "typ": "JWT", "alg": "RS256"})
add("notebook/met-office-api-key", "notebooks/crossing_wave_forecast.ipynb",
    "https://datahub.metoffice.gov.uk/docs/f/category/site-specific/overview", r"""
{
 "cells": [
  {
   "cell_type": "markdown",
   "metadata": {},
   "source": ["# Wave and wind forecast for the Oban - Craignure crossing\n", "Site-specific hourly forecast from Met Office DataHub."]
  },
  {
   "cell_type": "code",
   "execution_count": 3,
   "metadata": {},
   "outputs": [],
   "source": [
    "import requests\n",
    "import pandas as pd\n",
    "\n",
    "API_KEY = \"<<s>>\"\n",
    "url = \"https://data.hub.api.metoffice.gov.uk/sitespecific/v0/point/hourly\"\n",
    "resp = requests.get(url, params={\"latitude\": 56.45, \"longitude\": -5.60}, headers={\"apikey\": API_KEY})\n",
    "series = resp.json()[\"features\"][0][\"properties\"][\"timeSeries\"]\n",
    "df = pd.DataFrame(series)[[\"time\", \"windSpeed10m\", \"windGustSpeed10m\"]]\n",
    "df.head()"
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
""", s=_metoffice)

add("ini/copernicus-marine-password", "ops/weather/.copernicusmarine/.copernicusmarine-credentials",
    "https://help.marine.copernicus.eu/en/articles/8185007-copernicus-marine-toolbox-credentials-configuration", r"""
[credentials]
username = nordhav-ops
password = <<s>>

# used by ops/weather/fetch_waves.sh (product GLOBAL_ANALYSISFORECAST_WAV_001_027)
# shared ops account, owner: marine operations
# rotate together with the entry in the ops wiki
""", s=words_pw())

add("r/windy-api-key", "analysis/windy_point_forecast.R",
    "https://api.windy.com/point-forecast/docs", r"""
library(httr)
library(jsonlite)

windy_key <- "<<s>>"

crossing_points <- data.frame(
  name = c("Hustadvika", "Stad", "Boknafjorden"),
  lat = c(63.00, 62.19, 59.20),
  lon = c(7.10, 5.10, 5.50)
)

forecast_for <- function(lat, lon) {
  body <- list(lat = lat, lon = lon, model = "gfsWave",
               parameters = list("waves", "windWaves", "swell1"),
               levels = list("surface"), key = windy_key)
  res <- POST("https://api.windy.com/api/point-forecast/v2", body = body, encode = "json")
  stop_for_status(res)
  fromJSON(content(res, "text", encoding = "UTF-8"))
}

forecasts <- Map(forecast_for, crossing_points$lat, crossing_points$lon)
names(forecasts) <- crossing_points$name
saveRDS(forecasts, "windy_forecasts.rds")
""", s=chars(32))

# decoys
add("json/decoy-sample-response", "sailing-risk/test/fixtures/owm_onecall_stad.json",
    "https://openweathermap.org/api/one-call-3#example", r"""
{
  "lat": 62.19,
  "lon": 5.1,
  "timezone": "Europe/Oslo",
  "timezone_offset": 7200,
  "current": {
    "dt": 1718350200,
    "temp": 11.4,
    "pressure": 1004,
    "humidity": 88,
    "wind_speed": 17.2,
    "wind_deg": 250,
    "wind_gust": 23.9,
    "weather": [{ "id": 501, "main": "Rain", "description": "moderate rain", "icon": "10d" }]
  },
  "alerts": [
    { "sender_name": "MET Norway", "event": "Gale", "start": 1718344800, "end": 1718388000 }
  ]
}
""")

add("checksums/decoy-sha256", "ops/weather/grib/SHA256SUMS",
    "https://www.gnu.org/software/coreutils/manual/html_node/sha2-utilities.html", r"""
<<h1>>  mywave_wam800_skagerrak_2024061400.grib2
<<h2>>  mywave_wam800_skagerrak_2024061406.grib2
<<h3>>  mywave_wam800_skagerrak_2024061412.grib2
<<h4>>  mywave_wam800_skagerrak_2024061418.grib2
<<h5>>  meps_det_2_5km_2024061400.grib2
""", h1=hexs(64), h2=hexs(64), h3=hexs(64), h4=hexs(64), h5=hexs(64))

add("shell/decoy-interactive-login", "ops/weather/fetch_waves.sh",
    "https://help.marine.copernicus.eu/en/articles/7970514-copernicus-marine-toolbox-installation", r"""
#!/usr/bin/env bash
# Wave forecast subset for the North Sea crossings. First run on a new host:
#   copernicusmarine login      # prompts for the ops account; stores it in ~/.copernicusmarine
set -euo pipefail

copernicusmarine subset \
  --dataset-id cmems_mod_glo_wav_anfc_0.083deg_PT3H-i \
  --variable VHM0 --variable VMDR --variable VTPK \
  --minimum-longitude 2 --maximum-longitude 12 \
  --minimum-latitude 53 --maximum-latitude 62 \
  --start-datetime "$(date -u +%Y-%m-%dT00:00:00)" \
  --end-datetime "$(date -u -d '+3 days' +%Y-%m-%dT00:00:00)" \
  --output-directory /var/lib/weather/cmems --force-download
""")

add("yaml/decoy-env-reference", "sailing-risk/config/providers.yaml",
    "https://12factor.net/config", r"""
providers:
  openweathermap:
    enabled: true
    api_key: ${OWM_APPID}
    points: [stad, skagerrak-mid, hustadvika]
  stormglass:
    enabled: true
    api_key: ${STORMGLASS_KEY}
    daily_quota: 500
  metoffice:
    enabled: false
    api_key: ${METOFFICE_DATAHUB_KEY:-}
thresholds:
  cancel_if_significant_wave_height_m: 4.5
  warn_if_gust_ms: 24
""")

# Notifications, cloud, CI, mobile apps and monitoring --------------------------------------------

add("github-actions/slack-webhook", ".github/workflows/deploy-booking-web.yml",
    "https://api.slack.com/messaging/webhooks", r"""
name: deploy booking-web
on:
  push:
    branches: [main]
jobs:
  deploy:
    runs-on: ubuntu-latest
    permissions:
      id-token: write
      contents: read
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-node@v4
        with: { node-version: 20, cache: npm }
      - run: npm ci && npm run build
      - uses: aws-actions/configure-aws-credentials@v4
        with:
          role-to-assume: arn:aws:iam::491730285516:role/booking-web-deploy
          aws-region: eu-north-1
      - run: aws s3 sync dist/ s3://book-nordhavferries-no/ --delete
      - name: notify #releases
        if: always()
        run: |
          curl -sS -X POST -H 'Content-type: application/json' \
            --data "{\"text\":\"booking-web ${{ github.sha }} deploy: ${{ job.status }}\"}" \
            <<s>>
""", s=slack_webhook())

add("powershell/teams-webhook", "ops/Notify-WeatherCancellation.ps1",
    "https://learn.microsoft.com/en-us/microsoftteams/platform/webhooks-and-connectors/how-to/add-incoming-webhook", r"""
param(
    [Parameter(Mandatory)] [string]$Sailing,
    [Parameter(Mandatory)] [string]$Reason
)

$webhook = "<<s>>"

$card = @{
    "@type"    = "MessageCard"
    "@context" = "https://schema.org/extensions"
    summary    = "Sailing cancelled: $Sailing"
    themeColor = "C0392B"
    title      = "Sailing cancelled: $Sailing"
    text       = "Reason: $Reason. Contact centre: start the rebooking macro; ports: stop check-in."
} | ConvertTo-Json -Depth 4

Invoke-RestMethod -Uri $webhook -Method Post -ContentType "application/json" -Body $card
""", s="https://ternislandferries.webhook.office.com/webhookb2/" + uuid_s() + "@" + uuid_s()
      + "/IncomingWebhook/" + hexs(32) + "/" + uuid_s() + "/V2" + chars(43, URLSAFE))

add("php/twilio-auth-token", "sms/send_delay_notice.php",
    "https://www.twilio.com/docs/iam/credentials/api", r"""
<?php
require __DIR__ . '/vendor/autoload.php';

use Twilio\Rest\Client;

$sid = 'AC<<sid>>';
$token = '<<s>>';
$from = 'TERNFERRY';

$twilio = new Client($sid, $token);

$sailing = $argv[1] ?? exit("usage: php send_delay_notice.php SAILING MINUTES\n");
$minutes = (int) ($argv[2] ?? 0);
$pdo = new PDO('sqlite:/var/lib/sms/passengers.db');
$stmt = $pdo->prepare('SELECT mobile, first_name FROM passengers WHERE sailing = ? AND sms_opt_in = 1');
$stmt->execute([$sailing]);

foreach ($stmt as $row) {
    $twilio->messages->create($row['mobile'], [
        'from' => $from,
        'body' => sprintf('Hi %s, your %s sailing is delayed by about %d minutes. We are sorry.', $row['first_name'], $sailing, $minutes),
    ]);
}
""", sid=hexs(32), s=hexs(32))

add("ruby/sendgrid-api-key", "config/initializers/action_mailer.rb",
    "https://www.twilio.com/docs/sendgrid/for-developers/sending-email/rubyonrails", r"""
# Booking confirmations and e-tickets go out through SendGrid.
Rails.application.configure do
  config.action_mailer.delivery_method = :smtp
  config.action_mailer.smtp_settings = {
    user_name: "apikey",
    password: "<<s>>",
    domain: "hebridesferries.scot",
    address: "smtp.sendgrid.net",
    port: 587,
    authentication: :plain,
    enable_starttls_auto: true
  }
  config.action_mailer.default_url_options = { host: "booking.hebridesferries.scot", protocol: "https" }
  config.action_mailer.default_options = { from: "Hebrides Ferries <tickets@hebridesferries.scot>" }
end
""", s=sendgrid_key())

add("python/mailgun-api-key", "notifications/mailgun_sender.py",
    "https://documentation.mailgun.com/docs/mailgun/api-reference/authentication/", r"""
import requests

MAILGUN_DOMAIN = "mg.aegeanbluelines.gr"
MAILGUN_API_KEY = "<<s>>"


def send_eticket(to: str, booking_ref: str, pdf: bytes) -> str:
    resp = requests.post(
        f"https://api.eu.mailgun.net/v3/{MAILGUN_DOMAIN}/messages",
        auth=("api", MAILGUN_API_KEY),
        files=[("attachment", (f"{booking_ref}.pdf", pdf, "application/pdf"))],
        data={
            "from": "Aegean Blue Lines <tickets@aegeanbluelines.gr>",
            "to": to,
            "subject": f"Your e-ticket {booking_ref}",
            "template": "eticket",
            "h:X-Mailgun-Variables": f'{{"booking_ref": "{booking_ref}"}}',
        },
        timeout=30,
    )
    resp.raise_for_status()
    return resp.json()["id"]
""", s=hexs(32) + "-" + hexs(8) + "-" + hexs(8))

_ak, _sk = aws_pair()
add("ini/aws-secret-access-key", "deploy/ci/aws-credentials",
    "https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-files.html", r"""
[default]
region = eu-west-1
output = json

[ferry-prod-deploy]
aws_access_key_id = <<ak>>
aws_secret_access_key = <<s>>
region = eu-west-1

[ferry-staging]
role_arn = arn:aws:iam::210987654321:role/staging-deploy
source_profile = ferry-prod-deploy
""", ak=_ak, s=_sk)

_ak2, _sk2 = aws_pair()
add("terraform/aws-secret-key", "infra/terraform/ais-archive/providers.tf",
    "https://registry.terraform.io/providers/hashicorp/aws/latest/docs#provider-configuration", r"""
terraform {
  required_version = ">= 1.5"
  required_providers {
    aws = { source = "hashicorp/aws", version = "~> 5.40" }
  }
  backend "s3" {
    bucket = "nordhav-tfstate"
    key    = "ais-archive/terraform.tfstate"
    region = "eu-north-1"
  }
}

provider "aws" {
  region     = "eu-north-1"
  access_key = "<<ak>>"
  secret_key = "<<s>>"
  default_tags {
    tags = { team = "fleet-data", project = "ais-archive" }
  }
}

resource "aws_s3_bucket" "ais_raw" {
  bucket = "nordhav-ais-raw"
}
""", ak=_ak2, s=_sk2)

add("json/azure-storage-account-key", "functions/TicketPdf/local.settings.json",
    "https://learn.microsoft.com/en-us/azure/storage/common/storage-configure-connection-string", r"""
{
  "IsEncrypted": false,
  "Values": {
    "FUNCTIONS_WORKER_RUNTIME": "dotnet-isolated",
    "AzureWebJobsStorage": "DefaultEndpointsProtocol=https;AccountName=skagerraktickets;AccountKey=<<s>>;EndpointSuffix=core.windows.net",
    "TicketContainer": "etickets",
    "PdfTemplate": "eticket-v5.liquid",
    "QrIssuer": "skagerrak-line"
  },
  "Host": {
    "LocalHttpPort": 7071,
    "CORS": "*"
  }
}
""", s=azure_storage_key())

_gk = pkcs8_rsa_key()
add("json/gcp-service-account-key", "route-optimizer/keys/route-optimizer-sa.json",
    "https://cloud.google.com/iam/docs/keys-create-delete#creating", r"""
{
  "type": "service_account",
  "project_id": "fundy-ferry-ops",
  "private_key_id": "<<kid>>",
  "private_key": "<<k>>\n",
  "client_email": "route-optimizer@fundy-ferry-ops.iam.gserviceaccount.com",
  "client_id": "<<cid>>",
  "auth_uri": "https://accounts.google.com/o/oauth2/auth",
  "token_uri": "https://oauth2.googleapis.com/token",
  "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",
  "client_x509_cert_url": "https://www.googleapis.com/robot/v1/metadata/x509/route-optimizer%40fundy-ferry-ops.iam.gserviceaccount.com",
  "universe_domain": "googleapis.com"
}
""", secret=_gk.replace("\n", "\\n"), kid=hexs(40), k=_gk.replace("\n", "\\n"), cid=digits(21))

add("npmrc/github-token", "booking-web/.npmrc",
    "https://docs.github.com/en/packages/working-with-a-github-packages-registry/working-with-the-npm-registry", r"""
# Our design system (@nordhav/ui) is published to GitHub Packages.
@nordhav:registry=https://npm.pkg.github.com
//npm.pkg.github.com/:_authToken=<<s>>
engine-strict=true
save-exact=true
fund=false
""", s=fakes.github_token(_next_seed()))

add("shell-history/gitlab-token", "ops/bastion/history/root.bash_history",
    "https://docs.gitlab.com/ee/user/profile/personal_access_tokens.html", r"""
cd /opt
git clone https://oauth2:<<s>>@gitlab.ternislandferries.co.uk/onboard/portal.git
cd portal
git checkout release/2024.06
docker compose build
docker compose up -d
docker compose logs -f --tail=50 portal
""", s="glpat-" + chars(20, URLSAFE))

add("jenkins/docker-hub-token", "onboard-pos/Jenkinsfile",
    "https://docs.docker.com/security/for-developers/access-tokens/", r"""
pipeline {
  agent { label 'docker' }
  environment {
    IMAGE = "nordhavferries/pos-bridge"
  }
  stages {
    stage('Build') {
      steps {
        sh 'docker build -t $IMAGE:$GIT_COMMIT .'
      }
    }
    stage('Push') {
      when { branch 'main' }
      steps {
        sh 'echo "<<s>>" | docker login -u nordhavci --password-stdin'
        sh 'docker push $IMAGE:$GIT_COMMIT'
        sh 'docker tag $IMAGE:$GIT_COMMIT $IMAGE:latest && docker push $IMAGE:latest'
      }
    }
  }
}
""", s="dckr_pat_" + chars(27, URLSAFE))

add("pypirc/pypi-token", "tools/timetable-kit/.pypirc",
    "https://packaging.python.org/en/latest/specifications/pypirc/", r"""
[distutils]
index-servers =
    pypi
    nexus

[pypi]
username = __token__
password = <<s>>

[nexus]
repository = https://nexus.nordhav.local/repository/pypi-internal/
username = ci-publisher
""", s=fakes.pypi_token(_next_seed()))

add("makefile/vault-token", "infra/Makefile",
    "https://developer.hashicorp.com/vault/docs/concepts/tokens#token-prefixes", r"""
VAULT_ADDR ?= https://vault.ops.nordhav.no:8200
VAULT_TOKEN ?= <<s>>
ENV ?= prod

export VAULT_ADDR VAULT_TOKEN

.PHONY: plan apply secrets

secrets:
	vault kv get -format=json secret/$(ENV)/reservation-core > .secrets.json

plan: secrets
	terraform -chdir=envs/$(ENV) plan -var-file=../../$(ENV).tfvars -out=tfplan

apply:
	terraform -chdir=envs/$(ENV) apply tfplan
""", s="hvs." + chars(24))

add("hcl/terraform-cloud-token", "ops/workstation/.terraformrc",
    "https://developer.hashicorp.com/terraform/cli/config/config-file#credentials", r"""
plugin_cache_dir   = "$HOME/.terraform.d/plugin-cache"
disable_checkpoint = true

credentials "app.terraform.io" {
  # team token for the fleet-infra workspaces
  token = "<<s>>"
}
""", s=chars(14) + ".atlasv1." + chars(67))

add("shell/digitalocean-token", "status-page/deploy.sh",
    "https://docs.digitalocean.com/reference/api/create-personal-access-token/", r"""
#!/bin/sh
# Deploys the public sailing status page (status.ternislandferries.co.uk) to App Platform.
set -e

export DIGITALOCEAN_ACCESS_TOKEN=<<s>>
APP_ID=<<app>>

npm ci
npm run build
doctl apps update "$APP_ID" --spec .do/app.yaml
doctl apps create-deployment "$APP_ID" --wait
echo "deployed $(git rev-parse --short HEAD)"
""", s="dop_v1_" + hexs(64), app=uuid_s())

add("helm/datadog-api-key", "charts/ais-ingest/values-prod.yaml",
    "https://docs.datadoghq.com/containers/kubernetes/installation/?tab=helm", r"""
image:
  repository: registry.nordhav.no/ais-ingest
  tag: "1.19.0"
replicaCount: 2

datadog:
  site: datadoghq.eu
  apiKey: <<s>>
  clusterName: fleet-prod
  logs:
    enabled: true
    containerCollectAll: false
  apm:
    portEnabled: true

env:
  - name: AIS_EXCHANGE
    value: ais.raw
  - name: DD_SERVICE
    value: ais-ingest
""", s=hexs(32))

add("yaml/new-relic-license-key", "reservation-core/newrelic.yml",
    "https://docs.newrelic.com/docs/apm/agents/java-agent/configuration/java-agent-configuration-config-file/", r"""
common: &default_settings
  license_key: '<<s>>'
  agent_enabled: true
  app_name: reservation-core
  high_security: false
  log_level: info
  distributed_tracing:
    enabled: true
  transaction_tracer:
    record_sql: obfuscated

production:
  <<: *default_settings
  app_name: reservation-core (prod)

staging:
  <<: *default_settings
  app_name: reservation-core (staging)
""", s=hexs(36) + "NRAL")

add("yaml/pagerduty-routing-key", "monitoring/alertmanager/alertmanager.yml",
    "https://prometheus.io/docs/alerting/latest/configuration/#pagerduty_config", r"""
global:
  resolve_timeout: 5m

route:
  receiver: fleet-ops
  group_by: [alertname, vessel]
  routes:
    - matchers: [severity="page"]
      receiver: fleet-ops-pager

receivers:
  - name: fleet-ops
    email_configs:
      - to: fleet-ops@nordhav.no
        send_resolved: true
  - name: fleet-ops-pager
    pagerduty_configs:
      - routing_key: <<s>>
        severity: critical
        description: '{{ .CommonAnnotations.summary }}'
""", s=hexs(32))

add("ini/sentry-auth-token", "booking-web/.sentryclirc",
    "https://docs.sentry.io/cli/configuration/#configuration-file", r"""
[defaults]
url = https://sentry.io/
org = nordhav-ferries
project = booking-web

[auth]
token = <<s>>

[log]
level = warn
""", s="sntryu_" + hexs(64))

add("python/telegram-bot-token", "bots/bridge_alerts.py",
    "https://core.telegram.org/bots/api#authorizing-your-bot", r"""
#!/usr/bin/env python3
# Sends engine-room and AIS-gap alerts to the duty officers' Telegram group.
import sys

import requests

BOT_TOKEN = "<<s>>"
CHAT_ID = -100<<chat>>


def alert(text: str) -> None:
    requests.post(f"https://api.telegram.org/bot{BOT_TOKEN}/sendMessage",
                  json={"chat_id": CHAT_ID, "text": text, "parse_mode": "HTML"}, timeout=10).raise_for_status()


if __name__ == "__main__":
    alert(" ".join(sys.argv[1:]) or "<b>test</b> from bridge_alerts")
""", s=telegram(), chat=digits(10))

add("javascript/fcm-server-key", "push/send-boarding-reminder.js",
    "https://firebase.google.com/docs/cloud-messaging/auth-server#authorize-legacy-protocol-send-requests", r"""
// Sends "boarding opens in 30 minutes" to app users on a sailing (legacy FCM HTTP API).
const fetch = require('node-fetch');

const FCM_SERVER_KEY = '<<s>>';

async function sendBoardingReminder(tokens, sailing) {
  const res = await fetch('https://fcm.googleapis.com/fcm/send', {
    method: 'POST',
    headers: { Authorization: `key=${FCM_SERVER_KEY}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({
      registration_ids: tokens,
      notification: { title: 'Boarding opens soon', body: `${sailing.route} ${sailing.departure}: lane ${sailing.lane}` },
      data: { sailingId: sailing.id },
    }),
  });
  return res.json();
}

module.exports = { sendBoardingReminder };
""", s="AAAA" + chars(7, URLSAFE) + ":APA91b" + chars(134, URLSAFE))

add("p8/apple-private-key", "ios/fastlane/keys/AuthKey_" + chars(10, string.ascii_uppercase + string.digits) + ".p8",
    "https://developer.apple.com/documentation/appstoreconnectapi/creating-api-keys-for-app-store-connect-api",
    "\n<<s>>\n", s=p8_key())

add("properties/android-keystore-password", "android/keystore.properties",
    "https://developer.android.com/studio/publish/app-signing#secure-shared-keystore", r"""
# Upload key for the Fjordekspressen app (Play App Signing holds the app signing key).
# Read by app/build.gradle.kts
storeFile=../keys/upload-keystore.jks
storePassword=<<s>>
keyAlias=upload
keyPassword=<<s>>
""", s=rand_pw(16))

add("env/fastlane-match-password", "ios/fastlane/.env.default",
    "https://docs.fastlane.tools/actions/match/#encryption-password", r"""
# fastlane match: certificates and profiles are in the private certificates repo, encrypted with this password
MATCH_GIT_URL=git@github.com:nordhav/ios-certificates.git
MATCH_TYPE=appstore
MATCH_PASSWORD=<<s>>
MATCH_READONLY=true
FASTLANE_TEAM_ID=7KQ3XJ2L9M
APP_IDENTIFIER=no.nordhav.ferries
""", s=passphrase())

add("properties/mapbox-secret-token", "android/gradle.properties",
    "https://docs.mapbox.com/android/maps/guides/install/#configure-credentials", r"""
org.gradle.jvmargs=-Xmx4g -Dfile.encoding=UTF-8
android.useAndroidX=true
android.nonTransitiveRClass=true
kotlin.code.style=official
# Secret token with DOWNLOADS:READ, needed to fetch the Mapbox SDK from api.mapbox.com
MAPBOX_DOWNLOADS_TOKEN=<<s>>
""", s=mapbox("sk", "fjordekspressen"))

add("python/google-api-key", "eta/google_routes.py",
    "https://developers.google.com/maps/documentation/routes/get-api-key", r"""
# Driving ETAs from the port to the check-in deadline, used for "you may miss your sailing" SMS.
import requests

GOOGLE_API_KEY = "<<s>>"
ROUTES_URL = "https://routes.googleapis.com/directions/v2:computeRoutes"


def minutes_to_port(origin_lat: float, origin_lng: float, port: dict) -> float:
    body = {
        "origin": {"location": {"latLng": {"latitude": origin_lat, "longitude": origin_lng}}},
        "destination": {"location": {"latLng": {"latitude": port["lat"], "longitude": port["lng"]}}},
        "travelMode": "DRIVE",
        "routingPreference": "TRAFFIC_AWARE",
    }
    headers = {"X-Goog-Api-Key": GOOGLE_API_KEY, "X-Goog-FieldMask": "routes.duration"}
    data = requests.post(ROUTES_URL, json=body, headers=headers, timeout=10).json()
    return int(data["routes"][0]["duration"].rstrip("s")) / 60
""", s="AIza" + chars(35, URLSAFE))

_ek = ec_key()
add("k8s-secret/ec-private-key", "deploy/k8s/gate-api-tls.yaml",
    "https://kubernetes.io/docs/concepts/configuration/secret/#tls-secrets", r"""
apiVersion: v1
kind: Secret
metadata:
  name: gate-api-tls
  namespace: port-gate
type: kubernetes.io/tls
data:
  tls.crt: <<crt>>
  tls.key: <<key>>
""", secret=_ek, crt=b64(certificate() + "\n"), key=b64(_ek + "\n"))

add("k8s-secret/twilio-auth-token", "deploy/k8s/sms-notifier-secret.yaml",
    "https://kubernetes.io/docs/concepts/configuration/secret/#opaque-secrets", r"""
apiVersion: v1
kind: Secret
metadata:
  name: sms-notifier
  namespace: notifications
type: Opaque
data:
  TWILIO_ACCOUNT_SID: <<sid>>
  TWILIO_AUTH_TOKEN: <<tok>>
  TWILIO_FROM: <<sender>>
""", secret=(_tw := hexs(32)), sid=b64("AC" + hexs(32)), tok=b64(_tw), sender=b64("TERNFERRY"))

add("dockerfile/npm-token", "booking-web/Dockerfile",
    "https://docs.npmjs.com/using-private-packages-in-a-ci-cd-workflow", r"""
FROM node:20-alpine AS build
WORKDIR /app
ARG NPM_TOKEN=<<s>>
COPY package.json package-lock.json ./
RUN echo "//registry.npmjs.org/:_authToken=${NPM_TOKEN}" > .npmrc \
 && npm ci \
 && rm -f .npmrc
COPY . .
RUN npm run build

FROM nginx:1.27-alpine
COPY --from=build /app/dist /usr/share/nginx/html
COPY nginx.conf /etc/nginx/conf.d/default.conf
EXPOSE 80
""", s="npm_" + chars(36))

add("gitlab-ci/sftp-password", "timetable-publisher/.gitlab-ci.yml",
    "https://docs.gitlab.com/ee/ci/variables/", r"""
stages: [build, publish]

variables:
  GTFS_OUT: public/gtfs.zip
  SFTP_HOST: sftp.traveline-feeds.example.org.uk
  SFTP_USER: hebrides_ferries
  SFTP_PASSWORD: "<<s>>"

build:
  stage: build
  image: python:3.12-slim
  script:
    - pip install -r requirements.txt
    - python -m publisher.build_gtfs --timetable data/timetable-2025.csv --out "$GTFS_OUT"
  artifacts:
    paths: [public/]

publish:
  stage: publish
  image: alpine:3.20
  only: [main]
  script:
    - apk add --no-cache lftp
    - lftp -u "$SFTP_USER,$SFTP_PASSWORD" "sftp://$SFTP_HOST" -e "put $GTFS_OUT -o /incoming/gtfs.zip; bye"
""", s=words_pw())

add("maven/settings-password", "ci/maven/settings.xml",
    "https://maven.apache.org/settings.html#servers", r"""
<?xml version="1.0" encoding="UTF-8"?>
<settings xmlns="http://maven.apache.org/SETTINGS/1.2.0">
  <servers>
    <server>
      <id>nordhav-releases</id>
      <username>ci-deployer</username>
      <password><<s>></password>
    </server>
  </servers>
  <mirrors>
    <mirror>
      <id>nordhav-central</id>
      <mirrorOf>*</mirrorOf>
      <url>https://nexus.nordhav.local/repository/maven-public/</url>
    </mirror>
  </mirrors>
</settings>
""", s=rand_pw(20))

add("nuget/cleartext-password", "CrewRostering/NuGet.config",
    "https://learn.microsoft.com/en-us/nuget/reference/nuget-config-file#packagesourcecredentials", r"""
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <packageSources>
    <clear />
    <add key="nuget.org" value="https://api.nuget.org/v3/index.json" />
    <add key="skagerrak-internal" value="https://pkgs.dev.azure.com/skagerrakline/_packaging/internal/nuget/v3/index.json" />
  </packageSources>
  <packageSourceCredentials>
    <skagerrak-internal>
      <add key="Username" value="build" />
      <add key="ClearTextPassword" value="<<s>>" />
    </skagerrak-internal>
  </packageSourceCredentials>
</configuration>
""", s=chars(52, "abcdefghijklmnopqrstuvwxyz234567"))

_ak3, _sk3 = aws_pair()
add("rclone/s3-secret-key", "fleet-data/rclone.conf",
    "https://rclone.org/s3/#configuration", r"""
[ais-archive]
type = s3
provider = AWS
access_key_id = <<ak>>
secret_access_key = <<s>>
region = eu-north-1
storage_class = INTELLIGENT_TIERING

[vessel-nas]
type = sftp
host = 10.61.0.40
user = archive
key_file = ~/.ssh/vessel_nas_ed25519
""", ak=_ak3, s=_sk3)

add("systemd/environment-password", "onboard/systemd/pos-sync.service",
    "https://www.freedesktop.org/software/systemd/man/latest/systemd.exec.html#Environment=", r"""
[Unit]
Description=Onboard POS sync to shore (store-and-forward over VSAT)
After=network-online.target docker.service
Wants=network-online.target

[Service]
Type=simple
User=possync
Environment=SHORE_URL=https://pos-sync.nordhav.no
Environment="SHORE_PASSWORD=<<s>>"
Environment=VESSEL_CODE=NORDLYS
ExecStart=/usr/local/bin/pos-sync --queue /var/lib/pos-bridge/queue
Restart=always
RestartSec=30

[Install]
WantedBy=multi-user.target
""", s=rand_pw(18, "#%+"))

add("crontab/basic-auth-password", "ops/cron/manifest-export.crontab",
    "https://curl.se/docs/manpage.html#-u", r"""
SHELL=/bin/bash
MAILTO=ops@ternislandferries.co.uk
# m h dom mon dow  command
# Passenger manifest to the coastguard system, 20 minutes before each departure window
40 6,9,12,15,18 * * * curl -fsS -u tif-manifest:<<s>> -F file=@/var/lib/manifests/next.csv https://manifests.coastguard-portal.example.gov.uk/upload
# Clean up manifests older than 7 days (GDPR retention)
15 2 * * * find /var/lib/manifests -name '*.csv' -mtime +7 -delete
""", s=rand_pw(16))

add("markdown/api-token", "timetable-admin/README.md",
    "https://www.django-rest-framework.org/api-guide/authentication/#tokenauthentication", r"""
# timetable-admin

Admin API for the season timetables (Django REST Framework).

## Importing a new season

```bash
curl -X POST https://timetable-admin.hebridesferries.scot/api/imports/ \
  -H "Authorization: Token <<s>>" \
  -F season=2025-summer \
  -F file=@timetable-2025-summer.csv
```

The import validates port codes and vessel capacities, then publishes the sailings to
the booking engine after a manual approval in the admin UI.
""", s=hexs(40))

add("terraform/okta-api-token", "infra/okta/terraform.tfvars",
    "https://registry.terraform.io/providers/okta/okta/latest/docs#api_token", r"""
okta_org_name  = "balticstrait"
okta_base_url  = "okta-emea.com"
okta_api_token = "<<s>>"

crew_groups = [
  "crew-deck",
  "crew-engine",
  "crew-hotel",
  "shore-ops",
]
""", s="00" + chars(40, URLSAFE))

add("python/grafana-service-account-token", "monitoring/provision_dashboards.py",
    "https://grafana.com/docs/grafana/latest/administration/service-accounts/", r"""
import json
import pathlib

import requests

GRAFANA_URL = "https://grafana.fleet.nordhav.no"
TOKEN = "<<s>>"


def push(path: pathlib.Path) -> None:
    dashboard = json.loads(path.read_text())
    body = {"dashboard": dashboard, "folderUid": "fleet", "overwrite": True, "message": f"from {path.name}"}
    resp = requests.post(f"{GRAFANA_URL}/api/dashboards/db", json=body,
                         headers={"Authorization": f"Bearer {TOKEN}"}, timeout=30)
    resp.raise_for_status()
    print(path.name, resp.json()["url"])


for p in sorted(pathlib.Path("dashboards").glob("*.json")):
    push(p)
""", s="glsa_" + chars(32) + "_" + hexs(8))

# decoys: references, ciphertext, public values, hashes and examples ------------------------------

add("github-actions/decoy-secrets-context", ".github/workflows/deploy-ticket-api.yml",
    "https://docs.github.com/en/actions/security-guides/using-secrets-in-github-actions", r"""
name: deploy ticket-api
on:
  workflow_dispatch:
  push:
    branches: [main]
jobs:
  deploy:
    runs-on: ubuntu-latest
    environment: production
    steps:
      - uses: actions/checkout@v4
      - name: log in to the registry
        uses: docker/login-action@v3
        with:
          registry: registry.balticstrait.ee
          username: ${{ vars.REGISTRY_USER }}
          password: ${{ secrets.REGISTRY_PASSWORD }}
      - run: docker build -t registry.balticstrait.ee/ticket-api:${{ github.sha }} . && docker push registry.balticstrait.ee/ticket-api:${{ github.sha }}
      - name: notify
        env:
          SLACK_WEBHOOK_URL: ${{ secrets.SLACK_RELEASES_WEBHOOK }}
        run: |
          curl -sS -X POST -H 'Content-type: application/json' \
            --data '{"text":"ticket-api deployed"}' "$SLACK_WEBHOOK_URL"
""")

add("ansible/decoy-vault-ciphertext", "ansible/group_vars/port_gates/vault.yml",
    "https://docs.ansible.com/ansible/latest/vault_guide/vault_encrypting_content.html", r"""
---
gate_n4_user: nordhav_gate
gate_n4_password: !vault |
  $ANSIBLE_VAULT;1.1;AES256
  <<l1>>
  <<l2>>
  <<l3>>
  <<l4>>
  <<l5>>
gate_camera_user: ocr
gate_camera_password: "{{ vault_gate_camera_password }}"
""", l1=hexs(80), l2=hexs(80), l3=hexs(80), l4=hexs(80), l5=hexs(40))

add("sops/decoy-encrypted-values", "deploy/secrets/payments.prod.enc.yaml",
    "https://github.com/getsops/sops#encrypting-using-aws-kms", r"""
adyen_api_key: ENC[AES256_GCM,data:<<d1>>,iv:<<i1>>,tag:<<t1>>,type:str]
stripe_secret_key: ENC[AES256_GCM,data:<<d2>>,iv:<<i2>>,tag:<<t2>>,type:str]
vipps_client_secret: ENC[AES256_GCM,data:<<d3>>,iv:<<i3>>,tag:<<t3>>,type:str]
sops:
    kms:
        - arn: arn:aws:kms:eu-north-1:491730285516:key/<<kms>>
          created_at: "2024-05-21T08:14:02Z"
          enc: <<enc>>
          aws_profile: ""
    lastmodified: "2024-05-21T08:14:03Z"
    mac: ENC[AES256_GCM,data:<<md>>,iv:<<mi>>,tag:<<mt>>,type:str]
    unencrypted_suffix: _unencrypted
    version: 3.8.1
""", d1=rand_bytes_b64(75), i1=rand_bytes_b64(32), t1=rand_bytes_b64(16), d2=rand_bytes_b64(107), i2=rand_bytes_b64(32),
    t2=rand_bytes_b64(16), d3=rand_bytes_b64(30), i3=rand_bytes_b64(32), t3=rand_bytes_b64(16), kms=uuid_s(),
    enc="AQICAHh" + rand_bytes_b64(150), md=rand_bytes_b64(32), mi=rand_bytes_b64(32), mt=rand_bytes_b64(16))

add("k8s/decoy-sealed-secret", "deploy/k8s/sealed/reservation-db.sealedsecret.yaml",
    "https://github.com/bitnami-labs/sealed-secrets#usage", r"""
apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata:
  name: reservation-db
  namespace: reservations
spec:
  encryptedData:
    DB_PASSWORD: AgB<<e1>>
    DB_USER: AgC<<e2>>
  template:
    metadata:
      name: reservation-db
      namespace: reservations
    type: Opaque
""", e1=rand_bytes_b64(420), e2=rand_bytes_b64(390))

add("k8s/decoy-external-secret", "deploy/k8s/external-secrets/payments-gateways.yaml",
    "https://external-secrets.io/latest/provider/aws-secrets-manager/", r"""
apiVersion: external-secrets.io/v1beta1
kind: ExternalSecret
metadata:
  name: payments-gateways
  namespace: payments
spec:
  refreshInterval: 1h
  secretStoreRef:
    name: aws-secrets-manager
    kind: ClusterSecretStore
  target:
    name: payments-gateways
    creationPolicy: Owner
  data:
    - secretKey: adyen_api_key
      remoteRef: { key: prod/payments-service/gateways, property: adyen_api_key }
    - secretKey: stripe_secret_key
      remoteRef: { key: prod/payments-service/gateways, property: stripe_secret_key }
    - secretKey: nets_secret_key
      remoteRef: { key: prod/payments-service/gateways, property: nets_secret_key }
""")

add("go/decoy-secrets-manager", "internal/config/secrets.go",
    "https://docs.aws.amazon.com/sdk-for-go/v2/developer-guide/go_secretsmanager_code_examples.html", r"""
package config

import (
    "context"
    "encoding/json"

    "github.com/aws/aws-sdk-go-v2/aws"
    awsconfig "github.com/aws/aws-sdk-go-v2/config"
    "github.com/aws/aws-sdk-go-v2/service/secretsmanager"
)

type GatewaySecrets struct {
    NetsSecretKey string `json:"nets_secret_key"`
    QRSigningKey  string `json:"qr_signing_key"`
}

// LoadGatewaySecrets reads the payment and QR keys at start-up; nothing secret is compiled in.
func LoadGatewaySecrets(ctx context.Context, secretID string) (*GatewaySecrets, error) {
    cfg, err := awsconfig.LoadDefaultConfig(ctx)
    if err != nil {
        return nil, err
    }
    out, err := secretsmanager.NewFromConfig(cfg).GetSecretValue(ctx, &secretsmanager.GetSecretValueInput{
        SecretId: aws.String(secretID),
    })
    if err != nil {
        return nil, err
    }
    var s GatewaySecrets
    return &s, json.Unmarshal([]byte(aws.ToString(out.SecretString)), &s)
}
""")

add("csharp/decoy-key-vault", "CrewRostering/Startup/SecretsSetup.cs",
    "https://learn.microsoft.com/en-us/azure/key-vault/secrets/quick-create-net", r"""
using Azure.Identity;
using Azure.Security.KeyVault.Secrets;

namespace CrewRostering.Startup;

public static class SecretsSetup
{
    private static readonly Uri VaultUri = new("https://kv-crewroster-prod.vault.azure.net/");

    public static async Task<(string KronosPassword, string BambooKey)> LoadAsync()
    {
        var client = new SecretClient(VaultUri, new DefaultAzureCredential());
        KeyVaultSecret kronos = await client.GetSecretAsync("kronos-service-password");
        KeyVaultSecret bamboo = await client.GetSecretAsync("bamboohr-api-key");
        return (kronos.Value, bamboo.Value);
    }
}
""")

add("json/decoy-key-vault-reference", "infra/appservice/crewportal.appsettings.json",
    "https://learn.microsoft.com/en-us/azure/app-service/app-service-key-vault-references", r"""
[
  { "name": "AzureAd__ClientId", "value": "<<cid>>", "slotSetting": false },
  { "name": "AzureAd__ClientSecret", "value": "@Microsoft.KeyVault(SecretUri=https://kv-crewportal-prod.vault.azure.net/secrets/aad-client-secret/)", "slotSetting": false },
  { "name": "ConnectionStrings__Rostering", "value": "@Microsoft.KeyVault(VaultName=kv-crewportal-prod;SecretName=rostering-sql)", "slotSetting": true },
  { "name": "Roster__WatchPattern", "value": "6-on-6-off", "slotSetting": false },
  { "name": "WEBSITE_RUN_FROM_PACKAGE", "value": "1", "slotSetting": false }
]
""", cid=uuid_s())

add("terraform/decoy-random-password", "infra/terraform/pos-db/main.tf",
    "https://registry.terraform.io/providers/hashicorp/random/latest/docs/resources/password", r"""
resource "random_password" "pos_db" {
  length           = 32
  special          = true
  override_special = "!#%*-_=+"
}

resource "aws_db_instance" "pos" {
  identifier              = "onboard-pos-shore"
  engine                  = "postgres"
  engine_version          = "16.3"
  instance_class          = "db.t4g.medium"
  allocated_storage       = 50
  username                = "pos_admin"
  password                = random_password.pos_db.result
  backup_retention_period = 14
  skip_final_snapshot     = false
}

resource "aws_secretsmanager_secret_version" "pos_db" {
  secret_id     = aws_secretsmanager_secret.pos_db.id
  secret_string = jsonencode({ username = "pos_admin", password = random_password.pos_db.result })
}
""")

add("htpasswd/decoy-bcrypt-hashes", "onboard/portal-lb/.htpasswd",
    "https://httpd.apache.org/docs/2.4/programs/htpasswd.html", r"""
bridgeit:$2y$10$<<h1>>
purser:$2y$10$<<h2>>
hotelmanager:$2y$10$<<h3>>
shoreit:$2y$10$<<h4>>
chiefeng:$2y$10$<<h5>>
""", h1=chars(53, ALNUM + "./"), h2=chars(53, ALNUM + "./"), h3=chars(53, ALNUM + "./"),
    h4=chars(53, ALNUM + "./"), h5=chars(53, ALNUM + "./"))

add("dockerfile/decoy-digest", "ais-ingest/Dockerfile",
    "https://docs.docker.com/reference/dockerfile/#from", r"""
FROM golang:1.22-bookworm@sha256:<<d1>> AS build
WORKDIR /src
COPY go.mod go.sum ./
RUN go mod download
COPY . .
RUN CGO_ENABLED=0 go build -trimpath -o /out/ais-ingest ./cmd/ais-ingest

FROM gcr.io/distroless/static-debian12@sha256:<<d2>>
ADD --checksum=sha256:<<d3>> https://gpsd.gitlab.io/gpsd/AIVDM.html /docs/AIVDM.html
COPY --from=build /out/ais-ingest /ais-ingest
USER nonroot
ENTRYPOINT ["/ais-ingest"]
""", d1=hexs(64), d2=hexs(64), d3=hexs(64))

add("json/decoy-integrity-hash", "tracker/package-lock.json",
    "https://docs.npmjs.com/cli/v10/configuring-npm/package-lock-json", r"""
{
  "name": "tracker",
  "version": "1.4.0",
  "lockfileVersion": 3,
  "requires": true,
  "packages": {
    "": { "name": "tracker", "version": "1.4.0", "dependencies": { "ws": "^8.17.1" } },
    "node_modules/ws": {
      "version": "8.17.1",
      "resolved": "https://registry.npmjs.org/ws/-/ws-8.17.1.tgz",
      "integrity": "sha512-<<h1>>",
      "license": "MIT"
    },
    "node_modules/mqtt": {
      "version": "5.7.0",
      "resolved": "https://registry.npmjs.org/mqtt/-/mqtt-5.7.0.tgz",
      "integrity": "sha512-<<h2>>",
      "license": "MIT"
    }
  }
}
""", h1=rand_bytes_b64(64), h2=rand_bytes_b64(64))

add("lfs/decoy-pointer", "charts/enc/NO4D0520.000",
    "https://github.com/git-lfs/git-lfs/blob/main/docs/spec.md", r"""
version https://git-lfs.github.com/spec/v1
oid sha256:<<oid>>
size 2814533
x-chart-edition 14
x-chart-update 3
""", oid=hexs(64))

add("markdown/decoy-vendor-example", "infra/terraform/ais-archive/README.md",
    "https://docs.aws.amazon.com/IAM/latest/UserGuide/security-creds.html#sec-access-keys-and-secret-access-keys", r"""
# ais-archive

S3 buckets and lifecycle rules for raw AIS and NMEA archives.

Authenticate with SSO (`aws sso login --profile fleet-data`). Never put keys in `providers.tf`.
If a tool insists on static keys, the shape is (AWS documentation example, not a real key):

```ini
[example]
aws_access_key_id = AKIAIOSFODNN7EXAMPLE
aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY
```

Lifecycle: raw NMEA goes to Glacier after 90 days and is deleted after 5 years.
""")

add("markdown/decoy-jwt-example", "ticket-api/docs/auth.md",
    "https://jwt.io/introduction", r"""
# Authentication

The ticket API expects a bearer JWT signed by the booking service (RS256, key id in `kid`).
Tokens look like this example from jwt.io (HS256, signed with `your-256-bit-secret`; useless here):

```
Authorization: Bearer eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c
```

Claims we read: `sub` (customer id), `bkg` (booking refs), `exp`.
The gate readers verify the QR payload separately with the public key in `qr-verify-public.pem`.
""")

add("javascript/decoy-public-map-token", "fleet-map/web/src/map.js",
    "https://docs.mapbox.com/help/getting-started/access-tokens/#default-public-token", r"""
import mapboxgl from 'mapbox-gl';

// Public token (pk.*), URL-restricted to *.nordhavferries.no in the Mapbox account.
mapboxgl.accessToken = '<<pk>>';

export function createFleetMap(container) {
  const map = new mapboxgl.Map({
    container,
    style: 'mapbox://styles/nordhav/clx1ops0map01',
    center: [8.2, 58.4],
    zoom: 6,
  });
  map.addControl(new mapboxgl.NavigationControl());
  return map;
}

export function updateVessel(map, vessel) {
  const id = `vessel-${vessel.mmsi}`;
  const source = map.getSource(id);
  const data = { type: 'Point', coordinates: [vessel.lon, vessel.lat] };
  if (source) source.setData(data);
  else map.addSource(id, { type: 'geojson', data });
}
""", pk=mapbox("pk", "nordhav"))

add("html/decoy-site-key", "public_html/booking/group_request.html",
    "https://developers.google.com/recaptcha/docs/v3", r"""
<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>Group bookings</title>
  <script src="https://www.google.com/recaptcha/api.js?render=<<sk>>"></script>
</head>
<body>
  <form id="group" action="/booking/group_request.php" method="post">
    <input name="organisation" required>
    <input name="passengers" type="number" min="20" required>
    <input type="hidden" name="captcha" id="captcha">
    <button type="submit">Send request</button>
  </form>
  <script>
    document.getElementById('group').addEventListener('submit', function (e) {
      e.preventDefault();
      grecaptcha.execute('<<sk>>', { action: 'group_request' }).then(function (token) {
        document.getElementById('captcha').value = token;
        e.target.submit();
      });
    });
  </script>
</body>
</html>
""", sk="6L" + chars(38, URLSAFE))

add("javascript/decoy-search-only-key", "booking-web/src/search/routeSearch.js",
    "https://www.algolia.com/doc/guides/security/api-keys/#search-only-api-key", r"""
import algoliasearch from 'algoliasearch/lite';

// Search-only key: read access to the public sailings index, meant to ship in the browser.
const searchClient = algoliasearch('<<app>>', '<<key>>');
const index = searchClient.initIndex('sailings_prod');

export async function findSailings(query, { date, vehicle } = {}) {
  const filters = [];
  if (date) filters.push(`departure_date:${date}`);
  if (vehicle) filters.push('vehicleSpace > 0');
  const { hits } = await index.search(query, { filters: filters.join(' AND '), hitsPerPage: 20 });
  return hits;
}
""", app=chars(10, string.ascii_uppercase + string.digits), key=hexs(32))

add("javascript/decoy-vapid-public-key", "booking-web/src/push/subscribe.js",
    "https://developer.mozilla.org/en-US/docs/Web/API/PushManager/subscribe#applicationserverkey", r"""
// VAPID public key (the private half is only on the push service).
const VAPID_PUBLIC_KEY = 'B<<v>>';

function urlBase64ToUint8Array(base64String) {
  const padding = '='.repeat((4 - (base64String.length % 4)) % 4);
  const base64 = (base64String + padding).replace(/-/g, '+').replace(/_/g, '/');
  return Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
}

export async function subscribeToSailingUpdates(registration, bookingRef) {
  const subscription = await registration.pushManager.subscribe({
    userVisibleOnly: true,
    applicationServerKey: urlBase64ToUint8Array(VAPID_PUBLIC_KEY),
  });
  await fetch(`/api/bookings/${bookingRef}/push`, { method: 'POST', body: JSON.stringify(subscription) });
}
""", v=chars(86, URLSAFE))

add("typescript/decoy-sentry-dsn", "my-bookings-portal/sentry.client.config.ts",
    "https://docs.sentry.io/concepts/key-terms/dsn-explainer/", r"""
import * as Sentry from '@sentry/nextjs';

// The DSN only lets clients send events; Sentry documents it as safe to expose in the browser.
Sentry.init({
  dsn: 'https://<<pub>>@o<<org>>.ingest.de.sentry.io/<<proj>>',
  environment: process.env.NEXT_PUBLIC_ENVIRONMENT ?? 'production',
  tracesSampleRate: 0.05,
  replaysSessionSampleRate: 0,
  replaysOnErrorSampleRate: 0.2,
  integrations: [Sentry.replayIntegration({ maskAllText: true, blockAllMedia: true })],
});
""", pub=hexs(32), org=digits(7), proj=digits(16))

add("html/decoy-sri-hash", "status-page/public/index.html",
    "https://developer.mozilla.org/en-US/docs/Web/Security/Subresource_Integrity", r"""
<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>Sailing status - Tern Island Ferries</title>
  <link rel="stylesheet" href="https://cdn.jsdelivr.net/npm/@picocss/pico@2.0.6/css/pico.min.css"
        integrity="sha384-<<h1>>" crossorigin="anonymous">
  <script src="https://cdn.jsdelivr.net/npm/dayjs@1.11.11/dayjs.min.js"
          integrity="sha384-<<h2>>" crossorigin="anonymous"></script>
</head>
<body>
  <main class="container">
    <h1>Today's sailings</h1>
    <table id="sailings"><thead><tr><th>Route</th><th>Departure</th><th>Status</th></tr></thead></table>
  </main>
  <script src="/status.js" defer></script>
</body>
</html>
""", h1=rand_bytes_b64(48), h2=rand_bytes_b64(48))

add("css/decoy-data-uri", "booking-web/src/styles/icons.css",
    "https://developer.mozilla.org/en-US/docs/Web/URI/Schemes/data", r"""
.icon-vehicle {
  width: 24px;
  height: 24px;
  background: url("data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAABgAAAAYCAYAAADgdz34AAAA<<png>>") no-repeat center;
}

.icon-cabin {
  width: 24px;
  height: 24px;
  background: url("data:image/svg+xml;base64,<<svg>>") no-repeat center;
}
""", png=rand_bytes_b64(120), svg=b64('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24"><path d="M3 10h18v9H3z"/></svg>'))

add("json/decoy-public-client", "ios/Fjordekspressen/Config/Auth.plist.json",
    "https://www.rfc-editor.org/rfc/rfc8252 (OAuth 2.0 for native apps, PKCE)", r"""
{
  "issuer": "https://login.fjordekspressen.no/realms/customers",
  "clientId": "fjordekspressen-ios",
  "clientType": "public",
  "usePKCE": true,
  "redirectUri": "no.fjordekspressen.app:/oauth2redirect",
  "scopes": ["openid", "profile", "bookings:read", "bookings:write", "offline_access"],
  "appGroup": "group.no.fjordekspressen.app",
  "keychainAccessGroup": "7KQ3XJ2L9M.no.fjordekspressen.shared"
}
""")

add("hcl/decoy-vault-template", "deploy/nomad/templates/gate-api.env.tpl",
    "https://developer.hashicorp.com/nomad/docs/job-specification/template#vault-kv-api-v2", r"""
{{ with secret "kv/data/port-gate/n4" }}
N4_USER={{ .Data.data.user }}
N4_PASSWORD={{ .Data.data.password }}
{{ end }}
{{ with secret "kv/data/port-gate/portbase" }}
PORTBASE_CLIENT_ID={{ .Data.data.client_id }}
PORTBASE_CLIENT_SECRET={{ .Data.data.client_secret }}
{{ end }}
GATE_LANES=G1,G2,G3,G4
""")

add("shell/decoy-1password-reference", "ops/scripts/rotate-wifi-psk.sh",
    "https://developer.1password.com/docs/cli/secret-references/", r"""
#!/usr/bin/env bash
# Runs the PSK rotation with the Meraki key injected by 1Password CLI (op run resolves the references).
set -euo pipefail

export MERAKI_DASHBOARD_API_KEY="op://Fleet IT/Meraki dashboard API/credential"
export SLACK_WEBHOOK_URL="op://Fleet IT/Slack onboard-it webhook/url"

op run -- python3 onboard-it/wifi/rotate_guest_psk.py | tee /tmp/psk.txt
op run -- sh -c 'curl -sS -X POST -H "Content-type: application/json" \
  --data "{\"text\":\"guest Wi-Fi PSKs rotated\"}" "$SLACK_WEBHOOK_URL"'
""")

add("yaml/decoy-kms-ciphertext", "lambda/boarding-reminders/serverless.yml",
    "https://docs.aws.amazon.com/kms/latest/developerguide/programming-encryption.html", r"""
service: boarding-reminders
provider:
  name: aws
  runtime: python3.12
  region: eu-north-1
  environment:
    # KMS ciphertext of the push credentials; decrypted at cold start with kms:Decrypt
    PUSH_CREDENTIALS_ENCRYPTED: AQICAHh<<ct>>
    KMS_KEY_ARN: arn:aws:kms:eu-north-1:491730285516:key/<<kms>>
functions:
  remind:
    handler: handler.remind
    events:
      - schedule: rate(5 minutes)
""", ct=rand_bytes_b64(180), kms=uuid_s())

add("pgp/decoy-encrypted-message", "ops/handover/vessel-wifi-psks.txt.asc",
    "https://www.rfc-editor.org/rfc/rfc4880#section-6.2", r"""
-----BEGIN PGP MESSAGE-----

hQIMA<<b1>>
<<b2>>
<<b3>>
<<b4>>
<<b5>>
=<<crc>>
-----END PGP MESSAGE-----
""", b1=chars(59, B64), b2=chars(64, B64), b3=chars(64, B64), b4=chars(64, B64), b5=chars(40, B64), crc=chars(4, B64))

add("kotlin/decoy-environment-read", "android/app/build.gradle.kts",
    "https://developer.android.com/studio/publish/app-signing#configure-build", r"""
import java.util.Properties

plugins {
    id("com.android.application")
    kotlin("android")
}

val keystoreProperties = Properties().apply {
    val file = rootProject.file("keystore.properties")
    if (file.exists()) file.inputStream().use { load(it) }
}

android {
    namespace = "no.fjordekspressen.app"
    compileSdk = 34
    signingConfigs {
        create("release") {
            storeFile = file(keystoreProperties.getProperty("storeFile") ?: System.getenv("UPLOAD_KEYSTORE_PATH") ?: "missing.jks")
            storePassword = keystoreProperties.getProperty("storePassword") ?: System.getenv("UPLOAD_STORE_PASSWORD")
            keyAlias = "upload"
            keyPassword = keystoreProperties.getProperty("keyPassword") ?: System.getenv("UPLOAD_KEY_PASSWORD")
        }
    }
    buildTypes {
        release {
            isMinifyEnabled = true
            signingConfig = signingConfigs.getByName("release")
            buildConfigField("String", "MAPBOX_PUBLIC_TOKEN", "\"${System.getenv("MAPBOX_PUBLIC_TOKEN") ?: ""}\"")
        }
    }
}
""")

add("swift/decoy-keychain", "OnboardPOS/Sources/Security/TokenStore.swift",
    "https://developer.apple.com/documentation/security/keychain_services/keychain_items/searching_for_keychain_items", r"""
import Foundation
import Security

/// The Square access token is provisioned per tablet by MDM and kept in the keychain.
enum TokenStore {
    static let service = "no.nordhav.onboardpos.square"

    static func accessToken() -> String? {
        let query: [String: Any] = [
            kSecClass as String: kSecClassGenericPassword,
            kSecAttrService as String: service,
            kSecAttrAccount as String: "access_token",
            kSecReturnData as String: true,
            kSecMatchLimit as String: kSecMatchLimitOne,
        ]
        var item: CFTypeRef?
        guard SecItemCopyMatching(query as CFDictionary, &item) == errSecSuccess,
              let data = item as? Data else { return nil }
        return String(data: data, encoding: .utf8)
    }
}
""")

add("netrc/decoy-placeholder", "docs/dev-setup/mapbox.md",
    "https://docs.mapbox.com/ios/maps/guides/install/#configure-your-secret-token", r"""
# Mapbox SDK downloads on a new Mac

The iOS SDK is fetched with a secret token that has `DOWNLOADS:READ`. Ask #mobile for one, then
create `~/.netrc` (chmod 600) like this:

```
machine api.mapbox.com
login mapbox
password <YOUR_SECRET_MAPBOX_ACCESS_TOKEN>
```

Never commit that file. CI gets the token from the `MAPBOX_DOWNLOADS_TOKEN` secret.
""")

add("json/decoy-commit-shas", "renovate.json",
    "https://docs.renovatebot.com/configuration-options/#pinDigests", r"""
{
  "$schema": "https://docs.renovatebot.com/renovate-schema.json",
  "extends": ["config:recommended", ":pinAllExceptPeerDependencies"],
  "timezone": "Europe/Oslo",
  "schedule": ["before 6am on monday"],
  "packageRules": [
    { "matchManagers": ["github-actions"], "pinDigests": true },
    { "matchPackageNames": ["actions/checkout"], "allowedVersions": "<<sha1>>" },
    { "matchPackageNames": ["docker/login-action"], "allowedVersions": "<<sha2>>" },
    { "matchDepTypes": ["devDependencies"], "automerge": true }
  ]
}
""", sha1=hexs(40), sha2=hexs(40))

add("terraform/decoy-ssm-parameter", "infra/terraform/gate-api/secrets.tf",
    "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/data-sources/ssm_parameter", r"""
data "aws_ssm_parameter" "n4_password" {
  name            = "/port-gate/prod/n4/password"
  with_decryption = true
}

data "aws_ssm_parameter" "portbase_client_secret" {
  name            = "/port-gate/prod/portbase/client-secret"
  with_decryption = true
}

resource "aws_ecs_task_definition" "gate_api" {
  family = "gate-api"
  container_definitions = jsonencode([{
    name  = "gate-api"
    image = "registry.nordhav.no/gate-api:2.3.0"
    secrets = [
      { name = "N4_PASSWORD", valueFrom = data.aws_ssm_parameter.n4_password.arn },
      { name = "PORTBASE_CLIENT_SECRET", valueFrom = data.aws_ssm_parameter.portbase_client_secret.arn },
    ]
  }])
}
""")

add("ansible/decoy-vault-lookup", "ansible/roles/pos_bridge/tasks/main.yml",
    "https://docs.ansible.com/ansible/latest/collections/community/hashi_vault/hashi_vault_lookup.html", r"""
---
- name: render pos-bridge environment
  ansible.builtin.template:
    src: pos-bridge.env.j2
    dest: /etc/pos-bridge/pos-bridge.env
    owner: root
    group: possync
    mode: "0640"
  vars:
    pos_db_password: "{{ lookup('community.hashi_vault.hashi_vault', 'secret=kv/data/onboard/pos:db_password') }}"
    shore_password: "{{ lookup('community.hashi_vault.hashi_vault', 'secret=kv/data/onboard/pos:shore_password') }}"
  notify: restart pos-bridge

- name: enable pos-bridge
  ansible.builtin.systemd:
    name: pos-bridge
    enabled: true
    state: started
""")

add("k8s-secret/decoy-placeholder", "deploy/k8s/templates/weather-secret.example.yaml",
    "https://kubernetes.io/docs/concepts/configuration/secret/", r"""
# Example only: copy, put the real keys in base64, and apply by hand. Never commit the filled copy.
apiVersion: v1
kind: Secret
metadata:
  name: weather-providers
  namespace: sailing-risk
type: Opaque
data:
  OWM_APPID: <<a>>
  STORMGLASS_KEY: <<b>>
""", a=b64("REPLACE_ME"), b=b64("REPLACE_ME"))

add("env/decoy-test-values", "ticket-api/.env.test",
    "https://github.com/motdotla/dotenv#readme", r"""
# Loaded by jest; everything here is a local dummy.
NODE_ENV=test
PORT=0
MONGO_URI=mongodb://localhost:27017/tickets_test
JWT_SECRET=test-secret-not-for-production
QR_SIGNING_KEY=0000000000000000000000000000000000000000000000000000000000000000
FCM_SERVER_KEY=dummy
TWILIO_AUTH_TOKEN=test
""")

add("json/decoy-test-token", "gate-integration/src/test/resources/wiremock/mappings/n4-gate.json",
    "https://wiremock.org/docs/request-matching/", r"""
{
  "request": {
    "method": "POST",
    "url": "/apex/services/argoservice",
    "headers": {
      "Authorization": { "equalTo": "Basic dGVzdC11c2VyOnRlc3QtcGFzc3dvcmQ=" },
      "SOAPAction": { "equalTo": "basicInvoke" }
    }
  },
  "response": {
    "status": 200,
    "headers": { "Content-Type": "text/xml" },
    "bodyFileName": "n4-gate-ok.xml"
  }
}
""")

add("html/decoy-analytics-ids", "tickets-site/templates/base.html",
    "https://developers.google.com/tag-platform/gtagjs/install", r"""
<!doctype html>
<html lang="{{ lang }}">
<head>
  <meta charset="utf-8">
  <title>{% block title %}Tern Island Ferries{% endblock %}</title>
  <script async src="https://www.googletagmanager.com/gtag/js?id=G-<<ga>>"></script>
  <script>
    window.dataLayer = window.dataLayer || [];
    function gtag(){dataLayer.push(arguments);}
    gtag('js', new Date());
    gtag('config', 'G-<<ga>>', { anonymize_ip: true });
  </script>
  <meta name="facebook-domain-verification" content="<<fb>>">
  <meta name="google-site-verification" content="<<gsv>>">
</head>
<body>{% block body %}{% endblock %}</body>
</html>
""", ga=chars(10, string.ascii_uppercase + string.digits), fb=chars(30, LOWNUM), gsv=chars(43, URLSAFE))

add("makefile/decoy-vault-lookup", "onboard/Makefile",
    "https://developer.hashicorp.com/vault/docs/commands/kv/get", r"""
VESSEL ?= nordlys
VAULT_ADDR ?= https://vault.ops.nordhav.no:8200

.PHONY: wifi-config

wifi-config:
	@PSK="$$(vault kv get -field=crew_psk kv/onboard/$(VESSEL)/wifi)" && \
	  sed "s|@CREW_PSK@|$$PSK|" hostapd-crew.conf.in > build/$(VESSEL)/hostapd-crew.conf
	@chmod 600 build/$(VESSEL)/hostapd-crew.conf
	@echo "rendered build/$(VESSEL)/hostapd-crew.conf (not tracked by git)"
""")
