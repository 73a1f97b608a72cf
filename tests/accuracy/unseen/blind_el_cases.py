"""Blind set EL: bike-share and e-scooter operators.

Dock and vehicle IoT fleets (MQTT, LoRaWAN, telematics SIMs), rebalancing and depot ops tools,
rider apps and their backends, payment and identity verification vendors, city data feeds (GBFS,
MDS), maintenance depots' networks, and their decoys. Generated fakes only (seeds 1450000-1459999).
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
UPHEX = "0123456789ABCDEF"
B32 = string.ascii_uppercase + "234567"
URLSAFE = ALNUM + "-_"
SEED_LOW, SEED_HIGH = 1_450_000, 1_459_999
_SEED = [SEED_LOW]


def _seed() -> int:
    _SEED[0] += 7
    assert SEED_LOW <= _SEED[0] <= SEED_HIGH, _SEED[0]
    return _SEED[0]


def _rng() -> random.Random:
    return random.Random(_seed())


def draw(n: int, alphabet: str = ALNUM) -> str:
    return fakes.drawn_mixed(_seed(), n, alphabet)


def hexs(n: int, upper: bool = False) -> str:
    return draw(n, UPHEX if upper else HEX)


def uuid_s() -> str:
    return fakes.uuid4(_seed())


def b64(s: str) -> str:
    return base64.b64encode(s.encode()).decode()


def b64url(raw: bytes) -> str:
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def rbytes(n: int) -> bytes:
    r = _rng()
    return bytes(r.getrandbits(8) for _ in range(n))


WORDS = ["Pedal", "Kickstand", "Sprocket", "Harbor", "Granite", "Cobalt", "Juniper", "Lantern", "Falcon",
         "Tandem", "Velo", "Cadence", "Spoke", "Derailleur", "Meadow", "Quartz", "Saffron", "Thistle",
         "Kestrel", "Basalt", "Marigold", "Orchard", "Pylon", "Ferry"]
LOWER = ["river", "saddle", "pannier", "gravel", "lagoon", "ember", "walnut", "pixel", "cobble", "tram",
         "bridge", "helmet", "sunset", "canal", "brake", "chain", "drizzle", "otter", "harbour", "maple"]


def words_pw() -> str:
    r = _rng()
    return r.choice(WORDS) + r.choice("!#%@*") + r.choice(WORDS) + str(r.randint(10, 9999))


def human_pw() -> str:
    r = _rng()
    w = r.choice(WORDS)
    return w[0].lower() + w[1:] + str(r.randint(1970, 2025)) + r.choice("!?#.")


def rand_pw(n: int = 20, extra: str = "") -> str:
    return draw(n, ALNUM + extra) if extra else draw(n)


def passphrase() -> str:
    r = _rng()
    return "-".join(r.sample(LOWER, 4)) + str(r.randint(1, 99))


def jwt(payload: dict, alg: str = "HS256", kid: Optional[str] = None) -> str:
    header = {"alg": alg, "typ": "JWT"}
    if kid:
        header["kid"] = kid
    h = b64url(json.dumps(header, separators=(",", ":")).encode())
    p = b64url(json.dumps(payload, separators=(",", ":")).encode())
    sig_len = {"HS256": 43, "HS512": 86, "RS256": 342, "ES256": 86}[alg]
    return f"{h}.{p}.{draw(sig_len, URLSAFE)}"


def pem_body(prefix: str, nbytes_chars: int) -> List[str]:
    r = _rng()
    body = prefix + "".join(r.choice(ALNUM + "+/") for _ in range(nbytes_chars - len(prefix)))
    return [body[i:i + 64] for i in range(0, len(body), 64)]


def rsa_pem(kind: str = "PRIVATE KEY") -> str:
    prefix = "MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQ" if kind == "PRIVATE KEY" else "MIIEpAIBAAKCAQEA"
    lines = pem_body(prefix, 64 * 16 + 28)
    return f"-----BEGIN {kind}-----\n" + "\n".join(lines) + f"\n-----END {kind}-----"


def ec_pem(pkcs8: bool = True) -> str:
    if pkcs8:
        lines = pem_body("MIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0wawIBAQQg", 184)
        return "-----BEGIN PRIVATE KEY-----\n" + "\n".join(lines) + "\n-----END PRIVATE KEY-----"
    lines = pem_body("MHcCAQEEI", 164)
    return "-----BEGIN EC PRIVATE KEY-----\n" + "\n".join(lines) + "\n-----END EC PRIVATE KEY-----"


def openssh_pem() -> str:
    lines = pem_body("b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW", 64 * 6 + 12)
    return "-----BEGIN OPENSSH PRIVATE KEY-----\n" + "\n".join(lines) + "\n-----END OPENSSH PRIVATE KEY-----"


def cert_pem() -> str:
    lines = pem_body("MIIDQTCCAimgAwIBAgITBmyfz5m/jAo54vB4ikPmljZbyjANBgkqhkiG9w0BAQsF", 64 * 14 + 20)
    return "-----BEGIN CERTIFICATE-----\n" + "\n".join(lines) + "\n-----END CERTIFICATE-----"


def pub_pem() -> str:
    lines = pem_body("MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA", 392)
    return "-----BEGIN PUBLIC KEY-----\n" + "\n".join(lines) + "\nIDAQAB\n-----END PUBLIC KEY-----"


# ---- vendor shapes -------------------------------------------------------------------------------
def stripe_sk(prefix: str = "sk_live_", long: bool = True) -> str:
    return prefix + ("51" + draw(97) if long else draw(24))


def stripe_whsec() -> str:
    return "whsec_" + draw(32)


def twilio_sid(prefix: str = "AC") -> str:
    return prefix + hexs(32)


def slack_bot() -> str:
    r = _rng()
    return f"xoxb-{r.randint(10**10, 10**11)}-{r.randint(10**12, 10**13)}-" + draw(24)


def slack_webhook() -> str:
    up = string.ascii_uppercase + string.digits
    return ("https://hooks.slack.com/services/T" + draw(8, up) + "/B" + draw(10, up) + "/" + draw(24))


def sendgrid_key() -> str:
    return "SG." + draw(22, URLSAFE) + "." + draw(43, URLSAFE)


def adyen_key() -> str:
    return "AQE" + draw(60) + "=-" + draw(43, ALNUM + "+/") + "=-" + draw(12, ALNUM + "<>[]{}?;")


def onfido_token(env: str = "api_live") -> str:
    return f"{env}." + draw(11, URLSAFE) + "." + draw(32, URLSAFE)


def ttn_key() -> str:
    return "NNSXS." + draw(39, B32) + "." + draw(52, B32)


def mapbox_token(kind: str, user: str) -> str:
    body = b64url(json.dumps({"u": user, "a": draw(25, string.ascii_lowercase + string.digits)}, separators=(",", ":")).encode())
    return f"{kind}.{body}." + draw(22, URLSAFE)


def google_key() -> str:
    return "AIza" + draw(35, URLSAFE)


def fcm_server_key() -> str:
    return "AAAA" + draw(7, URLSAFE) + ":APA91b" + draw(134, URLSAFE)


def azure_account_key() -> str:
    return base64.b64encode(rbytes(64)).decode()


def azure_client_secret() -> str:
    return draw(3) + "8Q~" + draw(34, ALNUM + "_.-~")


def wg_key() -> str:
    return base64.b64encode(rbytes(32)).decode()


def mercadopago_token() -> str:
    r = _rng()
    return (f"APP_USR-{r.randint(10**15, 10**16 - 1)}-{r.randint(100000, 129999):06d}-" + hexs(32)
            + f"-{r.randint(10**8, 10**9 - 1)}")


def intercom_token() -> str:
    return b64(f"tok:{uuid_s()}:1:0").rstrip("=")


def influx_token() -> str:
    return b64url(rbytes(64)) + "=="


def grafana_cloud_token() -> str:
    blob = json.dumps({"o": str(_rng().randint(100000, 999999)), "n": "stack-ops-logs", "k": draw(24),
                       "m": {"r": "prod-eu-west-2"}}, separators=(",", ":"))
    return "glc_" + b64(blob).rstrip("=")


def bcrypt_hash() -> str:
    return "$2b$12$" + draw(53, ALNUM + "./")


def fill(template: str, **values: str) -> str:
    for key, value in values.items():
        template = template.replace(f"@@{key}@@", value)
    assert "@@" not in template, template[:200]
    return template


CASES: List[LabelledCase] = []


def add(fmt: str, kind: str, file_name: str, text: str, secret: Optional[str], source: str) -> None:
    CASES.append(LabelledCase(f"blind-el/{fmt}/{kind}", file_name, text, secret, source))


# =================================================================================================
# Secrets: payments and rider identity
# =================================================================================================
_v = stripe_sk()
add("dotenv", "stripe-secret-key", "services/rider-api/.env.production", fill("""\
# rider-api production env -- loaded by systemd EnvironmentFile on api-1/api-2
NODE_ENV=production
PORT=8080
LOG_LEVEL=info
DATABASE_URL=postgres://rider_api@db-primary.internal:5432/rider
REDIS_URL=redis://cache.internal:6379/2
STRIPE_SECRET_KEY=@@v@@
STRIPE_API_VERSION=2023-10-16
UNLOCK_DEPOSIT_CENTS=100
PAUSE_RIDE_MAX_MINUTES=30
GBFS_PUBLIC_BASE=https://gbfs.velocity-share.example/gbfs/2.3
""", v=_v), _v, "Stripe docs: API keys, secret keys sk_live_ (stripe.com/docs/keys)")

_v = stripe_whsec()
add("python", "stripe-webhook-secret", "billing/webhooks/stripe_handler.py", fill('''\
"""Stripe webhook receiver: closes out ride holds when the PaymentIntent settles."""
import logging

import stripe
from flask import Blueprint, abort, request

from billing.rides import capture_ride_hold, release_ride_hold

log = logging.getLogger(__name__)
bp = Blueprint("stripe_webhooks", __name__)

# TODO(payments): move to SSM before the Lisbon launch
ENDPOINT_SECRET = "@@v@@"


@bp.route("/webhooks/stripe", methods=["POST"])
def stripe_webhook():
    payload = request.get_data()
    sig_header = request.headers.get("Stripe-Signature", "")
    try:
        event = stripe.Webhook.construct_event(payload, sig_header, ENDPOINT_SECRET)
    except (ValueError, stripe.error.SignatureVerificationError):
        log.warning("rejected webhook with bad signature")
        abort(400)
    obj = event["data"]["object"]
    if event["type"] == "payment_intent.succeeded":
        capture_ride_hold(obj["metadata"]["ride_id"], obj["amount_received"])
    elif event["type"] == "payment_intent.canceled":
        release_ride_hold(obj["metadata"]["ride_id"])
    return "", 204
''', v=_v), _v, "Stripe docs: check webhook signatures, endpoint secret whsec_ (stripe.com/docs/webhooks/signatures)")

_v = stripe_sk("rk_live_")
add("go", "stripe-restricted-key", "tools/refund-bulk/main.go", fill('''\
// refund-bulk issues goodwill refunds for rides that ended in a dead-battery event.
package main

import (
	"encoding/csv"
	"flag"
	"log"
	"os"

	"github.com/stripe/stripe-go/v76"
	"github.com/stripe/stripe-go/v76/refund"
)

// restricted key: refunds write, charges read (ops-refunds key in the dashboard)
const stripeKey = "@@v@@"

func main() {
	in := flag.String("csv", "refunds.csv", "payment_intent,amount_cents,reason")
	dry := flag.Bool("dry-run", true, "print only")
	flag.Parse()
	stripe.Key = stripeKey

	f, err := os.Open(*in)
	if err != nil {
		log.Fatal(err)
	}
	rows, err := csv.NewReader(f).ReadAll()
	if err != nil {
		log.Fatal(err)
	}
	for _, row := range rows[1:] {
		if *dry {
			log.Printf("would refund %s %s", row[0], row[1])
			continue
		}
		params := &stripe.RefundParams{PaymentIntent: stripe.String(row[0])}
		if _, err := refund.New(params); err != nil {
			log.Printf("refund %s failed: %v", row[0], err)
		}
	}
}
''', v=_v), _v, "Stripe docs: restricted API keys rk_live_ (stripe.com/docs/keys#limit-access)")

_pub, _v, _mid = draw(16, string.ascii_lowercase + string.digits), hexs(32), draw(16, string.ascii_lowercase + string.digits)
add("js", "braintree-private-key", "rider-backend/src/payments/braintree.js", fill('''\
const braintree = require("braintree");

// Braintree gateway for US markets (PayPal + Venmo wallets on ride top-ups)
const gateway = new braintree.BraintreeGateway({
  environment: braintree.Environment.Production,
  merchantId: "@@mid@@",
  publicKey: "@@pub@@",
  privateKey: "@@v@@",
});

async function topUpWallet(customerId, nonce, amountUsd) {
  const result = await gateway.transaction.sale({
    amount: amountUsd.toFixed(2),
    paymentMethodNonce: nonce,
    customerId,
    options: { submitForSettlement: true },
    customFields: { wallet_topup: "true" },
  });
  if (!result.success) {
    throw new Error(`top-up declined: ${result.message}`);
  }
  return result.transaction.id;
}

module.exports = { gateway, topUpWallet };
''', mid=_mid, pub=_pub, v=_v), _v, "Braintree docs: API credentials, merchant id / public key / private key (developer.paypal.com/braintree)")

_v = adyen_key()
add("properties", "adyen-api-key", "payments-service/src/main/resources/application-prod.properties", fill('''\
spring.application.name=payments-service
server.port=8443
management.endpoints.web.exposure.include=health,info,prometheus

adyen.environment=LIVE
adyen.live-endpoint-url-prefix=1797a841fbb37ca7-VeloShareEU
adyen.merchant-account=VeloShareEU_Rides
adyen.api-key=@@v@@
adyen.client-key=${ADYEN_CLIENT_KEY}

rides.preauth.amount-minor=500
rides.preauth.currency=EUR
rides.capture.delay-seconds=120
''', v=_v), _v, "Adyen docs: API credentials, API key (docs.adyen.com/development-resources/api-credentials)")

_v = hexs(64, upper=True)
add("json", "adyen-hmac-key", "src/Rides.Payments/appsettings.Production.json", fill('''\
{
  "Logging": {
    "LogLevel": { "Default": "Information", "Microsoft.AspNetCore": "Warning" }
  },
  "AllowedHosts": "*",
  "Adyen": {
    "Environment": "Live",
    "MerchantAccount": "ScootCoNL_ECOM",
    "ApiKey": "",
    "NotificationHmacKey": "@@v@@",
    "NotificationUser": "adyen-notify"
  },
  "Rides": {
    "AuthorizeAmountMinor": 300,
    "Currency": "EUR"
  }
}
''', v=_v), _v, "Adyen docs: verify HMAC signatures of webhooks, HMAC key (docs.adyen.com/development-resources/webhooks/verify-hmac-signatures)")

_v = onfido_token()
add("yaml", "onfido-api-token", "config/kyc/onfido.yml", fill('''\
# Rider identity verification (driving licence check required for mopeds in FR/IT)
onfido:
  region: eu
  base_url: https://api.eu.onfido.com/v3.6
  api_token: @@v@@
  webhook_url: https://kyc.scootco.example/hooks/onfido
  workflow_id: 3b4f4b1a-6f0f-4d7e-9d34-0b2e8c1a7f42
  report_names:
    - document
    - facial_similarity_photo
  retry:
    attempts: 3
    backoff_seconds: 5
''', v=_v), _v, "Onfido API docs: authentication, API tokens api_live (documentation.onfido.com)")

_tok, _v = uuid_s(), draw(32)
add("ruby", "jumio-api-secret", "app/services/kyc/jumio_client.rb", fill('''\
require "faraday"
require "json"

module Kyc
  # Netverify for moped licence checks; creds are the "API token / API secret" pair from the portal.
  class JumioClient
    BASE_URL = "https://account.amer-1.jumio.ai".freeze
    API_TOKEN = "@@tok@@".freeze
    API_SECRET = "@@v@@".freeze

    def initialize
      @http = Faraday.new(url: BASE_URL) do |f|
        f.request :authorization, :basic, API_TOKEN, API_SECRET
        f.headers["User-Agent"] = "ScootCo KYC/2.4"
        f.response :raise_error
      end
    end

    def create_account(rider_id)
      body = { customerInternalReference: rider_id, workflowDefinition: { key: 10013 } }
      JSON.parse(@http.post("/api/v1/accounts", body.to_json, "Content-Type" => "application/json").body)
    end
  end
end
''', tok=_tok, v=_v), _v, "Jumio docs: API token and secret, basic auth (docs.jumio.com)")

_key, _v = uuid_s(), uuid_s()
add("typescript", "veriff-shared-secret", "kyc-gateway/src/veriff/signature.ts", fill('''\
import crypto from "node:crypto";

// Veriff integration "Velo Riders EU" -- API key is public-ish, the shared secret signs payloads.
export const VERIFF_API_KEY = "@@key@@";
const VERIFF_SHARED_SECRET = "@@v@@";

export function signPayload(payload: string): string {
  return crypto.createHmac("sha256", VERIFF_SHARED_SECRET).update(payload).digest("hex");
}

export function verifyWebhook(rawBody: string, signature: string | undefined): boolean {
  if (!signature) return false;
  const expected = signPayload(rawBody);
  return crypto.timingSafeEqual(Buffer.from(expected), Buffer.from(signature));
}
''', key=_key, v=_v), _v, "Veriff docs: API keys and shared secret, X-HMAC-SIGNATURE (devdocs.veriff.com)")

_v = "persona_production_" + uuid_s()
add("k8s-secret", "persona-api-key", "deploy/k8s/kyc/persona-secret.yaml", fill('''\
apiVersion: v1
kind: Secret
metadata:
  name: persona-credentials
  namespace: kyc
  labels:
    app.kubernetes.io/name: kyc-gateway
type: Opaque
data:
  PERSONA_API_KEY: @@enc@@
  PERSONA_TEMPLATE_ID: @@tpl@@
''', enc=b64(_v), tpl=b64("itmpl_" + draw(24))), _v, "Persona docs: API keys persona_production_ (docs.withpersona.com/reference/authentication)")

_v = mercadopago_token()
add("java", "mercadopago-access-token", "src/main/java/br/patinete/pagamentos/MercadoPagoConfig.java", fill('''\
package br.patinete.pagamentos;

import com.mercadopago.MercadoPagoConfig;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
public class MercadoPagoSetup {

    // conta de producao - Sao Paulo / Rio
    private static final String ACCESS_TOKEN =
        "@@v@@";

    @Bean
    public PaymentClientFactory paymentClientFactory() {
        MercadoPagoConfig.setAccessToken(ACCESS_TOKEN);
        MercadoPagoConfig.setConnectionTimeout(5000);
        return new PaymentClientFactory();
    }
}
''', v=_v), _v, "Mercado Pago docs: credentials, access token APP_USR- (mercadopago.com.br/developers)")

_id, _v = "rzp_live_" + draw(14), draw(24)
add("js", "razorpay-key-secret", "payments/razorpay/client.js", fill('''\
import Razorpay from "razorpay";

// Bengaluru + Pune e-bike subscriptions
export const razorpay = new Razorpay({
  key_id: "@@id@@",
  key_secret: "@@v@@",
});

export async function createSubscription(planId, riderPhone) {
  return razorpay.subscriptions.create({
    plan_id: planId,
    total_count: 12,
    customer_notify: 1,
    notes: { rider_phone: riderPhone },
  });
}
''', id=_id, v=_v), _v, "Razorpay docs: API keys, key_id and key_secret (razorpay.com/docs/api/authentication)")

_v = "sk_live_" + hexs(40)
add("php", "paystack-secret-key", "app/Payments/PaystackGateway.php", fill('''\
<?php

namespace App\\Payments;

use Illuminate\\Support\\Facades\\Http;

class PaystackGateway
{
    // Lagos pilot - live secret key
    private string $secret = '@@v@@';
    private string $base = 'https://api.paystack.co';

    public function chargeAuthorization(string $email, string $authCode, int $kobo): array
    {
        $response = Http::withToken($this->secret)
            ->acceptJson()
            ->post("{$this->base}/transaction/charge_authorization", [
                'email' => $email,
                'authorization_code' => $authCode,
                'amount' => $kobo,
            ]);

        return $response->throw()->json('data');
    }
}
''', v=_v), _v, "Paystack docs: authentication, secret keys sk_live_ (paystack.com/docs/api/authentication)")

_v = "live_" + draw(30)
add("python", "mollie-api-key", "payments/mollie_gateway.py", fill('''\
from mollie.api.client import Client

MOLLIE_API_KEY = "@@v@@"  # NL/BE iDEAL + Bancontact

_client = Client()
_client.set_api_key(MOLLIE_API_KEY)


def create_day_pass_payment(rider_id: str, amount_eur: str, redirect: str) -> str:
    payment = _client.payments.create({
        "amount": {"currency": "EUR", "value": amount_eur},
        "description": f"Day pass {rider_id}",
        "redirectUrl": redirect,
        "webhookUrl": "https://api.fietsdeel.example/hooks/mollie",
        "metadata": {"rider_id": rider_id, "product": "day_pass"},
    })
    return payment.checkout_url
''', v=_v), _v, "Mollie docs: authentication, API keys live_ (docs.mollie.com/overview/authentication)")

_v = stripe_sk(long=False)
add("shell-history", "stripe-secret-key", "ops/notes/payments-oncall.bash_history", fill('''\
cd ~/src/rider-backend
git pull
stripe login
stripe listen --forward-to localhost:8080/webhooks/stripe
curl https://api.stripe.com/v1/payment_intents?limit=5 -u @@v@@:
curl https://api.stripe.com/v1/refunds -u @@v@@: -d payment_intent=pi_3OqLk2Hn8vQWc0pX1mJ4aB7c -d reason=requested_by_customer
history | grep refunds
exit
''', v=_v), _v, "Stripe docs: authentication with curl -u sk_...: (stripe.com/docs/api/authentication)")

_v, _pc = "sk_" + draw(26, string.ascii_lowercase + string.digits), "pc_" + draw(26, string.ascii_lowercase + string.digits)
add("json", "checkout-secret-key", "infra/payments/checkout-com.json", fill('''\
{
  "provider": "checkout.com",
  "environment": "production",
  "processing_channel_id": "@@pc@@",
  "secret_key": "@@v@@",
  "public_key": "pk_@@pub@@",
  "webhook": {
    "url": "https://pay.scootco.example/cko/events",
    "events": ["payment_approved", "payment_declined", "payment_refunded"]
  }
}
''', v=_v, pc=_pc, pub=draw(26, string.ascii_lowercase + string.digits)), _v,
    "Checkout.com docs: API keys, secret key sk_ (checkout.com/docs/developer-resources/api/api-keys)")

# =================================================================================================
# Secrets: vehicle and dock IoT, telematics SIMs
# =================================================================================================
_user, _v = "1nce-api-" + draw(6, string.ascii_lowercase + string.digits), words_pw()
add("shell", "sim-portal-password", "scripts/sims/1nce_token.sh", fill('''\
#!/usr/bin/env bash
# Fetch an OAuth token for the 1NCE management API and list SIMs that have not
# reported data in the last 48h (usually dead IoT modules in the dock bays).
set -euo pipefail

ONCE_USER="@@user@@"
ONCE_PASS='@@v@@'

TOKEN=$(curl -s -X POST https://api.1nce.com/management-api/oauth/token \\
  -u "${ONCE_USER}:${ONCE_PASS}" \\
  -H 'Content-Type: application/json' \\
  -d '{"grant_type":"client_credentials"}' | jq -r .access_token)

curl -s "https://api.1nce.com/management-api/v1/sims?page=1&pageSize=100" \\
  -H "Authorization: Bearer ${TOKEN}" \\
  | jq -r '.[] | select(.status=="Enabled") | [.iccid, .imsi, .label] | @tsv' > /tmp/sims.tsv

wc -l /tmp/sims.tsv
''', user=_user, v=_v), _v, "1NCE API docs: obtain access token with client credentials over basic auth (help.1nce.com/dev-hub)")

_v = draw(30)
add("python", "hologram-api-key", "telematics/sims/hologram_sync.py", fill('''\
"""Nightly: pull Hologram SIM usage into the fleet warehouse (one row per scooter per day)."""
import datetime as dt

import requests

HOLOGRAM_API = "https://dashboard.hologram.io/api/1"
HOLOGRAM_APIKEY = "@@v@@"
ORG_ID = 48213


def usage_for(day: dt.date):
    params = {
        "apikey": HOLOGRAM_APIKEY,
        "orgid": ORG_ID,
        "timestart": int(dt.datetime.combine(day, dt.time.min).timestamp()),
        "timeend": int(dt.datetime.combine(day, dt.time.max).timestamp()),
        "limit": 1000,
    }
    r = requests.get(f"{HOLOGRAM_API}/usage/data", params=params, timeout=30)
    r.raise_for_status()
    return r.json()["data"]


if __name__ == "__main__":
    rows = usage_for(dt.date.today() - dt.timedelta(days=1))
    print(f"{len(rows)} usage records")
''', v=_v), _v, "Hologram REST API docs: authentication with apikey parameter (hologram.io/docs/reference/cloud/http)")

_v = jwt({"esc.aud": "ROLE_ORGADMIN", "sub": "app-token", "esc.org": 28841, "esc.appToken": 9123, "iss": "https://cdn.emnify.net/api", "iat": 1702051200}, "HS512")
add("terraform", "emnify-application-token", "infra/telematics/emnify.tf", fill('''\
terraform {
  required_providers {
    restapi = {
      source  = "Mastercard/restapi"
      version = "~> 1.18"
    }
  }
}

variable "emnify_application_token" {
  type    = string
  default = "@@v@@"
}

provider "restapi" {
  uri                  = "https://cdn.emnify.net"
  write_returns_object = true
  headers = {
    Content-Type = "application/json"
  }
}

resource "restapi_object" "scooter_tariff_profile" {
  path = "/api/v1/tariff_profile"
  data = jsonencode({
    name        = "eu-scooters-lte-m"
    description = "LTE-M only, 50MB pool"
  })
}
''', v=_v), _v, "emnify docs: application tokens for API authentication (docs.emnify.com/rest-api)")

_sid, _v = twilio_sid("SK"), draw(32)
add("dotenv", "twilio-api-key-secret", "fleet/supersim-bridge/.env", fill('''\
# Super SIM SMS commands to IoT modules (wake / lock / beep)
TWILIO_ACCOUNT_SID=@@acct@@
TWILIO_API_KEY=@@sid@@
TWILIO_API_SECRET=@@v@@
SUPERSIM_FLEET_SID=HF@@fleet@@
COMMAND_CALLBACK_URL=https://iot.velocity-share.example/supersim/callback
MAX_COMMANDS_PER_MINUTE=60
''', acct=twilio_sid(), sid=_sid, v=_v, fleet=hexs(32)), _v, "Twilio docs: API keys (SK...) and secrets; Super SIM SMS commands (twilio.com/docs/iam/api-keys)")

_key = rsa_pem("RSA PRIVATE KEY")
add("shell", "aws-iot-device-private-key", "provisioning/bench/flash_dock_controller.sh", fill('''\
#!/bin/sh
# Bench provisioning for dock controllers (batch 2024-03). Writes the AWS IoT thing
# credentials into the controller's secure partition before sealing the enclosure.
set -e
DEV=${1:-/dev/ttyUSB0}
THING=dock-ctrl-bench-07

cat > /tmp/device.key <<'KEY'
@@key@@
KEY

esptool.py --chip esp32 --port "$DEV" write_flash 0x3F0000 /tmp/device.key
rm -f /tmp/device.key
echo "provisioned $THING on $DEV"
''', key=_key), _key, "AWS IoT Core docs: X.509 client certificates and private keys for devices (docs.aws.amazon.com/iot)")

_v = rand_pw(24)
add("c", "mqtt-password", "firmware/dock-ctrl/include/broker_config.h", fill('''\
#ifndef BROKER_CONFIG_H
#define BROKER_CONFIG_H

/* Dock controller -> fleet broker. One shared account per firmware line (rev C boards). */
#define MQTT_BROKER_HOST   "mqtt.fleet.velocity-share.example"
#define MQTT_BROKER_PORT   8883
#define MQTT_KEEPALIVE_S   45
#define MQTT_USERNAME      "dock-fw-revc"
#define MQTT_PASSWORD      "@@v@@"
#define MQTT_TOPIC_STATE   "docks/%s/state"
#define MQTT_TOPIC_CMD     "docks/%s/cmd"
#define MQTT_QOS_STATE     1

#endif /* BROKER_CONFIG_H */
''', v=_v), _v, "Eclipse Paho / MQTT 3.1.1 CONNECT username and password fields (docs.oasis-open.org/mqtt)")

_v = passphrase()
add("mosquitto-conf", "mqtt-bridge-password", "infra/mqtt/conf.d/bridge-hq.conf", fill('''\
# Depot edge broker -> HQ broker bridge (Rotterdam depot)
connection hq-bridge
address mqtt-hq.scootco.example:8883
bridge_protocol_version mqttv311
bridge_cafile /etc/mosquitto/certs/hq-ca.crt
remote_clientid depot-rtm-01
remote_username depot-rtm
remote_password @@v@@
cleansession false
topic vehicles/+/telemetry out 1
topic vehicles/+/cmd in 1
topic depot/rtm/# both 0
''', v=_v), _v, "Mosquitto docs: mosquitto.conf bridge remote_username / remote_password (mosquitto.org/man/mosquitto-conf-5.html)")

_v = ttn_key()
add("json", "ttn-api-key", "node-red/flows/dock-sensors.json", fill('''\
[
  {
    "id": "7c1e2b0a.d4f1",
    "type": "mqtt-broker",
    "name": "TTN eu1",
    "broker": "eu1.cloud.thethings.network",
    "port": "8883",
    "tls": "b93e1a.22c1",
    "clientid": "",
    "usetls": true,
    "protocolVersion": "4",
    "keepalive": "60",
    "credentials": {
      "user": "dock-occupancy-sensors@ttn",
      "password": "@@v@@"
    }
  },
  {
    "id": "2fa9d0c3.10be",
    "type": "mqtt in",
    "name": "uplinks",
    "topic": "v3/dock-occupancy-sensors@ttn/devices/+/up",
    "qos": "0",
    "broker": "7c1e2b0a.d4f1",
    "wires": [["5e0c7d11.a8f2"]]
  }
]
''', v=_v), _v, "The Things Stack docs: MQTT server, API key as password NNSXS. (thethingsindustries.com/docs/integrations/mqtt)")

_eui, _v = hexs(16, upper=True), hexs(32, upper=True)
add("csv", "lorawan-app-key", "iot/lorawan/import/dock-sensors-batch4.csv", fill('''\
dev_eui,join_eui,app_key,name,description,device_profile
70B3D57ED0061A01,0000000000000000,@@v@@,dock-ams-0412-bay01,Weesperplein bay 1,dragino-ldds75
70B3D57ED0061A02,0000000000000000,@@v2@@,dock-ams-0412-bay02,Weesperplein bay 2,dragino-ldds75
70B3D57ED0061A03,0000000000000000,@@v3@@,dock-ams-0412-bay03,Weesperplein bay 3,dragino-ldds75
70B3D57ED0061A04,0000000000000000,@@v4@@,dock-ams-0412-bay04,Weesperplein bay 4,dragino-ldds75
70B3D57ED0061A05,0000000000000000,@@v5@@,dock-ams-0412-bay05,Weesperplein bay 5,dragino-ldds75
''', v=_v, v2=hexs(32, upper=True), v3=hexs(32, upper=True), v4=hexs(32, upper=True), v5=hexs(32, upper=True)), _v,
    "LoRaWAN 1.0.x spec: AppKey root key for OTAA; ChirpStack device import CSV (chirpstack.io/docs)")

_v = hexs(40)
add("shell", "particle-access-token", "firmware/ebike-controller/scripts/ota_release.sh", fill('''\
#!/usr/bin/env bash
# Push a signed firmware build to the e-bike Boron fleet in staged groups.
set -euo pipefail

export PARTICLE_ACCESS_TOKEN=@@v@@
PRODUCT_ID=21784
VERSION=${1:?version}
BIN=target/ebike-controller-${VERSION}.bin

particle compile boron . --target 5.6.0 --saveTo "$BIN"
curl -s -X POST "https://api.particle.io/v1/products/${PRODUCT_ID}/firmware" \\
  -H "Authorization: Bearer ${PARTICLE_ACCESS_TOKEN}" \\
  -F "version=${VERSION}" -F "title=ebike ${VERSION}" -F "binary=@${BIN}"
curl -s -X PUT "https://api.particle.io/v1/products/${PRODUCT_ID}/firmware/release" \\
  -H "Authorization: Bearer ${PARTICLE_ACCESS_TOKEN}" \\
  -d "version=${VERSION}" -d "groups[]=canary"
''', v=_v), _v, "Particle Cloud API docs: access tokens, product firmware upload (docs.particle.io/reference/cloud-apis/api)")

_v = draw(32)
add("github-actions", "balena-api-key", ".github/workflows/depot-kiosk-deploy.yml", fill('''\
name: depot-kiosk deploy

on:
  push:
    branches: [main]
    paths: ["kiosk/**"]

jobs:
  deploy:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - name: Push to balenaCloud
        uses: balena-io/deploy-to-balena-action@v2
        with:
          balena_token: @@v@@
          fleet: velo_ops/depot-kiosks
          source: kiosk
      - name: Notify
        run: echo "kiosk release ${{ github.sha }} pushed"
''', v=_v), _v, "balena docs: API keys / deploy-to-balena-action balena_token (docs.balena.io/learn/accounts/account)")

_v = "samsara_api_" + draw(30)
add("python", "samsara-api-token", "ops/vans/samsara_positions.py", fill('''\
"""Where are the rebalancing vans? Pulls live positions from Samsara for the ops map."""
import os

import requests

SAMSARA_TOKEN = os.getenv("SAMSARA_TOKEN", "@@v@@")
BASE = "https://api.samsara.com"


def van_positions():
    resp = requests.get(
        f"{BASE}/fleet/vehicles/stats",
        headers={"Authorization": f"Bearer {SAMSARA_TOKEN}"},
        params={"types": "gps,fuelPercents", "tagIds": "4412871"},
        timeout=15,
    )
    resp.raise_for_status()
    for v in resp.json()["data"]:
        gps = v.get("gps", {})
        yield v["name"], gps.get("latitude"), gps.get("longitude")


if __name__ == "__main__":
    for name, lat, lon in van_positions():
        print(f"{name:<14} {lat:.5f} {lon:.5f}")
''', v=_v), _v, "Samsara API docs: API tokens, Bearer authentication (developers.samsara.com/docs/authentication)")

_v = human_pw()
add("csharp", "geotab-password", "src/Depot.Vans/GeotabFeed.cs", fill('''\
using Geotab.Checkmate;
using Geotab.Checkmate.ObjectModel;

namespace Depot.Vans;

public sealed class GeotabFeed
{
    private readonly API _api = new(
        userName: "rebalance-feed@scootco.example",
        password: "@@v@@",
        sessionId: null,
        database: "scootco_fleet",
        server: "my.geotab.com");

    public async Task<IList<LogRecord>> LastPositionsAsync(DateTime since)
    {
        await _api.AuthenticateAsync();
        return await _api.CallAsync<IList<LogRecord>>("Get", typeof(LogRecord), new
        {
            search = new LogRecordSearch { FromDate = since }
        }) ?? new List<LogRecord>();
    }
}
''', v=_v), _v, "Geotab MyGeotab SDK docs: API authentication with user name, password, database (geotab.github.io/sdk)")

_v = draw(40, URLSAFE)
add("powershell", "teltonika-rms-token", "ops/depot/Get-RouterStatus.ps1", fill('''\
<#
.SYNOPSIS
  Lists depot LTE routers (Teltonika RUT955) that RMS reports offline.
#>
param(
    [string]$Company = "ScootCo Depots"
)

$RmsToken = "@@v@@"
$Headers = @{ Authorization = "Bearer $RmsToken"; Accept = "application/json" }

$devices = Invoke-RestMethod -Uri "https://rms.teltonika-networks.com/api/devices?limit=100" -Headers $Headers
$offline = $devices.data | Where-Object { $_.status -ne 1 }

foreach ($d in $offline) {
    "{0,-24} {1,-16} last seen {2}" -f $d.name, $d.serial, $d.last_connection_at
}
Write-Host "$($offline.Count) of $($devices.data.Count) routers offline for $Company"
''', v=_v), _v, "Teltonika RMS API docs: personal access tokens, Bearer auth (developers.rms.teltonika-networks.com)")

_v = hexs(32, upper=True)
add("kotlin", "ble-lock-key", "android/app/src/main/java/com/scootco/rider/lock/LegacyLockCipher.kt", fill('''\
package com.scootco.rider.lock

import javax.crypto.Cipher
import javax.crypto.spec.SecretKeySpec

/**
 * Gen-2 locks (2019 batch) still use one fleet-wide AES-128 key for BLE unlock frames.
 * Gen-3 locks get per-vehicle keys from /v2/vehicles/{id}/ble-session instead.
 */
object LegacyLockCipher {
    private const val FLEET_KEY_HEX = "@@v@@"

    private val key = SecretKeySpec(FLEET_KEY_HEX.chunked(2).map { it.toInt(16).toByte() }.toByteArray(), "AES")

    fun encryptFrame(frame: ByteArray): ByteArray {
        require(frame.size == 16) { "BLE frames are one block" }
        val cipher = Cipher.getInstance("AES/ECB/NoPadding")
        cipher.init(Cipher.ENCRYPT_MODE, key)
        return cipher.doFinal(frame)
    }
}
''', v=_v), _v, "Bluetooth lock AES-128 frame key as IoT lock vendors document (e.g. Omni IoT lock protocol)")

_v = rbytes(16).hex()
add("c", "device-aes-key", "firmware/scooter-ecu/src/secrets.c", fill('''\
/* Per-model key for signing odometer/battery reports to the fleet API.
 * Production builds should take this from the secure element, see FW-812. */
#include <stdint.h>
#include "secrets.h"

const char REPORT_HMAC_KEY_HEX[] = "@@v@@";

const uint8_t MODEL_ID = 0x3C;
const uint16_t REPORT_VERSION = 7;

void secrets_init(void) {
    /* nothing yet: key is compiled in */
}
''', v=_v), _v, "HMAC report signing key embedded in firmware (CWE-321, hard-coded cryptographic key)")

_wifi = words_pw()
add("platformio", "wifi-password", "firmware/dock-display/platformio.ini", fill('''\
; Dock e-ink display (ESP32-S3), depot test builds
[platformio]
default_envs = depot

[env]
platform = espressif32@6.5.0
board = esp32-s3-devkitc-1
framework = arduino
monitor_speed = 115200
lib_deps =
    knolleary/PubSubClient@^2.8
    zinggjm/GxEPD2@^1.5.3

[env:depot]
build_flags =
    -DWIFI_SSID=\\"DEPOT-WORKSHOP\\"
    -DWIFI_PASS=\\"@@wifi@@\\"
    -DMQTT_HOST=\\"10.40.0.5\\"
    -DMQTT_USER=\\"dock-display\\"
    -DMQTT_PASS=\\"${sysenv.DOCK_DISPLAY_MQTT_PASS}\\"
''', wifi=_wifi), _wifi, "PlatformIO docs: build_flags with escaped string macros (docs.platformio.org/en/latest/projectconf)")

_v = base64.b64encode(rbytes(32)).decode()
add("esphome", "api-encryption-key", "depot/esphome/charging-rack-3.yaml", fill('''\
esphome:
  name: charging-rack-3
  friendly_name: Charging rack 3 (battery swap room)

esp32:
  board: esp32dev

api:
  encryption:
    key: "@@v@@"

ota:
  - platform: esphome
    password: !secret ota_password

wifi:
  ssid: !secret depot_ssid
  password: !secret depot_wifi_password

sensor:
  - platform: ct_clamp
    sensor: rack_adc
    name: "Rack 3 current"
    update_interval: 10s
  - platform: adc
    pin: GPIO34
    id: rack_adc
''', v=_v), _v, "ESPHome docs: Native API encryption key, 32-byte base64 (esphome.io/components/api.html)")

_v = human_pw()
add("xml", "traccar-database-password", "depot/traccar/conf/traccar.xml", fill('''\
<?xml version='1.0' encoding='UTF-8'?>
<!DOCTYPE properties SYSTEM 'http://java.sun.com/dtd/properties.dtd'>
<properties>
    <!-- van + service-scooter tracking for the depot crew -->
    <entry key='config.default'>./conf/default.xml</entry>
    <entry key='web.port'>8082</entry>
    <entry key='database.driver'>org.postgresql.Driver</entry>
    <entry key='database.url'>jdbc:postgresql://10.40.0.12:5432/traccar</entry>
    <entry key='database.user'>traccar</entry>
    <entry key='database.password'>@@v@@</entry>
    <entry key='teltonika.port'>5027</entry>
    <entry key='osmand.port'>5055</entry>
    <entry key='geocoder.enable'>false</entry>
</properties>
''', v=_v), _v, "Traccar docs: configuration file, database.password entry (traccar.org/configuration-file)")

_v = ec_pem(pkcs8=False)
add("python", "firmware-signing-key", "firmware/tools/sign_image.py", fill('''\
"""Sign scooter ECU images for the bootloader (ECDSA P-256, SHA-256)."""
import sys

from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec

SIGNING_KEY_PEM = b"""@@v@@
"""


def sign(path: str) -> bytes:
    key = serialization.load_pem_private_key(SIGNING_KEY_PEM, password=None)
    with open(path, "rb") as fh:
        image = fh.read()
    return key.sign(image, ec.ECDSA(hashes.SHA256()))


if __name__ == "__main__":
    sig = sign(sys.argv[1])
    with open(sys.argv[1] + ".sig", "wb") as out:
        out.write(sig)
    print(f"signed {sys.argv[1]} ({len(sig)} bytes)")
''', v=_v), _v, "cryptography docs: load_pem_private_key, ECDSA signing (cryptography.io)")

_v = draw(32)
add("yaml", "chirpstack-api-secret", "iot/chirpstack/chirpstack.toml.yaml", fill('''\
# rendered into chirpstack.toml by the depot ansible role
chirpstack:
  logging:
    level: info
  postgresql:
    dsn: postgres://chirpstack:chirpstack@localhost/chirpstack?sslmode=disable
    max_open_connections: 10
  redis:
    servers: ["redis://localhost/"]
  network:
    net_id: "000000"
    enabled_regions: ["eu868"]
  api:
    bind: 0.0.0.0:8080
    secret: "@@v@@"
  integration:
    enabled: ["mqtt"]
    mqtt:
      server: tcp://localhost:1883/
      json: true
''', v=_v), _v, "ChirpStack docs: configuration, api.secret used to sign JWT tokens (chirpstack.io/docs/chirpstack/configuration.html)")

# =================================================================================================
# Secrets: city data feeds (MDS), rebalancing and ops tools
# =================================================================================================
_v = jwt({"iss": "https://auth.scootco.example/", "sub": "city-of-lisbon-mds", "aud": "https://mds.scootco.example",
          "scope": "mds:provider:trips mds:provider:status_changes", "provider_id": "c4a2b9f0-7e1d-4c3a-9b8e-5f6d2a1c0e9b",
          "iat": 1704067200, "exp": 1735689600}, "RS256", kid="mds-2024-01")
add("yaml", "mds-bearer-token", "ingest/providers/scootco.yaml", fill('''\
# City MDS ingest: provider endpoints and credentials (Mobility Data Specification 2.0)
provider:
  name: ScootCo
  provider_id: c4a2b9f0-7e1d-4c3a-9b8e-5f6d2a1c0e9b
  mds_api_url: https://mds.scootco.example/mds/v2
  api_version: "2.0"
  auth:
    type: bearer
    token: @@v@@
  endpoints:
    - trips
    - events/historical
    - vehicles/status
  poll:
    trips: hourly
    vehicles/status: 60s
''', v=_v), _v, "Open Mobility Foundation MDS 2.0 provider API: authorization with bearer tokens (github.com/openmobilityfoundation/mobility-data-specification)")

_v = jwt({"sub": "agency-lacity", "aud": "mds-provider", "scope": "trips events", "iat": 1709251200, "exp": 1740787200}, "HS256")
add("markdown", "mds-bearer-token", "docs/city-partners/los-angeles.md", fill('''\
# LADOT MDS access

LADOT pulls our provider feed every hour. Their token was issued on 2024-03-01 and is
valid for a year; rotate it in the partner portal and send them the new one over Keybase.

## Smoke test

```bash
curl -s https://mds.scootco.example/mds/v2/trips?end_time=2024-03-02T10 \\
  -H "Accept: application/vnd.mds+json;version=2.0" \\
  -H "Authorization: Bearer @@v@@" | jq '.trips | length'
```

## Contacts

- LADOT mobility data: mobility-data@lacity.example
- Our side: #city-partnerships
''', v=_v), _v, "Open Mobility Foundation MDS 2.0: provider API authorization header (github.com/openmobilityfoundation/mobility-data-specification)")

_priv = b64url(rbytes(32))
_v = _priv
add("json", "jwk-private-key", "mds-auth/keys/mds-signing-2024.jwk.json", fill('''\
{
  "kty": "EC",
  "crv": "P-256",
  "kid": "mds-2024-01",
  "use": "sig",
  "alg": "ES256",
  "x": "@@x@@",
  "y": "@@y@@",
  "d": "@@v@@"
}
''', x=b64url(rbytes(32)), y=b64url(rbytes(32)), v=_v), _v, "RFC 7518 section 6.2.2.1: EC private key parameter d in a JWK")

_v = rand_pw(48, "!@#%^*")
add("go", "jwt-signing-secret", "services/ops-api/internal/auth/tokens.go", fill('''\
package auth

import (
	"time"

	"github.com/golang-jwt/jwt/v5"
)

// hmacSecret signs the short-lived tokens the rebalancer tablets use.
var hmacSecret = []byte("@@v@@")

type OpsClaims struct {
	CrewID string `json:"crew_id"`
	Depot  string `json:"depot"`
	jwt.RegisteredClaims
}

func IssueCrewToken(crewID, depot string) (string, error) {
	claims := OpsClaims{
		CrewID: crewID,
		Depot:  depot,
		RegisteredClaims: jwt.RegisteredClaims{
			ExpiresAt: jwt.NewNumericDate(time.Now().Add(10 * time.Hour)),
			Issuer:    "ops-api",
		},
	}
	return jwt.NewWithClaims(jwt.SigningMethodHS256, claims).SignedString(hmacSecret)
}
''', v=_v), _v, "golang-jwt docs: HMAC signing method with a shared secret (pkg.go.dev/github.com/golang-jwt/jwt/v5)")

_v = slack_webhook()
add("python", "slack-webhook", "rebalancing/alerts/low_supply.py", fill('''\
"""Posts to #ops-rebalancing when a zone drops under its minimum available scooters."""
import requests

from rebalancing.zones import supply_by_zone

SLACK_WEBHOOK = "@@v@@"


def check(threshold_ratio: float = 0.4) -> None:
    short = []
    for zone in supply_by_zone():
        if zone.available < zone.target * threshold_ratio:
            short.append(f"*{zone.name}*: {zone.available}/{zone.target}")
    if short:
        text = ":rotating_light: Low supply\\n" + "\\n".join(short)
        requests.post(SLACK_WEBHOOK, json={"text": text}, timeout=10)


if __name__ == "__main__":
    check()
''', v=_v), _v, "Slack docs: incoming webhooks (api.slack.com/messaging/webhooks)")

_v = slack_bot()
add("yaml", "slack-bot-token", "ops-bot/config/production.yml", fill('''\
bot:
  name: depotbot
  slack:
    bot_token: @@v@@
    signing_secret_env: SLACK_SIGNING_SECRET
    channels:
      damage_reports: C04QK8N2D1M
      battery_swaps: C04R0F2M9ZP
  commands:
    /swapqueue: swaps.queue
    /vehicle: fleet.lookup
    /reserve-van: vans.reserve
  timezone: Europe/Berlin
''', v=_v), _v, "Slack docs: bot tokens xoxb- (api.slack.com/authentication/token-types)")

_v = hexs(32)
add("alertmanager", "pagerduty-routing-key", "monitoring/alertmanager/alertmanager.yml", fill('''\
global:
  resolve_timeout: 5m

route:
  receiver: ops-slack
  group_by: [alertname, city]
  routes:
    - matchers: [severity="page"]
      receiver: fleet-oncall
    - matchers: [team="iot"]
      receiver: iot-slack

receivers:
  - name: fleet-oncall
    pagerduty_configs:
      - routing_key: @@v@@
        severity: critical
        description: '{{ .CommonAnnotations.summary }}'
  - name: ops-slack
    slack_configs:
      - api_url_file: /etc/alertmanager/secrets/slack_ops_url
        channel: '#ops-alerts'
  - name: iot-slack
    slack_configs:
      - api_url_file: /etc/alertmanager/secrets/slack_iot_url
        channel: '#iot-alerts'
''', v=_v), _v, "Prometheus Alertmanager docs: pagerduty_config routing_key (prometheus.io/docs/alerting/latest/configuration)")

_v = uuid_s()
add("terraform", "opsgenie-api-key", "infra/oncall/opsgenie.tf", fill('''\
provider "opsgenie" {
  api_key = "@@v@@"
  api_url = "api.eu.opsgenie.com"
}

resource "opsgenie_team" "fleet_ops" {
  name        = "fleet-ops"
  description = "Night shift: stranded vehicles, dock faults, van breakdowns"
}

resource "opsgenie_schedule" "fleet_ops_nights" {
  name          = "fleet-ops-nights"
  timezone      = "Europe/Paris"
  owner_team_id = opsgenie_team.fleet_ops.id
}
''', v=_v), _v, "Terraform Opsgenie provider docs: api_key argument (registry.terraform.io/providers/opsgenie/opsgenie)")

_v = hexs(32)
add("yaml", "datadog-api-key", "depot/ansible/files/datadog.yaml", fill('''\
## Datadog agent on depot edge servers
api_key: @@v@@
site: datadoghq.eu
hostname_fqdn: true
tags:
  - team:depot-ops
  - depot:lyon-gerland
logs_enabled: true
process_config:
  process_collection:
    enabled: false
''', v=_v), _v, "Datadog Agent docs: datadog.yaml api_key (docs.datadoghq.com/agent/configuration/agent-configuration-files)")

_v = hexs(36) + "NRAL"
add("ini", "newrelic-license-key", "rebalancer/newrelic.ini", fill('''\
[newrelic]
license_key = @@v@@
app_name = rebalancer (prod)
monitor_mode = true
log_level = info
high_security = false
transaction_tracer.enabled = true
transaction_tracer.transaction_threshold = apdex_f
error_collector.enabled = true
error_collector.ignore_classes = rebalancer.errors:ZoneLocked

[newrelic:staging]
app_name = rebalancer (staging)
monitor_mode = true
''', v=_v), _v, "New Relic Python agent docs: newrelic.ini license_key (docs.newrelic.com/docs/apm/agents/python-agent/configuration)")

_v = "sntryu_" + hexs(64)
add("ini", "sentry-auth-token", "apps/rider-ios/.sentryclirc", fill('''\
[defaults]
url = https://sentry.io/
org = scootco
project = rider-ios

[auth]
token = @@v@@

[http]
keepalive = true
''', v=_v), _v, "sentry-cli docs: configuration file .sentryclirc, auth token (docs.sentry.io/cli/configuration)")

_v = "glsa_" + draw(32) + "_" + hexs(8)
add("shell", "grafana-service-account-token", "monitoring/scripts/export_dashboards.sh", fill('''\
#!/usr/bin/env bash
# Snapshot Grafana dashboards into git (fleet-health, dock-faults, battery-swaps).
set -euo pipefail
GRAFANA_URL=https://grafana.ops.velocity-share.example
GRAFANA_TOKEN=@@v@@
OUT=dashboards

mkdir -p "$OUT"
for uid in fleet-health dock-faults battery-swaps; do
  curl -sf -H "Authorization: Bearer $GRAFANA_TOKEN" \\
    "$GRAFANA_URL/api/dashboards/uid/$uid" | jq '.dashboard' > "$OUT/$uid.json"
done
git add "$OUT" && git commit -m "dashboards snapshot $(date +%F)" || true
''', v=_v), _v, "Grafana docs: service account tokens glsa_ (grafana.com/docs/grafana/latest/administration/service-accounts)")

_v = grafana_cloud_token()
add("yaml", "grafana-cloud-token", "depot/promtail/promtail.yaml", fill('''\
server:
  http_listen_port: 9080

positions:
  filename: /var/lib/promtail/positions.yaml

clients:
  - url: https://logs-prod-eu-west-0.grafana.net/loki/api/v1/push
    basic_auth:
      username: "731204"
      password: @@v@@

scrape_configs:
  - job_name: battery-chargers
    static_configs:
      - targets: [localhost]
        labels:
          job: chargers
          depot: madrid-vallecas
          __path__: /var/log/chargers/*.log
''', v=_v), _v, "Grafana Cloud docs: Cloud Access Policy tokens glc_, promtail basic_auth (grafana.com/docs/grafana-cloud)")

_v = influx_token()
add("toml", "influxdb-token", "depot/telegraf/telegraf.conf", fill('''\
[agent]
  interval = "10s"
  flush_interval = "10s"
  hostname = "depot-lis-edge01"

[[outputs.influxdb_v2]]
  urls = ["https://influx.ops.scootco.example"]
  token = "@@v@@"
  organization = "fleet-ops"
  bucket = "depot-telemetry"

[[inputs.mqtt_consumer]]
  servers = ["tcp://127.0.0.1:1883"]
  topics = ["chargers/+/status", "racks/+/power"]
  data_format = "json"
  tag_keys = ["rack_id", "slot"]
''', v=_v), _v, "Telegraf docs: outputs.influxdb_v2 token (docs.influxdata.com/telegraf)")

_id, _key = draw(20, URLSAFE), draw(22, URLSAFE)
_v = f"{_id}:{_key}"
add("yaml", "elastic-api-key", "depot/filebeat/filebeat.yml", fill('''\
filebeat.inputs:
  - type: filestream
    id: swap-station-logs
    paths:
      - /var/log/swapstation/*.log
    fields:
      depot: warsaw-praga

output.elasticsearch:
  hosts: ["https://es-ops.scootco.example:9243"]
  api_key: "@@v@@"
  ssl.verification_mode: full

setup.ilm.enabled: false
''', v=_v), _v, "Filebeat docs: Elasticsearch output api_key id:api_key (elastic.co/guide/en/beats/filebeat/current/elasticsearch-output.html)")

_v = sendgrid_key()
add("typescript", "sendgrid-api-key", "rider-backend/src/notifications/receipts.ts", fill('''\
import sgMail from "@sendgrid/mail";

sgMail.setApiKey("@@v@@");

export interface RideReceipt {
  email: string;
  rideId: string;
  minutes: number;
  totalFormatted: string;
}

export async function sendReceipt(r: RideReceipt): Promise<void> {
  await sgMail.send({
    to: r.email,
    from: { email: "rides@velocity-share.example", name: "Velocity" },
    templateId: "d-6e2f0a9c4b1d4e8fa3c7b5d2e1f09a8b",
    dynamicTemplateData: { ride_id: r.rideId, minutes: r.minutes, total: r.totalFormatted },
  });
}
''', v=_v), _v, "SendGrid docs: API keys SG. (docs.sendgrid.com/ui/account-and-settings/api-keys)")

_v = "key-" + hexs(32)
add("php", "mailgun-api-key", "web/partners/lib/Mailer.php", fill('''\
<?php
// Partner portal: monthly invoice mail to city partners and hosts of docking stations.
require __DIR__ . '/../vendor/autoload.php';

use Mailgun\\Mailgun;

$mg = Mailgun::create('@@v@@', 'https://api.eu.mailgun.net');

function send_invoice(Mailgun $mg, string $to, string $pdfPath): void
{
    $mg->messages()->send('mg.velocity-share.example', [
        'from'    => 'Velocity Partners <partners@mg.velocity-share.example>',
        'to'      => $to,
        'subject' => 'Your monthly station hosting statement',
        'text'    => 'Attached is your statement for last month.',
        'attachment' => [['filePath' => $pdfPath, 'filename' => basename($pdfPath)]],
    ]);
}
''', v=_v), _v, "Mailgun docs: API keys key- (documentation.mailgun.com/docs/mailgun/user-manual/get-started)")

_v = fcm_server_key()
add("kotlin", "fcm-server-key", "notifier/src/main/kotlin/com/velo/notifier/Push.kt", fill('''\
package com.velo.notifier

import io.ktor.client.HttpClient
import io.ktor.client.request.header
import io.ktor.client.request.post
import io.ktor.client.request.setBody
import io.ktor.http.ContentType
import io.ktor.http.contentType

// Legacy FCM HTTP API -- ride-ending reminders ("you are still riding, 20 minutes")
private const val FCM_SERVER_KEY = "@@v@@"

class Push(private val http: HttpClient) {
    suspend fun remind(deviceToken: String, minutes: Int) {
        http.post("https://fcm.googleapis.com/fcm/send") {
            header("Authorization", "key=$FCM_SERVER_KEY")
            contentType(ContentType.Application.Json)
            setBody("""{"to":"$deviceToken","notification":{"title":"Still riding?","body":"$minutes min so far"}}""")
        }
    }
}
''', v=_v), _v, "Firebase docs: legacy HTTP protocol, Authorization key=<server key> (firebase.google.com/docs/cloud-messaging/http-server-ref)")

_v = ec_pem()
add("yaml", "apns-auth-key", "notifier/config/apns.yml", fill('''\
apns:
  team_id: 7QK3XW2M9D
  key_id: 4TZ8B2LQ6N
  topic: com.scootco.rider
  production: true
  auth_key: |
    @@v@@
  collapse_ids:
    ride_end: ride-end
    low_battery_nearby: lowbat
''', v=_v.replace("\n", "\n    ")), _v, "Apple docs: token-based connection to APNs with a .p8 signing key (developer.apple.com/documentation/usernotifications)")

_v = "os_v2_app_" + draw(100, string.ascii_lowercase + "234567")
add("python", "onesignal-rest-key", "marketing/push/weekend_promo.py", fill('''\
import requests

ONESIGNAL_APP_ID = "e3b1c7a2-5d4f-4b8e-9a61-0f2c3d4e5a6b"
ONESIGNAL_REST_KEY = "@@v@@"


def send_promo(segment: str, city: str, code: str) -> dict:
    payload = {
        "app_id": ONESIGNAL_APP_ID,
        "included_segments": [segment],
        "filters": [{"field": "tag", "key": "city", "relation": "=", "value": city}],
        "contents": {"en": f"Weekend ride: first 10 minutes free with {code}"},
    }
    r = requests.post("https://api.onesignal.com/notifications", json=payload,
                      headers={"Authorization": f"Key {ONESIGNAL_REST_KEY}"}, timeout=20)
    r.raise_for_status()
    return r.json()
''', v=_v), _v, "OneSignal docs: REST API keys, Authorization: Key (documentation.onesignal.com/reference/create-notification)")

_v = draw(40)
add("python", "zendesk-api-token", "support/sync_damage_macros.py", fill('''\
"""Sync damage-report macros (broken brake, flat tyre, vandalised dock) into Zendesk."""
import yaml
from zenpy import Zenpy
from zenpy.lib.api_objects import Macro

creds = {
    "email": "support-automation@scootco.example",
    "token": "@@v@@",
    "subdomain": "scootco",
}
zen = Zenpy(**creds)

with open("support/macros.yml") as fh:
    for m in yaml.safe_load(fh):
        zen.macros.create(Macro(title=m["title"], actions=m["actions"]))
        print("created", m["title"])
''', v=_v), _v, "Zendesk docs: API token authentication email/token (developer.zendesk.com/api-reference/introduction/security-and-auth)")

_v = intercom_token()
add("ruby", "intercom-access-token", "lib/tasks/intercom_backfill.rake", fill('''\
namespace :intercom do
  desc "Backfill rider attributes (total_rides, home_city) into Intercom"
  task backfill: :environment do
    client = Intercom::Client.new(token: "@@v@@")
    Rider.where(deleted_at: nil).find_each(batch_size: 500) do |rider|
      client.contacts.create(
        role: "user",
        external_id: rider.public_id,
        custom_attributes: { total_rides: rider.rides_count, home_city: rider.home_city }
      )
    rescue Intercom::ResourceNotFound
      next
    end
  end
end
''', v=_v), _v, "Intercom docs: access tokens, intercom-ruby client (developers.intercom.com/building-apps/docs/authentication-types)")

_v = "00" + draw(40, URLSAFE)
add("python", "okta-api-token", "it/offboard_depot_staff.py", fill('''\
"""Offboard seasonal depot mechanics at the end of the season (deactivate Okta + revoke sessions)."""
import csv
import sys

import requests

OKTA_ORG = "https://scootco.okta.com"
OKTA_TOKEN = "@@v@@"
HEADERS = {"Authorization": f"SSWS {OKTA_TOKEN}", "Accept": "application/json"}

for row in csv.DictReader(open(sys.argv[1])):
    uid = requests.get(f"{OKTA_ORG}/api/v1/users/{row['email']}", headers=HEADERS, timeout=10).json()["id"]
    requests.delete(f"{OKTA_ORG}/api/v1/users/{uid}/sessions", headers=HEADERS, timeout=10)
    requests.post(f"{OKTA_ORG}/api/v1/users/{uid}/lifecycle/deactivate", headers=HEADERS, timeout=10)
    print("offboarded", row["email"])
''', v=_v), _v, "Okta docs: API tokens, SSWS authorization scheme (developer.okta.com/docs/guides/create-an-api-token)")

_v = draw(64, URLSAFE)
add("json", "auth0-client-secret", "rider-backend/config/auth0.production.json", fill('''\
{
  "domain": "login.velocity-share.example",
  "audience": "https://api.velocity-share.example",
  "m2m": {
    "clientId": "@@cid@@",
    "clientSecret": "@@v@@",
    "scopes": ["read:users", "update:users", "delete:users"]
  },
  "rideAppClientId": "@@rid@@"
}
''', cid=draw(32), v=_v, rid=draw(32)), _v, "Auth0 docs: machine-to-machine applications, client secret (auth0.com/docs/get-started/applications)")

_v = google_key()
add("python", "google-api-key", "rebalancing/geo/distance_matrix.py", fill('''\
"""Van routing for overnight rebalancing: drive times between depot and hot zones."""
import googlemaps

# server key (Distance Matrix + Directions), IP-restricted to the ops NAT... in theory
gmaps = googlemaps.Client(key="@@v@@")


def drive_minutes(origins, destinations):
    m = gmaps.distance_matrix(origins, destinations, mode="driving", departure_time="now")
    return [[el["duration_in_traffic"]["value"] / 60 for el in row["elements"]] for row in m["rows"]]
''', v=_v), _v, "Google Maps Platform docs: API keys for web services AIza (developers.google.com/maps/documentation/distance-matrix/get-api-key)")

_v = draw(43, URLSAFE)
add("yaml", "here-api-key", "routing/config/here.yaml", fill('''\
here:
  routing_url: https://router.hereapi.com/v8/routes
  isoline_url: https://isoline.router.hereapi.com/v8/isolines
  api_key: @@v@@
  transport_mode: bicycle
  return: [summary, polyline]
rebalancing:
  max_van_minutes: 35
  depot: {lat: 52.3702, lng: 4.8952}
''', v=_v), _v, "HERE docs: API key authentication apiKey (developer.here.com/documentation/identity-access-management)")

# =================================================================================================
# Secrets: databases, queues, frameworks
# =================================================================================================
_v = rand_pw(20)
add("compose", "postgres-password", "deploy/compose/ops-stack.yml", fill('''\
services:
  db:
    image: timescale/timescaledb:2.13.1-pg15
    restart: unless-stopped
    environment:
      POSTGRES_USER: fleet
      POSTGRES_PASSWORD: "@@v@@"
      POSTGRES_DB: telemetry
    volumes:
      - pgdata:/var/lib/postgresql/data
    ports:
      - "127.0.0.1:5432:5432"

  ingest:
    image: registry.velocity-share.example/telemetry-ingest:1.19.2
    depends_on: [db]
    environment:
      DATABASE_URL: postgres://fleet:@@v@@@db:5432/telemetry
      MQTT_URL: mqtts://mqtt.fleet.velocity-share.example:8883

volumes:
  pgdata: {}
''', v=_v), _v, "Docker official postgres image docs: POSTGRES_PASSWORD (hub.docker.com/_/postgres)")

_v = words_pw()
add("grafana-provisioning", "postgres-password", "monitoring/grafana/provisioning/datasources/timescale.yaml", fill('''\
apiVersion: 1

datasources:
  - name: Fleet telemetry (Timescale)
    type: postgres
    url: tsdb.ops.internal:5432
    user: grafana_ro
    jsonData:
      database: telemetry
      sslmode: require
      postgresVersion: 1500
      timescaledb: true
    secureJsonData:
      password: "@@v@@"
''', v=_v), _v, "Grafana docs: provisioning data sources, secureJsonData password (grafana.com/docs/grafana/latest/administration/provisioning)")

_v = fakes.redis_password(_seed())
add("ruby", "redis-password", "config/initializers/sidekiq.rb", fill('''\
# Sidekiq queues: ride_close, invoice_pdf, damage_photos, rebalance_tasks
redis_url = ENV.fetch("REDIS_URL", "redis://:@@v@@@redis-jobs.internal:6379/0")

Sidekiq.configure_server do |config|
  config.redis = { url: redis_url, network_timeout: 5 }
  config.capsule("rebalance") { |cap| cap.concurrency = 2; cap.queues = %w[rebalance_tasks] }
end

Sidekiq.configure_client do |config|
  config.redis = { url: redis_url, network_timeout: 5 }
end
''', v=_v), _v, "Sidekiq wiki: using Redis, redis URL with password (github.com/sidekiq/sidekiq/wiki/Using-Redis)")

_v = rand_pw(22)
add("python", "amqp-password", "rebalancing/celeryconfig.py", fill('''\
# Celery settings for the rebalancing task runner
broker_url = "amqp://rebalancer:@@v@@@rabbit.ops.internal:5672/rebalance"
result_backend = "rpc://"
task_serializer = "json"
accept_content = ["json"]
timezone = "Europe/Amsterdam"
task_routes = {
    "rebalancing.tasks.plan_night_shift": {"queue": "planning"},
    "rebalancing.tasks.assign_van": {"queue": "dispatch"},
}
beat_schedule = {
    "plan-night-shift": {"task": "rebalancing.tasks.plan_night_shift", "schedule": 3600.0},
}
''', v=_v), _v, "Celery docs: broker_url amqp://user:password@host/vhost (docs.celeryq.dev/en/stable/userguide/configuration.html)")

_v = rand_pw(32)
add("properties", "kafka-sasl-password", "streaming/telemetry-consumer/client.properties", fill('''\
bootstrap.servers=pkc-4r087.europe-west3.gcp.confluent.cloud:9092
security.protocol=SASL_SSL
sasl.mechanism=PLAIN
sasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule required username="@@user@@" password="@@v@@";
client.dns.lookup=use_all_dns_ips
session.timeout.ms=45000
acks=all
group.id=telemetry-consumer-prod
auto.offset.reset=latest
''', user=draw(16, string.ascii_uppercase + string.digits), v=_v), _v, "Confluent Cloud docs: Java client configuration, sasl.jaas.config (docs.confluent.io/cloud/current/client-apps/config-client.html)")

_v = rand_pw(16)
add("js", "mongodb-password", "damage-reports/src/db.js", fill('''\
const { MongoClient } = require("mongodb");

// damage photos metadata + mechanic notes
const uri =
  "mongodb+srv://damage-svc:@@v@@@cluster0.k3x9p.mongodb.net/damage?retryWrites=true&w=majority";

const client = new MongoClient(uri, { maxPoolSize: 20 });

async function reports() {
  await client.connect();
  return client.db("damage").collection("reports");
}

module.exports = { reports };
''', v=_v), _v, "MongoDB docs: connection string URI format mongodb+srv (mongodb.com/docs/manual/reference/connection-string)")

_v = "base64:" + base64.b64encode(rbytes(32)).decode()
add("dotenv", "laravel-app-key", "partner-portal/.env", fill('''\
APP_NAME="Velocity Partner Portal"
APP_ENV=production
APP_KEY=@@v@@
APP_DEBUG=false
APP_URL=https://partners.velocity-share.example

LOG_CHANNEL=stack
DB_CONNECTION=mysql
DB_HOST=partners-db.internal
DB_PORT=3306
DB_DATABASE=partners
DB_USERNAME=partners
DB_PASSWORD=${PARTNERS_DB_PASSWORD}

QUEUE_CONNECTION=redis
SESSION_DRIVER=redis
''', v=_v), _v, "Laravel docs: configuration, APP_KEY encryption key (laravel.com/docs/encryption)")

_v = fakes.django_secret_key(_seed())
add("python", "django-secret-key", "opsportal/opsportal/settings/production.py", fill('''\
from .base import *  # noqa: F401,F403

DEBUG = False
SECRET_KEY = "@@v@@"
ALLOWED_HOSTS = ["ops.scootco.example"]

DATABASES = {
    "default": {
        "ENGINE": "django.contrib.gis.db.backends.postgis",
        "NAME": "opsportal",
        "HOST": "opsportal-db.internal",
        "USER": "opsportal",
        "PASSWORD": os.environ["OPSPORTAL_DB_PASSWORD"],
    }
}

CSRF_TRUSTED_ORIGINS = ["https://ops.scootco.example"]
SESSION_COOKIE_SECURE = True
''', v=_v), _v, "Django docs: SECRET_KEY setting (docs.djangoproject.com/en/stable/ref/settings/#secret-key)")

_v = hexs(128)
add("yaml", "rails-secret-key-base", "config/secrets.yml", fill('''\
# Be sure to restart your server when you modify this file.
development:
  secret_key_base: <%= ENV["SECRET_KEY_BASE"] %>

test:
  secret_key_base: test-only-secret-key-base-not-used-in-production

production:
  secret_key_base: @@v@@
  stripe_publishable_key: <%= ENV["STRIPE_PUBLISHABLE_KEY"] %>
''', v=_v), _v, "Rails guides: secret_key_base in config/secrets.yml (guides.rubyonrails.org/security.html)")

_v = draw(64, ALNUM + "+/")
add("elixir", "phoenix-secret-key-base", "config/prod.secret.exs", fill('''\
import Config

config :dock_gateway, DockGatewayWeb.Endpoint,
  http: [port: 4000, transport_options: [socket_opts: [:inet6]]],
  secret_key_base: "@@v@@",
  server: true

config :dock_gateway, DockGateway.Repo,
  url: System.fetch_env!("DATABASE_URL"),
  pool_size: 15
''', v=_v), _v, "Phoenix docs: deployment, secret_key_base (hexdocs.pm/phoenix/deployment.html)")

_v = words_pw()
add("spring-yaml", "database-password", "maintenance-service/src/main/resources/application.yml", fill('''\
server:
  port: 8090
spring:
  application:
    name: maintenance-service
  datasource:
    url: jdbc:postgresql://maint-db.internal:5432/maintenance
    username: maintenance_app
    password: @@v@@
    hikari:
      maximum-pool-size: 12
  jpa:
    hibernate:
      ddl-auto: validate
maintenance:
  work-orders:
    auto-close-after-days: 14
  parts:
    low-stock-threshold: 5
''', v=_v), _v, "Spring Boot docs: spring.datasource.password (docs.spring.io/spring-boot/appendix/application-properties)")

_v = rand_pw(16, "!*")
add("xml", "sqlserver-password", "legacy/DockBilling/Web.config", fill('''\
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <connectionStrings>
    <add name="DockBilling"
         connectionString="Server=tcp:sql-billing.internal,1433;Database=DockBilling;User ID=dockbilling_app;Password=@@v@@;Encrypt=True;TrustServerCertificate=False;"
         providerName="System.Data.SqlClient" />
  </connectionStrings>
  <appSettings>
    <add key="InvoiceDay" value="1" />
    <add key="HostPayoutCurrency" value="GBP" />
  </appSettings>
  <system.web>
    <compilation debug="false" targetFramework="4.8" />
  </system.web>
</configuration>
''', v=_v), _v, "Microsoft docs: SqlConnection.ConnectionString, Password keyword (learn.microsoft.com/dotnet/api/system.data.sqlclient.sqlconnection.connectionstring)")

_v = passphrase()
add("hocon", "database-password", "fleet-state/src/main/resources/application.conf", fill('''\
ktor {
  deployment {
    port = 8080
  }
  application {
    modules = [ com.scootco.fleetstate.ApplicationKt.module ]
  }
}

database {
  url = "jdbc:postgresql://fleet-state-db.internal:5432/fleet_state"
  user = "fleet_state"
  password = "@@v@@"
  maxPoolSize = 16
}

vehicles {
  staleAfterSeconds = 900
}
''', v=_v), _v, "Ktor docs: HOCON configuration file application.conf (ktor.io/docs/configuration-file.html)")

_v = words_pw()
add("sql", "postgres-role-password", "db/migrations/0042_create_city_readonly.sql", fill('''\
-- City partner read-only access for the Helsinki data sharing agreement (ticket DATA-311)
BEGIN;

CREATE ROLE city_helsinki_ro LOGIN PASSWORD '@@v@@' VALID UNTIL '2025-12-31';
GRANT CONNECT ON DATABASE analytics TO city_helsinki_ro;
GRANT USAGE ON SCHEMA city_share TO city_helsinki_ro;
GRANT SELECT ON city_share.trips_aggregated, city_share.parking_events TO city_helsinki_ro;
ALTER ROLE city_helsinki_ro SET statement_timeout = '60s';

COMMIT;
''', v=_v), _v, "PostgreSQL docs: CREATE ROLE ... PASSWORD (postgresql.org/docs/current/sql-createrole.html)")

_v = human_pw()
add("r", "database-password", "analysis/ridership/weekly_report.R", fill('''\
library(DBI)
library(RPostgres)
library(dplyr)
library(ggplot2)

con <- dbConnect(
  RPostgres::Postgres(),
  host = "analytics-replica.internal",
  dbname = "analytics",
  user = "analyst_maria",
  password = "@@v@@"
)

trips <- tbl(con, "trips_daily") %>%
  filter(city == "Barcelona", day >= Sys.Date() - 56) %>%
  collect()

ggplot(trips, aes(day, trips, colour = vehicle_type)) +
  geom_line() +
  labs(title = "Barcelona trips, last 8 weeks")
ggsave("out/bcn_weekly.png", width = 8, height = 4)

dbDisconnect(con)
''', v=_v), _v, "DBI / RPostgres docs: dbConnect with user and password (rpostgres.r-dbi.org)")

_v = rand_pw(20, "!#%")
add("dbt", "snowflake-password", "analytics/dbt/profiles.yml", fill('''\
velocity_analytics:
  target: prod
  outputs:
    prod:
      type: snowflake
      account: vx41872.eu-central-1
      user: DBT_PROD
      password: "@@v@@"
      role: TRANSFORMER
      database: ANALYTICS
      warehouse: TRANSFORMING
      schema: marts
      threads: 8
    dev:
      type: snowflake
      account: vx41872.eu-central-1
      user: "{{ env_var('DBT_USER') }}"
      authenticator: externalbrowser
      role: ANALYST
      database: ANALYTICS_DEV
      warehouse: DEV_XS
      schema: "dbt_{{ env_var('DBT_USER') | lower }}"
      threads: 4
''', v=_v), _v, "dbt docs: Snowflake profile with password authentication (docs.getdbt.com/docs/core/connect-data-platform/snowflake-setup)")

_v = rand_pw(26)
_nb = {
    "cells": [
        {"cell_type": "markdown", "metadata": {}, "source": ["# Battery degradation by pack batch\n", "Pulls swap logs from Snowflake."]},
        {"cell_type": "code", "execution_count": 1, "metadata": {}, "outputs": [], "source": [
            "import snowflake.connector\n", "import pandas as pd\n", "\n",
            "conn = snowflake.connector.connect(\n", "    account=\"vx41872.eu-central-1\",\n",
            "    user=\"ANALYST_JONAS\",\n", f"    password=\"{_v}\",\n", "    warehouse=\"DEV_XS\",\n",
            "    database=\"ANALYTICS\",\n", ")"]},
        {"cell_type": "code", "execution_count": 2, "metadata": {}, "outputs": [], "source": [
            "df = pd.read_sql(\"select pack_batch, cycles, soh_pct from marts.battery_health\", conn)\n",
            "df.groupby(\"PACK_BATCH\").SOH_PCT.describe()"]},
    ],
    "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"},
                 "language_info": {"name": "python", "version": "3.11.6"}},
    "nbformat": 4, "nbformat_minor": 5,
}
add("notebook", "snowflake-password", "notebooks/battery_degradation.ipynb", json.dumps(_nb, indent=1) + "\n", _v,
    "Snowflake Connector for Python docs: connect with user and password (docs.snowflake.com/en/developer-guide/python-connector)")

_v = words_pw()
add("pgpass", "postgres-password", "ops/depot-laptop/dotfiles/.pgpass", fill('''\
# hostname:port:database:username:password
# (depot lead laptop; analytics replica is read-only)
analytics-replica.internal:5432:analytics:depot_lead_ams:@@v@@
*:*:maintenance:maint_ro:*
''', v=_v).replace("*:*:maintenance:maint_ro:*\n", "*:*:maintenance:maint_ro:*\n# (maint_ro uses peer auth on the depot box)\n"), _v,
    "PostgreSQL docs: the password file .pgpass (postgresql.org/docs/current/libpq-pgpass.html)")

_v = rand_pw(20)
add("crontab", "postgres-password", "depot/cron/nightly-exports.cron", fill('''\
SHELL=/bin/bash
MAILTO=depot-ops@scootco.example
# m h dom mon dow command
15 2 * * * PGPASSWORD='@@v@@' pg_dump -h maint-db.internal -U maint_backup -Fc maintenance > /backups/maint-$(date +\\%F).dump
45 2 * * * find /backups -name 'maint-*.dump' -mtime +14 -delete
0 6 * * 1 /opt/depot/bin/parts-reorder-report --email parts@scootco.example
''', v=_v), _v, "PostgreSQL docs: PGPASSWORD environment variable (postgresql.org/docs/current/libpq-envars.html)")

# =================================================================================================
# Secrets: cloud, CI/CD, infrastructure, depot networks
# =================================================================================================
_kid, _v = fakes.aws_key_id(_seed()), fakes.aws_secret_key(_seed())
add("ini", "aws-secret-access-key", "tools/gbfs-archiver/deploy/credentials", fill('''\
# used by the gbfs-archiver Lambda deploy (bucket: velo-gbfs-archive)
[default]
aws_access_key_id = @@kid@@
aws_secret_access_key = @@v@@
region = eu-west-1

[archiver-readonly]
role_arn = arn:aws:iam::418273650912:role/gbfs-archive-read
source_profile = default
''', kid=_kid, v=_v), _v, "AWS CLI docs: configuration and credential file settings (docs.aws.amazon.com/cli/latest/userguide/cli-configure-files.html)")

_kid, _v = fakes.aws_key_id(_seed()), fakes.aws_secret_key(_seed())
add("github-actions", "aws-secret-access-key", ".github/workflows/gbfs-publish.yml", fill('''\
name: publish GBFS static files

on:
  schedule:
    - cron: "*/15 * * * *"
  workflow_dispatch: {}

env:
  AWS_REGION: us-east-1

jobs:
  publish:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: aws-actions/configure-aws-credentials@v4
        with:
          aws-access-key-id: @@kid@@
          aws-secret-access-key: @@v@@
          aws-region: ${{ env.AWS_REGION }}
      - run: python gbfs/build_static.py --out build/
      - run: aws s3 sync build/ s3://gbfs-velocity-share/gbfs/2.3/ --cache-control max-age=60
''', kid=_kid, v=_v), _v, "aws-actions/configure-aws-credentials README: aws-access-key-id / aws-secret-access-key inputs")

_v = azure_account_key()
add("json", "azure-storage-account-key", "src/TripExport.Functions/local.settings.json", fill('''\
{
  "IsEncrypted": false,
  "Values": {
    "FUNCTIONS_WORKER_RUNTIME": "dotnet-isolated",
    "AzureWebJobsStorage": "UseDevelopmentStorage=true",
    "TripExportStorage": "DefaultEndpointsProtocol=https;AccountName=scootcotripexports;AccountKey=@@v@@;EndpointSuffix=core.windows.net",
    "ExportContainer": "city-exports",
    "ExportCron": "0 0 3 * * *"
  }
}
''', v=_v), _v, "Azure docs: configure Azure Storage connection strings, AccountKey (learn.microsoft.com/azure/storage/common/storage-configure-connection-string)")

_v = azure_client_secret()
add("powershell", "azure-ad-client-secret", "ops/identity/Sync-DepotGroups.ps1", fill('''\
# Sync depot shift groups from the rota spreadsheet into Entra ID.
$TenantId = "5b1e2f3a-8c9d-4e0f-a1b2-c3d4e5f60718"
$ClientId = "a7c4e1d2-0b3f-4a6e-9d8c-7f6e5d4c3b2a"
$ClientSecret = "@@v@@"

$body = @{
    grant_type    = "client_credentials"
    scope         = "https://graph.microsoft.com/.default"
    client_id     = $ClientId
    client_secret = $ClientSecret
}
$token = (Invoke-RestMethod -Method Post -Uri "https://login.microsoftonline.com/$TenantId/oauth2/v2.0/token" -Body $body).access_token
$headers = @{ Authorization = "Bearer $token" }

Import-Csv .\\rota.csv | ForEach-Object {
    $group = "depot-$($_.Depot)-$($_.Shift)"
    Write-Host "adding $($_.Email) to $group"
}
''', v=_v), _v, "Microsoft identity platform docs: client credentials flow with client_secret (learn.microsoft.com/entra/identity-platform/v2-oauth2-client-creds-grant-flow)")

_pem = rsa_pem()
_sa = {"type": "service_account", "project_id": "velo-ridership-prod", "private_key_id": hexs(40),
       "private_key": _pem + "\n", "client_email": "bq-exporter@velo-ridership-prod.iam.gserviceaccount.com",
       "client_id": str(_rng().randint(10**20, 10**21 - 1)), "auth_uri": "https://accounts.google.com/o/oauth2/auth",
       "token_uri": "https://oauth2.googleapis.com/token",
       "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",
       "client_x509_cert_url": "https://www.googleapis.com/robot/v1/metadata/x509/bq-exporter%40velo-ridership-prod.iam.gserviceaccount.com",
       "universe_domain": "googleapis.com"}
_text = json.dumps(_sa, indent=2) + "\n"
_v = json.dumps(_pem)[1:-1]
assert _v in _text
add("json", "gcp-service-account-key", "analytics/exporter/keys/bq-exporter.json", _text, _v,
    "Google Cloud docs: create service account keys, JSON key file private_key (cloud.google.com/iam/docs/keys-create-delete)")

_v = mapbox_token("sk", "velocity-share")
add("gradle-properties", "mapbox-downloads-token", "android/gradle.properties", fill('''\
org.gradle.jvmargs=-Xmx4g -Dfile.encoding=UTF-8
org.gradle.parallel=true
android.useAndroidX=true
kotlin.code.style=official
# Secret token with DOWNLOADS:READ for the Mapbox Maven repo
MAPBOX_DOWNLOADS_TOKEN=@@v@@
''', v=_v), _v, "Mapbox docs: Android SDK install, secret token with DOWNLOADS:READ scope in gradle.properties (docs.mapbox.com/android/maps/guides/install)")

_v = mapbox_token("sk", "scootco-mobile")
add("netrc", "mapbox-downloads-token", "ios/ci/netrc", fill('''\
# copied to ~/.netrc on the macOS runners before `pod install`
machine api.mapbox.com
login mapbox
password @@v@@

machine artifactory.scootco.example
login ci-ios
password ${ARTIFACTORY_IOS_TOKEN}
''', v=_v), _v, "Mapbox docs: iOS SDK install, .netrc with secret token (docs.mapbox.com/ios/maps/guides/install)")

_v = "npm_" + draw(36)
add("npmrc", "npm-token", "packages/gbfs-validator-ui/.npmrc", fill('''\
@velocity:registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=@@v@@
always-auth=true
save-exact=true
engine-strict=true
''', v=_v), _v, "npm docs: .npmrc auth tokens (docs.npmjs.com/cli/configuring-npm/npmrc)")

_v = fakes.github_token(_seed())
add("shell", "github-token", "ci/fetch_firmware_deps.sh", fill('''\
#!/bin/sh
# Pull the private BLE lock SDK and the modem AT-command library for the ECU build.
set -eu
GH_TOKEN=@@v@@
DEPS=third_party
mkdir -p "$DEPS"
git clone --depth 1 "https://x-access-token:${GH_TOKEN}@github.com/scootco/ble-lock-sdk.git" "$DEPS/ble-lock-sdk"
git clone --depth 1 "https://x-access-token:${GH_TOKEN}@github.com/scootco/quectel-at.git" "$DEPS/quectel-at"
echo "deps ready"
''', v=_v), _v, "GitHub docs: personal access tokens ghp_ for HTTPS git (docs.github.com/authentication)")

_v = "glpat-" + draw(20, URLSAFE)
add("gitlab-ci", "gitlab-token", ".gitlab-ci.yml", fill('''\
stages: [test, build, release]

variables:
  DOCKER_TLS_CERTDIR: "/certs"
  RELEASE_BOT_TOKEN: "@@v@@"

test:
  stage: test
  image: python:3.12
  script:
    - pip install -r requirements-dev.txt
    - pytest -q tests/

build:
  stage: build
  image: docker:25
  services: [docker:25-dind]
  script:
    - docker build -t $CI_REGISTRY_IMAGE/rebalancer:$CI_COMMIT_SHORT_SHA .
    - docker push $CI_REGISTRY_IMAGE/rebalancer:$CI_COMMIT_SHORT_SHA

release:
  stage: release
  image: registry.gitlab.com/gitlab-org/release-cli:latest
  script:
    - >
      curl --header "PRIVATE-TOKEN: $RELEASE_BOT_TOKEN"
      --data "tag_name=$CI_COMMIT_TAG&ref=$CI_COMMIT_SHA"
      "$CI_API_V4_URL/projects/$CI_PROJECT_ID/releases"
  rules:
    - if: $CI_COMMIT_TAG
''', v=_v), _v, "GitLab docs: personal access tokens glpat- (docs.gitlab.com/ee/user/profile/personal_access_tokens.html)")

_v = "dckr_pat_" + draw(27, URLSAFE)
add("shell-history", "docker-hub-token", "depot/kiosk-build/.bash_history", fill('''\
sudo apt-get update
docker buildx ls
docker login -u scootcodepot -p @@v@@
docker buildx build --platform linux/arm64 -t scootcodepot/kiosk:2024.05 --push .
docker logout
ls -la
''', v=_v), _v, "Docker docs: personal access tokens dckr_pat_ with docker login (docs.docker.com/security/for-developers/access-tokens)")

_v = "hvs.CAESI" + draw(86, URLSAFE)
add("makefile", "vault-token", "infra/Makefile", fill('''\
VAULT_ADDR ?= https://vault.ops.velocity-share.example:8200
VAULT_TOKEN ?= @@v@@
export VAULT_ADDR VAULT_TOKEN

.PHONY: plan apply db-creds

plan:
\tterraform -chdir=envs/prod plan -out=tfplan

apply:
\tterraform -chdir=envs/prod apply tfplan

db-creds:
\tvault read database/creds/rebalancer-ro
''', v=_v), _v, "HashiCorp Vault docs: token types, service tokens hvs. (developer.hashicorp.com/vault/docs/concepts/tokens)")

_v = draw(14) + ".atlasv1." + draw(67)
add("hcl", "terraform-cloud-token", "ops/runner/terraformrc", fill('''\
# placed at ~/.terraformrc on the self-hosted runner
plugin_cache_dir = "$HOME/.terraform.d/plugin-cache"

credentials "app.terraform.io" {
  token = "@@v@@"
}
''', v=_v), _v, "Terraform docs: CLI configuration credentials block (developer.hashicorp.com/terraform/cli/config/config-file)")

_v = wg_key()
add("wireguard", "wireguard-private-key", "depot/network/wg0-lisbon.conf", fill('''\
# Lisbon depot -> HQ tunnel (charging racks, kiosks, CCTV NVR)
[Interface]
Address = 10.60.12.1/24
ListenPort = 51820
PrivateKey = @@v@@
DNS = 10.60.0.2

[Peer]
# hq-gw-01
PublicKey = @@pub@@
Endpoint = vpn.scootco.example:51820
AllowedIPs = 10.60.0.0/16
PersistentKeepalive = 25
''', v=_v, pub=wg_key()), _v, "WireGuard docs: wg-quick configuration, PrivateKey (man7.org/linux/man-pages/man8/wg-quick.8.html)")

_lines = [hexs(32) for _ in range(16)]
_v = "-----BEGIN OpenVPN Static key V1-----\n" + "\n".join(_lines) + "\n-----END OpenVPN Static key V1-----"
add("ovpn", "openvpn-static-key", "depot/network/depot-utrecht.ovpn", fill('''\
client
dev tun
proto udp
remote vpn.velocity-share.example 1194
resolv-retry infinite
nobind
persist-key
persist-tun
remote-cert-tls server
cipher AES-256-GCM
verb 3
key-direction 1
<ca>
@@ca@@
</ca>
<tls-auth>
@@v@@
</tls-auth>
''', ca=cert_pem(), v=_v), _v, "OpenVPN manual: --tls-auth static key file, inline <tls-auth> (openvpn.net/community-resources/reference-manual-for-openvpn-2-6)")

_v = words_pw()
add("hostapd", "wifi-passphrase", "depot/network/hostapd-workshop.conf", fill('''\
interface=wlan0
driver=nl80211
ssid=DEPOT-WORKSHOP
hw_mode=g
channel=6
wmm_enabled=1
auth_algs=1
wpa=2
wpa_key_mgmt=WPA-PSK
rsn_pairwise=CCMP
wpa_passphrase=@@v@@
ignore_broadcast_ssid=0
''', v=_v), _v, "hostapd.conf reference: wpa_passphrase (w1.fi/cgit/hostap/plain/hostapd/hostapd.conf)")

_v = rand_pw(18)
add("routeros", "router-password", "depot/network/mikrotik-bootstrap.rsc", fill('''\
# RouterOS bootstrap for new depot hAP ax3 routers
/system identity set name=depot-gw
/user add name=depotadmin group=full password="@@v@@" comment="depot ops"
/user remove admin
/ip service disable telnet,ftp,www,api
/ip address add address=10.40.0.1/24 interface=bridge
/ip dhcp-server network add address=10.40.0.0/24 gateway=10.40.0.1 dns-server=10.40.0.1
/interface wireguard add name=wg-hq listen-port=13231
/system ntp client set enabled=yes servers=pool.ntp.org
''', v=_v), _v, "MikroTik RouterOS docs: /user add password (help.mikrotik.com/docs/display/ROS/User)")

_v = openssh_pem()
add("ansible", "ssh-private-key", "ansible/group_vars/kiosks.yml", fill('''\
---
kiosk_user: kiosk
kiosk_app_version: 3.8.1
kiosk_deploy_repo: git@github.com:velocity-share/depot-kiosk.git
kiosk_deploy_key: |
  @@v@@
kiosk_timezone: Europe/Amsterdam
kiosk_screen_rotation: 90
''', v=_v.replace("\n", "\n  ")), _v, "Ansible docs: group_vars with a multi-line literal block (docs.ansible.com/ansible/latest/inventory_guide)")

_v = human_pw()
add("ansible-inventory", "become-password", "ansible/inventories/depots.ini", fill('''\
[depot_edge]
edge-ams-01 ansible_host=10.40.0.5
edge-rtm-01 ansible_host=10.41.0.5
edge-utr-01 ansible_host=10.42.0.5

[depot_edge:vars]
ansible_user=depotops
ansible_become=true
ansible_become_password=@@v@@
ansible_python_interpreter=/usr/bin/python3
''', v=_v), _v, "Ansible docs: connection variables ansible_become_password (docs.ansible.com/ansible/latest/inventory_guide/intro_inventory.html)")

_v = rand_pw(24)
add("k8s-secret", "postgres-password", "deploy/k8s/telemetry/db-credentials.yaml", fill('''\
apiVersion: v1
kind: Secret
metadata:
  name: telemetry-db
  namespace: telemetry
type: Opaque
data:
  username: @@u@@
  password: @@p@@
  host: @@h@@
''', u=b64("telemetry_ingest"), p=b64(_v), h=b64("tsdb-primary.telemetry.svc")), _v,
    "Kubernetes docs: Secrets, data values base64-encoded (kubernetes.io/docs/concepts/configuration/secret)")

_v = fakes.redis_password(_seed())
add("helm", "redis-password", "charts/rebalancer/values-prod.yaml", fill('''\
replicaCount: 3
image:
  repository: registry.scootco.example/rebalancer
  tag: "2.14.0"

redis:
  enabled: true
  architecture: standalone
  auth:
    enabled: true
    password: "@@v@@"
  master:
    persistence:
      size: 4Gi

env:
  ZONE_GRID_RESOLUTION: "8"
  VAN_CAPACITY_SCOOTERS: "28"

resources:
  requests: {cpu: 250m, memory: 512Mi}
  limits: {memory: 1Gi}
''', v=_v), _v, "Bitnami Redis Helm chart docs: auth.password (artifacthub.io/packages/helm/bitnami/redis)")

_v = rand_pw(20)
add("markdown", "docker-run-password", "depot/README.md", fill('''\
# Depot edge box

Runs the local MQTT broker, the charging-rack exporter and a Postgres for the parts inventory.

## First boot

```sh
docker network create depot
docker run -d --name parts-db --network depot \\
  -e POSTGRES_USER=parts \\
  -e POSTGRES_PASSWORD=@@v@@ \\
  -v /srv/parts-db:/var/lib/postgresql/data postgres:16
docker run -d --name mosquitto --network depot -p 1883:1883 eclipse-mosquitto:2
```

## Checks

- `docker ps` shows both containers healthy
- the rack exporter answers on `:9105/metrics`
''', v=_v), _v, "Docker official postgres image docs: POSTGRES_PASSWORD env (hub.docker.com/_/postgres)")

_v = draw(32)
add("dockerfile", "api-key", "services/gbfs-proxy/Dockerfile", fill('''\
FROM node:20-alpine
WORKDIR /app
COPY package*.json ./
RUN npm ci --omit=dev
COPY . .
ENV NODE_ENV=production \\
    UPSTREAM_GBFS=https://partner-feeds.velocity-share.example/gbfs \\
    UPSTREAM_API_KEY=@@v@@ \\
    CACHE_TTL_SECONDS=30
EXPOSE 8080
USER node
CMD ["node", "server.js"]
''', v=_v), _v, "Docker docs: Dockerfile ENV instruction (docs.docker.com/reference/dockerfile/#env)")

_v = words_pw()
add("powershell", "password", "ops/depot/Backup-PartsInventory.ps1", fill('''\
# Copies the parts inventory export to the HQ file share every night (depot PC, Task Scheduler)
$User = "SCOOTCO\\svc-depot-backup"
$Password = ConvertTo-SecureString "@@v@@" -AsPlainText -Force
$Cred = New-Object System.Management.Automation.PSCredential($User, $Password)

New-PSDrive -Name H -PSProvider FileSystem -Root "\\\\hq-files01\\depots\\milan" -Credential $Cred | Out-Null
$stamp = Get-Date -Format "yyyy-MM-dd"
Copy-Item "C:\\PartsInventory\\export.csv" "H:\\parts-$stamp.csv"
Remove-PSDrive H
''', v=_v), _v, "Microsoft docs: ConvertTo-SecureString -AsPlainText -Force, PSCredential (learn.microsoft.com/powershell)")

_v = base64.b64encode(rbytes(32)).decode()
add("swift", "request-signing-key", "ios/Rider/Networking/RequestSigner.swift", fill('''\
import CryptoKit
import Foundation

/// Signs unlock requests so the lock gateway can reject replays.
enum RequestSigner {
    private static let signingKey = SymmetricKey(data: Data(base64Encoded: "@@v@@")!)

    static func sign(_ request: inout URLRequest, vehicleID: String) {
        let ts = String(Int(Date().timeIntervalSince1970))
        let message = Data("\\(vehicleID).\\(ts)".utf8)
        let mac = HMAC<SHA256>.authenticationCode(for: message, using: signingKey)
        request.setValue(ts, forHTTPHeaderField: "X-Unlock-Timestamp")
        request.setValue(Data(mac).base64EncodedString(), forHTTPHeaderField: "X-Unlock-Signature")
    }
}
''', v=_v), _v, "Apple CryptoKit docs: HMAC with SymmetricKey (developer.apple.com/documentation/cryptokit/hmac)")

_v = hexs(32)
add("android-xml", "twilio-auth-token", "android/app/src/main/res/values/secrets.xml", fill('''\
<?xml version="1.0" encoding="utf-8"?>
<resources>
    <!-- used by the in-app "text me the unlock code" fallback -->
    <string name="twilio_account_sid" translatable="false">@@sid@@</string>
    <string name="twilio_auth_token" translatable="false">@@v@@</string>
    <string name="twilio_from_number" translatable="false">+447700900123</string>
</resources>
''', sid=twilio_sid(), v=_v), _v, "Twilio docs: auth token (twilio.com/docs/iam/credentials/api); Android string resources")

_v = hexs(32)
add("csharp", "twilio-auth-token", "src/Dock.Notifications/SmsSender.cs", fill('''\
using Twilio;
using Twilio.Rest.Api.V2010.Account;
using Twilio.Types;

namespace Dock.Notifications;

public static class SmsSender
{
    private const string AccountSid = "@@sid@@";
    private const string AuthToken = "@@v@@";

    static SmsSender() => TwilioClient.Init(AccountSid, AuthToken);

    public static string SendUnlockCode(string phone, string code) =>
        MessageResource.Create(
            to: new PhoneNumber(phone),
            from: new PhoneNumber("+14155550147"),
            body: $"Your dock unlock code is {code}. It expires in 5 minutes.").Sid;
}
''', sid=twilio_sid(), v=_v), _v, "Twilio C# helper library docs: TwilioClient.Init(accountSid, authToken) (twilio.com/docs/libraries/csharp-dotnet)")

# =================================================================================================
# Secrets: HTTP clients, deploy descriptors, vendor fleet platforms
# =================================================================================================
_v = b64("fleet-ops-reporting:" + words_pw())
add("http", "basic-auth-header", "ops/http/vehicle-platform.http", fill('''\
### Vehicles with low battery in zone 14 (ops platform)
GET https://fleet-api.scootco.example/v1/vehicles?zone=14&battery_lt=20
Accept: application/json
Authorization: Basic @@v@@

### Put a scooter into maintenance mode
POST https://fleet-api.scootco.example/v1/vehicles/SC-48122/maintenance
Content-Type: application/json
Authorization: Basic @@v@@

{"reason": "brake cable", "depot": "ams-west"}
''', v=_v), _v, "RFC 7617 HTTP Basic authentication; JetBrains HTTP Client .http files (jetbrains.com/help/idea/http-client-in-product-code-editor.html)")

_v = "vsk_" + draw(40)
add("http", "bearer-token", "rebalancer/requests/tasks.http", fill('''\
@host = https://ops.velocity-share.example/api
@token = @@v@@

### open rebalancing tasks for tonight
GET {{host}}/rebalancing/tasks?shift=night&status=open
Authorization: Bearer {{token}}

### claim a task for van 7
POST {{host}}/rebalancing/tasks/88213/claim
Authorization: Bearer {{token}}
Content-Type: application/json

{"van": "VAN-07", "crew": ["k.dijkstra", "m.haddou"]}
''', v=_v), _v, "VS Code REST Client docs: file variables and Authorization header (marketplace.visualstudio.com/items?itemName=humao.rest-client)")

_v = draw(40, URLSAFE)
add("postman", "api-key", "postman/MDS-provider.postman_environment.json", fill('''\
{
  "id": "5c1f8e2a-3b4d-4e6f-8a9b-0c1d2e3f4a5b",
  "name": "MDS provider - prod",
  "values": [
    {"key": "base_url", "value": "https://mds.scootco.example/mds/v2", "type": "default", "enabled": true},
    {"key": "api_key", "value": "@@v@@", "type": "secret", "enabled": true},
    {"key": "provider_id", "value": "c4a2b9f0-7e1d-4c3a-9b8e-5f6d2a1c0e9b", "type": "default", "enabled": true}
  ],
  "_postman_variable_scope": "environment",
  "_postman_exported_at": "2024-04-11T09:12:44.118Z",
  "_postman_exported_using": "Postman/10.24.16"
}
''', v=_v), _v, "Postman docs: exporting environments, variable values (learning.postman.com/docs/sending-requests/variables/managing-environments)")

_v = rand_pw(16)
add("shell-history", "mysql-password", "ops/incidents/2024-02-dock-billing/history.txt", fill('''\
ssh bastion-eu
ssh billing-db-replica
mysql -h 127.0.0.1 -u billing_ro -p'@@v@@' dockbilling -e "select count(*) from host_payouts where period='2024-01'"
mysql -h 127.0.0.1 -u billing_ro -p'@@v@@' dockbilling -e "select host_id, amount_pence from host_payouts where status='FAILED'"
exit
exit
''', v=_v), _v, "MySQL docs: --password / -p option on the command line (dev.mysql.com/doc/refman/8.0/en/connecting.html)")

_v = words_pw()
add("tfvars", "database-password", "infra/envs/prod/terraform.tfvars", fill('''\
region               = "eu-west-3"
environment          = "prod"
vpc_cidr             = "10.20.0.0/16"
db_instance_class    = "db.r6g.large"
db_name              = "fleet"
db_username          = "fleet_admin"
db_password          = "@@v@@"
telemetry_retention  = 90
gbfs_bucket          = "velocity-gbfs-paris"
''', v=_v), _v, "Terraform docs: variable definitions .tfvars files (developer.hashicorp.com/terraform/language/values/variables)")

_v = rand_pw(20)
add("cloudformation", "database-password", "infra/cfn/maintenance-db.yaml", fill('''\
AWSTemplateFormatVersion: "2010-09-09"
Description: Maintenance work-order database (depots EU)

Resources:
  MaintenanceDb:
    Type: AWS::RDS::DBInstance
    Properties:
      DBInstanceIdentifier: maintenance-eu
      Engine: postgres
      EngineVersion: "15.5"
      DBInstanceClass: db.t4g.medium
      AllocatedStorage: 50
      MasterUsername: maint_admin
      MasterUserPassword: "@@v@@"
      StorageEncrypted: true
      BackupRetentionPeriod: 7
      DeletionProtection: true
''', v=_v), _v, "AWS CloudFormation docs: AWS::RDS::DBInstance MasterUserPassword (docs.aws.amazon.com/AWSCloudFormation)")

_v = stripe_sk(long=False)
add("pulumi", "stripe-secret-key", "infra/pulumi/Pulumi.prod.yaml", fill('''\
config:
  aws:region: eu-west-1
  velocity:environment: prod
  velocity:riderApiReplicas: "4"
  velocity:stripeSecretKey: @@v@@
  velocity:dbPassword:
    secure: v1:Jd9sJ2xk0qLw8f1r:3mQnq8vFJ2b0ZC1kH4uS9pE7tR5yW6xA0dG==
''', v=_v), _v, "Pulumi docs: configuration, plain vs secure values in Pulumi.<stack>.yaml (pulumi.com/docs/concepts/config)")

_v = draw(40, URLSAFE)
add("serverless", "api-key", "functions/city-feed-push/serverless.yml", fill('''\
service: city-feed-push
frameworkVersion: "3"

provider:
  name: aws
  runtime: python3.12
  region: eu-central-1
  environment:
    TRANSIT_PARTNER_URL: https://partners.transit-aggregator.example/v1/feeds/velocity-share
    TRANSIT_PARTNER_KEY: @@v@@

functions:
  push:
    handler: handler.push_gbfs
    events:
      - schedule: rate(1 minute)
''', v=_v), _v, "Serverless Framework docs: provider environment variables (serverless.com/framework/docs/providers/aws/guide/variables)")

_v = draw(24)
add("bitbucket-pipelines", "app-password", "bitbucket-pipelines.yml", fill('''\
image: python:3.11

pipelines:
  branches:
    main:
      - step:
          name: test
          caches: [pip]
          script:
            - pip install -r requirements.txt
            - pytest -q
      - step:
          name: tag release
          script:
            - git remote set-url origin https://depot-bot:@@v@@@bitbucket.org/velocity/depot-tools.git
            - git tag v$(python -c "import depot_tools; print(depot_tools.__version__)")
            - git push origin --tags
''', v=_v), _v, "Bitbucket docs: app passwords for git over HTTPS (support.atlassian.com/bitbucket-cloud/docs/app-passwords)")

_v = human_pw()
add("jenkinsfile", "password", "firmware/Jenkinsfile", fill('''\
pipeline {
  agent { label 'firmware-builder' }
  environment {
    ARTIFACTORY_URL = 'https://artifacts.scootco.example'
    ARTIFACTORY_USER = 'fw-publisher'
    ARTIFACTORY_PASS = '@@v@@'
  }
  stages {
    stage('Build') {
      steps {
        sh 'make -C ecu all BOARD=rev_d'
      }
    }
    stage('Publish') {
      when { branch 'release/*' }
      steps {
        sh 'curl -u "$ARTIFACTORY_USER:$ARTIFACTORY_PASS" -T ecu/build/ecu.bin "$ARTIFACTORY_URL/firmware/ecu/${BUILD_NUMBER}/ecu.bin"'
      }
    }
  }
}
''', v=_v), _v, "Jenkins docs: Pipeline environment directive (jenkins.io/doc/book/pipeline/syntax/#environment)")

_v = hexs(40)
add("circleci", "api-token", ".circleci/config.yml", fill('''\
version: 2.1

jobs:
  test:
    docker:
      - image: cimg/node:20.11
    steps:
      - checkout
      - run: npm ci
      - run: npm test
  trigger-e2e:
    docker:
      - image: cimg/base:stable
    environment:
      E2E_PROJECT_TOKEN: @@v@@
    steps:
      - run: |
          curl -X POST https://circleci.com/api/v2/project/gh/velocity-share/rider-e2e/pipeline \\
            -H "Circle-Token: $E2E_PROJECT_TOKEN" -H "Content-Type: application/json" \\
            -d '{"branch":"main"}'

workflows:
  main:
    jobs: [test, trigger-e2e]
''', v=_v), _v, "CircleCI docs: API v2 personal tokens, Circle-Token header (circleci.com/docs/managing-api-tokens)")

_v = draw(48, URLSAFE)
add("nginx", "upstream-bearer-token", "infra/nginx/conf.d/mds-relay.conf", fill('''\
# Relays the city's MDS pulls to the data-sharing vendor, which holds our aggregated feed.
upstream mds_vendor {
    server api.mobility-data-vendor.example:443;
    keepalive 8;
}

server {
    listen 443 ssl http2;
    server_name mds.scootco.example;
    ssl_certificate     /etc/nginx/tls/mds.crt;
    ssl_certificate_key /etc/nginx/tls/mds.key;

    location /mds/ {
        proxy_pass https://mds_vendor/providers/scootco/;
        proxy_set_header Host api.mobility-data-vendor.example;
        proxy_set_header Authorization "Bearer @@v@@";
        proxy_ssl_server_name on;
    }
}
''', v=_v), _v, "nginx docs: proxy_set_header (nginx.org/en/docs/http/ngx_http_proxy_module.html#proxy_set_header)")

_key, _v = draw(16, string.ascii_lowercase + string.digits), hexs(32)
add("python", "iot-platform-app-secret", "fleet/vendor/segway_iot.py", fill('''\
"""Client for the scooter vendor's fleet IoT cloud (lock/unlock, headlight, alarm, firmware)."""
import hashlib
import time

import requests

APP_KEY = "@@key@@"
APP_SECRET = "@@v@@"
BASE = "https://fleet-iot.vendor-cloud.example/openapi/v1"


def _sign(params: dict) -> str:
    joined = "&".join(f"{k}={params[k]}" for k in sorted(params))
    return hashlib.md5(f"{joined}&appSecret={APP_SECRET}".encode()).hexdigest().upper()


def command(imei: str, cmd: str) -> dict:
    params = {"appKey": APP_KEY, "imei": imei, "cmd": cmd, "timestamp": int(time.time() * 1000)}
    params["sign"] = _sign(params)
    return requests.post(f"{BASE}/vehicle/command", json=params, timeout=10).json()
''', key=_key, v=_v), _v, "Scooter IoT vendor open API: appKey/appSecret request signing (vendor fleet platform docs)")

_v = rand_pw(20)
add("yaml", "gbfs-partner-basic-auth", "city-portal/ingest/feeds.yaml", fill('''\
# City open-data portal: micromobility feeds we ingest every minute
feeds:
  - operator: Velocity Share
    gbfs: https://gbfs.velocity-share.example/gbfs/2.3/gbfs.json
    auth: none
  - operator: ScootCo
    gbfs: https://partner-gbfs.scootco.example/gbfs/3.0/gbfs.json
    auth:
      type: basic
      username: city-of-utrecht
      password: "@@v@@"
  - operator: CargoBikes BV
    gbfs: https://cargobikes.example/gbfs.json
    auth: none
refresh_seconds: 60
''', v=_v), _v, "GBFS spec: authentication for feeds behind auth (github.com/MobilityData/gbfs/blob/master/gbfs.md)")

_v = base64.b64encode(rbytes(32)).decode()
add("go", "aes-key", "services/rider-id/internal/crypto/licence.go", fill('''\
package crypto

import (
	"crypto/aes"
	"crypto/cipher"
	"crypto/rand"
	"encoding/base64"
)

// licenceKey encrypts driving-licence numbers at rest (moped riders).
var licenceKey, _ = base64.StdEncoding.DecodeString("@@v@@")

func SealLicence(number string) (string, error) {
	block, err := aes.NewCipher(licenceKey)
	if err != nil {
		return "", err
	}
	gcm, err := cipher.NewGCM(block)
	if err != nil {
		return "", err
	}
	nonce := make([]byte, gcm.NonceSize())
	if _, err := rand.Read(nonce); err != nil {
		return "", err
	}
	return base64.StdEncoding.EncodeToString(gcm.Seal(nonce, nonce, []byte(number), nil)), nil
}
''', v=_v), _v, "Go crypto/cipher docs: AES-GCM with a 256-bit key (pkg.go.dev/crypto/cipher); CWE-321")

_v = words_pw()
add("lua", "mqtt-password", "depot/openwrt/files/usr/lib/lua/rackmon/config.lua", fill('''\
-- rackmon: reads charger slot states over RS485 and publishes to the depot broker
local M = {}

M.serial_port = "/dev/ttyUSB0"
M.baud = 19200
M.poll_interval = 5

M.mqtt = {
  host = "10.40.0.5",
  port = 1883,
  client_id = "rackmon-ams-west-2",
  username = "rackmon",
  password = "@@v@@",
  topic_prefix = "racks/ams-west-2",
}

return M
''', v=_v), _v, "OpenWrt Lua modules; MQTT CONNECT username/password (docs.oasis-open.org/mqtt)")
# =================================================================================================
# Decoys: placeholders, references, encrypted values
# =================================================================================================
add("dotenv", "decoy-placeholder", "services/rider-api/.env.example", '''\
# Copy to .env and fill in. Never commit the real file.
NODE_ENV=development
PORT=8080
DATABASE_URL=postgres://rider_api:<password>@localhost:5432/rider
REDIS_URL=redis://localhost:6379/2
STRIPE_SECRET_KEY=sk_live_xxxxxxxxxxxxxxxxxxxxxxxx
STRIPE_WEBHOOK_SECRET=whsec_...
ONFIDO_API_TOKEN=<your-onfido-token>
TWILIO_AUTH_TOKEN=
GBFS_PUBLIC_BASE=http://localhost:8080/gbfs/2.3
''', None, "Twelve-factor config: committed .env.example templates with placeholders (12factor.net/config)")

add("helm", "decoy-template-reference", "charts/rider-api/templates/deployment.yaml", '''\
apiVersion: apps/v1
kind: Deployment
metadata:
  name: {{ include "rider-api.fullname" . }}
spec:
  replicas: {{ .Values.replicaCount }}
  selector:
    matchLabels: {{- include "rider-api.selectorLabels" . | nindent 6 }}
  template:
    metadata:
      labels: {{- include "rider-api.selectorLabels" . | nindent 8 }}
    spec:
      containers:
        - name: rider-api
          image: "{{ .Values.image.repository }}:{{ .Values.image.tag }}"
          env:
            - name: STRIPE_SECRET_KEY
              valueFrom:
                secretKeyRef:
                  name: {{ .Values.stripe.existingSecret }}
                  key: secret-key
            - name: DATABASE_PASSWORD
              valueFrom:
                secretKeyRef:
                  name: rider-api-db
                  key: password
            - name: GBFS_SYSTEM_ID
              value: {{ .Values.gbfs.systemId | quote }}
''', None, "Helm docs: templates and values; Kubernetes secretKeyRef (helm.sh/docs/chart_template_guide)")

add("k8s", "decoy-external-secret", "deploy/k8s/kyc/external-secret.yaml", '''\
apiVersion: external-secrets.io/v1beta1
kind: ExternalSecret
metadata:
  name: onfido-credentials
  namespace: kyc
spec:
  refreshInterval: 1h
  secretStoreRef:
    kind: ClusterSecretStore
    name: aws-secrets-manager
  target:
    name: onfido-credentials
    creationPolicy: Owner
  data:
    - secretKey: ONFIDO_API_TOKEN
      remoteRef:
        key: prod/kyc/onfido
        property: api_token
    - secretKey: ONFIDO_WEBHOOK_TOKEN
      remoteRef:
        key: prod/kyc/onfido
        property: webhook_token
''', None, "External Secrets Operator docs: ExternalSecret remoteRef (external-secrets.io/latest/api/externalsecret)")

_enc = {k: "AgB" + draw(420, ALNUM + "+/") + "==" for k in ("password", "username")}
add("k8s", "decoy-sealed-secret", "deploy/k8s/telemetry/db-sealedsecret.yaml", fill('''\
apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata:
  name: telemetry-db
  namespace: telemetry
spec:
  encryptedData:
    password: @@p@@
    username: @@u@@
  template:
    metadata:
      name: telemetry-db
      namespace: telemetry
    type: Opaque
''', p=_enc["password"], u=_enc["username"]), None, "Bitnami sealed-secrets README: SealedSecret encryptedData (github.com/bitnami-labs/sealed-secrets)")


def sops_value(n: int) -> str:
    return f"ENC[AES256_GCM,data:{base64.b64encode(rbytes(n)).decode()},iv:{base64.b64encode(rbytes(32)).decode()},tag:{base64.b64encode(rbytes(16)).decode()},type:str]"


add("sops", "decoy-encrypted", "secrets/prod/payments.enc.yaml", fill('''\
stripe:
    secret_key: @@a@@
    webhook_secret: @@b@@
adyen:
    api_key: @@c@@
sops:
    kms:
        - arn: arn:aws:kms:eu-west-1:418273650912:key/6f1c2d3e-4a5b-4c6d-8e7f-9a0b1c2d3e4f
          created_at: "2024-02-12T10:21:07Z"
          enc: AQICAHh@@kms@@
          aws_profile: ""
    lastmodified: "2024-03-28T08:14:52Z"
    mac: @@mac@@
    unencrypted_suffix: _unencrypted
    version: 3.8.1
''', a=sops_value(40), b=sops_value(38), c=sops_value(90), kms=draw(160, ALNUM + "+/") + "==", mac=sops_value(32)),
    None, "Mozilla SOPS README: encrypted YAML values ENC[AES256_GCM,...] (github.com/getsops/sops)")

_vault_lines = "\n".join(hexs(80) for _ in range(9))
add("ansible", "decoy-vault-encrypted", "ansible/group_vars/depot_edge/vault.yml", "$ANSIBLE_VAULT;1.1;AES256\n" + _vault_lines + "\n" + hexs(46) + "\n",
    None, "Ansible docs: encrypting content with Ansible Vault, file format (docs.ansible.com/ansible/latest/vault_guide)")

add("terraform", "decoy-variable-reference", "infra/modules/fleet-db/main.tf", '''\
resource "random_password" "fleet_admin" {
  length           = 32
  special          = true
  override_special = "_%@"
}

resource "aws_secretsmanager_secret" "fleet_admin" {
  name = "${var.environment}/fleet-db/admin"
}

resource "aws_secretsmanager_secret_version" "fleet_admin" {
  secret_id     = aws_secretsmanager_secret.fleet_admin.id
  secret_string = random_password.fleet_admin.result
}

resource "aws_db_instance" "fleet" {
  identifier          = "fleet-${var.environment}"
  engine              = "postgres"
  engine_version      = "15.5"
  instance_class      = var.instance_class
  allocated_storage   = 100
  username            = "fleet_admin"
  password            = random_password.fleet_admin.result
  storage_encrypted   = true
  skip_final_snapshot = false
}
''', None, "Terraform docs: random_password and aws_secretsmanager_secret_version (registry.terraform.io/providers/hashicorp/random)")

add("terraform", "decoy-secret-lookup", "infra/envs/prod/secrets.tf", '''\
data "aws_secretsmanager_secret_version" "stripe" {
  secret_id = "prod/payments/stripe"
}

data "aws_ssm_parameter" "mds_signing_kid" {
  name = "/prod/mds/signing-kid"
}

locals {
  stripe = jsondecode(data.aws_secretsmanager_secret_version.stripe.secret_string)
}

module "rider_api" {
  source              = "../../modules/rider-api"
  stripe_secret_key   = local.stripe["secret_key"]
  stripe_webhook_key  = local.stripe["webhook_secret"]
  mds_signing_kid     = data.aws_ssm_parameter.mds_signing_kid.value
}
''', None, "Terraform AWS provider docs: aws_secretsmanager_secret_version data source (registry.terraform.io/providers/hashicorp/aws)")

add("json", "decoy-public-feed", "gbfs/static/gbfs.json", '''\
{
  "last_updated": 1712822400,
  "ttl": 60,
  "version": "2.3",
  "data": {
    "en": {
      "feeds": [
        {"name": "system_information", "url": "https://gbfs.velocity-share.example/gbfs/2.3/en/system_information.json"},
        {"name": "vehicle_types", "url": "https://gbfs.velocity-share.example/gbfs/2.3/en/vehicle_types.json"},
        {"name": "station_information", "url": "https://gbfs.velocity-share.example/gbfs/2.3/en/station_information.json"},
        {"name": "station_status", "url": "https://gbfs.velocity-share.example/gbfs/2.3/en/station_status.json"},
        {"name": "free_bike_status", "url": "https://gbfs.velocity-share.example/gbfs/2.3/en/free_bike_status.json"},
        {"name": "system_pricing_plans", "url": "https://gbfs.velocity-share.example/gbfs/2.3/en/system_pricing_plans.json"},
        {"name": "geofencing_zones", "url": "https://gbfs.velocity-share.example/gbfs/2.3/en/geofencing_zones.json"}
      ]
    }
  }
}
''', None, "MobilityData GBFS 2.3 spec: gbfs.json auto-discovery (github.com/MobilityData/gbfs/blob/v2.3/gbfs.md)")

add("json", "decoy-public-feed", "gbfs/static/system_information.json", fill('''\
{
  "last_updated": 1712822400,
  "ttl": 86400,
  "version": "2.3",
  "data": {
    "system_id": "velocity_amsterdam",
    "language": "en",
    "name": "Velocity Share Amsterdam",
    "operator": "Velocity Share B.V.",
    "url": "https://velocity-share.example",
    "purchase_url": "https://velocity-share.example/passes",
    "timezone": "Europe/Amsterdam",
    "license_url": "https://creativecommons.org/licenses/by/4.0/",
    "feed_contact_email": "gbfs@velocity-share.example",
    "rental_apps": {
      "android": {"store_uri": "https://play.google.com/store/apps/details?id=com.velocityshare.rider", "discovery_uri": "velocity://"},
      "ios": {"store_uri": "https://apps.apple.com/app/id1589034721", "discovery_uri": "velocity://"}
    },
    "brand_assets": {"brand_last_modified": "2024-01-15", "brand_image_url": "https://velocity-share.example/brand/logo.svg"}
  }
}
'''), None, "MobilityData GBFS 2.3 spec: system_information.json (github.com/MobilityData/gbfs/blob/v2.3/gbfs.md)")

_ids = [uuid_s() for _ in range(4)]
add("json", "decoy-uuid-ids", "gbfs/fixtures/free_bike_status.json", fill('''\
{
  "last_updated": 1712822460,
  "ttl": 0,
  "version": "2.3",
  "data": {
    "bikes": [
      {"bike_id": "@@a@@", "lat": 52.37021, "lon": 4.89517, "is_reserved": false, "is_disabled": false, "vehicle_type_id": "escooter", "current_range_meters": 21400},
      {"bike_id": "@@b@@", "lat": 52.36612, "lon": 4.90122, "is_reserved": false, "is_disabled": false, "vehicle_type_id": "escooter", "current_range_meters": 8800},
      {"bike_id": "@@c@@", "lat": 52.37455, "lon": 4.88210, "is_reserved": true, "is_disabled": false, "vehicle_type_id": "ebike", "current_range_meters": 36100},
      {"bike_id": "@@d@@", "lat": 52.35987, "lon": 4.88654, "is_reserved": false, "is_disabled": true, "vehicle_type_id": "ebike", "current_range_meters": 0}
    ]
  }
}
''', a=_ids[0], b=_ids[1], c=_ids[2], d=_ids[3]), None, "GBFS 2.3 spec: free_bike_status.json, bike_id rotated random identifiers (github.com/MobilityData/gbfs)")

add("yaml", "decoy-env-reference", "ingest/providers/velocity.yaml", '''\
# City MDS ingest: provider credentials come from the environment (injected from Vault)
provider:
  name: Velocity Share
  provider_id: 2c1f0e9d-8b7a-4c6d-9e5f-1a2b3c4d5e6f
  mds_api_url: https://mds.velocity-share.example/v2
  api_version: "2.0"
  auth:
    type: oauth2_client_credentials
    token_url: https://auth.velocity-share.example/oauth/token
    client_id: ${VELOCITY_MDS_CLIENT_ID}
    client_secret: ${VELOCITY_MDS_CLIENT_SECRET}
    scope: mds.trips mds.events
  endpoints: [trips, events/historical, vehicles/status]
''', None, "Open Mobility Foundation MDS 2.0: provider authorization via OAuth 2.0 client credentials")

_pk = "pk_live_" + draw(24)
add("js", "decoy-publishable-key", "web/checkout/src/stripe.js", fill('''\
import { loadStripe } from "@stripe/stripe-js";

// Publishable key: safe to ship to browsers. The secret key stays on rider-api.
const STRIPE_PUBLISHABLE_KEY = "@@pk@@";

export const stripePromise = loadStripe(STRIPE_PUBLISHABLE_KEY, { locale: "auto" });

export async function confirmDayPass(clientSecretFromServer, elements) {
  const stripe = await stripePromise;
  return stripe.confirmPayment({
    elements,
    clientSecret: clientSecretFromServer,
    confirmParams: { return_url: `${window.location.origin}/passes/done` },
  });
}
''', pk=_pk), None, "Stripe docs: publishable keys pk_live_ are meant for client-side code (stripe.com/docs/keys)")

_pk = mapbox_token("pk", "velocity-share")
add("html", "decoy-public-map-token", "web/live-map/index.html", fill('''\
<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>Velocity live map</title>
  <link href="https://api.mapbox.com/mapbox-gl-js/v3.2.0/mapbox-gl.css" rel="stylesheet">
  <script src="https://api.mapbox.com/mapbox-gl-js/v3.2.0/mapbox-gl.js"></script>
  <style>body{margin:0} #map{position:absolute;inset:0}</style>
</head>
<body>
  <div id="map"></div>
  <script>
    // public token, URL-restricted to *.velocity-share.example
    mapboxgl.accessToken = "@@pk@@";
    const map = new mapboxgl.Map({
      container: "map",
      style: "mapbox://styles/mapbox/light-v11",
      center: [4.8952, 52.3702],
      zoom: 12.5,
    });
    map.on("load", () => {
      map.addSource("vehicles", { type: "geojson", data: "/gbfs/vehicles.geojson" });
      map.addLayer({ id: "vehicles", type: "circle", source: "vehicles", paint: { "circle-radius": 4, "circle-color": "#0a7" } });
    });
  </script>
</body>
</html>
''', pk=_pk), None, "Mapbox docs: access tokens, public pk. tokens for client-side use with URL restrictions (docs.mapbox.com/help/getting-started/access-tokens)")

add("typescript", "decoy-public-firebase-config", "rider-web/src/firebase.ts", fill('''\
import { initializeApp } from "firebase/app";
import { getMessaging } from "firebase/messaging";

// Firebase web config is public by design; access is governed by security rules + App Check.
const firebaseConfig = {
  apiKey: "@@k@@",
  authDomain: "velocity-rider.firebaseapp.com",
  projectId: "velocity-rider",
  storageBucket: "velocity-rider.appspot.com",
  messagingSenderId: "@@sender@@",
  appId: "1:@@sender@@:web:@@app@@",
};

export const app = initializeApp(firebaseConfig);
export const messaging = getMessaging(app);
''', k=google_key(), sender=str(_rng().randint(10**11, 10**12 - 1)), app=hexs(22)), None,
    "Firebase docs: Learn about using and managing API keys for Firebase, web config is not secret (firebase.google.com/docs/projects/api-keys)")

add("ssh", "decoy-public-key", "ansible/roles/kiosk/files/authorized_keys", fill('''\
# depot kiosk maintenance access -- public keys only
ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI@@a@@ k.dijkstra@depot-ams
ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI@@b@@ m.haddou@depot-rtm
ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABgQ@@c@@ ansible@ops-bastion
ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI@@d@@ backup@nas-ams
''', a=draw(43, ALNUM + "+/"), b=draw(43, ALNUM + "+/"), c=draw(360, ALNUM + "+/") + "=", d=draw(43, ALNUM + "+/")), None,
    "OpenSSH manual: sshd(8) AUTHORIZED_KEYS FILE FORMAT (man.openbsd.org/sshd#AUTHORIZED_KEYS_FILE_FORMAT)")

add("pem", "decoy-certificate", "firmware/dock-ctrl/certs/AmazonRootCA1.pem", cert_pem() + "\n", None,
    "AWS IoT Core docs: server authentication with Amazon Root CA certificates (docs.aws.amazon.com/iot/latest/developerguide/server-authentication.html)")

add("pem", "decoy-public-key", "mds-auth/keys/mds-2024-01.pub.pem", pub_pem() + "\n", None,
    "RFC 7468: textual encoding of SubjectPublicKeyInfo, BEGIN PUBLIC KEY")

add("json", "decoy-jwks", "mds-auth/public/.well-known/jwks.json", fill('''\
{
  "keys": [
    {
      "kty": "EC",
      "crv": "P-256",
      "kid": "mds-2024-01",
      "use": "sig",
      "alg": "ES256",
      "x": "@@x1@@",
      "y": "@@y1@@"
    },
    {
      "kty": "RSA",
      "kid": "mds-2023-02",
      "use": "sig",
      "alg": "RS256",
      "e": "AQAB",
      "n": "@@n@@"
    }
  ]
}
''', x1=b64url(rbytes(32)), y1=b64url(rbytes(32)), n=b64url(rbytes(256))), None,
    "RFC 7517 JSON Web Key Set; public EC/RSA parameters only (no d)")

_h = [bcrypt_hash() for _ in range(3)]
add("sql", "decoy-password-hash", "db/seeds/ops_portal_users.sql", fill('''\
-- Seed admin users for the ops portal (staging). Passwords are bcrypt hashes; people reset on first login.
INSERT INTO portal_users (email, display_name, role, password_hash, must_reset) VALUES
  ('k.dijkstra@velocity-share.example', 'Kees Dijkstra', 'depot_lead', '@@a@@', true),
  ('m.haddou@velocity-share.example', 'Mina Haddou', 'rebalancing', '@@b@@', true),
  ('ops-readonly@velocity-share.example', 'Ops read-only', 'viewer', '@@c@@', true)
ON CONFLICT (email) DO NOTHING;
''', a=_h[0], b=_h[1], c=_h[2]), None, "bcrypt modular crypt format $2b$ (en.wikipedia.org/wiki/Bcrypt); stored hashes, not passwords")

_ar = "$argon2id$v=19$m=65536,t=3,p=4$" + b64url(rbytes(16)) + "$" + b64url(rbytes(32))
add("yaml", "decoy-password-hash", "opsportal/fixtures/users.yaml", fill('''\
- model: accounts.user
  pk: 1
  fields:
    username: depot-lead-ams
    email: depot-lead-ams@scootco.example
    password: "argon2@@h@@"
    is_staff: true
    groups: [depot_leads]
- model: accounts.user
  pk: 2
  fields:
    username: mechanic-demo
    email: mechanic-demo@scootco.example
    password: "!"
    is_staff: false
    groups: [mechanics]
''', h=_ar), None, "Django docs: password storage, argon2 hashes in the password field; '!' unusable password")

add("mosquitto-conf", "decoy-password-hash", "infra/mqtt/passwd", fill('''\
dock-fw-revc:$7$101$@@s1@@$@@h1@@
ingest-telemetry:$7$101$@@s2@@$@@h2@@
rackmon:$7$101$@@s3@@$@@h3@@
''', s1=base64.b64encode(rbytes(12)).decode(), h1=base64.b64encode(rbytes(64)).decode(),
      s2=base64.b64encode(rbytes(12)).decode(), h2=base64.b64encode(rbytes(64)).decode(),
      s3=base64.b64encode(rbytes(12)).decode(), h3=base64.b64encode(rbytes(64)).decode()) + "# managed by mosquitto_passwd, do not edit by hand\n# see infra/mqtt/README.md\n",
    None, "Mosquitto docs: mosquitto_passwd, PBKDF2-SHA512 $7$ hashes (mosquitto.org/man/mosquitto_passwd-1.html)")

add("htpasswd", "decoy-password-hash", "infra/nginx/htpasswd-grafana-kiosk", fill('''\
kiosk-ams:$apr1$@@s1@@$@@h1@@
kiosk-rtm:$apr1$@@s2@@$@@h2@@
kiosk-utr:$2y$10$@@b@@
depot-tv:$apr1$@@s3@@$@@h3@@
wallboard:$apr1$@@s4@@$@@h4@@
''', s1=draw(8, ALNUM + "./"), h1=draw(22, ALNUM + "./"), s2=draw(8, ALNUM + "./"), h2=draw(22, ALNUM + "./"),
      b=draw(53, ALNUM + "./"), s3=draw(8, ALNUM + "./"), h3=draw(22, ALNUM + "./"), s4=draw(8, ALNUM + "./"), h4=draw(22, ALNUM + "./")),
    None, "Apache docs: htpasswd password formats, $apr1$ and bcrypt (httpd.apache.org/docs/2.4/misc/password_encryptions.html)")

add("checksums", "decoy-checksum", "firmware/releases/ecu-4.12.0/SHA256SUMS", fill('''\
@@a@@  ecu-rev_c-4.12.0.bin
@@b@@  ecu-rev_d-4.12.0.bin
@@c@@  bms-bridge-1.3.7.bin
@@d@@  dock-ctrl-2.9.1.bin
@@e@@  release-notes.md
''', a=hexs(64), b=hexs(64), c=hexs(64), d=hexs(64), e=hexs(64)), None, "GNU coreutils sha256sum output format (gnu.org/software/coreutils/manual)")

add("json", "decoy-firmware-manifest", "firmware/releases/ecu-4.12.0/manifest.json", fill('''\
{
  "product": "scooter-ecu",
  "version": "4.12.0",
  "min_bootloader": "2.1.0",
  "images": [
    {"board": "rev_c", "file": "ecu-rev_c-4.12.0.bin", "size": 421376, "sha256": "@@a@@"},
    {"board": "rev_d", "file": "ecu-rev_d-4.12.0.bin", "size": 429568, "sha256": "@@b@@"}
  ],
  "signature": {
    "alg": "ES256",
    "key_id": "fw-signing-2024",
    "value": "@@sig@@"
  },
  "rollout": {"canary_percent": 2, "cities": ["rotterdam"]}
}
''', a=hexs(64), b=hexs(64), sig=base64.b64encode(rbytes(64)).decode()), None,
    "Firmware update manifests with SHA-256 digests and an ECDSA signature (public verification data; e.g. SUIT manifests RFC 9019)")

add("csv", "decoy-device-ids", "telematics/sims/inventory-2024-04.csv", fill('''\
iccid,imsi,imei,vehicle_id,apn,status,activated_on
@@i1@@,@@m1@@,@@e1@@,SC-48122,iot.1nce.net,ACTIVE,2023-05-02
@@i2@@,@@m2@@,@@e2@@,SC-48123,iot.1nce.net,ACTIVE,2023-05-02
@@i3@@,@@m3@@,@@e3@@,EB-10077,em,ACTIVE,2023-09-14
@@i4@@,@@m4@@,@@e4@@,EB-10078,em,SUSPENDED,2023-09-14
@@i5@@,@@m5@@,@@e5@@,DOCK-0412,iot.1nce.net,ACTIVE,2024-01-20
''', **{f"i{n}": "8988228" + draw(12, string.digits) for n in range(1, 6)},
      **{f"m{n}": "901405" + draw(9, string.digits) for n in range(1, 6)},
      **{f"e{n}": "86" + draw(13, string.digits) for n in range(1, 6)}), None,
    "ITU-T E.118 ICCID / IMSI / IMEI identifiers in a SIM inventory export (1NCE, emnify public APNs iot.1nce.net / em)")

add("markdown", "decoy-public-apn", "docs/telematics/modem-setup.md", '''\
# Modem setup for IoT modules (Quectel BG95 / EG91)

Both SIM vendors use public APNs without credentials. Do not invent a user or password:
the module will then fail PAP and fall back to no auth after 30s.

| SIM vendor | APN            | User | Password |
|------------|----------------|------|----------|
| 1NCE       | `iot.1nce.net` | -    | -        |
| emnify     | `em`           | -    | -        |

```
AT+CGDCONT=1,"IP","iot.1nce.net"
AT+QICSGP=1,1,"iot.1nce.net","","",0
AT+CGAUTH=1,0
AT+COPS=0
```

Check registration with `AT+CEREG?` (expect `0,1` or `0,5` when roaming).
''', None, "1NCE and emnify docs: APN settings without credentials; Quectel BG95 AT commands manual")

add("yaml", "decoy-env-reference", "iot/lorawan/devices/dock-sensor-template.yaml", '''\
# Dock occupancy sensor profile; keys are generated per device by the provisioning job
# (scripts/provision_lorawan.py) and stored only in the join server.
device_profile: dragino-ldds75
lorawan_version: 1.0.3
region: EU868
activation: OTAA
dev_eui: "{{ device.dev_eui }}"
join_eui: "0000000000000000"
app_key: "{{ lookup('community.hashi_vault.hashi_vault', 'secret=lorawan/data/' ~ device.dev_eui ~ ':app_key') }}"
uplink_interval_s: 300
payload_codec: codecs/ldds75.js
''', None, "Ansible community.hashi_vault lookup; LoRaWAN OTAA DevEUI/JoinEUI are public identifiers")

add("python", "decoy-env-lookup", "billing/settings.py", '''\
"""Billing service settings: everything sensitive comes from the environment (ECS task secrets)."""
import os

STRIPE_SECRET_KEY = os.environ["STRIPE_SECRET_KEY"]
STRIPE_WEBHOOK_SECRET = os.environ["STRIPE_WEBHOOK_SECRET"]
ADYEN_API_KEY = os.environ.get("ADYEN_API_KEY", "")
DATABASE_URL = os.environ.get("DATABASE_URL", "postgresql://billing@localhost/billing")
RIDE_HOLD_AMOUNT_CENTS = int(os.environ.get("RIDE_HOLD_AMOUNT_CENTS", "100"))
SENTRY_DSN = os.getenv("SENTRY_DSN")

if not STRIPE_SECRET_KEY.startswith(("sk_live_", "sk_test_", "rk_live_")):
    raise RuntimeError("STRIPE_SECRET_KEY does not look like a Stripe secret key")
''', None, "Python docs: os.environ; AWS ECS docs: injecting secrets as environment variables")

add("go", "decoy-vault-lookup", "services/ops-api/internal/config/secrets.go", '''\
package config

import (
	"context"
	"fmt"

	vault "github.com/hashicorp/vault/api"
)

// LoadSigningSecret reads the crew-token HMAC secret from Vault KV v2 at startup.
func LoadSigningSecret(ctx context.Context, c *vault.Client) ([]byte, error) {
	s, err := c.KVv2("kv").Get(ctx, "ops-api/crew-tokens")
	if err != nil {
		return nil, fmt.Errorf("vault read: %w", err)
	}
	v, ok := s.Data["hmac_secret"].(string)
	if !ok || len(v) < 32 {
		return nil, fmt.Errorf("hmac_secret missing or too short")
	}
	return []byte(v), nil
}
''', None, "HashiCorp Vault Go client docs: KVv2 Get (pkg.go.dev/github.com/hashicorp/vault/api)")

add("java", "decoy-config-reference", "payments-service/src/main/java/com/velo/payments/AdyenProperties.java", '''\
package com.velo.payments;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

@Component
public class AdyenProperties {

    @Value("${adyen.api-key}")
    private String apiKey;

    @Value("${adyen.hmac-key}")
    private String hmacKey;

    @Value("${adyen.merchant-account:VeloShareEU_Rides}")
    private String merchantAccount;

    public String apiKey() { return apiKey; }
    public String hmacKey() { return hmacKey; }
    public String merchantAccount() { return merchantAccount; }
}
''', None, "Spring Framework docs: @Value property placeholders (docs.spring.io/spring-framework/reference/core/beans/annotation-config/value-annotations.html)")

add("compose", "decoy-env-reference", "deploy/compose/depot-edge.yml", '''\
services:
  mosquitto:
    image: eclipse-mosquitto:2.0.18
    ports: ["1883:1883"]
    volumes:
      - ./mosquitto/mosquitto.conf:/mosquitto/config/mosquitto.conf:ro
      - ./mosquitto/passwd:/mosquitto/config/passwd:ro
  parts-db:
    image: postgres:16
    environment:
      POSTGRES_USER: parts
      POSTGRES_PASSWORD: ${PARTS_DB_PASSWORD:?set PARTS_DB_PASSWORD in /etc/depot/edge.env}
    volumes: ["/srv/parts-db:/var/lib/postgresql/data"]
  rack-exporter:
    image: registry.scootco.example/rack-exporter:0.9.4
    env_file: /etc/depot/edge.env
    ports: ["9105:9105"]
''', None, "Docker Compose docs: interpolation ${VAR:?error} (docs.docker.com/compose/environment-variables/variable-interpolation)")

add("github-actions", "decoy-secrets-context", ".github/workflows/rider-api-deploy.yml", '''\
name: rider-api deploy

on:
  push:
    tags: ["rider-api-v*"]

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
          role-to-assume: arn:aws:iam::418273650912:role/gha-rider-api-deploy
          aws-region: eu-west-1
      - name: Render task definition
        env:
          STRIPE_SECRET_ARN: ${{ secrets.STRIPE_SECRET_ARN }}
          SLACK_WEBHOOK_URL: ${{ secrets.DEPLOY_SLACK_WEBHOOK }}
        run: ./deploy/render-taskdef.sh > taskdef.json
      - run: aws ecs update-service --cluster rider --service rider-api --force-new-deployment
''', None, "GitHub Actions docs: using secrets in workflows and OIDC role assumption (docs.github.com/actions/security-guides/using-secrets-in-github-actions)")

add("gitlab-ci", "decoy-masked-variable", "firmware/.gitlab-ci.yml", '''\
stages: [build, sign, publish]

build:
  stage: build
  image: registry.scootco.example/fw-toolchain:gcc-12
  script:
    - make -C ecu all BOARD=$BOARD
  parallel:
    matrix:
      - BOARD: [rev_c, rev_d]
  artifacts:
    paths: [ecu/build/]

sign:
  stage: sign
  image: registry.scootco.example/fw-signer:1.4
  script:
    # FW_SIGNING_KEY_ID is a KMS key id; the private key never leaves KMS
    - fw-sign --kms-key "$FW_SIGNING_KEY_ID" ecu/build/*.bin
  rules:
    - if: $CI_COMMIT_TAG

publish:
  stage: publish
  script:
    - curl --fail -u "ci-fw:$ARTIFACTORY_TOKEN" -T ecu/build/ecu.bin "$ARTIFACTORY_URL/firmware/ecu/$CI_COMMIT_TAG/"
  rules:
    - if: $CI_COMMIT_TAG
''', None, "GitLab docs: CI/CD variables, masked and protected variables (docs.gitlab.com/ee/ci/variables)")

add("log", "decoy-redacted", "docs/incidents/2024-03-payments-outage-log.txt", '''\
2024-03-14T18:02:11Z rider-api[4121] INFO  stripe request POST /v1/payment_intents key=sk_live_****************************9xQ2 idempotency=ride-88213-hold
2024-03-14T18:02:12Z rider-api[4121] ERROR stripe 401 authentication_error: Invalid API Key provided: sk_live_********************************9xQ2
2024-03-14T18:02:12Z rider-api[4121] WARN  falling back to wallet balance for ride 88213
2024-03-14T18:02:40Z rider-api[4122] INFO  config reload: STRIPE_SECRET_KEY=[REDACTED] (source=ssm:/prod/payments/stripe)
2024-03-14T18:02:41Z rider-api[4122] INFO  stripe request POST /v1/payment_intents key=sk_live_****************************7bLm idempotency=ride-88213-hold
2024-03-14T18:02:42Z rider-api[4122] INFO  payment_intent pi_3OuJx2Hn8vQWc0pX0aT5kQ1r status=requires_capture
''', None, "Stripe docs: API keys are shown redacted in logs and the dashboard (stripe.com/docs/keys)")

add("python", "decoy-vendor-example", "tests/payments/test_stripe_client.py", '''\
"""Unit tests for the Stripe wrapper against stripe-mock (never the real API)."""
import pytest
import stripe

from billing.stripe_client import hold_for_ride

# The sample test key from Stripe's own API reference; it only works against stripe-mock.
STRIPE_DOCS_TEST_KEY = "sk_test_4eC39HqLyjWDarjtT1zdp7dc"


@pytest.fixture(autouse=True)
def stripe_mock(monkeypatch):
    monkeypatch.setattr(stripe, "api_key", STRIPE_DOCS_TEST_KEY)
    monkeypatch.setattr(stripe, "api_base", "http://localhost:12111")


def test_hold_creates_manual_capture_intent():
    pi = hold_for_ride(ride_id="ride-1", amount_cents=100, customer="cus_9s6XKzkNRiz8i3")
    assert pi.capture_method == "manual"
''', None, "Stripe API reference sample key and stripe-mock (github.com/stripe/stripe-mock)")

add("markdown", "decoy-vendor-example", "docs/runbooks/aws-cli-profiles.md", '''\
# AWS CLI profiles for the data team

We use SSO; nobody should have long-lived keys. If a tool insists on a credentials file,
this is the shape (values straight from the AWS docs, they do not work):

```ini
[example]
aws_access_key_id = AKIAIOSFODNN7EXAMPLE
aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY
```

For real work:

```sh
aws configure sso --profile trips-analytics
aws sso login --profile trips-analytics
aws s3 ls s3://scootco-city-trip-exports/ --profile trips-analytics
```
''', None, "AWS docs: example access keys AKIAIOSFODNN7EXAMPLE (docs.aws.amazon.com/IAM/latest/UserGuide/security-creds.html)")

# =================================================================================================
# Decoys: public client identifiers, code that reads secrets, docs and fixtures
# =================================================================================================
add("html", "decoy-public-maps-key", "web/station-finder/index.html", fill('''\
<!doctype html>
<html>
<head>
  <meta charset="utf-8">
  <title>Find a docking station</title>
  <!-- Maps JavaScript API key: browser key, HTTP-referrer restricted to velocity-share.example/*,
       only the Maps JavaScript API enabled. It is visible to every visitor by design. -->
  <script async src="https://maps.googleapis.com/maps/api/js?key=@@k@@&callback=initMap&libraries=marker"></script>
  <script src="/js/stations.js" defer></script>
</head>
<body>
  <h1>Docking stations near you</h1>
  <div id="map" style="height: 80vh"></div>
</body>
</html>
''', k=google_key()), None, "Google Maps Platform docs: Maps JavaScript API key in the script tag, restricted by HTTP referrer (developers.google.com/maps/documentation/javascript/get-api-key)")

add("js", "decoy-public-dsn", "rider-web/src/sentry.js", fill('''\
import * as Sentry from "@sentry/browser";

// DSNs are safe to expose in client code (they only allow sending events).
Sentry.init({
  dsn: "https://@@k@@@o418273.ingest.sentry.io/4505123456789012",
  release: process.env.RELEASE_SHA,
  environment: "production",
  tracesSampleRate: 0.05,
  ignoreErrors: ["ResizeObserver loop limit exceeded"],
});
''', k=hexs(32)), None, "Sentry docs: DSN explainer, DSNs are safe to keep public (docs.sentry.io/product/sentry-basics/concepts/dsn-explainer)")

add("typescript", "decoy-public-analytics-token", "rider-web/src/analytics.ts", fill('''\
import mixpanel from "mixpanel-browser";

// Project token (public, sent with every browser event). The API secret is not used on the web.
const MIXPANEL_PROJECT_TOKEN = "@@k@@";

mixpanel.init(MIXPANEL_PROJECT_TOKEN, { api_host: "https://api-eu.mixpanel.com", persistence: "localStorage" });

export function trackUnlock(vehicleType: string, city: string) {
  mixpanel.track("vehicle_unlocked", { vehicle_type: vehicleType, city });
}
''', k=hexs(32)), None, "Mixpanel docs: project token is public, not a secret (docs.mixpanel.com/docs/tracking-methods/sdks/javascript)")

add("js", "decoy-search-only-key", "rider-web/src/stationSearch.js", fill('''\
import algoliasearch from "algoliasearch/lite";

// Search-only API key: meant for the front end (ACL: search). Admin key lives in the indexer only.
const client = algoliasearch("@@app@@", "@@k@@");
const index = client.initIndex("stations_prod");

export async function searchStations(query, { lat, lng }) {
  const { hits } = await index.search(query, { aroundLatLng: `${lat}, ${lng}`, hitsPerPage: 10 });
  return hits.map((h) => ({ id: h.station_id, name: h.name, bikes: h.num_bikes_available }));
}
''', app=draw(10, string.ascii_uppercase + string.digits), k=hexs(32)), None,
    "Algolia docs: API keys, search-only API key is safe for front-end use (algolia.com/doc/guides/security/api-keys)")

add("html", "decoy-public-site-key", "web/signup/signup.html", fill('''\
<form id="signup" action="/api/riders" method="post">
  <label>Email <input type="email" name="email" required></label>
  <label>Phone <input type="tel" name="phone" required></label>
  <label><input type="checkbox" name="terms" required> I accept the rental terms</label>
  <div class="g-recaptcha" data-sitekey="6L@@k@@"></div>
  <button type="submit">Create account</button>
</form>
<script src="https://www.google.com/recaptcha/api.js" async defer></script>
''', k=draw(38, URLSAFE)), None, "Google reCAPTCHA docs: the site key is used in the HTML served to users (developers.google.com/recaptcha/docs/display)")

add("typescript", "decoy-public-client-key", "rider-web/src/checkout/adyenDropin.ts", fill('''\
import AdyenCheckout from "@adyen/adyen-web";

// Client key: public, tied to allowed origins in the Customer Area. API key stays server-side.
export async function mountDropin(el: HTMLElement, session: { id: string; sessionData: string }) {
  const checkout = await AdyenCheckout({
    environment: "live",
    clientKey: "live_@@k@@",
    session,
    onPaymentCompleted: (result: { resultCode: string }) => {
      window.location.href = `/passes/result?code=${result.resultCode}`;
    },
  });
  checkout.create("dropin").mount(el);
}
''', k=draw(32, string.ascii_uppercase + string.digits)), None,
    "Adyen docs: client key for web Drop-in is public, restricted by allowed origins (docs.adyen.com/development-resources/client-side-authentication)")

add("json", "decoy-key-vault-reference", "src/Dock.Notifications/appsettings.json", '''\
{
  "Logging": { "LogLevel": { "Default": "Information" } },
  "Twilio": {
    "AccountSid": "@Microsoft.KeyVault(SecretUri=https://kv-dock-prod.vault.azure.net/secrets/twilio-account-sid/)",
    "AuthToken": "@Microsoft.KeyVault(SecretUri=https://kv-dock-prod.vault.azure.net/secrets/twilio-auth-token/)",
    "FromNumber": "+14155550147"
  },
  "ConnectionStrings": {
    "DockDb": "@Microsoft.KeyVault(VaultName=kv-dock-prod;SecretName=dockdb-connection)"
  }
}
''', None, "Azure App Service docs: Key Vault references @Microsoft.KeyVault(SecretUri=...) (learn.microsoft.com/azure/app-service/app-service-key-vault-references)")

add("cloudformation", "decoy-dynamic-reference", "infra/cfn/rider-api-db.yaml", '''\
AWSTemplateFormatVersion: "2010-09-09"
Description: Rider API database

Parameters:
  Environment:
    Type: String
    AllowedValues: [staging, prod]

Resources:
  RiderDb:
    Type: AWS::RDS::DBInstance
    Properties:
      Engine: postgres
      DBInstanceClass: db.r6g.large
      AllocatedStorage: 100
      MasterUsername: '{{resolve:secretsmanager:rider-db-admin:SecretString:username}}'
      MasterUserPassword: '{{resolve:secretsmanager:rider-db-admin:SecretString:password}}'
      StorageEncrypted: true
  RiderApiParam:
    Type: AWS::SSM::Parameter
    Properties:
      Name: !Sub /${Environment}/rider-api/db-host
      Type: String
      Value: !GetAtt RiderDb.Endpoint.Address
''', None, "AWS CloudFormation docs: dynamic references {{resolve:secretsmanager:...}} (docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/dynamic-references.html)")

add("spring-yaml", "decoy-env-reference", "fleet-state/src/main/resources/application-prod.yml", '''\
spring:
  datasource:
    url: jdbc:postgresql://${FLEET_DB_HOST}:5432/fleet_state
    username: ${FLEET_DB_USER}
    password: ${FLEET_DB_PASSWORD}
  kafka:
    bootstrap-servers: ${KAFKA_BOOTSTRAP}
    properties:
      security.protocol: SASL_SSL
      sasl.mechanism: PLAIN
      sasl.jaas.config: org.apache.kafka.common.security.plain.PlainLoginModule required username="${KAFKA_API_KEY}" password="${KAFKA_API_SECRET}";
fleet:
  stale-after: 15m
''', None, "Spring Boot docs: externalized configuration, property placeholders ${...} (docs.spring.io/spring-boot/reference/features/external-config.html)")

add("markdown", "decoy-secret-manager-cli", "docs/runbooks/rotate-stripe-key.md", '''\
# Rotating the Stripe secret key

1. In the Stripe dashboard, roll the key (`Developers > API keys > Roll key`), expiry 12h.
2. Store the new value without it touching your shell history:

   ```sh
   op item edit "Stripe prod" "secret key[password]=$(pbpaste)" --vault Payments
   aws ssm put-parameter --name /prod/payments/stripe/secret_key --type SecureString \\
     --value "$(op read 'op://Payments/Stripe prod/secret key')" --overwrite
   ```
3. Redeploy `rider-api` and `billing` (they read SSM at boot).
4. Watch `stripe_auth_errors_total` in Grafana for 15 minutes.
5. Let the old key expire; do not delete it early.

The key looks like `sk_live_...`; never paste it in Slack or a ticket.
''', None, "1Password CLI docs: op read secret references op://vault/item/field (developer.1password.com/docs/cli/secret-references)")

add("shell", "decoy-secret-manager-cli", "scripts/ops/fetch_mds_token.sh", '''\
#!/usr/bin/env bash
# Prints a fresh MDS token for a city partner (for debugging their 401s). Needs ops-admin SSO.
set -euo pipefail
CITY=${1:?city slug, e.g. lisbon}

CLIENT_SECRET=$(aws secretsmanager get-secret-value \\
  --secret-id "prod/mds/partners/${CITY}" \\
  --query SecretString --output text | jq -r .client_secret)

curl -s -X POST https://auth.scootco.example/oauth/token \\
  -d grant_type=client_credentials \\
  -d client_id="mds-${CITY}" \\
  --data-urlencode client_secret="${CLIENT_SECRET}" | jq -r .access_token
''', None, "AWS CLI docs: secretsmanager get-secret-value (docs.aws.amazon.com/cli/latest/reference/secretsmanager/get-secret-value.html)")

add("dockerfile", "decoy-build-secret", "services/rider-api/Dockerfile", '''\
# syntax=docker/dockerfile:1.6
FROM node:20-alpine AS deps
WORKDIR /app
COPY package.json package-lock.json .npmrc.ci ./
RUN --mount=type=secret,id=npm_token \\
    NPM_TOKEN="$(cat /run/secrets/npm_token)" npm ci --userconfig .npmrc.ci

FROM node:20-alpine
WORKDIR /app
COPY --from=deps /app/node_modules ./node_modules
COPY . .
ENV NODE_ENV=production
USER node
CMD ["node", "dist/server.js"]
''', None, "Docker docs: build secrets, RUN --mount=type=secret (docs.docker.com/build/building/secrets)")

add("npmrc", "decoy-env-reference", "packages/rider-sdk/.npmrc", '''\
@velocity:registry=https://npm.pkg.github.com
//npm.pkg.github.com/:_authToken=${NODE_AUTH_TOKEN}
//registry.npmjs.org/:_authToken=${NPM_TOKEN}
save-exact=true
fund=false
''', None, "npm docs: .npmrc environment variable substitution ${NPM_TOKEN} (docs.npmjs.com/cli/configuring-npm/npmrc)")

add("kotlin", "decoy-config-reference", "android/app/build.gradle.kts", '''\
import java.util.Properties

plugins {
    id("com.android.application")
    id("org.jetbrains.kotlin.android")
}

val localProps = Properties().apply {
    val f = rootProject.file("local.properties")
    if (f.exists()) f.inputStream().use { load(it) }
}

android {
    namespace = "com.scootco.rider"
    compileSdk = 34
    defaultConfig {
        applicationId = "com.scootco.rider"
        minSdk = 26
        targetSdk = 34
        versionCode = 41207
        versionName = "4.12.7"
        manifestPlaceholders["MAPS_API_KEY"] = localProps.getProperty("MAPS_API_KEY", System.getenv("MAPS_API_KEY") ?: "")
        buildConfigField("String", "API_BASE", "\\"https://api.scootco.example\\"")
    }
    buildFeatures { buildConfig = true }
}
''', None, "Android docs: manifestPlaceholders and local.properties for API keys (developers.google.com/maps/documentation/android-sdk/secrets-gradle-plugin)")

add("swift", "decoy-keychain-lookup", "ios/Rider/Auth/TokenStore.swift", '''\
import Foundation
import Security

/// Stores the rider session token in the Keychain; nothing sensitive is compiled into the app.
enum TokenStore {
    private static let service = "com.scootco.rider.session"

    static func save(_ token: String) {
        let query: [String: Any] = [kSecClass as String: kSecClassGenericPassword,
                                    kSecAttrService as String: service,
                                    kSecValueData as String: Data(token.utf8)]
        SecItemDelete(query as CFDictionary)
        SecItemAdd(query as CFDictionary, nil)
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
''', None, "Apple docs: Keychain Services, SecItemAdd / SecItemCopyMatching (developer.apple.com/documentation/security/keychain_services)")

add("php", "decoy-env-lookup", "partner-portal/config/services.php", '''\
<?php

return [
    'mailgun' => [
        'domain' => env('MAILGUN_DOMAIN'),
        'secret' => env('MAILGUN_SECRET'),
        'endpoint' => env('MAILGUN_ENDPOINT', 'api.eu.mailgun.net'),
        'scheme' => 'https',
    ],

    'stripe' => [
        'key' => env('STRIPE_KEY'),
        'secret' => env('STRIPE_SECRET'),
        'webhook' => [
            'secret' => env('STRIPE_WEBHOOK_SECRET'),
            'tolerance' => env('STRIPE_WEBHOOK_TOLERANCE', 300),
        ],
    ],
];
''', None, "Laravel docs: config/services.php with env() helper (laravel.com/docs/configuration)")

_age = "YWdlLWVuY3J5cHRpb24ub3JnL3YxCi0+IFgyNTUxOSB" + base64.b64encode(rbytes(420)).decode()
add("age", "decoy-encrypted", "secrets/depot/wifi-psk.age", "-----BEGIN AGE ENCRYPTED FILE-----\n"
    + "\n".join(_age[i:i + 64] for i in range(0, len(_age), 64)) + "\n-----END AGE ENCRYPTED FILE-----\n",
    None, "age specification: ASCII-armored encrypted file (age-encryption.org/v1, github.com/C2SP/C2SP/blob/main/age.md)")

add("ruby", "decoy-credentials-lookup", "app/services/payments/stripe_client.rb", '''\
module Payments
  class StripeClient
    def initialize(api_key: Rails.application.credentials.dig(:stripe, :secret_key))
      raise ArgumentError, "stripe secret key missing" if api_key.blank?

      @client = Stripe::StripeClient.new(api_key)
    end

    def hold(ride)
      @client.v1.payment_intents.create(
        amount: ride.hold_amount_cents,
        currency: ride.currency,
        customer: ride.rider.stripe_customer_id,
        capture_method: "manual",
        metadata: { ride_id: ride.public_id }
      )
    end
  end
end
''', None, "Rails guides: Rails.application.credentials.dig (guides.rubyonrails.org/security.html)")

add("yaml", "decoy-password-policy", "opsportal/config/security.yml", '''\
password_policy:
  min_length: 14
  require_mixed_case: true
  require_digit: true
  require_symbol: false
  max_age_days: 0
  history: 5
  breached_password_check: true
session:
  idle_timeout_minutes: 30
  absolute_timeout_hours: 12
api_keys:
  max_per_user: 2
  default_ttl_days: 90
  prefix: "vsk_"
mfa:
  required_roles: [depot_lead, admin, payments]
''', None, "NIST SP 800-63B: memorized secret verifier requirements (pages.nist.gov/800-63-3/sp800-63b.html)")

add("json", "decoy-i18n-strings", "rider-web/src/locales/en/auth.json", '''\
{
  "password": "Password",
  "password_placeholder": "At least 14 characters",
  "forgot_password": "Forgot your password?",
  "reset_password_sent": "We sent a reset link to {{email}}.",
  "api_key_title": "Business API keys",
  "api_key_hint": "Your key is shown once. Store it in a password manager.",
  "token_expired": "Your session expired, please log in again.",
  "secret_question": "Security question"
}
''', None, "i18next docs: JSON translation resources (i18next.com/misc/json-format)")

add("openapi", "decoy-schema-example", "api/openapi/rebalancing.yaml", '''\
openapi: 3.0.3
info:
  title: Rebalancing tasks API
  version: 1.4.0
servers:
  - url: https://ops.velocity-share.example/api
components:
  securitySchemes:
    bearerAuth:
      type: http
      scheme: bearer
      bearerFormat: JWT
    partnerKey:
      type: apiKey
      in: header
      name: X-Api-Key
security:
  - bearerAuth: []
paths:
  /rebalancing/tasks:
    get:
      summary: List tasks
      parameters:
        - in: query
          name: shift
          schema: {type: string, enum: [day, night]}
      responses:
        "200":
          description: OK
  /auth/token:
    post:
      summary: Exchange crew PIN for a token
      requestBody:
        content:
          application/json:
            example: {crew_id: "crew-0042", pin: "<6-digit pin>"}
      responses:
        "200":
          description: OK
          content:
            application/json:
              example: {access_token: "<jwt>", expires_in: 36000}
''', None, "OpenAPI 3.0 spec: securitySchemes bearer and apiKey (spec.openapis.org/oas/v3.0.3)")

add("postman", "decoy-variable-reference", "postman/Fleet-ops.postman_collection.json", '''\
{
  "info": {
    "name": "Fleet ops",
    "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"
  },
  "auth": {
    "type": "bearer",
    "bearer": [{"key": "token", "value": "{{ops_token}}", "type": "string"}]
  },
  "item": [
    {
      "name": "Vehicle status",
      "request": {
        "method": "GET",
        "url": "{{base_url}}/v1/vehicles/{{vehicle_id}}",
        "header": [{"key": "X-Api-Key", "value": "{{partner_api_key}}"}]
      }
    }
  ],
  "variable": [
    {"key": "base_url", "value": "https://fleet-api.scootco.example"},
    {"key": "vehicle_id", "value": "SC-48122"}
  ]
}
''', None, "Postman docs: collection variables {{var}} and bearer auth (learning.postman.com/docs/sending-requests/variables)")

add("nginx", "decoy-file-reference", "infra/nginx/conf.d/grafana-kiosk.conf", '''\
server {
    listen 443 ssl http2;
    server_name wallboard.depots.scootco.example;

    ssl_certificate     /etc/letsencrypt/live/wallboard.depots.scootco.example/fullchain.pem;
    ssl_certificate_key /etc/letsencrypt/live/wallboard.depots.scootco.example/privkey.pem;

    location / {
        auth_basic "Depot wallboards";
        auth_basic_user_file /etc/nginx/htpasswd-grafana-kiosk;
        proxy_pass http://127.0.0.1:3000;
        proxy_set_header X-WEBAUTH-USER $remote_user;
    }
}
''', None, "nginx docs: auth_basic_user_file, ssl_certificate_key paths (nginx.org/en/docs/http/ngx_http_auth_basic_module.html)")

add("yaml", "decoy-file-reference", "monitoring/prometheus/prometheus.yml", '''\
global:
  scrape_interval: 30s

scrape_configs:
  - job_name: depot-racks
    static_configs:
      - targets: ["edge-ams-01:9105", "edge-rtm-01:9105", "edge-utr-01:9105"]
  - job_name: fleet-api
    scheme: https
    authorization:
      type: Bearer
      credentials_file: /etc/prometheus/secrets/fleet-api-token
    static_configs:
      - targets: ["fleet-api.scootco.example"]
  - job_name: mqtt-exporter
    basic_auth:
      username: prometheus
      password_file: /etc/prometheus/secrets/mqtt-exporter-password
    static_configs:
      - targets: ["mqtt.fleet.internal:9234"]
''', None, "Prometheus docs: scrape_config authorization credentials_file, basic_auth password_file (prometheus.io/docs/prometheus/latest/configuration/configuration)")

add("grafana-provisioning", "decoy-env-reference", "monitoring/grafana/provisioning/datasources/influx.yaml", '''\
apiVersion: 1

datasources:
  - name: Depot telemetry
    type: influxdb
    url: https://influx.ops.scootco.example
    jsonData:
      version: Flux
      organization: fleet-ops
      defaultBucket: depot-telemetry
    secureJsonData:
      token: $INFLUX_GRAFANA_TOKEN
  - name: Fleet Postgres
    type: postgres
    url: tsdb.ops.internal:5432
    user: grafana_ro
    jsonData: {database: telemetry, sslmode: require}
    secureJsonData:
      password: ${GRAFANA_PG_PASSWORD}
''', None, "Grafana docs: provisioning, using environment variables in provisioning files (grafana.com/docs/grafana/latest/administration/provisioning/#using-environment-variables)")

add("python", "decoy-test-fixture", "tests/conftest.py", '''\
import pytest

from rebalancing.app import create_app

FAKE_MDS_TOKEN = "test-token-not-a-real-jwt"
FAKE_SLACK_WEBHOOK = "https://hooks.slack.invalid/services/T000/B000/XXXX"


@pytest.fixture
def app(monkeypatch):
    monkeypatch.setenv("MDS_TOKEN", FAKE_MDS_TOKEN)
    monkeypatch.setenv("SLACK_WEBHOOK", FAKE_SLACK_WEBHOOK)
    monkeypatch.setenv("DATABASE_URL", "sqlite:///:memory:")
    return create_app(testing=True)


@pytest.fixture
def client(app):
    return app.test_client()
''', None, "pytest docs: fixtures and monkeypatch.setenv with dummy values (docs.pytest.org/en/stable/how-to/monkeypatch.html)")

add("typescript", "decoy-test-fixture", "rider-backend/test/payments.spec.ts", '''\
import { describe, expect, it, vi } from "vitest";
import { topUpWallet } from "../src/payments/braintree";

vi.mock("braintree", () => ({
  Environment: { Sandbox: "sandbox", Production: "production" },
  BraintreeGateway: vi.fn().mockImplementation(() => ({
    transaction: { sale: vi.fn().mockResolvedValue({ success: true, transaction: { id: "txn_dummy_1" } }) },
  })),
}));

process.env.BRAINTREE_PRIVATE_KEY = "dummy-private-key";
process.env.BRAINTREE_PUBLIC_KEY = "dummy-public-key";

describe("topUpWallet", () => {
  it("returns the transaction id", async () => {
    await expect(topUpWallet("cust_1", "fake-valid-nonce", 10)).resolves.toBe("txn_dummy_1");
  });
});
''', None, "Vitest docs: vi.mock module mocking; Braintree test nonce fake-valid-nonce (developer.paypal.com/braintree/docs/reference/general/testing)")

add("go", "decoy-test-fixture", "services/ops-api/internal/auth/tokens_test.go", '''\
package auth

import (
	"testing"

	"github.com/golang-jwt/jwt/v5"
)

func TestIssueCrewToken(t *testing.T) {
	hmacSecret = []byte("unit-test-secret")
	tok, err := IssueCrewToken("crew-0042", "ams-west")
	if err != nil {
		t.Fatal(err)
	}
	parsed, err := jwt.ParseWithClaims(tok, &OpsClaims{}, func(*jwt.Token) (any, error) { return hmacSecret, nil })
	if err != nil || !parsed.Valid {
		t.Fatalf("token did not verify: %v", err)
	}
	if parsed.Claims.(*OpsClaims).Depot != "ams-west" {
		t.Fatal("wrong depot claim")
	}
}
''', None, "Go testing package; golang-jwt ParseWithClaims with a unit-test key (pkg.go.dev/github.com/golang-jwt/jwt/v5)")

add("hcl", "decoy-policy", "infra/vault/policies/rebalancer.hcl", '''\
# Vault policy for the rebalancer service
path "database/creds/rebalancer-ro" {
  capabilities = ["read"]
}

path "kv/data/rebalancer/*" {
  capabilities = ["read"]
}

path "transit/encrypt/rider-pii" {
  capabilities = ["update"]
}

path "transit/decrypt/rider-pii" {
  capabilities = ["deny"]
}
''', None, "HashiCorp Vault docs: policies, path capabilities (developer.hashicorp.com/vault/docs/concepts/policies)")

add("yaml", "decoy-kms-ciphertext", "services/gbfs-proxy/config/prod.yaml", fill('''\
upstream:
  url: https://partner-feeds.velocity-share.example/gbfs
  # KMS ciphertext (alias/gbfs-proxy); decrypted at startup with kms:Decrypt
  api_key_encrypted: AQICAHh@@c@@
cache:
  ttl_seconds: 30
  max_entries: 5000
cities: [amsterdam, rotterdam, utrecht, the-hague]
''', c=draw(240, ALNUM + "+/") + "=="), None, "AWS KMS docs: Encrypt returns a base64 CiphertextBlob (docs.aws.amazon.com/kms/latest/APIReference/API_Encrypt.html)")

_p = [uuid_s() for _ in range(5)]
add("csv", "decoy-uuid-ids", "mds/providers.csv", fill('''\
provider_name,provider_id,url,mds_api_url,gbfs_api_url
Velocity Share,@@a@@,https://velocity-share.example,https://mds.velocity-share.example/v2,https://gbfs.velocity-share.example/gbfs/2.3/gbfs.json
ScootCo,c4a2b9f0-7e1d-4c3a-9b8e-5f6d2a1c0e9b,https://scootco.example,https://mds.scootco.example/mds/v2,https://partner-gbfs.scootco.example/gbfs/3.0/gbfs.json
CargoBikes BV,@@b@@,https://cargobikes.example,,https://cargobikes.example/gbfs.json
MopedGo,@@c@@,https://mopedgo.example,https://api.mopedgo.example/mds,
PedalPool,@@d@@,https://pedalpool.example,https://mds.pedalpool.example,https://gbfs.pedalpool.example/gbfs.json
''', a=_p[0], b=_p[1], c=_p[2], d=_p[3]), None, "Open Mobility Foundation MDS providers.csv registry of provider_id UUIDs (github.com/openmobilityfoundation/mobility-data-specification/blob/main/providers.csv)")

add("csv", "decoy-station-ids", "gbfs/stations/amsterdam-stations.csv", fill('''\
station_id,name,lat,lon,capacity,region_id,rental_uris_android
@@a@@,Weesperplein,52.36114,4.90782,24,ams-centrum,velocity://station/@@a@@
@@b@@,Centraal Station Oost,52.37887,4.90315,40,ams-centrum,velocity://station/@@b@@
@@c@@,Museumplein,52.35770,4.88161,30,ams-zuid,velocity://station/@@c@@
@@d@@,Amstelstation,52.34672,4.91768,20,ams-oost,velocity://station/@@d@@
''', a=hexs(24), b=hexs(24), c=hexs(24), d=hexs(24)), None, "GBFS station_information station_id identifiers (github.com/MobilityData/gbfs)")

add("markdown", "decoy-commit-hashes", "CHANGELOG.md", fill('''\
# Changelog

## 4.12.0 - 2024-04-09
- Geofence slow zones now follow the city's polygon updates within 60s (@@a@@)
- Dock controller: retry MQTT connect with jitter after cell re-registration (@@b@@)
- Fix: pause-ride timer kept running after ending a ride from the notification (@@c@@)

## 4.11.2 - 2024-03-21
- Revert "battery estimate v3" (@@d@@), range was overestimated below 5 C
- MDS: events/historical now paginates by hour (@@e@@)
''', a=hexs(40), b=hexs(40), c=hexs(40), d=hexs(40), e=hexs(40)), None, "Git commit SHA-1 object ids in release notes (git-scm.com/book/en/v2/Git-Internals-Git-Objects)")

add("json", "decoy-integrity-hashes", "packages/gbfs-validator-ui/package-lock.json", fill('''\
{
  "name": "@velocity/gbfs-validator-ui",
  "version": "1.6.3",
  "lockfileVersion": 3,
  "requires": true,
  "packages": {
    "": {"name": "@velocity/gbfs-validator-ui", "version": "1.6.3", "dependencies": {"ajv": "^8.12.0", "leaflet": "^1.9.4"}},
    "node_modules/ajv": {
      "version": "8.12.0",
      "resolved": "https://registry.npmjs.org/ajv/-/ajv-8.12.0.tgz",
      "integrity": "sha512-@@a@@"
    },
    "node_modules/leaflet": {
      "version": "1.9.4",
      "resolved": "https://registry.npmjs.org/leaflet/-/leaflet-1.9.4.tgz",
      "integrity": "sha512-@@b@@"
    }
  }
}
''', a=base64.b64encode(rbytes(64)).decode(), b=base64.b64encode(rbytes(64)).decode()), None,
    "npm docs: package-lock.json integrity field, Subresource Integrity sha512 (docs.npmjs.com/cli/configuring-npm/package-lock-json)")

add("markdown", "decoy-vendor-example", "docs/city-partners/mds-auth.md", '''\
# How cities authenticate to our MDS API

Cities get a JWT signed with our current ES256 key (`kid` = `mds-2024-01`). To see what a
token carries, paste it into jwt.io. This is the example token from jwt.io itself, signed with
`your-256-bit-secret`; it is NOT one of ours and will be rejected:

```
eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c
```

Our tokens always have `iss: https://auth.scootco.example/` and `aud: https://mds.scootco.example`.
Public keys: https://auth.scootco.example/.well-known/jwks.json
''', None, "jwt.io debugger default example token (jwt.io)")

_tbl = ",\n    ".join(", ".join(f"0x{b:02X}" for b in rbytes(12)) for _ in range(6))
add("c", "decoy-calibration-table", "firmware/scooter-ecu/src/throttle_curve.c", fill('''\
/* Throttle Hall sensor -> motor current request, per riding mode (ECO, CITY, SPORT).
 * Generated from bench data by tools/fit_throttle.py -- do not edit by hand. */
#include <stdint.h>

const uint8_t THROTTLE_CURVE[6][12] = {
    @@t@@
};

const uint16_t CURVE_CRC16 = 0x@@crc@@;
''', t=_tbl, crc=hexs(4, upper=True)), None, "Embedded firmware lookup tables (calibration data, not keys)")

add("k8s", "decoy-placeholder", "deploy/k8s/templates/mqtt-credentials.example.yaml", '''\
# Template only -- real values are created by `make mqtt-secret` from Vault.
apiVersion: v1
kind: Secret
metadata:
  name: mqtt-credentials
  namespace: telemetry
type: Opaque
stringData:
  MQTT_USERNAME: ingest-telemetry
  MQTT_PASSWORD: REPLACE_ME
  MQTT_CA_PATH: /etc/mqtt/ca.crt
''', None, "Kubernetes docs: Secret stringData field (kubernetes.io/docs/concepts/configuration/secret)")

add("esphome", "decoy-placeholder", "depot/esphome/secrets.yaml.example", '''\
# Copy to secrets.yaml (gitignored) and fill in from the "Depot ESPHome" 1Password item.
depot_ssid: "DEPOT-WORKSHOP"
depot_wifi_password: "<depot wifi password>"
ota_password: "<generate: openssl rand -hex 16>"
api_encryption_key: "<generate: esphome wizard or openssl rand -base64 32>"
''', None, "ESPHome docs: secrets.yaml and !secret (esphome.io/guides/faq.html#tips-for-using-esphome)")

add("wireguard", "decoy-file-reference", "depot/network/wg0-template.conf", fill('''\
# Template rendered by ansible; the private key is generated on the box and never leaves it:
#   umask 077; wg genkey | tee /etc/wireguard/private.key | wg pubkey > /etc/wireguard/public.key
[Interface]
Address = {{ depot_wg_address }}
ListenPort = 51820
PostUp = wg set %i private-key /etc/wireguard/private.key

[Peer]
# hq-gw-01 (public key)
PublicKey = @@pub@@
Endpoint = vpn.scootco.example:51820
AllowedIPs = 10.60.0.0/16
PersistentKeepalive = 25
''', pub=wg_key()), None, "WireGuard docs: wg(8) set private-key from file; public keys are shareable (man7.org/linux/man-pages/man8/wg.8.html)")

add("hostapd", "decoy-template-reference", "ansible/roles/depot_wifi/templates/hostapd.conf.j2", '''\
interface={{ depot_wifi_iface | default('wlan0') }}
driver=nl80211
ssid={{ depot_wifi_ssid }}
hw_mode=g
channel={{ depot_wifi_channel | default(6) }}
wpa=2
wpa_key_mgmt=WPA-PSK
rsn_pairwise=CCMP
wpa_passphrase={{ vault_depot_wifi_psk }}
ignore_broadcast_ssid=0
''', None, "Ansible docs: Jinja2 templates with vault variables; hostapd.conf wpa_passphrase")

add("ovpn", "decoy-file-reference", "depot/network/depot-template.ovpn", '''\
client
dev tun
proto udp
remote vpn.velocity-share.example 1194
nobind
persist-key
persist-tun
remote-cert-tls server
cipher AES-256-GCM
ca ca.crt
cert depot.crt
key depot.key
tls-auth ta.key 1
verb 3
''', None, "OpenVPN manual: ca/cert/key/tls-auth file references (openvpn.net/community-resources/reference-manual-for-openvpn-2-6)")

add("python", "decoy-generated-at-runtime", "opsportal/scripts/new_env.py", '''\
"""Bootstrap a new ops-portal environment: writes .env with freshly generated secrets (gitignored)."""
import secrets
from pathlib import Path

from django.core.management.utils import get_random_secret_key

env = Path(".env")
if env.exists():
    raise SystemExit(".env exists; refusing to overwrite")

env.write_text(
    f"SECRET_KEY={get_random_secret_key()}\\n"
    f"OPSPORTAL_DB_PASSWORD={secrets.token_urlsafe(24)}\\n"
    f"CREW_TOKEN_HMAC={secrets.token_hex(32)}\\n"
)
env.chmod(0o600)
print("wrote .env (mode 600)")
''', None, "Python docs: secrets module token_urlsafe / token_hex; Django get_random_secret_key")

_nb = {
    "cells": [
        {"cell_type": "code", "execution_count": 1, "metadata": {}, "source": [
            "import getpass\n", "import snowflake.connector\n", "\n",
            "pw = getpass.getpass(\"Snowflake password: \")\n",
            "conn = snowflake.connector.connect(account=\"vx41872.eu-central-1\", user=\"ANALYST_JONAS\", password=pw)"],
         "outputs": [{"name": "stdout", "output_type": "stream", "text": ["Snowflake password: \u00b7\u00b7\u00b7\u00b7\u00b7\u00b7\u00b7\u00b7\n"]}]},
        {"cell_type": "code", "execution_count": 2, "metadata": {}, "outputs": [], "source": [
            "pd.read_sql(\"select city, count(*) from marts.trips group by 1\", conn)"]},
    ],
    "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
    "nbformat": 4, "nbformat_minor": 5,
}
add("notebook", "decoy-prompted-password", "notebooks/trips_by_city.ipynb", json.dumps(_nb, indent=1) + "\n", None,
    "Python docs: getpass.getpass prompts without echo; Jupyter masks the input")

add("r", "decoy-keyring-lookup", "analysis/ridership/connect.R", '''\
library(DBI)
library(keyring)

# Password lives in the OS keychain: keyring::key_set("analytics-replica", Sys.getenv("USER"))
analytics_con <- function() {
  dbConnect(
    RPostgres::Postgres(),
    host = "analytics-replica.internal",
    dbname = "analytics",
    user = Sys.getenv("USER"),
    password = key_get("analytics-replica", Sys.getenv("USER"))
  )
}
''', None, "keyring R package docs: key_get / key_set (r-lib.github.io/keyring)")

add("sql", "decoy-iam-auth", "db/migrations/0051_iam_roles.sql", '''\
-- Move service roles to IAM database authentication (no passwords in Postgres any more).
CREATE ROLE rebalancer_svc LOGIN;
GRANT rds_iam TO rebalancer_svc;
GRANT SELECT, INSERT, UPDATE ON rebalancing.tasks TO rebalancer_svc;

ALTER ROLE city_helsinki_ro PASSWORD NULL;
GRANT rds_iam TO city_helsinki_ro;
''', None, "AWS RDS docs: IAM database authentication for PostgreSQL, GRANT rds_iam (docs.aws.amazon.com/AmazonRDS/latest/UserGuide/UsingWithRDS.IAMDBAuth.html)")

add("powershell", "decoy-secret-management", "ops/depot/Connect-DepotShare.ps1", '''\
# Requires: Install-Module Microsoft.PowerShell.SecretManagement, SecretStore
param([string]$Depot = "milan")

$cred = Get-Secret -Name "svc-depot-backup" -Vault DepotSecrets
if (-not $cred) {
    $cred = Get-Credential -UserName "SCOOTCO\\svc-depot-backup" -Message "Depot backup account"
    Set-Secret -Name "svc-depot-backup" -Secret $cred -Vault DepotSecrets
}
New-PSDrive -Name H -PSProvider FileSystem -Root "\\\\hq-files01\\depots\\$Depot" -Credential $cred
''', None, "Microsoft docs: SecretManagement Get-Secret / Set-Secret (learn.microsoft.com/powershell/utility-modules/secretmanagement)")

add("csharp", "decoy-config-reference", "src/Depot.Vans/Program.cs", '''\
using Depot.Vans;

var builder = WebApplication.CreateBuilder(args);

// Dev: dotnet user-secrets set "Geotab:Password" "..."; Prod: Azure Key Vault provider.
if (builder.Environment.IsProduction())
{
    builder.Configuration.AddAzureKeyVault(
        new Uri("https://kv-depot-prod.vault.azure.net/"),
        new Azure.Identity.DefaultAzureCredential());
}

builder.Services.Configure<GeotabOptions>(builder.Configuration.GetSection("Geotab"));
builder.Services.AddSingleton<GeotabFeed>();

var app = builder.Build();
app.MapGet("/vans", async (GeotabFeed feed) => await feed.LastPositionsAsync(DateTime.UtcNow.AddMinutes(-10)));
app.Run();
''', None, "Microsoft docs: Safe storage of app secrets (user-secrets) and Azure Key Vault configuration provider (learn.microsoft.com/aspnet/core/security/app-secrets)")

add("markdown", "decoy-public-identifiers", "docs/hardware/ble-lock-protocol.md", '''\
# Gen-3 lock BLE protocol (summary)

| Item                     | Value                                   |
|--------------------------|-----------------------------------------|
| Service UUID             | `6e400001-b5a3-f393-e0a9-e50e24dcca9e`  |
| RX characteristic        | `6e400002-b5a3-f393-e0a9-e50e24dcca9e`  |
| TX characteristic        | `6e400003-b5a3-f393-e0a9-e50e24dcca9e`  |
| Advertised name          | `VLK-<last 6 of MAC>`                   |

Session keys are per ride: the app calls `POST /v2/vehicles/{id}/ble-session`, gets a
16-byte key wrapped for the lock, and forwards it in the first frame. No key is stored in
the app and none is the same across locks.
''', None, "Nordic UART Service UUIDs (developer.nordicsemi.com, NUS service 6e400001-b5a3-f393-e0a9-e50e24dcca9e)")

add("mosquitto-conf", "decoy-acl", "infra/mqtt/acl", '''\
# mosquitto ACL: pattern-based, %u = username
user ingest-telemetry
topic read vehicles/+/telemetry
topic read docks/+/state

user rebalancer-cmd
topic write vehicles/+/cmd

pattern write docks/%u/state
pattern read docks/%u/cmd
''', None, "Mosquitto docs: acl_file format, pattern with %u (mosquitto.org/man/mosquitto-conf-5.html)")
