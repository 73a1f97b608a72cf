"""Blind set EV: bowling centres and family entertainment centres.

Lane scoring systems and the back-office PCs around them, arcade card readers and redemption
counters, party booking sites, bar and kitchen POS, league management, digital signage and loyalty
apps, with the CI and infrastructure that ship them, and their decoys. Generated fakes only
(seeds 1620000-1629999).
"""
from __future__ import annotations

import base64
import random
import string
import uuid
from typing import List

from tests.accuracy.labelled import LabelledCase

ALNUM = string.ascii_letters + string.digits
HEX = "0123456789abcdef"
UPPER = string.ascii_uppercase + string.digits
URLSAFE = ALNUM + "-_"
B64 = ALNUM + "+/"
SEED_FIRST, SEED_LAST = 1620000, 1629999
_SEED = [SEED_FIRST]


def _rng() -> random.Random:
    _SEED[0] += 7
    assert SEED_FIRST <= _SEED[0] <= SEED_LAST
    return random.Random(_SEED[0])


def rs(n: int, alphabet: str = ALNUM) -> str:
    """n characters of the alphabet; when it holds letters of both cases and digits, a draw has
    each of them (at most 50 draws, so this always ends)."""
    r = _rng()
    value = ""
    for _ in range(50):
        value = "".join(r.choice(alphabet) for _ in range(n))
        wants = [any(c.isdigit() for c in alphabet), any(c.isupper() for c in alphabet), any(c.islower() for c in alphabet)]
        has = [any(c.isdigit() for c in value), any(c.isupper() for c in value), any(c.islower() for c in value)]
        if n < 8 or all(h or not w for h, w in zip(has, wants)):
            break
    return value


def hexs(n: int) -> str:
    r = _rng()
    return "".join(r.choice(HEX) for _ in range(n))


def digits(n: int) -> str:
    r = _rng()
    return str(r.randint(1, 9)) + "".join(r.choice(string.digits) for _ in range(n - 1))


def rand_bytes(n: int) -> bytes:
    r = _rng()
    return bytes(r.getrandbits(8) for _ in range(n))


def b64_bytes(n: int) -> str:
    return base64.b64encode(rand_bytes(n)).decode()


def b64(text: str) -> str:
    return base64.b64encode(text.encode()).decode()


def uuid_s() -> str:
    return str(uuid.UUID(int=_rng().getrandbits(128), version=4))


WORDS = ["Strike", "Spare", "Kingpin", "Tenpin", "Gutter", "Turkey", "Pinfall", "Bumper", "Cosmic", "Glow",
         "Arcade", "Token", "Prize", "Skee", "Claw", "Nacho", "Pretzel", "Neon", "Galaxy", "Thunder",
         "Hammer", "Bowler", "Jackpot", "Oriole", "Walleye", "Badger", "Juniper", "Harbor", "Maple", "Falcon"]
LOWER = ["lane", "pinsetter", "ticket", "nacho", "bumper", "glow", "pizza", "arcade", "prize", "strike",
         "spare", "gutter", "league", "turkey", "cosmic", "token", "hammer", "claw", "pretzel", "neon"]
SYMBOLS = "!#$%@*"


def human_pw(symbols: str = SYMBOLS) -> str:
    """A password a person chose: words, a symbol and a number, in one of a few habits (symbols:
    the ones the place it is written in takes as they are)."""
    r = _rng()
    a, b = r.sample(WORDS, 2)
    form = r.randint(0, 3)
    if form == 0:
        return a + r.choice(symbols) + b + str(r.randint(10, 9999))
    if form == 1:
        return a.lower() + str(r.randint(10, 999)) + b + r.choice(symbols)
    if form == 2:
        return a + b + str(r.randint(1980, 2025)) + r.choice(symbols)
    return a[0] + a[1:].lower().replace("o", "0").replace("e", "3") + r.choice(symbols) + str(r.randint(100, 999)) + b.lower()


def gen_pw(n: int = 20, extra: str = "!#%^*-_=+") -> str:
    """A password a manager generated."""
    return rs(n, ALNUM + extra)


def phrase() -> str:
    r = _rng()
    return "-".join(r.sample(LOWER, 4)) + str(r.randint(1, 99))


def pem(kind: str, head: str, lines: int, last: int) -> str:
    r = _rng()
    body = head + "".join(r.choice(B64) for _ in range(64 * lines - len(head)))
    rows = [body[i:i + 64] for i in range(0, len(body), 64)]
    tail = "".join(r.choice(B64) for _ in range(last - 2)) + "=="
    label = f"{kind} PRIVATE KEY" if kind else "PRIVATE KEY"
    return f"-----BEGIN {label}-----\n" + "\n".join(rows + [tail]) + f"\n-----END {label}-----"


def rsa_key() -> str:
    return pem("RSA", "MIIEpAIBAAKCAQEA", 25, 24)


def ec_key() -> str:
    return pem("EC", "MHcCAQEEI", 2, 40)


def p8_key() -> str:
    return pem("", "MIGTAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBHkwdwIBAQQg", 3, 8)


def pkcs8_rsa() -> str:
    return pem("", "MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQ", 25, 40)


def openssh_key() -> str:
    r = _rng()
    head = "b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW"
    body = head + "".join(r.choice(B64) for _ in range(70 * 6 - len(head)))
    rows = [body[i:i + 70] for i in range(0, len(body), 70)] + ["".join(r.choice(B64) for _ in range(12)) + "="]
    return "-----BEGIN OPENSSH PRIVATE KEY-----\n" + "\n".join(rows) + "\n-----END OPENSSH PRIVATE KEY-----"


# Vendor shapes (public documentation of each format).
def stripe_sk(kind: str = "sk_live_") -> str:
    return kind + "51" + rs(97)


def square_token() -> str:
    return "EAAA" + rs(60, URLSAFE)


def sendgrid_key() -> str:
    return "SG." + rs(22, URLSAFE) + "." + rs(43, URLSAFE)


def slack_webhook() -> str:
    return ("https://hooks.slack.com/services/T" + rs(10, UPPER) + "/B" + rs(10, UPPER) + "/" + rs(24))


def slack_bot() -> str:
    return f"xoxb-{digits(12)}-{digits(13)}-{rs(24)}"


def discord_webhook() -> str:
    return f"https://discord.com/api/webhooks/{digits(19)}/{rs(68, URLSAFE)}"


def discord_bot() -> str:
    user = base64.b64encode(digits(19).encode()).decode().rstrip("=")
    return f"{user}.{rs(6, URLSAFE)}.{rs(38, URLSAFE)}"


def telegram_token() -> str:
    return f"{digits(10)}:AA{rs(33, URLSAFE)}"


def teams_webhook(tenant: str) -> str:
    return (f"https://{tenant}.webhook.office.com/webhookb2/{uuid_s()}@{uuid_s()}/IncomingWebhook/"
            f"{hexs(32)}/{uuid_s()}")


def azure_storage_key() -> str:
    return b64_bytes(64)


def azure_sas_key() -> str:
    return b64_bytes(32)


def azure_ad_secret() -> str:
    return rs(3) + "8Q~" + rs(34, ALNUM + "_.-~")


def github_pat() -> str:
    return "ghp_" + rs(36)


def gitlab_pat() -> str:
    return "glpat-" + rs(20, URLSAFE)


def npm_token() -> str:
    return "npm_" + rs(36)


def docker_pat() -> str:
    return "dckr_pat_" + rs(27, URLSAFE)


def aws_key_id() -> str:
    return "AKIA" + rs(16, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567")


def aws_secret() -> str:
    return rs(40, B64)


def openai_key() -> str:
    return "sk-proj-" + rs(74, URLSAFE) + "T3BlbkFJ" + rs(74, URLSAFE)


def firebase_server_key() -> str:
    return "AAAA" + rs(7, URLSAFE) + ":APA91b" + rs(134, URLSAFE)


def onesignal_key() -> str:
    return base64.b64encode(uuid_s().encode()).decode()


def google_api_key() -> str:
    return "AIza" + rs(35, URLSAFE)


def recaptcha_key() -> str:
    return "6L" + rs(38, URLSAFE)


def mailchimp_key() -> str:
    return hexs(32) + "-us" + str(_rng().randint(2, 21))


def braintree_token() -> str:
    return f"access_token$production${rs(16, string.ascii_lowercase + string.digits)}${hexs(32)}"


def adyen_key() -> str:
    return "AQE" + rs(60) + "=-" + rs(43, B64) + "=-" + rs(10, ALNUM + "<>,.")


def tailscale_key() -> str:
    return "tskey-auth-k" + rs(10) + "CNTRL-" + rs(33)


def laravel_key() -> str:
    return "base64:" + b64_bytes(32)


def django_key() -> str:
    return rs(50, string.ascii_lowercase + string.digits + "!@#$%^&*(-_=+)")


# Decoy shapes: hashes, ciphertext and public material.
def bcrypt_hash() -> str:
    return "$2b$12$" + rs(53, ALNUM + "./")


def apr1_hash() -> str:
    return "$apr1$" + rs(8, ALNUM + "./") + "$" + rs(22, ALNUM + "./")


def sops_value(n: int) -> str:
    return f"ENC[AES256_GCM,data:{b64_bytes(n)},iv:{b64_bytes(32)},tag:{b64_bytes(16)},type:str]"


def vault_blob(rows: int) -> str:
    return "$ANSIBLE_VAULT;1.1;AES256\n" + "\n".join(hexs(80) for _ in range(rows)) + "\n" + hexs(38)


CASES: List[LabelledCase] = []


def T(template: str, **values: str) -> str:
    text = template[1:] if template.startswith("\n") else template
    for key, value in values.items():
        text = text.replace(f"§{key}§", value)
    assert "§" not in text, text[:80]
    return text


def S(fmt: str, kind: str, file_name: str, template: str, secret: str, source: str, **values: str) -> None:
    """A secret case: `§s§` in the template is the secret."""
    CASES.append(LabelledCase(f"blind-ev/{fmt}/{kind}", file_name, T(template, s=secret, **values), secret, source))


def D(fmt: str, kind: str, file_name: str, template: str, source: str, **values: str) -> None:
    """A decoy: the file leaks nothing."""
    CASES.append(LabelledCase(f"blind-ev/{fmt}/decoy-{kind}", file_name, T(template, **values), None, source))


# ---------------------------------------------------------------------------------------------
# Party booking, payments, e-mail and marketing.
# ---------------------------------------------------------------------------------------------
S("dotenv", "stripe-secret-key", "apps/party-booking/.env.production", r"""
# Party booking site (Next.js) - production values for book.pinnaclelanes.com
# Loaded by pm2 on booking-01; the staging file lives next to this one.
NODE_ENV=production
NEXT_PUBLIC_SITE_URL=https://book.pinnaclelanes.com
NEXT_PUBLIC_STRIPE_PUBLISHABLE_KEY=§pk§
STRIPE_SECRET_KEY=§s§
PARTY_DEPOSIT_PERCENT=25
PARTY_PACKAGES_JSON=/srv/booking/packages.json
LANE_HOLD_MINUTES=15
DATABASE_URL=postgresql://booking@127.0.0.1:5432/booking
SESSION_COOKIE_NAME=pl_book
TZ=America/Chicago
""", stripe_sk(), "https://docs.stripe.com/keys", pk=stripe_sk("pk_live_"))

S("python", "stripe-webhook-secret", "booking/webhooks/stripe_events.py", r"""
import logging

import stripe
from flask import Blueprint, abort, request

from booking.models import PartyBooking, db

log = logging.getLogger(__name__)
bp = Blueprint("stripe_webhooks", __name__)

# signing secret of the "party deposits" endpoint in the Stripe dashboard
endpoint_secret = "§s§"


@bp.route("/webhooks/stripe", methods=["POST"])
def stripe_webhook():
    payload = request.get_data()
    sig_header = request.headers.get("Stripe-Signature", "")
    try:
        event = stripe.Webhook.construct_event(payload, sig_header, endpoint_secret)
    except (ValueError, stripe.error.SignatureVerificationError):
        log.warning("bad stripe signature from %s", request.remote_addr)
        abort(400)

    if event["type"] == "checkout.session.completed":
        session = event["data"]["object"]
        booking = PartyBooking.query.filter_by(checkout_id=session["id"]).first()
        if booking:
            booking.status = "deposit_paid"
            booking.amount_paid_cents = session["amount_total"]
            db.session.commit()
            log.info("party %s deposit paid", booking.id)
    elif event["type"] == "charge.refunded":
        log.info("refund for %s", event["data"]["object"]["id"])
    return "", 200
""", "whsec_" + rs(32), "https://docs.stripe.com/webhooks#verify-events")

S("js", "square-access-token", "services/kitchen-sync/src/square.js", r"""
'use strict';

const { Client, Environment } = require('square');

// Square account for the Pinsetter Grill bar + kitchen (location "Main Concourse")
const client = new Client({
  accessToken: '§s§',
  environment: Environment.Production,
});

const LOCATION_ID = 'L7Q2WXN0B5H1M';

async function openTickets() {
  const { result } = await client.ordersApi.searchOrders({
    locationIds: [LOCATION_ID],
    query: { filter: { stateFilter: { states: ['OPEN'] } } },
  });
  return (result.orders || []).map((order) => ({
    id: order.id,
    lane: (order.ticketName || '').replace(/^LANE\s*/i, ''),
    items: (order.lineItems || []).map((item) => `${item.quantity} x ${item.name}`),
  }));
}

module.exports = { openTickets };
""", square_token(), "https://developer.squareup.com/docs/build-basics/access-tokens")

S("yaml", "square-application-secret", "config/square-oauth.yml", r"""
# OAuth app used by the multi-location party deposits flow (one token per centre)
square:
  environment: production
  application_id: sq0idp-§appid§
  application_secret: §s§
  redirect_uri: https://book.kingpinfamilyfun.com/oauth/square/callback
  scopes:
    - PAYMENTS_WRITE
    - PAYMENTS_READ
    - ORDERS_WRITE
    - MERCHANT_PROFILE_READ
  locations:
    westgate: LQ4X0W9ZK3P2S
    riverside: L2MN8QH7V0BRT
""", "sq0csp-" + rs(43, URLSAFE), "https://developer.squareup.com/docs/oauth-api/overview", appid=rs(22, URLSAFE))

S("php", "woocommerce-consumer-secret", "wp-content/plugins/pl-party-sync/config.php", r"""
<?php
/**
 * Party Sync - pushes WooCommerce party package orders into the lane reservation book.
 */
if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

define( 'PL_PARTY_SYNC_STORE', 'https://shop.pinnaclelanes.com' );
define( 'PL_PARTY_SYNC_CONSUMER_KEY', 'ck_§ck§' );
define( 'PL_PARTY_SYNC_CONSUMER_SECRET', '§s§' );
define( 'PL_PARTY_SYNC_LANES', 24 );
define( 'PL_PARTY_SYNC_CATEGORY', 'birthday-parties' );

function pl_party_sync_client() {
	return new Automattic\WooCommerce\Client(
		PL_PARTY_SYNC_STORE,
		PL_PARTY_SYNC_CONSUMER_KEY,
		PL_PARTY_SYNC_CONSUMER_SECRET,
		array( 'version' => 'wc/v3', 'timeout' => 20 )
	);
}
""", "cs_" + hexs(40), "https://woocommerce.github.io/woocommerce-rest-api-docs/#authentication", ck=hexs(40))

S("php", "mysql-password", "wp-config.php", r"""
<?php
/**
 * The base configuration for WordPress - starlitebowl.com
 */

// ** Database settings ** //
define( 'DB_NAME', 'starlite_wp' );
define( 'DB_USER', 'starlite_wp' );
define( 'DB_PASSWORD', '§s§' );
define( 'DB_HOST', 'localhost' );
define( 'DB_CHARSET', 'utf8mb4' );
define( 'DB_COLLATE', '' );

/* Keys and salts come from the host's environment (see .htaccess SetEnv). */
define( 'AUTH_KEY',         getenv( 'WP_AUTH_KEY' ) );
define( 'SECURE_AUTH_KEY',  getenv( 'WP_SECURE_AUTH_KEY' ) );
define( 'LOGGED_IN_KEY',    getenv( 'WP_LOGGED_IN_KEY' ) );
define( 'NONCE_KEY',        getenv( 'WP_NONCE_KEY' ) );
define( 'AUTH_SALT',        getenv( 'WP_AUTH_SALT' ) );
define( 'SECURE_AUTH_SALT', getenv( 'WP_SECURE_AUTH_SALT' ) );
define( 'LOGGED_IN_SALT',   getenv( 'WP_LOGGED_IN_SALT' ) );
define( 'NONCE_SALT',       getenv( 'WP_NONCE_SALT' ) );

$table_prefix = 'slb_';

define( 'WP_DEBUG', false );
define( 'DISALLOW_FILE_EDIT', true );

if ( ! defined( 'ABSPATH' ) ) {
	define( 'ABSPATH', __DIR__ . '/' );
}

require_once ABSPATH . 'wp-settings.php';
""", human_pw(), "https://developer.wordpress.org/apis/wp-config-php/")

S("php", "authorize-net-transaction-key", "includes/payment/authnet.php", r"""
<?php
// Gift card + party deposit payments for the front desk kiosk (Authorize.net AIM replacement)
use net\authorize\api\contract\v1 as AnetAPI;
use net\authorize\api\controller as AnetController;

const AUTHNET_LOGIN_ID = '§login§';
const AUTHNET_TRANSACTION_KEY = '§s§';

function authnet_merchant_auth(): AnetAPI\MerchantAuthenticationType
{
    $auth = new AnetAPI\MerchantAuthenticationType();
    $auth->setName(AUTHNET_LOGIN_ID);
    $auth->setTransactionKey(AUTHNET_TRANSACTION_KEY);
    return $auth;
}

function authnet_charge(string $opaqueValue, float $amount, string $invoice): ?string
{
    $opaque = new AnetAPI\OpaqueDataType();
    $opaque->setDataDescriptor('COMMON.ACCEPT.INAPP.PAYMENT');
    $opaque->setDataValue($opaqueValue);
    $payment = new AnetAPI\PaymentType();
    $payment->setOpaqueData($opaque);

    $tx = new AnetAPI\TransactionRequestType();
    $tx->setTransactionType('authCaptureTransaction');
    $tx->setAmount($amount);
    $tx->setPayment($payment);
    $tx->setOrder((new AnetAPI\OrderType())->setInvoiceNumber($invoice));

    $request = new AnetAPI\CreateTransactionRequest();
    $request->setMerchantAuthentication(authnet_merchant_auth());
    $request->setTransactionRequest($tx);
    $controller = new AnetController\CreateTransactionController($request);
    $response = $controller->executeWithApiResponse(\net\authorize\api\constants\ANetEnvironment::PRODUCTION);
    return $response ? $response->getTransactionResponse()->getTransId() : null;
}
""", rs(16), "https://developer.authorize.net/api/reference/index.html#authentication", login=rs(9))

S("ruby", "braintree-access-token", "config/initializers/braintree.rb", r"""
# Braintree gateway for league fee autopay (bowlers pay weekly lineage by card on file)
Rails.application.config.to_prepare do
  BRAINTREE_GATEWAY = Braintree::Gateway.new(
    access_token: "§s§"
  )
end

Rails.application.config.league_fees = {
  currency: "USD",
  descriptor_name: "THUNDERBOWL*LEAGUE",
  retry_days: [1, 3, 7]
}
""", braintree_token(), "https://developer.paypal.com/braintree/docs/guides/authorization/access-token")

S("java", "paypal-client-secret", "booking-api/src/main/java/com/galaxyfun/booking/pay/PayPalConfig.java", r"""
package com.galaxyfun.booking.pay;

import com.paypal.core.PayPalEnvironment;
import com.paypal.core.PayPalHttpClient;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
public class PayPalConfig {

    private static final String CLIENT_ID =
            "A§cid§";
    private static final String CLIENT_SECRET =
            "§s§";

    @Bean
    public PayPalHttpClient payPalHttpClient() {
        PayPalEnvironment environment = new PayPalEnvironment.Live(CLIENT_ID, CLIENT_SECRET);
        return new PayPalHttpClient(environment);
    }
}
""", "E" + rs(79, URLSAFE), "https://developer.paypal.com/api/rest/authentication/", cid=rs(79, URLSAFE))

S("csharp", "adyen-api-key", "Kiosk/Payments/AdyenTerminalSettings.cs", r"""
using Adyen;
using Adyen.Model.TerminalApi;

namespace Galaxy.Kiosk.Payments
{
    // Self-service game card kiosks (lobby + arcade), Adyen V400m terminals, cloud Terminal API
    public static class AdyenTerminalSettings
    {
        public const string MerchantAccount = "GalaxyFunCentersECOM";
        public const string ApiKey = "§s§";
        public const string PoiIdLobby = "V400m-346403710";
        public const string PoiIdArcade = "V400m-346403728";

        public static Client CreateClient()
        {
            var config = new Config
            {
                XApiKey = ApiKey,
                Environment = Environment.Live,
                LiveEndpointUrlPrefix = "a1b2c3d4e5f6g7h8-GalaxyFun"
            };
            return new Client(config);
        }

        public static SaleToPOIRequest Header(string serviceId, string poiId) => new SaleToPOIRequest
        {
            MessageHeader = new MessageHeader
            {
                MessageCategory = MessageCategoryType.Payment,
                MessageClass = MessageClassType.Service,
                MessageType = MessageType.Request,
                SaleID = "KIOSK-01",
                ServiceID = serviceId,
                POIID = poiId
            }
        };
    }
}
""", adyen_key(), "https://docs.adyen.com/development-resources/api-credentials")

S("json", "heartland-secret-key", "config/heartland.json", r"""
{
  "environment": "production",
  "serviceUrl": "https://api2.heartlandportico.com",
  "publicApiKey": "pkapi_prod_§pk§",
  "secretApiKey": "§s§",
  "developerId": "002914",
  "versionNumber": "3026",
  "deviceId": "front-desk-2",
  "tipsEnabled": true,
  "receiptFooter": "Thanks for bowling at Rollaway Lanes!"
}
""", "skapi_prod_" + rs(42, URLSAFE), "https://developer.heartlandpaymentsystems.com/documentation/", pk=rs(22))

S("ts", "roller-client-secret", "src/integrations/roller/client.ts", r"""
import axios, { AxiosInstance } from "axios";

// ROLLER venue API: party bookings -> lane assignment board
const ROLLER_BASE = "https://api.roller.app";
const ROLLER_CLIENT_ID = "§cid§";
const ROLLER_CLIENT_SECRET = "§s§";

let cached: { token: string; expires: number } | null = null;

async function token(): Promise<string> {
  if (cached && cached.expires > Date.now() + 30_000) {
    return cached.token;
  }
  const res = await axios.post(`${ROLLER_BASE}/token`, {
    client_id: ROLLER_CLIENT_ID,
    client_secret: ROLLER_CLIENT_SECRET,
  });
  cached = { token: res.data.access_token, expires: Date.now() + res.data.expires_in * 1000 };
  return cached.token;
}

export async function roller(): Promise<AxiosInstance> {
  return axios.create({
    baseURL: ROLLER_BASE,
    headers: { Authorization: `Bearer ${await token()}` },
  });
}

export async function bookingsForDay(day: string) {
  const api = await roller();
  const { data } = await api.get("/bookings", { params: { startDate: day, endDate: day } });
  return data;
}
""", rs(43, URLSAFE), "https://docs.roller.app/docs/authentication", cid=uuid_s())

S("python", "toast-client-secret", "pos/toast_menu_sync.py", r"""
#!/usr/bin/env python3
# Pulls the Toast menu for the Strike Bar and pushes prices to the lane-side ordering tablets.
import json
import sys

import requests

TOAST_HOST = "https://ws-api.toasttab.com"
CLIENT_ID = "§cid§"
CLIENT_SECRET = "§s§"
RESTAURANT_GUID = "§guid§"


def login():
    r = requests.post(
        f"{TOAST_HOST}/authentication/v1/authentication/login",
        json={
            "clientId": CLIENT_ID,
            "clientSecret": CLIENT_SECRET,
            "userAccessType": "TOAST_MACHINE_CLIENT",
        },
        timeout=15,
    )
    r.raise_for_status()
    return r.json()["token"]["accessToken"]


def menus(token):
    r = requests.get(
        f"{TOAST_HOST}/menus/v2/menus",
        headers={"Authorization": f"Bearer {token}", "Toast-Restaurant-External-ID": RESTAURANT_GUID},
        timeout=30,
    )
    r.raise_for_status()
    return r.json()


if __name__ == "__main__":
    data = menus(login())
    json.dump(data, sys.stdout, indent=2)
""", rs(64, URLSAFE), "https://doc.toasttab.com/doc/devguide/authentication.html", cid=rs(32), guid=uuid_s())

S("php", "clover-api-token", "tools/clover_export.php", r"""
<?php
// Nightly export of Clover bar sales to the back-office reporting share.
// Usage: php clover_export.php 2024-06-01

$merchantId = 'QX7M2K9P0ABC1';
$apiToken   = '§s§';
$day        = $argv[1] ?? date('Y-m-d', strtotime('yesterday'));

$from = strtotime($day . ' 00:00:00') * 1000;
$to   = strtotime($day . ' 23:59:59') * 1000;
$url  = "https://api.clover.com/v3/merchants/$merchantId/orders?filter=createdTime>=$from&filter=createdTime<=$to&expand=lineItems&limit=1000";

$ch = curl_init($url);
curl_setopt_array($ch, [
    CURLOPT_RETURNTRANSFER => true,
    CURLOPT_HTTPHEADER     => ["Authorization: Bearer $apiToken", 'Accept: application/json'],
]);
$body = curl_exec($ch);
curl_close($ch);

$orders = json_decode($body, true)['elements'] ?? [];
$out = fopen("\\\\backoffice\\reports\\clover\\$day.csv", 'w');
fputcsv($out, ['order', 'total', 'items']);
foreach ($orders as $o) {
    fputcsv($out, [$o['id'], $o['total'] / 100, count($o['lineItems']['elements'] ?? [])]);
}
fclose($out);
""", uuid_s(), "https://docs.clover.com/docs/using-api-tokens")

S("yaml", "lightspeed-client-secret", "integrations/lightspeed/config.yaml", r"""
# Lightspeed Restaurant (K-Series) -> lane POS bridge
lightspeed:
  api_base: https://api.lsk.lightspeed.app
  auth_url: https://api.lsk.lightspeed.app/oauth/token
  client_id: orbit-fun-lanes-bridge
  client_secret: §s§
  business_location_id: 45454565682155
  refresh_token_file: /var/lib/lsk-bridge/refresh.json
bridge:
  poll_seconds: 20
  lane_tab_prefix: "LN"
  printers:
    kitchen: 10.20.4.31
    bar: 10.20.4.32
""", rs(40), "https://api-docs.lsk.lightspeed.app/")

S("js", "eventbrite-private-token", "scripts/sync-eventbrite-leagues.js", r"""
#!/usr/bin/env node
// Copies open league sign-ups (Eventbrite) into the league secretary spreadsheet export.
const fs = require('fs');

const TOKEN = '§s§';
const ORG_ID = '218839144117';

async function main() {
  const res = await fetch(
    `https://www.eventbriteapi.com/v3/organizations/${ORG_ID}/events/?status=live&expand=ticket_classes`,
    { headers: { Authorization: `Bearer ${TOKEN}` } }
  );
  const { events } = await res.json();
  const rows = events
    .filter((e) => /league/i.test(e.name.text))
    .map((e) => [e.id, e.name.text, e.start.local, e.capacity].join(','));
  fs.writeFileSync('league-signups.csv', ['id,name,start,capacity', ...rows].join('\n'));
  console.log(`wrote ${rows.length} leagues`);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
""", rs(20, string.ascii_uppercase + string.digits), "https://www.eventbrite.com/platform/api#/introduction/authentication")

S("python", "yelp-api-key", "marketing/yelp_reviews.py", r"""
import csv
import datetime as dt

import requests

YELP_API_KEY = (
    "§s§"
)
BUSINESSES = {
    "westgate": "pinnacle-lanes-westgate-madison",
    "riverside": "pinnacle-lanes-riverside-madison",
}


def reviews(alias):
    r = requests.get(
        f"https://api.yelp.com/v3/businesses/{alias}/reviews",
        headers={"Authorization": f"Bearer {YELP_API_KEY}"},
        params={"limit": 20, "sort_by": "newest"},
        timeout=20,
    )
    r.raise_for_status()
    return r.json()["reviews"]


with open(f"yelp-{dt.date.today()}.csv", "w", newline="") as fh:
    out = csv.writer(fh)
    out.writerow(["centre", "rating", "time", "text"])
    for centre, alias in BUSINESSES.items():
        for review in reviews(alias):
            out.writerow([centre, review["rating"], review["time_created"], review["text"][:200]])
""", rs(128, URLSAFE), "https://docs.developer.yelp.com/docs/fusion-authentication")

S("php", "recaptcha-secret-key", "public_html/party/submit.php", r"""
<?php
require __DIR__ . '/../../lib/db.php';

// reCAPTCHA v2 on the birthday party enquiry form
$recaptchaSecret = '§s§';

if ($_SERVER['REQUEST_METHOD'] !== 'POST') {
    http_response_code(405);
    exit;
}

$verify = file_get_contents('https://www.google.com/recaptcha/api/siteverify', false, stream_context_create([
    'http' => [
        'method'  => 'POST',
        'header'  => 'Content-Type: application/x-www-form-urlencoded',
        'content' => http_build_query([
            'secret'   => $recaptchaSecret,
            'response' => $_POST['g-recaptcha-response'] ?? '',
            'remoteip' => $_SERVER['REMOTE_ADDR'],
        ]),
    ],
]));
if (!json_decode($verify, true)['success']) {
    header('Location: /party/?error=captcha');
    exit;
}

$stmt = db()->prepare('INSERT INTO party_enquiries (name, phone, email, kids, preferred_date) VALUES (?, ?, ?, ?, ?)');
$stmt->execute([$_POST['name'], $_POST['phone'], $_POST['email'], (int) $_POST['kids'], $_POST['date']]);
header('Location: /party/thanks.html');
""", recaptcha_key(), "https://developers.google.com/recaptcha/docs/verify")

S("dotenv", "hcaptcha-secret", "birthday-form/.env", r"""
PORT=8080
PUBLIC_HCAPTCHA_SITEKEY=§site§
HCAPTCHA_SECRET=§s§
NOTIFY_EMAIL=parties@orbitfunpark.com
MAX_GUESTS=30
""", "0x" + hexs(40), "https://docs.hcaptcha.com/#verify-the-user-response-server-side", site=uuid_s())

S("python", "django-secret-key", "leagues/leagues/settings/production.py", r"""
from .base import *  # noqa

DEBUG = False
ALLOWED_HOSTS = ["leagues.thunderbowl.net", "www.leagues.thunderbowl.net"]

SECRET_KEY = "§s§"

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": "leagues",
        "USER": "leagues",
        "HOST": "/var/run/postgresql",
    }
}

SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
SECURE_HSTS_SECONDS = 31536000
STATIC_ROOT = "/srv/leagues/static"
USBC_SANCTION_YEAR = "2024-2025"
""", django_key(), "https://docs.djangoproject.com/en/stable/ref/settings/#secret-key")

S("dotenv", "laravel-app-key", "booking-portal/.env", r"""
APP_NAME="Kingpin Party Portal"
APP_ENV=production
APP_KEY=§s§
APP_DEBUG=false
APP_URL=https://parties.kingpinfamilyfun.com

LOG_CHANNEL=daily
DB_CONNECTION=mysql
DB_HOST=127.0.0.1
DB_PORT=3306
DB_DATABASE=party_portal
DB_USERNAME=party_portal
DB_PASSWORD=${PARTY_DB_PASSWORD}

QUEUE_CONNECTION=database
MAIL_MAILER=log
""", laravel_key(), "https://laravel.com/docs/configuration#encryption")

S("compose", "rails-master-key", "league-tracker/docker-compose.prod.yml", r"""
services:
  web:
    image: ghcr.io/starlite-bowl/league-tracker:2.14.0
    restart: unless-stopped
    environment:
      RAILS_ENV: production
      RAILS_MASTER_KEY: §s§
      DATABASE_URL: postgres://league@db/league_tracker
      RAILS_SERVE_STATIC_FILES: "1"
    ports:
      - "3000:3000"
    depends_on:
      - db
  db:
    image: postgres:15
    environment:
      POSTGRES_USER: league
      POSTGRES_HOST_AUTH_METHOD: trust
    volumes:
      - pgdata:/var/lib/postgresql/data
volumes:
  pgdata:
""", hexs(32), "https://guides.rubyonrails.org/security.html#custom-credentials")

S("js", "jwt-signing-secret", "api/config/production.js", r"""
module.exports = {
  port: 4100,
  cors: ['https://app.glowzonefec.com'],
  auth: {
    // loyalty app member sessions
    jwtSecret: '§s§',
    jwtExpiresIn: '30d',
    issuer: 'glowzone-loyalty',
  },
  points: {
    perDollar: 10,
    birthdayBonus: 500,
    expireMonths: 12,
  },
};
""", rs(64), "https://github.com/auth0/node-jsonwebtoken#usage")

S("php", "smtp-password", "app/config/mail.php", r"""
<?php
// Party confirmation e-mails go out through the Microsoft 365 mailbox parties@
return [
    'host'       => 'smtp.office365.com',
    'port'       => 587,
    'encryption' => 'tls',
    'username'   => 'parties@rollawaylanes.com',
    'password'   => '§s§',
    'from'       => ['address' => 'parties@rollawaylanes.com', 'name' => 'Rollaway Lanes Parties'],
    'bcc'        => ['events@rollawaylanes.com'],
    'templates'  => __DIR__ . '/../templates/mail',
];
""", rs(16, string.ascii_lowercase), "https://learn.microsoft.com/en-us/exchange/mail-flow-best-practices/how-to-set-up-a-multifunction-device-or-application-to-send-email-using-microsoft-365-or-office-365")

S("json", "google-oauth-client-secret", "tools/party-calendar/client_secret.json", r"""
{
  "installed": {
    "client_id": "§num§-§cid§.apps.googleusercontent.com",
    "project_id": "party-calendar-371114",
    "auth_uri": "https://accounts.google.com/o/oauth2/auth",
    "token_uri": "https://oauth2.googleapis.com/token",
    "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",
    "client_secret": "§s§",
    "redirect_uris": ["http://localhost"]
  }
}
""", "GOCSPX-" + rs(28, URLSAFE), "https://developers.google.com/identity/protocols/oauth2/native-app",
  num=digits(12), cid=rs(32, string.ascii_lowercase + string.digits))

S("go", "mailchimp-api-key", "cmd/newsletter/main.go", r"""
package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"log"
	"net/http"
	"os"
)

// League newsletter audience on Mailchimp.
const (
	mcKey    = "§s§"
	mcServer = "§dc§"
	listID   = "4f8a1c2d9e"
)

type member struct {
	Email  string            `json:"email_address"`
	Status string            `json:"status"`
	Merge  map[string]string `json:"merge_fields"`
}

func subscribe(email, first, league string) error {
	body, _ := json.Marshal(member{Email: email, Status: "subscribed", Merge: map[string]string{"FNAME": first, "LEAGUE": league}})
	url := fmt.Sprintf("https://%s.api.mailchimp.com/3.0/lists/%s/members", mcServer, listID)
	req, _ := http.NewRequest(http.MethodPost, url, bytes.NewReader(body))
	req.SetBasicAuth("anystring", mcKey)
	req.Header.Set("Content-Type", "application/json")
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode >= 300 {
		return fmt.Errorf("mailchimp: %s", resp.Status)
	}
	return nil
}

func main() {
	if len(os.Args) != 4 {
		log.Fatal("usage: newsletter EMAIL FIRST LEAGUE")
	}
	if err := subscribe(os.Args[1], os.Args[2], os.Args[3]); err != nil {
		log.Fatal(err)
	}
}
""", (mc := mailchimp_key()), "https://mailchimp.com/developer/marketing/guides/quick-start/", dc=mc.rsplit("-", 1)[1])

S("ruby", "postmark-server-token", "app/services/receipt_mailer.rb", r"""
require "postmark"

# Sends the itemised receipt after a party closes out at the front desk.
class ReceiptMailer
  SERVER_TOKEN = "§s§".freeze

  def initialize
    @client = Postmark::ApiClient.new(SERVER_TOKEN)
  end

  def deliver(party)
    @client.deliver_with_template(
      from: "receipts@galaxyfunpark.com",
      to: party.host_email,
      template_alias: "party-receipt",
      template_model: {
        host_name: party.host_name,
        lanes: party.lanes.map(&:number).join(", "),
        total: format("%.2f", party.total_cents / 100.0)
      },
      message_stream: "outbound"
    )
  end
end
""", uuid_s(), "https://postmarkapp.com/developer/api/overview#authentication")

S("python", "klaviyo-private-key", "marketing/klaviyo_sync.py", r"""
import requests

from loyalty.db import members_changed_since

KLAVIYO_PRIVATE_KEY = "§s§"
LIST_ID = "Xr9T2m"
HEADERS = {
    "Authorization": f"Klaviyo-API-Key {KLAVIYO_PRIVATE_KEY}",
    "revision": "2024-02-15",
    "accept": "application/json",
    "content-type": "application/json",
}


def push(since):
    profiles = [
        {
            "type": "profile",
            "attributes": {
                "email": m.email,
                "first_name": m.first_name,
                "properties": {"points": m.points, "home_centre": m.centre, "tier": m.tier},
            },
        }
        for m in members_changed_since(since)
    ]
    for profile in profiles:
        r = requests.post("https://a.klaviyo.com/api/profile-import/", json={"data": profile}, headers=HEADERS, timeout=20)
        r.raise_for_status()
    return len(profiles)
""", "pk_" + hexs(34), "https://developers.klaviyo.com/en/docs/authenticate_")

S("shell", "mailgun-api-key", "scripts/send_league_recap.sh", r"""
#!/usr/bin/env bash
# Mails the weekly league recap PDF to every team captain.
set -euo pipefail

WEEK="${1:?week number}"
PDF="out/recap-week-${WEEK}.pdf"
CAPTAINS="data/captains.txt"

while read -r email; do
  curl -s --user 'api:§s§' \
    https://api.mailgun.net/v3/mg.thunderbowl.net/messages \
    -F from='Thunderbowl Leagues <leagues@mg.thunderbowl.net>' \
    -F to="$email" \
    -F subject="Week ${WEEK} recap" \
    -F text="Standings and high games attached. See you Tuesday!" \
    -F attachment=@"$PDF" >/dev/null
  echo "sent to $email"
done < "$CAPTAINS"
""", "key-" + hexs(32), "https://documentation.mailgun.com/docs/mailgun/api-reference/authentication/")

S("python", "shopify-admin-token", "merch/shopify_inventory.py", r"""
import requests

SHOP = "pinnacle-lanes-pro-shop.myshopify.com"
ACCESS_TOKEN = "§s§"
API_VERSION = "2024-04"


def set_stock(inventory_item_id: int, location_id: int, available: int) -> None:
    r = requests.post(
        f"https://{SHOP}/admin/api/{API_VERSION}/inventory_levels/set.json",
        headers={"X-Shopify-Access-Token": ACCESS_TOKEN},
        json={"location_id": location_id, "inventory_item_id": inventory_item_id, "available": available},
        timeout=15,
    )
    r.raise_for_status()


if __name__ == "__main__":
    # pro shop counter: balls, bags, shoes
    for item, qty in [(44817264918, 6), (44817264919, 2), (44817264920, 11)]:
        set_stock(item, 61234567890, qty)
""", "shpat_" + hexs(32), "https://shopify.dev/docs/apps/auth/access-token-types/admin-api")

S("python", "facebook-page-token", "marketing/post_league_results.py", r"""
import sys

import requests

PAGE_ID = "104982771234567"
PAGE_TOKEN = "§s§"


def post(message: str, photo: str | None = None) -> str:
    if photo:
        url = f"https://graph.facebook.com/v19.0/{PAGE_ID}/photos"
        data = {"caption": message, "url": photo, "access_token": PAGE_TOKEN}
    else:
        url = f"https://graph.facebook.com/v19.0/{PAGE_ID}/feed"
        data = {"message": message, "access_token": PAGE_TOKEN}
    r = requests.post(url, data=data, timeout=20)
    r.raise_for_status()
    return r.json()["id"]


if __name__ == "__main__":
    print(post(sys.argv[1], sys.argv[2] if len(sys.argv) > 2 else None))
""", "EAAG" + rs(180), "https://developers.facebook.com/docs/pages-api/getting-started")

S("python", "vonage-api-secret", "notifications/sms_vonage.py", r"""
import vonage

client = vonage.Client(key="§key§", secret="§s§")
sms = vonage.Sms(client)

FROM = "GlowZone"


def lane_ready(phone: str, lane: int) -> bool:
    # waitlist text: sent by the front desk when a lane frees up
    resp = sms.send_message({
        "from": FROM,
        "to": phone,
        "text": f"Your lane is ready! Head to lane {lane} and grab your shoes at the counter.",
    })
    return resp["messages"][0]["status"] == "0"
""", rs(16), "https://developer.vonage.com/en/getting-started/concepts/authentication", key=hexs(8))

S("python", "twilio-auth-token", "notifications/party_reminders.py", r"""
#!/usr/bin/env python3
# Texts tomorrow's party hosts a reminder at 10:00 (cron on the booking VM).
import datetime as dt

from twilio.rest import Client

from booking.db import parties_on

ACCOUNT_SID = "AC§sid§"
AUTH_TOKEN = "§s§"
FROM_NUMBER = "+16085550142"

client = Client(ACCOUNT_SID, AUTH_TOKEN)
tomorrow = dt.date.today() + dt.timedelta(days=1)

for party in parties_on(tomorrow):
    body = (
        f"Hi {party.host_first_name}! Reminder: {party.package} party tomorrow at "
        f"{party.start:%-I:%M %p}, lanes {party.lanes}. Reply C to confirm."
    )
    client.messages.create(to=party.host_phone, from_=FROM_NUMBER, body=body)
    print("reminded", party.id)
""", hexs(32), "https://www.twilio.com/docs/iam/credentials/api", sid=hexs(32))

S("ruby", "sendgrid-api-key", "config/environments/production.rb", r"""
require "active_support/core_ext/integer/time"

Rails.application.configure do
  config.cache_classes = true
  config.eager_load = true
  config.consider_all_requests_local = false
  config.force_ssl = true
  config.log_level = :info

  config.action_mailer.default_url_options = { host: "leagues.starlitebowl.com", protocol: "https" }
  config.action_mailer.delivery_method = :smtp
  config.action_mailer.smtp_settings = {
    address: "smtp.sendgrid.net",
    port: 587,
    domain: "starlitebowl.com",
    user_name: "apikey",
    password: "§s§",
    authentication: :plain,
    enable_starttls_auto: true
  }

  config.active_support.report_deprecations = false
  config.active_record.dump_schema_after_migration = false
end
""", sendgrid_key(), "https://docs.sendgrid.com/for-developers/sending-email/rubyonrails")


# ---------------------------------------------------------------------------------------------
# Lane scoring systems, front desk and back-office PCs, their databases.
# ---------------------------------------------------------------------------------------------
S("powershell", "windows-autologon-password", "lanes/provision/Set-LaneAutoLogon.ps1", r"""
<#
  Lane pair PCs boot straight into the scorer shell. Run once per PC after imaging:
    .\Set-LaneAutoLogon.ps1 -Pair 07
#>
param(
    [Parameter(Mandatory)] [string] $Pair
)

$winlogon = 'HKLM:\SOFTWARE\Microsoft\Windows NT\CurrentVersion\Winlogon'
Rename-Computer -NewName "LANEPC-$Pair" -Force

Set-ItemProperty -Path $winlogon -Name AutoAdminLogon -Value '1'
Set-ItemProperty -Path $winlogon -Name DefaultUserName -Value 'scorer'
Set-ItemProperty -Path $winlogon -Name DefaultDomainName -Value "LANEPC-$Pair"
Set-ItemProperty -Path $winlogon -Name DefaultPassword -Value '§s§'
Set-ItemProperty -Path $winlogon -Name Shell -Value 'C:\Scoring\bin\LaneShell.exe'

powercfg /change monitor-timeout-ac 0
powercfg /change standby-timeout-ac 0
Write-Host "Lane pair $Pair ready, rebooting"
Restart-Computer -Force
""", human_pw(), "https://learn.microsoft.com/en-us/troubleshoot/windows-server/user-profiles-and-logon/turn-on-automatic-logon")

S("reg", "windows-autologon-password", "lanes/provision/autologon-desk.reg", r"""
Windows Registry Editor Version 5.00

; Front desk control PC (lane assignments + shoe counter) logs on by itself after power cuts
[HKEY_LOCAL_MACHINE\SOFTWARE\Microsoft\Windows NT\CurrentVersion\Winlogon]
"AutoAdminLogon"="1"
"DefaultUserName"="deskops"
"DefaultDomainName"="STARLITE"
"DefaultPassword"="§s§"
"ForceAutoLogon"="1"

[HKEY_LOCAL_MACHINE\SOFTWARE\Policies\Microsoft\Windows\Personalization]
"NoLockScreen"=dword:00000001
""", human_pw(), "https://learn.microsoft.com/en-us/troubleshoot/windows-server/user-profiles-and-logon/turn-on-automatic-logon")

S("xml", "unattend-autologon-password", "lanes/provision/unattend-lane-pc.xml", r"""
<?xml version="1.0" encoding="utf-8"?>
<unattend xmlns="urn:schemas-microsoft-com:unattend">
  <settings pass="oobeSystem">
    <component name="Microsoft-Windows-Shell-Setup" processorArchitecture="amd64" publicKeyToken="31bf3856ad364e35" language="neutral" versionScope="nonSxS" xmlns:wcm="http://schemas.microsoft.com/WMIConfig/2002/State">
      <OOBE>
        <HideEULAPage>true</HideEULAPage>
        <HideOnlineAccountScreens>true</HideOnlineAccountScreens>
        <ProtectYourPC>3</ProtectYourPC>
      </OOBE>
      <UserAccounts>
        <LocalAccounts>
          <LocalAccount wcm:action="add">
            <Name>lanes</Name>
            <Group>Users</Group>
            <Password>
              <Value>§s§</Value>
              <PlainText>true</PlainText>
            </Password>
          </LocalAccount>
        </LocalAccounts>
      </UserAccounts>
      <AutoLogon>
        <Enabled>true</Enabled>
        <Username>lanes</Username>
        <LogonCount>9999999</LogonCount>
        <Password>
          <Value>§s§</Value>
          <PlainText>true</PlainText>
        </Password>
      </AutoLogon>
      <TimeZone>Central Standard Time</TimeZone>
    </component>
  </settings>
</unattend>
""", human_pw(), "https://learn.microsoft.com/en-us/windows-hardware/customize/desktop/unattend/microsoft-windows-shell-setup-autologon")

S("markdown", "remote-access-password", "docs/runbooks/vendor-remote-support.md", r"""
# Vendor remote support (scoring + pinsetters)

When the scoring vendor's support desk needs to get onto the scoring server:

1. Walk to the office, wake the **SCORE-SRV** monitor (it is on the KVM, input 2).
2. Open AnyDesk from the taskbar. Our address is **`482 117 903`**.
3. Unattended access is enabled so they can connect without anyone clicking Accept.
   Password for unattended access: `§s§`
4. Stay on the phone with them until they are done; note the ticket number in the log book.
5. After the session, check the scoring service is running (green tile on the desk screen).

Pinsetter controller issues (Brunswick GS-X chassis alarms) are a mechanic call first,
not a vendor call. Mechanic on duty: see the whiteboard.

Escalation: centre manager, then the regional IT contractor (Badger Tech, 608-555-0190).
""", human_pw(), "https://support.anydesk.com/knowledge/unattended-access")

S("sql", "mssql-login-password", "db/scoring/reporting_login.sql", r"""
-- Read-only login for the nightly league and open-play reports (Power BI gateway).
USE [master];
GO
IF NOT EXISTS (SELECT 1 FROM sys.server_principals WHERE name = N'reports_ro')
    CREATE LOGIN [reports_ro] WITH PASSWORD = N'§s§',
        DEFAULT_DATABASE = [BowlingCenter], CHECK_EXPIRATION = OFF, CHECK_POLICY = ON;
GO
USE [BowlingCenter];
GO
CREATE USER [reports_ro] FOR LOGIN [reports_ro];
ALTER ROLE [db_datareader] ADD MEMBER [reports_ro];
DENY SELECT ON SCHEMA::[Security] TO [reports_ro];
GO
""", gen_pw(18), "https://learn.microsoft.com/en-us/sql/t-sql/statements/create-login-transact-sql")

S("ini", "odbc-password", "config/odbc/odbc.ini", r"""
; DSNs used by the card system export and the Excel league workbooks
[ODBC Data Sources]
ParafaitPOS=ODBC Driver 17 for SQL Server
LeagueDB=MySQL ODBC 8.0 Unicode Driver

[ParafaitPOS]
Driver=ODBC Driver 17 for SQL Server
Server=tcp:10.20.1.15,1433
Database=ParafaitDB
UID=report_user
PWD=§s§
Encrypt=no
TrustServerCertificate=yes

[LeagueDB]
Driver=MySQL ODBC 8.0 Unicode Driver
Server=127.0.0.1
Database=leagues
User=excel
Option=3
""", gen_pw(16, "!#$"), "https://learn.microsoft.com/en-us/sql/connect/odbc/dsn-connection-string-attribute")

S("xml", "mssql-connection-string", "BackOffice/App.config", r"""
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <startup>
    <supportedRuntime version="v4.0" sku=".NETFramework,Version=v4.8" />
  </startup>
  <connectionStrings>
    <add name="CenterDb"
         connectionString="Data Source=SCORE-SRV\SQLEXPRESS;Initial Catalog=CenterOps;User ID=backoffice;Password=§s§;MultipleActiveResultSets=True"
         providerName="System.Data.SqlClient" />
  </connectionStrings>
  <appSettings>
    <add key="CenterName" value="Rollaway Lanes" />
    <add key="LaneCount" value="32" />
    <add key="ShoeSizesCsv" value="C:\BackOffice\data\shoes.csv" />
    <add key="CloseOutHour" value="2" />
  </appSettings>
</configuration>
""", human_pw(), "https://learn.microsoft.com/en-us/dotnet/framework/data/adonet/connection-string-syntax")

S("csharp", "mssql-password", "tools/LaneStatusExporter/Program.cs", r"""
using System;
using System.Data.SqlClient;
using System.IO;

// Writes lane status (open/league/party/out-of-order) every minute for the lobby screen.
class Program
{
    const string Conn = "Server=10.20.1.15;Database=CenterOps;User Id=lanestatus;" +
                        "Password=§s§;Connect Timeout=5";

    static void Main(string[] args)
    {
        var output = args.Length > 0 ? args[0] : @"C:\Signage\lanes.json";
        using var db = new SqlConnection(Conn);
        db.Open();
        using var cmd = new SqlCommand("SELECT LaneNumber, Status, BookedUntil FROM dbo.LaneStatus ORDER BY LaneNumber", db);
        using var reader = cmd.ExecuteReader();
        using var writer = new StreamWriter(output);
        writer.Write("[");
        var first = true;
        while (reader.Read())
        {
            if (!first) writer.Write(",");
            first = false;
            writer.Write($"{{\"lane\":{reader.GetInt32(0)},\"status\":\"{reader.GetString(1)}\"}}");
        }
        writer.Write("]");
        Console.WriteLine($"{DateTime.Now:t} lanes written");
    }
}
""", gen_pw(20, "!#%"), "https://learn.microsoft.com/en-us/dotnet/api/system.data.sqlclient.sqlconnection.connectionstring")

S("shell-history", "mysql-password", "ops/history/league-srv.bash_history", r"""
cd /srv/leagues
git pull
sudo systemctl restart leagues
tail -n 50 /var/log/leagues/app.log
mysql -u leagues_admin -p'§s§' leagues -e "select count(*) from bowlers where active=1"
mysqldump -u leagues_admin -p leagues > /tmp/leagues-$(date +%F).sql
ls -la /tmp/*.sql
scp /tmp/leagues-2024-09-03.sql backup@10.20.1.40:/backups/leagues/
df -h
exit
""", human_pw(), "https://dev.mysql.com/doc/refman/8.0/en/connecting.html")

S("shell", "postgres-password", "ops/backup/pg_backup_leagues.sh", r"""
#!/bin/sh
# Nightly dump of the league + loyalty databases, kept 14 days on the NAS.
set -eu

export PGHOST=10.20.1.30
export PGUSER=backup
export PGPASSWORD='§s§'
DEST=/mnt/nas/backups/postgres
STAMP=$(date +%Y%m%d-%H%M)

for db in leagues loyalty booking; do
  pg_dump -Fc "$db" > "$DEST/$db-$STAMP.dump"
done

find "$DEST" -name '*.dump' -mtime +14 -delete
echo "$(date) backup ok" >> /var/log/pg_backup.log
""", gen_pw(24), "https://www.postgresql.org/docs/current/libpq-envars.html")

S("compose", "mysql-root-password", "league-site/docker-compose.yml", r"""
version: "3.8"
services:
  db:
    image: mysql:8.0
    restart: always
    environment:
      MYSQL_ROOT_PASSWORD: "§s§"
      MYSQL_DATABASE: leaguesecretary
    volumes:
      - ./mysql:/var/lib/mysql
  app:
    build: .
    restart: always
    ports:
      - "8080:80"
    environment:
      DB_HOST: db
      DB_NAME: leaguesecretary
      DB_USER: root
    depends_on:
      - db
""", human_pw("!#@*"), "https://hub.docker.com/_/mysql")

pw = gen_pw(22)
S("k8s-secret", "postgres-password", "deploy/k8s/pos-bridge/secret.yaml", r"""
apiVersion: v1
kind: Secret
metadata:
  name: pos-bridge-db
  namespace: fec-prod
  labels:
    app: pos-bridge
type: Opaque
data:
  PGHOST: §host§
  PGUSER: §user§
  PGPASSWORD: §b§
""", pw, "https://kubernetes.io/docs/concepts/configuration/secret/",
  host=b64("pg-main.fec-prod.svc.cluster.local"), user=b64("pos_bridge"), b=b64(pw))

S("helm", "redis-password", "charts/scoreboard/values-prod.yaml", r"""
replicaCount: 2

image:
  repository: registry.thunderbowl.net/scoreboard
  tag: "3.2.1"

ingress:
  enabled: true
  hosts:
    - host: scores.thunderbowl.net
      paths: ["/"]

redis:
  enabled: true
  architecture: standalone
  auth:
    enabled: true
    password: "§s§"

env:
  LANES: "40"
  REFRESH_MS: "1500"
""", gen_pw(24, ""), "https://artifacthub.io/packages/helm/bitnami/redis")

S("r", "postgres-password", "analytics/league_averages.R", r"""
library(DBI)
library(dplyr)
library(ggplot2)

con <- dbConnect(
  RPostgres::Postgres(),
  host = "10.20.1.30",
  dbname = "leagues",
  user = "analyst",
  password = "§s§"
)

games <- dbGetQuery(con, "
  SELECT b.bowler_id, b.league, g.week, g.game_no, g.score
  FROM games g JOIN bowlers b USING (bowler_id)
  WHERE g.season = '2024-2025'")

averages <- games %>%
  group_by(league, bowler_id) %>%
  summarise(avg = mean(score), games = n(), .groups = "drop") %>%
  filter(games >= 9)

ggplot(averages, aes(avg, fill = league)) +
  geom_histogram(binwidth = 5, alpha = 0.7) +
  labs(title = "Bowler averages by league", x = "Average", y = "Bowlers")
ggsave("league_averages.png", width = 8, height = 5)

dbDisconnect(con)
""", human_pw(), "https://rpostgres.r-dbi.org/reference/postgres")

S("notebook", "sqlalchemy-url-password", "analytics/arcade_card_revenue.ipynb", r"""
{
 "cells": [
  {
   "cell_type": "markdown",
   "metadata": {},
   "source": ["# Arcade card revenue by game\n", "Weekly reload vs. redemption, last 12 weeks."]
  },
  {
   "cell_type": "code",
   "execution_count": 1,
   "metadata": {},
   "outputs": [],
   "source": [
    "import pandas as pd\n",
    "from sqlalchemy import create_engine\n",
    "\n",
    "engine = create_engine(\"mssql+pyodbc://cardreport:§s§@10.20.1.15/CardSystem?driver=ODBC+Driver+17+for+SQL+Server\")"
   ]
  },
  {
   "cell_type": "code",
   "execution_count": 2,
   "metadata": {},
   "outputs": [],
   "source": [
    "df = pd.read_sql(\"SELECT game_name, swipe_date, credits FROM dbo.GamePlays WHERE swipe_date > DATEADD(week, -12, GETDATE())\", engine)\n",
    "df.groupby([pd.Grouper(key='swipe_date', freq='W'), 'game_name'])['credits'].sum().unstack().tail()"
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
""", gen_pw(16, "_-"), "https://docs.sqlalchemy.org/en/20/core/engines.html#database-urls")

S("ansible", "mssql-sa-password", "ansible/group_vars/scoring_servers.yml", r"""
---
# Scoring servers (one per centre). Installs SQL Express and the nightly maintenance job.
mssql_edition: Express
mssql_instance: SQLEXPRESS
mssql_sa_password: "§s§"
mssql_tcp_port: 1433
mssql_backup_dir: 'D:\Backups\SQL'

scoring_service_name: ScoringServer
scoring_service_account: '.\scoring'
lane_pc_subnet: 10.20.8.0/24

windows_updates_window: "Mon 04:00"
""", gen_pw(20, "!#%*"), "https://docs.ansible.com/ansible/latest/playbook_guide/playbooks_variables.html")

S("properties", "spring-datasource-password", "league-api/src/main/resources/application-prod.properties", r"""
server.port=8085
spring.application.name=league-api

spring.datasource.url=jdbc:postgresql://10.20.1.30:5432/leagues
spring.datasource.username=league_api
spring.datasource.password=§s§
spring.datasource.hikari.maximum-pool-size=10

spring.jpa.hibernate.ddl-auto=validate
spring.jpa.open-in-view=false

league.handicap.basis=220
league.handicap.percent=90
league.absent.penalty=10
management.endpoints.web.exposure.include=health,info
""", human_pw(), "https://docs.spring.io/spring-boot/docs/current/reference/html/application-properties.html#appendix.application-properties.data")

S("toml", "scoring-integration-api-key", "scorebridge/config.toml", r"""
# scorebridge: reads live frames from the scoring server's integration API and
# publishes them to the lobby scoreboard and the website "lanes open now" widget.

[scoring]
base_url = "http://10.20.1.15:8093/api/v2"
center_id = 1187
api_key = "§s§"
poll_interval_ms = 1000

[publish]
mqtt_url = "tcp://10.20.1.20:1883"
topic_prefix = "lanes"
website_endpoint = "https://pinnaclelanes.com/wp-json/lanes/v1/status"

[log]
level = "info"
file = "/var/log/scorebridge.log"
""", rs(40), "https://toml.io/en/v1.0.0")

S("cisco", "device-admin-password", "network/configs/rollaway-core-sw.cfg", r"""
! Rollaway Lanes - core switch (office rack). Staged config, paste at install.
hostname RL-CORE-SW1
!
service password-encryption
username netadmin privilege 15 password 0 §s§
!
vlan 10
 name OFFICE
vlan 20
 name LANES
vlan 30
 name POS
vlan 40
 name ARCADE
vlan 99
 name GUEST
!
interface range GigabitEthernet1/0/1-16
 description Lane pair PCs
 switchport access vlan 20
 spanning-tree portfast
!
interface range GigabitEthernet1/0/17-22
 description POS terminals + kitchen printers
 switchport access vlan 30
!
interface range GigabitEthernet1/0/23-40
 description Arcade card readers
 switchport access vlan 40
!
ip default-gateway 10.20.0.1
line vty 0 4
 login local
 transport input ssh
!
end
""", human_pw("!*"), "https://www.cisco.com/c/en/us/td/docs/switches/lan/catalyst9300/software/release/17-3/configuration_guide/sec/b_173_sec_9300_cg/controlling_switch_access_with_passwords_and_privilege_levels.html")

S("mikrotik", "wifi-psk", "network/mikrotik/staff-wifi.rsc", r"""
# 2024-05-02 staff wifi for handhelds (bar tabs, lane assignment tablets)
/interface wireless security-profiles
add name=staff authentication-types=wpa2-psk mode=dynamic-keys \
    wpa2-pre-shared-key="§s§"
add name=guest authentication-types="" mode=none
/interface wireless
set [ find default-name=wlan1 ] band=5ghz-a/n/ac ssid=GZ-Staff \
    security-profile=staff disabled=no
add master-interface=wlan1 name=wlan-guest ssid="GlowZone Free WiFi" \
    security-profile=guest disabled=no
/ip address
add address=10.30.10.1/24 interface=wlan1
""", gen_pw(16, ""), "https://help.mikrotik.com/docs/display/ROS/Wireless+Interface")

S("hostapd", "wifi-psk", "kiosk/rpi/hostapd.conf", r"""
# Access point on the party-room Raspberry Pi: the photo booth and the DJ tablet join it.
interface=wlan0
driver=nl80211
ssid=PartyRoom-AV
hw_mode=g
channel=6
wmm_enabled=1
macaddr_acl=0
auth_algs=1
ignore_broadcast_ssid=1
wpa=2
wpa_key_mgmt=WPA-PSK
rsn_pairwise=CCMP
wpa_passphrase=§s§
country_code=US
""", phrase(), "https://w1.fi/cgit/hostap/plain/hostapd/hostapd.conf")

basic_pw = human_pw()
S("nginx", "basic-auth-header", "nginx/conf.d/scoring-proxy.conf", r"""
# Publishes the scoring server's read-only standings page on the intranet
# without making every tablet log in.
upstream scoring_web {
    server 10.20.1.15:8080;
}

server {
    listen 80;
    server_name standings.lanes.local;

    location / {
        proxy_pass http://scoring_web/standings/;
        proxy_set_header Host $host;
        proxy_set_header Authorization "Basic §s§";
        proxy_hide_header WWW-Authenticate;
        proxy_read_timeout 30s;
    }
}
""", b64("standings:" + basic_pw), "https://datatracker.ietf.org/doc/html/rfc7617")

S("sql", "mysql-user-password", "db/leagues/002_users.sql", r"""
-- Accounts for the league secretary app (run as root once per server)
CREATE DATABASE IF NOT EXISTS leagues CHARACTER SET utf8mb4 COLLATE utf8mb4_0900_ai_ci;

CREATE USER IF NOT EXISTS 'league_app'@'10.20.1.%' IDENTIFIED BY '§s§';
GRANT SELECT, INSERT, UPDATE, DELETE ON leagues.* TO 'league_app'@'10.20.1.%';

CREATE USER IF NOT EXISTS 'league_ro'@'localhost' IDENTIFIED WITH auth_socket;
GRANT SELECT ON leagues.* TO 'league_ro'@'localhost';

FLUSH PRIVILEGES;
""", gen_pw(18, "#%_"), "https://dev.mysql.com/doc/refman/8.0/en/create-user.html")

S("sql", "postgres-role-password", "db/migrations/V7__reporting_role.sql", r"""
-- V7: role for the Metabase dashboards (party revenue, lane utilisation)
DO $$
BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'metabase') THEN
    CREATE ROLE metabase LOGIN;
  END IF;
END
$$;

ALTER ROLE metabase WITH PASSWORD '§s§' VALID UNTIL 'infinity';
GRANT CONNECT ON DATABASE booking TO metabase;
GRANT USAGE ON SCHEMA public TO metabase;
GRANT SELECT ON ALL TABLES IN SCHEMA public TO metabase;
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT ON TABLES TO metabase;
""", human_pw(), "https://www.postgresql.org/docs/current/sql-alterrole.html")

S("powershell", "service-account-password", "ops/scripts/Restart-ScoringServices.ps1", r"""
# Restarts the scoring + pinsetter interface services on every lane server after the
# Tuesday maintenance window. Scheduled task on MGMT-01.
$servers = 'SCORE-SRV', 'SCORE-SRV2'
$user = 'STARLITE\svc-scoring'
$pass = ConvertTo-SecureString '§s§' -AsPlainText -Force
$cred = New-Object System.Management.Automation.PSCredential ($user, $pass)

foreach ($server in $servers) {
    Invoke-Command -ComputerName $server -Credential $cred -ScriptBlock {
        Stop-Service -Name 'ScoringServer', 'PinsetterInterface' -Force
        Start-Sleep -Seconds 10
        Start-Service -Name 'PinsetterInterface', 'ScoringServer'
        Get-Service -Name 'ScoringServer', 'PinsetterInterface' | Select-Object Name, Status
    }
}
""", gen_pw(18, "!#$%"), "https://learn.microsoft.com/en-us/powershell/module/microsoft.powershell.security/convertto-securestring")

S("batch", "share-password", "ops/scripts/map_lane_share.cmd", r"""
@echo off
rem Maps the scoring media share (animations, sponsor ads) on each lane pair PC.
rem Runs from the Startup folder of the "lanes" account.
net use L: /delete /y >nul 2>&1
net use L: \\SCORE-SRV\LaneMedia /user:SCORE-SRV\lanemedia §s§ /persistent:no
if errorlevel 1 (
    echo Could not map lane media share >> C:\Scoring\logs\startup.log
    exit /b 1
)
robocopy L:\animations C:\Scoring\animations /MIR /R:2 /W:5 /NP >nul
exit /b 0
""", human_pw("!*"), "https://learn.microsoft.com/en-us/windows-server/administration/windows-commands/net-use")

S("sql", "linked-server-password", "db/scoring/linked_server_pos.sql", r"""
-- Lets the scoring DB join bar tabs from the POS server (lane tab settle-up report).
EXEC master.dbo.sp_addlinkedserver
    @server = N'POSSRV',
    @srvproduct = N'',
    @provider = N'MSOLEDBSQL',
    @datasrc = N'10.20.3.10';

EXEC master.dbo.sp_addlinkedsrvlogin
    @rmtsrvname = N'POSSRV',
    @useself = N'False',
    @locallogin = NULL,
    @rmtuser = N'lane_tabs',
    @rmtpassword = N'§s§';

EXEC master.dbo.sp_serveroption @server = N'POSSRV', @optname = N'rpc out', @optvalue = N'true';
GO
""", gen_pw(16, "!#$"), "https://learn.microsoft.com/en-us/sql/relational-databases/system-stored-procedures/sp-addlinkedsrvlogin-transact-sql")

S("winscp", "sftp-password", "ops/usbc/upload_standings.txt", r"""
# WinSCP script: uploads weekly standings PDFs to the association's SFTP drop box.
# Run: winscp.com /script=upload_standings.txt /log=upload.log
option batch abort
option confirm off
open sftp://starlite:§s§@sftp.madisonusbc.org/ -hostkey="ssh-ed25519 255 Xk3v9Ylq0tJ8m0n3Qz6f1hWc2dE5rT7uI9oP1aS3dF4="
cd /incoming/starlite
put -delete C:\Leagues\out\*.pdf
close
exit
""", human_pw("!*"), "https://winscp.net/eng/docs/scriptcommand_open")

S("ftp-script", "ftp-password", "signage/ftp_upload.txt", r"""
open 10.20.5.50
signage
§s§
binary
cd /content/menuboard
lcd C:\Signage\export
mput *.mp4
mput *.png
bye
""", human_pw(), "https://learn.microsoft.com/en-us/windows-server/administration/windows-commands/ftp")

S("yaml", "ldap-bind-password", "staff-portal/config/ldap.yml", r"""
# Staff portal (schedules, timeclock) authenticates against the office AD
production:
  host: dc01.orbitfun.local
  port: 636
  encryption: simple_tls
  base: "OU=Staff,DC=orbitfun,DC=local"
  uid: sAMAccountName
  bind_dn: "CN=svc-staffportal,OU=Service Accounts,DC=orbitfun,DC=local"
  password: "§s§"
  allowed_groups:
    - "CN=Managers,OU=Groups,DC=orbitfun,DC=local"
    - "CN=FrontDesk,OU=Groups,DC=orbitfun,DC=local"
    - "CN=Mechanics,OU=Groups,DC=orbitfun,DC=local"
""", gen_pw(20, "!#%^"), "https://github.com/omniauth/omniauth-ldap")

S("ssh-key", "openssh-private-key", "ansible/files/deploy_lanes_ed25519", r"""
§s§
""", openssh_key(), "https://man.openbsd.org/ssh-keygen")

S("pem", "rsa-private-key", "kiosk/nginx/ssl/kiosk.pinnaclelanes.local.key", r"""
§s§
""", rsa_key(), "https://www.rfc-editor.org/rfc/rfc8017")

S("kotlin", "postgres-password", "league-api-kt/src/main/kotlin/net/thunderbowl/leagues/Database.kt", r"""
package net.thunderbowl.leagues

import com.zaxxer.hikari.HikariConfig
import com.zaxxer.hikari.HikariDataSource
import org.jetbrains.exposed.sql.Database

object Db {
    fun connect(): Database {
        val config = HikariConfig().apply {
            jdbcUrl = "jdbc:postgresql://10.20.1.30:5432/leagues"
            driverClassName = "org.postgresql.Driver"
            username = "league_api"
            password = "§s§"
            maximumPoolSize = 6
            isAutoCommit = false
            transactionIsolation = "TRANSACTION_REPEATABLE_READ"
        }
        return Database.connect(HikariDataSource(config))
    }
}
""", human_pw("!*"), "https://github.com/brettwooldridge/HikariCP#gear-configuration-knobs-baby")

S("go", "redis-url-password", "scoreboard/internal/cache/redis.go", r"""
package cache

import (
	"context"
	"time"

	"github.com/redis/go-redis/v9"
)

// Live frames for the lobby scoreboard are cached for 30 seconds.
const redisURL = "redis://:§s§@10.20.1.21:6379/2"

func New() (*redis.Client, error) {
	opt, err := redis.ParseURL(redisURL)
	if err != nil {
		return nil, err
	}
	opt.DialTimeout = 2 * time.Second
	client := redis.NewClient(opt)
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
	defer cancel()
	return client, client.Ping(ctx).Err()
}
""", gen_pw(24, ""), "https://redis.uptrace.dev/guide/go-redis.html#connecting-to-redis-server")

S("python", "amqp-url-password", "leagues/leagues/celery.py", r"""
import os

from celery import Celery
from celery.schedules import crontab

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "leagues.settings.production")

app = Celery(
    "leagues",
    broker="amqp://leagues:§s§@10.20.1.22:5672/leagues",
)
app.config_from_object("django.conf:settings", namespace="CELERY")
app.autodiscover_tasks()

app.conf.beat_schedule = {
    "recalculate-handicaps": {
        "task": "standings.tasks.recalculate_handicaps",
        "schedule": crontab(hour=3, minute=15),
    },
    "email-recaps": {
        "task": "standings.tasks.email_weekly_recaps",
        "schedule": crontab(hour=9, minute=0, day_of_week="wed"),
    },
}
""", gen_pw(20, ""), "https://docs.celeryq.dev/en/stable/getting-started/backends-and-brokers/rabbitmq.html")

S("js", "mongodb-uri-password", "loyalty-api/src/db.js", r"""
const mongoose = require('mongoose');

const uri =
  'mongodb+srv://loyalty-api:§s§@loyalty.x7kq2.mongodb.net/loyalty?retryWrites=true&w=majority';

async function connect() {
  mongoose.set('strictQuery', true);
  await mongoose.connect(uri, { maxPoolSize: 20 });
  console.log('mongo connected');
}

module.exports = { connect, mongoose };
""", gen_pw(16, ""), "https://www.mongodb.com/docs/manual/reference/connection-string/")


# ---------------------------------------------------------------------------------------------
# Arcade card readers, redemption, IoT and monitoring.
# ---------------------------------------------------------------------------------------------
S("go", "mqtt-password", "cardreader-gateway/mqtt.go", r"""
package main

import (
	"fmt"
	"log"
	"time"

	mqtt "github.com/eclipse/paho.mqtt.golang"
)

// Card readers on each arcade cabinet publish swipes over RS-485; the gateway forwards them.
func connectBroker(readerHub string) mqtt.Client {
	opts := mqtt.NewClientOptions().
		AddBroker("tcp://10.40.0.5:1883").
		SetClientID(fmt.Sprintf("cardgw-%s", readerHub)).
		SetUsername("cardgw").
		SetPassword("§s§").
		SetKeepAlive(30 * time.Second).
		SetAutoReconnect(true)

	client := mqtt.NewClient(opts)
	if token := client.Connect(); token.Wait() && token.Error() != nil {
		log.Fatalf("mqtt connect: %v", token.Error())
	}
	return client
}

func publishSwipe(c mqtt.Client, cabinet string, card string, credits int) {
	topic := fmt.Sprintf("arcade/%s/swipe", cabinet)
	payload := fmt.Sprintf(`{"card":"%s","credits":%d,"ts":%d}`, card, credits, time.Now().Unix())
	c.Publish(topic, 1, false, payload)
}
""", gen_pw(18, ""), "https://pkg.go.dev/github.com/eclipse/paho.mqtt.golang#ClientOptions.SetPassword")

S("mosquitto", "mqtt-bridge-password", "arcade/mosquitto/conf.d/bridge.conf", r"""
# Bridge the arcade broker to the regional broker at head office (game meter readings)
connection headoffice
address mqtt.glowzone-group.com:8883
bridge_protocol_version mqttv311
bridge_cafile /etc/mosquitto/certs/isrgrootx1.pem
remote_clientid glowzone-eastpark
remote_username eastpark
remote_password §s§
topic arcade/+/meters out 1 "" sites/eastpark/
topic arcade/+/faults out 1 "" sites/eastpark/
cleansession false
start_type automatic
""", gen_pw(24, ""), "https://mosquitto.org/man/mosquitto-conf-5.html")

S("cpp", "wifi-password", "firmware/claw-telemetry/claw-telemetry.ino", r"""
// Claw machine telemetry: counts plays and prize drops, posts to the local collector.
#include <WiFi.h>
#include <HTTPClient.h>

const char* WIFI_SSID = "GZ-Arcade-IoT";
const char* WIFI_PASS = "§s§";
const char* COLLECTOR = "http://10.40.0.6:8000/claw";

const int COIN_PIN = 26;
const int PRIZE_PIN = 27;
volatile unsigned long plays = 0, prizes = 0;

void IRAM_ATTR onCoin() { plays++; }
void IRAM_ATTR onPrize() { prizes++; }

void setup() {
  Serial.begin(115200);
  pinMode(COIN_PIN, INPUT_PULLUP);
  pinMode(PRIZE_PIN, INPUT_PULLUP);
  attachInterrupt(COIN_PIN, onCoin, FALLING);
  attachInterrupt(PRIZE_PIN, onPrize, FALLING);
  WiFi.begin(WIFI_SSID, WIFI_PASS);
  while (WiFi.status() != WL_CONNECTED) {
    delay(500);
    Serial.print(".");
  }
}

void loop() {
  HTTPClient http;
  http.begin(COLLECTOR);
  http.addHeader("Content-Type", "application/json");
  String body = "{\"mac\":\"" + WiFi.macAddress() + "\",\"plays\":" + plays + ",\"prizes\":" + prizes + "}";
  http.POST(body);
  http.end();
  delay(60000);
}
""", human_pw(), "https://docs.espressif.com/projects/arduino-esp32/en/latest/api/wifi.html")

S("systemd", "api-token-environment", "arcade/systemd/redemption-sync.service", r"""
[Unit]
Description=Redemption counter sync (ticket balances -> prize counter tablets)
After=network-online.target
Wants=network-online.target

[Service]
User=redemption
WorkingDirectory=/opt/redemption-sync
Environment=CARD_API_URL=https://cards.glowzone.local/api/v1
Environment=CARD_API_TOKEN=§s§
Environment=SYNC_INTERVAL=15
ExecStart=/opt/redemption-sync/venv/bin/python -m redemption_sync
Restart=always
RestartSec=5

[Install]
WantedBy=multi-user.target
""", rs(48), "https://www.freedesktop.org/software/systemd/man/systemd.exec.html#Environment=")

S("python", "card-system-hmac-secret", "arcade/card_system/balances.py", r"""
import hashlib
import hmac
import json
import time

import requests

# Game card system HTTP API (per-site credentials issued by the card vendor's support desk)
API_URL = "https://10.40.0.2/CardAPI/v3"
SITE_ID = "EPK-0412"
API_KEY_ID = "epk-backoffice"
API_SECRET = "§s§"


def _signed_headers(body: str) -> dict:
    ts = str(int(time.time()))
    mac = hmac.new(API_SECRET.encode(), f"{ts}.{body}".encode(), hashlib.sha256).hexdigest()
    return {"X-Key-Id": API_KEY_ID, "X-Timestamp": ts, "X-Signature": mac, "Content-Type": "application/json"}


def balance(card_number: str) -> dict:
    body = json.dumps({"site": SITE_ID, "card": card_number})
    r = requests.post(f"{API_URL}/cards/balance", data=body, headers=_signed_headers(body), verify=False, timeout=5)
    r.raise_for_status()
    return r.json()


def add_bonus(card_number: str, credits: int, reason: str) -> dict:
    body = json.dumps({"site": SITE_ID, "card": card_number, "bonus": credits, "reason": reason})
    r = requests.post(f"{API_URL}/cards/bonus", data=body, headers=_signed_headers(body), verify=False, timeout=5)
    r.raise_for_status()
    return r.json()
""", hexs(64), "https://datatracker.ietf.org/doc/html/rfc2104")

S("json", "card-system-api-secret", "ArcadeBridge/appsettings.Production.json", r"""
{
  "Logging": {
    "LogLevel": { "Default": "Information", "Microsoft.AspNetCore": "Warning" }
  },
  "CardSystem": {
    "BaseUrl": "https://cardsrv.galaxyfun.local:8443/api",
    "OperatorId": "GF-BACKOFFICE",
    "ApiSecret": "§s§",
    "TimeoutSeconds": 10
  },
  "Redemption": {
    "TicketValueCents": 1,
    "Counters": [ "PRIZE-1", "PRIZE-2" ]
  },
  "AllowedHosts": "*"
}
""", rs(32), "https://learn.microsoft.com/en-us/aspnet/core/fundamentals/configuration/")

S("toml", "influxdb-token", "arcade/telegraf/telegraf.conf", r"""
# Telegraf on the arcade collector: machine meters and card reader health into InfluxDB
[agent]
  interval = "30s"
  hostname = "arcade-collector"

[[inputs.mqtt_consumer]]
  servers = ["tcp://10.40.0.5:1883"]
  topics = ["arcade/+/meters", "arcade/+/health"]
  data_format = "json"
  topic_tag = "topic"

[[outputs.influxdb_v2]]
  urls = ["http://10.20.1.25:8086"]
  token = "§s§"
  organization = "glowzone"
  bucket = "arcade"
""", base64.urlsafe_b64encode(rand_bytes(64)).decode(), "https://github.com/influxdata/telegraf/blob/master/plugins/outputs/influxdb_v2/README.md")

S("ini", "grafana-admin-password", "monitoring/grafana/grafana.ini", r"""
[server]
http_port = 3000
domain = dash.lanes.local
root_url = http://dash.lanes.local/

[security]
admin_user = admin
admin_password = §s§
disable_gravatar = true

[auth.anonymous]
enabled = true
org_name = Lobby Screens
org_role = Viewer

[dashboards]
default_home_dashboard_path = /var/lib/grafana/dashboards/lanes-overview.json
""", human_pw(), "https://grafana.com/docs/grafana/latest/setup-grafana/configure-grafana/#admin_password")

S("yaml", "pagerduty-routing-key", "monitoring/alertmanager/alertmanager.yml", r"""
global:
  resolve_timeout: 5m

route:
  receiver: ops-email
  group_by: [alertname, centre]
  routes:
    - matchers: [severity="page"]
      receiver: pagerduty-oncall

receivers:
  - name: ops-email
    email_configs:
      - to: ops@pinnaclelanes.com
        from: alerts@pinnaclelanes.com
        smarthost: 10.20.1.9:25
        require_tls: false
  - name: pagerduty-oncall
    pagerduty_configs:
      - routing_key: §s§
        description: '{{ .CommonAnnotations.summary }}'
""", hexs(32), "https://prometheus.io/docs/alerting/latest/configuration/#pagerduty_config")

S("yaml", "datadog-api-key", "monitoring/datadog/datadog.yaml", r"""
api_key: §s§
site: datadoghq.com
hostname: score-srv-westgate
tags:
  - centre:westgate
  - role:scoring
  - env:prod
logs_enabled: true
process_config:
  process_collection:
    enabled: true
""", hexs(32), "https://docs.datadoghq.com/agent/configuration/agent-configuration-files/")

S("ini", "newrelic-license-key", "booking/newrelic.ini", r"""
[newrelic]
license_key = §s§
app_name = Party Booking (prod)
monitor_mode = true
log_level = info
distributed_tracing.enabled = true
transaction_tracer.enabled = true
error_collector.ignore_classes = werkzeug.exceptions:NotFound

[newrelic:staging]
app_name = Party Booking (staging)
monitor_mode = false
""", hexs(36) + "NRAL", "https://docs.newrelic.com/docs/apm/agents/python-agent/configuration/python-agent-configuration/")

S("crontab", "api-key-header", "ops/cron/arcade-sync.cron", r"""
# m h dom mon dow  command
SHELL=/bin/bash
PATH=/usr/local/bin:/usr/bin:/bin
*/5 * * * * curl -fsS -X POST -H "X-Api-Key: §s§" https://ops.glowzone-group.com/api/sites/eastpark/meters -d @/var/lib/arcade/meters.json >/dev/null
15 4 * * * /opt/arcade/bin/rotate-logs.sh
0 6 * * 1 /opt/arcade/bin/weekly-report.sh --mail ops@glowzone-group.com
""", rs(40), "https://man7.org/linux/man-pages/man5/crontab.5.html")

S("python", "pusher-app-secret", "scoreboard/live/pusher_publish.py", r"""
import pusher

# Live frames to the "watch your lane" page parents open on their phones.
client = pusher.Pusher(
    app_id="1738204",
    key="§key§",
    secret="§s§",
    cluster="us2",
    ssl=True,
)


def publish_frame(lane: int, bowler: str, frame: int, rolls: list, total: int) -> None:
    client.trigger(
        f"lane-{lane}",
        "frame",
        {"bowler": bowler, "frame": frame, "rolls": rolls, "total": total},
    )
""", hexs(20), "https://pusher.com/docs/channels/server_api/overview/", key=hexs(20))

S("js", "ably-api-key", "scoreboard/web/server.js", r"""
const express = require('express');
const Ably = require('ably');

// Server side only: issues token requests to the lobby scoreboard browsers.
const ably = new Ably.Rest({ key: '§s§' });
const app = express();

app.get('/ably/auth', async (req, res) => {
  const tokenRequest = await ably.auth.createTokenRequest({
    clientId: `screen-${req.query.screen || 'lobby'}`,
    capability: { 'lanes:*': ['subscribe'] },
  });
  res.json(tokenRequest);
});

app.use(express.static('public'));
app.listen(3001, () => console.log('scoreboard on :3001'));
""", f"{rs(6)}.{rs(6)}:{rs(43, URLSAFE)}", "https://ably.com/docs/auth/basic")

S("ts", "pubnub-secret-key", "lane-events/src/pubnub.ts", r"""
import PubNub from "pubnub";

// Server instance: grants per-lane read access to the bowler app.
export const pubnub = new PubNub({
  publishKey: "pub-c-§pub§",
  subscribeKey: "sub-c-§sub§",
  secretKey: "§s§",
  userId: "lane-events-server",
});

export async function grantLane(appUserId: string, lane: number): Promise<string> {
  const token = await pubnub.grantToken({
    ttl: 240,
    authorized_uuid: appUserId,
    resources: { channels: { [`lane.${lane}`]: { read: true } } },
  });
  return token;
}
""", "sec-c-" + b64(uuid_s()), "https://www.pubnub.com/docs/sdks/javascript/api-reference/access-manager",
  pub=uuid_s(), sub=uuid_s())


# ---------------------------------------------------------------------------------------------
# Digital signage, loyalty apps, league bots and alerting.
# ---------------------------------------------------------------------------------------------
S("xml", "signage-cms-key", "signage/xibo/cms_settings.xml", r"""
<?xml version="1.0" encoding="utf-8"?>
<!-- Xibo for Windows player settings, copied to every menu board and lane-end screen PC -->
<ApplicationSettings>
  <ServerUri>https://signage.rollawaylanes.com</ServerUri>
  <ServerKey>§s§</ServerKey>
  <LibraryPath>C:\Users\Public\Documents\Xibo Library</LibraryPath>
  <DisplayName>Lane end 17-18</DisplayName>
  <CollectInterval>300</CollectInterval>
  <PreventSleep>true</PreventSleep>
  <SizeX>1920</SizeX>
  <SizeY>1080</SizeY>
</ApplicationSettings>
""", rs(12), "https://xibosignage.com/manual/en/displays")

S("yaml", "signage-oauth-client-secret", "signage/bsn/sync.yml", r"""
# Pushes the weekly specials playlist to the BrightSign players through the BSN.cloud API
bsn:
  token_url: https://auth.bsn.cloud/realms/bsncloud/protocol/openid-connect/token
  api_base: https://api.bsn.cloud/2022/06/REST
  network: Thunderbowl
  client_id: thunderbowl-signage-sync
  client_secret: §s§
players:
  - name: bar-menu-left
    serial: XD5D83000123
  - name: bar-menu-right
    serial: XD5D83000124
  - name: lobby-wall
    serial: XT2C28000777
presentations:
  weekday: Specials-Weekday
  weekend: Specials-Weekend
""", rs(32), "https://docs.brightsign.biz/space/DOC/")

S("python", "signage-api-token", "signage/yodeck_push.py", r"""
#!/usr/bin/env python3
# Uploads tonight's cosmic bowling promo video and schedules it on the lane-end screens.
import sys

import requests

YODECK = "https://app.yodeck.com/api/v1"
HEADERS = {"Authorization": "Token galaxyfun-signage:§s§"}
PLAYLIST_ID = 241187


def upload(path: str) -> int:
    with open(path, "rb") as fh:
        r = requests.post(f"{YODECK}/media/", headers=HEADERS, files={"file": fh}, data={"name": path}, timeout=120)
    r.raise_for_status()
    return r.json()["id"]


def add_to_playlist(media_id: int) -> None:
    r = requests.post(f"{YODECK}/playlist/{PLAYLIST_ID}/items/", headers=HEADERS,
                      json={"media": media_id, "duration": 20}, timeout=30)
    r.raise_for_status()


if __name__ == "__main__":
    add_to_playlist(upload(sys.argv[1]))
""", rs(40), "https://app.yodeck.com/api-docs/")

S("dotenv", "azure-storage-account-key", "signage/media-uploader/.env", r"""
# media-uploader: copies exported promo videos to blob storage, players pull from the CDN
AZURE_STORAGE_CONNECTION_STRING=DefaultEndpointsProtocol=https;AccountName=kingpinsignage;AccountKey=§s§;EndpointSuffix=core.windows.net
AZURE_CONTAINER=promos
CDN_BASE=https://kingpinsignage.azureedge.net/promos
WATCH_DIR=C:\Signage\export
""", azure_storage_key(), "https://learn.microsoft.com/en-us/azure/storage/common/storage-configure-connection-string")

S("json", "azure-service-bus-key", "LaneEvents.Functions/local.settings.json", r"""
{
  "IsEncrypted": false,
  "Values": {
    "AzureWebJobsStorage": "UseDevelopmentStorage=true",
    "FUNCTIONS_WORKER_RUNTIME": "dotnet-isolated",
    "LaneBus": "Endpoint=sb://fec-lane-events.servicebus.windows.net/;SharedAccessKeyName=RootManageSharedAccessKey;SharedAccessKey=§s§",
    "LaneTopic": "lane-frames",
    "FaultQueue": "pinsetter-faults"
  }
}
""", azure_sas_key(), "https://learn.microsoft.com/en-us/azure/service-bus-messaging/service-bus-sas")

S("kotlin", "fcm-server-key", "loyalty-android/app/src/main/java/com/glowzone/rewards/push/PushConfig.kt", r"""
package com.glowzone.rewards.push

object PushConfig {
    const val SENDER_ID = "§sender§"

    // used by the in-app "send a test notification" screen in debug builds
    const val FCM_SERVER_KEY =
        "§s§"

    const val TOPIC_ALL = "all-members"
    const val TOPIC_BIRTHDAYS = "birthday-month"
    const val TOPIC_LEAGUES = "league-bowlers"
}
""", firebase_server_key(), "https://firebase.google.com/docs/cloud-messaging/auth-server#authorize-http-requests", sender=digits(12))

S("swift", "loyalty-api-secret", "loyalty-ios/Rewards/Config/APIConstants.swift", r"""
import Foundation

enum APIConstants {
    static let baseURL = URL(string: "https://api.kingpinrewards.com/v2")!
    static let clientID = "kingpin-ios"
    static let clientSecret = "§s§"
    static let pointsPerVisit = 50

    static func signature(for body: Data, timestamp: String) -> String {
        let message = timestamp + "." + String(decoding: body, as: UTF8.self)
        return HMAC.sha256(message: message, key: clientSecret)
    }
}
""", hexs(64), "https://developer.apple.com/documentation/cryptokit/hmac")

S("p8", "apns-auth-key", "loyalty-ios/push/AuthKey_7XK2P9QL4M.p8", r"""
§s§
""", p8_key(), "https://developer.apple.com/documentation/usernotifications/establishing-a-token-based-connection-to-apns")

S("python", "onesignal-rest-key", "loyalty/push/send_points_expiring.py", r"""
import requests

from loyalty.db import members_with_expiring_points

ONESIGNAL_APP_ID = "§app§"
ONESIGNAL_REST_KEY = "§s§"


def notify(member):
    r = requests.post(
        "https://onesignal.com/api/v1/notifications",
        headers={"Authorization": f"Basic {ONESIGNAL_REST_KEY}"},
        json={
            "app_id": ONESIGNAL_APP_ID,
            "include_external_user_ids": [member.id],
            "headings": {"en": "Your points expire soon"},
            "contents": {"en": f"{member.points} points expire on {member.expires:%b %d}. Come bowl!"},
        },
        timeout=15,
    )
    r.raise_for_status()


for m in members_with_expiring_points(days=14):
    notify(m)
""", onesignal_key(), "https://documentation.onesignal.com/reference/create-notification", app=uuid_s())

S("ruby", "braze-rest-api-key", "loyalty/lib/braze_client.rb", r"""
require "net/http"
require "json"

class BrazeClient
  ENDPOINT = URI("https://rest.iad-05.braze.com/users/track")
  API_KEY = "§s§"

  def track_visit(member_id, centre:, lanes:, spent_cents:)
    body = {
      events: [{
        external_id: member_id,
        name: "centre_visit",
        time: Time.now.utc.iso8601,
        properties: { centre: centre, lanes: lanes, spent: spent_cents / 100.0 }
      }]
    }
    req = Net::HTTP::Post.new(ENDPOINT, "Content-Type" => "application/json", "Authorization" => "Bearer #{API_KEY}")
    req.body = body.to_json
    Net::HTTP.start(ENDPOINT.host, ENDPOINT.port, use_ssl: true) { |http| http.request(req) }
  end
end
""", uuid_s(), "https://www.braze.com/docs/api/basics/#rest-api-key")

sa_key = pkcs8_rsa().replace("\n", "\\n") + "\\n"
S("json", "gcp-service-account-key", "loyalty/firebase/firebase-adminsdk.json", r"""
{
  "type": "service_account",
  "project_id": "kingpin-rewards",
  "private_key_id": "§kid§",
  "private_key": "§s§",
  "client_email": "firebase-adminsdk-x2k9q@kingpin-rewards.iam.gserviceaccount.com",
  "client_id": "§cid§",
  "auth_uri": "https://accounts.google.com/o/oauth2/auth",
  "token_uri": "https://oauth2.googleapis.com/token",
  "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",
  "client_x509_cert_url": "https://www.googleapis.com/robot/v1/metadata/x509/firebase-adminsdk-x2k9q%40kingpin-rewards.iam.gserviceaccount.com",
  "universe_domain": "googleapis.com"
}
""", sa_key, "https://cloud.google.com/iam/docs/keys-create-delete", kid=hexs(40), cid=digits(21))

S("js", "discord-webhook", "league-bot/src/postScores.js", r"""
// Posts the high games of the night to the #league-results channel.
const WEBHOOK_URL =
  '§s§';

async function postHighGames(league, week, games) {
  const lines = games
    .sort((a, b) => b.score - a.score)
    .slice(0, 5)
    .map((g, i) => `${i + 1}. **${g.bowler}** (${g.team}) - ${g.score}`);
  await fetch(WEBHOOK_URL, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({
      username: 'Thunderbowl Scores',
      embeds: [{ title: `${league} - week ${week} high games`, description: lines.join('\n'), color: 0xf5a623 }],
    }),
  });
}

module.exports = { postHighGames };
""", discord_webhook(), "https://discord.com/developers/docs/resources/webhook#execute-webhook")

S("python", "discord-bot-token", "league-bot/bot.py", r"""
import discord
from discord.ext import commands

from standings import standings_for, average_for

intents = discord.Intents.default()
intents.message_content = True
bot = commands.Bot(command_prefix="!", intents=intents)


@bot.command()
async def standings(ctx, *, league: str):
    rows = standings_for(league)
    await ctx.send("\n".join(f"{r.place}. {r.team} {r.points} pts" for r in rows))


@bot.command()
async def avg(ctx, *, bowler: str):
    await ctx.send(f"{bowler}: {average_for(bowler):.1f}")


bot.run("§s§")
""", discord_bot(), "https://discordpy.readthedocs.io/en/stable/discord.html")

S("python", "telegram-bot-token", "ops/alerts/telegram_alert.py", r"""
#!/usr/bin/env python3
# Called by the pinsetter fault monitor: texts the mechanics' Telegram group.
import sys
import urllib.parse
import urllib.request

BOT_TOKEN = "§s§"
CHAT_ID = "-1001873360412"


def send(text: str) -> None:
    data = urllib.parse.urlencode({"chat_id": CHAT_ID, "text": text}).encode()
    urllib.request.urlopen(f"https://api.telegram.org/bot{BOT_TOKEN}/sendMessage", data=data, timeout=10)


if __name__ == "__main__":
    send(" ".join(sys.argv[1:]) or "pinsetter fault (no details)")
""", telegram_token(), "https://core.telegram.org/bots/api#authorizing-your-bot")

S("powershell", "teams-webhook", "ops/alerts/Send-LaneDownAlert.ps1", r"""
param(
    [Parameter(Mandatory)] [int] $Lane,
    [string] $Reason = 'Pinsetter fault'
)

$webhook = '§s§'

$card = @{
    '@type'    = 'MessageCard'
    '@context' = 'http://schema.org/extensions'
    summary    = "Lane $Lane down"
    themeColor = 'D70000'
    title      = "Lane $Lane is out of order"
    text       = "$Reason - reported $(Get-Date -Format 'HH:mm') from $env:COMPUTERNAME"
}

Invoke-RestMethod -Method Post -Uri $webhook -ContentType 'application/json' -Body ($card | ConvertTo-Json -Depth 4)
""", teams_webhook("starlitebowl"), "https://learn.microsoft.com/en-us/microsoftteams/platform/webhooks-and-connectors/how-to/add-incoming-webhook")

S("github-actions", "slack-webhook", ".github/workflows/deploy-booking.yml", r"""
name: deploy-booking

on:
  push:
    branches: [main]

env:
  SLACK_WEBHOOK_URL: §s§

jobs:
  deploy:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-node@v4
        with:
          node-version: 20
      - run: npm ci && npm run build
      - name: Deploy
        run: ./scripts/deploy.sh booking-01
      - name: Notify
        if: always()
        run: |
          curl -s -X POST -H 'Content-type: application/json' \
            --data "{\"text\":\"booking deploy ${{ job.status }} (${{ github.sha }})\"}" \
            "$SLACK_WEBHOOK_URL"
""", slack_webhook(), "https://api.slack.com/messaging/webhooks")

S("python", "slack-bot-token", "ops/alerts/slack_daily_report.py", r"""
import datetime as dt

from slack_sdk import WebClient

from reports import daily_totals

client = WebClient(token="§s§")

t = daily_totals(dt.date.today() - dt.timedelta(days=1))
client.chat_postMessage(
    channel="#managers",
    text=(
        f"*Yesterday*: {t.games} games on {t.lanes_used} lanes, "
        f"{t.parties} parties, arcade ${t.arcade:,.0f}, bar ${t.bar:,.0f}, kitchen ${t.kitchen:,.0f}"
    ),
)
""", slack_bot(), "https://api.slack.com/authentication/token-types#bot")

S("python", "openai-api-key", "booking/chatbot/assistant.py", r"""
from openai import OpenAI

client = OpenAI(api_key="§s§")

SYSTEM = (
    "You answer questions for Galaxy Fun Park: bowling, laser tag, arcade and birthday parties. "
    "Hours: Sun-Thu 10-22, Fri-Sat 10-01. Party packages: Comet (8 kids), Nova (15 kids), Supernova (25 kids). "
    "Never quote prices; link to https://galaxyfunpark.com/parties instead."
)


def answer(question: str, history: list[dict]) -> str:
    messages = [{"role": "system", "content": SYSTEM}, *history, {"role": "user", "content": question}]
    resp = client.chat.completions.create(model="gpt-4o-mini", messages=messages, temperature=0.3)
    return resp.choices[0].message.content
""", openai_key(), "https://platform.openai.com/docs/api-reference/authentication")

S("dotenv", "google-maps-server-key", "marketing/places-sync/.env", r"""
# Server-side Places API key (restricted to the office IP) used to sync opening hours
GOOGLE_PLACES_KEY=§s§
PLACE_IDS=ChIJ3bTkqNVTBogRzKx5ZbW2n9A,ChIJ9wYQ0lFTBogR5p2kH1mV8dQ
HOURS_SOURCE=https://pinnaclelanes.com/wp-json/hours/v1
SYNC_CRON="15 6 * * *"
LOG_LEVEL=info
""", google_api_key(), "https://developers.google.com/maps/documentation/places/web-service/get-api-key")

S("php", "webhook-shared-secret", "loyalty/webhooks/points.php", r"""
<?php
// Receives "points earned" callbacks from the loyalty platform and mirrors them to the POS.
const LOYALTY_WEBHOOK_SECRET = '§s§';

$raw = file_get_contents('php://input');
$sig = $_SERVER['HTTP_X_LOYALTY_SIGNATURE'] ?? '';
$expected = base64_encode(hash_hmac('sha256', $raw, LOYALTY_WEBHOOK_SECRET, true));

if (!hash_equals($expected, $sig)) {
    http_response_code(401);
    exit('bad signature');
}

$event = json_decode($raw, true);
if ($event['type'] === 'points.earned') {
    require __DIR__ . '/../pos/bridge.php';
    pos_bridge_note($event['member']['card_number'], sprintf('+%d pts', $event['points']));
}
http_response_code(204);
""", rs(32), "https://datatracker.ietf.org/doc/html/rfc2104")


# ---------------------------------------------------------------------------------------------
# CI, packaging and infrastructure around the centre's software.
# ---------------------------------------------------------------------------------------------
S("terraform", "aws-secret-access-key", "infra/terraform/providers.tf", r"""
terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.40"
    }
  }
  backend "s3" {
    bucket = "pinnacle-lanes-tfstate"
    key    = "booking/terraform.tfstate"
    region = "us-east-2"
  }
}

provider "aws" {
  region     = "us-east-2"
  access_key = "§kid§"
  secret_key = "§s§"

  default_tags {
    tags = {
      Owner   = "it@pinnaclelanes.com"
      Project = "party-booking"
    }
  }
}
""", aws_secret(), "https://registry.terraform.io/providers/hashicorp/aws/latest/docs#provider-configuration", kid=aws_key_id())

S("terraform", "azure-client-secret", "infra/azure/main.tf", r"""
provider "azurerm" {
  features {}
  subscription_id = "§sub§"
  tenant_id       = "§ten§"
  client_id       = "§cli§"
  client_secret   = "§s§"
}

resource "azurerm_resource_group" "signage" {
  name     = "rg-kingpin-signage"
  location = "centralus"
}

resource "azurerm_storage_account" "signage" {
  name                     = "kingpinsignage"
  resource_group_name      = azurerm_resource_group.signage.name
  location                 = azurerm_resource_group.signage.location
  account_tier             = "Standard"
  account_replication_type = "LRS"
}
""", azure_ad_secret(), "https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/guides/service_principal_client_secret",
  sub=uuid_s(), ten=uuid_s(), cli=uuid_s())

S("gitlab-ci", "docker-hub-token", ".gitlab-ci.yml", r"""
stages:
  - build
  - push

variables:
  IMAGE: thunderbowl/scoreboard
  DOCKER_USER: thunderbowlci
  DOCKER_TOKEN: "§s§"

build:
  stage: build
  image: docker:24
  services: [docker:24-dind]
  script:
    - docker build -t $IMAGE:$CI_COMMIT_SHORT_SHA .

push:
  stage: push
  image: docker:24
  services: [docker:24-dind]
  only: [main]
  script:
    - echo "$DOCKER_TOKEN" | docker login -u "$DOCKER_USER" --password-stdin
    - docker build -t $IMAGE:$CI_COMMIT_SHORT_SHA -t $IMAGE:latest .
    - docker push $IMAGE:$CI_COMMIT_SHORT_SHA
    - docker push $IMAGE:latest
""", docker_pat(), "https://docs.docker.com/security/for-developers/access-tokens/")

S("dockerfile", "npm-token", "loyalty-web/Dockerfile", r"""
FROM node:20-alpine AS build
WORKDIR /app
# private @glowzone/ui package lives on the npm org
ARG NPM_TOKEN=§s§
RUN echo "//registry.npmjs.org/:_authToken=${NPM_TOKEN}" > .npmrc
COPY package.json package-lock.json ./
RUN npm ci && rm -f .npmrc
COPY . .
RUN npm run build

FROM nginx:1.25-alpine
COPY --from=build /app/dist /usr/share/nginx/html
COPY nginx.conf /etc/nginx/conf.d/default.conf
EXPOSE 80
""", npm_token(), "https://docs.npmjs.com/using-private-packages-in-a-ci-cd-workflow")

S("npmrc", "npm-token", "kiosk-ui/.npmrc", r"""
@galaxyfun:registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=§s§
engine-strict=true
save-exact=true
fund=false
""", npm_token(), "https://docs.npmjs.com/cli/v10/configuring-npm/npmrc")

S("shell", "github-token", "scripts/release.sh", r"""
#!/usr/bin/env bash
# Cuts a release of the scoreboard app and uploads the Raspberry Pi image.
set -euo pipefail

VERSION="${1:?version}"
REPO="thunderbowl/scoreboard"
export GITHUB_TOKEN=§s§

git tag -a "v${VERSION}" -m "scoreboard ${VERSION}"
git push origin "v${VERSION}"

make image VERSION="${VERSION}"
gh release create "v${VERSION}" \
  --repo "$REPO" \
  --title "Scoreboard ${VERSION}" \
  --notes-file CHANGELOG.md \
  "build/scoreboard-${VERSION}.img.xz"
""", github_pat(), "https://docs.github.com/en/authentication/keeping-your-account-and-data-secure/managing-your-personal-access-tokens")

S("js", "gitlab-token", "renovate/config.js", r"""
module.exports = {
  platform: 'gitlab',
  endpoint: 'https://gitlab.galaxyfun.dev/api/v4/',
  token: '§s§',
  autodiscover: false,
  repositories: [
    'fec/kiosk-ui',
    'fec/booking-api',
    'fec/card-gateway',
    'fec/lane-events',
  ],
  onboardingConfig: { extends: ['config:recommended'] },
  prHourlyLimit: 4,
  timezone: 'America/Denver',
  schedule: ['after 10pm every weekday', 'every weekend'],
};
""", gitlab_pat(), "https://docs.renovatebot.com/self-hosted-configuration/#token")

S("azure-pipelines", "azure-devops-pat", "azure-pipelines.yml", r"""
trigger:
  branches:
    include: [main]

pool:
  name: CentreAgents

variables:
  buildConfiguration: Release
  ARTIFACT_FEED_PAT: §s§

steps:
  - task: UseDotNet@2
    inputs:
      packageType: sdk
      version: 8.x
  - script: |
      dotnet nuget add source https://pkgs.dev.azure.com/kingpinfec/_packaging/fec/nuget/v3/index.json \
        --name fec --username build --password $(ARTIFACT_FEED_PAT) --store-password-in-clear-text
      dotnet restore Kiosk.sln
      dotnet publish Kiosk/Kiosk.csproj -c $(buildConfiguration) -o $(Build.ArtifactStagingDirectory)
    displayName: Build kiosk
  - publish: $(Build.ArtifactStagingDirectory)
    artifact: kiosk
""", rs(52, "abcdefghijklmnopqrstuvwxyz234567"), "https://learn.microsoft.com/en-us/azure/devops/organizations/accounts/use-personal-access-tokens-to-authenticate")

S("bitbucket-pipelines", "bitbucket-app-password", "bitbucket-pipelines.yml", r"""
image: python:3.11

definitions:
  steps:
    - step: &test
        name: Test
        script:
          - pip install -r requirements.txt
          - pytest -q

pipelines:
  branches:
    main:
      - step: *test
      - step:
          name: Tag release
          script:
            - export BB_AUTH="leagues-ci:§s§"
            - curl -s -u "$BB_AUTH" -X POST https://api.bitbucket.org/2.0/repositories/starlitebowl/leagues/refs/tags -H 'Content-Type: application/json' -d "{\"name\":\"build-$BITBUCKET_BUILD_NUMBER\",\"target\":{\"hash\":\"$BITBUCKET_COMMIT\"}}"
""", "ATBB" + rs(32) + hexs(8).upper(), "https://support.atlassian.com/bitbucket-cloud/docs/app-passwords/")

S("shell", "tailscale-auth-key", "lanes/provision/install-tailscale.sh", r"""
#!/bin/bash
# Puts the scoring server and the card gateway on the tailnet so the IT contractor
# can reach them without port forwards.
set -e

curl -fsSL https://tailscale.com/install.sh | sh

tailscale up \
  --authkey=§s§ \
  --hostname="$(hostname -s)-$(cat /etc/centre-code)" \
  --advertise-tags=tag:centre \
  --ssh

tailscale status
""", tailscale_key(), "https://tailscale.com/kb/1085/auth-keys")

S("powershell", "cloudflare-api-token", "ops/dns/Update-DnsRecord.ps1", r"""
# Keeps scores.glowzonefec.com pointed at the centre's (dynamic) public IP.
$zoneId  = '§zone§'
$record  = 'scores.glowzonefec.com'
$headers = @{ Authorization = 'Bearer §s§'; 'Content-Type' = 'application/json' }

$ip = (Invoke-RestMethod -Uri 'https://api.ipify.org').Trim()
$existing = Invoke-RestMethod -Headers $headers -Uri "https://api.cloudflare.com/client/v4/zones/$zoneId/dns_records?type=A&name=$record"
$id = $existing.result[0].id

if ($existing.result[0].content -ne $ip) {
    $body = @{ type = 'A'; name = $record; content = $ip; ttl = 300; proxied = $false } | ConvertTo-Json
    Invoke-RestMethod -Method Put -Headers $headers -Uri "https://api.cloudflare.com/client/v4/zones/$zoneId/dns_records/$id" -Body $body
    Write-Output "updated $record -> $ip"
}
""", rs(40, URLSAFE), "https://developers.cloudflare.com/fundamentals/api/get-started/create-token/", zone=hexs(32))

S("hcl", "terraform-cloud-token", "ops/terraform/.terraformrc", r"""
# CLI config for the ops laptop (terraform login output, copied here by mistake)
plugin_cache_dir = "$HOME/.terraform.d/plugin-cache"
disable_checkpoint = true

credentials "app.terraform.io" {
  token = "§s§"
}
""", rs(14) + ".atlasv1." + rs(67), "https://developer.hashicorp.com/terraform/cli/config/config-file#credentials")

S("shell", "vault-token", "ops/scripts/fetch_pos_certs.sh", r"""
#!/usr/bin/env bash
# Pulls the POS terminal TLS bundle out of Vault onto the card gateway.
set -euo pipefail

export VAULT_ADDR=https://vault.fec-ops.net:8200
export VAULT_TOKEN=§s§

vault kv get -field=cert secret/pos/terminals > /etc/cardgw/pos.crt
vault kv get -field=key  secret/pos/terminals > /etc/cardgw/pos.key
chmod 600 /etc/cardgw/pos.key
systemctl restart cardgw
""", "hvs." + rs(24), "https://developer.hashicorp.com/vault/docs/concepts/tokens")

S("xml", "maven-server-password", "league-api/.mvn/settings.xml", r"""
<settings xmlns="http://maven.apache.org/SETTINGS/1.0.0">
  <servers>
    <server>
      <id>fec-nexus</id>
      <username>ci-deployer</username>
      <password>§s§</password>
    </server>
  </servers>
  <mirrors>
    <mirror>
      <id>fec-nexus</id>
      <mirrorOf>*</mirrorOf>
      <url>https://nexus.fec-ops.net/repository/maven-public/</url>
    </mirror>
  </mirrors>
</settings>
""", gen_pw(20, ""), "https://maven.apache.org/settings.html#servers")

S("properties", "artifactory-password", "loyalty-android/gradle.properties", r"""
org.gradle.jvmargs=-Xmx4g -Dfile.encoding=UTF-8
android.useAndroidX=true
kotlin.code.style=official
android.nonTransitiveRClass=true

# internal Maven (shared UI kit, card reader SDK)
artifactoryUrl=https://glowzone.jfrog.io/artifactory/android-release
artifactoryUser=android-ci
artifactoryPassword=§s§
""", "AKCp8" + rs(68), "https://jfrog.com/help/r/jfrog-platform-administration-documentation/api-keys")

S("ini", "pip-index-url-password", "card-gateway/pip.conf", r"""
[global]
timeout = 60
index-url = https://deploy:§s§@nexus.fec-ops.net/repository/pypi-all/simple
trusted-host = nexus.fec-ops.net
disable-pip-version-check = true
""", gen_pw(18, ""), "https://pip.pypa.io/en/stable/topics/configuration/")

S("jenkinsfile", "basic-auth-password", "Jenkinsfile", r"""
pipeline {
    agent { label 'centre-builder' }
    stages {
        stage('Build') {
            steps {
                sh './gradlew clean assembleRelease'
            }
        }
        stage('Publish APK') {
            steps {
                sh '''
                  curl -f -u apk-upload:§s§ \
                    -T app/build/outputs/apk/release/app-release.apk \
                    https://files.glowzonefec.com/apk/rewards-${BUILD_NUMBER}.apk
                '''
            }
        }
    }
}
""", human_pw("!*"), "https://www.jenkins.io/doc/book/pipeline/jenkinsfile/")

S("kustomize", "secret-generator-literal", "deploy/kustomize/overlays/prod/kustomization.yaml", r"""
apiVersion: kustomize.config.k8s.io/v1beta1
kind: Kustomization
namespace: fec-prod
resources:
  - ../../base
images:
  - name: booking-api
    newTag: "1.19.3"
secretGenerator:
  - name: booking-api-env
    literals:
      - DB_USER=booking
      - DB_PASSWORD=§s§
      - STRIPE_MODE=live
""", gen_pw(22, ""), "https://kubectl.docs.kubernetes.io/references/kustomize/kustomization/secretgenerator/")

S("k8s-secret", "smtp-password", "deploy/k8s/mailer/secret.yaml", r"""
apiVersion: v1
kind: Secret
metadata:
  name: mailer-smtp
  namespace: fec-prod
type: Opaque
stringData:
  SMTP_HOST: smtp.office365.com
  SMTP_PORT: "587"
  SMTP_USER: noreply@galaxyfunpark.com
  SMTP_PASSWORD: "§s§"
""", human_pw(), "https://kubernetes.io/docs/concepts/configuration/secret/#use-case-secret-visible-to-one-container-in-a-pod")

reg_pw = docker_pat()
S("k8s-secret", "registry-password", "deploy/k8s/registry-pull-secret.yaml", r"""
apiVersion: v1
kind: Secret
metadata:
  name: regcred
  namespace: fec-prod
type: kubernetes.io/dockerconfigjson
data:
  .dockerconfigjson: §b§
""", reg_pw, "https://kubernetes.io/docs/tasks/configure-pod-container/pull-image-private-registry/",
  b=b64('{"auths":{"https://index.docker.io/v1/":{"username":"thunderbowlci","password":"' + reg_pw
        + '","auth":"' + b64("thunderbowlci:" + reg_pw) + '"}}}'))

S("ini", "winrm-password", "ansible/inventory/westgate.ini", r"""
[lane_pcs]
lanepc-01 ansible_host=10.20.8.11
lanepc-02 ansible_host=10.20.8.12
lanepc-03 ansible_host=10.20.8.13
lanepc-04 ansible_host=10.20.8.14

[lane_pcs:vars]
ansible_connection=winrm
ansible_winrm_transport=ntlm
ansible_winrm_server_cert_validation=ignore
ansible_user=.\lanesadmin
ansible_password=§s§
""", human_pw(), "https://docs.ansible.com/ansible/latest/os_guide/windows_winrm.html")

stripe_rk = stripe_sk("rk_live_")
S("k8s-secret", "stripe-restricted-key", "deploy/k8s/booking/stripe-secret.yaml", r"""
# restricted key: read charges + write refunds only (front desk refund tool)
apiVersion: v1
kind: Secret
metadata:
  name: booking-stripe
  namespace: fec-prod
type: Opaque
data:
  STRIPE_API_KEY: §b§
""", stripe_rk, "https://docs.stripe.com/keys#limit-access", b=b64(stripe_rk))

S("ec-key", "ec-private-key", "kiosk/keys/terminal-jwt-es256.pem", r"""
§s§
""", ec_key(), "https://www.rfc-editor.org/rfc/rfc5915")


# ---------------------------------------------------------------------------------------------
# Decoys: placeholders, references, ciphertext, hashes, public material, ids and fixtures.
# ---------------------------------------------------------------------------------------------
D("dotenv", "placeholder", "apps/party-booking/.env.example", r"""
# Copy to .env.local and fill in from the "Party Booking" item in the shared password manager.
NODE_ENV=development
NEXT_PUBLIC_SITE_URL=http://localhost:3000
NEXT_PUBLIC_STRIPE_PUBLISHABLE_KEY=pk_test_your_publishable_key
STRIPE_SECRET_KEY=sk_test_your_secret_key_here
STRIPE_WEBHOOK_SECRET=whsec_...
PARTY_DEPOSIT_PERCENT=25
DATABASE_URL=postgresql://booking:<password>@localhost:5432/booking
TWILIO_AUTH_TOKEN=
SENDGRID_API_KEY=SG.xxxxxxxxxxxxxxxxxxxxxx.xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx
""", "https://docs.stripe.com/keys")

D("helm", "existing-secret", "charts/scoreboard/values.yaml", r"""
replicaCount: 1

image:
  repository: registry.thunderbowl.net/scoreboard
  tag: ""

redis:
  enabled: true
  auth:
    enabled: true
    # the password is read from this Secret (key: redis-password); never put it here
    existingSecret: scoreboard-redis
    existingSecretPasswordKey: redis-password

env:
  LANES: "40"
  REFRESH_MS: "1500"

extraEnvFrom:
  - secretRef:
      name: scoreboard-env
""", "https://artifacthub.io/packages/helm/bitnami/redis")

D("k8s", "external-secret", "deploy/k8s/booking/external-secret.yaml", r"""
apiVersion: external-secrets.io/v1beta1
kind: ExternalSecret
metadata:
  name: booking-env
  namespace: fec-prod
spec:
  refreshInterval: 1h
  secretStoreRef:
    kind: ClusterSecretStore
    name: aws-secrets-manager
  target:
    name: booking-env
    creationPolicy: Owner
  data:
    - secretKey: STRIPE_SECRET_KEY
      remoteRef:
        key: prod/booking/stripe
        property: secret_key
    - secretKey: DB_PASSWORD
      remoteRef:
        key: prod/booking/postgres
        property: password
""", "https://external-secrets.io/latest/api/externalsecret/")

D("sops", "encrypted-values", "deploy/secrets/loyalty.enc.yaml", r"""
loyalty:
    db_password: §a§
    jwt_secret: §b§
    onesignal_rest_key: §c§
sops:
    kms: []
    age:
        - recipient: age1q8v7xk3ljc0f2w9n6hfd5z2tq0mxsh9r5l4e6yj0vd7a3ucwp8ksxqz4gm
          enc: |
            -----BEGIN AGE ENCRYPTED FILE-----
            §ag1§
            §ag2§
            -----END AGE ENCRYPTED FILE-----
    lastmodified: "2024-08-19T14:02:51Z"
    mac: §mac§
    unencrypted_suffix: _unencrypted
    version: 3.8.1
""", "https://github.com/getsops/sops#encrypting-using-age",
  a=sops_value(18), b=sops_value(48), c=sops_value(36), ag1=b64_bytes(48), ag2=b64_bytes(45),
  mac=sops_value(32))

D("ansible", "vault-encrypted", "ansible/group_vars/card_gateways/vault.yml", r"""
§v§
""", "https://docs.ansible.com/ansible/latest/vault_guide/vault_encrypting_content.html", v=vault_blob(9))

D("sql", "password-hashes", "db/leagues/seed/003_secretaries.sql", r"""
-- League secretaries who can log in to post scores (passwords set by each person; bcrypt)
INSERT INTO staff_users (username, display_name, role, password_hash, created_at) VALUES
  ('dkowalski', 'Dave Kowalski', 'secretary', '§h1§', '2023-08-20'),
  ('mramirez',  'Maria Ramirez', 'secretary', '§h2§', '2023-08-20'),
  ('tnguyen',   'Tom Nguyen',    'manager',   '§h3§', '2024-01-05'),
  ('jolsen',    'Jen Olsen',     'secretary', '§h4§', '2024-09-01');
""", "https://en.wikipedia.org/wiki/Bcrypt", h1=bcrypt_hash(), h2=bcrypt_hash(), h3=bcrypt_hash(), h4=bcrypt_hash())

D("htpasswd", "password-hashes", "nginx/htpasswd/standings", r"""
manager:§h1§
frontdesk:§h2§
mechanic:§h3§
dj:§h4§
league:§h5§
""", "https://httpd.apache.org/docs/2.4/misc/password_encryptions.html",
  h1=apr1_hash(), h2=apr1_hash(), h3=apr1_hash(), h4=apr1_hash(), h5=apr1_hash())

D("mosquitto", "password-hashes", "arcade/mosquitto/passwd", r"""
cardgw:$7$101$§s1§$§h1§
homeassistant:$7$101$§s2§$§h2§
telegraf:$7$101$§s3§$§h3§
redemption:$7$101$§s4§$§h4§
claw:$7$101$§s5§$§h5§
""", "https://mosquitto.org/man/mosquitto_passwd-1.html",
  s1=b64_bytes(12), h1=b64_bytes(64), s2=b64_bytes(12), h2=b64_bytes(64), s3=b64_bytes(12), h3=b64_bytes(64),
  s4=b64_bytes(12), h4=b64_bytes(64), s5=b64_bytes(12), h5=b64_bytes(64))

D("ssh", "public-keys", "ansible/files/authorized_keys", r"""
# Who can ssh to the scoring servers and the card gateway
ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI§k1§ it-contractor@badgertech
ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI§k2§ manager@westgate-office
ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQ§k3§ ansible@mgmt-01
ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI§k4§ backup@nas
""", "https://man.openbsd.org/sshd.8#AUTHORIZED_KEYS_FILE_FORMAT",
  k1=rs(43, B64), k2=rs(43, B64), k3=rs(340, B64), k4=rs(43, B64))

D("js", "stripe-publishable-key", "apps/party-booking/src/lib/stripe-client.js", r"""
import { loadStripe } from '@stripe/stripe-js';

// Publishable key: safe in the browser bundle (it can only create tokens / confirm intents).
const STRIPE_PUBLISHABLE_KEY = '§pk§';

let stripePromise;

export function getStripe() {
  if (!stripePromise) {
    stripePromise = loadStripe(STRIPE_PUBLISHABLE_KEY);
  }
  return stripePromise;
}

export async function payDeposit(clientSecretFromServer, card) {
  const stripe = await getStripe();
  return stripe.confirmCardPayment(clientSecretFromServer, { payment_method: { card } });
}
""", "https://docs.stripe.com/keys#obtain-api-keys", pk=stripe_sk("pk_live_"))

D("js", "mapbox-public-token", "signage/lobby-map/map.js", r"""
// "Find us" map on the lobby screen and the website footer. Public token, URL-restricted
// to pinnaclelanes.com and the signage player origin in the Mapbox account.
mapboxgl.accessToken = 'pk.eyJ1IjoicGlubmFjbGVsYW5lcyIsImEiOiJ§t§';

const map = new mapboxgl.Map({
  container: 'map',
  style: 'mapbox://styles/mapbox/dark-v11',
  center: [-89.4012, 43.0731],
  zoom: 11,
  interactive: false,
});

const centres = [
  { name: 'Westgate', lngLat: [-89.5103, 43.0552] },
  { name: 'Riverside', lngLat: [-89.3519, 43.0921] },
];
centres.forEach((c) => new mapboxgl.Marker({ color: '#f5a623' }).setLngLat(c.lngLat).setPopup(new mapboxgl.Popup().setText(c.name)).addTo(map));
""", "https://docs.mapbox.com/help/getting-started/access-tokens/", t=rs(22, URLSAFE) + "." + rs(22, URLSAFE))

D("html", "recaptcha-site-key", "public_html/party/index.html", r"""
<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>Birthday Parties | Rollaway Lanes</title>
  <script src="https://www.google.com/recaptcha/api.js" async defer></script>
  <link rel="stylesheet" href="/css/site.css">
</head>
<body>
  <h1>Book a bowling birthday party</h1>
  <form action="/party/submit.php" method="post">
    <label>Your name <input name="name" required></label>
    <label>Phone <input name="phone" type="tel" required></label>
    <label>E-mail <input name="email" type="email" required></label>
    <label>Number of kids <input name="kids" type="number" min="6" max="40"></label>
    <label>Preferred date <input name="date" type="date"></label>
    <div class="g-recaptcha" data-sitekey="§k§"></div>
    <button type="submit">Send enquiry</button>
  </form>
</body>
</html>
""", "https://developers.google.com/recaptcha/docs/display", k=recaptcha_key())

D("js", "heartland-public-key", "public/js/checkout.js", r"""
// Hosted fields for gift card purchases. The public key only tokenizes cards in the browser.
GlobalPayments.configure({
  publicApiKey: 'pkapi_prod_§k§',
});

const cardForm = GlobalPayments.ui.form({
  fields: {
    'card-number': { target: '#card-number', placeholder: '•••• •••• •••• ••••' },
    'card-expiration': { target: '#card-expiration', placeholder: 'MM / YYYY' },
    'card-cvv': { target: '#card-cvv', placeholder: '•••' },
    submit: { target: '#submit', text: 'Buy gift card' },
  },
});

cardForm.on('token-success', (resp) => {
  document.querySelector('#payment-token').value = resp.paymentReference;
  document.querySelector('#giftcard-form').submit();
});
""", "https://developer.globalpay.com/ecommerce/payments/hosted-fields", k=rs(22))

D("js", "square-application-id", "kiosk-ui/src/payments/squareForm.js", r"""
// Web Payments SDK on the self-order kiosk. Application and location ids are public.
const APPLICATION_ID = 'sq0idp-§a§';
const LOCATION_ID = 'L7Q2WXN0B5H1M';

export async function mountCard(selector) {
  const payments = window.Square.payments(APPLICATION_ID, LOCATION_ID);
  const card = await payments.card();
  await card.attach(selector);
  return card;
}

export async function tokenize(card) {
  const result = await card.tokenize();
  if (result.status !== 'OK') {
    throw new Error(result.errors?.[0]?.message || 'card declined');
  }
  return result.token; // sent to our server, which holds the access token
}
""", "https://developer.squareup.com/docs/web-payments/take-card-payment", a=rs(22, URLSAFE))

D("python", "env-reference", "notifications/party_reminders_v2.py", r"""
#!/usr/bin/env python3
# Texts tomorrow's party hosts a reminder at 10:00. Credentials come from the service's env file.
import datetime as dt
import os

from twilio.rest import Client

from booking.db import parties_on

ACCOUNT_SID = os.environ["TWILIO_ACCOUNT_SID"]
AUTH_TOKEN = os.environ["TWILIO_AUTH_TOKEN"]
FROM_NUMBER = os.environ.get("TWILIO_FROM", "+16085550142")

client = Client(ACCOUNT_SID, AUTH_TOKEN)
tomorrow = dt.date.today() + dt.timedelta(days=1)

for party in parties_on(tomorrow):
    client.messages.create(
        to=party.host_phone,
        from_=FROM_NUMBER,
        body=f"Reminder: {party.package} party tomorrow at {party.start:%-I:%M %p}. Reply C to confirm.",
    )
""", "https://www.twilio.com/docs/usage/secure-credentials")

D("json", "integrity-hashes", "kiosk-ui/package-lock.json", r"""
{
  "name": "kiosk-ui",
  "version": "2.3.0",
  "lockfileVersion": 3,
  "requires": true,
  "packages": {
    "": {
      "name": "kiosk-ui",
      "version": "2.3.0",
      "dependencies": {
        "axios": "^1.6.8",
        "qrcode": "^1.5.3"
      }
    },
    "node_modules/axios": {
      "version": "1.6.8",
      "resolved": "https://registry.npmjs.org/axios/-/axios-1.6.8.tgz",
      "integrity": "sha512-§i1§",
      "dependencies": {
        "follow-redirects": "^1.15.6"
      }
    },
    "node_modules/follow-redirects": {
      "version": "1.15.6",
      "resolved": "https://registry.npmjs.org/follow-redirects/-/follow-redirects-1.15.6.tgz",
      "integrity": "sha512-§i2§"
    },
    "node_modules/qrcode": {
      "version": "1.5.3",
      "resolved": "https://registry.npmjs.org/qrcode/-/qrcode-1.5.3.tgz",
      "integrity": "sha512-§i3§"
    }
  }
}
""", "https://docs.npmjs.com/cli/v10/configuring-npm/package-lock-json",
  i1=b64_bytes(64), i2=b64_bytes(64), i3=b64_bytes(64))

D("compose", "image-digests", "arcade/docker-compose.yml", r"""
services:
  mosquitto:
    image: eclipse-mosquitto@sha256:§d1§
    restart: unless-stopped
    ports: ["1883:1883"]
    volumes:
      - ./mosquitto:/mosquitto/config
  telegraf:
    image: telegraf@sha256:§d2§
    restart: unless-stopped
    env_file: /etc/arcade/telegraf.env
    volumes:
      - ./telegraf/telegraf.conf:/etc/telegraf/telegraf.conf:ro
  redemption-sync:
    image: ghcr.io/glowzone/redemption-sync@sha256:§d3§
    restart: unless-stopped
    env_file: /etc/arcade/redemption.env
""", "https://docs.docker.com/reference/cli/docker/image/pull/#pull-an-image-by-digest-immutable-identifier",
  d1=hexs(64), d2=hexs(64), d3=hexs(64))

D("markdown", "commit-hashes", "scoreboard/CHANGELOG.md", r"""
# Changelog

## 3.2.1 - 2024-09-10
- Fix split-screen layout on the 32" lane-end monitors (§c1§)
- Show "PINSETTER RESET" instead of a blank frame during a reset (§c2§)

## 3.2.0 - 2024-08-28
- Cosmic bowling theme with black-light colours (§c3§)
- Lobby wall: rotate league standings every 20 s (§c4§)
- Bump go-redis to v9.5.1 (§c5§)

## 3.1.4 - 2024-07-02
- Handle 10th-frame fill balls on split lanes (§c6§)
""", "https://keepachangelog.com/en/1.1.0/",
  c1=hexs(40), c2=hexs(40), c3=hexs(12), c4=hexs(12), c5=hexs(40), c6=hexs(40))

D("json", "uuid-ids", "config/lanes/westgate-lanes.json", r"""
{
  "centre": "westgate",
  "updated": "2024-09-02T08:00:00-05:00",
  "lanes": [
    {"lane": 1, "pair": "01-02", "deviceId": "§u1§", "pinsetter": "GS-X", "bumpers": true},
    {"lane": 2, "pair": "01-02", "deviceId": "§u2§", "pinsetter": "GS-X", "bumpers": true},
    {"lane": 3, "pair": "03-04", "deviceId": "§u3§", "pinsetter": "GS-X", "bumpers": false},
    {"lane": 4, "pair": "03-04", "deviceId": "§u4§", "pinsetter": "GS-X", "bumpers": false},
    {"lane": 5, "pair": "05-06", "deviceId": "§u5§", "pinsetter": "string", "bumpers": true},
    {"lane": 6, "pair": "05-06", "deviceId": "§u6§", "pinsetter": "string", "bumpers": true}
  ]
}
""", "https://www.rfc-editor.org/rfc/rfc9562",
  u1=uuid_s(), u2=uuid_s(), u3=uuid_s(), u4=uuid_s(), u5=uuid_s(), u6=uuid_s())

D("markdown", "vendor-doc-example", "docs/runbooks/aws-cli-setup.md", r"""
# Setting up the AWS CLI for the booking backups

Each of us has their own IAM user; never share keys. Run `aws configure` and paste
**your own** access key when asked. The values below are the ones from the AWS docs,
shown only so you recognise the prompts:

```
$ aws configure
AWS Access Key ID [None]: AKIAIOSFODNN7EXAMPLE
AWS Secret Access Key [None]: wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY
Default region name [None]: us-east-2
Default output format [None]: json
```

Then check you can see the backup bucket:

```
$ aws s3 ls s3://pinnacle-lanes-backups/booking/
```

If you lose your keys, deactivate them in the IAM console and create new ones.
""", "https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-quickstart.html")

D("python", "test-fixture", "leagues/standings/tests/test_auth.py", r"""
import pytest

from standings.auth import check_password, hash_password

# Throwaway values for the unit tests only; nothing here is a real account.
TEST_USER = "test-secretary"
TEST_PASSWORD = "not-a-real-password"


@pytest.fixture
def secretary(db):
    return db.create_user(TEST_USER, hash_password(TEST_PASSWORD), role="secretary")


def test_right_password(secretary):
    assert check_password(secretary, TEST_PASSWORD)


def test_wrong_password(secretary):
    assert not check_password(secretary, "wrong-password")


def test_empty_password_rejected(secretary):
    assert not check_password(secretary, "")
""", "https://docs.pytest.org/en/stable/how-to/fixtures.html")

D("log", "redacted", "docs/incidents/2024-07-13-card-gateway.log", r"""
2024-07-13 19:02:11 INFO  cardgw starting, site=EPK-0412
2024-07-13 19:02:11 INFO  config: api_url=https://10.40.0.2/CardAPI/v3 key_id=epk-backoffice api_secret=********
2024-07-13 19:02:12 INFO  mqtt connect tcp://10.40.0.5:1883 user=cardgw password=[REDACTED]
2024-07-13 19:02:12 INFO  mqtt connected
2024-07-13 19:47:55 WARN  reader hub 3 no heartbeat for 30s (cabinets 21-28)
2024-07-13 19:48:40 ERROR card API 401 Unauthorized (signature mismatch) card=****7731
2024-07-13 19:48:41 ERROR card API 401 Unauthorized (signature mismatch) card=****0194
2024-07-13 19:55:02 INFO  clock resynced via NTP (drift was 312 s), signatures OK again
""", "https://owasp.org/www-project-cheat-sheets/cheatsheets/Logging_Cheat_Sheet.html")

D("python", "secret-manager-lookup", "booking/settings_aws.py", r"""
import json
import os
from functools import lru_cache

import boto3

REGION = os.environ.get("AWS_REGION", "us-east-2")


@lru_cache(maxsize=None)
def secret(name: str) -> dict:
    client = boto3.client("secretsmanager", region_name=REGION)
    value = client.get_secret_value(SecretId=name)
    return json.loads(value["SecretString"])


STRIPE_SECRET_KEY = secret("prod/booking/stripe")["secret_key"]
DB = secret("prod/booking/postgres")
DATABASE_URL = f"postgresql://{DB['username']}:{DB['password']}@{DB['host']}:5432/booking"
""", "https://docs.aws.amazon.com/secretsmanager/latest/userguide/retrieving-secrets_python-sdk.html")

D("ansible", "vault-lookup", "ansible/roles/scoring_server/tasks/sql.yml", r"""
---
- name: Read SA password from HashiCorp Vault
  ansible.builtin.set_fact:
    mssql_sa_password: "{{ lookup('community.hashi_vault.hashi_vault', 'secret=kv/data/centres/' ~ centre_code ~ '/mssql:sa_password') }}"
  no_log: true

- name: Install SQL Server Express
  ansible.windows.win_package:
    path: 'C:\Installers\SQLEXPR_x64_ENU.exe'
    arguments: /Q /ACTION=Install /FEATURES=SQLEngine /INSTANCENAME=SQLEXPRESS /SECURITYMODE=SQL /SAPWD="{{ mssql_sa_password }}" /IACCEPTSQLSERVERLICENSETERMS
    product_id: '{18B2A97C-92C3-4AC7-BB2D-C4EF5E6F4E4A}'
  no_log: true

- name: Open TCP 1433 to the lane subnet only
  community.windows.win_firewall_rule:
    name: SQL from lanes
    localport: 1433
    remoteip: "{{ lane_pc_subnet }}"
    protocol: tcp
    action: allow
    direction: in
""", "https://docs.ansible.com/ansible/latest/collections/community/hashi_vault/hashi_vault_lookup.html")

D("terraform", "generated-password", "infra/terraform/rds.tf", r"""
resource "random_password" "booking_db" {
  length           = 32
  special          = true
  override_special = "_-"
}

resource "aws_secretsmanager_secret" "booking_db" {
  name = "prod/booking/postgres"
}

resource "aws_secretsmanager_secret_version" "booking_db" {
  secret_id     = aws_secretsmanager_secret.booking_db.id
  secret_string = jsonencode({ username = "booking", password = random_password.booking_db.result })
}

resource "aws_db_instance" "booking" {
  identifier          = "booking-prod"
  engine              = "postgres"
  engine_version      = "15.6"
  instance_class      = "db.t4g.small"
  allocated_storage   = 20
  username            = "booking"
  password            = random_password.booking_db.result
  skip_final_snapshot = false
}
""", "https://registry.terraform.io/providers/hashicorp/random/latest/docs/resources/password")

D("github-actions", "secrets-reference", ".github/workflows/loyalty-app.yml", r"""
name: loyalty-app

on:
  push:
    tags: ["v*"]

jobs:
  android:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-java@v4
        with:
          distribution: temurin
          java-version: 17
      - name: Decode keystore
        run: echo "${{ secrets.ANDROID_KEYSTORE_B64 }}" | base64 -d > app/release.jks
      - name: Build
        env:
          KEYSTORE_PASSWORD: ${{ secrets.ANDROID_KEYSTORE_PASSWORD }}
          KEY_PASSWORD: ${{ secrets.ANDROID_KEY_PASSWORD }}
          ARTIFACTORY_PASSWORD: ${{ secrets.ARTIFACTORY_PASSWORD }}
        run: ./gradlew bundleRelease
      - uses: actions/upload-artifact@v4
        with:
          name: rewards-aab
          path: app/build/outputs/bundle/release/*.aab
""", "https://docs.github.com/en/actions/security-guides/using-secrets-in-github-actions")

D("pem", "certificate", "kiosk/nginx/ssl/kiosk.pinnaclelanes.local.crt", r"""
-----BEGIN CERTIFICATE-----
MIIDazCCAlOgAwIBAgIU§c0§
§c1§
§c2§
§c3§
§c4§
§c5§
§c6§
§c7§
§c8§
§c9§
-----END CERTIFICATE-----
""", "https://www.rfc-editor.org/rfc/rfc7468#section-5",
  c0=rs(44, B64), c1=rs(64, B64), c2=rs(64, B64), c3=rs(64, B64), c4=rs(64, B64), c5=rs(64, B64),
  c6=rs(64, B64), c7=rs(64, B64), c8=rs(64, B64), c9=rs(40, B64) + "==")

D("pem", "public-key", "loyalty-api/keys/jwt-public.pem", r"""
-----BEGIN PUBLIC KEY-----
MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA§p0§
§p1§
§p2§
§p3§
§p4§
§p5§
-----END PUBLIC KEY-----
""", "https://www.rfc-editor.org/rfc/rfc7468#section-13",
  p0=rs(20, B64), p1=rs(64, B64), p2=rs(64, B64), p3=rs(64, B64), p4=rs(64, B64), p5=rs(26, B64) + "IDAQAB")

D("json", "key-vault-reference", "LaneEvents.Functions/appsettings.Production.json", r"""
{
  "LaneBus": "@Microsoft.KeyVault(SecretUri=https://kv-fec-prod.vault.azure.net/secrets/LaneBusConnection/)",
  "SignageStorage": "@Microsoft.KeyVault(VaultName=kv-fec-prod;SecretName=SignageStorageConnection)",
  "LaneTopic": "lane-frames",
  "FaultQueue": "pinsetter-faults",
  "Centres": ["westgate", "riverside", "eastpark"]
}
""", "https://learn.microsoft.com/en-us/azure/app-service/app-service-key-vault-references")

D("k8s", "sealed-secret", "deploy/k8s/card-gateway/sealed-secret.yaml", r"""
apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata:
  name: card-gateway
  namespace: arcade
spec:
  encryptedData:
    API_SECRET: AgB§e1§
    MQTT_PASSWORD: AgC§e2§
  template:
    metadata:
      name: card-gateway
      namespace: arcade
    type: Opaque
""", "https://github.com/bitnami-labs/sealed-secrets#usage",
  e1=b64_bytes(420), e2=b64_bytes(400))

D("yaml", "test-card-numbers", "kiosk-ui/tests/fixtures/cards.yaml", r"""
# Card numbers published by the processors for test mode. They never move money.
approved:
  visa: "4242424242424242"
  mastercard: "5555555555554444"
  amex: "378282246310005"
declined:
  generic: "4000000000000002"
  insufficient_funds: "4000000000009995"
expiry: "12/34"
cvc: "123"
zip: "53703"
""", "https://docs.stripe.com/testing#cards")

D("json", "firmware-checksums", "firmware/claw-telemetry/manifest.json", r"""
{
  "name": "claw-telemetry",
  "version": "1.4.2",
  "builds": [
    {
      "chipFamily": "ESP32",
      "parts": [
        { "path": "bootloader.bin", "offset": 4096, "sha256": "§h1§" },
        { "path": "partitions.bin", "offset": 32768, "sha256": "§h2§" },
        { "path": "firmware.bin", "offset": 65536, "sha256": "§h3§" }
      ]
    }
  ]
}
""", "https://esphome.github.io/esp-web-tools/", h1=hexs(64), h2=hexs(64), h3=hexs(64))

D("compose", "env-reference", "booking/docker-compose.yml", r"""
services:
  db:
    image: postgres:15
    environment:
      POSTGRES_USER: booking
      POSTGRES_PASSWORD: ${POSTGRES_PASSWORD:?set POSTGRES_PASSWORD in .env}
      POSTGRES_DB: booking
    volumes:
      - pg:/var/lib/postgresql/data
  api:
    image: ghcr.io/pinnacle-lanes/booking:4.2.0
    environment:
      DATABASE_URL: postgresql://booking:${POSTGRES_PASSWORD}@db:5432/booking
      STRIPE_SECRET_KEY: ${STRIPE_SECRET_KEY}
      STRIPE_WEBHOOK_SECRET: ${STRIPE_WEBHOOK_SECRET}
    ports: ["8000:8000"]
    depends_on: [db]
volumes:
  pg:
""", "https://docs.docker.com/compose/how-tos/environment-variables/variable-interpolation/")

D("requirements", "package-hashes", "card-gateway/requirements.txt", r"""
# pip-compile --generate-hashes requirements.in
paho-mqtt==2.1.0 \
    --hash=sha256:§h1§
pyserial==3.5 \
    --hash=sha256:§h2§
requests==2.32.3 \
    --hash=sha256:§h3§ \
    --hash=sha256:§h4§
""", "https://pip.pypa.io/en/stable/topics/secure-installs/#hash-checking-mode",
  h1=hexs(64), h2=hexs(64), h3=hexs(64), h4=hexs(64))

D("k8s-secret", "placeholder-base64", "deploy/k8s/base/booking-secret.yaml", r"""
# Template only: the real Secret is created by the ExternalSecret in each overlay.
apiVersion: v1
kind: Secret
metadata:
  name: booking-env
type: Opaque
data:
  STRIPE_SECRET_KEY: §a§
  DB_PASSWORD: §b§
  TWILIO_AUTH_TOKEN: §c§
""", "https://kubernetes.io/docs/concepts/configuration/secret/",
  a=b64("REPLACE_ME"), b=b64("changeme"), c=b64("placeholder"))

D("json", "kms-ciphertext", "config/heartland.enc.json", r"""
{
  "environment": "production",
  "serviceUrl": "https://api2.heartlandportico.com",
  "publicApiKey": "pkapi_prod_§pk§",
  "secretApiKeyCiphertext": "AQICAHh§ct§",
  "kmsKeyArn": "arn:aws:kms:us-east-2:481516234200:key/§kid§",
  "deviceId": "front-desk-2"
}
""", "https://docs.aws.amazon.com/kms/latest/developerguide/programming-encryption.html",
  pk=rs(22), ct=b64_bytes(150), kid=uuid_s())

D("properties", "jasypt-encrypted", "league-api/src/main/resources/application-stage.properties", r"""
spring.datasource.url=jdbc:postgresql://10.20.1.32:5432/leagues_stage
spring.datasource.username=league_api
spring.datasource.password=ENC(§e1§)
# jasypt.encryptor.password is passed as -Djasypt.encryptor.password on the stage VM
jasypt.encryptor.algorithm=PBEWITHHMACSHA512ANDAES_256
jasypt.encryptor.iv-generator-classname=org.jasypt.iv.RandomIvGenerator
league.handicap.basis=220
league.handicap.percent=90
""", "https://github.com/ulisesbocchio/jasypt-spring-boot#use-encrypted-properties", e1=b64_bytes(48))

D("json", "pin-hash", "pos/config/manager-overrides.json", r"""
{
  "overrides": {
    "void_after_close": { "minRole": "manager", "requirePin": true },
    "comp_game": { "minRole": "shift_lead", "requirePin": true },
    "refund_party_deposit": { "minRole": "manager", "requirePin": true }
  },
  "pinVerification": { "algorithm": "hmac-sha256", "keyRef": "hsm://pos-01/slot2/manager-pin-key" },
  "managers": [
    { "employee": 1042, "name": "T. Nguyen", "pinNonce": "§s1§", "pinMac": "§h1§" },
    { "employee": 1077, "name": "R. Haas", "pinNonce": "§s2§", "pinMac": "§h2§" }
  ]
}
""", "https://cheatsheetseries.owasp.org/cheatsheets/Password_Storage_Cheat_Sheet.html#peppering",
  s1=hexs(32), h1=hexs(64), s2=hexs(32), h2=hexs(64))

D("json", "i18n-labels", "loyalty-web/src/locales/en.json", r"""
{
  "login": {
    "title": "Sign in to Kingpin Rewards",
    "email": "E-mail",
    "password": "Password",
    "passwordHint": "At least 10 characters",
    "forgotPassword": "Forgot your password?",
    "resetSent": "We sent a password reset link to {email}",
    "secretQuestion": "Security question",
    "apiKeyMissing": "The app is not configured (missing API key). Please update."
  },
  "points": {
    "balance": "You have {points} points",
    "nextReward": "{remaining} points to a free game"
  }
}
""", "https://vue-i18n.intlify.dev/guide/essentials/syntax")

D("markdown", "password-manager-reference", "docs/runbooks/scoring-server-rebuild.md", r"""
# Rebuilding the scoring server

1. Image the spare Dell from the USB stick labelled "SCORE-SRV 2024".
2. Sign in as `.\scoring`. The password is in 1Password, vault **Centre Ops**,
   item "SCORE-SRV local admin". Do not write it on the server or in this repo.
3. Restore the latest SQL backup from `\\NAS\Backups\SQL` (newest `.bak`).
4. Run `Restore-Scoring.ps1` from the USB stick; it asks for the SA password
   (1Password item "SCORE-SRV SQL sa") and the vendor licence file.
5. Start the `ScoringServer` service, then power-cycle lane pairs one at a time.
6. Check every lane shows the attract screen and the desk sees all lanes.

Rotate the SA password afterwards (`Set-SqlSaPassword.ps1 -Generate`) and update 1Password.
""", "https://support.1password.com/")

D("python", "public-sheet-id", "leagues/importers/google_sheet_rosters.py", r"""
import os

from google.oauth2.service_account import Credentials
from googleapiclient.discovery import build

# Roster sheet shared with the service account (the id is part of the sheet's URL).
ROSTER_SHEET_ID = "1§sheet§"
RANGE = "Rosters!A2:F"
CREDS = Credentials.from_service_account_file(
    os.environ["GOOGLE_APPLICATION_CREDENTIALS"],
    scopes=["https://www.googleapis.com/auth/spreadsheets.readonly"],
)


def rosters():
    sheets = build("sheets", "v4", credentials=CREDS).spreadsheets()
    rows = sheets.values().get(spreadsheetId=ROSTER_SHEET_ID, range=RANGE).execute().get("values", [])
    for league, team, bowler, usbc_id, average, phone in rows:
        yield {"league": league, "team": team, "bowler": bowler, "usbc": usbc_id, "avg": int(average or 0)}
""", "https://developers.google.com/sheets/api/guides/concepts#spreadsheet", sheet=rs(43, URLSAFE))

D("yaml", "video-ids", "signage/playlists/weekend.yaml", r"""
# Lobby wall playlist (weekend). YouTube ids of our own channel's videos + local files.
name: weekend
loop: true
items:
  - type: youtube
    id: §y1§
    title: Cosmic bowling teaser
    seconds: 30
  - type: youtube
    id: §y2§
    title: Birthday parties at Galaxy Fun Park
    seconds: 45
  - type: image
    path: promos/league-signup-fall.png
    seconds: 15
  - type: youtube
    id: §y3§
    title: Laser tag arena walkthrough
    seconds: 60
""", "https://developers.google.com/youtube/iframe_api_reference",
  y1=rs(11, URLSAFE), y2=rs(11, URLSAFE), y3=rs(11, URLSAFE))

D("js", "public-app-id", "loyalty-web/src/push.js", r"""
// OneSignal web push. The app id is public (it is in every page); the REST API key
// lives only on the server (loyalty/push).
window.OneSignalDeferred = window.OneSignalDeferred || [];
OneSignalDeferred.push(async function (OneSignal) {
  await OneSignal.init({
    appId: '§a§',
    safari_web_id: 'web.onesignal.auto.§w§',
    notifyButton: { enable: false },
    promptOptions: { slidedown: { prompts: [{ type: 'push', autoPrompt: true, delay: { timeDelay: 20 } }] } },
  });
  OneSignal.User.addTag('centre', document.body.dataset.centre || 'unknown');
});
""", "https://documentation.onesignal.com/docs/web-sdk-setup", a=uuid_s(), w=uuid_s())

D("html", "analytics-ids", "public_html/includes/head.html", r"""
<!-- Google tag (gtag.js) -->
<script async src="https://www.googletagmanager.com/gtag/js?id=G-§g§"></script>
<script>
  window.dataLayer = window.dataLayer || [];
  function gtag(){dataLayer.push(arguments);}
  gtag('js', new Date());
  gtag('config', 'G-§g§');
</script>
<!-- Meta Pixel -->
<script>
  !function(f,b,e,v,n,t,s){if(f.fbq)return;n=f.fbq=function(){n.callMethod?
  n.callMethod.apply(n,arguments):n.queue.push(arguments)};if(!f._fbq)f._fbq=n;
  n.push=n;n.loaded=!0;n.version='2.0';n.queue=[];t=b.createElement(e);t.async=!0;
  t.src=v;s=b.getElementsByTagName(e)[0];s.parentNode.insertBefore(t,s)}(window, document,'script',
  'https://connect.facebook.net/en_US/fbevents.js');
  fbq('init', '§px§');
  fbq('track', 'PageView');
</script>
""", "https://developers.google.com/tag-platform/gtagjs/install", g=rs(10, UPPER), px=digits(16))

D("cisco", "hashed-secrets", "network/configs/pinnacle-core-sw.running.cfg", r"""
! Running config export (show running-config), Pinnacle Lanes Westgate
hostname PL-WG-CORE
!
enable secret 9 $9$§e1§$§e2§
!
username netadmin privilege 15 secret 9 $9$§u1§$§u2§
username badgertech privilege 15 secret 9 $9$§b1§$§b2§
!
aaa new-model
aaa authentication login default local
!
ip ssh version 2
!
line con 0
 login authentication default
line vty 0 15
 transport input ssh
!
end
""", "https://www.cisco.com/c/en/us/td/docs/ios-xml/ios/security/d1/sec-d1-cr-book/sec-cr-e1.html#wp3438133060",
  e1=rs(14, ALNUM + "./"), e2=rs(43, ALNUM + "./"), u1=rs(14, ALNUM + "./"), u2=rs(43, ALNUM + "./"),
  b1=rs(14, ALNUM + "./"), b2=rs(43, ALNUM + "./"))

D("mikrotik", "export-without-secrets", "network/mikrotik/eastpark-export.rsc", r"""
# 2024-06-11 10:14:02 by RouterOS 7.14.3
# software id = 7QX2-LM3K
# (exported with hide-sensitive: passwords and keys are not in this file)
/interface bridge
add name=bridge-lan
/interface vlan
add interface=bridge-lan name=vlan20-lanes vlan-id=20
add interface=bridge-lan name=vlan40-arcade vlan-id=40
/ip address
add address=10.30.0.1/24 interface=bridge-lan
add address=10.30.20.1/24 interface=vlan20-lanes
add address=10.30.40.1/24 interface=vlan40-arcade
/ip firewall filter
add action=drop chain=forward in-interface=vlan40-arcade out-interface=vlan20-lanes comment="arcade cannot reach lanes"
/system identity
set name=GZ-EASTPARK-RTR
""", "https://help.mikrotik.com/docs/display/ROS/Configuration+Management")

D("python", "interactive-prompt", "tools/reset_lane_pc_password.py", r"""
#!/usr/bin/env python3
# Sets a new local password on every lane PC over WinRM. Nothing is stored: you type it.
import getpass

import winrm

LANE_PCS = [f"10.20.8.{n}" for n in range(11, 27)]

admin_user = input("Admin user [.\\lanesadmin]: ") or ".\\lanesadmin"
admin_pass = getpass.getpass("Admin password: ")
new_pass = getpass.getpass("New password for 'lanes': ")
if new_pass != getpass.getpass("Again: "):
    raise SystemExit("passwords differ")

for host in LANE_PCS:
    session = winrm.Session(host, auth=(admin_user, admin_pass), transport="ntlm")
    result = session.run_ps(f"net user lanes '{new_pass}'")
    print(host, "ok" if result.status_code == 0 else result.std_err.decode())
""", "https://docs.python.org/3/library/getpass.html")

D("markdown", "user-secrets-instructions", "Kiosk/README.md", r"""
# Kiosk (self-service game cards)

WPF app for the lobby kiosks: buy or reload a game card, pay on the Adyen terminal.

## Local development

The Adyen API key is never committed. Store your **test** key with the .NET Secret Manager:

```powershell
cd Kiosk
dotnet user-secrets init
dotnet user-secrets set "Adyen:ApiKey" "<paste your TEST api key>"
dotnet user-secrets set "Adyen:MerchantAccount" "GalaxyFunCentersECOM"
```

Production kiosks read the key from the Windows Credential Manager entry `GalaxyKiosk/Adyen`,
written by the install script.
""", "https://learn.microsoft.com/en-us/aspnet/core/security/app-secrets")

D("powershell", "secret-vault", "ops/scripts/Restart-ScoringServices.v2.ps1", r"""
# Restarts the scoring + pinsetter interface services after the Tuesday maintenance window.
# The service account credential comes from the SecretStore vault on MGMT-01.
Import-Module Microsoft.PowerShell.SecretManagement
$cred = Get-Secret -Vault CentreOps -Name 'svc-scoring'
$servers = 'SCORE-SRV', 'SCORE-SRV2'

foreach ($server in $servers) {
    Invoke-Command -ComputerName $server -Credential $cred -ScriptBlock {
        Restart-Service -Name 'PinsetterInterface', 'ScoringServer' -Force
        Get-Service -Name 'ScoringServer', 'PinsetterInterface' | Select-Object Name, Status
    }
}
""", "https://learn.microsoft.com/en-us/powershell/utility-modules/secretmanagement/overview")

D("shell-history", "prompted-secrets", "ops/history/cardgw.bash_history", r"""
sudo systemctl status cardgw
journalctl -u cardgw --since "1 hour ago" | tail -n 40
read -rs CARD_API_SECRET
export CARD_API_SECRET
sudo -E /opt/cardgw/bin/cardgw --check
aws ssm get-parameter --name /arcade/eastpark/card-api-secret --with-decryption --query Parameter.Value --output text | sudo tee /etc/cardgw/secret >/dev/null
sudo chmod 600 /etc/cardgw/secret
sudo systemctl restart cardgw
exit
""", "https://docs.aws.amazon.com/cli/latest/reference/ssm/get-parameter.html")

D("dockerfile", "buildkit-secret-mount", "kiosk-ui/Dockerfile", r"""
# syntax=docker/dockerfile:1.6
FROM node:20-alpine AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN --mount=type=secret,id=npmrc,target=/app/.npmrc npm ci
COPY . .
RUN npm run build

FROM nginx:1.25-alpine
COPY --from=build /app/dist /usr/share/nginx/html
EXPOSE 80
# build: docker build --secret id=npmrc,src=$HOME/.npmrc -t kiosk-ui .
""", "https://docs.docker.com/build/building/secrets/")

D("kotlin", "buildconfig-reference", "loyalty-android/app/build.gradle.kts", r"""
import java.util.Properties

plugins {
    id("com.android.application")
    id("org.jetbrains.kotlin.android")
}

val local = Properties().apply {
    val f = rootProject.file("local.properties")
    if (f.exists()) f.inputStream().use { load(it) }
}

android {
    namespace = "com.glowzone.rewards"
    compileSdk = 34
    defaultConfig {
        applicationId = "com.glowzone.rewards"
        minSdk = 26
        targetSdk = 34
        versionCode = 412
        versionName = "4.1.2"
        buildConfigField("String", "API_BASE", "\"https://api.glowzonefec.com/\"")
        buildConfigField("String", "MAPS_KEY", "\"${local.getProperty("MAPS_KEY", "")}\"")
    }
    buildFeatures { buildConfig = true }
}
""", "https://developer.android.com/build/gradle-tips#share-custom-fields-and-resource-values-with-your-app-code")

D("swift", "build-setting-reference", "loyalty-ios/Rewards/Config/Environment.swift", r"""
import Foundation

/// Values come from the xcconfig of the build configuration, through Info.plist:
/// REWARDS_API_KEY = $(REWARDS_API_KEY) is filled in on the CI machine only.
enum Environment {
    static var apiKey: String {
        guard let key = Bundle.main.object(forInfoDictionaryKey: "REWARDS_API_KEY") as? String, !key.isEmpty else {
            fatalError("REWARDS_API_KEY missing from Info.plist")
        }
        return key
    }

    static let apiBase = URL(string: "https://api.kingpinrewards.com/v2")!
}
""", "https://developer.apple.com/documentation/xcode/adding-a-build-configuration-file-to-your-project")

D("dotenv", "self-declared-fake", "booking/.env.test", r"""
# Used by `npm test` only. Stripe calls are mocked with nock; these values are fake on purpose.
NODE_ENV=test
STRIPE_SECRET_KEY=sk_test_FAKE_KEY_FOR_UNIT_TESTS_ONLY
STRIPE_WEBHOOK_SECRET=whsec_test_dummy_signing_secret
DATABASE_URL=postgresql://test:test@localhost:5433/booking_test
TWILIO_AUTH_TOKEN=dummy-twilio-token
""", "https://docs.stripe.com/automated-testing")

D("markdown", "vendor-doc-example", "docs/integrations/stripe-webhooks.md", r"""
# Party deposit webhooks

Stripe signs each event; we verify it with the endpoint's signing secret, which you
find under Developers > Webhooks > (endpoint) > Signing secret. It starts with `whsec_`.

Locally, use the Stripe CLI and it prints a temporary secret for you:

```
$ stripe listen --forward-to localhost:3000/webhooks/stripe
> Ready! Your webhook signing secret is whsec_... (^C to quit)
```

Put it in `.env.local` as `STRIPE_WEBHOOK_SECRET=`. In production the value comes from
AWS Secrets Manager (`prod/booking/stripe`, property `webhook_secret`).
""", "https://docs.stripe.com/webhooks#verify-events")

D("terraform", "sensitive-variable", "infra/terraform/variables.tf", r"""
variable "region" {
  type    = string
  default = "us-east-2"
}

variable "stripe_secret_key" {
  description = "Live secret key for the booking API (set in the Terraform Cloud workspace)"
  type        = string
  sensitive   = true
}

variable "db_password" {
  description = "Booking DB password; leave empty to let random_password generate one"
  type        = string
  sensitive   = true
  default     = ""
}

variable "centres" {
  type    = list(string)
  default = ["westgate", "riverside"]
}
""", "https://developer.hashicorp.com/terraform/language/values/variables#suppressing-values-in-cli-output")

D("gitlab-ci", "predefined-variable", "card-gateway/.gitlab-ci.yml", r"""
stages: [test, publish]

test:
  stage: test
  image: python:3.11
  script:
    - pip install -r requirements.txt
    - pytest -q

publish:
  stage: publish
  image: python:3.11
  only: [tags]
  script:
    - pip install build twine
    - python -m build
    - TWINE_PASSWORD=${CI_JOB_TOKEN} TWINE_USERNAME=gitlab-ci-token python -m twine upload --repository-url ${CI_API_V4_URL}/projects/${CI_PROJECT_ID}/packages/pypi dist/*
""", "https://docs.gitlab.com/ee/user/packages/pypi_repository/#authenticate-with-a-ci-job-token")

D("k8s", "secret-key-ref", "deploy/k8s/lane-events/deployment.yaml", r"""
apiVersion: apps/v1
kind: Deployment
metadata:
  name: lane-events
  namespace: fec-prod
spec:
  replicas: 2
  selector:
    matchLabels: { app: lane-events }
  template:
    metadata:
      labels: { app: lane-events }
    spec:
      containers:
        - name: lane-events
          image: ghcr.io/fec/lane-events:2.8.0
          env:
            - name: SPRING_RABBITMQ_USERNAME
              value: lane-events
            - name: SPRING_RABBITMQ_PASSWORD
              valueFrom:
                secretKeyRef:
                  name: lane-events-rabbit
                  key: password
          ports:
            - containerPort: 8090
""", "https://kubernetes.io/docs/tasks/inject-data-application/distribute-credentials-secure/")

D("notebook", "keyring-lookup", "analytics/lane_utilisation.ipynb", r"""
{
 "cells": [
  {
   "cell_type": "code",
   "execution_count": 1,
   "metadata": {},
   "outputs": [],
   "source": [
    "import keyring\n",
    "import pandas as pd\n",
    "from sqlalchemy import create_engine\n",
    "from sqlalchemy.engine import URL\n",
    "\n",
    "url = URL.create('postgresql+psycopg', username='analyst', password=keyring.get_password('leagues-db', 'analyst'), host='10.20.1.30', database='leagues')\n",
    "engine = create_engine(url)"
   ]
  },
  {
   "cell_type": "code",
   "execution_count": 2,
   "metadata": {},
   "outputs": [],
   "source": [
    "df = pd.read_sql('SELECT lane, start_ts, end_ts, kind FROM lane_sessions WHERE start_ts > now() - interval \\'30 days\\'', engine)\n",
    "df.assign(hours=(df.end_ts - df.start_ts).dt.total_seconds() / 3600).pivot_table(index='lane', columns='kind', values='hours', aggfunc='sum')"
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
""", "https://pypi.org/project/keyring/")

D("json", "config-schema", "scorebridge/config.schema.json", r"""
{
  "$schema": "https://json-schema.org/draft/2020-12/schema",
  "title": "scorebridge configuration",
  "type": "object",
  "required": ["scoring", "publish"],
  "properties": {
    "scoring": {
      "type": "object",
      "required": ["base_url", "center_id", "api_key"],
      "properties": {
        "base_url": { "type": "string", "format": "uri" },
        "center_id": { "type": "integer" },
        "api_key": { "type": "string", "minLength": 32, "description": "Integration key from the scoring vendor portal" },
        "poll_interval_ms": { "type": "integer", "default": 1000 }
      }
    },
    "publish": {
      "type": "object",
      "properties": {
        "mqtt_url": { "type": "string" },
        "mqtt_password": { "type": "string", "writeOnly": true }
      }
    }
  }
}
""", "https://json-schema.org/understanding-json-schema/reference/annotations")

D("yaml", "openapi-example", "booking-api/openapi.yaml", r"""
openapi: 3.0.3
info:
  title: Party Booking API
  version: 1.9.0
servers:
  - url: https://api.book.pinnaclelanes.com
components:
  securitySchemes:
    bearerAuth:
      type: http
      scheme: bearer
      bearerFormat: JWT
      description: 'Send `Authorization: Bearer <access_token>` from /auth/token.'
security:
  - bearerAuth: []
paths:
  /parties:
    get:
      summary: List party bookings for a day
      parameters:
        - in: query
          name: date
          schema: { type: string, format: date, example: "2024-10-12" }
      responses:
        "200":
          description: OK
""", "https://swagger.io/docs/specification/authentication/bearer-authentication/")

D("json", "postman-empty-values", "booking-api/postman/booking.postman_environment.json", r"""
{
  "id": "§id§",
  "name": "Booking - production",
  "values": [
    { "key": "baseUrl", "value": "https://api.book.pinnaclelanes.com", "enabled": true },
    { "key": "clientId", "value": "desk-tablet", "enabled": true },
    { "key": "clientSecret", "value": "", "type": "secret", "enabled": true },
    { "key": "accessToken", "value": "", "type": "secret", "enabled": true }
  ],
  "_postman_variable_scope": "environment",
  "_postman_exported_using": "Postman/10.24.3"
}
""", "https://learning.postman.com/docs/sending-requests/variables/managing-environments/", id=uuid_s())

D("json", "game-ids", "exports/league-night-2024-09-24.json", r"""
{
  "centre": "thunderbowl",
  "league": "Tuesday Night Mixed",
  "week": 4,
  "games": [
    {"gameId": "§g1§", "lane": 11, "bowler": "K. Lindqvist", "scores": [188, 204, 176]},
    {"gameId": "§g2§", "lane": 11, "bowler": "D. Okafor", "scores": [221, 199, 245]},
    {"gameId": "§g3§", "lane": 12, "bowler": "S. Marsh", "scores": [143, 160, 151]},
    {"gameId": "§g4§", "lane": 12, "bowler": "P. Duarte", "scores": [167, 172, 190]}
  ],
  "exportedBy": "league-export 1.3",
  "checksum": "sha1:§ck§"
}
""", "https://www.rfc-editor.org/rfc/rfc3174",
  g1=hexs(24), g2=hexs(24), g3=hexs(24), g4=hexs(24), ck=hexs(40))

D("dotenv", "dotenv-vault-ciphertext", "loyalty-api/.env.vault", r"""
#/-------------------.env.vault---------------------/
#/         cloud-agnostic vaulting standard         /
#/   [how it works](https://dotenv.org/env-vault)   /
#/--------------------------------------------------/

# development
DOTENV_VAULT_DEVELOPMENT="§d§"

# production
DOTENV_VAULT_PRODUCTION="§p§"
""", "https://www.dotenv.org/docs/security/env-vault", d=b64_bytes(180), p=b64_bytes(240))

D("age", "encrypted-file", "ops/secrets/anydesk-unattended.txt.age", r"""
-----BEGIN AGE ENCRYPTED FILE-----
§a1§
§a2§
§a3§
§a4§
-----END AGE ENCRYPTED FILE-----
""", "https://age-encryption.org/v1", a1=rs(64, B64), a2=rs(64, B64), a3=rs(64, B64), a4=rs(30, B64))

D("pgp", "public-key-block", "docs/security/it-contractor.asc", r"""
-----BEGIN PGP PUBLIC KEY BLOCK-----

mDMEZk§a0§
§a1§
§a2§
§a3§
§a4§
=§crc§
-----END PGP PUBLIC KEY BLOCK-----
""", "https://www.rfc-editor.org/rfc/rfc4880#section-6.2",
  a0=rs(58, B64), a1=rs(64, B64), a2=rs(64, B64), a3=rs(64, B64), a4=rs(20, B64), crc=rs(4, B64))

D("html", "sri-hashes", "signage/lobby-map/index.html", r"""
<!doctype html>
<html>
<head>
  <meta charset="utf-8">
  <title>Lobby map</title>
  <link href="https://api.mapbox.com/mapbox-gl-js/v3.3.0/mapbox-gl.css" rel="stylesheet"
        integrity="sha384-§s1§" crossorigin="anonymous">
  <script src="https://api.mapbox.com/mapbox-gl-js/v3.3.0/mapbox-gl.js"
          integrity="sha384-§s2§" crossorigin="anonymous"></script>
  <style>html, body, #map { margin: 0; height: 100%; }</style>
</head>
<body>
  <div id="map"></div>
  <script src="map.js"></script>
</body>
</html>
""", "https://developer.mozilla.org/en-US/docs/Web/Security/Subresource_Integrity", s1=b64_bytes(48), s2=b64_bytes(48))

D("json", "cert-fingerprints", "loyalty-web/public/.well-known/assetlinks.json", r"""
[
  {
    "relation": ["delegate_permission/common.handle_all_urls"],
    "target": {
      "namespace": "android_app",
      "package_name": "com.glowzone.rewards",
      "sha256_cert_fingerprints": [
        "§f1§",
        "§f2§"
      ]
    }
  }
]
""", "https://developer.android.com/training/app-links/verify-android-applinks",
  f1=":".join(hexs(2).upper() for _ in range(32)), f2=":".join(hexs(2).upper() for _ in range(32)))

D("markdown", "revoked-partial-key", "docs/incidents/2024-03-02-stripe-key-rotation.md", r"""
# 2024-03-02 - Stripe key rotation (post-incident note)

**What happened.** A contractor pasted the booking `.env` into a support ticket. The live
secret key ending in `...§tail§` was rolled in the Stripe dashboard 25 minutes later; the old key
now returns `401 api_key_expired`.

**Impact.** None found: no API calls from unknown IPs in the Stripe logs between 14:10 and 14:35.

**Follow-ups.**
- [x] New key stored only in AWS Secrets Manager (`prod/booking/stripe`).
- [x] Booking servers read it at start (`settings_aws.py`), not from `.env`.
- [ ] Move the front desk refund tool to a restricted key (`rk_live_...`).
""", "https://docs.stripe.com/keys#rolling-keys", tail=rs(4))

D("python", "vendor-doc-example", "docs/examples/slack_notify_example.py", r"""
# Example from Slack's incoming-webhook docs, kept to show the payload shape.
# Replace the URL with the one for your channel (from the Slack app config page; never commit it).
import json
import urllib.request

WEBHOOK_URL = "https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX"

payload = {"text": "Lane 14 pinsetter fault cleared"}
req = urllib.request.Request(WEBHOOK_URL, data=json.dumps(payload).encode(), headers={"Content-Type": "application/json"})
# urllib.request.urlopen(req)  # disabled: example only
print(json.dumps(payload, indent=2))
""", "https://api.slack.com/messaging/webhooks")

D("yaml", "template-variables", "ansible/roles/cardgw/templates/cardgw.env.j2", r"""
# {{ ansible_managed }}
CARDGW_BROKER=tcp://{{ arcade_broker_host }}:1883
CARDGW_MQTT_USER={{ cardgw_mqtt_user }}
CARDGW_MQTT_PASSWORD={{ cardgw_mqtt_password }}
CARDGW_CARD_API=https://{{ card_system_host }}/CardAPI/v3
CARDGW_API_SECRET={{ vault_cardgw_api_secret }}
CARDGW_SITE={{ site_code | upper }}
""", "https://docs.ansible.com/ansible/latest/playbook_guide/playbooks_templating.html")

D("php", "env-reference", "wp-config-bedrock.php", r"""
<?php
/**
 * WordPress config for rollawaylanes.com (values from the server environment).
 */
define( 'DB_NAME', getenv( 'DB_NAME' ) );
define( 'DB_USER', getenv( 'DB_USER' ) );
define( 'DB_PASSWORD', getenv( 'DB_PASSWORD' ) );
define( 'DB_HOST', getenv( 'DB_HOST' ) ?: 'localhost' );
define( 'DB_CHARSET', 'utf8mb4' );

define( 'AUTH_KEY', getenv( 'AUTH_KEY' ) );
define( 'SECURE_AUTH_KEY', getenv( 'SECURE_AUTH_KEY' ) );
define( 'LOGGED_IN_KEY', getenv( 'LOGGED_IN_KEY' ) );
define( 'NONCE_KEY', getenv( 'NONCE_KEY' ) );

$table_prefix = 'rl_';
define( 'WP_DEBUG', false );

if ( ! defined( 'ABSPATH' ) ) {
	define( 'ABSPATH', __DIR__ . '/' );
}
require_once ABSPATH . 'wp-settings.php';
""", "https://developer.wordpress.org/apis/wp-config-php/")

D("csharp", "configuration-reference", "ArcadeBridge/CardSystemClient.cs", r"""
using System.Net.Http.Headers;
using Microsoft.Extensions.Options;

namespace ArcadeBridge;

public sealed class CardSystemOptions
{
    public string BaseUrl { get; set; } = "";
    public string OperatorId { get; set; } = "";
    public string ApiSecret { get; set; } = "";   // bound from configuration (Key Vault in prod)
}

public sealed class CardSystemClient
{
    private readonly HttpClient _http;

    public CardSystemClient(HttpClient http, IOptions<CardSystemOptions> options)
    {
        var o = options.Value;
        _http = http;
        _http.BaseAddress = new Uri(o.BaseUrl);
        _http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", o.ApiSecret);
        _http.DefaultRequestHeaders.Add("X-Operator", o.OperatorId);
    }

    public Task<string> BalanceAsync(string card) => _http.GetStringAsync($"cards/{card}/balance");
}
""", "https://learn.microsoft.com/en-us/dotnet/core/extensions/options")

D("sql", "hashed-pins", "db/cardsystem/staff_cards.sql", r"""
-- Staff override cards for the arcade (free play for testing, ticket adjustments).
-- Card numbers are printed on the staff badges; the PIN is kept only as an HMAC-SHA256 keyed
-- by the card server's HSM (the key never leaves it), so this table cannot be brute-forced.
CREATE TABLE dbo.StaffCards (
    CardNumber  CHAR(16)     NOT NULL PRIMARY KEY,
    Employee    INT          NOT NULL,
    PinNonce    CHAR(32)     NOT NULL,
    PinHmac     CHAR(64)     NOT NULL,
    Privileges  VARCHAR(64)  NOT NULL
);

INSERT INTO dbo.StaffCards VALUES
 ('9000000000104201', 1042, '§s1§', '§h1§', 'freeplay,adjust_tickets'),
 ('9000000000107701', 1077, '§s2§', '§h2§', 'freeplay');
""", "https://datatracker.ietf.org/doc/html/rfc2104",
  s1=hexs(32), h1=hexs(64), s2=hexs(32), h2=hexs(64))

D("shell", "vault-cli", "ops/scripts/fetch_pos_certs.v2.sh", r"""
#!/usr/bin/env bash
# Pulls the POS terminal TLS bundle out of Vault onto the card gateway.
# Auth: the gateway's AppRole; role id and wrapped secret id are delivered by the bootstrap job.
set -euo pipefail

export VAULT_ADDR=https://vault.fec-ops.net:8200
VAULT_TOKEN="$(vault write -field=token auth/approle/login \
  role_id="$(cat /etc/cardgw/role_id)" \
  secret_id="$(vault unwrap -field=secret_id "$(cat /etc/cardgw/wrapped_secret_id)")")"
export VAULT_TOKEN

vault kv get -field=cert secret/pos/terminals > /etc/cardgw/pos.crt
vault kv get -field=key  secret/pos/terminals > /etc/cardgw/pos.key
chmod 600 /etc/cardgw/pos.key
""", "https://developer.hashicorp.com/vault/docs/auth/approle")

D("yaml", "masked-values", "ops/support/ticket-4471-config-dump.yaml", r"""
# Config dump attached to vendor ticket #4471 (secrets masked by the export tool)
scoring:
  base_url: http://10.20.1.15:8093/api/v2
  center_id: 1187
  api_key: "****************************************"
publish:
  mqtt_url: tcp://10.20.1.20:1883
  mqtt_user: scorebridge
  mqtt_password: "<masked>"
  website_endpoint: https://pinnaclelanes.com/wp-json/lanes/v1/status
log:
  level: debug
""", "https://owasp.org/www-project-cheat-sheets/cheatsheets/Logging_Cheat_Sheet.html")

D("ssh", "known-hosts", "ansible/files/known_hosts", r"""
score-srv.westgate.lanes.local,10.20.1.15 ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI§k1§
cardgw.eastpark.lanes.local,10.40.0.3 ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI§k2§
nas.westgate.lanes.local,10.20.1.40 ecdsa-sha2-nistp256 AAAAE2VjZHNhLXNoYTItbmlzdHAyNTYAAAAIbmlzdHAyNTYAAABBB§k3§
github.com ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOMqqnkVzrm0SdG6UOoqKLsabgH5C9okWi0dh2l9GKJl
league-srv.thunderbowl.lanes.local,10.20.1.33 ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI§k4§
""", "https://man.openbsd.org/sshd.8#SSH_KNOWN_HOSTS_FILE_FORMAT",
  k1=rs(43, B64), k2=rs(43, B64), k3=rs(87, B64) + "=", k4=rs(43, B64))

D("js", "session-id-fixture", "booking/test/fixtures/checkout-session.json.js", r"""
// Shape of a Stripe Checkout Session as our webhook receives it (ids from a test-mode run).
module.exports = {
  id: 'cs_test_§cs§',
  object: 'checkout.session',
  amount_total: 7500,
  currency: 'usd',
  customer_details: { email: 'party.host@example.com', name: 'Test Host' },
  metadata: { bookingId: '§bk§', package: 'nova', lanes: '7,8' },
  mode: 'payment',
  payment_intent: 'pi_§pi§',
  payment_status: 'paid',
  status: 'complete',
  livemode: false,
};
""", "https://docs.stripe.com/api/checkout/sessions/object", cs=rs(58), bk=uuid_s(), pi=rs(24))

D("powershell", "get-credential", "lanes/provision/Set-LaneAutoLogon.v2.ps1", r"""
<#
  Lane pair PCs boot straight into the scorer shell. The autologon password is typed by the
  technician and stored by Sysinternals Autologon as an LSA secret, not in the registry in clear.
#>
param([Parameter(Mandatory)] [string] $Pair)

$cred = Get-Credential -UserName 'scorer' -Message "Password for the scorer account on LANEPC-$Pair"
$plain = $cred.GetNetworkCredential().Password
& 'C:\Tools\Autologon64.exe' /accepteula $cred.UserName "LANEPC-$Pair" $plain
Remove-Variable plain

Set-ItemProperty -Path 'HKLM:\SOFTWARE\Microsoft\Windows NT\CurrentVersion\Winlogon' -Name Shell -Value 'C:\Scoring\bin\LaneShell.exe'
Restart-Computer -Force
""", "https://learn.microsoft.com/en-us/sysinternals/downloads/autologon")

D("xml", "unattend-encoded-placeholder", "lanes/provision/unattend-template.xml", r"""
<?xml version="1.0" encoding="utf-8"?>
<!-- Template: build-image.ps1 fills in %LANES_PASSWORD% from the image build pipeline's secret store -->
<unattend xmlns="urn:schemas-microsoft-com:unattend">
  <settings pass="oobeSystem">
    <component name="Microsoft-Windows-Shell-Setup" processorArchitecture="amd64" publicKeyToken="31bf3856ad364e35" language="neutral" versionScope="nonSxS">
      <AutoLogon>
        <Enabled>true</Enabled>
        <Username>lanes</Username>
        <Password>
          <Value>%LANES_PASSWORD%</Value>
          <PlainText>true</PlainText>
        </Password>
      </AutoLogon>
      <TimeZone>Central Standard Time</TimeZone>
    </component>
  </settings>
</unattend>
""", "https://learn.microsoft.com/en-us/windows-hardware/customize/desktop/unattend/microsoft-windows-shell-setup-autologon")

D("yaml", "sample-config-dummy", "card-gateway/config/sample.yaml", r"""
# Sample config for running the gateway against the vendor's simulator on a laptop.
# The simulator accepts any secret; these are dummy values.
card_api:
  url: http://localhost:8099/CardAPI/v3
  site: DEMO-0001
  key_id: demo
  secret: dummy-secret-for-simulator
mqtt:
  url: tcp://localhost:1883
  user: demo
  password: demo
readers:
  - port: /dev/ttyUSB0
    cabinets: [1, 2, 3, 4]
""", "https://12factor.net/config")

D("python", "example-placeholder", "tools/roller_export_example.py", r"""
# Example for the wiki: how to call the venue API. Set the two variables before running:
#   export ROLLER_CLIENT_ID=...  ROLLER_CLIENT_SECRET=...
import os

import requests

CLIENT_ID = os.getenv("ROLLER_CLIENT_ID", "your-client-id")
CLIENT_SECRET = os.getenv("ROLLER_CLIENT_SECRET", "your-client-secret")

resp = requests.post(
    "https://api.roller.app/token",
    json={"client_id": CLIENT_ID, "client_secret": CLIENT_SECRET},
    timeout=15,
)
resp.raise_for_status()
print("token expires in", resp.json()["expires_in"], "s")
""", "https://docs.roller.app/docs/authentication")

D("kotlin", "placeholder-constant", "loyalty-android/app/src/debug/java/com/glowzone/rewards/DebugKeys.kt", r"""
package com.glowzone.rewards

/**
 * Debug builds talk to the local mock server; it does not check keys.
 */
object DebugKeys {
    const val API_BASE = "http://10.0.2.2:4100/"
    const val API_KEY = "debug-api-key-not-secret"
    const val MAPS_KEY = "YOUR_MAPS_KEY_HERE"
}
""", "https://developer.android.com/studio/run/emulator-networking")

D("markdown", "readme-env-table", "loyalty-api/README.md", r"""
# loyalty-api

Points, rewards and member profiles for the Kingpin Rewards app.

## Configuration

| Variable | Example | Notes |
|---|---|---|
| `MONGODB_URI` | `mongodb+srv://<user>:<password>@<cluster>/loyalty` | from Atlas, per environment |
| `JWT_SECRET` | *(generate: `openssl rand -base64 48`)* | rotate yearly |
| `ONESIGNAL_REST_KEY` | `<rest api key>` | OneSignal > Settings > Keys & IDs |
| `BRAZE_API_KEY` | `<rest key with users.track>` | Braze > Settings > API Keys |
| `PORT` | `4100` | |

Values live in AWS Secrets Manager under `prod/loyalty/*`; `npm run env:pull` writes `.env.local`.
""", "https://12factor.net/config")

D("sql", "scram-verifier", "db/migrations/V8__metabase_role.sql", r"""
-- V8: recreate the Metabase role with a SCRAM verifier generated offline (no clear password here).
ALTER ROLE metabase WITH PASSWORD 'SCRAM-SHA-256$4096:§salt§$§stored§:§server§';
GRANT CONNECT ON DATABASE booking TO metabase;
GRANT USAGE ON SCHEMA public TO metabase;
GRANT SELECT ON ALL TABLES IN SCHEMA public TO metabase;
""", "https://www.postgresql.org/docs/current/auth-password.html",
  salt=b64_bytes(16), stored=b64_bytes(32), server=b64_bytes(32))

D("cpp", "wifimanager", "firmware/prize-counter/prize-counter.ino", r"""
// Prize counter ticket eater telemetry. Wi-Fi is set up on first boot through the
// WiFiManager captive portal; nothing is compiled in.
#include <WiFiManager.h>
#include <HTTPClient.h>

WiFiManager wm;
const char* COLLECTOR = "http://10.40.0.6:8000/tickets";

void setup() {
  Serial.begin(115200);
  wm.setConfigPortalTimeout(180);
  if (!wm.autoConnect("PrizeCounter-Setup")) {
    ESP.restart();
  }
}

void loop() {
  HTTPClient http;
  http.begin(COLLECTOR);
  http.POST("{\"tickets\":" + String(analogRead(34)) + "}");
  http.end();
  delay(30000);
}
""", "https://github.com/tzapu/WiFiManager")
