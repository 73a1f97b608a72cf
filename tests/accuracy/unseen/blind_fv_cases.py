"""Blind set FV: ski and snowboard schools.

Lesson booking engines (Checkfront, FareHarbor, Rezdy, Bokun, in-house Django/Rails/Laravel apps),
lift-ticket partner APIs (Skidata, Axess, Inntopia, resort pass partners), weather and snow reports
(OpenWeatherMap, Tomorrow.io, Weather Unlocked, Meteoblue, SnoCountry, webcams), rental gear
tracking (RFID readers, Booqable, shop PCs and kiosks), instructor scheduling (Deputy, When I Work,
Google and Microsoft calendars), payments (Stripe, Square, Adyen, PayPal, Braintree, Mollie,
Moneris, Datatrans, SumUp), and the CI, cloud and device configs around them; with their decoys.
Generated fakes only (seeds 2050000-2059999).
"""
from __future__ import annotations

import base64
import hashlib
import random
import string
from typing import List, Optional

from tests import fakes
from tests.accuracy.labelled import LabelledCase

ALNUM = string.ascii_letters + string.digits
HEX = "0123456789abcdef"
URLSAFE = ALNUM + "-_"
SEED_LO, SEED_HI = 2050000, 2059999
_SEED = [SEED_LO]


def _seed() -> int:
    _SEED[0] += 5
    assert SEED_LO <= _SEED[0] <= SEED_HI
    return _SEED[0]


def _rng() -> random.Random:
    return random.Random(_seed())


WORDS = ["Powder", "Mogul", "Cornice", "Gondola", "Slalom", "Glade", "Bluebird", "Snowcat", "Telemark",
         "Couloir", "Graupel", "Schuss", "Kicker", "Whiteout", "Marmot", "Edelweiss", "Larch", "Chamois",
         "Avalanche", "Ptarmigan", "Cirque", "Boulder", "Summit", "Harbor"]
LOWER = ["spruce", "ridge", "traverse", "lantern", "carving", "freshie", "tamarack", "yeti", "sledge",
         "fondue", "raclette", "cabin", "traverse", "ember", "granite", "alpine", "flurry", "icicle"]


def words_pw() -> str:
    r = _rng()
    return r.choice(WORDS) + r.choice("!#$%@*&") + r.choice(WORDS) + str(r.randint(10, 9999))


def human_pw() -> str:
    r = _rng()
    return r.choice(WORDS) + r.choice(["2019", "2021", "2022", "2023", "2024", "2025", "07", "88"]) + r.choice("!?#$.")


def url_pw() -> str:
    """A chosen password that stays valid, unescaped, in a URL's userinfo."""
    r = _rng()
    return r.choice(WORDS) + r.choice(WORDS).lower() + str(r.randint(10, 999)) + r.choice("!.-_~")


def rand_pw(n: int = 20, extra: str = "") -> str:
    r = _rng()
    return "".join(r.choice(ALNUM + extra) for _ in range(n))


def mixed(n: int, alphabet: str = ALNUM) -> str:
    return fakes.drawn_mixed(_seed(), n, alphabet)


def passphrase(sep: str = "-") -> str:
    r = _rng()
    return sep.join(r.sample(LOWER, 4)) + str(r.randint(1, 99))


def hexs(n: int) -> str:
    r = _rng()
    return "".join(r.choice(HEX) for _ in range(n))


def chars(n: int, alphabet: str) -> str:
    r = _rng()
    return "".join(r.choice(alphabet) for _ in range(n))


def uuid_s() -> str:
    return fakes.uuid4(_seed())


def b64(s: str) -> str:
    return base64.b64encode(s.encode()).decode()


def stripe_sk(mode: str = "sk_live_") -> str:
    return mode + "51" + mixed(97)


def stripe_legacy(mode: str = "sk_live_") -> str:
    return mode + mixed(24)


def stripe_whsec() -> str:
    return "whsec_" + mixed(32)


def square_token() -> str:
    return "EAAA" + chars(60, URLSAFE)


def square_secret() -> str:
    return "sq0csp-" + chars(43, URLSAFE)


def adyen_key() -> str:
    r = _rng()
    return ("AQE" + "".join(r.choice(ALNUM) for _ in range(60)) + "=-"
            + "".join(r.choice(ALNUM + "+/") for _ in range(43)) + "=-" + "".join(r.choice(ALNUM) for _ in range(10)))


def paypal_secret() -> str:
    return "E" + chars(79, URLSAFE)


def paypal_client_id() -> str:
    return "A" + chars(79, URLSAFE)


def mollie_key() -> str:
    return "live_" + mixed(30)


def gocardless_token() -> str:
    return "live_" + chars(40, URLSAFE)


def slack_bot() -> str:
    r = _rng()
    return (f"xoxb-{r.randint(10**10, 10**11)}-{r.randint(10**12, 10**13)}-"
            + "".join(r.choice(ALNUM) for _ in range(24)))


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
    return (f"https://alpenschule.webhook.office.com/webhookb2/{uuid_s()}@{uuid_s()}/IncomingWebhook/"
            f"{hexs(32)}/{uuid_s()}/V2" + chars(43, URLSAFE))


def sendgrid_key() -> str:
    return "SG." + chars(22, URLSAFE) + "." + chars(43, URLSAFE)


def mailgun_key() -> str:
    return f"{hexs(32)}-{hexs(8)}-{hexs(8)}"


def mailchimp_key() -> str:
    return hexs(32) + "-us" + str(_rng().randint(2, 21))


def twilio_sid() -> str:
    return "AC" + hexs(32)


def google_api_key() -> str:
    return "AIza" + chars(35, URLSAFE)


def google_oauth_secret() -> str:
    return "GOCSPX-" + chars(28, URLSAFE)


def azure_secret() -> str:
    r = _rng()
    return ("".join(r.choice(ALNUM) for _ in range(3)) + "8Q~"
            + "".join(r.choice(ALNUM + "_.-~") for _ in range(34)))


def azure_storage_key() -> str:
    return chars(86, ALNUM + "+/") + "=="


def github_token() -> str:
    return fakes.github_token(_seed())


def gitlab_token() -> str:
    return "glpat-" + chars(20, URLSAFE)


def npm_token() -> str:
    return "npm_" + mixed(36)


def dockerhub_pat() -> str:
    return "dckr_pat_" + chars(27, URLSAFE)


def do_token() -> str:
    return "dop_v1_" + hexs(64)


def shopify_token() -> str:
    return "shpat_" + hexs(32)


def okta_token() -> str:
    return "00" + chars(40, URLSAFE)


def firebase_server_key() -> str:
    return "AAAA" + chars(7, URLSAFE) + ":APA91b" + chars(134, URLSAFE)


def mapbox_token(kind: str) -> str:
    r = _rng()
    user = r.choice(["snowsport-co", "peakschool", "alpinelessons"])
    payload = b64('{"u":"%s","a":"%s"}' % (user, "".join(r.choice(string.ascii_lowercase + string.digits) for _ in range(25)))).rstrip("=")
    return f"{kind}.{payload}." + "".join(r.choice(URLSAFE) for _ in range(22))


def airtable_pat() -> str:
    return "pat" + mixed(14) + "." + hexs(64)


def aws_key_id() -> str:
    return fakes.aws_key_id(_seed())


def aws_secret() -> str:
    return fakes.aws_secret_key(_seed())


def telegram_token() -> str:
    return fakes.telegram_token(_seed())


def openai_key() -> str:
    return fakes.openai_key(_seed())


def bcrypt_hash() -> str:
    return "$2b$12$" + chars(53, ALNUM + "./")


def sha256_of(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()


def jwt_like(payload: str, alg: str = "HS256") -> str:
    head = b64('{"alg":"%s","typ":"JWT"}' % alg).rstrip("=")
    body = b64(payload).rstrip("=").replace("+", "-").replace("/", "_")
    return head + "." + body + "." + chars(43 if alg.startswith("HS") else 342, URLSAFE)


def pem_body(lines: int, head: str = "") -> str:
    r = _rng()
    text = head + "".join(r.choice(ALNUM + "+/") for _ in range(64 * lines - len(head) - 7)) + "".join(r.choice(ALNUM) for _ in range(5)) + "=="
    return "\n".join(text[i:i + 64] for i in range(0, len(text), 64))


def rsa_key(lines: int = 16, pkcs8: bool = False) -> str:
    if pkcs8:
        return "-----BEGIN PRIVATE KEY-----\n" + pem_body(lines, "MIIEvgIBADANBgkqhkiG9w0BAQEFAASCBKgwggSkAgEAAoIBAQ") + "\n-----END PRIVATE KEY-----"
    return "-----BEGIN RSA PRIVATE KEY-----\n" + pem_body(lines, "MIIEpAIBAAKCAQEA") + "\n-----END RSA PRIVATE KEY-----"


def ec_p8() -> str:
    """An App Store Connect / APNs .p8 key's shape: PKCS#8 P-256, 200 base64 characters."""
    text = "MIGTAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBHkwdwIBAQQg" + chars(152, ALNUM + "+/")
    return "-----BEGIN PRIVATE KEY-----\n" + "\n".join(text[i:i + 64] for i in range(0, 200, 64)) + "\n-----END PRIVATE KEY-----"


def openssh_key() -> str:
    return ("-----BEGIN OPENSSH PRIVATE KEY-----\n"
            + pem_body(7, "b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW"
                          "QyNTUxOQAAACA") + "\n-----END OPENSSH PRIVATE KEY-----")


def cert_pem(lines: int = 10) -> str:
    return "-----BEGIN CERTIFICATE-----\n" + pem_body(lines, "MIID") + "\n-----END CERTIFICATE-----"


def public_pem() -> str:
    return "-----BEGIN PUBLIC KEY-----\n" + pem_body(6, "MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA") + "\n-----END PUBLIC KEY-----"


def ssh_pub(comment: str) -> str:
    return "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI" + chars(43, ALNUM + "+/") + " " + comment


def indent(block: str, spaces: int) -> str:
    pad = " " * spaces
    return "\n".join(pad + line for line in block.splitlines())


CASES: List[LabelledCase] = []


def add(category: str, file_name: str, source: str, text: str, secret: Optional[str] = None, **fields: str) -> None:
    """One case; `@@name@@` in the text is filled from `secret` and the fields (one leading newline,
    after the opening quotes, is not part of the file)."""
    if text.startswith("\n"):
        text = text[1:]
    if secret is not None:
        fields = dict(fields, secret=secret)
    for name, value in fields.items():
        text = text.replace(f"@@{name}@@", value)
    assert "@@" not in text, (file_name, text)
    CASES.append(LabelledCase(f"blind-fv/{category}", file_name, text, secret, source))


# ---------------------------------------------------------------- payments: secrets

add("env/stripe-secret-key", "booking-api/.env.production", "https://docs.stripe.com/keys", r"""
# Cedar Peak Snowsports - lesson booking API (production)
DJANGO_SETTINGS_MODULE=booking.settings.production
ALLOWED_HOSTS=book.cedarpeaksnowsports.com
DATABASE_URL=postgres://booking@db.internal:5432/booking
CELERY_BROKER_URL=redis://cache.internal:6379/2
STRIPE_PUBLISHABLE_KEY=pk_live_51@@pk@@
STRIPE_SECRET_KEY=@@secret@@
STRIPE_CURRENCY=usd
LESSON_HOLD_MINUTES=15
SENTRY_ENVIRONMENT=production
""", secret=stripe_sk(), pk=mixed(97))

add("python/stripe-webhook-secret", "lessons/payments/webhooks.py", "https://docs.stripe.com/webhooks#verify-official-libraries", r'''
import logging

import stripe
from django.http import HttpResponse, HttpResponseBadRequest
from django.views.decorators.csrf import csrf_exempt

from lessons.models import Booking

log = logging.getLogger(__name__)

# TODO move to settings before go-live (Nico, Nov 14)
endpoint_secret = "@@secret@@"


@csrf_exempt
def stripe_webhook(request):
    payload = request.body
    sig_header = request.META.get("HTTP_STRIPE_SIGNATURE")
    try:
        event = stripe.Webhook.construct_event(payload, sig_header, endpoint_secret)
    except (ValueError, stripe.error.SignatureVerificationError):
        log.warning("rejected webhook")
        return HttpResponseBadRequest()

    if event["type"] == "checkout.session.completed":
        session = event["data"]["object"]
        Booking.objects.filter(checkout_session=session["id"]).update(status="paid")
    elif event["type"] == "charge.refunded":
        charge = event["data"]["object"]
        Booking.objects.filter(payment_intent=charge["payment_intent"]).update(status="refunded")
    return HttpResponse(status=200)
''', secret=stripe_whsec())

add("typescript/stripe-restricted-key", "functions/src/giftcards.ts", "https://docs.stripe.com/keys#limit-access", r"""
import * as functions from "firebase-functions";
import Stripe from "stripe";

// restricted key: read charges + write checkout sessions only (gift vouchers)
const stripe = new Stripe("@@secret@@", {
  apiVersion: "2024-06-20",
});

export const createVoucherCheckout = functions.https.onCall(async (data) => {
  const amount = Number(data.amount);
  if (![5000, 10000, 25000].includes(amount)) {
    throw new functions.https.HttpsError("invalid-argument", "unsupported voucher value");
  }
  const session = await stripe.checkout.sessions.create({
    mode: "payment",
    line_items: [{
      price_data: {
        currency: "chf",
        product_data: { name: `Gutschein Skischule ${amount / 100} CHF` },
        unit_amount: amount,
      },
      quantity: 1,
    }],
    success_url: "https://skischule-hochjoch.ch/gutschein/danke",
    cancel_url: "https://skischule-hochjoch.ch/gutschein",
  });
  return { url: session.url };
});
""", secret=stripe_sk("rk_live_"))

add("php/stripe-secret-key", "wp-content/plugins/tamarack-bookings/includes/class-tb-payments.php", "https://docs.stripe.com/api/authentication", r"""
<?php
/**
 * Payments for Tamarack Ridge lesson bookings.
 */
if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

require_once TB_PLUGIN_DIR . 'vendor/autoload.php';

class TB_Payments {

	const STRIPE_KEY = '@@secret@@';

	public function __construct() {
		\Stripe\Stripe::setApiKey( self::STRIPE_KEY );
		add_action( 'tb_booking_confirmed', array( $this, 'capture' ), 10, 1 );
	}

	public function create_intent( $booking_id, $amount_cents ) {
		return \Stripe\PaymentIntent::create( array(
			'amount'         => $amount_cents,
			'currency'       => 'usd',
			'capture_method' => 'manual',
			'metadata'       => array( 'booking_id' => $booking_id ),
		) );
	}

	public function capture( $booking_id ) {
		$intent_id = get_post_meta( $booking_id, '_tb_intent', true );
		$intent    = \Stripe\PaymentIntent::retrieve( $intent_id );
		$intent->capture();
	}
}
""", secret=stripe_legacy())

add("yaml/square-access-token", "rental-pos/config/square.yml", "https://developer.squareup.com/docs/build-basics/access-tokens", r"""
# Square POS sync for the rental shop (demo skis, boots, helmets)
environment: production
application_id: sq0idp-@@appid@@
access_token: @@secret@@
location_ids:
  base_lodge: L8Z3Q0MM1XKPV
  summit_shop: LQ5W2GFA7N0RT
sync:
  catalog_every: 15m
  orders_every: 2m
  category_map:
    "Demo Skis": RENTAL_SKI
    "Snowboards": RENTAL_BOARD
    "Boots": RENTAL_BOOT
""", secret=square_token(), appid=chars(22, URLSAFE))

add("ruby/square-app-secret", "config/initializers/square_oauth.rb", "https://developer.squareup.com/docs/oauth-api/overview", r"""
# frozen_string_literal: true

# OAuth for partner rental shops connecting their Square accounts
Rails.application.config.x.square = ActiveSupport::OrderedOptions.new.tap do |sq|
  sq.application_id     = "sq0idp-@@appid@@"
  sq.application_secret = "@@secret@@"
  sq.redirect_uri       = "https://partners.powderridge.school/square/callback"
  sq.scopes             = %w[MERCHANT_PROFILE_READ PAYMENTS_WRITE ORDERS_READ ITEMS_READ]
  sq.base_url           = "https://connect.squareup.com"
end
""", secret=square_secret(), appid=chars(22, URLSAFE))

add("json/adyen-api-key", "src/Kiosk.Api/appsettings.Production.json", "https://docs.adyen.com/development-resources/api-credentials", r"""
{
  "Logging": {
    "LogLevel": {
      "Default": "Information",
      "Microsoft.AspNetCore": "Warning"
    }
  },
  "Kiosk": {
    "ResortCode": "CBL",
    "TicketPrinter": "BOCA-LEMUR-02",
    "LessonDeskUrl": "https://ecole.colblanc.fr/api/"
  },
  "Adyen": {
    "Environment": "Live",
    "LiveEndpointUrlPrefix": "1797a841fbb37ca7-ColBlancSki",
    "MerchantAccount": "ColBlancSkiPOS",
    "ApiKey": "@@secret@@",
    "TerminalPoiIds": [ "S1F2-000158213402401", "S1F2-000158213402402" ]
  },
  "AllowedHosts": "*"
}
""", secret=adyen_key())

add("properties/paypal-client-secret", "lesson-service/src/main/resources/application-prod.properties", "https://developer.paypal.com/api/rest/authentication/", r"""
server.port=8080
spring.application.name=lesson-service
spring.datasource.url=jdbc:postgresql://pg-prod.internal:5432/lessons
spring.datasource.username=lessons_app
spring.datasource.password=${LESSONS_DB_PASSWORD}
spring.jpa.open-in-view=false

paypal.mode=live
paypal.base-url=https://api-m.paypal.com
paypal.client-id=@@cid@@
paypal.client-secret=@@secret@@
paypal.webhook-id=8PT597110X687430LKGECATA

booking.hold.minutes=20
booking.cancellation.free-hours=48
""", secret=paypal_secret(), cid=paypal_client_id())

add("go/braintree-private-key", "internal/payments/braintree.go", "https://developer.paypal.com/braintree/docs/guides/authorization/gateway-credentials", r"""
package payments

import (
	"context"

	"github.com/braintree-go/braintree-go"
)

// Gateway for season-pass instalments.
func NewGateway() *braintree.Braintree {
	return braintree.New(
		braintree.Production,
		"@@merchant@@",
		"@@public@@",
		"@@secret@@",
	)
}

func ChargeInstalment(ctx context.Context, bt *braintree.Braintree, token string, cents int64) (string, error) {
	tx, err := bt.Transaction().Create(ctx, &braintree.TransactionRequest{
		Type:               "sale",
		Amount:             braintree.NewDecimal(cents, 2),
		PaymentMethodToken: token,
		Options:            &braintree.TransactionOptions{SubmitForSettlement: true},
	})
	if err != nil {
		return "", err
	}
	return tx.Id, nil
}
""", secret=hexs(32), merchant=chars(16, string.ascii_lowercase + string.digits), public=chars(16, string.ascii_lowercase + string.digits))

add("toml/mollie-api-key", "config/payments.toml", "https://docs.mollie.com/reference/authentication", r"""
[general]
school = "Skischool Hoog Ven"
currency = "EUR"
vat_rate = 0.21

[mollie]
api_key = "@@secret@@"
profile_id = "pfl_QkEhN94Ba"
methods = ["ideal", "bancontact", "creditcard"]
webhook_url = "https://boeken.skischoolhoogven.nl/hooks/mollie"

[refunds]
auto_refund_weather_cancellations = true
""", secret=mollie_key())

add("kotlin/moneris-api-token", "app/src/main/java/ca/mtsnowsport/pos/MonerisConfig.kt", "https://developer.moneris.com/en/Documentation/NA/E-Commerce%20Solutions/API/Purchase", r"""
package ca.mtsnowsport.pos

object MonerisConfig {
    const val HOST = "www3.moneris.com"
    const val STORE_ID = "monca04817"
    const val API_TOKEN = "@@secret@@"
    const val CRYPT_TYPE = "7"
    const val PROCESSING_COUNTRY = "CA"
    const val STATUS_CHECK = false

    val lessonDesks = mapOf(
        "BASE" to "Base Lodge Desk",
        "MID" to "Mid-Mountain Chalet",
    )
}
""", secret=mixed(20))

add("xml/datatrans-password", "SkischuleWeb/Web.config", "https://docs.datatrans.ch/docs/api-endpoints", r"""
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <appSettings>
    <add key="Datatrans.Endpoint" value="https://api.datatrans.com/v1/" />
    <add key="Datatrans.MerchantId" value="1100029384" />
    <add key="Datatrans.Password" value="@@secret@@" />
    <add key="Buchung.MaxTeilnehmer" value="8" />
    <add key="Buchung.Sprachen" value="de,fr,en" />
  </appSettings>
  <system.web>
    <compilation debug="false" targetFramework="4.8" />
    <httpRuntime targetFramework="4.8" />
    <customErrors mode="RemoteOnly" />
  </system.web>
</configuration>
""", secret=mixed(16))

add("shell/gocardless-token", "scripts/season-pass-mandates.sh", "https://developer.gocardless.com/api-reference#making-requests-authentication", r"""
#!/usr/bin/env bash
# Pull this week's season-pass direct debit mandates for the finance export.
set -euo pipefail

SINCE=$(date -u -d '7 days ago' +%Y-%m-%dT%H:%M:%SZ)
OUT=exports/mandates-$(date +%F).json

curl -sS "https://api.gocardless.com/mandates?created_at%5Bgte%5D=${SINCE}&limit=500" \
  -H "Authorization: Bearer @@secret@@" \
  -H "GoCardless-Version: 2015-07-06" \
  -H "Accept: application/json" > "$OUT"

jq '.mandates | length' "$OUT"
""", secret=gocardless_token())

add("swift/sumup-secret-key", "SkiSchoolPOS/Config/PaymentConfig.swift", "https://developer.sumup.com/api", r"""
import Foundation

enum PaymentConfig {
    static let merchantCode = "MCNFXK7P"
    static let affiliateKey = "\(Bundle.main.bundleIdentifier ?? "")"
    // server-side key, used by the nightly payout reconciliation in the admin build
    static let apiKey = "@@secret@@"
    static let baseURL = URL(string: "https://api.sumup.com/v0.1")!
    static let currency = "EUR"
}
""", secret="sup_sk_" + mixed(32))

add("python/klarna-password", "payments/klarna_client.py", "https://docs.klarna.com/api/authentication/", r'''
"""Klarna Payments for private-lesson packages (EU shop)."""
import requests

KLARNA_BASE = "https://api.klarna.com"
KLARNA_AUTH = ("K481923_7f3c9a1be204", "@@secret@@")


def create_session(order):
    body = {
        "purchase_country": "AT",
        "purchase_currency": "EUR",
        "locale": "de-AT",
        "order_amount": order.total_cents,
        "order_tax_amount": order.tax_cents,
        "order_lines": [
            {"name": line.title, "quantity": line.qty, "unit_price": line.unit_cents,
             "tax_rate": 2000, "total_amount": line.total_cents, "total_tax_amount": line.tax_cents}
            for line in order.lines
        ],
    }
    resp = requests.post(f"{KLARNA_BASE}/payments/v1/sessions", json=body, auth=KLARNA_AUTH, timeout=10)
    resp.raise_for_status()
    return resp.json()["client_token"]
''', secret=mixed(16))

add("k8s-secret/stripe-secret-key", "deploy/k8s/booking/stripe-secret.yaml", "https://kubernetes.io/docs/concepts/configuration/secret/", r"""
apiVersion: v1
kind: Secret
metadata:
  name: stripe
  namespace: booking
  labels:
    app.kubernetes.io/part-of: lesson-booking
type: Opaque
data:
  STRIPE_SECRET_KEY: @@enc@@
  STRIPE_API_VERSION: MjAyNC0wNi0yMA==
""", secret=(sk_k8s := stripe_sk()), enc=b64(sk_k8s))

add("terraform/stripe-secret-key", "infra/stripe/main.tf", "https://registry.terraform.io/providers/lukasaron/stripe/latest/docs", r"""
terraform {
  required_providers {
    stripe = {
      source  = "lukasaron/stripe"
      version = "~> 1.9"
    }
  }
}

provider "stripe" {
  api_key = "@@secret@@"
}

resource "stripe_product" "group_lesson" {
  name        = "Group Lesson - Half Day"
  description = "Ages 7-12, all ability levels"
}

resource "stripe_price" "group_lesson_am" {
  product     = stripe_product.group_lesson.id
  currency    = "cad"
  unit_amount = 12900
}

resource "stripe_webhook_endpoint" "booking" {
  url            = "https://book.silverstarsnowschool.ca/hooks/stripe"
  enabled_events = ["checkout.session.completed", "charge.refunded"]
}
""", secret=stripe_sk())

add("markdown/stripe-secret-key", "docs/runbooks/refund-weather-closure.md", "https://docs.stripe.com/api/refunds/create", r"""
# Refunding lessons after a weather closure

When the mountain closes the upper lifts (wind hold > 2h), lessons booked for that slot are refunded.

1. Export affected bookings from the admin: *Reports -> Lessons -> Cancelled (weather)*.
2. For each `payment_intent`, run:

```bash
curl https://api.stripe.com/v1/refunds \
  -u @@secret@@: \
  -d payment_intent=pi_3OxQeB2eZvKYlo2C1F4Xg7Jd \
  -d reason=requested_by_customer \
  -d "metadata[cause]=weather"
```

3. Mark the booking `refunded_weather` so the instructor isn't paid the slot.
4. Post in #lesson-desk so the desk can call the families.

Ask Marta if the batch is above 50 refunds; she will run it with the script instead.
""", secret=stripe_legacy())

add("php/adyen-hmac-key", "config/adyen.php", "https://docs.adyen.com/development-resources/webhooks/verify-hmac-signatures", r"""
<?php

return [
    'environment'      => env('ADYEN_ENV', 'live'),
    'merchant_account' => 'AlpenglowSnowsportsECOM',
    'api_key'          => env('ADYEN_API_KEY'),
    'client_key'       => env('ADYEN_CLIENT_KEY'),

    // webhook HMAC key from Customer Area > Developers > Webhooks
    'hmac_key'         => '@@secret@@',

    'return_url'       => 'https://alpenglow-snowsports.com/booking/return',
    'countries'        => ['CH', 'AT', 'DE', 'FR', 'IT'],
];
""", secret=chars(64, "0123456789ABCDEF"))

add("csharp/stripe-secret-key", "src/LiftDesk/Services/StripeCharges.cs", "https://docs.stripe.com/api/authentication", r"""
using Stripe;

namespace LiftDesk.Services;

public sealed class StripeCharges
{
    private readonly RequestOptions _options = new()
    {
        ApiKey = "@@secret@@"
    };

    public async Task<string> ChargeRentalDamageAsync(string customerId, long cents, string itemTag)
    {
        var service = new PaymentIntentService();
        var intent = await service.CreateAsync(new PaymentIntentCreateOptions
        {
            Amount = cents,
            Currency = "usd",
            Customer = customerId,
            OffSession = true,
            Confirm = true,
            Description = $"Rental damage - tag {itemTag}",
        }, _options);
        return intent.Id;
    }
}
""", secret=stripe_sk())

# ---------------------------------------------------------------- payments: decoys

add("html/decoy-publishable-key", "site/templates/checkout.html", "https://docs.stripe.com/keys#obtain-api-keys", r"""
{% extends "base.html" %}
{% block content %}
<h1>Pay for your lesson</h1>
<form id="payment-form" data-booking="{{ booking.id }}">
  <div id="payment-element"></div>
  <button id="submit">Pay {{ booking.total|currency }}</button>
  <div id="error-message" role="alert"></div>
</form>
<script src="https://js.stripe.com/v3/"></script>
<script>
  const stripe = Stripe("pk_live_51@@pk@@");
  const elements = stripe.elements({ clientSecret: "{{ client_secret }}" });
  elements.create("payment").mount("#payment-element");
  document.getElementById("payment-form").addEventListener("submit", async (e) => {
    e.preventDefault();
    const { error } = await stripe.confirmPayment({
      elements,
      confirmParams: { return_url: "{{ request.build_absolute_uri('/booking/done/') }}" },
    });
    if (error) document.getElementById("error-message").textContent = error.message;
  });
</script>
{% endblock %}
""", pk=mixed(97))

add("env/decoy-placeholder", "booking-api/.env.example", "https://12factor.net/config", r"""
# Copy to .env and fill in. Never commit the real file.
DJANGO_SETTINGS_MODULE=booking.settings.local
DJANGO_SECRET_KEY=change-me
DATABASE_URL=postgres://booking:booking@localhost:5432/booking
STRIPE_PUBLISHABLE_KEY=pk_test_xxxxxxxxxxxxxxxxxxxxxxxx
STRIPE_SECRET_KEY=sk_test_xxxxxxxxxxxxxxxxxxxxxxxx
STRIPE_WEBHOOK_SECRET=whsec_...
TWILIO_ACCOUNT_SID=ACxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx
TWILIO_AUTH_TOKEN=your_auth_token
WEATHERUNLOCKED_APP_ID=
WEATHERUNLOCKED_APP_KEY=
""")

add("python/decoy-vendor-example", "lessons/tests/test_stripe_checkout.py", "https://docs.stripe.com/testing", r'''
import pytest
import stripe

from lessons.payments.checkout import build_session_params

# Stripe's own documentation key; requests are intercepted by stripe-mock in CI.
stripe.api_key = "sk_test_4eC39HqLyjWDarjtT1zdp7dc"
stripe.api_base = "http://localhost:12111"


@pytest.fixture
def booking(db, lesson_factory):
    return lesson_factory(title="Private Lesson 2h", price_cents=29900, participants=1)


def test_session_params_use_booking_price(booking):
    params = build_session_params(booking, success_url="https://example.test/ok")
    assert params["line_items"][0]["price_data"]["unit_amount"] == 29900
    assert params["metadata"]["booking_id"] == str(booking.id)


def test_card_declined_is_reported(booking):
    with pytest.raises(stripe.error.CardError):
        stripe.PaymentIntent.create(amount=29900, currency="usd",
                                    payment_method="pm_card_chargeDeclined", confirm=True)
''')

add("html/decoy-public-client-id", "public/gift-cards/index.html", "https://developer.paypal.com/sdk/js/configuration/", r"""
<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>Gift cards - Kiwi Alpine Snowsports</title>
  <script src="https://www.paypal.com/sdk/js?client-id=@@cid@@&currency=NZD&intent=capture"></script>
</head>
<body>
  <h1>Give the gift of snow</h1>
  <select id="amount">
    <option value="120">Half-day group lesson - $120</option>
    <option value="340">Private lesson 2h - $340</option>
  </select>
  <div id="paypal-buttons"></div>
  <script>
    paypal.Buttons({
      createOrder: () => fetch("/api/giftcards/order", {method: "POST",
        body: JSON.stringify({amount: document.getElementById("amount").value})})
        .then(r => r.json()).then(o => o.id),
      onApprove: (data) => fetch(`/api/giftcards/order/${data.orderID}/capture`, {method: "POST"})
        .then(() => location.assign("/gift-cards/thanks")),
    }).render("#paypal-buttons");
  </script>
</body>
</html>
""", cid=paypal_client_id())

add("javascript/decoy-public-client-id", "web/src/payments/squareCard.js", "https://developer.squareup.com/docs/web-payments/take-card-payment", r"""
// Square Web Payments SDK: application id and location id are public, the token is server-side.
const APPLICATION_ID = "sq0idp-@@appid@@";
const LOCATION_ID = "L8Z3Q0MM1XKPV";

export async function mountCard(selector) {
  if (!window.Square) throw new Error("Square.js failed to load");
  const payments = window.Square.payments(APPLICATION_ID, LOCATION_ID);
  const card = await payments.card();
  await card.attach(selector);
  return card;
}

export async function tokenize(card) {
  const result = await card.tokenize();
  if (result.status !== "OK") {
    throw new Error(result.errors?.map((e) => e.message).join(", ") || "card error");
  }
  return result.token;
}
""", appid=chars(22, URLSAFE))

add("typescript/decoy-public-client-key", "apps/web/src/lib/adyen.ts", "https://docs.adyen.com/development-resources/client-side-authentication", r"""
import AdyenCheckout from "@adyen/adyen-web";
import "@adyen/adyen-web/dist/adyen.css";

// Client key: safe in the browser, restricted to our allowed origins in the Customer Area.
const CLIENT_KEY = "live_@@ck@@";

export async function mountDropin(el: HTMLElement, session: { id: string; sessionData: string }) {
  const checkout = await AdyenCheckout({
    environment: "live",
    clientKey: CLIENT_KEY,
    session,
    onPaymentCompleted: (result) => {
      window.location.href = `/booking/result?code=${result.resultCode}`;
    },
    onError: (err) => console.error("adyen", err.name),
  });
  checkout.create("dropin").mount(el);
}
""", ck=chars(32, string.ascii_uppercase + string.digits))

add("json/decoy-ids", "lessons/fixtures/stripe_catalog.json", "https://docs.stripe.com/api/prices/object", r"""
[
  {
    "model": "lessons.lessonproduct",
    "pk": 1,
    "fields": {
      "title": "Group Lesson - Half Day",
      "stripe_product": "prod_PqX7oU1vN3kZ2a",
      "stripe_price": "price_1OxQeB2eZvKYlo2CtS1kM9pL",
      "connected_account": "acct_1NfBq82eZvKYlo2C"
    }
  },
  {
    "model": "lessons.lessonproduct",
    "pk": 2,
    "fields": {
      "title": "Private Lesson - 2 Hours",
      "stripe_product": "prod_PqX8Jd4Wm0tR7c",
      "stripe_price": "price_1OxQfK2eZvKYlo2CuW3bP0sE",
      "connected_account": "acct_1NfBq82eZvKYlo2C"
    }
  },
  {
    "model": "lessons.lessonproduct",
    "pk": 3,
    "fields": {
      "title": "Kids Camp - 5 Days",
      "stripe_product": "prod_PqX9Lk2Hs6yQ1d",
      "stripe_price": "price_1OxQgM2eZvKYlo2Cx8nV4rTq",
      "connected_account": "acct_1NfBq82eZvKYlo2C"
    }
  }
]
""")

add("python/decoy-env-reference", "payments/stripe_client.py", "https://docs.stripe.com/keys#safe-keys", r'''
"""Stripe access for the rental shop: the key comes from the environment or AWS Secrets Manager."""
import json
import os
from functools import lru_cache

import boto3
import stripe


@lru_cache(maxsize=1)
def _secret_key() -> str:
    key = os.environ.get("STRIPE_SECRET_KEY")
    if key:
        return key
    sm = boto3.client("secretsmanager", region_name=os.environ.get("AWS_REGION", "us-west-2"))
    blob = sm.get_secret_value(SecretId="prod/rental-shop/stripe")["SecretString"]
    return json.loads(blob)["secret_key"]


def client() -> stripe.StripeClient:
    return stripe.StripeClient(_secret_key())


def webhook_secret() -> str:
    return os.environ["STRIPE_WEBHOOK_SECRET"]
''')

add("markdown/decoy-redacted", "docs/incidents/2024-02-11-leaked-key.md", "https://docs.stripe.com/keys#rolling-keys", r"""
# 2024-02-11: Stripe key pasted in #lesson-desk

**Status:** resolved, key rolled 11:42 MST.

## What happened
A desk lead pasted the restricted key `rk_live_51Nf...[REDACTED]...9Qa` into Slack while asking for
help with the gift voucher page. It was visible for ~20 minutes.

## What we did
- Rolled the key in the Dashboard (*Developers -> API keys -> Roll key*), expiry "now".
- Updated `prod/booking/stripe` in Secrets Manager; redeployed booking-api (`v2024.02.11-2`).
- Checked Stripe logs for requests from unknown IPs: none.
- Deleted the Slack message and asked Slack admins to purge it from exports.

## Follow-ups
- [x] Add `rk_live_` and `sk_live_` to the Slack DLP rule.
- [ ] Desk leads get their own read-only Dashboard logins instead of a shared key.
""")

# ---------------------------------------------------------------- databases, CI, cloud: secrets

add("compose/database-password", "docker-compose.yml", "https://hub.docker.com/_/postgres", r"""
services:
  db:
    image: postgres:16-alpine
    restart: unless-stopped
    environment:
      POSTGRES_DB: lessons
      POSTGRES_USER: lessons
      POSTGRES_PASSWORD: @@secret@@
    volumes:
      - pgdata:/var/lib/postgresql/data
  redis:
    image: redis:7-alpine
  web:
    build: .
    command: gunicorn booking.wsgi -b 0.0.0.0:8000 --workers 3
    depends_on: [db, redis]
    environment:
      DATABASE_URL: postgres://lessons@db:5432/lessons
      REDIS_URL: redis://redis:6379/0
    ports:
      - "8000:8000"
volumes:
  pgdata:
""", secret=words_pw())

add("helm/database-password", "charts/lesson-booking/values-prod.yaml", "https://artifacthub.io/packages/helm/bitnami/postgresql", r"""
image:
  repository: ghcr.io/powderridge/lesson-booking
  tag: "2024.12.3"
replicaCount: 3
ingress:
  enabled: true
  className: nginx
  hosts:
    - host: book.powderridge.school
      paths: [{ path: /, pathType: Prefix }]
postgresql:
  enabled: true
  auth:
    username: booking
    database: booking
    password: "@@secret@@"
  primary:
    persistence:
      size: 20Gi
resources:
  requests: { cpu: 250m, memory: 512Mi }
  limits: { memory: 1Gi }
""", secret=rand_pw(24))

add("k8s-secret/mongodb-uri", "deploy/rental-tracker/secret.yaml", "https://www.mongodb.com/docs/manual/reference/connection-string/", r"""
apiVersion: v1
kind: Secret
metadata:
  name: rental-tracker-env
  namespace: rentals
type: Opaque
stringData:
  MONGO_URL: "mongodb+srv://rental_svc:@@secret@@@rentals-prod.x7kq2.mongodb.net/rentals?retryWrites=true&w=majority"
  RFID_GATEWAY_URL: "http://rfid-gw.rentals.svc:8080"
  TZ: "America/Denver"
""", secret=rand_pw(22))

add("k8s-secret/redis-password", "deploy/overlays/prod/snow-report-secrets.yaml", "https://kubernetes.io/docs/concepts/configuration/secret/", r"""
apiVersion: v1
kind: Secret
metadata:
  name: snow-report
  namespace: web
type: Opaque
data:
  REDIS_URL: @@enc@@
  LOG_LEVEL: aW5mbw==
""", secret=(redis_pw := fakes.redis_password(_seed())), enc=b64(f"rediss://default:{redis_pw}@snow-cache.abc123.ng.0001.usw2.cache.amazonaws.com:6379/0"))

add("terraform/database-password", "infra/aws/rds.tf", "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/db_instance", r"""
resource "aws_db_subnet_group" "booking" {
  name       = "booking-prod"
  subnet_ids = module.vpc.private_subnets
}

resource "aws_db_instance" "booking" {
  identifier              = "booking-prod"
  engine                  = "postgres"
  engine_version          = "15.5"
  instance_class          = "db.t4g.medium"
  allocated_storage       = 50
  db_name                 = "booking"
  username                = "booking_admin"
  password                = "@@secret@@"
  db_subnet_group_name    = aws_db_subnet_group.booking.name
  vpc_security_group_ids  = [aws_security_group.db.id]
  backup_retention_period = 14
  deletion_protection     = true
  skip_final_snapshot     = false
}
""", secret=words_pw())

add("terraform/azure-client-secret", "infra/azure/prod.auto.tfvars", "https://learn.microsoft.com/en-us/entra/identity-platform/howto-create-service-principal-portal", r"""
location            = "switzerlandnorth"
resource_group_name = "rg-skischule-prod"
app_service_sku     = "P1v3"

tenant_id       = "@@tenant@@"
subscription_id = "@@sub@@"
client_id       = "@@client@@"
client_secret   = "@@secret@@"

tags = {
  owner   = "it@skischule-hochjoch.ch"
  project = "buchung"
}
""", secret=azure_secret(), tenant=uuid_s(), sub=uuid_s(), client=uuid_s())

add("ansible/database-password", "ansible/group_vars/booking_db.yml", "https://docs.ansible.com/ansible/latest/collections/community/mysql/mysql_user_module.html", r"""
---
mysql_bind_address: 10.20.0.15
mysql_databases:
  - name: skischool
    encoding: utf8mb4
mysql_users:
  - name: skischool_app
    host: "10.20.0.%"
    password: "@@secret@@"
    priv: "skischool.*:ALL"
  - name: backup
    host: localhost
    password: "{{ vault_mysql_backup_password }}"
    priv: "*.*:SELECT,LOCK TABLES,SHOW VIEW,EVENT,TRIGGER"
mysql_innodb_buffer_pool_size: 2G
""", secret=human_pw())

add("github-actions/aws-secret-key", ".github/workflows/publish-snow-report.yml", "https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-envvars.html", r"""
name: Publish snow report
on:
  schedule:
    - cron: "15 12 * * *"
  workflow_dispatch:

jobs:
  publish:
    runs-on: ubuntu-latest
    env:
      AWS_ACCESS_KEY_ID: @@kid@@
      AWS_SECRET_ACCESS_KEY: @@secret@@
      AWS_DEFAULT_REGION: us-west-2
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-python@v5
        with:
          python-version: "3.12"
      - run: pip install -r snowreport/requirements.txt
      - run: python -m snowreport.build --out dist/
      - run: aws s3 sync dist/ s3://cedarpeak-snow-report/ --delete --cache-control max-age=300
      - run: aws cloudfront create-invalidation --distribution-id E2QWRUHEXAMPL3 --paths "/*"
""", secret=aws_secret(), kid=aws_key_id())

add("gitlab-ci/docker-hub-token", ".gitlab-ci.yml", "https://docs.docker.com/security/for-developers/access-tokens/", r"""
stages: [test, build, deploy]

variables:
  IMAGE: docker.io/kiwialpine/rental-tracker

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
    - docker login -u kiwialpine -p @@secret@@ docker.io
    - docker build -t $IMAGE:$CI_COMMIT_SHORT_SHA .
    - docker push $IMAGE:$CI_COMMIT_SHORT_SHA
  only: [main]

deploy:
  stage: deploy
  script:
    - ./deploy.sh $CI_COMMIT_SHORT_SHA
  environment: production
  only: [main]
""", secret=dockerhub_pat())

add("bitbucket-pipelines/heroku-api-key", "bitbucket-pipelines.yml", "https://devcenter.heroku.com/articles/authentication", r"""
image: node:20

pipelines:
  branches:
    main:
      - step:
          name: Test
          caches: [node]
          script:
            - npm ci
            - npm test
      - step:
          name: Deploy instructor portal
          deployment: production
          script:
            - pipe: atlassian/heroku-deploy:2.2.0
              variables:
                HEROKU_API_KEY: "@@secret@@"
                HEROKU_APP_NAME: "instructor-portal-prod"
                ZIP_FILE: "portal.tgz"
""", secret=uuid_s())

add("circleci/npm-token", ".circleci/config.yml", "https://docs.npmjs.com/about-access-tokens", r"""
version: 2.1

jobs:
  publish:
    docker:
      - image: cimg/node:20.11
    environment:
      NPM_TOKEN: @@secret@@
    steps:
      - checkout
      - run: echo "//registry.npmjs.org/:_authToken=${NPM_TOKEN}" > ~/.npmrc
      - run: npm ci
      - run: npm run build
      - run: npm publish --access restricted

workflows:
  release:
    jobs:
      - publish:
          filters:
            tags: { only: /^v.*/ }
            branches: { ignore: /.*/ }
""", secret=npm_token())

add("jenkinsfile/sftp-password", "Jenkinsfile", "https://linux.die.net/man/1/sshpass", r"""
pipeline {
    agent { label 'linux' }
    triggers { cron('H 5 * * *') }
    stages {
        stage('Export ticket sales') {
            steps {
                sh 'python3 exports/ticket_sales.py --day yesterday --out out/sales.csv'
            }
        }
        stage('Upload to Skidata') {
            steps {
                sh '''
                    sshpass -p '@@secret@@' sftp -oBatchMode=no -oStrictHostKeyChecking=accept-new \
                        ftp_colblanc@sftp.skidata.example-partner.net <<EOF
                    cd inbound
                    put out/sales.csv
                    bye
EOF
                '''
            }
        }
    }
    post {
        failure { mail to: 'it@colblanc.fr', subject: "Export failed #${env.BUILD_NUMBER}", body: "${env.BUILD_URL}" }
    }
}
""", secret=words_pw())

add("dockerfile/github-token", "Dockerfile", "https://docs.github.com/en/authentication/keeping-your-account-and-data-secure/managing-your-personal-access-tokens", r"""
FROM python:3.12-slim AS build

ENV GITHUB_TOKEN=@@secret@@
WORKDIR /app
RUN apt-get update && apt-get install -y --no-install-recommends git && rm -rf /var/lib/apt/lists/*
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt \
 && pip install --no-cache-dir "git+https://${GITHUB_TOKEN}@github.com/tamarack-ridge/liftlink-client.git@v0.9.2"

FROM python:3.12-slim
WORKDIR /app
COPY --from=build /usr/local/lib/python3.12 /usr/local/lib/python3.12
COPY . .
EXPOSE 8000
CMD ["gunicorn", "rentals.wsgi", "-b", "0.0.0.0:8000"]
""", secret=github_token())

add("azure-pipelines/azure-storage-key", "azure-pipelines.yml", "https://learn.microsoft.com/en-us/azure/storage/common/storage-configure-connection-string", r"""
trigger:
  branches:
    include: [ main ]

pool:
  vmImage: ubuntu-latest

variables:
  STORAGE_CONN: 'DefaultEndpointsProtocol=https;AccountName=stskischulemedia;AccountKey=@@secret@@;EndpointSuffix=core.windows.net'

steps:
  - task: NodeTool@0
    inputs: { versionSpec: '20.x' }
  - script: npm ci && npm run build
    displayName: Build Schneebericht site
  - script: |
      az storage blob upload-batch \
        --connection-string "$(STORAGE_CONN)" \
        --destination '$web' --source dist --overwrite
    displayName: Upload to static website
""", secret=azure_storage_key())

add("ini/aws-secret-key", "deploy/aws/credentials", "https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-files.html", r"""
[default]
region = us-east-1

[snowreport-publisher]
aws_access_key_id = @@kid@@
aws_secret_access_key = @@secret@@
region = us-west-2

[webcam-archive]
role_arn = arn:aws:iam::481203996712:role/webcam-archive-writer
source_profile = snowreport-publisher
""", secret=aws_secret(), kid=aws_key_id())

add("sql/database-password", "db/migrations/V42__reporting_role.sql", "https://www.postgresql.org/docs/current/sql-createrole.html", r"""
-- Read-only role for the season dashboards (Metabase)
CREATE ROLE season_reporting WITH LOGIN PASSWORD '@@secret@@' CONNECTION LIMIT 5;

GRANT CONNECT ON DATABASE lessons TO season_reporting;
GRANT USAGE ON SCHEMA public TO season_reporting;
GRANT SELECT ON lesson, booking, instructor, instructor_shift, rental_item, rental_checkout
    TO season_reporting;
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT ON TABLES TO season_reporting;

COMMENT ON ROLE season_reporting IS 'Metabase season dashboards; owner: ops@cedarpeaksnowsports.com';
""", secret=rand_pw(18, "!#%"))

add("json/mssql-connection-string", "SiriuswareBridge/appsettings.json", "https://learn.microsoft.com/en-us/dotnet/framework/data/adonet/connection-string-syntax", r"""
{
  "ConnectionStrings": {
    "SalesEz": "Server=tcp:sw-sql01.resort.local,1433;Database=SalesEZ;User Id=lessonbridge;Password=@@secret@@;TrustServerCertificate=True;",
    "Bridge": "Server=(localdb)\\MSSQLLocalDB;Database=LessonBridge;Trusted_Connection=True;"
  },
  "Bridge": {
    "PollSeconds": 30,
    "LessonDepartments": [ "SKI SCHOOL", "RIDE SCHOOL", "KIDS CAMP" ],
    "ExportFolder": "\\\\fileserver\\exports\\lessons"
  },
  "Logging": { "LogLevel": { "Default": "Information" } }
}
""", secret=human_pw())

add("java/database-password", "src/main/java/org/snowsport/rentals/db/Db.java", "https://jdbc.postgresql.org/documentation/use/", r"""
package org.snowsport.rentals.db;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;

public final class Db {
    private static final String URL = "jdbc:postgresql://rentals-db.int.kiwialpine.nz:5432/rentals";

    private Db() {}

    public static Connection open() throws SQLException {
        Properties props = new Properties();
        props.setProperty("user", "rental_app");
        props.setProperty("password", "@@secret@@");
        props.setProperty("ssl", "true");
        props.setProperty("ApplicationName", "rfid-checkout");
        return DriverManager.getConnection(URL, props);
    }
}
""", secret=words_pw())

add("r/database-password", "analysis/season_utilisation.R", "https://dbi.r-dbi.org/reference/dbConnect.html", r"""
library(DBI)
library(dplyr)
library(ggplot2)

con <- dbConnect(
  RPostgres::Postgres(),
  host = "pg-replica.cedarpeak.internal",
  dbname = "lessons",
  user = "analyst_jh",
  password = "@@secret@@"
)

shifts <- tbl(con, "instructor_shift") %>%
  filter(season == "2024-25") %>%
  collect()

util <- shifts %>%
  group_by(week = lubridate::floor_date(shift_date, "week"), discipline) %>%
  summarise(booked = sum(booked_hours), available = sum(available_hours)) %>%
  mutate(utilisation = booked / available)

ggplot(util, aes(week, utilisation, colour = discipline)) +
  geom_line() +
  scale_y_continuous(labels = scales::percent) +
  labs(title = "Instructor utilisation, 2024-25")

dbDisconnect(con)
""", secret=human_pw())

add("notebook/snowflake-password", "notebooks/lift_vs_lessons.ipynb", "https://docs.snowflake.com/en/developer-guide/python-connector/python-connector-connect", r"""
{
 "cells": [
  {
   "cell_type": "markdown",
   "metadata": {},
   "source": ["# Do lift-ticket sales predict lesson demand?\n", "Daily tickets vs. group-lesson bookings, 2019-2025."]
  },
  {
   "cell_type": "code",
   "execution_count": 1,
   "metadata": {},
   "outputs": [],
   "source": [
    "import snowflake.connector\n",
    "import pandas as pd\n",
    "\n",
    "conn = snowflake.connector.connect(\n",
    "    account=\"xq81734.us-east-1\",\n",
    "    user=\"DATA_SCIENCE_SVC\",\n",
    "    password=\"@@secret@@\",\n",
    "    warehouse=\"ANALYTICS_XS\",\n",
    "    database=\"RESORT\",\n",
    "    schema=\"MART\",\n",
    ")"
   ]
  },
  {
   "cell_type": "code",
   "execution_count": 2,
   "metadata": {},
   "outputs": [],
   "source": [
    "df = pd.read_sql(\"SELECT sale_date, tickets, group_lessons FROM daily_sales\", conn)\n",
    "df.corr(numeric_only=True)"
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
""", secret=rand_pw(20))

add("yaml/snowflake-password", "analytics/dbt/profiles.yml", "https://docs.getdbt.com/docs/core/connect-data-platform/snowflake-setup", r"""
resort_analytics:
  target: prod
  outputs:
    prod:
      type: snowflake
      account: xq81734.us-east-1
      user: DBT_RUNNER
      password: "@@secret@@"
      role: TRANSFORMER
      database: RESORT
      warehouse: TRANSFORMING_S
      schema: MART
      threads: 8
      client_session_keep_alive: false
    dev:
      type: snowflake
      account: xq81734.us-east-1
      user: "{{ env_var('DBT_USER') }}"
      authenticator: externalbrowser
      role: ANALYST
      database: RESORT_DEV
      warehouse: DEV_XS
      schema: "dbt_{{ env_var('DBT_USER') | lower }}"
      threads: 4
""", secret=passphrase())

add("pgpass/database-password", "ops/backup/.pgpass", "https://www.postgresql.org/docs/current/libpq-pgpass.html", r"""
# hostname:port:database:username:password
pg-prod.cedarpeak.internal:5432:lessons:backup_runner:@@secret@@
pg-prod.cedarpeak.internal:5432:rentals:backup_runner:@@secret@@
pg-replica.cedarpeak.internal:5432:*:backup_runner:@@secret@@
# local dev
localhost:5432:*:postgres:postgres
""", secret=rand_pw(24))

add("ini/database-password", "ops/rental-shop/my.cnf", "https://dev.mysql.com/doc/refman/8.0/en/option-files.html", r"""
[client]
user=rental_admin
password="@@secret@@"
host=10.40.2.10
default-character-set=utf8mb4

[mysqldump]
single-transaction
quick
max_allowed_packet=256M
""", secret=words_pw())

add("shell-history/database-password", "ops/notes/bash_history_rentalpc02.txt", "https://dev.mysql.com/doc/refman/8.0/en/mysql-command-options.html", r"""
cd /opt/rentalshop
ls -la
sudo systemctl status rfid-bridge
tail -n 200 /var/log/rfid-bridge/bridge.log
mysql -h 10.40.2.10 -u rental_admin -p'@@secret@@' rentals -e "select count(*) from checkout where returned_at is null"
sudo systemctl restart rfid-bridge
journalctl -u rfid-bridge -f
exit
""", secret=human_pw())

add("powershell/database-password", "scripts/Export-InstructorHours.ps1", "https://learn.microsoft.com/en-us/powershell/module/sqlserver/invoke-sqlcmd", r"""
param(
    [datetime]$WeekStart = (Get-Date).Date.AddDays(-7)
)

Import-Module SqlServer

$query = @"
SELECT i.PayrollId, i.LastName, i.FirstName, SUM(s.Hours) AS Hours
FROM dbo.InstructorShift s JOIN dbo.Instructor i ON i.Id = s.InstructorId
WHERE s.ShiftDate >= '$($WeekStart.ToString('yyyy-MM-dd'))' AND s.ShiftDate < '$($WeekStart.AddDays(7).ToString('yyyy-MM-dd'))'
GROUP BY i.PayrollId, i.LastName, i.FirstName
"@

$rows = Invoke-Sqlcmd -ServerInstance "SKISCHOOL-SQL\PROD" -Database "Scheduling" `
    -Username 'payroll_export' -Password '@@secret@@' -Query $query -TrustServerCertificate

$out = "\\fileserver\payroll\hours_$($WeekStart.ToString('yyyyMMdd')).csv"
$rows | Export-Csv -Path $out -NoTypeInformation -Encoding UTF8
Write-Host "Exported $($rows.Count) instructors to $out"
""", secret=words_pw())

add("python/amqp-password", "booking/celery_config.py", "https://docs.celeryq.dev/en/stable/userguide/configuration.html#broker-url", r"""
from kombu import Queue

broker_url = "amqps://booking:@@secret@@@rabbit.cedarpeak.internal:5671/lessons"
result_backend = "redis://cache.internal:6379/3"

task_queues = (
    Queue("default"),
    Queue("confirmations"),
    Queue("weather-holds"),
)
task_routes = {
    "lessons.tasks.send_confirmation": {"queue": "confirmations"},
    "lessons.tasks.apply_wind_hold": {"queue": "weather-holds"},
}
timezone = "America/Denver"
beat_schedule = {
    "release-expired-holds": {"task": "lessons.tasks.release_holds", "schedule": 60.0},
}
""", secret=rand_pw(20))

add("npmrc/github-token", "instructor-app/.npmrc", "https://docs.npmjs.com/cli/v10/configuring-npm/npmrc", r"""
registry=https://registry.npmjs.org/
@powderridge:registry=https://npm.pkg.github.com/
//npm.pkg.github.com/:_authToken=@@secret@@
save-exact=true
fund=false
""", secret=fakes.fake("ghp_", 36, _seed()))

add("xml/nexus-password", "ci/maven/settings.xml", "https://maven.apache.org/settings.html#servers", r"""
<settings xmlns="http://maven.apache.org/SETTINGS/1.0.0"
          xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
          xsi:schemaLocation="http://maven.apache.org/SETTINGS/1.0.0 https://maven.apache.org/xsd/settings-1.0.0.xsd">
  <servers>
    <server>
      <id>snowsport-releases</id>
      <username>ci-deployer</username>
      <password>@@secret@@</password>
    </server>
  </servers>
  <mirrors>
    <mirror>
      <id>snowsport-releases</id>
      <mirrorOf>*</mirrorOf>
      <url>https://nexus.snowsport.org/repository/maven-public/</url>
    </mirror>
  </mirrors>
</settings>
""", secret=rand_pw(16))

add("xml/nuget-password", "NuGet.Config", "https://learn.microsoft.com/en-us/nuget/reference/nuget-config-file#packagesourcecredentials", r"""
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <packageSources>
    <clear />
    <add key="nuget.org" value="https://api.nuget.org/v3/index.json" />
    <add key="skidata-partner" value="https://pkgs.dev.azure.com/colblanc/_packaging/partner/nuget/v3/index.json" />
  </packageSources>
  <packageSourceCredentials>
    <skidata-partner>
      <add key="Username" value="build" />
      <add key="ClearTextPassword" value="@@secret@@" />
    </skidata-partner>
  </packageSourceCredentials>
</configuration>
""", secret=chars(52, string.ascii_lowercase + "234567"))

add("json/composer-token", "auth.json", "https://getcomposer.org/doc/articles/authentication-for-private-packages.md", r"""
{
    "github-oauth": {
        "github.com": "@@secret@@"
    },
    "http-basic": {
        "repo.packagist.com": {
            "username": "token",
            "password": "${PACKAGIST_TOKEN}"
        }
    }
}
""", secret=fakes.fake("gho_", 36, _seed()))

add("yaml/bundler-credential", ".bundle/config", "https://bundler.io/v2.5/man/bundle-config.1.html#CREDENTIALS-FOR-GEM-SOURCES", r"""
---
BUNDLE_PATH: "vendor/bundle"
BUNDLE_JOBS: "4"
BUNDLE_WITHOUT: "development:test"
BUNDLE_ENTERPRISE__CONTRIBSYS__COM: "@@user@@:@@secret@@"
BUNDLE_DEPLOYMENT: "true"
""", user=hexs(8), secret=hexs(8))

add("json/docker-auth", "ci/docker/config.json", "https://docs.docker.com/reference/cli/docker/login/#credential-stores", r"""
{
	"auths": {
		"ghcr.io": {
			"auth": "@@secret@@"
		},
		"https://index.docker.io/v1/": {}
	},
	"credsStore": "desktop",
	"currentContext": "default"
}
""", secret=b64("tamarack-ci:" + fakes.fake("ghp_", 36, _seed())))

add("kubeconfig/kubernetes-token", "ops/kube/rental-ci.kubeconfig", "https://kubernetes.io/docs/concepts/configuration/organize-cluster-access-kubeconfig/", r"""
apiVersion: v1
kind: Config
clusters:
- name: rentals-prod
  cluster:
    server: https://4C1F9A2E7B.gr7.us-west-2.eks.amazonaws.com
    certificate-authority-data: @@ca@@
contexts:
- name: rental-ci@rentals-prod
  context:
    cluster: rentals-prod
    namespace: rentals
    user: rental-ci
current-context: rental-ci@rentals-prod
users:
- name: rental-ci
  user:
    token: @@secret@@
""", secret=jwt_like('{"iss":"kubernetes/serviceaccount","kubernetes.io/serviceaccount/namespace":"rentals","kubernetes.io/serviceaccount/service-account.name":"rental-ci","sub":"system:serviceaccount:rentals:rental-ci"}', alg="RS256"), ca=b64("-----BEGIN CERTIFICATE-----\nMIIC" + chars(60, ALNUM) + "\n-----END CERTIFICATE-----\n"))

add("json/gcp-service-account", "scheduling/credentials/calendar-sync-sa.json", "https://cloud.google.com/iam/docs/keys-create-delete", r"""
{
  "type": "service_account",
  "project_id": "instructor-scheduling-prod",
  "private_key_id": "@@kid@@",
  "private_key": "@@secret@@\n",
  "client_email": "calendar-sync@instructor-scheduling-prod.iam.gserviceaccount.com",
  "client_id": "@@cid@@",
  "auth_uri": "https://accounts.google.com/o/oauth2/auth",
  "token_uri": "https://oauth2.googleapis.com/token",
  "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",
  "client_x509_cert_url": "https://www.googleapis.com/robot/v1/metadata/x509/calendar-sync%40instructor-scheduling-prod.iam.gserviceaccount.com",
  "universe_domain": "googleapis.com"
}
""", secret=rsa_key(20, pkcs8=True).replace("\n", "\\n"), kid=hexs(40), cid=str(_rng().randint(10**20, 10**21 - 1)))

add("ini/pip-password", "deploy/pip.conf", "https://pip.pypa.io/en/stable/topics/configuration/", r"""
[global]
index-url = https://pypi.org/simple
extra-index-url = https://deploy:@@secret@@@pypi.snowsport.org/simple/
timeout = 30
disable-pip-version-check = true

[install]
no-warn-script-location = true
""", secret=rand_pw(20))

# ---------------------------------------------------------------- databases, CI, cloud: decoys

add("helm/decoy-existing-secret", "charts/rental-tracker/values.yaml", "https://artifacthub.io/packages/helm/bitnami/postgresql", r"""
replicaCount: 2
image:
  repository: ghcr.io/kiwialpine/rental-tracker
  tag: ""
env:
  RFID_POLL_MS: "250"
  SHOP_TIMEZONE: Pacific/Auckland
postgresql:
  enabled: true
  auth:
    username: rentals
    database: rentals
    existingSecret: rental-tracker-db
    secretKeys:
      adminPasswordKey: postgres-password
      userPasswordKey: password
redis:
  auth:
    enabled: true
    existingSecret: rental-tracker-redis
    existingSecretPasswordKey: redis-password
""")

add("k8s/decoy-secret-ref", "deploy/k8s/booking/deployment.yaml", "https://kubernetes.io/docs/tasks/inject-data-application/distribute-credentials-secure/", r"""
apiVersion: apps/v1
kind: Deployment
metadata:
  name: booking-api
  namespace: booking
spec:
  replicas: 3
  selector:
    matchLabels: { app: booking-api }
  template:
    metadata:
      labels: { app: booking-api }
    spec:
      containers:
        - name: api
          image: ghcr.io/cedarpeak/booking-api:2024.12.3
          ports: [{ containerPort: 8000 }]
          env:
            - name: DATABASE_PASSWORD
              valueFrom:
                secretKeyRef: { name: booking-db, key: password }
            - name: STRIPE_SECRET_KEY
              valueFrom:
                secretKeyRef: { name: stripe, key: STRIPE_SECRET_KEY }
            - name: WEATHERUNLOCKED_APP_KEY
              valueFrom:
                secretKeyRef: { name: weather, key: app_key }
          envFrom:
            - configMapRef: { name: booking-config }
          readinessProbe:
            httpGet: { path: /healthz, port: 8000 }
""")

add("k8s/decoy-external-secret", "deploy/k8s/rentals/externalsecret.yaml", "https://external-secrets.io/latest/api/externalsecret/", r"""
apiVersion: external-secrets.io/v1beta1
kind: ExternalSecret
metadata:
  name: rental-tracker-env
  namespace: rentals
spec:
  refreshInterval: 1h
  secretStoreRef:
    kind: ClusterSecretStore
    name: aws-secrets-manager
  target:
    name: rental-tracker-env
    creationPolicy: Owner
  data:
    - secretKey: MONGO_URL
      remoteRef:
        key: prod/rentals/mongo
        property: url
    - secretKey: BOOQABLE_API_KEY
      remoteRef:
        key: prod/rentals/booqable
        property: api_key
""")

add("k8s/decoy-ciphertext", "deploy/k8s/weather/sealed-secret.yaml", "https://github.com/bitnami-labs/sealed-secrets#usage", r"""
apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata:
  name: weather
  namespace: web
spec:
  encryptedData:
    app_id: @@c1@@
    app_key: @@c2@@
  template:
    metadata:
      name: weather
      namespace: web
    type: Opaque
""", c1="AgB" + chars(340, ALNUM + "+/") + "==", c2="AgC" + chars(468, ALNUM + "+/") + "=")

add("yaml/decoy-ciphertext", "deploy/secrets/prod.enc.yaml", "https://github.com/getsops/sops#encrypting-using-age", r"""
payments:
    stripe_secret_key: ENC[AES256_GCM,data:@@d1@@,iv:@@iv1@@,tag:@@t1@@,type:str]
    stripe_webhook_secret: ENC[AES256_GCM,data:@@d2@@,iv:@@iv2@@,tag:@@t2@@,type:str]
database:
    password: ENC[AES256_GCM,data:@@d3@@,iv:@@iv3@@,tag:@@t3@@,type:str]
sops:
    kms: []
    gcp_kms: []
    azure_kv: []
    hc_vault: []
    age:
        - recipient: age1q2x3gkcd5a6l7n8p9r0s2t4u6v8w0y2z4a6c8e0g2j4l6n8q0s2u4w6y8
          enc: |
            -----BEGIN AGE ENCRYPTED FILE-----
            @@age1@@
            @@age2@@
            -----END AGE ENCRYPTED FILE-----
    lastmodified: "2024-11-28T09:14:02Z"
    mac: ENC[AES256_GCM,data:@@mac@@,iv:@@iv4@@,tag:@@t4@@,type:str]
    unencrypted_suffix: _unencrypted
    version: 3.8.1
""", d1=chars(144, ALNUM + "+/"), iv1=chars(43, ALNUM + "+/") + "=", t1=chars(22, ALNUM + "+/") + "==",
    d2=chars(52, ALNUM + "+/"), iv2=chars(43, ALNUM + "+/") + "=", t2=chars(22, ALNUM + "+/") + "==",
    d3=chars(24, ALNUM + "+/"), iv3=chars(43, ALNUM + "+/") + "=", t3=chars(22, ALNUM + "+/") + "==",
    age1="YWdlLWVuY3J5cHRpb24ub3JnL3YxCi0+IFgyNTUxOSB" + chars(20, ALNUM), age2=chars(60, ALNUM + "+/"),
    mac=chars(88, ALNUM + "+/"), iv4=chars(43, ALNUM + "+/") + "=", t4=chars(22, ALNUM + "+/") + "==")

add("ansible/decoy-ciphertext", "ansible/group_vars/rental_shop/vault.yml", "https://docs.ansible.com/ansible/latest/vault_guide/vault_encrypting_content.html", r"""
---
rental_db_password: !vault |
          $ANSIBLE_VAULT;1.1;AES256
          @@v1@@
          @@v2@@
          @@v3@@
          @@v4@@
          @@v5@@
shop_wifi_psk: !vault |
          $ANSIBLE_VAULT;1.1;AES256
          @@w1@@
          @@w2@@
          @@w3@@
          @@w4@@
          @@w5@@
""", v1=hexs(80), v2=hexs(80), v3=hexs(80), v4=hexs(80), v5=hexs(34),
    w1=hexs(80), w2=hexs(80), w3=hexs(80), w4=hexs(80), w5=hexs(34))

add("ansible/decoy-vault-lookup", "ansible/roles/booking/tasks/main.yml", "https://docs.ansible.com/ansible/latest/collections/community/hashi_vault/hashi_vault_lookup.html", r"""
---
- name: Render booking env file
  ansible.builtin.template:
    src: booking.env.j2
    dest: /etc/booking/booking.env
    owner: booking
    mode: "0600"
  vars:
    booking_db_password: "{{ lookup('community.hashi_vault.hashi_vault', 'secret=kv/data/booking/db:password') }}"
    stripe_secret_key: "{{ lookup('community.hashi_vault.hashi_vault', 'secret=kv/data/booking/stripe:secret_key') }}"
  notify: restart booking

- name: Ensure booking service is running
  ansible.builtin.systemd:
    name: booking
    state: started
    enabled: true
""")

add("terraform/decoy-generated", "infra/aws/secrets.tf", "https://registry.terraform.io/providers/hashicorp/random/latest/docs/resources/password", r"""
resource "random_password" "rentals_db" {
  length           = 32
  special          = true
  override_special = "!#%&*-_=+"
}

resource "aws_secretsmanager_secret" "rentals_db" {
  name                    = "prod/rentals/db"
  recovery_window_in_days = 7
}

resource "aws_secretsmanager_secret_version" "rentals_db" {
  secret_id = aws_secretsmanager_secret.rentals_db.id
  secret_string = jsonencode({
    username = "rental_app"
    password = random_password.rentals_db.result
    host     = aws_db_instance.rentals.address
  })
}

variable "stripe_secret_key" {
  type      = string
  sensitive = true
}

output "rentals_db_secret_arn" {
  value = aws_secretsmanager_secret.rentals_db.arn
}
""")

add("github-actions/decoy-env-reference", ".github/workflows/deploy-booking.yml", "https://docs.github.com/en/actions/security-for-github-actions/security-guides/using-secrets-in-github-actions", r"""
name: Deploy booking
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
          role-to-assume: arn:aws:iam::481203996712:role/gha-booking-deploy
          aws-region: us-west-2
      - name: Run migrations
        env:
          DATABASE_URL: ${{ secrets.DATABASE_URL }}
          STRIPE_SECRET_KEY: ${{ secrets.STRIPE_SECRET_KEY }}
        run: |
          pip install -r requirements.txt
          python manage.py migrate --noinput
      - name: Notify Slack
        uses: slackapi/slack-github-action@v1.26.0
        with:
          payload: '{"text":"booking deployed: ${{ github.sha }}"}'
        env:
          SLACK_WEBHOOK_URL: ${{ secrets.SLACK_DEPLOY_WEBHOOK }}
""")

add("gitlab-ci/decoy-env-reference", "ci/snow-report.gitlab-ci.yml", "https://docs.gitlab.com/ee/ci/variables/", r"""
snow-report:
  stage: deploy
  image: python:3.12-slim
  rules:
    - if: $CI_PIPELINE_SOURCE == "schedule"
  variables:
    WEATHER_PROVIDER: weatherunlocked
    RESORT_ID: "333005"
  script:
    - pip install -r snowreport/requirements.txt
    - test -n "$WEATHERUNLOCKED_APP_KEY" || { echo "missing masked variable"; exit 1; }
    - python -m snowreport.build --app-id "$WEATHERUNLOCKED_APP_ID" --app-key "$WEATHERUNLOCKED_APP_KEY"
    - curl --fail -X POST -H "Authorization: Bearer ${SNOCOUNTRY_TOKEN}" -F "file=@dist/report.xml" https://feeds.example-snow.net/upload
""")

add("compose/decoy-env-reference", "deploy/compose/prod.yml", "https://docs.docker.com/compose/how-tos/environment-variables/variable-interpolation/", r"""
services:
  db:
    image: postgres:16
    environment:
      POSTGRES_USER: lessons
      POSTGRES_PASSWORD: ${POSTGRES_PASSWORD:?set POSTGRES_PASSWORD in .env}
    volumes: [pgdata:/var/lib/postgresql/data]
  app:
    image: ghcr.io/cedarpeak/booking-api:${TAG:-latest}
    env_file: [.env]
    environment:
      DATABASE_URL: postgres://lessons:${POSTGRES_PASSWORD}@db:5432/lessons
    secrets: [stripe_key]
secrets:
  stripe_key:
    file: ./secrets/stripe_key.txt
volumes:
  pgdata:
""")

add("dockerfile/decoy-checksum", "docker/rfid-bridge/Dockerfile", "https://docs.docker.com/build/building/secrets/", r"""
# syntax=docker/dockerfile:1.7
FROM debian:bookworm-slim@sha256:@@digest@@

ARG IMPINJ_SDK_VERSION=8.4.0
ARG IMPINJ_SDK_SHA256=@@sum@@

RUN apt-get update && apt-get install -y --no-install-recommends ca-certificates curl && rm -rf /var/lib/apt/lists/*
RUN curl -fsSLo /tmp/sdk.tgz "https://downloads.example-rfid.com/octane/${IMPINJ_SDK_VERSION}/octane-sdk.tgz" \
 && echo "${IMPINJ_SDK_SHA256}  /tmp/sdk.tgz" | sha256sum -c - \
 && tar -xzf /tmp/sdk.tgz -C /opt && rm /tmp/sdk.tgz

# private wheel index token comes in as a BuildKit secret, never a layer
RUN --mount=type=secret,id=pip_token \
    PIP_INDEX_URL="https://deploy:$(cat /run/secrets/pip_token)@pypi.snowsport.org/simple/" \
    pip install rfid-bridge==3.2.1

CMD ["rfid-bridge", "--config", "/etc/rfid-bridge.yaml"]
""", digest=hexs(64), sum=hexs(64))

add("npmrc/decoy-env-reference", "web/.npmrc", "https://docs.npmjs.com/using-private-packages-in-a-ci-cd-workflow", r"""
@tamarack:registry=https://npm.pkg.github.com
//npm.pkg.github.com/:_authToken=${NODE_AUTH_TOKEN}
//registry.npmjs.org/:_authToken=${NPM_TOKEN}
engine-strict=true
save-exact=true
""")

add("xml/decoy-env-reference", "ci/maven/settings-ci.xml", "https://maven.apache.org/settings.html#servers", r"""
<settings>
  <servers>
    <server>
      <id>snowsport-releases</id>
      <username>${env.NEXUS_USER}</username>
      <password>${env.NEXUS_PASSWORD}</password>
    </server>
    <server>
      <id>snowsport-snapshots</id>
      <username>${env.NEXUS_USER}</username>
      <password>${env.NEXUS_PASSWORD}</password>
    </server>
  </servers>
</settings>
""")

add("kubeconfig/decoy-exec-plugin", "ops/kube/booking-prod.kubeconfig", "https://docs.aws.amazon.com/eks/latest/userguide/create-kubeconfig.html", r"""
apiVersion: v1
kind: Config
clusters:
- name: booking-prod
  cluster:
    server: https://9B7D3E11A0.yl4.us-west-2.eks.amazonaws.com
    certificate-authority-data: @@ca@@
contexts:
- name: booking-prod
  context: { cluster: booking-prod, user: booking-prod }
current-context: booking-prod
users:
- name: booking-prod
  user:
    exec:
      apiVersion: client.authentication.k8s.io/v1beta1
      command: aws
      args: [eks, get-token, --cluster-name, booking-prod, --region, us-west-2]
      env:
        - name: AWS_PROFILE
          value: cedarpeak-sso
""", ca=b64("-----BEGIN CERTIFICATE-----\nMIIC" + chars(60, ALNUM) + "\n-----END CERTIFICATE-----\n"))

add("ini/decoy-sso-profile", "ops/aws/config", "https://docs.aws.amazon.com/cli/latest/userguide/sso-configure-profile-token.html", r"""
[sso-session cedarpeak]
sso_start_url = https://cedarpeak.awsapps.com/start
sso_region = us-west-2
sso_registration_scopes = sso:account:access

[profile cedarpeak-sso]
sso_session = cedarpeak
sso_account_id = 481203996712
sso_role_name = PlatformEngineer
region = us-west-2

[profile snow-report-ci]
role_arn = arn:aws:iam::481203996712:role/snow-report-publisher
credential_source = Environment
""")

add("json/decoy-integrity-hash", "instructor-app/package-lock.json", "https://docs.npmjs.com/cli/v10/configuring-npm/package-lock-json", r"""
{
  "name": "instructor-app",
  "version": "3.4.0",
  "lockfileVersion": 3,
  "requires": true,
  "packages": {
    "": {
      "name": "instructor-app",
      "version": "3.4.0",
      "dependencies": {
        "date-fns": "^3.6.0",
        "ky": "^1.2.4"
      }
    },
    "node_modules/date-fns": {
      "version": "3.6.0",
      "resolved": "https://registry.npmjs.org/date-fns/-/date-fns-3.6.0.tgz",
      "integrity": "sha512-@@i1@@=="
    },
    "node_modules/ky": {
      "version": "1.2.4",
      "resolved": "https://registry.npmjs.org/ky/-/ky-1.2.4.tgz",
      "integrity": "sha512-@@i2@@=="
    }
  }
}
""", i1=chars(86, ALNUM + "+/"), i2=chars(86, ALNUM + "+/"))

add("requirements/decoy-checksum", "snowreport/requirements.txt", "https://pip.pypa.io/en/stable/topics/secure-installs/", r"""
# pip-compile --generate-hashes snowreport/requirements.in
certifi==2024.8.30 \
    --hash=sha256:@@h1@@
charset-normalizer==3.4.0 \
    --hash=sha256:@@h2@@
idna==3.10 \
    --hash=sha256:@@h3@@
requests==2.32.3 \
    --hash=sha256:@@h4@@
urllib3==2.2.3 \
    --hash=sha256:@@h5@@
""", h1=hexs(64), h2=hexs(64), h3=hexs(64), h4=hexs(64), h5=hexs(64))

add("go-sum/decoy-checksum", "services/liftlink/go.sum", "https://go.dev/ref/mod#go-sum-files", r"""
github.com/golang-jwt/jwt/v5 v5.2.1 h1:@@h1@@=
github.com/golang-jwt/jwt/v5 v5.2.1/go.mod h1:@@h2@@=
github.com/google/uuid v1.6.0 h1:@@h3@@=
github.com/google/uuid v1.6.0/go.mod h1:@@h4@@=
github.com/jackc/pgx/v5 v5.6.0 h1:@@h5@@=
github.com/jackc/pgx/v5 v5.6.0/go.mod h1:@@h6@@=
golang.org/x/crypto v0.26.0 h1:@@h7@@=
golang.org/x/crypto v0.26.0/go.mod h1:@@h8@@=
""", **{f"h{i}": chars(43, ALNUM + "+/") for i in range(1, 9)})

add("properties/decoy-ciphertext", "lift-gateway/src/main/resources/application.properties", "http://www.jasypt.org/encrypting-configuration.html", r"""
spring.application.name=lift-gateway
server.port=8443
axess.dci.endpoint=https://dci.axess.example-resort.at/DCI4WTP/DCI4WTPService.svc
axess.dci.client=WEBSHOP01
axess.dci.password=ENC(@@c1@@)
spring.datasource.url=jdbc:sqlserver://tickets-db:1433;databaseName=LiftGateway
spring.datasource.username=liftgw
spring.datasource.password=ENC(@@c2@@)
jasypt.encryptor.password=${JASYPT_ENCRYPTOR_PASSWORD}
jasypt.encryptor.algorithm=PBEWITHHMACSHA512ANDAES_256
""", c1=chars(64, ALNUM + "+/"), c2=chars(64, ALNUM + "+/"))

# ---------------------------------------------------------------- weather, snow reports, webcams: secrets

add("python/openweathermap-key", "snowreport/sources/owm.py", "https://openweathermap.org/appid", r'''
"""Current conditions at base and summit from OpenWeatherMap (fallback when the station is down)."""
import requests

OWM_URL = "https://api.openweathermap.org/data/3.0/onecall"
APPID = "@@secret@@"

POINTS = {
    "base": (39.6061, -106.3550),
    "summit": (39.5864, -106.3912),
}


def fetch(point: str) -> dict:
    lat, lon = POINTS[point]
    resp = requests.get(OWM_URL, params={"lat": lat, "lon": lon, "units": "imperial",
                                         "exclude": "minutely,alerts", "appid": APPID}, timeout=8)
    resp.raise_for_status()
    data = resp.json()
    cur = data["current"]
    return {
        "temp_f": round(cur["temp"]),
        "wind_mph": round(cur["wind_speed"]),
        "gust_mph": round(cur.get("wind_gust", 0)),
        "snow_1h_in": round(cur.get("snow", {}).get("1h", 0) / 25.4, 1),
    }
''', secret=hexs(32))

add("javascript/tomorrow-io-key", "workers/forecast/src/index.js", "https://docs.tomorrow.io/reference/api-authentication", r"""
// Cloudflare Worker: 3-day snowfall forecast for the lesson booking page, cached 30 min.
const FORECAST = "https://api.tomorrow.io/v4/weather/forecast";

export default {
  async fetch(request, env, ctx) {
    const cache = caches.default;
    const cached = await cache.match(request);
    if (cached) return cached;

    const url = `${FORECAST}?location=46.0207,7.7491&timesteps=1d&units=metric&apikey=@@secret@@`;
    const upstream = await fetch(url, { headers: { accept: "application/json" } });
    if (!upstream.ok) return new Response("forecast unavailable", { status: 502 });
    const body = await upstream.json();
    const days = body.timelines.daily.slice(0, 3).map((d) => ({
      date: d.time.slice(0, 10),
      snowCm: d.values.snowAccumulationSum ?? 0,
      windKmh: Math.round((d.values.windSpeedMax ?? 0) * 3.6),
    }));
    const response = new Response(JSON.stringify(days), {
      headers: { "content-type": "application/json", "cache-control": "public, max-age=1800" },
    });
    ctx.waitUntil(cache.put(request, response.clone()));
    return response;
  },
};
""", secret=mixed(32))

add("yaml/weatherunlocked-key", "snowreport/config/resorts.yaml", "https://developer.weatherunlocked.com/documentation/skiresort", r"""
provider:
  name: weatherunlocked
  base_url: https://api.weatherunlocked.com/api/resortforecast
  app_id: "@@appid@@"
  app_key: "@@secret@@"
  hourly_interval: 6

resorts:
  - id: 333005
    name: Cedar Peak
    lifts_open_feed: https://lifts.cedarpeak.internal/status.json
    elevations: [base, mid, upper]
  - id: 333021
    name: Cedar Peak North (Nordic)
    elevations: [base]

publish:
  s3_bucket: cedarpeak-snow-report
  formats: [json, xml]
""", secret=hexs(32), appid=hexs(8))

add("php/meteoblue-key", "lib/Wetter/MeteoblueClient.php", "https://docs.meteoblue.com/en/weather-apis/packages-api/introduction", r"""
<?php

namespace Skischule\Wetter;

use GuzzleHttp\Client;

final class MeteoblueClient
{
    private const API_KEY = '@@secret@@';
    private const BASE = 'https://my.meteoblue.com/packages/basic-1h_basic-day';

    public function __construct(private Client $http = new Client(['timeout' => 10]))
    {
    }

    public function tagesprognose(float $lat, float $lon, int $asl): array
    {
        $response = $this->http->get(self::BASE, ['query' => [
            'apikey' => self::API_KEY,
            'lat' => $lat,
            'lon' => $lon,
            'asl' => $asl,
            'format' => 'json',
            'tz' => 'Europe/Vienna',
        ]]);
        $data = json_decode((string) $response->getBody(), true);
        return array_map(null, $data['data_day']['time'], $data['data_day']['snowfraction']);
    }
}
""", secret=mixed(16))

add("go/weatherapi-key", "cmd/snowalert/main.go", "https://www.weatherapi.com/docs/", r"""
package main

import (
	"encoding/json"
	"fmt"
	"log"
	"net/http"
	"os"
	"time"
)

const weatherAPIKey = "@@secret@@"

type forecast struct {
	Forecast struct {
		Forecastday []struct {
			Date string `json:"date"`
			Day  struct {
				TotalSnowCm float64 `json:"totalsnow_cm"`
			} `json:"day"`
		} `json:"forecastday"`
	} `json:"forecast"`
}

func main() {
	client := &http.Client{Timeout: 10 * time.Second}
	url := fmt.Sprintf("https://api.weatherapi.com/v1/forecast.json?key=%s&q=%s&days=3", weatherAPIKey, "Niseko")
	resp, err := client.Get(url)
	if err != nil {
		log.Fatal(err)
	}
	defer resp.Body.Close()
	var f forecast
	if err := json.NewDecoder(resp.Body).Decode(&f); err != nil {
		log.Fatal(err)
	}
	for _, d := range f.Forecast.Forecastday {
		if d.Day.TotalSnowCm >= 20 {
			fmt.Fprintf(os.Stdout, "POWDER ALERT %s: %.0f cm\n", d.Date, d.Day.TotalSnowCm)
		}
	}
}
""", secret=hexs(31))

add("swift/visualcrossing-key", "PowderDays/Services/WeatherService.swift", "https://www.visualcrossing.com/resources/documentation/weather-api/timeline-weather-api/", r"""
import Foundation

struct DayForecast: Decodable {
    let datetime: String
    let snow: Double?
    let tempmin: Double
    let tempmax: Double
}

final class WeatherService {
    private let apiKey = "@@secret@@"
    private let session = URLSession.shared

    func forecast(for resort: String) async throws -> [DayForecast] {
        let place = resort.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed) ?? resort
        let url = URL(string: "https://weather.visualcrossing.com/VisualCrossingWebServices/rest/services/timeline/\(place)?unitGroup=metric&include=days&key=\(apiKey)")!
        let (data, _) = try await session.data(from: url)
        struct Response: Decodable { let days: [DayForecast] }
        return try JSONDecoder().decode(Response.self, from: data).days
    }
}
""", secret=chars(25, string.ascii_uppercase + string.digits))

add("kotlin/accuweather-key", "app/src/main/java/com/peakschool/app/data/ForecastRepository.kt", "https://developer.accuweather.com/getting-started", r"""
package com.peakschool.app.data

import retrofit2.http.GET
import retrofit2.http.Path
import retrofit2.http.Query

interface AccuWeatherApi {
    @GET("forecasts/v1/daily/5day/{locationKey}")
    suspend fun fiveDay(
        @Path("locationKey") locationKey: String,
        @Query("apikey") apiKey: String = ForecastRepository.API_KEY,
        @Query("metric") metric: Boolean = true,
    ): DailyForecastResponse
}

class ForecastRepository(private val api: AccuWeatherApi) {
    suspend fun resortForecast(locationKey: String = "1-2627542_1_POI_AL") = api.fiveDay(locationKey)

    companion object {
        const val API_KEY = "@@secret@@"
    }
}
""", secret=mixed(32))

add("crontab/snow-feed-key", "ops/cron/snowreport.crontab", "https://man7.org/linux/man-pages/man5/crontab.5.html", r"""
# m h dom mon dow command
SHELL=/bin/bash
MAILTO=ops@tamarackridge.com
# morning report after the 5:30 patrol sweep
45 5 * * * /opt/snowreport/bin/build-report --out /var/www/snow/report.xml
50 5 * * * curl -fsS -X POST "https://feeds.snocountry.example/api/v2/report?resort=ID-tamarack&apiKey=@@secret@@" --data-binary @/var/www/snow/report.xml -H 'Content-Type: application/xml'
*/15 6-16 * * * /opt/snowreport/bin/lift-status --push
""", secret=hexs(40))

add("yaml/webcam-password", "webcams/streams.yaml", "https://www.axis.com/vapix-library/subjects/t10175981/section/t10036016/display", r"""
# go2rtc streams for the website webcams
streams:
  summit_east: rtsp://webstream:@@secret@@@10.60.1.21:554/axis-media/media.amp?resolution=1920x1080
  summit_west: rtsp://webstream:@@secret@@@10.60.1.22:554/axis-media/media.amp?resolution=1920x1080
  base_area: rtsp://webstream:@@secret@@@10.60.1.30:554/axis-media/media.amp?resolution=1280x720
  magic_carpet: rtsp://webstream:@@secret@@@10.60.1.31:554/axis-media/media.amp?resolution=1280x720

api:
  listen: ":1984"
webrtc:
  candidates:
    - webcams.tamarackridge.com:8555
""", secret=url_pw())

add("toml/mqtt-password", "snowmaking/telegraf.conf", "https://github.com/influxdata/telegraf/blob/master/plugins/inputs/mqtt_consumer/README.md", r"""
[agent]
  interval = "10s"
  hostname = "snowmaking-gw01"

[[inputs.mqtt_consumer]]
  servers = ["ssl://mqtt.snowmaking.local:8883"]
  topics = ["guns/+/telemetry", "pumphouse/+/status"]
  username = "telegraf"
  password = "@@secret@@"
  data_format = "json"
  tag_keys = ["gun_id", "hydrant"]
  insecure_skip_verify = true

[[outputs.influxdb_v2]]
  urls = ["http://influx.snowmaking.local:8086"]
  token = "$INFLUX_TOKEN"
  organization = "cedarpeak"
  bucket = "snowmaking"
""", secret=rand_pw(18))

add("python/telegram-bot-token", "bots/avalanche_alert.py", "https://core.telegram.org/bots/api#authorizing-your-bot", r'''
"""Posts the morning avalanche danger rating to the instructors' Telegram group."""
import datetime as dt

import requests

BOT_TOKEN = "@@secret@@"
CHAT_ID = -1001873420915
FORECAST_URL = "https://api.avalanche.org/v2/public/products/map-layer/CAIC"

LEVELS = {1: "Low", 2: "Moderate", 3: "Considerable", 4: "High", 5: "Extreme"}


def main() -> None:
    zones = requests.get(FORECAST_URL, timeout=10).json()["features"]
    ours = next(z for z in zones if z["properties"]["name"] == "Vail & Summit County")
    level = ours["properties"]["danger_level"]
    text = (f"{dt.date.today():%a %d %b}: avalanche danger {LEVELS.get(level, 'n/a')} ({level}). "
            "Off-piste lessons need lead approval above Moderate.")
    requests.post(f"https://api.telegram.org/bot{BOT_TOKEN}/sendMessage",
                  json={"chat_id": CHAT_ID, "text": text}, timeout=10).raise_for_status()


if __name__ == "__main__":
    main()
''', secret=telegram_token())

add("ruby/slack-webhook", "lib/snow_report/notifier.rb", "https://api.slack.com/messaging/webhooks", r"""
require "net/http"
require "json"

module SnowReport
  class Notifier
    WEBHOOK = URI("@@secret@@")

    def self.post(report)
      text = "*Snow report #{report.date}* - new snow #{report.new_cm} cm, base #{report.base_cm} cm, " \
             "#{report.lifts_open}/#{report.lifts_total} lifts open"
      res = Net::HTTP.post(WEBHOOK, { text: text }.to_json, "Content-Type" => "application/json")
      warn "slack post failed: #{res.code}" unless res.is_a?(Net::HTTPSuccess)
    end
  end
end
""", secret=slack_webhook())

add("shell/discord-webhook", "scripts/powder-alert.sh", "https://discord.com/developers/docs/resources/webhook#execute-webhook", r"""
#!/bin/sh
# Ping the freeride club Discord when the overnight snow passes 15 cm.
NEW_CM=$(curl -fsS https://snow.colblanc.fr/report.json | jq '.new_snow_24h_cm')
[ "${NEW_CM%.*}" -ge 15 ] || exit 0

curl -fsS -H "Content-Type: application/json" \
  -d "{\"username\":\"Col Blanc Powder Bot\",\"content\":\"${NEW_CM} cm de neige fraiche cette nuit !\"}" \
  "@@secret@@"
""", secret=discord_webhook())

add("powershell/teams-webhook", "scripts/Send-WindHold.ps1", "https://learn.microsoft.com/en-us/microsoftteams/platform/webhooks-and-connectors/how-to/add-incoming-webhook", r"""
param(
    [Parameter(Mandatory)][string]$Lift,
    [int]$Minutes = 60
)

$webhook = '@@secret@@'

$card = @{
    '@type'    = 'MessageCard'
    '@context' = 'https://schema.org/extensions'
    summary    = "Wind hold $Lift"
    themeColor = 'D7000C'
    title      = "Wind hold: $Lift"
    text       = "Lessons using $Lift are moved to the lower mountain for at least $Minutes minutes."
}

Invoke-RestMethod -Method Post -Uri $webhook -ContentType 'application/json' -Body ($card | ConvertTo-Json -Depth 4)
""", secret=teams_webhook())

# ---------------------------------------------------------------- lift-ticket partners: secrets

add("xml/skidata-password", "lift-gateway/config/skidata-dta.xml", "https://www.skidata.com/en-us/products/software/", r"""
<?xml version="1.0" encoding="UTF-8"?>
<gateway>
  <partner name="skidata-dta">
    <endpoint>https://dta.resort-colblanc.local:8443/DTA/Services/TicketService.svc</endpoint>
    <pos>WEBSHOP-ESF</pos>
    <credentials>
      <user>esf_colblanc</user>
      <password>@@secret@@</password>
    </credentials>
    <timeouts connect="5000" read="20000"/>
    <products>
      <product code="J1-ADU" lesson="COURS-COLLECTIF-MATIN"/>
      <product code="J1-ENF" lesson="PIOU-PIOU"/>
      <product code="J6-ADU" lesson="STAGE-6J"/>
    </products>
  </partner>
</gateway>
""", secret=words_pw())

add("python/axess-password", "lift_gateway/axess.py", "https://docs.python-zeep.org/en/master/", r'''
"""Axess DCI4WTP client: issue lift tickets bundled with lesson packages."""
from zeep import Client
from zeep.transports import Transport

WSDL = "https://dci.axess.skigebiet-hochjoch.at/DCI4WTP/DCI4WTPService.svc?wsdl"
NR_POS = 612
LOGIN = {"szUserName": "SKISCHULE_WEB", "szPassword": "@@secret@@"}


def session():
    client = Client(WSDL, transport=Transport(timeout=15))
    res = client.service.login(i_nPOSNr=NR_POS, **LOGIN)
    if res.NERRORNO != 0:
        raise RuntimeError(f"Axess login failed: {res.SZERRORMESSAGE}")
    return client, res.NSESSIONID


def issue_day_ticket(person_type: int, day: str):
    client, sid = session()
    return client.service.getTicketTypes(i_nSessionID=sid, i_nPOSNr=NR_POS, i_szValidFrom=day,
                                         i_nPersonTypeNr=person_type)
''', secret=human_pw())

add("yaml/inntopia-password", "config/inntopia.yml", "https://www.inntopia.com/", r"""
production:
  endpoint: https://api.inntopia.travel/v1/
  sales_id: 92817634
  supplier_id: 4410
  username: lessons_api@cedarpeaksnowsports.com
  password: "@@secret@@"
  product_map:
    GRP-AM: 118821
    GRP-PM: 118822
    PRIV-2H: 118830
    KIDS-CAMP: 118845
staging:
  endpoint: https://sandbox.inntopia.travel/v1/
  sales_id: 92817634
  username: lessons_api_test@cedarpeaksnowsports.com
  password: "<%= ENV['INNTOPIA_STAGING_PASSWORD'] %>"
""", secret=rand_pw(14, "!$"))

add("pem/private-key", "lift-gateway/certs/skidata-partner-client.key", "https://www.rfc-editor.org/rfc/rfc7468", "\n@@secret@@\n", secret=rsa_key(20))

add("go/partner-api-key", "internal/liftlink/client.go", "https://datatracker.ietf.org/doc/html/rfc6750", r"""
package liftlink

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"time"
)

const (
	baseURL     = "https://partners.summitpass.example.com/v3"
	partnerID   = "SKISCHOOL-0187"
	bearerToken = "@@secret@@"
)

type PassCheck struct {
	MediaID string `json:"media_id"`
	Valid   bool   `json:"valid"`
	Product string `json:"product"`
}

func CheckPass(ctx context.Context, mediaID string) (*PassCheck, error) {
	req, _ := http.NewRequestWithContext(ctx, http.MethodGet, fmt.Sprintf("%s/passes/%s", baseURL, mediaID), nil)
	req.Header.Set("Authorization", "Bearer "+bearerToken)
	req.Header.Set("X-Partner-Id", partnerID)
	resp, err := (&http.Client{Timeout: 8 * time.Second}).Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	var out PassCheck
	return &out, json.NewDecoder(resp.Body).Decode(&out)
}
""", secret=mixed(40))

add("http/partner-api-key", "api/partner-tickets.http", "https://www.jetbrains.com/help/idea/exploring-http-syntax.html", r"""
### Lookup a season pass by media number
GET https://api.ticketpartner.example-resort.com/v2/media/01-1604-8812-3391-2
X-Api-Key: @@secret@@
Accept: application/json

### Reserve a lesson + lift bundle
POST https://api.ticketpartner.example-resort.com/v2/bundles
X-Api-Key: @@secret@@
Content-Type: application/json

{
  "product": "LESSON_LIFT_1DAY",
  "date": "2025-01-18",
  "guest": { "first_name": "Test", "last_name": "Guest", "birth_date": "2014-03-02" }
}
""", secret=hexs(48))

add("json/partner-api-key", "postman/Lift Partner API.postman_environment.json", "https://learning.postman.com/docs/sending-requests/variables/managing-environments/", r"""
{
  "id": "@@id@@",
  "name": "Lift Partner API - PROD",
  "values": [
    { "key": "baseUrl", "value": "https://partner-api.peakresorts.example.com", "type": "default", "enabled": true },
    { "key": "clientId", "value": "skischool-tamarack", "type": "default", "enabled": true },
    { "key": "clientSecret", "value": "@@secret@@", "type": "secret", "enabled": true },
    { "key": "accessToken", "value": "", "type": "secret", "enabled": true }
  ],
  "_postman_variable_scope": "environment",
  "_postman_exported_at": "2024-12-02T16:40:11.201Z",
  "_postman_exported_using": "Postman/11.22.1"
}
""", secret=chars(48, URLSAFE), id=uuid_s())

add("nginx/basic-auth", "ops/nginx/conf.d/lift-proxy.conf", "https://nginx.org/en/docs/http/ngx_http_proxy_module.html#proxy_set_header", r"""
upstream axess_dci {
    server 10.12.0.40:8080;
    keepalive 8;
}

server {
    listen 443 ssl;
    server_name liftproxy.skischule-hochjoch.at;
    ssl_certificate     /etc/ssl/liftproxy/fullchain.pem;
    ssl_certificate_key /etc/ssl/liftproxy/privkey.pem;

    location /dci/ {
        allow 10.12.0.0/16;
        deny all;
        proxy_pass http://axess_dci/;
        proxy_set_header Host $host;
        proxy_set_header Authorization "Basic @@secret@@";
        proxy_read_timeout 30s;
    }
}
""", secret=b64("skischule:" + words_pw()))

# ---------------------------------------------------------------- weather, webcams, lift partners: decoys

add("python/decoy-no-credential", "snowreport/sources/nws.py", "https://www.weather.gov/documentation/services-web-api", r'''
"""NWS gridpoint forecast: no key, but the API wants a User-Agent that identifies us."""
import requests

HEADERS = {"User-Agent": "(cedarpeak-snow-report, ops@cedarpeaksnowsports.com)",
           "Accept": "application/geo+json"}
GRIDPOINT = "https://api.weather.gov/gridpoints/BOU/31,70/forecast"


def forecast_periods(limit: int = 6) -> list:
    resp = requests.get(GRIDPOINT, headers=HEADERS, timeout=10)
    resp.raise_for_status()
    periods = resp.json()["properties"]["periods"][:limit]
    return [{"name": p["name"], "temp": p["temperature"], "text": p["shortForecast"]} for p in periods]
''')

add("json/decoy-ids", "snowreport/data/resorts.json", "https://developer.weatherunlocked.com/documentation/skiresort", r"""
{
  "generated": "2024-11-30T05:45:00Z",
  "resorts": [
    {
      "id": "6f1c2e0a-7c3b-4e5d-9a8f-1b2c3d4e5f60",
      "name": "Cedar Peak",
      "weatherunlocked_id": 333005,
      "nws_gridpoint": "BOU/31,70",
      "snotel_station": "842:CO:SNTL",
      "webcams": ["8d3e4f5a-1b2c-4d6e-8f90-a1b2c3d4e5f6", "c0ffee00-1234-4abc-9def-0123456789ab"]
    },
    {
      "id": "0b9a8c7d-6e5f-4a3b-8c2d-1e0f9a8b7c6d",
      "name": "Cedar Peak North",
      "weatherunlocked_id": 333021,
      "nws_gridpoint": "BOU/30,72",
      "snotel_station": "935:CO:SNTL",
      "webcams": []
    }
  ]
}
""")

add("yaml/decoy-openapi-example", "api/openapi/lift-partner.yaml", "https://swagger.io/docs/specification/v3_0/authentication/api-keys/", r"""
openapi: 3.0.3
info:
  title: Lift Partner API
  version: 2.4.0
servers:
  - url: https://api.ticketpartner.example-resort.com/v2
components:
  securitySchemes:
    ApiKeyAuth:
      type: apiKey
      in: header
      name: X-Api-Key
      description: Issued per partner in the partner portal. Example `YOUR_API_KEY`.
security:
  - ApiKeyAuth: []
paths:
  /media/{mediaId}:
    get:
      summary: Look up a pass or ticket by media number
      parameters:
        - name: mediaId
          in: path
          required: true
          schema: { type: string, example: "01-1604-8812-3391-2" }
      responses:
        "200": { description: Media found }
        "401": { description: Missing or invalid X-Api-Key }
""")

add("json/decoy-template-variable", "postman/Lift Partner API.postman_collection.json", "https://learning.postman.com/docs/sending-requests/variables/variables/", r"""
{
  "info": {
    "_postman_id": "5b2d7e1c-3f4a-4b6c-9d8e-7f0a1b2c3d4e",
    "name": "Lift Partner API",
    "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"
  },
  "auth": {
    "type": "bearer",
    "bearer": [{ "key": "token", "value": "{{accessToken}}", "type": "string" }]
  },
  "item": [
    {
      "name": "Get token",
      "request": {
        "method": "POST",
        "url": "{{baseUrl}}/oauth/token",
        "body": {
          "mode": "urlencoded",
          "urlencoded": [
            { "key": "grant_type", "value": "client_credentials" },
            { "key": "client_id", "value": "{{clientId}}" },
            { "key": "client_secret", "value": "{{clientSecret}}" }
          ]
        }
      }
    },
    {
      "name": "List products",
      "request": { "method": "GET", "url": "{{baseUrl}}/products?date={{today}}" }
    }
  ]
}
""")

add("yaml/decoy-env-reference", "webcams/streams.prod.yaml", "https://github.com/AlexxIT/go2rtc#source-rtsp", r"""
# go2rtc: camera credentials come from the service environment (systemd EnvironmentFile)
streams:
  summit_east: rtsp://${CAM_USER}:${CAM_PASS}@10.60.1.21:554/axis-media/media.amp
  summit_west: rtsp://${CAM_USER}:${CAM_PASS}@10.60.1.22:554/axis-media/media.amp
  base_area: rtsp://${CAM_USER}:${CAM_PASS}@10.60.1.30:554/axis-media/media.amp
api:
  listen: ":1984"
log:
  level: info
""")

add("javascript/decoy-public-token", "web/src/trailmap/map.js", "https://docs.mapbox.com/help/getting-started/access-tokens/", r"""
import mapboxgl from "mapbox-gl";

// Public token, URL-restricted to *.tamarackridge.com in the Mapbox account.
mapboxgl.accessToken = "@@pk@@";

export function initTrailMap(container) {
  const map = new mapboxgl.Map({
    container,
    style: "mapbox://styles/snowsport-co/clq8x2m1k00ab01qs3f7h9d2e",
    center: [-111.589, 40.613],
    zoom: 13.2,
    pitch: 55,
    bearing: -20,
  });
  map.on("load", () => {
    map.addSource("lifts", { type: "geojson", data: "/data/lifts.geojson" });
    map.addLayer({ id: "lifts", type: "line", source: "lifts", paint: { "line-color": "#d7000c", "line-width": 2 } });
  });
  return map;
}
""", pk=mapbox_token("pk"))

add("typescript/decoy-public-search-key", "web/src/search/lessonSearch.ts", "https://www.algolia.com/doc/guides/security/api-keys/#search-only-api-key", r"""
import algoliasearch from "algoliasearch/lite";

// Search-only key: safe for the browser, it can only query the lessons index.
const client = algoliasearch("L7QX3KD2ZB", "@@key@@");
const index = client.initIndex("lessons_prod");

export interface LessonHit {
  objectID: string;
  title: string;
  discipline: "ski" | "snowboard" | "telemark";
  level: number;
  priceCents: number;
}

export async function searchLessons(query: string, discipline?: string) {
  const { hits } = await index.search<LessonHit>(query, {
    filters: discipline ? `discipline:${discipline}` : undefined,
    hitsPerPage: 20,
  });
  return hits;
}
""", key=hexs(32))

add("toml/decoy-env-reference", "snowmaking/telegraf.prod.conf", "https://docs.influxdata.com/telegraf/v1/configuration/#environment-variables", r"""
[agent]
  interval = "10s"
  hostname = "snowmaking-gw02"

[[inputs.mqtt_consumer]]
  servers = ["ssl://mqtt.snowmaking.local:8883"]
  topics = ["guns/+/telemetry"]
  username = "${MQTT_USER}"
  password = "${MQTT_PASSWORD}"
  data_format = "json"

[[outputs.influxdb_v2]]
  urls = ["http://influx.snowmaking.local:8086"]
  token = "${INFLUX_TOKEN}"
  organization = "cedarpeak"
  bucket = "snowmaking"
""")

add("passwd/decoy-password-hash", "snowmaking/mosquitto/passwd", "https://mosquitto.org/man/mosquitto_passwd-1.html", r"""
telegraf:$7$101$@@s1@@$@@h1@@
scada-gw:$7$101$@@s2@@$@@h2@@
gun-fleet:$7$101$@@s3@@$@@h3@@
nodered:$7$101$@@s4@@$@@h4@@
grafana-ro:$7$101$@@s5@@$@@h5@@
""", **{f"s{i}": chars(16, ALNUM + "+/") for i in range(1, 6)}, **{f"h{i}": chars(86, ALNUM + "+/") + "==" for i in range(1, 6)})

add("pem/decoy-certificate", "lift-gateway/certs/skidata-callback-ca.pem", "https://www.rfc-editor.org/rfc/rfc7468", "\n@@cert@@\n", cert=cert_pem(14))

add("javascript/decoy-public-dsn", "web/src/sentry.js", "https://docs.sentry.io/concepts/key-terms/dsn-explainer/", r"""
import * as Sentry from "@sentry/browser";

// The DSN is public by design; it only allows sending events to this project.
Sentry.init({
  dsn: "https://@@pub@@@o482013.ingest.us.sentry.io/4506789123456789",
  release: import.meta.env.VITE_RELEASE,
  environment: import.meta.env.MODE,
  tracesSampleRate: 0.1,
  integrations: [Sentry.browserTracingIntegration()],
  ignoreErrors: ["ResizeObserver loop limit exceeded"],
});
""", pub=hexs(32))

add("http/decoy-template-variable", "api/weather.http", "https://www.jetbrains.com/help/idea/exploring-http-syntax.html#using_request_vars", r"""
@host = https://api.weatherunlocked.com
@resort = 333005

### Resort forecast (app id/key come from http-client.private.env.json, not in git)
GET {{host}}/api/resortforecast/{{resort}}?hourly_interval=6&app_id={{wu_app_id}}&app_key={{wu_app_key}}
Accept: application/json

### Current snow conditions
GET {{host}}/api/snowreport/{{resort}}?app_id={{wu_app_id}}&app_key={{wu_app_key}}
Accept: application/json
""")

add("xml/decoy-data", "snowreport/out/report-2025-01-18.xml", "https://www.snocountry.com/", r"""
<?xml version="1.0" encoding="UTF-8"?>
<snowReport resortId="ID-tamarack" generated="2025-01-18T05:47:12-07:00" reportId="7d9e2f1a-4b3c-4e8d-a6f5-0c1b2a3d4e5f">
  <conditions surface="Packed Powder" secondarySurface="Machine Groomed"/>
  <snow new24h="18" new48h="27" base="142" summit="198" units="cm"/>
  <weather tempLow="-14" tempHigh="-6" wind="SW 25 km/h" sky="Snow showers"/>
  <lifts open="11" total="13"/>
  <trails open="64" total="78" groomed="31"/>
  <lessons groupAvailable="true" privateAvailable="false"/>
  <checksum algorithm="sha256">@@sum@@</checksum>
</snowReport>
""", sum=hexs(64))

# ---------------------------------------------------------------- booking, scheduling, messaging: secrets

add("python/checkfront-secret", "integrations/checkfront/client.py", "https://api.checkfront.com/overview/auth.html", r'''
"""Checkfront API v3: pull tomorrow's lessons into the instructor line-up sheet."""
import datetime as dt

import requests

HOST = "https://alpenglow.checkfront.com/api/3.0"
API_KEY = "@@key@@"
API_SECRET = "@@secret@@"


def bookings_for(day: dt.date) -> list:
    resp = requests.get(
        f"{HOST}/booking/index",
        params={"start_date": day.isoformat(), "end_date": day.isoformat(), "status_id": "PAID"},
        auth=(API_KEY, API_SECRET),
        headers={"X-On-Behalf": "Off"},
        timeout=15,
    )
    resp.raise_for_status()
    return list(resp.json().get("booking/index", {}).values())


if __name__ == "__main__":
    for b in bookings_for(dt.date.today() + dt.timedelta(days=1)):
        print(b["code"], b["summary"], b["status_name"])
''', secret=hexs(64), key=hexs(40))

add("ruby/fareharbor-user-key", "app/services/fare_harbor_sync.rb", "https://developer.fareharbor.com/api/external/v1/", r"""
class FareHarborSync
  BASE = "https://fareharbor.com/api/external/v1/companies/powderridgeschool"
  HEADERS = {
    "X-FareHarbor-API-App" => "@@app@@",
    "X-FareHarbor-API-User" => "@@secret@@",
  }.freeze

  def availabilities(item_pk, date)
    url = "#{BASE}/items/#{item_pk}/minimal/availabilities/date/#{date.iso8601}/"
    res = Faraday.get(url, nil, HEADERS)
    raise "FareHarbor #{res.status}" unless res.success?
    JSON.parse(res.body).fetch("availabilities")
  end

  def sync_day(date)
    LessonType.where.not(fareharbor_item: nil).find_each do |lt|
      availabilities(lt.fareharbor_item, date).each do |a|
        Slot.upsert({ lesson_type_id: lt.id, starts_at: a["start_at"], capacity: a["capacity"] },
                    unique_by: %i[lesson_type_id starts_at])
      end
    end
  end
end
""", secret=uuid_s(), app=uuid_s())

add("php/rezdy-key", "config/services.php", "https://developers.rezdy.com/rezdyapi/index-agent.html", r"""
<?php

return [

    'postmark' => [
        'token' => env('POSTMARK_TOKEN'),
    ],

    'rezdy' => [
        'base_url' => 'https://api.rezdy.com/v1',
        'api_key'  => '@@secret@@',
        'supplier' => 'kiwi-alpine-snowsports',
        'products' => [
            'PLDLS1' => 'Private Lesson 2h',
            'GRPAM1' => 'Group Lesson AM',
        ],
    ],

    'slack' => [
        'notifications' => [
            'bot_user_oauth_token' => env('SLACK_BOT_USER_OAUTH_TOKEN'),
            'channel' => env('SLACK_BOT_USER_DEFAULT_CHANNEL'),
        ],
    ],
];
""", secret=hexs(32))

add("javascript/bokun-secret", "services/bokun/sign.js", "https://bokun.dev/booking-api-restful/vU6sCfxwYdJWd1QAcLt12i/authentication/ry3N6gCX1SdmKhJDnUfLdz", r"""
const crypto = require("crypto");

const ACCESS_KEY = "@@access@@";
const SECRET_KEY = "@@secret@@";

// Bokun signs: date + access key + method + path, HMAC-SHA1, base64.
function bokunHeaders(method, path) {
  const date = new Date().toISOString().replace("T", " ").slice(0, 19);
  const signature = crypto
    .createHmac("sha1", SECRET_KEY)
    .update(date + ACCESS_KEY + method.toUpperCase() + path)
    .digest("base64");
  return {
    "X-Bokun-Date": date,
    "X-Bokun-AccessKey": ACCESS_KEY,
    "X-Bokun-Signature": signature,
    "Content-Type": "application/json;charset=UTF-8",
  };
}

module.exports = { bokunHeaders };
""", secret=hexs(32), access=hexs(32))

add("env/booqable-key", "rental-shop/.env", "https://developers.booqable.com/#authentication", r"""
NODE_ENV=production
PORT=3000
SHOP_NAME="Powder Ridge Rentals"
BOOQABLE_COMPANY=powderridgerentals
BOOQABLE_API_KEY=@@secret@@
RFID_READER_HOST=192.168.50.20
RFID_READER_PORT=5084
LABEL_PRINTER=zebra-zd421-frontdesk
DAMAGE_DEPOSIT_CENTS=15000
""", secret=hexs(64))

add("python/deputy-token", "scheduling/deputy_export.py", "https://developer.deputy.com/deputy-docs/docs/the-authentication-process", r'''
"""Push the approved instructor roster for next week to Deputy."""
import requests

DEPUTY = "https://cedarpeak.na.deputy.com/api/v1"
TOKEN = "@@secret@@"
HEADERS = {"Authorization": f"OAuth {TOKEN}", "Content-Type": "application/json"}
AREAS = {"ski": 14, "snowboard": 15, "kids": 16, "adaptive": 17}


def push_shift(shift) -> int:
    body = {
        "intStartTimestamp": int(shift.starts_at.timestamp()),
        "intEndTimestamp": int(shift.ends_at.timestamp()),
        "intOpunitId": AREAS[shift.discipline],
        "intEmployeeId": shift.instructor.deputy_id,
        "blnPublish": True,
        "strComment": shift.note or "",
    }
    resp = requests.post(f"{DEPUTY}/supervise/roster", json=body, headers=HEADERS, timeout=15)
    resp.raise_for_status()
    return resp.json()["Id"]
''', secret=hexs(32))

add("csharp/wheniwork-password", "tools/RosterSync/Program.cs", "https://apidocs.wheniwork.com/external/index.html#tag/Login", r"""
using System.Net.Http.Json;

var http = new HttpClient { BaseAddress = new Uri("https://api.wheniwork.com/2/") };
http.DefaultRequestHeaders.Add("W-Key", "@@devkey@@");

var login = await http.PostAsJsonAsync("https://api.login.wheniwork.com/login", new
{
    email = "scheduling@tamarackridge.com",
    password = "@@secret@@"
});
login.EnsureSuccessStatusCode();
var session = await login.Content.ReadFromJsonAsync<LoginResponse>();
http.DefaultRequestHeaders.Add("W-Token", session!.Token);

var shifts = await http.GetFromJsonAsync<ShiftList>("shifts?start=" + DateTime.Today.ToString("yyyy-MM-dd"));
Console.WriteLine($"{shifts!.Shifts.Count} instructor shifts today");

record LoginResponse(string Token);
record ShiftList(List<Shift> Shifts);
record Shift(long Id, long UserId, DateTime StartTime, DateTime EndTime);
""", secret=human_pw(), devkey=hexs(40))

add("yaml/google-oauth-secret", "instructor-portal/config/google_oauth.yml", "https://developers.google.com/identity/protocols/oauth2/web-server", r"""
# Instructors connect their Google Calendar so private-lesson requests land as events.
web:
  client_id: "@@cid@@.apps.googleusercontent.com"
  project_id: "instructor-scheduling-prod"
  auth_uri: "https://accounts.google.com/o/oauth2/auth"
  token_uri: "https://oauth2.googleapis.com/token"
  client_secret: "@@secret@@"
  redirect_uris:
    - "https://instructors.cedarpeaksnowsports.com/oauth/google/callback"
  scopes:
    - "https://www.googleapis.com/auth/calendar.events"
    - "openid"
    - "email"
""", secret=google_oauth_secret(), cid=str(_rng().randint(10**11, 10**12 - 1)) + "-" + chars(32, string.ascii_lowercase + string.digits))

add("python/azure-client-secret", "scheduling/outlook_sync.py", "https://learn.microsoft.com/en-us/entra/msal/python/", r'''
"""Mirror the lesson desk's shared Outlook calendar into the scheduling DB (Microsoft Graph)."""
import msal
import requests

TENANT = "@@tenant@@"
CLIENT_ID = "@@client@@"
CLIENT_SECRET = "@@secret@@"
MAILBOX = "lessondesk@skischule-hochjoch.at"

app = msal.ConfidentialClientApplication(
    CLIENT_ID,
    authority=f"https://login.microsoftonline.com/{TENANT}",
    client_credential=CLIENT_SECRET,
)


def events(start: str, end: str) -> list:
    token = app.acquire_token_for_client(scopes=["https://graph.microsoft.com/.default"])["access_token"]
    resp = requests.get(
        f"https://graph.microsoft.com/v1.0/users/{MAILBOX}/calendarView",
        params={"startDateTime": start, "endDateTime": end, "$top": 200},
        headers={"Authorization": f"Bearer {token}"},
        timeout=20,
    )
    resp.raise_for_status()
    return resp.json()["value"]
''', secret=azure_secret(), tenant=uuid_s(), client=uuid_s())

add("env/twilio-auth-token", "reminders/.env", "https://www.twilio.com/docs/iam/credentials/api", r"""
# SMS reminders: "your lesson meets at the Kids Centre flagpole at 9:15"
TWILIO_ACCOUNT_SID=@@sid@@
TWILIO_AUTH_TOKEN=@@secret@@
TWILIO_MESSAGING_SERVICE_SID=MG@@mg@@
REMINDER_HOURS_BEFORE=14
QUIET_HOURS=21:00-07:30
DEFAULT_COUNTRY=CA
""", secret=hexs(32), sid=twilio_sid(), mg=hexs(32))

add("typescript/twilio-api-secret", "apps/notify/src/sms.ts", "https://www.twilio.com/docs/iam/api-keys", r"""
import twilio from "twilio";

const accountSid = "@@sid@@";
const apiKey = "SK@@sk@@";
const apiSecret = "@@secret@@";

const client = twilio(apiKey, apiSecret, { accountSid });

export async function sendWindHoldNotice(to: string, lessonTitle: string, newMeetingPoint: string) {
  return client.messages.create({
    to,
    messagingServiceSid: "MG@@mg@@",
    body: `Wind hold on the upper lifts. ${lessonTitle} now meets at ${newMeetingPoint}. Reply STOP to opt out.`,
  });
}
""", secret=mixed(32), sid=twilio_sid(), sk=hexs(32), mg=hexs(32))

add("python/sendgrid-key", "lessons/emails.py", "https://www.twilio.com/docs/sendgrid/ui/account-and-settings/api-keys", r'''
from sendgrid import SendGridAPIClient
from sendgrid.helpers.mail import Mail

SENDGRID_API_KEY = "@@secret@@"
CONFIRMATION_TEMPLATE = "d-4f1c8a2b9e7d4c3a8b6f0e1d2c3b4a59"


def send_confirmation(booking) -> None:
    message = Mail(from_email=("lessons@kiwialpine.co.nz", "Kiwi Alpine Snowsports"), to_emails=booking.email)
    message.template_id = CONFIRMATION_TEMPLATE
    message.dynamic_template_data = {
        "first_name": booking.first_name,
        "lesson": booking.lesson.title,
        "meeting_point": booking.lesson.meeting_point,
        "starts": booking.lesson.starts_at.strftime("%A %d %B, %H:%M"),
    }
    SendGridAPIClient(SENDGRID_API_KEY).send(message)
''', secret=sendgrid_key())

add("env/mailgun-key", "booking-symfony/.env.local", "https://symfony.com/doc/current/mailer.html#using-a-3rd-party-transport", r"""
APP_ENV=prod
APP_DEBUG=0
DATABASE_URL="mysql://buchung@127.0.0.1:3306/buchung?serverVersion=8.0&charset=utf8mb4"
MAILER_DSN=mailgun+api://@@secret@@:mg.skischule-hochjoch.at@default?region=eu
MESSENGER_TRANSPORT_DSN=doctrine://default?auto_setup=0
""", secret=mailgun_key())

add("yaml/mailchimp-key", "marketing/sync/mailchimp.yaml", "https://mailchimp.com/developer/marketing/guides/quick-start/", r"""
mailchimp:
  api_key: @@secret@@
  list_id: 4a7c2e91bd
  merge_fields:
    FNAME: first_name
    LNAME: last_name
    LEVEL: ski_level
    LASTLESS: last_lesson_date
  tags_from_booking:
    - discipline
    - age_group
source:
  query: |
    SELECT email, first_name, last_name, ski_level, max(lesson_date) AS last_lesson_date
    FROM booking JOIN guest USING (guest_id)
    WHERE marketing_opt_in
    GROUP BY 1, 2, 3, 4
""", secret=mailchimp_key())

add("ini/odoo-admin-password", "deploy/odoo/odoo.conf", "https://www.odoo.com/documentation/17.0/administration/on_premise/deploy.html", r"""
[options]
admin_passwd = @@secret@@
db_host = False
db_port = False
db_user = odoo
db_password = False
dbfilter = ^skischool$
list_db = False
addons_path = /usr/lib/python3/dist-packages/odoo/addons,/opt/odoo/custom-addons
proxy_mode = True
workers = 4
limit_time_real = 240
logfile = /var/log/odoo/odoo-server.log
""", secret=passphrase())

add("python/smtp-password", "booking/settings/production.py", "https://docs.djangoproject.com/en/5.0/topics/email/#smtp-backend", r"""
from .base import *  # noqa

DEBUG = False
ALLOWED_HOSTS = ["book.tamarackridge.com"]

EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
EMAIL_HOST = "smtp.gmail.com"
EMAIL_PORT = 587
EMAIL_USE_TLS = True
EMAIL_HOST_USER = "lessons@tamarackridge.com"
EMAIL_HOST_PASSWORD = "@@secret@@"
DEFAULT_FROM_EMAIL = "Tamarack Ridge Ski School <lessons@tamarackridge.com>"

SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
SECURE_HSTS_SECONDS = 31536000
""", secret=chars(16, string.ascii_lowercase))

add("yaml/smtp-password", "instructor-portal/src/main/resources/application-prod.yml", "https://docs.spring.io/spring-boot/reference/io/email.html", r"""
spring:
  mail:
    host: smtp.office365.com
    port: 587
    username: rota@alpenglow-snowsports.com
    password: "@@secret@@"
    properties:
      mail.smtp.auth: true
      mail.smtp.starttls.enable: true
  datasource:
    url: jdbc:postgresql://db:5432/portal
    username: portal
    password: ${PORTAL_DB_PASSWORD}
portal:
  rota:
    publish-day: THURSDAY
    weeks-ahead: 2
""", secret=human_pw())

add("ruby/postmark-token", "config/environments/production.rb", "https://postmarkapp.com/developer/api/overview#authentication", r"""
require "active_support/core_ext/integer/time"

Rails.application.configure do
  config.enable_reloading = false
  config.eager_load = true
  config.consider_all_requests_local = false
  config.force_ssl = true
  config.log_level = :info

  config.action_mailer.delivery_method = :postmark
  config.action_mailer.postmark_settings = { api_token: "@@secret@@" }
  config.action_mailer.default_url_options = { host: "partners.powderridge.school", protocol: "https" }

  config.active_job.queue_adapter = :sidekiq
  config.i18n.fallbacks = true
end
""", secret=uuid_s())

add("python/hubspot-token", "crm/hubspot_sync.py", "https://developers.hubspot.com/docs/api/private-apps", r'''
"""Create/update HubSpot contacts for season-pass holders who booked a lesson."""
from hubspot import HubSpot
from hubspot.crm.contacts import SimplePublicObjectInputForCreate

api = HubSpot(access_token="@@secret@@")


def upsert_guest(guest) -> str:
    props = {
        "email": guest.email,
        "firstname": guest.first_name,
        "lastname": guest.last_name,
        "ski_level": str(guest.level),
        "season_pass": "yes" if guest.has_pass else "no",
    }
    found = api.crm.contacts.search_api.do_search(
        {"filterGroups": [{"filters": [{"propertyName": "email", "operator": "EQ", "value": guest.email}]}]})
    if found.results:
        api.crm.contacts.basic_api.update(found.results[0].id, {"properties": props})
        return found.results[0].id
    return api.crm.contacts.basic_api.create(SimplePublicObjectInputForCreate(properties=props)).id
''', secret="pat-na1-" + uuid_s())

add("shell/zendesk-token", "scripts/close-weather-tickets.sh", "https://developer.zendesk.com/api-reference/introduction/security-and-auth/#api-token", r"""
#!/usr/bin/env bash
# Close the flood of "is my lesson still on?" tickets after the weather notice goes out.
set -euo pipefail
ZD=https://cedarpeaksnowsports.zendesk.com/api/v2
AUTH="desk-bot@cedarpeaksnowsports.com/token:@@secret@@"

ids=$(curl -fsS -u "$AUTH" "$ZD/search.json?query=type:ticket%20status:new%20tags:weather" | jq -r '.results[].id' | paste -sd, -)
[ -z "$ids" ] && { echo "nothing to close"; exit 0; }

curl -fsS -u "$AUTH" -X PUT "$ZD/tickets/update_many.json?ids=$ids" \
  -H 'Content-Type: application/json' \
  -d '{"ticket":{"status":"solved","comment":{"body":"Lessons are running today. See the snow report for lift status.","public":true}}}'
""", secret=mixed(40))

add("powershell/okta-token", "scripts/New-InstructorAccounts.ps1", "https://developer.okta.com/docs/guides/create-an-api-token/main/", r"""
$OktaOrg = 'https://powderridge.okta.com'
$Headers = @{
    Authorization  = 'SSWS @@secret@@'
    Accept         = 'application/json'
    'Content-Type' = 'application/json'
}

Import-Csv .\new-instructors.csv | ForEach-Object {
    $body = @{
        profile = @{
            firstName = $_.FirstName
            lastName  = $_.LastName
            email     = $_.Email
            login     = $_.Email
            department = "Snowsports School - $($_.Discipline)"
        }
        groupIds = @('00g8d2k1xQ4hZ7pL9357')
    } | ConvertTo-Json -Depth 4
    Invoke-RestMethod -Method Post -Uri "$OktaOrg/api/v1/users?activate=true" -Headers $Headers -Body $body
    Write-Host "created $($_.Email)"
}
""", secret=okta_token())

add("javascript/intercom-token", "server/routes/chat.js", "https://developers.intercom.com/docs/build-an-integration/learn-more/authentication", r"""
const express = require("express");
const fetch = require("node-fetch");

const router = express.Router();
const INTERCOM_TOKEN = "@@secret@@";

router.post("/lesson-question", async (req, res) => {
  const { email, bookingRef, question } = req.body;
  const r = await fetch("https://api.intercom.io/conversations", {
    method: "POST",
    headers: {
      Authorization: `Bearer ${INTERCOM_TOKEN}`,
      "Content-Type": "application/json",
      "Intercom-Version": "2.11",
    },
    body: JSON.stringify({ from: { type: "user", email }, body: `[${bookingRef}] ${question}` }),
  });
  res.status(r.ok ? 201 : 502).end();
});

module.exports = router;
""", secret="dG9rOj" + chars(54, ALNUM) + "=")

# ---------------------------------------------------------------- frameworks, mobile, devices, ops: secrets

add("python/django-secret-key", "booking/settings/base.py", "https://docs.djangoproject.com/en/5.0/ref/settings/#secret-key", r"""
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent.parent

SECRET_KEY = "@@secret@@"

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "lessons",
    "instructors",
    "rentals",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
]

ROOT_URLCONF = "booking.urls"
TIME_ZONE = "America/Denver"
USE_TZ = True
LANGUAGE_CODE = "en-us"
STATIC_URL = "static/"
""", secret=fakes.django_secret_key(_seed()))

add("env/laravel-app-key", "skischule-buchung/.env", "https://laravel.com/docs/11.x/encryption#configuration", r"""
APP_NAME="Skischule Hochjoch"
APP_ENV=production
APP_KEY=base64:@@secret@@
APP_DEBUG=false
APP_URL=https://buchung.skischule-hochjoch.at
APP_LOCALE=de

LOG_CHANNEL=stack
DB_CONNECTION=mysql
DB_HOST=127.0.0.1
DB_PORT=3306
DB_DATABASE=buchung
DB_USERNAME=buchung

QUEUE_CONNECTION=redis
MAIL_MAILER=log
""", secret=b64(chars(32, ALNUM + "!#%&*")))

add("yaml/rails-secret-key-base", "config/secrets.yml", "https://guides.rubyonrails.org/v5.1/security.html#custom-credentials", r"""
# Be sure to restart your server when you modify this file.
development:
  secret_key_base: 3b7f1c0e4a2d9f8b6c5e7a1d2f3b4c5d6e7f8a9b0c1d2e3f4a5b6c7d8e9f0a1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d6e7f8a9b0c1d2e3f4a5b6c7d8e9f0a1b2

test:
  secret_key_base: 0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000

production:
  secret_key_base: @@secret@@
  fareharbor_webhook_token: <%= ENV["FAREHARBOR_WEBHOOK_TOKEN"] %>
""", secret=hexs(128))

add("elixir/phoenix-secret-key-base", "config/prod.secret.exs", "https://hexdocs.pm/phoenix/deployment.html#handling-of-your-application-secrets", r"""
import Config

config :lift_line, LiftLine.Repo,
  url: System.get_env("DATABASE_URL"),
  pool_size: 10,
  ssl: true

config :lift_line, LiftLineWeb.Endpoint,
  http: [port: 4000, transport_options: [socket_opts: [:inet6]]],
  secret_key_base: "@@secret@@",
  server: true

config :lift_line, :queue_board,
  refresh_ms: 5_000,
  lifts: ["Summit Express", "Eagle Quad", "Bunny Carpet"]
""", secret=chars(64, ALNUM + "+/"))

add("json/jwt-secret", "instructor-api/config/production.json", "https://github.com/node-config/node-config/wiki/Configuration-Files", r"""
{
  "server": {
    "port": 8080,
    "trustProxy": true
  },
  "auth": {
    "jwtSecret": "@@secret@@",
    "jwtIssuer": "instructors.kiwialpine.co.nz",
    "accessTokenTtl": "15m",
    "refreshTokenTtl": "30d"
  },
  "roster": {
    "timezone": "Pacific/Auckland",
    "maxShiftHours": 9,
    "minRestHours": 11
  }
}
""", secret=mixed(48, ALNUM + "-_"))

add("fastlane/apple-p8-key", "ios/fastlane/Fastfile", "https://docs.fastlane.tools/app-store-connect-api/", r"""
default_platform(:ios)

platform :ios do
  def asc_key
    app_store_connect_api_key(
      key_id: "X7K2P9Q4M3",
      issuer_id: "@@issuer@@",
      key_content: <<~KEY,
        @@k1@@
      KEY
      in_house: false
    )
  end

  desc "Build and upload the instructor app to TestFlight"
  lane :beta do
    api_key = asc_key
    increment_build_number(xcodeproj: "InstructorApp.xcodeproj")
    build_app(scheme: "InstructorApp", export_method: "app-store")
    upload_to_testflight(api_key: api_key, skip_waiting_for_build_processing: true)
  end
end
""", secret=(p8 := ec_p8()), issuer=uuid_s(), k1=p8.replace("\n", "\n        "))

add("properties/keystore-password", "android/keystore.properties", "https://developer.android.com/studio/publish/app-signing#secure-shared-keystore", r"""
# Release signing for the Peak School app (Play Store upload key)
storeFile=../keys/peakschool-upload.jks
storePassword=@@secret@@
keyAlias=peakschool-upload
keyPassword=@@secret@@
""", secret=words_pw())

add("cloud-init/ssh-private-key", "infra/cloud-init/rental-kiosk.yaml", "https://cloudinit.readthedocs.io/en/latest/reference/modules.html#write-files", r"""
#cloud-config
hostname: rental-kiosk-03
timezone: America/Denver
packages: [chromium, unclutter, python3-serial]

write_files:
  - path: /home/kiosk/.ssh/id_ed25519
    owner: kiosk:kiosk
    permissions: "0600"
    defer: true
    content: |
@@k@@
  - path: /etc/xdg/autostart/kiosk.desktop
    content: |
      [Desktop Entry]
      Type=Application
      Exec=chromium --kiosk https://rentals.cedarpeak.internal/self-checkin

runcmd:
  - sudo -u kiosk git clone git@git.cedarpeak.internal:rentals/kiosk-scripts.git /home/kiosk/scripts
""", secret=(sshk := openssh_key()), k=indent(sshk, 6))

add("c/wifi-psk", "firmware/rfid-scanner/include/secrets.h", "https://docs.espressif.com/projects/arduino-esp32/en/latest/api/wifi.html", r"""
#pragma once

// Rental shop handheld RFID scanner (ESP32 + UHF module)
#define WIFI_SSID      "PRR-Rentals-Staff"
#define WIFI_PASSWORD  "@@secret@@"

#define API_HOST       "rentals.powderridge.local"
#define API_PORT       443
#define SCAN_POWER_DBM 24
""", secret=passphrase(""))

add("freeradius/radius-secret", "ops/freeradius/clients.conf", "https://www.freeradius.org/documentation/freeradius-server/3.2.3/raddb/clients.conf.html", r"""
client rental-shop-aps {
	ipaddr = 10.40.8.0/24
	secret = @@secret@@
	require_message_authenticator = yes
	shortname = rental-aps
	nas_type = other
}

client ski-school-desk-aps {
	ipaddr = 10.40.9.0/24
	secret = @@secret@@
	shortname = desk-aps
}

client localhost {
	ipaddr = 127.0.0.1
	secret = testing123
}
""", secret=rand_pw(24))

add("mikrotik/router-password", "network/mikrotik/base-lodge-hex.rsc", "https://help.mikrotik.com/docs/display/ROS/User", r"""
# 2024-11-02 14:21:07 by RouterOS 7.16
# model = RB750Gr3 (base lodge ski school office)
/interface bridge add name=bridge-lan
/interface wireguard add listen-port=13231 name=wg-hq
/ip pool add name=dhcp-desk ranges=10.40.9.100-10.40.9.199
/ip address add address=10.40.9.1/24 interface=bridge-lan
/ip dhcp-server add address-pool=dhcp-desk interface=bridge-lan name=desk
/user add name=netops group=full password="@@secret@@"
/user disable admin
/ip service set telnet disabled=yes
/ip service set ftp disabled=yes
/system identity set name=baselodge-desk-gw
/system ntp client set enabled=yes servers=pool.ntp.org
""", secret=words_pw())

add("reg/windows-autologon", "kiosk/provisioning/autologon.reg", "https://learn.microsoft.com/en-us/troubleshoot/windows-server/user-profiles-and-logon/turn-on-automatic-logon", r"""
Windows Registry Editor Version 5.00

; Lesson check-in kiosks in the base lodge: log straight into the kiosk account
[HKEY_LOCAL_MACHINE\SOFTWARE\Microsoft\Windows NT\CurrentVersion\Winlogon]
"AutoAdminLogon"="1"
"DefaultUserName"="kiosk"
"DefaultDomainName"="SKISCHOOL"
"DefaultPassword"="@@secret@@"
"ForceAutoLogon"="1"

[HKEY_LOCAL_MACHINE\SOFTWARE\Policies\Microsoft\Windows\Personalization]
"NoLockScreen"=dword:00000001
""", secret=human_pw())

add("yaml/elastic-password", "ops/filebeat/filebeat.yml", "https://www.elastic.co/guide/en/beats/filebeat/current/elasticsearch-output.html", r"""
filebeat.inputs:
  - type: filestream
    id: rfid-bridge
    paths: [/var/log/rfid-bridge/*.log]
    parsers:
      - ndjson: { target: "", overwrite_keys: true }
  - type: filestream
    id: kiosk
    paths: [/var/log/kiosk/*.log]

processors:
  - add_host_metadata: ~

output.elasticsearch:
  hosts: ["https://logs.powderridge.internal:9200"]
  username: "filebeat_writer"
  password: "@@secret@@"
  ssl.certificate_authorities: ["/etc/filebeat/ca.crt"]
""", secret=rand_pw(20))

add("yaml/grafana-password", "ops/grafana/provisioning/datasources/lessons.yaml", "https://grafana.com/docs/grafana/latest/administration/provisioning/#data-sources", r"""
apiVersion: 1
datasources:
  - name: Lessons (Postgres)
    type: postgres
    url: pg-replica.cedarpeak.internal:5432
    user: grafana_ro
    jsonData:
      database: lessons
      sslmode: require
      postgresVersion: 1500
    secureJsonData:
      password: "@@secret@@"
  - name: Snowmaking (InfluxDB)
    type: influxdb
    url: http://influx.snowmaking.local:8086
    jsonData:
      version: Flux
      organization: cedarpeak
      defaultBucket: snowmaking
    secureJsonData:
      token: $INFLUX_READ_TOKEN
""", secret=rand_pw(20))

add("yaml/datadog-api-key", "ops/datadog/datadog.yaml", "https://docs.datadoghq.com/agent/configuration/agent-configuration-files/", r"""
api_key: @@secret@@
site: datadoghq.eu
hostname: booking-prod-01
tags:
  - env:prod
  - service:lesson-booking
  - team:snowsports-it
logs_enabled: true
process_config:
  process_collection:
    enabled: false
apm_config:
  enabled: true
""", secret=hexs(32))

add("yaml/pagerduty-key", "ops/alertmanager/alertmanager.yml", "https://prometheus.io/docs/alerting/latest/configuration/#pagerduty_config", r"""
route:
  receiver: slack-ops
  group_by: [alertname, service]
  routes:
    - matchers: [severity="page"]
      receiver: pagerduty-oncall

receivers:
  - name: slack-ops
    slack_configs:
      - api_url_file: /etc/alertmanager/slack_url
        channel: "#ops-alerts"
  - name: pagerduty-oncall
    pagerduty_configs:
      - routing_key: @@secret@@
        description: '{{ .CommonAnnotations.summary }}'
        severity: critical
""", secret=hexs(32))

add("python/openai-key", "faqbot/answer.py", "https://platform.openai.com/docs/api-reference/authentication", r'''
"""Answers lesson FAQ in the booking chat widget from our policy pages."""
from openai import OpenAI

client = OpenAI(api_key="@@secret@@")

SYSTEM = (
    "You answer questions for Cedar Peak Snowsports School. Use only the policy text given. "
    "If unsure, say the lesson desk will follow up."
)


def answer(question: str, policy_text: str) -> str:
    resp = client.chat.completions.create(
        model="gpt-4o-mini",
        temperature=0.2,
        messages=[
            {"role": "system", "content": SYSTEM},
            {"role": "user", "content": f"Policies:\n{policy_text}\n\nQuestion: {question}"},
        ],
    )
    return resp.choices[0].message.content
''', secret=openai_key())

add("python/algolia-admin-key", "search/reindex_lessons.py", "https://www.algolia.com/doc/guides/security/api-keys/#admin-api-key", r'''
from algoliasearch.search_client import SearchClient

from lessons.models import LessonType

client = SearchClient.create("L7QX3KD2ZB", "@@secret@@")
index = client.init_index("lessons_prod")


def records():
    for lt in LessonType.objects.filter(active=True).select_related("discipline"):
        yield {
            "objectID": str(lt.pk),
            "title": lt.title,
            "discipline": lt.discipline.slug,
            "level": lt.min_level,
            "priceCents": lt.price_cents,
        }


if __name__ == "__main__":
    index.replace_all_objects(list(records()), {"safe": True})
''', secret=hexs(32))

add("php/database-password", "wordpress/wp-config.php", "https://developer.wordpress.org/advanced-administration/wordpress/wp-config/", r"""
<?php
/** Kiwi Alpine Snowsports - marketing site */

define( 'DB_NAME', 'kiwialpine_wp' );
define( 'DB_USER', 'kiwialpine_wp' );
define( 'DB_PASSWORD', '@@secret@@' );
define( 'DB_HOST', 'localhost' );
define( 'DB_CHARSET', 'utf8mb4' );
define( 'DB_COLLATE', '' );

require_once __DIR__ . '/wp-salt.php';

$table_prefix = 'ka_';

define( 'WP_DEBUG', false );
define( 'DISALLOW_FILE_EDIT', true );
define( 'WP_AUTO_UPDATE_CORE', 'minor' );

if ( ! defined( 'ABSPATH' ) ) {
	define( 'ABSPATH', __DIR__ . '/' );
}

require_once ABSPATH . 'wp-settings.php';
""", secret=rand_pw(16, "!@#$%^&*()"))

add("markdown/pos-password", "docs/onboarding/rental-shop-leads.md", "https://www.booqable.com/", r"""
# Rental shop leads: first week

Welcome! A few things you need before the first Saturday rush.

## Systems
| What | Where | Login |
|------|-------|-------|
| Rental POS (Booqable) | https://powderridgerentals.booqable.com | your own invite |
| Shop PC (Windows) | front desk | `SHOP\rentallead` / `@@secret@@` |
| RFID handhelds | charging rack, back room | no login |
| Label printer | Zebra ZD421 | - |

## Opening checklist
1. Turn on the tuning bench extraction before the wax iron.
2. Sync the handhelds (*Settings -> Sync now*) so yesterday's returns are in.
3. Count the demo skis against the "Out" report; anything missing goes on the whiteboard.

Questions: #rental-shop on Slack, or Dana (shop manager).
""", secret=human_pw())

add("wireguard/private-key", "network/wireguard/wg-hq.conf", "https://www.wireguard.com/quickstart/", r"""
[Interface]
Address = 10.99.0.2/32
PrivateKey = @@secret@@
ListenPort = 51820
DNS = 10.40.0.53

[Peer]
# HQ (resort data centre)
PublicKey = @@pub@@
Endpoint = vpn.cedarpeak.example.net:51820
AllowedIPs = 10.40.0.0/16, 10.60.0.0/16
PersistentKeepalive = 25
""", secret=chars(42, ALNUM + "+/") + "A=", pub=chars(42, ALNUM + "+/") + "E=")

add("perl/database-password", "cgi-bin/lesson_signup.pl", "https://metacpan.org/pod/DBI#connect", r"""
#!/usr/bin/perl
use strict;
use warnings;
use CGI qw(:standard);
use DBI;

my $dbh = DBI->connect(
    "DBI:mysql:database=skischool;host=localhost",
    "signup_cgi", "@@secret@@",
    { RaiseError => 1, AutoCommit => 1, mysql_enable_utf8mb4 => 1 }
);

my $name   = param('name')   || '';
my $email  = param('email')  || '';
my $lesson = param('lesson') || '';

print header(-charset => 'utf-8');
if ($name && $email =~ /\@/ && $lesson =~ /^\d+$/) {
    $dbh->do("INSERT INTO signup (name, email, lesson_id, created) VALUES (?, ?, ?, NOW())",
             undef, $name, $email, $lesson);
    print "<p>Thanks $name, we will confirm by email.</p>";
} else {
    print "<p>Please fill in all fields.</p>";
}
$dbh->disconnect;
""", secret=human_pw())

add("vba/database-password", "reports/InstructorPay.bas", "https://learn.microsoft.com/en-us/office/client-developer/access/desktop-database-reference/connectionstring-property-ado", r"""
Attribute VB_Name = "InstructorPay"
Option Explicit

Public Sub RefreshPayroll()
    Dim cn As Object, rs As Object
    Set cn = CreateObject("ADODB.Connection")
    cn.Open "Driver={ODBC Driver 17 for SQL Server};Server=SKISCHOOL-SQL\PROD;" & _
            "Database=Scheduling;Uid=payroll_xls;Pwd=@@secret@@;"
    Set rs = cn.Execute("SELECT PayrollId, LastName, FirstName, Hours, PrivateHours, Tips " & _
                        "FROM dbo.vPayrollWeek ORDER BY LastName")
    With ThisWorkbook.Sheets("Payroll")
        .Range("A2:F500").ClearContents
        .Range("A2").CopyFromRecordset rs
    End With
    rs.Close: cn.Close
End Sub
""", secret=words_pw())

add("batch/share-password", "kiosk/scripts/map-drives.bat", "https://learn.microsoft.com/en-us/previous-versions/windows/it-pro/windows-server-2012-r2-and-2012/gg651155(v=ws.11)", r"""
@echo off
REM Map the waiver and label shares on the rental fitting PCs
net use W: /delete /y >nul 2>&1
net use L: /delete /y >nul 2>&1
net use W: \\fs01.skischool.local\waivers /user:SKISCHOOL\fitting-pc @@secret@@ /persistent:yes
net use L: \\fs01.skischool.local\labels /user:SKISCHOOL\fitting-pc @@secret@@ /persistent:yes
start "" "C:\Program Files\RentalFit\RentalFit.exe"
""", secret=human_pw())

add("php/firebase-server-key", "admin/includes/push.php", "https://firebase.google.com/docs/cloud-messaging/http-server-ref", r"""
<?php
// Push "your instructor is waiting at the meeting point" to the guest app (legacy FCM HTTP API)
const FCM_SERVER_KEY = '@@secret@@';

function push_to_guest(string $deviceToken, string $title, string $body): bool
{
    $payload = json_encode([
        'to' => $deviceToken,
        'notification' => ['title' => $title, 'body' => $body, 'sound' => 'default'],
        'priority' => 'high',
    ]);
    $ch = curl_init('https://fcm.googleapis.com/fcm/send');
    curl_setopt_array($ch, [
        CURLOPT_POST => true,
        CURLOPT_HTTPHEADER => ['Authorization: key=' . FCM_SERVER_KEY, 'Content-Type: application/json'],
        CURLOPT_POSTFIELDS => $payload,
        CURLOPT_RETURNTRANSFER => true,
        CURLOPT_TIMEOUT => 5,
    ]);
    $res = curl_exec($ch);
    $ok = curl_getinfo($ch, CURLINFO_HTTP_CODE) === 200;
    curl_close($ch);
    return $ok && $res !== false;
}
""", secret=firebase_server_key())

add("lua/redis-password", "openresty/lua/lift_queue.lua", "https://github.com/openresty/lua-resty-redis#auth", r"""
local redis = require "resty.redis"
local cjson = require "cjson.safe"

local _M = {}

function _M.wait_times()
    local red = redis:new()
    red:set_timeouts(200, 200, 200)
    local ok, err = red:connect("10.40.3.12", 6379)
    if not ok then
        ngx.log(ngx.ERR, "redis connect: ", err)
        return ngx.exit(502)
    end
    local res, aerr = red:auth("@@secret@@")
    if not res then
        ngx.log(ngx.ERR, "redis auth: ", aerr)
        return ngx.exit(502)
    end
    local waits = red:hgetall("lift:wait_minutes")
    red:set_keepalive(10000, 50)
    ngx.header.content_type = "application/json"
    ngx.say(cjson.encode(red:array_to_hash(waits)))
end

return _M
""", secret=fakes.redis_password(_seed()))

add("terraform/digitalocean-token", "infra/do/main.tf", "https://registry.terraform.io/providers/digitalocean/digitalocean/latest/docs", r"""
terraform {
  required_providers {
    digitalocean = {
      source  = "digitalocean/digitalocean"
      version = "~> 2.39"
    }
  }
}

provider "digitalocean" {
  token = "@@secret@@"
}

resource "digitalocean_droplet" "webcam_relay" {
  name     = "webcam-relay-01"
  region   = "tor1"
  size     = "s-2vcpu-4gb"
  image    = "ubuntu-24-04-x64"
  ssh_keys = [data.digitalocean_ssh_key.ops.id]
  tags     = ["webcams", "prod"]
}

data "digitalocean_ssh_key" "ops" {
  name = "ops-2024"
}
""", secret=do_token())

add("ruby/shopify-token", "lib/tasks/merch_sync.rake", "https://shopify.dev/docs/apps/build/authentication-authorization/access-tokens/generate-app-access-tokens-admin", r"""
namespace :merch do
  desc "Sync school merch (beanies, goggles, gift vouchers) stock from Shopify"
  task sync: :environment do
    session = ShopifyAPI::Auth::Session.new(
      shop: "powder-ridge-school.myshopify.com",
      access_token: "@@secret@@"
    )
    client = ShopifyAPI::Clients::Graphql::Admin.new(session: session)
    query = <<~GQL
      { products(first: 100, query: "tag:school-merch") { nodes { id title totalInventory } } }
    GQL
    client.query(query: query).body.dig("data", "products", "nodes").each do |p|
      MerchItem.find_or_initialize_by(shopify_gid: p["id"]).update!(title: p["title"], stock: p["totalInventory"])
    end
  end
end
""", secret=shopify_token())

# ---------------------------------------------------------------- code and config that read secrets elsewhere: decoys

add("python/decoy-env-reference", "booking/settings/production_env.py", "https://django-environ.readthedocs.io/en/latest/quickstart.html", r"""
import environ

from .base import *  # noqa

env = environ.Env(DEBUG=(bool, False))
environ.Env.read_env()

DEBUG = env("DEBUG")
SECRET_KEY = env("DJANGO_SECRET_KEY")
DATABASES = {"default": env.db("DATABASE_URL")}
CACHES = {"default": env.cache("REDIS_URL")}

STRIPE_SECRET_KEY = env("STRIPE_SECRET_KEY")
STRIPE_WEBHOOK_SECRET = env("STRIPE_WEBHOOK_SECRET")
TWILIO_AUTH_TOKEN = env("TWILIO_AUTH_TOKEN")
EMAIL_HOST_PASSWORD = env("EMAIL_HOST_PASSWORD", default="")
WEATHERUNLOCKED = {"app_id": env("WU_APP_ID"), "app_key": env("WU_APP_KEY")}
""")

add("javascript/decoy-env-reference", "instructor-api/src/config.js", "https://github.com/motdotla/dotenv#usage", r"""
require("dotenv").config();

function required(name) {
  const value = process.env[name];
  if (!value) throw new Error(`Missing environment variable ${name}`);
  return value;
}

module.exports = {
  port: Number(process.env.PORT || 8080),
  databaseUrl: required("DATABASE_URL"),
  jwtSecret: required("JWT_SECRET"),
  deputy: {
    baseUrl: process.env.DEPUTY_URL || "https://cedarpeak.na.deputy.com/api/v1",
    token: required("DEPUTY_TOKEN"),
  },
  twilio: {
    accountSid: required("TWILIO_ACCOUNT_SID"),
    authToken: required("TWILIO_AUTH_TOKEN"),
  },
};
""")

add("go/decoy-env-reference", "internal/config/config.go", "https://pkg.go.dev/os#LookupEnv", r"""
package config

import (
	"fmt"
	"os"
)

type Config struct {
	DatabaseURL    string
	PartnerToken   string
	WeatherAPIKey  string
	SlackWebhook   string
}

func mustEnv(name string) (string, error) {
	v, ok := os.LookupEnv(name)
	if !ok || v == "" {
		return "", fmt.Errorf("config: %s is not set", name)
	}
	return v, nil
}

func Load() (*Config, error) {
	var c Config
	var err error
	if c.DatabaseURL, err = mustEnv("DATABASE_URL"); err != nil {
		return nil, err
	}
	if c.PartnerToken, err = mustEnv("LIFTLINK_TOKEN"); err != nil {
		return nil, err
	}
	c.WeatherAPIKey = os.Getenv("WEATHERAPI_KEY")
	c.SlackWebhook = os.Getenv("SLACK_WEBHOOK_URL")
	return &c, nil
}
""")

add("java/decoy-env-reference", "lesson-service/src/main/java/org/snowsport/lessons/pay/PayPalProperties.java", "https://docs.spring.io/spring-boot/reference/features/external-config.html", r"""
package org.snowsport.lessons.pay;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

@Component
public class PayPalProperties {

    @Value("${paypal.client-id}")
    private String clientId;

    @Value("${paypal.client-secret}")
    private String clientSecret;

    @Value("${paypal.base-url:https://api-m.paypal.com}")
    private String baseUrl;

    public String clientId() { return clientId; }
    public String clientSecret() { return clientSecret; }
    public String baseUrl() { return baseUrl; }
}
""")

add("csharp/decoy-vault-reference", "src/Kiosk.Api/Program.cs", "https://learn.microsoft.com/en-us/aspnet/core/security/key-vault-configuration", r"""
using Azure.Identity;

var builder = WebApplication.CreateBuilder(args);

// Secrets (Adyen API key, SQL password) come from Key Vault through the managed identity.
builder.Configuration.AddAzureKeyVault(
    new Uri("https://kv-colblanc-kiosk.vault.azure.net/"),
    new DefaultAzureCredential());

builder.Services.AddControllers();
builder.Services.Configure<AdyenOptions>(builder.Configuration.GetSection("Adyen"));

var app = builder.Build();
app.MapControllers();
app.MapGet("/healthz", () => Results.Ok(new { status = "ok" }));
app.Run();

public sealed class AdyenOptions
{
    public string Environment { get; set; } = "Test";
    public string MerchantAccount { get; set; } = "";
    public string ApiKey { get; set; } = "";
}
""")

add("php/decoy-env-reference", "wordpress-bedrock/config/application.php", "https://roots.io/bedrock/docs/configuration-files/", r"""
<?php
use Roots\WPConfig\Config;
use function Env\env;

$root_dir = dirname(__DIR__);
Dotenv\Dotenv::createUnsafeImmutable($root_dir)->load();

Config::define('DB_NAME', env('DB_NAME'));
Config::define('DB_USER', env('DB_USER'));
Config::define('DB_PASSWORD', env('DB_PASSWORD'));
Config::define('DB_HOST', env('DB_HOST') ?: 'localhost');

Config::define('AUTH_KEY', env('AUTH_KEY'));
Config::define('SECURE_AUTH_KEY', env('SECURE_AUTH_KEY'));
Config::define('LOGGED_IN_KEY', env('LOGGED_IN_KEY'));
Config::define('NONCE_KEY', env('NONCE_KEY'));

Config::define('TB_STRIPE_SECRET', env('STRIPE_SECRET_KEY'));
Config::apply();
""")

add("ruby/decoy-credentials-reference", "config/initializers/stripe.rb", "https://guides.rubyonrails.org/security.html#custom-credentials", r"""
# frozen_string_literal: true

Stripe.api_key = Rails.application.credentials.dig(:stripe, :secret_key)
Stripe.api_version = "2024-06-20"

Rails.application.config.x.stripe_webhook_secret =
  Rails.application.credentials.dig(:stripe, :webhook_secret) || ENV.fetch("STRIPE_WEBHOOK_SECRET", nil)

Rails.application.config.x.stripe_publishable_key =
  Rails.application.credentials.dig(:stripe, :publishable_key)
""")

add("serverless/decoy-ciphertext", "services/snow-alerts/serverless.yml", "https://docs.aws.amazon.com/lambda/latest/dg/configuration-envvars-encryption.html", r"""
service: snow-alerts
frameworkVersion: "3"

provider:
  name: aws
  runtime: python3.12
  region: us-west-2
  kmsKeyArn: arn:aws:kms:us-west-2:481203996712:key/@@kid@@
  environment:
    # KMS ciphertext (encryption helpers); the handler calls kms.decrypt at cold start
    TELEGRAM_BOT_TOKEN_ENC: AQICAHh@@c1@@
    WEATHERAPI_KEY_ENC: AQICAHh@@c2@@
    ALERT_THRESHOLD_CM: "20"

functions:
  powderAlert:
    handler: handler.powder_alert
    events:
      - schedule: cron(30 4 * * ? *)
""", kid=uuid_s(), c1=chars(180, ALNUM + "+/") + "==", c2=chars(160, ALNUM + "+/") + "=")

add("env/decoy-secret-manager-reference", "rental-shop/.env.tpl", "https://developer.1password.com/docs/cli/secrets-environment-variables/", r"""
# `op run --env-file=.env.tpl -- npm start` resolves these from 1Password at launch
NODE_ENV=production
BOOQABLE_COMPANY=powderridgerentals
BOOQABLE_API_KEY="op://Rental Shop/Booqable API/credential"
DATABASE_URL="op://Rental Shop/rentals-db/connection string"
STRIPE_SECRET_KEY="op://Rental Shop/Stripe live/secret key"
RFID_READER_HOST=192.168.50.20
""")

add("hcl/decoy-vault-template", "ops/vault-agent/booking.hcl", "https://developer.hashicorp.com/vault/docs/agent-and-proxy/agent/template", r"""
auto_auth {
  method "kubernetes" {
    mount_path = "auth/kubernetes"
    config = {
      role = "booking-api"
    }
  }
}

template {
  destination = "/vault/secrets/booking.env"
  perms       = "0400"
  contents    = <<EOT
{{ with secret "kv/data/booking/db" }}DATABASE_PASSWORD={{ .Data.data.password }}{{ end }}
{{ with secret "kv/data/booking/stripe" }}STRIPE_SECRET_KEY={{ .Data.data.secret_key }}{{ end }}
EOT
}
""")

add("json/decoy-vault-reference", "infra/azure/appsettings.kiosk.json", "https://learn.microsoft.com/en-us/azure/app-service/app-service-key-vault-references", r"""
[
  { "name": "ASPNETCORE_ENVIRONMENT", "value": "Production", "slotSetting": false },
  { "name": "Adyen__MerchantAccount", "value": "ColBlancSkiPOS", "slotSetting": false },
  { "name": "Adyen__ApiKey", "value": "@Microsoft.KeyVault(SecretUri=https://kv-colblanc-kiosk.vault.azure.net/secrets/adyen-api-key/)", "slotSetting": false },
  { "name": "ConnectionStrings__SalesEz", "value": "@Microsoft.KeyVault(VaultName=kv-colblanc-kiosk;SecretName=salesez-conn)", "slotSetting": false },
  { "name": "Kiosk__ResortCode", "value": "CBL", "slotSetting": false }
]
""")

add("ssh/decoy-public-key", "ops/ansible/files/authorized_keys", "https://man.openbsd.org/sshd.8#AUTHORIZED_KEYS_FILE_FORMAT", r"""
# ops team - managed by ansible, do not edit on the host
@@k1@@
@@k2@@
@@k3@@
from="10.40.0.0/16",no-port-forwarding @@k4@@
""", k1=ssh_pub("dana@rental-shop"), k2=ssh_pub("marta@laptop-2024"), k3=ssh_pub("nico@ops"), k4=ssh_pub("backup@pg-replica"))

add("python/decoy-public-key", "integrations/liftlink/verify.py", "https://cryptography.io/en/latest/hazmat/primitives/asymmetric/rsa/#verification", r'''
"""Verify callbacks from the pass partner: they sign with their private key, we hold the public one."""
import base64

from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding

PARTNER_PUBLIC_KEY = serialization.load_pem_public_key(b"""
@@pub@@
""")


def verify(body: bytes, signature_b64: str) -> bool:
    try:
        PARTNER_PUBLIC_KEY.verify(base64.b64decode(signature_b64), body, padding.PKCS1v15(), hashes.SHA256())
        return True
    except Exception:
        return False
''', pub=public_pem())

add("json/decoy-public-key", "instructor-api/public/.well-known/jwks.json", "https://www.rfc-editor.org/rfc/rfc7517", r"""
{
  "keys": [
    {
      "kty": "RSA",
      "use": "sig",
      "alg": "RS256",
      "kid": "instructors-2024-11",
      "n": "@@n@@",
      "e": "AQAB"
    }
  ]
}
""", n=chars(342, URLSAFE))

add("sql/decoy-password-hash", "db/seed/instructors_dev.sql", "https://www.postgresql.org/docs/current/pgcrypto.html#PGCRYPTO-PASSWORD-HASHING-FUNCS", r"""
-- Dev seed: staff logins for the instructor portal (hashes only; dev password in the team wiki)
INSERT INTO staff_user (email, display_name, role, password_hash) VALUES
  ('lead.ski@example.test',       'Ski Lead (dev)',       'lead',       '@@h1@@'),
  ('lead.board@example.test',     'Board Lead (dev)',     'lead',       '@@h2@@'),
  ('instructor1@example.test',    'Instructor One (dev)', 'instructor', '@@h3@@'),
  ('desk@example.test',           'Lesson Desk (dev)',    'desk',       '@@h4@@');

INSERT INTO discipline (slug, title) VALUES ('ski', 'Ski'), ('snowboard', 'Snowboard'), ('telemark', 'Telemark');
""", h1=bcrypt_hash(), h2=bcrypt_hash(), h3=bcrypt_hash(), h4=bcrypt_hash())

add("json/decoy-password-hash", "instructors/fixtures/staff.json", "https://docs.djangoproject.com/en/5.0/topics/auth/passwords/#how-django-stores-passwords", r"""
[
  {
    "model": "auth.user",
    "pk": 1,
    "fields": {
      "username": "admin",
      "password": "pbkdf2_sha256$720000$@@s1@@$@@h1@@=",
      "is_superuser": true,
      "is_staff": true,
      "email": "admin@example.test"
    }
  },
  {
    "model": "auth.user",
    "pk": 2,
    "fields": {
      "username": "desk",
      "password": "pbkdf2_sha256$720000$@@s2@@$@@h2@@=",
      "is_superuser": false,
      "is_staff": true,
      "email": "desk@example.test"
    }
  }
]
""", s1=chars(22, ALNUM), h1=chars(43, ALNUM + "+/"), s2=chars(22, ALNUM), h2=chars(43, ALNUM + "+/"))

add("htpasswd/decoy-password-hash", "ops/nginx/htpasswd.staging", "https://httpd.apache.org/docs/2.4/programs/htpasswd.html", r"""
marta:$apr1$@@s1@@$@@h1@@
dana:$apr1$@@s2@@$@@h2@@
nico:$2y$10$@@b3@@
preview:$apr1$@@s4@@$@@h4@@
agency:$2y$10$@@b5@@
""", s1=chars(8, ALNUM + "./"), h1=chars(22, ALNUM + "./"), s2=chars(8, ALNUM + "./"), h2=chars(22, ALNUM + "./"),
    b3=chars(53, ALNUM + "./"), s4=chars(8, ALNUM + "./"), h4=chars(22, ALNUM + "./"), b5=chars(53, ALNUM + "./"))

add("ldif/decoy-password-hash", "ops/ldap/instructors.ldif", "https://www.openldap.org/doc/admin26/security.html#SSHA%20password%20storage%20scheme", r"""
dn: uid=jhollis,ou=instructors,dc=cedarpeak,dc=local
objectClass: inetOrgPerson
uid: jhollis
cn: Jamie Hollis
sn: Hollis
mail: jhollis@cedarpeaksnowsports.com
employeeType: PSIA Level 3
userPassword: {SSHA}@@h1@@

dn: uid=mokafor,ou=instructors,dc=cedarpeak,dc=local
objectClass: inetOrgPerson
uid: mokafor
cn: Mia Okafor
sn: Okafor
mail: mokafor@cedarpeaksnowsports.com
employeeType: AASI Level 2
userPassword: {SSHA}@@h2@@
""", h1=b64(chars(24, ALNUM)), h2=b64(chars(24, ALNUM)))

add("cisco/decoy-password-hash", "network/cisco/rental-shop-sw01.cfg", "https://www.cisco.com/c/en/us/td/docs/ios-xml/ios/security/d1/sec-d1-cr-book/sec-cr-e1.html#wp3438133591", r"""
!
hostname rental-shop-sw01
!
enable algorithm-type scrypt secret 9 $9$@@s1@@$@@h1@@
!
username netops privilege 15 algorithm-type scrypt secret 9 $9$@@s2@@$@@h2@@
!
vlan 40
 name RENTAL-POS
vlan 41
 name RFID-READERS
!
interface GigabitEthernet1/0/1
 description fitting-pc-01
 switchport access vlan 40
 spanning-tree portfast
!
line vty 0 4
 login local
 transport input ssh
!
end
""", s1=chars(14, ALNUM + "./"), h1=chars(43, ALNUM + "./"), s2=chars(14, ALNUM + "./"), h2=chars(43, ALNUM + "./"))

add("csv/decoy-ids", "rentals/data/rfid_inventory_2024.csv", "https://www.gs1.org/standards/rfid/tds", r"""
epc,tid,item_type,brand,model,size,condition,last_service
@@r1@@
@@r2@@
@@r3@@
@@r4@@
@@r5@@
@@r6@@
@@r7@@
""", **{f"r{i}": ",".join([
    "3034" + hexs(20).upper(), "E280" + hexs(20).upper(),
    ["ski", "snowboard", "boot", "helmet"][i % 4], ["Rossignol", "Burton", "Salomon", "Smith"][i % 4],
    ["Experience 78", "Ripcord", "S/Pro 80", "Holt"][i % 4], ["160", "152", "27.5", "M"][i % 4],
    ["A", "B", "A", "C"][i % 4], f"2024-1{i % 3}-0{i}"]) for i in range(1, 8)})

add("csv/decoy-ids", "lessons/exports/bookings_2025-01-18.csv", "https://www.rfc-editor.org/rfc/rfc4180", r"""
booking_id,lesson,start,guest_ref,instructor_id,payment_intent,status
@@b1@@,Group Lesson AM,2025-01-18T09:15,G-10482,@@i1@@,pi_3QhZr82eZvKYlo2C0AqT3n9L,paid
@@b2@@,Private 2h,2025-01-18T10:00,G-10517,@@i2@@,pi_3QhZs12eZvKYlo2C1Bx8Wm2R,paid
@@b3@@,Kids Camp Day 3,2025-01-18T09:00,G-09921,@@i3@@,pi_3QgA0T2eZvKYlo2C1ZkP5e7D,paid
@@b4@@,Group Lesson PM,2025-01-18T13:15,G-10533,@@i1@@,,cancelled_weather
""", b1=uuid_s(), b2=uuid_s(), b3=uuid_s(), b4=uuid_s(), i1=uuid_s(), i2=uuid_s(), i3=uuid_s())

add("python/decoy-test-fixture", "tests/conftest.py", "https://docs.pytest.org/en/stable/how-to/fixtures.html", r"""
import pytest

TEST_SETTINGS = {
    "STRIPE_SECRET_KEY": "sk_test_dummy",
    "STRIPE_WEBHOOK_SECRET": "whsec_test_dummy",
    "TWILIO_AUTH_TOKEN": "test-twilio-token",
    "WEATHERUNLOCKED": {"app_id": "test-app-id", "app_key": "test-app-key"},
}


@pytest.fixture(autouse=True)
def _settings(settings):
    for name, value in TEST_SETTINGS.items():
        setattr(settings, name, value)


@pytest.fixture
def instructor(django_user_model):
    return django_user_model.objects.create_user(username="instructor", password="test-password")


@pytest.fixture
def desk_client(client, django_user_model):
    user = django_user_model.objects.create_user(username="desk", password="password123", is_staff=True)
    client.force_login(user)
    return client
""")

add("typescript/decoy-test-fixture", "apps/notify/test/sms.test.ts", "https://jestjs.io/docs/mock-functions", r"""
import { jest } from "@jest/globals";

const create = jest.fn().mockResolvedValue({ sid: "SM00000000000000000000000000000000" });
jest.mock("twilio", () => () => ({ messages: { create } }));

process.env.TWILIO_ACCOUNT_SID = "ACtest";
process.env.TWILIO_API_KEY = "SKtest";
process.env.TWILIO_API_SECRET = "not-a-real-secret";

import { sendWindHoldNotice } from "../src/sms";

describe("sendWindHoldNotice", () => {
  it("mentions the new meeting point", async () => {
    await sendWindHoldNotice("+15555550123", "Group Lesson AM", "Base Lodge flagpole");
    expect(create).toHaveBeenCalledWith(expect.objectContaining({
      to: "+15555550123",
      body: expect.stringContaining("Base Lodge flagpole"),
    }));
  });
});
""")

add("markdown/decoy-placeholder", "snowreport/README.md", "https://developer.weatherunlocked.com/documentation/skiresort", r"""
# snowreport

Builds the daily snow report (JSON + XML) from the patrol sheet, the summit station and
Weather Unlocked, then publishes it to S3 and the partner feeds.

## Setup

```bash
python -m venv .venv && . .venv/bin/activate
pip install -r requirements.txt
cp .env.example .env
```

Fill in `.env`:

```
WU_APP_ID=<your Weather Unlocked app id>
WU_APP_KEY=<your Weather Unlocked app key>
SNOCOUNTRY_API_KEY=<ask ops>
```

## Run

```bash
python -m snowreport.build --out dist/ --dry-run
```

Keys for production live in Secrets Manager under `prod/snowreport/*`; never paste them here.
""")

add("markdown/decoy-vendor-example", "docs/dev/local-aws.md", "https://docs.aws.amazon.com/IAM/latest/UserGuide/security-creds.html", r"""
# Working against LocalStack

The snow-report publisher and the webcam archiver talk to S3. Locally we use LocalStack, which
accepts any credentials, so use the AWS documentation's example pair:

```ini
[localstack]
aws_access_key_id = AKIAIOSFODNN7EXAMPLE
aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY
region = us-west-2
endpoint_url = http://localhost:4566
```

Then `AWS_PROFILE=localstack python -m snowreport.build --publish`.
Real credentials come from SSO (`aws sso login --profile cedarpeak-sso`).
""")

add("shell/decoy-prompted-secret", "scripts/rotate-rental-db-password.sh", "https://www.postgresql.org/docs/current/app-psql.html", r"""
#!/usr/bin/env bash
# Rotate the rental app's DB password and store it in Secrets Manager. Prompts, never echoes.
set -euo pipefail

read -r -s -p "New password for rental_app: " NEWPW; echo
read -r -s -p "Again: " AGAIN; echo
[ "$NEWPW" = "$AGAIN" ] || { echo "mismatch" >&2; exit 1; }

PGPASSWORD="$(aws secretsmanager get-secret-value --secret-id prod/rentals/db-admin --query SecretString --output text | jq -r .password)" \
  psql -h rentals-db.int.kiwialpine.nz -U rental_admin -d rentals \
  -v pw="$NEWPW" -c "ALTER ROLE rental_app PASSWORD :'pw'"

aws secretsmanager put-secret-value --secret-id prod/rentals/db \
  --secret-string "$(jq -n --arg pw "$NEWPW" '{username:"rental_app",password:$pw}')"
echo "rotated; restart rental-tracker pods to pick it up"
""")

add("powershell/decoy-prompted-secret", "scripts/Connect-TicketSql.ps1", "https://learn.microsoft.com/en-us/powershell/utility-modules/secretmanagement/overview", r"""
#Requires -Modules Microsoft.PowerShell.SecretManagement, SqlServer

param([string]$Instance = 'SKISCHOOL-SQL\PROD')

$cred = Get-Secret -Name 'Scheduling-PayrollExport' -Vault 'SkiSchoolVault' -ErrorAction SilentlyContinue
if (-not $cred) {
    $cred = Get-Credential -Message 'SQL login for payroll export'
}

Invoke-Sqlcmd -ServerInstance $Instance -Database Scheduling -Credential $cred `
    -Query 'SELECT COUNT(*) AS Shifts FROM dbo.InstructorShift WHERE ShiftDate = CAST(GETDATE() AS date)' `
    -TrustServerCertificate
""")

add("swift/decoy-build-setting", "PowderDays/Support/Secrets.swift", "https://developer.apple.com/documentation/xcode/adding-a-build-configuration-file-to-your-project", r"""
import Foundation

/// Values injected at build time from an untracked Secrets.xcconfig via Info.plist
/// (`VISUALCROSSING_KEY = $(VISUALCROSSING_KEY)`).
enum Secrets {
    static var visualCrossingKey: String {
        guard let value = Bundle.main.object(forInfoDictionaryKey: "VISUALCROSSING_KEY") as? String,
              !value.isEmpty, !value.hasPrefix("$(") else {
            fatalError("VISUALCROSSING_KEY missing: copy Secrets.example.xcconfig to Secrets.xcconfig")
        }
        return value
    }
}
""")

add("gradle/decoy-env-reference", "android/app/build.gradle.kts", "https://developer.android.com/studio/publish/app-signing#secure-shared-keystore", r"""
import java.util.Properties

plugins {
    id("com.android.application")
    id("org.jetbrains.kotlin.android")
}

val keystoreProps = Properties().apply {
    val f = rootProject.file("keystore.properties")
    if (f.exists()) f.inputStream().use { load(it) }
}

android {
    namespace = "com.peakschool.app"
    compileSdk = 34
    defaultConfig {
        applicationId = "com.peakschool.app"
        minSdk = 26
        targetSdk = 34
        versionCode = 412
        versionName = "4.12.0"
        buildConfigField("String", "ACCUWEATHER_KEY", "\"${System.getenv("ACCUWEATHER_KEY") ?: ""}\"")
    }
    signingConfigs {
        create("release") {
            storeFile = file(keystoreProps.getProperty("storeFile") ?: "missing.jks")
            storePassword = keystoreProps.getProperty("storePassword") ?: System.getenv("STORE_PASSWORD")
            keyAlias = keystoreProps.getProperty("keyAlias")
            keyPassword = keystoreProps.getProperty("keyPassword") ?: System.getenv("KEY_PASSWORD")
        }
    }
}
""")

add("notebook/decoy-prompted-secret", "notebooks/rental_damage_rates.ipynb", "https://docs.python.org/3/library/getpass.html", r"""
{
 "cells": [
  {
   "cell_type": "markdown",
   "metadata": {},
   "source": ["# Rental damage rates by model\n", "Which demo skis come back with core shots most often?"]
  },
  {
   "cell_type": "code",
   "execution_count": 1,
   "metadata": {},
   "outputs": [],
   "source": [
    "import getpass\n",
    "import pandas as pd\n",
    "import sqlalchemy as sa\n",
    "\n",
    "pw = getpass.getpass(\"rentals replica password: \")\n",
    "engine = sa.create_engine(sa.engine.URL.create(\"postgresql+psycopg\", username=\"analyst\", password=pw,\n",
    "                                               host=\"rentals-replica.int\", database=\"rentals\"))"
   ]
  },
  {
   "cell_type": "code",
   "execution_count": 2,
   "metadata": {},
   "outputs": [],
   "source": [
    "df = pd.read_sql(\"SELECT model, count(*) FILTER (WHERE damage) AS damaged, count(*) AS rentals FROM checkout GROUP BY model\", engine)\n",
    "df.assign(rate=df.damaged / df.rentals).sort_values(\"rate\", ascending=False).head(10)"
   ]
  }
 ],
 "metadata": {
  "kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"},
  "language_info": {"name": "python", "version": "3.12.2"}
 },
 "nbformat": 4,
 "nbformat_minor": 5
}
""")

add("yaml/decoy-ciphertext", "infra/pulumi/Pulumi.prod.yaml", "https://www.pulumi.com/docs/iac/concepts/secrets/", r"""
encryptionsalt: v1:@@salt@@:v1:@@salt2@@:@@salt3@@
config:
  aws:region: us-west-2
  booking:domain: book.cedarpeaksnowsports.com
  booking:dbPassword:
    secure: v1:@@c1@@:@@c2@@
  booking:stripeSecretKey:
    secure: v1:@@c3@@:@@c4@@
  booking:minReplicas: "2"
""", salt=chars(12, ALNUM + "+/") + "=", salt2=chars(16, ALNUM + "+/"), salt3=chars(32, ALNUM + "+/") + "==",
    c1=chars(16, ALNUM + "+/"), c2=chars(52, ALNUM + "+/") + "==", c3=chars(16, ALNUM + "+/"), c4=chars(148, ALNUM + "+/") + "=")

add("json/decoy-public-client-id", "web/public/config.json", "https://developers.google.com/recaptcha/docs/display", r"""
{
  "apiBase": "https://book.tamarackridge.com/api",
  "googleClientId": "@@gcid@@.apps.googleusercontent.com",
  "recaptchaSiteKey": "6Lc@@rk@@",
  "mixpanelToken": "@@mp@@",
  "features": {
    "giftCards": true,
    "waitlist": true,
    "adaptiveLessons": false
  }
}
""", gcid=str(_rng().randint(10**11, 10**12 - 1)) + "-" + chars(32, string.ascii_lowercase + string.digits), rk=chars(37, URLSAFE), mp=hexs(32))

add("k8s-secret/decoy-placeholder", "deploy/k8s/base/secret-template.yaml", "https://kubernetes.io/docs/concepts/configuration/secret/#use-case-secret-visible-to-one-container-in-a-pod", r"""
# Template only: CI replaces every REPLACE_ME from Secrets Manager before `kubectl apply`.
apiVersion: v1
kind: Secret
metadata:
  name: booking-env
  namespace: booking
type: Opaque
stringData:
  DATABASE_PASSWORD: REPLACE_ME
  STRIPE_SECRET_KEY: REPLACE_ME
  STRIPE_WEBHOOK_SECRET: REPLACE_ME
  TWILIO_AUTH_TOKEN: REPLACE_ME
""")

add("markdown/decoy-redacted", "CHANGELOG.md", "https://keepachangelog.com/en/1.1.0/", r"""
# Changelog

## [2024.12.3] - 2024-12-14
### Changed
- Weather holds now move lessons to the lower mountain automatically (#412).
- Rotated the Checkfront API secret (old one ended `...9f2c`, revoked in Checkfront admin).
- Deputy roster export runs at 18:00 instead of 20:00.

### Fixed
- Kids Camp waitlist counted cancelled bookings (#409).

## [2024.12.2] - 2024-12-07
### Security
- Twilio auth token was printed in the reminder worker's debug log; token rotated, log line removed.
  Logged value was masked as `********************a41e` so no full token left the host.
""")

add("log/decoy-redacted", "docs/support/sample-webhook-failure.log", "https://docs.stripe.com/webhooks#verify-events", r"""
2025-01-18T09:14:02.114Z INFO  booking.webhooks request_id=req_7f3a1c9b path=/hooks/stripe
2025-01-18T09:14:02.115Z DEBUG booking.webhooks headers={"Stripe-Signature": "t=1737191642,v1=[FILTERED]", "Authorization": "[FILTERED]"}
2025-01-18T09:14:02.117Z WARN  booking.webhooks signature mismatch: secret=whsec_****************************, tolerance=300s
2025-01-18T09:14:02.118Z INFO  booking.webhooks responded 400 in 4ms
2025-01-18T09:14:07.902Z INFO  booking.stripe using key sk_live_...[redacted] (restricted: false)
2025-01-18T09:14:07.903Z INFO  booking.webhooks retry scheduled event=evt_1QhZs12eZvKYlo2CWm2R8T0c
""")

add("wireguard/decoy-public-key", "network/wireguard/wg-rental.conf", "https://man7.org/linux/man-pages/man8/wg.8.html", r"""
[Interface]
Address = 10.99.0.3/32
ListenPort = 51820
# the private key stays on the device: generated there with `wg genkey`, never in git
PostUp = wg set %i private-key /etc/wireguard/private.key

[Peer]
# HQ
PublicKey = @@pub1@@
Endpoint = vpn.cedarpeak.example.net:51820
AllowedIPs = 10.40.0.0/16

[Peer]
# webcam relay
PublicKey = @@pub2@@
AllowedIPs = 10.60.0.0/24
""", pub1=chars(42, ALNUM + "+/") + "U=", pub2=chars(42, ALNUM + "+/") + "g=")

add("plist/decoy-ids", "PowderDays/PowderDays.entitlements", "https://developer.apple.com/documentation/bundleresources/entitlements/com_apple_developer_in-app-payments", r"""
<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
<dict>
	<key>com.apple.developer.in-app-payments</key>
	<array>
		<string>merchant.com.peakschool.lessons</string>
	</array>
	<key>com.apple.developer.associated-domains</key>
	<array>
		<string>applinks:book.peakschool.com</string>
	</array>
	<key>aps-environment</key>
	<string>production</string>
	<key>com.apple.developer.team-identifier</key>
	<string>7QK2M9X4PB</string>
</dict>
</plist>
""")

add("css/decoy-data-uri", "web/src/styles/badges.css", "https://developer.mozilla.org/en-US/docs/Web/URI/Schemes/data", r"""
.level-badge {
  display: inline-block;
  width: 18px;
  height: 18px;
  background-size: contain;
}
.level-badge--green { background-image: url("data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAABIAAAASCAYAAABWzo5XAAAA@@p1@@AAAAAElFTkSuQmCC"); }
.level-badge--blue { background-image: url("data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAABIAAAASCAYAAABWzo5XAAAA@@p2@@AAAAAElFTkSuQmCC"); }
.level-badge--black { background-image: url("data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAABIAAAASCAYAAABWzo5XAAAA@@p3@@AAAAAElFTkSuQmCC"); }
""", p1=chars(96, ALNUM + "+/"), p2=chars(96, ALNUM + "+/"), p3=chars(96, ALNUM + "+/"))

add("terraform/decoy-ssm-reference", "infra/aws/lambda-snow-report.tf", "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/data-sources/ssm_parameter", r"""
data "aws_ssm_parameter" "wu_app_key" {
  name            = "/prod/snowreport/weatherunlocked/app_key"
  with_decryption = true
}

resource "aws_lambda_function" "snow_report" {
  function_name = "snow-report-builder"
  role          = aws_iam_role.snow_report.arn
  runtime       = "python3.12"
  handler       = "snowreport.handler.main"
  filename      = "build/snowreport.zip"
  timeout       = 60

  environment {
    variables = {
      WU_APP_ID      = "8f3c1a2d"
      WU_APP_KEY_SSM = data.aws_ssm_parameter.wu_app_key.name
      BUCKET         = "cedarpeak-snow-report"
    }
  }
}
""")

add("gitlab-ci/decoy-env-reference", "ci/build-kiosk.gitlab-ci.yml", "https://docs.gitlab.com/ee/ci/variables/predefined_variables.html", r"""
build-kiosk-image:
  stage: build
  image: docker:24
  services: [docker:24-dind]
  script:
    - echo "$CI_REGISTRY_PASSWORD" | docker login -u "$CI_REGISTRY_USER" --password-stdin "$CI_REGISTRY"
    - docker build --secret id=pip_token,env=PIP_TOKEN -t "$CI_REGISTRY_IMAGE/kiosk:$CI_COMMIT_SHORT_SHA" kiosk/
    - docker push "$CI_REGISTRY_IMAGE/kiosk:$CI_COMMIT_SHORT_SHA"
  rules:
    - if: $CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH
""")

add("markdown/decoy-git-shas", "docs/releases/2024-12-rental-tracker.md", "https://git-scm.com/docs/git-log", r"""
# rental-tracker release notes, December 2024

| Commit | Change |
|--------|--------|
| `@@c1@@` | RFID handhelds retry uploads when the shop Wi-Fi drops |
| `@@c2@@` | Boot sole length now printed on the binding label |
| `@@c3@@` | Damage deposit released automatically on clean return |
| `@@c4@@` | Bump Booqable client to 2.3.1 |

Deployed image: `ghcr.io/kiwialpine/rental-tracker@sha256:@@digest@@`
""", c1=hexs(40), c2=hexs(40), c3=hexs(40), c4=hexs(40), digest=hexs(64))

# ---------------------------------------------------------------- split values and a few more carriers: secrets

add("python/slack-bot-token", "instructors/slack_roster.py", "https://api.slack.com/authentication/token-types#bot", r'''
"""Posts tomorrow's line-up to #instructors-lineup and DMs each instructor their first lesson."""
from slack_sdk import WebClient

# wrapped for flake8 (E501)
SLACK_BOT_TOKEN = (
    "@@a@@"
    "@@b@@"
)
LINEUP_CHANNEL = "C05LQ8N2K7D"

client = WebClient(token=SLACK_BOT_TOKEN)


def post_lineup(day, assignments):
    lines = [f"*Line-up {day:%a %d %b}*"]
    for a in sorted(assignments, key=lambda a: a.starts_at):
        lines.append(f"{a.starts_at:%H:%M}  {a.lesson}  -  {a.instructor.display_name}  ({a.meeting_point})")
    client.chat_postMessage(channel=LINEUP_CHANNEL, text="\n".join(lines))
    for a in assignments:
        if a.instructor.slack_id:
            client.chat_postMessage(channel=a.instructor.slack_id,
                                    text=f"You're on {a.lesson} at {a.starts_at:%H:%M}, meet at {a.meeting_point}.")
''', secret=(bot := slack_bot()), a=bot[:30], b=bot[30:])

add("java/adyen-api-key", "kiosk-server/src/main/java/fr/colblanc/kiosk/pay/AdyenConfig.java", "https://docs.adyen.com/development-resources/api-credentials", r"""
package fr.colblanc.kiosk.pay;

import com.adyen.Client;
import com.adyen.enums.Environment;

public final class AdyenConfig {

    private static final String API_KEY =
        "@@a@@" +
        "@@b@@" +
        "@@c@@";

    private static final String LIVE_PREFIX = "1797a841fbb37ca7-ColBlancSki";

    private AdyenConfig() {
    }

    public static Client client() {
        return new Client(API_KEY, Environment.LIVE, LIVE_PREFIX);
    }

    public static String merchantAccount() {
        return "ColBlancSkiECOM";
    }
}
""", secret=(ady := adyen_key()), a=ady[:50], b=ady[50:100], c=ady[100:])

add("rust/cloudflare-token", "lift-status/src/purge.rs", "https://developers.cloudflare.com/fundamentals/api/get-started/create-token/", r"""
use reqwest::blocking::Client;
use serde_json::json;

const ZONE_ID: &str = "@@zone@@";
const API_TOKEN: &str = "@@secret@@";

/// Purge the lift-status pages from the CDN when a lift opens, closes or goes on wind hold.
pub fn purge_lift_pages(lift_slugs: &[&str]) -> reqwest::Result<()> {
    let files: Vec<String> = lift_slugs
        .iter()
        .map(|slug| format!("https://www.tamarackridge.com/lifts/{slug}"))
        .chain(std::iter::once("https://www.tamarackridge.com/lifts".to_string()))
        .collect();
    Client::new()
        .post(format!("https://api.cloudflare.com/client/v4/zones/{ZONE_ID}/purge_cache"))
        .bearer_auth(API_TOKEN)
        .json(&json!({ "files": files }))
        .send()?
        .error_for_status()?;
    Ok(())
}
""", secret=chars(40, URLSAFE), zone=hexs(32))
